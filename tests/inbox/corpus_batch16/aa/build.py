#!/usr/bin/env python3
"""Build the final16 blind evaluation set (OUTDIR=/work/scratch/b16/aa) for dunnerd.

Owner: Aurelien Dufresne <aurelien@dufresne-ebeniste.fr>, ebeniste (custom furniture,
fitted kitchens), workshop near Lyon, sole trader (EI).
Every message is written by hand below (standard library only); run: python3 build.py
"""
import base64
import datetime
import html as htmlmod
import os
import quopri
import random
import shutil
from email.header import Header, decode_header, make_header
from email.utils import formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final16"
OWNER_NAME = "Aurélien Dufresne"
OWNER_ADDR = "aurelien@dufresne-ebeniste.fr"
LABELS = ("human_reply", "payment_notification", "auto_reply", "bounce", "other")
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
ROWS = []
RND = random.Random(20261130)

# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(day, h, m, s=None, tz="+0100"):
    """Date header. day 30 -> 30 Nov 2026, 1..4 -> Dec 2026."""
    if s is None:
        s = RND.randint(0, 59)
    d = datetime.date(2026, 11, 30) if day == 30 else datetime.date(2026, 12, day)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1],
                                              d.year, h, m, s, tz)


def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def alnum(n):
    return "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (RND.choice(["+", "J", "K", "H", "F"]), alnum(44))


def mid_outlook(tenant="PAVP195MB"):
    box = "%s%04d" % (tenant, RND.randint(1000, 9999))
    return "<%s%s@%s.EURP195.PROD.OUTLOOK.COM>" % (box, HX(24), box)


def mid_apple(dom):
    return "<%s-%s-%s-%s-%s@%s>" % (HX(8), HX(4), HX(4), HX(4), HX(12), dom)


def mid_generic(dom, pre=""):
    return "<%s%s.%s@%s>" % (pre, hx(16), RND.randint(100000, 999999), dom)


def H(s, cs="utf-8"):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


OWNER = A(OWNER_NAME, OWNER_ADDR)


def to_html(text):
    out = []
    for line in text.split("\n"):
        out.append(htmlmod.escape(line) if line else "")
    return "<br>\n".join(out)


class P:
    """A leaf MIME part."""

    def __init__(self, ctype, text=None, data=None, charset="utf-8", cte="quoted-printable",
                 filename=None, disposition=None, params="", headers=(), cs_quote=True):
        self.ctype, self.text, self.data = ctype, text, data
        self.charset, self.cte, self.filename = charset, cte, filename
        self.disposition, self.params, self.extra = disposition, params, list(headers)
        self.cs_quote = cs_quote

    def head(self):
        ct = self.ctype
        if self.text is not None and self.charset:
            ct += '; charset="%s"' % self.charset if self.cs_quote else "; charset=%s" % self.charset
        if self.params:
            ct += self.params
        if self.filename and self.disposition is None:
            ct += ';\n\tname="%s"' % self.filename
        hs = [("Content-Type", ct)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            dv = self.disposition
            if self.filename:
                dv += ';\n\tfilename="%s"' % self.filename
            hs.append(("Content-Disposition", dv))
        hs.extend(self.extra)
        return hs

    def body(self):
        raw = self.data if self.data is not None else self.text.encode(self.charset or "ascii")
        if self.cte == "quoted-printable":
            enc = quopri.encodestring(raw)
            return enc.decode("ascii")
        if self.cte == "base64":
            return base64.encodebytes(raw).decode("ascii")
        return raw  # 7bit / 8bit / none: kept as bytes


class M:
    """A multipart node."""

    def __init__(self, subtype, parts, params="", headers=()):
        self.subtype, self.parts, self.params, self.extra = subtype, parts, params, list(headers)
        self.boundary = RND.choice(["----=_Part_%d_%d.%d" % (RND.randint(10000, 99999), RND.randint(1000000, 9999999), RND.randint(10**12, 10**13)),
                                    "000000000000%s" % hx(16),
                                    "_000_%s_" % HX(30),
                                    "Apple-Mail=_%s-%s-%s-%s-%s" % (HX(8), HX(4), HX(4), HX(4), HX(12)),
                                    "b1_%s" % hx(32),
                                    "===============%d==" % RND.randint(10**18, 10**19)])

    def head(self):
        ct = 'multipart/%s; boundary="%s"%s' % (self.subtype, self.boundary, self.params)
        return [("Content-Type", ct)] + self.extra


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


def ser_headers(hs, nl):
    out = b""
    for k, v in hs:
        v = _b(v).replace(b"\r\n", b"\n").replace(b"\n", nl.encode())
        out += _b(k) + b": " + v + nl.encode()
    return out


def ser_body(node, nl):
    n = nl.encode()
    if isinstance(node, M):
        out = b""
        preamble = getattr(node, "preamble", None)
        if preamble:
            out += _b(preamble).replace(b"\n", n) + n
        for p in node.parts:
            out += b"--" + node.boundary.encode() + n
            out += ser_headers(p.head(), nl) + n
            out += ser_body(p, nl)
            if not out.endswith(n):
                out += n
        out += b"--" + node.boundary.encode() + b"--" + n
        return out
    if isinstance(node, Raw):
        return _b(node.content).replace(b"\r\n", b"\n").replace(b"\n", n)
    b = _b(node.body())
    b = b.replace(b"\r\n", b"\n").replace(b"\n", n)
    if not b.endswith(n):
        b += n
    return b


class Raw:
    """A part whose body is given verbatim (message/delivery-status, message/rfc822...)."""

    def __init__(self, ctype, content, headers=()):
        self.ctype, self.content, self.extra = ctype, content, list(headers)

    def head(self):
        return [("Content-Type", self.ctype)] + self.extra


def _style(hs):
    blob = " ".join("%s: %s" % (k, v if isinstance(v, str) else "") for k, v in hs)
    low = blob.lower()
    if "x-mailer: iphone" in low or "x-mailer: apple mail" in low:
        return "apple"
    if "outlook.com" in low or "thread-index" in low or "exchange" in low or ".local>" in low:
        return "ms"
    if "gmail.com" in low or "google.com" in low or "googlemail" in low:
        return "google"
    if "mail delivery system" in low or "mailer-daemon" in low:
        return "postfix"
    if "phpmailer" in low:
        return "php"
    if "thunderbird" in low:
        return "tb"
    return RND.choice(["java", "python", "sendgrid"])


def _boundary(style, i):
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (HX(8), HX(4), HX(4), HX(4), HX(12))
    if style == "ms":
        return "_%03d_%s_" % (i * 2, HX(40))
    if style == "google":
        return "0000000000%s" % hx(18)
    if style == "postfix":
        return "%s.%d/%s" % (HX(10), RND.randint(1764400000, 1764900000), "mail.example")
    if style == "php":
        return "b1_%s" % alnum(43)
    if style == "tb":
        return "------------%s" % alnum(24)
    if style == "java":
        return "----=_Part_%d_%d.%d" % (RND.randint(100000, 999999), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))
    if style == "sendgrid":
        return "%s" % hx(64)
    return "===============%d==" % RND.randint(10**18, 10**19)


def _assign(node, style, ctr):
    if isinstance(node, M):
        node.boundary = _boundary(style, ctr[0])
        ctr[0] += 1
        for p in node.parts:
            _assign(p, style, ctr)


def build(headers, body, nl="\n", mime_version=True):
    hs = list(headers)
    _assign(body, _style(hs), [0])
    if mime_version and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += body.head()
    return ser_headers(hs, nl) + nl.encode() + ser_body(body, nl)


def pdf(lines):
    """A small valid PDF with the given text lines."""
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n"
    for ln in lines:
        s = ln.encode("latin-1", "replace").decode("latin-1")
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(%s) Tj T*\n" % s
    content += "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def add(path, label, raw, lang, provider="", group="", pattern="", money=None, facts="",
        notes="", fidelity="synthetic"):
    assert label in LABELS and path.startswith(label + "/"), path
    full = os.path.join(OUT, path)
    assert not os.path.exists(full), path
    with open(full, "wb") as f:
        f.write(raw)
    m = money or {}
    if label == "payment_notification":
        assert m.get("direction") and m.get("counts_as_payment"), path
    else:
        assert not m, path
    ROWS.append({"file": path, "label": label, "source_repo": "synthetic", "source_path": "build.py",
                 "source_commit": "", "license": "written for dunnerd", "fidelity": fidelity,
                 "lang": lang, "provider": provider, "source_group": group, "pattern": pattern,
                 "direction": m.get("direction", ""), "amount": m.get("amount", ""),
                 "currency": m.get("currency", ""), "payer": m.get("payer", ""),
                 "reference": m.get("reference", ""), "value_date": m.get("value_date", ""),
                 "counts_as_payment": m.get("counts_as_payment", ""), "facts": facts,
                 "split": SPLIT, "notes": notes})


def money(direction, amount="", currency="EUR", payer="", reference="", value_date="", cap="no"):
    return {"direction": direction, "amount": amount, "currency": currency, "payer": payer,
            "reference": reference, "value_date": value_date, "counts_as_payment": cap}


# ------------------------------------------------------- the owner's reminders (quoted by clients)
SIG_OWNER = """Aurélien Dufresne
Dufresne Ébénisterie — Aurélien Dufresne EI
Atelier : 14 chemin des Vernes, 69290 Craponne
06 71 48 22 90 — www.dufresne-ebeniste.fr
SIRET 912 384 517 00019"""


def rem_id(n, k=1):
    return "<dunnerd.%d.%d@dufresne-ebeniste.fr>" % (n, k)


def rem_subj_fr(n):
    return "Rappel : facture F-2026-%04d échue" % n


def rem_subj_en(n):
    return "Reminder: invoice INV-%04d is overdue" % n


def reminder_fr(civ, n, amount, due):
    return ("Bonjour %s,\n\nSauf erreur de ma part, la facture F-2026-%04d d'un montant de %s € TTC,"
            " arrivée à échéance le %s, reste impayée à ce jour.\n\nPourriez-vous m'indiquer la date"
            " de règlement prévue ? Je vous remets la facture en pièce jointe.\n\nBien cordialement,\n\n%s"
            % (civ, n, amount, due, SIG_OWNER))


def reminder_en(civ, n, amount, due):
    return ("Dear %s,\n\nAccording to my records, invoice INV-%04d for €%s, due on %s, is still"
            " unpaid.\n\nCould you let me know when payment is scheduled? The invoice is attached"
            " again for convenience.\n\nKind regards,\n\n%s" % (civ, n, amount, due, SIG_OWNER))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def fr_attrib(day, hh, mm):
    """Gmail French attribution line for the owner's message."""
    jours = {30: "lun. 30 nov.", 1: "mar. 1 déc.", 2: "mer. 2 déc.", 3: "jeu. 3 déc.", 4: "ven. 4 déc.",
             27: "ven. 27 nov.", 26: "jeu. 26 nov.", 25: "mer. 25 nov.", 23: "lun. 23 nov."}
    return "Le %s 2026 à %02d:%02d, Aurélien Dufresne <%s> a écrit :" % (jours[day], hh, mm, OWNER_ADDR)


def gmail_alt(text, quoted_html=None):
    """multipart/alternative as Gmail builds it."""
    h = '<div dir="ltr">%s</div>' % to_html(text)
    if quoted_html:
        h += quoted_html
    return M("alternative", [P("text/plain", text, cs_quote=False), P("text/html", h, cs_quote=False)])


def gmail_quote_html(attrib, qtext):
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid'
            ' rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (htmlmod.escape(attrib), to_html(qtext)))


def outlook_html(body_html, lang="FR"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
            ' xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"'
            ' xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D"'
            ' style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, body_html))


def mso_p(text):
    """Text -> Outlook MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % htmlmod.escape(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_quote_block(frm, sent, to, subj, text, lang="fr"):
    if lang == "fr":
        hdr = ("<b>De :</b> %s<br>\n<b>Envoyé :</b> %s<br>\n<b>À :</b> %s<br>\n<b>Objet :</b> %s"
               % tuple(htmlmod.escape(x) for x in (frm, sent, to, subj)))
    else:
        hdr = ("<b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s"
               % tuple(htmlmod.escape(x) for x in (frm, sent, to, subj)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span style="font-size:11.0pt">%s<o:p></o:p></span></p>\n</div>\n%s'
            % (hdr, mso_p(text)))


def outlook_quote_text(frm, sent, to, subj, text, lang="fr"):
    if lang == "fr":
        h = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (frm, sent, to, subj)
    else:
        h = "From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subj)
    return "\n________________________________\n" + h + "\n" + text


def write_tsv():
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS]
            f.write("\t".join(vals) + "\n")


# ============================================================ human_reply
def hdr_gmail(frm, to, subj, date, irt=None, refs=None, cc=None, mid=None):
    hs = [("MIME-Version", "1.0"), ("Date", date)]
    if refs:
        hs.append(("References", refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += [("Message-ID", mid or mid_gmail()), ("Subject", H(subj)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    return hs


def hdr_outlook(frm, to, subj, date, irt=None, refs=None, cc=None, lang="fr-FR", attach=False, tenant="PAVP195MB"):
    topic = subj
    for p in ("RE: ", "TR: ", "RE : ", "Re: ", "FW: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [("Subject", H(subj)), ("Thread-Topic", H(topic)),
           ("Thread-Index", base64.b64encode(bytes(RND.randint(0, 255) for _ in range(22))).decode()),
           ("Date", date), ("Message-ID", mid_outlook(tenant))]
    if refs:
        hs.append(("References", refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
           ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0")]
    return hs


def hdr_apple(frm, to, subj, date, irt=None, refs=None, cc=None, dom="example.net", mailer="iPhone Mail (22B91)"):
    hs = [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", date), ("Subject", H(subj))]
    if refs:
        hs.append(("References", refs))
    if cc:
        hs.append(("Cc", cc))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += [("To", to), ("Message-Id", mid_apple(dom)), ("X-Mailer", mailer)]
    return hs


def hdr_tb(frm, to, subj, date, irt=None, refs=None, cc=None, dom="example.org", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"):
    hs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom)), ("Date", date),
          ("MIME-Version", "1.0"), ("User-Agent", ua)]
    hs += [("Subject", H(subj)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if refs:
        hs.append(("References", refs))
    hs += [("Content-Language", "fr"), ("From", frm)]
    if irt:
        hs.append(("In-Reply-To", irt))
    return hs


def apple_quote(day_txt, text):
    return "> %s, Aurélien Dufresne <%s> a écrit :\n> \n%s" % (day_txt, OWNER_ADDR, quote(text))


def ol_sent(day, hh, mm, lang="fr"):
    fr = {30: "lundi 30 novembre 2026", 1: "mardi 1 décembre 2026", 2: "mercredi 2 décembre 2026",
          3: "jeudi 3 décembre 2026", 4: "vendredi 4 décembre 2026", 27: "vendredi 27 novembre 2026",
          26: "jeudi 26 novembre 2026", 23: "lundi 23 novembre 2026"}
    en = {30: "Monday, November 30, 2026", 1: "Tuesday, December 1, 2026", 2: "Wednesday, December 2, 2026",
          3: "Thursday, December 3, 2026", 4: "Friday, December 4, 2026", 27: "Friday, November 27, 2026",
          26: "Thursday, November 26, 2026", 23: "Monday, November 23, 2026"}
    if lang == "fr":
        return "%s %02d:%02d" % (fr[day], hh, mm)
    h12 = hh % 12 or 12
    return "%s %d:%02d %s" % (en[day], h12, mm, "AM" if hh < 12 else "PM")


OWN_OL = "Aurélien Dufresne <%s>" % OWNER_ADDR


def outlook_reply(frm, to, subj, date, mytext, qday, qh, qm, qsubj, qtext, irt, refs=None, cc=None,
                  lang="fr", html_only=False, attach=None, tenant="PAVP195MB", sig_html=""):
    """An Outlook desktop reply: text+html alternative (or html only), quoted original below."""
    nm, ad = parseaddr(frm)
    nm = str(make_header(decode_header(nm))) if nm else ""
    orig_to = "%s <%s>" % (nm, ad) if nm else ad
    ptxt = mytext + "\n" + outlook_quote_text(OWN_OL, ol_sent(qday, qh, qm, lang), orig_to, qsubj, qtext, lang)
    phtml = outlook_html(mso_p(mytext) + sig_html + "\n" +
                         outlook_quote_block(OWN_OL, ol_sent(qday, qh, qm, lang), orig_to, qsubj, qtext, lang),
                         "FR" if lang == "fr" else "EN-GB")
    if html_only:
        body = P("text/html", phtml)
    else:
        body = M("alternative", [P("text/plain", ptxt), P("text/html", phtml)])
    if attach:
        body = M("mixed", [body] + attach)
    hs = hdr_outlook(frm, to, subj, date, irt=irt, refs=refs or irt, cc=cc,
                     lang="fr-FR" if lang == "fr" else "en-GB", attach=bool(attach), tenant=tenant)
    return build(hs, body, nl="\r\n", mime_version=False)


def human_messages():
    G = "human_reply/"
    # 1 ---------------------------------------------------------------
    q = reminder_fr("Monsieur Roussel", 187, "4 280,00", "20/11/2026")
    txt = ("Bonjour Aurélien,\n\nOui désolé, c'est passé à la trappe avec le déménagement. Je fais le "
           "virement vendredi sans faute.\n\nBonne journée\nJulien\n\nEnvoyé de mon iPhone\n\n"
           + apple_quote("Le 30 nov. 2026 à 08:05", q))
    hs = hdr_apple(A("Julien Roussel", "julien.roussel@example.net"), OWNER, "Re: " + rem_subj_fr(187),
                   D(30, 8, 47), irt=rem_id(187, 2), refs=rem_id(187, 1) + " " + rem_id(187, 2))
    add(G + "roussel_iphone_virement_vendredi.eml", "human_reply",
        build(hs, P("text/plain", txt, cs_quote=False), mime_version=False), "fr",
        group="client Roussel (particulier)", pattern="iPhone top-post, 'je fais le virement vendredi'",
        facts="promise_date=2026-12-04", notes="Monday reply; vendredi = Fri 4 Dec")

    # 2 ---------------------------------------------------------------
    q = reminder_fr("Madame, Monsieur", 192, "6 912,00", "25/11/2026")
    my = ("Bonjour Monsieur Dufresne,\n\nVotre facture F-2026-0192 est bien enregistrée dans notre système.\n"
          "Paiement prévu le 15.\n\nCordialement,\n\nNadia Benali\nService comptabilité\nHôtel Le Vieux Tilleul ***\n"
          "3 montée des Tilleuls – 69005 Lyon\nTél. 04 78 92 15 40")
    raw = outlook_reply(A("Comptabilité Hôtel Le Vieux Tilleul", "compta@hotel-vieuxtilleul.fr"), OWNER,
                        "RE: " + rem_subj_fr(192), D(1, 10, 14), my, 30, 8, 6, rem_subj_fr(192), q, rem_id(192))
    add(G + "hotel_vieuxtilleul_paiement_prevu_le_15.eml", "human_reply", raw, "fr",
        group="client Hôtel Le Vieux Tilleul", pattern="Outlook text+html, 'Paiement prévu le 15'",
        facts="promise_date=2026-12-15", notes="'le 15' resolved to 15 Dec (next 15th after 1 Dec)")

    # 3 ---------------------------------------------------------------
    txt = ("Bonjour Aurélien,\n\nDésolée pour le retard, notre gérant était en déplacement toute la semaine "
           "dernière et c'est lui qui signe les virements.\nVous serez réglé d'ici la fin de la semaine "
           "prochaine, au plus tard.\n\nBien à vous,\n\n-- \nCamille Vernay\nArchitecte DPLG\n"
           "Atelier Vernay Architectes\n27 rue Saint-Jean, 69005 Lyon\n04 72 41 08 66\n\n"
           "Le 01/12/2026 à 09:02, Aurélien Dufresne a écrit :\n"
           + quote(reminder_fr("Madame Vernay", 198, "3 150,00", "15/11/2026")))
    hs = hdr_tb(A("Camille Vernay", "c.vernay@atelier-vernay.fr"), OWNER, "Re: " + rem_subj_fr(198), D(2, 17, 36),
                irt=rem_id(198, 2), refs=rem_id(198, 1) + " " + rem_id(198, 2), dom="atelier-vernay.fr")
    add(G + "vernay_archi_fin_semaine_prochaine.eml", "human_reply",
        build(hs, P("text/plain", txt, charset="UTF-8", cte="8bit", params="; format=flowed", cs_quote=False), mime_version=False),
        "fr", group="client Atelier Vernay Architectes", pattern="Thunderbird format=flowed 8bit, 'd'ici la fin de la semaine prochaine'",
        facts="promise_date=2026-12-11", notes="end of next week from Wed 2 Dec = Fri 11 Dec (could also be read week_of_2026-12-07)")

    # 4 ---------------------------------------------------------------
    q = reminder_en("Mr Hartley", 204, "5,640.00", "20 November 2026")
    my = ("Hi Aurélien,\n\nSorry about this - the transfer got stuck on our side because the bank flagged "
          "you as a new payee and wanted a call-back, which I missed.\n\nWe'll pay on the 10th when the "
          "chalet account is topped up. I'll send you the confirmation.\n\nBest,\nOliver")
    hs = hdr_gmail(A("Oliver Hartley", "oliver@hartley-lodges.co.uk"), OWNER, "Re: " + rem_subj_en(204),
                   D(3, 19, 2, tz="+0000"), irt=rem_id(204), refs=rem_id(204))
    attrib = "On Thu, 3 Dec 2026 at 08:30, Aurélien Dufresne <%s> wrote:" % OWNER_ADDR
    body = gmail_alt(my + "\n\n" + attrib + "\n\n" + quote(q), gmail_quote_html(attrib, q))
    body.parts[1].text = '<div dir="ltr">%s</div>%s' % (to_html(my), gmail_quote_html(attrib, q))
    add(G + "hartley_uk_pay_on_the_10th.eml", "human_reply", build(hs, body), "en",
        group="client Hartley Lodges (UK)", pattern="Gmail, 'We'll pay on the 10th'",
        facts="promise_date=2026-12-10")

    # 5 ---------------------------------------------------------------
    q = reminder_en("Accounts team", 211, "2,380.00", "27 November 2026")
    my = ("Hi Aurélien,\n\nThanks for the reminder. INV-0211 has been approved and is included in this "
          "week's payment run, which is on Thursday. Funds normally reach EU accounts within one to two "
          "working days.\n\nKind regards,\n\nPriya Natarajan\nAccounts Payable\nBrightwater Studio Ltd\n"
          "Unit 4, Canal Wharf, Leeds LS11 5PS\n\nBrightwater Studio Ltd is registered in England and Wales, "
          "company no. 09876543. This e-mail and any attachments are confidential and intended solely for "
          "the addressee.")
    raw = outlook_reply(A("Brightwater Accounts Payable", "ap@brightwater-studio.co.uk"), OWNER,
                        "RE: " + rem_subj_en(211), D(30, 11, 20, tz="+0000"), my, 30, 9, 5, rem_subj_en(211), q,
                        rem_id(211), lang="en", tenant="LO2P265MB")
    add(G + "brightwater_ap_payment_run_thursday.eml", "human_reply", raw, "en",
        group="client Brightwater Studio Ltd", pattern="Outlook, AP clerk, 'payment run is on Thursday'",
        facts="promise_date=2026-12-03", notes="written by a person in AP, not an autoresponder")

    # 6 ---------------------------------------------------------------
    my = ("Aurélien,\n\nJe reçois votre relance et franchement ça me fait sourire. Les deux portes du meuble "
          "bar frottent depuis le premier jour, un tiroir de la caisse ne ferme plus et la teinte du comptoir "
          "n'est pas celle qu'on avait validée sur l'échantillon (beaucoup plus rouge).\n\nJe vous ai appelé "
          "deux fois, pas de retour. Tant que ce n'est pas repris, je ne règle pas le solde de la facture.\n\n"
          "Marc Villeneuve\nLe Comptoir des Canuts\n\nEnvoyé de mon iPhone")
    q = reminder_fr("Monsieur Villeneuve", 176, "2 760,00", "10/11/2026")
    txt = my + "\n\n" + apple_quote("Le 1 déc. 2026 à 08:10", q)
    hs = hdr_apple(A("Marc Villeneuve", "contact@comptoir-des-canuts.fr"), OWNER, "Re: " + rem_subj_fr(176),
                   D(1, 12, 48), irt=rem_id(176, 3), refs=" ".join(rem_id(176, k) for k in (1, 2, 3)), dom="comptoir-des-canuts.fr")
    add(G + "comptoir_canuts_conteste_bar.eml", "human_reply",
        build(hs, P("text/plain", txt, cs_quote=False), mime_version=False), "fr",
        group="client Le Comptoir des Canuts", pattern="angry dispute of the work, iPhone",
        facts="dispute=yes")

    # 7 ---------------------------------------------------------------
    my = ("Bonjour,\n\nJe suis étonnée de votre relance : le virement a été fait le 27 novembre depuis notre "
          "compte joint au Crédit Mutuel, avec la référence F-2026-0201. Il devrait apparaître sur votre compte "
          "sous peu.\n\nCordialement,\nClaire Morel-Fabre")
    hs = hdr_gmail(A("Claire Morel-Fabre", "claire.morelfabre@example.com"), OWNER, "Re: " + rem_subj_fr(201),
                   D(30, 13, 5), irt=rem_id(201), refs=rem_id(201))
    q = reminder_fr("Madame Morel-Fabre", 201, "1 480,00", "23/11/2026")
    at = fr_attrib(30, 8, 4)
    body = gmail_alt(my + "\n\n" + at + "\n\n" + quote(q))
    body.parts[1].text = '<div dir="ltr">%s</div>%s' % (to_html(my), gmail_quote_html(at, q))
    add(G + "morelfabre_deja_paye_27nov.eml", "human_reply", build(hs, body), "fr",
        group="client Morel-Fabre (particulier)", pattern="already paid with date",
        facts="already_paid=2026-11-27")

    # 8 ---------------------------------------------------------------
    txt = ("C'est réglé depuis longtemps !! Vérifiez vos comptes avant de relancer les gens.\n\n"
           "Envoyé depuis mon appareil Galaxy\n\n\n-------- Message d'origine --------\nDe : Aurélien Dufresne <%s>\n"
           "Date : 02/12/2026 08:15 (GMT+01:00)\nÀ : gilles.perrot@example.org\nObjet : %s\n\n%s"
           % (OWNER_ADDR, rem_subj_fr(166), reminder_fr("Monsieur Perrot", 166, "890,00", "30/10/2026")))
    hs = [("Date", D(2, 9, 1)), ("From", A("Gilles Perrot", "gilles.perrot@example.org")), ("To", OWNER),
          ("Subject", H("RE: " + rem_subj_fr(166))), ("Message-ID", "<%s@email.android.com>" % alnum(30)),
          ("In-Reply-To", rem_id(166, 2)), ("References", rem_id(166, 2)), ("MIME-Version", "1.0"),
          ("X-Priority", "3")]
    h = "<div dir='auto'>%s</div>" % to_html(txt)
    add(G + "perrot_android_deja_regle.eml", "human_reply",
        build(hs, M("alternative", [P("text/plain", txt, cte="base64"), P("text/html", h, cte="base64")])), "fr",
        group="client Perrot (particulier)", pattern="Samsung mail, base64, 'réglé depuis longtemps', no date",
        facts="already_paid=claimed")

    # 9 ---------------------------------------------------------------
    fwd = ("---------- Forwarded message ---------\nDe : BNP Paribas <noreply@mabanque.bnpparibas>\n"
           "Date: mar. 1 déc. 2026 à 18:42\nSubject: Confirmation de votre virement\nTo: <s.guerin@example.com>\n\n\n"
           "Madame, Monsieur,\n\nNous vous confirmons l'exécution du virement suivant :\n\n"
           "Date d'exécution : 01/12/2026\nMontant : 2 640,00 EUR\nBénéficiaire : DUFRESNE AURELIEN EI\n"
           "IBAN bénéficiaire : FR76 **** **** **** **** ***0 418\nMotif : FACTURE F-2026-0195 DRESSING\n\n"
           "Cordialement,\nVotre Agence BNP Paribas\n\nCe message vous est adressé automatiquement, merci de ne pas y répondre.")
    my = ("Bonjour Aurélien,\n\nCi-dessous la confirmation de la banque, le virement est parti mardi soir. "
          "Vous devriez l'avoir d'ici demain.\n\nBonne journée,\nStéphane")
    hs = hdr_gmail(A("Stéphane Guérin", "s.guerin@example.com"), OWNER, "Fwd: Confirmation de votre virement",
                   D(2, 8, 31))
    body = gmail_alt(my + "\n\n" + fwd)
    add(G + "guerin_fwd_confirmation_bnp.eml", "human_reply", build(hs, body), "fr",
        group="client Guérin (particulier)", pattern="client forwards his own bank's transfer confirmation (fresh thread)",
        facts="already_paid=2026-12-01",
        notes="contains a BNP notice text, but it is the client's bank and a person forwards it")

    # 10 --------------------------------------------------------------
    av = pdf(["MAISON LUMIERE SAS - Avis de virement", "Date d'execution : 30/11/2026",
              "Beneficiaire : DUFRESNE AURELIEN EI", "Montant : 3 912,00 EUR",
              "Reference : F-2026-0224 AGENCEMENT BOUTIQUE", "Banque emettrice : Societe Generale"])
    q = reminder_fr("Madame Aubert", 224, "3 912,00", "28/11/2026")
    my = ("Bonjour Monsieur Dufresne,\n\nVeuillez trouver ci-joint l'avis de virement correspondant à votre "
          "facture F-2026-0224, exécuté le 30/11/2026.\n\nBien cordialement,\n\nInès Aubert\nResponsable administrative\n"
          "Maison Lumière – concept store\n8 rue Auguste Comte, 69002 Lyon")
    att = P("application/pdf", data=av, cte="base64", filename="Avis_virement_F-2026-0224.pdf", disposition="attachment")
    raw = outlook_reply(A("Inès Aubert", "ines.aubert@maison-lumiere-lyon.fr"), OWNER, "RE: " + rem_subj_fr(224),
                        D(1, 9, 42), my, 1, 8, 0, rem_subj_fr(224), q, rem_id(224), attach=[att])
    add(G + "maisonlumiere_avis_virement_pdf.eml", "human_reply", raw, "fr",
        group="client Maison Lumière", pattern="Outlook reply with the transfer notice as PDF attachment",
        facts="already_paid=2026-11-30")

    # 11 --------------------------------------------------------------
    my = ("Bonjour,\n\nPouvez-vous me renvoyer la facture ? Je ne la retrouve pas, elle a dû partir dans les "
          "spams. Je m'en occupe dès que je l'ai.\n\nMerci\nAnne-Sophie Lemaire")
    hs = hdr_gmail(A("Anne-Sophie Lemaire", "aslemaire@example.net"), OWNER, "Re: " + rem_subj_fr(209),
                   D(3, 21, 14), irt=rem_id(209), refs=rem_id(209))
    q = reminder_fr("Madame Lemaire", 209, "1 150,00", "26/11/2026")
    at = fr_attrib(3, 8, 2)
    body = gmail_alt(my + "\n\n" + at + "\n\n" + quote(q))
    body.parts[1].text = '<div dir="ltr">%s</div>%s' % (to_html(my), gmail_quote_html(at, q))
    add(G + "lemaire_renvoyer_facture.eml", "human_reply", build(hs, body), "fr",
        group="client Lemaire (particulier)", pattern="asks for the invoice again", facts="request_invoice=yes")

    # 12 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nNotre comptable me demande votre RIB pour créer votre fiche fournisseur, "
          "pouvez-vous me l'envoyer ? Sans ça elle ne peut pas lancer le virement.\n\nMerci beaucoup !\n\n"
          "Julie Marchand\nNacre – Design d'intérieur\n06 12 44 87 30")
    hs = hdr_gmail(A("Julie Marchand | Nacre", "julie@nacre-interieurs.fr"), OWNER, "Re: " + rem_subj_fr(213),
                   D(2, 11, 3), irt=rem_id(213), refs=rem_id(213))
    q = reminder_fr("Madame Marchand", 213, "2 205,00", "24/11/2026")
    at = fr_attrib(2, 8, 3)
    body = gmail_alt(my + "\n\n" + at + "\n\n" + quote(q))
    body.parts[1].text = '<div dir="ltr">%s</div>%s' % (to_html(my), gmail_quote_html(at, q))
    add(G + "nacre_demande_rib.eml", "human_reply", build(hs, body), "fr",
        group="client Nacre Design d'intérieur", pattern="asks for the RIB", facts="request_rib=yes")

    # 13 --------------------------------------------------------------
    disc = ("\n\n*****************************************************************\n"
            "Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à l'intention "
            "exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, "
            "merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message "
            "non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est "
            "interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce "
            "message, le Groupe Solvéa Immobilier décline toute responsabilité au titre de ce message, dans "
            "l'hypothèse où il aurait été modifié.\n\nThis message and any attachments (the \"message\") are "
            "confidential and intended solely for the addressees. Any unauthorised use or dissemination is "
            "prohibited. If you are not the intended addressee, please notify the sender immediately and delete "
            "this message.\n*****************************************************************\n"
            "Pensez à l'environnement avant d'imprimer ce message.")
    my = ("Bonjour,\n\nNous accusons réception de votre relance concernant la facture F-2026-0217.\n\n"
          "Afin de pouvoir la traiter, merci de nous transmettre :\n- la facture au format PDF mentionnant notre "
          "numéro de bon de commande PO-2026-004418 ;\n- un RIB à l'en-tête de votre entreprise.\n\n"
          "À réception de ces éléments, la facture sera intégrée au prochain cycle de règlement.\n\n"
          "Cordialement,\n\nFlorence Dumas\nComptabilité Fournisseurs\nGroupe Solvéa Immobilier\n"
          "Tour Part-Dieu, 129 rue Servient – 69003 Lyon" + disc)
    q = reminder_fr("Madame, Monsieur", 217, "7 488,00", "20/11/2026")
    raw = outlook_reply(A("DUMAS Florence", "florence.dumas@solvea-immobilier.fr"), OWNER, "RE: " + rem_subj_fr(217),
                        D(4, 14, 26), my, 3, 8, 11, rem_subj_fr(217), q, rem_id(217))
    add(G + "solvea_facture_po_et_rib_disclaimer.eml", "human_reply", raw, "fr",
        group="client Groupe Solvéa Immobilier", pattern="corporate AP, long bilingual legal disclaimer, asks invoice with PO and RIB",
        facts="request_invoice=yes;request_rib=yes")

    # 14 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nUne question avant de régler : la facture inclut-elle la pose du plan de travail "
          "en quartz ? Sur le devis c'était une ligne à part (option 3) et je ne la retrouve pas sur la facture, "
          "du coup je ne sais pas si elle viendra sur une autre facture.\n\nMerci d'avance,\nDavid Ferrand")
    hs = hdr_gmail(A("David Ferrand", "david.ferrand@example.com"), OWNER, "Re: " + rem_subj_fr(221),
                   D(4, 7, 52), irt=rem_id(221), refs=rem_id(221))
    add(G + "ferrand_question_pose_plan.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Ferrand (particulier)", pattern="question about invoice content, no quote", facts="",
        notes="not a dispute: asks whether a line is included")

    # 15 --------------------------------------------------------------
    my = ("Monsieur Dufresne,\n\nJe trouve vos relances automatiques assez désagréables. Nous travaillons ensemble "
          "depuis quatre ans, vous avez toujours été payé, parfois avec quelques jours de retard c'est vrai. "
          "Un coup de téléphone aurait été plus agréable que ce genre de message impersonnel.\n\n"
          "Cordialement,\nHervé Castaing\nCastaing Immobilier")
    q = reminder_fr("Monsieur Castaing", 206, "1 320,00", "25/11/2026")
    raw = outlook_reply(A("Hervé Castaing", "h.castaing@castaing-immobilier.fr"), OWNER, "RE: " + rem_subj_fr(206),
                        D(1, 18, 4), my, 1, 8, 1, rem_subj_fr(206), q, rem_id(206))
    add(G + "castaing_plainte_relances.eml", "human_reply", raw, "fr",
        group="client Castaing Immobilier", pattern="complaint about reminders, no promise, no dispute", facts="")

    # 16 --------------------------------------------------------------
    q = reminder_fr("Monsieur Lacombe", 183, "540,00", "16/11/2026")
    txt = "Noté.\n\nEnvoyé de mon iPhone\n\n" + apple_quote("Le 30 nov. 2026 à 08:07", q)
    hs = hdr_apple(A("Bertrand Lacombe", "b.lacombe@example.org"), OWNER, "Re: " + rem_subj_fr(183),
                   D(30, 9, 58), irt=rem_id(183), refs=rem_id(183), dom="example.org")
    add(G + "lacombe_note.eml", "human_reply", build(hs, P("text/plain", txt, cs_quote=False), mime_version=False),
        "fr", group="client Lacombe (particulier)", pattern="one word 'Noté.'", facts="")

    # 17 --------------------------------------------------------------
    my = "ok merci"
    hs = hdr_gmail(A("Samia Haddad", "samia.haddad@example.com"), OWNER, "Re: " + rem_subj_fr(215),
                   D(3, 12, 31), irt=rem_id(215), refs=rem_id(215))
    q = reminder_fr("Madame Haddad", 215, "760,00", "27/11/2026")
    at = fr_attrib(3, 8, 3)
    body = gmail_alt(my + "\n\n" + at + "\n\n" + quote(q))
    body.parts[1].text = '<div dir="auto">ok merci</div>%s' % gmail_quote_html(at, q)
    add(G + "haddad_ok_merci.eml", "human_reply", build(hs, body), "fr",
        group="client Haddad (particulier)", pattern="two words 'ok merci' above quote", facts="")

    # 18 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nJe vous réponds depuis mon adresse perso, je suis en congé cette semaine et je n'ai "
          "pas accès à la boîte du cabinet. Pour la facture F-2026-0231 : le virement part lundi, j'ai tout "
          "préparé avec notre comptable.\n\nBonne fin de semaine,\nPauline Delorme")
    hs = hdr_gmail(A("Pauline D.", "pauline.delorme78@example.org"), OWNER, "Facture F-2026-0231", D(3, 16, 40))
    add(G + "delorme_adresse_perso_virement_lundi.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Delorme & Associés", pattern="fresh mail from a personal address, not the reminded one",
        facts="promise_date=2026-12-07",
        notes="reminder went to p.delorme@delorme-associes.fr; no In-Reply-To")

    # 19 --------------------------------------------------------------
    disc = ("\n\n--\nSAS Rivoire Courtage – Intermédiaire en assurances – ORIAS n° 19 004 812 – "
            "Capital 150 000 € – RCS Lyon 812 449 301\nSous le contrôle de l'ACPR, 4 place de Budapest, "
            "CS 92459, 75436 Paris Cedex 09.\n\nAVERTISSEMENT : Ce courriel et ses pièces jointes sont "
            "strictement confidentiels et destinés à l'usage exclusif du ou des destinataire(s) mentionné(s). "
            "Si vous n'êtes pas le destinataire de ce courriel, toute lecture, copie, diffusion ou utilisation "
            "est interdite ; merci d'en informer immédiatement l'expéditeur et de le supprimer. Les courriels "
            "pouvant être altérés, SAS Rivoire Courtage décline toute responsabilité au titre de leur contenu.\n"
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos "
            "données : dpo@rivoire-courtage.fr.")
    my = ("Bonjour Monsieur Dufresne,\n\nNous ne contestons absolument pas la prestation, les bureaux sont très "
          "réussis. En revanche la facture est libellée au nom de « Cabinet Rivoire », qui n'existe plus "
          "depuis notre transformation en SAS. Pourriez-vous nous réémettre la facture au nom de "
          "SAS Rivoire Courtage, 42 quai Pierre Scize, 69009 Lyon ? Notre expert-comptable refuse de la "
          "passer en l'état.\n\nBien cordialement,\n\nÉlodie Rivoire\nDirectrice générale" + disc)
    q = reminder_fr("Madame Rivoire", 208, "9 840,00", "25/11/2026")
    raw = outlook_reply(A("Élodie Rivoire", "e.rivoire@rivoire-courtage.fr"), OWNER, "RE: " + rem_subj_fr(208),
                        D(2, 15, 7), my, 2, 8, 12, rem_subj_fr(208), q, rem_id(208))
    add(G + "rivoire_nous_ne_contestons_pas_refaire_facture.eml", "human_reply", raw, "fr",
        group="client SAS Rivoire Courtage", pattern="negated dispute ('nous ne contestons pas'), invoice to be reissued, legal footer",
        facts="request_invoice=yes", notes="negation: not a dispute; asks for a reissued invoice")

    # 20 --------------------------------------------------------------
    q = reminder_fr("Madame, Monsieur", 199, "4 050,00", "20/11/2026")
    my = ("Bonjour,\n\nLe règlement sera effectué en fin de mois, comme convenu avec M. Sabatier lors de la "
          "livraison du comptoir.\n\nBien cordialement,\n\nCécile Moulin\nPharmacie du Grand Moulin\n"
          "12 avenue de la République – 69160 Tassin-la-Demi-Lune")
    raw = outlook_reply(A("Pharmacie du Grand Moulin", "pharmacie.grandmoulin@pharma-tassin.fr"), OWNER,
                        "RE: " + rem_subj_fr(199), D(1, 14, 55), my, 1, 8, 9, rem_subj_fr(199), q, rem_id(199),
                        html_only=True)
    add(G + "pharmacie_html_only_fin_de_mois.eml", "human_reply", raw, "fr",
        group="client Pharmacie du Grand Moulin", pattern="Outlook HTML-only, 'en fin de mois'",
        facts="promise_date=2026-12-31", notes="fin de mois resolved to 31 Dec 2026")

    # 21 --------------------------------------------------------------
    q = reminder_fr("Monsieur Massard", 226, "2 980,00", "27/11/2026")
    my = ("Sophie,\n\nPeux-tu regarder cette facture (le banc d'accueil du showroom) et la mettre dans le prochain "
          "virement fournisseurs ? Je mets M. Dufresne en copie pour qu'il ait ta réponse.\n\nMerci\nThierry")
    fw = ("\n\n-----Message d'origine-----\nDe : Aurélien Dufresne <%s>\nEnvoyé : jeudi 3 décembre 2026 08:14\n"
          "À : Thierry Massard <t.massard@massard-automobiles.fr>\nObjet : %s\n\n%s" % (OWNER_ADDR, rem_subj_fr(226), q))
    hs = hdr_outlook(A("Thierry Massard", "t.massard@massard-automobiles.fr"),
                     A("Sophie Caron", "compta@massard-automobiles.fr"), "TR: " + rem_subj_fr(226), D(3, 9, 12),
                     cc=OWNER)
    body = M("alternative", [P("text/plain", my + fw), P("text/html", outlook_html(mso_p(my + fw)))])
    add(G + "massard_tr_compta_owner_cc.eml", "human_reply", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="client Massard Automobiles", pattern="forward to the accountant, owner in Cc",
        facts="", notes="an internal instruction, no date promised to the owner")

    # 22 --------------------------------------------------------------
    my = ("Bonjour Monsieur Dufresne,\n\nNous ne contestons pas la facture. Simplement, notre service comptable "
          "attend le PV de réception signé par notre conducteur de travaux pour la mettre en paiement, et il "
          "est sur un autre chantier jusqu'à mardi. Je relance en interne.\n\nCordialement,\n\nKarim Slimani\n"
          "Chargé d'affaires\nRhône Agencement BTP\n18 rue de l'Industrie, 69200 Vénissieux\nTél. 04 37 25 61 10")
    q = reminder_fr("Monsieur Slimani", 190, "11 250,00", "15/11/2026")
    raw = outlook_reply(A("Karim Slimani", "k.slimani@rhone-agencement-btp.fr"), OWNER, "RE: " + rem_subj_fr(190),
                        D(30, 16, 22), my, 30, 8, 15, rem_subj_fr(190), q, rem_id(190, 2),
                        refs=rem_id(190, 1) + " " + rem_id(190, 2))
    add(G + "rhone_agencement_ne_contestons_pas_pv.eml", "human_reply", raw, "fr",
        group="client Rhône Agencement BTP", pattern="negation 'nous ne contestons pas', waiting for internal sign-off",
        facts="", notes="no dispute, no date")

    # 23 --------------------------------------------------------------
    my = ("Bonjour,\n\nOui je sais, je n'ai pas encore pu payer, j'ai eu une grosse dépense imprévue sur la "
          "voiture ce mois-ci. Je le fais dès que mon salaire tombe, le 5.\n\nDésolée pour le retard,\n"
          "Mélanie Brun")
    hs = hdr_gmail(A("Mélanie Brun", "melanie.brun@example.net"), OWNER, "Re: " + rem_subj_fr(212),
                   D(2, 20, 18), irt=rem_id(212), refs=rem_id(212))
    add(G + "brun_pas_encore_pu_payer_le_5.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Brun (particulier)", pattern="negation 'je n'ai pas encore pu payer' + date",
        facts="promise_date=2026-12-05", notes="not already_paid")

    # 24 --------------------------------------------------------------
    my = ("Salut Aurélien,\n\nDésolée j'ai complètement zappé ! Je te fais le virement ce week-end.\n"
          "Encore merci pour la bibliothèque, elle est magnifique, tout le monde nous en parle 😊\n\nBises,\nLéa")
    hs = hdr_gmail(A("Léa Fontaine", "lea.fontaine@example.com"), OWNER, "Re: " + rem_subj_fr(207),
                   D(1, 22, 47), irt=rem_id(207), refs=rem_id(207))
    add(G + "fontaine_tu_ce_weekend.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Fontaine (amie)", pattern="informal 'tu', 'ce week-end', emoji",
        facts="promise_date=2026-12-05", notes="ce week-end from Tue 1 Dec = Sat 5/Sun 6 Dec; Saturday used")

    # 25 --------------------------------------------------------------
    my = "Bonjour,\n\nNous vous réglerons la semaine prochaine.\n\nCordialement\n\nDomaine des Coteaux de Millery\nService administratif"
    hs = hdr_tb(A("Domaine des Coteaux de Millery", "admin@coteaux-millery.fr"), OWNER, "Re: " + rem_subj_fr(219),
                D(3, 10, 9), irt=rem_id(219), refs=rem_id(219), dom="coteaux-millery.fr",
                ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")
    add(G + "coteaux_millery_semaine_prochaine.eml", "human_reply",
        build(hs, P("text/plain", my, charset="UTF-8", cte="7bit", params="; format=flowed", cs_quote=False), mime_version=False),
        "fr", group="client Domaine des Coteaux de Millery", pattern="terse, 'la semaine prochaine'",
        facts="promise_date=week_of_2026-12-07")

    # 26 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nJe ne vais pas vous raconter d'histoires : notre trésorerie est tendue en cette "
          "fin d'année (les fûts et la nouvelle ligne d'embouteillage). Nous pourrons vous régler début janvier, "
          "je vous le garantis.\n\nMerci pour votre patience,\n\nBaptiste Morin\nBrasserie de la Guillotière\n"
          "06 58 21 77 04")
    q = reminder_fr("Monsieur Morin", 188, "3 420,00", "31/10/2026")
    raw = outlook_reply(A("Baptiste Morin", "baptiste@brasserie-guillotiere.fr"), OWNER, "RE: " + rem_subj_fr(188),
                        D(4, 11, 38), my, 4, 8, 7, rem_subj_fr(188), q, rem_id(188, 3),
                        refs=" ".join(rem_id(188, k) for k in (1, 2, 3)))
    add(G + "brasserie_guillotiere_debut_janvier.eml", "human_reply", raw, "fr",
        group="client Brasserie de la Guillotière", pattern="'début janvier'", facts="promise_date=early_2027-01")

    # 27 --------------------------------------------------------------
    my = ("Hello Aurélien,\n\nBefore we pay INV-0196 I need to flag a problem: we were invoiced for 12 oak shelves "
          "but only 10 were fitted in the library, the two for the alcove were never delivered. We're not paying "
          "for shelves we haven't received.\n\nHappy to pay the rest once you send a corrected invoice, or to wait "
          "until the last two are fitted.\n\nHannah\n\nHannah Price\nPrice & Bell Interiors")
    hs = hdr_gmail(A("Hannah Price", "hannah@priceandbell-interiors.co.uk"), OWNER, "Re: " + rem_subj_en(196),
                   D(30, 14, 3, tz="+0000"), irt=rem_id(196), refs=rem_id(196))
    add(G + "priceandbell_dispute_shelves.eml", "human_reply", build(hs, gmail_alt(my)), "en",
        group="client Price & Bell Interiors (UK)", pattern="English dispute: quantity invoiced vs delivered",
        facts="dispute=yes")

    # 28 --------------------------------------------------------------
    my = ("Hi,\n\nWe paid INV-0219 on 24 November, reference \"INV0219 DUFRESNE\", from our ING account. "
          "Could you check again on your side? If it still doesn't show up, I'll ask the bank for a trace.\n\n"
          "Best regards,\nLars de Vries\nDe Vries Hospitality B.V.\nAmsterdam")
    q = reminder_en("Mr de Vries", 219, "4,120.00", "25 November 2026")
    raw = outlook_reply(A("Lars de Vries", "lars@devries-hospitality.nl"), OWNER, "RE: " + rem_subj_en(219),
                        D(4, 9, 6), my, 4, 8, 20, rem_subj_en(219), q, rem_id(219), lang="en", tenant="AM9P191MB")
    add(G + "devries_paid_24_november.eml", "human_reply", raw, "en",
        group="client De Vries Hospitality (NL)", pattern="English 'we paid on 24 November' with reference",
        facts="already_paid=2026-11-24")

    # 29 --------------------------------------------------------------
    my = ("Hi Aurélien,\n\nCould you send us your IBAN and BIC/SWIFT code? Our bank here requires both for the "
          "international wire and the invoice only shows a partial account number.\n\nThanks!\nMegan\n\n"
          "Megan Foster | Foster Residence\n(617) 555-0142")
    hs = hdr_gmail(A("Megan Foster", "megan.foster@example.com"), OWNER, "Re: " + rem_subj_en(214),
                   D(2, 9, 44, tz="-0500"), irt=rem_id(214), refs=rem_id(214))
    add(G + "foster_us_iban_bic.eml", "human_reply", build(hs, gmail_alt(my)), "en",
        group="client Foster (US)", pattern="English request for IBAN/BIC", facts="request_rib=yes")

    # 30 --------------------------------------------------------------
    my = "Thanks, noted.\n\nSent from Outlook for iOS"
    hs = [("From", A("James O'Connell", "james@oconnell-design.ie")), ("To", OWNER),
          ("Subject", "Re: " + rem_subj_en(228)), ("Thread-Topic", rem_subj_en(228)), ("Date", D(3, 15, 1, tz="+0000")),
          ("Message-ID", mid_outlook("DB9P189MB")), ("In-Reply-To", rem_id(228)), ("References", rem_id(228)),
          ("Content-Language", "en-IE"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Thanks, noted.</div><div dir="auto"><br></div><div class="ms-outlook-mobile-signature">Sent from <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>'
    add(G + "oconnell_thanks_noted.eml", "human_reply",
        build(hs, M("alternative", [P("text/plain", my, charset="us-ascii", cte="7bit"), P("text/html", h)]), nl="\r\n", mime_version=False),
        "en", group="client O'Connell Design (IE)", pattern="English two words, Outlook for iOS", facts="")

    # 31 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nJe viens de vous faire un virement de 2 000 € (soit à peu près la moitié), et le solde "
          "suivra le 20 décembre quand la prime de fin d'année sera tombée. J'espère que ça vous convient.\n\n"
          "Cordialement,\nFrédéric Lambert")
    hs = hdr_gmail(A("Frédéric Lambert", "fred.lambert@example.org"), OWNER, "Re: " + rem_subj_fr(203),
                   D(2, 13, 12), irt=rem_id(203), refs=rem_id(203))
    add(G + "lambert_moitie_payee_solde_20dec.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Lambert (particulier)", pattern="partial payment done today + date for the rest",
        facts="already_paid=2026-12-02;promise_date=2026-12-20", notes="already_paid is partial (2 000 € of 4 150 €)")

    # 32 --------------------------------------------------------------
    my = ("Bonjour Monsieur,\n\nJe vous ai posté hier un chèque de 620 € à l'adresse de l'atelier à Craponne, vous "
          "devriez le recevoir en début de semaine prochaine.\n\nSalutations,\nMonique Garnier")
    hs = hdr_apple(A("Monique Garnier", "monique.garnier@example.net"), OWNER, "Re: " + rem_subj_fr(185),
                   D(3, 10, 27), irt=rem_id(185), refs=rem_id(185), mailer="Apple Mail (2.3826.300.87.4.3)")
    body = M("alternative", [P("text/plain", my), P("text/html", '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % to_html(my))])
    add(G + "garnier_cheque_poste_hier.eml", "human_reply", build(hs, body, mime_version=False), "fr",
        group="client Garnier (particulier)", pattern="cheque posted yesterday, Apple Mail desktop",
        facts="already_paid=2026-12-02", notes="payment by cheque sent on 2 Dec, not yet banked")

    # 33 --------------------------------------------------------------
    my = ("Bonjour Monsieur Dufresne,\n\nSerait-il possible de régler la facture en trois fois ? Je pourrais faire "
          "un premier virement le 10 décembre, puis le 10 janvier et le 10 février. Je vous avoue que la "
          "cuisine a dépassé notre budget avec les travaux d'électricité.\n\nEn vous remerciant par avance,\n"
          "Nathalie et Sébastien Joly")
    hs = hdr_gmail(A("Nathalie Joly", "nathalie.joly@example.com"), OWNER, "Re: " + rem_subj_fr(210),
                   D(4, 18, 50), irt=rem_id(210), refs=rem_id(210))
    add(G + "joly_paiement_trois_fois.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Joly (particulier)", pattern="asks for an instalment plan with first date",
        facts="promise_date=2026-12-10", notes="proposal: 10 Dec, 10 Jan, 10 Feb; first instalment date given")

    # 34 --------------------------------------------------------------
    my = ("Bonjour,\n\nAcceptez-vous les chèques ? Je n'ai pas encore accès au virement sur mon nouveau compte pro "
          "(la banque doit m'envoyer le boîtier d'authentification).\n\nCordialement,\nRaphaël Nguyen\n"
          "Cabinet d'ostéopathie Nguyen")
    hs = hdr_gmail(A("Raphaël Nguyen", "contact@osteo-nguyen.fr"), OWNER, "Re: " + rem_subj_fr(218),
                   D(30, 12, 16), irt=rem_id(218), refs=rem_id(218))
    add(G + "nguyen_question_cheque.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Cabinet Nguyen", pattern="question on payment method", facts="",
        notes="asks about paying by cheque, no RIB request, no date")

    # 35 --------------------------------------------------------------
    my = ("Monsieur,\n\nNous accusons réception de votre courriel. Les travaux de reprise des portes du hall "
          "(facture F-2026-0202) doivent être validés par le conseil syndical, qui se réunit le 14 décembre. "
          "Le règlement interviendra après cette validation, vraisemblablement dans la semaine du 14.\n\n"
          "Nous vous prions d'agréer, Monsieur, nos salutations distinguées.\n\nMathilde Girard\nGestionnaire "
          "de copropriété\nCabinet Gérance Bellecour – Syndic\n5 place Antonin Poncet, 69002 Lyon\n"
          "Carte professionnelle CPI 6901 2018 000 031 412 délivrée par la CCI Lyon Métropole")
    q = reminder_fr("Madame, Monsieur", 202, "1 860,00", "20/11/2026")
    raw = outlook_reply(A("Mathilde Girard", "m.girard@gerance-bellecour.fr"), OWNER, "RE: " + rem_subj_fr(202),
                        D(1, 16, 31), my, 1, 8, 14, rem_subj_fr(202), q, rem_id(202))
    add(G + "syndic_bellecour_conseil_syndical.eml", "human_reply", raw, "fr",
        group="client Cabinet Gérance Bellecour (syndic)", pattern="conditional: after the council meeting, 'semaine du 14'",
        facts="promise_date=week_of_2026-12-14", notes="conditional on the conseil syndical approval")

    # 36 --------------------------------------------------------------
    my = ("Bonjour,\n\nLes factures adressées aux collectivités doivent obligatoirement être déposées sur le portail "
          "Chorus Pro (SIRET de la commune : 216 902 981 00013, code service : TECHNIQUE). Nous ne pouvons pas "
          "mettre en paiement une facture reçue par courriel.\n\nMerci de la déposer dès que possible ; le délai de "
          "paiement de 30 jours court à partir du dépôt.\n\nCordialement,\n\nService Finances\nMairie de "
          "Saint-Loup-sur-Brévenne\nTél. 04 74 70 12 08")
    q = reminder_fr("Madame, Monsieur", 200, "2 316,00", "21/11/2026")
    raw = outlook_reply(A("Finances Mairie Saint-Loup", "finances@mairie-stloup-brevenne.fr"), OWNER,
                        "RE: " + rem_subj_fr(200), D(2, 10, 48), my, 2, 8, 5, rem_subj_fr(200), q, rem_id(200))
    add(G + "mairie_chorus_pro.eml", "human_reply", raw, "fr",
        group="client Mairie (collectivité)", pattern="public buyer: invoice must be filed on Chorus Pro",
        facts="request_invoice=yes", notes="asks for the invoice to be submitted again via Chorus Pro (unsure: request_invoice)")

    # 37 --------------------------------------------------------------
    my = "Virement effectué ce matin.\nBonne journée"
    q = reminder_fr("Monsieur Besson", 193, "1 085,00", "22/11/2026")
    at = fr_attrib(30, 8, 8)
    hs = hdr_gmail(A("Guillaume Besson", "g.besson@example.net"), OWNER, "Re: " + rem_subj_fr(193),
                   D(1, 11, 2), irt=rem_id(193), refs=rem_id(193))
    body = gmail_alt(my + "\n\n" + at + "\n\n" + quote(q))
    body.parts[1].text = '<div dir="ltr">%s</div>%s' % (to_html(my), gmail_quote_html(at, q))
    add(G + "besson_virement_effectue_ce_matin.eml", "human_reply", build(hs, body), "fr",
        group="client Besson (particulier)", pattern="short top-post above Gmail quote",
        facts="already_paid=2026-12-01")

    # 38 --------------------------------------------------------------
    my = ("Bonjour,\n\nNous contestons la ligne « frais de déplacement et manutention » (180,00 € HT) qui ne figurait "
          "pas sur le devis signé du 4 septembre. Nous réglerons le reste de la facture dès réception d'une "
          "facture corrigée.\n\nCordialement,\n\nSandrine Picard\nAgence Picard Immobilier – Écully")
    hs = hdr_gmail(A("Sandrine Picard", "s.picard@picard-immo-ecully.fr"), OWNER, "Re: " + rem_subj_fr(205),
                   D(30, 15, 44), irt=rem_id(205), refs=rem_id(205))
    add(G + "picard_conteste_frais_deplacement.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="client Agence Picard Immobilier", pattern="disputes one invoice line, wants corrected invoice",
        facts="dispute=yes;request_invoice=yes")

    # 39 (iso-8859-1 declared, windows-1252 bytes: euro sign 0x80, quote 0x92)
    txt = ("Bonjour Monsieur Dufresne,\n\nJ\x92ai bien reçu votre courrier électronique. Je n\x92ai pas d\x92ordinateur "
           "à la maison, c\x92est ma fille qui m\x92aide.\nJe passerai à votre atelier samedi matin pour vous régler "
           "les 380 \x80 en espèces, comme pour le fauteuil.\n\nBien à vous,\nRobert Chapuis\n")
    raw_body = txt.encode("latin-1")
    hs = [("Message-ID", "<%s$%s@PCRobert>" % (HX(12), HX(8))), ("From", '"Robert Chapuis" <r.chapuis@example.org>'),
          ("To", "<%s>" % OWNER_ADDR), ("References", rem_id(197)), ("In-Reply-To", rem_id(197)),
          ("Subject", "Re: =?iso-8859-1?Q?Rappel_=3A_facture_F-2026-0197_=E9chue?="), ("Date", D(2, 15, 10)),
          ("MIME-Version", "1.0"), ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
          ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    body = P("text/plain", data=raw_body, charset="iso-8859-1", cte="8bit", params="; format=flowed; reply-type=original")
    body.text = ""
    add(G + "chapuis_wlm_latin1_especes_samedi.eml", "human_reply", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="client Chapuis (particulier)", pattern="Windows Live Mail, charset iso-8859-1 label but cp1252 bytes (0x80 euro, 0x92 apostrophe), 8bit",
        facts="promise_date=2026-12-05", notes="deliberate charset mislabel, as old Windows clients do")

    # 40 --------------------------------------------------------------
    my = ("Bonjour à tous,\n\nJe cherche 4 à 5 m² de placage de noyer ronceux (ou loupe de noyer) en 6/10e pour "
          "restaurer un secrétaire Louis-Philippe. Mon fournisseur habituel à Saint-Étienne est en rupture "
          "jusqu'en février.\n\nQuelqu'un a-t-il une adresse dans la région Rhône-Alpes, ou un fond de stock à "
          "céder ? Je peux passer le chercher.\n\nMerci d'avance,\nYann Le Goff\nÉbéniste restaurateur – Villefranche-sur-Saône")
    hs = [("Return-Path", "<compagnons-bois-bounces@lists.metiers-bois.example.org>"),
          ("From", A("Yann Le Goff", "yann.legoff@example.net")), ("To", "compagnons-bois@lists.metiers-bois.example.org"),
          ("Subject", H("[compagnons-bois] Recherche placage de noyer ronceux")), ("Date", D(4, 8, 12)),
          ("Message-ID", "<%s@example.net>" % alnum(20)), ("MIME-Version", "1.0"),
          ("List-Id", "Ateliers bois Rhône-Alpes <compagnons-bois.lists.metiers-bois.example.org>"),
          ("List-Unsubscribe", "<https://lists.metiers-bois.example.org/mailman/options/compagnons-bois>, <mailto:compagnons-bois-request@lists.metiers-bois.example.org?subject=unsubscribe>"),
          ("List-Post", "<mailto:compagnons-bois@lists.metiers-bois.example.org>"), ("Precedence", "list"),
          ("Sender", '"compagnons-bois" <compagnons-bois-bounces@lists.metiers-bois.example.org>')]
    foot = ("\n_______________________________________________\ncompagnons-bois mailing list\n"
            "compagnons-bois@lists.metiers-bois.example.org\nhttps://lists.metiers-bois.example.org/mailman/listinfo/compagnons-bois\n")
    add(G + "liste_compagnons_bois_placage_noyer.eml", "human_reply",
        build(hs, P("text/plain", my + "\n" + foot, cte="8bit"), mime_version=False), "fr",
        group="mailing list compagnons-bois", pattern="mailing-list post written by a person (Precedence: list)", facts="")

    # 41 --------------------------------------------------------------
    my = ("Bonjour,\n\nJ'ai vu vos réalisations sur votre site et sur Instagram. Nous venons d'acheter un appartement "
          "ancien à Lyon 6e (moulures, parquet point de Hongrie) et nous aimerions un dressing sur mesure dans la "
          "chambre, environ 3,20 m de long sur 2,80 m sous plafond, en chêne ou peint.\n\nSeriez-vous disponible "
          "pour passer voir la pièce en janvier ? Et est-ce que vous acceptez un paiement en plusieurs fois ?\n\n"
          "Merci,\nChloé et Antoine Mercier\n06 30 48 19 62")
    hs = hdr_gmail(A("Chloé Mercier", "chloe.mercier@example.com"), OWNER, "Demande de devis – dressing sur mesure", D(3, 13, 37))
    add(G + "mercier_demande_devis_dressing.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="prospect Mercier", pattern="new prospect, quote request (not a reply)", facts="")

    # 42 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nTon chêne massif (plots de 54 mm, qualité ébénisterie, 1,2 m³) est arrivé ce matin, "
          "il est en séchoir jusqu'à jeudi. Tu peux passer le récupérer à partir de vendredi, on est ouverts de 7h30 "
          "à 12h.\n\nPour le règlement, comme d'habitude : facture à l'enlèvement, 30 jours.\n\nA+\nPatrick\n\n"
          "Patrick Mathevon\nScierie Mathevon & Fils – Yzeron\n04 78 81 05 92")
    hs = hdr_outlook(A("Patrick Mathevon", "patrick@scierie-mathevon.fr"), OWNER, "Ta commande de chêne", D(1, 10, 2))
    add(G + "scierie_mathevon_commande_chene.eml", "human_reply",
        build(hs, M("alternative", [P("text/plain", my), P("text/html", outlook_html(mso_p(my)))]), nl="\r\n", mime_version=False),
        "fr", group="supplier Scierie Mathevon", pattern="supplier's rep writing personally (tu), mentions billing", facts="",
        notes="a person's message from a supplier; not a client reply")

    # 43 --------------------------------------------------------------
    my = ("Salut Aurélien,\n\nPour boucler la TVA de novembre, il me manque :\n- les factures d'achat Würth et "
          "Bois & Placages du Rhône (tu les as dans ta boîte mail je pense)\n- le justificatif du paiement "
          "Leroy Merlin du 12/11 (312,40 €)\n- le relevé Qonto de novembre dès qu'il est dispo.\n\nTu peux les "
          "déposer sur l'espace partagé comme d'habitude. Déclaration à faire avant le 21.\n\nBonne semaine,\n"
          "Sophie\n\nSophie Chevalier\nExpert-comptable – Cabinet Chevalier & Roux\n04 72 56 30 18")
    hs = hdr_gmail(A("Sophie Chevalier", "s.chevalier@chevalier-roux-expertise.fr"), OWNER,
                   "Pièces manquantes TVA novembre", D(30, 17, 25))
    add(G + "comptable_pieces_tva_novembre.eml", "human_reply", build(hs, gmail_alt(my)), "fr",
        group="accountant Chevalier & Roux", pattern="accountant asks for documents, mentions amounts and Qonto",
        facts="", notes="a person; not a payment notice despite the amounts")

    # 44 --------------------------------------------------------------
    my = ("Hi Aurélien,\n\nApologies for the delay. Our MD signs off supplier payments at the end of each month, so "
          "you can expect it by 31 December at the latest. I've flagged it as a priority.\n\nKind regards,\n"
          "Siobhan Kelly\nOffice Manager, Kelly & Nolan Architects, Dublin")
    hs = hdr_gmail(A("Siobhan Kelly", "siobhan@kellynolan-architects.ie"), OWNER, "RE: " + rem_subj_en(222),
                   D(1, 16, 9, tz="+0000"), irt=rem_id(222), refs=rem_id(222))
    add(G + "kellynolan_by_31_december.eml", "human_reply", build(hs, gmail_alt(my)), "en",
        group="client Kelly & Nolan Architects (IE)", pattern="'expect it by 31 December'", facts="promise_date=2026-12-31")

    # 45 --------------------------------------------------------------
    my = ("Monsieur,\n\nConformément à nos conditions générales d'achat (règlement à 45 jours fin de mois), "
          "l'échéance de votre facture F-2026-0223 du 25/11/2026 est fixée au 15 janvier 2027. Elle sera réglée "
          "à cette date par virement.\n\nNous ne considérons donc pas cette facture comme échue.\n\nCordialement,\n\n"
          "Service Comptabilité Fournisseurs\nGaleries du Rhône SA\n\nCe message a été envoyé depuis une adresse "
          "partagée ; merci de rappeler la référence de la facture dans toute correspondance.")
    q = reminder_fr("Madame, Monsieur", 223, "14 760,00", "25/11/2026")
    raw = outlook_reply(A("Comptabilité Fournisseurs – Galeries du Rhône", "fournisseurs@galeries-du-rhone.fr"), OWNER,
                        "RE: " + rem_subj_fr(223), D(3, 11, 45), my, 3, 8, 10, rem_subj_fr(223), q, rem_id(223))
    add(G + "galeries_rhone_45j_fin_de_mois.eml", "human_reply", raw, "fr",
        group="client Galeries du Rhône SA", pattern="AP person cites 45 jours fin de mois, explicit date",
        facts="promise_date=2027-01-15",
        notes="written by a person from a shared mailbox; disagrees with the due date but does not contest the invoice")

    # 46 --------------------------------------------------------------
    my = "Ça part demain, promis.\n\nObtenir Outlook pour Android"
    hs = [("From", A("Kevin Arnaud", "kevin.arnaud@example.com")), ("To", OWNER),
          ("Subject", H("Re: " + rem_subj_fr(216))), ("Thread-Topic", H(rem_subj_fr(216))), ("Date", D(3, 19, 57)),
          ("Message-ID", mid_outlook("PR3P193MB")), ("In-Reply-To", rem_id(216)), ("References", rem_id(216)),
          ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">'
         'Ça part demain, promis.</div><div dir="auto"><br></div><div class="ms-outlook-mobile-signature">'
         'Obtenir <a href="https://aka.ms/AAb9ysg">Outlook pour Android</a></div></body></html>')
    add(G + "arnaud_ca_part_demain.eml", "human_reply",
        build(hs, M("alternative", [P("text/plain", my), P("text/html", h)]), nl="\r\n", mime_version=False), "fr",
        group="client Arnaud (particulier)", pattern="very short, 'demain', Outlook Android", facts="promise_date=2026-12-04")

    # 47 --------------------------------------------------------------
    my = ("Bonjour Aurélien,\n\nTant que la reprise des joints du plan de travail n'est pas faite, nous bloquons le "
          "paiement de la facture F-2026-0191. Nous vous avons signalé le problème le 12 novembre (photos à l'appui) "
          "et nous n'avons eu aucune réponse. Notre cliente finale nous relance tous les jours.\n\nMerci de nous "
          "proposer une date d'intervention.\n\nCordialement,\n\nAnaïs Roche\nOcre & Lin – Architecture intérieure")
    q = reminder_fr("Madame Roche", 191, "5 330,00", "18/11/2026")
    raw = outlook_reply(A("Anaïs Roche", "anais@ocre-et-lin.fr"), OWNER, "RE: " + rem_subj_fr(191), D(2, 12, 2),
                        my, 2, 8, 4, rem_subj_fr(191), q, rem_id(191, 2), refs=rem_id(191, 1) + " " + rem_id(191, 2))
    add(G + "ocre_lin_bloque_paiement_joints.eml", "human_reply", raw, "fr",
        group="client Ocre & Lin", pattern="withholds payment until defects fixed", facts="dispute=yes")

    # 48 (broken MIME: the closing boundary is missing)
    my = ("Bonjour,\n\nJe pensais que c'était réglé, ma femme s'occupe des papiers. Je vérifie avec notre banque "
          "et je reviens vers vous lundi.\n\nCordialement\nPhilippe Vidal")
    hs = hdr_gmail(A("Philippe Vidal", "ph.vidal@example.org"), OWNER, "Re: " + rem_subj_fr(194),
                   D(4, 17, 20), irt=rem_id(194), refs=rem_id(194))
    body = gmail_alt(my)
    rawb = build(hs, body)
    rawb = rawb[: rawb.rfind(b"--" + body.boundary.encode() + b"--")]
    add(G + "vidal_pensais_regle_verifie_mime_tronque.eml", "human_reply", rawb, "fr",
        group="client Vidal (particulier)", pattern="'je pensais que c'était réglé, je vérifie' + truncated multipart (no closing boundary)",
        facts="", notes="not an already-paid claim; MIME deliberately broken")

    # 49 --------------------------------------------------------------
    my = ("Hi Aurélien,\n\nI've passed this on to our accounts team (cc'd), they handle all supplier payments. "
          "Tom, could you look into INV-0225 for the reception desk and get back to Aurélien directly?\n\n"
          "Cheers,\nRachel\n\nRachel Adams | Studio Manager\nNorthlight Creative Ltd | London")
    q = reminder_en("Rachel", 225, "3,060.00", "26 November 2026")
    raw = outlook_reply(A("Rachel Adams", "rachel@northlight-creative.co.uk"), OWNER, "RE: " + rem_subj_en(225),
                        D(1, 12, 40, tz="+0000"), my, 1, 8, 16, rem_subj_en(225), q, rem_id(225), lang="en",
                        cc=A("Tom Baker", "accounts@northlight-creative.co.uk"), tenant="CWLP265MB")
    add(G + "northlight_passed_to_accounts.eml", "human_reply", raw, "en",
        group="client Northlight Creative (UK)", pattern="hands over to accounts in Cc", facts="")

# ============================================================ payment_notification
def hdr_auto(frm, to, subj, date, dom, extra=(), mid=None):
    hs = [("Date", date), ("From", frm), ("To", to), ("Subject", H(subj)),
          ("Message-ID", mid or mid_generic(dom)), ("MIME-Version", "1.0")]
    hs += list(extra)
    return hs


def html_doc(body, title="", bg="#f4f4f7", font="Arial, Helvetica, sans-serif"):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:%s;font-family:%s;">\n%s\n</body></html>' % (title, bg, font, body))


def payment_messages():
    G = "payment_notification/"
    # P01 Qonto money in ------------------------------------------------
    t = ("Bonjour Aurélien,\n\nVous avez reçu un virement sur votre compte Qonto.\n\nMontant : +1 480,00 €\n"
         "De : M OU MME MOREL-FABRE CLAIRE\nRéférence : F-2026-0201\nDate de valeur : 30/11/2026\n"
         "Compte crédité : Compte principal (FR76 1695 8000 01•• •••• •••• 418)\n\nVoir la transaction : "
         "https://app.qonto.com/transactions\n\nL'équipe Qonto\n\nQonto est un établissement de paiement agréé "
         "par l'ACPR sous le numéro 17418. Ceci est un e-mail automatique, merci de ne pas y répondre.")
    h = html_doc('<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
                 '<table width="560" style="background:#ffffff;border-radius:8px;padding:32px"><tr><td>'
                 '<img src="https://qonto.com/static/email/logo-qonto.png" alt="Qonto" width="92"/>'
                 '<h1 style="font-size:22px;color:#1d1d1b">Virement reçu</h1>'
                 '<p style="font-size:15px">Bonjour Aurélien,<br/>Vous avez reçu un virement sur votre compte Qonto.</p>'
                 '<p style="font-size:32px;font-weight:700;color:#1d1d1b;margin:16px 0">+1&nbsp;480,00&nbsp;€</p>'
                 '<table style="font-size:14px;color:#636366"><tr><td>De</td><td style="color:#1d1d1b">M OU MME MOREL-FABRE CLAIRE</td></tr>'
                 '<tr><td>Référence</td><td style="color:#1d1d1b">F-2026-0201</td></tr><tr><td>Date de valeur</td>'
                 '<td style="color:#1d1d1b">30/11/2026</td></tr><tr><td>Compte</td><td style="color:#1d1d1b">Compte principal ••• 418</td></tr></table>'
                 '<p><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:12px 20px;'
                 'border-radius:4px;text-decoration:none">Voir la transaction</a></p></td></tr></table>'
                 '<p style="font-size:11px;color:#999;max-width:560px">Qonto est un établissement de paiement agréé par l\'ACPR sous le numéro 17418. '
                 'Ceci est un e-mail automatique, merci de ne pas y répondre.</p></td></tr></table>', "Qonto")
    add(G + "qonto_virement_recu_morelfabre.eml", "payment_notification",
        build(hdr_auto(A("Qonto", "no-reply@qonto.com"), OWNER_ADDR, "Virement reçu : +1 480,00 €", D(30, 10, 12), "qonto.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="Qonto", group="Qonto",
        pattern="neobank, 'Vous avez reçu un virement', amount in subject and HTML card",
        money=money("in", "1480.00", payer="M OU MME MOREL-FABRE CLAIRE", reference="F-2026-0201", value_date="2026-11-30", cap="yes"),
        notes="format based on Qonto's transaction e-mails (wording reconstructed)")

    # P02 Qonto outgoing transfer executed ----------------------------
    t = ("Bonjour Aurélien,\n\nVotre virement a bien été exécuté.\n\nMontant : -2 350,00 €\nBénéficiaire : BOIS & "
         "PLACAGES DU RHONE\nRéférence : FA-26-11843\nDate d'exécution : 01/12/2026\n\nLe bénéficiaire recevra les "
         "fonds sous 1 jour ouvré.\n\nL'équipe Qonto\nCeci est un e-mail automatique, merci de ne pas y répondre.")
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:28px'><p>Bonjour Aurélien,</p>"
                 "<p><b>Votre virement a bien été exécuté.</b></p><p style='font-size:28px'>-2&nbsp;350,00&nbsp;€</p>"
                 "<p>Bénéficiaire : BOIS &amp; PLACAGES DU RHONE<br/>Référence : FA-26-11843<br/>Date d'exécution : 01/12/2026</p>"
                 "<p>Le bénéficiaire recevra les fonds sous 1 jour ouvré.</p><p>L'équipe Qonto</p>"
                 "<p style='font-size:11px;color:#999'>Ceci est un e-mail automatique, merci de ne pas y répondre.</p></div>")
    add(G + "qonto_virement_sortant_execute.eml", "payment_notification",
        build(hdr_auto(A("Qonto", "no-reply@qonto.com"), OWNER_ADDR, "Votre virement de 2 350,00 € a été exécuté", D(1, 9, 31), "qonto.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="Qonto", group="Qonto",
        pattern="outgoing transfer executed (money out to a supplier)",
        money=money("out", "2350.00", reference="FA-26-11843", value_date="2026-12-01"))

    # P03 Qonto card declined -----------------------------------------
    t = ("Bonjour Aurélien,\n\nUn paiement avec votre carte Qonto One •••• 7702 a été refusé.\n\nCommerçant : WURTH FRANCE\n"
         "Montant : 486,90 €\nDate : 02/12/2026 à 14:07\nMotif : plafond de paiement mensuel atteint\n\nVous pouvez "
         "ajuster vos plafonds depuis l'application, rubrique Cartes.\n\nL'équipe Qonto\n"
         "Ceci est un e-mail automatique, merci de ne pas y répondre.")
    add(G + "qonto_paiement_carte_refuse.eml", "payment_notification",
        build(hdr_auto(A("Qonto", "no-reply@qonto.com"), OWNER_ADDR, "Paiement refusé chez WURTH FRANCE", D(2, 14, 8), "qonto.com"),
              P("text/plain", t)), "fr", provider="Qonto", group="Qonto", pattern="card payment declined (limit), plain text",
        money=money("failed", "486.90", reference="WURTH FRANCE", value_date="2026-12-02"))

    # P04 Qonto incoming transfer under review (none) -------------------
    t = ("Bonjour Aurélien,\n\nUn virement entrant de 8 940,00 € émis par SAS HOLDING TESSIER est en cours de vérification "
         "par nos équipes, conformément à nos obligations réglementaires.\n\nLes fonds ne sont pas encore disponibles sur "
         "votre compte. Nous pourrions vous demander un justificatif (facture, contrat) : vous recevrez alors une "
         "notification dans l'application.\n\nCette vérification prend généralement moins de 48 heures ouvrées.\n\n"
         "L'équipe Qonto\nCeci est un e-mail automatique, merci de ne pas y répondre.")
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:28px;font-size:15px'>" + to_html(t) + "</div>")
    add(G + "qonto_virement_entrant_en_verification.eml", "payment_notification",
        build(hdr_auto(A("Qonto", "no-reply@qonto.com"), OWNER_ADDR, "Un virement entrant est en cours de vérification", D(3, 11, 2), "qonto.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="Qonto", group="Qonto",
        pattern="incoming transfer on hold for compliance, funds not available",
        money=money("none", "8940.00", reference="", value_date=""),
        notes="payer SAS HOLDING TESSIER named in the notice; money not arrived, so payer column left empty")

    # P05 Shine tutoiement ----------------------------------------------
    t = ("Hello Aurélien,\n\nBonne nouvelle, tu as reçu un virement 💸\n\n+ 2 000,00 €\nde M FREDERIC LAMBERT\n"
         "Libellé : ACOMPTE FACTURE F-2026-0203\nle 02/12/2026\n\nRetrouve le détail dans ton appli Shine.\n\n"
         "À très vite,\nL'équipe Shine\n\nShine SAS – établissement de paiement agréé par l'ACPR. Cet e-mail t'a été "
         "envoyé automatiquement, merci de ne pas y répondre. Pour gérer tes notifications, rends-toi dans Réglages > Notifications.")
    h = html_doc("<div style='max-width:520px;margin:auto;background:#fff;border-radius:16px;padding:24px'>"
                 "<p>Hello Aurélien,</p><p>Bonne nouvelle, tu as reçu un virement 💸</p>"
                 "<div style='background:#eef7f1;border-radius:12px;padding:16px'><span style='font-size:30px;color:#0b7a3e'>+ 2 000,00 €</span>"
                 "<br/>de <b>M FREDERIC LAMBERT</b><br/><span style='color:#666'>ACOMPTE FACTURE F-2026-0203 · 02/12/2026</span></div>"
                 "<p>Retrouve le détail dans ton appli Shine.</p><p>À très vite,<br/>L'équipe Shine</p>"
                 "<p style='font-size:11px;color:#888'>Shine SAS – établissement de paiement agréé par l'ACPR. Cet e-mail t'a été envoyé "
                 "automatiquement, merci de ne pas y répondre.</p></div>", bg="#fafafa")
    add(G + "shine_tu_as_recu_un_virement.eml", "payment_notification",
        build(hdr_auto(A("Shine", "notifications@shine.fr"), OWNER_ADDR, "Tu as reçu un virement de 2 000,00 €", D(2, 15, 41), "shine.fr"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="Shine", group="Shine",
        pattern="tutoiement, emoji, partial payment", money=money("in", "2000.00", payer="M FREDERIC LAMBERT",
        reference="ACOMPTE FACTURE F-2026-0203", value_date="2026-12-02", cap="yes"), notes="partial payment (acompte) of an invoice")

    # P06 Shine monthly statement -------------------------------------
    t = ("Hello Aurélien,\n\nTon relevé de compte de novembre 2026 est disponible.\nTu peux le télécharger dans ton appli, "
         "rubrique Compte > Relevés, ou depuis app.shine.fr.\n\nL'équipe Shine\n\nCet e-mail t'a été envoyé automatiquement.")
    add(G + "shine_releve_novembre.eml", "payment_notification",
        build(hdr_auto(A("Shine", "notifications@shine.fr"), OWNER_ADDR, "Ton relevé de novembre est disponible 📄", D(1, 7, 3), "shine.fr"),
              P("text/plain", t)), "fr", provider="Shine", group="Shine", pattern="monthly statement available",
        money=money("statement", currency=""))

    # P07 BNP credit alert ----------------------------------------------
    t = ("BNP PARIBAS - Alerte sur votre compte\n\nBonjour,\n\nUne opération au crédit a été enregistrée sur votre compte "
         "professionnel n° ****0418 :\n\nDate : 02/12/2026\nLibellé : VIR SEPA RECU /DE M STEPHANE GUERIN /MOTIF FACTURE F-2026-0195 DRESSING\n"
         "Montant : + 2 640,00 EUR\n\nSolde disponible après opération : 9 218,55 EUR\n\nPour consulter vos comptes, "
         "connectez-vous à votre espace client sur mabanque.bnpparibas ou à l'application Mes Comptes.\n\n"
         "Ce message vous est adressé automatiquement dans le cadre du service d'alertes. Merci de ne pas y répondre.\n"
         "BNP Paribas SA au capital de 2 261 621 342 EUR - Siège social : 16 boulevard des Italiens 75009 Paris - RCS Paris 662 042 449.")
    add(G + "bnp_alerte_operation_credit.eml", "payment_notification",
        build(hdr_auto(A("BNP Paribas", "alertes@mabanque.bnpparibas"), OWNER_ADDR, "Alerte : opération au crédit de votre compte",
                       D(2, 7, 5), "mabanque.bnpparibas"), P("text/plain", t, charset="iso-8859-1")), "fr",
        provider="BNP Paribas", group="BNP Paribas", pattern="classic bank alert, plain text latin-1, SEPA label with /DE /MOTIF",
        money=money("in", "2640.00", payer="M STEPHANE GUERIN", reference="FACTURE F-2026-0195 DRESSING", value_date="2026-12-02", cap="yes"))

    # P08 BNP balance alert ---------------------------------------------
    t = ("BNP PARIBAS - Alerte solde\n\nBonjour,\n\nLe solde de votre compte professionnel n° ****0418 est passé sous le seuil "
         "de 1 000,00 EUR que vous avez défini.\n\nSolde au 04/12/2026 : 742,18 EUR\n\nCe message vous est adressé "
         "automatiquement dans le cadre du service d'alertes. Merci de ne pas y répondre.")
    add(G + "bnp_alerte_solde_seuil.eml", "payment_notification",
        build(hdr_auto(A("BNP Paribas", "alertes@mabanque.bnpparibas"), OWNER_ADDR, "Alerte solde sur votre compte",
                       D(4, 6, 58), "mabanque.bnpparibas"), P("text/plain", t, charset="iso-8859-1")), "fr",
        provider="BNP Paribas", group="BNP Paribas", pattern="balance below threshold alert",
        money=money("statement", "", currency=""), notes="balance 742,18 EUR given; no movement")

    # P09 Credit Agricole Centre-Est credit ------------------------------
    h = html_doc("<table width='600' align='center' style='background:#fff;border-top:6px solid #009597'><tr><td style='padding:20px'>"
                 "<p style='color:#009597;font-size:18px'><b>Crédit Agricole Centre-est</b> – Mes alertes</p>"
                 "<p>Bonjour M. DUFRESNE,</p><p>Un crédit de <b>3 912,00 EUR</b> a été enregistré le 01/12/2026 sur votre compte "
                 "COMPTE COURANT PRO n° *****20741.</p><table border='1' cellpadding='6' style='border-collapse:collapse;font-size:13px'>"
                 "<tr><th>Date</th><th>Libellé</th><th>Montant</th></tr><tr><td>01/12</td><td>VIR MAISON LUMIERE SAS F-2026-0224 AGENCEMENT BOUTIQUE</td>"
                 "<td>+3 912,00</td></tr></table><p style='font-size:11px;color:#777'>Cet e-mail vous est envoyé automatiquement suite à votre "
                 "abonnement au service Mes alertes. Merci de ne pas y répondre. Crédit Agricole Centre-est – Société coopérative à capital variable.</p></td></tr></table>")
    add(G + "ca_centrest_credit_maisonlumiere.eml", "payment_notification",
        build(hdr_auto(A("Crédit Agricole Centre-est", "noreply@ca-centrest.fr"), OWNER_ADDR, "Mes alertes : opération créditrice",
                       D(1, 6, 31), "ca-centrest.fr"), P("text/html", h)), "fr", provider="Crédit Agricole",
        group="Crédit Agricole Centre-est", pattern="HTML-only alert with a one-row table",
        money=money("in", "3912.00", payer="MAISON LUMIERE SAS", reference="F-2026-0224 AGENCEMENT BOUTIQUE", value_date="2026-12-01", cap="yes"),
        notes="payer is inside the label ('VIR MAISON LUMIERE SAS ...')")

    # P10 Credit Agricole direct debit URSSAF ------------------------------
    h = html_doc("<table width='600' align='center' style='background:#fff;border-top:6px solid #009597'><tr><td style='padding:20px'>"
                 "<p style='color:#009597;font-size:18px'><b>Crédit Agricole Centre-est</b> – Mes alertes</p>"
                 "<p>Bonjour M. DUFRESNE,</p><p>Un prélèvement de <b>1 126,00 EUR</b> a été débité le 04/12/2026 de votre compte "
                 "COMPTE COURANT PRO n° *****20741.</p><p>Créancier : URSSAF RHONE-ALPES<br/>Référence : COTISATIONS TI ECHEANCE 05/12/2026</p>"
                 "<p style='font-size:11px;color:#777'>Cet e-mail vous est envoyé automatiquement. Merci de ne pas y répondre.</p></td></tr></table>")
    add(G + "ca_centrest_prelevement_urssaf.eml", "payment_notification",
        build(hdr_auto(A("Crédit Agricole Centre-est", "noreply@ca-centrest.fr"), OWNER_ADDR, "Mes alertes : prélèvement débité",
                       D(4, 6, 40), "ca-centrest.fr"), P("text/html", h)), "fr", provider="Crédit Agricole",
        group="Crédit Agricole Centre-est", pattern="direct debit taken (URSSAF)",
        money=money("out", "1126.00", reference="COTISATIONS TI ECHEANCE 05/12/2026", value_date="2026-12-04"))

    # P11 Société Générale transfer received -----------------------------
    t = ("Société Générale - Service d'alertes\n\nMadame, Monsieur,\n\nNous vous informons qu'un virement reçu de 5 180,00 EUR "
         "a été porté au crédit de votre compte 30003 01234 000504218XX le 30/11/2026.\n\nÉmetteur : SAS RIVIERA CONCEPT\n"
         "Référence : REGLEMENT FACT F2026 0174\n\nPour plus de détails, consultez votre Espace Client Professionnels.\n\n"
         "Ceci est un message automatique, merci de ne pas y répondre.\nSociété Générale, S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris")
    h = html_doc("<div style='max-width:600px;margin:auto;background:#fff'><div style='background:#e9041e;height:8px'></div><div style='padding:24px;font-size:14px'>"
                 + to_html(t) + "</div></div>")
    add(G + "sg_virement_recu_riviera.eml", "payment_notification",
        build(hdr_auto(A("Société Générale", "ne-pas-repondre@societegenerale.fr"), OWNER_ADDR, "Avis de virement reçu",
                       D(30, 18, 12), "societegenerale.fr"), M("alternative", [P("text/plain", t), P("text/html", h)])), "fr",
        provider="Société Générale", group="Société Générale", pattern="formal 'porté au crédit', Émetteur/Référence lines",
        money=money("in", "5180.00", payer="SAS RIVIERA CONCEPT", reference="REGLEMENT FACT F2026 0174", value_date="2026-11-30", cap="yes"))

    # P12 Société Générale returned cheque -------------------------------
    t = ("Société Générale - Service d'alertes\n\nMadame, Monsieur,\n\nLe chèque n° 7340219 d'un montant de 720,00 EUR, remis "
         "à l'encaissement le 24/11/2026, nous a été retourné impayé par la banque du tireur.\nMotif : provision insuffisante.\n\n"
         "Le montant a été débité de votre compte le 03/12/2026. Le chèque original vous sera adressé par courrier avec le "
         "certificat de non-paiement.\n\nCeci est un message automatique, merci de ne pas y répondre.")
    add(G + "sg_cheque_impaye.eml", "payment_notification",
        build(hdr_auto(A("Société Générale", "ne-pas-repondre@societegenerale.fr"), OWNER_ADDR, "Chèque remis retourné impayé",
                       D(3, 17, 45), "societegenerale.fr"), P("text/plain", t)), "fr",
        provider="Société Générale", group="Société Générale", pattern="deposited cheque returned unpaid",
        money=money("failed", "720.00", reference="CHEQUE 7340219", value_date="2026-12-03"))

    # P13 LCL amount in subject only -------------------------------------
    h = html_doc("<table width='600' align='center' style='background:#fff'><tr><td style='background:#0a2e6e;color:#fff;padding:14px;font-size:20px'>LCL</td></tr>"
                 "<tr><td style='padding:20px'><p>Bonjour,</p><p>Un mouvement créditeur a été enregistré sur votre compte se terminant par 5512.</p>"
                 "<p>Pour en consulter le détail, connectez-vous à votre Espace Client sur lcl.fr ou sur l'application LCL Mes Comptes.</p>"
                 "<p style='font-size:11px;color:#888'>Ceci est un message automatique, merci de ne pas y répondre. LCL Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 - RCS Lyon.</p></td></tr></table>")
    add(G + "lcl_mouvement_crediteur_montant_objet.eml", "payment_notification",
        build(hdr_auto(A("LCL", "alertes@info.lcl.fr"), OWNER_ADDR, "LCL Alerte : mouvement créditeur de 1 085,00 EUR",
                       D(2, 8, 2), "info.lcl.fr"), P("text/html", h)), "fr", provider="LCL", group="LCL",
        pattern="amount in subject only, no payer in body",
        money=money("in", "1085.00", value_date="2026-12-02", cap="yes"),
        notes="single credit, payer not named (unsure between yes and a weaker value); value date = alert date")

    # P14 La Banque Postale card debit -----------------------------------
    t = ("La Banque Postale\n\nBonjour,\n\nNous vous informons qu'une opération au débit a été enregistrée sur votre compte "
         "se terminant par 03M :\n\nPAIEMENT PAR CARTE X4417 LEROY MERLIN BRON 01/12 : -212,35 EUR\n\nSi vous n'êtes pas à "
         "l'origine de cette opération, contactez immédiatement le 09 69 36 39 39 (appel non surtaxé).\n\nCet e-mail est "
         "envoyé automatiquement, merci de ne pas y répondre.\nLa Banque Postale - SA à Directoire et Conseil de Surveillance")
    add(G + "lbp_alerte_debit_carte.eml", "payment_notification",
        build(hdr_auto(A("La Banque Postale", "ne-pas-repondre@labanquepostale.fr"), OWNER_ADDR, "Alerte opération au débit",
                       D(1, 19, 20), "labanquepostale.fr"), P("text/plain", t, charset="windows-1252")), "fr",
        provider="La Banque Postale", group="La Banque Postale", pattern="card payment alert, windows-1252 QP",
        money=money("out", "212.35", reference="LEROY MERLIN BRON", value_date="2026-12-01"))

    # P15 La Banque Postale outgoing transfer returned --------------------
    t = ("La Banque Postale\n\nBonjour,\n\nVotre virement de 540,00 EUR du 27/11/2026 à destination de ATELIER FERRONNERIE "
         "GAUTHIER n'a pas pu aboutir : il a été rejeté par la banque du bénéficiaire (motif : compte clos).\n\nLe montant a "
         "été recrédité sur votre compte le 02/12/2026. Nous vous invitons à vérifier les coordonnées bancaires du "
         "bénéficiaire.\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.")
    add(G + "lbp_virement_rejete_compte_clos.eml", "payment_notification",
        build(hdr_auto(A("La Banque Postale", "ne-pas-repondre@labanquepostale.fr"), OWNER_ADDR, "Votre virement n'a pas pu être exécuté",
                       D(2, 10, 15), "labanquepostale.fr"), P("text/plain", t, charset="windows-1252")), "fr",
        provider="La Banque Postale", group="La Banque Postale", pattern="outgoing transfer returned (compte clos), amount re-credited",
        money=money("failed", "540.00", reference="ATELIER FERRONNERIE GAUTHIER", value_date="2026-12-02"),
        notes="money comes back to the owner but it is his own failed payment, not a client payment")

    # P16 Crédit Mutuel transfer received ----------------------------------
    t = ("Crédit Mutuel - Alerte\n\nVIREMENT SEPA RECU\n\nCompte : 10278 07304 00020741801 DUFRESNE AURELIEN EI\n"
         "Date : 03/12/2026\nMontant : 1 320,00 EUR\nDonneur d'ordre : CASTAING IMMOBILIER\nMotif : FACT F-2026-0206\n\n"
         "Message envoyé automatiquement par le service Alertes du Crédit Mutuel - Ne pas répondre.")
    add(G + "creditmutuel_virement_sepa_recu.eml", "payment_notification",
        build(hdr_auto(A("Crédit Mutuel", "alertes@creditmutuel.fr"), OWNER_ADDR, "Alerte : VIREMENT SEPA RECU",
                       D(3, 13, 5), "creditmutuel.fr"), P("text/plain", t, charset="iso-8859-15", cte="8bit")), "fr",
        provider="Crédit Mutuel", group="Crédit Mutuel", pattern="terse upper-case alert, iso-8859-15 8bit, 'Donneur d'ordre'",
        money=money("in", "1320.00", payer="CASTAING IMMOBILIER", reference="FACT F-2026-0206", value_date="2026-12-03", cap="yes"))

    # P17 CIC two transfers ---------------------------------------------
    h = html_doc("<div style='max-width:620px;margin:auto;background:#fff;padding:20px;font-size:13px'>"
                 "<p><b>CIC</b> – Service d'alertes</p><p>Bonjour,</p><p><b>2 virements reçus</b> sur votre compte courant n° 00020418302 :</p>"
                 "<table cellpadding='6' style='border-collapse:collapse;width:100%' border='1'><tr style='background:#eef'><th>Date</th><th>Donneur d'ordre</th><th>Libellé</th><th>Montant</th></tr>"
                 "<tr><td>03/12/2026</td><td>MME HADDAD SAMIA</td><td>F-2026-0215</td><td align='right'>+760,00 EUR</td></tr>"
                 "<tr><td>04/12/2026</td><td>NACRE DESIGN INTERIEUR</td><td>FACTURE 213 DUFRESNE</td><td align='right'>+2 205,00 EUR</td></tr></table>"
                 "<p style='font-size:11px;color:#777'>Cet e-mail est envoyé automatiquement. Merci de ne pas y répondre. CIC – Crédit Industriel et Commercial.</p></div>")
    add(G + "cic_deux_virements_recus.eml", "payment_notification",
        build(hdr_auto(A("CIC", "alertes@cic.fr"), OWNER_ADDR, "2 virements reçus sur votre compte", D(4, 7, 10), "cic.fr"),
              P("text/html", h)), "fr", provider="CIC", group="CIC", pattern="plural, two credits in an HTML table",
        money=money("in|in", "760.00|2205.00", payer="MME HADDAD SAMIA|NACRE DESIGN INTERIEUR",
                    reference="F-2026-0215|FACTURE 213 DUFRESNE", value_date="2026-12-03|2026-12-04", cap="yes"),
        notes="two payments from two identified payers in one notice")

    # P18 BoursoBank -------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nVous avez reçu un virement de 950,00 € sur votre compte BoursoBank Pro.\n\nÉmetteur : ARNAUD KEVIN\n"
         "Libellé : Facture 216 meuble TV\nDate : 04/12/2026\n\nÀ bientôt sur BoursoBank\n\nCet e-mail vous a été envoyé "
         "automatiquement, merci de ne pas y répondre. BoursoBank, SA au capital de 53 780 614,40 €, RCS Nanterre 351 058 151.")
    h = html_doc("<div style='max-width:600px;margin:auto;background:#fff;padding:24px'><p style='color:#d0006f;font-size:20px'><b>BoursoBank</b></p>" + to_html(t) + "</div>")
    add(G + "boursobank_virement_recu.eml", "payment_notification",
        build(hdr_auto(A("BoursoBank", "ne-pas-repondre@boursobank.com"), OWNER_ADDR, "Vous avez reçu un virement", D(4, 16, 21), "boursobank.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="BoursoBank", group="BoursoBank",
        pattern="online bank, amount only in body",
        money=money("in", "950.00", payer="ARNAUD KEVIN", reference="Facture 216 meuble TV", value_date="2026-12-04", cap="yes"),
        notes="matches human_reply/arnaud_ca_part_demain.eml (promised 'demain' on 3 Dec)")

    # P19 Hello bank! statement ---------------------------------------------
    h = html_doc("<div style='max-width:600px;margin:auto;background:#fff;padding:24px'><p style='color:#00a5e6;font-size:22px'><b>Hello bank!</b></p>"
                 "<p>Bonjour Aurélien,</p><p>Votre relevé de compte du mois de novembre 2026 est disponible dans votre espace client.</p>"
                 "<p><a href='https://www.hellobank.fr/'>Consulter mes relevés</a></p><p style='font-size:11px;color:#999'>Vous recevez cet e-mail "
                 "car vous avez opté pour les relevés en ligne. Ceci est un message automatique, merci de ne pas y répondre. "
                 "Hello bank! est une marque de BNP Paribas SA.</p></div>")
    add(G + "hellobank_releve_disponible.eml", "payment_notification",
        build(hdr_auto(A("Hello bank!", "noreply@hellobank.fr"), OWNER_ADDR, "Votre relevé de compte est disponible", D(3, 5, 44), "hellobank.fr"),
              P("text/html", h)), "fr", provider="Hello bank!", group="Hello bank!", pattern="statement available, HTML-only",
        money=money("statement", currency=""))

    # P20 Fortuneo outgoing transfer ----------------------------------------
    t = ("Fortuneo\n\nBonjour Monsieur DUFRESNE,\n\nNous vous confirmons l'émission de votre virement :\n\nMontant : 1 850,00 EUR\n"
         "Bénéficiaire : CABINET MORAND GESTION\nLibellé : LOYER ATELIER DEC 2026\nDate d'exécution : 01/12/2026\n\n"
         "Fortuneo vous remercie de votre confiance.\n\nMerci de ne pas répondre à cet e-mail, il a été envoyé automatiquement.\n"
         "Fortuneo est une marque commerciale d'Arkéa Direct Bank.")
    add(G + "fortuneo_virement_emis_loyer.eml", "payment_notification",
        build(hdr_auto(A("Fortuneo", "ne-pas-repondre@fortuneo.fr"), OWNER_ADDR, "Confirmation d'émission de virement", D(1, 8, 1), "fortuneo.fr"),
              P("text/plain", t)), "fr", provider="Fortuneo", group="Fortuneo", pattern="outgoing transfer confirmation (rent)",
        money=money("out", "1850.00", reference="LOYER ATELIER DEC 2026", value_date="2026-12-01"))

    # P21 Caisse d'Epargne credit -------------------------------------------
    t = ("Caisse d'Epargne Rhône Alpes\n\nAlerte opération créditrice\n\nBonjour,\n\nUne opération créditrice supérieure au "
         "seuil de 500,00 EUR a été enregistrée sur votre compte ****6640 :\n\n01/12/2026 VIR SEPA RECU /DE SARL LES JARDINS DE "
         "SAINTE-FOY /MOTIF F2026-0189 BANQUETTES /REF 000184573  + 2 870,00 EUR\n\nCeci est un message automatique, merci de ne pas y répondre.")
    add(G + "caisse_epargne_operation_creditrice.eml", "payment_notification",
        build(hdr_auto(A("Caisse d'Epargne", "alertes@alertes.caisse-epargne.fr"), OWNER_ADDR, "Alerte operation crediteuse",
                       D(1, 7, 58), "alertes.caisse-epargne.fr"), P("text/plain", t)), "fr", provider="Caisse d'Épargne",
        group="Caisse d'Epargne Rhône Alpes", pattern="single-line SEPA label with /DE /MOTIF /REF, subject without accents",
        money=money("in", "2870.00", payer="SARL LES JARDINS DE SAINTE-FOY", reference="F2026-0189 BANQUETTES", value_date="2026-12-01", cap="yes"))

    # P22 Banque Populaire ---------------------------------------------------
    h = html_doc("<table width='600' align='center' style='background:#fff'><tr><td style='background:#00478f;color:#fff;padding:12px'>"
                 "Banque Populaire Auvergne Rhône Alpes – Cyberplus</td></tr><tr><td style='padding:18px;font-size:14px'>"
                 "<p>Bonjour,</p><p>Nous vous informons d'une opération créditrice supérieure à 1 000 € sur votre compte n° ****3321.</p>"
                 "<p>Date de l'opération : 03/12/2026<br/>Montant : <b>6 300,00 €</b><br/>Libellé : VIR SCI DU VALLON SOLDE CUISINE F-2026-0186</p>"
                 "<p style='font-size:11px;color:#777'>Message automatique : merci de ne pas répondre. Pour modifier vos alertes, rendez-vous dans Cyberplus.</p></td></tr></table>")
    add(G + "banquepop_cyberplus_credit_superieur.eml", "payment_notification",
        build(hdr_auto(A("Banque Populaire AURA", "alertes@bpaura.banquepopulaire.fr"), OWNER_ADDR, "Cyberplus : opération créditrice",
                       D(3, 9, 22), "bpaura.banquepopulaire.fr"), P("text/html", h)), "fr", provider="Banque Populaire",
        group="Banque Populaire AURA", pattern="threshold credit alert, payer inside label",
        money=money("in", "6300.00", payer="SCI DU VALLON", reference="SOLDE CUISINE F-2026-0186", value_date="2026-12-03", cap="yes"))

    # P23 N26 ----------------------------------------------------------------
    t = ("Vous avez reçu 450,00 €\n\nCamille Bertrand vous a envoyé 450,00 € sur votre compte N26 Business.\n\n"
         "Référence : Restauration commode\n\nLes fonds sont déjà disponibles.\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. "
         "Vous recevez cet e-mail car vous avez activé les notifications par e-mail dans votre application N26.")
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:32px;font-family:Helvetica'><h2 style='color:#36a18b'>Vous avez reçu 450,00 €</h2>"
                 "<p>Camille Bertrand vous a envoyé 450,00 € sur votre compte N26 Business.</p><p>Référence : Restauration commode</p>"
                 "<p>Les fonds sont déjà disponibles.</p><p style='font-size:11px;color:#999'>N26 Bank SE, Voltairestraße 8, 10179 Berlin. "
                 "Vous recevez cet e-mail car vous avez activé les notifications par e-mail.</p></div>")
    add(G + "n26_vous_avez_recu.eml", "payment_notification",
        build(hdr_auto(A("N26", "no-reply@n26.com"), OWNER_ADDR, "Vous avez reçu 450,00 €", D(30, 19, 47), "n26.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="N26", group="N26",
        pattern="payer's person name in prose", money=money("in", "450.00", payer="Camille Bertrand",
        reference="Restauration commode", value_date="2026-11-30", cap="yes"))

    # P24 Revolut Business received --------------------------------------------
    t = ("You've received €3,060.00\n\nNORTHLIGHT CREATIVE LTD sent you €3,060.00 to your EUR account.\nReference: INV-0225\n"
         "Date: 4 Dec 2026\n\nView transaction: https://business.revolut.com/\n\nRevolut Business\nThis email was sent by Revolut "
         "Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. You're receiving this email because you enabled transaction "
         "notifications. Please do not reply to this email.")
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:32px'><h1 style='font-size:26px'>You've received €3,060.00</h1>"
                 "<p><b>NORTHLIGHT CREATIVE LTD</b> sent you €3,060.00 to your EUR account.</p><p style='color:#717173'>Reference: INV-0225<br/>4 Dec 2026</p>"
                 "<p><a href='https://business.revolut.com/' style='background:#0666eb;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none'>View transaction</a></p>"
                 "<p style='font-size:11px;color:#999'>Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. You're receiving this email because you enabled transaction notifications.</p></div>", font="Inter, Arial, sans-serif")
    add(G + "revolut_business_received_northlight.eml", "payment_notification",
        build(hdr_auto(A("Revolut Business", "no-reply@revolut.com"), OWNER_ADDR, "You've received €3,060.00", D(4, 13, 30), "revolut.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "en", provider="Revolut Business", group="Revolut Business",
        pattern="English, € prefix with comma thousands", money=money("in", "3060.00", payer="NORTHLIGHT CREATIVE LTD",
        reference="INV-0225", value_date="2026-12-04", cap="yes"))

    # P25 Revolut transfer failed ------------------------------------------------
    t = ("Your transfer couldn't be completed\n\nYour transfer of €1,240.00 to Atelier Métal Design was returned by the "
         "recipient's bank. Reason: beneficiary name does not match the account.\n\nThe money is back in your EUR account. "
         "Please check the recipient's details and try again.\n\nRevolut Business\nPlease do not reply to this email.")
    add(G + "revolut_transfer_returned.eml", "payment_notification",
        build(hdr_auto(A("Revolut Business", "no-reply@revolut.com"), OWNER_ADDR, "Your transfer to Atelier Métal Design was returned",
                       D(2, 16, 3), "revolut.com"), P("text/plain", t)), "en", provider="Revolut Business", group="Revolut Business",
        pattern="outgoing transfer returned", money=money("failed", "1240.00", reference="Atelier Métal Design", value_date="2026-12-02"))

    # P27 Wise GBP received --------------------------------------------------------
    t = ("Hi Aurélien,\n\nYou've received 1,950.00 GBP from Thomas Whitfield.\n\nReference: INV-0220\n\nIt's now in your GBP "
         "balance. You can convert it, spend it with your card or send it to your bank account.\n\nThe Wise team\n\n"
         "Wise Europe SA, Rue du Trône 100, 1050 Brussels. You're receiving this because you have a Wise account. "
         "Please don't reply to this email.")
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:32px'><p>Hi Aurélien,</p><h2 style='color:#163300'>You've received 1,950.00 GBP from Thomas Whitfield</h2>"
                 "<p>Reference: INV-0220</p><p>It's now in your GBP balance.</p><p>The Wise team</p><p style='font-size:11px;color:#888'>Wise Europe SA, Rue du Trône 100, 1050 Brussels.</p></div>", bg="#f2f5f7")
    add(G + "wise_received_gbp_whitfield.eml", "payment_notification",
        build(hdr_auto(A("Wise", "noreply@wise.com"), OWNER_ADDR, "You've received 1,950.00 GBP", D(1, 12, 12, tz="+0000"), "wise.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "en", provider="Wise", group="Wise",
        pattern="GBP amount with code after the number", money=money("in", "1950.00", currency="GBP", payer="Thomas Whitfield",
        reference="INV-0220", value_date="2026-12-01", cap="yes"))

    # P28 Wise outgoing -------------------------------------------------------------
    t = ("Hi Aurélien,\n\nYour money's on its way.\n\nYou sent 2,480.00 EUR to Holzwerk Brandner GmbH.\nReference: RE-2026-3391\n"
         "Should arrive: by Thursday, 3 December.\n\nTrack your transfer: https://wise.com/transactions\n\nThe Wise team")
    add(G + "wise_sent_holzwerk.eml", "payment_notification",
        build(hdr_auto(A("Wise", "noreply@wise.com"), OWNER_ADDR, "Your money's on its way to Holzwerk Brandner GmbH", D(2, 10, 40, tz="+0000"), "wise.com"),
              P("text/plain", t)), "en", provider="Wise", group="Wise", pattern="outgoing transfer sent",
        money=money("out", "2480.00", reference="RE-2026-3391", value_date="2026-12-02"))

    # P29 Stripe payout (aggregate) -----------------------------------------------------
    t = ("Votre virement de 2 184,52 € est en route\n\nUn virement de 2 184,52 € vers votre compte bancaire QONTO •••• 0418 "
         "a été initié. Il devrait arriver le 3 déc. 2026.\n\nCe virement regroupe 7 paiements et 3 remboursements.\n"
         "ID du virement : po_1QdT%s\n\nConsultez le détail dans votre Dashboard : https://dashboard.stripe.com/payouts\n\n"
         "Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower · Dublin 2 · Irlande\nVous recevez cet e-mail parce que "
         "vous êtes abonné aux notifications de virement de Dufresne Ébénisterie." % alnum(20))
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,sans-serif'>"
                 "<h1 style='font-size:22px;color:#32325d'>Votre virement de 2 184,52 € est en route</h1>" + to_html(t.split("\n\n", 1)[1]) + "</div>", bg="#f6f9fc")
    add(G + "stripe_virement_en_route_agrege.eml", "payment_notification",
        build(hdr_auto(A("Stripe", "notifications@stripe.com"), OWNER_ADDR, "Votre virement de 2 184,52 € est en route", D(1, 3, 14), "stripe.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="Stripe", group="Stripe",
        pattern="payout bundling 7 payments and 3 refunds", money=money("in", "2184.52", value_date="2026-12-03", cap="no_aggregate"))

    # P30 Stripe successful payment ------------------------------------------------------
    t = ("You received a payment of €780.00\n\nPayment details\nAmount: €780.00\nCustomer: Bastien Roy (bastien.roy@example.com)\n"
         "Description: Table basse noyer – solde facture F-2026-0227\nPayment method: Visa •••• 4242\nDate: 30 Nov 2026, 21:17\n\n"
         "View payment: https://dashboard.stripe.com/payments/pi_3Qd%s\n\nYou're receiving this email because you have "
         "successful payment notifications turned on for Dufresne Ébénisterie. Manage notifications in your Dashboard.\n"
         "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080" % alnum(18))
    add(G + "stripe_payment_received_roy.eml", "payment_notification",
        build(hdr_auto(A("Stripe", "notifications@stripe.com"), OWNER_ADDR, "Payment of €780.00 from Bastien Roy", D(30, 21, 18, tz="+0000"), "stripe.com"),
              P("text/plain", t)), "en", provider="Stripe", group="Stripe", pattern="single card payment captured through a payment link",
        money=money("in", "780.00", payer="Bastien Roy", reference="Table basse noyer – solde facture F-2026-0227", value_date="2026-11-30", cap="yes"))

    # P31 Stripe dispute ------------------------------------------------------------------
    t = ("A payment has been disputed\n\nBastien Roy's bank has disputed a payment of €1,150.00 made on 12 Oct 2026.\n"
         "Reason: Product not received\nDispute amount and fee: €1,150.00 + €20.00 have been withdrawn from your balance.\n\n"
         "Respond by 18 Dec 2026 by submitting evidence (delivery confirmation, signed delivery note, correspondence).\n\n"
         "Respond to dispute: https://dashboard.stripe.com/disputes/dp_1Qd%s\n\nStripe" % alnum(18))
    add(G + "stripe_dispute_opened.eml", "payment_notification",
        build(hdr_auto(A("Stripe", "notifications@stripe.com"), OWNER_ADDR, "Action required: a payment for €1,150.00 has been disputed",
                       D(2, 4, 2, tz="+0000"), "stripe.com"), P("text/plain", t)), "en", provider="Stripe", group="Stripe",
        pattern="chargeback / dispute opened", money=money("chargeback", "1150.00", value_date="2026-12-02"))

    # P32 Stripe payout failed ----------------------------------------------------------------
    t = ("Votre virement n'a pas pu être effectué\n\nLe virement de 1 962,30 € prévu le 4 déc. 2026 vers votre compte "
         "FR76 •••• 7712 a été refusé par votre banque (compte clôturé).\n\nLes fonds ont été reversés sur votre solde Stripe. "
         "Mettez à jour vos coordonnées bancaires pour que nous puissions relancer le virement : "
         "https://dashboard.stripe.com/settings/payouts\n\nL'équipe Stripe")
    add(G + "stripe_virement_echoue.eml", "payment_notification",
        build(hdr_auto(A("Stripe", "notifications@stripe.com"), OWNER_ADDR, "Échec du virement vers votre compte bancaire", D(4, 9, 12), "stripe.com"),
              P("text/plain", t)), "fr", provider="Stripe", group="Stripe", pattern="payout failed (closed bank account)",
        money=money("failed", "1962.30", value_date="2026-12-04"))

    # P33 PayPal payment received ---------------------------------------------------------------
    t = ("Vous avez reçu un paiement\n\nBonjour Aurélien Dufresne,\n\nEmma Lefèvre vous a envoyé 295,00 € EUR.\n\n"
         "Remarque de Emma Lefèvre : « Planche à découper + pied de lampe, merci ! »\n\nNuméro de transaction : 7KD%s\n"
         "Date de la transaction : 3 décembre 2026\n\nL'argent a été ajouté à votre solde PayPal.\n\nAide et contact | Sécurité\n"
         "PayPal s'engage à prévenir les e-mails frauduleux. Un e-mail de PayPal s'adresse toujours à vous par votre nom.\n"
         "Copyright © 1999-2026 PayPal. Tous droits réservés. PayPal (Europe) S.à r.l. et Cie, S.C.A." % HX(14))
    h = html_doc("<table width='600' align='center' style='background:#fff'><tr><td style='padding:24px'><img src='https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png' width='60'/>"
                 "<h2>Vous avez reçu un paiement</h2>" + to_html(t.split("\n\n", 1)[1]) + "</td></tr></table>")
    add(G + "paypal_paiement_recu.eml", "payment_notification",
        build(hdr_auto(A("service@paypal.fr", "service@paypal.fr"), OWNER_ADDR, "Vous avez reçu un paiement de 295,00 € EUR", D(3, 20, 3), "paypal.com"),
              M("alternative", [P("text/plain", t), P("text/html", h)])), "fr", provider="PayPal", group="PayPal",
        pattern="PayPal 'vous a envoyé', buyer note", money=money("in", "295.00", payer="Emma Lefèvre",
        reference="Planche à découper + pied de lampe, merci !", value_date="2026-12-03", cap="yes"))

    # P34 PayPal refund sent ----------------------------------------------------------------------
    t = ("Vous avez effectué un remboursement\n\nBonjour Aurélien Dufresne,\n\nVous avez remboursé 85,00 € EUR à Hugo Martin.\n"
         "Motif : article endommagé pendant le transport (plateau de service).\nNuméro de transaction : 2MX%s\n\n"
         "Le remboursement apparaîtra sur le compte du client sous 5 jours ouvrés.\n\nCopyright © 1999-2026 PayPal. Tous droits réservés." % HX(14))
    add(G + "paypal_remboursement_envoye.eml", "payment_notification",
        build(hdr_auto(A("service@paypal.fr", "service@paypal.fr"), OWNER_ADDR, "Confirmation de remboursement à Hugo Martin", D(30, 11, 49), "paypal.com"),
              P("text/plain", t)), "fr", provider="PayPal", group="PayPal", pattern="refund issued by the owner",
        money=money("refund", "85.00", reference="article endommagé pendant le transport", value_date="2026-11-30"))

    # P35 SumUp payout ------------------------------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nNous avons effectué un versement de 1 126,40 € sur votre compte bancaire se terminant par 0418.\n\n"
         "Période couverte : 28/11/2026 – 29/11/2026\nNombre de transactions : 23\nVolume : 1 148,00 €\nFrais : 21,60 €\n\n"
         "Vous trouverez le détail dans votre espace SumUp > Versements.\n\nL'équipe SumUp\nSumUp Payments Limited. Cet e-mail a été envoyé "
         "automatiquement, merci de ne pas y répondre.")
    add(G + "sumup_versement_marche_noel.eml", "payment_notification",
        build(hdr_auto(A("SumUp", "noreply@sumup.com"), OWNER_ADDR, "Votre versement SumUp est en route", D(1, 6, 2), "sumup.com"),
              P("text/plain", t)), "fr", provider="SumUp", group="SumUp", pattern="card-terminal payout, 23 transactions (craft market weekend)",
        money=money("in", "1126.40", value_date="2026-12-01", cap="no_aggregate"))

    # P36 GoCardless failed --------------------------------------------------------------------------
    t = ("Bonjour,\n\nLe paiement suivant a échoué :\n\nClient : Marion Tessier\nMontant : 240,00 €\nDescription : Échéance 3/6 – "
         "cuisine F-2026-0152\nDate de prélèvement prévue : 01/12/2026\nMotif : provision insuffisante (AM04)\n\nNous retenterons "
         "automatiquement le prélèvement le 08/12/2026, sauf si vous le désactivez.\n\nL'équipe GoCardless\nGoCardless SAS est "
         "un établissement de paiement agréé par l'ACPR.")
    add(G + "gocardless_paiement_echoue.eml", "payment_notification",
        build(hdr_auto(A("GoCardless", "noreply@gocardless.com"), OWNER_ADDR, "Un paiement a échoué – Marion Tessier", D(2, 7, 30), "gocardless.com"),
              P("text/plain", t)), "fr", provider="GoCardless", group="GoCardless", pattern="direct debit collection failed, retry announced",
        money=money("failed", "240.00", reference="Échéance 3/6 – cuisine F-2026-0152", value_date="2026-12-01"),
        notes="a client's payment failed; payer named in the notice but no money arrived")

    # P37 Mollie settlement ---------------------------------------------------------------------------
    h = html_doc("<div style='max-width:580px;margin:auto;background:#fff;padding:28px'><p>Bonjour,</p><p>Votre versement <b>STL-2026-11-4471</b> d'un montant de "
                 "<b>1 245,30 €</b> a été initié vers NL91 •••• 4300.</p><table style='font-size:13px'><tr><td>Paiements</td><td>18</td></tr>"
                 "<tr><td>Remboursements</td><td>-1</td></tr><tr><td>Frais</td><td>-9,45 €</td></tr></table>"
                 "<p>Cordialement,<br/>Mollie</p><p style='font-size:11px;color:#888'>Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam. "
                 "Vous recevez cet e-mail car vous avez un compte Mollie.</p></div>")
    add(G + "mollie_versement_initie.eml", "payment_notification",
        build(hdr_auto(A("Mollie", "noreply@mollie.com"), OWNER_ADDR, "Versement STL-2026-11-4471 initié", D(3, 8, 44), "mollie.com"),
              P("text/html", h)), "fr", provider="Mollie", group="Mollie", pattern="webshop settlement, HTML only",
        money=money("in", "1245.30", reference="STL-2026-11-4471", value_date="2026-12-03", cap="no_aggregate"))

    # P38 PayPlug payment received --------------------------------------------------------------------
    t = ("Nouveau paiement reçu\n\nBonjour,\n\nUn paiement de 1 200,00 € a été effectué sur votre compte PayPlug.\n\nClient : Julien Caillat\n"
         "E-mail : j.caillat@example.net\nDescription : Acompte 30 %% – table de ferme chêne\nDate : 04/12/2026 10:52\n"
         "Référence : pay_%s\n\nL'équipe PayPlug\nCet e-mail est envoyé automatiquement." % alnum(22))
    add(G + "payplug_nouveau_paiement.eml", "payment_notification",
        build(hdr_auto(A("PayPlug", "noreply@payplug.com"), OWNER_ADDR, "Nouveau paiement reçu : 1 200,00 €", D(4, 10, 53), "payplug.com"),
              P("text/plain", t)), "fr", provider="PayPlug", group="PayPlug", pattern="payment link deposit (acompte)",
        money=money("in", "1200.00", payer="Julien Caillat", reference="Acompte 30 % – table de ferme chêne", value_date="2026-12-04", cap="yes"))

    # P39 Sumeria (ex-Lydia) -----------------------------------------------------------------------------
    t = ("Camille Dubois vous a envoyé 120,00 €\n\n« Réparation chaise 🪑 merci Aurélien ! »\n\nL'argent est disponible sur votre "
         "compte Sumeria.\n\nSumeria (anciennement Lydia)\nVous recevez cet e-mail car vous avez activé les notifications par e-mail.")
    add(G + "sumeria_camille_120.eml", "payment_notification",
        build(hdr_auto(A("Sumeria", "noreply@lydia-app.com"), OWNER_ADDR, "Camille Dubois vous a envoyé 120,00 €", D(30, 18, 6), "lydia-app.com"),
              P("text/plain", t)), "fr", provider="Lydia/Sumeria", group="Sumeria", pattern="P2P app, emoji in note",
        money=money("in", "120.00", payer="Camille Dubois", reference="Réparation chaise 🪑 merci Aurélien !", value_date="2026-11-30", cap="yes"))

    # P40 Indy bank feed ---------------------------------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nIndy a synchronisé 3 nouvelles transactions de votre compte Qonto :\n\n"
         "04/12  VIR SEPA ROUSSEL JULIEN - FACT F-2026-0187   +4 280,00 €\n04/12  PRLV SEPA ORANGE PRO   -62,99 €\n"
         "03/12  CB POINT P CRAPONNE   -318,44 €\n\nPensez à les catégoriser pour garder votre comptabilité à jour.\n\n"
         "L'équipe Indy\nVous recevez cet e-mail car vous avez activé le résumé des transactions.")
    add(G + "indy_synchro_trois_transactions.eml", "payment_notification",
        build(hdr_auto(A("Indy", "bonjour@indy.fr"), OWNER_ADDR, "3 nouvelles transactions à catégoriser", D(4, 18, 2), "indy.fr"),
              P("text/plain", t)), "fr", provider="Indy", group="Indy", pattern="accounting app bank feed, mixed in/out lines",
        money=money("in|out|out", "4280.00|62.99|318.44", payer="ROUSSEL JULIEN||", reference="FACT F-2026-0187|ORANGE PRO|POINT P CRAPONNE",
                    value_date="2026-12-04|2026-12-04|2026-12-03", cap="yes"),
        notes="bank feed digest: one client payment in, two debits")

    # P42 Remittance advice (UK AP system) ----------------------------------------------------------------
    t = ("REMITTANCE ADVICE\n\nBrightwater Studio Ltd\nSupplier: DUFRESNE EBENISTERIE (Supplier no. S-10482)\nPayment date: 03/12/2026\n"
         "Payment method: SEPA Credit Transfer\nPayment reference: BWS-PR-2026-49\n\nInvoice         Date          Amount\n"
         "INV-0211        13/11/2026    EUR 2,380.00\n\nTotal paid: EUR 2,380.00\n\nThis is an automatically generated e-mail "
         "from our finance system. Please do not reply. For queries contact ap@brightwater-studio.co.uk")
    rem = pdf(["REMITTANCE ADVICE - Brightwater Studio Ltd", "Supplier: DUFRESNE EBENISTERIE", "Payment date 03/12/2026",
               "INV-0211  13/11/2026  EUR 2,380.00", "Total paid EUR 2,380.00"])
    add(G + "brightwater_remittance_advice.eml", "payment_notification",
        build(hdr_auto(A("Brightwater Finance", "noreply-finance@brightwater-studio.co.uk"), OWNER_ADDR, "Remittance Advice - BWS-PR-2026-49",
                       D(3, 15, 2, tz="+0000"), "brightwater-studio.co.uk"),
              M("mixed", [P("text/plain", t, charset="us-ascii", cte="7bit"),
                          P("application/pdf", data=rem, cte="base64", filename="Remittance_BWS-PR-2026-49.pdf", disposition="attachment")])),
        "en", provider="Brightwater Studio Ltd (AP system)", group="client Brightwater Studio Ltd",
        pattern="client's remittance advice with PDF, money not yet seen by the bank",
        money=money("in", "2380.00", payer="Brightwater Studio Ltd", reference="INV-0211", value_date="2026-12-03", cap="no_claim"))

    # P43 DGFiP avis de paiement for a public body -----------------------------------------------------------
    t = ("DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nService de Gestion Comptable de Tassin-la-Demi-Lune\n\nAVIS DE PAIEMENT\n\n"
         "Madame, Monsieur,\n\nNous vous informons qu'un paiement a été émis en votre faveur :\n\nCollectivité : SYNDICAT INTERCOMMUNAL "
         "SCOLAIRE DE LA BREVENNE\nMandat n° 2026-1187 – Bordereau n° 94\nObjet : F-2026-0179 MOBILIER BIBLIOTHEQUE\n"
         "Montant : 1 764,00 EUR\nDate d'émission du virement : 02/12/2026\nCompte crédité : FR76 1695 8000 01** **** ***0 418\n\n"
         "Le délai de réception des fonds dépend de votre établissement bancaire.\n\nCe message est généré automatiquement, merci de "
         "ne pas y répondre.")
    add(G + "dgfip_avis_de_paiement_syndicat.eml", "payment_notification",
        build(hdr_auto(A("DGFiP - Avis de paiement", "ne-pas-repondre@dgfip.finances.gouv.fr"), OWNER_ADDR,
                       "Avis de paiement - SYNDICAT INTERCOMMUNAL SCOLAIRE DE LA BREVENNE", D(2, 12, 2), "dgfip.finances.gouv.fr"),
              P("text/plain", t)), "fr", provider="DGFiP", group="DGFiP (public payer)",
        pattern="public accountant's payment advice (mandat), money not yet on the account",
        money=money("in", "1764.00", payer="SYNDICAT INTERCOMMUNAL SCOLAIRE DE LA BREVENNE", reference="F-2026-0179 MOBILIER BIBLIOTHEQUE",
                    value_date="2026-12-02", cap="no_claim"), notes="remittance-type notice from the public payer's accountant")

    # P44 Crédit Agricole refund (avoir CB) -----------------------------------------------------------------
    h = html_doc("<table width='600' align='center' style='background:#fff;border-top:6px solid #009597'><tr><td style='padding:20px'>"
                 "<p style='color:#009597;font-size:18px'><b>Crédit Agricole Centre-est</b> – Mes alertes</p><p>Bonjour M. DUFRESNE,</p>"
                 "<p>Une opération créditrice de <b>149,00 EUR</b> a été enregistrée le 03/12/2026 :<br/>AVOIR CARTE X8821 KILOUTOU LYON 7 30/11</p>"
                 "<p style='font-size:11px;color:#777'>Cet e-mail vous est envoyé automatiquement. Merci de ne pas y répondre.</p></td></tr></table>")
    add(G + "ca_centrest_avoir_carte_kiloutou.eml", "payment_notification",
        build(hdr_auto(A("Crédit Agricole Centre-est", "noreply@ca-centrest.fr"), OWNER_ADDR, "Mes alertes : opération créditrice",
                       D(3, 6, 35), "ca-centrest.fr"), P("text/html", h)), "fr", provider="Crédit Agricole",
        group="Crédit Agricole Centre-est", pattern="card refund from a merchant, worded as 'opération créditrice'",
        money=money("refund", "149.00", reference="AVOIR CARTE X8821 KILOUTOU LYON 7", value_date="2026-12-03"),
        notes="same subject as a client credit alert; it is a merchant refund")

    # P45 PayPal pending -----------------------------------------------------------------------------------
    t = ("Bonjour Aurélien Dufresne,\n\nLe paiement de 1 150,00 € EUR de Olivia Grant est en attente.\n\nPourquoi ce paiement est-il "
         "en attente ? Le paiement a été effectué par virement bancaire depuis le compte PayPal de l'acheteur (eCheck). "
         "Il sera crédité sur votre solde une fois le virement compensé, en général sous 6 jours ouvrables.\n\n"
         "N'expédiez pas l'objet avant que le paiement ne soit effectué.\n\nNuméro de transaction : 9FR%s\n\n"
         "Copyright © 1999-2026 PayPal. Tous droits réservés." % HX(14))
    add(G + "paypal_paiement_en_attente.eml", "payment_notification",
        build(hdr_auto(A("service@paypal.fr", "service@paypal.fr"), OWNER_ADDR, "Paiement en attente de Olivia Grant", D(4, 15, 10), "paypal.com"),
              P("text/plain", t)), "fr", provider="PayPal", group="PayPal", pattern="eCheck payment pending (money not yet in)",
        money=money("none", "1150.00", value_date=""), notes="payer Olivia Grant named; funds not available yet")

    # P46 SG card payment abroad? -> Hello bank! card payment out (no) ; Crédit Mutuel direct debit rejected
    t = ("Crédit Mutuel - Alerte\n\nREJET DE PRELEVEMENT\n\nCompte : 10278 07304 00020741801 DUFRESNE AURELIEN EI\nDate : 01/12/2026\n"
         "Créancier : MAAF ASSURANCES\nMontant : 96,40 EUR\nMotif du rejet : opposition du débiteur\n\nMessage envoyé automatiquement "
         "par le service Alertes du Crédit Mutuel - Ne pas répondre.")
    add(G + "creditmutuel_rejet_prelevement.eml", "payment_notification",
        build(hdr_auto(A("Crédit Mutuel", "alertes@creditmutuel.fr"), OWNER_ADDR, "Alerte : REJET DE PRELEVEMENT",
                       D(1, 13, 20), "creditmutuel.fr"), P("text/plain", t, charset="iso-8859-15", cte="8bit")), "fr",
        provider="Crédit Mutuel", group="Crédit Mutuel", pattern="direct debit rejected (owner's own opposition)",
        money=money("failed", "96.40", reference="MAAF ASSURANCES", value_date="2026-12-01"))

# ============================================================ auto_reply
def auto_messages():
    G = "auto_reply/"
    # A1 Outlook FR OOF -----------------------------------------------------
    t = ("Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus et serai de retour le lundi 7 décembre.\n"
         "Pour toute question urgente concernant la comptabilité, merci de contacter Julien Perret (j.perret@groupe-arvel.fr – "
         "04 72 33 18 90).\n\nCordialement,\nNadège Poirier")
    hs = [("From", A("Nadège Poirier", "n.poirier@groupe-arvel.fr")), ("To", OWNER),
          ("Subject", H("Réponse automatique : " + rem_subj_fr(229))), ("Thread-Topic", H(rem_subj_fr(229))),
          ("Thread-Index", "AQHbX" + alnum(27)), ("Date", D(30, 8, 6)), ("Message-ID", mid_outlook("PR1P192MB")),
          ("References", rem_id(229)), ("In-Reply-To", rem_id(229)), ("Auto-Submitted", "auto-generated"),
          ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"), ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "fr-FR"), ("MIME-Version", "1.0")]
    body = M("alternative", [P("text/plain", t), P("text/html", outlook_html(mso_p(t)))])
    add(G + "arvel_outlook_reponse_automatique.eml", "auto_reply", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="Exchange Online OOF", pattern="Outlook 'Réponse automatique :', Auto-Submitted + X-Auto-Response-Suppress",
        facts="ooo_until=2026-12-07", notes="based on Exchange OOF header set")

    # A2 Gmail vacation FR ------------------------------------------------------
    t = ("Bonjour,\n\nJe suis en déplacement au salon Homi à Milan et de retour le 11 décembre. Je lirai vos messages à mon retour.\n"
         "En cas d'urgence : 06 22 14 50 81.\n\nMarine Lefort\nStudio Lefort – décoration")
    hs = [("MIME-Version", "1.0"), ("Date", D(1, 8, 11)), ("References", rem_id(230)), ("In-Reply-To", rem_id(230)),
          ("Auto-Submitted", "auto-replied"), ("Message-ID", mid_gmail()), ("Subject", H("Absente jusqu'au 11 décembre")),
          ("From", A("Marine Lefort", "marine@studio-lefort.fr")), ("To", OWNER_ADDR)]
    add(G + "lefort_gmail_vacation_11dec.eml", "auto_reply", build(hs, gmail_alt(t)), "fr",
        group="Gmail vacation responder", pattern="Gmail vacation with own subject (no 'Re:'), Auto-Submitted: auto-replied",
        facts="ooo_until=2026-12-11")

    # A3 English Outlook OOF -----------------------------------------------------
    t = ("Thank you for your email. I am out of the office until Monday 14 December with limited access to email.\n\n"
         "For urgent matters please contact reception@hollandpark-dental.co.uk.\n\nBest wishes,\nDr Amelia Hughes")
    hs = [("From", A("Amelia Hughes", "amelia@hollandpark-dental.co.uk")), ("To", OWNER),
          ("Subject", "Automatic reply: " + rem_subj_en(231)), ("Thread-Topic", rem_subj_en(231)),
          ("Date", D(2, 8, 30, tz="+0000")), ("Message-ID", mid_outlook("LO4P265MB")), ("In-Reply-To", rem_id(231)),
          ("References", rem_id(231)), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "en-GB"), ("MIME-Version", "1.0")]
    add(G + "hughes_automatic_reply_14dec.eml", "auto_reply",
        build(hs, M("alternative", [P("text/plain", t), P("text/html", outlook_html(mso_p(t), "EN-GB"))]), nl="\r\n", mime_version=False),
        "en", group="Exchange Online OOF", pattern="English 'Automatic reply:'", facts="ooo_until=2026-12-14")

    # A4 'Absence du bureau' without auto headers ----------------------------------
    t = ("Absence du bureau\n\nMaître Claire Berthier est actuellement absente (congé maternité).\nVos messages ne sont pas "
         "transférés. Pour les dossiers en cours, merci de vous adresser à l'accueil de l'office : accueil@berthier-notaires.fr\n\n"
         "Office notarial Berthier & Associés")
    hs = [("Date", D(1, 8, 2)), ("From", A("Claire Berthier", "c.berthier@berthier-notaires.fr")), ("To", OWNER_ADDR),
          ("Subject", H("Absence du bureau")), ("Message-ID", mid_generic("berthier-notaires.fr")), ("MIME-Version", "1.0")]
    add(G + "berthier_absence_sans_entetes.eml", "auto_reply", build(hs, P("text/plain", t, charset="iso-8859-1")), "fr",
        group="notary office responder", pattern="'Absence du bureau' subject, no Auto-Submitted, no In-Reply-To, no date",
        facts="", notes="no machine headers at all")

    # A5 FR accounts-payable autoresponder ------------------------------------------
    t = ("Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais.\n\n"
         "Pour rappel :\n- nos factures fournisseurs sont réglées à 60 jours date de facture, par virement, lors de nos campagnes "
         "de paiement des 10 et 25 de chaque mois ;\n- toute facture doit mentionner notre numéro de commande (BC-xxxxx) ;\n"
         "- pour toute relance, merci de rappeler le numéro de facture et le montant TTC.\n\nCe message est généré "
         "automatiquement, merci de ne pas y répondre.\n\nService Comptabilité Fournisseurs\nGroupe Hôtelier Confluence")
    hs = [("Date", D(30, 8, 9)), ("From", A("Comptabilité Fournisseurs", "comptabilite.fournisseurs@gh-confluence.fr")),
          ("To", OWNER_ADDR), ("Subject", H("Accusé de réception : " + rem_subj_fr(232))), ("Message-ID", mid_generic("gh-confluence.fr")),
          ("In-Reply-To", rem_id(232)), ("References", rem_id(232)), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
          ("MIME-Version", "1.0")]
    add(G + "gh_confluence_ap_accuse_reception.eml", "auto_reply", build(hs, P("text/plain", t)), "fr",
        group="client AP autoresponder", pattern="AP autoresponder stating payment terms and payment runs",
        facts="", notes="talks about payment dates but is generic, not a promise")

    # A6 EN accounts-payable autoresponder -------------------------------------------
    t = ("Thank you for contacting the Accounts Payable team.\n\nThis is an automated response to confirm we have received your "
         "email. Please note:\n\n* Invoices are paid in our weekly payment run on Thursdays once they have been approved by the budget holder.\n"
         "* Our standard terms are 30 days from receipt of a valid invoice quoting a purchase order number.\n"
         "* For remittance queries please allow 3 working days after the payment date before contacting us.\n\n"
         "We aim to respond to all queries within 5 working days.\n\nKind regards,\nAccounts Payable\nHarbourside Hotels Group")
    h = "<html><body style='font-family:Calibri,sans-serif'>" + to_html(t) + "</body></html>"
    hs = [("From", A("Accounts Payable", "accounts.payable@harbourside-hotels.co.uk")), ("To", OWNER),
          ("Subject", "RE: " + rem_subj_en(233)), ("Date", D(1, 9, 1, tz="+0000")), ("Message-ID", mid_outlook("CWXP265MB")),
          ("In-Reply-To", rem_id(233)), ("References", rem_id(233)), ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
    add(G + "harbourside_ap_autoresponse_thursday_run.eml", "auto_reply",
        build(hs, M("alternative", [P("text/plain", t), P("text/html", h)]), nl="\r\n", mime_version=False), "en",
        group="client AP autoresponder", pattern="AP autoresponder with 'RE:' subject, mentions Thursday payment run",
        facts="", notes="looks like a reply (RE:) but is automatic")

    # A7 Helpdesk ticket -------------------------------------------------------------
    t = ("##- Merci de répondre au-dessus de cette ligne -##\n\nBonjour,\n\nNous avons bien reçu votre demande, elle porte le "
         "numéro #48213. Un membre de notre équipe vous répondra sous 48 heures ouvrées.\n\nVous pouvez ajouter des informations "
         "en répondant directement à cet e-mail.\n\nL'équipe Service Client Kalinéa Résidences\n\n[2N7XK4-P9R1]")
    hs = [("Date", D(2, 8, 12)), ("From", A("Service Client Kalinéa", "support@kalinea-residences.zendesk.com")),
          ("Reply-To", A("Service Client Kalinéa", "support+id48213@kalinea-residences.zendesk.com")), ("To", OWNER_ADDR),
          ("Subject", H("[Kalinéa Résidences] Re: " + rem_subj_fr(234))), ("Message-ID", "<%s_%s@zendesk.com>" % (alnum(12), RND.randint(10**6, 10**7))),
          ("In-Reply-To", rem_id(234)), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
          ("X-Zendesk-From-Account-Id", hx(7)), ("MIME-Version", "1.0")]
    add(G + "kalinea_zendesk_ticket.eml", "auto_reply",
        build(hs, M("alternative", [P("text/plain", t), P("text/html", "<div>" + to_html(t) + "</div>")])), "fr",
        group="helpdesk autoresponder (Zendesk-style)", pattern="ticket number acknowledgement", facts="")

    # A8 MDN Outlook FR ---------------------------------------------------------------
    txt = ("Votre message\n\n  À : Mathieu Collet\n  Objet : %s\n  Envoyé : lundi 30 novembre 2026 08:13:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
           "a été lu le lundi 30 novembre 2026 09:02:17 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris." % rem_subj_fr(235))
    dn = ("Reporting-UA: PR2P192MB0441.EURP192.PROD.OUTLOOK.COM; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;m.collet@collet-paysages.fr\n"
          "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rem_id(235))
    hs = [("From", A("Mathieu Collet", "m.collet@collet-paysages.fr")), ("To", OWNER), ("Subject", H("Lu : " + rem_subj_fr(235))),
          ("Thread-Topic", H(rem_subj_fr(235))), ("Date", D(30, 9, 2, 17)), ("Message-ID", mid_outlook("PR2P192MB")),
          ("References", rem_id(235)), ("In-Reply-To", rem_id(235)), ("Content-Language", "fr-FR"), ("MIME-Version", "1.0")]
    body = M("report", [P("text/plain", txt), Raw("message/disposition-notification", dn)], params="; report-type=disposition-notification")
    add(G + "collet_mdn_lu.eml", "auto_reply", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="read receipt (MDN)", pattern="Outlook 'Lu :' read receipt, multipart/report disposition-notification", facts="")

    # A9 MDN Thunderbird EN -------------------------------------------------------------
    txt = ("This is a Return Receipt for the mail that you sent to finance@altitude-chalets.ch.\n\nNote: This Return Receipt only "
           "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient "
           "has read or understood the message contents.")
    dn = ("Reporting-UA: altitude-chalets.ch; Thunderbird 128.5.0\nFinal-Recipient: rfc822;finance@altitude-chalets.ch\n"
          "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rem_id(236))
    hdrs_orig = ("Date: Wed, 2 Dec 2026 08:18:02 +0100\nFrom: %s\nTo: finance@altitude-chalets.ch\nSubject: %s\nMessage-ID: %s\n"
                 % (OWNER_ADDR, rem_subj_en(236), rem_id(236)))
    hs = [("Message-ID", "<%s@altitude-chalets.ch>" % alnum(24)), ("Date", D(2, 10, 44)), ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"), ("From", A("Altitude Chalets Finance", "finance@altitude-chalets.ch")),
          ("To", OWNER_ADDR), ("Subject", "Return Receipt (displayed) - " + rem_subj_en(236))]
    body = M("report", [P("text/plain", txt, charset="UTF-8", cte="7bit"), Raw("message/disposition-notification", dn,
             headers=[("Content-Disposition", "inline")]), Raw("text/rfc822-headers", hdrs_orig, headers=[("Content-Disposition", "inline")])],
             params="; report-type=disposition-notification")
    add(G + "altitude_chalets_return_receipt.eml", "auto_reply", build(hs, body, mime_version=False), "en",
        group="read receipt (MDN)", pattern="Thunderbird MDN with rfc822-headers part", facts="")

    # A10 challenge-response ---------------------------------------------------------------
    t = ("Bonjour,\n\nVous avez envoyé un message à sandrine@menuiserie-vallet.fr. Afin de protéger sa messagerie contre les "
         "spams, votre correspondant utilise un service de vérification des expéditeurs.\n\nPour que votre message soit délivré, "
         "merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous (une seule fois) :\n\n"
         "https://verif.protection-mail.example.com/auth?k=%s\n\nVotre message : « %s », envoyé le 03/12/2026 à 08:21.\n\n"
         "Sans validation sous 7 jours, il sera supprimé.\n\nCet e-mail a été envoyé automatiquement." % (alnum(32), rem_subj_fr(237)))
    hs = [("Date", D(3, 8, 22)), ("From", A("Protection anti-spam", "no-reply@protection-mail.example.com")),
          ("To", OWNER_ADDR), ("Subject", H("Votre message est en attente : merci de confirmer votre envoi")),
          ("Message-ID", mid_generic("protection-mail.example.com")), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
          ("X-Challenge-Response", "yes"), ("MIME-Version", "1.0")]
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:24px'>" + to_html(t) + "<p><a href='#' style='background:#e30613;color:#fff;padding:10px 16px'>Je confirme mon envoi</a></p></div>")
    add(G + "vallet_challenge_response.eml", "auto_reply",
        build(hs, M("alternative", [P("text/plain", t), P("text/html", h)])), "fr",
        group="challenge-response service", pattern="'confirmez que vous n'êtes pas un robot' (Mailinblack-like)", facts="")

    # A11 long absence, return 4 Jan 2027 ----------------------------------------------------
    t = ("Bonjour,\n\nJe suis absent jusqu'à la fin de l'année. Je serai de retour le lundi 4 janvier 2027 et traiterai votre "
         "message à ce moment-là.\n\nPour la gestion des factures de la SCI, vous pouvez écrire à gestion@sci-belvedere.fr.\n\n"
         "Bonnes fêtes de fin d'année,\nLaurent Belvèze")
    hs = [("MIME-Version", "1.0"), ("Date", D(3, 8, 25)), ("References", rem_id(238)), ("In-Reply-To", rem_id(238)),
          ("Auto-Submitted", "auto-replied"), ("Message-ID", mid_gmail()), ("Subject", H("Re: " + rem_subj_fr(238))),
          ("From", A("Laurent Belvèze", "l.belveze@sci-belvedere.fr")), ("To", OWNER_ADDR), ("Precedence", "bulk")]
    add(G + "belveze_absent_retour_4_janvier.eml", "auto_reply", build(hs, gmail_alt(t)), "fr",
        group="Gmail vacation responder", pattern="vacation with 'Re:' subject, return date next year", facts="ooo_until=2027-01-04")

    # A12 address no longer monitored ------------------------------------------------------------
    t = ("Cette adresse e-mail n'est plus consultée depuis le 1er novembre 2026.\n\nMerci d'adresser désormais vos messages à "
         "contact@lesateliersdugone.fr. Votre message n'a pas été transféré.\n\nLes Ateliers du Gône")
    hs = [("Date", D(30, 8, 12)), ("From", "info@ateliers-du-gone.fr"), ("To", OWNER_ADDR),
          ("Subject", H("Message automatique : adresse non consultée")), ("Message-ID", mid_generic("ateliers-du-gone.fr")),
          ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Autorespond", "yes"), ("MIME-Version", "1.0")]
    add(G + "ateliers_gone_adresse_plus_consultee.eml", "auto_reply", build(hs, P("text/plain", t, cte="8bit")), "fr",
        group="hosting autoresponder (cPanel-like)", pattern="'adresse plus consultée', X-Autoreply header", facts="")

    # A13 English parental leave, HTML-only -------------------------------------------------------
    h = ("<html><body><p>Hello,</p><p>I'm currently on parental leave and not checking email. For anything related to the Shoreditch "
         "office fit-out, please contact my colleague <a href='mailto:dan@fieldhouse-studio.co.uk'>Dan Whitaker</a>. "
         "Invoices should go to <a href='mailto:finance@fieldhouse-studio.co.uk'>finance@fieldhouse-studio.co.uk</a>.</p>"
         "<p>Thanks,<br>Ellie</p></body></html>")
    hs = [("From", A("Ellie Marsh", "ellie@fieldhouse-studio.co.uk")), ("To", OWNER), ("Subject", "Out of Office: " + rem_subj_en(239)),
          ("Date", D(4, 8, 40, tz="+0000")), ("Message-ID", mid_outlook("LO2P265MB")), ("In-Reply-To", rem_id(239)),
          ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")]
    add(G + "fieldhouse_parental_leave_html.eml", "auto_reply", build(hs, P("text/html", h), nl="\r\n", mime_version=False), "en",
        group="Exchange Online OOF", pattern="'Out of Office:' HTML-only, no return date, points to finance", facts="")

    # A14 German OOO --------------------------------------------------------------------------------
    t = ("Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember nicht im Büro und ab dem 8. Dezember "
         "wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an buchhaltung@rheinblick-design.ch.\n\n"
         "Freundliche Grüsse\nStefan Meier\nRheinblick Design GmbH, Basel")
    hs = [("From", A("Stefan Meier", "s.meier@rheinblick-design.ch")), ("To", OWNER),
          ("Subject", H("Automatische Antwort: " + rem_subj_en(240))), ("Date", D(2, 8, 21)), ("Message-ID", mid_outlook("ZR0P278MB")),
          ("In-Reply-To", rem_id(240)), ("References", rem_id(240)), ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-CH"), ("MIME-Version", "1.0")]
    add(G + "rheinblick_automatische_antwort.eml", "auto_reply",
        build(hs, M("alternative", [P("text/plain", t), P("text/html", outlook_html(mso_p(t), "DE-CH"))]), nl="\r\n", mime_version=False),
        "de", group="Exchange Online OOF", pattern="German 'Automatische Antwort:'", facts="ooo_until=2026-12-08")

    # A15 on site ------------------------------------------------------------------------------------
    t = ("Bonjour,\nJe suis actuellement sur chantier avec un accès limité à mes mails. Je vous réponds ce soir ou demain matin.\n"
         "Pour une urgence : 06 84 27 11 39.\nFabien Costa – Costa Rénovation")
    hs = [("Date", D(4, 8, 17)), ("From", A("Costa Rénovation", "fabien@costa-renovation.fr")), ("To", OWNER_ADDR),
          ("Subject", H("Re: " + rem_subj_fr(241))), ("In-Reply-To", rem_id(241)), ("Message-ID", mid_generic("costa-renovation.fr")),
          ("X-Autoreply", "yes"), ("MIME-Version", "1.0"), ("User-Agent", "Roundcube Webmail/1.6.9")]
    add(G + "costa_sur_chantier.eml", "auto_reply", build(hs, P("text/plain", t, cte="quoted-printable")), "fr",
        group="webmail vacation (Roundcube managesieve)", pattern="'sur chantier' responder, X-Autoreply only, Re: subject", facts="")

    # A16 e-invoicing mailbox -------------------------------------------------------------------------
    t = ("*** Ceci est une réponse automatique ***\n\nCette boîte aux lettres est exclusivement dédiée à la réception des factures "
         "fournisseurs au format PDF (une facture par fichier, un fichier par e-mail). Elle n'est pas consultée par nos équipes.\n\n"
         "Les relances et questions sur l'état de vos paiements ne sont pas traitées ici : merci d'utiliser le portail fournisseurs "
         "https://fournisseurs.batinord-groupe.example.com ou d'écrire à relances.fournisseurs@batinord-groupe.fr.\n\n"
         "Message émis par la plateforme de dématérialisation – ne pas répondre.")
    hs = [("Date", D(2, 8, 19)), ("From", A("Factures Fournisseurs BATINORD", "factures@batinord-groupe.fr")), ("To", OWNER_ADDR),
          ("Subject", H("[AUTO] Votre message n'a pas été traité - " + rem_subj_fr(242))), ("Message-ID", mid_generic("batinord-groupe.fr", "dematfac.")),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "junk"), ("MIME-Version", "1.0")]
    add(G + "batinord_boite_factures_auto.eml", "auto_reply", build(hs, P("text/plain", t)), "fr",
        group="client e-invoicing mailbox", pattern="AP dematerialisation mailbox auto-reply", facts="")


# ============================================================ bounce
def dsn_headers_part(subj, to, date="Thu, 3 Dec 2026 08:20:11 +0100", n=243, k=1):
    return ("Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n" % (OWNER_ADDR, rem_id(n, k), date, OWNER,
                                                                                          to, H(subj)))


def orig_message(subj, to, date, n, body_text, k=1):
    return dsn_headers_part(subj, to, date, n, k) + "\n" + body_text + "\n"


def bounce_messages():
    G = "bounce/"
    # B1 Gmail ---------------------------------------------------------------
    rcpt = "v.charrier@domaine-charrier.fr"
    txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to "
           "receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
           "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % (rcpt, rcpt))
    html = ("<html><head></head><body><table cellpadding='0' cellspacing='0' style='max-width:600px'><tr><td style='font-family:Google Sans,Roboto,Helvetica,Arial;font-size:24px;color:#d93025'>Address not found</td></tr>"
            "<tr><td style='font-family:Roboto,Helvetica,Arial;font-size:16px;padding-top:20px'>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>%s</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>"
            "<tr><td style='padding-top:24px'>The response was:<p style='font-family:monospace'>550 5.1.1 &lt;%s&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr></table></body></html>" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 30 Nov 2026 00:05:12 -0800 (PST)\nX-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.domaine-charrier.fr. (185.42.117.9, the server for the domain domaine-charrier.fr.)\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n"
          "Last-Attempt-Date: Mon, 30 Nov 2026 00:05:13 -0800 (PST)\n" % (rem_id(243), rcpt, rcpt))
    hs = [("Return-Path", "<>"), ("Date", D(30, 9, 5, 13)), ("From", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
          ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", rem_id(243)), ("In-Reply-To", rem_id(243)), ("X-Failed-Recipients", rcpt), ("Message-ID", "<%s@mx.google.com>" % alnum(24))]
    body = M("report", [M("related", [M("alternative", [P("text/plain", txt, cte="7bit", charset="UTF-8"), P("text/html", html, cte="7bit", charset="UTF-8")])]),
                        Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(243), rcpt, "Mon, 30 Nov 2026 09:05:10 +0100", 243,
                                                           reminder_fr("Monsieur Charrier", 243, "2 540,00", "20/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "gmail_address_not_found.eml", "bounce", build(hs, body), "en", group="Gmail (mailer-daemon@googlemail.com)",
        pattern="Gmail 'Address not found' with DSN and full original", facts="failed_recipient=" + rcpt,
        notes="layout based on Gmail DSNs: multipart/report > related > alternative")

    # B2 Exchange Online French NDR ---------------------------------------------
    rcpt = "compta@sarl-benoit-fils.fr"
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body><div style='font-family:Segoe UI,Frutiger,Arial'>"
            "<p style='font-size:16px'>Votre message à <b>%s</b> n'a pas pu être remis.</p><p><b>compta</b> n'a pas été trouvé dans "
            "<b>sarl-benoit-fils.fr</b>.</p><table><tr><td>aurelien</td><td style='color:#4f8b20'>Expéditeur</td><td style='color:#c00000'>Action requise</td></tr></table>"
            "<p><b>Destinataire inconnu</b></p><p>Comment résoudre ce problème : vérifiez l'adresse e-mail du destinataire...</p>"
            "<p>Plus d'infos pour les professionnels de l'informatique : https://docs.microsoft.com/fr-fr/exchange/recipient-not-found-ndr</p>"
            "<p>Diagnostic information for administrators:<br>Generating server: PA4P192MB1234.EURP192.PROD.OUTLOOK.COM<br>%s<br>"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></div></body></html>" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns;PA4P192MB1234.EURP192.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mo581.mail-out.ovh.net\n"
          "Arrival-Date: Tue, 1 Dec 2026 07:14:55 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % rcpt)
    hs = [("From", A("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sarlbenoitfils.onmicrosoft.com")),
          ("To", OWNER_ADDR), ("Date", "Tue, 1 Dec 2026 07:14:57 +0000"), ("Content-Language", "fr-FR"),
          ("Message-ID", "<%s@PA4P192MB1234.EURP192.PROD.OUTLOOK.COM>" % HX(32)), ("In-Reply-To", rem_id(244)), ("References", rem_id(244)),
          ("Subject", H("Non remis : " + rem_subj_fr(244))), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("MIME-Version", "1.0")]
    body = M("report", [M("alternative", [P("text/plain", "Votre message à %s n'a pas pu être remis.\n\ncompta n'a pas été trouvé dans sarl-benoit-fils.fr.\n\nDestinataire inconnu\n" % rcpt),
                                          P("text/html", html)]),
                        Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(244), rcpt, "Tue, 1 Dec 2026 08:14:50 +0100", 244,
                                                           reminder_fr("Madame, Monsieur", 244, "1 716,00", "24/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "exchange_online_non_remis.eml", "bounce", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="Exchange Online", pattern="French 'Non remis :' NDR, RESOLVER.ADR.RecipientNotFound",
        facts="failed_recipient=" + rcpt, notes="based on Exchange Online NDR layout (Microsoft docs)")

    # B3 OVH Postfix with Orange remote reply (domain hosted at Orange) ---------------------
    rcpt = "jp.ribeiro@ribeiro-plomberie.fr"
    txt = ("This is the mail system at host mo581.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: host smtp-in.orange.fr[80.12.26.33] said: 550\n    5.1.1 <%s>: adresse d inexistante / invalid address (LPN007_510)\n"
           "    (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns; mo581.mail-out.ovh.net\nX-Postfix-Queue-ID: 4Fq2Lk1Vb9z1yQ\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: Wed,  2 Dec 2026 08:30:04 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; smtp-in.orange.fr\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: adresse d\n"
          "    inexistante / invalid address (LPN007_510)\n" % (OWNER_ADDR, rcpt, rcpt, rcpt))
    hs = [("Return-Path", "<>"), ("Date", "Wed,  2 Dec 2026 08:30:05 +0100 (CET)"), ("From", "MAILER-DAEMON@mo581.mail-out.ovh.net (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", "<20261202073005.7C3F1C0041@mo581.mail-out.ovh.net>")]
    body = M("report", [P("text/plain", txt, charset=None, cte=None, headers=[("Content-Description", "Notification")]),
                        Raw("message/delivery-status", ds, headers=[("Content-Description", "Delivery report")]),
                        Raw("text/rfc822-headers", dsn_headers_part(rem_subj_fr(245), rcpt, "Wed, 2 Dec 2026 08:30:01 +0100", 245),
                            headers=[("Content-Description", "Undelivered Message Headers")])],
             params="; report-type=delivery-status")
    body.parts[0].ctype = "text/plain; charset=us-ascii"
    add(G + "ovh_postfix_orange_adresse_inexistante.eml", "bounce", build(hs, body, mime_version=False), "en",
        provider="", group="OVH (Postfix) / Orange", pattern="Postfix bounce from OVH relay quoting Orange (domain hosted at Orange): adresse d inexistante (LPN007_510)",
        facts="failed_recipient=" + rcpt, notes="Postfix bounce(8) template")

    # B4 Orange-generated, quota full, French text ---------------------------------
    rcpt = "mf.giraud@giraud-deco.fr"
    txt = ("Ce message a été généré automatiquement par le serveur de messagerie Orange.\n\nVotre message n'a pas pu être délivré au "
           "destinataire suivant :\n\n  %s\n\nRaison : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox full / "
           "boite pleine OFR_417).\nLe destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages.\n\n"
           "-----\nThis message was created automatically by the Orange mail server.\nYour message could not be delivered: mailbox full.\n" % rcpt)
    ds = ("Reporting-MTA: dns; opmta1mto04nd1.mail.orange.fr\nArrival-Date: Thu, 3 Dec 2026 10:02:19 +0100\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full / boite pleine OFR_417\n" % rcpt)
    hs = [("Return-Path", "<>"), ("From", "Mail Delivery System <MAILER-DAEMON@orange.fr>"), ("To", OWNER_ADDR),
          ("Subject", H("Échec de la remise du message / Undelivered mail")), ("Date", D(3, 10, 2, 21)),
          ("Message-ID", "<%s.%s@opmta1mto04nd1>" % (RND.randint(10**8, 10**9), hx(8))), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0")]
    body = M("report", [P("text/plain", txt, charset="iso-8859-1"), Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(246), rcpt, "Thu, 3 Dec 2026 10:02:15 +0100", 246,
                                                           reminder_fr("Madame Giraud", 246, "980,00", "26/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "orange_boite_pleine.eml", "bounce", build(hs, body), "fr", group="Orange", pattern="French mailbox-full DSN from Orange",
        facts="failed_recipient=" + rcpt)

    # B5 Free ------------------------------------------------------------------------
    rcpt = "atelier@mounier-restauration.fr"
    txt = ("This is the mail system at host mx1.free.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered "
           "to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: user unknown or account disabled\n" % rcpt)
    ds = ("Reporting-MTA: dns; mx1.free.fr\nX-Postfix-Queue-ID: 4Fr0Yx3Kw2z9sT\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: Fri,  4 Dec 2026 08:11:39 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: X-Postfix; user unknown or account disabled\n" % (OWNER_ADDR, rcpt))
    hs = [("Return-Path", "<>"), ("Date", "Fri,  4 Dec 2026 08:11:40 +0100 (CET)"), ("From", "MAILER-DAEMON@free.fr (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", "<20261204071140.A21E2B0012@mx1.free.fr>")]
    body = M("report", [P("text/plain", txt, charset="us-ascii", cte=None), Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(247), rcpt, "Fri, 4 Dec 2026 08:11:35 +0100", 247,
                                                           reminder_fr("Monsieur Mounier", 247, "1 240,00", "27/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "free_user_unknown_account_disabled.eml", "bounce", build(hs, body, mime_version=False), "en", group="Free (Postfix)",
        pattern="Postfix template at free.fr, account disabled", facts="failed_recipient=" + rcpt)

    # B6 OVH domain not found ------------------------------------------------------------
    rcpt = "contact@ebenisterie-vial.fr"
    txt = ("This is the mail system at host mo4.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: Host or domain name not found. Name service error\n"
           "    for name=ebenisterie-vial.fr type=MX: Host not found, try again\n" % rcpt)
    ds = ("Reporting-MTA: dns; mo4.mail-out.ovh.net\nX-Postfix-Queue-ID: 4FpPq82mN0z1xW\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: Mon, 30 Nov 2026 08:16:30 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
          "    for name=ebenisterie-vial.fr type=MX: Host not found, try again\n" % (OWNER_ADDR, rcpt, rcpt))
    hs = [("Return-Path", "<>"), ("Date", "Mon, 30 Nov 2026 13:16:31 +0100 (CET)"), ("From", "MAILER-DAEMON@mo4.mail-out.ovh.net (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", "<20261130121631.0E55B1C01B2@mo4.mail-out.ovh.net>")]
    body = M("report", [P("text/plain", txt, charset="us-ascii", cte=None), Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(248), rcpt, "Mon, 30 Nov 2026 08:16:28 +0100", 248,
                                                           reminder_fr("Monsieur Vial", 248, "3 600,00", "13/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "ovh_domain_not_found.eml", "bounce", build(hs, body, mime_version=False), "en", group="OVH (Postfix)",
        pattern="domain has no MX (5.4.4), after 5 hours", facts="failed_recipient=" + rcpt)

    # B7 Postfix delay warning ----------------------------------------------------------------
    rcpt = "direction@hotel-les-muriers.fr"
    txt = ("This is the mail system at host relay.dufresne-ebeniste.fr.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
           "<%s>: connect to mx.hotel-les-muriers.fr[91.121.40.18]:25:\n    Connection timed out\n" % rcpt)
    ds = ("Reporting-MTA: dns; relay.dufresne-ebeniste.fr\nX-Postfix-Queue-ID: 8A12F3E0154\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: Tue,  1 Dec 2026 08:20:41 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.hotel-les-muriers.fr[91.121.40.18]:25:\n"
          "    Connection timed out\nWill-Retry-Until: Sun,  6 Dec 2026 08:20:41 +0100 (CET)\n" % (OWNER_ADDR, rcpt, rcpt))
    hs = [("Return-Path", "<>"), ("Date", "Tue,  1 Dec 2026 12:31:02 +0100 (CET)"),
          ("From", "MAILER-DAEMON@relay.dufresne-ebeniste.fr (Mail Delivery System)"),
          ("Subject", "Delayed Mail (still being retried)"), ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", "<20261201113102.3B7D73E0160@relay.dufresne-ebeniste.fr>")]
    body = M("report", [P("text/plain", txt, charset="us-ascii", cte=None), Raw("message/delivery-status", ds),
                        Raw("text/rfc822-headers", dsn_headers_part(rem_subj_fr(249), rcpt, "Tue, 1 Dec 2026 08:20:40 +0100", 249))],
             params="; report-type=delivery-status")
    add(G + "postfix_delayed_mail_warning.eml", "bounce", build(hs, body, mime_version=False), "en", group="Postfix (own relay)",
        pattern="delay warning, Action: delayed, will retry", facts="failed_recipient=%s;bounce_final=no" % rcpt)

    # B8 Exim, no machine-readable part -----------------------------------------------------------
    rcpt = "sophie@maisonduvelin.fr"
    t = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one "
         "or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  %s\n"
         "    host mail.maisonduvelin.fr [213.186.33.5]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n"
         "    550 No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n%s" %
         (rcpt, rcpt, orig_message(rem_subj_fr(250), rcpt, "Wed, 2 Dec 2026 08:26:44 +0100", 250,
                                   reminder_fr("Madame Vernet", 250, "2 095,00", "25/11/2026"))))
    hs = [("Return-path", "<>"), ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@srv12.hebergeur-pro.example.net>"), ("To", OWNER_ADDR),
          ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1t%s-000Fkd-2P@srv12.hebergeur-pro.example.net>" % alnum(6)), ("Date", D(2, 8, 26, 47))]
    raw = ser_headers(hs, "\n") + b"\n" + t.encode("utf-8")
    add(G + "exim_failed_no_dsn_part.eml", "bounce", raw, "en", group="Exim (shared hosting)",
        pattern="Exim plain-text bounce, no message/delivery-status part, original inline", facts="failed_recipient=" + rcpt,
        notes="no MIME-Version: Exim's default bounce headers")

    # B9 Exchange on-prem delay ('Remise retardée') -------------------------------------------------
    rcpt = "c.aubry@cabinet-aubry-geometre.fr"
    txt = ("Remise retardée\n\nVotre message n'a pas encore été remis. Nous allons continuer d'essayer de le remettre.\n\n"
           "Serveur à l'origine du délai : srv-exch01.cabinet-aubry-geometre.local\n\nDestinataires concernés :\n%s\n\n"
           "Le serveur continuera d'essayer de remettre ce message au cours des 47 prochaines heures. Vous recevrez une notification "
           "si la remise échoue.\n\nDiagnostic information for administrators:\n451 4.4.0 Primary target IP address responded with: "
           "\"421 4.3.2 Service not available.\" Attempted failover to alternate host, but that did not succeed.\n" % rcpt)
    ds = ("Reporting-MTA: dns;srv-exch01.cabinet-aubry-geometre.local\nReceived-From-MTA: dns;mo4.mail-out.ovh.net\n"
          "Arrival-Date: Thu, 3 Dec 2026 07:15:26 +0000\n\nFinal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.0\n"
          "Will-Retry-Until: Sat, 5 Dec 2026 07:15:26 +0000\nX-Display-Name: Christophe Aubry\n" % rcpt)
    hs = [("From", A("Postmaster", "postmaster@cabinet-aubry-geometre.fr")), ("To", OWNER_ADDR), ("Date", "Thu, 3 Dec 2026 08:15:31 +0000"),
          ("Content-Language", "fr-FR"), ("Message-ID", "<%s@srv-exch01.cabinet-aubry-geometre.local>" % hx(32)),
          ("Subject", H("Remise retardée : " + rem_subj_fr(251))), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    body = M("report", [M("alternative", [P("text/plain", txt), P("text/html", "<html><body><p><b>Remise retardée</b></p>" + to_html(txt) + "</body></html>")]),
                        Raw("message/delivery-status", ds),
                        Raw("text/rfc822-headers", dsn_headers_part(rem_subj_fr(251), rcpt, "Thu, 3 Dec 2026 08:15:20 +0100", 251))],
             params="; report-type=delivery-status")
    add(G + "exchange_onprem_remise_retardee.eml", "bounce", build(hs, body, nl="\r\n", mime_version=False), "fr",
        group="Exchange Server (on-premises)", pattern="French delay notification, Action: delayed",
        facts="failed_recipient=%s;bounce_final=no" % rcpt)

    # B10 Outlook.com consumer ----------------------------------------------------------------------
    rcpt = "tom.whitaker84@outlook.example.com"
    txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at outlook.example.com.\n\naurelien    Office 365    "
           "tom.whitaker84\nAction Required                     Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be "
           "misspelled or may not exist. Try one or more of the following:\n...\n\nDiagnostic information for administrators:\n\n"
           "Generating server: DB8PEPF00000A2B.eurprd05.prod.outlook.com\n\n%s\nRemote Server returned '550 5.5.0 Requested action not "
           "taken: mailbox unavailable (S2017062302)'\n" % (rcpt, rcpt.split("@")[0], rcpt))
    ds = ("Reporting-MTA: dns;DB8PEPF00000A2B.eurprd05.prod.outlook.com\nReceived-From-MTA: dns;mo581.mail-out.ovh.net\n"
          "Arrival-Date: Fri, 4 Dec 2026 07:31:02 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.5.0\n"
          "Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)\n" % rcpt)
    hs = [("From", A("Microsoft Outlook", "postmaster@outlook.example.com")), ("To", OWNER_ADDR), ("Date", "Fri, 4 Dec 2026 07:31:04 +0000"),
          ("Content-Language", "en-US"), ("Message-ID", "<%s@DB8PEPF00000A2B.eurprd05.prod.outlook.com>" % HX(32)),
          ("In-Reply-To", rem_id(252)), ("References", rem_id(252)), ("Subject", "Undeliverable: " + rem_subj_en(252)),
          ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    body = M("report", [M("alternative", [P("text/plain", txt), P("text/html", "<html><body>" + to_html(txt) + "</body></html>")]),
                        Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_en(252), rcpt, "Fri, 4 Dec 2026 08:30:58 +0100", 252,
                                                           reminder_en("Mr Whitaker", 252, "860.00", "27 November 2026")))],
             params="; report-type=delivery-status")
    add(G + "outlookcom_undeliverable_mailbox_unavailable.eml", "bounce", build(hs, body, nl="\r\n", mime_version=False), "en",
        group="Outlook.com", pattern="'Undeliverable:' 550 5.5.0 mailbox unavailable", facts="failed_recipient=" + rcpt,
        notes="consumer Outlook layout; domain replaced by an example domain")

    # B11 Gmail inbox full ------------------------------------------------------------------------------
    rcpt = "nicolas.pasquier@example.com"
    txt = ("** Message not delivered **\n\nYour message couldn't be delivered to %s because the recipient's inbox is out of storage "
           "space and inactive.\n\nPlease try contacting them another way.\n\nThe response from the remote server was:\n"
           "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to\n"
           "5.2.2  https://support.google.com/mail/?p=OverQuotaPerm" % rcpt)
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; aurelien@dufresne-ebeniste.fr\nArrival-Date: Wed, 02 Dec 2026 23:40:03 -0800 (PST)\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; gmail-smtp-in.l.google.com.\n"
          "Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.\n" % rcpt)
    hs = [("Return-Path", "<>"), ("Date", "Wed, 02 Dec 2026 23:40:05 -0800 (PST)"), ("From", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
          ("To", OWNER_ADDR), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", rem_id(253)), ("In-Reply-To", rem_id(253)), ("X-Failed-Recipients", rcpt), ("Message-ID", "<%s@mx.google.com>" % alnum(24))]
    body = M("report", [P("text/plain", txt, charset="UTF-8", cte="7bit"), Raw("message/delivery-status", ds),
                        Raw("message/rfc822", orig_message(rem_subj_fr(253), rcpt, "Thu, 3 Dec 2026 08:40:00 +0100", 253,
                                                           reminder_fr("Monsieur Pasquier", 253, "670,00", "26/11/2026")))],
             params="; report-type=delivery-status")
    add(G + "gmail_inbox_out_of_storage.eml", "bounce", build(hs, body), "en", group="Gmail (mailer-daemon@googlemail.com)",
        pattern="Gmail 'Message not delivered', 5.2.2 over quota, PST date", facts="failed_recipient=" + rcpt)

# ============================================================ other
def list_unsub(url, mailto=None):
    v = "<%s>" % url
    if mailto:
        v = "<mailto:%s>, %s" % (mailto, v)
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]


def other_messages():
    G = "other/"
    # O1 URSSAF -----------------------------------------------------------------
    t = ("Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne urssaf.fr, rubrique Messagerie.\n\n"
         "Objet : Échéancier de vos cotisations 2027\n\nPour le consulter, connectez-vous à votre espace : https://www.urssaf.fr\n\n"
         "Votre Urssaf\n\nCe courriel vous a été envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez "
         "la messagerie de votre espace en ligne.\n\nAttention aux tentatives de fraude : l'Urssaf ne vous demandera jamais vos "
         "coordonnées bancaires par courriel ou par SMS.")
    add(G + "urssaf_nouveau_message_espace.eml", "other",
        build(hdr_auto(A("Urssaf", "ne-pas-repondre@urssaf.fr"), OWNER_ADDR, "Un nouveau message est disponible dans votre espace", D(1, 14, 2), "urssaf.fr"),
              M("alternative", [P("text/plain", t), P("text/html", html_doc("<div style='max-width:600px;margin:auto;background:#fff;padding:24px'>" + to_html(t) + "</div>"))])),
        "fr", group="Urssaf", pattern="public body: secure-message notification, anti-fraud footer")

    # O2 impots.gouv CFE ---------------------------------------------------------
    t = ("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace "
         "professionnel sur impots.gouv.fr, rubrique « Consulter > Avis CFE ».\n\nDate limite de paiement : 15 décembre 2026.\n"
         "Le paiement s'effectue obligatoirement par voie dématérialisée (prélèvement à l'échéance, prélèvement mensuel ou paiement "
         "direct en ligne).\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n\nLa Direction générale des Finances publiques")
    add(G + "impots_avis_cfe_disponible.eml", "other",
        build(hdr_auto(A("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), OWNER_ADDR,
                       "Votre avis de CFE 2026 est disponible dans votre espace professionnel", D(30, 6, 12), "dgfip.finances.gouv.fr"),
              P("text/plain", t, charset="iso-8859-1")), "fr", group="DGFiP (impots.gouv.fr)",
        pattern="tax notice available with payment deadline (owner owes money)")

    # O3 OVHcloud invoice -----------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nVotre facture FR71248533 d'un montant de 14,39 € TTC est disponible dans votre espace client.\n\n"
         "Elle concerne : Hébergement Perso – dufresne-ebeniste.fr, Nom de domaine dufresne-ebeniste.fr (renouvellement 1 an).\n"
         "Elle sera réglée automatiquement par prélèvement SEPA sur le moyen de paiement enregistré dans votre compte.\n\n"
         "Consulter ma facture : https://www.ovh.com/manager/#/billing/history\n\nL'équipe OVHcloud\n\nCe message est envoyé "
         "automatiquement. Merci de ne pas y répondre. OVH SAS – 2 rue Kellermann – 59100 Roubaix – RCS Lille Métropole 424 761 419")
    add(G + "ovhcloud_facture_hebergement.eml", "other",
        build(hdr_auto(A("OVHcloud", "noreply@ovh.net"), OWNER_ADDR, "Votre facture OVHcloud FR71248533", D(1, 4, 33), "ovh.net"),
              P("text/plain", t)), "fr", group="OVHcloud", pattern="supplier invoice TO the owner, paid by direct debit",
        notes="mentions a future direct debit; it is an invoice, not a bank notice")

    # O4 accountant's invoice via invoicing tool ---------------------------------------
    fac = pdf(["CHEVALIER & ROUX EXPERTISE - FACTURE H-2026-1184", "Client : Aurelien Dufresne EI", "Honoraires tenue et revision - novembre 2026",
               "Total HT 190,00 EUR - TVA 38,00 EUR - Total TTC 228,00 EUR", "Echeance : 15/12/2026 - prelevement"])
    t = ("Bonjour,\n\nVeuillez trouver ci-joint la facture H-2026-1184 d'un montant de 228,00 € TTC, relative à nos honoraires du mois "
         "de novembre 2026.\nElle sera prélevée le 15/12/2026 conformément à votre mandat SEPA.\n\nCordialement,\nCabinet Chevalier & Roux\n\n"
         "--\nEnvoyé avec Axonaut – logiciel de gestion")
    add(G + "chevalier_roux_facture_honoraires.eml", "other",
        build(hdr_auto(A("Cabinet Chevalier & Roux", "no-reply@axonaut.com"), OWNER_ADDR, "Facture H-2026-1184 – Cabinet Chevalier & Roux",
                       D(2, 9, 10), "axonaut.com", extra=[("Reply-To", "facturation@chevalier-roux-expertise.fr")]),
              M("mixed", [P("text/plain", t), P("application/pdf", data=fac, cte="base64", filename="Facture_H-2026-1184.pdf", disposition="attachment")])),
        "fr", group="accountant's invoicing tool", pattern="invoice to the owner from a SaaS sender with PDF")

    # O5 wood supplier invoice ------------------------------------------------------------
    fac = pdf(["BOIS & PLACAGES DU RHONE", "FACTURE FA-26-11843 du 27/11/2026", "Chene massif 54mm 1,2 m3 ; Placage noyer 8 m2",
               "Total TTC 2 350,00 EUR", "Reglement : virement a 30 jours"])
    t = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint votre facture n° FA-26-11843 du 27/11/2026.\n\nMontant TTC : 2 350,00 EUR\n"
         "Échéance : 27/12/2026\nMode de règlement : virement\nIBAN : FR76 1005 7190 0300 0209 8420 155 - BIC CMCIFRPP\n\n"
         "Nous vous remercions de votre confiance.\n\nService comptabilité\nBois & Placages du Rhône\nZI des Platières - 69440 Mornant")
    hs = hdr_auto(A("Bois & Placages du Rhône", "compta@bois-placages-rhone.fr"), OWNER_ADDR, "Facture FA-26-11843", D(30, 16, 40), "bois-placages-rhone.fr",
                  extra=[("X-Mailer", "Sage 100cloud Gestion commerciale")])
    add(G + "bois_placages_facture_fournisseur.eml", "other",
        build(hs, M("mixed", [P("text/plain", t, charset="iso-8859-1"),
                              P("application/pdf", data=fac, cte="base64", filename="FA-26-11843.pdf", disposition="attachment")])),
        "fr", group="supplier Bois & Placages du Rhône", pattern="supplier invoice with IBAN and PDF (owner must pay)")

    # O6 trade fair newsletter --------------------------------------------------------------
    h = html_doc("<table width='640' align='center' style='background:#fff'><tr><td style='background:#1f3b2d;color:#fff;padding:26px;font-size:26px'>"
                 "EUROBOIS 2027 – Lyon Eurexpo</td></tr><tr><td style='padding:24px;font-size:15px'><p>Bonjour Aurélien,</p>"
                 "<p>Le salon des solutions pour le bois revient du 2 au 5 février 2027. Machines, outillage, panneaux, quincaillerie : "
                 "<b>400 exposants</b> et les démonstrations live de l'espace Atelier.</p><p><a href='https://www.eurobois.example.net/badge?utm_source=newsletter'>"
                 "Je demande mon badge gratuit</a></p><p>Code invitation : EB27-ART</p></td></tr><tr><td style='font-size:11px;color:#888;padding:16px'>"
                 "Vous recevez cet e-mail car vous avez visité le salon en 2025. <a href='https://www.eurobois.example.net/unsub'>Se désinscrire</a></td></tr></table>")
    hs = hdr_auto(A("Eurobois", "news@eurobois.example.net"), OWNER_ADDR, "🪵 Eurobois 2027 : demandez votre badge gratuit", D(1, 10, 0), "eurobois.example.net",
                  extra=list_unsub("https://www.eurobois.example.net/unsub?u=" + hx(12)) + [("Precedence", "bulk")])
    add(G + "eurobois_newsletter_badge.eml", "other", build(hs, P("text/html", h)), "fr", group="trade fair newsletter",
        pattern="trade fair marketing, HTML only, List-Unsubscribe")

    # O7 tool retailer promo ------------------------------------------------------------------
    t = ("Black Friday prolongé jusqu'à dimanche !\n\n-20 % sur les scies plongeantes, défonceuses et aspirateurs\n-15 % sur les "
         "abrasifs et la quincaillerie d'agencement\nLivraison offerte dès 99 € HT\n\nVoir les offres : https://www.outilpro-direct.example.com/bf\n\n"
         "OutilPro Direct – le spécialiste des pros du bois\nVous recevez cet e-mail car vous êtes client professionnel. Se désabonner : "
         "https://www.outilpro-direct.example.com/desabonnement")
    h = html_doc("<div style='max-width:600px;margin:auto;background:#111;color:#fff;padding:30px'><h1 style='color:#ffd400'>BLACK FRIDAY PROLONGÉ</h1>"
                 "<p>-20&nbsp;% sur les scies plongeantes, défonceuses et aspirateurs</p><p>-15&nbsp;% abrasifs &amp; quincaillerie</p>"
                 "<p><a style='color:#ffd400' href='https://www.outilpro-direct.example.com/bf'>J'en profite</a></p></div>")
    hs = hdr_auto(A("OutilPro Direct", "offres@news.outilpro-direct.example.com"), OWNER_ADDR, "⏰ Black Friday prolongé : -20 % sur l'électroportatif",
                  D(30, 7, 30), "news.outilpro-direct.example.com", extra=list_unsub("https://www.outilpro-direct.example.com/desabonnement") + [("Precedence", "bulk")])
    add(G + "outilpro_black_friday.eml", "other", build(hs, M("alternative", [P("text/plain", t), P("text/html", h)])), "fr",
        group="tool retailer", pattern="promotional newsletter with % and prices")

    # O8 Qonto newsletter ------------------------------------------------------------------------
    t = ("Les nouveautés Qonto de novembre\n\n1. Factures électroniques : soyez prêt pour la réforme de septembre 2026\n2. Nouveau : "
         "rapprochez automatiquement vos virements reçus de vos factures clientes\n3. Témoignage : comment un atelier de menuiserie a "
         "divisé par deux son temps de relance\n\nLire la newsletter : https://qonto.com/fr/blog\n\nVous recevez cette newsletter car "
         "vous êtes client Qonto. Gérer mes préférences : https://app.qonto.com/settings/notifications")
    hs = hdr_auto(A("Qonto", "newsletter@qonto.com"), OWNER_ADDR, "Vos virements reçus rapprochés automatiquement ✨", D(2, 11, 0), "qonto.com",
                  extra=list_unsub("https://qonto.com/unsubscribe?t=" + hx(20)) + [("Precedence", "bulk")])
    add(G + "qonto_newsletter_nouveautes.eml", "other", build(hs, M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", provider="Qonto", group="Qonto", pattern="bank's own marketing newsletter mentioning 'virements reçus'")

    # O9 Qonto fee invoice --------------------------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nVotre facture d'abonnement Qonto de novembre 2026 est disponible.\n\nForfait Solo Smart : 19,00 € HT\n"
         "Montant TTC : 22,80 €\nPrélevé sur votre compte le 01/12/2026.\n\nTélécharger la facture : https://app.qonto.com/settings/invoices\n\n"
         "L'équipe Qonto")
    add(G + "qonto_facture_abonnement.eml", "other",
        build(hdr_auto(A("Qonto", "no-reply@qonto.com"), OWNER_ADDR, "Votre facture Qonto de novembre est disponible", D(1, 6, 5), "qonto.com"),
              P("text/plain", t)), "fr", provider="Qonto", group="Qonto", pattern="bank's own fee invoice (guide: other)",
        notes="mentions the fee being debited; labelled other as the bank's fee invoice")

    # O10 marketplace message ------------------------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nVous avez reçu un nouveau message concernant votre annonce « Table de ferme en chêne massif 220 cm » :\n\n"
         "Marc : « Bonjour, la table est-elle toujours disponible ? Je peux passer samedi à Craponne. Vous feriez 1 100 € ? »\n\n"
         "Répondre : https://www.leboncoin.fr/messages\n\nPour votre sécurité, ne communiquez jamais vos coordonnées bancaires et "
         "méfiez-vous des paiements hors plateforme.\n\nL'équipe leboncoin")
    add(G + "leboncoin_nouveau_message_annonce.eml", "other",
        build(hdr_auto(A("leboncoin", "no-reply@leboncoin.fr"), OWNER_ADDR, "Nouveau message pour « Table de ferme en chêne massif 220 cm »",
                       D(3, 21, 44), "leboncoin.fr"), M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", group="marketplace", pattern="marketplace notification quoting a buyer's price offer")

    # O11 LinkedIn -----------------------------------------------------------------------------------
    t = ("Aurélien, vous êtes apparu dans 14 recherches cette semaine\n\nVos recherches viennent de : Architecture d'intérieur, "
         "Construction, Immobilier\n\nDécouvrez qui consulte votre profil : https://www.linkedin.com/me/search-appearances/\n\n"
         "Cet e-mail était destiné à Aurélien Dufresne (Ébéniste – Agencement sur mesure). Découvrez pourquoi nous incluons ces informations.\n"
         "Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.")
    hs = hdr_auto(A("LinkedIn", "notifications-noreply@linkedin.com"), OWNER_ADDR, "Vous êtes apparu dans 14 recherches cette semaine",
                  D(4, 13, 31), "linkedin.com", extra=list_unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=" + alnum(16)))
    add(G + "linkedin_apparitions_recherches.eml", "other", build(hs, M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", group="LinkedIn", pattern="social network notification")

    # O12 phishing Crédit Agricole -----------------------------------------------------------------------
    h = html_doc("<div style='max-width:560px;margin:auto;background:#fff;padding:20px;border-top:5px solid #009597'><p><b>Crédit Agricole</b></p>"
                 "<p>Cher(e) client(e),</p><p>Suite à la mise en conformité DSP2, votre authentification <b>SécuriPass</b> doit être renouvelée "
                 "avant le <b>05/12/2026</b>. Sans action de votre part, l'accès à vos comptes sera suspendu et vos virements entrants seront bloqués.</p>"
                 "<p><a href='http://ca-securipass-maj.example.com/login.php?id=" + hx(10) + "' style='background:#009597;color:#fff;padding:10px 14px'>Renouveler mon SécuriPass</a></p>"
                 "<p>Nous vous remercions pour votre confiance.<br>Service Client Crédit Agricole</p></div>")
    hs = hdr_auto(A("Crédit Agricole", "service.client@ca-securipass-maj.example.com"), OWNER_ADDR,
                  "Action requise : votre SécuriPass expire le 05/12", D(2, 3, 17), "ca-securipass-maj.example.com",
                  extra=[("Reply-To", "no-reply@ca-securipass-maj.example.com"), ("X-Mailer", "PHPMailer 6.8.1")])
    add(G + "phishing_credit_agricole_securipass.eml", "other", build(hs, P("text/html", h)), "fr",
        provider="", group="phishing", pattern="phishing imitating a bank (lookalike domain, urgency, PHPMailer)",
        notes="not a real bank notice")

    # O13 phishing PayPal fake payment -----------------------------------------------------------------
    t = ("Vous avez reçu un paiement de 1 250,00 EUR\n\nBonjour,\n\nUn acheteur vous a envoyé 1 250,00 EUR pour « Buffet en noyer ». "
         "Pour des raisons de sécurité, les fonds sont bloqués jusqu'à confirmation de l'expédition.\n\nMerci de confirmer votre compte "
         "vendeur et de renseigner le numéro de suivi ici : http://paypal-fr-securite.example.org/confirm\n\nL'équipe PayPal")
    hs = hdr_auto(A("PayPal Service", "service@paypal-fr-securite.example.org"), OWNER_ADDR,
                  "Vous avez reçu un paiement de 1 250,00 EUR – action requise", D(3, 22, 51), "paypal-fr-securite.example.org",
                  extra=[("Reply-To", "acheteur.buffet.noyer@example.net")])
    add(G + "phishing_paypal_faux_paiement.eml", "other", build(hs, M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", group="phishing", pattern="fake 'payment received' (marketplace scam), lookalike domain",
        notes="mimics a money-in notice; guide says label other")

    # O14 spam 'vous avez gagné' -----------------------------------------------------------------------
    t = ("FÉLICITATIONS Aurélien !!\n\nVous avez été sélectionné(e) pour recevoir une perceuse-visseuse sans fil 18V + coffret de 100 "
         "embouts (valeur 349 €).\n\nIl vous suffit de répondre à 3 questions et de régler les frais de port de 1,95 € :\n"
         "https://cadeau-artisan.example.info/gagnant?ref=%s\n\nOffre valable 24h seulement.\n\nPour ne plus recevoir nos offres partenaires, "
         "cliquez ici." % hx(8))
    hs = hdr_auto(A("Service Gagnants", "gagnant@cadeau-artisan.example.info"), OWNER_ADDR, "Aurélien, vous avez gagné une perceuse sans fil ! 🎁",
                  D(1, 4, 48), "cadeau-artisan.example.info")
    add(G + "spam_vous_avez_gagne.eml", "other", build(hs, P("text/plain", t)), "fr", group="spam", pattern="prize spam asking for a small fee")

    # O15 Google Calendar invitation ---------------------------------------------------------------------
    uid = "%s@google.com" % alnum(26).lower()
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261210T080000Z\nDTEND:20261210T093000Z\nDTSTAMP:20261202T101512Z\n"
           "ORGANIZER;CN=Camille Vernay:mailto:c.vernay@atelier-vernay.fr\nUID:%s\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aurelien@dufresne-ebeniste.fr;X-NUM-GUESTS=0:mailto:aurelien@dufresne-ebeniste.fr\n"
           "CREATED:20261202T101510Z\nDESCRIPTION:Point meubles cuisine + bibliothèque salon avec les clients. Prévoir échantillons teinte.\n"
           "LOCATION:14 avenue Foch\\, 69006 Lyon\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Réunion de chantier – Appartement Foch\nTRANSP:OPAQUE\n"
           "END:VEVENT\nEND:VCALENDAR\n" % uid)
    t = ("Réunion de chantier – Appartement Foch\njeudi 10 déc. 2026 ⋅ 09:00 – 10:30 (heure normale d'Europe centrale)\n14 avenue Foch, 69006 Lyon\n\n"
         "Organisateur : Camille Vernay\n\nParticiper ? Oui - Peut-être - Non\n\nInvitation de Google Agenda\n\nVous recevez cet e-mail, car vous "
         "êtes invité à cet événement.")
    hs = [("MIME-Version", "1.0"), ("Date", D(2, 11, 15)), ("Reply-To", A("Camille Vernay", "c.vernay@atelier-vernay.fr")),
          ("Sender", "Google Calendar <calendar-notification@google.com>"), ("Message-ID", "<calendar-%s@google.com>" % hx(32)),
          ("Subject", H("Invitation: Réunion de chantier – Appartement Foch @ jeu. 10 déc. 2026 09:00 - 10:30 (CET) (aurelien@dufresne-ebeniste.fr)")),
          ("From", A("Camille Vernay", "c.vernay@atelier-vernay.fr")), ("To", OWNER_ADDR)]
    body = M("mixed", [M("alternative", [P("text/plain", t, cs_quote=False), P("text/html", "<div>" + to_html(t) + "</div>", cs_quote=False),
                                         P("text/calendar", ics, cs_quote=False, params="; method=REQUEST", cte="7bit" if False else "quoted-printable")]),
                       P("application/ics", data=ics.encode("utf-8"), cte="base64", filename="invite.ics", disposition="attachment")])
    add(G + "google_agenda_invitation_reunion_chantier.eml", "other", build(hs, body), "fr", group="Google Calendar",
        pattern="calendar invitation sent by the system on a client's behalf (From = client)",
        notes="From is a client's address, but the message is generated by Google Calendar")

    # O16 Doctolib -------------------------------------------------------------------------------------------
    t = ("Bonjour Aurélien,\n\nNous vous rappelons votre rendez-vous :\n\nDemain, jeudi 3 décembre 2026 à 17h45\nDr Hélène Marchetti – Kinésithérapeute\n"
         "12 rue de la Poste, 69290 Craponne\nMotif : Séance de rééducation (épaule)\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous "
         "au moins 24h à l'avance : https://www.doctolib.fr/account/appointments\n\nL'équipe Doctolib\nCet e-mail est envoyé automatiquement.")
    add(G + "doctolib_rappel_rdv.eml", "other",
        build(hdr_auto(A("Doctolib", "no-reply@doctolib.fr"), OWNER_ADDR, "Rappel : votre rendez-vous demain à 17h45", D(2, 17, 45), "doctolib.fr"),
              M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])), "fr", group="Doctolib",
        pattern="appointment reminder")

    # O17 Chronopost shipping ---------------------------------------------------------------------------------
    t = ("Bonjour,\n\nVotre colis n° XW481207365FR de WURTH FRANCE sera livré demain, vendredi 04/12/2026, entre 09h30 et 10h30.\n\n"
         "Adresse : DUFRESNE EBENISTERIE, 14 CHEMIN DES VERNES, 69290 CRAPONNE\n\nVous n'êtes pas disponible ? Choisissez une autre date ou "
         "un point relais : https://www.chronopost.fr/fr/modifier-ma-livraison\n\nChronopost\nMerci de ne pas répondre à ce message.")
    add(G + "chronopost_livraison_demain.eml", "other",
        build(hdr_auto(A("Chronopost", "noreply@chronopost.fr"), OWNER_ADDR, "Votre colis arrive demain entre 09h30 et 10h30", D(3, 18, 2), "chronopost.fr"),
              M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])), "fr", group="Chronopost", pattern="shipping notice")

    # O18 insurer certificate ------------------------------------------------------------------------------------
    t = ("Bonjour Monsieur Dufresne,\n\nVotre attestation d'assurance Responsabilité civile professionnelle et décennale pour l'année 2027 "
         "est disponible dans votre espace assuré (contrat n° RCD-0041877).\n\nPensez à la joindre à vos devis pour vos chantiers "
         "démarrant à partir du 1er janvier.\n\nVotre prochaine échéance de cotisation (1 284,00 € TTC) sera prélevée le 05/01/2027.\n\n"
         "Votre conseillère, Nathalie Rey\nArtisur Assurances – Agence de Lyon Ouest\n\nCe message vous est adressé automatiquement.")
    add(G + "artisur_attestation_decennale_2027.eml", "other",
        build(hdr_auto(A("Artisur Assurances", "espace-assure@artisur-assurances.fr"), OWNER_ADDR,
                       "Votre attestation d'assurance 2027 est disponible", D(30, 10, 22), "artisur-assurances.fr"), P("text/plain", t)),
        "fr", group="insurer", pattern="insurer notice, mentions a future premium debit")

    # O19 landlord rent call ---------------------------------------------------------------------------------------
    av = pdf(["CABINET MORAND GESTION - AVIS D'ECHEANCE", "Locataire : DUFRESNE AURELIEN EI", "Local d'activite - 14 chemin des Vernes, Craponne",
              "Periode : 01/01/2027 - 31/01/2027", "Loyer HT 1 540,00 ; TVA 308,00 ; Provisions charges 2,00", "Total a payer : 1 850,00 EUR avant le 05/01/2027"])
    t = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint votre avis d'échéance pour la période du 01/01/2027 au 31/01/2027.\n\n"
         "Montant à régler : 1 850,00 € avant le 05/01/2027.\nRéférence à rappeler : LOC-4471\n\nCordialement,\nService Gérance – Cabinet Morand Gestion\n"
         "Administrateur de biens – Carte professionnelle G 6901 2016 000 011 094")
    add(G + "morand_gestion_avis_echeance_loyer.eml", "other",
        build(hdr_auto(A("Cabinet Morand Gestion", "gerance@morand-gestion.fr"), OWNER_ADDR, "Avis d'échéance – janvier 2027 – LOC-4471",
                       D(4, 11, 5), "morand-gestion.fr"),
              M("mixed", [P("text/plain", t), P("application/pdf", data=av, cte="base64", filename="Avis_echeance_2027-01_LOC-4471.pdf", disposition="attachment")])),
        "fr", group="landlord", pattern="rent call (the owner must pay)")

    # O20 EDF ------------------------------------------------------------------------------------------------------
    t = ("Bonjour,\n\nVotre facture d'électricité n° 10 284 771 903 du 01/12/2026 est disponible dans votre Espace Client EDF Entreprises.\n\n"
         "Montant : 318,72 € TTC\nDate de prélèvement : 16/12/2026\nSite : ATELIER – 14 CHEMIN DES VERNES 69290 CRAPONNE (PDL 24 1185 ...)\n\n"
         "EDF Entreprises\nCe message est envoyé automatiquement, merci de ne pas y répondre.")
    add(G + "edf_facture_electricite.eml", "other",
        build(hdr_auto(A("EDF Entreprises", "noreply@edf.fr"), OWNER_ADDR, "Votre facture EDF est disponible", D(1, 12, 40), "edf.fr"),
              M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])), "fr", group="utility",
        pattern="utility invoice with future direct debit")

    # O21 Chambre de Métiers -------------------------------------------------------------------------------------------
    t = ("Artisans du Rhône, la lettre de décembre\n\n• Facturation électronique : réunion d'information gratuite le 15 décembre à Lyon\n"
         "• Formation « SketchUp pour l'agencement » : 3 jours en janvier, prise en charge FAFCEA\n• Prix Stars & Métiers 2027 : candidatures ouvertes\n\n"
         "Chambre de Métiers et de l'Artisanat Auvergne-Rhône-Alpes – Rhône\nVous recevez cette lettre en tant qu'artisan immatriculé. Se désinscrire.")
    hs = hdr_auto(A("CMA Rhône", "newsletter@cma-auvergnerhonealpes.fr"), OWNER_ADDR, "La lettre des artisans du Rhône – décembre 2026",
                  D(3, 9, 30), "cma-auvergnerhonealpes.fr", extra=list_unsub("https://www.cma-auvergnerhonealpes.fr/desinscription") + [("Precedence", "bulk")])
    add(G + "cma_rhone_lettre_decembre.eml", "other", build(hs, M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", group="professional body", pattern="chamber of trades newsletter")

    # O22 invoicing SaaS: invoice viewed ----------------------------------------------------------------------------------
    t = ("Bonne nouvelle !\n\nVotre client SCI du Vallon a consulté la facture F-2026-0233 (1 920,00 € TTC) le 03/12/2026 à 21:14.\n\n"
         "Statut : consultée – en attente de paiement\nÉchéance : 17/12/2026\n\nVoir la facture : https://app.obat.example.com/factures/F-2026-0233\n\n"
         "L'équipe Obat\nVous recevez cet e-mail car les notifications de suivi sont activées.")
    add(G + "obat_facture_consultee.eml", "other",
        build(hdr_auto(A("Obat", "notifications@obat.example.com"), OWNER_ADDR, "SCI du Vallon a consulté votre facture F-2026-0233", D(3, 21, 15), "obat.example.com"),
              P("text/plain", t)), "fr", group="invoicing SaaS", pattern="'invoice viewed' notification mentioning the client, amount and 'en attente de paiement'",
        notes="not a payment: tracking notice from the owner's own invoicing tool")

    # O23 Google Business Profile review ------------------------------------------------------------------------------------
    t = ("Vous avez reçu un nouvel avis\n\nDufresne Ébénisterie\n★★★★★ Sophie L.\n« Cuisine sur mesure superbe, travail soigné et délais tenus. "
         "Je recommande ! »\n\nRépondre à l'avis : https://business.google.com/reviews\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
         "Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre fiche d'établissement.")
    add(G + "google_business_nouvel_avis.eml", "other",
        build(hdr_auto(A("Google Business Profile", "businessprofile-noreply@google.com"), OWNER_ADDR, "Nouvel avis sur Dufresne Ébénisterie",
                       D(4, 19, 3), "google.com"), M("alternative", [P("text/plain", t), P("text/html", html_doc(to_html(t)))])),
        "fr", group="Google Business Profile", pattern="review notification")

    # O24 trade lead platform ------------------------------------------------------------------------------------------------
    t = ("Nouveau projet près de chez vous\n\nCuisine sur mesure – Villeurbanne (69100)\nBudget estimé : 15 000 – 20 000 €\nDémarrage souhaité : mars 2027\n"
         "Description : « Cuisine en U, façades chêne, plan de travail pierre, environ 9 m linéaires. »\n\n3 artisans maximum pourront répondre. "
         "Débloquer le contact : 2 crédits.\n\nhttps://pro.prochantier.example.com/projets/88413\n\nProChantier – la plateforme des artisans\n"
         "Pour modifier vos alertes projets, rendez-vous dans votre espace pro.")
    add(G + "prochantier_nouveau_projet_cuisine.eml", "other",
        build(hdr_auto(A("ProChantier", "projets@prochantier.example.com"), OWNER_ADDR, "Nouveau projet : cuisine sur mesure à Villeurbanne",
                       D(2, 7, 2), "prochantier.example.com", extra=[("Precedence", "bulk")]), P("text/plain", t)),
        "fr", group="trade lead platform", pattern="lead notification with budget in euros")

    # O25 Shine security alert ------------------------------------------------------------------------------------------------
    t = ("Hello Aurélien,\n\nUne nouvelle connexion à ton compte Shine a été détectée :\n\nAppareil : iPhone 15 – iOS 19.1\nLieu approximatif : Lyon, France\n"
         "Date : 04/12/2026 à 07:12\n\nC'est bien toi ? Tu n'as rien à faire.\nCe n'est pas toi ? Bloque ton accès immédiatement depuis l'appli ou "
         "appelle-nous.\n\nL'équipe Shine")
    add(G + "shine_alerte_nouvelle_connexion.eml", "other",
        build(hdr_auto(A("Shine", "securite@shine.fr"), OWNER_ADDR, "Nouvelle connexion à ton compte Shine", D(4, 7, 13), "shine.fr"),
              P("text/plain", t)), "fr", provider="Shine", group="Shine", pattern="bank security alert (no money movement)")

    # O26 SketchUp renewal (EN) -------------------------------------------------------------------------------------------------
    t = ("Hi Aurélien,\n\nYour SketchUp Pro subscription will automatically renew on 15 December 2026.\n\nPlan: SketchUp Pro (annual)\nAmount: "
         "€359.00 + VAT\nPayment method: Visa ending 7702\n\nNo action is needed. To manage your subscription, visit https://store.sketchup.com/account\n\n"
         "Trimble Inc., 10368 Westmoor Drive, Westminster, CO 80021, USA")
    add(G + "sketchup_renewal_notice.eml", "other",
        build(hdr_auto(A("SketchUp", "noreply@sketchup.com"), OWNER_ADDR, "Your SketchUp Pro subscription renews soon", D(30, 16, 8, tz="+0000"), "sketchup.com"),
              P("text/plain", t)), "en", group="software subscription", pattern="English subscription renewal reminder with amount")


# ============================================================ main
README = """# dunnerd blind evaluation set — final16 / aa

Written by hand for dunnerd's unseen evaluation (batch 3 brief, guide in /work/scratch/b3/GUIDE.md).
`build.py` (standard library only) writes every `.eml` and `labels.tsv`; run `python3 build.py`.
All messages are synthetic (`fidelity=synthetic`, `source_repo=synthetic`), dated Mon 30 Nov – Fri 4 Dec 2026.

Owner: Aurélien Dufresne <aurelien@dufresne-ebeniste.fr>, ébéniste (custom furniture, fitted kitchens),
workshop in Craponne near Lyon, sole trader (EI). His reminders are quoted as
"Rappel : facture F-2026-0xxx échue" / "Reminder: invoice INV-0xxx is overdue" with
Message-IDs <dunnerd.N.K@dufresne-ebeniste.fr>.

## Counts (split final16)

%s

## What each group is based on

- human_reply: clients of an ébéniste (private households, architects, interior designers, restaurants,
  hotels, a syndic, a town hall, corporate AP clerks, UK/IE/NL/US clients) written in the layouts of the
  mail clients they use: Gmail (text+html alternative, "Le … a écrit :" quote), Outlook desktop (Word HTML,
  "De : / Envoyé : / À : / Objet :" block, HTML-only variant), iPhone/Apple Mail, Outlook mobile,
  Samsung mail (base64), Thunderbird (format=flowed), Windows Live Mail (iso-8859-1 label with cp1252
  bytes), a Mailman list post, one truncated multipart. Facts (promise dates, disputes, already-paid, invoice
  and RIB requests) are resolved against each Date header; negations are not counted.
- payment_notification: alert wording of French banks (BNP Paribas, Crédit Agricole Centre-est, Société
  Générale, LCL, La Banque Postale, Crédit Mutuel, CIC, BoursoBank, Hello bank!, Fortuneo, Caisse d'Épargne,
  Banque Populaire), neobanks (Qonto, Shine, N26, Revolut Business, Wise), PSPs (Stripe, PayPal, SumUp,
  GoCardless, Mollie, PayPlug, Sumeria), an accounting bank feed (Indy), a UK client's remittance advice and a
  DGFiP "avis de paiement". Wording reconstructed from the providers' public help pages and typical alert
  texts (not copied); about half are money in, the rest out / failed / refund / chargeback / statement /
  pending / payouts.
- auto_reply: Exchange OOF (FR/EN/DE) with Auto-Submitted and X-Auto-Response-Suppress, Gmail vacation,
  a bare "Absence du bureau" without headers, AP and e-invoicing mailbox autoresponders, a Zendesk ticket
  acknowledgement, two MDN read receipts (RFC 8098), a challenge-response, a Roundcube vacation.
- bounce: RFC 3464 DSNs in the layouts of Gmail, Exchange Online, Outlook.com, Exchange on-premises,
  Postfix (OVH relay, free.fr, own relay), Orange, and an Exim bounce with no delivery-status part; two are
  delay warnings (bounce_final=no).
- other: public bodies (Urssaf, impots.gouv CFE), supplier/accountant/utility/landlord invoices TO the owner,
  an insurer, trade fair, tool retailer, chamber of trades, Qonto's own newsletter and fee invoice, a bank
  security alert, a marketplace message, LinkedIn, Google Business review, a lead platform, invoicing-SaaS
  tracking, a software renewal, a Google Calendar invitation, Doctolib, Chronopost, two phishing imitations
  (a bank and a fake PayPal payment) and a prize spam.

Domains: client and supplier domains are fictional; individuals use example.com/.net/.org; banks and large
services use their real sender domains as the guide allows.
"""


def main():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    human_messages()
    payment_messages()
    auto_messages()
    bounce_messages()
    other_messages()
    write_tsv()
    counts = {lab: sum(1 for r in ROWS if r["label"] == lab) for lab in LABELS}
    table = "| label | count |\n| --- | --- |\n" + "".join("| %s | %d |\n" % (k, v) for k, v in counts.items())
    table += "| total | %d |\n" % len(ROWS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README % table)
    print(table)


if __name__ == "__main__":
    main()
