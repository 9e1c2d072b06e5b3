#!/usr/bin/env python3
"""Build dunnerd's written evaluation batch 3 (split tune3).

Standard library only. Writes <label>/<name>.eml files and labels.tsv next to this
script. Every message is written by hand for this set (fidelity `synthetic`); the
formats follow the documented/public wording of each sender kind (see `pattern` and
`notes` of each row, and README.md).
"""
import base64
import datetime
import email.utils
import hashlib
import os
import quopri
import zlib
from email.charset import Charset, QP, BASE64
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "tune3"
SCRIPT = "build.py"
OWNER_NAME = "Hugo Bernard"
OWNER = "hugo@bernard-dev.fr"
OWNER_FULL = "Hugo Bernard <hugo@bernard-dev.fr>"
TZ = datetime.timezone(datetime.timedelta(hours=1))
UTC = datetime.timezone.utc

ROWS = []
NAMES = set()

COLUMNS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
           "fidelity", "lang", "provider", "source_group", "pattern", "direction",
           "amount", "currency", "payer", "reference", "value_date",
           "counts_as_payment", "facts", "split", "notes"]


# ---------------------------------------------------------------- dates
def D(day, hh, mm, ss=0, tz=TZ, month=None):
    """A date in the week Mon 30 Nov - Fri 4 Dec 2026 (day 30 -> November)."""
    if month is None:
        month = 11 if day >= 20 else 12
    return datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def rfcdate(d):
    return email.utils.format_datetime(d)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- headers
def enc(s, charset="utf-8", how="b"):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = QP if how == "q" else BASE64
    return Header(s, cs, maxlinelen=76).encode()


def A(name, address, charset="utf-8", how="b"):
    """An address header value."""
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc(name, charset, how), address)


def mid(local, domain):
    return "<%s@%s>" % (local, domain)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- MIME parts
class P:
    """A leaf part."""

    def __init__(self, ctype, text=None, charset="utf-8", cte="quoted-printable",
                 data=None, filename=None, disposition=None, headers=(), params=None):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.data, self.filename, self.disposition = data, filename, disposition
        self.headers, self.params = list(headers), params
        if text is not None and charset and charset.lower() == "iso-8859-1":
            try:
                text.encode("iso-8859-1")
            except UnicodeEncodeError:  # e.g. a euro sign: real clients then declare windows-1252
                self.charset = "windows-1252"
                self.text = text.replace("charset=iso-8859-1", "charset=windows-1252")

    def head(self):
        ct = self.ctype
        if self.text is not None and self.charset:
            ct += '; charset="%s"' % self.charset if self.charset.islower() else "; charset=%s" % self.charset
        if self.params:
            ct += "; " + self.params
        if self.filename:
            ct += ';\n\tname="%s"' % self.filename
        h = [("Content-Type", ct)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\tfilename="%s"' % self.filename
            h.append(("Content-Disposition", d))
        return h + self.headers

    def body(self):
        raw = self.data if self.data is not None else self.text.encode(self.charset or "utf-8")
        if self.cte == "base64":
            return base64.encodebytes(raw)
        if self.cte == "quoted-printable":
            return quopri.encodestring(raw)
        return raw


class M:
    """A multipart part."""
    n = 0

    def __init__(self, subtype, parts, boundary=None, params=None, preamble=None, headers=()):
        self.subtype, self.parts, self.params = subtype, parts, params
        M.n += 1
        self.boundary = boundary or ("b1_" + hx("%d%s" % (M.n, subtype), 24))
        self.preamble, self.headers = preamble, list(headers)

    def head(self):
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            ct = 'multipart/%s; %s;\n\tboundary="%s"' % (self.subtype, self.params, self.boundary)
        return [("Content-Type", ct)] + self.headers

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + render(p)
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def render(part):
    h = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in part.head())
    return h + b"\n" + part.body()


def message(headers, body, crlf=False, mime_version=True):
    """headers: list of (name, value) already encoded; body: P or M."""
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        out += b"MIME-Version: 1.0\n"
    out += render(body)
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def text(s, charset="utf-8", cte="quoted-printable", sub="plain", **kw):
    return P("text/" + sub, s, charset, cte, **kw)


def html(s, charset="utf-8", cte="quoted-printable", **kw):
    return P("text/html", s, charset, cte, **kw)


def alt(plain, htm, **kw):
    return M("alternative", [plain, htm], **kw)


def pdf_part(data, filename):
    return P("application/pdf", data=data, cte="base64", filename=filename,
             disposition="attachment")


def make_pdf(lines):
    """A small valid one-page PDF showing the given lines (Helvetica)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 56 %d Tm (%s) Tj" % (y, esc(ln)))
        y -= 16
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
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


# ---------------------------------------------------------------- output
def emit(label, name, raw, lang, group, pattern, provider="", money=None, facts="",
         notes="", fidelity="synthetic"):
    fn = "%s/%s.eml" % (label, name)
    assert fn not in NAMES, fn
    NAMES.add(fn)
    os.makedirs(os.path.join(OUT, label), exist_ok=True)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
    m = money or {}
    if label == "payment_notification":
        assert m, fn
    row = {
        "file": fn, "label": label, "source_repo": "synthetic", "source_path": SCRIPT,
        "source_commit": "", "license": "written for dunnerd", "fidelity": fidelity,
        "lang": lang, "provider": provider, "source_group": group, "pattern": pattern,
        "direction": m.get("direction", ""), "amount": m.get("amount", ""),
        "currency": m.get("currency", ""), "payer": m.get("payer", ""),
        "reference": m.get("reference", ""), "value_date": m.get("value_date", ""),
        "counts_as_payment": m.get("counts", ""), "facts": facts, "split": SPLIT,
        "notes": notes,
    }
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (fn, k)
    ROWS.append(row)


def money(direction, amount, currency="EUR", payer="", reference="", value_date="",
          counts="no"):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer,
                reference=reference, value_date=value_date, counts=counts)


# ---------------------------------------------------------------- the owner's reminders
def inv_no(inv):
    return int(inv.split("-")[-1])


def reminder_id(inv, k=1):
    return "<dunnerd.%d.%d@bernard-dev.fr>" % (inv_no(inv), k)


def reminder_subject(inv, lang="fr"):
    if lang == "fr":
        return "Rappel : facture %s échue" % inv
    return "Reminder: invoice %s is overdue" % inv


def reminder_body(inv, who, amount, due, lang="fr"):
    if lang == "fr":
        return ("Bonjour %s,\n\n"
                "Sauf erreur de ma part, la facture %s d'un montant de %s TTC,\n"
                "arrivée à échéance le %s, n'a pas encore été réglée.\n\n"
                "Pourriez-vous me confirmer la date de règlement prévue ?\n"
                "Vous trouverez la facture en pièce jointe.\n\n"
                "Bien cordialement,\n\nHugo Bernard\nDéveloppeur indépendant - bernard-dev.fr\n"
                "06 12 34 56 78\n") % (who, inv, amount, due)
    return ("Hello %s,\n\n"
            "Unless I am mistaken, invoice %s for %s, due on %s, is still unpaid.\n\n"
            "Could you let me know when payment is scheduled? The invoice is attached\n"
            "again for convenience.\n\n"
            "Kind regards,\n\nHugo Bernard\nFreelance developer - bernard-dev.fr\n") % (
                who, inv, amount, due)


def q(body):
    return "\n".join(("> " + ln) if ln else ">" for ln in body.rstrip("\n").split("\n")) + "\n"


def gmail_fr_attrib(d):
    return "Le %s %d %s %d à %02d:%02d, Hugo Bernard <%s> a écrit :" % (
        FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, OWNER)


def gmail_en_attrib(d):
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s Hugo Bernard <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute,
        "AM" if d.hour < 12 else "PM", OWNER)


def outlook_fr_header(d, to, subject):
    return ("De : Hugo Bernard <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n") % (
        OWNER, FR_DAYS_LONG[d.weekday()], d.day, FR_MONTHS_LONG[d.month - 1], d.year,
        d.hour, d.minute, to, subject)


def outlook_en_header(d, to, subject):
    return ("From: Hugo Bernard <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n") % (
        OWNER, d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.hour % 12 or 12,
        d.minute, "AM" if d.hour < 12 else "PM", to, subject)


def reply_headers(frm, subject, date, msgid, inv=None, to=OWNER_FULL, cc=None, k=1,
                  extra=(), refs=True, charset="utf-8", how="b"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc(subject, charset, how)), ("Date", rfcdate(date)), ("Message-ID", msgid)]
    if inv and refs:
        h += [("In-Reply-To", reminder_id(inv, k)), ("References", reminder_id(inv, k))]
    h += list(extra)
    return h


# ---------------------------------------------------------------- client-side HTML styles
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(reply, attrib=None, quoted=None):
    paras = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in reply.rstrip("\n").split("\n"))
    out = '<div dir="ltr">%s</div>' % paras
    if attrib:
        qh = "<br>".join(esc(l) for l in quoted.rstrip("\n").split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (esc(attrib), qh)
    return out + "\n"


def gmail_reply(reply, attrib=None, quoted=None, seed="x"):
    plain = reply
    if attrib:
        plain = reply.rstrip("\n") + "\n\n" + attrib + "\n\n" + q(quoted)
    return alt(text(plain, "UTF-8"), html(gmail_html(reply, attrib, quoted), "UTF-8"),
               boundary="000000000000" + hx(seed, 12) + "05f3")


def outlook_html(reply_html, header_block=None, quoted=None, lang="FR"):
    """Word-generated HTML as Outlook desktop sends it (HTML-only or as alternative)."""
    out = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
           '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
           'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
           '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
           'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
           '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n') % lang
    out += reply_html
    if header_block:
        hb = "<br>\n".join(
            ("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) if ":" in l else esc(l))
            for l in header_block.rstrip("\n").split("\n"))
        out += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                '%s<o:p></o:p></span></p>\n</div>\n') % hb
        out += "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;")
                       for l in quoted.rstrip("\n").split("\n"))
    out += "</div>\n</body>\n</html>\n"
    return out


def mso_p(lines):
    return "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (l if l else "<o:p>&nbsp;</o:p>") for l in lines)


# ================================================================= human_reply
def human_replies():
    L = "human_reply"

    # 1. Gmail, top-posted, "vendredi"
    inv, rd, d = "F-2026-0412", D(30, 8, 30), D(1, 9, 47)
    rem = reminder_body(inv, "Julien", "1 480,00 €", "15 novembre 2026")
    body = gmail_reply("Bonjour Hugo,\n\nDésolé pour le retard, ça m'était complètement sorti de la tête.\n"
                       "Je fais le virement vendredi.\n\nBonne journée,\nJulien\n",
                       gmail_fr_attrib(rd), rem, "h1")
    h = reply_headers(A("Julien Marchetti", "julien@marchetti-paysage.fr"), "Re: " + reminder_subject(inv),
                      d, mid("CAJ8r" + hx("h1", 20), "mail.gmail.com"), inv)
    emit(L, "marchetti_fr_promise_vendredi", message(h, body), "fr", "Marchetti Paysage",
         "Gmail multipart/alternative, top-posted above quoted reminder; weekday promise",
         facts="promise_date=2026-12-04", notes="vendredi resolved against Tue 1 Dec 2026")

    # 2. Outlook HTML-only, "paiement prévu le 15"
    inv, rd, d = "F-2026-0415", D(30, 8, 31), D(2, 14, 5)
    subj = "RE: " + reminder_subject(inv)
    hb = outlook_fr_header(rd, "Comptabilité Fournisseurs <compta.fournisseurs@groupe-vellan.fr>", reminder_subject(inv))
    rem = reminder_body(inv, "Madame, Monsieur", "2 350,00 €", "20 novembre 2026")
    body_html = outlook_html(mso_p([
        "Bonjour Monsieur Bernard,", "",
        "Votre facture F-2026-0415 a bien été enregistrée dans notre système.",
        "Paiement prévu le 15 selon notre calendrier de règlement fournisseurs.", "",
        "Bien cordialement,", "",
        "<b><span style=\"color:#1F3864\">Nathalie Roux</span></b>",
        "<span style=\"font-size:9.0pt;color:#1F3864\">Comptable fournisseurs | Direction Financière</span>",
        "<span style=\"font-size:9.0pt;color:#1F3864\">GROUPE VELLAN SAS - 14 rue des Tanneurs - 69002 Lyon</span>",
        "<span style=\"font-size:9.0pt;color:#1F3864\">Tél. : 04 72 00 00 00</span>"]), hb, rem)
    h = reply_headers(A("ROUX Nathalie", "n.roux@groupe-vellan.fr"), subj, d,
                      mid("PR0P264MB2" + hx("h2", 10).upper() + "A1B2C3D4E5F", "PR0P264MB2874.FRAP264.PROD.OUTLOOK.COM"), inv,
                      extra=[("Thread-Topic", enc(reminder_subject(inv), "iso-8859-1", "q")),
                             ("Thread-Index", "AQHbQ" + hx("h2t", 22) + "=="),
                             ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    emit(L, "vellan_fr_outlook_html_le15", message(h, html(body_html, "iso-8859-1"), crlf=True), "fr",
         "Groupe Vellan", "Outlook HTML-only (Word HTML, iso-8859-1 QP), Outlook 'De :/Envoyé :' quote block",
         facts="promise_date=2026-12-15", notes="'le 15' resolved to 15 Dec 2026 (message of 2 Dec)")

    # 3. plain, "d'ici la fin de la semaine prochaine"
    inv, d = "F-2026-0409", D(30, 17, 12)
    h = reply_headers(A("Martine Chauvel", "m.chauvel@chauvel-immobilier.fr"), "RE: " + reminder_subject(inv),
                      d, mid("0c1f" + hx("h3", 12) + "$8a2e$" + hx("h3b", 8), "chauvel-immobilier.fr"), inv)
    b = ("Bonjour,\n\nNous procéderons au règlement de votre facture d'ici la fin de la semaine prochaine.\n"
         "Merci de votre patience.\n\nCordialement,\n\nMartine Chauvel\nAgence Chauvel Immobilier\n"
         "3 place du Marché - 44000 Nantes\n\n-----Message d'origine-----\n"
         + outlook_fr_header(D(30, 8, 32), "m.chauvel@chauvel-immobilier.fr", reminder_subject(inv)).replace("Envoyé :", "Envoyé :")
         + "\n" + reminder_body(inv, "Madame Chauvel", "640,00 €", "10 novembre 2026"))
    emit(L, "chauvel_fr_fin_semaine_prochaine", message(h, text(b, "windows-1252")), "fr", "Chauvel Immobilier",
         "plain windows-1252 QP, '-----Message d'origine-----' quote; relative deadline",
         facts="promise_date=2026-12-11",
         notes="'d'ici la fin de la semaine prochaine' from Mon 30 Nov: resolved as Friday 11 Dec 2026 (could also be read week_of_2026-12-07)")

    # 4. English Gmail, "we'll pay on the 10th"
    inv, rd, d = "INV-0418", D(1, 9, 0), D(3, 10, 22, tz=UTC)
    rem = reminder_body(inv, "Sarah", "€1,950.00", "20 November 2026", "en")
    body = gmail_reply("Hi Hugo,\n\nThanks for the nudge, and sorry this slipped. We'll pay on the 10th\n"
                       "together with the rest of our December supplier invoices.\n\nBest,\nSarah\n\n--\n"
                       "Sarah Whitfield | Operations Manager\nNorthgate Labs Ltd\n",
                       gmail_en_attrib(rd), rem, "h4")
    h = reply_headers(A("Sarah Whitfield", "sarah@northgate-labs.co.uk"), "Re: " + reminder_subject(inv, "en"),
                      d, mid("CAFx" + hx("h4", 24), "mail.gmail.com"), inv)
    emit(L, "northgate_en_pay_on_10th", message(h, body), "en", "Northgate Labs",
         "Gmail (Workspace) English reply, ordinal day promise, UTC Date header",
         facts="promise_date=2026-12-10")

    # 5. English AP, payment run Thursday, long disclaimer, Outlook alternative
    inv, d = "INV-0421", D(30, 11, 40, tz=UTC)
    plain = ("Hello Hugo,\n\nThank you for your email. Invoice INV-0421 has been approved and is included in\n"
             "our next payment run, which is on Thursday. Funds usually reach the supplier's\n"
             "account the following business day.\n\nKind regards,\n\nDaniel Okafor\nAccounts Payable\n"
             "Brightwater Hospitality Group\n\n"
             "________________________________\n"
             "This email and any attachments are confidential and may be legally privileged. If you\n"
             "are not the intended recipient, please notify the sender immediately and delete it\n"
             "from your system. Any unauthorised use, disclosure or copying is strictly prohibited.\n"
             "Brightwater Hospitality Group Ltd is registered in England and Wales under company\n"
             "number 08123456. Registered office: 21 Quayside, Bristol BS1 4RN. We do not accept\n"
             "changes to bank details by email.\n")
    htm = outlook_html(mso_p([esc(l) for l in plain.split("\n")]), lang="EN-GB").replace("iso-8859-1", "utf-8")
    h = reply_headers(A("Accounts Payable", "accounts.payable@brightwater-hg.co.uk"),
                      "RE: " + reminder_subject(inv, "en"), d,
                      mid("LO2P265MB5" + hx("h5", 12).upper(), "LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"), inv,
                      extra=[("Content-Language", "en-GB")])
    emit(L, "brightwater_en_payment_run_thursday",
         message(h, alt(text(plain, "us-ascii", "7bit"), html(htm, "utf-8"), boundary="_000_LO2P265MB5" + hx("h5b", 10) + "_"), crlf=True),
         "en", "Brightwater Hospitality Group",
         "shared AP mailbox, Outlook alternative, long legal disclaimer mentioning bank details",
         facts="promise_date=2026-12-03", notes="'payment run is on Thursday' from Mon 30 Nov = Thu 3 Dec")

    # 6. dispute: work not delivered
    inv, d = "F-2026-0425", D(2, 18, 3)
    b = ("Bonsoir Hugo,\n\nJe me permets de répondre à votre relance : nous contestons la facture F-2026-0425.\n"
         "Le devis prévoyait la mise en production de la nouvelle version du site avant le 15\n"
         "novembre, or le site n'est toujours pas en ligne et plusieurs points de la recette\n"
         "(formulaire de contact, export des commandes) restent bloquants.\n\n"
         "Nous réglerons cette facture une fois la mise en production effective, comme\n"
         "prévu à l'article 4 du devis. Je vous propose un point téléphonique jeudi pour\n"
         "en parler.\n\nCordialement,\nÉlodie Ferrand\nGérante - Maison Ferrand Céramiques\n")
    h = reply_headers(A("Élodie Ferrand", "elodie@maison-ferrand.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h6", 8) + "-" + hx("h6a", 4) + "-" + hx("h6b", 4) + "-" + hx("h6c", 12), "maison-ferrand.fr"), inv,
                      extra=[("User-Agent", "Mozilla Thunderbird")])
    emit(L, "ferrand_fr_dispute_not_delivered", message(h, text(b, "UTF-8", "8bit", params="format=flowed")), "fr",
         "Maison Ferrand Céramiques", "Thunderbird plain 8bit, explicit contestation (work not in production)",
         facts="dispute=yes")

    # 7. dispute amount vs quote, asks for corrected invoice
    inv, rd, d = "F-2026-0427", D(1, 8, 30), D(1, 11, 15)
    rem = reminder_body(inv, "Benoît", "1 740,00 €", "25 novembre 2026")
    body = gmail_reply("Bonjour,\n\nLe montant ne correspond pas au devis signé : 1 200 € HT et non 1 450 € HT.\n"
                       "Les deux jours supplémentaires n'ont jamais été validés de notre côté.\n\n"
                       "Merci de nous faire parvenir une facture rectifiée, nous la réglerons à réception.\n\n"
                       "Benoît Lacombe\nLacombe & Fils - Menuiserie\n", gmail_fr_attrib(rd), rem, "h7")
    h = reply_headers(A("Benoît Lacombe", "b.lacombe@lacombe-menuiserie.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAK2" + hx("h7", 24), "mail.gmail.com"), inv)
    emit(L, "lacombe_fr_dispute_amount", message(h, body), "fr", "Lacombe & Fils",
         "contests amount vs signed quote, asks for a corrected invoice",
         facts="dispute=yes",
         notes="asks for a corrected (rectified) invoice, not a copy of the same one: request_invoice not set")

    # 8. already paid, with date
    inv, d = "F-2026-0417", D(1, 10, 2)
    b = ("Bonjour Monsieur Bernard,\n\nLe virement a été effectué le 27 novembre depuis notre compte Crédit Mutuel,\n"
         "vous devriez l'avoir reçu depuis. Pouvez-vous vérifier de votre côté ?\n\n"
         "Bien à vous,\nSylvie Aubertin\nAssistante de direction\nCabinet Aubertin Architectes\n")
    h = reply_headers(A("Sylvie Aubertin", "secretariat@aubertin-architectes.fr"), "RE: " + reminder_subject(inv), d,
                      mid("000001db43a1$" + hx("h8", 8) + "$" + hx("h8b", 8), "aubertin-architectes.fr"), inv,
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    emit(L, "aubertin_fr_already_paid_27nov", message(h, text(b, "iso-8859-1")), "fr", "Cabinet Aubertin",
         "iso-8859-1 QP plain, says transfer made on a given date", facts="already_paid=2026-11-27")

    # 9. already paid claimed, tutoiement
    inv, rd, d = "F-2026-0402", D(30, 8, 33), D(30, 12, 48)
    rem = reminder_body(inv, "Max", "450,00 €", "31 octobre 2026")
    body = gmail_reply("Hello Hugo,\n\nC'est réglé depuis un moment normalement, regarde de ton côté ?\n"
                       "Si tu ne vois rien je demanderai à ma banque.\n\nMax\n", gmail_fr_attrib(rd), rem, "h9")
    h = reply_headers(A("Maxime Perrin", "max@perrin-studio.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAHt" + hx("h9", 24), "mail.gmail.com"), inv)
    emit(L, "perrin_fr_tu_deja_regle", message(h, body), "fr", "Perrin Studio",
         "informal 'tu', claims paid without a date", facts="already_paid=claimed")

    # 10. already paid, forwarded bank confirmation inline
    inv, d = "F-2026-0431", D(3, 9, 14)
    b = ("Bonjour Hugo,\n\nJe vous transfère la confirmation de notre banque, le virement est parti le 26.\n"
         "Il apparaît bien comme exécuté chez nous.\n\nCordialement,\nPatrick Giraud\nGiraud Transports\n\n"
         "---------- Forwarded message ---------\n"
         "De : Crédit Agricole <ne-pas-repondre@credit-agricole.fr>\n"
         "Date: jeu. 26 nov. 2026 à 16:41\n"
         "Subject: Confirmation de votre virement\n"
         "To: <p.giraud@giraud-transports.fr>\n\n\n"
         "Bonjour,\n\nNous vous confirmons l'exécution de votre virement SEPA :\n\n"
         "Compte débité : Compte courant professionnel n° ****5821\n"
         "Bénéficiaire : HUGO BERNARD\n"
         "Montant : 3 600,00 EUR\n"
         "Motif : F-2026-0431\n"
         "Date d'exécution : 26/11/2026\n\n"
         "Ceci est un message automatique, merci de ne pas y répondre.\n"
         "Crédit Agricole - Votre banque au quotidien\n")
    h = reply_headers(A("Patrick Giraud", "p.giraud@giraud-transports.fr"), "Fwd: Confirmation de votre virement", d,
                      mid("CAOz" + hx("h10", 24), "mail.gmail.com"), inv)
    emit(L, "giraud_fr_forward_bank_confirmation", message(h, gmail_reply(b, seed="h10")), "fr", "Giraud Transports",
         "client forwards his bank's outgoing-transfer confirmation (Gmail forward block)",
         facts="already_paid=2026-11-26",
         notes="contains bank notice wording but is a person's forward: human_reply, not payment_notification")

    # 11. already paid, PDF attached
    inv, d = "F-2026-0436", D(4, 8, 55)
    pdf = make_pdf(["BANQUE POPULAIRE AUVERGNE RHONE ALPES", "AVIS D'EMISSION DE VIREMENT SEPA", "",
                    "Donneur d'ordre : SAS OPTIMA CONSEIL", "Beneficiaire : HUGO BERNARD",
                    "IBAN beneficiaire : FR76 1234 5XXX XXXX XXXX XXXX 189",
                    "Montant : 2 160,00 EUR", "Reference : F-2026-0436",
                    "Date d'execution : 30/11/2026"])
    b = ("Bonjour,\n\nCette facture a été réglée lundi dernier, vous trouverez l'avis de virement en PJ.\n\n"
         "Bonne journée\n\nKarine Lefèvre\nSAS Optima Conseil - Service comptabilité\n")
    h = reply_headers(A("Karine Lefèvre", "k.lefevre@optima-conseil.fr"), "RE: " + reminder_subject(inv), d,
                      mid("AM0PR" + hx("h11", 12).upper(), "eurprd04.prod.outlook.com"), inv,
                      extra=[("X-MS-Has-Attach", "yes")])
    body = M("mixed", [text(b, "iso-8859-1"), pdf_part(pdf, "Avis_virement_F-2026-0436.pdf")],
             boundary="_004_AM0PR" + hx("h11b", 10) + "_")
    emit(L, "optima_fr_paid_pdf_attached", message(h, body, crlf=True), "fr", "Optima Conseil",
         "already paid, bank transfer advice attached as PDF", facts="already_paid=2026-11-30",
         notes="'lundi dernier' from Fri 4 Dec = Mon 30 Nov; the PDF says the same date")

    # 12. English, paid, remittance PDF
    inv, d = "INV-0419", D(2, 15, 30, tz=UTC)
    pdf = make_pdf(["Harbour & Finch Ltd - REMITTANCE ADVICE", "", "Supplier: Hugo Bernard (bernard-dev.fr)",
                    "Payment date: 24/11/2026", "Payment method: SEPA credit transfer",
                    "INV-0419   EUR 1,250.00", "Total paid: EUR 1,250.00"])
    b = ("Hi Hugo,\n\nWe paid this on 24 November - remittance attached. Could you check with your bank?\n"
         "It went out as a SEPA transfer with the invoice number as reference.\n\nThanks,\nTom\n\n"
         "Tom Ashdown\nFinance Assistant | Harbour & Finch Ltd\n")
    h = reply_headers(A("Tom Ashdown", "tom.ashdown@harbourfinch.co.uk"), "RE: " + reminder_subject(inv, "en"), d,
                      mid("DB9PR" + hx("h12", 12).upper(), "eurprd05.prod.outlook.com"), inv)
    body = M("mixed", [text(b, "us-ascii", "7bit"), pdf_part(pdf, "Remittance_HarbourFinch_INV-0419.pdf")])
    emit(L, "harbourfinch_en_paid_remittance_pdf", message(h, body, crlf=True), "en", "Harbour & Finch",
         "English, paid on a date, remittance PDF attached", facts="already_paid=2026-11-24")

    # 13. request invoice
    inv, d = "F-2026-0422", D(1, 16, 20)
    b = ("Bonjour,\n\nPourriez-vous me renvoyer la facture ? Je ne la retrouve pas dans nos mails\n"
         "(je crois qu'elle est partie chez mon ancien associé).\n\nMerci d'avance,\n"
         "Romain Tessier\nLa Fabrique à Vélos\n")
    h = reply_headers(A("Romain Tessier", "romain@lafabriqueavelos.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h13", 16), "lafabriqueavelos.fr"), inv, extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    emit(L, "fabriqueavelos_fr_request_invoice", message(h, text(b, "UTF-8", "8bit", params="format=flowed")), "fr",
         "La Fabrique à Vélos", "Roundcube webmail, asks for the invoice again", facts="request_invoice=yes")

    # 14. request RIB
    inv, d = "F-2026-0433", D(2, 9, 5)
    b = ("Bonjour Monsieur,\n\nPouvez-vous me transmettre votre RIB ? Notre service comptable en a besoin\n"
         "pour créer votre fiche fournisseur, sans cela le paiement ne peut pas partir.\n\n"
         "Cordialement\n\nIsabelle Morel\nResponsable administrative\nADN Formation\n")
    h = reply_headers(A("Isabelle Morel", "i.morel@adn-formation.fr"), "RE: " + reminder_subject(inv), d,
                      mid("PAXP193MB" + hx("h14", 10).upper(), "PAXP193MB1234.EURP193.PROD.OUTLOOK.COM"), inv)
    emit(L, "adnformation_fr_request_rib", message(h, text(b, "iso-8859-1"), crlf=True), "fr", "ADN Formation",
         "asks for RIB to create supplier record", facts="request_rib=yes")

    # 15. English: resend invoice + confirm IBAN
    inv, d = "INV-0424", D(3, 13, 2, tz=datetime.timezone(datetime.timedelta(hours=-5)))
    b = ("Hi Hugo,\n\nCould you resend the invoice and confirm your IBAN? We had a fraud attempt last\n"
         "month with a supplier's bank details being changed, so we now verify every IBAN by\n"
         "phone before adding it. A quick call on +1 617 555 0143 works too.\n\nThanks,\nMegan\n\n"
         "Megan Castillo\nController, Lumenfield Inc.\n")
    h = reply_headers(A("Megan Castillo", "mcastillo@lumenfield.example.com"), "RE: " + reminder_subject(inv, "en"), d,
                      mid("SJ0PR" + hx("h15", 12).upper(), "namprd10.prod.outlook.com"), inv)
    emit(L, "lumenfield_en_request_invoice_iban", message(h, text(b, "us-ascii", "7bit")), "en", "Lumenfield",
         "US client, Date in -0500, asks for invoice and IBAN", facts="request_invoice=yes;request_rib=yes")

    # 16. question only
    inv, rd, d = "F-2026-0428", D(30, 8, 35), D(30, 15, 51)
    rem = reminder_body(inv, "Camille", "900,00 €", "22 novembre 2026")
    body = gmail_reply("Bonjour Hugo,\n\nPetite question avant de valider : la facture inclut-elle la maintenance\n"
                       "de décembre ou seulement celle de novembre ? Mon comptable me pose la question.\n\n"
                       "Merci !\nCamille\n", gmail_fr_attrib(rd), rem, "h16")
    h = reply_headers(A("Camille Jourdan", "camille@jourdan-photo.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAE5" + hx("h16", 24), "mail.gmail.com"), inv)
    emit(L, "jourdan_fr_question_scope", message(h, body), "fr", "Jourdan Photo",
         "question about the invoice scope, no promise, no dispute")

    # 17. complaint about reminders
    inv, d = "F-2026-0411", D(3, 17, 44)
    b = ("Monsieur,\n\nTrois relances en une semaine, c'est un peu beaucoup.\n"
         "Nous payons nos fournisseurs à 45 jours fin de mois, comme indiqué dans nos conditions\n"
         "générales d'achat que vous avez acceptées. Votre facture sera payée dans ce cadre,\n"
         "inutile de nous relancer quotidiennement.\n\n"
         "Salutations,\nG. Da Silva\nDirecteur administratif et financier\nDa Silva Rénovation\n")
    h = reply_headers(A("Gilles Da Silva", "daf@dasilva-renovation.fr"), "RE: " + reminder_subject(inv, "fr") + " (3e relance)", d,
                      mid(hx("h17", 20), "dasilva-renovation.fr"), inv, k=3)
    emit(L, "dasilva_fr_complaint_too_many_reminders", message(h, text(b, "windows-1252")), "fr", "Da Silva Rénovation",
         "annoyed reply to 3rd reminder, cites 45 days end-of-month terms",
         notes="no date given (45 jours fin de mois without invoice date); not a dispute of the invoice")

    # 18. "Noté."
    inv, d = "F-2026-0430", D(1, 7, 58)
    b = "Noté.\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 08:36, Hugo Bernard <hugo@bernard-dev.fr> a écrit :\n>\n" + q(
        reminder_body(inv, "Laurent", "1 320,00 €", "20 novembre 2026"))
    h = reply_headers(A("Laurent Brisset", "laurent.brisset@brisset-btp.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h18", 8).upper() + "-" + hx("h18a", 4).upper() + "-4F2A-9C1E-" + hx("h18b", 12).upper(), "brisset-btp.fr"), inv,
                      extra=[("X-Mailer", "iPhone Mail (22B91)")])
    emit(L, "brisset_fr_note_iphone", message(h, text(b, "utf-8")), "fr", "Brisset BTP",
         "one word + 'Envoyé de mon iPhone', Apple quote")

    # 19. "ok merci"
    inv, d = "F-2026-0438", D(4, 12, 1)
    b = "ok merci\n\nEnvoyé de mon iPhone\n"
    h = reply_headers(A("Aurélie", "aurelie@fleurs-de-sel-traiteur.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h19", 8).upper() + "-0D4B-4A77-A0B1-" + hx("h19b", 12).upper(), "fleurs-de-sel-traiteur.fr"), inv,
                      extra=[("X-Mailer", "iPhone Mail (22B91)")])
    emit(L, "fleursdesel_fr_ok_merci", message(h, text(b, "utf-8", "quoted-printable")), "fr", "Fleurs de Sel Traiteur",
         "two words, no quote")

    # 20. different address: accountant of the client replies
    inv, d = "F-2026-0426", D(2, 11, 11)
    b = ("Bonjour Monsieur Bernard,\n\nJe suis l'expert-comptable de la société Brasserie du Canal, qui m'a transmis\n"
         "votre relance. Je me charge du règlement : le virement partira lundi.\n\n"
         "Bien cordialement,\n\nFrédéric Nguyen\nExpert-comptable associé\nCabinet Nguyen & Associés\n"
         "\n\n-------- Message transféré --------\nSujet : \tRappel : facture F-2026-0426 échue\n"
         "Date : \tMon, 30 Nov 2026 08:37:00 +0100\nDe : \tHugo Bernard <hugo@bernard-dev.fr>\n"
         "Pour : \tcontact@brasserie-ducanal.fr\n\n" + reminder_body(inv, "Monsieur Vidal", "2 880,00 €", "30 octobre 2026"))
    h = reply_headers(A("Frédéric Nguyen", "f.nguyen@nguyen-associes-expertise.fr"), "Tr: " + reminder_subject(inv), d,
                      mid(hx("h20", 8) + "." + hx("h20a", 6), "nguyen-associes-expertise.fr"), inv, refs=False,
                      cc="contact@brasserie-ducanal.fr")
    emit(L, "nguyen_expertise_fr_other_address_lundi", message(h, text(b, "UTF-8", "8bit")), "fr", "Brasserie du Canal",
         "reply from a third party (client's accountant), no In-Reply-To, Thunderbird forward block",
         facts="promise_date=2026-12-07", notes="lundi from Wed 2 Dec = Mon 7 Dec")

    # 21. long legal signature
    inv, d = "F-2026-0414", D(3, 16, 9)
    b = ("Bonjour,\n\nVotre facture a été validée et mise en paiement ; elle sera réglée lors de notre\n"
         "prochaine échéance de paiement du 18 décembre.\n\nCordialement,\n\n"
         "Service Comptabilité Fournisseurs\nMUTUELLE ARVERNE PREVOYANCE\n\n"
         "--\n"
         "AVERTISSEMENT : Ce message et toutes les pièces jointes (ci-après le « message »)\n"
         "sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute\n"
         "utilisation de ce message non conforme à sa destination, toute diffusion ou toute\n"
         "publication, totale ou partielle, est interdite, sauf autorisation expresse. Si vous\n"
         "recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement\n"
         "l'expéditeur. L'internet ne permettant pas d'assurer l'intégrité de ce message, la\n"
         "Mutuelle Arverne Prévoyance décline toute responsabilité au titre de ce message, s'il\n"
         "a été modifié.\n"
         "Mutuelle soumise aux dispositions du livre II du Code de la mutualité - SIREN 000 000 000.\n"
         "Pensez à l'environnement avant d'imprimer ce message.\n")
    h = reply_headers(A("Comptabilite Fournisseurs", "compta-fournisseurs@arverne-prevoyance.fr"), "RE: " + reminder_subject(inv), d,
                      mid(hx("h21", 24).upper(), "SRV-EXCH02.arverne-prevoyance.local"), inv)
    emit(L, "arverne_fr_legal_disclaimer_18dec", message(h, text(b, "iso-8859-1"), crlf=True), "fr",
         "Mutuelle Arverne Prévoyance", "shared mailbox, long French legal disclaimer, on-prem Exchange Message-ID",
         facts="promise_date=2026-12-18")

    # 22. English HTML-only Outlook, within 5 working days
    inv, d = "INV-0416", D(1, 14, 27, tz=UTC)
    htm = outlook_html(mso_p([
        "Hi Hugo,", "",
        "Apologies &#8211; the invoice was stuck in our approval workflow while our CFO was away.",
        "It&#8217;s approved now and will be paid within 5 working days.", "",
        "Regards,", "<b>Ingrid Solberg</b>", "Finance Operations | Fjordline Software AS",
        "<span style=\"font-size:8.0pt;color:gray\">Please consider the environment before printing this e-mail.</span>"]),
        lang="EN-US").replace("iso-8859-1", "us-ascii")
    h = reply_headers(A("Ingrid Solberg", "ingrid.solberg@fjordline-software.no"), "RE: " + reminder_subject(inv, "en"), d,
                      mid("AS8PR" + hx("h22", 12).upper(), "eurprd07.prod.outlook.com"), inv)
    emit(L, "fjordline_en_html_only_5_working_days", message(h, html(htm, "us-ascii", "quoted-printable"), crlf=True), "en",
         "Fjordline Software", "Outlook HTML-only English, HTML entities, relative business-day promise",
         facts="promise_date=2026-12-08",
         notes="'within 5 working days' from Tue 1 Dec resolved as deadline Tue 8 Dec")

    # 23. forward to colleague, owner in Cc
    inv, d = "F-2026-0420", D(30, 10, 4)
    b = ("Bonjour Sandrine,\n\nPeux-tu regarder cette relance de M. Bernard ? Je crois que la facture est\n"
         "bloquée chez toi en attente du bon de commande.\nJe mets Hugo en copie.\n\nMerci,\nPaul\n\n"
         "De : Hugo Bernard <hugo@bernard-dev.fr>\nEnvoyé : lundi 30 novembre 2026 08:38\n"
         "À : Paul Mercier <p.mercier@altea-ingenierie.fr>\nObjet : " + reminder_subject(inv) + "\n\n"
         + reminder_body(inv, "Paul", "4 200,00 €", "15 novembre 2026"))
    h = reply_headers(A("Paul Mercier", "p.mercier@altea-ingenierie.fr"), "TR: " + reminder_subject(inv), d,
                      mid("PR1P264MB" + hx("h23", 10).upper(), "FRAP264.PROD.OUTLOOK.COM"), inv,
                      to=A("Sandrine Caron", "s.caron@altea-ingenierie.fr"), cc=OWNER_FULL)
    emit(L, "altea_fr_forward_colleague_cc_owner", message(h, text(b, "iso-8859-1"), crlf=True), "fr", "Altéa Ingénierie",
         "forward to colleague (TR:), owner in Cc, To is not the owner")

    # 24. English forward to colleague
    inv, d = "INV-0423", D(2, 8, 12, tz=UTC)
    b = ("Hi Priya,\n\nCan you please look into this one? Hugo says INV-0423 is overdue. I thought we\n"
         "had paid it with the October batch.\n\nThanks,\nJames\n\n"
         "---------- Forwarded message ---------\nFrom: Hugo Bernard <hugo@bernard-dev.fr>\n"
         "Date: Tue, Dec 1, 2026 at 8:40 AM\nSubject: " + reminder_subject(inv, "en") + "\n"
         "To: James Holloway <james@quarrybank-design.co.uk>\n\n\n"
         + reminder_body(inv, "James", "€860.00", "31 October 2026", "en"))
    h = reply_headers(A("James Holloway", "james@quarrybank-design.co.uk"), "Fwd: " + reminder_subject(inv, "en"), d,
                      mid("CAPq" + hx("h24", 24), "mail.gmail.com"), inv,
                      to=A("Priya Raman", "priya@quarrybank-design.co.uk"), cc=OWNER_FULL)
    emit(L, "quarrybank_en_forward_colleague_cc", message(h, gmail_reply(b, seed="h24")), "en", "Quarrybank Design",
         "Gmail forward to colleague with owner in Cc; sender only thinks it was paid",
         notes="'I thought we had paid it' is a doubt addressed to a colleague, not a claim to the owner: no already_paid")

    # 25. negation: not contesting
    inv, d = "F-2026-0432", D(2, 16, 40)
    b = ("Bonjour Hugo,\n\nNous ne contestons pas la facture, la prestation a été réalisée comme prévu.\n"
         "Le souci est interne : nous attendons le bon de commande signé par la direction\n"
         "pour pouvoir la mettre en paiement. Je vous tiens au courant dès que c'est débloqué.\n\n"
         "Cordialement,\nAnne-Sophie Hamon\nChef de projet digital - Coopérative Terres d'Armor\n")
    h = reply_headers(A("Anne-Sophie Hamon", "as.hamon@terresdarmor-coop.fr"), "RE: " + reminder_subject(inv), d,
                      mid(hx("h25", 22), "terresdarmor-coop.fr"), inv)
    emit(L, "terresdarmor_fr_ne_contestons_pas", message(h, text(b, "utf-8", "base64")), "fr", "Coopérative Terres d'Armor",
         "negated dispute ('nous ne contestons pas'), base64 body, blocked on internal PO")

    # 26. negation: not yet paid, early January, tu
    inv, rd, d = "F-2026-0405", D(30, 8, 39), D(30, 21, 17)
    rem = reminder_body(inv, "Léa", "1 100,00 €", "31 octobre 2026")
    body = gmail_reply("Salut Hugo,\n\nJe suis désolée, je n'ai pas encore pu payer, la trésorerie est vraiment tendue\n"
                       "ce mois-ci (deux clients qui ne m'ont pas payée non plus...). Je pense pouvoir\n"
                       "te régler début janvier, je te tiens au courant.\n\nBises,\nLéa\n",
                       gmail_fr_attrib(rd), rem, "h26")
    h = reply_headers(A("Léa Bonnaud", "lea@bonnaud-illustration.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAMv" + hx("h26", 24), "mail.gmail.com"), inv)
    emit(L, "bonnaud_fr_pas_encore_paye_debut_janvier", message(h, body), "fr", "Bonnaud Illustration",
         "negation 'je n'ai pas encore pu payer', vague promise 'début janvier', tu",
         facts="promise_date=early_2027-01")

    # 27. tu + emoji, demain matin
    inv, d = "F-2026-0434", D(3, 19, 2)
    b = "Salut Hugo,\n\nT'inquiète je te fais le virement demain matin 😉\n\nBonne soirée\nSeb\n"
    h = reply_headers(A("Sébastien Ribeiro", "seb@ribeiro-motion.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAGw" + hx("h27", 24), "mail.gmail.com"), inv)
    emit(L, "ribeiro_fr_tu_demain_emoji", message(h, gmail_reply(b, seed="h27")), "fr", "Ribeiro Motion",
         "very short informal, emoji, 'demain matin', no quote",
         facts="promise_date=2026-12-04")

    # 28. iPhone, ce soir
    inv, d = "F-2026-0439", D(30, 18, 26)
    b = ("Bonjour Hugo, toutes mes excuses, je m'en occupe ce soir en rentrant.\n"
         "Bonne soirée\nVéronique\n\nEnvoyé de mon iPhone\n")
    h = reply_headers(A("Véronique Tardieu", "v.tardieu@tardieu-avocat.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h28", 8).upper() + "-77A0-4C3D-8E2F-" + hx("h28b", 12).upper(), "tardieu-avocat.fr"), inv,
                      extra=[("X-Mailer", "iPhone Mail (22B91)")])
    emit(L, "tardieu_fr_iphone_ce_soir", message(h, text(b, "utf-8")), "fr", "Cabinet Tardieu",
         "'Envoyé de mon iPhone', promise tonight", facts="promise_date=2026-11-30")

    # 29. rude English, pay-when-paid
    inv, d = "INV-0413", D(2, 22, 48, tz=UTC)
    b = ("Stop emailing me every day. You'll get paid when our client pays us, like I told\n"
         "you on the phone.\n\nR.\n\nSent from my Galaxy\n")
    h = reply_headers(A("Ryan Doyle", "ryan@doyle-events.ie"), "Re: " + reminder_subject(inv, "en"), d,
                      mid(hx("h29", 10) + "-" + hx("h29a", 6), "email.android.com"), inv)
    emit(L, "doyle_en_rude_pay_when_paid", message(h, text(b, "us-ascii", "7bit")), "en", "Doyle Events",
         "rude, pay-when-paid, 'Sent from my Galaxy'",
         notes="no date, not a dispute of the invoice itself")

    # 30. la semaine prochaine
    inv, d = "F-2026-0435", D(3, 11, 37)
    b = ("Bonjour,\n\nLe virement sera fait la semaine prochaine, je n'ai pas la main sur les paiements\n"
         "avant le retour de notre gérant.\n\nCordialement,\nMélanie Roche\nRoche Paysages & Jardins\n")
    h = reply_headers(A("Mélanie Roche", "contact@roche-paysages.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h30", 26), "roche-paysages.fr"), inv, extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583")])
    emit(L, "roche_fr_semaine_prochaine", message(h, text(b, "utf-8")), "fr", "Roche Paysages",
         "'la semaine prochaine' from Thu 3 Dec", facts="promise_date=week_of_2026-12-07")

    # 31. ISO-8859-1 Thunderbird, 8 décembre
    inv, rd, d = "F-2026-0410", D(30, 8, 40), D(1, 15, 3)
    b = ("Bonjour Hugo,\n\nLe paiement a été programmé pour le 8 décembre, il devrait vous parvenir\n"
         "sous 24 à 48 heures après cette date.\n\nCordialement,\n\n-- \nJérôme Dufresne\n"
         "Gérant - Dufresne Électricité\n\n"
         "Le 30/11/2026 à 08:40, Hugo Bernard a écrit :\n" + q(reminder_body(inv, "Jérôme", "780,00 €", "10 novembre 2026")))
    h = reply_headers(A("Jérôme Dufresne", "jerome.dufresne@dufresne-elec.fr", "iso-8859-1", "q"),
                      "Re: " + reminder_subject(inv), d, mid(hx("h31", 8) + "-" + hx("h31a", 4) + "-" + hx("h31b", 12), "dufresne-elec.fr"),
                      inv, charset="iso-8859-1", how="q",
                      extra=[("User-Agent", "Mozilla Thunderbird")])
    emit(L, "dufresne_fr_latin1_8decembre", message(h, text(b, "ISO-8859-1", "8bit", params="format=flowed")), "fr",
         "Dufresne Électricité", "Thunderbird, ISO-8859-1 8bit body, Q-encoded headers, inline quote",
         facts="promise_date=2026-12-08")

    # 32. partial payment already made + remainder on delivery
    inv, d = "F-2026-0429", D(4, 10, 20)
    b = ("Bonjour Hugo,\n\nPour mémoire, nous avons réglé 800 € le 20 novembre (acompte prévu au devis).\n"
         "Le solde de 680 € sera versé à la livraison des derniers fichiers sources, comme convenu\n"
         "lors de notre dernier échange.\n\nBien à vous,\nThierry Vautrin\nÉditions du Pré Vert\n")
    h = reply_headers(A("Thierry Vautrin", "t.vautrin@editions-prevert.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h32", 18), "editions-prevert.fr"), inv)
    emit(L, "prevert_fr_partial_paid_balance_on_delivery", message(h, text(b, "utf-8")), "fr", "Éditions du Pré Vert",
         "part already paid (deposit) with date, balance conditional on delivery",
         facts="already_paid=2026-11-20",
         notes="only the 800 EUR deposit was paid on 20 Nov; the 680 EUR balance is conditional (no date)")

    # 33. English VAT question
    inv, d = "INV-0420", D(1, 12, 5)
    b = ("Dear Hugo,\n\nBefore we process INV-0420: we are a Belgian company with a valid VAT number\n"
         "(BE0123.456.789), so shouldn't this be reverse charge without French VAT?\n"
         "Just want to make sure our books are right.\n\nKind regards,\nPieter Claes\nClaes & Verbeke BV\n")
    h = reply_headers(A("Pieter Claes", "pieter@claes-verbeke.be"), "RE: " + reminder_subject(inv, "en"), d,
                      mid(hx("h33", 20), "claes-verbeke.be"), inv)
    emit(L, "claes_en_vat_question", message(h, text(b, "us-ascii", "7bit")), "en", "Claes & Verbeke",
         "question about VAT treatment, no explicit contestation",
         notes="a question, could turn into a dispute; no dispute fact set")

    # 34. broken MIME: declared latin-1, body is UTF-8, unterminated multipart
    inv, d = "F-2026-0437", D(2, 13, 13)
    raw = ("From: " + A("Nadia Benali", "nadia.benali@cabinet-benali.fr") + "\n"
           "To: hugo@bernard-dev.fr\n"
           "Subject: Re: " + enc(reminder_subject(inv)) + "\n"
           "Date: " + rfcdate(d) + "\n"
           "Message-ID: " + mid(hx("h34", 16), "cabinet-benali.fr") + "\n"
           "In-Reply-To: " + reminder_id(inv) + "\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/alternative; boundary=\"=_nb_" + hx("h34b", 10) + "\"\n\n"
           "--=_nb_" + hx("h34b", 10) + "\n"
           "Content-Type: text/plain; charset=iso-8859-1\n"
           "Content-Transfer-Encoding: 8bit\n\n"
           "Bonjour,\n\nRèglement effectué ce jour par virement, référence F-2026-0437.\n"
           "Merci de votre compréhension pour ce délai.\n\nNadia Benali\n"
           "--=_nb_" + hx("h34b", 10) + "\n"
           "Content-Type: text/html; charset=iso-8859-1\n\n"
           "<p>Bonjour,</p><p>Règlement effectué ce jour par virement, référence F-2026-0437.<br>Merci de votre compréhension pour ce délai.</p><p>Nadia Benali\n")
    emit(L, "benali_fr_broken_mime_paid_today", raw.encode("utf-8"), "fr", "Cabinet Benali",
         "broken MIME: charset says iso-8859-1 but bytes are UTF-8, HTML part and closing boundary missing",
         facts="already_paid=2026-12-02", notes="'ce jour' = Wed 2 Dec 2026 (Date header)")

    # 35. Orange webmail, cheque tomorrow
    inv, d = "F-2026-0403", D(1, 19, 31)
    b = ("Bonsoir Monsieur Bernard\n\nje vous envoie un chèque demain par la poste, je n'ai pas accès à la banque\n"
         "en ligne pour l'association.\n\nMme Colette Guérin\nTrésorière - Amicale des Anciens de Saint-Brieuc\n\n"
         "> Message du 30/11/26 08:41\n> De : \"Hugo Bernard\" <hugo@bernard-dev.fr>\n"
         "> A : amicale.anciens.stbrieuc@example.org\n> Copie à : \n> Objet : " + reminder_subject(inv) + "\n>\n"
         + q(reminder_body(inv, "Madame Guérin", "250,00 €", "30 octobre 2026")))
    h = reply_headers(A("Colette Guérin", "amicale.anciens.stbrieuc@example.org"), "RE: " + reminder_subject(inv), d,
                      mid("1606987" + hx("h35", 8) + ".JavaMail.www", "wwinf8d23"), inv,
                      extra=[("X-Originating-IP", "[192.0.2.77]"), ("X-Wum-Nature", "EMAIL-NATURE"),
                             ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|"), ("X-WUM-REPLYTO", "|~|")])
    emit(L, "amicale_fr_orange_webmail_cheque_demain", message(h, text(b, "UTF-8", "8bit")), "fr", "Amicale des Anciens",
         "Orange-webmail-style quote header ('Message du ... De : ... A :'), cheque instead of transfer",
         facts="promise_date=2026-12-02", notes="promises to post a cheque tomorrow (from Tue 1 Dec)")

    # 36. English terse already paid
    inv, d = "INV-0411", D(4, 9, 3, tz=UTC)
    b = "This was paid already. Please check your records before sending more reminders.\n\nAccounts\n"
    h = reply_headers(A("Accounts", "accounts@pinegrove-studios.com"), "Re: " + reminder_subject(inv, "en"), d,
                      mid(hx("h36", 30), "pinegrove-studios.com"), inv)
    emit(L, "pinegrove_en_terse_already_paid", message(h, text(b, "us-ascii", "7bit")), "en", "Pinegrove Studios",
         "terse, claims paid, no date", facts="already_paid=claimed")

    # 37. dispute: refuse until bugs fixed
    inv, rd, d = "F-2026-0421", D(1, 8, 42), D(1, 17, 30)
    rem = reminder_body(inv, "Olivier", "5 400,00 €", "20 novembre 2026")
    b = ("Bonjour Hugo,\n\nNous ne réglerons pas cette facture tant que les anomalies signalées le 12 novembre\n"
         "(paiement en ligne en échec sur Safari, lenteurs de l'espace client) ne sont pas\n"
         "corrigées. Je vous remets la liste en pièce jointe du ticket.\n\n"
         "Olivier Marchal\nCTO - Kiosque Numérique SAS\n")
    body = gmail_reply(b, gmail_fr_attrib(rd), rem, "h37")
    h = reply_headers(A("Olivier Marchal", "olivier.marchal@kiosque-numerique.fr"), "Re: " + reminder_subject(inv), d,
                      mid("CAN" + hx("h37", 25), "mail.gmail.com"), inv)
    emit(L, "kiosque_fr_refuse_until_fixed", message(h, body), "fr", "Kiosque Numérique",
         "refuses to pay until bugs fixed (negated verb but a real dispute)", facts="dispute=yes")

    # 38. mailing-list post by a person
    d = D(2, 10, 48)
    b = ("Bonjour à toutes et à tous,\n\nPetite question pratique : un client me doit 3 factures depuis septembre et\n"
         "ne répond plus aux relances. Est-ce que certains d'entre vous ont déjà appliqué\n"
         "les pénalités de retard + l'indemnité forfaitaire de 40 € ? Ça se passe comment\n"
         "dans la pratique, vous l'ajoutez sur une nouvelle facture ?\n\n"
         "Merci pour vos retours !\nAmandine (dev front, Nantes)\n\n"
         "_______________________________________________\n"
         "Freelances-ouest mailing list\nFreelances-ouest@lists.example.org\n"
         "https://lists.example.org/mailman/listinfo/freelances-ouest\n")
    h = [("From", A("Amandine Royer", "amandine.royer@example.net")),
         ("To", "freelances-ouest@lists.example.org"),
         ("Subject", enc("[Freelances-ouest] Pénalités de retard : retours d'expérience ?")),
         ("Date", rfcdate(d)), ("Message-ID", mid("a1b2" + hx("h38", 16), "example.net")),
         ("List-Id", "Freelances de l'Ouest <freelances-ouest.lists.example.org>"),
         ("List-Unsubscribe", "<https://lists.example.org/mailman/options/freelances-ouest>"),
         ("List-Post", "<mailto:freelances-ouest@lists.example.org>"),
         ("Precedence", "list"), ("Sender", "\"Freelances-ouest\" <freelances-ouest-bounces@lists.example.org>")]
    emit(L, "mailinglist_fr_penalites_question", message(h, text(b, "utf-8")), "fr", "lists.example.org",
         "Mailman list post written by a person (Precedence: list)",
         notes="not about the owner's invoices; human_reply per guide (list post written by a person)")

    # 39. fresh mail, not a reply, paying today
    d = D(4, 11, 58)
    b = ("Bonjour Hugo,\n\nEn faisant le point sur nos fournisseurs je viens de voir que votre facture\n"
         "F-2026-0440 n'a pas été réglée, c'est un oubli de notre part, désolé.\n"
         "Je lance le virement aujourd'hui.\n\nBon week-end,\nArnaud\n\nArnaud Leclerc\nCo-fondateur, Pollen Analytics\n")
    h = [("From", A("Arnaud Leclerc", "arnaud@pollen-analytics.io")), ("To", OWNER_FULL),
         ("Subject", enc("Facture F-2026-0440 — paiement")), ("Date", rfcdate(d)),
         ("Message-ID", mid("CAB" + hx("h39", 25), "mail.gmail.com"))]
    emit(L, "pollen_fr_fresh_mail_paying_today", message(h, gmail_reply(b, seed="h39")), "fr", "Pollen Analytics",
         "fresh message (no In-Reply-To), em dash in subject, paying today",
         facts="promise_date=2026-12-04", notes="'aujourd'hui' = Fri 4 Dec")

    # 40. English: not disputing, resend with PO, pay on the 17th
    inv, d = "INV-0426", D(3, 15, 12, tz=UTC)
    b = ("Hi Hugo,\n\nWe're not disputing the work at all, but the PO number is missing from the invoice\n"
         "and our system rejects it without one. Please resend it with PO 4500123987 and we'll\n"
         "pay it in our next run on the 17th.\n\nCheers,\nOwen\n\nOwen Pritchard\nProcurement | Tidewell Energy\n")
    h = reply_headers(A("Owen Pritchard", "owen.pritchard@tidewell-energy.co.uk"), "RE: " + reminder_subject(inv, "en"), d,
                      mid("CWLP265MB" + hx("h40", 10).upper(), "GBRP265.PROD.OUTLOOK.COM"), inv)
    emit(L, "tidewell_en_not_disputing_resend_po_17th", message(h, text(b, "us-ascii", "7bit"), crlf=True), "en",
         "Tidewell Energy", "negated dispute, asks reissue with PO, conditional date",
         facts="request_invoice=yes;promise_date=2026-12-17")

    # 41. range of dates
    inv, d = "F-2026-0441", D(2, 9, 51)
    b = ("Bonjour Monsieur Bernard,\n\nLe virement partira entre le 10 et le 15 décembre, dès réception de la\n"
         "subvention de la Région.\n\nCordialement,\nHélène Cordier\nDirectrice - Compagnie Théâtre du Fil\n")
    h = reply_headers(A("Hélène Cordier", "direction@theatredufil.example.org"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h41", 24), "theatredufil.example.org"), inv)
    emit(L, "theatredufil_fr_entre_10_et_15", message(h, text(b, "utf-8")), "fr", "Théâtre du Fil",
         "date range promise, conditional on a grant", facts="promise_date=2026-12-15",
         notes="range '10 et le 15 décembre': latest date kept as promise_date (2026-12-10 is the earliest)")

    # 42. acknowledgment, Samsung
    inv, d = "F-2026-0442", D(30, 13, 20)
    b = "Bien reçu, je transmets à la comptabilité.\n\n\n\nEnvoyé depuis mon appareil Galaxy\n"
    h = reply_headers(A("Franck Olivier", "franck.olivier@olivier-couverture.fr"), "RE: " + reminder_subject(inv), d,
                      mid(hx("h42", 10) + "-" + hx("h42a", 6), "email.android.com"), inv)
    emit(L, "oliviercouverture_fr_bien_recu_galaxy", message(h, text(b, "utf-8", "base64")), "fr",
         "Olivier Couverture", "short acknowledgement, Samsung mobile signature, base64")

    # 43. English paid today via Wise, Outlook for iOS
    inv, d = "INV-0427", D(3, 20, 40, tz=UTC)
    b = ("Paid today via Wise, should land tomorrow. Sorry for the delay!\n\nMarta\n\n"
         "Get Outlook for iOS<https://aka.ms/o0ukef>\n")
    h = reply_headers(A("Marta Kowalska", "marta@vistula-apps.pl"), "Re: " + reminder_subject(inv, "en"), d,
                      mid("VI1PR" + hx("h43", 12).upper(), "eurprd03.prod.outlook.com"), inv)
    emit(L, "vistula_en_paid_today_wise", message(h, text(b, "us-ascii", "7bit")), "en", "Vistula Apps",
         "'Get Outlook for iOS', paid today", facts="already_paid=2026-12-03")

    # 44. 30 jours, soit le 31 décembre
    inv, d = "F-2026-0443", D(1, 10, 44)
    b = ("Bonjour,\n\nComme convenu lors de la signature, je vous règle à 30 jours fin de mois,\n"
         "soit le 31 décembre. La relance me paraît donc un peu prématurée.\n\n"
         "Cordialement\nJean-Marc Pelletier\nPelletier Conseil RH\n")
    h = reply_headers(A("Jean-Marc Pelletier", "jm.pelletier@pelletier-rh.fr"), "Re: " + reminder_subject(inv), d,
                      mid(hx("h44", 20), "pelletier-rh.fr"), inv)
    emit(L, "pelletier_fr_30j_fin_de_mois_31dec", message(h, text(b, "utf-8")), "fr", "Pelletier Conseil RH",
         "terms-based explicit date, says reminder premature", facts="promise_date=2026-12-31",
         notes="says the reminder is premature (due date disagreement) but does not contest the invoice")

    # 45. asks to confirm changed IBAN (fraud caution)
    inv, d = "F-2026-0444", D(4, 15, 25)
    htm = outlook_html(mso_p([
        "Bonjour Monsieur Bernard,", "",
        "Nous avons reçu hier un courrier indiquant de nouvelles coordonnées bancaires à votre nom.",
        "Avant de payer la facture F-2026-0444, pouvez-vous nous confirmer votre IBAN par téléphone au 02 99 00 00 00 ?",
        "Nous ne modifions jamais un RIB sur simple e-mail.", "",
        "Cordialement,", "<b>Service Comptabilité</b>", "Armor Logistique Services"]))
    h = reply_headers(A("Comptabilité Armor Logistique", "comptabilite@armor-logistique.fr"), "RE: " + reminder_subject(inv), d,
                      mid("PA4P190MB" + hx("h45", 10).upper(), "EURP190.PROD.OUTLOOK.COM"), inv)
    emit(L, "armorlog_fr_confirm_iban_html", message(h, html(htm, "iso-8859-1"), crlf=True), "fr",
         "Armor Logistique Services", "Outlook HTML-only, asks confirmation of bank details (RIB change)",
         facts="request_rib=yes")

    # 46. English never received invoice
    inv, d = "INV-0428", D(30, 16, 2, tz=UTC)
    b = ("Hi Hugo,\n\nHappy to pay, but we never received the invoice - it's not in our AP inbox\n"
         "either. Could you send it over to ap@saltmarsh-coffee.example.com?\n\nThanks,\nEmily\n")
    h = reply_headers(A("Emily Hart", "emily@saltmarsh-coffee.example.com"), "Re: " + reminder_subject(inv, "en"), d,
                      mid("CAD" + hx("h46", 25), "mail.gmail.com"), inv)
    emit(L, "saltmarsh_en_never_received_invoice", message(h, gmail_reply(b, seed="h46")), "en", "Saltmarsh Coffee",
         "willing to pay but never got the invoice", facts="request_invoice=yes")


# ================================================================= payment_notification
def simple_html(title, paras, color="#1d1d1b", footer="", logo="", font="Arial,Helvetica,sans-serif"):
    ps = "".join('<p style="margin:0 0 14px 0">%s</p>' % p for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head><body style="margin:0;background:#f4f4f4">'
            '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:%s;font-size:15px;color:#333">'
            '<tr><td style="background:%s;padding:20px 32px;color:#fff;font-size:20px;font-weight:bold">%s</td></tr>'
            '<tr><td style="padding:28px 32px">%s</td></tr>'
            '<tr><td style="padding:18px 32px;font-size:11px;color:#888;border-top:1px solid #eee">%s</td></tr>'
            '</table></td></tr></table></body></html>\n') % (esc(title), font, color, logo or esc(title), ps, footer)


def kv_table(rows, border="#e5e5e5"):
    return ('<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%%">%s</table>' %
            "".join('<tr><td style="border-bottom:1px solid %s;color:#777">%s</td>'
                    '<td style="border-bottom:1px solid %s;text-align:right;font-weight:bold">%s</td></tr>'
                    % (border, esc(k), border, esc(v)) for k, v in rows))


def notif_headers(frm, subject, d, msgid, to=OWNER, extra=(), charset="utf-8", how="b"):
    return [("From", frm), ("To", to), ("Subject", enc(subject, charset, how)), ("Date", rfcdate(d)),
            ("Message-ID", msgid)] + list(extra)


def payment_notifications():
    L = "payment_notification"

    def emit_p(label, name, raw, lang, _display, group, pattern, **kw):
        emit(label, name, raw, lang, group, pattern, **kw)
    AUTO_FR = "Ceci est un message automatique, merci de ne pas y répondre."

    # P1 Qonto money in
    d = D(4, 9, 12)
    plain = ("Bonjour Hugo,\n\nVous avez reçu un virement de 1 480,00 € de la part de MARCHETTI PAYSAGE.\n\n"
             "Montant : + 1 480,00 €\nÉmetteur : MARCHETTI PAYSAGE\nRéférence : F-2026-0412\n"
             "Compte : Compte principal\nDate : 04/12/2026\n\n"
             "Retrouvez le détail de cette transaction dans votre application Qonto.\n\n"
             "L'équipe Qonto\n\nQonto, 18 rue de Navarin, 75009 Paris.\n"
             "Vous recevez cet e-mail car les notifications de transactions sont activées sur votre compte.\n")
    htm = simple_html("Virement reçu", [
        "Bonjour Hugo,", "Vous avez reçu un virement de <strong>1 480,00 €</strong> de la part de <strong>MARCHETTI PAYSAGE</strong>.",
        kv_table([("Montant", "+ 1 480,00 €"), ("Émetteur", "MARCHETTI PAYSAGE"), ("Référence", "F-2026-0412"),
                  ("Compte", "Compte principal"), ("Date", "04/12/2026")]),
        '<a href="https://app.qonto.com/" style="background:#1d1d1b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Voir la transaction</a>'],
        color="#1d1d1b", footer="Qonto, 18 rue de Navarin, 75009 Paris.<br>Vous recevez cet e-mail car les notifications de transactions sont activées sur votre compte.")
    h = notif_headers(A("Qonto", "no-reply@qonto.com"), "Vous avez reçu un virement de 1 480,00 €", d,
                      mid(hx("p1", 32), "qonto.com"))
    emit_p(L, "qonto_virement_recu_marchetti", message(h, alt(text(plain), html(htm))), "fr", "Qonto", "Qonto",
         "neobank 'Vous avez reçu un virement de X € de la part de Y', HTML + text", provider="Qonto",
         money=money("in", "1480.00", payer="MARCHETTI PAYSAGE", reference="F-2026-0412", value_date="2026-12-04", counts="yes"))

    # P2 Qonto declined card payment
    d = D(1, 21, 3)
    plain = ("Bonjour Hugo,\n\nUn paiement par carte de 59,99 € chez ADOBE *CREATIVE CLOUD a été refusé.\n"
             "Motif : plafond de paiement mensuel atteint sur la carte •• 4821.\n\n"
             "Vous pouvez ajuster vos plafonds depuis l'onglet Cartes de votre application.\n\nL'équipe Qonto\n")
    h = notif_headers(A("Qonto", "no-reply@qonto.com"), "Paiement refusé : 59,99 € chez ADOBE *CREATIVE CLOUD", d,
                      mid(hx("p2", 32), "qonto.com"))
    emit_p(L, "qonto_carte_refusee_adobe", message(h, text(plain)), "fr", "Qonto", "Qonto",
         "declined card payment (limit reached)", provider="Qonto",
         money=money("failed", "59.99", reference="ADOBE *CREATIVE CLOUD", value_date="2026-12-01"))

    # P3 Shine money in with emoji subject
    d = D(2, 10, 18)
    plain = ("Bonne nouvelle Hugo !\n\nUn virement de 2 350,00 € vient d'arriver sur ton compte Shine.\n\n"
             "De : GROUPE VELLAN SAS\nLibellé : VIR SEPA F-2026-0415 GROUPE VELLAN\nDate : 2 décembre 2026\n\n"
             "Pense à rapprocher ce paiement de ta facture dans l'onglet Factures.\n\n"
             "L'équipe Shine\n\n" + AUTO_FR + "\nShine SAS, établissement de paiement agréé par l'ACPR.\n")
    htm = simple_html("Virement reçu 💸", [
        "Bonne nouvelle Hugo !", "Un virement de <b>2 350,00 €</b> vient d'arriver sur ton compte Shine.",
        kv_table([("De", "GROUPE VELLAN SAS"), ("Libellé", "VIR SEPA F-2026-0415 GROUPE VELLAN"), ("Date", "2 décembre 2026")]),
        "Pense à rapprocher ce paiement de ta facture dans l'onglet Factures."], color="#0f6fff",
        footer=AUTO_FR + "<br>Shine SAS, établissement de paiement agréé par l'ACPR.")
    h = notif_headers(A("Shine", "notifications@shine.fr"), "Virement reçu 💸 +2 350,00 €", d, mid(hx("p3", 28), "shine.fr"))
    emit_p(L, "shine_virement_recu_vellan", message(h, alt(text(plain), html(htm))), "fr", "Shine", "Shine",
         "tutoiement neobank style, emoji subject, label contains invoice number", provider="Shine",
         money=money("in", "2350.00", payer="GROUPE VELLAN SAS", reference="VIR SEPA F-2026-0415 GROUPE VELLAN",
                     value_date="2026-12-02", counts="yes"))

    # P4 Shine outgoing transfer
    d = D(30, 16, 40)
    plain = ("Hello Hugo,\n\nTon virement de 1 212,00 € vers URSSAF ILE DE FRANCE a bien été envoyé.\n"
             "Il arrivera sur le compte du bénéficiaire d'ici 1 jour ouvré.\n\n"
             "Référence : COTISATIONS T4 2026\n\nL'équipe Shine\n\n" + AUTO_FR + "\n")
    h = notif_headers(A("Shine", "notifications@shine.fr"), "Ton virement de 1 212,00 € a été envoyé", d, mid(hx("p4", 28), "shine.fr"))
    emit_p(L, "shine_virement_emis_urssaf", message(h, text(plain)), "fr", "Shine", "Shine",
         "outgoing transfer confirmation", provider="Shine",
         money=money("out", "1212.00", reference="COTISATIONS T4 2026", value_date="2026-11-30"))

    # P5 BNP Paribas credit alert
    d = D(1, 7, 2)
    plain = ("Madame, Monsieur,\n\nDans le cadre du service d'alertes Net Alertes, nous vous informons qu'une\n"
             "opération créditrice a été enregistrée sur votre compte :\n\n"
             "Compte : COMPTE PRO ****1234\nDate : 01/12/2026\nMontant : +960,00 EUR\n"
             "Libellé : VIR SEPA RECU /DE STUDIO TRAMONTANE /MOTIF F-2026-0419 /REF 2026113000412\n\n"
             "Nous vous remercions de votre confiance.\nBNP Paribas\n\n"
             "Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n"
             "Pour modifier vos alertes, connectez-vous à votre espace client sur mabanque.bnpparibas.\n")
    h = notif_headers(A("BNP Paribas", "netalertes@alertes.bnpparibas"), "Net Alertes : opération créditrice sur votre compte", d,
                      mid(hx("p5", 20) + ".NETALERTES", "bnpparibas.com"))
    emit_p(L, "bnp_netalertes_credit_tramontane", message(h, text(plain, "iso-8859-1")), "fr", "BNP Paribas", "BNP Paribas",
         "old-style bank alert, payer and motif inside a long SEPA label", provider="BNP Paribas",
         money=money("in", "960.00", payer="STUDIO TRAMONTANE", reference="F-2026-0419", value_date="2026-12-01", counts="yes"),
         notes="payer/reference extracted from the label '/DE ... /MOTIF ...'")

    # P6 BNP balance alert
    d = D(3, 7, 4)
    plain = ("Madame, Monsieur,\n\nLe solde de votre compte COMPTE PRO ****1234 est inférieur au seuil de 500,00 EUR\n"
             "que vous avez défini.\n\nSolde au 03/12/2026 : 312,45 EUR\n\nBNP Paribas\n\n"
             "Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n")
    h = notif_headers(A("BNP Paribas", "netalertes@alertes.bnpparibas"), "Net Alertes : solde inférieur au seuil", d,
                      mid(hx("p6", 20) + ".NETALERTES", "bnpparibas.com"))
    emit_p(L, "bnp_netalertes_solde_bas", message(h, text(plain, "iso-8859-1")), "fr", "BNP Paribas", "BNP Paribas",
         "low-balance alert, no single movement", provider="BNP Paribas",
         money=money("statement", "312.45", value_date="2026-12-03"))

    # P7 Crédit Agricole debit alert (direct debit taken)
    d = D(2, 6, 45)
    plain = ("Bonjour,\n\nVous avez souhaité être alerté(e) des opérations débitrices supérieures à 300,00 EUR.\n\n"
             "Une opération de -349,00 EUR a été enregistrée le 02/12/2026 sur votre compte n° ****7755 :\n"
             "PRLV SEPA DOCUSIGN FRANCE ECH/021226 ID EMETTEUR/FR12ZZZ123456\n\n"
             "Vos alertes sont consultables dans votre Espace Client.\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\nCrédit Agricole\n")
    h = notif_headers(A("Credit Agricole", "ne-pas-repondre@credit-agricole.fr"), "Alerte : opération débitrice", d,
                      mid(hx("p7", 24), "ca-alertes.credit-agricole.fr"))
    emit_p(L, "creditagricole_alerte_prelevement_debit", message(h, text(plain, "iso-8859-1")), "fr", "Crédit Agricole",
         "Crédit Agricole", "threshold debit alert for a SEPA direct debit taken", provider="Crédit Agricole",
         money=money("out", "349.00", reference="PRLV SEPA DOCUSIGN FRANCE ECH/021226", value_date="2026-12-02"))

    # P8 Crédit Agricole credit alert, private person payer
    d = D(30, 6, 50)
    plain = ("Bonjour,\n\nUne opération créditrice de +600,00 EUR a été enregistrée le 30/11/2026 sur votre\n"
             "compte n° ****7755 :\nVIR M. OU MME LEROY ANTOINE FACTURE F-2026-0401\n\n"
             "Vos alertes sont consultables dans votre Espace Client.\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\nCrédit Agricole\n")
    h = notif_headers(A("Credit Agricole", "ne-pas-repondre@credit-agricole.fr"), "Alerte : opération créditrice", d,
                      mid(hx("p8", 24), "ca-alertes.credit-agricole.fr"))
    emit_p(L, "creditagricole_alerte_credit_leroy", message(h, text(plain, "iso-8859-1")), "fr", "Crédit Agricole",
         "Crédit Agricole", "credit alert, payer is a couple ('M. OU MME')", provider="Crédit Agricole",
         money=money("in", "600.00", payer="M. OU MME LEROY ANTOINE", reference="FACTURE F-2026-0401",
                     value_date="2026-11-30", counts="yes"))

    # P9 Société Générale statement available
    d = D(2, 5, 30)
    htm = simple_html("Société Générale", [
        "Bonjour,", "Votre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client Professionnels.",
        "Compte : Compte courant Pro n° ****0932",
        "Pour le consulter, connectez-vous à votre espace, rubrique <b>e-Documents</b>."],
        color="#e60028", footer="Ceci est un e-mail automatique, merci de ne pas y répondre. Société Générale, S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris.")
    h = notif_headers(A("Société Générale", "information@pro.societegenerale.fr"), "Votre relevé de compte est disponible", d,
                      mid(hx("p9", 26), "societegenerale.fr"))
    emit_p(L, "sg_releve_disponible", message(h, html(htm)), "fr", "Société Générale", "Société Générale",
         "statement available, HTML only", provider="Société Générale", money=money("statement", "", value_date=""))

    # P10 Société Générale virement reçu
    d = D(3, 8, 5)
    plain = ("Bonjour,\n\nVous avez reçu un virement sur votre compte courant Pro n° ****0932.\n\n"
             "Montant : 3 120,00 EUR\nDe la part de : SARL HELIODORE CONSEIL\n"
             "Motif : REGLEMENT FACT F-2026-0416 ET F-2026-0418\nDate de valeur : 03/12/2026\n\n"
             "Société Générale\nCeci est un e-mail automatique, merci de ne pas y répondre.\n")
    h = notif_headers(A("Société Générale", "alertes@pro.societegenerale.fr"), "Vous avez reçu un virement", d,
                      mid(hx("p10", 26), "societegenerale.fr"))
    emit_p(L, "sg_virement_recu_heliodore_two_invoices", message(h, text(plain, "iso-8859-1")), "fr", "Société Générale",
         "Société Générale", "one transfer settling two invoices, amount only in body", provider="Société Générale",
         money=money("in", "3120.00", payer="SARL HELIODORE CONSEIL", reference="REGLEMENT FACT F-2026-0416 ET F-2026-0418",
                     value_date="2026-12-03", counts="yes"))

    # P11 LCL HTML table credit
    d = D(1, 13, 15)
    htm = ('<html><body style="font-family:Verdana,Arial;font-size:12px;color:#003366">'
           '<img src="https://www.lcl.fr/img/logo-lcl.png" alt="LCL" width="80"><br><br>'
           '<p>Bonjour,</p><p>Conformément à votre abonnement au service <b>Alertes LCL</b>, nous vous informons de l\'opération suivante :</p>'
           '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">'
           '<tr style="background:#003366;color:#fff"><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>'
           '<tr><td>01/12/2026</td><td>VIR SEPA CABINET NOVAK ET ASSOCIES REF F-2026-0408</td><td></td><td>+1 250,00 &euro;</td></tr>'
           '</table><p>Solde après opération : 8 914,27 &euro;</p>'
           '<p style="font-size:10px;color:#666">Ce message vous est envoyé automatiquement. Merci de ne pas y répondre.<br>'
           'LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 - RCS Lyon.</p></body></html>\n')
    h = notif_headers(A("LCL Alertes", "alertes@lcl.fr"), "Alerte LCL : opération créditrice", d, mid(hx("p11", 24), "lcl.fr"))
    emit_p(L, "lcl_alerte_table_novak", message(h, html(htm, "iso-8859-1")), "fr", "LCL", "LCL",
         "HTML table with Débit/Crédit columns, balance after", provider="LCL",
         money=money("in", "1250.00", payer="CABINET NOVAK ET ASSOCIES", reference="F-2026-0408", value_date="2026-12-01", counts="yes"))

    # P12 LCL rejected direct debit
    d = D(3, 9, 40)
    plain = ("Bonjour,\n\nNous vous informons que le prélèvement SEPA suivant n'a pas pu être honoré\n"
             "et a été rejeté pour motif : provision insuffisante.\n\nCréancier : ORANGE SA\n"
             "Montant : 89,90 EUR\nRéférence de mandat : ++F1234567890\nDate d'échéance : 03/12/2026\n\n"
             "Des frais de rejet peuvent s'appliquer conformément aux conditions tarifaires.\n\n"
             "LCL\nCe message vous est envoyé automatiquement. Merci de ne pas y répondre.\n")
    h = notif_headers(A("LCL", "alertes@lcl.fr"), "Rejet de prélèvement sur votre compte", d, mid(hx("p12", 24), "lcl.fr"))
    emit_p(L, "lcl_rejet_prelevement_orange", message(h, text(plain, "iso-8859-1")), "fr", "LCL", "LCL",
         "direct debit rejected for insufficient funds", provider="LCL",
         money=money("failed", "89.90", reference="++F1234567890", value_date="2026-12-03"))

    # P13 La Banque Postale credit
    d = D(2, 11, 2)
    plain = ("Bonjour,\n\nUn virement a été crédité sur votre compte.\n\n"
             "Compte : CCP PRO ****4471\nMontant : 720,00 €\nÉmetteur : ASSOCIATION LES AMIS DU RAIL\n"
             "Libellé : ADHESION SITE WEB F-2026-0413\nDate d'opération : 02/12/2026\n\n"
             "La Banque Postale\nCeci est un message automatique, merci de ne pas y répondre.\n"
             "Pour votre sécurité, La Banque Postale ne vous demandera jamais vos codes par e-mail.\n")
    h = notif_headers(A("La Banque Postale", "alertes@labanquepostale.fr"), "Un virement a été crédité sur votre compte", d,
                      mid(hx("p13", 24), "labanquepostale.fr"))
    emit_p(L, "lbp_virement_credite_amisdurail", message(h, text(plain, "utf-8")), "fr", "La Banque Postale", "La Banque Postale",
         "credit notice with security footer", provider="La Banque Postale",
         money=money("in", "720.00", payer="ASSOCIATION LES AMIS DU RAIL", reference="ADHESION SITE WEB F-2026-0413",
                     value_date="2026-12-02", counts="yes"))

    # P14 Crédit Mutuel avis de virement reçu
    d = D(4, 14, 31)
    plain = ("Avis de virement reçu\n\nBonjour M. BERNARD HUGO,\n\n"
             "Nous avons le plaisir de vous informer de la réception d'un virement d'un montant\n"
             "de 1 800,00 EUR sur votre compte 10278 0xxxx 000xxxx.\n\nDonneur d'ordre : ECOLE DE MUSIQUE DU VAL\n"
             "Motif : F-2026-0407 REFONTE SITE\nDate de valeur : 04/12/2026\n\n"
             "Crédit Mutuel\nMessage automatique, merci de ne pas répondre.\n")
    h = notif_headers(A("Crédit Mutuel", "ne-pas-repondre@creditmutuel.fr"), "Avis de virement reçu", d,
                      mid(hx("p14", 24), "creditmutuel.fr"))
    emit_p(L, "creditmutuel_avis_virement_recu", message(h, text(plain, "iso-8859-1")), "fr", "Crédit Mutuel", "Crédit Mutuel",
         "'avis de virement reçu', donneur d'ordre", provider="Crédit Mutuel",
         money=money("in", "1800.00", payer="ECOLE DE MUSIQUE DU VAL", reference="F-2026-0407 REFONTE SITE",
                     value_date="2026-12-04", counts="yes"))

    # P15 CIC e-documents
    d = D(1, 4, 10)
    plain = ("Bonjour,\n\nDe nouveaux e-Documents sont disponibles dans votre espace CIC :\n"
             "- Relevé de compte n° 11 du 30/11/2026\n- Relevé de frais annuel 2026\n\n"
             "Consultez-les en vous connectant à votre espace client.\n\nCIC\n"
             "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    h = notif_headers(A("CIC", "ne-pas-repondre@cic.fr"), "Vos e-Documents sont disponibles", d, mid(hx("p15", 24), "cic.fr"))
    emit_p(L, "cic_edocuments_disponibles", message(h, text(plain, "iso-8859-1")), "fr", "CIC", "CIC",
         "statement / e-documents available", provider="CIC", money=money("statement", "", value_date="2026-11-30"))

    # P16 Boursorama outgoing transfer
    d = D(3, 12, 20)
    plain = ("Bonjour,\n\nVotre virement de 1 200,00 € vers HUGO BERNARD - LIVRET a bien été pris en compte.\n"
             "Il sera exécuté le 03/12/2026.\n\nBoursoBank\n"
             "Cet e-mail vous a été envoyé automatiquement. Merci de ne pas y répondre.\n")
    h = notif_headers(A("BoursoBank", "noreply@boursobank.com"), "Confirmation de votre virement", d,
                      mid(hx("p16", 24), "boursobank.com"))
    emit_p(L, "boursobank_virement_emis_livret", message(h, text(plain)), "fr", "BoursoBank (Boursorama)",
         "Boursorama / BoursoBank", "outgoing transfer to the owner's own savings", provider="BoursoBank",
         money=money("out", "1200.00", reference="HUGO BERNARD - LIVRET", value_date="2026-12-03"))

    # P17 Hello bank! 2 virements reçus
    d = D(2, 8, 22)
    htm = simple_html("Hello bank!", [
        "Bonjour Hugo,", "<b>2 virements reçus</b> sur votre compte Hello Business :",
        kv_table([("ATELIER LUMEN - F-2026-0404", "+450,00 €"), ("M DUPRE OLIVIER - FACT 0423", "+1 100,00 €")]),
        "Date : 01/12/2026"], color="#00d2c8",
        footer="Ceci est un message automatique, merci de ne pas y répondre. Hello bank! est une marque de BNP Paribas.")
    plain = ("Bonjour Hugo,\n\n2 virements reçus sur votre compte Hello Business :\n"
             "- ATELIER LUMEN - F-2026-0404 : +450,00 €\n- M DUPRE OLIVIER - FACT 0423 : +1 100,00 €\n"
             "Date : 01/12/2026\n\nCeci est un message automatique, merci de ne pas y répondre.\n")
    h = notif_headers(A("Hello bank!", "notification@hellobank.fr"), "2 virements reçus", d, mid(hx("p17", 24), "hellobank.fr"))
    emit_p(L, "hellobank_deux_virements_recus", message(h, alt(text(plain), html(htm))), "fr", "Hello bank!", "Hello bank!",
         "plural notice, two credits in one email", provider="Hello bank!",
         money=money("in|in", "450.00|1100.00", payer="ATELIER LUMEN|M DUPRE OLIVIER", reference="F-2026-0404|FACT 0423",
                     value_date="2026-12-01|2026-12-01", counts="yes"),
         notes="two separate identified payers; counts_as_payment=yes applies to each")

    # P18 Fortuneo card payment
    d = D(30, 19, 55)
    plain = ("Bonjour,\n\nUn paiement par carte a été effectué avec votre carte Fosfo Pro se terminant par 0917 :\n"
             "SNCF CONNECT - 45,00 EUR - le 30/11/2026 à 19:54\n\nFortuneo\n"
             "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n")
    h = notif_headers(A("Fortuneo", "noreply@fortuneo.fr"), "Paiement par carte effectué", d, mid(hx("p18", 24), "fortuneo.fr"))
    emit_p(L, "fortuneo_paiement_carte_sncf", message(h, text(plain, "utf-8")), "fr", "Fortuneo", "Fortuneo",
         "card payment alert", provider="Fortuneo",
         money=money("out", "45.00", reference="SNCF CONNECT", value_date="2026-11-30"))

    # P19 Caisse d'Épargne virement instantané
    d = D(3, 17, 2)
    plain = ("Bonjour,\n\nVous avez reçu un virement instantané de 2 000,00 EUR.\n\nÉmetteur : SAS ORBITAL DESIGN\n"
             "Libellé : Acompte 50% devis D-2026-031\nDate : 03/12/2026 17:01\n\n"
             "Caisse d'Epargne\nMerci de ne pas répondre à ce message automatique.\n")
    h = notif_headers(A("Caisse d'Epargne", "alertes@caisse-epargne.fr"), "Réception d'un virement instantané", d,
                      mid(hx("p19", 24), "caisse-epargne.fr"))
    emit_p(L, "caissedepargne_virement_instantane_orbital", message(h, text(plain)), "fr", "Caisse d'Épargne", "Caisse d'Épargne",
         "instant transfer received, deposit on a quote (no invoice number)", provider="Caisse d'Épargne",
         money=money("in", "2000.00", payer="SAS ORBITAL DESIGN", reference="Acompte 50% devis D-2026-031",
                     value_date="2026-12-03", counts="yes"))

    # P20 Banque Populaire returned outgoing transfer
    d = D(4, 10, 5)
    plain = ("Madame, Monsieur,\n\nLe virement SEPA que vous avez émis le 01/12/2026 nous a été retourné\n"
             "par la banque du bénéficiaire.\n\nBénéficiaire : STUDIO KAOLIN\nMontant : 380,00 EUR\n"
             "Motif du retour : AC04 - Compte clôturé\n\nLe montant a été recrédité sur votre compte.\n\n"
             "Banque Populaire\nMessage automatique - merci de ne pas répondre.\n")
    h = notif_headers(A("Banque Populaire", "noreply@banquepopulaire.fr"), "Avis de retour de virement", d,
                      mid(hx("p20", 24), "banquepopulaire.fr"))
    emit_p(L, "banquepopulaire_retour_virement_ac04", message(h, text(plain, "iso-8859-1")), "fr", "Banque Populaire",
         "Banque Populaire", "returned outgoing transfer (AC04 account closed), amount re-credited", provider="Banque Populaire",
         money=money("failed", "380.00", reference="STUDIO KAOLIN", value_date="2026-12-04"),
         notes="the re-credit is the owner's own money coming back, not a client payment")

    # P21 N26 English money in
    d = D(2, 15, 44, tz=UTC)
    plain = ("Hi Hugo,\n\nYou received €1,150.00 from Kestrel Analytics GmbH.\n\nReference: INV-0422\n\n"
             "Your N26 Team\n\nYou are receiving this email because you enabled transaction notifications.\n"
             "N26 Bank SE, Voltairestraße 8, 10179 Berlin\n")
    h = notif_headers(A("N26", "no-reply@n26.com"), "You received €1,150.00", d, mid(hx("p21", 24), "n26.com"))
    emit_p(L, "n26_received_kestrel_en", message(h, text(plain)), "en", "N26", "N26",
         "English neobank, amount in subject", provider="N26",
         money=money("in", "1150.00", payer="Kestrel Analytics GmbH", reference="INV-0422", value_date="2026-12-02", counts="yes"))

    # P22 Revolut Business money in
    d = D(1, 9, 30, tz=UTC)
    htm = simple_html("Revolut Business", [
        "Hi Hugo,", "You've received <b>€640.00</b> from <b>Blue Finch Ltd</b> to your EUR account.",
        kv_table([("Reference", "INV 0417"), ("Date", "1 Dec 2026")])], color="#191c1f",
        footer="Revolut Bank UAB. You are receiving this email because you have an active Revolut Business account.")
    h = notif_headers(A("Revolut Business", "no-reply@revolut.com"), "You've received €640.00", d, mid(hx("p22", 24), "revolut.com"))
    emit_p(L, "revolut_business_received_bluefinch", message(h, html(htm)), "en", "Revolut Business", "Revolut Business",
         "HTML only, reference without dash", provider="Revolut Business",
         money=money("in", "640.00", payer="Blue Finch Ltd", reference="INV 0417", value_date="2026-12-01", counts="yes"))

    # P23 Revolut failed outgoing transfer
    d = D(3, 11, 9, tz=UTC)
    plain = ("Hi Hugo,\n\nYour transfer of €2,400.00 to Atelier Nord could not be completed.\n"
             "Reason: the recipient's bank rejected the payment (invalid account details).\n"
             "The money has been returned to your EUR account.\n\nRevolut Business\n"
             "You are receiving this email because you have an active Revolut Business account.\n")
    h = notif_headers(A("Revolut Business", "no-reply@revolut.com"), "Transfer to Atelier Nord failed", d, mid(hx("p23", 24), "revolut.com"))
    emit_p(L, "revolut_business_transfer_failed", message(h, text(plain)), "en", "Revolut Business", "Revolut Business",
         "outgoing transfer failed, funds returned", provider="Revolut Business",
         money=money("failed", "2400.00", reference="Atelier Nord", value_date="2026-12-03"))

    # P24 Wise money received
    d = D(30, 14, 2, tz=UTC)
    plain = ("Hi Hugo,\n\nYou've received 1,480.00 EUR from Thornbury Media Ltd.\n\n"
             "It's now in your EUR balance.\n\nReference: INV-0415\n\nThe Wise Team\n\n"
             "You're receiving this because you have a Wise account. Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    h = notif_headers(A("Wise", "noreply@wise.com"), "You've received 1,480.00 EUR from Thornbury Media Ltd", d,
                      mid(hx("p24", 24), "wise.com"))
    emit_p(L, "wise_received_thornbury", message(h, text(plain)), "en", "Wise", "Wise",
         "payer in subject, English", provider="Wise",
         money=money("in", "1480.00", payer="Thornbury Media Ltd", reference="INV-0415", value_date="2026-11-30", counts="yes"))

    # P25 Wise: money on its way (not arrived)
    d = D(4, 16, 30, tz=UTC)
    plain = ("Hi Hugo,\n\nKelp & Co. Ltd is sending you 975.00 EUR.\n\nWe're processing the transfer now - it should\n"
             "arrive in your account by Tuesday, 8 December.\n\nReference: INV-0425\n\nThe Wise Team\n\n"
             "You're receiving this because someone sent you money with Wise.\n")
    h = notif_headers(A("Wise", "noreply@wise.com"), "Kelp & Co. Ltd sent you 975.00 EUR", d, mid(hx("p25", 24), "wise.com"))
    emit_p(L, "wise_money_on_its_way_kelp", message(h, text(plain)), "en", "Wise", "Wise",
         "incoming transfer announced, not arrived yet", provider="Wise",
         money=money("none", "975.00", payer="Kelp & Co. Ltd", reference="INV-0425", value_date="2026-12-08"),
         notes="money not on the account yet; value_date is the announced arrival date")

    # P26 Stripe payout
    d = D(2, 4, 12, tz=UTC)
    plain = ("Your payout of €3,412.50 is on its way to your bank account.\n\n"
             "Amount: €3,412.50\nEstimated arrival: Dec 3, 2026\nBank account: BNP PARIBAS ••••1234\n"
             "Payout ID: po_1Q" + hx("p26", 20) + "\n\nView payout details in the Dashboard.\n\n"
             "You're receiving this email because you're an administrator of Bernard Dev on Stripe.\n"
             "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    h = notif_headers(A("Stripe", "notifications@stripe.com"), "Your payout of €3,412.50 is on its way", d,
                      mid(hx("p26", 32), "stripe.com"))
    emit_p(L, "stripe_payout_on_its_way", message(h, text(plain)), "en", "Stripe", "Stripe",
         "payout bundling many card payments", provider="Stripe",
         money=money("in", "3412.50", payer="Stripe", reference="po_1Q" + hx("p26", 20), value_date="2026-12-03",
                     counts="no_aggregate"))

    # P27 Stripe payout failed
    d = D(4, 5, 40, tz=UTC)
    plain = ("Your payout of €1,086.20 failed.\n\nThe bank could not process the payout to BNP PARIBAS ••••1234\n"
             "(reason: account closed). The funds have been returned to your Stripe balance.\n\n"
             "Update your bank account in the Dashboard to receive future payouts.\n\n"
             "You're receiving this email because you're an administrator of Bernard Dev on Stripe.\n")
    h = notif_headers(A("Stripe", "notifications@stripe.com"), "Payout failed: €1,086.20", d, mid(hx("p27", 32), "stripe.com"))
    emit_p(L, "stripe_payout_failed", message(h, text(plain)), "en", "Stripe", "Stripe",
         "payout failed (account closed), based on Stripe docs for failed payouts", provider="Stripe",
         money=money("failed", "1086.20", value_date="2026-12-04"))

    # P28 Stripe dispute
    d = D(1, 18, 10, tz=UTC)
    plain = ("A customer has disputed a payment of €750.00.\n\nCustomer: contact@verdana-shop.example.com\n"
             "Reason: Product not received\nRespond by: Dec 15, 2026\n\n"
             "The disputed amount and a €20.00 dispute fee have been withdrawn from your balance.\n"
             "Submit evidence in the Dashboard.\n\n"
             "You're receiving this email because you're an administrator of Bernard Dev on Stripe.\n")
    h = notif_headers(A("Stripe", "notifications@stripe.com"), "Action required: a payment of €750.00 was disputed", d,
                      mid(hx("p28", 32), "stripe.com"))
    emit_p(L, "stripe_dispute_750", message(h, text(plain)), "en", "Stripe", "Stripe",
         "chargeback/dispute with fee", provider="Stripe",
         money=money("chargeback", "750.00", value_date="2026-12-01"))

    # P29 Stripe invoice paid
    d = D(3, 16, 20, tz=UTC)
    plain = ("Bernard Dev received a payment of €1,200.00 from Kestrel Analytics GmbH.\n\n"
             "Invoice: INV-0427\nPayment method: SEPA Direct Debit\nDate: Dec 3, 2026\n\n"
             "The funds will be included in your next payout.\n\n"
             "You're receiving this email because you're an administrator of Bernard Dev on Stripe.\n")
    h = notif_headers(A("Stripe", "notifications@stripe.com"), "Payment received for invoice INV-0427", d,
                      mid(hx("p29", 32), "stripe.com"))
    emit_p(L, "stripe_invoice_paid_kestrel", message(h, text(plain)), "en", "Stripe", "Stripe",
         "Stripe Invoicing payment captured from one customer", provider="Stripe",
         money=money("in", "1200.00", payer="Kestrel Analytics GmbH", reference="INV-0427", value_date="2026-12-03", counts="yes"))

    # P30 PayPal received
    d = D(30, 20, 15)
    htm = simple_html("PayPal", [
        "Bonjour Hugo Bernard,", "<b>Lucie Fontaine vous a envoyé 350,00 € EUR</b>",
        "Remarque de Lucie Fontaine : « Facture F-2026-0406 logo, merci ! »",
        kv_table([("Numéro de transaction", "8AB12345CD678901E"), ("Date de la transaction", "30 novembre 2026")]),
        "Il peut s'écouler quelques instants avant que cette transaction n'apparaisse dans votre compte."],
        color="#003087", footer="Aide et Contact | Sécurité<br>Veuillez ne pas répondre à cet email. Les messages reçus à cette adresse ne sont pas lus.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A.")
    h = notif_headers(A("PayPal", "service@paypal.fr"), "Vous avez reçu un paiement", d, mid(hx("p30", 24), "paypal.com"))
    emit_p(L, "paypal_paiement_recu_fontaine", message(h, html(htm)), "fr", "PayPal", "PayPal",
         "'X vous a envoyé', note from the payer", provider="PayPal",
         money=money("in", "350.00", payer="Lucie Fontaine", reference="Facture F-2026-0406 logo, merci !",
                     value_date="2026-11-30", counts="yes"))

    # P31 PayPal refund sent
    d = D(2, 12, 45)
    plain = ("Bonjour Hugo Bernard,\n\nVous avez remboursé 49,00 € EUR à Marc Delorme.\n\n"
             "Numéro de transaction du remboursement : 3XY98765AB432100C\nMotif : Template WordPress - double achat\n\n"
             "Veuillez ne pas répondre à cet email. Les messages reçus à cette adresse ne sont pas lus.\n")
    h = notif_headers(A("PayPal", "service@paypal.fr"), "Remboursement envoyé à Marc Delorme", d, mid(hx("p31", 24), "paypal.com"))
    emit_p(L, "paypal_remboursement_envoye", message(h, text(plain)), "fr", "PayPal", "PayPal",
         "refund issued by the owner", provider="PayPal",
         money=money("refund", "49.00", reference="3XY98765AB432100C", value_date="2026-12-02"))

    # P32 PayPal pending
    d = D(4, 9, 58)
    plain = ("Bonjour Hugo Bernard,\n\nVous avez un paiement en attente de 520,00 € EUR de la part de Studio Nébuleuse.\n\n"
             "Ce paiement est en attente car il a été effectué par virement bancaire (eCheck). Il sera\n"
             "disponible sur votre solde PayPal une fois le virement compensé, généralement sous 3 à 5 jours ouvrés.\n\n"
             "Veuillez ne pas répondre à cet email. Les messages reçus à cette adresse ne sont pas lus.\n")
    h = notif_headers(A("PayPal", "service@paypal.fr"), "Paiement en attente", d, mid(hx("p32", 24), "paypal.com"))
    emit_p(L, "paypal_paiement_en_attente", message(h, text(plain)), "fr", "PayPal", "PayPal",
         "pending eCheck payment: money not available yet", provider="PayPal",
         money=money("none", "520.00", payer="Studio Nébuleuse", value_date=""))

    # P33 SumUp payout
    d = D(1, 6, 20)
    plain = ("Bonjour Hugo,\n\nVotre versement de 312,40 € est en route vers votre compte bancaire\n"
             "FR76 **** **** 4471.\n\nTransactions incluses : 7 paiements par carte du 27/11 au 30/11\n"
             "Frais SumUp déduits : 5,33 €\n\nL'équipe SumUp\n"
             "Vous recevez cet e-mail car vous avez un compte marchand SumUp.\n")
    h = notif_headers(A("SumUp", "no-reply@sumup.com"), "Votre versement de 312,40 € est en route", d, mid(hx("p33", 24), "sumup.com"))
    emit_p(L, "sumup_versement_en_route", message(h, text(plain)), "fr", "SumUp", "SumUp",
         "card-terminal settlement bundling 7 payments", provider="SumUp",
         money=money("in", "312.40", payer="SumUp", value_date="2026-12-01", counts="no_aggregate"))

    # P34 GoCardless payment collected
    d = D(3, 7, 30, tz=UTC)
    plain = ("Bonjour,\n\nNous avons prélevé 500,00 € auprès de Brasserie du Canal.\n\n"
             "Référence : F-2026-0426 (échéance 1/3)\nDate de prélèvement : 3 décembre 2026\n"
             "Les fonds vous seront versés d'ici 2 jours ouvrés.\n\nGoCardless\n"
             "Vous recevez cet e-mail car vous utilisez GoCardless pour encaisser des paiements.\n")
    h = notif_headers(A("GoCardless", "noreply@gocardless.com"), "Paiement encaissé : 500,00 € de Brasserie du Canal", d,
                      mid(hx("p34", 24), "gocardless.com"))
    emit_p(L, "gocardless_paiement_encaisse_brasserie", message(h, text(plain)), "fr", "GoCardless", "GoCardless",
         "direct debit collected from a client, instalment 1/3", provider="GoCardless",
         money=money("in", "500.00", payer="Brasserie du Canal", reference="F-2026-0426 (échéance 1/3)",
                     value_date="2026-12-03", counts="yes"),
         notes="partial instalment of a larger invoice")

    # P35 GoCardless payment failed
    d = D(4, 7, 45, tz=UTC)
    plain = ("Hi Hugo,\n\nA payment of €180.00 from Northgate Labs Ltd has failed.\n\nReference: INV-0430 monthly support\n"
             "Reason: the customer's bank reported insufficient funds (AM04).\n\n"
             "We'll retry automatically on 9 December 2026 unless you cancel the retry.\n\nGoCardless\n"
             "You're receiving this email because you collect payments with GoCardless.\n")
    h = notif_headers(A("GoCardless", "noreply@gocardless.com"), "Payment failed: €180.00 from Northgate Labs Ltd", d,
                      mid(hx("p35", 24), "gocardless.com"))
    emit_p(L, "gocardless_payment_failed_en", message(h, text(plain)), "en", "GoCardless", "GoCardless",
         "client direct debit failed (insufficient funds), retry planned", provider="GoCardless",
         money=money("failed", "180.00", payer="Northgate Labs Ltd", reference="INV-0430 monthly support", value_date="2026-12-04"))

    # P36 Mollie settlement
    d = D(2, 9, 0)
    plain = ("Bonjour,\n\nNous avons effectué un versement de 1 024,30 € sur votre compte bancaire.\n\n"
             "Référence du versement : st_" + hx("p36", 10) + "\nPériode : 23/11/2026 - 29/11/2026\n"
             "Nombre de paiements : 14\n\nL'équipe Mollie\n"
             "Vous recevez cet e-mail parce que vous avez un compte Mollie.\n")
    h = notif_headers(A("Mollie", "noreply@mollie.com"), "Votre versement de 1 024,30 € a été effectué", d,
                      mid(hx("p36", 24), "mollie.com"))
    emit_p(L, "mollie_versement_effectue", message(h, text(plain)), "fr", "Mollie", "Mollie",
         "weekly settlement of 14 payments", provider="Mollie",
         money=money("in", "1024.30", payer="Mollie", reference="st_" + hx("p36", 10), value_date="2026-12-02",
                     counts="no_aggregate"))

    # P37 PayPlug new payment
    d = D(30, 11, 11)
    plain = ("Bonjour,\n\nNouveau paiement reçu !\n\nMontant : 240,00 €\nClient : Mme Sophie Garnier\n"
             "Description : Facture F-2026-0400\nDate : 30/11/2026 11:10\n\nL'équipe PayPlug\n"
             "Ceci est un message automatique, merci de ne pas y répondre.\n")
    h = notif_headers(A("PayPlug", "notification@payplug.com"), "Nouveau paiement reçu - 240,00 €", d, mid(hx("p37", 24), "payplug.com"))
    emit_p(L, "payplug_nouveau_paiement_garnier", message(h, text(plain)), "fr", "PayPlug", "PayPlug",
         "PSP card payment captured from one customer", provider="PayPlug",
         money=money("in", "240.00", payer="Mme Sophie Garnier", reference="Facture F-2026-0400", value_date="2026-11-30", counts="yes"))

    # P38 Sumeria (ex-Lydia)
    d = D(1, 22, 4)
    plain = ("Thomas R. t'a envoyé 150,00 €\n\n« Facture F-2026-0397 photos mariage 👍 »\n\n"
             "L'argent est disponible sur ton compte Sumeria.\n\nSumeria (anciennement Lydia)\n"
             "Tu reçois cet e-mail car tu as activé les notifications par e-mail.\n")
    h = notif_headers(A("Sumeria", "no-reply@sumeria.eu"), "Thomas R. t'a envoyé 150,00 €", d, mid(hx("p38", 24), "sumeria.eu"))
    emit_p(L, "sumeria_lydia_thomas_150", message(h, text(plain)), "fr", "Sumeria (Lydia)", "Sumeria/Lydia",
         "P2P app, tutoiement, abbreviated payer name", provider="Sumeria",
         money=money("in", "150.00", payer="Thomas R.", reference="Facture F-2026-0397 photos mariage 👍",
                     value_date="2026-12-01", counts="yes"))

    # P39 Pennylane bank feed
    d = D(4, 7, 0)
    htm = simple_html("Pennylane", [
        "Bonjour Hugo,", "3 nouvelles transactions ont été synchronisées depuis votre compte Qonto :",
        kv_table([("VIR SEPA MARCHETTI PAYSAGE F-2026-0412", "+1 480,00 €"),
                  ("PRLV SEPA OVH SAS", "-23,99 €"),
                  ("CARTE 02/12 LEROY MERLIN", "-64,90 €")]),
        "1 transaction a été automatiquement rapprochée de la facture F-2026-0412."],
        color="#0b2e4f", footer="Vous recevez cet e-mail car vous avez activé le résumé quotidien de vos transactions. Pennylane, 5 rue de Charonne, 75011 Paris.")
    h = notif_headers(A("Pennylane", "notifications@pennylane.com"), "3 nouvelles transactions synchronisées", d,
                      mid(hx("p39", 24), "pennylane.com"))
    emit_p(L, "pennylane_feed_trois_transactions", message(h, html(htm)), "fr", "Pennylane", "Pennylane",
         "accounting bank-feed digest mixing in and out", provider="Pennylane",
         money=money("in|out|out", "1480.00|23.99|64.90", payer="MARCHETTI PAYSAGE||",
                     reference="F-2026-0412|PRLV SEPA OVH SAS|CARTE 02/12 LEROY MERLIN", value_date="2026-12-04||2026-12-02",
                     counts="yes"),
         notes="same credit as qonto_virement_recu_marchetti seen through the accounting feed; counts=yes for the single credit")

    # P40 remittance advice from client's SAP
    d = D(3, 6, 2)
    plain = ("AVIS DE PAIEMENT / PAYMENT ADVICE\n\nÉmetteur : GROUPE VELLAN SAS\nFournisseur : 0000412877 BERNARD HUGO\n"
             "Date de paiement : 07.12.2026\nMode de paiement : Virement SEPA\n\n"
             "Référence      Date facture   Montant\n"
             "F-2026-0415    05.11.2026     2 350,00 EUR\n"
             "-----------------------------------------\n"
             "Total                         2 350,00 EUR\n\n"
             "Ce message est généré automatiquement par notre système comptable. Merci de ne pas y répondre.\n"
             "Pour toute question : compta.fournisseurs@groupe-vellan.fr\n")
    pdf = make_pdf(["GROUPE VELLAN SAS - AVIS DE PAIEMENT", "Fournisseur 0000412877 BERNARD HUGO",
                    "Date de paiement 07.12.2026", "F-2026-0415  2 350,00 EUR"])
    h = notif_headers(A("SAP Workflow Groupe Vellan", "sap-noreply@groupe-vellan.fr"), "Avis de paiement 2000017342", d,
                      mid(hx("p40", 20).upper(), "sapprd.groupe-vellan.fr"), extra=[("Auto-Submitted", "auto-generated")])
    emit_p(L, "vellan_sap_avis_de_paiement", message(h, M("mixed", [text(plain, "iso-8859-1"), pdf_part(pdf, "AVIS_2000017342.pdf")])),
         "fr", "Groupe Vellan", "Groupe Vellan (SAP)",
         "client's remittance advice (avis de paiement), future payment date, PDF", provider="Groupe Vellan (SAP)",
         money=money("in", "2350.00", payer="GROUPE VELLAN SAS", reference="F-2026-0415", value_date="2026-12-07", counts="no_claim"),
         notes="announces a payment dated 7 Dec; not seen by a bank")

    # P41 Qonto statement
    d = D(1, 8, 0)
    plain = ("Bonjour Hugo,\n\nVotre relevé de compte de novembre 2026 est disponible.\n"
             "Vous pouvez le télécharger depuis l'onglet Relevés de votre application Qonto.\n\n"
             "L'équipe Qonto\n\nVous recevez cet e-mail car vous êtes titulaire d'un compte Qonto.\n")
    h = notif_headers(A("Qonto", "no-reply@qonto.com"), "Votre relevé de novembre est disponible", d, mid(hx("p41", 32), "qonto.com"))
    emit_p(L, "qonto_releve_novembre", message(h, text(plain)), "fr", "Qonto", "Qonto", "monthly statement available",
         provider="Qonto", money=money("statement", "", value_date=""))

    # P42 Shine refund received
    d = D(3, 14, 14)
    plain = ("Hello Hugo,\n\nTu as reçu un remboursement de 59,99 € de ADOBE SYSTEMS SOFTWARE.\n"
             "Il correspond à un paiement par carte du 24/11/2026.\n\nL'équipe Shine\n\n" + AUTO_FR + "\n")
    h = notif_headers(A("Shine", "notifications@shine.fr"), "Remboursement reçu : +59,99 €", d, mid(hx("p42", 28), "shine.fr"))
    emit_p(L, "shine_remboursement_adobe", message(h, text(plain)), "fr", "Shine", "Shine",
         "merchant refund credited (money in but not a client payment)", provider="Shine",
         money=money("refund", "59.99", reference="ADOBE SYSTEMS SOFTWARE", value_date="2026-12-03"))

    # P43 N26 direct debit out
    d = D(1, 6, 30, tz=UTC)
    plain = ("Hi Hugo,\n\nA direct debit of €29.00 to Notion Labs Inc. was debited from your account.\n\n"
             "Mandate reference: NOTION-" + hx("p43", 8).upper() + "\n\nYour N26 Team\n\n"
             "You are receiving this email because you enabled transaction notifications.\n")
    h = notif_headers(A("N26", "no-reply@n26.com"), "Direct debit: -€29.00 Notion Labs Inc.", d, mid(hx("p43", 24), "n26.com"))
    emit_p(L, "n26_direct_debit_notion", message(h, text(plain)), "en", "N26", "N26", "direct debit taken",
         provider="N26", money=money("out", "29.00", reference="NOTION-" + hx("p43", 8).upper(), value_date="2026-12-01"))


# ================================================================= auto_reply
def auto_replies():
    L = "auto_reply"

    def ar(name, frm, subj, d, msgid, inv, body, lang, group, pattern, extra=(), facts="", notes="", crlf=False, charset="utf-8", how="b"):
        h = [("From", frm), ("To", OWNER_FULL), ("Subject", enc(subj, charset, how)), ("Date", rfcdate(d)),
             ("Message-ID", msgid)]
        if inv:
            h += [("In-Reply-To", reminder_id(inv)), ("References", reminder_id(inv))]
        h += list(extra)
        emit(L, name, message(h, body, crlf=crlf), lang, group, pattern, facts=facts, notes=notes)

    ms_auto = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "x")]

    inv = "F-2026-0433"
    ar("outlook_fr_reponse_automatique_retour_8dec", A("Isabelle Morel", "i.morel@adn-formation.fr"),
       "Réponse automatique : " + reminder_subject(inv), D(30, 8, 44), mid("PAXP193MB" + hx("a1", 10).upper(), "EURP193.PROD.OUTLOOK.COM"), inv,
       text("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité à\n"
            "ma messagerie. Je serai de retour le mardi 8 décembre.\n\nPour toute demande urgente concernant la\n"
            "comptabilité, merci d'écrire à compta@adn-formation.fr.\n\nCordialement,\nIsabelle Morel\n", "iso-8859-1"),
       "fr", "ADN Formation", "Outlook 'Réponse automatique :' with Auto-Submitted and X-Auto-Response-Suppress",
       extra=ms_auto, facts="ooo_until=2026-12-08", crlf=True,
       notes="absent through 7 Dec, back 8 Dec: the return date is used")

    inv = "INV-0424"
    ar("gmail_vacation_en_no_autosubmitted", A("Megan Castillo", "mcastillo@lumenfield.example.com"),
       "Re: " + reminder_subject(inv, "en"), D(1, 8, 50), mid("CAJ" + hx("a2", 25), "mail.gmail.com"), inv,
       gmail_reply("Hi,\n\nThanks for your email. I'm out of the office on vacation until Monday, December 14th,\n"
                   "with no access to email. I'll respond when I'm back.\n\nMegan\n", seed="a2"),
       "en", "Lumenfield", "Gmail vacation responder, 'Re:' subject, no Auto-Submitted header",
       facts="ooo_until=2026-12-14")

    inv = "F-2026-0438"
    ar("absence_du_bureau_fr_webmail_no_headers", A("Fleurs de Sel Traiteur", "contact@fleurs-de-sel-traiteur.fr"),
       "Absence du bureau", D(30, 8, 46), mid(hx("a3", 20), "fleurs-de-sel-traiteur.fr"), None,
       text("Bonjour,\n\nNotre boutique est fermée pour congés annuels du 28 novembre au 6 décembre inclus.\n"
            "Réouverture le lundi 7 décembre. Vos messages seront traités à notre retour.\n\n"
            "L'équipe Fleurs de Sel\n"),
       "fr", "Fleurs de Sel Traiteur", "subject 'Absence du bureau', no auto headers, no In-Reply-To",
       facts="ooo_until=2026-12-07")

    inv = "INV-0418"
    ar("ooo_en_parental_leave_xautoreply", A("Sarah Whitfield", "sarah@northgate-labs.co.uk"),
       "Out of Office: " + reminder_subject(inv, "en"), D(1, 9, 1, tz=UTC), mid(hx("a4", 24), "northgate-labs.co.uk"), inv,
       text("Hello,\n\nI am currently on parental leave and not checking email. For anything urgent\n"
            "please contact operations@northgate-labs.co.uk.\n\nBest wishes,\nSarah\n", "us-ascii", "7bit"),
       "en", "Northgate Labs", "X-Autoreply: yes (Zimbra style), no return date",
       extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied (vacation)")])

    inv = "F-2026-0411"
    ar("ap_autoresponder_fr_45j_fdm", A("Comptabilité Fournisseurs Da Silva", "factures@dasilva-renovation.fr"),
       "Accusé de réception - " + reminder_subject(inv), D(30, 8, 47), mid(hx("a5", 24), "dasilva-renovation.fr"), inv,
       text("Bonjour,\n\nNous accusons réception de votre message.\n\n"
            "Les factures fournisseurs sont traitées sous 10 jours ouvrés après réception. Conformément\n"
            "à nos conditions générales d'achat, les règlements sont effectués par virement à 45 jours\n"
            "fin de mois à compter de la date d'émission de la facture.\n\n"
            "Toute facture doit mentionner notre numéro de commande, à défaut elle ne pourra pas\n"
            "être mise en paiement.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n"
            "Service Comptabilité Fournisseurs - Da Silva Rénovation\n"),
       "fr", "Da Silva Rénovation", "accounts-payable autoresponder talking about invoices and payment terms",
       extra=[("Auto-Submitted", "auto-replied")])

    inv = "INV-0421"
    ar("ap_autoresponder_en_supplier_portal", A("Accounts Payable", "accounts.payable@brightwater-hg.co.uk"),
       "Automatic reply: " + reminder_subject(inv, "en"), D(30, 7, 33, tz=UTC), mid("LO2P265MB5" + hx("a6", 10).upper(), "GBRP265.PROD.OUTLOOK.COM"), inv,
       text("Thank you for contacting Brightwater Hospitality Group Accounts Payable.\n\n"
            "This mailbox is monitored Monday to Friday. Please note our standard payment terms are\n"
            "60 days from invoice date. Invoice status can be checked at any time in our supplier portal.\n"
            "Statements and payment chasers sent to this address are processed in date order.\n\n"
            "Please do not reply to this message.\n", "us-ascii", "7bit"),
       "en", "Brightwater Hospitality Group", "Outlook 'Automatic reply:' from shared AP mailbox", extra=ms_auto, crlf=True)

    inv = "F-2026-0421"
    ar("helpdesk_fr_ticket_48213", A("Support Kiosque Numérique", "support@kiosque-numerique.fr"),
       "[#48213] " + reminder_subject(inv), D(1, 8, 43), mid("ticket48213." + hx("a7", 12), "kiosque-numerique.fr"), inv,
       alt(text("Bonjour Hugo Bernard,\n\nVotre demande a bien été enregistrée sous le numéro #48213.\n"
                "Notre équipe vous répondra dans un délai de 48 heures ouvrées.\n\n"
                "Pour compléter votre demande, répondez simplement à cet e-mail sans modifier l'objet.\n\n"
                "--\nSupport Kiosque Numérique\n"),
           html("<p>Bonjour Hugo Bernard,</p><p>Votre demande a bien été enregistrée sous le numéro <b>#48213</b>.<br>"
                "Notre équipe vous répondra dans un délai de 48 heures ouvrées.</p><p style=\"color:#999\">##- Veuillez répondre au-dessus de cette ligne -##</p>\n")),
       "fr", "Kiosque Numérique", "helpdesk ticket autoresponder (Zendesk style)",
       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")])

    inv = "INV-0426"
    ar("freshdesk_en_ticket_received", A("Tidewell Energy Support", "support@tidewell-energy.freshdesk.example.com"),
       "Ticket Received - " + reminder_subject(inv, "en"), D(1, 8, 52, tz=UTC), mid(hx("a8", 24), "freshdesk.example.com"), inv,
       text("Dear Hugo Bernard,\n\nWe would like to acknowledge that we have received your request and a ticket has\n"
            "been created. A support representative will review your request and send you a\n"
            "personal response (usually within 24 hours).\n\nTicket #9921 | Status: Open\n\n"
            "Thank you for your patience.\n\nSincerely,\nTidewell Energy Support Team\n", "us-ascii", "7bit"),
       "en", "Tidewell Energy", "Freshdesk-style ticket acknowledgement", extra=[("Precedence", "auto_reply")])

    # read receipt FR (Outlook MDN)
    inv = "F-2026-0429"
    d = D(1, 9, 5)
    mdn_text = ("Votre message\n\n  À : Thierry Vautrin\n  Objet : " + reminder_subject(inv) + "\n"
                "  Envoyé : lundi 30 novembre 2026 08:45:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
                "a été lu le mardi 1 décembre 2026 09:05:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    disp = P("message/disposition-notification", "Reporting-UA: editions-prevert.fr; Microsoft Outlook 16.0\n"
             "Final-Recipient: rfc822;t.vautrin@editions-prevert.fr\n"
             "Original-Message-ID: " + reminder_id(inv) + "\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n", None, "7bit")
    body = M("report", [text(mdn_text, "utf-8"), disp], params="report-type=disposition-notification")
    ar("mdn_fr_lu_outlook", A("Thierry Vautrin", "t.vautrin@editions-prevert.fr"), "Lu : " + reminder_subject(inv), d,
       mid(hx("a9", 24).upper(), "editions-prevert.fr"), inv, body, "fr", "Éditions du Pré Vert",
       "read receipt 'Lu :' multipart/report disposition-notification", crlf=True)

    # read receipt EN Thunderbird
    inv = "INV-0413"
    d = D(30, 10, 2, tz=UTC)
    disp = P("message/disposition-notification", "Reporting-UA: doyle-events.ie; Thunderbird 128.5.0\n"
             "Final-Recipient: rfc822;ryan@doyle-events.ie\nOriginal-Message-ID: " + reminder_id(inv) + "\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n", None, "7bit")
    body = M("report", [text("This is a Return Receipt for the mail that you sent to ryan@doyle-events.ie.\n\n"
                             "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's\n"
                             "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
                             "UTF-8", "7bit"), disp], params="report-type=disposition-notification")
    ar("mdn_en_return_receipt_thunderbird", A("Ryan Doyle", "ryan@doyle-events.ie"),
       "Return Receipt (displayed) - " + reminder_subject(inv, "en"), d, mid(hx("a10", 24), "doyle-events.ie"), inv, body,
       "en", "Doyle Events", "Thunderbird MDN 'Return Receipt (displayed)'")

    # challenge-response (Mailinblack style)
    inv = "F-2026-0442"
    d = D(30, 8, 49)
    body = alt(text("Bonjour,\n\nVous avez envoyé un message à franck.olivier@olivier-couverture.fr.\n"
                    "Ce destinataire est protégé contre les messages indésirables.\n\n"
                    "Pour que votre message soit délivré, merci de confirmer que vous êtes un humain en\n"
                    "cliquant sur le lien ci-dessous (une seule fois) :\n"
                    "https://protect.example-antispam.fr/auth?id=" + hx("a11", 24) + "\n\n"
                    "Votre message « " + reminder_subject(inv) + " » est en attente.\n"
                    "Sans authentification sous 7 jours, il sera supprimé.\n"),
               html("<p>Bonjour,</p><p>Vous avez envoyé un message à <b>franck.olivier@olivier-couverture.fr</b>.<br>"
                    "Ce destinataire est protégé contre les messages indésirables.</p>"
                    "<p><a href=\"https://protect.example-antispam.fr/auth?id=" + hx("a11", 24) + "\">Je suis un humain, je valide mon message</a></p>"
                    "<p>Votre message « " + esc(reminder_subject(inv)) + " » est en attente.</p>\n"))
    ar("challenge_response_fr_authentification", A("Protection anti-spam", "noreply@protect.example-antispam.fr"),
       "Votre message est en attente d'authentification", d, mid(hx("a11b", 24), "protect.example-antispam.fr"), inv, body,
       "fr", "olivier-couverture.fr", "challenge-response ('confirmez que vous êtes un humain'), Mailinblack-like",
       extra=[("Auto-Submitted", "auto-replied")],
       notes="the human reply from the same person is oliviercouverture_fr_bien_recu_galaxy")

    # OOO with colleague, ISO-8859-1, back 4 Jan
    inv = "F-2026-0414"
    ar("outlook_fr_absence_longue_4janvier", A("Martine Faure", "m.faure@arverne-prevoyance.fr", "iso-8859-1", "q"),
       "Réponse automatique : " + reminder_subject(inv), D(30, 8, 50), mid(hx("a12", 24).upper(), "SRV-EXCH02.arverne-prevoyance.local"), inv,
       text("Bonjour,\n\nJe suis absente jusqu'au 4 janvier 2027.\n"
            "En cas d'urgence, vous pouvez contacter Mme Christine Paulet au 04 73 00 00 00\n"
            "ou par e-mail : c.paulet@arverne-prevoyance.fr.\n\nCordialement,\nMartine Faure\n", "iso-8859-1"),
       "fr", "Mutuelle Arverne Prévoyance", "on-prem Exchange OOO, Q-encoded iso-8859-1 headers, long absence",
       extra=ms_auto, facts="ooo_until=2027-01-04", crlf=True, charset="iso-8859-1", how="q",
       notes="'jusqu'au 4 janvier' - could be back on 4 or 5 Jan; the date given is used")

    inv = "INV-0419"
    ar("ooo_en_travelling_until_9dec", A("Tom Ashdown", "tom.ashdown@harbourfinch.co.uk"),
       "Automatic reply: " + reminder_subject(inv, "en"), D(30, 7, 55, tz=UTC), mid("DB9PR" + hx("a13", 12).upper(), "eurprd05.prod.outlook.com"), inv,
       text("Thank you for your email. I'm currently travelling with limited access to email until\n"
            "Wednesday 9 December. Payment queries: finance@harbourfinch.co.uk.\n\nTom\n", "us-ascii", "7bit"),
       "en", "Harbour & Finch", "Exchange Online 'Automatic reply:', limited access", extra=ms_auto,
       facts="ooo_until=2026-12-09", crlf=True)

    inv = "F-2026-0435"
    ar("conges_fr_court_14_12", A("Mélanie Roche", "contact@roche-paysages.fr"),
       "Re: " + reminder_subject(inv), D(30, 8, 52), mid(hx("a14", 22), "roche-paysages.fr"), inv,
       text("Je suis en congés jusqu'au 14/12.\nPour toute question sur les factures : compta@roche-paysages.fr\n\n"
            "Message automatique.\n"),
       "fr", "Roche Paysages", "terse vacation message with numeric date, Zimbra auto headers",
       extra=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Mailer", "Zimbra 9.0.0_GA_4583")],
       facts="ooo_until=2026-12-14", notes="'jusqu'au 14/12' read as the date given")

    inv = "F-2026-0403"
    ar("changement_adresse_fr_autoreply", A("Amicale des Anciens", "amicale.anciens.stbrieuc@example.org"),
       "Changement d'adresse e-mail", D(30, 8, 41, 30), mid(hx("a15", 20), "example.org"), inv,
       text("Bonjour,\n\nCette adresse n'est plus consultée régulièrement.\n"
            "Merci d'écrire désormais à : tresorerie.amicale@example.org\n\n"
            "Ceci est une réponse automatique.\n"),
       "fr", "Amicale des Anciens", "address-change autoresponder", extra=[("Auto-Submitted", "auto-replied")])


# ================================================================= bounce
def original_headers(to, inv, lang="fr", d=None):
    d = d or D(30, 8, 30)
    return ("Return-Path: <hugo@bernard-dev.fr>\nFrom: Hugo Bernard <hugo@bernard-dev.fr>\nTo: %s\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n") % (
                to, enc(reminder_subject(inv, lang)), rfcdate(d), reminder_id(inv))


def bounces():
    L = "bounce"

    def dsn(reporting_mta, rcpt, action, status, diag, remote=None, arrival=None, extra_rcpt=""):
        s = "Reporting-MTA: dns; %s\n" % reporting_mta
        if arrival:
            s += "Arrival-Date: %s\n" % arrival
        s += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rcpt, action, status)
        if remote:
            s += "Remote-MTA: dns; %s\n" % remote
        s += "Diagnostic-Code: smtp; %s\n" % diag + extra_rcpt
        return P("message/delivery-status", s, None, "7bit")

    def bh(frm, subj, d, msgid, extra=()):
        return [("From", frm), ("To", OWNER), ("Subject", enc(subj)), ("Date", rfcdate(d)), ("Message-ID", msgid),
                ("Auto-Submitted", "auto-replied")] + list(extra)

    # B1 Gmail failure
    rcpt, inv, d = "compta@brasserie-ducanal.fr", "F-2026-0426", D(30, 8, 38)
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be\n"
           "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response from the remote server was:\n550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n") % (rcpt, rcpt)
    body = M("report", [M("related", [alt(text(txt, "UTF-8"), html("<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> because the address couldn't be found, or is unable to receive mail.</p></body></html>\n" % rcpt, "UTF-8"))]),
                        dsn("googlemail.com", rcpt, "failed", "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt,
                            remote="mx1.brasserie-ducanal.fr", arrival=rfcdate(D(30, 8, 37))),
                        P("message/rfc822-headers", original_headers(rcpt, inv), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)", d,
           mid(hx("b1", 20), "mx.google.com"), extra=[("X-Failed-Recipients", rcpt)])
    emit(L, "gmail_dsn_failure_user_unknown", message(h, body), "en", "Gmail",
         "Gmail/Workspace 'Address not found' DSN with delivery-status and headers parts",
         facts="failed_recipient=" + rcpt)

    # B2 Gmail delay
    rcpt, inv, d = "contact@lumberjack-studio.fr", "F-2026-0445", D(1, 12, 31)
    txt = ("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s.\n"
           "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
           "The response from the remote server was:\n421 4.4.2 mx.lumberjack-studio.fr Error: timeout exceeded\n") % rcpt
    body = M("report", [text(txt, "UTF-8"),
                        dsn("googlemail.com", rcpt, "delayed", "4.4.2", "421 4.4.2 mx.lumberjack-studio.fr Error: timeout exceeded",
                            remote="mx.lumberjack-studio.fr") ,
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(1, 10, 28)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Delay)", d,
           mid(hx("b2", 20), "mx.google.com"))
    emit(L, "gmail_dsn_delay", message(h, body), "en", "Gmail", "Gmail delay warning (Action: delayed)",
         facts="failed_recipient=" + rcpt + ";bounce_final=no")

    # B3 Exchange Online English NDR
    rcpt, inv, d = "j.whitaker@fernhill-consulting.co.uk", "INV-0431", D(30, 8, 39, tz=UTC)
    htm = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to %s couldn't be delivered.</font></b></p>"
           "<p>%s wasn't found at fernhill-consulting.co.uk.</p><p><b>Action Required</b><br>Recipient<br>Unknown To address</p>"
           "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following...</p>"
           "<p>Diagnostic information for administrators:<br>Generating server: LO4P265MB6011.GBRP265.PROD.OUTLOOK.COM<br>"
           "%s<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
           "</body></html>\n") % (rcpt, rcpt.split("@")[0], rcpt)
    body = M("report", [html(htm, "us-ascii"),
                        dsn("LO4P265MB6011.GBRP265.PROD.OUTLOOK.COM", rcpt, "failed", "5.1.10",
                            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                        P("message/rfc822", original_headers(rcpt, inv, "en") + "\n" + reminder_body(inv, "James", "€2,100.00", "15 November 2026", "en"), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fernhill-consulting.co.uk"),
           "Undeliverable: " + reminder_subject(inv, "en"), d, mid(hx("b3", 24), "LO4P265MB6011.GBRP265.PROD.OUTLOOK.COM"),
           extra=[("X-MS-Exchange-Message-Is-Ndr", "")])
    emit(L, "exchange_online_ndr_en_recipient_not_found", message(h, body, crlf=True), "en", "Exchange Online",
         "Exchange Online NDR 550 5.1.10 (based on Microsoft NDR documentation)", facts="failed_recipient=" + rcpt)

    # B4 Exchange French NDR
    rcpt, inv, d = "direction@altea-ingenierie.fr", "F-2026-0446", D(2, 8, 36)
    txt = ("Échec de la remise à ces destinataires ou groupes :\n\n%s\n"
           "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour\n"
           "l'instant. Réessayez de renvoyer le message ultérieurement ou contactez directement le destinataire.\n\n"
           "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM\n\n"
           "%s\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n") % (rcpt, rcpt)
    body = M("report", [text(txt, "utf-8"),
                        dsn("PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM", rcpt, "failed", "5.2.2",
                            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(2, 8, 35)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Microsoft Outlook", "postmaster@altea-ingenierie.fr"), "Non remis : " + reminder_subject(inv), d,
           mid(hx("b4", 24), "PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM"))
    emit(L, "exchange_ndr_fr_non_remis_quota", message(h, body, crlf=True), "fr", "Exchange Online",
         "French Exchange NDR 'Non remis :' mailbox full", facts="failed_recipient=" + rcpt)

    # B5 Orange / Wanadoo
    rcpt, inv, d = "ets.rivet.exemple@wanadoo.fr", "F-2026-0447", D(30, 8, 41)
    txt = ("This is the mail system at host mo6.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<%s>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1\n"
           "    <%s> Adresse d au moins un destinataire invalide. Invalid\n"
           "    recipient. OFR_416 [416] (in reply to RCPT TO command)\n") % (rcpt, rcpt)
    body = M("report", [text(txt, "us-ascii", "7bit", params=None, headers=[("Content-Description", "Notification")]),
                        dsn("mo6.mail-out.ovh.net", rcpt, "failed", "5.1.1",
                            "550 5.1.1 <%s> Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]" % rcpt,
                            remote="smtp-in.orange.fr"),
                        P("message/rfc822", original_headers(rcpt, inv) + "\n" + reminder_body(inv, "Monsieur Rivet", "390,00 €", "31 octobre 2026"), None, "8bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery System", "MAILER-DAEMON@mo6.mail-out.ovh.net"), "Undelivered Mail Returned to Sender", d,
           mid("20261130074100." + hx("b5", 10).upper(), "mo6.mail-out.ovh.net"))
    emit(L, "ovh_postfix_orange_wanadoo_invalid", message(h, body), "en", "Orange/Wanadoo via OVH Postfix",
         "Postfix bounce from OVH relay quoting Orange's French/English 550 answer", facts="failed_recipient=" + rcpt,
         notes="Orange's wording approximated from public descriptions; recipient address fictional")

    # B6 Free quota full via OVH
    rcpt, inv, d = "atelier.gravure.exemple@free.fr", "F-2026-0448", D(3, 8, 33)
    txt = ("This is the mail system at host mo4.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
           "<%s>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 quota\n"
           "    exceeded (in reply to end of DATA command)\n") % rcpt
    body = M("report", [text(txt, "us-ascii", "7bit"),
                        dsn("mo4.mail-out.ovh.net", rcpt, "failed", "5.2.2", "552 5.2.2 quota exceeded", remote="mx1.free.fr"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(3, 8, 32)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery System", "MAILER-DAEMON@mo4.mail-out.ovh.net"), "Undelivered Mail Returned to Sender", d,
           mid("20261203073300." + hx("b6", 10).upper(), "mo4.mail-out.ovh.net"))
    emit(L, "ovh_postfix_free_quota", message(h, body), "en", "Free via OVH Postfix", "Postfix bounce, Free MX quota exceeded",
         facts="failed_recipient=" + rcpt)

    # B7 qmail bounce, no delivery-status part
    rcpt, inv, d = "factures@menuiserie-garnier.fr", "F-2026-0449", D(2, 8, 40)
    txt = ("Hi. This is the qmail-send program at mail.hebergeur-exemple.fr.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
           "--- Below this line is a copy of the message.\n\n" % rcpt
           + original_headers(rcpt, inv, d=D(2, 8, 39)) + "\n" + reminder_body(inv, "Monsieur Garnier", "1 020,00 €", "20 novembre 2026"))
    h = [("From", "MAILER-DAEMON@mail.hebergeur-exemple.fr"), ("To", OWNER), ("Subject", "failure notice"),
         ("Date", rfcdate(d)), ("Message-ID", mid(hx("b7", 16), "mail.hebergeur-exemple.fr"))]
    emit(L, "qmail_failure_notice_no_dsn", message(h, text(txt, "utf-8", "8bit")), "en", "qmail",
         "qmail 'failure notice', plain text only, no machine-readable delivery-status part",
         facts="failed_recipient=" + rcpt)

    # B8 Postfix own server user unknown
    rcpt, inv, d = "s.caron@altea-ingenierie.fr", "F-2026-0420", D(4, 9, 10)
    txt = ("This is the mail system at host mail.bernard-dev.fr.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
           "<%s>: host altea-ingenierie-fr.mail.protection.outlook.com[52.101.68.0]\n"
           "    said: 550 5.4.1 Recipient address rejected: Access denied.\n"
           "    (in reply to RCPT TO command)\n") % rcpt
    body = M("report", [text(txt, "us-ascii", "7bit"),
                        dsn("mail.bernard-dev.fr", rcpt, "failed", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied.",
                            remote="altea-ingenierie-fr.mail.protection.outlook.com"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(4, 9, 9)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery System", "MAILER-DAEMON@mail.bernard-dev.fr"), "Undelivered Mail Returned to Sender", d,
           mid("20261204080910." + hx("b8", 10).upper(), "mail.bernard-dev.fr"))
    emit(L, "postfix_own_server_access_denied", message(h, body), "en", "Postfix", "Postfix bounce 550 5.4.1 access denied",
         facts="failed_recipient=" + rcpt)

    # B9 Postfix delayed
    rcpt, inv, d = "hello@orbital-design.fr", "F-2026-0450", D(3, 12, 45)
    txt = ("This is the mail system at host mail.bernard-dev.fr.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
           "####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "                   The mail system\n\n<%s>: connect to mx.orbital-design.fr[203.0.113.25]:25:\n"
           "    Connection timed out\n") % rcpt
    body = M("report", [text(txt, "us-ascii", "7bit"),
                        dsn("mail.bernard-dev.fr", rcpt, "delayed", "4.4.1", "connect to mx.orbital-design.fr[203.0.113.25]:25: Connection timed out"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(3, 8, 30)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery System", "MAILER-DAEMON@mail.bernard-dev.fr"), "Delayed Mail (still being retried)", d,
           mid("20261203114500." + hx("b9", 10).upper(), "mail.bernard-dev.fr"))
    emit(L, "postfix_delayed_warning", message(h, body), "en", "Postfix", "Postfix delay warning (THIS IS A WARNING ONLY)",
         facts="failed_recipient=" + rcpt + ";bounce_final=no")

    # B10 Exim
    rcpt, inv, d = "contact@cabinet-novak.fr", "F-2026-0451", D(1, 8, 31)
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
           "  %s\n    host mx.cabinet-novak.fr [198.51.100.14]\n"
           "    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 5.7.1 Service unavailable; client host blocked using Spamhaus\n") % (rcpt, rcpt)
    body = M("report", [text(txt, "us-ascii", "7bit"),
                        dsn("lyon.o2switch.example.net", rcpt, "failed", "5.7.1", "550 5.7.1 Service unavailable; client host blocked using Spamhaus",
                            remote="mx.cabinet-novak.fr"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(1, 8, 30)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery System", "Mailer-Daemon@lyon.o2switch.example.net"), "Mail delivery failed: returning message to sender", d,
           mid("E1t" + hx("b10", 12) + "-0004Xy-2F", "lyon.o2switch.example.net"), extra=[("X-Failed-Recipients", rcpt)])
    emit(L, "exim_blocked_spamhaus", message(h, body), "en", "Exim", "Exim 'Mail delivery failed', policy rejection (blocklist)",
         facts="failed_recipient=" + rcpt)

    # B11 Orange own DSN in French (host unknown)
    rcpt, inv, d = "compta@lumen-atelier-exemple.fr", "F-2026-0452", D(4, 8, 50)
    txt = ("Votre message n'a pas pu être remis aux destinataires suivants :\n\n  %s\n"
           "  Raison : le domaine du destinataire n'existe pas (Host or domain name not found).\n\n"
           "Vérifiez l'orthographe de l'adresse et renvoyez votre message.\n") % rcpt
    body = M("report", [text(txt, "utf-8"),
                        dsn("mwinf5c10.me-wanadoo.net", rcpt, "failed", "5.1.2", "Host or domain name not found. Name service error for name=lumen-atelier-exemple.fr type=MX: Host not found"),
                        P("message/rfc822-headers", original_headers(rcpt, inv, d=D(4, 8, 49)), None, "7bit")],
             params="report-type=delivery-status")
    h = bh(A("Mail Delivery Subsystem", "MAILER-DAEMON@orange.fr"), "Message non remis : " + reminder_subject(inv), d,
           mid(hx("b11", 20), "me-wanadoo.net"))
    emit(L, "orange_fr_dsn_domaine_inconnu", message(h, body), "fr", "Orange/Wanadoo",
         "French-language DSN, domain not found (5.1.2)", facts="failed_recipient=" + rcpt,
         notes="wording approximated; Orange relay path is plausible for an owner who sends through Orange")


# ================================================================= other
def others():
    L = "other"

    def o(name, frm, subj, d, msgid, body, lang, group, pattern, extra=(), notes="", to=OWNER):
        h = [("From", frm), ("To", to), ("Subject", enc(subj)), ("Date", rfcdate(d)), ("Message-ID", msgid)] + list(extra)
        emit(L, name, message(h, body), lang, group, pattern, notes=notes)

    unsub = lambda u: [("List-Unsubscribe", "<%s>" % u), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

    o("qonto_newsletter_nouveautes", A("Qonto", "news@qonto.com"), "Nouveau : vos factures Factur-X en 1 clic 🚀", D(1, 10, 0),
      mid(hx("o1", 30), "mail.qonto.com"),
      alt(text("Bonjour Hugo,\n\nCe mois-ci chez Qonto : facturation électronique Factur-X, relances automatiques de vos\n"
               "clients et nouveau tableau de bord de trésorerie.\n\nDécouvrir les nouveautés : https://qonto.com/fr/nouveautes\n\n"
               "Vous recevez cet e-mail car vous êtes client Qonto. Se désabonner : https://qonto.com/unsubscribe\n"),
          html(simple_html("Les nouveautés Qonto", ["Bonjour Hugo,", "Ce mois-ci : <b>facturation électronique Factur-X</b>, relances automatiques et tableau de bord de trésorerie.",
                                                    "Paiement reçu ? Rapprochez-le en un clic de votre facture."],
                           color="#1d1d1b", footer="Vous recevez cet e-mail car vous êtes client Qonto. <a href=\"https://qonto.com/unsubscribe\">Se désabonner</a>"))),
      "fr", "Qonto", "bank's own product newsletter mentioning payments", extra=unsub("https://qonto.com/unsubscribe"))

    o("bnp_offres_pros_newsletter", A("BNP Paribas", "bnpparibas@newsletter.bnpparibas"), "Professionnels : préparez 2027 sereinement",
      D(2, 11, 30), mid(hx("o2", 26), "newsletter.bnpparibas"),
      html(simple_html("BNP Paribas - Espace Pros", ["Bonjour,", "Financement, trésorerie, assurance : découvrez nos solutions pour bien démarrer 2027.",
                                                     "Prenez rendez-vous avec votre conseiller."], color="#00915a",
                       footer="Pour vous désinscrire, cliquez ici. BNP Paribas SA au capital de 2 261 621 342 €.")),
      "fr", "BNP Paribas", "bank marketing newsletter", extra=unsub("https://mabanque.bnpparibas/unsubscribe"))

    o("ovhcloud_facture_disponible", A("OVHcloud", "noreply@ovh.net"), "Votre facture OVHcloud FR" + "58231047" + " est disponible",
      D(1, 3, 12), mid(hx("o3", 24), "ovh.net"),
      text("Bonjour,\n\nVotre facture FR58231047 d'un montant de 23,99 € TTC est disponible dans votre espace client.\n"
           "Elle sera réglée par prélèvement sur votre moyen de paiement par défaut le 4 décembre 2026.\n\n"
           "Domaine / service : VPS-2 vps-" + hx("o3v", 8) + ".vps.ovh.net\n\nL'équipe OVHcloud\n"),
      "fr", "OVHcloud", "supplier invoice to the owner, mentions a future direct debit")

    o("freepro_facture_decembre", A("Free Pro", "facturation@freepro.fr"), "Votre facture Free Pro de décembre 2026",
      D(3, 6, 0), mid(hx("o4", 24), "freepro.fr"),
      html(simple_html("Free Pro", ["Bonjour,", "Votre facture de décembre 2026 d'un montant de <b>49,99 € HT</b> est disponible dans votre Espace Abonné.",
                                    "Elle sera prélevée le 10/12/2026."], color="#cd1e25",
                       footer="Free Pro - Ceci est un message automatique, merci de ne pas y répondre.")),
      "fr", "Free Pro", "telecom supplier invoice to the owner")

    pdf = make_pdf(["CABINET LEMOINE EXPERTISE", "FACTURE H-2026-1187", "Client : Hugo Bernard EI",
                    "Honoraires tenue comptable decembre 2026 : 180,00 EUR HT", "TVA 20 % : 36,00 EUR", "Total TTC : 216,00 EUR",
                    "Reglement par prelevement le 10/12/2026"])
    o("lemoine_expert_comptable_facture_honoraires", A("Cabinet Lemoine Expertise", "facturation@lemoine-expertise.fr"),
      "Facture d'honoraires H-2026-1187", D(2, 17, 5), mid(hx("o5", 24), "lemoine-expertise.fr"),
      M("mixed", [text("Bonjour Monsieur Bernard,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour le mois de décembre.\n"
                       "Le montant sera prélevé le 10 décembre selon le mandat en place.\n\nCordialement,\n"
                       "Aurélie Masson\nAssistante comptable - Cabinet Lemoine Expertise\n"),
                  pdf_part(pdf, "Facture_H-2026-1187.pdf")]),
      "fr", "Cabinet Lemoine Expertise", "accountant's invoice to the owner with PDF (sent by a person)",
      notes="written by a person but it is a supplier's invoice TO the owner: other per guide")

    o("urssaf_nouveau_message", A("Urssaf", "ne-pas-repondre@urssaf.fr"), "Un nouveau message est disponible dans votre espace",
      D(30, 9, 15), mid(hx("o6", 24), "urssaf.fr"),
      text("Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne autoentrepreneur.urssaf.fr :\n"
           "« Échéancier de vos cotisations 2027 ».\n\nConnectez-vous à votre espace pour le consulter.\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\nL'Urssaf\n"),
      "fr", "Urssaf", "administration notification")

    o("impots_gouv_avis_cfe", A("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
      "Un nouveau document est disponible dans votre espace professionnel", D(1, 14, 0), mid(hx("o7", 24), "dgfip.finances.gouv.fr"),
      text("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre\n"
           "espace professionnel sur impots.gouv.fr. Date limite de paiement : 15 décembre 2026.\n\n"
           "La Direction générale des Finances publiques\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n", "iso-8859-1"),
      "fr", "DGFiP", "tax notice with a payment deadline (owner pays)")

    o("malt_nouvelle_mission", A("Malt", "hello@malt.com"), "Hugo, 3 nouvelles missions correspondent à votre profil",
      D(2, 7, 30), mid(hx("o8", 26), "malt.com"),
      alt(text("Bonjour Hugo,\n\n3 nouvelles missions correspondent à votre profil Développeur Python / Django :\n"
               "- Refonte API de paiement (Paris, 3 mois, 550 €/jour)\n- Migration Django 5 (remote, 20 jours)\n"
               "- Lead dev back-end e-commerce (Lyon, hybride)\n\nVoir les missions : https://www.malt.fr/\n"),
          html("<p>Bonjour Hugo,</p><p>3 nouvelles missions correspondent à votre profil :</p><ul><li>Refonte API de paiement</li><li>Migration Django 5</li><li>Lead dev back-end e-commerce</li></ul>\n")),
      "fr", "Malt", "freelance marketplace notification", extra=unsub("https://www.malt.fr/unsubscribe"))

    o("linkedin_notification_recherches", A("LinkedIn", "notifications-noreply@linkedin.com"),
      "Hugo, vous êtes apparu dans 14 recherches cette semaine", D(3, 18, 2), mid(hx("o9", 26), "linkedin.com"),
      alt(text("Hugo, vous êtes apparu dans 14 recherches cette semaine.\n\nVoir qui vous a recherché : https://www.linkedin.com/me/search-appearances/\n\n"
               "Cet e-mail était destiné à Hugo Bernard (Développeur freelance). Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company\n"),
          html("<p>Hugo, vous êtes apparu dans <b>14 recherches</b> cette semaine.</p><p><a href=\"https://www.linkedin.com/me/search-appearances/\">Voir qui vous a recherché</a></p>\n")),
      "fr", "LinkedIn", "social network notification", extra=unsub("https://www.linkedin.com/e/unsubscribe"))

    o("phishing_paypal_compte_limite", A("PayPal", "service@paypal-securite-compte.com"),
      "Votre compte PayPal a été limité - action requise", D(2, 3, 17), mid(hx("o10", 20), "paypal-securite-compte.com"),
      html(simple_html("PayPal", ["Cher(e) client(e),", "Nous avons remarqué une activité inhabituelle et un paiement de <b>1 249,00 €</b> est en attente sur votre compte.",
                                  "Pour éviter la suspension, veuillez confirmer vos informations sous 24 heures :",
                                  "<a href=\"http://paypal-securite-compte.com/verify\">Confirmer mon compte</a>"], color="#003087",
                       footer="Copyright © 1999-2026 PayPal. Tous droits réservés.")),
      "fr", "phishing", "PayPal-imitating phishing from a look-alike domain, mentions a pending payment",
      notes="phishing: other even though it mimics a payment notice")

    o("phishing_credit_agricole_virement_attente", A("Crédit Agricole", "securite@ca-clientele-verification.info"),
      "Virement de 2 480,00 € en attente de validation", D(4, 6, 48), mid(hx("o11", 20), "ca-clientele-verification.info"),
      text("Cher client,\n\nUn virement entrant de 2 480,00 EUR est en attente de validation sur votre compte.\n"
           "Suite à la nouvelle directive DSP2, vous devez confirmer votre identité pour recevoir les fonds.\n\n"
           "Cliquez ici : http://ca-clientele-verification.info/valider\n\n"
           "Sans action de votre part sous 48h, le virement sera rejeté.\n\nService Sécurité Crédit Agricole\n"),
      "fr", "phishing", "bank-imitating phishing claiming an incoming transfer",
      notes="phishing: other; mimics 'money in pending' wording")

    o("spam_vous_avez_gagne", A("Service Gagnants", "gagnant@loterie-fr-promo.biz"), "Félicitations !!! Vous avez gagné un iPhone 17 Pro",
      D(30, 2, 11), mid(hx("o12", 20), "loterie-fr-promo.biz"),
      html("<html><body><h1 style=\"color:red\">FÉLICITATIONS HUGO !</h1><p>Vous êtes notre <b>1 000 000e visiteur</b> ! Vous avez gagné un iPhone 17 Pro.</p>"
           "<p>Il ne reste que des frais de livraison de 1,95 € à régler : <a href=\"http://loterie-fr-promo.biz/claim\">RÉCUPÉRER MON CADEAU</a></p></body></html>\n"),
      "fr", "spam", "prize spam")

    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261201T151000Z\n"
           "ORGANIZER;CN=Camille Jourdan:mailto:camille@jourdan-photo.fr\nUID:" + hx("o13", 26) + "@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo@bernard-dev.fr:mailto:hugo@bernard-dev.fr\n"
           "SUMMARY:Point projet refonte site\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    o("google_calendar_invitation", A("Camille Jourdan (Google Agenda)", "calendar-notification@google.com"),
      "Invitation: Point projet refonte site @ mar. 8 déc. 2026 10:00 - 11:00 (CET) (hugo@bernard-dev.fr)", D(1, 16, 10),
      mid("calendar-" + hx("o13b", 20), "google.com"),
      M("mixed", [alt(text("Camille Jourdan vous a invité à l'événement suivant.\n\nPoint projet refonte site\n"
                           "Quand : mar. 8 déc. 2026 10:00 - 11:00 (CET)\n\nParticiperez-vous ? Oui - Peut-être - Non\n\n"
                           "Invitation de Google Agenda\n"),
                      P("text/calendar", ics, "UTF-8", "7bit", params="method=REQUEST")),
                  P("application/ics", data=ics.encode(), cte="base64", filename="invite.ics", disposition="attachment")]),
      "fr", "Google Calendar", "calendar invitation sent by the calendar system (text/calendar)",
      extra=[("Reply-To", "camille@jourdan-photo.fr"), ("Sender", "Google Agenda <calendar-notification@google.com>")])

    o("doctolib_rappel_rdv", A("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous demain à 08:45",
      D(3, 18, 0), mid(hx("o14", 24), "doctolib.fr"),
      text("Bonjour Hugo BERNARD,\n\nNous vous rappelons votre rendez-vous :\nVendredi 4 décembre 2026 à 08:45\n"
           "Dr Claire Fabre - Médecin généraliste\n12 rue de la République, 69002 Lyon\n\n"
           "Pensez à annuler si vous ne pouvez pas vous y rendre.\n\nCet e-mail a été envoyé automatiquement.\n"),
      "fr", "Doctolib", "appointment reminder")

    o("colissimo_colis_en_livraison", A("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis est en cours de livraison",
      D(4, 7, 40), mid(hx("o15", 24), "notif-colissimo-laposte.info"),
      html(simple_html("Colissimo", ["Bonjour,", "Votre colis n° 6A" + "12345678901" + " de LDLC.COM est en cours de livraison aujourd'hui.",
                                     "Suivez votre colis sur laposte.fr/outils/suivre-vos-envois"], color="#ffc600",
                       footer="Ceci est un message automatique, merci de ne pas y répondre.")),
      "fr", "Colissimo", "shipping notice")

    o("google_workspace_alerte_securite", A("Google", "no-reply@accounts.google.com"), "Alerte de sécurité",
      D(30, 23, 4), mid(hx("o16", 24), "accounts.google.com"),
      alt(text("Nouvelle connexion sur Linux\n\nhugo@bernard-dev.fr\nNous avons détecté une nouvelle connexion à votre compte Google\n"
               "sur un appareil Linux. S'il s'agit bien de vous, aucune action n'est requise.\n\n"
               "Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte.\n"),
          html("<p><b>Nouvelle connexion sur Linux</b></p><p>Nous avons détecté une nouvelle connexion à votre compte Google.</p>\n")),
      "fr", "Google", "security alert (new sign-in)")

    o("github_pr_merged_notification", A("Léa Bonnaud", "notifications@github.com"),
      "Re: [bonnaud-illustration/portfolio] Fix invoice PDF export (PR #42)", D(2, 14, 58),
      mid("bonnaud-illustration/portfolio/pull/42/c" + hx("o17", 10), "github.com"),
      text("Merged #42 into main.\n\n—\nReply to this email directly, view it on GitHub:\n"
           "https://github.com/bonnaud-illustration/portfolio/pull/42#event-" + hx("o17b", 8) + "\n"
           "You are receiving this because you authored the thread.\n"),
      "en", "GitHub", "SaaS notification carrying a person's display name",
      extra=[("List-ID", "bonnaud-illustration/portfolio <portfolio.bonnaud-illustration.github.com>"),
             ("X-GitHub-Reason", "author")])

    o("indy_newsletter_fin_annee", A("Indy", "bonjour@indy.fr"), "Clôture 2026 : la checklist des indépendants",
      D(3, 9, 0), mid(hx("o18", 26), "indy.fr"),
      html(simple_html("Indy", ["Bonjour Hugo,", "La fin d'année approche : catégorisez vos transactions, relancez vos impayés et préparez votre déclaration 2035.",
                                "Lire la checklist"], color="#6a3de8",
                       footer="Vous recevez cette newsletter car vous avez un compte Indy. Se désinscrire.")),
      "fr", "Indy", "accounting SaaS newsletter about unpaid invoices", extra=unsub("https://www.indy.fr/unsubscribe"))

    o("pennylane_webinar_invitation", A("Pennylane", "events@pennylane.com"), "Webinar : facturation électronique 2026, êtes-vous prêt ?",
      D(30, 15, 0), mid(hx("o19", 26), "pennylane.com"),
      alt(text("Bonjour Hugo,\n\nRejoignez-nous jeudi 10 décembre à 11h pour 45 minutes sur la réforme de la facturation\n"
               "électronique.\n\nJe m'inscris : https://www.pennylane.com/fr/webinars\n\nSe désabonner\n"),
          html("<p>Bonjour Hugo,</p><p>Webinar jeudi 10 décembre à 11h : <b>facturation électronique</b>.</p>\n")),
      "fr", "Pennylane", "webinar marketing from an accounting tool", extra=unsub("https://www.pennylane.com/unsubscribe"))

    arf = ("Feedback-Type: abuse\nUser-Agent: Brevo-FBL/1.0\nVersion: 1\nOriginal-Mail-From: <hugo@bernard-dev.fr>\n"
           "Arrival-Date: " + rfcdate(D(1, 10, 0)) + "\nReported-Domain: bernard-dev.fr\nSource-IP: 192.0.2.10\n")
    o("arf_abuse_feedback_report", A("Feedback Loop", "fbl@fbl.example-esp.net"), "Abuse report for a message from bernard-dev.fr",
      D(1, 19, 22), mid(hx("o20", 24), "fbl.example-esp.net"),
      M("report", [text("This is an email abuse report for an email message received from IP 192.0.2.10.\n", "us-ascii", "7bit"),
                   P("message/feedback-report", arf, None, "7bit"),
                   P("message/rfc822-headers", original_headers("contact@verdana-shop.example.com", "F-2026-0453", d=D(1, 10, 0)), None, "7bit")],
        params="report-type=feedback-report"),
      "en", "ARF feedback loop", "abuse complaint feedback report (multipart/report; report-type=feedback-report)")

    o("qonto_reinitialisation_mot_de_passe", A("Qonto", "no-reply@qonto.com"), "Réinitialisation de votre mot de passe",
      D(4, 13, 2), mid(hx("o21", 32), "qonto.com"),
      text("Bonjour Hugo,\n\nVous avez demandé la réinitialisation de votre mot de passe Qonto.\n"
           "Ce lien est valable 30 minutes : https://app.qonto.com/reset-password?token=" + hx("o21t", 32) + "\n\n"
           "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n\nL'équipe Qonto\n"),
      "fr", "Qonto", "bank security email (password reset), no money movement")


# ================================================================= main
def main():
    human_replies()
    payment_notifications()
    auto_replies()
    bounces()
    others()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in ROWS:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    for k in sorted(counts):
        print(k, counts[k])
    print("total", len(ROWS))


if __name__ == "__main__":
    main()
