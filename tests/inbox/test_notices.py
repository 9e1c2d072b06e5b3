"""Notices read as transactions: the money's direction first, then amount, payer, reference and
value date; every labelled notice of the repository's corpora, then each rule on its own."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from dunnerd.inbox.notices import fields, neobanks, psp, sepa_fr
from dunnerd.inbox.notices.model import Direction, NoticeKind
from dunnerd.inbox.notices.reader import read_notice
from dunnerd.inbox.parse import parse_message
from dunnerd.inbox.payer import name_key

CORPORA = Path(__file__).parent
LABELLED = [(d, row) for d in (CORPORA / "corpus_written", CORPORA / "corpus_cases")
            for row in csv.DictReader((d / "labels.tsv").read_text(encoding="utf-8")
                                      .splitlines(), delimiter="\t")
            if row["label"] == "payment_notification"]


def notice(subject: str, body: str, sender: str = "Bank <alerts@bank.example>"):  # type: ignore[no-untyped-def]
    raw = (f"From: {sender}\r\nTo: owner@example.test\r\nSubject: {subject}\r\n"
           "Date: Tue, 08 Dec 2026 09:00:00 +0100\r\nMessage-ID: <n@bank.example>\r\n"
           "Auto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + body).encode()
    return read_notice(parse_message(raw))


@pytest.mark.parametrize(("directory", "row"), LABELLED,
                         ids=[row["file"].split("/")[-1] for _, row in LABELLED])
def test_each_labelled_notice_reads_with_its_direction_and_amount(directory: Path,
                                                                  row: dict[str, str]) -> None:
    found = read_notice(parse_message((directory / row["file"]).read_bytes()))
    expected = set(row["direction"].split("|"))
    if expected <= {"none", "statement"}:
        assert not found.money_in, found
        return
    directions = {t.direction.value for t in found.transactions}
    if row["counts_as_payment"] == "no_aggregate":
        assert directions == {"payout"}, found  # a payout pays no invoice
    else:
        assert directions == expected, found
    amounts = [Decimal(a) for a in row["amount"].split("|") if a]
    assert [t.amount for t in found.transactions][:len(amounts)] == amounts
    if row["counts_as_payment"] in ("yes", "yes_unmatched"):
        money_in = found.money_in
        assert money_in and money_in[0].currency == row["currency"]
        payers = [p for p in row["payer"].split("|") if p]
        for tx, payer in zip(money_in, payers, strict=False):
            if payer != "AMELI":  # "REMBOURSEMENT AMELI": the label names only the payer
                assert name_key(tx.payer or "") == name_key(payer), (tx.payer, payer)
        if row["value_date"]:
            assert money_in[0].value_date == dt.date.fromisoformat(row["value_date"])


@pytest.mark.parametrize(("subject", "body", "direction"), [
    # The order of the money words: failure, chargeback, refund, payout, debit beat a credit.
    ("Virement rejeté", "Votre virement de 1 500,00 € n'a pas pu être exécuté. Le montant a "
     "été recrédité sur votre compte.", Direction.FAILED),
    ("Un paiement a été contesté", "Le montant de 600,00 € a été débité de votre solde.",
     Direction.CHARGEBACK),
    ("Refund", "A refund of €120.00 has been initiated.", Direction.REFUND),
    ("Your payout of €845.10 failed", "It could not be sent to your bank.", Direction.FAILED),
    ("Your payout of €1,932.40 is on its way", "It should arrive tomorrow.", Direction.PAYOUT),
    ("Alerte", "Un prélèvement SEPA de 1 234,00 EUR a été débité de votre compte.",
     Direction.OUT),
    ("Paiement en attente", "X vous a envoyé 300,00 € mais vous ne l'avez pas encore reçu.",
     Direction.PENDING),
    ("Virement", "Un virement de 3 200,00 EUR n'a pas encore été crédité sur votre compte.",
     Direction.PENDING),
    ("Tu as reçu un virement de 350 € 🎉", "De la part de TILIA CONSEIL.", Direction.IN),
    ("Alerte", "Un virement de 1 250,00 EUR a été crédité sur votre compte.", Direction.IN),
    ("Nouvelle opération", "16/12/2026 VIR INST RE 5519921 DE: BECKER MOTIF: X + 780,00 €",
     Direction.IN),
    ("Your Debit Card Transaction", "A $30.98 debit card transaction to STAPLES exceeded your "
     "$0.00 set Alert limit.", Direction.OUT),
    # The body may say that the money the subject announces has not arrived yet.
    ("Kelp & Co. Ltd sent you 975.00 EUR", "Kelp & Co. Ltd is sending you 975.00 EUR.\n\nWe're "
     "processing the transfer now - it should arrive in your account by Tuesday.",
     Direction.PENDING),
    ("Paiement encaissé : 500,00 € de Brasserie du Canal", "Nous avons prélevé 500,00 € auprès "
     "de Brasserie du Canal.", Direction.IN),
    ("Alerte LCL", "Date Libellé Débit Crédit\n01/12/2026 VIR SEPA CABINET NOVAK +1 250,00 €",
     Direction.IN),
    ("Avis de paiement 2000017342", "AVIS DE PAIEMENT\nDate de paiement : 07.12.2026\n"
     "F-2026-0415 05.11.2026 2 350,00 EUR", Direction.PENDING),
    # A subject without a money word: the body's first sentence that has one.
    ("LCL - Crédit de 960,00 EUR sur votre compte", "Bonjour,\nUn virement de FAURE TRANSPORTS a "
     "été porté au crédit de votre compte.", Direction.IN),
    ("Alerte opération", "Une opération a été enregistrée :\n02/12 VIREMENT EN VOTRE FAVEUR "
     "IMPRIMERIE GAUTIER F-2026-0390 +1 320,00 EUR", Direction.IN),
    # Words that say "arrived", an amount written with a minus: a debit.
    ("Nouvelle dépense", "Une nouvelle transaction est arrivée sur votre compte :\n"
     "-59,00 € — FIGMA MONTHLY — 30/11/2026", Direction.OUT),
    ("Nouveau paiement reçu - 240,00 €", "Montant : 240,00 €", Direction.IN),
    ("John Stonk paid you $5.00", "Venmo", Direction.IN),
    ("You completed Alex Soong's $1.00 charge request", "- $1.00", Direction.OUT),
    ("Payment confirmed: €95.00 from Navarro Yoga", "A payment of €95.00 from Navarro Yoga has "
     "been confirmed and will be paid out to you in your next payout.", Direction.IN),
    ("Vous avez reçu un paiement", "Eleanor Whitfield vous a envoyé 350,00 £ GBP", Direction.IN),
    ("You've got 1,150.00 EUR", "You've got 1,150.00 EUR from Mapleleaf Studio Inc.\nIt's now in "
     "your EUR balance.", Direction.IN),
    ("Paiement encaissé : 600,00 EUR de Studio Pixeline", "Le paiement de 600,00 EUR de Studio "
     "Pixeline a été encaissé et sera versé sur votre compte dans votre prochain virement.",
     Direction.IN),
    ("We're checking an incoming payment", "We've been notified of an incoming payment of "
     "3,200.00 USD from BRIGHTWAVE INC. Before it reaches your balance, we need to run a few "
     "checks.", Direction.PENDING),
    ("Invoice INV-0436 was paid", "Halvorsen Design AS paid invoice INV-0436 for €960.00 by card.",
     Direction.IN),
    ("We need more information about a payment to you", "We've received a payment of 2,400.00 "
     "USD for you from TIDEWELL DIGITAL LTD, but we need a little more information before we can "
     "add it to your balance.", Direction.PENDING),
    ("Facture F-2026-0416 marquée comme payée", "Un encaissement de 1 920,00 € (TERRES ET TOITS "
     "SAS) a été rapproché de la facture F-2026-0416.", Direction.IN),
    ("Avis de paiement - mandat n° 26-08812", "Le mandat d'un montant de 2 880,00 € relatif à "
     "votre facture F-2026-0393 a été mis en paiement le 01/12/2026.", Direction.PENDING),
    ("You've received €2,040.00 from Les Toits de Kergoat", "You've received €2,040.00\n"
     "From: Les Toits de Kergoat\nTo: Delorme Studio · EUR account\nReference: F-2026-0427",
     Direction.IN),
    ("€23.40 at Notion Labs", "Card payment: €23.40 at Notion Labs\nCard •••• 5120", Direction.OUT),
    # A bank's record ("De : payer / Date :") is not the header of a quoted message.
    ("Virement reçu +2 350,00 €", "Un virement de 2 350,00 € vient d'arriver sur ton compte.\n\n"
     "De : GROUPE VELLAN SAS\nLibellé : VIR SEPA F-2026-0415\nDate : 2 décembre 2026",
     Direction.IN),
])
def test_the_direction_is_read_in_order(subject: str, body: str, direction: Direction) -> None:
    found = notice(subject, body)
    assert [t.direction for t in found.transactions] == [direction], found


def test_balances_fees_totals_and_thresholds_are_not_the_amount() -> None:
    found = notice("Alerte : opération créditrice supérieure à 500 €",
                   "Remise de chèque : 750,00 EUR créditée sur votre compte.\n"
                   "Solde disponible : 3 412,18 €\nFrais : 1,50 €")
    assert [t.amount for t in found.transactions] == [Decimal("750.00")]


def test_several_transfers_are_several_transactions_and_the_total_is_none() -> None:
    found = notice("Vous avez reçu 2 virements",
                   "- 480,00 € de LUMEN STUDIO (réf. F-2026-052)\n"
                   "- 1 020,00 € de NORD & FILS SARL (réf. FACTURE 2026-055)\n"
                   "Total crédité : 1 500,00 €")
    assert [(t.direction, t.amount, t.payer, t.reference) for t in found.transactions] == [
        (Direction.IN, Decimal("480.00"), "LUMEN STUDIO", "F-2026-052"),
        (Direction.IN, Decimal("1020.00"), "NORD & FILS SARL", "FACTURE 2026-055")]


def test_a_sepa_label_gives_the_payer_and_the_reference() -> None:
    found = notice("Alerte", "Un virement de 1 250,00 EUR a été crédité le 08/12/2026.\n"
                   "Libellé : VIR SEPA RECU /DE GREENLEAF LTD /MOTIF INVOICE F-2026-047")
    [tx] = found.transactions
    assert (tx.payer, tx.reference, tx.value_date) == ("GREENLEAF LTD", "INVOICE F-2026-047",
                                                        dt.date(2026, 12, 8))


def test_a_forward_or_a_quote_is_never_a_notice() -> None:
    forwarded = notice("TR: Virement reçu", "Voici.\n-------- Message transféré --------\n"
                       "Vous avez reçu un virement de 100,00 €.")
    quoted = notice("Re: facture", "Merci.\n> Vous avez reçu un virement de 100,00 €.")
    assert forwarded.kind is NoticeKind.NONE and forwarded.forwarded
    assert quoted.kind is NoticeKind.NONE and quoted.forwarded


def test_bills_and_statements_are_not_movements() -> None:
    assert notice("Votre facture Qonto est disponible",
                  "Votre facture (29,00 € HT) sera prélevée le 03/12.").kind is NoticeKind.BILL
    assert notice("Your November statement is ready",
                  "Money in: €6,240.00 · Money out: €2,118.37").kind is NoticeKind.STATEMENT


@pytest.mark.parametrize("text", ["Crédité de 1 250,00 €", "İSTANBUL Straße œuvre ﬁn", "x\u202fy"])
def test_folding_keeps_every_position(text: str) -> None:
    from dunnerd.inbox.notices.text import fold1

    folded = fold1(text)
    assert len(folded) == len(text) and folded == folded.lower()


def test_documents_available_with_a_statement_among_them_is_a_statement() -> None:
    found = notice("Vos e-Documents sont disponibles", "Bonjour,\n\nDe nouveaux e-Documents sont "
                   "disponibles dans votre espace :\n- Relevé de compte n° 11 du 30/11/2026\n"
                   "- Relevé de frais annuel 2026")
    assert found.kind is NoticeKind.STATEMENT


def test_signed_lines_under_several_transactions_are_each_a_movement() -> None:
    found = notice("Vos transactions", "3 nouvelles transactions ont été synchronisées :\n"
                   "VIR SEPA MARCHETTI PAYSAGE F-2026-0412 +1 480,00 €\n"
                   "PRLV SEPA OVH SAS -23,99 €\nCARTE 02/12 LEROY MERLIN -64,90 €")
    assert [(t.direction, t.amount) for t in found.transactions] == [
        (Direction.IN, Decimal("1480.00")), (Direction.OUT, Decimal("23.99")),
        (Direction.OUT, Decimal("64.90"))]


@pytest.mark.parametrize(("line", "payer"), [
    ("02/12 VIREMENT EN VOTRE FAVEUR IMPRIMERIE GAUTIER F-2026-0390 +1 320,00 EUR",
     "IMPRIMERIE GAUTIER"),
    ("Libellé  VIR GROUPE VALMONT SANTE F-2026-0417", "GROUPE VALMONT SANTE"),
    ("01/12/2026 VIR SEPA CABINET NOVAK ET ASSOCIES REF F-2026-0408 +1 250,00 €",
     "CABINET NOVAK ET ASSOCIES"),
    ("De la part de : SARL HELIODORE CONSEIL", "SARL HELIODORE CONSEIL"),
    ("Thomas R. t'a envoyé 150,00 €", "Thomas R"),
    ("You've received 1,200.00 EUR from Lumen Retail S.r.l.", "Lumen Retail S.r.l"),
    ("You're receiving this because someone sent you money with Wise.", None),
    ("For security reasons, you cannot unsubscribe from payment emails.", None),
    ("Northwind Analytics Ltd sent €3,200.00 to your EUR account.", "Northwind Analytics Ltd"),
    ("+1 200,00 € — VIR SEPA JARDINS PARTAGES BAS MONTREUIL F-2026-0528",
     "JARDINS PARTAGES BAS MONTREUIL"),
    ("Transaction : VIR BRICOMAX DISTRIBUTION FA F-2026-0409", "BRICOMAX DISTRIBUTION"),
    ("Customer: Léa Moreau (lea.moreau@example.com)", "Léa Moreau"),
    ("Halvorsen Design AS paid invoice INV-0436 for €960.00 by card.", "Halvorsen Design AS"),
    ("Une transaction de +1 320,00 € (LE GOFF CHARPENTE - VIR F-2026-0478) du 03/12/2026",
     "LE GOFF CHARPENTE"),
    ("+1 650,00 € — KESTREL ROBOTICS LTD", "KESTREL ROBOTICS LTD"),
    ("une nouvelle recette : +980,00 € (VIR BRIGHTWATER LABS).", "BRIGHTWATER LABS"),
    ("- +1 560,00 EUR de TRANSPORTS TESSIER FRERES - Réf. F-2026-0472 - 03/12/2026",
     "TRANSPORTS TESSIER FRERES"),
    ("- +540,00 EUR de M. OU MME FERRIERE - Réf. FACT 0494", "M. OU MME FERRIERE"),
    ("Bonne nouvelle : Anne Rouxel t'a envoyé 450,00 €.", "Anne Rouxel"),
    ("+3 120,00 €  VIR SEPA VAUTRIN ET ASSOCIES FACTURE F-2026-0424", "VAUTRIN ET ASSOCIES"),
    ("- 02/12/2026  +350,00 EUR    VIR RECU KB MENUISERIE FACTURE 546", "KB MENUISERIE"),
    ("Un encaissement de 1 920,00 € (TERRES ET TOITS SAS) a été rapproché.",
     "TERRES ET TOITS SAS"),
    ("03/12/2026 · VIR INST TOURNIER BTP + 2 300,00 €", "TOURNIER BTP"),
    ("Northlight Apps S.L. paid €1,240.00 for invoice INV-0436.", "Northlight Apps S.L"),
])
def test_the_payer_is_read_from_statement_lines_and_never_from_a_footer(
        line: str, payer: str | None) -> None:
    families = (neobanks.FAMILY, sepa_fr.FAMILY, psp.FAMILY)
    assert fields.payer([line], families) == payer


def test_signed_statement_lines_are_listed_even_under_a_debit_word() -> None:
    found = notice("Vos opérations", "Voici les opérations enregistrées aujourd'hui :\n"
                   "VIR SEPA ARCADIA CONSEIL F-2026-0416  +2 400,00 €\n"
                   "CB AMAZON PAYMENTS 02/12  -64,90 €\nPRLV SEPA FREE MOBILE  -19,99 €")
    assert [t.direction for t in found.transactions] == [Direction.IN, Direction.OUT,
                                                          Direction.OUT]
    assert found.transactions[0].payer == "ARCADIA CONSEIL"


def test_a_customers_name_beats_their_address_in_the_subject() -> None:
    found = notice("Payment of €720.00 from marta.quintana@example.com",
                   "Payment of €720.00 from marta.quintana@example.com succeeded\n"
                   "Customer: Marta Quintana\nDescription: Facture F-2026-0558")
    assert found.transactions[0].payer == "Marta Quintana"


def test_a_dash_beside_a_plus_line_is_a_minus() -> None:
    found = notice("3 nouvelles transactions à catégoriser",
                   "3 nouvelles transactions ont été synchronisées :\n"
                   "  + 1 800,00 €   02/12   VIR COFFEE AND CO F-2026-0400\n"
                   "  -    34,90 €   02/12   CB ADOBE\n"
                   "  -    15,00 €   02/12   FRAIS TENUE DE COMPTE")
    assert [t.direction for t in found.transactions] == [Direction.IN, Direction.OUT,
                                                          Direction.OUT]


def test_a_request_for_receipts_is_no_movement() -> None:
    found = notice("Votre expert-comptable attend 4 justificatifs",
                   "Cabinet Arpège vous demande des justificatifs pour 4 transactions :\n"
                   "- CB FIGMA 13,50 €\n- VIR OVH SAS 1 020,00 €")
    assert found.kind is NoticeKind.BILL and not found.transactions


def test_a_remittance_advice_whose_rows_carry_no_currency_gives_its_total() -> None:
    found = notice("Avis de paiement n° 2026-118834", "AVIS DE PAIEMENT\nDate de règlement : "
                   "07/12/2026\nN° facture Date facture Montant\nF-2026-0464 02/10/2026 2 760,00\n"
                   "Total : 2 760,00 EUR")
    assert [(t.direction, t.amount) for t in found.transactions] == [
        (Direction.PENDING, Decimal("2760.00"))]


def test_list_lines_give_the_payer_between_date_and_reference() -> None:
    found = notice("2 virements reçus sur votre compte",
                   "2 virements ont été crédités sur votre compte :\n"
                   "- 02/12/2026 : +480,00 € - VERDIER PAYSAGE - REF F-2026-0414\n"
                   "02/12 – VIR CREPERIE TANGUY – FACT 429 +275,00 €")
    assert [t.payer for t in found.transactions] == ["VERDIER PAYSAGE", "CREPERIE TANGUY"]


def test_a_first_name_in_the_subject_is_the_full_name_of_the_body() -> None:
    found = notice("Paul vous a envoyé 45,00 €", "Paul Le Floch vous a envoyé 45,00 €.\n"
                   "« atelier wordpress »")
    assert found.transactions[0].payer == "Paul Le Floch"


@pytest.mark.parametrize(("subject", "body"), [
    ("We're updating our Business pricing on 1 January", "From 1 January 2027, receiving USD wire "
     "payments to your account details will cost 6.11 USD per payment (currently 4.14 USD)."),
    ("Nouvelle mission : Refonte site e-commerce", "Une nouvelle mission correspond à votre "
     "profil.\nTJM indicatif : 450-550 €"),
])
def test_a_price_or_a_range_is_no_movement(subject: str, body: str) -> None:
    assert not any(t.money_in or t.direction is Direction.OUT
                   for t in notice(subject, body).transactions)


def test_a_payment_services_direct_debit_of_a_client_is_money_in() -> None:
    found = notice("Paiement encaissé : Coopérative Les Paniers", "Le paiement suivant a été "
                   "prélevé avec succès :\nClient : Coopérative Les Paniers\nMontant : 95,00 €",
                   sender="GoCardless <notifications@gocardless.com>")
    assert [t.direction for t in found.transactions] == [Direction.IN]
    from_a_bank = notice("Paiement encaissé", "Un prélèvement de 95,00 € a été débité.")
    assert [t.direction for t in from_a_bank.transactions] == [Direction.OUT]


@pytest.mark.parametrize(("subject", "body"), [
    ("Nouveau message de Benoît (Groupe Sienna) sur Malt", "Benoît de Groupe Sienna vous a envoyé "
     "un message :\n« Seriez-vous disponible ? Budget autour de 4 000 €. »"),
    ("Vous avez reçu un paiement de 2 450,00 EUR - confirmation requise", "Vous avez reçu un "
     "paiement de 2 450,00 EUR de Oakridge Consulting.\nLes fonds sont bloqués jusqu'à la "
     "confirmation de votre identité."),
])
def test_a_message_sent_or_blocked_funds_are_not_money_in(subject: str, body: str) -> None:
    assert not any(t.money_in for t in notice(subject, body).transactions)


def test_the_amount_between_the_words_and_a_services_transfer_to_the_bank() -> None:
    stripe = "Stripe <notifications@stripe.com>"
    paid = notice("Paiement de 1 080,00 € réussi - Lebreton Conseil",
                  "Client : contact@albarede.example\nDescription : Facture F-2026-0481",
                  sender=stripe)
    assert [(t.direction, t.amount) for t in paid.transactions] == [
        (Direction.IN, Decimal("1080.00"))]
    payout = notice("Votre virement de 3 412,50 € est en route",
                    "Montant : 3 412,50 €\nArrivée estimée : 3 déc. 2026", sender=stripe)
    assert [t.direction for t in payout.transactions] == [Direction.PAYOUT]
    from_a_bank = notice("Votre virement de 3 412,50 € est en route", "Montant : 3 412,50 €")
    assert [t.direction for t in from_a_bank.transactions] == [Direction.OUT]


def test_a_debit_credit_tables_rows_are_read_from_their_labels_alone() -> None:
    table = ("Les opérations suivantes ont été enregistrées sur votre compte :\n"
             "Date Libellé Débit Crédit\n"
             "01/12/2026 VIR SEPA RECU /DE OCEANIS VOYAGES /MOTIF F-2026-0433 3 200,00\n"
             "01/12/2026 PRLV SEPA URSSAF BRETAGNE 612,00\n"
             "02/12/2026 OPERATION DIVERSE 80,00\n")
    found = notice("Alerte : mouvements sur votre compte", table)
    assert [(t.direction, t.amount, t.payer, t.reference) for t in found.transactions] == [
        (Direction.IN, Decimal("3200.00"), "OCEANIS VOYAGES", "F-2026-0433"),
        (Direction.OUT, Decimal("612.00"), None, None)]
    assert {t.currency for t in found.transactions} == {None}  # never assumed
    in_euros = notice("Alerte", table.replace("Débit Crédit", "Débit (€) Crédit (€)"))
    assert {t.currency for t in in_euros.transactions} == {"EUR"}


@pytest.mark.parametrize(("subject", "body", "sender"), [
    ("€1,875.00 is on its way to you", "A payment is on its way to you\n\nSOLVANE GROUP sent you "
     "€1,875.00. We're still processing it.", "Wise <noreply@wise.com>"),
    ("Lumen Health Inc. has sent you a payment", "Lumen Health Inc. has initiated a payment of "
     "USD 1,980.00 to your Payoneer account.\nExpected arrival: 3-5 business days",
     "Payoneer <no-reply@payoneer.example>"),
    ("Votre déclaration de TVA est prête", "Votre déclaration de TVA de novembre est prête.\n\n"
     "TVA collectée : 4 812,00 €\nTVA déductible : 312,40 €", "Indy <bonjour@indy.example>"),
])
def test_money_on_its_way_and_a_tax_figure_are_not_money_in(subject: str, body: str,
                                                             sender: str) -> None:
    assert not any(t.money_in for t in notice(subject, body, sender=sender).transactions)


def test_a_card_payment_at_a_shop_and_a_client_invoice_marked_paid() -> None:
    card = notice("Paiement de 23,40 € chez SNCF CONNECT", "Compte : N26 Business ••1162")
    assert [t.direction for t in card.transactions] == [Direction.OUT]
    marked = notice("Facture F-2026-0453 marquée comme payée", "Une transaction bancaire a été "
                    "rapprochée de votre facture client.\n\nTransaction : +1 245,00 € — VIR "
                    "TRANSPORTS DELEPLANQUE SAS — 04/12/2026",
                    sender="Pennylane <n@pennylane.example>")
    assert [(t.direction, t.payer) for t in marked.transactions] == [
        (Direction.IN, "TRANSPORTS DELEPLANQUE SAS")]


@pytest.mark.parametrize(("line", "payer"), [
    ("Vous avez reçu un paiement de 390,00 € via votre lien de paiement.", None),
    ("Nom du client : Sarran Événements", "Sarran Événements"),
    ("Le prélèvement de 300,00 € auprès de Bertin Coaching (mandat MD-00041X) a été encaissé.",
     "Bertin Coaching"),
    ("30/11/2026  30/11/2026   VIR SEPA RECU /DE LEFEUVRE IMMOBILIER           +1 150,00 EUR",
     "LEFEUVRE IMMOBILIER"),
    ("30/11/2026 VIR RECU 2611300184 F-2026-0409 AGENCE HIRONDELLE VOYAGES +560,00 EUR",
     "AGENCE HIRONDELLE VOYAGES"),
])
def test_more_payers_and_a_payment_link_is_no_name(line: str, payer: str | None) -> None:
    assert fields.payer([line], (psp.FAMILY, sepa_fr.FAMILY, neobanks.FAMILY)) == payer


def test_an_ordered_transfer_a_public_payers_status_and_a_paid_invoice() -> None:
    ordered = notice("Confirmation de virement", "Vous avez ordonné le virement suivant :\n\n"
                     "Compte débité : 30066 10947\nBénéficiaire : SCI LES DOCKS 13\n"
                     "Montant : 850,00 EUR")
    assert [t.direction for t in ordered.transactions] == [Direction.OUT]
    chorus = notice("[Chorus Pro] Changement de statut de la facture F-2026-0372",
                    "Montant TTC : 4 200,00 EUR\nNouveau statut : MISE EN PAIEMENT\n"
                    "Le paiement est en cours de traitement par le comptable.")
    assert [t.direction for t in chorus.transactions] == [Direction.PENDING]
    paid = notice("Votre facture F-2026-0449 a été payée", "Amandine Roux a payé votre facture "
                  "F-2026-0449 d'un montant de 120,00 € par carte.",
                  sender="SumUp <no-reply@sumup.com>")
    assert [(t.direction, t.payer) for t in paid.transactions] == [(Direction.IN, "Amandine Roux")]


@pytest.mark.parametrize(("line", "payer"), [
    ("Ton compte Shine vient d'être crédité de 2 080,00 € par VILLA MASSALIA EVENTS.",
     "VILLA MASSALIA EVENTS"),
    ("Il a payé 120,00 € par carte.", None),
    ("Un virement de 720,00 € en provenance de CAFE DE LA CORNICHE vient d'arriver.",
     "CAFE DE LA CORNICHE"),
    ("Votre client Nino Esposito a réglé la facture F-2026-0415 par carte.", "Nino Esposito"),
    ("virement reçu de 1 320,00 €", None),
    ("You received a payment of $1,250.00 USD from Summit Ridge Outfitters for invoice INV-0438.",
     "Summit Ridge Outfitters"),
    ("Un virement de 345,00 € émis par M. ALEXANDRE PINEL a été crédité.", "M. ALEXANDRE PINEL"),
    ("Consumer: Librairie Page Blanche SRL", "Librairie Page Blanche SRL"),
    ("Virement reçu le 03/12/2026 d'un montant de 1 320,00 €.", None),
    ("ATELIER KOKORO SARL vient de vous envoyer 860,00 €.", "ATELIER KOKORO SARL"),
    ("+ 760,00 €   VIR INST RE 760,00 DE: MAISON BEAUVAL   04/12/2026", "MAISON BEAUVAL"),
    ("Compte Pro ***512 01/12/2026 VIR GIE VIGNERONS DU FRONTONNAIS FACTURE 0394 1 640,00 €",
     "GIE VIGNERONS DU FRONTONNAIS"),
    ("03/12/2026  + 860,00 €    VIR LUKAS HOFFMANN RECHNUNG INV-0468", "LUKAS HOFFMANN"),
])
def test_payers_after_par_and_before_for_and_never_a_number(line: str, payer: str | None) -> None:
    assert fields.payer([line], (neobanks.FAMILY, sepa_fr.FAMILY, psp.FAMILY)) == payer


@pytest.mark.parametrize(("subject", "body", "direction"), [
    ("CIC - Alerte mouvement", "Un mouvement créditeur a été enregistré sur votre compte :\n"
     "01/12/2026  VIR HOTEL LES CAPITOULS SAS   2 650,00 EUR", Direction.IN),
    ("Réception d'un virement instantané", "Montant : 310,00 EUR\nÉmetteur : ROUX AND CO",
     Direction.IN),
    ("Votre virement de 250,00 € à IBARRA a été retourné", "Motif du retour : Compte clôturé",
     Direction.FAILED),
    ("Votre paiement de 620,00 € est en attente", "Nous avons reçu un paiement de 620,00 € de "
     "Kevin Morel, mais il est en attente.", Direction.PENDING),
    ("Virement en attente de validation", "Votre virement de 1 050,00 € est en attente de "
     "validation dans votre application.", Direction.OUT),
])
def test_credits_a_returned_transfer_and_a_held_payment(subject: str, body: str,
                                                         direction: Direction) -> None:
    assert [t.direction for t in notice(subject, body).transactions] == [direction]


def test_a_public_payers_rejection_of_the_invoice_is_no_movement() -> None:
    found = notice("[Chorus Pro] Changement de statut de la facture F-2026-0430 : Rejetée",
                   "Montant TTC : 1 920,00 EUR\nNouveau statut : REJETEE")
    assert found.kind is NoticeKind.BILL and not found.transactions


@pytest.mark.parametrize(("sender", "subject", "body", "direction"), [
    ("Qonto <alerts@qonto.com>", "Nouvelle opération sur votre compte",
     "Opération de 640,00 € : M. GAUTIER PAUL, le 23/11/2026.", Direction.UNREAD),
    ("CIC <alertes@cic.fr>", "Mouvement sur votre compte",
     "Un mouvement de 1 480,00 EUR a été enregistré sur votre compte.", Direction.UNREAD),
    # the same words from a sender of no known bank family, and a price: no movement at all
    ("Bank <alerts@bank.example>", "Mouvement sur votre compte",
     "Un mouvement de 1 480,00 EUR a été enregistré sur votre compte.", None),
    ("Qonto <alerts@qonto.com>", "Évolution de nos tarifs",
     "La cotisation de votre offre passera de 6,00 € à 7,00 € par mois.", None),
])
def test_a_banks_movement_in_unknown_words_is_unread_never_money_in(
        sender: str, subject: str, body: str, direction: Direction | None) -> None:
    read = notice(subject, body, sender)
    assert [t.direction for t in read.transactions] == ([direction] if direction else [])
    assert read.money_in == ()


def test_a_records_new_status_below_its_amount_gives_the_direction() -> None:
    body = ("Le statut de la facture ci-dessous a évolué.\n\nNuméro de facture : F-2026-0408\n"
            "Montant TTC : 3 480,00 EUR\nAncien statut : SERVICE FAIT\n"
            "Nouveau statut : MISE A DISPOSITION DU COMPTABLE\nDate : 01/12/2026\n")
    read = notice("[Chorus Pro] Changement de statut de la facture F-2026-0408", body,
                  "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>")
    assert [(t.direction, t.amount) for t in read.transactions] == [
        (Direction.PENDING, Decimal("3480.00"))]
    assert read.money_in == ()


@pytest.mark.parametrize(("sender", "subject", "body", "direction", "payer"), [
    ("La Banque Postale <ne-pas-repondre@labanquepostale.fr>", "Avis d'opération",
     "Nous vous informons du crédit suivant sur votre compte professionnel :\n\n"
     "Date : 03/12/2026\nNature : VIREMENT DE M OU MME JAOUEN\nLibellé : REGLT FACT F-2026-0296\n"
     "Montant : 920,00 €\n", Direction.IN, "M OU MME JAOUEN"),
    ("SumUp <noreply@sumup.com>", "Votre facture F-2026-0440 a été payée",
     "Votre facture F-2026-0440 a été payée par Brasserie du Vieux-Lille.\nMontant : 350,00 €\n"
     "Moyen de paiement : carte bancaire\nDate : 02/12/2026\n", Direction.IN,
     "Brasserie du Vieux-Lille"),
    ("Société Générale <alertes@societegenerale.fr>", "Virement reçu : +4 320,00 €",
     "Vous avez reçu un virement de NORDVISION PRODUCTIONS sur votre compte professionnel.",
     Direction.IN, "NORDVISION PRODUCTIONS"),
    ("Indy <notifications@indy.fr>", "+1 250,00 € : nouvelle transaction à catégoriser",
     "Nouvelle transaction à catégoriser\n\n+1 250,00 € · VIR BOULANGERIE LEBRETON REGL FACT "
     "F-2026-0313\nCompte : Shine Pro · 04/12/2026\n", Direction.IN, "BOULANGERIE LEBRETON"),
    ("Stripe <notifications@stripe.com>", "Paiement de 720,00 € reçu de tresorier@asso.example",
     "Paiement réussi\n\n720,00 € de tresorier@asso.example\n", Direction.IN,
     "tresorier@asso.example"),
    ("Crédit Agricole <alertes@credit-agricole.fr>", "Alerte opération créditrice",
     "Une opération créditrice a été enregistrée sur votre compte :\nDate 30/11/2026\n"
     "Libellé VIR SEPA RECU /DE FORMAVIA /MOTIF FORMAVIA F-2026-0409\nMontant + 1 320,00 €\n",
     Direction.IN, "FORMAVIA"),
])
def test_new_wordings_of_money_in_give_the_direction_and_the_payer(
        sender: str, subject: str, body: str, direction: Direction, payer: str) -> None:
    [read] = notice(subject, body, sender).transactions
    assert (read.direction, read.payer) == (direction, payer)


def test_a_list_line_that_leads_with_its_name_gives_that_name_as_the_payer() -> None:
    read = notice("2 virements reçus", "2 virements reçus aujourd'hui sur votre compte :\n\n"
                  "- AGENCE SILLAGE  +600,00 €  (ACOMPTE CAPSULES HDF MOBILITES)\n"
                  "- DIDACTO EDITIONS  +2 160,00 €  (FACTURE F-2026-0405)\n",
                  "Qonto <notifications@qonto.com>")
    assert [(t.direction, t.payer) for t in read.transactions] == [
        (Direction.IN, "AGENCE SILLAGE"), (Direction.IN, "DIDACTO EDITIONS")]


@pytest.mark.parametrize(("sender", "subject", "body"), [
    # a platform's news of a project: "vous avez reçu" and a budget are no money
    ("Malt <noreply@malt.com>", "Nouvelle proposition de projet",
     "Vous avez reçu une nouvelle proposition de projet !\n« Réaménagement d'un plateau » de la "
     "part de Kaïros Conseil\nBudget indicatif : 8 000 - 12 000 €\n"),
    ("Upwork <donotreply@upwork.com>", "New message",
     "You have received a new message from Kairos Consulting about a budget of $1,200."),
])
def test_a_platforms_news_is_no_money_in(sender: str, subject: str, body: str) -> None:
    assert notice(subject, body, sender).money_in == ()


def test_a_debit_balance_alert_is_a_statement() -> None:
    read = notice("Alerte : solde débiteur", "Le solde de votre compte n° ****3318 est débiteur "
                  "de -212,35 EUR au 04/12/2026.", "Caisse d'Epargne <alertes@caisse-epargne.fr>")
    assert (read.kind, read.transactions) == (NoticeKind.STATEMENT, ())


@pytest.mark.parametrize(("sender", "subject", "body", "direction", "payer"), [
    # a record's "De :" and "Objet :" lines are no quoted message's header
    ("PayPal <service@paypal.fr>", "Vous avez reçu un paiement",
     "Nicolas Brès vous a envoyé 320,00 EUR\n\nMontant reçu : 320,00 EUR\nDe : Nicolas Brès\n"
     "N° de transaction : 7HF21533LK094120X\nObjet : Plan de plantation terrasse\n",
     Direction.IN, "Nicolas Brès"),
    ("Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
     "[Chorus Pro] Changement de statut de votre facture F-2026-0411",
     "Le statut de la facture suivante a été modifié :\n\nNuméro de facture : F-2026-0411\n"
     "Montant TTC : 3 960,00 EUR\nNouveau statut : MISE EN PAIEMENT\n", Direction.PENDING, None),
    ("Mollie <noreply@mollie.com>", "Nouveau règlement : € 2.310,00",
     "Nous avons transféré un règlement vers votre compte bancaire.\n\nRéférence du règlement : "
     "1482.3307.19\nMontant : € 2.310,00\nNombre de paiements : 14\n", Direction.PAYOUT, None),
    ("Crédit Agricole <alertes@credit-agricole.fr>", "Alerte crédit sur votre compte",
     "Le 04/12/2026, votre compte **** 5518 a été crédité de 2 280,00 € :\n"
     "VIR DRFIP GRAND EST ET DEPT BAS RHIN / CHI DU RIED MANDAT 2026-004812 F-2026-0383\n",
     Direction.IN, "DRFIP GRAND EST ET DEPT BAS RHIN"),
    ("La Banque Postale <ne-pas-repondre@labanquepostale.fr>", "Virement reçu",
     "Vous avez reçu un virement de MME CARBONELL HELENE d'un montant de 1 320,00 € le "
     "03/12/2026.", Direction.IN, "MME CARBONELL HELENE"),
    ("Stripe <notifications@stripe.com>", "Paiement de 450,00 € reçu",
     "Paiement réussi\n\n450,00 € de camille.durand@example.com\n", Direction.IN,
     "camille.durand@example.com"),
])
def test_a_records_lines_a_settlement_a_status_and_payers_cut_at_their_reference(
        sender: str, subject: str, body: str, direction: Direction, payer: str | None) -> None:
    [read] = notice(subject, body, sender).transactions
    assert (read.direction, read.payer) == (direction, payer)


@pytest.mark.parametrize(("sender", "subject", "body", "payer"), [
    ("Shine <notifications@shine.fr>", "Nouveau virement reçu : + 2 160,00 €",
     "Bonne nouvelle Nathalie, BRASSERIE DU PILAT SAS vous a envoyé + 2 160,00 € .",
     "BRASSERIE DU PILAT SAS"),
    ("La Banque Postale <alertes@labanquepostale.fr>", "Alerte : opération au crédit",
     "Une opération au crédit a été enregistrée sur votre compte :\n- Date : 02/12/2026\n"
     "- Nature : VIREMENT DE SAVONNERIE DES MONTS D OR\n- Montant : 720,00 EUR\n",
     "SAVONNERIE DES MONTS D OR"),
    ("Banque Populaire <alertes@banquepopulaire.fr>", "Alerte Cyberplus : crédit",
     "Nous vous informons d'un crédit de 1 150,00 EUR sur votre compte.\nLibellé de "
     "l'opération : VIR SCEA DOMAINE DU MONT BROUILLY FACTURE 0383\n",
     "SCEA DOMAINE DU MONT BROUILLY"),
    ("SumUp <noreply@sumup.com>", "Votre facture n° 2026-031 a été payée",
     "Votre facture n° 2026-031 adressée à Épicerie Le Comptoir Gourmand vient d'être payée en "
     "ligne.\nMontant payé : 260,00 €\n", "Épicerie Le Comptoir Gourmand"),
    ("Société Générale <alertes@societegenerale.fr>", "Virement reçu sur votre compte",
     "Un virement de 3 120,00 EUR a été reçu sur votre compte le 30/11/2026.\nÉmetteur du "
     "virement : VOIX HAUTE AUDIO SARL\nMotif : F-2026-0402\n", "VOIX HAUTE AUDIO SARL"),
    ("Caisse d'Epargne <alertes@caisse-epargne.fr>", "+1 320,00 € sur votre compte",
     "Une nouvelle opération est disponible sur votre compte.\nVIR ECHOS MEDIA F 2026 0411\n",
     "ECHOS MEDIA"),
    ("Fortuneo <notification@fortuneo.fr>", "Notification de virement entrant",
     "Un virement entrant de 1 750,00 EUR provenant de ASSOCIATION LES NUITS DU MEDOC a été "
     "crédité sur votre compte le 30/11/2026.", "ASSOCIATION LES NUITS DU MEDOC"),
])
def test_payers_in_more_banks_wordings(sender: str, subject: str, body: str, payer: str) -> None:
    [read] = notice(subject, body, sender).transactions
    assert (read.direction, read.payer) == (Direction.IN, payer)


def test_a_feed_line_that_leads_with_its_operation_code_gives_the_name_after_it() -> None:
    read = notice("3 nouvelles transactions à catégoriser",
                  "ces transactions ont été importées depuis votre compte bancaire :\n"
                  "VIR INST MAXIME DELORME TONTON PODCAST + 900,00 €\n"
                  "PRLV SEPA OVH SAS - 14,39 €\n", "Indy <notifications@indy.fr>")
    assert [(t.direction, t.payer) for t in read.transactions][0] == (
        Direction.IN, "MAXIME DELORME TONTON PODCAST")


@pytest.mark.parametrize(("sender", "subject", "body", "direction"), [
    ("Stripe <notifications@stripe.com>", "Un virement de 1 842,17 € est en route",
     "Un virement de 1 842,17 € EUR est en route vers votre compte bancaire.\n\nCe virement "
     "comprend 5 paiements et 1 remboursement.", Direction.PAYOUT),
    ("Edenred France <affilies@edenred.fr>", "Avis de remboursement Ticket Restaurant",
     "Nous avons le plaisir de vous informer du remboursement suivant : Affilié CASTELNAU "
     "TRAITEUR\nMontant remboursé 412,30 €\n", Direction.PAYOUT),
    ("Banque Populaire <alertes@bpmed.fr>", "Alerte : votre compte est débiteur",
     "Au 29/11/2026, le solde de votre compte ****1406 est débiteur de -215,40 EUR.", None),
])
def test_a_payouts_count_a_meal_voucher_settlement_and_a_debit_balance(
        sender: str, subject: str, body: str, direction: Direction | None) -> None:
    read = notice(subject, body, sender)
    assert [t.direction for t in read.transactions] == ([direction] if direction else [])
    if direction is None:
        assert read.kind is NoticeKind.STATEMENT


def test_a_paid_by_label_and_a_lead_in_joined_to_the_first_line_give_the_payer() -> None:
    [sumup] = notice("Paiement reçu : 312,00 €", "Vous avez reçu un paiement via un lien de "
                     "paiement.\nMontant : 312,00 €\nPayé par : Inès Fauvel\n",
                     "SumUp <noreply@sumup.com>").transactions
    assert sumup.payer == "Inès Fauvel"
    cic = notice("Synthèse de vos opérations du 01/12/2026",
                 "Voici les opérations enregistrées hier sur votre compte courant n° ****2871 : "
                 "VIR KALON STUDIO F-2026-0427 + 1 296,00 EUR\n"
                 "PRLV SEPA URSSAF BRETAGNE - 412,00 EUR\n", "CIC <alertes@cic.fr>")
    assert [(t.direction, t.payer) for t in cic.transactions][0] == (Direction.IN, "KALON STUDIO")


def test_dashes_between_a_listed_credits_fields_are_separators() -> None:
    read = notice("2 virements recus sur votre compte", "2 virements reçus sur votre compte :\n\n"
                  "1. SARL AMBULANCES DU PEVELE - 2 400,00 EUR - FACT F-2026-0404 - 01/12/2026\n"
                  "2. SAS HAUTS DE FRANCE COMPOSITES - 5 400,00 EUR - F-2026-0406 - 01/12/2026\n",
                  "Hello bank! <noreply@hellobank.fr>")
    assert [(t.direction, t.payer) for t in read.transactions] == [
        (Direction.IN, "SARL AMBULANCES DU PEVELE"),
        (Direction.IN, "SAS HAUTS DE FRANCE COMPOSITES")]


@pytest.mark.parametrize(("sender", "subject", "body", "payer"), [
    ("SumUp <noreply@sumup.com>", "Paiement de 180,00 € reçu",
     "Camille Roussel a payé 180,00 € via votre lien de paiement.", "Camille Roussel"),
    ("Crédit Mutuel <alertes@creditmutuel.fr>", "Alerte sur votre compte",
     "Une opération est intervenue sur votre compte :\n\n+ 7 020,00 EUR le 03/12/2026\n"
     "VIR SARL ETS HUCHETTE VIR F-2026-0397\n", "SARL ETS HUCHETTE"),
    ("Caisse d'Epargne <alertes@caisse-epargne.fr>", "Alerte compte : crédit de 11 520,00 EUR",
     "Votre alerte : opération créditrice\nMontant : 11 520,00 EUR\nLibellé : VIR SEPA SAS NORD "
     "SECURITE SERVICES VIREMENT FOURNISSEUR 00045872 F-2026-0380\n", "SAS NORD SECURITE SERVICES"),
])
def test_a_payer_who_paid_a_sum_and_a_payer_before_a_transfer_word(
        sender: str, subject: str, body: str, payer: str) -> None:
    [read] = notice(subject, body, sender).transactions
    assert (read.direction, read.payer) == (Direction.IN, payer)


def test_a_card_credit_note_a_balance_of_accounts_and_a_pending_payment() -> None:
    [avoir] = notice("Mes alertes : opération créditrice", "Une opération créditrice de 149,00 "
                     "EUR a été enregistrée le 03/12/2026 :\nAVOIR CARTE X8821 KILOUTOU LYON 7 "
                     "30/11\n", "Crédit Agricole <noreply@credit-agricole.fr>").transactions
    assert avoir.direction is Direction.REFUND
    balances = notice("CIC - Solde de vos comptes", "CIC - Solde de vos comptes au 02/12/2026\n\n"
                      "COMPTE COURANT PROFESSIONNEL ...3318 02 : 18 452,37 EUR\n",
                      "CIC <noreply@cic.fr>")
    assert balances.kind is NoticeKind.STATEMENT
    [held] = notice("Paiement en attente de Olivia Grant", "Le paiement de 1 150,00 € EUR de "
                    "Olivia Grant est en attente.", "PayPal <service@paypal.fr>").transactions
    assert (held.direction, held.payer) == (Direction.PENDING, "Olivia Grant")


@pytest.mark.parametrize(("sender", "subject", "body", "direction", "payer"), [
    ("SumUp <no-reply@sumup.com>", "Facture F-2026-0402 payée",
     "Votre facture n° F-2026-0402 d'un montant de 260,00 € a été payée par BRASSERIE DU PORT.",
     Direction.IN, "BRASSERIE DU PORT"),
    ("Sumeria <notification@sumeria.eu>", "Pauline Cassagne vous a payé 40,00 €",
     "Pauline Cassagne vous a payé 40,00 €\nL'argent est disponible sur votre compte Sumeria.",
     Direction.IN, "Pauline Cassagne"),
    ("Crédit Agricole <noreply@credit-agricole.fr>", "Alerte : crédit sur votre compte",
     "Une opération créditrice de 410,00 EUR a été enregistrée le 30/11/2026 :\nVIREMENT EN VOTRE "
     "FAVEUR - EARL DU VIEUX MOULIN - FACT F-2026-0373\n", Direction.IN, "EARL DU VIEUX MOULIN"),
    ("AP <ap@atlantic-offshore.example>", "Remittance Advice - AOS-PAY-0031877",
     "Atlantic Offshore Services Ltd has initiated a payment to Morvan Drone.\nTotal: 1,800.00 EUR",
     Direction.PENDING, None),
    ("PayPal <service@paypal.fr>", "Paiement en attente", "Un paiement de 150,00 EUR de Raphaël "
     "Nogues est en attente. Les fonds seront disponibles sous 21 jours, sauf litige.",
     Direction.PENDING, None),
])
def test_an_invoice_paid_by_a_client_a_payer_after_a_dash_and_pending_words(
        sender: str, subject: str, body: str, direction: Direction, payer: str | None) -> None:
    [read] = notice(subject, body, sender).transactions
    assert read.direction is direction
    if payer:
        assert read.payer == payer


def test_a_leader_of_dots_keeps_a_label_with_its_amount_and_a_threshold_alert_is_a_statement(
        ) -> None:
    read = notice("Vos opérations du 02/12/2026", "Voici les opérations du 02/12/2026 :\n"
                  "VIR SEPA COOPERATIVE AGRICOLE VAL DE SAVE F-2026-0386 ........ +560,00 EUR\n"
                  "PRLV SEPA FREE PRO ........ -49,99 EUR\n", "BP <alertes@banquepopulaire.fr>")
    assert [(t.direction, t.payer) for t in read.transactions][0] == (
        Direction.IN, "COOPERATIVE AGRICOLE VAL DE SAVE")
    low = notice("Alerte CA : solde inférieur au seuil", "Le solde de votre compte est de 287,45 "
                 "EUR au 02/12/2026, inférieur au seuil de 300,00 EUR.")
    assert low.kind is NoticeKind.STATEMENT


def test_a_payout_that_lists_its_payments_and_payers_after_recevoir_a_date_or_a_bank_label(
        ) -> None:
    [payout] = notice("Virement GoCardless de 1 226,40 EUR", "Un virement de 1 226,40 EUR a été "
                      "envoyé à votre compte bancaire.\nPaiements inclus :\n  Hôtel des Quinconces"
                      "  - 642,00 EUR\n", "GoCardless <help@gocardless.com>").transactions
    assert payout.direction is Direction.PAYOUT
    [shine] = notice("Tu as reçu un virement de 145,00 €", "Virement reçu\n+145,00 €\nBonne "
                     "nouvelle Thomas ! Tu viens de recevoir un virement de M ROLAND PHILIPPE .",
                     "Shine <notifications@shine.fr>").transactions
    assert shine.payer == "M ROLAND PHILIPPE"
    rows = notice("2 virements reçus", "2 virements reçus ont été crédités sur votre compte :\n"
                  "30/11/2026 SARL LE GRENIER DE BOURGOGNE + 1 120,00 EUR\n"
                  "30/11/2026 M OU MME DUVAL + 145,00 EUR\n", "SG <alertes@societegenerale.fr>")
    assert [t.payer for t in rows.transactions] == ["SARL LE GRENIER DE BOURGOGNE",
                                                     "M OU MME DUVAL"]
    [indy] = notice("Nouvelle transaction : +820,00 €", "Montant +820,00 €\nLibellé bancaire VIR "
                    "ASSO PIANO EN FETE SEMUR F-2026-0397\n", "Indy <notification@indy.fr>"
                    ).transactions
    assert indy.payer == "ASSO PIANO EN FETE SEMUR"


@pytest.mark.parametrize(("sender", "subject", "body", "direction", "payer"), [
    ("Wise <noreply@wise.com>", "Keystone Learning Europe BV vous envoie 1 320,00 EUR",
     "Keystone Learning Europe BV vous envoie 1 320,00 EUR via Wise.\nL'argent devrait arriver "
     "d'ici le 7 décembre.", Direction.PENDING, None),
    ("Stripe <notifications@stripe.com>", "Payment of €450.00 from Pascale Jaouen",
     "Payment of €450.00 from Pascale Jaouen\nAmount: €450.00\nPayment method: Visa •••• 0073",
     Direction.IN, "Pascale Jaouen"),
    ("SumUp <no-reply@sumup.com>", "Paiement reçu via votre lien de paiement",
     "Bonne nouvelle : Christophe Bastide a réglé votre lien de paiement.\nMontant : 320,00 €",
     Direction.IN, "Christophe Bastide"),
])
def test_money_on_its_way_a_payment_from_someone_and_a_payment_link_settled(
        sender: str, subject: str, body: str, direction: Direction, payer: str | None) -> None:
    [read] = notice(subject, body, sender).transactions
    assert (read.direction, read.payer) == (direction, payer)


def test_a_bookkeeping_feed_that_asks_for_receipts_is_still_its_movements() -> None:
    read = notice("2 nouvelles transactions à justifier", "2 nouvelles transactions bancaires ont "
                  "été synchronisées depuis votre compte Qonto et attendent un justificatif :\n"
                  "02/12/2026 VIR SEPA THEATRE NATIONAL BRETAGNE F-2026-0408 +1 760,00 €\n"
                  "02/12/2026 CB OVH SAS -7,19 €\n", "Pennylane <notifications@pennylane.com>")
    assert [t.direction for t in read.transactions] == [Direction.IN, Direction.OUT]
