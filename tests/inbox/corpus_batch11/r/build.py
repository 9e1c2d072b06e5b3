#!/usr/bin/env python3
"""Build the final11 evaluation set for dunnerd (owner: Yann Le Bihan, Le Bihan Ingenierie, Brest).

Standard library only. Writes one .eml per message under <label>/ and labels.tsv.
Every message is written by hand (synthetic); formats follow the senders' documented
notice wording / common mail-system layouts (see `pattern` and `notes` columns and README.md).
"""
import base64
import datetime as dt
import os
import quopri
import random
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final11"
OWNER_NAME = "Yann Le Bihan"
OWNER = "yann@lebihan-ingenierie.fr"
OWNER_DOM = "lebihan-ingenierie.fr"
OWNER_FULL = formataddr((OWNER_NAME, OWNER))
LABELS = ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]
ROWS = []
RND = random.Random(1111)
_bcount = [0]

COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]

WD_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
WD_FR_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MO_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MO_FR_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- dates
def when(day, h, m, s=None, tz=1):
    """day: 23..30 -> November 2026, 1..31 -> December 2026."""
    if s is None:
        s = RND.randint(0, 59)
    month = 11 if day >= 20 else 12
    return dt.datetime(2026, month, day, h, m, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def D(day, h, m, s=None, tz=1):
    return format_datetime(when(day, h, m, s, tz))


def fr_short(d):  # "lun. 30 nov. 2026 à 09:12"
    return f"{WD_FR[d.weekday()]} {d.day} {MO_FR[d.month-1]} {d.year} à {d:%H:%M}"


def fr_long(d):  # "lundi 30 novembre 2026 09:12"
    return f"{WD_FR_LONG[d.weekday()]} {d.day} {MO_FR_LONG[d.month-1]} {d.year} {d:%H:%M}"


def en_gmail(d):  # "Mon, Nov 30, 2026 at 9:12 AM"
    h = d.hour % 12 or 12
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- headers / MIME
def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


def mid(dom, style="hex"):
    if style == "hex":
        return "<%s@%s>" % ("".join(RND.choice("0123456789abcdef") for _ in range(24)), dom)
    if style == "outlook":
        a = "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24))
        return "<PR3P195MB%s@%s>" % (a, dom)
    if style == "gmail":
        a = "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(40))
        return "<CA%s@mail.gmail.com>" % a
    if style == "apple":
        a = "".join(RND.choice("0123456789ABCDEF") for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (a[:8], a[8:12], a[12:16], a[16:20], a[20:], dom)
    raise ValueError(style)


def body_enc(text, cs="utf-8", cte="quoted-printable"):
    text = text.replace("\r\n", "\n")
    if cs.lower().startswith("iso-8859") or cs.lower() == "us-ascii":
        # what a legacy mailer does when the text does not fit its charset
        for k, v in {"–": "-", "—": "-", "’": "'", "…": "...", "•": "-", "œ": "oe", "Œ": "OE", "“": '"', "”": '"'}.items():
            if cs.lower() != "iso-8859-15" or k not in "œŒ":
                text = text.replace(k, v)
    raw = text.encode(cs)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = base64.encodebytes(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return enc


def text_part(text, subtype="plain", cs="utf-8", cte="quoted-printable", extra=(), params=""):
    h = [("Content-Type", f'text/{subtype}; charset="{cs}"{params}')]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h += list(extra)
    return h, body_enc(text, cs, cte or "7bit")


def raw_part(ctype, body_bytes, cte=None, extra=()):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h += list(extra)
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return h, body_bytes


def att_part(data, ctype, filename, inline=False):
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")]
    return h, base64.encodebytes(data)


def render_headers(h):
    out = b""
    for k, v in h:
        if k in ("Subject", "Thread-Topic") and not v.isascii():
            v = hdr(v)
        out += f"{k}: {v}\n".encode("utf-8")
    return out


def multi(subtype, parts, boundary=None, params="", preamble=None):
    _bcount[0] += 1
    b = boundary or "----=_Part_%d_%d.%d" % (_bcount[0], RND.randint(10**8, 10**9), 1764000000 + _bcount[0])
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for h, bd in parts:
        body += b"--" + b.encode() + b"\n" + render_headers(h) + b"\n" + bd
        if not bd.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return [("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')], body


def alt(text, html, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [text_part(text, "plain", cs, cte), text_part(html, "html", cs, cte)])


def write(label, fname, top, mime, crlf=False, raw_override=None):
    h, body = mime
    allh = list(top) + [("MIME-Version", "1.0")] + h
    data = raw_override if raw_override is not None else render_headers(allh) + b"\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path = os.path.join(OUT, label, fname)
    with open(path, "wb") as f:
        f.write(data)
    return f"{label}/{fname}"


def row(file, label, lang, group, pattern, provider="", direction="", amount="", currency="",
        payer="", reference="", value_date="", cap="", facts="", notes="", fidelity="synthetic"):
    ROWS.append({
        "file": file, "label": label, "source_repo": "synthetic", "source_path": "build.py",
        "source_commit": "", "license": "written for dunnerd", "fidelity": fidelity, "lang": lang,
        "provider": provider, "source_group": group, "pattern": pattern, "direction": direction,
        "amount": amount, "currency": currency, "payer": payer, "reference": reference,
        "value_date": value_date, "counts_as_payment": cap, "facts": facts, "split": SPLIT,
        "notes": notes})


def emit(label, fname, top, mime, lang, group, pattern, crlf=False, raw_override=None, **kw):
    f = write(label, fname, top, mime, crlf=crlf, raw_override=raw_override)
    row(f, label, lang, group, pattern, **kw)


# ---------------------------------------------------------------- small PDF
def pdf(lines):
    """A tiny but valid one-page PDF showing `lines` (latin-1 text)."""
    stream = "BT /F1 11 Tf 50 790 Td 14 TL\n"
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream += f"({esc}) '\n"
    stream += "ET\n"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream",
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


# ---------------------------------------------------------------- the owner's reminders
SIG_OWNER = """Yann Le Bihan
Le Bihan Ingénierie (EURL) – Structures & audits énergétiques
12 rue de Siam, 29200 Brest – 02 61 91 27 40
www.lebihan-ingenierie.fr"""


def fmt_eur(a):  # 1480.0 -> "1 480,00 €"
    s = f"{a:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def fmt_gbp(a):
    return f"€{a:,.2f}"


def rem_fr(inv, amount, inv_date, due, tu=False):
    if tu:
        return (f"Salut,\n\nPetit rappel : la facture {inv} du {inv_date} ({fmt_eur(amount)} TTC) "
                f"était à régler pour le {due} et je ne vois rien passer de mon côté.\n"
                f"Tu peux me dire où ça en est ?\n\nMerci !\n\n{SIG_OWNER}\n")
    return (f"Bonjour,\n\nSauf erreur de ma part, la facture {inv} du {inv_date}, d'un montant de "
            f"{fmt_eur(amount)} TTC, arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
            f"Je vous remercie de bien vouloir procéder à son règlement ou de m'indiquer la date "
            f"de paiement prévue. Mes coordonnées bancaires figurent en pied de facture.\n\n"
            f"Cordialement,\n\n{SIG_OWNER}\n")


def rem_en(inv, amount, inv_date, due):
    return (f"Hello,\n\nAccording to my records, invoice {inv} dated {inv_date} for {fmt_gbp(amount)} "
            f"was due on {due} and is still outstanding.\n\nCould you please arrange payment or let me "
            f"know when it is scheduled? Bank details are on the invoice.\n\nKind regards,\n\n"
            f"Yann Le Bihan\nLe Bihan Ingénierie – Structural & energy engineering\nBrest, France\n")


def q(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def rem_id(n):
    return f"<dunnerd.{n}.1@{OWNER_DOM}>"


def rem_subj(inv, lang="fr"):
    return f"Rappel : facture {inv} échue" if lang == "fr" else f"Reminder: invoice {inv} is overdue"


def reply_headers(frm, subject, date, n=None, to=OWNER_FULL, cc=None, msgid=None, extra=(), cs="utf-8",
                  in_reply=True):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, cs)), ("Date", date), ("Message-ID", msgid)]
    if n is not None and in_reply:
        h += [("In-Reply-To", rem_id(n)), ("References", rem_id(n))]
    h += list(extra)
    return h


def HR(fname, lang, group, pattern, top, mime, facts="", notes="", **kw):
    emit("human_reply", fname, top, mime, lang, group, pattern, facts=facts, notes=notes, **kw)


def PN(fname, lang, provider, group, pattern, top, mime, direction, amount, currency="EUR", payer="",
       reference="", value_date="", cap="no", notes="", **kw):
    emit("payment_notification", fname, top, mime, lang, group, pattern, provider=provider,
         direction=direction, amount=amount, currency=currency, payer=payer, reference=reference,
         value_date=value_date, cap=cap, notes=notes, **kw)


def AR(fname, lang, group, pattern, top, mime, facts="", notes="", **kw):
    emit("auto_reply", fname, top, mime, lang, group, pattern, facts=facts, notes=notes, **kw)


def BO(fname, lang, group, pattern, top, mime, facts="", notes="", **kw):
    emit("bounce", fname, top, mime, lang, group, pattern, facts=facts, notes=notes, **kw)


def OT(fname, lang, group, pattern, top, mime, provider="", notes="", **kw):
    emit("other", fname, top, mime, lang, group, pattern, provider=provider, notes=notes, **kw)


def reset():
    for lab in LABELS:
        p = os.path.join(OUT, lab)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)


# =====================================================================================
# HUMAN REPLIES
# =====================================================================================
def human():
    # 1 --- architect, promise "vendredi", Thunderbird, top-posted above gmail-style quote
    d = when(1, 8, 47)
    rd = when(30, 9, 5, 12)
    inv, n = "F-2026-0412", 412
    body = ("Bonjour Yann,\n\nDésolée pour le retard, la facture s'était glissée dans le mauvais parapheur.\n"
            "Je lance le virement vendredi, vous devriez le voir en début de semaine prochaine.\n\n"
            "Bonne journée,\n\nMaëlle Kerlann\nAtelier Kerlann Architectes\n4 quai de la Douane – 29200 Brest\n\n"
            f"Le {fr_short(rd)}, Yann Le Bihan a écrit :\n"
            + q(rem_fr(inv, 1480.00, "15/10/2026", "14/11/2026")))
    HR("kerlann_promise_vendredi.eml", "fr", "Atelier Kerlann Architectes",
       "promise 'je lance le virement vendredi', top-posted, Thunderbird",
       reply_headers(addr("Maëlle Kerlann", "m.kerlann@atelier-kerlann.fr"), "Re: " + rem_subj(inv),
                     D(1, 8, 47), n, msgid=mid("atelier-kerlann.fr"),
                     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]),
       text_part(body, cs="UTF-8", cte="8bit", params="; format=flowed"),
       facts="promise_date=2026-12-04", notes="Tue 1 Dec -> vendredi = 4 Dec")

    # 2 --- bailleur social, Outlook, long legal disclaimer, paiement prévu le 18
    inv, n = "F-2026-0398", 398
    rd = when(27, 10, 2, 0)
    txt = ("Bonjour Monsieur Le Bihan,\n\nVotre facture " + inv + " (audit énergétique résidence Kerangoff, "
           "bâtiments B et C) a été validée par le chargé d'opération le 26/11.\n"
           "Elle est intégrée à notre prochaine campagne de règlement : paiement prévu le 18 décembre.\n\n"
           "Bien cordialement,\n\nNathalie Guéguen\nGestionnaire comptabilité fournisseurs\n"
           "Direction financière – Finistère Habitat Océan\n3 boulevard de l'Europe – CS 92814 – 29228 Brest Cedex 2\n"
           "Tél. 02 61 91 63 08\n\n"
           "Afin de contribuer au respect de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.\n\n"
           "AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs "
           "destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en "
           "avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute "
           "diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. "
           "Finistère Habitat Océan, SA d'HLM, décline toute responsabilité au titre de ce message s'il a été altéré, "
           "déformé ou falsifié.\n\n"
           "-----Message d'origine-----\nDe : Yann Le Bihan <yann@lebihan-ingenierie.fr>\n"
           f"Envoyé : {fr_long(rd)}\nÀ : Comptabilité Fournisseurs <compta.fournisseurs@fho-habitat.fr>\n"
           f"Objet : {rem_subj(inv)}\n\n" + rem_fr(inv, 5820.00, "02/10/2026", "01/11/2026"))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
            "<body lang=\"FR\"><div class=\"WordSection1\">"
            "<p class=\"MsoNormal\">Bonjour Monsieur Le Bihan,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            f"<p class=\"MsoNormal\">Votre facture {inv} (audit énergétique résidence Kerangoff, bâtiments B et C) a été "
            "validée par le chargé d'opération le 26/11.<br>Elle est intégrée à notre prochaine campagne de règlement : "
            "<b>paiement prévu le 18 décembre</b>.<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\">Bien cordialement,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Nathalie Guéguen</span></b><br>Gestionnaire comptabilité fournisseurs<br>"
            "Direction financière – Finistère Habitat Océan<br>3 boulevard de l'Europe – CS 92814 – 29228 Brest Cedex 2<br>"
            "Tél. 02 61 91 63 08</p><p class=\"MsoNormal\"><span style=\"font-size:8pt;color:green\">Afin de contribuer au respect "
            "de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.</span></p>"
            "<p class=\"MsoNormal\"><span style=\"font-size:7.5pt;color:gray\">AVERTISSEMENT : Ce message et toutes les pièces "
            "jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. [...] Finistère Habitat "
            "Océan, SA d'HLM, décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.</span></p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> "
            f"Yann Le Bihan &lt;yann@lebihan-ingenierie.fr&gt;<br><b>Envoyé :</b> {fr_long(rd)}<br><b>À :</b> Comptabilité "
            f"Fournisseurs<br><b>Objet :</b> {rem_subj(inv)}</p></div><p class=\"MsoNormal\">"
            + rem_fr(inv, 5820.00, "02/10/2026", "01/11/2026").replace("\n", "<br>") + "</p></div></body></html>")
    HR("fho_bailleur_paiement_prevu_18.eml", "fr", "Finistère Habitat Océan (bailleur social)",
       "Outlook multipart/alternative, long legal disclaimer, validated and 'paiement prévu le 18 décembre'",
       reply_headers(addr("Guéguen Nathalie", "n.gueguen@fho-habitat.fr"), "RE: " + rem_subj(inv), D(2, 11, 20), n,
                     msgid=mid("EUR03.prod.outlook.com", "outlook"),
                     extra=[("Thread-Topic", hdr(rem_subj(inv))), ("Thread-Index", "AdtjR2k1bW9yZXRoYW5hbm90aGVy"),
                            ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
       alt(txt, html), facts="promise_date=2026-12-18")

    # 3 --- builder, situation de travaux, retenue de garantie, 60 jours
    inv, n = "F-2026-0421", 421
    body = ("Bonjour,\n\nVotre facture correspond à votre mission de suivi sur la situation de travaux n°4 du "
            "chantier de Guipavas.\nChez nous les situations et les honoraires associés sont réglés à 60 jours fin de mois : "
            "la vôtre étant du 15/10, le règlement interviendra le 31 décembre.\nLa retenue de garantie de 5 % ne s'applique "
            "pas à vos honoraires, ne vous inquiétez pas.\n\nCdt\n\nLoïc Gourvennec\nGourvennec Bâtiment SAS\n"
            "ZA de Lavallot – 29490 Guipavas\n")
    HR("gourvennec_situation_60j.eml", "fr", "Gourvennec Bâtiment SAS",
       "builder: 'situation de travaux', 60 jours fin de mois, explicit resolved date; no quote",
       reply_headers(addr("Loïc Gourvennec", "loic@gourvennec-batiment.fr"), "RE: " + rem_subj(inv), D(30, 17, 52), n,
                     msgid=mid("gourvennec-batiment.fr", "apple")),
       text_part(body, cte="quoted-printable"),
       facts="promise_date=2026-12-31",
       notes="mentions retenue de garantie only to say it does not apply; '60 jours fin de mois' with explicit date")

    # 4 --- municipality: mandat émis, trésorerie, no firm date
    inv, n = "F-2026-0387", 387
    rd = when(30, 9, 30, 0)
    body = ("Bonjour Monsieur,\n\nJe vous informe que votre facture " + inv + " relative à la note de calcul du "
            "préau de l'école Jules-Verne a été mandatée le 27 novembre 2026 (mandat n° 1843, bordereau 212).\n"
            "Le paiement relève désormais du Service de Gestion Comptable de Landerneau ; le délai de "
            "traitement par la trésorerie est en général d'une dizaine de jours.\n\n"
            "Restant à votre disposition,\n\nSolène Corre\nService Finances – Mairie de Saint-Armel-de-l'Élorn\n"
            "Place de la Mairie – 29800 Saint-Armel-de-l'Élorn\n\n"
            "________________________________\nDe : Yann Le Bihan <yann@lebihan-ingenierie.fr>\n"
            f"Envoyé : {fr_long(rd)}\nÀ : finances\nObjet : {rem_subj(inv)}\n\n"
            + rem_fr(inv, 2340.00, "08/10/2026", "07/11/2026"))
    HR("mairie_mandat_emis.eml", "fr", "Mairie de Saint-Armel-de-l'Élorn",
       "municipality: invoice 'mandatée', payment now with the trésorerie (SGC), vague delay",
       reply_headers(addr("Service Finances - Mairie de Saint-Armel", "finances@saintarmel-elorn.fr"),
                     "RE: " + rem_subj(inv), D(1, 14, 3), n, msgid=mid("saintarmel-elorn.fr"),
                     extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)")]),
       text_part(body, cte="quoted-printable"),
       notes="no firm date ('une dizaine de jours'); not a payment claim by a bank")

    # 5 --- English: payment run Thursday
    inv, n = "F-2026-0419", 419
    rd = when(27, 16, 40, 0)
    body = ("Hi Yann,\n\nThanks for the nudge. The invoice was approved by our plant manager last week; "
            "our payment run is on Thursday so you should see the funds early next week.\n\n"
            "Best regards,\nGareth Owens\nFinancial Controller | Brittany Composites SAS\n"
            "Zone industrielle de Kergonan, 29200 Brest\n\n"
            f"On {en_gmail(rd)} Yann Le Bihan <{OWNER}> wrote:\n\n" + q(rem_en(inv, 3960.00, "1 October 2026", "31 October 2026")))
    HR("brittany_composites_en_payment_run_thursday.eml", "en", "Brittany Composites SAS",
       "English, 'our payment run is on Thursday', gmail-style quote",
       reply_headers(addr("Gareth Owens", "gowens@brittany-composites.com"), "Re: " + rem_subj(inv, "en"),
                     D(30, 15, 12), n, msgid=mid("", "gmail")),
       alt(body, "<div dir=\"ltr\">" + body.split("\n\nOn ")[0].replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
           "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
           + rem_en(inv, 3960.00, "1 October 2026", "31 October 2026").replace("\n", "<br>") + "</blockquote></div>"),
       facts="promise_date=2026-12-03", notes="Mon 30 Nov -> Thursday 3 Dec")

    # 6 --- dispute: promoteur contests extra hours
    inv, n = "F-2026-0405", 405
    body = ("Monsieur Le Bihan,\n\nNous contestons le montant de la facture " + inv + ".\n\n"
            "Votre proposition d'honoraires prévoyait un forfait de 4 200 € HT pour les notes de calcul de la "
            "charpente du programme « Les Terrasses du Moulin Blanc ». Les 14 heures supplémentaires facturées "
            "correspondent à la reprise de vos propres notes suite aux remarques du bureau de contrôle : elles "
            "n'ont pas à nous être refacturées.\n\nMerci de nous adresser un avoir sur ces heures ; nous réglerons "
            "le forfait à réception de la facture rectifiée.\n\nJulien Marzin\nDirecteur de programmes\n"
            "Océanis Promotion – 21 rue Jean Jaurès – 29200 Brest\n")
    HR("oceanis_dispute_heures_sup.eml", "fr", "Océanis Promotion",
       "formal dispute of extra hours, asks for a credit note and corrected invoice",
       reply_headers(addr("Julien Marzin", "j.marzin@oceanis-promotion.fr"), "RE: " + rem_subj(inv), D(1, 18, 9), n,
                     msgid=mid("oceanis-promotion.fr", "outlook")),
       text_part(body, cs="iso-8859-15", cte="quoted-printable"),
       facts="dispute=yes;request_invoice=yes", notes="ISO-8859-15 QP")

    # 7 --- already paid with date
    inv, n = "F-2026-0393", 393
    body = ("Bonjour,\n\nLe virement a été effectué le 24 novembre depuis notre compte au Crédit Agricole, "
            "référence « FACT 0393 LE BIHAN ». Pouvez-vous vérifier de votre côté ?\n\nCordialement\n"
            "Armelle Le Goff\nMenuiserie Le Goff & Fils\n")
    HR("legoff_deja_paye_24nov.eml", "fr", "Menuiserie Le Goff & Fils",
       "already paid, date given, short, no quote",
       reply_headers(addr("Menuiserie Le Goff", "contact@menuiserie-legoff.fr"), "Re: " + rem_subj(inv), D(30, 11, 48), n,
                     msgid=mid("menuiserie-legoff.fr")),
       text_part(body, cte="8bit"), facts="already_paid=2026-11-24")

    # 8 --- forwarded bank confirmation (CMB) as message/rfc822
    inv, n = "F-2026-0426", 426
    inner_body = ("Crédit Mutuel de Bretagne\n\nConfirmation de votre ordre de virement\n\n"
                  "Madame, Monsieur,\n\nNous vous confirmons l'enregistrement de votre ordre de virement SEPA :\n\n"
                  "Compte débité : SCI TY NEVEZ - Compte courant n° ...4471\n"
                  "Bénéficiaire : LE BIHAN INGENIERIE\nIBAN bénéficiaire : FR76 **** **** **** **** **** 218\n"
                  "Montant : 960,00 EUR\nMotif : F-2026-0426\nDate d'exécution : 27/11/2026\n\n"
                  "Ceci est un message automatique, merci de ne pas y répondre.\n")
    inner = (render_headers([("From", "Crédit Mutuel de Bretagne <noreply@cmb.fr>".encode("utf-8").decode()),
                             ("To", "h.cadiou@tynevez-sci.fr"), ("Subject", hdr("Confirmation de votre ordre de virement")),
                             ("Date", D(27, 9, 14)), ("Message-ID", mid("cmb.fr")), ("MIME-Version", "1.0"),
                             ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")])
             + b"\n" + body_enc(inner_body))
    inner = inner.replace("Crédit Mutuel de Bretagne <noreply@cmb.fr>".encode(), hdr("Crédit Mutuel de Bretagne").encode() + b" <noreply@cmb.fr>", 1)
    mime = multi("mixed", [text_part("Bonjour,\n\nJe vous transfère la confirmation de la banque, le virement est "
                                     "parti le 27/11. Vous devriez l'avoir reçu depuis.\n\nHervé Cadiou\nSCI Ty Nevez\n"),
                           raw_part("message/rfc822", inner,
                                    extra=[("Content-Disposition", 'attachment; filename="Confirmation de votre ordre de virement.eml"')])])
    HR("tynevez_fwd_confirmation_cmb.eml", "fr", "SCI Ty Nevez",
       "client forwards its bank's transfer confirmation as message/rfc822 attachment (bank mail inside a human reply)",
       reply_headers(addr("Hervé Cadiou", "h.cadiou@tynevez-sci.fr"), "TR: Confirmation de votre ordre de virement",
                     D(1, 19, 31), n, msgid=mid("tynevez-sci.fr")),
       mime, facts="already_paid=2026-11-27",
       notes="inner message is a CMB notice but the envelope message is a person's forward")

    # 9 --- PDF avis d'opéré attached, no date in text
    inv, n = "F-2026-0402", 402
    p = pdf(["BANQUE POPULAIRE GRAND OUEST", "AVIS D'OPERE - VIREMENT SEPA EMIS",
             "Donneur d'ordre : RIVOAL ET TANGUY ARCHITECTES", "Beneficiaire : LE BIHAN INGENIERIE",
             "Montant : 2 880,00 EUR", "Reference : F-2026-0402", "Date d'execution : 25/11/2026"])
    body = ("Bonjour,\n\nVeuillez trouver ci-joint l'avis d'opéré de notre banque pour le règlement de la facture "
            f"{inv}.\n\nBien à vous,\n\nCécile Tanguy\nAssistante de direction\nRivoal & Tanguy Architectes\n")
    HR("rivoal_tanguy_pdf_avis_opere.eml", "fr", "Rivoal & Tanguy Architectes",
       "already paid, proof attached as PDF, date only inside the PDF",
       reply_headers(addr("Cécile Tanguy", "c.tanguy@rivoal-tanguy.archi"), "RE: " + rem_subj(inv), D(30, 14, 27), n,
                     msgid=mid("rivoal-tanguy.archi", "outlook")),
       multi("mixed", [text_part(body), att_part(p, "application/pdf", "Avis_opere_VIR_251126.pdf")]),
       facts="already_paid=claimed", notes="execution date 2026-11-25 appears only in the attached PDF")

    # 10 --- request invoice
    inv, n = "F-2026-0415", 415
    body = ("Bonjour,\n\nNous ne retrouvons pas cette facture dans notre outil de dématérialisation. "
            "Pourriez-vous nous la renvoyer en PDF à l'adresse factures@armor-conserveries.fr, en "
            "précisant le site concerné (Douarnenez) ?\n\nMerci par avance.\n\nService comptabilité fournisseurs\n"
            "Armor Conserveries SAS\n")
    HR("armor_conserveries_renvoyer_facture.eml", "fr", "Armor Conserveries SAS",
       "accounts payable asks for the invoice to be resent to a dematerialisation address",
       reply_headers(addr("Comptabilité Fournisseurs", "compta.fournisseurs@armor-conserveries.fr"), "RE: " + rem_subj(inv),
                     D(2, 9, 3), n, msgid=mid("armor-conserveries.fr", "outlook")),
       text_part(body, cte="quoted-printable"), facts="request_invoice=yes")

    # 11 --- request RIB
    inv, n = "F-2026-0409", 409
    rd = when(30, 8, 58, 0)
    body = ("Bonjour Monsieur Le Bihan,\n\nVotre facture est bien enregistrée mais nous ne pouvons pas la payer : "
            "votre fiche fournisseur n'a pas de coordonnées bancaires. Pourriez-vous nous faire parvenir un RIB "
            "au nom de Le Bihan Ingénierie (sur papier à en-tête ou édité par la banque) ?\n\n"
            "Dès réception, le paiement sera déclenché au prochain virement fournisseurs.\n\n"
            "Cordialement,\nPatricia Le Floc'h\nKer Héol Habitat – Service Comptabilité\n\n"
            f"Le {fr_short(rd)}, Yann Le Bihan <{OWNER}> a écrit :\n" + q(rem_fr(inv, 4150.00, "05/10/2026", "04/11/2026")))
    HR("ker_heol_demande_rib.eml", "fr", "Ker Héol Habitat (bailleur social)",
       "request for RIB on letterhead, payment blocked until received",
       reply_headers(addr("Patricia Le Floc'h", "p.lefloch@kerheol-habitat.fr"), "Re: " + rem_subj(inv), D(1, 10, 16), n,
                     msgid=mid("kerheol-habitat.fr")),
       text_part(body), facts="request_rib=yes")

    # 12 --- PO missing, re-issue invoice (English/French SAP)
    inv, n = "F-2026-0417", 417
    body = ("Bonjour,\n\nVotre facture a été rejetée automatiquement par notre outil de traitement : elle ne "
            "mentionne pas de numéro de commande.\nMerci de la réémettre en indiquant le bon de commande "
            "n° 4500218873 (prestation : vérification structurelle de la passerelle atelier 3) et de l'adresser "
            "uniquement à ap-invoices@ani-iroise.fr.\n\nSans BC valide, aucune facture ne peut être mise en paiement.\n\n"
            "Regards,\nKatell Moal\nAcheteuse – Ateliers Navals de l'Iroise\n")
    HR("ani_iroise_bon_commande_manquant.eml", "fr", "Ateliers Navals de l'Iroise",
       "invoice rejected, PO number required, asks re-issue",
       reply_headers(addr("MOAL Katell", "katell.moal@ani-iroise.fr"), "RE: " + rem_subj(inv), D(3, 8, 22), n,
                     msgid=mid("ani-iroise.fr", "outlook")),
       text_part(body, cs="windows-1252", cte="quoted-printable"), facts="request_invoice=yes",
       notes="asks for a re-issued invoice with the PO; windows-1252")

    # 13 --- "Noté." from iPhone
    inv, n = "F-2026-0431", 431
    body = "Noté.\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 18:04, Yann Le Bihan <yann@lebihan-ingenierie.fr> a écrit :\n> \n" + q(rem_fr(inv, 720.00, "20/10/2026", "19/11/2026"))
    HR("abgrall_note_iphone.eml", "fr", "Pierre-Yves Abgrall Architecte",
       "one word 'Noté.' + Envoyé de mon iPhone, Apple quote",
       reply_headers(addr("Pierre-Yves Abgrall", "py.abgrall@abgrall-architecte.fr"), "Re: " + rem_subj(inv), D(30, 21, 40), n,
                     msgid=mid("abgrall-architecte.fr", "apple"), extra=[("X-Mailer", "iPhone Mail (22B91)")]),
       text_part(body, cs="utf-8", cte="quoted-printable"))

    # 14 --- ok merci
    inv, n = "F-2026-0436", 436
    HR("leroux_charpente_ok_merci.eml", "fr", "SARL Le Roux Charpente", "two words 'ok merci', no quote, no signature",
       reply_headers(addr("Soazig Le Roux", "soazig@leroux-charpente.fr"), "Re: " + rem_subj(inv), D(2, 7, 55), n,
                     msgid=mid("", "gmail")),
       text_part("ok merci\n", cs="UTF-8", cte="7bit"))

    # 15 --- je n'ai pas encore pu payer, fin de la semaine prochaine
    inv, n = "F-2026-0380", 380
    body = ("Bonjour Yann,\n\nJe n'ai pas encore pu payer, je suis honnête avec vous : deux clients ont du retard "
            "chez moi aussi et la trésorerie est tendue.\nJe pense pouvoir régler d'ici la fin de la semaine "
            "prochaine, au plus tard.\n\nDésolé pour le désagrément.\n\nKevin Quéméner\nBreizh Rénov' Éco\n")
    HR("breizh_renov_pas_encore_pu.eml", "fr", "Breizh Rénov' Éco",
       "negation 'je n'ai pas encore pu payer' + promise 'd'ici la fin de la semaine prochaine'",
       reply_headers(addr("Kevin Quéméner", "kevin@breizhrenov-eco.fr"), "Re: " + rem_subj(inv), D(2, 20, 12), n,
                     msgid=mid("", "gmail")),
       text_part(body, cte="base64"), facts="promise_date=2026-12-11",
       notes="Wed 2 Dec; 'fin de la semaine prochaine' resolved to Fri 11 Dec (week_of_2026-12-07 also acceptable)")

    # 16 --- nous ne contestons pas, début janvier
    inv, n = "F-2026-0366", 366
    body = ("Bonjour,\n\nNous ne contestons pas votre facture : il manque simplement le visa de notre conducteur de "
            "travaux, absent ces deux dernières semaines.\nCompte tenu de la clôture de notre exercice au 31/12, "
            "le règlement interviendra début janvier.\n\nSalutations distinguées,\n\nMarie-Christine Morvan\n"
            "Service administratif – Constructions Morvan SA\n")
    HR("morvan_ne_contestons_pas_debut_janvier.eml", "fr", "Constructions Morvan SA",
       "negation 'nous ne contestons pas' (not a dispute) + 'début janvier'",
       reply_headers(addr("Constructions Morvan - Administratif", "administratif@constructions-morvan.fr"),
                     "RE: " + rem_subj(inv), D(3, 15, 37), n, msgid=mid("constructions-morvan.fr", "outlook")),
       text_part(body, cs="iso-8859-15", cte="8bit"), facts="promise_date=early_2027-01",
       notes="8bit ISO-8859-15 body")

    # 17 --- tu, informal, ce soir
    inv, n = "F-2026-0441", 441
    rd = when(2, 18, 30, 0)
    body = ("Salut Yann,\n\nAh mince, j'avais complètement zappé, la facture était restée dans mes mails. "
            "Je te fais le virement ce soir depuis l'appli.\n\nOn se voit jeudi prochain pour la réunion "
            "de la médiathèque ?\n\nBises,\nGwen\n\n"
            f"Le {fr_short(rd)}, Yann Le Bihan <{OWNER}> a écrit :\n" + q(rem_fr(inv, 1150.00, "29/09/2026", "29/10/2026", tu=True)))
    HR("prigent_tu_virement_ce_soir.eml", "fr", "Gwenaëlle Prigent Architecte",
       "informal 'tu', 'je te fais le virement ce soir', unrelated meeting date in body",
       reply_headers(addr("Gwenaëlle Prigent", "gwen@prigent-archi.fr"), "Re: " + rem_subj(inv), D(3, 12, 44), n,
                     msgid=mid("prigent-archi.fr", "apple")),
       text_part(body), facts="promise_date=2026-12-03",
       notes="'jeudi prochain' is a meeting, not a payment date")

    # 18 --- site office phone, Android
    inv, n = "F-2026-0428", 428
    body = ("Bonjour je suis sur le chantier de Landerneau toute la semaine sans PC. Je vois ça avec la compta "
            "lundi à mon retour au bureau.\nYannick\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n")
    HR("sbtp_iroise_chantier_android.eml", "fr", "SBTP Iroise",
       "conducteur de travaux from site on phone, 'je vois ça avec la compta lundi' (not a payment date)",
       reply_headers(addr("Yannick Salaün", "y.salaun@sbtp-iroise.fr"), "Re: " + rem_subj(inv), D(4, 7, 12), n,
                     msgid=mid("sbtp-iroise.fr")),
       text_part(body, cte="quoted-printable"),
       notes="'lundi' is when he checks with accounts, no payment promise")

    # 19 --- forward to colleague with owner in Cc
    inv, n = "F-2026-0411", 411
    rd = when(30, 10, 15, 0)
    body = ("Bonjour Sandrine,\n\nPeux-tu regarder la facture de M. Le Bihan ci-dessous ? Elle est validée "
            "côté maîtrise d'ouvrage (diagnostic structure du bâtiment C, Kerédern). Merci de la passer au "
            "prochain règlement fournisseurs.\n\nJe mets M. Le Bihan en copie pour information.\n\nFabrice Jaouen\n"
            "Chargé d'opérations – Habitat 29 Coop\n\n"
            "-----Message d'origine-----\nDe : Yann Le Bihan <yann@lebihan-ingenierie.fr>\n"
            f"Envoyé : {fr_long(rd)}\nÀ : Fabrice Jaouen <f.jaouen@habitat29coop.fr>\nObjet : {rem_subj(inv)}\n\n"
            + rem_fr(inv, 3300.00, "06/10/2026", "05/11/2026"))
    HR("habitat29_tr_collegue_cc.eml", "fr", "Habitat 29 Coop",
       "forward (TR:) to accounts colleague, owner in Cc, no date",
       reply_headers(addr("Fabrice Jaouen", "f.jaouen@habitat29coop.fr"), "TR: " + rem_subj(inv), D(1, 9, 2), n,
                     to=addr("Sandrine Le Bras", "s.lebras@habitat29coop.fr"), cc=OWNER_FULL,
                     msgid=mid("habitat29coop.fr", "outlook")),
       text_part(body, cs="windows-1252", cte="quoted-printable"))

    # 20 --- different address (personal) , lundi 14
    inv, n = "F-2026-0389", 389
    body = ("Bonjour M. Le Bihan\n\nJe vous réponds de mon adresse perso, je n'ai plus accès à la boîte de la "
            "société depuis le changement d'hébergeur. C'est ma comptable qui fait les virements, elle vient "
            "le lundi 14, elle réglera votre facture à ce moment-là.\n\nJean-Michel Cariou\nCariou Couverture\n")
    HR("cariou_adresse_perso_lundi14.eml", "fr", "Cariou Couverture",
       "reply from a different (personal) address, not threaded, promise 'le lundi 14'",
       reply_headers(addr("jean-michel cariou", "jmcariou@example.net"), "votre facture " + inv, D(30, 19, 5), n,
                     msgid=mid("example.net"), in_reply=False),
       text_part(body, cte="quoted-printable"), facts="promise_date=2026-12-14",
       notes="sent from an address other than the reminded one; no In-Reply-To")

    # 21 --- Outlook HTML-only, mardi 15 décembre
    inv, n = "F-2026-0395", 395
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=iso-8859-1\"><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Aptos\",sans-serif;} --></style>"
            "</head><body lang=\"FR\" link=\"#467886\" vlink=\"#96607D\" style=\"word-wrap:break-word\"><div class=\"WordSection1\">"
            "<p class=\"MsoNormal\">Bonjour,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\">Suite à votre relance, je vous confirme que le paiement de la facture "
            f"{inv} interviendra le <b>mardi 15 décembre</b> par virement.<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Cordialement,<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\"><b><span style=\"color:#0070C0\">Christine Bellec</span></b>"
            "<o:p></o:p></p><p class=\"MsoNormal\"><span style=\"font-size:9.0pt\">Responsable administrative et financière<br>"
            "Entrepôts Frigorifiques du Léon – 29250 Saint-Pol-de-Léon</span><o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "<p class=\"MsoNormal\"><b>De&nbsp;:</b> Yann Le Bihan &lt;yann@lebihan-ingenierie.fr&gt;<br><b>Envoyé&nbsp;:</b> "
            f"vendredi 27 novembre 2026 10:41<br><b>À&nbsp;:</b> Bellec Christine<br><b>Objet&nbsp;:</b> {rem_subj(inv)}</p></div></div>"
            "<p class=\"MsoNormal\">" + rem_fr(inv, 6240.00, "30/09/2026", "30/10/2026").replace("\n", "<br>").replace("€", "&euro;").replace("–", "&ndash;") + "</p></div></body></html>")
    HR("efl_outlook_html_only_15dec.eml", "fr", "Entrepôts Frigorifiques du Léon",
       "Outlook HTML-only (no text part), iso-8859-1 QP, 'le mardi 15 décembre'",
       reply_headers(addr("Bellec Christine", "c.bellec@ef-leon.fr"), "RE: " + rem_subj(inv), D(30, 16, 2), n,
                     msgid=mid("EUR05.prod.outlook.com", "outlook"), cs="iso-8859-1",
                     extra=[("Thread-Topic", hdr(rem_subj(inv), "iso-8859-1")), ("Content-Language", "fr-FR")]),
       text_part(html, "html", cs="iso-8859-1", cte="quoted-printable"), facts="promise_date=2026-12-15")

    # 22 --- English, we'll pay on the 10th
    inv, n = "F-2026-0434", 434
    body = ("Dear Yann,\n\nApologies, our bookkeeper was off sick in November. We'll pay on the 10th together "
            "with the other December supplier payments.\n\nKind regards,\n\nSanne de Vries\nOffice manager\n"
            "Van der Berg Architecten – Brest office\n")
    HR("vanderberg_en_pay_on_the_10th.eml", "en", "Van der Berg Architecten",
       "English 'we'll pay on the 10th', Outlook plain",
       reply_headers(addr("Sanne de Vries", "s.devries@vanderberg-architecten.eu"), "RE: " + rem_subj(inv, "en"),
                     D(1, 13, 25), n, msgid=mid("vanderberg-architecten.eu", "outlook")),
       text_part(body, cs="us-ascii", cte="7bit"), facts="promise_date=2026-12-10")

    # 23 --- English dispute
    inv, n = "F-2026-0424", 424
    rd = when(30, 9, 0, 0)
    body = ("Yann,\n\nWe are not in a position to pay this invoice. The energy audit report for the Saint-Renan "
            "warehouse was delivered without the thermal bridge annex and the PV pre-sizing that were part of the "
            "agreed scope (see section 3 of your proposal dated 14 July).\n\nPlease deliver the missing items; "
            "we will process the invoice once the report is complete.\n\nRegards,\n\nOwen Gallagher\n"
            "Head of Facilities – Celtic Sea Energy Ltd\n\n"
            f"On {en_gmail(rd)} Yann Le Bihan <{OWNER}> wrote:\n" + q(rem_en(inv, 7800.00, "2 October 2026", "1 November 2026")))
    HR("celtic_sea_en_dispute_scope.eml", "en", "Celtic Sea Energy Ltd",
       "English dispute: deliverable incomplete, payment withheld",
       reply_headers(addr("Owen Gallagher", "owen.gallagher@celticsea-energy.co.uk"), "Re: " + rem_subj(inv, "en"),
                     D(1, 10, 5, tz=0), n, msgid=mid("celticsea-energy.co.uk")),
       text_part(body), facts="dispute=yes")

    # 24 --- English, already paid 26 Nov, remittance PDF
    inv, n = "F-2026-0403", 403
    p = pdf(["NORTHWIND MARINE SERVICES LTD - REMITTANCE ADVICE", "Supplier: LE BIHAN INGENIERIE",
             "Payment date: 26/11/2026   Method: SEPA credit transfer", "Invoice F-2026-0403   EUR 2,150.00",
             "Total paid: EUR 2,150.00"])
    body = ("Hi Yann,\n\nThis was paid on 26 November, remittance attached. Could you check with your bank? "
            "The reference should read NWMS-PAY-88412.\n\nThanks,\nPriya Nair\nAccounts Payable, Northwind Marine Services\n")
    HR("northwind_en_paid_26nov_remittance.eml", "en", "Northwind Marine Services Ltd",
       "English 'paid on 26 November', remittance PDF attached",
       reply_headers(addr("Priya Nair", "ap@northwind-marine.co.uk"), "RE: " + rem_subj(inv, "en"), D(30, 12, 14, tz=0), n,
                     msgid=mid("northwind-marine.co.uk", "outlook")),
       multi("mixed", [text_part(body), att_part(p, "application/pdf", "Remittance_NWMS-PAY-88412.pdf")]),
       facts="already_paid=2026-11-26")

    # 25 --- retenue de garantie, 95% paid
    inv, n = "F-2026-0352", 352
    body = ("Bonjour,\n\nNous avons réglé 95 % de votre facture le 20 novembre (virement de 2 736,00 €). "
            "Les 5 % restants correspondent à la retenue de garantie prévue au marché : ils seront libérés "
            "un an après la réception des travaux, soit fin octobre 2027, sauf réserves non levées.\n\n"
            "Votre relance porte donc sur un montant qui n'est pas encore exigible.\n\nCordialement,\n"
            "Gaëlle Kerbrat\nKerbrat Gros Œuvre\n")
    HR("kerbrat_retenue_garantie.eml", "fr", "Kerbrat Gros Œuvre",
       "retenue de garantie: 95 % paid, 5 % withheld until a year after reception",
       reply_headers(addr("Gaëlle Kerbrat", "g.kerbrat@kerbrat-go.fr"), "RE: " + rem_subj(inv), D(2, 16, 48), n,
                     msgid=mid("kerbrat-go.fr", "outlook")),
       text_part(body, cte="quoted-printable"), facts="already_paid=2026-11-20",
       notes="partial payment (95 %) claimed; the 5 % holdback is not a dispute of the work but contests exigibility; unsure whether dispute=yes should apply")

    # 26 --- paiement à 60 jours
    inv, n = "F-2026-0348", 348
    body = ("Bonjour,\n\nNos conditions générales d'achat prévoient un paiement à 60 jours date de facture. "
            "Votre facture étant datée du 12 octobre, elle sera réglée le 11 décembre, comme toutes les "
            "factures de cette période.\n\nCordialement\nService comptable\nQuéré Industrie\n")
    HR("quere_industrie_60_jours.eml", "fr", "Quéré Industrie", "'paiement à 60 jours date de facture' with explicit date",
       reply_headers(addr("Service comptable Quéré Industrie", "comptabilite@quere-industrie.fr"), "Re: " + rem_subj(inv),
                     D(30, 10, 33), n, msgid=mid("quere-industrie.fr")),
       text_part(body, cte="quoted-printable"), facts="promise_date=2026-12-11")

    # 27 --- question TVA
    inv, n = "F-2026-0438", 438
    body = ("Bonjour,\n\nAvant de valider le paiement, une question : pourquoi la TVA est-elle à 20 % sur votre "
            "audit ? Notre expert-comptable pensait que les prestations liées à la rénovation énergétique "
            "pouvaient être à 5,5 %. Pouvez-vous me confirmer ?\n\nMerci,\nFlorence Guillou\nSCI Les Hauts de Penfeld\n")
    HR("penfeld_question_tva.eml", "fr", "SCI Les Hauts de Penfeld", "question about VAT rate before paying",
       reply_headers(addr("Florence Guillou", "florence.guillou@hautsdepenfeld.fr"), "Re: " + rem_subj(inv), D(3, 9, 50), n,
                     msgid=mid("hautsdepenfeld.fr")),
       text_part(body, cte="8bit"), notes="question only, no dispute, no date")

    # 28 --- question acompte
    inv, n = "F-2026-0414", 414
    body = ("Bonjour Yann,\n\nL'acompte de 30 % qu'on vous a versé en septembre a-t-il bien été déduit de "
            "cette facture ? Je trouve le montant élevé par rapport au devis.\n\nMerci de me dire,\n"
            "Stéphane Bihannic\nBâti Léon SARL\n06 39 98 14 52\n")
    HR("batileon_question_acompte.eml", "fr", "Bâti Léon SARL", "question about deposit deduction",
       reply_headers(addr("Stéphane Bihannic", "stephane@batileon.fr"), "RE: " + rem_subj(inv), D(2, 18, 1), n,
                     msgid=mid("batileon.fr")),
       text_part(body, cte="quoted-printable"), notes="asks a question, does not contest")

    # 29 --- rude
    inv, n = "F-2026-0377", 377
    body = ("Trois relances en deux semaines, ça commence à bien faire.\n\nVous serez payé quand le maître "
            "d'ouvrage nous aura payés, comme tout le monde. Inutile de relancer tous les trois jours.\n\n"
            "E. Le Dantec\n")
    HR("ledantec_rude.eml", "fr", "Ets Le Dantec Construction", "rude, pay-when-paid, no date",
       reply_headers(addr("Erwan Le Dantec", "e.ledantec@ledantec-construction.fr"), "Re: Re: " + rem_subj(inv),
                     D(1, 7, 3), n, msgid=mid("ledantec-construction.fr")),
       text_part(body, cte="8bit"))

    # 30 --- old client windows-1252 8bit, chèque posté ce matin
    inv, n = "F-2026-0359", 359
    body = ("Monsieur,\n\nSuite à votre courriel, je vous informe que je vous ai posté ce matin un chèque de "
            "1 260,00 € à l'ordre de Le Bihan Ingénierie, en règlement de la facture " + inv + ".\n\n"
            "Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.\n\n"
            "R. Pennec\nCabinet Pennec – Géomètres-Experts\n")
    HR("pennec_cheque_poste_cp1252.eml", "fr", "Cabinet Pennec Géomètres-Experts",
       "cheque posted this morning; windows-1252 8bit, old mailer",
       reply_headers(addr("Cabinet Pennec", "cabinet.pennec@pennec-geometres.fr", "windows-1252"),
                     "RE: " + rem_subj(inv), D(1, 11, 2), n, cs="windows-1252", msgid=mid("pennec-geometres.fr"),
                     extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("X-Priority", "3")]),
       text_part(body, cs="windows-1252", cte="8bit"), facts="already_paid=2026-12-01",
       notes="payment by cheque sent (not yet cashed)")

    # 31 --- la semaine prochaine
    inv, n = "F-2026-0401", 401
    body = ("Bonjour,\n\nElle est validée, on la passe en paiement la semaine prochaine.\n\nBonne journée\n"
            "Lénaïg\n\n--\nLénaïg Cozic | Assistante comptable | Ty Logis Finistère\n")
    HR("tylogis_semaine_prochaine.eml", "fr", "Ty Logis Finistère", "'la semaine prochaine' (week_of)",
       reply_headers(addr("Lénaïg Cozic", "l.cozic@tylogis29.fr"), "Re: " + rem_subj(inv), D(3, 14, 11), n,
                     msgid=mid("tylogis29.fr")),
       text_part(body, cte="quoted-printable"), facts="promise_date=week_of_2026-12-07")

    # 32 --- début janvier budget
    inv, n = "F-2026-0445", 445
    body = ("Monsieur Le Bihan,\n\nLes crédits de paiement de l'opération « Réhabilitation thermique Lannilis – "
            "40 logements » sont épuisés pour l'exercice 2026. Votre facture sera payée sur l'exercice 2027, "
            "dès l'ouverture des crédits, soit vraisemblablement dans la première quinzaine de janvier.\n\n"
            "Nous vous prions de bien vouloir nous en excuser.\n\nDirection du patrimoine\nAber Habitat\n")
    HR("aber_habitat_exercice_2027.eml", "fr", "Aber Habitat (bailleur social)",
       "budget closed, 'première quinzaine de janvier'",
       reply_headers(addr("Direction du patrimoine - Aber Habitat", "patrimoine@aber-habitat.fr"), "RE: " + rem_subj(inv),
                     D(4, 10, 26), n, msgid=mid("aber-habitat.fr", "outlook")),
       text_part(body, cte="quoted-printable"), facts="promise_date=early_2027-01")

    # 33 --- mailing-list post (person)
    body = ("Bonjour à tous,\n\nQuelqu'un a-t-il un retour d'expérience sur les nouvelles règles de calcul du "
            "DPE collectif pour les bâtiments à chauffage mixte ? On a deux bailleurs qui nous demandent des audits "
            "avant mars et je me demande si vous passez tous par le même logiciel.\n\nMerci d'avance,\n"
            "Erwan Floc'h\nFloc'h Thermique – Quimper\n\n-- \nListe des adhérents du Réseau BET Bretagne\n"
            "Pour se désabonner : adherents-leave@reseau-bet-bretagne.fr\n")
    HR("reseau_bet_liste_question_dpe.eml", "fr", "Réseau BET Bretagne (mailing list)",
       "mailing-list post written by a person, list headers",
       [("From", addr("Erwan Floc'h", "erwan@floch-thermique.fr")), ("To", "adherents@reseau-bet-bretagne.fr"),
        ("Subject", hdr("[BET-Bzh] DPE collectif chauffage mixte : retours ?")), ("Date", D(2, 12, 5)),
        ("Message-ID", mid("floch-thermique.fr")), ("List-Id", "Adherents Reseau BET Bretagne <adherents.reseau-bet-bretagne.fr>"),
        ("List-Unsubscribe", "<mailto:adherents-leave@reseau-bet-bretagne.fr>"), ("Precedence", "list"),
        ("Sender", "adherents-bounces@reseau-bet-bretagne.fr")],
       text_part(body, cte="8bit"), notes="a person's list post; not about an invoice")

    # 34 --- broken MIME: declares utf-8 but body is latin-1
    inv, n = "F-2026-0444", 444
    body = "Bonjour,\n\nJe règle demain matin sans faute.\n\nBien cordialement\nM. Tanguy - Plomberie Chauffage Tanguy\n"
    top = reply_headers(addr("Plomberie Tanguy", "plomberie.tanguy@pct29.fr"), "Re: " + rem_subj(inv), D(30, 22, 14), n,
                        msgid=mid("pct29.fr"))
    raw = render_headers(top + [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
                                ("Content-Transfer-Encoding", "8bit")]) + b"\n" + body.encode("latin-1")
    HR("tanguy_broken_charset_demain.eml", "fr", "Plomberie Chauffage Tanguy",
       "broken MIME: declares utf-8 but body bytes are latin-1; 'je règle demain'",
       top, ([], b""), raw_override=raw, facts="promise_date=2026-12-01", notes="Mon 30 Nov -> demain = 1 Dec")

    # 35 --- English long disclaimer, payment run 18 Dec
    inv, n = "F-2026-0407", 407
    body = ("Dear Mr Le Bihan,\n\nYour invoice " + inv + " has been approved in our system and will be included "
            "in the payment run of 18 December 2026.\n\nBest regards\n\nMette Sørensen\nAccounts Payable Specialist\n"
            "Nordhavn Process Equipment A/S – Shared Service Centre\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the use of the "
            "individual or entity to which it is addressed and may contain information that is privileged, "
            "confidential and exempt from disclosure under applicable law. If you are not the intended recipient, "
            "you are hereby notified that any dissemination, distribution or copying of this communication is "
            "strictly prohibited. If you have received this communication in error, please notify the sender "
            "immediately and delete the message. Nordhavn Process Equipment A/S, CVR 00000000, processes personal "
            "data in accordance with its privacy policy. Please consider the environment before printing this e-mail.\n")
    HR("nordhavn_en_payment_run_18dec_disclaimer.eml", "en", "Nordhavn Process Equipment A/S",
       "shared service centre, long confidentiality notice, 'payment run of 18 December'",
       reply_headers(addr("Mette Sørensen", "mette.sorensen@nordhavn-process.dk"), "RE: " + rem_subj(inv), D(2, 9, 41), n,
                     msgid=mid("nordhavn-process.dk", "outlook")),
       text_part(body, cte="quoted-printable"), facts="promise_date=2026-12-18")

    # 36 --- avoir + refaire la facture au nom de la SCI
    inv, n = "F-2026-0383", 383
    body = ("Bonjour,\n\nLa facture a été établie au nom de la société d'exploitation alors que c'est la SCI "
            "Les Hauts de Kerinou qui est maître d'ouvrage. Pouvez-vous faire un avoir et nous refaire la facture "
            "au nom de la SCI (même adresse) ? Nous réglerons dès réception.\n\nMerci,\nAudrey Le Meur\n")
    HR("kerinou_refaire_facture_sci.eml", "fr", "SCI Les Hauts de Kerinou",
       "wrong addressee, asks credit note + new invoice, will pay on receipt (no date)",
       reply_headers(addr("Audrey Le Meur", "audrey.lemeur@kerinou-invest.fr"), "Re: " + rem_subj(inv), D(4, 16, 20), n,
                     msgid=mid("kerinou-invest.fr")),
       text_part(body, cte="quoted-printable"), facts="request_invoice=yes",
       notes="not a dispute of the work; administrative correction")

    # 37 --- partial payment + promise of balance
    inv, n = "F-2026-0418", 418
    body = ("Bonjour Yann,\n\nJe vous ai viré 1 000 € ce jour. Le solde (1 480 €) suivra le 20 décembre, "
            "quand notre client nous aura réglé la situation de novembre.\n\nMerci de votre compréhension,\n"
            "Thomas Le Gall\nAtelier 3A Architecture\n")
    HR("atelier3a_partiel_solde_20dec.eml", "fr", "Atelier 3A Architecture",
       "partial payment today + balance promised 'le 20 décembre'",
       reply_headers(addr("Thomas Le Gall", "thomas@atelier3a-archi.fr"), "Re: " + rem_subj(inv), D(2, 17, 30), n,
                     msgid=mid("atelier3a-archi.fr", "apple"), extra=[("X-Mailer", "Apple Mail (2.3826.300.87)")]),
       text_part(body, cte="quoted-printable"), facts="already_paid=2026-12-02;promise_date=2026-12-20",
       notes="already_paid concerns a partial amount (1 000 €)")

    # 38 --- contests 40 € indemnity, pays principal Friday
    inv, n = "F-2026-0399", 399
    body = ("Bonjour,\n\nJe vois que vous avez ajouté l'indemnité forfaitaire de 40 € pour frais de recouvrement. "
            "Je refuse de la payer : votre facture nous est arrivée avec trois semaines de retard.\n"
            "Je paie le principal (1 860,00 €) vendredi.\n\nCordialement,\nDavid Jézéquel\nÉlec'Ouest Services\n")
    HR("elecouest_conteste_indemnite_vendredi.eml", "fr", "Élec'Ouest Services",
       "contests the 40 € recovery indemnity only, promises principal 'vendredi'",
       reply_headers(addr("David Jézéquel", "d.jezequel@elecouest-services.fr"), "RE: " + rem_subj(inv), D(1, 16, 44), n,
                     msgid=mid("elecouest-services.fr", "outlook")),
       text_part(body, cs="windows-1252", cte="quoted-printable"), facts="dispute=yes;promise_date=2026-12-04",
       notes="dispute concerns only the 40 € indemnity")

    # 39 --- English, IBAN/BIC request
    inv, n = "F-2026-0425", 425
    body = ("Hello Yann,\n\nOur bank requires the IBAN and the BIC/SWIFT code for an international SEPA transfer "
            "and they are not legible on the PDF you sent. Could you send your bank details (ideally a bank "
            "certificate)?\n\nMany thanks,\nLucy Harper\nSolent Offshore Engineering Ltd\n")
    HR("solent_en_iban_bic.eml", "en", "Solent Offshore Engineering Ltd", "English request for IBAN/BIC",
       reply_headers(addr("Lucy Harper", "lucy.harper@solent-offshore.co.uk"), "Re: " + rem_subj(inv, "en"),
                     D(3, 11, 9, tz=0), n, msgid=mid("", "gmail")),
       text_part(body, cs="UTF-8", cte="7bit"), facts="request_rib=yes")

    # 40 --- no date, blocked
    inv, n = "F-2026-0363", 363
    body = ("Bonjour,\n\nJe ne peux pas vous donner de date pour l'instant : le dossier est bloqué au contrôle de "
            "gestion en attendant l'arbitrage sur le budget travaux de la station de conditionnement. Je reviens "
            "vers vous dès que j'ai du nouveau.\n\nBien à vous,\nLaurent Caroff\nCoopérative Maraîchère de Saint-Pol\n")
    HR("coop_maraichere_pas_de_date.eml", "fr", "Coopérative Maraîchère de Saint-Pol", "negation: 'je ne peux pas vous donner de date'",
       reply_headers(addr("Laurent Caroff", "l.caroff@coop-maraichere-stpol.fr"), "RE: " + rem_subj(inv), D(3, 17, 6), n,
                     msgid=mid("coop-maraichere-stpol.fr")),
       text_part(body, cte="quoted-printable"))

    # 41 --- sous 48h
    inv, n = "F-2026-0433", 433
    body = "Bonjour,\nLe virement partira sous 48 h.\nCordialement,\nNicolas Rolland – Thermi'Conseil\n"
    HR("thermiconseil_sous_48h.eml", "fr", "Thermi'Conseil", "'sous 48 h'",
       reply_headers(addr("Nicolas Rolland", "n.rolland@thermiconseil.fr"), "Re: " + rem_subj(inv), D(2, 8, 12), n,
                     msgid=mid("thermiconseil.fr")),
       text_part(body, cte="8bit"), facts="promise_date=2026-12-04", notes="Wed 2 Dec + 48 h = Fri 4 Dec")

    # 42 --- jamais reçu la facture
    inv, n = "F-2026-0391", 391
    body = ("Bonjour Monsieur Le Bihan,\n\nNous n'avons jamais reçu cette facture : ni par courrier, ni par mail. "
            "Pourriez-vous nous l'envoyer ? Le trésorier la réglera à sa prochaine permanence.\n\n"
            "Pour le bureau,\nMartine Roudaut, secrétaire\nCentre nautique de Kerlouarn (association loi 1901)\n")
    HR("cn_kerlouarn_jamais_recue.eml", "fr", "Centre nautique de Kerlouarn (association)",
       "never received the invoice, asks for it",
       reply_headers(addr("Centre nautique de Kerlouarn", "secretariat@cn-kerlouarn.fr"), "Re: " + rem_subj(inv),
                     D(30, 20, 2), n, msgid=mid("cn-kerlouarn.fr")),
       text_part(body, cte="quoted-printable"), facts="request_invoice=yes")

    # 43 --- aucun litige, règlement le 8
    inv, n = "F-2026-0410", 410
    rd = when(27, 14, 0, 0)
    body = ("Bonjour,\n\nIl n'y a aucun litige sur cette facture, c'est un souci de double validation dans notre "
            "nouvel ERP. C'est débloqué : règlement le 8.\n\nCordialement\nSophie Le Saout\nLe Saout Promotion\n\n"
            "-----Original Message-----\nFrom: Yann Le Bihan <yann@lebihan-ingenierie.fr>\n"
            f"Sent: Friday, November 27, 2026 2:00 PM\nTo: Sophie Le Saout <s.lesaout@lesaout-promotion.fr>\n"
            f"Subject: {rem_subj(inv)}\n\n" + rem_fr(inv, 2520.00, "12/10/2026", "11/11/2026"))
    HR("lesaout_aucun_litige_le8.eml", "fr", "Le Saout Promotion",
       "negation 'aucun litige' + 'règlement le 8'; English Outlook quote header",
       reply_headers(addr("Sophie Le Saout", "s.lesaout@lesaout-promotion.fr"), "RE: " + rem_subj(inv), D(30, 13, 18), n,
                     msgid=mid("lesaout-promotion.fr", "outlook")),
       text_part(body, cte="quoted-printable"), facts="promise_date=2026-12-08")

    # 44 --- syndic, conseil syndical le 10
    inv, n = "F-2026-0420", 420
    body = ("Bonjour,\n\nLe règlement de votre diagnostic structure des balcons doit être validé par le conseil "
            "syndical de la copropriété « Le Grand Large », qui se réunit le 10 décembre. Je vous tiens informé "
            "de leur décision.\n\nCordialement,\nFranck Guivarc'h\nCabinet Guivarc'h Immobilier – Syndic\n")
    HR("guivarch_syndic_conseil_10dec.eml", "fr", "Cabinet Guivarc'h Immobilier (syndic)",
       "date in mail is a meeting (conseil syndical 10 Dec), not a payment date",
       reply_headers(addr("Franck Guivarc'h", "f.guivarch@guivarch-immo.fr"), "RE: " + rem_subj(inv), D(1, 15, 1), n,
                     msgid=mid("guivarch-immo.fr")),
       text_part(body, cte="quoted-printable"), notes="no payment promise; 10 Dec is a validation meeting")

    # 45 --- English one word "Paid." iPhone
    inv, n = "F-2026-0437", 437
    body = ("Paid.\n\nSent from my iPhone\n\n> On 1 Dec 2026, at 09:10, Yann Le Bihan <yann@lebihan-ingenierie.fr> wrote:\n>\n"
            + q(rem_en(inv, 1680.00, "19 October 2026", "18 November 2026")))
    HR("jennings_roe_en_paid_iphone.eml", "en", "Jennings & Roe Architects", "one word 'Paid.' from iPhone",
       reply_headers(addr("Mark Jennings", "mark@jenningsroe.co.uk"), "Re: " + rem_subj(inv, "en"), D(1, 9, 58, tz=0), n,
                     msgid=mid("jenningsroe.co.uk", "apple")),
       text_part(body, cs="UTF-8", cte="quoted-printable"), facts="already_paid=claimed")

    # 46 --- parti hier
    inv, n = "F-2026-0429", 429
    body = ("Bonjour,\n\nLe virement est parti hier, il devrait arriver aujourd'hui ou lundi.\n\nSalutations\n"
            "Pascal Kervella\nKervella Métallerie\n")
    HR("kervella_parti_hier.eml", "fr", "Kervella Métallerie", "'le virement est parti hier'",
       reply_headers(addr("Pascal Kervella", "p.kervella@kervella-metallerie.fr"), "Re: " + rem_subj(inv), D(4, 8, 35), n,
                     msgid=mid("kervella-metallerie.fr")),
       text_part(body, cte="quoted-printable"), facts="already_paid=2026-12-03", notes="Fri 4 Dec -> hier = 3 Dec")

    # 47 --- human saying she's on leave (not an auto-reply)
    inv, n = "F-2026-0432", 432
    body = ("Bonjour Yann,\n\nJe suis en congé jusqu'au 7 et je n'ai pas accès au compte de l'entreprise depuis "
            "mon téléphone. Je m'en occupe en priorité à mon retour, promis.\n\nAnne-Laure\n\nEnvoyé de mon iPad\n")
    HR("bothorel_en_conge_humain.eml", "fr", "Bothorel Paysage",
       "a person writing that she is on leave until the 7th (looks like OOO but written by hand)",
       reply_headers(addr("Anne-Laure Bothorel", "annelaure@bothorel-paysage.fr"), "Re: " + rem_subj(inv), D(2, 21, 7), n,
                     msgid=mid("bothorel-paysage.fr", "apple")),
       text_part(body, cte="quoted-printable"),
       notes="'à mon retour' (after 7 Dec) is vague; no promise_date given")

# =====================================================================================
# PAYMENT NOTIFICATIONS
# =====================================================================================
def bank_html(title, rows, intro="", footer="", color="#003a70", logo=""):
    trs = "".join(f"<tr><td style=\"padding:6px 12px;color:#555\">{k}</td><td style=\"padding:6px 12px;font-weight:bold\">{v}</td></tr>"
                  for k, v in rows)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
            "<body style=\"margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\">"
            f"<tr><td style=\"background:{color};color:#fff;padding:16px 24px;font-size:18px\">{logo or title}</td></tr>"
            f"<tr><td style=\"padding:24px\"><p>{intro}</p><table cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #ddd\">{trs}</table></td></tr>"
            f"<tr><td style=\"padding:16px 24px;font-size:11px;color:#888\">{footer}</td></tr>"
            "</table></td></tr></table></body></html>")


def payments():
    # ---------------- money in ----------------
    # CMB alert: opération créditrice, plain text
    body = ("Crédit Mutuel de Bretagne - Service d'alertes\n\nBonjour,\n\nUne opération créditrice a été enregistrée "
            "sur votre compte :\n\nCompte : COMPTE COURANT PRO LE BIHAN INGENIERIE n° *****218 01\n"
            "Date : 30/11/2026\nLibellé : VIR SEPA RECU /DE SARL HYDRO-ELORN /MOTIF FACT F-2026-0397 /REF 2611300045\n"
            "Montant : + 2 640,00 EUR\n\nSolde après opération : 14 872,16 EUR\n\n"
            "Pour consulter le détail de vos opérations, connectez-vous à votre espace client cmb.fr.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n"
            "Crédit Mutuel Arkéa - Fédération du Crédit Mutuel de Bretagne - 1 rue Louis Lichou, 29480 Le Relecq-Kerhuon\n")
    PN("cmb_alerte_operation_creditrice.eml", "fr", "Crédit Mutuel de Bretagne", "Crédit Mutuel de Bretagne",
       "alert service 'opération créditrice', VIR SEPA RECU label, balance after",
       [("From", addr("Crédit Mutuel de Bretagne", "alertes@cmb.fr")), ("To", OWNER), ("Subject", hdr("Alerte : opération créditrice sur votre compte")),
        ("Date", D(30, 7, 41)), ("Message-ID", mid("cmb.fr"))], text_part(body, cte="quoted-printable"),
       "in", "2640.00", payer="SARL HYDRO-ELORN", reference="FACT F-2026-0397", value_date="2026-11-30", cap="yes",
       notes="layout modelled on bank alert services ('opération créditrice' threshold alerts, cf. LCL Avertis / CA alert descriptions)")

    # Crédit Agricole du Finistère: "Une opération de crédit ..." html+text
    txt = ("Crédit Agricole du Finistère\n\nMadame, Monsieur,\n\nNous vous informons qu'une opération au crédit de "
           "3 120,00 EUR a été enregistrée le 01/12/2026 sur votre compte n° XXXXXXX4522.\n\n"
           "Libellé : VIREMENT EN VOTRE FAVEUR EURL MARC HADOUR BOIS\nRéférence : FA F2026-0404\n\n"
           "Retrouvez le détail sur Crédit Agricole en Ligne ou sur l'application Ma Banque.\n\n"
           "Ce message vous est adressé dans le cadre de votre abonnement au service d'alertes. "
           "Merci de ne pas répondre à ce message.\n")
    html = bank_html("Alerte opération", [("Compte", "XXXXXXX4522"), ("Date", "01/12/2026"), ("Montant", "+ 3 120,00 EUR"),
                                         ("Libellé", "VIREMENT EN VOTRE FAVEUR EURL MARC HADOUR BOIS"), ("Référence", "FA F2026-0404")],
                     intro="Madame, Monsieur,<br>Nous vous informons qu'une opération au crédit a été enregistrée sur votre compte.",
                     footer="Ce message vous est adressé dans le cadre de votre abonnement au service d'alertes. Merci de ne pas répondre à ce message.<br>Caisse Régionale de Crédit Agricole Mutuel du Finistère - 7 route du Loch, 29555 Quimper Cedex 9",
                     color="#006a4e", logo="Crédit Agricole du Finistère")
    PN("ca_finistere_operation_credit.eml", "fr", "Crédit Agricole du Finistère", "Crédit Agricole du Finistère",
       "'opération au crédit' alert, multipart html table + text",
       [("From", addr("Crédit Agricole du Finistère", "alertes@ca-finistere.fr")), ("To", OWNER),
        ("Subject", hdr("Alerte : opération au crédit de votre compte")), ("Date", D(1, 6, 12)), ("Message-ID", mid("ca-finistere.fr"))],
       alt(txt, html), "in", "3120.00", payer="EURL MARC HADOUR BOIS", reference="FA F2026-0404", value_date="2026-12-01", cap="yes")

    # BPGO: HTML only "Vous avez reçu un virement"
    html = bank_html("Vous avez reçu un virement", [("Émetteur", "SCI TY NEVEZ"), ("Montant", "960,00 €"),
                                                     ("Motif", "F-2026-0426"), ("Date de valeur", "30/11/2026"),
                                                     ("Compte crédité", "Compte courant professionnel ****0218")],
                     intro="Bonjour Monsieur LE BIHAN,<br><br>Vous avez reçu un virement SEPA sur votre compte professionnel.",
                     footer="Banque Populaire Grand Ouest - Société anonyme coopérative de banque populaire à capital variable - 15 boulevard de la Boutière, 35760 Saint-Grégoire. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.",
                     color="#0d3c80", logo="BANQUE POPULAIRE GRAND OUEST")
    PN("bpgo_virement_recu_html.eml", "fr", "Banque Populaire Grand Ouest", "Banque Populaire Grand Ouest",
       "HTML-only table 'Vous avez reçu un virement'",
       [("From", addr("Banque Populaire Grand Ouest", "notifications@bpgo.fr")), ("To", OWNER),
        ("Subject", hdr("Vous avez reçu un virement")), ("Date", D(30, 18, 3)), ("Message-ID", mid("bpgo.fr"))],
       text_part(html, "html", cte="quoted-printable"), "in", "960.00", payer="SCI TY NEVEZ", reference="F-2026-0426",
       value_date="2026-11-30", cap="yes", notes="matches the SCI Ty Nevez 'already paid' reply")

    # CIC Ouest: amount in subject only
    body = ("CIC\n\nAlerte sur votre compte ***0391 00\n\nVIR SEPA BATI LEON SARL\n\n"
            "Pour plus de détails, connectez-vous à votre Espace Client.\n\n"
            "CIC Ouest - Ne répondez pas à ce message, cette boîte n'est pas consultée.\n")
    PN("cic_ouest_montant_dans_objet.eml", "fr", "CIC Ouest", "CIC Ouest", "amount and sign only in Subject, terse body",
       [("From", addr("CIC", "alertes@cic.fr")), ("To", OWNER), ("Subject", "CIC - Alerte : +2 160,00 EUR sur votre compte ***0391"),
        ("Date", D(2, 6, 30)), ("Message-ID", mid("cic.fr"))], text_part(body, cte="quoted-printable"),
       "in", "2160.00", payer="BATI LEON SARL", reference="", value_date="2026-12-02", cap="yes",
       notes="value date taken as the alert date (not stated)")

    # Arkéa Banque Entreprises: avis de crédit with EndToEndId
    body = ("ARKEA BANQUE ENTREPRISES ET INSTITUTIONNELS\nAVIS DE CREDIT\n\n"
            "Titulaire            : LE BIHAN INGENIERIE EURL\nCompte               : FR76 1558 9297 **** **** *601 44\n"
            "Nature de l'opération: VIREMENT SEPA RECU\n"
            "Donneur d'ordre      : ATELIERS NAVALS DE L IROISE\n"
            "Référence client     : PAY 2000413877 INV F-2026-0386\nEndToEndId           : ANI20261201-000873\n"
            "Date d'opération     : 01/12/2026\nDate de valeur       : 02/12/2026\n"
            "Montant              : 5 400,00 EUR\n\n"
            "Document émis automatiquement - ne pas répondre.\n")
    PN("arkea_avis_de_credit.eml", "fr", "Arkéa Banque Entreprises et Institutionnels", "Arkéa",
       "fixed-width 'AVIS DE CREDIT' with EndToEndId, value date differs from operation date",
       [("From", addr("Arkéa Banque E&I", "avis-operations@arkea.com")), ("To", OWNER), ("Subject", "Avis de credit - VIREMENT SEPA RECU"),
        ("Date", D(2, 5, 51)), ("Message-ID", mid("arkea.com"))], text_part(body, cs="iso-8859-1", cte="quoted-printable"),
       "in", "5400.00", payer="ATELIERS NAVALS DE L IROISE", reference="PAY 2000413877 INV F-2026-0386",
       value_date="2026-12-02", cap="yes")

    # Qonto: "Vous avez reçu 3 960,00 €"
    txt = ("Virement reçu\n\n+ 3 960,00 €\n\nDe : Brittany Composites SAS\nRéférence : INVOICE F-2026-0419 LE BIHAN\n"
           "Date : 3 déc. 2026\nCompte : Compte principal\n\nVoir la transaction : https://app.qonto.com/transactions\n\n"
           "Vous recevez cet e-mail car les notifications de virements entrants sont activées. Gérez vos notifications "
           "dans Paramètres > Notifications.\nQonto, 18 rue de Navarin, 75009 Paris. Qonto est un établissement de paiement agréé.\n")
    html = ("<html><body style=\"font-family:Inter,Helvetica,Arial,sans-serif;color:#1d1d1b\"><div style=\"max-width:560px;margin:auto\">"
            "<p style=\"font-size:13px;color:#6d6d6d\">Virement reçu</p><p style=\"font-size:32px;font-weight:600;margin:4px 0\">+ 3 960,00 €</p>"
            "<table style=\"font-size:14px\"><tr><td>De</td><td><b>Brittany Composites SAS</b></td></tr>"
            "<tr><td>Référence</td><td>INVOICE F-2026-0419 LE BIHAN</td></tr><tr><td>Date</td><td>3 déc. 2026</td></tr>"
            "<tr><td>Compte</td><td>Compte principal</td></tr></table><p><a href=\"https://app.qonto.com/transactions\" "
            "style=\"background:#1d1d1b;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">Voir la transaction</a></p>"
            "<p style=\"font-size:11px;color:#9b9b9b\">Vous recevez cet e-mail car les notifications de virements entrants sont activées.<br>"
            "Qonto, 18 rue de Navarin, 75009 Paris.</p></div></body></html>")
    PN("qonto_virement_recu.eml", "fr", "Qonto", "Qonto", "Qonto-style big amount '+ 3 960,00 €', 'De :' line",
       [("From", addr("Qonto", "notifications@qonto.com")), ("To", OWNER),
        ("Subject", hdr("Vous avez reçu 3 960,00 € de Brittany Composites SAS")), ("Date", D(3, 16, 22)),
        ("Message-ID", mid("qonto.com"))], alt(txt, html), "in", "3960.00", payer="Brittany Composites SAS",
       reference="INVOICE F-2026-0419 LE BIHAN", value_date="2026-12-03", cap="yes")

    # Shine: tutoiement
    txt = ("Bonne nouvelle Yann !\n\nTu as reçu un virement de 1 150,00 € de la part de Gwenaelle Prigent.\n\n"
           "Motif : Facture 441 audit mediatheque\n\nL'argent est déjà disponible sur ton compte Shine.\n\n"
           "À très vite,\nL'équipe Shine\n\nShine SAS - établissement de paiement - 5 rue Charlot, 75003 Paris\n"
           "Tu reçois cet e-mail car tu as un compte Shine.\n")
    PN("shine_tu_as_recu_virement.eml", "fr", "Shine", "Shine", "tutoiement 'Tu as reçu un virement de ... de la part de'",
       [("From", addr("Shine", "bonjour@shine.fr")), ("To", OWNER), ("Subject", hdr("💸 Tu as reçu 1 150,00 €")),
        ("Date", D(3, 21, 48)), ("Message-ID", mid("shine.fr"))],
       alt(txt, "<html><body><h2>Bonne nouvelle Yann !</h2><p>Tu as reçu un virement de <b>1 150,00 €</b> de la part de "
           "<b>Gwenaelle Prigent</b>.</p><p>Motif : Facture 441 audit mediatheque</p><p>L'argent est déjà disponible sur ton compte Shine.</p>"
           "<p style=\"font-size:11px;color:#999\">Tu reçois cet e-mail car tu as un compte Shine.</p></body></html>"),
       "in", "1150.00", payer="Gwenaelle Prigent", reference="Facture 441 audit mediatheque", value_date="2026-12-03", cap="yes",
       notes="matches the informal 'je te fais le virement ce soir' reply")

    # DGFiP avis de paiement (public payer)
    body = ("DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nService de Gestion Comptable de Landerneau\n\n"
            "AVIS DE PAIEMENT\n\nMadame, Monsieur,\n\nNous vous informons qu'un virement a été émis ce jour à votre profit "
            "par le comptable public, pour le compte de :\n\nCollectivité : COMMUNE DE SAINT-ARMEL-DE-L'ELORN\n"
            "Budget : PRINCIPAL\nMandat n° 1843 - Bordereau n° 212 - Exercice 2026\nObjet : F-2026-0387 NOTE CALCUL PREAU ECOLE\n"
            "Montant du paiement : 2 340,00 EUR\nDate d'émission du virement : 03/12/2026\n"
            "Compte bénéficiaire : FR76 1558 **** **** **** ***0 218\n\n"
            "Le délai de mise à disposition des fonds dépend de votre établissement bancaire.\n\n"
            "Ce courriel est généré automatiquement. Pour toute question, contactez la collectivité ordonnatrice.\n")
    PN("dgfip_avis_de_paiement_commune.eml", "fr", "DGFiP", "DGFiP (public payer)",
       "public accountant's 'avis de paiement' (remittance advice), virement émis, funds not yet on account",
       [("From", addr("DGFiP - Avis de paiement", "ne-pas-repondre@dgfip.finances.gouv.fr")), ("To", OWNER),
        ("Subject", hdr("Avis de paiement - COMMUNE DE SAINT-ARMEL-DE-L'ELORN")), ("Date", D(3, 13, 2)),
        ("Message-ID", mid("dgfip.finances.gouv.fr"))], text_part(body, cte="quoted-printable"),
       "in", "2340.00", payer="COMMUNE DE SAINT-ARMEL-DE-L'ELORN", reference="F-2026-0387 NOTE CALCUL PREAU ECOLE",
       value_date="2026-12-03", cap="no_claim", notes="remittance advice from the payer side; matches the mairie 'mandat émis' reply")

    # Chorus Pro: mise en paiement
    body = ("Chorus Pro - Notification de changement de statut\n\nBonjour,\n\nLe statut de la facture ci-dessous a évolué.\n\n"
            "Numéro de facture : F-2026-0390\nNuméro de flux : CPP2026-FL-11847720\n"
            "Fournisseur : LE BIHAN INGENIERIE (SIRET 000 000 000 00018)\n"
            "Destinataire : SYNDICAT MIXTE DU PORT DE KERLOUARN\nService : SERVICES TECHNIQUES\n"
            "Montant TTC : 4 560,00 EUR\nNouveau statut : MISE EN PAIEMENT\nDate du changement de statut : 02/12/2026\n\n"
            "Le statut « Mise en paiement » signifie que le comptable public a émis l'ordre de paiement. Comptez "
            "quelques jours de délai interbancaire avant réception des fonds.\n\n"
            "Pour consulter le détail, connectez-vous à https://chorus-pro.gouv.fr\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n")
    PN("chorus_pro_mise_en_paiement.eml", "fr", "Chorus Pro", "Chorus Pro (AIFE)",
       "invoice status change to 'MISE EN PAIEMENT' (final status in Chorus Pro lifecycle)",
       [("From", addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr")), ("To", OWNER),
        ("Subject", hdr("[Chorus Pro] Changement de statut de la facture F-2026-0390 : Mise en paiement")),
        ("Date", D(2, 22, 4)), ("Message-ID", mid("chorus-pro.gouv.fr"))], text_part(body, cte="quoted-printable"),
       "in", "4560.00", payer="SYNDICAT MIXTE DU PORT DE KERLOUARN", reference="F-2026-0390", value_date="2026-12-02",
       cap="no_claim", notes="status names follow Chorus Pro's documented lifecycle (MISE_EN_PAIEMENT final); money not yet seen by the bank")

    # Chorus Pro: mise à disposition du comptable -> none
    body = ("Chorus Pro - Notification de changement de statut\n\nBonjour,\n\nLe statut de la facture ci-dessous a évolué.\n\n"
            "Numéro de facture : F-2026-0408\nFournisseur : LE BIHAN INGENIERIE\n"
            "Destinataire : COMMUNAUTE DE COMMUNES DU HAUT-ELORN\nMontant TTC : 3 480,00 EUR\n"
            "Ancien statut : SERVICE FAIT\nNouveau statut : MISE A DISPOSITION DU COMPTABLE\nDate : 01/12/2026\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n")
    PN("chorus_pro_mise_a_dispo_comptable.eml", "fr", "Chorus Pro", "Chorus Pro (AIFE)",
       "status 'MISE A DISPOSITION DU COMPTABLE': payment not yet issued",
       [("From", addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr")), ("To", OWNER),
        ("Subject", hdr("[Chorus Pro] Changement de statut de la facture F-2026-0408")), ("Date", D(1, 21, 33)),
        ("Message-ID", mid("chorus-pro.gouv.fr"))], text_part(body, cte="quoted-printable"),
       "none", "3480.00", payer="", reference="F-2026-0408", value_date="", cap="no",
       notes="unsure: could also be 'other' (invoice workflow status, no money movement yet)")

    # Stripe: payment received (EN)
    txt = ("Stripe\n\nPayment received\n\n€840.00 from Ouest Diagnostics SARL\n\nDescription: Invoice INV-0452 - Diagnostic structure mezzanine\n"
           "Payment method: Visa •••• 4421\nDate: Dec 1, 2026, 3:14 PM CET\nPayment ID: pi_3QkL9sC2vR8xYt0b1aZ7mN4e\n\n"
           "View payment: https://dashboard.stripe.com/payments/pi_3QkL9sC2vR8xYt0b1aZ7mN4e\n\n"
           "You're receiving this email because you're an administrator of Le Bihan Ingénierie on Stripe. "
           "Manage your email notifications in your account settings.\nStripe, 510 Townsend Street, San Francisco, CA 94103\n")
    PN("stripe_en_payment_received.eml", "en", "Stripe", "Stripe", "English card payment captured via Stripe invoice",
       [("From", addr("Stripe", "notifications@stripe.com")), ("To", OWNER), ("Subject", "Payment of €840.00 from Ouest Diagnostics SARL"),
        ("Date", D(1, 15, 15)), ("Message-ID", mid("stripe.com"))],
       alt(txt, "<html><body style=\"font-family:-apple-system,Segoe UI,sans-serif\"><h1 style=\"font-size:24px\">€840.00</h1><p>from <b>Ouest Diagnostics SARL</b></p>"
           "<p>Invoice INV-0452 - Diagnostic structure mezzanine<br>Visa •••• 4421<br>Dec 1, 2026, 3:14 PM CET</p>"
           "<p style=\"color:#8792a2;font-size:12px\">You're receiving this email because you're an administrator of Le Bihan Ingénierie on Stripe.</p></body></html>"),
       "in", "840.00", payer="Ouest Diagnostics SARL", reference="INV-0452", value_date="2026-12-01", cap="yes",
       notes="card payment captured by a PSP (not yet paid out)")

    # PayPal: vous avez reçu un paiement (FR)
    txt = ("Bonjour Le Bihan Ingénierie,\n\nVous avez reçu un paiement de 450,00 EUR de Erwann Caër "
           "(erwann.caer@example.org)\n\nRemarque de Erwann Caër :\n\"Note de calcul mezzanine grange - merci !\"\n\n"
           "Détails de la transaction\nN° de transaction : 4TS07719KL3395823\nDate de la transaction : 2 décembre 2026\n"
           "Montant reçu : 450,00 EUR\nFrais : -13,40 EUR\nMontant net : 436,60 EUR\n\n"
           "Aide et contact | Sécurité | Applications\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg\n"
           "Veuillez ne pas répondre à cet e-mail. Les messages envoyés à cette adresse ne seront pas lus.\n")
    PN("paypal_vous_avez_recu_un_paiement.eml", "fr", "PayPal", "PayPal", "gross/fee/net amounts, buyer note",
       [("From", addr("service@paypal.fr", "service@paypal.fr")), ("To", OWNER),
        ("Subject", hdr("Vous avez reçu un paiement")), ("Date", D(2, 11, 7)), ("Message-ID", mid("paypal.com"))],
       alt(txt, "<html><body><p>Bonjour Le Bihan Ingénierie,</p><p><b>Vous avez reçu un paiement de 450,00&nbsp;EUR de Erwann Caër</b></p>"
           "<table><tr><td>Montant reçu</td><td>450,00 EUR</td></tr><tr><td>Frais</td><td>-13,40 EUR</td></tr><tr><td>Montant net</td><td>436,60 EUR</td></tr></table>"
           "<p>N° de transaction : 4TS07719KL3395823</p><p style=\"font-size:11px\">Veuillez ne pas répondre à cet e-mail.</p></body></html>"),
       "in", "450.00", payer="Erwann Caër", reference="4TS07719KL3395823", value_date="2026-12-02", cap="yes",
       notes="gross amount; net after fees 436.60")

    # Wise EN
    txt = ("You've received €2,400.00 EUR\n\nHi Yann,\n\nNORDIC TIMBER SYSTEMS AB sent you €2,400.00 EUR. It's now in your "
           "EUR balance.\n\nReference: INV F-2026-0413\n\nTransfer #1183944207\n\nThe Wise Team\n\n"
           "Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    PN("wise_en_youve_received.eml", "en", "Wise", "Wise", "English 'You've received' into a balance",
       [("From", addr("Wise", "noreply@wise.com")), ("To", OWNER), ("Subject", "You've received €2,400.00 EUR"),
        ("Date", D(30, 10, 48)), ("Message-ID", mid("wise.com"))], text_part(txt, cte="quoted-printable"),
       "in", "2400.00", payer="NORDIC TIMBER SYSTEMS AB", reference="INV F-2026-0413", value_date="2026-11-30", cap="yes")

    # Revolut Business
    txt = ("Revolut Business\n\nMoney received\n\nYou received €1,860.00 from ELEC OUEST SERVICES\n\n"
           "Account: EUR Main\nReference: FACTURE F 2026 0399 HORS INDEMNITE\nDate: 4 Dec 2026\n\n"
           "Open the app to see more details.\n\nRevolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.\n")
    PN("revolut_business_money_received.eml", "en", "Revolut Business", "Revolut Business",
       "English 'Money received', reference mentions excluded indemnity",
       [("From", addr("Revolut Business", "no-reply@revolut.com")), ("To", OWNER), ("Subject", "You received €1,860.00"),
        ("Date", D(4, 9, 3)), ("Message-ID", mid("revolut.com"))], text_part(txt, cte="quoted-printable"),
       "in", "1860.00", payer="ELEC OUEST SERVICES", reference="FACTURE F 2026 0399 HORS INDEMNITE", value_date="2026-12-04",
       cap="yes", notes="matches the Élec'Ouest reply contesting the 40 € indemnity")

    # GoCardless payment confirmed
    txt = ("Hi Yann,\n\nA payment of €600.00 from Kermarrec Énergie has been confirmed and will be paid out to your "
           "bank account with your next payout.\n\nPayment reference: MISSION AMO DEC 2026\nCharge date: 2 December 2026\n"
           "Payment ID: PM01CH8S5KQ3YZ\n\nView payment in your dashboard: https://manage.gocardless.com/payments/PM01CH8S5KQ3YZ\n\n"
           "GoCardless SAS, 24 rue Saint-Lazare, 75009 Paris. You are receiving this email because you have notifications enabled.\n")
    PN("gocardless_payment_confirmed.eml", "en", "GoCardless", "GoCardless",
       "direct debit collected from a client (payment confirmed, payout later)",
       [("From", addr("GoCardless", "notifications@gocardless.com")), ("To", OWNER),
        ("Subject", hdr("Payment confirmed: €600.00 from Kermarrec Énergie")), ("Date", D(2, 8, 14, tz=0)),
        ("Message-ID", mid("gocardless.com"))], text_part(txt, cte="quoted-printable"),
       "in", "600.00", payer="Kermarrec Énergie", reference="MISSION AMO DEC 2026", value_date="2026-12-02", cap="yes")

    # BoursoBank: 2 virements reçus
    txt = ("BoursoBank\n\nBonjour,\n\n2 virements reçus sur votre compte professionnel :\n\n"
           "04/12/2026  VIR SARL LE ROUX CHARPENTE  F-2026-0436          +840,00 €\n"
           "04/12/2026  VIR KERVELLA METALLERIE      FACTURE 0429 LE BIHAN +1 320,00 €\n\n"
           "Consultez vos opérations dans votre Espace Client.\n\nBoursoBank - 44 rue Traversière, 92100 Boulogne-Billancourt.\n"
           "Ceci est un e-mail automatique, merci de ne pas y répondre.\n")
    html = ("<html><body style=\"font-family:Arial\"><p>Bonjour,</p><p><b>2 virements reçus</b> sur votre compte professionnel :</p>"
            "<table border=\"0\" cellpadding=\"6\"><tr style=\"background:#eee\"><th>Date</th><th>Libellé</th><th>Montant</th></tr>"
            "<tr><td>04/12/2026</td><td>VIR SARL LE ROUX CHARPENTE F-2026-0436</td><td style=\"color:#0a0\">+840,00 €</td></tr>"
            "<tr><td>04/12/2026</td><td>VIR KERVELLA METALLERIE FACTURE 0429 LE BIHAN</td><td style=\"color:#0a0\">+1 320,00 €</td></tr></table>"
            "<p style=\"font-size:11px;color:#888\">Ceci est un e-mail automatique, merci de ne pas y répondre.</p></body></html>")
    PN("boursobank_2_virements_recus.eml", "fr", "BoursoBank", "BoursoBank", "plural '2 virements reçus', two rows",
       [("From", addr("BoursoBank", "alertes@boursobank.com")), ("To", OWNER), ("Subject", hdr("2 virements reçus")),
        ("Date", D(4, 18, 10)), ("Message-ID", mid("boursobank.com"))], alt(txt, html),
       "in|in", "840.00|1320.00", payer="SARL LE ROUX CHARPENTE|KERVELLA METALLERIE",
       reference="F-2026-0436|FACTURE 0429 LE BIHAN", value_date="2026-12-04|2026-12-04", cap="yes",
       notes="two transfers, each from one identified payer (counts_as_payment applies to each)")

    # La Banque Postale: crédit sur votre compte (old plain style, latin-1)
    txt = ("LA BANQUE POSTALE\n\nAvis d'opération\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous informer du crédit "
           "suivant sur votre compte professionnel n° 12 345 67 X 020 :\n\n"
           "Date : 02/12/2026\nNature : VIREMENT DE SARL ABERS DIAGNOSTICS\nRéférence : REGLT FACT 0392\nMontant : 780,00 EUR\n\n"
           "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nLa Banque Postale\n"
           "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    PN("lbp_credit_sur_compte.eml", "fr", "La Banque Postale", "La Banque Postale",
       "formal 'avis d'opération ... crédit suivant', ISO-8859-1",
       [("From", addr("La Banque Postale", "ne-pas-repondre@labanquepostale.fr")), ("To", OWNER),
        ("Subject", hdr("Avis d'opération : crédit sur votre compte", "iso-8859-1")), ("Date", D(2, 19, 40)),
        ("Message-ID", mid("labanquepostale.fr"))], text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
       "in", "780.00", payer="SARL ABERS DIAGNOSTICS", reference="REGLT FACT 0392", value_date="2026-12-02", cap="yes")

    # Pennylane bank feed
    txt = ("Pennylane\n\nNouvelle transaction sur votre compte Crédit Mutuel de Bretagne\n\n"
           "+1 920,00 €   VIR SEPA THERMI CONSEIL - REF F-2026-0433\n04/12/2026\n\n"
           "Pennylane a rapproché automatiquement cette transaction de la facture client F-2026-0433 (Thermi'Conseil). "
           "La facture est marquée comme payée.\n\nVoir la transaction : https://app.pennylane.com/\n\n"
           "Vous recevez cet e-mail car vous avez activé les notifications de rapprochement bancaire.\n")
    PN("pennylane_bank_feed_rapprochement.eml", "fr", "Pennylane", "Pennylane (bank feed)",
       "accounting tool relays a bank credit and matches it to an invoice",
       [("From", addr("Pennylane", "notifications@pennylane.com")), ("To", OWNER),
        ("Subject", hdr("Facture F-2026-0433 payée : +1 920,00 €")), ("Date", D(4, 11, 31)), ("Message-ID", mid("pennylane.com"))],
       text_part(txt, cte="quoted-printable"), "in", "1920.00", payer="THERMI CONSEIL", reference="F-2026-0433",
       value_date="2026-12-04", cap="yes", notes="bank feed relayed by an accounting SaaS, money seen on the bank account")

    # SAP remittance advice from client
    txt = ("AVIS DE PAIEMENT / PAYMENT ADVICE\n\nGroupe Océalis Agro - Service Comptabilité Fournisseurs\n\n"
           "Fournisseur : 100487  LE BIHAN INGENIERIE\nDocument de paiement : 2000091784\nDate de paiement : 03.12.2026\n"
           "Mode : Virement SEPA\n\nN° facture        Date facture   Montant brut   Escompte   Montant payé\n"
           "F-2026-0371       14.10.2026       2.880,00        0,00       2.880,00\n"
           "F-2026-0394       28.10.2026       1.850,00        0,00       1.850,00\n"
           "                                                   Total :     4.730,00 EUR\n\n"
           "Ce message est généré automatiquement par notre système SAP. Merci de ne pas y répondre.\n")
    PN("ocealis_sap_avis_de_paiement.eml", "fr", "", "Groupe Océalis Agro (client AP system)",
       "SAP-style remittance advice, German number format, two invoices in one payment",
       [("From", addr("Groupe Océalis Agro - Comptabilité Fournisseurs", "ap-noreply@ocealis-agro.fr")), ("To", OWNER),
        ("Subject", "Avis de paiement 2000091784 - LE BIHAN INGENIERIE"), ("Date", D(3, 4, 12)), ("Message-ID", mid("ocealis-agro.fr"))],
       multi("mixed", [text_part(txt, cte="quoted-printable"),
                       att_part(pdf(["AVIS DE PAIEMENT 2000091784", "LE BIHAN INGENIERIE", "Total : 4.730,00 EUR"]),
                                "application/pdf", "AVIS_PAIEMENT_2000091784.pdf")]),
       "in", "4730.00", payer="Groupe Océalis Agro", reference="2000091784", value_date="2026-12-03", cap="no_claim",
       notes="remittance advice from the client's accounts system, covers F-2026-0371 and F-2026-0394")

    # Stripe payout (aggregate)
    txt = ("Your payout of €3,412.80 is on its way\n\nStripe sent a payout of €3,412.80 to your bank account CREDIT MUTUEL "
           "DE BRETAGNE ••••0218. It should arrive by Dec 3, 2026.\n\nPayout ID: po_1QkM2bC2vR8xYt0bF3uV9Lq2\n"
           "Includes 6 payments and 0 refunds.\n\nStripe, 510 Townsend Street, San Francisco, CA 94103\n")
    PN("stripe_en_payout_on_its_way.eml", "en", "Stripe", "Stripe", "payout bundling several payments",
       [("From", addr("Stripe", "notifications@stripe.com")), ("To", OWNER), ("Subject", "Your payout of €3,412.80 is on its way"),
        ("Date", D(1, 3, 20, tz=0)), ("Message-ID", mid("stripe.com"))], text_part(txt, cte="quoted-printable"),
       "in", "3412.80", payer="Stripe", reference="po_1QkM2bC2vR8xYt0bF3uV9Lq2", value_date="2026-12-03", cap="no_aggregate")

    # Mollie settlement (FR)
    txt = ("Bonjour,\n\nNous avons versé 1 234,56 € sur votre compte bancaire FR76 •••• 0218.\n\n"
           "Référence du versement : MOLLIE-STL-2026-11-30-7T4QK\nPériode : 23 nov. – 29 nov. 2026\n"
           "Nombre de transactions : 4\nFrais déduits : 6,44 €\n\nLe relevé de versement est disponible dans votre tableau de bord Mollie.\n\n"
           "Cordialement,\nMollie\nMollie B.V., Keizersgracht 126, 1015 CW Amsterdam\n")
    PN("mollie_versement_effectue.eml", "fr", "Mollie", "Mollie", "settlement (versement) of several transactions",
       [("From", addr("Mollie", "noreply@mollie.com")), ("To", OWNER), ("Subject", hdr("Votre versement de 1 234,56 € a été effectué")),
        ("Date", D(30, 12, 0)), ("Message-ID", mid("mollie.com"))], text_part(txt, cte="quoted-printable"),
       "in", "1234.56", payer="Mollie", reference="MOLLIE-STL-2026-11-30-7T4QK", value_date="2026-11-30", cap="no_aggregate")

    # N26 Business in
    txt = ("N26\n\nVous avez reçu de l'argent\n\nHELIOS SOLAIRE SAS vous a envoyé 650,00 €.\nRéférence : Etude charpente PV hangar\n\n"
           "Le montant a été crédité sur votre compte N26 Business.\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin\n")
    PN("n26_vous_avez_recu_argent.eml", "fr", "N26", "N26", "'X vous a envoyé', short",
       [("From", addr("N26", "no-reply@n26.com")), ("To", OWNER), ("Subject", hdr("Vous avez reçu 650,00 €")),
        ("Date", D(1, 17, 26)), ("Message-ID", mid("n26.com"))], text_part(txt, cte="base64"),
       "in", "650.00", payer="HELIOS SOLAIRE SAS", reference="Etude charpente PV hangar", value_date="2026-12-01", cap="yes")

    # ---------------- not money in ----------------
    # Qonto card payment
    txt = ("Paiement par carte\n\n- 89,90 €\n\nChez : LEROY MERLIN BREST\nCarte : Carte One •••• 5521 (Yann Le Bihan)\n"
           "Date : 30 nov. 2026, 17:42\n\nN'oubliez pas d'ajouter le justificatif dans l'application.\n\n"
           "Qonto, 18 rue de Navarin, 75009 Paris.\n")
    PN("qonto_paiement_carte.eml", "fr", "Qonto", "Qonto", "card payment out, asks for receipt",
       [("From", addr("Qonto", "notifications@qonto.com")), ("To", OWNER), ("Subject", hdr("Paiement de 89,90 € chez LEROY MERLIN BREST")),
        ("Date", D(30, 17, 43)), ("Message-ID", mid("qonto.com"))], text_part(txt, cte="quoted-printable"),
       "out", "89.90", reference="LEROY MERLIN BREST", value_date="2026-11-30", cap="no")

    # CMB prélèvement URSSAF
    body = ("Crédit Mutuel de Bretagne - Service d'alertes\n\nBonjour,\n\nUne opération débitrice supérieure au seuil que "
            "vous avez défini a été enregistrée :\n\nDate : 04/12/2026\nLibellé : PRLV SEPA URSSAF BRETAGNE /ECH 12/2026 /ICS FR21ZZZ000000\n"
            "Montant : - 1 043,00 EUR\n\nCeci est un message automatique, merci de ne pas y répondre.\n")
    PN("cmb_prelevement_urssaf.eml", "fr", "Crédit Mutuel de Bretagne", "Crédit Mutuel de Bretagne",
       "same alert service as the credit alert but 'opération débitrice' (direct debit taken)",
       [("From", addr("Crédit Mutuel de Bretagne", "alertes@cmb.fr")), ("To", OWNER), ("Subject", hdr("Alerte : opération débitrice sur votre compte")),
        ("Date", D(4, 6, 58)), ("Message-ID", mid("cmb.fr"))], text_part(body, cte="quoted-printable"),
       "out", "1043.00", reference="PRLV SEPA URSSAF BRETAGNE /ECH 12/2026", value_date="2026-12-04", cap="no")

    # Shine outgoing transfer (tu)
    txt = ("C'est parti !\n\nTon virement de 1 200,00 € vers SCI KERAMPIR a bien été envoyé.\n\nMotif : Loyer bureau décembre 2026\n"
           "Date d'exécution : 1 déc. 2026\n\nL'équipe Shine\nTu reçois cet e-mail car tu as un compte Shine.\n")
    PN("shine_virement_envoye.eml", "fr", "Shine", "Shine", "outgoing transfer sent (tutoiement)",
       [("From", addr("Shine", "bonjour@shine.fr")), ("To", OWNER), ("Subject", hdr("Ton virement de 1 200,00 € est parti")),
        ("Date", D(1, 8, 1)), ("Message-ID", mid("shine.fr"))], text_part(txt, cte="quoted-printable"),
       "out", "1200.00", reference="Loyer bureau décembre 2026", value_date="2026-12-01", cap="no")

    # CA Finistère rejet de prélèvement (owner's side)
    txt = ("Crédit Agricole du Finistère\n\nMadame, Monsieur,\n\nNous vous informons que le prélèvement SEPA suivant n'a pu "
           "être honoré et a été rejeté :\n\nCréancier : ORANGE SA (ORANGE PRO)\nMontant : 64,90 EUR\nDate d'échéance : 02/12/2026\n"
           "Motif : AM04 - Provision insuffisante\n\nDes frais de rejet peuvent s'appliquer conformément aux conditions tarifaires.\n"
           "Nous vous invitons à régulariser votre situation auprès du créancier.\n\nMerci de ne pas répondre à ce message.\n")
    PN("ca_finistere_rejet_prelevement.eml", "fr", "Crédit Agricole du Finistère", "Crédit Agricole du Finistère",
       "direct debit on owner's account rejected (AM04 insufficient funds)",
       [("From", addr("Crédit Agricole du Finistère", "alertes@ca-finistere.fr")), ("To", OWNER),
        ("Subject", hdr("Information : rejet d'un prélèvement")), ("Date", D(2, 7, 20)), ("Message-ID", mid("ca-finistere.fr"))],
       text_part(txt, cte="quoted-printable"), "failed", "64.90", reference="ORANGE SA (ORANGE PRO)", value_date="2026-12-02", cap="no")

    # GoCardless payment failed
    txt = ("Hi Yann,\n\nUnfortunately, the payment of €600.00 from Ty Logis Finistère has failed.\n\n"
           "Reason: The customer's bank rejected the payment (refer to payer).\nPayment reference: MISSION SUIVI DEC 2026\n"
           "Charge date: 1 December 2026\n\nWe will not retry this payment automatically. You can retry it from your dashboard.\n\n"
           "GoCardless SAS, 24 rue Saint-Lazare, 75009 Paris.\n")
    PN("gocardless_payment_failed.eml", "en", "GoCardless", "GoCardless", "client's direct debit failed",
       [("From", addr("GoCardless", "notifications@gocardless.com")), ("To", OWNER),
        ("Subject", hdr("Payment failed: €600.00 from Ty Logis Finistère")), ("Date", D(3, 7, 5, tz=0)),
        ("Message-ID", mid("gocardless.com"))], text_part(txt, cte="quoted-printable"),
       "failed", "600.00", reference="MISSION SUIVI DEC 2026", value_date="2026-12-01", cap="no")

    # Stripe dispute
    txt = ("A payment has been disputed\n\nKermarrec Énergie disputed a €1,250.00 payment.\n\nReason: Product not received\n"
           "Respond by: Dec 14, 2026\nPayment ID: pi_3QhT1aC2vR8xYt0b0kD2sW8p\n\nThe disputed amount and a €15.00 dispute fee "
           "have been deducted from your balance. Submit evidence in the Dashboard to challenge the dispute.\n\n"
           "Stripe, 510 Townsend Street, San Francisco, CA 94103\n")
    PN("stripe_en_dispute.eml", "en", "Stripe", "Stripe", "chargeback / dispute with response deadline",
       [("From", addr("Stripe", "notifications@stripe.com")), ("To", OWNER), ("Subject", "[Action required] A €1,250.00 payment was disputed"),
        ("Date", D(2, 16, 40, tz=0)), ("Message-ID", mid("stripe.com"))], text_part(txt, cte="quoted-printable"),
       "chargeback", "1250.00", reference="pi_3QhT1aC2vR8xYt0b0kD2sW8p", value_date="2026-12-02", cap="no")

    # PayPal refund sent
    txt = ("Bonjour Le Bihan Ingénierie,\n\nVous avez envoyé un remboursement de 120,00 EUR à Erwann Caër.\n\n"
           "N° de transaction du remboursement : 7KX28371BN4418302\nTransaction d'origine : 4TS07719KL3395823\n"
           "Motif : Trop-perçu\n\nLe remboursement peut prendre quelques jours pour apparaître sur le compte de l'acheteur.\n\n"
           "Veuillez ne pas répondre à cet e-mail.\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n")
    PN("paypal_remboursement_envoye.eml", "fr", "PayPal", "PayPal", "refund issued by the owner",
       [("From", addr("service@paypal.fr", "service@paypal.fr")), ("To", OWNER),
        ("Subject", hdr("Vous avez remboursé 120,00 EUR à Erwann Caër")), ("Date", D(3, 10, 14)), ("Message-ID", mid("paypal.com"))],
       text_part(txt, cte="quoted-printable"), "refund", "120.00", reference="7KX28371BN4418302", value_date="2026-12-03", cap="no")

    # Wise transfer returned
    txt = ("Your transfer was returned\n\nHi Yann,\n\nYour transfer of 950.00 EUR to Ingenieurbüro Weber couldn't be delivered: "
           "the recipient's bank told us the account is closed.\n\nWe've refunded 950.00 EUR to your EUR balance.\n\n"
           "Transfer #1181029933\n\nThe Wise Team\n")
    PN("wise_en_transfer_returned.eml", "en", "Wise", "Wise", "outgoing transfer returned (account closed), money back to balance",
       [("From", addr("Wise", "noreply@wise.com")), ("To", OWNER), ("Subject", hdr("Your transfer to Ingenieurbüro Weber was returned")),
        ("Date", D(1, 12, 2, tz=0)), ("Message-ID", mid("wise.com"))], text_part(txt, cte="quoted-printable"),
       "failed", "950.00", reference="Transfer #1181029933", value_date="2026-12-01", cap="no",
       notes="returned outgoing transfer; money credited back but not a client payment")

    # BPGO statement available
    txt = ("Banque Populaire Grand Ouest\n\nBonjour Monsieur LE BIHAN,\n\nVotre relevé de compte de novembre 2026 est disponible "
           "dans votre espace de banque à distance Cyberplus, rubrique e-Documents.\n\nCompte : Compte courant professionnel ****0218\n\n"
           "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    PN("bpgo_releve_disponible.eml", "fr", "Banque Populaire Grand Ouest", "Banque Populaire Grand Ouest",
       "monthly statement available (e-Documents)",
       [("From", addr("Banque Populaire Grand Ouest", "notifications@bpgo.fr")), ("To", OWNER),
        ("Subject", hdr("Votre relevé de compte est disponible")), ("Date", D(2, 4, 44)), ("Message-ID", mid("bpgo.fr"))],
       text_part(txt, cte="quoted-printable"), "statement", "", value_date="", cap="no")

    # CIC Ouest balance alert
    txt = ("CIC\n\nAlerte solde\n\nLe solde de votre compte ***0391 00 est passé sous le seuil de 1 000,00 EUR.\n"
           "Solde au 03/12/2026 : 612,45 EUR\n\nCIC Ouest - Ne répondez pas à ce message.\n")
    PN("cic_ouest_alerte_solde.eml", "fr", "CIC Ouest", "CIC Ouest", "balance under threshold alert",
       [("From", addr("CIC", "alertes@cic.fr")), ("To", OWNER), ("Subject", "CIC - Alerte solde"),
        ("Date", D(3, 6, 30)), ("Message-ID", mid("cic.fr"))], text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
       "statement", "", value_date="2026-12-03", cap="no", notes="balance 612.45 EUR, no single movement")

    # Arkéa returned outgoing transfer
    txt = ("ARKEA BANQUE ENTREPRISES ET INSTITUTIONNELS\nRETOUR DE VIREMENT\n\n"
           "Votre virement SEPA émis le 30/11/2026 a été rejeté par la banque du bénéficiaire.\n\n"
           "Bénéficiaire : SARL BUREAU CONTROLE ATLANTIQUE\nMontant : 2 300,00 EUR\nMotif du rejet : AC04 - Compte clos\n"
           "Date de recrédit : 02/12/2026\n\nMerci de vérifier les coordonnées du bénéficiaire avant de renouveler l'opération.\n\n"
           "Document émis automatiquement - ne pas répondre.\n")
    PN("arkea_retour_virement_compte_clos.eml", "fr", "Arkéa Banque Entreprises et Institutionnels", "Arkéa",
       "owner's outgoing transfer returned (AC04), recredited",
       [("From", addr("Arkéa Banque E&I", "avis-operations@arkea.com")), ("To", OWNER), ("Subject", "Retour de virement - AC04 Compte clos"),
        ("Date", D(2, 6, 5)), ("Message-ID", mid("arkea.com"))], text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
       "failed", "2300.00", reference="SARL BUREAU CONTROLE ATLANTIQUE", value_date="2026-12-02", cap="no",
       notes="a credit (recrédit) that is NOT a client payment")

    # Revolut pending review
    txt = ("Revolut Business\n\nIncoming payment under review\n\nWe've received a payment of €4,800.00 from HARBOUR ROCK LTD and "
           "we're running some standard checks before adding it to your account. This usually takes less than 1 business day.\n\n"
           "Reference: INV-0449\n\nNo action is needed from you right now. We may contact you if we need more information.\n")
    PN("revolut_business_en_under_review.eml", "en", "Revolut Business", "Revolut Business", "incoming payment pending review (not yet credited)",
       [("From", addr("Revolut Business", "no-reply@revolut.com")), ("To", OWNER), ("Subject", "Incoming payment under review"),
        ("Date", D(3, 14, 20)), ("Message-ID", mid("revolut.com"))], text_part(txt, cte="quoted-printable"),
       "none", "4800.00", reference="INV-0449", value_date="", cap="no")

    # Qonto incoming transfer on hold
    txt = ("Virement entrant en cours de vérification\n\nBonjour Yann,\n\nNous avons reçu un virement de 7 200,00 € émis par "
           "SOLENT OFFSHORE ENGINEERING LTD. Conformément à nos obligations réglementaires, nous devons vérifier cette "
           "opération avant de créditer votre compte.\n\nMerci de téléverser dans l'application le justificatif correspondant "
           "(facture ou contrat) sous 5 jours ouvrés.\n\nL'équipe Qonto\n")
    PN("qonto_virement_entrant_verification.eml", "fr", "Qonto", "Qonto", "incoming transfer held for compliance check, asks supporting invoice",
       [("From", addr("Qonto", "notifications@qonto.com")), ("To", OWNER), ("Subject", hdr("Action requise : virement entrant en cours de vérification")),
        ("Date", D(4, 10, 2)), ("Message-ID", mid("qonto.com"))], text_part(txt, cte="quoted-printable"),
       "none", "7200.00", reference="", value_date="", cap="no", notes="money received by the bank but not credited (on hold)")

    # Stripe payout failed
    txt = ("Your payout of €2,118.40 failed\n\nWe couldn't send your payout of €2,118.40 to your bank account ••••0218 because "
           "the account could not be located (no_account).\n\nThe funds have been returned to your Stripe balance. "
           "Please update your bank account details in Settings > Payouts.\n\nPayout ID: po_1QjZ0rC2vR8xYt0bH8nE2Pq5\n")
    PN("stripe_en_payout_failed.eml", "en", "Stripe", "Stripe", "payout failed (no_account)",
       [("From", addr("Stripe", "notifications@stripe.com")), ("To", OWNER), ("Subject", "Your payout of €2,118.40 failed"),
        ("Date", D(30, 4, 2, tz=0)), ("Message-ID", mid("stripe.com"))], text_part(txt, cte="quoted-printable"),
       "failed", "2118.40", reference="po_1QjZ0rC2vR8xYt0bH8nE2Pq5", value_date="2026-11-30", cap="no")

    # Hello bank! card refund
    txt = ("Hello bank!\n\nBonne nouvelle : un remboursement a été crédité sur votre compte.\n\n"
           "+34,90 €  REMBOURSEMENT CB RUE DU COMMERCE 01/12\n\nCarte ****9034\n\n"
           "Vous recevez cet e-mail car vous avez activé les alertes Hello bank!. BNP Paribas, SA au capital de ... RCS Paris.\n")
    PN("hellobank_remboursement_carte.eml", "fr", "Hello bank!", "Hello bank!", "card refund credited (a credit that is not a client payment)",
       [("From", addr("Hello bank!", "alertes@hellobank.fr")), ("To", OWNER), ("Subject", hdr("Remboursement de 34,90 € sur votre carte")),
        ("Date", D(1, 19, 9)), ("Message-ID", mid("hellobank.fr"))], text_part(txt, cte="quoted-printable"),
       "refund", "34.90", reference="REMBOURSEMENT CB RUE DU COMMERCE 01/12", value_date="2026-12-01", cap="no")

    # LCL prélèvement CFE
    txt = ("LCL Avertis\n\nOpération débitrice\n\nUne opération d'un montant supérieur ou égal à 500,00 EUR a été enregistrée "
           "sur votre compte professionnel 0xxxx 12345 X :\n\nPRLV SEPA DGFIP IMPOT CFE 2026 REF 291234567890\nMontant : -1 284,00 EUR\n"
           "Date : 03/12/2026\n\nLCL - Le Crédit Lyonnais. Ne répondez pas à ce courriel.\n")
    PN("lcl_avertis_prelevement_cfe.eml", "fr", "LCL", "LCL", "LCL Avertis 'opération débitrice' threshold alert",
       [("From", addr("LCL", "lcl-avertis@lcl.fr")), ("To", OWNER), ("Subject", "LCL Avertis : operation debitrice"),
        ("Date", D(3, 5, 59)), ("Message-ID", mid("lcl.fr"))], text_part(txt, cte="quoted-printable"),
       "out", "1284.00", reference="PRLV SEPA DGFIP IMPOT CFE 2026", value_date="2026-12-03", cap="no",
       notes="based on LCL Avertis documented alert types ('Opération débitrice')")

    # Société Générale card declined
    txt = ("SOCIETE GENERALE\n\nPaiement refusé\n\nUne tentative de paiement de 312,00 EUR avec votre carte Business ****7710 "
           "chez AUTODESK IRELAND a été refusée le 01/12/2026 à 10:41.\nMotif : plafond de paiement atteint.\n\n"
           "Vous pouvez augmenter temporairement votre plafond depuis l'appli SG.\n\nMerci de ne pas répondre à cet e-mail.\n")
    PN("sg_paiement_carte_refuse.eml", "fr", "Société Générale", "Société Générale", "card payment declined (limit reached)",
       [("From", addr("Société Générale", "alertes@societegenerale.fr")), ("To", OWNER), ("Subject", hdr("Paiement refusé avec votre carte ****7710")),
        ("Date", D(1, 10, 42)), ("Message-ID", mid("societegenerale.fr"))], text_part(txt, cte="quoted-printable"),
       "failed", "312.00", reference="AUTODESK IRELAND", value_date="2026-12-01", cap="no")

    # Caisse d'Épargne virement émis
    html = bank_html("Virement émis", [("Bénéficiaire", "MAF ASSURANCES"), ("Montant", "2 148,00 €"),
                                       ("Motif", "COTISATION RC PRO 2027 CONTRAT 0412778"), ("Date d'exécution", "02/12/2026")],
                     intro="Bonjour,<br>Votre ordre de virement a bien été exécuté.",
                     footer="Caisse d'Epargne Bretagne Pays de Loire. Ceci est un message automatique, merci de ne pas y répondre.",
                     color="#c8102e", logo="Caisse d'Epargne")
    PN("caisse_epargne_virement_emis.eml", "fr", "Caisse d'Épargne Bretagne Pays de Loire", "Caisse d'Épargne",
       "HTML-only 'virement émis' executed",
       [("From", addr("Caisse d'Epargne", "ne-pas-repondre@caisse-epargne.fr")), ("To", OWNER), ("Subject", hdr("Votre virement a été exécuté")),
        ("Date", D(2, 9, 31)), ("Message-ID", mid("caisse-epargne.fr"))], text_part(html, "html", cte="base64"),
       "out", "2148.00", reference="COTISATION RC PRO 2027 CONTRAT 0412778", value_date="2026-12-02", cap="no")

    # Mollie chargeback
    txt = ("Bonjour,\n\nUn de vos clients a contesté un prélèvement SEPA. Une rétrofacturation (chargeback) a été enregistrée.\n\n"
           "Montant : 360,00 €\nClient : M. Gildas Le Reun\nPaiement : tr_WDqYK6vllg\nMotif : MD06 - Remboursement demandé par le payeur\n"
           "Date : 1 déc. 2026\n\nLe montant et les frais de rétrofacturation seront déduits de votre prochain versement.\n\nMollie\n")
    PN("mollie_retrofacturation.eml", "fr", "Mollie", "Mollie", "SEPA direct debit chargeback (MD06)",
       [("From", addr("Mollie", "noreply@mollie.com")), ("To", OWNER), ("Subject", hdr("Rétrofacturation reçue pour le paiement tr_WDqYK6vllg")),
        ("Date", D(1, 13, 13)), ("Message-ID", mid("mollie.com"))], text_part(txt, cte="quoted-printable"),
       "chargeback", "360.00", reference="tr_WDqYK6vllg", value_date="2026-12-01", cap="no")

    # Sumeria card payment
    txt = ("Sumeria\n\nPaiement accepté\n\n-23,40 € chez SNCF CONNECT\n4 déc. 2026 à 07:52\n\nSolde disponible : 412,18 €\n\n"
           "Tu peux masquer ton solde dans les notifications depuis l'écran Préférences.\n")
    PN("sumeria_paiement_accepte.eml", "fr", "Sumeria (Lydia)", "Sumeria", "card payment out with balance",
       [("From", addr("Sumeria", "notifications@sumeria.eu")), ("To", OWNER), ("Subject", hdr("Paiement de 23,40 € accepté")),
        ("Date", D(4, 7, 53)), ("Message-ID", mid("sumeria.eu"))], text_part(txt, cte="quoted-printable"),
       "out", "23.40", reference="SNCF CONNECT", value_date="2026-12-04", cap="no",
       notes="wording follows Sumeria/Lydia documented notification types (payment confirmation with balance)")

    # BPGO impayé sur prélèvement émis
    txt = ("Banque Populaire Grand Ouest\n\nAVIS D'IMPAYÉ - PRÉLÈVEMENT SEPA ÉMIS\n\nUn prélèvement que vous avez présenté au débit "
           "du compte de votre débiteur nous a été retourné impayé.\n\nDébiteur : ASSOCIATION CN KERLOUARN\n"
           "Référence unique de mandat : LBI-MDT-0027\nMontant : 600,00 EUR\nDate d'échéance : 30/11/2026\n"
           "Motif de retour : MS03 - Raison non communiquée\n\nLe montant a été débité de votre compte le 03/12/2026.\n"
           "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    PN("bpgo_impaye_prelevement_emis.eml", "fr", "Banque Populaire Grand Ouest", "Banque Populaire Grand Ouest",
       "returned direct debit the owner had collected (impayé)",
       [("From", addr("Banque Populaire Grand Ouest", "notifications@bpgo.fr")), ("To", OWNER),
        ("Subject", hdr("Avis d'impayé sur prélèvement SEPA émis")), ("Date", D(3, 8, 40)), ("Message-ID", mid("bpgo.fr"))],
       text_part(txt, cte="quoted-printable"), "failed", "600.00", reference="LBI-MDT-0027", value_date="2026-12-03", cap="no")

# =====================================================================================
# AUTO REPLIES
# =====================================================================================
def autos():
    def ar_head(frm, subj, date, n, extra=(), to=OWNER_FULL, dom="example.org", style="hex"):
        h = [("From", frm), ("To", to), ("Subject", hdr(subj)), ("Date", date), ("Message-ID", mid(dom, style))]
        if n:
            h += [("In-Reply-To", rem_id(n)), ("References", rem_id(n))]
        return h + list(extra)

    # 1 Outlook FR réponse automatique
    inv, n = "F-2026-0416", 416
    txt = ("Bonjour,\n\nJe suis absent du bureau jusqu'au vendredi 4 décembre inclus, sans accès à ma messagerie.\n"
           "Je serai de retour le lundi 7 décembre.\n\nPour toute urgence, merci de contacter Élodie Le Corre : "
           "e.lecorre@cabinet-ropars.fr – 02 61 91 52 00.\n\nCordialement,\nMathieu Ropars\n")
    AR("ropars_reponse_automatique_outlook.eml", "fr", "Cabinet Ropars Architecture",
       "Outlook 'Réponse automatique :', Auto-Submitted + X-Auto-Response-Suppress",
       ar_head(addr("Mathieu Ropars", "m.ropars@cabinet-ropars.fr"), "Réponse automatique : " + rem_subj(inv), D(30, 9, 6), n,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.ropars@cabinet-ropars.fr")],
               dom="EUR02.prod.outlook.com", style="outlook"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"), facts="ooo_until=2026-12-07",
       notes="absent until 4 Dec inclusive, back 7 Dec: ooo_until set to the return day")

    # 2 Gmail vacation EN
    inv, n = "F-2026-0427", 427
    txt = ("Hi,\n\nThanks for your email. I'm on annual leave until Monday 14 December with limited access to email.\n"
           "For anything urgent regarding site matters please contact our office on +44 20 7946 0321.\n\nBest,\nFiona\n")
    AR("fiona_en_gmail_vacation.eml", "en", "Harbourline Developments Ltd", "Gmail vacation responder, custom subject",
       ar_head(addr("Fiona McLeod", "fiona@harbourline-dev.co.uk"), "Out of office - back 14 December", D(30, 9, 7, tz=0), n,
               extra=[("Auto-Submitted", "auto-replied")], style="gmail"),
       text_part(txt, cs="UTF-8", cte="7bit"), facts="ooo_until=2026-12-14")

    # 3 Absence du bureau, no Auto-Submitted
    inv, n = "F-2026-0406", 406
    txt = ("Bonjour,\n\nJe suis absente du 30 novembre au 11 décembre inclus.\nVotre message ne sera pas transféré.\n"
           "Pour les questions de facturation, écrivez à compta@lemoal-amenagement.fr.\n\nBien cordialement,\nClaire Le Moal\n")
    AR("lemoal_absence_du_bureau_sans_entete.eml", "fr", "Le Moal Aménagement",
       "'Absence du bureau' prefix, NO Auto-Submitted / X-Autoreply headers",
       ar_head(addr("Claire Le Moal", "c.lemoal@lemoal-amenagement.fr"), "Absence du bureau - " + rem_subj(inv), D(30, 9, 12), n,
               dom="lemoal-amenagement.fr"),
       text_part(txt, cte="quoted-printable"), facts="ooo_until=2026-12-11", notes="last day of absence given (inclusive)")

    # 4 AP autoresponder EN
    inv, n = "F-2026-0407", 407
    txt = ("*** This is an automated message - please do not reply ***\n\nThank you for contacting Nordhavn Process Equipment "
           "Accounts Payable.\n\nYour email has been received and will be handled within 5 business days.\n\n"
           "Please note:\n- Invoices are paid according to the agreed payment terms (60 days end of month) once approved.\n"
           "- Invoices without a valid purchase order number cannot be processed.\n- For payment status, please use our "
           "supplier portal: https://suppliers.nordhavn-process.dk\n\nKind regards,\nAP Shared Service Centre\n")
    AR("nordhavn_en_ap_autoresponder.eml", "en", "Nordhavn Process Equipment A/S", "accounts-payable autoresponder talking about payment terms",
       ar_head(addr("Accounts Payable", "ap@nordhavn-process.dk"), "RE: " + rem_subj(inv) + " [AP-CASE 0048823]", D(30, 9, 14), n,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")], dom="nordhavn-process.dk"),
       text_part(txt, cte="7bit", cs="us-ascii"))

    # 5 FR comptabilité fournisseurs autoresponder with payment dates
    inv, n = "F-2026-0415", 415
    txt = ("Ce message est une réponse automatique.\n\nNous accusons réception de votre courriel adressé au service "
           "comptabilité fournisseurs d'Armor Conserveries.\n\nNous vous rappelons que :\n"
           "• les paiements fournisseurs sont effectués par virement le 10 et le 25 de chaque mois ;\n"
           "• toute facture doit être adressée exclusivement à factures@armor-conserveries.fr ;\n"
           "• les relances reçues sur cette adresse sont traitées sous 10 jours ouvrés.\n\n"
           "Merci de ne pas répondre à ce message.\n")
    AR("armor_compta_fournisseurs_ar.eml", "fr", "Armor Conserveries SAS",
       "AP autoresponder listing payment days (10 and 25) — dates that are not a promise",
       ar_head(addr("Comptabilité Fournisseurs", "compta.fournisseurs@armor-conserveries.fr"), "Accusé de réception : " + rem_subj(inv),
               D(30, 9, 20), n, extra=[("Auto-Submitted", "auto-replied")], dom="armor-conserveries.fr"),
       text_part(txt, cte="quoted-printable"))

    # 6 helpdesk ticket
    inv, n = "F-2026-0443", 443
    txt = ("Bonjour,\n\nVotre demande a bien été enregistrée sous la référence #48213.\n\nUn conseiller du Centre de services "
           "partagés vous répondra dans les meilleurs délais. Pour compléter votre demande, répondez simplement à ce courriel "
           "sans modifier l'objet.\n\nFinistère Habitat Océan – Centre de services partagés\n\n"
           "--------------------------------\nRéf : [#48213]\n")
    AR("fho_ticket_48213.eml", "fr", "Finistère Habitat Océan (bailleur social)", "helpdesk ticket acknowledgement ([#48213])",
       ar_head(addr("Support FHO", "support@fho-habitat.fr"), "[#48213] " + rem_subj(inv), D(30, 8, 3), n,
               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Reply-To", "support+id48213@fho-habitat.fr")],
               dom="fho-habitat.fr"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"),
       notes="same company as a human reply (different invoice)")

    # 7 MDN Outlook FR "Lu :"
    inv, n = "F-2026-0422", 422
    rep = ("Votre message\n\n  À : Compta <compta@batiroc.fr>\n  Objet : " + rem_subj(inv) + "\n  Envoyé : lundi 30 novembre 2026 08:51:13 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
           "a été lu le mardi 1 décembre 2026 10:02:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: batiroc.fr; Microsoft Exchange Server\nFinal-Recipient: rfc822;compta@batiroc.fr\n"
           f"Original-Message-ID: {rem_id(n)}\nDisposition: automatic-action/MDN-sent-automatically; displayed\n").encode()
    AR("batiroc_mdn_lu.eml", "fr", "Batiroc SARL", "read receipt (MDN) 'Lu :' multipart/report disposition-notification",
       [("From", addr("Compta", "compta@batiroc.fr")), ("To", OWNER_FULL), ("Subject", hdr("Lu : " + rem_subj(inv))),
        ("Date", D(1, 10, 2)), ("Message-ID", mid("batiroc.fr", "outlook")), ("In-Reply-To", rem_id(n)), ("References", rem_id(n))],
       multi("report", [text_part(rep, cte="quoted-printable"), raw_part("message/disposition-notification", mdn)],
             params="; report-type=disposition-notification"))

    # 8 Thunderbird MDN EN
    inv, n = "F-2026-0424", 424
    rep = (f"This is a Return Receipt for the mail that you sent to owen.gallagher@celticsea-energy.co.uk.\n\n"
           "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           "There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = ("Reporting-UA: celticsea-energy.co.uk; Thunderbird 128.5.0\nFinal-Recipient: rfc822;owen.gallagher@celticsea-energy.co.uk\n"
           f"Original-Message-ID: {rem_id(n)}\nDisposition: manual-action/MDN-sent-manually; displayed\n").encode()
    AR("celticsea_en_return_receipt.eml", "en", "Celtic Sea Energy Ltd", "Thunderbird 'Return Receipt (displayed)'",
       [("From", addr("Owen Gallagher", "owen.gallagher@celticsea-energy.co.uk")), ("To", OWNER_FULL),
        ("Subject", "Return Receipt (displayed) - " + rem_subj(inv, "en")), ("Date", D(30, 9, 2, tz=0)),
        ("Message-ID", mid("celticsea-energy.co.uk")), ("In-Reply-To", rem_id(n)), ("References", rem_id(n))],
       multi("report", [text_part(rep, cte="7bit", cs="UTF-8"), raw_part("message/disposition-notification", mdn),
                        raw_part("text/rfc822-headers", render_headers([("From", OWNER_FULL), ("To", "owen.gallagher@celticsea-energy.co.uk"),
                                 ("Subject", rem_subj(inv, "en")), ("Message-ID", rem_id(n)), ("Date", D(30, 9, 0, 0))]))],
             params="; report-type=disposition-notification"))

    # 9 challenge-response (MailInBlack-like)
    inv, n = "F-2026-0423", 423
    txt = ("Bonjour,\n\nVous avez envoyé un message à ventes@sarl-kerouredan.fr. Afin de lutter contre le spam, ce "
           "destinataire est protégé par une solution anti-spam.\n\nVotre message est en attente : pour qu'il soit délivré, "
           "merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous (valable 5 jours) :\n\n"
           "https://protect.mailshield-pro.example/validate?id=8H3K2Q9T\n\nCette opération ne vous sera demandée qu'une seule fois.\n\n"
           "Objet de votre message : " + rem_subj(inv) + "\n")
    AR("kerouredan_challenge_response.eml", "fr", "MailShield Pro (anti-spam)", "challenge-response: confirm you are human",
       ar_head(addr("Service anti-spam", "noreply@mailshield-pro.example"), "Votre message est en attente de validation", D(30, 9, 30), n,
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], dom="mailshield-pro.example"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"))

    # 10 mairie accusé de réception (CRPA)
    inv, n = "F-2026-0430", 430
    txt = ("Accusé de réception\n\nMadame, Monsieur,\n\nLa commune de Plouzévet accuse réception de votre envoi électronique "
           "du 30/11/2026.\n\nConformément aux articles L112-11 et R112-11-1 du code des relations entre le public et "
           "l'administration, le présent accusé de réception vaut reçu. Il ne préjuge pas de la suite réservée à votre demande.\n\n"
           "Rappel : les factures adressées à la commune doivent obligatoirement être déposées sur le portail Chorus Pro "
           "(SIRET 212 900 000 00019).\n\nCeci est un message automatique. Merci de ne pas y répondre.\n")
    AR("mairie_plouzevet_accuse_reception_crpa.eml", "fr", "Mairie de Plouzévet",
       "municipality legal acknowledgement of receipt (CRPA), reminds Chorus Pro",
       ar_head(addr("Mairie de Plouzévet", "accueil@plouzevet.fr"), "Accusé de réception de votre courriel", D(30, 10, 1), n,
               extra=[("Auto-Submitted", "auto-replied")], dom="plouzevet.fr"),
       text_part(txt, cte="quoted-printable"))

    # 11 congé maternité, no return date
    inv, n = "F-2026-0440", 440
    txt = ("Bonjour,\n\nJe suis actuellement en congé maternité. Vos messages ne sont pas lus.\n"
           "Merci de vous adresser à mon collègue Ronan Kerdraon (r.kerdraon@oceanis-promotion.fr) pour le suivi des "
           "programmes, ou à compta@oceanis-promotion.fr pour les questions de facturation.\n\nMerci,\nJuliette Abiven\n")
    AR("oceanis_conge_maternite_sans_date.eml", "fr", "Océanis Promotion", "long absence with redirect, no return date",
       ar_head(addr("Juliette Abiven", "j.abiven@oceanis-promotion.fr"), "Réponse automatique : " + rem_subj(inv), D(1, 8, 32), n,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], dom="oceanis-promotion.fr", style="outlook"),
       text_part(txt, cte="quoted-printable"))

    # 12 German/English bilingual
    inv, n = "F-2026-0439", 439
    txt = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 08.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
           "In dringenden Fällen wenden Sie sich bitte an einkauf@hansebau-technik.de.\n\n"
           "Thank you for your message. I am out of the office until 8 December 2026 (inclusive) with no access to e-mail. "
           "For urgent matters please contact einkauf@hansebau-technik.de.\n\nMit freundlichen Grüßen / Best regards\nJens Albrecht\n"
           "HanseBau Technik GmbH\n")
    AR("hansebau_de_en_abwesenheit.eml", "de", "HanseBau Technik GmbH", "German/English bilingual OOO, date dd.mm.yyyy",
       ar_head(addr("Jens Albrecht", "j.albrecht@hansebau-technik.de"), "Automatische Antwort: " + rem_subj(inv), D(1, 11, 44), n,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")],
               dom="hansebau-technik.de", style="outlook"),
       text_part(txt, cs="iso-8859-1", cte="quoted-printable"), facts="ooo_until=2026-12-08")

    # 13 OOO de retour le 3/12
    inv, n = "F-2026-0435", 435
    txt = "En déplacement sur chantier, de retour le 3/12. Je vous réponds à mon retour.\nH. Le Roy\n"
    AR("leroy_deplacement_retour_3_12.eml", "fr", "Le Roy Ingénierie Fluides", "terse OOO with X-Autoreply only, 'de retour le 3/12'",
       ar_head(addr("Hervé Le Roy", "h.leroy@leroy-fluides.fr"), "Re: " + rem_subj(inv), D(1, 14, 5), n,
               extra=[("X-Autoreply", "yes"), ("X-Mailer", "Roundcube autoreply")], dom="leroy-fluides.fr"),
       text_part(txt, cte="8bit"), facts="ooo_until=2026-12-03")

    # 14 address no longer used
    inv, n = "F-2026-0442", 442
    txt = ("Cette adresse e-mail n'est plus consultée depuis le 1er octobre 2026.\n\nMerci d'écrire désormais à "
           "administration@gwelloc-bati.fr. Votre message n'a pas été transféré.\n\nGwel Loc Bâti\n")
    AR("gwelloc_adresse_plus_consultee.eml", "fr", "Gwel Loc Bâti", "'adresse plus consultée' autoresponder (not a bounce: message was delivered)",
       ar_head(addr("Gwel Loc Bâti", "contact@gwelloc-bati.fr"), "Adresse non consultée - " + rem_subj(inv), D(2, 9, 2), n,
               extra=[("Auto-Submitted", "auto-replied")], dom="gwelloc-bati.fr"),
       text_part(txt, cte="quoted-printable"))

    # 15 Exchange EN Automatic reply, back Wednesday 9
    inv, n = "F-2026-0446", 446
    txt = ("Thank you for your email.\n\nI am currently attending a conference in Rotterdam and will be back in the office on "
           "Wednesday 9 December. I will respond to your message as soon as possible upon my return.\n\n"
           "Kind regards,\nSanne de Vries\n")
    AR("vanderberg_en_automatic_reply.eml", "en", "Van der Berg Architecten", "Exchange 'Automatic reply:' with X-Auto-Response-Suppress",
       ar_head(addr("Sanne de Vries", "s.devries@vanderberg-architecten.eu"), "Automatic reply: " + rem_subj(inv, "en"), D(4, 9, 1), n,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], dom="vanderberg-architecten.eu", style="outlook"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"), facts="ooo_until=2026-12-09",
       notes="same person wrote a human reply earlier in the week")

    # 16 public entity mailbox auto ack, Chorus
    inv, n = "F-2026-0390", 390
    txt = ("Bonjour,\n\nVotre message a bien été reçu par la cellule comptable du Syndicat mixte du port de Kerlouarn et "
           "transmis au service ordonnateur.\n\nNous vous rappelons que le suivi de vos factures (statuts « Service fait », "
           "« Mise à disposition du comptable », « Mise en paiement ») est consultable en temps réel sur Chorus Pro.\n\n"
           "Message généré automatiquement.\n")
    AR("port_kerlouarn_ar_cellule_comptable.eml", "fr", "Syndicat mixte du port de Kerlouarn",
       "public entity accounting mailbox auto-ack mentioning Chorus Pro statuses",
       ar_head(addr("Cellule comptable - Port de Kerlouarn", "comptabilite@port-kerlouarn.fr"), "AR : " + rem_subj(inv), D(30, 9, 40), n,
               extra=[("Auto-Submitted", "auto-replied")], dom="port-kerlouarn.fr"),
       text_part(txt, cte="quoted-printable"))


# =====================================================================================
# BOUNCES
# =====================================================================================
def orig_msg(n, inv, to, day, h, m, lang="fr", headers_only=False):
    hh = [("Return-Path", f"<{OWNER}>"), ("From", OWNER_FULL), ("To", to), ("Subject", hdr(rem_subj(inv, lang))),
          ("Date", D(day, h, m, 0)), ("Message-ID", rem_id(n)), ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    if headers_only:
        return render_headers(hh)
    body = rem_fr(inv, 1000 + n * 3.5, "01/10/2026", "31/10/2026") if lang == "fr" else rem_en(inv, 1000 + n * 3.5, "1 October 2026", "31 October 2026")
    return render_headers(hh) + b"\n" + body_enc(body)


def dsn(reporting_mta, rcpt, action, status, diag, remote_mta=None, arrival=None, extra=""):
    s = f"Reporting-MTA: dns; {reporting_mta}\n"
    if arrival:
        s += f"Arrival-Date: {arrival}\n"
    s += f"\nFinal-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote_mta:
        s += f"Remote-MTA: dns; {remote_mta}\n"
    if diag:
        s += f"Diagnostic-Code: smtp; {diag}\n"
    s += extra
    return s.encode()


def bounces():
    # 1 Gmail / Google Workspace 5.1.1
    n, inv, rc = 447, "F-2026-0447", "compta@cabinet-lozach.fr"
    txt = (f"\n** Address not found **\n\nYour message wasn't delivered to {rc} because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           f"The response from the remote server was:\n550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table\n")
    BO("gworkspace_dsn_user_unknown.eml", "en", "Google Workspace (mailer-daemon)", "Gmail-style DSN failure with delivery-status and original",
       [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Failure)"), ("Date", D(30, 8, 2, tz=-8)), ("Message-ID", mid("mx.google.com")),
        ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rc), ("In-Reply-To", rem_id(n)), ("References", rem_id(n))],
       multi("report", [text_part(txt, cs="UTF-8", cte="7bit"),
                        raw_part("message/delivery-status", dsn("mail-sor-f41.google.com", rc, "failed", "5.1.1",
                                 f"550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table",
                                 remote_mta="mx1.cabinet-lozach.fr")),
                        raw_part("message/rfc822", orig_msg(n, inv, rc, 30, 8, 1))], params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc}")

    # 2 Exchange Online FR Non remis
    n, inv, rc = 448, "F-2026-0448", "s.riou@groupe-batiouest.fr"
    html = ("<html><body><div style=\"font-family:Segoe UI\"><p style=\"font-size:16pt;color:#c00000\">Votre message à "
            f"{rc} n'a pas pu être remis.</p><p>{rc} n'a pas été trouvé sur groupe-batiouest.fr.</p>"
            "<p><b>Action requise</b> : vérifiez l'adresse de destination ; elle est peut-être mal orthographiée ou n'existe plus.</p>"
            "<p style=\"font-size:9pt;color:#666\">Informations de diagnostic pour les administrateurs :<br>Serveur de génération : "
            f"PAXP193MB1822.EURP193.PROD.OUTLOOK.COM<br>{rc}<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'</p></div></body></html>")
    txt = (f"Votre message à {rc} n'a pas pu être remis.\n\n{rc} n'a pas été trouvé sur groupe-batiouest.fr.\n\n"
           "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    BO("exchange_online_fr_non_remis.eml", "fr", "Microsoft Exchange Online", "Exchange Online French NDR 'Non remis', 5.1.10",
       [("From", addr("Microsoft Outlook", "postmaster@outlook.com")), ("To", OWNER),
        ("Subject", hdr("Non remis : " + rem_subj(inv))), ("Date", D(1, 9, 18)), ("Message-ID", mid("PAXP193MB1822.EURP193.PROD.OUTLOOK.COM")),
        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
       multi("report", [alt(txt, html),
                        raw_part("message/delivery-status", dsn("PAXP193MB1822.EURP193.PROD.OUTLOOK.COM", rc, "failed", "5.1.10",
                                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")),
                        raw_part("text/rfc822-headers", orig_msg(n, inv, rc, 1, 9, 17, headers_only=True))],
             params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc}")

    # 3 Orange quota full
    n, inv, rc = 449, "F-2026-0449", "secretariat@ollivier-elec.fr"
    txt = ("Ce message a été généré automatiquement par le serveur de messagerie d'Orange.\n\n"
           "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
           f"<{rc}> : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox full - quota exceeded).\n\n"
           "Ce message sera supprimé. Veuillez réessayer ultérieurement ou contacter votre correspondant par un autre moyen.\n")
    BO("orange_boite_pleine.eml", "fr", "Orange (smtp.orange.fr)", "Orange relay, quota full 5.2.2, French text",
       [("From", addr("Mail Delivery System", "MAILER-DAEMON@orange.fr")), ("To", OWNER),
        ("Subject", hdr("Message non remis : " + rem_subj(inv))), ("Date", D(2, 10, 11)), ("Message-ID", mid("smtp.orange.fr")),
        ("Auto-Submitted", "auto-replied")],
       multi("report", [text_part(txt, cs="iso-8859-1", cte="quoted-printable"),
                        raw_part("message/delivery-status", dsn("smtp.orange.fr", rc, "failed", "5.2.2", "552 5.2.2 Mailbox full - quota exceeded",
                                 remote_mta="mx.ollivier-elec.fr")),
                        raw_part("message/rfc822", orig_msg(n, inv, rc, 2, 10, 9))], params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc}")

    # 4 Free postfix host not found
    n, inv, rc = 450, "F-2026-0450", "contact@lozac-archi.fr"
    txt = ("This is the mail system at host smtp6-g21.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           f"<{rc}>: Host or domain name not found. Name service error for\n    name=lozac-archi.fr type=A: Host not found\n")
    BO("free_postfix_domain_not_found.eml", "en", "Free (smtp.free.fr, Postfix)", "Postfix bounce from Free relay, DNS host not found (typo domain)",
       [("From", addr("Mail Delivery System", "MAILER-DAEMON@smtp6-g21.free.fr")), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(3, 11, 0)), ("Message-ID", "<20261203100002.4F1A21C0142@smtp6-g21.free.fr>"),
        ("Auto-Submitted", "auto-replied")],
       multi("report", [text_part(txt, cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
                        raw_part("message/delivery-status", dsn("smtp6-g21.free.fr", rc, "failed", "5.4.4",
                                 "", extra=f"Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=lozac-archi.fr type=A: Host not found\n"),
                                 extra=[("Content-Description", "Delivery report")]),
                        raw_part("message/rfc822", orig_msg(n, inv, rc, 3, 10, 58), extra=[("Content-Description", "Undelivered Message")])],
             params="; report-type=delivery-status", boundary="4F1A21C0142.1764756002/smtp6-g21.free.fr"),
       facts=f"failed_recipient={rc}")

    # 5 Postfix delay warning
    n, inv, rc = 451, "F-2026-0451", "direction@kerampir-immo.fr"
    txt = ("This is the mail system at host mail.lebihan-ingenierie.fr.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
           f"<{rc}>: connect to mx.kerampir-immo.fr[203.0.113.45]:25: Connection timed\n    out\n")
    BO("postfix_delay_warning.eml", "en", "Postfix (owner's relay)", "delay warning 'THIS IS A WARNING ONLY', Action: delayed",
       [("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.lebihan-ingenierie.fr")), ("To", OWNER),
        ("Subject", "Delayed Mail (still being retried)"), ("Date", D(1, 14, 5)), ("Message-ID", "<20261201130504.9C2D11A0E7@mail.lebihan-ingenierie.fr>"),
        ("Auto-Submitted", "auto-replied")],
       multi("report", [text_part(txt, cs="us-ascii", cte="7bit"),
                        raw_part("message/delivery-status", dsn("mail.lebihan-ingenierie.fr", rc, "delayed", "4.4.1",
                                 "", extra="Diagnostic-Code: X-Postfix; connect to mx.kerampir-immo.fr[203.0.113.45]:25: Connection timed out\nWill-Retry-Until: Sun, 6 Dec 2026 10:04:12 +0100 (CET)\n")),
                        raw_part("text/rfc822-headers", orig_msg(n, inv, rc, 1, 10, 4, headers_only=True))],
             params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc};bounce_final=no")

    # 6 Gmail-style plain text, no DSN part
    n, inv, rc = 452, "F-2026-0452", "factures@sodimer-bretagne.fr"
    txt = (f"Message not delivered\n\nYour message couldn't be delivered to {rc} because the remote server is misconfigured. "
           "See technical details below for more information.\n\nThe response from the remote server was:\n"
           "554 5.7.1 Service unavailable; Client host [209.85.128.41] blocked using a local blocklist\n\n"
           "----- Original message -----\n\n" + orig_msg(n, inv, rc, 2, 15, 30, headers_only=True).decode() + "\n" + rem_fr(inv, 2582.00, "01/10/2026", "31/10/2026"))
    BO("gmail_plain_no_dsn_part.eml", "en", "Google Workspace (mailer-daemon)", "plain-text bounce WITHOUT a message/delivery-status part",
       [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", OWNER),
        ("Subject", "Message not delivered"), ("Date", D(2, 15, 31, tz=-8)), ("Message-ID", mid("mx.google.com"))],
       text_part(txt, cs="UTF-8", cte="quoted-printable"), facts=f"failed_recipient={rc}", notes="no machine-readable part; recipient only in text")

    # 7 OVH Exim
    n, inv, rc = 453, "F-2026-0453", "p.nedelec@nedelec-paysage.fr"
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
           "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
           f"  {rc}\n    host mx3.mail.ovh.net [198.51.100.20]\n    SMTP error from remote mail server after RCPT TO:<{rc}>:\n"
           "    550 5.1.1 <" + rc + ">: Recipient address rejected: User unknown\n\n------ This is a copy of the message, including all the headers. ------\n\n")
    BO("ovh_exim_mail_delivery_failed.eml", "en", "OVHcloud mail (Exim)", "Exim 'Mail delivery failed: returning message to sender', X-Failed-Recipients",
       [("From", addr("Mail Delivery System", "Mailer-Daemon@mo555.mail-out.ovh.net")), ("To", OWNER),
        ("Subject", "Mail delivery failed: returning message to sender"), ("Date", D(30, 16, 20)),
        ("Message-ID", "<E1wQx2F-0007Lm-Hs@mo555.mail-out.ovh.net>"), ("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied")],
       text_part(txt + orig_msg(n, inv, rc, 30, 16, 19).decode(), cs="us-ascii", cte="7bit"), facts=f"failed_recipient={rc}",
       notes="Exim default: single text part with the original appended, no DSN part")

    # 8 Postfix 5.7.1 spam policy
    n, inv, rc = 454, "F-2026-0454", "accueil@tregor-isolation.fr"
    txt = ("This is the mail system at host mail.lebihan-ingenierie.fr.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
           f"<{rc}>: host mx.tregor-isolation.fr[192.0.2.77] said: 550 5.7.1\n    Message rejected as spam by content filter (in reply to end of DATA\n    command)\n")
    BO("postfix_rejected_spam_filter.eml", "en", "Postfix (owner's relay)", "permanent 5.7.1 content-filter rejection",
       [("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.lebihan-ingenierie.fr")), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(3, 16, 44)),
        ("Message-ID", "<20261203154402.1B7E01A0E9@mail.lebihan-ingenierie.fr>"), ("Auto-Submitted", "auto-replied")],
       multi("report", [text_part(txt, cs="us-ascii", cte="7bit"),
                        raw_part("message/delivery-status", dsn("mail.lebihan-ingenierie.fr", rc, "failed", "5.7.1",
                                 "550 5.7.1 Message rejected as spam by content filter", remote_mta="mx.tregor-isolation.fr")),
                        raw_part("message/rfc822", orig_msg(n, inv, rc, 3, 16, 43))], params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc}")

    # 9 Exchange delay EN
    n, inv, rc = 455, "F-2026-0455", "ap@harbour-rock.co.uk"
    txt = (f"Delivery is delayed to these recipients or groups:\n\n{rc}\n\nSubject: {rem_subj(inv, 'en')}\n\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
           "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
           "You'll be notified if the message can't be delivered by that time.\n")
    BO("exchange_en_delivery_delayed.eml", "en", "Microsoft Exchange Online", "Exchange 'Delivery delayed:' warning",
       [("From", addr("Microsoft Outlook", "postmaster@outlook.com")), ("To", OWNER),
        ("Subject", "Delivery delayed:" + rem_subj(inv, "en")), ("Date", D(4, 13, 8)), ("Message-ID", mid("AM9P195MB1470.EURP195.PROD.OUTLOOK.COM")),
        ("Auto-Submitted", "auto-replied")],
       multi("report", [text_part(txt, cte="quoted-printable"),
                        raw_part("message/delivery-status", dsn("AM9P195MB1470.EURP195.PROD.OUTLOOK.COM", rc, "delayed", "4.4.7",
                                 "441 4.4.1 Error encountered while communicating with primary target IP address")),
                        raw_part("text/rfc822-headers", orig_msg(n, inv, rc, 4, 9, 0, lang="en", headers_only=True))],
             params="; report-type=delivery-status"),
       facts=f"failed_recipient={rc};bounce_final=no")

    # 10 qmail failure notice
    n, inv, rc = 456, "F-2026-0456", "gerance@sci-penn-ar-bed.fr"
    txt = ("Hi. This is the qmail-send program at mail.hebergeur-breizh.example.\nI'm afraid I wasn't able to deliver your message "
           "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           f"<{rc}>:\nThis address no longer accepts mail.\n\n--- Below this line is a copy of the message.\n\n")
    BO("qmail_failure_notice.eml", "en", "qmail (small hosting provider)", "qmail 'failure notice', free text, no DSN",
       [("From", "MAILER-DAEMON@mail.hebergeur-breizh.example"), ("To", OWNER), ("Subject", "failure notice"),
        ("Date", D(4, 8, 49))],
       ([], b""), raw_override=render_headers([("From", "MAILER-DAEMON@mail.hebergeur-breizh.example"), ("To", OWNER),
                                               ("Subject", "failure notice"), ("Date", D(4, 8, 49))]) + b"\n" + txt.encode() + orig_msg(n, inv, rc, 4, 8, 48),
       facts=f"failed_recipient={rc}", notes="no MIME headers and no Message-ID at all (qmail style)")

# =====================================================================================
# OTHER
# =====================================================================================
def others():
    def H(frm, subj, day, h, m, dom, extra=(), tz=1, to=OWNER):
        return [("From", frm), ("To", to), ("Subject", hdr(subj)), ("Date", D(day, h, m, tz=tz)), ("Message-ID", mid(dom))] + list(extra)
    bulk = [("Precedence", "bulk"), ("List-Unsubscribe", "<https://example.net/unsubscribe?u=8812>")]

    # Autodesk renewal
    txt = ("Bonjour Yann,\n\nVotre abonnement AutoCAD LT (annuel) sera renouvelé automatiquement le 15 décembre 2026.\n\n"
           "Produit : AutoCAD LT – 1 utilisateur\nMontant : 564,00 € HT\nMoyen de paiement : carte Visa se terminant par 7710\n\n"
           "Aucune action n'est requise de votre part. Pour modifier ou résilier votre abonnement, rendez-vous sur manage.autodesk.com.\n\n"
           "Autodesk Ireland Operations Unlimited Company\n")
    OT("autodesk_renouvellement_abonnement.eml", "fr", "Autodesk", "subscription auto-renewal notice with amount and card",
       H(addr("Autodesk", "autodesk@autodeskcommunications.com"), "Votre abonnement AutoCAD LT sera renouvelé le 15 décembre", 1, 16, 0, "autodesk.com"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"), provider="Autodesk",
       notes="software licence renewal; future card charge, not a bank notice")

    # GRAITEC update newsletter
    html = ("<html><body style=\"font-family:Arial\"><h1 style=\"color:#e30613\">Advance Design 2027 est disponible</h1>"
            "<p>Bonjour,</p><p>La version 2027 d'Advance Design apporte le nouvel Eurocode 2 (génération 2), l'export IFC 4.3 et un "
            "post-traitement des vérifications au feu entièrement revu.</p><p><a href=\"https://graitec.example/fr/ad2027\">Télécharger</a> "
            "depuis votre espace client (contrat de maintenance actif requis).</p><p>Webinaire de présentation : jeudi 10 décembre à 11h.</p>"
            "<p style=\"font-size:10px;color:#999\">Vous recevez cet e-mail en tant que client GRAITEC. Se désinscrire</p></body></html>")
    OT("graitec_advance_design_2027.eml", "fr", "GRAITEC", "CAD/structural software release newsletter, HTML only",
       H(addr("GRAITEC France", "news@graitec.example"), "Advance Design 2027 : Eurocode 2 nouvelle génération, IFC 4.3…", 30, 10, 30, "graitec.example", bulk),
       text_part(html, "html", cte="quoted-printable"), provider="GRAITEC")

    # MAF insurance attestation
    txt = ("Mutuelle des Architectes Français\n\nBonjour Monsieur Le Bihan,\n\nVotre attestation d'assurance responsabilité civile "
           "professionnelle et décennale pour l'année 2027 est disponible dans votre espace adhérent.\n\n"
           "Contrat n° 0412778 – Bureau d'études techniques (structures, thermique)\n\nNous vous rappelons que votre déclaration "
           "d'activité 2026 (montant des honoraires encaissés) doit nous parvenir avant le 31 mars 2027.\n\nLa MAF\n")
    OT("maf_attestation_assurance_2027.eml", "fr", "MAF (assurance)", "professional insurance certificate available",
       H(addr("MAF", "ne-pas-repondre@maf.example"), "Votre attestation d'assurance 2027 est disponible", 3, 9, 0, "maf.example"),
       text_part(txt, cte="quoted-printable"), provider="MAF", notes="insurer domain made fictional (maf.example)")

    # OPQIBI qualification
    txt = ("OPQIBI – Organisme de qualification de l'ingénierie\n\nMadame, Monsieur,\n\nLa qualification 1331 « Étude thermique "
           "réglementaire maison individuelle » de LE BIHAN INGENIERIE arrive à échéance du contrôle annuel le 31/01/2027.\n"
           "Merci de transmettre via votre espace les pièces suivantes : attestations d'assurance, attestation URSSAF de moins "
           "de 6 mois, références récentes.\n\nLe secrétariat technique\n")
    OT("opqibi_controle_annuel.eml", "fr", "OPQIBI", "trade qualification body annual control reminder",
       H(addr("OPQIBI", "qualification@opqibi.example"), "Contrôle annuel de votre qualification – pièces à fournir", 2, 14, 12, "opqibi.example"),
       text_part(txt, cte="quoted-printable"), provider="OPQIBI")

    # BOAMP alert
    txt = ("BOAMP – Alerte « BET structures Finistère »\n\n3 nouveaux avis correspondent à vos critères :\n\n"
           "1. Commune de Crozon – Mission de maîtrise d'œuvre structure pour la réhabilitation de la salle omnisports\n"
           "   Procédure adaptée – Date limite : 08/01/2027 12:00 – Avis n° 26-178342\n"
           "2. Brest Métropole Habitat (fictif) – Audits énergétiques de 12 résidences – Accord-cadre\n"
           "   Appel d'offres ouvert – Date limite : 15/01/2027 – Avis n° 26-178519\n"
           "3. SIVOM du Pays d'Iroise – Diagnostic structure de la passerelle du port\n   MAPA – Date limite : 21/12/2026 – Avis n° 26-178601\n\n"
           "Gérer mes alertes : https://www.boamp.fr/pages/alertes\nDILA – Direction de l'information légale et administrative\n")
    OT("boamp_alerte_3_avis.eml", "fr", "BOAMP (DILA)", "public tender alert listing 3 notices with deadlines",
       H(addr("BOAMP", "alertes@boamp.fr"), "BOAMP : 3 nouveaux avis pour votre alerte « BET structures Finistère »", 1, 5, 2, "boamp.fr"),
       text_part(txt, cte="quoted-printable"), provider="BOAMP", notes="authority names partly fictional")

    # Mégalis tender deposit receipt
    txt = ("Plateforme de dématérialisation des marchés publics Mégalis Bretagne\n\nAccusé de réception de dépôt\n\n"
           "Consultation : 2026-BET-041 – Audit énergétique du groupe scolaire de Kerlouarn\nAcheteur : Syndicat mixte du port de Kerlouarn\n"
           "Entreprise : LE BIHAN INGENIERIE\nDate et heure de dépôt : 02/12/2026 11:47:31\nEmpreinte du pli : 9f2c…a17e\n\n"
           "Votre pli a bien été déposé. Il ne pourra être ouvert qu'après la date limite de remise des offres.\n")
    OT("megalis_accuse_depot_pli.eml", "fr", "Mégalis Bretagne", "public procurement platform: tender submission receipt",
       H(addr("Mégalis Bretagne - Marchés publics", "ne-pas-repondre@marches.megalis.example"), "Accusé de réception de votre dépôt – 2026-BET-041", 2, 11, 48, "megalis.example"),
       text_part(txt, cte="quoted-printable"), provider="Mégalis Bretagne")

    # Microsoft 365 security alert
    txt = ("Compte Microsoft\n\nActivité de connexion inhabituelle\n\nNous avons détecté une activité inhabituelle sur le compte "
           "Microsoft y**n@lebihan-ingenierie.fr.\n\nPays/région : Pays-Bas\nAdresse IP : 198.51.100.83\nDate : 03/12/2026 02:14 (CET)\n"
           "Plateforme : Windows\nNavigateur : Chrome\n\nSi c'était vous, vous pouvez ignorer ce message. Sinon, sécurisez votre compte.\n\n"
           "Merci,\nL'équipe des comptes Microsoft\n")
    OT("microsoft_activite_connexion_inhabituelle.eml", "fr", "Microsoft account", "security alert: unusual sign-in",
       H(addr("Équipe des comptes Microsoft", "account-security-noreply@accountprotection.microsoft.com"), "Activité de connexion inhabituelle sur le compte Microsoft", 3, 2, 20, "accountprotection.microsoft.com"),
       text_part(txt, cte="quoted-printable"), provider="Microsoft")

    # OVHcloud invoice to owner
    txt = ("Bonjour,\n\nVotre facture FR52871234 d'un montant de 23,99 € TTC est disponible dans votre espace client.\n\n"
           "Services : hébergement Pro lebihan-ingenierie.fr, Email Pro (3 comptes)\nMode de paiement : prélèvement SEPA – le montant "
           "sera prélevé sous 5 jours.\n\nL'équipe OVHcloud\n2 rue Kellermann, 59100 Roubaix\n")
    OT("ovhcloud_facture_a_payer.eml", "fr", "OVHcloud", "supplier invoice TO the owner, to be debited",
       H(addr("OVHcloud", "noreply@ovh.com"), "Votre facture OVHcloud FR52871234", 1, 3, 12, "ovh.com"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"), provider="OVHcloud")

    # URSSAF new document
    txt = ("Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne urssaf.fr.\n\nObjet : Échéancier de vos cotisations 2027\n\n"
           "Pour le consulter, connectez-vous à votre espace sécurisé.\n\nCet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\n"
           "Votre Urssaf Bretagne\n")
    OT("urssaf_nouveau_message.eml", "fr", "URSSAF", "administrative: new message in secure space",
       H(addr("Urssaf", "ne-pas-repondre@urssaf.fr"), "Nouveau message dans votre espace en ligne", 30, 19, 12, "urssaf.fr"),
       text_part(txt, cte="quoted-printable"), provider="URSSAF")

    # impots CFE
    txt = ("Bonjour,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel "
           "sur impots.gouv.fr.\n\nMontant à payer : 1 284 €\nDate limite de paiement : 15/12/2026\n\nSi vous avez adhéré au prélèvement "
           "à l'échéance, le montant sera prélevé automatiquement à partir du 25/12/2026.\n\nLa Direction générale des Finances publiques\n"
           "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n")
    OT("impots_avis_cfe_disponible.eml", "fr", "DGFiP (impots.gouv)", "tax notice available (CFE), amount and deadline",
       H(addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), "Votre avis de CFE 2026 est disponible", 30, 8, 5, "dgfip.finances.gouv.fr"),
       text_part(txt, cte="quoted-printable"), provider="DGFiP",
       notes="from the same DGFiP domain as the avis de paiement but a tax notice, not money movement")

    # Phishing Crédit Agricole
    html = ("<html><body style=\"font-family:Arial\"><img src=\"https://ca-securite-pro.example/logo.png\" alt=\"Crédit Agricole\">"
            "<p>Cher(e) client(e),</p><p>Suite à la mise à jour de la DSP2, votre accès à Crédit Agricole En Ligne sera <b>suspendu sous 24h</b> "
            "si vous ne réactivez pas votre SécuriPass.</p><p>Un virement entrant de <b>3 850,00 €</b> est actuellement bloqué en attente de "
            "validation.</p><p><a href=\"https://ca-securite-pro.example/reactivation\">Réactiver mon accès</a></p>"
            "<p>Cordialement,<br>Service Client Crédit Agricole</p></body></html>")
    OT("phishing_credit_agricole_securipass.eml", "fr", "phishing (imitates Crédit Agricole)",
       "phishing: fake bank suspension + 'virement bloqué' lure, lookalike domain",
       H(addr("Crédit Agricole", "service-client@ca-securite-pro.example"), "⚠️ Votre accès sera suspendu - action requise", 2, 23, 51, "ca-securite-pro.example",
         [("Reply-To", "support-ca@mailbox-fr.example")]),
       text_part(html, "html", cte="base64"), notes="mentions an incoming transfer amount; label other per guide")

    # Phishing PayPal
    txt = ("PayPal\n\nVous avez reçu un paiement de 2 450,00 EUR\n\nBonjour,\n\nL'acheteur \"Kevin Morel\" vous a envoyé 2 450,00 EUR. "
           "Pour des raisons de sécurité, les fonds sont retenus jusqu'à ce que vous confirmiez vos informations de compte.\n\n"
           "Confirmer maintenant : http://paypal-resolution-centre.example/confirm?id=88231\n\n"
           "Sans confirmation sous 48 heures, le paiement sera annulé et votre compte limité.\n\nL'équipe PayPal\n")
    OT("phishing_paypal_paiement_retenu.eml", "fr", "phishing (imitates PayPal)",
       "phishing mimicking a PayPal payment-received notice, wrong sender domain",
       H(addr("PayPal Service", "service@paypal-resolution-centre.example"), "Vous avez reçu un paiement de 2 450,00 EUR", 3, 4, 17, "paypal-resolution-centre.example"),
       text_part(txt, cte="quoted-printable"), notes="looks like a payment notice; sender domain is not PayPal's")

    # spam prize
    txt = ("FÉLICITATIONS Yann !!!\n\nVous avez été sélectionné(e) parmi nos clients fidèles pour recevoir un iPhone 17 Pro.\n"
           "Il ne vous reste qu'à régler les frais de livraison de 1,95 € pour confirmer votre gain.\n\n"
           "👉 Je réclame mon cadeau : http://cadeau-exclusif.example/r/yann\n\nOffre valable 24h.\n")
    OT("spam_vous_avez_gagne.eml", "fr", "spam", "prize spam 'vous avez gagné'",
       H(addr("Service Fidélité", "noreply@cadeau-exclusif.example"), "Yann, vous avez gagné ! Confirmez votre gain", 4, 3, 3, "cadeau-exclusif.example"),
       text_part(txt, cte="quoted-printable"))

    # Calendar invitation
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=Maëlle Kerlann:mailto:m.kerlann@atelier-kerlann.fr\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yann Le Bihan:mailto:yann@lebihan-ingenierie.fr\n"
           "SUMMARY;LANGUAGE=fr-FR:Réunion de chantier n°12 – Résidence Ker Avel\nDTSTART;TZID=Romance Standard Time:20261208T090000\n"
           "DTEND;TZID=Romance Standard Time:20261208T110000\nUID:040000008200E00074C5B7101A82E0080000000010A5C3D2\n"
           "LOCATION;LANGUAGE=fr-FR:Base vie – 14 rue de Kerinou\, Brest\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    txt = "Réunion de chantier n°12 – Résidence Ker Avel\nmardi 8 décembre 2026 09:00-11:00\nBase vie – 14 rue de Kerinou, Brest\n"
    OT("kerlann_invitation_reunion_chantier.eml", "fr", "Atelier Kerlann Architectes (Exchange calendar)", "calendar invitation with text/calendar METHOD:REQUEST",
       H(addr("Maëlle Kerlann", "m.kerlann@atelier-kerlann.fr"), "Invitation : Réunion de chantier n°12 – Résidence Ker Avel", 1, 17, 3, "atelier-kerlann.fr"),
       multi("alternative", [text_part(txt), text_part("<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", "html"),
                             text_part(ics, "calendar", params="; method=REQUEST")]),
       notes="same sender as a human reply; invitation generated by the calendar system")

    # Colissimo
    txt = ("Colissimo\n\nBonjour,\n\nVotre colis n° 6A12345678901 expédié par TESTO FRANCE est en cours de livraison.\n"
           "Livraison prévue : aujourd'hui, jeudi 3 décembre, entre 9h et 13h.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois\n\n"
           "La Poste – Colissimo. Merci de ne pas répondre à cet e-mail.\n")
    OT("colissimo_colis_en_livraison.eml", "fr", "Colissimo (La Poste)", "shipping notice (thermal camera order)",
       H(addr("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis 6A12345678901 est en cours de livraison", 3, 7, 40, "laposte.fr"),
       text_part(txt, cte="quoted-printable"), provider="Colissimo",
       notes="from La Poste group, same group as La Banque Postale but a shipping notice")

    # LinkedIn
    txt = ("Yann, vous êtes apparu dans 14 recherches cette semaine\n\nDes personnes de Bouygues Bâtiment Grand Ouest, Brest métropole "
           "et 3 autres entreprises ont consulté votre profil.\n\nVoir toutes les recherches : https://www.linkedin.com/me/search-appearances\n\n"
           "Cet e-mail était destiné à Yann Le Bihan (Ingénieur structures & audits énergétiques).\n"
           "Vous recevez des e-mails de notification LinkedIn. Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n")
    OT("linkedin_apparitions_recherches.eml", "fr", "LinkedIn", "social network notification",
       H(addr("LinkedIn", "notifications-noreply@linkedin.com"), "Yann, vous êtes apparu dans 14 recherches cette semaine", 30, 18, 30, "linkedin.com", bulk),
       text_part(txt, cte="quoted-printable"), provider="LinkedIn")

    # Indy accounting tool
    txt = ("Bonjour Yann,\n\n7 transactions de novembre attendent d'être catégorisées dans Indy, dont 3 encaissements.\n\n"
           "Pensez à les catégoriser avant le 10 décembre pour préparer votre déclaration de TVA.\n\nCatégoriser mes transactions : https://app.indy.fr\n\n"
           "L'équipe Indy\n")
    OT("indy_transactions_a_categoriser.eml", "fr", "Indy", "accounting tool reminder mentioning transactions (no single movement)",
       H(addr("Indy", "bonjour@indy.fr"), "7 transactions à catégoriser avant votre TVA", 2, 18, 0, "indy.fr"),
       text_part(txt, cte="quoted-printable"), provider="Indy")

    # Yousign
    txt = ("Bonjour Yann Le Bihan,\n\nLe document « Contrat de mission AMO – Réhabilitation Kerangoff » a été signé par tous les "
           "signataires :\n- Patricia Le Floc'h (Ker Héol Habitat)\n- Yann Le Bihan\n\nTéléchargez le document signé et le fichier de preuve "
           "depuis votre espace Yousign.\n\nYousign – Signature électronique\n")
    OT("yousign_document_signe.eml", "fr", "Yousign", "e-signature: document signed by all parties",
       H(addr("Yousign", "noreply@yousign.com"), "Document signé : Contrat de mission AMO – Réhabilitation Kerangoff", 4, 15, 22, "yousign.com"),
       text_part(txt, cte="quoted-printable"), provider="Yousign")

    # Gandi domain renewal (EN)
    txt = ("Hello,\n\nThe following domain will expire in 30 days:\n\n  lebihan-ingenierie.fr   expires 2027-01-03\n\n"
           "Automatic renewal is disabled for this domain. To avoid service interruption (website and e-mail), renew it now from your "
           "Gandi account: https://admin.gandi.net/domain\n\nRenewal price: €15.62 incl. VAT (1 year)\n\nThe Gandi team\n")
    OT("gandi_en_domain_expires_30_days.eml", "en", "Gandi", "domain renewal reminder, price",
       H(addr("Gandi", "no-reply@gandi.net"), "[Gandi] lebihan-ingenierie.fr expires in 30 days", 4, 6, 0, "gandi.net", tz=1),
       text_part(txt, cte="quoted-printable"), provider="Gandi")

    # Adobe receipt
    txt = ("Merci pour votre commande.\n\nReçu Adobe\n\nN° de commande : 8123456789\nDate : 02/12/2026\nProduit : Acrobat Pro (abonnement mensuel)\n"
           "Montant débité : 23,99 € TTC\nMoyen de paiement : Visa ****7710\n\nAdobe Systems Software Ireland Ltd\n")
    OT("adobe_recu_abonnement.eml", "fr", "Adobe", "merchant receipt for the owner's card charge (not a bank notice)",
       H(addr("Adobe", "message@adobe.com"), "Votre reçu Adobe", 2, 6, 44, "adobe.com"),
       alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>"), provider="Adobe",
       notes="mentions 'Montant débité' but sender is a merchant, not a bank")

    # CMB newsletter
    html = ("<html><body style=\"font-family:Arial\"><h2>Les Rendez-vous Pro du Crédit Mutuel de Bretagne</h2>"
            "<p>Bonjour,</p><p>Décembre : préparez votre clôture ! Notre webinaire « Trésorerie et délais de paiement : comment se faire "
            "payer plus vite » a lieu le 9 décembre à 12h30.</p><p>Découvrez aussi l'encaissement par lien de paiement et l'affacturage "
            "pour TPE.</p><p><a href=\"https://www.cmb.fr/pro\">Je m'inscris</a></p><p style=\"font-size:10px\">Vous recevez cet e-mail car "
            "vous êtes client professionnel du Crédit Mutuel de Bretagne. Se désinscrire.</p></body></html>")
    OT("cmb_newsletter_pro.eml", "fr", "Crédit Mutuel de Bretagne", "bank's own marketing newsletter (payment vocabulary, no movement)",
       H(addr("Crédit Mutuel de Bretagne", "newsletter@info.cmb.fr"), "Se faire payer plus vite : notre webinaire du 9 décembre", 1, 11, 0, "info.cmb.fr", bulk),
       text_part(html, "html", cte="quoted-printable"), provider="Crédit Mutuel de Bretagne")

    # Qonto fee invoice
    txt = ("Bonjour Yann,\n\nVotre facture d'abonnement Qonto de novembre 2026 est disponible.\n\nFormule : Essential\n"
           "Montant : 11,00 € HT (13,20 € TTC)\nLe montant a été débité de votre compte principal le 1er décembre.\n\n"
           "Télécharger la facture : https://app.qonto.com/settings/invoices\n\nL'équipe Qonto\n")
    OT("qonto_facture_abonnement.eml", "fr", "Qonto", "bank's own fee invoice",
       H(addr("Qonto", "notifications@qonto.com"), "Votre facture Qonto de novembre est disponible", 1, 9, 10, "qonto.com"),
       text_part(txt, cte="quoted-printable"), provider="Qonto",
       notes="bank fee invoice (guide: other), though it mentions a debit")

    # Chorus Pro rejected
    txt = ("Chorus Pro - Notification de changement de statut\n\nBonjour,\n\nLe statut de la facture ci-dessous a évolué.\n\n"
           "Numéro de facture : F-2026-0430\nDestinataire : COMMUNE DE PLOUZEVET\nMontant TTC : 1 920,00 EUR\nNouveau statut : REJETEE\n"
           "Motif : Numéro d'engagement absent ou erroné\nCommentaire du destinataire : « Merci de redéposer la facture avec l'engagement EJ 2026-0518 »\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n")
    OT("chorus_pro_facture_rejetee.eml", "fr", "Chorus Pro (AIFE)", "invoice workflow status REJETEE (no money movement)",
       H(addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"), "[Chorus Pro] Changement de statut de la facture F-2026-0430 : Rejetée", 3, 21, 40, "chorus-pro.gouv.fr"),
       text_part(txt, cte="quoted-printable"), provider="Chorus Pro",
       notes="unsure: label other since no payment is involved; could be argued payment_notification (failed)")

    # Doctolib
    txt = ("Rappel de votre rendez-vous\n\nBonjour Yann,\n\nNous vous rappelons votre rendez-vous :\n\nLundi 7 décembre 2026 à 08:30\n"
           "Dr Morgane Le Hir – Masseur-kinésithérapeute\n22 rue Louis Pasteur, 29200 Brest\n\nEn cas d'empêchement, pensez à annuler votre "
           "rendez-vous au moins 24h à l'avance.\n")
    OT("doctolib_rappel_rdv.eml", "fr", "Doctolib", "appointment reminder",
       H(addr("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous du lundi 7 décembre", 4, 18, 0, "doctolib.fr"),
       text_part(txt, cte="quoted-printable"), provider="Doctolib", notes="practitioner fictional")

    # accountant invoice
    txt = ("Bonjour,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° HQ-2026-1187 relative à la mission de tenue et de "
           "révision des comptes (4e trimestre).\n\nMontant : 540,00 € TTC – échéance : 31/12/2026.\nRèglement par prélèvement selon le "
           "mandat en vigueur.\n\nCabinet Quillévéré Expertise Comptable\n(message envoyé depuis notre logiciel de facturation)\n")
    OT("cabinet_quillevere_facture_honoraires.eml", "fr", "Cabinet Quillévéré Expertise Comptable",
       "accountant's invoice TO the owner, PDF attached, sent from billing software",
       H(addr("Cabinet Quillévéré", "facturation@quillevere-expertise.fr"), "Facture HQ-2026-1187 – Cabinet Quillévéré", 30, 7, 0, "quillevere-expertise.fr"),
       multi("mixed", [text_part(txt, cte="quoted-printable"),
                       att_part(pdf(["CABINET QUILLEVERE EXPERTISE COMPTABLE", "FACTURE HQ-2026-1187", "Client : LE BIHAN INGENIERIE",
                                     "Total TTC : 540,00 EUR"]), "application/pdf", "HQ-2026-1187.pdf")]),
       notes="incoming invoice to the owner; word 'facture' and amount like a client's")

    # ClimaWin licence
    txt = ("Bonjour,\n\nVotre contrat de maintenance ClimaWin arrive à échéance le 31/12/2026. La nouvelle clé de licence 2027 "
           "(moteur RE2020 et 3CL-DPE mis à jour) vous sera envoyée dès réception de votre bon de commande de renouvellement.\n\n"
           "Tarif 2027 : 1 190,00 € HT / poste.\n\nService commercial\n")
    OT("climawin_renouvellement_licence.eml", "fr", "ClimaWin (thermal software vendor)", "thermal software maintenance renewal asking for a purchase order",
       H(addr("Service commercial ClimaWin", "commercial@climawin-logiciel.example"), "Renouvellement de votre contrat de maintenance ClimaWin 2027", 30, 11, 0, "climawin-logiciel.example"),
       text_part(txt, cte="quoted-printable"), provider="ClimaWin",
       notes="vendor asks the owner for a PO (reverse of a client asking)")


# =====================================================================================
def main():
    reset()
    human()
    payments()
    autos()
    bounces()
    others()
    names = set()
    for r in ROWS:
        assert r["file"] not in names, r["file"]
        names.add(r["file"])
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS) + "\n")
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    for lab in LABELS:
        print(lab, c[lab])
    print("total", len(ROWS))


if __name__ == "__main__":
    main()
