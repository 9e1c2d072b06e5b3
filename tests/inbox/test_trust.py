"""dunnerd.inbox.trust: which payment notices may change money. No network: the DKIM keys are made
here and published through an injected DNS lookup."""

from __future__ import annotations

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import TrustedSender
from dunnerd.inbox.trust import (
    MAX_MESSAGE_BYTES,
    TrustVerdict,
    parse_authentication_results,
    trusted_sender_for,
    verify_payment_sender,
)

OUR_SERVER = "mx.martin-conseil.example"
TRUSTED = (TrustedSender("alerts@bank.example", "Bank"), TrustedSender("@stripe.com", "Stripe"))
NOTICE = (b"From: Bank <alerts@bank.example>\r\n"
          b"To: camille@martin-conseil.example\r\n"
          b"Subject: Payment received\r\n"
          b"Message-ID: <n1@bank.example>\r\n"
          b"\r\n"
          b"You received 1200.00 EUR from ACME, reference INV-2026-042.\r\n")


class FakeDns:
    """TXT records by name; records every lookup."""

    def __init__(self) -> None:
        self.records: dict[bytes, bytes] = {}
        self.asked: list[bytes] = []

    def __call__(self, name: bytes) -> bytes | None:
        self.asked.append(name)
        return self.records.get(name)


class Signer:
    def __init__(self, dns: FakeDns) -> None:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.pem = key.private_bytes(serialization.Encoding.PEM,
                                     serialization.PrivateFormat.TraditionalOpenSSL,
                                     serialization.NoEncryption())
        public = key.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
        self.record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
        self.dns = dns

    def sign(self, message: bytes, domain: str, *, selector: str = "sel",
             publish: bool = True, length: bool = False) -> bytes:
        if publish:
            self.dns.records[f"{selector}._domainkey.{domain}.".encode()] = self.record
        signature = dkim.sign(message, selector.encode(), domain.encode(), self.pem,
                              include_headers=[b"from", b"to", b"subject", b"message-id"],
                              length=length)
        return bytes(signature) + message


@pytest.fixture
def dns() -> FakeDns:
    return FakeDns()


@pytest.fixture(scope="module")
def module_signer() -> Signer:
    return Signer(FakeDns())  # one RSA key for the module: generating one takes a while


@pytest.fixture
def signer(module_signer: Signer, dns: FakeDns) -> Signer:
    module_signer.dns = dns  # a fresh DNS per test
    return module_signer


def verify(raw: bytes, dns: FakeDns, authserv_id: str = OUR_SERVER) -> TrustVerdict:
    return verify_payment_sender(raw, TRUSTED, authserv_id, dns=dns)


def ar(server: str, results: str) -> bytes:
    return f"Authentication-Results: {server};\r\n\t{results}\r\n".encode()


def says(verdict: TrustVerdict, text: str) -> bool:
    return any(text in reason for reason in verdict.reasons)


# --- DKIM verified by dunnerd -----------------------------------------------------------------

def test_signed_notice_from_trusted_sender_is_trusted(signer: Signer, dns: FakeDns) -> None:
    verdict = verify(signer.sign(NOTICE, "bank.example"), dns)
    assert verdict == TrustVerdict(True, "dkim", "alerts@bank.example", verdict.reasons)
    assert says(verdict, "DKIM d=bank.example: verified, aligned with From domain bank.example")
    assert dns.asked == [b"sel._domainkey.bank.example."]


def test_lf_line_endings_verify_too(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE, "bank.example").replace(b"\r\n", b"\n")
    assert verify(raw, dns).method == "dkim"


def test_an_mbox_envelope_line_is_allowed(signer: Signer, dns: FakeDns) -> None:
    raw = b"From alerts@bank.example Mon Nov 23 09:00:00 2026\n" + signer.sign(NOTICE,
                                                                             "bank.example")
    assert verify(raw, dns).method == "dkim"


def test_body_altered_after_signing_is_untrusted(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE, "bank.example").replace(b"1200.00", b"9200.00")
    verdict = verify(raw, dns)
    assert not verdict.trusted and verdict.method is None
    assert says(verdict, "DKIM d=bank.example: failed (ValidationError: body hash mismatch")


def test_signed_header_altered_after_signing_is_untrusted(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE, "bank.example").replace(b"Payment received", b"Paid: INV-2026-043")
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "DKIM d=bank.example: failed (signature does not match)")


def test_right_from_without_any_authentication_is_untrusted(dns: FakeDns) -> None:
    verdict = verify(NOTICE, dns)
    assert not verdict.trusted and verdict.sender == "alerts@bank.example"
    assert says(verdict, "no Authentication-Results header")
    assert says(verdict, "no DKIM-Signature header")


def test_valid_dkim_of_a_foreign_domain_is_untrusted(signer: Signer, dns: FakeDns) -> None:
    verdict = verify(signer.sign(NOTICE, "evil.example"), dns)
    assert not verdict.trusted
    assert says(verdict, "DKIM d=evil.example not aligned with From domain bank.example")
    assert dns.asked == []  # a domain we would not believe is not even looked up


def test_parent_domain_signature_covers_a_subdomain_sender(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE.replace(b"alerts@bank.example", b"billing@mail.stripe.com"),
                      "stripe.com")
    verdict = verify(raw, dns)
    assert verdict.trusted and verdict.sender == "billing@mail.stripe.com"


def test_subdomain_signature_does_not_cover_the_parent(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE.replace(b"alerts@bank.example", b"billing@stripe.com"),
                      "mail.stripe.com")
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "DKIM d=mail.stripe.com not aligned with From domain stripe.com")


def test_lookalike_domain_signature_is_not_aligned(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE, "k.example")  # "bank.example" ends with "k.example", not ".k..."
    assert not verify(raw, dns).trusted


def test_untrusted_sender_with_valid_dkim_is_untrusted(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE.replace(b"alerts@bank.example", b"client@acme.example"),
                      "acme.example")
    verdict = verify(raw, dns)
    assert not verdict.trusted and verdict.sender == "client@acme.example"
    assert says(verdict, "sender not trusted: client@acme.example")
    assert dns.asked == []


def test_other_address_at_a_trusted_address_domain_is_untrusted(signer: Signer,
                                                                 dns: FakeDns) -> None:
    raw = signer.sign(NOTICE.replace(b"alerts@bank.example", b"anyone@bank.example"),
                      "bank.example")
    assert not verify(raw, dns).trusted  # "alerts@bank.example" trusts that address only


def test_dns_failure_is_untrusted_with_a_reason(signer: Signer) -> None:
    def broken(name: bytes) -> bytes | None:
        raise TimeoutError("resolver timed out")

    raw = signer.sign(NOTICE, "bank.example")
    verdict = verify_payment_sender(raw, TRUSTED, OUR_SERVER, dns=broken)
    assert not verdict.trusted
    assert says(verdict, "DNS lookup of sel._domainkey.bank.example failed (TimeoutError)")


def test_missing_key_is_untrusted_with_a_reason(signer: Signer, dns: FakeDns) -> None:
    verdict = verify(signer.sign(NOTICE, "bank.example", publish=False), dns)
    assert not verdict.trusted
    assert says(verdict, "no DKIM key published at sel._domainkey.bank.example")


def test_body_length_limited_signature_is_refused(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE, "bank.example", length=True) + b"Paid: INV-2026-043 too.\r\n"
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "its l= lets text be appended")


def test_a_failing_signature_then_a_good_one_is_trusted(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(signer.sign(NOTICE, "bank.example"), "bank.example", selector="old")
    dns.records[b"old._domainkey.bank.example."] = b"v=DKIM1; k=rsa; p="  # revoked
    verdict = verify(raw, dns)
    assert verdict.trusted and verdict.method == "dkim"
    assert says(verdict, "DKIM d=bank.example: failed")


# --- Authentication-Results -------------------------------------------------------------------

def test_our_topmost_pass_aligned_is_trusted(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=pass (2048-bit key) header.d=bank.example header.s=sel") + NOTICE
    verdict = verify(raw, dns)
    assert verdict == TrustVerdict(True, "authentication-results", "alerts@bank.example",
                                   verdict.reasons)
    assert dns.asked == []


def test_authserv_id_matches_case_insensitively(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER.upper(), "dkim=PASS header.i=@bank.example") + NOTICE
    assert verify(raw, dns).method == "authentication-results"


def test_foreign_authserv_id_is_ignored(dns: FakeDns) -> None:
    raw = ar("mx.evil.example", "dkim=pass header.d=bank.example") + NOTICE
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "topmost Authentication-Results is from 'mx.evil.example', not our "
                         "server 'mx.martin-conseil.example': ignored")


def test_our_topmost_fail_beats_a_forged_pass_below(dns: FakeDns) -> None:
    raw = (ar(OUR_SERVER, "dkim=fail header.d=bank.example")
           + ar(OUR_SERVER, "dkim=pass header.d=bank.example") + NOTICE)
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "dkim=fail header.d=bank.example")
    assert says(verdict, "1 Authentication-Results header(s) below the topmost ignored")


def test_our_pass_below_a_foreign_topmost_header_is_ignored(dns: FakeDns) -> None:
    raw = (ar("mx.other.example", "dkim=none")
           + ar(OUR_SERVER, "dkim=pass header.d=bank.example") + NOTICE)
    assert not verify(raw, dns).trusted


def test_our_pass_not_aligned_is_untrusted(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=pass header.d=evil.example") + NOTICE
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "dkim=pass header.d=evil.example not aligned with From domain "
                         "bank.example")


def test_no_configured_authserv_id_trusts_no_header(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=pass header.d=bank.example") + NOTICE
    verdict = verify(raw, dns, authserv_id="")
    assert not verdict.trusted
    assert says(verdict, "no inbox.authserv_id configured")


def test_pass_hidden_in_a_comment_is_not_a_pass(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=fail (dkim=pass header.d=bank.example) header.d=bank.example")
    assert not verify(raw + NOTICE, dns).trusted


def test_authentication_results_is_not_trusted_for_an_untrusted_sender(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=pass header.d=acme.example") + NOTICE.replace(
        b"alerts@bank.example", b"client@acme.example")
    assert not verify(raw, dns).trusted


@pytest.mark.parametrize(("value", "server", "results"), [
    ("mx.example.com; none", "mx.example.com", []),
    ("mx.example.com 1; dkim=pass header.d=a.example",
     "mx.example.com", [("dkim", "pass", {"header.d": "a.example"})]),
    ('mx.example.com (our MX); dkim/1 = pass (good (nested) sig) reason="a; b" header . d = '
     '"a.example"; spf=fail smtp.mailfrom="x y"@b.example',
     "mx.example.com", [("dkim", "pass", {"reason": "a; b", "header.d": "a.example"}),
                        ("spf", "fail", {"smtp.mailfrom": "x y@b.example"})]),
    ("mx.example.com;\r\n\tdkim=pass header.i=@a.example;\r\n\tdmarc=pass header.from=a.example",
     "mx.example.com", [("dkim", "pass", {"header.i": "@a.example"}),
                        ("dmarc", "pass", {"header.from": "a.example"})]),
    ('"mx.example.com"; dkim=pass', "mx.example.com", [("dkim", "pass", {})]),
    ("mx.example.com; dkim=; dkim pass; =pass", "mx.example.com", []),
    ("(unterminated", "", []),
])
def test_parse_authentication_results(value: str, server: str,
                                      results: list[tuple[str, str, dict[str, str]]]) -> None:
    assert parse_authentication_results(value) == (server, results)


# --- The From address and the header block ----------------------------------------------------

@pytest.mark.parametrize("from_header", [
    b"From: alerts@bank.example, other@bank.example",
    b"From: alerts@bank.example\r\nFrom: other@evil.example",
    b"From: Bank <alerts@bank.example>\r\nFrom: Bank <alerts@bank.example>",
    b"From: undisclosed:;",
    b"From: =?utf-8?q?alerts=40bank.example?=",
    b"From: <alerts@bank.example",
    b"From: alerts@",
])
def test_from_must_be_exactly_one_plain_address(from_header: bytes, signer: Signer,
                                                dns: FakeDns) -> None:
    message = NOTICE.replace(b"From: Bank <alerts@bank.example>", from_header)
    verdict = verify(ar(OUR_SERVER, "dkim=pass header.d=bank.example") + message, dns)
    assert not verdict.trusted


def test_no_from_header_is_untrusted(dns: FakeDns) -> None:
    verdict = verify(b"Subject: hi\r\n\r\nbody\r\n", dns)
    assert not verdict.trusted and verdict.sender is None
    assert says(verdict, "0 From header fields")


def test_line_read_as_body_but_not_signed_is_refused(signer: Signer, dns: FakeDns) -> None:
    # The email package ends the headers at "From x" and reads it as body; dkimpy skips it.
    raw = signer.sign(NOTICE, "bank.example").replace(
        b"Subject:", b"From Bank: 9000.00 EUR received for INV-2026-043\r\nSubject:")
    verdict = verify(raw, dns)
    assert not verdict.trusted
    assert says(verdict, "ambiguous header block")


def test_bare_cr_splitting_a_header_is_refused(dns: FakeDns) -> None:
    raw = ar(OUR_SERVER, "dkim=pass header.d=bank.example") + NOTICE.replace(
        b"Subject: Payment", b"X-Note: a\rFrom: alerts@bank.example\r\nSubject: Payment")
    assert not verify(raw.replace(b"From: Bank <alerts@bank.example>\r\n", b""), dns).trusted


def test_oversized_message_is_untrusted(signer: Signer, dns: FakeDns) -> None:
    raw = signer.sign(NOTICE + b"x" * MAX_MESSAGE_BYTES, "bank.example")
    verdict = verify(raw, dns)
    assert not verdict.trusted and says(verdict, "message too large to verify")
    assert dns.asked == []


@pytest.mark.parametrize(("raw", "reason"), [
    (b"X-A: b\r\n" * 1000 + NOTICE, "too many header fields (1004, at most 1000)"),
    (NOTICE.replace(b"Bank <", b"B" * 2000 + b" <"), "From header too long"),
    (ar(OUR_SERVER, "dkim=pass header.d=bank.example " + "x=y " * 5000) + NOTICE,
     "topmost Authentication-Results too long"),
    (b" folded\r\n" + NOTICE, "malformed header block (IndexError)"),
])
def test_bounds_and_malformed_blocks_are_untrusted(raw: bytes, reason: str, dns: FakeDns) -> None:
    verdict = verify(raw, dns)
    assert not verdict.trusted and says(verdict, reason)


def test_too_many_signatures_are_not_all_examined(signer: Signer, dns: FakeDns) -> None:
    raw = NOTICE
    for selector in ("s1", "s2", "s3", "s4", "s5", "s6"):
        raw = signer.sign(raw, "bank.example", selector=selector)
        if selector != "s1":
            dns.records[f"{selector}._domainkey.bank.example.".encode()] = b"v=DKIM1; p="
    verdict = verify(raw, dns)  # the good one, s1, is the bottom one: never reached
    assert not verdict.trusted and says(verdict, "1 DKIM signatures beyond the first 5")
    assert len(dns.asked) == 5


# --- trusted_sender_for -------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "expected"), [
    ("alerts@bank.example", "alerts@bank.example"),
    ("ALERTS@Bank.Example", "alerts@bank.example"),
    ("other@bank.example", None),
    ("alerts@mail.bank.example", None),
    ("receipts@stripe.com", "@stripe.com"),
    ("receipts@email.stripe.com", "@stripe.com"),
    ("receipts@STRIPE.COM", "@stripe.com"),
    ("receipts@evilstripe.com", None),
    ("receipts@stripe.com.evil.example", None),
    ("stripe.com", None),
    ("", None),
])
def test_trusted_sender_for(address: str, expected: str | None) -> None:
    match = trusted_sender_for(address, TRUSTED)
    assert (match.address if match else None) == expected


def test_an_exact_address_wins_over_its_domain() -> None:
    senders = (TrustedSender("@bank.example", "any"), TrustedSender("alerts@bank.example", "one"))
    match = trusted_sender_for("alerts@bank.example", senders)
    assert match is not None and match.name == "one"


# --- Hostile input never raises -----------------------------------------------------------------

_HEADER_TEXT = st.lists(st.sampled_from(
    list("abc.@;=()\"\\/ \t:-<>,") + ["\r\n ", "\r\n", "\n", "\r", "é", "\x00", "dkim", "pass",
                                      "header.d", "bank.example", "=?utf-8?q?", "?="]),
    max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_junk_bytes_never_raise(raw: bytes) -> None:
    verdict = verify_payment_sender(raw, TRUSTED, OUR_SERVER, dns=FakeDns())
    assert not verdict.trusted


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["From", "Authentication-Results", "DKIM-Signature",
                                           "Subject", " ", "X"]), _HEADER_TEXT), max_size=6),
       st.binary(max_size=200))
def test_junk_headers_never_raise(fields: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{name}: {value}\r\n" for name, value in fields).encode("utf-8")
    raw = head + b"From: alerts@bank.example\r\n\r\n" + body
    dns = FakeDns()
    dns.records[b"sel._domainkey.bank.example."] = b"v=DKIM1; p=junk"
    verdict = verify_payment_sender(raw, TRUSTED, OUR_SERVER, dns=dns)
    assert isinstance(verdict, TrustVerdict)
    if verdict.method == "authentication-results":  # only our own topmost header can do it
        assert raw.startswith(b"Authentication-Results: ")
    assert verdict.method != "dkim"  # no real signature here
