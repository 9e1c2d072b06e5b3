"""Reading e-invoices: every profile the factur-x library makes, UBL, credit notes, the
variations real files have, and one clear error for each bad file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from dunnerd.intake.einvoice import EInvoiceError, EInvoiceProblem, Note
from dunnerd.intake.einvoice_read import read_einvoice
from dunnerd.intake.terms import contractual_penalty, effective_due_date, read_penalty
from tests.intake.samples import BUYER, OTHER_SIREN, OWNER_SIREN

GOOD = {  # file: (profile, type, number, due date (BT-9), amount due, buyer email)
    "fx_minimum.pdf": ("minimum", "380", "F2026-0101", None, "7920.00", ""),
    "fx_basicwl.pdf": ("basicwl", "380", "F2026-0102", "2026-10-15", "6600.00", BUYER["email"]),
    "fx_basic.pdf": ("basic", "380", "F2026-0104", "2026-10-15", "7920.00", ""),
    "fx_en16931.pdf": ("en16931", "380", "F2026-0103", "2026-10-15", "5920.00", BUYER["email"]),
    "cii_en16931.xml": ("en16931", "380", "F2026-0103", "2026-10-15", "5920.00",
                        BUYER["email"]),
    "fx_extended.pdf": ("extended", "380", "F2026-0105", "2026-10-31", "7920.00",
                        BUYER["email"]),
    "fx_creditnote_381.pdf": ("en16931", "381", "AV2026-0007", None, "1320.00", BUYER["email"]),
    "fx_zugferd_name.pdf": ("en16931", "380", "F2026-0103", "2026-10-15", "5920.00",
                            BUYER["email"]),
    "ubl_invoice.xml": ("en16931", "380", "F2026-0106", "2026-10-15", "7920.00", BUYER["email"]),
    "ubl_creditnote.xml": ("en16931", "381", "AV2026-0008", None, "1320.00", BUYER["email"]),
    "cii_xrechnung_label.xml": ("xrechnung", "380", "F2026-0103", "2026-10-15", "5920.00",
                                BUYER["email"]),
    "encrypted_owner.pdf": ("en16931", "380", "F2026-0103", "2026-10-15", "5920.00",
                            BUYER["email"]),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_samples_read_to_their_fields(samples: dict[str, Path], name: str) -> None:
    profile, type_code, number, due, amount, email = GOOD[name]
    invoice = read_einvoice(samples[name].read_bytes(), name)
    assert (invoice.profile, invoice.type_code, invoice.number) == (profile, type_code, number)
    assert invoice.issue_date == dt.date(2026, 9, 15)
    assert (invoice.due_date.isoformat() if invoice.due_date else None) == due
    assert (invoice.amount_due, invoice.currency) == (Decimal(amount), "EUR")
    assert (invoice.seller.siren, invoice.buyer.siren) == (OWNER_SIREN, BUYER["siren"])
    assert invoice.buyer.email == email
    assert invoice.buyer.name == BUYER["name"]
    if profile != "minimum":
        assert invoice.buyer.vat == BUYER["vat"]
        assert invoice.buyer.address.text() == "48 avenue Jean Jaurès\nBâtiment B\n75019 Paris\nFR"
    assert invoice.warnings == ()  # every sample passes its XSD
    assert invoice.is_credit_note == (type_code == "381")


def test_credit_notes_name_their_invoice(samples: dict[str, Path]) -> None:
    assert read_einvoice(samples["fx_creditnote_381.pdf"].read_bytes()).preceding_invoices == (
        "F2026-0103",)
    assert read_einvoice(samples["ubl_creditnote.xml"].read_bytes()).preceding_invoices == (
        "F2026-0106",)


def test_other_seller_is_read_as_such(samples: dict[str, Path]) -> None:
    assert read_einvoice(samples["fx_other_seller.pdf"].read_bytes()).seller.siren == OTHER_SIREN


BAD = {
    "damaged.pdf": (EInvoiceProblem.DAMAGED_PDF, "the PDF is damaged or unreadable"),
    "plain.pdf": (EInvoiceProblem.NO_EMBEDDED_XML, "a PDF without Factur-X data"),
    "wrong_xml_malformed.pdf": (EInvoiceProblem.XML_MALFORMED, "is not well-formed XML"),
    "wrong_xml_invalid.pdf": (EInvoiceProblem.MISSING_FIELDS, "lacks BT-115 (amount due)"),
    "wrong_xml_notcii.pdf": (EInvoiceProblem.NOT_CII_OR_UBL, "neither CII (Factur-X) nor UBL"),
    "encrypted_user.pdf": (EInvoiceProblem.ENCRYPTED_PDF, "protected by a password"),
    "not_a_pdf.pdf": (EInvoiceProblem.NOT_AN_INVOICE_FILE, "neither a PDF nor an XML file"),
    "zugferd1_root.xml": (EInvoiceProblem.UNSUPPORTED_FORMAT, "ZUGFeRD 1.0 is not supported"),
    "xxe.xml": (EInvoiceProblem.XML_DTD_FORBIDDEN, "DOCTYPE"),
    "billion_laughs.xml": (EInvoiceProblem.XML_DTD_FORBIDDEN, "DOCTYPE"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_get_one_clear_line(samples: dict[str, Path], name: str) -> None:
    problem, words = BAD[name]
    with pytest.raises(EInvoiceError) as caught:
        read_einvoice(samples[name].read_bytes(), name)
    assert caught.value.problem is problem
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_a_stream_that_inflates_too_far_is_refused(samples: dict[str, Path]) -> None:
    from tests.intake.samples import attach

    bomb = attach(samples["plain.pdf"].read_bytes(), "factur-x.xml", b" " * 30_000_000)
    with pytest.raises(EInvoiceError) as caught:
        read_einvoice(bomb)
    assert caught.value.problem is EInvoiceProblem.TOO_BIG


# --- the variations real files have, made from our own XML --------------------------------


@pytest.fixture
def cii(samples: dict[str, Path]) -> bytes:
    return samples["cii_en16931.xml"].read_bytes()


SIREN_0002 = f'<ram:ID schemeID="0002">{OWNER_SIREN}</ram:ID>'.encode()


def test_siret_under_the_siren_scheme_and_no_scheme(cii: bytes) -> None:
    siret = SIREN_0002.replace(OWNER_SIREN.encode(), OWNER_SIREN.encode() + b"00017")
    assert read_einvoice(cii.replace(SIREN_0002, siret)).seller.siren == OWNER_SIREN
    bare = f"<ram:ID>{OWNER_SIREN}</ram:ID>".encode()
    assert read_einvoice(cii.replace(SIREN_0002, bare)).seller.siren == OWNER_SIREN


def test_vat_with_spaces_gives_the_siren(cii: bytes) -> None:
    vat = f"FR65{OWNER_SIREN}".encode()
    spaced = b"FR 65 " + OWNER_SIREN.encode()[:3] + b" " + OWNER_SIREN.encode()[3:]
    changed = cii.replace(vat, spaced).replace(SIREN_0002, b"").replace(
        b'schemeID="0009">' + OWNER_SIREN.encode(), b'schemeID="0088">1')
    seller = read_einvoice(changed).seller
    assert (seller.vat, seller.siren, seller.siren_source) == (vat.decode(), OWNER_SIREN, "vat")


def test_currency_on_totals_short_decimals_note_order_bom(cii: bytes) -> None:
    changed = cii.replace(b"<ram:DuePayableAmount>5920.00<",
                          b'<ram:DuePayableAmount currencyID="EUR">5920.5<')
    changed = changed.replace(b"<ram:Content>En cas",
                              b"<ram:SubjectCode>PMD</ram:SubjectCode><ram:Content>En cas", 1)
    invoice = read_einvoice(b"\xef\xbb\xbf\n  " + changed)
    assert invoice.amount_due == Decimal("5920.5")
    penalty = contractual_penalty(invoice.notes)
    assert penalty is not None and (penalty.kind, penalty.value) == ("legal_multiple", 3)


def test_instalments_use_the_earliest_due_date_and_say_so(cii: bytes) -> None:
    start = cii.index(b"<ram:SpecifiedTradePaymentTerms>")
    end = cii.index(b"</ram:SpecifiedTradePaymentTerms>") + len(
        b"</ram:SpecifiedTradePaymentTerms>")
    twice = cii[:end] + cii[start:end].replace(b"20261015", b"20261001") + cii[end:]
    invoice = read_einvoice(twice, check_schema=False)
    assert invoice.due_date == dt.date(2026, 10, 1)
    assert invoice.warnings == ("2 due dates (instalments): the earliest is used",)


def test_prefixed_ubl_root(samples: dict[str, Path]) -> None:
    ubl = samples["ubl_invoice.xml"].read_bytes()
    ns = b'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"'
    prefixed = ubl.replace(ns, ns.replace(b"xmlns=", b"xmlns:ubl=")).replace(
        b"<Invoice ", b"<ubl:Invoice ").replace(b"</Invoice>", b"</ubl:Invoice>")
    assert read_einvoice(prefixed).number == "F2026-0106"


def test_an_xsd_failure_is_a_warning_when_the_fields_are_there(cii: bytes) -> None:
    # BT-10 (buyer reference) moved after the parties breaks the XSD order, not our fields.
    changed = cii.replace(b"<ram:BuyerReference>BC-117</ram:BuyerReference>", b"").replace(
        b"</ram:ApplicableHeaderTradeAgreement>",
        b"<ram:BuyerReference>BC-117</ram:BuyerReference></ram:ApplicableHeaderTradeAgreement>")
    invoice = read_einvoice(changed)
    assert invoice.number == "F2026-0103"
    assert len(invoice.warnings) == 1
    assert invoice.warnings[0].startswith("the XML does not follow its schema (XSD)")


def test_a_bad_date_or_amount_is_one_line(cii: bytes) -> None:
    with pytest.raises(EInvoiceError, match=r"BT-2 '2026-09-15' is not a date in format 102"):
        read_einvoice(cii.replace(b">20260915<", b">2026-09-15<", 1))
    with pytest.raises(EInvoiceError, match=r"BT-115 'abc' is not an amount"):
        read_einvoice(cii.replace(b"<ram:DuePayableAmount>5920.00<",
                                  b"<ram:DuePayableAmount>abc<"))


# --- due dates and penalties --------------------------------------------------------------


@pytest.mark.parametrize(("due", "terms", "expected", "rule"), [
    (dt.date(2026, 10, 1), "", dt.date(2026, 10, 1), "BT-9"),
    (None, "Paiement à 30 jours", dt.date(2026, 10, 15), "BT-20"),
    (None, "Paiement à 45 jours fin de mois", dt.date(2026, 10, 31), "BT-20"),
    (None, "60 jours nets", dt.date(2026, 11, 14), "BT-20"),
    (None, "Paiement à réception de facture", dt.date(2026, 9, 15), "BT-20"),
    (None, "Selon conditions générales", dt.date(2026, 10, 15), "legal-30-days"),
    (None, "", dt.date(2026, 10, 15), "legal-30-days"),
])
def test_due_date_rules(samples: dict[str, Path], due: dt.date | None, terms: str,
                        expected: dt.date, rule: str) -> None:
    invoice = read_einvoice(samples["cii_en16931.xml"].read_bytes())
    changed = dataclasses.replace(invoice, due_date=due, payment_terms=terms)
    found = effective_due_date(changed)
    assert (found.date, found.rule) == (expected, rule)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("une pénalité égale à 3 fois le taux d'intérêt légal", "legal_multiple", "3"),
    ("Pénalités de retard : trois fois le taux d’intérêt légal", "legal_multiple", "3"),
    ("taux d'intérêt légal majoré de 5 points", "legal_plus", "5"),
    ("taux de refinancement de la BCE majoré de 10 points", "ecb_plus", "10"),
    ("taux directeur de la Banque centrale européenne majoré de 10 points de pourcentage",
     "ecb_plus", "10"),
    ("pénalités au taux de 12,5\u202f% l'an", "fixed_rate", "12.5"),
])
def test_penalty_readings(text: str, kind: str, value: str) -> None:
    found = read_penalty(text, "PMD")
    assert found is not None and (found.kind, found.value) == (kind, Decimal(value))


def test_the_40_euro_note_is_no_penalty_rate() -> None:
    assert contractual_penalty([Note("PMT", "Indemnité forfaitaire de 40 €.")]) is None
    assert contractual_penalty([Note("", "TVA non applicable, art. 293 B du CGI")]) is None
