"""The pure parts of the hand-off: the deterministic ZIP and its verification, the evidence
verdicts, the dated procedure table, the court orders' deadlines, the court and the parties of
the request."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from decimal import Decimal

import pytest

from dunnerd.config.schema import HandoffSettings
from dunnerd.ledger.models import Client, CourtOrder
from dunnerd.legal.court_orders import OrderView, due_alerts, next_working_day, opposition_end
from dunnerd.legal.dossier_sources import SentEmail
from dunnerd.legal.dossier_zip import DossierFile, build_zip, verify_zip
from dunnerd.legal.evidence import CopyStatus, check_mailbox, judge
from dunnerd.legal.procedure import add_months, parse_procedure, procedure
from dunnerd.legal.rates import RateTableError
from dunnerd.legal.requete_model import competent_court, debtor_mentions
from dunnerd.mail.imap import MailboxError
from dunnerd.states import ClientKind, ReminderState
from tests.legal.dossier_ledger import FakeMailbox

DAY = dt.date(2026, 12, 20)
FILES = [DossierFile("pieces/02-b.eml", b"Message-ID: <b@x>\r\n\r\nb\r\n", {"piece": 2}),
         DossierFile("pieces/01-a.pdf", b"%PDF a", {"piece": 1}),
         DossierFile("sommaire.txt", "À compléter\n".encode())]


# --- the ZIP ----------------------------------------------------------------------------------

def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The same archive with files replaced (bytes), removed (None) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for name in old.namelist():
            if name in change:
                continue
            new.writestr(name, old.read(name))
        for name, content in change.items():
            if content is not None:
                new.writestr(name, content)
    return out.getvalue()


def test_the_same_files_give_the_same_bytes_in_any_order() -> None:
    first = build_zip(FILES, {"client": "acme"}, DAY)
    assert build_zip(list(reversed(FILES)), {"client": "acme"}, DAY) == first
    assert build_zip(FILES, {"client": "acme"}, DAY + dt.timedelta(days=1)) != first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in archive.infolist()} == {(2026, 12, 20, 0, 0, 0)}
        manifest = json.loads(archive.read("manifest.json"))
        sums = archive.read("SHA256SUMS").decode()
    assert [f["name"] for f in manifest["files"]] == sorted(f.name for f in FILES)
    for f in FILES:
        entry = next(e for e in manifest["files"] if e["name"] == f.name)
        assert (entry["bytes"], entry["sha256"]) == (len(f.data),
                                                     hashlib.sha256(f.data).hexdigest())
        assert f"{entry['sha256']}  {f.name}\n" in sums
    assert verify_zip(first).problems == ()
    assert verify_zip(first).checked == 3


@pytest.mark.parametrize(("change", "expected"), [
    ({"pieces/02-b.eml": b"Message-ID: <b@x>\r\n\r\nB\r\n"},
     "pieces/02-b.eml: SHA-256 "),
    ({"pieces/01-a.pdf": None}, "pieces/01-a.pdf: listed in the manifest but missing"),
    ({"pieces/03-c.eml": b"extra"}, "pieces/03-c.eml: in the ZIP but not in the manifest"),
    ({"SHA256SUMS": b"0" * 64 + b"  sommaire.txt\n"},
     "SHA256SUMS: sommaire.txt has another SHA-256"),
    ({"manifest.json": None}, "manifest.json: missing"),
    ({"manifest.json": b"{not json"}, "manifest.json: unreadable"),
])
def test_verify_names_each_mismatch_on_one_line(change: dict[str, bytes | None],
                                                expected: str) -> None:
    problems = verify_zip(_rezip(build_zip(FILES, {}, DAY), change)).problems
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_verify_refuses_what_is_not_a_zip() -> None:
    assert verify_zip(b"PK but not really").problems[0].startswith("not a ZIP file")


def test_reserved_or_duplicate_names_are_refused() -> None:
    with pytest.raises(ValueError):
        build_zip([*FILES, DossierFile("manifest.json", b"{}")], {}, DAY)
    with pytest.raises(ValueError):
        build_zip([*FILES, FILES[0]], {}, DAY)


# --- the evidence -----------------------------------------------------------------------------

SENT = b"Message-ID: <m@x>\r\n\r\nPay 100.\r\n"
OTHER = b"Message-ID: <m@x>\r\n\r\nPay 1.\r\n"


def email(raw: bytes | None = SENT, sha256: str | None = None) -> SentEmail:
    digest = sha256 or (hashlib.sha256(raw).hexdigest() if raw else
                        hashlib.sha256(SENT).hexdigest())
    return SentEmail("<m@x>", "firm", dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
                     ReminderState.FILED, ("F-1",), raw, digest, 7)


@pytest.mark.parametrize(("sent", "copies", "status", "data", "source", "problem"), [
    (email(), [SENT], CopyStatus.IDENTICAL, SENT, "stored", None),
    (email(), [], CopyStatus.MISSING, SENT, "stored", "missing from Sent"),
    (email(), [OTHER], CopyStatus.ALTERED, SENT, "stored", "differs from what was sent"),
    (email(), [SENT, OTHER], CopyStatus.EXTRA, SENT, "stored", "another message"),
    (email(), None, CopyStatus.UNCHECKED, SENT, "stored", None),
    # The ledger's bytes were changed; Sent kept the original: that one is used.
    (email(OTHER, hashlib.sha256(SENT).hexdigest()), [SENT], CopyStatus.IDENTICAL, SENT, "sent",
     "the Sent copy that does is used"),
    (email(OTHER, hashlib.sha256(SENT).hexdigest()), [], CopyStatus.MISSING, OTHER, "stored",
     "included as it is"),
    # A row from before dunnerd kept the bytes: only Sent has them.
    (email(None), [SENT], CopyStatus.IDENTICAL, SENT, "sent", "unverified"),
    (email(None), [], CopyStatus.MISSING, None, "stored", "timeline only"),
])
def test_judge_says_what_carries_the_proof(sent: SentEmail, copies: list[bytes] | None,
                                           status: CopyStatus, data: bytes | None, source: str,
                                           problem: str | None) -> None:
    checked = judge(sent, copies)
    assert (checked.status, checked.data, checked.source) == (status, data, source)
    if problem is None:
        assert checked.problem is None
    else:
        assert checked.problem is not None and problem in checked.problem.en
        assert checked.problem.fr


def test_an_unreachable_mailbox_is_said_and_the_stored_bytes_used() -> None:
    def refuse() -> FakeMailbox:
        raise MailboxError("IMAP server 127.0.0.1:1: connecting failed: refused")

    result = check_mailbox([email()], [], refuse, "INBOX")
    assert not result.checked and "refused" in result.reason
    assert [c.status for c in result.emails] == [CopyStatus.UNCHECKED]
    assert result.emails[0].data == SENT
    no_imap = check_mailbox([email()], [], None, "INBOX")
    assert not no_imap.checked and "[imap]" in no_imap.reason


def test_the_check_closes_its_session() -> None:
    box = FakeMailbox(sent={"<m@x>": [SENT]})
    result = check_mailbox([email()], [], lambda: box, "INBOX")
    assert result.checked and result.emails[0].status is CopyStatus.IDENTICAL
    assert box.closed


# --- the dated procedure ----------------------------------------------------------------------

@pytest.mark.parametrize(("ordered", "months", "deadline"), [
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),  # before décret 2026-96 applies; CPC 641
    (dt.date(2026, 9, 1), 3, dt.date(2026, 12, 1)),
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
    (dt.date(2024, 1, 31), 6, dt.date(2024, 7, 31)),
])
def test_the_service_deadline_follows_the_date_of_the_order(ordered: dt.date, months: int,
                                                             deadline: dt.date) -> None:
    rule = procedure().service_rule(ordered)
    assert rule is not None and rule.months == months and rule.source
    assert rule.deadline(ordered) == deadline


def test_months_end_on_the_same_day_or_the_month_s_last() -> None:
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)


def test_the_small_claims_threshold_is_dated() -> None:
    table = procedure()
    now = table.small_claims_rule(dt.date(2026, 12, 20))
    before = table.small_claims_rule(dt.date(2019, 6, 1))
    assert now is not None and now.threshold_eur == Decimal(5000) and now.conditions
    assert before is not None and before.threshold_eur == Decimal(4000)
    assert table.opposition.months == 1 and table.opposition.source


def test_a_table_with_overlapping_rules_is_refused() -> None:
    text = """
[[service_deadline]]
months = 6
source = "a"
[[service_deadline]]
orders_from = "2026-09-01"
months = 3
source = "b"
[opposition]
months = 1
overseas_extra_months = 1
abroad_extra_months = 2
source = "c"
[[small_claims]]
threshold_eur = 5000
source = "d"
[court_fees]
"""
    with pytest.raises(RateTableError, match="two"):
        parse_procedure(text)


# --- the court orders -------------------------------------------------------------------------

def order_view(ordered: dt.date, served: dt.date | None = None,
               country: str | None = "FR") -> OrderView:
    rule = procedure().service_rule(ordered)
    assert rule is not None
    order = CourtOrder(id=1, client_id=1, ordered_on=ordered, service_by=rule.deadline(ordered),
                       rule="r", served_on=served)
    return OrderView(order, Client(id=1, key="acme", name="ACME", country=country), ("F-1",))


@pytest.mark.parametrize(("today", "keys"), [
    (dt.date(2026, 10, 31), []),  # 31 days before 1 December
    (dt.date(2026, 11, 1), ["court:1:service:30"]),
    (dt.date(2026, 11, 24), ["court:1:service:7"]),
    (dt.date(2026, 12, 1), ["court:1:service:7"]),
    (dt.date(2026, 12, 2), ["court:1:lapsed"]),
])
def test_the_owner_is_warned_before_the_order_lapses(today: dt.date, keys: list[str]) -> None:
    alerts = due_alerts([order_view(dt.date(2026, 9, 1))], today, procedure())
    assert [a.key for a in alerts] == keys


def test_the_opposition_month_runs_from_service_to_a_working_day() -> None:
    # Served Saturday 3 October 2026: a month ends Tuesday 3 November, a working day.
    served = order_view(dt.date(2026, 9, 15), dt.date(2026, 10, 3))
    assert opposition_end(served.order, served.client, procedure()) == dt.date(2026, 11, 3)
    assert due_alerts([served], dt.date(2026, 11, 3), procedure()) == []
    (alert,) = due_alerts([served], dt.date(2026, 11, 4), procedure())
    assert (alert.kind, alert.day) == ("opposition_over", dt.date(2026, 11, 3))
    # Ending on 1 November (All Saints', a Sunday in 2026) moves to Monday 2 November.
    assert next_working_day(dt.date(2026, 11, 1)) == dt.date(2026, 11, 2)
    # A debtor abroad has two months more (CPC 643).
    abroad = order_view(dt.date(2026, 9, 15), dt.date(2026, 10, 3), country="DE")
    assert opposition_end(abroad.order, abroad.client, procedure()) == dt.date(2027, 1, 4)


# --- the court and the parties ----------------------------------------------------------------

def test_the_court_follows_the_client_and_the_owner_s_choice() -> None:
    address = "1 avenue de l'Opéra, 75001 Paris"
    consumer = competent_court(ClientKind.CONSUMER, HandoffSettings(court="commerce"), address)
    assert consumer.kind == "judiciaire" and "demeure" in consumer.designation
    assert address in consumer.designation and "consommateur" in consumer.why
    business = competent_court(ClientKind.BUSINESS, HandoffSettings(), address)
    assert business.kind == "commerce" and "siège" in business.designation
    assert "n'est pas commerçant" in business.why and "judiciaire" in business.why
    chosen = competent_court(ClientKind.BUSINESS, HandoffSettings(court="judiciaire"), "")
    assert chosen.kind == "judiciaire" and "[à compléter" in chosen.designation
    named = competent_court(ClientKind.BUSINESS,
                            HandoffSettings(court_name="Tribunal de commerce de Paris"), address)
    assert named.designation == "Tribunal de commerce de Paris"


def test_the_debtor_s_mentions_depend_on_its_kind() -> None:
    company = Client(key="acme", name="ACME", legal_name="ACME SAS", address="1 rue X\nParis",
                     siren="732829320")
    assert [(m.label, m.value) for m in debtor_mentions(company)] == [
        ("Dénomination", "ACME SAS"), ("Forme", ""), ("Siège social", "1 rue X, Paris"),
        ("SIREN", "732829320")]
    assert [m.key for m in debtor_mentions(company) if m.missing] == ["client acme legal_form"]
    person = Client(key="acme", name="ACME", kind="consumer")
    assert [(m.label, m.value, m.missing) for m in debtor_mentions(person)] == [
        ("Nom et prénoms", "ACME", False), ("Domicile", "", True)]
