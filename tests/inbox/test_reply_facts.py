"""What replies say: promises with their day, disputes, payments claimed, requests; each from
the writer's own words, never from the quoted reminder."""

from __future__ import annotations

import datetime as dt

import pytest

from dunnerd.inbox.parse import parse_message
from dunnerd.inbox.reply_dates import said_days
from dunnerd.inbox.reply_facts import read_facts

TUESDAY = dt.date(2026, 12, 1)


def facts(body: str, subject: str = "Re: Facture F-1"):  # type: ignore[no-untyped-def]
    raw = (f"From: client@acme.example\r\nSubject: {subject}\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return read_facts(parse_message(raw), TUESDAY)


@pytest.mark.parametrize(("words", "day", "vague"), [
    ("le virement part demain", dt.date(2026, 12, 2), False),
    ("je vous règle d'ici le 15", dt.date(2026, 12, 15), False),
    ("payment will be made on Friday", dt.date(2026, 12, 4), False),
    ("paiement programmé au 20/12", dt.date(2026, 12, 20), False),
    ("Ok je fais le virement ce soir", TUESDAY, False),
    ("scheduled for our payment run on the 30th", dt.date(2026, 12, 30), False),
    ("je vous paie la semaine prochaine", dt.date(2026, 12, 11), True),
    ("le paiement sera fait début janvier", dt.date(2027, 1, 10), True),
    ("nous allons procéder au règlement d'ici la fin du mois", dt.date(2026, 12, 31), True),
    ("we'll transfer the money by the end of next week", dt.date(2026, 12, 11), True),
    ("je vous paie à la mi-décembre", dt.date(2026, 12, 15), True),
])
def test_a_promise_and_its_day(words: str, day: dt.date, vague: bool) -> None:
    promise = facts(f"Bonjour,\n\n{words}.\n\nMerci").get("promise")
    assert promise is not None and (promise.day, promise.vague) == (day, vague)


@pytest.mark.parametrize("words", [
    "Je conteste cette facture.", "La prestation n'est pas conforme au devis.",
    "This is not what we ordered.", "Nous avons un litige sur cette facture.",
    "Cette facture ne correspond pas à notre commande.",
])
def test_a_dispute(words: str) -> None:
    assert facts(words).get("dispute") is not None


@pytest.mark.parametrize(("words", "day"), [
    ("Nous avons réglé cette facture le 27/11 par virement.", dt.date(2026, 11, 27)),
    ("le virement a été fait hier", dt.date(2026, 11, 30)),
    ("We paid this on 16 November, proof attached.", dt.date(2026, 11, 16)),
    ("Je viens d'effectuer le virement.", None),
])
def test_already_paid(words: str, day: dt.date | None) -> None:
    paid = facts(words).get("already_paid")
    assert paid is not None and paid.day == day


def test_requests_and_a_corrected_invoice() -> None:
    found = facts("Pourriez-vous me renvoyer la facture ainsi que votre RIB ?")
    assert found.kinds == ("request_invoice", "request_bank_details")
    assert not found.get("request_invoice").corrected  # type: ignore[union-attr]
    corrected = facts("Could you resend it with the PO number on it?").get("request_invoice")
    assert corrected is not None and corrected.corrected


def test_the_quoted_reminder_says_nothing_of_the_writer() -> None:
    quoted = facts("Merci, bien reçu.\n\nLe lun. 30 nov. 2026 à 08:00, Camille a écrit :\n"
                   "> nous n'avons pas encore reçu votre paiement. Le RIB est ci-dessous ?\n"
                   "> Je conteste rarement.")
    assert quoted.facts == ()


def test_a_forwarded_bank_confirmation_is_a_claim() -> None:
    claim = facts("Voici la confirmation.\n\n-------- Message transféré --------\n"
                  "Votre virement de 2 180,50 EUR a été exécuté.", subject="TR: Virement")
    paid = claim.get("already_paid")
    assert paid is not None and paid.forwarded


def test_days_are_none_when_not_said() -> None:
    assert said_days("rien de précis", TUESDAY) == []
    assert said_days("merci pour le 1.5 %", TUESDAY) == []


@pytest.mark.parametrize(("words", "day"), [
    # A word about paying with a day to come, whatever the verb.
    ("Votre facture a été validée ; elle sera réglée lors de notre prochaine échéance de "
     "paiement du 18 décembre.", dt.date(2026, 12, 18)),
    ("Je vous envoie un chèque demain par la poste.", dt.date(2026, 12, 2)),
    ("It's approved now and will be paid within 5 working days.", dt.date(2026, 12, 8)),
    ("Nous procéderons au règlement d'ici la fin de la semaine prochaine.",
     dt.date(2026, 12, 11)),
])
def test_a_payment_with_a_day_to_come_is_a_promise(words: str, day: dt.date) -> None:
    promise = facts(words).get("promise")
    assert promise is not None and promise.day == day


@pytest.mark.parametrize("words", [
    "Peux-tu régler cette facture cette semaine ?",  # asked, not promised
    "Cette facture a été réglée lundi dernier, l'avis de virement est en PJ.",  # past
    "Nous ne réglerons pas cette facture tant que les anomalies du 12 novembre persistent.",
])
def test_a_question_a_past_payment_or_a_refusal_is_no_promise(words: str) -> None:
    assert facts(words).get("promise") is None


def test_a_denied_dispute_is_none_and_a_disagreement_is_one() -> None:
    assert facts("We're not disputing the work at all, but the PO is missing.").get(
        "dispute") is None
    assert facts("Nous ne sommes pas d'accord avec le montant facturé.").get("dispute")


def test_a_legal_disclaimer_is_not_the_writers_words() -> None:
    found = facts("Elle sera réglée le 18 décembre.\n\nAVERTISSEMENT : Ce message est "
                  "confidentiel. Toute utilisation non conforme à sa destination est interdite.")
    assert found.get("dispute") is None and found.get("promise") is not None


def test_a_forward_of_our_reminder_to_a_colleague_claims_no_payment() -> None:
    found = facts("Peux-tu regarder ?\n\n-------- Message transféré --------\nBonjour, sauf "
                  "erreur, le paiement de la facture F-1 n'a pas été reçu.", subject="TR: Rappel")
    assert found.get("already_paid") is None


@pytest.mark.parametrize(("words", "kind"), [
    ("Je vous confirme que le virement de 1 320,00 € a été émis ce matin.", "already_paid"),
    ("Règlement effectué ce jour par virement, référence F-2026-0422.", "already_paid"),
    ("Je ne retrouve pas cette facture. Pourriez-vous me la renvoyer en PDF ?", "request_invoice"),
    ("We never received the invoice. Could you send it over to ap@acme.example?",
     "request_invoice"),
    ("Payment will be released as soon as we receive a corrected invoice with our VAT number.",
     "request_invoice"),
    ("On vous a viré 1 000 € ce matin.", "already_paid"),
    ("Merci pour le rappel, c'est parti aujourd'hui.", "already_paid"),
    ("Le chèque de 280 euros pour l'affiche du gala a été posté hier.", "already_paid"),
    ("We sent it on Nov 25th via SEPA, reference LW-INV0426.", "already_paid"),
    ("Je le fais lundi sans faute.", "promise"),
    ("Je te fais ça demain matin à la première heure.", "promise"),
    ("Notre comptable passe les règlements en fin de quinzaine, vous serez réglée d'ici la fin "
     "de la semaine prochaine.", "promise"),
    ("Je refuse l'indemnité forfaitaire de 40 € ajoutée sur votre relance.", "dispute"),
    ("On paiera quand on aura reçu les fichiers sources comme prévu au contrat.", "dispute"),
    ("We won't be processing payment until the source files are handed over.", "dispute"),
    ("Merci de rééditer la facture F-2026-0540 en y indiquant le BC n° 4500128377.",
     "request_invoice"),
    ("Pouvez-vous émettre un avoir et une nouvelle facture au bon nom ?", "request_invoice"),
    ("Afin de procéder au règlement, merci de nous transmettre :\n- la facture au format PDF ;\n"
     "- votre RIB.", "request_bank_details"),
    ("Bonjour Sylvain, je vous ai réglé par PayPal hier soir.", "already_paid"),
    ("Paiement lancé ce matin par notre comptable.", "already_paid"),
    ("Je vous ai envoyé un chèque par la poste le 25 novembre.", "already_paid"),
    ("Vous trouverez ci-joint l'avis de virement pour la facture F-2026-0409.", "already_paid"),
    ("Our records show INV-0441 was paid on Nov 26 via SEPA transfer.", "already_paid"),
    ("Will sort it out tomorrow, sorry mate", "promise"),
    ("Your invoice will go out in early January with the first run of the year.", "promise"),
    ("Je peux faire 50 % le 10 décembre et le solde le 10 janvier.", "promise"),
    ("Notre virement a été rejeté. Je le refais aujourd'hui avec le bon IBAN.", "promise"),
    ("I am NOT paying for something that doesn't work.", "dispute"),
    ("As far as I know we never engaged your services.", "dispute"),
    ("Notre contrat prévoit 45 jours fin de mois. La facture n'est donc pas en retard.", "dispute"),
    ("Our finance team needs your IBAN and BIC to set you up as a vendor.", "request_bank_details"),
    ("Je n'ai simplement pas encore pu payer. Ce sera fait le 8 au plus tard.", "promise"),
    ("I've asked our bookkeeper to release it, should go out end of next week.", "promise"),
    ("Votre facture sera payée en fin de mois avec nos autres fournisseurs.", "promise"),
    ("Nous ne pourrons honorer votre facture qu'au début janvier.", "promise"),
    ("Nous ne paierons pas ces 40 €. En revanche le principal (450 €) part vendredi.", "promise"),
    ("Payment for INV-0488 is scheduled for 12/15 via ACH.", "promise"),
    ("Votre facture sera réglée fin décembre, lors de notre dernier paiement de l'année.",
     "promise"),
    ("Règlement effectué par virement le 2 décembre, référence VIR-88213.", "already_paid"),
    ("Nous attendons votre avoir correspondant avant tout règlement.", "dispute"),
    ("However we cannot pay invoice INV-0466 in its current form.", "dispute"),
    ("Envoyez-moi votre RIB (je ne l'ai pas sur la facture) et je lance le virement demain.",
     "request_bank_details"),
    ("Je vois 12 jours facturés : nous ne validerons que les 10 jours prévus au devis.",
     "dispute"),
    ("Vous serez payé quand le site fonctionnera correctement, pas avant.", "dispute"),
    ("Until they are delivered we consider INV-0445 not payable.", "dispute"),
    ("We don't accept the €40 recovery fee and the late interest added in your reminder.",
     "dispute"),
    ("Vu le retard de livraison, on ne paiera pas le montant plein.", "dispute"),
    ("Will do it Monday, sorry!", "promise"),
    ("Je peux te faire un premier virement de 500 € le 10 décembre et le reste à la mi-janvier, "
     "est-ce que ça te va ?", "promise"),
    ("Serait-il possible de régler en deux fois : la moitié le 15 décembre et le solde le 15 "
     "janvier ?", "promise"),
    ("Payé ✅ (capture jointe)", "already_paid"),
    ("Notre système exige un RIB au format PDF. Pouvez-vous nous le transmettre ?",
     "request_bank_details"),
    ("Votre facture F-2026-0390 sera réglée sous huitaine.", "promise"),
    ("Serait-il possible de régler début janvier ?", "promise"),
    ("Je fais le nécessaire demain, promis.", "promise"),
    ("Mercredi prochain sans faute, je bloque ça dans mon agenda.", "promise"),
    ("Le règlement devrait intervenir la semaine du 14.", "promise"),
    ("Apologies, will sort it first thing tomorrow.", "promise"),
    ("We are not going to pay this invoice until the final files are delivered.", "dispute"),
    ("La facture mentionne 12 écrans, or nous n'en avons validé que 9.", "dispute"),
    ("Les répétitions ne devraient pas être facturées au plein tarif.", "dispute"),
    ("Given that, we'd like to discuss a 20% reduction on this invoice.", "dispute"),
    ("INV-0471 includes a 25% rush surcharge that was never agreed.", "dispute"),
    ("Please resubmit the invoice showing PO 4500012345.", "request_invoice"),
    ("Je ne peux pas accepter de régler le montant initial : je vous demande une remise de 30 %.",
     "dispute"),
    ("Tant que ce n'est pas réparé, je ne vois pas pourquoi nous paierions la maintenance.",
     "dispute"),
    ("Invoice INV-0431 is scheduled for payment on 18 December 2026, in line with our standard "
     "terms.", "promise"),
    ("Je passerai le virement le 7, à réception de nos encaissements.", "promise"),
    ("Semaine prochaine sans faute, désolé pour le retard.", "promise"),
    ("Le paiement sera effectué endéans les 8 jours.", "promise"),
    ("Je l'ai réglée par carte via le lien de paiement, le 28/11.", "already_paid"),
    ("Wir überweisen den offenen Betrag von EUR 1'850.00 bis spätestens 11. Dezember 2026.",
     "promise"),
    ("Die Rechnung wird mit unserem nächsten Zahlungslauf am 8. Dezember überwiesen.", "promise"),
    ("We'll have it settled by the end\nof the month at the latest.", "promise"),
    ("Nous réglons nos fournisseurs une fois par mois,\nle 15.", "promise"),
    ("Le virement partira sous 48 h.", "promise"),
    ("Je viens de programmer le virement ; il partira après-demain.", "promise"),
    ("They should process it by end of month.", "promise"),
    ("Je vous propose 600 € le 10 décembre et le reste le 10 janvier.", "promise"),
    ("Votre facture sera payée dans la première quinzaine de janvier.", "promise"),
    ("J'ai posté le chèque de 540 € lundi, vous devriez le recevoir ces jours-ci.",
     "already_paid"),
    ("Je vous ai posté ce matin un chèque de 1 260,00 €.", "already_paid"),
    ("Veuillez trouver ci-joint l'avis d'opéré de notre banque pour le règlement.",
     "already_paid"),
    ("We are not in a position to pay this invoice.", "dispute"),
    ("Le montant ne correspond donc pas.", "dispute"),
    ("Je refuse de la payer : votre facture est arrivée en retard.", "dispute"),
    ("Could you please resend INV-0443 as a PDF showing our PO number?", "request_invoice"),
])
def test_more_ways_to_say_paid_or_to_ask_for_the_invoice(words: str, kind: str) -> None:
    assert facts(words).get(kind) is not None


@pytest.mark.parametrize("words", [
    "Je n'ai jamais reçu cette facture. Pouvez-vous me l'envoyer ?",
    "Nous ne pouvons pas la payer : nous n'avons pas vos coordonnées bancaires.",
    "On ne paiera pas avant le 15, la compta est fermée.",
])
def test_a_missing_invoice_or_missing_bank_details_is_no_dispute(words: str) -> None:
    assert facts(words).get("dispute") is None


def test_utf8_under_a_latin1_label_reads_as_what_the_client_wrote() -> None:
    raw = (b"From: client@acme.example\r\nSubject: Re: Facture F-1\r\nContent-Type: text/plain; "
           b"charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + "Règlement effectué ce jour par virement.".encode())
    message = parse_message(raw)
    assert "Règlement effectué" in message.text
    assert read_facts(message, TUESDAY).get("already_paid") is not None


def test_a_cheque_to_be_sent_tomorrow_is_a_promise_not_a_payment() -> None:
    found = facts("je vous envoie un chèque demain par la poste")
    assert found.get("promise") is not None and found.get("already_paid") is None


@pytest.mark.parametrize(("words", "kind"), [
    ("Je vous tiens au courant dès que c'est réglé.", "already_paid"),  # a condition
    ("Nous avions fait le virement le 20 novembre mais il nous est revenu hier.", "already_paid"),
    ("Nous ne réglerons pas cette facture tant que les corrections demandées le 12 novembre ne "
     "seront pas faites.", "promise"),  # a past day, not next year's
    ("Le règlement sera effectué à réception de la facture rectifiée : nous avons déménagé au 3 "
     "rue Châteaubriand.", "promise"),  # an address, not a day
    ("Je la fais valider par notre comptable, vous serez payé. Merci.\n\nLe présent message et "
     "toutes ses pièces jointes sont confidentiels ; toute utilisation non conforme est "
     "interdite.", "dispute"),
    ("Nous payons nos fournisseurs à 45 jours fin de mois, comme indiqué dans nos conditions. "
     "Votre facture sera payée dans ce cadre.", "promise"),  # a term, not a day
    ("Envoyez-moi votre RIB (je ne l'ai pas sur la facture).", "request_invoice"),
])
def test_conditions_past_days_addresses_and_disclaimers_say_nothing(words: str, kind: str) -> None:
    assert facts(words).get(kind) is None


def test_a_pronoun_asks_for_what_the_sentence_before_named() -> None:
    rib = facts("Notre comptable a besoin de votre RIB. Pouvez-vous me l'envoyer ?")
    assert rib.get("request_bank_details") is not None and rib.get("request_invoice") is None
    invoice = facts("Je ne retrouve pas la facture F-2026-0412. Pouvez-vous me l'envoyer ?")
    assert invoice.get("request_invoice") is not None


def test_a_question_about_when_it_was_paid_claims_nothing() -> None:
    assert facts("Payée quand ? Je ne vois rien passer.").get("already_paid") is None


@pytest.mark.parametrize("words", [
    "I'm checking with our bookkeeper and will get back to you by Monday.",
    "Our usual terms are payment within 30 days of invoice.",
])
def test_checking_and_a_buyers_terms_are_no_promise(words: str) -> None:
    assert facts(words).get("promise") is None


def test_an_invoice_not_yet_approved_is_no_dispute() -> None:
    assert facts("INV-0441 has not been approved yet, it is with the project manager.").get(
        "dispute") is None


def test_a_week_named_by_its_day_and_within_eight_days() -> None:
    week = facts("Le règlement devrait intervenir la semaine du 14.").get("promise")
    assert week is not None and week.day == dt.date(2026, 12, 18) and week.vague
    eight = facts("Votre facture sera réglée sous huitaine.").get("promise")
    assert eight is not None and eight.day == TUESDAY + dt.timedelta(days=8) and eight.vague


@pytest.mark.parametrize(("words", "kind"), [
    ("Arrêtez de nous relancer, on paiera quand on pourra.", "dispute"),
    ("Merci d'adresser désormais vos factures et relances à compta@pasquier.example.",
     "request_invoice"),
    ("Nous réglerons cette facture une fois la mise en production effective, comme prévu au "
     "devis. Je vous propose un point téléphonique jeudi.", "promise"),
])
def test_a_delay_an_address_for_later_and_a_condition_say_nothing_more(words: str,
                                                                     kind: str) -> None:
    assert facts(words).get(kind) is None


def test_payment_words_with_a_day_to_come_are_a_promise_not_a_payment() -> None:
    found = facts("Le paiement est effectué par le comptable public : le virement devrait "
                  "intervenir au plus tard le 15 décembre.")
    assert found.get("already_paid") is None
    promise = found.get("promise")
    assert promise is not None and promise.day == dt.date(2026, 12, 15)


@pytest.mark.parametrize(("words", "day"), [
    ("Je vous propose de régler début janvier, est-ce que ça vous va ?", dt.date(2027, 1, 10)),
    ("Nous ne pourrons vous payer que début janvier, après notre clôture.",
     dt.date(2027, 1, 10)),
    ("J'ai laissé la facture à Marion, elle m'a dit qu'elle la passe lundi avec les autres.",
     dt.date(2026, 12, 7)),
    ("Our terms are 30 days from invoice date, and your invoice is dated 14 November, so it will "
     "be paid on 14 December.", dt.date(2026, 12, 14)),
])
def test_a_proposal_an_only_then_a_colleagues_run_and_terms_that_give_a_day_are_promises(
        words: str, day: dt.date) -> None:
    promise = facts(words).get("promise")
    assert promise is not None and promise.day == day


def test_a_pronoun_after_a_missing_invoice_or_a_missing_rib_asks_for_that() -> None:
    invoice = facts("Nous n'avons jamais reçu cette facture. Pouvez-vous l'envoyer à "
                    "compta@bistrot.example (et pas à mon adresse) ?")
    assert invoice.get("request_invoice") is not None
    rib = facts("Je n'ai pas votre RIB, sur la facture il n'y a que l'adresse. Vous pouvez me "
                "l'envoyer ?")
    assert rib.get("request_bank_details") is not None and rib.get("request_invoice") is None
    named = facts("Facture bien reçue merci. Pour la mise en paiement il nous manque votre RIB : "
                  "pouvez-vous nous le transmettre ?")
    assert named.get("request_invoice") is None
    assert named.get("request_bank_details") is not None


def test_a_need_for_the_iban_asks_for_it_and_payment_held_back_disputes() -> None:
    assert facts("Sinon on fera un virement, mais alors il me faut votre IBAN complet.").get(
        "request_bank_details") is not None
    assert facts("We will not release this payment until we receive the final drawings.").get(
        "dispute") is not None


@pytest.mark.parametrize(("words", "day"), [
    ("J'ai demandé à Mathieu de s'en occuper : il fera le nécessaire la semaine prochaine.",
     dt.date(2026, 12, 11)),
    ("Ma banque a bloqué le virement. Je réessaie lundi.", dt.date(2026, 12, 7)),
    ("La facture est partie en paiement la semaine dernière, le virement devrait arriver d'ici "
     "le 10 décembre au plus tard.", dt.date(2026, 12, 10)),
    ("Nous ne pourrons pas régler avant le 20 janvier, date du déblocage du prêt.",
     dt.date(2027, 1, 20)),
    ("It has now been approved and payment will be made within the next 5 working days.",
     dt.date(2026, 12, 8)),
    ("Die Rechnung wurde heute freigegeben, die Zahlung erfolgt am kommenden Montag.",
     dt.date(2026, 12, 7)),
])
def test_a_colleague_a_retry_an_arrival_a_not_before_working_days_and_german_promise(
        words: str, day: dt.date) -> None:
    promise = facts(words).get("promise")
    assert promise is not None and promise.day == day


def test_payments_said_done_in_other_words_and_a_note_that_asks_nothing() -> None:
    paid = facts("Nous avons procédé au règlement de votre facture par chèque n° 4471203, envoyé "
                 "par courrier le 26 novembre.").get("already_paid")
    assert paid is not None and paid.day == dt.date(2026, 11, 26)
    english = facts("Please note that this invoice was already paid on 24.11.2026 by bank "
                    "transfer to the IBAN on your invoice.")
    assert english.get("already_paid") is not None
    assert english.get("request_bank_details") is None


def test_a_session_billed_that_did_not_take_place_is_a_dispute() -> None:
    assert facts("La 6e séance n'a pas eu lieu puisque tu l'as annulée. Je ne peux pas valider "
                 "le paiement tant que ce point n'est pas corrigé.").get("dispute") is not None


def test_a_forward_of_our_reminder_that_says_if_paid_already_claims_nothing() -> None:
    raw = ("From: marc@cardonnel.example\r\nSubject: Fwd: Rappel : facture F-2026-0401 échue\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nSophie, peux-tu regarder ce rappel ?\n"
           "---------- Forwarded message ---------\nDe : Léa <lea@fontaine.example>\n"
           "Subject: Rappel : facture F-2026-0401 échue\n\nLa facture F-2026-0401 est échue. Si "
           "votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce "
           "message.\n").encode()
    assert read_facts(parse_message(raw), TUESDAY).get("already_paid") is None


def test_a_payment_done_by_someone_else_and_expected_tomorrow_is_paid_not_promised() -> None:
    found = facts("Ma femme a fait le virement ce matin pour les étiquettes, vous devriez le "
                  "voir demain.")
    assert found.get("already_paid") is not None and found.get("promise") is None


@pytest.mark.parametrize(("words", "day"), [
    ("Pas de souci, réglé dans la journée 👍", TUESDAY),
    ("Notre comptabilité exécute les paiements deux fois par mois ; votre facture partira le 10 "
     "décembre.", dt.date(2026, 12, 10)),
])
def test_settled_later_today_and_an_invoice_that_will_leave_are_promises(words: str,
                                                                          day: dt.date) -> None:
    promise = facts(words).get("promise")
    assert promise is not None and promise.day == day


def test_not_paying_as_it_stands_is_a_dispute() -> None:
    assert facts("Nous n'avons pas oublié votre facture, mais nous ne la réglerons pas en "
                 "l'état : le master présente des saturations.").get("dispute") is not None


def test_an_outlook_forward_asking_a_colleague_to_pay_claims_nothing() -> None:
    raw = ("From: francois@brouilly.example\r\nSubject: TR: Rappel : facture F-2026-0412\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nKarine, peux-tu la passer au "
           "prochain paiement fournisseurs ? Le BAT a été validé le 6 octobre.\n\n"
           "-----Message d'origine-----\nDe : Nathalie <nathalie@grosjean.example>\n"
           "Objet : Rappel : facture F-2026-0412\n\nLa facture est échue.\n").encode()
    assert read_facts(parse_message(raw), TUESDAY).get("already_paid") is None


def test_both_named_before_are_asked_for_and_a_missing_iban_on_the_invoice_is_the_rib() -> None:
    both = facts("Je ne retrouve ni la facture ni votre RIB dans nos mails. Pouvez-vous me les "
                 "renvoyer tous les deux ?")
    assert both.get("request_invoice") is not None
    assert both.get("request_bank_details") is not None
    iban = facts("Je peux faire le paiement jeudi, mais votre IBAN n'apparaît pas sur la facture. "
                 "Pouvez-vous me l'envoyer par retour de mail ?")
    assert iban.get("request_bank_details") is not None and iban.get("request_invoice") is None
    assert facts("Tu peux m'envoyer la facture définitive à leur nom ?").get(
        "request_invoice") is not None


@pytest.mark.parametrize("words", [
    "Virement lancé, vous devriez le recevoir sous 48h.",
    "Kindly note that the transfer for INV-0348 was executed on 30 November.",
    "Je viens de payer par carte via le lien de paiement de la facture.",
])
def test_more_ways_of_saying_it_is_paid(words: str) -> None:
    found = facts(words)
    assert found.get("already_paid") is not None and found.get("promise") is None


def test_a_transfer_launched_next_monday_is_a_promise_and_a_complaint_is_no_payment() -> None:
    promise = facts("Virement lancé lundi prochain.").get("promise")
    assert promise is not None and promise.day == dt.date(2026, 12, 7)
    complaint = facts("Je vous ai fait part oralement de notre mécontentement. Nous réglerons "
                      "lorsque vous nous aurez fait une proposition de geste commercial.")
    assert complaint.get("already_paid") is None and complaint.get("dispute") is not None
    funds = facts("Nous pensons que les fonds arriveront vers le 20 décembre.").get("promise")
    assert funds is not None and funds.day == dt.date(2026, 12, 20)


def test_a_part_paid_and_the_balance_on_a_day_gives_both() -> None:
    found = facts("Je viens de vous faire un virement de 2 000 € (soit à peu près la moitié), et "
                  "le solde suivra le 20 décembre quand la prime sera tombée.")
    assert found.get("already_paid") is not None
    promise = found.get("promise")
    assert promise is not None and promise.day == dt.date(2026, 12, 20)


@pytest.mark.parametrize(("words", "day"), [
    ("Désolée j'ai complètement zappé ! Je te fais le virement ce week-end.",
     dt.date(2026, 12, 5)),
    ("Ça part demain, promis.", dt.date(2026, 12, 2)),
])
def test_the_weekend_and_ca_part_are_promises(words: str, day: dt.date) -> None:
    promise = facts(words).get("promise")
    assert promise is not None and promise.day == day


@pytest.mark.parametrize("words", [
    "Tant que ce n'est pas repris, je ne règle pas le solde de la facture.",
    "Tant que la reprise des joints du plan de travail n'est pas faite, nous bloquons le "
    "paiement de la facture F-2026-0191.",
    "We're not refusing to pay, but we will hold the invoice until the deliverables are in.",
])
def test_payment_held_until_the_work_is_redone_disputes(words: str) -> None:
    assert facts(words).get("dispute") is not None


def test_what_blocks_the_payment_is_no_dispute_and_a_rib_named_is_what_its_pronoun_asks() -> None:
    blocked = facts("Votre fiche fournisseur n'est pas encore créée, c'est ce qui bloque le "
                    "paiement.")
    assert blocked.get("dispute") is None
    rib = facts("Notre comptable me demande votre RIB pour créer votre fiche fournisseur, "
                "pouvez-vous me l'envoyer ?")
    assert rib.get("request_bank_details") is not None and rib.get("request_invoice") is None


@pytest.mark.parametrize(("words", "kind", "present"), [
    ("Merci de ne plus envoyer de relance sur cette facture.", "request_invoice", False),
    ("Le paiement est effectué par le comptable public et non par la mairie.", "already_paid",
     False),
    ("Je ne vais donc pas la régler en l'état.", "dispute", True),
    ("Renvoyez-moi la facture svp, je ne la retrouve pas.", "request_invoice", True),
])
def test_no_more_reminders_who_pays_not_as_it_stands_and_renvoyez_moi(
        words: str, kind: str, present: bool) -> None:
    assert (facts(words).get(kind) is not None) is present


def test_putting_it_to_thursdays_payment_run_is_a_promise() -> None:
    promise = facts("Renvoyez-moi la facture svp, je ne la retrouve pas, et je la passe au "
                    "paiement de jeudi.").get("promise")
    assert promise is not None and promise.day == dt.date(2026, 12, 3)


@pytest.mark.parametrize("separator", [
    "----- Mail d'origine -----",
    "-----Ursprüngliche Nachricht-----\nVon: Owner <owner@example.test>\nGesendet: Donnerstag",
])
def test_a_quoted_reminder_under_a_french_or_german_separator_asks_nothing(separator: str) -> None:
    found = facts(f"Je vous fais le virement le 5.\n\nFatima\n\n{separator}\nBonjour,\nJe vous "
                  "remercie de bien vouloir procéder à son règlement par virement (IBAN FR76 1695 "
                  "8000 0147 2263 8190 442).")
    assert found.get("promise") is not None and found.get("request_bank_details") is None


@pytest.mark.parametrize(("words", "kind"), [
    ("Die Rechnung INV-0419 wurde am 24.11. überwiesen (Verwendungszweck: INV-0419).",
     "already_paid"),
    ("Wir überweisen den Betrag bis Ende nächster Woche.", "promise"),
    ("bien reçu merci, c'est programmé pour la semaine prochaine.", "promise"),
    ("On attend l'avoir pour ces deux lignes, ensuite on règle le reste direct.", "dispute"),
    ("Merci de nous envoyer un avoir pour ce montant.", "dispute"),
    ("Je suis prête à régler les 380 € prévus, pas davantage.", "dispute"),
])
def test_german_payments_and_promises_a_programmed_run_and_a_credit_note_awaited(
        words: str, kind: str) -> None:
    assert facts(words).get(kind) is not None


def test_a_payment_procedure_is_no_dispute() -> None:
    found = facts("We're not disputing the invoice. The problem is that accounts can't release "
                  "any payment without a purchase order number on the invoice.")
    assert found.get("dispute") is None
