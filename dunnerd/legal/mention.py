"""What a reminder says of the late-payment penalties when its step claims them for that
client (legal.claim_penalties_from, per client): the amount accrued today and its basis, in the
reminder's language. Nothing for a consumer before the formal notice, nor when none accrued."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dunnerd.config.schema import Config
from dunnerd.dunning.render import (
    PenaltyMention,
    Total,
    format_date,
    format_money,
    normalise_language,
)
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import to_decimal
from dunnerd.ledger.store import Store
from dunnerd.legal.claims import breakdowns, claims_penalties
from dunnerd.legal.explain import PROVISIONAL

BASIS = {
    "fr": "pénalités de retard exigibles de plein droit dès le lendemain de l'échéance (art. "
          "L441-10 du Code de commerce){indemnity}, décomptées au {today}",
    "en": "late-payment penalties due by law from the day after the due date (French "
          "Commercial Code, art. L441-10){indemnity}, counted on {today}",
}
INDEMNITY = {"fr": " et indemnité forfaitaire pour frais de recouvrement de {amount} par "
                   "facture (art. D441-5)",
             "en": " and a fixed indemnity for collection costs of {amount} per invoice "
                   "(art. D441-5)"}
INCOMPLETE = {"fr": "hors période dont le taux n'est pas publié",
              "en": "not counting a period whose rate is not published"}


def penalty_mention(store: Store, config: Config, client: Client, invoices: Sequence[Invoice],
                    step: str, today: dt.date) -> PenaltyMention | None:
    if not claims_penalties(step, client, config):
        return None
    figures = breakdowns(store, config, invoices, {client.id or 0: client}, today)
    sums: dict[str, int] = {}
    for b in figures.values():
        if b.interest_cents or b.indemnity_cents:
            sums[b.claim.currency] = (sums.get(b.claim.currency, 0) + b.interest_cents
                                      + b.indemnity_cents)
    if not sums:
        return None
    language = normalise_language(client.language or config.owner.language)
    language = language if language in BASIS else "en"
    indemnity = ""
    if any(b.indemnity_cents for b in figures.values()):
        amount = format_money(config.legal.indemnity, "EUR", language)
        indemnity = INDEMNITY[language].format(amount=amount)
    basis = BASIS[language].format(indemnity=indemnity, today=format_date(today, language))
    provisional = any(b.provisional for b in figures.values())
    if provisional:
        basis += f"; {PROVISIONAL[language]}"
    if not all(b.complete for b in figures.values()):
        basis += f"; {INCOMPLETE[language]}"
    return PenaltyMention(tuple(Total(c, to_decimal(v, c)) for c, v in sums.items()), basis,
                          provisional)
