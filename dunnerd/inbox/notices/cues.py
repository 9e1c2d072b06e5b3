"""The words that say which way money went, in French and English (and the few Czech and Slovak
bank phrasings of the public crm-payments-module fixtures). Patterns run on `text.fold1` output:
lower case, no accents ("crédité" is written "credite").

Kept apart from the reader so that a new phrasing is one line here and one test row. Each list
says what it means for the owner's money; the reader (reader.py) weighs them in this order,
the first that a notice's headline holds winning:

    failed > chargeback > refund > payout > out > pending > in

so that "virement rejeté ... recrédité", "payout failed", "vous a envoyé ... pas encore reçu"
and "le montant contesté ... débité" are never read as money in.
"""

from __future__ import annotations

import re


def _any(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrases))


_COLLECTED_FROM = r"[^.\n]{0,40}\baupres d[eu']"
# What a platform says one "received" that is no money: "vous avez reçu une nouvelle proposition
# de projet", "you have received a new message".
_NO_MONEY = (r"(?! (?:une? |a |an )?(?:nouveaux? |nouvelles? |new )?(?:messages?|propositions?"
             r"|proposals?|demandes?|requests?|invitations?|documents?|fichiers?|files?|avis"
             r"|commentaires?|comments?|offres?|offers?|candidatures?|missions?|devis|quotes?"
             r"|colis|parcels?|commandes?|orders?|reponses?|notifications?|e-?mails?|courriers?"
             r"|reviews?|votes?))")
IN = _any(
    rf"\bprelev\w*{_COLLECTED_FROM}",
    # French: received, credited, arrived, cashed
    rf"\b(?:vous avez|tu as|vous venez de|tu viens de|vous avez bien) (?:bien )?recu\b{_NO_MONEY}",
    r"\b(?:avez|as) recu (?:un |une |\d+ )?(?:nouveaux? )?(?:virements?|paiements?|de l'argent)",
    r"\ba recu (?:un |une )?(?:virement|paiement|versement)",
    r"\b(?:virements?|paiements?|reglements?|transferts?)(?: sepa| instantanes?| bancaires?)?"
    r" (?:recus?|entrants?|encaisses?|credites?|reussis?|acceptes?|confirmes?)\b",
    r"\b(?:ont|a) ete (?:credite|creditee|credites|encaisse|encaissee|recu|recue|verse sur)",
    r"\b(?:credite|creditee|credites) (?:de|sur|le)\b", r"\bau credit de\b",
    r"\bportee? au credit\b", r"\boperation (?:au )?credit(?:rice)?\b", r"\bavis d'opere credit\b",
    r"\bcredit sur votre compte\b",
    # La Banque Postale: "Nous vous informons du crédit suivant sur votre compte"
    r"\b(?:le|du) credit (?:suivant|ci-dessous)\b", r"\bavis de credit\b",
    r"\bun credit (?:de|sur)\b", r"\bnouveau credit\b",
    r"\bmouvement crediteur\b", r"\bcompte credite\b", r"\breception d'un virement\b",
    r"\bcredit de [+]?\d", r"\ben votre faveur\b", r"\b(?:un |nouvel )encaissement de\b",
    r"\b(?:est|sont) arrivee?s? sur\b", r"\barrivee d'un (?:virement|paiement)\b",
    # "X vous a envoyé un message" on a platform is no payment
    r"\b(?:vous|t') ?a envoye\b(?! une? (?:message|e-?mail|demande|invitation|document|fichier))",
    r"\bvous ont envoye\b", r"\bremise de cheques?\b",
    r"\bvir(?:ement)? (?:sepa )?(?:inst(?:antane)? )?(?:recu|re)\b", r"\bde l'argent\b",
    r"\bl'argent est (?:deja )?(?:disponible|arrive)\b", r"\bnouveaux? virements? recus?\b",
    r"\bpaiement (?:reussi|recu|accepte|confirme|encaisse)\b", r"\bnouveau paiement\b",
    # Stripe's subject "Paiement de 1 080,00 € réussi": the amount between the words
    r"\b(?:paiement|virement|payment) de [+]?\d[\d .,]*(?: ?(?:€|eur|euros|\$|£|usd|gbp))? "
    r"(?:reussi|recu|accepte|encaisse|confirme|succeeded|received)\b",
    r"\b(?:un |une )?(?:nouveaux?|nouvelle) (?:virements?|credits?|paiements?|encaissements?)\b",
    r"\b(?:virements?|transfers?|paiements?|payments?)\b[^.\n]{0,50}\b(?:sur|into|to|on) "
    r"(?:votre|ton|your) (?:compte|account|solde|balance)\b", r"\brecue?s? de\b",
    r"\breceived from\b",
    # Stripe: "Payment of €450.00 from Pascale Jaouen" (from an address, the body names them)
    r"\bpayment of [€$£]?\d[\d,. ]*(?: ?(?:€|eur|usd|gbp))? from (?![\w.+-]+@)",
    # SumUp: "Votre facture n° F-2026-0402 ... a été payée par BRASSERIE DU PORT" (not "payée
    # par prélèvement": how the owner paid a bill)
    r"\b(?:facture|invoice)\b[^.\n]{0,60}\b(?:a ete|has been|was) (?:payee|reglee|paid) (?:par|by) "
    r"(?!carte|cheque|virement|prelevement|card\b|direct debit|bank transfer)",
    # not "TVA collectée : 4 812,00 €", a tax figure
    r"(?<!tva )(?<!vat )\bcollecte(?:e|s)?\b", r"(?<!vat )\bcollected\b",
    r"\bviennent d'arriver\b", r"\bvient d'arriver\b",
    r"\bjust arrived\b",
    # English
    rf"\byou(?:'ve| have)? (?:just )?(?:received\b{_NO_MONEY}|got paid\b|been paid\b)",
    r"\byou've got money\b",
    r"\b(?:has|have)? ?(?:just )?sent you\b", r"\bpaid you\b", r"\b(?:vous|t') ?a (?:paye|regle)\b",
    r"\b(?:payment|transfer|money|funds|deposit)s? (?:has |have )?(?:been |was |were )?"
    r"(?:received|credited|arrived|deposited|paid in)\b",
    r"\bincoming (?:payment|transfer|wire|sepa)", r"\b(?:has|have) been (?:credited|paid)\b",
    r"\bpayment (?:succeeded|successful|completed|confirmed|captured)\b",
    r"\bpayment of \S{1,20} (?:\w{3} )?from \S[^\n]{0,80} succeeded\b",
    r"\bmoney (?:has )?arrived\b", r"\bcredited to your\b", r"\b(?:is|it's|it is) now in your\b",
    r"\byou(?:'ve| have) (?:just )?got (?:[€$£]|\d)", r"\breceived a (?:new )?payment\b",
    r"\bpaid (?:your )?invoice\b", r"\binvoice [^\n]{0,30} (?:was|has been) paid\b",
    # SumUp: "Amandine Roux a payé votre facture", "Votre facture F-2026-0449 a été payée"
    r"\ba (?:paye|regle) (?:votre|ta) facture\b",
    r"\b(?:votre|ta) facture\b[^.\n]{0,30}\ba ete (?:payee|reglee)\b",
    r"\bnew payment\b", r"\bdeposit of\b",
    # Czech and Slovak bank notices (remp2020/crm-payments-module docs/*.eml)
    r"\bprichozi uhrada\b", r"\bkredit na ucte\b", r"\bzvyseny o\b", r"\bplatba prijata\b",
    r"\bzauctovana suma\b", r"\bgutschrift\b", r"\bzahlungseingang\b", r"\bres=ok\b",
)
OUT = _any(
    # not "nous avons prélevé 500 € auprès de <client>": a direct debit collected for the owner
    rf"\bprelevements?\b(?!{_COLLECTED_FROM})", rf"\bprelev(?:e|ee|es)\b(?!{_COLLECTED_FROM})",
    r"\bdebit(?:e|ee|es)? (?:de|sur|le)\b",
    r"\ba ete debite", r"\boperation debitrice\b", r"\bdebit differe\b", r"\bdebit de vos\b",
    r"\bpaiement par carte\b", r"\bpaiement carte\b",
    # a cash withdrawal, not a rental's "Retrait : vendredi 11/12" or "empreinte au retrait"
    r"\bretraits?\b(?=\s(?:dab|gab|d'especes|au distributeur|de \d|\d|carte|cb)\b)",
    r"\bcb\b",
    r"\bachat\b", r"\bdab\b", r"(?:€|\beur|\beuros?) chez\b", r"\bcarte (?:bancaire|n°|\*)",
    r"\b(?:tu as|vous avez) (?:paye|regle|depense|envoye|effectue un (?:virement|paiement))\b",
    # CIC: "Vous avez ordonné le virement suivant : Compte débité ..."
    r"\b(?:tu as|vous avez) (?:ordonne|emis|initie|programme) (?:le|un) virement\b",
    r"\bcompte debite\b",
    r"\b(?:votre|ton) (?:virement|paiement|transfert|reglement|prelevement|achat)\b",
    r"\ba destination de\b", r"\bau (?:profit|benefice) de\b",
    r"\bvirements? (?:emis|sortants?|envoyes?|permanents?)\b",
    r"\bdebit(?:ed)?\b", r"\bdirect debit\b", r"\b(?:card )?(?:purchase|transaction) (?:at|to)\b",
    r"\btransfer (?:of \S+ )?to\b", r"\byou (?:made|sent|paid|spent|transferred)\b",
    r"\byour (?:payment|transfer|purchase|direct debit|bill payment)\b",
    r"\bthank you for your payment\b", r"\bwe (?:have )?received your payment\b",
    r"\bwithdrawal\b",
    # ("Atlantic Offshore Ltd has initiated a payment to Morvan Drone": the owner is paid)
    r"(?<!has initiated a )(?<!has made a )(?<!has sent a )\bpayment to\b(?! you)",
    r"\bcharged\b", r"\boutgoing\b",
    r"\bcard payment\b", r"\bspent\b",
    # Venmo (zkp2p/zk-p2p-v1 fixtures): paying someone's request is money out
    r"\byou completed\b[^\n]{0,60}\b(?:charge )?request\b",
)
# (not a payout's count: "ce virement comprend 5 paiements et 1 remboursement")
# (a card's "avoir", "AVOIR CARTE X8821 KILOUTOU", is a shop's credit note: a refund)
REFUND = _any(r"(?<!\d )\brembours", r"(?<!\d )\brefund", r"\bavoir carte\b")
# A meal-voucher operator's "remboursement" is its settlement of the vouchers the owner took:
# money in, many payments in one sum (Edenred's "Avis de remboursement ... Affilié", Pluxee's
# "Les transactions cartes Pluxee Restaurant ... ont été remboursées").
MEAL_VOUCHER = _any(r"\baffilie\b", r"\btitres?[- ]restaurant\b", r"\btickets? restaurant\b",
                    r"\bpluxee\b", r"\bedenred\b", r"\bconecs\b", r"\bup dejeuner\b",
                    r"\bswile\b", r"\bcheques? dejeuner\b")
FAILED = _any(
    r"\bechec\b", r"\bechoue", r"\brejet(?:e|ee|es)?\b", r"\brejete",
    r"(?<!ou )\brefuse(?:e|s)?\b",  # not "il sera confirmé ou refusé sous 48 heures"
    r"\bretour(?:ne|nee)? (?:de|par|a)\b", r"\bretour de (?:virement|paiement|prelevement)",
    r"\bimpaye", r"\bn'a pas pu (?:etre )?(?:execute|effectue|credite|envoye|abouti|traite)",
    r"\baucun montant n'a ete\b", r"\bfailed\b", r"\bdeclined\b", r"\brejected\b",
    r"\breturned (?:to|by)\b", r"\bwas returned\b", r"\bcould ?n[o']t (?:be )?(?:sent|complete|"
    r"completed|credited|processed)\b", r"\bcancell?ed\b", r"\bunsuccessful\b", r"\bannule",
    r"\bbounced\b", r"\ba ete retourne(?:e|s)?\b",
)
# Held, whoever's the payment: "Votre paiement de 620,00 € est en attente", "is on hold".
HELD = _any(r"\b(?:est|sont) (?:en attente|bloquee?s?|retenue?s?)\b",
            r"\b(?:is|are) (?:on hold|being held|pending)\b")
# (not PayPal's "les fonds seront disponibles sous 21 jours, sauf litige")
CHARGEBACK = _any(r"\bretrofacturation\b", r"\bchargeback", r"(?<!sauf )\blitige\b",
                  r"\ba conteste\b", r"\ba ete conteste", r"(?<!unless )\bdisputed?\b",
                  r"\bcontestation\b")
STATEMENT = _any(r"\breleves?\b(?! d'identite)", r"\bstatements?\b",
                 r"\bsituation de (?:votre |ton )?compte\b", r"\bextrait de compte\b",
                 r"\bkontoauszug\b", r"\bvypis\b", r"\btotal des operations\b",
                 r"\balertes?\W{1,3}solde\b", r"\bsolde debiteur\b",
                 r"\bcompte (?:est )?debiteur\b",
                 r"\b(?:le )?soldes? de (?:votre|vos|ton|tes) comptes?\b",
                 r"\bvotre solde au\b",
                 # a threshold alert: "Alerte CA : solde inférieur au seuil", "low balance"
                 r"\bsoldes? (?:est )?(?:inferieur|superieur)e? (?:a|au)\b", r"\blow balance\b",
                 r"\bbalance (?:is |has )?(?:fallen |dropped )?below\b",
                 r"\bbalance (?:alert|update|notification)\b", r"\byour (?:account )?balance is\b")
# A bank's statement of the account itself, never a bill even where it names "documents".
ACCOUNT_STATEMENT = _any(r"\breleves? (?:de compte|bancaires?)\b", r"\bextrait de compte\b")
PENDING = _any(
    r"\ben attente\b", r"\bpending\b", r"\bprevue? (?:le|au|pour)\b", r"\bon hold\b",
    r"\bsera (?:preleve|debite|credite|vire|execute|verse)e?\b", r"\ben cours de (?:verification|"
    r"traitement|validation)\b", r"\bwill be (?:debited|credited|charged|paid(?! out)|collected)\b",
    r"\bpas encore\b", r"\bnot yet\b", r"\bshould arrive\b", r"\bwill arrive\b",
    # Wise: "Keystone Learning Europe BV vous envoie 1 320,00 EUR. L'argent devrait arriver ..."
    r"\b(?:vous|t') ?envoie\b", r"\bdevrai(?:t|ent) arriver\b",
    r"\b(?:is|are) sending you\b", r"\bprocessing (?:the|your|this) (?:transfer|payment)\b",
    r"\b(?:we're|we are) (?:checking|reviewing|verifying)\b", r"\b(?:under|pending) review\b",
    r"\bbefore it (?:reaches|arrives in|lands in) your\b", r"\brun (?:a few |some )?checks\b",
    r"\bbefore we can (?:add|credit|release)\b", r"\b(?:fonds|paiement) (?:sont|est) bloques?\b",
    r"\bneed (?:a little )?more information\b",
    r"\best en (?:cours|train) de vous (?:envoyer|virer|payer)\b",
    # Wise's "€1,875.00 is on its way to you ... we're still processing it", Payoneer's "has
    # initiated a payment ... Expected arrival: 3-5 business days"
    r"\b(?:payment|transfer|money|funds)s? (?:is |are )?on (?:its|their|the) way\b",
    r"\d is on its way to you\b", r"\bstill processing\b",
    r"\binitiated an? (?:payment|transfer)\b",
    r"\bexpected arrival\b", r"\bwhen the funds are available\b",
    r"\bas soon as it (?:reaches|arrives)\b",
    # the payer's own remittance advice: announced by them, not yet seen by a bank
    r"\bavis de paiement\b", r"\b(?:payment|remittance) advice\b",
    # Chorus Pro's status "MISE EN PAIEMENT": the public payer has ordered it, no bank has seen it
    r"\bmise? en paiement\b", r"\bmise a disposition du comptable\b",
)
# A payment service paying its balance out to the owner's bank: many sales in one sum.
PAYOUT = _any(r"\bpayouts?\b", r"\bsettlement\b", r"\b(?<!prochain )versement\b(?! d'especes)",
              r"\bnous avons verse\b", r"\bvos ventes\b",
              # Mollie: "Nous avons transféré un règlement vers votre compte bancaire"
              r"\btransfere (?:un|le|votre) (?:reglement|solde)\b",
              r"\b(?:reglement|versement) vers votre compte bancaire\b",
              # Stripe: "Un virement ... est en route vers votre compte bancaire", "Ce
              # virement comprend 5 paiements et 1 remboursement"
              r"\ben route vers votre compte bancaire\b", r"\bcomprend \d+ paiements?\b",
              # GoCardless: "Un virement de 1 226,40 EUR a été envoyé à votre compte bancaire
              # ... Paiements inclus :"
              r"\bpaiements inclus\b", r"\bpayments included\b")
# A payer announcing it paid the owner's invoice ("mis en paiement", "avis de paiement"): its
# "votre facture" is the owner's invoice, not a bill for the owner.
REMITTANCE = _any(r"\bmise? en paiement\b", r"\bmise a disposition du comptable\b",
                  r"\bavis de paiement\b", r"\b(?:payment|remittance) advice\b",
                  r"\bpaid (?:your )?invoice\b")
# A bill or a document for the owner, not a movement of money.
# A bookkeeping feed's movements ("2 nouvelles transactions bancaires ont été synchronisées ...
# et attendent un justificatif"): no bill, whatever document it asks for.
FEED = _any(r"\btransactions?(?: bancaires?)? (?:ont ete |a ete )?synchronisee?s?\b",
            r"\btransactions? (?:have been |has been )?synced\b")
BILL = _any(r"\bjustificatifs?\b", r"\breceipts? (?:missing|needed)\b",
            # "votre facture client" is the owner's own invoice, not a bill for the owner
            r"\b(?:votre|ta|your) (?:facture|invoice)\b(?!s? clients?\b)", r"\bnouveau document\b",
            r"\bdeclaration (?:de |d')(?:tva|revenus|impots?|chiffre d'affaires)\b",
            r"\b(?:vat|tax) return\b", r"\battestations?\b",
            # Chorus Pro's status of the owner's invoice when it is rejected or suspended
            r"\bstatut de (?:la|votre) facture\b[^\n]{0,40}\b(?:rejetee|suspendue)\b",
            r"\bdocument (?:est )?disponible\b", r"\bmontant a payer\b", r"\bamount due\b",
            r"\b(?:facture|invoice) (?:est |is (?:now )?)?(?:disponible|available)\b",
            r"\bavis d'(?:imposition|impot|echeance)\b", r"\becheancier\b")
# The service paying the owner later, not a delay of the payer: "sera versé dans votre prochain
# virement", "will be paid out to you in your next payout".
NEXT_PAYOUT = _any(r"\bprochain (?:virement|versement)\b", r"\bnext payout\b", r"\bpaid out\b")
# A table's header row naming both columns: not a direction ("Date Libellé Débit Crédit").
COLUMN_HEADER = re.compile(r"\bdebit\b.{0,30}\bcredit\b|\bcredit\b.{0,30}\bdebit\b")
# A movement said not to have happened: "n'a pas été crédité", "not received".
NEGATED_IN = _any(
    r"\b(?:n'a|n'ont|n'est|ne sera|ne sont|n'avons|n'avez) (?:pas|jamais) (?:encore )?(?:ete )?"
    r"(?:credite|recu|arrive|encaisse|verse)", r"\bpas encore (?:ete )?(?:recu|credite|arrive)",
    r"\bne l'avez pas (?:encore )?recu\b", r"\b(?:not|never) (?:yet )?(?:been )?(?:received|"
    r"credited|arrived)\b", r"\bhas not\b", r"\bhave not\b",
)
# Words before an amount that make it something else than the movement: a balance, a fee, a
# total, an alert threshold.
NOT_THE_MOVEMENT = _any(
    r"\bsoldes?\b", r"\bbalance\b", r"\bzostat", r"\bzustat", r"\bfrais\b", r"\bfees?\b",
    r"\bcommission\b", r"\btotal\b(?! (?:regle|paye|verse|vire|paid|transferred))",
    r"\bsuperieure? a\b", r"\binferieure? a\b", r"\bseuil\b",
    r"\blimit", r"\bexceed", r"\bover\b", r"\babove\b", r"\bbelow\b", r"\bthreshold\b",
    r"\bplafond\b", r"\bventes\b", r"\bsales\b", r"\bpayments:", r"\bhors taxe", r"\bht\b",
    r"\bdont\b", r"\bmoney (?:in|out):",
    # a platform's project budget, not a sum paid: "Budget indicatif : 8 000 - 12 000 €"
    r"\bbudget\b", r"\bfourchette\b", r"\bestimat",
    # a price, not a movement: "will cost 6.11 USD per payment", "coûtera 2 € par virement"
    r"\bcosts?\b", r"\bcoute(?:ra)?\b", r"\btarifs?\b", r"\bpric(?:e|es|ing)\b",
    r"\b(?:per|par) (?:payment|transfer|virement|paiement|operation|month|mois)\b",
)
# A movement named, whatever its way: a bank's sum beside one of these is a movement of money,
# even where the words around it say neither in nor out.
MOVEMENT = _any(r"\b(?:virements?|paiements?|prelevements?|operations?|mouvements?|transactions?"
                r"|transfers?|payments?|encaissements?|credits?|debits?|cb|carte)\b")
# How a payer paid, on a payment service's record: no direction of the owner's money
# ("Moyen de paiement : carte bancaire" under "Votre facture a été payée par ...").
PAYMENT_MEANS = re.compile(r"\s*(?:moyen|mode|methode|type) de (?:paiement|reglement)\b"
                           r"|\s*payment (?:method|type)\b|\s*paid (?:with|by card)\b")
# Lines after which a message is someone else's: forwarded or quoted.
FORWARD_MARKER = re.compile(
    r"^(?:-{2,} ?(?:forwarded message|message transfere|original message|message d'origine)"
    r"|begin forwarded message|debut du message reexpedie)", re.MULTILINE)
FORWARD_SUBJECT = re.compile(r"^\s*\[?(?:fwd?|tr|wg|fw)\s*:", re.IGNORECASE)
