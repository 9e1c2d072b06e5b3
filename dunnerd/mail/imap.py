"""The IMAP adapter: connect, append to Sent, search, fetch, and IDLE on a folder.

imapclient blocks, so `ImapSession` is synchronous and used from one worker thread only;
`InboxWatcher` (watcher.py) drives it from asyncio through a dedicated single-thread executor,
so the event loop never blocks and imapclient never sees two threads.

Resync follows RFC 4549 (see RELIABILITY.md, "Watching the inbox"): UIDVALIDITY first, then
`UID n:*` filtered to uid > last_uid. A dead IDLE looks like a quiet inbox, so IDLE is left
and re-entered every few minutes and proven alive with a NOOP each time.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import SEEN, SENT

from dunnerd.config.schema import MailAccount, Secret
from dunnerd.mail import imap_idle
from dunnerd.mail.imap_syntax import (
    appended_uids,
    bare_id,
    fetch_batches,
    header_message_ids,
    search_criteria,
    take_untagged,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

_FETCH_UIDS = 1000  # UIDs per FETCH of Message-ID headers


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
        self._broken = False  # the connection failed: close() skips LOGOUT, it cannot work
        self._stopping = False  # interrupt(): no more IDLE
        # A socket pair whose byte ends an IDLE (wake, interrupt): open while connected.
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
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
        self._wake_r, self._wake_w = _wake_pair()

    def close(self) -> None:
        """Log out and close the socket. Never raises. The session can connect again."""
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
        finally:
            for end in (self._wake_r, self._wake_w):
                if end is not None:
                    end.close()

    def interrupt(self) -> None:
        """End a running `idle()` at once, and every later one. Thread-safe; for shutdown."""
        self._stopping = True
        self.wake()

    def wake(self) -> None:
        """End a running `idle()` at once, or else the next one, once. Thread-safe: a byte on
        a socket pair that the IDLE waits on with the connection, so nothing polls."""
        wake = self._wake_w
        if wake is not None:
            with contextlib.suppress(OSError):  # full: a wake-up is pending; closed: over
                wake.send(b"w")

    def abort(self) -> None:
        """Shut the socket down under whatever call is blocked on it (a dead flow would hold
        it for the whole socket timeout). Thread-safe; never raises; for shutdown only."""
        self.interrupt()
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
        uids = appended_uids(response or b"", 1)
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
        uids = appended_uids(text, len(raws))
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
        bare = {message_id: bare_id(message_id) for message_id in message_ids}
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
            take_untagged(client, "EXISTS")  # the EXAMINE's own counts
            take_untagged(client, "RECENT")
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
            for batch in fetch_batches([u for u in sorted(sizes) if sizes[u] <= max_bytes], sizes):
                for uid, data in client.fetch(batch, ["BODY.PEEK[]"]).items():
                    if b"BODY[]" in data:
                        bodies[int(uid)] = bytes(data[b"BODY[]"])
            # A message that came after the SEARCH is announced with the answer to a later
            # command, once: imaplib keeps that EXISTS aside, and the next idle() returns at
            # once for it.
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
        """Wait up to `timeout` s in IDLE for new mail; True if some may have arrived: the
        server announced it (now or with the answer to an earlier command), `folder` had to be
        selected first, or the server has no IDLE (then after `timeout`). False when the time
        ran out quietly or `wake()`/`interrupt()` ended the wait. Raises MailboxError if the
        connection is dead: every IDLE ends with DONE and a NOOP, which a dropped connection
        cannot answer."""
        client = self._require()
        if self._selected != folder:
            with self._failing(f"selecting {folder!r}"):
                self._select(folder)
                imap_idle.take_arrivals(client._imap)  # the EXAMINE's own counts
            return True  # not what fetch_new last looked at: look again
        if imap_idle.take_arrivals(client._imap):
            return True  # announced with an earlier command's answer, and never again
        if self._stopping:
            return False
        if not client.has_capability("IDLE"):
            select.select([self._wake_socket()], [], [], timeout)
            self._drain_wake()
            self.noop()
            return True
        with self._failing("IDLE"):
            imap = client._imap
            tag = imap_idle.start(imap)
            end = imap_idle.wait(imap, self._wake_socket(), timeout)
            imap_idle.done(imap, tag)
            client.noop()  # proves the connection alive; what it announces counts too
            arrived = imap_idle.take_arrivals(imap) or end is imap_idle.IdleEnd.ARRIVED
        if end is imap_idle.IdleEnd.WOKEN:
            self._drain_wake()
        log.debug("IDLE on %s ended: %s", folder, end.value)
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
        take_untagged(client, "EXISTS")  # left by the EXAMINE or by earlier commands
        take_untagged(client, "RECENT")  # else imaplib keeps them for the session's life
        for _ in range(2):
            hits: set[int] = set()
            for criteria in search_criteria(wanted):
                hits.update(int(uid) for uid in client.search(criteria))
            if not take_untagged(client, "EXISTS"):
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
                for message_id in header_message_ids(bytes(header)) & targets:
                    found.setdefault(message_id, []).append(int(uid))
        return {message_id: sorted(matches) for message_id, matches in found.items()}

    def _drain_wake(self) -> None:
        with contextlib.suppress(OSError):
            while self._wake_r is not None and self._wake_r.recv(64):
                pass

    def _wake_socket(self) -> socket.socket:
        if self._wake_r is None:
            raise MailboxError(f"{self._where}: not connected")
        return self._wake_r

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


def _wake_pair() -> tuple[socket.socket, socket.socket]:
    pair = socket.socketpair()
    for end in pair:
        end.setblocking(False)
    return pair
