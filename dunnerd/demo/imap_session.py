"""One client's IMAP session on the demo server: reads commands (with literals), answers them
over the mail store, and streams EXISTS to a session in IDLE when new mail arrives."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

from dunnerd.demo.imap_syntax import (
    MACROS,
    Literal,
    Refused,
    Token,
    bad,
    fetch_item,
    flag_set,
    matching,
    parse_internaldate,
    quote,
    search_key,
    token_text,
    tokenize,
)
from dunnerd.demo.mailstore import FolderView, MailStore, StoredMessage, UnknownMailbox

_ANY, _AUTHENTICATED, _SELECTED = 0, 1, 2

CAPABILITIES = "IMAP4rev1 LITERAL+ IDLE UIDPLUS SPECIAL-USE UNSELECT"


MAX_LITERAL = 64 * 2**20


_LITERAL = re.compile(rb"\{(\d+)(\+?)\}\r?\n\Z")


class Session:
    """One client connection: reads commands, answers them, and pushes EXISTS."""

    def __init__(self, store: MailStore, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self._store, self._reader, self._writer = store, reader, writer
        self.user: str | None = None
        self.folder: str | None = None
        self.changed = asyncio.Event()  # set when `folder` of `user` got a message
        self._readonly = True
        self._known = 0  # messages of `folder` the client has been told about
        self._logged_out = False

    async def run(self) -> None:
        self._send(f"* OK [CAPABILITY {CAPABILITIES}] dunnerd demo IMAP ready")
        while not self._logged_out:
            await self._writer.drain()
            pieces = await self._read_command()
            if pieces is None:
                return
            try:
                tokens = tokenize(pieces)
            except Refused as refused:
                self._send(f"* BAD {refused.text}")
                continue
            if len(tokens) < 2 or not isinstance(tokens[0], str):
                self._send("* BAD expected a tag and a command")
                continue
            tag = tokens[0]
            try:
                completion = await self._dispatch(token_text(tokens[1]).upper(), tokens[2:])
            except Refused as refused:
                completion = f"{refused.status} {refused.text}"
            self._report_changes()
            self._send(f"{tag} {completion}")
        await self._writer.drain()

    def say_goodbye(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            self._send("* BYE server shutting down")

    async def _read_command(self) -> list[bytes | Literal] | None:
        """One command's text pieces and literals, or None at end of stream."""
        pieces: list[bytes | Literal] = []
        while True:
            line = await self._reader.readline()
            if not line.endswith(b"\n"):
                return None
            match = _LITERAL.search(line)
            if match is None:
                pieces.append(line.rstrip(b"\r\n"))
                return pieces
            size = int(match[1])
            if size > MAX_LITERAL:
                self._send("* BYE literal too large")
                return None
            pieces.append(line[: match.start()])
            if not match[2]:  # a synchronizing literal waits for our go-ahead
                self._send("+ Ready for literal data")
                await self._writer.drain()
            pieces.append(Literal(await self._reader.readexactly(size)))

    async def _dispatch(self, name: str, args: list[Token]) -> str:
        by_uid = name == "UID"
        if by_uid:
            if not args:
                raise bad("UID needs a command")
            name, args = token_text(args[0]).upper(), args[1:]
            if name not in ("FETCH", "SEARCH", "STORE"):
                raise bad(f"UID {name} is not supported")
        entry = _COMMANDS.get(name)
        if entry is None:
            raise bad(f"unknown command {name}")
        handler, state = entry
        if state >= _AUTHENTICATED and self.user is None:
            raise bad("log in first")
        if state >= _SELECTED and self.folder is None:
            raise bad("select a mailbox first")
        if name != "IDLE":  # IDLE reports after its "+" continuation, as clients expect
            self._report_changes()
        try:
            return await handler(self, args, by_uid)
        except IndexError:
            raise bad(f"{name}: missing arguments") from None

    # -- output --------------------------------------------------------------------------

    def _send(self, line: str | bytes) -> None:
        self._writer.write((line.encode() if isinstance(line, str) else line) + b"\r\n")

    def _report_changes(self) -> None:
        if self.user is None or self.folder is None:
            return
        count = self._store.count(self.user, self.folder)
        if count > self._known:
            self._known = count
            self._send(f"* {count} EXISTS")

    def _visible(self) -> tuple[StoredMessage, ...]:
        assert self.user is not None and self.folder is not None
        return self._store.folder(self.user, self.folder).messages[: self._known]

    def _user(self) -> str:
        assert self.user is not None
        return self.user

    def _selected(self) -> str:
        assert self.folder is not None
        return self.folder

    # -- commands in any state ---------------------------------------------------------

    async def _capability(self, args: list[Token], by_uid: bool) -> str:
        self._send(f"* CAPABILITY {CAPABILITIES}")
        return "OK CAPABILITY completed"

    async def _noop(self, args: list[Token], by_uid: bool) -> str:
        return "OK done"

    async def _logout(self, args: list[Token], by_uid: bool) -> str:
        self._send("* BYE logging out")
        self._logged_out = True
        return "OK LOGOUT completed"

    async def _login(self, args: list[Token], by_uid: bool) -> str:
        user, password = token_text(args[0]), token_text(args[1])
        if not self._store.check_password(user, password):
            raise Refused("NO", "[AUTHENTICATIONFAILED] invalid credentials")
        self.user = user
        return f"OK [CAPABILITY {CAPABILITIES}] LOGIN completed"

    # -- commands once logged in -------------------------------------------------------

    async def _select(self, args: list[Token], by_uid: bool, *, readonly: bool = False) -> str:
        self.folder = None  # a failed SELECT leaves no mailbox selected
        view = self._folder_view(token_text(args[0]))
        self._send("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
        self._send(f"* {len(view.messages)} EXISTS")
        self._send("* 0 RECENT")
        self._send(f"* OK [UIDVALIDITY {view.uidvalidity}] UIDs valid")
        self._send(f"* OK [UIDNEXT {view.uidnext}] predicted next UID")
        permanent = "" if readonly else "\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*"
        self._send(f"* OK [PERMANENTFLAGS ({permanent})] flags")
        self.folder, self._readonly, self._known = view.name, readonly, len(view.messages)
        mode = "READ-ONLY" if readonly else "READ-WRITE"
        return f"OK [{mode}] {'EXAMINE' if readonly else 'SELECT'} completed"

    async def _examine(self, args: list[Token], by_uid: bool) -> str:
        return await self._select(args, by_uid, readonly=True)

    async def _create(self, args: list[Token], by_uid: bool) -> str:
        if not self._store.create(self._user(), token_text(args[0]).rstrip("/")):
            raise Refused("NO", "[ALREADYEXISTS] mailbox exists")
        return "OK CREATE completed"

    async def _list(self, args: list[Token], by_uid: bool) -> str:
        selection: list[str] = []
        if isinstance(args[0], list):  # RFC 5258: LIST (SPECIAL-USE) "" "*"
            selection = [token_text(t).upper() for t in args[0]]
            args = args[1:]
        reference, pattern = token_text(args[0]), token_text(args[1])  # RETURN (...) is ignored
        if not pattern:
            self._send('* LIST (\\Noselect) "/" ""')
            return "OK LIST completed"
        regex = "".join(".*" if c == "*" else "[^/]*" if c == "%" else re.escape(c)
                        for c in reference + pattern)
        for view in self._store.folders(self._user()):
            flags = " ".join(["\\HasNoChildren"] + ([view.special_use] if view.special_use
                                                    else []))
            if "SPECIAL-USE" in selection and not view.special_use:
                continue
            case = re.IGNORECASE if view.name == "INBOX" else 0
            if re.fullmatch(regex, view.name, case):
                self._send(f'* LIST ({flags}) "/" ' + quote(view.name))
        return "OK LIST completed"

    async def _status(self, args: list[Token], by_uid: bool) -> str:
        view = self._folder_view(token_text(args[0]))
        items = args[1] if isinstance(args[1], list) else [args[1]]
        values = {"MESSAGES": len(view.messages), "UIDNEXT": view.uidnext,
                  "UIDVALIDITY": view.uidvalidity, "RECENT": 0,
                  "UNSEEN": sum("\\Seen" not in m.flags for m in view.messages)}
        try:
            names = [token_text(i).upper() for i in items]
            shown = " ".join(f"{name} {values[name]}" for name in names)
        except KeyError as exc:
            raise bad(f"unknown STATUS item {exc}") from None
        self._send(f"* STATUS {quote(view.name)} ({shown})")
        return "OK STATUS completed"

    async def _append(self, args: list[Token], by_uid: bool) -> str:
        folder, raw = token_text(args[0]), args[-1]
        if not isinstance(raw, bytes) or not 2 <= len(args) <= 4:
            raise bad("APPEND mailbox [(flags)] [date-time] message")
        flags: frozenset[str] = frozenset()
        when = None
        for extra in args[1:-1]:
            if isinstance(extra, list):
                flags = flag_set(extra)
            else:
                when = parse_internaldate(token_text(extra))
        try:
            uidvalidity, uid = self._store.append(self._user(), folder, raw, flags, when)
        except UnknownMailbox:
            raise Refused("NO", "[TRYCREATE] no such mailbox") from None
        return f"OK [APPENDUID {uidvalidity} {uid}] APPEND completed"

    async def _idle(self, args: list[Token], by_uid: bool) -> str:
        self._send("+ idling")
        line = asyncio.ensure_future(self._reader.readline())
        try:
            while not line.done():
                self.changed.clear()
                self._report_changes()
                await self._writer.drain()
                changed = asyncio.ensure_future(self.changed.wait())
                waiting: set[asyncio.Future[Any]] = {line, changed}
                try:
                    await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    changed.cancel()
        finally:
            line.cancel()
        if line.result().strip().upper() != b"DONE":
            self._logged_out = not line.result()  # end of stream: finish quietly
            raise bad("expected DONE")
        return "OK IDLE terminated"

    # -- commands on the selected mailbox ----------------------------------------------

    async def _close(self, args: list[Token], by_uid: bool) -> str:
        self.folder = None  # no EXPUNGE in this server: CLOSE is UNSELECT
        return "OK CLOSE completed"

    async def _search(self, args: list[Token], by_uid: bool) -> str:
        messages = self._visible()
        criteria: deque[Token] = deque(args)
        if criteria and token_text(criteria[0]).upper() == "CHARSET":
            criteria.popleft(), criteria.popleft()
        keys = []
        while criteria:
            keys.append(search_key(criteria, messages))
        found = [m.uid if by_uid else n for n, m in enumerate(messages, 1)
                 if all(key(n, m) for key in keys)]
        self._send(" ".join(["* SEARCH", *map(str, found)]))
        return "OK SEARCH completed"

    async def _fetch(self, args: list[Token], by_uid: bool) -> str:
        messages = self._visible()
        wanted = args[1] if isinstance(args[1], list) else [args[1]]
        names = [token_text(t).upper() for t in wanted]
        items = [i for name in names for i in MACROS.get(name, [name])]
        if by_uid and "UID" not in items:
            items.insert(0, "UID")
        marks_seen = not self._readonly and any(
            i in ("RFC822", "RFC822.TEXT") or i.startswith("BODY[") for i in items)
        for index in matching(token_text(args[0]), messages, by_uid):
            message = messages[index]
            if marks_seen and "\\Seen" not in message.flags:
                [message] = self._store.set_flags(self._user(), self._selected(),
                                                  [message.uid], {"\\Seen"}, "+")
                if "FLAGS" not in items:
                    items = [*items, "FLAGS"]
            parts = [fetch_item(item, message) for item in items]
            self._send(b"* %d FETCH (" % (index + 1) + b" ".join(parts) + b")")
        return "OK FETCH completed"

    async def _store_flags(self, args: list[Token], by_uid: bool) -> str:
        if self._readonly:
            raise Refused("NO", "mailbox is read-only")
        item = token_text(args[1]).upper()
        mode, _, silent = item.lstrip("+-").partition(".")
        if mode != "FLAGS" or silent not in ("", "SILENT"):
            raise bad(f"unknown STORE item {item}")
        rest = args[2:]
        flags = flag_set(rest[0] if len(rest) == 1 and isinstance(rest[0], list) else rest)
        messages = self._visible()
        chosen = {messages[i].uid: i for i in matching(token_text(args[0]), messages, by_uid)}
        if chosen:
            changed = self._store.set_flags(self._user(), self._selected(), list(chosen),
                                            flags, item[0] if item[0] in "+-" else "")
            for message in [] if silent else changed:
                uid = f"UID {message.uid} " if by_uid else ""
                self._send(f"* {chosen[message.uid] + 1} FETCH ({uid}"
                           f"FLAGS ({' '.join(sorted(message.flags))}))")
        return "OK STORE completed"

    def _folder_view(self, name: str) -> FolderView:
        try:
            return self._store.folder(self._user(), name)
        except UnknownMailbox:
            raise Refused("NO", "[NONEXISTENT] no such mailbox") from None


_Handler: TypeAlias = Callable[[Session, list[Token], bool], Awaitable[str]]


_COMMANDS: dict[str, tuple[_Handler, int]] = {
    "CAPABILITY": (Session._capability, _ANY), "NOOP": (Session._noop, _ANY),
    "LOGOUT": (Session._logout, _ANY), "LOGIN": (Session._login, _ANY),
    "SELECT": (Session._select, _AUTHENTICATED), "EXAMINE": (Session._examine, _AUTHENTICATED),
    "CREATE": (Session._create, _AUTHENTICATED), "LIST": (Session._list, _AUTHENTICATED),
    "LSUB": (Session._list, _AUTHENTICATED), "STATUS": (Session._status, _AUTHENTICATED),
    "APPEND": (Session._append, _AUTHENTICATED), "IDLE": (Session._idle, _AUTHENTICATED),
    "CHECK": (Session._noop, _SELECTED), "CLOSE": (Session._close, _SELECTED),
    "UNSELECT": (Session._close, _SELECTED), "SEARCH": (Session._search, _SELECTED),
    "FETCH": (Session._fetch, _SELECTED), "STORE": (Session._store_flags, _SELECTED),
}
