"""May this email change money? The authentication of payment notices.

A payment notice marks an invoice paid only when `verify_payment_sender` says so: its one From
address matches a configured trusted sender, and either

1. the topmost Authentication-Results header (RFC 8601) was written by the owner's own border
   server (its authserv-id is `[inbox] authserv_id`) and reports ``dkim=pass`` for a domain
   aligned with the From domain; headers further down were added by whoever handled the message
   before us, an attacker included, and are ignored; or
2. a DKIM-Signature verified here with dkimpy has a d= aligned with the From domain.

Decisions:

- A trusted sender "@stripe.com" matches stripe.com and its subdomains (email.stripe.com): a
  company's subdomains are its own, and banks often send from one. "alerts@bank.example"
  matches that address only. Addresses are compared case-insensitively.
- Alignment is relaxed and one-way: d= equals the From domain, or the From domain ends with
  "." + d (d=bank.example covers alerts.bank.example, not the reverse). No public-suffix list,
  so d= must at least hold a dot.
- A signature that is not aligned is reported but never checked: no DNS lookup, no RSA work for
  a domain we would not believe anyway. One with l= (a body length limit, which lets anyone
  append text) or that does not sign From is refused.
- The header block must read the same to dkimpy and to the email package (which classify.py
  uses): otherwise what is signed and what is read as the notice could differ (a line such as
  "From x" ends the email package's headers but is skipped by dkimpy, so text after it would be
  read as body yet never be signed).

Limits: at most 10 MiB, 1000 header fields, a From of 2000 characters, a topmost
Authentication-Results of 16 KiB, 5 DKIM signatures examined and 100 signed header names per
signature; each DNS lookup has a 5 s timeout. DKIM proves who wrote a message, not to whom
or when: a genuine notice sent to someone else and forwarded unchanged still verifies, so the
amount and reference must still match an invoice (actions.py). Trusting the topmost
Authentication-Results assumes the owner's server adds one to every message it accepts.
"""

from __future__ import annotations

import email.errors
import email.parser
import email.policy
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.headerregistry import AddressHeader
from typing import TYPE_CHECKING

from dunnerd.config.schema import TrustedSender

if TYPE_CHECKING:  # dkimpy and dnspython load with the first payment notice to verify
    import dkim

log = logging.getLogger(__name__)
# dkimpy logs each failed signature at ERROR; the verdict's reasons already say it, and hostile
# mail must not fill the journal with errors. Lower this logger's level to see them.
_dkimpy_log = log.getChild("dkimpy")
_dkimpy_log.setLevel(logging.CRITICAL)

MAX_MESSAGE_BYTES = 10 * 1024 * 1024
MAX_HEADER_FIELDS = 1000
MAX_SIGNATURES = 5
MAX_SIGNED_HEADERS = 100
MAX_FROM_CHARS = 2000  # the address parser slows down badly on huge lists
MAX_AUTHENTICATION_RESULTS_CHARS = 16 * 1024
DNS_TIMEOUT_SECONDS = 5

# name (b"sel._domainkey.bank.example.") -> the TXT record, or None when there is none. Raising
# means the lookup failed. dkimpy calls its dnsfunc as `dnsfunc(name, timeout=5)`; this module
# adapts a DnsLookup to that, so tests can pass a plain dict.get.
DnsLookup = Callable[[bytes], bytes | None]

_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_DOMAIN = re.compile(rf"{_LABEL}(\.{_LABEL})+")
_HEADER_NAMES = email.parser.BytesHeaderParser(policy=email.policy.compat32)


@dataclass(frozen=True)
class TrustVerdict:
    trusted: bool
    method: str | None  # "authentication-results" | "dkim" | None
    sender: str | None  # the From address judged (lower-case)
    reasons: tuple[str, ...]  # for the owner: each check made, and why trusted or not


class _Untrusted(Exception):
    """Stops the checks; the message is the reason given to the owner."""


def trusted_sender_for(address: str, trusted: Sequence[TrustedSender]) -> TrustedSender | None:
    """The configured sender `address` matches: an exact address first, else a domain entry
    ("@stripe.com" covers stripe.com and its subdomains). Case-insensitive; None if none."""
    address = address.strip().lower()
    domain = address.rpartition("@")[2]
    if "@" not in address or not domain:
        return None
    for sender in trusted:
        if not sender.address.startswith("@") and sender.address.lower() == address:
            return sender
    domain = _ascii_domain(domain)
    for sender in trusted:
        if sender.address.startswith("@"):
            entry = _ascii_domain(sender.address[1:])
            if entry and (domain == entry or domain.endswith("." + entry)):
                return sender
    return None


def verify_payment_sender(raw: bytes, trusted: Sequence[TrustedSender], authserv_id: str, *,
                          dns: DnsLookup | None = None) -> TrustVerdict:
    """Judge whether the message `raw` may change money (see the module docstring). Never
    raises: malformed input, a DNS failure or a dkimpy error give an untrusted verdict whose
    reasons say why. `dns` replaces the real resolver (tests)."""
    reasons: list[str] = []
    sender: str | None = None
    try:
        if len(raw) > MAX_MESSAGE_BYTES:
            raise _Untrusted(f"message too large to verify ({len(raw)} bytes, at most "
                             f"{MAX_MESSAGE_BYTES})")
        verifier = _parse(raw)
        headers = [(name.decode("ascii").lower(), _unfold(value))
                   for name, value in verifier.headers]
        sender = _from_address(headers)
        reasons.append(f"From: {sender}")
        match = trusted_sender_for(sender, trusted)
        if match is None:
            raise _Untrusted(f"sender not trusted: {sender} matches no trusted sender")
        reasons.append(f"sender matches trusted sender {match.address}"
                       + (f" ({match.name})" if match.name else ""))
        from_domain = _ascii_domain(sender.rpartition("@")[2])
        if _authentication_results_pass(headers, authserv_id, from_domain, reasons):
            return TrustVerdict(True, "authentication-results", sender, tuple(reasons))
        if _dkim_pass(verifier, headers, from_domain, dns or _resolve, reasons):
            return TrustVerdict(True, "dkim", sender, tuple(reasons))
        reasons.append("no passing authentication aligned with the From domain")
    except _Untrusted as exc:
        reasons.append(str(exc))
    return TrustVerdict(False, None, sender, tuple(reasons))


# --- The header block and the From address ----------------------------------------------------

def _parse(raw: bytes) -> dkim.DKIM:
    """dkimpy's reading of the message, once it is known to agree with the email package's."""
    import dkim

    try:
        verifier = dkim.DKIM(raw, logger=_dkimpy_log, timeout=DNS_TIMEOUT_SECONDS)
    except Exception as exc:  # MessageFormatError, or IndexError on a leading continuation line
        raise _Untrusted(f"malformed header block ({type(exc).__name__})") from None
    if len(verifier.headers) > MAX_HEADER_FIELDS:
        raise _Untrusted(f"too many header fields ({len(verifier.headers)}, at most "
                         f"{MAX_HEADER_FIELDS})")
    names = [bytes(name).decode("ascii").lower() for name, _ in verifier.headers]
    try:
        parsed = _HEADER_NAMES.parsebytes(raw)
        other = [name.lower() for name in parsed.keys()]
        mismatch = any(isinstance(defect, (email.errors.MissingHeaderBodySeparatorDefect,
                                           email.errors.MisplacedEnvelopeHeaderDefect))
                       for defect in parsed.defects)
    except Exception as exc:  # the email package on hostile input: stay untrusted, never raise
        raise _Untrusted(f"malformed header block ({type(exc).__name__})") from None
    if mismatch or names != other:
        raise _Untrusted("ambiguous header block: parsers disagree on its header fields")
    return verifier


def _unfold(value: bytes) -> str:
    return re.sub(r"\r?\n(?=[ \t])", "", value.decode("utf-8", "replace")).strip()


def _from_address(headers: Sequence[tuple[str, str]]) -> str:
    values = [value for name, value in headers if name == "from"]
    if len(values) != 1:
        raise _Untrusted(f"{len(values)} From header fields; expected exactly one")
    if len(values[0]) > MAX_FROM_CHARS:
        raise _Untrusted(f"From header too long ({len(values[0])} characters)")
    try:
        header = email.policy.default.header_factory("from", values[0])
        addresses = header.addresses if isinstance(header, AddressHeader) else ()
        specs = [(a.username, a.domain, a.addr_spec) for a in addresses]
        # Obsolete syntax ("Bank Inc. <...>", an unquoted ".") is common and harmless.
        defects = [d for d in header.defects
                   if not isinstance(d, email.errors.ObsoleteHeaderDefect)]
    except Exception as exc:  # the header parser on hostile input: stay untrusted, never raise
        raise _Untrusted(f"malformed From header ({type(exc).__name__})") from None
    if defects:
        raise _Untrusted(f"malformed From header ({defects[0]})")
    if len(specs) != 1:
        raise _Untrusted(f"{len(specs)} From addresses; expected exactly one")
    local, domain, spec = specs[0]
    # The address must be written out as is: not assembled from encoded words or comments.
    if not local or not _DOMAIN.fullmatch(_ascii_domain(domain)) \
            or spec.lower() not in values[0].lower():
        raise _Untrusted(f"malformed From address {spec[:100]!r}")
    return spec.lower()


def _ascii_domain(domain: str) -> str:
    domain = domain.strip().rstrip(".").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain if domain.isascii() else ""


def _aligned(signing_domain: str, from_domain: str) -> bool:
    d = _ascii_domain(signing_domain)
    return "." in d and (from_domain == d or from_domain.endswith("." + d))


# --- Authentication-Results (RFC 8601) --------------------------------------------------------

def _authentication_results_pass(headers: Sequence[tuple[str, str]], authserv_id: str,
                                 from_domain: str, reasons: list[str]) -> bool:
    values = [value for name, value in headers if name == "authentication-results"]
    if not values:
        reasons.append("no Authentication-Results header")
        return False
    if not authserv_id:
        reasons.append("Authentication-Results ignored: no inbox.authserv_id configured")
        return False
    if len(values) > 1:
        reasons.append(f"{len(values) - 1} Authentication-Results header(s) below the topmost "
                       "ignored: only the topmost is added by our server")
    if len(values[0]) > MAX_AUTHENTICATION_RESULTS_CHARS:
        reasons.append(f"topmost Authentication-Results too long ({len(values[0])} characters): "
                       "ignored")
        return False
    server, results = parse_authentication_results(values[0])
    if server.lower() != authserv_id.lower():
        reasons.append(f"topmost Authentication-Results is from {server[:100]!r}, not our server "
                       f"{authserv_id!r}: ignored")
        return False
    dkim_results = [(result, props) for method, result, props in results if method == "dkim"]
    if not dkim_results:
        reasons.append(f"Authentication-Results from {server}: no dkim result")
    for result, props in dkim_results:
        domain = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
        said = f"Authentication-Results from {server}: dkim={result} header.d={domain[:100]}"
        if result != "pass":
            reasons.append(said)
        elif not _aligned(domain, from_domain):
            reasons.append(f"{said} not aligned with From domain {from_domain}")
        else:
            reasons.append(f"{said}, aligned with From domain {from_domain}")
            return True
    return False


_AR_TOKEN = re.compile(r'\s+|(?P<special>[;=/])|"(?P<quoted>(?:[^"\\]|\\.)*)"?'
                       r'|(?P<word>[^\s();="/]+)|(?P<comment>\()', re.DOTALL)


def parse_authentication_results(value: str) -> tuple[str, list[tuple[str, str, dict[str, str]]]]:
    """Split an Authentication-Results value into its authserv-id and its results, each
    (method, result, {"ptype.property": value}), all lower-case but the values. Comments and
    quoting are undone; a resinfo that does not parse, such as "none", is left out."""
    segments: list[list[tuple[str, str]]] = [[]]
    for kind, token in _ar_tokens(value):
        if kind == ";":
            segments.append([])
        else:
            segments[-1].append((kind, token))
    server = segments[0][0][1] if segments[0] and segments[0][0][0] != "=" else ""
    results = [result for segment in segments[1:] if (result := _resinfo(segment))]
    return server, results


def _ar_tokens(value: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(value):
        match = _AR_TOKEN.match(value, i)
        if match is None:  # a stray ")": skip it
            i += 1
            continue
        i = match.end()
        if match["special"]:
            tokens.append((match["special"], match["special"]))
        elif match["quoted"] is not None:
            tokens.append(("word", re.sub(r"\\(.)", r"\1", match["quoted"], flags=re.DOTALL)))
        elif match["word"]:
            tokens.append(("word", match["word"]))
        elif match["comment"]:
            i = _comment_end(value, i)
    return tokens


def _comment_end(value: str, i: int) -> int:
    """The index after the comment whose "(" ends at `i` (comments nest; "\\" quotes)."""
    depth = 1
    while i < len(value) and depth:
        char = value[i]
        i += 2 if char == "\\" else 1
        depth += {"(": 1, ")": -1}.get(char, 0)
    return i


def _resinfo(tokens: Sequence[tuple[str, str]]) -> tuple[str, str, dict[str, str]] | None:
    pairs: list[tuple[str, str]] = []
    key: list[str] = []
    i = 0
    while i < len(tokens):
        kind, token = tokens[i]
        if kind != "=":
            key.append(token)  # "header . d" and "dkim / 1" come back together
            i += 1
            continue
        if not key or i + 1 >= len(tokens) or tokens[i + 1][0] != "word":
            return None
        found, i = tokens[i + 1][1], i + 2
        while i < len(tokens) and tokens[i][1].startswith("@"):  # "local part"@domain
            found, i = found + tokens[i][1], i + 1
        pairs.append(("".join(key).lower(), found))
        key = []
    if key or not pairs:
        return None
    method = pairs[0][0].partition("/")[0]
    props: dict[str, str] = {}
    for name, found in pairs[1:]:
        props.setdefault(name, found)
    return method, pairs[0][1].lower(), props


# --- DKIM, verified here ----------------------------------------------------------------------

def _dkim_pass(verifier: dkim.DKIM, headers: Sequence[tuple[str, str]], from_domain: str,
               dns: DnsLookup, reasons: list[str]) -> bool:
    import dkim.util

    signatures = [value for name, value in headers if name == "dkim-signature"]
    if not signatures:
        reasons.append("no DKIM-Signature header")
        return False
    if len(signatures) > MAX_SIGNATURES:
        reasons.append(f"{len(signatures) - MAX_SIGNATURES} DKIM signatures beyond the first "
                       f"{MAX_SIGNATURES} not examined")
    for index, value in enumerate(signatures[:MAX_SIGNATURES]):
        try:
            tags = dkim.util.parse_tag_value(re.sub(r"\s+", "", value).encode())
            domain = tags[b"d"].decode("ascii").lower()
            signed = [name.strip().lower() for name in tags[b"h"].split(b":")]
        except (dkim.util.InvalidTagValueList, KeyError, UnicodeError):
            reasons.append(f"DKIM signature {index + 1}: malformed")
            continue
        label = f"DKIM d={domain[:100]}"
        if not _aligned(domain, from_domain):
            reasons.append(f"{label} not aligned with From domain {from_domain}")
        elif b"l" in tags:
            reasons.append(f"{label}: refused, its l= lets text be appended to the body")
        elif b"from" not in signed:
            reasons.append(f"{label}: refused, it does not sign From")
        elif len(signed) > MAX_SIGNED_HEADERS:
            reasons.append(f"{label}: refused, it signs {len(signed)} header names")
        elif _verify_one(verifier, index, dns, label, reasons):
            reasons.append(f"{label}: verified, aligned with From domain {from_domain}")
            return True
    return False


def _verify_one(verifier: dkim.DKIM, index: int, dns: DnsLookup, label: str,
                reasons: list[str]) -> bool:
    import dkim

    failures: list[str] = []

    def lookup(name: bytes, timeout: int = DNS_TIMEOUT_SECONDS) -> bytes | None:
        shown = name.decode("ascii", "replace").rstrip(".")[:200]
        try:
            record = dns(name)
        except Exception as exc:  # any resolver failure: the signature fails, never raises
            failures.append(f"DNS lookup of {shown} failed ({type(exc).__name__})")
            raise dkim.DnsTimeoutError(str(exc)) from None
        if record is None:
            failures.append(f"no DKIM key published at {shown}")
        return record

    try:
        verified = bool(verifier.verify(idx=index, dnsfunc=lookup))
        problem = "signature does not match"
    except Exception as exc:  # dkimpy on hostile input raises DKIMException and others
        detail = re.sub(r" \(got .*", "", str(exc), flags=re.DOTALL)[:150]  # no hashes
        verified, problem = False, f"{type(exc).__name__}: {detail}"
    if not verified:
        reasons.append(f"{label}: failed ({'; '.join(failures) or problem})")
    return verified


def _resolve(name: bytes) -> bytes | None:
    """The real resolver: dkimpy's, which uses dnspython."""
    import dkim.dnsplug

    record: bytes | None = dkim.dnsplug.get_txt(name, timeout=DNS_TIMEOUT_SECONDS)
    return record
