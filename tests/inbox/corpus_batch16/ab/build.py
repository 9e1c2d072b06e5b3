#!/usr/bin/env python3
"""build.py -- writes the `final16` blind evaluation set (batch ab) for dunnerd.

Owner: Justine Carrel <justine@carrel-recrutement.fr>, independent recruitment
consultant (executive search for SMEs, Lille), EURL "Carrel Recrutement".

Every message is written by hand below (synthetic), dated Mon 30 Nov - Fri 4 Dec 2026.
Standard library only.  Run:  python3 build.py   (rewrites the label dirs + labels.tsv)
"""
import base64
import datetime as dtm
import hashlib
import os
import quopri
import shutil
import zlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final16"
SCRIPT = "build.py"
LABELS = ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]

OWNER_NAME = "Justine Carrel"
OWNER_MAIL = "justine@carrel-recrutement.fr"
OWNER = formataddr((OWNER_NAME, OWNER_MAIL))
IBAN = "FR76 1695 8000 0157 3204 8861 942"
BIC = "QNTOFRP1XXX"

# ---------------------------------------------------------------- dates
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def day(n):
    """30 -> 30 Nov 2026; 1..31 -> Dec 2026 (n<30); (m, d) tuple allowed."""
    if isinstance(n, tuple):
        return dtm.date(2026, n[0], n[1])
    return dtm.date(2026, 11, n) if n >= 20 else dtm.date(2026, 12, n)


def rfc(n, hm, tz="+0100"):
    d = day(n)
    if hm.count(":") == 1:
        hm += ":%02d" % (int(hashlib.md5(("%s%s" % (n, hm)).encode()).hexdigest(), 16) % 60)
    return "%s, %02d %s %d %s %s" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year, hm, tz)


def fr_gmail(n, hm):           # "lun. 30 nov. 2026 à 08:02"
    d = day(n)
    return "%s %d %s %d à %s" % (JOURS_ABR[d.weekday()], d.day, MOIS_ABR[d.month - 1], d.year, hm)


def fr_long(n, hm=None):       # "lundi 30 novembre 2026 08:02"
    d = day(n)
    s = "%s %d %s %d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)
    return s + (" " + hm if hm else "")


def en_outlook(n, hm):         # "Monday, November 30, 2026 8:02 AM"
    d = day(n)
    h, m = map(int, hm.split(":"))
    ap = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS_L[d.weekday()], EN_MON_L[d.month - 1], d.day, d.year, h12, m, ap)


def en_gmail(n, hm):           # "Mon, 30 Nov 2026 at 08:02"
    d = day(n)
    return "%s, %d %s %d at %s" % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month - 1], d.year, hm)


def dmy(n):
    d = day(n)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ---------------------------------------------------------------- ids
def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def rem_id(inv, k=1):
    return "<dunnerd.%s.%d@carrel-recrutement.fr>" % (inv.split("-")[-1].lstrip("0"), k)


# ---------------------------------------------------------------- headers
def H(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def A(name, mail, cs="utf-8"):
    if not name:
        return mail
    return formataddr((name, mail), charset=cs)


# ---------------------------------------------------------------- MIME tree
class P:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=b""):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def _enc(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def T(body, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=(), ctype_override=None):
    raw = body.encode(cs) if isinstance(body, str) else body
    if raw and not raw.endswith(b"\n"):
        raw += b"\n"
    ct = ctype_override or 'text/%s; charset="%s"%s' % (sub, cs, params)
    hdrs = [("Content-Type", ct)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs += list(extra)
    return P(hdrs, _enc(raw, cte))


def ATT(data, ctype, filename, disp="attachment", extra=(), cte="base64"):
    fn = H(filename)
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, fn)),
            ("Content-Disposition", '%s; filename="%s"' % (disp, fn)),
            ("Content-Transfer-Encoding", cte)] + list(extra)
    return P(hdrs, _enc(data, cte))


def M(sub, parts, boundary, params="", preamble=None, extra=()):
    hdrs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, params))] + list(extra)
    return P(hdrs, parts=parts, boundary=boundary, preamble=preamble)


def _ser(p, top_headers=None):
    lines = []
    for k, v in (top_headers or []) + p.headers:
        lines.append(("%s: %s" % (k, v)).encode("utf-8") if isinstance(v, str) else k.encode() + b": " + v)
    out = b"\n".join(lines) + b"\n\n"
    if p.parts is None:
        return out + p.body
    if p.preamble is not None:
        out += p.preamble.encode() + b"\n"
    for c in p.parts:
        out += b"\n--" + p.boundary.encode() + b"\n" + _ser(c)
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + p.boundary.encode() + b"--\n" + p.epilogue
    return out


def MSG(headers, root, crlf=False):
    """headers: list of (name, value) placed before the root part's own headers."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    b = _ser(root, hs)
    b = b.replace(b"\r\n", b"\n")
    if crlf:
        b = b.replace(b"\n", b"\r\n")
    return b


# ---------------------------------------------------------------- binary attachments
def pdf(lines, title="Document"):
    """A small but valid one-page PDF (Helvetica, WinAnsi)."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 10 Tf 50 800 Td 14 TL\n"
    for ln in lines:
        stream += b"(" + esc(ln) + b") Tj T*\n"
    stream += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (" + esc(title) + b") /Producer (Microsoft Print to PDF) >>",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def png(r=30, g=60, b=120, w=8, h=8):
    def chunk(t, d):
        c = t + d
        return len(d).to_bytes(4, "big") + c + (zlib.crc32(c) & 0xffffffff).to_bytes(4, "big")
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- the owner's reminders (quoted by clients)
SIG_FR = """Justine Carrel
Carrel Recrutement - Recrutement de cadres et dirigeants pour PME
06 71 42 38 19 - Lille - carrel-recrutement.fr"""

SIG_EN = """Justine Carrel
Carrel Recrutement - Executive search for SMEs, Lille (France)
+33 6 71 42 38 19 - carrel-recrutement.fr"""


def subj_fr(inv, k=1):
    return ("Rappel : facture %s échue" if k == 1 else "Second rappel : facture %s échue") % inv


def subj_en(inv, k=1):
    return ("Reminder: invoice %s is overdue" if k == 1 else "Second reminder: invoice %s is overdue") % inv


def reminder_fr(first, inv, fdate, amount, objet, due, k=1):
    intro = ("Sauf erreur de ma part, la facture %s du %s d'un montant de %s TTC (%s) "
             "est arrivée à échéance le %s et n'a pas encore été réglée.") % (inv, fdate, amount, objet, due)
    if k > 1:
        intro = ("Je me permets de revenir vers vous : la facture %s du %s (%s TTC, %s), "
                 "échue le %s, reste impayée malgré mon précédent message.") % (inv, fdate, amount, objet, due)
    return """Bonjour %s,

%s

Je vous la remets en pièce jointe. Pourriez-vous me confirmer la date de paiement prévue ?

Le règlement peut se faire par virement :
IBAN : %s
BIC : %s

Si le paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Bien cordialement,

%s
""" % (first, intro, IBAN, BIC, SIG_FR)


def reminder_en(first, inv, fdate, amount, objet, due, k=1):
    return """Hello %s,

According to my records, invoice %s dated %s for %s (%s) was due on %s and remains unpaid.

Please find the invoice attached again. Could you let me know when payment is scheduled?

Bank details: IBAN %s - BIC %s

If payment has already been made, please disregard this message.

Kind regards,

%s
""" % (first, inv, fdate, amount, objet, due, IBAN, BIC, SIG_EN)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def q_gmail_fr(n, hm, text):
    return "Le %s, %s <%s> a écrit :\n%s\n" % (fr_gmail(n, hm), OWNER_NAME, OWNER_MAIL, quote(text))


def q_apple_fr(n, hm, text):
    d = day(n)
    return "> Le %d %s %d à %s, %s <%s> a écrit :\n> \n%s\n" % (
        d.day, MOIS_ABR[d.month - 1], d.year, hm, OWNER_NAME, OWNER_MAIL, quote(text))


def q_outlook_fr(n, hm, to, subject, text):
    return ("De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
            % (OWNER_NAME, OWNER_MAIL, fr_long(n, hm), to, subject, text.rstrip("\n")))


def q_gmail_en(n, hm, text):
    return "On %s, %s <%s> wrote:\n%s\n" % (en_gmail(n, hm), OWNER_NAME, OWNER_MAIL, quote(text))


def q_outlook_en(n, hm, to, subject, text):
    return ("From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (OWNER_NAME, OWNER_MAIL, en_outlook(n, hm), to, subject, text.rstrip("\n")))


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html_esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- registry
ROWS = []
FILES = {}
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity", "lang",
        "provider", "source_group", "pattern", "direction", "amount", "currency", "payer", "reference",
        "value_date", "counts_as_payment", "facts", "split", "notes"]


def add(label, name, raw, lang, group, pattern, provider="", direction="", amount="", currency="",
        payer="", reference="", value_date="", cap="", facts="", notes=""):
    assert label in LABELS, label
    f = "%s/%s.eml" % (label, name)
    assert f not in FILES, f
    FILES[f] = raw
    row = dict(file=f, label=label, source_repo="synthetic", source_path=SCRIPT, source_commit="",
               license="written for dunnerd", fidelity="synthetic", lang=lang, provider=provider,
               source_group=group, pattern=pattern, direction=direction, amount=amount,
               currency=currency, payer=payer, reference=reference, value_date=value_date,
               counts_as_payment=cap, facts=facts, split=SPLIT, notes=notes)
    if label == "payment_notification":
        assert direction and cap, name
    else:
        assert not (direction or amount or cap), name
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (name, k)
    ROWS.append(row)


def write_all():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for f, raw in FILES.items():
        with open(os.path.join(OUT, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLS) + "\n")
        for r in ROWS:
            fh.write("\t".join(r[c] for c in COLS) + "\n")


# =====================================================================================
# human_reply
# =====================================================================================
def hdr(frm, to, subject, date, msgid, irt=None, refs=None, cc=None, extra=(), cs="utf-8"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", H(subject, cs)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    return h


def gmail_alt(seed, text, html=None, cs="UTF-8"):
    b = "000000000000" + hx(seed, 16)
    html = html or '<div dir="ltr">' + html_paras(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>"
    return M("alternative", [T(text, cs=cs), T(html, "html", cs=cs)], b)


def outlook_html(body_html, cs="utf-8"):
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle18
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (cs, body_html))


def mso(text):
    """plain text -> Outlook 'MsoNormal' paragraphs."""
    out = []
    for l in text.strip("\n").split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_esc(l) if l else "&nbsp;"))
    return "\n".join(out)


def outlook_quote_html_fr(n, hm, to, subject, text):
    return ("""<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> %s &lt;%s&gt; <br>
<b>Envoy&eacute;&nbsp;:</b> %s<br>
<b>&Agrave;&nbsp;:</b> %s<br>
<b>Objet&nbsp;:</b> %s<o:p></o:p></p>
</div>
%s""" % (OWNER_NAME, OWNER_MAIL, fr_long(n, hm), html_esc(to), html_esc(subject), mso(text)))


def outlook_quote_html_en(n, hm, to, subject, text):
    return ("""<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> %s &lt;%s&gt; <br>
<b>Sent:</b> %s<br>
<b>To:</b> %s<br>
<b>Subject:</b> %s<o:p></o:p></p>
</div>
%s""" % (OWNER_NAME, OWNER_MAIL, en_outlook(n, hm), html_esc(to), html_esc(subject), mso(text)))


def outlook_extra(seed, topic, lang="fr-FR", attach=False):
    ti = base64.b64encode(hashlib.sha1(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()[:6]).decode()
    return [("Thread-Topic", H(topic)), ("Thread-Index", ti),
            ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
            ("X-MS-Exchange-Organization-SCL", "1")]


def outlook_bnd(seed):
    k = HX(seed, 24)
    return "_000_%sPR3P195MB%sEURP_" % (k[:16], k[16:])


def outlook_alt(seed, text, html_body, cs="utf-8"):
    b = outlook_bnd(seed)
    return M("alternative", [T(text, cs=cs), T(outlook_html(html_body, cs), "html", cs=cs)], b)


def human():
    # ---------------------------------------------------------------- H1 Delobel promise friday (Gmail)
    inv = "F-2026-0412"
    rem = reminder_fr("Sophie", inv, "15/10/2026", "14 040,00 €", "honoraires - recrutement Responsable de production", "14/11/2026")
    body = """Bonjour Justine,

Désolée pour ce retard, notre comptable était en congés la semaine dernière et les paiements fournisseurs se sont accumulés.
Je fais le virement vendredi, vous devriez le recevoir en début de semaine prochaine.

Encore merci pour le recrutement de Karim, il s'intègre très bien dans l'équipe.

Bonne journée,

Sophie Delobel
Gérante - Menuiseries Delobel
03 20 75 41 82

""" + q_gmail_fr(30, "08:02", rem)
    raw = MSG(hdr(A("Sophie Delobel", "s.delobel@delobel-menuiseries.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(1, "09:12"), "<CAF%s@mail.gmail.com>" % hx("h1", 28), rem_id(inv), extra=[]),
              gmail_alt("h1", body))
    add("human_reply", "delobel_fr_virement_vendredi", raw, "fr", "Menuiseries Delobel",
        "Gmail multipart/alternative, top-posted above quoted reminder, 'je fais le virement vendredi'",
        facts="promise_date=2026-12-04", notes="Date Tue 1 Dec -> vendredi = Fri 4 Dec")

    # ---------------------------------------------------------------- H2 Nordpack 'paiement prévu le 15' (Outlook)
    inv = "F-2026-0398"
    rem = reminder_fr("Madame Lemoine", inv, "30/09/2026", "4 680,00 €", "acompte - recrutement Directeur industriel", "30/10/2026")
    subj = "RE : " + subj_fr(inv)
    txt = """Bonjour Madame Carrel,

Je fais suite à votre relance. Votre facture a bien été enregistrée dans notre système ; le paiement est prévu le 15 (campagne mensuelle de règlement fournisseurs).

Cordialement,

Caroline LEMOINE
Comptable fournisseurs
NORDPACK EMBALLAGES SAS
ZI de la Pilaterie - 59290 Wasquehal
Tél. : 03 20 66 12 40

"""
    txt_full = txt + q_outlook_fr(30, "08:05", "LEMOINE Caroline <caroline.lemoine@nordpack.fr>", subj_fr(inv), rem)
    html = mso(txt) + outlook_quote_html_fr(30, "08:05", "LEMOINE Caroline <caroline.lemoine@nordpack.fr>", subj_fr(inv), rem)
    raw = MSG(hdr(A("LEMOINE Caroline", "caroline.lemoine@nordpack.fr"), OWNER, subj, rfc(30, "14:40"),
                  "<PR3P195MB%s@PR3P195MB0873.EURP195.PROD.OUTLOOK.COM>" % HX("h2", 12), rem_id(inv),
                  extra=outlook_extra("h2", subj_fr(inv))),
              outlook_alt("h2", txt_full, html), crlf=True)
    add("human_reply", "nordpack_fr_paiement_prevu_le_15", raw, "fr", "Nordpack Emballages",
        "Outlook multipart/alternative, 'RE :' prefix, 'le paiement est prévu le 15'",
        facts="promise_date=2026-12-15", notes="sent 30 Nov: 'le 15' = next 15th = 15 Dec")

    # ---------------------------------------------------------------- H3 Vanhove fin de la semaine prochaine (Thunderbird)
    inv = "F-2026-0387"
    rem = reminder_fr("Monsieur Vanhove", inv, "10/09/2026", "8 400,00 €", "honoraires - recrutement Responsable d'exploitation", "10/10/2026", k=2)
    body = """Bonjour,

Nous traversons un souci de trésorerie passager (nos propres clients nous paient en retard, comme souvent en fin d'année).
Nous réglerons votre facture d'ici la fin de la semaine prochaine.

Merci de votre compréhension et désolé pour ce délai.

--
Bruno Vanhove
Transports Vanhove SAS
Rue du Calvaire 212 - 59223 Roncq

Le %s/%s/%s à 07:58, Justine Carrel a écrit :
%s
""" % ("02", "12", "2026", quote(rem))
    raw = MSG(hdr(A("Bruno Vanhove", "bruno.vanhove@transports-vanhove.fr"), OWNER, "Re: " + subj_fr(inv, 2),
                  rfc(2, "10:47"), "<%s@transports-vanhove.fr>" % hx("h3", 20).replace("a", "-", 1), rem_id(inv, 2),
                  "%s %s" % (rem_id(inv, 1), rem_id(inv, 2)),
                  extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]),
              T(body, params="; format=flowed", cte="8bit"))
    add("human_reply", "vanhove_fr_fin_semaine_prochaine", raw, "fr", "Transports Vanhove",
        "Thunderbird text/plain format=flowed 8bit, second reminder quoted, 'd'ici la fin de la semaine prochaine'",
        facts="promise_date=2026-12-11",
        notes="Wed 2 Dec: end of next week read as Fri 11 Dec (week_of_2026-12-07 also defensible)")

    # ---------------------------------------------------------------- H4 Kestrel EN pay on the 10th
    inv = "F-2026-0433"
    rem = reminder_en("Oliver", inv, "02/10/2026", "€12,600.00", "search fee - Country Manager France", "01/11/2026")
    body = """Hi Justine,

Apologies for the delay - the invoice got stuck in our approval workflow because it had no PO number attached. It's now approved and we'll pay on the 10th.

Best,
Oliver

Oliver Grant
Finance Manager | Kestrel Robotics Ltd
Unit 4, Sheaf Bank Business Park, Sheffield S2 3DA
+44 114 496 0732

""" + q_gmail_en(1, "08:10", rem)
    raw = MSG(hdr(A("Oliver Grant", "oliver.grant@kestrel-robotics.co.uk"), OWNER, "Re: " + subj_en(inv),
                  rfc(3, "11:22", "+0000"), "<CAJ%s@mail.gmail.com>" % hx("h4", 30), rem_id(inv)),
              gmail_alt("h4", body))
    add("human_reply", "kestrel_en_pay_on_the_10th", raw, "en", "Kestrel Robotics",
        "English Google Workspace reply, UK timezone, 'we'll pay on the 10th'", facts="promise_date=2026-12-10")

    # ---------------------------------------------------------------- H5 Harbourside payment run Thursday (Outlook EN)
    inv = "F-2026-0405"
    rem = reminder_en("Aoife", inv, "28/09/2026", "€7,920.00", "search fee - Sales Director France", "28/10/2026")
    subj = "RE: " + subj_en(inv)
    txt = """Hi Justine,

Thanks for the reminder. Your invoice has been approved and is included in this week's payment run. Our payment run is on Thursday, so funds should reach you by Friday or early next week at the latest.

Kind regards,

Aoife Brennan
Accounts Payable
Harbourside Foods Ltd | Unit 12, Ballymount Industrial Estate | Dublin 12 | Ireland
T: +353 1 555 0148

"""
    html = mso(txt) + outlook_quote_html_en(30, "08:04", "Aoife Brennan <aoife.brennan@harbourside-foods.ie>", subj_en(inv), rem)
    raw = MSG(hdr(A("Aoife Brennan", "aoife.brennan@harbourside-foods.ie"), OWNER, subj, rfc(30, "16:25", "+0000"),
                  "<DB9P189MB%s@DB9P189MB1722.EURP189.PROD.OUTLOOK.COM>" % HX("h5", 12), rem_id(inv),
                  extra=outlook_extra("h5", subj_en(inv), "en-IE")),
              outlook_alt("h5", txt + q_outlook_en(30, "08:04", "Aoife Brennan <aoife.brennan@harbourside-foods.ie>", subj_en(inv), rem), html), crlf=True)
    add("human_reply", "harbourside_en_payment_run_thursday", raw, "en", "Harbourside Foods",
        "Outlook EN, accounts-payable clerk writing by hand, 'our payment run is on Thursday'",
        facts="promise_date=2026-12-03", notes="Mon 30 Nov -> Thursday 3 Dec")

    # ---------------------------------------------------------------- H6 Caron début janvier
    inv = "F-2026-0376"
    rem = reminder_fr("Monsieur Ravet", inv, "31/08/2026", "11 520,00 €", "honoraires - recrutement Directeur des achats", "30/09/2026", k=2)
    body = """Bonjour Madame Carrel,

Le règlement de votre facture interviendra début janvier, après la clôture de notre exercice et le déblocage du budget RH 2027. Je suis désolé de ne pas pouvoir faire mieux : toutes les dépenses non engagées sont gelées jusqu'au 31/12.

Je reste à votre disposition.

Cordialement,

Thomas Ravet
Directeur des Ressources Humaines
Groupe Caron Distribution
"""
    raw = MSG(hdr(A("Thomas Ravet", "t.ravet@caron-distribution.fr"), OWNER, "RE: " + subj_fr(inv, 2),
                  rfc(1, "17:03"), "<%s.%s@caron-distribution.fr>" % (HX("h6a", 8), HX("h6b", 8)), rem_id(inv, 2),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]),
              T(body + "\n-----Message d'origine-----\n" + q_outlook_fr(1, "07:59", "Thomas Ravet <t.ravet@caron-distribution.fr>", subj_fr(inv, 2), rem),
                cs="windows-1252"))
    add("human_reply", "caron_fr_debut_janvier", raw, "fr", "Groupe Caron Distribution",
        "plain text windows-1252 quoted-printable, '-----Message d'origine-----' quote, 'début janvier'",
        facts="promise_date=early_2027-01")

    # ---------------------------------------------------------------- H7 Ceratec semaine prochaine (OWA)
    inv = "F-2026-0414"
    rem = reminder_fr("Pauline", inv, "16/10/2026", "7 020,00 €", "honoraires - recrutement Responsable qualité", "15/11/2026")
    txt = """Bonjour Justine,

Le virement partira la semaine prochaine : au-delà de 5 000 € il faut la double signature de notre DAF, qui est en déplacement toute cette semaine.

Bien à vous,

Pauline Dhaene
Assistante de direction
CERATEC INDUSTRIE
2 rue des Fusillés - 59150 Wattrelos

"""
    html = mso(txt) + outlook_quote_html_fr(2, "08:01", "Pauline Dhaene <p.dhaene@ceratec-industrie.fr>", subj_fr(inv), rem)
    raw = MSG(hdr(A("Pauline Dhaene", "p.dhaene@ceratec-industrie.fr"), OWNER, "RE: " + subj_fr(inv),
                  rfc(4, "09:36"), "<AM0P190MB%s@AM0P190MB0452.EURP190.PROD.OUTLOOK.COM>" % HX("h7", 12), rem_id(inv),
                  extra=outlook_extra("h7", subj_fr(inv))),
              outlook_alt("h7", txt + q_outlook_fr(2, "08:01", "Pauline Dhaene <p.dhaene@ceratec-industrie.fr>", subj_fr(inv), rem), html), crlf=True)
    add("human_reply", "ceratec_fr_semaine_prochaine", raw, "fr", "Ceratec Industrie",
        "Outlook on the web, 'le virement partira la semaine prochaine', reason given (double signature)",
        facts="promise_date=week_of_2026-12-07", notes="Fri 4 Dec -> next week = week of Mon 7 Dec")

    # ---------------------------------------------------------------- H8 Pruvost iPhone demain
    inv = "F-2026-0420"
    rem = reminder_fr("Monsieur Pruvost", inv, "20/10/2026", "2 160,00 €", "honoraires - recrutement Chef de production boulangerie", "19/11/2026")
    body = "Bonsoir,\nJe m'en occupe demain matin sans faute.\n\nEnvoyé de mon iPhone\n\n" + q_apple_fr(2, "08:03", rem)
    raw = MSG(hdr(A("Hervé Pruvost", "herve@pruvost-boulangerie.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(2, "19:48"), "<%s-%s-4F1C-9A0B-%s@pruvost-boulangerie.fr>" % (HX("h8", 8), HX("h8b", 4), HX("h8c", 12)),
                  rem_id(inv), extra=[("X-Mailer", "iPhone Mail (22B91)")]),
              T(body, cte="quoted-printable"))
    add("human_reply", "pruvost_fr_iphone_demain", raw, "fr", "Boulangeries Pruvost",
        "iPhone Mail, one line + 'Envoyé de mon iPhone', Apple quote header", facts="promise_date=2026-12-03")

    # ---------------------------------------------------------------- H9 ATF dispute guarantee
    inv = "F-2026-0377"
    rem = reminder_fr("Madame Verstraete", inv, "01/09/2026", "9 360,00 €", "solde honoraires - recrutement Directeur commercial", "01/10/2026", k=2)
    txt = """Madame,

Nous avons bien reçu votre relance concernant la facture F-2026-0377.

Comme je vous l'ai expliqué par téléphone le 12 novembre, M. Leclercq, recruté par votre intermédiaire au poste de directeur commercial, a mis fin à sa période d'essai le 6 novembre. Votre proposition d'intervention prévoit une garantie de remplacement de trois mois.

Nous considérons donc que le solde de vos honoraires n'est pas exigible tant qu'un nouveau candidat n'a pas été présenté et recruté. Nous contestons cette facture en l'état et vous demandons de suspendre vos relances.

Je reste disponible pour organiser le lancement de la recherche de remplacement.

Cordialement,

Nathalie Verstraete
Présidente
Atelier Textile Flandre SAS
"""
    raw = MSG(hdr(A("Nathalie Verstraete", "n.verstraete@atf-textile.fr"), OWNER, "RE: " + subj_fr(inv, 2),
                  rfc(1, "11:48"), "<%s@atf-textile.fr>" % hx("h9", 24), rem_id(inv, 2),
                  extra=outlook_extra("h9", subj_fr(inv, 2))),
              outlook_alt("h9", txt, mso(txt)), crlf=True)
    add("human_reply", "atf_textile_fr_conteste_garantie", raw, "fr", "Atelier Textile Flandre",
        "formal dispute: replacement guarantee, no quoted reminder", facts="dispute=yes")

    # ---------------------------------------------------------------- H10 Hydrotherm already paid 24 Nov (from shared mailbox)
    inv = "F-2026-0402"
    rem = reminder_fr("Monsieur Bouchez", inv, "05/10/2026", "5 760,00 €", "honoraires - recrutement Responsable SAV", "04/11/2026")
    body = """Bonjour,

Cette facture a été réglée le 24 novembre par virement (libellé « HYDROTHERM F2026-0402 »).
Merci de vérifier de votre côté avant toute nouvelle relance.

Cordialement,

Service comptabilité
HYDROTHERM SERVICES
compta@hydrotherm-services.fr

> De : Justine Carrel
> À : m.bouchez@hydrotherm-services.fr
> Objet : Rappel : facture F-2026-0402 échue
>
""" + quote(rem) + "\n"
    raw = MSG(hdr(A("Comptabilité Hydrotherm", "compta@hydrotherm-services.fr"), OWNER, "TR: " + subj_fr(inv),
                  rfc(30, "11:03"), "<%s@hydrotherm-services.fr>" % hx("h10", 22),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-Original-To", OWNER_MAIL)]),
              T(body, cs="windows-1252"))
    add("human_reply", "hydrotherm_fr_deja_regle_24_nov", raw, "fr", "Hydrotherm Services",
        "reply from a shared accounting mailbox (not the reminded address), no In-Reply-To, windows-1252",
        facts="already_paid=2026-11-24")

    # ---------------------------------------------------------------- H11 Optilog PDF bank advice attached
    inv = "F-2026-0395"
    txt = """Bonjour Madame Carrel,

Vous trouverez ci-joint l'avis d'exécution du virement émis le 27/11/2026 pour la facture F-2026-0395.
Le délai de crédit peut prendre un à deux jours ouvrés selon les banques.

Bien cordialement,

Élodie Martel
Responsable administrative et financière
OPTILOG NORD - 14 avenue de l'Europe - 59650 Villeneuve-d'Ascq
"""
    p = pdf(["Crédit Mutuel Nord Europe - Espace Entreprises",
             "AVIS D'EXECUTION D'UN VIREMENT SEPA",
             "", "Donneur d'ordre : OPTILOG NORD SAS",
             "Compte débité : FR76 1562 9026 **** **** **** 047",
             "Bénéficiaire : CARREL RECRUTEMENT",
             "IBAN bénéficiaire : " + IBAN,
             "Montant : 6 480,00 EUR", "Date d'exécution : 27/11/2026",
             "Référence / motif : F-2026-0395 OPTILOG",
             "Statut : Exécuté"], "Avis d'exécution virement")
    root = M("mixed", [gmail_alt("h11", txt), ATT(p, "application/pdf", "Avis_execution_virement_27112026.pdf")],
             "000000000000" + hx("h11m", 16))
    raw = MSG(hdr(A("Élodie Martel", "e.martel@optilog-nord.com"), OWNER, "Re: " + subj_fr(inv),
                  rfc(2, "09:05"), "<CAH%s@mail.gmail.com>" % hx("h11", 30), rem_id(inv)), root)
    add("human_reply", "optilog_fr_avis_virement_pdf", raw, "fr", "Optilog Nord",
        "client attaches the bank's transfer execution notice as PDF", facts="already_paid=2026-11-27",
        notes="the PDF is the client's bank document, not a notice to the owner")

    # ---------------------------------------------------------------- H12 Lemaire 'payé depuis longtemps' + ORIAS signature
    inv = "F-2026-0389"
    rem = reminder_fr("Monsieur Lemaire", inv, "15/09/2026", "3 900,00 €", "acompte - recrutement Chargé de clientèle IARD", "15/10/2026", k=2)
    txt = """C'est payé depuis longtemps. Vérifiez vos comptes avant d'envoyer des relances automatiques.

G. Lemaire

--
Gérard LEMAIRE
Cabinet Lemaire Assurances
Agent général / Courtier - 45 rue Nationale - 59800 Lille
SARL au capital de 20 000 € - RCS Lille Métropole - ORIAS n° 14 005 672 (www.orias.fr)
Garantie financière et assurance de responsabilité civile professionnelle conformes aux articles L512-6 et L512-7 du Code des assurances.
En cas de réclamation : reclamation@lemaire-assurances.fr. Médiateur : La Médiation de l'Assurance, TSA 50110, 75441 Paris Cedex 09.
Autorité de contrôle : ACPR, 4 place de Budapest, CS 92459, 75436 Paris Cedex 09.

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.

"""
    html = mso(txt) + outlook_quote_html_fr(2, "08:00", "Gérard Lemaire <g.lemaire@lemaire-assurances.fr>", subj_fr(inv, 2), rem)
    raw = MSG(hdr(A("Gérard Lemaire", "g.lemaire@lemaire-assurances.fr"), OWNER, "RE: " + subj_fr(inv, 2),
                  rfc(3, "08:47"), "<PAXP193MB%s@PAXP193MB2201.EURP193.PROD.OUTLOOK.COM>" % HX("h12", 12), rem_id(inv, 2),
                  extra=outlook_extra("h12", subj_fr(inv, 2))),
              outlook_alt("h12", txt + q_outlook_fr(2, "08:00", "Gérard Lemaire <g.lemaire@lemaire-assurances.fr>", subj_fr(inv, 2), rem), html), crlf=True)
    add("human_reply", "lemaire_fr_paye_depuis_longtemps", raw, "fr", "Cabinet Lemaire Assurances",
        "curt 'c'est payé depuis longtemps', no date, long insurance-broker legal signature",
        facts="already_paid=claimed")

    # ---------------------------------------------------------------- H13 Alumeca forwards BNP confirmation inline
    fwd = """---------- Forwarded message ---------
De : BNP Paribas <noreply@bnpparibas.com>
Date: lun. 30 nov. 2026 à 10:14
Subject: Confirmation de votre virement
To: <f.hennion@alumeca.fr>


Madame, Monsieur,

Nous vous confirmons l'exécution du virement SEPA suivant :

Compte débité : ALUMECA SAS - FR76 3000 4018 **** **** **** 552
Bénéficiaire : CARREL RECRUTEMENT
Montant : 9 360,00 EUR
Date d'exécution : 30/11/2026
Motif : F-2026-0409 ALUMECA

Ce virement sera crédité sur le compte du bénéficiaire selon les délais de sa banque.

BNP Paribas - Ceci est un message automatique, merci de ne pas y répondre.
"""
    body = """Bonjour Justine,

Le virement pour la F-2026-0409 est parti ce matin, voici la confirmation de la banque ci-dessous.

Bonne soirée,
Franck

""" + fwd
    raw = MSG(hdr(A("Franck Hennion", "f.hennion@alumeca.fr"), OWNER, "Fwd: Confirmation de votre virement",
                  rfc(30, "17:20"), "<CAG%s@mail.gmail.com>" % hx("h13", 30)),
              gmail_alt("h13", body))
    add("human_reply", "alumeca_fr_transfert_confirmation_bnp", raw, "fr", "Alumeca",
        "client forwards his bank's transfer confirmation inline (bank wording inside a human mail), no In-Reply-To",
        facts="already_paid=2026-11-30", notes="contains a BNP notice as forwarded text: still a human_reply")

    # ---------------------------------------------------------------- H14 Degrave asks for the invoice
    inv = "F-2026-0417"
    rem = reminder_fr("Madame Wattebled", inv, "19/10/2026", "5 400,00 €", "honoraires - recrutement Responsable prépresse", "18/11/2026")
    body = """Bonjour,

Je ne retrouve pas votre facture dans notre logiciel, elle a sans doute été envoyée à ma collègue qui a quitté l'entreprise en octobre. La pièce jointe de votre message n'apparaît pas de mon côté.
Pouvez-vous me la renvoyer à cette adresse ?

Merci par avance.

Julie Wattebled
Imprimerie Degrave - Service administratif
03 27 46 08 90

""" + q_gmail_fr(30, "08:07", rem)
    raw = MSG(hdr(A("Julie Wattebled", "julie.wattebled@imprimerie-degrave.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(1, "10:31"), "<%s@imprimerie-degrave.fr>" % hx("h14", 26), rem_id(inv),
                  extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
              T(body, params="; format=flowed"))
    add("human_reply", "degrave_fr_renvoyer_facture", raw, "fr", "Imprimerie Degrave",
        "Roundcube webmail, asks for the invoice to be sent again", facts="request_invoice=yes")

    # ---------------------------------------------------------------- H15 Pollet asks RIB (VoP)
    inv = "F-2026-0424"
    rem = reminder_fr("Antoine", inv, "23/10/2026", "960,00 €", "prestation - assistance au recrutement d'un dessinateur", "22/11/2026")
    body = """Bonjour Justine,

Pouvez-vous m'envoyer votre RIB en PDF ? Depuis la mise en place de la vérification du bénéficiaire, ma banque m'affiche « nom non concordant » avec « Carrel Recrutement » et je préfère vérifier avant de valider le virement.

Merci !

Antoine Pollet
Studio Archi Pollet - architecture & intérieur
7 place du Concert, Lille

""" + q_apple_fr(2, "08:06", rem)
    raw = MSG(hdr(A("Antoine Pollet", "antoine@studio-pollet.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(2, "12:14"), "<%s@studio-pollet.fr>" % (HX("h15", 8) + "-" + HX("h15b", 4) + "-" + HX("h15c", 12)),
                  rem_id(inv), extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
              M("alternative", [T(body), T("<html><head></head><body style=\"overflow-wrap: break-word;\">" + html_paras(body) + "</body></html>", "html")],
                "Apple-Mail=_" + HX("h15d", 8) + "-" + HX("h15e", 4) + "-4C2B-8E3A-" + HX("h15f", 12)))
    add("human_reply", "pollet_fr_demande_rib_vop", raw, "fr", "Studio Archi Pollet",
        "Apple Mail, asks for the RIB because the bank's payee-name check fails", facts="request_rib=yes")

    # ---------------------------------------------------------------- H16 Fleeto informal tu, not yet paid
    inv = "F-2026-0429"
    rem = reminder_fr("Maxime", inv, "26/10/2026", "2 400,00 €", "acompte - recrutement Head of Sales", "25/11/2026")
    body = """Salut Justine,

Désolé, je n'ai pas encore pu payer : la levée de fonds a pris du retard (le closing a glissé de deux semaines). Je te fais le virement d'ici le 18, promis.

Et encore merci pour Léa, c'est une super recrue 🙏

Max

""" + q_gmail_fr(30, "08:09", rem)
    raw = MSG(hdr(A("Maxime Taillez", "max@fleeto.io"), OWNER, "Re: " + subj_fr(inv), rfc(3, "22:14"),
                  "<CAB%s@mail.gmail.com>" % hx("h16", 30), rem_id(inv)),
              M("alternative", [T(body, cte="base64"), T('<div dir="ltr">' + html_paras(body) + "</div>", "html", cte="base64")],
                "000000000000" + hx("h16b", 16)))
    add("human_reply", "fleeto_fr_tutoiement_pas_encore_paye", raw, "fr", "Fleeto",
        "informal 'tu', base64 bodies, emoji, negation 'je n'ai pas encore pu payer' + 'd'ici le 18'",
        facts="promise_date=2026-12-18", notes="not already_paid (negated)")

    # ---------------------------------------------------------------- H17 Wattline 'Noté.'
    inv = "F-2026-0431"
    rem = reminder_fr("Monsieur Dufresne", inv, "28/10/2026", "6 840,00 €", "honoraires - recrutement Chef de projet photovoltaïque", "27/11/2026")
    body = "Noté.\n\nObtenir Outlook pour iOS <https://aka.ms/o0ukef>\n" + "_" * 32 + "\n" + q_outlook_fr(1, "08:02", "Arnaud Dufresne <a.dufresne@wattline-energies.fr>", subj_fr(inv), rem)
    raw = MSG(hdr(A("Arnaud Dufresne", "a.dufresne@wattline-energies.fr"), OWNER, "RE: " + subj_fr(inv),
                  rfc(1, "12:57"), "<VI1P195MB%s@VI1P195MB0611.EURP195.PROD.OUTLOOK.COM>" % HX("h17", 12), rem_id(inv),
                  extra=outlook_extra("h17", subj_fr(inv))),
              outlook_alt("h17", body, '<div dir="ltr"><div style="font-family:Aptos">Noté.</div><div><br></div><div id="ms-outlook-mobile-signature">Obtenir <a href="https://aka.ms/o0ukef">Outlook pour iOS</a></div></div><hr>' + outlook_quote_html_fr(1, "08:02", "Arnaud Dufresne", subj_fr(inv), rem)), crlf=True)
    add("human_reply", "wattline_fr_note", raw, "fr", "Wattline Energies",
        "one-word answer 'Noté.' from Outlook for iOS")

    # ---------------------------------------------------------------- H18 Laiterie 'ok merci'
    inv = "F-2026-0421"
    rem = reminder_fr("Marc", inv, "21/10/2026", "3 120,00 €", "acompte - recrutement Responsable maintenance", "20/11/2026")
    body = "ok merci\n\n--\nMarc Devos\nLaiterie Saint-Amand\n\n" + q_gmail_fr(1, "08:04", rem)
    raw = MSG(hdr(A("Marc Devos", "marc.devos@laiterie-saint-amand.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(1, "08:31"), "<CAK%s@mail.gmail.com>" % hx("h18", 30), rem_id(inv)), gmail_alt("h18", body))
    add("human_reply", "laiterie_fr_ok_merci", raw, "fr", "Laiterie Saint-Amand", "two words 'ok merci' above quote")

    # ---------------------------------------------------------------- H19 VDB Logistics EN VAT reverse charge
    inv = "F-2026-0426"
    rem = reminder_en("Els", inv, "24/10/2026", "€10,080.00", "search fee - Warehouse Manager Lille", "23/11/2026")
    txt = """Dear Ms Carrel,

We received your reminder for invoice F-2026-0426. However, the invoice charges French VAT at 20%. As a Belgian company with a valid VAT number (BE 0456.218.773), this service should be invoiced without VAT under the reverse-charge mechanism (Article 196 of Directive 2006/112/EC).

We are therefore unable to process the invoice in its current form. Please send us a credit note and a corrected invoice for the net amount of EUR 8,400.00.

Kind regards,

Els Peeters
Accounts Payable
VDB Logistics NV | Haven 1025, 2030 Antwerpen, Belgium
"""
    html = mso(txt) + outlook_quote_html_en(1, "08:06", "Els Peeters <accounts.payable@vdb-logistics.be>", subj_en(inv), rem)
    raw = MSG(hdr(A("Peeters Els", "accounts.payable@vdb-logistics.be"), OWNER, "RE: " + subj_en(inv),
                  rfc(4, "10:02"), "<AS8P192MB%s@AS8P192MB1833.EURP192.PROD.OUTLOOK.COM>" % HX("h19", 12), rem_id(inv),
                  extra=outlook_extra("h19", subj_en(inv), "nl-BE")),
              outlook_alt("h19", txt + q_outlook_en(1, "08:06", "Els Peeters <accounts.payable@vdb-logistics.be>", subj_en(inv), rem), html), crlf=True)
    add("human_reply", "vdb_logistics_en_tva_autoliquidation", raw, "en", "VDB Logistics",
        "Belgian AP refuses invoice with French VAT, asks credit note + corrected invoice", facts="dispute=yes",
        notes="asks for a corrected invoice (not a copy), so request_invoice not set; unsure")

    # ---------------------------------------------------------------- H20 NordTech AP replies from another address
    body = """Dear Ms Carrel,

Your reminder to Mr Schubert regarding invoice F-2026-0441 was forwarded to Accounts Payable.

The invoice has been approved and is scheduled for payment on 7 December 2026 (value date). Please allow one to two business days for the funds to reach your account.

Best regards

Jana Krüger
Accounts Payable / Kreditorenbuchhaltung
NordTech Solutions GmbH
Speicherstraße 18, 44147 Dortmund, Germany
Geschäftsführer: Henrik Schubert | Amtsgericht Dortmund HRB 31877
"""
    raw = MSG(hdr(A("Krüger, Jana", "ap@nordtech-solutions.de"), OWNER, "AW: Reminder: invoice F-2026-0441 is overdue",
                  rfc(1, "14:18"), "<%s@EXCH02.nordtech.local>" % hx("h20", 32),
                  "<%s@EXCH02.nordtech.local>" % hx("h20fwd", 32),
                  "%s <%s@EXCH02.nordtech.local>" % (rem_id("F-2026-0441"), hx("h20fwd", 32)),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]),
              T(body, cs="iso-8859-1"))
    add("human_reply", "nordtech_en_autre_adresse_7_dec", raw, "en", "NordTech Solutions",
        "reply from accounts payable address (not the reminded person), German Outlook 'AW:'",
        facts="promise_date=2026-12-07",
        notes="References keeps the owner's reminder id but In-Reply-To points to the internal forward")

    # ---------------------------------------------------------------- H21 Agriflandres forward to colleague, owner in Cc
    inv = "F-2026-0381"
    rem = reminder_fr("Monsieur Lecocq", inv, "04/09/2026", "4 440,00 €", "solde honoraires - recrutement Responsable silo", "04/10/2026", k=2)
    txt = """Martine,

Peux-tu regarder où en est cette facture ? Le recrutement du responsable silo est bien terminé, j'ai signé le bon à payer début octobre.
Justine est en copie pour info.

Merci,
Benoît

"""
    html = mso(txt) + outlook_quote_html_fr(1, "08:00", "Benoît Lecocq <b.lecocq@agriflandres.fr>", subj_fr(inv, 2), rem)
    raw = MSG(hdr(A("Benoît Lecocq", "b.lecocq@agriflandres.fr"), A("Martine Dubrulle", "m.dubrulle@agriflandres.fr"),
                  "TR: " + subj_fr(inv, 2), rfc(2, "08:52"),
                  "<PA4P191MB%s@PA4P191MB0977.EURP191.PROD.OUTLOOK.COM>" % HX("h21", 12), cc=OWNER,
                  extra=outlook_extra("h21", subj_fr(inv, 2))),
              outlook_alt("h21", txt + q_outlook_fr(1, "08:00", "Benoît Lecocq <b.lecocq@agriflandres.fr>", subj_fr(inv, 2), rem), html), crlf=True)
    add("human_reply", "agriflandres_fr_transfert_collegue_cc", raw, "fr", "Agriflandres",
        "forward 'TR:' to a colleague, owner only in Cc, no In-Reply-To")

    # ---------------------------------------------------------------- H22 Brasserie long legal signature, lundi 7
    inv = "F-2026-0418"
    rem = reminder_fr("Madame Vandamme", inv, "19/10/2026", "6 240,00 €", "honoraires - recrutement Responsable commercial GMS", "18/11/2026")
    txt = """Bonjour Madame Carrel,

Je vous confirme que le virement sera effectué le lundi 7 décembre.

Cordialement,

Aurélie Vandamme
Assistante comptable
BRASSERIE DU MONT NOIR SAS
Route du Mont Noir - 59299 Boeschepe
www.brasserie-montnoir.fr

L'abus d'alcool est dangereux pour la santé, à consommer avec modération.

AVERTISSEMENT : Ce message électronique et toutes les pièces jointes qu'il contient sont confidentiels et destinés exclusivement à l'usage de la personne à laquelle ils sont adressés. Si vous n'êtes pas le destinataire visé, vous êtes informé que toute lecture, diffusion, copie ou utilisation de ce message ou de son contenu est strictement interdite. Si vous avez reçu ce message par erreur, merci d'en informer immédiatement l'expéditeur et de le supprimer de votre système. L'intégrité de ce message ne pouvant être garantie sur Internet, Brasserie du Mont Noir SAS ne pourra être tenue responsable de son contenu.
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use or disclosure is prohibited.
Pensez à l'environnement avant d'imprimer ce message.

"""
    html = mso(txt) + outlook_quote_html_fr(1, "08:03", "Aurélie Vandamme <compta@brasserie-montnoir.fr>", subj_fr(inv), rem)
    raw = MSG(hdr(A("Aurélie Vandamme", "compta@brasserie-montnoir.fr"), OWNER, "RE: " + subj_fr(inv),
                  rfc(3, "11:58"), "<%s@brasserie-montnoir.fr>" % hx("h22", 30), rem_id(inv),
                  extra=outlook_extra("h22", subj_fr(inv))),
              M("alternative", [T(txt + q_outlook_fr(1, "08:03", "Aurélie Vandamme <compta@brasserie-montnoir.fr>", subj_fr(inv), rem), cte="base64"),
                                T(outlook_html(html), "html", cte="base64")], outlook_bnd("h22")), crlf=True)
    add("human_reply", "brasserie_fr_lundi_7_disclaimer", raw, "fr", "Brasserie du Mont Noir",
        "one-line promise buried above long bilingual legal disclaimer, base64 parts",
        facts="promise_date=2026-12-07")

    # ---------------------------------------------------------------- H23 Clinique vétérinaire HTML-only, 'nous ne contestons pas'
    inv = "F-2026-0419"
    rem = reminder_fr("Docteur Lambin", inv, "20/10/2026", "7 560,00 €", "honoraires - recrutement Vétérinaire associé", "19/11/2026")
    txt = """Bonjour Madame Carrel,

Nous ne contestons pas la facture F-2026-0419 : le recrutement du Dr Moreau s'est très bien passé et nous sommes ravis.

Notre trésorerie est toutefois tendue en cette fin d'année. Nous vous proposons de régler en trois fois : le premier virement partirait le 10 décembre, puis le 10 janvier et le 10 février (2 520 € chacun).

Merci de nous dire si cela vous convient.

Bien cordialement,

Dr Claire Lambin
Clinique vétérinaire des Weppes
12 rue de la Gare - 59320 Haubourdin
"""
    html = outlook_html(mso(txt) + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" +
                        outlook_quote_html_fr(1, "08:05", "Clinique vétérinaire des Weppes <contact@vet-weppes.fr>", subj_fr(inv), rem), "windows-1252")
    raw = MSG(hdr(A("Clinique vétérinaire des Weppes", "contact@vet-weppes.fr", "windows-1252"), OWNER, "RE: " + subj_fr(inv),
                  rfc(1, "15:32"), "<000001db%s$%s$%s@vet-weppes.fr>" % (hx("h23", 8), hx("h23b", 8), hx("h23c", 8)), rem_id(inv),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(hashlib.md5(b"h23").digest()).decode()),
                         ("Content-Language", "fr")], cs="windows-1252"),
              T(html, "html", cs="windows-1252"), crlf=True)
    add("human_reply", "vet_weppes_fr_html_only_ne_conteste_pas", raw, "fr", "Clinique vétérinaire des Weppes",
        "HTML-only Outlook, windows-1252, negation 'nous ne contestons pas' + instalment plan",
        facts="promise_date=2026-12-10", notes="not a dispute; first instalment on 10 Dec (proposal)")

    # ---------------------------------------------------------------- H24 Garage Dufour rude dispute
    inv = "F-2026-0407"
    rem = reminder_fr("Monsieur Dufour", inv, "08/10/2026", "4 320,00 €", "honoraires - recrutement Chef d'atelier", "07/11/2026", k=2)
    body = """Arrêtez de nous harceler avec vos relances automatiques. La personne que vous nous avez placée est partie au bout de 3 semaines, on ne paiera pas cette facture.
Si vous voulez en discuter appelez moi mais c'est tout vu.

P. Dufour
"""
    raw = MSG(hdr(A("GARAGE DUFOUR", "contact@garage-dufour-automobiles.fr"), OWNER, "Re: " + subj_fr(inv, 2),
                  rfc(2, "07:55"), "<%s.%s@garage-dufour-automobiles.fr>" % (hx("h24", 12), hx("h24b", 6)), rem_id(inv, 2),
                  extra=[("User-Agent", "Open-Xchange Mailer v7.10.6-Rev58")]),
              M("alternative", [T(body + "\n" + q_gmail_fr(1, "08:08", rem)),
                                T("<!doctype html><html><body><p>" + html_esc(body).replace("\n", "<br>") + "</p><blockquote>" + html_paras(rem) + "</blockquote></body></html>", "html")],
                "----=_Part_%d_%d.%d" % (41277, 190233711, 1764658500000)))
    add("human_reply", "garage_dufour_fr_refus_agressif", raw, "fr", "Garage Dufour Automobiles",
        "rude refusal, candidate left after 3 weeks, Open-Xchange webmail", facts="dispute=yes")

    # ---------------------------------------------------------------- H25 Association semaine du 14 décembre
    inv = "F-2026-0425"
    rem = reminder_fr("Madame Nowak", inv, "23/10/2026", "5 400,00 €", "honoraires - recrutement Infirmier(e) coordinateur(trice)", "22/11/2026")
    body = """Bonjour Madame Carrel,

Le paiement des factures supérieures à 5 000 € doit être validé par notre bureau, qui se réunit le 10 décembre.
Le virement sera effectué la semaine du 14 décembre.

Bien cordialement,

Sylvie Nowak
Directrice
Association Les Tilleuls - EHPAD
03 21 28 77 50

""" + q_gmail_fr(30, "08:06", rem)
    raw = MSG(hdr(A("Sylvie Nowak", "direction@ehpad-lestilleuls.org"), OWNER, "Re: " + subj_fr(inv),
                  rfc(30, "15:05"), "<%s@ehpad-lestilleuls.org>" % hx("h25", 28), rem_id(inv),
                  extra=[("User-Agent", "Zimbra 10.0 (ZimbraWebClient - FF120 (Win))")]),
              T(body))
    add("human_reply", "tilleuls_fr_semaine_du_14", raw, "fr", "Association Les Tilleuls",
        "association, board approval on the 10th (not a payment date), transfer 'la semaine du 14 décembre'",
        facts="promise_date=week_of_2026-12-14", notes="10 Dec is the board meeting, not a payment date")

    # ---------------------------------------------------------------- H26 BET partial: acompte paid, solde fin décembre
    inv = "F-2026-0415"
    rem = reminder_fr("Monsieur Lhermitte", inv, "16/10/2026", "6 480,00 €", "honoraires - recrutement Ingénieur thermicien", "15/11/2026")
    body = """Bonjour,

Pour information, nous avons réglé un acompte de 2 000,00 € le 27/11 (virement « BETN ACPT F0415 »).
Le solde de 4 480,00 € sera payé fin décembre.

Cordialement,

Jérôme Lhermitte
Gérant - BET Thermique Nord
"""
    raw = MSG(hdr(A("Jérôme Lhermitte", "j.lhermitte@betn.fr"), OWNER, "Re: " + subj_fr(inv), rfc(4, "16:40"),
                  "<%s@betn.fr>" % hx("h26", 20), rem_id(inv), extra=[("User-Agent", "Mozilla Thunderbird")]),
              T(body + "\nLe 02/12/2026 à 08:04, Justine Carrel a écrit :\n" + quote(rem), params="; format=flowed", cte="8bit"))
    add("human_reply", "betn_fr_acompte_solde_fin_decembre", raw, "fr", "BET Thermique Nord",
        "partial payment already made + balance promised end of month",
        facts="already_paid=2026-11-27;promise_date=2026-12-31", notes="already_paid covers only a 2 000 EUR instalment")

    # ---------------------------------------------------------------- H27 Pharmacie ISO-8859-1 asks invoice
    inv = "F-2026-0430"
    rem = reminder_fr("Madame Dewulf", inv, "27/10/2026", "1 800,00 €", "prestation - recrutement Préparateur en pharmacie", "26/11/2026")
    body = """Bonjour,

Je n'ai jamais reçu la facture d'origine, seulement votre relance, et il n'y a pas de pièce jointe.
Merci de me la transmettre, par courrier si possible, à l'adresse de la pharmacie (12 Grand'Place, 59500 Douai).

Cordialement,
Mme Dewulf
Pharmacie du Beffroi

----- Original Message -----
From: "Justine Carrel" <justine@carrel-recrutement.fr>
To: <pharmacie.beffroi@pharmabeffroi.fr>
Sent: Monday, November 30, 2026 8:10 AM
Subject: Rappel : facture F-2026-0430 échue


""" + rem
    raw = MSG(hdr(A("Pharmacie du Beffroi", "pharmacie.beffroi@pharmabeffroi.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(30, "10:02"), "<%s$%s@DESKTOP-PHARMA>" % (HX("h27", 10), HX("h27b", 6)), rem_id(inv),
                  extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"), ("X-Priority", "3"),
                         ("X-MSMail-Priority", "Normal"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")],
                  cs="iso-8859-1"),
              T(body.replace("€", "EUR"), cs="iso-8859-1", params='; format=flowed; reply-type=original'), crlf=True)
    add("human_reply", "pharmacie_fr_iso8859_pas_recu_facture", raw, "fr", "Pharmacie du Beffroi",
        "Windows Live Mail, ISO-8859-1 QP, asks the original invoice", facts="request_invoice=yes")

    # ---------------------------------------------------------------- H28 Lumen Dx EN hold pending deliverables
    inv = "F-2026-0422"
    rem = reminder_en("Pieter", inv, "22/10/2026", "€9,000.00", "search fee - Regional Sales Manager France", "21/11/2026")
    body = """Hi Justine,

Before we release payment we need the final shortlist report and the reference checks for the two finalists, which were part of the agreed scope (section 3 of your proposal). We haven't received either.

We're not refusing to pay, but we will hold the invoice until the deliverables are in.

Thanks,
Pieter

Pieter de Vries | COO | Lumen Dx B.V.
Science Park 402, 1098 XH Amsterdam

""" + q_gmail_en(1, "08:11", rem)
    raw = MSG(hdr(A("Pieter de Vries", "pieter.devries@lumendx.nl"), OWNER, "Re: " + subj_en(inv), rfc(3, "09:44"),
                  "<CAE%s@mail.gmail.com>" % hx("h28", 30), rem_id(inv)), gmail_alt("h28", body))
    add("human_reply", "lumendx_en_retient_paiement_livrables", raw, "en", "Lumen Dx",
        "withholds payment until deliverables; 'We're not refusing to pay, but'", facts="dispute=yes",
        notes="contests completeness of the work; negated refusal but still a dispute of the work (unsure)")

    # ---------------------------------------------------------------- H29 Bellweather EN paid 20 Nov, remittance PDF
    inv = "F-2026-0391"
    rem = reminder_en("Hannah", inv, "18/09/2026", "€3,600.00", "retainer - Country Manager France search", "18/10/2026", k=2)
    txt = """Hi Justine,

This was paid on 20 November - please see the remittance attached. It may have been delayed as it went out as an international payment from our GBP account.

Best regards,
Hannah Cole
Finance Assistant
Bellweather Analytics Ltd | 3 Temple Quay, Bristol BS1 6DZ
"""
    p = pdf(["Bellweather Analytics Ltd", "REMITTANCE ADVICE", "", "Supplier: Carrel Recrutement",
             "Payment date: 20 Nov 2026", "Payment method: International transfer (EUR)",
             "Invoice F-2026-0391 .......... EUR 3,600.00", "Total paid: EUR 3,600.00"], "Remittance advice")
    body_alt = outlook_alt("h29", txt + "\n" + q_outlook_en(1, "08:09", "Hannah Cole <hannah.cole@bellweather-analytics.co.uk>", subj_en(inv, 2), rem),
                           mso(txt) + outlook_quote_html_en(1, "08:09", "Hannah Cole <hannah.cole@bellweather-analytics.co.uk>", subj_en(inv, 2), rem))
    raw = MSG(hdr(A("Hannah Cole", "hannah.cole@bellweather-analytics.co.uk"), OWNER, "RE: " + subj_en(inv, 2),
                  rfc(1, "13:10", "+0000"), "<LO2P265MB%s@LO2P265MB5080.GBRP265.PROD.OUTLOOK.COM>" % HX("h29", 12),
                  rem_id(inv, 2), extra=outlook_extra("h29", subj_en(inv, 2), "en-GB", attach=True)),
              M("mixed", [body_alt, ATT(p, "application/pdf", "Remittance_F-2026-0391.pdf")], outlook_bnd("h29m")), crlf=True)
    add("human_reply", "bellweather_en_paid_20_nov_remittance", raw, "en", "Bellweather Analytics",
        "says paid on 20 November, remittance PDF attached", facts="already_paid=2026-11-20")

    # ---------------------------------------------------------------- H30 Sofradis PO number, 'je ne conteste pas'
    inv = "F-2026-0427"
    rem = reminder_fr("Madame Masset", inv, "26/10/2026", "8 880,00 €", "honoraires - recrutement Responsable entrepôt", "25/11/2026")
    txt = """Madame,

Je ne conteste pas le montant de votre facture, mais elle doit impérativement mentionner notre numéro de commande (PO 4500218734) pour être intégrée dans notre circuit de validation. Sans ce numéro, notre service comptable la rejette automatiquement.

Merci de nous adresser une facture rééditée avec ce numéro à factures@sofradis-nord.fr.

Cordialement,

Karine Masset
Service Achats - SOFRADIS NORD
"""
    raw = MSG(hdr(A("MASSET Karine", "k.masset@sofradis-nord.fr"), OWNER, "RE: " + subj_fr(inv), rfc(2, "14:26"),
                  "<%s@sofradis-nord.fr>" % hx("h30", 34), rem_id(inv), extra=outlook_extra("h30", subj_fr(inv))),
              outlook_alt("h30", txt + "\n" + q_outlook_fr(1, "08:07", "MASSET Karine <k.masset@sofradis-nord.fr>", subj_fr(inv), rem),
                          mso(txt) + outlook_quote_html_fr(1, "08:07", "MASSET Karine", subj_fr(inv), rem)), crlf=True)
    add("human_reply", "sofradis_fr_ne_conteste_pas_numero_commande", raw, "fr", "Sofradis Nord",
        "'je ne conteste pas' + asks a re-issued invoice with PO number", facts="request_invoice=yes",
        notes="not a dispute (negated); re-issue request counted as request_invoice (unsure)")

    # ---------------------------------------------------------------- H31 Traiteur asks to pay by cheque
    inv = "F-2026-0434"
    rem = reminder_fr("Monsieur Lenglet", inv, "29/10/2026", "2 880,00 €", "honoraires - recrutement Chef de cuisine", "28/11/2026")
    body = """Bonjour,

Est-il possible de vous régler par chèque ? Nous venons de changer de banque et les virements ne sont pas encore activés sur le nouveau compte.

Cordialement,
Patrick Lenglet
Maison Lefebvre Traiteur

""" + q_gmail_fr(30, "08:11", rem)
    raw = MSG(hdr(A("Maison Lefebvre Traiteur", "contact@lefebvre-traiteur.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(30, "18:12"), "<%s@lefebvre-traiteur.fr>" % hx("h31", 24), rem_id(inv)), gmail_alt("h31", body))
    add("human_reply", "lefebvre_traiteur_fr_paiement_cheque", raw, "fr", "Maison Lefebvre Traiteur",
        "question: can we pay by cheque?")

    # ---------------------------------------------------------------- H32 Caudron 'parti ce matin'
    inv = "F-2026-0416"
    rem = reminder_fr("Luc", inv, "16/10/2026", "3 240,00 €", "honoraires - recrutement Soudeur chef d'équipe", "15/11/2026")
    body = "Bonjour Justine, le virement est parti ce matin. Bonne journée, Luc\n\n" + q_gmail_fr(2, "08:05", rem)
    raw = MSG(hdr(A("Luc Caudron", "luc@ferronnerie-caudron.fr"), OWNER, "Re: " + subj_fr(inv), rfc(3, "10:20"),
                  "<CAN%s@mail.gmail.com>" % hx("h32", 30), rem_id(inv)), gmail_alt("h32", body))
    add("human_reply", "caudron_fr_virement_parti_ce_matin", raw, "fr", "Ferronnerie Caudron",
        "'le virement est parti ce matin' in one line", facts="already_paid=2026-12-03")

    # ---------------------------------------------------------------- H33 No longer in charge, colleague in Cc
    inv = "F-2026-0413"
    rem = reminder_fr("Madame Morel", inv, "15/10/2026", "4 800,00 €", "honoraires - recrutement Directeur d'hôtel adjoint", "14/11/2026")
    txt = """Bonjour,

Je ne suis plus en charge de la comptabilité fournisseurs depuis le 1er novembre. Je transmets votre message à ma collègue Anne Deschamps (en copie), qui reprend ce dossier.

Cordialement,

Lucie Morel
Groupe Hôtelier des Flandres
"""
    raw = MSG(hdr(A("Lucie Morel", "l.morel@ghflandres.fr"), OWNER, "RE: " + subj_fr(inv), rfc(30, "09:18"),
                  "<%s@ghflandres.fr>" % hx("h33", 30), rem_id(inv), cc=A("Anne Deschamps", "a.deschamps@ghflandres.fr"),
                  extra=outlook_extra("h33", subj_fr(inv))),
              outlook_alt("h33", txt + "\n" + q_outlook_fr(30, "08:03", "Lucie Morel <l.morel@ghflandres.fr>", subj_fr(inv), rem),
                          mso(txt) + outlook_quote_html_fr(30, "08:03", "Lucie Morel", subj_fr(inv), rem)), crlf=True)
    add("human_reply", "ghflandres_fr_plus_en_charge_collegue_cc", raw, "fr", "Groupe Hôtelier des Flandres",
        "person says she is no longer in charge, hands over to colleague in Cc (written by hand, not an autoreply)")

    # ---------------------------------------------------------------- H34 Bultez asks invoice + RIB
    inv = "F-2026-0423"
    rem = reminder_fr("Madame Bultez", inv, "22/10/2026", "5 040,00 €", "honoraires - recrutement Conducteur de travaux", "21/11/2026")
    body = """Bonjour,

Nous changeons de logiciel comptable et votre fiche fournisseur n'a pas été reprise correctement.
Pourriez-vous nous renvoyer la facture F-2026-0423 ainsi que votre RIB ?

Merci d'avance,

Sandrine Bultez
Comptabilité - Bultez Bâtiment SARL
"""
    raw = MSG(hdr(A("Sandrine Bultez", "compta@bultez-batiment.fr"), OWNER, "Re: " + subj_fr(inv), rfc(1, "16:09"),
                  "<%s@bultez-batiment.fr>" % hx("h34", 26), rem_id(inv), extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
              T(body + "\nLe 2026-12-01 08:05, Justine Carrel a écrit :\n" + quote(rem), params="; format=flowed"))
    add("human_reply", "bultez_fr_facture_et_rib", raw, "fr", "Bultez Bâtiment",
        "asks both the invoice and the RIB", facts="request_invoice=yes;request_rib=yes")

    # ---------------------------------------------------------------- H35 Quayside EN asks bank details on letterhead
    inv = "F-2026-0436"
    rem = reminder_en("Ciara", inv, "30/10/2026", "€6,000.00", "retainer - General Manager Lille search", "29/11/2026")
    body = """Hi Justine,

Could you send your full bank details (IBAN and SWIFT/BIC) on company letterhead, signed? Our bank requires a signed bank-details letter for every new international payee before we can set you up.

Thanks,
Ciara Walsh
Accounts Payable | Quayside Hotels Group
Sir John Rogerson's Quay, Dublin 2

""" + q_gmail_en(30, "08:12", rem)
    raw = MSG(hdr(A("Ciara Walsh", "ciara.walsh@quaysidehotels.ie"), OWNER, "Re: " + subj_en(inv), rfc(2, "15:37", "+0000"),
                  "<CAD%s@mail.gmail.com>" % hx("h35", 30), rem_id(inv)), gmail_alt("h35", body))
    add("human_reply", "quayside_en_iban_swift_letterhead", raw, "en", "Quayside Hotels Group",
        "asks IBAN/SWIFT on signed letterhead", facts="request_rib=yes")

    # ---------------------------------------------------------------- H36 'en circuit de validation' + inline logo (multipart/related)
    inv = "F-2026-0437"
    rem = reminder_fr("Madame Top", inv, "30/10/2026", "3 960,00 €", "acompte - recrutement Responsable administratif et financier", "29/11/2026")
    txt = """Bonjour Madame Carrel,

Nous accusons bonne réception de votre relance. Votre facture est actuellement dans le circuit de validation de notre direction générale ; je reviens vers vous dès que j'ai un retour.

Cordialement,

Mélanie Top
Service comptabilité fournisseurs
[cid:image001.png@01DB4C2A.5E3F1A20]
KINEO MEDICAL - 21 rue du Molinel - 59000 Lille
"""
    html_body = mso(txt.split("[cid")[0]) + '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB4C2A.5E3F1A20" alt="Kineo Medical"></p><p class="MsoNormal">KINEO MEDICAL - 21 rue du Molinel - 59000 Lille</p>' + outlook_quote_html_fr(2, "08:02", "Mélanie Top", subj_fr(inv), rem)
    related = M("related", [T(outlook_html(html_body), "html"),
                            ATT(png(0, 120, 140), "image/png", "image001.png", disp="inline",
                                extra=[("Content-ID", "<image001.png@01DB4C2A.5E3F1A20>")])],
                outlook_bnd("h36r"), params='; type="multipart/alternative"')
    alt = M("alternative", [T(txt + "\n" + q_outlook_fr(2, "08:02", "Mélanie Top <m.top@kineo-medical.fr>", subj_fr(inv), rem)),
                            related], outlook_bnd("h36a"))
    # Outlook nests: related( alternative(text, html), image ) -- use that order
    related2 = M("related", [M("alternative", [alt.parts[0], T(outlook_html(html_body), "html")], outlook_bnd("h36a")),
                             related.parts[1]], outlook_bnd("h36r"), params='; type="multipart/alternative"')
    raw = MSG(hdr(A("TOP Mélanie", "m.top@kineo-medical.fr"), OWNER, "RE: " + subj_fr(inv), rfc(2, "16:51"),
                  "<DU2P194MB%s@DU2P194MB1150.EURP194.PROD.OUTLOOK.COM>" % HX("h36", 12), rem_id(inv),
                  extra=outlook_extra("h36", subj_fr(inv))), related2, crlf=True)
    add("human_reply", "kineo_fr_circuit_validation_logo", raw, "fr", "Kineo Medical",
        "Outlook multipart/related with inline logo, 'en circuit de validation', no date")

    # ---------------------------------------------------------------- H37 'pas encore pu faire le virement', lundi
    inv = "F-2026-0438"
    rem = reminder_fr("Cédric", inv, "02/11/2026", "3 000,00 €", "acompte - recrutement Consultant senior", "02/12/2026")
    body = """Bonjour Justine,

Je n'ai pas encore pu faire le virement : ma banque bloque les nouveaux bénéficiaires pendant 72 h après leur ajout. Ce sera fait lundi.
Désolé pour le contretemps !

Cédric Lenoir
Fondateur - Oxalis Conseil
"""
    raw = MSG(hdr(A("Cédric Lenoir", "cedric@oxalis-conseil.fr"), OWNER, "Re: " + subj_fr(inv), rfc(3, "16:45"),
                  "<%s@oxalis-conseil.fr>" % ("-".join([HX("h37a", 8), HX("h37b", 4), HX("h37c", 4), HX("h37d", 12)])), rem_id(inv),
                  extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
              T(body + "\n" + q_apple_fr(3, "08:03", rem), cte="quoted-printable"))
    add("human_reply", "oxalis_fr_pas_encore_pu_lundi", raw, "fr", "Oxalis Conseil",
        "negation 'je n'ai pas encore pu faire le virement' + 'ce sera fait lundi'", facts="promise_date=2026-12-07",
        notes="Thu 3 Dec -> lundi = 7 Dec; not already_paid")

    # ---------------------------------------------------------------- H38 Cabinet dentaire chèque envoyé le 26 novembre
    inv = "F-2026-0410"
    rem = reminder_fr("Madame Leroux", inv, "12/10/2026", "3 600,00 €", "honoraires - recrutement Assistante dentaire", "11/11/2026")
    body = """Bonjour,

Nous vous avons adressé un chèque de 3 600,00 € le 26 novembre, par courrier, à l'adresse de votre siège. Vous devriez l'avoir reçu.

Cordialement,
Mme Leroux
Cabinet dentaire des Remparts

""" + q_gmail_fr(30, "08:01", rem)
    raw = MSG(hdr(A("Cabinet dentaire des Remparts", "secretariat@dentaire-remparts.fr"), OWNER, "Re: " + subj_fr(inv),
                  rfc(1, "12:02"), "<%s@dentaire-remparts.fr>" % hx("h38", 24), rem_id(inv),
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]),
              T(body, cte="8bit"))
    add("human_reply", "dentaire_fr_cheque_envoye_26_nov", raw, "fr", "Cabinet dentaire des Remparts",
        "paid by cheque sent on 26 Nov", facts="already_paid=2026-11-26", notes="cheque in the post, not a bank transfer")

    # ---------------------------------------------------------------- H39 broken MIME: us-ascii declared, 8-bit UTF-8 body
    inv = "F-2026-0408"
    body = """Bonjour,

Vous nous avez facturé 20 % du salaire annuel brut alors que notre contrat prévoyait 18 %. Nous ne réglerons la facture qu'après réception d'un avoir pour la différence (1 170 € HT).

Cordialement,
Yann Morvan
Directeur général - Alpha Métal Concept
"""
    raw = MSG(hdr(A("Yann Morvan", "y.morvan@alphametal-concept.fr"), OWNER, "Re: " + subj_fr(inv), rfc(2, "18:03"),
                  "<%s@alphametal-concept.fr>" % hx("h39", 20), rem_id(inv)),
              T(body, cte="7bit", ctype_override="text/plain; charset=us-ascii"))
    add("human_reply", "alphametal_fr_mime_casse_taux_honoraires", raw, "fr", "Alpha Métal Concept",
        "broken MIME: declares us-ascii/7bit but body is 8-bit UTF-8; fee-rate dispute", facts="dispute=yes")

    # ---------------------------------------------------------------- H40 'Paid yesterday.' Galaxy
    inv = "F-2026-0411"
    body = """Paid yesterday.

Sent from my Galaxy


-------- Original message --------
From: Justine Carrel <justine@carrel-recrutement.fr>
Date: 30/11/2026 08:13 (GMT+00:00)
To: Rob Kinsella <rob@tidewell-marine.co.uk>
Subject: Reminder: invoice F-2026-0411 is overdue

""" + reminder_en("Rob", inv, "13/10/2026", "€4,200.00", "search fee - Technical Sales Engineer", "12/11/2026")
    raw = MSG(hdr(A("Rob Kinsella", "rob@tidewell-marine.co.uk"), OWNER, "RE: " + subj_en(inv), rfc(2, "07:41", "+0000"),
                  "<%s@email.android.com>" % hx("h40", 24), rem_id(inv)),
              M("alternative", [T(body), T("<html><head></head><body><div dir=\"auto\">Paid yesterday.</div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\">Sent from my Galaxy</div><div><br></div>" + html_paras(body.split("-------- Original message --------")[1]) + "</body></html>", "html")],
                "--_com.samsung.android.email_%d" % 1764661260173))
    add("human_reply", "tidewell_en_paid_yesterday_galaxy", raw, "en", "Tidewell Marine",
        "'Paid yesterday.' + Samsung 'Sent from my Galaxy'", facts="already_paid=2026-12-01")

    # ---------------------------------------------------------------- H41 mailing list post (person)
    body = """Bonjour à toutes et à tous,

Je cherche un expert-comptable pour mon EURL (cabinet de recrutement, pas de salarié, CA autour de 150 k€), idéalement sur la métropole lilloise et à l'aise avec les outils en ligne (Pennylane ou Tiime).
Des recommandations ? Les honoraires que l'on m'a annoncés vont de 1 800 à 3 500 € HT par an, ça me paraît très variable.

Merci d'avance et bonne fin de semaine,

Mathilde Coppens
Coppens RH - conseil en recrutement
"""
    raw = MSG(hdr(A("Mathilde Coppens", "mathilde@coppens-rh.fr"), "indep-rh-hdf@listes.indep-rh-hdf.org",
                  "[IndepRH-HdF] Recommandation expert-comptable pour EURL ?", rfc(3, "13:06"),
                  "<%s@coppens-rh.fr>" % hx("h41", 22),
                  extra=[("Sender", "indep-rh-hdf-bounces@listes.indep-rh-hdf.org"),
                         ("Reply-To", "indep-rh-hdf@listes.indep-rh-hdf.org"),
                         ("List-Id", "=?utf-8?q?Ind=C3=A9pendants_RH_Hauts-de-France?= <indep-rh-hdf.listes.indep-rh-hdf.org>"),
                         ("List-Unsubscribe", "<https://listes.indep-rh-hdf.org/sympa/signoff/indep-rh-hdf>"),
                         ("List-Post", "<mailto:indep-rh-hdf@listes.indep-rh-hdf.org>"),
                         ("List-Archive", "<https://listes.indep-rh-hdf.org/sympa/arc/indep-rh-hdf>"),
                         ("Precedence", "list"), ("X-Loop", "indep-rh-hdf@listes.indep-rh-hdf.org"),
                         ("X-Sympa-To", "indep-rh-hdf@listes.indep-rh-hdf.org")]),
              T(body + "\n_______________________________________________\nListe indep-rh-hdf - désinscription : https://listes.indep-rh-hdf.org/sympa/signoff/indep-rh-hdf\n"))
    add("human_reply", "liste_indeprh_fr_question_expert_comptable", raw, "fr", "liste IndepRH-HdF (Sympa)",
        "mailing-list post written by a person (List-Id, Precedence: list), talks fees/honoraires but no invoice of the owner")

    # ---------------------------------------------------------------- H42 candidate sends CV
    body = """Bonjour Madame Carrel,

Suite à notre échange téléphonique de mardi, vous trouverez ci-joint mon CV mis à jour, avec le détail de mes missions chez mon employeur actuel (pilotage de la supply chain, 3 sites, 45 personnes).

Je suis disponible pour un entretien la semaine prochaine, de préférence le mardi ou le jeudi après-midi. Mon préavis est de trois mois, négociable.

Bien cordialement,

Romain Delattre
06 12 34 56 78
"""
    cv = pdf(["Romain DELATTRE", "Responsable Supply Chain - 14 ans d'expérience", "",
              "2019 - aujourd'hui : Responsable supply chain, industrie agroalimentaire (3 sites)",
              "2013 - 2019 : Responsable logistique, distribution B2B",
              "Formation : Master Management de la chaîne logistique, IAE Lille"], "CV Romain Delattre")
    raw = MSG(hdr(A("Romain Delattre", "romain.delattre@example.net"), OWNER, "Candidature Responsable Supply Chain - CV mis à jour",
                  rfc(4, "08:15"), "<%s@example.net>" % hx("h42", 26)),
              M("mixed", [gmail_alt("h42", body), ATT(cv, "application/pdf", "CV_Romain_Delattre_2026.pdf")], "000000000000" + hx("h42m", 16)))
    add("human_reply", "candidat_fr_envoi_cv", raw, "fr", "candidate (private person)",
        "candidate sends CV as PDF, fresh message, talks 'préavis' not payment")

    # ---------------------------------------------------------------- H43 fresh mail: 30 jours fin de mois
    body = """Bonjour Madame Carrel,

Je viens de réceptionner votre facture F-2026-0440 (honoraires recrutement contrôleur de gestion).
Conformément à nos conditions générales d'achat, elle sera réglée à 30 jours fin de mois, soit le 31 décembre.

Cordialement,

Damien Roussel
Responsable comptable - SOFILOR
"""
    raw = MSG(hdr(A("Damien Roussel", "d.roussel@sofilor.fr"), OWNER, "Facture F-2026-0440", rfc(30, "09:35"),
                  "<%s@sofilor.fr>" % hx("h43", 28), extra=outlook_extra("h43", "Facture F-2026-0440")),
              outlook_alt("h43", body, mso(body)), crlf=True)
    add("human_reply", "sofilor_fr_nouveau_message_30j_fdm", raw, "fr", "Sofilor",
        "fresh message (not a reply), payment terms resolved to an explicit date", facts="promise_date=2026-12-31")

    # ---------------------------------------------------------------- H44 notaire contests, internal candidate
    inv = "F-2026-0428"
    rem = reminder_fr("Maître Vasseur", inv, "26/10/2026", "8 160,00 €", "honoraires de succès - recrutement Clerc principal", "25/11/2026")
    txt = """Madame,

Nous contestons la facture F-2026-0428.

Le poste de clerc principal a finalement été pourvu par une candidature interne, sans lien avec les candidats que vous nous avez présentés. Votre proposition d'intervention du 3 juin prévoit des honoraires de succès uniquement en cas d'embauche d'un candidat présenté par vos soins.

Nous vous remercions en conséquence d'annuler cette facture et de nous adresser l'avoir correspondant.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Maître Hélène Vasseur
Notaire associée
SCP VASSEUR & ASSOCIÉS, notaires
3 rue Esquermoise - 59800 Lille
Tél. 03 20 12 98 40

Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles ou couvertes par le secret professionnel. Si vous n'en êtes pas le destinataire, merci d'en avertir immédiatement l'expéditeur et de le détruire. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification auprès de notre délégué à la protection des données : dpo@vasseur-notaires.fr.
"""
    raw = MSG(hdr(A("Hélène Vasseur", "h.vasseur@vasseur-notaires.fr"), OWNER, "RE: " + subj_fr(inv), rfc(4, "14:05"),
                  "<%s@vasseur-notaires.fr>" % hx("h44", 30), rem_id(inv), extra=outlook_extra("h44", subj_fr(inv))),
              outlook_alt("h44", txt + "\n" + q_outlook_fr(30, "08:14", "Hélène Vasseur <h.vasseur@vasseur-notaires.fr>", subj_fr(inv), rem),
                          mso(txt) + outlook_quote_html_fr(30, "08:14", "Hélène Vasseur", subj_fr(inv), rem)), crlf=True)
    add("human_reply", "vasseur_notaires_fr_conteste_candidat_interne", raw, "fr", "SCP Vasseur & Associés",
        "formal dispute (internal hire), asks cancellation + credit note, notarial disclaimer", facts="dispute=yes")

    # ---------------------------------------------------------------- H45 EN closed until 4 Jan, pay on the 5th
    inv = "F-2026-0435"
    rem = reminder_en("Tom", inv, "29/10/2026", "€5,400.00", "search fee - Studio Manager Lille", "28/11/2026")
    body = """Hi Justine,

Just a heads-up: our accounts team is off from 18 December until 4 January, so your invoice will go out with the first payment run of the new year, on the 5th. Sorry it's not sooner!

Cheers,
Tom

Tom Gallagher | Operations Director | Brightwater Studios Ltd
"""
    raw = MSG(hdr(A("Tom Gallagher", "tom@brightwaterstudios.co.uk"), OWNER, "Re: " + subj_en(inv), rfc(4, "12:30", "+0000"),
                  "<%s@brightwaterstudios.co.uk>" % hx("h45", 24), rem_id(inv), extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
              T(body + "\n> On 30 Nov 2026, at 08:15, Justine Carrel <justine@carrel-recrutement.fr> wrote:\n> \n" + quote(rem)))
    add("human_reply", "brightwater_en_fermeture_paiement_le_5", raw, "en", "Brightwater Studios",
        "two dates in text: team away until 4 Jan, payment on 'the 5th'", facts="promise_date=2027-01-05",
        notes="'the 5th' refers to January here, not 5 Dec")

    # ---------------------------------------------------------------- H46 proof of transfer from personal address
    txt = """Bonsoir Justine,

Je vous écris de mon adresse perso, je n'ai pas accès à la boîte de l'entreprise ce soir.
Le virement pour la facture F-2026-0403 a été fait ce matin (1er décembre), ci-joint la preuve de virement.

Bonne soirée,
Stéphane Bracq
Ets Bracq Menuiserie
"""
    p = pdf(["Crédit Agricole Nord de France", "Ordre de virement SEPA - justificatif", "",
             "Emetteur : ETS BRACQ MENUISERIE", "Bénéficiaire : CARREL RECRUTEMENT", "Montant : 2 400,00 EUR",
             "Date de l'ordre : 01/12/2026", "Libellé : FACT F-2026-0403"], "Justificatif de virement")
    raw = MSG(hdr(A("Stéphane Bracq", "stephane.bracq@example.net"), OWNER, "Facture F-2026-0403 - preuve de virement",
                  rfc(1, "21:05"), "<%s@example.net>" % hx("h46", 26), extra=[("X-Mailer", "Orange Messagerie - Mail v2.18.4")]),
              M("mixed", [T(txt), ATT(p, "application/pdf", "preuve_virement_F-2026-0403.pdf")], "=_" + hx("h46b", 32)))
    add("human_reply", "bracq_fr_adresse_perso_preuve_virement", raw, "fr", "Ets Bracq Menuiserie",
        "client writes from a personal address, transfer proof PDF attached", facts="already_paid=2026-12-01")

    # ---------------------------------------------------------------- H47 'je vous appelle demain'
    inv = "F-2026-0392"
    rem = reminder_fr("Monsieur Garnier", inv, "21/09/2026", "3 360,00 €", "honoraires - recrutement Chef d'équipe paysagiste", "21/10/2026", k=2)
    body = "Bonjour,\nJe vous appelle demain pour en parler.\nL. Garnier\n\nEnvoyé depuis mon appareil Galaxy\n\n" + q_gmail_fr(2, "08:10", rem)
    raw = MSG(hdr(A("Laurent Garnier", "l.garnier@garnier-paysages.fr"), OWNER, "Re: " + subj_fr(inv, 2), rfc(3, "07:12"),
                  "<%s@garnier-paysages.fr>" % hx("h47", 24), rem_id(inv, 2)), T(body))
    add("human_reply", "garnier_fr_je_vous_appelle_demain", raw, "fr", "Garnier Paysages",
        "'demain' is a phone call, not a payment; 'Envoyé depuis mon appareil Galaxy'",
        notes="no promise: 'demain' refers to a phone call")

    # ---------------------------------------------------------------- H48 comptable paie le 5 de chaque mois
    inv = "F-2026-0439"
    rem = reminder_fr("Madame Vasseur", inv, "02/11/2026", "1 440,00 €", "prestation - recrutement Opticien(ne)", "02/12/2026")
    body = """Bonjour,

Bien reçu, je transmets à notre cabinet comptable qui fait les paiements fournisseurs le 5 de chaque mois.

Cordialement,
Isabelle Vasseur
Optique Vasseur - Armentières
"""
    raw = MSG(hdr(A("Optique Vasseur", "optique.vasseur@optique-vasseur.fr"), OWNER, "Re: " + subj_fr(inv), rfc(2, "11:26"),
                  "<%s@optique-vasseur.fr>" % hx("h48", 24), rem_id(inv)),
              T(body + "\n" + q_gmail_fr(2, "08:12", rem)))
    add("human_reply", "optique_vasseur_fr_le_5_du_mois", raw, "fr", "Optique Vasseur",
        "payment rule 'le 5 de chaque mois' -> next 5th", facts="promise_date=2026-12-05",
        notes="5 Dec 2026 is a Saturday; the date the client gives")


# =====================================================================================
# payment_notification
# =====================================================================================
def page(title, inner, brand="#1d1d1b", font="Arial,Helvetica,sans-serif", preheader=""):
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % html_esc(preheader)) if preheader else ""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>%s</title></head>
<body style="margin:0;padding:0;background:#f4f4f6;font-family:%s">%s
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f6"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:%s;height:6px;border-radius:6px 6px 0 0"></td></tr>
<tr><td style="padding:28px 32px;color:#222;font-size:15px;line-height:22px">
%s
</td></tr></table>
</td></tr></table>
</body></html>""" % (html_esc(title), font, pre, brand, inner)


def rows(pairs, label_style="color:#6b6b76", value_style="color:#111;font-weight:bold;text-align:right"):
    r = "".join('<tr><td style="padding:8px 0;border-bottom:1px solid #eee;%s">%s</td><td style="padding:8px 0;border-bottom:1px solid #eee;%s">%s</td></tr>\n'
                % (label_style, html_esc(a), value_style, html_esc(b)) for a, b in pairs)
    return '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px">\n' + r + "</table>"


def txt_rows(pairs):
    return "\n".join("%s : %s" % (a, b) for a, b in pairs)


def esp_headers(seed, sender_domain, list_unsub=None, extra=()):
    h = [("X-Mailer", "")] if False else []
    if list_unsub:
        h += [("List-Unsubscribe", list_unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    h += [("X-Entity-Ref-ID", hx(seed + "ent", 32))]
    return h + list(extra)


def alt(seed, text, html, cs="utf-8", cte="quoted-printable"):
    return M("alternative", [T(text, cs=cs, cte=cte), T(html, "html", cs=cs, cte=cte)], "b1_" + hx(seed, 32))


def payments():
    P = "payment_notification"

    # ---------------------------------------------------------------- Qonto: transfer received
    pairs = [("Émetteur", "MENUISERIES DELOBEL SARL"), ("Montant", "+14 040,00 €"), ("Référence", "F-2026-0412 DELOBEL"),
             ("Date", "04/12/2026"), ("Compte", "Compte principal · Carrel Recrutement")]
    text = """Bonjour Justine,

Bonne nouvelle : un virement de 14 040,00 € vient d'arriver sur votre compte.

%s

Voir la transaction : https://app.qonto.com/transactions

L'équipe Qonto

Qonto est une marque d'Olinda SAS, établissement de paiement agréé par l'Autorité de Contrôle Prudentiel et de Résolution (ACPR) sous le n° 17418.
Ceci est un e-mail automatique, merci de ne pas y répondre.
Gérer mes notifications : https://app.qonto.com/settings/notifications
""" % txt_rows(pairs)
    html = page("Virement reçu", '<p style="font-size:13px;color:#6b6b76;margin:0 0 8px">Virement reçu</p><h1 style="font-size:26px;margin:0 0 16px">+14 040,00 €</h1><p>Bonjour Justine,</p><p>Bonne nouvelle : un virement de <b>14 040,00 €</b> vient d\'arriver sur votre compte.</p>'
                + rows(pairs) + '<p style="margin-top:24px"><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Voir la transaction</a></p><p style="font-size:11px;color:#999;margin-top:32px">Qonto est une marque d\'Olinda SAS, établissement de paiement agréé par l\'ACPR sous le n° 17418.<br>Ceci est un e-mail automatique, merci de ne pas y répondre.</p>')
    raw = MSG([("From", "Qonto <notifications@qonto.com>"), ("To", OWNER_MAIL), ("Subject", H("Vous avez reçu 14 040,00 €")),
               ("Date", rfc(4, "10:42:07", "+0000")), ("Message-ID", "<%s@notifications.qonto.com>" % hx("p1", 36))] + esp_headers("p1", "qonto.com"),
              alt("p1", text, html))
    add(P, "qonto_fr_virement_recu", raw, "fr", "Qonto", "neobank transfer-received notice, amount in subject + table", provider="Qonto",
        direction="in", amount="14040.00", currency="EUR", payer="MENUISERIES DELOBEL SARL", reference="F-2026-0412 DELOBEL",
        value_date="2026-12-04", cap="yes", notes="layout modelled on Qonto help-centre descriptions of transaction e-mails")

    # ---------------------------------------------------------------- Qonto: card payment
    text = """Paiement par carte

Un paiement de 42,90 € a été effectué avec la carte **** 8817 (Justine Carrel).

Marchand : SNCF CONNECT
Date : 01/12/2026 à 07:41
Montant : -42,90 €

Pensez à ajouter votre justificatif : https://app.qonto.com/transactions

Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Qonto <notifications@qonto.com>"), ("To", OWNER_MAIL),
               ("Subject", H("Paiement de 42,90 € chez SNCF CONNECT")), ("Date", rfc(1, "06:41:52", "+0000")),
               ("Message-ID", "<%s@notifications.qonto.com>" % hx("p2", 36))],
              alt("p2", text, page("Paiement par carte", html_paras(text), preheader="Ajoutez votre justificatif")))
    add(P, "qonto_fr_paiement_carte_sncf", raw, "fr", "Qonto", "card payment with receipt reminder", provider="Qonto",
        direction="out", amount="42.90", currency="EUR", reference="SNCF CONNECT", value_date="2026-12-01", cap="no")

    # ---------------------------------------------------------------- Qonto: outgoing transfer
    text = """Bonjour Justine,

Votre virement a bien été envoyé.

Bénéficiaire : SCI LES REMPARTS
Montant : -1 150,00 €
Référence : Loyer décembre 2026 - bureau 2B
Date d'exécution : 01/12/2026
Type : virement SEPA

Le bénéficiaire devrait recevoir les fonds sous 1 jour ouvré.

L'équipe Qonto
Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Qonto <notifications@qonto.com>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre virement de 1 150,00 € à SCI LES REMPARTS a été envoyé")), ("Date", rfc(1, "08:00:31", "+0000")),
               ("Message-ID", "<%s@notifications.qonto.com>" % hx("p3", 36))],
              alt("p3", text, page("Virement envoyé", html_paras(text))))
    add(P, "qonto_fr_virement_sortant_loyer", raw, "fr", "Qonto", "outgoing SEPA transfer (rent) confirmation", provider="Qonto",
        direction="out", amount="1150.00", currency="EUR", reference="Loyer décembre 2026 - bureau 2B", value_date="2026-12-01", cap="no")

    # ---------------------------------------------------------------- Shine: transfer received
    text = """Bonjour Justine,

Vous avez reçu un virement de 4 680,00 € de la part de SAS LINEA PACK.

Libellé : FACTURE F-2026-0393
Date : 30/11/2026

Pensez à rapprocher ce paiement de votre facture dans l'onglet Factures de votre appli Shine.

À très vite,
L'équipe Shine

Shine SAS - établissement de paiement agréé par l'ACPR (code 16598).
Vous recevez cet e-mail car vous avez activé les notifications de virements entrants.
"""
    html = page("Virement reçu", '<p style="font-size:40px;margin:0">💰</p><h2 style="margin:8px 0">Vous avez reçu 4 680,00 €</h2><p>de la part de <b>SAS LINEA PACK</b></p>' + rows([("Libellé", "FACTURE F-2026-0393"), ("Date", "30/11/2026")]) + '<p>Pensez à rapprocher ce paiement de votre facture dans l\'onglet Factures.</p><p style="color:#888;font-size:11px">Shine SAS - établissement de paiement agréé par l\'ACPR.<br>Vous recevez cet e-mail car vous avez activé les notifications de virements entrants.</p>', brand="#0f6ef0")
    raw = MSG([("From", "Shine <notifications@shine.fr>"), ("To", OWNER), ("Subject", H("💰 Vous avez reçu un virement de 4 680,00 €")),
               ("Date", rfc(30, "15:27", "+0100")), ("Message-ID", "<%s@shine.fr>" % hx("p4", 30))],
              alt("p4", text, html))
    add(P, "shine_fr_virement_recu_emoji", raw, "fr", "Shine", "emoji in subject, 'de la part de'", provider="Shine",
        direction="in", amount="4680.00", currency="EUR", payer="SAS LINEA PACK", reference="FACTURE F-2026-0393",
        value_date="2026-11-30", cap="yes")

    # ---------------------------------------------------------------- Shine: direct debit URSSAF
    text = """Bonjour Justine,

Un prélèvement SEPA de 1 312,00 € a été débité de votre compte Shine.

Créancier : URSSAF NORD PAS-DE-CALAIS
Référence : COTISATIONS TNS ECHEANCE 12/2026
Date : 04/12/2026

Ajoutez un justificatif depuis l'onglet Transactions de votre appli.

L'équipe Shine
"""
    raw = MSG([("From", "Shine <notifications@shine.fr>"), ("To", OWNER), ("Subject", H("Prélèvement de 1 312,00 € - URSSAF NORD PAS-DE-CALAIS")),
               ("Date", rfc(4, "07:02", "+0100")), ("Message-ID", "<%s@shine.fr>" % hx("p5", 30))],
              alt("p5", text, page("Prélèvement", html_paras(text), brand="#0f6ef0")))
    add(P, "shine_fr_prelevement_urssaf", raw, "fr", "Shine", "SEPA direct debit taken (URSSAF)", provider="Shine",
        direction="out", amount="1312.00", currency="EUR", reference="COTISATIONS TNS ECHEANCE 12/2026", value_date="2026-12-04", cap="no")

    # ---------------------------------------------------------------- BNP: credit alert (plain, iso-8859-1)
    text = """BNP PARIBAS - Mes Alertes

Madame CARREL JUSTINE,

Nous vous informons qu'une opération créditrice supérieure au seuil de 1 000,00 EUR que vous avez défini a été enregistrée sur votre compte.

Compte : COMPTE PROFESSIONNEL  ****  0417 58
Date de l'opération : 03/12/2026
Montant : + 8 400,00 EUR
Libellé : VIR SEPA RECU /DE SAS GROUPE TESSIER /MOTIF FACTURE F2026-0385 /REF TESS-20261203-0045

Pour consulter vos comptes, connectez-vous à votre espace client sur mabanqueentreprise.bnpparibas.

Ceci est un message automatique, merci de ne pas y répondre.
Pour modifier ou supprimer vos alertes, rendez-vous dans la rubrique "Mes Alertes" de votre espace client.

BNP Paribas SA au capital de 2 261 621 342 EUR - Siège social : 16 bd des Italiens, 75009 Paris - 662 042 449 RCS Paris - ORIAS n° 07 022 735
"""
    raw = MSG([("From", "BNP Paribas <alertes@bnpparibas.com>"), ("To", "CARREL JUSTINE <%s>" % OWNER_MAIL),
               ("Subject", H("Mes Alertes : opération créditrice sur votre compte", "iso-8859-1")), ("Date", rfc(3, "06:15:02")),
               ("Message-ID", "<%s.JavaMail.alertes@bnpparibas.com>" % hx("p6", 20))],
              T(text, cs="iso-8859-1"))
    add(P, "bnp_fr_alerte_operation_creditrice", raw, "fr", "BNP Paribas", "plain-text ISO-8859-1 alert, payer inside 'VIR SEPA RECU /DE ... /MOTIF'",
        provider="BNP Paribas", direction="in", amount="8400.00", currency="EUR", payer="SAS GROUPE TESSIER",
        reference="FACTURE F2026-0385", value_date="2026-12-03", cap="yes")

    # ---------------------------------------------------------------- BNP: direct debit rejected
    text = """BNP PARIBAS - Information sur votre compte

Madame CARREL JUSTINE,

Le prélèvement SEPA ci-dessous n'a pas pu être honoré faute de provision suffisante sur votre compte ****0417 58 :

Créancier : HISCOX SA
Référence du mandat : HSX-FR-00772291
Montant : 89,90 EUR
Date d'échéance : 01/12/2026
Motif du rejet : provision insuffisante (AM04)

Des frais de rejet de 20,00 EUR pourront être prélevés conformément aux conditions tarifaires en vigueur. Nous vous invitons à régulariser votre situation auprès du créancier.

Ceci est un message automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "BNP Paribas <alertes@bnpparibas.com>"), ("To", OWNER_MAIL),
               ("Subject", H("Information : rejet d'un prélèvement", "iso-8859-1")), ("Date", rfc(2, "05:48:19")),
               ("Message-ID", "<%s.JavaMail.alertes@bnpparibas.com>" % hx("p7", 20))],
              T(text, cs="iso-8859-1"))
    add(P, "bnp_fr_prelevement_rejete", raw, "fr", "BNP Paribas", "owner's direct debit rejected for insufficient funds",
        provider="BNP Paribas", direction="failed", amount="89.90", currency="EUR", reference="HSX-FR-00772291",
        value_date="2026-12-01", cap="no")

    # ---------------------------------------------------------------- Crédit Agricole: credit alert (windows-1252 HTML)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,Arial;font-size:12px;color:#333">
<table width="620" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#006a4e;padding:10px;color:#fff;font-size:16px"><b>Crédit Agricole Nord de France</b> &mdash; Alerte compte</td></tr>
<tr><td style="padding:16px">
<p>Bonjour,</p>
<p>Dans le cadre de votre service d'alertes, nous vous informons de l'opération suivante :</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr><td>Compte</td><td>Compte courant professionnel n° ***** 52031</td></tr>
<tr><td>Date</td><td>02/12/2026</td></tr>
<tr><td>Type</td><td>Opération au crédit</td></tr>
<tr><td>Libellé</td><td>VIREMENT EN VOTRE FAVEUR SARL LES JARDINS D'ARTOIS F-2026-0396</td></tr>
<tr><td>Montant</td><td><b>6 240,00 &euro;</b></td></tr>
</table>
<p>Ce message vous est adressé automatiquement, merci de ne pas y répondre.<br>
Pour gérer vos alertes, connectez-vous à votre espace Crédit Agricole en Ligne.</p>
<p style="font-size:10px;color:#888">Caisse régionale de Crédit Agricole Mutuel Nord de France - société coopérative à capital variable - 440 676 559 RCS Lille Métropole - Société de courtage d'assurance immatriculée à l'ORIAS n° 07 019 406.</p>
</td></tr></table></body></html>"""
    raw = MSG([("From", "=?windows-1252?Q?Cr=E9dit_Agricole?= <alertes@ca-norddefrance.fr>"), ("To", OWNER_MAIL),
               ("Subject", "=?windows-1252?Q?Alerte_:_op=E9ration_au_cr=E9dit_de_votre_compte?="), ("Date", rfc(2, "19:30:44")),
               ("Message-ID", "<%s@ca-norddefrance.fr>" % HX("p8", 24))],
              T(html, "html", cs="windows-1252"))
    add(P, "credit_agricole_fr_alerte_credit_html", raw, "fr", "Crédit Agricole", "HTML-only windows-1252 alert, bordered table",
        provider="Crédit Agricole", direction="in", amount="6240.00", currency="EUR", payer="SARL LES JARDINS D'ARTOIS",
        reference="F-2026-0396", value_date="2026-12-02", cap="yes")

    # ---------------------------------------------------------------- Société Générale: virement reçu, HTML table
    pairs = [("Date de l'opération", "01/12/2026"), ("Émetteur", "LAITERIE SAINT-AMAND SAS"), ("Montant", "3 120,00 EUR"),
             ("Référence", "F2026-0421 LAITERIE"), ("Compte crédité", "Compte Pro n° XXXXX 24190")]
    text = "Société Générale - Professionnels\n\nMadame Carrel,\n\nVous avez reçu un virement.\n\n" + txt_rows(pairs) + "\n\nMessage automatique : merci de ne pas répondre à ce courriel.\nSociété Générale, SA au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris - Siège social : 29 bd Haussmann 75009 Paris\n"
    html = page("Virement reçu", '<p style="color:#e60028;font-weight:bold;margin:0">SOCIETE GENERALE</p><h2 style="font-weight:normal">Vous avez reçu un virement</h2><p>Madame Carrel,</p>' + rows(pairs) + '<p style="font-size:11px;color:#777">Message automatique : merci de ne pas répondre à ce courriel.</p>', brand="#e60028")
    raw = MSG([("From", H("Société Générale") + " <ne-pas-repondre@societegenerale.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Vous avez reçu un virement")), ("Date", rfc(1, "14:11")), ("Message-ID", "<%s@societegenerale.fr>" % hx("p9", 28))],
              alt("p9", text, html))
    add(P, "societe_generale_fr_virement_recu_tableau", raw, "fr", "Société Générale", "no amount in subject, table with 'Émetteur'",
        provider="Société Générale", direction="in", amount="3120.00", currency="EUR", payer="LAITERIE SAINT-AMAND SAS",
        reference="F2026-0421 LAITERIE", value_date="2026-12-01", cap="yes")

    # ---------------------------------------------------------------- Société Générale: outgoing transfer rejected
    text = """Société Générale - Professionnels

Madame Carrel,

Le virement ci-dessous a été rejeté par la banque du bénéficiaire et le montant a été recrédité sur votre compte.

Bénéficiaire : DURAND MAXIME
Montant : 480,00 EUR
Date d'émission : 27/11/2026
Motif : compte clôturé (AC04)

Nous vous invitons à vérifier les coordonnées bancaires du bénéficiaire avant de renouveler l'opération.

Message automatique : merci de ne pas répondre à ce courriel.
"""
    raw = MSG([("From", H("Société Générale") + " <ne-pas-repondre@societegenerale.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Rejet de votre virement")), ("Date", rfc(2, "09:02")), ("Message-ID", "<%s@societegenerale.fr>" % hx("p10", 28))],
              alt("p10", text, page("Rejet de votre virement", html_paras(text), brand="#e60028")))
    add(P, "societe_generale_fr_virement_emis_rejete", raw, "fr", "Société Générale",
        "outgoing transfer returned (account closed), amount re-credited", provider="Société Générale",
        direction="failed", amount="480.00", currency="EUR", value_date="2026-11-27", cap="no",
        notes="money comes back to the owner but it is her own rejected payment, not a client payment")

    # ---------------------------------------------------------------- LCL: amount in subject only
    text = """LCL - Alerte compte

Bonjour,

Un virement SEPA émis par SAS HOLDING DUCATEL a été porté au crédit de votre compte professionnel ****4721 le 01/12/2026.
Libellé : REGLEMENT FACTURE F-2026-0401

Retrouvez le détail de vos opérations dans l'application LCL Mes Comptes Pro.

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.
LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 EUR - 954 509 741 RCS Lyon
"""
    raw = MSG([("From", "LCL <alertes@info.lcl.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("LCL : votre compte a été crédité de 2 880,00 EUR")), ("Date", rfc(1, "18:47")),
               ("Message-ID", "<%s@info.lcl.fr>" % hx("p11", 30))], T(text))
    add(P, "lcl_fr_montant_dans_objet", raw, "fr", "LCL", "amount only in subject, payer only in body", provider="LCL",
        direction="in", amount="2880.00", currency="EUR", payer="SAS HOLDING DUCATEL", reference="REGLEMENT FACTURE F-2026-0401",
        value_date="2026-12-01", cap="yes")

    # ---------------------------------------------------------------- La Banque Postale: avis de crédit
    text = """La Banque Postale

Avis d'opération

Madame Justine CARREL
EURL CARREL RECRUTEMENT

Nous avons le plaisir de vous informer que votre compte n° ******0X020 a été crédité de l'opération suivante :

Nature : Virement reçu
Donneur d'ordre : SARL BOULANGERIE PRUVOST
Montant : 2 160,00 EUR
Date de valeur : 04/12/2026
Référence : F-2026-0420 PRUVOST

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
La Banque Postale - SA à Directoire et Conseil de Surveillance au capital de 6 585 350 218 EUR - 421 100 645 RCS Paris
"""
    raw = MSG([("From", "La Banque Postale <noreply@labanquepostale.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Avis d'opération - crédit sur votre compte")), ("Date", rfc(4, "11:56")),
               ("Message-ID", "<%s@labanquepostale.fr>" % hx("p12", 30))],
              alt("p12", text, page("Avis d'opération", html_paras(text), brand="#00263e")))
    add(P, "banque_postale_fr_avis_credit", raw, "fr", "La Banque Postale", "'Avis d'opération', 'Donneur d'ordre', 'Date de valeur'",
        provider="La Banque Postale", direction="in", amount="2160.00", currency="EUR", payer="SARL BOULANGERIE PRUVOST",
        reference="F-2026-0420 PRUVOST", value_date="2026-12-04", cap="yes")

    # ---------------------------------------------------------------- Crédit Mutuel
    text = """Crédit Mutuel - Alerte

Une opération est intervenue sur votre compte COMPTE COURANT PRO 00020417801 :

+ 7 020,00 EUR le 03/12/2026
VIR SARL ETS HUCHETTE VIR F-2026-0397

Votre solde après opération : 21 337,84 EUR

Ceci est un message automatique. Pour modifier vos alertes : Mon espace > Alertes.
"""
    raw = MSG([("From", H("Crédit Mutuel") + " <alertes@creditmutuel.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Alerte sur votre compte : opération de 7 020,00 EUR")), ("Date", rfc(3, "17:20")),
               ("Message-ID", "<%s@creditmutuel.fr>" % hx("p13", 30))], T(text, cs="iso-8859-15"))
    add(P, "credit_mutuel_fr_alerte_operation_solde", raw, "fr", "Crédit Mutuel", "terse '+ amount' line with balance after, ISO-8859-15",
        provider="Crédit Mutuel", direction="in", amount="7020.00", currency="EUR", payer="SARL ETS HUCHETTE",
        reference="VIR F-2026-0397", value_date="2026-12-03", cap="yes")

    # ---------------------------------------------------------------- CIC: daily balance
    text = """CIC - Solde de vos comptes au 02/12/2026

COMPTE COURANT PROFESSIONNEL  ...3318 02   :   18 452,37 EUR
LIVRET CIC ORANGE PRO          ...3318 05   :   12 004,10 EUR

Ce message est généré automatiquement, merci de ne pas y répondre.
Gérez vos alertes dans votre espace Filbanque.
"""
    raw = MSG([("From", "CIC <alertes@cic.fr>"), ("To", OWNER_MAIL), ("Subject", "CIC - Solde de vos comptes"), ("Date", rfc(2, "06:30")),
               ("Message-ID", "<%s@cic.fr>" % hx("p14", 30))], T(text, cs="iso-8859-15"))
    add(P, "cic_fr_solde_quotidien", raw, "fr", "CIC", "daily balance, two accounts, no movement", provider="CIC",
        direction="statement", currency="EUR", value_date="2026-12-02", cap="no", notes="balances 18452.37 / 12004.10, no single movement")

    # ---------------------------------------------------------------- BoursoBank: private person
    pairs = [("De", "M OU MME LEROY JULIEN"), ("Montant", "+960,00 €"), ("Libellé", "Bilan de carriere J Leroy"), ("Date", "30/11/2026")]
    text = "BoursoBank\n\nVous avez reçu un virement\n\n" + txt_rows(pairs) + "\n\nPour ne plus recevoir ces notifications, modifiez vos préférences dans votre Espace Client.\nBoursoBank, SA au capital de 53 283 720,20 € - RCS Nanterre 351 058 151\n"
    raw = MSG([("From", "BoursoBank <notification@boursobank.com>"), ("To", OWNER_MAIL), ("Subject", H("Vous avez reçu un virement de 960,00 €")),
               ("Date", rfc(30, "20:04")), ("Message-ID", "<%s@boursobank.com>" % hx("p15", 30))],
              alt("p15", text, page("Virement reçu", '<h2>Vous avez reçu un virement</h2>' + rows(pairs), brand="#d60b52")))
    add(P, "boursobank_fr_virement_particulier", raw, "fr", "BoursoBank", "payer is a private individual ('M OU MME')",
        provider="BoursoBank", direction="in", amount="960.00", currency="EUR", payer="M OU MME LEROY JULIEN",
        reference="Bilan de carriere J Leroy", value_date="2026-11-30", cap="yes")

    # ---------------------------------------------------------------- Hello bank!: 2 transfers
    text = """Hello bank!

Bonjour Justine,

2 virements reçus sur votre compte Hello Business :

1. SARL AMBULANCES DU PEVELE - 2 400,00 EUR - FACT F-2026-0404 - 01/12/2026
2. SAS HAUTS DE FRANCE COMPOSITES - 5 400,00 EUR - F-2026-0406 HDFC - 01/12/2026

Total crédité : 7 800,00 EUR

À bientôt dans votre appli Hello bank!
Ceci est un message automatique, merci de ne pas y répondre.
"""
    html = page("2 virements reçus", '<h2>2 virements reçus</h2><p>Bonjour Justine,</p>' +
                rows([("SARL AMBULANCES DU PEVELE (FACT F-2026-0404)", "+2 400,00 €"), ("SAS HAUTS DE FRANCE COMPOSITES (F-2026-0406 HDFC)", "+5 400,00 €"), ("Total crédité", "7 800,00 €")])
                + '<p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y répondre.</p>', brand="#00a1e0")
    raw = MSG([("From", "Hello bank! <notifications@hellobank.fr>"), ("To", OWNER_MAIL), ("Subject", "2 virements recus sur votre compte"),
               ("Date", rfc(1, "21:15")), ("Message-ID", "<%s@hellobank.fr>" % hx("p16", 30))], alt("p16", text, html))
    add(P, "hellobank_fr_deux_virements", raw, "fr", "Hello bank!", "plural: two transfers in one notice, total line",
        provider="Hello bank!", direction="in|in", amount="2400.00|5400.00", currency="EUR",
        payer="SARL AMBULANCES DU PEVELE|SAS HAUTS DE FRANCE COMPOSITES", reference="FACT F-2026-0404|F-2026-0406 HDFC",
        value_date="2026-12-01|2026-12-01", cap="yes", notes="total 7800.00 is not a separate transaction")

    # ---------------------------------------------------------------- Fortuneo: low balance
    text = """Fortuneo - Alerte solde

Bonjour,

Le solde de votre compte courant professionnel est passé sous le seuil de 1 000,00 EUR que vous avez défini.
Solde au 04/12/2026 : 812,45 EUR

Pensez à approvisionner votre compte pour éviter tout incident de paiement.

Cordialement,
Fortuneo
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Fortuneo <alertes@fortuneo.fr>"), ("To", OWNER_MAIL), ("Subject", "Alerte solde - Fortuneo"),
               ("Date", rfc(4, "07:45")), ("Message-ID", "<%s@fortuneo.fr>" % hx("p17", 30))], T(text))
    add(P, "fortuneo_fr_alerte_solde_bas", raw, "fr", "Fortuneo", "low-balance threshold alert", provider="Fortuneo",
        direction="statement", currency="EUR", value_date="2026-12-04", cap="no", notes="balance 812.45 EUR, no single movement")

    # ---------------------------------------------------------------- Caisse d'Épargne: credit
    text = """Caisse d'Epargne Hauts de France

Votre alerte : opération créditrice

Compte : CPTE COURANT PRO ***20517
Date : 02/12/2026
Montant : 11 520,00 EUR
Libellé : VIR SEPA SAS NORD SECURITE SERVICES VIREMENT FOURNISSEUR 00045872 F-2026-0380

Consultez vos comptes sur www.caisse-epargne.fr ou dans l'application Banxo.
Cet e-mail est généré automatiquement, merci de ne pas y répondre.
"""
    raw = MSG([("From", H("Caisse d'Epargne") + " <alertes@ce-hautsdefrance.caisse-epargne.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Alerte compte : crédit de 11 520,00 EUR")), ("Date", rfc(2, "12:48")),
               ("Message-ID", "<%s@caisse-epargne.fr>" % hx("p18", 30))], T(text))
    add(P, "caisse_epargne_fr_alerte_credit", raw, "fr", "Caisse d'Épargne", "payer name embedded in long label with supplier-payment number",
        provider="Caisse d'Épargne", direction="in", amount="11520.00", currency="EUR", payer="SAS NORD SECURITE SERVICES",
        reference="VIREMENT FOURNISSEUR 00045872 F-2026-0380", value_date="2026-12-02", cap="yes")

    # ---------------------------------------------------------------- Caisse d'Épargne: statement available
    text = """Bonjour,

Votre relevé de compte du mois de novembre 2026 est disponible dans votre espace de banque à distance, rubrique e-Documents.

Compte : CPTE COURANT PRO ***20517
Période : du 01/11/2026 au 30/11/2026

Cordialement,
Votre Caisse d'Epargne

Cet e-mail est généré automatiquement, merci de ne pas y répondre.
"""
    raw = MSG([("From", H("Caisse d'Epargne") + " <edocuments@caisse-epargne.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre relevé de compte est disponible")), ("Date", rfc(1, "04:12")),
               ("Message-ID", "<%s@caisse-epargne.fr>" % hx("p19", 30))],
              alt("p19", text, page("e-Documents", html_paras(text), brand="#c8102e")))
    add(P, "caisse_epargne_fr_releve_disponible", raw, "fr", "Caisse d'Épargne", "monthly statement available", provider="Caisse d'Épargne",
        direction="statement", currency="EUR", value_date="2026-11-30", cap="no")

    # ---------------------------------------------------------------- Banque Populaire: outgoing transfer executed
    text = """Banque Populaire du Nord - Cyberplus

Votre ordre de virement a été exécuté.

Bénéficiaire : CABINET DECLERCQ ASSOCIES
IBAN : FR76 1380 7000 **** **** **** 512
Montant : 2 340,00 EUR
Motif : Honoraires compta T4 2026
Date d'exécution : 30/11/2026

Ceci est un message automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Banque Populaire <cyberplus@banquepopulaire.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Confirmation d'exécution de votre virement")), ("Date", rfc(30, "10:20")),
               ("Message-ID", "<%s@banquepopulaire.fr>" % hx("p20", 30))], T(text, cs="iso-8859-1"))
    add(P, "banque_populaire_fr_virement_execute", raw, "fr", "Banque Populaire", "outgoing transfer executed (accountant's fees)",
        provider="Banque Populaire", direction="out", amount="2340.00", currency="EUR", reference="Honoraires compta T4 2026",
        value_date="2026-11-30", cap="no")

    # ---------------------------------------------------------------- N26: received (EN)
    text = """You received €1,480.00

MAISON FLORIN SAS sent you €1,480.00.
Reference: Invoice F-2026-0400
Date: 3 December 2026

Open the app to see the details.

N26 Bank SE, Voltairestraße 8, 10179 Berlin, Germany.
You're receiving this email because you enabled transaction notifications. Manage notifications in Settings.
"""
    raw = MSG([("From", "N26 <no-reply@n26.com>"), ("To", OWNER_MAIL), ("Subject", H("You received €1,480.00")),
               ("Date", rfc(3, "13:09", "+0000")), ("Message-ID", "<%s@n26.com>" % hx("p21", 30))],
              alt("p21", text, page("You received", html_paras(text), brand="#36a18b")))
    add(P, "n26_en_received", raw, "en", "N26", "English neobank notice, currency sign in subject", provider="N26",
        direction="in", amount="1480.00", currency="EUR", payer="MAISON FLORIN SAS", reference="Invoice F-2026-0400",
        value_date="2026-12-03", cap="yes")

    # ---------------------------------------------------------------- N26: card (EN)
    text = """Card payment

You paid €23.40 at UBER *TRIP with your Mastercard ending 4409.
2 December 2026, 23:18

Not you? Lock your card in the app immediately.

N26 Bank SE. This is an automated message, please do not reply.
"""
    raw = MSG([("From", "N26 <no-reply@n26.com>"), ("To", OWNER_MAIL), ("Subject", H("€23.40 at UBER *TRIP")),
               ("Date", rfc(2, "22:18", "+0000")), ("Message-ID", "<%s@n26.com>" % hx("p22", 30))], T(text))
    add(P, "n26_en_card_payment", raw, "en", "N26", "card payment, merchant in subject", provider="N26",
        direction="out", amount="23.40", currency="EUR", reference="UBER *TRIP", value_date="2026-12-02", cap="no")

    # ---------------------------------------------------------------- Revolut Business: received (EN)
    text = """Hi Justine,

You've received €3,600.00 from BELLWEATHER ANALYTICS LTD.

Reference: F-2026-0391
Account: EUR Main
Date: 2 Dec 2026

View in the app: https://business.revolut.com

Revolut Business
Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.
"""
    raw = MSG([("From", "Revolut Business <no-reply@revolut.com>"), ("To", OWNER_MAIL),
               ("Subject", H("You've received €3,600.00 from BELLWEATHER ANALYTICS LTD")), ("Date", rfc(2, "10:33", "+0000")),
               ("Message-ID", "<%s@revolut.com>" % hx("p23", 30))],
              alt("p23", text, page("Money received", html_paras(text), brand="#191c1f")))
    add(P, "revolut_business_en_received", raw, "en", "Revolut Business", "payer in subject, delayed international transfer",
        provider="Revolut Business", direction="in", amount="3600.00", currency="EUR", payer="BELLWEATHER ANALYTICS LTD",
        reference="F-2026-0391", value_date="2026-12-02", cap="yes")

    # ---------------------------------------------------------------- Revolut Business: transfer failed (EN)
    text = """Hi Justine,

Your transfer of €350.00 to Studio Graphique Lemoine has failed.

Reason: the recipient's bank rejected the payment (invalid account number).
The money has been returned to your EUR Main account.

Check the recipient's details and try again.

Revolut Business
"""
    raw = MSG([("From", "Revolut Business <no-reply@revolut.com>"), ("To", OWNER_MAIL),
               ("Subject", "Your transfer to Studio Graphique Lemoine failed"), ("Date", rfc(30, "16:02", "+0000")),
               ("Message-ID", "<%s@revolut.com>" % hx("p24", 30))], alt("p24", text, page("Transfer failed", html_paras(text), brand="#191c1f")))
    add(P, "revolut_business_en_transfer_failed", raw, "en", "Revolut Business", "outgoing transfer failed, money returned",
        provider="Revolut Business", direction="failed", amount="350.00", currency="EUR",
        value_date="2026-11-30", cap="no")

    # ---------------------------------------------------------------- Wise: received
    text = """You've received 2,950.00 EUR

Northgate Leisure Ltd sent you 2,950.00 EUR. It's now in your EUR balance.

Reference: INV F-2026-0394
Transfer #1189045522

Wise, 1st Floor, Worship Square, 65 Clifton Street, London EC2A 4JE
You're receiving this email because you have a Wise account. Wise Europe SA is authorised by the National Bank of Belgium.
"""
    raw = MSG([("From", "Wise <noreply@wise.com>"), ("To", OWNER_MAIL), ("Subject", "You've received 2,950.00 EUR from Northgate Leisure Ltd"),
               ("Date", rfc(1, "09:58", "+0000")), ("Message-ID", "<%s@wise.com>" % hx("p25", 30))],
              alt("p25", text, page("Money received", html_paras(text), brand="#9fe870")))
    add(P, "wise_en_received", raw, "en", "Wise", "EUR balance credited from UK company", provider="Wise",
        direction="in", amount="2950.00", currency="EUR", payer="Northgate Leisure Ltd", reference="INV F-2026-0394",
        value_date="2026-12-01", cap="yes")

    # ---------------------------------------------------------------- Wise: money on its way (not arrived)
    text = """Money is on its way to you

Orchard Lane Consulting Ltd is sending you 1,800.00 EUR.

We've received their money and it should arrive in your account by Monday, 7 December.
Reference: F-2026-0432

We'll email you again when it arrives.

Wise
"""
    raw = MSG([("From", "Wise <noreply@wise.com>"), ("To", OWNER_MAIL), ("Subject", "Orchard Lane Consulting Ltd is sending you 1,800.00 EUR"),
               ("Date", rfc(4, "15:21", "+0000")), ("Message-ID", "<%s@wise.com>" % hx("p26", 30))],
              alt("p26", text, page("On its way", html_paras(text), brand="#9fe870")))
    add(P, "wise_en_argent_en_route", raw, "en", "Wise", "incoming transfer announced, not yet credited", provider="Wise",
        direction="none", amount="1800.00", currency="EUR", reference="F-2026-0432",
        value_date="2026-12-07", cap="no", notes="sender Orchard Lane Consulting Ltd; money not arrived yet; value_date is the expected arrival")

    # ---------------------------------------------------------------- Stripe: payment succeeded (EN)
    text = """Carrel Recrutement

You received a payment of €1,200.00 from Ateliers Moreau SARL.

Amount: €1,200.00
Customer: compta@ateliers-moreau.fr
Invoice: F-2026-0442
Payment method: SEPA Direct Debit (•••• 3207)
Date: 3 Dec 2026

View payment in the Dashboard: https://dashboard.stripe.com/payments/py_3Q%s

You're receiving this email because you're an administrator of Carrel Recrutement on Stripe. Update your email preferences.
Stripe, 510 Townsend Street, San Francisco, CA 94103
""" % hx("p27", 18)
    raw = MSG([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER_MAIL), ("Subject", H("Payment of €1,200.00 from Ateliers Moreau SARL")),
               ("Date", rfc(3, "14:50", "+0000")), ("Message-ID", "<%s@stripe.com>" % hx("p27", 30))],
              alt("p27", text, page("Payment received", html_paras(text), brand="#635bff")))
    add(P, "stripe_en_paiement_recu_facture", raw, "en", "Stripe", "PSP payment captured for one invoice (SEPA DD)",
        provider="Stripe", direction="in", amount="1200.00", currency="EUR", payer="Ateliers Moreau SARL", reference="F-2026-0442",
        value_date="2026-12-03", cap="yes")

    # ---------------------------------------------------------------- Stripe: payout
    text = """Your payout of €4,312.60 is on the way

A payout of €4,312.60 is on its way to your bank account QONTO •••• 8942 and should arrive by 3 Dec 2026.

Payout ID: po_1Q%s
Transactions: 6 payments, 1 refund, fees -€68.40

You're receiving this email because you're an administrator of Carrel Recrutement on Stripe.
""" % hx("p28", 18)
    raw = MSG([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER_MAIL), ("Subject", H("Your payout of €4,312.60 is on the way")),
               ("Date", rfc(1, "03:11", "+0000")), ("Message-ID", "<%s@stripe.com>" % hx("p28", 30))],
              alt("p28", text, page("Payout", html_paras(text), brand="#635bff")))
    add(P, "stripe_en_virement_payout", raw, "en", "Stripe", "payout bundling several payments", provider="Stripe",
        direction="in", amount="4312.60", currency="EUR", reference="po_1Q" + hx("p28", 18), value_date="2026-12-03",
        cap="no_aggregate")

    # ---------------------------------------------------------------- Stripe: payout failed
    text = """Your payout of €1,870.40 failed

We weren't able to send your payout to the bank account ending in 0512. Your bank returned the funds with the reason: account closed.

Your funds are safe in your Stripe balance. Update your bank account details in the Dashboard to receive future payouts.

Stripe
"""
    raw = MSG([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER_MAIL), ("Subject", H("Action required: your payout of €1,870.40 failed")),
               ("Date", rfc(30, "02:40", "+0000")), ("Message-ID", "<%s@stripe.com>" % hx("p29", 30))],
              alt("p29", text, page("Payout failed", html_paras(text), brand="#635bff")))
    add(P, "stripe_en_payout_echoue", raw, "en", "Stripe", "payout failed (bank account closed)", provider="Stripe",
        direction="failed", amount="1870.40", currency="EUR", value_date="2026-11-30", cap="no")

    # ---------------------------------------------------------------- Stripe: dispute
    text = """A payment has been disputed

Camille Roussel disputed a €690.00 payment to Carrel Recrutement.
Reason: product not received
Respond by: 14 Dec 2026

The disputed amount and a €20.00 dispute fee have been withdrawn from your balance. Submit evidence in the Dashboard to challenge this dispute.

Stripe
"""
    raw = MSG([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER_MAIL), ("Subject", H("A €690.00 payment has been disputed")),
               ("Date", rfc(2, "17:05", "+0000")), ("Message-ID", "<%s@stripe.com>" % hx("p30", 30))],
              alt("p30", text, page("Dispute", html_paras(text), brand="#635bff")))
    add(P, "stripe_en_litige_chargeback", raw, "en", "Stripe", "card dispute opened, funds withdrawn", provider="Stripe",
        direction="chargeback", amount="690.00", currency="EUR", value_date="2026-12-02", cap="no", notes="customer Camille Roussel, reason product not received")

    # ---------------------------------------------------------------- PayPal: received
    text = """Vous avez reçu un paiement

Atelier Fauvel vous a envoyé 960,00 € EUR

Remarque d'Atelier Fauvel :
« Facture F-2026-0390 - atelier recrutement »

Détails de la transaction
ID de transaction : 8XK%s
Date de la transaction : 2 décembre 2026
Montant reçu : 960,00 € EUR
Frais : -34,04 € EUR
Montant net : 925,96 € EUR

Aide et contact | Sécurité | Appli
PayPal (Europe) S.à r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxembourg
Ne répondez pas à cet email. Pour nous contacter, cliquez sur Aide et contact.
""" % HX("p31", 14)
    raw = MSG([("From", "PayPal <service@paypal.fr>"), ("To", OWNER), ("Subject", H("Vous avez reçu un paiement")),
               ("Date", rfc(2, "11:47", "-0800")), ("Message-ID", "<%s@paypal.com>" % hx("p31", 30))],
              alt("p31", text, page("PayPal", html_paras(text), brand="#003087")))
    add(P, "paypal_fr_paiement_recu", raw, "fr", "PayPal", "gross/fee/net amounts, payer note with invoice number", provider="PayPal",
        direction="in", amount="960.00", currency="EUR", payer="Atelier Fauvel", reference="Facture F-2026-0390 - atelier recrutement",
        value_date="2026-12-02", cap="yes", notes="gross 960.00, net 925.96")

    # ---------------------------------------------------------------- PayPal: refund sent
    text = """Vous avez envoyé un remboursement

Vous avez remboursé 240,00 € EUR à Inès Benali.

ID de transaction : 3FR%s
Date : 1 décembre 2026
Motif : Annulation séance coaching CV du 28/11

Le remboursement apparaîtra sur le compte de l'acheteur sous quelques jours.

PayPal
Ne répondez pas à cet email.
""" % HX("p32", 14)
    raw = MSG([("From", "PayPal <service@paypal.fr>"), ("To", OWNER), ("Subject", H("Remboursement envoyé à Inès Benali")),
               ("Date", rfc(1, "13:30", "-0800")), ("Message-ID", "<%s@paypal.com>" % hx("p32", 30))],
              alt("p32", text, page("PayPal", html_paras(text), brand="#003087")))
    add(P, "paypal_fr_remboursement_envoye", raw, "fr", "PayPal", "refund issued by the owner", provider="PayPal",
        direction="refund", amount="240.00", currency="EUR", reference="Annulation séance coaching CV du 28/11", value_date="2026-12-01", cap="no")

    # ---------------------------------------------------------------- PayPal: payment on hold
    text = """Votre paiement est en attente

Marc-Antoine Petit vous a envoyé 1 150,00 € EUR, mais ce paiement est actuellement en attente.

Pourquoi ? Nous retenons parfois des paiements pour les comptes récemment actifs afin de protéger les acheteurs et les vendeurs. Les fonds seront disponibles dans un délai de 21 jours au maximum, ou plus tôt si l'acheteur confirme la réception.

ID de transaction : 5HT%s

PayPal
""" % HX("p33", 14)
    raw = MSG([("From", "PayPal <service@paypal.fr>"), ("To", OWNER), ("Subject", H("Paiement en attente : 1 150,00 € EUR de Marc-Antoine Petit")),
               ("Date", rfc(3, "08:12", "-0800")), ("Message-ID", "<%s@paypal.com>" % hx("p33", 30))],
              alt("p33", text, page("PayPal", html_paras(text), brand="#003087")))
    add(P, "paypal_fr_paiement_en_attente", raw, "fr", "PayPal", "payment on hold, funds not available", provider="PayPal",
        direction="none", amount="1150.00", currency="EUR", value_date="2026-12-03", cap="no",
        notes="sender Marc-Antoine Petit; held payment: not money in yet")

    # ---------------------------------------------------------------- SumUp: payment link paid
    text = """Paiement reçu

Camille Roussel a payé 180,00 € via votre lien de paiement.

Description : Séance coaching CV + LinkedIn
Date : 30/11/2026 19:42
Moyen de paiement : Visa •••• 5521
Code transaction : TE7%s

Le montant sera inclus dans votre prochain versement.

SumUp
Vous recevez cet e-mail car vous avez activé les notifications de paiement.
""" % HX("p34", 8)
    raw = MSG([("From", "SumUp <no-reply@sumup.com>"), ("To", OWNER_MAIL), ("Subject", H("Paiement de 180,00 € reçu")),
               ("Date", rfc(30, "19:43")), ("Message-ID", "<%s@sumup.com>" % hx("p34", 30))],
              alt("p34", text, page("Paiement reçu", html_paras(text), brand="#1a1a1a")))
    add(P, "sumup_fr_lien_paiement", raw, "fr", "SumUp", "payment link paid by card (captured by PSP)", provider="SumUp",
        direction="in", amount="180.00", currency="EUR", payer="Camille Roussel", reference="Séance coaching CV + LinkedIn",
        value_date="2026-11-30", cap="yes")

    # ---------------------------------------------------------------- SumUp: payout
    text = """Votre versement est en route

Nous avons versé 1 260,00 € sur votre compte bancaire se terminant par 8942.
Période : 23/11/2026 - 29/11/2026 (7 transactions)
Frais déduits : 21,92 €

Les fonds apparaissent généralement sous 1 à 3 jours ouvrés.

SumUp
"""
    raw = MSG([("From", "SumUp <no-reply@sumup.com>"), ("To", OWNER_MAIL), ("Subject", H("Votre versement de 1 260,00 € est en route")),
               ("Date", rfc(30, "06:05")), ("Message-ID", "<%s@sumup.com>" % hx("p35", 30))],
              alt("p35", text, page("Versement", html_paras(text), brand="#1a1a1a")))
    add(P, "sumup_fr_versement_hebdo", raw, "fr", "SumUp", "weekly payout of 7 transactions", provider="SumUp",
        direction="in", amount="1260.00", currency="EUR", value_date="2026-11-30", cap="no_aggregate")

    # ---------------------------------------------------------------- GoCardless: payout (FR)
    text = """Bonjour Justine,

Votre versement de 2 995,20 € est en route vers votre compte bancaire (•••• 8942).

Référence du versement : CARRELRECRU-9K2M4Q
Nombre de paiements : 4
Frais GoCardless : -24,80 €
Date d'arrivée prévue : 02/12/2026

Vous pouvez télécharger le rapport de rapprochement depuis votre tableau de bord.

GoCardless SAS, 7 rue de Madrid, 75008 Paris - établissement de paiement agréé par l'ACPR.
Les notifications de versement ne peuvent pas être désactivées.
"""
    raw = MSG([("From", "GoCardless <help@gocardless.com>"), ("To", OWNER_MAIL), ("Subject", H("Votre versement de 2 995,20 € est en route")),
               ("Date", rfc(1, "08:30", "+0000")), ("Message-ID", "<%s@gocardless.com>" % hx("p36", 30))],
              alt("p36", text, page("Versement", html_paras(text), brand="#1c1b18")))
    add(P, "gocardless_fr_versement", raw, "fr", "GoCardless", "payout of 4 direct-debit payments", provider="GoCardless",
        direction="in", amount="2995.20", currency="EUR", reference="CARRELRECRU-9K2M4Q", value_date="2026-12-02",
        cap="no_aggregate", notes="subject wording from GoCardless merchant-notification list (payout notifications)")

    # ---------------------------------------------------------------- GoCardless: payment failed (FR)
    text = """Bonjour Justine,

1 paiement a échoué.

Client : Cabinet Kiné du Vieux-Lille
Montant : 600,00 €
Référence : F-2026-0409B échéance 2/3
Motif : provision insuffisante

GoCardless va automatiquement représenter ce paiement si vous avez activé les nouvelles tentatives intelligentes. Vous pouvez aussi contacter votre client.

GoCardless
"""
    raw = MSG([("From", "GoCardless <help@gocardless.com>"), ("To", OWNER_MAIL), ("Subject", H("1 paiement a échoué")),
               ("Date", rfc(3, "09:14", "+0000")), ("Message-ID", "<%s@gocardless.com>" % hx("p37", 30))],
              alt("p37", text, page("Paiement échoué", html_paras(text), brand="#1c1b18")))
    add(P, "gocardless_fr_paiement_echoue", raw, "fr", "GoCardless", "'[X] payment(s) failed' merchant notice, client named",
        provider="GoCardless", direction="failed", amount="600.00", currency="EUR", reference="F-2026-0409B échéance 2/3",
        value_date="2026-12-03", cap="no", notes="client name given but money did not arrive")

    # ---------------------------------------------------------------- Mollie: chargeback
    text = """Bonjour,

Nous avons reçu une rétrofacturation pour le paiement suivant :

Paiement : tr_%s
Montant : 450,00 €
Client : Julien Mortier
Description : Atelier préparation entretien - 3 séances
Motif : transaction non reconnue

Le montant a été déduit de votre solde Mollie. Vous pouvez contacter votre client pour comprendre la situation.

Mollie B.V. - Keizersgracht 126, 1015 CW Amsterdam
""" % hx("p38", 10)
    raw = MSG([("From", "Mollie <noreply@mollie.com>"), ("To", OWNER_MAIL), ("Subject", H("Rétrofacturation reçue (450,00 €)")),
               ("Date", rfc(4, "13:37")), ("Message-ID", "<%s@mollie.com>" % hx("p38", 30))],
              alt("p38", text, page("Rétrofacturation", html_paras(text), brand="#0a0a0a")))
    add(P, "mollie_fr_retrofacturation", raw, "fr", "Mollie", "chargeback deducted from balance", provider="Mollie",
        direction="chargeback", amount="450.00", currency="EUR", reference="tr_" + hx("p38", 10), value_date="2026-12-04", cap="no")

    # ---------------------------------------------------------------- PayPlug: payment
    text = """Nouveau paiement

Un paiement de 2 160,00 € a été effectué avec succès.

Client : Alexandre Fournier
E-mail : a.fournier@fournier-peinture.fr
Description : Facture F-2026-0443
Carte : CB •••• 0187
Date : 03/12/2026 à 11:20

PayPlug - une solution du groupe BPCE
"""
    raw = MSG([("From", "PayPlug <notifications@payplug.com>"), ("To", OWNER_MAIL), ("Subject", H("Nouveau paiement de 2 160,00 €")),
               ("Date", rfc(3, "11:20")), ("Message-ID", "<%s@payplug.com>" % hx("p39", 30))],
              alt("p39", text, page("Nouveau paiement", html_paras(text), brand="#00c28c")))
    add(P, "payplug_fr_nouveau_paiement", raw, "fr", "PayPlug", "card payment for one invoice", provider="PayPlug",
        direction="in", amount="2160.00", currency="EUR", payer="Alexandre Fournier", reference="Facture F-2026-0443",
        value_date="2026-12-03", cap="yes")

    # ---------------------------------------------------------------- Sumeria (ex-Lydia)
    text = """Inès Benali vous a envoyé 150,00 €

« Atelier CV du 5/12 🙂 »

L'argent est disponible sur votre compte Sumeria.

Sumeria - anciennement Lydia
Vous recevez cet e-mail car les notifications de paiement sont activées sur votre compte.
"""
    raw = MSG([("From", "Sumeria <noreply@sumeria.eu>"), ("To", OWNER_MAIL), ("Subject", H("Inès Benali vous a envoyé 150,00 €")),
               ("Date", rfc(2, "20:41")), ("Message-ID", "<%s@sumeria.eu>" % hx("p40", 30))],
              alt("p40", text, page("Paiement reçu", html_paras(text), brand="#2b52ff")))
    add(P, "sumeria_fr_paiement_recu", raw, "fr", "Sumeria (Lydia)", "person-to-person payment with emoji note", provider="Sumeria",
        direction="in", amount="150.00", currency="EUR", payer="Inès Benali", reference="Atelier CV du 5/12 🙂",
        value_date="2026-12-02", cap="yes")

    # ---------------------------------------------------------------- Pennylane: synced transactions
    text = """Bonjour Justine,

2 nouvelles transactions ont été synchronisées depuis votre compte Qonto et sont à rapprocher :

+ 3 600,00 €  VIR SEPA SAS ARTOIS MOBILITE / F-2026-0399          03/12/2026
+ 1 440,00 €  VIR INST SARL PHARMA LYS / FACT 0402B                 03/12/2026

Rapprochez-les de vos factures clients en un clic : https://app.pennylane.com

L'équipe Pennylane
Vous recevez cet e-mail car vous êtes utilisateur de Pennylane. Gérer mes préférences.
"""
    raw = MSG([("From", "Pennylane <notifications@pennylane.com>"), ("To", OWNER_MAIL),
               ("Subject", "2 nouvelles transactions à rapprocher"), ("Date", rfc(4, "06:00")),
               ("Message-ID", "<%s@pennylane.com>" % hx("p41", 30))],
              alt("p41", text, page("Transactions", "<pre style=\"font-size:13px\">" + html_esc(text) + "</pre>", brand="#14213d")))
    add(P, "pennylane_fr_flux_bancaire_2_transactions", raw, "fr", "Pennylane", "accounting bank feed listing two credits",
        provider="Pennylane", direction="in|in", amount="3600.00|1440.00", currency="EUR",
        payer="SAS ARTOIS MOBILITE|SARL PHARMA LYS", reference="F-2026-0399|FACT 0402B",
        value_date="2026-12-03|2026-12-03", cap="yes", notes="bank feed relayed by accounting software")

    # ---------------------------------------------------------------- Client remittance advice (FR ERP)
    text = """AVIS DE PAIEMENT N° AP-2026-11872

Fournisseur : CARREL RECRUTEMENT (code 400873)

Madame, Monsieur,

Nous vous informons que les pièces ci-dessous seront réglées par virement lors de notre campagne de paiement du 04/12/2026.

Référence facture | Date facture | Montant TTC
F-2026-0379       | 02/09/2026   | 4 560,00 EUR

Total réglé : 4 560,00 EUR
Date de valeur prévue : 07/12/2026

Ce message est généré automatiquement par notre système comptable. Pour toute question : comptabilite.fournisseurs@caron-distribution.fr
GROUPE CARON DISTRIBUTION SAS
"""
    raw = MSG([("From", "Groupe Caron - Comptabilité fournisseurs <sap-noreply@caron-distribution.fr>"), ("To", OWNER_MAIL),
               ("Subject", "Avis de paiement AP-2026-11872 - CARREL RECRUTEMENT"), ("Date", rfc(4, "05:31")),
               ("Message-ID", "<%s@sap.caron-distribution.fr>" % HX("p42", 20)), ("Auto-Submitted", "auto-generated")],
              M("mixed", [T(text, cs="iso-8859-1"), ATT(pdf(text.replace("€", "EUR").split("\n"), "Avis de paiement"), "application/pdf", "AP-2026-11872.pdf")],
                "----=_Part_%s" % hx("p42b", 20)))
    add(P, "caron_fr_avis_de_paiement_erp", raw, "fr", "Groupe Caron Distribution", "client ERP remittance advice (announced payment), PDF copy",
        provider="Groupe Caron Distribution", direction="in", amount="4560.00", currency="EUR", payer="GROUPE CARON DISTRIBUTION SAS",
        reference="F-2026-0379", value_date="2026-12-07", cap="no_claim", notes="remittance advice, money not seen by a bank")

    # ---------------------------------------------------------------- Client remittance advice (EN, Xero-style)
    text = """Remittance Advice

From: Harbourside Foods Ltd
To: Carrel Recrutement
Payment date: 3 Dec 2026
Payment reference: HFL-PR-2026-48

Invoice number   Invoice date   Amount paid
F-2026-0405      28 Sep 2026    7,920.00

Total paid EUR 7,920.00

This remittance advice was sent by Harbourside Foods Ltd using Xero.
"""
    raw = MSG([("From", "Harbourside Foods Ltd <messaging-service@post.xero.com>"), ("Reply-To", "accounts@harbourside-foods.ie"),
               ("To", OWNER_MAIL), ("Subject", "Remittance advice from Harbourside Foods Ltd"), ("Date", rfc(3, "15:48", "+0000")),
               ("Message-ID", "<%s@post.xero.com>" % hx("p43", 30))],
              alt("p43", text, page("Remittance Advice", "<pre>" + html_esc(text) + "</pre>", brand="#13b5ea")))
    add(P, "harbourside_en_remittance_advice_xero", raw, "en", "Harbourside Foods", "client remittance advice sent via accounting software",
        provider="Xero (client's)", direction="in", amount="7920.00", currency="EUR", payer="Harbourside Foods Ltd",
        reference="HFL-PR-2026-48", value_date="2026-12-03", cap="no_claim", notes="payer-side claim, not a bank notice")


# =====================================================================================
# helpers for replies / reports that carry the owner's original reminder
# =====================================================================================
def orig_reminder(to, inv, n, hm, k=1, lang="fr", first="Madame, Monsieur", fdate="01/10/2026",
                  amount="4 800,00 €", objet="honoraires de recrutement", due="31/10/2026", headers_only=False):
    subj = subj_fr(inv, k) if lang == "fr" else subj_en(inv, k)
    body = (reminder_fr if lang == "fr" else reminder_en)(first, inv, fdate, amount, objet, due, k)
    hs = [("Return-Path", "<%s>" % OWNER_MAIL), ("From", OWNER), ("To", to), ("Subject", H(subj)), ("Date", rfc(n, hm + ":00")),
          ("Message-ID", rem_id(inv, k)), ("MIME-Version", "1.0"), ("X-Mailer", "dunnerd"),
          ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    head = "\n".join("%s: %s" % kv for kv in hs) + "\n"
    if headers_only:
        return head
    return head + "\n" + quopri.encodestring(body.encode("utf-8")).decode("ascii")


def rfc822_part(orig_text):
    return P([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], orig_text.encode())


def headers_part(orig_headers):
    return P([("Content-Type", "text/rfc822-headers")], orig_headers.encode())


# =====================================================================================
# auto_reply
# =====================================================================================
def autos():
    A_ = "auto_reply"

    # ---------------------------------------------------------------- Outlook FR 'Réponse automatique :'
    inv = "F-2026-0385"
    body = """Bonjour,

Je suis absente du bureau et serai de retour le lundi 7 décembre. Je n'ai qu'un accès limité à mes e-mails.
Pour toute question urgente concernant la comptabilité, merci de contacter Nicolas Dumont : n.dumont@groupe-tessier.fr / 03 20 55 18 00.

Cordialement,
Séverine Lagache
Groupe Tessier
"""
    raw = MSG([("From", A("Séverine Lagache", "s.lagache@groupe-tessier.fr")), ("To", OWNER),
               ("Subject", H("Réponse automatique : " + subj_fr(inv))), ("Date", rfc(30, "08:06")),
               ("Message-ID", "<%s@PR1P192MB1456.EURP192.PROD.OUTLOOK.COM>" % HX("a1", 28)),
               ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)),
               ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "s.lagache@groupe-tessier.fr"),
               ("Thread-Topic", H(subj_fr(inv))), ("Content-Language", "fr-FR")],
              outlook_alt("a1", body, mso(body)), crlf=True)
    add(A_, "tessier_fr_reponse_automatique_retour_7", raw, "fr", "Groupe Tessier (Exchange Online)",
        "Outlook 'Réponse automatique :' with Auto-Submitted + X-Auto-Response-Suppress", facts="ooo_until=2026-12-07")

    # ---------------------------------------------------------------- Gmail vacation responder
    inv = "F-2026-0375"
    body = """Bonjour,

Je suis en congés jusqu'au vendredi 4 décembre inclus et je lirai votre message à mon retour.
En cas d'urgence : 03 21 44 70 12 (standard).

Merci,
Laurence
"""
    raw = MSG([("From", A("Laurence Ployart", "laurence@ployart-menuiserie.fr")), ("To", OWNER_MAIL),
               ("Subject", H("En congés jusqu'au 4 décembre")), ("Date", rfc(1, "08:05")),
               ("Message-ID", "<CA+%s@mail.gmail.com>" % hx("a2", 30)), ("In-Reply-To", rem_id(inv)),
               ("References", rem_id(inv)), ("Auto-Submitted", "auto-replied")],
              gmail_alt("a2", body))
    add(A_, "ployart_fr_gmail_conges_4_dec", raw, "fr", "Menuiserie Ployart (Google Workspace vacation responder)",
        "Gmail vacation: own subject, only Auto-Submitted: auto-replied", facts="ooo_until=2026-12-04")

    # ---------------------------------------------------------------- no auto headers 'Absence du bureau'
    body = """Bonjour,

Je suis actuellement en déplacement à l'étranger, retour prévu le mercredi 9 décembre.
Votre message sera traité à mon retour.

Bien cordialement,
Hugues Delcourt
"""
    raw = MSG([("From", A("Hugues Delcourt", "h.delcourt@delcourt-sa.fr")), ("To", OWNER_MAIL),
               ("Subject", "Absence du bureau"), ("Date", rfc(30, "08:09")),
               ("Message-ID", "<%s@delcourt-sa.fr>" % hx("a3", 24))],
              T(body, cs="utf-8", cte="8bit"))
    add(A_, "delcourt_fr_absence_sans_entetes", raw, "fr", "Delcourt SA (webmail responder)",
        "responder without Auto-Submitted/In-Reply-To, generic subject 'Absence du bureau'", facts="ooo_until=2026-12-09")

    # ---------------------------------------------------------------- Outlook EN automatic reply
    inv = "F-2026-0433"
    body = """Thank you for your email.

I am out of the office until Monday 14 December with no access to email. For urgent finance matters please contact finance@kestrel-robotics.co.uk.

Kind regards,
Sarah Whitfield
"""
    raw = MSG([("From", A("Sarah Whitfield", "sarah.whitfield@kestrel-robotics.co.uk")), ("To", OWNER),
               ("Subject", "Automatic reply: " + subj_en(inv)), ("Date", rfc(1, "08:10", "+0000")),
               ("Message-ID", "<%s@LO4P265MB3310.GBRP265.PROD.OUTLOOK.COM>" % HX("a4", 28)),
               ("In-Reply-To", rem_id(inv)), ("References", rem_id(inv)), ("Auto-Submitted", "auto-generated"),
               ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "sarah.whitfield@kestrel-robotics.co.uk")],
              outlook_alt("a4", body, mso(body)), crlf=True)
    add(A_, "kestrel_en_automatic_reply_14_dec", raw, "en", "Kestrel Robotics (Exchange Online)",
        "Outlook 'Automatic reply:'", facts="ooo_until=2026-12-14")

    # ---------------------------------------------------------------- FR accounts-payable autoresponder
    body = """Ceci est un message automatique, merci de ne pas y répondre.

Madame, Monsieur,

Nous accusons réception de votre message adressé au service Comptabilité Fournisseurs.

Pour rappel :
- nos conditions de règlement sont de 45 jours fin de mois à compter de la date d'émission de la facture ;
- toute facture doit mentionner notre numéro de commande (PO 45xxxxxxxx), à défaut elle ne pourra pas être traitée ;
- les relances portant sur des factures non échues ne reçoivent pas de réponse.

Les paiements sont émis par virement le 10 et le 25 de chaque mois.

Service Comptabilité Fournisseurs
SOFRADIS NORD
"""
    raw = MSG([("From", A("Comptabilité Fournisseurs SOFRADIS", "factures@sofradis-nord.fr")), ("To", OWNER_MAIL),
               ("Subject", H("Accusé de réception - " + subj_fr("F-2026-0427"))), ("Date", rfc(1, "08:07")),
               ("Message-ID", "<%s@sofradis-nord.fr>" % hx("a5", 24)), ("In-Reply-To", rem_id("F-2026-0427")),
               ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
              T(body))
    add(A_, "sofradis_fr_autorepondeur_comptabilite", raw, "fr", "Sofradis Nord (AP mailbox)",
        "accounts-payable autoresponder stating terms and payment days (10 and 25)",
        notes="mentions payment days but is automatic: no promise")

    # ---------------------------------------------------------------- EN AP autoresponder with X-Autoreply
    body = """Thank you for contacting Accounts Payable.

This mailbox is monitored Monday to Friday. Invoices are processed within 5 working days of receipt and paid in line with the agreed terms. Our payment runs take place every Thursday.

To check the status of an invoice, please use our supplier portal: https://suppliers.northgate-leisure.co.uk

Please do not reply to this automated message.

Accounts Payable Team
Northgate Leisure Ltd
"""
    raw = MSG([("From", "Northgate Leisure Accounts Payable <accountspayable@northgate-leisure.co.uk>"), ("To", OWNER_MAIL),
               ("Subject", "RE: " + subj_en("F-2026-0394") + " [AUTO-RESPONSE]"), ("Date", rfc(30, "08:20", "+0000")),
               ("Message-ID", "<%s@northgate-leisure.co.uk>" % hx("a6", 24)), ("In-Reply-To", rem_id("F-2026-0394")),
               ("X-Autoreply", "yes"), ("X-Autorespond", "yes"), ("Precedence", "bulk")],
              T(body))
    add(A_, "northgate_en_ap_autoresponse_thursday", raw, "en", "Northgate Leisure (AP mailbox)",
        "AP autoresponder with X-Autoreply/Precedence: bulk, 'payment runs every Thursday'",
        notes="generic schedule in an automatic message, not a promise")

    # ---------------------------------------------------------------- Helpdesk ticket (Zendesk-like)
    body = """##- Merci de saisir votre réponse au-dessus de cette ligne -##

Bonjour,

Votre demande (n° 48213) a bien été reçue. Un membre de notre équipe vous répondra dans un délai de 48 heures ouvrées.

Objet : Re: Rappel : facture F-2026-0413 échue

Pour ajouter des informations, répondez simplement à cet e-mail.

Groupe Hôtelier des Flandres - Service clients
Ce message a été envoyé par Zendesk.
"""
    raw = MSG([("From", H("Groupe Hôtelier des Flandres") + " <support@ghflandres.zendesk.com>"), ("Reply-To", "support+id48213@ghflandres.zendesk.com"),
               ("To", OWNER_MAIL), ("Subject", H("[GHF] Re: " + subj_fr("F-2026-0413"))), ("Date", rfc(30, "08:04", "+0000")),
               ("Message-ID", "<%s_sprut@zendesk.com>" % hx("a7", 20).upper()), ("In-Reply-To", rem_id("F-2026-0413")),
               ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "9c1e52a")],
              alt("a7", body, page("Demande reçue", html_paras(body), brand="#03363d")))
    add(A_, "ghflandres_fr_ticket_helpdesk", raw, "fr", "Groupe Hôtelier des Flandres (Zendesk)",
        "helpdesk 'votre demande n° 48213 a bien été reçue'")

    # ---------------------------------------------------------------- MDN from Outlook (FR)
    inv = "F-2026-0381"
    txt = """Votre message

  À : Benoît Lecocq
  Objet : Second rappel : facture F-2026-0381 échue
  Envoyé : mardi 1 décembre 2026 08:00:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 1 décembre 2026 09:41:17 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""
    mdn = """Reporting-UA: PA4P191MB0977.EURP191.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;b.lecocq@agriflandres.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % rem_id(inv, 2)
    root = M("report", [T(txt), P([("Content-Type", "message/disposition-notification")], mdn.encode())],
             outlook_bnd("a8"), params="; report-type=disposition-notification")
    raw = MSG([("From", A("Benoît Lecocq", "b.lecocq@agriflandres.fr")), ("To", OWNER),
               ("Subject", H("Lu : " + subj_fr(inv, 2))), ("Date", rfc(1, "09:41")),
               ("Message-ID", "<PA4P191MB%s@PA4P191MB0977.EURP191.PROD.OUTLOOK.COM>" % HX("a8", 12)),
               ("References", rem_id(inv, 2)), ("Content-Language", "fr-FR")], root, crlf=True)
    add(A_, "agriflandres_fr_accuse_lecture_outlook", raw, "fr", "Agriflandres (Exchange Online)",
        "read receipt 'Lu :' multipart/report disposition-notification")

    # ---------------------------------------------------------------- MDN from Thunderbird (EN)
    inv = "F-2026-0422"
    txt = """This is a Return Receipt for the mail that you sent to pieter.devries@lumendx.nl.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    mdn = """Reporting-UA: lumendx.nl; Thunderbird 128.5.0
Final-Recipient: rfc822;pieter.devries@lumendx.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % rem_id(inv)
    root = M("report", [T(txt, cte="7bit", cs="UTF-8"), P([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                                                           ("Content-Disposition", "inline"), ("Content-Transfer-Encoding", "7bit")], mdn.encode()),
                        P([("Content-Type", "text/rfc822-headers; name=\"MDNPart3.txt\""), ("Content-Transfer-Encoding", "7bit"),
                           ("Content-Disposition", "inline")],
                          orig_reminder("Pieter de Vries <pieter.devries@lumendx.nl>", inv, 1, "08:11", lang="en", headers_only=True).encode())],
             "------------" + hx("a9", 24), params="; report-type=disposition-notification")
    raw = MSG([("From", A("Pieter de Vries", "pieter.devries@lumendx.nl")), ("To", OWNER),
               ("Subject", "Return Receipt (displayed) - " + subj_en(inv)), ("Date", rfc(1, "10:02")),
               ("Message-ID", "<%s@lumendx.nl>" % hx("a9", 24)), ("User-Agent", "Mozilla Thunderbird")], root)
    add(A_, "lumendx_en_return_receipt_thunderbird", raw, "en", "Lumen Dx (Thunderbird MDN)",
        "Thunderbird return receipt with rfc822-headers of the reminder")

    # ---------------------------------------------------------------- challenge-response (Mailinblack-like)
    text = """Bonjour,

Vous avez envoyé un message à l'adresse contact@ambulances-pevele.fr, protégée par une solution anti-spam.

Afin que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :
https://protect.mib-antispam.fr/validate?id=%s

Cette opération ne vous sera demandée qu'une seule fois. Sans validation de votre part sous 5 jours, votre message sera supprimé.

Objet du message en attente : %s
Date : 30/11/2026 08:16

Ceci est un message automatique.
""" % (hx("a10", 40), subj_fr("F-2026-0404"))
    raw = MSG([("From", "Ambulances du Pévèle (anti-spam) <no-reply@protect.mib-antispam.fr>".replace("é", "e").replace("è", "e")),
               ("To", OWNER_MAIL), ("Subject", H("Confirmez l'envoi de votre message à contact@ambulances-pevele.fr")),
               ("Date", rfc(30, "08:16")), ("Message-ID", "<%s@protect.mib-antispam.fr>" % hx("a10", 24)),
               ("Auto-Submitted", "auto-replied")],
              alt("a10", text, page("Validation", html_paras(text), brand="#e4032e")))
    add(A_, "ambulances_fr_challenge_antispam", raw, "fr", "challenge-response anti-spam",
        "challenge-response: confirm you are human (Mailinblack-style French vendor)")

    # ---------------------------------------------------------------- German OOO (NordTech)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an ap@nordtech-solutions.de.

Thank you for your message. I am out of the office until 11 December 2026 inclusive. For urgent matters please contact ap@nordtech-solutions.de.

Mit freundlichen Grüßen
Henrik Schubert
"""
    raw = MSG([("From", A("Schubert, Henrik", "h.schubert@nordtech-solutions.de")), ("To", OWNER),
               ("Subject", H("Automatische Antwort: " + subj_en("F-2026-0441"))), ("Date", rfc(30, "08:18")),
               ("Message-ID", "<%s@EXCH02.nordtech.local>" % hx("a11", 32)), ("In-Reply-To", rem_id("F-2026-0441")),
               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")],
              T(body, cs="iso-8859-1"))
    add(A_, "nordtech_de_automatische_antwort", raw, "de", "NordTech Solutions (Exchange on-prem)",
        "German/English out-of-office 'Automatische Antwort:'", facts="ooo_until=2026-12-11")

    # ---------------------------------------------------------------- congé maternité, no date
    body = """Bonjour,

Je suis actuellement en congé maternité. Vos messages ne sont pas transférés.
Pour toute question relative aux factures et aux paiements, merci d'écrire à comptabilite@linea-pack.fr.

Camille Desmet
"""
    raw = MSG([("From", A("Camille Desmet", "c.desmet@linea-pack.fr")), ("To", OWNER),
               ("Subject", H("Réponse automatique : " + subj_fr("F-2026-0393"))), ("Date", rfc(30, "08:12")),
               ("Message-ID", "<%s@linea-pack.fr>" % hx("a12", 30)), ("In-Reply-To", rem_id("F-2026-0393")),
               ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
              outlook_alt("a12", body, mso(body)), crlf=True)
    add(A_, "lineapack_fr_conge_maternite_sans_date", raw, "fr", "Linea Pack (Exchange)",
        "maternity leave, no return date, redirects to accounting address")

    # ---------------------------------------------------------------- departed employee
    body = """Pierre Lenoir ne fait plus partie de l'entreprise depuis le 31 octobre 2026.
Votre message n'a pas été transféré.

Merci d'adresser vos demandes à contact@holding-ducatel.fr ou au 03 20 91 40 00.

-- Message automatique --
"""
    raw = MSG([("From", "<p.lenoir@holding-ducatel.fr>"), ("To", OWNER_MAIL), ("Subject", H("Re: " + subj_fr("F-2026-0401"))),
               ("Date", rfc(30, "08:13")), ("Message-ID", "<%s@holding-ducatel.fr>" % hx("a13", 24)),
               ("In-Reply-To", rem_id("F-2026-0401")), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
              T(body))
    add(A_, "ducatel_fr_ne_fait_plus_partie", raw, "fr", "Holding Ducatel (sieve vacation)",
        "departed-employee autoresponder, 'Re:' subject like a human reply")

    # ---------------------------------------------------------------- public body: Chorus Pro
    body = """Ceci est une réponse automatique.

Le service Finances ne traite pas les factures transmises par courrier électronique.

Conformément à l'ordonnance n° 2014-697 du 26 juin 2014, les factures à destination des entités publiques doivent être déposées sur le portail Chorus Pro (https://chorus-pro.gouv.fr), en indiquant :
- SIRET du destinataire : 200 041 960 00017
- Code service : FIN
- Numéro d'engagement juridique figurant sur le bon de commande.

Le délai global de paiement de 30 jours court à compter de la date de réception de la facture sur Chorus Pro.

Syndicat mixte des Transports de la Lys - Direction des Finances
"""
    raw = MSG([("From", "Direction des Finances <finances@smt-lys.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Réponse automatique : Rappel : facture F-2026-0388 échue")), ("Date", rfc(1, "08:02")),
               ("Message-ID", "<%s@smt-lys.fr>" % hx("a14", 24)), ("In-Reply-To", rem_id("F-2026-0388")),
               ("Auto-Submitted", "auto-replied")],
              T(body))
    add(A_, "smt_lys_fr_chorus_pro_autoreponse", raw, "fr", "public body finance mailbox",
        "public-sector autoresponder: invoices must go through Chorus Pro, 30-day legal term",
        notes="SIRET in text is fictional")

    # ---------------------------------------------------------------- Zimbra vacation with X-Autoreply, Precedence
    body = """Bonjour,

Je suis en formation jusqu'au jeudi 3 décembre inclus et ne consulterai pas ma messagerie.
Je vous répondrai dès mon retour.

Cordialement,
Aurore Marchand
Service RH - Logistique Vandeputte
"""
    raw = MSG([("From", A("Aurore Marchand", "a.marchand@vandeputte-logistique.fr")), ("To", OWNER_MAIL),
               ("Subject", H("Message d'absence")), ("Date", rfc(1, "08:03")),
               ("Message-ID", "<%s.%s.JavaMail.zimbra@vandeputte-logistique.fr>" % (hx("a15", 10), hx("a15b", 8))),
               ("In-Reply-To", rem_id("F-2026-0374")), ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
               ("Precedence", "bulk"), ("X-Mailer", "Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)")],
              T(body))
    add(A_, "vandeputte_fr_zimbra_formation_3_dec", raw, "fr", "Logistique Vandeputte (Zimbra)",
        "Zimbra vacation: 'Auto-Submitted: auto-replied (zimbra; vacation)', Precedence: bulk", facts="ooo_until=2026-12-03")

    # ---------------------------------------------------------------- fermeture annuelle / inventaire
    body = """Bonjour,

Nos bureaux sont fermés pour inventaire du mercredi 2 au lundi 7 décembre inclus.
Reprise de l'activité le mardi 8 décembre. Les règlements fournisseurs reprendront à cette date.

Merci de votre compréhension.
L'équipe Ceratec Industrie
"""
    raw = MSG([("From", A("Accueil Ceratec", "accueil@ceratec-industrie.fr")), ("To", OWNER),
               ("Subject", H("Réponse automatique : " + subj_fr("F-2026-0414"))), ("Date", rfc(2, "08:01")),
               ("Message-ID", "<%s@ceratec-industrie.fr>" % hx("a16", 30)), ("In-Reply-To", rem_id("F-2026-0414")),
               ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
              outlook_alt("a16", body, mso(body)), crlf=True)
    add(A_, "ceratec_fr_fermeture_inventaire", raw, "fr", "Ceratec Industrie (Exchange)",
        "company closure notice, 'les règlements fournisseurs reprendront' (not a promise)", facts="ooo_until=2026-12-08")


# =====================================================================================
# bounce
# =====================================================================================
POSTFIX_HEAD = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix_bounce(host, seed, rcpt, diag_human, status, remote, diag_code, n, hm, orig, final=True, qid=None):
    qid = qid or HX(seed, 11)
    if final:
        text = POSTFIX_HEAD % host + diag_human + "\n"
        subj = "Undelivered Mail Returned to Sender"
        desc = "Delivery report"
    else:
        text = ("""This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

""" % host) + diag_human + "\n"
        subj = "Delayed Mail (still being retried)"
        desc = "Delay report"
    ds = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s (CET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: %s
Status: %s
%sDiagnostic-Code: %s
""" % (host, qid, OWNER_MAIL, orig[1], rcpt, rcpt, "failed" if final else "delayed", status,
       ("Remote-MTA: dns; %s\n" % remote) if remote else "", diag_code)
    if not final:
        ds += "Will-Retry-Until: %s (CET)\n" % rfc(day(n).day + 5 if day(n).month == 12 else 5, "08:08:02")
    b = "%s.%d/%s" % (qid, 1764489962 + int(hx(seed, 4), 16), host)
    parts = [P([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], text.encode()),
             P([("Content-Description", desc), ("Content-Type", "message/delivery-status")], ds.encode())]
    if final:
        parts.append(P([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig[0].encode()))
    else:
        parts.append(P([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                       orig[0].split("\n\n")[0].encode() + b"\n"))
    root = M("report", parts, b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"), ("Date", rfc(n, hm)), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
          ("Subject", subj), ("To", OWNER_MAIL), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<%s@%s>" % (HX(seed + "m", 10), host))]
    return MSG(hs, root)


def bounces():
    B = "bounce"

    # ---------------------------------------------------------------- OVH Postfix + Orange quota (OFR_417)
    r = "compta.vannier-plomberie@orange.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0384", 30, "08:06", k=2, first="Madame, Monsieur", amount="2 640,00 €")
    raw = postfix_bounce("mo561.mail-out.ovh.net", "b1", r,
                         "<%s>: host smtp-in.orange.fr[80.12.26.33] said: 552 5.1.1\n    Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in\n    reply to RCPT TO command)\n" % r,
                         "5.1.1", "smtp-in.orange.fr",
                         "smtp; 552 5.1.1 Boite du destinataire pleine. Recipient overquota.\n    OFR_417 [417]",
                         30, "08:06:09", (o, rfc(30, "08:06:02")))
    add(B, "ovh_postfix_orange_boite_pleine", raw, "fr", "OVH mail-out (Postfix) / Orange",
        "Postfix DSN, Orange 552 mailbox full (OFR_417), full original attached",
        facts="failed_recipient=%s" % r, notes="Orange reply text modelled on sisimai rhost/franceptt.rb error catalogue")

    # ---------------------------------------------------------------- OVH Postfix + Wanadoo invalid (OFR_416)
    r = "ets-bracq.menuiserie@wanadoo.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0403", 1, "08:04", first="Monsieur Bracq", amount="2 400,00 €")
    raw = postfix_bounce("mo4.mail-out.ovh.net", "b2", r,
                         "<%s>: host smtp-in.orange.fr[193.252.22.65] said: 550\n    5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.\n    OFR_416 [416] (in reply to RCPT TO command)\n" % r,
                         "5.1.1", "smtp-in.orange.fr",
                         "smtp; 550 5.1.1 Adresse d au moins un destinataire invalide.\n    Invalid recipient. OFR_416 [416]",
                         1, "08:04:31", (o, rfc(1, "08:04:26")))
    add(B, "ovh_postfix_wanadoo_destinataire_invalide", raw, "fr", "OVH mail-out (Postfix) / Orange (wanadoo.fr)",
        "Postfix DSN, wanadoo.fr address closed (OFR_416)", facts="failed_recipient=%s" % r)

    # ---------------------------------------------------------------- Postfix + Free user unknown
    r = "fournisseurs.lpdm@free.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0386", 2, "08:03", k=2, amount="1 920,00 €")
    raw = postfix_bounce("mo580.mail-out.ovh.net", "b3", r,
                         "<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n" % (r, r),
                         "5.1.1", "mx1.free.fr",
                         "smtp; 550 5.1.1 <%s>: Recipient address rejected:\n    User unknown in virtual mailbox table" % r,
                         2, "08:03:40", (o, rfc(2, "08:03:33")))
    add(B, "ovh_postfix_free_utilisateur_inconnu", raw, "en", "OVH mail-out (Postfix) / Free",
        "Postfix DSN, free.fr user unknown", facts="failed_recipient=%s" % r,
        notes="Free MX wording is Postfix-standard, not copied from a Free sample")

    # ---------------------------------------------------------------- Postfix delay warning
    r = "direction@transports-ribeiro.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0383", 30, "08:08", amount="3 480,00 €")
    raw = postfix_bounce("mo561.mail-out.ovh.net", "b4", r,
                         "<%s>: connect to mail.transports-ribeiro.fr[203.0.113.47]:25:\n    Connection timed out\n" % r,
                         "4.4.1", None, "X-Postfix; connect to mail.transports-ribeiro.fr[203.0.113.47]:25:\n    Connection timed out",
                         30, "12:16:44", (o, rfc(30, "08:08:02")), final=False)
    add(B, "ovh_postfix_delai_avertissement", raw, "en", "OVH mail-out (Postfix)",
        "Postfix delay warning 'Delayed Mail (still being retried)', headers only", facts="failed_recipient=%s;bounce_final=no" % r)

    # ---------------------------------------------------------------- Postfix: domain not found (typo)
    r = "s.delobel@delobel-menuiserie.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0412", 30, "08:01", first="Sophie", amount="14 040,00 €")
    raw = postfix_bounce("mo553.mail-out.ovh.net", "b5", r,
                         "<%s>: Host or domain name not found. Name service error\n    for name=delobel-menuiserie.fr type=A: Host not found\n" % r,
                         "5.4.4", None, "X-Postfix; Host or domain name not found. Name service error for\n    name=delobel-menuiserie.fr type=A: Host not found",
                         30, "08:01:05", (o, rfc(30, "08:01:03")))
    add(B, "ovh_postfix_domaine_introuvable_faute_frappe", raw, "en", "OVH mail-out (Postfix)",
        "typo in client domain, DNS failure 5.4.4", facts="failed_recipient=%s" % r)

    # ---------------------------------------------------------------- Gmail: address not found (multipart/report)
    r = "compta@alpha-metal-concept.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0408", 1, "08:09", amount="14 040,00 €")
    text = """
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
""" % (r, r)
    html = """<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif"><table cellpadding="0" cellspacing="0" style="padding-top:32px;max-width:600px"><tr><td><h2 style="font-size:22px;font-weight:normal;color:#202124">Address not found</h2>
<p style="font-size:14px;color:#3c4043">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>%s</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:14px"><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="font-size:12px;color:#70757a">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px;color:#3c4043">550 5.1.1 &lt;%s&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr></table></div></body></html>""" % (r, r)
    ds_top = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n" % rfc(1, "08:09:11", "-0800")
    ds = ds_top + "\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx3.alpha-metal-concept.fr. (198.51.100.25, the server for the domain alpha-metal-concept.fr.)\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\nLast-Attempt-Date: %s\n" % (r, r, rfc(1, "08:09:12", "-0800"))
    root = M("report", [M("related", [M("alternative", [T(text), T(html, "html")], "000000000000" + hx("b6a", 16))], "000000000000" + hx("b6r", 16)),
                        P([("Content-Type", "message/delivery-status")], ds.encode()),
                        P([("Content-Type", "message/rfc822")], o.encode())],
             "000000000000" + hx("b6", 16), params="; report-type=delivery-status")
    raw = MSG([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_MAIL),
               ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
               ("References", rem_id("F-2026-0408")), ("In-Reply-To", rem_id("F-2026-0408")),
               ("X-Failed-Recipients", r), ("Message-ID", "<%s@mx.google.com>" % hx("b6", 24)),
               ("Date", rfc(1, "08:09:12", "-0800"))], root)
    add(B, "gmail_adresse_introuvable", raw, "en", "Gmail / Google Workspace",
        "Gmail 'Address not found' DSN with HTML, X-Failed-Recipients, message/rfc822", facts="failed_recipient=%s" % r,
        notes="as generated when the sending account is on Google Workspace; layout from sisimai Gmail/GoogleWorkspace samples")

    # ---------------------------------------------------------------- Gmail delay
    r = "facturation@hauts-composites.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0406", 30, "08:15", amount="5 400,00 €", headers_only=True)
    text = """
** Message not delivered yet **

There was a temporary problem delivering your message to %s. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
451 4.7.1 Greylisting in action, please come back later
""" % r
    ds = "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.7.1\nRemote-MTA: dns; mail.hauts-composites.fr. (192.0.2.81, the server for the domain hauts-composites.fr.)\nDiagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later\nLast-Attempt-Date: %s\nWill-Retry-Until: %s\n" % (
        rfc(30, "08:15:04", "-0800"), r, rfc(30, "10:19:55", "-0800"), rfc(2, "08:15:04", "-0800"))
    root = M("report", [T(text), P([("Content-Type", "message/delivery-status")], ds.encode()),
                        P([("Content-Type", "text/rfc822-headers")], o.encode())],
             "000000000000" + hx("b7", 16), params="; report-type=delivery-status")
    raw = MSG([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_MAIL),
               ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
               ("Message-ID", "<%s@mx.google.com>" % hx("b7", 24)), ("Date", rfc(30, "10:19:56", "-0800"))], root)
    add(B, "gmail_livraison_retardee", raw, "en", "Gmail / Google Workspace", "Gmail delay DSN (greylisting)",
        facts="failed_recipient=%s;bounce_final=no" % r)

    # ---------------------------------------------------------------- Exchange Online NDR (FR)
    r = "p.vermeulen@sofradis-nord.fr"
    o = orig_reminder("<%s>" % r, "F-2026-0427", 30, "08:17", amount="8 880,00 €")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<tr><td style="font-size:12px;color:#666">Votre message à <a href="mailto:%s">%s</a> n'a pas pu être remis.</td></tr>
<tr><td style="font-size:16px;padding-top:10px"><b>%s</b> n'a pas été trouvé dans le domaine sofradis-nord.fr.</td></tr>
<tr><td style="padding-top:18px;font-size:14px"><b>Action requise</b><br>Destinataire</td></tr>
<tr><td style="font-size:14px">Destinataire inconnu</td></tr>
<tr><td style="padding-top:18px;font-size:14px"><b>Comment résoudre le problème</b><br>L'adresse est peut-être mal orthographiée ou n'existe plus. Essayez de renvoyer le message après avoir vérifié l'adresse.</td></tr>
<tr><td style="padding-top:18px;font-size:12px;color:#666">Diagnostic information for administrators:<br>Generating server: PAXP193MB1689.EURP193.PROD.OUTLOOK.COM<br>%s<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</td></tr>
</table></body></html>""" % (r, r, r, r)
    text = """Votre message à %s n'a pas pu être remis.

%s n'a pas été trouvé dans le domaine sofradis-nord.fr.

Action requise : Destinataire inconnu

Comment résoudre le problème : l'adresse est peut-être mal orthographiée ou n'existe plus.

Diagnostic information for administrators:

Generating server: PAXP193MB1689.EURP193.PROD.OUTLOOK.COM

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % (r, r, r)
    ds = "Reporting-MTA: dns;PAXP193MB1689.EURP193.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mo561.mail-out.ovh.net\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % (rfc(30, "07:17:12", "+0000"), r)
    root = M("report", [M("alternative", [T(text), T(html, "html")], "_000_" + HX("b8a", 30) + "_"),
                        P([("Content-Type", "message/delivery-status")], ds.encode()),
                        P([("Content-Type", "message/rfc822")], o.encode())],
             "_004_" + HX("b8", 30) + "_", params="; report-type=delivery-status")
    raw = MSG([("From", "Microsoft Outlook <postmaster@sofradisnord.onmicrosoft.com>"), ("To", OWNER),
               ("Subject", H("Non remis : " + subj_fr("F-2026-0427"))), ("Date", rfc(30, "07:17:13", "+0000")),
               ("Message-ID", "<%s@PAXP193MB1689.EURP193.PROD.OUTLOOK.COM>" % HX("b8", 24)),
               ("In-Reply-To", rem_id("F-2026-0427")), ("References", rem_id("F-2026-0427")),
               ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
              root, crlf=True)
    add(B, "exchange_online_fr_non_remis", raw, "fr", "Exchange Online",
        "localized 'Non remis :' NDR, 550 5.1.10 RecipientNotFound", facts="failed_recipient=%s" % r,
        notes="layout from Microsoft NDR documentation (MicrosoftDocs SupportArticles)")

    # ---------------------------------------------------------------- Exchange on-prem EN mailbox full
    r = "accounts@brightwaterstudios.co.uk"
    o = orig_reminder("<%s>" % r, "F-2026-0435", 30, "08:15", lang="en", amount="€5,400.00", headers_only=True)
    text = """Delivery has failed to these recipients or groups:

%s
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.


Diagnostic information for administrators:

Generating server: EXCH01.brightwater.local

%s
#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception ##

Original message headers:

""" % (r, r) + o
    ds = "Reporting-MTA: dns;EXCH01.brightwater.local\nReceived-From-MTA: dns;mo561.mail-out.ovh.net\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n" % (rfc(30, "07:15:40", "+0000"), r)
    root = M("report", [T(text, cs="us-ascii", cte="7bit"), P([("Content-Type", "message/delivery-status")], ds.encode()),
                        P([("Content-Type", "text/rfc822-headers")], o.encode())],
             "_%s_" % HX("b9", 28), params="; report-type=delivery-status")
    raw = MSG([("From", "postmaster@brightwaterstudios.co.uk"), ("To", OWNER_MAIL),
               ("Subject", "Undeliverable: " + subj_en("F-2026-0435")), ("Date", rfc(30, "07:15:41", "+0000")),
               ("Message-ID", "<%s@EXCH01.brightwater.local>" % hx("b9", 24)), ("Auto-Submitted", "auto-replied"),
               ("In-Reply-To", rem_id("F-2026-0435")), ("Thread-Topic", subj_en("F-2026-0435"))], root, crlf=True)
    add(B, "exchange_onprem_en_boite_pleine", raw, "en", "Exchange Server (on-premises)",
        "'Undeliverable:' 554 5.2.2 mailbox full", facts="failed_recipient=%s" % r)

    # ---------------------------------------------------------------- Outlook.com / Hotmail
    r = "tidewellmarine.accounts@outlook.com"
    o = orig_reminder("<%s>" % r, "F-2026-0411", 30, "08:13", lang="en", amount="€4,200.00")
    text = """Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: DB8EUR05FT012.mail.protection.outlook.com

%s
Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]'
""" % (r, r)
    ds = "Reporting-MTA: dns;DB8EUR05FT012.mail.protection.outlook.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.5.0\nDiagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)\n" % (rfc(30, "07:13:10", "+0000"), r)
    root = M("report", [T(text), P([("Content-Type", "message/delivery-status")], ds.encode()),
                        P([("Content-Type", "message/rfc822")], o.encode())],
             "_%s_" % HX("b10", 28), params="; report-type=delivery-status")
    raw = MSG([("From", "Microsoft Outlook <postmaster@outlook.com>"), ("To", OWNER_MAIL),
               ("Subject", "Undeliverable: " + subj_en("F-2026-0411")), ("Date", rfc(30, "07:13:11", "+0000")),
               ("Message-ID", "<%s@DB8EUR05FT012.mail.protection.outlook.com>" % HX("b10", 24)),
               ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], root, crlf=True)
    add(B, "outlook_com_en_boite_indisponible", raw, "en", "Outlook.com (consumer)",
        "consumer Outlook.com NDR 550 5.5.0 mailbox unavailable", facts="failed_recipient=%s" % r)

    # ---------------------------------------------------------------- Exim (cPanel forward) - no delivery-status part
    r = "laurent.garnier.paysages@example.org"
    o = orig_reminder("<contact@garnier-paysages.fr>", "F-2026-0392", 30, "08:10", k=2, amount="3 360,00 €")
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    (generated from contact@garnier-paysages.fr)
    host mx.example.org [192.0.2.140]
    SMTP error from remote mail server after RCPT TO:<%s>:
    550 5.1.1 Mailbox does not exist

------ This is a copy of the message, including all the headers. ------

""" % (r, r) + o
    raw = MSG([("Return-path", "<>"), ("Envelope-to", OWNER_MAIL), ("Delivery-date", rfc(30, "08:10:44")),
               ("From", "Mail Delivery System <Mailer-Daemon@server42.o2switch-hebergement.example>"), ("To", OWNER_MAIL),
               ("Subject", "Mail delivery failed: returning message to sender"), ("Date", rfc(30, "08:10:44")),
               ("Message-Id", "<E1w%s-0004Xr-2K@server42.o2switch-hebergement.example>" % hx("b11", 6)),
               ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", r)],
              T(text, cs="us-ascii", cte="7bit", ctype_override="text/plain; charset=us-ascii"))
    add(B, "exim_forward_sans_partie_dsn", raw, "en", "Exim (shared hosting forwarder)",
        "Exim text-only bounce, no message/delivery-status, failure on a forward target", facts="failed_recipient=%s" % r,
        notes="the address reminded (contact@garnier-paysages.fr) forwards to the failed one; same client also replies by hand in this set")


# =====================================================================================
# other
# =====================================================================================
def others():
    O = "other"

    # ---------------------------------------------------------------- OVHcloud invoice
    text = """Bonjour Justine Carrel,

Votre facture FR58231472 d'un montant de 7,19 € TTC est disponible dans votre Espace Client.

Détail :
- Hébergement MX Plan - carrel-recrutement.fr (1 mois) : 4,99 € HT
- Nom de domaine carrel-recrutement.fr : inclus

Le montant sera prélevé sur votre moyen de paiement par défaut dans les prochains jours.

Consulter ma facture : https://www.ovh.com/manager/#/dedicated/billing/history

L'équipe OVHcloud

Ce message vous est envoyé automatiquement. Merci de ne pas y répondre.
OVH SAS - 2 rue Kellermann - 59100 Roubaix - RCS Lille Métropole 424 761 419
"""
    raw = MSG([("From", "OVHcloud <noreply@ovh.net>"), ("To", OWNER_MAIL), ("Subject", "Votre facture OVHcloud FR58231472"),
               ("Date", rfc(1, "03:12")), ("Message-ID", "<%s@ovh.net>" % hx("o1", 30))],
              alt("o1", text, page("Facture", html_paras(text), brand="#000e9c")))
    add(O, "ovhcloud_fr_facture_hebergement", raw, "fr", "OVHcloud", "supplier invoice to the owner, to be debited")

    # ---------------------------------------------------------------- Free Pro invoice
    text = """Bonjour,

Votre facture Freebox Pro du mois de décembre 2026 est disponible dans votre Espace Abonné.

Montant : 47,99 € TTC
Date de prélèvement : aux alentours du 08/12/2026
Référence client : 4F7229361

Pour la consulter : https://subscribe.free.fr/login/

Free Pro
Ceci est un message automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Free Pro <freepro-facture@free-pro.fr>"), ("To", OWNER_MAIL), ("Subject", H("Votre facture Freebox Pro est disponible")),
               ("Date", rfc(2, "05:41")), ("Message-ID", "<%s@free-pro.fr>" % hx("o2", 30))], T(text, cs="iso-8859-15"))
    add(O, "freepro_fr_facture_disponible", raw, "fr", "Free Pro", "telecom invoice available, ISO-8859-15 text")

    # ---------------------------------------------------------------- accountant's invoice (sent through billing tool), PDF
    text = """Bonjour Justine,

Veuillez trouver ci-joint la facture FA-2026-1187 d'un montant de 780,00 € TTC relative à la mission de tenue comptable - 4e trimestre 2026.

Date d'échéance : 31/12/2026
Règlement par virement : IBAN FR76 1380 7000 0542 1187 6600 512

Merci pour votre confiance,
Cabinet Declercq & Associés - Experts-comptables
"""
    p = pdf(["Cabinet Declercq & Associés", "FACTURE FA-2026-1187", "Client : EURL Carrel Recrutement",
             "Tenue comptable T4 2026 : 650,00 EUR HT", "TVA 20 % : 130,00 EUR", "Total TTC : 780,00 EUR", "Echéance : 31/12/2026"], "FA-2026-1187")
    raw = MSG([("From", "Cabinet Declercq & Associés <factures@declercq-expertise.fr>".replace("é", "e")), ("To", OWNER_MAIL),
               ("Subject", "Facture FA-2026-1187 - Cabinet Declercq & Associes"), ("Date", rfc(1, "10:05")),
               ("Message-ID", "<%s@mailer.declercq-expertise.fr>" % hx("o3", 30))],
              M("mixed", [T(text), ATT(p, "application/pdf", "FA-2026-1187.pdf")], "=_" + hx("o3b", 30)))
    add(O, "declercq_fr_facture_expert_comptable", raw, "fr", "Cabinet Declercq & Associés",
        "supplier invoice TO the owner with IBAN and due date, PDF attached",
        notes="looks like the owner's own invoices but runs the other way")

    # ---------------------------------------------------------------- URSSAF message
    text = """Madame CARREL JUSTINE,

Un nouveau message est disponible dans votre espace en ligne urssaf.fr.

Objet : Votre échéancier de cotisations et contributions sociales 2027

Pour le consulter, connectez-vous à votre espace : https://www.urssaf.fr/accueil/

Cordialement,
Votre Urssaf

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Urssaf <ne_pas_repondre@urssaf.fr>"), ("To", OWNER_MAIL), ("Subject", "Nouveau message dans votre espace en ligne"),
               ("Date", rfc(2, "09:30")), ("Message-ID", "<%s@urssaf.fr>" % hx("o4", 30))], T(text))
    add(O, "urssaf_fr_nouveau_message_espace", raw, "fr", "URSSAF", "public body: new document in online account")

    # ---------------------------------------------------------------- impots.gouv CFE
    text = """Madame,

Votre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.

Montant à payer : 412 €
Date limite de paiement : 15/12/2026

Si vous avez adhéré au prélèvement mensuel ou à l'échéance, aucune démarche n'est nécessaire.

La Direction générale des Finances publiques

Ce message vous est adressé automatiquement. Merci de ne pas y répondre.
"""
    raw = MSG([("From", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre avis de CFE 2026 est disponible")), ("Date", rfc(30, "07:00")),
               ("Message-ID", "<%s@dgfip.finances.gouv.fr>" % hx("o5", 30))], T(text))
    add(O, "impots_gouv_fr_avis_cfe", raw, "fr", "DGFiP (impots.gouv)", "tax notice with amount and deadline (not a bank movement)")

    # ---------------------------------------------------------------- Malt marketplace
    text = """Bonjour Justine,

Vous avez reçu une nouvelle demande de mission sur Malt.

Entreprise : Brasserie Artisanale du Ternois
Mission : Recrutement d'un(e) responsable commercial(e) CHR - Hauts-de-France
Durée estimée : 2 mois - démarrage janvier 2027
Budget indiqué : 6 000 € HT

Répondez rapidement : les freelances qui répondent en moins de 24 h ont 2 fois plus de chances d'être choisis.

Voir la demande : https://www.malt.fr/messages

L'équipe Malt
Vous recevez cet e-mail car vous êtes inscrite sur Malt. Gérer mes notifications.
"""
    raw = MSG([("From", "Malt <notifications@malt.com>"), ("To", OWNER_MAIL), ("Subject", H("Nouvelle demande de mission : Brasserie Artisanale du Ternois")),
               ("Date", rfc(3, "15:12")), ("Message-ID", "<%s@malt.com>" % hx("o6", 30)),
               ("List-Unsubscribe", "<https://www.malt.fr/settings/notifications>")],
              alt("o6", text, page("Malt", html_paras(text), brand="#fc5757")))
    add(O, "malt_fr_demande_mission", raw, "fr", "Malt", "freelance marketplace notification with a budget amount")

    # ---------------------------------------------------------------- LinkedIn InMail notification
    text = """Justine, vous avez 1 nouveau message

Hugo Lambert
Directeur financier de transition | Ex-DAF groupe industriel

« Bonjour Justine, je me permets de vous contacter car j'ai vu que vous accompagnez des PME industrielles sur des postes de direction financière. Je suis disponible à partir de janvier... »

Répondre : https://www.linkedin.com/messaging/

Cet e-mail a été envoyé à Justine Carrel (Consultante en recrutement - Carrel Recrutement).
Découvrez pourquoi nous incluons ces informations : https://www.linkedin.com/help/linkedin/answer/4788
Vous recevez des notifications de messages. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
    raw = MSG([("From", "Hugo Lambert via LinkedIn <messages-noreply@linkedin.com>"), ("To", A("Justine Carrel", OWNER_MAIL)),
               ("Subject", "Hugo vient de vous envoyer un message"), ("Date", rfc(2, "18:27", "+0000")),
               ("Message-ID", "<%s@ltx1-app3124.prod.linkedin.com>" % hx("o7", 30)),
               ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"), ("X-LinkedIn-Class", "INMAIL")],
              alt("o7", text, page("LinkedIn", html_paras(text), brand="#0a66c2")))
    add(O, "linkedin_fr_nouveau_message", raw, "fr", "LinkedIn", "social network notification quoting a person's message",
        notes="the quoted text is from a person but the e-mail is a LinkedIn notification")

    # ---------------------------------------------------------------- phishing: fake Qonto suspension
    text = """Cher(e) client(e),

Dans le cadre de la nouvelle directive européenne DSP3, nous devons vérifier les informations de votre compte professionnel.
Sans action de votre part sous 24 heures, votre compte et vos cartes seront temporairement suspendus.

Vérifier mon compte : http://qonto-verification-compte.com/fr/login?id=88721

Merci de votre confiance,
Service Conformité Qonto
"""
    raw = MSG([("From", "Qonto <securite@qonto-verification-compte.com>"), ("Reply-To", "no-reply@qonto-verification-compte.com"),
               ("To", OWNER_MAIL), ("Subject", H("⚠️ Action requise : votre compte sera suspendu sous 24h")),
               ("Date", rfc(3, "03:44", "+0300")), ("Message-ID", "<%s@qonto-verification-compte.com>" % hx("o8", 20))],
              alt("o8", text, page("Qonto", html_paras(text).replace("http://qonto-verification-compte.com/fr/login?id=88721", '<a href="http://qonto-verification-compte.com/fr/login?id=88721">Vérifier mon compte</a>'), brand="#1d1d1b")))
    add(O, "phishing_fr_faux_qonto_suspension", raw, "fr", "phishing (fake Qonto)", "phishing imitating a neobank, lookalike domain")

    # ---------------------------------------------------------------- phishing: fake PayPal payment received
    text = """Vous avez reçu un paiement de 2 450,00 EUR

Cabinet Martin Conseil vous a envoyé 2 450,00 EUR.

Ce paiement est en attente de votre validation. Pour recevoir les fonds, veuillez confirmer votre identité et vos coordonnées bancaires dans les 48 heures :
https://paypal-secure-resolution-center.info/confirm

Le Service Client PayPal
"""
    raw = MSG([("From", "PayPal Service <service@paypal-secure-resolution-center.info>"), ("To", OWNER_MAIL),
               ("Subject", H("Vous avez reçu un paiement de 2 450,00 EUR")), ("Date", rfc(4, "02:17", "+0000")),
               ("Message-ID", "<%s@mail-relay-77.info>" % hx("o9", 20))],
              alt("o9", text, page("PayPal", html_paras(text), brand="#003087")))
    add(O, "phishing_fr_faux_paypal_paiement_recu", raw, "fr", "phishing (fake PayPal)",
        "phishing mimicking a payment-received notice from a lookalike domain",
        notes="label other per guide even though it mimics money in")

    # ---------------------------------------------------------------- spam 'vous avez gagné'
    text = """FÉLICITATIONS !

Vous avez été sélectionné(e) parmi nos clients fidèles pour recevoir un iPhone 17 Pro.
Il vous suffit de répondre à 3 questions et de régler les frais de port (1,95 €).

>>> Récupérer mon cadeau : http://cadeau-client-2026.xyz/r/JCARREL

Offre valable jusqu'au 04/12/2026 minuit.
Pour ne plus recevoir nos offres, cliquez ici.
"""
    raw = MSG([("From", "Service Fidelite <gagnant@cadeau-client-2026.xyz>"), ("To", OWNER_MAIL),
               ("Subject", H("Justine, vous avez gagné ! 🎁 Votre iPhone 17 Pro vous attend")), ("Date", rfc(1, "23:52", "+0200")),
               ("Message-ID", "<%s@cadeau-client-2026.xyz>" % hx("o10", 20)), ("X-Spam-Flag", "NO")],
              alt("o10", text, page("Félicitations", html_paras(text), brand="#ff0050")))
    add(O, "spam_fr_vous_avez_gagne", raw, "fr", "spam", "prize spam with small 'frais de port' amount")

    # ---------------------------------------------------------------- Google Calendar invitation
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261203T090000Z
DTEND:20261203T100000Z
DTSTAMP:20261130T101522Z
ORGANIZER;CN=Caroline Lemoine:mailto:caroline.lemoine@nordpack.fr
UID:%s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=justine@carrel-recrutement.fr;X-NUM-GUESTS=0:mailto:justine@carrel-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Caroline Lemoine;X-NUM-GUESTS=0:mailto:caroline.lemoine@nordpack.fr
DESCRIPTION:Point d'avancement recrutement Directeur industriel : shortlist et calendrier des entretiens finaux.
LOCATION:https://meet.google.com/xqe-kdpa-fmt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point recrutement Directeur industriel - Nordpack
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % hx("o11", 26)
    text = """Vous avez été invité(e) à l'événement suivant.

Point recrutement Directeur industriel - Nordpack
jeudi 3 déc. 2026 ⋅ 10:00 – 11:00 (heure normale d'Europe centrale - Paris)
Participer avec Google Meet : https://meet.google.com/xqe-kdpa-fmt

Organisateur : Caroline Lemoine
Invités : Caroline Lemoine, justine@carrel-recrutement.fr

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail, car vous êtes invité(e) à cet événement.
"""
    root = M("mixed", [M("alternative", [T(text), T("<html><body>" + html_paras(text) + "</body></html>", "html"),
                                         T(ics, "calendar", cs="UTF-8", cte="7bit", params="; method=REQUEST")],
                         "000000000000" + hx("o11a", 16)),
                       ATT(ics.encode(), "application/ics", "invite.ics")], "000000000000" + hx("o11m", 16))
    raw = MSG([("From", "Caroline Lemoine <calendar-notification@google.com>"), ("Reply-To", "Caroline Lemoine <caroline.lemoine@nordpack.fr>"),
               ("Sender", "Google Agenda <calendar-notification@google.com>"), ("To", OWNER_MAIL),
               ("Subject", H("Invitation: Point recrutement Directeur industriel - Nordpack @ jeu. 3 déc. 2026 10:00 - 11:00 (CET) (justine@carrel-recrutement.fr)")),
               ("Date", rfc(30, "10:15", "+0000")), ("Message-ID", "<calendar-%s@google.com>" % hx("o11", 32))], root)
    add(O, "google_agenda_fr_invitation", raw, "fr", "Google Calendar", "system-sent calendar invitation (text/calendar REQUEST) from a client",
        notes="organiser is a client (Nordpack) but the mail is generated by Google Calendar")

    # ---------------------------------------------------------------- Doctolib reminder
    text = """Rappel de votre rendez-vous

Bonjour Justine CARREL,

Nous vous rappelons votre rendez-vous :
Vendredi 4 décembre 2026 à 08:45
Dr Anne-Sophie Vermeersch - Médecin généraliste
Maison médicale Vauban, 18 rue Colbert, 59000 Lille

En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24 h à l'avance.
Gérer mon rendez-vous : https://www.doctolib.fr/account/appointments

Doctolib - Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Doctolib <no-reply@doctolib.fr>"), ("To", OWNER_MAIL), ("Subject", H("Rappel : votre rendez-vous demain à 08:45")),
               ("Date", rfc(3, "08:45")), ("Message-ID", "<%s@doctolib.fr>" % hx("o12", 30))],
              alt("o12", text, page("Doctolib", html_paras(text), brand="#107aca")))
    add(O, "doctolib_fr_rappel_rdv", raw, "fr", "Doctolib", "appointment reminder")

    # ---------------------------------------------------------------- Colissimo shipping
    text = """Bonjour,

Votre colis n° 6A24618893015 expédié par BUREAU VALLEE LILLE est en cours de livraison.
Il sera livré aujourd'hui, vendredi 4 décembre, entre 11h00 et 13h00.

Absent(e) ? Choisissez une autre date ou un point de retrait : https://www.laposte.fr/outils/suivre-vos-envois

Colissimo - La Poste
Merci de ne pas répondre à cet e-mail.
"""
    raw = MSG([("From", "Colissimo <noreply@notif-colissimo-laposte.info>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre colis 6A24618893015 est en cours de livraison")), ("Date", rfc(4, "07:31")),
               ("Message-ID", "<%s@notif-colissimo-laposte.info>" % hx("o13", 30))],
              alt("o13", text, page("Colissimo", html_paras(text), brand="#ffcc00")))
    add(O, "colissimo_fr_colis_en_livraison", raw, "fr", "Colissimo", "shipping notice")

    # ---------------------------------------------------------------- Qonto newsletter (bank marketing)
    text = """Les nouveautés Qonto de novembre 🎁

Bonjour Justine,

Ce mois-ci :
- Relances de factures automatiques : programmez vos rappels clients et suivez les paiements reçus directement depuis l'onglet Factures.
- Facturation électronique : êtes-vous prête pour la réforme de septembre 2026 ? Nos conseils en 5 minutes.
- Cartes virtuelles illimitées sur les forfaits Smart et Premium.

Découvrir les nouveautés : https://qonto.com/fr/nouveautes

L'équipe Qonto
Vous recevez cet e-mail car vous êtes cliente Qonto. Se désinscrire : https://qonto.com/unsubscribe
"""
    raw = MSG([("From", "Qonto <newsletter@qonto.com>"), ("To", OWNER_MAIL), ("Subject", H("Les nouveautés Qonto de novembre 🎁")),
               ("Date", rfc(1, "09:00", "+0000")), ("Message-ID", "<%s@news.qonto.com>" % hx("o14", 30)),
               ("List-Unsubscribe", "<https://qonto.com/unsubscribe?u=%s>, <mailto:unsubscribe@qonto.com>" % hx("o14u", 12)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
              alt("o14", text, page("Qonto", html_paras(text), brand="#1d1d1b")))
    add(O, "qonto_fr_newsletter_nouveautes", raw, "fr", "Qonto (marketing)", "bank newsletter mentioning invoices, reminders and payments received")

    # ---------------------------------------------------------------- BNP marketing
    text = """Professionnels : financez vos projets 2027

Madame Carrel,

Ordinateur, véhicule, aménagement de vos locaux : avec le Crédit Pro Équipement, financez vos investissements de 3 000 € à 75 000 €, avec une réponse de principe en 48 h.
Exemple : pour un prêt de 10 000 € sur 36 mois, mensualités de 297,46 €, TAEG fixe 4,90 %.

Prendre rendez-vous avec votre conseiller : https://mabanqueentreprise.bnpparibas/rdv

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.
BNP Paribas SA - 662 042 449 RCS Paris. Pour ne plus recevoir nos offres commerciales, cliquez ici.
"""
    raw = MSG([("From", "BNP Paribas Professionnels <bnpparibas@info.bnpparibas.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Justine, un projet d'équipement pour 2027 ?")), ("Date", rfc(2, "10:30")),
               ("Message-ID", "<%s@info.bnpparibas.fr>" % hx("o15", 30)),
               ("List-Unsubscribe", "<https://info.bnpparibas.fr/u/%s>" % hx("o15u", 16)), ("Precedence", "bulk")],
              alt("o15", text, page("BNP Paribas", html_paras(text), brand="#00915a")))
    add(O, "bnp_fr_marketing_credit_pro", raw, "fr", "BNP Paribas (marketing)", "bank marketing with amounts and monthly instalments")

    # ---------------------------------------------------------------- Indeed: new application
    text = """Nouvelle candidature

Responsable logistique (H/F) - Villeneuve-d'Ascq

Thibault V. a postulé à votre offre.
Expérience : Responsable d'entrepôt - 8 ans
Localisation : Tourcoing

Voir la candidature : https://employers.indeed.com/candidates

Vous recevez cet e-mail car vous gérez cette offre sur Indeed. Gérer mes préférences d'e-mail.
Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2
"""
    raw = MSG([("From", "Indeed <alert@indeed.com>"), ("To", OWNER_MAIL), ("Subject", "Nouvelle candidature pour Responsable logistique (H/F)"),
               ("Date", rfc(1, "19:02", "+0000")), ("Message-ID", "<%s@indeed.com>" % hx("o16", 30))],
              alt("o16", text, page("Indeed", html_paras(text), brand="#2164f3")))
    add(O, "indeed_fr_nouvelle_candidature", raw, "fr", "Indeed", "job-board application notification (owner's trade)")

    # ---------------------------------------------------------------- APEC: job ad expiring
    text = """Bonjour,

Votre offre « Contrôleur de gestion industriel H/F » (réf. 178240913W) sera désactivée le 07/12/2026.

Vous pouvez la prolonger de 30 jours depuis votre espace recruteur :
https://recruteurs.apec.fr/

Apec - Association pour l'emploi des cadres
Cet e-mail vous a été envoyé automatiquement.
"""
    raw = MSG([("From", "Apec Recruteurs <ne-pas-repondre@recruteurs.apec.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre offre expire dans 3 jours")), ("Date", rfc(4, "06:00")),
               ("Message-ID", "<%s@apec.fr>" % hx("o17", 30))], T(text))
    add(O, "apec_fr_offre_expire", raw, "fr", "Apec", "job-board expiry notice")

    # ---------------------------------------------------------------- insurer: RC Pro renewal notice
    text = """Madame Carrel,

Votre contrat d'assurance Responsabilité Civile Professionnelle n° HA-RCP-0917423 arrive à échéance le 01/01/2027.

Avis d'échéance 2027 :
Prime annuelle TTC : 1 078,80 €
Mode de paiement : prélèvement mensuel (89,90 €)

Votre attestation d'assurance 2027 sera disponible dans votre espace client à partir du 01/01/2027.

Hiscox - 38 avenue de l'Opéra, 75002 Paris
Ceci est un message automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Hiscox <ne-pas-repondre@hiscox.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre avis d'échéance 2027 - Responsabilité Civile Professionnelle")), ("Date", rfc(30, "11:00")),
               ("Message-ID", "<%s@hiscox.fr>" % hx("o18", 30))],
              M("mixed", [alt("o18", text, page("Hiscox", html_paras(text), brand="#c4002b")),
                          ATT(pdf(text.split("\n"), "Avis d'échéance"), "application/pdf", "Avis_echeance_2027.pdf")], "=_mixed_" + hx("o18m", 20)))
    add(O, "hiscox_fr_avis_echeance_rc_pro", raw, "fr", "Hiscox", "insurer renewal notice with premium, PDF")

    # ---------------------------------------------------------------- CCI event via Brevo
    text = """Matinale RH - Recruter en 2027 : pénurie de talents et IA

Jeudi 10 décembre 2026, 8h30 - 10h30
CCI Grand Lille - Place du Théâtre, Lille

Au programme : tendances du marché des cadres en Hauts-de-France, retours d'expérience de dirigeants de PME, table ronde avec des cabinets de recrutement.

Je m'inscris : https://www.grand-lille.cci.fr/agenda

CCI Grand Lille
Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre d'information de la CCI Grand Lille. Se désinscrire.
"""
    raw = MSG([("From", "CCI Grand Lille <evenements@grand-lille.cci.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Invitation - Matinale RH du 10 décembre")), ("Date", rfc(1, "11:15")),
               ("Message-ID", "<%s@smtp-relay.sendinblue.com>" % hx("o19", 30)),
               ("List-Unsubscribe", "<https://r.sib.example/unsub?e=%s>" % hx("o19u", 12)), ("X-Mailer", "Sendinblue"),
               ("Precedence", "bulk")],
              alt("o19", text, page("CCI", html_paras(text), brand="#005ca9")))
    add(O, "cci_grand_lille_fr_invitation_matinale", raw, "fr", "CCI Grand Lille", "chamber of commerce event invitation via Brevo/Sendinblue")

    # ---------------------------------------------------------------- professional body newsletter
    text = """FLASH SOCIAL - DÉCEMBRE 2026

• Réforme de la facturation électronique : le calendrier pour les TPE de conseil
• Barème des frais kilométriques 2027
• Baromètre du recrutement des cadres : +4 % d'intentions d'embauche en Hauts-de-France
• Rappel : cotisation 2027 des adhérents, appel à venir en janvier

Lire la lettre en ligne : https://www.federation-conseil-rh.example/lettres/2026-12

Fédération des métiers du conseil RH - 3 rue de l'Arcade, 75008 Paris
Vous recevez cette lettre en tant qu'adhérent(e). Se désabonner.
"""
    raw = MSG([("From", "Fédération du conseil RH <lettre@federation-conseil-rh.example>".replace("é", "e")), ("To", OWNER_MAIL),
               ("Subject", H("Flash social - décembre 2026")), ("Date", rfc(2, "07:30")),
               ("Message-ID", "<%s@federation-conseil-rh.example>" % hx("o20", 30)),
               ("List-Id", "<flash-social.federation-conseil-rh.example>"), ("Precedence", "bulk")],
              T(text))
    add(O, "federation_conseil_rh_fr_flash_social", raw, "fr", "professional body newsletter", "plain-text member newsletter mentioning cotisation")

    # ---------------------------------------------------------------- coworking landlord invoice
    text = """Bonjour Justine,

Votre facture du mois de décembre 2026 est disponible.

Numéro : F-CV-2026-1204
Bureau privatif 2B + accès salles de réunion (4 h incluses)
Montant : 420,00 € TTC
Échéance : 05/12/2026 - prélèvement SEPA

Télécharger la facture : https://app.lecomptoirvauban.fr/invoices/F-CV-2026-1204

À bientôt au Comptoir !
Le Comptoir Vauban - espace de coworking - 61 rue Solférino, Lille
"""
    raw = MSG([("From", "Le Comptoir Vauban <factures@lecomptoirvauban.fr>"), ("To", OWNER_MAIL),
               ("Subject", "Votre facture F-CV-2026-1204"), ("Date", rfc(1, "07:00")),
               ("Message-ID", "<%s@lecomptoirvauban.fr>" % hx("o21", 30))],
              alt("o21", text, page("Facture", html_paras(text), brand="#e07a5f")))
    add(O, "comptoir_vauban_fr_facture_coworking", raw, "fr", "Le Comptoir Vauban (landlord)",
        "landlord/coworking invoice whose number resembles the owner's F-2026 series")

    # ---------------------------------------------------------------- EDF Entreprises
    text = """Bonjour,

Votre facture d'électricité est disponible dans votre Espace Client.

Contrat : Électricité - Bureau 61 rue Solférino, Lille
Montant : 86,40 € TTC
Prélèvement prévu le 15/12/2026

EDF Entreprises - Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "EDF Entreprises <service-client@edf-entreprises.fr>"), ("To", OWNER_MAIL),
               ("Subject", H("Votre facture d'électricité est disponible")), ("Date", rfc(3, "06:12")),
               ("Message-ID", "<%s@edf.fr>" % hx("o22", 30))],
              alt("o22", text, page("EDF", html_paras(text), brand="#001a70")))
    add(O, "edf_entreprises_fr_facture_electricite", raw, "fr", "EDF Entreprises", "utility invoice with scheduled debit")

    # ---------------------------------------------------------------- Google Workspace invoice (EN)
    text = """Your Google Workspace monthly invoice is available

Billing account: Carrel Recrutement
Invoice number: 5281347790
Invoice date: Nov 30, 2026
Amount: €16.20

Your Mastercard ending in 8817 will be charged automatically. No action is needed.

View invoice: https://admin.google.com/ac/billing

Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
"""
    raw = MSG([("From", "Google Workspace <payments-noreply@google.com>"), ("To", OWNER_MAIL),
               ("Subject", "Your Google Workspace invoice is available for carrel-recrutement.fr"), ("Date", rfc(1, "02:33", "-0800")),
               ("Message-ID", "<%s@google.com>" % hx("o23", 30))],
              alt("o23", text, page("Google Workspace", html_paras(text), brand="#4285f4")))
    add(O, "google_workspace_en_facture", raw, "en", "Google Workspace billing", "SaaS invoice, card charged automatically")

    # ---------------------------------------------------------------- Qonto security alert
    text = """Nouvelle connexion à votre compte

Bonjour Justine,

Une nouvelle connexion à votre compte Qonto a été détectée :
Appareil : Chrome sur Windows
Lieu approximatif : Lille, France
Date : 02/12/2026 à 21:07

Si c'est bien vous, vous n'avez rien à faire. Sinon, bloquez immédiatement l'accès depuis l'application et contactez notre support.

L'équipe Qonto
Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    raw = MSG([("From", "Qonto <security@qonto.com>"), ("To", OWNER_MAIL), ("Subject", H("Nouvelle connexion à votre compte Qonto")),
               ("Date", rfc(2, "20:07", "+0000")), ("Message-ID", "<%s@notifications.qonto.com>" % hx("o24", 36))],
              alt("o24", text, page("Sécurité", html_paras(text), brand="#1d1d1b")))
    add(O, "qonto_fr_alerte_nouvelle_connexion", raw, "fr", "Qonto (security)", "bank security alert, genuine sender, no money movement")

    # ---------------------------------------------------------------- DocuSign completed
    text = """Votre document a été rempli

Tous les signataires ont terminé la signature de « Proposition d'intervention - Recrutement Directeur administratif et financier - Kineo Medical ».

Honoraires : 18 % de la rémunération annuelle brute, dont un tiers à la signature.

AFFICHER LE DOCUMENT : https://eu.docusign.net/Signing/EmailStart.aspx

Ne partagez pas ce courriel
Ce courriel contient un lien sécurisé vers DocuSign. Veuillez ne pas partager ce courriel, le lien ou le code d'accès avec d'autres personnes.
"""
    raw = MSG([("From", "Justine Carrel via Docusign <dse_NA4@docusign.net>"), ("Reply-To", OWNER), ("To", OWNER_MAIL),
               ("Subject", H("Terminé : Proposition d'intervention - Recrutement DAF - Kineo Medical")), ("Date", rfc(3, "17:58", "-0800")),
               ("Message-ID", "<%s@docusign.net>" % hx("o25", 30))],
              alt("o25", text, page("DocuSign", html_paras(text), brand="#4c00ff")))
    add(O, "docusign_fr_proposition_signee", raw, "fr", "DocuSign", "e-signature completed notice about fees (no payment)")

    # ---------------------------------------------------------------- Qonto fee invoice
    text = """Bonjour Justine,

Votre facture Qonto du mois de novembre 2026 est disponible.

Forfait Smart : 29,00 € HT
Opérations supplémentaires : 0,00 € HT
Total : 34,80 € TTC

Ce montant sera débité de votre compte principal le 02/12/2026.

Télécharger la facture : https://app.qonto.com/settings/billing

L'équipe Qonto
"""
    raw = MSG([("From", "Qonto <billing@qonto.com>"), ("To", OWNER_MAIL), ("Subject", H("Votre facture Qonto de novembre 2026")),
               ("Date", rfc(1, "05:00", "+0000")), ("Message-ID", "<%s@notifications.qonto.com>" % hx("o26", 36))],
              alt("o26", text, page("Facture", html_paras(text), brand="#1d1d1b")))
    add(O, "qonto_fr_facture_abonnement", raw, "fr", "Qonto (billing)", "the bank's own fee invoice (other per guide)")


# =====================================================================================
def main():
    human()
    payments()
    autos()
    bounces()
    others()
    write_all()
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    for lab in LABELS:
        print("%-22s %d" % (lab, c[lab]))
    print("%-22s %d" % ("total", len(ROWS)))


if __name__ == "__main__":
    main()
