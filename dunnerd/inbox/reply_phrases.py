"""The phrases of client replies, in French and English, that reply_facts.py reads: promises,
payments made, disputes, requests, and the words that deny or condition them. Patterns run on
folded text (`notices.text.fold1`: lower case, no accents).

Kept apart from the reading so that a new phrasing is one line here and one test row.
"""

from __future__ import annotations

import re


def _any(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrases))


PAY = r"(?:virement|paiement|reglement|transfert|versement)"
PROMISE = _any(
    rf"\b(?:le |un |notre |mon |votre )?{PAY}s?\b[^.!?\n]{{0,40}}\b(?:part|partira|partent"
    r"|sera (?:fait|effectue|envoye|emis|lance|programme|execute|realise|passe)|est programme"
    r"|programme|prevu|planifie|interviendra|sera fait|arrivera)\b",
    r"\b(?:je|nous|on) (?:vous |te )?(?:regle|reglons|reglerons|reglerai|reglera|paie|paye|payons"
    r"|paierai|paierons|paiera|vire|virerai|virons)\b",
    rf"\b(?:je|nous|on) (?:vous |te |t')?(?:fais|ferai|faisons|ferons|lance|lancerai|lancons|fait"
    rf"|fera|envoie|enverrai|envoyons|passe|passerai|passerons|passera|effectuerai|effectuerons"
    rf"|programme|programmerai) (?:le |un |votre |ton )?{PAY}\b", r"\bmise en paiement\b",
    r"\b(?:je|nous|on) (?:vais|allons|va) (?:vous |te )?(?:regler|payer|virer|faire le (?:virement"
    r"|paiement)|proceder au (?:paiement|reglement|virement)|lancer le (?:virement|paiement))\b",
    r"\bje m'en occupe\b", r"\b(?:i'll|we'll|will) (?:do it|sort (?:it|this)(?: out)?"
    r"|get (?:it|this) (?:paid|done|sorted)|take care of it|deal with it)\b",
    r"\b(?:invoice|facture) will (?:be paid|be processed|partira)\b", r"\b(?:will|should) go out\b",
    r"\bfacture (?:partira|sera (?:payee|reglee|viree|traitee|mise en paiement))\b",
    # "Pas de souci, réglé dans la journée": done later today
    r"\b(?:regle|paye|vire)e? (?:dans la journee|d'ici ce soir|ce soir|demain)\b",
    r"\bce sera (?:fait|regle|paye|vire)\b", r"\bit will be (?:done|paid|sent)\b",
    r"\b(?:honorer|regler|payer) (?:votre|la|cette) facture qu'(?:au|a|en|le|d'ici)\b",
    # "je fais le nécessaire demain", "le règlement devrait intervenir la semaine du 14",
    # "Mercredi prochain sans faute"
    r"\b(?:je|nous|on|il|elle) (?:fais|ferai|fait|faisons|ferons|fera) le necessaire\b",
    # "Je n'ai pas encore pu payer [...] Je réessaie lundi"
    r"\b(?:je|nous|on) (?:reessaie|reessaierai|reessayerai|reessayons|retente"
    r"|retenterai|retentons)\b",
    rf"\b{PAY}s? devrai(?:t|ent) (?:intervenir|partir|arriver"
    r"|etre (?:fait|effectue|emis|execute))\b",
    r"\bsans faute\b", r"\bwithout fail\b",
    # "les fonds arriveront vers le 20 décembre"
    r"\bles fonds (?:arriveront|devraient arriver|seront (?:vires|verses))\b",
    r"\bthe funds (?:will|should) arrive\b",
    r"\b(?:il|elle|ca|cela) (?:partira|part|sera (?:fait|effectue|execute|emis))\b",
    # "je la passe au paiement de jeudi"
    r"\b(?:je|nous|on) (?:la |le |les )?(?:passe|passerai|passons|passerons|mets|mettrai"
    r"|mettons) (?:au|en) (?:paiement|reglement)\b",
    r"\b(?:they|we|i|it) (?:should|will) (?:process|pay|settle) (?:it|this|the invoice)\b",
    r"\b(?:je|nous) vous propos(?:e|ons) (?:de (?:vous )?(?:regler|payer|verser)\b|\d)",
    # "nous ne pourrons vous payer que début janvier": only then, but then
    r"\bne (?:pourr?(?:ons|ai|a|ont)|pouvons|peux|peut) (?:vous |te )?(?:regler|payer|virer"
    r"|verser)\b[^.!?\n]{0,40}? qu(?:e |')",
    # "nous ne pourrons pas régler avant le 20 janvier": that day, then
    r"\bne (?:pourr?(?:ons|ai|a|ont)|pouvons|peux|peut) pas (?:vous |te )?(?:regler|payer|virer"
    r"|verser)\b[^.!?\n]{0,30}? avant (?:le |la |fin |debut |mi-)",
    # "elle m'a dit qu'elle la passe lundi avec les autres"
    r"\b(?:il|elle|ils|elles|on) (?:la |le |les )(?:passe|passera|passeront|reglera|regleront"
    r"|paiera|paieront|virera)\b",
    r"\b(?:we'll|i'll|will) have (?:it|this|the invoice) (?:settled|paid|sorted)\b",
    # German-speaking clients (Switzerland, Germany): "wir überweisen den Betrag bis zum 11.
    # Dezember", "wird mit unserem nächsten Zahlungslauf am 8. Dezember überwiesen"
    r"\b(?:wir|ich) (?:werden )?(?:den \w+ |die rechnung )?(?:uberweisen|bezahlen|begleichen"
    r"|zahlen)\b", r"\b(?:wird|werden)\b[^.]{0,80}\b(?:uberwiesen|bezahlt|beglichen)\b",
    r"\bzahlungslauf\b", r"\bzahlung erfolgt\b", r"\b(?:c'est|il est|elle est) programmee?\b",
    r"\b(?:je|nous|on) (?:le |la |l')(?:fais|ferai|ferons|fera|refais|referai|referons|lance"
    r"|lancerai|envoie|enverrai|regle|reglerai)\b", r"\b(?:je|nous|on) (?:te |vous )?(?:fais|ferai"
    r"|ferons|fera) (?:ca|cela)\b", r"\b(?:on|nous) (?:revient|revenons|reviendrons) vers vous\b",
    r"\b(?:i|we)(?:'ll| will| shall| are going to| am going to| can) (?:pay|settle|transfer|wire"
    r"|send (?:the |you the |you )?(?:payment|money|funds|transfer)|process (?:the |your )?"
    r"(?:payment|invoice)|make (?:the )?payment)\b",
    r"\bpayment (?:will be|is going to be|is|is being) (?:made|sent|processed|scheduled"
    r"|released|issued|planned|arranged)\b",
    r"\b(?:scheduled|planned) for (?:our |the |next )?(?:payment|pay) run\b", r"\bpayment run\b",
    r"\bwill be paid\b", r"\bexpect (?:the |your )?payment\b", r"\bpayment (?:on|by) (?:friday|"
    r"monday|tuesday|wednesday|thursday)\b",
)
# Any word about paying: with a day to come in the same sentence, a promise ("elle sera
# réglée lors de notre échéance du 18", "je vous envoie un chèque demain").
PAY_WORD = re.compile(r"\b(?:regl|pai|pay|vir(?:e|er|ons|erai|ement)|verse|cheque|check(?!ing)"
                      r"|transfer|wire|remit|honor|solde\b|principal\b|uberw|bezahl|begleich"
                      r"|zahl)\w*")
# A sentence that denies what follows ("we're not disputing", "nous ne contestons pas").
NEGATED = re.compile(r"\b(?:not|n't|never|no|ne|n'|pas|aucun|aucune|sans)\b[^.,;!?]{0,20}$")
NEGATION_WORD = re.compile(r"\b(?:not|n't|never|ne|n'|pas|non|jamais|refus\w*|cannot)\b")
# Past days: "réglée lundi dernier" is no promise.
PAST = re.compile(r"\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois) dernier"
                  r"|(?:semaine|annee) derniere|(?:semaine|mois|annee) passee?|last (?:week|month"
                  r"|year|monday|tuesday|wednesday|thursday|friday)|ago|hier|yesterday|avant-hier"
                  r"|avions|avait|avais)\b")
# Said of what has not happened: "dès que c'est réglé", "once it is paid".
CONDITIONAL = re.compile(r"\b(?:des que|quand|lorsque|une fois que|si|once|when|as soon as|if)\b"
                         r"[^.,;!?]{0,20}$")
# Where a mail's legal notice begins: nothing after it is the writer's.
DISCLAIMER = re.compile(r"^\W*(?:avertissement|disclaimer|confidential(?:ity)?(?: notice)?"
                        r"|le present (?:message|courriel)"
                        r"|ce (?:message|courriel|mail) et (?:toutes )?(?:les|ses) pieces jointes"
                        r"|this (?:e-?mail|message) and any attachments?)\b", re.MULTILINE)
PAID = _any(
    # German: "die Rechnung INV-0419 wurde am 24.11. überwiesen", "wir haben ... bezahlt"
    r"\b(?:wurde|wurden|haben|habe)\b[^?]{0,60}\b(?:uberwiesen|bezahlt|beglichen)\b",
    r"\b(?:je|nous|on) (?:vous |te )?l'(?:ai|avons|a) (?:bien |deja )?(?:reglee?|payee?|viree?)\b",
    r"\b(?:j'ai|je vous ai|je t'ai|nous avons|nous vous avons|on a|on vous a|on t'a"
    r"|avons)(?: bien| deja| hier| ce matin"
    r"| aujourd'hui| enfin)* "
    # (not "je vous ai fait part de notre mécontentement")
    r"(?:paye|regle|effectue|fait(?! (?:part|savoir|remarquer|suivre|parvenir|mention))|envoye"
    r"|vire|verse|emis|procede au (?:virement|paiement|reglement))\b",
    # (not "le paiement est effectué par le comptable public": who pays, not that it is paid)
    rf"\ble {PAY} (?:a ete|est|a bien ete) (?:fait|effectue|parti|envoye|emis|lance|execute"
    r"|realise|passe|valide)\b(?<!est effectue)(?<!est fait)",
    rf"\ble {PAY} est (?:fait|effectue)\b(?! par (?:le|la|les|l') )",
    r"\bc'?est (?:regle|paye|fait|parti)\b",
    r"\b(?:le |un )?cheque\b[^.\n]{0,80}\b(?:a ete|est|ont ete) (?:poste|envoye|expedie|parti)\b",
    # a one-word answer: "Payé ✅ (capture jointe)", "Réglé le 3/12"; not "payé quand ?"
    r"^\W*(?:deja )?(?:paye|payee|regle|reglee|paid)\b(?![^.\n]{0,30}\?)",
    r"\bcheck (?:was |has been )?(?:mailed|sent|posted)\b",
    r"\b(?:transfer|payment|wire)\b[^.]{0,40}\b(?:was|has been) (?:executed|sent|made|released)\b",
    # "Virement lancé, vous devriez le recevoir sous 48h", "je viens de payer par carte"
    rf"^\W*{PAY} (?:lance|fait|effectue|envoye|parti|emis)\b(?=\s*(?:[,.;!]|$))",
    r"\b(?:je viens|nous venons|on vient) de (?:payer|regler|virer|(?:vous |te )?(?:faire|lancer"
    r"|passer|envoyer|emettre) (?:le|un|votre|ton) (?:virement|paiement|reglement))\b",
    # someone else did it: "Ma femme a fait le virement ce matin"
    rf"\b(?:ma femme|mon mari|mon associee?|ma collegue|mon collegue|notre comptable"
    rf"|la comptabilite|ma comptable|mon comptable) a (?:fait|effectue|lance|envoye|passe)"
    rf" (?:le |un |ton |votre )?{PAY}\b",
    r"\b(?:invoice|it|this|payment) (?:was|has been|have been) (?:already )?(?:paid|settled"
    r"|transferred)\b", r"\b(?:i|we) (?:have )?(?:sent|paid"
    r"|transferred|wired) it\b", r"\bdeja (?:paye|regle|vire)"
    r"\b",
    rf"\b{PAY} (?:fait|effectue|envoye|emis|execute|lance|parti|vire)(?: par \w+)? "
    r"(?:ce matin|ce jour|hier"
    r"|aujourd'hui|le)\b",
    r"\b(?:je vous ai|nous vous avons|on vous a|j'ai|nous avons) (?:envoye|poste|adresse|expedie)"
    r"(?: ce matin| hier| aujourd'hui| ce jour)? (?:un|le) cheque\b",
    r"\bci-jointe? (?:l'|le |la )?(?:avis (?:de |d' ?)(?:virement|paiement|opere)"
    r"|confirmation de (?:virement"
    r"|paiement)|ordre de virement)\b",
    r"\b(?:inv|invoice|facture)[\w-]*\s?[\w-]*\d[\w-]* (?:was|has been|is|a ete) (?:already )?"
    r"(?:paid|reglee?|payee?)\b",
    rf"\ble {PAY}\b[^.\n]{{0,40}}\b(?:a ete|a bien ete) (?:fait|effectue|parti|envoye|emis|lance"
    r"|execute|realise|passe|valide)\b",
    rf"\b(?:preuve|justificatif|capture(?: d'ecran)?|avis d'execution|confirmation)\b[^.\n]{{0,30}}"
    rf"{PAY}\b", r"\b(?:voila|voici|ci-joint|ci-jointe?) (?:le |la )?(?:justificatif|preuve)\b",
    r"\b(?:i|we)(?: have|'ve)?(?: already| just)? (?:paid|settled|transferred|wired|sent (?:the"
    r"|a|you the|you a) (?:payment|money|transfer)|made (?:the|a) (?:payment|transfer))\b",
    r"\bpayment (?:was|has been|has already been) (?:made|sent|processed|initiated|released)\b",
    r"\b(?:je|nous) (?:viens|venons) d'(?:effectuer|faire|lancer|emettre|envoyer|proceder|regler"
    r"|payer|valider)\b", r"\b(?:i|we) (?:just|have just) (?:paid|sent|made|transferred)\b",
    r"\bproof of payment\b", r"\bremittance advice\b", r"^paid\b",
    r"\b(?:paid|settled|regle|reglee|paye|payee|vire) (?:today|yesterday|this morning|"
    r"aujourd'hui|hier|ce matin)\b", r"\b(?:a|ont) (?:deja |bien )?ete (?:regle|paye|vire)e?s?\b",
    r"\b(?:it|this|the invoice) (?:was|has been|is) (?:already )?paid\b",
    r"\bconfirmation from our bank\b",
)
DISPUTE = _any(
    # "nous ne la réglerons pas en l'état": not as it stands
    r"\bne (?:la |le |les )?(?:reglerons|paierons|payerons|reglerai|paierai|validerons) pas "
    r"en l'etat\b", r"\bne (?:pouvons|pourrons|peux) pas (?:la |le )?(?:valider|regler|payer) "
    r"en l'etat\b",
    # payment held back until the work is delivered
    r"\b(?:will not|won't|cannot|can't) (?:release|make|process) (?:this |the |any )?payment "
    r"(?:until|before)\b",
    r"\bpas (?:la |le |les )?(?:regler|payer|valider|accepter) en l'etat\b",
    r"\bje conteste\b", r"\bnous contestons\b", r"\b(?:est|sont|reste) contestee?s?\b",
    r"\bcontest(?:ons|e|er) (?:cette|la|le|votre|ce)\b", r"\bcontestation\b",
    r"\b(?:pas|non) conforme\b", r"\bne correspond(?:ent)? (?:donc |plus |toujours )?pas\b",
    r"\bpas d'accord\b",
    r"\bdesaccord\b", r"\blitiges?\b", r"\bgeste commercial\b",
    r"\bn'(?:ont jamais|a pas|a jamais) eu lieu\b",
    r"\b(?:ne (?:peux|pouvons|peut) pas|cannot|can't) (?:valider|approve) (?:le paiement|la "
    r"facture|the payment|the invoice)\b[^.]{0,20}\b(?:tant que|until)\b",
    # never received the work, not the invoice: that one is a request for it
    r"\bjamais (?:ete )?(?:recu|livre|eu lieu)(?! (?:cette |la |votre |de |vos )?(?:facture|mail"
    r"|courriel|relance))",
    r"\bne (?:reglerons|paierons|payerons|reglerai|paierai)\b", r"\bne pouvons pas (?:la |le )?"
    r"(?:regler|payer)\b", r"\brefus(?:ons|e) de (?:la |le |les )?(?:payer|regler)\b",
    r"\bnot in a position to pay\b",
    r"\bnot what we (?:ordered|agreed)\b", r"\b(?:won't|will not) be paying\b",
    r"\b(?:i am|i'm|we are|we're) not paying\b", r"\bavant tout (?:reglement|paiement)\b",
    r"\b(?:cannot|can't|won't) pay (?:invoice|the invoice)\b",
    # a credit note awaited or asked for; a sum agreed and "pas plus"
    r"\b(?:nous attendons|on attend|j'attends) (?:votre |l'|un |cet )?avoir\b",
    r"\bmerci de nous (?:envoyer|adresser|faire|etablir) un avoir\b",
    r"\b(?:regler|payer)\b[^.]{0,40}\bpas (?:plus|davantage)\b",
    r"\bnever (?:engaged|hired|contracted)\b",
    r"\b(?:n'est|is) (?:donc )?pas en retard\b", r"\bis not (?:yet )?(?:overdue|late)\b",
    r"\bpas encore echue\b",
    r"\b(?:je|nous) refus(?:e|ons) (?:l'indemnite|les penalites|les frais|de payer|de regler)",
    # not "on paiera quand on pourra", a delay
    r"\b(?:on|nous) (?:paiera|paierons|reglera|reglerons) (?:quand|lorsque|une fois que)\b"
    r"(?! (?:on|nous) (?:pourra|pourrons|le pourra|le pourrons)\b)",
    r"\bne (?:peux|pouvons) pas accepter de (?:regler|payer)\b",
    r"\b(?:demande|demandons|souhaite|souhaitons|propose|proposons)(?: de vous| vous)? (?:une? )?"
    r"(?:\d+ ?% (?:de )?)?(?:reduction|remise|rabais|geste commercial)\b",
    r"\bje ne vois pas pourquoi (?:nous|je|on) (?:paierions|paierais|payerions|reglerions"
    r"|reglerais|paierait|reglerait)\b",
    r"\btant que (?:ce|ca|le [^.,;]{1,50}|la [^.,;]{1,50}) n'est pas (?:repare|corrige|livre"
    r"|termine|resolu|repris|refait|fait|remplace)e?s?\b",
    # "nous bloquons le paiement", "we will hold the invoice until the deliverables are in"
    r"\b(?:bloquons|suspendons|je bloque|je suspends) (?:le |notre )?(?:paiement|reglement)\b",
    r"\bhold (?:the |this |your )?(?:invoice|payment) until\b",
    # (not "accounts can't release any payment without a purchase order number": a procedure)
    r"\b(?:won't|will not|cannot|can't) (?:be )?(?:process|release|mak)\w* (?:the |any )?payment\b"
    r"(?! without)",
    r"\b(?:still )?(?:haven't|have not|hasn't|has not) (?:yet )?received the (?:final )?"
    r"(?:[\w-]+ )?(?:deliverables|goods|work|files)\b", r"\b(?:we|i) (?:dispute|contest)\b",
    r"\bdisput(?:e|ing) (?:this|the|your)\b", r"\b(?:do|does) not agree\b", r"\bdon't agree\b",
    r"\bdisagree\b", r"\b(?:won't|will not|cannot|can't) pay (?:this|the|it)\b",
    r"\brefuse to pay\b", r"\bnever (?:received|got) (?:the |any |our )?(?:goods|service|items?"
    r"|delivery|order|work|deliverables)\b", r"\bnever (?:delivered|ordered)\b",
    r"\b(?:incorrect|wrong) (?:invoice|amount)\b", r"\bwas not delivered\b",
    r"\b(?:are |am |is )?not going to pay\b", r"\bn'all(?:ons|ez) pas (?:payer|regler)\b",
    # the quantity or the price: "nous n'en avons validé que 9", "ne devraient pas être facturées
    # au plein tarif", "a rush surcharge that was never agreed", "discuss a 20% reduction"
    r"\bn'(?:en )?(?:avons|ai) (?:valide|commande|recu|accepte|demande) que\b",
    r"\bne (?:devrai(?:en)?t|doi(?:ven)?t) pas (?:etre )?facture",
    r"\brevenir sur le (?:nombre|montant|prix|tarif)\b",
    # not "has not been approved yet", an invoice on its way through approval
    r"\bnever (?:been )?(?:agreed|approved|authori[sz]ed)\b", r"\b(?:was|were) not agreed\b",
    r"\bnot agreed (?:upon|to|in advance)\b",
    r"\bn'a jamais ete (?:valide|convenu|accepte|demande)e?\b",
    r"\b(?:discuss|request|ask for|propose|demandons|demander|proposons|souhaitons) (?:an? |une? )?"
    r"(?:\d+ ?% )?(?:reduction|discount|remise|rabais|geste commercial)\b",
    # paying less, or only once the work is fixed: "on ne paiera pas le montant plein", "nous ne
    # validerons que les 10 jours prévus", "vous serez payé quand le site fonctionnera"
    r"\bne (?:paiera|payera|reglera|validerons|validerai|accepterons|accepterai)\b(?! pas avant)",
    r"\b(?:serez|seras) payee?s? (?:quand|lorsque|une fois que)\b[^.]{0,80}\b(?:fonctionn|marche"
    r"|corrig|livr|termin|repar)",
    r"\b(?:not|non|pas) (?:payable|exigible)\b",
    r"\b(?:don't|do not|won't|will not|cannot|can't) accept (?:the|your|any|this)\b[^.]{0,40}"
    r"\b(?:fee|interest|penalt|charge|invoice|amount)",
    r"\bn'accept(?:ons|e) pas (?:la|le|les|l'|cette|ces|votre|vos)\b[^.]{0,40}\b(?:indemnite|"
    r"penalite|frais|interets|facture|montant)",
)
PARTIAL = _any(r"\ble reste\b", r"\bune partie\b", r"\bpartiel", r"\bpartly\b", r"\bpart of\b",
               r"\bsur les \d")
ASKS = _any(r"\?", r"\bpouv(?:ez|iez)\b", r"\bpourr(?:iez|ez)\b", r"\bmerci de\b",
            r"\btu (?:peux|pourrais)\b",
            r"\bbien vouloir\b", r"\b(?:needs?|requires?)\b",
            r"\b(?:r|re)?envoy(?:ez|e)-(?:moi|nous)\b",
            r"\btransmettez-(?:moi|nous)\b",
            r"\ba besoin de (?:votre|vos)\b", r"\ba reception de\b",
            r"\bmerci d'\b", r"\bil (?:nous|me) (?:manque|faut)\b", r"\bnous avons besoin\b",
            r"\bj'ai besoin\b", r"\bcould you\b", r"\bcan you\b",
            r"\bplease\b(?! note| find| see| be advised)", r"\bwe need\b",
            r"\bi need\b", r"\bpeux-tu\b", r"\bvoudriez\b", r"\bauriez-vous\b", r"\bsend me\b",
            r"\bsend us\b", r"\bmerci\b.{0,40}\b(?:transmettre|envoyer|renvoyer)",
            r"\b(?:as soon as|once) we (?:receive|get)\b", r"\bdes (?:que nous (?:recevrons|aurons)"
            r"|reception de)\b")
INVOICE_WANTED = _any(
    # (not "merci de ne plus envoyer de relance sur cette facture")
    r"(?<!ne plus )(?<!ne pas )"
    r"\b(?:renvoy|transmet|envoy|faire parvenir|adress|communiqu|resend|re-send|send|forward"
    r"|resubmit|re-submit|submit"
    r"|share|emet|emett|reedit|reemet|etabl|refai|depos|reissue|issue)\w*\b[^.?\n(]{0,40}"
    r"\b(?:facture|invoice|duplicata)s?\b",
    r"\b(?:la|le|l') ?(?:deposer|reediter|re-?emettre|adresser)\b",
    r"\b(?:copie|copy|duplicata|duplicate) (?:de (?:la |votre )?|of (?:the |your )?)?(?:facture"
    r"|invoice)\b", r"\bresend it\b", r"\b(?:facture|invoice)\b[^.?\n]{0,30}\b(?:corrigee|"
    r"rectifiee|modifiee|corrected|amended|revised)\b", r"\bcorrected invoice\b",
    r"\b(?:la|une) facture\b[^.?\n]{0,30}\b(?:svp|s'il vous plait)\b",
    r"\bmerci de (?:la |le |nous la |nous le )?(?:corriger|rectifier|modifier)\b",
    r"\bplease (?:correct|amend|reissue|re-issue) (?:it|the invoice|this)\b",
    # the invoice named in the sentence before: "pourriez-vous me la renvoyer", "send it over"
    r"\b(?:me|nous) l(?:a |')(?:renvoyer|envoyer|transmettre|faire parvenir|adresser)\b",
    r"\bsend it (?:over|again)\b",
    # "could you please resend INV-0443 as a PDF"
    r"\b(?:renvoy|resend|re-send|send|transmet)\w*\b[^.?\n(]{0,20}\b(?:inv|fa|fact|f)-?\d{2,}",
)
CORRECTED = _any(r"\bcorrig", r"\brectifi", r"\bmodifi", r"\bcorrect(?:ed|ion)?\b",
                 r"\bamend", r"\brevis", r"\bpo\b", r"\bbon de commande\b",
                 r"\bnumero de commande\b", r"\bau nom de\b", r"\bavoir\b", r"\bcredit note\b")
BANK_DETAILS = _any(
    r"\brib\b", r"\biban\b", r"\bbic\b", r"\bcoordonnees bancaires\b",
    r"\breleve d'identite bancaire\b", r"\bbank(?:ing)? details\b", r"\baccount details\b",
    r"\bbank account\b", r"\bpayment details\b", r"\bsort code\b", r"\bwhich (?:bank )?account"
)
PRONOUN_ASK = re.compile(r"\b(?:(?:me|nous) )?l(?:e |a |'|es )(?:renvoyer|envoyer|transmettre"
                          r"|faire parvenir|adresser)\b|\b(?:re)?send it\b")
# The writer says they lack the bank details: "je n'ai pas votre RIB, sur la facture il n'y a
# que l'adresse" (the invoice is named too, but the RIB is what is missing).
LACKS_BANK_DETAILS = re.compile(r"\bpas (?:de |d'|votre |vos |le |ton )?(?:rib|iban|coordonnees "
                                r"bancaires)\b|\b(?:don't|do not) have your (?:iban|bank details)"
                                # "votre IBAN n'apparaît pas sur la facture"
                                r"|\b(?:rib|iban)\b[^.]{0,12}\b(?:n'apparai\w*|manque|est coupe"
                                r"|illisible)")
# A schedule proposed as a question ("je peux te faire un premier virement le 10, ça te va ?")
# still names the day the client means to pay.
INSTALMENTS = _any(r"\ben (?:deux|trois|2|3|plusieurs) fois\b", r"\bpremier (?:virement|versement"
                   r"|paiement)\b", r"\bla moitie\b", r"\bin (?:two|three|2|3) instal+ments\b",
                   r"\bfirst (?:instal+ment|payment)\b",
                   # a day proposed: "serait-il possible de régler début janvier ?"
                   r"\bpossible de (?:vous |te )?(?:regler|payer)\b",
                   r"\b(?:ok|possible|alright|fine) (?:for us |if we |to )?(?:pay|settle)\b")
# A buyer's payment terms are no promise: "our usual terms are payment within 30 days"
# (not "scheduled for payment on 18 December, in line with our standard terms": a day is said)
TERMS = _any(r"\b(?:usual|standard|normal|our) (?:payment )?terms (?:are|is)\b",
             r"\bnos conditions (?:de paiement|de reglement|habituelles) sont\b",
             r"\bnotre delai (?:de paiement|habituel) est\b")
# Where to send invoices from now on: an address changed, not this invoice asked for again.
FROM_NOW_ON = _any(r"\bdesormais\b", r"\bdorenavant\b", r"\ba l'avenir\b", r"\bfrom now on\b",
                   r"\bin (?:the )?future\b", r"\bgoing forward\b")

# What a bank's or a payment service's confirmation of an outgoing payment says.
CONFIRMS = _any(
    rf"\b{PAY}s?\b[^.!?\n]{{0,40}}\b(?:a ete|ont ete|est|bien) (?:emis|execute|effectue|envoye"
    r"|valide|transmis)e?s?\b",
    r"\bordre de virement\b", r"\bavis d'execution\b",
    r"\bconfirmation (?:de|du|of) (?:votre |your )?(?:virement|paiement|transfer|payment)\b",
    r"\b(?:transfer|payment) (?:has been |was )?(?:sent|completed|executed|processed|confirmed)\b",
    r"\byou (?:sent|paid)\b",
)
