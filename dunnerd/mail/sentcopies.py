"""The owner's mailbox as proof: each sent reminder's identical copy in Sent, and the witness
copies in the inbox that settle an uncertain send.

One IMAP session, used only from its own thread (imapclient is blocking and a session is not
safe to share): the event loop hands it whole jobs, a batch of Sent copies or one witness
lookup, so each job is one wake-up of the loop however many IMAP commands it takes. A session
that failed is dropped and opened again for the next job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from dunnerd.config.schema import MailAccount, Secret
from dunnerd.mail import failpoints
from dunnerd.mail.imap import CLOSE_SECONDS, ImapSession, MailboxError
from dunnerd.mail.outbox import Outbox, OutgoingEmail
from dunnerd.mail.witness import is_witness_of

log = logging.getLogger(__name__)
T = TypeVar("T")
FILE_BATCH = 50  # Sent copies looked up and stored with one SEARCH and one APPEND


class SentCopies:
    def __init__(self, account: MailAccount, password: Secret, outbox: Outbox) -> None:
        self._account = account
        self._password = password
        self._outbox = outbox
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="dunnerd-sent")
        self._session: ImapSession | None = None
        self._sent_folder: str | None = None

    async def file(self, emails: list[OutgoingEmail]) -> None:
        """Put the identical bytes of each email in the Sent folder and mark it filed. If the
        server fails, the emails stay `sent` and a later pass files them."""
        await self._run(self._file_now, emails)

    async def witnessed(self, email: OutgoingEmail) -> bool:
        """Whether the inbox holds the witness copy of `email`: our exact bytes, behind the
        servers' trace headers. Raises MailboxError if the inbox cannot be searched."""
        return await self._run(self._witnessed_now, email)

    def close(self) -> None:
        """At exit: log out, or cut a dead flow rather than wait out its socket timeout."""
        session, self._session = self._session, None
        if session is not None:
            try:
                self._thread.submit(session.close).result(timeout=CLOSE_SECONDS)
            except Exception:
                session.abort()
        self._thread.shutdown(wait=False)

    # --- on the session's thread ------------------------------------------------------------

    async def _run(self, job: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, job, *args)

    def _connected(self) -> ImapSession:
        if self._session is None:
            session = ImapSession(self._account, self._password)
            session.connect()
            self._session = session
        return self._session

    def _drop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            self._thread.submit(session.close)  # after the job in progress

    def _file_now(self, emails: list[OutgoingEmail]) -> None:
        """Unless a copy is there already: some providers save submissions by themselves, and
        a crash may come between an APPEND and its record. Never a second copy."""
        for start in range(0, len(emails), FILE_BATCH):
            batch = emails[start:start + FILE_BATCH]
            try:
                session = self._connected()
                if self._sent_folder is None:
                    self._sent_folder = session.find_sent_folder()
                found = session.find_by_message_ids(self._sent_folder,
                                                    [email.message_id for email in batch])
                missing = [email for email in batch if not found[email.message_id]]
                appended = session.append_many(self._sent_folder,
                                               [email.raw for email in missing])
            except MailboxError as exc:
                log.warning("Sent copies deferred count=%d: %s", len(batch), exc)
                self._drop()
                return
            failpoints.hit("after_append")
            uids = dict(zip((email.message_id for email in missing), appended, strict=True))
            self._outbox.mark_filed_many([
                (email, found[email.message_id][0] if found[email.message_id]
                 else uids[email.message_id]) for email in batch])

    def _witnessed_now(self, email: OutgoingEmail) -> bool:
        try:
            session = self._connected()
            folder = self._account.inbox_folder
            for uid in session.find_by_message_id(folder, email.message_id):
                copy = session.fetch_raw(folder, uid)
                if copy is not None and is_witness_of(copy, email.raw):
                    return True
            return False
        except MailboxError:
            self._drop()
            raise
