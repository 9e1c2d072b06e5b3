"""Pure: which open invoices a received payment pays, and whether that is certain.

Certain, and recorded without asking, only when:

1. the reference names one open invoice (or several whose balances add up to the amount),
   the currency is the invoice's, the amount is not more than is owed, and the payer, when
   named, is not another client; or
2. no invoice is named, the payer's name (or e-mail address) matches exactly one client, and
   the amount equals the balance of exactly one of that client's open invoices, or the sum of
   exactly one combination of them.

Anything less (an amount that fits but a payer that does not, a payer without a fitting amount,
two ways to read it) is a proposal for the owner to confirm or reject, never a recorded payment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations

from dunnerd.inbox.notices.model import Transaction
from dunnerd.inbox.payer import address_matches, names_match

MAX_COMBINED = 12  # open invoices of one client tried in combinations (2**12 sums at most)


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str
    client_id: int
    balance_cents: int
    currency: str
    minor_digits: int = 2


@dataclass(frozen=True)
class ClientNames:
    id: int
    names: tuple[str, ...]  # the name, the legal name, the key
    emails: tuple[str, ...]


@dataclass(frozen=True)
class Allocation:
    """What a payment pays: (invoice id, minor units) each, certain or to confirm."""

    certain: bool
    parts: tuple[tuple[int, int], ...] = ()
    reason: str = ""
    client_ids: tuple[int, ...] = ()  # the clients concerned (paused while the owner decides)
    candidates: tuple[int, ...] = ()  # invoices that might be meant
    checks: tuple[str, ...] = field(default=())  # what was compared, for the evidence


NO_MATCH = Allocation(False, reason="no open invoice fits this payment")


def _minor(amount: Decimal, digits: int) -> int | None:
    value = amount.scaleb(digits)
    return int(value) if value == value.to_integral_value() and value > 0 else None


def payer_clients(payer: str | None, clients: Sequence[ClientNames],
                  free_mail: frozenset[str]) -> list[int]:
    if not payer:
        return []
    return [c.id for c in clients
            if names_match(payer, c.names) or address_matches(payer, c.emails, free_mail)]


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def named_in(reference: str | None, invoices: Sequence[OpenInvoice]) -> list[OpenInvoice]:
    """The open invoices a payment's reference names: the number as written, else the number
    without its separators inside the reference ("INV-F-2026-063", "F2026063"), else the
    digits alone when they are a run of the reference ("FACTURE 2026-055" names F-2026-055)
    and no other open invoice has the same digits."""
    if not reference:
        return []
    tokens = {t.upper() for t in re.findall(r"[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9]|\d",
                                              reference)}
    exact = [inv for inv in invoices if inv.number.upper() in tokens]
    if exact:
        return exact
    compact = _compact(reference)
    inside = [inv for inv in invoices
              if len(_compact(inv.number)) >= 6 and sum(c.isdigit() for c in inv.number) >= 4
              and _compact(inv.number) in compact]
    if inside:
        return inside
    runs = set(re.findall(r"\d+", re.sub(r"(?<=\d)[ ./_-](?=\d)", "", reference)))
    digits = [inv for inv in invoices if len(re.sub(r"\D", "", inv.number)) >= 5
              and re.sub(r"\D", "", inv.number) in runs]
    return digits if len(digits) == 1 else []


def allocate(tx: Transaction, invoices: Sequence[OpenInvoice],
             clients: Sequence[ClientNames], free_mail: frozenset[str]) -> Allocation:
    """See the module docstring."""
    if not tx.money_in or tx.amount is None:
        return Allocation(False, reason="not money in")
    payers = payer_clients(tx.payer, clients, free_mail)
    checks = [f"payer {tx.payer!r} " + (f"matches client(s) {payers}" if payers
                                         else "matches no client")]
    fitting = [inv for inv in invoices if inv.currency == (tx.currency or inv.currency)]
    named_open = named_in(tx.reference, invoices) or named_in(tx.evidence, invoices)
    if named_open:
        return _by_reference(tx, named_open, payers, checks)
    if tx.currency is None:
        return Allocation(False, reason="no currency stated", checks=tuple(checks))
    if len(payers) == 1:
        own = [inv for inv in fitting if inv.client_id == payers[0]]
        found = _fits(tx.amount, own)
        if found is not None:
            checks.append("the amount equals " + ("the balance of one open invoice"
                                                  if len(found) == 1 else
                                                  f"the sum of {len(found)} open balances"))
            return Allocation(True, tuple((inv.id, inv.balance_cents) for inv in found),
                              "payer and amount match", (payers[0],),
                              tuple(inv.id for inv in found), tuple(checks))
        checks.append("the amount fits none of the client's open balances")
        return Allocation(False, reason="the payer is a client but the amount fits no balance",
                          client_ids=(payers[0],),
                          candidates=tuple(inv.id for inv in own), checks=tuple(checks))
    same = [inv for inv in fitting if _minor(tx.amount, inv.minor_digits) == inv.balance_cents]
    if same:
        checks.append(f"the amount equals the balance of {len(same)} open invoice(s)")
        return Allocation(False, reason="the amount fits, but the payer is not a known client",
                          client_ids=tuple(dict.fromkeys(inv.client_id for inv in same)),
                          candidates=tuple(inv.id for inv in same), checks=tuple(checks))
    if len(payers) > 1:
        return Allocation(False, reason="the payer's name fits several clients",
                          client_ids=tuple(payers), checks=tuple(checks))
    return Allocation(False, reason=NO_MATCH.reason, checks=tuple(checks))


def _by_reference(tx: Transaction, named: Sequence[OpenInvoice], payers: Sequence[int],
                  checks: list[str]) -> Allocation:
    clients = tuple(dict.fromkeys(inv.client_id for inv in named))
    checks.append("the reference names " + ", ".join(inv.number for inv in named))
    ids = tuple(inv.id for inv in named)

    def ask(reason: str) -> Allocation:
        return Allocation(False, reason=reason, client_ids=clients, candidates=ids,
                          checks=tuple(checks))

    assert tx.amount is not None
    if any(inv.currency != tx.currency for inv in named) or tx.currency is None:
        return ask("the currency is not the invoice's")
    if payers and not set(payers) & set(clients):
        return ask("the reference names another client's invoice than the payer's")
    if len(named) == 1:
        cents = _minor(tx.amount, named[0].minor_digits)
        if cents is None or cents > named[0].balance_cents:
            return ask("more than is owed, or an amount that cannot be split in cents")
        return Allocation(True, ((named[0].id, cents),), "the reference names the invoice",
                          clients, ids, tuple(checks))
    total = sum(inv.balance_cents for inv in named)
    if len(clients) == 1 and _minor(tx.amount, named[0].minor_digits) == total:
        return Allocation(True, tuple((inv.id, inv.balance_cents) for inv in named),
                          "the reference names invoices whose balances add up to the amount",
                          clients, ids, tuple(checks))
    return ask("several invoices named and the amount is not their sum")


def _fits(amount: Decimal, own: Sequence[OpenInvoice]) -> list[OpenInvoice] | None:
    """The one invoice whose balance is the amount, or the one combination that sums to it."""
    if not own:
        return None
    cents = _minor(amount, own[0].minor_digits)
    if cents is None:
        return None
    single = [inv for inv in own if inv.balance_cents == cents]
    if len(single) == 1:
        return single
    if len(single) > 1:
        return None  # two invoices of the same balance: which one is not certain
    pool = list(own)[:MAX_COMBINED]
    found: list[list[OpenInvoice]] = []
    for size in range(2, len(pool) + 1):
        for combo in combinations(pool, size):
            if sum(inv.balance_cents for inv in combo) == cents:
                found.append(list(combo))
                if len(found) > 1:
                    return None
    return found[0] if found else None
