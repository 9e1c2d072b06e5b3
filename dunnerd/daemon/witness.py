"""Settling the emails whose fate is unknown (left `sending` by a crash, or no reply after the
final "."): a witness copy in the owner's inbox proves the server took the email; with none
after the grace period, it did not (RELIABILITY.md, "Sending exactly once")."""

from __future__ import annotations

import asyncio
import logging

from dunnerd.mail.outbox import Outbox, OutgoingEmail
from dunnerd.mail.sentcopies import SentCopies
from dunnerd.states import ReminderState

log = logging.getLogger(__name__)


async def settle(outbox: Outbox, sent_copies: SentCopies, uncertain: list[OutgoingEmail],
                 wait: float) -> None:
    """Look for each email's witness; with none after `wait` seconds, the server did not take
    it. If the inbox cannot be searched, nothing is concluded: MailboxError goes up."""
    deadline = asyncio.get_running_loop().time() + wait
    while True:
        still = []
        for email in uncertain:
            if await sent_copies.witnessed(email):
                await asyncio.to_thread(outbox.settle_witnessed, email.message_id)
                log.info("witness found message_id=%s", email.message_id)
            else:
                still.append(email)
        uncertain = still
        if not uncertain or asyncio.get_running_loop().time() >= deadline:
            break
        await asyncio.sleep(0.5)
    for email in uncertain:
        state = await asyncio.to_thread(outbox.settle_unwitnessed, email)
        log.warning("no witness message_id=%s invoices=%s: %s", email.message_id,
                    ",".join(email.invoice_numbers),
                    "sending the same bytes again" if state is ReminderState.DEFERRED
                    else "reported to the owner, not re-sent")
