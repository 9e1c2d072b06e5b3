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
    # not a platform's receipt of what the owner filed there ("accusé de réception de votre
    # dépôt", "... de votre candidature"): that one answers no e-mail
    r"\baccuse de reception\b(?! de (?:votre |ton )?(?:depot|pli|candidature|offre|dossier"
    r"|commande|declaration|inscription))", r"\bwe(?:'ve| have) received your\b",
    r"\bon vacation\b",
    r"\ben conges?\b", r"\bvacances\b", r"\bauto[ -]?generated\b", r"\(automatic response\)",
    r"^absente?\b", r"^absent\(e\)", r"^absence\b", r"\bauto[ -]?response\b", r"^lu ?:",
    r"^read ?:",
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
# The writer away, said in the first person or as an office's absence notice: "our finance lead
# is on leave" or "M. Dufresne, absent jusqu'au 7" is a person writing about someone else.
SELF_AWAY = _any(
    r"\b(?:i am|i'm|i will be|i'll be|je suis|je serai|nous sommes) (?:currently |actuellement )?"
    r"(?:out|away|absente?s?|en conges?|en vacances|on (?:annual |parental |sick )?leave"
    r"|on vacation|on holiday|off)\b", r"\bout of (?:the )?office\b", r"\babsence du bureau\b",
    r"\bje serai de retour\b", r"\bi will (?:be back|return)\b",
)
# A writer reporting what they did about our message: a person, not a responder.
ACTED = _any(
    r"\b(?:j'ai|je lui ai|nous avons|i've|i have|we've|we have) (?:bien )?(?:transmis|transfere"
    r"|fait suivre|signale|mis|flagged|forwarded|passed|sent)\b",
)
# A phone's or a mail app's signature: people type on phones, responders do not.
MOBILE_SIGNATURE = _any(
    r"\b(?:envoye|sent|envoye depuis|sent from) (?:de |from )?mon (?:iphone|ipad|mobile|smartphone"
    r"|telephone|android)\b", r"\bsent from my (?:iphone|ipad|mobile|phone|android|galaxy)\b",
    r"\bget outlook for (?:ios|android)\b", r"\bobtenir outlook pour (?:ios|android)\b",
)
# Said only by an automatic answer: enough on its own.
AUTO_ACK = _any(
    r"\byour (?:request|ticket|message|e-?mail)(?: [\w-]+)? has been received\b",
    r"\bvotre (?:demande|ticket|message)(?: [\w-]+)? a (?:bien )?ete (?:recue?|enregistree?)\b",
    r"\bthis is an? automat(?:ic|ed) (?:reply|response|acknowledge?ment|message in reply)\b",
    r"\bauto-?reply\b", r"\bautomatic (?:reply|response)\b", r"\bceci est une reponse "
    r"automatique\b", r"\breponse automatique\b", r"\baccuse de reception automatique\b",
    r"\bmessage est un accuse de reception\b", r"\bthis is the only notification you will\b",
    r"\bnote: this is an automated response\b",
)
# Said by acknowledgements, but a person may say it too: confirms a machine marker.
ACKNOWLEDGEMENT = _any(
    r"\bwe (?:have|'ve) received your (?:message|e-?mail|request|enquiry|inquiry)\b",
    r"\bthank you for (?:your (?:e-?mail|message)|contacting us)\b",
    r"\byour (?:request|ticket|message|e-?mail)(?: \(?#?\d+\)?)? (?:has been|was|is being) "
    r"(?:received|created|logged|reviewed)\b",
    r"\bnous avons bien recu votre (?:message|demande|e-?mail|courriel|facture)\b",
    r"\bvotre (?:demande|message|facture)(?: \(?n?°? ?#?\d+\)?)? a bien ete "
    r"(?:recue?|enreg|transmise?)", r"\bla traiterons dans les meilleurs delais\b",
    r"\bwe will get back to you\b", r"\bnous reviendrons vers vous dans les\b",
)
# The standard footers of automated notices: a machine sent it, nothing more. A bank's notice
# says it too, so it never makes an auto-reply on its own.
NOTICE_FOOTER = _any(
    r"\bthis is an? automat(?:ic|ed) (?:message|e-?mail|notification)\b",
    r"\bautomatically generated\b", r"\bgenerated automatically\b",
    r"\bthis mailbox is not monitored\b", r"\bdo not reply\b", r"\bplease don'?t reply\b",
    r"\bmessage (?:genere )?automatique", r"\bmerci de ne pas (?:y )?repondre\b",
    r"\bne pas repondre a ce", r"\bne repondez pas\b", r"\bcourriel (?:est )?envoye "
    r"automatiquement\b", r"\be-?mail (?:a ete )?envoye automatiquement\b",
    r"\bgenere automatiquement\b", r"\bneodpovedajte\b",
    r"\bmessage (?:est |a ete )?envoye automatiquement\b",
    r"\bvous avez recu cet e-?mail (?:obligatoire|car|parce)",
    r"\bvous recevez (?:ce|cet) (?:message|e-?mail|courriel) (?:car|parce)",
    r"\b(?:e-?mail|courriel) automatique\b", r"\bif you did(?:n't| not) (?:request|make) this\b",
    r"\byou can (?:safely )?ignore this (?:e-?mail|message)\b",
    r"\bsi vous n'etes pas a l'origine de (?:cette|ce)\b",
    r"\byou receive this e-?mail because\b", r"\bvous recevez cet e-?mail car\b",
    r"\btu recois cet e-?mail car\b", r"\bthis email relates to your\b",
    r"\byou are subscribed to \w+ (?:payments |payouts )?e-?mails\b",
)
# A sender's display name that is a service, not a person.
SERVICE_NAME = re.compile(
    r"\b(?:notifications?|alert(?:e|es|s)?|avis|service(?: client)?|info(?:rmation)?s?|team"
    r"|equipe|no-?reply|system|support|billing|facturation|accounts? payable|comptabilite "
    r"fournisseurs|helpdesk|banque|bank|banka|paypal|stripe|sumup|gocardless|qonto|shine|revolut"
    r"|wise|mollie|payplug|lydia|sumeria)\b")
# A bank's name in a display name or the signature of a notice.
BANK_NAME = re.compile(
    r"\b(?:bank|banque|banka|banco|bnp|credit agricole|credit mutuel|cic|lcl|societe generale"
    r"|la banque postale|boursorama|boursobank|fortuneo|hello bank|caisse d'epargne"
    r"|banque populaire|csob|tatra|revolut|qonto|shine|wise|n26|paypal|stripe|sumup|gocardless"
    r"|mollie|payplug|stancer|memo bank|swan|nickel|chase|uob|barclays|hsbc|ing|sumeria)\b")
UNSUBSCRIBE = _any(
    r"\bunsubscribe\b", r"\b(?:se|vous) desinscrire\b", r"\bdesabonner\b", r"\bdesinscription\b",
    r"\brepondez (?:simplement |juste )?\W{0,2}stop\b", r"\breply (?:with )?\W{0,2}stop\b",
    r"\bopt[ -]?out\b", r"\bto stop receiving\b", r"\bno longer (?:wish )?to receive\b",
    # a cold mailing's opt-out: "if you don't want to hear from me again, just reply 'no'"
    r"\b(?:do not|don't) want to hear from (?:me|us)\b",
    r"\bne (?:souhaitez|voulez) plus (?:recevoir|etre (?:contacte|sollicite))",
    r"\bpour ne plus recevoir\b",
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
    # (also after a system's name: "sap-noreply@", "ads-account-noreply@")
    r"^(?:[a-z0-9]+[-_.]){0,3}(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre)\b"
    r"|^(?:notifications?|alerts?|alertes|daemon|news"
    r"|newsletter|mailer|marketing|automated|bounce[s]?|system|reports?|monitoring|cron"
    r"|notify|b-?mail|vypis\w*|events?|winners?)\b")
# A shop's role address: its notices come from it, and so do its owner's own replies.
ROLE_SENDER = re.compile(r"^(?:orders?|commandes?|shop|store|boutique)\b")
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
    r"|wise|transferwise|payplug|lemonway|adyen|square|squareup|bank|banque|banka"
    # bookkeeping apps that relay the owner's bank feed
    r"|indy|pennylane|tiime)\b")
# A person saying they paid or will: a human reply, never a payment notice.
HUMAN_PAYMENT = _any(
    r"\b(?:i|we)(?: have| ve|'ve| just| already| did)* (?:paid|settled|transferred|wired|sent "
    r"(?:the|a|you|it)|made (?:the|a) (?:payment|transfer)|initiated)\b",
    r"\b(?:i|we)(?:'ll| will| shall| are going to| am going to) (?:pay|settle|transfer|wire)\b",
    r"\bpayment (?:was|has been|will be) (?:made|sent|initiated|scheduled)\b",
    r"\b(?:j'ai|nous avons|on a)(?: bien| deja| hier| aujourd'hui)* (?:paye|regle|effectue|fait|"
    r"envoye|vire|lance|procede|emis)\b",
    r"\b(?:je viens|nous venons) d(?:e |')(?:payer|regler|faire|effectuer|envoyer|lancer"
    r"|proceder)\b",
    # (not "Le règlement sera effectué par prélèvement le 05/12": the creditor takes it)
    r"\ble (?:virement|paiement|reglement) (?:a ete|est|sera) (?:fait|effectue|parti|envoye|"
    r"emis|lance|programme)\b(?! par prelevement)",
    r"\b(?:je|nous) (?:vais|allons|vous) (?:payer|regler|virer)\b",
    r"\bje (?:paie|paye|regle)\b", r"\bci-joint (?:la )?preuve\b", r"\bproof of payment\b",
)
# Signs of mail sent to many: newsletters, spam, notifications, invitations, ticket updates.
BULK_BODY = _any(
    r"\bunsubscribe\b", r"\bopt[ -]?out\b", r"\bremove your e-?mail\b", r"\bno longer (?:wish )?"
    r"to receive\b", r"\bse desinscrire\b", r"\bdesabonner\b", r"\bdesinscription\b",
    r"\byou are receiving this\b", r"\byou received this (?:e-?mail|message) because\b",
    r"\bview (?:it |this )?(?:in|on) your browser\b", r"\bto stop receiving\b",
)
# A notice that wants something from the reader (a link, credentials, haste): a lookalike.
# (not a passive "il sera confirmé ou refusé sous 48 heures": nothing asked of the reader)
_ACT = (r"(?<!sera )(?<!est )(?<!ete )(?:confirme[zr]?|valide[zr]?|clique[zr]?|verifie[zr]?"
        r"|mettre a jour|mettez a jour|connecte[zr]?|completez|completer|remplissez|confirm"
        r"|verify|click|update|log ?in|sign in|complete the form)")
_DEADLINE = r"\b(?:sous|avant|within|dans les|d'ici) (?:24|48) ?(?:h\b|heures\b|hours\b)"
# A sender's domain made to look official: "ca-verification-compte.info",
# "paypal-resolution-center.example", "dgfip-remboursement.example".
LOOKALIKE_DOMAIN = re.compile(r"(?:verif|securi|resolution|confirm|unlock|login|signin|rembourse"
                              r"|refund|(?:paypal|stripe|qonto|revolut|wise|gocardless|sumup|shine"
                              r"|bnp|lcl)[a-z]*-"
                              # a public body, or a payment, hyphenated in a domain of its own
                              # ("antai-paiement.example"): no fine or tax is paid at such one
                              r"|(?<![a-z])(?:antai|ameli|impots?|dgfip|urssaf|ants)[a-z]*-"
                              r"|-(?:paiement|payment)"
                              r"|(?:paiement|payment)s?-)")
PHISHING = _any(
    r"\bconfirme[zr]? (?:votre|ton) identite\b", r"\bverify (?:your|the) (?:account|identity)\b",
    r"\bvalide[zr]?(?:-le|-la|-les)? (?:ici|en cliquant)\b",
    r"\bcliquez (?:ici|sur (?:ce|le) lien)\b[^.\n]{0,60}\b(?:valider|confirmer|debloquer|recevoir)",
    r"\b(?:to )?claim (?:your|the) (?:funds|money|payment|prize)\b", r"\bdear beneficiary\b",
    r"\blottery\b", r"\bloterie\b", r"\bsend (?:us )?your (?:full name|bank account details)\b",
    r"\bconfirm your (?:bank|account|card) details\b", r"\bheritage\b", r"\binheritance\b",
    r"\b(?:pour|to) (?:le |la |les )?(?:debloquer|release|unlock)\b",
    r"\blog ?in (?:and|to) (?:verify|confirm)\b",
    r"\bupdate your (?:billing|payment) (?:information|details)\b",
    # a deadline is phishing only with something to do by then ("les fonds seront disponibles
    # sous 24 heures" is a bank's notice)
    rf"\b{_ACT}[^.\n]{{0,80}}{_DEADLINE}", rf"{_DEADLINE}[^.\n]{{0,80}}\b{_ACT}",
    r"\bconfirme[zr]? (?:vos|tes) (?:informations|coordonnees)\b",
    r"\b(?:acces|compte|account|access)\b[^.\n]{0,30}\b(?:sera|will be) (?:suspendu|bloque|ferme"
    r"|desactive|suspended|locked|closed|disabled)\b",
    r"\b(?:eviter|avoid) (?:la |the )?(?:suspension|fermeture|closure|cloture)\b",
    r"\b(?:compte|account) (?:a ete |has been |is )?(?:limite|suspendu|bloque|limited|suspended|"
    r"locked)\b", r"\bvous avez gagne\b", r"\byou(?:'ve| have)? won\b",
    r"\bvous avez ete selectionnee?(?:\(e\))? pour recevoir\b",
    r"\b(?:reclamer|recuperer) (?:mon|votre) cadeau\b", r"\bclaim your (?:gift|reward)\b",
    r"\bselectionnee?(?:\(e\))? parmi [^.\n]{0,40}\bpour recevoir\b",
    r"\btiree?(?:\(e\))? au sort\b", r"\breclamer votre\b",
    r"\b(?:1 000 000 ?e|millionieme) visiteur\b",
    r"\bfrais de (?:reception|deblocage)\b",
    r"\bpour (?:liberer|debloquer|recevoir) (?:le|votre|ce) paiement\b",
    r"\bfees? to (?:receive|release|unlock)\b",
    # a bank never asks to validate money received: "Veuillez valider la réception"
    r"\bvalide[rz]? la reception\b", r"\bconfirm (?:the )?receipt of (?:the |your )?(?:payment|"
    r"funds|transfer)\b",
)
# Someone telling a supplier they owe money: a reminder or an invoice addressed to the owner.
DUNNING_US = _any(
    r"\bnous n'avons pas (?:encore )?recu votre (?:paiement|reglement)\b",
    r"\bmerci de proceder au (?:reglement|paiement)\b", r"\bfacture (?:\S+ )?impayee\b",
    r"\bwe have not (?:yet )?received your payment\b", r"\byour invoice is (?:now )?overdue\b",
    r"\bplease (?:pay|settle) (?:the|this|your) (?:invoice|balance)\b",
    r"\b(?:ci-jointe?|veuillez trouver(?: ci-jointe?)?|please find attached|attached is|attached "
    r"please find) (?:notre|our|la|the) (?:facture|invoice)\b", r"\bour invoice (?:#|no|number)",
    r"\bnotre facture (?:n°|no|numero|d'honoraires|d'abonnement|du mois)",
    r"\b(?:notre|la|our) note d'honoraires\b",
)
# A shop's receipt or a supplier's bill for the owner: nobody answering a reminder.
BILLS_US = _any(
    r"\b(?:votre|your) (?:facture|invoice|receipt|recu)\b[^.\n]{0,80}\b(?:est disponible|is "
    r"available|is ready|est prete)", r"^receipt #", r"\byour receipt from\b", r"\bamount paid\b",
    r"\bmontant (?:paye|preleve|debite)\b", r"\bsera preleve\b",
    r"\bmerci pour votre commande\b", r"\bthank you for your order\b",
    # a supplier's order confirmation: "Nous avons bien reçu votre commande et votre règlement"
    r"\bconfirmation de (?:votre )?commande\b", r"\border confirmation\b",
    r"\b(?:nous avons|we have|we've) (?:bien )?(?:recu|received) (?:votre|your) "
    r"(?:commande|order)\b",
    # a supplier's "Veuillez trouver ci-joint votre facture n° 3512-2026-118842"
    r"\b(?:ci-joint|ci-jointe|please find attached)\s+(?:votre|your) (?:facture|invoice|recu"
    r"|receipt|avis d'echeance|quittance|appel de (?:cotisation|fonds)|echeancier)\b",
    # "We received payment for your GitHub.com subscription ... Charged to: Visa ending in 8830"
    r"\breceived (?:your )?payment for your\b",
    r"\bamount charged\b", r"\bcharged to:? (?:your )?(?:visa|mastercard|amex"
    r"|card)\b", r"\bthanks for your business\b",
)
NOTIFICATION_BODY = _any(
    r"\bnous vous informons\b", r"\bwe (?:would like to )?inform you\b",
    # (a buyer's "conditions générales d'achat" are cited by a client's accounts people)
    r"\bconditions (?:tarifaires|generales(?! d'achat)|d'utilisation)\b",
    r"\bterms (?:and conditions|of service)\b",
    r"\baucune action de votre part n'est requise\b", r"\bno action (?:is )?(?:required|needed)\b",
    r"\bcommande n°", r"\bvotre colis\b", r"\blivraison prevue\b",
    r"\bhas been committed\b", r"\baccording to our records\b", r"\byour request has been "
    r"(?:resolved|closed)\b", r"\byou have successfully\b", r"\bdear (?:user|customer|member|"
    r"client|subscriber|friend)\b", r"\bcher client\b", r"\bclick here\b", r"\bspecial offer\b",
    r"\blimited time\b", r"\bfree shipping\b", r"\bgift card\b", r"\bpills?\b",
    r"\binsider secrets?\b", r"\bdear friend\b", r"\bhello dear\b", r"\bact now\b",
    r"\bvotre commande (?:n°|no|numero|#)", r"\byour order (?:#|no|number)",
    r"\bsuivez votre colis\b",
    r"\btrack your (?:order|package|parcel|shipment)\b", r"\bmerci de votre confiance\b",
    r"\b(?:a ete|has been) (?:expediee?|shipped|dispatched)\b", r"\bcongratulations\b",
    r"\bconsultez-les\b", r"\bnouvelles notifications\b", r"\bnew notifications\b",
    r"\baucune action (?:de votre part )?n'est (?:requise|necessaire)\b",
    r"\bsera renouvelee? automatiquement\b", r"\brenouvellement automatique\b",
    r"\bwill (?:automatically )?renew\b", r"\bvia votre espace\b",
    r"\bconnectez-vous (?:a|sur) votre espace\b", r"\baccuse de reception de (?:votre |ton )?"
    r"(?:depot|pli|candidature|offre|dossier|commande|declaration|inscription)\b",
    # a platform telling of a message or a document left there: "vous avez un nouveau message
    # dans l'espace de travail", "un nouveau document est disponible dans votre compte"
    r"\b(?:vous avez|tu as|you have) (?:un |une |a |\d+ )?(?:nouveaux? |nouvelles? |new )"
    r"(?:messages?|documents?|commentaires?|comments?)\b",
    r"\bnouveaux? documents? (?:est|sont) disponibles?\b",
    # "votre attestation ... est disponible dans votre espace client"
    r"\b(?:est|sont) disponibles? (?:dans|sur|depuis) (?:votre|ton) (?:espace|compte)\b",
    r"\b(?:is|are) (?:now )?available in your (?:account|dashboard|portal)\b",
    r"\bnew documents? (?:is|are) available\b",
)
TICKET_STATUS = _any(
    r"\byour (?:request|ticket|case)(?: #?\d+)? (?:has been|was|is now) (?:resolved|closed)\b",
    r"\bvotre (?:demande|ticket|requete)(?: n?°? ?\d+)? a ete (?:resolue?|fermee?|cloturee?)\b",
)
# Words with a symbol for a letter ("P@tches", "m@nual"); an address's domain is not one.
OBFUSCATED = re.compile(r"(?<![\w.@])[a-z]+[@$|!0(][a-z]+(?:[@$|!0(][a-z]+)?(?![\w.@])")
REPLY_SUBJECT = re.compile(r"^\s*\[?(?:re|aw|sv|tr|fwd?|wg|rif|r)\s*(?:\[\d+\])?\s*:", re.I)
# An Outlook or Gmail quote header: "De : X / Envoyé :", or "From: X <x@y> / Date:". A record
# "From: Les Toits de Kergoat / To: Delorme Studio" in a notice has neither.
# A quoted line starts with ">"; a line of ">>" or deeper is one only above a first-level one:
# alone, it is an arrow drawn before a button (">>> Récupérer mon cadeau : http://...",
# ">>> RÉCUPÉRER MON CADEAU <<<").
_QUOTED = r">(?!>)|>>+(?=[\s\S]{0,3000}?^[ \t]*>(?!>))"
# The line a mail program puts above the message it quotes, folded.
ORIGINAL_MESSAGE = r"original message|(?:message|mail|courriel) d'origine|ursprungliche nachricht"
QUOTE = re.compile(rf"^[ \t]*(?:{_QUOTED}|on .{{0,200}} wrote:"
                   rf"|le .{{0,200}} a ecrit\s*:|-{{3,}} ?(?:{ORIGINAL_MESSAGE})"
                   r"|(?:de|from|von) ?: [^\n]{0,200}\n\W{0,3}(?:sent|envoye|gesendet"
                   r"|objet|subject) ?:|(?:de|from|von) ?: [^\n]{0,200}@[^\n]{0,200}\n\W{0,3}"
                   r"(?:date|to|a|an) ?:)", re.MULTILINE)
