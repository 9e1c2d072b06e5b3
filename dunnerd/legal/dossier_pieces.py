"""The numbered supporting documents of a dossier (its `pieces/` folder), in the order of the
request's list: the invoices' PDFs, every email sent (the bytes the evidence check vouches for,
with a note on how), the formal notices with their registered-letter records, the messages
received, the payments, the timeline (PDF and CSV). Each piece says where its bytes come from;
what is missing or was changed becomes a Problem for the owner and the summary."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Sequence
from pathlib import Path

from dunnerd.legal.document_pdf import TableData, render_document
from dunnerd.legal.dossier_sources import DossierSources
from dunnerd.legal.dossier_zip import DossierFile
from dunnerd.legal.evidence import CheckedEmail, MailboxCheck, Problem
from dunnerd.legal.notice_text import DISCLAIMER, Block
from dunnerd.legal.requete_model import Piece
from dunnerd.legal.timeline import Entry
from dunnerd.states import ReminderState

_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
EMAIL_NAMES = {"friendly": ("relance-amiable", "relance amiable"),
               "firm": ("relance", "relance"),
               "final": ("derniere-relance", "dernière relance avant mise en demeure"),
               "formal_notice_email": ("mise-en-demeure-email", "mise en demeure par email")}
RECEIVED_NAMES = {"human_reply": ("reponse-client", "réponse du client"),
                  "auto_reply": ("reponse-automatique", "réponse automatique"),
                  "bounce": ("avis-de-non-remise", "avis de non-remise"),
                  "payment_notification": ("avis-de-paiement", "avis de paiement")}
def safe_name(text: str) -> str:
    return _SAFE.sub("-", text).strip("-").lower() or "x"


class Pieces:
    """The numbered supporting documents, in the order they are added."""

    def __init__(self) -> None:
        self.files: list[DossierFile] = []
        self.listed: list[Piece] = []
        self.keys: dict[str, int] = {}  # Message-ID, notice SHA-256 ... -> piece number

    def add(self, slug: str, suffix: str, data: bytes, title: str, *, source: str,
            note: str = "", key: str = "") -> int:
        number = len(self.listed) + 1
        name = f"pieces/{number:02d}-{slug}{suffix}"
        self.files.append(DossierFile(name, data, {"piece": number, "title": title,
                                                   "source": source, "note": note}))
        self.listed.append(Piece(number, title, name, note))
        if key:
            self.keys[key] = number
        return number


def date_fr(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def invoice_pdfs(src: DossierSources, pieces: Pieces, problems: list[Problem]) -> list[int]:
    numbers = []
    for inv in src.invoices:
        if not inv.pdf_path:
            problems.append(Problem(
                f"invoice {inv.number}: dunnerd has no PDF of it; add it yourself",
                f"facture {inv.number} : dunnerd n'en a pas le PDF ; à joindre par vous"))
            continue
        try:
            data = Path(inv.pdf_path).read_bytes()
        except OSError as exc:
            why = exc.strerror or str(exc)
            problems.append(Problem(
                f"invoice {inv.number}: its PDF {inv.pdf_path} cannot be read ({why}); add it "
                "yourself", f"facture {inv.number} : son PDF {inv.pdf_path} est illisible "
                f"({why}) ; à joindre par vous"))
            continue
        numbers.append(pieces.add(f"facture-{safe_name(inv.number)}", ".pdf", data,
                                  f"Facture n° {inv.number} du {date_fr(inv.issued)}",
                                  source="file", key=f"invoice:{inv.number}"))
    return numbers


def emails(src: DossierSources, check: MailboxCheck, pieces: Pieces,
            problems: list[Problem]) -> list[int]:
    numbers = []
    for checked in check.emails:
        e = checked.email
        if checked.problem:
            problems.append(checked.problem)
        if checked.data is None:
            continue
        day = src.local_date(e.sent_at) if e.sent_at else src.today
        slug, words = EMAIL_NAMES.get(e.step, (f"email-{safe_name(e.step)}", e.step))
        numbers.append(pieces.add(
            f"{day.isoformat()}-{slug}", ".eml", checked.data,
            f"Email du {date_fr(day)} ({words}), factures "
            f"{', '.join(e.numbers)}, Message-ID {e.message_id}",
            source=checked.source, note=_copy_note(checked), key=e.message_id))
    return numbers


COPY_NOTES = {"missing": "absent du dossier Envoyés : copie conservée par dunnerd",
              "extra": "copie identique dans Envoyés, à côté d'un message modifié portant le "
                       "même Message-ID",
              "altered": "la copie du dossier Envoyés a été modifiée : copie conservée par "
                         "dunnerd",
              "unchecked": "dossier Envoyés non vérifié : copie conservée par dunnerd"}


def _copy_note(checked: CheckedEmail) -> str:
    """How the .eml's bytes were vouched for, when not by an identical copy in Sent."""
    notes = []
    if checked.email.state is ReminderState.UNKNOWN:
        notes.append("envoi incertain (pas de réponse du serveur)")
    if checked.email.raw is None:
        notes.append("copie du dossier Envoyés, sans copie conservée pour la comparer")
    elif not checked.stored_intact:
        notes.append("la copie du registre ne correspond plus à son empreinte"
                     + (" : copie du dossier Envoyés" if checked.source == "sent" else ""))
    elif checked.status.value in COPY_NOTES:
        notes.append(COPY_NOTES[checked.status.value])
    return " ; ".join(notes)


def notices(src: DossierSources, pieces: Pieces, problems: list[Problem]) -> list[int]:
    numbers = []
    for record in src.notices:
        notice = record.notice
        if hashlib.sha256(notice.pdf).hexdigest() != notice.sha256:
            problems.append(Problem(
                f"the formal notice of {notice.letter_date} no longer matches its recorded "
                "SHA-256 in the ledger; it is included as it is",
                f"la mise en demeure du {date_fr(notice.letter_date)} ne correspond plus à "
                "son empreinte enregistrée ; jointe telle quelle"))
        numbers.append(pieces.add(
            f"mise-en-demeure-{notice.letter_date.isoformat()}", ".pdf", notice.pdf,
            f"Mise en demeure du {date_fr(notice.letter_date)} (factures "
            f"{', '.join(record.numbers)})", source="ledger", key=notice.sha256))
        numbers.append(pieces.add(
            f"lettre-recommandee-{notice.letter_date.isoformat()}", ".txt",
            _lrar_record(notice.letter_date, notice.sent_on, notice.lrar, notice.deadline,
                         notice.sha256, notice.email_message_id),
            f"Envoi de la mise en demeure du {date_fr(notice.letter_date)} : "
            + (f"lettre recommandée n° {notice.lrar} du {date_fr(notice.sent_on)}"
               if notice.sent_on and notice.lrar else
               f"envoyée le {date_fr(notice.sent_on)}" if notice.sent_on
               else "envoi non enregistré"), source="ledger"))
        if notice.sent_on is None:
            problems.append(Problem(
                f"the formal notice of {notice.letter_date} is not recorded as sent "
                "(`dunnerd notice sent`)", f"la mise en demeure du "
                f"{date_fr(notice.letter_date)} n'est pas enregistrée comme envoyée"))
    return numbers


def _lrar_record(letter: dt.date, sent_on: dt.date | None, lrar: str,
                 deadline: dt.date | None, sha256: str, email_id: str | None) -> bytes:
    lines = ["Envoi de la mise en demeure (relevé tenu par dunnerd)",
             f"Lettre datée du : {letter.isoformat()}",
             f"Empreinte SHA-256 du PDF : {sha256}",
             f"Envoyée le : {sent_on.isoformat() if sent_on else 'non enregistré'}",
             f"Lettre recommandée avec avis de réception n° : {lrar or 'non indiqué'}",
             f"Fin du délai de paiement : {deadline.isoformat() if deadline else '-'}"]
    if email_id:
        lines.append(f"Également envoyée par email : Message-ID {email_id}")
    lines.append("L'avis de réception (papier) est à joindre par l'expéditeur.")
    return ("\n".join(lines) + "\n").encode("utf-8")


def received(src: DossierSources, check: MailboxCheck, pieces: Pieces) -> list[int]:
    numbers = []
    for msg in src.received:
        day = src.local_date(msg.received_at) if msg.received_at else src.today
        slug, words = RECEIVED_NAMES.get(msg.kind, ("message-recu", "message reçu"))
        still = msg.message_id in check.in_inbox
        numbers.append(pieces.add(
            f"{day.isoformat()}-{slug}", ".eml", msg.raw,
            f"Message reçu le {date_fr(day)} de {msg.from_address} ({words})",
            source="inbox-record", key=f"received:{msg.row_id}",
            note="encore dans la boîte de réception" if still else
            ("n'est plus dans la boîte de réception : copie enregistrée à sa réception"
             if check.checked else "copie enregistrée à sa réception")))
    return numbers


def payments(src: DossierSources, entries: Sequence[Entry]) -> bytes | None:
    rows = [e for e in entries if e.what.startswith("Paiement reçu")]
    if not rows:
        return None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("date", "factures", "paiement", "detail"))
    for e in rows:
        writer.writerow((e.on.isoformat(), " ".join(e.numbers),
                         e.what.removeprefix("Paiement reçu : "), e.detail))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def timeline_pdf(entries: Sequence[Entry], client_label: str, made_on: dt.date) -> bytes:
    rows = [["Date", "Événement", "Factures", "Détail", "Pièce"]]
    for e in entries:
        detail = "; ".join(x for x in (e.detail, f"Message-ID {e.message_id}" if e.message_id
                                       else "", f"SHA-256 {e.sha256}" if e.sha256 else "") if x)
        rows.append([e.on.isoformat(), e.what, ", ".join(e.numbers), detail,
                     "" if e.piece is None else str(e.piece)])
    blocks = [Block("title", (f"Chronologie — {client_label}",)),
              Block("small", (f"Établie le {date_fr(made_on)} à partir du registre de "
                              "dunnerd. Heures en UTC dans le fichier CSV joint.",)),
              Block("table", ("timeline",)), Block("small", (DISCLAIMER["fr"],))]
    return render_document(blocks, {"timeline": TableData(rows, (22, 60, 30, 150, 12))},
                           title=f"Chronologie — {client_label}", landscape=True)
