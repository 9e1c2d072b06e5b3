"""Pure: the words of the owner's alerts about the legal path: a formal notice ready to send
(with its PDF attached), a notice that could not be made, and a rate missing from the table."""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from dunnerd.config.schema import Config
from dunnerd.daemon.alert_texts import clean
from dunnerd.legal.explain import PROVISIONAL
from dunnerd.legal.notices import GeneratedNotice
from dunnerd.legal.rates import MRO, HalfYear, toml_lines

_FIGURES = {MRO: "the ECB main refinancing rate", "taux_legal": "the taux de l'intérêt légal"}


def _numbers(numbers: Sequence[str]) -> str:
    shown = ", ".join(clean(n, 64) for n in numbers[:8])
    return shown + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def notice_alert(generated: GeneratedNotice, config: Config,
                 message_id: str | None) -> tuple[str, str]:
    notice, content = generated.notice, generated.content
    who = clean(generated.client.name, 80)
    first = shlex.quote(generated.numbers[0])
    claimed = " and ".join(f"{t.claimed} {t.currency}" for t in content.totals)
    lines = [f"The formal notice (mise en demeure) for {who} is ready: invoices "
             f"{_numbers(generated.numbers)}, {claimed} claimed. The PDF is attached "
             f"({clean(notice.file_name, 100)}, SHA-256 {notice.sha256[:16]}...).",
             "It is a model for you to check, not legal advice: read it before you sign it."]
    if content.provisional:
        lines.append(f"Some penalties are {PROVISIONAL['en']}: `dunnerd check` says which.")
    for missing in content.missing:
        lines.append(f"No penalties computed for {missing.period.label('en')}: "
                     f"{_FIGURES[missing.figure]} is not in the rate table (see the alert "
                     "about it).")
    if content.gaps:
        lines.append("Missing details, printed as [to complete] in the letter: "
                     f"{', '.join(clean(g, 60) for g in content.gaps)}.")
    lines += ["", "What to do next:",
              "  1. Print it, sign it, and send it by registered letter with acknowledgement",
              "     of receipt (lettre recommandée avec AR).",
              "  2. Record the sending: it starts the "
              f"{config.legal.notice_days}-day deadline, and the hand-off waits for it:",
              f"     dunnerd notice sent {first} --lrar TRACKING_NUMBER --date YYYY-MM-DD"]
    if message_id:
        lines.append(f"  3. It was also emailed to the client (Message-ID {clean(message_id)}),"
                     " with a copy in your Sent folder.")
    else:
        lines += ["  3. To send it by email as well, through dunnerd (copy in Sent):",
                  f"     dunnerd notice email {first}"]
    lines += [f"`dunnerd invoice show {first}` has the penalties' breakdown; "
              f"`dunnerd notice {first} --out FILE` makes a fresh notice."]
    return f"Formal notice ready for {who}: print, sign and send it", "\n".join(lines)


def failure_alert(numbers: Sequence[str], error: Exception) -> tuple[str, str]:
    first = shlex.quote(numbers[0])
    body = [f"Invoices {_numbers(numbers)} reached the formal notice, but dunnerd could not "
            "make the letter:", f"  {clean(str(error), 300)}", "",
            "What to do next: fix what the line above names (a template, a name or an "
            f"address), then `dunnerd notice {first} --out FILE` makes it. dunnerd tries again "
            "at each pass meanwhile."]
    return f"Formal notice for {_numbers(numbers)} could not be made", "\n".join(body)


def missing_rate_alert(period: HalfYear, figure: str,
                       numbers: Sequence[str]) -> tuple[str, str]:
    name = _FIGURES[figure]
    body = [f"{name[:1].upper()}{name[1:]} for {period.label('en')} is not in dunnerd's rate "
            f"table, so no penalty or interest is computed for that half-year (invoices "
            f"{_numbers(numbers)}). dunnerd never guesses a rate.", "",
            "What to do next: find the official figure (the ECB's decision, or the arrêté in "
            "the Journal officiel), add these lines to your config with the real rate and its "
            "source, then reload dunnerd:", "",
            *[f"  {line}" for line in toml_lines(period, [figure])]]
    return f"Rate missing: {name} for {period.label('en')}", "\n".join(body)
