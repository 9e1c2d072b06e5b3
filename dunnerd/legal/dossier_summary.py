"""The dossier's first page, sommaire.txt (in French, the language of the court and of most
agencies): what is missing comes first (identity mentions to complete, evidence missing or
changed, documents to add), then the court and why, the amount, the small-claims alternative
when the claim is small enough, what follows the order, and the list of files. Pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from dunnerd.dunning.render import format_date, format_money
from dunnerd.legal.notice_text import DISCLAIMER
from dunnerd.legal.procedure import Procedure
from dunnerd.legal.requete_model import Requete
from dunnerd.legal.requete_text import FORMS

TO_ADD = ("la commande, le devis accepté ou le contrat (et, le cas échéant, les conditions "
          "générales fixant les pénalités) ;",
          "l'avis de réception de la lettre recommandée (scan), s'il est revenu ;",
          "tout autre échange utile qui ne serait pas passé par dunnerd (courriers, appels).")


@dataclass(frozen=True)
class SmallClaims:
    """The petites créances alternative: applies when the claim in euros, principal and
    interest included, is at most the threshold in force on the dossier's day."""

    applies: bool
    amount: Decimal  # principal and interest, in euros
    threshold: Decimal | None  # None: no rule in the table for that day
    other_currencies: tuple[str, ...]


def small_claims(requete: Requete, procedure: Procedure) -> SmallClaims:
    rule = procedure.small_claims_rule(requete.made_on)
    eur = [c for c in requete.claims if c.currency == "EUR"]
    amount = sum((line.amount or Decimal(0) for c in eur for line in c.lines
                  if line.label.startswith(("Principal", "Intérêts"))), Decimal(0))
    others = tuple(c.currency for c in requete.claims if c.currency != "EUR")
    applies = rule is not None and bool(eur) and amount <= rule.threshold_eur
    return SmallClaims(applies, amount, rule.threshold_eur if rule else None, others)


def summary_text(requete: Requete, *, client_label: str, problems: Sequence[str],
                 mailbox_note: str, procedure: Procedure, small: SmallClaims,
                 files: Sequence[tuple[str, str]]) -> bytes:
    """sommaire.txt. `files` is (name in the ZIP, what it is), in the ZIP's order."""
    lines = [f"DOSSIER DE RECOUVREMENT — {client_label} — {format_date(requete.made_on, 'fr')}",
             f"Factures : {', '.join(i.number for i in requete.invoices)}",
             DISCLAIMER["fr"], ""]
    lines.append("1. À COMPLÉTER")
    if requete.gaps:
        lines.append("   Mentions de la requête inconnues de dunnerd (jamais inventées) ; "
                     "renseignez-les dans la configuration ([owner]) ou avec `dunnerd client "
                     "edit`, puis refaites le dossier :")
        lines += [f"   - {gap}" for gap in requete.gaps]
    else:
        lines.append("   Toutes les mentions d'identité de la requête sont connues.")
    lines.append("   Dans la requête : la commande ou le contrat (et sa date) dans le fondement, "
                 "le lieu, la signature ; l'option de l'article 1408.")
    lines += ["", "2. PREUVES : CE QUI A ÉTÉ VÉRIFIÉ", f"   {mailbox_note}"]
    lines += [f"   - {p}" for p in problems] or ["   Aucune anomalie."]
    lines += ["", "3. À JOINDRE PAR VOUS (dunnerd ne les a pas)", *[f"   - {t}" for t in TO_ADD]]
    court = requete.court
    fee = procedure.court_fees.get(court.kind, "")
    lines += ["", "4. JURIDICTION", f"   {court.designation}", f"   {court.why}",
              f"   Formulaire si vous ne déposez pas la requête sur papier libre : Cerfa n° "
              f"{FORMS[court.kind]} (données dans formulaire-cerfa-"
              f"{FORMS[court.kind].replace('*', '-')}.txt).", f"   {fee}"]
    lines += ["", "5. MONTANT RÉCLAMÉ"]
    for claim in requete.claims:
        lines.append(f"   {claim.currency} : {format_money(claim.total, claim.currency, 'fr')}")
        lines += [f"     {line.label} : "
                  + ("non calculé" if line.amount is None
                     else format_money(line.amount, claim.currency, 'fr'))
                  for line in claim.lines if line.amount != 0]
    if requete.incomplete:
        lines.append("   Attention : un taux manque au barème ; certaines pénalités ne sont "
                     "pas calculées (voir `dunnerd check`).")
    if requete.provisional:
        lines.append("   Certains montants sont provisoires (taux non encore confirmé).")
    lines += ["", "6. AUTRE VOIE : PETITES CRÉANCES", *_small_claims_lines(small, procedure,
                                                                           requete.made_on)]
    lines += ["", "7. APRÈS L'ORDONNANCE", *_after_order_lines(procedure)]
    lines += ["", "8. CONTENU DU DOSSIER"]
    lines += [f"   {name} — {what}" for name, what in files]
    lines += ["   manifest.json — la liste des fichiers avec leur taille et leur empreinte "
              "SHA-256 (`dunnerd dossier verify FICHIER.zip`)",
              "   SHA256SUMS — les mêmes empreintes, pour `sha256sum -c SHA256SUMS`", ""]
    return "\n".join(lines).encode("utf-8")


def _small_claims_lines(small: SmallClaims, procedure: Procedure,
                        on: dt.date) -> list[str]:
    rule = procedure.small_claims_rule(on)
    if rule is None or small.threshold is None:
        return ["   Seuil de la procédure des petites créances inconnu à cette date : non "
                "examinée."]
    threshold = format_money(small.threshold, "EUR", "fr")
    amount = format_money(small.amount, "EUR", "fr")
    if not small.applies:
        why = (f"la créance en euros, principal et intérêts compris ({amount}), dépasse le "
               f"seuil de {threshold}" if small.amount > small.threshold
               else "la créance n'est pas en euros")
        return [f"   Procédure simplifiée de recouvrement des petites créances ({rule.article}) "
                f"non ouverte : {why}."]
    lines = [f"   La créance ({amount}, principal et intérêts compris) ne dépasse pas "
             f"{threshold} : au lieu de l'injonction de payer, vous pouvez demander à un "
             f"commissaire de justice la procédure simplifiée de recouvrement des petites "
             f"créances ({rule.article}). Conditions :"]
    lines += [f"   - {c}" for c in rule.conditions]
    if small.other_currencies:
        lines.append(f"   (Les sommes en {', '.join(small.other_currencies)} ne sont pas "
                     "comptées.)")
    if rule.caveat:
        lines.append(f"   {rule.caveat}")
    lines.append(f"   Source : {rule.source}" + ("" if rule.verified else " (non vérifié)"))
    return lines


def _after_order_lines(procedure: Procedure) -> list[str]:
    lines = ["   Une fois l'ordonnance rendue : `dunnerd court FACTURE --ordonnance "
             "AAAA-MM-JJ` (puis `--served AAAA-MM-JJ` une fois signifiée) ; dunnerd vous "
             "alerte avant la fin du délai de signification et quand le mois d'opposition est "
             "passé.",
             "   L'ordonnance doit être signifiée par un commissaire de justice dans un délai "
             "qui dépend de sa date, sinon elle est non avenue :"]
    for rule in procedure.service:
        since = "" if rule.orders_from == dt.date.min else \
            f" depuis le {format_date(rule.orders_from, 'fr')}"
        until = "" if rule.orders_until == dt.date.max else \
            f" jusqu'au {format_date(rule.orders_until, 'fr')}"
        lines.append(f"   - {rule.months} mois pour une ordonnance rendue{since}{until} "
                     f"({rule.article})")
    opposition = procedure.opposition
    lines.append(f"   Le débiteur peut former opposition dans le délai de {opposition.months} "
                 f"mois à compter de la signification ({opposition.article}).")
    return lines
