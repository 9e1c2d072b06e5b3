"""The injonction de payer request in words: the PDF on free paper, from the template
`templates/fr/requete_injonction.letter.j2` (the owner's templates_dir first), and the same data
field by field in the order of the official forms, as text to copy into Cerfa 12948*06
(tribunal judiciaire) or 12946*02 (tribunal de commerce) or an online filing.

The forms' exact field order was not found for these two versions: the annex follows the order
of 12946*01, the latest one that could be read, and says so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from dunnerd.dunning.render import format_date, format_money
from dunnerd.ledger.money import to_decimal
from dunnerd.legal.document_pdf import TableData, render_document
from dunnerd.legal.explain import basis_text as segment_basis
from dunnerd.legal.notice_text import DISCLAIMER, GAP, render_template
from dunnerd.legal.requete_model import ClaimLine, CurrencyClaim, Mention, Requete

TEMPLATE = "requete_injonction.letter.j2"
FORMS = {"judiciaire": "12948*06", "commerce": "12946*02"}
FORM_COURTS = {"judiciaire": "tribunal judiciaire", "commerce": "tribunal de commerce"}
FORM_ORDER_NOTE = ("Ordre des rubriques : celui du formulaire 12946*01, le plus récent dont "
                   "l'ordre a pu être lu ; l'ordre exact de 12948*06 et 12946*02 n'a pas été "
                   "vérifié : suivez celui du formulaire que vous remplissez.")
NOT_THE_FORM = ("Annexe préparée avec dunnerd — ce n'est pas le formulaire officiel : à "
                "reporter ou à joindre, à relire et à signer.")


def _money(line: ClaimLine | CurrencyClaim, amount: Decimal | None) -> str:
    return "non calculé" if amount is None else format_money(amount, line.currency, "fr")


def _pieces_text(numbers: tuple[int, ...]) -> str:
    """(2, 3, 4, 7) -> "pièces 2 à 4, 7"."""
    if not numbers:
        return ""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    text = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]} et {r[1]}" if len(r) == 2
                     else f"{r[0]} à {r[-1]}" for r in runs)
    return ("pièce " if len(numbers) == 1 else "pièces ") + text


def demand_phrases(requete: Requete) -> list[str]:
    """Per currency: "la somme de 2 440,00 €, dont 2 400,00 € au titre du principal, ..."."""
    words = {"Principal": "du principal", "Frais accessoires": "des frais accessoires "
             "(indemnité forfaitaire pour frais de recouvrement)"}
    phrases = []
    for claim in requete.claims:
        parts = [f"{_money(line, line.amount)} au titre "
                 f"{words.get(line.label, 'des ' + line.label.lower())}"
                 for line in claim.lines if line.amount]
        phrases.append(f"la somme de {_money(claim, claim.total)}"
                       + (f", dont {', '.join(parts)}" if len(parts) > 1 else ""))
    return phrases


def money(amount: Decimal, currency: str) -> str:
    return format_money(amount, currency, "fr")


def tables(requete: Requete) -> dict[str, TableData]:
    invoices = [["Facture", "Date", "Échéance", "Montant TTC", "Réglé", "Reste dû"]] + [
        [i.number, format_date(i.issued, "fr"), format_date(i.due, "fr"),
         money(i.amount, i.currency), money(i.paid, i.currency), money(i.balance, i.currency)]
        for i in requete.invoices]
    claims = [["Somme", "Montant", "Fondement de la créance", "Documents justificatifs"]]
    for claim in requete.claims:
        claims += [[line.label, _money(line, line.amount), line.basis,
                    _pieces_text(line.pieces)] for line in claim.lines]
        claims.append([f"**Total ({claim.currency})**", f"**{_money(claim, claim.total)}**",
                       "", ""])
    decompte = [["Facture", "Période", "Jours", "Base", "Taux et fondement", "Montant"]]
    for inv in requete.invoices:
        for s in inv.breakdown.segments:
            amount = inv.money(s.amount_cents)
            decompte.append([inv.number, f"{format_date(s.start, 'fr')} – "
                             f"{format_date(s.end, 'fr')}", str(s.days),
                             money(to_decimal(s.balance_cents, inv.currency), inv.currency),
                             segment_basis(s, "fr"), money(amount, inv.currency)
                             if amount is not None else "non calculé"])
        if inv.breakdown.indemnity_cents and requete.claim_penalties:
            decompte.append([inv.number, "", "", "", "indemnité forfaitaire (art. D441-5)",
                             money(to_decimal(inv.breakdown.indemnity_cents, inv.currency),
                                   inv.currency)])
    pieces = [["N°", "Pièce", "Fichier du dossier"]] + [
        [str(p.number), p.title + (f" ({p.note})" if p.note else ""), p.file]
        for p in requete.pieces]
    return {"invoices": TableData(invoices, (24, 26, 26, 30, 28, 30)),
            "claims": TableData(claims, (32, 28, 84, 30)),
            "decompte": TableData(decompte, (22, 46, 12, 26, 50, 22)),
            "pieces": TableData(pieces, (12, 100, 66))}


def requete_pdf(requete: Requete, templates_dir: Path | None, *, author: str) -> bytes:
    """The request as a PDF. Raises TemplateNotFound, TemplateRenderError or GlyphError."""
    blocks = render_template(
        TEMPLATE, "fr", templates_dir, requete=requete, court=requete.court,
        creditor=requete.creditor, debtor=requete.debtor, claims=requete.claims,
        demands=demand_phrases(requete), pieces=requete.pieces,
        gaps=list(requete.gaps), forms=FORMS)
    return render_document(blocks, tables(requete), title="Requête en injonction de payer",
                           author=author, subject=", ".join(i.number for i in requete.invoices))


def _mentions(mentions: tuple[Mention, ...]) -> list[str]:
    return [f"   {m.label} : {m.value or GAP['fr'].format(m.label + ' — ' + m.key)}"
            for m in mentions if m.value or m.key]


def cerfa_annex(requete: Requete, court_kind: str) -> bytes:
    """The request's data in the order of the form for `court_kind`, as UTF-8 text."""
    form = FORMS[court_kind]
    lines = [f"Requête en injonction de payer — données pour le formulaire Cerfa n° {form} "
             f"({FORM_COURTS[court_kind]}) ou le dépôt en ligne",
             "" if court_kind == requete.court.kind else
             f"(Le tribunal retenu pour ce dossier est le {FORM_COURTS[requete.court.kind]} : "
             f"formulaire {FORMS[requete.court.kind]}.)",
             FORM_ORDER_NOTE, ""]
    if requete.gaps:
        lines += ["À COMPLÉTER AVANT LE DÉPÔT : " + ", ".join(requete.gaps), ""]
    lines += ["1. Juridiction", f"   {requete.court.designation}", f"   ({requete.court.why})",
              "", "2. Demandeur", *_mentions(requete.creditor),
              f"   Adresse de notification (CPC art. 1418) : "
              f"{requete.creditor_address or GAP['fr'].format('adresse — owner.address')}",
              "", "3. Mandataire",
              "   Aucun (si un mandataire dépose la requête : ses nom et adresse ; pour une "
              "société, forme, dénomination, siège et représentant légal)",
              "", "4. Débiteur", *_mentions(requete.debtor),
              "", "5. Demande",
              "   Le demandeur sollicite une ordonnance portant injonction de payer les sommes "
              "ci-dessous (CPC art. 1405 et suivants).",
              "   Case de l'article 1408 (renvoi immédiat devant la juridiction compétente en "
              "cas d'opposition) : à cocher ou non, à votre choix.",
              "", "6. Sommes demandées (montant | fondement de la créance | documents "
              "justificatifs)"]
    for claim in requete.claims:
        for line in claim.lines:
            lines.append(f"   {line.label} : {_money(line, line.amount)} | {line.basis} | "
                         f"{_pieces_text(line.pieces) or '—'}")
        lines.append(f"   Total ({claim.currency}) : {_money(claim, claim.total)}")
    lines += ["", "7. Détail du décompte"]
    for row in tables(requete)["decompte"].rows[1:]:
        lines.append("   " + " | ".join(cell for cell in row if cell))
    if lines[-1] == "7. Détail du décompte":
        lines.append("   Aucun intérêt ni indemnité")
    lines += ["", "8. Bordereau des pièces"]
    lines += [f"   {p.number}. {p.title}{f' ({p.note})' if p.note else ''} — {p.file}"
              for p in requete.pieces]
    lines += ["", "9. Date et signature",
              f"   Fait à {GAP['fr'].format('lieu')}, le {format_date(requete.made_on, 'fr')}",
              f"   {GAP['fr'].format('signature')}", "", NOT_THE_FORM, DISCLAIMER["fr"], ""]
    return "\n".join(lines).encode("utf-8")
