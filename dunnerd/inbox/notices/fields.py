"""Who paid, with which reference, on which date: the fields of a notice, read from labelled
lines ("Émetteur ORION LOGISTIQUE SAS", "Reference: INV-0215") and from inline phrasings ("un
virement de 1 250,00 € de BATIPLUS SAS", "Greenleaf Ltd sent you", "from Jamie Shah (...)").

A `Family` bundles the phrasings of one kind of provider with the public source of its format;
the reader tries the sender's family first, then every family, then the generic phrasings here.
Patterns run on `text.fold1` output and cut the value from the original text at the same place,
so a name keeps its spelling.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dunnerd.inbox.notices.text import fold1, full_dates

_END = (r"(?= \(|[,;!]|\.(?:\s|$)|$| a ete| sur | le \d| n'a| pour | into | to | has | was"
        r"| d'un montant| est en attente| is pending"
        r"| succeeded| [-—–] | vient d| viennent d| for (?:invoice|your|the|facture)\b)")
# "payé par carte", "paid by card": how, not who
_NOT_A_MEANS = r"(?!carte|cheque|virement|prelevement|card\b)"
# "M. OU MME FERRIERE", "Mme Durand": a civility's dot is no end of the name
_CIVILITY = r"(?:(?:m|mr|mme|mlle)\.? (?:ou|et) (?:m|mr|mme|mlle)\.? |(?:m|mr|mme)\. )?"


# A statement line's date and operation code for a credit: "02/12 VIREMENT EN VOTRE FAVEUR",
# "VIR SEPA RECU DE", "VIR INST". Debits ("PRLV", "CB") name the payee, not a payer.
_STATEMENT_LINE = re.compile(
    r"^\W*(?:[+-]?\s?\d[\d  .,]*\s?(?:€|eur)\s*[—–-]\s*)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
    r"[\s:—–·•-]+){0,2}"
    r"(?:(?:libelle(?: de l'operation| bancaire)?|transaction|operation)\s*:?\s+)?"
    r"(?:vir(?:ement)?s?(?: sepa)?(?: inst(?:antane)?)?"
    r"(?: recus?)?(?: en votre faveur)?(?: re \d+)?(?: /?de)?|virement (?:recu )?de)\s*[:—–-]?\s+")


LEADING_DATE = re.compile(r"^\W*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[\s:—–-]+)?")
_REFERENCE_WORDS = frozenset({"ref", "reference", "fact", "facture", "factures", "reglt", "motif",
                              "libelle", "inv", "invoice", "fa", "paiement", "rechnung", "regl",
                              "reglement", "mandat", "mdt", "vir", "virement",
                              "factura", "fattura"})
_REFERENCE_WORD = "|".join(sorted(_REFERENCE_WORDS))


@dataclass(frozen=True)
class Family:
    name: str
    domains: tuple[str, ...]  # the brands' sender domains (a sender's subdomain counts)
    source: str  # where the format comes from: a public sample, a help page, or none found
    # Inline phrasings: named groups "p" (payer) and "r" (reference), on folded text.
    fields: tuple[re.Pattern[str], ...] = ()

    def sends(self, address: str | None) -> bool:
        domain = (address or "").rpartition("@")[2].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.domains)


PAYER_LABEL = re.compile(
    # (La Banque Postale: "Nature : VIREMENT DE M OU MME JAOUEN")
    r"^(?:[-•*·]\s*)?(?:nature\s*:\s*(?=vir))?"
    r"(?:emetteur(?: du virement)?|donneur d'ordre|emis par|ordonnateur|expediteur|payeur"
    r"|nom du payeur"
    r"|nom du client|client"
    r"|paye par|customer|from|sender|payer|paid by|remitter|ordered by|contrepartie|debiteur|debtor"
    r"|nazov protiuctu|nazev protistrany|ucet protistrany|virement de|virement recu de"
    r"|transfer from|payment from|consumer)\s*:?\s+(?P<p>(?![\d+-])\S.{1,79})$")
# "De CABINET MOREAU" in a table row: a bare "de" or "from" label, only before a name.
SHORT_PAYER_LABEL = re.compile(r"^(?:de|from|par)\s*:?\s+(?P<p>\S.{1,60})$")
REFERENCE_LABEL = re.compile(
    r"^(?:reference(?: client| du virement| de l'operation| du paiement| de paiement)?"
    r"|ref\.?|payment reference|your reference|motif(?: du virement)?|libelle|communication"
    r"|description|note|memo|message(?: de \S+(?: \S+)?)?|objet|remittance information"
    r"|variabilni symbol|referencia platitela|informacia pre prijemcu|reference bancaire"
    r"|reference on your statement)\s*:?\s+(?!de mandat)(?P<r>\S.{0,79})$")
DATE_LABEL = re.compile(
    r"^(?:date de valeur|value date|date d'operation|date de l'operation|date de la transaction"
    r"|transaction date|date d'execution|recu le|arrived|date|le|executed on)\s*:?\s+"
    r"(?P<d>.{6,60})$")
# Inline phrasings every provider family uses in one form or another.
GENERIC = (
    re.compile(rf"\bde la part de\s*:?\s+(?:la societe )?(?P<p>[^\n.;:()]{{2,60}}?){_END}"),
    # "crédité de 2 080,00 € par VILLA MASSALIA EVENTS", not "payé 120,00 € par carte"
    re.compile(rf"(?:€|\beur\b|\beuros?\b|\busd\b|\bgbp\b|\bchf\b|\$|£) (?:\w{{3}} )?par "
               rf"{_NOT_A_MEANS}(?P<p>{_CIVILITY}[^\n.;:()]{{2,60}}?){_END}"),
    re.compile(rf"(?:€|\beur\b|\beuros?\b|\busd\b|\bgbp\b|\bchf\b|\$|£) (?:\w{{3}} )?de "
               rf"(?:la societe |l'entreprise )?(?P<p>{_CIVILITY}[^\n.;:()]{{2,60}}?){_END}"),
    # a bookkeeping feed's credit line: "+1 650,00 € — KESTREL ROBOTICS LTD",
    # "+1 320,00 € (LE GOFF CHARPENTE - VIR F-2026-0478)", "+980,00 € (VIR BRIGHTWATER LABS)"
    # "+3 120,00 €  VIR SEPA VAUTRIN ET ASSOCIES FACTURE F-2026-0424"; an encaissement's
    # "de 1 920,00 € (TERRES ET TOITS SAS)"
    re.compile(r"(?:\+ ?|\b(?:encaissement|virement|credit) de )\d[\d  .,]*\s?(?:€|eur\b)"
               r"(?:\s*[-—–] |\s*\(|\s+(?=vir\b))"
               r"(?:vir(?:ement)?(?: sepa)?(?: inst)?(?: recus?)?(?: re [\w.,]+)?(?: de ?:?)? )?"
               rf"(?P<p>[^\n;:()\d]{{2,60}}?)(?= [-—–] |\)|$| \S*\d| (?:{_REFERENCE_WORD})\b)"),
    # Indy's feed line, the credit first: "+1 250,00 € · VIR BOULANGERIE LEBRETON REGL FACT
    # F-2026-0313"; not a subject's "+640,00 € · Virement instantané reçu"
    re.compile(r"^\W*\+ ?\d[\d  .,]*\s?(?:€|eur\b)\s*·\s*"
               r"(?!(?:virements?|paiements?|transferts?) (?:instantanes?|recus?|entrants?)\b)"
               r"(?:vir(?:ement)?(?: sepa)?(?: inst)?(?: recus?)? )?"
               r"(?!(?:virements?|paiements?|transferts?|nouveaux?|nouvelles?|recu)\b)"
               rf"(?P<p>[^\s;:()\d][^\n;:()\d]{{1,59}}?)(?= [-—–·] |$| \S*\d"
               rf"| (?:{_REFERENCE_WORD})\b)"),
    re.compile(rf"\b(?:en provenance|provenant) de (?P<p>[^\n.;:()]{{2,60}}?){_END}"),
    # SumUp: "Votre facture n° 2026-031 adressée à Épicerie Le Comptoir Gourmand vient d'être
    # payée en ligne"
    re.compile(rf"\bfacture\b[^\n]{{0,30}} adressee a (?P<p>{_CIVILITY}[^\n.;:()]{{2,60}}?) "
               r"(?:vient d'etre|a ete) (?:payee|reglee)\b"),
    re.compile(rf"\bemise? par (?P<p>{_CIVILITY}[^\n.;:()]{{2,60}}?){_END}"),
    # SumUp: "Votre facture F-2026-0440 a été payée par Brasserie du Vieux-Lille"
    re.compile(rf"\b(?:a ete (?:payee|reglee)|(?:has been|was) paid) (?:par|by) "
               rf"{_NOT_A_MEANS}(?P<p>{_CIVILITY}[^\n.;:()]{{2,60}}?){_END}"),
    # Société Générale: "Vous avez reçu un virement de NORDVISION PRODUCTIONS sur votre compte",
    # Shine: "Tu viens de recevoir un virement de M ROLAND PHILIPPE ."
    re.compile(rf"\b(?:recu|recevoir|received) (?:un |une |a )?(?:virement|paiement|versement"
               rf"|transfer|payment) (?:de|from) "
               rf"(?P<p>{_CIVILITY}[^\n.;:()\d][^\n.;:()]{{1,60}}?){_END}"),
    # SumUp: "Votre client Nino Esposito a réglé la facture", "Amandine Roux a payé votre facture"
    # ... and "Camille Roussel a payé 180,00 € via votre lien de paiement"
    # ... and "Bonne nouvelle : Christophe Bastide a réglé votre lien de paiement"
    re.compile(r"(?:^|: )(?:votre client |your customer )?(?!(?:il|elle|on|ils|elles|vous|nous"
               r"|he|she|they|we|you) )(?P<p>[^\n;:()]{2,60}?) (?:vous |t')?(?:a|has) (?:paye"
               r"|regle|paid) (?:(?:votre |la |ta |your |the )?(?:facture|invoice|lien de paiement"
               r"|payment link)\b"
               r"|[€$£]?\d[\d  .,]*\s?(?:€|eur\b|\$|£))"),
    # a name may hold dots: "Thomas R.", "Lumen Retail S.r.l."
    # after a greeting's colon too: "Bonne nouvelle : Anne Rouxel t'a envoyé 450,00 €"
    # ("Bonne nouvelle Nathalie, BRASSERIE DU PILAT SAS vous a envoyé": after the greeting)
    re.compile(r"(?:^|: |, )(?P<p>[^\n;:(),]{2,60}?) (?:(?:vous|t') ?a envoye|vient de (?:vous |t')"
               r"envoyer)\b"),
    re.compile(r"^(?P<p>[^\n;:()]{2,60}?) (?:has |have )?(?:just )?(?:sent|paid) (?:you|your "
               r"invoice|invoice|[€$£\d][^\n]{0,20} for (?:your )?invoice)\b"),
    re.compile(r"^(?P<p>[^\n;:()]{2,60}?) (?:has )?sent [€$£\d][^\n]{0,30} (?:to|into) your\b"),
    re.compile(rf"(?<!unsubscribe )(?<!opt out )\bfrom (?P<p>[^\n;:()]{{2,60}}?){_END}"),
    re.compile(r"\b(?:le|un) (?:virement|paiement|reglement) (?:sepa )?de (?P<p>[^\n.;:()\d]"
               r"[^\n.;:()]{1,60}?) (?:d'un montant|a ete)\b"),
    re.compile(r"\(ref(?:erence|\.)? ?:? ?(?P<r>[^)]{1,60})\)"),
    re.compile(r"\bpour \" ?(?P<r>[^\"]{1,60}?) ?\""),
)
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_NOT_A_NAME = re.compile(r"^(?:votre|your|vos|ton|ta |tes |la banque|the bank|notre|our|un |une "
                         r"|en votre faveur"
                         r"|a |an |l'argent|la part|de l'argent|money|the money|plus\b"
                         r"|(?:le|la|les|du|des|on|the)$)")


# A footer's sentence, not a name: "You're receiving this because someone sent you money".
_FOOTER_WORDS = re.compile(r"\b(?:because|parce que|receiving|recevez|receive)\b")


def _clean(value: str) -> str | None:
    value = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(value.split()))  # "Léa (lea@x.fr)"
    value = value.strip(" .,;:-—–·\"'")
    if not value or len(value) < 2 or _NOT_A_NAME.match(fold1(value)) or _FOOTER_WORDS.search(
            fold1(value)):
        return None
    return value[:80]


def _search(patterns: Iterable[re.Pattern[str]], line: str, folded: str,
            group: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(folded)
        if match and group in match.groupdict() and match.group(group):
            found = _clean(line[match.start(group):match.end(group)])
            if found:
                return found
    return None


def _first(families: Sequence[Family], lines: Sequence[str], group: str,
           labels: re.Pattern[str]) -> str | None:
    """Per line, in order: a family's phrasing, a label, a generic phrasing."""
    own = [p for family in families for p in family.fields]
    for line in lines:
        folded = fold1(line)
        found = _search(own, line, folded, group)
        labelled = labels.match(folded)
        if not found and labelled:
            found = _clean(line[labelled.start(group):labelled.end(group)])
        found = found or _search(GENERIC, line, folded, group)
        if not found and group == "p":
            short = SHORT_PAYER_LABEL.match(folded)
            value = line[short.start("p"):short.end("p")] if short else ""
            words = value.split()
            if words and len(words) <= 6 and all(not w[:1].islower() for w in words):
                found = _clean(value)
        if found:
            return found
    return None


def payer(lines: Sequence[str], families: Sequence[Family]) -> str | None:
    """The payer's name (or e-mail address) in `lines`, the clauses in order of trust."""
    found = _first(families, lines, "p", PAYER_LABEL)
    if found and " " not in found:  # a name's patterns stop at a dot: "camille" of
        # "camille.durand@example.com", "tresorier@asso" of "tresorier@asso.fr"
        found = next((a.group(0) for line in lines for a in _EMAIL.finditer(line)
                      if a.group(0).startswith(found)
                      and a.group(0)[len(found):len(found) + 1] in ".@-_+"), found)
    if found and _EMAIL.fullmatch(found):  # a name given elsewhere ("Customer: Marta Q.") is better
        labelled = (PAYER_LABEL.match(fold1(line)) for line in lines)
        names = [_clean(lines[i][m.start("p"):m.end("p")]) for i, m in enumerate(labelled) if m]
        found = next((n for n in names if n and not _EMAIL.search(n)), found)
    if found:
        return _in_full(found, lines)
    for line in lines:
        found = statement_payer(line)
        if found:
            return found
    for line in lines:  # a payment service that names its customer by e-mail address
        address = _EMAIL.search(line)
        if address:
            return address.group(0)
    return None


def _in_full(name: str, lines: Sequence[str]) -> str:
    """The name as the notice spells it in full elsewhere: a subject's "Paul vous a envoyé 45 €"
    and a body's "Paul Le Floch vous a envoyé 45 €"."""
    # (not "FORMAVIA F-2026-0409": a word with a digit is a reference)
    word = r"[A-ZÀ-Ý][^\W\d_]*(?:['.-][^\W\d_]*)*(?!\S)"
    longer = re.compile(rf"\b{re.escape(name)}(?: {word}){{1,3}}")
    found = [m.group(0) for line in lines for m in longer.finditer(line)]
    return max(found, key=len) if found and " " not in name.strip() else name


def statement_payer(line: str, listed: bool = False) -> str | None:
    """The name in a bank statement's line after its operation code, up to the reference (a word
    with a digit, or "REF", "FACT"...) or the amount: "03/12 VIR SEPA NOVA EDITION F-2026-0412".
    A line of a list of credits may give no operation code ("03/12  NOVA EDITION  F-2026-0414")."""
    folded = fold1(line)
    # a table row may lead with its account ("Compte Pro ***512 01/12/2026 VIR GIE ...")
    later = re.search(r"(?<!\S)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+(?=vir)", folded)
    if later and not _STATEMENT_LINE.match(folded):
        line, folded = line[later.start():], folded[later.start():]
    found = _STATEMENT_LINE.match(folded) or (LEADING_DATE.match(folded) if listed else None)
    if not found:
        return None
    rest = line[found.end():].split()
    # "VIR RECU 2611300184 F-2026-0409 AGENCE HIRONDELLE VOYAGES": references, then the name
    while rest and len(rest) > 1 and any(c.isdigit() for c in rest[0]):
        rest = rest[1:]
    words = []
    for index, word in enumerate(rest):
        if len(word) == 1 and word.isalpha() and any(  # "VIR ECHOS MEDIA F 2026 0411"
                c.isdigit() for c in "".join(rest[index + 1:index + 2])):
            break
        if (any(c.isdigit() for c in word) or word in ("-", "—", "–", "|", "+", "/")
                or fold1(word).strip(".:/") in _REFERENCE_WORDS):
            break
        words.append(word)
    return _clean(" ".join(words)) if 1 <= len(words) <= 8 else None


def reference(lines: Sequence[str], families: Sequence[Family]) -> str | None:
    return _first(families, lines, "r", REFERENCE_LABEL)


def value_date(lines: Sequence[str], month_first: bool = False) -> dt.date | None:
    """A labelled date first ("Date de valeur 09/12/2026"), else the first full date said."""
    for line in lines:
        labelled = DATE_LABEL.match(fold1(line))
        if labelled:
            dates = full_dates(labelled.group("d"), month_first)
            if dates:
                return dates[0][1]
    for line in lines:
        dates = full_dates(fold1(line), month_first)
        if dates:
            return dates[0][1]
    return None
