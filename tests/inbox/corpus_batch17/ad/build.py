#!/usr/bin/env python3
"""build.py - writes the final17 evaluation set (owner: Salome Ferrand, dietitian, Toulouse).

Standard library only. Run: python3 build.py  (writes */*.eml and labels.tsv next to this file).
Every message is written for dunnerd (synthetic); formats follow the senders' documented notice
wording / public samples noted in the `notes` column.
"""
import base64, os, quopri, random, shutil, zlib
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final17"
OWNER_NAME = "Salomé Ferrand"
OWNER = "salome@ferrand-nutrition.fr"
RNG = random.Random(17017)
ROWS = []

COLS = ("file label source_repo source_path source_commit license fidelity lang provider "
        "source_group pattern direction amount currency payer reference value_date "
        "counts_as_payment facts split notes").split()

DAYS = {30: ("Mon", 30, "Nov"), 1: ("Tue", 1, "Dec"), 2: ("Wed", 2, "Dec"), 3: ("Thu", 3, "Dec"),
        4: ("Fri", 4, "Dec")}


def D(day, hh, mm, ss=None, tz="+0100"):
    wd, d, mon = DAYS[day]
    if ss is None:
        ss = RNG.randint(0, 59)
    return "%s, %d %s 2026 %02d:%02d:%02d %s" % (wd, d, mon, hh, mm, ss, tz)


def D2(day, hh, mm, ss=None, tz="+0100"):
    """Date with two-digit day (some MTAs / banks write it so)."""
    wd, d, mon = DAYS[day]
    if ss is None:
        ss = RNG.randint(0, 59)
    return "%s, %02d %s 2026 %02d:%02d:%02d %s" % (wd, d, mon, hh, mm, ss, tz)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rHEX(n):
    return rhex(n).upper()


def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (RNG.choice(["+", "A", "K", "J"]), ralnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="))


def mid_outlook():
    srv = "%s%sMB%04d" % (RNG.choice(["PR3P", "AM0P", "DB9P", "PAXP", "AS8P"]), RNG.choice(["192", "195", "251"]), RNG.randint(1000, 9999))
    return "<%s%s%s@%s.EURP%s.PROD.OUTLOOK.COM>" % (srv, rHEX(6), ralnum(20).upper(), srv, srv[4:7])


def mid_uuid(domain, upper=False):
    u = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return "<%s@%s>" % (u.upper() if upper else u, domain)


def mid_plain(domain, n=16):
    return "<%s.%s@%s>" % (ralnum(n), RNG.randint(100000, 999999), domain)


def reminder_id(inv, n=1):
    return "<dunnerd.%d.%d@ferrand-nutrition.fr>" % (inv, n)


# ---------------------------------------------------------------- encoding helpers

def hdr(s, cs="utf-8", enc="Q"):
    """RFC 2047 encode s if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        c = Charset(cs)
        c.header_encoding = QP if enc == "Q" else BASE64
        return Header(s, c).encode(maxlinelen=76)


def addr(name, email, cs="utf-8", enc="Q"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, cs, enc), email)


def part(ctype, body, charset="utf-8", cte="quoted-printable", params="", headers=()):
    """A leaf MIME part as bytes.  body: str (encoded with charset) or bytes."""
    raw = body if isinstance(body, bytes) else body.encode(charset or "utf-8")
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = None  # 7bit / 8bit / binary: raw bytes as they are
    ct = ctype
    if ctype.startswith("text/") and charset:
        ct += '; charset="%s"' % charset if RNG.random() < 0.5 else "; charset=%s" % charset
    ct += params
    lines = ["Content-Type: " + ct]
    if cte:
        lines.append("Content-Transfer-Encoding: " + cte)
    lines.extend(headers)
    head = ("\n".join(lines) + "\n\n").encode("ascii")
    if enc is None:
        return head + raw + (b"" if raw.endswith(b"\n") else b"\n")
    return head + enc.encode("ascii") + ("" if enc.endswith("\n") else "\n").encode()


def bnd(prefix=""):
    return prefix + rhex(24)


def multi(subtype, parts, boundary=None, params="", preamble=""):
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999), RNG.randint(10 ** 12, 10 ** 13)))
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, b, params)).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += ("--%s\n" % b).encode() + p + b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def msg(headers, body, crlf=False):
    """headers: list of (name, value); body: bytes of a part (starts with its own Content-* headers)."""
    h = []
    for k, v in headers:
        if v is None:
            continue
        h.append("%s: %s" % (k, v))
    data = "\n".join(h).encode("utf-8") + b"\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def pdf(lines, title="Document"):
    """A small valid one-page PDF showing the given text lines (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    content = "BT /F1 11 Tf 50 %d Td 14 TL\n" % y
    for ln in lines:
        content += "(%s) '\n" % esc(ln)
    content += "ET\n"
    stream = zlib.compress(content.encode("cp1252", "replace"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (PDF) >>" % esc(title)).encode("cp1252", "replace"),
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def attach(ctype, name, data, disp="attachment"):
    return part(ctype, data, charset=None, cte="base64", params='; name="%s"' % name,
                headers=('Content-Disposition: %s; filename="%s"' % (disp, name),))


def add(label, name, data, lang, provider="", group="", pattern="", money=None, facts="", notes="",
        fidelity="synthetic"):
    rel = "%s/%s.eml" % (label, name)
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    row = dict.fromkeys(COLS, "")
    row.update(file=rel, label=label, source_repo="synthetic", source_path="build.py", source_commit="",
               license="written for dunnerd", fidelity=fidelity, lang=lang, provider=provider,
               source_group=group, pattern=pattern, facts=facts, split=SPLIT, notes=notes)
    if money:
        row.update(money)
    for k, v in row.items():
        row[k] = str(v).replace("\t", " ").replace("\n", " ")
    ROWS.append(row)


def M(direction, amount="", currency="EUR", payer="", reference="", value_date="", counts="no"):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer, reference=reference,
                value_date=value_date, counts_as_payment=counts)


# ---------------------------------------------------------------- the owner's reminders (quoted)

SIG_FR = ("Salomé Ferrand\nDiététicienne-nutritionniste – ateliers entreprises & écoles\n"
          "12 rue des Filatiers, 31000 Toulouse – 06 39 98 41 27\nferrand-nutrition.fr")
SIG_EN = ("Salomé Ferrand\nDietitian-nutritionist – workplace & school workshops\n"
          "12 rue des Filatiers, 31000 Toulouse, France – +33 6 39 98 41 27")
IBAN = "FR76 1695 8000 0141 2577 3306 218"


def rem_subject(inv, lang="fr", n=1):
    if lang == "en":
        return "Reminder: invoice F-2026-%04d is overdue" % inv
    if n >= 2:
        return "Relance : facture F-2026-%04d échue (2e rappel)" % inv
    return "Rappel : facture F-2026-%04d échue" % inv


def rem_body(inv, amount, issued, due, lang="fr", greet=None):
    if lang == "en":
        return ("%s\n\nAccording to my records, invoice F-2026-%04d for %s, issued on %s and due on %s, "
                "is still unpaid.\n\nCould you please arrange payment by bank transfer (IBAN %s, BIC QNTOFRP1XXX) "
                "or let me know if there is any issue?\n\nThe invoice is attached again for convenience.\n\n"
                "Kind regards,\n\n%s\n" % (greet or "Hello,", inv, amount, issued, due, IBAN, SIG_EN))
    return ("%s\n\nSauf erreur de ma part, la facture F-2026-%04d d'un montant de %s, émise le %s et "
            "arrivée à échéance le %s, reste impayée à ce jour.\n\nPourriez-vous procéder à son règlement par "
            "virement (IBAN %s – BIC QNTOFRP1XXX) ou me signaler tout problème éventuel ?\n\n"
            "Vous trouverez la facture en pièce jointe.\n\nBien cordialement,\n\n%s\n"
            % (greet or "Bonjour,", inv, amount, issued, due, IBAN, SIG_FR))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    return "".join("<div>%s</div>" % (html_escape(l) if l else "<br>") for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- people's mail

import datetime as _dt

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class R:
    """One of the owner's reminders, as the client's mailer will quote it."""

    def __init__(self, inv, amount, issued, due, to_name, to_addr, sent, lang="fr", n=1, greet=None):
        self.inv, self.amount, self.lang, self.n = inv, amount, lang, n
        self.to_name, self.to_addr = to_name, to_addr
        self.dt = _dt.datetime(2026, sent[0], sent[1], sent[2], sent[3])
        self.subject = rem_subject(inv, lang, n)
        self.mid = reminder_id(inv, n)
        self.body = rem_body(inv, amount, issued, due, lang, greet)
        self.date_hdr = self.dt.strftime("%a, %d %b %Y %H:%M:%S +0100")

    def intro(self, style):
        d = self.dt
        hm = d.strftime("%H:%M")
        if style == "gmail":
            if self.lang == "en":
                return "On %s, %s %d, %d at %s %s Salomé Ferrand <%s> wrote:" % (
                    d.strftime("%a"), d.strftime("%b"), d.day, d.year, d.strftime("%I:%M").lstrip("0"),
                    "AM" if d.hour < 12 else "PM", OWNER)
            return "Le %s %d %s %d à %s, Salomé Ferrand <%s> a écrit :" % (
                JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, hm, OWNER)
        if style == "iphone":
            if self.lang == "en":
                return "On %d %s %d, at %s, Salomé Ferrand <%s> wrote:" % (d.day, d.strftime("%b"), d.year, hm, OWNER)
            return "Le %d %s %d à %s, Salomé Ferrand <%s> a écrit :" % (d.day, MOIS_ABR[d.month - 1], d.year, hm, OWNER)
        if style == "tbird":
            if self.lang == "en":
                return "On %s %s, Salomé Ferrand wrote:" % (d.strftime("%d/%m/%Y"), hm)
            return "Le %s à %s, Salomé Ferrand a écrit :" % (d.strftime("%d/%m/%Y"), hm)
        raise ValueError(style)

    def outlook_block(self, lang=None):
        d = self.dt
        lang = lang or self.lang
        to = "%s <%s>" % (self.to_name, self.to_addr) if self.to_name else self.to_addr
        if lang == "en":
            return ("From: Salomé Ferrand <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n" % (
                OWNER, DAYS_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year,
                d.strftime("%I:%M %p").lstrip("0"), to, self.subject))
        return ("De : Salomé Ferrand <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n" % (
            OWNER, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.strftime("%H:%M"), to, self.subject))


def outlook_html(text, quoted_block=None, quoted_text=None, font="Calibri", lang="FR"):
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html_escape(l) if l else "&nbsp;")
                    for l in text.rstrip("\n").split("\n"))
    q = ""
    if quoted_block:
        hl = []
        for l in quoted_block.rstrip("\n").split("\n"):
            i = l.index(":")
            lab, rest = l[:i].strip(), l[i + 1:]
            hl.append("<b>%s%s</b>%s" % (html_escape(lab), " :" if lang == "FR" else ":", html_escape(rest)))
        hb = "<br>\n".join(hl)
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' % hb)
        q += "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html_escape(l) if l else "&nbsp;")
                     for l in quoted_text.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n'
            % (font, font, "FR" if lang == "FR" else "EN-US", paras, q))


def human(name, frm, to, subject, date, text, style, lang, group, pattern, facts="", notes="", cc=None,
          rem=None, irt=True, attachments=(), extra=(), charset="utf-8", cte=None, html=None,
          mid=None, crlf=None, reply_to=None, label="human_reply", fresh=False):
    """text: what the person typed (signature included).  rem: the reminder being answered (quoted)."""
    headers = []
    if style in ("outlook", "outlook_html"):
        crlf = True if crlf is None else crlf
    body = None
    plain = text
    htm = html
    dom = frm.split("@")[-1].rstrip(">")
    if style == "gmail":
        mid = mid or mid_gmail()
        if rem is not None:
            plain = text.rstrip("\n") + "\n\n" + rem.intro("gmail") + "\n\n" + quote(rem.body)
        if htm is None:
            htm = '<div dir="ltr">%s</div>' % html_paras(text)
            if rem is not None:
                htm += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                        % (html_escape(rem.intro("gmail")), html_paras(rem.body)))
            htm += "\n"
        b = bnd("000000000000")
        body = multi("alternative", [part("text/plain", plain, charset, cte or "quoted-printable"),
                                     part("text/html", htm, charset, cte or "quoted-printable")], boundary=b)
    elif style in ("outlook", "outlook_html"):
        mid = mid or mid_outlook()
        ol = "EN" if lang == "en" else "FR"
        if rem is not None:
            blk = rem.outlook_block("en" if lang == "en" else "fr")
            plain = text.rstrip("\n") + "\n\n" + "_" * 32 + "\n" + blk + "\n" + rem.body
            htm = htm or outlook_html(text, blk, rem.body, lang=ol)
        else:
            htm = htm or outlook_html(text, lang=ol)
        cs = charset
        htm = htm.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % cs)
        if style == "outlook":
            body = multi("alternative", [part("text/plain", plain, cs, cte or "quoted-printable"),
                                         part("text/html", htm, cs, cte or "quoted-printable")],
                         boundary="_000_%s_" % mid[1:].split("@")[0])
        else:
            body = part("text/html", htm, cs, cte or "quoted-printable")
        headers += [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject.lower().startswith(("re", "tr", "fw")) else subject)),
                    ("Thread-Index", "A" + ralnum(30) + "=="),
                    ("X-MS-Has-Attach", "yes" if attachments else ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("Content-Language", "fr-FR" if lang == "fr" else "en-GB"),
                    ("X-MS-Exchange-Organization-SCL", "-1" if RNG.random() < 0.3 else None)]
    elif style == "iphone":
        mid = mid or mid_uuid(dom, upper=True)
        if rem is not None:
            plain = text.rstrip("\n") + "\n\n" + quote(rem.intro("iphone") + "\n\n" + rem.body)
        body = part("text/plain", plain, charset, cte or "quoted-printable")
        headers += [("X-Mailer", "iPhone Mail (22B91)")]
    elif style == "tbird":
        mid = mid or mid_uuid(dom)
        if rem is not None:
            plain = text.rstrip("\n") + "\n\n" + rem.intro("tbird") + "\n" + quote(rem.body)
        body = part("text/plain", plain, charset, cte or "8bit", params="; format=flowed")
        headers += [("User-Agent", "Mozilla Thunderbird")]
    elif style == "plain":
        mid = mid or mid_plain(dom)
        if rem is not None:
            plain = text.rstrip("\n") + "\n\n" + rem.intro("tbird") + "\n" + quote(rem.body)
        body = part("text/plain", plain, charset, cte or "quoted-printable")
    else:
        raise ValueError(style)
    if attachments:
        body = multi("mixed", [body] + list(attachments))
    top = [("From", frm), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top += [("Subject", hdr(subject)), ("Date", date), ("Message-ID", mid)]
    if rem is not None and irt and not fresh:
        top += [("In-Reply-To", rem.mid), ("References", rem.mid)]
    top += list(extra)
    top += [h for h in headers if h[1] is not None and h[1] != "" or h[0] in ("X-MS-Has-Attach",)]
    top += [("MIME-Version", "1.0")]
    add(label, name, msg(top, body, crlf=bool(crlf)), lang, group=group, pattern=pattern, facts=facts,
        notes=notes)


# ================================================================ human_reply

DISCLAIMER_LAW = (
    "Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à l'intention exclusive de ses "
    "destinataires et sont confidentiels. Ils peuvent être couverts par le secret professionnel de l'avocat. "
    "Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. "
    "Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale "
    "ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité "
    "de ce message, DELMAS SARRAIL AVOCATS décline toute responsabilité au titre de ce message, dans l'hypothèse "
    "où il aurait été modifié.\n\nThis message and any attachments (the \"message\") are intended solely for the "
    "addressees and are confidential. They may be protected by attorney-client privilege. If you receive this "
    "message in error, please delete it and immediately notify the sender. Any use not in accordance with its "
    "purpose, any dissemination or disclosure, either whole or partial, is prohibited except formal approval. "
    "The internet cannot guarantee the integrity of this message. DELMAS SARRAIL AVOCATS shall not be liable "
    "for the message if altered.")


def build_humans():
    H = "human_reply"
    # 1 -- promise "vendredi", Thunderbird, top-posted
    r = R(318, "960,00 € TTC", "15/10/2026", "14/11/2026", "Laure Vidal", "l.vidal@atelier-capitole.fr", (11, 27, 9, 30))
    human("fr_atelier_capitole_virement_vendredi", addr("Laure Vidal", "l.vidal@atelier-capitole.fr"), addr(OWNER_NAME, OWNER),
          "Re: " + r.subject, D(30, 9, 14),
          "Bonjour Salomé,\n\nToutes mes excuses, la facture est passée entre les mailles du filet avec le "
          "déménagement de l'agence.\nJe fais le virement vendredi.\n\nBonne journée,\nLaure\n\n-- \nLaure Vidal\n"
          "Office manager – Atelier Capitole Architectes\n5 place Saint-Sernin, 31000 Toulouse\n",
          "tbird", "fr", "Atelier Capitole (client)", "promise weekday 'vendredi', top-posted above quote",
          facts="promise_date=2026-12-04", rem=r)
    # 2 -- EN payment run on Thursday, Gmail (Workspace)
    r = R(355, "€1,800.00", "24/10/2026", "23/11/2026", "Emma Clarke", "emma@kilowattmobility.io", (11, 30, 10, 2), lang="en",
          greet="Hello Emma,")
    human("en_kilowatt_payment_run_thursday", addr("Emma Clarke", "emma@kilowattmobility.io"), addr(OWNER_NAME, OWNER),
          "Re: " + r.subject, D(1, 8, 47),
          "Hi Salomé,\n\nThanks for the nudge, and sorry for the delay! Your invoice has now been approved by our "
          "CFO. Our payment run is on Thursday, so it will go out then.\n\nBest,\nEmma\n\n--\nEmma Clarke | People & Culture\n"
          "Kilowatt Mobility SAS\n",
          "gmail", "en", "Kilowatt Mobility (client)", "payment run weekday, Gmail multipart/alternative with quote",
          facts="promise_date=2026-12-03", rem=r)
    # 3 -- request invoice, no dispute, Outlook HTML only, windows-1252
    r = R(331, "1 250,00 €", "02/10/2026", "01/11/2026", "Direction Groupe scolaire Sainte-Germaine",
          "direction@ste-germaine-toulouse.fr", (11, 26, 14, 10), n=2)
    txt = ("Madame,\n\nJe ne conteste pas le montant de la facture F-2026-0331, mais elle n'est jamais parvenue au "
           "service comptable : elle a été adressée à la direction et s'est perdue.\n\nPourriez-vous me la renvoyer "
           "au format PDF directement à l'adresse economat@ste-germaine-toulouse.fr ? Le règlement interviendra "
           "par virement à réception.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
           "Patrick Roumagnac\nÉconome – OGEC Groupe scolaire Sainte-Germaine\n14 avenue de Lespinet – 31400 Toulouse\n"
           "Tél. 05 61 00 00 00")
    human("fr_ste_germaine_renvoyer_facture_html_only", addr("ROUMAGNAC Patrick", "economat@ste-germaine-toulouse.fr", "iso-8859-1"),
          addr(OWNER_NAME, OWNER), "RE: " + r.subject, D(2, 11, 20),
          txt, "outlook_html", "fr", "Groupe scolaire Sainte-Germaine (client)",
          "HTML-only Outlook, windows-1252 QP, 'je ne conteste pas' + asks invoice again, replies from another address",
          facts="request_invoice=yes", rem=r, charset="windows-1252",
          cc=addr("Direction", "direction@ste-germaine-toulouse.fr"))
    # 4 -- "le paiement est prévu le 15", iPhone
    r = R(342, "2 400,00 €", "30/09/2026", "30/10/2026", "CSE Occitanie Composites", "cse@occitanie-composites.fr", (11, 30, 11, 0))
    human("fr_cse_composites_prevu_le_15_iphone", addr("Nadia Belkacem", "cse@occitanie-composites.fr"), OWNER,
          "Re: " + r.subject, D(30, 18, 32),
          "Bonjour,\nLe paiement est prévu le 15. Le trésorier ne signe les virements qu'une fois par mois, "
          "désolée pour l'attente.\nNadia\n\nEnvoyé de mon iPhone",
          "iphone", "fr", "CSE Occitanie Composites (client)", "'prévu le 15' (day only, this month), iPhone quote",
          facts="promise_date=2026-12-15", rem=r)
    # 5 -- mairie: mandat émis, no date
    r = R(349, "1 320,00 €", "13/10/2026", "12/11/2026", "", "finances@mairie-lasbordes-hers.fr", (11, 30, 9, 5))
    human("fr_mairie_mandat_chorus_sans_date", addr("Christine ESPINASSE", "c.espinasse@mairie-lasbordes-hers.fr"), OWNER,
          "Re: " + r.subject, D(1, 14, 5),
          "Madame,\n\nVotre facture a bien été déposée sur Chorus Pro et a été mandatée le 26/11/2026 (mandat n° 1843, "
          "bordereau 211).\nLe paiement est effectué par le comptable public (Service de gestion comptable de "
          "Toulouse Banlieue) et non par la mairie ; le délai est en général de 10 à 15 jours après le mandatement. "
          "Nous ne sommes malheureusement pas en mesure de vous donner une date précise.\n\nCordialement,\n\n"
          "Christine Espinasse\nService Finances – Mairie de Lasbordes-sur-Hers\n",
          "plain", "fr", "Mairie de Lasbordes-sur-Hers (client)",
          "public body: mandate issued, payment by public accountant, no date given",
          notes="Not already paid (only mandated) and no promise date; Zimbra-style plain text",
          rem=r, extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4583)")])
    # 6 -- tu, "ce soir"
    r = R(360, "350,00 €", "05/10/2026", "04/11/2026", "", "tresorier@aviron-garonne.fr", (12, 3, 9, 0), greet="Bonjour Bernard,")
    human("fr_aviron_tu_virement_ce_soir", addr("Bernard Castex", "tresorier@aviron-garonne.fr"), OWNER,
          "Re: " + r.subject, D(3, 19, 48),
          "Salut Salomé,\n\nAïe, désolé, j'ai complètement zappé avec l'AG du club. Je te fais le virement ce soir "
          "en rentrant, promis.\n\nBises et encore merci pour l'atelier avec les juniors, ils en parlent encore !\n\nBernard",
          "gmail", "fr", "Aviron Garonne (client)", "informal tu, 'ce soir' = same day", facts="promise_date=2026-12-03", rem=r)
    # 7 -- already paid 20 Nov, Outlook
    r = R(364, "480,00 €", "06/10/2026", "05/11/2026", "Amandine Roux", "direction@lesptitscassoulets.fr", (11, 30, 9, 45))
    human("fr_creche_deja_regle_20_novembre", addr("Amandine Roux", "direction@lesptitscassoulets.fr"), addr(OWNER_NAME, OWNER),
          "RE: " + r.subject, D(1, 13, 2),
          "Bonjour Madame Ferrand,\n\nNous avons réglé cette facture le 20 novembre par virement depuis notre compte "
          "Crédit Coopératif (libellé « CRECHE PTITS CASSOULETS F0364 »). Pouvez-vous vérifier de votre côté ?\n\n"
          "Cordialement,\n\nAmandine Roux\nDirectrice – Crèche associative Les P'tits Cassoulets\n",
          "outlook", "fr", "Crèche Les P'tits Cassoulets (client)", "already paid with date, Outlook alternative",
          facts="already_paid=2026-11-20", rem=r)
    # 8 -- forward to colleague, owner in Cc
    r = R(371, "720,00 €", "12/10/2026", "11/11/2026", "Sylvie Marty", "s.marty@residence-lestilleuls.fr", (12, 1, 10, 15))
    fwd = ("Jérôme,\n\nPeux-tu regarder ce rappel ? Il me semble que la facture de Mme Ferrand (atelier dénutrition "
           "du 8 octobre) est restée bloquée dans le circuit de validation. Merci de faire le nécessaire.\n\n"
           "Je mets Mme Ferrand en copie.\n\nSylvie\n\nSylvie MARTY\nResponsable administrative\nEHPAD Résidence Les Tilleuls\n")
    human("fr_ehpad_transfert_collegue_cc_owner", addr("Sylvie MARTY", "s.marty@residence-lestilleuls.fr"),
          addr("Jérôme BORIES", "j.bories@residence-lestilleuls.fr"), "TR: " + r.subject, D(2, 8, 31), fwd,
          "outlook", "fr", "EHPAD Résidence Les Tilleuls (client)", "internal forward to accounting with owner in Cc",
          cc=addr(OWNER_NAME, OWNER), rem=r, irt=False,
          notes="Forward (TR:) without In-Reply-To; no promise")
    # 9 -- dispute (agreed free workshops)
    r = R(377, "600,00 €", "16/10/2026", "15/11/2026", "", "julien@fitlab-compans.fr", (11, 30, 19, 0), greet="Bonjour Julien,")
    human("fr_fitlab_conteste_ateliers_offerts", addr("Julien Ortega", "julien@fitlab-compans.fr"), OWNER,
          "Re: " + r.subject, D(30, 21, 10),
          "Salut Salomé,\n\nJe suis un peu surpris par cette facture : on avait convenu ensemble que les deux ateliers "
          "de novembre étaient offerts en échange de la visibilité dans la salle (affiches, stories Insta, flyers à "
          "l'accueil). Je ne vais donc pas la régler en l'état.\n\nOn peut s'appeler demain pour en parler ?\n\nJulien\n"
          "FitLab Compans – 06 39 98 12 55\n",
          "gmail", "fr", "FitLab Compans (client)", "disputes the invoice (agreed barter), asks for a call",
          facts="dispute=yes", rem=r, notes="'demain' refers to a call, not a payment")
    # 10 -- patient: not yet paid, pay day on the 5th, asks RIB
    r = R(380, "180,00 €", "03/11/2026", "18/11/2026", "", "oceane.garcia@example.fr", (12, 1, 18, 0), greet="Bonjour Madame Garcia,")
    human("fr_patiente_pas_encore_pu_payer_rib", addr("Océane Garcia", "oceane.garcia@example.fr"), OWNER,
          "Re: " + r.subject, D(2, 7, 55),
          "Bonjour Madame Ferrand,\n\nJe suis vraiment désolée, je n'ai pas encore pu payer le forfait de suivi. "
          "J'attends ma paie qui tombe le 5, je fais le virement dès qu'elle arrive.\n\nEst-ce que vous pourriez me "
          "renvoyer votre RIB ? Je ne le retrouve plus dans mes mails.\n\nMerci beaucoup et à jeudi prochain pour la "
          "consultation,\nOcéane\n\nEnvoyé de mon iPhone",
          "iphone", "fr", "patient (individual)", "negated payment ('pas encore pu payer'), promise on the 5th, asks RIB",
          facts="promise_date=2026-12-05;request_rib=yes", rem=r)
    # 11 -- "Noté." Samsung, unterminated multipart
    r = R(302, "1 100,00 €", "28/09/2026", "28/10/2026", "", "contact@lacombe-traiteur.fr", (11, 30, 17, 20), n=2)
    b = bnd("--_com.samsung.android.email_")
    body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\nContent-Type: text/plain; charset=utf-8\n'
            'Content-Transfer-Encoding: base64\n\n%s\n--%s\nContent-Type: text/html; charset=utf-8\n'
            'Content-Transfer-Encoding: base64\n\n%s\n' % (
                b, b, base64.encodebytes("Noté.\n\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n".encode()).decode().strip(), b,
                base64.encodebytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">Noté.</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Envoyé depuis mon smartphone Samsung Galaxy.</div></div></body></html>'.encode()).decode().strip())).encode()
    add(H, "fr_lacombe_note_samsung_broken_mime",
        msg([("From", addr("Pierre-Yves Lacombe", "contact@lacombe-traiteur.fr")), ("To", OWNER), ("Subject", hdr("Re: " + r.subject)),
             ("Date", D(1, 7, 3)), ("Message-ID", "<%s@email.android.com>" % ralnum(24).lower()), ("In-Reply-To", r.mid),
             ("References", reminder_id(302, 1) + " " + r.mid), ("MIME-Version", "1.0")], body),
        "fr", group="Lacombe Traiteur (client)", pattern="one word 'Noté.', Samsung mail, base64, missing closing boundary",
        notes="broken MIME: final boundary absent")
    # 12 -- "ok merci"
    r = R(385, "640,00 €", "19/10/2026", "18/11/2026", "", "m.delpech@college-pagnol-lasbordes.fr", (12, 3, 8, 0))
    human("fr_college_ok_merci", addr("Mathilde Delpech", "m.delpech@college-pagnol-lasbordes.fr"), OWNER,
          "Re: " + r.subject, D(3, 12, 41), "ok merci\n", "gmail", "fr", "Collège Marcel-Pagnol (client)",
          "two-word lowercase answer", rem=r)
    # 13 -- EN "We'll pay on the 10th."
    r = R(358, "€1,200.00", "20/10/2026", "19/11/2026", "Accounts", "accounts@brightwellfoods.co.uk", (12, 1, 9, 0), lang="en")
    human("en_brightwell_pay_on_the_10th", addr("Gareth Hughes", "g.hughes@brightwellfoods.co.uk"), addr(OWNER_NAME, OWNER),
          "RE: " + r.subject, D(2, 9, 12, tz="+0000"),
          "Hi Salomé,\n\nApologies, this one slipped through. We'll pay on the 10th.\n\nKind regards,\n\nGareth Hughes\n"
          "Finance Assistant\nBrightwell Foods Ltd | Unit 4, Riverside Park, Bristol BS2 0XX\n\n"
          "Brightwell Foods Ltd is registered in England and Wales, company no. 09999999.\n",
          "outlook", "en", "Brightwell Foods (client)", "'on the 10th', reply from a colleague of the reminded address",
          facts="promise_date=2026-12-10", rem=r)
    # 14 -- "d'ici la fin de la semaine prochaine"
    r = R(366, "1 540,00 €", "08/10/2026", "07/11/2026", "", "admin@pastel-communication.fr", (11, 30, 15, 30))
    human("fr_pastel_fin_semaine_prochaine", addr("Élodie Sanchez", "admin@pastel-communication.fr"), OWNER,
          "Re: " + r.subject, D(1, 10, 26),
          "Bonjour Salomé,\n\nBien reçu, merci. Notre expert-comptable doit valider les paiements de décembre, vous "
          "serez réglée d'ici la fin de la semaine prochaine.\n\nBelle journée,\nÉlodie\n\nÉlodie Sanchez | Pastel "
          "Communication\nAgence de communication responsable – Toulouse\n",
          "gmail", "fr", "Pastel Communication (client)", "'d'ici la fin de la semaine prochaine'",
          facts="promise_date=2026-12-11", rem=r,
          notes="End of next week = Fri 11 Dec; week_of_2026-12-07 would also be defensible")
    # 15 -- "la semaine prochaine", iPhone, no quote
    r = R(369, "780,00 €", "09/10/2026", "08/11/2026", "", "compta@maison-cabrol.fr", (12, 2, 9, 0))
    human("fr_cabrol_semaine_prochaine_iphone", addr("Maison Cabrol", "compta@maison-cabrol.fr"), OWNER,
          "Re: " + r.subject, D(3, 6, 58),
          "Bonjour, oui c'est noté, ce sera réglé la semaine prochaine avec les autres fournisseurs.\nCordialement\n"
          "Francis Cabrol\n\nEnvoyé de mon iPhone", "iphone", "fr", "Boulangeries Maison Cabrol (client)",
          "'la semaine prochaine', no quote kept", facts="promise_date=week_of_2026-12-07", rem=None,
          extra=[("In-Reply-To", r.mid), ("References", r.mid)])
    # 16 -- "début janvier", long signature, Outlook
    r = R(373, "2 100,00 €", "14/10/2026", "13/11/2026", "Service RH", "rh@garonne-prevoyance.fr", (12, 2, 16, 0))
    human("fr_garonne_prevoyance_debut_janvier", addr("Valérie Fourcade", "v.fourcade@garonne-prevoyance.fr"),
          addr(OWNER_NAME, OWNER), "RE: " + r.subject, D(4, 10, 17),
          "Bonjour Madame,\n\nJe reviens vers vous concernant votre facture F-2026-0373 (cycle d'ateliers « Bien-être "
          "alimentaire au travail »). Notre budget QVCT 2026 est malheureusement clos depuis le 20 novembre ; le "
          "règlement se fera début janvier, sur le budget 2027. Nous ne remettons évidemment pas en cause la prestation, "
          "qui a été très appréciée des équipes.\n\nBien cordialement,\n\nValérie Fourcade\nChargée de développement RH\n"
          "Direction des Ressources Humaines\nGaronne Prévoyance – Mutuelle régie par le Livre II du Code de la mutualité\n"
          "Siège social : 22 allées Jean-Jaurès – 31000 Toulouse\nTél. : 05 61 00 00 01\n\n"
          "P Pensez à l'environnement avant d'imprimer ce message.\n"
          "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
          "Garonne Prévoyance décline toute responsabilité quant au contenu de ce message s'il a été altéré.\n",
          "outlook", "fr", "Garonne Prévoyance (client)", "'début janvier' next year, not contesting, long signature",
          facts="promise_date=early_2027-01", rem=r)
    # 17 -- already paid 27/11 with bank PDF attached
    r = R(352, "890,00 €", "22/10/2026", "21/11/2026", "", "comptabilite@transports-baylac.fr", (11, 27, 11, 0))
    p = pdf(["BANQUE POPULAIRE OCCITANE", "AVIS D'EXECUTION DE VIREMENT SEPA", "",
             "Donneur d'ordre : TRANSPORTS BAYLAC SARL", "Compte debite : FR76 1780 7000 **** **** **** 412",
             "Beneficiaire : FERRAND SALOME", "IBAN beneficiaire : FR76 1695 8000 0141 2577 3306 218",
             "Montant : 890,00 EUR", "Date d'execution : 27/11/2026", "Libelle : FACTURE F-2026-0352",
             "Reference de l'operation : 2026331BP00018824"], "Avis de virement")
    human("fr_baylac_deja_paye_avis_virement_pdf", addr("Comptabilité Transports Baylac", "comptabilite@transports-baylac.fr"), OWNER,
          "RE: " + r.subject, D(30, 10, 4),
          "Bonjour,\n\nLe virement est parti le 27/11, ci-joint l'avis d'exécution de notre banque. Il devrait "
          "apparaître sur votre compte sous 48h.\n\nCordialement,\n\nKarine Baylac\nTransports Baylac SARL – Service comptable\n",
          "outlook", "fr", "Transports Baylac (client)", "already paid with date, bank PDF attached",
          facts="already_paid=2026-11-27", rem=r, attachments=[attach("application/pdf", "Avis_virement_F-2026-0352.pdf", p)])
    # 18 -- forwarded bank confirmation (Crédit Mutuel)
    r = R(375, "420,00 €", "15/10/2026", "14/11/2026", "", "contact@potagers-mirail.org", (11, 30, 14, 0))
    fwdtxt = ("Bonjour Salomé,\n\nC'est fait depuis hier, je te transfère la confirmation de la banque.\n\nBonne journée,\n"
              "Rachid, trésorier des Potagers du Mirail\n\n---------- Forwarded message ---------\n"
              "De : Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>\nDate: mar. 1 déc. 2026 à 17:42\n"
              "Subject: Confirmation de votre virement\nTo: <contact@potagers-mirail.org>\n\n\n"
              "Madame, Monsieur,\n\nNous vous confirmons l'enregistrement de votre virement SEPA :\n\n"
              "Bénéficiaire : Salomé Ferrand\nMontant : 420,00 EUR\nDate d'exécution : 01/12/2026\n"
              "Motif : F-2026-0375 atelier jardin nutrition\n\nCordialement,\nVotre conseiller Crédit Mutuel\n\n"
              "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    human("fr_potagers_transfert_confirmation_banque", addr("Les Potagers du Mirail", "contact@potagers-mirail.org"), OWNER,
          "Fwd: Confirmation de votre virement", D(2, 9, 40), fwdtxt, "gmail", "fr", "Les Potagers du Mirail (client)",
          "client forwards the bank's transfer confirmation (bank wording inside a person's mail)",
          facts="already_paid=2026-12-01", rem=None,
          notes="Human forward of a bank notice: not a payment_notification to the owner; 'depuis hier' matches 1 Dec")
    # 19 -- EN already paid, no date
    r = R(362, "€950.00", "07/10/2026", "06/11/2026", "Mark Hartley", "mark@hartleyfinch.example.com", (12, 2, 10, 0), lang="en")
    human("en_hartley_already_paid_no_date", addr("Mark Hartley", "mark@hartleyfinch.example.com"), OWNER,
          "RE: " + r.subject, D(3, 15, 2, tz="+0000"),
          "Hi,\n\nThis was paid already – please check your records.\n\nRegards,\nMark\n",
          "outlook", "en", "Hartley & Finch Consulting (client)", "already paid, no date", facts="already_paid=claimed", rem=r)
    # 20 -- reply from another address, fresh mail, "lundi"
    human("fr_ducros_autre_adresse_virement_lundi", addr("Christophe Ducros", "christophe.ducros31@example.fr"),
          OWNER, "Facture Ferrand Nutrition", D(2, 22, 18),
          "Bonsoir Madame Ferrand,\n\nJe vous réponds à la place de notre comptable, Mme Puech, qui est absente cette "
          "semaine (elle a reçu votre rappel pour la facture F-2026-0391 sur compta@imprimerie-ducros.fr).\n\n"
          "C'est validé de mon côté, le virement partira lundi.\n\nCordialement,\nC. Ducros\nGérant – Imprimerie Ducros\n",
          "plain", "fr", "Imprimerie Ducros (client)", "fresh mail from the manager's personal address, no threading",
          facts="promise_date=2026-12-07", extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")])
    # 21 -- law firm, long disclaimer, exact date
    r = R(368, "1 150,00 €", "09/10/2026", "08/11/2026", "Cabinet Delmas Sarrail", "secretariat@delmas-sarrail-avocats.fr", (11, 30, 9, 0))
    human("fr_avocats_reglement_8_decembre_disclaimer", addr("Secrétariat Delmas Sarrail Avocats", "secretariat@delmas-sarrail-avocats.fr"),
          addr(OWNER_NAME, OWNER), "RE: " + r.subject, D(1, 16, 40),
          "Chère Madame,\n\nNous accusons réception de votre courriel. Le règlement de votre facture F-2026-0368 sera "
          "effectué le 8 décembre 2026 par virement.\n\nNous vous prions de croire, Chère Madame, à l'assurance de nos "
          "sentiments les meilleurs.\n\nSophie Guiraud\nAssistante de Maître Delmas\nDELMAS SARRAIL AVOCATS\n"
          "AARPI – Avocats au Barreau de Toulouse\n18 rue de Metz – 31000 Toulouse\nTél. : +33 (0)5 61 00 00 02 | "
          "Fax : +33 (0)5 61 00 00 03\n\n" + DISCLAIMER_LAW + "\n",
          "outlook", "fr", "Delmas Sarrail Avocats (client)", "exact date, long bilingual legal disclaimer",
          facts="promise_date=2026-12-08", rem=r)
    # 22 -- RIB request, HTML only
    r = R(381, "990,00 €", "20/10/2026", "19/11/2026", "", "fournisseurs@clinique-parc-lalande.fr", (11, 27, 15, 0))
    human("fr_clinique_demande_rib_pdf_html_only", addr("Service Fournisseurs - Clinique du Parc Lalande", "fournisseurs@clinique-parc-lalande.fr"),
          addr(OWNER_NAME, OWNER), "RE: " + r.subject, D(30, 11, 48),
          "Bonjour Madame Ferrand,\n\nSuite au changement de notre logiciel comptable, nous devons recréer votre fiche "
          "fournisseur. Pourriez-vous nous communiquer votre RIB au format PDF (avec le logo de la banque) ?\n\n"
          "Dès réception, la facture sera mise en paiement.\n\nBien cordialement,\n\nAnaïs Lacroix\nComptabilité fournisseurs\n",
          "outlook_html", "fr", "Clinique du Parc Lalande (client)", "HTML-only Outlook, asks RIB as PDF",
          facts="request_rib=yes", rem=r)
    # 23 -- VAT question
    r = R(386, "560,00 €", "21/10/2026", "20/11/2026", "", "achats@coop-valdesave.fr", (12, 1, 9, 20))
    human("fr_coop_question_tva_293b", addr("Service Achats Val de Save", "achats@coop-valdesave.fr"), OWNER,
          "RE: " + r.subject, D(2, 14, 33),
          "Bonjour,\n\nAvant de mettre la facture en paiement, notre contrôle de gestion demande une précision : la "
          "facture porte la mention « TVA non applicable, art. 293 B du CGI ». Pouvez-vous nous confirmer que vous "
          "relevez bien de la franchise en base et que le montant de 560 € est donc définitif ?\n\nMerci d'avance,\n"
          "Thierry Lamothe\nCoopérative agricole Val de Save – Achats\n",
          "outlook", "fr", "Coopérative Val de Save (client)", "question on VAT mention before paying", rem=r)
    # 24 -- complaint about tone, second reminder, no date
    r = R(340, "300,00 €", "29/09/2026", "29/10/2026", "", "pharmacie.esquirol@example.com", (12, 2, 8, 30), n=2)
    human("fr_pharmacie_plainte_ton_relance", addr("Pharmacie Centrale Esquirol", "pharmacie.esquirol@example.com"), OWNER,
          "Re: " + r.subject, D(3, 13, 15),
          "Madame,\n\nJe trouve le ton de vos relances un peu sec : deux messages en une semaine, alors que nous "
          "travaillons ensemble depuis trois ans et que nous avons toujours payé nos fournisseurs. La facture sera "
          "traitée avec les autres, comme d'habitude.\n\nCordialement,\nJ.-M. Arnaud, pharmacien titulaire\n",
          "gmail", "fr", "Pharmacie Centrale Esquirol (client)", "complaint about reminders, no date, no dispute", rem=r)
    # 25 -- "nous ne contestons pas la qualité ... mais le montant" = dispute
    r = R(344, "1 320,00 €", "01/10/2026", "31/10/2026", "", "gestion@ateliers-du-canal.coop", (11, 30, 10, 0))
    human("fr_scop_canal_conteste_montant_devis", addr("Hélène Barthe", "gestion@ateliers-du-canal.coop"), OWNER,
          "RE: " + r.subject, D(1, 9, 57),
          "Bonjour Salomé,\n\nNous ne contestons pas la qualité des ateliers, qui ont été très appréciés, mais le montant "
          "facturé ne correspond pas au devis signé : 1 100 € TTC au devis DV-2026-041, 1 320 € sur la facture. Le "
          "supplément « préparation de supports » n'avait pas été évoqué.\n\nPouvez-vous nous adresser une facture "
          "rectificative ? Nous la réglerons dès réception.\n\nCordialement,\nHélène Barthe\nSCOP Les Ateliers du Canal\n",
          "outlook", "fr", "SCOP Les Ateliers du Canal (client)", "negation trap: 'ne contestons pas la qualité' but contests the amount",
          facts="dispute=yes;request_invoice=yes", rem=r,
          notes="Asks for a corrected invoice (counted as request_invoice)")
    # 26 -- not contesting, two instalments
    r = R(351, "1 200,00 €", "02/10/2026", "01/11/2026", "", "direction@saveurs-dautan.fr", (12, 2, 9, 0))
    human("fr_saveurs_autan_deux_fois_10_decembre", addr("Saveurs d'Autan", "direction@saveurs-dautan.fr"), OWNER,
          "Re: " + r.subject, D(4, 8, 22),
          "Bonjour Madame Ferrand,\n\nNous ne contestons pas la facture, nous traversons simplement une période de "
          "trésorerie tendue après la perte d'un gros contrat de restauration collective.\n\nPouvons-nous régler en deux "
          "fois : 600 € le 10 décembre et 600 € le 10 janvier ? Si vous êtes d'accord, je programme les deux virements "
          "dès aujourd'hui.\n\nMerci de votre compréhension,\nGuillaume Faure\nSaveurs d'Autan – traiteur\n",
          "tbird", "fr", "Saveurs d'Autan (client)", "'ne contestons pas', proposes two instalments",
          facts="promise_date=2026-12-10", rem=r, notes="Second instalment 2027-01-10; first date recorded")
    # 27 -- EN dispute: 3 sessions billed, 2 held
    r = R(357, "€1,050.00", "19/10/2026", "18/11/2026", "", "treasurer@northgatesc.example.org", (11, 27, 10, 0), lang="en")
    human("en_northgate_dispute_sessions", addr("Oliver Price", "treasurer@northgatesc.example.org"), OWNER,
          "Re: " + r.subject, D(30, 20, 5, tz="+0000"),
          "Hello Salomé,\n\nWe were invoiced for three sessions but only two took place – the 6 November session for "
          "the U16s was cancelled by you due to illness, if you remember. We're happy to pay for the two that happened "
          "(€700) once we receive an amended invoice.\n\nCheers,\nOllie\nTreasurer, Northgate Sports Club (Toulouse section)\n",
          "gmail", "en", "Northgate Sports Club (client)", "EN dispute of quantity, asks amended invoice",
          facts="dispute=yes;request_invoice=yes", rem=r)
    # 28 -- EN PO number request, disclaimer
    r = R(363, "€2,640.00", "08/10/2026", "07/11/2026", "", "ap.france@helix-aero.example.com", (12, 1, 8, 0), lang="en")
    human("en_helix_resend_with_po", addr("Priya Raman", "priya.raman@helix-aero.example.com"), OWNER,
          "RE: " + r.subject, D(1, 17, 55),
          "Dear Ms Ferrand,\n\nThank you for your email. Could you resend the invoice with our PO number 4500123987 on it? "
          "Our AP system automatically rejects invoices without a valid PO, which is why it was never paid.\n\n"
          "Please send the corrected invoice to ap.france@helix-aero.example.com.\n\nKind regards,\nPriya Raman\n"
          "Procurement Specialist – Helix Aerospace France SAS\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. If you are "
          "not the intended recipient, please notify the sender immediately and delete it. Helix Aerospace processes "
          "personal data in accordance with its Privacy Notice.\n",
          "outlook", "en", "Helix Aerospace France (client)", "EN request to reissue with PO number",
          facts="request_invoice=yes", rem=r)
    # 29 -- paid by cheque on 24 Nov
    r = R(374, "240,00 €", "29/10/2026", "13/11/2026", "", "rouquette.famille@example.net", (11, 27, 18, 0))
    human("fr_rouquette_cheque_envoye_24", addr("Famille Rouquette", "rouquette.famille@example.net"), OWNER,
          "Re: " + r.subject, D(30, 19, 31),
          "Bonsoir Madame,\n\nNous vous avons envoyé un chèque par la poste le 24 novembre, à l'adresse du cabinet rue "
          "des Filatiers. Vous avez dû le recevoir entre-temps ?\n\nCordialement,\nAnne Rouquette\n",
          "plain", "fr", "patient family (individual)", "already paid by cheque with date", facts="already_paid=2026-11-24", rem=r,
          extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58")])
    # 30 -- "paiement effectué ce matin"
    r = R(383, "450,00 €", "20/10/2026", "19/11/2026", "", "hello@pilates-saintcyprien.fr", (12, 2, 17, 0))
    human("fr_pilates_paiement_effectue_ce_matin", addr("Studio Pilates Saint-Cyprien", "hello@pilates-saintcyprien.fr"), OWNER,
          "Re: " + r.subject, D(3, 11, 22), "Paiement effectué ce matin. Désolée pour le retard !\nLucie\n\nEnvoyé de mon iPhone",
          "iphone", "fr", "Studio Pilates Saint-Cyprien (client)", "'ce matin' already paid", facts="already_paid=2026-12-03", rem=r)
    # 31 -- "demain"
    r = R(376, "380,00 €", "16/10/2026", "15/11/2026", "", "mdq.croixdaurade@example.org", (11, 27, 9, 0))
    human("fr_maison_quartier_demain", addr("Maison de quartier Croix-Daurade", "mdq.croixdaurade@example.org"), OWNER,
          "Re: " + r.subject, D(30, 16, 50),
          "Bonjour Salomé,\n\nLa présidente signe le virement demain matin, tu devrais le recevoir dans la foulée.\n"
          "Merci pour ta patience !\n\nFatou\nCoordinatrice – Maison de quartier Croix-Daurade\n",
          "gmail", "fr", "Maison de quartier Croix-Daurade (client)", "'demain' relative promise", facts="promise_date=2026-12-01", rem=r)
    # 32 -- "sous 48h"
    r = R(387, "210,00 €", "22/10/2026", "21/11/2026", "", "bonjour@vrac-busca.fr", (12, 1, 9, 0))
    human("fr_epicerie_vrac_sous_48h", addr("L'Épicerie Vrac du Busca", "bonjour@vrac-busca.fr"), OWNER,
          "Re: " + r.subject, D(2, 12, 6),
          "Bonjour,\nOups, oubli de notre part. Vous aurez le règlement sous 48h.\nBonne journée\nMarion\n",
          "plain", "fr", "L'Épicerie Vrac du Busca (client)", "'sous 48h' relative promise",
          facts="promise_date=2026-12-04", rem=r, notes="48h from Wed 2 Dec = Fri 4 Dec")
    # 33 -- "lundi prochain"
    r = R(378, "680,00 €", "17/10/2026", "16/11/2026", "", "compta@lacite-rose-coworking.fr", (12, 2, 11, 0))
    human("fr_coworking_lundi_prochain", addr("Benoît Marquès", "compta@lacite-rose-coworking.fr"), addr(OWNER_NAME, OWNER),
          "RE: " + r.subject, D(3, 17, 12),
          "Bonjour Salomé,\n\nJe lance le virement lundi prochain, à la réception de nos propres encaissements de fin de "
          "mois.\n\nBonne fin de semaine,\nBenoît\n",
          "outlook", "fr", "La Cité Rose Coworking (client)", "'lundi prochain' sent on a Thursday", facts="promise_date=2026-12-07", rem=r)
    # 34 -- "le 31"
    r = R(389, "860,00 €", "23/10/2026", "22/11/2026", "", "gestion@montessori-amidonniers.fr", (11, 30, 16, 0))
    human("fr_montessori_paiement_le_31", addr("École Montessori des Amidonniers", "gestion@montessori-amidonniers.fr"), OWNER,
          "Re: " + r.subject, D(1, 18, 2),
          "Bonjour Madame Ferrand,\n\nNos paiements fournisseurs sont regroupés en fin d'année : le vôtre est prévu le 31, "
          "avec la clôture de l'exercice.\n\nBien à vous,\nIsabelle Cazeneuve, gestionnaire\n",
          "gmail", "fr", "École Montessori des Amidonniers (client)", "'prévu le 31' (this month)", facts="promise_date=2026-12-31", rem=r)
    # 35 -- EN end of month
    r = R(365, "€1,400.00", "05/10/2026", "04/11/2026", "", "bursar@garonne-international.example.org", (12, 1, 10, 0), lang="en")
    human("en_garonne_intl_end_of_month", addr("Hannah Okafor", "bursar@garonne-international.example.org"), OWNER,
          "Re: " + r.subject, D(2, 16, 40),
          "Dear Salomé,\n\nThanks for your patience. We'll settle it by the end of the month – our December supplier "
          "batch is the last one before the Christmas closure.\n\nBest wishes,\nHannah Okafor\nBursar, Garonne International School\n",
          "gmail", "en", "Garonne International School (client)", "'by the end of the month'", facts="promise_date=2026-12-31", rem=r)
    # 36 -- EN next Tuesday
    r = R(367, "€900.00", "08/10/2026", "07/11/2026", "", "finance@vantablue.example.com", (12, 3, 9, 0), lang="en")
    human("en_vantablue_next_tuesday", addr("Lucas Meyer", "finance@vantablue.example.com"), OWNER,
          "Re: " + r.subject, D(4, 9, 3),
          "hey Salomé – sorry, our finance person left in October and things piled up. Payment will be released next "
          "Tuesday.\n\nLucas\nVantablue Games\n",
          "gmail", "en", "Vantablue Games (client)", "'next Tuesday' sent on a Friday", facts="promise_date=2026-12-08", rem=r)
    # 37 -- mailing-list post by a person
    b = multi("alternative", [part("text/plain",
        "Bonjour à toutes et à tous,\n\nQuestion pratique pour celles et ceux qui animent des ateliers en entreprise : "
        "comment relancez-vous les clients qui ne paient pas ? J'ai deux CSE qui ont plus de 60 jours de retard et je "
        "n'ose pas envoyer de mise en demeure.\n\nAutre question : vous facturez la préparation des supports à part, ou "
        "vous l'incluez dans le forfait (chez moi 480 € la demi-journée) ?\n\nMerci d'avance pour vos retours !\n\n"
        "Margaux Teyssier\nDiététicienne-nutritionniste – Albi\n\n_______________________________________________\n"
        "diet-occitanie mailing list -- diet-occitanie@listes.example.org\n"
        "Pour vous désabonner, envoyez un message à diet-occitanie-leave@listes.example.org\n", "utf-8", "8bit")])
    add(H, "fr_liste_dieteticiens_question_relances",
        msg([("From", addr("Margaux Teyssier", "margaux.teyssier@example.fr")), ("To", "diet-occitanie@listes.example.org"),
             ("Subject", hdr("[diet-occitanie] Relances clients et tarifs ateliers")), ("Date", D(1, 21, 37)),
             ("Message-ID", mid_gmail()), ("List-Id", "Diététiciens libéraux d'Occitanie <diet-occitanie.listes.example.org>"),
             ("List-Unsubscribe", "<mailto:diet-occitanie-leave@listes.example.org>"),
             ("List-Post", "<mailto:diet-occitanie@listes.example.org>"), ("Precedence", "list"),
             ("Sender", '"diet-occitanie" <diet-occitanie-bounces@listes.example.org>'),
             ("Errors-To", "diet-occitanie-bounces@listes.example.org"), ("MIME-Version", "1.0")], b),
        "fr", group="diet-occitanie mailing list", pattern="person's post on a mailing list, talks about unpaid invoices",
        notes="Mailman-style list footer; a person wrote it")
    # 38 -- colleague swap
    human("fr_consoeur_echange_date_atelier", addr("Margaux Teyssier", "margaux.teyssier@example.fr"), OWNER,
          "Échange de date pour l'atelier du 14 ?", D(2, 13, 5),
          "Coucou Salomé,\n\nPetite demande : est-ce que tu pourrais prendre mon atelier « petit-déjeuner » au collège de "
          "Gaillac le lundi 14 décembre ? Je te prendrais en échange ta permanence du 18 au CSE Airbus… pardon, au CSE "
          "Occitanie Composites :) Le collège paie 320 € la séance, par mandat, donc comptez deux mois comme d'hab.\n\n"
          "Dis-moi !\nMargaux\n", "tbird", "fr", "colleague dietitian", "colleague's own request, mentions payment by mandate")
    # 39 -- prospect asks for quote
    human("fr_prospect_college_demande_devis", addr("Karim Haddad", "cpe.college-lauragais@example.org"), OWNER,
          "Demande de devis – atelier équilibre alimentaire 4e", D(4, 11, 30),
          "Bonjour Madame Ferrand,\n\nJe suis CPE au collège du Lauragais. Dans le cadre du CESCE, nous souhaiterions "
          "organiser trois ateliers « équilibre alimentaire et petit-déjeuner » pour nos classes de 4e (environ 28 "
          "élèves par classe) entre février et mars 2027.\n\nPourriez-vous nous transmettre un devis ? Le collège paie "
          "par mandat administratif après service fait, avec dépôt de la facture sur Chorus Pro.\n\nBien cordialement,\n"
          "Karim Haddad\nConseiller principal d'éducation\n", "gmail", "fr", "prospect (collège)",
          "new request for a quote, mentions Chorus Pro / mandate")
    # 40 -- patient reschedules
    human("fr_patient_deplace_rdv", addr("Julien Mercadier", "j.mercadier@example.com"), OWNER, "RDV jeudi",
          D(3, 7, 12), "Bonjour,\nJe ne pourrai pas venir jeudi 10 à 17h, j'ai un déplacement pro. Auriez-vous un créneau "
          "le vendredi 11 en fin de journée ? Je vous règle les deux séances à ce moment-là.\nMerci\nJulien Mercadier\n\n"
          "Envoyé de mon iPhone", "iphone", "fr", "patient (individual)", "appointment change; 'je vous règle' future, no invoice context",
          notes="Payment mention refers to future sessions, no overdue invoice: no promise fact")
    # 41 -- charset mismatch: declares iso-8859-1, bytes are UTF-8
    r = R(361, "520,00 €", "06/10/2026", "05/11/2026", "", "garage.py@example.fr", (11, 30, 14, 0))
    t = ("Bonjour,\n\nvirement fait hier soir, 520 ¤ sur le compte indiqué sur la facture.\n\nCordialement\n"
         "Gérard Py\nGarage Py & Fils – Castanet\n\n" + rem_body(361, "520,00 €", "06/10/2026", "05/11/2026"))
    body = part("text/plain", t.replace("¤", "€").encode("utf-8"), charset="iso-8859-1", cte="8bit")
    add(H, "fr_garage_py_virement_hier_soir_mauvais_charset",
        msg([("From", "garage.py@example.fr"), ("To", OWNER), ("Subject", "RE: Rappel : facture F-2026-0361 =?ISO-8859-1?Q?=E9chue?="),
             ("Date", D(1, 8, 2)), ("Message-ID", mid_plain("example.fr")), ("In-Reply-To", r.mid),
             ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("MIME-Version", "1.0")], body),
        "fr", group="Garage Py & Fils (client)", pattern="charset declared ISO-8859-1 but body bytes are UTF-8 (mojibake), old mailer, unmarked quote",
        facts="already_paid=2026-11-30", notes="'hier soir' from Tue 1 Dec")
    # 42 -- PO attached, asks to reissue
    r = R(372, "1 780,00 €", "13/10/2026", "12/11/2026", "", "comptabilite@occitalis-labs.fr", (12, 2, 10, 0))
    p = pdf(["LABORATOIRES OCCITALIS", "BON DE COMMANDE N. BC-26-00871", "", "Fournisseur : FERRAND SALOME - Dieteticienne",
             "Objet : Cycle de 4 ateliers nutrition et travail poste", "Montant : 1 780,00 EUR", "Conditions : 45 jours fin de mois",
             "Imputation : 6228 / CC 4120", "Signe : D. Pons, Responsable achats"], "BC-26-00871")
    human("fr_occitalis_bon_commande_refaire_facture", addr("PONS Delphine", "d.pons@occitalis-labs.fr"), addr(OWNER_NAME, OWNER),
          "RE: " + r.subject, D(3, 9, 48),
          "Bonjour,\n\nCi-joint le bon de commande signé n° BC-26-00871. Merci de réémettre la facture en mentionnant ce "
          "numéro : sans référence de commande, notre service comptable ne peut pas la traiter (c'est la raison du "
          "retard).\n\nCordialement,\nDelphine Pons\nResponsable achats – Laboratoires Occitalis\n",
          "outlook", "fr", "Laboratoires Occitalis (client)", "PDF purchase order attached, asks reissued invoice",
          facts="request_invoice=yes", rem=r, attachments=[attach("application/pdf", "BC-26-00871.pdf", p)])
    # 43 -- EN forward to colleague with owner in Cc
    r = R(370, "€760.00", "11/10/2026", "10/11/2026", "", "ops@greenfield-analytics.example.com", (12, 3, 10, 0), lang="en")
    human("en_greenfield_forward_colleague_cc", addr("Rebecca Stone", "rebecca@greenfield-analytics.example.com"),
          addr("Tom Whitaker", "tom@greenfield-analytics.example.com"), "FW: " + r.subject, D(4, 14, 26, tz="+0000"),
          "Hi Tom,\n\nCan you check whether this went out in last week's run? I've cc'd Salomé so she can see we're on it.\n\n"
          "Thanks,\nBecca\n", "outlook", "en", "Greenfield Analytics (client)", "EN internal forward, owner in Cc",
          cc=addr(OWNER_NAME, OWNER), rem=r, irt=False)
    # 44 -- tu, emoji, "en fin de semaine"
    r = R(382, "300,00 €", "20/10/2026", "19/11/2026", "", "camille@ombelle-yoga.fr", (11, 30, 8, 0), greet="Bonjour Camille,")
    human("fr_yoga_tu_fin_de_semaine_emoji", addr("Camille Ombelle Yoga", "camille@ombelle-yoga.fr"), OWNER,
          "Re: " + r.subject, D(30, 12, 14),
          "Coucou Salomé ! Oui oui je sais 🙈 je m'en occupe en fin de semaine, promis juré 😅\nBisous\nCam\n\nEnvoyé de mon iPhone",
          "iphone", "fr", "Ombelle Yoga (client)", "informal tu with emoji, 'en fin de semaine'",
          facts="promise_date=2026-12-04", rem=r, notes="'fin de semaine' from Mon 30 Nov read as Fri 4 Dec")
    # 45 -- "je viens de vous envoyer le paiement par PayPal"
    r = R(384, "90,00 €", "03/11/2026", "18/11/2026", "", "thomas.lefebvre@example.com", (12, 1, 19, 0))
    human("fr_patient_paye_par_paypal", addr("Thomas Lefèbvre", "thomas.lefebvre@example.com"), OWNER,
          "Re: " + r.subject, D(2, 20, 44),
          "Bonsoir,\n\nJe viens de vous envoyer le paiement par PayPal sur votre adresse mail, c'était plus simple pour "
          "moi que le virement. Dites-moi si vous l'avez bien reçu.\n\nBonne soirée,\nThomas Lefèbvre\n",
          "gmail", "fr", "patient (individual)", "already paid just now via PayPal", facts="already_paid=2026-12-02", rem=r)
    # 46 -- never received the invoice
    r = R(388, "400,00 €", "22/10/2026", "21/11/2026", "", "secretariat@hb-lauragais-ouest.fr", (11, 30, 9, 30))
    human("fr_handball_jamais_recu_facture", addr("Secrétariat HBLO", "secretariat@hb-lauragais-ouest.fr"), OWNER,
          "Re: " + r.subject, D(1, 18, 45),
          "Bonjour,\n\nNous n'avons jamais reçu cette facture, ni par mail ni par courrier (la pièce jointe n'apparaît pas "
          "dans votre message). Pouvez-vous nous l'envoyer à nouveau ? Le trésorier la réglera à réception.\n\n"
          "Sportivement,\nLe secrétariat du Handball Lauragais Ouest\n", "plain", "fr", "Handball Lauragais Ouest (client)",
          "says invoice never received, asks it again", facts="request_invoice=yes", rem=r,
          extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    # 47 -- EN "Thanks, noted." iPhone
    r = R(390, "€350.00", "23/10/2026", "22/11/2026", "", "studio@fernandco.example.com", (12, 3, 8, 0), lang="en")
    human("en_fern_thanks_noted_iphone", addr("Fern & Co", "studio@fernandco.example.com"), OWNER, "Re: " + r.subject,
          D(3, 9, 51), "Thanks, noted.\n\nSent from my iPhone", "iphone", "en", "Fern & Co Design (client)",
          "EN two words, iPhone", rem=r)
    # 48 -- EN asks IBAN/BIC + SIRET
    r = R(359, "€1,650.00", "05/10/2026", "04/11/2026", "", "kreditoren@nordlicht-software.example.de", (11, 27, 9, 0), lang="en")
    human("en_nordlicht_need_iban_bic_siret", addr("Katrin Vogel", "kreditoren@nordlicht-software.example.de"), OWNER,
          "AW: " + r.subject, D(30, 10, 21),
          "Dear Ms Ferrand,\n\nwe are sorry for the delay. To create you as a new supplier in SAP we need your bank details "
          "(IBAN and BIC) on a letterhead or bank document, as well as your SIRET number and VAT ID if applicable.\n\n"
          "As soon as we have them, the payment will be released.\n\nBest regards\nKatrin Vogel\nAccounts Payable\n"
          "Nordlicht Software GmbH | Amtsgericht München HRB 000000 | Geschäftsführer: J. Brandt\n",
          "outlook", "en", "Nordlicht Software (client)", "German company writing English, 'AW:' prefix, asks IBAN/BIC",
          facts="request_rib=yes", rem=r)
    # 49 -- partly paid + contests the rest
    r = R(346, "960,00 €", "01/10/2026", "31/10/2026", "", "accueil@mjc-lunion.fr", (11, 30, 11, 0))
    human("fr_mjc_partiel_paye_conteste_reste", addr("MJC de L'Union", "accueil@mjc-lunion.fr"), OWNER,
          "Re: " + r.subject, D(2, 15, 19),
          "Bonjour Madame Ferrand,\n\nNous avons réglé 480 € le 18/11, ce qui correspond à l'atelier réalisé le 21 octobre. "
          "Le second atelier, prévu le 4 novembre, a été annulé faute d'inscrits et nous vous avions prévenue 10 jours "
          "avant : nous ne réglerons donc pas cette partie de la facture.\n\nCordialement,\nNathalie Bouzigues\nDirectrice – MJC de L'Union\n",
          "gmail", "fr", "MJC de L'Union (client)", "partial payment already made + refuses the rest",
          facts="already_paid=2026-11-18;dispute=yes", rem=r, notes="already_paid covers only 480 of 960")
    # 50 -- resend the invoice, then Thursday's payment
    r = R(379, "1 050,00 €", "19/10/2026", "18/11/2026", "", "atelier@menuiserie-bessiere.fr", (11, 27, 14, 0))
    human("fr_menuiserie_renvoyer_facture_paiement_jeudi", addr("Menuiserie Bessière", "atelier@menuiserie-bessiere.fr"), OWNER,
          "Re: " + r.subject, D(30, 7, 40),
          "Bonjour,\nRenvoyez-moi la facture svp, je ne la retrouve pas, et je la passe au paiement de jeudi.\n"
          "Alain Bessière\n", "tbird", "fr", "Menuiserie Bessière (client)", "asks invoice again + promise Thursday",
          facts="request_invoice=yes;promise_date=2026-12-03", rem=r)


# ================================================================ payment_notification

def notice(label, name, frm, subject, date, lang, provider, pattern, money=None, text=None, html=None,
           to=None, mid=None, extra=(), charset="utf-8", cte="quoted-printable", crlf=False, notes="", group=None,
           facts="", attachments=(), subj_cs="utf-8", subj_enc="Q"):
    if text is not None and html is not None:
        body = multi("alternative", [part("text/plain", text, charset, cte), part("text/html", html, charset, cte)])
    elif html is not None:
        body = part("text/html", html, charset, cte)
    else:
        body = part("text/plain", text, charset, cte)
    if attachments:
        body = multi("mixed", [body] + list(attachments))
    dom = frm.split("@")[-1].rstrip(">")
    h = [("From", frm), ("To", to or OWNER), ("Subject", hdr(subject, subj_cs, subj_enc)), ("Date", date),
         ("Message-ID", mid or mid_plain(dom, 20))] + list(extra) + [("MIME-Version", "1.0")]
    add(label, name, msg(h, body, crlf=crlf), lang, provider=provider, group=group or provider, pattern=pattern,
        money=money, notes=notes, facts=facts)


def simple_html(title, rows, intro, outro, color="#1a1a1a", footer="", logo=""):
    tr = "".join('<tr><td style="padding:6px 12px;color:#6b6b6b">%s</td><td style="padding:6px 12px;font-weight:600">%s</td></tr>'
                 % (html_escape(k), html_escape(v)) for k, v in rows)
    return ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head>\n<body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="560" style="background:#ffffff;margin:24px 0;border-radius:8px">\n'
            '<tr><td style="padding:24px;border-bottom:3px solid %s;font-size:20px;font-weight:700">%s</td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;line-height:22px">%s</td></tr>\n'
            '<tr><td style="padding:0 12px"><table role="presentation" width="100%%" style="font-size:14px">%s</table></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;line-height:22px">%s</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#8a8a8a;line-height:16px">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n' % (html_escape(title), color, logo or html_escape(title), intro, tr, outro, footer))


def rows_text(rows):
    return "\n".join("%s : %s" % (k, v) for k, v in rows)


QONTO_FOOT = ("Qonto est une marque commerciale d'Olinda SAS, établissement de paiement agréé par l'ACPR (CIB 16958), "
              "18 rue de Navarin, 75009 Paris. Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.")


def build_payments():
    P = "payment_notification"
    # ------------------------------------------------------------ money in
    rows = [("Montant", "+ 960,00 €"), ("De", "ATELIER CAPITOLE ARCHITECTES"), ("Référence", "F-2026-0318 ATELIER CAPITOLE"),
            ("Compte", "Compte principal •••• 3306"), ("Date", "04/12/2026")]
    notice(P, "fr_qonto_virement_recu", "Qonto <no-reply@qonto.com>", "Vous avez reçu un virement de 960,00 €", D(4, 10, 12),
           "fr", "Qonto", "'Vous avez reçu un virement de', HTML+text",
           M("in", "960.00", "EUR", "ATELIER CAPITOLE ARCHITECTES", "F-2026-0318 ATELIER CAPITOLE", "2026-12-04", "yes"),
           text="Bonne nouvelle Salomé,\n\nVous avez reçu un virement de 960,00 € sur votre compte Qonto.\n\n" + rows_text(rows) +
           "\n\nRetrouvez le détail de la transaction dans votre application : https://app.qonto.com/transactions\n\n" + QONTO_FOOT + "\n",
           html=simple_html("Virement reçu", rows, "Bonne nouvelle Salomé,<br><br>Vous avez reçu un virement de <b>960,00&nbsp;€</b> sur votre compte Qonto.",
                            '<a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Voir la transaction</a>',
                            "#1d1d1b", html_escape(QONTO_FOOT)),
           extra=[("X-Mailer", "Customer.io")], notes="Wording modelled on Qonto's notification e-mails / help-centre descriptions")
    rows = [("Émetteur", "ASSOCIATION AVIRON GARONNE"), ("Montant", "350,00 €"), ("Motif", "Atelier juniors oct"),
            ("Type", "Virement instantané"), ("Date", "03/12/2026 à 21:04")]
    notice(P, "fr_shine_virement_instantane_recu", "Shine <notification@shine.fr>", "💸 Vous avez reçu 350,00 €", D(3, 21, 5),
           "fr", "Shine", "emoji subject, instant transfer received",
           M("in", "350.00", "EUR", "ASSOCIATION AVIRON GARONNE", "Atelier juniors oct", "2026-12-03", "yes"),
           text="Salomé, vous avez reçu 350,00 € !\n\n" + rows_text(rows) + "\n\nL'équipe Shine\n\n"
           "Shine SAS – établissement de paiement agréé par l'ACPR sous le n° 16798 – 5 rue Charlot, 75003 Paris.\n"
           "Vous recevez cet e-mail car les notifications de virements entrants sont activées dans votre application.\n",
           html=simple_html("Vous avez reçu 350,00 €", rows, "Salomé, un virement instantané vient d'arriver sur votre compte Shine.", "À bientôt,<br>L'équipe Shine", "#0f6bff",
                            "Shine SAS – établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail car les notifications de virements entrants sont activées dans votre application."),
           subj_enc="B")
    notice(P, "fr_bnp_alerte_credit_vir_sepa", "BNP Paribas <alertes@bnpparibas.com>", "Alerte sur votre compte : opération créditrice",
           D(2, 6, 31), "fr", "BNP Paribas", "alert format with raw bank label VIR SEPA RECU /DE /MOTIF",
           M("in", "1540.00", "EUR", "PASTEL COMMUNICATION SAS", "FACT F-2026-0366", "2026-12-02", "yes"),
           text="Madame FERRAND SALOME,\n\nDans le cadre du service d'alertes que vous avez souscrit, nous vous informons "
           "que l'opération suivante a été enregistrée sur votre compte Compte Courant Pro n° ****7741 :\n\n"
           "VIR SEPA RECU /DE PASTEL COMMUNICATION SAS /MOTIF FACT F-2026-0366 /REF 2026120100441\n"
           "Montant : +1 540,00 EUR\nDate d'opération : 02/12/2026\n\n"
           "Pour consulter le détail de vos opérations, connectez-vous à votre Espace Client sur mabanqueentreprise.bnpparibas.\n\n"
           "Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\nBNP Paribas SA au capital de "
           "2 261 621 342 € – Siège social : 16 boulevard des Italiens, 75009 Paris – RCS Paris 662 042 449.\n",
           charset="windows-1252", crlf=True)
    notice(P, "fr_credit_agricole_alerte_credit_texte", "Credit Agricole Toulouse 31 <alertes@ca-toulouse31.fr>",
           "Alerte CA : Virement reçu", D(3, 7, 2), "fr", "Crédit Agricole", "plain text ISO-8859-1 alert, masked account",
           M("in", "720.00", "EUR", "EHPAD RESIDENCE LES TILLEULS", "VIR FACT 0371 ATELIER DENUTRITION", "2026-12-03", "yes"),
           text="Bonjour,\n\nVotre compte n° *******8852 a enregistré le 03/12/2026 l'opération suivante :\n"
           "VIREMENT EN VOTRE FAVEUR\nEHPAD RESIDENCE LES TILLEULS\nVIR FACT 0371 ATELIER DENUTRITION\n"
           "Montant : 720,00 EUR\n\nCe service d'alerte est paramétrable depuis Ma Banque en ligne, rubrique "
           "« Mes alertes ».\n\nVotre Caisse régionale Crédit Agricole Toulouse 31\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n", charset="iso-8859-1")
    notice(P, "fr_societe_generale_montant_objet_seul", "Societe Generale <alertes@societegenerale.fr>",
           "Crédit de 890,00 EUR sur votre compte", D(30, 8, 15), "fr", "Société Générale", "amount in subject only",
           M("in", "890.00", "EUR", "TRANSPORTS BAYLAC SARL", "FACTURE F-2026-0352", "2026-11-30", "yes"),
           text="Bonjour,\n\nNous vous informons de la réception d'un virement émis par TRANSPORTS BAYLAC SARL, libellé "
           "« FACTURE F-2026-0352 », sur votre compte se terminant par 0194.\n\nPour en savoir plus, consultez votre "
           "Espace Client ou l'appli Société Générale.\n\nSociété Générale – Service Alertes\nCe message est envoyé "
           "automatiquement. Nous vous remercions de ne pas y répondre.\n",
           html=None, notes="Date = value date by default (notice gives none); body has no amount")
    notice(P, "fr_lcl_deux_virements_recus", "LCL <alertes@lcl.fr>", "LCL - 2 virements reçus", D(4, 7, 45), "fr", "LCL",
           "plural: two credits in one notice, HTML table",
           M("in|in", "210.00|1050.00", "EUR", "L EPICERIE VRAC DU BUSCA|MENUISERIE BESSIERE", "FACTURE 387|F-2026-0379",
             "2026-12-03|2026-12-03", "yes|yes"),
           html=simple_html("2 virements reçus", [("03/12/2026 – L EPICERIE VRAC DU BUSCA – FACTURE 387", "+210,00 €"),
                                                   ("03/12/2026 – MENUISERIE BESSIERE – F-2026-0379", "+1 050,00 €")],
                            "Bonjour,<br><br>Votre compte professionnel n°&nbsp;XXXXX41Y a été crédité de 2 virements :",
                            "Vous pouvez modifier vos alertes depuis votre espace LCL Pro.", "#0a1e5a",
                            "LCL – Le Crédit Lyonnais – SA au capital de 2 037 713 591 € – SIREN 954 509 741 – Courtier en assurance ORIAS 07 001 878. Ceci est un message automatique, merci de ne pas y répondre."),
           notes="counts_as_payment given per transaction")
    notice(P, "fr_banque_postale_virement_drfip_mandat", "La Banque Postale <ne-pas-repondre@labanquepostale.fr>",
           "Vous avez reçu un virement", D(3, 9, 20), "fr", "La Banque Postale", "public-body payment via DRFIP, payer differs from client",
           M("in", "1320.00", "EUR", "DRFIP OCCITANIE ET DEPT HAUTE GARONNE", "MANDAT 1843 BORD 211 COMMUNE LASBORDES SUR HERS F2026-0349",
             "2026-12-03", "yes"),
           text="Madame,\n\nUn virement de 1 320,00 EUR a été crédité sur votre compte courant professionnel le 03/12/2026.\n\n"
           "Émetteur : DRFIP OCCITANIE ET DEPT HAUTE GARONNE\nLibellé : MANDAT 1843 BORD 211 COMMUNE LASBORDES SUR HERS F2026-0349\n\n"
           "La Banque Postale\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre. La Banque Postale ne vous "
           "demandera jamais vos codes d'accès par e-mail.\nLa Banque Postale - SA à Directoire et Conseil de Surveillance - "
           "115 rue de Sèvres, 75275 Paris Cedex 06 - RCS Paris 421 100 645.\n", charset="iso-8859-15")
    notice(P, "fr_cic_plus_montant_objet", "CIC <alertes@cic.fr>", "+1 250,00 € sur votre compte", D(4, 6, 50), "fr",
           "CIC", "'+amount' subject, Crédit Mutuel/CIC alert",
           M("in", "1250.00", "EUR", "OGEC STE GERMAINE", "FACTURE F-2026-0331", "2026-12-04", "yes"),
           text="Bonjour,\n\nCrédit sur votre compte EUR COMPTE COURANT PRO n° 00020****01 :\n\n"
           "04/12/2026  VIR OGEC STE GERMAINE FACTURE F-2026-0331   +1 250,00 €\n\n"
           "Nouveau solde : 4 812,37 €\n\nCIC – Crédit Industriel et Commercial\nCe message vous est envoyé dans le cadre "
           "de votre service « Alertes ». Ne répondez pas à ce courriel.\n", cte="8bit")
    rows = [("Montant", "+450,00 €"), ("Émetteur", "STUDIO PILATES ST CYPRIEN"), ("Libellé", "F 2026 0383"), ("Date", "03/12/2026")]
    notice(P, "fr_hellobank_virement_recu", "Hello bank! <hello@alertes.hellobank.fr>", "Hello bank! - Un virement vient d'arriver",
           D(3, 11, 58), "fr", "Hello bank!", "casual tone, HTML only",
           M("in", "450.00", "EUR", "STUDIO PILATES ST CYPRIEN", "F 2026 0383", "2026-12-03", "yes"),
           html=simple_html("Un virement vient d'arriver 🎉", rows, "Hello Salomé,<br>De l'argent frais vient d'arriver sur ton compte Hello Pro :",
                            "À très vite dans ton appli !", "#00d3ae",
                            "Hello bank! est une marque commerciale de BNP Paribas SA. Tu reçois cet e-mail car tu as activé les alertes sur ton compte. Merci de ne pas répondre à ce message."))
    rows = [("Date", "02/12/2026"), ("Libellé", "VIR SEPA LACOMBE TRAITEUR SARL REGLEMENT F-2026-0302"), ("Crédit", "1 100,00 €")]
    notice(P, "fr_caisse_epargne_tableau_credit", "Caisse d'Epargne <alertes@caisse-epargne.fr>",
           "Votre alerte Caisse d'Epargne : opération au crédit", D(2, 8, 3), "fr", "Caisse d'Épargne", "HTML table Date/Libellé/Crédit",
           M("in", "1100.00", "EUR", "LACOMBE TRAITEUR SARL", "REGLEMENT F-2026-0302", "2026-12-02", "yes"),
           html=simple_html("Alerte opération", rows, "Madame FERRAND,<br>une opération au crédit a été enregistrée sur votre compte ****2210 :",
                            "Cordialement,<br>Votre Caisse d'Epargne Midi-Pyrénées", "#c8102e",
                            "Ceci est un message automatique, merci de ne pas y répondre. Caisse d'Epargne et de Prévoyance de Midi-Pyrénées, banque coopérative régie par les articles L.512-85 et suivants du Code monétaire et financier."),
           text="Madame FERRAND,\nune opération au crédit a été enregistrée sur votre compte ****2210 :\n" + rows_text(rows) +
           "\n\nVotre Caisse d'Epargne Midi-Pyrénées\nCeci est un message automatique, merci de ne pas y répondre.\n")
    notice(P, "fr_banque_populaire_operations_du_jour", "Banque Populaire Occitane <alertes@bpoc.banquepopulaire.fr>",
           "Vos opérations du 02/12/2026", D(3, 5, 40), "fr", "Banque Populaire", "daily digest: one credit and two debits",
           M("in|out|out", "560.00|49.99|23.40", "EUR", "COOPERATIVE AGRICOLE VAL DE SAVE||", "F-2026-0386|PRLV SEPA FREE PRO|CB LEROY MERLIN 01/12",
             "2026-12-02|2026-12-02|2026-12-02", "yes|no|no"),
           text="Bonjour,\n\nVoici les opérations enregistrées le 02/12/2026 sur votre compte 0141257****\n\n"
           "VIR SEPA COOPERATIVE AGRICOLE VAL DE SAVE F-2026-0386 ........ +560,00 EUR\n"
           "PRLV SEPA FREE PRO ........................................... -49,99 EUR\n"
           "CB LEROY MERLIN 01/12 ........................................ -23,40 EUR\n\n"
           "Solde au 02/12/2026 : 3 214,86 EUR\n\nBanque Populaire Occitane\nMessage automatique – ne pas répondre. "
           "Gérez vos alertes dans Cyber Plus.\n", cte="quoted-printable")
    notice(P, "en_n26_you_received", "N26 <no-reply@n26.com>", "You received €180.00", D(4, 7, 12), "en", "N26",
           "EN short push-style e-mail",
           M("in", "180.00", "EUR", "Océane Garcia", "Forfait suivi F-2026-0380", "2026-12-04", "yes"),
           html=simple_html("You received €180.00", [("From", "Océane Garcia"), ("Reference", "Forfait suivi F-2026-0380"), ("Date", "4 December 2026")],
                            "Hi Salomé,<br>Good news – money just landed in your N26 Business account.", "Your N26 Team", "#36a18b",
                            "N26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because you enabled transaction notifications. Please do not reply to this email."),
           text="Hi Salomé,\n\nYou received €180.00 from Océane Garcia.\nReference: Forfait suivi F-2026-0380\n\nYour N26 Team\n"
           "N26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because you enabled transaction notifications.\n")
    notice(P, "en_revolut_business_received", "Revolut Business <no-reply@revolut.com>", "You've received €1,800.00 from KILOWATT MOBILITY SAS",
           D(3, 14, 27, tz="+0000"), "en", "Revolut Business", "payer in subject, UTC date",
           M("in", "1800.00", "EUR", "KILOWATT MOBILITY SAS", "INV F-2026-0355", "2026-12-03", "yes"),
           text="Hi Salomé,\n\nYou've received €1,800.00 from KILOWATT MOBILITY SAS to your EUR Main account.\n\nReference: INV F-2026-0355\n\n"
           "Log in to Revolut Business to see the details.\n\nRevolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. "
           "This is an automated message – replies are not monitored.\n")
    notice(P, "en_wise_received_gbp", "Wise <noreply@wise.com>", "You've received 420.00 GBP", D(1, 11, 9, tz="+0000"), "en", "Wise",
           "GBP credit on multi-currency account",
           M("in", "420.00", "GBP", "KESTREL WELLBEING LTD", "Webinar nutrition Nov", "2026-12-01", "yes"),
           html=simple_html("You've received 420.00 GBP", [("From", "KESTREL WELLBEING LTD"), ("Reference", "Webinar nutrition Nov"), ("To", "Your GBP account details")],
                            "Hi Salomé,<br>KESTREL WELLBEING LTD sent you <b>420.00 GBP</b>. It's now in your GBP balance.",
                            "Thanks,<br>The Wise Team", "#9fe870",
                            "Wise Europe SA, Rue du Trône 100, 1050 Brussels. You're receiving this email because you have a Wise account. Please don't reply to this email."))
    notice(P, "fr_stripe_paiement_recu", "Stripe <notifications@stripe.com>", "Paiement de 90,00 € reçu de Claire Bonnet",
           D(30, 15, 2, tz="+0000"), "fr", "Stripe", "single card payment captured",
           M("in", "90.00", "EUR", "Claire Bonnet", "pi_3QK8uR2eZvKYlo2C1h0MxJ7T", "2026-11-30", "yes"),
           text="Ferrand Nutrition\n\nPaiement réussi\n\nMontant : 90,00 €\nClient : Claire Bonnet (claire.bonnet@example.net)\n"
           "Description : Consultation diététique en visio – 30/11\nMoyen de paiement : Visa •••• 4242\nID : pi_3QK8uR2eZvKYlo2C1h0MxJ7T\n\n"
           "Consultez ce paiement dans le Dashboard : https://dashboard.stripe.com/payments/pi_3QK8uR2eZvKYlo2C1h0MxJ7T\n\n"
           "Vous recevez cet e-mail car les notifications de paiements réussis sont activées pour votre compte Stripe.\n"
           "Stripe Payments Europe, Limited – 1 Grand Canal Street Lower, Dublin 2, Irlande\n")
    notice(P, "fr_stripe_virement_en_route_payout", "Stripe <notifications@stripe.com>", "Un virement de 1 234,50 € est en route vers votre banque",
           D(1, 3, 12, tz="+0000"), "fr", "Stripe", "payout bundling many payments",
           M("in", "1234.50", "EUR", "", "STRIPE po_1QL2xQ2eZvKYlo2Cw3Fz", "2026-12-02", "no_aggregate"),
           text="Ferrand Nutrition\n\nVotre virement est en route\n\nUn virement de 1 234,50 € a été initié vers votre compte "
           "bancaire QONTO •••• 3218. Il devrait arriver le 2 déc. 2026.\n\nRéférence sur le relevé : STRIPE po_1QL2xQ2eZvKYlo2Cw3Fz\n"
           "Paiements inclus : 14\n\nAfficher le rapprochement : https://dashboard.stripe.com/payouts/po_1QL2xQ2eZvKYlo2Cw3Fz\n\n"
           "Stripe Payments Europe, Limited\n", notes="Expected arrival date used as value_date")
    pp_text = ("Bonjour Salomé Ferrand,\n\nVous avez reçu un paiement de 90,00 EUR de Thomas Lefèbvre (thomas.lefebvre@example.com).\n\n"
               "Il peut s'écouler quelques instants avant que cette transaction n'apparaisse sur votre compte.\n\n"
               "Remarque de Thomas Lefèbvre :\n« Facture F-2026-0384 – 2 consultations »\n\nN° de transaction : 7KJ21845XD3395218\n"
               "Date de la transaction : 2 déc. 2026 11:44:02 PST\n\nAide et Contact | Sécurité | Appli\n\n"
               "Veuillez ne pas répondre à cet e-mail. Nous ne sommes pas en mesure de répondre aux messages reçus à cette adresse.\n"
               "Copyright © 1999-2026 PayPal. Tous droits réservés.\nPayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite "
               "par Actions. Siège social : 22-24 Boulevard Royal L-2449, Luxembourg RCS Luxembourg B 118 349.\nPPC001017:1.1:a7b3c2e1d9f0\n")
    notice(P, "fr_paypal_vous_avez_recu_un_paiement", "PayPal <service@paypal.fr>", "Vous avez reçu un paiement",
           D(2, 11, 44, tz="-0800"), "fr", "PayPal", "PayPal FR wording, PST date",
           M("in", "90.00", "EUR", "Thomas Lefèbvre", "7KJ21845XD3395218", "2026-12-02", "yes"), text=pp_text,
           html="<html><body style=\"font-family:Arial\">" + html_paras(pp_text) + "</body></html>\n",
           extra=[("X-Email-Type-Id", "PPC001017")], notes="Wording based on public copies of PayPal FR notices")
    notice(P, "fr_sumup_versement", "SumUp <no-reply@sumup.com>", "Votre versement est en route", D(30, 9, 33), "fr", "SumUp",
           "card-terminal payout, aggregate",
           M("in", "312.40", "EUR", "", "SUMUP PID 8HT4ZK 28.11", "2026-12-01", "no_aggregate"),
           text="Bonjour Salomé,\n\nNous avons envoyé 312,40 € vers votre compte bancaire se terminant par 3218.\n"
           "Ce versement regroupe 7 transactions du 28/11/2026 (frais déduits : 5,43 €).\nRéférence : SUMUP PID 8HT4ZK 28.11\n"
           "Date de valeur prévue : 01/12/2026\n\nL'équipe SumUp\nSumUp Payments Limited – Vous recevez cet e-mail en tant "
           "que titulaire d'un compte SumUp. Ne répondez pas à ce message.\n")
    notice(P, "fr_gocardless_paiement_encaisse", "GoCardless <help@gocardless.com>", "Paiement encaissé : 60,00 € de Julie Marchal",
           D(1, 10, 0, tz="+0000"), "fr", "GoCardless", "direct debit collected from a client",
           M("in", "60.00", "EUR", "Julie Marchal", "FERRANDNUTR-8K2M4Q", "2026-12-01", "yes"),
           text="Bonjour,\n\nLe paiement de 60,00 € de Julie Marchal (abonnement suivi mensuel) a été encaissé avec succès le "
           "1 décembre 2026.\nRéférence : FERRANDNUTR-8K2M4Q\n\nIl sera inclus dans votre prochain versement.\n\n"
           "GoCardless SAS, établissement de paiement agréé par l'ACPR. Cet e-mail a été envoyé automatiquement.\n")
    notice(P, "fr_mollie_versement_hebdo", "Mollie <noreply@mollie.com>", "Versement effectué : € 845,20", D(2, 8, 44), "fr", "Mollie",
           "settlement bundling payments",
           M("in", "845.20", "EUR", "", "ST-2026-11-W48", "2026-12-02", "no_aggregate"),
           html=simple_html("Versement effectué", [("Montant", "€ 845,20"), ("Référence", "ST-2026-11-W48"), ("Transactions", "11"), ("Compte", "FR76 **** 3218")],
                            "Bonjour Salomé,<br>Nous avons versé le solde de votre compte Mollie sur votre compte bancaire.",
                            "Cordialement,<br>Mollie", "#0a0a0a",
                            "Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam. Vous recevez cet e-mail car vous avez un compte Mollie."))
    notice(P, "fr_payplug_paiement_accepte", "PayPlug <notification@payplug.com>", "Nouveau paiement accepté - 150,00 €", D(3, 18, 20),
           "fr", "PayPlug", "online workshop booking paid by card",
           M("in", "150.00", "EUR", "Sandrine Peyrot", "Atelier batch cooking 12/12", "2026-12-03", "yes"),
           text="Bonjour,\n\nUn paiement de 150,00 € vient d'être accepté sur votre compte PayPlug.\n\nClient : Sandrine Peyrot\n"
           "Email : s.peyrot@example.org\nDescription : Atelier batch cooking 12/12\nID paiement : pay_4vXqRt6a0bKmLz\n\n"
           "L'équipe PayPlug\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
    notice(P, "fr_lydia_vous_a_paye", "Lydia <noreply@lydia-app.com>", "Pauline Cassagne vous a payé 40,00 €", D(4, 12, 3), "fr",
           "Lydia/Sumeria", "peer-to-peer app payment",
           M("in", "40.00", "EUR", "Pauline Cassagne", "Consult du 2/12 🥦", "2026-12-04", "yes"),
           text="Pauline Cassagne vous a payé 40,00 €\n\n« Consult du 2/12 🥦 »\n\nL'argent est disponible sur votre compte Sumeria.\n\n"
           "Sumeria (Lydia Solutions SAS), établissement de paiement agréé. Vous recevez cet e-mail car vous avez un compte Sumeria.\n",
           notes="Lydia rebranded its account as Sumeria")
    notice(P, "fr_pennylane_facture_payee_rapprochement", "Pennylane <notifications@pennylane.com>",
           "La facture F-2026-0349 est payée", D(3, 10, 31), "fr", "Pennylane", "bank-feed matching notice naming the payer",
           M("in", "1320.00", "EUR", "DRFIP OCCITANIE ET DEPT HAUTE GARONNE", "MANDAT 1843 BORD 211", "2026-12-03", "yes"),
           html=simple_html("Facture payée ✅", [("Facture", "F-2026-0349 – Mairie de Lasbordes-sur-Hers"), ("Montant", "1 320,00 €"),
                                                 ("Transaction", "+1 320,00 € DRFIP OCCITANIE ET DEPT HAUTE GARONNE – MANDAT 1843 BORD 211"), ("Date", "03/12/2026")],
                            "Bonjour Salomé,<br>Une transaction bancaire a été rapprochée automatiquement de votre facture client :",
                            "Bonne journée,<br>L'équipe Pennylane", "#00a06b",
                            "Vous recevez cet e-mail car vous êtes membre de l'entreprise FERRAND SALOME sur Pennylane. Gérer mes notifications."))
    notice(P, "fr_indy_nouvelle_recette", "Indy <hello@indy.fr>", "Nouvelle recette détectée : +780,00 €", D(4, 16, 22), "fr", "Indy",
           "accounting app bank-feed: income detected",
           M("in", "780.00", "EUR", "MAISON CABROL", "VIR SEPA MAISON CABROL FACT 369", "2026-12-04", "yes"),
           text="Bonjour Salomé,\n\nNous avons importé une nouvelle transaction depuis votre compte Qonto :\n\n"
           "04/12/2026 – VIR SEPA MAISON CABROL FACT 369 – +780,00 €\n\nCatégorie proposée : Recettes – Prestations de services\n"
           "Pensez à la valider pour garder une comptabilité à jour.\n\nL'équipe Indy\n"
           "Vous recevez cet e-mail car les notifications de transactions sont activées. Se désinscrire.\n")
    notice(P, "fr_avis_de_paiement_sap_airmeca", "Comptabilite Fournisseurs Airmeca <noreply.sap@airmeca-industries.fr>",
           "Avis de paiement n° 2000014587", D(4, 4, 15), "fr", "", "client's ERP remittance advice (SAP), money not yet seen",
           M("in", "1860.00", "EUR", "AIRMECA INDUSTRIES SAS", "2000014587", "2026-12-04", "no_claim"),
           text="AIRMECA INDUSTRIES SAS\nService Comptabilité Fournisseurs\n\nAVIS DE PAIEMENT n° 2000014587\n\n"
           "Fournisseur : 0000410772 FERRAND SALOME\nMode de règlement : Virement SEPA\nDate de règlement : 04/12/2026\n\n"
           "Référence facture    Date facture   Montant\nF-2026-0353          22/10/2026     1 860,00 EUR\n\n"
           "Total réglé : 1 860,00 EUR\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n",
           group="Airmeca Industries (client ERP)",
           attachments=[attach("application/pdf", "AVIS_PAIEMENT_2000014587.pdf",
                               pdf(["AIRMECA INDUSTRIES SAS", "AVIS DE PAIEMENT 2000014587", "Fournisseur 0000410772 FERRAND SALOME",
                                    "F-2026-0353  22/10/2026  1 860,00 EUR", "Total : 1 860,00 EUR  Virement SEPA 04/12/2026"], "Avis de paiement"))])
    notice(P, "en_remittance_advice_orbital", "Orbital Sensors Europe AP <ap-noreply@orbitalsensors.example.com>",
           "Remittance Advice - Payment 55102", D(2, 23, 5, tz="+0000"), "en", "", "EN remittance advice from client's AP",
           M("in", "640.00", "EUR", "Orbital Sensors Europe BV", "55102", "2026-12-03", "no_claim"),
           text="REMITTANCE ADVICE\n\nPayer: Orbital Sensors Europe BV\nPayee: Salome Ferrand\nPayment number: 55102\n"
           "Payment date: 03-DEC-2026\nPayment method: SEPA Credit Transfer\n\nInvoice        Invoice date   Amount\n"
           "F-2026-0356    19-OCT-2026    640.00 EUR\n\nTotal: 640.00 EUR\n\nPlease allow 2-3 business days for the funds to reach "
           "your account. This mailbox is not monitored.\n", group="Orbital Sensors Europe (client AP)", cte="7bit")
    # ------------------------------------------------------------ not money in
    notice(P, "fr_qonto_paiement_carte", "Qonto <no-reply@qonto.com>", "Paiement par carte : 42,90 € chez METRO TOULOUSE",
           D(30, 12, 6), "fr", "Qonto", "card payment (out), justificatif requested",
           M("out", "42.90", "EUR", "", "METRO TOULOUSE", "2026-11-30"),
           text="Salomé, vous avez payé 42,90 € chez METRO TOULOUSE avec votre carte •••• 9014.\n\nPensez à ajouter le justificatif "
           "pour votre comptable : https://app.qonto.com/transactions\n\n" + QONTO_FOOT + "\n")
    notice(P, "fr_shine_virement_envoye_urssaf", "Shine <notification@shine.fr>", "Votre virement de 312,00 € a bien été envoyé",
           D(1, 9, 15), "fr", "Shine", "outgoing transfer to URSSAF",
           M("out", "312.00", "EUR", "", "COTISATIONS T3 2026", "2026-12-01"),
           text="Bonjour Salomé,\n\nVotre virement de 312,00 € vers URSSAF MIDI-PYRENEES a bien été envoyé.\nMotif : COTISATIONS T3 2026\n"
           "Il sera reçu sous 1 jour ouvré.\n\nL'équipe Shine\nVous recevez cet e-mail car vous avez initié un virement depuis votre compte Shine.\n")
    notice(P, "fr_bnp_alerte_prelevement_macsf", "BNP Paribas <alertes@bnpparibas.com>", "Alerte sur votre compte : prélèvement",
           D(4, 6, 30), "fr", "BNP Paribas", "direct debit taken (insurer)",
           M("out", "38.12", "EUR", "", "PRLV SEPA MACSF ASSURANCES ECH 12/2026", "2026-12-04"),
           text="Madame FERRAND SALOME,\n\nL'opération suivante a été enregistrée sur votre compte n° ****7741 :\n\n"
           "PRLV SEPA MACSF ASSURANCES /MOTIF ECH 12/2026 RCP /ICS FR12ZZZ000000\nMontant : -38,12 EUR\nDate : 04/12/2026\n\n"
           "Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\n", charset="iso-8859-1", crlf=True)
    notice(P, "fr_credit_agricole_alerte_solde_bas", "Credit Agricole Toulouse 31 <alertes@ca-toulouse31.fr>",
           "Alerte CA : solde inférieur au seuil", D(2, 7, 1), "fr", "Crédit Agricole", "balance below threshold alert",
           M("statement", "287.45", "EUR", "", "", "2026-12-02"),
           text="Bonjour,\n\nLe solde de votre compte n° *******8852 est de 287,45 EUR au 02/12/2026, inférieur au seuil de 300,00 EUR "
           "que vous avez défini.\n\nVotre Caisse régionale Crédit Agricole Toulouse 31\nCeci est un message automatique, merci de ne pas y répondre.\n",
           charset="iso-8859-1", notes="amount = balance")
    notice(P, "fr_lcl_rejet_prelevement", "LCL <alertes@lcl.fr>", "LCL - Rejet d'un prélèvement", D(2, 18, 10), "fr", "LCL",
           "direct debit rejected for insufficient funds",
           M("failed", "39.99", "EUR", "", "PRLV SEPA FREE PRO FACTURE 11/2026", "2026-12-02"),
           text="Bonjour,\n\nNous vous informons que le prélèvement suivant n'a pas pu être exécuté sur votre compte n° XXXXX41Y "
           "pour provision insuffisante :\n\nCréancier : FREE PRO\nLibellé : PRLV SEPA FREE PRO FACTURE 11/2026\nMontant : 39,99 EUR\n"
           "Date de présentation : 02/12/2026\n\nDes frais de rejet pourront être prélevés conformément aux conditions tarifaires.\n\n"
           "LCL – Ceci est un message automatique, merci de ne pas y répondre.\n")
    notice(P, "en_stripe_payout_failed", "Stripe <notifications@stripe.com>", "Your payout of €476.80 failed", D(3, 2, 41, tz="+0000"),
           "en", "Stripe", "payout failed, bank account closed",
           M("failed", "476.80", "EUR", "", "po_1QMa9e2eZvKYlo2CXk0", "2026-12-03"),
           text="Ferrand Nutrition\n\nYour payout of €476.80 to BNP PARIBAS •••• 7741 failed.\n\nReason: The bank account has been closed "
           "(account_closed).\n\nThe funds have been returned to your Stripe balance. Update your bank account details in the "
           "Dashboard to receive future payouts: https://dashboard.stripe.com/settings/payouts\n\n"
           "You're receiving this email because you're an administrator of Ferrand Nutrition on Stripe.\nStripe Payments Europe, Limited\n")
    notice(P, "fr_stripe_litige_ouvert", "Stripe <notifications@stripe.com>", "Un client conteste un paiement de 90,00 €",
           D(4, 14, 8, tz="+0000"), "fr", "Stripe", "chargeback opened, response deadline",
           M("chargeback", "90.00", "EUR", "", "dp_1QMx0r2eZvKYlo2CmT4", "2026-12-04"),
           text="Ferrand Nutrition\n\nUn client a contesté un paiement de 90,00 € (motif : transaction non reconnue) auprès de sa banque.\n"
           "Le montant du paiement et des frais de litige de 15,00 € ont été prélevés de votre solde.\n\n"
           "Vous avez jusqu'au 14 déc. 2026 pour soumettre des justificatifs : https://dashboard.stripe.com/disputes/dp_1QMx0r2eZvKYlo2CmT4\n\n"
           "Stripe Payments Europe, Limited\n")
    notice(P, "fr_paypal_remboursement_envoye", "PayPal <service@paypal.fr>", "Vous avez envoyé un remboursement de 45,00 EUR",
           D(1, 2, 20, tz="-0800"), "fr", "PayPal", "refund issued by owner",
           M("refund", "45.00", "EUR", "", "9WD70512LM8412346", "2026-12-01"),
           text="Bonjour Salomé Ferrand,\n\nVous avez envoyé un remboursement de 45,00 EUR à Claire Bonnet.\n\n"
           "N° de transaction : 9WD70512LM8412346\nMotif : Annulation atelier du 28/11\n\nVeuillez ne pas répondre à cet e-mail.\n"
           "Copyright © 1999-2026 PayPal. Tous droits réservés.\n")
    notice(P, "fr_paypal_paiement_en_attente", "PayPal <service@paypal.fr>", "Paiement en attente : fonds disponibles sous 21 jours",
           D(30, 5, 2, tz="-0800"), "fr", "PayPal", "payment received but held: not available",
           M("none", "150.00", "EUR", "", "4HX11982BC0074533", ""),
           text="Bonjour Salomé Ferrand,\n\nUn paiement de 150,00 EUR de Raphaël Nogues est en attente sur votre compte. "
           "Les fonds seront disponibles dans un délai de 21 jours au maximum, sauf litige.\n\nPourquoi ? Vous avez reçu peu de paiements "
           "pour des biens et services jusqu'à présent.\n\nN° de transaction : 4HX11982BC0074533\n\n"
           "Veuillez ne pas répondre à cet e-mail. Nous ne sommes pas en mesure de répondre aux messages reçus à cette adresse.\n",
           notes="Held payment: money not available yet (payer named in body: Raphaël Nogues)")
    notice(P, "en_wise_money_on_the_way", "Wise <noreply@wise.com>", "Brightwell Foods Ltd is sending you 1,200.00 EUR",
           D(2, 10, 30, tz="+0000"), "en", "Wise", "incoming transfer announced, not arrived",
           M("none", "1200.00", "EUR", "", "F-2026-0358", "2026-12-10"),
           text="Hi Salomé,\n\nBrightwell Foods Ltd is sending you 1,200.00 EUR with Wise.\nReference: F-2026-0358\n"
           "It should arrive in your bank account by 10 December.\n\nWe'll let you know when it's done.\n\nThe Wise Team\n"
           "You're receiving this email because someone sent you money using Wise.\n",
           notes="Announced, expected date as value_date; payer named in notice (Brightwell Foods Ltd)")
    notice(P, "en_n26_direct_debit_returned", "N26 <no-reply@n26.com>", "Your direct debit was returned", D(30, 8, 50), "en", "N26",
           "outgoing direct debit returned",
           M("failed", "54.99", "EUR", "", "ORANGE SA FACTURE PRO 11-2026", "2026-11-30"),
           text="Hi Salomé,\n\nA direct debit of €54.99 from ORANGE SA (ORANGE SA FACTURE PRO 11-2026) was returned because your "
           "balance was insufficient. Please contact the merchant to arrange payment.\n\nYour N26 Team\n")
    notice(P, "fr_gocardless_paiement_echoue", "GoCardless <help@gocardless.com>", "Échec d'un paiement : 60,00 € de Bastien Roques",
           D(4, 9, 12, tz="+0000"), "fr", "GoCardless", "client direct debit failed",
           M("failed", "60.00", "EUR", "", "FERRANDNUTR-7P1C9D", "2026-12-04"),
           text="Bonjour,\n\nLe paiement de 60,00 € de Bastien Roques (abonnement suivi mensuel) a échoué.\nMotif : provision "
           "insuffisante (AM04)\nRéférence : FERRANDNUTR-7P1C9D\n\nNous ne retenterons pas automatiquement ce prélèvement. "
           "Vous pouvez le relancer depuis votre tableau de bord.\n\nGoCardless SAS\n")
    notice(P, "fr_boursobank_virement_emis_loyer", "BoursoBank <ne-pas-repondre@boursobank.com>", "Confirmation de votre virement",
           D(30, 7, 30), "fr", "BoursoBank (ex-Boursorama)", "outgoing rent transfer",
           M("out", "650.00", "EUR", "", "LOYER CABINET DECEMBRE 2026", "2026-11-30"),
           text="Bonjour,\n\nVotre virement de 650,00 EUR vers SCI DES FILATIERS a été exécuté le 30/11/2026.\nLibellé : LOYER CABINET DECEMBRE 2026\n\n"
           "BoursoBank, le nouveau nom de Boursorama Banque.\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    notice(P, "fr_banque_populaire_carte_refusee", "Banque Populaire Occitane <alertes@bpoc.banquepopulaire.fr>",
           "Opération carte refusée", D(2, 19, 48), "fr", "Banque Populaire", "card payment declined",
           M("failed", "129.00", "EUR", "", "AMAZON EU SARL", "2026-12-02"),
           text="Bonjour,\n\nUne opération de 129,00 EUR chez AMAZON EU SARL a été refusée le 02/12/2026 à 19:47 avec votre carte "
           "n° ****5521 (plafond de paiement atteint).\n\nSi vous n'êtes pas à l'origine de cette opération, faites opposition au "
           "numéro indiqué au dos de votre carte.\n\nBanque Populaire Occitane – Message automatique.\n")
    notice(P, "fr_fortuneo_remboursement_carte", "Fortuneo <information@fortuneo.fr>", "Remboursement sur votre carte",
           D(4, 8, 20), "fr", "Fortuneo", "merchant refund credited to owner",
           M("refund", "37.50", "EUR", "", "REMB CB SNCF CONNECT", "2026-12-04"),
           text="Bonjour,\n\nUn remboursement de 37,50 EUR de SNCF CONNECT a été crédité sur votre compte le 04/12/2026.\n\n"
           "Fortuneo – Ce message vous a été envoyé automatiquement, merci de ne pas y répondre.\n")
    notice(P, "fr_mollie_retrofacturation", "Mollie <noreply@mollie.com>", "Rétrofacturation reçue pour tr_Wx7k2Lp9Qa",
           D(1, 11, 30), "fr", "Mollie", "chargeback notice",
           M("chargeback", "75.00", "EUR", "", "tr_Wx7k2Lp9Qa", "2026-12-01"),
           text="Bonjour Salomé,\n\nLa banque de votre client a initié une rétrofacturation de € 75,00 pour le paiement tr_Wx7k2Lp9Qa "
           "(Atelier cuisine anti-gaspi 21/11). Le montant a été déduit de votre solde Mollie.\n\nMollie B.V.\n")
    notice(P, "fr_qonto_virement_entrant_en_verification", "Qonto <no-reply@qonto.com>", "Virement entrant en cours de vérification",
           D(2, 15, 12), "fr", "Qonto", "incoming transfer held for compliance check: not credited yet",
           M("none", "2400.00", "EUR", "", "FACTURE F2026 0342", ""),
           text="Bonjour Salomé,\n\nUn virement entrant de 2 400,00 € (émetteur : CSE OCCITANIE COMPOSITES, référence « FACTURE F2026 0342 ») "
           "est en cours de vérification par nos équipes. Il sera crédité sur votre compte dès la fin de la vérification, "
           "généralement sous 24 à 48 h ouvrées.\n\nVous n'avez rien à faire pour le moment.\n\n" + QONTO_FOOT + "\n",
           notes="Payer named (CSE OCCITANIE COMPOSITES) but not credited yet")
    notice(P, "fr_shine_releve_novembre", "Shine <notification@shine.fr>", "Votre relevé de novembre est disponible", D(1, 6, 0),
           "fr", "Shine", "monthly statement available", M("statement", "", "EUR", "", "", "2026-11-30"),
           text="Bonjour Salomé,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre application Shine, rubrique "
           "Compte > Relevés.\n\nL'équipe Shine\n")
    notice(P, "fr_credit_mutuel_virement_instantane_emis", "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
           "Confirmation de votre virement instantané", D(3, 13, 44), "fr", "Crédit Mutuel", "instant transfer sent by owner",
           M("out", "85.00", "EUR", "", "ABONNEMENT DIETOPRO 2027", "2026-12-03"),
           text="Madame, Monsieur,\n\nNous vous confirmons l'exécution de votre virement instantané :\n\nBénéficiaire : DIETOPRO SAS\n"
           "Montant : 85,00 EUR\nDate d'exécution : 03/12/2026\nMotif : ABONNEMENT DIETOPRO 2027\n\nCordialement,\nVotre conseiller Crédit Mutuel\n\n"
           "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    notice(P, "fr_banque_postale_retour_virement", "La Banque Postale <ne-pas-repondre@labanquepostale.fr>",
           "Retour de votre virement", D(4, 9, 55), "fr", "La Banque Postale", "owner's outgoing transfer returned (wrong IBAN)",
           M("failed", "120.00", "EUR", "", "ACOMPTE SALLE ATELIER 12/12", "2026-12-04"),
           text="Madame,\n\nLe virement de 120,00 EUR émis le 01/12/2026 au profit de SALLE DES FETES ASSOC ST AGNE (libellé "
           "« ACOMPTE SALLE ATELIER 12/12 ») nous a été retourné par la banque du bénéficiaire (motif : compte clos).\n"
           "Le montant a été recrédité sur votre compte le 04/12/2026.\n\nLa Banque Postale - Cet e-mail est envoyé automatiquement.\n",
           charset="iso-8859-15", notes="Money comes back to the owner but it is a returned transfer, not a client payment")


# ================================================================ auto_reply

def auto(name, frm, subject, date, text, lang, group, pattern, facts="", headers=(), html=None, irt=None, charset="utf-8",
         cte="quoted-printable", crlf=False, notes="", mid=None, body=None, to=None):
    if body is None:
        if html is not None and text is not None:
            body = multi("alternative", [part("text/plain", text, charset, cte), part("text/html", html, charset, cte)])
        elif html is not None:
            body = part("text/html", html, charset, cte)
        else:
            body = part("text/plain", text, charset, cte)
    dom = frm.split("@")[-1].rstrip(">")
    h = [("From", frm), ("To", to or addr(OWNER_NAME, OWNER)), ("Subject", hdr(subject)), ("Date", date),
         ("Message-ID", mid or mid_plain(dom))]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h += list(headers) + [("MIME-Version", "1.0")]
    add("auto_reply", name, msg(h, body, crlf=crlf), lang, group=group, pattern=pattern, facts=facts, notes=notes)


def build_autos():
    s = rem_subject(343)
    auto("fr_outlook_reponse_automatique_retour_8",
         addr("GAUTIER Émilie", "e.gautier@groupe-rivesud.fr"), "Réponse automatique : " + s, D(30, 10, 3),
         "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 8 décembre.\nPour toute question relative "
         "à la comptabilité fournisseurs, merci de contacter Mme Laborde : comptabilite@groupe-rivesud.fr\n\n"
         "Cordialement,\nÉmilie Gautier\n", "fr", "Groupe Rive Sud (Exchange)", "Outlook OOF, 'Réponse automatique :', return date",
         facts="ooo_until=2026-12-08", irt=reminder_id(343),
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "e.gautier@groupe-rivesud.fr"), ("Thread-Topic", hdr(s)),
                  ("Content-Language", "fr-FR")], mid=mid_outlook(), crlf=True,
         html=outlook_html("Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 8 décembre.\nPour toute question relative "
                           "à la comptabilité fournisseurs, merci de contacter Mme Laborde : comptabilite@groupe-rivesud.fr\n\nCordialement,\nÉmilie Gautier"))
    s = rem_subject(355, "en")
    auto("en_gmail_vacation_back_7_december", addr("Emma Clarke", "emma@kilowattmobility.io"), "Re: " + s, D(30, 10, 2, tz="+0000"),
         "Hi,\n\nThanks for your email. I'm away and will be back on Monday, 7 December, with limited access to email until then.\n"
         "For anything urgent regarding payments please write to finance@kilowattmobility.io.\n\nEmma\n", "en",
         "Kilowatt Mobility (Gmail vacation)", "Gmail vacation responder, 'Re:' subject like a reply", facts="ooo_until=2026-12-07",
         irt=reminder_id(355), headers=[("Auto-Submitted", "auto-replied")], mid=mid_gmail(),
         notes="Same sender as a human reply in this set; only headers/wording tell them apart")
    auto("fr_absence_du_bureau_sans_entete", addr("Cabinet Vergnes Kiné", "secretariat@vergnes-kine.fr"), "Absence du bureau",
         D(1, 9, 12), "Bonjour,\n\nJe suis en congés du 30 novembre au 4 décembre inclus. Je serai de retour le lundi 7 décembre "
         "et traiterai votre message à ce moment-là.\n\nBien cordialement,\nSandrine – secrétariat\n", "fr", "Cabinet Vergnes (rule)",
         "no Auto-Submitted / X-Autoreply header, subject without 'Re:'", facts="ooo_until=2026-12-07",
         headers=[("X-Mailer", "Microsoft Outlook 16.0")], notes="Client-side rule reply: no auto headers, no threading")
    auto("fr_comptabilite_fournisseurs_accuse_reception",
         addr("Comptabilité Fournisseurs - Groupe Saint-Exupéry Santé", "factures@gse-sante.fr"),
         "Accusé de réception - " + rem_subject(347), D(1, 11, 0),
         "Madame, Monsieur,\n\nNous accusons réception de votre message, qui sera traité par le service Comptabilité Fournisseurs.\n\n"
         "Rappel de nos conditions :\n- les factures doivent obligatoirement mentionner le numéro de bon de commande ;\n"
         "- le délai de traitement est de 10 jours ouvrés à réception ;\n- les règlements sont effectués par virement à 45 jours "
         "fin de mois, lors des campagnes de paiement du 10 et du 25 de chaque mois.\n\nPour toute relance, merci de ne pas renvoyer "
         "la facture : indiquez uniquement son numéro et sa date.\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n",
         "fr", "Groupe Saint-Exupéry Santé (AP mailbox)", "accounts-payable autoresponder citing payment terms and dates",
         irt=reminder_id(347), headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
         notes="Mentions paydays (10th, 25th) as policy, not a promise")
    auto("en_ap_autoresponder_ticket", "Accounts Payable <ap@helix-aero.example.com>",
         "[AP-2026-118402] Automatic reply: " + rem_subject(363, "en"), D(1, 8, 1, tz="+0000"),
         "Thank you for contacting Helix Aerospace Accounts Payable.\n\nYour request has been logged under reference AP-2026-118402. "
         "Please note:\n\n* Invoices are paid on 60-day terms from receipt of a valid invoice.\n* Invoices without a valid PO number "
         "will be returned.\n* Payment runs take place every Thursday.\n\nPlease do not reply to this email; replies are not monitored. "
         "To check the status of an invoice, use the Supplier Portal.\n\nHelix Aerospace Shared Service Centre – Kraków\n", "en",
         "Helix Aerospace (AP shared service centre)", "AP autoresponder with ticket number and payment run weekday",
         irt=reminder_id(363), headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    zd = ("##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et sera "
          "examinée par notre équipe d'assistance.\n\nPour ajouter des commentaires, répondez à cet e-mail.\n\n"
          "Support Kiné & Forme\n\n[K3MPL0-7Q2W]\n")
    auto("fr_zendesk_demande_recue", "Support Kiné & Forme <support@kineforme.zendesk.com>",
         "[Kiné & Forme] Re: " + rem_subject(354), D(2, 10, 15, tz="+0000"), zd, "fr", "Kiné & Forme (Zendesk)",
         "helpdesk 'demande reçue' with ticket number", irt=reminder_id(354),
         headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Reply-To", "Kiné & Forme <support+id48213@kineforme.zendesk.com>")],
         html="<html><body><div style=\"color:#b5b5b5\">##- Veuillez écrire votre réponse au-dessus de cette ligne -##</div>"
              "<p>Votre demande (48213) a bien été reçue et sera examinée par notre équipe d'assistance.</p>"
              "<p>Pour ajouter des commentaires, répondez à cet e-mail.</p><p>Support Kiné &amp; Forme</p></body></html>\n")
    auto("fr_freshdesk_ticket_cree", "Service client Biomarché <support@biomarche-occitanie.freshdesk.com>",
         "Ticket reçu - Rappel : facture F-2026-0392 échue", D(3, 8, 45),
         "Bonjour Salomé Ferrand,\n\nNous avons bien reçu votre demande et un ticket (#12877) a été créé. Un membre de notre équipe "
         "vous répondra dans un délai de 48 heures ouvrées.\n\nVous pouvez suivre l'état de votre demande ici : "
         "https://biomarche-occitanie.freshdesk.com/support/tickets/12877\n\nCordialement,\nL'équipe Biomarché Occitanie\n",
         "fr", "Biomarché Occitanie (Freshdesk)", "helpdesk ticket created", irt=reminder_id(392),
         headers=[("Auto-Submitted", "auto-generated"), ("X-FD-Email", "1")])
    # read receipt, Outlook, multipart/report disposition-notification
    s = rem_subject(371)
    b = multi("report", [
        part("text/plain", "Votre message\n\n  À : Sylvie MARTY\n  Objet : %s\n  Envoyé : mardi 1 décembre 2026 10:15:00 (UTC+01:00) "
             "Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 2 décembre 2026 08:29:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n" % s,
             "utf-8", "quoted-printable"),
        part("message/disposition-notification",
             "Reporting-UA: residence-lestilleuls.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;s.marty@residence-lestilleuls.fr\n"
             "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % reminder_id(371, 1), None, "7bit")],
        params="; report-type=disposition-notification")
    auto("fr_outlook_accuse_lecture_lu", addr("Sylvie MARTY", "s.marty@residence-lestilleuls.fr"), "Lu : " + s, D(2, 8, 29),
         None, "fr", "EHPAD Résidence Les Tilleuls (Outlook MDN)", "read receipt (MDN) from Outlook, 'Lu :'", body=b,
         irt=None, crlf=True, notes="Same sender as a human forward in this set; the MDN is machine-generated")
    b = multi("report", [
        part("text/plain", "Ceci est un accusé de réception pour le courrier électronique envoyé à j.bories@residence-lestilleuls.fr.\n\n"
             "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. "
             "Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n", "UTF-8", "8bit"),
        part("message/disposition-notification",
             "Reporting-UA: residence-lestilleuls.fr; Thunderbird 128.5.0\nFinal-Recipient: rfc822;j.bories@residence-lestilleuls.fr\n"
             "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % reminder_id(371, 2), None, "7bit")],
        params="; report-type=disposition-notification")
    auto("fr_thunderbird_accuse_reception_affiche", addr("Jérôme BORIES", "j.bories@residence-lestilleuls.fr"),
         "Accusé de réception (affiché) - " + rem_subject(371, n=2), D(3, 14, 2), None, "fr", "Thunderbird MDN",
         "read receipt from Thunderbird, French 'affiché'", body=b, irt=reminder_id(371, 2),
         headers=[("User-Agent", "Mozilla Thunderbird")])
    cr = ("Bonjour,\n\nVous avez envoyé un message à contact@domaine-lastours-vins.fr.\n\nAfin de lutter contre les courriels "
          "indésirables, votre correspondant utilise une solution de protection qui n'accepte que les messages des expéditeurs "
          "authentifiés. Votre message est actuellement en attente.\n\nPour que votre message soit délivré, merci de cliquer sur le "
          "lien ci-dessous et de confirmer que vous n'êtes pas un robot :\n\nhttps://auth.protectmail.example.net/validate?id=Q2x8Lw0pNc\n\n"
          "Cette validation n'est à faire qu'une seule fois. Sans action de votre part sous 7 jours, votre message sera supprimé.\n\n"
          "Objet du message en attente : %s\nDate : 30/11/2026 11:02\n\n-- \nMessage automatique – ne pas répondre\n" % rem_subject(350))
    auto("fr_challenge_response_validation_humain", "ProtectMail pour Domaine de Lastours <noreply@protectmail.example.net>",
         "Validation de votre adresse email - message en attente", D(30, 11, 2), cr, "fr", "ProtectMail (challenge-response)",
         "challenge-response: confirm you are human", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")],
         notes="Modelled on French challenge-response anti-spam products")
    auto("es_respuesta_automatica_vuelvo_9", addr("Lucía Martínez", "lucia.martinez@agroebro.example.es"),
         "Respuesta automática: " + rem_subject(395), D(1, 9, 40),
         "Hola,\n\nEstoy fuera de la oficina. Volveré el miércoles 9 de diciembre.\nPara temas de facturación, escriba a "
         "administracion@agroebro.example.es.\n\nBonjour, je suis absente, de retour le 9 décembre.\n\nUn saludo,\nLucía Martínez\n",
         "es", "Agro Ebro (Exchange)", "Spanish/French OOF with return date", facts="ooo_until=2026-12-09", irt=reminder_id(395),
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], mid=mid_outlook(), crlf=True)
    auto("en_automatic_reply_parental_leave_2027", addr("Sarah Nolan", "sarah.nolan@greenfield-analytics.example.com"),
         "Automatic reply: " + rem_subject(370, "en"), D(30, 16, 1, tz="+0000"),
         "Hello,\n\nI am on parental leave and will return on 4 January 2027. For invoices and payments please contact "
         "finance@greenfield-analytics.example.com; for anything else, Tom Whitaker.\n\nBest,\nSarah\n", "en",
         "Greenfield Analytics (Exchange)", "long absence, return date next year", facts="ooo_until=2027-01-04",
         irt=reminder_id(370), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         mid=mid_outlook(), crlf=True, notes="A colleague of this sender writes a human forward in this set")
    auto("fr_secretariat_college_reponse_standard", "Secrétariat - Collège Marcel-Pagnol <secretariat@college-pagnol-lasbordes.fr>",
         "Re: " + rem_subject(385), D(3, 8, 1),
         "Bonjour,\n\nVotre message a bien été reçu par le secrétariat du collège. Il sera transmis au service concerné.\n"
         "Le secrétariat est ouvert du lundi au vendredi de 8h à 12h et de 13h30 à 17h (fermé le mercredi après-midi).\n\n"
         "Pour toute question relative à la gestion financière, merci de contacter l'intendance au 05 61 00 00 04.\n\n"
         "Ceci est une réponse automatique.\n", "fr", "Collège Marcel-Pagnol (secrétariat)", "standing autoresponder, no date",
         irt=reminder_id(385), headers=[("Auto-Submitted", "auto-replied")])
    auto("fr_gmail_formation_retour_jeudi", addr("Fatou Diallo", "mdq.croixdaurade@example.org"), "Re: " + rem_subject(376),
         D(30, 9, 0), "Bonjour,\n\nJe suis en formation jusqu'au mercredi 2 décembre au soir, avec un accès limité à mes mails. "
         "Je traiterai votre message à mon retour, le jeudi 3 décembre.\n\nPour une urgence : accueil de la maison de quartier "
         "au 05 61 00 00 05.\n\nFatou\n", "fr", "Maison de quartier Croix-Daurade (Gmail vacation)", "Gmail vacation, training, return day",
         facts="ooo_until=2026-12-03", irt=reminder_id(376), headers=[("Auto-Submitted", "auto-replied")], mid=mid_gmail())
    auto("fr_adresse_plus_consultee_x_autoreply", "contact@traiteur-garrigues.fr", "Changement d'adresse email",
         D(2, 13, 30), "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er novembre 2026.\nMerci d'écrire désormais à : "
         "bonjour@garrigues-traiteur.fr\n\nVotre message n'a pas été transféré.\n\nL'équipe Garrigues Traiteur\n", "fr",
         "Garrigues Traiteur (sieve vacation)", "address no longer read, X-Autoreply header",
         headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied (vacation)")], irt=reminder_id(393))
    auto("fr_mairie_accuse_reception_crpa", "Mairie de Lasbordes-sur-Hers <ne-pas-repondre@mairie-lasbordes-hers.fr>",
         "Accusé de réception de votre envoi électronique", D(30, 9, 6),
         "Madame, Monsieur,\n\nConformément aux articles L.112-11 et R.112-11-1 du Code des relations entre le public et "
         "l'administration, nous accusons réception de votre envoi électronique du 30/11/2026 à 09:05, objet : « %s ».\n\n"
         "Il a été enregistré sous le numéro 2026-CR-004512 et transmis au service Finances.\n\nLe présent accusé de réception ne "
         "préjuge pas de la suite qui sera donnée à votre demande.\n\nMessage automatique, merci de ne pas répondre.\n" % rem_subject(349),
         "fr", "Mairie de Lasbordes-sur-Hers (CRPA AR)", "French public administration legal acknowledgement of receipt",
         irt=reminder_id(349), headers=[("Auto-Submitted", "auto-generated")])


# ================================================================ bounce

def orig_headers(inv, to, date, lang="fr", n=1, full=False):
    h = ("Return-Path: <%s>\nReceived: from ferrand-nutrition.fr (unknown [10.108.2.41])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTPSA id 4Zk%s\n"
         "\tfor <%s>; %s\nFrom: =?utf-8?q?Salom=C3=A9_Ferrand?= <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
         % (OWNER, RNG.randint(100, 999), ralnum(8), to, date, OWNER, to, hdr(rem_subject(inv, lang, n)), date, reminder_id(inv, n)))
    if full:
        h += "\n" + rem_body(inv, "…", "…", "…", lang)
    return h


def dsn_part(reporting, recips, arrival, extra=""):
    t = "Reporting-MTA: dns; %s\n%sArrival-Date: %s\n" % (reporting, extra, arrival)
    for r in recips:
        t += "\nFinal-Recipient: rfc822; %s\n" % r["rcpt"]
        if r.get("orig"):
            t += "Original-Recipient: rfc822;%s\n" % r["orig"]
        t += "Action: %s\nStatus: %s\n" % (r["action"], r["status"])
        if r.get("remote"):
            t += "Remote-MTA: dns; %s\n" % r["remote"]
        if r.get("diag"):
            t += "Diagnostic-Code: smtp; %s\n" % r["diag"]
        if r.get("last"):
            t += "Last-Attempt-Date: %s\n" % r["last"]
        if r.get("until"):
            t += "Will-Retry-Until: %s\n" % r["until"]
    return part("message/delivery-status", t, None, "7bit")


def bounce(name, frm, subject, date, body, lang, group, pattern, facts, extra=(), notes="", crlf=False, mid=None, to=None):
    dom = frm.split("@")[-1].rstrip(">")
    h = [("Return-Path", "<>"), ("From", frm), ("To", to or OWNER), ("Subject", hdr(subject)), ("Date", date),
         ("Message-ID", mid or "<%s@%s>" % (rHEX(12), dom))] + list(extra) + [("MIME-Version", "1.0")]
    add("bounce", name, msg(h, body, crlf=crlf), lang, group=group, pattern=pattern, facts=facts, notes=notes)


POSTFIX_TXT = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
               "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
               "                   The mail system\n\n<%s>: %s\n")


def build_bounces():
    # 1 Gmail (owner's Gmail 'send as' relay)
    rc = "factures@kilowattmobility.io"
    od = "Mon, 30 Nov 2026 10:02:11 +0100"
    txt = ("\n** Adresse introuvable **\n\nVotre message n'a pas pu être transmis à %s, car l'adresse est introuvable ou ne peut pas "
           "recevoir d'e-mails.\n\nPour en savoir plus, consultez la page https://support.google.com/mail/?p=NoSuchUser\n\n"
           "La réponse du serveur distant était :\n550 5.1.1 The email account that you tried to reach does not exist. Please try\n"
           "550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n"
           "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5a478bee46e88-2f1c3a9a0d7si2231467eaf.41 - gsmtp\n" % rc)
    body = multi("report", [
        multi("related", [multi("alternative", [part("text/plain", txt, "UTF-8", "quoted-printable"),
                                                part("text/html", "<html><body><h2>Adresse introuvable</h2>" + html_paras(txt) + "</body></html>\n", "UTF-8", "quoted-printable")])]),
        dsn_part("googlemail.com", [dict(rcpt=rc, action="failed", status="5.1.1", remote="aspmx.l.google.com. (142.250.27.26, the server for the domain kilowattmobility.io.)",
                                         diag="550-5.1.1 The email account that you tried to reach does not exist.", last="Mon, 30 Nov 2026 01:02:14 -0800 (PST)")],
                 "Mon, 30 Nov 2026 01:02:12 -0800 (PST)", extra="Received-From-MTA: dns; salome@ferrand-nutrition.fr\n"),
        part("text/rfc822-headers", orig_headers(355, rc, od, "en"), None, "7bit")],
        boundary="0000000000%s" % rhex(14), params="; report-type=delivery-status")
    bounce("gmail_adresse_introuvable_fr", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
           "Delivery Status Notification (Failure)", "Mon, 30 Nov 2026 01:02:14 -0800 (PST)", body, "fr", "Gmail",
           "Gmail NDR in French UI, 5.1.1", "failed_recipient=" + rc, extra=[("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied")],
           mid="<%s@mx.google.com>" % ralnum(22),
           notes="Structure after public Gmail DSN samples (sisimai set-of-emails / MailBounceDetector README)")
    # 2 Exchange Online, French
    rc = "comptabilite@clinique-parc-lalande.fr"
    txt = ("Votre message n'a pas pu être remis à comptabilite@clinique-parc-lalande.fr, car l'adresse est introuvable ou "
           "n'est plus valide.\n\nComment résoudre le problème ?\nVérifiez l'adresse e-mail du destinataire et renvoyez le message. "
           "Si le problème persiste, contactez l'administrateur de messagerie du destinataire.\n\n"
           "Plus d'informations pour les administrateurs de messagerie\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient comptabilite@clinique-parc-lalande.fr not found by SMTP address lookup'\n\nServeur générant : PAXP192MB1234.EURP192.PROD.OUTLOOK.COM\n")
    body = multi("report", [
        multi("alternative", [part("text/plain", txt, "utf-8", "quoted-printable"),
                              part("text/html", "<html><body>" + html_paras(txt) + "</body></html>\n", "utf-8", "quoted-printable")]),
        dsn_part("PAXP192MB1234.EURP192.PROD.OUTLOOK.COM", [dict(rcpt=rc, action="failed", status="5.1.10",
                 diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
                 "Thu, 26 Nov 2026 14:00:21 +0000"),
        part("message/rfc822", orig_headers(381, rc, "Thu, 26 Nov 2026 15:00:19 +0100", full=True), None, "8bit")],
        boundary="_%s_" % rhex(32), params="; report-type=delivery-status")
    bounce("exchange_online_non_remis_fr", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@clinique-parc-lalande.fr>",
           "Non remis : " + rem_subject(381), D(1, 15, 0, tz="+0000"), body, "fr", "Exchange Online",
           "EXO NDR French 'Non remis :', 5.1.10", "failed_recipient=" + rc, extra=[("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")], crlf=True)
    # 3 Exchange on-prem quota, English
    rc = "j.sarda@transports-sarda.fr"
    txt = ("Delivery has failed to these recipients or groups:\n\nJean SARDA (j.sarda@transports-sarda.fr)\nThe recipient's mailbox is full "
           "and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: EXCH01.transports-sarda.local\n\nj.sarda@transports-sarda.fr\n"
           "#550 5.2.2 STOREDRV.Deliver; mailbox full ##\n")
    body = multi("report", [part("text/plain", txt, "us-ascii", "quoted-printable"),
                            dsn_part("EXCH01.transports-sarda.local", [dict(rcpt=rc, action="failed", status="5.2.2", diag="550 5.2.2 STOREDRV.Deliver; mailbox full")],
                                     "Tue, 1 Dec 2026 09:31:02 +0100"),
                            part("text/rfc822-headers", orig_headers(394, rc, "Tue, 1 Dec 2026 09:31:00 +0100"), None, "7bit")],
                 params="; report-type=delivery-status")
    bounce("exchange_onprem_mailbox_full_en", "postmaster@transports-sarda.fr", "Undeliverable: " + rem_subject(394), D(1, 9, 31),
           body, "en", "Exchange Server 2019", "on-prem Exchange, mailbox full 5.2.2", "failed_recipient=" + rc, crlf=True)
    # 4 Orange (me-wanadoo.net), no delivery-status part
    rc = "gestion@ecurie-des-coteaux.fr"
    txt = ("Ce message vous a été envoyé par le serveur de messagerie mwinf5d42.me-wanadoo.net.\n(This message was sent to you by the "
           "mailer daemon at mwinf5d42.me-wanadoo.net.)\n\nJ'ai le regret de vous informer que votre courrier n'a pas pu être transmis "
           "à tous ses destinataires.\n(Sorry, but your mail could not be delivered to all recipients.)\n\n"
           "<gestion@ecurie-des-coteaux.fr>:\n    Echec permanent de la remise / Permanent failure:\n    "
           "550 5.1.1 <gestion@ecurie-des-coteaux.fr>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
           "Pour toute aide, écrivez à <postmaster@orange.fr>.\n\n------ Le message d'origine suit / Original message follows ------\n\n"
           + orig_headers(396, rc, "Wed, 2 Dec 2026 10:40:03 +0100"))
    body = multi("mixed", [part("text/plain", txt, "iso-8859-1", "8bit")], preamble="Ce message est encapsule avec le format MIME.\nThis is a MIME-encapsulated message.\n")
    bounce("orange_echec_remise_sans_dsn", "Mail Delivery System <MAILER-DAEMON@mwinf5d42.me-wanadoo.net>",
           "Mail Delivery Failure Notice", D(2, 10, 40), body, "fr", "Orange", "bilingual FR/EN, no message/delivery-status part",
           "failed_recipient=" + rc, notes="No machine-readable DSN; recipient domain hosted by Orange, accepted then bounced by Orange; template after "
           "a public bilingual 'Mail Delivery Failure Notice' mailer template")
    # 5 Free (postfix)
    rc = "direction@creche-lesloupiots.fr"
    txt = POSTFIX_TXT % ("smtp5-g21.free.fr", rc, "Host or domain name not found. Name service error for\n    name=creche-lesloupiots.fr type=MX: Host not found")
    body = multi("report", [part("text/plain", txt, "us-ascii", "7bit", headers=("Content-Description: Notification",)),
                            dsn_part("smtp5-g21.free.fr", [dict(rcpt=rc, orig=rc, action="failed", status="5.4.4",
                                     diag="Host or domain name not found. Name service error for name=creche-lesloupiots.fr type=MX: Host not found")],
                                     "Thu,  3 Dec 2026 08:12:40 +0100 (CET)", extra="X-Postfix-Queue-ID: 4ZmQ2r3Lk8z1Jk\nX-Postfix-Sender: rfc822; " + OWNER + "\n"),
                            part("text/rfc822-headers", orig_headers(397, rc, "Thu, 3 Dec 2026 08:12:38 +0100"), None, "7bit")],
                 boundary="4ZmQ2r3Lk8z1Jk.%d/smtp5-g21.free.fr" % RNG.randint(10 ** 9, 10 ** 10), params="; report-type=delivery-status")
    bounce("free_postfix_domaine_introuvable", "MAILER-DAEMON@smtp5-g21.free.fr (Mail Delivery System)",
           "Undelivered Mail Returned to Sender", "Thu,  3 Dec 2026 08:12:41 +0100 (CET)", body, "en", "Free",
           "Postfix NDR, domain not found 5.4.4", "failed_recipient=" + rc, extra=[("Auto-Submitted", "auto-replied")])
    # 6 OVH (postfix), user unknown
    rc = "comptabilite@sarl-montauriol.fr"
    txt = POSTFIX_TXT % ("mo201.mail-out.ovh.net", rc, "host mx1.sarl-montauriol.fr[51.91.12.34] said: 550 5.1.1\n"
                         "    <comptabilite@sarl-montauriol.fr>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)")
    body = multi("report", [part("text/plain", txt, "us-ascii", "7bit", headers=("Content-Description: Notification",)),
                            dsn_part("mo201.mail-out.ovh.net", [dict(rcpt=rc, orig=rc, action="failed", status="5.1.1", remote="mx1.sarl-montauriol.fr",
                                     diag="550 5.1.1 <comptabilite@sarl-montauriol.fr>: Recipient address rejected: User unknown in local recipient table")],
                                     "Tue,  1 Dec 2026 10:00:03 +0100 (CET)", extra="X-Postfix-Queue-ID: 4ZlW0b1Kq2z1xY\n"),
                            part("message/rfc822", orig_headers(398, rc, "Tue, 1 Dec 2026 10:00:01 +0100", full=True), None, "8bit",
                                 headers=("Content-Description: Undelivered Message",))],
                 boundary="4ZlW0b1Kq2z1xY.%d/mo201.mail-out.ovh.net" % RNG.randint(10 ** 9, 10 ** 10), params="; report-type=delivery-status")
    bounce("ovh_postfix_user_unknown", "MAILER-DAEMON@mo201.mail-out.ovh.net (Mail Delivery System)",
           "Undelivered Mail Returned to Sender", "Tue,  1 Dec 2026 10:00:04 +0100 (CET)", body, "en", "OVHcloud MX Plan",
           "Postfix NDR with full returned message", "failed_recipient=" + rc)
    # 7 OVH postfix delay warning
    rc = "compta@garonne-bio.fr"
    txt = ("This is the mail system at host mo202.mail-out.ovh.net.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
           "####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
           "It will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "                   The mail system\n\n<%s>: connect to mx.garonne-bio.fr[185.22.10.4]:25: Connection timed out\n" % rc)
    body = multi("report", [part("text/plain", txt, "us-ascii", "7bit", headers=("Content-Description: Notification",)),
                            dsn_part("mo202.mail-out.ovh.net", [dict(rcpt=rc, orig=rc, action="delayed", status="4.4.1",
                                     diag="connect to mx.garonne-bio.fr[185.22.10.4]:25: Connection timed out", until="Sat, 5 Dec 2026 09:14:22 +0100 (CET)")],
                                     "Mon, 30 Nov 2026 09:14:22 +0100 (CET)", extra="X-Postfix-Queue-ID: 4ZkP1m2Cx9z2Ab\n"),
                            part("text/rfc822-headers", orig_headers(399, rc, "Mon, 30 Nov 2026 09:14:20 +0100"), None, "7bit")],
                 params="; report-type=delivery-status")
    bounce("ovh_postfix_delayed_warning", "MAILER-DAEMON@mo202.mail-out.ovh.net (Mail Delivery System)",
           "Delayed Mail (still being retried)", "Mon, 30 Nov 2026 13:20:51 +0100 (CET)", body, "en", "OVHcloud MX Plan",
           "Postfix delay warning, action delayed", "failed_recipient=%s;bounce_final=no" % rc)
    # 8 Gmail delay
    rc = "admin@lauragais-bio-restauration.fr"
    txt = ("** Message non distribué pour le moment **\n\nUn problème temporaire empêche la distribution de votre message à %s. "
           "Gmail effectuera de nouvelles tentatives pendant 46 heures. Vous serez averti si la distribution échoue définitivement.\n\n"
           "La réponse du serveur distant était :\n451 4.7.1 Greylisting in action, please come back later\n" % rc)
    body = multi("report", [
        multi("alternative", [part("text/plain", txt, "UTF-8", "quoted-printable"),
                              part("text/html", "<html><body><h2>Message non distribué pour le moment</h2>" + html_paras(txt) + "</body></html>\n", "UTF-8", "quoted-printable")]),
        dsn_part("googlemail.com", [dict(rcpt=rc, action="delayed", status="4.7.1", remote="mx.lauragais-bio-restauration.fr.",
                                         diag="451 4.7.1 Greylisting in action, please come back later", until="Fri, 04 Dec 2026 06:30:00 -0800 (PST)")],
                 "Wed, 02 Dec 2026 08:30:00 -0800 (PST)"),
        part("text/rfc822-headers", orig_headers(400, rc, "Wed, 2 Dec 2026 17:29:58 +0100"), None, "7bit")],
        boundary="0000000000%s" % rhex(14), params="; report-type=delivery-status")
    bounce("gmail_delay_greylisting", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)",
           "Wed, 02 Dec 2026 11:31:06 -0800 (PST)", body, "fr", "Gmail", "Gmail delay warning, greylisting 4.7.1",
           "failed_recipient=%s;bounce_final=no" % rc, extra=[("Auto-Submitted", "auto-replied")])
    # 9 Exim
    rc = "info@domaine-de-peyrolles.fr"
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    SMTP error from remote mail server after RCPT TO:<%s>:\n"
           "    550 No Such User Here\"\n\n------ This is a copy of the message, including all the headers. ------\n\n" % (rc, rc)
           + orig_headers(401, rc, "Fri, 4 Dec 2026 11:05:12 +0100", full=True))
    bounce("exim_cpanel_no_such_user", "Mail Delivery System <Mailer-Daemon@cpanel-host12.o2switch.net>",
           "Mail delivery failed: returning message to sender", D(4, 11, 5, 14),
           part("text/plain", txt, "utf-8", "8bit"), "en", "Exim (shared hosting)", "Exim plain-text bounce, no DSN part",
           "failed_recipient=" + rc, extra=[("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied")])
    # 10 Postfix at the recipient's ISP, over quota
    rc = "a.rouquette@example.net"
    txt = POSTFIX_TXT % ("mo203.mail-out.ovh.net", rc, "host mx.example.net[192.0.2.25] said: 552 5.2.2 Mailbox\n"
                         "    over quota / Boite aux lettres pleine (in reply to RCPT TO command)")
    body = multi("report", [part("text/plain", txt, "us-ascii", "7bit", headers=("Content-Description: Notification",)),
                            dsn_part("mo203.mail-out.ovh.net", [dict(rcpt=rc, orig=rc, action="failed", status="5.2.2", remote="mx.example.net",
                                     diag="552 5.2.2 Mailbox over quota / Boite aux lettres pleine")], "Fri,  4 Dec 2026 17:40:10 +0100 (CET)"),
                            part("text/rfc822-headers", orig_headers(374, rc, "Fri, 4 Dec 2026 17:40:08 +0100", n=2), None, "7bit")],
                 params="; report-type=delivery-status")
    bounce("postfix_boite_pleine_552", "MAILER-DAEMON@mo203.mail-out.ovh.net (Mail Delivery System)",
           "Undelivered Mail Returned to Sender", "Fri,  4 Dec 2026 17:40:11 +0100 (CET)", body, "en", "OVHcloud MX Plan",
           "mailbox over quota 552 with French remote text", "failed_recipient=" + rc,
           notes="Old address of a client family that also replied from another address")
    # 11 Mimecast-style policy rejection via Exchange relay
    rc = "purchasing@orbitalsensors.example.com"
    txt = ("Your message couldn't be delivered to purchasing@orbitalsensors.example.com.\n\nThe recipient's organisation rejected the "
           "message because of a security policy: 550 5.7.1 Rejected by header based Anti-Spoofing policy: salome@ferrand-nutrition.fr - "
           "https://community.mimecast.com/docs/DOC-1369#550 [dfe8fR2GNpKq0ZZy_fVfQw.uk45]\n\nWhat should I do?\nContact the recipient by "
           "another means and ask them to add your address to their permitted senders.\n")
    body = multi("report", [part("text/plain", txt, "utf-8", "quoted-printable"),
                            dsn_part("mo204.mail-out.ovh.net", [dict(rcpt=rc, action="failed", status="5.7.1", remote="eu-smtp-inbound-1.mimecast.com",
                                     diag="550 5.7.1 Rejected by header based Anti-Spoofing policy")], "Thu, 3 Dec 2026 16:22:05 +0100"),
                            part("text/rfc822-headers", orig_headers(356, rc, "Thu, 3 Dec 2026 16:22:03 +0100", "en"), None, "7bit")],
                 params="; report-type=delivery-status")
    bounce("policy_rejection_571_antispoofing", "Mail Delivery System <MAILER-DAEMON@mo204.mail-out.ovh.net>",
           "Undeliverable: " + rem_subject(356, "en"), D(3, 16, 22), body, "en", "Mimecast (via OVH relay)",
           "rejected by recipient's security policy 5.7.1", "failed_recipient=" + rc)


# ================================================================ other

def other(name, frm, subject, date, lang, group, pattern, text=None, html=None, extra=(), notes="", provider="",
          charset="utf-8", cte="quoted-printable", attachments=(), to=None, mid=None, body=None, crlf=False):
    if body is None:
        if text is not None and html is not None:
            body = multi("alternative", [part("text/plain", text, charset, cte), part("text/html", html, charset, cte)])
        elif html is not None:
            body = part("text/html", html, charset, cte)
        else:
            body = part("text/plain", text, charset, cte)
        if attachments:
            body = multi("mixed", [body] + list(attachments))
    dom = frm.split("@")[-1].rstrip(">")
    h = [("From", frm), ("To", to or OWNER), ("Subject", hdr(subject)), ("Date", date), ("Message-ID", mid or mid_plain(dom, 24))]
    h += list(extra) + [("MIME-Version", "1.0")]
    add("other", name, msg(h, body, crlf=crlf), lang, provider=provider, group=group, pattern=pattern, notes=notes)


def unsub(url, mail=None):
    v = "<%s>" % url if not mail else "<mailto:%s>, <%s>" % (mail, url)
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def build_others():
    other("fr_qonto_newsletter_nouveautes", "Qonto <newsletter@qonto.com>", "Décembre chez Qonto : 3 nouveautés pour clôturer l'année sereinement",
          D(1, 10, 0), "fr", "Qonto (marketing)", "bank's own newsletter, mentions 'virement' and 'paiement'", provider="Qonto",
          html=simple_html("Les nouveautés de décembre", [("Nouveau", "Virements groupés jusqu'à 400 bénéficiaires"),
                                                         ("Nouveau", "Relances automatiques de vos factures clients"),
                                                         ("Bientôt", "Facturation électronique 2026 : êtes-vous prêt ?")],
                           "Bonjour Salomé,<br>Ce mois-ci, on vous aide à être payée plus vite et à préparer la facturation électronique.",
                           '<a href="https://qonto.com/fr/blog">Lire le blog</a>', "#1d1d1b",
                           "Vous recevez cet e-mail car vous êtes client Qonto. <a href=\"https://qonto.com/unsubscribe\">Se désabonner</a>. " + html_escape(QONTO_FOOT)),
          extra=unsub("https://qonto.com/fr/unsubscribe?u=8f3a", "unsubscribe@qonto.com"))
    other("fr_ovhcloud_facture_disponible", "OVHcloud <noreply@ovh.net>", "Votre facture OVHcloud FR58214790", D(1, 4, 12), "fr",
          "OVHcloud (supplier)", "supplier invoice to the owner, paid by direct debit", provider="OVHcloud",
          text="Bonjour,\n\nVotre facture FR58214790 d'un montant de 7,19 € TTC est disponible dans votre Espace Client :\n"
          "https://www.ovh.com/manager/#/dedicated/billing/history\n\nRéférence client : fs12345-ovh\nMoyen de paiement : prélèvement SEPA "
          "(le montant sera prélevé sous 5 jours)\n\nDétail :\n- Hébergement Perso ferrand-nutrition.fr – 12 mois\n- MX Plan – 5 comptes\n\n"
          "Cordialement,\nLe Support OVHcloud\n\nCet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\n"
          "OVH SAS – 2 rue Kellermann – 59100 Roubaix – RCS Lille Métropole 424 761 419 00045\n")
    other("fr_free_pro_facture_prelevee_le_10", "Free Pro <facture@freepro.fr>", "Votre facture Free Pro de novembre 2026", D(2, 5, 30),
          "fr", "Free Pro (supplier)", "telecom invoice, future direct debit date", provider="Free Pro",
          text="Bonjour,\n\nVotre facture Free Pro n° 2026-11-774512 est disponible dans votre espace abonné.\n\nMontant : 39,99 € TTC\n"
          "Ce montant sera prélevé sur votre compte le 10/12/2026.\n\nL'équipe Free Pro\nCe message est envoyé automatiquement.\n")
    other("fr_expert_comptable_facture_honoraires", "Cabinet Sarrat Expertise <facturation@sarrat-expertise.fr>",
          "Facture d'honoraires H2026-1187 - FERRAND SALOME", D(30, 14, 22), "fr", "Cabinet Sarrat Expertise (accountant)",
          "accountant's invoice to the owner with PDF, payment terms", text="Madame,\n\nVeuillez trouver ci-joint notre facture d'honoraires "
          "n° H2026-1187 relative à la tenue et à la déclaration 2035 de l'exercice 2026, d'un montant de 540,00 € TTC, payable à 30 jours "
          "par virement (IBAN en bas de facture).\n\nNous restons à votre disposition.\n\nBien cordialement,\nLe service facturation\n"
          "Cabinet Sarrat Expertise – Expertise comptable – Membre de l'Ordre des experts-comptables d'Occitanie\n",
          attachments=[attach("application/pdf", "H2026-1187.pdf", pdf(["CABINET SARRAT EXPERTISE", "FACTURE H2026-1187",
                                                                         "Client : FERRAND SALOME", "Honoraires tenue 2026 : 450,00 EUR HT",
                                                                         "TVA 20 % : 90,00 EUR", "Total TTC : 540,00 EUR", "Echeance : 30/12/2026"], "H2026-1187"))])
    other("fr_urssaf_nouveau_document", "Urssaf <ne-pas-repondre@urssaf.fr>", "Un nouveau document est disponible dans votre espace",
          D(1, 7, 2), "fr", "Urssaf", "public body notification, no amount", provider="Urssaf",
          text="Madame FERRAND,\n\nUn nouveau document est disponible dans votre espace personnel sur urssaf.fr : « Échéancier de "
          "cotisations provisionnelles 2027 ».\n\nPour le consulter, connectez-vous à votre espace.\n\nVotre Urssaf Midi-Pyrénées\n\n"
          "Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez la messagerie de votre espace.\n")
    other("fr_impots_avis_cfe_disponible", "DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>", "Votre avis de CFE est disponible",
          D(30, 6, 45), "fr", "impots.gouv.fr", "tax notice available, payment due date", provider="DGFiP",
          text="Madame,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur "
          "impots.gouv.fr, rubrique « Consulter > Avis CFE ».\n\nLa date limite de paiement est fixée au 15 décembre 2026. Le paiement doit "
          "être effectué par un moyen dématérialisé (prélèvement à l'échéance ou paiement direct en ligne).\n\nLa Direction générale des "
          "Finances publiques\n\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.\n", charset="iso-8859-1")
    other("fr_doctolib_nouveau_rendez_vous", "Doctolib <no-reply@doctolib.fr>", "Nouveau rendez-vous : Claire Bonnet - jeu. 10 déc. à 10:30",
          D(2, 19, 12), "fr", "Doctolib (practitioner notification)", "appointment booked by a patient", provider="Doctolib",
          html=simple_html("Nouveau rendez-vous", [("Patient", "Claire Bonnet"), ("Motif", "Consultation de suivi diététique"),
                                                  ("Date", "jeudi 10 décembre 2026 à 10:30"), ("Lieu", "Cabinet – 12 rue des Filatiers, Toulouse")],
                           "Bonjour Salomé Ferrand,<br>Un rendez-vous a été pris en ligne.", "L'équipe Doctolib", "#107aca",
                           "Vous recevez cet e-mail en tant qu'utilisatrice de Doctolib. Gérez vos notifications dans vos paramètres."))
    other("en_linkedin_search_appearances", "LinkedIn <notifications-noreply@linkedin.com>", "Salomé, you appeared in 14 searches this week",
          D(3, 8, 16, tz="+0000"), "en", "LinkedIn", "social network notification", provider="LinkedIn",
          text="You appeared in 14 searches this week\n\nSearchers were from: Airbus, Groupe Rive Sud, Université Toulouse III\n"
          "See all searches: https://www.linkedin.com/me/search-appearances/\n\n----------------------------------------\n"
          "This email was intended for Salomé Ferrand (Dietitian-nutritionist | Workplace & school workshops)\n"
          "You are receiving LinkedIn notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe\n"
          "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n", extra=unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x"))
    other("fr_phishing_credit_agricole_suspension", "Credit Agricole <securite@ca-verif-client.com>",
          "Action requise : votre accès sera suspendu sous 24h", D(2, 3, 14), "fr", "phishing (Crédit Agricole imitation)",
          "phishing imitating a bank, lookalike domain", notes="Phishing: label other although it imitates a bank",
          html="<html><body style=\"font-family:Arial\"><img src=\"http://ca-verif-client.com/logo.png\"><p>Cher(e) client(e),</p>"
               "<p>Suite à la nouvelle réglementation DSP2, votre Sécuripass doit être réactivé. Sans action de votre part, l'accès à votre "
               "compte sera <b>suspendu sous 24h</b> et vos virements en attente seront bloqués.</p><p><a href=\"http://ca-verif-client.com/securipass/?id=8842\">"
               "Réactiver mon Sécuripass</a></p><p>Crédit Agricole - Service Sécurité</p></body></html>\n",
          extra=[("Reply-To", "support@ca-verif-client.com"), ("X-Mailer", "PHPMailer 6.1.4")])
    other("fr_phishing_paypal_paiement_bloque", "PayPal <service@paypal-notification-fr.com>",
          "Vous avez reçu un paiement de 1 480,00 EUR - action requise", D(3, 22, 51), "fr", "phishing (PayPal imitation)",
          "phishing mimicking a money-received notice", notes="Mimics a payment notice; not from paypal.fr",
          text="Bonjour,\n\nVous avez reçu un paiement de 1 480,00 EUR de Groupe Nova Santé.\n\nPour des raisons de sécurité, les fonds sont "
          "temporairement bloqués. Confirmez vos informations bancaires pour débloquer le paiement :\nhttp://paypal-notification-fr.com/release?tx=88AB21\n\n"
          "Sans confirmation sous 48 heures, le paiement sera retourné à l'expéditeur.\n\nL'équipe PayPal\n",
          extra=[("Reply-To", "paypal.verification@example.net")])
    other("fr_spam_vous_avez_gagne", "Jeu Concours Cuisine <gagnant@promo-cuisine-plus.example.com>",
          "🎉 Félicitations Salomé, vous avez gagné un robot cuiseur !", D(30, 4, 2), "fr", "spam", "prize spam",
          html="<html><body><h1>FÉLICITATIONS !</h1><p>Votre adresse a été tirée au sort : vous avez gagné un robot cuiseur d'une valeur de 1 499 € !</p>"
               "<p>Il ne reste que les frais de livraison (1,95 €) à régler.</p><p><a href=\"http://promo-cuisine-plus.example.com/claim\">Je récupère mon cadeau</a></p>"
               "<p style=\"font-size:9px\">Pour ne plus recevoir nos offres, cliquez ici.</p></body></html>\n")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20261210T113000Z\r\nDTEND:20261210T130000Z\r\nDTSTAMP:20261201T091500Z\r\n"
           "ORGANIZER;CN=Nadia Belkacem:mailto:cse@occitanie-composites.fr\r\nUID:5h2k8q9lq3m1v0o7d0p4s6a1rt@google.com\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=salome@ferrand-nutrition.fr;X-NUM-GUESTS=0:mailto:salome@ferrand-nutrition.fr\r\n"
           "SUMMARY:Atelier nutrition - CSE Occitanie Composites\r\nLOCATION:Salle de réunion B\\, 14 rue de l'Aéropostale\\, Blagnac\r\n"
           "DESCRIPTION:Atelier « Manger équilibré en horaires postés » – 20 participants.\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    txt = ("Vous avez reçu une invitation à l'événement suivant.\n\nAtelier nutrition - CSE Occitanie Composites\n"
           "Quand : jeudi 10 déc. 2026 12:30 – 14:00 (heure normale d'Europe centrale - Paris)\nOù : Salle de réunion B, 14 rue de l'Aéropostale, Blagnac\n"
           "Organisateur : Nadia Belkacem\n\nRépondre : Oui | Peut-être | Non\n\nInvitation de Google Agenda\n")
    body = multi("mixed", [multi("alternative", [part("text/plain", txt, "UTF-8", "quoted-printable"),
                                                 part("text/html", "<html><body>" + html_paras(txt) + "</body></html>\n", "UTF-8", "quoted-printable"),
                                                 part("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")]),
                           part("application/ics", ics, None, "base64", params='; name="invite.ics"',
                                headers=('Content-Disposition: attachment; filename="invite.ics"',))])
    other("fr_google_agenda_invitation_atelier", addr("Nadia Belkacem", "cse@occitanie-composites.fr"),
          "Invitation: Atelier nutrition - CSE Occitanie Composites @ jeu. 10 déc. 2026 12:30 - 14:00 (heure normale d'Europe centrale - Paris) (salome@ferrand-nutrition.fr)",
          D(1, 10, 15, tz="+0000"), "fr", "Google Calendar", "calendar invitation with text/calendar REQUEST", body=body,
          extra=[("Sender", "Google Agenda <calendar-notification@google.com>"), ("Reply-To", "cse@occitanie-composites.fr")],
          mid=mid_gmail().replace("mail.gmail", "google"), notes="From a client's person but generated by Google Calendar")
    other("fr_colissimo_colis_en_route", "Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis 6A23456789012 est en route",
          D(2, 9, 5), "fr", "Colissimo", "shipping notice", provider="Colissimo",
          html=simple_html("Votre colis est en route", [("N° de colis", "6A23456789012"), ("Expéditeur", "NUTRI-DIDACTIQUE"), ("Livraison prévue", "vendredi 4 décembre")],
                           "Bonjour,<br>Votre colis (kit d'aliments factices pour ateliers) a été pris en charge.", "À bientôt,<br>Colissimo", "#ffd400",
                           "Ce message vous est adressé automatiquement, merci de ne pas y répondre."),
          notes="Colissimo notices come from notif-colissimo-laposte.info")
    other("fr_malt_nouvelle_proposition_mission", "Malt <notifications@malt.com>", "Nouvelle proposition de projet : Ateliers nutrition pour 3 agences",
          D(3, 11, 40), "fr", "Malt (marketplace)", "marketplace notification of a project offer", provider="Malt",
          text="Bonjour Salomé,\n\nGroupe Immobilier Méridien souhaite vous proposer un projet :\n\n« Ateliers nutrition pour 3 agences » – "
          "budget indicatif 1 500 € – démarrage janvier 2027\n\nRépondez rapidement pour augmenter vos chances : https://www.malt.fr/messages\n\n"
          "L'équipe Malt\nVous recevez cet e-mail car vous avez un profil freelance sur Malt. Gérer mes notifications.\n",
          extra=unsub("https://www.malt.fr/notifications/unsubscribe?t=a1"))
    other("fr_afdn_renouvellement_adhesion", "AFDN <adhesions@afdn.org>", "Renouvelez votre adhésion 2027 à l'AFDN", D(30, 16, 0), "fr",
          "AFDN (professional association)", "professional body membership renewal",
          text="Chère consœur,\n\nVotre adhésion à l'Association Française des Diététiciens Nutritionnistes arrive à échéance le 31 décembre 2026.\n"
          "Renouvelez-la dès maintenant pour continuer à bénéficier de la revue, des webinaires et de l'assistance juridique.\n\n"
          "Cotisation libérale 2027 : 165 €\nRenouveler : https://www.afdn.org/adhesion\n\nLe secrétariat de l'AFDN\n",
          extra=unsub("https://www.afdn.org/desinscription"))
    other("fr_macsf_avis_echeance_rcp", "MACSF <ne-pas-repondre@macsf.fr>", "Votre avis d'échéance 2027 est disponible", D(2, 7, 30),
          "fr", "MACSF (insurer)", "insurer's renewal notice, direct debit schedule", provider="MACSF",
          text="Madame Ferrand,\n\nL'avis d'échéance 2027 de votre contrat Responsabilité Civile Professionnelle n° 4011223 est disponible "
          "dans votre espace client.\n\nMontant annuel : 457,44 € TTC, réglé par prélèvement mensuel de 38,12 € à partir du 5 janvier 2027.\n\n"
          "MACSF – Mutuelle d'assurances du corps de santé français\nCe courriel est envoyé automatiquement.\n")
    other("fr_agence_appel_loyer_decembre", "Agence Capitole Gestion <gestion-locative@capitole-gestion.fr>",
          "Appel de loyer - décembre 2026 - Cabinet 12 rue des Filatiers", D(30, 6, 0), "fr", "Agence Capitole Gestion (landlord)",
          "rent call from property manager, PDF", text="Madame,\n\nVeuillez trouver ci-joint votre avis d'échéance pour la période du "
          "01/12/2026 au 31/12/2026.\n\nLoyer : 590,00 €\nProvisions sur charges : 60,00 €\nTotal à régler : 650,00 €\n\n"
          "Merci de bien vouloir effectuer votre règlement avant le 5 du mois.\n\nAgence Capitole Gestion – Service gérance\n"
          "Ce message a été envoyé depuis notre logiciel de gestion, merci de ne pas y répondre.\n",
          attachments=[attach("application/pdf", "Avis_echeance_122026.pdf", pdf(["AGENCE CAPITOLE GESTION", "AVIS D'ECHEANCE DECEMBRE 2026",
                                                                                    "Locataire : FERRAND SALOME", "Loyer 590,00 EUR", "Charges 60,00 EUR", "Total 650,00 EUR"], "Avis"))])
    other("fr_edf_facture_electricite", "EDF <service-client@edf.fr>", "Votre facture d'électricité est disponible", D(3, 6, 20), "fr",
          "EDF (utility)", "utility bill notice", provider="EDF",
          html=simple_html("Votre facture est disponible", [("Montant", "84,16 €"), ("Date limite de paiement", "18/12/2026"), ("Référence client", "6 002 345 678")],
                           "Bonjour Madame FERRAND,<br>Votre facture pour le local professionnel 12 rue des Filatiers est disponible dans votre Espace Client.",
                           "Votre conseiller EDF", "#001a70",
                           "EDF SA – 22-30 avenue de Wagram 75008 Paris. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre."),
          extra=unsub("https://particulier.edf.fr/desabonnement"))
    other("fr_dietopro_recu_renouvellement", "DiétoPro <facturation@dietopro.example.com>", "Reçu de paiement - Abonnement DiétoPro 2027",
          D(3, 13, 46), "fr", "DiétoPro (software)", "SaaS receipt for the owner's own purchase",
          text="Merci pour votre renouvellement !\n\nReçu n° R-2026-08812\nAbonnement DiétoPro Cabinet – 12 mois\nMontant payé : 85,00 € TTC "
          "(virement reçu le 03/12/2026)\n\nVotre facture est disponible dans votre compte.\n\nDiétoPro SAS\n")
    other("fr_qonto_nouvelle_connexion_securite", "Qonto <security@qonto.com>", "Nouvelle connexion à votre compte Qonto", D(4, 7, 58),
          "fr", "Qonto (security)", "bank security alert, no money movement", provider="Qonto",
          text="Bonjour Salomé,\n\nUne nouvelle connexion à votre compte a été détectée :\n\nAppareil : Firefox sur Windows\nLieu : Toulouse, France\n"
          "Date : 04/12/2026 à 07:57\n\nSi c'était vous, vous n'avez rien à faire. Sinon, sécurisez votre compte immédiatement depuis l'application.\n\n" + QONTO_FOOT + "\n")
    other("fr_qonto_facture_frais_novembre", "Qonto <no-reply@qonto.com>", "Votre facture Qonto de novembre 2026 est disponible",
          D(1, 8, 0), "fr", "Qonto (fee invoice)", "bank's own fee invoice", provider="Qonto",
          text="Bonjour Salomé,\n\nVotre facture d'abonnement Qonto de novembre 2026 (Solo Basic – 11,00 € HT) est disponible dans "
          "Paramètres > Facturation.\nElle sera débitée automatiquement de votre compte principal.\n\n" + QONTO_FOOT + "\n")
    other("fr_chorus_pro_facture_suspendue", "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
          "[Chorus Pro] Changement de statut de votre facture F-2026-0384", D(2, 11, 2), "fr", "Chorus Pro",
          "public invoicing portal status change (suspended), not a payment", provider="Chorus Pro",
          text="Bonjour,\n\nLa facture n° F-2026-0384 déposée le 20/11/2026 à destination de COLLEGE MARCEL PAGNOL (SIRET 193 100 000 00011) "
          "a changé de statut.\n\nNouveau statut : SUSPENDUE\nMotif : Numéro d'engagement absent ou erroné\nCommentaire du destinataire : "
          "merci d'indiquer le numéro d'engagement juridique EJ 2026-0412.\n\nVous pouvez compléter la facture depuis votre espace Chorus Pro.\n\n"
          "Ce message est envoyé automatiquement par la plateforme Chorus Pro, merci de ne pas y répondre.\n",
          notes="Invoice status notice from the State portal: no money movement")
    other("fr_indy_newsletter_2035", "Indy <newsletter@indy.fr>", "Déclaration 2035 : tout ce qui change en 2027", D(4, 17, 30), "fr",
          "Indy (marketing)", "accounting app newsletter", provider="Indy",
          html=simple_html("Déclaration 2035 : ce qui change", [("Article", "Les nouveaux seuils micro-BNC"), ("Webinar", "Jeudi 17 décembre à 12h30")],
                           "Bonjour Salomé,<br>La saison fiscale approche : on vous résume les nouveautés pour les professions libérales.",
                           "L'équipe Indy", "#4f46e5", "Vous recevez cet e-mail car vous êtes inscrite à la newsletter Indy. Se désinscrire."),
          extra=unsub("https://www.indy.fr/unsubscribe?e=sf"))
    other("fr_prospection_agence_seo", addr("Kevin | Agence Visibilia", "kevin@visibilia-seo.example.com"),
          "Salomé, votre cabinet sur la 1ère page Google ?", D(1, 14, 3), "fr", "cold prospecting", "B2B cold sales e-mail (sequence tool)",
          text="Bonjour Salomé,\n\nEn cherchant « diététicienne Toulouse », j'ai remarqué que ferrand-nutrition.fr n'apparaissait qu'en 3e page.\n\n"
          "Nous accompagnons déjà 40 professionnels de santé en Occitanie. Seriez-vous disponible 15 min cette semaine pour en parler ?\n\n"
          "Kevin\nAgence Visibilia\n\nPS : si ce n'est pas le bon moment, répondez simplement « stop ».\n",
          extra=[("X-Mailer", "lemlist")], notes="Mass cold outreach sent by a sequencing tool: treated as marketing")


# ================================================================ main

def main():
    for lab in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
    build_humans()
    build_payments()
    build_autos()
    build_bounces()
    build_others()
    names = [r["file"] for r in ROWS]
    assert len(names) == len(set(names)), "duplicate file names"
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(r[c] for c in COLS) + "\n")
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(len(ROWS), counts)


if __name__ == "__main__":
    main()
