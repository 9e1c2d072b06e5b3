from __future__ import annotations

import email
import email.policy
import sys
from datetime import date
from decimal import Decimal
from email.headerregistry import Address
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import Owner
from dunnerd.dunning.render import InvoiceLine, ReminderContext, Renderer
from dunnerd.headers import ELLIPSIS, interpreter_folds_safely, safe_display_name, safe_header_text

OWNER = Owner(
    name="Camille Martin",
    email="camille@martin-conseil.example",
    company="Martin Conseil",
    phone="+33 6 12 34 56 78",
    iban="FR7630006000011234567890189",
    bic="AGRIFRPP",
)
CLIENT_ADDRESS = "client@example.com"
RENDERER = Renderer()

# Characters that must never survive into a header value.
FORBIDDEN = (
    {chr(c) for c in range(0x20)}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | {"\u2028", "\u2029", "\u202e", "\ufeff"}
)
HOSTILE_PIECES = [
    "\r",
    "\n",
    "\r\n",
    "\x00",
    "\t",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "=?UTF-8?Q?=0A?=",
    "=?utf-8?b?Cg==?=",
    "\nBcc: x@y",
    "\r\nCc: z@y",
    "=",
    "?",
    "==??",
    "=\x00?",
    '"',
    "\\",
    "<",
    ">",
    ",",
    ";",
    ":",
    "@",
    "(",
    ")",
    "\u202e",
    "é",
    "€",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=30)), min_size=1, max_size=12
).map("".join)


def test_strips_controls_and_line_breaks() -> None:
    assert safe_header_text("Invoice\r\nBcc: x@y") == "Invoice Bcc: x@y"
    assert safe_header_text("a\x00b\x7fc\x9bd") == "abcd"
    assert safe_header_text("a\u2028b\u2029c\x85d\te") == "a b c d e"
    assert safe_header_text("  many   spaces \n\n here ") == "many spaces here"
    assert safe_header_text("\u202egnp.exe") == "gnp.exe"


def test_removes_every_encoded_word_opener() -> None:
    assert safe_header_text("=?UTF-8?Q?=0A?=Bcc: x@y") == "UTF-8?Q?=0A?=Bcc: x@y"
    assert safe_header_text("==??") == ""  # removing one "=?" must not leave another
    assert safe_header_text("=\x00?x") == "x"
    assert safe_header_text("=\n?x") == "= ?x"


def test_keeps_ordinary_text() -> None:
    text = "Relance : facture n° F-2026-014 — 1\u202f234,56\xa0€ (Dupont & Fils)"
    assert safe_header_text(text) == text


def test_truncates_with_an_ellipsis() -> None:
    assert safe_header_text("x" * 500) == "x" * 199 + ELLIPSIS
    assert safe_header_text("abc def", max_length=5) == "abc" + ELLIPSIS
    assert safe_header_text("abcde", max_length=5) == "abcde"
    with pytest.raises(ValueError):
        safe_header_text("abc", max_length=0)


@given(value=hostile_text, max_length=st.integers(min_value=1, max_value=300))
def test_safe_header_text_properties(value: str, max_length: int) -> None:
    cleaned = safe_header_text(value, max_length)
    assert not FORBIDDEN & set(cleaned)
    assert "=?" not in cleaned
    assert len(cleaned) <= max_length
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert safe_header_text(cleaned, max_length) == cleaned


def test_display_name_keeps_address_syntax_characters_for_address_to_quote() -> None:
    assert (
        safe_display_name('Dupont, "Jean" <boss>\r\nBcc: x@y') == 'Dupont, "Jean" <boss> Bcc: x@y'
    )


def reminder_message(client_name: str, invoice_number: str, step: str, language: str) -> bytes:
    """Render a reminder from hostile ledger text and serialize it as the mailer would."""
    invoice = InvoiceLine(
        invoice_number,
        date(2026, 10, 1),
        date(2026, 10, 31),
        Decimal("1234.56"),
        Decimal("0"),
        "EUR",
        23,
    )
    rendered = RENDERER.render(
        ReminderContext(
            step=step,
            language=language,
            client_name=client_name,
            owner=OWNER,
            invoices=(invoice,),
            today=date(2026, 11, 23),
            reminders_sent=2,
        )
    )
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = Address(display_name=safe_display_name(OWNER.company), addr_spec=OWNER.email)
    message["To"] = Address(display_name=safe_display_name(client_name), addr_spec=CLIENT_ADDRESS)
    message["Subject"] = rendered.subject
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message.as_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    client_name=hostile_text,
    invoice_number=hostile_text,
    step=st.sampled_from(["friendly", "firm", "final"]),
    language=st.sampled_from(["en", "fr"]),
)
def test_hostile_ledger_text_cannot_add_headers(
    client_name: str, invoice_number: str, step: str, language: str
) -> None:
    raw = reminder_message(client_name, invoice_number, step, language)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert sorted(parsed.keys()) == ["Content-Type", "From", "MIME-Version", "Subject", "To"]
    assert not parsed.defects
    to_headers = parsed.get_all("To")
    assert to_headers is not None and len(to_headers) == 1
    addresses = to_headers[0].addresses
    assert len(addresses) == 1
    assert addresses[0].addr_spec == CLIENT_ADDRESS
    # The name arrives intact, up to whitespace (folding encoded words can add or drop a space).
    assert "".join(addresses[0].display_name.split()) == "".join(
        safe_display_name(client_name).split()
    )
    assert len(parsed["From"].addresses) == 1
    assert "\n" not in str(parsed["Subject"])


def test_the_known_injection_is_neutralised() -> None:
    raw = reminder_message(
        "Evil =?UTF-8?Q?=0A?=Bcc: spy@example.net",
        "F-1=?UTF-8?Q?=0A?=Cc: spy@example.net\r\nBcc: spy2@example.net",
        "final",
        "fr",
    )
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed.get_all("Bcc") is None and parsed.get_all("Cc") is None
    assert [a.addr_spec for a in parsed["To"].addresses] == [CLIENT_ADDRESS]


def _raw_library_injects() -> bool:
    """Observe the bug directly: serialize the unsanitized probe subject and look for the line."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["To"] = CLIENT_ADDRESS
    message["Subject"] = "=?UTF-8?Q?=0A?=Bcc: probe@example.invalid"
    try:
        raw = message.as_bytes()
    except Exception:  # a patched interpreter may refuse to write the header
        return False
    return b"\nBcc:" in raw


def test_interpreter_probe_returns_a_bool_matching_the_library() -> None:
    result = interpreter_folds_safely()
    assert isinstance(result, bool)
    # The probe must agree with a direct look at what the email package writes.
    assert result is not _raw_library_injects()


@pytest.mark.skipif(sys.version_info[:3] != (3, 11, 7), reason="documents the 3.11.7 venv")
def test_interpreter_probe_on_3_11_7_reports_the_cve_2024_6923_bug() -> None:
    # 3.11.7 predates the CVE-2024-6923 fix: the encoded newline becomes a real one, so the
    # probe returns False and `dunnerd run` warns. It still runs, because its own start-up
    # self-test (compose.compose_path_is_safe) passes: safe_header_text removes "=?" and line
    # breaks before the email package sees them, which the tests above prove.
    assert interpreter_folds_safely() is False
