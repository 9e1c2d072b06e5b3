#!/usr/bin/env python3
"""build.py - writes the 'final18' blind evaluation set for dunnerd (set "ae").

Owner: Thomas Girardin <thomas@girardin-pianos.fr>, piano tuner and restorer, Dijon
(sole trader, micro-entrepreneur).  Every message is written by hand below (no real
message bytes are copied); formats follow the documented / commonly seen notice
layouts of each sender (see `pattern` and `notes` in labels.tsv).

Standard library only.  Run:  python3 build.py
"""
import base64
import hashlib
import os
import quopri
import shutil
import zlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final18"
OWNER_NAME = "Thomas Girardin"
OWNER_ADDR = "thomas@girardin-pianos.fr"
OWNER = "Thomas Girardin <thomas@girardin-pianos.fr>"
OWNER_IBAN = "FR76 1695 8000 0147 2263 8190 442"
LABELS = ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]

COLUMNS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
           "fidelity", "lang", "provider", "source_group", "pattern", "direction",
           "amount", "currency", "payer", "reference", "value_date",
           "counts_as_payment", "facts", "split", "notes"]

ROWS = []
_seq = [0]


def _h(*parts):
    _seq[0] += 1
    return hashlib.sha1(("|".join(str(p) for p in parts) + str(_seq[0])).encode()).hexdigest()


# ---------------------------------------------------------------- dates
_DAYS = {30: ("Mon", "Nov"), 1: ("Tue", "Dec"), 2: ("Wed", "Dec"), 3: ("Thu", "Dec"),
         4: ("Fri", "Dec")}


def D(day, hh, mm, ss=0, tz="+0100"):
    wd, mon = _DAYS[day]
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, day, mon, hh, mm, ss, tz)


def D_noday(day, hh, mm, ss=0, tz="+0100"):
    # some mailers omit the weekday
    wd, mon = _DAYS[day]
    return "%d %s 2026 %02d:%02d:%02d %s" % (day, mon, hh, mm, ss, tz)


# ---------------------------------------------------------------- message ids
def mid_gmail(dom="mail.gmail.com"):
    h = _h("g")
    return "<CA%s%s@%s>" % (h[:2].upper() + "+", base64.b32encode(bytes.fromhex(h)).decode()[:38]
                             .replace("=", "").lower().replace("a", "A", 3), dom)


def mid_outlook(tenant="PAXP193MB1822", region="EURP193"):
    h = _h("o").upper()
    return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (tenant, h[:20], tenant, region)


def mid_apple(dom):
    h = _h("a").upper()
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)


def mid_plain(dom, prefix=""):
    h = _h("p")
    return "<%s%s.%s@%s>" % (prefix, h[:16], h[16:24], dom)


def rem_id(n, k=1):
    return "<dunnerd.%d.%d@girardin-pianos.fr>" % (n, k)


# ---------------------------------------------------------------- headers
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def A(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


# ---------------------------------------------------------------- MIME building (bytes)
def _encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="",
         headers=(), ctype=None):
    """A single MIME part (as bytes, headers included)."""
    data = body.encode(charset) if isinstance(body, str) else body
    if ctype is None:
        ctype = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    lines = ["Content-Type: " + ctype]
    if cte:
        lines.append("Content-Transfer-Encoding: " + cte)
    lines += list(headers)
    payload = _encode(data, cte)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return ("\n".join(lines) + "\n\n").encode("ascii") + payload


def attach(data, ctype, filename, disp="attachment"):
    return leaf(data, cte="base64", ctype='%s; name="%s"' % (ctype, filename),
                headers=['Content-Disposition: %s; filename="%s"' % (disp, filename)])


def multi(subtype, parts, params="", preamble=None, boundary=None):
    b = boundary or ("----=_Part_%s" % _h("b")[:24])
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, b, params)).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"--" + b.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return out


def rfc822(inner):
    return b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner


def eml(headers, body, crlf=False):
    """headers: list of (name, value); body: bytes of a MIME entity (with its headers)."""
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    out += body
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def inner_msg(headers, text, charset="utf-8"):
    """A short embedded message (for bounces: original message)."""
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    out += 'MIME-Version: 1.0\nContent-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: quoted-printable\n\n' % charset
    return out.encode() + quopri.encodestring(text.encode(charset)) + b"\n"


# ---------------------------------------------------------------- tiny PDF
def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        content += "(%s) '\n" % esc(ln.encode("latin-1", "replace").decode("latin-1"))
    content += "ET\n"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"endstream",
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


# ---------------------------------------------------------------- amounts
def fr(x, sep="\u00a0", cur=" €"):
    s = "%.2f" % x
    ent, dec = s.split(".")
    g = ""
    while len(ent) > 3:
        g = sep + ent[-3:] + g
        ent = ent[:-3]
    return ent + g + "," + dec + cur


def en(x, cur="€"):
    return "%s%s" % (cur, "{:,.2f}".format(x))


# ---------------------------------------------------------------- the owner's reminders (quoted in replies)
def rem_fr(inv, amount, due, civ="Bonjour,"):
    return """%s

Sauf erreur de ma part, la facture %s d'un montant de %s, échue le %s, reste à ce jour impayée.

Vous la trouverez en pièce jointe. Je vous remercie de bien vouloir procéder à son règlement par virement (IBAN %s) ou de me faire savoir si un point pose question.

Bien cordialement,

Thomas Girardin
Accord, entretien et restauration de pianos
12 rue Berbisey - 21000 Dijon
06 71 42 18 93 - girardin-pianos.fr""" % (civ, inv, fr(amount, " "), due, OWNER_IBAN)


def rem_en(inv, amount, due):
    return """Hello,

Unless I am mistaken, invoice %s for %s, due on %s, is still unpaid.

Please find it attached. I would be grateful if you could arrange payment by bank transfer (IBAN %s, BIC QNTOFRP1XXX) or let me know if anything needs clarifying.

Kind regards,

Thomas Girardin
Piano tuning & restoration - Dijon, France
+33 6 71 42 18 93""" % (inv, en(amount), due, OWNER_IBAN)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def rsub_fr(inv):
    return "Rappel : facture %s échue" % inv


def rsub_en(inv):
    return "Reminder: invoice %s is overdue" % inv


# ---------------------------------------------------------------- registry
def add(label, name, raw, lang, group, pattern, provider="", direction="", amount="",
        currency="", payer="", reference="", value_date="", cap="", facts="", notes="",
        fidelity="synthetic"):
    assert label in LABELS, label
    fn = "%s/%s.eml" % (label, name)
    assert all(r["file"] != fn for r in ROWS), fn
    os.makedirs(os.path.join(OUT, label), exist_ok=True)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
    ROWS.append(dict(file=fn, label=label, source_repo="synthetic", source_path="build.py",
                     source_commit="", license="written for dunnerd", fidelity=fidelity,
                     lang=lang, provider=provider, source_group=group, pattern=pattern,
                     direction=direction, amount=amount, currency=currency, payer=payer,
                     reference=reference, value_date=value_date, counts_as_payment=cap,
                     facts=facts, split=SPLIT, notes=notes))


def std(frm, to, subj, date, mid, extra=(), charset="utf-8", irt=None, refs=None, cc=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subj, charset)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    return h


# ================================================================= reply helpers
import html as _html

FR_DAY = {30: ("lun.", "lundi", "30 nov.", "30 novembre"), 1: ("mar.", "mardi", "1 déc.", "1 décembre"),
          2: ("mer.", "mercredi", "2 déc.", "2 décembre"), 3: ("jeu.", "jeudi", "3 déc.", "3 décembre"),
          4: ("ven.", "vendredi", "4 déc.", "4 décembre")}
EN_DAY = {30: ("Mon", "Monday", "November 30"), 1: ("Tue", "Tuesday", "December 1"),
          2: ("Wed", "Wednesday", "December 2"), 3: ("Thu", "Thursday", "December 3"),
          4: ("Fri", "Friday", "December 4")}


def q_gmail_fr(day, t="08:00"):
    a, _, c, _ = FR_DAY[day]
    return "Le %s %s 2026 à %s, Thomas Girardin <%s> a écrit :" % (a, c, t, OWNER_ADDR)


def q_apple_fr(day, t="08:00"):
    return "Le %s 2026 à %s, Thomas Girardin <%s> a écrit :" % (FR_DAY[day][2], t, OWNER_ADDR)


def q_tb_fr(day, t="08:00"):
    dd = {30: "30/11", 1: "01/12", 2: "02/12", 3: "03/12", 4: "04/12"}[day]
    return "Le %s/2026 à %s, Thomas Girardin a écrit :" % (dd, t)


def q_gmail_en(day, t="08:00"):
    return "On %s, %s, 2026 at %s AM Thomas Girardin <%s> wrote:" % (EN_DAY[day][0], EN_DAY[day][2][:3] + EN_DAY[day][2][EN_DAY[day][2].index(" "):], t.lstrip("0"), OWNER_ADDR)


def esc(s):
    return _html.escape(s, quote=False)


def htmlize_div(text):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    return "\n".join(out)


def gmail_alt(new, qh, quoted, charset="utf-8"):
    plain = new + "\n\n" + qh + "\n\n" + quote(quoted) + "\n"
    h = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
         % (htmlize_div(new), esc(qh), htmlize_div(quoted)))
    return multi("alternative", [leaf(plain, charset=charset), leaf(h, "html", charset=charset)],
                 boundary="000000000000%s" % _h("gm")[:16])


def outlook_block_fr(day, to, subj, t="08:00"):
    a, full, c, long = FR_DAY[day]
    return [("De", "Thomas Girardin &lt;%s&gt;" % OWNER_ADDR), ("Envoyé", "%s %s 2026 %s" % (full, long, t)),
            ("À", esc(to)), ("Objet", esc(subj))]


def outlook_block_en(day, to, subj, t="8:00 AM"):
    return [("From", "Thomas Girardin &lt;%s&gt;" % OWNER_ADDR),
            ("Sent", "%s, %s, 2026 %s" % (EN_DAY[day][1], EN_DAY[day][2], t)),
            ("To", esc(to)), ("Subject", esc(subj))]


def outlook_html(paras, sig_html="", block=None, quoted="", disclaimer_html=""):
    body = ""
    for p in paras:
        body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(p) if p else "&nbsp;")
    body += sig_html
    if block:
        body += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' %
                 "<br>\n".join("<b>%s&nbsp;:</b> %s" % (k, v) if k in ("De", "Envoyé", "À", "Objet", "Cc")
                                else "<b>%s:</b> %s" % (k, v) for k, v in block))
        for ln in quoted.split("\n"):
            body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(ln) if ln.strip() else "&nbsp;")
    body += disclaimer_html
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%CS%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + body + '</div>\n</body>\n</html>\n')


def outlook_htmlonly(paras, cs="windows-1252", **kw):
    h = outlook_html(paras, **kw).replace("%CS%", cs)
    return leaf(h, "html", charset=cs, cte="quoted-printable")


def outlook_alt(paras, plain_sig, block_txt, quoted, cs="utf-8", **kw):
    plain = "\n".join(paras) + "\n" + plain_sig + "\n\n"
    if block_txt:
        plain += block_txt + "\n\n" + quoted + "\n"
    h = outlook_html(paras, quoted=quoted, **kw).replace("%CS%", cs)
    return multi("alternative", [leaf(plain, charset=cs), leaf(h, "html", charset=cs)],
                 boundary="_000_%s_" % _h("ol").upper()[:32])


def block_txt_fr(day, to, subj, t="08:00"):
    a, full, c, long = FR_DAY[day]
    return ("De : Thomas Girardin <%s>\nEnvoyé : %s %s 2026 %s\nÀ : %s\nObjet : %s"
            % (OWNER_ADDR, full, long, t, to, subj))


def block_txt_en(day, to, subj, t="8:00 AM"):
    return ("From: Thomas Girardin <%s>\nSent: %s, %s, 2026 %s\nTo: %s\nSubject: %s"
            % (OWNER_ADDR, EN_DAY[day][1], EN_DAY[day][2], t, to, subj))


def RE(s, p="RE: "):
    return p + s


OWN_TO = OWNER


def H(name, raw, lang, group, pattern, facts="", notes=""):
    add("human_reply", name, raw, lang, group, pattern, facts=facts, notes=notes)


# ================================================================= HUMAN REPLIES
def build_human():
    # ---- H01 iPhone, top-posted, "je fais le virement vendredi"
    inv, amt = "F-2026-0398", 145.00
    txt = ("Bonjour Monsieur Girardin,\n\nToutes mes excuses, votre mail était parti dans mes promotions. "
           "Je fais le virement vendredi sans faute.\n\nBien à vous,\nHélène Perrin\n\nEnvoyé de mon iPhone\n\n"
           + q_apple_fr(30) + "\n\n" + quote(rem_fr(inv, amt, "15/11/2026", "Bonjour Madame Perrin,")) + "\n")
    raw = eml(std(A("Hélène Perrin", "helene.perrin@example.fr"), OWN_TO, "Re: " + rsub_fr(inv), D(30, 12, 41, 9),
                  mid_apple("example.fr"), irt=rem_id(398), extra=[("X-Mailer", "iPhone Mail (23B85)")]),
              leaf(txt, cte="quoted-printable"))
    H("perrin_iphone_virement_vendredi", raw, "fr", "client Hélène Perrin (private)",
      "iPhone, top-posted above quoted reminder, 'je fais le virement vendredi'",
      facts="promise_date=2026-12-04", notes="Mon 30 Nov -> vendredi = Fri 4 Dec")

    # ---- H02 Conservatoire, Outlook HTML-only windows-1252, paiement prévu le 15, legal footer
    inv = "F-2026-0391"
    to = "Loiseau Sandrine"
    sig = ('<p class="MsoNormal"><span style="font-size:10.0pt;color:#1F3864">Sandrine LOISEAU<br>'
           'R&eacute;gisseuse administrative et financi&egrave;re<br>Conservatoire intercommunal du Val de Sa&ocirc;ne<br>'
           '2 place de la Halle &ndash; 21130 Auxonne<br>T&eacute;l. 03 80 37 51 60</span><o:p></o:p></p>\n')
    disc = ('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Ce message et toutes les pi&egrave;ces jointes '
            'sont confidentiels et &eacute;tablis &agrave; l\'intention exclusive de ses destinataires. Toute utilisation '
            'ou diffusion non autoris&eacute;e est interdite. Si vous avez re&ccedil;u ce message par erreur, merci de le '
            'signaler imm&eacute;diatement &agrave; l\'exp&eacute;diteur et de le d&eacute;truire. La Communaut&eacute; de '
            'communes d&eacute;cline toute responsabilit&eacute; au titre de ce message s\'il a &eacute;t&eacute; '
            'alt&eacute;r&eacute;, d&eacute;form&eacute; ou falsifi&eacute;.</span><o:p></o:p></p>\n')
    body = outlook_htmlonly(["Bonjour Monsieur Girardin,", "",
                             "Votre facture F-2026-0391 a bien été validée par le directeur et transmise à la trésorerie le 26 novembre.",
                             "Le paiement est prévu le 15, date du prochain passage des mandats.",
                             "Nous vous prions de nous excuser pour ce délai, lié au changement de notre logiciel financier en octobre.",
                             "", "Bien cordialement,", ""], sig_html=sig,
                            block=outlook_block_fr(1, "s.loiseau@crc-valdesaone.fr", rsub_fr(inv), "07:30"),
                            quoted=rem_fr(inv, 1480.00, "31/10/2026", "Madame, Monsieur,"), disclaimer_html=disc)
    raw = eml(std(A("LOISEAU Sandrine", "s.loiseau@crc-valdesaone.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(1, 10, 17, 44), mid_outlook("PR1P264MB2210", "FRAP264"), irt=rem_id(391, 2),
                  extra=[("Thread-Topic", hdr(rsub_fr(inv))), ("Thread-Index", "AQHbQxk4v0Jm2nYcT0Kq9cJ3mJ1gzA=="),
                         ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]), body, crlf=True)
    H("crc_valdesaone_outlook_html_paiement_le15", raw, "fr", "client Conservatoire intercommunal du Val de Saône",
      "Outlook HTML-only windows-1252 QP, public-body confidentiality footer, 'paiement prévu le 15'",
      facts="promise_date=2026-12-15", notes="Tue 1 Dec -> 'le 15' = 15 Dec; mentions transmission to trésorerie on 26 Nov (not a payment)")

    # ---- H03 Thunderbird, treasurer, fin de la semaine prochaine
    inv = "F-2026-0402"
    txt = ("Bonsoir Monsieur Girardin,\n\nJe suis le trésorier de l'association depuis la rentrée et je reprends "
           "les dossiers de mon prédécesseur, d'où ce retard, veuillez m'en excuser.\n\n"
           "Les virements de plus de 500 € demandent la double signature de la présidente ; elle est absente "
           "cette semaine. Je vous fais le virement d'ici la fin de la semaine prochaine.\n\n"
           "Cordialement,\n\n-- \nFrançois Meunier\nTrésorier - École de musique Les Quatre Vents\n"
           "Fontaine-lès-Dijon\n\n" + q_tb_fr(2) + "\n" + quote(rem_fr(inv, 690.00, "20/11/2026")) + "\n")
    raw = eml(std(A("François Meunier", "tresorier@ecole-quatrevents.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(2, 19, 48, 2), mid_plain("ecole-quatrevents.fr"), irt=rem_id(402),
                  extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]),
              leaf(txt, cte="8bit", params="; format=flowed"))
    H("quatrevents_thunderbird_fin_semaine_prochaine", raw, "fr", "client École de musique Les Quatre Vents",
      "Thunderbird format=flowed 8bit, treasurer, 'd'ici la fin de la semaine prochaine'",
      facts="promise_date=2026-12-11", notes="Wed 2 Dec -> end of next week = Fri 11 Dec (could also be read as week_of_2026-12-07)")

    # ---- H04 Harcourt Touring, EN Outlook alternative, pay on the 10th, UK company footer
    inv = "F-2026-0405"
    paras = ["Hi Thomas,", "", "Apologies for the delay on this one - we moved to a new finance system in November and a handful of supplier payments got stuck in the approval queue.",
             "", "Invoice F-2026-0405 is now approved and we'll pay on the 10th.", "", "Kind regards,"]
    psig = "Emma Clarke\nFinance Assistant | Harcourt Touring Ltd\n4th Floor, 18 Brewer Street, London W1F 0SP\n\nHarcourt Touring Ltd is a company registered in England and Wales (No. 08812345). Registered office as above. This e-mail and any attachments are confidential and intended solely for the addressee."
    hsig = '<p class="MsoNormal"><b>Emma Clarke</b><br>Finance Assistant | Harcourt Touring Ltd<br>4th Floor, 18 Brewer Street, London W1F 0SP<o:p></o:p></p>\n'
    hdisc = '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">Harcourt Touring Ltd is a company registered in England and Wales (No. 08812345). Registered office as above. This e-mail and any attachments are confidential and intended solely for the addressee.</span><o:p></o:p></p>\n'
    to = "Emma Clarke <emma.clarke@harcourt-touring.co.uk>"
    body = outlook_alt(paras, psig, block_txt_en(3, to, rsub_en(inv)), rem_en(inv, 1250.00, "12 November 2026"),
                       sig_html=hsig, block=outlook_block_en(3, to, rsub_en(inv)), disclaimer_html=hdisc)
    raw = eml(std(A("Emma Clarke", "emma.clarke@harcourt-touring.co.uk"), OWN_TO, "RE: " + rsub_en(inv),
                  D(3, 15, 22, 5, "+0000"), mid_outlook("LO2P265MB4411", "GBRP265"), irt=rem_id(405),
                  extra=[("Thread-Topic", rsub_en(inv)), ("Content-Language", "en-GB")]), body, crlf=True)
    H("harcourt_en_outlook_pay_on_10th", raw, "en", "client Harcourt Touring Ltd",
      "EN Outlook multipart/alternative, UK company footer, 'we'll pay on the 10th'", facts="promise_date=2026-12-10")

    # ---- H05 BIS AP, payment run Thursday
    inv = "F-2026-0407"
    txt = ("Dear Mr Girardin,\n\nThank you for your email.\n\nYour invoice F-2026-0407 (piano maintenance, autumn term) "
           "has been approved by our Head of Music and is included in this week's supplier payment run, which is on "
           "Thursday. Funds normally reach the beneficiary's account the following working day.\n\n"
           "Please address future invoices to accounts@bis-dijon.org rather than to the music department, "
           "it will speed things up.\n\nBest regards,\n\nPriya Natarajan\nFinance Office\nBurgundy International School\n"
           "15 avenue Jean Bertin, 21000 Dijon\n\n" + q_gmail_en(1) + "\n\n" + quote(rem_en(inv, 2160.00, "30 October 2026")))
    raw = eml(std(A("Priya Natarajan", "accounts@bis-dijon.org"), OWN_TO, "Re: " + rsub_en(inv), D(1, 9, 5, 31),
                  mid_gmail(), irt=rem_id(407, 2), cc="music@bis-dijon.org"),
              multi("alternative", [leaf(txt), leaf("<div dir=\"ltr\">" + htmlize_div(txt) + "</div>", "html")],
                    boundary="000000000000" + _h("x")[:16]))
    H("bis_en_payment_run_thursday", raw, "en", "client Burgundy International School",
      "EN Google Workspace reply, AP office, 'payment run is on Thursday'", facts="promise_date=2026-12-03",
      notes="Tue 1 Dec -> Thursday 3 Dec (funds expected Fri 4 Dec)")

    # ---- H06 Pianos Morel, semaine prochaine, plain 8bit
    inv = "F-2026-0414"
    txt = ("Bonjour Thomas,\n\nOui oui, on n'a pas oublié ! Laurent signe tous les règlements fournisseurs "
           "la semaine prochaine, la tienne est dans la pile.\n\nBonne soirée,\nNathalie\n\n"
           "Pianos Morel & Fils - 14 rue d'Alsace - 21200 Beaune\nTél. 03 80 22 14 67\n")
    raw = eml(std(A("Nathalie - Pianos Morel", "compta@pianos-morel.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(30, 17, 30, 12), mid_plain("pianos-morel.fr", "msg."), irt=rem_id(414),
                  extra=[("X-Mailer", "Zimbra 10.0.6_GA_0051 (ZimbraWebClient - FF133 (Win))")]),
              leaf(txt, cte="8bit"))
    H("morel_semaine_prochaine_tutoiement", raw, "fr", "client Pianos Morel & Fils",
      "short informal (tu) reply without quote, 'la semaine prochaine'", facts="promise_date=week_of_2026-12-07")

    # ---- H07 Festival, début janvier + negation "nous ne contestons évidemment pas"
    inv = "F-2026-0409"
    txt = ("Cher Monsieur Girardin,\n\nJe vous remercie pour votre message et vous prie d'excuser notre retard.\n\n"
           "Nous ne contestons évidemment pas votre facture : le travail réalisé sur le Steinway de l'église de "
           "Flavigny pour le festival a été salué par tous les pianistes. Mais notre trésorerie est à sec en "
           "attendant le versement de la subvention du Département, annoncé pour la fin de l'année.\n\n"
           "Nous pourrons vous régler début janvier. Si cela vous pose un problème, appelez-moi au 06 12 45 78 90.\n\n"
           "Bien cordialement,\n\nGérard Aubertin\nPrésident - Festival Musique en Auxois\n")
    raw = eml(std(A("Festival Musique en Auxois", "contact@musique-en-auxois.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(2, 11, 3, 50), mid_gmail(), irt=rem_id(409)),
              gmail_alt(txt, q_gmail_fr(2), rem_fr(inv, 1850.00, "31/10/2026")))
    H("auxois_debut_janvier_ne_contestons_pas", raw, "fr", "client Festival Musique en Auxois",
      "Gmail alternative, negated dispute ('nous ne contestons évidemment pas'), 'début janvier'",
      facts="promise_date=early_2027-01", notes="negation: not a dispute")

    # ---- H08 Camille, tu, demain
    inv = "F-2026-0434"
    txt = "Salut Thomas,\n\noups désolée !! je te fais le virement demain matin, promis.\nEncore merci pour le piano, il sonne super depuis ton passage 🎹\n\nBises,\nCamille"
    raw = eml(std(A("Camille Roux", "camille.roux@example.net"), OWN_TO, "Re: " + rsub_fr(inv), D(2, 22, 14, 37),
                  mid_gmail(), irt=rem_id(434)),
              gmail_alt(txt, q_gmail_fr(2), rem_fr(inv, 90.00, "25/11/2026", "Bonjour Camille,")))
    H("camille_tu_demain_matin", raw, "fr", "client Camille Roux (private)",
      "informal tu, emoji, Gmail, 'demain matin'", facts="promise_date=2026-12-03", notes="Wed 2 Dec 22:14 -> demain = Thu 3 Dec")

    # ---- H09 Studio, Samsung, lundi
    inv = "F-2026-0412"
    txt = ("Salut Thomas\nJe suis en session jusqu'à samedi avec un groupe, je m'en occupe lundi.\nYann\n\n\n"
           "Envoyé depuis mon smartphone Samsung Galaxy.\n\n\n-------- Message d'origine --------\n"
           "De : Thomas Girardin <thomas@girardin-pianos.fr>\nDate : 03/12/2026 08:00 (GMT+01:00)\n"
           "À : studio@lafonderie-chalon.fr\nObjet : " + rsub_fr(inv) + "\n\n" + rem_fr(inv, 540.00, "20/11/2026") + "\n")
    raw = eml(std(A("Studio La Fonderie", "studio@lafonderie-chalon.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(3, 18, 40, 3), mid_plain("email.android.com"), irt=rem_id(412, 3)),
              multi("alternative", [leaf(txt, cte="base64"),
                                    leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
                                         + htmlize_div(txt) + "</div></body></html>", "html", cte="base64")]))
    H("fonderie_samsung_lundi", raw, "fr", "client Studio La Fonderie",
      "Samsung mobile mail, base64 parts, 'Message d'origine' block, 'je m'en occupe lundi'",
      facts="promise_date=2026-12-07", notes="Thu 3 Dec -> lundi = Mon 7 Dec")

    # ---- H10 Vasseur, avant le 20 décembre
    inv = "F-2026-0419"
    txt = ("Monsieur,\n\nJe prends note de votre relance. Comme je vous l'avais indiqué lors de la livraison du Pleyel, "
           "le règlement de la restauration dépend du déblocage d'un placement, qui prend plus de temps que prévu.\n\n"
           "Je vous règlerai l'intégralité avant le 20 décembre.\n\nVeuillez agréer, Monsieur, mes salutations distinguées.\n\nBruno Vasseur\n")
    raw = eml(std(A("Bruno Vasseur", "b.vasseur@example.com"), OWN_TO, "Re: " + rsub_fr(inv), D(1, 20, 5, 18),
                  mid_plain("example.com"), irt=rem_id(419),
                  extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
              leaf(txt + "\n" + q_apple_fr(1) + "\n\n" + quote(rem_fr(inv, 3850.00, "15/11/2026", "Monsieur,")) + "\n"))
    H("vasseur_avant_le_20_decembre", raw, "fr", "client Bruno Vasseur (private)",
      "formal private client, Apple Mail, 'avant le 20 décembre'", facts="promise_date=2026-12-20",
      notes="'avant le 20' = deadline, used as promise date")

    # ---- H11 Caves du Palais, fin de mois (Outlook HTML only)
    inv = "F-2026-0411"
    body = outlook_htmlonly(["Bonjour,", "",
                             "Nous avons bien reçu votre relance.",
                             "Le règlement partira avec nos virements fournisseurs de fin de mois.",
                             "", "Cordialement,", "", "Martine Jobard", "Comptabilité – Les Caves du Palais, Dijon"],
                            cs="utf-8", block=outlook_block_fr(1, "comptabilite@caves-du-palais.fr", rsub_fr(inv)),
                            quoted=rem_fr(inv, 320.00, "31/10/2026"))
    raw = eml(std(A("Martine Jobard", "comptabilite@caves-du-palais.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(1, 11, 52, 7), mid_outlook("AM9P192MB0977", "EURP192"), irt=rem_id(411)), body)
    H("caves_palais_html_fin_de_mois", raw, "fr", "client Les Caves du Palais",
      "Outlook HTML-only utf-8, 'virements fournisseurs de fin de mois'", facts="promise_date=2026-12-31",
      notes="Tue 1 Dec -> end of the current month = 31 Dec")

    # ---- H12 Benali, negation 'pas encore pu payer', le 5
    inv = "F-2026-0438"
    txt = ("Bonjour Monsieur,\n\nJe n'ai pas encore pu payer, j'ai eu une grosse réparation de voiture ce mois-ci. "
           "Je vous fais le virement le 5, dès que mon salaire est versé.\n\nDésolée pour le retard.\n\nFatima Benali\n")
    raw = eml(std(A("Fatima Benali", "fatima.benali@example.fr"), OWN_TO, "Re: " + rsub_fr(inv), D(3, 7, 55, 40),
                  mid_plain("example.fr", "1764745540."), irt=rem_id(438)),
              multi("alternative", [leaf(txt + "\n----- Mail d'origine -----\n" + rem_fr(inv, 145.00, "25/11/2026")),
                                    leaf("<p>" + esc(txt).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>", "html")]))
    H("benali_pas_encore_pu_payer_le5", raw, "fr", "client Fatima Benali (private)",
      "negation 'je n'ai pas encore pu payer' + 'le 5'", facts="promise_date=2026-12-05",
      notes="negated payment: not already_paid; Thu 3 Dec -> le 5 = Sat 5 Dec")

    # ---- H13 Reyes, EN, US tz, first thing Monday, Sent from my iPhone
    inv = "F-2026-0431"
    txt = ("Hi Thomas,\n\nSo sorry - I've been on the road for two weeks and completely missed this. "
           "I'll transfer it first thing Monday. Do I need to add anything for the international wire fees?\n\n"
           "Best,\nDan\n\nSent from my iPhone\n\n> On Dec 4, 2026, at 2:00 AM, Thomas Girardin <thomas@girardin-pianos.fr> wrote:\n>\n"
           + quote(rem_en(inv, 620.00, "20 November 2026")) + "\n")
    raw = eml(std(A("Dan Reyes", "dan.reyes@example.com"), OWN_TO, "Re: " + rsub_en(inv), D(4, 16, 30, 2, "-0500"),
                  mid_apple("example.com"), irt=rem_id(431, 2), extra=[("X-Mailer", "iPhone Mail (23B85)")]),
              leaf(txt))
    H("reyes_en_iphone_first_thing_monday", raw, "en", "client Daniel Reyes (private, US)",
      "EN iPhone, US timezone -0500, 'first thing Monday'", facts="promise_date=2026-12-07",
      notes="Fri 4 Dec 16:30 -0500 -> Monday 7 Dec")

    # ---- H14 Côte & Vignes, long legal disclaimer, 45 jours fin de mois -> 31/12
    inv = "F-2026-0441"
    disc = ("\n\n*****************************************************************\n"
            "Groupe Hôtelier Côte & Vignes SAS au capital de 2 400 000 € - RCS Dijon 812 345 678 - "
            "Siège social : 8 avenue Foch, 21000 Dijon.\n"
            "Ce courriel et les documents qui lui sont joints sont confidentiels et destinés exclusivement à la "
            "personne ou à l'entité à qui ils sont adressés. Si vous n'êtes pas le destinataire visé, vous êtes "
            "informé que toute lecture, utilisation, copie ou diffusion de ce message est strictement interdite. "
            "Le groupe ne peut être tenu responsable de son contenu, ni de toute altération survenue lors de sa "
            "transmission. Les informations contenues dans ce message ne constituent en aucun cas un engagement "
            "contractuel, sauf accord écrit préalable.\n"
            "This e-mail and any attachment are confidential and intended solely for the addressee(s). "
            "If you are not the intended recipient, please delete it and notify the sender.\n"
            "*****************************************************************\n"
            "P Pensez à l'environnement avant d'imprimer ce courriel.\n")
    paras = ["Monsieur,", "", "Nous accusons réception de votre relance concernant la facture F-2026-0441 du 18/10/2026 (accord des pianos du bar et du salon – Hôtel des Tonneliers, Beaune).",
             "", "Conformément à nos conditions générales d'achat (paiement à 45 jours fin de mois), cette facture sera réglée le 31/12/2026 par virement.",
             "", "Nous vous rappelons que nos conditions vous ont été communiquées avec le bon de commande n° 4500018832.", "", "Cordialement,"]
    psig = "Marion Lefèvre\nComptabilité fournisseurs\nGroupe Hôtelier Côte & Vignes" + disc
    body = outlook_alt(paras, psig, block_txt_fr(1, "Comptabilité Fournisseurs", rsub_fr(inv)),
                       rem_fr(inv, 1340.00, "30/11/2026"),
                       sig_html='<p class="MsoNormal">Marion Lefèvre<br>Comptabilité fournisseurs<br>Groupe Hôtelier Côte &amp; Vignes<o:p></o:p></p>\n',
                       block=outlook_block_fr(1, "Comptabilité Fournisseurs", rsub_fr(inv)),
                       disclaimer_html='<p class="MsoNormal" style="font-size:7pt;color:#808080">' + esc(disc).replace("\n", "<br>") + "</p>\n")
    raw = eml(std(A("Comptabilité Fournisseurs", "comptabilite.fournisseurs@cote-et-vignes.fr"), OWN_TO,
                  "RE: " + rsub_fr(inv), D(1, 14, 12, 55), mid_outlook("PR0P264MB1630", "FRAP264"), irt=rem_id(441, 1)),
              body, crlf=True)
    H("cote_vignes_cga_45j_fdm_disclaimer", raw, "fr", "client Groupe Hôtelier Côte & Vignes",
      "shared AP mailbox, Outlook, long bilingual legal disclaimer, payment date per CGA", facts="promise_date=2026-12-31")

    # ---- H15 Collin, iso-8859-1 8bit, Windows Live Mail, 'le 8/12'
    inv = "F-2026-0447"
    txt = ("Monsieur,\r\nJ'ai bien reçu votre rappel. Ce sera fait le 8/12 lorsque je passerai à mon agence, "
           "je ne fais pas les virements par internet.\r\nCordialement\r\nJ.P. Collin\r\n\r\n"
           "----- Original Message ----- \r\nFrom: Thomas Girardin\r\nTo: jp.collin@example.fr\r\n"
           "Sent: Wednesday, December 02, 2026 8:00 AM\r\nSubject: " + rsub_fr(inv) + "\r\n\r\n"
           + rem_fr(inv, 145.00, "20/11/2026").replace("\n", "\r\n") + "\r\n")
    raw = eml(std(A("Jean-Pierre Collin", "jp.collin@example.fr", "iso-8859-1"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(2, 10, 31, 0), mid_plain("example.fr", "0A1B"), charset="iso-8859-1", irt=rem_id(447),
                  extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), ("X-Priority", "3")]),
              leaf(txt, charset="windows-1252", cte="8bit", params="; reply-type=original"), crlf=True)
    H("collin_latin1_winlivemail_le_8_12", raw, "fr", "client Jean-Pierre Collin (private)",
      "windows-1252 8bit CRLF, old Windows Live Mail, numeric date 'le 8/12'", facts="promise_date=2026-12-08")

    # ---- H16 Fondation Lausanne, EN non-native, 14 December
    inv = "F-2026-0432"
    txt = ("Dear Mr Girardin,\n\nThank you for your reminder and please excuse us. The payment was blocked by our bank "
           "because the IBAN was entered with a wrong country code. It is now corrected and the payment will go out "
           "on 14 December, with our monthly payments.\n\nWith kind regards\n\nSabine Oberli\nAdministration\n"
           "Fondation Musique & Patrimoine\nAvenue de Rumine 22, CH-1005 Lausanne\n\n"
           "-----Ursprüngliche Nachricht-----\nVon: Thomas Girardin <thomas@girardin-pianos.fr>\n"
           "Gesendet: Donnerstag, 3. Dezember 2026 08:00\nAn: admin@fondation-mp.ch\nBetreff: " + rsub_en(inv) + "\n\n"
           + rem_en(inv, 1080.00, "15 November 2026") + "\n")
    raw = eml(std(A("Oberli Sabine", "admin@fondation-mp.ch"), OWN_TO, "AW: " + rsub_en(inv), D(3, 13, 47, 29),
                  mid_outlook("ZR0P278MB0412", "CHEP278"), irt=rem_id(432, 2), extra=[("Content-Language", "de-CH")]),
              leaf(txt, charset="windows-1252"))
    H("fondation_lausanne_en_aw_14_december", raw, "en", "client Fondation Musique & Patrimoine (CH)",
      "EN written by a Swiss German speaker, 'AW:' prefix, German Outlook quote header, windows-1252",
      facts="promise_date=2026-12-14")

    # ---- H17 Scène des Ducs, mercredi prochain
    inv = "F-2026-0428"
    txt = ("Bonjour Thomas,\n\nDésolé, ta facture était restée coincée dans le parapheur du directeur pendant "
           "les répétitions de la création. Elle est signée ce matin et sera réglée mercredi prochain.\n\n"
           "Merci encore pour ta disponibilité sur le Yamaha C7 avant la première.\n\n"
           "Rémi Castel\nAdministrateur\nScène des Ducs\n3 rue de la Préfecture, 21000 Dijon\n"
           "www.scenedesducs.fr | 03 80 44 12 90\n")
    raw = eml(std(A("Rémi Castel", "administration@scenedesducs.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(3, 11, 20, 45), mid_gmail(), irt=rem_id(428, 2)),
              gmail_alt(txt, q_gmail_fr(3), rem_fr(inv, 1120.00, "20/11/2026")))
    H("scene_ducs_mercredi_prochain", raw, "fr", "client Scène des Ducs",
      "concert hall administrator, tu, 'mercredi prochain'", facts="promise_date=2026-12-09",
      notes="Thu 3 Dec -> mercredi prochain = Wed 9 Dec")

    # ---- H18 Tilleuls EHPAD dispute
    inv = "F-2026-0416"
    paras = ["Bonjour Monsieur Girardin,", "",
             "Je me permets de répondre à votre relance : le piano de la salle d'animation est de nouveau faux, deux semaines à peine après votre passage du 5 novembre. Notre pianiste bénévole a dû annuler l'après-midi chansons de la semaine dernière.",
             "", "Dans ces conditions, nous contestons la facture F-2026-0416 tant que vous n'êtes pas repassé le vérifier. Merci de me proposer une date.",
             "", "Cordialement,"]
    psig = "Corinne Bard\nAnimatrice – Résidence Les Tilleuls\nEHPAD – 5 rue des Écoles, 21160 Marsannay-la-Côte"
    body = outlook_alt(paras, psig, block_txt_fr(30, "animation@residence-lestilleuls.fr", rsub_fr(inv)),
                       rem_fr(inv, 135.00, "20/11/2026"),
                       sig_html='<p class="MsoNormal"><span style="color:#385623">Corinne Bard<br>Animatrice – Résidence Les Tilleuls</span><o:p></o:p></p>\n',
                       block=outlook_block_fr(30, "animation@residence-lestilleuls.fr", rsub_fr(inv)))
    raw = eml(std(A("Bard Corinne", "animation@residence-lestilleuls.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(30, 15, 2, 11), mid_outlook("PAVP195MB2214", "EURP195"), irt=rem_id(416)), body)
    H("tilleuls_dispute_piano_faux", raw, "fr", "client Résidence Les Tilleuls (EHPAD)",
      "dispute of the work (tuning did not hold), Outlook alternative", facts="dispute=yes")

    # ---- H19 Lambert dispute, broken MIME: no Content-Type header, raw 8bit utf-8
    inv = "F-2026-0420"
    txt = ("Bonjour,\n\nVotre devis indiquait 120 EUR pour l'accord. Vous facturez 145 EUR avec un \"forfait "
           "déplacement\" dont nous n'avions jamais parlé. Je veux bien régler les 120 EUR prévus, pas plus.\n\n"
           "Merci de m'envoyer une facture conforme au devis.\n\nS. Lambert\n\n"
           "Le lun. 30 nov. 2026 à 08:00, Thomas Girardin a écrit :\n" + quote(rem_fr(inv, 145.00, "15/11/2026")) + "\n")
    hdrs = std(A("Sébastien Lambert", "seb.lambert@example.org"), OWN_TO, "Re: " + rsub_fr(inv), D(30, 21, 33, 8),
               mid_plain("example.org"), irt=rem_id(420))
    raw = b"".join(("%s: %s\n" % kv).encode() for kv in hdrs) + b"\n" + txt.encode("utf-8")
    H("lambert_dispute_deplacement_no_mime_headers", raw, "fr", "client Sébastien Lambert (private)",
      "broken MIME: no MIME-Version/Content-Type, raw 8bit UTF-8; disputes the travel fee, asks for a corrected invoice",
      facts="dispute=yes;request_invoice=yes", notes="offers to pay 120 EUR but gives no date")

    # ---- H20 Ashdown EN dispute
    inv = "F-2026-0444"
    txt = ("Thomas,\n\nWe're not in a position to pay F-2026-0444 yet. Two of the three Blüthner actions you "
           "restored came back with sluggish repetition in the top octave, and our own technician spent most of a "
           "day regulating them again before we could put them on the shop floor.\n\n"
           "I'd like to discuss a reduction before we settle. Are you free for a call on Monday?\n\n"
           "Regards,\nMark Pemberton\nDirector, Ashdown Pianos Ltd\nUnit 4, Mill Lane Industrial Estate, Lewes BN7 2AB\n")
    raw = eml(std(A("Mark Pemberton", "mark@ashdownpianos.co.uk"), OWN_TO, "Re: " + rsub_en(inv), D(2, 17, 9, 26, "+0000"),
                  mid_gmail(), irt=rem_id(444, 2)),
              gmail_alt(txt, q_gmail_en(2), rem_en(inv, 2300.00, "15 November 2026")))
    H("ashdown_en_dispute_reduction", raw, "en", "client Ashdown Pianos Ltd (UK)",
      "EN dispute of restoration quality, asks for reduction", facts="dispute=yes",
      notes="'Monday' is a call, not a payment date")

    # ---- H21 Arpège, 'nous ne contestons pas' + waiting for subsidy, no date
    inv = "F-2026-0417"
    txt = ("Bonjour Thomas,\n\nNous ne contestons pas la facture, bien sûr, l'accord du piano pour le concert "
           "de la Sainte-Cécile était parfait. Mais nous attendons le versement de la subvention municipale pour "
           "pouvoir la payer, et la mairie ne nous a encore rien versé.\n\nJe reviens vers vous dès que possible.\n\n"
           "Amicalement,\nBrigitte Fournier\nTrésorière - Ensemble vocal Arpège\n")
    raw = eml(std(A("Brigitte Fournier", "ensemble.arpege.dijon@example.org"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(1, 18, 26, 3), mid_plain("example.org", "web."), irt=rem_id(417)),
              leaf(txt + "\n\n" + q_tb_fr(1) + "\n" + quote(rem_fr(inv, 220.00, "20/11/2026")), cte="quoted-printable"))
    H("arpege_ne_contestons_pas_attente_subvention", raw, "fr", "client Ensemble vocal Arpège",
      "negation 'nous ne contestons pas', waiting for a subsidy, no date", facts="",
      notes="negation: not a dispute; no promise date")

    # ---- H22 Saint-Vincent, corrected invoice request (wrong entity / PO number)
    inv = "F-2026-0426"
    txt = ("Bonjour Monsieur,\n\nLa facture F-2026-0426 est libellée au nom de l'école primaire Saint-Vincent, alors "
           "que c'est le lycée qui a commandé l'intervention sur les deux pianos de la salle de musique.\n\n"
           "Notre logiciel ne nous permet pas de la mettre en paiement en l'état. Merci de nous faire parvenir une "
           "facture rectifiée à l'ordre de l'OGEC Saint-Vincent – Lycée, en rappelant notre bon de commande "
           "n° BC-26-1187.\n\nBien cordialement,\n\nService économat\nInstitution Saint-Vincent\n"
           "7 rue Sainte-Marguerite - 21200 Beaune\n")
    raw = eml(std(A("Economat Saint-Vincent", "economat@institution-stvincent.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(2, 9, 12, 0), mid_outlook("MR1P264MB2987", "FRAP264"), irt=rem_id(426)),
              leaf(txt + "\n" + block_txt_fr(2, "economat@institution-stvincent.fr", rsub_fr(inv)) + "\n\n"
                   + rem_fr(inv, 760.00, "15/11/2026"), charset="windows-1252"))
    H("stvincent_facture_rectifiee_bon_commande", raw, "fr", "client Institution Saint-Vincent",
      "asks for a corrected invoice (wrong entity, missing PO number), windows-1252 QP",
      facts="request_invoice=yes", notes="correction of invoice details, not contesting the work or amount (no dispute fact)")

    # ---- H23 Chevrey, already paid 24 Nov
    inv = "F-2026-0425"
    txt = ("Bonjour Monsieur Girardin,\n\nNous avons réglé cette facture le 24 novembre par virement, avec la "
           "référence F-2026-0425. Pouvez-vous vérifier de votre côté ? Le montant a bien été débité chez nous.\n\n"
           "Bonne journée,\nAnne Chevrey\nDomaine Chevrey-Moreau - Chassagne-Montrachet\n")
    raw = eml(std(A("Anne Chevrey", "anne@chevrey-moreau.fr"), OWN_TO, "Re: " + rsub_fr(inv), D(30, 9, 47, 13),
                  mid_plain("chevrey-moreau.fr", "6c1e."), irt=rem_id(425),
                  extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
              leaf(txt + "\n\n" + q_tb_fr(30).replace("Thomas Girardin a écrit", "Thomas Girardin a écrit ") + "\n"
                   + quote(rem_fr(inv, 380.00, "15/11/2026")), params="; format=flowed"))
    H("chevrey_deja_paye_24_novembre", raw, "fr", "client Domaine Chevrey-Moreau",
      "Roundcube, already paid with date", facts="already_paid=2026-11-24")

    # ---- H24 Julien, 'c'est réglé', claimed
    inv = "F-2026-0452"
    txt = "Yo Thomas,\nc'est réglé 👍 tu devrais l'avoir. Merci pour le piano de la scène, les musiciens ont adoré.\nJu"
    raw = eml(std(A("Julien Mercier", "julien@bouche-a-oreille-dijon.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(4, 1, 12, 39), mid_gmail(), irt=rem_id(452)),
              gmail_alt(txt, q_gmail_fr(3), rem_fr(inv, 150.00, "25/11/2026")))
    H("bouche_oreille_cest_regle_claimed", raw, "fr", "client Café-concert Le Bouche à Oreille",
      "one-line informal claim, emoji, sent at 1am", facts="already_paid=claimed")

    # ---- H25 Duchêne forwards her bank's confirmation
    inv = "F-2026-0450"
    fwd = ("---------- Forwarded message ---------\nDe : BoursoBank <noreply@boursobank.info>\n"
           "Date: ven. 27 nov. 2026 à 14:02\nSubject: Confirmation de votre virement\nTo: <laure.duchene@example.fr>\n\n\n"
           "Bonjour Laure Duchêne,\n\nVotre virement a bien été exécuté.\n\nMontant : 210,00 €\nBénéficiaire : GIRARDIN THOMAS\n"
           "Motif : Facture F-2026-0450\nDate d'exécution : 27/11/2026\n\nÀ bientôt,\nL'équipe BoursoBank\n")
    txt = ("Bonjour,\n\nJe suis surprise de recevoir cette relance : ci-dessous la confirmation de ma banque, le "
           "virement est parti le 27 novembre. Il a peut-être mis quelques jours à arriver ?\n\nCordialement,\nLaure Duchêne\n\n" + fwd)
    raw = eml(std(A("Laure Duchêne", "laure.duchene@example.fr"), OWN_TO, "Re: " + rsub_fr(inv), D(1, 8, 36, 51),
                  mid_gmail(), irt=rem_id(450)),
              gmail_alt(txt, q_gmail_fr(1), rem_fr(inv, 210.00, "20/11/2026")))
    H("duchene_forward_confirmation_banque", raw, "fr", "client Laure Duchêne (private)",
      "client forwards her own bank's 'virement exécuté' notice inside a human reply",
      facts="already_paid=2026-11-27", notes="contains bank-notice text but is written/sent by the client: human_reply")

    # ---- H26 Maison de l'étudiant, PDF ordre de virement attached
    inv = "F-2026-0437"
    pdf = make_pdf(["UNIVERSITE - AGENCE COMPTABLE", "ORDRE DE VIREMENT SEPA n. OV-2026-11-3382",
                    "Date d'execution : 30/11/2026", "Beneficiaire : GIRARDIN THOMAS",
                    "IBAN : " + OWNER_IBAN, "Montant : 440,00 EUR", "Libelle : FACT F-2026-0437 ACCORD PIANOS MDE",
                    "", "Document genere automatiquement - ne vaut pas avis de credit"])
    txt = ("Bonjour Monsieur,\n\nVeuillez trouver ci-joint l'ordre de virement du 30/11/2026 relatif à votre facture "
           "F-2026-0437 (accord des pianos de la Maison de l'étudiant).\n\nLe délai de réception est en général de "
           "2 à 3 jours ouvrés.\n\nCordialement,\n\nNathalie Gaudry\nGestionnaire financière\nMaison de l'étudiant - Campus de Dijon\n")
    raw = eml(std(A("Nathalie Gaudry", "nathalie.gaudry@campus-mde.fr"), OWN_TO, "RE: " + rsub_fr(inv),
                  D(1, 14, 40, 19), mid_plain("campus-mde.fr", "zimbra."), irt=rem_id(437)),
              multi("mixed", [multi("alternative", [leaf(txt), leaf("<html><body><div>" + htmlize_div(txt) + "</div></body></html>", "html")]),
                              attach(pdf, "application/pdf", "OV_20261130_GIRARDIN.pdf")]))
    H("mde_ordre_virement_pdf_joint", raw, "fr", "client Maison de l'étudiant (university)",
      "PDF transfer order attached, already paid with date", facts="already_paid=2026-11-30")

    # ---- H27 Brightwater EN, remittance attached, paid 19 November
    inv = "F-2026-0449"
    pdf = make_pdf(["Brightwater Productions Ltd", "REMITTANCE ADVICE", "Payment date: 19/11/2026",
                    "Supplier: Thomas Girardin", "Invoice F-2026-0449   EUR 980.00", "Total paid: EUR 980.00",
                    "Payment method: SEPA credit transfer"])
    txt = ("Hi Thomas,\n\nWe paid this on 19 November - remittance advice attached. Could you check on your side "
           "that it hasn't been allocated to another invoice? Our bank shows it as completed.\n\n"
           "Thanks,\nOllie Grant\nProduction Accountant\nBrightwater Productions Ltd\n")
    raw = eml(std(A("Ollie Grant", "ollie.grant@brightwater-productions.co.uk"), OWN_TO, "RE: " + rsub_en(inv),
                  D(30, 11, 3, 47, "+0000"), mid_outlook("CWLP265MB5120", "GBRP265"), irt=rem_id(449)),
              multi("mixed", [leaf(txt + "\n" + block_txt_en(30, "Ollie Grant", rsub_en(inv)) + "\n\n" + rem_en(inv, 980.00, "5 November 2026")),
                              attach(pdf, "application/pdf", "Remittance_Advice_BWP-118.pdf")]))
    H("brightwater_en_paid_19_november_remittance_pdf", raw, "en", "client Brightwater Productions Ltd (UK)",
      "EN, remittance advice PDF attached by the client", facts="already_paid=2026-11-19")

    # ---- H28 Marchetti, cheque sent last week (claimed)
    inv = "F-2026-0429"
    txt = ("Bonjour,\n\nJe vous ai envoyé un chèque par la poste la semaine dernière, vous auriez dû le recevoir. "
           "Si ce n'est pas le cas d'ici lundi, dites-le moi et je ferai opposition pour vous en refaire un.\n\n"
           "Dr Claire Marchetti\n\nEnvoyé de mon iPad\n")
    raw = eml(std(A("Claire Marchetti", "c.marchetti@example.fr"), OWN_TO, "Re: " + rsub_fr(inv), D(1, 13, 5, 2),
                  mid_apple("example.fr"), irt=rem_id(429), extra=[("X-Mailer", "iPad Mail (23B85)")]),
              leaf(txt + "\n" + q_apple_fr(1) + "\n\n" + quote(rem_fr(inv, 160.00, "20/11/2026"))))
    H("marchetti_cheque_envoye_semaine_derniere", raw, "fr", "client Dr Claire Marchetti (private)",
      "'Envoyé de mon iPad', cheque posted last week", facts="already_paid=claimed",
      notes="cheque sent 'la semaine dernière' (week of 23 Nov), no exact date; 'lundi' is not a payment promise")

    # ---- H29 Location Pianos Bourgogne, accountant never received invoice
    inv = "F-2026-0435"
    txt = ("Bonjour Thomas,\n\nLe paiement n'a pas été effectué car notre cabinet comptable n'a jamais reçu la "
           "facture : elle a dû partir sur mon ancienne adresse. Peux-tu la renvoyer directement à "
           "compta@location-pianos-bourgogne.fr ?\n\nMerci et à bientôt,\nAntoine Vignal\n")
    raw = eml(std(A("Antoine Vignal", "antoine@location-pianos-bourgogne.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(30, 10, 25, 33), mid_gmail(), irt=rem_id(435)),
              gmail_alt(txt, q_gmail_fr(30), rem_fr(inv, 1600.00, "15/11/2026")))
    H("vignal_facture_jamais_recue_renvoyer", raw, "fr", "client Location Pianos Bourgogne",
      "'le paiement n'a pas été effectué' (negation), asks to resend invoice", facts="request_invoice=yes")

    # ---- H30 Mairie, RIB rejected by trésorerie
    inv = "F-2026-0423"
    txt = ("Bonjour Monsieur,\n\nLa trésorerie de Dijon Municipale et Banlieue nous a retourné le mandat de paiement "
           "de votre facture F-2026-0423 : les coordonnées bancaires enregistrées dans Chorus ne correspondent pas "
           "à celles de votre facture.\n\nPourriez-vous nous transmettre un RIB à jour, au format PDF, au nom exact "
           "de votre entreprise individuelle ?\n\nCordialement,\n\nSecrétariat de mairie\nMairie de Saint-Julien-les-Ormes\n"
           "Ouvert lundi, mardi et jeudi de 9h à 12h\n")
    raw = eml(std(A("Mairie de Saint-Julien-les-Ormes", "mairie@saintjulien-lesormes.fr"), OWN_TO,
                  "TR: " + rsub_fr(inv), D(3, 9, 41, 28), mid_plain("saintjulien-lesormes.fr"), charset="iso-8859-1"),
              leaf(txt, charset="iso-8859-1", cte="quoted-printable"))
    H("mairie_rib_mandat_retourne", raw, "fr", "client Mairie de Saint-Julien-les-Ormes",
      "public body, no In-Reply-To (fresh message with TR: subject), asks for RIB, ISO-8859-1",
      facts="request_rib=yes", notes="payment order returned by the trésorerie: nothing paid")

    # ---- H31 Whitfield EN, IBAN/BIC
    inv = "F-2026-0421"
    txt = ("Dear Thomas,\n\nCould you send me your IBAN and BIC once more, ideally on headed paper or as a PDF? "
           "My bank's app insists on a BIC for euro payments and I can't find it on the invoice.\n\n"
           "Many thanks, and thank you again for bringing the old Broadwood back to life.\n\nJane Whitfield\n")
    raw = eml(std(A("Jane Whitfield", "jane.whitfield@example.co.uk"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(30, 19, 12, 9, "+0000"), mid_plain("example.co.uk"), irt=rem_id(421)),
              leaf(txt + "\n\n" + q_gmail_en(30) + "\n" + quote(rem_fr(inv, 480.00, "15/11/2026")), charset="utf-8", cte="7bit"))
    H("whitfield_en_iban_bic", raw, "en", "client Jane Whitfield (private, UK)",
      "EN reply to a French reminder, asks for IBAN/BIC", facts="request_rib=yes")

    # ---- H32 Nolay, resend invoice, will pay on receipt
    inv = "F-2026-0443"
    txt = ("Bonjour Monsieur Girardin,\n\nJe ne retrouve pas votre facture dans nos papiers (nous avons changé "
           "de local en septembre et tout est encore dans des cartons). Pouvez-vous me la renvoyer ? "
           "Je la règle dès réception.\n\nMerci,\nMichel Perrot\nLes Amis du piano de Nolay\n")
    raw = eml(std(A("Michel Perrot", "amisdupiano.nolay@example.org"), OWN_TO, "Re: " + rsub_fr(inv), D(2, 15, 55, 0),
                  mid_plain("example.org"), irt=rem_id(443)),
              leaf(txt + "\n" + q_tb_fr(2) + "\n" + quote(rem_fr(inv, 560.00, "31/10/2026"))))
    H("nolay_renvoyer_facture_regle_des_reception", raw, "fr", "client Les Amis du piano de Nolay",
      "asks for invoice, 'je la règle dès réception' (no date)", facts="request_invoice=yes")

    # ---- H33 Cadence Événements via accountant, invoice + RIB, different address
    inv = "F-2026-0446"
    paras = ["Bonjour Monsieur,", "", "Je reprends la tenue de la comptabilité de la société Cadence Événements suite au départ de Mme Julie Arnaud, qui m'a transféré votre relance.",
             "", "Pourriez-vous m'adresser une copie de la facture F-2026-0446 ainsi que votre RIB ? Je n'ai ni l'un ni l'autre dans les pièces qui m'ont été transmises.",
             "", "Je vous remercie par avance.", "", "Bien cordialement,"]
    sig = '<p class="MsoNormal">Karine Dos Santos<br>Collaboratrice comptable<br>Cabinet Aubry &amp; Associés – Expertise comptable<br>32 boulevard de Sévigné, 21000 Dijon<o:p></o:p></p>\n'
    raw = eml(std(A("Karine Dos Santos", "k.dossantos@cabinet-aubry-expertise.fr"), OWN_TO,
                  "TR: " + rsub_fr(inv) + " - Cadence Evenements", D(2, 16, 18, 36), mid_outlook("PR2P264MB0341", "FRAP264")),
              outlook_htmlonly(paras, cs="utf-8", sig_html=sig))
    H("cadence_cabinet_comptable_facture_et_rib", raw, "fr", "client Cadence Événements (via accountant)",
      "different sender (client's accountant), fresh HTML-only mail, asks for invoice copy and RIB",
      facts="request_invoice=yes;request_rib=yes")

    # ---- H34 Hennequin, pay in installments?
    inv = "F-2026-0453"
    txt = ("Bonjour Monsieur Girardin,\n\nSerait-il possible de régler la facture en deux ou trois fois ? La somme "
           "est importante pour moi en ce moment, mais je tiens évidemment à vous payer. Dites-moi ce qui vous "
           "conviendrait.\n\nBien cordialement,\nPatrice Hennequin\n")
    raw = eml(std(A("Patrice Hennequin", "patrice.hennequin@example.net"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(3, 20, 51, 4), mid_plain("example.net"), irt=rem_id(453)),
              leaf(txt + "\n" + q_gmail_fr(3) + "\n" + quote(rem_fr(inv, 490.00, "25/11/2026"))))
    H("hennequin_payer_en_plusieurs_fois", raw, "fr", "client Patrice Hennequin (private)",
      "asks to pay in instalments, no date", facts="")

    # ---- H35 Atelier Musical Chevigny complaint about reminders
    inv = "F-2026-0454"
    paras = ["Monsieur,", "",
             "Nous avons reçu trois rappels automatiques en dix jours pour une facture émise il y a à peine un mois. Notre association a toujours payé ses prestataires et nous trouvons ce procédé peu courtois.",
             "", "Votre facture suit le circuit normal de validation par le bureau. Merci de cesser ces relances.", "", "Salutations,", "Hervé Lacroix, président"]
    raw = eml(std(A("Atelier Musical de Chevigny", "bureau@atelier-musical-chevigny.fr"), OWN_TO,
                  "RE: " + rsub_fr(inv), D(4, 9, 2, 48), mid_outlook("DB9P192MB1203", "EURP192"), irt=rem_id(454, 3)),
              leaf(outlook_html(paras, block=outlook_block_fr(4, "bureau@atelier-musical-chevigny.fr", rsub_fr(inv)),
                                quoted=rem_fr(inv, 330.00, "10/11/2026")).replace("%CS%", "iso-8859-1").replace("€", "&euro;"),
                   "html", charset="iso-8859-1"))
    H("chevigny_plainte_trop_de_relances", raw, "fr", "client Atelier Musical de Chevigny",
      "complaint about the reminders, Outlook HTML-only ISO-8859-1 (&euro; entity)", facts="",
      notes="no dispute of the invoice itself, no date")

    # ---- H36 Stonebridge EN VAT question
    inv = "F-2026-0455"
    txt = ("Hello Thomas,\n\nBefore I can release payment I need to check one thing: does your invoice include VAT? "
           "Our auditors require a VAT number on every supplier invoice and I can't see one on yours - only the "
           "mention 'TVA non applicable, art. 293 B du CGI'. Could you explain what that means?\n\n"
           "Thanks,\nRachel Moss\nOperations Manager, Stonebridge Music Academy (Dijon campus)\n")
    raw = eml(std(A("Rachel Moss", "r.moss@stonebridge-music.example"), OWN_TO, "Re: " + rsub_en(inv),
                  D(2, 12, 30, 0), mid_gmail(), irt=rem_id(455)),
              gmail_alt(txt, q_gmail_en(2), rem_en(inv, 650.00, "25 November 2026")))
    H("stonebridge_en_question_vat", raw, "en", "client Stonebridge Music Academy",
      "EN question about VAT exemption mention before releasing payment", facts="")

    # ---- H37 Blanchard, written by granddaughter, cheques?
    inv = "F-2026-0456"
    txt = ("Bonjour,\n\nJe vous écris pour ma grand-mère, Mme Odette Blanchard, qui n'a pas d'adresse mail (c'est moi "
           "qui vous avais donné la mienne). Elle me demande si vous acceptez les chèques : elle n'a pas accès à "
           "internet pour sa banque et ne sait pas faire de virement.\n\nMerci de votre réponse,\nAurélie Blanchard\n")
    raw = eml(std(A("Aurélie Blanchard", "aurelie.blanchard@example.com"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(30, 18, 4, 12), mid_plain("example.com"), irt=rem_id(456)),
              leaf(txt + "\n" + q_gmail_fr(30) + "\n" + quote(rem_fr(inv, 145.00, "20/11/2026", "Bonjour Madame Blanchard,"))))
    H("blanchard_petite_fille_acceptez_cheques", raw, "fr", "client Odette Blanchard (via granddaughter)",
      "written on behalf of the client, asks whether cheques are accepted", facts="")

    # ---- H38 "Noté."
    inv = "F-2026-0457"
    raw = eml(std(A("Gilles Texier", "g.texier@emm-genlis.fr"), OWN_TO, "RE: " + rsub_fr(inv), D(1, 16, 44, 0),
                  mid_outlook("PAZP264MB3012", "FRAP264"), irt=rem_id(457)),
              multi("alternative", [leaf("Noté.\n\nG. Texier\nÉcole municipale de musique de Genlis\n\n"
                                         + block_txt_fr(1, "Gilles Texier", rsub_fr(inv)) + "\n\n" + rem_fr(inv, 270.00, "20/11/2026")),
                                    leaf(outlook_html(["Noté.", "", "G. Texier", "École municipale de musique de Genlis"],
                                                      block=outlook_block_fr(1, "Gilles Texier", rsub_fr(inv)),
                                                      quoted=rem_fr(inv, 270.00, "20/11/2026")).replace("%CS%", "utf-8"), "html")]))
    H("genlis_note_un_mot", raw, "fr", "client École municipale de musique de Genlis",
      "one-word reply 'Noté.'", facts="")

    # ---- H39 "ok merci"
    inv = "F-2026-0458"
    raw = eml(std(A("Nicolas Faivre", "nfaivre@example.net"), OWN_TO, "Re: " + rsub_fr(inv), D(2, 8, 12, 5),
                  mid_apple("example.net"), irt=rem_id(458), extra=[("X-Mailer", "iPhone Mail (23B85)")]),
              leaf("ok merci\n\nEnvoyé de mon iPhone\n\n" + q_apple_fr(2) + "\n\n" + quote(rem_fr(inv, 145.00, "25/11/2026"))))
    H("faivre_ok_merci_iphone", raw, "fr", "client Nicolas Faivre (private)", "two-word reply 'ok merci', iPhone", facts="")

    # ---- H40 "Will do." EN
    inv = "F-2026-0421"
    raw = eml(std(A("Richard Whitfield", "r.whitfield@example.co.uk"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(1, 7, 58, 20, "+0000"), mid_gmail(), irt=rem_id(421, 2)),
              gmail_alt("Will do.\nR.", q_gmail_en(1), rem_fr(inv, 480.00, "15/11/2026")))
    H("whitfield_en_will_do", raw, "en", "client Jane & Richard Whitfield (private, UK)",
      "two-word EN reply, from the other spouse's address", facts="", notes="implicit promise without date")

    # ---- H41 Hotel director forwards to bookkeeper, owner Cc
    inv = "F-2026-0459"
    fwdtxt = ("Nadia,\n\nPeux-tu voir avec M. Girardin et passer sa facture avec le prochain lot de paiements ? "
              "L'accord du piano du bar a bien été fait le 23/10, j'étais là.\n\nMerci,\nVincent\n\n"
              "Vincent Dumas\nDirecteur - Hôtel Le Clos des Tanneurs ****\n\n")
    body_txt = fwdtxt + block_txt_fr(3, "direction@clos-des-tanneurs.fr", rsub_fr(inv)) + "\n\n" + rem_fr(inv, 320.00, "20/11/2026")
    raw = eml(std(A("Vincent Dumas", "direction@clos-des-tanneurs.fr"), A("Nadia Saïdi", "compta@clos-des-tanneurs.fr"),
                  "TR: " + rsub_fr(inv), D(3, 10, 6, 27), mid_outlook("PA4P264MB1123", "FRAP264"), cc=OWNER,
                  extra=[("Thread-Topic", hdr(rsub_fr(inv)))]),
              multi("alternative", [leaf(body_txt),
                                    leaf(outlook_html(fwdtxt.split("\n"), block=outlook_block_fr(3, "direction@clos-des-tanneurs.fr", rsub_fr(inv)),
                                                      quoted=rem_fr(inv, 320.00, "20/11/2026")).replace("%CS%", "utf-8"), "html")]))
    H("clos_tanneurs_transfert_compta_cc", raw, "fr", "client Hôtel Le Clos des Tanneurs",
      "forward to a colleague with the owner in Cc ('TR:'), no In-Reply-To", facts="",
      notes="asks the bookkeeper to pay 'avec le prochain lot' (no date)")

    # ---- H42 EN forward to accounts payable, owner Cc
    inv = "F-2026-0460"
    txt = ("Hi team,\n\nPlease process the invoice below for Thomas - piano tuning for our Dijon concert on 6 November. "
           "Approved, cost code TOUR26-FR-04.\n\nThanks,\nTom\n\nTom Ridley | Orchestra Manager\nAurora Chamber Orchestra\n\n"
           "---------- Forwarded message ---------\nFrom: Thomas Girardin <thomas@girardin-pianos.fr>\n"
           "Date: Tue, 1 Dec 2026 at 08:00\nSubject: " + rsub_en(inv) + "\nTo: Tom Ridley <tom@aurorachamber.org.uk>\n\n"
           + rem_en(inv, 240.00, "20 November 2026"))
    raw = eml(std(A("Tom Ridley", "tom@aurorachamber.org.uk"), "accounts@aurorachamber.org.uk", "Fwd: " + rsub_en(inv),
                  D(1, 12, 15, 40, "+0000"), mid_gmail(), cc=OWNER),
              multi("alternative", [leaf(txt), leaf('<div dir="ltr">' + htmlize_div(txt) + "</div>", "html")],
                    boundary="000000000000" + _h("y")[:16]))
    H("aurora_en_fwd_accounts_cc_owner", raw, "en", "client Aurora Chamber Orchestra (UK)",
      "EN forward to AP team, owner in Cc", facts="")

    # ---- H43 Garnier husband from work address, paid this morning
    inv = "F-2026-0440"
    txt = ("Bonjour,\n\nMa femme m'a transmis votre relance (c'est moi qui gère les paiements à la maison). "
           "Le virement a été fait ce matin depuis notre compte joint, vous devriez le recevoir d'ici un ou deux jours.\n\n"
           "Cordialement,\nOlivier Garnier\n\n--\nOlivier Garnier | Responsable d'atelier\nMétallerie Garnier & Fils - ZI Nord - 21800 Quetigny\n")
    raw = eml(std(A("Olivier Garnier", "o.garnier@metallerie-garnier.fr"), OWN_TO,
                  "TR: " + rsub_fr(inv), D(2, 10, 48, 3), mid_outlook("PR3P264MB0812", "FRAP264")),
              leaf(txt))
    H("garnier_mari_adresse_pro_vire_ce_matin", raw, "fr", "client Sophie Garnier (husband writes)",
      "different address than the one reminded (husband's work mail), 'fait ce matin'",
      facts="already_paid=2026-12-02", notes="Wed 2 Dec -> ce matin = 2 Dec; reminder went to sophie.garnier@example.fr")

    # ---- H44 mailing-list post by a person
    txt = ("Bonjour à tous,\n\nQuelqu'un a-t-il des nouvelles des délais de livraison des feutres de marteaux chez "
           "notre fournisseur allemand habituel ? J'ai une commande de garnitures complètes pour un Gaveau 1925 en "
           "attente depuis septembre, et le client commence à s'impatienter.\n\nAutre question : quelqu'un a-t-il "
           "essayé les nouvelles cordes basses filées du fabricant tchèque dont on parlait au dernier congrès ?\n\n"
           "Merci d'avance,\nPascal Renaud\nAccordeur-réparateur, Besançon\n")
    raw = eml([("From", A("Pascal Renaud", "pascal.renaud@example.net")),
               ("To", "accordeurs@listes.example.org"), ("Subject", hdr("[accordeurs] Délais feutres de marteaux ?")),
               ("Date", D(30, 14, 22, 51)), ("Message-ID", mid_plain("example.net")),
               ("List-Id", "Liste des accordeurs et techniciens du piano <accordeurs.listes.example.org>"),
               ("List-Unsubscribe", "<mailto:accordeurs-unsubscribe@listes.example.org>"),
               ("List-Post", "<mailto:accordeurs@listes.example.org>"), ("Precedence", "list"),
               ("Sender", "accordeurs-bounces@listes.example.org"), ("Reply-To", "accordeurs@listes.example.org")],
              leaf(txt + "\n_______________________________________________\naccordeurs mailing list\n"
                   "accordeurs@listes.example.org\nhttps://listes.example.org/mailman/listinfo/accordeurs\n", cte="8bit"))
    H("liste_accordeurs_post_feutres", raw, "fr", "mailing list accordeurs@listes.example.org",
      "mailing-list post written by a person (List-Id, Precedence: list)", facts="",
      notes="not about an invoice; a person's message via a list")

    # ---- H45 colleague tuner, tu
    txt = ("Salut Thomas,\n\nTu aurais un créneau le 12 ou le 13 pour m'aider sur le Bösendorfer de la salle "
           "Jean-Rameau ? Le régisseur veut un accord + égalisation avant le récital du 14 et je ne m'en sortirai pas "
           "seul. Je te paie la journée comme d'habitude, 350 € plus le repas.\n\nTiens-moi au courant,\nLuc\n")
    raw = eml(std(A("Luc Desbois", "luc.desbois.pianos@example.fr"), OWN_TO, "Coup de main le 12 ou 13 ?",
                  D(3, 21, 7, 0), mid_gmail()),
              multi("alternative", [leaf(txt), leaf('<div dir="ltr">' + htmlize_div(txt) + "</div>", "html")],
                    boundary="000000000000" + _h("z")[:16]))
    H("luc_confrere_coup_de_main", raw, "fr", "colleague Luc Desbois",
      "fresh mail from a fellow tuner (tu), mentions money and dates but not an invoice of the owner", facts="",
      notes="'12 ou 13' are work dates, '350 €' is what Luc would pay the owner: no promise fact")

    # ---- H46 Poulain partial paid + balance 15 janvier
    inv = "F-2026-0436"
    txt = ("Bonjour Thomas,\n\nComme on en avait parlé au téléphone, je vous ai viré 200 € aujourd'hui. "
           "Le solde (480 €) suivra le 15 janvier, après les fêtes.\n\nMerci pour votre compréhension,\nÉric Poulain\n")
    raw = eml(std(A("Éric Poulain", "eric.poulain@example.org"), OWN_TO, "Re: " + rsub_fr(inv), D(3, 17, 3, 22),
                  mid_gmail(), irt=rem_id(436)),
              gmail_alt(txt, q_gmail_fr(3), rem_fr(inv, 680.00, "15/11/2026")))
    H("poulain_acompte_200_solde_15_janvier", raw, "fr", "client Éric Poulain (private)",
      "partial payment today + balance promised", facts="already_paid=2026-12-03;promise_date=2027-01-15",
      notes="already_paid covers a partial payment (200 of 680 EUR)")

    # ---- H47 Mairie (commune) mandat émis, no firm date
    inv = "F-2026-0448"
    txt = ("Monsieur,\n\nJe vous informe que le mandat correspondant à votre facture F-2026-0448 (accord du piano "
           "de la salle des fêtes) a été émis le 20 novembre et transmis au comptable public. Le délai de paiement "
           "dépend désormais du Service de Gestion Comptable ; il est en général d'une quinzaine de jours.\n\n"
           "Cordialement,\n\nLe secrétaire général\nMairie de Plombières-sur-Ouche\n")
    raw = eml(std(A("Mairie - Secrétariat général", "secretariat.general@mairie-plombieres-ouche.fr"), OWN_TO,
                  "Re: " + rsub_fr(inv), D(2, 14, 27, 10), mid_plain("mairie-plombieres-ouche.fr"), irt=rem_id(448)),
              leaf(txt, charset="utf-8", cte="base64"))
    H("mairie_mandat_emis_sans_date", raw, "fr", "client Mairie de Plombières-sur-Ouche",
      "public body: payment order issued to the public accountant, base64 body", facts="",
      notes="'mandat émis le 20 novembre' is not a payment and not a dated promise; unsure: could be read as already_paid=claimed")

    # ---- H48 promise + partial dispute
    inv = "F-2026-0439"
    txt = ("Bonjour Monsieur Girardin,\n\nLe virement sera effectué le 10 décembre, mais uniquement pour la partie "
           "accord (180 €). Nous contestons les 45 € de « remplacement de corde » : la corde de la note grave "
           "était déjà cassée lors de votre devis et vous ne nous avez pas prévenus d'un supplément.\n\n"
           "Cordialement,\nIsabelle Moreau\nDirectrice - École Saint-Exupéry, Talant\n")
    raw = eml(std(A("Isabelle Moreau", "direction@ecole-stexupery-talant.fr"), OWN_TO, "Re: " + rsub_fr(inv),
                  D(4, 12, 34, 8), mid_gmail(), irt=rem_id(439)),
              gmail_alt(txt, q_gmail_fr(4), rem_fr(inv, 225.00, "25/11/2026")))
    H("stexupery_paiement_10_partiel_conteste_corde", raw, "fr", "client École Saint-Exupéry (Talant)",
      "promise for part of the amount + dispute of a line item", facts="promise_date=2026-12-10;dispute=yes")


# ================================================================= PAYMENT NOTIFICATIONS
def bank_html(brand, color, title, inner, footer, lang="fr", logo_alt=None):
    style = sum(ord(c) for c in brand) % 4
    if style == 1:
        return ('<!doctype html>\n<html lang="%s" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml">\n'
                '<head><title>%s</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
                '<style type="text/css">#outlook a{padding:0;}body{margin:0;padding:0;-webkit-text-size-adjust:100%%;}'
                'p{display:block;margin:13px 0;}</style>\n</head>\n<body style="word-spacing:normal;background-color:#ffffff;">\n'
                '<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>\n'
                '<div style="background-color:#ffffff;">\n<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" style="width:600px;" width="600"><tr><td><![endif]-->\n'
                '<div style="margin:0px auto;max-width:600px;">\n<div style="font-family:Helvetica,Arial,sans-serif;font-size:22px;font-weight:700;color:%s;padding:24px 0 8px 0;">%s</div>\n'
                '<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#101010;">\n%s\n</div>\n'
                '<div style="font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:1.4;color:#9a9a9a;padding:32px 0;border-top:1px solid #eeeeee;margin-top:24px;">%s</div>\n'
                '</div>\n<!--[if mso | IE]></td></tr></table><![endif]-->\n</div>\n</body>\n</html>\n'
                % (lang, esc(title), esc(title), color, esc(logo_alt or brand), inner, footer))
    if style == 2:
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                '<body bgcolor="#ffffff" text="#000000">\n<center>\n<table width="640" border="0" cellspacing="0" cellpadding="10">\n'
                '<tr><td bgcolor="%s"><font face="Verdana, Arial" size="4" color="#ffffff"><b>%s</b></font></td></tr>\n'
                '<tr><td><font face="Verdana, Arial" size="2">\n%s\n</font></td></tr>\n'
                '<tr><td><hr size="1" noshade><font face="Verdana, Arial" size="1" color="#777777">%s</font></td></tr>\n'
                '</table>\n</center>\n</body>\n</html>\n' % (color, esc(logo_alt or brand), inner, footer))
    if style == 3:
        return ('<html>\n<head>\n<meta charset="utf-8">\n<style>\nbody{font-family:-apple-system,Segoe UI,Roboto,Helvetica,sans-serif;color:#222;}\n'
                '.container{max-width:560px;margin:0 auto;padding:24px;}\n.brand{font-size:18px;font-weight:600;color:%s;}\n'
                '.footer{font-size:11px;color:#888;margin-top:32px;}\n</style>\n</head>\n<body>\n<div class="container">\n'
                '<div class="brand">%s</div>\n<h2 style="font-size:20px;">%s</h2>\n%s\n<p class="footer">%s</p>\n</div>\n</body>\n</html>\n'
                % (color, esc(logo_alt or brand), esc(title), inner, footer))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background-color:#f2f3f5;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f5;">\n'
            '<tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px;">\n'
            '<tr><td style="background:%s;padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">'
            '<img src="https://static.%s/mail/logo.png" alt="%s" height="28" style="display:block;border:0;"></td></tr>\n'
            '<tr><td style="padding:28px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1d1d1f;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px 28px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#8a8a8e;">%s</td></tr>\n'
            '</table>\n</td></tr>\n</table>\n</body>\n</html>\n'
            % (lang, esc(title), color, brand.lower().replace(" ", "").replace("!", "") + ".example", esc(logo_alt or brand), inner, footer))


def kv(rows):
    out = '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;margin:12px 0;">\n'
    for k, v in rows:
        out += ('<tr><td style="border-bottom:1px solid #e5e5ea;color:#6e6e73;font-size:13px;">%s</td>'
                '<td align="right" style="border-bottom:1px solid #e5e5ea;font-weight:bold;font-size:14px;">%s</td></tr>\n' % (esc(k), esc(v)))
    return out + "</table>"


def P(name, raw, lang, provider, pattern, direction, amount, currency, payer="", reference="", value_date="",
      cap="no", notes="", group=None):
    add("payment_notification", name, raw, lang, group or provider, pattern, provider=provider, direction=direction,
        amount=amount, currency=currency, payer=payer, reference=reference, value_date=value_date, cap=cap, notes=notes)


def build_payments():
    # ---- Qonto: money in
    inner = ("<p>Bonjour Thomas,</p><p>Vous avez reçu un virement sur le compte <b>Thomas Girardin EI – Compte principal</b>.</p>"
             + kv([("Montant", "+ 560,00 €"), ("De", "ASSOCIATION LES CORDES SENSIBLES"), ("Référence", "FACTURE F-2026-0384"),
                   ("Date", "30/11/2026")])
             + '<p><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Voir la transaction</a></p>')
    foot = ("Qonto est une marque commerciale d'Olinda SAS, établissement de paiement agréé par l'ACPR. "
            "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez le chat depuis votre application.")
    plain = ("Bonjour Thomas,\n\nVous avez reçu un virement sur le compte Thomas Girardin EI – Compte principal.\n\n"
             "Montant : + 560,00 €\nDe : ASSOCIATION LES CORDES SENSIBLES\nRéférence : FACTURE F-2026-0384\nDate : 30/11/2026\n\n"
             "Voir la transaction : https://app.qonto.com/transactions\n\n" + foot + "\n")
    raw = eml(std("Qonto <no-reply@qonto.com>", OWNER_ADDR, "Vous avez reçu 560,00 € de ASSOCIATION LES CORDES SENSIBLES",
                  D(30, 9, 12, 4), mid_plain("qonto.com", "0102019"), extra=[("X-Mailer", "Customer.io")]),
              multi("alternative", [leaf(plain), leaf(bank_html("Qonto", "#1d1d1b", "Virement reçu", inner, foot), "html")]))
    P("qonto_virement_recu_cordes_sensibles", raw, "fr", "Qonto", "incoming SEPA transfer, subject with amount and payer, HTML+text",
      "in", "560.00", "EUR", "ASSOCIATION LES CORDES SENSIBLES", "FACTURE F-2026-0384", "2026-11-30", "yes")

    # ---- Qonto: outgoing transfer executed
    plain = ("Bonjour Thomas,\n\nVotre virement de 86,40 € vers FOURNITURES PIANO EUROPE a été exécuté.\n\n"
             "Référence : CDE 77120 FEUTRES\nCompte débité : Compte principal\nDate d'exécution : 01/12/2026\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\nL'équipe Qonto\n")
    raw = eml(std("Qonto <no-reply@qonto.com>", OWNER_ADDR, "Votre virement de 86,40 € a été exécuté", D(1, 10, 2, 51),
                  mid_plain("qonto.com", "0102019")), leaf(plain))
    P("qonto_virement_sortant_execute", raw, "fr", "Qonto", "outgoing transfer executed (text only)", "out", "86.40", "EUR",
      reference="CDE 77120 FEUTRES", value_date="2026-12-01")

    # ---- Shine: money in (tu)
    inner = ("<p style=\"font-size:22px;font-weight:bold;\">+145,00 €</p><p>Bonne nouvelle Thomas ! Tu viens de recevoir un virement "
             "de <b>M ROLAND PHILIPPE</b>.</p>" + kv([("Libellé", "Accord piano F-2026-0386"), ("Reçu le", "lundi 30 novembre 2026")])
             + "<p>Pense à rapprocher ce paiement de ta facture dans l'onglet Factures 😉</p>")
    foot = ("Shine SAS, établissement de paiement agréé par l'ACPR. Tu reçois cet e-mail car tu as activé les notifications "
            "de transactions. Tu peux les gérer à tout moment depuis l'application.")
    raw = eml(std("Shine <notifications@shine.fr>", OWNER_ADDR, "Tu as reçu un virement de 145,00 €", D(30, 16, 31, 20),
                  mid_plain("shine.fr")), leaf(bank_html("Shine", "#0a2540", "Virement reçu", inner, foot), "html"))
    P("shine_tu_as_recu_virement", raw, "fr", "Shine", "incoming transfer, informal tu, HTML-only", "in", "145.00", "EUR",
      "M ROLAND PHILIPPE", "Accord piano F-2026-0386", "2026-11-30", "yes")

    # ---- Shine: URSSAF direct debit taken
    plain = ("Salut Thomas,\n\nUn prélèvement de 612,00 € vient d'être débité de ton compte Shine.\n\n"
             "Créancier : URSSAF BOURGOGNE\nLibellé : PRLV SEPA URSSAF BOURGOGNE COTISATIONS 10-2026\nDate : 02/12/2026\n\n"
             "Si tu ne reconnais pas ce prélèvement, tu peux le contester depuis l'application.\n\n"
             "--\nShine - Le compte pro qui te simplifie la vie.\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    raw = eml(std("Shine <notifications@shine.fr>", OWNER_ADDR, "Prélèvement de 612,00 € – URSSAF BOURGOGNE",
                  D(2, 7, 4, 18), mid_plain("shine.fr")), leaf(plain))
    P("shine_prelevement_urssaf", raw, "fr", "Shine", "direct debit taken (URSSAF), mentions 'contester'", "out", "612.00", "EUR",
      reference="PRLV SEPA URSSAF BOURGOGNE COTISATIONS 10-2026", value_date="2026-12-02")

    # ---- BNP Paribas: balance alert
    plain = ("Madame, Monsieur,\n\nDans le cadre du service d'alertes que vous avez souscrit, nous vous informons que le solde "
             "de votre compte n° ****4417 est passé sous le seuil de 500,00 EUR que vous avez défini.\n\n"
             "Solde au 01/12/2026 : 318,27 EUR\n\nPour consulter vos comptes, connectez-vous à votre espace Mes Comptes sur "
             "mabanque.bnpparibas ou sur l'application Mes Comptes.\n\nBNP Paribas ne vous demandera jamais vos codes d'accès "
             "par e-mail.\nCeci est un message automatique, merci de ne pas y répondre.\n\nBNP Paribas SA au capital de "
             "2 261 621 342 EUR - Siège social : 16 boulevard des Italiens, 75009 Paris - 662 042 449 RCS Paris\n")
    raw = eml(std("BNP Paribas <alertes@alertes.bnpparibas.net>", OWNER_ADDR, "Alerte solde : votre compte est sous le seuil défini",
                  D(1, 6, 30, 2), mid_plain("alertes.bnpparibas.net")), leaf(plain, charset="iso-8859-1"))
    P("bnp_alerte_solde_seuil", raw, "fr", "BNP Paribas", "balance-threshold alert, ISO-8859-1 text", "statement", "", "EUR",
      notes="balance 318,27 EUR given, no single movement")

    # ---- BNP Paribas: statement available
    inner = ("<p>Bonjour Monsieur GIRARDIN,</p><p>Votre relevé de compte de <b>novembre 2026</b> est disponible dans votre espace "
             "client, rubrique « Mes documents ».</p><p>Compte : Compte Pro ****4417</p>"
             "<p>Vous avez choisi les relevés en ligne : merci de contribuer avec nous à la réduction de la consommation de papier.</p>")
    foot = ("Ceci est un e-mail automatique, merci de ne pas y répondre. BNP Paribas ne vous demande jamais vos identifiants ou vos codes "
            "par e-mail ou par téléphone. BNP Paribas SA - 662 042 449 RCS Paris - ORIAS n° 07 022 735.")
    raw = eml(std("BNP Paribas <ne-pas-repondre@bnpparibas.com>", OWNER_ADDR, "Votre relevé de compte est disponible",
                  D(3, 5, 11, 40), mid_plain("bnpparibas.com")),
              leaf(bank_html("BNP Paribas", "#00915a", "Relevé disponible", inner, foot), "html", cte="base64"))
    P("bnp_releve_disponible", raw, "fr", "BNP Paribas", "monthly statement available, HTML base64", "statement", "", "")

    # ---- Crédit Agricole: credit alert, public payer via DRFIP
    plain = ("CREDIT AGRICOLE DE CHAMPAGNE-BOURGOGNE\n\nAlerte Mouvement\n\nBonjour,\n\nNous vous informons qu'une opération "
             "créditrice d'un montant de 760,00 EUR a été enregistrée le 01/12/2026 sur votre compte PROFESSIONNEL "
             "n° XXXXXXX3390.\n\nLibellé : VIR DRFIP BOURGOGNE FC ET COTE D OR MANDAT 2026-001452 F-2026-0388\n\n"
             "Cette alerte vous est adressée dans le cadre de votre abonnement au service Alertes. Pour modifier vos "
             "alertes, rendez-vous sur www.credit-agricole.fr/ca-cb, rubrique Alertes.\n\n"
             "Ce message est généré automatiquement, merci de ne pas y répondre.\n")
    raw = eml(std("Credit Agricole <alerte@ca-cb.fr>", OWNER_ADDR, "Alerte : opération créditrice sur votre compte",
                  D(1, 8, 2, 17), mid_plain("ca-cb.fr", "ALR."), charset="iso-8859-1"), leaf(plain, charset="iso-8859-1", cte="8bit"))
    P("credit_agricole_alerte_credit_drfip", raw, "fr", "Crédit Agricole",
      "credit alert, ISO-8859-1 8bit, public payer shown as DRFIP with mandate number", "in", "760.00", "EUR",
      "DRFIP BOURGOGNE FC ET COTE D OR", "VIR DRFIP BOURGOGNE FC ET COTE D OR MANDAT 2026-001452 F-2026-0388",
      "2026-12-01", "yes", notes="public body pays through the DRFIP: payer name is the public accountant, not the commune")

    # ---- Crédit Agricole: card spend alert
    plain = ("CREDIT AGRICOLE DE CHAMPAGNE-BOURGOGNE\n\nAlerte Carte\n\nBonjour,\n\nUn paiement par carte d'un montant de "
             "124,90 EUR a été effectué le 30/11/2026 avec votre carte n° XXXX XXXX XXXX 7731.\n\nCommerçant : "
             "BRICO DEPOT CHENOVE\n\nSi vous n'êtes pas à l'origine de cette opération, faites immédiatement opposition "
             "au 09 69 39 92 91.\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
    raw = eml(std("Credit Agricole <alerte@ca-cb.fr>", OWNER_ADDR, "Alerte : paiement par carte", D(30, 18, 41, 3),
                  mid_plain("ca-cb.fr", "ALR."), charset="iso-8859-1"), leaf(plain, charset="iso-8859-1", cte="quoted-printable"))
    P("credit_agricole_alerte_paiement_carte", raw, "fr", "Crédit Agricole", "card payment alert", "out", "124.90", "EUR",
      reference="BRICO DEPOT CHENOVE", value_date="2026-11-30")

    # ---- Société Générale: 2 virements reçus
    inner = ("<p>Bonjour,</p><p><b>2 virements reçus</b> ont été crédités sur votre compte Pro ****0582 :</p>"
             '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;font-size:13px;">'
             "<tr style=\"background:#f5f5f5\"><th align=\"left\">Date</th><th align=\"left\">Émetteur</th><th align=\"left\">Libellé</th><th align=\"right\">Montant</th></tr>"
             "<tr><td>30/11/2026</td><td>SARL LE GRENIER DE BOURGOGNE</td><td>REGLEMENT FACT F-2026-0389</td><td align=\"right\">+ 1 120,00 EUR</td></tr>"
             "<tr><td>30/11/2026</td><td>M OU MME DUVAL JEAN MARC</td><td>ACCORD PIANO NOVEMBRE</td><td align=\"right\">+ 145,00 EUR</td></tr>"
             "</table><p>Retrouvez le détail de vos opérations dans votre Espace Client.</p>")
    foot = ("Message automatique, merci de ne pas répondre. Société Générale ne vous demandera jamais vos codes par e-mail. "
            "Société Générale - S.A. au capital de 1 000 395 971,25 € - 552 120 222 RCS Paris - Siège : 29 bd Haussmann 75009 Paris.")
    raw = eml(std("Societe Generale <alertes@societegenerale.fr>", OWNER_ADDR, "Vos alertes : 2 virements reçus",
                  D(1, 7, 15, 0), mid_plain("societegenerale.fr")),
              leaf(bank_html("Societe Generale", "#e9041e", "2 virements reçus", inner, foot), "html"))
    P("societe_generale_deux_virements_recus", raw, "fr", "Société Générale", "plural '2 virements reçus', HTML table",
      "in|in", "1120.00|145.00", "EUR", "SARL LE GRENIER DE BOURGOGNE|M OU MME DUVAL JEAN MARC",
      "REGLEMENT FACT F-2026-0389|ACCORD PIANO NOVEMBRE", "2026-11-30|2026-11-30", "yes",
      notes="two payers in one notice; each would settle its own invoice")

    # ---- Société Générale: direct debit rejected
    plain = ("Bonjour,\n\nNous vous informons que le prélèvement SEPA ci-dessous n'a pas pu être payé et a été rejeté :\n\n"
             "Créancier : MMA IARD ASSURANCES MUTUELLES\nRéférence unique de mandat : MMA-PRO-00482931\nMontant : 48,50 EUR\n"
             "Date d'échéance : 02/12/2026\nMotif du rejet : provision insuffisante\n\nDes frais de rejet de 20,00 EUR "
             "seront prélevés conformément aux conditions tarifaires en vigueur. Nous vous invitons à régulariser la "
             "situation auprès de votre créancier.\n\nCordialement,\nVotre conseiller Société Générale\n\n"
             "Ce message est envoyé automatiquement. Merci de ne pas y répondre.\n")
    raw = eml(std("Societe Generale <alertes@societegenerale.fr>", OWNER_ADDR, "Rejet de prélèvement sur votre compte",
                  D(2, 11, 47, 33), mid_plain("societegenerale.fr")), leaf(plain))
    P("societe_generale_rejet_prelevement", raw, "fr", "Société Générale", "SEPA direct debit rejected (insufficient funds), fee announced",
      "failed", "48.50", "EUR", reference="MMA-PRO-00482931", value_date="2026-12-02")

    # ---- LCL: instant transfer in (Camille)
    plain = ("LCL - Alerte virement\n\nBonjour Monsieur Girardin,\n\nVous avez reçu un virement instantané de 90,00 EUR sur votre "
             "compte n° 00000623718K.\n\nDonneur d'ordre : ROUX CAMILLE\nMotif : piano merci !!\nDate : 03/12/2026 à 09:03\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\nLCL - Le Crédit Lyonnais SA - SIREN 954 509 741 RCS Lyon\n")
    raw = eml(std("LCL <alertes@info.lcl.fr>", OWNER_ADDR, "Vous avez reçu un virement instantané", D(3, 9, 3, 44),
                  mid_plain("info.lcl.fr")), leaf(plain))
    P("lcl_virement_instantane_roux", raw, "fr", "LCL", "instant transfer received, informal motif without invoice number",
      "in", "90.00", "EUR", "ROUX CAMILLE", "piano merci !!", "2026-12-03", "yes",
      notes="matches the promise in human_reply/camille_tu_demain_matin")

    # ---- LCL: e-relevé
    inner = ("<p>Bonjour,</p><p>Un nouveau document est disponible dans votre espace client LCL :</p>"
             "<ul><li>Relevé de compte n° 11 – novembre 2026</li></ul><p>Conservez-le : il a valeur de justificatif.</p>")
    foot = "Vous recevez cet e-mail car vous avez opté pour les e-documents. Ceci est un message automatique, merci de ne pas y répondre."
    raw = eml(std("LCL <e-documents@info.lcl.fr>", OWNER_ADDR, "Votre e-relevé de novembre est disponible", D(2, 4, 55, 1),
                  mid_plain("info.lcl.fr")),
              multi("alternative", [leaf("Bonjour,\n\nUn nouveau document est disponible dans votre espace client LCL : "
                                         "Relevé de compte n° 11 – novembre 2026.\n\n" + foot + "\n"),
                                    leaf(bank_html("LCL", "#002d72", "e-relevé", inner, foot), "html")]))
    P("lcl_e_releve_novembre", raw, "fr", "LCL", "e-statement available", "statement", "", "")

    # ---- La Banque Postale: credit
    plain = ("LA BANQUE POSTALE\n\nAvis d'opération\n\nMonsieur Thomas GIRARDIN,\n\nUn virement d'un montant de 135,00 € a été "
             "porté au crédit de votre compte courant n° ***** ***6Y020 le 02/12/2026.\n\nÉmetteur : ASS CHORALE LA CLE DES CHANTS\n"
             "Libellé : FACT F-2026-0390 ACCORD\n\nCordialement,\nLa Banque Postale\n\n"
             "Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.\n"
             "La Banque Postale - SA à Directoire et Conseil de Surveillance - 421 100 645 RCS Paris\n")
    raw = eml(std("La Banque Postale <ne-pas-repondre@labanquepostale.fr>", OWNER_ADDR, "Avis d'opération sur votre compte",
                  D(2, 13, 20, 9), mid_plain("labanquepostale.fr")), leaf(plain, charset="windows-1252"))
    P("banque_postale_avis_credit_chorale", raw, "fr", "La Banque Postale", "'porté au crédit', subject without amount, windows-1252 QP",
      "in", "135.00", "EUR", "ASS CHORALE LA CLE DES CHANTS", "FACT F-2026-0390 ACCORD", "2026-12-02", "yes")

    # ---- La Banque Postale: cheque returned unpaid
    plain = ("LA BANQUE POSTALE\n\nMonsieur,\n\nNous vous informons que le chèque n° 4417823 d'un montant de 145,00 €, tiré sur "
             "le CIC et remis à l'encaissement le 24/11/2026, nous a été retourné impayé.\n\nMotif : défaut de provision\n\n"
             "Le montant correspondant a été débité de votre compte le 03/12/2026. Le certificat de non-paiement vous sera "
             "adressé par courrier si le chèque reste impayé à l'issue du délai de 30 jours.\n\nLa Banque Postale\n"
             "Merci de ne pas répondre à ce courriel.\n")
    raw = eml(std("La Banque Postale <ne-pas-repondre@labanquepostale.fr>", OWNER_ADDR, "Chèque remis retourné impayé",
                  D(3, 14, 2, 50), mid_plain("labanquepostale.fr")), leaf(plain))
    P("banque_postale_cheque_impaye", raw, "fr", "La Banque Postale", "deposited cheque returned unpaid, amount debited back",
      "failed", "145.00", "EUR", reference="CHQ 4417823", value_date="2026-12-03")

    # ---- CIC: credit alert (multipart, table)
    plain = ("CIC - Alerte\n\nOpération au crédit de votre compte 30066 10021 000202xxxxx\n\nDate : 02/12/2026\n"
             "Libellé : VIR SEPA SCOP LA VAPEUR DU SON / F-2026-0393\nMontant : +410,00 EUR\n\n"
             "Message envoyé automatiquement par le service Alertes du CIC. Merci de ne pas y répondre.\n")
    inner = ("<p><b>Opération au crédit de votre compte</b></p>" + kv([("Date", "02/12/2026"), ("Libellé", "VIR SEPA SCOP LA VAPEUR DU SON / F-2026-0393"),
                                                                   ("Montant", "+410,00 EUR")]))
    raw = eml(std("CIC <alertes@cic.fr>", OWNER_ADDR, "CIC - Alerte opération", D(2, 18, 5, 0), mid_plain("cic.fr", "ALRT")),
              multi("alternative", [leaf(plain, charset="iso-8859-1"),
                                    leaf(bank_html("CIC", "#0a4d8c", "Alerte", inner, "Message envoyé automatiquement. Merci de ne pas y répondre."), "html")]))
    P("cic_alerte_credit_vapeur_du_son", raw, "fr", "Crédit Mutuel / CIC", "credit alert with label 'VIR SEPA <payer> / ref'",
      "in", "410.00", "EUR", "SCOP LA VAPEUR DU SON", "VIR SEPA SCOP LA VAPEUR DU SON / F-2026-0393", "2026-12-02", "yes")

    # ---- Crédit Mutuel: outgoing transfer executed
    plain = ("Crédit Mutuel\n\nBonjour,\n\nVotre virement SEPA a été exécuté.\n\nBénéficiaire : SARL LOCATEL UTILITAIRES\n"
             "Montant : 260,00 EUR\nMotif : LOCATION CAMION DEMENAGEMENT PIANO 28/11\nDate d'exécution : 30/11/2026\n\n"
             "Conservez ce message comme justificatif.\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
    raw = eml(std(A("Crédit Mutuel", "noreply@creditmutuel.fr"), OWNER_ADDR, "Confirmation d'exécution de votre virement",
                  D(30, 11, 40, 0), mid_plain("creditmutuel.fr")), leaf(plain, cte="8bit"))
    P("credit_mutuel_virement_execute", raw, "fr", "Crédit Mutuel / CIC", "outgoing transfer confirmation ('Bénéficiaire')",
      "out", "260.00", "EUR", reference="LOCATION CAMION DEMENAGEMENT PIANO 28/11", value_date="2026-11-30")

    # ---- BoursoBank: credit (Duchêne)
    inner = ("<p>Bonjour Thomas,</p><p>Vous avez reçu un virement de <b>210,00 €</b> sur votre compte BoursoBank Pro.</p>"
             + kv([("Émetteur", "MME DUCHENE LAURE"), ("Motif", "Facture F-2026-0450"), ("Date de valeur", "30/11/2026")]))
    foot = ("BoursoBank ne vous demandera jamais de communiquer vos codes par e-mail. Ceci est un e-mail automatique, merci de ne pas y répondre. "
            "BoursoBank SA - 351 058 151 RCS Nanterre.")
    raw = eml(std("BoursoBank <noreply@boursobank.info>", OWNER_ADDR, "Nouveau virement reçu", D(30, 10, 58, 21),
                  mid_plain("boursobank.info")), leaf(bank_html("BoursoBank", "#d6006e", "Virement reçu", inner, foot), "html"))
    P("boursobank_virement_recu_duchene", raw, "fr", "BoursoBank", "credit notice, amount in body only",
      "in", "210.00", "EUR", "MME DUCHENE LAURE", "Facture F-2026-0450", "2026-11-30", "yes",
      notes="the client claims in human_reply/duchene_forward_confirmation_banque she paid on 27 Nov")

    # ---- Hello bank!: card payment
    plain = ("Hello bank!\n\nHello Thomas,\n\nUn paiement par carte de 389,00 € a été réalisé le 01/12/2026 chez PIANO-PARTS.EU.\n\n"
             "Ce n'est pas vous ? Faites opposition immédiatement depuis votre appli Hello bank!.\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\nHello bank! est la banque digitale de BNP Paribas.\n")
    raw = eml(std("Hello bank! <noreply@hellobank.fr>", OWNER_ADDR, "Paiement par carte : 389,00 €", D(1, 15, 26, 30),
                  mid_plain("hellobank.fr")), leaf(plain))
    P("hellobank_paiement_carte", raw, "fr", "Hello bank!", "card payment, amount in subject", "out", "389.00", "EUR",
      reference="PIANO-PARTS.EU", value_date="2026-12-01")

    # ---- Fortuneo: balance above threshold
    plain = ("Fortuneo\n\nBonjour,\n\nVous avez demandé à être prévenu lorsque le solde de votre compte courant dépasse "
             "5 000,00 €.\n\nSolde au 04/12/2026 : 5 362,18 €\n\nPour gérer vos alertes : Mon compte > Paramètres > Alertes.\n\n"
             "Cet e-mail vous est envoyé automatiquement. Merci de ne pas y répondre.\nFortuneo - SA au capital de 26 938 740 € - RCS Brest 384 288 890\n")
    raw = eml(std("Fortuneo <alertes@fortuneo.fr>", OWNER_ADDR, "Alerte solde : seuil de 5 000,00 € dépassé", D(4, 6, 0, 12),
                  mid_plain("fortuneo.fr")), leaf(plain))
    P("fortuneo_alerte_solde_depasse", raw, "fr", "Fortuneo", "balance-above-threshold alert with amounts (not a movement)",
      "statement", "", "EUR", notes="amounts are a threshold and a balance, not a movement")

    # ---- Caisse d'Épargne: credit, HTML table
    inner = ("<p>Bonjour,</p><p>Vous avez reçu un virement sur votre compte.</p>"
             + kv([("Compte", "Compte Professionnel n° ****7215"), ("Montant", "390,00 €"), ("Émetteur", "ASSOC MUSIQUE ET LOISIRS ARC"),
                   ("Référence", "ACCORDS 2026 F0392"), ("Date d'opération", "03/12/2026")]))
    foot = ("Caisse d'Epargne Bourgogne Franche-Comté. Ce message vous est adressé automatiquement, merci de ne pas y répondre. "
            "Pour toute question, contactez votre conseiller via votre messagerie sécurisée.")
    raw = eml(std("Caisse d'Epargne <alertes@caisse-epargne.fr>", OWNER_ADDR, "Vous avez reçu un virement", D(3, 12, 14, 7),
                  mid_plain("caisse-epargne.fr")), leaf(bank_html("Caisse d'Epargne", "#c8102e", "Virement reçu", inner, foot), "html", charset="utf-8", cte="base64"))
    P("caisse_epargne_virement_recu_arc", raw, "fr", "Caisse d'Épargne", "credit notice, HTML table, base64",
      "in", "390.00", "EUR", "ASSOC MUSIQUE ET LOISIRS ARC", "ACCORDS 2026 F0392", "2026-12-03", "yes")

    # ---- Caisse d'Épargne: outgoing transfer rejected
    plain = ("Caisse d'Epargne\n\nBonjour,\n\nVotre virement n'a pas pu être exécuté.\n\nBénéficiaire : ATELIER FEUTRES DU JURA\n"
             "Montant : 86,00 €\nMotif du rejet : coordonnées bancaires du bénéficiaire invalides (IBAN inconnu)\n\n"
             "Le montant n'a pas été débité de votre compte. Vérifiez les coordonnées du bénéficiaire avant de renouveler "
             "votre opération.\n\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n")
    raw = eml(std("Caisse d'Epargne <alertes@caisse-epargne.fr>", OWNER_ADDR, "Virement non exécuté", D(4, 10, 3, 55),
                  mid_plain("caisse-epargne.fr")), leaf(plain))
    P("caisse_epargne_virement_sortant_rejete", raw, "fr", "Caisse d'Épargne", "outgoing transfer rejected (invalid IBAN)",
      "failed", "86.00", "EUR", value_date="2026-12-04")

    # ---- Banque Populaire: credit
    plain = ("BANQUE POPULAIRE BOURGOGNE FRANCHE-COMTE\n\nCyberplus - Alerte\n\nCrédit sur votre compte 12807 00021 ***4471 :\n"
             "+ 1 650,00 EUR le 04/12/2026\nVIR ASSOCIATION NUITS PIANISTIQUES REF F-2026-0395 RESTAURATION + ACCORDS\n\n"
             "Pour ne plus recevoir cette alerte, connectez-vous à Cyberplus.\nMerci de ne pas répondre à ce message.\n")
    raw = eml(std("Banque Populaire <alertes@banquepopulaire.fr>", OWNER_ADDR, "Alerte : crédit sur votre compte", D(4, 8, 17, 29),
                  mid_plain("banquepopulaire.fr")), leaf(plain, charset="iso-8859-1", cte="8bit"))
    P("banque_populaire_credit_nuits_pianistiques", raw, "fr", "Banque Populaire", "'Crédit sur votre compte', one-line label with payer",
      "in", "1650.00", "EUR", "ASSOCIATION NUITS PIANISTIQUES", "F-2026-0395 RESTAURATION + ACCORDS", "2026-12-04", "yes")

    # ---- N26 EN
    inner = ("<p>Hi Thomas,</p><p>You've received <b>€450.00</b> from <b>Lucas Bernier</b>.</p>"
             "<p>Reference: Accord + petites réparations</p><p>The money is already in your main account.</p>")
    foot = ("N26 Bank SE, Voltairestraße 8, 10179 Berlin. This is an automated message - please do not reply. "
            "You're receiving this email because you have enabled transaction notifications.")
    raw = eml(std("N26 <no-reply@n26.com>", OWNER_ADDR, "You've received €450.00", D(30, 20, 45, 2),
                  mid_plain("n26.com")), leaf(bank_html("N26", "#36a18b", "Money received", inner, foot, "en"), "html"))
    P("n26_en_received_bernier", raw, "en", "N26", "EN money received, HTML-only", "in", "450.00", "EUR", "Lucas Bernier",
      "Accord + petites réparations", "2026-11-30", "yes")

    # ---- Revolut Business: received
    plain = ("Revolut Business\n\nPayment received\n\nYou received €2,400.00 from AURELIA EVENTS GMBH.\n\n"
             "Account: EUR Main\nReference: INV F-2026-0394 Steinway rental+tuning\nDate: 2 Dec 2026\n\n"
             "View transaction: https://business.revolut.com/transactions\n\n"
             "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius. You are receiving this email because you are a Revolut Business customer.\n")
    raw = eml(std("Revolut Business <no-reply@revolut.com>", OWNER_ADDR, "You received €2,400.00 from AURELIA EVENTS GMBH",
                  D(2, 14, 51, 37), mid_plain("revolut.com")), leaf(plain))
    P("revolut_business_received_aurelia", raw, "en", "Revolut Business", "EN payment received, amount and payer in subject",
      "in", "2400.00", "EUR", "AURELIA EVENTS GMBH", "INV F-2026-0394 Steinway rental+tuning", "2026-12-02", "yes")

    # ---- Revolut Business: transfer failed
    plain = ("Revolut Business\n\nYour transfer failed\n\nYour transfer of £180.00 to Ashdown Pianos Ltd could not be completed. "
             "The recipient's bank returned the payment: account closed.\n\nThe funds have been returned to your GBP account.\n\n"
             "Please check the recipient's details and try again.\n\nRevolut Bank UAB. This is an automated email.\n")
    raw = eml(std("Revolut Business <no-reply@revolut.com>", OWNER_ADDR, "Your transfer to Ashdown Pianos Ltd failed",
                  D(3, 16, 8, 2), mid_plain("revolut.com")), leaf(plain))
    P("revolut_business_transfer_failed", raw, "en", "Revolut Business", "EN outgoing transfer returned (account closed)",
      "failed", "180.00", "GBP", value_date="2026-12-03",
      notes="names a client (Ashdown) but is the owner's outgoing payment that failed")

    # ---- Wise: GBP received
    inner = ("<p>Hi Thomas,</p><p><b>Oliver Hartley</b> sent you <b>380.00 GBP</b>. It's now in your GBP balance.</p>"
             + kv([("Reference", "Piano tuning Meursault"), ("Received", "1 December 2026")]))
    foot = ("Wise Europe SA, Rue du Trône 100, 1050 Brussels. This is an automated email, please don't reply. "
            "You're receiving this because you have a Wise account.")
    raw = eml(std("Wise <noreply@wise.com>", OWNER_ADDR, "You've received 380.00 GBP from Oliver Hartley", D(1, 17, 2, 45),
                  mid_plain("wise.com")), multi("alternative", [leaf("Hi Thomas,\n\nOliver Hartley sent you 380.00 GBP. It's now in your GBP balance.\n\nReference: Piano tuning Meursault\n\n" + foot),
                                                                  leaf(bank_html("Wise", "#9fe870", "Money received", inner, foot, "en"), "html")]))
    P("wise_received_gbp_hartley", raw, "en", "Wise", "EN money received in GBP", "in", "380.00", "GBP", "Oliver Hartley",
      "Piano tuning Meursault", "2026-12-01", "yes")

    # ---- Wise: outgoing transfer on its way
    plain = ("Hi Thomas,\n\nYour money's on its way to SAITENWERK AG.\n\nYou sent: 312.00 EUR\nThey receive: 291.44 CHF\n"
             "Should arrive: by Friday, 4 December\nTransfer #1882736401\n\nTrack your transfer in the app.\n\nThe Wise team\n"
             "Wise Europe SA. Please don't reply to this email.\n")
    raw = eml(std("Wise <noreply@wise.com>", OWNER_ADDR, "Your money's on its way to SAITENWERK AG", D(2, 9, 31, 3),
                  mid_plain("wise.com")), leaf(plain))
    P("wise_transfer_on_its_way_saitenwerk", raw, "en", "Wise", "EN outgoing transfer to supplier (EUR->CHF)", "out", "312.00", "EUR",
      reference="Transfer #1882736401", value_date="2026-12-02")

    # ---- Stripe: payout (aggregate)
    inner = ("<p>Bonjour,</p><p>Un virement de <b>1 236,40 €</b> est en route vers votre compte bancaire QONTO ••••0442.</p>"
             + kv([("Montant", "1 236,40 €"), ("Date d'arrivée estimée", "3 déc. 2026"), ("ID du virement", "po_1QXk82GirArDiN4p"),
                   ("Paiements inclus", "7")])
             + "<p>Consultez le détail des transactions incluses dans votre Dashboard.</p>")
    foot = "Stripe Payments Europe, Ltd. Vous recevez cet e-mail parce que les notifications de virement sont activées pour votre compte Stripe."
    raw = eml(std("Stripe <notifications@stripe.com>", OWNER_ADDR, "Votre virement de 1 236,40 € est en route", D(1, 3, 12, 8),
                  mid_plain("stripe.com")), leaf(bank_html("Stripe", "#635bff", "Virement en route", inner, foot), "html"))
    P("stripe_payout_en_route", raw, "fr", "Stripe", "payout of a batch of 7 card payments to the bank", "in", "1236.40", "EUR",
      "", "po_1QXk82GirArDiN4p", "2026-12-03", "no_aggregate")

    # ---- Stripe: payout failed
    plain = ("Stripe\n\nYour payout failed\n\nWe were unable to send your payout of €842.10 to your bank account ending in 0442. "
             "Your bank reported: account_closed.\n\nThe funds have been returned to your Stripe balance. Please update your "
             "bank account details in the Dashboard (Settings > Bank accounts and scheduling) so that we can retry the payout.\n\n"
             "Payout ID: po_1QYa09GirArDiN7t\n\n— The Stripe team\n")
    raw = eml(std("Stripe <notifications@stripe.com>", OWNER_ADDR, "Action required: your payout failed", D(4, 4, 21, 40),
                  mid_plain("stripe.com")), leaf(plain))
    P("stripe_en_payout_failed", raw, "en", "Stripe", "EN payout failed, funds back to balance", "failed", "842.10", "EUR",
      reference="po_1QYa09GirArDiN7t", value_date="2026-12-04")

    # ---- Stripe: dispute
    plain = ("Stripe\n\nUn paiement a été contesté\n\nLe titulaire de la carte a contesté un paiement de 320,00 € effectué le "
             "12 oct. 2026 (client : m.delacroix@example.fr).\n\nMotif : produit non reçu\nMontant contesté : 320,00 €\n"
             "Frais de litige : 15,00 €\nRépondre avant le : 21 déc. 2026\n\nLe montant contesté et les frais ont été "
             "prélevés de votre solde. Soumettez des preuves depuis votre Dashboard pour contester ce litige.\n\nL'équipe Stripe\n")
    raw = eml(std("Stripe <notifications@stripe.com>", OWNER_ADDR, "Un paiement de 320,00 € a été contesté", D(2, 16, 44, 0),
                  mid_plain("stripe.com")), leaf(plain))
    P("stripe_litige_paiement_conteste", raw, "fr", "Stripe", "card dispute / chargeback opened", "chargeback", "320.00", "EUR",
      reference="", value_date="2026-12-02")

    # ---- Stripe: invoice paid (Stripe Invoicing)
    inner = ("<p>Paiement reçu de <b>Famille Nguyen</b></p>" + kv([("Facture", "F-2026-0389"), ("Montant payé", "145,00 €"),
                                                                  ("Moyen de paiement", "Visa •••• 4821"), ("Date", "4 déc. 2026")]))
    raw = eml(std("Stripe <invoicing@stripe.com>", OWNER_ADDR, "Paiement de 145,00 € reçu de Famille Nguyen", D(4, 13, 9, 55),
                  mid_plain("stripe.com")), leaf(bank_html("Stripe", "#635bff", "Paiement reçu", inner,
                                                           "Stripe Payments Europe, Ltd. Ne répondez pas à cet e-mail."), "html"))
    P("stripe_invoice_paiement_recu_nguyen", raw, "fr", "Stripe", "invoice paid by card through Stripe Invoicing", "in", "145.00", "EUR",
      "Famille Nguyen", "F-2026-0389", "2026-12-04", "yes")

    # ---- PayPal: money received
    inner = ("<p>Bonjour Thomas Girardin,</p><p>Vous avez reçu <b>320,00 EUR</b> de Marc Delorme.</p>"
             + kv([("Numéro de transaction", "6LK04512XR8830215"), ("Note de Marc Delorme", "Accord + changement corde sol grave")])
             + "<p>Le paiement peut prendre quelques instants à apparaître sur votre compte.</p>")
    foot = ("Aidez-nous à protéger votre compte : PayPal ne vous demandera jamais votre mot de passe par e-mail. "
            "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg. "
            "Ne répondez pas à cet e-mail, cette boîte aux lettres n'est pas surveillée.")
    raw = eml(std("PayPal <service@paypal.fr>", OWNER_ADDR, "Vous avez reçu un paiement", D(30, 13, 37, 19),
                  mid_plain("paypal.com", "PP."), extra=[("X-Email-Type-Id", "PPC000601")]),
              leaf(bank_html("PayPal", "#003087", "Paiement reçu", inner, foot), "html", cte="quoted-printable"))
    P("paypal_paiement_recu_delorme", raw, "fr", "PayPal", "money received, amount in body, subject generic", "in", "320.00", "EUR",
      "Marc Delorme", "6LK04512XR8830215", "2026-11-30", "yes")

    # ---- PayPal: refund sent
    plain = ("Bonjour Thomas Girardin,\n\nVous avez émis un remboursement de 45,00 EUR à Sophie Klein.\n\n"
             "Numéro de transaction du remboursement : 9AB12345CD6789012\nTransaction d'origine : 3FG77210MN0044319\n\n"
             "Le remboursement sera crédité sur le compte de Sophie Klein sous 5 jours ouvrés.\n\n"
             "Ne répondez pas à cet e-mail. Copyright © 1999-2026 PayPal. Tous droits réservés.\n")
    raw = eml(std("PayPal <service@paypal.fr>", OWNER_ADDR, "Remboursement envoyé à Sophie Klein", D(3, 19, 2, 2),
                  mid_plain("paypal.com", "PP.")), leaf(plain))
    P("paypal_remboursement_emis", raw, "fr", "PayPal", "refund issued by the owner", "refund", "45.00", "EUR",
      reference="9AB12345CD6789012", value_date="2026-12-03")

    # ---- PayPal: payment pending / on hold
    inner = ("<p>Bonjour Thomas Girardin,</p><p>Vous avez reçu un paiement de <b>640,00 EUR</b> de Hugo Lemaire, mais "
             "<b>il est en attente</b>.</p><p>Pour protéger votre compte, nous bloquons temporairement ces fonds jusqu'à "
             "21 jours. Vous pouvez accélérer leur déblocage en ajoutant un numéro de suivi ou en confirmant la prestation.</p>"
             + kv([("Numéro de transaction", "1HJ55091WE3300871"), ("Statut", "En attente")]))
    raw = eml(std("PayPal <service@paypal.fr>", OWNER_ADDR, "Paiement en attente : 640,00 EUR de Hugo Lemaire", D(1, 21, 15, 0),
                  mid_plain("paypal.com", "PP.")), leaf(bank_html("PayPal", "#003087", "Paiement en attente", inner,
                                                                  "PayPal (Europe) S.à r.l. et Cie, S.C.A. Ne répondez pas à cet e-mail."), "html"))
    P("paypal_paiement_en_attente_lemaire", raw, "fr", "PayPal", "payment received but on hold (funds not available)",
      "none", "640.00", "EUR", reference="1HJ55091WE3300871", value_date="",
      notes="'vous avez reçu un paiement... en attente': money not available yet")

    # ---- SumUp payout
    plain = ("Bonjour Thomas,\n\nNous avons effectué un versement de 742,60 € sur votre compte bancaire se terminant par 0442.\n\n"
             "Période : 26/11/2026 - 02/12/2026\nNombre de transactions : 6\nVentes : 758,00 €\nFrais : -15,40 €\n"
             "Montant versé : 742,60 €\n\nRetrouvez le détail dans votre espace SumUp, rubrique Versements.\n\n"
             "L'équipe SumUp\nSumUp Limited. Ceci est un e-mail automatique, merci de ne pas y répondre.\n")
    raw = eml(std("SumUp <no-reply@sumup.com>", OWNER_ADDR, "Votre versement est en chemin", D(3, 6, 12, 20),
                  mid_plain("sumup.com")), leaf(plain))
    P("sumup_versement_hebdo", raw, "fr", "SumUp", "weekly payout of card-reader sales, net of fees", "in", "742.60", "EUR",
      "", "", "2026-12-03", "no_aggregate")

    # ---- GoCardless: payment failed
    inner = ("<p>Bonjour Thomas,</p><p>Le paiement suivant a échoué :</p>"
             + kv([("Client", "École de musique de Saint-Apollinaire"), ("Montant", "95,00 €"), ("Référence", "CONTRAT ACCORD DEC 2026"),
                   ("Motif", "Provision insuffisante (AM04)"), ("Date de prélèvement", "02/12/2026")])
             + "<p>Nous tenterons à nouveau de collecter ce paiement dans 3 jours ouvrés, sauf si vous désactivez les nouvelles tentatives.</p>")
    foot = "GoCardless SAS, 7 rue de Madrid, 75008 Paris. Vous recevez cet e-mail en tant qu'utilisateur marchand GoCardless."
    raw = eml(std("GoCardless <notifications@gocardless.com>", OWNER_ADDR, "Échec d'un paiement – École de musique de Saint-Apollinaire",
                  D(2, 15, 0, 10), mid_plain("gocardless.com")), leaf(bank_html("GoCardless", "#1c1b18", "Paiement échoué", inner, foot), "html"))
    P("gocardless_paiement_echoue", raw, "fr", "GoCardless", "client's direct debit failed, retry announced", "failed", "95.00", "EUR",
      reference="CONTRAT ACCORD DEC 2026", value_date="2026-12-02")

    # ---- GoCardless payout (aggregate, lists payments)
    plain = ("Bonjour Thomas,\n\nUn virement de 463,50 € a été envoyé sur votre compte bancaire (****0442).\n\n"
             "Il regroupe 5 paiements :\n- École de musique Les Quatre Vents — 95,00 €\n- Conservatoire de Nuits — 120,00 €\n"
             "- Lycée Hippolyte — 95,00 €\n- Chœur d'enfants de Dijon — 85,00 €\n- Résidence Les Tilleuls — 75,00 €\n"
             "Frais GoCardless : -6,50 €\n\nRéférence du virement : GC-PAYOUT-7HJ2K9\nDate d'arrivée : 04/12/2026\n\n"
             "L'équipe GoCardless\n")
    raw = eml(std("GoCardless <notifications@gocardless.com>", OWNER_ADDR, "Votre virement de 463,50 € est en route", D(3, 7, 32, 18),
                  mid_plain("gocardless.com")), leaf(plain))
    P("gocardless_virement_regroupe_5_paiements", raw, "fr", "GoCardless",
      "payout bundling 5 direct-debit payments from named clients", "in", "463.50", "EUR", "",
      "GC-PAYOUT-7HJ2K9", "2026-12-04", "no_aggregate", notes="lists individual clients but the money arrives as one bundle")

    # ---- Mollie settlement
    inner = ("<p>Hello Thomas,</p><p>We've transferred a settlement of <b>€ 1.018,25</b> to your bank account NL•• •••• 0442.</p>"
             + kv([("Settlement", "stl_8kVbQ2mP9x"), ("Period", "23 Nov – 29 Nov 2026"), ("Payments", "9"), ("Fees", "€ 4,05")]))
    raw = eml(std("Mollie <no-reply@mollie.com>", OWNER_ADDR, "Settlement stl_8kVbQ2mP9x has been paid out", D(30, 8, 41, 11),
                  mid_plain("mollie.com")), leaf(bank_html("Mollie", "#0b0b0d", "Settlement", inner,
                                                           "Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam. This is an automated message."), "html"))
    P("mollie_en_settlement", raw, "en", "Mollie", "EN settlement of 9 online payments, continental number format", "in", "1018.25",
      "EUR", "", "stl_8kVbQ2mP9x", "2026-11-30", "no_aggregate")

    # ---- PayPlug: payment received
    plain = ("Bonjour,\n\nNouveau paiement reçu !\n\nMontant : 145,00 €\nClient : Agnès Roche (agnes.roche@example.fr)\n"
             "Référence : F-2026-0396\nDate : 01/12/2026 19:42\nMoyen de paiement : CB •••• 2290\n\n"
             "Les fonds seront disponibles sur votre compte PayPlug selon votre calendrier de versement.\n\n"
             "L'équipe PayPlug - Ceci est un message automatique.\n")
    raw = eml(std("PayPlug <noreply@payplug.com>", OWNER_ADDR, "Nouveau paiement reçu : 145,00 €", D(1, 19, 42, 50),
                  mid_plain("payplug.com")), leaf(plain))
    P("payplug_nouveau_paiement_roche", raw, "fr", "PayPlug", "card payment captured by PSP for an invoice", "in", "145.00", "EUR",
      "Agnès Roche", "F-2026-0396", "2026-12-01", "yes")

    # ---- Lydia / Sumeria
    plain = ("Pauline Garcia vous a envoyé 90,00 €\n\n« Accord du piano de Léo 🎹 merci ! »\n\n"
             "L'argent est disponible sur votre compte Sumeria.\n\nSumeria (anciennement Lydia) - Lydia Solutions SAS. "
             "Vous recevez cet e-mail car vous avez activé les notifications par e-mail.\n")
    raw = eml(std("Sumeria <noreply@lydia-app.com>", OWNER_ADDR, "Pauline Garcia vous a envoyé 90,00 €", D(4, 18, 20, 6),
                  mid_plain("lydia-app.com")), leaf(plain))
    P("sumeria_lydia_pauline_90", raw, "fr", "Lydia / Sumeria", "P2P payment received, emoji in note", "in", "90.00", "EUR",
      "Pauline Garcia", "Accord du piano de Léo 🎹 merci !", "2026-12-04", "yes")

    # ---- Indy bank feed
    inner = ("<p>Bonjour Thomas,</p><p>Une nouvelle transaction a été synchronisée depuis votre banque :</p>"
             + kv([("Montant", "+820,00 €"), ("Libellé bancaire", "VIR ASSO PIANO EN FETE SEMUR F-2026-0397"), ("Date", "02/12/2026"),
                   ("Catégorie proposée", "Chiffre d'affaires")]) + "<p>Pensez à la catégoriser et à y associer votre facture.</p>")
    raw = eml(std("Indy <notifications@indy.fr>", OWNER_ADDR, "Nouvelle transaction : +820,00 €", D(2, 20, 2, 4),
                  mid_plain("indy.fr")), leaf(bank_html("Indy", "#0f3d3e", "Nouvelle transaction", inner,
                                                        "Indy - Vous recevez cet e-mail car la synchronisation bancaire est active."), "html"))
    P("indy_flux_bancaire_credit", raw, "fr", "Indy", "accounting-app bank feed reporting a credit", "in", "820.00", "EUR",
      "ASSO PIANO EN FETE SEMUR", "VIR ASSO PIANO EN FETE SEMUR F-2026-0397", "2026-12-02", "yes")

    # ---- Pennylane: 3 transactions
    plain = ("Bonjour Thomas,\n\n3 nouvelles transactions sont à justifier sur Pennylane :\n\n"
             "  03/12/2026  VIR SEPA MAISON DU CHANT CHALON F-2026-0399      +  260,00 €\n"
             "  03/12/2026  PRLV SEPA FREE PRO                               -   39,99 €\n"
             "  03/12/2026  VIR SEPA M. OU MME HARDY F-2026-0400             +  145,00 €\n\n"
             "Justifiez-les en ajoutant les factures correspondantes : https://app.pennylane.com\n\n"
             "À bientôt,\nL'équipe Pennylane\n")
    raw = eml(std("Pennylane <notifications@pennylane.com>", OWNER_ADDR, "3 nouvelles transactions à justifier", D(3, 21, 0, 30),
                  mid_plain("pennylane.com")), leaf(plain))
    P("pennylane_trois_transactions", raw, "fr", "Pennylane", "bank-feed digest with mixed in/out lines (fixed-width)",
      "in|out|in", "260.00|39.99|145.00", "EUR", "MAISON DU CHANT CHALON||M. OU MME HARDY",
      "VIR SEPA MAISON DU CHANT CHALON F-2026-0399|PRLV SEPA FREE PRO|VIR SEPA M. OU MME HARDY F-2026-0400",
      "2026-12-03|2026-12-03|2026-12-03", "yes", notes="counts_as_payment applies to the two credits")

    # ---- Client remittance advice (SAP)
    pdf = make_pdf(["ORCHESTRE DE CHAMBRE DE BOURGOGNE", "AVIS DE PAIEMENT N. 2000018842", "Date : 03.12.2026",
                    "Fournisseur 300417 GIRARDIN THOMAS", "Facture F-2026-0385   28.10.2026   1 380,00 EUR",
                    "Total paye : 1 380,00 EUR", "Mode : virement SEPA - date d'execution 04.12.2026"])
    plain = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre avis de paiement n° 2000018842.\n\n"
             "Montant : 1 380,00 EUR\nDate d'exécution prévue : 04.12.2026\nPièces réglées : F-2026-0385\n\n"
             "Ce message a été généré automatiquement par notre système comptable. Merci de ne pas y répondre.\n"
             "Orchestre de Chambre de Bourgogne - Service comptable\n")
    raw = eml(std("OCB Comptabilite <sap-noreply@orchestre-chambre-bourgogne.fr>", OWNER_ADDR,
                  "Avis de paiement 2000018842 - GIRARDIN THOMAS", D(3, 5, 44, 0), mid_plain("orchestre-chambre-bourgogne.fr", "SAP.")),
              multi("mixed", [leaf(plain, charset="iso-8859-1"), attach(pdf, "application/pdf", "AVIS_PAIEMENT_2000018842.pdf")]))
    P("ocb_avis_de_paiement_sap", raw, "fr", "client remittance (SAP)", "client's ERP remittance advice with PDF, execution date in future",
      "in", "1380.00", "EUR", "Orchestre de Chambre de Bourgogne", "2000018842", "2026-12-04", "no_claim",
      group="client Orchestre de Chambre de Bourgogne", notes="remittance advice: money not yet seen by a bank")

    # ---- Chorus Pro: mise en paiement
    plain = ("Bonjour,\n\nLe statut de votre facture a été modifié.\n\nNuméro de facture : F-2026-0382\n"
             "Destinataire : COMMUNE DE FLEUREY-SUR-OUCHE\nMontant TTC : 450,00 EUR\nNouveau statut : MISE EN PAIEMENT\n"
             "Date de mise en paiement : 02/12/2026\n\nPour consulter le détail, connectez-vous à Chorus Pro : "
             "https://portail.chorus-pro.gouv.fr\n\nCe courriel est généré automatiquement, merci de ne pas y répondre.\n"
             "L'équipe Chorus Pro\n")
    raw = eml(std("Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>", OWNER_ADDR, "[Chorus Pro] Changement de statut de votre facture F-2026-0382",
                  D(2, 23, 5, 1), mid_plain("chorus-pro.gouv.fr", "CPP.")), leaf(plain, charset="iso-8859-1", cte="8bit"))
    P("chorus_pro_mise_en_paiement", raw, "fr", "Chorus Pro", "public invoicing portal status 'mise en paiement' (announced)",
      "none", "450.00", "EUR", "", "F-2026-0382", "", "no_claim",
      notes="unsure: status change meaning the public accountant has ordered payment; money not yet on the account")


# ================================================================= AUTO REPLIES
def AR(name, raw, lang, group, pattern, facts="", notes=""):
    add("auto_reply", name, raw, lang, group, pattern, facts=facts, notes=notes)


def build_auto():
    # ---- A01 Outlook FR OOO, HTML, Auto-Submitted
    inv = "F-2026-0403"
    body = outlook_htmlonly(["Bonjour,", "", "Je suis absente du bureau et serai de retour le mardi 8 décembre.",
                             "Pour toute urgence concernant les plannings de salles, vous pouvez contacter l'accueil au 03 80 41 22 07.",
                             "", "Cordialement,", "Delphine Roussel", "Conservatoire de Nuits-Saint-Georges"], cs="utf-8")
    raw = eml(std(A("Roussel Delphine", "d.roussel@conservatoire-nuits.fr"), OWN_TO, "Réponse automatique : " + rsub_fr(inv),
                  D(30, 8, 0, 41), mid_outlook("PR1P264MB4471", "FRAP264"), irt=rem_id(403),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("Thread-Topic", hdr(rsub_fr(inv))), ("X-MS-Exchange-Organization-SCL", "-1")]), body)
    AR("conservatoire_nuits_outlook_reponse_automatique", raw, "fr", "Exchange Online (Conservatoire de Nuits)",
       "Outlook 'Réponse automatique :', Auto-Submitted + X-Auto-Response-Suppress, HTML-only",
       facts="ooo_until=2026-12-08")

    # ---- A02 Gmail vacation FR
    txt = ("Bonjour,\n\nJe suis en congé et ne consulte pas mes e-mails. Je serai de retour le mardi 15 décembre\n"
           "et vous répondrai à ce moment-là.\n\nBonne journée,\nSophie Garnier\n")
    raw = eml(std(A("Sophie Garnier", "sophie.garnier@example.fr"), OWN_TO, "Absente - retour le 15 décembre", D(1, 8, 0, 12),
                  mid_gmail(), irt=rem_id(440), extra=[("Auto-Submitted", "auto-replied")]),
              multi("alternative", [leaf(txt), leaf('<div dir="ltr">' + htmlize_div(txt) + "</div>", "html")],
                    boundary="000000000000" + _h("v")[:16]))
    AR("garnier_gmail_vacances_retour_15_decembre", raw, "fr", "Gmail vacation responder",
       "Gmail vacation responder with custom subject, 'de retour le mardi 15 décembre'", facts="ooo_until=2026-12-15")

    # ---- A03 Outlook EN OOO
    inv = "F-2026-0408"
    txt = ("Thank you for your message. I am out of the office until Monday 7 December with limited access to email.\n\n"
           "For urgent matters, please contact our office manager, Helen Price, at helen.price@westbury-arts.org.uk.\n\n"
           "Kind regards,\nJames Holloway\nWestbury Arts Trust\n")
    raw = eml(std(A("James Holloway", "j.holloway@westbury-arts.org.uk"), OWN_TO, "Automatic reply: " + rsub_en(inv),
                  D(2, 8, 1, 5, "+0000"), mid_outlook("LO4P265MB2871", "GBRP265"), irt=rem_id(408),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "j.holloway@westbury-arts.org.uk")]),
              leaf(txt, charset="us-ascii", cte="7bit"))
    AR("westbury_en_automatic_reply_until_7_dec", raw, "en", "Exchange Online (Westbury Arts Trust)",
       "EN Outlook 'Automatic reply:', redirect to colleague", facts="ooo_until=2026-12-07")

    # ---- A04 'Absence du bureau' without any auto header
    txt = ("Bonjour,\r\n\r\nJe suis absent du bureau pour raison de formation.\r\nJe serai de retour lundi 7 décembre.\r\n\r\n"
           "Cordialement,\r\nM. Joly\r\nService intendance - Lycée agricole de Quetigny-Plombières\r\n")
    raw = eml([("From", "intendance@lycee-agri-qp.fr"), ("To", OWNER_ADDR), ("Subject", "Absence du bureau"),
               ("Date", D_noday(3, 8, 0, 58)), ("Message-ID", mid_plain("lycee-agri-qp.fr"))],
              leaf(txt, charset="iso-8859-1", cte="8bit"), crlf=True)
    AR("lycee_agri_absence_du_bureau_sans_entetes", raw, "fr", "school webmail responder",
       "'Absence du bureau' subject, no Auto-Submitted/X-Autoreply, no In-Reply-To, no weekday in Date",
       facts="ooo_until=2026-12-07")

    # ---- A05 AP autoresponder FR with payment terms
    inv = "F-2026-0441"
    txt = ("Bonjour,\n\nNous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par "
           "notre service Comptabilité Fournisseurs.\n\nPour rappel :\n"
           "- nos factures sont réglées à 45 jours fin de mois à compter de la date d'émission de la facture ;\n"
           "- toute facture doit mentionner le numéro de bon de commande (45000xxxxx) ;\n"
           "- les relances adressées avant l'échéance ne seront pas traitées.\n\n"
           "Pour connaître l'état de vos règlements, connectez-vous au portail fournisseurs : https://fournisseurs.cote-et-vignes.fr\n\n"
           "Ceci est une réponse automatique, merci de ne pas y répondre.\n\nService Comptabilité Fournisseurs\nGroupe Hôtelier Côte & Vignes\n")
    raw = eml(std(A("Comptabilité Fournisseurs", "comptabilite.fournisseurs@cote-et-vignes.fr"), OWN_TO,
                  "Accusé de réception - " + rsub_fr(inv), D(30, 8, 0, 20), mid_outlook("PR0P264MB1630", "FRAP264"),
                  irt=rem_id(441), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]), leaf(txt))
    AR("cote_vignes_ap_accuse_reception_conditions", raw, "fr", "client Groupe Hôtelier Côte & Vignes (AP mailbox)",
       "accounts-payable autoresponder stating payment terms (45 jours fin de mois)", facts="",
       notes="mentions payment terms but no payment and no promise for this invoice")

    # ---- A06 Zendesk-style helpdesk
    inv = "F-2026-0413"
    txt = ("##- Merci de saisir votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et "
           "sera examinée par notre équipe.\n\nPour ajouter des commentaires, répondez à cet e-mail.\n\n"
           "Objet : " + rsub_fr(inv) + "\n\nDélai de réponse habituel : 2 jours ouvrés.\n\n"
           "Résidences Séniors Harmonie - Service Clients\n\n[V7K2QX-8LMN]\n")
    raw = eml(std(A("Résidences Harmonie - Support", "support@residences-harmonie.zendesk.com"), OWN_TO,
                  "[Résidences Harmonie] Re: " + rsub_fr(inv), D(1, 8, 0, 33), mid_plain("zendesk.com", "V7K2QX-8LMN_"),
                  irt=rem_id(413, 2), extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                                             ("Reply-To", "support@residences-harmonie.zendesk.com")]),
              multi("alternative", [leaf(txt), leaf("<div>" + htmlize_div(txt) + "</div>", "html")]))
    AR("residences_harmonie_zendesk_ticket_48213", raw, "fr", "Zendesk helpdesk",
       "helpdesk ticket acknowledgement with ticket number", facts="")

    # ---- A07 MDN FR (Outlook 'Lu :')
    inv = "F-2026-0391"
    human = ("Votre message\n\n  À : s.loiseau@crc-valdesaone.fr\n  Objet : " + rsub_fr(inv) + "\n  Envoyé : mardi 1 décembre 2026 07:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
             "a été lu le mardi 1 décembre 2026 09:58:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM\nFinal-Recipient: rfc822;s.loiseau@crc-valdesaone.fr\n"
           "Original-Message-ID: " + rem_id(391, 2) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    raw = eml(std(A("LOISEAU Sandrine", "s.loiseau@crc-valdesaone.fr"), OWN_TO, "Lu : " + rsub_fr(inv), D(1, 9, 58, 41),
                  mid_outlook("PR1P264MB2210", "FRAP264")),
              multi("report", [leaf(human), leaf(mdn, ctype="message/disposition-notification", cte="7bit")],
                    params="; report-type=disposition-notification"))
    AR("crc_valdesaone_accuse_lecture_lu", raw, "fr", "Exchange Online read receipt",
       "MDN multipart/report disposition-notification, 'Lu :' subject", facts="")

    # ---- A08 MDN EN (Thunderbird style)
    inv = "F-2026-0455"
    human = ("This is a Return Receipt for the mail that you sent to r.moss@stonebridge-music.example.\n\n"
             "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
             "There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = ("Reporting-UA: stonebridge-music.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;r.moss@stonebridge-music.example\n"
           "Original-Message-ID: " + rem_id(455) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    raw = eml(std(A("Rachel Moss", "r.moss@stonebridge-music.example"), OWN_TO, "Return Receipt (displayed) - " + rsub_en(inv),
                  D(2, 12, 2, 3), mid_plain("stonebridge-music.example")),
              multi("report", [leaf(human, charset="us-ascii", cte="7bit"),
                               leaf(mdn, ctype="message/disposition-notification; name=\"MDNPart2.txt\"", cte="7bit"),
                               leaf("Date: Wed, 2 Dec 2026 08:00:00 +0100\nFrom: " + OWNER + "\nMessage-ID: " + rem_id(455) + "\nSubject: " + rsub_en(inv) + "\n",
                                    ctype="text/rfc822-headers; name=\"MDNPart3.txt\"", cte="7bit")],
                    params="; report-type=disposition-notification"))
    AR("stonebridge_en_return_receipt_displayed", raw, "en", "Thunderbird read receipt",
       "EN MDN with text/rfc822-headers part", facts="")

    # ---- A09 Challenge-response (Mailinblack style)
    txt = ("Bonjour,\n\nVous avez envoyé un message à compta@atelier-lutherie-beaune.fr, qui utilise une protection "
           "anti-spam.\n\nVotre message est en attente. Pour qu'il soit délivré, merci de confirmer que vous êtes un "
           "humain en cliquant sur le lien ci-dessous :\n\nhttps://protect.mailinblack.com/validate?id=Q0xJRU5UXzIwMjYxMjAyXzQ4MTc\n\n"
           "Cette opération n'est à effectuer qu'une seule fois. Les messages suivants seront délivrés directement.\n\n"
           "Objet du message en attente : " + rsub_fr("F-2026-0418") + "\n\nCe message a été envoyé automatiquement.\n")
    raw = eml(std(A("compta@atelier-lutherie-beaune.fr", "noreply@mailinblack.com"), OWN_TO,
                  "Validez votre message à compta@atelier-lutherie-beaune.fr", D(2, 8, 1, 14), mid_plain("mailinblack.com", "mib."),
                  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
              multi("alternative", [leaf(txt), leaf("<div>" + htmlize_div(txt) + "</div>", "html")]))
    AR("lutherie_beaune_challenge_response_mailinblack", raw, "fr", "challenge-response anti-spam",
       "challenge-response 'confirmez que vous êtes un humain'", facts="")

    # ---- A10 Bilingual on tour
    inv = "F-2026-0422"
    txt = ("[English below]\n\nBonjour,\n\nJe suis en tournée avec l'ensemble et serai de retour au bureau le 15 décembre ; d'ici là, "
           "je n'aurai qu'un accès très limité à ma messagerie. Pour toute question administrative, écrivez à admin@ensemble-les-ducs.fr.\n\n"
           "---\n\nHello,\n\nI am on tour with the ensemble and will be back in the office on 15 December, with very limited access to email until then. "
           "For administrative matters, please write to admin@ensemble-les-ducs.fr.\n\nClaire Vautrin\nDirectrice de production\n")
    raw = eml(std(A("Claire Vautrin", "c.vautrin@ensemble-les-ducs.fr"), OWN_TO, "Absence / Out of office : " + rsub_fr(inv),
                  D(3, 8, 0, 9), mid_plain("ensemble-les-ducs.fr"), irt=rem_id(422),
                  extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]),
              leaf(txt))
    AR("ensemble_ducs_bilingue_tournee_retour_15_decembre", raw, "fr", "Sieve vacation (Dovecot)",
       "bilingual FR/EN OOO, 'Auto-Submitted: auto-replied (vacation)'", facts="ooo_until=2026-12-15")

    # ---- A11 maternity leave, no date
    txt = ("Bonjour,\n\nJe suis actuellement en congé maternité.\nPour toute question relative à la comptabilité ou aux "
           "règlements fournisseurs, merci de vous adresser à Mme Lucie Perret : lucie.perret@groupe-scolaire-lamartine.fr.\n\n"
           "Votre message ne sera pas transféré.\n\nJulie Marchand\n")
    raw = eml(std(A("Julie Marchand", "julie.marchand@groupe-scolaire-lamartine.fr"), OWN_TO,
                  "Réponse automatique : " + rsub_fr("F-2026-0410"), D(4, 8, 0, 47), mid_outlook("MRZP264MB2105", "FRAP264"),
                  irt=rem_id(410, 2), extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
              leaf(txt))
    AR("lamartine_conge_maternite_sans_date", raw, "fr", "Exchange Online (Groupe scolaire Lamartine)",
       "OOO without return date, redirects to colleague, 'ne sera pas transféré'", facts="")

    # ---- A12 EN AP portal autoresponder (mailbox not monitored)
    txt = ("Thank you for contacting Accounts Payable.\n\nThis mailbox is not monitored for payment status queries. "
           "All invoices must be submitted through our supplier portal, and remittance advices are issued automatically "
           "when payment is made. Our standard payment terms are 60 days from invoice receipt.\n\n"
           "To check the status of an invoice, log in to https://suppliers.harcourt-touring.co.uk.\n\n"
           "This is an automated response. Please do not reply.\n\nHarcourt Touring Ltd - Accounts Payable\n")
    raw = eml(std(A("Harcourt AP", "ap@harcourt-touring.co.uk"), OWN_TO, "Automatic reply: " + rsub_en("F-2026-0405"),
                  D(30, 7, 0, 52, "+0000"), mid_outlook("LO2P265MB4411", "GBRP265"), irt=rem_id(405),
                  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")]),
              leaf(txt, charset="us-ascii", cte="7bit"))
    AR("harcourt_en_ap_mailbox_not_monitored", raw, "en", "client Harcourt Touring Ltd (AP mailbox)",
       "EN AP autoresponder: portal, remittance, 60-day terms", facts="")

    # ---- A13 address no longer active
    txt = ("Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er novembre 2026.\n"
           "Merci d'adresser désormais vos messages à contact@chorale-vivace.fr.\n\nMessage automatique.\n")
    raw = eml(std(A("Chorale Vivace", "chorale.vivace@example.org"), OWN_TO, "Re: " + rsub_fr("F-2026-0415"), D(30, 8, 0, 5),
                  mid_plain("example.org"), irt=rem_id(415), extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),
              leaf(txt))
    AR("chorale_vivace_adresse_plus_consultee", raw, "fr", "ISP webmail autoresponder",
       "'adresse plus consultée' autoresponder with new address (delivered, so not a bounce), 'Re:' subject", facts="")

    # ---- A14 Mairie SVE accusé de réception
    txt = ("ACCUSÉ DE RÉCEPTION D'UN ENVOI ÉLECTRONIQUE\n\nMadame, Monsieur,\n\nLa Ville de Chevigny-Saint-Sauveur accuse "
           "réception de votre envoi électronique du 02/12/2026 à 08:00, enregistré sous le numéro SVE-2026-018734.\n\n"
           "Service destinataire : Direction des finances\nObjet : " + rsub_fr("F-2026-0430") + "\n\n"
           "Conformément aux articles L.112-11 et R.112-11-1 du code des relations entre le public et l'administration, "
           "le présent accusé de réception ne préjuge pas de la suite qui sera donnée à votre demande.\n\n"
           "Ce message est généré automatiquement. Merci de ne pas y répondre.\n")
    raw = eml(std(A("Ville de Chevigny-Saint-Sauveur", "ne-pas-repondre@ville-chevigny-ss.fr"), OWN_TO,
                  "Accusé de réception de votre envoi électronique - SVE-2026-018734", D(2, 8, 0, 51),
                  mid_plain("ville-chevigny-ss.fr", "sve."), extra=[("Auto-Submitted", "auto-generated")]),
              leaf(txt, charset="iso-8859-1"))
    AR("ville_chevigny_accuse_reception_sve", raw, "fr", "municipal SVE acknowledgement",
       "administration's legal electronic acknowledgement of receipt (CRPA)", facts="")

    # ---- A15 German Abwesenheitsnotiz
    txt = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 4. Dezember nicht im Büro und ab Montag, "
           "7. Dezember, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie "
           "sich bitte an buchhaltung@aurelia-events.de.\n\nMit freundlichen Grüßen\nMarkus Brenner\nAurelia Events GmbH\n")
    raw = eml(std(A("Markus Brenner", "m.brenner@aurelia-events.de"), OWN_TO, "Automatische Antwort: " + rsub_en("F-2026-0424"),
                  D(1, 8, 0, 30), mid_outlook("FR2P281MB1877", "DEUP281"), irt=rem_id(424),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")]),
              leaf(txt, charset="iso-8859-1"))
    AR("aurelia_de_abwesenheitsnotiz", raw, "de", "Exchange Online (Aurelia Events GmbH)",
       "German OOO 'Automatische Antwort:'", facts="ooo_until=2026-12-07",
       notes="away until 4 Dec inclusive, reachable again Monday 7 Dec")

    # ---- A16 EN Gmail vacation, private
    txt = ("Hi,\n\nThanks for your email. We're travelling in Japan with patchy wifi and won't be back until December 18, so "
           "replies will be slow. If it's about the house in Meursault, please call Marie-Claude on 06 33 21 48 70.\n\nCheers,\nOliver\n")
    raw = eml(std(A("Oliver Hartley", "oliver.hartley@example.co.uk"), OWN_TO, "Re: " + rsub_en("F-2026-0427"), D(3, 16, 0, 2, "+0900"),
                  mid_gmail(), irt=rem_id(427), extra=[("Auto-Submitted", "auto-replied")]),
              multi("alternative", [leaf(txt), leaf('<div dir="ltr">' + htmlize_div(txt) + "</div>", "html")],
                    boundary="000000000000" + _h("w")[:16]))
    AR("hartley_en_gmail_vacation_japan", raw, "en", "Gmail vacation responder",
       "EN Gmail vacation with 'Re:' subject, +0900 timezone", facts="ooo_until=2026-12-18")


# ================================================================= BOUNCES
def B(name, raw, lang, group, pattern, facts="", notes=""):
    add("bounce", name, raw, lang, group, pattern, facts=facts, notes=notes)


def orig(inv, to, day, n, en_=False, amount=300.00, due="20/11/2026"):
    subj = rsub_en(inv) if en_ else rsub_fr(inv)
    h = [("From", OWNER), ("To", to), ("Subject", hdr(subj)), ("Date", D(day, 8, 0, 0)), ("Message-ID", rem_id(n))]
    return inner_msg(h, rem_en(inv, amount, due) if en_ else rem_fr(inv, amount, due)), subj


def orig_headers(inv, to, day, n):
    return ("Return-Path: <thomas@girardin-pianos.fr>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n" % (OWNER, to, hdr(rsub_fr(inv)), D(day, 8, 0, 0), rem_id(n)))


def dsn_part(reporting, rcpt, action, status, diag, remote=None, arrival=None, extra_top=""):
    s = "Reporting-MTA: dns; %s\n%s" % (reporting, extra_top)
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    s += "\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (rcpt, rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return leaf(s, ctype="message/delivery-status", cte="7bit")


def build_bounces():
    # ---- B01 Gmail hard bounce (FR)
    rc = "c.morin@ecole-arts-vingeanne.fr"
    om, subj = orig("F-2026-0433", rc, 30, 433)
    txt = ("\n** Adresse introuvable **\n\nVotre message n'a pas été distribué à %s, car l'adresse est introuvable ou ne "
           "peut pas recevoir d'e-mails.\n\nEn savoir plus : https://support.google.com/mail/?p=NoSuchUser\n\n"
           "La réponse du serveur distant était :\n550 5.1.1 The email account that you tried to reach does not exist. "
           "Please try double-checking the recipient's email address for typos or unnecessary spaces. "
           "For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd2a1c4e3esi1234567a12.503 - gsmtp\n" % rc)
    raw = eml([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR),
               ("Subject", hdr("Notification de l'état de la distribution (Échec)")), ("Date", D(30, 8, 0, 3)),
               ("Message-ID", "<6757e0a3.050a0220.1fa0b2.0000.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied"),
               ("References", rem_id(433)), ("In-Reply-To", rem_id(433))],
              multi("report", [leaf(txt), dsn_part("googlemail.com", rc, "failed", "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist.", "aspmx.l.google.com. (142.250.102.27, the server for the domain ecole-arts-vingeanne.fr.)",
                    D(30, 8, 0, 1), "X-Google-Original-From: " + OWNER + "\n"), rfc822(om)],
                    params="; report-type=delivery-status"))
    B("gmail_fr_adresse_introuvable", raw, "fr", "Gmail / Google Workspace",
      "Gmail DSN in French, 5.1.1, multipart/report with original", facts="failed_recipient=" + rc)

    # ---- B02 Gmail delay
    rc = "secretariat@harmonie-auxonnaise.fr"
    txt = ("\n** Message non distribué pour le moment **\n\nUn problème temporaire est survenu lors de la distribution de "
           "votre message à %s. Gmail effectuera de nouvelles tentatives pendant 46 heures. Vous serez averti si la "
           "distribution échoue définitivement.\n\nLa réponse du serveur distant était :\n"
           "451 4.7.1 Greylisting in action, please come back later\n" % rc)
    raw = eml([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR),
               ("Subject", hdr("Notification de l'état de la distribution (Retard)")), ("Date", D(1, 10, 3, 12)),
               ("Message-ID", "<6758a1c2.170a0220.3c1d2e.0001.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(txt), dsn_part("googlemail.com", rc, "delayed", "4.7.1",
                    "451 4.7.1 Greylisting in action, please come back later", "mx.harmonie-auxonnaise.fr. (91.121.44.12)", D(1, 8, 0, 2)),
                    leaf(orig_headers("F-2026-0401", rc, 1, 401), ctype="text/rfc822-headers", cte="7bit")],
                    params="; report-type=delivery-status"))
    B("gmail_fr_retard_greylisting", raw, "fr", "Gmail / Google Workspace",
      "Gmail delay warning (4.7.1 greylisting), retry announced", facts="failed_recipient=%s;bounce_final=no" % rc)

    # ---- B03 Exchange Online NDR EN, recipient not found
    rc = "accounts@northgate-venues.co.uk"
    om, subj = orig("F-2026-0442", rc, 2, 442, True, 860.00, "20 November 2026")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn\'t be delivered.</font></b></p>'
            '<p><font color="#000000" size="2" face="Tahoma">%s wasn\'t found at northgate-venues.co.uk.</font></p>'
            '<table><tr><td>thomas</td><td>Office 365</td><td><b>accounts</b></td></tr><tr><td>Sender</td><td></td><td>Action Required</td></tr></table>'
            '<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: retype the recipient\'s address, then resend the message.</p>'
            '<p><font size="2">Diagnostic information for administrators:<br><br>Generating server: CWXP265MB3310.GBRP265.PROD.OUTLOOK.COM<br><br>'
            '%s<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\'</font></p></body></html>'
            % (rc, rc, rc, rc))
    plain = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at northgate-venues.co.uk.\n\nAction Required\n\n"
             "How to Fix It\nThe address may be misspelled or may not exist.\n\nDiagnostic information for administrators:\n\n"
             "Generating server: CWXP265MB3310.GBRP265.PROD.OUTLOOK.COM\n\n%s\nRemote Server returned '550 5.1.10 "
             "RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup'\n" % (rc, rc, rc, rc))
    raw = eml([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-venues.co.uk>"),
               ("To", OWNER_ADDR), ("Subject", "Undeliverable: " + subj), ("Date", D(2, 8, 0, 6)),
               ("Message-ID", "<c3b1e7f0-2a91-4d5e-9b61-7e0a18c4d2f1@CWXP265MB3310.GBRP265.PROD.OUTLOOK.COM>"),
               ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
               ("Content-Language", "en-US"), ("In-Reply-To", rem_id(442)), ("References", rem_id(442))],
              multi("report", [multi("alternative", [leaf(plain, charset="us-ascii"), leaf(html, "html", charset="us-ascii")]),
                               dsn_part("CWXP265MB3310.GBRP265.PROD.OUTLOOK.COM", rc, "failed", "5.1.10",
                                        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                        None, D(2, 8, 0, 3)), rfc822(om)],
                    params="; report-type=delivery-status"), crlf=True)
    B("exchange_online_en_undeliverable_5_1_10", raw, "en", "Microsoft 365 / Exchange Online",
      "EN Exchange Online NDR (HTML+text), 5.1.10 RecipientNotFound", facts="failed_recipient=" + rc)

    # ---- B04 Exchange FR 'Non remis' mailbox full
    rc = "regie@salle-des-fetes-longvic.fr"
    om, subj = orig("F-2026-0406", rc, 3, 406, amount=240.00)
    plain = ("Le message n'a pas pu être remis à %s.\n\nLa boîte aux lettres du destinataire est pleine et ne peut pas "
             "accepter de messages pour le moment. Essayez de renvoyer le message ultérieurement ou contactez directement "
             "le destinataire.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : "
             "PAXP193MB2063.EURP193.PROD.OUTLOOK.COM\n\n%s\nRemote Server returned '554 5.2.2 mailbox full; "
             "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n" % (rc, rc))
    raw = eml([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@salle-des-fetes-longvic.fr>"),
               ("To", OWNER_ADDR), ("Subject", hdr("Non remis : " + subj)), ("Date", D(3, 8, 0, 9)),
               ("Message-ID", "<9f2d10aa-41c3-4b77-8e55-2bd3a0f7c611@PAXP193MB2063.EURP193.PROD.OUTLOOK.COM>"),
               ("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
              multi("report", [leaf(plain), dsn_part("PAXP193MB2063.EURP193.PROD.OUTLOOK.COM", rc, "failed", "5.2.2",
                                                     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", None, D(3, 8, 0, 5)),
                               rfc822(om)], params="; report-type=delivery-status"))
    B("exchange_fr_non_remis_boite_pleine", raw, "fr", "Microsoft 365 / Exchange Online",
      "French Exchange NDR 'Non remis :', 5.2.2 mailbox full", facts="failed_recipient=" + rc)

    # ---- B05 OVH Postfix -> Orange user unknown
    rc = "harmonie.brazey@wanadoo.fr"
    om, subj = orig("F-2026-0404", rc, 30, 404, amount=180.00)
    txt = ("This is the mail system at host mo551.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: host smtp-in.orange.fr[80.12.26.32] said: 550 5.1.1\n"
           "    <%s> Adresse d au moins un destinataire invalide. Invalid\n    recipient. OFR_416 [416] (in reply to RCPT TO command)\n" % (rc, rc))
    raw = eml([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mo551.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER_ADDR),
               ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(30, 8, 0, 4)),
               ("Message-ID", "<20261130070004.4Fq1Lm2K8zz1P@mo551.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(txt, charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
                               dsn_part("mo551.mail-out.ovh.net", rc, "failed", "5.1.1",
                                        "550 5.1.1 <%s> Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]" % rc,
                                        "smtp-in.orange.fr", D(30, 8, 0, 2), "X-Postfix-Queue-ID: 4Fq1Lm2K8zz1P\nX-Postfix-Sender: rfc822; thomas@girardin-pianos.fr\n"),
                               rfc822(om)], params="; report-type=delivery-status", boundary="4Fq1Lm2K8zz1P.1764486004/mo551.mail-out.ovh.net"))
    B("ovh_postfix_orange_destinataire_invalide", raw, "en", "OVHcloud (Postfix) -> Orange",
      "Postfix DSN from the owner's provider, Orange 550 5.1.1 'Adresse d au moins un destinataire invalide'",
      facts="failed_recipient=" + rc, notes="lang en: Postfix template text; remote reply in French/English")

    # ---- B06 OVH Postfix -> Free quota
    rc = "famille.thevenot@free.fr"
    om, subj = orig("F-2026-0420", rc, 1, 420, amount=145.00)
    txt = ("This is the mail system at host mo402.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
           "<%s>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 quota exceeded\n    (mailbox for user is full) (in reply to end of DATA command)\n" % rc)
    raw = eml([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mo402.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER_ADDR),
               ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(1, 8, 0, 11)),
               ("Message-ID", "<20261201070011.7Rk2Hn4Wdpz9T@mo402.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(txt, charset="us-ascii", cte="7bit"),
                               dsn_part("mo402.mail-out.ovh.net", rc, "failed", "5.2.2", "552 5.2.2 quota exceeded (mailbox for user is full)",
                                        "mx1.free.fr", D(1, 8, 0, 9)), rfc822(om)], params="; report-type=delivery-status"))
    B("ovh_postfix_free_quota_depasse", raw, "en", "OVHcloud (Postfix) -> Free",
      "Postfix DSN, Free mailbox full 552 5.2.2", facts="failed_recipient=" + rc)

    # ---- B07 Postfix delay warning
    rc = "compta@festival-cormatin.fr"
    txt = ("This is the mail system at host mo551.mail-out.ovh.net.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
           "<%s>: connect to mail.festival-cormatin.fr[51.75.33.140]:25:\n    Connection timed out\n" % rc)
    raw = eml([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mo551.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER_ADDR),
               ("Subject", "Delayed Mail (still being retried)"), ("Date", D(2, 12, 4, 40)),
               ("Message-ID", "<20261202110440.2Bq7Kc9Ynmz4R@mo551.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(txt, charset="us-ascii", cte="7bit"),
                               leaf("Reporting-MTA: dns; mo551.mail-out.ovh.net\nX-Postfix-Queue-ID: 2Bq7Kc9Ynmz4R\n"
                                    "X-Postfix-Sender: rfc822; thomas@girardin-pianos.fr\nArrival-Date: %s\n\n"
                                    "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n"
                                    "Diagnostic-Code: X-Postfix; connect to mail.festival-cormatin.fr[51.75.33.140]:25:\n    Connection timed out\n"
                                    "Will-Retry-Until: %s\n" % (D(2, 8, 0, 0), rc, rc, "Mon, 7 Dec 2026 08:00:00 +0100"),
                                    ctype="message/delivery-status", cte="7bit"),
                               leaf(orig_headers("F-2026-0409", rc, 2, 409), ctype="text/rfc822-headers", cte="7bit")],
                    params="; report-type=delivery-status"))
    B("ovh_postfix_delayed_mail_warning", raw, "en", "OVHcloud (Postfix)",
      "Postfix 'Delayed Mail (still being retried)', Action: delayed", facts="failed_recipient=%s;bounce_final=no" % rc)

    # ---- B08 Exim, no DSN part
    rc = "tresorerie@amis-orgue-semur.fr"
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
           "to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n"
           "    No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
           "Return-path: <thomas@girardin-pianos.fr>\nReceived: from mo551.mail-out.ovh.net ([178.32.228.51])\n"
           "\tby grenache.o2switch.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
           "\t(envelope-from <thomas@girardin-pianos.fr>)\n\tid 1tQw2P-0007Xs-1H\n\tfor %s;\n\t%s\n"
           "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n%s\n"
           % (rc, rc, D(4, 8, 0, 5), OWNER, rc, rsub_fr("F-2026-0445"), D(4, 8, 0, 0), rem_id(445), rem_fr("F-2026-0445", 310.00, "25/11/2026")))
    raw = eml([("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@grenache.o2switch.net>"), ("To", OWNER_ADDR),
               ("Subject", "Mail delivery failed: returning message to sender"), ("Date", D(4, 8, 0, 6)),
               ("Message-Id", "<E1tQw2P-0007Xt-1J@grenache.o2switch.net>"), ("Auto-Submitted", "auto-replied"),
               ("X-Failed-Recipients", rc)],
              leaf(txt, charset="utf-8", cte="8bit"))
    B("exim_cpanel_no_such_user_sans_dsn", raw, "en", "Exim (shared hosting)",
      "Exim bounce, single text/plain part (no message/delivery-status), X-Failed-Recipients header",
      facts="failed_recipient=" + rc)

    # ---- B09 qmail failure notice, no MIME structure
    rc = "contact@piano-bar-le-cintra.example"
    txt = ("Hi. This is the qmail-send program at mail.piano-bar-le-cintra.example.\nI'm afraid I wasn't able to deliver your message "
           "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
           "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
           "Return-Path: <thomas@girardin-pianos.fr>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n%s\n"
           % (rc, OWNER, rc, rsub_fr("F-2026-0383"), D(1, 8, 0, 0), rem_id(383), rem_fr("F-2026-0383", 160.00, "15/11/2026")))
    hdrs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.piano-bar-le-cintra.example"), ("To", OWNER_ADDR),
            ("Subject", "failure notice"), ("Date", D_noday(1, 7, 0, 2, "-0000")), ("Message-ID", "<20261201070002.31887.qmail@mail.piano-bar-le-cintra.example>")]
    raw = b"".join(("%s: %s\n" % kv).encode() for kv in hdrs) + b"\n" + txt.encode("utf-8")
    B("qmail_failure_notice_sans_mime", raw, "en", "qmail",
      "qmail 'failure notice', no MIME headers at all, 8bit copy of original", facts="failed_recipient=" + rc)

    # ---- B10 French DSN from Orange outgoing SMTP
    rc = "m.bertrand@cabinet-bertrand-avocats.fr"
    om, subj = orig("F-2026-0381", rc, 2, 381, amount=145.00)
    txt = ("Ce message a été généré automatiquement par le serveur de messagerie d'Orange.\n\n"
           "Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :\n\n  %s\n\n"
           "Raison : le serveur du destinataire a refusé le message.\n"
           "Réponse du serveur : 554 5.7.1 <%s>: Relay access denied\n\n"
           "Votre message original est joint à cette notification.\n\n"
           "----------\nThis message was created automatically by Orange mail server. Your message could not be delivered.\n" % (rc, rc))
    raw = eml([("From", "Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>"), ("To", OWNER_ADDR),
               ("Subject", hdr("Échec de distribution du message / Delivery failure")), ("Date", D(2, 8, 0, 20)),
               ("Message-ID", "<20261202070020.A31F21C0003A@smtp-out.orange.fr>"), ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(txt, charset="iso-8859-1"),
                               dsn_part("smtp-out.orange.fr", rc, "failed", "5.7.1", "554 5.7.1 <%s>: Relay access denied" % rc,
                                        "mx.cabinet-bertrand-avocats.fr", D(2, 8, 0, 18)), rfc822(om)],
                    params="; report-type=delivery-status"))
    B("orange_smtp_fr_echec_distribution_relay", raw, "fr", "Orange (outgoing SMTP)",
      "French/English DSN from Orange relay, 5.7.1 relay access denied", facts="failed_recipient=" + rc,
      notes="layout written from general DSN knowledge, not from an Orange sample")

    # ---- B11 outlook.com consumer NDR
    rc = "jm.favre21@hotmail.fr"
    om, subj = orig("F-2026-0400", rc, 4, 400, amount=145.00)
    plain = ("Delivery has failed to these recipients or groups:\n\n%s\nThe email address you entered couldn't be found. "
             "Please check the recipient's email address and try to resend the message. If the problem continues, "
             "please contact your helpdesk.\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: "
             "AM0PR02MB5507.eurprd02.prod.outlook.com\n\n%s\nRemote Server returned '550 5.5.0 Requested action not taken: "
             "mailbox unavailable (S2017062302). [AM0PR02MB5507.eurprd02.prod.outlook.com 2026-12-04T07:00:04.218Z 08DD0F6A2B1C4E55]'\n" % (rc, rc))
    raw = eml([("From", "postmaster@outlook.com"), ("To", OWNER_ADDR), ("Subject", "Undeliverable: " + hdr(subj)),
               ("Date", D(4, 8, 0, 5)), ("Message-ID", "<4d7a9e1c-5b7d-49bb-a2b2-6a4fa2e7c0d3@AM0PR02MB5507.eurprd02.prod.outlook.com>"),
               ("Auto-Submitted", "auto-replied")],
              multi("report", [leaf(plain, charset="us-ascii", cte="7bit"),
                               dsn_part("AM0PR02MB5507.eurprd02.prod.outlook.com", rc, "failed", "5.5.0",
                                        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)", None, D(4, 8, 0, 3)),
                               leaf(orig_headers("F-2026-0400", rc, 4, 400), ctype="text/rfc822-headers", cte="7bit")],
                    params="; report-type=delivery-status"))
    B("outlook_com_hotmail_mailbox_unavailable", raw, "en", "Outlook.com (consumer)",
      "postmaster@outlook.com NDR, 550 5.5.0, headers-only original", facts="failed_recipient=" + rc)


# ================================================================= OTHER
def O(name, raw, lang, group, pattern, provider="", notes=""):
    add("other", name, raw, lang, group, pattern, provider=provider, notes=notes)


def newsletter_headers(list_id, unsub):
    return [("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", list_id), ("Precedence", "bulk")]


def build_other():
    # ---- OVHcloud invoice
    plain = ("Bonjour Thomas Girardin,\n\nVotre facture FR61234598 d'un montant de 14,39 € TTC est disponible dans votre "
             "espace client.\n\nRéférence : FR61234598\nDate : 01/12/2026\nMontant : 14,39 € TTC\nServices : "
             "girardin-pianos.fr (Hébergement Perso, MX Plan)\n\nCe montant sera prélevé automatiquement sur votre moyen "
             "de paiement par défaut (prélèvement SEPA ****0442) sous 3 jours.\n\nConsulter ma facture : "
             "https://www.ovh.com/manager/#/billing/history\n\nL'équipe OVHcloud\n\nCe message vous est envoyé "
             "automatiquement, merci de ne pas y répondre.\nOVH SAS - 2 rue Kellermann - 59100 Roubaix - RCS Lille Métropole 424 761 419\n")
    raw = eml(std("OVHcloud <noreply@ovh.net>", OWNER_ADDR, "Votre facture OVHcloud FR61234598 est disponible", D(1, 4, 2, 13),
                  mid_plain("ovh.net")), leaf(plain))
    O("ovhcloud_facture_hebergement", raw, "fr", "OVHcloud", "supplier invoice to the owner, announces a direct debit", "OVHcloud",
      notes="amount and 'prélevé' appear, but this is a supplier's invoice, not a bank notice")

    # ---- Accountant's fee invoice with PDF
    pdf = make_pdf(["Cabinet Aubry & Associes - Expertise comptable", "FACTURE H-2026-1204", "Client : Thomas Girardin EI",
                    "Forfait tenue + declaration 2035 - decembre 2026", "Montant HT : 75,00 EUR  TVA 20 % : 15,00 EUR",
                    "Total TTC : 90,00 EUR - a regler par prelevement le 10/12/2026"])
    txt = ("Bonjour Monsieur Girardin,\n\nVeuillez trouver ci-joint notre facture d'honoraires H-2026-1204 du mois de décembre "
           "(90,00 € TTC), qui sera prélevée le 10 décembre.\n\nNous vous rappelons que les justificatifs de novembre sont "
           "à déposer sur votre espace avant le 10.\n\nBien cordialement,\n\nKarine Dos Santos\nCabinet Aubry & Associés\n")
    raw = eml(std(A("Karine Dos Santos", "k.dossantos@cabinet-aubry-expertise.fr"), OWNER_ADDR,
                  "Facture d'honoraires H-2026-1204", D(2, 9, 40, 12), mid_outlook("PR2P264MB0341", "FRAP264")),
              multi("mixed", [leaf(txt), attach(pdf, "application/pdf", "Facture_H-2026-1204.pdf")]))
    O("cabinet_aubry_facture_honoraires_pdf", raw, "fr", "Cabinet Aubry & Associés (accountant)",
      "accountant's fee invoice to the owner (written by a person, but an invoice TO the owner), PDF",
      notes="same sender as human_reply/cadence_cabinet_comptable_facture_et_rib: here the firm bills the owner")

    # ---- URSSAF
    inner = ("<p>Bonjour,</p><p>Votre déclaration de chiffre d'affaires du mois de <b>novembre 2026</b> est à effectuer avant le "
             "<b>31 décembre 2026</b>.</p><p>Même en l'absence de chiffre d'affaires, vous devez déclarer « 0 ».</p>"
             "<p>Connectez-vous à votre espace sur autoentrepreneur.urssaf.fr ou sur l'application AutoEntrepreneur Urssaf.</p>")
    foot = ("Urssaf - Ce courriel vous a été adressé automatiquement, merci de ne pas y répondre. Pour nous contacter, "
            "utilisez la messagerie de votre espace en ligne. L'Urssaf ne vous demandera jamais vos coordonnées bancaires par courriel.")
    raw = eml(std("Urssaf <ne-pas-repondre@urssaf.fr>", OWNER_ADDR, "Rappel : votre déclaration de chiffre d'affaires de novembre",
                  D(1, 9, 0, 0), mid_plain("urssaf.fr", "ae.")), leaf(bank_html("Urssaf", "#0c419a", "Déclaration", inner, foot), "html"))
    O("urssaf_rappel_declaration_ca", raw, "fr", "Urssaf", "public body: monthly turnover declaration reminder", "Urssaf")

    # ---- impots.gouv CFE
    plain = ("Madame, Monsieur,\n\nUn nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr :\n\n"
             "Avis de cotisation foncière des entreprises (CFE) 2026\nSIREN : 912 345 678\nDate limite de paiement : 15 décembre 2026\n\n"
             "Le paiement de la CFE s'effectue obligatoirement par un moyen de paiement dématérialisé (paiement direct en ligne, "
             "prélèvement à l'échéance ou prélèvement mensuel).\n\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.\n"
             "La Direction générale des Finances publiques\n")
    raw = eml(std("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", OWNER_ADDR,
                  "Votre avis de CFE 2026 est disponible dans votre espace professionnel", D(30, 10, 15, 0),
                  mid_plain("dgfip.finances.gouv.fr")), leaf(plain, charset="iso-8859-1", cte="quoted-printable"))
    O("impots_gouv_avis_cfe_disponible", raw, "fr", "DGFiP / impots.gouv.fr", "tax notice available, payment deadline 15 Dec", "impots.gouv.fr")

    # ---- leboncoin message notification
    inner = ("<p>Bonjour,</p><p><b>Julie</b> vous a envoyé un message à propos de votre annonce "
             "<b>« Piano droit Pleyel 1962 entièrement restauré »</b> :</p>"
             "<blockquote style=\"border-left:3px solid #ff6e14;padding-left:10px;color:#333\">Bonjour, le piano est-il toujours "
             "disponible ? Le prix de 2 900 € est-il négociable ? Livraison possible à Besançon ?</blockquote>"
             "<p><a href=\"https://www.leboncoin.fr/messages\">Répondre</a></p>")
    raw = eml(std("leboncoin <noreply@leboncoin.fr>", OWNER_ADDR, "Nouveau message de Julie à propos de « Piano droit Pleyel 1962 »",
                  D(3, 22, 41, 2), mid_plain("leboncoin.fr")),
              leaf(bank_html("leboncoin", "#ff6e14", "Nouveau message", inner,
                             "Vous recevez cet e-mail car vous avez une annonce en ligne sur leboncoin. Ne répondez pas directement à cet e-mail."), "html"))
    O("leboncoin_message_annonce_piano", raw, "fr", "leboncoin", "marketplace message notification with a buyer's question and a price", "leboncoin")

    # ---- LinkedIn
    inner = ("<p>Thomas, vous êtes apparu dans <b>14 recherches</b> cette semaine.</p><p>Les recruteurs et les personnes de "
             "secteurs comme <i>Musique</i> et <i>Enseignement</i> ont consulté votre profil.</p>"
             "<p><a href=\"https://www.linkedin.com/me/search-appearances\">Voir qui vous recherche</a></p>")
    raw = eml(std("LinkedIn <notifications-noreply@linkedin.com>", OWNER_ADDR, "Vous êtes apparu dans 14 recherches cette semaine",
                  D(2, 6, 31, 44), mid_plain("linkedin.com"),
                  extra=newsletter_headers("<notifications.linkedin.com>", "https://www.linkedin.com/e/v2/unsub?id=x")),
              multi("alternative", [leaf("Thomas, vous êtes apparu dans 14 recherches cette semaine.\n\nVoir qui vous recherche : "
                                         "https://www.linkedin.com/me/search-appearances\n\nVous recevez des notifications de LinkedIn. "
                                         "Se désabonner : https://www.linkedin.com/e/v2/unsub\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n"),
                                    leaf(bank_html("LinkedIn", "#0a66c2", "Recherches", inner,
                                                   "Cet e-mail a été envoyé à Thomas Girardin. © 2026 LinkedIn Ireland Unlimited Company."), "html")]))
    O("linkedin_apparitions_recherches", raw, "fr", "LinkedIn", "social network notification", "LinkedIn")

    # ---- Phishing Crédit Agricole
    inner = ("<p>Cher(e) client(e),</p><p>Suite à la mise à jour de la directive européenne DSP2, votre accès à votre espace "
             "<b>Crédit Agricole</b> sera <b>suspendu sous 24h</b> si vous ne validez pas votre identité.</p>"
             "<p>Un virement entrant de <b>1 480,00 €</b> est actuellement bloqué en attente de cette validation.</p>"
             "<p><a href=\"http://ca-securite-validation.com/particulier/acces\" style=\"background:#006a4e;color:#fff;padding:10px 20px;\">"
             "Valider mon identité</a></p><p>Cordialement,<br>Service Sécurité Crédit Agricole</p>")
    raw = eml(std('"Credit Agricole" <securite@ca-securite-validation.com>', OWNER_ADDR,
                  "URGENT : Votre accès sera suspendu - virement en attente", D(1, 3, 47, 21), mid_plain("mail-srv12.ru"),
                  extra=[("Reply-To", "support.client.ca@gmx.com"), ("X-Mailer", "PHPMailer 6.8.1")]),
              leaf(bank_html("Credit Agricole", "#006a4e", "Sécurité", inner, "© Crédit Agricole 2026"), "html"))
    O("phishing_credit_agricole_virement_bloque", raw, "fr", "phishing (bank)",
      "phishing imitating Crédit Agricole, mentions a blocked incoming transfer of 1 480,00 €",
      notes="look-alike domain, Reply-To at a free mailbox: other, not a payment notification")

    # ---- Phishing PayPal
    inner = ("<p>Bonjour,</p><p>Vous avez reçu un paiement de <b>1 250,00 EUR</b> de <b>Stéphane Morel</b>.</p>"
             "<p>Les fonds sont en attente : pour les recevoir, vous devez confirmer votre compte vendeur et régler les "
             "frais de vérification de 29,90 EUR.</p><p><a href=\"https://paypal-resolution-center.info/confirm\">Confirmer et recevoir les fonds</a></p>"
             "<p>Merci d'utiliser PayPal.</p>")
    raw = eml(std('"service@paypal.fr" <service@paypal-resolution-center.info>', OWNER_ADDR,
                  "Vous avez reçu un paiement - action requise", D(2, 5, 12, 8), mid_plain("paypal-resolution-center.info")),
              leaf(bank_html("PayPal", "#003087", "Paiement reçu", inner, "Copyright © 1999-2026 PayPal. Tous droits réservés."), "html"))
    O("phishing_paypal_paiement_recu_frais", raw, "fr", "phishing (PayPal)",
      "phishing imitating a PayPal 'payment received' notice (advance-fee pattern)",
      notes="display name spoofs service@paypal.fr, real domain is a look-alike")

    # ---- Spam lottery
    txt = ("FÉLICITATIONS !!!\n\nVotre adresse e-mail a été tirée au sort lors de notre loterie internationale de fin d'année. "
           "Vous avez gagné la somme de 850 000,00 € (huit cent cinquante mille euros).\n\nPour recevoir vos gains, "
           "contactez notre agent de paiement Me. Robert Williams en lui transmettant : nom complet, adresse, téléphone, "
           "copie de pièce d'identité.\n\nNuméro de gain : EUR/7745/26/FR\n\nCordialement,\nMme. Anna Kowalski\nCoordinatrice\n")
    raw = eml(std("Loterie Internationale <info@lotto-euro-winners.example>", "undisclosed-recipients:;",
                  "Vous avez gagné 850 000,00 € !!!", D(4, 2, 3, 11), mid_plain("lotto-euro-winners.example")),
              leaf(txt, charset="windows-1252", cte="8bit"))
    O("spam_loterie_vous_avez_gagne", raw, "fr", "spam", "lottery spam 'vous avez gagné', undisclosed recipients")

    # ---- Google Calendar invitation
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20261210T080000Z\r\nDTEND:20261210T100000Z\r\nDTSTAMP:20261201T101500Z\r\n"
           "ORGANIZER;CN=Régie Scène des Ducs:mailto:regie@scenedesducs.fr\r\nUID:3k9v0bq1h2r7a6e8m4c5p9t2ls@google.com\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thomas@girardin-pianos.fr;X-NUM-GUESTS=0:mailto:thomas@girardin-pianos.fr\r\n"
           "DESCRIPTION:Accord du Steinway D avant le récital du soir. Accès par l'entrée des artistes.\r\n"
           "LOCATION:Scène des Ducs\\, 3 rue de la Préfecture\\, 21000 Dijon\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "SUMMARY:Accord Steinway D - récital\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    txt = ("Vous avez reçu une invitation à l'événement suivant.\n\nAccord Steinway D - récital\njeudi 10 déc. 2026 09:00 – 11:00 (heure normale d'Europe centrale - Paris)\n"
           "Lieu : Scène des Ducs, 3 rue de la Préfecture, 21000 Dijon\nOrganisateur : Régie Scène des Ducs\n\n"
           "Participer ? Oui - Peut-être - Non\n\nInvitation de Google Agenda\n")
    raw = eml(std(A("Régie Scène des Ducs (via Google Agenda)", "calendar-notification@google.com"), OWNER_ADDR,
                  "Invitation: Accord Steinway D - récital @ jeu. 10 déc. 2026 09:00 - 11:00 (CET) (thomas@girardin-pianos.fr)",
                  D(1, 11, 15, 0), mid_plain("google.com", "calendar-"), extra=[("Reply-To", "regie@scenedesducs.fr"), ("Sender", "Google Agenda <calendar-notification@google.com>")]),
              multi("mixed", [multi("alternative", [leaf(txt), leaf("<div>" + htmlize_div(txt) + "</div>", "html"),
                                                    leaf(ics, ctype='text/calendar; charset="UTF-8"; method=REQUEST', cte="7bit")]),
                              attach(ics.encode(), "application/ics", "invite.ics")]))
    O("google_agenda_invitation_accord_steinway", raw, "fr", "Google Calendar", "calendar invitation with text/calendar METHOD:REQUEST", "Google Calendar")

    # ---- Doctolib reminder
    inner = ("<p>Bonjour Thomas,</p><p>Nous vous rappelons votre rendez-vous :</p>"
             + kv([("Date", "jeudi 3 décembre 2026 à 18:30"), ("Praticien", "Mme Julie Vasseur - Masseur-kinésithérapeute"),
                   ("Adresse", "24 rue Chabot-Charny, 21000 Dijon")])
             + "<p>En cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.</p>")
    raw = eml(std("Doctolib <no-reply@doctolib.fr>", OWNER_ADDR, "Rappel : votre rendez-vous demain à 18:30", D(2, 18, 30, 0),
                  mid_plain("doctolib.fr")), leaf(bank_html("Doctolib", "#107aca", "Rappel", inner,
                                                           "Doctolib SAS - Ne répondez pas à cet e-mail."), "html"))
    O("doctolib_rappel_rendez_vous_kine", raw, "fr", "Doctolib", "medical appointment reminder", "Doctolib")

    # ---- Colissimo shipping
    plain = ("Bonjour,\n\nVotre colis n° 6A24881937402 expédié par FOURNITURES PIANO EUROPE est en cours de livraison.\n\n"
             "Livraison prévue : aujourd'hui, vendredi 4 décembre, entre 9h et 13h.\n\nSuivre mon colis : "
             "https://www.laposte.fr/outils/suivre-vos-envois?code=6A24881937402\n\nColissimo - La Poste\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\n")
    raw = eml(std("Colissimo <noreply@notif-colissimo-laposte.info>", OWNER_ADDR, "Votre colis 6A24881937402 est en cours de livraison",
                  D(4, 7, 2, 33), mid_plain("notif-colissimo-laposte.info")), leaf(plain))
    O("colissimo_colis_en_livraison", raw, "fr", "Colissimo", "shipping notice", "Colissimo")

    # ---- Supplier order confirmation
    plain = ("FOURNITURES PIANO EUROPE\n\nConfirmation de commande n° 77120\n\nBonjour Monsieur Girardin,\n\nNous avons bien reçu "
             "votre commande et votre règlement par virement de 86,40 € TTC. Merci !\n\n"
             "  2 x Feutre de marteau 12,5 mm (feuille)      2 x 24,90 €\n  1 x Jeu de pointes d'accord N°2             12,80 €\n"
             "  Frais de port Colissimo                       8,90 €\n  ------------------------------------------------\n"
             "  Total TTC                                    86,40 €\n\nExpédition sous 24 à 48 h.\n\n"
             "Fournitures Piano Europe - 18 rue des Artisans - 67000 Strasbourg\n")
    raw = eml(std("Fournitures Piano Europe <commandes@fournitures-piano-europe.fr>", OWNER_ADDR,
                  "Confirmation de votre commande n° 77120", D(1, 10, 21, 5), mid_plain("fournitures-piano-europe.fr", "shop.")),
              leaf(plain, charset="windows-1252"))
    O("fournitures_piano_europe_confirmation_commande", raw, "fr", "Fournitures Piano Europe (supplier)",
      "supplier order confirmation acknowledging the owner's transfer", notes="money mentioned is the owner's own payment to a supplier")

    # ---- Professional body newsletter
    inner = ("<h2 style=\"font-family:Georgia\">La Lettre des Métiers du Piano – n° 87, décembre 2026</h2>"
             "<ul><li>Congrès 2027 à Lyon : appel à communications</li><li>Nouvelle norme de diapason pour les salles "
             "subventionnées : ce qui change</li><li>Assurance RC pro : renégociation du contrat groupe</li>"
             "<li>Formation « Régler une mécanique à double échappement » – 18 et 19 janvier, Paris</li></ul>"
             "<p>Adhérents : pensez à renouveler votre cotisation 2027 (95 €) avant le 31 janvier.</p>")
    raw = eml(std(A("Chambre syndicale des métiers du piano", "lettre@metiers-du-piano.fr"), OWNER_ADDR,
                  "La Lettre des Métiers du Piano – décembre 2026", D(1, 7, 30, 0), mid_plain("metiers-du-piano.fr", "mc."),
                  extra=newsletter_headers("<lettre.metiers-du-piano.fr>", "mailto:unsubscribe@metiers-du-piano.fr") + [("X-Mailer", "Brevo")]),
              leaf(bank_html("Metiers du piano", "#5b3a29", "Lettre", inner,
                             "Vous recevez cette lettre en tant qu'adhérent. Se désinscrire. Chambre syndicale des métiers du piano, 14 rue de la Victoire, 75009 Paris."), "html"))
    O("chambre_syndicale_lettre_decembre", raw, "fr", "professional body newsletter", "professional body newsletter (Brevo), mentions a fee")

    # ---- Insurer
    plain = ("Bonjour Monsieur Girardin,\n\nVotre avis d'échéance 2027 pour votre contrat Multirisque Professionnelle "
             "n° 140 882 719 est disponible dans votre Espace Client.\n\nMontant annuel TTC : 584,20 €\n"
             "Mode de règlement : prélèvement mensuel (48,68 € à partir du 5 janvier 2027)\n\n"
             "Votre agent MMA de Dijon Toison d'Or reste à votre disposition.\n\nMMA IARD - Entreprises régies par le Code des assurances.\n"
             "Cet e-mail est envoyé automatiquement.\n")
    raw = eml(std("MMA <ne-pas-repondre@mma.fr>", OWNER_ADDR, "Votre avis d'échéance 2027 est disponible", D(30, 11, 0, 40),
                  mid_plain("mma.fr")), leaf(plain))
    O("mma_avis_echeance_multirisque_pro", raw, "fr", "MMA (insurer)", "insurer's renewal notice with annual premium", "MMA")

    # ---- Landlord (workshop rent)
    pdf = make_pdf(["IMMOBILIERE DES DUCS - Gestion locative", "AVIS D'ECHEANCE - JANVIER 2027", "Locataire : M. Thomas GIRARDIN",
                    "Local d'activite - 5 impasse des Tanneries, 21000 Dijon", "Loyer : 480,00 EUR  Charges : 60,00 EUR",
                    "Total a payer avant le 05/01/2027 : 540,00 EUR"])
    txt = ("Bonjour,\n\nVeuillez trouver ci-joint votre avis d'échéance pour le mois de janvier 2027 concernant le local "
           "d'activité situé 5 impasse des Tanneries.\n\nCordialement,\nService Gérance\nImmobilière des Ducs\n")
    raw = eml(std("Immobiliere des Ducs - Gerance <gerance@immobiliere-des-ducs.fr>", OWNER_ADDR,
                  "Avis d'échéance janvier 2027 - 5 impasse des Tanneries", D(4, 15, 3, 27), mid_plain("immobiliere-des-ducs.fr")),
              multi("mixed", [leaf(txt, charset="windows-1252"), attach(pdf, "application/pdf", "Avis_echeance_2027-01.pdf")]))
    O("immobiliere_ducs_avis_echeance_loyer_atelier", raw, "fr", "landlord (Immobilière des Ducs)", "workshop rent notice with PDF")

    # ---- EDF
    inner = ("<p>Bonjour Thomas GIRARDIN,</p><p>Votre facture d'électricité est disponible.</p>"
             + kv([("Montant", "87,42 € TTC"), ("Date de prélèvement", "15/12/2026"), ("Référence client", "6 004 512 887"),
                   ("Adresse", "5 impasse des Tanneries 21000 Dijon")]) + "<p>Retrouvez-la dans votre Espace Client.</p>")
    raw = eml(std("EDF <service-client@mail.edf.fr>", OWNER_ADDR, "Votre facture d'électricité est disponible", D(3, 14, 47, 0),
                  mid_plain("mail.edf.fr")), leaf(bank_html("EDF", "#001a70", "Facture", inner,
                                                            "EDF SA - 22-30 avenue de Wagram 75008 Paris - 552 081 317 R.C.S. Paris. Merci de ne pas répondre."), "html"))
    O("edf_facture_electricite_disponible", raw, "fr", "EDF (utility)", "utility bill available with future direct-debit date", "EDF")

    # ---- Invoicing SaaS: invoice viewed
    plain = ("Bonne nouvelle !\n\nDaniel Reyes vient de consulter votre facture F-2026-0431 (620,00 €).\n\n"
             "Statut : En retard de 14 jours\n\nVous pouvez lui envoyer une relance depuis votre tableau de bord.\n\n"
             "L'équipe Abby\nVous recevez cet e-mail car les notifications de suivi des factures sont activées.\n")
    raw = eml(std("Abby <notifications@abby.fr>", OWNER_ADDR, "Daniel Reyes a consulté votre facture F-2026-0431", D(4, 22, 12, 9),
                  mid_plain("abby.fr")), leaf(plain))
    O("abby_facture_consultee_reyes", raw, "fr", "Abby (invoicing SaaS)",
      "invoicing-app notice 'client viewed invoice', names client, invoice and amount", "Abby",
      notes="tracking event, not a payment")

    # ---- Qonto newsletter
    inner = ("<h1 style=\"font-size:24px\">Les nouveautés de décembre</h1><p>📅 <b>Virements programmés récurrents</b> : payez "
             "votre loyer automatiquement chaque mois.</p><p>🧾 <b>Relances de factures automatiques</b> : vos clients "
             "reçoivent un rappel 3 jours après l'échéance.</p><p>💳 Nouvelle carte X en métal recyclé.</p>"
             "<p><a href=\"https://qonto.com/fr/blog\">Découvrir toutes les nouveautés</a></p>")
    raw = eml(std("Qonto <news@qonto.com>", OWNER_ADDR, "🎄 Les nouveautés Qonto de décembre", D(1, 10, 30, 0), mid_plain("qonto.com", "nl."),
                  extra=newsletter_headers("<news.qonto.com>", "https://qonto.com/unsubscribe?u=x")),
              leaf(bank_html("Qonto", "#1d1d1b", "Nouveautés", inner,
                             "Vous recevez cet e-mail car vous êtes client Qonto. Se désabonner. Olinda SAS, 18 rue de Navarin, 75009 Paris."), "html"))
    O("qonto_newsletter_nouveautes_decembre", raw, "fr", "Qonto (marketing)", "bank's own newsletter, emoji subject, List-Unsubscribe", "Qonto")

    # ---- Qonto fee invoice
    plain = ("Bonjour Thomas,\n\nVotre facture d'abonnement Qonto pour novembre 2026 est disponible.\n\n"
             "Forfait : Basic\nMontant : 11,00 € HT (13,20 € TTC)\nDate de prélèvement : 01/12/2026\n\n"
             "Télécharger la facture : https://app.qonto.com/settings/invoices\n\nL'équipe Qonto\n")
    raw = eml(std("Qonto <no-reply@qonto.com>", OWNER_ADDR, "Votre facture Qonto de novembre est disponible", D(1, 5, 0, 2),
                  mid_plain("qonto.com", "0102019")), leaf(plain))
    O("qonto_facture_abonnement_novembre", raw, "fr", "Qonto (fee invoice)", "bank's own fee invoice (other per guide)", "Qonto")

    # ---- Shine security alert
    plain = ("Salut Thomas,\n\nUne nouvelle connexion à ton compte Shine vient d'avoir lieu :\n\nAppareil : iPhone 16\n"
             "Lieu approximatif : Dijon, France\nDate : 02/12/2026 à 07:48\n\nC'est bien toi ? Tu n'as rien à faire.\n"
             "Ce n'est pas toi ? Bloque immédiatement l'accès depuis l'appli ou contacte-nous.\n\nL'équipe Shine\n")
    raw = eml(std("Shine <security@shine.fr>", OWNER_ADDR, "Nouvelle connexion à ton compte", D(2, 7, 48, 31), mid_plain("shine.fr")),
              leaf(plain))
    O("shine_alerte_nouvelle_connexion", raw, "fr", "Shine (security)", "bank security alert, no money movement", "Shine")

    # ---- Chorus Pro rejection
    plain = ("Bonjour,\n\nLe statut de votre facture a été modifié.\n\nNuméro de facture : F-2026-0423\n"
             "Destinataire : COMMUNE DE SAINT-JULIEN-LES-ORMES\nMontant TTC : 275,00 EUR\nNouveau statut : REJETÉE\n"
             "Motif : Coordonnées bancaires du fournisseur non conformes\n\nVous pouvez déposer une nouvelle facture depuis "
             "votre espace Chorus Pro.\n\nCe courriel est généré automatiquement, merci de ne pas y répondre.\nL'équipe Chorus Pro\n")
    raw = eml(std("Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>", OWNER_ADDR, "[Chorus Pro] Changement de statut de votre facture F-2026-0423",
                  D(3, 23, 5, 2), mid_plain("chorus-pro.gouv.fr", "CPP.")), leaf(plain, charset="iso-8859-1", cte="8bit"))
    O("chorus_pro_facture_rejetee", raw, "fr", "Chorus Pro", "public invoicing portal: invoice rejected (bank details)", "Chorus Pro",
      notes="unsure: status notice about an invoice, no money movement; compare payment_notification/chorus_pro_mise_en_paiement")

    # ---- Google Business Profile review
    raw = eml(std("Google Business Profile <businessprofile-noreply@google.com>", OWNER_ADDR,
                  "Nouvel avis sur Thomas Girardin – Accordeur de pianos", D(30, 19, 2, 50), mid_plain("google.com")),
              multi("alternative", [leaf("Martine L. a laissé un avis ★★★★★\n\n« Accordeur ponctuel et passionné, notre vieux Gaveau "
                                         "n'a jamais aussi bien sonné. Je recommande ! »\n\nRépondre à l'avis : https://business.google.com/reviews\n"),
                                    leaf("<p>Martine L. a laissé un avis ★★★★★</p><p><i>« Accordeur ponctuel et passionné, notre vieux Gaveau "
                                         "n'a jamais aussi bien sonné. Je recommande ! »</i></p>", "html")]))
    O("google_business_nouvel_avis", raw, "fr", "Google Business Profile", "review notification quoting a customer", "Google Business Profile")

    # ---- Trade fair marketing
    inner = ("<h1>Salon Piano &amp; Co – Lyon, 12-14 mars 2027</h1><p>Exposants, fabricants, restaurateurs : réservez votre stand "
             "avant le 31 décembre et bénéficiez de <b>15 % de remise</b>.</p><p>Conférences, masterclasses, espace "
             "« pianos anciens restaurés ».</p><p><a href=\"https://salon-piano-and-co.example/exposer\">Je réserve mon stand</a></p>")
    raw = eml(std("Salon Piano & Co <info@salon-piano-and-co.example>", OWNER_ADDR,
                  "Dernière ligne droite : -15 % sur votre stand au Salon Piano & Co 2027", D(3, 10, 0, 0),
                  mid_plain("salon-piano-and-co.example", "mj."), extra=newsletter_headers("<salon-piano-and-co.example>", "https://salon-piano-and-co.example/unsub")),
              leaf(bank_html("Salon Piano & Co", "#2b2d42", "Salon", inner, "Vous recevez cet e-mail car vous avez visité le salon en 2025. Se désinscrire."), "html"))
    O("salon_piano_co_promo_stand", raw, "fr", "trade fair marketing", "trade-fair marketing with deadline and discount")

    # ---- Amazon Business order shipped (EN/FR)? -> SaaS: Google Workspace billing
    plain = ("Bonjour,\n\nVotre facture Google Workspace de novembre 2026 est disponible.\n\nDomaine : girardin-pianos.fr\n"
             "Montant : 8,10 €\nLe montant sera débité de votre carte Visa se terminant par 7731.\n\n"
             "Consulter la facture : https://admin.google.com/ac/billing\n\nCordialement,\nL'équipe Google Workspace\n\n"
             "© 2026 Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4.\nVous avez reçu cet e-mail obligatoire pour vous "
             "informer de modifications importantes apportées à votre compte Google Workspace.\n")
    raw = eml(std("Google Workspace <payments-noreply@google.com>", OWNER_ADDR, "Votre facture Google Workspace est disponible",
                  D(2, 3, 15, 9), mid_plain("google.com")), leaf(plain))
    O("google_workspace_facture_novembre", raw, "fr", "Google Workspace (SaaS billing)", "software subscription invoice to the owner",
      "Google Workspace")


# ================================================================= main
BASIS = [
    ("read receipt", "RFC 8098 message/disposition-notification as sent by the named client"),
    ("Postfix", "Postfix bounce(8) notification text and RFC 3464 delivery-status fields"),
    ("Exim", "Exim's 'Mail delivery failed' message (no DSN part)"),
    ("qmail", "qmail-send 'failure notice' wording"),
    ("Exchange Online", "Microsoft's documented Exchange Online NDR / OOF layout"),
    ("Microsoft 365", "Microsoft's documented Exchange Online NDR layout (user info + diagnostic information for administrators)"),
    ("Outlook.com", "Microsoft's documented NDR layout"),
    ("Gmail", "Gmail DSN / vacation responder wording"),
    ("Orange", "generic RFC 3464 DSN in French and English"),
    ("Stripe", "Stripe notification e-mails and Stripe's documented payout failure codes"),
    ("Zendesk", "Zendesk ticket acknowledgement ('##- ... -##' reply marker)"),
    ("challenge-response", "Mailinblack-style sender validation message"),
    ("SVE", "CRPA electronic acknowledgement of receipt (articles L.112-11, R.112-11-1)"),
]


def basis(r):
    g = r["source_group"] + " " + r["provider"]
    for k, v in BASIS:
        if k.lower() in g.lower():
            return v
    if r["label"] == "payment_notification":
        return "the usual layout of %s transaction e-mails (subject wording, key/value table, legal footer); written, not copied" % (r["provider"] or r["source_group"])
    if r["label"] == "human_reply":
        return "typical client replies to French dunning mail (mail client conventions: quote headers, signatures)"
    return ""


def write_readme(counts):
    total = sum(counts.values())
    lines = ["# dunnerd evaluation set `ae` (split %s)" % SPLIT, "",
             "Blind evaluation e-mails for dunnerd, written for the owner **Thomas Girardin "
             "<thomas@girardin-pianos.fr>**, piano tuner and restorer in Dijon (sole trader): tuning contracts with music "
             "schools and concert halls, private clients, restorations. All messages are dated Mon 30 Nov - Fri 4 Dec 2026.",
             "", "Generated by `build.py` (standard library only): `python3 build.py` rewrites every .eml file and `labels.tsv`.",
             "Every message is synthetic (written by hand in build.py, no real message bytes); `fidelity` = synthetic.", "",
             "## Counts", "", "| label | files |", "| --- | --- |"]
    for l in LABELS:
        lines.append("| %s | %d |" % (l, counts.get(l, 0)))
    lines += ["| **total** | **%d** |" % total, "", "All rows: split `%s`." % SPLIT, "",
              "## What each group is based on", "",
              "- **human_reply**: clients' replies to the owner's reminders (`Rappel : facture F-2026-0xxx échue` / "
              "`Reminder: invoice F-2026-0xxx is overdue`, Message-ID `<dunnerd.N.k@girardin-pianos.fr>`), modelled on "
              "how the usual clients write: Outlook (HTML-only, windows-1252, French 'De : / Envoyé :' quote block, "
              "long legal disclaimers), Gmail (multipart/alternative, 'Le lun. 30 nov. 2026 à 08:00, ... a écrit :'), "
              "Apple Mail/iPhone/iPad, Samsung, Thunderbird format=flowed, Roundcube, Zimbra, Windows Live Mail in "
              "ISO-8859-1, a message with no MIME headers at all; promises with many date wordings, disputes, already-paid "
              "claims (with a forwarded bank confirmation and PDF transfer orders), invoice/RIB requests, questions, "
              "one-word answers, forwards with the owner in Cc, negations, a mailing-list post and a colleague's message.",
              "- **payment_notification**: notices of Qonto, Shine, BNP Paribas, Crédit Agricole, Société Générale, LCL, "
              "La Banque Postale, CIC/Crédit Mutuel, BoursoBank, Hello bank!, Fortuneo, Caisse d'Épargne, Banque Populaire, "
              "N26, Revolut Business, Wise, Stripe, PayPal, SumUp, GoCardless, Mollie, PayPlug, Lydia/Sumeria, Indy, "
              "Pennylane, a client's SAP remittance advice and Chorus Pro. Layouts follow the usual shape of these "
              "senders' notices (subject wording, key/value tables, legal footers, 'message automatique' lines; Stripe "
              "payout-failure reasons from Stripe's documented failure codes); about half are not money in (card "
              "payments, outgoing transfers, direct debits, rejected debits, returned cheque, payout failed, "
              "dispute, refund, statements, balance alerts, payment on hold).",
              "- **auto_reply**: Exchange/Outlook 'Réponse automatique :' / 'Automatic reply:' / 'Automatische Antwort:', "
              "Gmail vacation, Sieve vacation, a responder without any auto header, AP autoresponders stating payment "
              "terms, a Zendesk ticket acknowledgement, read receipts (MDN), a Mailinblack-style challenge-response, "
              "a municipal legal acknowledgement of receipt (CRPA), an 'address no longer read' responder.",
              "- **bounce**: Gmail DSN (French text, failure and delay), Exchange Online NDRs (EN and FR, structure as in "
              "Microsoft's NDR documentation), Outlook.com, Postfix (OVHcloud) with Orange and Free remote answers, a "
              "Postfix delay warning, Exim without a delivery-status part, qmail without MIME, an Orange relay DSN.",
              "- **other**: supplier/SaaS invoices to the owner (OVHcloud, accountant, Google Workspace, Qonto fees), "
              "URSSAF and impots.gouv (CFE), Chorus Pro rejection, leboncoin, LinkedIn, Google Business Profile review, "
              "phishing imitating Crédit Agricole and PayPal, lottery spam, a Google Calendar invitation, Doctolib, "
              "Colissimo, a parts supplier's order confirmation, a professional body newsletter, an insurer, the workshop "
              "landlord, EDF, a bank newsletter and security alert, a trade-fair promotion.", "",
              "Addresses: clients and people use example domains (example.fr/.com/.net/.org/.co.uk) or invented company "
              "domains; banks, PSPs and services use their real sender domains. Failed recipients at ISP domains "
              "(wanadoo.fr, free.fr, hotmail.fr) have invented local parts.", "",
              "## Labels I was unsure of", "",
              "- `payment_notification/chorus_pro_mise_en_paiement.eml`: Chorus Pro 'mise en paiement' status, labelled "
              "payment_notification, direction `none`, counts `no_claim` (announced payment, not yet on the account).",
              "- `other/chorus_pro_facture_rejetee.eml`: the same portal's 'rejetée' status, labelled other.",
              "- `payment_notification/ocb_avis_de_paiement_sap.eml`: remittance advice; direction `in` with `no_claim`.",
              "- `human_reply/mairie_mandat_emis_sans_date.eml`: 'mandat émis le 20 novembre' - no fact given "
              "(could be read as already_paid=claimed).",
              "- `human_reply/quatrevents_thunderbird_fin_semaine_prochaine.eml`: 'd'ici la fin de la semaine "
              "prochaine' resolved to 2026-12-11 rather than week_of_2026-12-07.",
              "- `human_reply/stvincent_facture_rectifiee_bon_commande.eml`: asks for a corrected invoice (wrong entity): "
              "request_invoice only, no dispute.",
              "- `payment_notification/indy_flux_bancaire_credit.eml` and `payment_notification/pennylane_trois_transactions.eml`: "
              "accounting apps relaying bank-feed lines; labelled payment_notification (money seen by the bank), credits counted `yes`.",
              "- `human_reply/marchetti_cheque_envoye_semaine_derniere.eml`: cheque posted 'la semaine dernière' -> already_paid=claimed.",
              "", "## Checking", "", "`python3 check.py` parses every .eml with Python's email package (compat32 and default "
              "policies, every part decoded), checks that labels.tsv has exactly one row per file, that the directory "
              "matches the label, that Date headers fall in the week, and that money columns are only filled for "
              "payment_notification rows.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    for l in LABELS:
        d = os.path.join(OUT, l)
        if os.path.isdir(d):
            shutil.rmtree(d)
    build_human()
    build_payments()
    build_auto()
    build_bounces()
    build_other()
    for r in ROWS:
        b = basis(r)
        if b:
            r["notes"] = (r["notes"] + "; " if r["notes"] else "") + "format based on: " + b
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLUMNS]
            f.write("\t".join(vals) + "\n")
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    write_readme(counts)
    print(counts, sum(counts.values()))


if __name__ == "__main__":
    main()
