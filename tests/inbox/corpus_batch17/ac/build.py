#!/usr/bin/env python3
"""Build the blind evaluation set final17/ac for dunnerd.

Owner: Fabien Morvan <fabien@morvan-drone.fr>, drone pilot near Brest (micro-entrepreneur).
Every message is written by hand below (synthetic); standard library only.
Run:  python3 build.py   -> writes <label>/<name>.eml and labels.tsv next to this script.
"""
import base64
import zlib
import os
import quopri
import shutil
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final17"
OWNER_NAME = "Fabien Morvan"
OWNER = "fabien@morvan-drone.fr"
OWNER_FULL = formataddr((OWNER_NAME, OWNER))

COLUMNS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
           "fidelity", "lang", "provider", "source_group", "pattern", "direction", "amount",
           "currency", "payer", "reference", "value_date", "counts_as_payment", "facts",
           "split", "notes"]
ROWS = []

# ---------------------------------------------------------------- helpers

DAYS = {30: ("Mon", "Nov"), 1: ("Tue", "Dec"), 2: ("Wed", "Dec"), 3: ("Thu", "Dec"),
        4: ("Fri", "Dec"), 26: ("Thu", "Nov"), 27: ("Fri", "Nov"), 25: ("Wed", "Nov"),
        24: ("Tue", "Nov"), 23: ("Mon", "Nov")}


def D(day, hm, tz="+0100", sec=None):
    """RFC 5322 date in the week of 30 Nov 2026 (day 30 = Mon 30 Nov, 1..4 = Dec)."""
    wd, mon = DAYS[day]
    h, m = hm.split(":")
    s = sec if sec is not None else (int(h) * 7 + int(m) * 3 + day) % 60
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, day, mon, int(h), int(m), s, tz)


def H(s, cs="utf-8"):
    """Encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


class Leaf:
    def __init__(self, ctype, body, charset="utf-8", cte="quoted-printable", params="",
                 headers=None):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.params, self.headers = params, headers or []

    def render(self):
        if isinstance(self.body, str):
            try:
                data = self.body.encode(self.charset or "utf-8")
            except UnicodeEncodeError as e:
                raise ValueError("charset %s cannot encode body starting %r" % (self.charset, self.body[:70])) from e
        else:
            data = self.body
        ct = self.ctype
        if self.charset and isinstance(self.body, str):
            ct += '; charset="%s"' % self.charset if self.charset.startswith("windows") \
                else "; charset=%s" % self.charset
        if self.params:
            ct += self.params
        hs = ["Content-Type: " + ct]
        if self.cte:
            hs.append("Content-Transfer-Encoding: " + self.cte)
        hs += self.headers
        if self.cte == "quoted-printable":
            data = quopri.encodestring(data)
        elif self.cte == "base64":
            raw = base64.b64encode(data)
            data = b"\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)) + b"\n"
        return "\n".join(hs).encode("ascii") + b"\n\n" + data


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble="", headers=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble, self.headers = params, preamble, headers or []

    def render(self):
        hs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.params,
                                                                 self.boundary)]
        hs += self.headers
        out = "\n".join(hs).encode("ascii") + b"\n\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


class Raw:
    """Already-rendered part (headers + body) given as text."""
    def __init__(self, text, enc="utf-8"):
        self.text, self.enc = text, enc

    def render(self):
        return self.text.encode(self.enc)


def build(headers, body, crlf=False, mime_version="1.0"):
    hs = []
    for k, v in headers:
        if v is None:
            continue
        hs.append("%s: %s" % (k, v))
    if mime_version:
        hs.append("MIME-Version: " + mime_version)
    data = "\n".join(hs).encode("utf-8") + b"\n" + body.render()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def emit(label, name, data, **meta):
    rel = "%s/%s.eml" % (label, name)
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    row = {c: "" for c in COLUMNS}
    row.update(file=rel, label=label, source_repo="synthetic", source_path="build.py",
               source_commit="", license="written for dunnerd", fidelity="synthetic",
               split=SPLIT)
    for k, v in meta.items():
        if k not in row:
            raise KeyError(k)
        row[k] = v
    for k in ("direction", "amount", "currency", "payer", "reference", "value_date",
              "counts_as_payment"):
        if label != "payment_notification" and row[k]:
            raise ValueError("money column on non-payment " + rel)
    if rel in [r["file"] for r in ROWS]:
        raise ValueError("duplicate " + rel)
    ROWS.append(row)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def mid(local, dom):
    return "<%s@%s>" % (local, dom)


def rem_id(inv, k=1):
    n = int(inv.split("-")[-1])
    return "<dunnerd.%d.%d@morvan-drone.fr>" % (n, k)


SIG_FR = """Fabien Morvan
Morvan Drone - Télépilote professionnel
Prises de vue aériennes, inspections de toitures, relevés photogrammétriques
06 71 42 18 93 - morvan-drone.fr"""

SIG_EN = """Fabien Morvan
Morvan Drone - professional drone pilot (Brest, France)
+33 6 71 42 18 93 - morvan-drone.fr"""


def reminder_fr(greet, inv, amount, issued, due, second=False):
    first = ("Je me permets de revenir vers vous au sujet de" if second else
             "Sauf erreur de ma part,")
    if second:
        l1 = "%s la facture %s du %s, d'un montant de %s, échue le %s, qui reste impayée à ce jour." % (
            first, inv, issued, amount, due)
    else:
        l1 = "%s la facture %s du %s, d'un montant de %s (TVA non applicable, art. 293 B du CGI), échue le %s, n'a pas encore été réglée." % (
            first, inv, issued, amount, due)
    return """Bonjour %s,

%s

Vous la trouverez de nouveau en pièce jointe ; les coordonnées bancaires figurent en bas de la facture.

Si le règlement est déjà parti, merci de ne pas tenir compte de ce message.

Bien cordialement,
%s""" % (greet, l1, SIG_FR)


def reminder_en(greet, inv, amount, issued, due):
    return """Hello %s,

This is a friendly reminder that invoice %s dated %s (%s) was due on %s and is still outstanding.

Please find it attached again; my bank details are at the bottom of the invoice.

If payment is already on its way, please disregard this message.

Kind regards,
%s""" % (greet, inv, issued, amount, due, SIG_EN)


def subj_fr(inv):
    return "Rappel : facture %s échue" % inv


def subj_en(inv):
    return "Reminder: invoice %s is overdue" % inv


def pdf(lines, title="Document"):
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "\n".join(
        "(%s) '" % esc(l) for l in lines) + "\nET"
    stream = text.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (PDF export) >>" % esc(title)).encode("cp1252"),
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def attach(data, ctype, filename):
    return Leaf(ctype, data, charset=None, cte="base64", params='; name="%s"' % filename,
                headers=['Content-Disposition: attachment; filename="%s"' % filename])


def html_wrap(inner, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="viewport" content="width=device-width"></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f6">\n<div style="%s">\n%s\n</div>\n'
            '</body></html>\n' % (style, inner))


def text_to_html(t):
    import html as _h
    return "<br>\n".join(_h.escape(l) for l in t.split("\n"))


def fr_amount(x, sep="\u00a0"):
    """1480.0 -> '1 480,00' with the given thousands separator."""
    s = "%.2f" % x
    ent, dec = s.split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return sep.join(groups) + "," + dec


# ================================================================ human_reply
def human():
    L = "human_reply"

    # 1 -- roofer, informal "tu", iPhone, top-posted, "vendredi"
    inv = "F-2026-0387"
    rem = reminder_fr("Yann", inv, "1 480,00 €", "16/10/2026", "15/11/2026")
    body = ("Salut Fabien,\n\nOui désolé c'est passé à la trappe avec les chantiers. "
            "Je fais le virement vendredi sans faute.\n\nYann\n\nEnvoyé de mon iPhone\n\n"
            "> Le 30 nov. 2026 à 08:30, Fabien Morvan <fabien@morvan-drone.fr> a écrit :\n>\n"
            + quote(rem) + "\n")
    emit(L, "legall_toitures_tu_iphone_vendredi", build([
        ("From", "Yann Le Gall <yann@toitures-legall.fr>"), ("To", OWNER_FULL),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(30, "12:47")),
        ("Message-Id", "<8D1F2A77-40C3-4E55-9B2E-71C0A3D5E0B1@toitures-legall.fr>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
        ("X-Mailer", "iPhone Mail (22B83)")],
        Leaf("text/plain", body), mime_version="1.0 (1.0)"),
        lang="fr", source_group="Toitures Le Gall", pattern="tu; Envoyé de mon iPhone; top-posted over reminder",
        facts="promise_date=2026-12-04", notes="'vendredi' said on Mon 30 Nov")

    # 2 -- estate agency, paiement prévu le 15, long legal signature (carte T)
    inv = "F-2026-0391"
    rem = reminder_fr("Madame Kerjean", inv, "450,00 €", "02/11/2026", "17/11/2026")
    body = """Bonjour Monsieur Morvan,

Merci pour votre relance. Le paiement est prévu le 15, avec les autres factures fournisseurs de l'agence.

Les photos du penty de Saint-Renan ont beaucoup plu aux vendeurs, on vous rappelle sûrement pour la maison de Locmaria-Plouzané début 2027.

Cordialement,

Armelle Kerjean
Directrice d'agence
KERJEAN IMMOBILIER
14 rue de Siam - 29200 Brest
Tél. 02 98 44 61 20 | www.kerjean-immobilier.fr

SARL au capital de 8 000 € - RCS Brest 812 345 678
Carte professionnelle Transaction et Gestion n° CPI 2901 2019 000 041 234 délivrée par la CCI Métropolitaine Bretagne Ouest
Garantie financière : GALIAN, 89 rue La Boétie 75008 Paris - Transaction 120 000 € / Gestion 250 000 €
Titulaire d'un compte spécial (article 55 du décret du 20 juillet 1972) ouvert auprès du Crédit Mutuel de Bretagne
Médiateur de la consommation : Médicys - www.medicys.fr

-----Message d'origine-----
De : Fabien Morvan <fabien@morvan-drone.fr>
Envoyé : lundi 30 novembre 2026 08:31
À : contact@kerjean-immobilier.fr
Objet : Rappel : facture F-2026-0391 échue

""" + rem + "\n"
    emit(L, "kerjean_immo_prevu_le_15_signature_legale", build([
        ("From", A("Armelle Kerjean", "a.kerjean@kerjean-immobilier.fr")),
        ("To", OWNER_FULL), ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(1, "10:05")),
        ("Message-ID", mid("000c01db62a1$5e3f7a20$1abe6e60$", "kerjean-immobilier.fr")),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbYqFeP3ogGr5uYKx0c2hQz9E1Ww=="),
        ("Content-Language", "fr")],
        Leaf("text/plain", body, charset="windows-1252")),
        lang="fr", source_group="Kerjean Immobilier", pattern="'paiement prévu le 15'; agency legal mentions; Outlook -----Message d'origine-----",
        facts="promise_date=2026-12-15", notes="'le 15' resolved to 15 Dec 2026 (message of 1 Dec)")

    # 3 -- builder's accounts dept, HTML-only Outlook, windows-1252, fin de la semaine prochaine
    inv = "F-2026-0364"
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Bonjour Monsieur Morvan,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Votre facture F-2026-0364 a bien été validée par le conducteur de travaux (chantier Résidence Ker Avel, Guipavas).<o:p></o:p></p>
<p class="MsoNormal">Elle sera réglée d’ici la fin de la semaine prochaine, nous faisons nos virements fournisseurs le vendredi.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Nathalie Quéré</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Service comptabilité fournisseurs<br>ARMOR CONSTRUCTIONS<br>ZA de Kergaradec – 29490 Guipavas<br>02 98 02 37 55</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Fabien Morvan &lt;fabien@morvan-drone.fr&gt; <br>
<b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 08:32<br>
<b>À&nbsp;:</b> Compta Fournisseurs &lt;compta.fournisseurs@armor-constructions.fr&gt;<br>
<b>Objet&nbsp;:</b> Rappel : facture F-2026-0364 échue<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bonjour,<br><br>Sauf erreur de ma part, la facture F-2026-0364 du 30/09/2026, d'un montant de 2&nbsp;880,00&nbsp;€ (TVA non applicable, art. 293 B du CGI), échue le 30/10/2026, n'a pas encore été réglée.<br><br>Bien cordialement,<br>Fabien Morvan<o:p></o:p></p>
</div>
</body>
</html>
"""
    emit(L, "armor_constructions_outlook_html_fin_semaine_prochaine", build([
        ("From", A("Nathalie Quéré", "n.quere@armor-constructions.fr")),
        ("To", OWNER_FULL), ("Subject", H("RE: " + subj_fr(inv))), ("Thread-Topic", H(subj_fr(inv))),
        ("Thread-Index", "AQHbYr7VvKX0k7a2T0uY5xqsH3B8aA=="), ("Date", D(2, "14:18")),
        ("Message-ID", "<PR1P264MB2345E0A1B2C3D4E5F6A7B8C9D0E1F2@PR1P264MB2345.FRAP264.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
        ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        Leaf("text/html", html, charset="windows-1252")),
        lang="fr", source_group="Armor Constructions", pattern="Outlook HTML-only windows-1252 QP; 'd'ici la fin de la semaine prochaine'",
        facts="promise_date=2026-12-11", notes="'fin de la semaine prochaine' on Wed 2 Dec = Fri 11 Dec (they pay on Fridays); week_of_2026-12-07 also defensible")

    # 4 -- UK offshore survey client, "we'll pay on the 10th"
    inv = "INV-0402"
    rem = reminder_en("Sarah", inv, "EUR 3,200.00", "15 October 2026", "14 November 2026")
    body = """Hi Fabien,

Apologies for the delay - our finance team moved to a new ERP in November and a few supplier invoices got stuck in approval. Yours is approved now and we'll pay on the 10th (EUR, via Wise as before).

The orthomosaics of the Aber Wrac'h landing site were spot on, by the way.

Best,
Sarah

--
Sarah Whitfield | Project Coordinator
Celtic Sea Survey Ltd
Unit 4, Pendennis Business Park, Falmouth TR11 4RU, UK
Registered in England and Wales No. 10987654

On Mon, 30 Nov 2026 at 08:34, Fabien Morvan <fabien@morvan-drone.fr> wrote:
""" + quote(rem) + "\n"
    html = '<div dir="ltr">' + text_to_html(body.split("\nOn Mon, 30 Nov")[0]) + \
        '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 30 Nov 2026 at 08:34, Fabien Morvan &lt;<a href="mailto:fabien@morvan-drone.fr">fabien@morvan-drone.fr</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + text_to_html(rem) + '</blockquote></div>\n'
    emit(L, "celtic_sea_survey_en_pay_on_the_10th", build([
        ("From", "Sarah Whitfield <sarah.whitfield@celticseasurvey.co.uk>"), ("To", OWNER_FULL),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(3, "09:41", "+0000")),
        ("Message-ID", "<CAJx7pT0q9vY3mN2kB1dL8fRr5sHw4eXa6uQz=K0cV7gP2nE_Yw@mail.gmail.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Multi("alternative", [Leaf("text/plain", body), Leaf("text/html", html)],
              "000000000000a1b2c3d4e5f60718")),
        lang="en", source_group="Celtic Sea Survey Ltd", pattern="Gmail multipart/alternative; 'we'll pay on the 10th'",
        facts="promise_date=2026-12-10")

    # 5 -- holiday lets, "payment run is on Thursday" (said Monday)
    inv = "INV-0405"
    body = """Hello Fabien,

Thanks for the nudge. Invoice INV-0405 is on the list for this week - our payment run is on Thursday, so you should see it by Friday at the latest.

Cheers,
Mark Ellison
Finistere Holiday Lets
"""
    emit(L, "finistere_lets_en_payment_run_thursday", build([
        ("From", "Mark Ellison <mark@finistere-holidaylets.com>"), ("To", OWNER),
        ("Subject", "RE: " + subj_en(inv)), ("Date", D(30, "16:22", "+0000")),
        ("Message-ID", "<DB9PR03MB7291C3E0AF0B7D53B1E4A6C2D77A2@DB9PR03MB7291.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Finistere Holiday Lets", pattern="'payment run is on Thursday'; short; no quote",
        facts="promise_date=2026-12-03")

    # 6 -- dispute: north gable missing
    inv = "F-2026-0372"
    rem = reminder_fr("Monsieur Floc'h", inv, "1 150,00 €", "12/10/2026", "11/11/2026")
    body = """Bonjour,

Nous avons bien reçu votre relance mais nous contestons le montant de cette facture.

Lors de l'inspection du 8 octobre à Plabennec, le pignon nord et la cheminée n'ont pas été photographiés (vent trop fort d'après vous), alors que le devis prévoyait "inspection complète de la couverture". Le rapport que vous nous avez remis est donc incomplet et nous avons dû envoyer un couvreur sur une nacelle.

Nous sommes prêts à régler 700 € pour la partie réalisée, ou la totalité si vous repassez faire le pignon nord à vos frais.

Merci de nous faire une proposition.

Erwan Floc'h
Bâti Ouest Rénovation
06 12 48 77 30

Le 30/11/2026 à 08:35, Fabien Morvan a écrit :
""" + quote(rem) + "\n"
    emit(L, "bati_ouest_dispute_pignon_nord", build([
        ("From", A("Erwan Floc'h", "erwan.floch@bati-ouest-renovation.fr")), ("To", OWNER_FULL),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(30, "18:03")),
        ("Message-ID", "<5f3e9c21-7a0b-4c1e-9f8d-2b6a4e0c1d77@bati-ouest-renovation.fr>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
        ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
        Leaf("text/plain", body, cte="8bit", params="; format=flowed")),
        lang="fr", source_group="Bâti Ouest Rénovation", pattern="dispute, incomplete inspection, counter-offer; Thunderbird 8bit",
        facts="dispute=yes")

    # 7 -- negation: ne contestons pas, pas encore pu payer, début janvier
    inv = "F-2026-0359"
    body = """Bonjour M. Morvan,

Je vous réponds rapidement : nous ne contestons pas du tout la facture, le film pour notre site est très réussi. Mais je n'ai pas encore pu payer, la trésorerie est très tendue en cette fin d'année (deux gros clients qui nous doivent de l'argent, je connais votre situation...).

Je pourrai vous régler début janvier, dès l'encaissement de notre chantier de Lesneven. Si cela vous pose un vrai problème, dites-le moi et je vous fais un premier acompte de 300 € avant Noël.

Désolé pour ce retard.

Bien à vous,
Gilles Abgrall
Menuiserie Abgrall - Landivisiau
"""
    emit(L, "menuiserie_abgrall_negation_debut_janvier", build([
        ("From", A("Menuiserie Abgrall", "menuiserie.abgrall@example.fr")), ("To", OWNER_FULL),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(1, "07:52")),
        ("Message-ID", "<1701416729.28471.1764573120@webmail.example.fr>"),
        ("In-Reply-To", rem_id(inv, 2)), ("References", rem_id(inv, 1) + " " + rem_id(inv, 2))],
        Leaf("text/plain", body, charset="utf-8", cte="base64")),
        lang="fr", source_group="Menuiserie Abgrall", pattern="negations 'ne contestons pas', 'pas encore pu payer'; 'début janvier'; conditional deposit offer",
        facts="promise_date=early_2027-01",
        notes="not a dispute, not paid; optional 300 EUR deposit before Christmas is only offered, not promised")

    # 8 -- already paid with date
    inv = "F-2026-0380"
    body = """Bonjour,

Le virement a été fait le 27 novembre (1 920,00 €, libellé "CABINET PELLEN F-2026-0380"), vous devriez le voir sur votre compte en début de semaine.

Cordialement,

Sophie Pellen
Cabinet Pellen - Géomètres-Experts associés
Membre de l'Ordre des Géomètres-Experts
3 place de la Liberté, 29200 Brest

"""
    emit(L, "cabinet_pellen_deja_paye_27_novembre", build([
        ("From", A("Sophie Pellen", "s.pellen@cabinet-pellen-ge.fr")), ("To", OWNER_FULL),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(30, "10:14")),
        ("Message-ID", "<AM0PR08MB5412B1F3C0D9E2A7F4C6E91B8C12A@AM0PR08MB5412.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Multi("alternative", [Leaf("text/plain", body),
                              Leaf("text/html", '<html><body><div style="font-family:Aptos,sans-serif;font-size:12pt">' + text_to_html(body) + "</div></body></html>\n")],
              "_000_AM0PR08MB5412B1F3C0D9E2A7F4C6E91B8C12AAM0PR08MB5412eurp_")),
        lang="fr", source_group="Cabinet Pellen", pattern="already paid with date and transfer label",
        facts="already_paid=2026-11-27")

    # 9 -- already paid, Crédit Agricole confirmation forwarded inline by the client
    inv = "F-2026-0377"
    body = """Bonjour Fabien,

Je pense que nos messages se sont croisés, voici la confirmation de ma banque.

Bonne journée,
Hélène

---------- Forwarded message ---------
De : Crédit Agricole <ne-pas-repondre@ca-finistere.fr>
Date: jeu. 26 nov. 2026 à 11:02
Subject: Confirmation de votre virement
To: <h.guillou.sci@example.net>


Madame GUILLOU HELENE,

Nous vous confirmons l'enregistrement de votre virement :

Compte à débiter : SCI TY GLAZ - Compte courant n° ****4471
Bénéficiaire : MORVAN FABIEN
Montant : 640,00 EUR
Date d'exécution : 26/11/2026
Motif : FACTURE F-2026-0377

Ce message est généré automatiquement, merci de ne pas y répondre.
Crédit Agricole du Finistère
"""
    emit(L, "sci_ty_glaz_fwd_confirmation_credit_agricole", build([
        ("From", A("Hélène Guillou", "h.guillou.sci@example.net")), ("To", OWNER),
        ("Subject", "Fwd: Confirmation de votre virement"), ("Date", D(30, "09:47")),
        ("Message-ID", "<CAP4nK2v8Yh1Q0wZ5xT3rJ7bM6cL9dE2fG4hA1sD8kF0jH3gW-A@mail.gmail.com>")],
        Multi("alternative", [Leaf("text/plain", body),
                              Leaf("text/html", '<div dir="ltr">' + text_to_html(body) + "</div>\n")],
              "0000000000009f8e7d6c5b4a3928")),
        lang="fr", source_group="SCI Ty Glaz", pattern="client forwards her bank's transfer confirmation; fresh thread, other address",
        facts="already_paid=2026-11-26",
        notes="contains a bank notice text but is a person forwarding it: human_reply")

    # 10 -- already paid, PDF proof attached
    inv = "F-2026-0393"
    proof = pdf(["BANQUE POPULAIRE GRAND OUEST", "AVIS D'EXECUTION DE VIREMENT SEPA",
                 "Donneur d'ordre : SAS BREIZH SOLAIRE", "Beneficiaire : FABIEN MORVAN",
                 "Montant : 1 260,00 EUR", "Date d'execution : 01/12/2026",
                 "Reference : F-2026-0393 INSPECTION CENTRALE PV"], "Avis d'execution")
    body = """Bonjour,

Ci-joint l'avis d'exécution du virement effectué hier pour la facture F-2026-0393 (inspection thermique de la centrale PV de Ploudalmézeau).

Bonne réception,

Camille Le Bras
Assistante administrative
Breizh Solaire SAS
"""
    emit(L, "breizh_solaire_paye_hier_pdf_joint", build([
        ("From", A("Camille Le Bras", "administratif@breizh-solaire.fr")), ("To", OWNER_FULL),
        ("Subject", H("RE: " + subj_fr(inv) + " - avis de virement")), ("Date", D(2, "11:26")),
        ("Message-ID", "<002d01db6316$4c7a1e90$e56e5bb0$@breizh-solaire.fr>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("X-Mailer", "Microsoft Outlook 16.0")],
        Multi("mixed", [Leaf("text/plain", body, charset="iso-8859-1"),
                        attach(proof, "application/pdf", "Avis_execution_virement_01122026.pdf")],
              "----=_NextPart_000_002E_01DB631E.AE3E8690")),
        lang="fr", source_group="Breizh Solaire", pattern="'effectué hier' + PDF bank execution notice attached",
        facts="already_paid=2026-12-01")

    # 11 -- rude, "c'est réglé depuis longtemps", no date
    inv = "F-2026-0355"
    body = """C'est réglé depuis longtemps, vérifiez vos comptes avant d'envoyer ce genre de mail.

P. Kerouanton
"""
    emit(L, "kerouanton_regle_depuis_longtemps", build([
        ("From", "p.kerouanton@example.org"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(1, "21:34")),
        ("Message-ID", "<20261201203412.7c1f4d8e@example.org>"), ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="utf-8", cte="8bit")),
        lang="fr", source_group="Kerouanton (particulier)", pattern="curt, already paid without date, no greeting",
        facts="already_paid=claimed")

    # 12 -- asks for the invoice again
    inv = "F-2026-0389"
    body = """Bonjour,

Je ne retrouve pas votre facture dans nos mails, pourriez-vous me la renvoyer en PDF ? Nous avons changé d'adresse de facturation, c'est peut-être parti chez l'ancienne comptable.

Merci d'avance,

Morgane Tanguy
Office de Tourisme des Abers
"""
    emit(L, "office_tourisme_abers_renvoyer_facture", build([
        ("From", A("Morgane Tanguy", "m.tanguy@abers-tourisme.example.fr")), ("To", OWNER_FULL),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(30, "14:09")),
        ("Message-ID", "<a7c1e2f0-33b9-4d61-8e2a-c0ffee0389aa@abers-tourisme.example.fr>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Office de Tourisme des Abers", pattern="asks to resend invoice PDF",
        facts="request_invoice=yes")

    # 13 -- RIB needed for supplier creation
    inv = "F-2026-0396"
    body = """Bonjour Monsieur,

Pour pouvoir mettre en paiement votre facture, notre service comptable doit d'abord vous créer comme fournisseur. Pouvez-vous nous transmettre votre RIB (sur papier à en-tête ou édité depuis votre banque) ainsi qu'un extrait Kbis ou avis de situation SIRENE ?

Sans ces documents le logiciel bloque le règlement.

Cordialement,

Service Achats
Coop Légumes du Léon
Saint-Pol-de-Léon
"""
    emit(L, "coop_leon_demande_rib_creation_fournisseur", build([
        ("From", A("Service Achats - Coop Légumes du Léon", "achats@coop-leon.example.fr")),
        ("To", OWNER), ("Subject", H("TR: " + subj_fr(inv))), ("Date", D(2, "09:03")),
        ("Message-ID", "<OF6A2B4C11.8E0D3F21-ONC1258C80.0031A2B4@coop-leon.example.fr>"),
        ("In-Reply-To", rem_id(inv)), ("X-Mailer", "Lotus Domino Web Server Release 12.0.2")],
        Leaf("text/plain", body, charset="iso-8859-1")),
        lang="fr", source_group="Coop Légumes du Léon", pattern="asks for RIB + SIRENE to create supplier; Domino",
        facts="request_rib=yes")

    # 14 -- EN, invoice and IBAN on portal
    inv = "INV-0408"
    body = """Dear Fabien,

Our AP system (Coupa) rejected the invoice because it has no purchase order number and the bank details could not be read from the PDF.

Could you please resend the invoice quoting PO 4500187762, and send your IBAN/BIC on a bank letter? Once both are in, it will go into the next payment run.

Kind regards,

Ingrid Solberg
Procurement - Nordvind Energy AS (French branch)
"""
    emit(L, "nordvind_en_resend_invoice_and_iban", build([
        ("From", "Ingrid Solberg <ingrid.solberg@nordvind-energy.example.com>"), ("To", OWNER),
        ("Cc", "ap.france@nordvind-energy.example.com"),
        ("Subject", "RE: " + subj_en(inv)), ("Date", D(3, "13:57")),
        ("Message-ID", "<GV1PR07MB8841F2A1E0C93B4D5A6B7C8D9E0F1@GV1PR07MB8841.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Nordvind Energy", pattern="asks for re-issued invoice with PO and IBAN",
        facts="request_invoice=yes;request_rib=yes")

    # 15 -- "Noté."
    inv = "F-2026-0398"
    rem = reminder_fr("Monsieur Jaouen", inv, "320,00 €", "03/11/2026", "18/11/2026")
    emit(L, "jaouen_note_un_mot", build([
        ("From", A("Loïc Jaouen", "loic.jaouen@example.com")), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(30, "08:58")),
        ("Message-ID", "<trinity-4b1a2c3d-5e6f-7081-92a3-b4c5d6e7f809-1764489480112@3c-app-mailcom-bs14>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Leaf("text/plain", "Noté.\n\n\nLe 30/11/2026 08:36, Fabien Morvan a écrit :\n" + quote(rem) + "\n")),
        lang="fr", source_group="Loïc Jaouen", pattern="one word 'Noté.' above quoted reminder", facts="")

    # 16 -- "ok merci"
    inv = "F-2026-0399"
    emit(L, "riou_ok_merci", build([
        ("From", "Tiphaine Riou <tiphaine.riou@example.net>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(2, "19:12")),
        ("Message-ID", "<CAH3s9_0aa1xQ7wP9E8rT2yU6iO5pL4kJ3hG2fD1sA0zXcVbNm@mail.gmail.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Multi("alternative", [Leaf("text/plain", "ok merci\n", charset="UTF-8", cte="7bit"),
                              Leaf("text/html", '<div dir="auto">ok merci</div>\n', charset="UTF-8", cte="7bit")],
              "00000000000055aa66bb77cc88dd")),
        lang="fr", source_group="Tiphaine Riou", pattern="two words, Gmail mobile", facts="")

    # 17 -- reply from a different address: the wife handles the books, "demain"
    inv = "F-2026-0383"
    body = """Bonjour,

Je suis l'épouse de Jean-Yves Corre (Corre Paysage), c'est moi qui m'occupe des papiers. Il m'a transféré votre relance. Je fais le virement demain depuis le compte de l'entreprise.

Excusez-nous pour le retard.

Martine Corre
"""
    emit(L, "corre_paysage_autre_adresse_demain", build([
        ("From", A("Martine CORRE", "martine.corre29@example.fr")), ("To", OWNER),
        ("Subject", H("facture Corre Paysage " + inv)), ("Date", D(1, "17:40")),
        ("Message-ID", "<1482719365.1337421.1764607200583@mail.example.fr>")],
        Leaf("text/plain", body, charset="UTF-8")),
        lang="fr", source_group="Corre Paysage", pattern="fresh mail from a relative's address, not the reminded one; 'demain'",
        facts="promise_date=2026-12-02")

    # 18 -- forward to colleague with owner in Cc
    inv = "F-2026-0385"
    rem = reminder_fr("Monsieur Le Roux", inv, "1 740,00 €", "06/10/2026", "05/11/2026")
    body = """Bonjour Sandrine,

Peux-tu regarder cette facture de M. Morvan (vidéo drone du lancement de la résidence Les Hauts de Kerinou) et la mettre en paiement si le bon de commande est bien rapproché ? Je mets M. Morvan en copie pour qu'il ait le suivi.

Merci,
Thomas

Thomas Le Roux
Responsable programmes - Iroise Promotion

De : Fabien Morvan <fabien@morvan-drone.fr>
Envoyé : lundi 30 novembre 2026 08:37
À : Thomas Le Roux <t.leroux@iroise-promotion.fr>
Objet : Rappel : facture F-2026-0385 échue

""" + rem + "\n"
    emit(L, "iroise_promotion_transfert_collegue_cc", build([
        ("From", A("Thomas Le Roux", "t.leroux@iroise-promotion.fr")),
        ("To", A("Sandrine Cadiou", "s.cadiou@iroise-promotion.fr")), ("Cc", OWNER_FULL),
        ("Subject", H("TR: " + subj_fr(inv))), ("Date", D(30, "11:02")),
        ("Message-ID", "<PAXPR10MB5520A9C27D1B0E3F6A84D12CB1A52@PAXPR10MB5520.EURPRD10.PROD.OUTLOOK.COM>"),
        ("References", rem_id(inv)), ("Thread-Topic", H(subj_fr(inv)))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Iroise Promotion", pattern="forward to a colleague, owner in Cc; no promise yet", facts="")

    # 19 -- the colleague answers, payment with the run of 10 December
    body = """Bonjour Monsieur Morvan,

Suite au message de Thomas : votre facture F-2026-0385 de 1 740,00 € est rapprochée, elle partira avec notre prochain virement fournisseurs du 10 décembre.

Bien cordialement,

Sandrine Cadiou
Comptable
Iroise Promotion
"""
    emit(L, "iroise_promotion_comptable_virement_10_decembre", build([
        ("From", A("Sandrine Cadiou", "s.cadiou@iroise-promotion.fr")), ("To", OWNER_FULL),
        ("Cc", A("Thomas Le Roux", "t.leroux@iroise-promotion.fr")),
        ("Subject", H("RE: TR: " + subj_fr(inv))), ("Date", D(1, "15:31")),
        ("Message-ID", "<PAXPR10MB5520C1D2E3F4A5B6C7D8E9F0A1B2C@PAXPR10MB5520.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<PAXPR10MB5520A9C27D1B0E3F6A84D12CB1A52@PAXPR10MB5520.EURPRD10.PROD.OUTLOOK.COM>"),
        ("References", rem_id(inv) + " <PAXPR10MB5520A9C27D1B0E3F6A84D12CB1A52@PAXPR10MB5520.EURPRD10.PROD.OUTLOOK.COM>")],
        Leaf("text/plain", body)),
        lang="fr", source_group="Iroise Promotion", pattern="colleague of the reminded contact answers; date '10 décembre'",
        facts="promise_date=2026-12-10")

    # 20 -- question about the content of the invoice
    inv = "F-2026-0394"
    body = """Bonjour Fabien,

Avant de payer je voudrais juste comprendre : la facture comprend-elle le montage de la vidéo de 2 minutes ou seulement les rushes ? Je vois une ligne "prise de vue 1/2 journée" et une ligne "post-production", mais sur le devis il y avait aussi une version verticale pour Instagram. Elle est prévue ?

Merci !
Aurélie
Les Viviers de Camaret
"""
    emit(L, "viviers_camaret_question_contenu_facture", build([
        ("From", A("Aurélie Quéméner", "aurelie@viviers-camaret.example.fr")), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(2, "10:47")),
        ("Message-ID", "<9a41c0de-2b7f-4e3a-b1d5-7f02e6c3a8b4@viviers-camaret.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Les Viviers de Camaret", pattern="question on invoice lines before paying; not a dispute", facts="")

    # 21 -- complaint about reminders + payment at 31/12
    inv = "F-2026-0361"
    body = """Monsieur,

Je trouve vos relances automatiques un peu insistantes : c'est la troisième en quinze jours. Nos conditions sont 45 jours fin de mois, comme indiqué sur notre bon de commande que vous avez signé.

Votre facture sera payée au 31/12, ni avant ni après.

Salutations,

F. Guéguen
Directeur administratif et financier
Groupe Ouest Habitat
"""
    emit(L, "ouest_habitat_plainte_relances_31_12", build([
        ("From", A("Frédéric Guéguen", "f.gueguen@ouest-habitat.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(3, "08:12")),
        ("Message-ID", "<DU2PR02MB10162E5B4A3C2D1E0F9A8B7C6D5E4F3@DU2PR02MB10162.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv, 3)), ("References", " ".join(rem_id(inv, k) for k in (1, 2, 3)))],
        Leaf("text/plain", body, charset="windows-1252")),
        lang="fr", source_group="Groupe Ouest Habitat", pattern="complaint about reminders; payment terms; date 31/12",
        facts="promise_date=2026-12-31")

    # 22 -- tu, "je te fais ça lundi" said Thursday
    inv = "F-2026-0401"
    body = """Salut Fabien !
Désolé j'avais complètement zappé, on est en plein rush avant les fêtes. Je te fais ça lundi.
Bises à Gwen
Ronan
"""
    emit(L, "ronan_bar_tu_lundi", build([
        ("From", "Ronan <ronan@lecafedesdunes.example.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(3, "23:51")),
        ("Message-ID", "<CAB8yZ1qM_r7w3dQ@mail.gmail.com>"), ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Le Café des Dunes", pattern="informal tu, 'lundi' said on Thursday night",
        facts="promise_date=2026-12-07")

    # 23 -- negation + next week
    inv = "F-2026-0382"
    body = """Bonjour Fabien,

Je n'ai pas encore pu faire le virement, j'ai été arrêté dix jours après une chute sur un chantier et je reprends à peine. Je ne refuse pas de payer bien sûr, je le fais la semaine prochaine sans faute.

Cordialement
Alain Morvan (aucun lien !)
Couverture Morvan Alain - Lannilis
"""
    emit(L, "couverture_alain_pas_encore_semaine_prochaine", build([
        ("From", "Couverture Morvan Alain <couverture.morvan.alain@example.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(2, "20:05")),
        ("Message-ID", "<000601db64f0$aa12bb34$fe3c7d90$@example.fr>"), ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="iso-8859-1")),
        lang="fr", source_group="Couverture Morvan Alain", pattern="negations 'pas encore pu', 'ne refuse pas'; next week; same surname as owner",
        facts="promise_date=week_of_2026-12-07")

    # 24 -- EN dispute: deliverables missing
    inv = "INV-0397"
    body = """Fabien,

We will not be paying INV-0397 until we receive what was agreed: the georeferenced orthomosaic (GeoTIFF) and the point cloud for the Roscoff quay. So far we only have the JPEG photos and a low-res video.

Please send the files and we will release payment within 5 working days of receipt.

Regards,
Declan Murphy
Site Manager, Murphy & Quinn Marine Works
"""
    emit(L, "murphy_quinn_en_dispute_deliverables", build([
        ("From", "Declan Murphy <d.murphy@mq-marineworks.example.ie>"), ("To", OWNER),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(1, "12:20", "+0000")),
        ("Message-ID", "<20261201122011.GA31744@mq-marineworks.example.ie>"), ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Murphy & Quinn Marine Works", pattern="withholds payment, deliverables missing",
        facts="dispute=yes", notes="conditional release 5 working days after delivery: no promise date")

    # 25 -- EN already paid on 24 Nov
    inv = "INV-0395"
    body = """Hi Fabien,

We paid this on 24 November by SEPA transfer, reference 'BRETON ESTATES INV-0395'. Can you check on your side? If it hasn't arrived let me know and I'll ask the bank for a trace.

Thanks,
Claire

Claire Donovan
Breton Estates (UK) - Property sales in Brittany
"""
    emit(L, "breton_estates_en_paid_24_november", build([
        ("From", "Claire Donovan <claire@bretonestates.example.co.uk>"), ("To", OWNER),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(30, "10:55", "+0000")),
        ("Message-ID", "<CAGk1p0d-Zq8Yv2nJ5xR_3mP7sLwT4aE9uF6hB0cN1oK2gD8e@mail.gmail.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="en", source_group="Breton Estates UK", pattern="already paid with date and reference",
        facts="already_paid=2026-11-24")

    # 26 -- EN one-liner, Outlook for Android
    inv = "INV-0406"
    emit(L, "hartley_en_thanks_noted_android", build([
        ("From", "James Hartley <james@hartleyarchitects.example.com>"), ("To", OWNER),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(4, "07:14", "+0000")),
        ("Message-ID", "<LO2P265MB5463B5B2C09A3E2F1D4C6B8A7E9F1@LO2P265MB5463.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", "Thanks, noted.\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n", charset="us-ascii", cte="7bit")),
        lang="en", source_group="Hartley Architects", pattern="'Thanks, noted.' + Outlook for Android footer", facts="")

    # 27 -- big group, long bilingual disclaimer, payment scheduled 18/12
    inv = "F-2026-0368"
    body = """Bonjour,

Votre facture F-2026-0368 (suivi photo aérien mensuel chantier Brest Rive Droite, octobre 2026) a été validée et le règlement est programmé au 18/12/2026 conformément à nos conditions (60 jours date de facture).

Merci de ne plus envoyer de relance sur cette facture.

Cordialement,

Élodie Marchadour
Gestionnaire Comptabilité Fournisseurs
Centre de Services Partagés Ouest
GROUPE BATIMOR
1 allée des Alizés - 35000 Rennes

*************************************************************************
Ce message et toutes les pièces jointes (ci-après le "message") sont établis à l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, le Groupe Batimor (et ses filiales) décline(nt) toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié.
Pensez à l'environnement avant d'imprimer ce message.
-------------------------------------------------------------------------
This message and any attachments (the "message") are intended solely for the addressees and are confidential. If you receive this message in error, please delete it and immediately notify the sender. Any use not in accordance with its purpose, any dissemination or disclosure, either whole or partial, is prohibited except formal approval. The internet can not guarantee the integrity of this message. Groupe Batimor (and its subsidiaries) shall (will) not therefore be liable for the message if modified.
*************************************************************************
"""
    emit(L, "groupe_batimor_disclaimer_18_12", build([
        ("From", A("MARCHADOUR Elodie", "elodie.marchadour@batimor-groupe.example.com")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(1, "16:48")),
        ("Message-ID", "<7f4e2c9a1b8d4e6f9a0b3c5d7e8f1a2b@SRV-EXCH03.batimor.local>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
        ("X-MS-Exchange-Organization-AuthAs", "Internal")],
        Multi("alternative", [Leaf("text/plain", body, charset="iso-8859-1"),
                              Leaf("text/html", "<html><body><p>" + text_to_html(body) + "</p></body></html>\n", charset="iso-8859-1")],
              "_000_7f4e2c9a1b8d4e6f9a0b3c5d7e8f1a2bSRVEXCH03batimorlocal_")),
        lang="fr", source_group="Groupe Batimor", pattern="long FR/EN confidentiality disclaimer; scheduled date",
        facts="promise_date=2026-12-18")

    # 28 -- syndic, HTML-only Outlook, waiting for the council
    inv = "F-2026-0370"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">La facture pour l'inspection de la toiture-terrasse de la copropriété Le Grand Large (Brest, rue de Tourville) ne peut être réglée qu'après accord du conseil syndical, qui se réunit le 9 décembre. Je reviens vers vous ensuite.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Julien Pichon</b><br>Gestionnaire de copropriété<br>Iroise Syndic &amp; Gestion<br>Tél : 02 98 80 12 34 - Astreinte : 06 00 00 00 00</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Iroise Syndic &amp; Gestion - SAS au capital de 50 000 € - Carte professionnelle n° CPI 2901 2018 000 031 002</span></p>
</div></body></html>
"""
    emit(L, "iroise_syndic_html_attente_conseil_syndical", build([
        ("From", A("Julien Pichon", "j.pichon@iroise-syndic.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(3, "17:26")),
        ("Message-ID", "<VI1PR06MB6653D0E9A5C1F2B3A4D5E6F7A8B9C@VI1PR06MB6653.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/html", html, charset="windows-1252")),
        lang="fr", source_group="Iroise Syndic & Gestion", pattern="HTML-only iso-8859-1; waiting for approval on 9 Dec (not a payment date)",
        facts="", notes="9 Dec is a meeting date, not a payment promise")

    # 29 -- commune: mandat transmitted, transfer expected by 10 Dec
    inv = "F-2026-0374"
    body = """Bonjour Monsieur Morvan,

Le mandat correspondant à votre facture (prises de vue aériennes du bourg pour le bulletin municipal) a été transmis au comptable public (SGC de Landerneau) le 25 novembre. Le virement devrait vous parvenir d'ici le 10 décembre.

Pour toute question sur le paiement, vous pouvez contacter directement le SGC.

Cordialement,

Le secrétariat de mairie
Mairie de Saint-Divy (exemple)
"""
    emit(L, "mairie_mandat_transmis_sgc", build([
        ("From", A("Mairie - Secrétariat", "secretariat@mairie-saintdivy.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(1, "11:40")),
        ("Message-ID", "<5e9b1d3c-f2a0-41c7-b88e-0a9d7c6e5f44@mairie-saintdivy.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="iso-8859-1")),
        lang="fr", source_group="Mairie (commune)", pattern="public sector: mandat transmitted to the public accountant; expected 'd'ici le 10 décembre'",
        facts="promise_date=2026-12-10",
        notes="the mandat of 25 Nov is an order, not a payment: no already_paid; 'd'ici le 10 décembre' taken as the promise date")

    # 30 -- Chorus Pro requirement
    inv = "F-2026-0376"
    body = """Bonjour,

Nous ne pouvons pas traiter les factures reçues par courriel. En tant qu'établissement public, nous sommes soumis à l'obligation de facturation électronique : merci de déposer votre facture sur le portail Chorus Pro (SIRET destinataire 200 012 345 00018, code service FACTURES, n° d'engagement EJ 2026-00871).

Votre facture n'a donc pas été enregistrée à ce jour.

Cordialement,
Service financier
Syndicat mixte du Parc naturel (exemple)
"""
    emit(L, "syndicat_mixte_chorus_pro_obligatoire", build([
        ("From", A("Service financier", "finances@parc-iroise.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(2, "15:02")),
        ("Message-ID", "<20261202140211.5A1B3C0021@smtp.parc-iroise.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Syndicat mixte (public body)", pattern="asks to file on Chorus Pro; invoice not registered",
        facts="", notes="asks for a deposit on Chorus Pro, not for the invoice to be e-mailed again: request_invoice left empty")

    # 31 -- EN remittance forwarded by a person
    inv = "INV-0403"
    body = """Hi Fabien,

Please see below the remittance from our finance system - it went out on 1 December.

Best,
Tom

-----Original Message-----
From: noreply-ap@seabird-films.example.co.uk
Sent: 01 December 2026 16:02
To: Tom Pritchard
Subject: Remittance Advice - Payment 7741022

REMITTANCE ADVICE
Payee: Morvan Drone (Fabien Morvan)
Payment date: 01/12/2026
Payment method: SEPA Credit Transfer
Invoice        Date        Amount (EUR)
INV-0403       20/10/2026  2,150.00
Total paid                 2,150.00
"""
    emit(L, "seabird_films_en_forwarded_remittance", build([
        ("From", "Tom Pritchard <tom@seabird-films.example.co.uk>"), ("To", OWNER),
        ("Subject", "FW: Remittance Advice - Payment 7741022"), ("Date", D(2, "09:15", "+0000")),
        ("Message-ID", "<LO4P123MB6123D9A8B7C6E5F4A3B2C1D0E9F8A@LO4P123MB6123.GBRP123.PROD.OUTLOOK.COM>")],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Seabird Films", pattern="person forwards the AP system remittance advice",
        facts="already_paid=2026-12-01", notes="remittance inside a person's forward: human_reply")

    # 32 -- estate agent busy, iPhone
    inv = "F-2026-0397"
    emit(L, "agence_des_iles_iphone_je_regarde_ce_soir", build([
        ("From", A("Gaëlle Le Hir", "gaelle@agencedesiles.example.fr")), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(4, "11:03")),
        ("Message-ID", "<E1C2B3A4-5D6E-4F70-8192-A3B4C5D6E7F8@agencedesiles.example.fr>"),
        ("In-Reply-To", rem_id(inv)), ("X-Mailer", "iPhone Mail (22B91)")],
        Leaf("text/plain", "Bonjour,\nJe suis en visites toute la journée, je regarde ça ce soir.\nGaëlle\n\nEnvoyé de mon iPhone\n"),
        mime_version="1.0 (1.0)"),
        lang="fr", source_group="Agence des Îles", pattern="busy, will look tonight; no promise", facts="")

    # 33 -- architect: re-issue the invoice to the SCI
    inv = "F-2026-0392"
    body = """Bonjour Fabien,

La facture a été établie au nom de mon cabinet, mais c'est la SCI Les Abers (mon client, le maître d'ouvrage) qui doit la régler. Pouvez-vous refaire la facture à son nom :

SCI LES ABERS
12 route de Kerlouan
29870 Landéda

Dès réception je la lui transmets. Le montant et le reste ne changent pas.

Merci,
Yves Pennec, architecte DPLG
"""
    emit(L, "pennec_architecte_refaire_facture_sci", build([
        ("From", A("Yves Pennec Architecte", "atelier@pennec-architecte.example.fr")), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(30, "15:44")),
        ("Message-ID", "<8b3f0c6e-91d2-4a57-a4e1-5f7c2d9b0e63@pennec-architecte.example.fr>"),
        ("In-Reply-To", rem_id(inv)), ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")],
        Leaf("text/plain", body, params="; format=flowed")),
        lang="fr", source_group="Pennec Architecte", pattern="asks for a re-issued invoice addressed to another entity",
        facts="request_invoice=yes", notes="asks for a corrected invoice; amount not contested")

    # 34 -- partial payment, balance on delivery of RAW files
    inv = "F-2026-0379"
    body = """Bonjour,

Nous avons réglé 50 % le 20 novembre (acompte de 600 €) comme convenu. Le solde sera versé à réception des fichiers RAW et des vidéos non montées, que nous attendons toujours.

Cordialement,
Studio Lumière Iroise
"""
    emit(L, "studio_lumiere_acompte_solde_a_reception", build([
        ("From", "Studio Lumiere Iroise <contact@studio-lumiere-iroise.example.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(2, "16:37")),
        ("Message-ID", "<20261202153702.B7C1A2F0@mail.studio-lumiere-iroise.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Studio Lumière Iroise", pattern="partial payment done, balance conditional on deliverables",
        facts="already_paid=2026-11-20", notes="only a 50 % deposit was paid; withholding the balance pending files (could be read as dispute; not marked)")

    # 35 -- farmer, ISO-8859-1, old webmail, "jeudi"
    inv = "F-2026-0366"
    body = """Bonjour monsieur Morvan

je passe à la banque jeudi à Lesneven pour faire le virement, je ne sais pas le faire sur internet.
Les photos des parcelles ont été bien utiles pour le dossier PAC.

salutations
Hervé Le Goff
GAEC de Kerbrat
"""
    emit(L, "gaec_kerbrat_latin1_jeudi_banque", build([
        ("From", "GAEC DE KERBRAT <gaec.kerbrat@example-wanadoo.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv), "iso-8859-1")), ("Date", D(30, "20:18")),
        ("Message-ID", "<19a2b3c4d5e6f708192a3b4c5d6e7f80.squirrel@webmail.example-wanadoo.fr>"),
        ("In-Reply-To", rem_id(inv)), ("User-Agent", "SquirrelMail/1.4.22")],
        Leaf("text/plain", body, charset="iso-8859-1", cte="8bit")),
        lang="fr", source_group="GAEC de Kerbrat", pattern="ISO-8859-1 8bit, old webmail; 'jeudi' said on Monday",
        facts="promise_date=2026-12-03")

    # 36 -- "virement programmé pour le 8 décembre"
    inv = "F-2026-0388"
    body = """Bonjour Fabien,

Le virement est programmé pour le 8 décembre, c'est la date de notre prochaine échéance fournisseurs.

Bonne fin de semaine,
Lucie Salaün
Les Jardins de l'Élorn - paysagistes
"""
    emit(L, "jardins_elorn_programme_8_decembre", build([
        ("From", A("Lucie Salaün", "lucie@jardins-elorn.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(4, "09:22")),
        ("Message-ID", "<0bc601db6612$11d0a3e0$3571ebb0$@jardins-elorn.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Multi("alternative", [Leaf("text/plain", body, charset="utf-8"),
                              Leaf("text/html", "<html><body>" + text_to_html(body) + "</body></html>\n")],
              "----=_NextPart_000_0BC7_01DB661A.73951DE0")),
        lang="fr", source_group="Les Jardins de l'Élorn", pattern="'programmé pour le 8 décembre'",
        facts="promise_date=2026-12-08")

    # 37 -- "d'ici mercredi" said on Thursday
    inv = "F-2026-0386"
    body = "Bonjour,\nC'est en cours de validation chez notre gérant, vous serez réglé d'ici mercredi.\nCdt\nK. Lagadec - Lagadec Électricité\n"
    emit(L, "lagadec_elec_dici_mercredi", build([
        ("From", "Lagadec Electricite <compta@lagadec-elec.example.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(3, "15:10")),
        ("Message-ID", "<3fa1c2d4-77e0-4b5a-9c8d-e6f1a2b3c4d5@lagadec-elec.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="fr", source_group="Lagadec Électricité", pattern="'d'ici mercredi' said Thursday = next Wednesday",
        facts="promise_date=2026-12-09")

    # 38 -- Gmail reply, "c'est parti en paiement ce matin"
    inv = "F-2026-0390"
    rem = reminder_fr("Madame Bothorel", inv, "890,00 €", "19/10/2026", "18/11/2026")
    txt = "Bien reçu, c'est parti en paiement ce matin.\nBonne journée,\nAnne Bothorel\n\n"
    quoted = "Le lun. 30 nov. 2026 à 08:38, Fabien Morvan <fabien@morvan-drone.fr> a écrit :\n\n" + quote(rem) + "\n"
    html = ('<div dir="ltr">Bien reçu, c\'est parti en paiement ce matin.<div>Bonne journée,</div><div>Anne Bothorel</div></div><br>'
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Le lun. 30 nov. 2026 à 08:38, Fabien Morvan &lt;<a href="mailto:fabien@morvan-drone.fr">fabien@morvan-drone.fr</a>&gt; a écrit&nbsp;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + text_to_html(rem) + '</blockquote></div>\n')
    emit(L, "bothorel_gmail_parti_ce_matin", build([
        ("From", "Anne Bothorel <anne.bothorel@example.com>"), ("To", OWNER_FULL),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(1, "09:31")),
        ("Message-ID", "<CAMx4Qb2eR7+Lw9pT3vY1nK8sJ6dF0hG5cA2zX_mB4oQ7uE1iW@mail.gmail.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv))],
        Multi("alternative", [Leaf("text/plain", txt + quoted), Leaf("text/html", html)],
              "000000000000c4d5e6f708192a3b")),
        lang="fr", source_group="Anne Bothorel", pattern="Gmail top-post with full quote; 'parti en paiement ce matin'",
        facts="already_paid=2026-12-01")

    # 39 -- EN "by the end of the month"
    inv = "INV-0407"
    body = """Hello Fabien,

Sorry, cash is tight until our Christmas bookings come in. I'll settle INV-0407 by the end of the month, promise.

Regards,
Helen Fraser
Crozon Kayak & Paddle
"""
    emit(L, "crozon_kayak_en_end_of_month", build([
        ("From", "Helen Fraser <helen@crozon-kayak.example.com>"), ("To", OWNER),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(1, "18:45", "+0000")),
        ("Message-ID", "<e1b2c3d4-a5f6-4789-b0c1-d2e3f4a5b6c7@crozon-kayak.example.com>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Crozon Kayak & Paddle", pattern="'by the end of the month'",
        facts="promise_date=2026-12-31")

    # 40 -- EN "early next week"
    inv = "INV-0409"
    body = "Hi Fabien - invoice approved today, transfer will go out early next week.\nThanks for your patience.\nPriya\n\nPriya Nair | Finance Assistant | Aerolens Media GmbH\n"
    emit(L, "aerolens_en_early_next_week", build([
        ("From", "Priya Nair <priya.nair@aerolens-media.example.de>"), ("To", OWNER),
        ("Subject", "AW: " + subj_en(inv)), ("Date", D(4, "14:33")),
        ("Message-ID", "<FR2P281MB2345A1B2C3D4E5F6A7B8C9D0E1F2A@FR2P281MB2345.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="us-ascii", cte="7bit")),
        lang="en", source_group="Aerolens Media GmbH", pattern="German 'AW:' prefix, English text; 'early next week'",
        facts="promise_date=week_of_2026-12-07")

    # 41 -- broken charset: UTF-8 bytes declared us-ascii
    inv = "F-2026-0384"
    body = """Bonjour,

La facture a bien été transmise à notre service comptable à Quimper. Vous serez payé à réception de l'accord du client final (Foncière de l'Élorn), nous n'avons pas la main.

Cordialement,
Pierre-Yves Cariou
Cariou Charpente
"""
    emit(L, "cariou_charpente_charset_faux", build([
        ("From", "Pierre-Yves Cariou <py.cariou@cariou-charpente.example.fr>"), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(2, "12:02")),
        ("Message-ID", "<20261202110210.1f2e3d4c@cariou-charpente.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body.encode("utf-8"), charset=None, cte="8bit", params="; charset=us-ascii")),
        lang="fr", source_group="Cariou Charpente", pattern="broken MIME: UTF-8 8bit body declared charset=us-ascii; pay-when-paid",
        facts="", notes="no date: payment depends on end client approval")

    # 42 -- mailing-list post by a person
    body = """Bonjour à tous,

Quelqu'un a-t-il un retour récent sur les contrats RC pro drone pour des inspections en zone urbaine (scénario STS-01) ? Mon assureur actuel me demande +35 % pour 2027 au motif que je fais de plus en plus de toitures en ville.

Et petite question annexe : vous facturez comment les journées annulées pour météo ? Je perds pas mal d'argent avec les reports en novembre.

Merci d'avance,
Gaël Tromeur - Quimperlé
--
Liste pilotes-pro-bretagne - pour se désinscrire : pilotes-pro-bretagne-unsubscribe@lists.example.org
"""
    emit(L, "liste_pilotes_bretagne_question_assurance", build([
        ("From", A("Gaël Tromeur", "gael.tromeur@example.net")),
        ("To", "pilotes-pro-bretagne@lists.example.org"),
        ("Subject", H("[pilotes-pro-bretagne] RC pro drone en ville : vos tarifs 2027 ?")),
        ("Date", D(2, "21:13")), ("Message-ID", "<87h6a2xk3q.fsf@example.net>"),
        ("List-Id", "Pilotes pros de Bretagne <pilotes-pro-bretagne.lists.example.org>"),
        ("List-Unsubscribe", "<mailto:pilotes-pro-bretagne-unsubscribe@lists.example.org>"),
        ("Precedence", "list"), ("Sender", "pilotes-pro-bretagne-bounces@lists.example.org")],
        Leaf("text/plain", body, charset="utf-8", cte="8bit")),
        lang="fr", source_group="pilotes-pro-bretagne list", pattern="mailing-list post written by a person (List-Id, Precedence: list)",
        facts="", notes="not about an invoice of the owner")

    # 43 -- prospect asks for a quote
    body = """Bonjour,

Nous cherchons un télépilote pour l'inspection de la toiture de notre entrepôt à Morlaix (environ 2 400 m², bac acier, suspicion de fuites). Seriez-vous disponible avant fin décembre et à quel tarif ? Il nous faudrait un rapport avec photos géolocalisées.

Cordialement,
Stéphane Caroff
Responsable maintenance - Transports Caroff
02 98 88 00 00
"""
    emit(L, "transports_caroff_demande_devis", build([
        ("From", A("Stéphane Caroff", "maintenance@transports-caroff.example.fr")), ("To", "contact@morvan-drone.fr"),
        ("Subject", "Demande de devis inspection toiture entrepôt Morlaix"), ("Date", D(3, "10:31")),
        ("Message-ID", "<d93b1f2a-6c4e-4b0a-8f17-2e5c9a7d1b30@transports-caroff.example.fr>")],
        Leaf("text/plain", body)),
        lang="fr", source_group="Transports Caroff", pattern="new prospect asking for a quote; no invoice", facts="")

    # 44 -- the owner's accountant writing as a person
    body = """Bonjour Fabien,

Pour préparer la déclaration de CA de novembre et le point de fin d'année, il me manque :
- les relevés Qonto de novembre (export CSV ou PDF),
- la facture d'achat de la nouvelle batterie et des hélices (DJI Store, 14/11),
- le justificatif de l'assurance RC drone 2027 quand vous l'aurez.

Pas d'urgence avant le 15 décembre.

Bien cordialement,
Nolwenn Le Meur
Expert-comptable - Cabinet Le Meur & Associés
"""
    emit(L, "expert_comptable_pieces_manquantes", build([
        ("From", A("Nolwenn Le Meur", "n.lemeur@lemeur-expertise.example.fr")), ("To", OWNER),
        ("Subject", H("Pièces manquantes - novembre")), ("Date", D(1, "14:05")),
        ("Message-ID", "<4c5d6e7f-8091-4a2b-b3c4-d5e6f708192a@lemeur-expertise.example.fr>")],
        Leaf("text/plain", body)),
        lang="fr", source_group="Cabinet Le Meur (accountant)", pattern="accountant asks documents; mentions Qonto and a date that is not a payment",
        facts="")

    # 45 -- EN: person no longer with the company (written by hand)
    inv = "INV-0404"
    body = """Hi Fabien,

I left Skerry Productions at the end of October and only check this mailbox occasionally. Please send your reminder to accounts@skerryproductions.example.co.uk - Jo in accounts handles supplier invoices now.

All the best,
Rachel
"""
    emit(L, "skerry_en_left_company_written_by_person", build([
        ("From", "Rachel Byrne <rachel@skerryproductions.example.co.uk>"), ("To", OWNER),
        ("Subject", "Re: " + subj_en(inv)), ("Date", D(3, "19:02", "+0000")),
        ("Message-ID", "<CAF9q2w-Lk3mN8pR0sT5vX7yZ1aB4cD6eG8hJ0kM2nP4qS6tU@mail.gmail.com>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body)),
        lang="en", source_group="Skerry Productions", pattern="person says she left, gives new address (hand-written, not auto)", facts="")

    # 46 -- dispute + corrected invoice
    inv = "F-2026-0378"
    body = """Bonjour Monsieur Morvan,

Le montant de votre facture ne correspond pas au devis D-2026-031 que nous avions signé : 950,00 € et non 1 150,00 €. Le supplément "déplacement Ouessant" n'a jamais été validé de notre côté.

Merci de nous adresser une facture corrigée, nous la réglerons dès réception.

Cordialement,
Anne-Sophie Le Bihan
Penn ar Bed Événements
"""
    emit(L, "penn_ar_bed_conteste_montant_facture_corrigee", build([
        ("From", A("Anne-Sophie Le Bihan", "as.lebihan@pennarbed-evenements.example.fr")), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(30, "17:15")),
        ("Message-ID", "<AS8PR02MB9876A5B4C3D2E1F0A9B8C7D6E5F4A@AS8PR02MB9876.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="windows-1252")),
        lang="fr", source_group="Penn ar Bed Événements", pattern="contests amount vs signed quote; asks corrected invoice",
        facts="dispute=yes;request_invoice=yes")

    # 47 -- negation "nous ne refusons pas", asks RIB as PDF
    inv = "F-2026-0400"
    body = """Bonjour,

Nous ne refusons évidemment pas de payer : le bon de commande n'avait simplement pas été saisi dans notre outil, c'est fait ce jour.

Pour finaliser votre création fournisseur, pourriez-vous nous envoyer votre RIB au format PDF ? Celui inscrit en bas de la facture n'est pas accepté par notre service trésorerie.

Cordialement,
Service Comptabilité - Ty Bois Construction
"""
    emit(L, "ty_bois_ne_refusons_pas_rib_pdf", build([
        ("From", "Comptabilite Ty Bois <comptabilite@tybois-construction.example.fr>"), ("To", OWNER),
        ("Subject", H("RE: " + subj_fr(inv))), ("Date", D(4, "10:48")),
        ("Message-ID", "<0a1b2c3d4e5f$60718293$a4b5c6d7$@tybois-construction.example.fr>"),
        ("In-Reply-To", rem_id(inv))],
        Leaf("text/plain", body, charset="iso-8859-1")),
        lang="fr", source_group="Ty Bois Construction", pattern="negation 'ne refusons pas'; asks RIB PDF",
        facts="request_rib=yes")

    # 48 -- attachments from phone: a photo of a cheque + "chèque posté"
    inv = "F-2026-0371"
    body = "Bonjour,\nJ'ai posté le chèque hier, voici la photo.\nCordialement\nMme Quillévéré\n\nEnvoyé de mon iPhone"
    jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
    emit(L, "quillevere_cheque_poste_photo_iphone", build([
        ("From", A("Françoise Quillévéré", "f.quillevere@example.fr")), ("To", OWNER),
        ("Subject", H("Re: " + subj_fr(inv))), ("Date", D(3, "08:40")),
        ("Message-Id", "<6C7D8E9F-A0B1-4C2D-93E4-F5A6B7C8D9E0@example.fr>"),
        ("In-Reply-To", rem_id(inv)), ("X-Mailer", "iPhone Mail (22B91)")],
        Multi("mixed", [Leaf("text/plain", body),
                        Leaf("image/jpeg", jpeg, charset=None, cte="base64", params='; name="IMG_4417.jpeg"',
                             headers=['Content-Disposition: inline; filename="IMG_4417.jpeg"'])],
              "Apple-Mail-9F1E2D3C-4B5A-6978-8695-A4B3C2D1E0F9"),
        mime_version="1.0 (1.0)"),
        lang="fr", source_group="Françoise Quillévéré", pattern="cheque posted yesterday + photo (tiny jpeg stub); iPhone",
        facts="already_paid=2026-12-02", notes="a posted cheque, not yet cashed; counted as an 'already paid' claim")


# ================================================================ payment_notification
def notice(frm, subj, date, msgid, text=None, html=None, to=OWNER, extra=(), charset="utf-8",
           cte="quoted-printable", boundary=None, crlf=False, attachments=()):
    hs = [("From", frm), ("To", to), ("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)]
    hs += list(extra)
    parts = []
    if text is not None:
        parts.append(Leaf("text/plain", text, charset=charset, cte=cte))
    if html is not None:
        parts.append(Leaf("text/html", html, charset=charset, cte=cte))
    body = parts[0] if len(parts) == 1 else Multi("alternative", parts, boundary or "==alt_%08x==" % zlib.crc32((subj + date).encode()))
    if attachments:
        body = Multi("mixed", [body] + list(attachments), "==mixed_%08x==" % zlib.crc32((date + subj).encode()))
    return build(hs, body, crlf=crlf)


def row_table(rows):
    return "<table role=\"presentation\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;max-width:520px\">\n" + "\n".join(
        '<tr><td style="color:#6b6b76;border-bottom:1px solid #eee">%s</td><td style="text-align:right;border-bottom:1px solid #eee"><strong>%s</strong></td></tr>' % (k, v)
        for k, v in rows) + "\n</table>"


def payments():
    L = "payment_notification"
    NB = "\u00a0"
    NNB = "\u202f"

    # 1 Qonto: money in
    t = """Bonjour Fabien,

Vous avez reçu un virement de 1 480,00 € de TOITURES LE GALL SARL.

Montant : +1 480,00 €
Émetteur : TOITURES LE GALL SARL
Référence : VIR F-2026-0387
Date : 04/12/2026
Compte : Compte principal (Morvan Drone)

Retrouvez le détail de la transaction dans votre application Qonto.

L'équipe Qonto

Qonto - 18 rue de Navarin, 75009 Paris. Qonto est un établissement de paiement agréé par l'ACPR sous le numéro 17418.
Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    h = html_wrap('<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px"><img src="https://qonto.com/email/logo.png" alt="Qonto" width="88"><h1 style="font-size:22px">Vous avez reçu un virement</h1><p style="font-size:32px;margin:8px 0"><strong>+1' + NNB + '480,00' + NB + '€</strong></p>' + row_table([("Émetteur", "TOITURES LE GALL SARL"), ("Référence", "VIR F-2026-0387"), ("Date", "04/12/2026"), ("Compte", "Compte principal (Morvan Drone)")]) + '<p><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Voir la transaction</a></p><p style="font-size:11px;color:#999">Qonto - 18 rue de Navarin, 75009 Paris. Qonto est un établissement de paiement agréé par l\'ACPR sous le numéro 17418.<br>Ceci est un e-mail automatique, merci de ne pas y répondre.</p></div>')
    emit(L, "qonto_virement_recu_legall", notice("Qonto <no-reply@qonto.com>", "Vous avez reçu un virement de 1 480,00 €", D(4, "09:12"),
         "<0102019390a1b2c3-4d5e6f70-8192-a3b4-c5d6-e7f8091a2b3c-000000@eu-west-1.amazonses.com>", t, h),
         lang="fr", provider="Qonto", source_group="Qonto", pattern="virement reçu, amount in subject, HTML card + text",
         direction="in", amount="1480.00", currency="EUR", payer="TOITURES LE GALL SARL", reference="VIR F-2026-0387",
         value_date="2026-12-04", counts_as_payment="yes", notes="matches the promise in human_reply/legall_toitures_tu_iphone_vendredi")

    # 2 Shine: "Virement reçu : +850,00 €"
    t = """Virement reçu : +850,00 €

Bonne nouvelle Fabien ! CREPERIE AN TI BIHAN vous a envoyé 850,00 €.
Motif : Facture F-2026-0375

Le montant est déjà disponible sur votre compte Shine.

--
Shine, SAS au capital de 2 345 876 €, établissement de paiement agréé par l'ACPR (CIB 17328), 5 rue Charlot 75003 Paris.
Vous recevez cet e-mail car vous avez activé les notifications de virements entrants. Gérer mes notifications : https://app.shine.fr/settings/notifications
"""
    emit(L, "shine_virement_recu_creperie", notice("Shine <notifications@shine.fr>", "Virement reçu : +850,00 €", D(1, "11:47"),
         "<20261201104702.9f1e3a7c5b2d4e60@shine.fr>", t, None),
         lang="fr", provider="Shine", source_group="Shine", pattern="text-only, '+850,00 €' in subject, 'vous a envoyé'",
         direction="in", amount="850.00", currency="EUR", payer="CREPERIE AN TI BIHAN", reference="Facture F-2026-0375",
         value_date="2026-12-01", counts_as_payment="yes")

    # 3 BNP Paribas: alerte mouvement créditeur, ISO-8859-1
    t = """Madame, Monsieur,

Dans le cadre du service d'alertes que vous avez souscrit, nous vous informons de l'opération suivante sur votre compte professionnel n° ****0917 :

Date       : 30/11/2026
Libellé    : VIR SEPA RECU /DE CABINET PELLEN GEOMETRES /MOTIF F-2026-0380 /REF 2026113000482
Montant    : + 1 920,00 EUR

Pour consulter le détail de vos opérations, connectez-vous à votre espace Mabanque Entreprise.

Cordialement,
BNP Paribas

Ce message vous est adressé automatiquement. Merci de ne pas y répondre.
BNP Paribas, SA au capital de 2 261 621 342 € - Siège social : 16 bd des Italiens 75009 Paris - 662 042 449 RCS Paris
"""
    emit(L, "bnp_alerte_mouvement_crediteur_pellen", notice("BNP Paribas <alertes.noreply@mabanque.bnpparibas>", "Alerte : mouvement créditeur sur votre compte", D(30, "07:05"),
         "<ALRT.20261130070512.0917.448120@mabanque.bnpparibas>", t, charset="iso-8859-15"),
         lang="fr", provider="BNP Paribas", source_group="BNP Paribas", pattern="alert service, VIR SEPA RECU libellé with /DE /MOTIF, latin-1",
         direction="in", amount="1920.00", currency="EUR", payer="CABINET PELLEN GEOMETRES", reference="F-2026-0380 /REF 2026113000482",
         value_date="2026-11-30", counts_as_payment="yes", notes="payer/reference come from the libellé; matches human_reply/cabinet_pellen_deja_paye_27_novembre")

    # 4 Crédit Agricole: crédit sur votre compte
    t = """Bonjour,

Une opération créditrice de 410,00 EUR a été enregistrée le 30/11/2026 sur votre compte ****2286 :
VIREMENT EN VOTRE FAVEUR - EARL DU VIEUX MOULIN - FACT F-2026-0373 PHOTOS SERRES

Votre solde au 30/11/2026 : 3 212,45 EUR

Votre Caisse régionale du Crédit Agricole du Finistère

Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question, contactez votre conseiller via la messagerie sécurisée de Crédit Agricole En Ligne.
Pour modifier vos alertes : Mes comptes > Alertes.
"""
    h = html_wrap('<table width="600" align="center" style="background:#fff"><tr><td style="background:#009597;color:#fff;padding:16px;font-size:18px">Crédit Agricole du Finistère</td></tr><tr><td style="padding:20px"><p>Bonjour,</p><p>Une opération <b>créditrice</b> de <b>410,00 EUR</b> a été enregistrée le 30/11/2026 sur votre compte ****2286 :</p><p style="background:#f2f8f8;padding:10px">VIREMENT EN VOTRE FAVEUR - EARL DU VIEUX MOULIN - FACT F-2026-0373 PHOTOS SERRES</p><p>Votre solde au 30/11/2026 : 3 212,45 EUR</p><p style="font-size:11px;color:#777">Ce message est généré automatiquement, merci de ne pas y répondre.</p></td></tr></table>')
    emit(L, "credit_agricole_credit_earl_vieux_moulin", notice("Credit Agricole <ne-pas-repondre@ca-finistere.fr>", "Alerte Crédit Agricole : crédit sur votre compte", D(30, "06:41"),
         "<1764481260412.ALERTE.29.2286@ca-finistere.fr>", t, h),
         lang="fr", provider="Crédit Agricole", source_group="Crédit Agricole du Finistère", pattern="'opération créditrice', 'VIREMENT EN VOTRE FAVEUR', balance shown",
         direction="in", amount="410.00", currency="EUR", payer="EARL DU VIEUX MOULIN", reference="FACT F-2026-0373 PHOTOS SERRES",
         value_date="2026-11-30", counts_as_payment="yes")

    # 5 Société Générale: HTML-only table
    h = html_wrap('<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial"><tr><td style="border-top:6px solid #e9041e;padding:20px"><img src="https://particuliers.societegenerale.fr/static/logo-sg.png" alt="SOCIETE GENERALE" width="160"></td></tr><tr><td style="padding:0 20px 20px"><h2 style="font-size:18px">Un virement a été reçu sur votre compte</h2><p>Bonjour M. MORVAN,</p><p>Nous vous informons qu\'un virement a été crédité sur votre compte.</p>' +
                  row_table([("Compte crédité", "Compte professionnel ****5528"), ("Donneur d'ordre", "SAS BREIZH SOLAIRE"), ("Montant", "1 260,00 EUR"), ("Libellé", "F-2026-0393 INSPECTION CENTRALE PV"), ("Date de valeur", "02/12/2026")]) +
                  '<p style="font-size:11px;color:#666;margin-top:24px">Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre. Société Générale ne vous demandera jamais vos codes d\'accès par e-mail.<br>Société Générale, SA au capital de 1 000 395 971,25 € - 552 120 222 RCS Paris - Siège social : 29 bd Haussmann 75009 Paris.</p></td></tr></table>')
    emit(L, "societe_generale_virement_recu_breizh_solaire_html", notice("Societe Generale <ne_pas_repondre@societegenerale.fr>", "Un virement a été reçu sur votre compte", D(2, "10:02"),
         "<8f2c1a4e.20261202100201.SGALERTES@societegenerale.fr>", None, h),
         lang="fr", provider="Société Générale", source_group="Société Générale", pattern="HTML-only table with donneur d'ordre, date de valeur",
         direction="in", amount="1260.00", currency="EUR", payer="SAS BREIZH SOLAIRE", reference="F-2026-0393 INSPECTION CENTRALE PV",
         value_date="2026-12-02", counts_as_payment="yes")

    # 6 LCL Avertis
    t = """LCL Avertis

Bonjour,

Opération créditrice supérieure à 500,00 EUR sur votre compte n° 0xxxx41K :
03/12 VIR SEPA DRFIP BRETAGNE ET ILLE ET VILAINE F-2026-0369 MANDAT 2026-00941
Montant : 780,00 EUR

A bientôt,
LCL

Cet e-mail est envoyé automatiquement, merci de ne pas répondre. Pour gérer vos alertes LCL Avertis, rendez-vous dans votre Espace Client.
LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - Siège social : 18 rue de la République 69002 Lyon - SIREN 954 509 741 RCS Lyon
"""
    emit(L, "lcl_avertis_operation_creditrice_drfip", notice("LCL <lcl-avertis@lcl.fr>", "LCL Avertis - Opération créditrice", D(3, "18:20"),
         "<avertis.20261203182011.41K.778812@lcl.fr>", t, cte="8bit"),
         lang="fr", provider="LCL", source_group="LCL", pattern="threshold alert 'opération créditrice supérieure à'; public payer (DRFIP)",
         direction="in", amount="780.00", currency="EUR", payer="DRFIP BRETAGNE ET ILLE ET VILAINE", reference="F-2026-0369 MANDAT 2026-00941",
         value_date="2026-12-03", counts_as_payment="yes", notes="a commune paying through the public accountant: payer is the DRFIP, not the client's name")

    # 7 La Banque Postale: balance alert
    t = """La Banque Postale - Alerte solde

Bonjour,

Le solde de votre compte courant n° ****7720 est passé sous le seuil de 500,00 € que vous avez défini.
Solde au 01/12/2026 : 312,18 €

Pensez à approvisionner votre compte pour éviter des frais.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
La Banque Postale - SA à Directoire et Conseil de Surveillance - 115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645
"""
    emit(L, "banque_postale_alerte_solde_bas", notice("La Banque Postale <noreply@labanquepostale.fr>", "Alerte solde de votre compte", D(1, "06:15"),
         "<20261201061502.7720.SOLDE@labanquepostale.fr>", t),
         lang="fr", provider="La Banque Postale", source_group="La Banque Postale", pattern="balance below threshold",
         direction="statement", amount="312.18", currency="EUR", counts_as_payment="no", notes="amount is the balance")

    # 8 Crédit Mutuel de Bretagne
    t = """Crédit Mutuel de Bretagne

Réception d'un virement

Bonjour Fabien MORVAN,

Vous avez reçu un virement de 290,00 EUR sur votre compte ****1033.
Emetteur : M OU MME LE DREFF YANNICK
Motif : PHOTOS DRONE MARIAGE 14 11
Date : 02/12/2026

Votre conseiller reste à votre disposition.

Ne répondez pas à ce message, il a été envoyé automatiquement. Crédit Mutuel Arkéa, 1 rue Louis Lichou 29480 Le Relecq-Kerhuon.
"""
    emit(L, "cmb_reception_virement_le_dreff", notice("Credit Mutuel de Bretagne <noreply@cmb.fr>", "Réception d'un virement", D(2, "08:30"),
         "<CMB-ALERTE-20261202083004-1033@cmb.fr>", t),
         lang="fr", provider="Crédit Mutuel de Bretagne", source_group="Crédit Mutuel Arkéa", pattern="'Vous avez reçu un virement de', private payer",
         direction="in", amount="290.00", currency="EUR", payer="M OU MME LE DREFF YANNICK", reference="PHOTOS DRONE MARIAGE 14 11",
         value_date="2026-12-02", counts_as_payment="yes")

    # 9 CIC card payment
    t = """CIC - Alerte paiement par carte

Un paiement de 54,90 EUR a été effectué le 01/12/2026 avec votre carte ****6612 chez BRICO DEPOT BREST.

Si vous n'êtes pas à l'origine de cette opération, faites opposition immédiatement au 09 69 39 99 98.

Message automatique, merci de ne pas répondre.
"""
    emit(L, "cic_alerte_paiement_carte_brico", notice("CIC <noreply@cic.fr>", "Alerte paiement carte", D(1, "17:44"),
         "<cic.alerte.carte.20261201174401.6612@cic.fr>", t, cte="8bit"),
         lang="fr", provider="CIC", source_group="CIC", pattern="card payment alert",
         direction="out", amount="54.90", currency="EUR", reference="BRICO DEPOT BREST", value_date="2026-12-01", counts_as_payment="no")

    # 10 BoursoBank: amount in subject only, payer hidden
    t = """Bonjour,

Vous avez reçu un virement sur votre compte.

Pour des raisons de sécurité, le détail de cette opération n'est consultable que dans votre Espace Client ou sur l'application BoursoBank.

À très bientôt,
L'équipe BoursoBank

Ceci est un message automatique, merci de ne pas y répondre.
BoursoBank - SA au capital de 53 615 013,60 € - 351 058 151 RCS Nanterre - 44 rue Traversière, CS 80134, 92772 Boulogne-Billancourt Cedex
"""
    emit(L, "boursobank_montant_dans_sujet_seulement", notice("BoursoBank <noreply@boursobank.com>", "Virement reçu : 2 350,00 EUR", D(3, "12:31"),
         "<20261203113110.a1c2e3@boursobank.com>", t),
         lang="fr", provider="BoursoBank", source_group="BoursoBank", pattern="amount only in subject; no payer, no reference in body",
         direction="in", amount="2350.00", currency="EUR", payer="", reference="", value_date="2026-12-03", counts_as_payment="yes",
         notes="UNSURE: single transfer in but the payer is not named; 'yes' kept since it is one incoming transfer")

    # 11 Hello bank!: outgoing transfer executed
    t = """Hello bank!

Votre virement a été exécuté

Bonjour Fabien,

Votre virement de 389,00 € vers ASSURDRONE a bien été exécuté le 02/12/2026.
Motif : Cotisation RC drone 2027 - contrat AD-55129

Hello bank! est une marque de BNP Paribas. Ceci est un message automatique, merci de ne pas y répondre.
"""
    emit(L, "hellobank_virement_emis_assurance", notice("Hello bank! <noreply@hellobank.fr>", "Votre virement a été exécuté", D(2, "09:55"),
         "<HB.VIR.EXEC.20261202095510.77311@hellobank.fr>", t),
         lang="fr", provider="Hello bank!", source_group="Hello bank!", pattern="outgoing transfer executed",
         direction="out", amount="389.00", currency="EUR", reference="Cotisation RC drone 2027 - contrat AD-55129", value_date="2026-12-02", counts_as_payment="no")

    # 12 Fortuneo: direct debit URSSAF
    t = """Bonjour,

Un prélèvement SEPA va être débité de votre compte Fortuneo ****3390 :

Créancier : URSSAF BRETAGNE
Référence du mandat : 2914FR0000012345678
Montant : 612,00 EUR
Date d'échéance : 04/12/2026

Assurez-vous que votre compte est suffisamment approvisionné.

Fortuneo - Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    emit(L, "fortuneo_prelevement_urssaf", notice("Fortuneo <noreply@fortuneo.fr>", "Avis de prélèvement SEPA", D(3, "07:20"),
         "<fortuneo.prlv.20261203072013.3390@fortuneo.fr>", t),
         lang="fr", provider="Fortuneo", source_group="Fortuneo", pattern="upcoming SEPA direct debit (URSSAF)",
         direction="out", amount="612.00", currency="EUR", reference="2914FR0000012345678", value_date="2026-12-04", counts_as_payment="no")

    # 13 Caisse d'Épargne: 2 virements reçus
    t = """Caisse d'Epargne Bretagne Pays de Loire

Bonjour,

2 virements reçus sur votre compte ****8841 le 03/12/2026 :

+ 520,00 EUR   VIR SARL AR MOR PECHE - FACT F-2026-0381
+ 180,00 EUR   VIR MME NICOLE PRIGENT - VIDEO ANNIVERSAIRE

Nouveau solde : 4 018,77 EUR

Ce message vous est envoyé automatiquement dans le cadre du service d'alertes. Merci de ne pas y répondre.
"""
    emit(L, "caisse_epargne_2_virements_recus", notice("Caisse d'Epargne <noreply@caisse-epargne.fr>", "2 virements reçus sur votre compte", D(3, "19:05"),
         "<CEBPL.20261203190500.8841.2VIR@caisse-epargne.fr>", t),
         lang="fr", provider="Caisse d'Épargne", source_group="Caisse d'Épargne BPL", pattern="plural: two transfers in one notice",
         direction="in|in", amount="520.00|180.00", currency="EUR", payer="SARL AR MOR PECHE|MME NICOLE PRIGENT",
         reference="FACT F-2026-0381|VIDEO ANNIVERSAIRE", value_date="2026-12-03|2026-12-03", counts_as_payment="yes",
         notes="counts_as_payment given once for the notice (both are identified payers)")

    # 14 Banque Populaire: rejected direct debit
    t = """Banque Populaire Grand Ouest

Rejet d'un prélèvement

Bonjour,

Le prélèvement ci-dessous n'a pas pu être payé en raison d'une provision insuffisante sur votre compte ****0425 :

Créancier : ORANGE SA - ORANGE PRO
Montant : 45,99 EUR
Date : 30/11/2026
Motif du rejet : AM04 - Provision insuffisante

Des frais de rejet de 20,00 EUR pourront être prélevés conformément à nos conditions tarifaires.

Message automatique - ne pas répondre.
"""
    emit(L, "banque_populaire_rejet_prelevement_orange", notice("Banque Populaire <noreply@banquepopulaire.fr>", "Rejet d'un prélèvement sur votre compte", D(1, "08:02"),
         "<BPGO.REJ.20261201080211.0425@banquepopulaire.fr>", t, charset="iso-8859-1"),
         lang="fr", provider="Banque Populaire", source_group="Banque Populaire Grand Ouest", pattern="direct debit rejected, insufficient funds, fee",
         direction="failed", amount="45.99", currency="EUR", reference="ORANGE SA - ORANGE PRO", value_date="2026-11-30", counts_as_payment="no")

    # 15 N26 (English)
    t = """You received €600.00

Hi Fabien,

Kevin Le Borgne sent you €600.00.
Reference: Drone roof Plouzane
Date: 1 December 2026

Your balance is now €1,944.21.

N26 Bank SE, Voltairestraße 8, 10179 Berlin, Germany.
You're receiving this email because you have transaction notifications turned on. Manage them in the N26 app.
"""
    emit(L, "n26_en_you_received", notice("N26 <no-reply@n26.com>", "You received €600.00", D(1, "13:20"),
         "<0100019391f2e3d4-c5b6a798-8a9b-4c0d-9e1f-2a3b4c5d6e7f-000000@email.n26.com>", t),
         lang="en", provider="N26", source_group="N26", pattern="English 'You received €600.00', person payer",
         direction="in", amount="600.00", currency="EUR", payer="Kevin Le Borgne", reference="Drone roof Plouzane", value_date="2026-12-01", counts_as_payment="yes")

    # 16 Revolut Business: money in
    h = html_wrap('<div style="max-width:540px;margin:auto;background:#fff;padding:28px;font-family:Inter,Arial"><p style="font-size:13px;color:#75808a">Revolut Business</p><h1 style="font-size:24px">You\'ve received €1,050.00</h1><p>NORDIC HOMES AS sent €1,050.00 to your EUR account.</p>' + row_table([("From", "NORDIC HOMES AS"), ("Reference", "INV-0399"), ("Date", "2 Dec 2026")]) + '<p style="font-size:11px;color:#999">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. This is an automated message, please do not reply.</p></div>')
    emit(L, "revolut_business_en_received_html", notice("Revolut Business <no-reply@revolut.com>", "You've received €1,050.00", D(2, "15:09", "+0000"),
         "<rb-notif-8c7d6e5f-4a3b-2c1d-0e9f-8a7b6c5d4e3f@revolut.com>", None, h),
         lang="en", provider="Revolut Business", source_group="Revolut", pattern="HTML-only, amount in subject",
         direction="in", amount="1050.00", currency="EUR", payer="NORDIC HOMES AS", reference="INV-0399", value_date="2026-12-02", counts_as_payment="yes")

    # 17 Revolut Business: card spend
    t = """Card payment

You spent €89.00 at PIX4D SA with your card ending 4471.
4 Dec 2026, 10:12

Not you? Freeze your card in the app.

Revolut Bank UAB. This is an automated message, please do not reply.
"""
    emit(L, "revolut_business_en_card_spent", notice("Revolut Business <no-reply@revolut.com>", "You spent €89.00 at PIX4D SA", D(4, "10:12", "+0000"),
         "<rb-notif-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@revolut.com>", t),
         lang="en", provider="Revolut Business", source_group="Revolut", pattern="card spend",
         direction="out", amount="89.00", currency="EUR", reference="PIX4D SA", value_date="2026-12-04", counts_as_payment="no")

    # 18 Wise: money received
    t = """You've received 2,150.00 EUR from SEABIRD FILMS LTD

Hi Fabien,

2,150.00 EUR from SEABIRD FILMS LTD is now in your EUR balance.

Reference: INV-0403 MORVAN DRONE
Received: 2 December 2026

Thanks for using Wise.

Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium.
You're receiving this because you have a Wise account. Please don't reply to this email.
"""
    emit(L, "wise_en_received_seabird", notice("Wise <noreply@wise.com>", "You've received 2,150.00 EUR from SEABIRD FILMS LTD", D(2, "14:40", "+0000"),
         "<wise-7f6e5d4c-3b2a-1908-f7e6-d5c4b3a29180@wise.com>", t),
         lang="en", provider="Wise", source_group="Wise", pattern="'You've received' with payer in subject",
         direction="in", amount="2150.00", currency="EUR", payer="SEABIRD FILMS LTD", reference="INV-0403 MORVAN DRONE", value_date="2026-12-02", counts_as_payment="yes")

    # 19 Wise: money on its way (not arrived)
    t = """HARTLEY ARCHITECTS LTD is sending you 940.00 EUR

Hi Fabien,

HARTLEY ARCHITECTS LTD has set up a transfer to you. It should arrive in your EUR balance by 7 December 2026.

We'll let you know when it's arrived.

Reference: INV-0406

Wise Europe SA. Please don't reply to this email.
"""
    emit(L, "wise_en_someone_is_sending_you_money", notice("Wise <noreply@wise.com>", "HARTLEY ARCHITECTS LTD is sending you 940.00 EUR", D(4, "16:03", "+0000"),
         "<wise-0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9@wise.com>", t),
         lang="en", provider="Wise", source_group="Wise", pattern="incoming transfer announced, not arrived",
         direction="none", amount="940.00", currency="EUR", payer="HARTLEY ARCHITECTS LTD", reference="INV-0406", value_date="2026-12-07", counts_as_payment="no",
         notes="money not yet received; value_date is the expected arrival")

    # 20 Stripe payout paid (aggregate)
    t = """Your payout of €1,213.48 is on its way to your bank account

Hi Morvan Drone,

Stripe has sent a payout of €1,213.48 to your bank account ending in 0917. It should arrive on 3 December 2026.

Payout ID: po_1QdR7sK3mB2nX9vZ4yT8wL0p
Payments included: 6

View payout: https://dashboard.stripe.com/payouts/po_1QdR7sK3mB2nX9vZ4yT8wL0p

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
You're receiving this email because you have payout notifications enabled for Morvan Drone.
"""
    emit(L, "stripe_en_payout_on_its_way", notice("Stripe <notifications@stripe.com>", "Your payout of €1,213.48 is on its way", D(2, "03:12", "+0000"),
         "<0102019392aa0b1c-2d3e4f50-6172-8394-a5b6-c7d8e9f0a1b2-000000@email.stripe.com>", t),
         lang="en", provider="Stripe", source_group="Stripe", pattern="payout bundling 6 payments",
         direction="in", amount="1213.48", currency="EUR", payer="Stripe", reference="po_1QdR7sK3mB2nX9vZ4yT8wL0p", value_date="2026-12-03", counts_as_payment="no_aggregate")

    # 21 Stripe payout failed
    t = """A payout to your bank account failed

Hi Morvan Drone,

Your payout of €486.20 (po_1QeA2bK3mB2nX9vZ7cD4eF5g) to the bank account ending in 4410 could not be completed. Your bank returned the funds with the reason: the account is closed (account_closed).

The amount has been returned to your Stripe balance. Please update your bank details in the Dashboard: https://dashboard.stripe.com/settings/payouts

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
    emit(L, "stripe_en_payout_failed_account_closed", notice("Stripe <notifications@stripe.com>", "Action required: your payout failed", D(3, "05:40", "+0000"),
         "<0102019393bb1c2d-3e4f5061-7283-94a5-b6c7-d8e9f0a1b2c3-000000@email.stripe.com>", t),
         lang="en", provider="Stripe", source_group="Stripe", pattern="payout failed, account_closed; based on Stripe payout failure codes",
         direction="failed", amount="486.20", currency="EUR", reference="po_1QeA2bK3mB2nX9vZ7cD4eF5g", value_date="2026-12-03", counts_as_payment="no")

    # 22 Stripe dispute
    t = """A payment has been disputed

A customer has disputed a €240.00 payment (ch_3QcZ9xK3mB2nX9vZ1aB2cD3e) made on 6 November 2026 by elouan.gourvennec@example.com.
Reason: product_not_received
Respond by: 14 December 2026

The disputed amount and a €20.00 dispute fee have been withdrawn from your balance.

Respond to the dispute: https://dashboard.stripe.com/disputes/dp_1QeB3cK3mB2nX9vZ

Stripe
"""
    emit(L, "stripe_en_dispute_opened", notice("Stripe <notifications@stripe.com>", "[Morvan Drone] A payment has been disputed", D(1, "22:05", "+0000"),
         "<0102019394cc2d3e-4f506172-8394-a5b6-c7d8-e9f0a1b2c3d4-000000@email.stripe.com>", t),
         lang="en", provider="Stripe", source_group="Stripe", pattern="chargeback with fee and response deadline",
         direction="chargeback", amount="240.00", currency="EUR", reference="ch_3QcZ9xK3mB2nX9vZ1aB2cD3e", value_date="2026-12-01", counts_as_payment="no")

    # 23 Stripe: successful payment (French account)
    t = """Paiement réussi

Vous avez reçu un paiement de 320,00 € de Elouan Gourvennec (elouan.g@example.net).

Description : Facture F-2026-0404 - Vol découverte photo
Moyen de paiement : Visa •••• 4242
Date : 4 déc. 2026

Voir le paiement : https://dashboard.stripe.com/payments/pi_3QfC4dK3mB2nX9vZ0aZ9yX8w

Stripe - Vous recevez cet e-mail car les notifications de paiements réussis sont activées pour Morvan Drone.
"""
    emit(L, "stripe_fr_paiement_reussi", notice("Stripe <notifications@stripe.com>", "Paiement de 320,00 € réussi", D(4, "13:50"),
         "<0102019395dd3e4f-50617283-94a5-b6c7-d8e9-f0a1b2c3d4e5-000000@email.stripe.com>", t),
         lang="fr", provider="Stripe", source_group="Stripe", pattern="card payment captured by the PSP for an invoice",
         direction="in", amount="320.00", currency="EUR", payer="Elouan Gourvennec", reference="Facture F-2026-0404 - Vol découverte photo", value_date="2026-12-04", counts_as_payment="yes")

    # 24 PayPal money received (FR)
    t = """Vous avez reçu un paiement

Bonjour Fabien Morvan,

Marc Caradec vous a envoyé 150,00 € EUR.

Note de Marc Caradec : "Merci pour les photos de la longère !"

Détails de la transaction
Numéro de transaction : 7XK41958MB2736412
Date de la transaction : 30 novembre 2026
Montant reçu : 150,00 € EUR

Aide et Contact | Sécurité | Application
PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Siège social : 22-24 Boulevard Royal L-2449, Luxembourg RCS Luxembourg B 118 349.
Consultez notre Centre de sécurité pour savoir comment reconnaître les e-mails frauduleux. PayPal ne vous demandera jamais votre mot de passe par e-mail.
"""
    emit(L, "paypal_fr_paiement_recu", notice("PayPal <service@paypal.fr>", "Vous avez reçu un paiement", D(30, "19:34"),
         "<1764527640.F8B3A2C1D0E9@paypal.com>", t),
         lang="fr", provider="PayPal", source_group="PayPal", pattern="'vous a envoyé', note from sender",
         direction="in", amount="150.00", currency="EUR", payer="Marc Caradec", reference="7XK41958MB2736412", value_date="2026-11-30", counts_as_payment="yes")

    # 25 PayPal payment on hold
    t = """Paiement en attente

Bonjour Fabien Morvan,

Vous avez reçu un paiement de 420,00 € EUR de Kévin Jaffrès, mais les fonds sont en attente.

Pourquoi ? Nous retenons temporairement certains paiements pour les nouveaux vendeurs ou en cas d'activité inhabituelle. Les fonds seront disponibles dans votre compte dans un délai maximal de 21 jours, ou plus tôt si l'acheteur confirme la réception.

Numéro de transaction : 3MN72104RT5590218

PayPal (Europe) S.à r.l. et Cie, S.C.A. - Ne répondez pas à cet e-mail.
"""
    emit(L, "paypal_fr_paiement_en_attente", notice("PayPal <service@paypal.fr>", "Paiement en attente : 420,00 € EUR de Kévin Jaffrès", D(2, "12:11"),
         "<1764673860.A0B9C8D7E6F5@paypal.com>", t),
         lang="fr", provider="PayPal", source_group="PayPal", pattern="payment on hold (funds not available)",
         direction="none", amount="420.00", currency="EUR", payer="Kévin Jaffrès", reference="3MN72104RT5590218", value_date="", counts_as_payment="no")

    # 26 PayPal refund issued
    t = """Vous avez effectué un remboursement

Bonjour Fabien Morvan,

Vous avez remboursé 90,00 € EUR à Sophie Le Roy.

Numéro de transaction du remboursement : 6TY30918LK4402917
Transaction d'origine : 9HJ22817PL7719320 (Tirage photo aérienne 60x40)
Date : 3 décembre 2026

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    emit(L, "paypal_fr_remboursement_effectue", notice("PayPal <service@paypal.fr>", "Vous avez effectué un remboursement", D(3, "10:24"),
         "<1764753840.C1D2E3F4A5B6@paypal.com>", t),
         lang="fr", provider="PayPal", source_group="PayPal", pattern="refund issued by the owner",
         direction="refund", amount="90.00", currency="EUR", reference="6TY30918LK4402917", value_date="2026-12-03", counts_as_payment="no")

    # 27 PayPal EN invoice paid
    t = """You've got money

Hello Morvan Drone,

Northlight Studio Ltd paid your invoice INV-0410.

Amount paid: €1,375.00 EUR
Transaction ID: 2AB19384CD5567201
Invoice number: INV-0410
Date: 2 December 2026

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.
Please do not reply to this email. We are unable to respond to inquiries sent to this address.
"""
    emit(L, "paypal_en_invoice_paid", notice("service@intl.paypal.com", "You've got money: Invoice INV-0410 was paid", D(2, "17:58", "+0000"),
         "<1764698280.D4C3B2A19F8E@paypal.com>", t),
         lang="en", provider="PayPal", source_group="PayPal", pattern="PayPal invoicing: invoice paid",
         direction="in", amount="1375.00", currency="EUR", payer="Northlight Studio Ltd", reference="INV-0410", value_date="2026-12-02", counts_as_payment="yes")

    # 28 SumUp payout
    t = """Bonjour Fabien,

Votre versement de 730,40 € est en route vers votre compte bancaire se terminant par 0917.

Période : du 23/11/2026 au 29/11/2026
Nombre de transactions : 9
Montant brut : 743,20 €
Frais : -12,80 €
Montant versé : 730,40 €

Il devrait être visible sur votre compte sous 1 à 2 jours ouvrés.

L'équipe SumUp
SumUp Payments Limited - Ceci est un e-mail automatique.
"""
    emit(L, "sumup_versement_hebdomadaire", notice("SumUp <no-reply@sumup.com>", "Votre versement est en route", D(30, "10:00"),
         "<sumup.payout.20261130100002.5f6a@sumup.com>", t),
         lang="fr", provider="SumUp", source_group="SumUp", pattern="weekly payout: gross, fees, net",
         direction="in", amount="730.40", currency="EUR", payer="SumUp", reference="23/11/2026-29/11/2026", value_date="2026-11-30", counts_as_payment="no_aggregate")

    # 29 SumUp invoice paid
    t = """Bonne nouvelle !

Votre facture n° F-2026-0402 d'un montant de 260,00 € a été payée par BRASSERIE DU PORT.

Moyen de paiement : carte bancaire (lien de paiement SumUp)
Date : 01/12/2026

Les fonds seront inclus dans votre prochain versement.

SumUp
"""
    emit(L, "sumup_facture_payee", notice("SumUp Factures <invoices@sumup.com>", "Facture F-2026-0402 payée", D(1, "20:21"),
         "<sumup.inv.20261201202104.8b9c@sumup.com>", t),
         lang="fr", provider="SumUp", source_group="SumUp", pattern="invoice paid by card via payment link",
         direction="in", amount="260.00", currency="EUR", payer="BRASSERIE DU PORT", reference="F-2026-0402", value_date="2026-12-01", counts_as_payment="yes")

    # 30 GoCardless collected
    t = """Paiement encaissé

Bonjour Morvan Drone,

Le paiement de 199,00 € de AGENCE IMMOBILIERE DU CONQUET a été encaissé.

Référence : Forfait visites virtuelles - décembre 2026
Identifiant : PM01E7K2R9X4B1
Date d'encaissement : 03/12/2026

Il sera inclus dans votre prochain virement GoCardless.

GoCardless SAS, 7 rue de Madrid 75008 Paris. Vous recevez cet e-mail car vous êtes administrateur du compte Morvan Drone.
"""
    emit(L, "gocardless_paiement_encaisse", notice("GoCardless <notifications@gocardless.com>", "Paiement encaissé : 199,00 €", D(3, "09:00"),
         "<gc-20261203090011-PM01E7K2R9X4B1@gocardless.com>", t),
         lang="fr", provider="GoCardless", source_group="GoCardless", pattern="direct debit collected from a client",
         direction="in", amount="199.00", currency="EUR", payer="AGENCE IMMOBILIERE DU CONQUET", reference="Forfait visites virtuelles - décembre 2026", value_date="2026-12-03", counts_as_payment="yes")

    # 31 GoCardless failed
    t = """Un paiement a échoué

Le paiement de 199,00 € de SAS KERLAZ IMMO (PM01E7K3S0Y5C2) a échoué.
Motif communiqué par la banque : refusé par le débiteur (MD06).

Nous ne retenterons pas ce paiement automatiquement. Vous pouvez le relancer depuis votre tableau de bord.

GoCardless SAS
"""
    emit(L, "gocardless_paiement_echoue", notice("GoCardless <notifications@gocardless.com>", "Un paiement a échoué", D(4, "09:01"),
         "<gc-20261204090122-PM01E7K3S0Y5C2@gocardless.com>", t),
         lang="fr", provider="GoCardless", source_group="GoCardless", pattern="direct debit failed (MD06)",
         direction="failed", amount="199.00", currency="EUR", reference="PM01E7K3S0Y5C2", value_date="2026-12-04", counts_as_payment="no")

    # 32 Mollie settlement
    t = """Your settlement has been transferred

Hi Morvan Drone,

We've transferred settlement stl_8xK2pQ to your bank account NL** **** **** 0917.

Amount: €612.15
Payments: 4 (€625.00)
Fees: €12.85
Transfer date: 1 December 2026

View settlement: https://my.mollie.com/dashboard/settlements

Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam
"""
    emit(L, "mollie_en_settlement_transferred", notice("Mollie <no-reply@mollie.com>", "Your settlement has been transferred", D(1, "06:02", "+0100"),
         "<mollie-stl-8xK2pQ-20261201@mollie.com>", t),
         lang="en", provider="Mollie", source_group="Mollie", pattern="settlement bundling 4 payments",
         direction="in", amount="612.15", currency="EUR", payer="Mollie", reference="stl_8xK2pQ", value_date="2026-12-01", counts_as_payment="no_aggregate")

    # 33 PayPlug accepted
    h = html_wrap('<div style="max-width:560px;margin:auto;background:#fff;padding:24px"><h2>Paiement accepté</h2><p>Un paiement de <b>540,00&nbsp;€</b> a été accepté.</p>' + row_table([("Client", "Jean-Marc Le Duff"), ("E-mail", "jm.leduff@example.org"), ("Référence", "F-2026-0395"), ("Date", "30/11/2026 21:14"), ("Carte", "CB •••• 0045")]) + '<p style="font-size:11px;color:#888">PayPlug SAS - établissement de paiement agréé par l\'ACPR. Vous recevez cet e-mail car les notifications de paiement sont activées sur votre compte marchand.</p></div>')
    emit(L, "payplug_paiement_accepte_html", notice("PayPlug <no-reply@payplug.com>", "Paiement accepté - 540,00 €", D(30, "21:14"),
         "<payplug.pay_5aB8cD9eF0gH1iJ2@payplug.com>", None, h),
         lang="fr", provider="PayPlug", source_group="PayPlug", pattern="HTML-only, card payment on payment link",
         direction="in", amount="540.00", currency="EUR", payer="Jean-Marc Le Duff", reference="F-2026-0395", value_date="2026-11-30", counts_as_payment="yes")

    # 34 Sumeria (ex-Lydia)
    t = """Nolwenn Guivarc'h vous a envoyé 120,00 €

« Photos drone de la ferme pour maman 🎁 »

L'argent est disponible sur votre compte Sumeria.

Sumeria - Lydia Solutions SAS, 14 avenue de l'Opéra 75001 Paris. Vous recevez cet e-mail car vous avez activé les notifications par e-mail.
"""
    emit(L, "sumeria_vous_a_envoye", notice("Sumeria <noreply@sumeria.eu>", "Nolwenn Guivarc'h vous a envoyé 120,00 €", D(4, "18:27"),
         "<sumeria-tx-3f2e1d0c9b8a7f6e@sumeria.eu>", t),
         lang="fr", provider="Sumeria (Lydia)", source_group="Lydia/Sumeria", pattern="P2P transfer with emoji note",
         direction="in", amount="120.00", currency="EUR", payer="Nolwenn Guivarc'h", reference="Photos drone de la ferme pour maman 🎁", value_date="2026-12-04", counts_as_payment="yes")

    # 35 Indy bank feed: recette détectée
    t = """Nouvelle recette détectée

Bonjour Fabien,

Nous avons détecté une nouvelle recette sur votre compte bancaire synchronisé :

+720,00 € - VIR ASSOCIATION TREZ HIR VOILE - REGATE DRONE 11/2026
Date : 02/12/2026

Pensez à la rapprocher de votre facture pour votre livre des recettes.

L'équipe Indy
Vous recevez cet e-mail car vous êtes inscrit sur Indy. Se désinscrire de ces notifications.
"""
    emit(L, "indy_nouvelle_recette", notice("Indy <hello@indy.fr>", "Nouvelle recette : +720,00 €", D(3, "08:05"),
         "<indy-20261203080512.a1b2c3@indy.fr>", t),
         lang="fr", provider="Indy", source_group="Indy", pattern="accounting app bank feed: income detected",
         direction="in", amount="720.00", currency="EUR", payer="ASSOCIATION TREZ HIR VOILE", reference="REGATE DRONE 11/2026", value_date="2026-12-02", counts_as_payment="yes")

    # 36 Pennylane feed digest: in|out|out
    h = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px"><h2>3 nouvelles transactions à justifier</h2><p>Bonjour Fabien, voici les nouvelles transactions synchronisées depuis votre compte Qonto :</p><table cellpadding="6" style="width:100%;border-collapse:collapse"><tr style="color:#888"><td>Date</td><td>Libellé</td><td align="right">Montant</td></tr><tr><td>04/12</td><td>TOITURES LE GALL SARL - VIR F-2026-0387</td><td align="right" style="color:#0a8a4b">+1 480,00 €</td></tr><tr><td>04/12</td><td>ADOBE *CREATIVE CLOUD</td><td align="right">-23,99 €</td></tr><tr><td>04/12</td><td>DJI STORE</td><td align="right">-129,00 €</td></tr></table><p><a href="https://app.pennylane.com/">Justifier mes transactions</a></p><p style="font-size:11px;color:#999">Pennylane SAS - Vous recevez cet e-mail car les récapitulatifs de transactions sont activés.</p></div>')
    emit(L, "pennylane_digest_3_transactions", notice("Pennylane <no-reply@pennylane.com>", "3 nouvelles transactions à justifier", D(4, "19:00"),
         "<pennylane-digest-20261204190000.98765@pennylane.com>", None, h),
         lang="fr", provider="Pennylane", source_group="Pennylane", pattern="bank-feed digest, HTML-only, in|out|out",
         direction="in|out|out", amount="1480.00|23.99|129.00", currency="EUR", payer="TOITURES LE GALL SARL||",
         reference="VIR F-2026-0387|ADOBE *CREATIVE CLOUD|DJI STORE", value_date="2026-12-04|2026-12-04|2026-12-04", counts_as_payment="yes",
         notes="the same credit as qonto_virement_recu_legall, seen through the accounting feed; counts_as_payment for the notice")

    # 37 Qonto card payment
    t = """Paiement par carte

Vous avez payé 129,00 € chez DJI STORE avec votre carte •• 8842 (Fabien Morvan).

Pensez à ajouter le justificatif dans l'application.

Qonto - Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    emit(L, "qonto_paiement_carte_dji", notice("Qonto <no-reply@qonto.com>", "Paiement de 129,00 € chez DJI STORE", D(4, "08:47"),
         "<0102019396ee4f50-61728394-a5b6-c7d8-e9f0-a1b2c3d4e5f6-000000@eu-west-1.amazonses.com>", t),
         lang="fr", provider="Qonto", source_group="Qonto", pattern="card payment, asks for receipt",
         direction="out", amount="129.00", currency="EUR", reference="DJI STORE", value_date="2026-12-04", counts_as_payment="no")

    # 38 Qonto statement
    t = """Votre relevé de compte de novembre 2026 est disponible

Bonjour Fabien,

Le relevé de novembre 2026 du compte Morvan Drone est disponible dans votre espace Qonto, onglet Relevés.

L'équipe Qonto
Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    emit(L, "qonto_releve_novembre_disponible", notice("Qonto <no-reply@qonto.com>", "Votre relevé de novembre est disponible", D(1, "04:12"),
         "<0102019397ff5061-728394a5-b6c7-d8e9-f0a1-b2c3d4e5f607-000000@eu-west-1.amazonses.com>", t),
         lang="fr", provider="Qonto", source_group="Qonto", pattern="monthly statement available",
         direction="statement", amount="", currency="EUR", counts_as_payment="no")

    # 39 Shine outgoing transfer returned
    t = """Votre virement n'a pas pu aboutir

Bonjour Fabien,

Le virement de 240,00 € que vous avez envoyé à LOCADRONE BRETAGNE le 30/11/2026 a été retourné par la banque du bénéficiaire.
Motif : IBAN invalide ou compte clôturé (AC04).

Les 240,00 € ont été recrédités sur votre compte Shine. Vérifiez les coordonnées du bénéficiaire avant de renouveler le virement.

--
Shine - Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    emit(L, "shine_virement_retourne", notice("Shine <notifications@shine.fr>", "Votre virement n'a pas pu aboutir", D(2, "07:31"),
         "<20261202063102.0c1d2e3f4a5b6c7d@shine.fr>", t),
         lang="fr", provider="Shine", source_group="Shine", pattern="outgoing transfer returned (AC04) and re-credited",
         direction="failed", amount="240.00", currency="EUR", reference="LOCADRONE BRETAGNE", value_date="2026-12-02", counts_as_payment="no",
         notes="money comes back to the account but it is a returned outgoing transfer, not a client payment")

    # 40 client AP system: avis de paiement (remittance), PDF attached
    t = """AVIS DE PAIEMENT

Bretagne Ouest Aménagement
Service Comptabilité Fournisseurs

Fournisseur : MORVAN DRONE - MORVAN FABIEN (n° 400871)
N° de paiement : 2000451877
Date de paiement : 04/12/2026
Mode de règlement : Virement SEPA

Pièce           Date pièce   Référence        Montant
5100043912      15/10/2026   F-2026-0357      1 200,00
5100044270      28/10/2026   F-2026-0362      1 450,00
                                     Total    2 650,00 EUR

Ce message a été généré automatiquement par notre système de gestion. Merci de ne pas y répondre ; pour toute question : compta.fournisseurs@boa-amenagement.example.fr
"""
    ap = pdf(["BRETAGNE OUEST AMENAGEMENT", "AVIS DE PAIEMENT N. 2000451877", "Date de paiement : 04/12/2026",
              "F-2026-0357   1 200,00", "F-2026-0362   1 450,00", "Total 2 650,00 EUR"], "Avis de paiement")
    emit(L, "boa_avis_de_paiement_sap", notice("BOA - Comptabilite Fournisseurs <noreply-sap@boa-amenagement.example.fr>", "Avis de paiement n° 2000451877", D(4, "06:30"),
         "<SAP.2000451877.20261204063001@boa-amenagement.example.fr>", t, charset="iso-8859-1",
         attachments=[attach(ap, "application/pdf", "AVIS_PAIEMENT_2000451877.pdf")]),
         lang="fr", provider="", source_group="Bretagne Ouest Aménagement (client AP system)", pattern="remittance advice from client ERP, two invoices, PDF",
         direction="in", amount="2650.00", currency="EUR", payer="BRETAGNE OUEST AMENAGEMENT", reference="2000451877", value_date="2026-12-04", counts_as_payment="no_claim",
         notes="remittance advice: money not yet seen by the bank")

    # 41 English remittance advice (AP platform)
    t = """Remittance Advice

Atlantic Offshore Services Ltd has initiated a payment to Morvan Drone.

Payment reference: AOS-PAY-0031877
Payment date: 03-Dec-2026
Payment method: SEPA Credit Transfer
Currency: EUR

Invoice number    Invoice date    Amount paid
INV-0398          02-Oct-2026     1,800.00

Total: 1,800.00 EUR

Funds should reach your account within 1-3 business days. This is an automated notification sent on behalf of Atlantic Offshore Services Ltd. Please do not reply to this email.
"""
    emit(L, "atlantic_offshore_en_remittance_advice", notice("Atlantic Offshore Services Ltd via AP Portal <remittance@ap-portal.example.com>", "Remittance Advice - Atlantic Offshore Services Ltd - AOS-PAY-0031877", D(3, "16:45", "+0000"),
         "<remit.AOS-PAY-0031877@ap-portal.example.com>", t),
         lang="en", provider="", source_group="Atlantic Offshore Services (AP portal)", pattern="remittance advice from an AP platform on behalf of the client",
         direction="in", amount="1800.00", currency="EUR", payer="Atlantic Offshore Services Ltd", reference="AOS-PAY-0031877", value_date="2026-12-03", counts_as_payment="no_claim")

    # 42 Société Générale: statement available
    t = """Bonjour,

Votre relevé de compte professionnel du mois de novembre 2026 est disponible dans votre Espace Client, rubrique e-Documents.

Société Générale
Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.
"""
    emit(L, "societe_generale_releve_disponible", notice("Societe Generale <ne_pas_repondre@societegenerale.fr>", "Votre relevé de compte est disponible", D(2, "05:50"),
         "<8f2c1a4f.20261202055001.EDOC@societegenerale.fr>", t),
         lang="fr", provider="Société Générale", source_group="Société Générale", pattern="e-statement available",
         direction="statement", currency="EUR", counts_as_payment="no")

    # 43 BoursoBank card refund received
    t = """Bonjour,

Un remboursement de 59,99 EUR a été crédité sur votre carte ****2207.
Commerçant : AMAZON EU SARL
Date : 01/12/2026

L'équipe BoursoBank
Ceci est un message automatique, merci de ne pas y répondre.
"""
    emit(L, "boursobank_remboursement_carte", notice("BoursoBank <noreply@boursobank.com>", "Remboursement reçu sur votre carte", D(1, "14:02"),
         "<20261201130210.b2d3f4@boursobank.com>", t),
         lang="fr", provider="BoursoBank", source_group="BoursoBank", pattern="merchant refund on card (credit but not a client payment)",
         direction="refund", amount="59.99", currency="EUR", payer="", reference="AMAZON EU SARL", value_date="2026-12-01", counts_as_payment="no")

    # 44 PayPal dispute
    t = """Un acheteur a ouvert un litige

Bonjour Fabien Morvan,

Marc Caradec a ouvert un litige concernant un paiement de 150,00 € EUR.
Motif : Objet non conforme à la description
Numéro de litige : PP-D-48812094
Transaction : 7XK41958MB2736412

Le montant est bloqué pendant l'examen du litige. Répondez dans un délai de 20 jours depuis le Centre de résolution.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    emit(L, "paypal_fr_litige_ouvert", notice("PayPal <service@paypal.fr>", "Litige ouvert : PP-D-48812094", D(4, "08:15"),
         "<1764832500.E5F6A7B8C9D0@paypal.com>", t),
         lang="fr", provider="PayPal", source_group="PayPal", pattern="buyer dispute opened, funds held",
         direction="chargeback", amount="150.00", currency="EUR", reference="PP-D-48812094", value_date="2026-12-04", counts_as_payment="no")


# ================================================================ auto_reply
def autos():
    L = "auto_reply"

    def ar(name, frm, subj, date, msgid, body, extra=(), lang="fr", group="", pattern="", facts="", notes="",
           charset="utf-8", cte="quoted-printable", html=None, to=OWNER):
        hs = [("From", frm), ("To", to), ("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)] + list(extra)
        if html is None:
            b = Leaf("text/plain", body, charset=charset, cte=cte)
        else:
            b = Multi("alternative", [Leaf("text/plain", body, charset=charset, cte=cte), Leaf("text/html", html, charset=charset, cte=cte)],
                      "_000_%08x_" % zlib.crc32(name.encode()))
        emit(L, name, build(hs, b), lang=lang, source_group=group, pattern=pattern, facts=facts, notes=notes)

    # 1 Outlook FR "Réponse automatique :"
    inv = "F-2026-0360"
    body = """Bonjour,

Je suis absente du bureau jusqu'au vendredi 4 décembre inclus, sans accès à ma messagerie. Je serai de retour le lundi 7 décembre.

Pour toute urgence concernant un chantier, merci de contacter Pierre au 02 98 46 00 00.

Cordialement,
Marine Le Berre
Atelier d'architecture Le Berre
"""
    ar("outlook_fr_reponse_automatique_retour_7_decembre", A("Marine Le Berre", "m.leberre@atelier-leberre.example.fr"),
       "Réponse automatique : " + subj_fr(inv), D(30, "08:40"),
       "<6a5b4c3d2e1f4a0b9c8d7e6f5a4b3c2d@PR0P264MB1234.FRAP264.PROD.OUTLOOK.COM>", body,
       extra=[("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("Auto-Submitted", "auto-generated"),
              ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.leberre@atelier-leberre.example.fr"),
              ("Thread-Topic", H(subj_fr(inv)))],
       html='<html><body><p>' + text_to_html(body) + '</p></body></html>\n',
       group="Microsoft 365 (Atelier Le Berre)", pattern="Outlook 'Réponse automatique :' with Auto-Submitted and X-Auto-Response-Suppress",
       facts="ooo_until=2026-12-07")

    # 2 Gmail vacation EN
    inv = "INV-0411"
    ar("gmail_en_vacation_until_14_december", "Oliver Grant <oliver.grant@example.co.uk>", "Re: " + subj_en(inv), D(30, "08:41", "+0000"),
       "<CAOoo7qWk2P1jR9cL4nT8vX3yZ5aB7dE9fG1hJ3kL5mN7pQ9rS@mail.gmail.com>",
       "Hello,\n\nI'm out of the office with limited access to email until Monday 14 December. For anything urgent about the Morgat cottages, please call the office on +44 20 7946 0000.\n\nThanks,\nOliver\n",
       extra=[("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
       lang="en", group="Gmail vacation responder", pattern="Gmail vacation: 'Re:' subject, Auto-Submitted: auto-replied",
       facts="ooo_until=2026-12-14")

    # 3 "Absence du bureau", no date, X-Autoreply only (sieve vacation)
    inv = "F-2026-0363"
    ar("sieve_absence_du_bureau_sans_date", "Yves-Marie Lozac'h <ym.lozach@charpente-lozach.example.fr>", "Absence du bureau", D(30, "08:42"),
       "<sieve-vacation-20261130074201.3f2a@charpente-lozach.example.fr>",
       "Bonjour,\n\nJe suis actuellement en déplacement sur chantier et ne consulte pas mes messages régulièrement. Je vous répondrai dès que possible.\n\nYves-Marie Lozac'h\n",
       extra=[("In-Reply-To", rem_id(inv)), ("X-Autoreply", "yes"), ("X-Autorespond", "Absence du bureau")],
       group="Sieve vacation (OVH Roundcube)", pattern="subject 'Absence du bureau' only, no return date, X-Autoreply header, no Auto-Submitted")

    # 4 accounts payable FR autoresponder
    inv = "F-2026-0364"
    body = """Madame, Monsieur,

Nous accusons réception de votre message adressé au service Comptabilité Fournisseurs d'Armor Constructions.

Rappel de nos conditions :
- les factures doivent comporter le numéro de bon de commande et le nom du chantier ;
- nos règlements sont effectués par virement à 45 jours fin de mois, le 10 et le 25 de chaque mois ;
- toute relance reçue avant l'échéance ne sera pas traitée.

Pour connaître l'état de règlement d'une facture, merci de consulter notre portail fournisseurs.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    ar("armor_compta_fournisseurs_accuse_reception", "Compta Fournisseurs <compta.fournisseurs@armor-constructions.fr>",
       "Accusé de réception - " + subj_fr(inv), D(30, "08:32"), "<ar-cf-20261130073244.118@armor-constructions.fr>", body,
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
       group="Armor Constructions AP mailbox", pattern="AP autoresponder stating payment terms (45 jours fin de mois, 10 and 25)",
       notes="payment terms are generic, no promise about this invoice")

    # 5 accounts payable EN autoresponder, no Auto-Submitted
    inv = "INV-0408"
    body = """Thank you for your email to Nordvind Energy Accounts Payable.

This mailbox is monitored Monday to Thursday. Please note:
* Invoices without a valid Purchase Order number will be returned to the sender.
* Our standard payment terms are 60 days from receipt of a valid invoice.
* For payment status enquiries, please allow 5 working days for a response.

This is an automated response. Please do not reply to this message.
"""
    ar("nordvind_ap_en_autoresponse_no_headers", "Nordvind AP France <ap.france@nordvind-energy.example.com>",
       "Automatic reply: " + subj_en(inv), D(30, "08:45", "+0000"),
       "<AM9PR07MB7000ABCDEF0123456789ABCDEF012@AM9PR07MB7000.eurprd07.prod.outlook.com>", body,
       extra=[("In-Reply-To", rem_id(inv)), ("X-Auto-Response-Suppress", "All")],
       charset="us-ascii", cte="7bit", lang="en", group="Nordvind Energy AP mailbox",
       pattern="AP autoresponder (net 60, PO required), no Auto-Submitted header")

    # 6 Zendesk FR ticket
    inv = "F-2026-0389"
    body = """##- Veuillez écrire votre réponse au-dessus de cette ligne -##

Votre demande (48213) a bien été reçue et va être examinée par notre équipe. 

Pour ajouter des commentaires, répondez simplement à cet e-mail.

Office de Tourisme des Abers - Accueil

Ce message a été envoyé à fabien@morvan-drone.fr concernant la demande #48213.
[PK7R2M-3J0X]
"""
    ar("zendesk_fr_demande_recue", "Office de Tourisme des Abers <support@abers-tourisme.zendesk.example.com>",
       "[Demande #48213] " + subj_fr(inv), D(30, "08:33"), "<PK7R2M3J0X_6929f1c2a_sprut@zendesk.example.com>", body,
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("Precedence", "bulk"), ("X-Mailer", "Zendesk Mailer")],
       group="Zendesk helpdesk", pattern="helpdesk ticket acknowledgement with reply-above marker")

    # 7 Freshdesk EN ticket
    inv = "INV-0404"
    body = """Dear Fabien Morvan,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response (usually within 48 hours).

To view the status of the ticket or add comments, please visit
https://skerry.freshdesk.example.com/helpdesk/tickets/7731

Thank you for your patience.

Sincerely,
Skerry Productions Accounts Team
"""
    ar("freshdesk_en_ticket_received", "Skerry Productions Accounts <accounts@skerryproductions.example.co.uk>",
       "Ticket Received - " + subj_en(inv), D(30, "08:46", "+0000"), "<7731.5d1c9e.20261130084611@skerry.freshdesk.example.com>", body,
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-replied")],
       lang="en", group="Freshdesk helpdesk", pattern="Freshdesk 'Ticket Received' acknowledgement")

    # 8 MDN Outlook FR "Lu :"
    inv = "F-2026-0372"
    human = ("Votre message\n\n  À : Erwan Floc'h\n  Objet : " + subj_fr(inv) +
             "\n  Envoyé : lundi 30 novembre 2026 08:35:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le lundi 30 novembre 2026 17:58:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: PR1P264MB3001.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;erwan.floch@bati-ouest-renovation.fr\n"
           "Original-Message-ID: " + rem_id(inv) + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    body = Multi("report", [Leaf("text/plain", human), Leaf("message/disposition-notification", mdn, charset=None, cte="7bit")],
                 "_abc1e2f3-MDN-Outlook_", params=" report-type=disposition-notification;")
    emit(L, "mdn_outlook_fr_lu", build([
        ("From", A("Erwan Floc'h", "erwan.floch@bati-ouest-renovation.fr")), ("To", OWNER),
        ("Subject", H("Lu : " + subj_fr(inv))), ("Date", D(30, "17:58")),
        ("Message-ID", "<PR1P264MB3001MDN0A1B2C3D4E5F6A7B8C9D0E1F2@PR1P264MB3001.FRAP264.PROD.OUTLOOK.COM>"),
        ("References", rem_id(inv))], body),
        lang="fr", source_group="Outlook read receipt", pattern="MDN multipart/report disposition-notification, 'Lu :'", facts="")

    # 9 MDN Thunderbird EN
    inv = "INV-0407"
    human = "This is a Return Receipt for the mail that you sent to helen@crozon-kayak.example.com.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n"
    mdn = ("Reporting-UA: crozon-kayak.example.com; Thunderbird 128.5.0\n"
           "Final-Recipient: rfc822;helen@crozon-kayak.example.com\n"
           "Original-Message-ID: " + rem_id(inv) + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    orig = "From: Fabien Morvan <fabien@morvan-drone.fr>\nTo: Helen Fraser <helen@crozon-kayak.example.com>\nSubject: " + subj_en(inv) + "\nDate: Mon, 30 Nov 2026 08:39:02 +0100\nMessage-ID: " + rem_id(inv) + "\n"
    body = Multi("report", [Leaf("text/plain", human, charset="UTF-8", cte="7bit"),
                            Leaf("message/disposition-notification", mdn, charset=None, cte="7bit", headers=["Content-Disposition: inline"]),
                            Leaf("text/rfc822-headers", orig, charset=None, cte="7bit", headers=["Content-Disposition: inline"])],
                 "------------zT0lK9xB2mQ7vN4cR1pE8wA3", params=" report-type=disposition-notification;")
    emit(L, "mdn_thunderbird_en_return_receipt", build([
        ("From", "Helen Fraser <helen@crozon-kayak.example.com>"), ("To", OWNER),
        ("Subject", "Return Receipt (displayed) - " + subj_en(inv)), ("Date", D(1, "18:30", "+0000")),
        ("Message-ID", "<3b8a1f2c-mdn-4e5d-9a7b-6c1d2e3f4a5b@crozon-kayak.example.com>"),
        ("User-Agent", "Mozilla Thunderbird")], body),
        lang="en", source_group="Thunderbird read receipt", pattern="MDN with text/rfc822-headers", facts="")

    # 10 challenge-response (MailInBlack-style)
    body = """Bonjour,

Vous avez envoyé un message à compta@ar-mor-peche.example.fr. Afin de lutter contre le spam, cette adresse est protégée : votre message est en attente.

Pour qu'il soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous (cette opération n'est à faire qu'une seule fois) :

https://protect.mailinblack.example.com/validate?id=0a8f2c1e7b4d

Sans validation de votre part sous 7 jours, votre message sera supprimé.

Objet de votre message : Rappel : facture F-2026-0381 échue

Ceci est un message automatique.
"""
    ar("challenge_response_confirmez_humain", "Protection anti-spam <noreply@protect.mailinblack.example.com>",
       "Votre message est en attente - merci de confirmer votre envoi", D(30, "08:36"),
       "<mib.0a8f2c1e7b4d.20261130@protect.mailinblack.example.com>", body,
       extra=[("Auto-Submitted", "auto-replied"), ("Reply-To", "noreply@protect.mailinblack.example.com")],
       group="challenge-response (MailInBlack-style)", pattern="sender verification challenge, quotes reminder subject")

    # 11 Outlook EN Automatic reply until 4 January
    inv = "INV-0409"
    ar("outlook_en_automatic_reply_until_4_january", "Klaus Berger <k.berger@aerolens-media.example.de>",
       "Automatic reply: " + subj_en(inv), D(30, "08:47"),
       "<FR2P281MB1111AUTO0A1B2C3D4E5F6A7B8C9D@FR2P281MB1111.DEUP281.PROD.OUTLOOK.COM>",
       "Thank you for your message. I am on parental leave and will be back in the office on 4 January 2027. Your email will not be forwarded. For invoices please contact accounting@aerolens-media.example.de.\n\nVielen Dank für Ihre Nachricht. Ich bin bis 4. Januar 2027 in Elternzeit.\n",
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
       lang="en", group="Microsoft 365 (Aerolens Media)", pattern="EN/DE Outlook auto reply with return date",
       facts="ooo_until=2027-01-04")

    # 12 maternity leave, no date
    inv = "F-2026-0356"
    ar("conge_maternite_sans_date", A("Soazig Texier", "s.texier@texier-expertises.example.fr"),
       "Réponse automatique : " + subj_fr(inv), D(30, "08:34"),
       "<PAXPR10MB7788AUTO1B2C3D4E5F6A7B8C9D0E1@PAXPR10MB7788.EURPRD10.PROD.OUTLOOK.COM>",
       "Bonjour,\n\nJe suis actuellement en congé maternité. Pendant mon absence, merci d'adresser vos demandes concernant les dossiers sinistres et la facturation à gestion@texier-expertises.example.fr.\n\nSoazig Texier\nCabinet Texier Expertises - expertise bâtiment après sinistre\n",
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
       group="Microsoft 365 (Cabinet Texier Expertises)", pattern="auto reply without return date, points to another mailbox")

    # 13 bilingual FR/EN absence with return date
    inv = "F-2026-0396"
    ar("bilingue_absent_retour_14_12", "Paul Tanguy <p.tanguy@coop-leon.example.fr>",
       "Absent du bureau / Out of office : " + subj_fr(inv), D(30, "08:44"),
       "<absence.20261202080401.7b1c@coop-leon.example.fr>",
       "Je suis absent du 30/11 au 11/12 inclus. Je serai de retour le lundi 14 décembre.\nEn cas d'urgence : achats@coop-leon.example.fr\n\nI am out of the office from 30/11 to 11/12. Back on Monday 14 December.\n",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
       group="Coop Légumes du Léon", pattern="bilingual absence, both 'au 11/12 inclus' and 'de retour le 14'",
       facts="ooo_until=2026-12-14")

    # 14 town hall autoresponder
    ar("mairie_accuse_reception_courriel", "Mairie de Saint-Divy <accueil@mairie-saintdivy.example.fr>",
       "Accusé de réception de votre courriel", D(30, "08:38"), "<accuse.20261130073801.554@mairie-saintdivy.example.fr>",
       "Madame, Monsieur,\n\nVotre courriel a bien été reçu par les services de la mairie. Il sera traité dans les meilleurs délais.\n\nLa mairie est ouverte du lundi au vendredi de 8h30 à 12h et le mardi après-midi de 14h à 17h.\n\nCeci est une réponse automatique.\n",
       extra=[("Auto-Submitted", "auto-replied")], charset="iso-8859-1",
       group="Mairie autoresponder", pattern="town hall acknowledgement, opening hours")

    # 15 estate agency autoresponder with marketing (HTML)
    body = "Merci pour votre message !\n\nUn conseiller Agence des Îles vous répondra sous 24 h ouvrées.\n\nEn attendant, découvrez nos coups de cœur du moment : maisons de pêcheur, longères et vues mer sur www.agencedesiles.example.fr\n\nAgence des Îles - Le Conquet / Ouessant / Molène\n"
    ar("agence_des_iles_autoreponse_marketing", "Agence des Iles <contact@agencedesiles.example.fr>",
       "Merci pour votre message", D(30, "08:39"), "<autoreply.1764488340.2291@agencedesiles.example.fr>", body,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
       html=html_wrap('<div style="max-width:560px;margin:auto;background:#fff;padding:24px"><h2>Merci pour votre message !</h2><p>Un conseiller <b>Agence des Îles</b> vous répondra sous 24&nbsp;h ouvrées.</p><p>En attendant, découvrez nos <a href="https://www.agencedesiles.example.fr/coups-de-coeur">coups de cœur du moment</a>.</p></div>'),
       group="Agence des Îles", pattern="autoresponder with marketing content")

    # 16 iCloud-style vacation, no auto headers at all
    inv = "F-2026-0401"
    ar("icloud_absent_sans_entetes", "Ronan <ronan@lecafedesdunes.example.fr>", "Absent: " + subj_fr(inv), D(30, "08:37"),
       "<VACATION.20261130073702.9e8d@lecafedesdunes.example.fr>",
       "Le café est fermé pour congés annuels jusqu'au 2 décembre. Je lirai vos messages à mon retour le jeudi 3 décembre. Kenavo !\n",
       extra=[("In-Reply-To", rem_id(inv))],
       group="Vacation responder without headers", pattern="no Auto-Submitted/X-Autoreply at all; 'Absent:' subject",
       facts="ooo_until=2026-12-03", notes="same sender later writes by hand (human_reply/ronan_bar_tu_lundi)")

    # 17 "this address is no longer monitored"
    inv = "F-2026-0355"
    ar("adresse_plus_consultee", "Secretariat SCP Le Gac <secretariat@scp-legac-notaires.example.fr>",
       "Réponse automatique - adresse non consultée", D(30, "08:35"), "<noreply.20261130073501.41a@scp-legac-notaires.example.fr>",
       "Cette adresse de messagerie n'est plus consultée depuis le 1er novembre 2026.\nMerci d'adresser désormais vos correspondances à office.legac@notaires.example.fr.\n\nL'Office notarial vous remercie de votre compréhension.\n",
       extra=[("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-replied")],
       group="Office notarial", pattern="'adresse plus consultée' autoresponder, new address given")


# ================================================================ bounce
def dsn_block(reporting, arrival, recips, extra=""):
    s = "Reporting-MTA: dns; %s\n" % reporting
    s += extra
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    for r in recips:
        s += "\nFinal-Recipient: rfc822; %s\n" % r["rcpt"]
        if r.get("orig"):
            s += "Original-Recipient: rfc822; %s\n" % r["orig"]
        s += "Action: %s\nStatus: %s\n" % (r["action"], r["status"])
        if r.get("remote"):
            s += "Remote-MTA: dns; %s\n" % r["remote"]
        if r.get("diag"):
            s += "Diagnostic-Code: smtp; %s\n" % r["diag"]
        if r.get("last"):
            s += "Last-Attempt-Date: %s\n" % r["last"]
        if r.get("until"):
            s += "Will-Retry-Until: %s\n" % r["until"]
    return s


def orig_msg(to, inv, en=False, date=None, full=True):
    subj = subj_en(inv) if en else subj_fr(inv)
    hs = ("Return-Path: <fabien@morvan-drone.fr>\nFrom: Fabien Morvan <fabien@morvan-drone.fr>\nTo: %s\nSubject: %s\n"
          "Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
          % (to, H(subj), date or "Mon, 30 Nov 2026 08:30:00 +0100", rem_id(inv)))
    if not full:
        return hs
    body = (reminder_en("", inv, "EUR 760.00", "2 November 2026", "2 December 2026") if en else
            reminder_fr("", inv, "760,00 €", "02/10/2026", "01/11/2026"))
    return hs + "\n" + body + "\n"


def bounces():
    L = "bounce"

    # 1 Gmail (French UI): remote rejected, address not found
    inv = "F-2026-0367"
    rcpt = "compta@lescop-tp.example.fr"
    txt = """** Adresse introuvable **

Votre message n'a pas pu être distribué à compta@lescop-tp.example.fr, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.

Réponse du serveur distant :

550 5.1.1 <compta@lescop-tp.example.fr>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = dsn_block("googlemail.com", "Mon, 30 Nov 2026 00:30:04 -0800 (PST)",
                    [dict(rcpt=rcpt, action="failed", status="5.1.1", remote="mx.lescop-tp.example.fr. (203.0.113.25, the server for the domain lescop-tp.example.fr.)",
                          diag="550 5.1.1 <compta@lescop-tp.example.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                          last="Mon, 30 Nov 2026 00:30:05 -0800 (PST)")])
    body = Multi("report", [Multi("alternative", [Leaf("text/plain", txt), Leaf("text/html", html_wrap(text_to_html(txt)))], "000000000000d1e2f3a4b5c6d7e8"),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("message/rfc822", orig_msg(rcpt, inv), charset=None, cte="8bit")],
                 "000000000000c0d1e2f3a4b5c6d7", params=" report-type=delivery-status;")
    emit(L, "gmail_fr_adresse_introuvable", build([
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Failure)"), ("Date", D(30, "09:30")),
        ("Message-ID", "<6929a1c4.050a0220.3b5f1.8e21.GMR@mx.google.com>"),
        ("References", rem_id(inv)), ("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-replied")], body),
        lang="fr", source_group="Gmail", pattern="Gmail DSN French UI, remote 5.1.1, alternative+DSN+rfc822; based on RFC 3464 layout",
        facts="failed_recipient=" + rcpt)

    # 2 Exchange Online NDR
    inv = "F-2026-0365"
    rcpt = "comptabilite@plougastel-fraises.example.fr"
    txt = """Impossible de remettre votre message à comptabilite@plougastel-fraises.example.fr, car l'adresse e-mail est introuvable ou n'existe pas.

Comment résoudre le problème
Le message n'a pas pu être remis. Cela peut être dû au fait que l'adresse e-mail du destinataire est erronée, ou que la boîte aux lettres n'existe plus.

Diagnostics pour les administrateurs :
Serveur générant : PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM
comptabilite@plougastel-fraises.example.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient comptabilite@plougastel-fraises.example.fr not found by SMTP address lookup'
"""
    dsn = dsn_block("PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM", "Mon, 30 Nov 2026 07:33:10 +0000",
                    [dict(rcpt=rcpt, action="failed", status="5.1.10",
                          diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient comptabilite@plougastel-fraises.example.fr not found by SMTP address lookup")])
    body = Multi("report", [Multi("alternative", [Leaf("text/plain", txt), Leaf("text/html", html_wrap(text_to_html(txt), "font-family:Segoe UI,Arial"))], "_001_NDR_alt_"),
                            Leaf("message/delivery-status", dsn, charset=None, cte="7bit"),
                            Leaf("message/rfc822", orig_msg(rcpt, inv, full=False), charset=None, cte="7bit")],
                 "_000_NDR_PR0P264MB2211_", params=" report-type=delivery-status;")
    emit(L, "exchange_online_non_remis_5_1_10", build([
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@plougastel-fraises.example.fr>"),
        ("To", OWNER), ("Subject", H("Non remis : " + subj_fr(inv))), ("Date", D(30, "08:33")),
        ("Message-ID", "<4e1c0a2b-ndr-4f3e-8d2c-1b0a9f8e7d6c@PR0P264MB2211.FRAP264.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")], body, crlf=True),
        lang="fr", source_group="Exchange Online", pattern="Exchange Online NDR 'Non remis :' 5.1.10, CRLF, headers-only original",
        facts="failed_recipient=" + rcpt)

    # 3 Orange: mailbox full, reported by the Orange submission relay
    inv = "F-2026-0358"
    rcpt = "boite.pleine.exemple@orange.fr"
    txt = """Ce message a été créé automatiquement par le serveur de messagerie d'Orange.

Votre message n'a pas pu être remis à l'un ou plusieurs de ses destinataires.
Your message could not be delivered to one or more recipients.

<boite.pleine.exemple@orange.fr> : la boîte aux lettres du destinataire est pleine / mailbox full
  552 5.2.2 Quota exceeded (mailbox for user is full)
"""
    dsn = dsn_block("smtp-out.orange.fr", D(30, "08:30"),
                    [dict(rcpt=rcpt, action="failed", status="5.2.2", remote="smtp-in.orange.fr",
                          diag="552 5.2.2 Quota exceeded (mailbox for user is full)")])
    body = Multi("report", [Leaf("text/plain", txt, charset="iso-8859-1"),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("text/rfc822-headers", orig_msg(rcpt, inv, full=False), charset=None, cte=None)],
                 "F1A2B3C4D5.1764487800/smtp-out.orange.fr", params=" report-type=delivery-status;")
    emit(L, "orange_boite_pleine_5_2_2", build([
        ("From", "Mail Delivery System <MAILER-DAEMON@orange.fr>"), ("To", OWNER),
        ("Subject", H("Non distribué : " + subj_fr(inv))), ("Date", D(30, "08:31")),
        ("Message-ID", "<20261130073101.F1A2B3C4D5@smtp-out.orange.fr>"), ("Auto-Submitted", "auto-replied")], body),
        lang="fr", source_group="Orange", pattern="mailbox full 5.2.2, latin-1 text, rfc822-headers; Orange wording written, not copied",
        facts="failed_recipient=" + rcpt)

    # 4 Wanadoo address unknown, Postfix bounce from OVH relay
    inv = "F-2026-0371"
    rcpt = "ancienne.adresse.exemple@wanadoo.fr"
    txt = """This is the mail system at host mo582.mail-out.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ancienne.adresse.exemple@wanadoo.fr>: host smtp-in.orange.fr[193.252.22.65] said:
    550 5.1.1 <ancienne.adresse.exemple@wanadoo.fr>: adresse d au moins un
    destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT
    TO command)
"""
    dsn = dsn_block("mo582.mail-out.ovh.net", "Tue,  1 Dec 2026 09:10:02 +0100 (CET)",
                    [dict(rcpt=rcpt, orig=rcpt, action="failed", status="5.1.1", remote="smtp-in.orange.fr",
                          diag="550 5.1.1 <ancienne.adresse.exemple@wanadoo.fr>: adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]")],
                    extra="X-Postfix-Queue-ID: 4Qd7Zk1Bx2z1xnV\nX-Postfix-Sender: rfc822; fabien@morvan-drone.fr\n")
    body = Multi("report", [Leaf("text/plain", txt, charset="us-ascii", cte=None, headers=["Content-Description: Notification"]),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None, headers=["Content-Description: Delivery report"]),
                            Leaf("message/rfc822", orig_msg("GAEC Lhostis <%s>" % rcpt, inv, date="Tue, 1 Dec 2026 09:10:00 +0100"), charset=None, cte="8bit",
                                 headers=["Content-Description: Undelivered Message"])],
                 "4Qd7Zk1Bx2z1xnV.1764576602/mo582.mail-out.ovh.net", params=" report-type=delivery-status;",
                 preamble="This is a MIME-encapsulated message.")
    emit(L, "ovh_postfix_wanadoo_destinataire_invalide", build([
        ("From", "MAILER-DAEMON@mo582.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Tue,  1 Dec 2026 09:10:03 +0100 (CET)"),
        ("Message-Id", "<4Qd7Zk3Cq5z1xnW@mo582.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="OVH mail-out (Postfix)", pattern="Postfix bounce from OVH relay, Orange OFR_416 rejection for wanadoo.fr",
        facts="failed_recipient=" + rcpt)

    # 5 Free: account disabled
    inv = "F-2026-0394"
    rcpt = "compte.ferme.exemple@free.fr"
    txt = """This is the mail system at host mo583.mail-out.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<compte.ferme.exemple@free.fr>: host mx1.free.fr[212.27.48.7] said: 550 5.2.1
    This mailbox has been blocked due to inactivity (in reply to RCPT TO
    command)
"""
    dsn = dsn_block("mo583.mail-out.ovh.net", "Wed,  2 Dec 2026 10:47:55 +0100 (CET)",
                    [dict(rcpt=rcpt, orig=rcpt, action="failed", status="5.2.1", remote="mx1.free.fr",
                          diag="550 5.2.1 This mailbox has been blocked due to inactivity")],
                    extra="X-Postfix-Queue-ID: 4Qf1Mn6Tp8z2ycK\n")
    body = Multi("report", [Leaf("text/plain", txt, charset="us-ascii", cte=None),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("text/rfc822-headers", orig_msg(rcpt, inv, date="Wed, 2 Dec 2026 10:47:53 +0100", full=False), charset=None, cte=None)],
                 "4Qf1Mn6Tp8z2ycK.1764668875/mo583.mail-out.ovh.net", params=" report-type=delivery-status;")
    emit(L, "ovh_postfix_free_compte_bloque", build([
        ("From", "MAILER-DAEMON@mo583.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Wed,  2 Dec 2026 10:47:56 +0100 (CET)"),
        ("Message-Id", "<4Qf1Mn7Vr9z2ycL@mo583.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="OVH mail-out (Postfix)", pattern="Free mailbox blocked for inactivity 5.2.1",
        facts="failed_recipient=" + rcpt)

    # 6 OVH: domain not found (typo)
    inv = "F-2026-0364"
    rcpt = "compta.fournisseurs@armor-construction.example"
    txt = """This is the mail system at host mo580.mail-out.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<compta.fournisseurs@armor-construction.example>: Host or domain name not found.
    Name service error for name=armor-construction.example type=AAAA: Host not
    found
"""
    dsn = dsn_block("mo580.mail-out.ovh.net", "Mon, 30 Nov 2026 08:29:40 +0100 (CET)",
                    [dict(rcpt=rcpt, orig=rcpt, action="failed", status="5.4.4",
                          diag="X-Postfix; Host or domain name not found. Name service error for name=armor-construction.example type=AAAA: Host not found")])
    dsn = dsn.replace("Diagnostic-Code: smtp; X-Postfix;", "Diagnostic-Code: X-Postfix;")
    body = Multi("report", [Leaf("text/plain", txt, charset="us-ascii", cte=None),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("message/rfc822", orig_msg(rcpt, inv, date="Mon, 30 Nov 2026 08:29:38 +0100"), charset=None, cte="8bit")],
                 "4Qb2Hs1Lm3z1wZt.1764487780/mo580.mail-out.ovh.net", params=" report-type=delivery-status;")
    emit(L, "ovh_postfix_domaine_introuvable", build([
        ("From", "MAILER-DAEMON@mo580.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Mon, 30 Nov 2026 08:29:41 +0100 (CET)"),
        ("Message-Id", "<4Qb2Hs2Nn4z1wZv@mo580.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="OVH mail-out (Postfix)", pattern="domain not found (typo), X-Postfix diagnostic 5.4.4",
        facts="failed_recipient=" + rcpt)

    # 7 client's own Postfix: rejected as spam
    inv = "F-2026-0378"
    rcpt = "as.lebihan@pennarbed-evenements.example.fr"
    txt = """This is the mail system at host mail.pennarbed-evenements.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<as.lebihan@pennarbed-evenements.example.fr>: Command died with status 1:
    "/usr/lib/dovecot/deliver". Command output: Message rejected by content
    filter: 5.7.1 spam score 8.4 exceeds threshold (PDF_ATTACHMENT, URI_SHORT)
"""
    dsn = dsn_block("mail.pennarbed-evenements.example.fr", "Thu,  3 Dec 2026 08:30:12 +0100 (CET)",
                    [dict(rcpt=rcpt, orig=rcpt, action="failed", status="5.7.1",
                          diag="x-unix; Message rejected by content filter: 5.7.1 spam score 8.4 exceeds threshold")])
    dsn = dsn.replace("Diagnostic-Code: smtp; x-unix;", "Diagnostic-Code: x-unix;")
    body = Multi("report", [Leaf("text/plain", txt, charset="us-ascii", cte=None),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("text/rfc822-headers", orig_msg(rcpt, inv, date="Thu, 3 Dec 2026 08:30:09 +0100", full=False), charset=None, cte=None)],
                 "A1B2C3D4E5.1764747012/mail.pennarbed-evenements.example.fr", params=" report-type=delivery-status;")
    emit(L, "postfix_client_rejet_antispam_5_7_1", build([
        ("From", "MAILER-DAEMON@pennarbed-evenements.example.fr (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Thu,  3 Dec 2026 08:30:13 +0100 (CET)"),
        ("Message-Id", "<20261203073013.F0E1D2C3B4@mail.pennarbed-evenements.example.fr>"), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="Postfix (client server)", pattern="content-filter rejection after acceptance, x-unix diagnostic",
        facts="failed_recipient=" + rcpt)

    # 8 Postfix delayed mail (warning)
    inv = "F-2026-0386"
    rcpt = "compta@lagadec-elec.example.fr"
    txt = """This is the mail system at host mo581.mail-out.ovh.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<compta@lagadec-elec.example.fr>: connect to mail.lagadec-elec.example.fr[198.51.100.40]:25:
    Connection timed out
"""
    dsn = dsn_block("mo581.mail-out.ovh.net", "Wed,  2 Dec 2026 08:30:05 +0100 (CET)",
                    [dict(rcpt=rcpt, orig=rcpt, action="delayed", status="4.4.1",
                          diag="X-Postfix; connect to mail.lagadec-elec.example.fr[198.51.100.40]:25: Connection timed out",
                          until="Mon,  7 Dec 2026 08:30:05 +0100 (CET)")])
    dsn = dsn.replace("Diagnostic-Code: smtp; X-Postfix;", "Diagnostic-Code: X-Postfix;")
    body = Multi("report", [Leaf("text/plain", txt, charset="us-ascii", cte=None),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("text/rfc822-headers", orig_msg(rcpt, inv, date="Wed, 2 Dec 2026 08:30:03 +0100", full=False), charset=None, cte=None)],
                 "4Qe3Pq8Wx1z2xaB.1764660605/mo581.mail-out.ovh.net", params=" report-type=delivery-status;")
    emit(L, "ovh_postfix_delayed_warning", build([
        ("From", "MAILER-DAEMON@mo581.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Delayed Mail (still being retried)"), ("Date", "Wed,  2 Dec 2026 12:31:10 +0100 (CET)"),
        ("Message-Id", "<4Qe9Rt2Yz3z2xaC@mo581.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="OVH mail-out (Postfix)", pattern="delay warning, Action: delayed, Will-Retry-Until",
        facts="failed_recipient=%s;bounce_final=no" % rcpt)

    # 9 Gmail delay
    inv = "INV-0405"
    rcpt = "mark@finistere-holidaylets.com"
    txt = """** Message not delivered yet **

Your message to mark@finistere-holidaylets.com hasn't been delivered yet. Gmail will keep trying to deliver it for the next 46 hours. You'll be notified if it can't be delivered.

The response was:

The recipient server did not accept our requests to connect. [mx.finistere-holidaylets.com. 192.0.2.14: timed out]
"""
    dsn = dsn_block("googlemail.com", "Fri, 04 Dec 2026 01:02:11 -0800 (PST)",
                    [dict(rcpt=rcpt, action="delayed", status="4.4.1", remote="mx.finistere-holidaylets.com. (192.0.2.14)",
                          diag="The recipient server did not accept our requests to connect. [mx.finistere-holidaylets.com. 192.0.2.14: timed out]",
                          last="Fri, 04 Dec 2026 03:04:22 -0800 (PST)", until="Sun, 06 Dec 2026 01:02:11 -0800 (PST)")])
    body = Multi("report", [Leaf("text/plain", txt),
                            Leaf("message/delivery-status", dsn, charset=None, cte=None),
                            Leaf("message/rfc822", orig_msg(rcpt, inv, en=True, date="Fri, 4 Dec 2026 10:02:09 +0100"), charset=None, cte="8bit")],
                 "000000000000e1f2a3b4c5d6e7f8", params=" report-type=delivery-status;")
    emit(L, "gmail_en_delay_not_delivered_yet", build([
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Delay)"), ("Date", D(4, "12:04")),
        ("Message-ID", "<69315a2e.170a0220.2b4c1.0d33.GMR@mx.google.com>"),
        ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("Auto-Submitted", "auto-replied")], body),
        lang="en", source_group="Gmail", pattern="Gmail delay DSN (Action: delayed)",
        facts="failed_recipient=%s;bounce_final=no" % rcpt, notes="mark@finistere-holidaylets.com is a fictional client domain")

    # 10 qmail, plain text, no DSN part
    inv = "F-2026-0390"
    rcpt = "a.bothorel@ancien-fai.example.net"
    txt = """Hi. This is the qmail-send program at mail.ancien-fai.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<a.bothorel@ancien-fai.example.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig_msg(rcpt, inv, date="Thu, 3 Dec 2026 08:30:30 +0100")
    emit(L, "qmail_failure_notice_sans_dsn", build([
        ("From", "MAILER-DAEMON@mail.ancien-fai.example.net"), ("To", OWNER),
        ("Subject", "failure notice"), ("Date", "3 Dec 2026 07:30:34 -0000"),
        ("Message-ID", "<1764747034.29184.qmail@mail.ancien-fai.example.net>")],
        Leaf("text/plain", txt, charset=None, cte=None), mime_version=None),
        lang="en", source_group="qmail", pattern="qmail 'failure notice', no MIME, no machine-readable status part",
        facts="failed_recipient=" + rcpt)

    # 11 Exchange on-premises, French, mailbox full
    inv = "F-2026-0368"
    rcpt = "elodie.marchadour@batimor-groupe.example.com"
    txt = """Échec de la remise aux destinataires ou groupes suivants :

elodie.marchadour@batimor-groupe.example.com
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez plus tard ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur générant : SRV-EXCH03.batimor.local

elodie.marchadour@batimor-groupe.example.com
#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:16.18969:..." ##
"""
    dsn = dsn_block("SRV-EXCH03.batimor.local", "Fri, 4 Dec 2026 07:35:50 +0000",
                    [dict(rcpt=rcpt, action="failed", status="5.2.2", diag="550 5.2.2 STOREDRV.Deliver: mailbox full")])
    body = Multi("report", [Leaf("text/plain", txt, charset="windows-1252"),
                            Leaf("message/delivery-status", dsn, charset=None, cte="7bit"),
                            Leaf("text/rfc822-headers", orig_msg(rcpt, inv, date="Fri, 4 Dec 2026 08:35:48 +0100", full=False), charset=None, cte="7bit")],
                 "_000_SRVEXCH03NDR_", params=" report-type=delivery-status;")
    emit(L, "exchange_onprem_fr_boite_pleine", build([
        ("From", "postmaster@batimor-groupe.example.com"), ("To", OWNER),
        ("Subject", H("Non remis : " + subj_fr(inv))), ("Date", D(4, "08:35")),
        ("Message-ID", "<a0b1c2d3-e4f5-4a6b-8c7d-e8f9a0b1c2d3@SRV-EXCH03.batimor.local>"),
        ("Thread-Topic", H(subj_fr(inv))), ("Auto-Submitted", "auto-replied")], body, crlf=True),
        lang="fr", source_group="Exchange on-premises", pattern="Exchange 'Échec de la remise' 5.2.2 STOREDRV mailbox full, windows-1252, CRLF",
        facts="failed_recipient=" + rcpt)


# ================================================================ other
def others():
    L = "other"

    def o(name, frm, subj, date, msgid, text=None, html=None, extra=(), lang="fr", group="", pattern="", notes="",
          charset="utf-8", cte="quoted-printable", attachments=(), to=OWNER, provider=""):
        data = notice(frm, subj, date, msgid, text, html, to=to, extra=extra, charset=charset, cte=cte, attachments=attachments)
        emit(L, name, data, lang=lang, source_group=group, pattern=pattern, notes=notes, provider=provider)

    LU = lambda url: [("List-Unsubscribe", "<%s>" % url), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

    # 1 OVHcloud invoice to the owner
    t = """Bonjour Fabien Morvan,

Votre facture FR61234567 d'un montant de 14,39 € TTC est disponible dans votre Espace Client.

Services concernés :
- morvan-drone.fr - Nom de domaine (renouvellement 1 an)
- MX Plan - morvan-drone.fr

Cette facture sera réglée automatiquement par le moyen de paiement enregistré par défaut (prélèvement SEPA) sous 7 jours.

Consulter ma facture : https://www.ovh.com/manager/#/billing/history

Cordialement,
Le Service Client OVHcloud

OVH SAS - 2 rue Kellermann - 59100 Roubaix - RCS Lille Métropole 424 761 419 00045
Ceci est un message automatique, merci de ne pas y répondre.
"""
    o("ovhcloud_facture_disponible", "OVHcloud <noreply@ovh.net>", "Votre facture OVHcloud FR61234567", D(1, "03:14"),
      "<20261201021402.FR61234567.billing@ovh.net>", t, group="OVHcloud", pattern="supplier invoice TO the owner, will be debited automatically",
      notes="mentions an automatic direct debit but is the supplier's invoice, not a bank movement")

    # 2 Free Pro invoice
    h = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px"><img src="https://pro.free.fr/img/logo-freepro.png" alt="Free Pro" width="110"><h2>Votre facture du mois de décembre est disponible</h2><p>Bonjour,</p><p>Votre facture Free Pro n° FP-2026-12-0448812 d\'un montant de <b>47,99&nbsp;€ TTC</b> est disponible dans votre Espace Abonné.</p><p>Elle sera prélevée sur votre compte le 10/12/2026.</p><p style="font-size:11px;color:#888">Free Pro - SAS au capital de ... - Ce message vous est envoyé automatiquement, merci de ne pas y répondre.</p></div>')
    o("free_pro_facture_decembre", "Free Pro <facturation@pro.free.fr>", "Votre facture Free Pro est disponible", D(2, "06:05"),
      "<fp.fact.20261202060501.448812@pro.free.fr>", None, h, group="Free Pro", pattern="telecom invoice to the owner, HTML-only, future debit")

    # 3 Qonto fee invoice
    t = """Bonjour Fabien,

Votre facture Qonto de novembre 2026 est disponible.

Abonnement Basic : 11,00 € HT
Opérations supplémentaires : 0,00 €
Total : 13,20 € TTC, prélevé sur votre compte le 01/12/2026.

Télécharger la facture : https://app.qonto.com/settings/invoices

L'équipe Qonto
"""
    o("qonto_facture_abonnement_novembre", "Qonto <invoices@qonto.com>", "Votre facture Qonto de novembre 2026", D(1, "05:02"),
      "<0102019398a06172-8394a5b6-c7d8-e9f0-a1b2-c3d4e5f60718-000000@eu-west-1.amazonses.com>", t,
      group="Qonto", pattern="the bank's own fee invoice (guide: other)", provider="Qonto",
      notes="from a bank, mentions a debit, but it is the bank's invoice: other per guide")

    # 4 URSSAF auto-entrepreneur reminder
    t = """Madame, Monsieur,

Vous êtes micro-entrepreneur et vous avez opté pour une déclaration mensuelle de votre chiffre d'affaires.

Votre déclaration au titre du mois de novembre 2026 est à effectuer au plus tard le 31 décembre 2026 sur autoentrepreneur.urssaf.fr, même en l'absence de chiffre d'affaires.

Le paiement des cotisations et contributions sociales est effectué en même temps que la déclaration.

Votre Urssaf

Ce message est envoyé automatiquement. Pour nous contacter, utilisez la messagerie de votre espace en ligne.
"""
    o("urssaf_rappel_declaration_ca", "Urssaf <ne-pas-repondre@urssaf.fr>", "Rappel : votre déclaration de chiffre d'affaires", D(1, "07:30"),
      "<urssaf.ae.20261201073001.29-004812345@urssaf.fr>", t, group="URSSAF", pattern="public body reminder: declare turnover before 31 Dec")

    # 5 impots.gouv CFE
    t = """Bonjour,

Votre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr, rubrique « Consulter > Avis CFE ».

Date limite de paiement : 15 décembre 2026.

Pour rappel, le paiement de la CFE doit obligatoirement être effectué par un moyen dématérialisé (prélèvement à l'échéance, prélèvement mensuel ou paiement direct en ligne).

La Direction générale des Finances publiques

Ce courriel vous a été adressé automatiquement, merci de ne pas y répondre.
"""
    o("impots_gouv_avis_cfe_disponible", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Votre avis de CFE 2026 est disponible", D(30, "10:20"),
      "<DGFIP-CFE-20261130102011-7781@dgfip.finances.gouv.fr>", t, group="DGFiP", pattern="tax notice available, payment deadline")

    # 6 AlphaTango / DGAC (drone registration)
    t = """Bonjour,

Votre déclaration d'activité d'exploitant UAS (catégorie spécifique, scénario standard STS-01) a bien été enregistrée sur le portail AlphaTango.

Numéro d'exploitant : FRA-OP-29-004417
Validité : jusqu'au 03/12/2028

Pensez à mettre à jour vos aéronefs et télépilotes déclarés en cas de changement.

Direction générale de l'Aviation civile - Portail AlphaTango
Ne répondez pas à ce message.
"""
    o("alphatango_dgac_declaration_enregistree", "AlphaTango <ne-pas-repondre@alphatango.example.gouv.fr>",
      "AlphaTango - Confirmation de votre déclaration d'activité", D(3, "16:12"),
      "<alphatango.20261203161201.004417@alphatango.example.gouv.fr>", t, group="DGAC AlphaTango",
      pattern="regulator notification specific to drone pilots", notes="sender domain made up under example.gouv.fr")

    # 7 drone insurance renewal notice
    t = """Bonjour M. Morvan,

Votre contrat Responsabilité Civile Professionnelle Drone n° AD-55129 arrive à échéance le 31/12/2026.

Avis d'échéance 2027
Prime annuelle TTC : 389,00 €
Garanties : RC exploitation 1 500 000 € / dommages aux drones (2 appareils)

Si vous avez opté pour le paiement par virement, merci de régler avant le 31/12/2026 en indiquant la référence AD-55129.

Votre attestation d'assurance 2027 sera disponible dans votre espace client dès réception du paiement.

Assurdrone - courtier en assurances, ORIAS n° 00 000 000
"""
    o("assurdrone_avis_echeance_2027", "Assurdrone <contrats@assurdrone.example.fr>", "Avis d'échéance 2027 - contrat AD-55129", D(30, "14:00"),
      "<avis-echeance-AD-55129-2027@assurdrone.example.fr>", t, group="Assurdrone (insurer)", pattern="insurer's premium notice to the owner",
      notes="the owner pays it on 2 Dec (payment_notification/hellobank_virement_emis_assurance)")

    # 8 Malt marketplace message
    h = html_wrap('<div style="max-width:560px;margin:auto;background:#fff;padding:24px"><p>Bonjour Fabien,</p><p><b>Claire de Groupe Nexity-Ouest (exemple)</b> vous a envoyé un message :</p><blockquote style="border-left:3px solid #fc5656;padding-left:12px;color:#444">Bonjour, nous aurions besoin de prises de vue aériennes pour 3 programmes neufs à Brest et Quimper en janvier. Êtes-vous disponible pour en discuter ?</blockquote><p><a href="https://www.malt.fr/messages" style="background:#fc5656;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Répondre sur Malt</a></p><p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez un profil freelance sur Malt. <a href="https://www.malt.fr/notifications">Gérer mes notifications</a></p></div>')
    o("malt_nouveau_message_client", "Malt <notifications@malt.com>", "Nouveau message de Claire concernant une mission", D(2, "11:50"),
      "<malt.msg.20261202115002.8812@malt.com>", "Bonjour Fabien,\n\nClaire vous a envoyé un message sur Malt.\nRépondre : https://www.malt.fr/messages\n", h,
      extra=LU("https://www.malt.fr/notifications/unsubscribe"), group="Malt", pattern="freelance marketplace message notification")

    # 9 LinkedIn
    h = html_wrap('<table width="512" align="center" style="background:#fff"><tr><td style="padding:20px"><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" width="84" alt="LinkedIn"><h2 style="font-size:20px">Fabien, vous êtes apparu(e) dans 14 recherches cette semaine</h2><p>Découvrez qui vous a cherché : directeur de travaux, gérant d\'agence immobilière...</p><p><a href="https://www.linkedin.com/me/search-appearances/">Voir toutes les recherches</a></p><p style="font-size:11px;color:#666">Cet e-mail était destiné à Fabien Morvan (Télépilote drone - inspections & prises de vue). <a href="https://www.linkedin.com/e/unsubscribe">Se désabonner</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table>')
    o("linkedin_apparitions_recherches", "LinkedIn <notifications-noreply@linkedin.com>", "Fabien, vous êtes apparu(e) dans 14 recherches cette semaine", D(1, "09:40"),
      "<1493118772.3881204.1764578400228@ltx1-app7711.prod.linkedin.com>", "Fabien, vous êtes apparu(e) dans 14 recherches cette semaine.\nhttps://www.linkedin.com/me/search-appearances/\n", h,
      extra=LU("https://www.linkedin.com/e/unsubscribe"), group="LinkedIn", pattern="social network notification")

    # 10 phishing imitating Crédit Agricole
    h = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px;border-top:5px solid #009597"><h2>Crédit Agricole - Sécurité</h2><p>Cher(e) client(e),</p><p>Dans le cadre de la directive européenne DSP2, votre dispositif <b>SécuriPass</b> doit être réactivé avant le <b>05/12/2026</b>. Sans action de votre part, l\'accès à votre compte et vos virements entrants seront <b>suspendus</b>.</p><p><a href="http://ca-securipass-verification.example.info/reactivation" style="background:#009597;color:#fff;padding:12px 20px;text-decoration:none">Réactiver mon SécuriPass</a></p><p>Un virement de 1 480,00 € est actuellement en attente de validation sur votre compte.</p><p style="font-size:11px;color:#999">Crédit Agricole S.A. - Service Client</p></div>')
    o("phishing_credit_agricole_securipass", "=?utf-8?q?Cr=C3=A9dit_Agricole?= <service-client@ca-securipass-verification.example.info>",
      "Action requise : votre SécuriPass expire", D(3, "02:17"), "<20261203011722.5f3a9c@mailer.example.info>", None, h,
      extra=[("Reply-To", "noreply@ca-securipass-verification.example.info")],
      group="phishing", pattern="phishing imitating a bank, mentions a pending transfer of 1 480 €")

    # 11 phishing imitating PayPal payment received
    t = """PayPal

Vous avez reçu un paiement de 1 480,00 € EUR

Bonjour,

Un client vous a envoyé 1 480,00 € EUR. Pour des raisons de sécurité, les fonds sont bloqués jusqu'à la confirmation de votre identité.

Confirmez votre compte ici : https://paypal-resolution-center.example.net/confirm?id=88123

Si vous ne confirmez pas sous 24 heures, le paiement sera remboursé à l'expéditeur.

Service Clientèle PayPal
"""
    o("phishing_paypal_paiement_bloque", "PayPal Service <paypal.service.fr@secure-mail-notify.example.net>",
      "Vous avez reçu un paiement de 1 480,00 € EUR - action requise", D(1, "23:48"),
      "<a81c2f0e9d@secure-mail-notify.example.net>", t, group="phishing",
      pattern="phishing imitating PayPal money received; look-alike sender domain")

    # 12 spam "vous avez gagné"
    h = html_wrap('<center><h1 style="color:#e00">FÉLICITATIONS !!!</h1><p style="font-size:18px">Vous avez été sélectionné pour recevoir un <b>DJI Mavic 3 Pro</b> !</p><p>Il vous suffit de répondre à 3 questions et de payer les frais de port (1,95 €).</p><p><a href="http://cadeau-drone-gagnant.example.biz/claim">JE RÉCUPÈRE MON CADEAU</a></p><p style="font-size:10px">Pour ne plus recevoir nos offres, cliquez ici.</p></center>')
    o("spam_vous_avez_gagne_drone", "Service Cadeaux <gagnant@promo-cadeaux.example.biz>", "Fabien, vous avez gagné un DJI Mavic 3 Pro 🎁", D(4, "05:31"),
      "<20261204043101.77a1@promo-cadeaux.example.biz>", None, h, group="spam", pattern="prize spam with shipping-fee hook")

    # 13 Google Calendar invitation (text/calendar)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261209T090000Z
DTEND:20261209T100000Z
DTSTAMP:20261202T143000Z
ORGANIZER;CN=Thomas Le Roux:mailto:t.leroux.iroise@example.com
UID:4k2v9q8m1r7s3t5u6w0x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fabien@morvan-drone.fr;X-NUM-GUESTS=0:mailto:fabien@morvan-drone.fr
CREATED:20261202T142900Z
DESCRIPTION:Point sur les prises de vue de fin de chantier (drone)
LOCATION:Chantier Les Hauts de Kerinou\\, Brest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Réunion chantier Les Hauts de Kerinou
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    txt = "Thomas Le Roux vous a invité à un événement\nRéunion chantier Les Hauts de Kerinou\nmercredi 9 déc. 2026 ⋅ 10:00 – 11:00 (heure normale d'Europe centrale)\nChantier Les Hauts de Kerinou, Brest\n\nRépondre : Oui / Non / Peut-être\n\nInvitation de Google Agenda\n"
    body = Multi("mixed", [Multi("alternative", [Leaf("text/plain", txt), Leaf("text/html", html_wrap(text_to_html(txt))),
                                                 Leaf("text/calendar", ics, params="; method=REQUEST")], "000000000000f9e8d7c6b5a49382"),
                           Leaf("application/ics", ics.encode(), charset=None, cte="base64", params='; name="invite.ics"',
                                headers=['Content-Disposition: attachment; filename="invite.ics"'])],
                 "000000000000f9e8d7c6b5a49381")
    emit(L, "google_agenda_invitation_reunion_chantier", build([
        ("From", "Thomas Le Roux (Google Agenda) <calendar-notification@google.com>"), ("To", OWNER),
        ("Reply-To", "Thomas Le Roux <t.leroux.iroise@example.com>"),
        ("Subject", H("Invitation: Réunion chantier Les Hauts de Kerinou @ mer. 9 déc. 2026 10:00 - 11:00 (CET) (fabien@morvan-drone.fr)")),
        ("Date", D(2, "15:30")), ("Message-ID", "<calendar-4k2v9q8m1r7s3t5u6w0x@google.com>"), ("Sender", "Google Agenda <calendar-notification@google.com>")], body),
        lang="fr", source_group="Google Calendar", pattern="calendar invitation with text/calendar METHOD:REQUEST and .ics", facts="")

    # 14 Doctolib reminder
    t = """Rappel de votre rendez-vous

Bonjour Fabien MORVAN,

Nous vous rappelons votre rendez-vous :
Lundi 7 décembre 2026 à 08:45
Dr Katell Le Hénaff - Médecin généraliste
12 rue Jean Jaurès, 29200 Brest

Empêché(e) ? Pensez à annuler votre rendez-vous pour libérer le créneau.

L'équipe Doctolib
Cet e-mail vous a été envoyé automatiquement. Merci de ne pas y répondre.
"""
    o("doctolib_rappel_rendez_vous", "Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous du lundi 7 décembre", D(4, "10:00"),
      "<doctolib.reminder.20261204100002.1a2b3c@doctolib.fr>", t, group="Doctolib", pattern="appointment reminder with a date (not a payment)")

    # 15 Colissimo shipping
    h = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px"><h2 style="color:#ff6b00">Votre colis arrive demain</h2><p>Bonjour,</p><p>Votre colis n° <b>6A21934401875</b> expédié par <b>STUDIOSPORT / DRONE SHOP</b> sera livré le <b>jeudi 3 décembre</b> entre 9h et 13h.</p><p><a href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A21934401875">Suivre mon colis</a></p><p style="font-size:11px;color:#888">Colissimo - La Poste. Ne répondez pas à ce message.</p></div>')
    o("colissimo_colis_arrive_demain", "Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis 6A21934401875 arrive demain", D(2, "18:10"),
      "<colissimo.6A21934401875.20261202@notif-colissimo-laposte.info>", "Votre colis 6A21934401875 sera livré le jeudi 3 décembre.\n", h,
      group="Colissimo", pattern="shipping notice with tracking number")

    # 16 bank newsletter (Qonto)
    h = html_wrap('<div style="max-width:600px;margin:auto;background:#fff;padding:24px"><h1>Les nouveautés de décembre</h1><p>Bonjour Fabien,</p><h3>🧾 Facturation électronique : êtes-vous prêt pour 2027 ?</h3><p>À partir de septembre 2027, les TPE et micro-entreprises devront pouvoir émettre des factures électroniques. Découvrez comment Qonto vous accompagne.</p><h3>💳 Cartes virtuelles illimitées</h3><p>Désormais disponibles dès le forfait Smart.</p><p><a href="https://qonto.com/fr/blog">Lire la suite</a></p><p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous êtes client Qonto. <a href="https://qonto.com/unsubscribe">Se désabonner</a>.</p></div>')
    o("qonto_newsletter_decembre", "Qonto <newsletter@qonto.com>", "Facturation électronique, cartes virtuelles : les nouveautés de décembre", D(3, "10:00"),
      "<nl-202612.8812bc@newsletter.qonto.com>", "Les nouveautés de décembre - version texte : https://qonto.com/fr/blog\n", h,
      extra=LU("https://qonto.com/unsubscribe") + [("Precedence", "bulk")], group="Qonto", provider="Qonto",
      pattern="bank newsletter (marketing from a bank)")

    # 17 Pix4D subscription renewal (EN)
    t = """Hi Fabien,

Your PIX4Dmapper monthly subscription will renew on 4 December 2026.

Plan: PIX4Dmapper - Monthly
Amount: EUR 89.00 (excl. VAT)
Payment method: Mastercard ending 4471

No action is needed. To manage your subscription, visit https://account.pix4d.com.

The Pix4D team
Pix4D SA, Route de Renens 24, 1008 Prilly, Switzerland
"""
    o("pix4d_en_subscription_renewal", "Pix4D <no-reply@pix4d.com>", "Your PIX4Dmapper subscription renews soon", D(1, "12:00", "+0000"),
      "<pix4d.renewal.20261201.55810@pix4d.com>", t, lang="en", group="Pix4D", pattern="SaaS subscription renewal notice (amount, card)")

    # 18 professional federation newsletter
    t = """LETTRE D'INFORMATION - DÉCEMBRE 2026
Fédération Professionnelle du Drone Civil

Au sommaire :
- Réglementation : ce qui change au 1er janvier 2027 pour les scénarios STS
- Assurance : résultats de notre enquête tarifs RC 2027
- Formation : sessions de recyclage télépilote à Rennes et Nantes
- Vie de la fédération : assemblée générale le 28 janvier

Lire la lettre en ligne : https://www.federation-drone.example.org/lettre-2026-12

Vous recevez cette lettre en tant qu'adhérent. Se désinscrire : https://www.federation-drone.example.org/desinscription
"""
    o("federation_drone_lettre_decembre", "FPDC - Fédération du Drone Civil <lettre@federation-drone.example.org>",
      "Lettre d'information FPDC - décembre 2026", D(2, "08:00"), "<lettre-2026-12.44f1@federation-drone.example.org>", t,
      extra=LU("https://www.federation-drone.example.org/desinscription") + [("Precedence", "bulk")],
      group="professional federation", pattern="professional body newsletter, plain text")

    # 19 landlord: rent notice for the storage unit/workshop
    t = """Madame, Monsieur,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/12/2026 au 31/12/2026.

Locataire : MORVAN FABIEN
Lot : Local d'activité n° 7 - ZA de Kerscao, Le Relecq-Kerhuon
Loyer : 320,00 €
Provisions sur charges : 35,00 €
Total à régler : 355,00 €

Le règlement sera effectué par prélèvement le 05/12/2026.

Cordialement,
Le service Gérance
Cabinet Gestion Iroise
"""
    avis = pdf(["CABINET GESTION IROISE - AVIS D'ECHEANCE", "Periode du 01/12/2026 au 31/12/2026", "Locataire : MORVAN FABIEN",
                "Loyer 320,00  Provisions 35,00", "Total 355,00 EUR - prelevement le 05/12/2026"], "Avis d'echeance")
    o("gerance_avis_echeance_local", "Gérance Gestion Iroise <gerance@gestion-iroise.example.fr>", "Avis d'échéance décembre 2026", D(30, "11:30"),
      "<AE.202612.7.MORVAN@gestion-iroise.example.fr>", t, charset="iso-8859-15",
      attachments=[attach(avis, "application/pdf", "AvisEcheance_202612_MORVAN.pdf")],
      group="landlord", pattern="rent notice (avis d'échéance) with PDF, future debit")

    # 20 EDF electricity bill
    t = """Bonjour,

Votre facture d'électricité est disponible dans votre Espace Client EDF Entreprises.

Référence client : 4 012 558 901
Montant : 62,47 € TTC
Date limite de paiement : 18/12/2026 (prélèvement automatique)

Pour consulter votre facture : https://entreprises.edf.fr/espace-client

EDF - SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris
Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.
"""
    o("edf_facture_electricite_disponible", "EDF Entreprises <noreply@edf.fr>", "Votre facture d'électricité est disponible", D(3, "05:45"),
      "<edf.ent.fact.20261203054501.4012558901@edf.fr>", t, group="EDF", pattern="utility bill to the owner")

    # 21 Google security alert
    t = """Alerte de sécurité

Nouvelle connexion sur Windows
fabien.morvan.drone@gmail.example

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, aucune action n'est requise. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Consulter l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    o("google_alerte_securite_connexion", "Google <no-reply@accounts.google.com>", "Alerte de sécurité", D(4, "20:11"),
      "<aB3cD4eF5gH6iJ7kL8mN9o-security@accounts.google.com>", t, group="Google account", pattern="security alert, new sign-in")

    # 22 public tenders alert
    t = """Veille marchés publics - 2 nouveaux avis correspondent à vos critères

1. Brest Métropole - Prestations de prises de vue aériennes par drone pour le suivi de travaux (2027-2029)
   Procédure adaptée - Date limite de remise des offres : 08/01/2027

2. Département du Finistère - Relevés photogrammétriques d'ouvrages d'art
   Appel d'offres ouvert - Date limite : 15/01/2027

Consulter les avis : https://www.marches-publics-veille.example.fr/mes-alertes

Pour modifier vos critères (mots-clés : drone, photogrammétrie, prises de vue aériennes ; départements 29, 22, 56), rendez-vous dans votre espace.
"""
    o("veille_marches_publics_drone", "Veille Marchés <alertes@marches-publics-veille.example.fr>", "2 nouveaux avis de marché : drone, photogrammétrie", D(1, "06:00"),
      "<veille.20261201060001.3312@marches-publics-veille.example.fr>", t, extra=LU("https://www.marches-publics-veille.example.fr/desinscription"),
      group="tender alerts", pattern="public procurement alert")

    # 23 Yousign signed document
    t = """Bonjour Fabien Morvan,

Le document « Devis D-2026-048 - Suivi aérien chantier Kerinou 2027 » a été signé par toutes les parties.

Signataires :
- Thomas Le Roux (Iroise Promotion) - signé le 03/12/2026 à 17:42
- Fabien Morvan - signé le 03/12/2026 à 18:05

Vous pouvez télécharger le document signé et le dossier de preuve depuis votre espace Yousign.

Yousign - Signature électronique
"""
    o("yousign_devis_signe", "Yousign <noreply@yousign.com>", "Document signé : Devis D-2026-048", D(3, "18:06"),
      "<ys.sig.20261203180602.9af1@yousign.com>", t, group="Yousign", pattern="e-signature completed (quote)")

    # 24 Chorus Pro status (not payment)
    t = """Bonjour,

La facture n° F-2026-0376 déposée sur Chorus Pro a changé de statut.

Fournisseur : MORVAN FABIEN (SIRET 912 345 678 00017)
Destinataire : SYNDICAT MIXTE DU PARC (200 012 345 00018)
Montant TTC : 980,00 €
Nouveau statut : MISE À DISPOSITION DU DESTINATAIRE
Date : 04/12/2026

Ce courriel est envoyé automatiquement par Chorus Pro. Merci de ne pas y répondre.
"""
    o("chorus_pro_statut_mise_a_disposition", "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
      "Chorus Pro - Changement de statut de votre facture F-2026-0376", D(4, "15:22"),
      "<chorus.20261204152201.F-2026-0376@chorus-pro.example.gouv.fr>", t, group="Chorus Pro",
      pattern="e-invoicing portal status 'mise à disposition' (not a payment)",
      notes="a later 'mise en paiement' status would be closer to a remittance; this one only says the invoice reached the buyer")

    # 25 DMARC aggregate report
    import gzip, io
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email><report_id>15507782261234567890</report_id><date_range><begin>1764460800</begin><end>1764547199</end></date_range></report_metadata>
  <policy_published><domain>morvan-drone.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>
  <record><row><source_ip>198.51.100.12</source_ip><count>14</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>morvan-drone.fr</header_from></identifiers><auth_results><dkim><domain>morvan-drone.fr</domain><result>pass</result></dkim><spf><domain>morvan-drone.fr</domain><result>pass</result></spf></auth_results></record>
</feedback>
"""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="google.com!morvan-drone.fr!1764460800!1764547199.xml", mode="wb", fileobj=buf, mtime=1764547200) as g:
        g.write(xml.encode())
    body = Multi("mixed", [Leaf("text/plain", "", charset="UTF-8", cte="7bit"),
                           Leaf("application/gzip", buf.getvalue(), charset=None, cte="base64",
                                params='; name="google.com!morvan-drone.fr!1764460800!1764547199.xml.gz"',
                                headers=['Content-Disposition: attachment; filename="google.com!morvan-drone.fr!1764460800!1764547199.xml.gz"'])],
                 "000000000000a9b8c7d6e5f40312")
    emit(L, "dmarc_aggregate_report_google", build([
        ("From", "noreply-dmarc-support@google.com"), ("To", "dmarc@morvan-drone.fr"),
        ("Subject", "Report domain: morvan-drone.fr Submitter: google.com Report-ID: 15507782261234567890"),
        ("Date", D(1, "00:59", "-0800")), ("Message-ID", "<15507782261234567890@google.com>")], body),
        lang="en", source_group="DMARC reports", pattern="DMARC aggregate report, empty text part + gzip XML", facts="")


# What some formats are modelled on (public material looked up with the search tool; nothing copied verbatim).
BASED_ON = {
    "payment_notification/lcl_avertis_operation_creditrice_drfip.eml": "LCL Avertis alert types (solde inférieur/supérieur, opération créditrice/débitrice) as described on lcl.fr/compte-bancaire/lcl-avertis",
    "payment_notification/banque_postale_alerte_solde_bas.eml": "threshold balance alerts as documented by French banks (lcl.fr LCL Avertis page)",
    "payment_notification/sumeria_vous_a_envoye.eml": "Sumeria/Lydia notification types (virement reçu, échec, prélèvements à venir) from support.sumeria.eu",
    "payment_notification/stripe_en_payout_failed_account_closed.eml": "Stripe payout failure codes (account_closed, ...) and Stripe support page on bank notifications of change",
    "payment_notification/stripe_en_payout_on_its_way.eml": "Stripe payout e-mail behaviour (support.stripe.com)",
    "bounce/gmail_fr_adresse_introuvable.eml": "RFC 3464 delivery-status layout; Gmail DSN fields as quoted in rgl/MailBounceDetector README",
    "bounce/gmail_en_delay_not_delivered_yet.eml": "RFC 3464 (Action: delayed, Will-Retry-Until); Gmail DSN sample in rgl/MailBounceDetector README",
    "bounce/ovh_postfix_wanadoo_destinataire_invalide.eml": "Postfix bounce(8) notification text and multipart/report layout",
    "bounce/ovh_postfix_delayed_warning.eml": "Postfix delay warning text (delay_warning_time)",
    "bounce/qmail_failure_notice_sans_dsn.eml": "qmail-send 'failure notice' wording",
    "bounce/orange_boite_pleine_5_2_2.eml": "French bilingual MTA notices (e.g. Sympa's mailer template); Orange's own wording not verified",
    "payment_notification/fortuneo_prelevement_urssaf.eml": "pre-notification of a SEPA direct debit: announced debit, labelled out",
}


def main():
    for d in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        p = os.path.join(OUT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
    human()
    payments()
    autos()
    bounces()
    others()
    for r in ROWS:
        extra = BASED_ON.get(r["file"])
        if extra:
            r["notes"] = (r["notes"] + "; " if r["notes"] else "") + "based on: " + extra
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLUMNS]
            f.write("\t".join(vals) + "\n")
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    print(len(ROWS), dict(c))


if __name__ == "__main__":
    main()
