# ruff: noqa: E501, E741, UP012
"""Cases written for dunnerd issue 11: French and English mail of the kinds dunnerd meets.

Every message here is synthetic, authored for dunnerd's tests (no copy of a real message). Each
source group (one bank, one payment service, one client company, one mail system) is wholly in
the tuning half or wholly in the held-out half. Run: python3 build_cases.py OUTDIR
"""
from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
from email.header import Header
from email.utils import formataddr
from pathlib import Path

OWNER = formataddr(("Hugo Bernard", "hugo@bernard-dev.fr"))
COLUMNS = ["file", "label", "source_repo", "source_path", "license", "fidelity", "lang", "provider",
           "source_group", "pattern", "direction", "amount", "currency", "payer", "reference",
           "value_date", "counts_as_payment", "facts", "split", "notes"]
ROWS: list[dict[str, str]] = []
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
NB = "\u00a0"
NNB = "\u202f"
AUTO = [("Auto-Submitted", "auto-generated")]


def enc(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def frm(name: str, address: str) -> str:
    return formataddr((name, address), charset="utf-8")


def _part(ctype: str, body: str, cte: str, charset: str = "utf-8") -> bytes:
    raw = body.encode(charset, "replace")
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    head = f"Content-Type: {ctype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode() + payload


def html_table(title: str, intro: str, rows: list[tuple[str, str]], footer: str) -> str:
    cells = "".join(f"<tr><td class=\"k\">{k}</td><td class=\"v\">{v}</td></tr>" for k, v in rows)
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><style>td{{padding:4px}}</style>"
            f"</head><body><div class=\"wrap\"><h2>{title}</h2><p>{intro}</p><table>{cells}</table>"
            f"<p class=\"foot\" style=\"font-size:11px\">{footer}</p></div></body></html>")


def build(headers: list[tuple[str, str]], text: str | None, html: str | None, *, cte: str,
          charset: str, attach: list[tuple[str, str, bytes]], rfc822: bytes | None) -> bytes:
    boundary = "=_case_" + hashlib.sha256(repr(headers).encode()).hexdigest()[:16]
    parts: list[bytes] = []
    if text is not None:
        parts.append(_part("text/plain", text, cte, charset))
    if html is not None:
        parts.append(_part("text/html", html, cte, charset))
    if len(parts) == 2:
        body = (f"Content-Type: multipart/alternative; boundary=\"{boundary}a\"\n\n".encode()
                + b"".join(f"--{boundary}a\n".encode() + p + b"\n" for p in parts)
                + f"--{boundary}a--\n".encode())
    else:
        body = parts[0]
    extra: list[bytes] = []
    for name, ctype, data in attach:
        extra.append((f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; "
                      f"filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n").encode()
                     + base64.encodebytes(data))
    if rfc822 is not None:
        extra.append(b"Content-Type: message/rfc822\nContent-Disposition: attachment; "
                     b"filename=\"forwarded.eml\"\n\n" + rfc822)
    if extra:
        body = (f"Content-Type: multipart/mixed; boundary=\"{boundary}m\"\n\n".encode()
                + f"--{boundary}m\n".encode() + body + b"\n"
                + b"".join(f"--{boundary}m\n".encode() + e + b"\n" for e in extra)
                + f"--{boundary}m--\n".encode())
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    return head.encode() + body


def case(id_: str, label: str, group: str, split: str, lang: str, pattern: str,
         sender: str, subject: str, date: str, *, text: str | None = None,
         html: str | None = None, extra: list[tuple[str, str]] | None = None,
         cte: str = "quoted-printable", charset: str = "utf-8",
         attach: list[tuple[str, str, bytes]] | None = None, rfc822: bytes | None = None,
         raw: bytes | None = None, provider: str = "", direction: str = "", amount: str = "",
         currency: str = "", payer: str = "", reference: str = "", value_date: str = "",
         counts: str = "", facts: str = "", notes: str = "", to: str = OWNER) -> None:
    mid = f"<c-{id_}@{sender.rsplit('@', 1)[-1].rstrip('>')}>"
    headers = [("From", sender), ("To", to), ("Subject", enc(subject)), ("Date", date),
               ("Message-ID", mid), *(extra or [])]
    data = raw if raw is not None else build(headers, text, html, cte=cte, charset=charset,
                                             attach=attach or [], rfc822=rfc822)
    path = OUT / label / f"{id_}.eml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    ROWS.append(dict(file=f"{label}/{id_}.eml", label=label, source_repo="synthetic",
                     source_path="build_cases.py", license="written for dunnerd",
                     fidelity="synthetic", lang=lang, provider=provider, source_group=group,
                     pattern=pattern, direction=direction, amount=amount, currency=currency,
                     payer=payer, reference=reference, value_date=value_date,
                     counts_as_payment=counts, facts=facts, split=split, notes=notes))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5ad0000000049454e44ae426082")
P, R, A, B, O = "payment_notification", "human_reply", "auto_reply", "bounce", "other"
H, T = "heldout", "tune"
FOOT_FR = "Ceci est un e-mail automatique, merci de ne pas y répondre."
FOOT_EN = "This is an automated message. Please do not reply."

# ======================= HELD-OUT: banks and payment services ==========================
case("hellobank_fr_credit_virement", P, "hellobank", H, "fr", "credit wording, payer after 'de la part de'",
     frm("Hello bank!", "alertes@hellobank.example"), "Hello bank! : un crédit sur votre compte",
     "Mon, 07 Dec 2026 10:02:00 +0100", extra=AUTO, provider="Hello bank!",
     text=("Bonjour,\n\nVotre compte ****2231 a été crédité de 1 480,00 € le 07/12/2026.\n"
           "Opération : VIREMENT SEPA de la part de ATELIERS DU LAC SARL\nLibellé : FACT 2026-112\n\n"
           + FOOT_FR + "\n"),
     direction="in", amount="1480.00", currency="EUR", payer="ATELIERS DU LAC SARL",
     reference="FACT 2026-112", value_date="2026-12-07", counts="yes")
case("hellobank_fr_debit_carte", P, "hellobank", H, "fr", "card debit alert",
     frm("Hello bank!", "alertes@hellobank.example"), "Hello bank! : un débit sur votre compte",
     "Tue, 08 Dec 2026 12:40:00 +0100", extra=AUTO, provider="Hello bank!",
     text=("Bonjour,\n\nUn paiement par carte de 89,90 € a été débité de votre compte ****2231 le "
           "08/12/2026.\nCommerçant : FNAC PARIS\n\n" + FOOT_FR + "\n"),
     direction="out", amount="89.90", currency="EUR", reference="FNAC PARIS", value_date="2026-12-08",
     counts="no")
case("fortuneo_fr_virement_entrant_html", P, "fortuneo", H, "fr", "HTML-only, amount between the words",
     frm("Fortuneo", "ne-pas-repondre@fortuneo.example"), "Virement entrant sur votre compte",
     "Wed, 09 Dec 2026 08:15:00 +0100", extra=AUTO, provider="Fortuneo",
     html=html_table("Virement entrant", "Un virement SEPA entrant de 2" + NB + "300,00 EUR a été "
                     "porté au crédit de votre compte courant.",
                     [("Émis par", "LOGIPRO SAS"), ("Motif", "REGLEMENT FACTURE 2026-118"),
                      ("Date de valeur", "09/12/2026")], FOOT_FR),
     direction="in", amount="2300.00", currency="EUR", payer="LOGIPRO SAS",
     reference="REGLEMENT FACTURE 2026-118", value_date="2026-12-09", counts="yes")
case("fortuneo_fr_prelevement_rejete", P, "fortuneo", H, "fr", "direct debit rejected (not money in)",
     frm("Fortuneo", "ne-pas-repondre@fortuneo.example"), "Rejet d'un prélèvement",
     "Thu, 10 Dec 2026 08:15:00 +0100", extra=AUTO, provider="Fortuneo",
     text=("Bonjour,\n\nLe prélèvement de 45,00 EUR présenté par FREE MOBILE a été rejeté faute de "
           "provision suffisante.\nDes frais de rejet de 8,00 EUR seront prélevés.\n\n" + FOOT_FR + "\n"),
     direction="failed", amount="45.00", currency="EUR", reference="FREE MOBILE", counts="no")
case("n26_en_received", P, "n26", H, "en", "EN neobank, payer in subject",
     frm("N26", "no-reply@n26.example"), "You received €540.00 from Jonas Weber",
     "Fri, 11 Dec 2026 14:03:00 +0100", extra=AUTO, provider="N26",
     text=("Hi Hugo,\n\nJonas Weber just sent you €540.00.\nReference: Invoice 2026-121\n\n"
           "The money is available in your main account.\n\n" + FOOT_EN + "\n"),
     direction="in", amount="540.00", currency="EUR", payer="Jonas Weber", reference="Invoice 2026-121",
     value_date="2026-12-11", counts="yes")
case("n26_en_direct_debit", P, "n26", H, "en", "EN direct debit executed (out)",
     frm("N26", "no-reply@n26.example"), "Direct debit executed",
     "Sat, 12 Dec 2026 06:00:00 +0100", extra=AUTO, provider="N26",
     text=("Hi Hugo,\n\nYour direct debit of €12.99 to Spotify AB was executed today.\n\n" + FOOT_EN + "\n"),
     direction="out", amount="12.99", currency="EUR", reference="Spotify AB", value_date="2026-12-12",
     counts="no")
case("n26_en_transfer_returned", P, "n26", H, "en", "incoming transfer returned to sender",
     frm("N26", "no-reply@n26.example"), "A transfer to your account was returned",
     "Mon, 14 Dec 2026 09:00:00 +0100", extra=AUTO, provider="N26",
     text=("Hi Hugo,\n\nAn incoming transfer of €760.00 from Marion Petit could not be credited and was "
           "returned to the sender's bank (reason: account details do not match).\n\n" + FOOT_EN + "\n"),
     direction="failed", amount="760.00", currency="EUR", payer="Marion Petit", counts="no")
case("mollie_en_payment_paid", P, "mollie", H, "en", "PSP payment paid with description",
     frm("Mollie", "noreply@mollie.example"), "Payment received: €250.00",
     "Tue, 08 Dec 2026 16:20:00 +0100", extra=AUTO, provider="Mollie",
     text=("Hello,\n\nA payment of €250.00 has been paid.\n\nCustomer: Martin Dupuis\n"
           "Description: Facture 2026-115\nMethod: iDEAL\nDate: 8 December 2026\n\n" + FOOT_EN + "\n"),
     direction="in", amount="250.00", currency="EUR", payer="Martin Dupuis", reference="Facture 2026-115",
     value_date="2026-12-08", counts="yes")
case("mollie_en_settlement", P, "mollie", H, "en", "PSP settlement (aggregate)",
     frm("Mollie", "noreply@mollie.example"), "Your settlement of €1,210.40 is on its way",
     "Wed, 16 Dec 2026 07:00:00 +0100", extra=AUTO, provider="Mollie",
     text=("Hello,\n\nWe have transferred a settlement of €1,210.40 to your bank account.\n"
           "Payments: €1,245.00\nFees: -€34.60\nSettlement reference: STL-2026-5521\n\n" + FOOT_EN + "\n"),
     direction="in", amount="1210.40", currency="EUR", payer="Mollie (settlement)",
     reference="STL-2026-5521", counts="no_aggregate")
case("mollie_fr_remboursement", P, "mollie", H, "fr", "refund in French",
     frm("Mollie", "noreply@mollie.example"), "Remboursement effectué : 60,00 €",
     "Thu, 17 Dec 2026 11:00:00 +0100", extra=AUTO, provider="Mollie",
     text=("Bonjour,\n\nLe remboursement de 60,00 € à Martin Dupuis a été effectué.\n\n" + FOOT_FR + "\n"),
     direction="refund", amount="60.00", currency="EUR", payer="Martin Dupuis", counts="no")
case("lydia_fr_tu_as_recu", P, "lydia", H, "fr", "informal 'tu', payer first",
     frm("Sumeria", "notification@sumeria.example"), "Lucas Martin t'a envoyé 80,00 €",
     "Fri, 04 Dec 2026 19:21:00 +0100", extra=AUTO, provider="Lydia/Sumeria",
     text=("Salut Hugo,\n\nLucas Martin t'a envoyé 80,00 € pour « cours 2026-109 ».\n"
           "Ton nouveau solde : 1 231,07 €\n\n" + FOOT_FR + "\n"),
     direction="in", amount="80.00", currency="EUR", payer="Lucas Martin", reference="cours 2026-109",
     value_date="2026-12-04", counts="yes")
case("payplug_fr_paiement_accepte", P, "payplug", H, "fr", "PSP FR accepted payment, HTML",
     frm("PayPlug", "ne-pas-repondre@payplug.example"), "Paiement accepté : 360,00 €",
     "Mon, 07 Dec 2026 15:33:00 +0100", extra=AUTO, provider="PayPlug",
     html=html_table("Nouveau paiement accepté", "Un paiement vient d'être accepté sur votre compte.",
                     [("Montant", "360,00" + NB + "€"), ("Client", "Claire Roux"),
                      ("Référence", "2026-110"), ("Date", "07/12/2026")], FOOT_FR),
     direction="in", amount="360.00", currency="EUR", payer="Claire Roux", reference="2026-110",
     value_date="2026-12-07", counts="yes")
case("payplug_fr_paiement_refuse", P, "payplug", H, "fr", "PSP FR refused payment",
     frm("PayPlug", "ne-pas-repondre@payplug.example"), "Paiement refusé : 360,00 €",
     "Mon, 07 Dec 2026 15:20:00 +0100", extra=AUTO, provider="PayPlug",
     text=("Bonjour,\n\nLe paiement de 360,00 € de Claire Roux a été refusé par sa banque.\n"
           "Aucun montant n'a été encaissé.\n\n" + FOOT_FR + "\n"),
     direction="failed", amount="360.00", currency="EUR", payer="Claire Roux", counts="no")
case("memo_fr_virement_recu_plural", P, "memo_bank", H, "fr", "plural credits list",
     frm("Memo Bank", "notifications@memo.example"), "3 nouveaux virements reçus",
     "Tue, 15 Dec 2026 09:00:00 +0100", extra=AUTO, provider="Memo Bank",
     text=("Bonjour,\n\nTrois virements ont été crédités sur votre compte aujourd'hui :\n\n"
           "+ 400,00 € — KORA DESIGN — Facture 2026-120\n"
           "+ 1 150,00 € — SCI LES TILLEULS — loyer décembre\n"
           "+ 75,50 € — REMBOURSEMENT AMELI\n\nSolde après opérations : 18 402,11 €\n\n" + FOOT_FR + "\n"),
     direction="in|in|in", amount="400.00|1150.00|75.50", currency="EUR",
     payer="KORA DESIGN|SCI LES TILLEULS|AMELI", reference="Facture 2026-120|loyer décembre|",
     value_date="2026-12-15", counts="yes")
case("cmut_fr_releve_mensuel", P, "credit_mutuel", H, "fr", "statement available",
     frm("Crédit Mutuel", "service-client@creditmutuel.example"), "Votre relevé de compte de novembre",
     "Tue, 01 Dec 2026 04:00:00 +0100", extra=AUTO, provider="Crédit Mutuel",
     text=("Bonjour,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre espace "
           "client.\nTotal des opérations créditrices : 6 420,00 €\nTotal des opérations débitrices : "
           "3 118,45 €\n\n" + FOOT_FR + "\n"),
     direction="statement", counts="no")
case("cmut_fr_virement_recu", P, "credit_mutuel", H, "fr", "'a reçu un virement', HTML",
     frm("Crédit Mutuel", "service-client@creditmutuel.example"), "Votre compte a reçu un virement",
     "Thu, 17 Dec 2026 10:30:00 +0100", extra=AUTO, provider="Crédit Mutuel",
     html=html_table("Virement reçu", "Votre compte professionnel a reçu un virement.",
                     [("Donneur d'ordre", "M OU MME PERRIN ALAIN"), ("Montant", "+" + NB + "650,00" + NB + "€"),
                      ("Référence", "2026-123"), ("Date d'opération", "17/12/2026")], FOOT_FR),
     direction="in", amount="650.00", currency="EUR", payer="M OU MME PERRIN ALAIN", reference="2026-123",
     value_date="2026-12-17", counts="yes")
case("stancer_en_chargeback", P, "stancer", H, "en", "EN chargeback",
     frm("Stancer", "no-reply@stancer.example"), "Dispute opened on a payment of €420.00",
     "Fri, 18 Dec 2026 10:00:00 +0100", extra=AUTO, provider="Stancer",
     text=("Hello,\n\nThe cardholder disputed a payment of €420.00 (order 2026-117). The amount has been "
           "withdrawn from your balance until the dispute is resolved.\n\n" + FOOT_EN + "\n"),
     direction="chargeback", amount="420.00", currency="EUR", reference="2026-117", counts="no")
case("qonto_fr_virement_sortant", P, "qonto_out", H, "fr", "outgoing transfer executed ('virement émis')",
     frm("Qonto", "noreply@qonto.com"), "Votre virement de 2 000,00 € a été envoyé",
     "Mon, 21 Dec 2026 09:10:00 +0100", extra=AUTO, provider="Qonto",
     text=("Bonjour Hugo,\n\nVotre virement de 2 000,00 € à destination de URSSAF a bien été envoyé.\n"
           "Référence : COTIS T4\n\n" + FOOT_FR + "\n"),
     direction="out", amount="2000.00", currency="EUR", reference="COTIS T4", counts="no")

# ============================= HELD-OUT: client replies =================================
C1 = frm("Claire Roux", "claire.roux@roux-archi.example")
C2 = frm("Service comptable LOGIPRO", "compta@logipro.example")
C3 = frm("Daniel Okafor", "daniel@okafor-media.example")
C4 = frm("Anne Vidal", "anne.vidal@vidal-freres.example")
case("roux_fr_paie_lundi", R, "client_roux", H, "fr", "promise weekday 'lundi'",
     C1, "Re: Facture 2026-110", "Wed, 09 Dec 2026 18:02:00 +0100",
     extra=[("In-Reply-To", "<r-110@bernard-dev.fr>")],
     text=("Bonjour Hugo,\n\nToutes mes excuses, le règlement partira lundi.\n\nClaire\n\n"
           "Le mer. 9 déc. 2026 à 09:00, Hugo Bernard <hugo@bernard-dev.fr> a écrit :\n"
           "> Bonjour, la facture 2026-110 est échue depuis le 30 novembre.\n"),
     facts="promise_date=2026-12-14")
case("roux_fr_deja_regle_depuis", R, "client_roux", H, "fr", "already paid with a date",
     C1, "Re: Relance facture 2026-104", "Thu, 10 Dec 2026 09:12:00 +0100",
     text=("Bonjour,\n\nC'est réglé depuis le 2 décembre, par virement. Pouvez-vous vérifier ?\n\nClaire Roux\n"),
     facts="already_paid=2026-12-02")
case("logipro_fr_coordonnees_bancaires", R, "client_logipro", H, "fr", "request bank details, AP team",
     C2, "RE: Facture 2026-118", "Fri, 04 Dec 2026 11:30:00 +0100",
     text=("Bonjour,\n\nAfin de créer votre fiche fournisseur, merci de nous transmettre vos "
           "coordonnées bancaires (RIB au format PDF).\n\nCordialement,\nLe service comptable\nLOGIPRO SAS\n"),
     facts="request_rib=yes")
case("logipro_fr_virement_prevu", R, "client_logipro", H, "fr", "promise 'virement prévu le 18/12'",
     C2, "RE: Relance - facture 2026-118", "Mon, 14 Dec 2026 10:00:00 +0100",
     text=("Bonjour,\n\nVotre facture est validée, virement prévu le 18/12.\n\nLe service comptable\n"),
     facts="promise_date=2026-12-18")
case("okafor_en_dispute_amount", R, "client_okafor", H, "en", "dispute 'we dispute the amount'",
     C3, "RE: Invoice 2026-121 overdue", "Tue, 15 Dec 2026 13:00:00 +0000",
     text=("Hugo,\n\nWe dispute the amount on this invoice: the agreed day rate was €450, not €540. "
           "Please send a corrected invoice.\n\nDaniel\n\n-----Original Message-----\nFrom: Hugo Bernard\n"
           "Sent: Tuesday, December 15, 2026 9:00 AM\nSubject: Invoice 2026-121 overdue\n"),
     facts="dispute=yes;request_invoice=corrected")
case("okafor_en_copy_invoice", R, "client_okafor", H, "en", "request a copy of the invoice",
     C3, "Re: Payment reminder", "Wed, 02 Dec 2026 08:45:00 +0000",
     text=("Hi Hugo,\n\nCan you send me a copy of the invoice? I can't find it in our system.\n\nThanks,\nDaniel\n"),
     facts="request_invoice=yes")
case("okafor_en_paid_last_week", R, "client_okafor", H, "en", "already paid 'last week' with remittance pdf",
     C3, "Re: Reminder: invoice 2026-113", "Mon, 07 Dec 2026 09:30:00 +0000",
     text=("Hi,\n\nWe settled this last week, remittance advice attached.\n\nDaniel Okafor\nOkafor Media Ltd\n"),
     attach=[("remittance-2026-113.pdf", "application/pdf", PDF)],
     facts="already_paid=claimed;has_attachment=yes")
case("okafor_en_end_of_next_week", R, "client_okafor", H, "en", "promise 'by the end of next week'",
     C3, "Re: Invoice 2026-116", "Thu, 03 Dec 2026 17:10:00 +0000",
     text=("Hi Hugo, sorry for the delay. We'll transfer the money by the end of next week.\nDaniel\n"),
     facts="promise_date=2026-12-11")
case("vidal_fr_ne_correspond_pas", R, "client_vidal", H, "fr", "dispute 'ne correspond pas à la commande', HTML only",
     C4, "RE: Facture 2026-114", "Tue, 08 Dec 2026 15:00:00 +0100",
     html=("<html><body><div>Bonjour,</div><div>Cette facture ne correspond pas à notre bon de commande "
           "(12 jours commandés, 15 facturés). Nous ne pouvons pas la régler en l'état.</div>"
           "<div>Anne Vidal</div><div><br></div><div style=\"border-top:1px solid #ccc\"><b>De :</b> "
           "Hugo Bernard<br><b>Objet :</b> Facture 2026-114</div></body></html>"),
     extra=[("X-Mailer", "Microsoft Outlook 16.0")], facts="dispute=yes")
case("vidal_fr_fwd_collegue", R, "client_vidal", H, "fr", "forward to a colleague with a note, copied back",
     C4, "TR: Relance facture 2026-119", "Wed, 16 Dec 2026 09:40:00 +0100",
     extra=[("Cc", "compta@vidal-freres.example")],
     text=("Bonjour Sylvie,\n\nPeux-tu régler cette facture cette semaine ? Hugo en copie.\n\nAnne\n\n"
           "-------- Message transféré --------\nDe : Hugo Bernard <hugo@bernard-dev.fr>\n"
           "Objet : Relance facture 2026-119\n\nBonjour, la facture 2026-119 de 980,00 € reste impayée.\n"),
     facts="forwarded=yes")
case("vidal_fr_piece_jointe_seule", R, "client_vidal", H, "fr", "attachment with one line, iPhone",
     C4, "Re: Facture 2026-119", "Fri, 18 Dec 2026 20:05:00 +0100",
     extra=[("X-Mailer", "iPhone Mail (22B91)")],
     text="Voilà le justificatif\n\nEnvoyé de mon iPhone\n",
     attach=[("IMG_4411.PNG", "image/png", PNG)], facts="already_paid=claimed;has_attachment=yes")
case("okafor_en_fwd_bank_confirmation", R, "client_okafor", H, "en", "client forwards the bank's transfer confirmation inline",
     C3, "Fwd: Payment confirmation", "Fri, 18 Dec 2026 10:00:00 +0000",
     text=("Hugo, here is the confirmation from our bank.\n\n---------- Forwarded message ---------\n"
           "From: Barclays <noreply@barclays.example>\nDate: Fri, 18 Dec 2026 at 09:12\n"
           "Subject: Payment confirmation\n\nYour payment of €450.00 to HUGO BERNARD has been sent.\n"
           "Reference: 2026-121\n"),
     direction="in", amount="450.00", currency="EUR", payer="Okafor Media", reference="2026-121",
     value_date="2026-12-18", counts="no_claim", facts="already_paid=2026-12-18;forwarded_payment=yes")
case("roux_fr_broken_latin1", R, "client_roux", H, "fr", "Latin-1 bytes declared UTF-8, no MIME version",
     C1, "Re: Facture 2026-110", "Mon, 14 Dec 2026 08:00:00 +0100",
     raw=("From: " + C1 + "\nTo: " + OWNER + "\nSubject: Re: Facture 2026-110\n"
          "Date: Mon, 14 Dec 2026 08:00:00 +0100\nMessage-ID: <c-broken-roux@roux-archi.example>\n"
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
          "Bonjour, le virement a été fait ce matin. Bonne journée. Claire\n").encode("latin-1"),
     facts="already_paid=2026-12-14")

# =========================== HELD-OUT: auto-replies, bounces, other ======================
case("zimbra_fr_absent", A, "zimbra_fr", H, "fr", "Zimbra vacation, FR",
     frm("Anne Vidal", "anne.vidal@vidal-freres.example"), "Absent(e) : Re: Facture 2026-114",
     "Mon, 21 Dec 2026 08:00:00 +0100",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
     text=("Je suis absente du 21 décembre au 3 janvier inclus. En cas d'urgence, contactez "
           "compta@vidal-freres.example.\n"), facts="ooo_until=2027-01-03")
case("outlook_fr_no_headers", A, "ooo_outlook_noheader", H, "fr", "FR OOO without any header, subject 'Réponse automatique'",
     frm("Daniel Okafor", "daniel@okafor-media.example"), "Réponse automatique : Invoice 2026-121 overdue",
     "Wed, 23 Dec 2026 09:00:00 +0000",
     text=("Bonjour, je suis en congés jusqu'au 4 janvier. Je traiterai votre message à mon retour.\n"
           "Hello, I am on leave until January 4th.\n"), facts="ooo_until=2027-01-04")
case("freshdesk_en_ticket_ack", A, "ticket_en", H, "en", "ticket system acknowledgement EN",
     frm("LOGIPRO Support", "support@logipro.example"), "Your request #88120 has been received",
     "Tue, 08 Dec 2026 10:00:00 +0100", extra=AUTO,
     text=("Dear Hugo,\n\nThank you for contacting us. Your request (#88120) has been received and is "
           "being reviewed by our team. We will get back to you within 2 business days.\n\n"
           "LOGIPRO Support\n"))
case("mdn_en_read", A, "mdn_en", H, "en", "read receipt EN",
     frm("Claire Roux", "claire.roux@roux-archi.example"), "Read: Facture 2026-110",
     "Thu, 10 Dec 2026 07:30:00 +0100",
     raw=("From: " + C1 + "\nTo: " + OWNER + "\nSubject: Read: Facture 2026-110\n"
          "Date: Thu, 10 Dec 2026 07:30:00 +0100\nMessage-ID: <c-mdn-roux@roux-archi.example>\n"
          "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification; "
          "boundary=\"mdn1\"\n\n--mdn1\nContent-Type: text/plain; charset=utf-8\n\nYour message\n\n"
          "  To: Claire Roux\n  Subject: Facture 2026-110\n\nwas read on Thursday, December 10, 2026 7:29 AM.\n"
          "\n--mdn1\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; "
          "claire.roux@roux-archi.example\nDisposition: manual-action/MDN-sent-manually; displayed\n"
          "\n--mdn1--\n").encode())
case("postfix_en_dsn", B, "mta_postfix", H, "en", "Postfix DSN",
     frm("Mail Delivery System", "MAILER-DAEMON@mx.bernard-dev.fr"), "Undelivered Mail Returned to Sender",
     "Thu, 03 Dec 2026 09:00:05 +0100",
     raw=("From: MAILER-DAEMON@mx.bernard-dev.fr (Mail Delivery System)\nTo: hugo@bernard-dev.fr\n"
          "Subject: Undelivered Mail Returned to Sender\nDate: Thu, 03 Dec 2026 09:00:05 +0100\n"
          "Message-ID: <c-dsn-pf@mx.bernard-dev.fr>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
          "report-type=delivery-status; boundary=\"pf1\"\n\n--pf1\nContent-Type: text/plain\n\n"
          "This is the mail system at host mx.bernard-dev.fr.\n\nI'm sorry to have to inform you that your "
          "message could not\nbe delivered to one or more recipients.\n\n<billing@kora-design.example>: "
          "host mx.kora-design.example said: 550 5.1.1 <billing@kora-design.example>: Recipient address "
          "rejected: User unknown\n\n--pf1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; "
          "mx.bernard-dev.fr\n\nFinal-Recipient: rfc822; billing@kora-design.example\nAction: failed\n"
          "Status: 5.1.1\n\n--pf1\nContent-Type: text/rfc822-headers\n\nFrom: hugo@bernard-dev.fr\n"
          "To: billing@kora-design.example\nSubject: Relance facture 2026-120\nX-Dunnerd-Invoice: 2026-120\n"
          "\n--pf1--\n").encode(), facts="failed_recipient=billing@kora-design.example")
case("qmail_en_plain", B, "mta_qmail", H, "en", "qmail plain bounce",
     frm("", "MAILER-DAEMON@mail.okafor-media.example"), "failure notice",
     "Fri, 04 Dec 2026 10:00:00 +0000",
     raw=("From: MAILER-DAEMON@mail.okafor-media.example\nTo: hugo@bernard-dev.fr\nSubject: failure notice\n"
          "Date: Fri, 04 Dec 2026 10:00:00 +0000\nMessage-ID: <c-qmail@mail.okafor-media.example>\n\n"
          "Hi. This is the qmail-send program at mail.okafor-media.example.\nI'm afraid I wasn't able to "
          "deliver your message to the following addresses.\nThis is a permanent error; I've given up. "
          "Sorry it didn't work out.\n\n<accounts@okafor-media.example>:\nSorry, no mailbox here by that "
          "name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nFrom: hugo@bernard-dev.fr\n"
          "Subject: Invoice 2026-121\n").encode(), facts="failed_recipient=accounts@okafor-media.example")
case("laposte_fr_plain", B, "mta_laposte", H, "fr", "French plain bounce without DSN part",
     frm("Service de messagerie", "postmaster@laposte.example"), "Message non remis : Relance facture 2026-109",
     "Mon, 07 Dec 2026 11:00:00 +0100",
     text=("Votre message n'a pas pu être remis à l'adresse suivante :\n\n  lucas.martin@laposte.example\n\n"
           "Raison : boîte aux lettres pleine (552 5.2.2).\n\nMessage d'origine :\nObjet : Relance facture 2026-109\n"),
     cte="8bit", facts="failed_recipient=lucas.martin@laposte.example")
case("saas_en_comment_notification", O, "saas_notif", H, "en", "SaaS notification about a comment",
     frm("Trello", "do-not-reply@trello.example"), "Daniel commented on card \"Invoices December\"",
     "Tue, 15 Dec 2026 12:00:00 +0000",
     extra=[("List-Unsubscribe", "<https://trello.example/unsub>")],
     text=("Daniel Okafor commented on the card Invoices December:\n\n\"Invoice 2026-121 paid?\"\n\n"
           "Reply via email or view it on Trello.\nYou are receiving this email because you are "
           "subscribed to this board. Unsubscribe.\n"))
case("impots_fr_avis_disponible", O, "admin_fr", H, "fr", "tax office notice available",
     frm("DGFiP", "ne-pas-repondre@dgfip.example"), "Un nouveau document est disponible dans votre espace professionnel",
     "Wed, 16 Dec 2026 06:00:00 +0100", extra=AUTO,
     text=("Madame, Monsieur,\n\nUn nouveau document (avis de CFE 2026) est disponible dans votre "
           "espace professionnel. Montant à payer : 312,00 €, date limite de paiement : 15/12/2026.\n\n"
           "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n"),
     direction="none", counts="no")
case("newsletter_fr_compta", O, "newsletter_compta", H, "fr", "newsletter about getting paid faster",
     frm("Le Blog Freelance", "hello@blog-freelance.example"), "5 astuces pour être payé plus vite",
     "Thu, 17 Dec 2026 07:00:00 +0100",
     extra=[("List-Unsubscribe", "<mailto:unsub@blog-freelance.example>"), ("Precedence", "bulk")],
     html=("<html><body><h1>Être payé plus vite</h1><p>Relancez vos clients dès le lendemain de "
           "l'échéance, proposez le virement instantané, et vérifiez chaque paiement reçu.</p>"
           "<p><a href=\"https://blog-freelance.example/u\">Se désinscrire</a></p></body></html>"))
case("supplier_en_invoice_to_us", O, "supplier_en", H, "en", "a supplier's invoice to the owner",
     frm("Hetzner Billing", "billing@hetzner.example"), "Your invoice R0012345678",
     "Tue, 01 Dec 2026 03:00:00 +0100", extra=AUTO,
     text=("Dear Hugo Bernard,\n\nPlease find attached your invoice R0012345678 for €23.80. "
           "The amount will be debited from your credit card.\n\nHetzner Online\n"),
     attach=[("R0012345678.pdf", "application/pdf", PDF)], direction="none", counts="no")
case("phish_en_paypal_lookalike", O, "phish_en", H, "en", "lookalike PayPal 'you've got money' with link",
     frm("PayPal", "service@paypal-secure-mail.example"), "You've got money: €1,900.00",
     "Sun, 20 Dec 2026 02:11:00 +0100",
     extra=[("Reply-To", "help@verify-account.example")],
     text=("Hello,\n\nYou've received €1,900.00 from LOGIPRO SAS.\nTo release the funds, log in and "
           "verify your account within 48 hours: https://paypal-secure-mail.example/verify\n"),
     direction="none", amount="1900.00", currency="EUR", payer="LOGIPRO SAS", counts="no")

# =================== TUNE: failure patterns the issue lists =============================
case("qonto_fr_tu_variant_tune", P, "qonto_tune", T, "fr", "'vous avez reçu 1 virement' with amount first in subject",
     frm("Qonto", "noreply@qonto.com"), "+ 1 020,00 € reçus de NORD & FILS",
     "Wed, 02 Dec 2026 11:00:00 +0100", extra=AUTO, provider="Qonto",
     text=("Bonjour Hugo,\n\nNORD & FILS SARL vous a envoyé 1 020,00 €.\nRéférence : FACTURE 2026-105\n"
           "Date de valeur : 02/12/2026\n\n" + FOOT_FR + "\n"),
     direction="in", amount="1020.00", currency="EUR", payer="NORD & FILS SARL",
     reference="FACTURE 2026-105", value_date="2026-12-02", counts="yes")
case("bnp_fr_negated_not_credited", P, "bnp_tune", T, "fr", "negated credit: transfer not credited (held)",
     frm("BNP Paribas", "alertes@bnpparibas.example"), "Virement en attente de traitement",
     "Thu, 03 Dec 2026 10:00:00 +0100", extra=AUTO, provider="BNP Paribas",
     text=("Madame, Monsieur,\n\nUn virement de 3 200,00 EUR en provenance de GROUPE AXIAL n'a pas encore "
           "été crédité sur votre compte : il est en cours de vérification.\n\n" + FOOT_FR + "\n"),
     direction="none", amount="3200.00", currency="EUR", payer="GROUPE AXIAL", counts="no")
case("stripe_en_payment_succeeded_tune", P, "stripe_tune", T, "en", "Stripe payment succeeded EN with footer",
     frm("Stripe", "notifications@stripe.com"), "Payment of €780.00 from daniel@okafor-media.example succeeded",
     "Fri, 04 Dec 2026 15:00:00 +0100", extra=AUTO, provider="Stripe",
     text=("A payment of €780.00 from daniel@okafor-media.example succeeded.\n\nDescription: Invoice 2026-106\n"
           "Payment method: Mastercard ending 4444\n\n===\nThis email relates to your Bernard Dev Stripe "
           "account.\nYou are subscribed to Successful payments emails. Manage your communication "
           "preferences in the Dashboard.\n"),
     direction="in", amount="780.00", currency="EUR", payer="daniel@okafor-media.example",
     reference="Invoice 2026-106", value_date="2026-12-04", counts="yes")
case("lcl_fr_operation_debitrice_tune", P, "lcl_tune", T, "fr", "LCL Avertis debit",
     frm("LCL", "lcl-avertis@lcl.example"), "LCL Avertis : opération débitrice",
     "Mon, 07 Dec 2026 07:00:00 +0100", extra=AUTO, provider="LCL",
     text=("Bonjour,\n\nUne opération débitrice de 1 450,00 € a été enregistrée sur votre compte ****4567 "
           "le 07/12/2026.\nLibellé : PRLV SEPA DGFIP IMPOT\n\nSolde disponible : 2 002,11 €\n\n"
           "Vous recevez ce message car vous avez souscrit au service LCL Avertis.\n"),
     direction="out", amount="1450.00", currency="EUR", reference="PRLV SEPA DGFIP IMPOT",
     value_date="2026-12-07", counts="no")
case("wise_en_transfer_failed_tune", P, "wise_tune", T, "en", "Wise: money back, transfer cancelled",
     frm("Wise", "noreply@wise.example"), "Your transfer to Jonas Weber was cancelled",
     "Tue, 08 Dec 2026 12:00:00 +0000", extra=AUTO, provider="Wise",
     text=("Hi Hugo,\n\nWe couldn't complete your transfer of 300.00 EUR to Jonas Weber, so we've "
           "cancelled it. The money has been refunded to your balance.\n\n" + FOOT_EN + "\n"),
     direction="failed", amount="300.00", currency="EUR", payer="Jonas Weber", counts="no")
K1 = frm("Marion Petit", "marion@petit-conseil.example")
case("petit_fr_paye_vendredi_tune", R, "client_petit", T, "fr", "promise 'je vous paie vendredi'",
     K1, "Re: Relance facture 2026-107", "Mon, 07 Dec 2026 09:00:00 +0100",
     text=("Bonjour Hugo,\n\nJe vous paie vendredi sans faute.\n\nMarion\n\n> Bonjour Marion, la facture "
           "2026-107 reste impayée.\n"), facts="promise_date=2026-12-11")
case("petit_fr_renvoyer_rib_tune", R, "client_petit", T, "fr", "request RIB and invoice",
     K1, "Re: Facture 2026-107", "Tue, 01 Dec 2026 09:00:00 +0100",
     text=("Bonjour,\n\nPourriez-vous me renvoyer la facture ainsi que votre RIB ? Je n'ai plus rien.\n\nMerci,\nMarion\n"),
     facts="request_invoice=yes;request_rib=yes")
case("petit_fr_conteste_tune", R, "client_petit", T, "fr", "dispute 'nous ne sommes pas d'accord'",
     K1, "Re: Facture 2026-108", "Wed, 09 Dec 2026 09:00:00 +0100",
     text=("Bonjour,\n\nNous ne sommes pas d'accord avec le montant facturé : le devis prévoyait 3 jours. "
           "Merci de corriger.\n\nMarion\n"), facts="dispute=yes;request_invoice=corrected")
case("petit_fr_fwd_attachment_no_text_tune", R, "client_petit", T, "fr", "forward of the bank notice as an attachment, no text",
     K1, "TR: Avis d'exécution de virement", "Thu, 10 Dec 2026 10:00:00 +0100",
     text="\n",
     rfc822=("From: Banque Populaire <noreply@banquepopulaire.example>\nTo: marion@petit-conseil.example\n"
             "Subject: Avis d'exécution de virement\nDate: Thu, 10 Dec 2026 08:00:00 +0100\n"
             "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
             "Votre virement de 690,00 EUR au profit de HUGO BERNARD a été exécuté.\nRéférence : 2026-107\n").encode(),
     direction="in", amount="690.00", currency="EUR", payer="PETIT CONSEIL", reference="2026-107",
     value_date="2026-12-10", counts="no_claim", facts="already_paid=2026-12-10;forwarded_payment=yes;has_attachment=yes")
case("petit_fr_pas_encore_paye_tune", R, "client_petit", T, "fr", "negated payment: 'pas encore pu payer', promise mid-month",
     K1, "Re: Facture 2026-108", "Fri, 04 Dec 2026 09:00:00 +0100",
     text=("Bonjour,\n\nJe n'ai pas encore pu payer, je vous règle à la mi-décembre.\n\nMarion\n"),
     facts="promise_date=2026-12-15")
case("ooo_en_autosubmitted_tune", A, "ooo_en_tune", T, "en", "EN OOO with Auto-Submitted",
     frm("Jonas Weber", "jonas@weber-studio.example"), "Out of office",
     "Mon, 21 Dec 2026 08:00:00 +0100", extra=[("Auto-Submitted", "auto-replied")],
     text="I'm out of the office until Monday 4 January with limited access to email.\n",
     facts="ooo_until=2027-01-04")
case("exim_en_dsn_tune", B, "mta_exim_tune", T, "en", "Exim bounce with X-Failed-Recipients",
     frm("Mail Delivery System", "Mailer-Daemon@mx.bernard-dev.fr"), "Mail delivery failed: returning message to sender",
     "Tue, 01 Dec 2026 09:00:00 +0100",
     extra=[("X-Failed-Recipients", "jonas@weber-studio.example"), ("Auto-Submitted", "auto-replied")],
     text=("This message was created automatically by mail delivery software.\n\nA message that you sent "
           "could not be delivered to one or more of its recipients. This is a permanent error. The "
           "following address(es) failed:\n\n  jonas@weber-studio.example\n    host mx.weber-studio.example "
           "[192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<jonas@weber-studio.example>:\n"
           "    550 5.1.1 User unknown\n"), facts="failed_recipient=jonas@weber-studio.example")
case("bank_marketing_en_tune", O, "bank_marketing_tune", T, "en", "bank marketing with money words",
     frm("Revolut", "marketing@revolut.example"), "Get paid faster with payment links",
     "Thu, 03 Dec 2026 12:00:00 +0000",
     extra=[("List-Unsubscribe", "<https://revolut.example/unsub>")],
     text=("Hi Hugo,\n\nYou've received lots of payments this year! Send a payment link and get paid "
           "in seconds: €0 fees until March.\n\nUnsubscribe from marketing emails.\n"),
     direction="none", counts="no")



# ======================= HELD-OUT, second batch (written after the first measurement) ===
H2 = "heldout"
case("nickel_fr_viennent_arriver", P, "nickel", H2, "fr", "informal, 'viennent d'arriver'",
     frm("Nickel", "notification@nickel.example"), "Bonne nouvelle, de l'argent est arrivé !",
     "Wed, 09 Dec 2026 13:45:00 +0100", extra=AUTO, provider="Nickel",
     text=("Bonne nouvelle ! 250,00 € viennent d'arriver sur ton compte Nickel.\n"
           "Virement de : ELISE MARCHAND\nMotif : facture 2026-130\n\n" + FOOT_FR + "\n"),
     direction="in", amount="250.00", currency="EUR", payer="ELISE MARCHAND",
     reference="facture 2026-130", value_date="2026-12-09", counts="yes")
case("caisse_fr_nouveau_virement", P, "caisse_epargne", H2, "fr", "'nouveau virement de X sur votre compte'",
     frm("Caisse d'Epargne", "alertes@caisse-epargne.example"), "Nouveau virement sur votre compte",
     "Thu, 10 Dec 2026 08:30:00 +0100", extra=AUTO, provider="Caisse d'Épargne",
     text=("Bonjour,\n\nVous avez un nouveau virement de 1 890,00 EUR sur votre compte courant.\n"
           "Émetteur : SAS BATIROC\nRéférence : FA2026-131\n\n" + FOOT_FR + "\n"),
     direction="in", amount="1890.00", currency="EUR", payer="SAS BATIROC", reference="FA2026-131",
     value_date="2026-12-10", counts="yes")
case("bpop_fr_table_html", P, "banque_populaire", H2, "fr", "HTML table, operation type row",
     frm("Banque Populaire", "ne-pas-repondre@banquepopulaire.example"), "Information sur une opération",
     "Fri, 11 Dec 2026 07:10:00 +0100", extra=AUTO, provider="Banque Populaire",
     html=html_table("Une opération a été enregistrée", "Voici le détail de l'opération enregistrée sur votre compte.",
                     [("Type d'opération", "Virement reçu"), ("Montant", "720,00" + NB + "€"),
                      ("De", "CABINET MOREAU"), ("Libellé", "2026-132"), ("Date", "11/12/2026")], FOOT_FR),
     direction="in", amount="720.00", currency="EUR", payer="CABINET MOREAU", reference="2026-132",
     value_date="2026-12-11", counts="yes")
case("shine_fr_virement_parti", P, "shine2", H2, "fr", "informal outgoing transfer",
     frm("Shine", "bonjour@shine.fr"), "Ton virement est parti 🚀",
     "Mon, 14 Dec 2026 10:00:00 +0100", extra=AUTO, provider="Shine",
     text="Ton virement de 300 € vers Léo Durand est parti 🚀\nIl arrivera d'ici demain.\n",
     direction="out", amount="300.00", currency="EUR", counts="no")
case("revolut_en_spent", P, "revolut2", H2, "en", "card spending",
     frm("Revolut Business", "no-reply@revolut.example"), "You spent €45.20 at Uber",
     "Tue, 15 Dec 2026 22:10:00 +0000", extra=AUTO, provider="Revolut",
     text="Hi Hugo,\n\nYou spent €45.20 at Uber with your card ending 8812.\n",
     direction="out", amount="45.20", currency="EUR", counts="no")
case("revolut_en_received_dash", P, "revolut2", H2, "en", "'received from' with a dash reference",
     frm("Revolut Business", "no-reply@revolut.example"), "€2,050.00 received from ACME STUDIO LTD",
     "Wed, 16 Dec 2026 09:00:00 +0000", extra=AUTO, provider="Revolut",
     text="Hi Hugo,\n\n€2,050.00 received from ACME STUDIO LTD — Reference: INV 2026-133\n",
     direction="in", amount="2050.00", currency="EUR", payer="ACME STUDIO LTD", reference="INV 2026-133",
     value_date="2026-12-16", counts="yes")
case("stripe_en_new_payment", P, "stripe2", H2, "en", "'You have a new payment'",
     frm("Stripe", "notifications@stripe.com"), "New payment: €1,150.00",
     "Thu, 17 Dec 2026 11:00:00 +0000", extra=AUTO, provider="Stripe",
     text=("You have a new payment of €1,150.00 from billing@acme-studio.example.\n"
           "Description: Invoice 2026-134\n\n===\nThis email relates to your Bernard Dev Stripe account.\n"),
     direction="in", amount="1150.00", currency="EUR", payer="billing@acme-studio.example",
     reference="Invoice 2026-134", value_date="2026-12-17", counts="yes")
case("paypal_en_got_money", P, "paypal2", H2, "en", "'You've got money!' with note",
     frm("PayPal", "service@paypal.com"), "You've got money!",
     "Fri, 18 Dec 2026 15:00:00 +0000", extra=AUTO, provider="PayPal",
     text=("Hello Hugo Bernard,\n\nElise Marchand sent you €95.00 EUR\n\nNote from Elise Marchand:\n"
           "facture 2026-135\n\nTransaction ID: 7AB12345CD6789012\n\nPlease don't reply to this email.\n"),
     direction="in", amount="95.00", currency="EUR", payer="Elise Marchand", reference="facture 2026-135",
     value_date="2026-12-18", counts="yes")
case("paypal_fr_remboursement_recu", P, "paypal2", H2, "fr", "a refund received from a shop (not a client payment)",
     frm("PayPal", "service@paypal.fr"), "Vous avez reçu un remboursement",
     "Sat, 19 Dec 2026 10:00:00 +0100", extra=AUTO, provider="PayPal",
     text="Bonjour Hugo Bernard,\n\nVous avez reçu un remboursement de 19,99 € EUR de Adobe Systems.\n",
     direction="refund", amount="19.99", currency="EUR", payer="Adobe Systems", counts="no")
case("sumup_en_payout_sent", P, "sumup2", H2, "en", "payout sent (aggregate)",
     frm("SumUp", "no-reply@sumup.example"), "Your payout of €318.40 has been sent",
     "Mon, 21 Dec 2026 06:00:00 +0100", extra=AUTO, provider="SumUp",
     text="Hi Hugo,\n\nYour payout of €318.40 has been sent to your bank account.\n",
     direction="in", amount="318.40", currency="EUR", payer="SumUp (payout)", counts="no_aggregate")
case("gocardless_fr_collecte", P, "gocardless2", H2, "fr", "'paiement collecté'",
     frm("GoCardless", "noreply@gocardless.example"), "Paiement collecté : 600,00 €",
     "Tue, 22 Dec 2026 09:00:00 +0100", extra=AUTO, provider="GoCardless",
     text="Bonjour,\n\nNous avons collecté le paiement de 600,00 € de Atelier Lumière.\nRéférence : 2026-137\n",
     direction="in", amount="600.00", currency="EUR", payer="Atelier Lumière", reference="2026-137",
     value_date="2026-12-22", counts="yes")
case("qonto_en_incoming", P, "qonto2", H2, "en", "EN incoming transfer",
     frm("Qonto", "noreply@qonto.com"), "Incoming transfer: €3,300.00 from STUDIO NOVA SAS",
     "Wed, 23 Dec 2026 09:00:00 +0100", extra=AUTO, provider="Qonto",
     text="Hi Hugo,\n\nYou received a transfer of €3,300.00 from STUDIO NOVA SAS.\nReference: 2026-138\n",
     direction="in", amount="3300.00", currency="EUR", payer="STUDIO NOVA SAS", reference="2026-138",
     value_date="2026-12-23", counts="yes")
case("lcl_fr_erelevé", P, "lcl2", H2, "fr", "e-statement available",
     frm("LCL", "e-releve@lcl.example"), "Votre e-relevé de décembre est disponible",
     "Thu, 31 Dec 2026 05:00:00 +0100", extra=AUTO, provider="LCL",
     text="Bonjour,\n\nVotre e-relevé de compte de décembre est disponible dans votre espace client.\n",
     direction="statement", counts="no")
case("cic_fr_paiement_cb", P, "cic2", H2, "fr", "card payment",
     frm("CIC", "ne-pas-repondre@cic.example"), "Paiement CB",
     "Thu, 10 Dec 2026 18:00:00 +0100", extra=AUTO, provider="CIC",
     text="Paiement CB de 62,00 EUR chez SNCF le 10/12/2026.\n",
     direction="out", amount="62.00", currency="EUR", counts="no")
case("wise_en_sent", P, "wise2", H2, "en", "outgoing transfer on its way",
     frm("Wise", "noreply@wise.example"), "Your money's on its way",
     "Fri, 11 Dec 2026 12:00:00 +0000", extra=AUTO, provider="Wise",
     text="Hi Hugo,\n\nYou sent 500 GBP to Tom Baker. It should arrive by Monday.\n",
     direction="out", amount="500.00", currency="GBP", counts="no")
case("ca_fr_alerte_solde", P, "ca2", H2, "fr", "balance alert (no movement)",
     frm("Crédit Agricole", "alertes@credit-agricole.example"), "Alerte solde",
     "Sat, 12 Dec 2026 07:00:00 +0100", extra=AUTO, provider="Crédit Agricole",
     text="Bonjour,\n\nLe solde de votre compte ****7710 est de 4 210,55 € au 12/12/2026.\n",
     direction="statement", counts="no")
case("phish_fr_ca_validez", O, "phish2", H2, "fr", "lookalike: transfer pending, validate here",
     frm("Crédit Agricole", "securite@ca-alerte.example"), "Un virement de 980 € est en attente",
     "Sun, 13 Dec 2026 03:00:00 +0100",
     text=("Cher client,\n\nUn virement de 980,00 € est en attente sur votre compte. Validez-le ici "
           "avant 24h : http://ca-alerte.example/valider\n"), direction="none", counts="no")

# ============================== HELD-OUT second batch: clients ===========================
D1 = frm("Elise Marchand", "elise@marchand-design.example")
D2 = frm("Comptabilité BATIROC", "compta@batiroc.example")
D3 = frm("Tom Baker", "tom@baker-and-co.example")
case("marchand_fr_lundi_prochain", R, "client_marchand", H2, "fr", "promise 'lundi prochain'",
     D1, "Re: Facture 2026-130", "Wed, 02 Dec 2026 17:00:00 +0100",
     text="Bonjour Hugo,\n\nJe vous fais le virement lundi prochain.\n\nElise\n",
     facts="promise_date=2026-12-07")
case("marchand_fr_viens_effectuer", R, "client_marchand", H2, "fr", "'je viens d'effectuer le virement'",
     D1, "Re: Relance facture 2026-135", "Fri, 18 Dec 2026 09:00:00 +0100",
     text="Bonjour,\n\nJe viens d'effectuer le virement, vous devriez le recevoir sous 48h.\n\nElise\n",
     facts="already_paid=2026-12-18")
case("marchand_fr_transmets_compta", R, "client_marchand", H2, "fr", "a plain reply, no fact",
     D1, "Re: Relance facture 2026-130", "Thu, 03 Dec 2026 09:00:00 +0100",
     text="Bonjour, merci pour votre relance. Je transmets à notre comptabilité.\nElise\n")
case("batiroc_fr_litige", R, "client_batiroc", H2, "fr", "dispute with 'litige'",
     D2, "RE: Facture 2026-131", "Mon, 07 Dec 2026 14:00:00 +0100",
     text=("Bonjour,\n\nNous avons un litige sur cette facture : les livrables n'ont pas été validés par "
           "notre direction.\n\nLa comptabilité\n"), facts="dispute=yes")
case("batiroc_fr_duplicata", R, "client_batiroc", H2, "fr", "request a duplicate",
     D2, "RE: Relance facture 2026-131", "Tue, 01 Dec 2026 10:00:00 +0100",
     text="Bonjour,\n\nPouvez-vous nous faire parvenir un duplicata de la facture 2026-131 ?\n\nCordialement\n",
     facts="request_invoice=yes")
case("batiroc_fr_fin_du_mois", R, "client_batiroc", H2, "fr", "promise 'd'ici la fin du mois'",
     D2, "RE: Facture 2026-131", "Wed, 09 Dec 2026 10:00:00 +0100",
     text="Bonjour,\n\nNous allons procéder au règlement d'ici la fin du mois.\n\nCordialement\n",
     facts="promise_date=2026-12-31")
case("batiroc_fr_debut_janvier", R, "client_batiroc", H2, "fr", "promise 'début janvier'",
     D2, "RE: Relance facture 2026-139", "Fri, 18 Dec 2026 10:00:00 +0100",
     text="Bonjour,\n\nDésolé, nous avons du retard, le paiement sera fait début janvier.\n",
     facts="promise_date=early_2027-01")
case("baker_en_paid_on_date", R, "client_baker", H2, "en", "already paid on a date",
     D3, "Re: Invoice 2026-133 overdue", "Mon, 14 Dec 2026 09:00:00 +0000",
     text="Hello Hugo, the invoice was paid on 3 December, please check your account.\nTom\n",
     facts="already_paid=2026-12-03")
case("baker_en_iban", R, "client_baker", H2, "en", "request IBAN",
     D3, "Re: Invoice 2026-140", "Tue, 01 Dec 2026 09:00:00 +0000",
     text="Hi,\n\nCould you please send us your IBAN so we can set you up as a supplier?\n\nThanks\nTom\n",
     facts="request_rib=yes")
case("baker_en_scheduled_date", R, "client_baker", H2, "en", "promise 'scheduled for 22 December'",
     D3, "Re: Invoice 2026-140", "Wed, 09 Dec 2026 09:00:00 +0000",
     text="Hi Hugo,\n\nPayment is scheduled for 22 December.\n\nTom\n",
     facts="promise_date=2026-12-22")
case("baker_en_never_received", R, "client_baker", H2, "en", "never received the invoice, resend",
     D3, "Re: Payment reminder", "Thu, 03 Dec 2026 09:00:00 +0000",
     text="Hi, I'm confused, we never received this invoice. Can you resend it?\nTom\n",
     facts="request_invoice=yes")
case("baker_en_remittance_fw", R, "client_baker", H2, "en", "AP forwards a remittance advice PDF",
     D3, "FW: Remittance advice", "Fri, 11 Dec 2026 09:00:00 +0000",
     text="Please see attached remittance advice.\n\nTom\n",
     attach=[("remittance_2026-133.pdf", "application/pdf", PDF)],
     facts="already_paid=claimed;has_attachment=yes")
case("marchand_fr_html_bien_note", R, "client_marchand", H2, "fr", "HTML-only reply quoting our reminder, no fact",
     D1, "RE: Relance facture 2026-130", "Mon, 07 Dec 2026 09:00:00 +0100",
     html=("<html><body><p>Bien noté, je regarde ça demain.</p><p>Elise</p><hr><p><b>De :</b> Hugo Bernard"
           "<br><b>Envoyé :</b> lundi 7 décembre 2026 08:00<br><b>Objet :</b> Relance facture 2026-130</p>"
           "<p>Sauf erreur, je n'ai pas reçu votre paiement. Vous pouvez régler par virement sur le RIB "
           "ci-dessous.</p></body></html>"))
case("marchand_fr_cf_pj", R, "client_marchand", H2, "fr", "two words and a PDF",
     D1, "Re: Facture 2026-130", "Tue, 08 Dec 2026 09:00:00 +0100",
     text="cf pj\n", attach=[("document.pdf", "application/pdf", PDF)], facts="has_attachment=yes")

# ========================= HELD-OUT second batch: machines and others ===================
case("gmail_en_holiday", A, "ooo_gmail_en", H2, "en", "Gmail vacation EN",
     frm("Tom Baker", "tom@baker-and-co.example"), "Re: Invoice 2026-140",
     "Mon, 21 Dec 2026 09:00:00 +0000", extra=[("Auto-Submitted", "auto-replied")],
     text="Thanks for your email. I'm on holiday until 5 January and will reply when I'm back.\n",
     facts="ooo_until=2027-01-05")
case("fr_absence_no_header", A, "ooo_fr_plain", H2, "fr", "FR OOO subject 'Absence :' no header",
     frm("Elise Marchand", "elise@marchand-design.example"), "Absence : Relance facture 2026-130",
     "Tue, 22 Dec 2026 09:00:00 +0100",
     text="Bonjour, je suis actuellement absente et serai de retour le 4 janvier.\n",
     facts="ooo_until=2027-01-04")
case("ap_x_autoreply", A, "ap_batiroc", H2, "fr", "AP autoresponder with X-Autoreply",
     frm("Factures BATIROC", "factures@batiroc.example"), "Accusé de réception",
     "Tue, 01 Dec 2026 10:00:00 +0100", extra=[("X-Autoreply", "yes")],
     text="Nous accusons réception de votre envoi. Les factures sont réglées à 60 jours.\n")
case("ticket_fr_enregistree", A, "ticket_fr2", H2, "fr", "ticket system FR",
     frm("Support BATIROC", "support@batiroc.example"), "[#55120] Votre demande a bien été enregistrée",
     "Tue, 01 Dec 2026 10:05:00 +0100", extra=AUTO,
     text="Bonjour,\n\nVotre demande #55120 a bien été enregistrée. Un conseiller vous répondra rapidement.\n")
case("exchange_en_ndr_text", B, "mta_exchange2", H2, "en", "Exchange NDR in plain text",
     frm("Microsoft Outlook", "postmaster@baker-and-co.example"), "Undeliverable: Invoice 2026-140",
     "Tue, 01 Dec 2026 09:01:00 +0000",
     text=("Delivery has failed to these recipients or groups:\n\naccounts@baker-and-co.example\n"
           "The email address you entered couldn't be found. Please check the recipient's email address "
           "and try to resend the message.\n\nDiagnostic information for administrators:\n"
           "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
           "SMTP address lookup'\n"), facts="failed_recipient=accounts@baker-and-co.example")
case("orange_fr_dsn_pleine", B, "mta_orange2", H2, "fr", "Orange DSN mailbox full",
     frm("Mail Delivery Subsystem", "MAILER-DAEMON@orange.example"), "Delivery Status Notification (Failure)",
     "Wed, 02 Dec 2026 09:00:00 +0100",
     raw=("From: Mail Delivery Subsystem <MAILER-DAEMON@orange.example>\nTo: hugo@bernard-dev.fr\n"
          "Subject: Delivery Status Notification (Failure)\nDate: Wed, 02 Dec 2026 09:00:00 +0100\n"
          "Message-ID: <c-dsn-or2@orange.example>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
          "report-type=delivery-status; boundary=\"o2\"\n\n--o2\nContent-Type: text/plain; charset=utf-8\n\n"
          "Votre message n'a pas pu être délivré : la boîte aux lettres du destinataire est pleine.\n"
          "\n--o2\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.orange.example\n\n"
          "Final-Recipient: rfc822; elise.marchand@orange.example\nAction: failed\nStatus: 5.2.2\n"
          "\n--o2--\n").encode("utf-8"), facts="failed_recipient=elise.marchand@orange.example")
case("gmail_en_delayed", B, "mta_gmail2", H2, "en", "delay warning",
     frm("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), "Delivery Status Notification (Delay)",
     "Thu, 03 Dec 2026 09:00:00 +0000",
     raw=("From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nTo: hugo@bernard-dev.fr\n"
          "Subject: Delivery Status Notification (Delay)\nDate: Thu, 03 Dec 2026 09:00:00 +0000\n"
          "Message-ID: <c-dsn-delay2@googlemail.example>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
          "report-type=delivery-status; boundary=\"d2\"\n\n--d2\nContent-Type: text/plain\n\n"
          "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
          "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n"
          "     tom@baker-and-co.example\n\n--d2\nContent-Type: message/delivery-status\n\n"
          "Reporting-MTA: dns; googlemail.example\n\nFinal-Recipient: rfc822; tom@baker-and-co.example\n"
          "Action: delayed\nStatus: 4.4.7\n\n--d2--\n").encode(), facts="bounce_final=no")
case("social_fr_notifications", O, "social_fr", H2, "fr", "social network notifications",
     frm("LinkedIn", "notifications-noreply@linkedin.example"), "Hugo, vous avez 3 nouvelles notifications",
     "Fri, 04 Dec 2026 07:00:00 +0100",
     text="Hugo, vous avez 3 nouvelles notifications. Consultez-les sur LinkedIn.\nSe désabonner\n")
case("webinar_en_calendar", O, "webinar", H2, "en", "calendar invitation",
     frm("Events Team", "events@saas-tool.example"), "Invitation: Getting paid on time (webinar)",
     "Fri, 04 Dec 2026 08:00:00 +0000",
     raw=("From: Events Team <events@saas-tool.example>\nTo: hugo@bernard-dev.fr\nSubject: Invitation: "
          "Getting paid on time (webinar)\nDate: Fri, 04 Dec 2026 08:00:00 +0000\nMessage-ID: <c-cal@saas-tool"
          ".example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"c1\"\n\n--c1\n"
          "Content-Type: text/plain\n\nJoin our webinar on 10 December.\n--c1\nContent-Type: text/calendar; "
          "method=REQUEST\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Webinar\nDTSTART:20261210T100000Z\n"
          "END:VEVENT\nEND:VCALENDAR\n--c1--\n").encode())
case("urssaf_fr_echeancier", O, "admin_fr2", H2, "fr", "social contributions schedule available",
     frm("Urssaf", "no-reply@urssaf.example"), "Votre échéancier est disponible",
     "Mon, 07 Dec 2026 06:00:00 +0100", extra=AUTO,
     text=("Bonjour,\n\nVotre échéancier 2027 est disponible dans votre espace en ligne. Prochaine "
           "échéance : 1 232,00 € le 05/01/2027.\n"), direction="none", counts="no")
case("shop_fr_commande_expediee", O, "shop_fr", H2, "fr", "order shipped",
     frm("Boutique en ligne", "commandes@boutique.example"), "Votre commande a été expédiée",
     "Tue, 08 Dec 2026 10:00:00 +0100",
     text=("Bonjour Hugo,\n\nVotre commande n° 88213 d'un montant de 45,99 € a été expédiée. "
           "Suivez votre colis sur notre site.\n\nMerci de votre confiance.\n"), direction="none", counts="no")
case("spam_en_lottery", O, "spam_en2", H2, "en", "lottery spam with money words",
     frm("International Lottery", "winner@lotto-intl.example"), "Congratulations!!! You have received $5,000,000",
     "Wed, 09 Dec 2026 02:00:00 +0000",
     text=("Dear Beneficiary,\n\nYou have received $5,000,000.00 USD in our international lottery. To claim "
           "your funds, send your full name, address and bank account details to claims@lotto-intl.example.\n"),
     direction="none", counts="no")
case("newsletter_en_listid", O, "newsletter_en2", H2, "en", "newsletter with List-Id",
     frm("Freelance Weekly", "news@freelance-weekly.example"), "This week: invoices, late payers and you",
     "Thu, 10 Dec 2026 07:00:00 +0000",
     extra=[("List-Id", "<weekly.freelance-weekly.example>"), ("List-Unsubscribe", "<https://freelance-weekly.example/u>")],
     text="This week we look at late payers and how to get paid.\n\nUnsubscribe | Manage preferences\n")


def main() -> None:
    with open(OUT / "labels.tsv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(ROWS)
    print(f"{len(ROWS)} cases written to {OUT}")


main()
