"""The words and the JSON of a breakdown: how each segment's rate was found, the method, and the
marks of a provisional or incomplete figure, in French and English. Pure."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dunnerd.ledger.money import to_decimal
from dunnerd.legal.penalties import Basis, Breakdown, MissingRate, Segment
from dunnerd.legal.rates import MRO
from dunnerd.states import ClientKind

PROVISIONAL = {
    "en": "provisional: rate not yet confirmed from the official source",
    "fr": "provisoire : taux non encore confirmé par la source officielle",
}
METHOD = {
    ClientKind.BUSINESS: {
        "en": "Code de commerce L441-10 II and D441-5: late-payment penalties due without any "
              "reminder from the day after the due date; simple interest on the balance "
              "including VAT, per half-year, at the ECB main refinancing rate in force on its "
              "first day plus 10 points (or the contractual rate, never below 3 × the taux "
              "légal); 365-day year; payments are applied to the principal; each segment is "
              "rounded half-up to the cent; plus a fixed indemnity for collection costs per "
              "invoice.",
        "fr": "Code de commerce, art. L441-10 II et D441-5 : pénalités de retard exigibles sans "
              "rappel dès le lendemain de l'échéance ; intérêts simples sur le solde TTC, par "
              "semestre, au taux de refinancement de la BCE en vigueur le premier jour du "
              "semestre majoré de 10 points (ou au taux contractuel, jamais inférieur à 3 fois "
              "le taux d'intérêt légal) ; année de 365 jours ; les paiements s'imputent sur le "
              "principal ; chaque période est arrondie au centime le plus proche ; plus une "
              "indemnité forfaitaire pour frais de recouvrement par facture.",
    },
    ClientKind.CONSUMER: {
        "en": "Code civil 1231-6 and 1344-1: interest at the taux de l'intérêt légal from the "
              "formal notice; no late-payment penalties and no indemnity for a consumer; "
              "365-day year; payments are applied to the principal; each segment is rounded "
              "half-up to the cent.",
        "fr": "Code civil, art. 1231-6 et 1344-1 : intérêts au taux de l'intérêt légal à compter "
              "de la mise en demeure ; ni pénalités de retard ni indemnité forfaitaire pour un "
              "consommateur ; année de 365 jours ; les paiements s'imputent sur le principal ; "
              "chaque période est arrondie au centime le plus proche.",
    },
}
_FIGURE = {"en": {MRO: "ECB main refinancing rate", "taux_legal": "taux de l'intérêt légal"},
           "fr": {MRO: "taux de refinancement de la BCE", "taux_legal": "taux de l'intérêt légal"}}


def percent(value: Decimal, language: str) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}"
    return f"{text.replace('.', ',')}\u00a0%" if language == "fr" else f"{text} %"


def missing_text(missing: MissingRate, language: str) -> str:
    name = _FIGURE["fr" if language == "fr" else "en"][missing.figure]
    if language == "fr":
        return f"{name} du {missing.period.label('fr')} inconnu : montant non calculé"
    return f"{name} for {missing.period.label('en')} unknown: no amount computed"


def basis_text(segment: Segment, language: str, *, note_provisional: bool = True) -> str:
    """How the segment's rate was found, e.g. "ECB 2.40 % + 10 points"."""
    fr = language == "fr"
    if segment.missing:
        return "; ".join(missing_text(m, language) for m in segment.missing)
    assert segment.rate is not None
    rate = percent(segment.rate, language)
    if segment.basis is Basis.DEFAULT:
        mro = percent(segment.rate - Decimal(10), language)
        text = f"taux BCE {mro} + 10 points" if fr else f"ECB {mro} + 10 points"
    elif segment.basis is Basis.CONTRACTUAL:
        text = f"taux contractuel {rate}" if fr else f"contractual rate {rate}"
    elif segment.basis is Basis.FLOOR:
        text = (f"plancher 3 × taux légal = {rate} (taux contractuel inférieur)" if fr
                else f"floor 3 × taux légal = {rate} (contractual rate below it)")
    else:
        text = f"taux d'intérêt légal {rate}" if fr else f"taux de l'intérêt légal {rate}"
    extra = []
    if segment.basis in (Basis.CONTRACTUAL, Basis.FLOOR) and segment.default_rate is not None:
        default = percent(segment.default_rate, language)
        extra.append(f"taux légal par défaut {default}" if fr else f"default rate {default}")
    if segment.basis is Basis.CONTRACTUAL and segment.floor is not None:
        floor = percent(segment.floor, language)
        extra.append(f"plancher {floor}" if fr else f"floor {floor}")
    if segment.provisional and note_provisional:
        extra.append(PROVISIONAL["fr" if fr else "en"])
    return text + (f" ({'; '.join(extra)})" if extra else "")


def _money(cents: int | None, currency: str) -> str | None:
    return None if cents is None else str(to_decimal(cents, currency))


def breakdown_view(b: Breakdown) -> dict[str, Any]:
    """The breakdown as `invoice show --json` prints it under "penalties"."""
    currency = b.claim.currency
    return {
        "as_of": b.as_of.isoformat(),
        "kind": b.claim.kind.value,
        "currency": currency,
        "method": METHOD[b.claim.kind]["en"],
        "day_count": "365-day year",
        "segments": [{
            "start": s.start.isoformat(), "end": s.end.isoformat(), "days": s.days,
            "period": s.period.key, "balance": _money(s.balance_cents, currency),
            "basis": s.basis.value, "basis_text": basis_text(s, "en"),
            "rate": None if s.rate is None else str(s.rate),
            "default_rate": None if s.default_rate is None else str(s.default_rate),
            "floor": None if s.floor is None else str(s.floor),
            "amount": _money(s.amount_cents, currency), "provisional": s.provisional,
            "missing": [{"period": m.period.key, "rate": m.figure} for m in s.missing],
        } for s in b.segments],
        "interest": _money(b.interest_cents, currency),
        "indemnity": _money(b.indemnity_cents, currency),
        "balance": _money(b.balance_cents, currency),
        "total": _money(b.total_cents, currency),
        "complete": b.complete,
        "provisional": b.provisional,
        "missing": [{"period": m.period.key, "rate": m.figure} for m in b.missing],
    }


def breakdown_lines(b: Breakdown) -> list[str]:
    """The breakdown as `invoice show` prints it (English)."""
    currency = b.claim.currency
    lines = [f"Late-payment penalties on {b.as_of.isoformat()} ({b.claim.kind.value} client):"]
    if not b.segments:
        why = ("no interest yet: a consumer owes interest only from the formal notice's sending"
               if b.claim.kind is ClientKind.CONSUMER and b.claim.notice_sent_on is None
               else "none accrued")
        lines.append(f"  {why}")
    for s in b.segments:
        amount = _money(s.amount_cents, currency)
        lines.append(f"  {s.start.isoformat()} to {s.end.isoformat()}  {s.days:>3} days  on "
                     f"{_money(s.balance_cents, currency)} {currency}: {basis_text(s, 'en')}"
                     f"{' = ' + amount + ' ' + currency if amount else ''}")
    lines.append(f"  interest {_money(b.interest_cents, currency)} {currency}"
                 f"{' (incomplete: a rate is missing)' if not b.complete else ''}"
                 f"{' (provisional)' if b.provisional else ''}")
    if b.indemnity_cents:
        lines.append(f"  indemnity for collection costs {_money(b.indemnity_cents, currency)} "
                     f"{currency} (D441-5)")
    lines.append(f"  total with the balance {_money(b.total_cents, currency)} {currency}")
    lines.append(f"  basis: {METHOD[b.claim.kind]['en']}")
    return lines
