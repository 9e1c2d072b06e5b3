"""Which column is which: the documented headers, the French and English ones invoicing tools
export (numéro, client, montant TTC, reste à payer, échéance, raison sociale, SIREN, TVA
intracommunautaire...), and the owner's own (`--map column=field`). Pure.

Headers are compared without case, accents or punctuation. Where a tool may mean two things
("Montant" with or without tax, "TVA" the amount or the number), only the unambiguous names
count, the looser ones only when nothing better is there; "HT" columns are never an amount.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

FIELDS = ("number", "client", "email", "amount", "balance", "currency", "issued", "due", "pdf",
          "kind", "legal_name", "address", "siren", "siret", "vat_number")
IGNORE = ("ignore", "-")

# field -> headers, best first. The loose ones last: used only when no better one is present.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("number", "invoice number", "invoice no", "invoice", "numero", "numero de facture",
               "numero facture", "n facture", "no facture", "num facture", "facture", "n",
               "no", "reference", "ref", "piece", "n piece"),
    "client": ("client", "customer", "client name", "customer name", "nom client",
               "nom du client", "destinataire", "nom"),
    "email": ("email", "e mail", "mail", "courriel", "adresse email", "adresse e mail",
              "email client", "e mail client", "adresse mail"),
    "amount": ("amount", "montant ttc", "total ttc", "ttc", "amount incl tax",
               "amount including tax", "total amount", "net a payer", "montant total ttc",
               "total", "montant"),
    "balance": ("balance", "reste a payer", "restant du", "reste du", "solde", "amount due",
                "montant du", "due amount", "outstanding", "reste a regler", "restant a payer"),
    "currency": ("currency", "devise", "monnaie"),
    "issued": ("issued", "issue date", "invoice date", "date facture", "date de facture",
               "date d emission", "date emission", "emise le", "date de la facture", "date"),
    "due": ("due", "due date", "echeance", "date echeance", "date d echeance",
            "date limite de paiement", "a payer avant le", "date de paiement prevue"),
    "pdf": ("pdf", "fichier", "file", "chemin pdf", "document"),
    "kind": ("kind", "type de client", "type client", "client type", "customer type",
             "categorie client"),
    "legal_name": ("legal name", "legal_name", "raison sociale", "denomination",
                   "denomination sociale", "societe", "company"),
    "address": ("address", "adresse", "adresse client", "adresse de facturation",
                "billing address", "adresse postale"),
    "siren": ("siren", "n siren", "numero siren"),
    "siret": ("siret", "n siret", "numero siret"),
    "vat_number": ("vat number", "vat_number", "vat", "vat id", "tva intracommunautaire",
                   "n tva intracommunautaire", "numero de tva intracommunautaire",
                   "numero tva intracommunautaire", "tva intra", "n tva", "numero de tva",
                   "numero tva"),
}
REQUIRED = ("number", "client", "amount", "issued", "due")


def normalise(header: str) -> str:
    """'N° de Facture ' -> 'n de facture'; 'Échéance' -> 'echeance'."""
    text = unicodedata.normalize("NFKD", header.replace("°", " ").replace("º", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9_]+", " ", text).split())


@dataclass(frozen=True)
class ColumnMap:
    fields: dict[str, int]  # field -> column index
    ignored: tuple[str, ...]  # headers nobody reads, as written
    width: int  # how many columns the header has


def map_columns(header: Sequence[str], mapping: Mapping[str, str]) -> ColumnMap:
    """Which column each field comes from. `mapping` ("column header" -> field, or "ignore")
    wins over the synonyms. Raises ValueError naming what is missing or unknown."""
    wanted = {normalise(column): target.strip().lower() for column, target in mapping.items()}
    for column, target in wanted.items():
        if target not in FIELDS and target not in IGNORE:
            raise ValueError(f"--map {column}={target}: unknown field; expected one of "
                             f"{', '.join(FIELDS)} or ignore")
    names = [normalise(h) for h in header]
    unknown = [c for c in wanted if c not in names]
    if unknown:
        raise ValueError(f"--map names no column of the file: {', '.join(unknown)}")
    fields: dict[str, int] = {}
    for index, name in enumerate(names):
        told = wanted.get(name)
        if told in FIELDS and told not in fields:
            fields[told] = index
    for target, synonyms in SYNONYMS.items():
        if target in fields:
            continue
        for synonym in synonyms:
            found = next((i for i, n in enumerate(names)
                          if n == synonym and i not in fields.values()
                          and wanted.get(n) not in IGNORE), None)
            if found is not None:
                fields[target] = found
                break
    if "client" not in fields and "legal_name" in fields:
        fields["client"] = fields["legal_name"]  # "Raison sociale" alone names the client
    if "amount" not in fields and "balance" in fields:
        fields["amount"] = fields["balance"]  # only what is left to pay: that is the claim
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise ValueError(f"no column for {', '.join(missing)}; columns found: "
                         f"{', '.join(h for h in header if h)}; name one with "
                         f"--map COLUMN={missing[0]}")
    used = set(fields.values())
    return ColumnMap(fields, tuple(h for i, h in enumerate(header) if i not in used and h),
                     len(header))
