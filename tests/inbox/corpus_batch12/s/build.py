#!/usr/bin/env python3
"""Build the final12 blind evaluation set for dunnerd (owner: Gaëlle Moreau-Vidal,
architecte d'intérieur, Nantes). Standard library only. Writes <label>/<name>.eml and
labels.tsv next to this script."""
import base64
import os
import quopri
import zlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final12"
OWNER = ("Gaëlle Moreau-Vidal", "gaelle@moreau-vidal-interieurs.fr")
OWNER_ADDR = OWNER[1]
OWNER_FULL = formataddr(OWNER, charset="utf-8")

COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
        "fidelity", "lang", "provider", "source_group", "pattern", "direction", "amount",
        "currency", "payer", "reference", "value_date", "counts_as_payment", "facts",
        "split", "notes"]
ROWS = []
NAMES = set()
_bcount = [0]

DAYS = {30: "Mon, 30 Nov 2026", 1: "Tue, 01 Dec 2026", 2: "Wed, 02 Dec 2026",
        3: "Thu, 03 Dec 2026", 4: "Fri, 04 Dec 2026"}


_dcount = [0]


def date(day, hm, tz="+0100"):
    _dcount[0] += 1
    sec = (_dcount[0] * 37 + int(hm.replace(":", "")) * 13) % 60
    return f"{DAYS[day]} {hm}:{sec:02d} {tz}"


# ---------------------------------------------------------------- MIME helpers
def h(value):
    """Encode a header value (RFC 2047) if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def h_iso(value):
    return Header(value, "iso-8859-1").encode(maxlinelen=76)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


def bnd():
    _bcount[0] += 1
    return f"----=_Part_{_bcount[0] * 7919 % 100000}_{_bcount[0] * 104729 % 1000000000}.{1764500000000 + _bcount[0] * 3331}"


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, ct_params=""):
    """A leaf text entity: (headers, body bytes)."""
    for c in (cs, "windows-1252", "utf-8"):
        try:
            b = s.encode(c)
            cs = c
            break
        except UnicodeEncodeError:
            continue
    hd = [("Content-Type", f'text/{sub}; charset="{cs}"{ct_params}')]
    if cte == "quoted-printable":
        body = quopri.encodestring(b)
    elif cte == "base64":
        body = base64.encodebytes(b)
    else:
        body = b
    hd.append(("Content-Transfer-Encoding", cte))
    if extra:
        hd.extend(extra)
    return (hd, body)


def raw_entity(ctype, body_bytes, extra=None):
    hd = [("Content-Type", ctype)]
    if extra:
        hd.extend(extra)
    return (hd, body_bytes)


def attach(ctype, filename, data, inline=False):
    body = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    return ([("Content-Type", f'{ctype}; name="{filename}"'),
             ("Content-Disposition", f'{disp}; filename="{filename}"'),
             ("Content-Transfer-Encoding", "base64")], body)


def multi(sub, parts, params="", preamble=""):
    b = bnd()
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for ph, pb in parts:
        out += b"\n--" + b.encode() + b"\n" + hdr_bytes(ph) + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + b.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{sub}; boundary="{b}"{params}')], out)


def alt(plain, html, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(plain, "plain", cs, cte), text(html, "html", cs, cte)])


def hdr_bytes(hd):
    out = b""
    for k, v in hd:
        out += f"{k}: {v}\n".encode("utf-8")
    return out


def message_bytes(headers, entity, mime_version=True):
    eh, eb = entity
    hd = list(headers)
    if mime_version:
        hd.append(("MIME-Version", "1.0"))
    hd.extend(eh)
    return hdr_bytes(hd) + b"\n" + eb


def rfc822(msg_bytes):
    return ([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], msg_bytes)


# ---------------------------------------------------------------- tiny PDF
def pdf(lines):
    """A minimal valid one-page PDF showing the given text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n"
    for ln in lines:
        content += f"({esc(ln)}) '\n"
    content += "ET"
    stream = zlib.compress(content.encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------- owner's reminders
INVOICES = {}


def reminder(num, amount, due, lang="fr", seq=1, day=None):
    """The owner's reminder that a client may quote."""
    if lang == "fr":
        subj = f"Rappel : facture {num} échue"
        body = (f"Bonjour,\n\nSauf erreur de ma part, la facture {num} d'un montant de {amount} €,\n"
                f"échue le {due}, reste à ce jour impayée.\n\nPourriez-vous me confirmer la date "
                f"prévue pour son règlement ?\nVous trouverez mon RIB en pied de facture.\n\n"
                f"Bien cordialement,\n\nGaëlle Moreau-Vidal\nMoreau-Vidal Intérieurs - Architecture "
                f"intérieure\n12 rue Kervégan, 44000 Nantes\n06 71 42 88 30\n")
    else:
        subj = f"Reminder: invoice {num} is overdue"
        body = (f"Hello,\n\nUnless I am mistaken, invoice {num} for €{amount} (due {due}) is still "
                f"unpaid.\n\nCould you let me know when payment is planned?\nMy bank details are "
                f"on the invoice.\n\nKind regards,\n\nGaëlle Moreau-Vidal\nMoreau-Vidal Intérieurs "
                f"- Interior architecture\nNantes, France\n")
    n = int(num.split("-")[-1])
    mid = f"<dunnerd.{n}.{seq}@moreau-vidal-interieurs.fr>"
    return subj, body, mid


def quote(body, who, when, lang="fr"):
    if lang == "fr":
        head = f"Le {when}, {who} a écrit :"
    else:
        head = f"On {when}, {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in body.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- writer
def emit(label, name, raw, lang, pattern, source_group, provider="", facts="", notes="",
         money=None, crlf=False, fidelity="synthetic"):
    assert label in ("human_reply", "payment_notification", "auto_reply", "bounce", "other")
    fname = f"{label}/{name}.eml"
    assert fname not in NAMES, fname
    NAMES.add(fname)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    os.makedirs(os.path.join(OUT, label), exist_ok=True)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    m = money or {}
    if label == "payment_notification":
        assert m, fname
    row = {
        "file": fname, "label": label, "source_repo": "synthetic", "source_path": "build.py",
        "source_commit": "", "license": "written for dunnerd", "fidelity": fidelity,
        "lang": lang, "provider": provider, "source_group": source_group, "pattern": pattern,
        "direction": m.get("direction", ""), "amount": m.get("amount", ""),
        "currency": m.get("currency", ""), "payer": m.get("payer", ""),
        "reference": m.get("reference", ""), "value_date": m.get("value_date", ""),
        "counts_as_payment": m.get("counts", ""), "facts": facts, "split": SPLIT,
        "notes": notes,
    }
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (fname, k)
    ROWS.append(row)


def money(direction, amount, currency="EUR", payer="", reference="", value_date="", counts="no"):
    return {"direction": direction, "amount": amount, "currency": currency, "payer": payer,
            "reference": reference, "value_date": value_date, "counts": counts}


def std_headers(frm, to, subject, day, hm, mid, extra=None, tz="+0100"):
    hd = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", date(day, hm, tz)),
          ("Message-ID", mid)]
    if extra:
        hd.extend(extra)
    return hd


def write_tsv():
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(r[c] for c in COLS) + "\n")


# =====================================================================================
# HUMAN REPLIES
# =====================================================================================
def rh(frm, subject, day, hm, mid, irt=None, to=OWNER_FULL, extra=None, tz="+0100"):
    hd = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", date(day, hm, tz)),
          ("Message-ID", mid)]
    if irt:
        hd += [("In-Reply-To", irt), ("References", irt)]
    if extra:
        hd.extend(extra)
    return hd


def humans():
    HR = "human_reply"
    # H1 iPhone, top-posted, "vendredi"
    s, b, mid = reminder("F-2026-0318", "2 640,00", "15/11/2026")
    body = ("Bonjour Gaëlle,\n\nDésolée pour le retard, je fais le virement vendredi sans faute.\n\n"
            "Claire\n\nEnvoyé de mon iPhone\n\n" + quote(b, "Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>", "30 nov. 2026 à 09:12"))
    raw = message_bytes(rh(addr("Claire Fontenelle", "claire.fontenelle@example.com"), "Re: " + s, 1, "07:48",
                           "<A3F1C2D8-55E1-4B7A-9C1E-0D2F6B9A1E33@example.com>", mid,
                           extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                        text(body, cs="utf-8", cte="quoted-printable", ct_params="; format=flowed; delsp=yes"))
    emit(HR, "fontenelle_iphone_vendredi", raw, "fr", "iPhone top-posted above quoted reminder, 'vendredi'",
         "Claire Fontenelle (particulier)", facts="promise_date=2026-12-04")

    # H2 restaurant, "paiement prévu le 15", SARL signature
    s, b, mid = reminder("F-2026-0325", "4 980,00", "20/11/2026")
    body = ("Bonjour Madame Moreau-Vidal,\n\nBien reçu votre relance. Le paiement est prévu le 15, "
            "on attend l'encaissement des réservations de fin d'année pour souffler un peu.\n"
            "Encore merci pour le travail sur la salle, les clients adorent les banquettes.\n\n"
            "Cordialement,\n\nYannick Le Goff\nGérant\nLe Comptoir des Halles - SARL LCH\n"
            "3 place du Bouffay - 44000 Nantes\nTél. 02 40 35 19 62\n\n" + quote(b, "Gaëlle Moreau-Vidal", "30/11/2026 à 09:14"))
    raw = message_bytes(rh(addr("Yannick Le Goff", "yannick@comptoirdeshalles-nantes.fr"), "RE: " + s, 2, "15:31",
                           "<002b01dd6431$8a1c2f40$9e548dc0$@comptoirdeshalles-nantes.fr>", mid,
                           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbZDGKHC9AnlSNwCk0t0aVd3Hw")]),
                        text(body, cs="iso-8859-1", cte="quoted-printable"))
    emit(HR, "comptoir_halles_prevu_le_15", raw, "fr", "restaurant owner, 'paiement prévu le 15', iso-8859-1 QP",
         "Le Comptoir des Halles", facts="promise_date=2026-12-15")

    # H3 developer, Outlook HTML only, fin de la semaine prochaine, long disclaimer
    s, b, mid = reminder("F-2026-0301", "7 200,00", "31/10/2026")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=\"FR\" link=\"#0563C1\"><div class=\"WordSection1\">"
            "<p class=\"MsoNormal\">Bonjour Madame,</p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\">Votre facture F-2026-0301 relative à la mission d'aménagement des parties communes "
            "de la résidence <i>Les Jardins de Procé</i> a bien été validée par le directeur de programme.</p>"
            "<p class=\"MsoNormal\">Elle sera intégrée à notre prochaine campagne de règlements fournisseurs, "
            "soit d'ici la fin de la semaine prochaine.</p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\">Bien cordialement,</p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Sandrine Perrot</span></b><br>"
            "<span style=\"color:#1F3864\">Comptabilité fournisseurs</span><br>"
            "<span style=\"font-size:9pt;color:#7F7F7F\">ATLANTIQUE HABITAT PROMOTION<br>SAS au capital de 1 500 000 € - RCS Nantes 512 884 907<br>"
            "27 boulevard Guist'hau - 44000 Nantes</span></p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\"><span style=\"font-size:7.5pt;color:gray\">Ce message et toutes les pièces jointes "
            "(ci-après le « message ») sont établis à l'intention exclusive de ses destinataires et sont confidentiels. "
            "Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. "
            "Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale "
            "ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité "
            "de ce message, Atlantique Habitat Promotion décline toute responsabilité au titre de ce message, dans l'hypothèse "
            "où il aurait été modifié. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et "
            "d'effacement des données vous concernant : dpo@atlantique-habitat-promotion.fr</span></p>"
            "<p class=\"MsoNormal\"><span style=\"font-size:7.5pt;color:green\">&#127811; Pensez à l'environnement avant d'imprimer ce message.</span></p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> "
            "Gaëlle Moreau-Vidal &lt;gaelle@moreau-vidal-interieurs.fr&gt;<br><b>Envoyé :</b> lundi 30 novembre 2026 09:20<br>"
            "<b>À :</b> Compta Fournisseurs &lt;fournisseurs@atlantique-habitat-promotion.fr&gt;<br><b>Objet :</b> " + s +
            "</p></div><p class=\"MsoNormal\">" + b.replace("\n", "<br>") + "</p></div></body></html>")
    raw = message_bytes(rh(addr("PERROT Sandrine", "s.perrot@atlantique-habitat-promotion.fr"), "RE: " + s, 1, "11:02",
                           "<PR3P192MB0789A1D4C3E2B7F16C0D9A21C8F52@PR3P192MB0789.EURP192.PROD.OUTLOOK.COM>", mid,
                           extra=[("Thread-Topic", h(s)), ("Content-Language", "fr-FR"),
                                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
                        text(html, "html", "utf-8", "quoted-printable"), )
    emit(HR, "atlantique_habitat_outlook_html_fin_semaine_prochaine", raw, "fr",
         "Outlook HTML-only, 'd'ici la fin de la semaine prochaine', long RGPD disclaimer + quoted reminder",
         "Atlantique Habitat Promotion", facts="promise_date=2026-12-11", crlf=True,
         notes="end of next week resolved to Friday 2026-12-11")

    # H4 hotel group, English, payment run Thursday
    s, b, mid = reminder("F-2026-0290", "12,450.00", "31 October 2026", lang="en")
    body = ("Hi Gaëlle,\n\nThanks for the nudge. I checked with our shared service centre: the invoice is approved "
            "and our next payment run is on Thursday, so you should see the funds early next week at the latest "
            "depending on your bank.\n\nBest regards,\n\nOliver Grant\nGroup Procurement Manager\nLigéria Hotels & Resorts\n"
            "M +33 6 12 09 47 70\n\n-----Original Message-----\nFrom: Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>\n"
            "Sent: Monday, November 30, 2026 9:25 AM\nTo: Oliver Grant <o.grant@ligeria-hotels.com>\nSubject: " + s + "\n\n" + b)
    raw = message_bytes(rh(addr("Oliver Grant", "o.grant@ligeria-hotels.com"), "RE: " + s, 30, "16:40",
                           "<DB9PR07MB7712E0C4F9A3B21D5A8E6F3BC9A12@DB9PR07MB7712.eurprd07.prod.outlook.com>", mid),
                        alt(body, "<html><body><div style=\"font-family:Aptos,sans-serif\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</div></body></html>"))
    emit(HR, "ligeria_hotels_payment_run_thursday", raw, "en", "English, 'next payment run is on Thursday', Outlook -----Original Message-----",
         "Ligéria Hotels & Resorts", facts="promise_date=2026-12-03", crlf=True,
         notes="Date Mon 30 Nov; payment run Thursday = 2026-12-03")

    # H5 Belgian, septante, lundi
    s, b, mid = reminder("F-2026-0333", "1 470,00", "25/11/2026")
    body = ("Bonjour Madame Moreau-Vidal,\n\nToutes nos excuses, votre facture de mille quatre cent septante euros "
            "était restée bloquée dans le parapheur de notre gérante.\nElle est signée : le virement partira lundi "
            "depuis notre compte Belfius.\n\nBien à vous,\n\nLaurence Verhaegen\nMaison Verhaegen - concept store\n"
            "Rue du Bailli 61, 1050 Ixelles\nTVA BE 0712.448.305\n")
    raw = message_bytes(rh(addr("Laurence Verhaegen", "laurence@maisonverhaegen.be"), "Re: " + s, 3, "10:05",
                           "<5e2d7a1c-8b4f-4a0e-b1c6-3f9d2e7a8c41@maisonverhaegen.be>", mid,
                           extra=[("User-Agent", "Mozilla Thunderbird")]),
                        text(body, cs="utf-8", cte="8bit", ct_params="; format=flowed"))
    emit(HR, "verhaegen_be_septante_lundi", raw, "fr", "Belgian French ('septante'), 'le virement partira lundi', 8bit",
         "Maison Verhaegen (BE)", facts="promise_date=2026-12-07", notes="Thu 3 Dec, lundi = 2026-12-07")

    # H6 Swiss, 10 décembre + IBAN/BIC request
    s, b, mid = reminder("F-2026-0312", "3 900,00", "10/11/2026")
    body = ("Madame,\n\nNous accusons réception de votre rappel. Pour des raisons de trésorerie interne, "
            "nos paiements à l'étranger sont groupés : le versement interviendra le 10 décembre.\n\n"
            "Afin que notre banque puisse exécuter l'ordre, pourriez-vous nous confirmer votre IBAN ainsi que "
            "le code BIC/SWIFT ? La facture ne mentionne que le numéro de compte.\n\n"
            "Meilleures salutations\n\nAnnik Baumgartner\nAdministration\nBaumgartner Horlogerie SA\n"
            "Rue du Rhône 48, 1204 Genève\nIDE CHE-109.774.512 TVA\n")
    raw = message_bytes(rh(addr("Annik Baumgartner", "a.baumgartner@baumgartner-horlogerie.ch"), "AW: " + s, 2, "08:17",
                           "<OF8A2C41E7.3B5D9F20-ONC1258A6F.0029E4A1@baumgartner-horlogerie.ch>", mid,
                           extra=[("X-Mailer", "HCL Notes Release 12.0.2")]),
                        text(body, cs="iso-8859-1", cte="quoted-printable"))
    emit(HR, "baumgartner_ch_10_decembre_iban_bic", raw, "fr", "Swiss client (AW: prefix, Notes), date + asks IBAN/BIC",
         "Baumgartner Horlogerie SA (CH)", facts="promise_date=2026-12-10;request_rib=yes")

    # H7 dispute, particulier, cuisine
    s, b, mid = reminder("F-2026-0329", "3 150,00", "22/11/2026")
    body = ("Madame,\n\nJe m'étonne de recevoir une relance alors que je vous ai signalé à deux reprises que "
            "l'implantation de la cuisine ne correspond pas aux plans validés : l'îlot fait 20 cm de moins que prévu "
            "et la hotte n'est pas centrée. Le cuisiniste dit avoir suivi vos cotes.\n\n"
            "Je conteste donc le solde de vos honoraires tant que ce point n'est pas réglé et que nous n'avons "
            "pas fait de réunion sur place.\n\nMarc Dubreuil\n")
    raw = message_bytes(rh(addr("Marc Dubreuil", "marc.dubreuil@example.net"), "Re: " + s, 30, "21:54",
                           "<CAHx8Wq1pVv0u7sR3kYt+dE9mZf0bQw2xJcL5nG6hT4aP1rK8oA@mail.example.net>", mid),
                        alt(body + "\n" + quote(b, "Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>", "lun. 30 nov. 2026 à 09:30"),
                            "<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">...</div>"))
    emit(HR, "dubreuil_conteste_cuisine", raw, "fr", "private client contests work (kitchen not to plan)",
         "Marc Dubreuil (particulier)", facts="dispute=yes")

    # H8 dispute restaurant honoraires suivi de chantier
    s, b, mid = reminder("F-2026-0336", "2 280,00", "28/11/2026")
    body = ("Bonjour,\n\nNous ne sommes pas d'accord avec cette facture. Le suivi de chantier devait être compris "
            "dans le forfait de 6 500 € HT signé en juin, pas facturé en plus à la vacation. Je vous joins le devis "
            "signé pour mémoire.\n\nMerci de nous faire une facture rectificative, on la réglera à réception.\n\n"
            "Sophie Nguyen\nBao Bei - cantine asiatique\n18 rue Fouré, Nantes\n")
    raw = message_bytes(rh(addr("Bao Bei Nantes", "contact@baobei-nantes.fr"), "Re: " + s, 1, "14:12",
                           "<20261201131205.7f3c9a@baobei-nantes.fr>", mid),
                        multi("mixed", [text(body), attach("application/pdf", "Devis_MVI_D-2026-041_signe.pdf",
                                                           pdf(["MOREAU-VIDAL INTERIEURS", "Devis D-2026-041", "Forfait conception + suivi: 6 500,00 EUR HT", "Bon pour accord - S. Nguyen"]))]))
    emit(HR, "baobei_conteste_suivi_chantier", raw, "fr", "restaurant disputes fee line, attaches signed quote, asks corrected invoice",
         "Bao Bei (restaurant)", facts="dispute=yes;request_invoice=yes",
         notes="asks for a corrective invoice (facture rectificative); counted as request_invoice")

    # H9 negation, not contested, not yet paid, début janvier
    s, b, mid = reminder("F-2026-0305", "980,00", "05/11/2026")
    body = ("Bonjour Gaëlle,\n\nNous ne contestons absolument pas la facture, le travail sur la vitrine est "
            "super. Simplement je n'ai pas encore pu payer : novembre a été très calme et j'attends le "
            "remboursement de TVA.\nJe vous propose de régler début janvier, est-ce que ça vous va ?\n\n"
            "Bien à vous,\nHélène Tessier\nFleurs & Feuillages - 7 rue de Verdun\n")
    raw = message_bytes(rh(addr("Hélène Tessier", "fleursetfeuillages@example.org"), "Re: " + s, 2, "12:30",
                           "<1a9c3e7f02d44b1ab6e0@example.org>", mid),
                        text(body + "\n" + quote(b, "Gaëlle Moreau-Vidal", "30/11/2026 09:31")))
    emit(HR, "fleurs_feuillages_ne_conteste_pas_debut_janvier", raw, "fr",
         "negation: 'nous ne contestons pas', 'je n'ai pas encore pu payer', 'début janvier'",
         "Fleurs & Feuillages (boutique)", facts="promise_date=early_2027-01",
         notes="no dispute (explicitly negated); promise early January")

    # H10 already paid with date
    s, b, mid = reminder("F-2026-0297", "1 860,00", "30/10/2026")
    body = ("Bonjour,\n\nLe virement a été fait le 27 novembre depuis notre compte au Crédit Mutuel, "
            "référence F-2026-0297. Il devrait apparaître sur votre relevé.\n\nCordialement,\n"
            "Pierre-Yves Jaouen\nSCI Jaouen Frères\n")
    raw = message_bytes(rh(addr("Pierre-Yves Jaouen", "pyjaouen@sci-jaouen.fr"), "Re: " + s, 30, "18:02",
                           "<9f3d2b11-7c1e-4e2f-8d9a-71c0b6e2a5d0@sci-jaouen.fr>", mid),
                        text(body))
    emit(HR, "sci_jaouen_deja_paye_27nov", raw, "fr", "already paid, explicit date", "SCI Jaouen Frères",
         facts="already_paid=2026-11-27")

    # H11 forwarded bank confirmation (client forwards Crédit Agricole mail)
    s, b, mid = reminder("F-2026-0314", "2 100,00", "14/11/2026")
    inner = message_bytes([("From", "Crédit Agricole Atlantique Vendée <noreply@credit-agricole.fr>"),
                           ("To", "gerald.macé@example.com".replace("é", "e")),
                           ("Subject", h("Confirmation de votre virement")),
                           ("Date", "Fri, 27 Nov 2026 14:03:51 +0100"),
                           ("Message-ID", "<ca.vir.20261127140351.88123@credit-agricole.fr>")],
                          text("Bonjour,\n\nVotre virement SEPA a bien été enregistré.\n\nBénéficiaire : MOREAU-VIDAL INTERIEURS\n"
                               "Montant : 2 100,00 EUR\nMotif : FACTURE F-2026-0314\nDate d'exécution : 30/11/2026\n\n"
                               "Ceci est un message automatique, merci de ne pas y répondre.\nCrédit Agricole Atlantique Vendée\n"))
    body = ("Bonjour Madame,\n\nJe pense que nos messages se sont croisés : le virement est parti, je vous "
            "transfère la confirmation de ma banque ci-dessous.\n\nBien cordialement,\nGérald Macé\n")
    raw = message_bytes(rh(addr("Gérald Macé", "gerald.mace@example.com"), "Tr: " + s, 1, "09:26",
                           "<e4b1f0c2-3a77-4d0e-9a51-8c2f7d6b1e90@example.com>", mid),
                        multi("mixed", [text(body), rfc822(inner)]))
    emit(HR, "mace_forward_confirmation_ca", raw, "fr",
         "client forwards his bank's transfer confirmation as message/rfc822",
         "Gérald Macé (particulier)", facts="already_paid=2026-11-30",
         notes="execution date in forwarded confirmation 30/11/2026; order placed 27/11; the mail itself is a person's reply")

    # H12 already paid PDF avis d'opération
    s, b, mid = reminder("F-2026-0309", "5 430,00", "08/11/2026")
    body = ("Bonjour,\n\nVeuillez trouver ci-joint l'avis d'exécution du virement du 26/11/2026 correspondant "
            "à votre facture F-2026-0309.\n\nSalutations distinguées,\n\nIsabelle Roux\nAssistante de direction\n"
            "Optique Roux & Fils\n")
    raw = message_bytes(rh(addr("Isabelle Roux", "direction@optique-roux.fr"), "RE: " + s, 1, "10:44",
                           "<000601dd63f2$1b7e2c10$527a8430$@optique-roux.fr>", mid,
                           extra=[("X-Mailer", "Microsoft Outlook 15.0")]),
                        multi("mixed", [alt(body, "<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>", cs="windows-1252"),
                                        attach("application/pdf", "Avis_execution_virement_26112026.pdf",
                                               pdf(["BANQUE POPULAIRE GRAND OUEST", "AVIS D'EXECUTION DE VIREMENT SEPA",
                                                    "Donneur d'ordre : OPTIQUE ROUX ET FILS", "Beneficiaire : MOREAU-VIDAL INTERIEURS",
                                                    "Montant : 5 430,00 EUR", "Date d'execution : 26/11/2026", "Reference : F-2026-0309"]))]),
                        )
    emit(HR, "optique_roux_avis_execution_pdf", raw, "fr", "already paid, bank execution notice attached as PDF, windows-1252",
         "Optique Roux & Fils (boutique)", facts="already_paid=2026-11-26", crlf=True)

    # H13 already paid claimed, no date, curt
    s, b, mid = reminder("F-2026-0288", "640,00", "20/10/2026")
    body = "C'est réglé depuis un moment normalement. Vérifiez de votre côté svp.\n\nJ. Carrière\n"
    raw = message_bytes(rh(addr("Jérôme Carrière", "jerome.carriere@example.org"), "Re: " + s, 30, "12:58",
                           "<CAPmQ7+u2zXoR0y1dLwB5eKf3vA8sNn6Jt9HqG@mail.example.org>", mid),
                        text(body + "\n" + quote(b, "Gaëlle Moreau-Vidal", "30 nov. 2026 09:33")))
    emit(HR, "carriere_regle_sans_date", raw, "fr", "curt 'c'est réglé', no date", "Jérôme Carrière (particulier)",
         facts="already_paid=claimed")

    # H14 request invoice
    s, b, mid = reminder("F-2026-0322", "1 150,00", "18/11/2026")
    body = ("Bonjour Gaëlle,\n\nJe suis désolé mais je ne retrouve pas la facture dans ma boîte (je crois qu'elle est "
            "partie dans les spams). Pouvez-vous me la renvoyer en PDF ? Je la passe dès réception.\n\nMerci,\nDamien\n\n"
            "--\nDamien Rocher\nCave Rocher - vins & spiritueux\n")
    raw = message_bytes(rh(addr("Damien Rocher", "damien@cave-rocher.fr"), "Re: " + s, 30, "11:07",
                           "<b7e9d40e-1f2a-49e3-b8c5-2d41a6f9c0aa@cave-rocher.fr>", mid),
                        text(body))
    emit(HR, "cave_rocher_renvoyer_facture", raw, "fr", "asks for the invoice again (lost in spam)",
         "Cave Rocher (caviste)", facts="request_invoice=yes")

    # H15 request RIB (company name)
    s, b, mid = reminder("F-2026-0327", "2 880,00", "24/11/2026")
    body = ("Bonjour,\n\nNotre service comptable ne peut pas créer votre fiche fournisseur sans un RIB au nom de "
            "la société. Pourriez-vous nous transmettre un RIB (format PDF) ?\n\nD'avance merci,\n\n"
            "Marion Keraudren\nOffice manager - Studio Keraudren Coiffure\n")
    raw = message_bytes(rh(addr("Marion Keraudren", "marion@studiokeraudren.fr"), "Re: " + s, 2, "09:50",
                           "<a01c6e88b3f247a8@studiokeraudren.fr>", mid),
                        text(body, cte="base64"))
    emit(HR, "keraudren_demande_rib", raw, "fr", "asks for a RIB for supplier file, base64 body",
         "Studio Keraudren (salon)", facts="request_rib=yes")

    # H16 hotel AP in English: PO number, resend invoice
    s, b, mid = reminder("F-2026-0294", "8,760.00", "2 November 2026", lang="en")
    body = ("Dear Supplier,\n\nWe are unable to locate invoice F-2026-0294 in our system. All invoices must quote a valid "
            "purchase order number (PO 4500-118-27 for the Nantes Quai Baco refurbishment) and be sent to "
            "invoices@ligeria-hotels.com.\n\nCould you please re-send the invoice with the PO reference so we can process it?\n\n"
            "Kind regards,\nPriya Raman\nAccounts Payable - Shared Service Centre\nLigéria Hotels & Resorts\n")
    raw = message_bytes(rh(addr("Priya Raman", "p.raman@ligeria-hotels.com"), "RE: " + s, 2, "13:15",
                           "<AM0PR03MB6290F1D0A8C4B2E19B7E30D4C8A77@AM0PR03MB6290.eurprd03.prod.outlook.com>", mid,
                           tz="+0000"),
                        text(body, cs="us-ascii", cte="7bit"))
    emit(HR, "ligeria_ap_resend_with_po", raw, "en", "AP clerk (a person) asks to resend invoice with PO number",
         "Ligéria Hotels & Resorts", facts="request_invoice=yes")

    # H17 "Noté."
    s, b, mid = reminder("F-2026-0331", "720,00", "26/11/2026")
    raw = message_bytes(rh(addr("Bernard Lucas", "b.lucas@example.com"), "Re: " + s, 1, "08:03",
                           "<8C1E7D0A-2B4F-4F61-A0E5-9D3C5B7E2F10@example.com>", mid),
                        text("Noté.\n\nEnvoyé de mon iPhone\n\n" + quote(b, "Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>", "30 nov. 2026 à 09:35")))
    emit(HR, "lucas_note", raw, "fr", "one word 'Noté.' + iPhone", "Bernard Lucas (particulier)")

    # H18 "ok merci"
    s, b, mid = reminder("F-2026-0334", "450,00", "27/11/2026")
    raw = message_bytes(rh(addr("", "cecile.pham@example.net"), "Re: " + s, 3, "19:21",
                           "<CAFx2pV+3eK8@mail.example.net>", mid),
                        text("ok merci\n"))
    emit(HR, "pham_ok_merci", raw, "fr", "'ok merci', no quote, no signature", "Cécile Pham (particulier)")

    # H19 forward to colleague with owner in Cc, "programmer pour vendredi"
    s, b, mid = reminder("F-2026-0320", "3 360,00", "16/11/2026")
    body = ("Bonjour Nadia,\n\nPeux-tu programmer le règlement de cette facture pour vendredi stp ? Le bon de réception "
            "est signé depuis début novembre, c'est un oubli de notre part.\nJe mets Mme Moreau-Vidal en copie pour info.\n\n"
            "Merci,\nFrançois\n\n-----Message d'origine-----\nDe : Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>\n"
            "Envoyé : lundi 30 novembre 2026 09:38\nÀ : François Delorme <f.delorme@groupe-delorme-immo.fr>\nObjet : " + s + "\n\n" + b)
    raw = message_bytes([("From", addr("François Delorme", "f.delorme@groupe-delorme-immo.fr")),
                         ("To", addr("Nadia Benali", "n.benali@groupe-delorme-immo.fr")),
                         ("Cc", OWNER_FULL), ("Subject", h("TR: " + s)), ("Date", date(1, "10:12")),
                         ("Message-ID", "<VI1PR08MB3021D7B9C2F04A5E6B1C9D30E4F12@VI1PR08MB3021.eurprd08.prod.outlook.com>"),
                         ("References", mid)],
                        text(body, cs="windows-1252"))
    emit(HR, "delorme_tr_collegue_cc_vendredi", raw, "fr",
         "client forwards reminder to a colleague (To), owner in Cc; asks to schedule payment Friday",
         "Groupe Delorme Immobilier", facts="promise_date=2026-12-04", crlf=True,
         notes="an instruction to pay on Friday, read as a promise; Tue 1 Dec -> Fri 4 Dec")

    # H20 reply from personal address
    s, b, mid = reminder("F-2026-0316", "1 980,00", "12/11/2026")
    body = ("Bonjour Gaëlle,\n\nJe vous réponds depuis ma boîte perso, je n'ai plus accès à celle du cabinet cette "
            "semaine (migration informatique...). Votre facture est validée, je fais le virement en fin de semaine.\n\n"
            "Bonne journée,\nAnne-Sophie Guérin\n")
    raw = message_bytes(rh(addr("Anne-Sophie G.", "annesophie.guerin@example.org"), "Facture F-2026-0316", 30, "13:40",
                           "<1764506400.182733.as@example.org>"),
                        text(body))
    emit(HR, "guerin_adresse_perso_fin_de_semaine", raw, "fr",
         "fresh mail from a personal address (not the reminded one), 'en fin de semaine'",
         "Cabinet Guérin (kiné, particulier)", facts="promise_date=2026-12-04",
         notes="no In-Reply-To; reminded address was the practice's; 'fin de semaine' said Mon 30 Nov -> Fri 4 Dec")

    # H21 informal tu, ce soir
    s, b, mid = reminder("F-2026-0330", "600,00", "25/11/2026")
    body = ("Salut Gaëlle !\n\nAïe désolé, j'ai complètement zappé avec le déménagement 🙈 Je te fais le virement ce soir, promis.\n"
            "Et encore merci pour les conseils déco, la chambre des petits est top.\n\nBises\nTom\n")
    raw = message_bytes(rh(addr("Thomas Aubert", "tom.aubert@example.com"), "Re: " + s, 1, "18:47",
                           "<CAGz1n0e7q6Yp3w@mail.example.com>", mid),
                        alt(body, "<div dir=\"auto\">" + body.replace("\n", "<br>") + "</div>"))
    emit(HR, "aubert_tu_ce_soir", raw, "fr", "informal 'tu', emoji, 'ce soir'", "Thomas Aubert (particulier)",
         facts="promise_date=2026-12-01")

    # H22 tu, already paid yesterday
    s, b, mid = reminder("F-2026-0317", "890,00", "13/11/2026")
    body = "coucou, je t'ai fait le virement hier soir normalement c'est bon ! dis-moi si tu le vois pas\nLéa\n"
    raw = message_bytes(rh(addr("Léa Marchal", "lea.marchal@example.net"), "Re: " + s, 3, "08:19",
                           "<D2E7B7AA-8E4C-4C1F-9B27-4F2C8A1D7E55@example.net>", mid),
                        text(body + "\nEnvoyé de mon iPhone\n"))
    emit(HR, "marchal_tu_vire_hier", raw, "fr", "informal, lowercase, 'je t'ai fait le virement hier soir'",
         "Léa Marchal (particulier)", facts="already_paid=2026-12-02")

    # H23 question, no facts
    s, b, mid = reminder("F-2026-0326", "1 320,00", "23/11/2026")
    body = ("Bonjour,\n\nAvant de la régler, une question : la ligne « Déplacement réception de travaux » correspond bien au "
            "rendez-vous du 12 novembre avec le menuisier, ou à une autre visite ? Je ne me souviens que d'une seule.\n\n"
            "Merci d'avance,\nOdile Barbier\n")
    raw = message_bytes(rh(addr("Odile Barbier", "odile.barbier@example.com"), "Re: " + s, 2, "17:33",
                           "<4f5a2b8e-6cd1-4b33-a9e0-91b77d2c6e12@example.com>", mid),
                        text(body + "\n" + quote(b, "Gaëlle Moreau-Vidal", "lundi 30 novembre 2026 09:41")))
    emit(HR, "barbier_question_deplacement", raw, "fr", "question about a line before paying (not a dispute)",
         "Odile Barbier (particulier)", notes="asks for clarification only; no dispute, no promise")

    # H24 complaint on reminder tone + 60 jours fin de mois -> 31 Dec
    s, b, mid = reminder("F-2026-0319", "6 840,00", "15/11/2026")
    body = ("Madame,\n\nJe me permets de vous faire remarquer que nos conditions de règlement, rappelées sur notre bon de "
            "commande, sont de 45 jours fin de mois. Votre facture datée du 16 octobre sera donc réglée le 31 décembre, "
            "comme toutes nos factures fournisseurs.\n\nJe vous remercie de bien vouloir cesser ces relances automatiques.\n\n"
            "Cordialement,\nHervé Lemaître\nDirecteur administratif et financier\nOcéane Développement\n")
    raw = message_bytes(rh(addr("Hervé Lemaître", "h.lemaitre@oceane-developpement.fr"), "RE: " + s, 30, "17:56",
                           "<PAXPR04MB8893C3AF01B2D7E51A9F0C6BD7E31@PAXPR04MB8893.eurprd04.prod.outlook.com>", mid),
                        alt(body, "<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>"))
    emit(HR, "oceane_dev_45_jours_fin_de_mois", raw, "fr", "irritated DAF, payment terms, pays on 31 Dec",
         "Océane Développement (promoteur)", facts="promise_date=2026-12-31", crlf=True,
         notes="complains about reminders; does not contest the invoice itself")

    # H25 English 'on the 10th'
    s, b, mid = reminder("F-2026-0311", "2,950.00", "9 November 2026", lang="en")
    body = "Hi Gaelle,\n\nApologies - we'll pay on the 10th when our December budget opens.\n\nCheers,\nMatt\n\n" + \
           quote(b, "Gaëlle Moreau-Vidal <gaelle@moreau-vidal-interieurs.fr>", "Mon, 30 Nov 2026 at 09:44", "en")
    raw = message_bytes(rh(addr("Matt Kowalski", "matt@northlightcoffee.co.uk"), "Re: " + s, 1, "09:02",
                           "<CAKp3Xe9QmR@mail.northlightcoffee.co.uk>", mid, tz="+0000"),
                        text(body))
    emit(HR, "northlight_en_on_the_10th", raw, "en", "English 'we'll pay on the 10th'",
         "Northlight Coffee (UK shop, Nantes branch)", facts="promise_date=2026-12-10")

    # H26 English dispute: missing as-built drawings
    s, b, mid = reminder("F-2026-0307", "4,200.00", "7 November 2026", lang="en")
    body = ("Gaëlle,\n\nWe will not release this payment until we receive the final as-built drawings and the FF&E schedule "
            "that were part of the scope. Our site manager says the lighting plan still shows the old layout.\n"
            "Please sort this out first.\n\nRegards,\nDaniel Osei\nProject Director - Osei & Partners Retail\n")
    raw = message_bytes(rh(addr("Daniel Osei", "daniel.osei@oseipartners.example"), "RE: " + s, 2, "16:20",
                           "<2026120215200.GA7712@oseipartners.example>", mid),
                        text(body))
    emit(HR, "osei_en_withhold_drawings", raw, "en", "English, withholds payment pending deliverables",
         "Osei & Partners Retail", facts="dispute=yes")

    # H27 English paid yesterday
    s, b, mid = reminder("F-2026-0302", "1,100.00", "1 November 2026", lang="en")
    body = "Hello,\n\nThis was paid yesterday by bank transfer, ref F-2026-0302. Please check and confirm.\n\nThanks\nEmma Lindqvist\n"
    raw = message_bytes(rh(addr("Emma Lindqvist", "emma.lindqvist@example.com"), "Re: " + s, 2, "10:10",
                           "<b9f1e3d2-0a6c-4e27-8f49-5a2d71c3e8b0@example.com>", mid),
                        text(body))
    emit(HR, "lindqvist_en_paid_yesterday", raw, "en", "English 'paid yesterday'", "Emma Lindqvist (private client)",
         facts="already_paid=2026-12-01")

    # H28 negation: ne conteste pas, no promise
    s, b, mid = reminder("F-2026-0328", "2 460,00", "24/11/2026")
    body = ("Bonjour,\n\nJe ne conteste pas le montant, je voulais juste que vous sachiez que la facture doit être "
            "validée par mon associé qui est en déplacement. Je reviens vers vous dès que j'ai son accord.\n\n"
            "Cordialement,\nKarim Haddad\nHaddad Optique & Lunetterie\n")
    raw = message_bytes(rh(addr("Karim Haddad", "k.haddad@haddad-optique.fr"), "Re: " + s, 1, "16:48",
                           "<20261201154801.3e91@haddad-optique.fr>", mid),
                        text(body))
    emit(HR, "haddad_ne_conteste_pas_validation", raw, "fr", "negation 'je ne conteste pas', waiting approval, no date",
         "Haddad Optique (boutique)", notes="no dispute, no promise date")

    # H29 never received -> request invoice
    s, b, mid = reminder("F-2026-0335", "1 740,00", "28/11/2026")
    body = ("Bonjour,\n\nNous n'avons jamais reçu cette facture. Pouvez-vous l'envoyer à compta@lepetitbistrotnantais.fr "
            "(et pas à mon adresse) ?\n\nMerci\nRomain\n")
    raw = message_bytes(rh(addr("Romain Lefèvre", "romain@lepetitbistrotnantais.fr"), "Re: " + s, 3, "11:25",
                           "<0c6e9a3b7d1f42e8@lepetitbistrotnantais.fr>", mid),
                        text(body))
    emit(HR, "petit_bistrot_jamais_recu", raw, "fr", "'jamais reçu cette facture', asks to send it to accounts",
         "Le Petit Bistrot Nantais", facts="request_invoice=yes")

    # H30 windows-1252 8bit Outlook, chèque demain
    s, b, mid = reminder("F-2026-0321", "1 380,00", "17/11/2026")
    body = ("Bonjour Madame Moreau-Vidal,\n\nLe règlement partira par chèque demain, je le dépose à la Poste en allant "
            "à la boutique. Désolée pour ce retard, période très chargée avant les fêtes…\n\nBien cordialement\n"
            "Monique Gaillard\nBoutique Gaillard Prêt-à-porter\n")
    raw = message_bytes(rh(addr("Monique Gaillard", "boutique.gaillard@example.fr".replace("example.fr", "example.com")),
                           "RE: " + s, 2, "18:05", "<000001dd64b7$c2a91e30$47fb5a90$@example.com>", mid,
                           extra=[("X-Mailer", "Microsoft Office Outlook 12.0")]),
                        text(body, cs="windows-1252", cte="8bit"))
    emit(HR, "gaillard_cheque_demain_cp1252", raw, "fr", "windows-1252 8bit, Outlook 2007, 'chèque demain'",
         "Boutique Gaillard", facts="promise_date=2026-12-03", crlf=True,
         notes="a cheque to be posted tomorrow (Thu 3 Dec); promise date is the sending date")

    # H31 vague, no date
    s, b, mid = reminder("F-2026-0315", "2 020,00", "12/11/2026")
    raw = message_bytes(rh(addr("Julien Prigent", "j.prigent@prigent-menuiserie.fr"), "Re: " + s, 30, "14:27",
                           "<f2a8c91e0b3d@prigent-menuiserie.fr>", mid),
                        text("Bonjour,\nJe vais faire le nécessaire.\nCdt\nJ. Prigent\n"))
    emit(HR, "prigent_faire_le_necessaire", raw, "fr", "vague 'je vais faire le nécessaire', no date",
         "Prigent Menuiserie (showroom)")

    # H32 acompte paid, solde at delivery (no facts)
    s, b, mid = reminder("F-2026-0332", "4 100,00", "26/11/2026")
    body = ("Bonjour Gaëlle,\n\nL'acompte de 30 % a bien été réglé le 20 octobre. Pour le solde (cette facture), "
            "comme convenu lors du rendez-vous, nous le verserons à la livraison du mobilier sur mesure, qui a encore "
            "glissé chez l'ébéniste. Je vous tiens au courant.\n\nBien à vous,\nCaroline et Stéphane Morvan\n")
    raw = message_bytes(rh(addr("Caroline Morvan", "caroline.morvan@example.org"), "Re: " + s, 2, "21:10",
                           "<CAJm9tW0L2vF@mail.example.org>", mid),
                        text(body + "\n" + quote(b, "Gaëlle Moreau-Vidal", "30/11/2026 09:47")))
    emit(HR, "morvan_acompte_regle_solde_livraison", raw, "fr",
         "mentions the deposit was paid; the reminded balance will be paid on delivery (no date)",
         "Morvan (particuliers)", notes="'acompte réglé le 20 octobre' is NOT a claim that the reminded invoice is paid; no promise date")

    # H33 mailing-list post by a person
    body = ("Bonjour à toutes et tous,\n\nPetite question pour les indépendantes du réseau : vous passez par quoi pour vos "
            "relances de factures ? Je perds un temps fou avec deux promoteurs qui paient à 90 jours.\n"
            "Et quelqu'un a-t-il un bon contact d'ébéniste sur Saint-Nazaire ?\n\nMerci !\nLaëtitia Roussel\n"
            "Architecte d'intérieur CFAI - Saint-Nazaire\n\n_______________________________________________\n"
            "Liste archi-interieur-pdl\nPour se désabonner : https://listes.archi-interieur-pdl.example/sympa/signoff/archi-interieur-pdl\n")
    raw = message_bytes([("From", addr("Laëtitia Roussel", "laetitia@roussel-archi.example")),
                         ("To", "archi-interieur-pdl@listes.archi-interieur-pdl.example"),
                         ("Subject", h("[archi-interieur-pdl] Relances factures + ébéniste Saint-Nazaire ?")),
                         ("Date", date(3, "13:02")), ("Message-ID", "<7c2e9d01-b4aa-4f8e-a0d2-6e1c53f7b9a4@roussel-archi.example>"),
                         ("List-Id", "<archi-interieur-pdl.listes.archi-interieur-pdl.example>"),
                         ("List-Unsubscribe", "<mailto:sympa@listes.archi-interieur-pdl.example?subject=unsubscribe%20archi-interieur-pdl>"),
                         ("Precedence", "list"), ("Sender", "archi-interieur-pdl-request@listes.archi-interieur-pdl.example")],
                        text(body))
    emit(HR, "liste_archi_pdl_post", raw, "fr", "mailing-list post written by a peer (Sympa footer)",
         "archi-interieur-pdl mailing list", notes="a person's post on a list; talks about reminders but is not about the owner's invoice")

    # H34 developer 'règlement prévu le 18/12', long signature
    s, b, mid = reminder("F-2026-0299", "9 600,00", "31/10/2026")
    body = ("Madame,\n\nVotre facture a été rapprochée du marché n° 2026-KI-014. Le règlement est prévu le 18/12 "
            "par virement (échéancier du programme « Le Clos des Tanneurs »).\n\nRestant à votre disposition,\n\n"
            "--\nGwenaëlle Kerhoas\nResponsable administrative\nKERHOAS IMMOBILIER\n"
            "8 quai de Versailles - 44000 Nantes\nT. 02 51 72 40 18 | www.kerhoas-immobilier.example\n\n"
            "AVERTISSEMENT : ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
            "destinataires. Kerhoas Immobilier ne sollicite jamais de modification de coordonnées bancaires par courriel : "
            "en cas de doute, appelez votre interlocuteur habituel. Les données vous concernant sont traitées conformément "
            "à notre politique de confidentialité disponible sur notre site.\n")
    raw = message_bytes(rh(addr("Gwenaëlle Kerhoas", "g.kerhoas@kerhoas-immobilier.example"), "RE: " + s, 3, "09:36",
                           "<VE1PR09MB4512AD7E0BF21C93E6D4A0F8BE5C2@VE1PR09MB4512.eurprd09.prod.outlook.com>", mid),
                        text(body + "\n" + quote(b, "Gaëlle Moreau-Vidal", "30/11/2026 09:50")))
    emit(HR, "kerhoas_reglement_18_12", raw, "fr", "developer, numeric date '18/12', anti-fraud disclaimer",
         "Kerhoas Immobilier", facts="promise_date=2026-12-18")

    # H35 split invoice between two SCI -> reissue
    s, b, mid = reminder("F-2026-0304", "3 000,00", "04/11/2026")
    body = ("Bonjour Gaëlle,\n\nNotre expert-comptable nous demande de scinder la facture en deux : 50 % au nom de la "
            "SCI Les Tilleuls et 50 % au nom de la SCI Belle-Île, les deux lots étant portés séparément. "
            "Peux-tu nous refaire deux factures ? On paie dès réception, c'est prêt.\n\nMerci et désolé pour le "
            "contretemps,\nVincent Le Bihan\n")
    raw = message_bytes(rh(addr("Vincent Le Bihan", "vincent.lebihan@example.com"), "Re: " + s, 1, "12:15",
                           "<CAHz7mNq4@mail.example.com>", mid),
                        text(body))
    emit(HR, "le_bihan_scinder_deux_sci", raw, "fr", "asks to reissue the invoice split in two (tutoiement)",
         "SCI Les Tilleuls / Belle-Île", facts="request_invoice=yes",
         notes="asks for new invoices (reissue); pays on receipt, no date")

    # H36 English, next week when back from London
    s, b, mid = reminder("F-2026-0323", "1,640.00", "20 November 2026", lang="en")
    body = ("Hi Gaëlle,\n\nSo sorry - I'm in London until Friday and my French bank app keeps logging me out. "
            "I'll transfer it next week as soon as I'm back in Nantes.\n\nAll the best,\nRebecca\n\nSent from my Galaxy")
    raw = message_bytes(rh(addr("Rebecca Hughes", "rebecca.hughes@example.co.uk".replace(".co.uk", ".com")), "Re: " + s, 2, "22:41",
                           "<j4k2-1a8f-ssh2@email.android.com>", mid, tz="+0000"),
                        alt(body, "<div dir='auto'>" + body.replace("\n", "<br>") + "</div>"))
    emit(HR, "hughes_en_next_week", raw, "en", "English, 'next week', Sent from my Galaxy", "Rebecca Hughes (private client)",
         facts="promise_date=week_of_2026-12-07")

    # H37 numeric 'Virement programmé au 07/12.'
    s, b, mid = reminder("F-2026-0324", "860,00", "21/11/2026")
    raw = message_bytes(rh(addr("Compta Librairie Vent d'Ouest", "compta@librairie-ventdouest.fr"), "Re: " + s, 3, "15:00",
                           "<5f3e2d1c@librairie-ventdouest.fr>", mid),
                        text("Bonjour,\nVirement programmé au 07/12.\nCdlt\nLa comptabilité\n"))
    emit(HR, "vent_douest_programme_07_12", raw, "fr", "terse, numeric date", "Librairie Vent d'Ouest",
         facts="promise_date=2026-12-07")

    # H38 paid by card via link this morning
    s, b, mid = reminder("F-2026-0337", "350,00", "29/11/2026")
    raw = message_bytes(rh(addr("Nathalie Vasseur", "nathalie.vasseur@example.net"), "Re: " + s, 2, "11:52",
                           "<a7c3e1f9-0d2b-4c5a-8e6f-1b9d0c3a2e71@example.net>", mid),
                        text("Bonjour,\nC'est fait, j'ai payé par carte avec le lien de paiement ce matin.\nBonne journée\nN. Vasseur\n"))
    emit(HR, "vasseur_paye_cb_ce_matin", raw, "fr", "paid by card via payment link 'ce matin'",
         "Nathalie Vasseur (particulier)", facts="already_paid=2026-12-02")

    # H39 AP person, scheduled for 14 December
    s, b, mid = reminder("F-2026-0306", "5,880.00", "6 November 2026", lang="en")
    body = ("Dear Ms Moreau-Vidal,\n\nI can confirm that your invoice F-2026-0306 has been approved and is scheduled "
            "for payment on 14 December 2026.\n\nKind regards,\nLucas Fernandes\nAccounts Payable Specialist\n"
            "Ligéria Hotels & Resorts | Shared Service Centre Lisbon\n")
    raw = message_bytes(rh(addr("Lucas Fernandes", "l.fernandes@ligeria-hotels.com"), "RE: " + s, 4, "10:33",
                           "<AS8PR10MB6034B1A2E0F9C7D4A2E83F9AD5C10@AS8PR10MB6034.EURPRD10.PROD.OUTLOOK.COM>", mid, tz="+0000"),
                        text(body))
    emit(HR, "ligeria_scheduled_14_december", raw, "en", "AP specialist, full written date",
         "Ligéria Hotels & Resorts", facts="promise_date=2026-12-14")

    # H40 broken charset: latin-1 bytes, no charset declared
    s, b, mid = reminder("F-2026-0313", "1 250,00", "11/11/2026")
    body = ("Bonjour,\n\nOn vous règle ça mardi, le temps que l'expert-comptable valide les écritures de novembre.\n\n"
            "Cordialement\nPatrice Lebreton\nBoulangerie Lebreton\n").encode("latin-1")
    hd = rh(addr("Patrice Lebreton", "patrice@boulangerie-lebreton.fr"), "Re: " + s, 3, "06:12",
            "<20261203051203.GB2204@boulangerie-lebreton.fr>", mid)
    raw = hdr_bytes(hd) + b"MIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n" + body
    emit(HR, "lebreton_mardi_latin1_sans_charset", raw, "fr",
         "broken MIME: latin-1 8-bit bytes with no charset parameter, 'mardi'",
         "Boulangerie Lebreton", facts="promise_date=2026-12-08", notes="Thu 3 Dec -> next Tuesday 2026-12-08")

    # H41 Outlook HTML-only, relance la compta, no facts
    s, b, mid = reminder("F-2026-0310", "3 720,00", "09/11/2026")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt\">Bonjour Mme Moreau-Vidal,<br><br>"
            "Je relance notre service comptable ce jour, je reviens vers vous rapidement.<br><br>Bonne journée,<br>"
            "Arnaud Petit<br>Responsable travaux - Groupe Ô Tablées (4 restaurants)</div><hr style=\"display:inline-block;width:98%\">"
            "<div id=\"divRplyFwdMsg\"><b>De :</b> Gaëlle Moreau-Vidal<br><b>Envoyé :</b> lundi 30 novembre 2026 09:52<br><b>Objet :</b> " + s +
            "</div><div>" + b.replace("\n", "<br>") + "</div></body></html>")
    raw = message_bytes(rh(addr("Arnaud Petit", "a.petit@otablees.fr"), "RE: " + s, 30, "10:20",
                           "<PR1PR05MB5403E2C7A1B9F0D6E84C2A13F7B90@PR1PR05MB5403.eurprd05.prod.outlook.com>", mid),
                        text(html, "html", "iso-8859-1", "quoted-printable"))
    emit(HR, "otablees_relance_compta_html", raw, "fr", "Outlook HTML-only, iso-8859-1, 'je relance notre service comptable'",
         "Groupe Ô Tablées (restaurants)", crlf=True)

    # H42 cheque posted Monday -> already paid
    s, b, mid = reminder("F-2026-0303", "780,00", "03/11/2026")
    raw = message_bytes(rh(addr("Yvette Chauvin", "yvette.chauvin@example.org"), "Re: " + s, 2, "15:45",
                           "<000a01dd64cc$aa10$@example.org>", mid),
                        text("Madame,\n\nJ'ai posté le chèque lundi, vous devriez le recevoir d'ici demain ou après-demain.\n\n"
                             "Salutations,\nY. Chauvin\n", cs="iso-8859-1"))
    emit(HR, "chauvin_cheque_poste_lundi", raw, "fr", "cheque posted Monday (claims payment sent)",
         "Yvette Chauvin (particulier)", facts="already_paid=2026-11-30")

    # H43 request invoice + RIB in footer
    s, b, mid = reminder("F-2026-0298", "2 340,00", "30/10/2026")
    body = ("Bonjour,\n\nNotre logiciel de dématérialisation rejette votre facture car le RIB n'y figure pas et le "
            "numéro de TVA intracommunautaire est incomplet. Merci de nous renvoyer la facture corrigée accompagnée "
            "de votre RIB.\n\nCordialement,\nService Comptabilité\nHôtel Le Cours Cambronne ***\n")
    raw = message_bytes(rh(addr("Compta Hôtel Le Cours Cambronne", "comptabilite@hotel-courscambronne.fr"), "Re: " + s, 1, "15:27",
                           "<20261201142731.8a3f@hotel-courscambronne.fr>", mid),
                        text(body))
    emit(HR, "cours_cambronne_facture_et_rib", raw, "fr", "asks corrected invoice + RIB (dematerialisation tool)",
         "Hôtel Le Cours Cambronne", facts="request_invoice=yes;request_rib=yes")

    # H44 disagree with travel fees
    s, b, mid = reminder("F-2026-0308", "1 590,00", "08/11/2026")
    body = ("Bonjour,\nje ne suis pas d'accord avec la ligne frais de déplacement (240 €) : vous êtes à 10 minutes du "
            "chantier et ce n'était pas dans le devis. Je règle le reste si vous retirez cette ligne.\nC. Dumas\n")
    raw = message_bytes(rh(addr("Christophe Dumas", "c.dumas@example.com"), "Re: " + s, 4, "08:40",
                           "<CAN4xR2v@mail.example.com>", mid),
                        text(body))
    emit(HR, "dumas_desaccord_frais_deplacement", raw, "fr", "contests one line, offers to pay the rest",
         "Christophe Dumas (particulier)", facts="dispute=yes")

    # H45 doesn't have RIB
    s, b, mid = reminder("F-2026-0338", "420,00", "30/11/2026")
    raw = message_bytes(rh(addr("Sylvie Hamon", "sylvie.hamon@example.net"), "Re: " + s, 4, "12:03",
                           "<2bb1f4a8-hamon@example.net>", mid),
                        text("Bonjour,\nje n'ai pas votre RIB, sur la facture il n'y a que l'adresse. Vous pouvez me l'envoyer ?\n"
                             "Merci\nSylvie\n\nEnvoyé depuis mon mobile Orange\n"))
    emit(HR, "hamon_pas_de_rib", raw, "fr", "'je n'ai pas votre RIB', sent from mobile", "Sylvie Hamon (particulier)",
         facts="request_rib=yes")

    # H46 Belgian 'endéans les 8 jours'
    s, b, mid = reminder("F-2026-0300", "2 075,00", "31/10/2026")
    body = ("Chère Madame,\n\nNous avons bien reçu votre rappel. Le paiement sera effectué endéans les huit jours.\n\n"
            "Avec nos salutations distinguées,\n\nPhilippe Dewaele\nAdministrateur délégué\nDewaele Traiteur SRL\n"
            "Chaussée de Waterloo 1020, 1180 Uccle - BE 0466.201.318\n")
    raw = message_bytes(rh(addr("Philippe Dewaele", "p.dewaele@dewaele-traiteur.be"), "RE: " + s, 1, "14:55",
                           "<AM9PR02MB7188F3E20C1BD9A6E5D2C7148F0A3@AM9PR02MB7188.eurprd02.prod.outlook.com>", mid),
                        text(body, cs="windows-1252"))
    emit(HR, "dewaele_be_endeans_huit_jours", raw, "fr", "Belgian 'endéans les huit jours'", "Dewaele Traiteur (BE)",
         facts="promise_date=2026-12-09", crlf=True,
         notes="'within eight days' from Tue 1 Dec resolved to 2026-12-09 (a deadline, not an exact day)")

    # H47 new project request (fresh mail, no facts)
    body = ("Bonjour Madame Moreau-Vidal,\n\nVous avez réaménagé la boutique de mon amie Hélène (Fleurs & Feuillages). "
            "Je reprends une mercerie rue Crébillon et j'aimerais votre avis sur l'agencement et l'éclairage. "
            "Seriez-vous disponible pour passer la semaine prochaine pour un premier rendez-vous et un devis ?\n\n"
            "Bien cordialement,\nAgathe Lemoine\n06 xx xx xx xx\n")
    raw = message_bytes(rh(addr("Agathe Lemoine", "agathe.lemoine@example.com"), "Demande de devis - mercerie rue Crébillon", 4, "17:18",
                           "<CAE3pUa+RzA@mail.example.com>"),
                        alt(body, "<div>" + body.replace("\n", "<br>") + "</div>"))
    emit(HR, "lemoine_demande_devis_mercerie", raw, "fr", "prospect asks for a quote (fresh mail, not a reply)",
         "Agathe Lemoine (prospect)", notes="'la semaine prochaine' is about a meeting, not a payment")

    # H48 client instructs accountant, owner in Cc, 'avant le 10'
    s, b, mid = reminder("F-2026-0295", "1 920,00", "30/10/2026")
    body = ("Bonjour Maître Garnier / Bonjour Sabrina,\n\nMerci de régler cette facture de Mme Moreau-Vidal avant le 10 "
            "décembre, elle concerne l'aménagement du cabinet (salle d'attente).\n\nBien à vous,\nMe Édouard Fabre\n"
            "Avocat au Barreau de Nantes\n\n---------- Forwarded message ---------\nDe : Gaëlle Moreau-Vidal "
            "<gaelle@moreau-vidal-interieurs.fr>\nDate: lun. 30 nov. 2026 à 09:55\nSubject: " + s + "\nTo: <e.fabre@fabre-avocat.example>\n\n" + b)
    raw = message_bytes([("From", addr("Édouard Fabre", "e.fabre@fabre-avocat.example")),
                         ("To", addr("Sabrina Garnier", "sabrina@cabinet-garnier-compta.example")),
                         ("Cc", OWNER_FULL), ("Subject", h("Fwd: " + s)), ("Date", date(30, "19:05")),
                         ("Message-ID", "<CAM8fB+e0Tq@mail.fabre-avocat.example>"), ("In-Reply-To", mid), ("References", mid)],
                        text(body))
    emit(HR, "fabre_fwd_comptable_avant_le_10", raw, "fr", "Gmail-style forward to accountant, owner Cc, 'avant le 10 décembre'",
         "Cabinet Fabre (avocat)", facts="promise_date=2026-12-10",
         notes="instruction to pay before 10 Dec; treated as promise date 2026-12-10 (a deadline)")



# =====================================================================================
# PAYMENT NOTIFICATIONS
# =====================================================================================
def html_wrap(inner, brand="#1d1d1b", font="Arial,Helvetica,sans-serif"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            "</head><body style=\"margin:0;padding:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table role=\"presentation\" width=\"600\" "
            f"style=\"background:#ffffff;font-family:{font};color:{brand}\"><tr><td style=\"padding:32px\">"
            + inner + "</td></tr></table></td></tr></table></body></html>")


def tbl(rows):
    return ("<table cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;font-size:14px\">"
            + "".join(f"<tr><td style=\"color:#6b6b6b;border-bottom:1px solid #eee\">{k}</td>"
                      f"<td align=\"right\" style=\"border-bottom:1px solid #eee\"><b>{v}</b></td></tr>" for k, v in rows)
            + "</table>")


def payments():
    PN = "payment_notification"

    def send(name, frm, subj, day, hm, mid, entity, lang, pattern, provider, m, notes="", extra=None, crlf=False, to=None):
        hd = [("From", frm), ("To", to or OWNER_ADDR), ("Subject", h(subj)), ("Date", date(day, hm)), ("Message-ID", mid)]
        if extra:
            hd.extend(extra)
        emit(PN, name, message_bytes(hd, entity), lang, pattern, provider, provider=provider, money=m, notes=notes, crlf=crlf)

    # P1 Qonto in (HTML table)
    plain = ("Bonjour Gaëlle,\n\nVous avez reçu un virement de 2 640,00 € sur le compte Moreau-Vidal Intérieurs.\n\n"
             "Émetteur : FONTENELLE CLAIRE\nRéférence : F-2026-0318\nDate : 04/12/2026\n\n"
             "Voir la transaction : https://app.qonto.com/transactions\n\nL'équipe Qonto\n\n"
             "Qonto - Olinda SAS, établissement de paiement agréé par l'ACPR (CIB 16958), 18 rue de Navarin, 75009 Paris.\n"
             "Ceci est un e-mail automatique, merci de ne pas y répondre.\n")
    html = html_wrap("<p style=\"font-size:22px\"><b>+2 640,00 €</b></p><p>Bonjour Gaëlle,<br>Vous avez reçu un virement sur le compte "
                     "<b>Moreau-Vidal Intérieurs</b>.</p>" + tbl([("Émetteur", "FONTENELLE CLAIRE"), ("Référence", "F-2026-0318"),
                                                                  ("Date", "04/12/2026")]) +
                     "<p style=\"font-size:11px;color:#999\">Qonto - Olinda SAS, établissement de paiement agréé par l'ACPR. "
                     "Ceci est un e-mail automatique, merci de ne pas y répondre.</p>")
    send("qonto_virement_recu_fontenelle", "Qonto <no-reply@qonto.com>", "Vous avez reçu un virement de 2 640,00 €", 4, "10:02",
         "<0100018f3a2b.qonto.in.88231@email.qonto.com>", alt(plain, html), "fr", "money in, HTML table, amount in subject",
         "Qonto", money("in", "2640.00", payer="FONTENELLE CLAIRE", reference="F-2026-0318", value_date="2026-12-04", counts="yes"))

    # P2 Qonto out
    plain = ("Bonjour Gaëlle,\n\nVotre virement de 1 245,60 € vers ATELIER KERLAN EBENISTERIE a bien été exécuté.\n\n"
             "Libellé : Acompte banquettes Comptoir des Halles\nDate d'exécution : 01/12/2026\n\n"
             "Si vous n'êtes pas à l'origine de cette opération, contactez-nous immédiatement depuis l'application.\n\n"
             "L'équipe Qonto\nCeci est un e-mail automatique, merci de ne pas y répondre.\n")
    send("qonto_virement_sortant_kerlan", "Qonto <no-reply@qonto.com>", "Votre virement a été exécuté", 1, "09:15",
         "<0100018f3a2c.qonto.out.12093@email.qonto.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")),
         "fr", "outgoing transfer executed", "Qonto",
         money("out", "1245.60", reference="Acompte banquettes Comptoir des Halles", value_date="2026-12-01"))

    # P3 Qonto refund received from a supplier
    plain = ("Bonjour Gaëlle,\n\nBonne nouvelle : vous avez reçu un remboursement de 89,90 € de la part de "
             "LEROY MERLIN NANTES.\n\nRéférence : REMB CDE 5512093 RETOUR\nDate : 02/12/2026\n\nL'équipe Qonto\n"
             "Ceci est un e-mail automatique, merci de ne pas y répondre.\n")
    send("qonto_remboursement_fournisseur", "Qonto <no-reply@qonto.com>", "Remboursement reçu : 89,90 €", 2, "14:41",
         "<0100018f3a2d.qonto.rf.55120@email.qonto.com>", text(plain), "fr", "refund from a supplier (card return)", "Qonto",
         money("refund", "89.90", reference="REMB CDE 5512093 RETOUR", value_date="2026-12-02"),
         notes="a shop refunds the owner's purchase; not a client payment")

    # P4 Shine in
    plain = ("Nouveau virement reçu 💸\n\nBonjour Gaëlle,\n\nUn virement de 1 860,00 € vient d'arriver sur votre compte Shine.\n\n"
             "De : SCI JAOUEN FRERES\nMotif : F-2026-0297 SOLDE\nReçu le : 30 novembre 2026\n\n"
             "À bientôt,\nL'équipe Shine\n\nShine SAS - établissement de paiement agréé par l'ACPR - 5 rue Charlot 75003 Paris.\n"
             "Vous recevez cet e-mail car vous avez activé les notifications de virement dans votre application Shine.\n")
    send("shine_nouveau_virement_recu", "Shine <notification@shine.fr>", "Nouveau virement reçu : +1 860,00 €", 30, "16:22",
         "<20261130152211.shine.vir.4417@shine.fr>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#2a2a6a")),
         "fr", "money in, emoji, '+1 860,00 €' in subject", "Shine",
         money("in", "1860.00", payer="SCI JAOUEN FRERES", reference="F-2026-0297 SOLDE", value_date="2026-11-30", counts="yes"))

    # P5 Shine direct debit URSSAF
    plain = ("Bonjour Gaëlle,\n\nUn prélèvement de 1 284,00 € a été débité de votre compte Shine.\n\n"
             "Créancier : URSSAF PAYS DE LA LOIRE\nRéférence : COTISATIONS TI NOV 2026\nDate : 02/12/2026\n\n"
             "Pensez à garder un solde suffisant pour vos prochaines échéances.\n\nL'équipe Shine\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\n")
    send("shine_prelevement_urssaf", "Shine <notification@shine.fr>", "Prélèvement URSSAF débité", 2, "07:05",
         "<20261202060511.shine.sdd.8812@shine.fr>", text(plain), "fr", "direct debit taken (URSSAF)", "Shine",
         money("out", "1284.00", reference="COTISATIONS TI NOV 2026", value_date="2026-12-02"))

    # P6 Shine outgoing transfer returned
    plain = ("Bonjour Gaëlle,\n\nLe virement de 560,00 € que vous avez émis le 27/11/2026 vers CERAMIQUES DE L'ERDRE "
             "nous a été retourné par la banque du bénéficiaire.\nMotif du retour : AC04 - compte clôturé.\n\n"
             "Le montant a été recrédité sur votre compte. Vérifiez l'IBAN du bénéficiaire avant de renouveler l'opération.\n\n"
             "L'équipe Shine\nCeci est un message automatique, merci de ne pas y répondre.\n")
    send("shine_virement_retourne", "Shine <notification@shine.fr>", "Votre virement a été retourné", 1, "11:48",
         "<20261201104811.shine.ret.0931@shine.fr>", text(plain), "fr", "outgoing transfer returned (AC04), amount recredited",
         "Shine", money("failed", "560.00", reference="CERAMIQUES DE L'ERDRE", value_date="2026-12-01"),
         notes="money comes back to the owner but it is her own returned transfer, not a client payment")

    # P7 BNP in alert
    plain = ("BNP PARIBAS - Mes alertes\n\nBonjour,\n\nNous vous informons qu'une opération créditrice a été enregistrée "
             "sur votre compte professionnel n° ****7302 :\n\nLe 01/12/2026 : VIR SEPA RECU /DE OPTIQUE ROUX ET FILS "
             "/MOTIF F-2026-0309 /REF 2611260093\nMontant : + 5 430,00 EUR\n\nPour consulter vos comptes, connectez-vous à "
             "votre Espace Client sur mabanquepro.bnpparibas.\n\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n"
             "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris.\n")
    send("bnp_alerte_operation_creditrice", "BNP Paribas <alertes@bnpparibas.com>", "Alerte : opération créditrice sur votre compte", 1, "06:30",
         "<ALR.20261201.063000.7302.11@bnpparibas.com>", text(plain, cs="iso-8859-1"), "fr",
         "bank alert, statement-style label 'VIR SEPA RECU /DE ... /MOTIF'", "BNP Paribas",
         money("in", "5430.00", payer="OPTIQUE ROUX ET FILS", reference="F-2026-0309", value_date="2026-12-01", counts="yes"))

    # P8 BNP statement available
    plain = ("Bonjour,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client, "
             "rubrique « Mes documents ».\n\nPour des raisons de sécurité, nous ne joignons jamais vos relevés à nos e-mails.\n\n"
             "BNP Paribas\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n")
    send("bnp_releve_disponible", "BNP Paribas <noreply@bnpparibas.com>", "Votre relevé de compte est disponible", 2, "05:10",
         "<DOC.20261202.051000.7302@bnpparibas.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#00915a")),
         "fr", "statement available", "BNP Paribas", money("statement", "", counts="no"))

    # P9 Crédit Agricole balance alert
    plain = ("Crédit Agricole Atlantique Vendée\n\nAlerte solde\n\nMadame MOREAU-VIDAL GAELLE,\n\nLe solde de votre compte "
             "Compte Courant Professionnel n° *****41287 est de 3 412,57 EUR au 01/12/2026.\n\n"
             "Vous avez souscrit au service d'alertes SMS et e-mail. Pour modifier vos alertes, rendez-vous sur votre espace "
             "Crédit Agricole en ligne.\n\nMessage automatique - merci de ne pas répondre.\n")
    send("ca_alerte_solde", "Credit Agricole <alerte@credit-agricole.fr>", "Alerte solde de votre compte", 1, "08:00",
         "<20261201070000.ALERTE.SOLDE.41287@credit-agricole.fr>", text(plain, cs="iso-8859-1", cte="8bit"), "fr",
         "balance alert", "Crédit Agricole", money("statement", "", counts="no"), notes="balance 3 412,57 EUR, no movement")

    # P10 Crédit Agricole credit operation
    plain = ("Crédit Agricole Atlantique Vendée\n\nAlerte opération\n\nMadame MOREAU-VIDAL GAELLE,\n\nUne opération de "
             "+ 3 360,00 EUR a été enregistrée le 04/12/2026 sur votre compte n° *****41287 :\n"
             "VIREMENT EN VOTRE FAVEUR GROUPE DELORME IMMOBILIER F-2026-0320\n\nMessage automatique - merci de ne pas répondre.\n")
    send("ca_alerte_operation_credit", "Credit Agricole <alerte@credit-agricole.fr>", "Alerte operation sur votre compte", 4, "07:30",
         "<20261204063000.ALERTE.OPE.41287@credit-agricole.fr>", text(plain, cs="iso-8859-1", cte="8bit"), "fr",
         "bank alert, 'VIREMENT EN VOTRE FAVEUR' label", "Crédit Agricole",
         money("in", "3360.00", payer="GROUPE DELORME IMMOBILIER", reference="F-2026-0320", value_date="2026-12-04", counts="yes"))

    # P11 Société Générale in
    plain = ("SOCIETE GENERALE - Alerte Pro\n\nBonjour,\n\nVous avez reçu un virement sur votre compte ****0916.\n\n"
             "Montant : 1 150,00 EUR\nÉmetteur : CAVE ROCHER\nLibellé : FACTURE F-2026-0322\nDate de valeur : 02/12/2026\n\n"
             "Retrouvez le détail de vos opérations sur l'application Société Générale Pro.\n\n"
             "Ceci est un message automatique. Merci de ne pas y répondre.\nSociété Générale, S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris\n")
    send("sg_alerte_virement_recu", "Societe Generale <alertes@societegenerale.fr>", "Alerte : virement reçu", 2, "09:12",
         "<SG.ALRT.20261202.0916.7781@societegenerale.fr>", text(plain), "fr", "virement reçu, date de valeur", "Société Générale",
         money("in", "1150.00", payer="CAVE ROCHER", reference="FACTURE F-2026-0322", value_date="2026-12-02", counts="yes"))

    # P12 Société Générale card payment
    plain = ("SOCIETE GENERALE - Alerte Pro\n\nBonjour,\n\nUn paiement par carte de 612,00 EUR a été effectué le 30/11/2026 "
             "avec votre carte n° ****4408 chez CASTORAMA NANTES ST HERBLAIN.\n\nSi vous ne reconnaissez pas cette opération, "
             "faites opposition au 09 69 39 77 77.\n\nCeci est un message automatique. Merci de ne pas y répondre.\n")
    send("sg_alerte_paiement_carte", "Societe Generale <alertes@societegenerale.fr>", "Alerte : paiement par carte", 30, "18:44",
         "<SG.ALRT.20261130.4408.2210@societegenerale.fr>", text(plain), "fr", "card payment alert", "Société Générale",
         money("out", "612.00", reference="CASTORAMA NANTES ST HERBLAIN", value_date="2026-11-30"))

    # P13 LCL direct debit rejected
    plain = ("LCL - Le Crédit Lyonnais\n\nMadame,\n\nNous vous informons que le prélèvement SEPA suivant n'a pas pu être "
             "honoré, faute de provision suffisante sur votre compte n° 0**** 0000561 K :\n\n"
             "Créancier : HISCOX FRANCE\nRéférence du mandat : HX-RCP-2024-118903\nMontant : 96,40 EUR\nDate de présentation : 01/12/2026\n\n"
             "Des frais de rejet peuvent être appliqués conformément à nos conditions tarifaires. Nous vous invitons à "
             "régulariser la situation auprès de votre créancier.\n\nLCL - message automatique, ne pas répondre.\n")
    send("lcl_prelevement_rejete", "LCL <information@lcl.fr>", "Information : rejet d'un prélèvement", 2, "10:30",
         "<LCL.INF.20261202.0561K.33@lcl.fr>", text(plain, cs="iso-8859-1"), "fr", "direct debit rejected (insufficient funds)",
         "LCL", money("failed", "96.40", reference="HX-RCP-2024-118903", value_date="2026-12-01"))

    # P14 La Banque Postale avis de crédit
    plain = ("La Banque Postale\n\nAvis d'opération\n\nBonjour,\n\nNous vous informons du crédit suivant sur votre compte "
             "professionnel :\n\nDate : 03/12/2026\nNature : VIREMENT DE M OU MME JAOUEN\nLibellé : REGLT FACT F-2026-0296\n"
             "Montant : 920,00 €\n\nLa Banque Postale - Société Anonyme à Directoire et Conseil de Surveillance au capital de "
             "6 585 350 218 € - RCS Paris 421 100 645.\nNe répondez pas à ce message, il a été envoyé automatiquement.\n")
    send("lbp_avis_credit", "La Banque Postale <ne-pas-repondre@labanquepostale.fr>", "Avis d'opération sur votre compte", 3, "08:55",
         "<LBP.AVIS.20261203.0855.102@labanquepostale.fr>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#003da5")),
         "fr", "avis d'opération, 'VIREMENT DE M OU MME'", "La Banque Postale",
         money("in", "920.00", payer="M OU MME JAOUEN", reference="REGLT FACT F-2026-0296", value_date="2026-12-03", counts="yes"))

    # P15 Crédit Mutuel card alert
    plain = ("Crédit Mutuel - Alerte carte\n\nBonjour,\n\nUne opération de 389,90 EUR a été réalisée le 03/12/2026 à 14h12 "
             "avec votre carte ****2271 chez IKEA NANTES ORVAULT.\n\nCe courriel vous est envoyé automatiquement suite à votre "
             "abonnement au service d'alertes. Merci de ne pas y répondre.\n")
    send("credit_mutuel_alerte_carte", "Credit Mutuel <alertes@creditmutuel.fr>", "Alerte sur votre carte", 3, "14:13",
         "<CM.20261203.141200.2271@creditmutuel.fr>", text(plain, cs="iso-8859-1", cte="quoted-printable"), "fr", "card payment alert",
         "Crédit Mutuel", money("out", "389.90", reference="IKEA NANTES ORVAULT", value_date="2026-12-03"))

    # P16 CIC instant transfer in
    plain = ("CIC - Alerte\n\nUn virement instantané de 600,00 EUR a été crédité sur votre compte ****8834 le 01/12/2026 à 19:02.\n"
             "Donneur d'ordre : M THOMAS AUBERT\nMotif : facture 0330 chambre enfants\n\nCIC - Ne pas répondre à ce message automatique.\n")
    send("cic_virement_instantane_recu", "CIC <alertes@cic.fr>", "Virement instantané reçu", 1, "19:03",
         "<CIC.ALR.20261201.1902.8834@cic.fr>", text(plain), "fr", "instant transfer received, short alert", "CIC",
         money("in", "600.00", payer="M THOMAS AUBERT", reference="facture 0330 chambre enfants", value_date="2026-12-01", counts="yes"))

    # P17 Boursorama in (HTML)
    rows = [("Montant", "+ 1 320,00 €"), ("Émetteur", "MME BARBIER ODILE"), ("Libellé", "F-2026-0326"), ("Date", "04/12/2026")]
    plain = ("Bonjour,\n\nVous avez reçu un virement de 1 320,00 € sur votre compte Boursorama Pro.\n\nÉmetteur : MME BARBIER ODILE\n"
             "Libellé : F-2026-0326\nDate : 04/12/2026\n\nBoursorama Banque\nCet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.\n")
    send("boursorama_virement_recu", "Boursorama Banque <noreply@boursorama.fr>", "Vous avez reçu un virement", 4, "11:20",
         "<BRS.20261204.112000.58820@boursorama.fr>", alt(plain, html_wrap("<h2>Vous avez reçu un virement</h2>" + tbl(rows), "#0f2b46")),
         "fr", "money in, HTML table", "Boursorama",
         money("in", "1320.00", payer="MME BARBIER ODILE", reference="F-2026-0326", value_date="2026-12-04", counts="yes"))

    # P18 Hello bank! outgoing transfer
    plain = ("Hello bank!\n\nBonjour Gaëlle,\n\nVotre virement de 2 400,00 € vers SARL LUMINAIRES OUEST a bien été effectué.\n"
             "Référence : CDE SUSPENSIONS LCH\nDate d'exécution : 30/11/2026\n\nÀ bientôt sur votre appli Hello bank!\n"
             "Hello bank! est une marque de BNP Paribas. Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    send("hellobank_virement_effectue", "Hello bank! <noreply@hellobank.fr>", "Votre virement a bien été effectué", 30, "12:05",
         "<HB.20261130.1205.9912@hellobank.fr>", text(plain), "fr", "outgoing transfer done", "Hello bank!",
         money("out", "2400.00", reference="CDE SUSPENSIONS LCH", value_date="2026-11-30"))

    # P19 Fortuneo e-relevé
    plain = ("Bonjour,\n\nVotre e-relevé de compte de novembre 2026 est disponible dans votre espace client Fortuneo.\n\n"
             "Fortuneo - Ne répondez pas à cet e-mail.\n")
    send("fortuneo_erelevé_disponible".replace("é", "e"), "Fortuneo <service.client@fortuneo.fr>", "Votre e-relevé est disponible", 3, "04:30",
         "<FTN.EREL.202611.77210@fortuneo.fr>", text(plain), "fr", "e-statement available", "Fortuneo",
         money("statement", "", counts="no"))

    # P20 Caisse d'Épargne solde débiteur
    plain = ("Caisse d'Epargne Bretagne Pays de Loire\n\nAlerte solde débiteur\n\nBonjour,\n\nLe solde de votre compte "
             "n° ****3318 est débiteur de -212,35 EUR au 04/12/2026.\nPensez à approvisionner votre compte afin d'éviter des frais.\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\n")
    send("caisse_epargne_solde_debiteur", "Caisse d'Epargne <alertes@caisse-epargne.fr>", "Alerte : solde débiteur", 4, "06:00",
         "<CE.ALRT.20261204.3318@caisse-epargne.fr>", text(plain), "fr", "negative balance alert", "Caisse d'Épargne",
         money("statement", "", counts="no"), notes="balance -212,35 EUR")

    # P21 Banque Populaire amount in subject only
    plain = ("Banque Populaire Grand Ouest - Cyberplus\n\nBonjour,\n\nUn virement de KERHOAS IMMOBILIER a été porté au crédit "
             "de votre compte ****4521.\n\nConsultez le détail de cette opération dans votre espace Cyberplus.\n\n"
             "Cet e-mail est envoyé automatiquement. Merci de ne pas y répondre.\n")
    send("banque_populaire_montant_objet", "Banque Populaire <alertes@banquepopulaire.fr>", "+3 600,00 EUR sur votre compte ****4521", 3, "09:40",
         "<BP.CYB.20261203.0940.4521@banquepopulaire.fr>", text(plain), "fr", "amount only in subject, payer in body", "Banque Populaire",
         money("in", "3600.00", payer="KERHOAS IMMOBILIER", value_date="2026-12-03", counts="yes"),
         notes="no reference given; value date assumed = notice date")

    # P22 N26 in (English)
    plain = ("Hi Gaëlle,\n\nYou've received €1,100.00 from Emma Lindqvist.\n\nReference: F-2026-0302\n\n"
             "The money is already in your N26 Business account.\n\nYour N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin.\n"
             "You are receiving this email because you enabled transaction notifications.\n")
    send("n26_received_lindqvist", "N26 <no-reply@n26.com>", "You've received €1,100.00", 1, "17:02",
         "<n26.txn.20261201.1702.6be2@n26.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")), "en",
         "English money in", "N26",
         money("in", "1100.00", payer="Emma Lindqvist", reference="F-2026-0302", value_date="2026-12-01", counts="yes"))

    # P23 Revolut Business in
    plain = ("Payment received\n\nMoreau-Vidal Interieurs received €2,100.00 from GERALD MACE.\n\nReference: FACTURE F-2026-0314\n"
             "Date: 30 Nov 2026\n\nView transaction in the Revolut Business app.\n\nRevolut Bank UAB. You're receiving this email "
             "because you are a member of Moreau-Vidal Interieurs on Revolut Business.\n")
    send("revolut_business_payment_received", "Revolut Business <no-reply@revolut.com>", "Payment received: €2,100.00", 30, "15:10",
         "<rb.20261130.151000.a71f@revolut.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#191c1f")), "en",
         "English 'Payment received' business account", "Revolut Business",
         money("in", "2100.00", payer="GERALD MACE", reference="FACTURE F-2026-0314", value_date="2026-11-30", counts="yes"))

    # P24 Revolut card payment out
    plain = ("Card payment\n\nYou paid €1,080.00 to MAISON ET OBJET SAFI with your card ending 7713.\n\n"
             "Date: 2 Dec 2026, 10:14\n\nIf you don't recognise this payment, freeze your card in the app.\n\n"
             "You're receiving this email because you are a member of Moreau-Vidal Interieurs on Revolut Business.\n")
    send("revolut_business_card_payment", "Revolut Business <no-reply@revolut.com>", "You paid €1,080.00 to MAISON ET OBJET SAFI", 2, "10:15",
         "<rb.20261202.101400.c93e@revolut.com>", text(plain), "en", "card payment out (trade fair badge/stand)", "Revolut Business",
         money("out", "1080.00", reference="MAISON ET OBJET SAFI", value_date="2026-12-02"))

    # P25 Wise CHF received
    plain = ("Hi Gaëlle,\n\nYou've received 3,900.00 CHF from Baumgartner Horlogerie SA.\n\nIt's now in your CHF balance.\n"
             "Reference: F-2026-0312\n\nThe Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    send("wise_received_chf_baumgartner", "Wise <noreply@wise.com>", "You've received 3,900.00 CHF", 4, "13:26",
         "<wise.20261204.132600.31fa@wise.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#163300")), "en",
         "money in, CHF balance", "Wise",
         money("in", "3900.00", currency="CHF", payer="Baumgartner Horlogerie SA", reference="F-2026-0312", value_date="2026-12-04", counts="yes"),
         notes="Swiss client pays in CHF though invoice amount was in EUR figure; amounts match nominally")

    # P26 Wise incoming announced (not arrived)
    plain = ("Hi Gaëlle,\n\nDewaele Traiteur SRL is sending you 2,075.00 EUR.\n\nThe money should arrive in your account by "
             "Tuesday, 8 December. We'll email you when it's there.\n\nThe Wise Team\n")
    send("wise_money_on_its_way_dewaele", "Wise <noreply@wise.com>", "Money is on its way to you", 4, "16:50",
         "<wise.20261204.165000.8a0d@wise.com>", text(plain), "en", "incoming transfer announced, not arrived yet", "Wise",
         money("none", "2075.00", value_date="2026-12-08", counts="no"),
         notes="expected arrival 8 Dec; money not on the account yet (payer Dewaele Traiteur SRL)")

    # P27 Stripe payout on its way (aggregate)
    plain = ("Your payout of €3,214.55 is on its way\n\nStripe sent a payout of €3,214.55 to your bank account QONTO ****6621.\n"
             "Expected arrival: Dec 3, 2026\n\nThis payout includes 6 payments and 0 refunds.\n\nView payout in your Dashboard.\n\n"
             "You're receiving this email because you're an administrator of Moreau-Vidal Intérieurs on Stripe.\n"
             "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    send("stripe_payout_on_its_way", "Stripe <notifications@stripe.com>", "Your payout of €3,214.55 is on its way", 1, "04:12",
         "<stripe.po_1Q8xR2.20261201@stripe.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#32325d")), "en",
         "payout bundling 6 payments", "Stripe",
         money("in", "3214.55", reference="po_1Q8xR2LmP4wZ", value_date="2026-12-03", counts="no_aggregate"))

    # P28 Stripe payout failed
    plain = ("Your payout of €842.10 failed\n\nWe couldn't send your payout of €842.10 to the bank account ending 6621 because "
             "the bank account holder name doesn't match.\n\nThe funds have been returned to your Stripe balance. Please update your "
             "bank account details in the Dashboard and we'll retry automatically.\n\nThe Stripe team\n")
    send("stripe_payout_failed", "Stripe <notifications@stripe.com>", "Action required: your payout failed", 3, "05:30",
         "<stripe.po_1Q9aTz.failed.20261203@stripe.com>", text(plain), "en", "payout failed", "Stripe",
         money("failed", "842.10", reference="po_1Q9aTzKx8rVb", value_date="2026-12-03"))

    # P29 Stripe dispute
    plain = ("A payment has been disputed\n\nA customer's bank has disputed a payment of €480.00 (ch_3QA1bE, Gauthier Stéphanie) "
             "for reason \"product_not_received\".\n\nThe disputed amount and a €15.00 dispute fee have been deducted from your balance. "
             "Respond by Dec 18, 2026 with evidence to challenge this dispute.\n\nThe Stripe team\n")
    send("stripe_dispute_opened", "Stripe <notifications@stripe.com>", "Dispute opened: €480.00 payment", 2, "03:01",
         "<stripe.dp_1QA1c2.20261202@stripe.com>", text(plain), "en", "chargeback/dispute", "Stripe",
         money("chargeback", "480.00", reference="ch_3QA1bE", value_date="2026-12-02"))

    # P30 Stripe successful payment (payment link)
    plain = ("Paiement de 350,00 € reçu\n\nNathalie Vasseur a payé 350,00 € via votre lien de paiement « Facture F-2026-0337 ».\n\n"
             "Montant : 350,00 €\nFrais Stripe : 5,15 €\nNet : 344,85 €\nDate : 2 déc. 2026\n\nVous recevez cet e-mail car vous avez "
             "activé les notifications de paiements réussis.\n")
    send("stripe_paiement_recu_lien", "Stripe <notifications@stripe.com>", "Paiement de 350,00 € reçu de Nathalie Vasseur", 2, "09:48",
         "<stripe.pi_3QA9gV.20261202@stripe.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#32325d")), "fr",
         "card payment captured via payment link, French", "Stripe",
         money("in", "350.00", payer="Nathalie Vasseur", reference="Facture F-2026-0337", value_date="2026-12-02", counts="yes"))

    # P31 PayPal in
    plain = ("Vous avez reçu un paiement\n\nBonjour Gaëlle Moreau-Vidal,\n\nJulie Carré vous a envoyé 120,00 EUR.\n\n"
             "Remarque de Julie Carré : « Consultation couleurs salon du 26/11 »\n\nN° de transaction : 7GH41822KX930154T\n"
             "Date de la transaction : 3 décembre 2026\n\nAide et contact | Sécurité\nPayPal (Europe) S.à r.l. et Cie, S.C.A., "
             "22-24 Boulevard Royal L-2449, Luxembourg.\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre.\n")
    send("paypal_paiement_recu_carre", "PayPal <service@paypal.fr>", "Vous avez reçu un paiement", 3, "20:14",
         "<3F.A2.48213.1E9C0B62@ccg13mail03.paypal.com>", alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#003087")), "fr",
         "PayPal payment received with note", "PayPal",
         money("in", "120.00", payer="Julie Carré", reference="7GH41822KX930154T", value_date="2026-12-03", counts="yes"))

    # P32 PayPal refund sent
    plain = ("Vous avez envoyé un remboursement de 45,00 EUR à Bertrand Loisel.\n\nN° de transaction du remboursement : "
             "2WK07719LR4410933\nTransaction d'origine : 9JT52110CB348872N\n\nLe remboursement apparaîtra sur le compte de "
             "Bertrand Loisel sous quelques jours.\n\nPayPal - Ce message a été envoyé automatiquement.\n")
    send("paypal_remboursement_envoye", "PayPal <service@paypal.fr>", "Remboursement de 45,00 EUR envoyé à Bertrand Loisel", 30, "10:50",
         "<4A.C1.11098.2B7D0C62@ccg13mail01.paypal.com>", text(plain), "fr", "refund sent by the owner", "PayPal",
         money("refund", "45.00", reference="2WK07719LR4410933", value_date="2026-11-30"))

    # P33 PayPal payment pending
    plain = ("Bonjour Gaëlle Moreau-Vidal,\n\nLe paiement de 890,00 EUR de Léa Marchal est en attente.\n\nPour protéger les "
             "vendeurs et les acheteurs, nous pouvons mettre certains paiements en attente jusqu'à 21 jours. Les fonds seront "
             "disponibles dès que nous aurons confirmé que la transaction s'est bien déroulée.\n\nN° de transaction : 1RA44718HU6620018\n\n"
             "PayPal\n")
    send("paypal_paiement_en_attente", "PayPal <service@paypal.fr>", "Paiement en attente", 3, "08:02",
         "<5B.D0.22761.0C8E0C62@ccg13mail02.paypal.com>", text(plain), "fr", "payment on hold (not available)", "PayPal",
         money("none", "890.00", reference="1RA44718HU6620018", value_date="", counts="no"),
         notes="payment held by PayPal; payer Léa Marchal; money not yet available")

    # P34 SumUp payout
    plain = ("Bonjour Gaëlle,\n\nNous avons effectué un virement de 731,40 € vers votre compte bancaire FR76 **** **** 0916.\n\n"
             "Période : transactions du 26/11/2026 au 29/11/2026 (4 transactions)\nFrais : 12,60 €\nDate : 30/11/2026\n\n"
             "Retrouvez le détail dans votre espace SumUp, rubrique Virements.\n\nL'équipe SumUp\n")
    send("sumup_virement_payout", "SumUp <noreply@sumup.com>", "Votre virement SumUp est en route", 30, "07:40",
         "<sumup.payout.20261130.FR.88123@sumup.com>", text(plain), "fr", "card-terminal payout (aggregate)", "SumUp",
         money("in", "731.40", reference="transactions du 26/11/2026 au 29/11/2026", value_date="2026-11-30", counts="no_aggregate"))

    # P35 GoCardless payment collected
    plain = ("Bonjour,\n\nLe paiement de 2 880,00 € de Studio Keraudren Coiffure a été encaissé avec succès.\n\n"
             "Référence : MVI-F-2026-0327\nDate de prélèvement : 03/12/2026\nIl sera inclus dans votre prochain versement.\n\n"
             "L'équipe GoCardless\nGoCardless SAS, 7 rue de Madrid, 75008 Paris.\n")
    send("gocardless_paiement_encaisse", "GoCardless <help@gocardless.com>", "Paiement encaissé : Studio Keraudren Coiffure", 3, "09:00",
         "<gc.PM00A1B2C3.confirmed.20261203@gocardless.com>", text(plain), "fr", "direct debit collected from a client", "GoCardless",
         money("in", "2880.00", payer="Studio Keraudren Coiffure", reference="MVI-F-2026-0327", value_date="2026-12-03", counts="yes"))

    # P36 GoCardless payment failed
    plain = ("Bonjour,\n\nLe paiement de 1 740,00 € de Le Petit Bistrot Nantais a échoué.\n\nMotif : provision insuffisante "
             "(AM04)\nRéférence : MVI-F-2026-0335\n\nNous réessaierons automatiquement dans 3 jours ouvrés si la relance "
             "intelligente est activée.\n\nL'équipe GoCardless\n")
    send("gocardless_paiement_echoue", "GoCardless <help@gocardless.com>", "Échec du paiement : Le Petit Bistrot Nantais", 4, "09:05",
         "<gc.PM00D4E5F6.failed.20261204@gocardless.com>", text(plain), "fr", "client direct debit failed", "GoCardless",
         money("failed", "1740.00", reference="MVI-F-2026-0335", value_date="2026-12-04"))

    # P37 Mollie settlement
    plain = ("Hi Gaëlle,\n\nWe've just transferred your settlement of €1,502.30 to your bank account.\n\nSettlement reference: "
             "1482.2611.02\nPayments: 7 | Refunds: 1 | Fees: €8.45\n\nYou can download the full settlement report from your Mollie Dashboard.\n\n"
             "Kind regards,\nMollie\nMollie B.V. - Keizersgracht 126, 1015 CW Amsterdam\n")
    send("mollie_settlement", "Mollie <noreply@mollie.com>", "Your settlement of €1,502.30 is on its way", 2, "08:10",
         "<mollie.stl.1482261102@mollie.com>", text(plain), "en", "settlement (aggregate)", "Mollie",
         money("in", "1502.30", reference="1482.2611.02", value_date="2026-12-02", counts="no_aggregate"))

    # P38 PayPlug in
    plain = ("Nouveau paiement reçu\n\nBonjour,\n\nVous avez reçu un paiement de 1 590,00 € de Christophe Dumas.\n\nRéférence : F-2026-0308\n"
             "Moyen de paiement : Carte bancaire\nDate : 04/12/2026 15:37\n\nPayPlug - solution de paiement du groupe Natixis.\n")
    send("payplug_nouveau_paiement", "PayPlug <notifications@payplug.com>", "Nouveau paiement reçu - 1 590,00 €", 4, "15:38",
         "<payplug.pay_5vK2.20261204@payplug.com>", text(plain), "fr", "card payment captured by PSP", "PayPlug",
         money("in", "1590.00", payer="Christophe Dumas", reference="F-2026-0308", value_date="2026-12-04", counts="yes"),
         notes="same client disputed a line earlier in the week")

    # P39 Sumeria (ex-Lydia)
    plain = ("Pauline Roy vous a envoyé 90,00 €\n\n« Visite conseil 28/11 👍 »\n\nL'argent est disponible sur votre compte Sumeria.\n\n"
             "Sumeria by Lydia - Lydia Solutions SAS, 14 avenue de l'Opéra, 75001 Paris.\n")
    send("sumeria_paiement_recu", "Sumeria <no-reply@sumeria.eu>", "Pauline Roy vous a envoyé 90,00 €", 30, "21:02",
         "<sumeria.tx.20261130.2102.5c1@sumeria.eu>", text(plain), "fr", "peer payment with emoji note", "Sumeria (Lydia)",
         money("in", "90.00", payer="Pauline Roy", reference="Visite conseil 28/11", value_date="2026-11-30", counts="yes"))

    # P40 Pennylane two credits
    rows = [("01/12/2026 · VIR SEPA RECU HOTEL LE COURS CAMBRONNE F-2026-0298", "+ 2 340,00 €"),
            ("01/12/2026 · VIR SEPA RECU SAS ATELIER NOMADE FACT 0293", "+ 1 480,00 €")]
    plain = ("2 nouveaux virements reçus\n\nBonjour Gaëlle,\n\nNous avons synchronisé 2 nouvelles transactions créditrices sur "
             "votre compte Qonto :\n\n- 01/12/2026 VIR SEPA RECU HOTEL LE COURS CAMBRONNE F-2026-0298 : +2 340,00 €\n"
             "- 01/12/2026 VIR SEPA RECU SAS ATELIER NOMADE FACT 0293 : +1 480,00 €\n\nPensez à les rapprocher de vos factures clients.\n\n"
             "L'équipe Pennylane\nVous recevez cet e-mail car vous êtes membre de Moreau-Vidal Intérieurs sur Pennylane.\n")
    send("pennylane_2_virements_recus", "Pennylane <notifications@pennylane.com>", "2 nouveaux virements reçus", 2, "07:15",
         "<pl.sync.20261202.0715.44812@pennylane.com>", alt(plain, html_wrap("<h3>2 nouveaux virements reçus</h3>" + tbl(rows))), "fr",
         "bank feed, plural, two credits in one notice", "Pennylane",
         money("in|in", "2340.00|1480.00", payer="HOTEL LE COURS CAMBRONNE|SAS ATELIER NOMADE",
               reference="F-2026-0298|FACT 0293", value_date="2026-12-01|2026-12-01", counts="yes"))

    # P41 Indy
    plain = ("Nouvelle transaction à catégoriser\n\n+1 250,00 € · VIR BOULANGERIE LEBRETON REGL FACT F-2026-0313\n"
             "Compte : Shine Pro · 08/12/2026\n\nCatégorisez-la en un clic depuis votre tableau de bord Indy.\n")
    plain = plain.replace("08/12/2026", "04/12/2026")
    send("indy_transaction_a_categoriser", "Indy <hello@indy.fr>", "+1 250,00 € : nouvelle transaction à catégoriser", 4, "18:20",
         "<indy.txn.20261204.1820.99a1@indy.fr>", text(plain), "fr", "accounting app bank feed, single credit", "Indy",
         money("in", "1250.00", payer="BOULANGERIE LEBRETON", reference="REGL FACT F-2026-0313", value_date="2026-12-04", counts="yes"))

    # P42 Ligéria remittance advice (SAP)
    plain = ("PAYMENT ADVICE / AVIS DE PAIEMENT\n\nPayer: LIGERIA HOTELS & RESORTS SAS\nPayee: MOREAU-VIDAL INTERIEURS\n"
             "Payment document: 2000048817\nPayment date: 03.12.2026\nPayment method: SEPA credit transfer\n\n"
             "Invoice          Date         Gross amount    Discount   Net paid\nF-2026-0290      14.10.2026   12,450.00 EUR   0.00       12,450.00 EUR\n\n"
             "Total paid: 12,450.00 EUR\n\nThis is a system-generated message. Please do not reply. For queries contact invoices@ligeria-hotels.com\n")
    send("ligeria_payment_advice_sap", "Ligeria AP <sap-noreply@ligeria-hotels.com>", "Payment Advice 2000048817", 3, "02:14",
         "<SAP.2000048817.20261203021400@ligeria-hotels.com>",
         multi("mixed", [text(plain, cs="us-ascii", cte="7bit"), attach("application/pdf", "PaymentAdvice_2000048817.pdf",
                                                                         pdf(["PAYMENT ADVICE 2000048817", "Payee: MOREAU-VIDAL INTERIEURS",
                                                                              "F-2026-0290  12,450.00 EUR", "Total paid: 12,450.00 EUR"]))]),
         "en", "client ERP remittance advice with PDF", "Ligéria Hotels & Resorts",
         money("in", "12450.00", payer="LIGERIA HOTELS & RESORTS SAS", reference="F-2026-0290", value_date="2026-12-03", counts="no_claim"))

    # P43 Océane Développement avis de paiement
    plain = ("AVIS DE PAIEMENT\n\nOCEANE DEVELOPPEMENT\nService Comptabilité Fournisseurs\n\nMadame, Monsieur,\n\n"
             "Nous vous informons du règlement suivant, effectué par virement sur votre compte le 04/12/2026 :\n\n"
             "N° pièce    Réf. fournisseur   Date facture   Montant TTC\n2026-FA-8812  F-2026-0287       10/09/2026     3 120,00\n"
             "2026-FA-9034  F-2026-0293       22/09/2026       780,00\n\nTotal réglé : 3 900,00 EUR\n\n"
             "Message émis automatiquement par notre logiciel de gestion, merci de ne pas répondre.\n")
    send("oceane_avis_de_paiement", "Oceane Developpement - Comptabilite <noreply-compta@oceane-developpement.fr>",
         "Avis de paiement - OCEANE DEVELOPPEMENT", 4, "05:45", "<AVP.20261204.0545.2201@oceane-developpement.fr>",
         text(plain, cs="iso-8859-1"), "fr", "client remittance advice covering two invoices in one transfer",
         "Océane Développement",
         money("in", "3900.00", payer="OCEANE DEVELOPPEMENT", reference="F-2026-0287 F-2026-0293", value_date="2026-12-04", counts="no_claim"),
         notes="one transfer settling two invoices; advice only, not seen by the bank")


# =====================================================================================
# AUTO REPLIES
# =====================================================================================
def autos():
    AR = "auto_reply"

    def send(name, hd, entity, lang, pattern, group, facts="", notes="", crlf=False):
        emit(AR, name, message_bytes(hd, entity), lang, pattern, group, facts=facts, notes=notes, crlf=crlf)

    s, b, mid = reminder("F-2026-0325", "4 980,00", "20/11/2026")
    hd = [("From", addr("Julie Martineau", "julie.martineau@comptoirdeshalles-nantes.fr")), ("To", OWNER_FULL),
          ("Subject", h("Réponse automatique : " + s)), ("Date", date(30, "09:15")),
          ("Message-ID", "<a8e1f0c2d7b94e3a9c51@comptoirdeshalles-nantes.fr>"), ("In-Reply-To", mid), ("References", mid),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", h(s)),
          ("X-MS-Exchange-Inbox-Rules-Loop", "julie.martineau@comptoirdeshalles-nantes.fr")]
    send("outlook_reponse_automatique_retour_7dec", hd,
         alt("Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre.\nPour toute urgence, merci de contacter "
             "Yannick Le Goff : yannick@comptoirdeshalles-nantes.fr\n\nCordialement,\nJulie Martineau\n",
             "<html><body><p>Bonjour,</p><p>Je suis absente du bureau et serai de retour le lundi 7 décembre.<br>Pour toute urgence, "
             "merci de contacter Yannick Le Goff : yannick@comptoirdeshalles-nantes.fr</p><p>Cordialement,<br>Julie Martineau</p></body></html>"),
         "fr", "Outlook 'Réponse automatique :' with Auto-Submitted + X-Auto-Response-Suppress", "Le Comptoir des Halles",
         facts="ooo_until=2026-12-07", crlf=True)

    s, b, mid = reminder("F-2026-0317", "890,00", "13/11/2026")
    hd = [("From", addr("Léa Marchal", "lea.marchal@example.net")), ("To", OWNER_ADDR), ("Subject", h("Re: " + s)),
          ("Date", date(30, "09:41")), ("Message-ID", "<CAJ8vac.auto.1764492060@mail.example.net>"),
          ("In-Reply-To", mid), ("References", mid), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    send("gmail_vacation_retour_4_janvier", hd,
         text("Bonjour,\n\nJe suis en voyage sans accès régulier à mes e-mails. Je serai de retour le lundi 4 janvier 2027 "
              "et vous répondrai dès que possible.\n\nLéa\n"),
         "fr", "Gmail vacation responder (Re: subject, Auto-Submitted, Precedence bulk)", "Léa Marchal (particulier)",
         facts="ooo_until=2027-01-04")

    s, b, mid = reminder("F-2026-0311", "2,950.00", "9 November 2026", lang="en")
    hd = [("From", addr("Sarah Whitmore", "sarah@northlightcoffee.co.uk")), ("To", OWNER_FULL),
          ("Subject", "Automatic reply: " + s), ("Date", date(30, "08:46", "+0000")),
          ("Message-ID", "<LO2P265MB5112B0A1C9E4D7F38E2A5C19D0B64@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", mid), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    send("en_automatic_reply_back_tuesday", hd,
         text("Hi,\n\nThanks for your email. I'm out of the office with limited access to email and will be back on "
              "Tuesday 8 December. For anything urgent please contact matt@northlightcoffee.co.uk.\n\nSarah\n", cs="us-ascii", cte="7bit"),
         "en", "English 'Automatic reply:'", "Northlight Coffee", facts="ooo_until=2026-12-08", crlf=True)

    hd = [("From", addr("Hervé Lemaître", "h.lemaitre@oceane-developpement.fr")), ("To", OWNER_ADDR),
          ("Subject", h("Absence du bureau")), ("Date", date(1, "09:02")),
          ("Message-ID", "<abs.20261201090200.hl@oceane-developpement.fr>")]
    send("absence_du_bureau_sans_entetes", hd,
         text("Je suis en congés, retour le 10/12.\nEn mon absence, vous pouvez joindre le service comptable : "
              "compta@oceane-developpement.fr / 02 40 48 71 00.\n\nH. Lemaître\n", cs="iso-8859-1"),
         "fr", "'Absence du bureau' subject, no Auto-Submitted / X-Autoreply headers, no In-Reply-To", "Océane Développement",
         facts="ooo_until=2026-12-10")

    s, b, mid = reminder("F-2026-0301", "7 200,00", "31/10/2026")
    hd = [("From", addr("Comptabilité Fournisseurs", "fournisseurs@atlantique-habitat-promotion.fr")), ("To", OWNER_FULL),
          ("Subject", h("Accusé de réception : " + s)), ("Date", date(30, "09:21")),
          ("Message-ID", "<AR.fournisseurs.20261130092100.7781@atlantique-habitat-promotion.fr>"),
          ("In-Reply-To", mid), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    send("ap_accuse_reception_delais", hd,
         text("Bonjour,\n\nNous accusons réception de votre message, qui sera traité dans les meilleurs délais.\n\n"
              "Rappel : nos factures fournisseurs sont réglées à 45 jours fin de mois à compter de la date de réception, sous "
              "réserve qu'elles mentionnent le numéro de commande et le nom du programme. Les factures non conformes ne peuvent "
              "être mises en paiement.\n\nMerci de ne pas répondre à ce message.\n\nService Comptabilité Fournisseurs\n"
              "Atlantique Habitat Promotion\n"),
         "fr", "accounts-payable autoresponder stating payment terms", "Atlantique Habitat Promotion",
         notes="talks about payment terms but is automatic")

    s, b, mid = reminder("F-2026-0294", "8,760.00", "2 November 2026", lang="en")
    hd = [("From", addr("Ligéria Accounts Payable", "invoices@ligeria-hotels.com")), ("To", OWNER_ADDR),
          ("Subject", "Thank you for contacting Accounts Payable [Ref:AP-0112834]"), ("Date", date(30, "08:30", "+0000")),
          ("Message-ID", "<ap-ack-0112834@ligeria-hotels.com>"), ("In-Reply-To", mid), ("Auto-Submitted", "auto-replied")]
    send("en_ap_autoresponder_ligeria", hd,
         alt("Thank you for your email. This mailbox is monitored by the Ligéria Shared Service Centre.\n\n"
             "- Invoices are processed within 5 working days of receipt.\n- Payments are made in our weekly payment run on Thursdays, "
             "according to the agreed payment terms.\n- Invoices without a valid PO number will be returned.\n\n"
             "Please do not reply to this automated message. Your reference is AP-0112834.\n",
             html_wrap("<p>Thank you for your email. This mailbox is monitored by the Ligéria Shared Service Centre.</p><ul>"
                       "<li>Invoices are processed within 5 working days of receipt.</li><li>Payments are made in our weekly payment run "
                       "on Thursdays, according to the agreed payment terms.</li><li>Invoices without a valid PO number will be returned."
                       "</li></ul><p>Please do not reply to this automated message. Your reference is AP-0112834.</p>")),
         "en", "AP autoresponder mentioning payment run Thursdays", "Ligéria Hotels & Resorts",
         notes="mentions 'payment run on Thursdays' generically: no promise")

    s, b, mid = reminder("F-2026-0310", "3 720,00", "09/11/2026")
    hd = [("From", addr("Support Ô Tablées", "support@otablees.zendesk.com")), ("To", OWNER_ADDR),
          ("Reply-To", "support@otablees.zendesk.com"),
          ("Subject", h("[Ô Tablées] Re: " + s)), ("Date", date(30, "09:53")),
          ("Message-ID", "<8XQZ4K_6b1e2a_sprut@otablees.zendesk.com>"), ("In-Reply-To", mid),
          ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")]
    send("zendesk_ticket_otablees", hd,
         alt("##- Veuillez saisir votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et est en cours "
             "d'examen par notre équipe.\n\nPour ajouter des commentaires, répondez simplement à cet e-mail.\n\n"
             "Ce message a été envoyé à gaelle@moreau-vidal-interieurs.fr. [YLG7Q8-K2RP]\n",
             "<p style=\"color:#b5b5b5\">##- Veuillez saisir votre réponse au-dessus de cette ligne -##</p><p>Votre demande (48213) a bien été "
             "reçue et est en cours d'examen par notre équipe.</p>"),
         "fr", "helpdesk ticket acknowledgement (Zendesk)", "Groupe Ô Tablées")

    hd = [("From", addr("Osei & Partners Helpdesk", "support@oseipartners.freshdesk.com")), ("To", OWNER_ADDR),
          ("Subject", "Ticket Received - Reminder: invoice F-2026-0307 is overdue"), ("Date", date(30, "09:58", "+0000")),
          ("Message-ID", "<fd.ticket.18844.1764496680@oseipartners.freshdesk.com>"), ("Auto-Submitted", "auto-replied")]
    send("freshdesk_ticket_received", hd,
         text("Dear Gaëlle,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\n"
              "Ticket ID: #18844\n\nA support representative will be reviewing your request and will send you a personal response "
              "(usually within 24 hours).\n\nThank you for your patience.\n\nSincerely,\nOsei & Partners Support Team\n"),
         "en", "helpdesk ticket autoresponder (Freshdesk)", "Osei & Partners Retail")

    # MDN FR Outlook
    s, b, mid = reminder("F-2026-0319", "6 840,00", "15/11/2026")
    human = ("Votre message\n\n  À : Hervé Lemaître\n  Objet : " + s + "\n  Envoyé : lundi 30 novembre 2026 09:40:11 (UTC+01:00) "
             "Bruxelles, Copenhague, Madrid, Paris\n\na été lu le lundi 30 novembre 2026 17:52:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: PAXPR04MB8893.eurprd04.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;h.lemaitre@oceane-developpement.fr\nOriginal-Message-ID: " + mid + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    ent = multi("report", [text(human), raw_entity("message/disposition-notification", mdn.encode())],
                params="; report-type=disposition-notification")
    hd = [("From", addr("Hervé Lemaître", "h.lemaitre@oceane-developpement.fr")), ("To", OWNER_FULL),
          ("Subject", h("Lu : " + s)), ("Date", date(30, "17:52")),
          ("Message-ID", "<PAXPR04MB8893MDN0A1B2C3D4E5F60718293A4B@PAXPR04MB8893.eurprd04.prod.outlook.com>")]
    send("mdn_outlook_lu", hd, ent, "fr", "read receipt (MDN) from Outlook, 'Lu :'", "Océane Développement", crlf=True)

    s, b, mid = reminder("F-2026-0323", "1,640.00", "20 November 2026", lang="en")
    human = ("This is a Return Receipt for the mail that you sent to rebecca.hughes@example.com.\n\nNote: This Return Receipt only "
             "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has "
             "read or understood the message contents.\n")
    mdn = ("Reporting-UA: example.com; Thunderbird 128.5.0\nFinal-Recipient: rfc822;rebecca.hughes@example.com\n"
           "Original-Message-ID: " + mid + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    ent = multi("report", [text(human, cs="UTF-8", cte="7bit"), raw_entity("message/disposition-notification", mdn.encode()),
                           raw_entity("text/rfc822-headers", f"Message-ID: {mid}\nSubject: {s}\nFrom: gaelle@moreau-vidal-interieurs.fr\n".encode())],
                params="; report-type=disposition-notification")
    hd = [("From", addr("Rebecca Hughes", "rebecca.hughes@example.com")), ("To", OWNER_ADDR),
          ("Subject", "Return Receipt (displayed) - " + s), ("Date", date(30, "20:03", "+0000")),
          ("Message-ID", "<e1f2a3b4-mdn-5c6d@example.com>"), ("User-Agent", "Mozilla Thunderbird")]
    send("mdn_thunderbird_return_receipt", hd, ent, "en", "Thunderbird return receipt with text/rfc822-headers", "Rebecca Hughes (private client)")

    hd = [("From", addr("Mailinblack", "noreply@mailinblack.com")), ("To", OWNER_ADDR),
          ("Subject", h("Validation de votre message à destination de compta@prigent-menuiserie.fr")),
          ("Date", date(30, "14:30")), ("Message-ID", "<mib.challenge.20261130.e71c2@mailinblack.com>"),
          ("Auto-Submitted", "auto-replied")]
    send("mailinblack_challenge", hd,
         alt("Bonjour,\n\nVous avez envoyé un message à compta@prigent-menuiserie.fr.\nCe destinataire est protégé par Mailinblack. "
             "Pour que votre message lui soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien "
             "ci-dessous :\n\nhttps://mib.mailinblack.com/validate?id=e71c2f0a9d\n\nVous n'aurez à le faire qu'une seule fois.\n\nMailinblack\n",
             html_wrap("<p>Vous avez envoyé un message à <b>compta@prigent-menuiserie.fr</b>.</p><p>Ce destinataire est protégé par "
                       "Mailinblack. Pour que votre message lui soit délivré, confirmez que vous n'êtes pas un robot.</p>"
                       "<p><a href=\"https://mib.mailinblack.com/validate?id=e71c2f0a9d\">Je ne suis pas un robot</a></p>")),
         "fr", "challenge-response (confirm you are human)", "Mailinblack")

    s, b, mid = reminder("F-2026-0316", "1 980,00", "12/11/2026")
    hd = [("From", addr("Cabinet Guérin", "secretariat@cabinet-guerin-kine.fr")), ("To", OWNER_ADDR),
          ("Subject", h("Réponse automatique : " + s)), ("Date", date(30, "09:39")),
          ("Message-ID", "<auto.20261130093900@cabinet-guerin-kine.fr>"), ("In-Reply-To", mid),
          ("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")]
    send("conge_maternite_mars", hd,
         text("Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 1er mars 2027.\nPour toute question administrative "
              "ou de facturation, merci de vous adresser à Mme Anne-Sophie Guérin.\n\nBien cordialement,\nMélanie\n"),
         "fr", "long absence (maternity) with date", "Cabinet Guérin (kiné)", facts="ooo_until=2027-03-01",
         notes="'jusqu'au 1er mars' taken as return date")

    s, b, mid = reminder("F-2026-0315", "2 020,00", "12/11/2026")
    hd = [("From", addr("Bruno Texier", "b.texier@prigent-menuiserie.fr")), ("To", OWNER_ADDR),
          ("Subject", h("Réponse automatique : " + s)), ("Date", date(30, "14:28")),
          ("Message-ID", "<auto.left.20261130142800@prigent-menuiserie.fr>"), ("Auto-Submitted", "auto-replied")]
    send("ne_fait_plus_partie", hd,
         text("Bonjour,\n\nBruno Texier ne fait plus partie de la société Prigent Menuiserie depuis le 31 octobre 2026.\n"
              "Votre message n'a pas été transféré. Merci d'adresser vos demandes à contact@prigent-menuiserie.fr.\n\n"
              "Message automatique.\n"),
         "fr", "person left the company autoreply", "Prigent Menuiserie")

    s, b, mid = reminder("F-2026-0312", "3 900,00", "10/11/2026")
    hd = [("From", addr("Annik Baumgartner", "a.baumgartner@baumgartner-horlogerie.ch")), ("To", OWNER_ADDR),
          ("Subject", h("Abwesenheitsnotiz: " + s)), ("Date", date(3, "11:01")),
          ("Message-ID", "<OFA1B2C3D4.OOO-ONC1258A70@baumgartner-horlogerie.ch>"), ("In-Reply-To", mid),
          ("Auto-Submitted", "auto-replied"), ("X-Mailer", "HCL Notes Release 12.0.2")]
    send("ch_abwesenheitsnotiz_bilingue", hd,
         text("Ich bin bis zum 8. Dezember 2026 abwesend und ab Mittwoch, 9. Dezember wieder im Büro.\n"
              "Je suis absente jusqu'au 8 décembre 2026 et de retour le mercredi 9 décembre.\n\n"
              "In dringenden Fällen / en cas d'urgence : info@baumgartner-horlogerie.ch\n", cs="iso-8859-1"),
         "de", "Swiss bilingual DE/FR out-of-office (Notes)", "Baumgartner Horlogerie SA (CH)", facts="ooo_until=2026-12-09",
         notes="German first, French second")

    s, b, mid = reminder("F-2026-0300", "2 075,00", "31/10/2026")
    hd = [("From", addr("Dewaele Traiteur", "info@dewaele-traiteur.be")), ("To", OWNER_ADDR),
          ("Subject", h("Réponse automatique / Automatisch antwoord : " + s)), ("Date", date(30, "10:05")),
          ("Message-ID", "<AM9PR02MB7188AUTO7F3E2@AM9PR02MB7188.eurprd02.prod.outlook.com>"),
          ("In-Reply-To", mid), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    send("be_automatisch_antwoord_bilingue", hd,
         text("FR - Nos bureaux sont fermés pour inventaire. Nous serons de retour le lundi 14 décembre.\n"
              "NL - Onze kantoren zijn gesloten wegens inventaris. We zijn terug op maandag 14 december.\n\nDewaele Traiteur SRL\n",
              cs="windows-1252"),
         "fr", "Belgian FR/NL bilingual autoreply", "Dewaele Traiteur (BE)", facts="ooo_until=2026-12-14", crlf=True)

    s, b, mid = reminder("F-2026-0299", "9 600,00", "31/10/2026")
    hd = [("From", addr("Loïc Bertho", "l.bertho@kerhoas-immobilier.example")), ("To", OWNER_ADDR),
          ("Subject", h("Réponse automatique : " + s)), ("Date", date(30, "09:51")),
          ("Message-ID", "<VE1PR09MB4512AUTO1c@VE1PR09MB4512.eurprd09.prod.outlook.com>"),
          ("In-Reply-To", mid), ("Auto-Submitted", "auto-replied")]
    send("sur_chantier_sans_date", hd,
         text("Bonjour,\n\nJe suis actuellement sur chantier avec un accès limité à ma messagerie. Je traiterai votre message "
              "dans les 48 heures.\n\nLoïc Bertho\nConducteur de travaux - Kerhoas Immobilier\n"),
         "fr", "on-site autoreply, no return date", "Kerhoas Immobilier")


# =====================================================================================
# BOUNCES
# =====================================================================================
def orig_msg(to, num, amount, due, lang="fr"):
    s, b, mid = reminder(num, amount, due, lang)
    return message_bytes([("From", OWNER_FULL), ("To", to), ("Subject", h(s)), ("Date", date(30, "09:30")),
                          ("Message-ID", mid)], text(b)), s, mid


def bounces():
    BO = "bounce"

    def dsn(reporting, rcpt, action, status, remote=None, diag=None, arrival="Mon, 30 Nov 2026 09:30:12 +0100", extra=""):
        s = f"Reporting-MTA: dns; {reporting}\nArrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n" \
            f"Action: {action}\nStatus: {status}\n"
        if remote:
            s += f"Remote-MTA: dns; {remote}\n"
        if diag:
            s += f"Diagnostic-Code: smtp; {diag}\n"
        s += extra
        return raw_entity("message/delivery-status", s.encode())

    # B1 Gmail
    rcpt = "compta@atelier-nomade.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0293", "1 480,00", "22/10/2026")
    human = ("** Adresse introuvable **\n\nVotre message n'a pas été distribué à compta@atelier-nomade.fr, car l'adresse est "
             "introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant est la suivante :\n"
             "550 5.1.1 <compta@atelier-nomade.fr>: Recipient address rejected: User unknown in virtual mailbox table\n")
    ent = multi("report", [multi("related", [text(human, cs="UTF-8")]),
                           dsn("googlemail.com", rcpt, "failed", "5.1.1", "mx1.atelier-nomade.fr. (51.91.12.40, the server for the domain atelier-nomade.fr.)",
                               "550 5.1.1 <compta@atelier-nomade.fr>: Recipient address rejected: User unknown in virtual mailbox table"),
                           rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER_ADDR),
          ("Subject", "Delivery Status Notification (Failure)"), ("Date", date(30, "09:30")),
          ("Message-ID", "<674b0a12.050a0220.2a1f3.9c41.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied"),
          ("References", mid), ("In-Reply-To", mid), ("X-Failed-Recipients", rcpt)]
    emit(BO, "gmail_adresse_introuvable", message_bytes(hd, ent), "fr", "Gmail DSN, French human part, 5.1.1 user unknown",
         "Gmail", facts=f"failed_recipient={rcpt}")

    # B2 Exchange Online NDR English
    rcpt = "accounts@northlightcoffee.co.uk"
    om, s, mid = orig_msg(rcpt, "F-2026-0311", "2,950.00", "9 November 2026", "en")
    html = ("<html><body><table width=\"710\"><tr><td style=\"font-family:'Segoe UI';font-size:16px\"><b>Your message to "
            "accounts@northlightcoffee.co.uk couldn't be delivered.</b></td></tr><tr><td>accounts wasn't found at northlightcoffee.co.uk.</td></tr>"
            "<tr><td><b>Action Required</b><br>Unknown To address</td></tr><tr><td style=\"font-size:12px\">Diagnostic information for "
            "administrators:<br>Generating server: LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM<br>accounts@northlightcoffee.co.uk<br>"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</td></tr></table></body></html>")
    plain = ("Your message to accounts@northlightcoffee.co.uk couldn't be delivered.\n\naccounts wasn't found at northlightcoffee.co.uk.\n\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    ent = multi("report", [alt(plain, html), dsn("LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM", rcpt, "failed", "5.1.10", None,
                                                   "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                           rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", addr("Microsoft Outlook", "postmaster@northlightcoffee.co.uk")), ("To", OWNER_ADDR),
          ("Subject", "Undeliverable: " + s), ("Date", date(30, "09:31", "+0000")),
          ("Message-ID", "<b7c1e9a2-4f0d-4a6e-9f21-3c8d7b5a1e60@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", mid), ("References", mid), ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-GB")]
    emit(BO, "exchange_online_undeliverable_en", message_bytes(hd, ent), "en", "Exchange Online NDR 5.1.10", "Exchange Online",
         facts=f"failed_recipient={rcpt}", crlf=True)

    # B3 Exchange on-prem French, mailbox full
    rcpt = "s.perrot@atlantique-habitat-promotion.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0301", "7 200,00", "31/10/2026")
    plain = ("La remise à ces destinataires ou groupes n'a pas abouti :\n\nPERROT Sandrine (s.perrot@atlantique-habitat-promotion.fr)\n"
             "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez plus tard ou "
             "contactez directement le destinataire.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : "
             "EXCH02.ahp.local\n\ns.perrot@atlantique-habitat-promotion.fr\n#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##\n")
    ent = multi("report", [text(plain, cs="utf-8", cte="base64"),
                           dsn("EXCH02.ahp.local", rcpt, "failed", "5.2.2", None, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"),
                           raw_entity("text/rfc822-headers", om.split(b"\n\n", 1)[0] + b"\n")],
                params="; report-type=delivery-status")
    hd = [("From", addr("Administrateur système", "postmaster@atlantique-habitat-promotion.fr")), ("To", OWNER_FULL),
          ("Subject", h("Non remis : " + s)), ("Date", date(1, "09:20")),
          ("Message-ID", "<7a1b3c5d-2e4f-4a6b-8c0d-EXCH02.ahp.local>".replace("-EXCH02.ahp.local", "@EXCH02.ahp.local")),
          ("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")]
    emit(BO, "exchange_onprem_non_remis_quota", message_bytes(hd, ent), "fr", "Exchange on-prem 'Non remis :', mailbox full, base64 text",
         "Exchange (on-premises)", facts=f"failed_recipient={rcpt}", crlf=True)

    # B4 Orange
    rcpt = "contact@fleursetfeuillages-nantes.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0305", "980,00", "05/11/2026")
    plain = ("Ce message a été généré automatiquement par le serveur de messagerie Orange.\n\nVotre message n'a pas pu être "
             "délivré au(x) destinataire(s) suivant(s) :\n\n  <contact@fleursetfeuillages-nantes.fr> : boîte aux lettres inexistante\n"
             "    (550 5.1.1 Mailbox does not exist)\n\n--\nThis message was created automatically by the Orange mail server.\n"
             "Your message could not be delivered to the following recipient(s).\n")
    ent = multi("report", [text(plain, cs="iso-8859-1", cte="8bit"),
                           dsn("mwinf5d31.me-wanadoo.net", rcpt, "failed", "5.1.1", "mx.fleursetfeuillages-nantes.fr",
                               "550 5.1.1 Mailbox does not exist"), rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", addr("Mail Delivery System", "MAILER-DAEMON@mwinf5d31.me-wanadoo.net")), ("To", OWNER_ADDR),
          ("Subject", h("Message non délivré / Undelivered Mail")), ("Date", date(2, "11:02")),
          ("Message-ID", "<20261202100214.6E1F11C0004A@mwinf5d31.me-wanadoo.net>"), ("Auto-Submitted", "auto-replied")]
    emit(BO, "orange_message_non_delivre", message_bytes(hd, ent), "fr", "Orange/Wanadoo MTA bilingual bounce",
         "Orange/Wanadoo", facts=f"failed_recipient={rcpt}",
         notes="recipient domain is a shop domain hosted at Orange Pro (fictional)")

    # B5 Free postfix quota
    rcpt = "cave.rocher@cave-rocher.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0322", "1 150,00", "18/11/2026")
    plain = ("This is the mail system at host smtp1-g21.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<cave.rocher@cave-rocher.fr>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2\n"
             "    Quota exceeded (mailbox for user is full) (in reply to end of DATA command)\n")
    ent = multi("report", [raw_entity("text/plain; charset=us-ascii", plain.encode(), [("Content-Description", "Notification")]),
                           dsn("smtp1-g21.free.fr", rcpt, "failed", "5.2.2", "mx1.free.fr",
                               "552 5.2.2 Quota exceeded (mailbox for user is full)", extra="X-Postfix-Queue-ID: 4FqK1d2YbZz9sWm\n"),
                           rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", "MAILER-DAEMON@smtp1-g21.free.fr (Mail Delivery System)"), ("To", OWNER_ADDR),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date(30, "11:08")),
          ("Message-ID", "<20261130100802.3B9A1B00431@smtp1-g21.free.fr>"), ("Auto-Submitted", "auto-replied")]
    emit(BO, "free_postfix_quota_exceeded", message_bytes(hd, ent), "en", "Free (Postfix) quota exceeded 552 5.2.2",
         "Free", facts=f"failed_recipient={rcpt}")

    # B6 OVH Exim no DSN part
    rcpt = "direction@optique-roux.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0309", "5 430,00", "08/11/2026")
    plain = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
             "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  "
             "direction@optique-roux.fr\n    host mx3.mail.ovh.net [188.165.47.122]\n    SMTP error from remote mail server after RCPT "
             "TO:<direction@optique-roux.fr>:\n    550 5.1.1 <direction@optique-roux.fr>: Recipient address rejected: User unknown\n\n"
             "------ This is a copy of the message, including all the headers. ------\n\n")
    raw = hdr_bytes([("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mo552.mail-out.ovh.net>"),
                     ("To", OWNER_ADDR), ("Subject", "Mail delivery failed: returning message to sender"),
                     ("Date", date(1, "10:03")), ("Message-Id", "<E1vRk2x-0004Qb-7Z@mo552.mail-out.ovh.net>"),
                     ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"), ("Content-Type", "text/plain; charset=utf-8")]) \
        + b"\n" + plain.encode() + om
    emit(BO, "ovh_exim_mail_delivery_failed_sans_dsn", raw, "en", "OVH Exim-style plain bounce, no message/delivery-status part",
         "OVH", facts=f"failed_recipient={rcpt}", notes="no machine-readable DSN part; copy of original inline")

    # B7 Postfix delay warning
    rcpt = "laurence@maisonverhaegen.be"
    om, s, mid = orig_msg(rcpt, "F-2026-0333", "1 470,00", "25/11/2026")
    plain = ("This is the mail system at host mail.moreau-vidal-interieurs.fr.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             "<laurence@maisonverhaegen.be>: connect to mx.maisonverhaegen.be[185.21.44.9]:25:\n    Connection timed out\n")
    ent = multi("report", [raw_entity("text/plain; charset=us-ascii", plain.encode(), [("Content-Description", "Notification")]),
                           dsn("mail.moreau-vidal-interieurs.fr", rcpt, "delayed", "4.4.1", None, None,
                               extra="Diagnostic-Code: X-Postfix; connect to mx.maisonverhaegen.be[185.21.44.9]:25: Connection timed out\n"
                                     "Will-Retry-Until: Sat, 5 Dec 2026 09:30:12 +0100\n"),
                           raw_entity("text/rfc822-headers", om.split(b"\n\n", 1)[0] + b"\n", [("Content-Description", "Undelivered Message Headers")])],
                params="; report-type=delivery-status")
    hd = [("From", "MAILER-DAEMON@mail.moreau-vidal-interieurs.fr (Mail Delivery System)"), ("To", OWNER_ADDR),
          ("Subject", "Delayed Mail (still being retried)"), ("Date", date(30, "13:31")),
          ("Message-ID", "<20261130123112.8C2D3E00051@mail.moreau-vidal-interieurs.fr>"), ("Auto-Submitted", "auto-replied")]
    emit(BO, "postfix_delayed_mail_warning", message_bytes(hd, ent), "en", "Postfix delay warning (Action: delayed)",
         "Postfix", facts=f"failed_recipient={rcpt};bounce_final=no")

    # B8 Gmail delay
    rcpt = "p.dewaele@dewaele-traiteur.be"
    om, s, mid = orig_msg(rcpt, "F-2026-0300", "2 075,00", "31/10/2026")
    human = ("** Problème de distribution du message **\n\nNous tentons toujours de distribuer votre message à "
             "p.dewaele@dewaele-traiteur.be. Gmail va tenter de le renvoyer pendant encore 45 heures. Vous serez averti si "
             "l'envoi échoue définitivement.\n\nLa réponse du serveur distant est la suivante :\n421 4.7.0 Try again later, closing connection.\n")
    ent = multi("report", [text(human), dsn("googlemail.com", rcpt, "delayed", "4.7.0", "dewaele-traiteur-be.mail.protection.outlook.com.",
                                             "421 4.7.0 Try again later, closing connection.", extra="Will-Retry-Until: Thu, 03 Dec 2026 09:30:12 -0800 (PST)\n"),
                           raw_entity("text/rfc822-headers", om.split(b"\n\n", 1)[0] + b"\n")], params="; report-type=delivery-status")
    hd = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER_ADDR),
          ("Subject", "Delivery Status Notification (Delay)"), ("Date", date(30, "13:45")),
          ("Message-ID", "<674b45a1.170a0220.3c1f9.77d2.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied")]
    emit(BO, "gmail_delay_notification", message_bytes(hd, ent), "fr", "Gmail delay DSN (4.7.0)", "Gmail",
         facts=f"failed_recipient={rcpt};bounce_final=no")

    # B9 Postfix host not found (typo)
    rcpt = "yannick@comptoirdeshales-nantes.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0325", "4 980,00", "20/11/2026")
    plain = ("This is the mail system at host mail.moreau-vidal-interieurs.fr.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n<yannick@comptoirdeshales-nantes.fr>: Host or domain name not found. Name service\n"
             "    error for name=comptoirdeshales-nantes.fr type=MX: Host not found, try again\n")
    ent = multi("report", [raw_entity("text/plain; charset=us-ascii", plain.encode(), [("Content-Description", "Notification")]),
                           dsn("mail.moreau-vidal-interieurs.fr", rcpt, "failed", "5.4.4", None, None,
                               extra="Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=comptoirdeshales-nantes.fr type=MX: Host not found\n"),
                           rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", "MAILER-DAEMON@mail.moreau-vidal-interieurs.fr (Mail Delivery System)"), ("To", OWNER_ADDR),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date(30, "09:30")),
          ("Message-ID", "<20261130083013.1A2B3C00017@mail.moreau-vidal-interieurs.fr>"), ("Auto-Submitted", "auto-replied")]
    emit(BO, "postfix_host_not_found_typo", message_bytes(hd, ent), "en", "Postfix, domain typo, 5.4.4 host not found",
         "Postfix", facts=f"failed_recipient={rcpt}")

    # B10 Exchange rejected as spam
    rcpt = "k.haddad@haddad-optique.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0328", "2 460,00", "24/11/2026")
    plain = ("Delivery has failed to these recipients or groups:\n\nk.haddad@haddad-optique.fr\nYour message wasn't delivered because "
             "the recipient's email provider rejected it.\n\nDiagnostic information for administrators:\n\nGenerating server: "
             "AM6PR10MB2311.EURPRD10.PROD.OUTLOOK.COM\nk.haddad@haddad-optique.fr\nRemote Server returned '550 5.7.1 Message rejected "
             "as spam by Content Filtering.'\n")
    ent = multi("report", [text(plain, cs="us-ascii", cte="7bit"),
                           dsn("AM6PR10MB2311.EURPRD10.PROD.OUTLOOK.COM", rcpt, "failed", "5.7.1", None, "550 5.7.1 Message rejected as spam by Content Filtering."),
                           rfc822(om)], params="; report-type=delivery-status")
    hd = [("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haddad-optique.fr")), ("To", OWNER_ADDR),
          ("Subject", h("Undeliverable: " + s)), ("Date", date(1, "16:49")),
          ("Message-ID", "<c3d2e1f0-aa11-4b22-9c33-AM6PR10MB2311@AM6PR10MB2311.EURPRD10.PROD.OUTLOOK.COM>"),
          ("Auto-Submitted", "auto-replied")]
    emit(BO, "exchange_rejected_as_spam", message_bytes(hd, ent), "en", "Exchange NDR, content filter rejection 5.7.1",
         "Exchange Online", facts=f"failed_recipient={rcpt}", crlf=True)

    # B11 qmail failure notice
    rcpt = "info@librairie-ventdouest.fr"
    om, s, mid = orig_msg(rcpt, "F-2026-0324", "860,00", "21/11/2026")
    plain = ("Hi. This is the qmail-send program at mail.librairie-ventdouest.fr.\nI'm afraid I wasn't able to deliver your message "
             "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
             "<info@librairie-ventdouest.fr>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n")
    raw = hdr_bytes([("From", "MAILER-DAEMON@mail.librairie-ventdouest.fr"), ("To", OWNER_ADDR), ("Subject", "failure notice"),
                     ("Date", date(2, "07:12")), ("Message-ID", "<20261202061201.8812.qmail@mail.librairie-ventdouest.fr>")]) \
        + b"\n" + plain.encode() + om
    emit(BO, "qmail_failure_notice", raw, "en", "qmail 'failure notice', plain text, no DSN, no MIME headers",
         "qmail", facts=f"failed_recipient={rcpt}", notes="no MIME-Version header; original message quoted is French")


# =====================================================================================
# OTHER
# =====================================================================================
def others():
    OT = "other"

    def send(name, hd, entity, lang, pattern, group, notes="", crlf=False):
        emit(OT, name, message_bytes(hd, entity), lang, pattern, group, notes=notes, crlf=crlf)

    def H(frm, subj, day, hm, mid, extra=None, to=OWNER_ADDR):
        hd = [("From", frm), ("To", to), ("Subject", h(subj)), ("Date", date(day, hm)), ("Message-ID", mid)]
        return hd + (extra or [])

    unsub = lambda u: [("List-Unsubscribe", f"<{u}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

    # O1 OVHcloud invoice
    plain = ("Bonjour Gaëlle Moreau-Vidal,\n\nVotre facture FR58921473 d'un montant de 14,39 € TTC est disponible dans votre espace client.\n"
             "Elle sera prélevée sur votre moyen de paiement par défaut dans les prochains jours.\n\nDétail : Domaine moreau-vidal-interieurs.fr "
             "(1 an), Email Pro (1 compte, décembre)\n\nL'équipe OVHcloud\nOVH SAS - 2 rue Kellermann - 59100 Roubaix\n")
    send("ovhcloud_facture_disponible", H("OVHcloud <noreply@ovh.com>", "Votre facture OVHcloud FR58921473", 1, "03:12",
                                          "<ovh.bill.FR58921473@ovh.com>"), alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#000e9c")),
         "fr", "supplier invoice to the owner (hosting)", "OVHcloud", notes="an invoice TO the owner, to be debited")

    # O2 Free Pro invoice
    plain = ("Bonjour,\n\nVotre facture Free Pro du mois de décembre 2026 est disponible.\nMontant : 47,99 € TTC\n"
             "Date de prélèvement prévue : 08/12/2026\n\nConsultez-la dans votre Espace Abonné Free Pro.\n\nFree Pro\n")
    send("free_pro_facture", H("Free Pro <facture@freepro.fr>", "Votre facture Free Pro est disponible", 2, "06:00",
                               "<freepro.fact.202612.5518@freepro.fr>"), text(plain), "fr", "telecom invoice with planned debit date",
         "Free Pro")

    # O3 accountant invoice with PDF
    body = ("Bonjour Gaëlle,\n\nVous trouverez ci-joint notre facture d'honoraires pour la tenue comptable du 4e trimestre "
            "(n° 2026-1187, 540,00 € TTC), payable à réception.\n\nPar ailleurs, pensez à nous transmettre les relevés Stripe de "
            "novembre pour le rapprochement.\n\nBien cordialement,\nNicolas Lemaire\nExpert-comptable\nCabinet Lemaire & Associés - Rezé\n")
    send("cabinet_lemaire_facture_honoraires", H(addr("Nicolas Lemaire", "n.lemaire@lemaire-associes-compta.fr"),
                                                  "Facture honoraires T4 2026", 3, "17:40", "<20261203164012.n.lemaire@lemaire-associes-compta.fr>"),
         multi("mixed", [text(body), attach("application/pdf", "Facture_2026-1187_MoreauVidal.pdf",
                                             pdf(["CABINET LEMAIRE & ASSOCIES", "Facture n. 2026-1187", "Client : MOREAU-VIDAL INTERIEURS",
                                                  "Tenue comptable T4 2026 : 450,00 HT", "TVA 20% : 90,00", "Total TTC : 540,00 EUR"]))]),
         "fr", "accountant's invoice TO the owner, PDF", "Cabinet Lemaire & Associés",
         notes="written by a person but it is a supplier invoice to the owner -> other per guide")

    # O4 URSSAF
    plain = ("Madame MOREAU-VIDAL GAELLE,\n\nUn nouveau document est disponible dans votre espace en ligne urssaf.fr :\n"
             "« Échéancier de cotisations provisionnelles 2027 ».\n\nPour le consulter, connectez-vous à votre espace sur urssaf.fr, "
             "rubrique Messagerie.\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\nVotre Urssaf\n")
    send("urssaf_nouveau_document", H("Urssaf <ne-pas-repondre@urssaf.fr>", "Un nouveau document est disponible dans votre espace",
                                      2, "08:30", "<urssaf.msg.20261202.0830.1187@urssaf.fr>"), text(plain, cs="iso-8859-1"),
         "fr", "public body notification (URSSAF)", "URSSAF")

    # O5 impots.gouv CFE
    plain = ("Madame,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel "
             "sur impots.gouv.fr.\n\nMontant : 312,00 €\nDate limite de paiement : 15/12/2026\n\nSi vous avez adhéré au prélèvement "
             "mensuel ou à l'échéance, aucune démarche n'est nécessaire.\n\nLa Direction générale des Finances publiques\n"
             "Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.\n")
    send("impots_gouv_avis_cfe", H("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Votre avis de CFE est disponible",
                                   30, "07:15", "<dgfip.cfe.2026.442211@dgfip.finances.gouv.fr>"), text(plain),
         "fr", "tax notice (CFE), mentions amount and deadline", "impots.gouv.fr")

    # O6 LinkedIn
    plain = ("Gaëlle, vous êtes apparue dans 27 recherches cette semaine\n\nDes personnes de Vinci Immobilier, Nexity et d'autres "
             "entreprises ont recherché des profils comme le vôtre.\n\nVoir qui a consulté votre profil : https://www.linkedin.com/me/search-appearances/\n\n"
             "Vous recevez des e-mails de notification de LinkedIn. Se désabonner.\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n")
    send("linkedin_recherches", H("LinkedIn <notifications-noreply@linkedin.com>", "Gaëlle, vous êtes apparue dans 27 recherches cette semaine",
                                  1, "12:10", "<1456793072.3318821.1764587400@ltx1-app2194.prod.linkedin.com>",
                                  unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe")),
         alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#0a66c2")), "fr", "social network notification", "LinkedIn")

    # O7 Malt marketplace
    plain = ("Bonjour Gaëlle,\n\nVous avez reçu une nouvelle proposition de projet !\n\n« Réaménagement d'un plateau de bureaux "
             "300 m² - Nantes » de la part de Kaïros Conseil\nBudget indicatif : 8 000 - 12 000 €\nDémarrage souhaité : janvier 2027\n\n"
             "Répondez rapidement pour maximiser vos chances.\n\nL'équipe Malt\n")
    send("malt_nouvelle_proposition", H("Malt <noreply@malt.com>", "Nouvelle proposition de projet : Réaménagement plateau de bureaux",
                                        3, "10:22", "<malt.proj.20261203.7H2K@malt.com>"), alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#fc5757")),
         "fr", "freelance marketplace notification", "Malt")

    # O8 phishing Crédit Agricole
    html = html_wrap("<p><img src=\"https://ca-securite-clients.info/logo.png\" alt=\"Crédit Agricole\"></p><p>Cher(e) client(e),</p>"
                     "<p>Suite à la mise à jour de la directive DSP2, votre accès à la banque en ligne sera <b>suspendu sous 24h</b> si vous "
                     "ne validez pas votre nouvel appareil de confiance.</p><p><a href=\"https://ca-securite-clients.info/sso/valider\" "
                     "style=\"background:#007461;color:#fff;padding:10px 20px\">Valider mon appareil</a></p><p>Crédit Agricole - Service Sécurité</p>")
    send("phishing_credit_agricole_dsp2", H("Credit Agricole <securite@ca-securite-clients.info>", "Action requise : votre accès sera suspendu",
                                            2, "03:44", "<20261202024411.5F1A@ca-securite-clients.info>",
                                            [("Reply-To", "support-ca@protonmail.example")]),
         text(html, "html"), "fr", "phishing imitating a bank (lookalike domain)", "phishing",
         notes="imitates Crédit Agricole from a non-bank domain")

    # O9 phishing PayPal fake payment
    plain = ("Vous avez reçu un paiement de 2 400,00 EUR\n\nBonjour,\n\nUn paiement de 2 400,00 EUR de Atlantique Habitat Promotion est en "
             "attente sur votre compte. Pour le recevoir, vous devez confirmer vos informations de vendeur et régler les frais de "
             "vérification de 29,90 EUR.\n\nConfirmer maintenant : http://paypal-fr.secure-verif-compte.com/login\n\nService PayPal\n")
    send("phishing_paypal_paiement_en_attente", H("service@paypal.fr <noreply@secure-verif-compte.com>", "Vous avez reçu un paiement de 2 400,00 EUR",
                                                  4, "01:20", "<e2a4f1b9c7@secure-verif-compte.com>"), text(plain), "fr",
         "phishing mimicking a PayPal payment received (fake domain, fees)", "phishing",
         notes="mimics a payment notice; label other per guide")

    # O10 spam gagné
    plain = ("FÉLICITATIONS !!!\n\nVotre adresse gaelle@moreau-vidal-interieurs.fr a été tirée au sort : vous avez gagné un "
             "iPhone 17 Pro Max !\nPour recevoir votre cadeau, il vous suffit de régler les frais de livraison (1,95 €).\n\n"
             "👉 Récupérer mon cadeau : http://gagnant-noel-2026.example/r/8821\n\nOffre valable 48h.\n")
    send("spam_vous_avez_gagne", H("Grand Jeu de Noël <win@gagnant-noel-2026.example>", "🎁 Gaëlle, vous avez gagné !", 30, "04:02",
                                   "<spam.8821.1764471720@gagnant-noel-2026.example>", [("X-Spam-Flag", "YES"), ("X-Spam-Score", "9.8")]),
         text(plain), "fr", "lottery spam", "spam")

    # O11 Google Calendar invitation
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261208T080000Z\nDTEND:20261208T093000Z\nDTSTAMP:20261201T101500Z\n"
           "ORGANIZER;CN=Yannick Le Goff:mailto:yannick@comptoirdeshalles-nantes.fr\n"
           "UID:5k2q8f1m3p0r7s9t@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gaelle@moreau-vidal-interieurs.fr:mailto:gaelle@moreau-vidal-interieurs.fr\n"
           "SUMMARY:Réunion de chantier - reprise bar\nLOCATION:Le Comptoir des Halles\\, 3 place du Bouffay\\, Nantes\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    plain = ("Réunion de chantier - reprise bar\nmardi 8 déc. 2026 ⋅ 09:00 – 10:30 (heure normale d'Europe centrale)\n"
             "Le Comptoir des Halles, 3 place du Bouffay, Nantes\n\nOrganisateur : Yannick Le Goff\n\nRépondre : Oui - Peut-être - Non\n\n"
             "Invitation de Google Agenda\n")
    ent = multi("mixed", [multi("alternative", [text(plain), text("<p>" + plain.replace("\n", "<br>") + "</p>", "html"),
                                                text(ics, "calendar", ct_params="; method=REQUEST", cte="7bit" if False else "quoted-printable")]),
                          attach("application/ics", "invite.ics", ics.encode())])
    send("google_calendar_invitation_chantier", H(addr("Yannick Le Goff", "calendar-notification@google.com"),
                                                  "Invitation: Réunion de chantier - reprise bar @ mar. 8 déc. 2026 09:00 - 10:30 (UTC+1) (gaelle@moreau-vidal-interieurs.fr)",
                                                  1, "11:15", "<calendar-5a0d7f31-22b8-4f0e-a0c1-8e6d21d5b3a9@google.com>",
                                                  [("Sender", "Google Agenda <calendar-notification@google.com>"),
                                                   ("Reply-To", "yannick@comptoirdeshalles-nantes.fr")]),
         ent, "fr", "system calendar invitation with text/calendar", "Google Calendar")

    # O12 Doctolib
    plain = ("Rappel de votre rendez-vous\n\nBonjour Gaëlle,\n\nNous vous rappelons votre rendez-vous :\n\nJeudi 10 décembre 2026 à 18h15\n"
             "Dr Marie-Anne Quéré - Kinésithérapeute\n14 rue de Strasbourg, 44000 Nantes\n\nEn cas d'empêchement, pensez à annuler "
             "votre rendez-vous au moins 24h à l'avance.\n\nL'équipe Doctolib\n")
    send("doctolib_rappel_rdv", H("Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous du jeudi 10 décembre", 3, "18:15",
                                  "<doctolib.rdv.reminder.991827@doctolib.fr>"), alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>", "#107aca")),
         "fr", "appointment reminder", "Doctolib")

    # O13 Colissimo shipping
    plain = ("Bonjour,\n\nVotre colis n° 6A21844392017 expédié par CÉRAMIQUES DE L'ERDRE est en cours d'acheminement.\n"
             "Livraison prévue : vendredi 4 décembre 2026\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A21844392017\n\n"
             "Colissimo - Ceci est un message automatique.\n")
    send("colissimo_colis_en_route", H("Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis est en route", 2, "19:40",
                                       "<colissimo.6A21844392017.2@notif-colissimo-laposte.info>"), text(plain),
         "fr", "shipping notice (samples from tile supplier)", "Colissimo")

    # O14 furniture maker newsletter
    plain = ("ATELIERS KERLAN - Ébénisterie sur mesure\n\nNouveautés hiver : noyer massif, chêne fumé et placages teintés.\n"
             "Prescripteurs : découvrez notre nouvelle gamme de façades cannées et nos délais de fabrication pour janvier (6 semaines).\n\n"
             "Visitez l'atelier à Carquefou les jeudis sur rendez-vous.\n\nVous recevez ce message car vous êtes prescriptrice "
             "partenaire. Se désinscrire : https://ateliers-kerlan.fr/desinscription\n")
    send("kerlan_newsletter_prescripteurs", H("Ateliers Kerlan <newsletter@ateliers-kerlan.fr>", "Nouveautés hiver : façades cannées & noyer massif",
                                              1, "10:00", "<mc.20261201.kerlan.5588@mail.ateliers-kerlan.fr>",
                                              unsub("https://ateliers-kerlan.fr/desinscription")),
         alt(plain, html_wrap("<h2>Nouveautés hiver</h2><p>" + plain.replace("\n", "<br>") + "</p>", "#3b2f2a", "Georgia,serif")),
         "fr", "furniture maker newsletter", "Ateliers Kerlan")

    # O15 SketchUp renewal
    plain = ("Hi Gaëlle,\n\nYour SketchUp Pro subscription will automatically renew on December 14, 2026.\n\nPlan: SketchUp Pro (annual)\n"
             "Amount: €349.00 + VAT\nPayment method: Visa ending 4408\n\nNo action is needed. To manage your subscription, visit "
             "your Trimble account.\n\nTrimble Inc.\n")
    send("sketchup_renewal_notice", H("SketchUp <no-reply@sketchup.com>", "Your SketchUp Pro subscription renews soon", 30, "19:00",
                                      "<tr.renewal.20261130.7712@sketchup.com>"), text(plain), "en",
         "3D software subscription renewal notice", "SketchUp (Trimble)")

    # O16 Maison&Objet badge
    plain = ("Votre badge visiteur est prêt !\n\nMAISON&OBJET PARIS - 15 > 19 janvier 2027 - Paris Nord Villepinte\n\n"
             "Nom : Gaëlle MOREAU-VIDAL\nSociété : Moreau-Vidal Intérieurs\nProfil : Architecte d'intérieur\n\nPrésentez ce badge "
             "(imprimé ou sur smartphone) à l'entrée du salon.\n\nÀ très bientôt,\nL'équipe MAISON&OBJET\n")
    send("maison_objet_badge", H("MAISON&OBJET <visitors@maison-objet.com>", "Votre badge pour MAISON&OBJET janvier 2027", 4, "09:00",
                                 "<mo.badge.2027.J15.44812@maison-objet.com>"),
         multi("mixed", [alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")),
                         attach("application/pdf", "Badge_MO_Janvier2027.pdf", pdf(["MAISON&OBJET PARIS", "Janvier 2027", "Gaelle MOREAU-VIDAL", "Architecte d'interieur"]))]),
         "fr", "trade fair badge with PDF", "Maison&Objet")

    # O17 insurance attestation
    plain = ("Madame Moreau-Vidal,\n\nVotre attestation d'assurance Responsabilité Civile Professionnelle 2027 (contrat HX-RCP-2024-118903) "
             "est disponible dans votre espace client.\n\nNous vous rappelons que votre prochaine échéance de 96,40 € n'a pas pu être "
             "prélevée. Merci de régulariser afin de maintenir vos garanties.\n\nHiscox France\n12 quai des Queyries, 33100 Bordeaux\n")
    send("hiscox_attestation_rc_pro", H("Hiscox France <service.client@hiscox.fr>", "Votre attestation RC Pro 2027 est disponible",
                                        3, "10:45", "<hiscox.att.2027.118903@hiscox.fr>"), text(plain, cs="iso-8859-1"),
         "fr", "insurer notice (attestation + unpaid premium reminder to the owner)", "Hiscox",
         notes="insurer tells the owner her own premium debit failed; not a bank notice")

    # O18 Qonto newsletter
    plain = ("Les nouveautés Qonto de décembre 🎄\n\n- Factures électroniques : soyez prête pour 2027\n- Relances automatiques de vos "
             "factures impayées\n- Nouveau : cartes virtuelles à usage unique\n\nDécouvrir : https://qonto.com/fr/blog\n\n"
             "Vous recevez cet e-mail car vous êtes cliente Qonto. Se désabonner des communications marketing.\n")
    send("qonto_newsletter_decembre", H("Qonto <news@qonto.com>", "Les nouveautés Qonto de décembre 🎄", 1, "16:00",
                                        "<news.qonto.202612.fr.90021@email.qonto.com>", unsub("https://qonto.com/unsubscribe?u=90021")),
         alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")), "fr", "bank's own marketing newsletter", "Qonto",
         notes="mentions invoices and reminders but is marketing")

    # O19 Shine fee invoice
    plain = ("Bonjour Gaëlle,\n\nVotre facture d'abonnement Shine pour novembre 2026 est disponible.\n\nOffre : Shine Plus\n"
             "Montant : 14,90 € HT (17,88 € TTC)\nPrélevé sur votre compte le 01/12/2026.\n\nL'équipe Shine\n")
    send("shine_facture_abonnement", H("Shine <facturation@shine.fr>", "Votre facture Shine de novembre", 1, "05:30",
                                       "<shine.fee.202611.4417@shine.fr>"), text(plain), "fr",
         "bank's own fee invoice", "Shine", notes="bank fee invoice -> other per guide")

    # O20 Google security alert
    plain = ("Nouvelle connexion sur Windows\n\ngaelle@moreau-vidal-interieurs.fr\n\nNous avons détecté une nouvelle connexion à votre "
             "compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Dans le cas contraire, nous vous "
             "aiderons à sécuriser votre compte.\n\nVérifier l'activité\n\nVous avez reçu cet e-mail pour vous informer des "
             "modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n© 2026 Google LLC\n")
    send("google_alerte_securite", H("Google <no-reply@accounts.google.com>", "Alerte de sécurité", 2, "22:14",
                                     "<Kq9x2ZP8dH1vR7wLbYzA3Q@notifications.google.com>"), alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")),
         "fr", "security alert", "Google")

    # O21 material supplier quote
    plain = ("Bonjour Madame Moreau-Vidal,\n\nSuite à votre passage au showroom, veuillez trouver ci-joint notre devis n° D-58213 "
             "pour les carreaux de ciment (réf. Hexa Terracotta, 42 m²) pour le chantier Bao Bei.\nDélai d'approvisionnement : 3 semaines.\n\n"
             "Cordialement,\nService commercial\nCéramiques de l'Erdre - 112 route de Paris, 44300 Nantes\n")
    send("ceramiques_erdre_devis", H("Céramiques de l'Erdre <commercial@ceramiques-erdre.fr>", "Votre devis D-58213", 4, "11:30",
                                     "<devis.58213.20261204@ceramiques-erdre.fr>"),
         multi("mixed", [text(plain, cs="windows-1252"), attach("application/pdf", "Devis_D-58213.pdf",
                                                                pdf(["CERAMIQUES DE L'ERDRE", "DEVIS D-58213", "Carreaux ciment Hexa Terracotta 42 m2", "Total TTC : 3 528,00 EUR"]))]),
         "fr", "material supplier quote to the owner", "Céramiques de l'Erdre", crlf=True)

    # O22 Enscape trial
    plain = ("Hi Gaëlle,\n\nYour Enscape trial ends in 3 days. Keep creating real-time renderings and walkthroughs for your clients "
             "by choosing a plan today.\n\nFixed-seat license: €44.90/month billed annually\n\nChoose a plan: https://enscape3d.com/pricing\n\n"
             "Chaos Software · You're receiving this because you signed up for an Enscape trial. Unsubscribe.\n")
    send("enscape_trial_ends", H("Enscape <hello@enscape3d.com>", "Your Enscape trial ends in 3 days", 4, "15:00",
                                 "<enscape.trial.20261204.e81@enscape3d.com>", unsub("https://enscape3d.com/unsubscribe")),
         alt(plain, html_wrap("<p>" + plain.replace("\n", "<br>") + "</p>")), "en", "render software trial marketing", "Enscape (Chaos)")


def main():
    humans()
    payments()
    autos()
    bounces()
    others()
    write_tsv()
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    print(dict(c), sum(c.values()))


if __name__ == "__main__":
    main()
