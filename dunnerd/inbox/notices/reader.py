"""Pure: a bank's or payment service's notice read as transactions.

The headline decides the direction (direction.py). Then the fields: the amount (never a
balance, a fee, a total or an alert threshold), the payer, the reference and the value date,
from the provider family's phrasings first (fields.py).

A message that passes another one on (a forward, a reply quoting a notice) is not a notice: a
person is telling us about money, which is a claim, never a transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dunnerd.inbox.notices import cues, fields, neobanks, psp, sepa_fr
from dunnerd.inbox.notices.columns import column_rows
from dunnerd.inbox.notices.direction import (
    body_says,
    direction_of,
    headline,
    not_yet,
    status_says,
    written_signs,
)
from dunnerd.inbox.notices.fields import Family
from dunnerd.inbox.notices.model import Direction, Notice, NoticeKind, Transaction
from dunnerd.inbox.notices.text import (
    Amount,
    amounts_in,
    clauses,
    fold1,
    join_split_amounts,
    squeeze,
)
from dunnerd.inbox.parse import ParsedMessage

FAMILIES: tuple[Family, ...] = (sepa_fr.FAMILY, neobanks.FAMILY, psp.FAMILY)
MAX_CLAUSES = 80
MAX_STATEMENT_CLAUSES = 6  # "De nouveaux documents : - Relevé de compte n° 11" is a statement
TEXT_CAP = 10_000
_PLURAL = re.compile(r"\b(?:\d{1,2}|deux|trois|quatre|cinq|plusieurs|two|three|four|five|several)"
                     r" (?:nouveaux? |nouvelles? |new )?(?:virements|paiements|payments|transfers"
                     r"|operations|credits|transactions|mouvements)\b"
                     r"|\b(?:les|des|vos) operations (?:enregistrees|du jour)\b")
_LIST_LINE = re.compile(r"^\s*(?:[-•*·+]|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s)")
# After "De : someone", the lines of a quoted message's header. "Date :" and "Objet :" follow
# a notice's record too ("De : ACME SAS / Date : 2 décembre", PayPal's "De : Nicolas Brès /
# N° de transaction / Objet : Plan de plantation"), so they count only after an address.
_QUOTE_HEADER = re.compile(r"^(?:envoye|sent) ?:", re.MULTILINE)
_QUOTE_DATE = re.compile(r"^(?:date|a|to|objet|subject) ?:", re.MULTILINE)
# A button drawn with arrows (">>> RÉCUPÉRER MON CADEAU <<<") is no quoted line.
_BANNER = re.compile(r">{2,}[^<>\n]{1,60}<{2,}\s*$")
_DIRECT_DEBIT = re.compile(r"\bprelev\w*\b|\bdirect debit\b")
_PSP_TRANSFER = re.compile(r"\b(?:votre|ton|un) virement\b|\byour (?:bank )?transfer\b")
_TOTAL = re.compile(r"^\W*total\b")
_WINDOW = 40  # characters before an amount that can make it a balance, a fee or a total


def _own_text(m: ParsedMessage) -> tuple[str, bool]:
    """The notice's own words, and whether the message passes another one on."""
    passes_on = (bool(cues.FORWARD_SUBJECT.match(m.subject))
                 or "message/rfc822" in m.attachments or "message/rfc822" in m.part_types[1:2])
    text = m.text[:TEXT_CAP]
    folded = fold1(text)
    marker = cues.FORWARD_MARKER.search(folded)
    if marker:
        text, passes_on = text[:marker.start()], True
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(">") and not _BANNER.match(stripped):
            passes_on = True
            continue
        head = fold1(stripped)
        if re.match(r"(?:de|from) ?: ", head) and any(
                _QUOTE_HEADER.match(fold1(n.strip()))
                or ("@" in head and _QUOTE_DATE.match(fold1(n.strip())))
                for n in lines[index + 1:index + 4]):
            passes_on = True
            break  # an Outlook-style quote header: what follows is someone else's message
        kept.append(line)
    return "\n".join(kept), passes_on


def _movements(text: str, folded: str) -> list[Amount]:
    """The amounts in a clause that can be a movement: not a balance, a fee, a total, a
    threshold (the words just before it say so) unless a money word sits right before it."""
    found = []
    previous_end = 0
    for amount in amounts_in(text):
        window = folded[max(previous_end, amount.start - _WINDOW):amount.start]
        previous_end = amount.end
        blocked = cues.NOT_THE_MOVEMENT.search(window)
        if blocked and not (cues.IN.search(window[blocked.end():])
                            or cues.OUT.search(window[blocked.end():])):
            continue
        found.append(amount)
    return found


def _families(sender: str | None) -> list[Family]:
    return sorted(FAMILIES, key=lambda family: not family.sends(sender))


def _kind(folded: Sequence[str], zone: Sequence[int], sender: str, moved: bool,
          reasons: list[str]) -> NoticeKind | None:
    """A bill or a statement, when the headline says so; None for transactions."""
    top = [folded[0], *(folded[i] for i in zone[1:3])]
    credit = any((cues.IN.search(f) and not cues.NEGATED_IN.search(f)) or cues.REMITTANCE.search(f)
                 for f in top)
    # a payer's platform: "Changement de statut de votre facture ... Nouveau statut : MISE EN
    # PAIEMENT" below the amount is the owner's invoice being paid, not a bill
    credit = credit or any(cues.REMITTANCE.search(folded[i]) for i in zone)
    # "Votre relevé de compte ... est disponible dans votre Espace Client, rubrique Mes
    # documents" is a statement, whatever it says of documents
    account_statement = any(cues.ACCOUNT_STATEMENT.search(f) for f in top)
    feed = any(cues.FEED.search(f) for f in top)
    if (any(cues.BILL.search(f) for f in top) and not credit and not account_statement
            and not feed):
        reasons.append("a bill or a document for the owner, not a movement")
        return NoticeKind.BILL
    statement = cues.STATEMENT.search(folded[0]) or cues.STATEMENT.search(sender)
    headline = [folded[i] for i in zone[:MAX_STATEMENT_CLAUSES]]
    if statement or (not moved and any(cues.STATEMENT.search(f) for f in headline)):
        reasons.append("a statement or a summary, not a movement")
        return NoticeKind.STATEMENT
    return None


def read_notice(m: ParsedMessage) -> Notice:
    """What the notice says about money. Never raises on data."""
    text, passes_on = _own_text(m)
    if passes_on:
        return Notice(NoticeKind.NONE, forwarded=True,
                      reasons=("passes another message on (a forward or a quote)",))
    subject = squeeze(join_split_amounts(m.subject))
    sentences = [subject, *clauses(join_split_amounts(squeeze(text)))[:MAX_CLAUSES]]
    folded = [fold1(s) for s in sentences]
    moves = [_movements(s, f) for s, f in zip(sentences, folded, strict=True)]
    if not any(moves):  # a remittance advice's rows carry no currency: its total is the sum
        moves = [amounts_in(s)[:1] if _TOTAL.search(f) else [] for s, f in zip(
            sentences, folded, strict=True)]
    zone, primary = headline(folded, moves)
    local = re.sub(r"[._+-]", " ", (m.from_address or "").partition("@")[0])
    sender = fold1(f"{local} {m.from_name}")
    families = _families(m.from_address)
    family = families[0].name if families[0].sends(m.from_address) else None
    reasons: list[str] = []
    kind = _kind(folded, zone, sender, primary is not None, reasons)
    if kind is not None:
        return Notice(kind, family=family, reasons=tuple(reasons))
    rows = () if primary is not None else column_rows(sentences, folded,
                                                      m.date.date() if m.date else None)
    if rows:
        return Notice(NoticeKind.TRANSACTIONS, rows, family,
                      ("rows of a Débit/Crédit table, each read from its operation label",))
    # a table's header row ("Date Libellé Débit Crédit") names both ways and states no amount
    worded = [i for i in zone if moves[i] or not cues.COLUMN_HEADER.search(folded[i])]
    direction = direction_of(folded, worded, reasons)
    if direction is Direction.IN and primary == 0:
        direction = not_yet(folded, moves, reasons) or direction
    if direction is None and primary == 0:
        direction = body_says(folded, reasons)
    if direction is None and primary is not None:
        direction = status_says(folded, primary, reasons)
    if direction is Direction.REFUND and any(cues.MEAL_VOUCHER.search(folded[i])
                                             for i in (0, *zone)):
        reasons.append("a meal-voucher operator's 'remboursement' of the vouchers taken: a payout")
        direction = Direction.PAYOUT
    if (direction is Direction.OUT and family == psp.FAMILY.name and cues.IN.search(folded[0])
            and any(_DIRECT_DEBIT.search(folded[i]) for i in zone)):
        # a payment service's "prélevé" is what it collected from the owner's client
        reasons.append("a payment service's direct debit of a client, announced as received: in")
        direction = Direction.IN
    if (direction is Direction.OUT and family == psp.FAMILY.name
            and any(_PSP_TRANSFER.search(folded[i]) for i in zone)):
        # Stripe's "Votre virement de 3 412,50 € est en route" is its payout to the owner's bank
        reasons.append("a payment service's transfer to the owner's bank: its payout")
        direction = Direction.PAYOUT
    signs = written_signs(sentences, moves, primary) if primary is not None else []
    if direction is Direction.IN and ("-", True) in signs:
        reasons.append("the amount is written with a minus: out, whatever the words")
        direction = Direction.OUT
    if direction is None and signs:
        direction = Direction.IN if signs[0][0] == "+" else Direction.OUT
        reasons.append(f"the amount is signed {signs[0][0]}: {direction.value}")
    if (direction is None and primary is not None and family is not None
            and cues.MOVEMENT.search(folded[primary])
            and not cues.NOT_THE_MOVEMENT.search(folded[primary])):
        # a bank's or a payment service's movement in words no rule knows: shown to the owner,
        # never money in
        reasons.append("a movement of money whose direction the words do not say")
        direction = Direction.UNREAD
    if direction is None:
        return Notice(NoticeKind.NONE, family=family, reasons=tuple(reasons))
    listed = _listed(sentences, folded, moves, zone)
    signed_lines = bool(listed) and all(moves[i][0].sign for i in listed)
    if listed and (direction is Direction.IN or signed_lines):
        # beside a "+ 1 800,00 €" line, a leading dash is a minus, not a bullet
        signs_lead = any(sentences[i].lstrip().startswith("+") for i in listed)
        # where no line is signed "+", a notice of money in spaces its dashes as separators
        dashes_separate = direction is Direction.IN and not any(
            moves[i][0].sign == "+" for i in listed)
        transactions = tuple(_list_item(sentences[i], moves[i][0], families, m, signs_lead,
                                        dashes_separate) for i in listed)
    else:
        transactions = (_single(sentences, moves, zone, primary, direction, families, m),)
    return Notice(NoticeKind.TRANSACTIONS, transactions, family, tuple(reasons))


def _listed(sentences: Sequence[str], folded: Sequence[str], moves: Sequence[list[Amount]],
            zone: Sequence[int]) -> list[int]:
    """Clauses that each list one movement, when the notice announces several."""
    items = [i for i in range(1, len(sentences)) if moves[i] and _LIST_LINE.match(sentences[i])]
    plural = any(_PLURAL.search(folded[i]) for i in zone)
    if plural and not items:  # one line per movement, each with its sign: "VIR SEPA X +1 480,00"
        items = [i for i in range(1, len(sentences)) if len(moves[i]) == 1 and moves[i][0].sign]
        return items if len(items) >= 2 else []
    return items if (plural and items) or len(items) >= 2 else []


def _list_item(line: str, amount: Amount, families: Sequence[Family],
               m: ParsedMessage, signs_lead: bool = False,
               dashes_separate: bool = False) -> Transaction:
    indent = len(line) - len(line.lstrip())
    bullet = bool(re.match(r"\s*[-•*·] ", line)) and amount.start <= indent + 2
    # under "2 virements reçus", "SARL X - 2 400,00 EUR - FACT F-2026-0404" separates with dashes
    separator = (dashes_separate and line[amount.start + 1:amount.start + 2] == " "
                 and bool(line[:amount.start].strip()))
    minus = (amount.sign == "-" and not bullet and not separator
             or (signs_lead and line.lstrip().startswith("-")))
    direction = Direction.OUT if minus else Direction.IN
    rest = (line[:amount.start] + " " + line[amount.end:]).strip(" -—–•*·+\t")
    parts = [p.strip() for p in re.split(r"\s[-—–|]\s", rest) if p.strip()]
    parts = [p for p in parts if not re.fullmatch(r"[\d/.]+", p.rstrip(" :"))]
    # (a lead-in joined to the first line: "Voici les opérations ... : VIR KALON STUDIO F-2026")
    # (a table row's date leads: "30/11/2026 M OU MME DUVAL JEAN MARC ACCORD PIANO + 145,00")
    named = fields.LEADING_DATE.sub(
        "", line[:amount.start].rsplit(": ", 1)[-1]).strip(" -—–•*·+\t")
    if named and not any(c.isdigit() for c in named) and len(named) >= 2:
        # "- AGENCE SILLAGE  +600,00 €  (ACOMPTE CAPSULES)": the name leads, the label follows
        payer: str | None = fields.statement_payer(named, listed=True) or named
    else:
        payer = (fields.statement_payer(named) or fields.payer([line], families)
                 or fields.statement_payer(rest, listed=True) or (parts[0] if parts else None))
    reference = fields.reference([line], families) or (parts[1] if len(parts) > 1 else None)
    if payer and reference and fold1(reference) == fold1(payer):
        reference = None
    return Transaction(direction, amount.value, amount.currency, payer, reference,
                       _date_or_message(m, [line], amount.currency), line[:200])


def _single(sentences: Sequence[str], moves: Sequence[list[Amount]], zone: Sequence[int],
            primary: int | None, direction: Direction, families: Sequence[Family],
            m: ParsedMessage) -> Transaction:
    order = [i for i in zone if moves[i]] + [i for i in range(len(sentences))
                                             if moves[i] and i not in zone]
    amount = moves[order[0]][0] if order else None
    first = [primary] if primary is not None else []
    lines = [sentences[i] for i in (*first, 0, *zone, *range(len(sentences)))]
    lines = list(dict.fromkeys(lines))
    payer = fields.payer(lines, families)
    reference = fields.reference(lines, families)
    currency = amount.currency if amount else None
    return Transaction(direction, amount.value if amount else None, currency, payer, reference,
                       _date_or_message(m, lines, currency),
                       sentences[primary if primary is not None else 0][:200])


def _date_or_message(m: ParsedMessage, lines: Sequence[str],
                     currency: str | None) -> dt.date | None:
    found = fields.value_date(lines, month_first=currency == "USD")
    if found is None and m.date is not None:
        return m.date.date()
    return found
