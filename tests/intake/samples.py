"""Real e-invoices for the tests, made at test time with the `factur-x` library (the XML and
the Factur-X PDF: XMP, the embedded factur-x.xml) and reportlab (the page), plus the bad ones:
a damaged PDF, PDFs with a wrong XML, an invoice issued by someone else, hostile XML.

All data is invented; the SIREN, SIRET and VAT numbers pass their check digits. MINIMUM is
built by hand (the library does not generate it) and passes the library's XSD check; BASIC is
EN 16931 relabelled, as the library cannot generate it either.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import logging
from pathlib import Path
from typing import Any

import facturx
from lxml import etree
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

logging.getLogger("factur-x").setLevel(logging.CRITICAL + 1)


def _siren(first8: str) -> str:
    from stdnum.fr import siren

    return next(first8 + d for d in "0123456789" if siren.is_valid(first8 + d))


def _siret(siren: str, nic4: str) -> str:
    from stdnum.fr import siret

    return next(siren + nic4 + d for d in "0123456789" if siret.is_valid(siren + nic4 + d))


def _vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


OWNER_SIREN = _siren("91234567")  # 912345675
OWNER: dict[str, str] = {
    "name": "Camille Martin EI", "siren": OWNER_SIREN, "siret": _siret(OWNER_SIREN, "0001"),
    "vat": _vat(OWNER_SIREN), "addr_l1": "12 rue des Lilas", "postcode": "69003",
    "city": "Lyon", "country_code": "FR", "email": "camille@martin-conseil.example",
    "iban": "FR7630006000011234567890189",
}
BUYER_SIREN = _siren("52345678")
BUYER: dict[str, str] = {
    "name": "Atelier Lumière SAS", "siren": BUYER_SIREN, "siret": _siret(BUYER_SIREN, "0002"),
    "vat": _vat(BUYER_SIREN), "addr_l1": "48 avenue Jean Jaurès", "addr_l2": "Bâtiment B",
    "postcode": "75019", "city": "Paris", "country_code": "FR",
    "email": "compta@atelier-lumiere.example",
}
OTHER_SIREN = _siren("81122334")
OTHER_SELLER: dict[str, str] = {
    **OWNER, "name": "Studio Dupré SARL", "siren": OTHER_SIREN,
    "siret": _siret(OTHER_SIREN, "0003"), "vat": _vat(OTHER_SIREN),
    "email": "factures@studio-dupre.example",
}

PMD_LEGAL_3X = ("En cas de retard de paiement, une pénalité égale à 3 fois le taux d'intérêt "
                "légal sera exigible à compter du jour suivant la date d'échéance.")
PMD_ECB = ("Pénalités de retard : taux de refinancement de la BCE majoré de 10 points, "
           "exigibles sans rappel le jour suivant la date d'échéance.")
PMD_FIXED = "Tout retard de paiement entraîne des pénalités au taux de 12,5 % l'an."
PMT = "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €."
ISSUED = dt.date(2026, 9, 15)
DUE = dt.date(2026, 10, 15)


def party(p: dict[str, str], *, email_as_bt49: bool = False,
          contacts: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": p["name"], "identifiers": {"0009": p["siret"]}, "legal_identifier": p["siren"],
        "legal_identifier_schemeid": "0002", "vat_identifier": p["vat"],
        "addr_l1": p["addr_l1"], "postcode": p["postcode"], "city": p["city"],
        "country_code": p["country_code"],
    }
    if contacts:
        d["contacts"] = [{"name": p["name"], "email": p["email"]}]
    if p.get("addr_l2"):
        d["addr_l2"] = p["addr_l2"]
    if email_as_bt49:
        d["einvoicing_addr"], d["einvoicing_addr_schemeid"] = p["email"], "EM"
    else:
        d["einvoicing_addr"], d["einvoicing_addr_schemeid"] = p["siren"], "0225"
    return d


def invoice_data(*, number: str, issued: dt.date = ISSUED, due: dt.date | None = DUE,
                 seller: dict[str, str] = OWNER, buyer: dict[str, str] = BUYER,
                 type_code: str = "380", total: str = "7920.00", due_amount: str | None = None,
                 terms: str = "Paiement à 30 jours date de facture, par virement.",
                 pmd: str = PMD_LEGAL_3X, preceding: str | None = None,
                 email_as_bt49: bool = False, contacts: bool = True) -> dict[str, Any]:
    """A factur-x data dict (EN 16931 codes): 20 % VAT on total/1.2."""
    ht = f"{float(total) / 1.2:.2f}"
    vat = f"{float(total) - float(ht):.2f}"
    d: dict[str, Any] = {
        "BT-1": number, "BT-2": issued, "BT-3": type_code, "BT-5": "EUR", "BT-10": "BC-117",
        "BT-23": "S1", "BT-72": issued - dt.timedelta(days=1),  # also dodges a library quirk
        "BT-20": terms, "BT-81": "30", "BT-84": seller["iban"],
        "BG-1": [{"BT-21": "PMD", "BT-22": pmd}, {"BT-21": "PMT", "BT-22": PMT}],
        "BG-4": party(seller, contacts=contacts),
        "BG-7": party(buyer, email_as_bt49=email_as_bt49, contacts=contacts),
        "BG-23": [{"BT-116": ht, "BT-117": vat, "BT-118": "S", "BT-119": "20.00"}],
        "BT-106": ht, "BT-109": ht, "BT-110": vat, "BT-112": total,
        "BT-115": due_amount or total,
        "BG-25": [{"BT-126": "1", "BT-153": "Développement web", "BT-129": "1", "BT-130": "DAY",
                   "BT-146": ht, "BT-131": ht, "BT-151": "S", "BT-152": "20.00"}],
    }
    if due is not None:
        d["BT-9"] = due
    if due_amount is not None:
        d["BT-113"] = f"{float(total) - float(due_amount):.2f}"
    if preceding:
        d["BG-3"] = [{"BT-25": preceding, "BT-26": ISSUED}]
    return d


def cii(data: dict[str, Any], level: str = "en16931") -> bytes:
    xml: bytes = facturx.generate_cii_xml(copy.deepcopy(data), level=level,
                                          check_schematron=False)
    return xml


def ubl(data: dict[str, Any]) -> bytes:
    xml: bytes = facturx.generate_ubl_xml(copy.deepcopy(data), level="en16931",
                                          check_schematron=False)
    return xml


def minimum_cii(number: str, seller: dict[str, str] = OWNER, total: str = "7920.00") -> bytes:
    ns = facturx.get_xml_namespaces("factur-x")
    rsm, ram, udt = (f"{{{ns[k]}}}" for k in ("rsm", "ram", "udt"))

    def sub(parent: Any, tag: str, text: str | None = None, **attrib: str) -> Any:
        element = etree.SubElement(parent, tag, **attrib)
        element.text = text
        return element

    root = etree.Element(rsm + "CrossIndustryInvoice",
                         nsmap={k: ns[k] for k in ("rsm", "ram", "udt", "qdt")})
    context = sub(root, rsm + "ExchangedDocumentContext")
    sub(sub(context, ram + "BusinessProcessSpecifiedDocumentContextParameter"), ram + "ID", "A1")
    sub(sub(context, ram + "GuidelineSpecifiedDocumentContextParameter"), ram + "ID",
        "urn:factur-x.eu:1p0:minimum")
    doc = sub(root, rsm + "ExchangedDocument")
    sub(doc, ram + "ID", number)
    sub(doc, ram + "TypeCode", "380")
    sub(sub(doc, ram + "IssueDateTime"), udt + "DateTimeString", ISSUED.strftime("%Y%m%d"),
        format="102")
    trade = sub(root, rsm + "SupplyChainTradeTransaction")
    agreement = sub(trade, ram + "ApplicableHeaderTradeAgreement")
    sub(agreement, ram + "BuyerReference", "BC-117")
    s = sub(agreement, ram + "SellerTradeParty")
    sub(s, ram + "Name", seller["name"])
    sub(sub(s, ram + "SpecifiedLegalOrganization"), ram + "ID", seller["siren"], schemeID="0002")
    sub(sub(s, ram + "PostalTradeAddress"), ram + "CountryID", "FR")
    sub(sub(s, ram + "SpecifiedTaxRegistration"), ram + "ID", seller["vat"], schemeID="VA")
    b = sub(agreement, ram + "BuyerTradeParty")
    sub(b, ram + "Name", BUYER["name"])
    sub(sub(b, ram + "SpecifiedLegalOrganization"), ram + "ID", BUYER["siren"], schemeID="0002")
    sub(trade, ram + "ApplicableHeaderTradeDelivery")
    settlement = sub(trade, ram + "ApplicableHeaderTradeSettlement")
    sub(settlement, ram + "InvoiceCurrencyCode", "EUR")
    totals = sub(settlement, ram + "SpecifiedTradeSettlementHeaderMonetarySummation")
    ht = f"{float(total) / 1.2:.2f}"
    sub(totals, ram + "TaxBasisTotalAmount", ht)
    sub(totals, ram + "TaxTotalAmount", f"{float(total) - float(ht):.2f}", currencyID="EUR")
    sub(totals, ram + "GrandTotalAmount", total)
    sub(totals, ram + "DuePayableAmount", total)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    facturx.xml_check_xsd(out, flavor="factur-x", level="minimum")
    return out


def page(title: str, number: str) -> bytes:
    """The human-readable page (reportlab; not PDF/A, which reading does not need)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"{title} {number}")
    c.drawString(72, 770, f"{title} n° {number}")
    c.drawString(72, 750, "Camille Martin EI - 12 rue des Lilas, 69003 Lyon")
    c.showPage()
    c.save()
    return buffer.getvalue()


def facturx_pdf(xml: bytes, number: str, title: str = "Facture") -> bytes:
    pdf: bytes = facturx.generate_from_binary(page(title, number), xml, check_schematron=False,
                                              lang="fr-FR")
    return pdf


def attach(pdf: bytes, name: str, payload: bytes) -> bytes:
    """Any file attached with pypdf, unchecked: the wrong-XML PDFs."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_attachment(name, payload)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypt(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="proprietaire",
                   algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_all(directory: Path) -> dict[str, Path]:
    """Every sample, written under `directory`; name -> path."""
    files: dict[str, bytes] = {}
    en = cii(invoice_data(number="F2026-0103", total="7920.00", due_amount="5920.00"))
    files["fx_minimum.pdf"] = facturx_pdf(minimum_cii("F2026-0101"), "F2026-0101")
    files["fx_basicwl.pdf"] = facturx_pdf(cii(invoice_data(
        number="F2026-0102", total="6600.00", pmd=PMD_ECB, email_as_bt49=True),
        level="basicwl"), "F2026-0102")
    files["fx_en16931.pdf"] = facturx_pdf(en, "F2026-0103")
    files["cii_en16931.xml"] = en
    basic = etree.fromstring(cii(invoice_data(number="F2026-0104", contacts=False)))
    basic.find(".//{*}GuidelineSpecifiedDocumentContextParameter/{*}ID").text = (
        "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic")
    files["fx_basic.pdf"] = facturx_pdf(etree.tostring(basic, xml_declaration=True,
                                                       encoding="UTF-8"), "F2026-0104")
    files["fx_extended.pdf"] = facturx_pdf(cii(invoice_data(
        number="F2026-0105", due=dt.date(2026, 10, 31), terms="Paiement à 45 jours fin de mois.",
        pmd=PMD_FIXED), level="extended"), "F2026-0105")
    files["fx_creditnote_381.pdf"] = facturx_pdf(cii(invoice_data(
        number="AV2026-0007", type_code="381", due=None, total="1320.00",
        preceding="F2026-0103")), "AV2026-0007", "Avoir")
    files["fx_other_seller.pdf"] = facturx_pdf(cii(invoice_data(
        number="SD-2026-044", seller=OTHER_SELLER)), "SD-2026-044")
    plain = page("Facture", "F2026-0103")
    files["fx_zugferd_name.pdf"] = attach(plain, "zugferd-invoice.xml", en)
    files["ubl_invoice.xml"] = ubl(invoice_data(number="F2026-0106"))
    files["ubl_creditnote.xml"] = ubl(invoice_data(
        number="AV2026-0008", type_code="381", due=None, total="1320.00",
        preceding="F2026-0106"))
    files["cii_xrechnung_label.xml"] = en.replace(
        b"<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
        b"<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>")
    files["plain.pdf"] = plain
    full = files["fx_en16931.pdf"]
    files["damaged.pdf"] = full[: int(len(full) * 0.6)]
    files["wrong_xml_malformed.pdf"] = attach(plain, "factur-x.xml", en[: len(en) // 2])
    invalid = etree.fromstring(en)
    for element in list(invalid.iter("{*}DuePayableAmount")):
        element.getparent().remove(element)
    files["wrong_xml_invalid.pdf"] = attach(plain, "factur-x.xml", etree.tostring(invalid))
    files["wrong_xml_notcii.pdf"] = attach(
        plain, "factur-x.xml", b'<?xml version="1.0"?><order xmlns="urn:example:order"/>')
    files["encrypted_owner.pdf"] = encrypt(full, "")
    files["encrypted_user.pdf"] = encrypt(full, "secret")
    files["not_a_pdf.pdf"] = b"Bonjour, ceci n'est pas un PDF.\n"
    files["zugferd1_root.xml"] = (
        b'<?xml version="1.0"?>\n<rsm:CrossIndustryDocument '
        b'xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>\n')
    files["xxe.xml"] = (
        b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:'
        b'CrossIndustryInvoice:100">&x;</rsm:CrossIndustryInvoice>\n')
    laughs = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "' + f"&l{i - 1};" * 10 + '">'
                                       for i in range(1, 10)]
    files["billion_laughs.xml"] = ('<?xml version="1.0"?>\n<!DOCTYPE r [' + "".join(laughs)
                                   + "]>\n<r>&l9;</r>\n").encode()
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in files.items():
        paths[name] = directory / name
        paths[name].write_bytes(data)
    return paths


def email_with(attachments: list[tuple[str, bytes]], *, to: str = BUYER["email"],
               sender: str = "owner@example.test", subject: str = "Votre facture",
               message_id: str | None = None, date: dt.datetime | None = None,
               cte: str | None = None, extra_headers: dict[str, str] | None = None) -> bytes:
    """An email as a mail program sends it: a text part and the files attached (PDF or XML by
    their name), base64 unless `cte` says otherwise."""
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import format_datetime, make_msgid

    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    message["Message-ID"] = message_id or make_msgid(domain="example.test")
    for name, value in (extra_headers or {}).items():
        message[name] = value
    message.set_content("Bonjour,\n\nVeuillez trouver ci-joint votre facture.\n")
    for filename, data in attachments:
        maintype, subtype = ("application", "pdf") if filename.endswith(".pdf") else \
            ("application", "xml")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                               cte=cte or "base64")
    return message.as_bytes()
