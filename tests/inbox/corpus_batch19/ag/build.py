#!/usr/bin/env python3
"""Builds the final19 blind evaluation set for dunnerd (owner: Antoine Ferreira,
e-bike repair / fleet maintenance / call-outs, Montpellier, micro-entrepreneur).

Standard library only. Writes one .eml per message into <label>/ and labels.tsv.
Every message is written for dunnerd (synthetic); formats follow the public
wording of the senders as documented in their help pages / public samples
(see the `pattern` and `notes` columns and README.md).
"""
import base64
import hashlib
import os
import quopri
import random
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final19"
LABELS = ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]
OWNER_NAME = "Antoine Ferreira"
OWNER = "antoine@ferreira-velo.fr"
OWNER_FULL = formataddr((OWNER_NAME, OWNER))
CET = timezone(timedelta(hours=1))
UTC = timezone.utc
NL = "\n"

ROWS = []
SEEN = set()


# ---------------------------------------------------------------- helpers
def rng(key):
    return random.Random(hashlib.sha256(key.encode()).hexdigest())


def d(day, hh, mm, ss=0, tz=CET):
    """day 30 = Mon 30 Nov 2026, 1..4 = Tue 1 .. Fri 4 Dec 2026 (times given in CET)."""
    month = 11 if day >= 20 else 12
    t = datetime(2026, month, day, hh, mm, ss, tzinfo=CET)
    return t.astimezone(tz)


def date(t):
    return format_datetime(t)


def mid(key, domain, style="hex"):
    r = rng("mid" + key)
    if style == "gmail":
        a = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(44))
        return f"<{a}@mail.gmail.com>"
    if style == "outlook":
        srv = r.choice(["PAXPR07MB", "PR3PR02MB", "AM9PR10MB", "DB9PR08MB", "PA4PR09MB", "MR1PR04MB"]) + str(r.randint(1000, 9999))
        a = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        region = srv[2:5].lower() if False else "eurprd0" + srv[5]
        return f"<{srv}{a}@{srv}.{region}.prod.outlook.com>"
    if style == "apple":
        u = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    a = "".join(r.choice("0123456789abcdef") for _ in range(24))
    return f"<{a}.{r.randint(100000,999999)}@{domain}>"


def ad(name, addr, cs="utf-8"):
    return formataddr((name, addr), charset=cs) if name else addr


def hq(s, cs="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def b64(raw):
    s = base64.b64encode(raw)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def ent(headers, body):
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    if isinstance(body, str):
        body = body.encode("utf-8")
    return h.encode("utf-8") + b"\n" + body


def text(body, sub="plain", cs="utf-8", cte="qp", params="", extra=()):
    raw = body.encode(cs)
    if cte == "qp":
        payload, name = quopri.encodestring(raw), "quoted-printable"
    elif cte == "b64":
        payload, name = b64(raw), "base64"
    elif cte == "8bit":
        payload, name = raw, "8bit"
    else:
        payload, name = raw, "7bit"
    ct = f"text/{sub}; charset={cs}" if not params else f"text/{sub}; charset={cs}{params}"
    hdrs = [("Content-Type", ct)]
    if cte is not None:
        hdrs.append(("Content-Transfer-Encoding", name))
    return ent(hdrs + list(extra), payload)


def mp(sub, parts, key, params="", preamble="", extra=()):
    r = rng("b" + key + sub)
    bnd = "".join(r.choice("0123456789abcdef") for _ in range(28))
    bnd = {"alternative": "000000000000" + bnd[:16], "mixed": "----=_Part_" + bnd[:20],
           "related": "_rel_" + bnd, "report": "report-" + bnd[:20]}.get(sub, bnd)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + bnd.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + bnd.encode() + b"--\n"
    return ent([("Content-Type", f'multipart/{sub}; boundary="{bnd}"{params}')] + list(extra), out)


def att(data, ctype, filename, disp="attachment", extra=()):
    return ent([("Content-Type", f'{ctype}; name="{filename}"'),
                ("Content-Disposition", f'{disp}; filename="{filename}"'),
                ("Content-Transfer-Encoding", "base64")] + list(extra), b64(data))


def msg(headers, entity):
    h = ""
    for k, v in headers:
        if v is None:
            continue
        h += f"{k}: {v}\n"
    return h.encode("utf-8") + entity


def pdf(lines, title="Document"):
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 10 Tf 14 TL 56 790 Td\n"
    for i, line in enumerate(lines):
        stream += f"({esc(line)}) Tj T*\n"
    stream += "ET\n"
    sb = stream.encode("cp1252", errors="replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
        b"<< /Title (" + esc(title).encode("cp1252", errors="replace") + b") /Producer (PDF export) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def eur(x, sep=" ", dec=","):
    s = f"{x:,.2f}"
    ent_, cents = s.split(".")
    return ent_.replace(",", sep) + dec + cents


def add(path, label, data, lang, provider, group, pattern, facts="", notes="",
        money=None, fidelity="synthetic"):
    assert label in LABELS, label
    assert path not in SEEN, path
    SEEN.add(path)
    full = os.path.join(OUT, label, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    m = money or {}
    row = {
        "file": f"{label}/{path}", "label": label, "source_repo": "synthetic",
        "source_path": "build.py", "source_commit": "", "license": "written for dunnerd",
        "fidelity": fidelity, "lang": lang, "provider": provider, "source_group": group,
        "pattern": pattern,
        "direction": m.get("dir", ""), "amount": m.get("amount", ""), "currency": m.get("cur", ""),
        "payer": m.get("payer", ""), "reference": m.get("ref", ""), "value_date": m.get("vd", ""),
        "counts_as_payment": m.get("counts", ""), "facts": facts, "split": SPLIT, "notes": notes,
    }
    if label == "payment_notification":
        assert row["direction"] and row["counts_as_payment"], path
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (path, k)
    ROWS.append(row)


# ------------------------------------------------ the owner's reminders (quoted)
SIG_FR = """Antoine Ferreira
Ferreira Vélo — réparation VAE · entretien de flottes · dépannage sur site
12 rue du Faubourg Figuerolles, 34070 Montpellier
06 12 34 56 78 · ferreira-velo.fr"""

SIG_EN = """Antoine Ferreira
Ferreira Vélo — e-bike repair, fleet maintenance, on-site call-outs
Montpellier, France · +33 6 12 34 56 78"""


def reminder_fr(num, amount, issued, due, second=False):
    first = ("Sauf erreur de ma part, la facture {n} d'un montant de {a} €, émise le {i}, "
             "est arrivée à échéance le {d} et reste à ce jour impayée.")
    if second:
        first = ("Je reviens vers vous au sujet de la facture {n} ({a} €, échue le {d}), "
                 "pour laquelle je n'ai pas encore reçu de règlement malgré ma précédente relance.")
    return (f"Bonjour,\n\n" + first.format(n=num, a=amount, i=issued, d=due) +
            "\n\nJe vous remercie de bien vouloir procéder au règlement par virement "
            "(coordonnées bancaires en pied de facture), ou de me dire si quelque chose bloque "
            "de votre côté.\n\nBien cordialement,\n\n" + SIG_FR + "\n")


def reminder_en(num, amount, issued, due):
    return (f"Hello,\n\nAccording to my records, invoice {num} for €{amount} issued on {issued} "
            f"was due on {due} and is still unpaid.\n\nCould you please arrange payment by bank "
            "transfer (bank details are at the bottom of the invoice), or let me know if "
            "anything is holding it up?\n\nKind regards,\n\n" + SIG_EN + "\n")


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.rstrip("\n").split("\n"))


def rem_id(n, k=1):
    return f"<dunnerd.{n}.{k}@ferreira-velo.fr>"


def rem_subj_fr(num):
    return f"Rappel : facture {num} échue"


def rem_subj_en(num):
    return f"Reminder: invoice {num} is overdue"


# ------------------------------------------------------------ client helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(s):
    out = []
    for line in s.rstrip("\n").split("\n"):
        out.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    return "".join(out)


def gmail_reply(key, frm, subject, t, body, qhdr, qtext, to=OWNER_FULL, cc=None,
                irt=None, refs=None, attach=None):
    plain = body.rstrip("\n") + "\n\n" + qhdr + "\n\n" + quote(qtext) + "\n"
    html = ('<div dir="ltr">' + html_lines(body) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">' + esc(qhdr) + '<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + esc(qtext).replace("\n", "<br>\n") + '</blockquote></div>\n')
    alt = mp("alternative", [text(plain, cs="UTF-8", cte="qp"),
                             text(html, "html", cs="UTF-8", cte="qp")], key)
    if attach:
        alt = mp("mixed", [alt] + attach, key)
    return msg([("MIME-Version", "1.0"), ("Date", date(t)),
                ("References", refs or irt), ("In-Reply-To", irt),
                ("Message-ID", mid(key, "", "gmail")), ("Subject", hq(subject)),
                ("From", frm), ("To", to), ("Cc", cc)], alt)


def outlook_hdr_fr(t, subject, to="Antoine Ferreira <antoine@ferreira-velo.fr>", frm=OWNER_FULL, cc=None):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"]
    s = (f"De : {frm}\nEnvoyé : {jours[t.weekday()]} {t.day} {mois[t.month-1]} {t.year} "
         f"{t.hour:02d}:{t.minute:02d}\nÀ : {to}\n")
    if cc:
        s += f"Cc : {cc}\n"
    return s + f"Objet : {subject}\n"


def outlook_html(key, frm, subject, t, body_html, to=OWNER_FULL, cc=None, irt=None,
                 cs="windows-1252", lang="fr-FR", attach=None, thread_topic=None):
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body_html + '\n</div>\n</body>\n</html>\n')
    r = rng("ol" + key)
    ent_ = text(html, "html", cs=cs, cte="qp")
    if attach:
        ent_ = mp("mixed", [ent_] + attach, key)
    ti = base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()
    return msg([("From", frm), ("To", to), ("Cc", cc), ("Subject", hq(subject, "utf-8")),
                ("Thread-Topic", hq(thread_topic or subject.split(": ", 1)[-1].replace("RE : ", ""))),
                ("Thread-Index", ti), ("Date", date(t.astimezone(UTC))),
                ("Message-ID", mid(key, "", "outlook")), ("References", irt), ("In-Reply-To", irt),
                ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
                ("MIME-Version", "1.0")], ent_)


def p(s, style=""):
    """One Outlook paragraph."""
    if not s:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f'<p class="MsoNormal"{style}>{esc(s)}<o:p></o:p></p>'


def ol_quote_fr(t, subject, qtext, to="Antoine Ferreira &lt;antoine@ferreira-velo.fr&gt;"):
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"]
    h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         f'<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">De&nbsp;:</span></b>'
         f'<span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Antoine Ferreira &lt;antoine@ferreira-velo.fr&gt;<br>\n'
         f'<b>Envoyé&nbsp;:</b> {jours[t.weekday()]} {t.day} {mois[t.month-1]} {t.year} {t.hour:02d}:{t.minute:02d}<br>\n'
         f'<b>À&nbsp;:</b> {to}<br>\n<b>Objet&nbsp;:</b> {esc(subject)}<o:p></o:p></span></p>\n</div>\n')
    return h + "".join(p(l) for l in qtext.rstrip("\n").split("\n"))


def iphone(key, frm, subject, t, body, qhdr=None, qtext=None, irt=None, sig="Envoyé de mon iPhone",
           cc=None, to=OWNER_FULL, mailer="iPhone Mail (22B91)"):
    s = body.rstrip("\n") + "\n\n" + sig + "\n"
    if qtext:
        s += "\n> " + qhdr + "\n> \n" + quote(qtext) + "\n"
    return msg([("Content-Type", None), ("From", frm), ("Mime-Version", "1.0 (1.0)"),
                ("Subject", hq(subject)), ("Date", date(t)), ("Message-Id", mid(key, "example.net", "apple")),
                ("References", irt), ("Cc", cc), ("In-Reply-To", irt), ("To", to),
                ("X-Mailer", mailer)],
               text(s, cs="utf-8", cte="qp"))


def gm_qhdr_fr(t):
    jours = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    return (f"Le {jours[t.weekday()]} {t.day} {mois[t.month-1]} {t.year} à {t.hour:02d}:{t.minute:02d}, "
            "Antoine Ferreira <antoine@ferreira-velo.fr> a écrit :")


def gm_qhdr_en(t):
    return (t.strftime("On %a, %b ") + str(t.day) + t.strftime(", %Y at ") +
            (t.strftime("%I:%M").lstrip("0")) + t.strftime(" %p") +
            " Antoine Ferreira <antoine@ferreira-velo.fr> wrote:")


def ios_qhdr_fr(t):
    mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    return f"Le {t.day} {mois[t.month-1]} {t.year} à {t.hour:02d}:{t.minute:02d}, Antoine Ferreira <antoine@ferreira-velo.fr> a écrit :"


def tb_qhdr_fr(t):
    return f"Le {t.day:02d}/{t.month:02d}/{t.year} à {t.hour:02d}:{t.minute:02d}, Antoine Ferreira a écrit :"


# ================================================================ human_reply
def human():
    L = "human_reply"

    # 1 -- Gmail (Workspace), top-posted, "vendredi"
    k = "velocite_fr_virement_vendredi"
    rt = d(27, 8, 2)
    q = reminder_fr("F-2026-0412", "1 480,00", "15/10/2026", "14/11/2026")
    add(k + ".eml", L, gmail_reply(k, ad("Mathilde Roux", "mathilde.roux@velocite-logistique.fr"),
        "Re: " + rem_subj_fr("F-2026-0412"), d(30, 9, 12, 31),
        "Bonjour Antoine,\n\nDésolée pour le retard, on a changé de logiciel de compta en novembre et "
        "plusieurs factures fournisseurs sont restées coincées dans l'ancien.\nJe fais le virement vendredi, "
        "vous devriez l'avoir en début de semaine prochaine au plus tard.\n\nBonne journée,\nMathilde\n\n-- \n"
        "Mathilde Roux\nResponsable administrative & financière\nVélocité Logistique — livraison du dernier kilomètre\n"
        "04 67 00 41 12",
        gm_qhdr_fr(rt), q, irt=rem_id(412)),
        "fr", "", "Vélocité Logistique", "Gmail/Workspace multipart/alternative, top-posted above quoted reminder",
        facts="promise_date=2026-12-04", notes="'je fais le virement vendredi' written Mon 30 Nov")

    # 2 -- Outlook HTML-only, windows-1252, "prévu le 15"
    k = "hotel_arceaux_paiement_prevu_le_15"
    rt = d(27, 8, 5)
    q = reminder_fr("F-2026-0398", "2 160,00", "02/10/2026", "01/11/2026", second=True)
    body = "".join([p("Bonjour Monsieur Ferreira,"), p(""),
        p("Je fais suite à votre relance. Votre facture a bien été validée par la direction, le paiement est prévu le 15, "
          "date à laquelle notre cabinet comptable passe les règlements fournisseurs du mois."),
        p(""), p("Nous vous remercions pour votre patience et pour la réactivité de vos interventions sur nos vélos de prêt."),
        p(""), p("Cordialement,"), p(""),
        '<p class="MsoNormal"><b><span style="color:#7F6000">Julien Castan</span></b><o:p></o:p></p>',
        p("Directeur"), p("Hôtel des Arceaux ***"), p("31 boulevard des Arceaux – 34000 Montpellier"),
        p("Tél. 04 67 00 92 30"), p(""), ol_quote_fr(rt, rem_subj_fr("F-2026-0398"), q)])
    add(k + ".eml", L, outlook_html(k, ad("Julien Castan", "direction@hotel-des-arceaux.fr"),
        "RE: " + rem_subj_fr("F-2026-0398"), d(1, 10, 47, 3), body, irt=rem_id(398, 2)),
        "fr", "", "Hôtel des Arceaux", "Outlook HTML-only windows-1252 QP, quoted reminder below Outlook header block",
        facts="promise_date=2026-12-15", notes="'le paiement est prévu le 15' (December)")

    # 3 -- iPhone, tu, fin de la semaine prochaine + facture
    k = "coursiers_clapas_tu_fin_semaine_prochaine"
    rt = d(1, 8, 0)
    q = reminder_fr("F-2026-0426", "690,00", "20/10/2026", "19/11/2026")
    add(k + ".eml", L, iphone(k, ad("Yanis Belkacem", "yanis@coursiers-du-clapas.fr"),
        "Re: " + rem_subj_fr("F-2026-0426"), d(1, 13, 4, 52),
        "Salut Antoine,\n\nOui je sais, on a eu un mois pourri avec la pluie, trois coursiers en arrêt et les "
        "clients qui paient à 60 jours... Je te règle d'ici la fin de la semaine prochaine, promis.\n"
        "Tu peux me renvoyer la facture au passage ? Je la retrouve plus dans le drive de la coop.\n\nYanis",
        ios_qhdr_fr(rt), q, irt=rem_id(426)),
        "fr", "", "Les Coursiers du Clapas (coop)", "iPhone plain text QP, informal tu, Envoyé de mon iPhone, quoted reminder",
        facts="promise_date=2026-12-11;request_invoice=yes",
        notes="'d'ici la fin de la semaine prochaine' on Tue 1 Dec = by Fri 11 Dec")

    # 4 -- English, Gmail, pay on the 10th
    k = "pedal_and_co_en_pay_on_the_10th"
    rt = d(30, 8, 10)
    q = reminder_en("INV-0431", "1,850.00", "22 October 2026", "21 November 2026")
    add(k + ".eml", L, gmail_reply(k, ad("Rosie Whitfield", "rosie@pedalandco-tours.co.uk"),
        "Re: " + rem_subj_en("INV-0431"), d(30, 11, 26, 8, UTC),
        "Hi Antoine,\n\nApologies - this one slipped through while I was off. It's approved now and we'll pay on "
        "the 10th with the rest of the December supplier run.\n\nThanks again for turning the fleet round so fast "
        "before the Camargue group.\n\nBest,\nRosie\n\nRosie Whitfield | Operations\nPedal & Co Tours Ltd\n"
        "Registered in England & Wales No. 09876543",
        gm_qhdr_en(rt), q, irt=rem_id(431)),
        "en", "", "Pedal & Co Tours (UK)", "English Gmail reply, ordinal date without month",
        facts="promise_date=2026-12-10")

    # 5 -- English, Outlook HTML, payment run Thursday
    k = "datasoft_en_payment_run_thursday"
    rt = d(30, 8, 12)
    q = reminder_en("INV-0427", "1,250.00", "19 October 2026", "18 November 2026")
    body = "".join([p("Hi Antoine,"), p(""),
        p("Thanks for the nudge. Your invoice INV-0427 has been approved by our office manager and is "
          "included in this week's payment run, which is on Thursday. Funds usually land the same day for SEPA."),
        p(""), p("Kind regards,"), p(""),
        '<p class="MsoNormal"><b>Priya Raman</b><o:p></o:p></p>', p("Finance Manager | Datasoft Occitanie SAS"),
        p("Parc Eureka, 34000 Montpellier"), p(""),
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
        '<b>From:</b> Antoine Ferreira &lt;antoine@ferreira-velo.fr&gt;<br><b>Sent:</b> Monday, November 30, 2026 8:12 AM<br>'
        '<b>To:</b> accounts@datasoft-occitanie.fr<br><b>Subject:</b> ' + rem_subj_en("INV-0427") + '<o:p></o:p></p></div>',
        "".join(p(l) for l in q.split("\n"))])
    add(k + ".eml", L, outlook_html(k, ad("Priya Raman", "priya.raman@datasoft-occitanie.fr"),
        "RE: " + rem_subj_en("INV-0427"), d(1, 15, 2, 40), body, irt=rem_id(427), cs="utf-8", lang="en-GB"),
        "en", "", "Datasoft Occitanie", "Outlook HTML-only utf-8, English, 'payment run is on Thursday'",
        facts="promise_date=2026-12-03", notes="written Tue 1 Dec; Thursday = 3 Dec")

    # 6 -- dispute, long legal signature
    k = "sud_energies_contestation_11_velos_sur_14"
    rt = d(30, 8, 20)
    sig = ("\n\n--\nCaroline Delmas-Ferrand\nResponsable Services Généraux\nSUD ÉNERGIES INGÉNIERIE SAS\n"
           "Capital social : 1 250 000 € – RCS Montpellier 812 345 678 – TVA FR 41 812345678\n"
           "Siège : 190 rue Georges Méliès, 34000 Montpellier\n\n"
           "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
           "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous "
           "recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. "
           "L'internet ne permettant pas d'assurer l'intégrité de ce message, SUD ÉNERGIES INGÉNIERIE décline "
           "toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.\n"
           "Pensez à l'environnement avant d'imprimer ce message.\n")
    body = ("Monsieur,\n\nNous accusons réception de votre relance concernant la facture F-2026-0405 d'un montant "
            "de 3 450,00 €.\n\nNous contestons cette facture en l'état : elle porte sur la révision de 14 vélos à "
            "assistance électrique de notre flotte, or seuls 11 vélos ont été révisés lors de votre passage du "
            "12 novembre (les 3 vélos du site de Lattes n'ont pas été vus, ce que confirme la fiche d'intervention "
            "signée par notre agent d'accueil).\n\nNous vous remercions de nous adresser une facture rectificative "
            "ou un avoir correspondant aux 3 vélos non révisés. Nous procéderons au règlement à réception.\n\n"
            "Cordialement," + sig + "\n" + tb_qhdr_fr(rt) + "\n" + quote(reminder_fr("F-2026-0405", "3 450,00", "13/10/2026", "12/11/2026")) + "\n")
    add(k + ".eml", L, msg([("From", ad("Caroline Delmas-Ferrand", "c.delmas-ferrand@sud-energies-ingenierie.fr")),
        ("To", OWNER_FULL), ("Cc", "comptabilite@sud-energies-ingenierie.fr"),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0405"))), ("Date", date(d(2, 9, 41, 17))),
        ("Message-ID", mid(k, "sud-energies-ingenierie.fr")), ("In-Reply-To", rem_id(405)),
        ("References", rem_id(405)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird")], text(body, cs="UTF-8", cte="8bit", params="; format=flowed")),
        "fr", "", "Sud Énergies Ingénierie", "dispute (work partly not done), long legal disclaimer, Thunderbird 8bit",
        facts="dispute=yes", notes="also says 'nous procéderons au règlement à réception' of a credit note: conditional, no date")

    # 7 -- already paid with date, short, Orange-style webmail plain
    k = "vidal_deja_paye_26_novembre"
    add(k + ".eml", L, msg([("Date", date(d(30, 19, 3, 44))), ("From", ad("Claire Vidal", "claire.vidal@example.fr")),
        ("To", "antoine@ferreira-velo.fr"), ("Message-ID", mid(k, "example.fr")),
        ("In-Reply-To", rem_id(422)), ("Subject", hq("RE: Rappel : facture F-2026-0422 échue", "iso-8859-1")),
        ("MIME-Version", "1.0"), ("X-Mailer", "Open-Xchange Mailer v8.24.69")],
        text("Bonsoir,\n\nJe vous ai payé par virement le 26 novembre, 415 euros depuis mon compte à la Banque "
             "Postale. Merci de vérifier de votre côté avant de m'envoyer des rappels.\n\nClaire Vidal\n",
             cs="iso-8859-1", cte="qp")),
        "fr", "", "private client (Vidal)", "Open-Xchange webmail, ISO-8859-1 QP, no quote, already paid with date",
        facts="already_paid=2026-11-26")

    # 8 -- already paid with PDF proof attached
    k = "nguyen_preuve_virement_pdf"
    pdf_b = pdf(["BoursoBank", "Confirmation d'ordre de virement", "",
                 "Date d'exécution : 30/11/2026", "Compte débité : M THOMAS NGUYEN  ****4471",
                 "Bénéficiaire : FERREIRA ANTOINE", "IBAN bénéficiaire : FR76 **** **** **** **** **** 218",
                 "Montant : 285,00 EUR", "Libellé : Facture F-2026-0437", "",
                 "Statut : Exécuté"], "Confirmation de virement")
    body = text("Bonjour,\n\nCi-joint la preuve du virement effectué hier pour la facture F-2026-0437 "
                "(réparation moteur + changement de la chaîne).\nÇa devrait apparaître sur votre compte "
                "aujourd'hui ou demain.\n\nCordialement,\nThomas Nguyen\n", cs="UTF-8", cte="qp")
    add(k + ".eml", L, msg([("MIME-Version", "1.0"), ("Date", date(d(1, 7, 55, 12))),
        ("Message-ID", mid(k, "", "gmail")), ("In-Reply-To", rem_id(437)), ("References", rem_id(437)),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0437"))), ("From", ad("Thomas Nguyen", "t.nguyen@example.com")),
        ("To", OWNER_FULL)], mp("mixed", [body, att(pdf_b, "application/pdf", "Confirmation_virement_30112026.pdf")], k)),
        "fr", "", "private client (Nguyen)", "already paid 'hier', bank confirmation attached as PDF",
        facts="already_paid=2026-11-30", notes="PDF is the client's bank order confirmation")

    # 9 -- forwarded bank confirmation as message/rfc822
    k = "lez_habitat_transfert_confirmation_banque_eml"
    inner = msg([("From", ad("Société Générale", "ne-pas-repondre@societegenerale.fr")),
                 ("To", "compta@lez-habitat.fr"), ("Subject", hq("Confirmation de votre virement")),
                 ("Date", date(d(27, 14, 2, 9))), ("Message-ID", mid(k + "in", "societegenerale.fr")),
                 ("MIME-Version", "1.0")],
                text("Bonjour,\n\nNous vous confirmons l'exécution de votre virement SEPA :\n\n"
                     "Compte émetteur : LEZ HABITAT SARL - ****0192\nBénéficiaire : FERREIRA ANTOINE\n"
                     "Montant : 960,00 EUR\nDate d'exécution : 27/11/2026\nRéférence : F-2026-0411\n\n"
                     "Ceci est un message automatique, merci de ne pas y répondre.\nSociété Générale\n",
                     cs="utf-8", cte="qp"))
    body = text("Bonjour M. Ferreira,\n\nJe vous transfère la confirmation de notre banque : le virement est "
                "parti le 27/11. Vous devriez l'avoir reçu depuis.\n\nBien à vous,\n\nSophie Marquet\n"
                "Assistante de gestion – Lez Habitat\n", cs="utf-8", cte="qp")
    add(k + ".eml", L, msg([("From", ad("Sophie Marquet", "compta@lez-habitat.fr")), ("To", OWNER_FULL),
        ("Subject", hq("TR: Confirmation de votre virement")), ("Date", date(d(1, 11, 18, 0))),
        ("Message-ID", mid(k, "lez-habitat.fr")), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")],
        mp("mixed", [body, ent([("Content-Type", 'message/rfc822; name="Confirmation de votre virement.eml"'),
                                ("Content-Disposition", 'attachment; filename="Confirmation de votre virement.eml"')], inner)], k)),
        "fr", "", "Lez Habitat", "client forwards its bank's confirmation as attached message/rfc822 (not a reply)",
        facts="already_paid=2026-11-27", notes="the attached message is a bank notice to the client, not to the owner")

    # 10 -- request RIB
    k = "roque_haute_demande_rib"
    rt = d(30, 8, 30)
    add(k + ".eml", L, gmail_reply(k, ad("Estelle Bonnafous", "estelle@domaine-roque-haute.fr"),
        "Re: " + rem_subj_fr("F-2026-0409"), d(30, 16, 40, 2),
        "Bonjour Antoine,\n\nNotre comptable me dit qu'elle n'a pas de RIB à votre nom dans son logiciel, "
        "c'est pour ça que la facture est restée en attente. Pouvez-vous me renvoyer un RIB (au format PDF si "
        "possible) ? Je lui transmets dès réception.\n\nMerci et à bientôt pour les vélos de l'oenotourisme !\n"
        "Estelle\nDomaine de la Roque Haute",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0409", "1 125,00", "09/10/2026", "08/11/2026"), irt=rem_id(409)),
        "fr", "", "Domaine de la Roque Haute", "asks for RIB, Gmail alternative",
        facts="request_rib=yes")

    # 11 -- English: resend invoice + IBAN
    k = "greenway_en_resend_invoice_and_iban"
    add(k + ".eml", L, msg([("From", ad("Daan de Vries", "daan.devries@greenway-tours.nl")), ("To", OWNER),
        ("Subject", "RE: " + rem_subj_en("INV-0433")), ("Date", date(d(2, 10, 15, 33, UTC))),
        ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(433)), ("References", rem_id(433)),
        ("Content-Language", "nl-NL"), ("MIME-Version", "1.0")],
        mp("alternative", [text("Hello Antoine,\n\nOur new AP system needs the invoice as a PDF attached to an email "
            "to invoices@greenway-tours.nl, and the IBAN and BIC on a separate bank letter. Could you resend "
            "INV-0433 with your IBAN/BIC please? Then it will go out in the next run.\n\nMet vriendelijke groet / "
            "Kind regards,\n\nDaan de Vries\nGreenway Tours B.V. | Utrecht\n", cs="us-ascii", cte="7bit"),
            text("<html><body><p>Hello Antoine,</p><p>Our new AP system needs the invoice as a PDF attached to an "
                 "email to invoices@greenway-tours.nl, and the IBAN and BIC on a separate bank letter. Could you "
                 "resend INV-0433 with your IBAN/BIC please? Then it will go out in the next run.</p>"
                 "<p>Met vriendelijke groet / Kind regards,</p><p>Daan de Vries<br>Greenway Tours B.V. | Utrecht</p>"
                 "</body></html>\n", "html", cs="us-ascii", cte="7bit")], k)),
        "en", "", "Greenway Tours (NL)", "English, asks for invoice PDF and IBAN/BIC",
        facts="request_invoice=yes;request_rib=yes")

    # 12 -- one word "Noté."
    k = "pharmacie_peyrou_note"
    rt = d(2, 8, 0)
    add(k + ".eml", L, msg([("From", ad("Pharmacie du Peyrou", "pharmacie.peyrou@example.fr")), ("To", OWNER),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0429"))), ("Date", date(d(2, 8, 31, 5))),
        ("Message-ID", mid(k, "example.fr")), ("In-Reply-To", rem_id(429)), ("MIME-Version", "1.0"),
        ("User-Agent", "Roundcube Webmail/1.6.9")],
        text("Noté.\n\n" + tb_qhdr_fr(rt) + "\n" + quote(reminder_fr("F-2026-0429", "350,00", "29/10/2026", "28/11/2026")) + "\n",
             cs="UTF-8", cte="8bit", params="; format=flowed")),
        "fr", "", "Pharmacie du Peyrou", "one-word answer above quote, Roundcube",
        facts="")

    # 13 -- "ok merci" from iPhone, no quote
    k = "fabre_ok_merci_iphone"
    add(k + ".eml", L, iphone(k, ad("Lucie Fabre", "lucie.fabre@example.net"), "Re: " + rem_subj_fr("F-2026-0418"),
        d(30, 12, 2, 19), "ok merci", irt=rem_id(418)),
        "fr", "", "private client (Fabre)", "two words, Envoyé de mon iPhone, no quote", facts="")

    # 14 -- reply from a different address (gérant), lundi
    k = "lou_pastre_autre_adresse_lundi"
    add(k + ".eml", L, msg([("From", ad("Benoît Pastre", "benoit.pastre@example.org")), ("To", OWNER),
        ("Subject", hq("Facture vélo cargo F-2026-0415")), ("Date", date(d(3, 21, 14, 50))),
        ("Message-ID", mid(k, "example.org")), ("MIME-Version", "1.0"),
        ("X-Mailer", "Zimbra 10.0.8_GA_4612 (ZimbraWebClient - FF132 (Linux)/10.0.8_GA_4612)")],
        text("Bonsoir Antoine,\n\nC'est Benoît, le gérant de la fromagerie. Tes relances partent sur "
             "compta@lou-pastre.fr mais cette adresse n'est plus relevée depuis le départ de Julie, je viens "
             "de tomber dessus par hasard en faisant le ménage.\n\nLe paiement de la facture F-2026-0415 (735 €) "
             "partira lundi, je m'en occupe moi-même. Écris-moi plutôt ici à l'avenir.\n\nBenoît\n",
             cs="utf-8", cte="qp")),
        "fr", "", "Fromagerie Lou Pastre", "fresh mail from another address than the one reminded, no threading headers",
        facts="promise_date=2026-12-07", notes="written Thu 3 Dec, 'lundi' = Mon 7 Dec")

    # 15 -- forward to colleague, owner in Cc
    k = "flamants_transfert_collegue_owner_cc"
    rt = d(30, 8, 40)
    q = outlook_hdr_fr(rt, rem_subj_fr("F-2026-0401"), to="Camping Les Flamants <direction@camping-les-flamants.fr>") + \
        "\n" + reminder_fr("F-2026-0401", "520,00", "01/10/2026", "31/10/2026")
    add(k + ".eml", L, msg([("From", ad("Gilles Amouroux", "direction@camping-les-flamants.fr")),
        ("To", ad("Nadia Kerbouche", "compta@camping-les-flamants.fr")), ("Cc", OWNER_FULL),
        ("Subject", hq("TR: " + rem_subj_fr("F-2026-0401"))), ("Date", date(d(30, 10, 2, 11))),
        ("Message-ID", mid(k, "", "outlook")), ("MIME-Version", "1.0"), ("Thread-Topic", hq(rem_subj_fr("F-2026-0401"))),
        ("Content-Language", "fr-FR")],
        text("Bonjour Nadia,\n\nPeux-tu regarder cette relance de Ferreira Vélo (révision des vélos de location "
             "avant la fermeture) et programmer le règlement avec les prochains virements ? Je mets Antoine en copie "
             "pour qu'il sache que c'est en cours.\n\nMerci,\nGilles\n\n________________________________\n" + q,
             cs="utf-8", cte="qp")),
        "fr", "", "Camping Les Flamants", "internal forward to a colleague with the owner in Cc, Outlook plain",
        facts="", notes="asks colleague to schedule payment; no date given")

    # 16 -- negation: ne contestons pas + semaine prochaine
    k = "polyclinique_ne_contestons_pas_semaine_prochaine"
    rt = d(1, 8, 3)
    body = "".join([p("Bonjour Monsieur,"), p(""),
        p("Nous ne contestons pas la facture F-2026-0414, elle est conforme au devis et les triporteurs du service "
          "logistique fonctionnent parfaitement depuis votre intervention."),
        p("Le retard vient de notre circuit interne : le bon de commande n'avait pas été rattaché. C'est régularisé "
          "et le règlement sera effectué la semaine prochaine."), p(""), p("Bien cordialement,"), p(""),
        p("Service Achats"), p("Polyclinique des Garrigues"), p(""),
        ol_quote_fr(rt, rem_subj_fr("F-2026-0414"), reminder_fr("F-2026-0414", "612,00", "14/10/2026", "13/11/2026"))])
    add(k + ".eml", L, outlook_html(k, ad("Achats Polyclinique des Garrigues", "achats@polyclinique-garrigues.fr"),
        "RE: " + rem_subj_fr("F-2026-0414"), d(2, 14, 30, 9), body, irt=rem_id(414)),
        "fr", "", "Polyclinique des Garrigues", "negation 'nous ne contestons pas', 'la semaine prochaine', Outlook HTML-only",
        facts="promise_date=week_of_2026-12-07", notes="not a dispute")

    # 17 -- negation: je n'ai pas encore pu payer, le 10
    k = "haddad_pas_encore_pu_payer_le_10"
    add(k + ".eml", L, msg([("Date", date(d(30, 22, 41, 7))), ("From", ad("Karim Haddad", "karim.haddad@example.com")),
        ("To", OWNER), ("Subject", hq("Re: Rappel : facture F-2026-0435 échue")), ("In-Reply-To", rem_id(435)),
        ("Message-ID", mid(k, "", "gmail")), ("MIME-Version", "1.0")],
        text("Bonsoir,\n\nJe n'ai pas encore pu payer, je suis un peu juste ce mois-ci (la révision du vélo tombait "
             "mal avec les frais de rentrée des enfants). Je ferai le virement le 10, quand mon salaire sera tombé.\n"
             "Désolé pour le retard et merci pour votre compréhension.\n\nKarim\n", cs="UTF-8", cte="8bit")),
        "fr", "", "private client (Haddad)", "negation 'je n'ai pas encore pu payer' then promise 'le 10'",
        facts="promise_date=2026-12-10", notes="not already paid")

    # 18 -- complaint about tone, will pay Saturday at the workshop
    k = "montagne_plainte_ton_relance_samedi"
    rt = d(3, 8, 0)
    add(k + ".eml", L, msg([("From", ad("Régis Montagné", "regis.montagne@example.net")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0407 échue")), ("Date", date(d(3, 12, 55, 20))),
        ("Message-ID", mid(k, "example.net")), ("In-Reply-To", rem_id(407, 2)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")],
        text("Bonjour Antoine,\n\nJe trouve le ton de ces relances automatiques un peu raide. Ça fait trois ans que "
             "j'amène mes vélos chez toi, je ne suis pas parti avec la caisse. J'ai simplement oublié.\n\nJe passerai "
             "régler à l'atelier samedi matin, en espèces ou par carte.\n\nRégis\n\n" + tb_qhdr_fr(rt) + "\n" +
             quote(reminder_fr("F-2026-0407", "145,00", "05/10/2026", "04/11/2026", second=True)) + "\n",
             cs="UTF-8", cte="8bit", params="; format=flowed")),
        "fr", "", "private client (Montagné)", "complaint about automated reminders, promise to pay in person",
        facts="promise_date=2026-12-05", notes="written Thu 3 Dec, 'samedi' = Sat 5 Dec")

    # 19 -- question TVA
    k = "oliviers_question_tva_293b"
    rt = d(30, 8, 45)
    add(k + ".eml", L, gmail_reply(k, ad("Résidence Les Oliviers – Accueil", "accueil@residence-les-oliviers.fr"),
        "Re: " + rem_subj_fr("F-2026-0438"), d(30, 15, 21, 44),
        "Bonjour,\n\nAvant de transmettre au siège : votre facture ne mentionne pas de TVA. Est-ce normal ? "
        "Notre siège demande si c'est bien la mention « TVA non applicable, art. 293 B du CGI » qui s'applique, "
        "et si le montant de 480 € est donc le montant définitif à régler.\n\nCordialement,\n\nMarie-Hélène Crouzet\n"
        "Résidence seniors Les Oliviers",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0438", "480,00", "30/10/2026", "29/11/2026"), irt=rem_id(438)),
        "fr", "", "Résidence Les Oliviers", "question about VAT exemption before paying", facts="")

    # 20 -- dispute: repair did not fix the motor noise
    k = "arnaud_conteste_bruit_moteur"
    add(k + ".eml", L, iphone(k, ad("Sébastien Arnaud", "seb.arnaud@example.com"), "Re: " + rem_subj_fr("F-2026-0420"),
        d(1, 18, 36, 2),
        "Bonjour,\nLe moteur fait exactement le même claquement qu'avant votre intervention, dès que je monte la "
        "côte de la rue de l'Aiguillerie. Je ne paierai pas 310 € pour une réparation qui n'a rien réparé. Je peux "
        "repasser à l'atelier pour que vous regardiez mais en l'état je conteste la facture.\nS. Arnaud",
        irt=rem_id(420), sig="Envoyé de mon iPhone"),
        "fr", "", "private client (Arnaud)", "dispute of the work quality, iPhone", facts="dispute=yes")

    # 21 -- dispute: quote vs invoice, windows-1252 8bit
    k = "coste_devis_380_facture_465"
    add(k + ".eml", L, msg([("From", ad("Nadège Coste", "nadege.coste@example.fr", "iso-8859-1")), ("To", OWNER),
        ("Subject", "=?windows-1252?Q?Re=A0:_Rappel_:_facture_F-2026-0432_=E9chue?="), ("Date", date(d(2, 11, 7, 0))),
        ("Message-ID", mid(k, "example.fr")), ("In-Reply-To", rem_id(432)), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0")],
        text("Bonjour,\n\nVotre devis du 2 octobre indiquait 380 € TTC pour le changement de la batterie et du "
             "contrôleur. La facture est de 465 €. Personne ne m'a prévenue d'un supplément.\n\nJe suis prête à "
             "régler les 380 € prévus, pas davantage tant que je n'ai pas d'explication sur la différence.\n\n"
             "Nadège Coste\n", cs="windows-1252", cte="8bit")),
        "fr", "", "private client (Coste)", "dispute of amount vs quote, windows-1252 8bit body and encoded-word subject",
        facts="dispute=yes")

    # 22 -- already paid, claimed
    k = "sepia_deja_regle_sans_date"
    rt = d(2, 8, 10)
    add(k + ".eml", L, gmail_reply(k, ad("Atelier Sépia", "bonjour@atelier-sepia.fr"), "Re: " + rem_subj_fr("F-2026-0403"),
        d(2, 9, 3, 36), "Bonjour,\nÇa a été réglé, voyez avec votre banque.\nLaurent",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0403", "210,00", "03/10/2026", "02/11/2026", second=True), irt=rem_id(403, 2)),
        "fr", "", "Atelier Sépia", "curt 'already paid' without date", facts="already_paid=claimed")

    # 23 -- English already paid, claimed, HTML+text from Apple Mail
    k = "oakridge_en_paid_already_check_records"
    body_t = ("Antoine,\n\nThis was paid already. Please check your records before sending further reminders - "
              "our system shows it as settled.\n\nRegards,\nTom Ashdown\nOakridge Events Ltd\n")
    add(k + ".eml", L, msg([("Content-Type", None), ("From", ad("Tom Ashdown", "tom@oakridge-events.co.uk")),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
        ("Subject", "Re: " + rem_subj_en("INV-0417")), ("Date", date(d(3, 16, 12, 5, UTC))),
        ("In-Reply-To", rem_id(417)), ("To", OWNER_FULL), ("References", rem_id(417)),
        ("Message-Id", mid(k, "oakridge-events.co.uk", "apple")), ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        mp("alternative", [text(body_t, cs="us-ascii", cte="7bit"),
                           text('<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head>'
                                '<body style="overflow-wrap: break-word;">' + body_t.replace("\n\n", "<div><br></div>").replace("\n", "<br>")
                                + "</body></html>\n", "html", cs="us-ascii", cte="7bit")], k)),
        "en", "", "Oakridge Events (UK)", "English, already paid no date, Apple Mail alternative",
        facts="already_paid=claimed")

    # 24 -- "demain"
    k = "roque_vincent_virement_demain"
    add(k + ".eml", L, msg([("From", ad("Vincent Roque", "vincent.roque.plomberie@example.fr")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0436 échue")), ("Date", date(d(2, 18, 50, 40))),
        ("Message-ID", mid(k, "", "gmail")), ("In-Reply-To", rem_id(436)), ("MIME-Version", "1.0")],
        text("Salut,\n\nPas de souci, c'est un oubli de ma part. Virement demain matin depuis le compte pro.\n\n"
             "Vincent Roque\nPlomberie Roque – Castelnau-le-Lez\n", cs="UTF-8", cte="qp")),
        "fr", "", "Plomberie Roque", "short, 'demain'", facts="promise_date=2026-12-03")

    # 25 -- début janvier (association budget)
    k = "maison_quartier_aubes_debut_janvier"
    rt = d(30, 9, 0)
    add(k + ".eml", L, gmail_reply(k, ad("Maison de quartier Les Aubes", "tresorerie.mqaubes@example.org"),
        "Re: " + rem_subj_fr("F-2026-0390"), d(1, 20, 16, 7),
        "Bonsoir Monsieur Ferreira,\n\nJe suis la trésorière bénévole de l'association. Nous avons bien votre facture "
        "pour l'atelier d'autoréparation du mois d'octobre. Malheureusement la subvention de la Ville n'a pas encore "
        "été versée et notre trésorerie est à zéro : nous pourrons vous payer début janvier, dès le versement.\n\n"
        "Toutes nos excuses, les enfants ont adoré l'atelier.\n\nAnne-Sophie Grangier\nTrésorière",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0390", "840,00", "28/09/2026", "28/10/2026", second=True), irt=rem_id(390, 2)),
        "fr", "", "Maison de quartier Les Aubes", "association, 'début janvier'", facts="promise_date=early_2027-01")

    # 26 -- "d'ici mercredi"
    k = "fournil_boutonnet_dici_mercredi"
    add(k + ".eml", L, iphone(k, ad("Le Fournil de Boutonnet", "fournil.boutonnet@example.fr"),
        "Re: " + rem_subj_fr("F-2026-0428"), d(3, 6, 12, 9),
        "Bonjour Antoine\nOn est en plein rush des commandes de Noël, je fais ça d'ici mercredi sans faute.\n"
        "Cédric", qhdr=ios_qhdr_fr(d(2, 8, 0)), qtext=reminder_fr("F-2026-0428", "175,00", "28/10/2026", "27/11/2026"),
        irt=rem_id(428), sig="Envoyé de mon iPhone"),
        "fr", "", "Le Fournil de Boutonnet", "'d'ici mercredi' written on a Thursday, iPhone with quote",
        facts="promise_date=2026-12-09", notes="Thu 3 Dec -> next Wednesday 9 Dec")

    # 27 -- 30 jours fin de mois
    k = "groupe_hotelier_30_jours_fin_de_mois"
    rt = d(1, 8, 15)
    body = "".join([p("Bonjour,"), p(""),
        p("Conformément à nos conditions générales d'achat, nos fournisseurs sont réglés à 30 jours fin de mois. "
          "Votre facture du 30 octobre sera donc payée en fin de mois, le 31 décembre, par virement."),
        p(""), p("Nous vous rappelons que toute facture doit mentionner le numéro de commande GHM."), p(""),
        p("Cordialement,"), p("Comptabilité fournisseurs"), p("Groupe Hôtelier Méditerranée"), p(""),
        ol_quote_fr(rt, rem_subj_fr("F-2026-0399"), reminder_fr("F-2026-0399", "1 760,00", "30/10/2026", "29/11/2026"))])
    add(k + ".eml", L, outlook_html(k, ad("Comptabilité Fournisseurs GHM", "fournisseurs@ghm-hotels.fr"),
        "RE: " + rem_subj_fr("F-2026-0399"), d(2, 16, 5, 55), body, irt=rem_id(399)),
        "fr", "", "Groupe Hôtelier Méditerranée", "accounts-payable person citing payment terms, 'fin de mois'",
        facts="promise_date=2026-12-31")

    # 28 -- mailing-list post by a person
    k = "liste_reparateurs_extracteur_brose"
    add(k + ".eml", L, msg([("From", ad("Fabien Sauvaire", "fabien@cycles-sauvaire.fr")),
        ("To", "reparateurs-velo-occitanie@lists.example.org"),
        ("Subject", hq("[reparateurs-occitanie] Extracteur roulement moteur Brose Drive S Mag ?")),
        ("Date", date(d(2, 21, 3, 11))), ("Message-ID", mid(k, "cycles-sauvaire.fr")), ("MIME-Version", "1.0"),
        ("List-Id", "Reparateurs velo Occitanie <reparateurs-velo-occitanie.lists.example.org>"),
        ("List-Unsubscribe", "<mailto:reparateurs-velo-occitanie-leave@lists.example.org>"),
        ("List-Post", "<mailto:reparateurs-velo-occitanie@lists.example.org>"), ("Precedence", "list"),
        ("Sender", "reparateurs-velo-occitanie-bounces@lists.example.org")],
        text("Salut la liste,\n\nQuelqu'un a un extracteur pour les roulements du Brose Drive S Mag à prêter ou à "
             "louer sur Montpellier / Sète ? J'ai un client avec un moteur qui grince et le SAV Brose annonce six "
             "semaines. Je rends l'outil sous 48h, et je paie la bière.\n\nFabien\nCycles Sauvaire – Frontignan\n\n"
             "_______________________________________________\nreparateurs-velo-occitanie mailing list\n"
             "reparateurs-velo-occitanie@lists.example.org\n", cs="utf-8", cte="8bit")),
        "fr", "", "mailing list (repairers)", "mailing-list post written by a person, List-Id and footer", facts="")

    # 29 -- prospect asks for a quote
    k = "mutuelle_sud_demande_devis_25_vae"
    add(k + ".eml", L, msg([("From", ad("Hélène Fontanel", "h.fontanel@mutuelle-sud-prevoyance.fr")), ("To", OWNER),
        ("Subject", hq("Demande de devis – entretien de 25 VAE de service")), ("Date", date(d(1, 9, 27, 0, UTC))),
        ("Message-ID", mid(k, "", "outlook")), ("MIME-Version", "1.0"), ("Content-Language", "fr-FR")],
        mp("alternative", [text(
            "Bonjour Monsieur Ferreira,\n\nVous nous avez été recommandé par Vélocité Logistique. Nous disposons de "
            "25 vélos à assistance électrique de service (Bosch Performance Line, 2022-2024) répartis sur deux sites "
            "(Port Marianne et Pérols).\n\nPourriez-vous nous faire une proposition pour :\n- une révision complète "
            "annuelle sur site,\n- un forfait dépannage avec délai d'intervention,\n- les conditions de règlement "
            "(nous réglons à 45 jours).\n\nJe reste disponible pour une visite des sites.\n\nCordialement,\n"
            "Hélène Fontanel\nResponsable Environnement de travail\nMutuelle Sud Prévoyance\n", cs="utf-8", cte="qp"),
            text("<html><body><p>Bonjour Monsieur Ferreira,</p><p>Vous nous avez été recommandé par Vélocité Logistique. "
                 "Nous disposons de 25 vélos à assistance électrique de service (Bosch Performance Line, 2022-2024) répartis "
                 "sur deux sites (Port Marianne et Pérols).</p><p>Pourriez-vous nous faire une proposition pour :</p><ul>"
                 "<li>une révision complète annuelle sur site,</li><li>un forfait dépannage avec délai d'intervention,</li>"
                 "<li>les conditions de règlement (nous réglons à 45 jours).</li></ul><p>Je reste disponible pour une visite "
                 "des sites.</p><p>Cordialement,<br>Hélène Fontanel<br>Responsable Environnement de travail<br>Mutuelle Sud "
                 "Prévoyance</p></body></html>\n", "html", cs="utf-8", cte="qp")], k)),
        "fr", "", "Mutuelle Sud Prévoyance", "new prospect asking for a quote, mentions payment terms, not a reply", facts="")

    # 30 -- bookkeeper asks for documents
    k = "comptable_demande_livre_recettes"
    add(k + ".eml", L, msg([("From", ad("Anaïs Combes – Cabinet Alzon", "a.combes@cabinet-alzon.fr")), ("To", OWNER),
        ("Subject", hq("Dossier prêt véhicule utilitaire – pièces manquantes")), ("Date", date(d(3, 10, 44, 30))),
        ("Message-ID", mid(k, "cabinet-alzon.fr")), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")],
        text("Bonjour Antoine,\n\nPour boucler le dossier de prêt du Kangoo électrique avec la banque, il me manque :\n"
             "- votre livre des recettes de janvier à novembre 2026,\n- les 3 dernières attestations de déclaration "
             "de chiffre d'affaires URSSAF,\n- le détail des factures clients encore impayées à ce jour (la banque "
             "demande le montant des créances).\n\nSi possible avant le 11 décembre, le comité se réunit le 14.\n\n"
             "Bonne journée,\nAnaïs Combes\nCabinet Alzon – Expertise comptable\n", cs="utf-8", cte="qp")),
        "fr", "", "Cabinet Alzon (bookkeeper)", "person asking for documents; mentions unpaid invoices, deadlines", facts="")

    # 31 -- supplier sales rep, personal message
    k = "commercial_grossiste_batteries_stock"
    add(k + ".eml", L, msg([("From", ad("Olivier Teyssier", "o.teyssier@cyclosud-distribution.fr")), ("To", OWNER),
        ("Subject", "PowerPack 625 de retour"), ("Date", date(d(4, 8, 16, 2))),
        ("Message-ID", mid(k, "cyclosud-distribution.fr")), ("MIME-Version", "1.0")],
        text("Salut Antoine,\n\nLes PowerPack 625 cadre sont de retour en stock ce matin (12 pièces seulement). Tu "
             "m'en avais demandé 3 pour la flotte de la polyclinique : je te les mets de côté jusqu'à lundi si tu veux, "
             "tu me dis.\n\nPar contre la compta me demande de te rappeler que ta facture de novembre est à régler "
             "avant une nouvelle commande, désolé !\n\nOlivier\n06 98 76 54 32\n", cs="utf-8", cte="qp")),
        "fr", "", "Cyclosud Distribution (sales rep)", "supplier's rep writing personally; mentions owner's own unpaid bill",
        facts="", notes="the owner is the debtor here; no fact about a client's payment")

    # 32 -- English: never received the invoice
    k = "nordlys_en_not_received_invoice"
    rt = d(30, 8, 50)
    add(k + ".eml", L, gmail_reply(k, ad("Ingrid Solberg", "ingrid.solberg@nordlys-travel.no"), "Re: " + rem_subj_en("INV-0441"),
        d(30, 13, 8, 29, UTC),
        "Hello Antoine,\n\nWe haven't received this invoice at all - where was it sent? Nothing arrived at "
        "invoice@nordlys-travel.no. Could you send it there as a PDF, with our booking reference NT-2026-311? Then "
        "we can process it.\n\nBest regards,\nIngrid Solberg\nNordlys Travel AS, Bergen",
        gm_qhdr_en(rt), reminder_en("INV-0441", "980.00", "30 October 2026", "29 November 2026"), irt=rem_id(441)),
        "en", "", "Nordlys Travel (NO)", "English, invoice never received, asks to resend",
        facts="request_invoice=yes", notes="'we haven't received' is about the invoice, not a payment")

    # 33 -- public body: needs PO number, resend via Chorus Pro
    k = "syndicat_etangs_bon_commande_chorus"
    rt = d(1, 8, 20)
    body = "".join([p("Monsieur,"), p(""),
        p("Votre facture F-2026-0430 nous a été transmise par courriel. Or les factures adressées aux collectivités "
          "et établissements publics doivent être déposées sur Chorus Pro et comporter le numéro d'engagement "
          "juridique (bon de commande BC-2026-1187) ainsi que notre code service FIN-02."),
        p(""), p("Pouvez-vous nous renvoyer la facture par Chorus Pro avec ces mentions ? À défaut, elle ne peut pas "
                 "être mandatée."), p(""), p("Veuillez agréer, Monsieur, l'expression de nos salutations distinguées."), p(""),
        p("Service Finances"), p("Syndicat mixte Étangs & Littoral"),
        p("Ce message est susceptible de contenir des informations confidentielles."), p(""),
        ol_quote_fr(rt, rem_subj_fr("F-2026-0430"), reminder_fr("F-2026-0430", "1 320,00", "21/10/2026", "20/11/2026"))])
    add(k + ".eml", L, outlook_html(k, ad("Service Finances SMEL", "finances@smel-etangs.fr"),
        "RE: " + rem_subj_fr("F-2026-0430"), d(3, 11, 2, 47), body, irt=rem_id(430)),
        "fr", "", "Syndicat mixte Étangs & Littoral", "public body asks for the invoice again via Chorus Pro with PO number",
        facts="request_invoice=yes")

    # 34 -- partial payment + date for the rest
    k = "jardins_babette_acompte_solde_18"
    add(k + ".eml", L, msg([("From", ad("Babette Laurens", "contact@lesjardinsdebabette.fr")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0416 échue")), ("Date", date(d(30, 14, 48, 3))),
        ("Message-ID", mid(k, "", "gmail")), ("In-Reply-To", rem_id(416)), ("References", rem_id(416)),
        ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nPetite précision : nous avons réglé 500 € le 20 novembre (virement libellé "
             "« acompte velo cargo »), il reste donc 700 € sur les 1 200 €. Le solde suivra le 18 décembre, après "
             "nos prestations traiteur de mi-décembre.\n\nBonne semaine,\nBabette\nLes Jardins de Babette – traiteur\n",
             cs="UTF-8", cte="qp")),
        "fr", "", "Les Jardins de Babette", "partial payment already made with date, and a date for the balance",
        facts="already_paid=2026-11-20;promise_date=2026-12-18", notes="already_paid refers to a 500 EUR instalment only")

    # 35 -- payment in 3 instalments
    k = "serre_paiement_trois_fois"
    add(k + ".eml", L, msg([("From", ad("Élodie Serre", "elodie.serre@example.net")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0434 échue")), ("Date", date(d(1, 12, 20, 13))),
        ("Message-ID", mid(k, "example.net")), ("In-Reply-To", rem_id(434)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird")],
        text("Bonjour Monsieur Ferreira,\n\nLe kit de motorisation fonctionne très bien, merci encore. Je n'arrive "
             "pas à régler les 1 140 € en une fois. Serait-il possible de payer en trois fois : 380 € le 10 décembre, "
             "380 € le 10 janvier et 380 € le 10 février ?\n\nMerci de me dire si cela vous convient.\n\nÉlodie Serre\n",
             cs="UTF-8", cte="8bit", params="; format=flowed")),
        "fr", "", "private client (Serre)", "asks to pay in 3 instalments; first on the 10th",
        facts="promise_date=2026-12-10", notes="first instalment date; plan not yet accepted by owner")

    # 36 -- broken charset: declared iso-8859-1, bytes are UTF-8
    k = "mejean_charset_casse_virement_lundi"
    raw = ("Bonjour,\n\nSuite à votre relance, je vous confirme que le virement de la facture F-2026-0439 sera "
           "effectué lundi par notre service comptable.\n\nCordialement\n\nJérôme Méjean\nTransports Méjean – Lunel\n"
           "Tél : 04 67 00 18 55\n").encode("utf-8")
    add(k + ".eml", L, msg([("Return-Path", "<j.mejean@transports-mejean.fr>"), ("From", "=?ISO-8859-1?Q?J=E9r=F4me_M=E9jean?= <j.mejean@transports-mejean.fr>"),
        ("To", "<antoine@ferreira-velo.fr>"), ("Subject", "RE: Rappel : facture F-2026-0439 =?ISO-8859-1?Q?=E9chue?="),
        ("Date", date(d(4, 10, 2, 0))), ("Message-ID", mid(k, "transports-mejean.fr")),
        ("MIME-Version", "1.0"), ("X-Mailer", "Sage Mail Connector 2.1")],
        ent([("Content-Type", "text/plain; charset=iso-8859-1"), ("Content-Transfer-Encoding", "8bit")], raw)),
        "fr", "", "Transports Méjean", "broken MIME: body is UTF-8 but declared ISO-8859-1 (mojibake), no In-Reply-To",
        facts="promise_date=2026-12-07", notes="written Fri 4 Dec, 'lundi' = Mon 7 Dec")

    # 37 -- iPad, "ce soir"
    k = "mercier_ipad_ce_soir"
    add(k + ".eml", L, iphone(k, ad("Paul Mercier", "dr.paul.mercier@example.fr"), "Re: " + rem_subj_fr("F-2026-0423"),
        d(1, 17, 58, 41), "Bonjour,\nDésolé, votre facture était restée dans mes brouillons de paiement. Je regarde ce "
        "soir et je vous fais le virement.\nBien cordialement\nP. Mercier",
        qhdr=ios_qhdr_fr(d(1, 8, 0)), qtext=reminder_fr("F-2026-0423", "260,00", "23/10/2026", "22/11/2026"),
        irt=rem_id(423), sig="Envoyé de mon iPad", mailer="iPad Mail (22B83)"),
        "fr", "", "private client (Mercier)", "Envoyé de mon iPad, 'ce soir'", facts="promise_date=2026-12-01")

    # 38 -- German
    k = "buildtech_de_bereits_ueberwiesen"
    add(k + ".eml", L, msg([("From", ad("Katrin Vogel", "k.vogel@buildtech-europe.de")), ("To", OWNER),
        ("Subject", "AW: " + rem_subj_en("INV-0419")), ("Date", date(d(30, 9, 55, 0))),
        ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(419)), ("MIME-Version", "1.0"),
        ("Content-Language", "de-DE")],
        text("Sehr geehrter Herr Ferreira,\n\ndie Rechnung INV-0419 über 2.400,00 EUR wurde am 24.11. überwiesen "
             "(Verwendungszweck: INV-0419 / Bestellung 4500123377). Bitte prüfen Sie den Zahlungseingang.\n\n"
             "Mit freundlichen Grüßen\n\nKatrin Vogel\nKreditorenbuchhaltung\nBuildTech Europe GmbH\n"
             "Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 765432\nGeschäftsführer: Dr. Markus Brandt\n",
             cs="iso-8859-1", cte="qp")),
        "de", "", "BuildTech Europe GmbH", "German (AW:), already paid with date dd.mm., ISO-8859-1 QP",
        facts="already_paid=2026-11-24")

    # 39 -- no longer works there
    k = "kinetic_ne_fait_plus_partie"
    add(k + ".eml", L, msg([("From", ad("Maxime Olivet", "maxime.olivet@example.com")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0402 échue")), ("Date", date(d(2, 13, 1, 26))),
        ("Message-ID", mid(k, "", "gmail")), ("In-Reply-To", rem_id(402)), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nJe ne fais plus partie de Kinetic Studio depuis septembre, mes mails pro sont redirigés "
             "vers cette adresse perso. Merci de ne plus m'écrire pour ce sujet : contactez Mme Laure Bastien, "
             "l.bastien@kinetic-studio.fr, qui gère l'administratif.\n\nBonne continuation,\nMaxime\n", cs="UTF-8", cte="qp")),
        "fr", "", "Kinetic Studio (former employee)", "wrong person, redirects to another contact", facts="")

    # 40 -- English: not disputing but needs PO
    k = "mistral_en_not_disputing_need_po"
    rt = d(2, 8, 25)
    add(k + ".eml", L, gmail_reply(k, ad("James Okafor", "j.okafor@mistral-datacenters.fr"), "Re: " + rem_subj_en("INV-0442"),
        d(3, 9, 17, 12, UTC),
        "Hi Antoine,\n\nTo be clear, we're not disputing the invoice - the call-out on the 6th was exactly what we "
        "asked for. The problem is that accounts can't release any payment without a purchase order number on the "
        "invoice. I've raised PO 4100-88213 today; could you add it and send me the updated invoice?\n\nThanks,\nJames\n"
        "Facilities Lead, Mistral Data Centers",
        gm_qhdr_en(rt), reminder_en("INV-0442", "420.00", "6 November 2026", "21 November 2026"), irt=rem_id(442)),
        "en", "", "Mistral Data Centers", "negation 'we're not disputing', asks for a corrected invoice with PO",
        facts="request_invoice=yes", notes="not a dispute")

    # 41 -- inline forward of the bank's confirmation (Crédit Agricole)
    k = "cabinet_infirmier_fwd_inline_credit_agricole"
    add(k + ".eml", L, msg([("MIME-Version", "1.0"), ("Date", date(d(2, 12, 37, 51))),
        ("Message-ID", mid(k, "", "gmail")), ("Subject", hq("Fwd: Votre virement a été exécuté")),
        ("From", ad("Cabinet Infirmier Antigone", "cabinet.infirmier.antigone@example.fr")), ("To", OWNER)],
        mp("alternative", [text(
            "Bonjour, voilà la confirmation de la banque pour la facture des deux vélos de tournée.\n"
            "Bonne journée, Sabrina\n\n---------- Forwarded message ---------\n"
            "De : Crédit Agricole Languedoc <ne-pas-repondre@credit-agricole.fr>\nDate: mer. 2 déc. 2026 à 07:02\n"
            "Subject: Votre virement a été exécuté\nTo: <cabinet.infirmier.antigone@example.fr>\n\n\n"
            "Madame, Monsieur,\n\nVotre virement de 540,00 EUR en faveur de FERREIRA ANTOINE a été exécuté le "
            "01/12/2026.\nMotif : FACT F-2026-0410\n\nCe message vous est adressé automatiquement, merci de ne pas "
            "y répondre.\nCrédit Agricole du Languedoc\n", cs="UTF-8", cte="qp"),
            text('<div dir="ltr">Bonjour, voilà la confirmation de la banque pour la facture des deux vélos de '
                 'tournée.<div>Bonne journée, Sabrina<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 '---------- Forwarded message ---------<br>De&nbsp;: <strong class="gmail_sendername" dir="auto">Crédit '
                 'Agricole Languedoc</strong> <span dir="auto">&lt;ne-pas-repondre@credit-agricole.fr&gt;</span><br>'
                 'Date: mer. 2 déc. 2026 à 07:02<br>Subject: Votre virement a été exécuté<br>To: &lt;cabinet.infirmier.'
                 'antigone@example.fr&gt;<br></div><br><br><p>Madame, Monsieur,</p><p>Votre virement de <b>540,00 EUR</b> '
                 'en faveur de FERREIRA ANTOINE a été exécuté le 01/12/2026.<br>Motif : FACT F-2026-0410</p><p>Ce message '
                 'vous est adressé automatiquement, merci de ne pas y répondre.<br>Crédit Agricole du Languedoc</p>'
                 '</div></div></div>\n', "html", cs="UTF-8", cte="qp")], k)),
        "fr", "", "Cabinet Infirmier Antigone", "client forwards its bank's confirmation inline (Gmail 'Forwarded message')",
        facts="already_paid=2026-12-01", notes="contains bank wording but is a person's forward")

    # 42 -- partial dispute, waiting for credit note
    k = "ecolo_cycles_sete_attente_avoir"
    rt = d(30, 9, 10)
    add(k + ".eml", L, gmail_reply(k, ad("Ecolo Cycles Sète", "atelier@ecolocycles-sete.fr"), "Re: " + rem_subj_fr("F-2026-0406"),
        d(1, 10, 9, 4),
        "Salut Antoine,\n\nLa chambre à air 27.5 et le démonte-pneu ont été facturés deux fois (lignes 3 et 7), on "
        "te l'avait signalé au téléphone. On attend l'avoir pour ces deux lignes, ensuite on règle le reste direct.\n\n"
        "Mathieu",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0406", "486,40", "06/10/2026", "05/11/2026"), irt=rem_id(406)),
        "fr", "", "Ecolo Cycles Sète", "partial dispute (duplicate lines), waiting for a credit note", facts="dispute=yes")

    # 43 -- never got the invoice by post
    k = "bousquet_pas_recu_facture_courrier"
    add(k + ".eml", L, msg([("From", ad("Jean-Marc Bousquet", "jm.bousquet@example.org")), ("To", OWNER),
        ("Subject", hq("RE: Rappel : facture F-2026-0425 échue", "iso-8859-1")), ("Date", date(d(4, 9, 5, 0))),
        ("Message-ID", mid(k, "example.org")), ("In-Reply-To", rem_id(425)), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0")],
        text("Bonjour,\n\nJe n'ai jamais reçu cette facture, ni par courrier ni par mail, seulement votre relance. "
             "Pouvez-vous me l'envoyer en pièce jointe ? Je la réglerai à réception.\n\nJ.-M. Bousquet\n",
             cs="windows-1252", cte="qp")),
        "fr", "", "private client (Bousquet)", "invoice never received, asks for it; windows-1252 QP", facts="request_invoice=yes")

    # 44 -- "la semaine du 14"
    k = "theatre_plume_semaine_du_14"
    rt = d(3, 8, 0)
    add(k + ".eml", L, gmail_reply(k, ad("Théâtre de la Plume – Administration", "admin@theatre-plume.fr"),
        "Re: " + rem_subj_fr("F-2026-0421"), d(4, 11, 50, 15),
        "Bonjour,\n\nNotre administratrice est en arrêt jusqu'au 11 décembre ; c'est elle qui signe les virements. "
        "Le règlement de votre facture pour l'entretien des vélos de tournée sera fait la semaine du 14.\n\n"
        "Merci de votre compréhension,\nFlorian, chargé de production",
        gm_qhdr_fr(rt), reminder_fr("F-2026-0421", "395,00", "21/10/2026", "20/11/2026"), irt=rem_id(421)),
        "fr", "", "Théâtre de la Plume", "'la semaine du 14'", facts="promise_date=week_of_2026-12-14")

    # 45 -- paid this morning via SumUp link
    k = "bastide_paye_ce_matin_lien_sumup"
    add(k + ".eml", L, iphone(k, ad("Christophe Bastide", "c.bastide@example.com"), "Re: " + rem_subj_fr("F-2026-0440"),
        d(3, 9, 41, 0), "Bonjour, payé ce matin par carte via votre lien SumUp, 320 €. Vous devriez avoir la "
        "notification. Bonne journée", irt=rem_id(440), sig="Envoyé de mon iPhone"),
        "fr", "", "private client (Bastide)", "already paid 'ce matin' by card link", facts="already_paid=2026-12-03")

    # 46 -- contests the 40 EUR recovery fee, pays the rest today
    k = "yoga_lumiere_conteste_indemnite_40"
    rt = d(2, 8, 0)
    add(k + ".eml", L, msg([("From", ad("Studio Yoga Lumière", "hello@yoga-lumiere.fr")), ("To", OWNER),
        ("Subject", hq("Re: Rappel : facture F-2026-0413 échue")), ("Date", date(d(2, 12, 12, 12))),
        ("Message-ID", mid(k, "yoga-lumiere.fr")), ("In-Reply-To", rem_id(413, 2)), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird")],
        text("Bonjour Antoine,\n\nJe vois dans votre deuxième relance une « indemnité forfaitaire de 40 € » en plus "
             "de la facture. Je conteste ces 40 € : nous n'avons jamais eu de retard avec vous et rien n'était indiqué "
             "sur le devis.\n\nJe fais le virement du montant de la facture (395 €) aujourd'hui.\n\nClémence\n\n" +
             tb_qhdr_fr(rt) + "\n" + quote(reminder_fr("F-2026-0413", "395,00", "13/10/2026", "12/11/2026", second=True)) + "\n",
             cs="UTF-8", cte="8bit", params="; format=flowed")),
        "fr", "", "Studio Yoga Lumière", "disputes a late fee, pays the invoice amount today",
        facts="dispute=yes;promise_date=2026-12-02")

    # 47 -- Orange webmail HTML, "Je m'en occupe"
    k = "orange_webmail_je_men_occupe"
    rt = d(30, 8, 55)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<p>Bonjour, je m'en occupe.</p><p>G. Lafont</p><br><div class=\"moz-cite-prefix\">&gt; Message du 30/11/26 "
            "08:55<br>&gt; De : \"Antoine Ferreira\" &lt;antoine@ferreira-velo.fr&gt;<br>&gt; A : gilbert.lafont@example.fr"
            "<br>&gt; Copie à : <br>&gt; Objet : " + esc(rem_subj_fr("F-2026-0408")) + "<br>&gt;<br></div><blockquote>"
            + esc(reminder_fr("F-2026-0408", "160,00", "08/10/2026", "07/11/2026")).replace("\n", "<br>") +
            "</blockquote></body></html>\n")
    add(k + ".eml", L, msg([("Date", date(d(30, 18, 22, 10))), ("From", ad("Gilbert Lafont", "gilbert.lafont@example.fr")),
        ("Reply-To", "gilbert.lafont@example.fr"), ("To", OWNER), ("Message-ID", mid(k, "wwinf8e14", "hex")),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0408"))), ("MIME-Version", "1.0"),
        ("X-Originating-IP", "[90.12.34.56]"), ("X-Wum-Nature", "EMAIL-NATURE"), ("X-WUM-FROM", "|~|"),
        ("X-WUM-TO", "|~|"), ("X-WUM-REPLYTO", "|~|")],
        text(html, "html", cs="UTF-8", cte="qp")),
        "fr", "", "private client (Lafont)", "Orange-webmail style HTML-only, 'Message du ...' quote, no In-Reply-To",
        facts="", notes="'je m'en occupe' gives no date")


# ====================================================== payment_notification
def table_rows(rows, td1='style="padding:6px 0;color:#6b6b6b;font-size:14px"',
               td2='style="padding:6px 0;text-align:right;font-size:14px;font-weight:600"'):
    return "".join(f"<tr><td {td1}>{esc(a)}</td><td {td2}>{esc(b)}</td></tr>\n" for a, b in rows)


def M(dir_, amount, cur, counts, payer="", ref="", vd=""):
    return {"dir": dir_, "amount": amount, "cur": cur, "counts": counts, "payer": payer, "ref": ref, "vd": vd}


def payments():
    L = "payment_notification"
    NB = "\u00a0"
    NNB = "\u202f"

    # P1 Qonto, FR, HTML+text, money in
    k = "qonto_fr_virement_recu_velocite"
    t = d(4, 9, 41, 12)
    plain = ("Vous avez reçu un virement\n\n+1 480,00 €\n\nDe : VELOCITE LOGISTIQUE SAS\nRéférence : F-2026-0412\n"
             "Compte : Compte principal\nDate : 04/12/2026\n\nVoir la transaction : https://app.qonto.com/transactions\n\n"
             "Pensez à ajouter un justificatif à cette transaction.\n\n--\nQonto · 18 rue de Navarin, 75009 Paris\n"
             "Vous recevez cet e-mail car les notifications de virements reçus sont activées pour votre compte. "
             "Gérer mes notifications : https://app.qonto.com/settings/notifications\n")
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Qonto</title></head>'
            '<body style="margin:0;background:#f4f4f0;font-family:Inter,Helvetica,Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
            '<table width="560" style="background:#fff;border-radius:8px;margin:32px 0;padding:32px">'
            '<tr><td><img src="https://qonto.com/static/mail/logo.png" alt="Qonto" width="88"></td></tr>'
            '<tr><td style="font-size:22px;font-weight:600;padding-top:24px">Vous avez reçu un virement</td></tr>'
            f'<tr><td style="font-size:32px;font-weight:700;color:#1d1d1b;padding:16px 0">+1{NNB}480,00{NB}€</td></tr>'
            '<tr><td><table width="100%">' + table_rows([("De", "VELOCITE LOGISTIQUE SAS"), ("Référence", "F-2026-0412"),
             ("Compte", "Compte principal"), ("Date", "04/12/2026")]) + '</table></td></tr>'
            '<tr><td style="padding-top:24px"><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;'
            'color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Voir la transaction</a></td></tr>'
            '<tr><td style="padding-top:24px;font-size:13px;color:#6b6b6b">Pensez à ajouter un justificatif à cette transaction.</td></tr>'
            '</table><p style="font-size:11px;color:#9b9b9b;width:560px">Qonto · 18 rue de Navarin, 75009 Paris<br>'
            'Vous recevez cet e-mail car les notifications de virements reçus sont activées pour votre compte. '
            '<a href="https://app.qonto.com/settings/notifications">Gérer mes notifications</a></p>'
            '</td></tr></table></body></html>\n')
    add(k + ".eml", L, msg([("From", ad("Qonto", "notifications@qonto.com")), ("To", OWNER),
        ("Subject", hq("Vous avez reçu un virement de 1 480,00 €")), ("Date", date(t.astimezone(UTC))),
        ("Message-ID", mid(k, "qonto.com")), ("MIME-Version", "1.0"), ("X-Mailer", "Customer.io")],
        mp("alternative", [text(plain), text(html, "html")], k)),
        "fr", "Qonto", "Qonto", "neobank HTML card + text, amount with narrow nbsp, payer and reference rows",
        money=M("in", "1480.00", "EUR", "yes", "VELOCITE LOGISTIQUE SAS", "F-2026-0412", "2026-12-04"),
        notes="layout after Qonto's transaction notification e-mails (help centre screenshots); sender address approximated")

    # P2 Shine
    k = "shine_nouveau_virement_recu"
    html = ('<html><body style="font-family:Arial,sans-serif;color:#222">'
            '<div style="max-width:520px;margin:auto;padding:24px">'
            '<p style="font-size:20px"><b>Nouveau virement reçu 💸</b></p>'
            f'<p>Bonne nouvelle Antoine, <b>285,00{NB}€</b> viennent d\'arriver sur votre compte Shine.</p>'
            '<p>Émetteur : <b>M THOMAS NGUYEN</b><br>Libellé : Facture F-2026-0437<br>Date : 1 décembre 2026</p>'
            '<p>Vous pouvez rapprocher ce paiement d\'une facture depuis l\'onglet « Factures » de l\'application.</p>'
            '<p style="font-size:11px;color:#888;margin-top:32px">Shine SAS, établissement de paiement agréé. '
            'Ceci est un e-mail automatique, merci de ne pas y répondre. Pour toute question, rendez-vous dans '
            'l\'application, rubrique Aide.</p></div></body></html>\n')
    add(k + ".eml", L, msg([("From", ad("Shine", "noreply@shine.fr")), ("To", ad("Antoine Ferreira", OWNER)),
        ("Subject", hq("Nouveau virement reçu 💸")), ("Date", date(d(1, 11, 3, 38, UTC))),
        ("Message-ID", mid(k, "shine.fr")), ("MIME-Version", "1.0")], text(html, "html", cte="b64")),
        "fr", "Shine", "Shine", "HTML-only base64, emoji subject, amount only in body",
        money=M("in", "285.00", "EUR", "yes", "M THOMAS NGUYEN", "Facture F-2026-0437", "2026-12-01"))

    # P3 BNP Paribas alert, plain ISO-8859-1
    k = "bnp_alerte_operation_credit"
    add(k + ".eml", L, msg([("From", ad("BNP Paribas", "alertes@alertes.bnpparibas")), ("To", OWNER),
        ("Subject", hq("Alerte : opération au crédit supérieure à 1 000,00 EUR", "iso-8859-1")),
        ("Date", date(d(30, 7, 2, 0))), ("Message-ID", mid(k, "alertes.bnpparibas")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nConformément au service d'alertes que vous avez souscrit, nous vous informons de "
             "l'opération suivante sur votre compte\nCOMPTE PRO ****4521 :\n\n"
             "Date         : 30/11/2026\nLibellé      : VIR SEPA RECU /DE SCOP ENERGIES CITOYENNES LR /MOTIF FACT F-2026-0397 ENTRETIEN FLOTTE "
             "/REF 2026113000418\nMontant      : +2 160,00 EUR\n\n"
             "Solde à la date du 30/11/2026 : 6 412,37 EUR (sous réserve des opérations en cours)\n\n"
             "Pour gérer vos alertes, connectez-vous à votre espace Mes Comptes.\n\n"
             "Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\n"
             "BNP Paribas SA au capital de 2 261 621 342 euros - Siège social : 16 bd des Italiens 75009 Paris - RCS Paris 662 042 449\n",
             cs="iso-8859-1", cte="qp")),
        "fr", "BNP Paribas", "BNP Paribas", "threshold alert, plain ISO-8859-1 QP, SEPA label with /DE /MOTIF",
        money=M("in", "2160.00", "EUR", "yes", "SCOP ENERGIES CITOYENNES LR", "FACT F-2026-0397 ENTRETIEN FLOTTE", "2026-11-30"),
        notes="alert wording after banks' 'opération créditrice' alert services (LCL Avertis help page)")

    # P4 Crédit Agricole
    k = "credit_agricole_mouvement_crediteur_inst"
    add(k + ".eml", L, msg([("From", ad("Crédit Agricole", "ne-pas-repondre@credit-agricole.fr", "iso-8859-1")),
        ("To", OWNER), ("Subject", "=?ISO-8859-1?Q?Alerte_Cr=E9dit_Agricole_:_mouvement_cr=E9diteur?="),
        ("Date", date(d(1, 6, 15, 9))), ("Message-ID", mid(k, "credit-agricole.fr")), ("MIME-Version", "1.0")],
        mp("alternative", [
            text("Crédit Agricole du Languedoc\n\nMadame, Monsieur,\n\nUn mouvement créditeur de 540,00 EUR a été "
                 "enregistré le 01/12/2026 sur votre compte n° *****1187.\n\nLibellé : VIR INST RE 584421 DE: CABINET INFIRMIER "
                 "ANTIGONE MOTIF: FACT F-2026-0410\n\nCe message est généré automatiquement. Merci de ne pas y répondre.\n"
                 "Pour modifier vos alertes : Ma Banque > Mes alertes.\n", cs="iso-8859-1", cte="qp"),
            text("<html><body><table width=\"600\" style=\"font-family:Arial;font-size:13px\"><tr><td style=\"background:#006a4e;"
                 "color:white;padding:10px\"><b>Crédit Agricole du Languedoc</b></td></tr><tr><td style=\"padding:16px\">"
                 "Madame, Monsieur,<br><br>Un mouvement créditeur de <b>540,00 EUR</b> a été enregistré le 01/12/2026 sur "
                 "votre compte n° *****1187.<br><br>Libellé : VIR INST RE 584421 DE: CABINET INFIRMIER ANTIGONE MOTIF: FACT F-2026-0410"
                 "<br><br><span style=\"font-size:11px;color:#666\">Ce message est généré automatiquement. Merci de ne pas "
                 "y répondre.</span></td></tr></table></body></html>\n", "html", cs="iso-8859-1", cte="qp")], k)),
        "fr", "Crédit Agricole", "Crédit Agricole", "regional bank alert, ISO-8859-1, instant transfer label 'VIR INST RE'",
        money=M("in", "540.00", "EUR", "yes", "CABINET INFIRMIER ANTIGONE", "FACT F-2026-0410", "2026-12-01"))

    # P5 Société Générale, amount in subject only
    k = "societe_generale_montant_dans_objet"
    add(k + ".eml", L, msg([("From", ad("Société Générale", "ne-pas-repondre@societegenerale.fr")), ("To", OWNER),
        ("Subject", hq("Virement reçu : 2 710,71 EUR")), ("Date", date(d(2, 13, 30, 44))),
        ("Message-ID", mid(k, "societegenerale.fr")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Arial\"><p>Bonjour,</p><p>Un virement émis par <b>SUD ENERGIES INGENIERIE</b> "
             "a été crédité sur votre compte professionnel le 02/12/2026.</p><p>Référence de l'émetteur : "
             "ACPT F-2026-0405 PARTIEL</p><p>Pour consulter le détail de l'opération, connectez-vous à votre "
             "Espace Client Professionnels ou à l'application.</p><p>Nous vous remercions de votre confiance.</p>"
             "<p style=\"font-size:10px;color:#777\">Ceci est un message automatique, merci de ne pas y répondre. "
             "Société Générale, S.A. au capital de 1 000 395 971,25 € – 552 120 222 RCS Paris – Siège social : "
             "29 bd Haussmann, 75009 Paris.</p></body></html>\n", "html", cte="qp")),
        "fr", "Société Générale", "Société Générale", "amount in subject only; body names payer and reference",
        money=M("in", "2710.71", "EUR", "yes", "SUD ENERGIES INGENIERIE", "ACPT F-2026-0405 PARTIEL", "2026-12-02"),
        notes="amount appears only in the Subject header")

    # P6 LCL Avertis, plain
    k = "lcl_avertis_operation_creditrice"
    add(k + ".eml", L, msg([("From", ad("LCL Avertis", "avertis@lcl.fr")), ("To", OWNER),
        ("Subject", "LCL Avertis : Operation creditrice"), ("Date", date(d(30, 18, 1, 33))),
        ("Message-ID", mid(k, "lcl.fr")), ("MIME-Version", "1.0")],
        text("LCL Avertis\n\nCompte : 0000 *****2C\nOperation creditrice superieure a 300 EUR\n\n"
             "30/11  VIREMENT DE MME CLAIRE VIDAL F-2026-0422          +415,00 EUR\n\n"
             "Solde au 30/11/2026 : 2 981,14 EUR\n\nPour ne plus recevoir ces alertes ou modifier vos seuils, "
             "contactez votre conseiller.\nMessage automatique - ne pas repondre.\n", cs="us-ascii", cte="7bit")),
        "fr", "LCL", "LCL", "plain ASCII without accents, statement-line style",
        money=M("in", "415.00", "EUR", "yes", "MME CLAIRE VIDAL", "F-2026-0422", "2026-11-30"),
        notes="after LCL Avertis threshold alerts (lcl.fr help page on 'Opération créditrice')")

    # P7 La Banque Postale
    k = "banque_postale_avis_virement_recu"
    add(k + ".eml", L, msg([("From", ad("La Banque Postale", "noreply@labanquepostale.fr")), ("To", OWNER),
        ("Subject", hq("Vous avez reçu un virement")), ("Date", date(d(2, 8, 47, 0))),
        ("Message-ID", mid(k, "labanquepostale.fr")), ("MIME-Version", "1.0")],
        mp("alternative", [
            text("La Banque Postale\n\nBonjour,\n\nVous avez reçu un virement de 180,00 € sur votre compte courant "
                 "professionnel.\n\nÉmetteur : ASSOCIATION VELO CITE LUNEL\nMotif : ATELIER REPARATION 21/11\n"
                 "Date de l'opération : 02/12/2026\n\nRetrouvez le détail dans votre Espace client.\n\n"
                 "La Banque Postale ne vous demandera jamais vos identifiants ou codes par e-mail.\n"),
            text("<html><body><div style=\"font-family:Arial;max-width:600px\"><div style=\"background:#fbe100;padding:12px\">"
                 "<b style=\"color:#1b2e61\">La Banque Postale</b></div><p>Bonjour,</p><p>Vous avez reçu un virement de "
                 "<b>180,00 €</b> sur votre compte courant professionnel.</p><table>" +
                 table_rows([("Émetteur", "ASSOCIATION VELO CITE LUNEL"), ("Motif", "ATELIER REPARATION 21/11"),
                             ("Date de l'opération", "02/12/2026")], "", "") +
                 "</table><p>Retrouvez le détail dans votre Espace client.</p><p style=\"font-size:11px\">La Banque Postale ne vous "
                 "demandera jamais vos identifiants ou codes par e-mail.</p></div></body></html>\n", "html")], k)),
        "fr", "La Banque Postale", "La Banque Postale", "text+HTML, association payer",
        money=M("in", "180.00", "EUR", "yes", "ASSOCIATION VELO CITE LUNEL", "ATELIER REPARATION 21/11", "2026-12-02"))

    # P8 Crédit Mutuel
    k = "credit_mutuel_alerte_credit_350"
    add(k + ".eml", L, msg([("From", ad("Crédit Mutuel", "alertes@creditmutuel.fr")), ("To", OWNER),
        ("Subject", hq("Crédit Mutuel - Alerte compte")), ("Date", date(d(3, 7, 30, 2))),
        ("Message-ID", mid(k, "creditmutuel.fr")), ("MIME-Version", "1.0")],
        text("Bonjour M FERREIRA ANTOINE,\n\nAlerte sur le compte COMPTE COURANT PRO N° 1027800 ... 45\n\n"
             "Crédit de 350,00 EUR le 03/12/2026\nVIR PHARMACIE DU PEYROU FACTURE 0429\n\n"
             "Nouveau solde : 3 744,02 EUR\n\nCrédit Mutuel - Votre banque à distance\n"
             "Ne répondez pas à ce message, cette adresse n'est pas consultée.\n", cs="iso-8859-15", cte="8bit")),
        "fr", "Crédit Mutuel", "Crédit Mutuel", "plain ISO-8859-15 8bit, one-line label",
        money=M("in", "350.00", "EUR", "yes", "PHARMACIE DU PEYROU", "FACTURE 0429", "2026-12-03"))

    # P9 CIC instant transfer
    k = "cic_virement_sepa_recu_lez_habitat"
    add(k + ".eml", L, msg([("From", ad("CIC", "ne-pas-repondre@cic.fr")), ("To", OWNER),
        ("Subject", hq("Virement reçu sur votre compte")), ("Date", date(d(30, 16, 22, 57))),
        ("Message-ID", mid(k, "cic.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Un virement SEPA de <strong>960,00 EUR</strong> a été crédité "
             "sur votre compte n° ***0455.</p><ul><li>Donneur d'ordre : LEZ HABITAT SARL</li><li>Référence : "
             "F-2026-0411</li><li>Date de valeur : 30/11/2026</li></ul><p>CIC – Crédit Industriel et "
             "Commercial</p><p><small>Message automatique. Merci de ne pas répondre.</small></p></body></html>\n",
             "html", cs="utf-8", cte="qp")),
        "fr", "CIC", "CIC", "HTML-only list, 'Donneur d'ordre', value date",
        money=M("in", "960.00", "EUR", "yes", "LEZ HABITAT SARL", "F-2026-0411", "2026-11-30"))

    # P10 BoursoBank
    k = "boursobank_virement_recu_gaillard"
    add(k + ".eml", L, msg([("From", ad("BoursoBank", "noreply@boursobank.com")), ("To", OWNER),
        ("Subject", hq("Vous avez reçu un virement de 95,00 €")), ("Date", date(d(1, 19, 11, 5))),
        ("Message-ID", mid(k, "boursobank.com")), ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nVous avez reçu un virement de 95,00 € de M OU MME GAILLARD ERIC sur votre "
             "compte BoursoBank.\nLibellé : reparation freins velo\n\nÀ très vite sur BoursoBank,\n\n---\nVous "
             "recevez cet e-mail car vous avez activé les notifications de virements reçus. Vous pouvez les "
             "désactiver dans Mon profil > Notifications.\n", cs="utf-8", cte="qp")),
        "fr", "BoursoBank", "BoursoBank (Boursorama)", "short plain, payer in sentence, lower-case label",
        money=M("in", "95.00", "EUR", "yes", "M OU MME GAILLARD ERIC", "reparation freins velo", "2026-12-01"))

    # P11 Hello bank!
    k = "hellobank_virement_arrive"
    add(k + ".eml", L, msg([("From", ad("Hello bank!", "noreply@hellobank.fr")), ("To", OWNER),
        ("Subject", hq("Un virement est arrivé sur votre compte")), ("Date", date(d(3, 14, 0, 21))),
        ("Message-ID", mid(k, "hellobank.fr")), ("MIME-Version", "1.0")],
        mp("alternative", [
            text(f"Hello Antoine !\n\nUn virement de 740,00{NB}€ est arrivé sur votre compte Hello Business.\n\n"
                 "De la part de : KINETIC STUDIO ARCHITECTES\nCommunication : FACT F-2026-0402\n\n"
                 "À bientôt dans l'appli Hello bank!\n\nHello bank! est une marque de BNP Paribas.\n"),
            text("<html><body style=\"font-family:Helvetica\"><h2 style=\"color:#00b2a9\">Hello Antoine !</h2>"
                 f"<p>Un virement de <b>740,00{NB}€</b> est arrivé sur votre compte Hello Business.</p>"
                 "<p>De la part de : KINETIC STUDIO ARCHITECTES<br>Communication : FACT F-2026-0402</p>"
                 "<p>À bientôt dans l'appli Hello bank!</p><p style=\"font-size:10px\">Hello bank! est une marque de "
                 "BNP Paribas.</p></body></html>\n", "html")], k)),
        "fr", "Hello bank!", "Hello bank!", "friendly tone, 'De la part de', 'Communication'",
        money=M("in", "740.00", "EUR", "yes", "KINETIC STUDIO ARCHITECTES", "FACT F-2026-0402", "2026-12-03"))

    # P12 Caisse d'Epargne, plural
    k = "caisse_epargne_deux_virements_recus"
    add(k + ".eml", L, msg([("From", ad("Caisse d'Epargne", "alertes@ce.caisse-epargne.fr")), ("To", OWNER),
        ("Subject", hq("Alerte : 2 virements reçus sur votre compte")), ("Date", date(d(3, 6, 45, 0))),
        ("Message-ID", mid(k, "caisse-epargne.fr")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Arial;font-size:13px\"><p>Bonjour,</p><p>Les opérations suivantes ont été "
             "enregistrées sur votre compte <b>COMPTE CHEQUE PRO ****7781</b> :</p><table border=\"1\" cellpadding=\"4\" "
             "style=\"border-collapse:collapse\"><tr><th>Date</th><th>Libellé</th><th>Montant</th></tr>"
             "<tr><td>02/12/2026</td><td>VIR SEPA CAMPING LES FLAMANTS F-2026-0401</td><td align=\"right\">+520,00 €</td></tr>"
             "<tr><td>02/12/2026</td><td>VIR DRFIP OCCITANIE ET HERAULT SM ETANGS LITTORAL MDT 4512 F-2026-0388</td>"
             "<td align=\"right\">+1 890,00 €</td></tr></table><p>Caisse d'Epargne Languedoc-Roussillon</p>"
             "<p style=\"font-size:10px;color:#666\">Ceci est un message automatique, merci de ne pas y répondre. "
             "Pour gérer vos alertes, rendez-vous dans votre Espace Client, rubrique Alertes.</p></body></html>\n",
             "html", cte="qp")),
        "fr", "Caisse d'Épargne", "Caisse d'Épargne", "plural notice, HTML table of two credits; public payer shown as DRFIP",
        money=M("in|in", "520.00|1890.00", "EUR", "yes", "CAMPING LES FLAMANTS|DRFIP OCCITANIE ET HERAULT",
                "F-2026-0401|SM ETANGS LITTORAL MDT 4512 F-2026-0388", "2026-12-02|2026-12-02"),
        notes="two separate credits from two payers; the public body's payment arrives via the DRFIP (Trésor public)")

    # P13 Banque Populaire, money in
    k = "banque_populaire_cyberplus_credit_buildtech"
    add(k + ".eml", L, msg([("From", ad("Banque Populaire du Sud", "alertes@banquepopulaire.fr")), ("To", OWNER),
        ("Subject", hq("Cyber Alerte - opération créditrice", "iso-8859-1")), ("Date", date(d(1, 8, 5, 44))),
        ("Message-ID", mid(k, "banquepopulaire.fr")), ("MIME-Version", "1.0")],
        text("Cyber Alerte\n\nLe 01/12/2026, une opération créditrice de 2 400,00 EUR a été enregistrée sur votre "
             "compte 0123456A789.\n\nLibellé : VIR SEPA BUILDTECH EUROPE GMBH INV-0419 4500123377\n\n"
             "Cette alerte vous est envoyée conformément à votre abonnement Cyber Alerte. Ne pas répondre.\n",
             cs="iso-8859-1", cte="qp")),
        "fr", "Banque Populaire", "Banque Populaire", "plain ISO-8859-1 alert with foreign payer",
        money=M("in", "2400.00", "EUR", "yes", "BUILDTECH EUROPE GMBH", "INV-0419 4500123377", "2026-12-01"))

    # P14 N26 EN
    k = "n26_en_you_received"
    add(k + ".eml", L, msg([("From", ad("N26", "no-reply@n26.com")), ("To", OWNER),
        ("Subject", "You've received €420.00"), ("Date", date(d(30, 12, 31, 0, UTC))),
        ("Message-ID", mid(k, "n26.com")), ("MIME-Version", "1.0")],
        mp("alternative", [text("Hi Antoine,\n\nSandrine Puech sent you €420.00.\nReference: Révision VAE + pneus\n\n"
                                "Your N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin, Germany\n"),
                           text("<html><body style=\"font-family:Arial\"><p>Hi Antoine,</p><p style=\"font-size:24px\">"
                                "<b>+€420.00</b></p><p>Sandrine Puech sent you money.<br>Reference: Révision VAE + pneus</p>"
                                "<p>Your N26 Team</p><p style=\"font-size:10px\">N26 Bank SE, Voltairestraße 8, 10179 Berlin"
                                "</p></body></html>\n", "html")], k)),
        "en", "N26", "N26", "English, payer sentence 'sent you', French reference",
        money=M("in", "420.00", "EUR", "yes", "Sandrine Puech", "Révision VAE + pneus", "2026-11-30"))

    # P15 Revolut Business EN
    k = "revolut_business_en_received_datasoft"
    add(k + ".eml", L, msg([("From", ad("Revolut Business", "no-reply@revolut.com")), ("To", OWNER),
        ("Subject", "You've received €1,250.00 from DATASOFT OCCITANIE SAS"), ("Date", date(d(3, 10, 14, 2, UTC))),
        ("Message-ID", mid(k, "revolut.com")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Inter,Arial\"><h3>Money received</h3><p>DATASOFT OCCITANIE SAS has sent "
             "€1,250.00 to your EUR account.</p><table>" + table_rows([("Reference", "INV-0427"), ("Date", "3 Dec 2026"),
             ("Account", "Ferreira Velo · EUR")]) + "</table><p>Open the Revolut Business app to see the details.</p>"
             "<p style=\"font-size:10px;color:#8b959e\">Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. "
             "This email was sent to antoine@ferreira-velo.fr because you have transaction notifications turned on.</p>"
             "</body></html>\n", "html", cte="qp")),
        "en", "Revolut Business", "Revolut Business", "English HTML, 'You've received' with payer in subject",
        money=M("in", "1250.00", "EUR", "yes", "DATASOFT OCCITANIE SAS", "INV-0427", "2026-12-03"))

    # P16 Wise, GBP
    k = "wise_en_gbp_received_pedal"
    add(k + ".eml", L, msg([("From", ad("Wise", "noreply@wise.com")), ("To", OWNER),
        ("Subject", "You've got 1,200.00 GBP from Pedal & Co Tours Ltd"), ("Date", date(d(2, 15, 55, 31, UTC))),
        ("Message-ID", mid(k, "wise.com")), ("MIME-Version", "1.0")],
        mp("alternative", [text("Hi Antoine,\n\nPedal & Co Tours Ltd sent you 1,200.00 GBP. It's now in your GBP "
                                "balance.\n\nReference: INV-0440 deposit\n\nThe Wise team\n\nWise Europe SA, Rue du Trône 100, "
                                "1050 Brussels.\n"),
                           text("<html><body><h2>You've got 1,200.00 GBP</h2><p>Pedal &amp; Co Tours Ltd sent you "
                                "1,200.00 GBP. It's now in your GBP balance.</p><p>Reference: INV-0440 deposit</p>"
                                "<p>The Wise team</p></body></html>\n", "html")], k)),
        "en", "Wise", "Wise", "English, GBP currency balance",
        money=M("in", "1200.00", "GBP", "yes", "Pedal & Co Tours Ltd", "INV-0440 deposit", "2026-12-02"))

    # P17 PayPal FR money in
    k = "paypal_fr_paiement_recu_marchand"
    add(k + ".eml", L, msg([("From", ad("service@paypal.fr", "service@paypal.fr")), ("To", OWNER),
        ("Subject", hq("Vous avez reçu un paiement")), ("Date", date(d(30, 20, 4, 13))),
        ("Message-ID", mid(k, "paypal.fr")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Helvetica,Arial\"><p>Bonjour Antoine Ferreira,</p><p><b>Julie Marchand vous "
             "a envoyé 65,00 € EUR</b></p><p>Remarque de Julie Marchand : « réglage dérailleur + plaquettes, merci ! »</p>"
             "<table>" + table_rows([("Numéro de transaction", "7HF41822KL330514X"), ("Date de la transaction", "30 nov. 2026"),
             ("Montant reçu", "65,00 € EUR"), ("Frais", "-1,57 € EUR"), ("Montant net", "63,43 € EUR")]) + "</table>"
             "<p>Aidez-nous à protéger votre compte : PayPal ne vous demandera jamais votre mot de passe par e-mail.</p>"
             "<p style=\"font-size:10px\">Copyright © 1999-2026 PayPal. Tous droits réservés. PayPal (Europe) S.à r.l. et "
             "Cie, S.C.A.</p></body></html>\n", "html", cte="qp")),
        "fr", "PayPal", "PayPal", "payer note, fee and net amount rows",
        money=M("in", "65.00", "EUR", "yes", "Julie Marchand", "7HF41822KL330514X", "2026-11-30"),
        notes="gross amount used; net 63.43 after fees")

    # P18 GoCardless collected
    k = "gocardless_paiement_encaisse_contrat"
    add(k + ".eml", L, msg([("From", ad("GoCardless", "noreply@gocardless.com")), ("To", OWNER),
        ("Subject", hq("Paiement encaissé : 249,00 € de Clapas Bike Tours")), ("Date", date(d(2, 9, 0, 4, UTC))),
        ("Message-ID", mid(k, "gocardless.com")), ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nLe paiement suivant a été encaissé avec succès :\n\nClient : Clapas Bike Tours\n"
             "Montant : 249,00 €\nRéférence : CONTRAT-ENTRETIEN-DEC26\nDate de prélèvement : 2 décembre 2026\n\n"
             "Il sera inclus dans votre prochain virement GoCardless.\n\nL'équipe GoCardless\n\nGoCardless SAS, "
             "établissement de paiement agréé par l'ACPR.\n", cs="utf-8", cte="qp")),
        "fr", "GoCardless", "GoCardless", "direct debit collected from a client (mandate)",
        money=M("in", "249.00", "EUR", "yes", "Clapas Bike Tours", "CONTRAT-ENTRETIEN-DEC26", "2026-12-02"),
        notes="collected from one client; will later be paid out to the bank")

    # P19 PayPlug
    k = "payplug_nouveau_paiement"
    add(k + ".eml", L, msg([("From", ad("PayPlug", "notifications@payplug.com")), ("To", OWNER),
        ("Subject", hq("Nouveau paiement de 150,00 €")), ("Date", date(d(4, 14, 26, 0))),
        ("Message-ID", mid(k, "payplug.com")), ("MIME-Version", "1.0")],
        text("Nouveau paiement reçu\n\nMontant : 150,00 €\nClient : Marc Olivier (marc.olivier@example.com)\n"
             "Description : Diagnostic + mise à jour firmware Bosch\nIdentifiant : pay_5Gx9Qa1LmN2pR7\n"
             "Date : 04/12/2026 14:26\n\nConsultez votre portail PayPlug pour plus de détails.\n", cs="utf-8", cte="8bit")),
        "fr", "PayPlug", "PayPlug", "card payment captured by PSP, terse",
        money=M("in", "150.00", "EUR", "yes", "Marc Olivier", "pay_5Gx9Qa1LmN2pR7", "2026-12-04"))

    # P20 Sumeria (ex-Lydia)
    k = "sumeria_lydia_recu_60"
    add(k + ".eml", L, msg([("From", ad("Sumeria", "noreply@lydia-app.com")), ("To", OWNER),
        ("Subject", hq("Hugo L. vous a envoyé 60,00 €")), ("Date", date(d(30, 21, 12, 0))),
        ("Message-ID", mid(k, "lydia-app.com")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Arial;text-align:center\"><p style=\"font-size:18px\">Hugo L. vous a envoyé "
             "<b>60,00 €</b></p><p>« crevaison + rayon 🚲 »</p><p>L'argent est disponible sur votre compte Sumeria.</p>"
             "<p style=\"font-size:10px;color:#999\">Sumeria (anciennement Lydia) – Lydia Solutions SAS. Vous recevez cet "
             "e-mail car vous avez un compte Sumeria.</p></body></html>\n", "html", cte="b64")),
        "fr", "Sumeria (Lydia)", "Sumeria (Lydia)", "P2P app, first name + initial, emoji note",
        money=M("in", "60.00", "EUR", "yes", "Hugo L.", "crevaison + rayon 🚲", "2026-11-30"))

    # P21 SumUp payment link paid
    k = "sumup_lien_paiement_regle"
    add(k + ".eml", L, msg([("From", ad("SumUp", "noreply@sumup.com")), ("To", OWNER),
        ("Subject", hq("Paiement reçu via votre lien de paiement")), ("Date", date(d(3, 8, 58, 40))),
        ("Message-ID", mid(k, "sumup.com")), ("MIME-Version", "1.0")],
        mp("alternative", [
            text("Bonjour Antoine,\n\nBonne nouvelle : Christophe Bastide a réglé votre lien de paiement.\n\n"
                 "Montant : 320,00 €\nDescription : Facture F-2026-0440\nCode de transaction : TEDXK4P8ZQ\n"
                 "Date : 03.12.2026\n\nLes fonds seront versés sur votre compte bancaire selon votre calendrier de virement.\n\n"
                 "L'équipe SumUp\n"),
            text("<html><body><p>Bonjour Antoine,</p><p>Bonne nouvelle : <b>Christophe Bastide</b> a réglé votre lien de "
                 "paiement.</p><table>" + table_rows([("Montant", "320,00 €"), ("Description", "Facture F-2026-0440"),
                 ("Code de transaction", "TEDXK4P8ZQ"), ("Date", "03.12.2026")]) + "</table><p>Les fonds seront versés sur "
                 "votre compte bancaire selon votre calendrier de virement.</p><p>L'équipe SumUp</p></body></html>\n", "html")], k)),
        "fr", "SumUp", "SumUp", "payment link paid by card, names payer and invoice",
        money=M("in", "320.00", "EUR", "yes", "Christophe Bastide", "Facture F-2026-0440", "2026-12-03"))

    # P22 Indy bank feed, 3 transactions in|out|out
    k = "indy_synchro_trois_transactions"
    add(k + ".eml", L, msg([("From", ad("Indy", "notifications@indy.fr")), ("To", OWNER),
        ("Subject", hq("3 nouvelles transactions à catégoriser")), ("Date", date(d(1, 7, 0, 12))),
        ("Message-ID", mid(k, "indy.fr")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Arial\"><p>Bonjour Antoine,</p><p>Nous avons synchronisé votre compte "
             "bancaire. 3 nouvelles transactions sont à catégoriser :</p><table cellpadding=\"6\">"
             "<tr><td>30/11</td><td>VIR ATELIER SEPIA F2026-0403</td><td align=\"right\" style=\"color:#12a150\">+210,00 €</td></tr>"
             "<tr><td>30/11</td><td>PRLV SEPA FREE PRO</td><td align=\"right\">-42,99 €</td></tr>"
             "<tr><td>30/11</td><td>CB TOTALENERGIES 29/11</td><td align=\"right\">-18,40 €</td></tr></table>"
             "<p><a href=\"https://app.indy.fr/transactions\">Catégoriser mes transactions</a></p><p>L'équipe Indy</p>"
             "<p style=\"font-size:10px\">Vous recevez cet e-mail car vous avez connecté votre banque à Indy. "
             "Se désinscrire des notifications.</p></body></html>\n", "html", cte="qp")),
        "fr", "Indy", "Indy (bank feed)", "accounting app bank feed listing mixed transactions",
        money=M("in|out|out", "210.00|42.99|18.40", "EUR", "yes", "ATELIER SEPIA||",
                "F2026-0403|FREE PRO|TOTALENERGIES 29/11", "2026-11-30|2026-11-30|2026-11-30"),
        notes="one real incoming payment among 3 lines; counts_as_payment=yes refers to the incoming one")

    # P23 Pennylane matched payment
    k = "pennylane_facture_payee_rapprochee"
    add(k + ".eml", L, msg([("From", ad("Pennylane", "no-reply@pennylane.com")), ("To", OWNER),
        ("Subject", hq("Facture F-2026-0438 payée")), ("Date", date(d(4, 7, 15, 9))),
        ("Message-ID", mid(k, "pennylane.com")), ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nUne transaction bancaire de +480,00 € (VIR RESIDENCE LES OLIVIERS FACT 0438) "
             "reçue le 03/12/2026 a été rapprochée automatiquement de votre facture client F-2026-0438.\n\n"
             "La facture est désormais marquée comme payée.\n\nVoir la facture : https://app.pennylane.com/\n\n"
             "L'équipe Pennylane\n", cs="utf-8", cte="qp")),
        "fr", "Pennylane", "Pennylane (bank feed)", "bookkeeping tool reports a bank credit matched to an invoice",
        money=M("in", "480.00", "EUR", "yes", "RESIDENCE LES OLIVIERS", "FACT 0438", "2026-12-03"))

    # P24 Stripe payout (aggregate)
    k = "stripe_en_payout_on_its_way"
    add(k + ".eml", L, msg([("From", ad("Stripe", "notifications@stripe.com")), ("To", OWNER),
        ("Subject", "Your €1,932.40 payout for Ferreira Velo is on the way"), ("Date", date(d(1, 3, 12, 0, UTC))),
        ("Message-ID", mid(k, "stripe.com")), ("MIME-Version", "1.0")],
        mp("alternative", [
            text("Ferreira Velo\n\nYour payout is on the way\n\nA payout of €1,932.40 is on its way to your bank account "
                 "FR76 **** 0218 and should arrive by Dec 3, 2026.\n\nPayout ID: po_1QfR2nKx8Lm4Tz0a\nPayments: 11\n"
                 "Refunds: 1\n\nView payout: https://dashboard.stripe.com/payouts/po_1QfR2nKx8Lm4Tz0a\n\n"
                 "You're receiving this email because you're an administrator of Ferreira Velo on Stripe.\n"
                 "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n"),
            text("<html><body style=\"font-family:-apple-system,Arial\"><p style=\"color:#8898aa\">Ferreira Velo</p>"
                 "<h1 style=\"font-size:24px\">Your payout is on the way</h1><p>A payout of <b>€1,932.40</b> is on its way "
                 "to your bank account FR76 **** 0218 and should arrive by Dec 3, 2026.</p><table>" +
                 table_rows([("Payout ID", "po_1QfR2nKx8Lm4Tz0a"), ("Payments", "11"), ("Refunds", "1")]) +
                 "</table><p style=\"font-size:12px;color:#8898aa\">You're receiving this email because you're an "
                 "administrator of Ferreira Velo on Stripe.</p></body></html>\n", "html")], k)),
        "en", "Stripe", "Stripe", "payout bundling many card payments",
        money=M("in", "1932.40", "EUR", "no_aggregate", "", "po_1QfR2nKx8Lm4Tz0a", "2026-12-03"),
        notes="arrival date given as value date")

    # P25 SumUp payout
    k = "sumup_virement_de_vos_ventes"
    add(k + ".eml", L, msg([("From", ad("SumUp", "noreply@sumup.com")), ("To", OWNER),
        ("Subject", hq("Votre virement SumUp est en route")), ("Date", date(d(2, 5, 40, 0))),
        ("Message-ID", mid(k + "x", "sumup.com")), ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nNous avons viré 612,30 € sur votre compte bancaire se terminant par 0218.\n\n"
             "Période des ventes : 27.11.2026 – 01.12.2026 (14 transactions)\nFrais SumUp : 10,87 €\n"
             "Référence du virement : SUMUP PAYOUT 88431205\n\nLe montant devrait apparaître sur votre compte sous 1 à 3 "
             "jours ouvrés.\n\nL'équipe SumUp\n\nSumUp Limited – Vous recevez cet e-mail car vous êtes titulaire d'un "
             "compte marchand SumUp.\n", cs="utf-8", cte="qp")),
        "fr", "SumUp", "SumUp", "card-terminal payout of 14 sales",
        money=M("in", "612.30", "EUR", "no_aggregate", "", "SUMUP PAYOUT 88431205", "2026-12-02"))

    # P26 Mollie settlement
    k = "mollie_versement_effectue"
    add(k + ".eml", L, msg([("From", ad("Mollie", "noreply@mollie.com")), ("To", OWNER),
        ("Subject", hq("Votre versement de 845,20 € a été effectué")), ("Date", date(d(3, 11, 2, 18, UTC))),
        ("Message-ID", mid(k, "mollie.com")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Nous avons effectué un versement de <b>845,20 €</b> vers votre compte "
             "FR76 **** 0218.</p><p>Référence du versement : <b>MOL-STL-2026-12-03-1</b><br>Nombre de paiements : 6 "
             "(boutique en ligne – réservations révision)</p><p>Vous trouverez le détail dans votre tableau de bord "
             "Mollie, rubrique Versements.</p><p>Cordialement,<br>Mollie</p><p style=\"font-size:10px\">Mollie B.V., "
             "Keizersgracht 126, 1015 CW Amsterdam</p></body></html>\n", "html", cte="qp")),
        "fr", "Mollie", "Mollie", "settlement of 6 online payments",
        money=M("in", "845.20", "EUR", "no_aggregate", "", "MOL-STL-2026-12-03-1", "2026-12-03"))

    # P27 Chorus Pro "mise en paiement" (public body)
    k = "chorus_pro_facture_mise_en_paiement"
    add(k + ".eml", L, msg([("From", ad("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr")), ("To", OWNER),
        ("Subject", hq("[Chorus Pro] Changement de statut de votre facture F-2026-0388 : Mise en paiement")),
        ("Date", date(d(30, 4, 12, 0))), ("Message-ID", mid(k, "chorus-pro.gouv.fr")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nLa facture suivante a changé de statut :\n\nNuméro de facture : F-2026-0388\n"
             "Destinataire : SYNDICAT MIXTE ETANGS ET LITTORAL\nMontant TTC : 1 890,00 EUR\n"
             "Nouveau statut : MISE EN PAIEMENT\nDate du changement de statut : 28/11/2026\n\n"
             "Le statut « Mise en paiement » signifie que la demande de paiement a été transmise au comptable public. "
             "Le délai de réception des fonds dépend de votre établissement bancaire.\n\n"
             "Ce message est envoyé automatiquement par Chorus Pro. Merci de ne pas y répondre.\n", cs="utf-8", cte="qp")),
        "fr", "Chorus Pro", "Chorus Pro (DGFiP)", "public-sector invoice status 'Mise en paiement' (not yet a bank credit)",
        money=M("in", "1890.00", "EUR", "no_claim", "SYNDICAT MIXTE ETANGS ET LITTORAL", "F-2026-0388", ""),
        notes="remittance-type notice from the public e-invoicing portal; the bank credit is a separate notice")

    # P28 Remittance advice with PDF (client AP, SAP style)
    k = "biomedica_avis_de_paiement_pdf"
    pdfb = pdf(["LABORATOIRE BIOMEDICA SAS", "AVIS DE PAIEMENT N° 2000184572", "",
                "Fournisseur : 400188 FERREIRA ANTOINE - FERREIRA VELO", "Mode de paiement : Virement SEPA",
                "Date de valeur : 08/12/2026", "",
                "Pièce        Réf. fournisseur   Date pièce   Montant", 
                "5100093381   F-2026-0393        02/10/2026   1 310,00",
                "5100095102   F-2026-0402bis     16/10/2026     255,00", "",
                "Total réglé : 1 565,00 EUR"], "Avis de paiement")
    add(k + ".eml", L, msg([("From", ad("Biomedica - Comptabilité Fournisseurs", "sap-noreply@biomedica-sas.fr")),
        ("To", OWNER), ("Subject", hq("Avis de paiement 2000184572 – FERREIRA VELO")), ("Date", date(d(4, 5, 31, 0))),
        ("Message-ID", mid(k, "biomedica-sas.fr")), ("MIME-Version", "1.0")],
        mp("mixed", [text("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de paiement relatif au règlement de vos "
                          "factures. Le virement sera exécuté avec une date de valeur au 08/12/2026.\n\nCe message est généré "
                          "automatiquement, merci de ne pas y répondre. Pour toute question : fournisseurs@biomedica-sas.fr\n",
                          cs="iso-8859-1", cte="qp"),
                     att(pdfb, "application/pdf", "AVIS_PAIEMENT_2000184572.pdf")], k)),
        "fr", "", "Laboratoire Biomedica (SAP remittance)", "client ERP remittance advice with PDF, two invoices, future value date",
        money=M("in|in", "1310.00|255.00", "EUR", "no_claim", "LABORATOIRE BIOMEDICA SAS|LABORATOIRE BIOMEDICA SAS",
                "F-2026-0393|F-2026-0402bis", "2026-12-08|2026-12-08"),
        notes="money not yet seen by the owner's bank; details in the PDF, total 1 565,00")

    # P29 PayPal on hold
    k = "paypal_fonds_en_attente"
    add(k + ".eml", L, msg([("From", ad("PayPal", "service@paypal.fr")), ("To", OWNER),
        ("Subject", hq("Le paiement de 210,00 € EUR est en attente")), ("Date", date(d(2, 17, 40, 0))),
        ("Message-ID", mid(k, "paypal.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour Antoine Ferreira,</p><p>Vous avez reçu un paiement de 210,00 € EUR de Romain Teste. "
             "<b>Ce paiement est actuellement en attente</b> : les fonds seront disponibles dans votre compte PayPal "
             "jusqu'à 21 jours après la date du paiement, ou plus tôt si l'acheteur confirme la réception.</p>"
             "<p>Numéro de transaction : 1RB57230DE994861Y</p><p>Pourquoi ? Nous retenons parfois temporairement les "
             "paiements des nouveaux vendeurs afin de protéger les acheteurs.</p><p>Cordialement,<br>PayPal</p>"
             "</body></html>\n", "html", cte="qp")),
        "fr", "PayPal", "PayPal", "payment received but held (funds not available)",
        money=M("none", "210.00", "EUR", "no", "Romain Teste", "1RB57230DE994861Y", ""),
        notes="'vous avez reçu un paiement' but funds on hold up to 21 days")

    # P30 Wise: money on its way to you
    k = "wise_en_someone_is_sending_you"
    add(k + ".eml", L, msg([("From", ad("Wise", "noreply@wise.com")), ("To", OWNER),
        ("Subject", "Nordlys Travel AS is sending you 980.00 EUR"), ("Date", date(d(4, 12, 2, 0, UTC))),
        ("Message-ID", mid(k, "wise.com")), ("MIME-Version", "1.0")],
        text("Hi Antoine,\n\nNordlys Travel AS is sending you 980.00 EUR with Wise.\n\nIt should arrive in your bank "
             "account by Monday, December 7. We'll let you know when it's on its way.\n\nReference: INV-0441\n\n"
             "Questions? Contact Nordlys Travel AS directly.\n\nThe Wise team\n", cs="utf-8", cte="7bit")),
        "en", "Wise", "Wise", "announcement that a payer has started a transfer; not yet arrived",
        money=M("none", "980.00", "EUR", "no", "Nordlys Travel AS", "INV-0441", "2026-12-07"),
        notes="expected arrival date used as value_date")

    # P31 Qonto card payment (out)
    k = "qonto_paiement_carte_grossiste"
    add(k + ".eml", L, msg([("From", ad("Qonto", "notifications@qonto.com")), ("To", OWNER),
        ("Subject", hq("Paiement par carte de 89,90 € chez CYCLOSUD DISTRIB")), ("Date", date(d(30, 15, 2, 2, UTC))),
        ("Message-ID", mid(k, "qonto.com")), ("MIME-Version", "1.0")],
        text("Paiement par carte\n\n-89,90 €\n\nCommerçant : CYCLOSUD DISTRIB\nCarte : Carte One ••••5531\n"
             "Date : 30/11/2026 16:02\n\nN'oubliez pas d'ajouter votre reçu : il suffit de répondre à cet e-mail avec "
             "une photo du justificatif.\n\nQonto · Vous recevez cet e-mail car les notifications de paiement par carte "
             "sont activées.\n", cs="utf-8", cte="qp")),
        "fr", "Qonto", "Qonto", "card payment out; invites to reply with receipt",
        money=M("out", "89.90", "EUR", "no", "", "CYCLOSUD DISTRIB", "2026-11-30"))

    # P32 Shine outgoing transfer
    k = "shine_virement_envoye_assurance"
    add(k + ".eml", L, msg([("From", ad("Shine", "noreply@shine.fr")), ("To", OWNER),
        ("Subject", hq("Votre virement de 312,00 € a bien été envoyé")), ("Date", date(d(1, 9, 30, 0))),
        ("Message-ID", mid(k, "shine.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Antoine,</p><p>Votre virement de <b>312,00 €</b> vers <b>MAAF ASSURANCES</b> a bien été "
             "envoyé.</p><p>Libellé : RC PRO 2027 CONTRAT 7712409<br>Date d'exécution : 01/12/2026</p><p>Ceci est un "
             "e-mail automatique, merci de ne pas y répondre.</p></body></html>\n", "html", cte="qp")),
        "fr", "Shine", "Shine", "outgoing transfer sent",
        money=M("out", "312.00", "EUR", "no", "", "RC PRO 2027 CONTRAT 7712409", "2026-12-01"))

    # P33 BNP direct debit URSSAF
    k = "bnp_avis_prelevement_urssaf"
    add(k + ".eml", L, msg([("From", ad("BNP Paribas", "alertes@alertes.bnpparibas")), ("To", OWNER),
        ("Subject", hq("Alerte : prélèvement sur votre compte", "iso-8859-1")), ("Date", date(d(3, 7, 1, 0))),
        ("Message-ID", mid(k, "alertes.bnpparibas")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nNous vous informons de l'opération suivante sur votre compte\nCOMPTE PRO ****4521 :\n\n"
             "Date         : 03/12/2026\nLibellé      : PRLV SEPA URSSAF LANGUEDOC ROUSSILLON /ICS FR22ZZZ396405 "
             "/RUM 2019AE1180447\nMontant      : -486,00 EUR\n\nSolde à la date du 03/12/2026 : 5 902,11 EUR\n\n"
             "Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\n", cs="iso-8859-1", cte="qp")),
        "fr", "BNP Paribas", "BNP Paribas", "direct debit taken (URSSAF contributions)",
        money=M("out", "486.00", "EUR", "no", "", "URSSAF LANGUEDOC ROUSSILLON", "2026-12-03"))

    # P34 Banque Populaire announced debit
    k = "banque_populaire_prelevement_a_venir"
    add(k + ".eml", L, msg([("From", ad("Banque Populaire du Sud", "alertes@banquepopulaire.fr")), ("To", OWNER),
        ("Subject", hq("Cyber Alerte - prélèvement à venir", "iso-8859-1")), ("Date", date(d(4, 7, 40, 0))),
        ("Message-ID", mid(k, "banquepopulaire.fr")), ("MIME-Version", "1.0")],
        text("Cyber Alerte\n\nUn prélèvement de 96,40 EUR émis par EDF ENTREPRISES sera présenté sur votre compte "
             "0123456A789 le 08/12/2026.\nRéférence : FACTURE 30029418851\n\nPensez à vérifier que votre compte est "
             "suffisamment approvisionné.\n\nCette alerte vous est envoyée conformément à votre abonnement Cyber "
             "Alerte. Ne pas répondre.\n", cs="iso-8859-1", cte="qp")),
        "fr", "Banque Populaire", "Banque Populaire", "announced upcoming direct debit (owner pays)",
        money=M("out", "96.40", "EUR", "no", "", "FACTURE 30029418851", "2026-12-08"),
        notes="debit announced, not yet taken; direction out")

    # P35 La Banque Postale rejected direct debit
    k = "banque_postale_rejet_prelevement"
    add(k + ".eml", L, msg([("From", ad("La Banque Postale", "noreply@labanquepostale.fr")), ("To", OWNER),
        ("Subject", hq("Information : rejet d'un prélèvement")), ("Date", date(d(1, 10, 10, 0))),
        ("Message-ID", mid(k + "r", "labanquepostale.fr")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nNous vous informons que le prélèvement suivant n'a pas pu être payé et a été rejeté :\n\n"
             "Créancier : FREE PRO\nMontant : 42,99 €\nDate de présentation : 30/11/2026\nMotif : provision insuffisante\n\n"
             "Des frais de rejet peuvent s'appliquer conformément à nos conditions tarifaires. Nous vous invitons à "
             "régulariser la situation auprès du créancier.\n\nLa Banque Postale\n", cs="utf-8", cte="qp")),
        "fr", "La Banque Postale", "La Banque Postale", "owner's direct debit rejected for insufficient funds",
        money=M("failed", "42.99", "EUR", "no", "", "FREE PRO", "2026-11-30"))

    # P36 GoCardless payment failed (client's)
    k = "gocardless_echec_paiement_client"
    add(k + ".eml", L, msg([("From", ad("GoCardless", "noreply@gocardless.com")), ("To", OWNER),
        ("Subject", hq("Échec du paiement de 249,00 € – Les Coursiers du Clapas")), ("Date", date(d(4, 9, 3, 0, UTC))),
        ("Message-ID", mid(k, "gocardless.com")), ("MIME-Version", "1.0")],
        text("Bonjour Antoine,\n\nLe paiement de 249,00 € de Les Coursiers du Clapas (référence CONTRAT-ENTRETIEN-DEC26) "
             "a échoué.\n\nMotif communiqué par la banque du client : insufficient_funds (provision insuffisante)\n\n"
             "Nous ne retenterons pas automatiquement ce paiement. Vous pouvez le relancer depuis votre tableau de bord "
             "ou contacter votre client.\n\nL'équipe GoCardless\n", cs="utf-8", cte="qp")),
        "fr", "GoCardless", "GoCardless", "client's direct debit failed",
        money=M("failed", "249.00", "EUR", "no", "", "CONTRAT-ENTRETIEN-DEC26", "2026-12-04"),
        notes="payer column left empty (money did not arrive); client is Les Coursiers du Clapas")

    # P37 Stripe payout failed
    k = "stripe_en_payout_failed"
    add(k + ".eml", L, msg([("From", ad("Stripe", "notifications@stripe.com")), ("To", OWNER),
        ("Subject", "Action required: your payout of €418.75 failed"), ("Date", date(d(4, 16, 40, 0, UTC))),
        ("Message-ID", mid(k, "stripe.com")), ("MIME-Version", "1.0")],
        text("Ferreira Velo\n\nYour payout of €418.75 could not be completed.\n\nYour bank returned the payout with the "
             "reason: account_closed (the bank account has been closed).\n\nThe funds have been returned to your Stripe "
             "balance. Update your bank account details in the Dashboard and we'll retry automatically.\n\n"
             "Payout ID: po_1QgA0bKx8Lm4Tz0c\n\nStripe\n", cs="utf-8", cte="7bit")),
        "en", "Stripe", "Stripe", "payout returned by the bank",
        money=M("failed", "418.75", "EUR", "no", "", "po_1QgA0bKx8Lm4Tz0c", "2026-12-04"),
        notes="failure codes as listed in Stripe's payout documentation")

    # P38 Qonto outgoing transfer rejected
    k = "qonto_virement_rejete"
    add(k + ".eml", L, msg([("From", ad("Qonto", "notifications@qonto.com")), ("To", OWNER),
        ("Subject", hq("Votre virement a été rejeté")), ("Date", date(d(2, 10, 21, 0, UTC))),
        ("Message-ID", mid(k, "qonto.com")), ("MIME-Version", "1.0")],
        text("Votre virement de 1 140,00 € vers VELOTECH PARTS BV a été rejeté par la banque du bénéficiaire.\n\n"
             "Motif : IBAN incorrect (AC01)\n\nLe montant a été recrédité sur votre compte principal. Vérifiez les "
             "coordonnées du bénéficiaire avant de renouveler l'opération.\n\nQonto\n", cs="utf-8", cte="qp")),
        "fr", "Qonto", "Qonto", "outgoing transfer returned, amount recredited",
        money=M("failed", "1140.00", "EUR", "no", "", "VELOTECH PARTS BV", "2026-12-02"),
        notes="money comes back to the account but it is not a client payment")

    # P39 PayPal refund sent
    k = "paypal_remboursement_envoye"
    add(k + ".eml", L, msg([("From", ad("service@paypal.fr", "service@paypal.fr")), ("To", OWNER),
        ("Subject", hq("Vous avez envoyé un remboursement")), ("Date", date(d(3, 18, 2, 0))),
        ("Message-ID", mid(k, "paypal.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour Antoine Ferreira,</p><p>Vous avez remboursé <b>45,00 € EUR</b> à Julie Marchand.</p>"
             "<p>Le remboursement sera crédité sur le compte de l'acheteur sous 5 jours ouvrés.</p><p>Numéro de "
             "transaction du remboursement : 5TY22019AB8870425</p><p>PayPal</p></body></html>\n", "html", cte="qp")),
        "fr", "PayPal", "PayPal", "refund issued by the owner",
        money=M("refund", "45.00", "EUR", "no", "", "5TY22019AB8870425", "2026-12-03"))

    # P40 Stripe dispute
    k = "stripe_en_dispute_opened"
    add(k + ".eml", L, msg([("From", ad("Stripe", "notifications@stripe.com")), ("To", OWNER),
        ("Subject", "A €180.00 payment has been disputed"), ("Date", date(d(30, 13, 2, 0, UTC))),
        ("Message-ID", mid(k, "stripe.com")), ("MIME-Version", "1.0")],
        text("Ferreira Velo\n\nA customer has disputed a €180.00 payment with their card issuer.\n\nReason: "
             "product_not_received\nCustomer: l.garnier@example.com\nRespond by: Dec 14, 2026\n\nThe disputed amount "
             "and a €20.00 dispute fee have been withdrawn from your balance. You can submit evidence from the Dashboard.\n\n"
             "Dispute ID: du_1QeZ8tKx8Lm4Tz0b\n", cs="utf-8", cte="7bit")),
        "en", "Stripe", "Stripe", "card dispute (chargeback) with response deadline",
        money=M("chargeback", "180.00", "EUR", "no", "", "du_1QeZ8tKx8Lm4Tz0b", "2026-11-30"))

    # P41 Mollie chargeback FR
    k = "mollie_retrofacturation"
    add(k + ".eml", L, msg([("From", ad("Mollie", "noreply@mollie.com")), ("To", OWNER),
        ("Subject", hq("Rétrofacturation reçue pour le paiement tr_Wq7pN2xK4m")), ("Date", date(d(2, 8, 12, 0, UTC))),
        ("Message-ID", mid(k, "mollie.com")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nNous avons reçu une rétrofacturation (chargeback) pour le paiement suivant :\n\n"
             "ID du paiement : tr_Wq7pN2xK4m\nMontant : 89,00 €\nMotif : paiement non reconnu par le titulaire de la carte\n\n"
             "Le montant sera déduit de votre prochain versement.\n\nCordialement,\nMollie\n", cs="utf-8", cte="qp")),
        "fr", "Mollie", "Mollie", "chargeback on an online payment",
        money=M("chargeback", "89.00", "EUR", "no", "", "tr_Wq7pN2xK4m", "2026-12-02"))

    # P42 Fortuneo statement
    k = "fortuneo_releve_disponible"
    add(k + ".eml", L, msg([("From", ad("Fortuneo", "noreply@fortuneo.fr")), ("To", OWNER),
        ("Subject", hq("Votre relevé de compte de novembre est disponible")), ("Date", date(d(2, 4, 0, 0))),
        ("Message-ID", mid(k, "fortuneo.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Votre relevé de compte du mois de novembre 2026 est disponible dans votre "
             "Espace Client, rubrique « Mes documents ».</p><p>Fortuneo ne vous demandera jamais vos codes d'accès par "
             "e-mail.</p><p>L'équipe Fortuneo</p></body></html>\n", "html", cte="qp")),
        "fr", "Fortuneo", "Fortuneo", "monthly statement available",
        money=M("statement", "", "", "no"))

    # P43 Crédit Agricole low balance
    k = "credit_agricole_alerte_solde_bas"
    add(k + ".eml", L, msg([("From", ad("Crédit Agricole", "ne-pas-repondre@credit-agricole.fr")), ("To", OWNER),
        ("Subject", hq("Alerte solde : votre solde est inférieur à 500,00 EUR")), ("Date", date(d(30, 6, 30, 0))),
        ("Message-ID", mid(k, "credit-agricole.fr")), ("MIME-Version", "1.0")],
        text("Crédit Agricole du Languedoc\n\nMadame, Monsieur,\n\nLe solde de votre compte n° *****1187 est de "
             "412,08 EUR au 30/11/2026, inférieur au seuil de 500,00 EUR que vous avez défini.\n\nCe message est "
             "généré automatiquement. Merci de ne pas y répondre.\n", cs="iso-8859-1", cte="qp")),
        "fr", "Crédit Agricole", "Crédit Agricole", "low-balance alert",
        money=M("statement", "412.08", "EUR", "no", "", "", "2026-11-30"), notes="amount is the balance")

    # P44 Qonto monthly statement EN
    k = "qonto_en_statement_november"
    add(k + ".eml", L, msg([("From", ad("Qonto", "notifications@qonto.com")), ("To", OWNER),
        ("Subject", "Your November statement is ready"), ("Date", date(d(1, 6, 0, 0, UTC))),
        ("Message-ID", mid(k, "qonto.com")), ("MIME-Version", "1.0")],
        mp("mixed", [text("Hello Antoine,\n\nYour account statement for November 2026 is attached and available in "
                          "your Qonto app under Statements.\n\nOpening balance: €3,118.46\nClosing balance: €4,250.19\n\n"
                          "The Qonto team\n", cs="utf-8", cte="7bit"),
                     att(pdf(["Qonto - Account statement", "Ferreira Velo - Main account", "Period: 01/11/2026 - 30/11/2026",
                              "Opening balance: 3,118.46 EUR", "Total credits: 9,742.10 EUR", "Total debits: 8,610.37 EUR",
                              "Closing balance: 4,250.19 EUR"], "Statement"), "application/pdf", "Qonto_statement_2026-11.pdf")], k)),
        "en", "Qonto", "Qonto", "statement with PDF, balances but no single movement",
        money=M("statement", "", "", "no"))


# ================================================================ auto_reply
def autos():
    L = "auto_reply"

    # A1 Outlook FR "Réponse automatique :" with return date
    k = "outlook_fr_reponse_automatique_retour_7"
    add(k + ".eml", L, msg([("From", ad("Mathilde Roux", "mathilde.roux@velocite-logistique.fr")), ("To", OWNER_FULL),
        ("Subject", hq("Réponse automatique : " + rem_subj_fr("F-2026-0444"))), ("Thread-Topic", hq(rem_subj_fr("F-2026-0444"))),
        ("Date", date(d(2, 8, 2, 41, UTC))), ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(444)),
        ("References", rem_id(444)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "mathilde.roux@velocite-logistique.fr"), ("Content-Language", "fr-FR"),
        ("MIME-Version", "1.0")],
        mp("alternative", [text("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès "
            "limité à mes e-mails.\nPour toute question urgente concernant la comptabilité, merci de contacter "
            "compta@velocite-logistique.fr.\n\nCordialement,\nMathilde Roux\n", cs="utf-8", cte="qp"),
            text("<html><body><div style=\"font-family:Aptos,sans-serif\">Bonjour,<br><br>Je suis absente du bureau jusqu'au "
                 "lundi 7 décembre inclus, avec un accès limité à mes e-mails.<br>Pour toute question urgente concernant la "
                 "comptabilité, merci de contacter compta@velocite-logistique.fr.<br><br>Cordialement,<br>Mathilde Roux"
                 "</div></body></html>\n", "html", cs="utf-8", cte="qp")], k)),
        "fr", "", "Exchange Online (Vélocité Logistique)", "Outlook 'Réponse automatique :', Auto-Submitted, return date",
        facts="ooo_until=2026-12-07")

    # A2 Gmail vacation responder EN
    k = "gmail_vacation_en_back_14th"
    add(k + ".eml", L, msg([("MIME-Version", "1.0"), ("Date", date(d(30, 10, 5, 2, UTC))),
        ("References", rem_id(431, 2)), ("In-Reply-To", rem_id(431, 2)), ("Message-ID", mid(k, "", "gmail")),
        ("Auto-Submitted", "auto-replied"), ("Subject", "Re: " + rem_subj_en("INV-0431")),
        ("From", ad("Rosie Whitfield", "rosie@pedalandco-tours.co.uk")), ("To", OWNER_FULL)],
        mp("alternative", [text("Thanks for your email. I'm on leave and back on Monday 14 December. For bookings, please "
            "contact hello@pedalandco-tours.co.uk; for invoices, accounts@pedalandco-tours.co.uk.\n\nRosie\n",
            cs="UTF-8", cte="7bit"),
            text("<div dir=\"ltr\">Thanks for your email. I'm on leave and back on Monday 14 December. For bookings, "
                 "please contact hello@pedalandco-tours.co.uk; for invoices, accounts@pedalandco-tours.co.uk.<div><br>"
                 "</div><div>Rosie</div></div>\n", "html", cs="UTF-8", cte="7bit")], k)),
        "en", "", "Gmail vacation responder", "Gmail vacation, Auto-Submitted, 'back on Monday 14 December'",
        facts="ooo_until=2026-12-14", notes="return date given; she is back on the 14th")

    # A3 'Absence du bureau' without any auto header
    k = "absence_sans_entete_auto"
    add(k + ".eml", L, msg([("From", ad("Julien Castan", "direction@hotel-des-arceaux.fr")), ("To", OWNER),
        ("Subject", hq("Absence du bureau")), ("Date", date(d(3, 8, 4, 0))), ("Message-ID", mid(k, "hotel-des-arceaux.fr")),
        ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")],
        text("Bonjour,\n\nJe suis actuellement en déplacement (salon EquipHotel) et serai de retour le mercredi "
             "9 décembre. Votre message sera traité à mon retour.\n\nPour toute urgence : réception de l'hôtel, "
             "04 67 00 92 30.\n\nJulien Castan\n", cs="windows-1252", cte="qp")),
        "fr", "", "Hôtel des Arceaux", "'Absence du bureau' subject, no Auto-Submitted/X-Autoreply, no In-Reply-To",
        facts="ooo_until=2026-12-09")

    # A4 Exchange EN "Automatic reply:"
    k = "exchange_en_automatic_reply_parental"
    add(k + ".eml", L, msg([("From", ad("Priya Raman", "priya.raman@datasoft-occitanie.fr")), ("To", OWNER_FULL),
        ("Subject", "Automatic reply: " + rem_subj_en("INV-0445")), ("Thread-Topic", rem_subj_en("INV-0445")),
        ("Date", date(d(4, 8, 3, 0, UTC))), ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(445)),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0"),
        ("Content-Language", "en-GB")],
        text("<html><body><p>Hello,</p><p>I am on parental leave until early March. Supplier invoices and payment "
             "queries are handled by our accounts team at <a href=\"mailto:accounts@datasoft-occitanie.fr\">"
             "accounts@datasoft-occitanie.fr</a>; payments are made in our weekly Thursday run.</p><p>Many thanks,<br>"
             "Priya</p></body></html>\n", "html", cs="utf-8", cte="qp")),
        "en", "", "Exchange Online (Datasoft)", "English 'Automatic reply:', long leave without exact date, mentions payment run",
        facts="", notes="'until early March' is not a precise date")

    # A5 AP autoresponder FR with payment terms
    k = "comptabilite_fournisseurs_accuse_reception"
    add(k + ".eml", L, msg([("From", ad("Comptabilité Fournisseurs GHM", "fournisseurs@ghm-hotels.fr")), ("To", OWNER),
        ("Subject", hq("Accusé de réception – " + rem_subj_fr("F-2026-0399"))), ("Date", date(d(30, 8, 16, 0))),
        ("Message-ID", mid(k, "ghm-hotels.fr")), ("In-Reply-To", rem_id(399)), ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nNous accusons réception de votre message, qui sera traité par le service Comptabilité "
             "Fournisseurs.\n\nPour rappel :\n- nos factures sont réglées à 30 jours fin de mois à compter de la date "
             "de réception ;\n- toute facture doit mentionner le numéro de commande GHM et être adressée au format PDF "
             "à fournisseurs@ghm-hotels.fr ;\n- les relances reçues avant l'échéance ne sont pas traitées.\n\n"
             "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n\nGroupe Hôtelier Méditerranée\n",
             cs="utf-8", cte="qp")),
        "fr", "", "Groupe Hôtelier Méditerranée (AP)", "accounts-payable autoresponder quoting payment terms",
        facts="", notes="talks about invoices and payment terms but no promise")

    # A6 Helpdesk ticket (Zendesk-like)
    k = "helpdesk_ticket_recu_zendesk"
    add(k + ".eml", L, msg([("From", ad("Support Mistral Data Centers", "support@mistral-datacenters.zendesk.com")),
        ("Reply-To", "support@mistral-datacenters.zendesk.com"), ("To", OWNER),
        ("Subject", "[Mistral Data Centers] Re: " + rem_subj_en("INV-0442")), ("Date", date(d(2, 8, 26, 0, UTC))),
        ("Message-ID", "<7QZ2K1ME_6745b8f2a91c3_2f1a3fd89cc4a@zendesk.com>"), ("In-Reply-To", rem_id(442)),
        ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("MIME-Version", "1.0")],
        mp("alternative", [text("##- Please type your reply above this line -##\n\nYour request (#48213) has been received "
            "and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
            "This email is a service from Mistral Data Centers.\n", cs="UTF-8", cte="qp"),
            text("<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p><p>Your request "
                 "(#48213) has been received and is being reviewed by our support staff.</p><p>To add additional comments, "
                 "reply to this email.</p><p style=\"font-size:11px\">This email is a service from Mistral Data Centers. "
                 "Delivered by Zendesk</p></body></html>\n", "html", cs="UTF-8", cte="qp")], k)),
        "en", "", "Zendesk (Mistral Data Centers)", "helpdesk ticket acknowledgement #48213", facts="")

    # A7 Read receipt MDN (Outlook FR "Lu :")
    k = "mdn_outlook_lu"
    human = text("Votre message\n\n  À : Polyclinique des Garrigues\n  Objet : " + rem_subj_fr("F-2026-0414") +
                 "\n  Envoyé : mardi 1 décembre 2026 08:03:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
                 "a été lu le mardi 1 décembre 2026 09:14:52 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n",
                 cs="utf-8", cte="qp")
    mdn = ent([("Content-Type", "message/disposition-notification")],
              "Reporting-UA: polyclinique-garrigues.fr; Microsoft Outlook 16.0\n"
              "Final-Recipient: rfc822;achats@polyclinique-garrigues.fr\n"
              "Original-Message-ID: " + rem_id(414) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    add(k + ".eml", L, msg([("From", ad("Achats Polyclinique des Garrigues", "achats@polyclinique-garrigues.fr")),
        ("To", OWNER_FULL), ("Subject", hq("Lu : " + rem_subj_fr("F-2026-0414"))), ("Date", date(d(1, 8, 14, 52, UTC))),
        ("Message-ID", mid(k, "", "outlook")), ("MIME-Version", "1.0")],
        mp("report", [human, mdn], k, params="; report-type=disposition-notification")),
        "fr", "", "Outlook read receipt", "MDN multipart/report disposition-notification, 'Lu :'", facts="")

    # A8 Thunderbird MDN EN
    k = "mdn_thunderbird_return_receipt"
    add(k + ".eml", L, msg([("From", ad("Ingrid Solberg", "ingrid.solberg@nordlys-travel.no")), ("To", OWNER),
        ("Subject", "Return Receipt (displayed) - " + rem_subj_en("INV-0441")), ("Date", date(d(30, 12, 9, 0, UTC))),
        ("Message-ID", mid(k, "nordlys-travel.no")), ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird")],
        mp("report", [text("This is a Return Receipt for the mail that you sent to ingrid.solberg@nordlys-travel.no.\n\n"
                           "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                           "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
                           cs="UTF-8", cte="7bit"),
                      ent([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                           ("Content-Disposition", "inline")],
                          "Reporting-UA: Mozilla/5.0 Thunderbird\nFinal-Recipient: rfc822;ingrid.solberg@nordlys-travel.no\n"
                          "Original-Message-ID: " + rem_id(441) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
                      ent([("Content-Type", "text/rfc822-headers; name=\"MDNPart3.txt\""), ("Content-Disposition", "inline")],
                          "From: Antoine Ferreira <antoine@ferreira-velo.fr>\nTo: ingrid.solberg@nordlys-travel.no\n"
                          "Subject: " + rem_subj_en("INV-0441") + "\nMessage-ID: " + rem_id(441) + "\n")], k,
           params="; report-type=disposition-notification")),
        "en", "", "Thunderbird read receipt", "MDN with text/rfc822-headers part", facts="")

    # A9 Challenge-response (Mailinblack-style)
    k = "challenge_reponse_validation_expediteur"
    add(k + ".eml", L, msg([("From", ad("Protection anti-spam", "noreply@antispam-protect.example.com")), ("To", OWNER),
        ("Subject", hq("Votre message est en attente de validation")), ("Date", date(d(1, 8, 21, 30))),
        ("Message-ID", mid(k, "antispam-protect.example.com")), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Vous avez envoyé un message à <b>contact@bikeloc-palavas.fr</b> "
             "(objet : « " + esc(rem_subj_fr("F-2026-0447")) + " »).</p><p>Ce destinataire est protégé contre les "
             "courriels indésirables. Pour que votre message lui soit remis, merci de confirmer que vous êtes bien un "
             "humain en cliquant sur le lien ci-dessous et en recopiant les caractères affichés :</p><p><a href=\""
             "https://antispam-protect.example.com/validate?id=8f3a1c\">Je valide mon message</a></p><p>Cette "
             "opération n'est à faire qu'une seule fois. Sans validation sous 7 jours, le message sera supprimé.</p>"
             "</body></html>\n", "html", cte="qp")),
        "fr", "", "challenge-response anti-spam", "challenge-response asking the sender to prove it is human",
        facts="", notes="modelled on French challenge-response filters (Mailinblack-type); domain fictional")

    # A10 OOO without a return date, redirect
    k = "conge_maternite_sans_date_redirection"
    add(k + ".eml", L, msg([("From", ad("Estelle Bonnafous", "estelle@domaine-roque-haute.fr")), ("To", OWNER),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0446"))), ("Date", date(d(3, 8, 1, 12))),
        ("Message-ID", mid(k, "", "gmail")), ("In-Reply-To", rem_id(446)), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0")],
        text("Bonjour,\n\nJe suis en congé maternité. Pendant mon absence, merci d'adresser vos demandes à "
             "Pierre Bonnafous (pierre@domaine-roque-haute.fr) pour les visites et à notre cabinet comptable pour "
             "les factures.\n\nÀ bientôt,\nEstelle\n", cs="UTF-8", cte="qp")),
        "fr", "", "Gmail vacation (Domaine de la Roque Haute)", "long absence without return date, redirects", facts="")

    # A11 EN travelling, back date
    k = "en_travelling_limited_access"
    add(k + ".eml", L, msg([("From", ad("Tom Ashdown", "tom@oakridge-events.co.uk")), ("To", OWNER),
        ("Subject", "Out of Office: " + rem_subj_en("INV-0417")), ("Date", date(d(1, 16, 40, 0, UTC))),
        ("Message-ID", mid(k, "oakridge-events.co.uk")), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0")],
        text("I'm currently travelling with limited access to email and will be back in the office on Tuesday "
             "8 December. I'll reply as soon as I can.\n\nTom\n", cs="us-ascii", cte="7bit")),
        "en", "", "Oakridge Events", "'Out of Office:' with X-Autoreply", facts="ooo_until=2026-12-08")

    # A12 Zimbra-style X-Autoreply FR, "jusqu'au 8 décembre inclus"
    k = "zimbra_conges_jusquau_8_inclus"
    add(k + ".eml", L, msg([("From", ad("Jérôme Méjean", "j.mejean@transports-mejean.fr")), ("To", OWNER),
        ("Subject", hq("Re: " + rem_subj_fr("F-2026-0439"))), ("Date", date(d(30, 8, 31, 0))),
        ("Message-ID", mid(k, "transports-mejean.fr")), ("X-Autoreply", "yes"), ("Precedence", "bulk"),
        ("MIME-Version", "1.0"), ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927")],
        text("Je suis en congés jusqu'au 8 décembre inclus.\nEn cas d'urgence, merci de contacter l'exploitation au "
             "04 67 00 18 50.\n\nJérôme Méjean\n", cs="utf-8", cte="8bit")),
        "fr", "", "Zimbra (Transports Méjean)", "X-Autoreply without Auto-Submitted, 'jusqu'au 8 décembre inclus'",
        facts="ooo_until=2026-12-08", notes="back on 9 Dec; absence ends on the 8th inclusive")

    # A13 AP mailbox not monitored, use supplier portal
    k = "en_ap_mailbox_not_monitored_portal"
    add(k + ".eml", L, msg([("From", ad("BuildTech Accounts Payable", "ap-france@buildtech-europe.de")), ("To", OWNER),
        ("Subject", "Automatic reply: " + rem_subj_en("INV-0448")), ("Date", date(d(3, 9, 0, 3, UTC))),
        ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(448)), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")],
        text("Dear Supplier,\n\nThis mailbox is not monitored. Invoices must be submitted through our supplier portal "
             "(Coupa). Invoices and reminders sent by email are not processed.\n\nFor payment status, log in to the "
             "Coupa Supplier Portal. Standard payment terms are 60 days from invoice date.\n\nBuildTech Europe GmbH - "
             "Accounts Payable Shared Service Centre\n", cs="us-ascii", cte="7bit")),
        "en", "", "BuildTech Europe AP", "AP autoresponder: mailbox not monitored, supplier portal, payment terms", facts="")

    # A14 Generic company autoreply 48h
    k = "accuse_reception_sous_48h"
    add(k + ".eml", L, msg([("From", ad("Bikeloc Palavas", "contact@bikeloc-palavas.fr")), ("To", OWNER),
        ("Subject", hq("Merci pour votre message")), ("Date", date(d(4, 10, 2, 0))),
        ("Message-ID", mid(k, "bikeloc-palavas.fr")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        text("Bonjour et merci pour votre message !\n\nNotre boutique de location est fermée pour la saison "
             "d'hiver. Nous répondons aux e-mails sous 48 h ouvrées.\n\nÀ très vite sur la plage,\nL'équipe Bikeloc\n",
             cs="utf-8", cte="qp")),
        "fr", "", "Bikeloc Palavas", "shop autoreply 'sous 48 h', closed for winter", facts="")

    # A15 Public body auto reply (finances)
    k = "collectivite_finances_accuse_chorus"
    add(k + ".eml", L, msg([("From", ad("Service Finances SMEL", "finances@smel-etangs.fr")), ("To", OWNER),
        ("Subject", hq("[Accusé de réception] " + rem_subj_fr("F-2026-0430"))), ("Date", date(d(30, 8, 20, 15))),
        ("Message-ID", mid(k, "smel-etangs.fr")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        text("Votre courriel a bien été reçu par le Service Finances du Syndicat mixte Étangs & Littoral.\n\n"
             "Rappel : depuis le 1er janvier 2020, toutes les factures adressées au Syndicat doivent être déposées sur "
             "le portail Chorus Pro (SIRET 200 012 345 00017, code service FIN-02). Les factures transmises par courriel "
             "ne peuvent pas être mises en paiement. Le délai global de paiement est de 30 jours.\n\n"
             "Ceci est une réponse automatique.\n", cs="utf-8", cte="qp")),
        "fr", "", "Syndicat mixte Étangs & Littoral", "public body autoreply about Chorus Pro and 30-day payment deadline", facts="")

    # A16 Portuguese autoreply
    k = "pt_resposta_automatica_ferias"
    add(k + ".eml", L, msg([("From", ad("Rui Carvalho", "rui.carvalho@lusobike-tours.pt")), ("To", OWNER),
        ("Subject", hq("Resposta automática: " + rem_subj_en("INV-0443"))), ("Date", date(d(2, 9, 12, 0, UTC))),
        ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(443)), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"), ("Content-Language", "pt-PT"), ("MIME-Version", "1.0")],
        text("Olá,\n\nEstou de férias até 11 de dezembro, com acesso limitado ao email. Para assuntos urgentes, "
             "contacte geral@lusobike-tours.pt.\n\nI am on holiday until 11 December.\n\nCumprimentos,\nRui Carvalho\n",
             cs="utf-8", cte="qp")),
        "pt", "", "Exchange Online (Lusobike Tours)", "Portuguese + English OOO, 'Resposta automática:'",
        facts="ooo_until=2026-12-11")


# ==================================================================== bounce
def orig(num, to, t, n, en=False, k=1):
    subj = rem_subj_en(num) if en else rem_subj_fr(num)
    body = reminder_en(num, "640.00", "2 November 2026", "2 December 2026") if en else \
        reminder_fr(num, "640,00", "02/11/2026", "02/12/2026")
    return msg([("From", OWNER_FULL), ("To", to), ("Subject", hq(subj)), ("Date", date(t)),
                ("Message-ID", rem_id(n, k)), ("MIME-Version", "1.0")],
               text(body, cs="utf-8", cte="qp"))


def orig_headers(num, to, t, n, en=False, k=1):
    return orig(num, to, t, n, en, k).split(b"\n\n", 1)[0] + b"\n"


def dsn(reporting, rcpt, action, status, diag=None, remote=None, arrival=None, extra_msg="", extra_rcpt=""):
    s = f"Reporting-MTA: dns; {reporting}\n"
    s += extra_msg
    if arrival:
        s += f"Arrival-Date: {date(arrival)}\n"
    s += f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote:
        s += f"Remote-MTA: dns; {remote}\n"
    if diag:
        s += f"Diagnostic-Code: smtp; {diag}\n"
    s += extra_rcpt
    return ent([("Content-Type", "message/delivery-status")], s)


def bounces():
    L = "bounce"

    # B1 Gmail "Address not found"
    k = "gmail_address_not_found"
    rc = "florian.mazel@atelier-mazel-cycles.fr"
    t0 = d(30, 8, 4)
    human = text("\n** Adresse introuvable **\n\nVotre message n'a pas été remis à " + rc + " car l'adresse est "
                 "introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant était :\n"
                 "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
                 "the recipient's email address for typos or unnecessary spaces. For more information, go to "
                 "https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7b0f1a2c3d4si1234567b3.88 - gsmtp\n",
                 cs="UTF-8", cte="qp")
    html = text("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
                "style=\"padding-top:32px;background-color:#ffffff\"><tbody><tr><td><h2 style=\"font-family:Google Sans,"
                "Roboto,Helvetica,Arial;font-size:24px;color:#d93025\">Adresse introuvable</h2><p>Votre message n'a pas été "
                "remis à <a style=\"color:#212121;text-decoration:none\"><b>" + rc + "</b></a> car l'adresse est introuvable "
                "ou ne peut pas recevoir d'e-mails.</p><p style=\"font-size:12px\">La réponse du serveur distant était :</p>"
                "<p style=\"font-family:monospace\">550 5.1.1 The email account that you tried to reach does not exist. "
                "</p></td></tr></tbody></table></body></html>\n", "html", cs="UTF-8", cte="qp")
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("MIME-Version", "1.0"),
        ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
        ("References", rem_id(451)), ("In-Reply-To", rem_id(451)), ("X-Failed-Recipients", rc),
        ("Message-ID", mid(k, "mail.gmail.com")), ("Date", date(d(30, 8, 4, 9, UTC)))],
        mp("report", [mp("related", [mp("alternative", [human, html], k + "a")], k + "r"),
                      dsn("googlemail.com", rc, "failed", "5.1.1",
                          "550-5.1.1 The email account that you tried to reach does not exist. gsmtp",
                          "aspmx.l.google.com.", t0),
                      ent([("Content-Type", "message/rfc822")], orig("F-2026-0451", rc, t0, 451))], k,
           params="; report-type=delivery-status")),
        "fr", "", "Gmail", "Gmail/Workspace DSN (French UI), X-Failed-Recipients, full original attached",
        facts=f"failed_recipient={rc}", notes="layout after Gmail DSNs in sisimai set-of-emails (email-google-*.eml)")

    # B2 Exchange on-prem FR mailbox full
    k = "exchange_fr_non_remis_boite_pleine"
    rc = "l.bastien@kinetic-studio.fr"
    t0 = d(2, 8, 10)
    human = text("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Remise à ces destinataires ou groupes "
                 "impossible :</font></b></p><p><font size=\"2\" face=\"Tahoma\"><a href=\"mailto:" + rc + "\">" + rc +
                 "</a><br>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le "
                 "moment. Réessayez de renvoyer le message plus tard ou contactez directement le destinataire.</font></p>"
                 "<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Informations de diagnostic pour les administrateurs :"
                 "<br><br>Serveur de génération : EXCH01.kinetic-studio.local<br><br>" + rc + "<br>#554 5.2.2 mailbox full; "
                 "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process "
                 "message due to a permanent exception ##</font></p></body></html>\n", "html", cs="utf-8", cte="qp")
    add(k + ".eml", L, msg([("From", ad("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kinetic-studio.fr")),
        ("To", OWNER_FULL), ("Date", date(d(2, 8, 10, 44, UTC))), ("Subject", hq("Non remis : " + rem_subj_fr("F-2026-0452"))),
        ("Content-Language", "fr-FR"), ("Message-ID", mid(k, "EXCH01.kinetic-studio.local")),
        ("In-Reply-To", rem_id(452)), ("References", rem_id(452)), ("Thread-Topic", hq(rem_subj_fr("F-2026-0452"))),
        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")],
        mp("report", [mp("alternative", [human], k + "h"),
                      dsn("EXCH01.kinetic-studio.local", rc, "failed", "5.2.2",
                          "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", None, t0),
                      ent([("Content-Type", "text/rfc822-headers")], orig_headers("F-2026-0452", rc, t0, 452))], k,
           params="; report-type=delivery-status")),
        "fr", "", "Exchange 2016 on-premises", "French Exchange NDR 'Non remis :', mailbox full 5.2.2, headers only",
        facts=f"failed_recipient={rc}", notes="wording after Microsoft's NDR documentation (French localisation)")

    # B3 Exchange Online EN recipient not found
    k = "exchange_online_en_undeliverable_recipnotfound"
    rc = "accounts@oakridge-events.co.uk"
    t0 = d(1, 9, 0)
    human = text("<html><body><div style=\"font-family:'Segoe UI',Frutiger,Arial\"><p style=\"font-size:16pt;color:#c00000\">"
                 "Your message to " + rc + " couldn't be delivered.</p><p style=\"font-size:14pt\"><b>accounts</b> wasn't "
                 "found at oakridge-events.co.uk.</p><table><tr><td>antoine</td><td>Office 365</td><td>accounts</td></tr>"
                 "<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table><p><b>Unknown To address</b></p>"
                 "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: "
                 "Retype the recipient's address, then resend the message.</p><p style=\"font-size:9pt\">Diagnostic "
                 "information for administrators:<br>Generating server: LO2P265MB4512.GBRP265.PROD.OUTLOOK.COM<br>" + rc +
                 "<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                 "address lookup'</p></div></body></html>\n", "html", cs="utf-8", cte="qp")
    add(k + ".eml", L, msg([("From", ad("Microsoft Outlook", "postmaster@oakridgeevents.onmicrosoft.com")),
        ("To", OWNER), ("Date", date(d(1, 9, 0, 31, UTC))), ("Subject", "Undeliverable: " + rem_subj_en("INV-0453")),
        ("Content-Language", "en-GB"), ("Message-ID", mid(k, "", "outlook")), ("In-Reply-To", rem_id(453)),
        ("References", rem_id(453)), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0")],
        mp("report", [mp("alternative", [text("Your message to " + rc + " couldn't be delivered.\n\naccounts wasn't found at "
                                              "oakridge-events.co.uk.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR."
                                              "RecipientNotFound; Recipient not found by SMTP address lookup'\n", cs="utf-8", cte="7bit"),
                                         human], k + "h"),
                      dsn("LO2P265MB4512.GBRP265.PROD.OUTLOOK.COM", rc, "failed", "5.1.10",
                          "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", None, t0),
                      ent([("Content-Type", "message/rfc822")], orig("INV-0453", rc, t0, 453, en=True))], k,
           params="; report-type=delivery-status")),
        "en", "", "Exchange Online", "Microsoft 365 NDR 'Undeliverable:', 5.1.10 RecipientNotFound",
        facts=f"failed_recipient={rc}", notes="after the Exchange Online NDR documentation (MicrosoftDocs)")

    # B4 Orange relay French bounce
    k = "orange_relais_echec_remise_fr"
    rc = "compta@garage-cycles-pradal.fr"
    t0 = d(3, 17, 20)
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("From", ad("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr")),
        ("To", OWNER), ("Subject", hq("Échec de la remise du message")), ("Date", date(d(3, 17, 21, 2))),
        ("Message-ID", mid(k, "opmta1mto03nd1.orange.fr")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        mp("report", [text("Ce message a été généré automatiquement par le serveur de messagerie d'Orange.\n\n"
                           "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n<" + rc + ">\n"
                           "    Adresse d'au moins un destinataire invalide.\n    Le serveur distant a répondu : "
                           "550 5.1.1 <" + rc + ">: Recipient address rejected: User unknown\n\n"
                           "Veuillez vérifier l'adresse du destinataire et renvoyer votre message.\n", cs="utf-8", cte="qp"),
                      dsn("opmta1mto03nd1.orange.fr", rc, "failed", "5.1.1",
                          "550 5.1.1 <" + rc + ">: Recipient address rejected: User unknown", "mx1.garage-cycles-pradal.fr", t0),
                      ent([("Content-Type", "text/rfc822-headers")], orig_headers("F-2026-0454", rc, t0, 454))], k,
           params="; report-type=delivery-status")),
        "fr", "", "Orange (smtp.orange.fr relay)", "French bounce from Orange's outgoing relay with DSN part",
        facts=f"failed_recipient={rc}", notes="owner sent through smtp.orange.fr in this case (e.g. from the phone)")

    # B5 Free (Postfix) user unknown
    k = "free_postfix_user_unknown"
    rc = "atelier@velos-du-lez.fr"
    t0 = d(1, 14, 3)
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("Date", date(d(1, 14, 3, 19))),
        ("From", ad("Mail Delivery System", "MAILER-DAEMON@smtp1-g21.free.fr")), ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", OWNER), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
        ("Message-Id", "<20261201130319.7A1C15FF12@smtp1-g21.free.fr>")],
        mp("report", [ent([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                          "This is the mail system at host smtp1-g21.free.fr.\n\nI'm sorry to have to inform you that your "
                          "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
                          "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. "
                          "You can\ndelete your own text from the attached returned message.\n\n                   The mail "
                          "system\n\n<" + rc + ">: host mx.velos-du-lez.fr[203.0.113.25] said: 550 5.1.1\n    <" + rc +
                          ">: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n"),
                      ent([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                          "Reporting-MTA: dns; smtp1-g21.free.fr\nX-Postfix-Queue-ID: 7A1C15FF12\nX-Postfix-Sender: rfc822; "
                          + OWNER + "\nArrival-Date: " + date(t0) + "\n\nFinal-Recipient: rfc822; " + rc + "\nOriginal-Recipient: "
                          "rfc822;" + rc + "\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.velos-du-lez.fr\n"
                          "Diagnostic-Code: smtp; 550 5.1.1 <" + rc + ">: Recipient address rejected: User\n    unknown in "
                          "virtual mailbox table\n"),
                      ent([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                          orig("F-2026-0455", rc, t0, 455))], k, params="; report-type=delivery-status")),
        "en", "", "Free (Postfix)", "standard Postfix bounce from Free's SMTP relay",
        facts=f"failed_recipient={rc}")

    # B6 OVH mail-out, quota exceeded (Postfix)
    k = "ovh_mailout_quota_depasse"
    rc = "gestion@residence-les-oliviers.fr"
    t0 = d(4, 8, 40)
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("Date", date(d(4, 8, 41, 2))),
        ("From", ad("Mail Delivery System", "MAILER-DAEMON@mo551.mail-out.ovh.net")),
        ("Subject", "Undelivered Mail Returned to Sender"), ("To", OWNER), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"), ("Message-Id", "<20261204074102.3B2E2C0F55@mo551.mail-out.ovh.net>")],
        mp("report", [ent([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                          "This is the mail system at host mo551.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your "
                          "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                          "                   The mail system\n\n<" + rc + ">: host mx2.mail.ovh.net[198.51.100.17] said:\n"
                          "    552 5.2.2 <" + rc + ">: Mailbox quota exceeded (in reply to RCPT TO\n    command)\n"),
                      dsn("mo551.mail-out.ovh.net", rc, "failed", "5.2.2",
                          "552 5.2.2 <" + rc + ">: Mailbox quota exceeded", "mx2.mail.ovh.net", t0,
                          extra_msg="X-Postfix-Queue-ID: 3B2E2C0F55\n"),
                      ent([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                          orig_headers("F-2026-0456", rc, t0, 456))], k, params="; report-type=delivery-status")),
        "en", "", "OVHcloud mail-out (Postfix)", "Postfix bounce from OVH outbound relay, quota exceeded",
        facts=f"failed_recipient={rc}")

    # B7 Postfix delay warning
    k = "postfix_delayed_mail_still_retried"
    rc = "compta@lesjardinsdebabette.fr"
    t0 = d(30, 8, 6)
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("Date", date(d(30, 12, 6, 40))),
        ("From", ad("Mail Delivery System", "MAILER-DAEMON@mail.ferreira-velo.fr")),
        ("Subject", "Delayed Mail (still being retried)"), ("To", OWNER), ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"), ("Message-Id", "<20261130110640.1F0A43E2A1@mail.ferreira-velo.fr>")],
        mp("report", [ent([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                          "This is the mail system at host mail.ferreira-velo.fr.\n\n####################################"
                          "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                          "####################################################################\n\nYour message could not be "
                          "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                          "                   The mail system\n\n<" + rc + ">: connect to\n    mx.lesjardinsdebabette.fr[203.0.113.80]:25: "
                          "Connection timed out\n"),
                      ent([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                          "Reporting-MTA: dns; mail.ferreira-velo.fr\nX-Postfix-Queue-ID: 1F0A43E2A1\nArrival-Date: " +
                          date(t0) + "\n\nFinal-Recipient: rfc822; " + rc + "\nAction: delayed\nStatus: 4.4.1\n"
                          "Diagnostic-Code: X-Postfix; connect to mx.lesjardinsdebabette.fr[203.0.113.80]:25:\n"
                          "    Connection timed out\nWill-Retry-Until: " + date(t0 + timedelta(days=5)) + "\n"),
                      ent([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                          orig_headers("F-2026-0416", rc, t0, 416, k=2))], k, params="; report-type=delivery-status")),
        "en", "", "Postfix (owner's own server)", "delay warning, Action: delayed, 4.4.1",
        facts=f"failed_recipient={rc};bounce_final=no")

    # B8 Exim, no machine-readable part
    k = "exim_mail_delivery_failed_sans_dsn"
    rc = "facturation@clapas-bike-tours.fr"
    t0 = d(2, 16, 0)
    o = orig("F-2026-0457", rc, t0, 457).decode("utf-8")
    add(k + ".eml", L, msg([("Return-path", "<>"), ("From", ad("Mail Delivery System", "Mailer-Daemon@mail.clapas-bike-tours.fr")),
        ("To", OWNER), ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1vQx2B-0004Ka-7Z@mail.clapas-bike-tours.fr>"), ("Date", date(d(2, 16, 0, 22))),
        ("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied")],
        ent([], "This message was created automatically by mail delivery software.\n\nA message that you sent could not "
                "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                "  " + rc + "\n    Unrouteable address\n\n------ This is a copy of the message, including all the headers. ------\n\n"
                + o)),
        "en", "", "Exim", "classic Exim bounce, no MIME, no delivery-status part, copy of message inline",
        facts=f"failed_recipient={rc}", notes="no machine-readable DSN; only X-Failed-Recipients and prose")

    # B9 qmail failure notice
    k = "qmail_failure_notice"
    rc = "direction@hotel-le-mas-bleu.fr"
    t0 = d(4, 11, 30)
    o = orig("F-2026-0458", rc, t0, 458).decode("utf-8")
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("Date", date(d(4, 11, 30, 52))),
        ("From", "MAILER-DAEMON@mx.hebergeur-sud.example.net"), ("To", OWNER), ("Subject", "failure notice"),
        ("Message-ID", mid(k, "mx.hebergeur-sud.example.net"))],
        ent([], "Hi. This is the qmail-send program at mx.hebergeur-sud.example.net.\nI'm afraid I wasn't able to deliver "
                "your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<" + rc + ">:\nThis mailbox has been disabled (#5.2.1)\n\n--- Below this line is a copy of the message.\n\n" + o)),
        "en", "", "qmail", "qmail 'failure notice', no MIME structure, no Auto-Submitted",
        facts=f"failed_recipient={rc}")

    # B10 Gmail delay
    k = "gmail_delay_message_not_delivered_yet"
    rc = "contact@polyclinique-garrigues.fr"
    t0 = d(1, 8, 3)
    add(k + ".eml", L, msg([("Return-Path", "<>"), ("MIME-Version", "1.0"),
        ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
        ("References", rem_id(459)), ("In-Reply-To", rem_id(459)), ("Message-ID", mid(k, "mail.gmail.com")),
        ("Date", date(d(1, 14, 20, 7, UTC)))],
        mp("report", [text("\n** Message pas encore remis **\n\nUn problème temporaire empêche la remise de votre message "
                           "à " + rc + ". Gmail va réessayer pendant encore 45 heures. Vous serez averti si la remise "
                           "échoue définitivement.\n\nLa réponse du serveur distant était :\n451 4.3.0 Temporary lookup "
                           "failure\n", cs="UTF-8", cte="qp"),
                      dsn("googlemail.com", rc, "delayed", "4.3.0", "451 4.3.0 Temporary lookup failure",
                          "mx.polyclinique-garrigues.fr.", t0, extra_rcpt="Will-Retry-Until: " +
                          date(t0 + timedelta(days=2)) + "\n"),
                      ent([("Content-Type", "text/rfc822-headers")], orig_headers("F-2026-0459", rc, t0, 459))], k,
           params="; report-type=delivery-status")),
        "fr", "", "Gmail", "Gmail delay notice (French text), Action: delayed",
        facts=f"failed_recipient={rc};bounce_final=no")

    # B11 Exchange Online FR, message rejected (blocked by policy)
    k = "exchange_online_fr_rejete_5_7_1"
    rc = "achats@mutuelle-sud-prevoyance.fr"
    t0 = d(3, 10, 5)
    add(k + ".eml", L, msg([("From", ad("Microsoft Outlook", "postmaster@mutuellesud.onmicrosoft.com")), ("To", OWNER),
        ("Date", date(d(3, 10, 5, 40, UTC))), ("Subject", hq("Non remis : " + rem_subj_fr("F-2026-0460"))),
        ("Content-Language", "fr-FR"), ("Message-ID", mid(k, "", "outlook")), ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        mp("report", [mp("alternative", [text("Votre message à " + rc + " n'a pas pu être remis.\n\nLe destinataire n'a pas "
                                              "accepté votre message. Votre adresse n'est pas autorisée à envoyer des "
                                              "messages à ce groupe.\n\nInformations de diagnostic pour les administrateurs :\n"
                                              "Serveur de génération : PA4P191MB1234.EURP191.PROD.OUTLOOK.COM\n" + rc +
                                              "\nLe serveur distant a renvoyé '550 5.7.1 RESOLVER.RST.AuthRequired; "
                                              "authentication required'\n", cs="utf-8", cte="qp")], k + "h"),
                      dsn("PA4P191MB1234.EURP191.PROD.OUTLOOK.COM", rc, "failed", "5.7.1",
                          "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", None, t0),
                      ent([("Content-Type", "text/rfc822-headers")], orig_headers("F-2026-0460", rc, t0, 460))], k,
           params="; report-type=delivery-status")),
        "fr", "", "Exchange Online", "French M365 NDR, distribution group accepts internal senders only (5.7.1)",
        facts=f"failed_recipient={rc}")


# ===================================================================== other
def others():
    L = "other"

    # O1 OVHcloud invoice to the owner
    k = "ovhcloud_facture_disponible"
    add(k + ".eml", L, msg([("From", ad("OVHcloud", "noreply@ovh.com")), ("To", OWNER),
        ("Subject", hq("Votre facture OVHcloud FR56781234 est disponible")), ("Date", date(d(1, 3, 14, 0))),
        ("Message-ID", mid(k, "ovh.com")), ("MIME-Version", "1.0")],
        mp("alternative", [text("Bonjour Antoine Ferreira,\n\nVotre facture FR56781234 d'un montant de 7,19 € TTC est "
            "disponible dans votre espace client.\n\nDétail :\n- Nom de domaine ferreira-velo.fr (1 an) : 5,99 € HT\n\n"
            "Le montant sera prélevé sur votre moyen de paiement par défaut le 03/12/2026.\n\nCordialement,\n"
            "Le Support OVHcloud\n\nOVH SAS, 2 rue Kellermann, 59100 Roubaix\n", cs="utf-8", cte="qp"),
            text("<html><body><p>Bonjour Antoine Ferreira,</p><p>Votre facture <b>FR56781234</b> d'un montant de <b>7,19 € "
                 "TTC</b> est disponible dans votre espace client.</p><ul><li>Nom de domaine ferreira-velo.fr (1 an) : 5,99 € "
                 "HT</li></ul><p>Le montant sera prélevé sur votre moyen de paiement par défaut le 03/12/2026.</p>"
                 "<p>Cordialement,<br>Le Support OVHcloud</p></body></html>\n", "html", cs="utf-8", cte="qp")], k)),
        "fr", "OVHcloud", "OVHcloud", "supplier invoice to the owner (domain renewal), will be debited", facts="")

    # O2 Free Pro invoice
    k = "free_pro_facture_mensuelle"
    add(k + ".eml", L, msg([("From", ad("Free Pro", "ne-pas-repondre@freepro.com")), ("To", OWNER),
        ("Subject", hq("Votre facture Free Pro de décembre")), ("Date", date(d(2, 6, 12, 0))),
        ("Message-ID", mid(k, "freepro.com")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Votre facture Free Pro du mois de décembre 2026 est disponible dans votre "
             "Espace Abonné.</p><p>Montant : 42,99 € TTC – prélevé le 10/12/2026.</p><p>Offre : Freebox Pro – ligne "
             "atelier Figuerolles</p><p>L'équipe Free Pro</p><p style=\"font-size:10px\">Ce message vous est adressé "
             "automatiquement. Merci de ne pas y répondre.</p></body></html>\n", "html", cte="qp")),
        "fr", "Free Pro", "Free Pro", "telecom invoice to the owner", facts="")

    # O3 supplier dunning the owner, with PDF
    k = "cyclosud_relance_facture_fournisseur"
    pdfb = pdf(["CYCLOSUD DISTRIBUTION SAS", "RELEVÉ DE COMPTE CLIENT - FERREIRA VELO (C04418)", "",
                "Facture FA26-11873  du 05/11/2026  échéance 05/12/2026   1 284,60 EUR",
                "Facture FA26-12011  du 19/11/2026  échéance 19/12/2026     412,80 EUR", "",
                "Solde dû : 1 697,40 EUR", "Règlement par virement : IBAN FR76 3000 4000 0500 0012 3456 789"], "Relevé")
    add(k + ".eml", L, msg([("From", ad("Cyclosud Distribution – Recouvrement", "recouvrement@cyclosud-distribution.fr")),
        ("To", OWNER), ("Subject", hq("Rappel d'échéance – facture FA26-11873")), ("Date", date(d(3, 9, 0, 0))),
        ("Message-ID", mid(k, "cyclosud-distribution.fr")), ("MIME-Version", "1.0")],
        mp("mixed", [text("Bonjour,\n\nSauf erreur de notre part, la facture FA26-11873 d'un montant de 1 284,60 € arrive "
                          "à échéance le 05/12/2026. Nous vous remercions de bien vouloir prévoir son règlement.\n\n"
                          "Vous trouverez ci-joint votre relevé de compte.\n\nSi votre règlement a été effectué entre-temps, "
                          "merci de ne pas tenir compte de ce message.\n\nService Recouvrement\nCyclosud Distribution\n",
                          cs="windows-1252", cte="qp"),
                     att(pdfb, "application/pdf", "Releve_C04418_20261203.pdf")], k)),
        "fr", "", "Cyclosud Distribution", "a supplier reminding the owner of the owner's own bill (inverse dunning)",
        facts="", notes="the owner is the debtor: looks like a reminder but is a supplier invoice matter")

    # O4 URSSAF
    k = "urssaf_declaration_ca_rappel"
    add(k + ".eml", L, msg([("From", ad("Urssaf", "ne-pas-repondre@urssaf.fr")), ("To", OWNER),
        ("Subject", hq("Votre déclaration de chiffre d'affaires de novembre est disponible")),
        ("Date", date(d(1, 10, 0, 0))), ("Message-ID", mid(k, "urssaf.fr")), ("MIME-Version", "1.0")],
        text("<html><body style=\"font-family:Marianne,Arial\"><p>Bonjour,</p><p>Votre déclaration de chiffre d'affaires "
             "pour la période de <b>novembre 2026</b> est disponible sur autoentrepreneur.urssaf.fr.</p><p>Vous devez la "
             "compléter avant le <b>31 décembre 2026</b>, même si votre chiffre d'affaires est nul. Le paiement des "
             "cotisations est effectué au moment de la déclaration.</p><p>Votre Urssaf</p><p style=\"font-size:10px\">"
             "Ce courriel est envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez la "
             "messagerie de votre espace personnel.</p></body></html>\n", "html", cte="qp")),
        "fr", "Urssaf", "Urssaf", "social-contribution declaration reminder for micro-entrepreneurs", facts="")

    # O5 impots.gouv CFE
    k = "impots_gouv_avis_cfe"
    add(k + ".eml", L, msg([("From", ad("DGFiP", "ne-pas-repondre@dgfip.finances.gouv.fr")), ("To", OWNER),
        ("Subject", hq("Un nouvel avis est disponible dans votre espace professionnel")),
        ("Date", date(d(30, 11, 0, 0))), ("Message-ID", mid(k, "dgfip.finances.gouv.fr")), ("MIME-Version", "1.0")],
        text("Madame, Monsieur,\n\nUn nouvel avis de cotisation foncière des entreprises (CFE) est disponible dans votre "
             "espace professionnel sur impots.gouv.fr, rubrique « Consulter > Avis CFE ».\n\nDate limite de paiement : "
             "15 décembre 2026.\n\nPour des raisons de sécurité, ce message ne contient aucun lien. Connectez-vous "
             "directement à votre espace professionnel.\n\nLa Direction générale des Finances publiques\n\n"
             "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n", cs="utf-8", cte="qp")),
        "fr", "DGFiP", "impots.gouv.fr", "tax notice (CFE) with payment deadline, no link", facts="")

    # O6 leboncoin message notification
    k = "leboncoin_nouveau_message_annonce"
    add(k + ".eml", L, msg([("From", ad("leboncoin", "no-reply@leboncoin.fr")), ("To", OWNER),
        ("Subject", hq("Nouveau message pour « VAE Moustache Samedi 27 reconditionné »")), ("Date", date(d(2, 22, 14, 0))),
        ("Message-ID", mid(k, "leboncoin.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour Ferreira Vélo,</p><p>Vous avez reçu un nouveau message de <b>Camille</b> concernant "
             "votre annonce « VAE Moustache Samedi 27 reconditionné » :</p><blockquote>« Bonsoir, est-il toujours dispo ? "
             "Possible de payer en 4x ? »</blockquote><p><a href=\"https://www.leboncoin.fr/messages\">Répondre au message"
             "</a></p><p style=\"font-size:11px\">Ne communiquez jamais vos coordonnées bancaires par message. Vous recevez "
             "cet e-mail car vous avez une annonce en ligne.</p></body></html>\n", "html", cte="qp")),
        "fr", "leboncoin", "leboncoin", "marketplace relays a buyer's message about an ad", facts="")

    # O7 LinkedIn
    k = "linkedin_invitation_notification"
    add(k + ".eml", L, msg([("From", ad("LinkedIn", "invitations@linkedin.com")), ("To", ad("Antoine Ferreira", OWNER)),
        ("Subject", "Antoine, Mathieu Lopez souhaite se connecter"), ("Date", date(d(3, 19, 2, 11, UTC))),
        ("Message-ID", mid(k, "linkedin.com")), ("MIME-Version", "1.0"), ("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>")],
        mp("alternative", [text("Mathieu Lopez\nResponsable flotte chez Vélocité Logistique\n\nAccepter : "
                                "https://www.linkedin.com/comm/mynetwork/\n\nVous recevez des e-mails d'invitation. "
                                "Se désabonner : https://www.linkedin.com/e/v2?e=unsub\n© 2026 LinkedIn Ireland Unlimited Company\n"),
                           text("<html><body><table><tr><td><b>Mathieu Lopez</b><br>Responsable flotte chez Vélocité Logistique"
                                "</td></tr><tr><td><a href=\"https://www.linkedin.com/comm/mynetwork/\">Accepter</a></td></tr>"
                                "</table><p style=\"font-size:10px\">© 2026 LinkedIn Ireland Unlimited Company</p></body></html>\n",
                                "html")], k)),
        "fr", "LinkedIn", "LinkedIn", "social network invitation notification", facts="")

    # O8 Phishing imitating Crédit Agricole
    k = "phishing_credit_agricole_suspension"
    add(k + ".eml", L, msg([("From", ad("Crédit Agricole Service Client", "securite@ca-clients-alertes.com")),
        ("Reply-To", "support@ca-clients-alertes.com"), ("To", OWNER),
        ("Subject", hq("Action requise : votre accès en ligne sera suspendu sous 24h")), ("Date", date(d(2, 3, 47, 12))),
        ("Message-ID", mid(k, "srv-mail-4471.example.net")), ("MIME-Version", "1.0")],
        text("<html><body><img src=\"https://i.imgur.example/ca-logo.png\"><p>Cher(e) client(e),</p><p>Suite à la mise à "
             "jour de la directive DSP2, votre accès à Crédit Agricole En Ligne doit être <b>revalidé</b>. Un virement "
             "entrant de 1 480,00 € est actuellement <b>bloqué</b> sur votre compte en attendant cette vérification.</p>"
             "<p><a href=\"http://ca-verif-dsp2.example.net/login\">Débloquer mon virement</a></p><p>Sans action de votre "
             "part sous 24h, votre accès sera suspendu.</p><p>Cordialement,<br>Le Service Sécurité</p></body></html>\n",
             "html", cs="utf-8", cte="b64")),
        "fr", "", "phishing (bank lookalike)", "phishing imitating a bank, mentions a blocked incoming transfer",
        facts="", notes="not from the bank's domain; fake 'virement bloqué' lure")

    # O9 Phishing imitating PayPal
    k = "phishing_paypal_paiement_recu_confirmer"
    add(k + ".eml", L, msg([("From", ad("PayPal", "service@paypal-notification-center.com")), ("To", OWNER),
        ("Subject", hq("Vous avez reçu un paiement de 890,00 € – confirmation requise")), ("Date", date(d(4, 4, 2, 0))),
        ("Message-ID", mid(k, "mailer-88.example.org")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Vous avez reçu un paiement de <b>890,00 € EUR</b> de Lopez Transports.</p>"
             "<p>Pour des raisons de sécurité, les fonds seront libérés uniquement après confirmation de votre identité "
             "et de votre adresse de livraison. Merci de vous connecter via le lien ci-dessous et de régler les frais de "
             "vérification de 1,99 €.</p><p><a href=\"http://paypal-secure.example.org/confirm\">Confirmer et recevoir les "
             "fonds</a></p><p>Service Client PayPal</p></body></html>\n", "html", cte="qp")),
        "fr", "", "phishing (PayPal lookalike)", "phishing mimicking a PayPal payment received notice",
        facts="", notes="lookalike domain, asks for login and a fee")

    # O10 Spam "vous avez gagné"
    k = "spam_vous_avez_gagne_trottinette"
    add(k + ".eml", L, msg([("From", ad("Service Gagnants", "gagnant@offres-exclusives-fr.example.com")), ("To", OWNER),
        ("Subject", hq("🎁 Félicitations Antoine ! Vous avez gagné une trottinette électrique")),
        ("Date", date(d(30, 2, 13, 55))), ("Message-ID", mid(k, "offres-exclusives-fr.example.com")), ("MIME-Version", "1.0"),
        ("List-Unsubscribe", "<http://offres-exclusives-fr.example.com/unsub>")],
        text("<html><body><h1 style=\"color:#e60000\">FÉLICITATIONS !</h1><p>Votre adresse a été sélectionnée lors de notre "
             "tirage au sort mensuel. Vous avez gagné une <b>trottinette électrique Xiaomi</b> d'une valeur de 599 €.</p>"
             "<p>Il ne vous reste qu'à régler les frais de port (2,95 €) pour recevoir votre cadeau.</p><p><a href=\"http://"
             "offres-exclusives-fr.example.com/claim\">JE RÉCUPÈRE MON CADEAU</a></p><p style=\"font-size:9px\">Pour ne plus "
             "recevoir nos offres, cliquez ici.</p></body></html>\n", "html", cte="qp")),
        "fr", "", "spam", "prize spam", facts="")

    # O11 Google Calendar invitation
    k = "google_calendar_invitation_revision_flotte"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261210T080000Z\nDTEND:20261210T110000Z\nDTSTAMP:20261201T091512Z\n"
           "ORGANIZER;CN=Mathieu Lopez:mailto:mathieu.lopez@velocite-logistique.fr\n"
           "UID:5k2v9a7q1m3n8b6c4x0z@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n"
           " TRUE;CN=antoine@ferreira-velo.fr;X-NUM-GUESTS=0:mailto:antoine@ferreira-velo.fr\n"
           "DESCRIPTION:Révision trimestrielle des 12 vélos cargo – dépôt de Lattes. Badge à retirer à l'accueil.\n"
           "LOCATION:Vélocité Logistique\\, 45 avenue de l'Europe\\, 34970 Lattes\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "SUMMARY:Révision flotte VAE – dépôt Lattes\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")
    inv_t = ("Vous avez été invité à l'événement suivant.\n\nRévision flotte VAE – dépôt Lattes\njeudi 10 déc. 2026 "
             "09:00 – 12:00 (heure normale d'Europe centrale - Paris)\n\nOrganisateur : Mathieu Lopez\n\n"
             "Invitation de Google Agenda\n")
    add(k + ".eml", L, msg([("MIME-Version", "1.0"), ("Reply-To", "mathieu.lopez@velocite-logistique.fr"),
        ("Sender", "Google Agenda <calendar-notification@google.com>"), ("Auto-Submitted", "auto-generated"),
        ("Message-ID", mid(k, "google.com")), ("Date", date(d(1, 9, 15, 12, UTC))),
        ("Subject", hq("Invitation: Révision flotte VAE – dépôt Lattes @ jeu. 10 déc. 2026 09:00 - 12:00 (CET) (antoine@ferreira-velo.fr)")),
        ("From", ad("Mathieu Lopez", "mathieu.lopez@velocite-logistique.fr")), ("To", OWNER)],
        mp("mixed", [mp("alternative", [text(inv_t, cs="UTF-8", cte="qp"),
                                        text("<html><body><p>Vous avez été invité à l'événement suivant.</p><h3>Révision flotte "
                                             "VAE – dépôt Lattes</h3><p>jeudi 10 déc. 2026 09:00 – 12:00</p></body></html>\n",
                                             "html", cs="UTF-8", cte="qp"),
                                        text(ics, "calendar", cs="UTF-8", cte="7bit", params="; method=REQUEST")], k + "a"),
                     att(ics.encode("utf-8"), "application/ics", "invite.ics")], k)),
        "fr", "Google Calendar", "Google Calendar", "system-sent calendar invitation with text/calendar METHOD:REQUEST",
        facts="", notes="sent by a client's calendar system; not about payment")

    # O12 Doctolib-style reminder
    k = "rappel_rdv_kine_doctolib_style"
    add(k + ".eml", L, msg([("From", ad("Doctolib", "no-reply@doctolib.fr")), ("To", OWNER),
        ("Subject", hq("Rappel : votre rendez-vous demain à 18:30")), ("Date", date(d(2, 18, 0, 0))),
        ("Message-ID", mid(k, "doctolib.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour Antoine,</p><p>Nous vous rappelons votre rendez-vous :</p><p><b>jeudi 3 décembre "
             "2026 à 18:30</b><br>M. Julien Pagès – Masseur-kinésithérapeute<br>14 rue de l'Université, 34000 Montpellier"
             "</p><p>En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24 h à l'avance.</p><p>L'équipe "
             "Doctolib</p></body></html>\n", "html", cte="qp")),
        "fr", "Doctolib", "Doctolib", "appointment reminder", facts="")

    # O13 DPD shipping notice
    k = "dpd_predict_livraison_batteries"
    add(k + ".eml", L, msg([("From", ad("DPD France", "noreply@dpd.fr")), ("To", OWNER),
        ("Subject", hq("Votre colis 25039384017766 arrive demain entre 10:15 et 11:15")), ("Date", date(d(3, 17, 45, 0))),
        ("Message-ID", mid(k, "dpd.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Votre colis de <b>CYCLOSUD DISTRIBUTION</b> sera livré le <b>vendredi "
             "04/12/2026 entre 10:15 et 11:15</b>.</p><p>Numéro de colis : 25039384017766<br>Contenu déclaré : "
             "batteries lithium (UN3480) – remise en main propre</p><p>Vous ne serez pas là ? Choisissez une autre date "
             "ou un Relais Pickup.</p><p>DPD France</p></body></html>\n", "html", cte="qp")),
        "fr", "DPD", "DPD France", "shipping notice with delivery slot", facts="")

    # O14 Insurer: premium notice
    k = "maaf_pro_avis_echeance_rc"
    add(k + ".eml", L, msg([("From", ad("MAAF Pro", "ne-pas-repondre@maaf.fr")), ("To", OWNER),
        ("Subject", hq("Votre avis d'échéance 2027 est disponible")), ("Date", date(d(30, 7, 10, 0))),
        ("Message-ID", mid(k, "maaf.fr")), ("MIME-Version", "1.0")],
        text("Bonjour Monsieur Ferreira,\n\nVotre avis d'échéance pour votre contrat Multirisque Professionnelle / RC "
             "Pro n° 7712409 est disponible dans votre Espace Client.\n\nCotisation annuelle 2027 : 312,00 € TTC, "
             "payable avant le 01/01/2027.\n\nVotre attestation d'assurance 2027 sera disponible dès réception du "
             "règlement.\n\nMAAF Assurances – Ce message est envoyé automatiquement.\n", cs="utf-8", cte="qp")),
        "fr", "MAAF", "MAAF Pro", "insurer premium notice to the owner", facts="")

    # O15 Landlord / property manager: rent call
    k = "gestionnaire_local_appel_loyer"
    pdfb = pdf(["CABINET DURAND IMMOBILIER", "AVIS D'ÉCHÉANCE - Décembre 2026", "",
                "Locataire : FERREIRA ANTOINE - Local commercial 12 rue du Faubourg Figuerolles",
                "Loyer HT : 650,00 EUR", "Provision sur charges : 45,00 EUR", "Total à payer avant le 05/12/2026 : 695,00 EUR"],
               "Avis d'échéance")
    add(k + ".eml", L, msg([("From", ad("Cabinet Durand Immobilier", "gestion@durand-immobilier.fr")), ("To", OWNER),
        ("Subject", hq("Avis d'échéance décembre 2026 – local Figuerolles")), ("Date", date(d(30, 9, 30, 0))),
        ("Message-ID", mid(k, "durand-immobilier.fr")), ("MIME-Version", "1.0")],
        mp("mixed", [text("Bonjour,\n\nVeuillez trouver ci-joint votre avis d'échéance pour le mois de décembre 2026.\n\n"
                          "Merci de bien vouloir effectuer votre règlement avant le 5 décembre.\n\nCordialement,\n"
                          "Service Gestion locative\nCabinet Durand Immobilier\n", cs="windows-1252", cte="qp"),
                     att(pdfb, "application/pdf", "AvisEcheance_122026_FERREIRA.pdf")], k)),
        "fr", "", "Cabinet Durand Immobilier", "landlord's rent call (owner pays) with PDF", facts="")

    # O16 EDF invoice
    k = "edf_entreprises_facture_electricite"
    add(k + ".eml", L, msg([("From", ad("EDF Entreprises", "ne-pas-repondre@edf.fr")), ("To", OWNER),
        ("Subject", hq("Votre facture d'électricité est disponible")), ("Date", date(d(1, 5, 2, 0))),
        ("Message-ID", mid(k, "edf.fr")), ("MIME-Version", "1.0")],
        text("<html><body><p>Bonjour,</p><p>Votre facture n° 30029418851 d'un montant de <b>96,40 €</b> pour le site "
             "ATELIER FIGUEROLLES est disponible dans votre Espace Client.</p><p>Elle sera prélevée le 08/12/2026.</p>"
             "<p>EDF Entreprises</p><p style=\"font-size:10px\">Ceci est un message automatique, merci de ne pas y "
             "répondre.</p></body></html>\n", "html", cte="qp")),
        "fr", "EDF", "EDF Entreprises", "utility invoice to the owner", facts="")

    # O17 Bosch eBike diagnostic software update (trade)
    k = "bosch_ebike_diagnostic_tool_mise_a_jour"
    add(k + ".eml", L, msg([("From", ad("Bosch eBike Systems", "no-reply@bosch-ebike.com")), ("To", OWNER),
        ("Subject", "DiagnosticTool 3: new software version available / nouvelle version disponible"),
        ("Date", date(d(2, 7, 30, 0, UTC))), ("Message-ID", mid(k, "bosch-ebike.com")), ("MIME-Version", "1.0")],
        text("Dear Bosch eBike dealer / Cher revendeur,\n\nA new version of the eBike DiagnosticTool 3 is available. "
             "Please update before servicing smart system bikes.\nUne nouvelle version du DiagnosticTool 3 est "
             "disponible. Merci d'effectuer la mise à jour avant toute intervention sur les vélos smart system.\n\n"
             "Release notes / Notes de version : Bosch eBike Service Portal > Downloads\n\nThis is an automatically "
             "generated email. Please do not reply.\n", cs="utf-8", cte="qp")),
        "en", "Bosch eBike Systems", "Bosch eBike Systems", "trade software update notice, bilingual EN/FR", facts="")

    # O18 CMA newsletter (professional body)
    k = "cma_occitanie_newsletter_facturation_electronique"
    add(k + ".eml", L, msg([("From", ad("CMA Occitanie", "newsletter@cma-occitanie.fr")), ("To", OWNER),
        ("Subject", hq("Artisans : êtes-vous prêts pour la facturation électronique ?")), ("Date", date(d(1, 10, 30, 0))),
        ("Message-ID", mid(k, "cma-occitanie.fr")), ("MIME-Version", "1.0"),
        ("List-Unsubscribe", "<mailto:desinscription@cma-occitanie.fr>"), ("Precedence", "bulk")],
        text("<html><body><h2>La lettre des artisans – décembre 2026</h2><p><b>Facturation électronique :</b> dès septembre "
             "2026 toutes les entreprises doivent pouvoir recevoir des factures électroniques. Atelier gratuit le 10 "
             "décembre à Montpellier.</p><p><b>Délais de paiement :</b> comment relancer vos clients sans abîmer la "
             "relation ? Nos conseillers répondent.</p><p><b>Formation</b> « Gérer sa trésorerie » – 2 jours, prise en "
             "charge possible.</p><p style=\"font-size:10px\">Vous recevez cette lettre en tant que ressortissant de la "
             "Chambre de Métiers et de l'Artisanat. Se désinscrire.</p></body></html>\n", "html", cte="qp")),
        "fr", "CMA Occitanie", "Chambre de Métiers et de l'Artisanat", "professional body newsletter mentioning invoicing and late payment", facts="")

    # O19 bank newsletter (BNP)
    k = "bnp_newsletter_pro_webinaire"
    add(k + ".eml", L, msg([("From", ad("BNP Paribas Entrepreneurs", "info@newsletter.bnpparibas")), ("To", OWNER),
        ("Subject", hq("Encaissez plus vite : 3 solutions pour vos paiements clients")), ("Date", date(d(3, 11, 15, 0))),
        ("Message-ID", mid(k, "newsletter.bnpparibas")), ("MIME-Version", "1.0"),
        ("List-Unsubscribe", "<https://newsletter.bnpparibas/unsub?u=8812>"), ("Precedence", "bulk")],
        mp("alternative", [text("Encaissez plus vite\n\nTerminal de paiement, lien de paiement, virement instantané : "
                                "découvrez nos solutions pour être payé plus vite.\n\nWebinaire le 8 décembre à 12h30.\n\n"
                                "Vous recevez cet e-mail car vous êtes client BNP Paribas. Se désinscrire.\n"),
                           text("<html><body><h1>Encaissez plus vite</h1><p>Terminal de paiement, lien de paiement, virement "
                                "instantané : découvrez nos solutions pour être payé plus vite.</p><p>Webinaire le 8 décembre "
                                "à 12h30.</p><p style=\"font-size:10px\">Vous recevez cet e-mail car vous êtes client BNP "
                                "Paribas. Se désinscrire.</p></body></html>\n", "html")], k)),
        "fr", "BNP Paribas", "BNP Paribas", "bank's own marketing newsletter about payments", facts="")

    # O20 supplier promo newsletter
    k = "grossiste_promo_hiver_pneus"
    add(k + ".eml", L, msg([("From", ad("Cyclosud Distribution", "news@cyclosud-distribution.fr")), ("To", OWNER),
        ("Subject", hq("❄️ Offre hiver pros : -20 % sur les pneus 4 saisons jusqu'au 15/12")),
        ("Date", date(d(4, 8, 0, 0))), ("Message-ID", mid(k, "mail.cyclosud-distribution.fr")), ("MIME-Version", "1.0"),
        ("List-Unsubscribe", "<https://cyclosud-distribution.fr/newsletter/unsub>"), ("Precedence", "bulk")],
        text("<html><body><h2>Offre hiver réservée aux professionnels</h2><p>-20 % sur toute la gamme de pneus 4 saisons "
             "et cloutés, -15 % sur les éclairages. Franco de port dès 300 € HT.</p><p>Code : HIVER26PRO</p>"
             "<p style=\"font-size:10px\">Vous recevez cet e-mail car vous disposez d'un compte professionnel. "
             "Désinscription</p></body></html>\n", "html", cte="qp")),
        "fr", "", "Cyclosud Distribution", "supplier marketing newsletter", facts="")

    # O21 Google security alert
    k = "google_alerte_securite_nouvelle_connexion"
    add(k + ".eml", L, msg([("From", ad("Google", "no-reply@accounts.google.com")), ("To", OWNER),
        ("Subject", "Alerte de sécurité"), ("Date", date(d(30, 7, 45, 2, UTC))), ("Message-ID", mid(k, "accounts.google.com")),
        ("MIME-Version", "1.0")],
        mp("alternative", [text("Nouvelle connexion sur Android\n\nantoine@ferreira-velo.fr\n\nNous avons détecté une "
                                "nouvelle connexion à votre compte Google sur un appareil Android. Si c'était vous, vous n'avez "
                                "rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.\n\n"
                                "Consulter l'activité : https://myaccount.google.com/notifications\n\nVous avez reçu cet e-mail "
                                "pour vous informer de modifications importantes apportées à votre compte et aux services Google "
                                "que vous utilisez.\n© 2026 Google LLC\n", cs="UTF-8", cte="qp"),
                           text("<html><body><p style=\"font-size:24px\">Nouvelle connexion sur Android</p><p>"
                                "antoine@ferreira-velo.fr</p><p>Nous avons détecté une nouvelle connexion à votre compte Google "
                                "sur un appareil Android.</p><p><a href=\"https://myaccount.google.com/notifications\">Consulter "
                                "l'activité</a></p></body></html>\n", "html", cs="UTF-8", cte="qp")], k)),
        "fr", "Google", "Google account", "security alert", facts="")

    # O22 Chorus Pro: invoice rejected (status, not money)
    k = "chorus_pro_facture_rejetee"
    add(k + ".eml", L, msg([("From", ad("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr")), ("To", OWNER),
        ("Subject", hq("[Chorus Pro] Changement de statut de votre facture F-2026-0430 : Rejetée")),
        ("Date", date(d(4, 4, 12, 0))), ("Message-ID", mid(k, "chorus-pro.gouv.fr")), ("MIME-Version", "1.0")],
        text("Bonjour,\n\nLa facture suivante a changé de statut :\n\nNuméro de facture : F-2026-0430\n"
             "Destinataire : SYNDICAT MIXTE ETANGS ET LITTORAL\nMontant TTC : 1 320,00 EUR\nNouveau statut : REJETÉE\n"
             "Motif : Numéro d'engagement absent ou erroné\n\nVous pouvez déposer une nouvelle facture corrigée sur le "
             "portail.\n\nCe message est envoyé automatiquement par Chorus Pro. Merci de ne pas y répondre.\n",
             cs="utf-8", cte="qp")),
        "fr", "Chorus Pro", "Chorus Pro (DGFiP)", "e-invoicing portal: invoice rejected (no money movement)",
        facts="", notes="same sender as a 'Mise en paiement' notice labelled payment_notification; this one moves no money")


# ====================================================================== main
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity", "lang", "provider",
        "source_group", "pattern", "direction", "amount", "currency", "payer", "reference", "value_date",
        "counts_as_payment", "facts", "split", "notes"]


def main():
    for lab in LABELS:
        p_ = os.path.join(OUT, lab)
        if os.path.isdir(p_):
            shutil.rmtree(p_)
    human()
    payments()
    autos()
    bounces()
    others()
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
