"""`dunnerd check` on the legal path: the rates the open invoices need and the table lacks (with
the exact `[[legal.rates]]` lines to add), the figures in use not yet confirmed from their
official source, and the identities the formal notice would print as "to complete"."""

from __future__ import annotations

import datetime as dt

from dunnerd.clock import SystemClock
from dunnerd.config.schema import Config
from dunnerd.daemon.check_steps import CheckResult, steps_in_thread
from dunnerd.ledger.store import Store
from dunnerd.legal.overview import (
    identity_problems,
    missing_rates,
    numbers_text,
    request_problems,
    unverified_in_use,
)
from dunnerd.legal.rates import toml_lines


async def check_legal(config: Config, today: dt.date, limit: float) -> list[CheckResult]:
    def rates() -> CheckResult:
        store = Store(config.database_url, SystemClock())
        try:
            missing = missing_rates(store, config, today)
        finally:
            store.close()
        if missing:
            detail = "; ".join(f"{period.label('en')} {figure} needed by "
                               f"{numbers_text(numbers)}, not in the table"
                               for (period, figure), numbers in missing.items())
            lines = [line for (period, figure) in missing for line in
                     toml_lines(period, [figure]) + [""]]
            return CheckResult("legal rates", False, detail,
                               "add to the config, with the official figure and its source: "
                               + " | ".join(line for line in lines if line))
        unverified = unverified_in_use(config)
        if unverified:
            return CheckResult(
                "legal rates", True, "warning: rate not yet confirmed from the official "
                "source, figures computed with it are marked provisional: " + "; ".join(
                    unverified),
                "confirm it from the ECB's press release or the arrêté, then add it to the "
                "config as [[legal.rates]] (period, the rate, source): yours counts as verified")
        return CheckResult("legal rates", True, "every rate the open invoices need is known "
                                                "and confirmed")

    def identities() -> CheckResult:
        store = Store(config.database_url, SystemClock())
        try:
            problems = identity_problems(store, config, today)
        finally:
            store.close()
        if problems:
            return CheckResult(
                "legal identities", True, "warning: a formal notice would print these as "
                "[to complete]: " + ", ".join(problems),
                "set them in [owner] (address, siren, iban) or with `dunnerd client edit KEY "
                "--legal-name ... --address ... --siren ...`")
        return CheckResult("legal identities", True, "the owner's and the late clients' "
                                                     "names, addresses and SIREN are known")

    def request() -> CheckResult:
        store = Store(config.database_url, SystemClock())
        try:
            problems = request_problems(store, config, today)
        finally:
            store.close()
        if problems:
            return CheckResult(
                "court request identities", True, "warning: the injonction de payer request "
                "(hand-off dossier) would print these as [à compléter]: " + ", ".join(problems),
                "set them in [owner] (entity, profession, nationality, birth_date, birth_place; "
                "or legal_form and representative for a company) or with `dunnerd client edit "
                "KEY --legal-form ... --address ...`")
        return CheckResult("court request identities", True, "every mention of the court "
                                                             "request is known")

    found = []
    for name, step in (("legal rates", rates), ("legal identities", identities),
                       ("court request identities", request)):
        found += await steps_in_thread([(name, step)], limit,
                                       "is the database locked by another process?")
    return found
