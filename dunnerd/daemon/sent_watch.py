"""The daemon's watch on the owner's Sent folder (`[intake] watch_sent = true`): the inbox's
watcher (`InboxWatcher`, same resync rules: UIDVALIDITY, a cursor per folder, nothing missed,
nothing read twice) on a `SentFolderSession`, which reads only headers, MIME structure and the
PDF/XML attachments; each message goes to `intake.sent.SentIntake`.

It starts after READY and never holds up sending: nothing in Sent can stop a reminder, and a
first reading of a large folder takes a while. The folder is found once (the configured
`sent_folder`, else the one flagged \\Sent), retried with backoff while the server is down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from dunnerd.config.schema import MailAccount, Secret
from dunnerd.intake.sent import SentIntake
from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor, MailboxError
from dunnerd.mail.sentfolder import SentFolderSession
from dunnerd.mail.watcher import InboxWatcher

log = logging.getLogger(__name__)
BACKOFF_MAX = 300.0
# IDLE on Sent is left and the folder resynced this often: a notification lost on the way in
# (see RELIABILITY.md, "Watching the inbox") costs at most this long, for one round trip.
SENT_IDLE_SECONDS = 30.0


class SentWatch:
    def __init__(self, account: MailAccount, password: Secret, intake: SentIntake,
                 on_added: Callable[[], Awaitable[None]]) -> None:
        self._account = account
        self._password = password
        self._intake = intake
        self._on_added = on_added
        self.watcher: InboxWatcher | None = None
        self._passes: set[asyncio.Task[None]] = set()

    async def run(self, stop: asyncio.Event) -> None:
        folder = await self._find_folder(stop)
        if folder is None:
            return
        log.info("watching the Sent folder folder=%s", folder)
        self.watcher = InboxWatcher(
            lambda: SentFolderSession(self._account, self._password), folder,
            lambda: self._intake.load_cursor(folder), self._on_messages,
            idle_seconds=SENT_IDLE_SECONDS)
        await self.watcher.run(stop)

    def abort(self) -> None:
        if self.watcher is not None:
            self.watcher.abort()

    async def _on_messages(self, cursor: MailboxCursor, messages: list[FetchedMessage],
                           reset: bool) -> None:
        try:
            outcomes = await asyncio.to_thread(self._intake.handle, cursor, messages, reset)
        except Exception as exc:
            log.exception("recording Sent folder messages failed")
            raise OSError(f"recording Sent folder messages failed: {exc}") from exc
        if any(o.added for o in outcomes):
            # Not awaited: the pass sends and files reminders in Sent, and the watcher should
            # be back in IDLE on the folder by then rather than wait for it.
            task = asyncio.ensure_future(self._on_added())
            self._passes.add(task)
            task.add_done_callback(self._passes.discard)

    async def _find_folder(self, stop: asyncio.Event) -> str | None:
        delay = 1.0
        while not stop.is_set():
            try:
                return await asyncio.to_thread(self._sent_folder)
            except (MailboxError, OSError) as exc:
                log.warning("cannot find the Sent folder yet: %s (next try in %.0f s)", exc,
                            delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, BACKOFF_MAX)
        return None

    def _sent_folder(self) -> str:
        session = ImapSession(self._account, self._password)
        session.connect()
        try:
            return session.find_sent_folder()
        finally:
            session.close()
