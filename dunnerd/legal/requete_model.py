"""What the injonction de payer request says, as plain data, pure: the court (which one follows
from the client's kind and the owner's choice, at the debtor's address), both parties with
every mention CPC 54 and 57 require, the exact amount with its breakdown (CPC 1407: principal,
interest or penalties, indemnities), the basis of the claim, and the numbered list of supporting
documents, which is the list of files in the dossier's ZIP.

Nothing is invented: a mention the config or the ledger lacks is a `Mention` with no value,
printed as "[à compléter : …]", listed at the top of the dossier and by `dunnerd check`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from dunnerd.config.schema import Config, HandoffSettings
from dunnerd.ledger.models import Client
from dunnerd.ledger.money import to_decimal
from dunnerd.legal.notice_model import NoticeInvoice
from dunnerd.legal.penalties import Breakdown
from dunnerd.states import ClientKind


@dataclass(frozen=True)
class Mention:
    label: str
    value: str  # "" when unknown: printed as a gap
    key: str = ""  # where to fill it ("owner.birth_date", "client acme address")

    @property
    def missing(self) -> bool:
        return not self.value.strip() and bool(self.key)


@dataclass(frozen=True)
class Court:
    kind: str  # "commerce" or "judiciaire"
    designation: str  # the court as the request addresses it
    why: str  # one line: why this court


@dataclass(frozen=True)
class Piece:
    number: int
    title: str
    file: str  # the name inside the ZIP
    note: str = ""


@dataclass(frozen=True)
class ClaimLine:
    """A row of "sommes demandées": amount, basis, supporting documents."""

    label: str
    amount: Decimal | None  # None: not computed (a rate missing)
    currency: str
    basis: str
    pieces: tuple[int, ...] = ()


@dataclass(frozen=True)
class CurrencyClaim:
    currency: str
    lines: tuple[ClaimLine, ...]
    total: Decimal


@dataclass(frozen=True)
class Requete:
    made_on: dt.date
    kind: ClientKind
    court: Court
    creditor: tuple[Mention, ...]
    debtor: tuple[Mention, ...]
    debtor_name: str
    creditor_address: str  # where the registry notifies an opposition (CPC 1418)
    invoices: tuple[NoticeInvoice, ...]
    claims: tuple[CurrencyClaim, ...]
    claim_penalties: bool
    basis: str  # the basis of the claim (fondement), in words
    pieces: tuple[Piece, ...]
    notice: str  # the formal notice in one phrase ("" if none)
    provisional: bool
    incomplete: bool  # a rate was missing: some penalties are not computed

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.key for m in (*self.creditor, *self.debtor) if m.missing))

    @property
    def missing(self) -> tuple[Mention, ...]:
        """The mentions to complete, with their labels, each once."""
        return tuple({m.key: m for m in (*self.creditor, *self.debtor) if m.missing}.values())


def _lines(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def creditor_mentions(config: Config) -> tuple[Mention, ...]:
    """CPC 54 3° and 57: for a natural person, names, profession, domicile, nationality, date
    and place of birth; for a company, its form, name, registered office and representative."""
    o = config.owner
    if o.entity == "company":
        found = [Mention("Dénomination", o.company, "owner.company"),
                 Mention("Forme", o.legal_form, "owner.legal_form"),
                 Mention("Siège social", _lines(o.address), "owner.address"),
                 Mention("Représentant légal", o.representative, "owner.representative")]
    else:
        born = ""
        if o.birth_date is not None and o.birth_place:
            born = f"{o.birth_date.strftime('%d/%m/%Y')} à {o.birth_place}"
        found = [Mention("Nom et prénoms", o.name, "owner.name"),
                 Mention("Profession", o.profession, "owner.profession"),
                 Mention("Domicile", _lines(o.address), "owner.address"),
                 Mention("Nationalité", o.nationality, "owner.nationality"),
                 Mention("Date et lieu de naissance", born, ", ".join(
                     key for key, value in (("owner.birth_date", o.birth_date),
                                            ("owner.birth_place", o.birth_place)) if not value))]
        if o.company and o.company != o.name:
            found.append(Mention("Nom commercial", o.company))
        if o.legal_form:
            found.append(Mention("Statut", o.legal_form))
    found += [Mention("SIREN", o.siren, "owner.siren"), Mention("SIRET", o.siret),
              Mention("Email et téléphone", ", ".join(x for x in (o.email, o.phone) if x))]
    return tuple(found)


def debtor_mentions(client: Client) -> tuple[Mention, ...]:
    """CPC 57: names and domicile of a person; name and registered office of a company (its
    form as the form asks for it)."""
    where = f"client {client.key}"
    if client.kind == ClientKind.CONSUMER.value:
        return (Mention("Nom et prénoms", client.legal_name or client.name),
                Mention("Domicile", _lines(client.address), f"{where} address"))
    return (Mention("Dénomination", client.legal_name, f"{where} legal_name"),
            Mention("Forme", client.legal_form, f"{where} legal_form"),
            Mention("Siège social", _lines(client.address), f"{where} address"),
            Mention("SIREN", client.siren, f"{where} siren"))


def request_gaps(config: Config, client: Client | None) -> list[str]:
    """What the court request would print as to complete, for `check` and the alerts."""
    mentions = list(creditor_mentions(config))
    if client is not None:
        mentions += debtor_mentions(client)
    return list(dict.fromkeys(m.key for m in mentions if m.missing))


def competent_court(kind: ClientKind, settings: HandoffSettings, debtor_address: str) -> Court:
    """The court of the place where the debtor lives or is established (CPC 1406, 43): the
    tribunal judiciaire for a consumer; for a business, the owner's choice."""
    where = debtor_address or "[à compléter : adresse du débiteur]"
    if kind is ClientKind.CONSUMER:
        court = "judiciaire"
        place = f"le tribunal judiciaire dans le ressort duquel le débiteur demeure ({where})"
        why = ("Le débiteur est un consommateur : la demande relève du tribunal judiciaire du "
               "lieu où il demeure (CPC art. 1406).")
    elif settings.court == "judiciaire":
        court = "judiciaire"
        place = f"le tribunal judiciaire dans le ressort duquel le débiteur a son siège ({where})"
        why = ("Créance entre professionnels portée devant le tribunal judiciaire, selon votre "
               "choix ([handoff] court = \"judiciaire\"), usuel pour un créancier qui n'est pas "
               "commerçant ; entre commerçants, le tribunal de commerce est compétent "
               "(CPC art. 1406).")
    else:
        court = "commerce"
        place = (f"le tribunal de commerce dans le ressort duquel le débiteur a son siège "
                 f"({where})")
        why = ("Créance commerciale : tribunal de commerce (tribunal des activités économiques "
               "dans certains ressorts) du siège du débiteur (CPC art. 1406), selon [handoff] "
               "court = \"commerce\" ; un indépendant qui n'est pas commerçant (profession "
               "libérale) peut choisir le tribunal judiciaire : [handoff] court = "
               "\"judiciaire\".")
    designation = settings.court_name or place
    return Court(court, designation, why)


def claim_lines(invoices: Sequence[NoticeInvoice], breakdowns: Sequence[Breakdown],
                kind: ClientKind, claim_penalties: bool, invoice_pieces: Sequence[int],
                support_pieces: Sequence[int], notice_sent_on: dt.date | None,
                as_of: dt.date) -> tuple[CurrencyClaim, ...]:
    """The amounts claimed per currency, in the order of the form: principal, interest or
    penalties, penalty clause, costs (the 40 € per invoice), other."""
    claims = []
    for currency in dict.fromkeys(inv.currency for inv in invoices):
        mine = [(inv, b) for inv, b in zip(invoices, breakdowns, strict=True)
                if inv.currency == currency]
        principal = sum((inv.balance for inv, _ in mine), Decimal(0))
        numbers = ", ".join(inv.number for inv, _ in mine)
        lines = [ClaimLine("Principal", principal, currency,
                           f"Factures impayées n° {numbers}, toutes taxes comprises, déduction "
                           "faite des paiements reçus", tuple(invoice_pieces))]
        interest_cents = sum(b.interest_cents for _, b in mine)
        complete = all(b.complete for _, b in mine)
        if not claim_penalties:
            lines.append(ClaimLine("Intérêts", Decimal(0), currency,
                                   "Non réclamés (choix du créancier)"))
        elif kind is ClientKind.CONSUMER:
            since = f"du {notice_sent_on.strftime('%d/%m/%Y')}" if notice_sent_on else ""
            lines.append(ClaimLine(
                "Intérêts au taux légal", to_decimal(interest_cents, currency) if complete
                else None, currency, f"C. civ. art. 1231-6 et 1344-1, à compter de la mise en "
                f"demeure {since}, arrêtés au {as_of.strftime('%d/%m/%Y')}, sans préjudice des "
                "intérêts à échoir", tuple(support_pieces)))
        else:
            lines.append(ClaimLine(
                "Intérêts (pénalités de retard)", to_decimal(interest_cents, currency)
                if complete else None, currency, "C. com. art. L441-10 II : taux de la BCE "
                "majoré de 10 points (ou taux contractuel), à compter du lendemain de chaque "
                f"échéance, arrêtés au {as_of.strftime('%d/%m/%Y')}, sans préjudice des "
                "pénalités à échoir ; détail au décompte", tuple(support_pieces)))
        lines.append(ClaimLine("Clause pénale", Decimal(0), currency, "Néant"))
        indemnity = sum(b.indemnity_cents for _, b in mine) if claim_penalties else 0
        each = [b.indemnity_cents for _, b in mine if b.indemnity_cents]
        per = str(to_decimal(max(each, default=0), currency)).replace(".", ",")
        lines.append(ClaimLine(
            "Frais accessoires", to_decimal(indemnity, currency), currency,
            f"Indemnité forfaitaire pour frais de recouvrement, {per} {currency} par facture × "
            f"{len(each)} (C. com. art. L441-10 II et D441-5)" if indemnity else "Néant",
            tuple(invoice_pieces) if indemnity else ()))
        lines.append(ClaimLine("Autres", Decimal(0), currency, "Néant"))
        total = sum((line.amount or Decimal(0) for line in lines), Decimal(0))
        claims.append(CurrencyClaim(currency, tuple(lines), total))
    return tuple(claims)


def basis_text(kind: ClientKind, numbers: Sequence[str], notice: str) -> str:
    """The basis of the claim (CPC 1405, 1407): a contractual debt of a determined amount."""
    invoices = ", ".join(numbers)
    text = (f"Créance de nature contractuelle et d'un montant déterminé (CPC art. 1405) : "
            f"prestations ou fournitures facturées (factures n° {invoices}) en exécution de "
            "[à compléter : la commande, le devis accepté ou le contrat, et sa date], restées "
            "impayées à leur échéance malgré les relances")
    text += f" et la mise en demeure {notice}." if notice else "."
    if kind is ClientKind.BUSINESS:
        text += (" Les pénalités de retard sont exigibles sans qu'un rappel soit nécessaire "
                 "(C. com. art. L441-10 II).")
    return text
