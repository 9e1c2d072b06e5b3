"""The sending pipeline of one pass: prepare the due reminders in batches while the previous
ones go out, send each over one SMTP connection, and record each outcome and file the Sent
copies on a second task, so that no email waits for the bookkeeping of the one before.

A crash between two steps leaves a row `sending`, which the witness settles at the next start."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from dunnerd.daemon.incidents import Incidents
from dunnerd.dunning.policy import PlannedReminder
from dunnerd.mail import failpoints
from dunnerd.mail.outbox import Outbox, OutgoingEmail
from dunnerd.mail.sentcopies import SentCopies
from dunnerd.mail.smtp import SendOutcome, SendResult, SmtpSender
from dunnerd.states import ReminderState

log = logging.getLogger(__name__)

SERVER_PHASES = frozenset({"connect", "starttls", "ehlo", "auth"})
PREPARE_FIRST = 2  # reminders in the first batch prepared in one transaction
PREPARE_BATCH = 20  # and in each later one
FILE_GATHER_SECONDS = 0.2  # how long accepted emails wait to be filed together

Outgoing = asyncio.Queue[OutgoingEmail | None]  # None ends the queue


async def produce(outbox: Outbox, due: list[PlannedReminder], outgoing: Outgoing) -> int:
    """Prepare the due reminders in batches and hand each email to the sender as its batch is
    written; how many were done. The first batch is small so sending starts at once."""
    done = 0
    try:
        start = 0
        while start < len(due):
            batch = due[start:start + (PREPARE_FIRST if start == 0 else PREPARE_BATCH)]
            start += len(batch)
            try:
                prepared = await asyncio.to_thread(outbox.prepare_many, batch)
            except Exception:
                log.exception("cannot prepare reminders clients=%s",
                              ",".join(str(p.client_id) for p in batch))
                continue
            failpoints.hit("after_prepare")
            for result in prepared:
                if result.error is not None:
                    # One bad row (a missing PDF, a broken template) must not hold up the rest.
                    planned = result.planned
                    log.error("cannot prepare reminder client_id=%d step=%s invoices=%s: %s",
                              planned.client_id, planned.step.name,
                              ",".join(i.invoice.number for i in planned.items),
                              result.error, exc_info=result.error)
                elif result.email is not None:
                    outgoing.put_nowait(result.email)
                    done += 1
                elif result.recorded:
                    done += 1
    finally:
        outgoing.put_nowait(None)
    return done


async def send_all(sender: SmtpSender, outgoing: Outgoing, outbox: Outbox,
                   sent_copies: SentCopies, incidents: Incidents, stop: asyncio.Event) -> int:
    """Send what comes through the queue until its end. Recording each outcome and filing the
    Sent copy happen on a second task, while the next message goes out. Returns how many sends
    were attempted. Once the server itself fails (connect, TLS, EHLO, AUTH), the rest stay
    planned for the next pass."""
    settling: asyncio.Queue[tuple[OutgoingEmail, SendResult] | None] = asyncio.Queue()
    settler = asyncio.create_task(_settle_sends(settling, outbox, sent_copies))
    attempted = 0
    server_failed = False
    try:
        while (email := await outgoing.get()) is not None:
            if stop.is_set() or server_failed:
                continue  # left planned: sent by the next pass
            attempted += 1
            # `sending` is written while MAIL, RCPT and DATA go out and awaited before the
            # final ".", so the commit is not one more wait per email. A crash before the "."
            # leaves a row `sending` that the server never took: no witness comes, and the
            # same bytes go again.
            marking = asyncio.ensure_future(asyncio.to_thread(outbox.mark_sending, email))

            async def committing(marking: asyncio.Future[None] = marking) -> None:
                await asyncio.shield(marking)
                failpoints.hit("after_mark_sending")

            try:
                result = await sender.send(email.envelope, email.raw, committing)
            finally:
                await asyncio.shield(marking)  # done before the outcome is recorded
            failpoints.hit("after_data")
            if result.phase in SERVER_PHASES and result.outcome is not SendOutcome.ACCEPTED:
                server_failed = True
                incidents.failing("smtp", f"{result.phase}: {result.code or ''} {result.reply}")
            else:
                incidents.recovered("smtp")
            settling.put_nowait((email, result))
    finally:
        settling.put_nowait(None)
        await settler
    return attempted


async def _settle_sends(settling: asyncio.Queue[tuple[OutgoingEmail, SendResult] | None],
                        outbox: Outbox, sent_copies: SentCopies) -> None:
    """Record each outcome as it comes; file the Sent copies of what was accepted in batches,
    on the IMAP thread, while the sending goes on: one SEARCH and one APPEND for what was
    accepted in the last FILE_GATHER_SECONDS, instead of two round trips and a wake-up of the
    event loop per email."""
    accepted: list[OutgoingEmail] = []
    sends_over = asyncio.Event()

    async def filing() -> None:
        while accepted:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(sends_over.wait(), FILE_GATHER_SECONDS)
            batch = accepted[:]
            del accepted[:]
            await sent_copies.file(batch)

    filer: asyncio.Task[None] | None = None
    try:
        while (item := await settling.get()) is not None:
            email, result = item
            state = await asyncio.to_thread(outbox.record_result, email, result)
            failpoints.hit("after_record_sent")
            log.info("reminder %s message_id=%s invoices=%s", state.value,
                     email.message_id, ",".join(email.invoice_numbers))
            if state is ReminderState.SENT:
                accepted.append(email)
                if filer is None or filer.done():
                    if filer is not None:
                        filer.result()  # a database failure while filing goes up
                    filer = asyncio.create_task(filing())
    finally:
        sends_over.set()
        if filer is not None:
            await filer
