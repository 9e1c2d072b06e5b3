#!/usr/bin/env python3
"""Build the final14 blind evaluation set for dunnerd (owner: Nathalie Grosjean,
Grosjean Packaging Design, Lyon). Standard library only. Writes <label>/<name>.eml
and labels.tsv next to this script."""
import base64
import datetime
import email.utils
import os
import quopri
import random
import shutil
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final14"
OWNER_NAME = "Nathalie Grosjean"
OWNER = "nathalie@grosjean-packaging.fr"
OWNER_FULL = "Nathalie Grosjean <nathalie@grosjean-packaging.fr>"
ROWS = []
COLS = ("file label source_repo source_path source_commit license fidelity lang provider "
        "source_group pattern direction amount currency payer reference value_date "
        "counts_as_payment facts split notes").split()
_seq = [0]


# ---------------------------------------------------------------- helpers
def dt(day, hh, mm, tz=1, ss=None):
    """day 30 -> 30 Nov 2026, 1..31 -> Dec 2026."""
    month = 11 if day >= 29 else 12
    if ss is None:
        ss = (day * 7 + hh * 13 + mm * 3) % 60
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    return email.utils.format_datetime(datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=tzinfo))


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset=cs)


def mid(domain, tag=None):
    """Deterministic Message-ID in a style that fits the sending system."""
    _seq[0] += 1
    if tag:
        return "<%s@%s>" % (tag, domain)
    rnd = random.Random("%s/%d" % (domain, _seq[0]))
    hexs = lambda n: "".join(rnd.choice("0123456789ABCDEF") for _ in range(n))
    alnum = lambda n: "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
    if domain == "mail.gmail.com":
        return "<CA+%s_%s@mail.gmail.com>" % (alnum(22), alnum(18))
    if "outlook.com" in domain.lower() or "PROD" in domain or domain.endswith(".local"):
        return "<%s%s@%s>" % (domain.split(".")[0][:12].upper(), hexs(20), domain)
    style = _seq[0] % 4
    if style == 0:
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), domain)
    if style == 1:
        return "<2026%s.%s@%s>" % ("".join(rnd.choice("0123456789") for _ in range(10)), alnum(10), domain)
    if style == 2:
        return "<%s.%s@%s>" % (alnum(16), "".join(rnd.choice("0123456789") for _ in range(7)), domain)
    return "<%s@%s>" % (hexs(32).lower(), domain)


def rem_id(n):
    return "<dunnerd.%d.1@grosjean-packaging.fr>" % n


def part(body, ctype="text/plain", cs="utf-8", cte="quoted-printable", extra=(), params=""):
    """A leaf MIME part: returns (header list, payload bytes)."""
    if isinstance(body, str):
        b = body.encode(cs or "ascii")
    else:
        b = body
    if cte == "quoted-printable":
        payload = quopri.encodestring(b)
    elif cte == "base64":
        enc = base64.b64encode(b).decode()
        payload = ("\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + "\n").encode()
    else:
        payload = b
    ct = ctype
    if cs and ctype.startswith("text/"):
        ct += '; charset="%s"' % cs
    ct += params
    hdrs = [("Content-Type", ct)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs.extend(extra)
    return hdrs, payload


def multi(subtype, parts, boundary=None, params="", preamble=None):
    _seq[0] += 1
    b = boundary or "----=_Part_%d_%d.%d" % (_seq[0] * 7919, 1700000 + _seq[0], 1764000000 + _seq[0] * 37)
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for hdrs, payload in parts:
        out.append(("--%s\n" % b).encode())
        for k, v in hdrs:
            out.append(("%s: %s\n" % (k, v)).encode())
        out.append(b"\n")
        out.append(payload)
        if not payload.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % b).encode())
    return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, params))], b"".join(out)


def raw_part(hdrs, payload):
    return list(hdrs), payload if isinstance(payload, bytes) else payload.encode()


def attach(data, ctype, filename):
    return part(data, ctype, cs=None, cte="base64",
                extra=[("Content-Disposition", 'attachment; filename="%s"' % filename)],
                params='; name="%s"' % filename)


def build(headers, body, crlf=False):
    """headers: list of (k, v) in order; body: (hdrs, payload) from part/multi."""
    bh, payload = body
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in bh:
        lines.append("%s: %s" % (k, v))
    data = ("\n".join(lines) + "\n\n").encode() + payload
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def add(label, name, data, **kw):
    d = os.path.join(OUT, label)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    row = dict.fromkeys(COLS, "")
    row.update(file="%s/%s" % (label, name), label=label, source_repo="synthetic",
               source_path="build.py", source_commit="", license="written for dunnerd",
               fidelity="synthetic", split=SPLIT)
    for k, v in kw.items():
        if k not in row:
            raise KeyError(k)
        row[k] = v
    ROWS.append(row)


def pdf(lines):
    """Minimal one-page PDF with Helvetica text lines (latin-1)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 56 %d Tm (%s) Tj" % (y, esc(ln)))
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def reminder_fr(inv, amount, due, when="Le ven. 27 nov. 2026 à 09:12"):
    return when + ", Nathalie Grosjean <nathalie@grosjean-packaging.fr> a écrit :\n" + \
        "\n".join("> " + l if l else ">" for l in (
            "Bonjour,",
            "",
            "Sauf erreur de ma part, la facture %s d'un montant de %s TTC," % (inv, amount),
            "échue le %s, reste impayée à ce jour." % due,
            "",
            "Pourriez-vous me confirmer la date de règlement prévue ? Mes",
            "coordonnées bancaires figurent en pied de facture.",
            "",
            "Bien cordialement,",
            "",
            "Nathalie Grosjean",
            "Grosjean Packaging Design",
            "Design packaging & étiquettes - Lyon",
            "06 71 42 88 19")) + "\n"


def reminder_en(inv, amount, due, sent="On Fri, 27 Nov 2026 at 09:12, Nathalie Grosjean <nathalie@grosjean-packaging.fr> wrote:"):
    return sent + "\n" + "\n".join("> " + l if l else ">" for l in (
        "Hello,",
        "",
        "Unless I am mistaken, invoice %s for %s, due on %s," % (inv, amount, due),
        "is still outstanding.",
        "",
        "Could you let me know when payment is scheduled? My bank",
        "details are at the bottom of the invoice.",
        "",
        "Kind regards,",
        "",
        "Nathalie Grosjean",
        "Grosjean Packaging Design - Lyon, France")) + "\n"


def reply_headers(frm, subject, date, n=None, to=OWNER_FULL, cc=None, domain="example.fr",
                  xmailer=None, extra=(), inreply=True):
    hd = [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", h(subject)), ("Date", date), ("Message-ID", mid(domain))]
    if n is not None and inreply:
        hd += [("In-Reply-To", rem_id(n)), ("References", rem_id(n))]
    if xmailer:
        hd.append(("X-Mailer", xmailer))
    hd += list(extra)
    return hd


def HR(name, data, lang, group, pattern, facts="", notes=""):
    add("human_reply", name, data, lang=lang, source_group=group, pattern=pattern,
        facts=facts, notes=notes)


# ================================================================ human_reply
def human_replies():
    # 1 Chocolaterie Vernay: promise Friday, Apple Mail, top-posted above quote
    body = ("Bonjour Nathalie,\n\nToutes mes excuses, la facture était restée dans la pile du mois "
            "dernier avec le rush de Noël (les coffrets sont partis, merci encore pour le design, "
            "les clients adorent la dorure).\n\nJe fais le virement vendredi, sans faute.\n\n"
            "Belle journée,\nSophie\n\n--\nSophie Vernay\nChocolaterie Vernay - Maître artisan chocolatier\n"
            "12 rue Mercière, 69002 Lyon\n\n") + reminder_fr("F-2026-0412", "1 480,00 €", "15/11/2026")
    HR("vernay_fr_promise_vendredi.eml", build(reply_headers(
        addr("Sophie Vernay", "sophie.vernay@chocolaterie-vernay.fr"),
        "Re: Rappel : facture F-2026-0412 échue", dt(30, 9, 41), 412, domain="chocolaterie-vernay.fr",
        xmailer="Apple Mail (2.3826.400.131.1.6)"),
        part(body, params="; format=flowed")),
        "fr", "Chocolaterie Vernay", "top-posted promise 'je fais le virement vendredi'",
        "promise_date=2026-12-04")

    # 2 Brasserie du Pilat: tutoiement, iPhone, "demain matin"
    body = ("Salut Nathalie,\n\nAïe désolé j'avais complètement zappé, entre le brassin de Noël et "
            "l'inventaire... Je te fais le virement demain matin depuis le compte pro.\n\n"
            "Et encore bravo pour les étiquettes de la Triple, on a eu plein de retours !\n\nJu\n\n"
            "Envoyé de mon iPhone\n\n> Le 27 nov. 2026 à 09:14, Nathalie Grosjean <nathalie@grosjean-packaging.fr> a écrit :\n"
            "> \n> Bonjour Julien,\n> \n> Petit rappel : la facture F-2026-0419 (2 160,00 € TTC) est échue depuis le 20/11.\n"
            "> Peux-tu me dire quand le règlement est prévu ?\n> \n> Merci et à bientôt,\n> Nathalie\n")
    HR("pilat_fr_tu_demain_matin_iphone.eml", build(reply_headers(
        addr("Julien Roche", "julien@brasseriedupilat.fr"), "Re: Rappel : facture F-2026-0419 échue",
        dt(1, 22, 47), 419, domain="brasseriedupilat.fr", xmailer="iPhone Mail (22B91)"),
        part(body, cte="quoted-printable")),
        "fr", "Brasserie du Pilat", "tutoiement, 'demain matin', Envoyé de mon iPhone",
        "promise_date=2026-12-02")

    # 3 Domaine des Pierres Dorées: fin de la semaine prochaine, latin-1
    body = ("Bonjour Madame Grosjean,\n\nNous sommes en pleines vendanges tardives et expéditions de fin "
            "d'année, je n'ai pas eu le temps de m'occuper de la comptabilité.\n"
            "Le règlement sera fait d'ici la fin de la semaine prochaine.\n\n"
            "Cordialement\n\nBernard Chanrion\nDomaine des Pierres Dorées\nLe Bourg - 69620 Oingt\n"
            "Tél. 04 74 71 .. ..\n")
    HR("pierres_dorees_fr_fin_semaine_prochaine.eml", build(reply_headers(
        addr("Domaine des Pierres Dorées", "contact@domaine-pierres-dorees.fr", "iso-8859-1"),
        "RE: Rappel : facture F-2026-0398 échue", dt(2, 18, 5), 398, domain="domaine-pierres-dorees.fr",
        xmailer="Microsoft Outlook 16.0"),
        part(body, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "Domaine des Pierres Dorées", "'d'ici la fin de la semaine prochaine', ISO-8859-1 QP",
        "promise_date=2026-12-11",
        "end of next week read as Friday 11 Dec (sent Wed 2 Dec); a reviewer could prefer week_of_2026-12-07")

    # 4 Laboratoires Delmas: AP department answers from another address, legal disclaimer, Outlook multipart
    txt = ("Bonjour,\n\nVotre relance adressée à Mme Aubert nous a été transmise.\n\n"
           "La facture F-2026-0405 d'un montant de 4 320,00 EUR TTC a été rapprochée de la commande "
           "4500187236 et validée le 26/11/2026. Elle est programmée dans notre campagne de règlement "
           "fournisseurs du 15 décembre 2026 (virement SEPA).\n\nNous vous rappelons que toute facture "
           "doit mentionner notre numéro de commande pour être traitée.\n\nCordialement,\n\n"
           "Service Comptabilité Fournisseurs\nLaboratoires Delmas Pharma SAS\n"
           "ZI de la Plaine - 01120 Montluel\n\n"
           "________________________________\n"
           "Ce message et toutes les pièces jointes (ci-après le « message ») sont confidentiels et établis "
           "à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
           "interdite. Tout message électronique est susceptible d'altération. Laboratoires Delmas Pharma "
           "décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. "
           "Si vous n'êtes pas destinataire de ce message, merci de le détruire immédiatement et d'avertir "
           "l'expéditeur.\n\nThis message and any attachments (the \"message\") are confidential and intended "
           "solely for the addressees. Any unauthorised use or dissemination is prohibited. E-mails are "
           "susceptible to alteration. Neither Laboratoires Delmas Pharma nor any of its subsidiaries or "
           "affiliates shall be liable for the message if altered, changed or falsified.\n\n"
           "De : Nathalie Grosjean <nathalie@grosjean-packaging.fr>\nEnvoyé : vendredi 27 novembre 2026 09:20\n"
           "À : AUBERT Claire <c.aubert@delmas-pharma.fr>\nObjet : Rappel : facture F-2026-0405 échue\n\n"
           "Bonjour,\n\nSauf erreur de ma part, la facture F-2026-0405 d'un montant de 4 320,00 € TTC...\n")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;} --></style></head><body lang=\"FR\"><div class=\"WordSection1\">"
            + "".join("<p class=\"MsoNormal\">%s</p>" % (l or "&nbsp;") for l in txt.split("\n")[:14])
            + "<p class=\"MsoNormal\" style=\"font-size:7.5pt;color:gray\">" + txt.split("________________________________\n")[1].split("\n\nDe :")[0].replace("\n", "<br>")
            + "</p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De&nbsp;:</b> Nathalie Grosjean &lt;nathalie@grosjean-packaging.fr&gt;<br><b>Envoyé&nbsp;:</b> vendredi 27 novembre 2026 09:20<br><b>À&nbsp;:</b> AUBERT Claire<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0405 échue</p></div></div></body></html>")
    HR("delmas_fr_ap_payment_run_15dec_disclaimer.eml", build(reply_headers(
        addr("Comptabilité Fournisseurs - Delmas Pharma", "comptabilite.fournisseurs@delmas-pharma.fr"),
        "RE: Rappel : facture F-2026-0405 échue", dt(1, 14, 32), 405, cc="AUBERT Claire <c.aubert@delmas-pharma.fr>",
        domain="EUR03-AM5-obe.outlook.com",
        extra=[("Thread-Topic", h("Rappel : facture F-2026-0405 échue")), ("Thread-Index", "AdtEe3kq9Zb0c1xYTWmY4z3dD1Q2fA=="),
               ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
        multi("alternative", [part(txt, cte="quoted-printable"), part(html, "text/html", cte="quoted-printable")]), crlf=True),
        "fr", "Laboratoires Delmas Pharma", "AP mailbox replies (other address), payment campaign date, bilingual disclaimer",
        "promise_date=2026-12-15")

    # 5 Pastificio Marchetti: English, 10th, Italian GDPR footer
    body = ("Dear Nathalie,\n\nThank you for your reminder and sorry for the delay. Your invoice INV-0422 "
            "was approved by our marketing director last week; our accounting department will pay on the "
            "10th of December together with the other foreign suppliers.\n\n"
            "By the way, the printer confirmed the new pasta boxes look great.\n\nBest regards,\n\n"
            "Giulia Marchetti\nMarketing & Brand Manager\nPastificio Marchetti S.r.l.\n"
            "Via Emilia Est 214 - 43123 Parma (PR) - Italia\nP.IVA IT02847310345\n\n"
            "---\nAi sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail "
            "sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio "
            "per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.\n\n"
            + reminder_en("INV-0422", "EUR 3,250.00", "20 Nov 2026"))
    HR("marchetti_en_pay_on_10th_gdpr_footer.eml", build(reply_headers(
        addr("Giulia Marchetti", "g.marchetti@pastificiomarchetti.it"), "Re: Reminder: invoice INV-0422 is overdue",
        dt(30, 16, 12), 422, domain="pastificiomarchetti.it", xmailer="Mozilla Thunderbird"),
        part(body, cte="8bit", params="; format=flowed")),
        "en", "Pastificio Marchetti", "English, 'pay on the 10th', Italian GDPR footer",
        "promise_date=2026-12-10")

    # 6 Biscuiterie Vandenbroucke: payment run on Thursday
    body = ("Hi Nathalie,\n\nNo worries, it's in the system. Our payment run is on Thursday, you should "
            "see it in your account by Friday at the latest.\n\nKind regards / Met vriendelijke groeten,\n\n"
            "Pieter Vandenbroucke\nBiscuiterie Vandenbroucke NV\nKortrijksesteenweg 412, 9000 Gent\n"
            "BTW BE 0457.218.663\n\n" + reminder_en("INV-0415", "EUR 1,270.00", "16 Nov 2026",
                                                 "Op vr 27 nov. 2026 om 09:15 schreef Nathalie Grosjean <nathalie@grosjean-packaging.fr>:"))
    HR("vandenbroucke_en_payment_run_thursday.eml", build(reply_headers(
        addr("Pieter Vandenbroucke", "pieter@vandenbroucke-biscuits.be"), "Re: Reminder: invoice INV-0415 is overdue",
        dt(1, 8, 3), 415, domain="mail.gmail.com"),
        multi("alternative", [part(body, cte="quoted-printable"),
                              part("<div dir=\"ltr\">" + body.split("\n\nOp vr")[0].replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">Op vr 27 nov. 2026 om 09:15 schreef Nathalie Grosjean &lt;nathalie@grosjean-packaging.fr&gt;:<blockquote class=\"gmail_quote\">Hello,<br><br>Unless I am mistaken, invoice INV-0415 ...</blockquote></div>", "text/html", cte="quoted-printable")])),
        "en", "Biscuiterie Vandenbroucke", "English, 'payment run is on Thursday', Dutch quote header, Gmail alternative",
        "promise_date=2026-12-03")

    # 7 Rhône Étiquettes (printer subcontracting): dispute on number of variants
    body = ("Bonjour Nathalie,\n\nJe reviens vers toi concernant la F-2026-0401.\n\n"
            "Le devis D-2026-112 que nous avions validé prévoyait 3 déclinaisons de l'étiquette "
            "(rouge, rosé, blanc) pour le client Cave de Saint-Vérand, pas 5. Les deux déclinaisons "
            "« cuvée prestige » ont été demandées directement par le client final, nous ne les avons "
            "jamais commandées.\n\nNous contestons donc le montant : nous réglerons les 3 déclinaisons "
            "prévues (1 728,00 € TTC) dès réception d'une facture rectifiée, le reste est à voir avec "
            "la cave.\n\nCordialement,\n\nPatrick Giraud\nResponsable PAO\nImprimerie Rhône Étiquettes\n"
            "ZA des Platières - 69390 Vourles\n")
    HR("rhone_etiquettes_fr_dispute_declinaisons.eml", build(reply_headers(
        addr("Patrick Giraud", "p.giraud@rhone-etiquettes.fr"), "RE: Rappel : facture F-2026-0401 échue",
        dt(30, 11, 26), 401, domain="rhone-etiquettes.fr", xmailer="Microsoft Outlook 16.0"),
        part(body, cs="windows-1252", cte="quoted-printable")),
        "fr", "Imprimerie Rhône Étiquettes", "subcontracting printer contests quantity vs quote, asks corrected invoice",
        "dispute=yes;request_invoice=yes")

    # 8 Cartonnages Fayolle: already paid on 24/11
    body = ("Bonjour,\n\nLe règlement de votre facture F-2026-0387 a été effectué le 24/11 par virement "
            "(libellé : FAYOLLE CARTONNAGES FACT 0387). Merci de vérifier de votre côté, les virements "
            "mettent parfois 48h.\n\nBien à vous,\nChristelle Fayolle\nCartonnages Fayolle - Saint-Étienne\n")
    HR("fayolle_fr_already_paid_24_11.eml", build(reply_headers(
        addr("Christelle Fayolle", "christelle@cartonnages-fayolle.fr"), "Re: Rappel : facture F-2026-0387 échue",
        dt(30, 10, 2), 387, domain="cartonnages-fayolle.fr"),
        part(body, cte="8bit")),
        "fr", "Cartonnages Fayolle", "already paid with short date '24/11'", "already_paid=2026-11-24")

    # 9 Maison Berthollet: already paid 27 Nov, bank advice attached as PDF
    avis = pdf(["CIC - Avis d'execution de virement SEPA", "", "Donneur d'ordre : MAISON BERTHOLLET SAS",
                "Beneficiaire : GROSJEAN NATHALIE", "IBAN beneficiaire : FR76 1695 8000 01** **** **** 512",
                "Montant : 3 600,00 EUR", "Date d'execution : 27/11/2026",
                "Motif : FACTURE F-2026-0409 GROSJEAN PACKAGING", "Reference : 2026113100045871"])
    body = ("Bonjour Nathalie,\n\nJe ne comprends pas, le virement est parti le 27 novembre. Je vous joins "
            "l'avis d'exécution transmis par notre banque.\n\nPouvez-vous regarder de votre côté et me "
            "confirmer la bonne réception ?\n\nMerci,\nLéa Marchand\nCheffe de produit - Maison Berthollet "
            "Cosmétiques\n")
    HR("berthollet_fr_already_paid_pdf_advice.eml", build(reply_headers(
        addr("Léa Marchand", "lea.marchand@maison-berthollet.fr"), "Re: Rappel : facture F-2026-0409 échue",
        dt(1, 9, 58), 409, domain="maison-berthollet.fr", xmailer="Microsoft Outlook 16.0"),
        multi("mixed", [part(body, cte="quoted-printable"),
                        attach(avis, "application/pdf", "Avis_virement_F-2026-0409.pdf")])),
        "fr", "Maison Berthollet Cosmétiques", "already paid, bank's execution advice attached as PDF",
        "already_paid=2026-11-27")

    # 10 Savonnerie des Monts d'Or: claimed paid, no date, iPhone, short
    body = ("Bonjour, normalement c'est réglé depuis un moment, vérifiez vos comptes svp.\n"
            "Aurélie\n\nEnvoyé de mon iPhone\n")
    HR("monts_dor_fr_claimed_paid_no_date.eml", build(reply_headers(
        addr("Aurélie Besson", "aurelie@savonnerie-montsdor.fr"), "Re: Rappel : facture F-2026-0393 échue",
        dt(2, 7, 44), 393, domain="savonnerie-montsdor.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Savonnerie des Monts d'Or", "already paid, no date, terse", "already_paid=claimed")

    # 11 Confiturerie Perrin: forwards its bank's confirmation e-mail
    body = ("Bonjour Mme Grosjean,\n\nVoici la confirmation de notre banque, le virement a été fait lundi.\n\n"
            "Marc Perrin\n\n-------- Message transféré --------\nSujet : Confirmation de votre virement\n"
            "Date : Mon, 30 Nov 2026 11:02:17 +0100\nDe : Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>\n"
            "Pour : marc.perrin@confiturerie-perrin.fr\n\n"
            "Bonjour,\n\nNous vous confirmons l'enregistrement de votre virement SEPA :\n\n"
            "  Compte débité : CCP PRO ****4471 CONFITURERIE PERRIN\n  Bénéficiaire : GROSJEAN PACKAGING DESIGN\n"
            "  Montant : 1 050,00 EUR\n  Motif : F-2026-0411\n  Date d'exécution : 30/11/2026\n\n"
            "Crédit Mutuel - Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n")
    HR("perrin_fr_forwarded_bank_confirmation.eml", build(reply_headers(
        addr("Marc Perrin", "marc.perrin@confiturerie-perrin.fr"), "Fwd: Confirmation de votre virement",
        dt(1, 17, 21), 411, domain="confiturerie-perrin.fr", xmailer="Mozilla Thunderbird"),
        part(body, cte="8bit")),
        "fr", "Confiturerie Perrin", "client forwards its own bank's transfer confirmation",
        "already_paid=2026-11-30", "bank wording is inside a human forward; sender is the client")

    # 12 Glaces Bonnard: request invoice again
    body = ("Bonjour,\n\nJe ne retrouve pas votre facture F-2026-0416 dans notre logiciel, elle a dû "
            "partir chez mon ancienne collègue. Pourriez-vous me la renvoyer en PDF à cette adresse ?\n\n"
            "Merci d'avance,\n\nCamille Rousset\nAssistante administrative\nGlaces Bonnard - Villefranche-sur-Saône\n")
    HR("bonnard_fr_request_invoice.eml", build(reply_headers(
        addr("Camille Rousset", "compta@glaces-bonnard.fr"), "RE: Rappel : facture F-2026-0416 échue",
        dt(3, 10, 15), 416, domain="glaces-bonnard.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Glaces Bonnard", "asks for the invoice again (lost with previous colleague)", "request_invoice=yes")

    # 13 Distillerie Colombier: asks RIB
    body = ("Bonjour Nathalie,\n\nNous avons changé de logiciel de paie/compta en novembre et vos "
            "coordonnées bancaires n'ont pas été reprises. Peux-tu me renvoyer ton RIB (PDF) pour que "
            "je crée le fournisseur ? Le paiement partira dans la foulée.\n\nMerci !\nOlivier\n"
            "Distillerie Colombier\n")
    HR("colombier_fr_request_rib.eml", build(reply_headers(
        addr("Olivier Colombier", "olivier@distillerie-colombier.fr"), "Re: Rappel : facture F-2026-0402 échue",
        dt(2, 15, 37), 402, domain="distillerie-colombier.fr"),
        part(body, cte="8bit")),
        "fr", "Distillerie Colombier", "asks for RIB after software change, vague 'dans la foulée'", "request_rib=yes")

    # 14 Oléa Naturals: English, resend invoice + IBAN, new AP tool
    body = ("Hi Nathalie,\n\nSorry about this! We moved our bookkeeping to a new AP tool in November and "
            "some supplier invoices fell through the cracks. Could you please resend INV-0420 and confirm "
            "your IBAN/BIC? Our controller won't release any payment to a bank account that isn't "
            "verified in the new system.\n\nThanks so much,\nHannah\n\nHannah Kessler | Founder\n"
            "Oléa Naturals - clean skincare from Provence\n")
    HR("olea_en_request_invoice_and_iban.eml", build(reply_headers(
        addr("Hannah Kessler", "hannah@olea-naturals.com"), "Re: Reminder: invoice INV-0420 is overdue",
        dt(30, 19, 8), 420, domain="olea-naturals.com"),
        multi("alternative", [part(body, cte="7bit" if False else "quoted-printable"),
                              part("<div>" + body.replace("\n", "<br>") + "</div>", "text/html", cte="quoted-printable")])),
        "en", "Oléa Naturals", "asks for invoice and IBAN", "request_invoice=yes;request_rib=yes")

    # 15 Fromagerie Guillermin: "Noté."
    body = "Noté.\n\n-- \nR. Guillermin\n"
    HR("guillermin_fr_note_one_word.eml", build(reply_headers(
        addr("Régis Guillermin", "regis@fromagerie-guillermin.fr"), "Re: Rappel : facture F-2026-0407 échue",
        dt(1, 12, 1), 407, domain="fromagerie-guillermin.fr"),
        part(body, cte="8bit")),
        "fr", "Fromagerie Guillermin", "one-word answer 'Noté.'")

    # 16 Miellerie des Dombes: "ok merci"
    body = "ok merci\n\nEnvoyé de mon iPhone\n\n> Le 27 nov. 2026 à 09:16, Nathalie Grosjean <nathalie@grosjean-packaging.fr> a écrit :\n> \n> Bonjour,\n> Sauf erreur de ma part, la facture F-2026-0414...\n"
    HR("dombes_fr_ok_merci_iphone.eml", build(reply_headers(
        addr("", "miellerie.dombes@example.net"), "Re: Rappel : facture F-2026-0414 échue",
        dt(30, 13, 50), 414, domain="example.net"),
        part(body, cte="quoted-printable")),
        "fr", "Miellerie des Dombes", "'ok merci' only, no name, iPhone")

    # 17 Thés Kerlann: negations, début janvier
    body = ("Bonjour Nathalie,\n\nJe vous réponds en toute transparence : nous ne contestons pas du tout "
            "la facture, le travail sur la gamme de boîtes est superbe. Mais je n'ai pas encore pu payer, "
            "la trésorerie est très tendue avant les commandes de Noël des épiceries fines.\n\n"
            "Je pense pouvoir régler début janvier, quand les distributeurs nous auront payés. "
            "J'espère que cela ne vous pose pas trop de souci.\n\nBien cordialement,\n\nGwenaëlle Kerlann\n"
            "Thés & Infusions Kerlann\n")
    HR("kerlann_fr_negation_debut_janvier.eml", build(reply_headers(
        addr("Gwenaëlle Kerlann", "gwenaelle@thes-kerlann.fr"), "Re: Rappel : facture F-2026-0396 échue",
        dt(2, 21, 33), 396, domain="thes-kerlann.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Thés Kerlann", "'nous ne contestons pas', 'pas encore pu payer', 'début janvier'",
        "promise_date=early_2027-01", "early_YYYY-MM form as in GUIDE ('début janvier')")

    # 18 Torréfaction Mazet: pas encore pu, lundi
    body = ("Bonjour,\n\nJe n'ai pas encore pu faire le virement, ma banque m'a bloqué l'ajout de "
            "nouveaux bénéficiaires le temps de valider ma clé de sécurité. Je m'en occupe lundi.\n\n"
            "Désolé pour le retard\nThomas Mazet\nTorréfaction Mazet - Croix-Rousse\n")
    HR("mazet_fr_pas_encore_lundi.eml", build(reply_headers(
        addr("Thomas Mazet", "thomas@torrefaction-mazet.fr"), "Re: Rappel : facture F-2026-0413 échue",
        dt(3, 18, 27), 413, domain="torrefaction-mazet.fr"),
        part(body, cte="8bit")),
        "fr", "Torréfaction Mazet", "negation 'pas encore pu', promise 'lundi' (sent Thursday)",
        "promise_date=2026-12-07")

    # 19 Cave des Coteaux de Brouilly: forwards to colleague, owner in Cc
    body = ("Karine,\n\nPeux-tu regarder cette facture de Nathalie Grosjean (les étiquettes de la cuvée "
            "Vieilles Vignes) et la passer au prochain paiement fournisseurs ? Le BAT a été validé par le "
            "conseil le 6 octobre.\n\nMerci,\nFrançois\n\nFrançois Dumontet\nDirecteur commercial\n"
            "Cave des Coteaux de Brouilly\n\n-----Message d'origine-----\nDe : Nathalie Grosjean "
            "<nathalie@grosjean-packaging.fr>\nEnvoyé : vendredi 27 novembre 2026 09:17\nÀ : François Dumontet\n"
            "Objet : Rappel : facture F-2026-0408 échue\n\nBonjour,\n\nSauf erreur de ma part, la facture "
            "F-2026-0408 d'un montant de 2 640,00 € TTC, échue le 10/11/2026, reste impayée à ce jour.\n")
    HR("brouilly_fr_forward_colleague_owner_cc.eml", build(reply_headers(
        addr("François Dumontet", "f.dumontet@coteaux-brouilly.fr"), "TR: Rappel : facture F-2026-0408 échue",
        dt(30, 15, 3), 408, to=addr("Karine Vial", "k.vial@coteaux-brouilly.fr"), cc=OWNER_FULL,
        domain="coteaux-brouilly.fr", xmailer="Microsoft Outlook 16.0"),
        part(body, cs="windows-1252", cte="quoted-printable"), crlf=True),
        "fr", "Cave des Coteaux de Brouilly", "forward to colleague, owner in Cc, no date given")

    # 20 Sérénia Dermo: Outlook HTML-only, "paiement prévu le 15"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head>"
            "<body dir=\"ltr\"><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">"
            "Bonjour Madame,</div><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\"><br></div>"
            "<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">Paiement prévu le 15 "
            "conformément à nos conditions (45 jours fin de mois).</div><div><br></div>"
            "<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">Cordialement,<br>"
            "<b>Sandrine Lefèvre</b><br>Achats &amp; Approvisionnements<br>Laboratoire Sérénia Dermo<br>"
            "<span style=\"color:#7f7f7f\">Pensez à l'environnement avant d'imprimer ce message.</span></div>"
            "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
            "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>De :</b> Nathalie Grosjean "
            "&lt;nathalie@grosjean-packaging.fr&gt;<br><b>Envoyé :</b> vendredi 27 novembre 2026 09:18<br>"
            "<b>Objet :</b> Rappel : facture F-2026-0417 échue</font><div>&nbsp;</div></div>"
            "<div>Bonjour,<br><br>Sauf erreur de ma part, la facture F-2026-0417 d'un montant de 1 920,00 € TTC, "
            "échue le 18/11/2026, reste impayée à ce jour.</div></body></html>")
    HR("serenia_fr_outlook_html_only_prevu_le_15.eml", build(reply_headers(
        addr("LEFEVRE Sandrine", "s.lefevre@serenia-dermo.fr"), "RE: Rappel : facture F-2026-0417 échue",
        dt(2, 11, 48), 417, domain="PR3P195MB0872.EURP195.PROD.OUTLOOK.COM",
        extra=[("Thread-Topic", h("Rappel : facture F-2026-0417 échue")), ("Accept-Language", "fr-FR, en-US"),
               ("Content-Language", "fr-FR"), ("X-MS-Exchange-Organization-SCL", "1")]),
        part(html, "text/html", cs="windows-1252", cte="quoted-printable"), crlf=True),
        "fr", "Laboratoire Sérénia Dermo", "Outlook HTML-only windows-1252, 'paiement prévu le 15' (45 j FDM)",
        "promise_date=2026-12-15")

    # 21 Studio Kaolin: question before paying
    body = ("Hello Nathalie,\n\nAvant de lancer le paiement, une question : la facture F-2026-0403 inclut-elle "
            "la cession des droits pour l'export (Suisse + Canada) et les fichiers sources Illustrator des "
            "étuis ? Le client nous les réclame et je veux être sûre qu'on ne nous facturera pas un "
            "supplément plus tard.\n\nMerci de ton retour,\nAnaïs\n\nStudio Kaolin - agence de design\n"
            "Lyon 7e\n")
    HR("kaolin_fr_question_sources_droits.eml", build(reply_headers(
        addr("Anaïs Prévost", "anais@studio-kaolin.fr"), "Re: Rappel : facture F-2026-0403 échue",
        dt(1, 16, 40), 403, domain="studio-kaolin.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Studio Kaolin", "question on rights/source files before paying, no dispute")

    # 22 Biscuits Lamarque: complaint, wrong EAN, refuses to pay
    body = ("Madame Grosjean,\n\nNous avons découvert à la mise en rayon que le code EAN-13 imprimé sur les "
            "étuis « Sablés au beurre 200 g » est celui de la référence 150 g. Le fichier que vous nous "
            "avez livré comportait l'erreur, l'imprimeur nous l'a confirmé.\n\n"
            "Nous avons dû faire réétiqueter 12 000 étuis. Dans ces conditions, nous ne réglerons pas la "
            "facture F-2026-0400 en l'état et vous demandons une proposition de geste commercial.\n\n"
            "Jean-Marc Lamarque\nGérant - Biscuits Lamarque\n")
    HR("lamarque_fr_complaint_wrong_ean.eml", build(reply_headers(
        addr("Jean-Marc Lamarque", "jm.lamarque@biscuits-lamarque.fr"), "Re: Rappel : facture F-2026-0400 échue",
        dt(30, 8, 22), 400, domain="biscuits-lamarque.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Biscuits Lamarque", "complaint about delivered work, refuses to pay", "dispute=yes")

    # 23 Domaine Lathuilière-Rivet: two instalments
    body = ("Bonjour Nathalie,\n\nLa récolte a été maigre cette année (grêle en juin), et la facture tombe "
            "mal. Je vous propose de régler en deux fois : 600 € le 10 décembre et le reste, 780 €, le "
            "8 janvier. Dites-moi si ça vous convient.\n\nMarie Lathuilière\nDomaine Lathuilière-Rivet\n"
            "Chiroubles\n\n" + reminder_fr("F-2026-0410", "1 380,00 €", "12/11/2026", "Le ven. 27 nov. 2026 à 09:19"))
    HR("lathuiliere_fr_two_instalments.eml", build(reply_headers(
        addr("Marie Lathuilière", "marie@lathuiliere-rivet.fr"), "Re: Rappel : facture F-2026-0410 échue",
        dt(1, 20, 14), 410, domain="lathuiliere-rivet.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Domaine Lathuilière-Rivet", "proposes two instalments (10 Dec and 8 Jan)",
        "promise_date=2026-12-10", "second instalment 780 EUR promised for 2027-01-08")

    # 24 Northfield Botanicals: English, next week
    body = ("Hi Nathalie,\n\nApologies - our finance lead was off sick. Payment will be released next week "
            "once she's back and has signed off the batch.\n\nCheers,\nTom\n\nTom Ashworth\nOperations, "
            "Northfield Botanicals Ltd\nUnit 4, Mill Lane, Hebden Bridge HX7 8AD, UK\n\n"
            + reminder_en("INV-0418", "EUR 2,760.00", "19 Nov 2026"))
    HR("northfield_en_next_week.eml", build(reply_headers(
        addr("Tom Ashworth", "tom@northfieldbotanicals.co.uk"), "RE: Reminder: invoice INV-0418 is overdue",
        dt(2, 10, 5, tz=0), 418, domain="northfieldbotanicals.co.uk"),
        part(body, cte="7bit")),
        "en", "Northfield Botanicals", "English 'next week'", "promise_date=week_of_2026-12-07")

    # 25 Épicerie Maison Faure: la semaine prochaine
    body = ("Bonjour,\nc'est noté, je règle la facture la semaine prochaine.\nCordialement\n"
            "Hélène Faure\n")
    HR("faure_fr_semaine_prochaine.eml", build(reply_headers(
        addr("Hélène Faure", "helene@maison-faure-epicerie.fr"), "RE: Rappel : facture F-2026-0395 échue",
        dt(2, 9, 11), 395, domain="maison-faure-epicerie.fr"),
        part(body, cs="iso-8859-1", cte="8bit")),
        "fr", "Maison Faure", "'la semaine prochaine', 8-bit latin-1", "promise_date=week_of_2026-12-07")

    # 26 Cosmétiques Ardèche Bio: fin du mois
    body = ("Bonjour Nathalie,\n\nBien reçu. Nous payons nos prestataires en fin de mois, votre facture "
            "F-2026-0406 sera donc réglée fin décembre.\n\nBonne journée\nÉmilie Sauvan\nArdèche Bio Cosmétiques\n")
    HR("ardeche_bio_fr_fin_decembre.eml", build(reply_headers(
        addr("Émilie Sauvan", "emilie.sauvan@ardechebio-cosmetiques.fr"), "Re: Rappel : facture F-2026-0406 échue",
        dt(1, 11, 20), 406, domain="ardechebio-cosmetiques.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Ardèche Bio Cosmétiques", "'fin décembre'", "promise_date=2026-12-31")

    # 27 Charcuterie Bessenay: sous 48h
    body = ("Bonjour Madame Grosjean\n\nOn a bien reçu votre relance, excusez nous. Le paiement sera fait "
            "sous 48h.\n\nCordialement\nSalaisons de Bessenay\nService administratif\n")
    HR("bessenay_fr_sous_48h.eml", build(reply_headers(
        addr("Salaisons de Bessenay", "administratif@salaisons-bessenay.fr"), "RE: Rappel : facture F-2026-0404 échue",
        dt(30, 10, 0), 404, domain="salaisons-bessenay.fr"),
        part(body, cte="8bit")),
        "fr", "Salaisons de Bessenay", "'sous 48h' (sent Mon 10:00)", "promise_date=2026-12-02")

    # 28 Vins Dargaud: "le 7" + invoice amount mention, top-posted
    body = ("Le virement partira le 7.\nCdt\nP. Dargaud\n\n" +
            reminder_fr("F-2026-0392", "2 040,00 €", "05/11/2026", "Le ven. 27 nov. 2026 à 09:20"))
    HR("dargaud_fr_le_7_terse.eml", build(reply_headers(
        addr("Pascal Dargaud", "p.dargaud@vins-dargaud.fr"), "Re: Rappel : facture F-2026-0392 échue",
        dt(2, 17, 55), 392, domain="vins-dargaud.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Vins Dargaud", "terse 'le virement partira le 7'", "promise_date=2026-12-07")

    # 29 Ferme de la Chapelle (yaourts): needs corrected invoice with PO
    body = ("Bonjour,\n\nVotre facture ne peut pas être payée en l'état : il manque notre numéro de bon de "
            "commande (BC-2026-0884) et notre adresse de facturation a changé depuis septembre "
            "(Ferme de la Chapelle SAS, 240 chemin des Prés, 01600 Trévoux).\n\nMerci de nous renvoyer une "
            "facture corrigée, elle sera réglée à réception. Nous ne remettons pas en cause la prestation.\n\n"
            "Cordialement,\nNadia Benali\nComptabilité\n")
    HR("chapelle_fr_corrected_invoice_po.eml", build(reply_headers(
        addr("Nadia Benali", "compta@ferme-de-la-chapelle.fr"), "RE: Rappel : facture F-2026-0397 échue",
        dt(3, 14, 9), 397, domain="ferme-de-la-chapelle.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Ferme de la Chapelle", "asks corrected invoice with PO; 'ne remettons pas en cause'",
        "request_invoice=yes")

    # 30 Pierres Dorées' owner writes from a personal address, fresh mail (no In-Reply-To)
    body = ("Bonjour Nathalie,\n\nJe vous écris de ma boîte perso, celle du domaine est en panne depuis "
            "lundi. Ma femme a fait le virement ce matin pour les étiquettes du Beaujolais nouveau, "
            "vous devriez le voir demain.\n\nBernard\n")
    HR("pierres_dorees_fr_personal_address_paid_today.eml", build(reply_headers(
        addr("Bernard Chanrion", "bchanrion@famille-chanrion.fr"), "Facture étiquettes", dt(3, 11, 2),
        None, domain="famille-chanrion.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Domaine des Pierres Dorées", "fresh mail from personal address, paid this morning, no invoice number",
        "already_paid=2026-12-03", "same client as pierres_dorees_fr_fin_semaine_prochaine, different address")

    # 31 Biscuiterie Vandenbroucke (Belgian French), mercredi prochain le 9
    body = ("Bonjour Madame Grosjean,\n\nIl s'agit bien de la facture de mille deux cent septante euros pour "
            "les boîtes en fer de Saint-Nicolas ? Le paiement sera exécuté mercredi prochain, le 9, "
            "avec notre liste de paiements de la quinzaine.\n\nBien à vous,\n\nAn De Smet\nBoekhouding / "
            "Comptabilité\nBiscuiterie Vandenbroucke NV\n")
    HR("vandenbroucke_fr_belgian_mercredi_9.eml", build(reply_headers(
        addr("An De Smet", "boekhouding@vandenbroucke-biscuits.be"), "RE: Reminder: invoice INV-0415 is overdue",
        dt(3, 9, 30), 415, domain="vandenbroucke-biscuits.be", xmailer="Microsoft Outlook 16.0"),
        part(body, cte="quoted-printable")),
        "fr", "Biscuiterie Vandenbroucke", "Belgian French ('septante'), other colleague, 'mercredi prochain, le 9'",
        "promise_date=2026-12-09")

    # 32 Angry reply, no facts
    body = ("Madame,\n\nTrois relances en dix jours, c'est excessif. Votre facture est en circuit de "
            "validation chez notre service qualité comme toutes les factures fournisseurs. Vous serez "
            "payée quand elle sera validée, inutile de nous relancer.\n\nD. Berthier\nDirection "
            "administrative et financière\nGroupe Alpes Gourmandes\n")
    HR("alpes_gourmandes_fr_angry_no_date.eml", build(reply_headers(
        addr("Didier Berthier", "daf@alpes-gourmandes.fr"), "RE: Rappel : facture F-2026-0394 échue",
        dt(3, 8, 51), 394, domain="alpes-gourmandes.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Groupe Alpes Gourmandes", "annoyed, no date, no dispute of the invoice itself")

    # 33 already paid together with another invoice
    body = ("Bonjour,\n\nJe pense qu'il y a une confusion : la facture F-2026-0421 a été réglée le "
            "20 novembre en même temps que la F-2026-0384, en un seul virement de 2 310,00 €. Le libellé "
            "ne mentionnait peut-être que la première.\n\nCordialement,\nSylvie Moreau\nLes Jardins de Sylvie "
            "(confitures & sirops)\n")
    HR("jardins_sylvie_fr_paid_grouped_transfer.eml", build(reply_headers(
        addr("Sylvie Moreau", "sylvie@jardins-de-sylvie.fr"), "Re: Rappel : facture F-2026-0421 échue",
        dt(4, 9, 12), 421, domain="jardins-de-sylvie.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Les Jardins de Sylvie", "paid on 20 Nov in one grouped transfer for two invoices",
        "already_paid=2026-11-20")

    # 34 English dispute, credit note
    body = ("Hello Nathalie,\n\nWe've looked at INV-0423 and there's a problem. We never approved a third "
            "round of revisions on the gin label - the second round was meant to be final as per the "
            "quote. The invoice should be EUR 1,800, not EUR 2,400.\n\nPlease issue a credit note for the "
            "difference and we'll pay the corrected amount straight away.\n\nRegards,\nSiobhan Kelly\n"
            "Brand Manager | Kelly & Ward Distillers, Cork\n")
    HR("kelly_ward_en_dispute_revisions.eml", build(reply_headers(
        addr("Siobhan Kelly", "siobhan.kelly@kellyward-distillers.ie"), "RE: Reminder: invoice INV-0423 is overdue",
        dt(1, 13, 44, tz=0), 423, domain="kellyward-distillers.ie"),
        part(body, cte="7bit")),
        "en", "Kelly & Ward Distillers", "English dispute on revision rounds, asks credit note", "dispute=yes")

    # 35 Broken MIME: no charset, 8-bit latin-1 bytes
    body = ("Bonjour,\n\nle virement a été fait hier pour la facture des étiquettes de sirop.\n"
            "Bonne réception\n\nGérard Poncet\nSirops Poncet\n").encode("latin-1")
    HR("poncet_fr_broken_charset_paid_yesterday.eml", build(reply_headers(
        addr("", "sirops.poncet@example.fr"), "Re: Rappel : facture F-2026-0389 =?iso-8859-1?Q?=E9chue?=",
        dt(1, 10, 37), 389, domain="example.fr"),
        ([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], body)),
        "fr", "Sirops Poncet", "broken MIME: no charset, raw latin-1 bytes; 'fait hier'",
        "already_paid=2026-11-30")

    # 36 windows-1252 Outlook with smart quotes: d'ici le 18 décembre
    body = ("Bonjour Nathalie,\n\nJe viens de voir votre relance, je suis désolée. Notre expert-comptable "
            "nous a demandé de geler les paiements le temps de la clôture, mais on m’assure que ce sera "
            "réglé d’ici le 18 décembre au plus tard.\n\nBien à vous,\n\nClaire Odin\n« Maison Odin – "
            "pâtes de fruits depuis 1952 »\n")
    HR("odin_fr_cp1252_smart_quotes_18dec.eml", build(reply_headers(
        addr("Claire Odin", "claire@maison-odin.fr", "windows-1252"), "RE: Rappel : facture F-2026-0390 échue",
        dt(4, 15, 18), 390, domain="maison-odin.fr", xmailer="Microsoft Outlook 16.0"),
        part(body, cs="windows-1252", cte="quoted-printable")),
        "fr", "Maison Odin", "windows-1252 curly quotes/dashes, 'd'ici le 18 décembre'", "promise_date=2026-12-18")

    # 37 Mailing-list post by a person
    body = ("Bonjour à toutes et tous,\n\nQuelqu'un a-t-il un retour sur l'impression en sérigraphie "
            "directe sur bouteilles de 75 cl pour de petites séries (500 à 1 000 ex.) dans la région "
            "Rhône-Alpes ? Un domaine me demande de comparer avec l'étiquette papier texturé.\n\n"
            "Merci d'avance !\nCéline Arnaud - designer packaging, Villeurbanne\n\n"
            "_______________________________________________\nliste-packaging mailing list\n"
            "liste-packaging@lists.designers-rhone.example.org\n"
            "https://lists.designers-rhone.example.org/mailman/listinfo/liste-packaging\n")
    HR("mailinglist_fr_question_serigraphie.eml", build([
        ("From", addr("Céline Arnaud", "celine.arnaud@example.org")),
        ("To", "liste-packaging@lists.designers-rhone.example.org"),
        ("Subject", h("[liste-packaging] Sérigraphie directe sur bouteille, retours ?")),
        ("Date", dt(2, 14, 26)), ("Message-ID", mid("example.org")),
        ("List-Id", "Designers packaging Rhone <liste-packaging.lists.designers-rhone.example.org>"),
        ("List-Unsubscribe", "<mailto:liste-packaging-request@lists.designers-rhone.example.org?subject=unsubscribe>"),
        ("List-Post", "<mailto:liste-packaging@lists.designers-rhone.example.org>"),
        ("Precedence", "list"), ("Sender", "liste-packaging-bounces@lists.designers-rhone.example.org")],
        part(body, cte="8bit")),
        "fr", "designers mailing list", "mailing-list post written by a person (List-Id, Precedence: list)")

    # 38 Printer asks for a new quote (not about invoice)
    body = ("Salut Nathalie,\n\nOn a un nouveau client, une cave de Juliénas, qui voudrait refaire toute "
            "sa gamme (4 étiquettes + collerettes). Tu aurais de la dispo en janvier ? Tu peux m'envoyer "
            "un devis avant le 15 ?\n\nBise,\nFred\nImprimerie Vachon Packaging\n")
    HR("vachon_fr_new_quote_request.eml", build(reply_headers(
        addr("Frédéric Vachon", "fred@vachon-packaging.fr"), "Nouveau projet Juliénas", dt(2, 8, 40), None,
        domain="vachon-packaging.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Imprimerie Vachon Packaging", "unrelated work request with a date (quote before the 15th)",
        "", "'avant le 15' is a quote deadline, not a payment promise")

    # 39 Belgian client: VAT number missing
    body = ("Hello Nathalie,\n\nOur accountant rejected INV-0415 because our VAT number (BE 0457.218.663) "
            "is not on it and the reverse-charge mention is missing ('Autoliquidation / Verlegging van "
            "heffing'). Could you send a corrected invoice? Then it goes into the next payment run.\n\n"
            "Thanks,\nPieter\n")
    HR("vandenbroucke_en_vat_number_reissue.eml", build(reply_headers(
        addr("Pieter Vandenbroucke", "pieter@vandenbroucke-biscuits.be"), "INV-0415 - VAT number", dt(4, 11, 5),
        None, domain="mail.gmail.com"),
        part(body, cte="quoted-printable")),
        "en", "Biscuiterie Vandenbroucke", "asks reissued invoice with VAT number; fresh thread", "request_invoice=yes",
        "contradicts his earlier 'payment run on Thursday' mail: realistic")

    # 40 Italian: bonifico disposto oggi
    body = ("Buongiorno Nathalie,\n\nle confermo che il bonifico per la fattura INV-0422 è stato disposto "
            "oggi dal nostro ufficio amministrativo (valuta 1-2 giorni lavorativi).\n\nCordiali saluti,\n"
            "Lorenzo Bassi\nAmministrazione - Pastificio Marchetti S.r.l.\n")
    HR("marchetti_it_bonifico_disposto_oggi.eml", build(reply_headers(
        addr("Lorenzo Bassi", "amministrazione@pastificiomarchetti.it"), "R: Reminder: invoice INV-0422 is overdue",
        dt(3, 12, 7), 422, domain="pastificiomarchetti.it"),
        part(body, cte="quoted-printable")),
        "it", "Pastificio Marchetti", "Italian, transfer ordered today", "already_paid=2026-12-03")

    # 41 ce soir, iPhone
    body = ("Je m'en occupe ce soir en rentrant, promis.\n\nEnvoyé de mon iPhone\n")
    HR("lucie_kombucha_fr_ce_soir_iphone.eml", build(reply_headers(
        addr("Lucie Marin", "lucie@kombucha-lucie.fr"), "Re: Rappel : facture F-2026-0426 échue",
        dt(4, 13, 2), 426, domain="kombucha-lucie.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Kombucha Lucie", "'ce soir', iPhone", "promise_date=2026-12-04")

    # 42 cheque tomorrow, signature with distracting closing dates
    body = ("Bonjour,\n\nNous réglons par chèque, je vous le poste demain à votre adresse de la rue "
            "Saint-Georges.\n\nCordialement,\n\nOdile Chambon\nFromagerie des Monts du Lyonnais\n"
            "Horaires d'hiver : fermé le lundi. Fermeture annuelle du 24/12 au 04/01.\n"
            "Tél. 04 78 .. .. ..\n")
    HR("monts_lyonnais_fr_cheque_demain_signature_dates.eml", build(reply_headers(
        addr("Odile Chambon", "fromagerie.montslyonnais@example.fr"), "Re: Rappel : facture F-2026-0391 échue",
        dt(1, 18, 10), 391, domain="example.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Fromagerie des Monts du Lyonnais", "cheque posted tomorrow; signature with closing dates",
        "promise_date=2026-12-02", "the 24/12-04/01 dates are shop closing dates, not promises")

    # 43 top-posted "Bien reçu, je transmets"
    body = ("Bien reçu, je transmets à la compta.\n\nSébastien\n\n" +
            reminder_fr("F-2026-0399", "890,00 €", "14/11/2026", "Le ven. 27 nov. 2026 à 09:21"))
    HR("vachon_fr_bien_recu_transmets.eml", build(reply_headers(
        addr("Sébastien Vachon", "sebastien@vachon-packaging.fr"), "Re: Rappel : facture F-2026-0399 échue",
        dt(30, 9, 5), 399, domain="vachon-packaging.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Imprimerie Vachon Packaging", "acknowledgement, passes on to accounting, no facts")

    # 44 tutoiement, "c'est parti en paiement"
    body = ("T'inquiète, c'est parti en paiement hier soir, tu devrais l'avoir lundi vu les délais de "
            "la banque.\n\nFred\n")
    HR("vachon_fr_tu_parti_en_paiement.eml", build(reply_headers(
        addr("Frédéric Vachon", "fred@vachon-packaging.fr"), "Re: Re: Rappel : facture F-2026-0399 échue",
        dt(4, 8, 16), 399, domain="vachon-packaging.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Imprimerie Vachon Packaging", "tu, 'parti en paiement hier soir', arrival expected Monday",
        "already_paid=2026-12-03", "'tu devrais l'avoir lundi' is the expected arrival, not a promise to pay")

    # 45 accountant of client
    body = ("Madame,\n\nNous intervenons en qualité d'expert-comptable de la SARL Huilerie Richard. "
            "Votre facture F-2026-0385 a bien été saisie ; son règlement est prévu à échéance le 20/12/2026 "
            "par virement.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
            "Cabinet Roussel & Associés\nExpertise comptable - Commissariat aux comptes\n"
            "Inscrit au Tableau de l'Ordre des experts-comptables de Rhône-Alpes\n")
    HR("richard_fr_accountant_echeance_20_12.eml", build(reply_headers(
        addr("Cabinet Roussel & Associés", "dossiers@roussel-associes.fr"), "Huilerie Richard - votre facture F-2026-0385",
        dt(2, 16, 30), None, domain="roussel-associes.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Huilerie Richard", "client's accountant writes, 'prévu à échéance le 20/12/2026'",
        "promise_date=2026-12-20")

    # 46 emoji, réglé dans la journée
    body = ("Pas de souci, réglé dans la journée 👍\n\nMaxime\n")
    HR("pilat_fr_emoji_dans_la_journee.eml", build(reply_headers(
        addr("Maxime Roche", "maxime@brasseriedupilat.fr"), "Re: Rappel : facture F-2026-0424 échue",
        dt(4, 10, 40), 424, domain="brasseriedupilat.fr"),
        part(body, cte="base64")),
        "fr", "Brasserie du Pilat", "emoji, base64 UTF-8 body, 'dans la journée'", "promise_date=2026-12-04")

    # 47 English: end of day Friday
    body = ("Hi Nathalie - apologies for the delay! I'll wire it by end of day Friday. Loved the new can "
            "designs btw.\n\nRuairi\n\nGreenhill Kombucha Co.\n")
    HR("greenhill_en_end_of_day_friday.eml", build(reply_headers(
        addr("Ruairi Byrne", "ruairi@greenhillkombucha.ie"), "Re: Reminder: invoice INV-0425 is overdue",
        dt(2, 17, 2, tz=0), 425, domain="greenhillkombucha.ie"),
        part(body, cte="7bit")),
        "en", "Greenhill Kombucha", "English 'by end of day Friday' (sent Wed)", "promise_date=2026-12-04")

    # 48 negation, will pay on the 14th
    body = ("Bonjour Nathalie,\n\nNous ne remettons pas en cause votre facture, ni le travail réalisé. "
            "Elle n'a simplement pas encore été validée par notre directeur, absent cette semaine. "
            "Elle sera payée le 14.\n\nCordialement,\nPauline Girard\nLes Vergers de Pauline\n")
    HR("vergers_fr_negation_le_14.eml", build(reply_headers(
        addr("Pauline Girard", "pauline@vergers-de-pauline.fr"), "RE: Rappel : facture F-2026-0388 échue",
        dt(1, 9, 9), 388, domain="vergers-de-pauline.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Les Vergers de Pauline", "negation 'ne remettons pas en cause', 'pas encore été validée', 'le 14'",
        "promise_date=2026-12-14")

    # 49 parent company pays now; no facts (question)
    body = ("Bonjour,\n\nDepuis le 1er novembre, les factures de Savons Lumière sont réglées par notre "
            "maison mère, Groupe Vallon Beauté. Pourriez-vous ré-adresser votre facture à leur nom "
            "(adresse : 18 quai Rambaud, 69002 Lyon) ?\n\nMerci,\nIsabelle\n")
    HR("savons_lumiere_fr_reissue_to_parent.eml", build(reply_headers(
        addr("Isabelle Garnier", "isabelle@savons-lumiere.fr"), "RE: Rappel : facture F-2026-0386 échue",
        dt(30, 14, 44), 386, domain="savons-lumiere.fr"),
        part(body, cte="quoted-printable")),
        "fr", "Savons Lumière", "asks to re-address invoice to parent company", "request_invoice=yes")


# ================================================================ payment_notification
def PN(name, data, lang, provider, pattern, direction, amount, currency, payer="", reference="",
       value_date="", counts="no", notes="", group=None):
    add("payment_notification", name, data, lang=lang, provider=provider, source_group=group or provider,
        pattern=pattern, direction=direction, amount=amount, currency=currency, payer=payer,
        reference=reference, value_date=value_date, counts_as_payment=counts, notes=notes)


def html_doc(inner, title="", bg="#f4f4f4", font="Arial, Helvetica, sans-serif"):
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width, initial-scale=1\"><title>%s</title></head>"
            "<body style=\"margin:0;padding:0;background:%s;font-family:%s;\">"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
            "<td align=\"center\"><table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#ffffff;\">%s</table></td></tr></table></body></html>") % (title, bg, font, inner)


def kv_rows(rows, lc="#6b6b6b", vc="#1d1d1b"):
    return "".join("<tr><td style=\"padding:6px 24px;color:%s;font-size:14px;\">%s</td>"
                   "<td align=\"right\" style=\"padding:6px 24px;color:%s;font-size:14px;font-weight:bold;\">%s</td></tr>"
                   % (lc, k, vc, v) for k, v in rows)


def svc_headers(frm, subject, date, domain, to=OWNER, extra=()):
    return [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", date),
            ("Message-ID", mid(domain))] + list(extra)


def payments():
    # P1 Qonto, money in, alternative
    txt = ("Bonjour Nathalie,\n\nVous avez reçu un virement de 1 480,00 € sur le compte "
           "Grosjean Packaging Design - Compte principal.\n\nDe : CHOCOLATERIE VERNAY\n"
           "Référence : F-2026-0412 GROSJEAN\nDate : 04/12/2026\n\nVoir la transaction : "
           "https://app.qonto.com/transactions\n\nL'équipe Qonto\n\nQonto est une marque d'Olinda SAS, "
           "établissement de paiement agréé par l'ACPR sous le numéro 17418. Cet e-mail a été envoyé "
           "automatiquement, merci de ne pas y répondre.\n")
    html = html_doc(
        "<tr><td style=\"padding:32px 24px 8px 24px;\"><img src=\"https://qonto.com/email/logo.png\" alt=\"Qonto\" width=\"88\"></td></tr>"
        "<tr><td style=\"padding:8px 24px;font-size:22px;font-weight:bold;color:#1d1d1b;\">Vous avez reçu un virement</td></tr>"
        "<tr><td style=\"padding:8px 24px;font-size:32px;color:#1d1d1b;\">+ 1 480,00 €</td></tr>"
        + kv_rows([("De", "CHOCOLATERIE VERNAY"), ("Référence", "F-2026-0412 GROSJEAN"), ("Compte", "Compte principal"),
                   ("Date", "04/12/2026")]) +
        "<tr><td colspan=\"2\" style=\"padding:24px;\"><a href=\"https://app.qonto.com/transactions\" style=\"background:#1d1d1b;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none;\">Voir la transaction</a></td></tr>"
        "<tr><td colspan=\"2\" style=\"padding:24px;font-size:11px;color:#9b9b9b;\">Qonto est une marque d'Olinda SAS, établissement de paiement agréé par l'ACPR sous le numéro 17418. Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.</td></tr>",
        "Qonto")
    PN("qonto_fr_virement_recu_vernay.eml", build(svc_headers(
        addr("Qonto", "noreply@qonto.com"), "Vous avez reçu un virement de 1 480,00 €", dt(4, 8, 2), "qonto.com",
        extra=[("X-Mailer", "Customer.io")]),
        multi("alternative", [part(txt), part(html, "text/html")])),
        "fr", "Qonto", "neobank 'Vous avez reçu un virement', amount in subject and body, HTML card",
        "in", "1480.00", "EUR", "CHOCOLATERIE VERNAY", "F-2026-0412 GROSJEAN", "2026-12-04", "yes",
        "layout modelled on Qonto's public notification style; wording written")

    # P2 Shine
    html = html_doc(
        "<tr><td style=\"padding:28px 32px;background:#101828;color:#fff;font-size:18px;\">shine</td></tr>"
        "<tr><td style=\"padding:28px 32px 4px 32px;font-size:20px;\">Nouveau virement reçu 💸</td></tr>"
        "<tr><td style=\"padding:4px 32px;font-size:15px;color:#344054;\">Bonne nouvelle Nathalie, "
        "<b>BRASSERIE DU PILAT SAS</b> vous a envoyé <b>+ 2 160,00 €</b>.</td></tr>"
        "<tr><td style=\"padding:12px 32px;font-size:14px;color:#475467;\">Libellé : FACT F-2026-0419<br>"
        "Reçu le : mercredi 2 décembre 2026</td></tr>"
        "<tr><td style=\"padding:12px 32px;font-size:14px;color:#475467;\">Pensez à rattacher la facture "
        "correspondante depuis l'onglet Facturation pour garder une compta à jour.</td></tr>"
        "<tr><td style=\"padding:24px 32px;font-size:11px;color:#98a2b3;\">Shine SAS - 5 rue Charlot, 75003 Paris. "
        "Établissement de paiement agréé par l'ACPR (CIB 17328). Vous recevez cet e-mail car les notifications "
        "de transactions sont activées. <a href=\"https://app.shine.fr/settings/notifications\">Gérer mes notifications</a></td></tr>")
    PN("shine_fr_nouveau_virement_recu_pilat.eml", build(svc_headers(
        addr("Shine", "notifications@shine.fr"), "Nouveau virement reçu : + 2 160,00 €", dt(2, 10, 17), "shine.fr"),
        part(html, "text/html", cte="quoted-printable")),
        "fr", "Shine", "HTML-only, '+ 2 160,00 €', emoji in body, notification settings footer",
        "in", "2160.00", "EUR", "BRASSERIE DU PILAT SAS", "FACT F-2026-0419", "2026-12-02", "yes")

    # P3 BNP Paribas alert, plain text, latin-1
    txt = ("Madame GROSJEAN NATHALIE,\n\nVous avez souhaité être informée des opérations créditrices "
           "supérieures à 500,00 EUR sur votre compte.\n\n"
           "Compte : COMPTE PROFESSIONNEL N° ****3318\nDate de l'opération : 01/12/2026\n"
           "Libellé : VIR SEPA RECU /DE CONFITURERIE PERRIN /MOTIF F-2026-0411 /REF 2026113000731\n"
           "Montant : +1 050,00 EUR\n\nPour consulter vos comptes, connectez-vous à votre espace "
           "Mes Comptes sur mabanque.bnpparibas ou à l'application Mes Comptes.\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
           "BNP Paribas ne vous demandera jamais vos codes d'accès par e-mail.\n"
           "BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 bd des Italiens 75009 Paris - "
           "662 042 449 RCS Paris\n")
    PN("bnp_fr_alerte_operation_creditrice_perrin.eml", build(svc_headers(
        addr("BNP Paribas", "alertes@mail.bnpparibas"), "Alerte sur votre compte : opération créditrice",
        dt(1, 7, 4), "mail.bnpparibas"),
        part(txt, cs="iso-8859-15", cte="quoted-printable")),
        "fr", "BNP Paribas", "threshold alert, 'VIR SEPA RECU /DE ... /MOTIF', ISO-8859-15 QP",
        "in", "1050.00", "EUR", "CONFITURERIE PERRIN", "F-2026-0411", "2026-12-01", "yes",
        "libellé layout follows French bank statement style 'VIR SEPA RECU /DE /MOTIF /REF'")

    # P4 Crédit Agricole
    txt = ("Bonjour,\n\nVous trouverez ci-dessous le détail d'une opération enregistrée sur votre compte.\n\n"
           "Compte Courant Professionnel n° XXXXXXX4072\n30/11/2026  VIREMENT EN VOTRE FAVEUR  "
           "MAISON BERTHOLLET SAS  FACTURE F-2026-0409 GROSJEAN PACKAGING\nMontant : 3 600,00 EUR (crédit)\n\n"
           "Votre conseiller et votre agence restent à votre disposition.\n\nCrédit Agricole Centre-Est\n\n"
           "Ce message vous a été envoyé automatiquement dans le cadre de votre service d'alertes. "
           "Merci de ne pas répondre à ce message. Pour modifier vos alertes, rendez-vous sur votre "
           "espace Crédit Agricole en Ligne, rubrique Alertes.\n")
    PN("credit_agricole_fr_virement_en_votre_faveur_berthollet.eml", build(svc_headers(
        addr("Crédit Agricole Centre-Est", "alertes@ca-centrest.fr"), "Alerte opération : crédit sur votre compte",
        dt(30, 6, 45), "ca-centrest.fr"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "Crédit Agricole", "regional bank alert, 'VIREMENT EN VOTRE FAVEUR'",
        "in", "3600.00", "EUR", "MAISON BERTHOLLET SAS", "FACTURE F-2026-0409 GROSJEAN PACKAGING", "2026-11-30", "yes")

    # P5 LCL Avertis, amount in subject, short body
    txt = ("LCL Avertis\n\nBonjour,\n\nUne opération créditrice a été enregistrée sur votre compte "
           "n° ****0521 le 04/12/2026.\nLibellé : VIR SEPA DOMAINE DES PIERRES DOREES\n\n"
           "Retrouvez le détail de vos opérations sur LCL.fr et l'application LCL Mes Comptes.\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\nLCL - Le Crédit Lyonnais SA - "
           "SIREN 954 509 741 - RCS Lyon\n")
    PN("lcl_fr_avertis_operation_creditrice_subject_amount.eml", build(svc_headers(
        addr("LCL Avertis", "avertis@alertes.lcl.fr"), "LCL Avertis : opération créditrice de 960,00 EUR",
        dt(4, 7, 31), "alertes.lcl.fr"),
        part(txt, cte="quoted-printable")),
        "fr", "LCL", "amount only in subject, 'opération créditrice' (LCL Avertis alert type)",
        "in", "960.00", "EUR", "DOMAINE DES PIERRES DOREES", "", "2026-12-04", "yes",
        "based on LCL Avertis alert categories (lcl.fr/compte-bancaire/lcl-avertis)")

    # P6 Société Générale: amount in subject only
    txt = ("Bonjour,\n\nUn virement a été crédité sur votre compte Pro ****7745.\n"
           "Émetteur : BISCUITERIE VANDENBROUCKE NV\n\nPour plus de détails, connectez-vous à votre "
           "Espace Client Professionnels ou à l'appli SG.\n\nSociété Générale\n\nCet e-mail est envoyé "
           "automatiquement. Merci de ne pas y répondre. Société Générale ne vous demande jamais vos "
           "codes confidentiels par e-mail ou par téléphone.\n")
    PN("societe_generale_fr_virement_recu_subject_only_amount.eml", build(svc_headers(
        addr("SG - Alerte", "alertes@info.societegenerale.fr"), "Virement reçu : +1 270,00 EUR",
        dt(4, 9, 48), "info.societegenerale.fr"),
        part(txt, cte="quoted-printable")),
        "fr", "Société Générale", "amount in subject only, payer in body, no reference",
        "in", "1270.00", "EUR", "BISCUITERIE VANDENBROUCKE NV", "", "2026-12-04", "yes")

    # P7 La Banque Postale
    txt = ("Madame Nathalie GROSJEAN,\n\nNous vous informons qu'une opération au crédit a été "
           "enregistrée sur votre compte professionnel n° XXXXXXX2K020 :\n\n"
           "- Date : 02/12/2026\n- Nature : VIREMENT DE SAVONNERIE DES MONTS D OR\n"
           "- Référence : F2026-0393\n- Montant : 720,00 EUR\n\nLa Banque Postale\n\n"
           "Ce courriel vous est adressé dans le cadre du service d'alertes que vous avez souscrit. "
           "Merci de ne pas y répondre.\nLa Banque Postale - SA à Directoire et Conseil de Surveillance - "
           "115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645\n")
    PN("banque_postale_fr_operation_credit_monts_dor.eml", build(svc_headers(
        addr("La Banque Postale", "alertes@labanquepostale.fr"), "Alerte : opération au crédit de votre compte",
        dt(2, 8, 6), "labanquepostale.fr"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "La Banque Postale", "'opération au crédit', list layout, reference without hyphen",
        "in", "720.00", "EUR", "SAVONNERIE DES MONTS D OR", "F2026-0393", "2026-12-02", "yes",
        "client had claimed earlier payment: this credit arrived after its reply")

    # P8 CIC
    html = html_doc(
        "<tr><td style=\"background:#00558b;color:#fff;padding:18px 24px;font-size:18px;\">CIC - Alerte compte</td></tr>"
        "<tr><td style=\"padding:20px 24px;font-size:14px;\">Bonjour,<br><br>Vous avez reçu un virement sur votre compte "
        "<b>CPT PRO 00020451201</b>.</td></tr>"
        "<tr><td><table width=\"100%\" style=\"border-collapse:collapse;font-size:13px;\">"
        "<tr style=\"background:#e8f0f6;\"><th align=\"left\" style=\"padding:8px 24px;\">Date</th><th align=\"left\">Libellé</th><th align=\"right\" style=\"padding-right:24px;\">Montant</th></tr>"
        "<tr><td style=\"padding:8px 24px;\">02/12/2026</td><td>VIR SALAISONS DE BESSENAY F-2026-0404</td><td align=\"right\" style=\"padding-right:24px;\">+1 320,00 EUR</td></tr>"
        "</table></td></tr>"
        "<tr><td style=\"padding:20px 24px;font-size:11px;color:#777;\">Ce message vous est envoyé automatiquement. "
        "Merci de ne pas y répondre. CIC - Crédit Industriel et Commercial - SA au capital de 611 858 064 euros - "
        "6 avenue de Provence 75009 Paris</td></tr>")
    PN("cic_fr_html_table_virement_bessenay.eml", build(svc_headers(
        addr("CIC", "alertes@cic.fr"), "Alerte : virement reçu sur votre compte", dt(2, 19, 3), "cic.fr"),
        part(html, "text/html", cte="quoted-printable")),
        "fr", "CIC", "HTML-only table with one line, reference inside libellé",
        "in", "1320.00", "EUR", "SALAISONS DE BESSENAY", "F-2026-0404", "2026-12-02", "yes",
        "payer name taken from the libellé 'VIR SALAISONS DE BESSENAY'", group="Crédit Mutuel/CIC")

    # P9 BoursoBank
    txt = ("BoursoBank\n\nBonjour Nathalie,\n\nVous avez reçu un virement de 1 560,00 € de DISTILLERIE "
           "COLOMBIER sur votre Compte Pro.\nMotif : REGLEMENT F-2026-0402\nDate de valeur : 03/12/2026\n\n"
           "À très vite sur boursobank.com\n\nCet e-mail vous a été envoyé automatiquement, merci de ne pas "
           "y répondre. BoursoBank - SA au capital de 53 861 268,40 € - RCS Nanterre 351 058 151\n")
    html = html_doc(
        "<tr><td style=\"padding:24px;background:#0b0b55;color:#fff;\"><b>BoursoBank</b></td></tr>"
        "<tr><td style=\"padding:24px;font-size:15px;\">Bonjour Nathalie,<br><br>Vous avez reçu un virement "
        "de <b>1 560,00 €</b> de <b>DISTILLERIE COLOMBIER</b> sur votre Compte Pro.</td></tr>"
        "<tr><td style=\"padding:0 24px;font-size:13px;color:#555\">Motif : REGLEMENT F-2026-0402<br>Date de valeur : 03/12/2026</td></tr>"
        "<tr><td style=\"padding:24px;font-size:11px;color:#999;\">Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre. "
        "BoursoBank - SA au capital de 53 861 268,40 € - RCS Nanterre 351 058 151</td></tr>")
    PN("boursobank_fr_virement_recu_colombier.eml", build(svc_headers(
        addr("BoursoBank", "noreply@boursobank.com"), "Vous avez reçu un virement", dt(3, 11, 40), "boursobank.com"),
        multi("alternative", [part(txt), part(html, "text/html")])),
        "fr", "BoursoBank", "online bank, 'Vous avez reçu un virement de X € de Y', value date",
        "in", "1560.00", "EUR", "DISTILLERIE COLOMBIER", "REGLEMENT F-2026-0402", "2026-12-03", "yes",
        "Boursorama was renamed BoursoBank in 2024")

    # P10 Caisse d'Épargne: 2 virements reçus
    txt = ("Caisse d'Epargne Rhône Alpes\n\nBonjour,\n\n2 virements ont été reçus sur votre compte "
           "n° ****6603 :\n\n  01/12/2026   VIR SIROPS PONCET FACT 389              +640,00 EUR\n"
           "  01/12/2026   VIR SEPA FROMAGERIE GUILLERMIN F0407      +1 180,00 EUR\n\n"
           "Nouveau solde au 01/12/2026 : 8 412,37 EUR\n\nCe message est envoyé automatiquement, "
           "merci de ne pas y répondre.\nCaisse d'Epargne et de Prévoyance Rhône Alpes - Banque coopérative "
           "régie par les articles L.512-85 et suivants du Code monétaire et financier\n")
    PN("caisse_epargne_fr_2_virements_recus.eml", build(svc_headers(
        addr("Caisse d'Epargne", "alertes@caisse-epargne.fr"), "2 virements reçus sur votre compte",
        dt(1, 18, 20), "caisse-epargne.fr"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "Caisse d'Épargne", "plural '2 virements reçus', fixed-width lines, new balance",
        "in|in", "640.00|1180.00", "EUR", "SIROPS PONCET|FROMAGERIE GUILLERMIN", "FACT 389|F0407",
        "2026-12-01|2026-12-01", "yes", "two money-in lines from identified payers; counts_as_payment given for the notice")

    # P11 Banque Populaire Cyberplus
    txt = ("Banque Populaire Auvergne Rhône Alpes\nAlerte Cyberplus\n\nMadame,\n\nNous vous informons "
           "d'un crédit de 1 150,00 EUR sur votre compte courant professionnel ****9012 en date du "
           "03/12/2026.\nLibellé de l'opération : VIR SCEA DOMAINE DU MONT BROUILLY FACTURE 0383\n\n"
           "Cordialement,\nVotre Banque Populaire\n\nMerci de ne pas répondre à ce message envoyé "
           "automatiquement.\n")
    PN("banque_populaire_fr_cyberplus_credit.eml", build(svc_headers(
        addr("Banque Populaire", "alertes-cyberplus@banquepopulaire.fr"), "Alerte Cyberplus : crédit sur votre compte",
        dt(3, 7, 12), "banquepopulaire.fr"),
        part(txt, cte="quoted-printable")),
        "fr", "Banque Populaire", "'crédit de X EUR sur votre compte', libellé with invoice number",
        "in", "1150.00", "EUR", "SCEA DOMAINE DU MONT BROUILLY", "FACTURE 0383", "2026-12-03", "yes")

    # P12 N26 English
    txt = ("Hi Nathalie,\n\nYou've received a transfer of €840.00 from HOPPY FRIDAY SRL.\n\n"
           "Reference: INV-0417 label design\n\nThe money is now available in your N26 Business account.\n\n"
           "Your N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email "
           "because you have enabled transaction notifications in the N26 app.\n")
    PN("n26_en_received_transfer_hoppy_friday.eml", build(svc_headers(
        addr("N26", "no-reply@n26.com"), "You've received €840.00", dt(1, 14, 55, tz=0), "n26.com"),
        part(txt, cte="7bit" if all(ord(c) < 128 for c in txt) else "quoted-printable")),
        "en", "N26", "English 'You've received €840.00', Belgian brewery client",
        "in", "840.00", "EUR", "HOPPY FRIDAY SRL", "INV-0417 label design", "2026-12-01", "yes",
        "INV-0417 here is an English-series invoice distinct from F-2026-0417")

    # P13 Revolut Business
    html = html_doc(
        "<tr><td style=\"padding:32px 32px 0 32px;font-size:24px;font-weight:600;\">You received €3,250.00</td></tr>"
        "<tr><td style=\"padding:16px 32px;font-size:15px;color:#505a63;\">PASTIFICIO MARCHETTI SRL sent you "
        "€3,250.00 to your EUR account.</td></tr>"
        + kv_rows([("Reference", "INV-0422 GROSJEAN PACKAGING"), ("Date", "4 Dec 2026"), ("Account", "Main · EUR")]) +
        "<tr><td colspan=\"2\" style=\"padding:32px;font-size:11px;color:#8b959e;\">Revolut Bank UAB is licensed "
        "by the Bank of Lithuania. You're receiving this email because you have a Revolut Business account. "
        "Please do not reply to this email.</td></tr>", "Revolut Business", font="Inter, Arial, sans-serif")
    PN("revolut_business_en_received_marchetti.eml", build(svc_headers(
        addr("Revolut Business", "no-reply@revolut.com"), "You received €3,250.00 from PASTIFICIO MARCHETTI SRL",
        dt(4, 11, 23, tz=0), "revolut.com"),
        part(html, "text/html", cte="quoted-printable")),
        "en", "Revolut Business", "English HTML-only, amount/payer in subject",
        "in", "3250.00", "EUR", "PASTIFICIO MARCHETTI SRL", "INV-0422 GROSJEAN PACKAGING", "2026-12-04", "yes")

    # P14 Wise GBP
    txt = ("Hi Nathalie Grosjean,\n\nYou've got 1,150.00 GBP from BRIGHTWATER TEA LTD.\n\n"
           "It's in your GBP balance now. Reference: GPD INV-0419\n\nTrack your balance: https://wise.com/home\n\n"
           "Thanks,\nThe Wise team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels. You're getting this "
           "email because you have an account with Wise. Please don't reply - this inbox isn't monitored.\n")
    PN("wise_en_got_gbp_brightwater.eml", build(svc_headers(
        addr("Wise", "noreply@wise.com"), "You've got 1,150.00 GBP", dt(3, 15, 2, tz=0), "wise.com"),
        part(txt, cte="7bit")),
        "en", "Wise", "GBP money in, 'You've got X GBP from Y'",
        "in", "1150.00", "GBP", "BRIGHTWATER TEA LTD", "GPD INV-0419", "2026-12-03", "yes")

    # P15 Stripe invoice paid
    txt = ("Paiement reçu de Kombucha Lucie\n\nMontant : 480,00 €\nFacture : GPD-0426\nClient : "
           "lucie@kombucha-lucie.fr\nMoyen de paiement : Visa •••• 4421\nDate : 4 déc. 2026\n\n"
           "Afficher le paiement : https://dashboard.stripe.com/payments/py_3QbE7hK2x91\n\n"
           "Vous recevez cet e-mail parce que vous avez activé les notifications de paiement réussi "
           "pour Grosjean Packaging Design. Gérez vos préférences : https://dashboard.stripe.com/settings/user\n\n"
           "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    PN("stripe_fr_paiement_recu_invoice_lucie.eml", build(svc_headers(
        addr("Stripe", "notifications@stripe.com"), "Paiement de 480,00 € de Kombucha Lucie", dt(4, 21, 14),
        "stripe.com"),
        part(txt)),
        "fr", "Stripe", "Stripe invoice paid by card, single identified payer",
        "in", "480.00", "EUR", "Kombucha Lucie", "GPD-0426", "2026-12-04", "yes",
        "card payment captured by the PSP for one invoice")

    # P16 PayPal received
    html = html_doc(
        "<tr><td style=\"padding:24px;\"><img src=\"https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png\" alt=\"PayPal\" width=\"40\"></td></tr>"
        "<tr><td style=\"padding:0 24px;font-size:28px;\">Vous avez reçu 350,00 € EUR</td></tr>"
        "<tr><td style=\"padding:16px 24px;font-size:15px;\">Atelier Papier Bleu vous a envoyé 350,00 € EUR.</td></tr>"
        "<tr><td style=\"padding:0 24px;font-size:14px;color:#545d68;\">Remarque : « Maquette faire-part coffret - merci ! »<br>"
        "Numéro de transaction : 7KX41288AD7735041<br>Date de la transaction : 2 déc. 2026</td></tr>"
        "<tr><td style=\"padding:24px;font-size:11px;color:#6c7378;\">Aide et contact | Sécurité<br>PayPal (Europe) S.à r.l. et Cie, S.C.A. "
        "22-24 Boulevard Royal, L-2449 Luxembourg. Merci de ne pas répondre à cet e-mail. Pour obtenir de l'aide, "
        "rendez-vous sur la page Aide et contact.</td></tr>")
    PN("paypal_fr_vous_avez_recu_papier_bleu.eml", build(svc_headers(
        addr("service@paypal.fr", "service@paypal.fr"), "Vous avez reçu un paiement", dt(2, 16, 41), "paypal.com"),
        part(html, "text/html", cte="quoted-printable")),
        "fr", "PayPal", "PayPal 'Vous avez reçu 350,00 € EUR', note from sender, transaction number",
        "in", "350.00", "EUR", "Atelier Papier Bleu", "7KX41288AD7735041", "2026-12-02", "yes",
        "reference = PayPal transaction number")

    # P17 SumUp invoice paid
    txt = ("Bonne nouvelle !\n\nVotre facture n° 2026-031 adressée à Épicerie Le Comptoir Gourmand "
           "vient d'être payée en ligne.\n\nMontant payé : 260,00 €\nDate du paiement : 01/12/2026\n\n"
           "Le montant sera inclus dans votre prochain versement.\n\nL'équipe SumUp\n\n"
           "SumUp Payments Limited - Vous recevez cet e-mail car vous utilisez SumUp Factures.\n")
    PN("sumup_fr_facture_payee_comptoir.eml", build(svc_headers(
        addr("SumUp", "no-reply@sumup.com"), "Votre facture n° 2026-031 a été payée", dt(1, 12, 8), "sumup.com"),
        part(txt)),
        "fr", "SumUp", "SumUp invoice paid online by one client (payout later)",
        "in", "260.00", "EUR", "Épicerie Le Comptoir Gourmand", "2026-031", "2026-12-01", "yes",
        "the client paid; the later SumUp payout is a separate aggregate notice")

    # P18 GoCardless collected
    txt = ("Bonjour Nathalie,\n\nLe paiement suivant a été confirmé et sera versé sur votre compte bancaire :\n\n"
           "Client : Maison Faure\nMontant : 150,00 EUR\nRéférence : FORFAIT-DEC-2026\nDate de prélèvement : "
           "03/12/2026\n\nVous pouvez consulter le détail dans votre tableau de bord GoCardless.\n\n"
           "GoCardless SAS, 61 rue Lafayette 75009 Paris. Vous recevez cet e-mail car vous êtes "
           "administrateur du compte GoCardless de Grosjean Packaging Design.\n")
    PN("gocardless_fr_paiement_confirme_faure.eml", build(svc_headers(
        addr("GoCardless", "notifications@gocardless.com"), "Paiement confirmé : 150,00 EUR de Maison Faure",
        dt(3, 9, 1), "gocardless.com"),
        part(txt)),
        "fr", "GoCardless", "direct debit collected from a client (monthly retainer)",
        "in", "150.00", "EUR", "Maison Faure", "FORFAIT-DEC-2026", "2026-12-03", "yes")

    # P19 PayPlug
    txt = ("Nouveau paiement accepté\n\nBonjour,\n\nUn paiement de 420,00 € a été accepté sur votre "
           "compte PayPlug.\n\nClient : CIDRERIE DU FOREZ\nE-mail client : contact@cidrerie-forez.fr\n"
           "Description : Acompte 30% - gamme cidres\nID du paiement : pay_4xK9pT2mQe3R7sVb\n"
           "Date : 30/11/2026 17:22\n\nL'équipe PayPlug\nPayPlug SAS - Établissement de paiement. "
           "Ceci est un e-mail automatique.\n")
    PN("payplug_fr_paiement_accepte_acompte.eml", build(svc_headers(
        addr("PayPlug", "no-reply@payplug.com"), "Nouveau paiement accepté : 420,00 €", dt(30, 17, 23), "payplug.com"),
        part(txt)),
        "fr", "PayPlug", "PSP 'paiement accepté', deposit (acompte)",
        "in", "420.00", "EUR", "CIDRERIE DU FOREZ", "Acompte 30% - gamme cidres", "2026-11-30", "yes",
        "a deposit, not an invoice settlement; still money in from one payer")

    # P20 Sumeria (ex-Lydia)
    txt = ("Vous avez reçu 120,00 € de Julie Marchal\n\n« Étiquettes confitures mariage 🍓 »\n\n"
           "Votre nouveau solde : 1 203,55 €\n\nSumeria (anciennement Lydia) - Lydia Solutions SAS, "
           "14 avenue de l'Opéra 75001 Paris. Cet e-mail est automatique.\n")
    PN("sumeria_fr_vous_avez_recu_julie.eml", build(svc_headers(
        addr("Sumeria", "noreply@sumeria.eu"), "Vous avez reçu 120,00 €", dt(30, 20, 6), "sumeria.eu"),
        part(txt, cte="base64")),
        "fr", "Sumeria (Lydia)", "P2P payment from a private person, emoji note, base64",
        "in", "120.00", "EUR", "Julie Marchal", "Étiquettes confitures mariage 🍓", "2026-11-30", "yes")

    # P21 Pennylane bank feed
    txt = ("Pennylane\n\nNouvelle transaction synchronisée sur Compte pro Qonto\n\n"
           "+2 640,00 €  VIR SEPA CAVE DES COTEAUX DE BROUILLY F-2026-0408\nDate : 04/12/2026\n\n"
           "Une facture client correspond peut-être à cette transaction : F-2026-0408 (2 640,00 €). "
           "Rapprochez-la en un clic : https://app.pennylane.com/\n\nVous recevez cet e-mail car vous avez "
           "activé les notifications de transactions. Pennylane SAS, 12 rue Halévy 75009 Paris.\n")
    PN("pennylane_fr_bank_feed_brouilly.eml", build(svc_headers(
        addr("Pennylane", "notifications@pennylane.com"), "Nouvelle transaction : +2 640,00 €", dt(4, 12, 30),
        "pennylane.com"),
        part(txt)),
        "fr", "Pennylane", "accounting bank feed, suggests matching invoice",
        "in", "2640.00", "EUR", "CAVE DES COTEAUX DE BROUILLY", "F-2026-0408", "2026-12-04", "yes",
        "accounting software relaying a bank transaction")

    # P22 Hello bank!
    txt = ("Hello bank!\n\nBonjour Nathalie,\n\nUn virement de 540,00 € vient d'arriver sur votre compte "
           "Hello Pro.\nÉmetteur : MIELLERIE DES DOMBES\nMotif : Facture 0414\n\n"
           "Hello bank! est la banque digitale de BNP Paribas. Ceci est un e-mail automatique, "
           "merci de ne pas y répondre.\n")
    PN("hellobank_fr_virement_arrive_dombes.eml", build(svc_headers(
        addr("Hello bank!", "notification@hellobank.fr"), "Un virement vient d'arriver 💰", dt(1, 8, 37), "hellobank.fr"),
        part(txt)),
        "fr", "Hello bank!", "'Un virement de X vient d'arriver', emoji in subject",
        "in", "540.00", "EUR", "MIELLERIE DES DOMBES", "Facture 0414", "2026-12-01", "yes")

    # P23 Stripe payout (aggregate)
    txt = ("Your payout is on its way\n\nA payout of €1,284.60 is on its way to your bank account "
           "BNP PARIBAS ••••3318 and should arrive by 7 Dec 2026.\n\nThis payout includes 6 payments "
           "and 1 refund. View payout: https://dashboard.stripe.com/payouts/po_1QbF2sK2x91\n\n"
           "You're receiving this email because you're an administrator of Grosjean Packaging Design "
           "on Stripe.\n")
    PN("stripe_en_payout_on_its_way.eml", build(svc_headers(
        addr("Stripe", "notifications@stripe.com"), "Your payout of €1,284.60 is on its way", dt(3, 2, 14, tz=0),
        "stripe.com"),
        part(txt, cte="quoted-printable")),
        "en", "Stripe", "payout bundling several payments, arrival announced",
        "in", "1284.60", "EUR", "", "po_1QbF2sK2x91", "2026-12-07", "no_aggregate")

    # P24 SumUp payout
    txt = ("Versement effectué\n\nBonjour Nathalie,\n\nNous avons versé 612,40 € sur votre compte bancaire "
           "se terminant par 0521.\n\nPériode : 27/11/2026 - 01/12/2026\nNombre de transactions : 4\n"
           "Frais : 9,60 €\n\nLe virement apparaîtra sur votre compte sous 1 à 2 jours ouvrés.\n\n"
           "L'équipe SumUp\n")
    PN("sumup_fr_versement_aggregate.eml", build(svc_headers(
        addr("SumUp", "no-reply@sumup.com"), "Votre versement de 612,40 € est en route", dt(2, 6, 20), "sumup.com"),
        part(txt)),
        "fr", "SumUp", "payout of 4 transactions net of fees",
        "in", "612.40", "EUR", "", "", "2026-12-02", "no_aggregate")

    # P26 Delmas SAP avis de paiement (claim)
    avis = ("LABORATOIRES DELMAS PHARMA SAS\nAVIS DE PAIEMENT N° 2000048813\n\n"
            "Fournisseur : 0000301772 GROSJEAN PACKAGING DESIGN\nDate de paiement : 03.12.2026\n"
            "Mode de paiement : Virement SEPA\n\n"
            "Document     Référence        Date doc.    Montant brut   Escompte   Montant net\n"
            "5105583120   F-2026-0381      21.10.2026   1 860,00        0,00      1 860,00\n\n"
            "Total EUR                                                          1 860,00\n\n"
            "Ce message est généré automatiquement par notre système comptable. Pour toute question, "
            "contactez comptabilite.fournisseurs@delmas-pharma.fr\n")
    PN("delmas_fr_sap_avis_de_paiement.eml", build(svc_headers(
        addr("", "sap-noreply@delmas-pharma.fr"), "Avis de paiement 2000048813", dt(3, 5, 2), "delmas-pharma.fr"),
        multi("mixed", [part("Veuillez trouver ci-joint notre avis de paiement.\n\n" + avis),
                        attach(pdf(avis.encode("latin-1", "replace").decode("latin-1").split("\n")), "application/pdf",
                               "AVIS_PAIEMENT_2000048813.pdf")])),
        "fr", "Laboratoires Delmas Pharma (SAP)", "client ERP remittance advice, SAP-style table + PDF",
        "in", "1860.00", "EUR", "LABORATOIRES DELMAS PHARMA SAS", "F-2026-0381", "2026-12-03", "no_claim",
        "remittance advice: not seen by the bank", group="Laboratoires Delmas Pharma")

    # P27 Exact Online remittance, English
    txt = ("Payment advice\n\nDear supplier,\n\nPlease find below the details of our payment.\n\n"
           "Payment date: 03-12-2026\nAmount: EUR 1,270.00\nYour invoice: INV-0415\nOur reference: "
           "BET-2026-1187\n\nBiscuiterie Vandenbroucke NV\nThis e-mail was sent by Exact Online on behalf "
           "of Biscuiterie Vandenbroucke NV.\n")
    PN("vandenbroucke_en_exact_payment_advice.eml", build(svc_headers(
        addr("Biscuiterie Vandenbroucke NV", "noreply@exactonline.be"), "Payment advice - Biscuiterie Vandenbroucke NV",
        dt(3, 14, 0), "exactonline.be", extra=[("Reply-To", "boekhouding@vandenbroucke-biscuits.be")]),
        part(txt, cte="7bit")),
        "en", "Exact Online", "remittance advice from client's accounting system",
        "in", "1270.00", "EUR", "Biscuiterie Vandenbroucke NV", "INV-0415", "2026-12-03", "no_claim",
        group="Biscuiterie Vandenbroucke")

    # P28 Indy digest: in|out|out
    txt = ("Indy\n\n3 nouvelles transactions à catégoriser\n\n"
           "02/12  VIR ATELIER SOLEIL FACT 2026-0380          + 780,00 €\n"
           "02/12  CB ADOBE *CREATIVE CLOUD                   - 71,99 €\n"
           "03/12  PRLV SEPA FREE PRO                         - 35,99 €\n\n"
           "Catégorisez-les en 2 minutes sur app.indy.fr pour garder votre comptabilité à jour.\n\n"
           "Vous recevez cet e-mail car votre compte bancaire est synchronisé avec Indy.\n")
    PN("indy_fr_3_transactions_digest.eml", build(svc_headers(
        addr("Indy", "hello@indy.fr"), "3 nouvelles transactions à catégoriser", dt(3, 19, 0), "indy.fr"),
        part(txt)),
        "fr", "Indy", "bank-feed digest with one credit and two debits",
        "in|out|out", "780.00|71.99|35.99", "EUR", "ATELIER SOLEIL||", "FACT 2026-0380|ADOBE *CREATIVE CLOUD|FREE PRO",
        "2026-12-02|2026-12-02|2026-12-03", "yes", "one identified money-in among three lines")

    # ---------------- not money in
    # N1 Qonto card payment
    txt = ("Paiement par carte\n\n71,99 € chez ADOBE *CREATIVE CLOUD\nCarte : •••• 2207 (Nathalie Grosjean)\n"
           "Date : 01/12/2026 03:12\n\nN'oubliez pas d'ajouter votre justificatif : répondez simplement à "
           "cet e-mail avec la facture en pièce jointe.\n\nL'équipe Qonto\n")
    PN("qonto_fr_paiement_carte_adobe.eml", build(svc_headers(
        addr("Qonto", "noreply@qonto.com"), "Paiement de 71,99 € chez ADOBE *CREATIVE CLOUD", dt(1, 3, 13), "qonto.com"),
        part(txt)),
        "fr", "Qonto", "card payment, asks for receipt by reply",
        "out", "71.99", "EUR", "", "ADOBE *CREATIVE CLOUD", "2026-12-01", "no")

    # N2 Shine URSSAF direct debit
    txt = ("Bonjour Nathalie,\n\nUn prélèvement de 1 134,00 € a été débité de votre compte.\n\n"
           "Créancier : URSSAF RHONE-ALPES\nRéférence du mandat : URSSAF-0000987412\n"
           "Libellé : COTISATIONS 3E TRIMESTRE 2026\nDate : 04/12/2026\n\n"
           "Un prélèvement vous semble suspect ? Vous pouvez le contester depuis l'application.\n\n"
           "Shine - Ceci est un message automatique, merci de ne pas y répondre.\n")
    PN("shine_fr_prelevement_urssaf.eml", build(svc_headers(
        addr("Shine", "notifications@shine.fr"), "Prélèvement de 1 134,00 € débité", dt(4, 6, 30), "shine.fr"),
        part(txt)),
        "fr", "Shine", "direct debit taken (URSSAF)",
        "out", "1134.00", "EUR", "", "COTISATIONS 3E TRIMESTRE 2026", "2026-12-04", "no")

    # N3 BNP outgoing transfer
    txt = ("Madame GROSJEAN NATHALIE,\n\nVotre virement a bien été émis.\n\nBénéficiaire : EPREUVES "
           "COULEUR LYON\nMontant : 348,00 EUR\nMotif : FACT EC-11872 EPREUVES\nDate d'exécution : 30/11/2026\n"
           "Compte débité : COMPTE PROFESSIONNEL N° ****3318\n\nCeci est un message automatique, merci de ne "
           "pas y répondre.\nBNP Paribas\n")
    PN("bnp_fr_virement_emis_epreuves.eml", build(svc_headers(
        addr("BNP Paribas", "alertes@mail.bnpparibas"), "Confirmation de virement émis", dt(30, 12, 40), "mail.bnpparibas"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "BNP Paribas", "outgoing transfer to a proofing supplier",
        "out", "348.00", "EUR", "", "FACT EC-11872 EPREUVES", "2026-11-30", "no")

    # N4 Revolut card declined
    txt = ("Card payment declined\n\nYour card payment of €189.00 at MYFONTS.COM was declined because "
           "of insufficient funds in your EUR account.\n\nTop up or move money between accounts in the "
           "Revolut Business app, then try again.\n\nRevolut Business - please do not reply to this email.\n")
    PN("revolut_business_en_card_declined_myfonts.eml", build(svc_headers(
        addr("Revolut Business", "no-reply@revolut.com"), "Card payment declined", dt(2, 22, 9, tz=0), "revolut.com"),
        part(txt, cte="7bit")),
        "en", "Revolut Business", "declined card payment (font licence)",
        "failed", "189.00", "EUR", "", "MYFONTS.COM", "2026-12-02", "no")

    # N5 Stripe payout failed
    txt = ("Échec du versement\n\nLe versement de 1 284,60 € vers votre compte bancaire BNP PARIBAS ••••3318 "
           "a échoué. Votre banque a indiqué : « Le nom du titulaire du compte ne correspond pas » "
           "(incorrect_account_holder_name).\n\nLes fonds ont été réintégrés à votre solde Stripe. Mettez à "
           "jour vos coordonnées bancaires : https://dashboard.stripe.com/settings/payouts\n\n"
           "Vous recevez cet e-mail parce que vous êtes administrateur de Grosjean Packaging Design sur Stripe.\n")
    PN("stripe_fr_payout_failed.eml", build(svc_headers(
        addr("Stripe", "notifications@stripe.com"), "Action requise : votre versement a échoué", dt(4, 17, 5), "stripe.com"),
        part(txt)),
        "fr", "Stripe", "payout failed, reason code from Stripe docs",
        "failed", "1284.60", "EUR", "", "po_1QbF2sK2x91", "2026-12-04", "no",
        "failure codes as documented by Stripe (incorrect_account_holder_name)")

    # N6 Stripe dispute
    txt = ("A payment has been disputed\n\nA customer has disputed a €350.00 payment from "
           "celine.vidal@example.com on 28 Nov 2026. Reason: product_not_received.\n\n"
           "The disputed amount and a €20.00 dispute fee have been withdrawn from your balance. "
           "Submit evidence by 18 Dec 2026: https://dashboard.stripe.com/disputes/dp_1QbD9x\n\n"
           "You're receiving this email because you're an administrator of Grosjean Packaging Design on Stripe.\n")
    PN("stripe_en_dispute_opened.eml", build(svc_headers(
        addr("Stripe", "notifications@stripe.com"), "Action required: a payment has been disputed", dt(1, 15, 30, tz=0),
        "stripe.com"),
        part(txt, cte="7bit")),
        "en", "Stripe", "chargeback/dispute with fee, evidence deadline",
        "chargeback", "350.00", "EUR", "", "dp_1QbD9x", "2026-11-28", "no",
        "value_date = disputed payment date")

    # N7 PayPal refund sent
    txt = ("Bonjour Nathalie Grosjean,\n\nVous avez remboursé 45,00 € EUR à Studio Mirabelle.\n\n"
           "Numéro de transaction du remboursement : 2RM90344TT118562B\nMotif : Double paiement acompte\n\n"
           "Le remboursement apparaîtra sur le compte de Studio Mirabelle d'ici quelques jours.\n\n"
           "Merci de ne pas répondre à cet e-mail.\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n")
    PN("paypal_fr_remboursement_envoye.eml", build(svc_headers(
        addr("service@paypal.fr", "service@paypal.fr"), "Vous avez effectué un remboursement", dt(30, 11, 3), "paypal.com"),
        part(txt)),
        "fr", "PayPal", "refund issued by the owner",
        "refund", "45.00", "EUR", "", "2RM90344TT118562B", "2026-11-30", "no")

    # N8 PayPal on hold
    txt = ("Bonjour Nathalie Grosjean,\n\nVous avez reçu un paiement de 600,00 € EUR de Oléa Naturals, "
           "mais les fonds sont temporairement en attente.\n\nPourquoi ? Il s'agit d'un premier paiement "
           "important sur votre compte. Les fonds seront disponibles sous 21 jours, ou plus tôt si vous "
           "ajoutez des informations de suivi.\n\nStatut : En attente\nNuméro de transaction : 9HD55102LM338021V\n\n"
           "Merci de ne pas répondre à cet e-mail.\nPayPal\n")
    PN("paypal_fr_paiement_en_attente.eml", build(svc_headers(
        addr("service@paypal.fr", "service@paypal.fr"), "Un paiement est en attente", dt(2, 13, 15), "paypal.com"),
        part(txt)),
        "fr", "PayPal", "payment received but on hold: not available",
        "none", "600.00", "EUR", "Oléa Naturals", "9HD55102LM338021V", "", "no",
        "payer given although funds held; counts no")

    # N9 Wise incoming on its way
    txt = ("Hi Nathalie Grosjean,\n\nKelly & Ward Distillers Ltd is sending you 1,800.00 EUR. It should "
           "arrive by 8 December.\n\nWe'll email you again when the money is in your account.\n\nThe Wise team\n")
    PN("wise_en_incoming_on_its_way.eml", build(svc_headers(
        addr("Wise", "noreply@wise.com"), "Money's on its way to you", dt(4, 16, 20, tz=0), "wise.com"),
        part(txt, cte="7bit")),
        "en", "Wise", "incoming transfer announced, not arrived",
        "none", "1800.00", "EUR", "Kelly & Ward Distillers Ltd", "", "2026-12-08", "no",
        "value_date = announced arrival")

    # N10 GoCardless failed
    txt = ("Bonjour Nathalie,\n\nLe paiement de 150,00 EUR de Ardèche Bio Cosmétiques (référence "
           "FORFAIT-DEC-2026) a échoué.\n\nMotif indiqué par la banque : provision insuffisante.\n\n"
           "Nous réessaierons automatiquement le 8 décembre 2026 si la relance intelligente est activée.\n\n"
           "GoCardless SAS\n")
    PN("gocardless_fr_paiement_echoue.eml", build(svc_headers(
        addr("GoCardless", "notifications@gocardless.com"), "Échec du paiement de Ardèche Bio Cosmétiques",
        dt(4, 9, 47), "gocardless.com"),
        part(txt)),
        "fr", "GoCardless", "client direct debit failed (insufficient funds), retry date",
        "failed", "150.00", "EUR", "", "FORFAIT-DEC-2026", "2026-12-04", "no")

    # N11 BoursoBank statement
    txt = ("Bonjour Nathalie,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre "
           "Espace Client, rubrique Mes documents.\n\nBoursoBank - Ceci est un message automatique.\n")
    PN("boursobank_fr_releve_disponible.eml", build(svc_headers(
        addr("BoursoBank", "noreply@boursobank.com"), "Votre relevé de compte est disponible", dt(2, 5, 30), "boursobank.com"),
        part(txt)),
        "fr", "BoursoBank", "monthly statement available",
        "statement", "", "", "", "", "", "no")

    # N12 Fortuneo balance alert
    txt = ("Fortuneo - Alerte solde\n\nBonjour,\n\nLe solde de votre compte professionnel ****4420 est "
           "passé sous le seuil de 500,00 EUR que vous avez défini.\nSolde au 03/12/2026 : 312,48 EUR\n\n"
           "Fortuneo - marque commerciale d'Arkéa Direct Bank. Ceci est un e-mail automatique, merci de ne "
           "pas y répondre.\n")
    PN("fortuneo_fr_alerte_solde_bas.eml", build(svc_headers(
        addr("Fortuneo", "alertes@fortuneo.fr"), "Alerte : solde inférieur à 500,00 EUR", dt(3, 6, 55), "fortuneo.fr"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "Fortuneo", "balance under threshold",
        "statement", "312.48", "EUR", "", "", "2026-12-03", "no", "amount = balance")

    # N13 LCL rejected direct debit
    txt = ("Bonjour,\n\nNous vous informons du rejet du prélèvement SEPA suivant, faute de provision "
           "suffisante :\n\nCréancier : OVH SAS\nMontant : 23,99 EUR\nRéférence : FR.OVH.2026.11.7744123\n"
           "Date : 01/12/2026\n\nDes frais de rejet peuvent s'appliquer selon les conditions tarifaires.\n\n"
           "LCL - Ceci est un message automatique, merci de ne pas y répondre.\n")
    PN("lcl_fr_rejet_prelevement_ovh.eml", build(svc_headers(
        addr("LCL", "ne-pas-repondre@lcl.fr"), "Rejet d'un prélèvement sur votre compte", dt(1, 10, 22), "lcl.fr"),
        part(txt)),
        "fr", "LCL", "direct debit rejected for lack of funds",
        "failed", "23.99", "EUR", "", "FR.OVH.2026.11.7744123", "2026-12-01", "no")

    # N14 Hello bank! returned transfer
    txt = ("Bonjour Nathalie,\n\nLe virement de 260,00 € que vous avez émis le 27/11/2026 à "
           "« TYPOFONDERIE MORVAN » a été retourné par la banque du bénéficiaire (compte clôturé). "
           "Le montant a été recrédité sur votre compte.\n\nHello bank! - e-mail automatique.\n")
    PN("hellobank_fr_virement_retourne.eml", build(svc_headers(
        addr("Hello bank!", "notification@hellobank.fr"), "Votre virement a été rejeté", dt(30, 15, 44), "hellobank.fr"),
        part(txt)),
        "fr", "Hello bank!", "outgoing transfer returned (account closed), money re-credited",
        "failed", "260.00", "EUR", "", "TYPOFONDERIE MORVAN", "2026-11-27", "no",
        "money comes back but it is a returned transfer, not a payment")

    # N15 Mollie chargeback
    txt = ("Chargeback ontvangen / Rétrofacturation reçue\n\nBonjour,\n\nUn client a contesté le paiement "
           "tr_Wq7Vs2Kd8p d'un montant de 96,00 € (Kit étiquettes imprimables Noël). Le montant ainsi que "
           "les frais de rétrofacturation seront déduits de votre prochain versement.\n\nMollie B.V.\n")
    PN("mollie_fr_chargeback.eml", build(svc_headers(
        addr("Mollie", "noreply@mollie.com"), "Rétrofacturation reçue pour tr_Wq7Vs2Kd8p", dt(3, 8, 13), "mollie.com"),
        part(txt)),
        "fr", "Mollie", "chargeback on a web-shop sale",
        "chargeback", "96.00", "EUR", "", "tr_Wq7Vs2Kd8p", "2026-12-03", "no")

    # N17 Qonto outgoing transfer failed
    txt = ("Bonjour Nathalie,\n\nVotre virement de 540,00 € vers IMPRIMERIE DES CANUTS n'a pas pu être "
           "exécuté : le nom du bénéficiaire ne correspond pas au titulaire du compte (vérification du "
           "bénéficiaire).\n\nVérifiez les coordonnées et relancez le virement depuis votre espace Qonto.\n\n"
           "L'équipe Qonto\n")
    PN("qonto_fr_virement_non_execute_vop.eml", build(svc_headers(
        addr("Qonto", "noreply@qonto.com"), "Votre virement n'a pas pu être exécuté", dt(2, 14, 2), "qonto.com"),
        part(txt)),
        "fr", "Qonto", "outgoing transfer not executed (verification of payee mismatch)",
        "failed", "540.00", "EUR", "", "IMPRIMERIE DES CANUTS", "2026-12-02", "no")


# ================================================================ auto_reply
def AR(name, data, lang, group, pattern, facts="", notes=""):
    add("auto_reply", name, data, lang=lang, source_group=group, pattern=pattern, facts=facts, notes=notes)


def auto_replies():
    # A1 Outlook "Réponse automatique :"
    txt = ("Bonjour,\n\nJe suis absente du bureau jusqu'au mardi 8 décembre inclus, sans accès à mes "
           "e-mails. Pour toute urgence, merci de contacter Julie Brun (j.brun@maison-berthollet.fr).\n\n"
           "Cordialement,\nLéa Marchand\n")
    AR("berthollet_fr_outlook_reponse_automatique.eml", build(reply_headers(
        addr("Léa Marchand", "lea.marchand@maison-berthollet.fr"),
        "Réponse automatique : Rappel : facture F-2026-0409 échue", dt(30, 9, 13), 409, domain="maison-berthollet.fr",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "lea.marchand@maison-berthollet.fr")]),
        multi("alternative", [part(txt), part("<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", "text/html")]),
        crlf=True),
        "fr", "Microsoft Outlook/Exchange", "Outlook 'Réponse automatique :' with Auto-Submitted", "ooo_until=2026-12-08",
        "'jusqu'au mardi 8 décembre inclus': back 9 Dec; ooo_until given as the last absent day as stated")

    # A2 Gmail vacation, English
    txt = ("Hi, thanks for your email. I'm travelling to the Fancy Food Show until 11 December with "
           "limited access to email. I'll get back to you as soon as I can.\n\nHannah\n")
    AR("olea_en_gmail_vacation.eml", build(reply_headers(
        addr("Hannah Kessler", "hannah@olea-naturals.com"), "Out of office Re: Reminder: invoice INV-0420 is overdue",
        dt(30, 8, 14, tz=0), 420, domain="mail.gmail.com",
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
        part(txt, cte="7bit")),
        "en", "Gmail", "Gmail vacation responder, Auto-Submitted: auto-replied", "ooo_until=2026-12-11")

    # A3 "Absence du bureau" without headers
    txt = ("Absence du bureau\n\nMerci pour votre message. Je suis en déplacement et de retour le lundi "
           "7 décembre. Votre message sera traité à mon retour.\n\nPatrick Giraud\nImprimerie Rhône Étiquettes\n")
    AR("rhone_etiquettes_fr_absence_no_headers.eml", build(reply_headers(
        addr("Patrick Giraud", "p.giraud@rhone-etiquettes.fr"), "Absence du bureau", dt(1, 9, 15), 401,
        domain="rhone-etiquettes.fr"),
        part(txt, cte="quoted-printable")),
        "fr", "Imprimerie Rhône Étiquettes", "no Auto-Submitted header, subject only 'Absence du bureau'",
        "ooo_until=2026-12-07", "return date; ooo_until set to the return day")

    # A4 maternity leave
    txt = ("Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 15 mars 2027. Pour les questions "
           "comptables, merci d'écrire à compta@glaces-bonnard.fr ; pour les sujets marketing, à "
           "marketing@glaces-bonnard.fr.\n\nMerci,\nMarion Bonnard\n")
    AR("bonnard_fr_conge_maternite.eml", build(reply_headers(
        addr("Marion Bonnard", "marion@glaces-bonnard.fr"), "Réponse automatique : Rappel : facture F-2026-0416 échue",
        dt(30, 9, 14), 416, domain="glaces-bonnard.fr", extra=[("Auto-Submitted", "auto-replied")]),
        part(txt, cte="quoted-printable")),
        "fr", "Glaces Bonnard", "long leave, redirects", "ooo_until=2027-03-15")

    # A5 AP autoresponder FR
    txt = ("Ceci est une réponse automatique.\n\nVotre message a bien été reçu par le service Comptabilité "
           "Fournisseurs des Laboratoires Delmas Pharma.\n\nRappel de nos conditions : les factures sont réglées "
           "à 45 jours fin de mois, par virement, lors de nos campagnes de paiement du 15 et du dernier jour "
           "ouvré du mois. Toute facture doit comporter un numéro de commande (45xxxxxxxx) valide ; à défaut "
           "elle sera retournée.\n\nLes relances de paiement ne sont pas traitées avant l'échéance. Merci de "
           "ne pas renvoyer vos factures en double.\n\nService Comptabilité Fournisseurs\n")
    AR("delmas_fr_ap_autoresponder.eml", build([
        ("From", addr("Comptabilité Fournisseurs - Delmas Pharma", "comptabilite.fournisseurs@delmas-pharma.fr")),
        ("To", OWNER_FULL), ("Subject", h("Accusé de réception - Comptabilité Fournisseurs")),
        ("Date", dt(30, 9, 21)), ("Message-ID", mid("delmas-pharma.fr")), ("In-Reply-To", rem_id(405)),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")],
        part(txt, cte="quoted-printable")),
        "fr", "Laboratoires Delmas Pharma", "AP autoresponder citing payment terms and run dates",
        "", "mentions the 15th and month-end as generic run dates, no promise")

    # A6 AP autoresponder EN
    txt = ("Thank you for contacting Accounts Payable.\n\nThis mailbox is monitored Monday to Thursday. "
           "Invoices are processed in order of receipt and paid in our weekly payment run, subject to "
           "approval and a valid purchase order. Please allow 5 business days for a response to payment "
           "status queries.\n\nFor remittance advice, please check the email address registered on your "
           "supplier account.\n\nAccounts Payable | Kelly & Ward Distillers Ltd\n")
    AR("kelly_ward_en_ap_autoresponder.eml", build(reply_headers(
        addr("Accounts Payable", "ap@kellyward-distillers.ie"), "Automatic reply: Reminder: invoice INV-0423 is overdue",
        dt(30, 8, 16, tz=0), 423, domain="kellyward-distillers.ie",
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
        part(txt, cte="7bit")),
        "en", "Kelly & Ward Distillers", "English AP autoresponder, payment run mentioned generically")

    # A7 Helpdesk ticket
    txt = ("Bonjour,\n\nNous avons bien reçu votre demande, elle a été enregistrée sous le numéro #48213.\n"
           "Un membre de notre équipe vous répondra sous 48 heures ouvrées.\n\nPour ajouter des "
           "informations, répondez simplement à cet e-mail en conservant l'objet.\n\n"
           "Service client Oléa Naturals\n\n##- Merci de saisir votre réponse au-dessus de cette ligne -##\n")
    AR("olea_fr_helpdesk_ticket.eml", build([
        ("From", addr("Oléa Naturals Support", "support@olea-naturals.com")), ("To", OWNER_FULL),
        ("Subject", h("[Oléa Naturals] Re: Reminder: invoice INV-0420 is overdue (#48213)")),
        ("Date", dt(30, 8, 15)), ("Message-ID", mid("olea-naturals.zendesk.com")), ("In-Reply-To", rem_id(420)),
        ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")],
        multi("alternative", [part(txt), part("<div>" + txt.replace("\n", "<br>") + "</div>", "text/html")])),
        "fr", "Zendesk (Oléa Naturals)", "helpdesk ticket acknowledgement with ticket number")

    # A8 MDN read receipt from Outlook
    human = ("Votre message\n\n  À : Sandrine Lefèvre\n  Objet : Rappel : facture F-2026-0417 échue\n"
             "  Envoyé : vendredi 27 novembre 2026 09:18:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
             "a été lu le lundi 30 novembre 2026 08:41:55 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: PR3P195MB0872.EURP195.PROD.OUTLOOK.COM; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;s.lefevre@serenia-dermo.fr\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n") % rem_id(417)
    AR("serenia_fr_mdn_lu.eml", build([
        ("From", addr("LEFEVRE Sandrine", "s.lefevre@serenia-dermo.fr")), ("To", OWNER_FULL),
        ("Subject", h("Lu : Rappel : facture F-2026-0417 échue")), ("Date", dt(30, 8, 42)),
        ("Message-ID", mid("PR3P195MB0872.EURP195.PROD.OUTLOOK.COM")), ("In-Reply-To", rem_id(417))],
        multi("report", [part(human, cte="quoted-printable"), raw_part([("Content-Type", "message/disposition-notification")], mdn)],
              params="; report-type=disposition-notification"), crlf=True),
        "fr", "Microsoft Outlook/Exchange", "read receipt (MDN) 'Lu :'")

    # A9 MDN Thunderbird
    human = ("Ceci est un accusé de réception pour le courrier que vous avez envoyé à "
             "<g.marchetti@pastificiomarchetti.it>.\n\nNote : cet accusé de réception indique seulement que le "
             "message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire "
             "ait lu ou compris le contenu du message.\n")
    mdn = ("Reporting-UA: pastificiomarchetti.it; Thunderbird 128.5.0\nFinal-Recipient: rfc822;g.marchetti@pastificiomarchetti.it\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n") % rem_id(422)
    AR("marchetti_fr_thunderbird_mdn.eml", build([
        ("From", addr("Giulia Marchetti", "g.marchetti@pastificiomarchetti.it")), ("To", OWNER_FULL),
        ("Subject", h("Accusé de réception (affiché) - Reminder: invoice INV-0422 is overdue")), ("Date", dt(30, 16, 9)),
        ("Message-ID", mid("pastificiomarchetti.it")), ("In-Reply-To", rem_id(422)), ("References", rem_id(422))],
        multi("report", [part(human), raw_part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                                                ("Content-Disposition", "inline")], mdn)],
              params="; report-type=disposition-notification")),
        "fr", "Thunderbird", "Thunderbird MDN in French locale", "", "Italian recipient with a French-language Thunderbird")

    # A10 challenge-response (Mailinblack style)
    html = html_doc(
        "<tr><td style=\"padding:24px;font-size:14px;\">Bonjour,<br><br>Vous avez envoyé un message à "
        "<b>contact@salaisons-bessenay.fr</b>. Ce destinataire est protégé par un système anti-spam qui doit "
        "vérifier que vous n'êtes pas un robot.<br><br>Pour que votre message soit délivré, cliquez sur le lien "
        "ci-dessous (une seule fois suffit) :<br><br><a href=\"https://auth.protection-messagerie.example.net/v/8f2a0c\">"
        "Je confirme être un humain</a><br><br>Sans validation de votre part sous 7 jours, votre message sera "
        "supprimé.</td></tr>")
    AR("bessenay_fr_challenge_response.eml", build([
        ("From", addr("Protection messagerie", "noreply@protection-messagerie.example.net")), ("To", OWNER),
        ("Subject", h("Authentification requise pour votre message à contact@salaisons-bessenay.fr")),
        ("Date", dt(30, 9, 12)), ("Message-ID", mid("protection-messagerie.example.net")),
        ("In-Reply-To", rem_id(404)), ("Auto-Submitted", "auto-replied")],
        part(html, "text/html")),
        "fr", "challenge-response anti-spam", "challenge-response: click to prove you are human",
        "", "modelled on French C/R anti-spam services; fictional domain")

    # A11 Italian OOO
    txt = ("Buongiorno,\nsarò fuori ufficio fino al 9 dicembre compreso. Per urgenze contattare "
           "amministrazione@pastificiomarchetti.it.\n\nI am out of the office until 9 December.\n\nLorenzo Bassi\n")
    AR("marchetti_it_fuori_ufficio.eml", build(reply_headers(
        addr("Lorenzo Bassi", "amministrazione@pastificiomarchetti.it"), "Risposta automatica: Reminder: invoice INV-0422 is overdue",
        dt(1, 7, 2), 422, domain="pastificiomarchetti.it", extra=[("Auto-Submitted", "auto-replied")]),
        part(txt, cte="quoted-printable")),
        "it", "Pastificio Marchetti", "Italian/English OOO", "ooo_until=2026-12-09")

    # A12 Belgian bilingual
    txt = ("Afwezig tot en met 14/12. Voor dringende zaken: boekhouding@vandenbroucke-biscuits.be\n\n"
           "Absent jusqu'au 14/12 inclus. Pour les urgences : boekhouding@vandenbroucke-biscuits.be\n\n"
           "Pieter Vandenbroucke\n")
    AR("vandenbroucke_nl_fr_afwezig.eml", build(reply_headers(
        addr("Pieter Vandenbroucke", "pieter@vandenbroucke-biscuits.be"), "Automatisch antwoord: Reminder: invoice INV-0415 is overdue",
        dt(30, 9, 16), 415, domain="vandenbroucke-biscuits.be",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
        part(txt, cte="quoted-printable"), crlf=True),
        "nl", "Biscuiterie Vandenbroucke", "Dutch/French bilingual OOO, Exchange", "ooo_until=2026-12-14")

    # A13 no return date
    txt = ("Bonjour,\n\nJe suis actuellement sur le salon Vinexpo avec un accès limité à mes e-mails. "
           "Je vous répondrai dès que possible.\n\nFrançois Dumontet\nCave des Coteaux de Brouilly\n")
    AR("brouilly_fr_ooo_salon_no_date.eml", build(reply_headers(
        addr("François Dumontet", "f.dumontet@coteaux-brouilly.fr"), "Réponse automatique : Rappel : facture F-2026-0408 échue",
        dt(30, 9, 17), 408, domain="coteaux-brouilly.fr", extra=[("Auto-Submitted", "auto-replied")]),
        part(txt, cte="quoted-printable")),
        "fr", "Cave des Coteaux de Brouilly", "OOO at a trade fair, no return date")

    # A14 mailbox no longer monitored
    txt = ("Cette adresse n'est plus consultée.\n\nMerci d'adresser vos factures et relances à "
           "compta@ferme-de-la-chapelle.fr. Ce message est envoyé automatiquement.\n")
    AR("chapelle_fr_adresse_plus_consultee.eml", build(reply_headers(
        addr("Ferme de la Chapelle", "facturation@ferme-de-la-chapelle.fr"), "Adresse non consultée",
        dt(30, 9, 20), 397, domain="ferme-de-la-chapelle.fr", extra=[("Auto-Submitted", "auto-replied")]),
        part(txt, cte="quoted-printable")),
        "fr", "Ferme de la Chapelle", "'mailbox no longer monitored' redirection")

    # A15 X-Autoreply header, return date 03/12
    txt = ("Bonjour, je suis en formation, de retour le 03/12. Bonne journée. Aurélie\n")
    AR("monts_dor_fr_x_autoreply_retour_03_12.eml", build(reply_headers(
        addr("Aurélie Besson", "aurelie@savonnerie-montsdor.fr"), "Re: Rappel : facture F-2026-0393 échue",
        dt(30, 9, 20), 393, domain="savonnerie-montsdor.fr",
        extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Rappel : facture"), ("Precedence", "bulk")]),
        part(txt, cte="8bit")),
        "fr", "Savonnerie des Monts d'Or", "X-Autoreply header only, subject looks like a normal reply",
        "ooo_until=2026-12-03")

    # A16 Exchange English annual shutdown
    txt = ("Automatic reply\n\nThank you for your message. Northfield Botanicals is closed for our annual "
           "winter shutdown from 4 December and will reopen on January 4th. Emails will not be read in the "
           "meantime.\n\nHappy holidays!\n")
    AR("northfield_en_annual_shutdown.eml", build(reply_headers(
        addr("Tom Ashworth", "tom@northfieldbotanicals.co.uk"), "Automatic reply: Reminder: invoice INV-0418 is overdue",
        dt(4, 7, 0, tz=0), 418, domain="northfieldbotanicals.co.uk",
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-AutoResponse", "OOF")]),
        part(txt, cte="7bit")),
        "en", "Northfield Botanicals", "English Exchange OOO, reopening 'January 4th'", "ooo_until=2027-01-04",
        "reopening date given; used as ooo_until")


# ================================================================ bounce
def BO(name, data, group, pattern, facts, lang="en", notes=""):
    add("bounce", name, data, lang=lang, source_group=group, pattern=pattern, facts=facts, notes=notes)


def orig_headers(to, n, inv, date=None):
    return ("Return-Path: <nathalie@grosjean-packaging.fr>\nFrom: Nathalie Grosjean <nathalie@grosjean-packaging.fr>\n"
            "To: %s\nSubject: =?utf-8?q?Rappel_=3A_facture_%s_=C3=A9chue?=\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n"
            % (to, inv, date or "Fri, 27 Nov 2026 09:22:10 +0100", rem_id(n)))


def orig_full(to, n, inv, date=None):
    return orig_headers(to, n, inv, date) + ("\nBonjour,\n\nSauf erreur de ma part, la facture %s reste impayée à ce jour.\n\n"
                                             "Bien cordialement,\nNathalie Grosjean\n" % inv)


def dsn(reporting, rcpt, action, status, diag, arrival="Mon, 30 Nov 2026 10:02:11 +0100", remote=None, extra=""):
    s = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (
        reporting, arrival, rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag + extra
    return s


def bounces():
    # B1 Gmail failure
    txt = ("\n** Message non remis **\n\nVotre message n'a pas pu être remis à j.roche.brasserie@gmail.example "
           "car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant était :\n"
           "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
           "recipient's email address for typos or unnecessary spaces. For more information, go to "
           "https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-54a1d3c9f1esi1184123e87.112 - gsmtp\n")
    BO("gmail_fr_dsn_failure_no_such_user.eml", build([
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Failure)"), ("Date", dt(30, 10, 2, tz=-8)),
        ("Message-ID", mid("mx.google.com")), ("X-Failed-Recipients", "j.roche.brasserie@gmail.example"),
        ("Auto-Submitted", "auto-replied")],
        multi("report", [multi("alternative", [part(txt), part("<html><body>" + txt.replace("\n", "<br>") + "</body></html>", "text/html")]),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("mx.google.com", "j.roche.brasserie@gmail.example", "failed", "5.1.1",
                                      "550-5.1.1 The email account that you tried to reach does not exist.",
                                      remote="gmail-smtp-in.l.google.com")),
                         raw_part([("Content-Type", "message/rfc822")], orig_full("j.roche.brasserie@gmail.example", 419, "F-2026-0419"))],
              params="; report-type=delivery-status")),
        "Gmail", "Gmail DSN (French locale), 5.1.1 no such user", "failed_recipient=j.roche.brasserie@gmail.example", "fr",
        "gmail.example used instead of a real Gmail address")

    # B2 Exchange Online NDR
    txt = ("Your message to compta@alpes-gourmandes.fr couldn't be delivered.\n\ncompta wasn't found at "
           "alpes-gourmandes.fr.\n\nnathalie  Office 365  compta\nAction Required                Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more "
           "of the following:\n\n- Retype the recipient's address, then resend the message.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: PAVP195MB2214.EURP195.PROD.OUTLOOK.COM\n\n"
           "compta@alpes-gourmandes.fr\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup'\n")
    BO("exchange_online_en_recipient_not_found.eml", build([
        ("From", addr("Microsoft Outlook", "postmaster@alpes-gourmandes.onmicrosoft.com")), ("To", OWNER_FULL),
        ("Subject", h("Undeliverable: Rappel : facture F-2026-0394 échue")), ("Date", dt(30, 9, 22, tz=0)),
        ("Message-ID", mid("PAVP195MB2214.EURP195.PROD.OUTLOOK.COM")), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", "")],
        multi("report", [part(txt, cte="quoted-printable"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("PAVP195MB2214.EURP195.PROD.OUTLOOK.COM", "compta@alpes-gourmandes.fr", "failed",
                                      "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                      arrival="Mon, 30 Nov 2026 08:22:10 +0000")),
                         raw_part([("Content-Type", "text/rfc822-headers")], orig_headers("compta@alpes-gourmandes.fr", 394, "F-2026-0394"))],
              params="; report-type=delivery-status"), crlf=True),
        "Microsoft Exchange Online", "Exchange Online NDR 5.1.10 with text/rfc822-headers",
        "failed_recipient=compta@alpes-gourmandes.fr")

    # B3 Orange
    txt = ("Bonjour,\n\nNous sommes au regret de vous informer que votre message n'a pas pu être délivré "
           "à un ou plusieurs destinataires.\n\nDestinataire : odile.chambon@orange.example\n"
           "Raison : 552 5.2.2 Boîte aux lettres du destinataire pleine / mailbox full\n\n"
           "Ce message a été généré automatiquement par le serveur de messagerie Orange. Merci de ne pas y répondre.\n")
    BO("orange_fr_mailbox_full.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@orange.fr")), ("To", OWNER),
        ("Subject", h("Message non remis : Rappel : facture F-2026-0391 échue")), ("Date", dt(30, 9, 40)),
        ("Message-ID", mid("smtp.orange.fr")), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="iso-8859-1"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("smtp.orange.fr", "odile.chambon@orange.example", "failed", "5.2.2",
                                      "552 5.2.2 Mailbox full")),
                         raw_part([("Content-Type", "message/rfc822")], orig_full("odile.chambon@orange.example", 391, "F-2026-0391"))],
              params="; report-type=delivery-status")),
        "Orange", "Orange bounce, quota full 5.2.2, French", "failed_recipient=odile.chambon@orange.example", "fr",
        "orange.example used as recipient domain")

    # B4 Free / Postfix quota
    txt = ("This is the mail system at host mx1.free.fr.\n\nI'm sorry to have to inform you that your message "
           "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
           "send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
           "text from the attached returned message.\n\n                   The mail system\n\n"
           "<sirops.poncet@free.example>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2\n    quota exceeded (in reply "
           "to end of DATA command)\n")
    BO("free_en_postfix_quota_exceeded.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@free.fr")), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", dt(1, 11, 4)),
        ("Message-ID", "<20261201100412.8C1A41A0042@mx1.free.fr>"), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="us-ascii", cte=None, extra=[("Content-Description", "Notification")]),
                         raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                                  "Reporting-MTA: dns; mx1.free.fr\nX-Postfix-Queue-ID: 8C1A41A0042\n"
                                  "X-Postfix-Sender: rfc822; nathalie@grosjean-packaging.fr\nArrival-Date: Tue,  1 Dec 2026 11:04:10 +0100 (CET)\n\n"
                                  "Final-Recipient: rfc822; sirops.poncet@free.example\nOriginal-Recipient: rfc822;sirops.poncet@free.example\n"
                                  "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx1.free.fr\nDiagnostic-Code: smtp; 552 5.2.2 quota exceeded\n"),
                         raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                                  orig_full("sirops.poncet@free.example", 389, "F-2026-0389"))],
              params="; report-type=delivery-status")),
        "Free", "Postfix-style bounce from Free, quota exceeded", "failed_recipient=sirops.poncet@free.example")

    # B5 OVH / Exim, no machine-readable part
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
           "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
           "address(es) failed:\n\n  contact@cidrerie-forez.fr\n    host mx3.mail.ovh.net [188.165.47.122]\n"
           "    SMTP error from remote mail server after RCPT TO:<contact@cidrerie-forez.fr>:\n"
           "    550 5.1.1 <contact@cidrerie-forez.fr>: Recipient address rejected: User unknown\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           + orig_full("contact@cidrerie-forez.fr", 427, "F-2026-0427"))
    BO("ovh_en_exim_no_dsn_part.eml", build([
        ("From", addr("Mail Delivery System", "Mailer-Daemon@mo552.mail-out.ovh.net")), ("To", OWNER),
        ("Subject", "Mail delivery failed: returning message to sender"), ("Date", dt(2, 9, 33)),
        ("Message-ID", "<E1tQz7b-0004Kp-2m@mo552.mail-out.ovh.net>"), ("X-Failed-Recipients", "contact@cidrerie-forez.fr"),
        ("Auto-Submitted", "auto-replied")],
        part(txt.encode("utf-8"), cs="us-ascii", cte="8bit")),
        "OVHcloud (Exim)", "Exim-style text-only bounce, no message/delivery-status part",
        "failed_recipient=contact@cidrerie-forez.fr")

    # B6 Postfix user unknown from a client's own server
    txt = ("This is the mail system at host mail.thes-kerlann.fr.\n\nI'm sorry to have to inform you that your "
           "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "                   The mail system\n\n<commandes@thes-kerlann.fr>: unknown user: \"commandes\"\n")
    BO("postfix_en_unknown_user_kerlann.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.thes-kerlann.fr")), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", dt(2, 21, 40)),
        ("Message-ID", "<20261202204012.3B7E2C0A1B@mail.thes-kerlann.fr>"), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="us-ascii", cte=None, extra=[("Content-Description", "Notification")]),
                         raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                                  "Reporting-MTA: dns; mail.thes-kerlann.fr\nX-Postfix-Queue-ID: 3B7E2C0A1B\n\n"
                                  "Final-Recipient: rfc822; commandes@thes-kerlann.fr\nAction: failed\nStatus: 5.1.1\n"
                                  "Diagnostic-Code: X-Postfix; unknown user: \"commandes\"\n"),
                         raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                                  orig_headers("commandes@thes-kerlann.fr", 396, "F-2026-0396", "Wed, 02 Dec 2026 21:40:02 +0100"))],
              params="; report-type=delivery-status")),
        "Postfix", "local Postfix, X-Postfix diagnostic, headers only", "failed_recipient=commandes@thes-kerlann.fr")

    # B7 Postfix delay warning
    txt = ("This is the mail system at host mail.grosjean-packaging.fr.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
           "####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
           "<contact@domaine-pierres-dorees.fr>: connect to mx.domaine-pierres-dorees.fr[51.68.12.40]:25:\n"
           "    Connection timed out\n")
    BO("postfix_en_delay_warning.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.grosjean-packaging.fr")), ("To", OWNER),
        ("Subject", "Delayed Mail (still being retried)"), ("Date", dt(30, 14, 5)),
        ("Message-ID", "<20261130130521.4C2B5220091@mail.grosjean-packaging.fr>"), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="us-ascii", cte=None, extra=[("Content-Description", "Notification")]),
                         raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                                  "Reporting-MTA: dns; mail.grosjean-packaging.fr\nArrival-Date: Mon, 30 Nov 2026 09:58:40 +0100 (CET)\n\n"
                                  "Final-Recipient: rfc822; contact@domaine-pierres-dorees.fr\nAction: delayed\nStatus: 4.4.1\n"
                                  "Diagnostic-Code: X-Postfix; connect to mx.domaine-pierres-dorees.fr[51.68.12.40]:25: Connection timed out\n"
                                  "Will-Retry-Until: Sat, 5 Dec 2026 09:58:40 +0100 (CET)\n"),
                         raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                                  orig_headers("contact@domaine-pierres-dorees.fr", 398, "F-2026-0398", "Mon, 30 Nov 2026 09:58:38 +0100"))],
              params="; report-type=delivery-status")),
        "Postfix", "delay warning, Action: delayed, 4.4.1",
        "failed_recipient=contact@domaine-pierres-dorees.fr;bounce_final=no")

    # B8 Gmail delay
    txt = ("** Message pas encore remis **\n\nUn problème temporaire empêche la distribution de votre message "
           "à hello@kombucha-lucie.fr. Gmail effectuera de nouvelles tentatives pendant 46 heures. Vous serez "
           "averti si l'envoi échoue définitivement.\n\nLa réponse du serveur distant était :\n"
           "451 4.3.0 Temporary lookup failure\n")
    BO("gmail_fr_dsn_delay.eml", build([
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Delay)"), ("Date", dt(4, 14, 20, tz=-8)),
        ("Message-ID", mid("mx.google.com")), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("mx.google.com", "hello@kombucha-lucie.fr", "delayed", "4.3.0",
                                      "451 4.3.0 Temporary lookup failure", arrival="Fri, 04 Dec 2026 13:50:02 -0800",
                                      extra="Will-Retry-Until: Sun, 06 Dec 2026 11:50:02 -0800\n")),
                         raw_part([("Content-Type", "text/rfc822-headers")], orig_headers("hello@kombucha-lucie.fr", 426, "F-2026-0426"))],
              params="; report-type=delivery-status")),
        "Gmail", "Gmail delay DSN, French locale", "failed_recipient=hello@kombucha-lucie.fr;bounce_final=no", "fr")

    # B9 Wanadoo closed address
    txt = ("Ce message est généré automatiquement.\n\nLe message que vous avez envoyé n'a pas pu être remis au "
           "destinataire suivant :\n\n  gerard.poncet@wanadoo.example\n\nMotif : 550 5.1.1 Adresse "
           "inexistante / User unknown (compte fermé)\n\nLes adresses @wanadoo.fr de comptes résiliés ne sont "
           "plus actives.\n")
    BO("wanadoo_fr_address_closed.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@wanadoo.fr")), ("To", OWNER),
        ("Subject", h("Échec de remise du message")), ("Date", dt(1, 8, 58)),
        ("Message-ID", mid("smtp.wanadoo.fr")), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="iso-8859-1"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("smtp.wanadoo.fr", "gerard.poncet@wanadoo.example", "failed", "5.1.1",
                                      "550 5.1.1 User unknown")),
                         raw_part([("Content-Type", "message/rfc822")], orig_full("gerard.poncet@wanadoo.example", 389, "F-2026-0389"))],
              params="; report-type=delivery-status")),
        "Orange/Wanadoo", "closed legacy Wanadoo address, French", "failed_recipient=gerard.poncet@wanadoo.example", "fr",
        "wanadoo.example used as recipient domain")

    # B10 Exchange on-prem French "Non remis"
    txt = ("La remise aux destinataires ou groupes suivants a échoué :\n\nc.aubert@delmas-pharma.fr\n"
           "La boîte aux lettres du destinataire est désactivée.\n\n\n\n\n\n"
           "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : EXCH02.delmas.local\n\n"
           "c.aubert@delmas-pharma.fr\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n")
    BO("exchange_fr_non_remis_mailbox_disabled.eml", build([
        ("From", addr("Administrateur système", "postmaster@delmas-pharma.fr")), ("To", OWNER_FULL),
        ("Subject", h("Non remis : Rappel : facture F-2026-0381 échue")), ("Date", dt(3, 16, 11)),
        ("Message-ID", mid("EXCH02.delmas.local")), ("Content-Language", "fr-FR"), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cte="quoted-printable"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("EXCH02.delmas.local", "c.aubert@delmas-pharma.fr", "failed", "5.1.1",
                                      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")),
                         raw_part([("Content-Type", "message/rfc822")], orig_full("c.aubert@delmas-pharma.fr", 381, "F-2026-0381"))],
              params="; report-type=delivery-status"), crlf=True),
        "Microsoft Exchange (on-premises)", "Exchange 'Non remis :' French NDR", "failed_recipient=c.aubert@delmas-pharma.fr", "fr")

    # B11 rejected by spam filter
    txt = ("Delivery has failed to these recipients or groups:\n\nachats@serenia-dermo.fr\nYour message was "
           "rejected by the recipient's email security gateway.\n\nRemote server returned '550 5.7.1 Message "
           "rejected by policy: suspected spam (URL reputation) - https://eu.security-gateway.example/block?ref=rX92'\n")
    BO("gateway_en_rejected_policy_spam.eml", build([
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.grosjean-packaging.fr")), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", dt(2, 10, 31)),
        ("Message-ID", "<20261202093120.9E11D220044@mail.grosjean-packaging.fr>"), ("Auto-Submitted", "auto-replied")],
        multi("report", [part(txt, cs="us-ascii", cte=None),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  dsn("mail.grosjean-packaging.fr", "achats@serenia-dermo.fr", "failed", "5.7.1",
                                      "550 5.7.1 Message rejected by policy: suspected spam", remote="eu-smtp-inbound-1.security-gateway.example")),
                         raw_part([("Content-Type", "text/rfc822-headers")], orig_headers("achats@serenia-dermo.fr", 417, "F-2026-0417"))],
              params="; report-type=delivery-status")),
        "Postfix", "rejected by recipient's security gateway, 5.7.1", "failed_recipient=achats@serenia-dermo.fr")


# ================================================================ other
def OT(name, data, lang, group, pattern, provider="", notes=""):
    add("other", name, data, lang=lang, source_group=group, pattern=pattern, provider=provider, notes=notes)


def bulk(frm, subject, date, domain, unsub, extra=()):
    return svc_headers(frm, subject, date, domain, extra=[("List-Unsubscribe", unsub),
                                                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                                          ("Precedence", "bulk")] + list(extra))


def others():
    # O1 Adobe invoice
    txt = ("Votre facture Adobe est disponible\n\nBonjour Nathalie,\n\nMerci pour votre abonnement. Voici le "
           "récapitulatif de votre paiement.\n\nFormule : Creative Cloud Toutes les applications (engagement "
           "annuel, paiement mensuel)\nNuméro de commande : 1519604471\nDate de facturation : 01/12/2026\n"
           "Montant : 71,99 € TTC\nMoyen de paiement : Mastercard se terminant par 2207\n\n"
           "Téléchargez votre facture : https://account.adobe.com/orders/billing-history\n\n"
           "Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Park, Dublin 24\n")
    OT("adobe_fr_facture_creative_cloud.eml", build(svc_headers(
        addr("Adobe", "message@adobe.com"), "Votre facture Adobe", dt(1, 4, 2), "adobe.com"),
        part(txt)),
        "fr", "Adobe", "supplier invoice/receipt to the owner (card charged)", "Adobe",
        "mentions a payment by the owner, but it is the supplier's receipt, not a bank notice")

    # O2 Shutterstock/Adobe Stock style newsletter
    html = html_doc("<tr><td style=\"padding:24px;\"><h1 style=\"font-size:22px;\">Tendances packaging 2027 : "
                    "le retour du kraft et des aplats mats</h1><p>Découvrez 40 000 nouvelles photos et vecteurs de "
                    "textures papier, dorure et emballages éco-conçus.</p><p><a href=\"https://stock.adobe.com/fr/\">"
                    "Explorer la collection</a></p><p style=\"font-size:11px;color:#888\">Vous recevez cet e-mail car "
                    "vous êtes abonnée aux actualités Adobe Stock. <a href=\"https://stock.adobe.com/unsubscribe\">"
                    "Se désabonner</a></p></td></tr>")
    OT("adobe_stock_fr_newsletter_tendances.eml", build(bulk(
        addr("Adobe Stock", "mail@mail.adobe.com"), "Tendances packaging 2027 : kraft, dorure et aplats mats",
        dt(2, 15, 0), "mail.adobe.com", "<https://stock.adobe.com/unsubscribe?u=8812>"),
        part(html, "text/html")),
        "fr", "Adobe Stock", "stock image site newsletter", "Adobe Stock")

    # O3 MyFonts order receipt
    txt = ("Thank you for your order!\n\nOrder number: MF-20261202-447810\n\nBrandon Grotesque Bold - Desktop "
           "license, 1-2 users ........ $40.00\nBrandon Grotesque Regular - Desktop license ........ $40.00\n\n"
           "Total charged: $80.00 (Visa ending 2207)\n\nDownload your fonts: https://www.myfonts.com/account/orders\n\n"
           "MyFonts by Monotype - 600 Unicorn Park Drive, Woburn, MA 01801\n")
    OT("myfonts_en_order_receipt.eml", build(svc_headers(
        addr("MyFonts", "orders@myfonts.com"), "Your MyFonts order MF-20261202-447810", dt(2, 13, 20, tz=-5), "myfonts.com"),
        part(txt, cte="7bit")),
        "en", "MyFonts (Monotype)", "font foundry order receipt", "MyFonts")

    # O4 Behance
    txt = ("Your project \"Chocolaterie Vernay - Coffrets de Noël\" was featured in Packaging Design "
           "on Behance!\n\n214 appreciations · 1,802 views this week\n\nSee your project: "
           "https://www.behance.net/gallery/2026/Chocolaterie-Vernay\n\nYou received this email because you "
           "have a Behance account. Manage notifications: https://www.behance.net/account/notifications\n")
    OT("behance_en_project_featured.eml", build(bulk(
        addr("Behance", "no-reply@mail.behance.net"), "Your project was featured in Packaging Design",
        dt(1, 18, 0, tz=0), "mail.behance.net", "<https://www.behance.net/account/notifications>"),
        part(txt, cte="7bit")),
        "en", "Behance", "social/portfolio notification", "Behance")

    # O5 Dribbble message notification
    txt = ("Hi Nathalie,\n\nMarco Ferri sent you a message about your shot \"Olive oil tin - label system\":\n\n"
           "\"Hi! Are you available for a small label project in January? Budget around 2k EUR.\"\n\n"
           "Reply on Dribbble: https://dribbble.com/messages\n\nDribbble Holdings Ltd. · Unsubscribe from these emails\n")
    OT("dribbble_en_new_message.eml", build(svc_headers(
        addr("Dribbble", "no-reply@dribbble.com"), "New message from Marco Ferri", dt(3, 20, 4, tz=0), "dribbble.com"),
        part(txt, cte="7bit")),
        "en", "Dribbble", "platform relay of a prospect message", "Dribbble",
        "contains a person's words but is a platform notification")

    # O6 trade fair badge
    txt = ("Votre badge visiteur est prêt\n\nBonjour Nathalie Grosjean,\n\nMerci pour votre inscription à "
           "PCD & Packaging de Paris, les 3 et 4 février 2027, Paris Expo Porte de Versailles, Hall 7.\n\n"
           "Code badge : PCD27-V-118406\nImprimez votre badge ou présentez-le sur votre smartphone à l'entrée.\n\n"
           "À très bientôt !\nL'équipe du salon\n")
    OT("salon_packaging_fr_badge_visiteur.eml", build(svc_headers(
        addr("Salon Packaging Paris", "badge@salon-packaging.example.com"), "Votre badge visiteur - PCD & Packaging de Paris 2027",
        dt(30, 11, 45), "salon-packaging.example.com"),
        multi("mixed", [part(txt), attach(pdf(["BADGE VISITEUR", "Nathalie Grosjean", "Grosjean Packaging Design",
                                               "PCD27-V-118406"]), "application/pdf", "badge_PCD27.pdf")])),
        "fr", "trade fair", "trade fair visitor badge with PDF attachment", "",
        "fictional organiser domain")

    # O7 proofing platform comment
    txt = ("Nouveau commentaire sur « Étiquette Brouilly Vieilles Vignes - V4 »\n\nKarine Vial a commenté (page 1) :\n"
           "« Le millésime doit être en 2026, pas 2025. Sinon BAT OK pour nous. »\n\nStatut de la révision : "
           "Changements demandés\n\nOuvrir l'épreuve : https://app.proofhub.example.com/p/77120\n\n"
           "Vous recevez cet e-mail car vous suivez cette épreuve.\n")
    OT("proofing_fr_nouveau_commentaire_bat.eml", build(svc_headers(
        addr("ProofDesk", "notifications@proofdesk.example.com"), "Nouveau commentaire : Étiquette Brouilly Vieilles Vignes - V4",
        dt(1, 10, 50), "proofdesk.example.com"),
        part(txt)),
        "fr", "online proofing platform", "print-proof (BAT) comment notification", "",
        "modelled on Ziflow/Filestage-style notifications; fictional service")

    # O8 packaging supplier promo
    html = html_doc("<tr><td style=\"padding:24px;\"><h2>Papiers étiquettes vin : nouveaux échantillons</h2>"
                    "<p>Demandez gratuitement notre nuancier 2027 : vergés, feutrés, papiers à la cuve, résistants à "
                    "l'eau glacée (ice bucket test).</p><p>-15 % sur les kits échantillons jusqu'au 18 décembre.</p>"
                    "<p style=\"font-size:11px\">Papeteries du Vivarais - Vous recevez ce message car vous êtes "
                    "cliente professionnelle. <a href=\"https://papeteries-vivarais.example.com/desabonnement\">Désinscription</a></p></td></tr>")
    OT("papeteries_fr_promo_echantillons.eml", build(bulk(
        addr("Papeteries du Vivarais", "news@papeteries-vivarais.example.com"), "Nouveaux papiers étiquettes vin - nuancier 2027 offert",
        dt(3, 9, 30), "papeteries-vivarais.example.com", "<https://papeteries-vivarais.example.com/desabonnement>"),
        part(html, "text/html")),
        "fr", "packaging paper supplier", "supplier marketing with a promo end date")

    # O9 Pennylane TVA
    txt = ("Bonjour Nathalie,\n\nVotre déclaration de TVA de novembre est prête à être vérifiée.\n"
           "TVA collectée : 3 482,00 €  ·  TVA déductible : 412,30 €  ·  TVA à payer : 3 069,70 €\n"
           "Date limite de dépôt : 24 décembre 2026\n\nVérifier et télédéclarer : https://app.pennylane.com/vat\n\nL'équipe Pennylane\n")
    OT("pennylane_fr_tva_prete.eml", build(svc_headers(
        addr("Pennylane", "notifications@pennylane.com"), "Votre déclaration de TVA de novembre est prête", dt(2, 8, 0),
        "pennylane.com"),
        part(txt)),
        "fr", "Pennylane", "accounting software VAT reminder with amounts", "Pennylane")

    # O10 URSSAF
    txt = ("Madame GROSJEAN Nathalie,\n\nUn nouveau document est disponible dans votre espace en ligne "
           "sur urssaf.fr : « Échéancier de cotisations 2027 ».\n\nPour le consulter, connectez-vous à votre "
           "espace sécurisé.\n\nVotre Urssaf Rhône-Alpes\n\nCe courriel est envoyé automatiquement, merci de ne "
           "pas y répondre. L'Urssaf ne vous demandera jamais vos coordonnées bancaires par courriel.\n")
    OT("urssaf_fr_nouveau_document.eml", build(svc_headers(
        addr("Urssaf", "ne-pas-repondre@urssaf.fr"), "Un nouveau document est disponible dans votre espace", dt(1, 6, 10),
        "urssaf.fr"),
        part(txt)),
        "fr", "URSSAF", "administration notification", "URSSAF")

    # O11 impots.gouv
    txt = ("Madame,\n\nUn nouveau message est disponible dans votre espace professionnel sur impots.gouv.fr.\n"
           "Objet : Avis de CFE 2026 - Cotisation foncière des entreprises\n\nDate limite de paiement : "
           "15 décembre 2026.\n\nCe courriel vous est adressé automatiquement ; merci de ne pas y répondre.\n"
           "La Direction générale des Finances publiques\n")
    OT("impots_fr_avis_cfe.eml", build(svc_headers(
        addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), "Nouveau message dans votre espace professionnel",
        dt(30, 7, 30), "dgfip.finances.gouv.fr"),
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "DGFiP", "tax office notice with a payment deadline", "impots.gouv.fr",
        "owner must pay: not a payment notification")

    # O12 OVH invoice
    txt = ("Bonjour,\n\nVotre facture FR58441209 d'un montant de 23,99 € TTC est disponible dans votre espace "
           "client.\nElle sera prélevée sur votre moyen de paiement par défaut le 04/12/2026.\n\n"
           "Services : Hébergement Perso - grosjean-packaging.fr ; Domaine grosjean-packaging.fr\n\n"
           "Cordialement,\nLe service facturation OVHcloud\n")
    OT("ovhcloud_fr_facture.eml", build(svc_headers(
        addr("OVHcloud", "noreply@ovh.com"), "Votre facture OVHcloud FR58441209", dt(1, 2, 15), "ovh.com"),
        part(txt)),
        "fr", "OVHcloud", "hosting supplier invoice to owner, direct debit announced", "OVHcloud")

    # O14 accountant fee invoice (written by a person)
    txt = ("Bonjour Nathalie,\n\nVeuillez trouver ci-joint notre note d'honoraires n° H-2026-1187 relative à "
           "la tenue comptable du 2e semestre (540,00 € TTC). Règlement à 30 jours.\n\nN'oubliez pas de nous "
           "transmettre vos relevés de novembre avant le 10.\n\nBien cordialement,\nStéphanie Roux\n"
           "Cabinet Roux Expertise - Lyon 6e\n")
    OT("cabinet_roux_fr_note_honoraires.eml", build(svc_headers(
        addr("Stéphanie Roux", "s.roux@roux-expertise.fr"), "Note d'honoraires H-2026-1187", dt(3, 17, 20),
        "roux-expertise.fr"),
        multi("mixed", [part(txt), attach(pdf(["CABINET ROUX EXPERTISE", "Note d'honoraires H-2026-1187",
                                               "Client : Grosjean Packaging Design", "Montant TTC : 540,00 EUR"]),
                                          "application/pdf", "H-2026-1187.pdf")])),
        "fr", "Cabinet Roux Expertise", "accountant's invoice TO the owner, written by a person", "",
        "supplier invoice to owner = other per GUIDE, although a person wrote it")

    # O15 LinkedIn
    txt = ("Nathalie, vous êtes apparue dans 23 recherches cette semaine\n\nVos recherches proviennent de : "
           "Directeur marketing, Chef de produit, Fondateur\n\nVoir qui vous recherche : "
           "https://www.linkedin.com/me/search-appearances/\n\nCet e-mail est destiné à Nathalie Grosjean "
           "(Designer packaging & étiquettes). Vous recevez des e-mails de notifications LinkedIn. "
           "Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n")
    OT("linkedin_fr_search_appearances.eml", build(bulk(
        addr("LinkedIn", "notifications-noreply@linkedin.com"), "Nathalie, vous êtes apparue dans 23 recherches",
        dt(4, 6, 33), "linkedin.com", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"),
        part(txt)),
        "fr", "LinkedIn", "social network notification", "LinkedIn")

    # O16 Malt
    txt = ("Bonjour Nathalie,\n\nUne nouvelle mission correspond à votre profil :\n\n« Refonte packaging "
           "gamme de thés bio (6 références) » - Lyon / à distance - Budget : 4 000 à 6 000 €\n\n"
           "Répondre au client : https://www.malt.fr/messages\n\nL'équipe Malt\n")
    OT("malt_fr_nouvelle_mission.eml", build(svc_headers(
        addr("Malt", "noreply@malt.com"), "Nouvelle mission : Refonte packaging gamme de thés bio", dt(2, 11, 2),
        "malt.com"),
        part(txt)),
        "fr", "Malt", "freelance marketplace lead notification", "Malt")

    # O17 PayPal phishing (payment-like)
    html = html_doc("<tr><td style=\"padding:24px;\"><b>PayPal</b><br><br>Vous avez reçu un paiement de "
                    "<b>1 250,00 EUR</b> de Marchetti Group.<br><br>Pour des raisons de sécurité, ce paiement est "
                    "<b>bloqué</b> jusqu'à la vérification de votre compte. Cliquez ci-dessous pour confirmer vos "
                    "informations et débloquer les fonds sous 24 heures :<br><br><a href=\"http://paypal-verif-fonds.example.xyz/login\">"
                    "Débloquer mon paiement</a><br><br>Service PayPal</td></tr>")
    OT("phishing_paypal_fr_paiement_bloque.eml", build([
        ("From", addr("PayPal Service", "service@paypal-securite-fr.example.xyz")), ("To", OWNER),
        ("Reply-To", "support.client@example.xyz"),
        ("Subject", h("Paiement reçu - action requise sous 24h")), ("Date", dt(3, 3, 41)),
        ("Message-ID", mid("mailer.example.xyz")),
        ("Authentication-Results", "mx.grosjean-packaging.fr; spf=fail smtp.mailfrom=paypal-securite-fr.example.xyz; dkim=none")],
        part(html, "text/html")),
        "fr", "phishing", "phishing imitating PayPal 'payment received, blocked'", "",
        "looks like a money-in notice but sender is a lookalike domain")

    # O18 Bank phishing (Crédit Agricole style)
    txt = ("Cher(e) client(e),\n\nSuite à la mise à jour de la DSP2, votre accès à votre espace Crédit Agricole "
           "en ligne sera suspendu le 06/12/2026 si vous ne réactivez pas votre Sécuripass.\n\nRéactivez "
           "maintenant : http://ca-securipass-reactivation.example.top/\n\nCrédit Agricole - Service Sécurité\n")
    OT("phishing_credit_agricole_fr_securipass.eml", build([
        ("From", addr("Crédit Agricole", "securite@ca-clients-info.example.top")), ("To", OWNER),
        ("Subject", h("Important : votre accès sera suspendu")), ("Date", dt(2, 4, 12)),
        ("Message-ID", mid("example.top"))],
        part(txt, cs="iso-8859-1", cte="quoted-printable")),
        "fr", "phishing", "bank phishing (account suspension)")

    # O19 spam "vous avez gagné"
    html = html_doc("<tr><td style=\"padding:24px;text-align:center;\"><h1>🎉 FÉLICITATIONS !</h1><p>Vous avez "
                    "été sélectionnée pour recevoir un <b>iPhone 17 Pro</b>.</p><p>Il vous suffit de régler les frais "
                    "de port (1,95 €).</p><p><a href=\"http://cadeau-gagnant.example.click/\">RÉCUPÉRER MON CADEAU</a></p></td></tr>")
    OT("spam_fr_vous_avez_gagne.eml", build([
        ("From", addr("Service Fidélité", "noreply@promo-gagnant.example.click")), ("To", OWNER),
        ("Subject", h("Nathalie, vous avez gagné ! Dernier rappel")), ("Date", dt(4, 1, 7)),
        ("Message-ID", mid("example.click"))],
        part(html, "text/html")),
        "fr", "spam", "prize spam")

    # O20 Google Calendar invitation
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\n"
           "DTSTAMP:20261201T081500Z\nORGANIZER;CN=Anaïs Prévost:mailto:anais@studio-kaolin.fr\n"
           "UID:4k2p0c9q8v1s7d3h5j6n@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
           "RSVP=TRUE;CN=nathalie@grosjean-packaging.fr:mailto:nathalie@grosjean-packaging.fr\n"
           "SUMMARY:Point BAT étuis export\nLOCATION:Google Meet\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    txt = ("Anaïs Prévost vous a invitée à un événement\n\nPoint BAT étuis export\nmardi 8 déc. 2026 10:00 – 11:00 "
           "(heure normale d'Europe centrale - Paris)\nParticiper avec Google Meet\n\nInvitation de Google Agenda\n")
    OT("google_calendar_fr_invitation.eml", build([
        ("From", addr("Anaïs Prévost (Google Agenda)", "calendar-notification@google.com")), ("To", OWNER),
        ("Reply-To", "anais@studio-kaolin.fr"),
        ("Subject", h("Invitation: Point BAT étuis export @ mar. 8 déc. 2026 10:00 - 11:00 (CET) (nathalie@grosjean-packaging.fr)")),
        ("Date", dt(1, 9, 15)), ("Message-ID", mid("google.com")), ("Sender", "Google Calendar <calendar-notification@google.com>")],
        multi("mixed", [multi("alternative", [part(txt), part(ics, "text/calendar", params="; method=REQUEST", cte="base64")]),
                        attach(ics.encode(), "application/ics", "invite.ics")])),
        "fr", "Google Calendar", "calendar invitation with text/calendar", "Google Calendar")

    # O21 Doctolib-style reminder
    txt = ("Rappel de votre rendez-vous\n\nBonjour Nathalie,\n\nVous avez rendez-vous demain, jeudi 3 décembre "
           "2026 à 18h15, avec Mme Laure Fabre, kinésithérapeute, 24 cours Vitton, 69006 Lyon.\n\n"
           "En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance.\n\n"
           "Doctolib - Ceci est un e-mail automatique.\n")
    OT("doctolib_fr_rappel_rdv.eml", build(svc_headers(
        addr("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous demain à 18h15", dt(2, 18, 15), "doctolib.fr"),
        part(txt)),
        "fr", "Doctolib", "appointment reminder", "Doctolib")

    # O22 shipping notice
    txt = ("Votre colis est en route !\n\nColis n° 6A24718830552 - Expéditeur : Imprimerie Rhône Étiquettes\n"
           "Contenu : épreuves contractuelles\nLivraison prévue : vendredi 4 décembre 2026, avant 13h\n\n"
           "Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A24718830552\n\nColissimo\n")
    OT("colissimo_fr_colis_en_route.eml", build(svc_headers(
        addr("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis 6A24718830552 est en route",
        dt(3, 7, 42), "notif-colissimo-laposte.info"),
        part(txt)),
        "fr", "Colissimo", "shipping notice", "Colissimo")

    # O23 Qonto fee invoice
    txt = ("Bonjour Nathalie,\n\nVotre facture Qonto de novembre 2026 est disponible.\n\nAbonnement Basic : "
           "11,00 € HT\nFrais de virements supplémentaires : 0,00 €\nTotal : 13,20 € TTC, prélevé sur votre "
           "compte le 01/12/2026.\n\nTélécharger la facture : https://app.qonto.com/settings/invoices\n\nL'équipe Qonto\n")
    OT("qonto_fr_facture_abonnement.eml", build(svc_headers(
        addr("Qonto", "noreply@qonto.com"), "Votre facture Qonto de novembre est disponible", dt(1, 9, 0), "qonto.com"),
        part(txt)),
        "fr", "Qonto", "bank's own fee invoice", "Qonto", "GUIDE: a bank's fee invoice is other")

    # O24 Shine newsletter
    html = html_doc("<tr><td style=\"padding:24px;\"><h2>Décembre : 5 réflexes pour bien clôturer l'année</h2>"
                    "<p>Relancer vos impayés, anticiper la CFE, préparer la TVA... notre checklist d'indépendant.</p>"
                    "<p><a href=\"https://shine.fr/blog\">Lire l'article</a></p><p style=\"font-size:11px\">Vous recevez "
                    "cette newsletter car vous êtes client Shine. <a href=\"https://shine.fr/unsubscribe\">Se désinscrire</a></p></td></tr>")
    OT("shine_fr_newsletter_decembre.eml", build(bulk(
        addr("Shine", "hello@news.shine.fr"), "Décembre : 5 réflexes pour bien clôturer l'année 🎄", dt(1, 10, 0),
        "news.shine.fr", "<https://shine.fr/unsubscribe>"),
        part(html, "text/html")),
        "fr", "Shine", "bank newsletter mentioning unpaid invoices", "Shine")



def main():
    for lab in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        p = os.path.join(OUT, lab)
        if os.path.isdir(p):
            shutil.rmtree(p)
    human_replies()
    payments()
    auto_replies()
    bounces()
    others()
    names = [r["file"] for r in ROWS]
    assert len(names) == len(set(names)), "duplicate file names"
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS) + "\n")
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(len(ROWS), counts)


if __name__ == "__main__":
    main()
