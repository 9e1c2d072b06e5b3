"""Sending the pending owner alerts over the owner's SMTP account (never to a client address),
and recording what the server said: sent, retried later, or rejected for good."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import logging
from collections.abc import Collection
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import col, select

from dunnerd.config.schema import Config
from dunnerd.daemon.alerts import AlertError, alert_address
from dunnerd.headers import safe_header_text
from dunnerd.ledger.models import Client, OwnerAlert
from dunnerd.ledger.store import Store
from dunnerd.mail.compose import file_type, make_message_id
from dunnerd.mail.smtp import Envelope, SendOutcome, SmtpSender

log = logging.getLogger(__name__)

_REJECTED = "rejected: "  # last_error prefix of an alert the server refused for good


def compose_alert(config: Config, alert: OwnerAlert, now: dt.datetime, *,
                  client_addresses: Collection[str] = ()) -> tuple[Envelope, bytes, str]:
    """The alert as an email from and to the owner: (envelope, raw bytes, Message-ID).

    The envelope's only recipient is the owner's alert address; AlertError if that address is
    one of `client_addresses` (a misconfiguration must not mail a client our notes about
    them), or if the message does not parse back to exactly the headers set."""
    owner = config.owner
    to = alert_address(config)
    if to.lower() in {address.lower() for address in client_addresses}:
        raise AlertError(f"the alert address {to} is also a client's address: not sending "
                         f"alert {alert.key}; set alerts.to to your own address")
    message_id = make_message_id(owner.email.rpartition("@")[2], now=now)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name="dunnerd", addr_spec=owner.email)
    msg["To"] = Address(addr_spec=to)
    msg["Subject"] = safe_header_text(alert.subject)
    msg["Date"] = format_datetime(now.astimezone(ZoneInfo(owner.timezone)))
    msg["Message-ID"] = message_id
    # RFC 3834: no vacation responder answers it; and a mark the inbox reader can skip on.
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Dunnerd-Alert"] = safe_header_text(alert.key, 100)
    msg.set_content(alert.body, cte="quoted-printable")
    if alert.attachment is not None:  # the formal notice's PDF, the hand-off dossier's ZIP
        maintype, subtype = file_type(alert.attachment_name or "notice.pdf")
        msg.add_attachment(alert.attachment, maintype=maintype, subtype=subtype,
                           filename=safe_header_text(alert.attachment_name or "notice.pdf", 100))
    raw = msg.as_bytes()
    expected = sorted(name.lower() for name in msg.keys())
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    names = sorted(name.lower() for name in parsed.keys())
    recipients = [addr for _, addr in getaddresses(
        [str(v) for field in ("To", "Cc", "Bcc") for v in parsed.get_all(field) or []])]
    if names != expected or recipients != [to]:
        raise AlertError(f"alert {alert.key} came out with headers {names} and recipients "
                         f"{recipients}: not sending it")
    return Envelope(sender=owner.email, recipients=(to,)), raw, message_id


async def deliver_alerts(store: Store, config: Config, sender: SmtpSender, now: dt.datetime,
                         limit: int = 50) -> int:
    """Send up to `limit` pending alerts, oldest first; returns how many the server accepted.

    A failure counts an attempt and stops the batch (server trouble: the next pass retries),
    except a refusal of the content itself (5xx after the final "."), which is about that one
    alert: it is set aside for good (last_error "rejected: ...") and the batch goes on."""
    pending = await asyncio.to_thread(_pending, store, limit)
    if not pending:
        return 0
    client_addresses = await asyncio.to_thread(_client_addresses, store)
    if alert_address(config).lower() in client_addresses:
        log.error("no owner alert sent: the alert address %s is also a client's; set alerts.to "
                  "to your own address", alert_address(config))
        return 0
    sent = 0
    for alert in pending:
        try:
            envelope, raw, message_id = compose_alert(config, alert, now,
                                                      client_addresses=client_addresses)
        except AlertError as exc:  # this alert's text: set it aside, the others can go
            log.error("owner alert not sent key=%s: %s", alert.key, exc)
            await asyncio.to_thread(_record, store, alert.id, None, f"{_REJECTED}{exc}")
            continue
        result = await sender.send(envelope, raw)
        if result.outcome is SendOutcome.ACCEPTED:
            await asyncio.to_thread(_record, store, alert.id, message_id, None)
            sent += 1
            continue
        reply = f"{result.phase}: {result.code or ''} {result.reply}".strip()[:500]
        if result.outcome is SendOutcome.REJECTED and result.phase == "data-end":
            log.error("owner alert refused for good key=%s reply=%r", alert.key, reply)
            await asyncio.to_thread(_record, store, alert.id, None, _REJECTED + reply)
            continue
        log.warning("owner alert not sent key=%s outcome=%s reply=%r", alert.key,
                    result.outcome.value, reply)
        await asyncio.to_thread(_record, store, alert.id, None, reply)
        break
    return sent


def _pending(store: Store, limit: int) -> list[OwnerAlert]:
    with store.session() as s:
        return list(s.exec(select(OwnerAlert).where(
            col(OwnerAlert.sent_at).is_(None),
            ~func.coalesce(col(OwnerAlert.last_error), "").startswith(_REJECTED),
        ).order_by(col(OwnerAlert.id)).limit(limit)))


def _client_addresses(store: Store) -> set[str]:
    with store.session() as s:
        return {address.lower() for client in s.exec(select(Client))
                for address in (*client.emails, *client.cc)}


def _record(store: Store, alert_id: int | None, message_id: str | None,
            error: str | None) -> None:
    """A send that succeeded (message_id) or failed (error)."""
    with store.session() as s:
        if (row := s.get(OwnerAlert, alert_id)) is None:
            return
        if message_id is not None:
            row.sent_at, row.message_id, row.last_error = store.clock.now(), message_id, None
        else:
            row.attempts += 1
            row.last_error = error
        s.add(row)
