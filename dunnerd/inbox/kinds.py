"""Pure: the kind of a message from its signs, decided for its origin (context.py).

The order of the rules follows the cost of a mistake. Reading a person as a machine lets
escalation go on against someone who is talking to us: the worst error. So:

- from a client (a thread of ours, a client's address or domain): a person, unless structure
  or the markers of automatic mail say otherwise (a delivery report, RFC 3834 headers, a read
  receipt, an out-of-office marked as one); a client's machine that claims a payment is an
  (untrusted) payment notice; never `other`;
- from a trusted bank or payment service: read as a transaction (notices/), or `other` when it
  holds none (its newsletter, its own fee invoice);
- from anyone else: the signs decide, and a message is `other` only when something positive
  says it was sent to many or by a machine (an attachment, a forward, broken MIME or few words
  are not such signs: people send those).
"""

from __future__ import annotations

from collections.abc import Callable

from dunnerd.inbox.notices.model import Direction, Notice, NoticeKind
from dunnerd.inbox.parse import ParsedMessage
from dunnerd.inbox.signals import Reading

HUMAN, AUTO, BOUNCE, PAYMENT, OTHER = ("human_reply", "auto_reply", "bounce",
                                       "payment_notification", "other")
_FAILED_ACTIONS = ("failed",)
MACHINE = ("auto_generated", "auto_response_suppress", "precedence_junk", "null_sender",
           "noreply_sender", "daemon_sender")
# Positive signs that a message was sent to many, or by a machine nobody answers for.
MANY = {"spam_flag": 3, "calendar": 2, "bulk_words": 2, "notification_words": 2,
        "broadcast": 2, "auto_generated": 2, "noreply_sender": 2,
        "list_unsubscribe": 1, "precedence_bulk": 1, "daemon_sender": 2, "report_unknown": 2,
        "obfuscated": 2, "ticket_status": 4, "dunning_us": 3, "unsubscribe_words": 2,
        "no_sender": 3, "key_values": 2, "record_lines": 2,
        "empty_reply": 2, "notice_footer": 2, "team_signature": 2, "only_attached": 2,
        "bills_us": 2, "phishing": 2, "brand_sender": 2,
        "public_sender": 2, "impersonal": 2}
# Signs that only add weight to a positive one.
WEAK = {"fresh": 1, "attached_messages": 1, "html_only": 1, "fake_reply": 1, "no_text": 1,
        "foreign_script": 2}
OTHER_THRESHOLD = 3


def is_person(r: Reading) -> bool:
    """Auto-Submitted: no, or a person's words about paying in a message that no header, no
    no-reply address and no payment service's domain marks as automatic (PayPal's "Le paiement
    a été effectué par virement bancaire depuis le compte PayPal de l'acheteur")."""
    return r.has("auto_submitted_no") or (r.has("human_payment") and not r.has(
        "auto_generated", "auto_replied", "noreply_sender", "daemon_sender", "payment_sender"))


def in_a_persons_voice(r: Reading) -> bool:
    """Someone writes "je" or "I", and no footer says the mail is automatic: no bank notice
    says "je" (one in 1,222 of the corpora does, a Slovak "je" that means "is")."""
    return r.has("first_person") and not r.has("notice_footer")


def _relayed(r: Reading) -> bool:
    return r.has("reply_subject", "quotes", "forwards_message")


def _bulk(r: Reading) -> bool:
    """Mail to many: list headers, bulk precedence, or an unsubscribe offer with its header."""
    if r.has("discussion_list"):
        return r.has("spam_flag")
    return (r.has("list", "precedence_bulk", "spam_flag")
            or (r.has("list_unsubscribe") and r.has("unsubscribe_words", "bulk_words")))


def machine_reply(m: ParsedMessage, r: Reading) -> str | None:
    """A bounce or an automatic reply, told by structure and the markers of automatic mail."""
    person = is_person(r)
    failed = [d for d in m.delivery_reports if d.action in _FAILED_ACTIONS]
    if r.has("challenge") and not person and not r.has("daemon_sender", "dsn_subject"):
        return AUTO
    if failed and not person:
        r.add("dsn_failed", "delivery report: Action failed for " + failed[0].recipient)
        return BOUNCE
    if r.has("report_disposition-notification"):
        r.add("read_receipt", "a read receipt (message disposition notification)")
        return AUTO
    if not person and _is_bounce(m, r):
        return BOUNCE
    if r.has("auto_replied", "x_autoreply", "precedence_auto_reply"):
        return AUTO
    if r.has("auto_subject") and not person and not r.has("quotes"):
        return AUTO
    if person:
        return None
    if r.has("auto_ack") and not r.has("quotes"):
        return AUTO
    if r.has("absence_only") and r.has("threaded", "reply_subject", "auto_subject"):
        return AUTO
    if r.has("vacation", "acknowledgement") and r.has(*MACHINE):
        return AUTO
    if r.has("auto_generated") and r.has("reply_subject", "threaded") and not r.has("quotes"):
        r.add("automatic_answer", "generated automatically in answer to a message")
        return AUTO
    return None


def _is_bounce(m: ParsedMessage, r: Reading) -> bool:
    detected = bool(m.failed_recipients or m.warned_recipients)
    if detected:
        r.add("bounce_detector", "flufl.bounce found failed recipients: "
              + ", ".join((m.failed_recipients or m.warned_recipients)[:3]))
    machine = r.has("daemon_sender", "null_sender")
    words = r.has("dsn_subject", "dsn_phrase")
    return (r.has("x_failed_recipients")
            or (detected and (words or machine or r.has("report_delivery-status")))
            or (r.has("dsn_subject") and (r.has("dsn_phrase") or machine))
            or (r.has("daemon_sender") and r.has("dsn_phrase"))
            or (r.has("null_sender") and r.has("dsn_phrase") and not r.has("vacation")))


def _machine_sender(r: Reading) -> bool:
    return r.has(*MACHINE, "payment_sender", "service_name", "bank_name", "notice_footer",
                 "key_values", "html_only", "payment_phrase", "team_signature")


NoticeOf = Callable[[], Notice]  # the notice, read only when a rule needs it (it costs)


def _says_how_much(r: Reading, notice: Notice) -> bool:
    """A notice states a sum, or is a statement; a payer's payment advice may leave the sum to
    its PDF ("please find attached the payment advice for the payment run of 03.12.2026"), and
    nothing is recorded from an advice anyway."""
    advice = bool(notice.transactions) and r.has("payment_phrase") and all(
        t.direction is Direction.PENDING for t in notice.transactions)
    return (notice.kind is NoticeKind.STATEMENT or advice
            or any(t.amount for t in notice.transactions))


def _bills_us(r: Reading, notice: Notice) -> bool:
    """A receipt for what the owner bought: words that bill the owner, from no bank or payment
    service: a shop's ("Thank you for your order! Total charged: $80.00"), a software's ("Merci
    pour votre renouvellement ! Montant payé : 85,00 € TTC (virement reçu le 03/12/2026)"). A
    payer's remittance advice (pending) is none."""
    return (r.has("bills_us") and not r.has("payment_sender", "bank_name")
            and not any(t.direction is Direction.PENDING for t in notice.transactions))


def is_payment(r: Reading, notice: Notice) -> bool:
    """A notice of a bank or a payment service, from an unknown sender: the notice's shape,
    a machine's markers, and nothing of a person, a forward, a mailing or a lookalike."""
    if not _says_how_much(r, notice):
        return False
    if is_person(r) or _relayed(r) or _bulk(r):
        return False
    if in_a_persons_voice(r):
        return False  # "il me manque le justificatif du paiement du 12/11 (312,40 €)"
    if r.has("dunning_us"):
        return False  # a supplier's reminder to the owner, whatever it says of money
    if _bills_us(r, notice):
        return False
    # An accounting platform sends a client's remittance advice with the client's Reply-To;
    # it records nothing, so only a notice of money in must come back to its sender.
    if r.has("phishing") or (r.has("reply_to_elsewhere") and not r.has("auto_generated")
                             and notice.money_in):
        r.add("lookalike", "a notice that asks for something or answers elsewhere: a lookalike")
        return False
    return _machine_sender(r)


def other_score(r: Reading) -> int:
    """The weight of the signs that a message was sent to many; 0 without a positive one."""
    # A discussion list's own headers and footer say nothing about who wrote the message.
    ignored = (("list_unsubscribe", "precedence_bulk", "notice_footer", "unsubscribe_words",
                "bulk_words", "impersonal") if r.has("discussion_list") else ())
    positive = sum(weight for label, weight in MANY.items()
                   if r.has(label) and label not in ignored)
    if not positive:
        return 0
    score = positive + sum(weight for label, weight in WEAK.items() if r.has(label))
    score -= 2 * sum(r.has(label) for label in ("threaded", "quotes"))
    if r.has("reply_subject") and not r.has("fake_reply"):
        score -= 2
    return score


def unknown_kind(m: ParsedMessage, r: Reading, notice_of: NoticeOf) -> str:
    """The kind of a message from a sender the ledger does not know."""
    found = machine_reply(m, r)
    if found:
        return found
    notice = notice_of()
    if is_payment(r, notice):
        return PAYMENT
    person = is_person(r)
    if not person and r.has("precedence_junk", "null_sender") and not r.has("threaded", "quotes"):
        return AUTO
    if r.has("feedback_report") or (r.has("spam_flag") and not person):
        return OTHER
    if person:
        return HUMAN
    if r.has("no_sender", "noreply_sender", "daemon_sender") or r.has("lookalike"):
        return OTHER
    if notice.kind is NoticeKind.BILL and r.has(*MACHINE, "notice_footer") and not _relayed(r):
        return OTHER
    if _bulk(r) and not r.has("threaded", "quotes", "reply_subject"):
        return OTHER
    if r.has("auto_generated") and not _relayed(r) and not r.has("threaded"):
        return OTHER
    if other_score(r) >= OTHER_THRESHOLD:
        return OTHER
    return HUMAN


def client_kind(m: ParsedMessage, r: Reading, notice_of: NoticeOf) -> str:
    """A client's message: a person unless a machine's structure or markers say otherwise."""
    found = machine_reply(m, r)
    if found:
        return found
    if not is_person(r) and r.has(*MACHINE) and is_payment(r, notice_of()):
        return PAYMENT  # their accounting system announcing a payment: a claim to check
    return HUMAN


def trusted_kind(m: ParsedMessage, r: Reading, notice_of: NoticeOf) -> str:
    """A trusted bank's or payment service's message: a transaction, or `other`."""
    found = machine_reply(m, r)
    if found == BOUNCE:
        return BOUNCE
    if (_bulk(r) or r.has("list") or is_person(r) or in_a_persons_voice(r) or _relayed(r)
            or r.has("phishing", "dunning_us")) or found == AUTO:
        return OTHER  # a newsletter, a list, a person, an autoresponder, a lookalike
    if _bills_us(r, notice_of()):
        return OTHER  # a receipt for what the owner bought
    return PAYMENT if _says_how_much(r, notice_of()) else OTHER
