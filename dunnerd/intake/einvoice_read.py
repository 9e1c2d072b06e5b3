"""Reading an invoice file: a Factur-X/ZUGFeRD PDF, a CII XML or a UBL 2.1 XML (Invoice or
CreditNote) into a `ParsedInvoice`, or one EInvoiceError. Pure apart from what pypdf reads.

Real files deviate from the standard in known ways, tolerated here: a 14-digit SIRET under the
SIREN scheme, or an identifier with no scheme; a VAT number with spaces; currencyID on CII
totals; notes with the subject code after the text; several payment terms (instalments); a
prefixed UBL root; a BOM. Only what dunnerd cannot do without is required: BT-1, BT-2, BT-3,
BT-5 and BT-115.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from dunnerd.intake.einvoice import (
    EInvoiceError,
    EInvoiceProblem,
    Note,
    ParsedInvoice,
    Party,
    PostalAddress,
)
from dunnerd.intake.einvoice_pdf import parse_xml, sniff, xml_from_pdf
from dunnerd.intake.einvoice_schema import schema_problem

CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
UBL = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
ZUGFERD_1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
ORDER_X = "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"

PROFILES = {  # BT-24 as written -> profile
    "urn:factur-x.eu:1p0:minimum": "minimum",
    "urn:factur-x.eu:1p0:basicwl": "basicwl",
    "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic": "basic",
    "urn:cen.eu:en16931:2017": "en16931",
    "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended": "extended",
    "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr": "extended-ctc-fr",
    "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0": "peppol",
}
_REQUIRED = {"number": "BT-1 (invoice number)", "issue_date": "BT-2 (issue date)",
             "type_code": "BT-3 (type code)", "currency": "BT-5 (currency)",
             "amount_due": "BT-115 (amount due)"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"[\s\u00a0\u202f.\-]")
_UBL_NOTE = re.compile(r"^#([A-Z]{3})#(.*)$", re.S)  # the EN 16931 UBL binding: "#PMD#text"


def read_einvoice(data: bytes, name: str = "the file", *,
                  check_schema: bool = True) -> ParsedInvoice:
    """The invoice in `data` (a PDF with embedded XML, or the XML itself). Raises
    EInvoiceError with one line saying what is wrong. With `check_schema`, an XML that does not
    follow its XSD gets a warning (einvoice_schema.py), not a refusal."""
    kind = sniff(data)
    if kind == "pdf":
        attachment, xml = xml_from_pdf(data)
        where = f"XML embedded in the PDF ({attachment})"
    elif kind == "xml":
        xml, where = data, "XML"
    else:
        raise EInvoiceError(EInvoiceProblem.NOT_AN_INVOICE_FILE,
                            f"{name} is neither a PDF nor an XML file")
    root = parse_xml(xml, where)
    qname = etree.QName(root)
    if qname.localname == "CrossIndustryInvoice" and qname.namespace == CII["rsm"]:
        fields = _cii(root)
    elif (qname.localname, qname.namespace) in (("Invoice", UBL_INVOICE),
                                                 ("CreditNote", UBL_CREDIT_NOTE)):
        fields = _ubl(root, credit=qname.namespace == UBL_CREDIT_NOTE)
    elif qname.namespace == ZUGFERD_1:
        raise EInvoiceError(EInvoiceProblem.UNSUPPORTED_FORMAT, "ZUGFeRD 1.0 is not supported; "
                            "ask for a Factur-X or ZUGFeRD 2 file")
    elif qname.namespace == ORDER_X:
        raise EInvoiceError(EInvoiceProblem.UNSUPPORTED_FORMAT,
                            "an Order-X purchase order, not an invoice")
    else:
        raise EInvoiceError(EInvoiceProblem.NOT_CII_OR_UBL, f"the {where} is neither CII "
                            f"(Factur-X) nor UBL: its root is {qname.localname!r}")
    missing = [label for key, label in _REQUIRED.items() if fields.get(key) in (None, "")]
    if missing:
        raise EInvoiceError(EInvoiceProblem.MISSING_FIELDS,
                            f"the {where} lacks {', '.join(missing)}")
    guideline = fields.pop("guideline")
    if check_schema and (problem := schema_problem(root)):
        fields["warnings"] = (*fields["warnings"], problem)
    return ParsedInvoice(profile=_profile(guideline), source=kind, **fields)


def _profile(guideline: str) -> str:
    if guideline in PROFILES:
        return PROFILES[guideline]
    if "xrechnung" in guideline:
        return "xrechnung"
    if guideline.startswith("urn:zugferd.de:2p0:"):  # ZUGFeRD 2.0's own URNs
        return guideline.rsplit(":", 1)[-1]
    return "unknown"


def _text(node: Any, path: str, ns: dict[str, str]) -> str:
    if node is None:
        return ""
    found = node.xpath(path, namespaces=ns)
    if not found:
        return ""
    value = found[0] if isinstance(found[0], str) else found[0].text
    return (value or "").strip()


def _texts(node: Any, path: str, ns: dict[str, str]) -> list[str]:
    values = (f if isinstance(f, str) else (f.text or "") for f in node.xpath(path, namespaces=ns))
    return [v.strip() for v in values if v.strip()]


def _amount(raw: str, term: str) -> Decimal | None:
    if not raw:
        return None
    try:
        amount = Decimal(raw)  # EN 16931: "." for decimals, no grouping
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise EInvoiceError(EInvoiceProblem.BAD_VALUE, f"{term} {raw[:40]!r} is not an amount")
    return amount


def _cii_date(node: Any, term: str) -> dt.date | None:
    if node is None:
        return None
    raw, form = (node.text or "").strip(), node.get("format", "102")
    formats = {"102": "%Y%m%d", "203": "%Y%m%d%H%M"}
    try:
        return dt.datetime.strptime(raw, formats[form]).date()
    except (KeyError, ValueError):
        raise EInvoiceError(EInvoiceProblem.BAD_VALUE, f"{term} {raw[:40]!r} is not a date in "
                            f"format {form[:10]} (expected 102, YYYYMMDD)") from None


def _ubl_date(raw: str, term: str) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])  # xs:date may carry a zone
    except ValueError:
        raise EInvoiceError(EInvoiceProblem.BAD_VALUE,
                            f"{term} {raw[:40]!r} is not a date") from None


def _identifiers(elements: list[Any]) -> tuple[str, str]:
    """SIREN and SIRET from legal identifiers: by scheme (0002, 0009) and by digit count, since
    real files put a SIRET under 0002 or give no scheme."""
    siren = siret = ""
    for element in elements:
        value = _SPACES.sub("", element.text or "")
        if element.get("schemeID") not in (None, "0002", "0009") or not value.isdigit():
            continue
        if len(value) == 9:
            siren = siren or value
        elif len(value) == 14:
            siret = siret or value
    return siren, siret


def _party(name: str, ids: list[Any], siret: str, vat: str, email: str,
           address: PostalAddress) -> Party:
    siren, legal_siret = _identifiers(ids)
    siret = _SPACES.sub("", siret) if siret.strip() else legal_siret
    vat = _SPACES.sub("", vat).upper()
    source = "0002" if siren else ""
    if not siren and re.fullmatch(r"\d{14}", siret):
        siren, source = siret[:9], "siret"
    if not siren and re.fullmatch(r"FR[0-9A-Z]{2}\d{9}", vat):
        siren, source = vat[-9:], "vat"
    return Party(name=name, siren=siren, siren_source=source, siret=siret, vat=vat,
                 email=email, address=address)


def _cii_party(p: Any) -> Party:
    if p is None:
        return Party()
    ns = CII
    uri = p.find("ram:URIUniversalCommunication/ram:URIID", ns)
    uri_value = (uri.text or "").strip() if uri is not None else ""
    scheme = uri.get("schemeID") if uri is not None else None
    email = uri_value if uri_value and (scheme == "EM" or (
        scheme is None and _EMAIL.match(uri_value))) else ""
    email = email or _text(p, "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/"
                              "ram:URIID", ns)
    a = p.find("ram:PostalTradeAddress", ns)
    address = PostalAddress() if a is None else PostalAddress(
        lines=tuple(_texts(a, "ram:LineOne|ram:LineTwo|ram:LineThree", ns)),
        postcode=_text(a, "ram:PostcodeCode", ns), city=_text(a, "ram:CityName", ns),
        country=_text(a, "ram:CountryID", ns))
    return _party(_text(p, "ram:Name", ns),
                  p.xpath("ram:SpecifiedLegalOrganization/ram:ID", namespaces=ns),
                  _text(p, "ram:GlobalID[@schemeID='0009'] | ram:ID[@schemeID='0009']", ns),
                  _text(p, "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", ns),
                  email, address)


def _cii(root: Any) -> dict[str, Any]:
    ns = CII
    doc = root.find("rsm:ExchangedDocument", ns)
    trade = root.find("rsm:SupplyChainTradeTransaction", ns)
    agreement = trade.find("ram:ApplicableHeaderTradeAgreement", ns) if trade is not None \
        else None
    settlement = trade.find("ram:ApplicableHeaderTradeSettlement", ns) if trade is not None \
        else None
    if doc is None or agreement is None or settlement is None:
        raise EInvoiceError(EInvoiceProblem.MISSING_FIELDS, "the CII has no document header, "
                            "trade agreement or settlement")
    totals = settlement.find("ram:SpecifiedTradeSettlementHeaderMonetarySummation", ns)
    warnings = []
    due_nodes = settlement.xpath("ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/"
                                 "udt:DateTimeString", namespaces=ns)
    dues = sorted(d for d in (_cii_date(n, "BT-9") for n in due_nodes) if d)
    if len(dues) > 1:
        warnings.append(f"{len(dues)} due dates (instalments): the earliest is used")
    notes = tuple(Note(_text(n, "ram:SubjectCode", ns), _text(n, "ram:Content", ns))
                  for n in doc.findall("ram:IncludedNote", ns))
    delivery = trade.find("ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/"
                          "ram:OccurrenceDateTime/udt:DateTimeString", ns)
    return {
        "syntax": "CII",
        "guideline": _text(root, "rsm:ExchangedDocumentContext/"
                                 "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", ns),
        "number": _text(doc, "ram:ID", ns),
        "type_code": _text(doc, "ram:TypeCode", ns),
        "issue_date": _cii_date(doc.find("ram:IssueDateTime/udt:DateTimeString", ns), "BT-2"),
        "due_date": dues[0] if dues else None,
        "payment_terms": "\n".join(_texts(settlement, "ram:SpecifiedTradePaymentTerms/"
                                                      "ram:Description", ns)),
        "delivery_date": _cii_date(delivery, "BT-72"),
        "currency": _text(settlement, "ram:InvoiceCurrencyCode", ns),
        "grand_total": _amount(_text(totals, "ram:GrandTotalAmount", ns), "BT-112"),
        "amount_due": _amount(_text(totals, "ram:DuePayableAmount", ns), "BT-115"),
        "seller": _cii_party(agreement.find("ram:SellerTradeParty", ns)),
        "buyer": _cii_party(agreement.find("ram:BuyerTradeParty", ns)),
        "notes": notes,
        "preceding_invoices": tuple(_texts(settlement, "ram:InvoiceReferencedDocument/"
                                                       "ram:IssuerAssignedID", ns)),
        "warnings": tuple(warnings),
    }


def _ubl_party(p: Any) -> Party:
    if p is None:
        return Party()
    ns = UBL
    endpoint = p.find("cbc:EndpointID", ns)
    value = (endpoint.text or "").strip() if endpoint is not None else ""
    scheme = endpoint.get("schemeID") if endpoint is not None else None
    email = value if value and (scheme == "EM" or _EMAIL.match(value)) else ""
    email = email or _text(p, "cac:Contact/cbc:ElectronicMail", ns)
    a = p.find("cac:PostalAddress", ns)
    address = PostalAddress() if a is None else PostalAddress(
        lines=tuple(_texts(a, "cbc:StreetName|cbc:AdditionalStreetName|cac:AddressLine/cbc:Line",
                           ns)),
        postcode=_text(a, "cbc:PostalZone", ns), city=_text(a, "cbc:CityName", ns),
        country=_text(a, "cac:Country/cbc:IdentificationCode", ns))
    name = (_text(p, "cac:PartyLegalEntity/cbc:RegistrationName", ns)
            or _text(p, "cac:PartyName/cbc:Name", ns))
    return _party(name, p.xpath("cac:PartyLegalEntity/cbc:CompanyID", namespaces=ns),
                  _text(p, "cac:PartyIdentification/cbc:ID[@schemeID='0009']", ns),
                  _text(p, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID", ns),
                  email, address)


def _ubl(root: Any, credit: bool) -> dict[str, Any]:
    ns = UBL
    totals = root.find("cac:LegalMonetaryTotal", ns)
    currency = _text(root, "cbc:DocumentCurrencyCode", ns)
    warnings = []
    for element in totals if totals is not None else ():
        other = element.get("currencyID")
        if other and currency and other != currency:
            warnings.append(f"{etree.QName(element).localname} is in {other}, "
                            f"the invoice in {currency}")
    notes = []
    for raw in _texts(root, "cbc:Note", ns):
        match = _UBL_NOTE.match(raw)
        notes.append(Note(match[1], match[2].strip()) if match else Note("", raw))
    due = _text(root, "cbc:DueDate", ns) or _text(root, "cac:PaymentMeans/cbc:PaymentDueDate", ns)
    return {
        "syntax": "UBL",
        "guideline": _text(root, "cbc:CustomizationID", ns),
        "number": _text(root, "cbc:ID", ns),
        "type_code": _text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode",
                           ns),
        "issue_date": _ubl_date(_text(root, "cbc:IssueDate", ns), "BT-2"),
        "due_date": _ubl_date(due, "BT-9"),
        "payment_terms": "\n".join(_texts(root, "cac:PaymentTerms/cbc:Note", ns)),
        "delivery_date": _ubl_date(_text(root, "cac:Delivery/cbc:ActualDeliveryDate", ns),
                                   "BT-72"),
        "currency": currency,
        "grand_total": _amount(_text(totals, "cbc:TaxInclusiveAmount", ns), "BT-112"),
        "amount_due": _amount(_text(totals, "cbc:PayableAmount", ns), "BT-115"),
        "seller": _ubl_party(root.find("cac:AccountingSupplierParty/cac:Party", ns)),
        "buyer": _ubl_party(root.find("cac:AccountingCustomerParty/cac:Party", ns)),
        "notes": tuple(notes),
        "preceding_invoices": tuple(_texts(root, "cac:BillingReference/"
                                                 "cac:InvoiceDocumentReference/cbc:ID", ns)),
        "warnings": tuple(warnings),
    }
