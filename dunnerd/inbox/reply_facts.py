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

from dunnerd.inbox.lexicon import ORIGINAL_MESSAGE
from dunnerd.inbox.notices.text import fold1
from dunnerd.inbox.parse import ParsedMessage
from dunnerd.inbox.reply_dates import said_days
from dunnerd.inbox.reply_phrases import (
    ASKS,
    BANK_DETAILS,
    CONDITIONAL,
    CONFIRMS,
    CORRECTED,
    DISCLAIMER,
    DISPUTE,
    FROM_NOW_ON,
    INSTALMENTS,
    INVOICE_WANTED,
    LACKS_BANK_DETAILS,
    NEGATED,
    NEGATION_WORD,
    PAID,
    PARTIAL,
    PAST,
    PAY_WORD,
    PROMISE,
    PRONOUN_ASK,
    TERMS,
)

PROMISE_HORIZON = dt.timedelta(days=120)  # "le 12 novembre" written in December is no promise


FORWARDED = re.compile(r"^\s*\[?(?:fwd?|tr|wg|fw)\s*:", re.IGNORECASE)
_QUOTE_START = re.compile(
    r"^[ \t]*(?:>|on .{0,200} wrote:?\s*$|le .{0,200} a ecrit\s*:?\s*$|le .{0,80}\d{1,2}[:h]\d{2}"
    rf"|-{{2,}} ?(?:{ORIGINAL_MESSAGE}|forwarded message|message transfere)"
    r"|begin forwarded message|_{10,}|(?:de|from|von) ?: .{0,200}$)", re.MULTILINE)
_LIST_ITEM = re.compile(r"\s*[;,]?\s*\n[ \t]*[-•*][ \t]+")
# A sentence ends at . ! ? ; or a line's end, but not at a decimal point ("1'850.00") nor at a
# German day's dot ("am 8. Dezember", "am 24.11. überwiesen").
_SENTENCE = re.compile(r"(?:[^.!?\n;]|\.(?=\d)|(?<=\d)\.(?= (?:januar|februar|m[aä]rz|april|mai"
                       r"|juni|juli|august|september|oktober|november|dezember)\b)"
                       r"|(?<=\d\.\d\d)\.(?= (?-i:[a-zà-ÿ]))"
                       r"|(?<=\d\.\d)\.(?= (?-i:[a-zà-ÿ])))+[.!?]?",
                       re.IGNORECASE)
_ON_CONDITION = re.compile(r"\b(?:une fois (?:que|la|le|les|l')|des que|quand|lorsque|once|when"
                           r"|as soon as|a reception|upon receipt|after|apres)\b")
# A line wrapped inside a sentence: the next line goes on in lower case ("by the end\nof the
# month"); a signature's or a list's next line starts with a capital or a mark.
_WRAPPED = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n(?=[a-zà-ÿ0-9])")


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
    return [(fold1(s).strip(), s.strip()) for s in _SENTENCE.findall(_WRAPPED.sub(" ", words))
            if len(s.strip()) > 2]


def _affirmed(pattern: re.Pattern[str], folded: str,
              unless: re.Pattern[str] = NEGATED) -> bool:
    """`pattern` said in `folded`, and not denied (or made a condition) just before ("not
    disputing the work", "dès que c'est réglé")."""
    return any(NEGATION_WORD.search(found.group(0)) or not (
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
        if _affirmed(PAID, f, CONDITIONAL) and not _ahead(_paid_clause(f), base):
            days = [d for d in said_days(f, base, future=False) if d.day <= base]
            facts.append(Fact("already_paid", s[:200], days[0].day if days else None,
                              forwarded=forwarded is not None))
            break
    else:
        if forwarded:
            facts.append(forwarded)
    for index, (f, s) in enumerate(sentences):
        # (a buyer's terms that work out a day to come are a promise of that day, and so is
        # the balance's day after a part paid)
        if ((PAID.search(f) or TERMS.search(f)) and not _ahead(f, base)
                and _paid_clause(f) == f):
            continue
        if PROMISE.search(f):
            days = [d for d in said_days(f, base) if base <= d.day <= base + PROMISE_HORIZON]
        elif _affirmed(PAY_WORD, f) and not (
                (ASKS.search(f) and not INSTALMENTS.search(f)) or PAST.search(f)):
            days = [d for d in said_days(f, base) if base < d.day <= base + PROMISE_HORIZON]
        else:
            continue
        # "Je vous règle. Ce sera fait lundi": the day may come in the next sentence, unless
        # this one pays on a condition ("une fois la mise en production effective")
        if (not days and index + 1 < len(sentences) and PROMISE.search(f)
                and not _ON_CONDITION.search(f)):
            days = [d for d in said_days(sentences[index + 1][0], base) if d.day >= base]
        if days:
            facts.append(Fact("promise", s[:200], days[0].day, days[0].vague))
            break
    asking = [(_named_before(f, sentences[i - 1][0] if i else ""), s)
              for i, (f, s) in enumerate(sentences) if ASKS.search(f)]
    invoice = next(((f, s) for f, s in asking
                    if INVOICE_WANTED.search(f) and not FROM_NOW_ON.search(f)), None)
    if invoice:
        facts.append(Fact("request_invoice", invoice[1][:200],
                          corrected=bool(CORRECTED.search(invoice[0]))))
    bank = next((s for f, s in asking if BANK_DETAILS.search(f)), None)
    if bank:
        facts.append(Fact("request_bank_details", bank[:200]))
    return ReplyFacts(tuple(facts))


def _paid_clause(folded: str) -> str:
    """The clause that says a payment was made, where another one says the rest will come: "je
    viens de vous faire un virement de 2 000 €, et le solde suivra le 20 décembre"."""
    return next((c for c in _CLAUSE_BREAK.split(folded) if PAID.search(c)), folded)


_CLAUSE_BREAK = re.compile(r",? (?:et|mais|puis|and|but) (?=(?:le|the) (?:solde|reste|rest"
                           r"|balance)\b)")


def _ahead(folded: str, base: dt.date) -> bool:
    """A promise with a day to come beside words of payment: "le paiement est effectué par le
    comptable public : le virement devrait intervenir au plus tard le 15 décembre"."""
    return bool(PROMISE.search(folded)) and any(d.day > base for d in said_days(folded, base))


def _named_before(folded: str, before: str) -> str:
    """A request by pronoun ("pouvez-vous nous le transmettre ?") asks for what the sentence
    before named: the RIB, when that one names bank details and no invoice or says the writer
    lacks them; else the invoice, when it names one ("Nous n'avons jamais reçu cette facture.
    Pouvez-vous l'envoyer à compta@ ?"). A sentence that names the RIB, after one that names no
    invoice, asks for the RIB by its pronoun ("Notre comptable me demande votre RIB, pouvez-vous
    me l'envoyer ?")."""
    asks, bank_here = PRONOUN_ASK.search(folded), BANK_DETAILS.search(folded)
    invoice_here, invoice = _INVOICE_WORD.search(folded), _INVOICE_WORD.search(before)
    if asks and bank_here and not invoice_here and not invoice:
        return PRONOUN_ASK.sub(" ", folded)
    if not asks or bank_here or invoice_here:
        return folded  # the sentence names what its pronoun stands for
    if BANK_DETAILS.search(before) and (not invoice or LACKS_BANK_DETAILS.search(before)):
        return PRONOUN_ASK.sub(" envoyer votre rib ", folded)
    if invoice and BANK_DETAILS.search(before) and _BOTH.search(folded):
        # "Je ne retrouve ni la facture ni votre RIB. Pouvez-vous me les renvoyer ?"
        return PRONOUN_ASK.sub(" envoyer la facture et votre rib ", folded)
    if invoice:
        return PRONOUN_ASK.sub(" envoyer la facture ", folded)
    return folded


_INVOICE_WORD = re.compile(r"\b(?:facture|invoice)s?\b")
_BOTH = re.compile(r"\b(?:les|tous les deux|both)\b")  # a pronoun for two things named before
_IF_ALREADY = re.compile(r"\b(?:si|if|unless|sauf si)\b[^.\n]{0,80}")


def _forwarded_payment(m: ParsedMessage, base: dt.date) -> Fact | None:
    """A client forwarding their bank's confirmation: a claim of payment, never a payment."""
    forwarded = bool(FORWARDED.match(m.subject)) or "message/rfc822" in m.attachments
    text = fold1(m.text[:20_000])
    marker = re.search(r"-{2,} ?(?:forwarded message|message transfere|message d'origine"
                       r"|original message)|begin forwarded", text)
    if not (forwarded or marker):
        return None
    passed_on = text[marker.end():] if marker else text
    # our own reminder's "si votre règlement a été effectué entre-temps" confirms nothing
    passed_on = _IF_ALREADY.sub(" ", passed_on)
    if not (CONFIRMS.search(passed_on) or PAID.search(passed_on)):
        return None  # a forward of our reminder to a colleague confirms nothing
    days = [d for d in said_days(passed_on[:2000], base, future=False) if d.day <= base]
    return Fact("already_paid", "forwards a confirmation of payment: "
                + m.subject[:120], days[0].day if days else None, forwarded=True)
