"""Pure: the direction of a notice's money, from its headline's words and its amounts' signs.

The headline is the subject, the clauses up to the first one that states an amount with a money
word, and the clause after it. Their money words (cues.py) are weighed in a fixed order, so that
a failure, a chargeback, a refund, a payout or a debit is never read as money in, and a credit
said not to have happened ("n'a pas encore été crédité") is only pending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dunnerd.inbox.notices import cues
from dunnerd.inbox.notices.model import Direction
from dunnerd.inbox.notices.text import Amount

MAX_HEADLINE = 10  # clauses read for the direction when no clause states an amount
# The order of the money words: the first class a headline holds wins.
ORDER: tuple[tuple[Direction, re.Pattern[str]], ...] = (
    (Direction.FAILED, cues.FAILED), (Direction.CHARGEBACK, cues.CHARGEBACK),
    (Direction.REFUND, cues.REFUND), (Direction.PAYOUT, cues.PAYOUT), (Direction.OUT, cues.OUT),
    (Direction.PENDING, cues.PENDING), (Direction.IN, cues.IN),
)
_YOUR_PAYMENT = re.compile(r"(?:votre|your) pa(?:iement|yment)\b")


def headline(folded: Sequence[str], moves: Sequence[list[Amount]]) -> tuple[list[int], int | None]:
    """The clause indexes that decide the direction, and the primary clause: the first that
    states an amount, unless no money word comes with it or before it."""
    def cued(i: int) -> bool:
        return any(pattern.search(folded[i]) for _, pattern in ORDER)

    with_amount = [i for i in range(len(folded)) if moves[i]]
    if not with_amount:
        return list(range(min(len(folded), MAX_HEADLINE))), None
    primary = with_amount[0]
    if not any(cued(i) for i in range(primary + 1)):
        primary = next((i for i in with_amount if cued(i)), primary)
    return list(range(after_primary(primary, moves))), primary


def body_says(folded: Sequence[str], reasons: list[str]) -> Direction | None:
    """When the subject states the amount without a money word ("Crédit de 960,00 EUR sur
    votre compte" aside), the direction of the first body sentence that has one."""
    for i in range(1, min(len(folded), MAX_HEADLINE)):
        if any(pattern.search(folded[i]) for _, pattern in ORDER):
            return direction_of(folded, [i], reasons)
    return None


def status_says(folded: Sequence[str], primary: int, reasons: list[str]) -> Direction | None:
    """A record's status line a few lines below its amount ("Montant TTC : 3 480,00 EUR" then
    "Nouveau statut : MISE A DISPOSITION DU COMPTABLE"): the direction that status says."""
    status = [i for i in range(primary + 1, min(len(folded), primary + 1 + _STATUS_REACH))
              if _STATUS_LINE.match(folded[i])]
    return direction_of(folded, status, reasons) if status else None


_STATUS_LINE = re.compile(r"\s*(?:nouveau |new |current )?(?:statut|status|etat)\b")
_STATUS_REACH = 4


def written_signs(sentences: Sequence[str], moves: Sequence[list[Amount]],
           primary: int) -> list[tuple[str, bool]]:
    """The signs written on the primary amount, there first, then on the same amount further on
    ("+1 320,00 EUR" on the alert's line), each with whether it is glued to the number: a spaced
    dash ("reçu - 240,00 €") may be a separator."""
    value = moves[primary][0].value
    written = [(primary, moves[primary][0])] + [(i, a) for i, found in enumerate(moves)
                                                for a in found if a.value == value]
    return [(a.sign, sentences[i][a.start + 1:a.start + 2] != " ") for i, a in written if a.sign]


def not_yet(folded: Sequence[str], moves: Sequence[list[Amount]],
             reasons: list[str]) -> Direction | None:
    """PENDING when the subject says money came ("X sent you 975 EUR") but the body's first
    sentence with the amount, or the one after it, says it has not arrived yet ("is sending
    you ... it should arrive Tuesday"). Only ever withholds money in."""
    body = next((i for i in range(1, len(folded)) if moves[i]), None)
    if body is None:
        return None
    for i in range(body, after_primary(body, moves)):
        if cues.NEXT_PAYOUT.search(folded[i]):
            continue
        found = cues.PENDING.search(folded[i]) or cues.NEGATED_IN.search(folded[i])
        if found:
            reasons.append(f"the body says {found.group(0)!r}: not arrived yet")
            return Direction.PENDING
    return None


def after_primary(index: int, moves: Sequence[list[Amount]]) -> int:
    """The end of the headline that ends with clause `index` and the one after it, if that one
    states no amount of its own."""
    end = index + 1
    if end < len(moves) and not moves[end]:
        end += 1
    return end


def direction_of(folded: Sequence[str], zone: Sequence[int],
               reasons: list[str]) -> Direction | None:
    negated = False
    worded = [i for i in zone if not cues.PAYMENT_MEANS.match(folded[i])]
    for direction, pattern in ORDER:
        for i in worded:
            found = pattern.search(folded[i])
            if not found:
                continue
            if direction is Direction.IN and cues.NEGATED_IN.search(folded[i]):
                negated = True
                continue
            # PayPal's "Votre paiement ... est en attente" is a payment to the owner, held; a
            # bank's "votre virement est en attente de validation" is still the owner's
            if (direction is Direction.OUT and cues.HELD.search(folded[i])
                    and _YOUR_PAYMENT.match(found.group(0))):
                reasons.append(f"says {found.group(0)!r}, held: pending")
                return Direction.PENDING
            reasons.append(f"says {found.group(0)!r}: {direction.value}")
            return direction
    if negated:
        reasons.append("a credit said not to have happened: pending")
        return Direction.PENDING
    return None
