"""Payments without an invoice number: a payer's name as banks print it, and the amounts that
are certain enough to record; everything less is a proposal for the owner."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dunnerd.inbox.matching import ClientNames, OpenInvoice, allocate, named_in
from dunnerd.inbox.notices.model import Direction, Transaction
from dunnerd.inbox.payer import address_matches, name_key, names_match

FREE = frozenset({"gmail.com"})
CLIENTS = [ClientNames(1, ("Dupont & Associés", "dupont"), ("compta@dupont.example",)),
           ClientNames(2, ("Paul Gautier",), ("paul.gautier@gmail.com",)),
           ClientNames(3, ("Batiplus",), ("j.roche@batiplus.example",))]
INVOICES = [OpenInvoice(10, "F-2026-041", 1, 125_000, "EUR"),
            OpenInvoice(11, "F-2026-042", 1, 30_000, "EUR"),
            OpenInvoice(12, "F-2026-043", 1, 20_000, "EUR"),
            OpenInvoice(20, "2026-055", 2, 64_000, "EUR"),
            OpenInvoice(30, "F-2026-060", 3, 30_000, "EUR")]


def money_in(amount: str, payer: str | None = None, reference: str | None = None,
             currency: str = "EUR") -> Transaction:
    return Transaction(Direction.IN, Decimal(amount), currency, payer, reference)


@pytest.mark.parametrize(("bank", "ledger"), [
    ("SARL DUPONT ET ASSOCIES", "Dupont & Associés"),
    ("M. GAUTIER PAUL", "Paul Gautier"),
    ("NOVAK JOZEF, Ing.", "Jozef Novak"),
    ("BATIPLUS S.A.S.", "Batiplus"),
    ("Greenleaf Ltd", "GREENLEAF LIMITED"),
    ("M OU MME PERRIN ALAIN", "Alain Perrin"),
])
def test_names_as_banks_print_them_match_the_ledger(bank: str, ledger: str) -> None:
    assert names_match(bank, [ledger]), (name_key(bank), name_key(ledger))


@pytest.mark.parametrize(("bank", "ledger"), [
    ("MARTIN", "Martin Dupuis"), ("DUPONT", "Dupont & Associés"), ("SARL", "SARL"),
])
def test_a_part_of_a_name_is_not_a_match(bank: str, ledger: str) -> None:
    assert not names_match(bank, [ledger])


def test_an_address_matches_the_client_or_its_own_domain_never_free_mail() -> None:
    assert address_matches("compta@dupont.example", ["boss@dupont.example"], FREE)
    assert not address_matches("other@gmail.com", ["paul.gautier@gmail.com"], FREE)
    assert address_matches("paul.gautier@gmail.com", ["paul.gautier@gmail.com"], FREE)


def test_a_reference_names_invoices_written_in_other_ways() -> None:
    assert [i.id for i in named_in("INV-F-2026-041", INVOICES)] == [10]
    assert [i.id for i in named_in("F2026042", INVOICES)] == [11]
    assert [i.id for i in named_in("FACTURE 2026-055", INVOICES)] == [20]
    assert named_in("cotisation 2026", INVOICES) == []


def test_payer_and_one_balance_is_certain() -> None:
    found = allocate(money_in("640.00", "M. GAUTIER PAUL"), INVOICES, CLIENTS, FREE)
    assert (found.certain, found.parts) == (True, ((20, 64_000),))


def test_payer_and_a_unique_sum_of_balances_is_certain() -> None:
    found = allocate(money_in("500.00", "SARL DUPONT ET ASSOCIES"), INVOICES, CLIENTS, FREE)
    assert (found.certain, sorted(found.parts)) == (True, [(11, 30_000), (12, 20_000)])


def test_the_reference_names_the_invoice_and_a_part_payment_is_recorded() -> None:
    found = allocate(money_in("250.00", reference="F-2026-041"), INVOICES, CLIENTS, FREE)
    assert (found.certain, found.parts) == (True, ((10, 25_000),))


@pytest.mark.parametrize(("tx", "reason"), [
    (money_in("640.00"), "the amount fits, but the payer is not a known client"),
    (money_in("640.00", "SOMEONE ELSE"), "the amount fits, but the payer is not a known client"),
    (money_in("99.00", "Batiplus SAS"), "the payer is a client but the amount fits no balance"),
    (money_in("1250.00", "Batiplus", "F-2026-041"),
     "the reference names another client's invoice than the payer's"),
    (money_in("1300.00", reference="F-2026-041"),
     "more than is owed, or an amount that cannot be split in cents"),
    (money_in("1250.00", reference="F-2026-041", currency="USD"),
     "the currency is not the invoice's"),
])
def test_anything_less_is_a_proposal(tx: Transaction, reason: str) -> None:
    found = allocate(tx, INVOICES, CLIENTS, FREE)
    assert not found.certain and found.reason == reason


def test_only_money_in_is_allocated() -> None:
    for direction in Direction:
        if direction is not Direction.IN:
            tx = Transaction(direction, Decimal("640.00"), "EUR", "M. GAUTIER PAUL")
            assert allocate(tx, INVOICES, CLIENTS, FREE).parts == ()
