"""The words and header values that tell what kind of message it is, in French and English.

Every pattern runs on text folded by `extract.fold` (lower case, no accents), so 'réponse' is
written 'reponse' here. Kept apart from the decision in classify.py so that a new phrase is a
one-line change with its own test row.
"""

from __future__ import annotations

import re


def _any(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrases))


# Subject markers that an autoresponder, not a person, wrote the message.
AUTO_SUBJECT = _any(
    r"\bauto(?:matic|matische|matyczna|matica)?[ -:]*(?:reply|response|antwort|odpowiedz|risposta)",
    r"^auto:", r"\bautoreply\b", r"\bout of (?:the )?office\b", r"\bo\.?o\.?o\b",
    r"\breponse automatique\b", r"\bmessage automatique\b", r"\babsence du bureau\b",
    r"\babsente? du bureau\b", r"\babwesenheit", r"\brespuesta automatica\b",
    r"^(?:re: ?)?thank you for (?:your|contacting)", r"^(?:re: ?)?merci (?:pour|de) votre",
    r"\baccuse de reception\b", r"\bwe(?:'ve| have) received your\b", r"\bon vacation\b",
    r"\ben conges?\b", r"\bvacances\b",
)
# An out-of-office or acknowledgement, in the body.
VACATION = _any(
    r"\bout of (?:the )?office\b", r"\bi(?: am|'m) (?:currently )?(?:away|out|on (?:annual )?"
    r"(?:leave|vacation|holiday)|travell?ing|off)\b", r"\bon (?:annual |parental |sick )?leave\b",
    r"\bwill be back\b", r"\bi will return\b", r"\bback in the office\b",
    r"\blimited (?:access to (?:my )?e-?mail|e-?mail access)\b", r"\bno access to (?:my )?e-?mail",
    r"\bin my absence\b", r"\bduring my absence\b", r"\bwhile i(?: am|'m) away\b",
    r"\bje suis (?:actuellement )?(?:absente?|en conges?|en deplacement|en vacances)\b",
    r"\b(?:absente?|en conges?) (?:jusqu|du|a partir)", r"\bje serai de retour\b",
    r"\bde retour le\b", r"\bpendant mon absence\b", r"\ben mon absence\b",
    r"\bacces limite a (?:mes|ma)\b", r"\bpour toute urgence\b", r"\ben cas d'urgence\b",
    r"\bfor urgent (?:matters|issues|requests)\b",
)
ACKNOWLEDGEMENT = _any(
    r"\bthis is an? automat(?:ic|ed)\b", r"\bautomatically generated\b",
    r"\bgenerated automatically\b", r"\bauto-?reply\b", r"\bthis mailbox is not monitored\b",
    r"\bwe (?:have|'ve) received your (?:message|e-?mail|request|enquiry|inquiry)\b",
    r"\byour (?:request|ticket|message) (?:has been|was) (?:received|created|logged)\b",
    r"\bnous avons bien recu votre\b", r"\bvotre (?:demande|message) a bien ete (?:recue?|enreg)",
    r"\bceci est une reponse automatique\b", r"\breponse automatique\b",
    r"\bmessage (?:genere )?automatique", r"\bmerci de ne pas repondre\b",
    r"\bne pas repondre a ce\b",
)
# Challenge-response filters: an automatic answer asking the sender to prove themselves.
CHALLENGE = _any(
    r"\bwaitlisted\b", r"\bguest list\b", r"\ballowed list\b", r"\bsender not pre-approved\b",
    r"\bprotected by (?:bluebottle|boxbe|spamarrest|mailblocks)", r"\bverify (?:that )?you are",
    r"\bclick (?:on )?the (?:following )?link to have your (?:address|email) added\b",
    r"\bconfirm(?:er)? (?:that )?you are (?:a )?human\b", r"\bpending verification\b",
)
DSN = _any(
    r"\bundeliver(?:able|ed)\b", r"\bdelivery (?:status notification|has failed|failure|failed|"
    r"to the following recipients? (?:failed|has been delayed))", r"\bcould ?n[o']t be delivered\b",
    r"\b(?:could not|cannot|can't|unable to) (?:be )?deliver", r"\bwas not delivered\b",
    r"\bmail delivery (?:failed|failure|subsystem|system)\b", r"\breturned mail\b",
    r"\bfailure notice\b", r"\bpermanent (?:error|fatal|failure)\b", r"\buser unknown\b",
    r"\bunknown user\b", r"\bno such (?:user|mailbox|recipient|address)\b",
    r"\bmailbox (?:unavailable|not found|full|does not exist|is full|disabled|unknown)\b",
    r"\brecipient address rejected\b", r"\baddress rejected\b", r"\bnon remis\b",
    r"\bechec de (?:la )?(?:remise|distribution|livraison)\b", r"\bremise impossible\b",
    r"\bn'a pas pu etre (?:remis|distribue|delivre|livre|achemine)", r"\bdestinataire inconnu\b",
    r"\badresse introuvable\b", r"\bmessage non (?:delivre|remis|distribue)\b",
    r"\bnondeliverable\b", r"\bdelivery notification\b", r"\bnot be delivered\b",
    r"\bhost unknown\b", r"\bnot a valid (?:user|recipient|address|mailbox)\b",
    r"\b5\.\d\.\d{1,3}\b", r"\bremote host said\b",
    r"\bdelivery to the following\b", r"\bthe following addresses? had permanent\b",
)
DSN_SUBJECT = _any(
    r"\bundeliver", r"\bdelivery (?:status|failure|failed|notification|report|problem)",
    r"\bfailure notice\b", r"\breturned mail\b", r"\bmail delivery\b", r"\bnon remis\b",
    r"\bnondeliverable\b", r"\bnot delivered\b", r"\bechec\b", r"\bdelivery has failed\b",
    r"\bmail system error\b", r"\bcould not send\b", r"\bdsn\b", r"\bbounced?\b",
    r"\bnot (?:be )?delivered\b", r"\bmail (?:error|failure)\b", r"\bnon-?delivery\b",
    r"\bdelivery (?:warning|delayed)\b", r"\buser unknown\b", r"\bdenied\b", r"\brejected\b",
    r"\bnon recapitabile\b", r"\bunzustellbar\b", r"\bno entregado\b", r"\bnao entregue\b",
)
DAEMON_SENDER = re.compile(
    r"^(?:mailer-daemon|mdaemon|[a-z0-9.-]+[+-]owner|owner-[a-z0-9.-]+|[a-z0-9.-]+-bounces"
    r"|postmaster|mail-daemon|mailerdaemon|mail delivery (?:subsystem|system)"
    r"|maildelivery|bounces?|nobody|smtp|mmdf|root)\b")
NO_REPLY_SENDER = re.compile(
    r"^(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|alerts?|daemon|news"
    r"|newsletter|mailer|marketing|automated|bounce[s]?)\b")
PAYMENT = _any(
    r"\bpayment (?:has been |was )?(?:received|credited|confirmed|completed|successful|"
    r"notification|advice)\b", r"\byou(?:'ve| have)? received (?:a |an )?(?:payment|money|transfer"
    r"|\$|€|£|\d)", r"\bmoney received\b", r"\bfunds (?:have been )?(?:received|credited)\b",
    r"\bhas sent you\b", r"\bsent you (?:a payment|\$|€|£|\d)", r"\bincoming (?:payment|transfer)",
    r"\byour account has been credited\b", r"\bcredited to your account\b",
    r"\bremittance advice\b", r"\bpayout\b", r"\bvirement (?:recu|entrant|instantane recu)\b",
    r"\bpaiement (?:recu|confirme|accepte|effectue avec succes)\b",
    r"\bvous avez recu (?:un |une )?(?:paiement|virement|\d)", r"\bavis de (?:virement|credit|"
    r"paiement|reglement|remise)\b", r"\bvotre compte a ete credite\b",
    r"\bcredit sur votre compte", r"\ba ete credite de\b",
    r"\bnouveau virement\b", r"\breglement recu\b", r"\bencaissement\b",
    r"\bzahlungseingang\b", r"\bgutschrift\b", r"\bprichozi uhrada\b", r"\bzauctovan",
    r"\bkredit na ucte\b", r"\bavizo\b", r"\bplatb[ay]\b", r"\bplatobn", r"\bzvyseny o\b",
    r"\bamt=\d", r"\bres=ok\b", r"\bbank statement\b", r"\breleve de compte\b",
    r"\bkontoauszug\b", r"\bvypis\b",
)
PAYMENT_PROCESSOR = re.compile(
    r"(?:^|[.@])(?:paypal|stripe|gocardless|sumup|mollie|lydia|lydia-app|qonto|shine|revolut"
    r"|wise|transferwise|payplug|lemonway|adyen|square|squareup|bank|banque|banka)\b")
# A person saying they paid or will: a human reply, never a payment notice.
HUMAN_PAYMENT = _any(
    r"\b(?:i|we)(?: have| ve|'ve| just| already| did)* (?:paid|settled|transferred|wired|sent "
    r"(?:the|a|you|it)|made (?:the|a) (?:payment|transfer)|initiated)\b",
    r"\b(?:i|we)(?:'ll| will| shall| are going to| am going to) (?:pay|settle|transfer|wire)\b",
    r"\bpayment (?:was|has been|will be) (?:made|sent|initiated|scheduled)\b",
    r"\b(?:j'ai|nous avons|on a)(?: bien| deja| hier| aujourd'hui)* (?:paye|regle|effectue|fait|"
    r"envoye|vire|lance|procede|emis)\b", r"\bje viens de (?:payer|regler|faire|effectuer)\b",
    r"\ble (?:virement|paiement|reglement) (?:a ete|est|sera) (?:fait|effectue|parti|envoye|"
    r"emis|lance|programme)\b", r"\b(?:je|nous) (?:vais|allons|vous) (?:payer|regler|virer)\b",
    r"\bje (?:paie|paye|regle)\b", r"\bci-joint (?:la )?preuve\b", r"\bproof of payment\b",
)
# Signs of mail sent to many: newsletters, spam, notifications, invitations, ticket updates.
BULK_BODY = _any(
    r"\bunsubscribe\b", r"\bopt[ -]?out\b", r"\bremove your e-?mail\b", r"\bno longer (?:wish )?"
    r"to receive\b", r"\bse desinscrire\b", r"\bdesabonner\b", r"\bdesinscription\b",
    r"\byou are receiving this\b", r"\byou received this (?:e-?mail|message) because\b",
    r"\bview (?:it |this )?(?:in|on) your browser\b", r"\bto stop receiving\b",
)
NOTIFICATION_BODY = _any(
    r"\bhas been committed\b", r"\baccording to our records\b", r"\byour request has been "
    r"(?:resolved|closed)\b", r"\byou have successfully\b", r"\bdear (?:user|customer|member|"
    r"client|subscriber|friend)\b", r"\bcher client\b", r"\bclick here\b", r"\bspecial offer\b",
    r"\blimited time\b", r"\bfree shipping\b", r"\bgift card\b", r"\bpills?\b",
    r"\binsider secrets?\b", r"\bdear friend\b", r"\bhello dear\b", r"\bact now\b",
)
TICKET_STATUS = _any(
    r"\byour (?:request|ticket|case)(?: #?\d+)? (?:has been|was|is now) (?:resolved|closed)\b",
    r"\bvotre (?:demande|ticket|requete)(?: n?°? ?\d+)? a ete (?:resolue?|fermee?|cloturee?)\b",
)
# Words with a symbol for a letter ("P@tches", "m@nual"); an address's domain is not one.
OBFUSCATED = re.compile(r"(?<![\w.@])[a-z]+[@$|!0(][a-z]+(?:[@$|!0(][a-z]+)?(?![\w.@])")
REPLY_SUBJECT = re.compile(r"^\s*\[?(?:re|aw|sv|tr|fwd?|wg|rif|r)\s*(?:\[\d+\])?\s*:", re.I)
QUOTE = re.compile(r"^(?:>|on .{0,200} wrote:|le .{0,200} a ecrit\s*:|-{3,} ?original message"
                   r"|-{3,} ?message d'origine)", re.MULTILINE)
