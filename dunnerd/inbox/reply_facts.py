"""Pure: what a client's reply says, each fact with the sentence it was read from.

- a promise with a day ("le virement part demain", "je vous règle d'ici le 15", "payment will
  be made on Friday"): the day, and whether the words were vague ("la semaine prochaine");
- a dispute ("je conteste cette facture", "la prestation n'est pas conforme", "this is not
  what we ordered"), whole or partial;
- "I already paid" (with the day, when said), a proof attached, or the client's bank
  confirmation forwarded;
- a request for the invoice (or a corrected one) or for the owner's bank details.

Only the writer's own words count: the quoted history (our reminder says "pas encore reçu
votre paiement" and "RIB ci-dessous") is cut off first. Patterns read folded text
(`notices.text.fold1`: lower case, no accents); the evidence keeps the words as written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from dunnerd.inbox.notices.text import fold1
from dunnerd.inbox.parse import ParsedMessage
from dunnerd.inbox.reply_dates import said_days


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
    rf"|fera|envoie|enverrai|envoyons) (?:le |un |votre |ton )?{PAY}\b", r"\bmise en paiement\b",
    r"\b(?:je|nous|on) (?:vais|allons|va) (?:vous |te )?(?:regler|payer|virer|faire le (?:virement"
    r"|paiement)|proceder au (?:paiement|reglement|virement)|lancer le (?:virement|paiement))\b",
    r"\bje m'en occupe\b", r"\b(?:i'll|we'll|will) (?:do it|sort (?:it|this)(?: out)?"
    r"|get (?:it|this) (?:paid|done|sorted)|take care of it|deal with it)\b",
    r"\b(?:invoice|facture) will (?:be paid|be processed|partira)\b", r"\b(?:will|should) go out\b",
    r"\bce sera (?:fait|regle|paye|vire)\b", r"\bit will be (?:done|paid|sent)\b",
    r"\b(?:honorer|regler|payer) (?:votre|la|cette) facture qu'(?:au|a|en|le|d'ici)\b",
    # "je fais le nécessaire demain", "le règlement devrait intervenir la semaine du 14",
    # "Mercredi prochain sans faute"
    r"\b(?:je|nous|on) (?:fais|ferai|fait|faisons|ferons|fera) le necessaire\b",
    rf"\b{PAY}s? devrai(?:t|ent) (?:intervenir|partir|etre (?:fait|effectue|emis|execute))\b",
    r"\bsans faute\b", r"\bwithout fail\b",
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
                      r"|transfer|wire|remit|honor|solde\b|principal\b)\w*")
# A sentence that denies what follows ("we're not disputing", "nous ne contestons pas").
NEGATED = re.compile(r"\b(?:not|n't|never|no|ne|n'|pas|aucun|aucune|sans)\b[^.,;!?]{0,20}$")
_NEGATION = re.compile(r"\b(?:not|n't|never|ne|n'|pas|non|jamais|refus\w*|cannot)\b")
# Past days: "réglée lundi dernier" is no promise.
PAST = re.compile(r"\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois) dernier"
                  r"|(?:semaine|annee) derniere|(?:semaine|mois|annee) passee?|last (?:week|month"
                  r"|year|monday|tuesday|wednesday|thursday|friday)|ago|hier|yesterday|avant-hier"
                  r"|avions|avait|avais)\b")
# Said of what has not happened: "dès que c'est réglé", "once it is paid".
CONDITIONAL = re.compile(r"\b(?:des que|quand|lorsque|une fois que|si|once|when|as soon as|if)\b"
                         r"[^.,;!?]{0,20}$")
PROMISE_HORIZON = dt.timedelta(days=120)  # "le 12 novembre" written in December is no promise
# Where a mail's legal notice begins: nothing after it is the writer's.
DISCLAIMER = re.compile(r"^\W*(?:avertissement|disclaimer|confidential(?:ity)?(?: notice)?"
                        r"|le present (?:message|courriel)"
                        r"|ce (?:message|courriel|mail) et (?:toutes )?(?:les|ses) pieces jointes"
                        r"|this (?:e-?mail|message) and any attachments?)\b", re.MULTILINE)
PAID = _any(
    r"\b(?:j'ai|je vous ai|je t'ai|nous avons|nous vous avons|on a|on vous a|on t'a"
    r"|avons)(?: bien| deja| hier| ce matin"
    r"| aujourd'hui| enfin)* "
    r"(?:paye|regle|effectue|fait|envoye|vire|verse|emis|procede au (?:virement|paiement))\b",
    rf"\ble {PAY} (?:a ete|est|a bien ete) (?:fait|effectue|parti|envoye|emis|lance|execute"
    r"|realise|passe|valide)\b", r"\bc'?est (?:regle|paye|fait|parti)\b",
    r"\b(?:le |un )?cheque\b[^.\n]{0,80}\b(?:a ete|est|ont ete) (?:poste|envoye|expedie|parti)\b",
    # a one-word answer: "Payé ✅ (capture jointe)", "Réglé le 3/12"; not "payé quand ?"
    r"^\W*(?:deja )?(?:paye|payee|regle|reglee|paid)\b(?![^.\n]{0,30}\?)",
    r"\bcheck (?:was |has been )?(?:mailed|sent|posted)\b", r"\b(?:i|we) (?:have )?(?:sent|paid"
    r"|transferred|wired) it\b", r"\bdeja (?:paye|regle|vire)"
    r"\b",
    rf"\b{PAY} (?:fait|effectue|envoye|emis|execute|lance|parti|vire)(?: par \w+)? "
    r"(?:ce matin|ce jour|hier"
    r"|aujourd'hui|le)\b",
    r"\b(?:je vous ai|nous vous avons|on vous a) (?:envoye|poste|adresse|expedie) (?:un|le) "
    r"cheque\b",
    r"\bci-jointe? (?:l'|le |la )?(?:avis de (?:virement|paiement)|confirmation de (?:virement"
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
    r"\bje conteste\b", r"\bnous contestons\b", r"\b(?:est|sont|reste) contestee?s?\b",
    r"\bcontest(?:ons|e|er) (?:cette|la|le|votre|ce)\b", r"\bcontestation\b",
    r"\b(?:pas|non) conforme\b", r"\bne correspond(?:ent)? pas\b", r"\bpas d'accord\b",
    r"\bdesaccord\b", r"\blitiges?\b", r"\bn'ont jamais eu lieu\b",
    # never received the work, not the invoice: that one is a request for it
    r"\bjamais (?:ete )?(?:recu|livre|eu lieu)(?! (?:cette |la |votre |de |vos )?(?:facture|mail"
    r"|courriel|relance))",
    r"\bne (?:reglerons|paierons|payerons|reglerai|paierai)\b", r"\bne pouvons pas (?:la |le )?"
    r"(?:regler|payer)\b", r"\brefus(?:ons|e) de (?:payer|regler)\b",
    r"\bnot what we (?:ordered|agreed)\b", r"\b(?:won't|will not) be paying\b",
    r"\b(?:i am|i'm|we are|we're) not paying\b", r"\bavant tout (?:reglement|paiement)\b",
    r"\b(?:cannot|can't|won't) pay (?:invoice|the invoice)\b", r"\bnous attendons votre avoir\b",
    r"\bnever (?:engaged|hired|contracted)\b",
    r"\b(?:n'est|is) (?:donc )?pas en retard\b", r"\bis not (?:yet )?(?:overdue|late)\b",
    r"\bpas encore echue\b",
    r"\b(?:je|nous) refus(?:e|ons) (?:l'indemnite|les penalites|les frais|de payer|de regler)",
    r"\b(?:on|nous) (?:paiera|paierons|reglera|reglerons) (?:quand|lorsque|une fois que)\b",
    r"\b(?:won't|will not|cannot|can't) (?:be )?(?:process|release|mak)\w* (?:the |any )?payment\b",
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
            r"\bbien vouloir\b", r"\b(?:needs?|requires?)\b", r"\benvoy(?:ez|e)-(?:moi|nous)\b",
            r"\btransmettez-(?:moi|nous)\b",
            r"\ba besoin de (?:votre|vos)\b", r"\ba reception de\b",
            r"\bmerci d'\b", r"\bil (?:nous|me) manque\b", r"\bnous avons besoin\b",
            r"\bj'ai besoin\b", r"\bcould you\b", r"\bcan you\b", r"\bplease\b", r"\bwe need\b",
            r"\bi need\b", r"\bpeux-tu\b", r"\bvoudriez\b", r"\bauriez-vous\b", r"\bsend me\b",
            r"\bsend us\b", r"\bmerci\b.{0,40}\b(?:transmettre|envoyer|renvoyer)",
            r"\b(?:as soon as|once) we (?:receive|get)\b", r"\bdes (?:que nous (?:recevrons|aurons)"
            r"|reception de)\b")
INVOICE_WANTED = _any(
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
)
CORRECTED = _any(r"\bcorrig", r"\brectifi", r"\bmodifi", r"\bcorrect(?:ed|ion)?\b",
                 r"\bamend", r"\brevis", r"\bpo\b", r"\bbon de commande\b",
                 r"\bnumero de commande\b", r"\bau nom de\b", r"\bavoir\b", r"\bcredit note\b")
BANK_DETAILS = _any(
    r"\brib\b", r"\biban\b", r"\bbic\b", r"\bcoordonnees bancaires\b",
    r"\breleve d'identite bancaire\b", r"\bbank(?:ing)? details\b", r"\baccount details\b",
    r"\bbank account\b", r"\bpayment details\b", r"\bsort code\b", r"\bwhich (?:bank )?account"
)
_PRONOUN_ASK = re.compile(r"\b(?:me|nous) l(?:e |a |')(?:renvoyer|envoyer|transmettre|faire "
                          r"parvenir|adresser)\b|\b(?:re)?send it\b")
# A schedule proposed as a question ("je peux te faire un premier virement le 10, ça te va ?")
# still names the day the client means to pay.
INSTALMENTS = _any(r"\ben (?:deux|trois|2|3|plusieurs) fois\b", r"\bpremier (?:virement|versement"
                   r"|paiement)\b", r"\bla moitie\b", r"\bin (?:two|three|2|3) instal+ments\b",
                   r"\bfirst (?:instal+ment|payment)\b",
                   # a day proposed: "serait-il possible de régler début janvier ?"
                   r"\bpossible de (?:vous |te )?(?:regler|payer)\b",
                   r"\b(?:ok|possible|alright|fine) (?:for us |if we |to )?(?:pay|settle)\b")
# A buyer's payment terms are no promise: "our usual terms are payment within 30 days"
TERMS = _any(r"\b(?:usual|standard|normal) (?:payment )?terms\b", r"\bterms are\b",
             r"\bnos conditions (?:de paiement|de reglement|habituelles)\b",
             r"\bnotre delai (?:de paiement|habituel)\b")
FORWARDED = re.compile(r"^\s*\[?(?:fwd?|tr|wg|fw)\s*:", re.IGNORECASE)
_QUOTE_START = re.compile(
    r"^[ \t]*(?:>|on .{0,200} wrote:?\s*$|le .{0,200} a ecrit\s*:?\s*$|le .{0,80}\d{1,2}[:h]\d{2}"
    r"|-{2,} ?(?:original message|message d'origine|forwarded message|message transfere)"
    r"|begin forwarded message|_{10,}|(?:de|from) ?: .{0,200}$)", re.MULTILINE)
_LIST_ITEM = re.compile(r"\s*[;,]?\s*\n[ \t]*[-•*][ \t]+")
_SENTENCE = re.compile(r"[^.!?\n;]+[.!?]?")


@dataclass(frozen=True)
class Fact:
    kind: str  # promise, dispute, already_paid, request_invoice, request_bank_details
    evidence: str  # the writer's sentence
    day: dt.date | None = None
    vague: bool = False
    partial: bool = False
    corrected: bool = False  # a corrected invoice is asked for, not a copy
    forwarded: bool = False  # a bank's confirmation forwarded by the client

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind, "evidence": self.evidence}
        if self.day:
            found["day"] = self.day.isoformat()
        for name in ("vague", "partial", "corrected", "forwarded"):
            if getattr(self, name):
                found[name] = True
        return found


@dataclass(frozen=True)
class ReplyFacts:
    facts: tuple[Fact, ...] = ()

    def get(self, kind: str) -> Fact | None:
        return next((f for f in self.facts if f.kind == kind), None)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(f.kind for f in self.facts)

    def as_json(self) -> list[dict[str, Any]]:
        return [f.as_json() for f in self.facts]


def own_words(text: str) -> str:
    """The reply above the quoted or forwarded history, as written."""
    text = text[:20_000]
    quoted = _QUOTE_START.search(fold1(text))
    return text[:quoted.start()] if quoted else text


def _sentences(words: str) -> list[tuple[str, str]]:
    """(folded, as written) for each sentence: patterns read the first, the owner the second."""
    return [(fold1(s).strip(), s.strip()) for s in _SENTENCE.findall(words)
            if len(s.strip()) > 2]


def _affirmed(pattern: re.Pattern[str], folded: str,
              unless: re.Pattern[str] = NEGATED) -> bool:
    """`pattern` said in `folded`, and not denied (or made a condition) just before ("not
    disputing the work", "dès que c'est réglé")."""
    return any(_NEGATION.search(found.group(0)) or not (
        NEGATED.search(folded[:found.start()]) or unless.search(folded[:found.start()]))
        for found in pattern.finditer(folded))


def commits(words: str) -> bool:
    """Whether a writer promises or says they paid: a person, not an absence responder."""
    folded = fold1(words)
    return bool(PROMISE.search(folded) or PAID.search(folded))


def read_facts(m: ParsedMessage, base: dt.date) -> ReplyFacts:
    """The facts of a reply written on `base` (the local date of its Date header)."""
    # a request's list ("merci de nous transmettre : - la facture ; - votre RIB") is one sentence
    words = _LIST_ITEM.sub(", ", own_words(m.text))
    folded_words = fold1(words)  # one character for one: its positions are those of `words`
    disclaimer = DISCLAIMER.search(folded_words)
    if disclaimer:
        words, folded_words = words[:disclaimer.start()], folded_words[:disclaimer.start()]
    sentences = _sentences(words) or _sentences(m.subject)
    facts: list[Fact] = []
    # "we cannot pay it: we do not have your bank details" asks for them, it disputes nothing
    dispute = next(((f, s) for f, s in sentences
                    if _affirmed(DISPUTE, f) and not BANK_DETAILS.search(f)), None)
    if dispute:
        facts.append(Fact("dispute", dispute[1][:200],
                          partial=bool(PARTIAL.search(folded_words))))
    forwarded = _forwarded_payment(m, base)
    for f, s in sentences:
        if _affirmed(PAID, f, CONDITIONAL):
            days = [d for d in said_days(f, base, future=False) if d.day <= base]
            facts.append(Fact("already_paid", s[:200], days[0].day if days else None,
                              forwarded=forwarded is not None))
            break
    else:
        if forwarded:
            facts.append(forwarded)
    for index, (f, s) in enumerate(sentences):
        if PAID.search(f) or TERMS.search(f):
            continue
        if PROMISE.search(f):
            days = [d for d in said_days(f, base) if base <= d.day <= base + PROMISE_HORIZON]
        elif _affirmed(PAY_WORD, f) and not (
                (ASKS.search(f) and not INSTALMENTS.search(f)) or PAST.search(f)):
            days = [d for d in said_days(f, base) if base < d.day <= base + PROMISE_HORIZON]
        else:
            continue
        if not days and index + 1 < len(sentences) and PROMISE.search(f):
            days = [d for d in said_days(sentences[index + 1][0], base) if d.day >= base]
        if days:
            facts.append(Fact("promise", s[:200], days[0].day, days[0].vague))
            break
    asking = [(_named_before(f, sentences[i - 1][0] if i else ""), s)
              for i, (f, s) in enumerate(sentences) if ASKS.search(f)]
    invoice = next(((f, s) for f, s in asking if INVOICE_WANTED.search(f)), None)
    if invoice:
        facts.append(Fact("request_invoice", invoice[1][:200],
                          corrected=bool(CORRECTED.search(invoice[0]))))
    bank = next((s for f, s in asking if BANK_DETAILS.search(f)), None)
    if bank:
        facts.append(Fact("request_bank_details", bank[:200]))
    return ReplyFacts(tuple(facts))


def _named_before(folded: str, before: str) -> str:
    """A request by pronoun ("pouvez-vous nous le transmettre ?") asks for what the sentence
    before named: the RIB, when that one names bank details and no invoice."""
    if (_PRONOUN_ASK.search(folded) and BANK_DETAILS.search(before)
            and not re.search(r"\b(?:facture|invoice)s?\b", before)):
        return _PRONOUN_ASK.sub(" envoyer votre rib ", folded)
    return folded


# What a bank's or a payment service's confirmation of an outgoing payment says.
_CONFIRMS = _any(
    rf"\b{PAY}s?\b[^.\n]{{0,40}}\b(?:a ete|ont ete|est|bien) (?:emis|execute|effectue|envoye"
    r"|valide|transmis)e?s?\b",
    r"\bordre de virement\b", r"\bavis d'execution\b",
    r"\bconfirmation (?:de|du|of) (?:votre |your )?(?:virement|paiement|transfer|payment)\b",
    r"\b(?:transfer|payment) (?:has been |was )?(?:sent|completed|executed|processed|confirmed)\b",
    r"\byou (?:sent|paid)\b",
)


def _forwarded_payment(m: ParsedMessage, base: dt.date) -> Fact | None:
    """A client forwarding their bank's confirmation: a claim of payment, never a payment."""
    forwarded = bool(FORWARDED.match(m.subject)) or "message/rfc822" in m.attachments
    text = fold1(m.text[:20_000])
    marker = re.search(r"-{2,} ?(?:forwarded message|message transfere)|begin forwarded", text)
    if not (forwarded or marker):
        return None
    passed_on = text[marker.end():] if marker else text
    if not (_CONFIRMS.search(passed_on) or PAID.search(passed_on)):
        return None  # a forward of our reminder to a colleague confirms nothing
    days = [d for d in said_days(passed_on[:2000], base, future=False) if d.day <= base]
    return Fact("already_paid", "forwards a confirmation of payment: "
                + m.subject[:120], days[0].day if days else None, forwarded=True)
