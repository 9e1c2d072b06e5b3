"""Getting the XML out of an invoice file safely: what kind of file it is, the XML embedded in
a Factur-X/ZUGFeRD PDF, and an XML parser that refuses what no invoice needs (a DOCTYPE, its
entities, the network).

Hostile and broken input is expected here: the PDF comes from a mailbox. pypdf raises many
kinds of exception on damaged files (read errors, unknown filters, KeyError, TypeError...),
all of which mean "damaged"; its decompression cap stops a stream that inflates to gigabytes;
only the chosen attachment is ever decompressed.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from lxml import etree

from dunnerd.intake.einvoice import EInvoiceError, EInvoiceProblem

MAX_PDF_BYTES = 50 * 2**20
MAX_XML_BYTES = 10 * 2**20  # a real invoice's XML is a few kB, rarely 1 MB
MAX_INFLATED_BYTES = 20_000_000  # per decompressed PDF stream: the zip-bomb guard

# Names in order of preference, compared without case: Factur-X and ZUGFeRD 2.1+, ZUGFeRD 2.0,
# an XRechnung inside a ZUGFeRD PDF. order-x.xml is an order, never an invoice.
XML_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")

# pypdf reports recoverable damage ("EOF marker not found") as log records: they would say
# nothing to the owner that the import line does not.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def sniff(data: bytes) -> str:
    """"pdf", "xml" or "other", from the first bytes."""
    head = data[:1024]
    if b"%PDF-" in head:  # real files put junk before the header sometimes
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "xml"
    return "other"


def xml_from_pdf(data: bytes) -> tuple[str, bytes]:
    """The name and bytes of the invoice XML embedded in the PDF `data`. Raises EInvoiceError:
    NO_EMBEDDED_XML for a plain PDF (the message lists its attachments), DAMAGED_PDF,
    ENCRYPTED_PDF or TOO_BIG."""
    from pypdf import PdfReader, apply_configuration

    if len(data) > MAX_PDF_BYTES:
        raise EInvoiceError(EInvoiceProblem.TOO_BIG,
                            f"the PDF is {len(data)} bytes, more than the {MAX_PDF_BYTES} accepted")
    try:
        with apply_configuration(zlib_maximum_output_length=MAX_INFLATED_BYTES):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                _decrypt(reader)
            attachments = [(_name(a.name), a) for a in reader.attachment_list]
            chosen = _choose(attachments)
            if chosen is None:
                names = ", ".join(sorted(n for n, _ in attachments if n)) or "none"
                raise EInvoiceError(
                    EInvoiceProblem.NO_EMBEDDED_XML,
                    f"a PDF without Factur-X data (attachments: {names}); its figures cannot "
                    "be read safely, add it with `dunnerd invoice add`")
            name, attachment = chosen
            content = bytes(attachment.content)
    except EInvoiceError:
        raise
    except Exception as exc:  # pypdf's many exception types all mean the same here
        if type(exc).__name__ == "LimitReachedError":
            raise EInvoiceError(EInvoiceProblem.TOO_BIG, "a stream in the PDF inflates past "
                                f"{MAX_INFLATED_BYTES} bytes: refused") from None
        raise EInvoiceError(EInvoiceProblem.DAMAGED_PDF, "the PDF is damaged or unreadable "
                            f"({type(exc).__name__}: {str(exc)[:120]})") from None
    return name, content


def _decrypt(reader: Any) -> None:
    """A PDF with only an owner password opens with the empty user password."""
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # AES without the `cryptography` package, broken dictionaries
        raise EInvoiceError(EInvoiceProblem.ENCRYPTED_PDF, "the PDF is encrypted and cannot "
                            f"be opened ({type(exc).__name__})") from None
    if not opened:
        raise EInvoiceError(EInvoiceProblem.ENCRYPTED_PDF, "the PDF is protected by a password")


def _name(raw: object) -> str:
    if isinstance(raw, bytes):  # a corrupt /F or /UF comes back as bytes
        return raw.decode("latin-1")
    return raw if isinstance(raw, str) else ""


def _choose(attachments: list[tuple[str, Any]]) -> tuple[str, Any] | None:
    by_name = {name.lower(): (name, a) for name, a in attachments}
    for wanted in XML_NAMES:
        if wanted in by_name:
            return by_name[wanted]
    xml_files = [(n, a) for n, a in attachments if n.lower().endswith(".xml")
                 and n.lower() != "order-x.xml"]
    return xml_files[0] if len(xml_files) == 1 else None  # a single XML: its root decides


def parse_xml(data: bytes, where: str) -> Any:
    """The root element of `data`, parsed without DTD, entities or network. Raises
    EInvoiceError (TOO_BIG, XML_DTD_FORBIDDEN, XML_MALFORMED) naming `where`."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(EInvoiceProblem.TOO_BIG, f"the {where} is {len(data)} bytes, more "
                            f"than the {MAX_XML_BYTES} accepted")
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    # Refused outright, not parsed with entities off: lxml would then drop the entity's text
    # silently, and an invoice number could come out empty or different.
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise EInvoiceError(EInvoiceProblem.XML_DTD_FORBIDDEN,
                            f"the {where} declares a DOCTYPE or entities: refused")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)  # one per call: lxml parsers are not thread-safe
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise EInvoiceError(EInvoiceProblem.XML_MALFORMED,
                            f"the {where} is not well-formed XML ({exc})") from None
    if root.getroottree().docinfo.doctype:
        raise EInvoiceError(EInvoiceProblem.XML_DTD_FORBIDDEN,
                            f"the {where} declares a DOCTYPE: refused")
    return root
