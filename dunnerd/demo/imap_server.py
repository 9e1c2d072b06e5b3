"""A small in-memory IMAP server for `dunnerd demo`: implicit TLS, its own thread and loop.

It speaks enough of IMAP4rev1 (RFC 3501) with IDLE, UIDPLUS, SPECIAL-USE, LITERAL+ and UNSELECT
for imapclient and dunnerd's mailbox adapter: CAPABILITY, LOGIN, LOGOUT, NOOP, CHECK, LIST, LSUB,
STATUS, CREATE, SELECT, EXAMINE, [UID] SEARCH, [UID] FETCH, [UID] STORE, APPEND, IDLE, CLOSE and
UNSELECT. Left out on purpose: EXPUNGE (messages are never removed, so sequence numbers never
shift and no session has to be told), AUTHENTICATE, MIME part sections, ENVELOPE and
BODYSTRUCTURE, date search keys. The real test suite runs against Dovecot.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hmac
import logging
import re
import ssl
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

log = logging.getLogger(__name__)

CAPABILITIES = "IMAP4rev1 LITERAL+ IDLE UIDPLUS SPECIAL-USE UNSELECT"
MAX_LITERAL = 64 * 2**20
SYSTEM_FLAGS = {f.lower(): f for f in ("\\Answered", "\\Flagged", "\\Deleted", "\\Seen",
                                       "\\Draft")}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Token: TypeAlias = "str | bytes | list[Token]"  # atom | quoted string or literal | (list)
Matcher: TypeAlias = "Callable[[int, StoredMessage], bool]"  # (sequence number, message)

_LITERAL = re.compile(rb"\{(\d+)(\+?)\}\r?\n\Z")
_BODY = re.compile(r"BODY(\.PEEK)?\[([^\]]*)\](?:<(\d+)\.(\d+)>)?")
_FIELDS = re.compile(r"HEADER\.FIELDS(\.NOT)? \((.*)\)")
_SEQUENCE_SET = re.compile(r"[0-9*:,]+")
_MACROS = {"ALL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"],
           "FAST": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"]}
_FLAG_KEYS = {"SEEN": ("\\Seen", True), "UNSEEN": ("\\Seen", False),
              "ANSWERED": ("\\Answered", True), "UNANSWERED": ("\\Answered", False),
              "FLAGGED": ("\\Flagged", True), "UNFLAGGED": ("\\Flagged", False),
              "DELETED": ("\\Deleted", True), "UNDELETED": ("\\Deleted", False),
              "DRAFT": ("\\Draft", True), "UNDRAFT": ("\\Draft", False)}


class UnknownMailbox(LookupError):
    """No such user, or no such folder for that user."""


@dataclass(frozen=True)
class StoredMessage:
    uid: int
    raw: bytes
    flags: frozenset[str]
    internal_date: dt.datetime


@dataclass(frozen=True)
class FolderView:
    """A consistent copy of one folder at one moment."""

    name: str
    special_use: str | None  # "\\Sent", ...
    uidvalidity: int
    uidnext: int
    messages: tuple[StoredMessage, ...]


class MailStore:
    """Every user's folders, in memory, each user starting with INBOX and Sent (\\Sent).

    Thread-safe: the SMTP server, the IMAP server and the caller each use it from their own
    thread. Listeners hear (user, folder) after each new message, on the thread that added it.
    """

    def __init__(self, passwords: Mapping[str, str]) -> None:
        self._passwords = dict(passwords)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str, str], None]] = []
        self._next_uidvalidity = int(time.time())
        self._folders: dict[str, dict[str, FolderView]] = {user: {} for user in passwords}
        for user in passwords:
            self.create(user, "INBOX")
            self.create(user, "Sent", special_use="\\Sent")

    def check_password(self, user: str, password: str) -> bool:
        expected = self._passwords.get(user)
        return expected is not None and hmac.compare_digest(expected.encode(), password.encode())

    def add_listener(self, listener: Callable[[str, str], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[str, str], None]) -> None:
        with self._lock:
            self._listeners.remove(listener)

    def create(self, user: str, name: str, special_use: str | None = None) -> bool:
        """Add an empty folder; False if it exists."""
        with self._lock:
            folders = self._user_folders(user)
            if _folder_key(name) in folders:
                return False
            self._next_uidvalidity += 1
            folders[_folder_key(name)] = FolderView(_folder_key(name), special_use,
                                                    self._next_uidvalidity, 1, ())
            return True

    def folders(self, user: str) -> list[FolderView]:
        with self._lock:
            return list(self._user_folders(user).values())

    def folder(self, user: str, name: str) -> FolderView:
        with self._lock:
            return self._folder(user, name)

    def count(self, user: str, name: str) -> int:
        return len(self.folder(user, name).messages)

    def append(self, user: str, name: str, raw: bytes, flags: frozenset[str] = frozenset(),
               when: dt.datetime | None = None) -> tuple[int, int]:
        """Store `raw` as the folder's newest message; its (UIDVALIDITY, UID)."""
        stamp = (when or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        with self._lock:
            view = self._folder(user, name)
            message = StoredMessage(view.uidnext, bytes(raw), flags, stamp)
            self._folders[user][view.name] = replace(
                view, uidnext=view.uidnext + 1, messages=(*view.messages, message))
            listeners = list(self._listeners)
        for listener in listeners:
            listener(user, view.name)
        return view.uidvalidity, message.uid

    def set_flags(self, user: str, name: str, uids: Collection[int], flags: Collection[str],
                  mode: str) -> list[StoredMessage]:
        """Add ("+"), remove ("-") or replace ("") the flags of `uids`; the changed messages."""
        with self._lock:
            view = self._folder(user, name)
            messages, changed = list(view.messages), []
            for index, message in enumerate(messages):
                if message.uid in uids:
                    new = {"+": message.flags | set(flags), "-": message.flags - set(flags)}
                    messages[index] = replace(message, flags=new.get(mode, frozenset(flags)))
                    changed.append(messages[index])
            self._folders[user][view.name] = replace(view, messages=tuple(messages))
            return changed

    def _user_folders(self, user: str) -> dict[str, FolderView]:
        try:
            return self._folders[user]
        except KeyError:
            raise UnknownMailbox(f"no user {user!r}") from None

    def _folder(self, user: str, name: str) -> FolderView:
        try:
            return self._user_folders(user)[_folder_key(name)]
        except KeyError:
            raise UnknownMailbox(f"no folder {name!r} for {user!r}") from None


def _folder_key(name: str) -> str:
    return "INBOX" if name.upper() == "INBOX" else name


class _Refused(Exception):
    """Ends a command with a tagged NO or BAD carrying `text`."""

    def __init__(self, status: str, text: str) -> None:
        super().__init__(text)
        self.status, self.text = status, text


def _bad(text: str) -> _Refused:
    return _Refused("BAD", text)


@dataclass(frozen=True)
class _Literal:
    data: bytes


class ImapServer:
    """Serves `store` over implicit TLS on `host` and a free port, from its own thread.

    `start()` returns once the socket listens; `stop()` closes the listener and every
    connection and joins the thread. Both block briefly, so call them from setup code."""

    def __init__(self, store: MailStore, context: ssl.SSLContext, host: str) -> None:
        self.port = 0
        self._store, self._context, self._host = store, context, host
        self._thread = threading.Thread(target=self._run, name="dunnerd-demo-imap", daemon=True)
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._sessions: set[_Session] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, timeout: float = 10.0) -> int:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError(f"the demo IMAP server did not start within {timeout:g} s")
        if self._failure is not None:
            self._thread.join()
            raise self._failure
        return self.port

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already gone
                self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start(), or logged if it comes later
            if self._ready.is_set():
                log.exception("the demo IMAP server crashed")
            self._failure = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        server = await asyncio.start_server(self._connected, self._host, 0, ssl=self._context,
                                            ssl_handshake_timeout=10)
        self.port = server.sockets[0].getsockname()[1]
        self._store.add_listener(self._on_change)
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            self._store.remove_listener(self._on_change)
            server.close()
            for session in self._sessions:
                session.say_goodbye()
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()

    def _on_change(self, user: str, folder: str) -> None:
        # Called from whichever thread changed the store; sessions live on our loop.
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # stopping: nobody is left to tell
                self._loop.call_soon_threadsafe(self._wake, user, folder)

    def _wake(self, user: str, folder: str) -> None:
        for session in self._sessions:
            if session.user == user and session.folder == folder:
                session.changed.set()

    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        session = _Session(self._store, reader, writer)
        self._tasks.add(task)
        self._sessions.add(session)
        try:
            await session.run()
        except (OSError, EOFError, ValueError) as exc:  # dropped, TLS error, line too long
            log.debug("demo IMAP connection ended: %s", exc)
        except Exception:
            log.exception("demo IMAP session crashed user=%s", session.user)
        finally:
            self._sessions.discard(session)
            self._tasks.discard(task)
            writer.close()
            try:  # a client that does not answer TLS close_notify is cut off
                await asyncio.wait_for(writer.wait_closed(), 0.25)
            except (OSError, TimeoutError):
                writer.transport.abort()


class _Session:
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
                tokens = _tokenize(pieces)
            except _Refused as refused:
                self._send(f"* BAD {refused.text}")
                continue
            if len(tokens) < 2 or not isinstance(tokens[0], str):
                self._send("* BAD expected a tag and a command")
                continue
            tag = tokens[0]
            try:
                completion = await self._dispatch(_text(tokens[1]).upper(), tokens[2:])
            except _Refused as refused:
                completion = f"{refused.status} {refused.text}"
            self._report_changes()
            self._send(f"{tag} {completion}")
        await self._writer.drain()

    def say_goodbye(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            self._send("* BYE server shutting down")

    async def _read_command(self) -> list[bytes | _Literal] | None:
        """One command's text pieces and literals, or None at end of stream."""
        pieces: list[bytes | _Literal] = []
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
            pieces.append(_Literal(await self._reader.readexactly(size)))

    async def _dispatch(self, name: str, args: list[Token]) -> str:
        by_uid = name == "UID"
        if by_uid:
            if not args:
                raise _bad("UID needs a command")
            name, args = _text(args[0]).upper(), args[1:]
            if name not in ("FETCH", "SEARCH", "STORE"):
                raise _bad(f"UID {name} is not supported")
        entry = _COMMANDS.get(name)
        if entry is None:
            raise _bad(f"unknown command {name}")
        handler, state = entry
        if state >= _AUTHENTICATED and self.user is None:
            raise _bad("log in first")
        if state >= _SELECTED and self.folder is None:
            raise _bad("select a mailbox first")
        if name != "IDLE":  # IDLE reports after its "+" continuation, as clients expect
            self._report_changes()
        try:
            return await handler(self, args, by_uid)
        except IndexError:
            raise _bad(f"{name}: missing arguments") from None

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
        user, password = _text(args[0]), _text(args[1])
        if not self._store.check_password(user, password):
            raise _Refused("NO", "[AUTHENTICATIONFAILED] invalid credentials")
        self.user = user
        return f"OK [CAPABILITY {CAPABILITIES}] LOGIN completed"

    # -- commands once logged in -------------------------------------------------------

    async def _select(self, args: list[Token], by_uid: bool, *, readonly: bool = False) -> str:
        self.folder = None  # a failed SELECT leaves no mailbox selected
        view = self._folder_view(_text(args[0]))
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
        if not self._store.create(self._user(), _text(args[0]).rstrip("/")):
            raise _Refused("NO", "[ALREADYEXISTS] mailbox exists")
        return "OK CREATE completed"

    async def _list(self, args: list[Token], by_uid: bool) -> str:
        selection: list[str] = []
        if isinstance(args[0], list):  # RFC 5258: LIST (SPECIAL-USE) "" "*"
            selection = [_text(t).upper() for t in args[0]]
            args = args[1:]
        reference, pattern = _text(args[0]), _text(args[1])  # RETURN (...) is ignored
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
                self._send(f'* LIST ({flags}) "/" ' + _quote(view.name))
        return "OK LIST completed"

    async def _status(self, args: list[Token], by_uid: bool) -> str:
        view = self._folder_view(_text(args[0]))
        items = args[1] if isinstance(args[1], list) else [args[1]]
        values = {"MESSAGES": len(view.messages), "UIDNEXT": view.uidnext,
                  "UIDVALIDITY": view.uidvalidity, "RECENT": 0,
                  "UNSEEN": sum("\\Seen" not in m.flags for m in view.messages)}
        try:
            shown = " ".join(f"{_text(i).upper()} {values[_text(i).upper()]}" for i in items)
        except KeyError as exc:
            raise _bad(f"unknown STATUS item {exc}") from None
        self._send(f"* STATUS {_quote(view.name)} ({shown})")
        return "OK STATUS completed"

    async def _append(self, args: list[Token], by_uid: bool) -> str:
        folder, raw = _text(args[0]), args[-1]
        if not isinstance(raw, bytes) or not 2 <= len(args) <= 4:
            raise _bad("APPEND mailbox [(flags)] [date-time] message")
        flags: frozenset[str] = frozenset()
        when = None
        for extra in args[1:-1]:
            if isinstance(extra, list):
                flags = _flags(extra)
            else:
                when = _parse_internaldate(_text(extra))
        try:
            uidvalidity, uid = self._store.append(self._user(), folder, raw, flags, when)
        except UnknownMailbox:
            raise _Refused("NO", "[TRYCREATE] no such mailbox") from None
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
            raise _bad("expected DONE")
        return "OK IDLE terminated"

    # -- commands on the selected mailbox ----------------------------------------------

    async def _close(self, args: list[Token], by_uid: bool) -> str:
        self.folder = None  # no EXPUNGE in this server: CLOSE is UNSELECT
        return "OK CLOSE completed"

    async def _search(self, args: list[Token], by_uid: bool) -> str:
        messages = self._visible()
        criteria: deque[Token] = deque(args)
        if criteria and _text(criteria[0]).upper() == "CHARSET":
            criteria.popleft(), criteria.popleft()
        keys = []
        while criteria:
            keys.append(_search_key(criteria, messages))
        found = [m.uid if by_uid else n for n, m in enumerate(messages, 1)
                 if all(key(n, m) for key in keys)]
        self._send(" ".join(["* SEARCH", *map(str, found)]))
        return "OK SEARCH completed"

    async def _fetch(self, args: list[Token], by_uid: bool) -> str:
        messages = self._visible()
        wanted = args[1] if isinstance(args[1], list) else [args[1]]
        items = [i for t in wanted for i in _MACROS.get(_text(t).upper(), [_text(t).upper()])]
        if by_uid and "UID" not in items:
            items.insert(0, "UID")
        marks_seen = not self._readonly and any(
            i in ("RFC822", "RFC822.TEXT") or i.startswith("BODY[") for i in items)
        for index in _matching(_text(args[0]), messages, by_uid):
            message = messages[index]
            if marks_seen and "\\Seen" not in message.flags:
                [message] = self._store.set_flags(self._user(), self._selected(),
                                                  [message.uid], {"\\Seen"}, "+")
                if "FLAGS" not in items:
                    items = [*items, "FLAGS"]
            parts = [_fetch_item(item, message) for item in items]
            self._send(b"* %d FETCH (" % (index + 1) + b" ".join(parts) + b")")
        return "OK FETCH completed"

    async def _store_flags(self, args: list[Token], by_uid: bool) -> str:
        if self._readonly:
            raise _Refused("NO", "mailbox is read-only")
        item = _text(args[1]).upper()
        mode, _, silent = item.lstrip("+-").partition(".")
        if mode != "FLAGS" or silent not in ("", "SILENT"):
            raise _bad(f"unknown STORE item {item}")
        rest = args[2:]
        flags = _flags(rest[0] if len(rest) == 1 and isinstance(rest[0], list) else rest)
        messages = self._visible()
        chosen = {messages[i].uid: i for i in _matching(_text(args[0]), messages, by_uid)}
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
            raise _Refused("NO", "[NONEXISTENT] no such mailbox") from None


_Handler: TypeAlias = Callable[[_Session, list[Token], bool], Awaitable[str]]
_ANY, _AUTHENTICATED, _SELECTED = 0, 1, 2
_COMMANDS: dict[str, tuple[_Handler, int]] = {
    "CAPABILITY": (_Session._capability, _ANY), "NOOP": (_Session._noop, _ANY),
    "LOGOUT": (_Session._logout, _ANY), "LOGIN": (_Session._login, _ANY),
    "SELECT": (_Session._select, _AUTHENTICATED), "EXAMINE": (_Session._examine, _AUTHENTICATED),
    "CREATE": (_Session._create, _AUTHENTICATED), "LIST": (_Session._list, _AUTHENTICATED),
    "LSUB": (_Session._list, _AUTHENTICATED), "STATUS": (_Session._status, _AUTHENTICATED),
    "APPEND": (_Session._append, _AUTHENTICATED), "IDLE": (_Session._idle, _AUTHENTICATED),
    "CHECK": (_Session._noop, _SELECTED), "CLOSE": (_Session._close, _SELECTED),
    "UNSELECT": (_Session._close, _SELECTED), "SEARCH": (_Session._search, _SELECTED),
    "FETCH": (_Session._fetch, _SELECTED), "STORE": (_Session._store_flags, _SELECTED),
}


# -- parsing (pure) -----------------------------------------------------------------------


def _tokenize(pieces: list[bytes | _Literal]) -> list[Token]:
    """Atoms become str, quoted strings and literals bytes, parenthesized lists lists. An atom
    keeps a [...] section whole, spaces and parentheses included (BODY[HEADER.FIELDS (A B)])."""
    stack: list[list[Token]] = [[]]
    for piece in pieces:
        if isinstance(piece, _Literal):
            stack[-1].append(piece.data)
            continue
        i = 0
        while i < len(piece):
            char = piece[i : i + 1]
            if char == b" ":
                i += 1
            elif char == b"(":
                nested: list[Token] = []
                stack[-1].append(nested)
                stack.append(nested)
                i += 1
            elif char == b")":
                if len(stack) == 1:
                    raise _bad("unbalanced parenthesis")
                stack.pop()
                i += 1
            elif char == b'"':
                match = re.compile(rb'"((?:[^"\\]|\\.)*)"').match(piece, i)
                if match is None:
                    raise _bad("unterminated quoted string")
                stack[-1].append(re.sub(rb"\\(.)", rb"\1", match[1]))
                i = match.end()
            else:
                start, depth = i, 0
                while i < len(piece) and (depth or piece[i : i + 1] not in (b" ", b"(", b")")):
                    depth += {b"[": 1, b"]": -1}.get(piece[i : i + 1], 0)
                    i += 1
                stack[-1].append(piece[start:i].decode("utf-8", "replace"))
    if len(stack) != 1:
        raise _bad("unbalanced parenthesis")
    return stack[0]


def _text(token: Token) -> str:
    if isinstance(token, list):
        raise _bad("expected a string, got a list")
    return token if isinstance(token, str) else token.decode("utf-8", "replace")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flags(tokens: list[Token]) -> frozenset[str]:
    return frozenset(SYSTEM_FLAGS.get(_text(t).lower(), _text(t)) for t in tokens)


def _parse_internaldate(text: str) -> dt.datetime:
    match = re.fullmatch(r" ?(\d{1,2})-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)",
                         text)
    if match is None or match[2].title() not in MONTHS:
        raise _bad(f"bad date-time {text!r}")
    offset = dt.timedelta(hours=int(match[8]), minutes=int(match[9]))
    zone = dt.timezone(-offset if match[7] == "-" else offset)
    day, year, hour, minute, second = (int(match[n]) for n in (1, 3, 4, 5, 6))
    month = MONTHS.index(match[2].title()) + 1
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)


def _format_internaldate(when: dt.datetime) -> str:
    return when.strftime(f"%d-{MONTHS[when.month - 1]}-%Y %H:%M:%S %z")


def _matching(sequence_set: str, messages: tuple[StoredMessage, ...], by_uid: bool) -> list[int]:
    """Indexes into `messages` named by a sequence set; `n:*` always includes the last one."""
    if not _SEQUENCE_SET.fullmatch(sequence_set):
        raise _bad(f"bad sequence set {sequence_set!r}")
    if not messages:
        return []
    top = messages[-1].uid if by_uid else len(messages)
    ranges = []
    for part in sequence_set.split(","):
        first, _, last = part.partition(":")
        try:
            low, high = (top if n == "*" else int(n) for n in (first, last or first))
        except ValueError:
            raise _bad(f"bad sequence set {sequence_set!r}") from None
        ranges.append((min(low, high), max(low, high)))
    return [i for i, m in enumerate(messages)
            if any(low <= (m.uid if by_uid else i + 1) <= high for low, high in ranges)]


def _search_key(criteria: deque[Token], messages: tuple[StoredMessage, ...]) -> Matcher:
    token = criteria.popleft()
    if isinstance(token, list):
        inner, keys = deque(token), []
        while inner:
            keys.append(_search_key(inner, messages))
        return lambda n, m: all(key(n, m) for key in keys)
    word = _text(token).upper()
    if word == "ALL":
        return lambda n, m: True
    if word == "NOT":
        inner_key = _search_key(criteria, messages)
        return lambda n, m: not inner_key(n, m)
    if word == "OR":
        left, right = _search_key(criteria, messages), _search_key(criteria, messages)
        return lambda n, m: left(n, m) or right(n, m)
    if word in _FLAG_KEYS:
        flag, present = _FLAG_KEYS[word]
        return lambda n, m: (flag in m.flags) == present
    if word in ("HEADER", "SUBJECT", "FROM", "TO", "CC", "BCC"):
        name = _text(criteria.popleft()) if word == "HEADER" else word
        value = " ".join(_text(criteria.popleft()).split()).lower()
        return lambda n, m: any(value in v for v in _header_values(m.raw, name))
    if word == "UID" or _SEQUENCE_SET.fullmatch(word):
        by_uid = word == "UID"
        chosen = set(_matching(_text(criteria.popleft()) if by_uid else word, messages, by_uid))
        return lambda n, m: n - 1 in chosen
    raise _bad(f"unsupported search key {word}")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end >= 0:
            return raw[: end + len(separator)], raw[end + len(separator) :]
    return raw, b""


def _header_fields(raw: bytes) -> list[tuple[str, bytes]]:
    """(lower-case name, the field's lines as sent) for each header field."""
    fields: list[tuple[str, bytes]] = []
    for line in _split(raw)[0].splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] = (fields[-1][0], fields[-1][1] + line)
        elif b":" in line:
            fields.append((line.partition(b":")[0].strip().decode("ascii", "replace").lower(),
                           line))
    return fields


def _header_values(raw: bytes, name: str) -> list[str]:
    return [" ".join(text.partition(b":")[2].decode("utf-8", "replace").split()).lower()
            for field, text in _header_fields(raw) if field == name.lower()]


def _fetch_item(item: str, message: StoredMessage) -> bytes:
    raw = message.raw
    if item == "UID":
        return b"UID %d" % message.uid
    if item == "FLAGS":
        return f"FLAGS ({' '.join(sorted(message.flags))})".encode()
    if item == "INTERNALDATE":
        return f'INTERNALDATE "{_format_internaldate(message.internal_date)}"'.encode()
    if item == "RFC822.SIZE":
        return b"RFC822.SIZE %d" % len(raw)
    simple = {"RFC822": raw, "RFC822.HEADER": _split(raw)[0], "RFC822.TEXT": _split(raw)[1]}
    if item in simple:
        return item.encode() + b" " + _literal(simple[item])
    match = _BODY.fullmatch(item)
    if match is None:
        raise _bad(f"unsupported FETCH item {item}")
    section = match[2]
    fields = _FIELDS.fullmatch(section)
    if section in ("", "HEADER", "TEXT"):
        content = {"": raw, "HEADER": _split(raw)[0], "TEXT": _split(raw)[1]}[section]
    elif fields:
        names = {n.lower() for n in fields[2].split()}
        kept = [text for name, text in _header_fields(raw) if (name in names) != bool(fields[1])]
        content = b"".join(kept) + b"\r\n"
    else:
        raise _bad(f"unsupported section BODY[{section}]")
    key = f"BODY[{section}]"
    if match[3] is not None:
        start = int(match[3])
        content, key = content[start : start + int(match[4])], f"{key}<{start}>"
    return key.encode() + b" " + _literal(content)


def _literal(data: bytes) -> bytes:
    return b"{%d}\r\n" % len(data) + data
