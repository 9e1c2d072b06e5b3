"""The dossier's timeline, pure: each invoice issued and due, each email sent (with its
Message-ID, SHA-256 and what the Sent folder showed), each message from the client, each
payment, promise, dispute and pause, the formal notice made and sent, the hand-off and the
court, in date order, in French (the court's language), as rows for the PDF and the CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from dunnerd.ledger.money import to_decimal
from dunnerd.legal.dossier_sources import DossierSources
from dunnerd.legal.evidence import CheckedEmail, CopyStatus, MailboxCheck

STEP_LABELS = {
    "friendly": "Relance amiable envoyée par email",
    "firm": "Relance envoyée par email",
    "final": "Dernière relance avant mise en demeure envoyée par email",
    "formal_notice_email": "Mise en demeure envoyée par email",
}
RECEIVED_LABELS = {
    "human_reply": "Réponse du client",
    "auto_reply": "Réponse automatique du client",
    "bounce": "Avis de non-remise d'un email",
    "payment_notification": "Avis de paiement reçu",
}
COPY_NOTES = {
    CopyStatus.IDENTICAL: "copie identique dans le dossier Envoyés",
    CopyStatus.EXTRA: "copie identique dans le dossier Envoyés, à côté d'un message modifié "
                      "portant le même Message-ID",
    CopyStatus.MISSING: "absent du dossier Envoyés ; copie conservée par dunnerd",
    CopyStatus.ALTERED: "la copie du dossier Envoyés diffère ; copie conservée par dunnerd",
    CopyStatus.UNCHECKED: "dossier Envoyés non vérifié ; copie conservée par dunnerd",
}
CSV_HEADER = ("date", "heure_utc", "evenement", "factures", "detail", "message_id", "sha256",
              "piece")


@dataclass(frozen=True)
class Entry:
    on: dt.date  # the local date (the client's time zone)
    at: dt.datetime | None  # the instant, when one is known
    what: str
    numbers: tuple[str, ...]
    detail: str = ""
    message_id: str = ""
    sha256: str = ""
    piece: int | None = None

    @property
    def time_text(self) -> str:
        return self.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if self.at else ""


def _money(cents: int, currency: str) -> str:
    return f"{to_decimal(cents, currency)} {currency}"


def _email_entry(src: DossierSources, checked: CheckedEmail, piece: int | None) -> Entry:
    e = checked.email
    label = STEP_LABELS.get(e.step, f"Email « {e.step} » envoyé")
    note = COPY_NOTES[checked.status]
    if e.state.value == "unknown":
        note = "envoi incertain (aucune réponse du serveur) ; " + note
    at = e.sent_at
    return Entry(src.local_date(at) if at else src.today, at, label, e.numbers, note,
                 e.message_id, e.sha256 or "", piece)


def _event_entries(src: DossierSources) -> list[Entry]:
    currency = {inv.id: inv.currency for inv in src.invoices}
    number = {inv.id: inv.number for inv in src.invoices}
    paid_so_far: dict[int, int] = {}
    found = []
    for event in src.events:
        if event.at is None or event.invoice_id is None:
            continue
        d, n = event.detail, (number.get(event.invoice_id, ""),)
        cur = currency.get(event.invoice_id, "EUR")
        reason = str(d.get("reason") or "")
        what, detail = "", ""
        if event.kind in ("invoice.partly_paid", "invoice.paid") and isinstance(
                d.get("paid_cents"), int):
            before = paid_so_far.get(event.invoice_id, 0)
            amount = d["paid_cents"] if event.kind == "invoice.partly_paid" \
                else d["paid_cents"] - before
            paid_so_far[event.invoice_id] = before + amount
            if amount <= 0:
                continue
            what, detail = f"Paiement reçu : {_money(amount, cur)}", reason
        elif event.kind == "invoice.promised":
            what = f"Promesse de paiement pour le {d.get('promised_until', '?')}"
            detail = reason
        elif event.kind == "invoice.disputed":
            what, detail = "Contestation de la facture", reason
        elif event.kind == "invoice.paused":
            what = "Relances suspendues"
            detail = "; ".join(x for x in (reason, str(d.get("subject") or "")) if x)
        elif event.kind == "invoice.open" and d.get("before") in ("paused", "promised"):
            what, detail = "Relances reprises", reason
        elif event.kind == "notice.generated":
            what, detail = "Mise en demeure établie", str(d.get("file") or "")
        elif event.kind == "notice.sent":
            lrar = d.get("lrar")
            what = "Mise en demeure envoyée par lettre recommandée avec avis de réception" \
                if lrar else "Mise en demeure envoyée"
            detail = (f"n° {lrar} ; " if lrar else "") + f"délai jusqu'au {d.get('deadline')}"
        elif event.kind == "invoice.handoff":
            what = "Transmission du dossier (recouvrement ou injonction de payer)"
        elif event.kind == "invoice.handed_off":
            what, detail = "Dossier transmis", reason
        elif event.kind == "court.ordered":
            what = f"Ordonnance portant injonction de payer du {d.get('ordered_on')}"
            detail = f"à signifier avant le {d.get('service_by')}"
        elif event.kind == "court.served":
            what, detail = f"Ordonnance signifiée le {d.get('served_on')}", reason
        if what:
            sha = str(d.get("sha256") or "") if event.kind == "notice.generated" else ""
            found.append(Entry(event.at.astimezone(src.zone).date(), event.at, what, n, detail,
                               str(d.get("message_id") or ""), sha))
    return found


def build_timeline(src: DossierSources, check: MailboxCheck,
                   pieces: Mapping[str, int]) -> list[Entry]:
    """Every dated fact of the dossier, oldest first. `pieces` maps a Message-ID or a notice's
    SHA-256 to its number in the list of documents."""
    entries = []
    for inv in src.invoices:
        entries.append(Entry(inv.issued, None, "Facture émise", (inv.number,),
                             f"{_money(inv.amount_cents, inv.currency)} TTC",
                             piece=pieces.get(f"invoice:{inv.number}")))
        entries.append(Entry(inv.due, None, "Échéance de la facture", (inv.number,)))
    for checked in check.emails:
        entries.append(_email_entry(src, checked, pieces.get(checked.email.message_id)))
    for msg in src.received:
        at = msg.received_at
        kept = ("encore dans la boîte de réception" if msg.message_id in check.in_inbox
                else "copie conservée par dunnerd") if check.checked else "copie conservée"
        entries.append(Entry(src.local_date(at) if at else src.today, at,
                             RECEIVED_LABELS.get(msg.kind, "Message reçu"), msg.numbers,
                             f"de {msg.from_address} : « {msg.subject} » ; {kept}",
                             msg.message_id or "", piece=pieces.get(f"received:{msg.row_id}")))
    for record in src.notices:
        notice = record.notice
        if notice.deadline is not None:
            entries.append(Entry(notice.deadline, None, "Fin du délai donné par la mise en "
                                 "demeure", record.numbers))
    for entry in _event_entries(src):
        piece = pieces.get(entry.sha256) if entry.sha256 else None
        entries.append(replace(entry, piece=piece))
    return _merged(sorted(entries, key=lambda e: (e.on, e.at is not None, e.at or dt.datetime.min
                                                   .replace(tzinfo=dt.UTC))))


def _merged(entries: Sequence[Entry]) -> list[Entry]:
    """One row per fact: an event recorded once per invoice (a notice covering three) is one
    row naming the three."""
    out: list[Entry] = []
    index: dict[tuple[object, ...], int] = {}
    for entry in entries:
        key = (entry.on, entry.at, entry.what, entry.detail, entry.message_id)
        if key in index:
            kept = out[index[key]]
            out[index[key]] = replace(kept, numbers=tuple(dict.fromkeys(
                kept.numbers + entry.numbers)))
            continue
        index[key] = len(out)
        out.append(entry)
    return out


def timeline_csv(entries: Sequence[Entry]) -> bytes:
    """UTF-8 with a BOM (spreadsheets then read the accents), comma-separated, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in entries:
        writer.writerow([e.on.isoformat(), e.time_text, e.what, " ".join(e.numbers), e.detail,
                         e.message_id, e.sha256, "" if e.piece is None else str(e.piece)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
