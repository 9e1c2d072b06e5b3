"""The IMAP adapter: connect, append to Sent, search, fetch, and watch the inbox with IDLE.

imapclient blocks, so `ImapSession` is synchronous and used from one worker thread only;
`InboxWatcher` drives it from asyncio through a dedicated single-thread executor, so the event
loop never blocks and imapclient never sees two threads.

Resync follows RFC 4549 (see RELIABILITY.md, "Watching the inbox"): UIDVALIDITY first, then
`UID n:*` filtered to uid > last_uid. A dead IDLE looks like a quiet inbox, so IDLE is left
and re-entered every few minutes and proven alive with a NOOP each time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import SEEN, SENT

from dunnerd.config.schema import MailAccount, Secret

log = logging.getLogger(__name__)

T = TypeVar("T")

# RFC 4315: "[APPENDUID uidvalidity uid-set]"; a uid-set ("5", "5:7", "5,6,7") after MULTIAPPEND.
_APPENDUID = re.compile(rb"\[APPENDUID \d+ ([0-9:,]+)\]", re.IGNORECASE)
_UID_RANGE = re.compile(rb"(\d+)(?::(\d+))?")
_UNFOLD = re.compile(rb"\r?\n[ \t]")
_SEARCH_IDS = 50  # Message-IDs per SEARCH, and at most _SEARCH_BYTES of criteria:
_SEARCH_BYTES = 6000  # RFC 7162 asks clients to keep command lines within 8192 octets
_FETCH_UIDS = 1000  # UIDs per FETCH of Message-ID headers
_ARRIVALS = (b"EXISTS", b"RECENT")
_IDLE_SLICE = 0.25  # seconds between checks for interrupt() while in IDLE
_BATCH_BYTES = 8 * 2**20  # one FETCH of bodies asks for at most this much (or _BATCH_COUNT)
_BATCH_COUNT = 100


CLOSE_SECONDS = 2.0  # a polite LOGOUT at shutdown, at most


class MailboxError(Exception):
    """The IMAP server could not be reached or refused something. Never contains a secret."""


class MailboxAuthError(MailboxError):
    """The server refused the username or password."""


@dataclass(frozen=True)
class MailboxCursor:
    """How far a folder has been read: valid only while the folder keeps its UIDVALIDITY."""

    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes  # b"" when the message is larger than fetch_new's max_bytes (quarantine it)


class ImapSession:
    """One logged-in IMAP connection. Synchronous; use it from one thread only, except
    `interrupt()`, which any thread may call to end an `idle()` early."""

    def __init__(self, account: MailAccount, password: Secret, timeout: float = 30.0) -> None:
        self._account = account
        self._password = password
        self._timeout = timeout
        self._client: Any = None
        self._selected: str | None = None
        self._arrived_unfetched = False  # see fetch_new
        self._broken = False  # the connection failed: close() skips LOGOUT, it cannot work
        self._wakeup = threading.Event()
        self._where = f"IMAP server {account.host}:{account.port}"

    # -- connection --------------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection (implicit TLS or STARTTLS, certificate always verified), log in."""
        account = self._account
        implicit = account.security == "tls"
        with self._failing("connecting"):
            cafile = str(account.ca_file) if account.ca_file else None
            context = ssl.create_default_context(cafile=cafile)
            client = IMAPClient(
                account.host, account.port, ssl=implicit, ssl_context=context, timeout=self._timeout
            )
        try:
            if not implicit:
                with self._failing("STARTTLS"):
                    client.starttls(context)
            with self._failing("logging in"):
                try:
                    client.login(account.username, self._password.reveal())
                except LoginError as exc:
                    raise MailboxAuthError(
                        f"{self._where}: login as {account.username!r} was refused "
                        f"({self._redact(str(exc))}); check the username and password"
                    ) from None  # keep the library's exception (and its args) out of logs
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        self._client, self._selected, self._broken = client, None, False

    def close(self) -> None:
        """Log out and close the socket. Never raises."""
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            if self._broken:
                raise ConnectionError
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def interrupt(self) -> None:
        """End a running or the next `idle()` at once. Thread-safe; meant for shutdown."""
        self._wakeup.set()

    def abort(self) -> None:
        """Shut the socket down under whatever call is blocked on it (a dead flow would hold
        it for the whole socket timeout). Thread-safe; never raises; for shutdown only."""
        self._wakeup.set()
        self._broken = True
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.socket().shutdown(socket.SHUT_RDWR)

    def noop(self) -> None:
        with self._failing("NOOP"):
            self._require().noop()

    # -- Sent folder ---------------------------------------------------------------------

    def find_sent_folder(self) -> str:
        """The configured `sent_folder` (which must exist), else the folder marked \\Sent."""
        client = self._require()
        configured: str | None = self._account.sent_folder
        with self._failing("listing folders"):
            if configured:
                if client.folder_exists(configured):
                    return configured
                names = ", ".join(repr(f[2]) for f in client.list_folders()[:20])
                raise MailboxError(
                    f"{self._where}: the configured sent_folder {configured!r} does not exist; "
                    f"folders there: {names}"
                )
            found = client.find_special_folder(SENT)
        if found is None:
            raise MailboxError(
                f"{self._where}: no folder is marked \\Sent; set sent_folder in the [imap] "
                "section to the folder where sent mail is kept"
            )
        return str(found)

    def append(
        self, folder: str, raw: bytes, *, seen: bool = True, when: datetime | None = None
    ) -> int | None:
        """Store `raw` in `folder`; the new UID when the server tells it (UIDPLUS), else None."""
        with self._failing(f"appending to {folder!r}"):
            flags = (SEEN,) if seen else ()
            response = self._require().append(folder, raw, flags=flags, msg_time=when)
        uids = _appended_uids(response or b"", 1)
        return uids[0] if uids else None

    def append_many(
        self, folder: str, raws: Sequence[bytes], *, seen: bool = True
    ) -> list[int | None]:
        """Store every message of `raws` in `folder`, in order: one APPEND command when the
        server has MULTIAPPEND (RFC 3502, all or nothing), else one APPEND each. Returns one
        entry per message, in order: its new UID when the server tells it (UIDPLUS), else None.

        On MailboxError some of the messages may have been stored all the same (the sequential
        fallback stops at the first failure; a lost answer hides a success): look them up with
        `find_by_message_ids` before storing them again."""
        if not raws:
            return []
        flags = (SEEN,) if seen else ()
        with self._failing(f"appending to {folder!r}"):
            client = self._require()
            if len(raws) == 1 or not client.has_capability("MULTIAPPEND"):
                return [self.append(folder, raw, seen=seen) for raw in raws]
            typ, data = client.multiappend(folder, [{"msg": raw, "flags": flags} for raw in raws])
            text = bytes(data[0] or b"") if data else b""
            if typ != "OK":  # imapclient raises on BAD only; a NO comes back as a value
                raise IMAPClientError(f"APPEND failed: {text.decode('ascii', 'replace')}")
        uids = _appended_uids(text, len(raws))
        return list(uids) if uids else [None] * len(raws)

    # -- reading -------------------------------------------------------------------------

    def find_by_message_id(self, folder: str, message_id: str) -> list[int]:
        """UIDs in `folder` whose Message-ID is exactly `message_id` (with or without <>)."""
        return self.find_by_message_ids(folder, [message_id])[message_id]

    def find_by_message_ids(self, folder: str, message_ids: Sequence[str]) -> dict[str, list[int]]:
        """For each of `message_ids`, the sorted UIDs of the messages in `folder` whose
        Message-ID header is exactly that id; [] for none. Every id is a key, spelt as given;
        "<a@b>" and "a@b" are the same id. Raises ValueError for an id that is empty or holds
        anything but printable ASCII (no Message-ID does).

        Every message whose APPEND (by this session or any other) was answered before the call
        is seen, even in a folder selected long ago. Round trips: an EXAMINE unless `folder` is
        the one selected, one SEARCH per 50 ids (each once more if the server announced new
        messages meanwhile), one FETCH per 1000 hits (none without a hit)."""
        bare = {message_id: _bare_id(message_id) for message_id in message_ids}
        wanted = list(dict.fromkeys(bare.values()))
        found: dict[str, list[int]] = {}
        if wanted:
            with self._failing(f"searching {folder!r}"):
                found = self._find_exact(folder, wanted)
        return {message_id: list(found.get(b, [])) for message_id, b in bare.items()}

    def fetch_raw(self, folder: str, uid: int) -> bytes | None:
        """The message's exact bytes (\\Seen untouched), or None if there is no such UID."""
        with self._failing(f"fetching from {folder!r}"):
            self._select(folder)
            fetched = self._require().fetch([uid], ["BODY.PEEK[]"])
        body = fetched.get(uid, {}).get(b"BODY[]")
        return bytes(body) if body is not None else None

    def fetch_new(
        self, cursor: MailboxCursor | None, folder: str, max_bytes: int = 25 * 2**20
    ) -> tuple[MailboxCursor, list[FetchedMessage], bool]:
        """Messages after `cursor`, in UID order, with the cursor to persist alongside them.

        If `cursor` is None, names another folder or its UIDVALIDITY no longer matches, every
        message is returned and the flag `reset` is True: the caller deduplicates by
        Message-ID. A message larger than `max_bytes` comes back with raw=b"" so the caller can
        quarantine it without this process ever holding it. Note that a full rescan holds every
        other message of the folder in memory at once.
        """
        with self._failing(f"reading {folder!r}"):
            status = self._select(folder)
            client = self._require()
            _take_untagged(client, "EXISTS")  # the EXAMINE's own count
            uidvalidity = int(status[b"UIDVALIDITY"])
            reset = cursor is None or cursor.folder != folder or cursor.uidvalidity != uidvalidity
            last_uid = 0 if reset or cursor is None else cursor.last_uid
            # `UID n:*` returns the last message even when n is past it: filter.
            found = client.search(["UID", f"{last_uid + 1}:*"])
            uids = sorted(u for u in map(int, found) if u > last_uid)
            sizes: dict[int, int] = {}
            for start in range(0, len(uids), 1000):
                for uid, data in client.fetch(uids[start : start + 1000], ["RFC822.SIZE"]).items():
                    sizes[int(uid)] = int(data.get(b"RFC822.SIZE", 0))
            bodies: dict[int, bytes] = {}
            for batch in _batches([u for u in sorted(sizes) if sizes[u] <= max_bytes], sizes):
                for uid, data in client.fetch(batch, ["BODY.PEEK[]"]).items():
                    if b"BODY[]" in data:
                        bodies[int(uid)] = bytes(data[b"BODY[]"])
            # A message that came after the SEARCH is announced with the answer to a later
            # command, once, and kept aside by imaplib: the next IDLE must not wait for it.
            self._arrived_unfetched = bool(_take_untagged(client, "EXISTS"))
        messages = []
        for uid in sorted(sizes):
            if sizes[uid] > max_bytes:
                log.warning("too large folder=%s uid=%d bytes=%d", folder, uid, sizes[uid])
                messages.append(FetchedMessage(uid, b""))
            elif uid in bodies:  # else expunged between the two FETCHes
                messages.append(FetchedMessage(uid, bodies[uid]))
        top = messages[-1].uid if messages else last_uid
        return MailboxCursor(folder, uidvalidity, top), messages, reset

    def idle(self, folder: str, timeout: float) -> bool:
        """Wait up to `timeout` s in IDLE for new mail; True if some arrived (or, on a server
        without IDLE, once `timeout` has passed). Raises MailboxError if the connection is dead:
        every IDLE ends with DONE and a NOOP, which a dropped connection cannot answer."""
        client = self._require()
        if self._arrived_unfetched and self._selected == folder:
            self._arrived_unfetched = False
            return True
        if self._selected != folder:
            with self._failing(f"selecting {folder!r}"):
                self._select(folder)
        if not client.has_capability("IDLE"):
            self._wakeup.wait(timeout)
            self.noop()
            return True
        arrived = False
        with self._failing("IDLE"):
            client.idle()
            deadline = time.monotonic() + timeout
            while not arrived and not self._wakeup.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                wait = min(remaining, _IDLE_SLICE)
                started = time.monotonic()
                responses = client.idle_check(timeout=wait)
                arrived = _any_arrival(responses)
                # idle_check() returns [] on EOF too: an early empty answer means the socket
                # was readable with nothing to parse. Leave IDLE; DONE and NOOP will tell.
                if not responses and time.monotonic() - started < wait / 2:
                    break
            _text, responses = client.idle_done()
            arrived = arrived or _any_arrival(responses)
            client.noop()
        return arrived

    # -- internals -----------------------------------------------------------------------

    def _require(self) -> Any:
        if self._client is None:
            raise MailboxError(f"{self._where}: not connected")
        return self._client

    def _select(self, folder: str) -> dict[bytes, Any]:
        # Read-only (EXAMINE): dunnerd never changes flags. Reselecting each time gives a
        # fresh UIDVALIDITY and message count.
        client = self._require()
        self._selected = None
        status: dict[bytes, Any] = client.select_folder(folder, readonly=True)
        self._selected = folder
        return status

    def _find_exact(self, folder: str, wanted: list[str]) -> dict[str, list[int]]:
        client = self._require()
        if self._selected != folder:
            self._select(folder)
        # No EXAMINE when `folder` is selected already: it is a round trip and, on Dovecot, a
        # reopening of the mailbox. But a SEARCH may look at the mailbox as last reported to
        # this session: Dovecot updates its view at the end of each command, so a SEARCH misses
        # what other sessions stored since this session's previous command, and then reports
        # it with EXISTS (RFC 3501 5.2 makes that report a must). A view that was reported is
        # searched, so an EXISTS during the searches means: search once more.
        _take_untagged(client, "EXISTS")  # left by the EXAMINE or by earlier commands
        _take_untagged(client, "RECENT")  # else imaplib keeps them for the session's life
        for _ in range(2):
            hits: set[int] = set()
            for criteria in _search_criteria(wanted):
                hits.update(int(uid) for uid in client.search(criteria))
            if not _take_untagged(client, "EXISTS"):
                break
        # SEARCH HEADER is a substring match: keep only the exact ones.
        found: dict[str, list[int]] = {}
        targets = set(wanted)
        uids = sorted(hits)
        for start in range(0, len(uids), _FETCH_UIDS):
            fetched = client.fetch(
                uids[start : start + _FETCH_UIDS], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
            )
            for uid, data in fetched.items():
                header = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
                for message_id in _header_message_ids(bytes(header)) & targets:
                    found.setdefault(message_id, []).append(int(uid))
        return {message_id: sorted(matches) for message_id, matches in found.items()}

    def _redact(self, text: str) -> str:
        secret = self._password.reveal()
        return text.replace(secret, "********") if secret else text

    @contextlib.contextmanager
    def _failing(self, what: str) -> Iterator[None]:
        """Turn library, socket and TLS errors into a MailboxError the owner can act on."""
        try:
            yield
        except MailboxError:
            raise
        except ssl.SSLCertVerificationError as exc:
            hint = "" if self._account.ca_file else "; for a private CA set ca_file"
            raise MailboxError(
                f"{self._where}: {what} failed: certificate not trusted "
                f"({self._redact(str(exc.verify_message))}){hint}"
            ) from exc
        except (OSError, IMAPClientError) as exc:  # TimeoutError and SSLError are OSErrors
            # A NO or BAD answer leaves the connection usable; anything else breaks it, and
            # what was selected is gone with it.
            if isinstance(exc, OSError | IMAPClientAbortError):
                self._broken, self._selected = True, None
            if isinstance(exc, TimeoutError):
                detail = f"no answer within {self._timeout:g} s"
            else:
                detail = self._redact(f"{type(exc).__name__}: {exc}")
            raise MailboxError(f"{self._where}: {what} failed: {detail}") from exc


def _bare_id(message_id: str) -> str:
    bare = message_id.strip().strip("<>")
    if not bare or not all("!" <= c <= "~" for c in bare):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    return bare


def _search_criteria(bare_ids: list[str]) -> Iterator[bytes]:
    """`OR HEADER Message-ID "a" OR HEADER Message-ID "b" HEADER Message-ID "c"`, in chunks.

    Written out here rather than as imapclient's criteria list: imapclient quotes only values
    with a space, quote or backslash, and sends the rest as atoms, yet a Message-ID may hold
    atom-specials ("{", "%", "*") that the server then rejects or misreads."""
    terms: list[bytes] = []
    size = 0
    for bare in bare_ids:
        quoted = bare.replace("\\", "\\\\").replace('"', '\\"')
        term = f'HEADER Message-ID "{quoted}"'.encode("ascii")
        if terms and (len(terms) >= _SEARCH_IDS or size + len(term) > _SEARCH_BYTES):
            yield _or_all(terms)
            terms, size = [], 0
        terms.append(term)
        size += len(term) + 4  # "OR " and a space
    if terms:
        yield _or_all(terms)


def _or_all(terms: list[bytes]) -> bytes:
    return b" ".join([b"OR " + term for term in terms[:-1]] + terms[-1:])


def _header_message_ids(header: bytes) -> set[str]:
    """The Message-IDs (without <>) in a header block, as FETCH BODY[HEADER.FIELDS] gives."""
    found = set()
    for line in _UNFOLD.sub(b" ", header).splitlines():
        name, colon, value = line.partition(b":")
        if colon and name.strip().lower() == b"message-id":
            found.add(value.strip().decode("ascii", "replace").strip("<>"))
    return found


def _appended_uids(response: bytes, count: int) -> list[int] | None:
    """The UIDs an APPEND of `count` messages got, in order, from its APPENDUID; else None.

    The uid-set lists them in any order and grouping ("7:5,8"), but a mailbox gives UIDs in
    ascending order of arrival and MULTIAPPEND stores in the order sent, so the n-th smallest
    UID is the n-th message's."""
    match = _APPENDUID.search(response)
    if match is None:
        return None
    ranges = []
    for part in match.group(1).split(b","):
        bounds = _UID_RANGE.fullmatch(part)
        if bounds is None:
            return None
        ends = int(bounds.group(1)), int(bounds.group(2) or bounds.group(1))
        ranges.append((min(ends), max(ends)))
    if sum(last - first + 1 for first, last in ranges) != count:  # before expanding them
        return None
    uids = sorted({uid for first, last in ranges for uid in range(first, last + 1)})
    return uids if len(uids) == count else None


def _take_untagged(client: Any, name: str) -> list[bytes]:
    """Remove and return the untagged `name` responses received so far. imapclient has no
    public view of these; its imaplib connection keeps them, and `response()` is public."""
    _typ, data = client._imap.response(name)
    return [item for item in data if item is not None]


def _any_arrival(responses: list[Any]) -> bool:
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in _ARRIVALS for r in responses)


def _batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (total + sizes[uid] > _BATCH_BYTES or len(batch) >= _BATCH_COUNT):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch


class InboxWatcher:
    """Hands every message that reaches `folder` to `on_messages` exactly once in UID order,
    across disconnects, restarts and UIDVALIDITY changes (then with reset=True).

    `on_messages` must record the messages and the cursor durably before it returns: the next
    fetch starts from the cursor `load_cursor` then reads, so a crash in between refetches and
    never skips. It is called whenever there are messages or the cursor changed. `on_state`
    hears "connected" and "disconnected" (with the reason) once per change.
    """

    def __init__(
        self,
        session_factory: Callable[[], ImapSession],
        folder: str,
        load_cursor: Callable[[], Awaitable[MailboxCursor | None]],
        on_messages: Callable[[MailboxCursor, list[FetchedMessage], bool], Awaitable[None]],
        *,
        idle_seconds: float = 240.0,  # RELIABILITY: re-enter IDLE every 5 min or less
        backoff_max: float = 60.0,
        on_state: Callable[[str, str | None], None] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._folder = folder
        self._load_cursor = load_cursor
        self._on_messages = on_messages
        self._idle_seconds = idle_seconds
        self._backoff_max = backoff_max
        self._on_state = on_state
        self._state: str | None = None
        self._session: ImapSession | None = None
        self._executor: ThreadPoolExecutor | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until `stop` is set; reconnect with capped exponential backoff. Closes the
        connection on the way out. Errors from the callbacks propagate."""
        backoff = 1.0
        try:
            while not stop.is_set():
                try:
                    await self.sync_once()
                    backoff = 1.0
                    while not stop.is_set():
                        await self._idle(stop)
                        if not stop.is_set():
                            await self.sync_once()  # also a resync by timer when idle was quiet
                except (MailboxError, OSError) as exc:
                    self._set_state("disconnected", str(exc))
                    log.warning("inbox watch interrupted, retrying in %g s: %s", backoff, exc)
                    await self.close()
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(backoff):
                            await stop.wait()
                    backoff = min(backoff * 2, self._backoff_max)
        finally:
            await self.close()

    async def sync_once(self) -> None:
        """Connect if needed and hand over everything new once. Raises MailboxError."""
        cursor = await self._load_cursor()
        try:
            session = await self._connected()
            new_cursor, messages, reset = await self._call(session.fetch_new, cursor, self._folder)
        except (MailboxError, OSError) as exc:
            self._set_state("disconnected", str(exc))
            await self.close()  # the next call reconnects
            raise
        if messages or reset or new_cursor != cursor:
            await self._on_messages(new_cursor, messages, reset)

    def abort(self) -> None:
        """Cut the connection under a call blocked on a dead flow. Thread-safe; for shutdown."""
        session = self._session
        if session is not None:
            session.abort()

    async def close(self) -> None:
        """Log out and stop the worker thread. Safe to call twice."""
        session, self._session = self._session, None
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if session is not None:
            session.interrupt()
            try:
                async with asyncio.timeout(CLOSE_SECONDS):
                    await asyncio.get_running_loop().run_in_executor(executor, session.close)
            except TimeoutError:
                # A call stuck on a dead flow: cut the socket so the worker ends now rather
                # than at the socket timeout (the process waits for it at exit).
                session.abort()
        executor.shutdown(wait=False)

    async def _connected(self) -> ImapSession:
        if self._session is not None:
            return self._session

        def open_session() -> ImapSession:
            session = self._session_factory()
            session.connect()
            return session

        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dunnerd-imap")
        self._session = await self._call(open_session)
        self._set_state("connected", None)
        return self._session

    async def _idle(self, stop: asyncio.Event) -> bool:
        session = await self._connected()
        idling = asyncio.ensure_future(self._call(session.idle, self._folder, self._idle_seconds))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({idling, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not idling.done():
                session.interrupt()  # IDLE ends within _IDLE_SLICE
        return await idling

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        assert self._executor is not None
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def _set_state(self, state: str, reason: str | None) -> None:
        if state == self._state:
            return
        self._state = state
        log.info("inbox %s%s", state, f": {reason}" if reason else "")
        if self._on_state is not None:
            self._on_state(state, reason)
