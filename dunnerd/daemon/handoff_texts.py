"""Pure: the words of the owner's alerts about the hand-off: the dossier ready (with what is
missing or altered, and whether it went to the agency), a dossier that could not be made, and
the court order's deadlines (service before it lapses, the opposition month over)."""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from dunnerd.config.schema import Config
from dunnerd.daemon.alert_texts import clean
from dunnerd.ledger.models import Dossier
from dunnerd.legal.court_orders import DueAlert
from dunnerd.legal.dossier import BuiltDossier
from dunnerd.legal.procedure import Procedure


def _numbers(numbers: Sequence[str]) -> str:
    shown = ", ".join(clean(n, 64) for n in numbers[:8])
    return shown + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def dossier_alert(built: BuiltDossier, row: Dossier, config: Config, message_id: str | None,
                  send_error: str | None, attached: bool) -> tuple[str, str]:
    who = clean(built.requete.debtor_name or built.client.name, 80)
    first = shlex.quote(built.numbers[0])
    claimed = " and ".join(f"{c.total} {c.currency}" for c in built.requete.claims)
    lines = [f"The hand-off dossier for {who} is ready: invoices {_numbers(built.numbers)}, "
             f"{claimed} claimed.",
             f"  File: {clean(row.path, 300)}",
             f"  {len(built.files)} files, {row.size} bytes, SHA-256 {row.sha256}"
             + (" (attached)" if attached else ""),
             "It holds every reminder as sent (.eml), the formal notice, the client's replies, "
             "the payments, the timeline, the claim (CSV and JSON) and a draft injonction de "
             "payer request. It is a model for you to check, not legal advice."]
    if not built.mailbox.checked:
        lines.append(f"Your Sent folder was NOT checked ({clean(built.mailbox.reason, 200)}): "
                     "the dossier carries the copies dunnerd stored before each send, and says "
                     "so. Make it again later with `dunnerd dossier "
                     f"{' '.join(shlex.quote(n) for n in built.numbers)}`.")
    if built.problems:
        lines += ["", "Missing or altered evidence:"]
        lines += [f"  - {clean(p.en, 300)}" for p in built.problems]
    if built.gaps:
        lines += ["", "Missing from the court request (printed as [à compléter]; dunnerd never "
                  "invents them): " + ", ".join(clean(g, 60) for g in built.gaps) + ".",
                  "  Set them in [owner] or with `dunnerd client edit`, then make the dossier "
                  "again."]
    lines += ["", "What to do next:"]
    if message_id:
        lines += [f"  1. It was emailed to {clean(config.handoff.to)} (Message-ID "
                  f"{clean(message_id)}), with a copy in your Sent folder. These invoices are "
                  "now handed off: dunnerd sends the client nothing more about them."]
    elif send_error:
        lines += [f"  1. It could NOT be emailed to {clean(config.handoff.to)}: "
                  f"{clean(send_error, 300)}. Send it yourself, then `dunnerd dossier {first} "
                  "--handed-off`."]
    else:
        lines += ["  1. Give it to your collection agency or lawyer, or file the request "
                  "(requete-injonction-de-payer.pdf, or the Cerfa form with the "
                  "formulaire-cerfa-*.txt data) at the court its summary names. Then "
                  f"`dunnerd dossier {first} --handed-off` stops everything about them.",
                  "     With `[handoff] to = \"agency@example\"` dunnerd emails the next ones "
                  "itself."]
    if built.small_claims:
        lines.append("  2. The claim is small enough for the simplified small-claims procedure "
                     "through a commissaire de justice: see section 6 of sommaire.txt.")
    lines += [f"  Check it any time: dunnerd dossier verify {shlex.quote(row.path)}",
              f"  Once the court rules: dunnerd court {first} --ordonnance YYYY-MM-DD"]
    subject = (f"Hand-off dossier ready for {who}"
               + (": sent to your agency" if message_id else ": hand it over"))
    if built.problems or not built.mailbox.checked:
        subject += " (evidence to look at)"
    return subject, "\n".join(lines)


def failure_alert(numbers: Sequence[str], error: Exception) -> tuple[str, str]:
    first = shlex.quote(numbers[0])
    body = [f"Invoices {_numbers(numbers)} reached the hand-off, but dunnerd could not make "
            "their dossier:", f"  {clean(str(error), 300)}", "",
            "What to do next: fix what the line above names (the state directory's disk, a "
            "template, a name or an address), then `dunnerd dossier "
            f"{first}` makes it. dunnerd tries again at each pass meanwhile."]
    return f"Hand-off dossier for {_numbers(numbers)} could not be made", "\n".join(body)


def court_alert(due: DueAlert, procedure: Procedure) -> tuple[str, str]:
    order, numbers = due.view.order, due.view.numbers
    who = clean(due.view.client.legal_name or due.view.client.name, 80)
    first = shlex.quote(numbers[0])
    ref = f" (n° {clean(order.reference, 60)})" if order.reference else ""
    facts = [f"The order for payment of {order.ordered_on}{ref} against {who} covers invoices "
             f"{_numbers(numbers)}.", f"Rule: {clean(order.rule, 200)}."]
    if due.kind == "service_soon":
        subject = f"Serve the order against {who} before {due.day}"
        body = [*facts, f"It must be served by a commissaire de justice by {due.day}, or it "
                "lapses (non avenue).", "", "What to do next: have it served, then "
                f"`dunnerd court {first} --served YYYY-MM-DD`."]
    elif due.kind == "lapsed":
        subject = f"The order against {who} lapsed unless it was served"
        body = [*facts, f"No service was recorded by {due.day}: unless it was served, the order "
                "is void (non avenue) and a new request is needed.", "",
                f"What to do next: if it was served, `dunnerd court {first} --served "
                "YYYY-MM-DD`; if not, ask your commissaire de justice or lawyer."]
    else:
        after = procedure.after_opposition_text(order.ordered_on)
        subject = f"The month for opposition against {who} has passed"
        body = [*facts, f"It was served on {order.served_on}; the time to oppose ended on "
                f"{due.day} ({procedure.opposition.article}; moved to the next working day "
                "when it ended on a weekend or holiday).",
                *([f"{after[0]}"] if after else []), "",
                "What to do next: unless the court registry told you of an opposition, ask "
                "your commissaire de justice to enforce the order."]
    return subject, "\n".join(body)
