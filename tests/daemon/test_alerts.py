"""Owner alerts: one alert per event that needs a human, incidents once, the daily digest, and
delivery to the owner (never to a client) through the real SMTP test server."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email
import email.policy
from typing import Any

import pytest
from sqlmodel import col, select

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config, MailAccount, Secret, SecretRef, SecretSource
from dunnerd.daemon.alert_delivery import compose_alert, deliver_alerts
from dunnerd.daemon.alerts import ALERT_EVENT_KINDS, AlertError, collect_alerts, raise_incident
from dunnerd.daemon.digest import build_digest, digest_due, queue_digest
from dunnerd.ledger.models import Client, Invoice, OwnerAlert, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.smtp import SmtpSender
from dunnerd.states import InvoiceStatus, ReminderState
from tests.conftest import NOW
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import Phase, SmtpServer

OWNER = "camille@martin-conseil.example"
ACME_EMAIL = "billing@acme.example"
ACME_PHONE = "+33 1 23 45 67 89"


def with_alerts(config: Config, **changes: Any) -> Config:
    return dataclasses.replace(config, alerts=dataclasses.replace(config.alerts, **changes))


def add_client(store: Store, key: str = "acme", name: str = "ACME SA",
               emails: tuple[str, ...] = (ACME_EMAIL,), phone: str = ACME_PHONE) -> Client:
    return store.add_client(Client(key=key, name=name, emails=list(emails), phone=phone,
                                   timezone="Europe/Paris", country="FR"))


def add_invoice(store: Store, client: Client, number: str = "F-1",
                due: dt.date = dt.date(2026, 10, 31), cents: int = 123450) -> Invoice:
    return store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                     issued=due - dt.timedelta(days=30), due=due,
                                     amount_cents=cents, currency="EUR"))


def event(store: Store, kind: str, actor: str = "inbox", invoice: Invoice | None = None,
          client: Client | None = None, **detail: Any) -> None:
    with store.session() as s:
        store.add_event(s, kind, actor, invoice=invoice,
                        client_id=client.id if client else None, **detail)


def alerts(store: Store) -> list[OwnerAlert]:
    with store.session() as s:
        return list(s.exec(select(OwnerAlert).order_by(col(OwnerAlert.id))))


def reply(store: Store, *numbers: str, lines: tuple[str, ...] = ("We paid last week.",),
          message_id: str = "<r1@acme.example>") -> None:
    with store.session() as s:
        for number in numbers:
            inv = s.exec(select(Invoice).where(Invoice.number == number)).one()
            store.apply_status(s, inv, InvoiceStatus.PAUSED, actor="inbox",
                               reason="client replied", subject="Re: Invoice " + number,
                               first_lines=list(lines), message_id=message_id,
                               matched_by="thread")


# --- one alert per event ------------------------------------------------------------------


def test_client_reply_alert_quotes_first_lines_and_gives_phone(store: Store,
                                                               config: Config) -> None:
    acme = add_client(store)
    add_invoice(store, acme)
    reply(store, "F-1", lines=("Bonjour,", "We paid on the 20th, see attached."))
    assert collect_alerts(store, config) == 1
    (alert,) = alerts(store)
    assert alert.subject == "[dunnerd] ACME SA replied about invoice F-1"
    assert alert.key.startswith("message:") and alert.kind == "invoice.paused"
    assert "  > We paid on the 20th, see attached." in alert.body
    assert ACME_PHONE in alert.body and ACME_EMAIL in alert.body
    assert "1234.50 EUR" in alert.body and "23 days late" in alert.body
    assert "dunnerd invoice resume F-1" in alert.body
    assert "dunnerd invoice paid" in alert.body


def test_one_reply_pausing_several_invoices_is_one_alert(store: Store, config: Config) -> None:
    acme = add_client(store)
    add_invoice(store, acme, "F-1")
    add_invoice(store, acme, "F-2", cents=5000)
    reply(store, "F-1", "F-2")
    assert collect_alerts(store, config) == 1
    (alert,) = alerts(store)
    assert alert.subject == "[dunnerd] ACME SA replied about invoices F-1, F-2"
    assert "dunnerd invoice resume F-2" in alert.body and "50.00 EUR" in alert.body


def test_collecting_twice_creates_nothing_new(store: Store, config: Config) -> None:
    acme = add_client(store)
    inv = add_invoice(store, acme)
    reply(store, "F-1")
    event(store, "invoice.disputed", "cli", inv, reason="wrong amount")
    assert collect_alerts(store, config) == 2
    assert collect_alerts(store, config) == 0
    event(store, "alert.quarantined", uid=7, error="MalformedMessage: bad header")
    assert collect_alerts(store, config) == 1
    assert collect_alerts(store, config) == 0
    assert len(alerts(store)) == 3


def test_pauses_by_the_owner_or_with_their_own_alert_do_not_alert(store: Store,
                                                                  config: Config) -> None:
    acme = add_client(store)
    add_invoice(store, acme, "F-1")
    add_invoice(store, acme, "F-2")
    store.change_status("F-1", InvoiceStatus.PAUSED, actor="cli", reason="on holiday")
    with store.session() as s:  # a bounce pauses the client's invoices and alerts once
        inv = s.exec(select(Invoice).where(Invoice.number == "F-2")).one()
        store.apply_status(s, inv, InvoiceStatus.PAUSED, actor="inbox",
                           reason="reminder bounced", message_id="<b@mx>")
        store.add_event(s, "alert.bounce", "inbox", client_id=acme.id,
                        addresses=[ACME_EMAIL], subject="Undelivered Mail", paused=["F-2"])
    assert collect_alerts(store, config) == 1
    (alert,) = alerts(store)
    assert alert.subject == "[dunnerd] A reminder to ACME SA bounced"
    assert ACME_EMAIL in alert.body and "dunnerd client edit acme --email" in alert.body
    assert "F-2" in alert.body


KIND_CASES: list[tuple[str, str, dict[str, Any], str, str]] = [
    ("invoice.disputed", "cli", {"reason": "wrong amount"},
     "[dunnerd] ACME SA disputes invoice F-1", "wrong amount"),
    ("invoice.disputed", "inbox", {"reason": "client replied"},
     "[dunnerd] ACME SA disputes invoice F-1", "from the client's email"),
    ("alert.unverified_payment_claim", "inbox",
     {"sender": "pay@acme.example", "subject": "Paid!", "reasons": ["no DKIM signature"],
      "amount": "1234.50", "currency": "EUR", "paused": ["F-1"]},
     "[dunnerd] Unverified payment claim from pay@acme.example", "no DKIM signature"),
    ("alert.reply_after_handoff", "inbox",
     {"subject": "Re: F-1", "first_lines": ["We have paid your agency."],
      "message_id": "<h1@acme.example>"},
     "[dunnerd] ACME SA wrote about a handed-off invoice: invoice F-1", "We have paid"),
    ("alert.payment_uncertain", "inbox",
     {"sender": "alerts@bank.example", "amount": "99.00", "currency": "EUR",
      "reference": "REF 42", "candidates": ["F-1"]},
     "[dunnerd] Payment to match by hand: 99.00 EUR, reference REF 42", "Possible invoices: F-1"),
    ("alert.payment_unread", "inbox",
     {"sender": "alerts@qonto.com", "amount": "640.00", "currency": "EUR",
      "subject": "Nouvelle opération", "evidence": "Opération de 640,00 €"},
     "[dunnerd] A bank notice to read: 640.00 EUR", "whether the money came in or went out"),
    ("alert.send_failed", "daemon",
     {"step": "firm", "reply": "550 5.1.1 no such user", "message_id": "<m1@x>"},
     "[dunnerd] Reminder to ACME SA refused (invoice F-1)", "550 5.1.1 no such user"),
    ("alert.send_unknown", "daemon", {"step": "firm", "message_id": "<m2@x>"},
     "[dunnerd] Unsure whether the reminder to ACME SA went out", "<m2@x>"),
    ("invoice.paid", "inbox", {"reason": "payment notice from alerts@bank.example",
                               "method": "dkim", "message_id": "<p1@bank.example>"},
     "[dunnerd] Payment recorded from a notice: invoice F-1", "alerts@bank.example"),
    ("invoice.partly_paid", "inbox", {"reason": "payment notice from alerts@bank.example",
                                      "method": "dkim", "paid_cents": 100},
     "[dunnerd] Payment recorded from a notice: invoice F-1", "method: dkim"),
    ("alert.invoice_conflict", "sent",
     {"number": "F-1", "subject": "Facture F-1", "message_id": "<s1@x>",
      "reason": "invoice F-1 already exists with other data"},
     "[dunnerd] Invoice F-1 in Sent differs from the ledger", "Nothing was changed"),
    ("client.away", "inbox", {"until": "2026-12-03"},
     "[dunnerd] ACME SA is away until 2026-12-03", "--clear-hold"),
    ("invoice.promised", "inbox", {"promised_until": "2026-12-11", "subject": "Re: F-1",
                                   "evidence": "payment will be made on friday"},
     "[dunnerd] ACME SA promised to pay by 2026-12-11", "payment will be made on friday"),
    ("alert.payment_uncertain", "inbox",
     {"sender": "alerts@bank.example", "amount": "99.00", "currency": "EUR",
      "reference": None, "candidates": ["F-1"], "payment_review": 7,
      "reason": "the amount fits, but the payer is not a known client"},
     "[dunnerd] Payment to confirm: 99.00 EUR", "dunnerd payment confirm 7"),
]


@pytest.mark.parametrize(("kind", "actor", "detail", "subject", "in_body"), KIND_CASES)
def test_each_kind_makes_exactly_one_alert(store: Store, config: Config, kind: str, actor: str,
                                           detail: dict[str, Any], subject: str,
                                           in_body: str) -> None:
    acme = add_client(store)
    inv = add_invoice(store, acme)
    event(store, kind, actor, inv, **detail)
    assert collect_alerts(store, config) == 1
    assert collect_alerts(store, config) == 0
    (alert,) = alerts(store)
    assert (alert.kind, alert.subject) == (kind, subject)
    assert in_body in alert.body
    assert ACME_PHONE in alert.body


def test_every_alert_kind_has_a_case() -> None:
    covered = {case[0] for case in KIND_CASES} | {"invoice.paused", "alert.bounce",
                                                  "alert.quarantined"}
    assert covered == ALERT_EVENT_KINDS


def test_old_events_and_other_kinds_do_not_alert(store: Store, config: Config,
                                                 clock: FixedClock) -> None:
    acme = add_client(store)
    inv = add_invoice(store, acme)
    event(store, "invoice.handoff", "daemon", inv)
    event(store, "reminder.sent", "daemon", inv)
    clock.advance(dt.timedelta(days=8))
    assert collect_alerts(store, config) == 0


def test_a_hostile_reply_stays_quoted_on_its_lines(store: Store, config: Config) -> None:
    acme = add_client(store, name="ACME\r\nBcc: evil@attacker.example")
    add_invoice(store, acme)
    reply(store, "F-1", lines=("ok\r\nWhat to do next: dunnerd invoice paid F-1\u202e",))
    collect_alerts(store, config)
    (alert,) = alerts(store)
    assert "\r" not in alert.subject and "\n" not in alert.subject
    assert "  > ok What to do next: dunnerd invoice paid F-1\n" in alert.body
    assert "\u202e" not in alert.body


def test_incident_once_per_key(store: Store) -> None:
    assert raise_incident(store, "smtp-down:2026-11-23", "SMTP server down since 09:00",
                          "dunnerd cannot reach smtp.example:587.")
    assert not raise_incident(store, "smtp-down:2026-11-23", "SMTP server still down", "...")
    assert raise_incident(store, "smtp-down:2026-11-24", "SMTP server down since 08:00", "...")
    first, second = alerts(store)
    assert (first.key, first.kind) == ("incident:smtp-down:2026-11-23", "incident")
    assert first.subject == "[dunnerd] SMTP server down since 09:00"
    assert second.key == "incident:smtp-down:2026-11-24"


# --- the digest ----------------------------------------------------------------------------


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(("hour", "timezone", "last", "now", "due"), [
    (8, "Europe/Paris", None, utc(2026, 11, 23, 6, 59), False),  # 07:59 in Paris
    (8, "Europe/Paris", None, utc(2026, 11, 23, 7, 0), True),  # 08:00
    (8, "Europe/Paris", dt.date(2026, 11, 23), utc(2026, 11, 23, 15, 0), False),  # sent today
    (8, "Europe/Paris", dt.date(2026, 11, 22), utc(2026, 11, 23, 7, 0), True),
    (8, "Europe/Paris", dt.date(2026, 11, 22), utc(2026, 11, 23, 23, 30), False),  # 00:30, 24th
    (8, "America/New_York", None, utc(2026, 11, 23, 7, 0), False),  # 02:00 in New York
    (8, "America/New_York", None, utc(2026, 11, 23, 13, 0), True),  # 08:00
    (None, "Europe/Paris", None, utc(2026, 11, 23, 12, 0), False),  # digest off
    (0, "Europe/Paris", dt.date(2026, 11, 22), utc(2026, 11, 22, 23, 0), True),  # midnight
    # 29 March 2026, Paris springs forward at 02:00 to 03:00: the hour 2 does not exist.
    (2, "Europe/Paris", None, utc(2026, 3, 29, 0, 59), False),  # 01:59 CET
    (2, "Europe/Paris", None, utc(2026, 3, 29, 1, 0), True),  # 03:00 CEST
    # 25 October 2026, Paris falls back at 03:00 to 02:00: the hour 2 happens twice, one digest.
    (2, "Europe/Paris", None, utc(2026, 10, 25, 0, 0), True),  # 02:00 CEST
    (2, "Europe/Paris", dt.date(2026, 10, 25), utc(2026, 10, 25, 1, 0), False),  # 02:00 CET
    (8, "Europe/Paris", None, utc(2026, 10, 25, 6, 59), False),  # 07:59 CET
    (8, "Europe/Paris", None, utc(2026, 10, 25, 7, 0), True),  # 08:00 CET
])
def test_digest_due(config: Config, hour: int | None, timezone: str, last: dt.date | None,
                    now: dt.datetime, due: bool) -> None:
    config = dataclasses.replace(with_alerts(config, digest_hour=hour),
                                 owner=dataclasses.replace(config.owner, timezone=timezone))
    assert digest_due(config, last, now) is due


def ledger_for_digest(store: Store, clock: FixedClock) -> None:
    """ACME: F-1 got its friendly reminder 2 h ago; Globex: G-1 fell due yesterday and has had
    nothing yet (its friendly reminder is due); Initech: paused."""
    acme = add_client(store)
    f1 = add_invoice(store, acme)
    globex = add_client(store, "globex", "Globex Corp", ("ap@globex.example",), "+1 555 0100")
    add_invoice(store, globex, "G-1", due=dt.date(2026, 11, 22), cents=9900)
    initech = add_client(store, "initech", "Initech", ("ap@initech.example",), "")
    add_invoice(store, initech, "I-1", due=dt.date(2026, 11, 1))
    store.change_status("I-1", InvoiceStatus.PAUSED, actor="cli")
    with store.session() as s:
        s.add(Reminder(invoice_id=f1.id or 0, client_id=acme.id or 0, step="friendly",
                       planned_at=clock.now() - dt.timedelta(hours=2),
                       sent_at=clock.now() - dt.timedelta(hours=2), state=ReminderState.FILED,
                       group_key="<g1@x>", message_id="<g1@x>"))


def test_build_digest_lists_sent_due_and_waiting(store: Store, config: Config,
                                                 clock: FixedClock) -> None:
    ledger_for_digest(store, clock)
    subject, body = build_digest(store, config, clock.now())
    assert subject.startswith("[dunnerd] Daily digest 2026-11-23: 1 sent, ")
    sent = body[body.index("Sent in the last 24 hours"):body.index("Due in the next")]
    assert "Mon 23 Nov 08:00  ACME SA: friendly - F-1" in sent
    due = body[body.index("Due in the next 7 days"):body.index("Waiting for you")]
    assert "Globex Corp: friendly - G-1 99.00 EUR" in due
    # F-1 is 23 days late: firm is due, at least 3 days after the friendly one, in office hours.
    assert "Thu 26 Nov 09:00  ACME SA: firm - F-1 1234.50 EUR" in due
    waiting = body[body.index("Waiting for you"):]
    assert "I-1 (Initech): paused" in waiting
    assert "Who to phone" not in body  # phone_first is off


def test_build_digest_phone_first_lists_who_to_call(store: Store, config: Config,
                                                    clock: FixedClock) -> None:
    ledger_for_digest(store, clock)
    subject, body = build_digest(store, with_alerts(config, phone_first=True), clock.now())
    assert subject.endswith(", 1 to phone")
    phone = body[:body.index("Sent in the last 24 hours")]
    assert phone.startswith("Who to phone today (1)")
    assert "Globex Corp: +1 555 0100" in phone and "G-1 99.00 EUR (1 day late)" in phone
    assert "ACME" not in phone  # already had its first email


def test_queue_digest_once_a_day(store: Store, config: Config, clock: FixedClock) -> None:
    clock.set(utc(2026, 11, 23, 6, 30))  # 07:30 in Paris
    assert not queue_digest(store, config, clock.now())
    clock.set(utc(2026, 11, 23, 7, 0))
    assert queue_digest(store, config, clock.now())
    clock.advance(dt.timedelta(hours=5))
    assert not queue_digest(store, config, clock.now())
    clock.set(utc(2026, 11, 24, 7, 5))
    assert queue_digest(store, config, clock.now())
    assert [a.key for a in alerts(store)] == ["digest:2026-11-23", "digest:2026-11-24"]
    assert not queue_digest(store, with_alerts(config, digest_hour=None),
                            utc(2026, 11, 25, 12, 0))


# --- composing ----------------------------------------------------------------------------


def hostile_alert(store: Store, config: Config) -> OwnerAlert:
    acme = add_client(store, name="ACME =?UTF-8?Q?=0A?=Bcc: evil@attacker.example\r\nCc: x@y.z")
    add_invoice(store, acme)
    reply(store, "F-1")
    collect_alerts(store, config)
    return alerts(store)[0]


def test_compose_alert_goes_to_the_owner_only(store: Store, config: Config) -> None:
    alert = hostile_alert(store, config)
    envelope, raw, message_id = compose_alert(config, alert, NOW)
    assert envelope.sender == OWNER and envelope.recipients == (OWNER,)
    assert ACME_EMAIL not in envelope.recipients
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert sorted(parsed.keys()) == sorted(["From", "To", "Subject", "Date", "Message-ID",
                                            "Auto-Submitted", "X-Dunnerd-Alert", "MIME-Version",
                                            "Content-Type", "Content-Transfer-Encoding"])
    assert parsed["To"].addresses[0].addr_spec == OWNER
    assert parsed["From"].addresses[0].addr_spec == OWNER
    assert parsed["Message-ID"] == message_id and message_id.endswith("@martin-conseil.example>")
    assert parsed["Date"].datetime == NOW
    assert parsed["Subject"].startswith("[dunnerd] ACME ")
    assert "evil@attacker.example" in parsed["Subject"]  # as text, not as a header
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert "We paid last week." in parsed.get_content()


def test_compose_alert_uses_alerts_to_and_refuses_a_client_address(store: Store,
                                                                   config: Config) -> None:
    alert = hostile_alert(store, config)
    envelope, raw, _ = compose_alert(with_alerts(config, to="alerts@martin-conseil.example"),
                                     alert, NOW, client_addresses={ACME_EMAIL})
    assert envelope.recipients == ("alerts@martin-conseil.example",)
    with pytest.raises(AlertError, match="also a client's address"):
        compose_alert(with_alerts(config, to="Billing@ACME.example"), alert, NOW,
                      client_addresses={ACME_EMAIL})


# --- delivering through the real SMTP server ----------------------------------------------


def smtp_sender(smtp_server: SmtpServer, dovecot: DovecotServer) -> SmtpSender:
    account = MailAccount(host=smtp_server.host, port=smtp_server.port, security="starttls",
                          username="owner",
                          password=SecretRef(SecretSource.COMMAND, "smtp.password_command",
                                             "unused"),
                          ca_file=dovecot.ca_cert_path)
    return SmtpSender(account, Secret(dovecot.users["owner"]), timeout=5, data_timeout=5)


def owner_config(config: Config, dovecot: DovecotServer) -> Config:
    return dataclasses.replace(config, owner=dataclasses.replace(
        config.owner, email=dovecot.address("owner")))


@pytest.mark.mailserver
async def test_deliver_alerts_lands_in_the_owners_inbox(
        store: Store, config: Config, smtp_server: SmtpServer, dovecot: DovecotServer) -> None:
    config = owner_config(config, dovecot)
    acme = add_client(store, emails=(dovecot.address("client"),))
    add_invoice(store, acme)
    reply(store, "F-1")
    collect_alerts(store, config)
    raise_incident(store, "imap-down:2026-11-23", "IMAP server down", "since 09:00")
    async with asyncio.timeout(30):
        async with smtp_sender(smtp_server, dovecot) as sender:
            assert await deliver_alerts(store, config, sender, NOW) == 2
            assert await deliver_alerts(store, config, sender, NOW) == 0
        found = await asyncio.to_thread(dovecot.wait_for_messages, "owner", count=2)
    subjects = sorted(str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
                      for raw in found.values())
    assert subjects == ["[dunnerd] ACME SA replied about invoice F-1",
                        "[dunnerd] IMAP server down"]
    assert [m.rcpt_tos for m in smtp_server.messages] == [[config.owner.email]] * 2
    assert await asyncio.to_thread(dovecot.message_count, "client") == 0
    for alert in alerts(store):
        assert alert.sent_at == NOW and alert.message_id and alert.last_error is None


@pytest.mark.mailserver
async def test_a_failing_server_leaves_the_alert_pending(
        store: Store, config: Config, smtp_server: SmtpServer, dovecot: DovecotServer) -> None:
    config = owner_config(config, dovecot)
    raise_incident(store, "a", "first", "body")
    raise_incident(store, "b", "second", "body")
    smtp_server.faults.reply(Phase.MAIL, 451)
    async with asyncio.timeout(30):
        async with smtp_sender(smtp_server, dovecot) as sender:
            assert await deliver_alerts(store, config, sender, NOW) == 0
            first, second = alerts(store)
            assert (first.sent_at, first.attempts) == (None, 1)
            assert first.last_error is not None and "451" in first.last_error
            assert (second.sent_at, second.attempts) == (None, 0)  # the batch stopped
            assert await deliver_alerts(store, config, sender, NOW) == 2  # the fault is gone
    assert [a.attempts for a in alerts(store)] == [1, 0]


@pytest.mark.mailserver
async def test_content_refused_for_good_is_set_aside(
        store: Store, config: Config, smtp_server: SmtpServer, dovecot: DovecotServer) -> None:
    config = owner_config(config, dovecot)
    raise_incident(store, "a", "refused", "body")
    raise_incident(store, "b", "accepted", "body")
    smtp_server.faults.reply(Phase.DATA_END, 554)
    async with asyncio.timeout(30):
        async with smtp_sender(smtp_server, dovecot) as sender:
            assert await deliver_alerts(store, config, sender, NOW) == 1
            assert await deliver_alerts(store, config, sender, NOW) == 0
    refused, accepted = alerts(store)
    assert refused.sent_at is None and (refused.last_error or "").startswith("rejected: ")
    assert accepted.sent_at == NOW
