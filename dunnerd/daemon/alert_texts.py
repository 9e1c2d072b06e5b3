"""Pure: the words of the owner's alerts and daily digest. Facts in, (subject, body) out.

Everything here reads text that others control (a client's name, the first lines of a reply,
a bounce's subject): every such value goes through `headers.safe_header_text`, one line at a
time, so it can neither break a line of the alert nor hide behind bidi controls. A client's own
words are quoted with "> " and called unverified, so a reply cannot pass for dunnerd's advice.
Invoice numbers in suggested commands are shell-quoted. English only, for now.
"""

from __future__ import annotations

import datetime as dt
import shlex
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from dunnerd.headers import safe_header_text
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import to_decimal

PREFIX = "[dunnerd] "
_LINE_MAX = 200
_WIDTH = 78


@dataclass(frozen=True)
class ClientFacts:
    key: str
    name: str
    emails: tuple[str, ...]
    phone: str
    failing_emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class InvoiceFacts:
    number: str
    currency: str
    amount_cents: int
    paid_cents: int
    due: dt.date
    days_late: int
    status: str


@dataclass(frozen=True)
class EventFacts:
    """One alerting event (or several from one message), with what the ledger knows."""

    kind: str
    actor: str
    at: dt.datetime  # in the owner's time zone
    detail: Mapping[str, Any]
    client: ClientFacts | None
    invoices: tuple[InvoiceFacts, ...]


def client_facts(client: Client) -> ClientFacts:
    return ClientFacts(key=client.key, name=client.name, emails=tuple(client.emails),
                             phone=client.phone, failing_emails=tuple(client.failing_emails))


def invoice_facts(invoice: Invoice, now: dt.datetime, client: Client | None,
                  default_zone: ZoneInfo) -> InvoiceFacts:
    zone = ZoneInfo(client.timezone) if client and client.timezone else default_zone
    late = (now.astimezone(zone).date() - invoice.due).days
    return InvoiceFacts(
        number=invoice.number, currency=invoice.currency, amount_cents=invoice.amount_cents,
        paid_cents=invoice.paid_cents, due=invoice.due, days_late=max(0, late),
        status=invoice.status.value)


def clean(value: object, max_length: int = _LINE_MAX) -> str:
    """Ledger or inbound text made safe for one line of an alert."""
    return "" if value is None else safe_header_text(str(value), max_length)


def money(cents: int, currency: str) -> str:
    return f"{to_decimal(cents, currency)} {currency}"


def subject_line(text: str) -> str:
    text = clean(text)
    return text if text.startswith(PREFIX) else clean(PREFIX + text)


def _numbers(invoices: Sequence[InvoiceFacts]) -> str:
    names = [clean(i.number, 64) for i in invoices]
    if not names:
        return "its invoices"
    if len(names) == 1:
        return f"invoice {names[0]}"
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return "invoices " + ", ".join(names[:5]) + more


def days_late_text(days: int) -> str:
    return f"{days} day{'' if days == 1 else 's'} late"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]  # str.capitalize() would lower "F-1"


def _client_name(facts: EventFacts) -> str:
    return clean(facts.client.name, 80) if facts.client else "A client"


def _detail_list(detail: Mapping[str, Any], key: str) -> list[str]:
    value = detail.get(key)
    if isinstance(value, list | tuple):
        return [clean(v) for v in value if v is not None]
    return [clean(value)] if value not in (None, "") else []


def _number(invoices: Sequence[InvoiceFacts]) -> str:
    """The invoice number to put in a suggested command: the one invoice's, else NUMBER."""
    return shlex.quote(invoices[0].number) if len(invoices) == 1 else "NUMBER"


def _commands(invoices: Sequence[InvoiceFacts], template: str) -> list[str]:
    return [f"  {template.format(n=shlex.quote(i.number))}" for i in invoices[:10]]


def _invoice_lines(invoices: Sequence[InvoiceFacts]) -> list[str]:
    lines = []
    for inv in invoices:
        balance = inv.amount_cents - inv.paid_cents
        lines.append(
            f"  {clean(inv.number, 64)}: {money(inv.amount_cents, inv.currency)}, balance "
            f"{money(balance, inv.currency)}, due {inv.due.isoformat()} "
            f"({days_late_text(inv.days_late)}), now {inv.status}")
    return lines


def _client_lines(client: ClientFacts | None) -> list[str]:
    if client is None:
        return ["Client: not identified"]
    lines = [f"Client: {clean(client.name, 80)} ({clean(client.key, 64)})",
             f"  Email: {', '.join(clean(e) for e in client.emails) or '(none)'}",
             f"  Phone: {clean(client.phone, 60) or '(none on file)'}"]
    if client.failing_emails:
        lines.append(f"  Failing addresses: {', '.join(clean(e) for e in client.failing_emails)}")
    return lines


def _quoted(lines: Iterable[str]) -> list[str]:
    return [f"  > {line}" for line in lines]


# --- one function per event kind: (subject, what happened, what to do next) ---------------

Text = tuple[str, list[str], list[str]]


def _read_facts(f: EventFacts) -> list[str]:
    """What dunnerd read in the reply, and what it did about a request (issue 11)."""
    lines = []
    for fact in f.detail.get("facts") or []:
        if isinstance(fact, dict):
            day = f" ({clean(fact.get('day'), 20)})" if fact.get("day") else ""
            lines.append(f"  - {clean(fact.get('kind'), 40)}{day}: "
                         f"\"{clean(fact.get('evidence'), 150)}\"")
    answer = f.detail.get("answer")
    if isinstance(answer, dict):
        if answer.get("answered"):
            lines.append("dunnerd answered with " + " and ".join(
                {"invoice": "the invoice PDF", "bank_details": "your bank details"}.get(str(w), "")
                for w in answer.get("requests") or []) + " (Message-ID "
                + clean(answer.get("answer_message_id"), 120) + "); the copy will be in Sent.")
        else:
            lines.append(f"dunnerd did not answer: {clean(answer.get('why_not'), 150)}.")
    return (["dunnerd read (check it):", *lines] if lines else [])


def _replied(f: EventFacts) -> Text:
    who = _client_name(f)
    happened = [f"{who} replied about {_numbers(f.invoices)}. dunnerd paused the reminders.",
                "", f"Subject: {clean(f.detail.get('subject'))}",
                "Their first lines (as received, not verified):",
                *(_quoted(_detail_list(f.detail, "first_lines")) or ["  (no text)"]),
                *_read_facts(f)]
    review = clean(f.detail.get("payment_review"), 20)
    confirm = ([f"They say it is paid. If the money is in your account:  dunnerd payment "
                f"confirm {review}", f"If not:  dunnerd payment reject {review}  (reminders "
                "resume)"] if review else [])
    todo = [*confirm, "Read the reply in your inbox and answer the client. Escalation restarts "
            "only when you run:", *_commands(f.invoices, "dunnerd invoice resume {n}"),
            f"If they paid:  dunnerd invoice paid {_number(f.invoices)} [--amount AMOUNT]",
            f"If they promised a date:  dunnerd invoice promise {_number(f.invoices)} "
            "--until YYYY-MM-DD",
            f"If they dispute it:  dunnerd invoice dispute {_number(f.invoices)} "
            "--reason \"...\""]
    return f"{who} replied about {_numbers(f.invoices)}", happened, todo


def _disputed(f: EventFacts) -> Text:
    who = _client_name(f)
    by = "from the command line" if f.actor == "cli" else "from the client's email"
    happened = [f"{_cap(_numbers(f.invoices))} of {who} is disputed (recorded {by}).",
                f"Reason: {clean(f.detail.get('reason')) or '(none given)'}",
                "No reminder goes out about a disputed invoice."]
    if f.detail.get("evidence"):
        happened += [f"Subject: {clean(f.detail.get('subject'))}",
                     "Their words (as received, not verified):",
                     *_quoted([clean(f.detail.get("evidence"))])]
    todo = ["Settle the dispute with the client, then either restart the reminders:",
            *_commands(f.invoices, "dunnerd invoice resume {n}"),
            "or: dunnerd invoice writeoff NUMBER --reason \"...\""]
    return f"{who} disputes {_numbers(f.invoices)}", happened, todo


def _bounce(f: EventFacts) -> Text:
    who = _client_name(f)
    addresses = _detail_list(f.detail, "addresses")
    happened = [f"A reminder to {who} bounced: {', '.join(addresses) or '(address unknown)'}.",
                f"Bounce subject: {clean(f.detail.get('subject'))}",
                "dunnerd paused this client's reminders."]
    key = shlex.quote(f.client.key) if f.client else "CLIENT"
    todo = ["Find the right address (a phone call?), then:",
            f"  dunnerd client edit {key} --email NEW_ADDRESS",
            *_commands(f.invoices, "dunnerd invoice resume {n}")]
    return f"A reminder to {who} bounced", happened, todo


def _claimed(detail: Mapping[str, Any]) -> str:
    amount = " ".join(clean(detail.get(k), 40) for k in ("amount", "currency") if detail.get(k))
    reference = clean(detail.get("reference"), 80)
    return (amount or "no amount") + (f", reference {reference}" if reference else "")


def _claim(f: EventFacts) -> Text:
    sender = clean(f.detail.get("sender") or f.detail.get("from") or "an unknown sender", 120)
    happened = [f"An email from {sender} says a payment was made, but dunnerd could not verify "
                "that it comes from a trusted sender, so it changed no amount.",
                f"Subject: {clean(f.detail.get('subject'))}",
                f"Claimed: {_claimed(f.detail)}", "Why it was not trusted:",
                *[f"  - {reason}" for reason in _detail_list(f.detail, "reasons")]]
    if f.invoices:
        happened.append(f"dunnerd paused {_numbers(f.invoices)} meanwhile.")
    review = clean(f.detail.get("payment_review"), 20)
    todo = ["Check your bank account. If the money is there:",
            f"  dunnerd payment confirm {review}" if review else
            f"  dunnerd invoice paid {_number(f.invoices)} [--amount AMOUNT]",
            "If not, the claim may be a mistake or a fraud attempt; restart the reminders:",
            *_commands(f.invoices, "dunnerd invoice resume {n}")]
    return f"Unverified payment claim from {sender}", happened, todo


def _uncertain(f: EventFacts) -> Text:
    sender = clean(f.detail.get("sender") or f.detail.get("from") or "a trusted sender", 120)
    claimed = _claimed(f.detail)
    candidates = _detail_list(f.detail, "candidates")
    happened = [f"A payment notice from {sender} could not be matched to exactly one invoice "
                "with a known amount, so dunnerd changed no amount.",
                f"Subject: {clean(f.detail.get('subject'))}", f"Claimed: {claimed}",
                f"Possible invoices: {', '.join(candidates) or '(none found)'}"]
    review = clean(f.detail.get("payment_review"), 20)
    if review:
        happened += [f"Why dunnerd did not record it: {clean(f.detail.get('reason'))}",
                     *[f"  - {check}" for check in _detail_list(f.detail, "checks")]]
        todo = [f"If it pays {', '.join(candidates) or 'the invoices listed'}:  dunnerd payment "
                f"confirm {review}", f"If it pays another invoice:  dunnerd payment confirm "
                f"{review} --invoice NUMBER [--amount AMOUNT]",
                f"If it is not a payment of yours:  dunnerd payment reject {review}  (reminders "
                "resume)"]
        return f"Payment to confirm: {claimed}", happened, todo
    todo = ["Record the payment on the right invoice:",
            "  dunnerd invoice paid NUMBER --amount AMOUNT",
            "and restart the others:", *_commands(f.invoices, "dunnerd invoice resume {n}")]
    return f"Payment to match by hand: {claimed}", happened, todo


def _promised(f: EventFacts) -> Text:
    who = _client_name(f)
    until = clean(f.detail.get("promised_until"), 20)
    vague = " (read from vague words: check it)" if f.detail.get("vague") else ""
    happened = [f"{who} promised to pay {_numbers(f.invoices)} by {until}{vague}.",
                "No reminder goes out before that day plus your grace days; then they resume"
                " by themselves.", f"Subject: {clean(f.detail.get('subject'))}",
                "Their words (as received, not verified):",
                *_quoted([clean(f.detail.get("evidence"))])]
    todo = ["Nothing, if that is what they said. Otherwise:",
            f"  dunnerd invoice promise {_number(f.invoices)} --until YYYY-MM-DD",
            *_commands(f.invoices, "dunnerd invoice resume {n}")]
    return f"{who} promised to pay by {until}", happened, todo


def _send_failed(f: EventFacts) -> Text:
    who = _client_name(f)
    step = clean(f.detail.get("step"), 40) or "a"
    happened = [f"The mail server refused the {step} reminder to {who} about "
                f"{_numbers(f.invoices)} for good. It will not be sent again.",
                f"Server reply: {clean(f.detail.get('reply'), 300) or '(none)'}",
                f"Message-ID: {clean(f.detail.get('message_id'), 300)}"]
    todo = ["Check the client's address and your mail account, and reach the client another "
            f"way. `dunnerd invoice show {_number(f.invoices)}` has the whole story."]
    return f"Reminder to {who} refused ({_numbers(f.invoices)})", happened, todo


def _send_unknown(f: EventFacts) -> Text:
    who = _client_name(f)
    happened = [f"dunnerd cannot tell whether the reminder to {who} about "
                f"{_numbers(f.invoices)} reached the mail server: no reply came after it was "
                "sent, and no copy came back to settle it.",
                f"Message-ID: {clean(f.detail.get('message_id'), 300)}"]
    todo = ["Look for it in your Sent folder or ask the client. It will not be sent again."]
    return f"Unsure whether the reminder to {who} went out", happened, todo


def _unread(f: EventFacts) -> Text:
    sender = clean(f.detail.get("sender") or "a trusted sender", 120)
    happened = [f"A notice from {sender} names a movement of money, but dunnerd could not tell "
                "from its words whether the money came in or went out, so it changed no amount.",
                f"Subject: {clean(f.detail.get('subject'))}", f"Amount: {_claimed(f.detail)}",
                f"The words: {clean(f.detail.get('evidence'))}"]
    todo = ["If it is a client's payment, record it:",
            "  dunnerd invoice paid NUMBER --amount AMOUNT",
            "Otherwise there is nothing to do."]
    return f"A bank notice to read: {_claimed(f.detail)}", happened, todo


def _quarantined(f: EventFacts) -> Text:
    uid = clean(f.detail.get("uid"), 20)
    happened = [f"An inbox message (IMAP UID {uid}) could not be read and was set aside.",
                f"Error: {clean(f.detail.get('error'), 300)}"]
    todo = ["Read it in your mail program: if it is from a client, act on it yourself",
            "(dunnerd invoice pause / paid / dispute NUMBER)."]
    return f"An inbox message could not be read (UID {uid})", happened, todo


def _invoice_conflict(f: EventFacts) -> Text:
    number = clean(f.detail.get("number"), 64)
    happened = [f"An email in your Sent folder (\"{clean(f.detail.get('subject'), 120)}\") "
                f"carries invoice {number}, which the ledger already has with other data.",
                f"Message-ID: {clean(f.detail.get('message_id'), 300)}",
                "Nothing was changed: the ledger keeps what it had."]
    todo = [f"Check which is right: `dunnerd invoice show {shlex.quote(str(number))}`. If the "
            "emailed one is, record the difference yourself (dunnerd invoice paid / writeoff)."]
    return f"Invoice {number} in Sent differs from the ledger", happened, todo


def _paid_by_notice(f: EventFacts) -> Text:
    happened = [f"A payment notice from {clean(f.detail.get('reason', 'a trusted sender'))} was"
                f" recorded on {_numbers(f.invoices)} of {_client_name(f)}"
                f" (method: {clean(f.detail.get('method'))}).", *_invoice_lines(f.invoices)]
    todo = ["Nothing, if your bank agrees. If not: `dunnerd invoice show "
            f"{_number(f.invoices)}` has the evidence, and `dunnerd invoice resume` restarts"
            " reminders."]
    return f"Payment recorded from a notice: {_numbers(f.invoices)}", happened, todo


def _reply_after_handoff(f: EventFacts) -> Text:
    who = _client_name(f)
    happened = [f"{who} wrote about {_numbers(f.invoices)}, which you handed over for collection.",
                "", f"Subject: {clean(f.detail.get('subject'))}",
                "Their first lines (as received, not verified):",
                *(_quoted(_detail_list(f.detail, "first_lines")) or ["  (no text)"])]
    todo = ["Forward their message to whoever now collects the debt (your agency, lawyer or"
            " commissaire de justice): dunnerd sends nothing more about these invoices."]
    return f"{who} wrote about a handed-off invoice: {_numbers(f.invoices)}", happened, todo


_TEXTS: dict[str, Callable[[EventFacts], Text]] = {
    "invoice.paused": _replied,
    "invoice.disputed": _disputed,
    "invoice.promised": _promised,
    "alert.bounce": _bounce,
    "alert.unverified_payment_claim": _claim,
    "alert.payment_uncertain": _uncertain,
    "alert.payment_unread": _unread,
    "alert.send_failed": _send_failed,
    "alert.send_unknown": _send_unknown,
    "alert.quarantined": _quarantined,
    # The formal notice's alert comes with its PDF (daemon/notice_step.py), the hand-off's with
    # its dossier (daemon/handoff_step.py), not from their events.
    "alert.invoice_conflict": _invoice_conflict,
    "alert.reply_after_handoff": _reply_after_handoff,
    # Money changed by an email: the owner hears of it every time.
    "invoice.paid": _paid_by_notice,
    "invoice.partly_paid": _paid_by_notice,
    "client.away": lambda f: (
        f"{_client_name(f)} is away until {clean(f.detail.get('until'))}",
        [f"An auto-reply from {_client_name(f)} says they are away until"
         f" {clean(f.detail.get('until'))}: no reminder goes to them before the day after."],
        ["Nothing, unless that date looks wrong (holds are capped at 30 days): then"
         f" `dunnerd client edit {clean(f.client.key) if f.client else 'KEY'} --clear-hold`."]),
}
EVENT_KINDS = frozenset(_TEXTS)


def event_alert(facts: EventFacts) -> tuple[str, str]:
    """The alert about one event: (subject, plain-text body)."""
    subject, happened, todo = _TEXTS[facts.kind](facts)
    body = [*happened, "", f"When: {facts.at:%Y-%m-%d %H:%M %Z}", ""]
    if facts.invoices:
        body += ["Invoices:", *_invoice_lines(facts.invoices), ""]
    body += [*_client_lines(facts.client), "", "What to do next:", *todo]
    return subject_line(subject), wrapped(body)


def wrapped(lines: Iterable[str]) -> str:
    """Sentences wrapped at 78 columns; indented lines (quotes, commands, lists) as they are."""
    out = [line if line.startswith(" ") or len(line) <= _WIDTH
           else textwrap.fill(line, _WIDTH, break_on_hyphens=False, break_long_words=False)
           for line in lines]
    return "\n".join(out) + "\n"


# --- the daily digest ---------------------------------------------------------------------


