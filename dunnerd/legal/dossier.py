"""The hand-off dossier of one client: one ZIP with the invoices' PDFs, every email sent as the
client received it (.eml, checked against the Sent folder), the formal notice with its
registered-letter record, the client's messages, the payments, the timeline (PDF and CSV), the
claim (CSV and JSON, for an agency's import), the injonction de payer request (PDF, and the
form's fields as text), a summary that starts with what is missing, and a manifest with the
SHA-256 of every file.

`assemble` reads and renders (no writing); `save` writes the ZIP atomically and records it in
the ledger with its SHA-256, one transaction, after the file is in place."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dunnerd.config.schema import Config
from dunnerd.ledger.models import Client, Dossier, DossierInvoice
from dunnerd.ledger.money import to_decimal
from dunnerd.ledger.store import Store
from dunnerd.legal import dossier_pieces as parts
from dunnerd.legal.claim_export import claim_csv, claim_json
from dunnerd.legal.dossier_sources import DossierSources, read_sources
from dunnerd.legal.dossier_summary import small_claims, summary_text
from dunnerd.legal.dossier_zip import DossierFile, build_zip
from dunnerd.legal.evidence import (
    MailboxCheck,
    MailboxReader,
    Problem,
    check_mailbox,
)
from dunnerd.legal.notice_model import NoticeInvoice, creditor_party
from dunnerd.legal.notice_text import DISCLAIMER
from dunnerd.legal.procedure import procedure
from dunnerd.legal.requete_model import (
    Piece,
    Requete,
    basis_text,
    claim_lines,
    competent_court,
    creditor_mentions,
    debtor_mentions,
)
from dunnerd.legal.requete_text import FORMS, cerfa_annex, requete_pdf
from dunnerd.legal.timeline import build_timeline, timeline_csv
from dunnerd.states import ClientKind

log = logging.getLogger(__name__)
class DossierError(Exception):
    """A dossier that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class BuiltDossier:
    client: Client
    numbers: tuple[str, ...]
    made_on: dt.date
    file_name: str
    data: bytes
    files: tuple[DossierFile, ...]  # what the ZIP holds, less its manifest and sums
    problems: tuple[Problem, ...]  # evidence missing, changed or unverified
    requete: Requete
    mailbox: MailboxCheck
    small_claims: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def gaps(self) -> tuple[str, ...]:
        return self.requete.gaps

    def summary(self) -> dict[str, Any]:
        return {"invoices": list(self.numbers), "problems": [p.en for p in self.problems],
                "gaps": list(self.gaps), "mailbox_checked": self.mailbox.checked,
                "mailbox_problem": self.mailbox.reason or None,
                "claimed": {c.currency: str(c.total) for c in self.requete.claims},
                "court": self.requete.court.kind, "small_claims": self.small_claims,
                "files": len(self.files)}


def assemble(store: Store, config: Config, client: Client, numbers: Sequence[str],
             open_reader: Callable[[], MailboxReader] | None, why_not: str = "") -> BuiltDossier:
    """The dossier of `client` for `numbers`, today. Reads the ledger and the mailbox (when
    `open_reader` is given and works); writes nothing. Raises DossierError, or the template
    and glyph errors of the PDFs."""
    try:
        src = read_sources(store, config, client, numbers)
    except ValueError as exc:
        raise DossierError(str(exc)) from None
    check = check_mailbox(src.emails, src.received, open_reader,
                          config.imap.inbox_folder if config.imap else "INBOX", why_not)
    problems: list[Problem] = []
    pieces = parts.Pieces()
    invoice_pieces = parts.invoice_pdfs(src, pieces, problems)
    email_pieces = parts.emails(src, check, pieces, problems)
    notice_pieces = parts.notices(src, pieces, problems)
    received_pieces = parts.received(src, check, pieces)
    label = client.legal_name or client.name
    # The timeline names the pieces above by number; the payments and the timeline itself
    # come after them.
    entries = build_timeline(src, check, pieces.keys)
    payments = parts.payments(src, entries)
    pay_piece = None
    if payments is not None:
        pay_piece = pieces.add("paiements-recus", ".csv", payments, "Paiements reçus",
                               source="ledger")
    timeline_piece = pieces.add("chronologie", ".pdf",
                                parts.timeline_pdf(entries, label, src.today),
                                "Chronologie des échanges et des paiements", source="generated")
    pieces.add("chronologie", ".csv", timeline_csv(entries), "Chronologie (tableur)",
               source="generated")
    requete = _requete(config, src, invoice_pieces,
                       [*email_pieces, *notice_pieces, *received_pieces,
                        *([pay_piece] if pay_piece else []), timeline_piece], pieces.listed)
    mailbox_note = (f"Dossier Envoyés « {check.sent_folder} » vérifié message par message "
                    "(Message-ID et SHA-256)." if check.checked else
                    f"Dossier Envoyés NON vérifié : {check.reason} ; les copies conservées par "
                    "dunnerd avant chaque envoi sont jointes.")
    small = small_claims(requete, procedure())
    extra = [
        DossierFile("requete-injonction-de-payer.pdf",
                    requete_pdf(requete, config.templates_dir, author=config.owner.name),
                    {"title": "Requête en injonction de payer (papier libre)",
                     "source": "generated"}),
        *(DossierFile(f"formulaire-cerfa-{form.replace('*', '-')}.txt",
                      cerfa_annex(requete, court),
                      {"title": f"Données pour le formulaire Cerfa n° {form}",
                       "source": "generated"}) for court, form in FORMS.items()),
        DossierFile("creance.csv", claim_csv(requete, client.siren),
                    {"title": "La créance, une ligne par facture (import)", "source": "generated"}),
        DossierFile("creance.json", claim_json(requete, client.siren),
                    {"title": "La créance avec son décompte (import)", "source": "generated"}),
    ]
    listing = [(f.name, str(f.about["title"])) for f in (*extra, *pieces.files)]
    summary = DossierFile("sommaire.txt", summary_text(
        requete, client_label=label, problems=[p.fr for p in problems], mailbox_note=mailbox_note,
        procedure=procedure(), small=small, files=listing),
        {"title": "Sommaire : ce qui manque, la juridiction, le montant", "source": "generated"})
    files = (summary, *extra, *pieces.files)
    header = {"client": client.key, "debtor": label, "made_on": src.today.isoformat(),
              "invoices": [i.number for i in src.invoices], "to_complete": list(requete.gaps),
              "problems": [p.fr for p in problems], "mailbox": {"checked": check.checked,
                                                "sent_folder": check.sent_folder,
                                                "problem": check.reason or None},
              "claimed": {c.currency: str(c.total) for c in requete.claims},
              "court": requete.court.kind, "disclaimer": DISCLAIMER["en"]}
    data = build_zip(files, header, src.today)
    return BuiltDossier(client, tuple(i.number for i in src.invoices), src.today,
                        f"{src.today.isoformat()}-{parts.safe_name(client.key)}.zip", data,
                        tuple(files), tuple(problems), requete, check, small.applies)


def _requete(config: Config, src: DossierSources, invoice_pieces: Sequence[int],
             support_pieces: Sequence[int], listed: Sequence[Piece]) -> Requete:
    client = src.client
    kind = ClientKind.CONSUMER if client.kind == ClientKind.CONSUMER.value \
        else ClientKind.BUSINESS
    lines = tuple(NoticeInvoice(
        number=inv.number, issued=inv.issued, due=inv.due, currency=inv.currency,
        amount=to_decimal(inv.amount_cents, inv.currency),
        paid=to_decimal(inv.amount_cents - src.breakdowns[inv.id or 0].balance_cents,
                        inv.currency),
        balance=to_decimal(src.breakdowns[inv.id or 0].balance_cents, inv.currency),
        days_late=max(0, (src.today - inv.due).days), breakdown=src.breakdowns[inv.id or 0])
        for inv in src.invoices)
    sent = [r.notice for r in src.notices if r.notice.sent_on is not None]
    notice = ""
    if sent:
        latest = sent[-1]
        assert latest.sent_on is not None
        notice = (f"du {parts.date_fr(latest.letter_date)}, envoyée le "
                  f"{parts.date_fr(latest.sent_on)}"
                  + (f" par lettre recommandée avec avis de réception n° {latest.lrar}"
                     if latest.lrar else ""))
    address = ", ".join(creditor_party(config).address)
    breakdowns = [src.breakdowns[inv.id or 0] for inv in src.invoices]
    return Requete(
        made_on=src.today, kind=kind,
        court=competent_court(kind, config.handoff, ", ".join(
            line.strip() for line in client.address.splitlines() if line.strip())),
        creditor=creditor_mentions(config), debtor=debtor_mentions(client),
        debtor_name=client.legal_name or client.name, creditor_address=address,
        invoices=lines,
        claims=claim_lines(lines, breakdowns, kind, src.claim_penalties, invoice_pieces,
                           support_pieces, sent[-1].sent_on if sent else None, src.today),
        claim_penalties=src.claim_penalties,
        basis=basis_text(kind, [i.number for i in src.invoices], notice),
        pieces=tuple(listed), notice=notice,
        provisional=any(b.provisional for b in breakdowns),
        incomplete=not all(b.complete for b in breakdowns))


def write_atomically(directory: Path, name: str, data: bytes) -> Path:
    """`data` in `directory/name`, or `name-2`... when another file has that name: written to
    a temporary file, synced and renamed, so a crash never leaves half a ZIP under the name."""
    directory.mkdir(parents=True, exist_ok=True)
    stem, suffix = os.path.splitext(name)
    path, counter = directory / name, 1
    while path.exists():
        if path.read_bytes() == data:
            return path  # the same dossier again: nothing to write
        counter += 1
        path = directory / f"{stem}-{counter}{suffix}"
    temporary = directory / f".{path.name}.{os.getpid()}.tmp"
    try:
        with temporary.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return path


def dossier_directory(config: Config, client: Client) -> Path:
    return config.state_dir / "dossiers" / parts.safe_name(client.key)


def save(store: Store, built: BuiltDossier, directory: Path, *, actor: str) -> Dossier:
    """Write the ZIP into `directory` and record it (its SHA-256, the invoices, an event per
    invoice) in one transaction once the file is in place. OSError if it cannot be written."""
    path = write_atomically(directory, built.file_name, built.data)
    found = store.invoices_by_number(list(built.numbers))
    with store.session() as s:
        row = Dossier(client_id=built.client.id or 0, created_at=store.clock.now(), actor=actor,
                      made_on=built.made_on, file_name=path.name, path=str(path.resolve()),
                      size=len(built.data), sha256=built.sha256, summary=built.summary())
        s.add(row)
        s.flush()
        for number in built.numbers:
            invoice = found[number]
            s.add(DossierInvoice(dossier_id=row.id or 0, invoice_id=invoice.id or 0))
            store.add_event(s, "dossier.built", actor, invoice=invoice, dossier_id=row.id,
                            file=str(path), sha256=built.sha256,
                            problems=len(built.problems) or None,
                            gaps=len(built.gaps) or None)
    log.info("dossier built client=%s invoices=%s file=%s sha256=%s", built.client.key,
             ",".join(built.numbers), path, built.sha256[:16])
    return row
