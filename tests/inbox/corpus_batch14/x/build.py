#!/usr/bin/env python3
"""Builds the final14 blind evaluation set for dunnerd (owner: Olivier Baptiste-Laurent, OBL Son).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
Every message is synthetic (written for dunnerd); formats are modelled on the
documented / commonly seen wording of each sender (see the `pattern` and `notes` columns).
"""
import base64, os, quopri, random, shutil, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final14"
OWNER = ("Olivier Baptiste-Laurent", "olivier@obl-son.fr")
OWNER_S = formataddr(OWNER)
CET = timezone(timedelta(hours=1))
UTC = timezone.utc
rnd = random.Random(1414)

ROWS = []
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]


# ---------------------------------------------------------------- helpers
def h(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def a(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def d(day, hh, mm, ss=0, tz=CET, month=None):
    """day 30 -> 30 Nov 2026, 1..11 -> Dec 2026."""
    if month is None:
        month = 11 if day >= 20 else 12
    dt = datetime(2026, month, day, hh, mm, ss, tzinfo=CET).astimezone(tz)
    return format_datetime(dt)


def mid(domain, style="hex"):
    x = hashlib.sha1((domain + str(rnd.random())).encode()).hexdigest()
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (base64.b32encode(bytes.fromhex(x[:20])).decode().rstrip("=")[:14],
                                          base64.urlsafe_b64encode(bytes.fromhex(x[20:40])).decode().rstrip("=").replace("-", "x"))
    if style == "outlook":
        box = "PR3P192MB" + str(rnd.randint(1000, 9999))
        return "<%s%s@%s.EURP192.PROD.OUTLOOK.COM>" % (box, x[:14].upper(), box)
    if style == "apple":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    return "<%s.%s@%s>" % (x[:16], x[16:24], domain)


def enc_body(text, charset, cte):
    raw = text.encode(charset) if isinstance(text, str) else text
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, params=""):
    hdr = "Content-Type: %s" % ctype
    if charset:
        hdr += '; charset="%s"' % charset if rnd.random() < 0.5 else "; charset=%s" % charset
    hdr += params
    lines = [hdr, "Content-Transfer-Encoding: %s" % cte]
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    return ("\n".join(lines) + "\n\n").encode("ascii") + enc_body(text, charset or "ascii", cte)


def T(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


def H(html, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", html, charset, cte)


def attach(ctype, filename, data, disp="attachment"):
    b = base64.encodebytes(data)
    hdr = ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
           'Content-Disposition: %s; filename="%s"\n\n') % (ctype, filename, disp, filename)
    return hdr.encode("ascii") + b


def multi(subtype, parts, boundary=None, params="", close=True):
    if boundary is None:
        boundary = "----=_Part_%d_%d.%d" % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999),
                                           rnd.randint(1000000000000, 1999999999999))
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)).encode()
    out += b"This is a multi-part message in MIME format.\n\n" if rnd.random() < 0.4 else b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.rstrip(b"\n") + b"\n\n"
    if close:
        out += b"--" + boundary.encode() + b"--\n"
    return out


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [T(text, charset, cte), H(html, charset, cte)])


def msg(headers, body, crlf=False):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    if not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("utf-8") + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def pdf(lines):
    """A tiny valid one-page PDF with the given text lines (Helvetica)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    content_b = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content_b) + content_b + b"endstream",
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


def emit(file, label, raw, lang, group, pattern, provider="", money=None, facts="", notes=""):
    path = os.path.join(OUT, label, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(raw)
    m = money or {}
    row = {"file": "%s/%s" % (label, file), "label": label, "source_repo": "synthetic",
           "source_path": "build.py", "source_commit": "", "license": "written for dunnerd",
           "fidelity": "synthetic", "lang": lang, "provider": provider, "source_group": group,
           "pattern": pattern, "direction": m.get("dir", ""), "amount": m.get("amount", ""),
           "currency": m.get("cur", ""), "payer": m.get("payer", ""), "reference": m.get("ref", ""),
           "value_date": m.get("vd", ""), "counts_as_payment": m.get("cap", ""), "facts": facts,
           "split": SPLIT, "notes": notes}
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (file, k)
    ROWS.append(row)


def M(dir, amount, cur, cap, payer="", ref="", vd=""):
    return {"dir": dir, "amount": amount, "cur": cur, "cap": cap, "payer": payer, "ref": ref, "vd": vd}


# ---------------------------------------------------------------- the owner's reminders
SIG_FR = ("Olivier Baptiste-Laurent\nOBL Son — prise de son, mixage, production de podcasts\n"
          "Bordeaux · 06 71 48 22 90 · obl-son.fr")
SIG_EN = ("Olivier Baptiste-Laurent\nOBL Son — sound engineering & podcast production\n"
          "Bordeaux, France · +33 6 71 48 22 90")


def rem_id(n, k=1):
    return "<dunnerd.%d.%d@obl-son.fr>" % (n, k)


def rem_subject(inv, lang="fr"):
    if lang == "fr":
        return "Rappel : facture %s échue" % inv
    return "Reminder: invoice %s is overdue" % inv


def rem_body(inv, amount, due, lang="fr", greet="Bonjour,"):
    if lang == "fr":
        return (f"{greet}\n\nSauf erreur de ma part, la facture {inv} d'un montant de {amount} TTC, "
                f"arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
                "Pourriez-vous me confirmer la date de règlement prévue ? Mes coordonnées bancaires "
                "figurent en bas de la facture.\n\nBien cordialement,\n" + SIG_FR)
    return (f"Hello,\n\nAccording to my records, invoice {inv} for {amount}, due on {due}, "
            "is still outstanding.\n\nCould you let me know when payment is scheduled? My bank "
            "details are at the bottom of the invoice.\n\nKind regards,\n" + SIG_EN)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def gmail_attr_fr(when="lun. 30 nov. 2026 à 09:02"):
    return "Le %s, Olivier Baptiste-Laurent <olivier@obl-son.fr> a écrit :" % when


def outlook_hdr_fr(to, subj, when="lundi 30 novembre 2026 09:02"):
    return ("De : Olivier Baptiste-Laurent <olivier@obl-son.fr>\nEnvoyé : %s\nÀ : %s\nObjet : %s"
            % (when, to, subj))


# ================================================================= human_reply
def HR(frm, to, subj, date, body, msgid, irt=None, cc=None, extra=(), crlf=False, refs=None):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        hs += [("In-Reply-To", irt), ("References", refs or irt)]
    hs += list(extra)
    return msg(hs, body, crlf)


def human():
    L = "human_reply"
    # 1 promise "vendredi", Gmail FR, top-posted above quote
    rb = rem_body("F-2026-0412", "1 480,00 €", "15/11/2026")
    body = ("Bonjour Olivier,\n\nDésolée pour le retard, notre trésorier était en congé. "
            "Je fais le virement vendredi sans faute.\n\nBonne journée,\nMathilde\n\n"
            + gmail_attr_fr("lun. 30 nov. 2026 à 09:02") + "\n" + quote(rb) + "\n")
    emit("radiogaronne_fr_promise_vendredi.eml", L,
         HR(a("Mathilde Sarrazin", "compta@radiogaronne.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0412"),
            d(1, 10, 17, 44), alt(body, "<div dir=\"ltr\">" + body.split("\n\n" + gmail_attr_fr())[0].replace("\n", "<br>")
                                  + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">" + gmail_attr_fr() +
                                  "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                                  + rb.replace("\n", "<br>") + "</blockquote></div>"),
            mid("mail.gmail.com", "gmail"), rem_id(412)),
         "fr", "Radio Garonne FM", "Gmail multipart/alternative, top-posted above quoted reminder",
         facts="promise_date=2026-12-04", notes="Tue 1 Dec: 'vendredi' = Fri 4 Dec")

    # 2 "Paiement prévu le 15." + Envoyé de mon iPhone
    emit("ondescourtes_fr_prevu_le_15_iphone.eml", L,
         HR(a("Julien Mercadier", "julien.mercadier@ondescourtes.fr"), OWNER_S,
            "Re: " + rem_subject("F-2026-0398"), d(30, 19, 48, 2),
            T("Paiement prévu le 15.\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 09:02, Olivier Baptiste-Laurent <olivier@obl-son.fr> a écrit :\n>\n"
              + quote(rem_body("F-2026-0398", "2 160,00 €", "20/11/2026")) + "\n"),
            mid("ondescourtes.fr", "apple"), rem_id(398),
            extra=[("X-Mailer", "iPhone Mail (22B83)")]),
         "fr", "Ondes Courtes", "terse iPhone reply, date as day-of-month only",
         facts="promise_date=2026-12-15", notes="'le 15' resolved against Mon 30 Nov = 15 Dec")

    # 3 fin de la semaine prochaine, long theatre signature with disclaimer
    sig = ("Anne-Sophie Delmas\nAdministratrice de production\n\nTHÉÂTRE DU PORT DE LA LUNE\n"
           "12 quai des Chartrons – 33000 Bordeaux\nStandard : 05 56 00 00 00\nwww.theatre-portdelalune.fr\n\n"
           "Licences d'entrepreneur de spectacles : PLATESV-R-2021-00xxxx / 2021-00xxxx\n\n"
           "Pensez à l'environnement avant d'imprimer ce courriel.\n"
           "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de "
           "ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce "
           "message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. L'intégrité de ce "
           "message ne pouvant être assurée sur Internet, le Théâtre du Port de la Lune ne pourra être tenu "
           "responsable de son contenu.")
    body = ("Bonjour Monsieur Baptiste-Laurent,\n\nJe vous remercie pour votre relance. La facture F-2026-0405 "
            "a été validée par notre directeur hier ; elle partira avec notre prochaine série de paiements, "
            "d'ici la fin de la semaine prochaine.\n\nBien à vous,\n\n" + sig + "\n")
    emit("portdelalune_fr_fin_semaine_prochaine_disclaimer.eml", L,
         HR(a("Anne-Sophie Delmas", "administration@theatre-portdelalune.fr"), OWNER_S,
            "RE: " + rem_subject("F-2026-0405"), d(2, 11, 3, 29), T(body, "utf-8", "quoted-printable"),
            mid("theatre-portdelalune.fr"), rem_id(405),
            extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4583)")]),
         "fr", "Théâtre du Port de la Lune", "long signature + licence numbers + confidentiality disclaimer",
         facts="promise_date=2026-12-11",
         notes="Wed 2 Dec: 'd'ici la fin de la semaine prochaine' = by Fri 11 Dec")

    # 4 EN payment run Thursday (Outlook, CRLF)
    body = ("Hi Olivier,\r\n\r\nThanks for the nudge. INV-0421 has been approved and is on our list for this week – "
            "our payment run is on Thursday, so it should reach you shortly after.\r\n\r\nBest,\r\nHarriet\r\n\r\n"
            "Harriet Cole | Finance Assistant\r\nFenwick & Rowe Audio Ltd\r\n3rd Floor, 41 Tabernacle Street, London EC2A 4AA\r\n"
            "Registered in England & Wales No. 09xxxxxx\r\n\r\n"
            "________________________________\r\nFrom: Olivier Baptiste-Laurent <olivier@obl-son.fr>\r\n"
            "Sent: Monday, November 30, 2026 8:02 AM\r\nTo: Accounts <accounts@fenwickrowe.co.uk>\r\n"
            "Subject: Reminder: invoice INV-0421 is overdue\r\n\r\n"
            + rem_body("INV-0421", "€2,350.00", "16 November 2026", "en").replace("\n", "\r\n") + "\r\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family: Aptos, Arial, sans-serif; font-size: 11pt;\">" +
            body.split("________________________________")[0].replace("\r\n", "<br>\r\n") +
            "</div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\">" +
            body.split("________________________________")[1].replace("\r\n", "<br>\r\n") + "</div></body></html>")
    emit("fenwickrowe_en_payment_run_thursday.eml", L,
         HR(a("Harriet Cole", "harriet.cole@fenwickrowe.co.uk"), OWNER_S, "RE: " + rem_subject("INV-0421", "en"),
            d(30, 14, 26, 51, UTC), alt(body, html), mid("", "outlook"), rem_id(421),
            extra=[("Thread-Topic", "Reminder: invoice INV-0421 is overdue"), ("Thread-Index", "AdtDf3k0s7Fx2mQJRkGZ1h0b3Qm9Aw=="),
                   ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], crlf=True),
         "en", "Fenwick & Rowe Audio Ltd", "Outlook reply, 'payment run is on Thursday', replied from personal address not accounts@",
         facts="promise_date=2026-12-03", notes="Mon 30 Nov: Thursday = 3 Dec; reminder went to accounts@, reply from harriet.cole@")

    # 5 Swiss client, le 10 décembre, CHF
    emit("podcastery_fr_ch_paiement_10_decembre.eml", L,
         HR(a("Nicolas Favre", "n.favre@podcastery.ch"), OWNER_S, "Re: " + rem_subject("F-2026-0417"), d(1, 8, 41, 7),
            T("Bonjour Olivier,\n\nMerci pour le rappel. Notre comptabilité exécute les paiements fournisseurs "
              "étrangers deux fois par mois ; votre facture partira le 10 décembre, en CHF comme convenu.\n"
              "Les éventuels frais bancaires sont à notre charge (option OUR).\n\nMeilleures salutations\n\n"
              "Nicolas Favre\nHead of Production\nPodcastery SA\nAvenue de Rumine 20 · 1005 Lausanne · Suisse\n"),
            mid("podcastery.ch"), rem_id(417), extra=[("User-Agent", "Mozilla Thunderbird")]),
         "fr", "Podcastery SA", "Swiss client, 'Meilleures salutations', explicit calendar date",
         facts="promise_date=2026-12-10")

    # 6 dispute, Outlook HTML-only windows-1252
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=FR link=\"#0563C1\"><div class=WordSection1>"
            "<p class=MsoNormal>Bonjour Monsieur Baptiste-Laurent,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Nous avons bien reçu votre relance concernant la facture F-2026-0409.<o:p></o:p></p>"
            "<p class=MsoNormal>Nous contestons cependant son montant : le devis signé en septembre prévoyait <b>quatre</b> épisodes "
            "de la série « Racines de vigne » à 900 € HT, or la facture en compte six. Les deux épisodes bonus ont été "
            "proposés par vos soins et n’ont jamais fait l’objet d’un bon de commande.<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Merci de nous adresser une facture rectifiée ; nous la "
            "réglerons dès réception.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Cordialement,<o:p></o:p></p><p class=MsoNormal><b>Sandrine Lafitte</b><br>Responsable communication<br>"
            "Groupe Vinéa – Vignerons de l’Entre-deux-Mers<o:p></o:p></p></div></body></html>")
    emit("vinea_fr_dispute_html_only_outlook.eml", L,
         HR(a("Lafitte Sandrine", "s.lafitte@groupe-vinea.fr"), OWNER_S, "RE: " + rem_subject("F-2026-0409"),
            d(1, 15, 9, 12, UTC), H(html, "windows-1252", "quoted-printable"), mid("", "outlook"), rem_id(409),
            extra=[("Thread-Topic", h(rem_subject("F-2026-0409"))), ("Content-Language", "fr-FR"),
                   ("X-MS-Exchange-Organization-SCL", "-1")], crlf=True),
         "fr", "Groupe Vinéa", "Outlook HTML-only, windows-1252 QP, contests episode count",
         facts="dispute=yes", notes="asks for a corrected invoice (not a re-send of the same one)")

    # 7 already paid with date
    emit("lirecoute_fr_deja_paye_26_nov.eml", L,
         HR(a("Camille Fournel", "c.fournel@lirecoute.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0388"), d(30, 11, 52, 10),
            T("Bonjour Olivier,\n\nIl me semble que cette facture a été réglée : le virement est parti de notre compte "
              "le 26 novembre (libellé « LIRECOUTE FACT 0388 »). Il devrait donc apparaître sur votre compte "
              "d'ici demain au plus tard.\n\nPouvez-vous vérifier et me tenir au courant ?\n\nBien cordialement,\n"
              "Camille Fournel\nÉditions Lirécoute — livres audio\n\n" + gmail_attr_fr() + "\n" +
              quote(rem_body("F-2026-0388", "1 920,00 €", "10/11/2026")) + "\n", "utf-8", "8bit"),
            mid("lirecoute.fr"), rem_id(388), extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
         "fr", "Éditions Lirécoute", "already paid with date, 8bit UTF-8",
         facts="already_paid=2026-11-26")

    # 8 already paid claimed, tu
    emit("filrouge_fr_tu_deja_regle.eml", L,
         HR(a("Léa Marchand", "lea@cie-filrouge.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0415"), d(2, 22, 14, 38),
            T("Salut Olivier,\n\nnormalement c'est déjà réglé, c'est Bastien qui s'en est occupé. Tu peux vérifier "
              "de ton côté ? Si t'as rien reçu dis-moi et je lui repose la question.\n\nBises,\nLéa\n\n"
              + gmail_attr_fr("lun. 30 nov. 2026 à 09:04") + "\n" + quote(rem_body("F-2026-0415", "650,00 €", "20/11/2026")) + "\n"),
            mid("", "gmail"), rem_id(415)),
         "fr", "Compagnie du Fil Rouge", "informal tu, already paid without date",
         facts="already_paid=claimed")

    # 9 AP dept attaches bank execution PDF
    p = pdf(["AVIS D'EXECUTION DE VIREMENT SEPA", "Donneur d'ordre : VOIX HAUTE AUDIO SARL",
             "Beneficiaire : OBL SON - BAPTISTE-LAURENT OLIVIER", "IBAN beneficiaire : FR76 1695 8000 0145 **** **** 221",
             "Montant : 3 120,00 EUR", "Date d'execution : 27/11/2026", "Reference : F-2026-0402",
             "Statut : Execute"])
    body = multi("mixed", [T("Bonjour,\n\nSuite à votre relance, veuillez trouver ci-joint l'avis d'exécution du "
                               "virement de 3 120,00 € effectué le 27/11/2026 en règlement de la facture F-2026-0402.\n\n"
                               "Cordialement,\n\nService comptabilité\nVoix Haute Audio SARL\n"),
                           attach("application/pdf", "Avis_execution_VIR_20261127.pdf", p)])
    emit("voixhaute_fr_avis_execution_pdf.eml", L,
         HR(a("Comptabilité Voix Haute", "compta@voixhaute-audio.fr"), OWNER_S, "RE: " + rem_subject("F-2026-0402"),
            d(30, 16, 30, 0), body, mid("voixhaute-audio.fr"), rem_id(402)),
         "fr", "Voix Haute Audio", "client's accounts dept attaches bank execution notice PDF",
         facts="already_paid=2026-11-27")

    # 10 forwarded bank confirmation inline
    fwd = ("---------- Forwarded message ---------\nDe : BNP Paribas Net Entreprises <ne-pas-repondre@bnpparibas.com>\n"
           "Date: lun. 30 nov. 2026 à 16:12\nSubject: Confirmation de votre ordre de virement\n"
           "To: <thomas@bleucobalt.fr>\n\n\nMadame, Monsieur,\n\nNous vous confirmons l'enregistrement de l'ordre de virement suivant :\n\n"
           "Compte débité : AGENCE BLEU COBALT - FR76 3000 4*** **** **** **** 812\n"
           "Bénéficiaire : OBL SON\nMontant : 1 200,00 EUR\nDate d'exécution : 30/11/2026\n"
           "Référence : FACTURE F-2026-0394\n\nBNP Paribas\n")
    emit("bleucobalt_fr_forward_bank_confirmation.eml", L,
         HR(a("Thomas Roux", "thomas@bleucobalt.fr"), OWNER_S, "Fwd: Confirmation de votre ordre de virement", d(1, 9, 5, 31),
            alt("Hello Olivier,\n\nVoilà la preuve, c'est parti hier. Désolé pour le délai !\n\nThomas\n\n" + fwd,
                "<div dir=\"ltr\">Hello Olivier,<div><br></div><div>Voilà la preuve, c'est parti hier. Désolé pour le délai !</div>"
                "<div><br></div><div>Thomas</div><br><div class=\"gmail_quote\">" + fwd.replace("\n", "<br>") + "</div></div>"),
            mid("", "gmail")),
         "fr", "Agence Bleu Cobalt", "fresh mail (no In-Reply-To) forwarding the client's own bank confirmation",
         facts="already_paid=2026-11-30", notes="contains a BNP notice wording but is a human forward")

    # 11 request invoice
    emit("aubrac_fr_renvoyer_facture.eml", L,
         HR(a("Arnaud Destrem", "a.destrem@aubrac-conseil.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0419"), d(2, 9, 12, 40),
            T("Bonjour,\n\nJe ne retrouve pas la facture F-2026-0419 dans nos échanges, elle a dû passer dans les "
              "indésirables. Pourriez-vous me la renvoyer en PDF ? Je la transmets à notre comptable dans la foulée.\n\n"
              "Merci,\nArnaud Destrem\nAssocié - Aubrac Conseil\n", "iso-8859-1", "quoted-printable"),
            mid("aubrac-conseil.fr"), rem_id(419), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
         "fr", "Aubrac Conseil", "ISO-8859-1 QP, asks to resend invoice",
         facts="request_invoice=yes")

    # 12 request RIB, tu, festival
    emit("nuitsmedoc_fr_tu_rib_tresorier.eml", L,
         HR(a("Karim Benali", "karim@nuitsdumedoc.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0410"), d(30, 13, 37, 5),
            T("Salut Olivier,\n\nOn a changé de trésorier à l'AG et il n'a rien retrouvé dans les papiers de l'ancien. "
              "Tu peux m'envoyer ton RIB ? Je lui transmets direct et il fait le nécessaire.\n\nMerci et encore bravo "
              "pour la capta du concert de clôture, on l'écoute en boucle.\n\nKarim\n-- \nFestival Les Nuits du Médoc\n"),
            mid("nuitsdumedoc.fr"), rem_id(410), extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.5.0")]),
         "fr", "Festival Les Nuits du Médoc", "tu, asks for RIB",
         facts="request_rib=yes")

    # 13 EN IBAN on letterhead, new supplier form
    emit("fenwickrowe_en_iban_supplier_form.eml", L,
         HR(a("Fenwick & Rowe Accounts Payable", "accounts@fenwickrowe.co.uk"), OWNER_S,
            "RE: " + rem_subject("INV-0426", "en"), d(2, 10, 2, 17, UTC),
            T("Dear Olivier,\n\nThank you for your email. We are unable to release payment for INV-0426 until you "
              "are set up as a supplier on our system. Could you please send us your IBAN and BIC/SWIFT on company "
              "letterhead (or a bank-issued RIB), together with the attached supplier form?\n\nMany thanks,\n\n"
              "Priya Shah\nAccounts Payable\nFenwick & Rowe Audio Ltd\n\n"
              "This email and any attachments are confidential and intended solely for the addressee. If you have "
              "received it in error please notify the sender and delete it.\n", "us-ascii", "7bit"),
            mid("", "outlook"), rem_id(426)),
         "en", "Fenwick & Rowe Audio Ltd", "accounts payable person asks for IBAN/BIC",
         facts="request_rib=yes", notes="mentions an attached form but has none (as often happens)")

    # 14 question on VAT
    emit("echosmedia_fr_question_tva.eml", L,
         HR(a("Inès Haddad", "ines.haddad@echos-media.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0411"), d(1, 17, 55, 3),
            T("Bonjour Olivier,\n\nPetite question avant de lancer le paiement : votre facture indique « TVA non "
              "applicable, art. 293 B du CGI » mais le devis était en TTC. Le montant à régler est-il bien 1 320 € "
              "net ? Je préfère vérifier avant de saisir.\n\nMerci !\nInès\n\nInès Haddad | Chargée de production\n"
              "Échos Média – réseau de podcasts\n"),
            mid("echos-media.fr"), rem_id(411)),
         "fr", "Échos Média", "question before paying, no promise", facts="",
         notes="question only; not a dispute")

    # 15 complaint about work -> dispute
    emit("pavillonsonore_fr_dispute_saturations.eml", L,
         HR(a("Sophie Tessier", "s.tessier@pavillon-sonore.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0403"), d(3, 14, 20, 0),
            T("Bonjour,\n\nNous n'avons pas oublié votre facture, mais nous ne la réglerons pas en l'état : le master "
              "du chapitre 7 présente des saturations audibles (à 12:40 et 31:05) que notre contrôle qualité a "
              "relevées et qui ont été signalées par mail le 18 novembre. Sans correction, le livre ne peut pas "
              "être publié.\n\nNous attendons donc la version corrigée avant toute mise en paiement.\n\n"
              "Sophie Tessier\nDirectrice éditoriale\nÉditions du Pavillon Sonore\n"),
            mid("pavillon-sonore.fr"), rem_id(403)),
         "fr", "Éditions du Pavillon Sonore", "contests the delivered work, withholds payment",
         facts="dispute=yes")

    # 16 "Noté."
    emit("bordeauxcurieuse_fr_note.eml", L,
         HR(a("Yann Le Goff", "yann@bordeaux-curieuse.org"), OWNER_S, "Re: " + rem_subject("F-2026-0414"), d(30, 9, 31, 55),
            T("Noté.\n\nYann\n\n" + gmail_attr_fr() + "\n" + quote(rem_body("F-2026-0414", "420,00 €", "21/11/2026")) + "\n"),
            mid("", "gmail"), rem_id(414)),
         "fr", "Association Bordeaux Curieuse", "one-word answer above quote", facts="")

    # 17 "ok merci" from phone, no quote
    emit("maisondubreuil_fr_ok_merci_android.eml", L,
         HR(a("Guillaume Dubreuil", "g.dubreuil@maison-dubreuil.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0416"),
            d(4, 7, 58, 12), T("ok merci\n\nEnvoyé depuis mon appareil Galaxy\n", "utf-8", "7bit"),
            mid("maison-dubreuil.fr"), rem_id(416)),
         "fr", "Maison Dubreuil", "two words, Samsung signature", facts="")

    # 18 different address, début janvier
    emit("nuitsmedoc_fr_perso_debut_janvier.eml", L,
         HR(a("Karim B.", "k.benali.perso@example.net"), OWNER_S, "relance facture festival", d(3, 21, 4, 40),
            T("Olivier,\n\nJe t'écris de mon adresse perso, la boîte du festival déconne. La trésorière m'a dit "
              "que la subvention du département arrive fin décembre, donc on te paie la F-2026-0410 début janvier. "
              "Désolé, vraiment.\n\nKarim\n"),
            mid("example.net")),
         "fr", "Festival Les Nuits du Médoc", "new thread from a personal address, no In-Reply-To",
         facts="promise_date=early_2027-01",
         notes="'début janvier' -> early_2027-01")

    # 19 long legal signature, mise en paiement 31 décembre
    legal = ("\n\n--\nDelphine Garrigues\nAcheteuse – Direction des Achats et Moyens Généraux\nMUTUELLE ATLANTIQUE SANTÉ\n"
             "Mutuelle soumise aux dispositions du livre II du Code de la mutualité – SIREN 000 000 000\n"
             "Siège social : 8 cours du Médoc, 33300 Bordeaux\n\n"
             "*************************************************************************************\n"
             "Ce message et les pièces jointes sont confidentiels et réservés à l'usage exclusif de ses destinataires. "
             "Il peut également être protégé par le secret professionnel. Si vous recevez ce message par erreur, "
             "merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité du message ne pouvant être "
             "assurée sur Internet, la responsabilité de Mutuelle Atlantique Santé ne pourra être recherchée quant "
             "au contenu de ce message. Bien que les meilleurs efforts soient faits pour maintenir cette transmission "
             "exempte de tout virus, l'émetteur ne donne aucune garantie à cet égard.\n\n"
             "This message and any attachments are confidential and intended solely for the addressees. If you "
             "receive this message in error, please notify the sender immediately and delete it.\n"
             "*************************************************************************************\n")
    emit("mutuelleatlantique_fr_legal_sig_31dec.eml", L,
         HR(a("GARRIGUES Delphine", "delphine.garrigues@mutuelle-atlantique.fr"), OWNER_S,
            "RE: " + rem_subject("F-2026-0400") + " [C2 - Interne]", d(2, 16, 48, 9, UTC),
            T("Bonjour Monsieur,\n\nVotre facture F-2026-0400 a été rapprochée du bon de commande BC-26-11873 et "
              "validée par le service demandeur. Conformément à nos conditions (45 jours fin de mois), elle sera "
              "mise en paiement le 31 décembre 2026.\n\nCordialement," + legal, "utf-8", "base64"),
            mid("mutuelle-atlantique.fr"), rem_id(400),
            extra=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("x-titus-metadata-40", "eyJDYXRlZ29yeUxhYmVscyI6IiJ9")], crlf=True),
         "fr", "Mutuelle Atlantique Santé", "corporate buyer, base64 body, classification tag in subject, bilingual disclaimer",
         facts="promise_date=2026-12-31")

    # 20 forward to colleague with owner in Cc
    emit("grangeauxondes_fr_forward_colleague_cc.eml", L,
         HR(a("Pierre-Yves Castagnet", "direction@grange-aux-ondes.fr"), a("Nadia Ferhat", "compta@grange-aux-ondes.fr"),
            "TR: " + rem_subject("F-2026-0407"), d(1, 12, 6, 44),
            T("Nadia,\n\nPeux-tu regarder ça stp ? La presta d'Olivier pour la captation du 8 octobre est faite "
              "depuis longtemps, je ne comprends pas pourquoi elle n'est pas partie. Merci de voir avec lui directement.\n\n"
              "PY\n\n-------- Message transféré --------\nSujet : \t" + rem_subject("F-2026-0407") +
              "\nDate : \tMon, 30 Nov 2026 09:03:11 +0100\nDe : \tOlivier Baptiste-Laurent <olivier@obl-son.fr>\n"
              "Pour : \tdirection@grange-aux-ondes.fr\n\n" + rem_body("F-2026-0407", "780,00 €", "08/11/2026") + "\n"),
            mid("grange-aux-ondes.fr"), rem_id(407), cc=OWNER_S,
            extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]),
         "fr", "La Grange aux Ondes", "forward to colleague, owner only in Cc", facts="",
         notes="no promise; director asks colleague to handle")

    # 21 negation: nous ne contestons pas
    emit("estran_fr_ne_contestons_pas_bon_commande.eml", L,
         HR(a("Cécile Vigneau", "c.vigneau@theatre-estran.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0401"), d(30, 15, 44, 20),
            T("Bonjour Olivier,\n\nNous ne contestons absolument pas la facture ni la qualité du travail, qui a été "
              "très appréciée par l'équipe artistique. Le blocage vient de chez nous : le bon de commande n'a pas "
              "encore été signé par la direction, et notre agent comptable ne peut pas payer sans.\n\n"
              "Je vous tiens au courant dès que c'est débloqué.\n\nCécile Vigneau\nSecrétaire générale – Théâtre de l'Estran\n"),
            mid("theatre-estran.fr"), rem_id(401)),
         "fr", "Théâtre de l'Estran", "explicit negation of dispute, no date", facts="",
         notes="'nous ne contestons pas' must not give dispute=yes")

    # 22 negation: pas encore pu payer, lundi
    emit("studiomascaret_fr_pas_encore_pu_lundi.eml", L,
         HR(a("Bastien Roques", "bastien@studio-mascaret.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0413"), d(3, 18, 2, 33),
            T("Bonjour Olivier,\n\nJe n'ai pas encore pu payer, notre banque a bloqué les virements le temps de "
              "renouveler la clé de sécurité. Je le fais lundi dès que c'est rétabli.\n\nBastien\n\n" +
              gmail_attr_fr("lun. 30 nov. 2026 à 09:05") + "\n" + quote(rem_body("F-2026-0413", "890,00 €", "19/11/2026")) + "\n"),
            mid("", "gmail"), rem_id(413)),
         "fr", "Studio Mascaret", "negated past payment + promise 'lundi'",
         facts="promise_date=2026-12-07", notes="Thu 3 Dec: lundi = Mon 7 Dec; 'pas encore pu payer' is not already_paid")

    # 23 la semaine prochaine
    emit("cinesons_fr_semaine_prochaine.eml", L,
         HR(a("Margaux Pellegrin", "margaux.pellegrin@cine-sons.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0406"), d(2, 10, 25, 0),
            alt("Bonjour Olivier,\n\nLa facture est bien en circuit, le règlement se fera la semaine prochaine.\n\n"
                "Belle journée\nMargaux\n\n--\nFestival Ciné-Sons · Pessac\n",
                "<div>Bonjour Olivier,</div><div><br></div><div>La facture est bien en circuit, le règlement se fera "
                "<b>la semaine prochaine</b>.</div><div><br></div><div>Belle journée<br>Margaux</div><div>--<br>Festival Ciné-Sons · Pessac</div>"),
            mid("cine-sons.fr"), rem_id(406), extra=[("X-Mailer", "Zimbra 10.0.8_GA_4665")]),
         "fr", "Festival Ciné-Sons", "'la semaine prochaine'", facts="promise_date=week_of_2026-12-07")

    # 24 début janvier, audiobook publisher budget
    emit("pagesvives_fr_debut_janvier_budget.eml", L,
         HR(a("Hugues Lamarque", "hugues.lamarque@pages-vives.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0392"), d(4, 11, 19, 46),
            T("Bonjour,\n\nNotre budget 2026 est clos, votre facture sera imputée sur l'exercice suivant et payée "
              "début janvier. Je sais que ce n'est pas idéal, merci de votre compréhension.\n\nHugues Lamarque\n"
              "Directeur administratif et financier\nPages Vives – éditeur de livres audio\n"),
            mid("pages-vives.fr"), rem_id(392)),
         "fr", "Pages Vives", "budget year excuse, 'début janvier'", facts="promise_date=early_2027-01")

    # 25 tu, ce soir
    emit("tontonpodcast_fr_tu_ce_soir.eml", L,
         HR(a("Maxime Delorme", "maxime@tontonpodcast.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0418"), d(4, 12, 40, 2),
            T("Salut Olivier !\n\nDésolé j'ai complètement zappé avec le rush des épisodes de Noël. Je te fais le "
              "virement ce soir.\n\nMax\n"), mid("", "gmail"), rem_id(418)),
         "fr", "Tonton Podcast", "tu, 'ce soir'", facts="promise_date=2026-12-04", notes="Fri 4 Dec")

    # 26 EN tomorrow (Swiss client, English-speaking finance)
    emit("podcastery_en_goes_out_tomorrow.eml", L,
         HR(a("Lukas Brunner", "finance@podcastery.ch"), OWNER_S, "AW: " + rem_subject("F-2026-0420"), d(2, 16, 7, 59),
            T("Dear Mr Baptiste-Laurent\n\nApologies, this one slipped through during our system migration. I have "
              "just approved it and it will go out with tomorrow's payment batch.\n\nKind regards\nLukas Brunner\n"
              "Finance & Controlling | Podcastery SA | Lausanne\n"),
            mid("podcastery.ch"), rem_id(420), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-CH")]),
         "en", "Podcastery SA", "Swiss-German 'AW:' prefix, English body, 'tomorrow'",
         facts="promise_date=2026-12-03", notes="Wed 2 Dec -> 3 Dec")

    # 27 EN dispute double charge
    emit("fenwickrowe_en_dispute_charged_twice.eml", L,
         HR(a("Tom Ashby", "tom.ashby@fenwickrowe.co.uk"), OWNER_S, "Re: " + rem_subject("INV-0431", "en"), d(3, 9, 47, 30, UTC),
            T("Hi Olivier,\n\nI think there's a mistake here - INV-0431 and INV-0433 both cover the 12 November "
              "studio session (same line, same day rate). We only booked you once, so we won't be paying "
              "INV-0431. Happy to pay INV-0433 once you confirm.\n\nCheers,\nTom\n\nTom Ashby\nSenior Producer, Fenwick & Rowe Audio\n\n"
              "On Mon, 30 Nov 2026 at 08:04, Olivier Baptiste-Laurent <olivier@obl-son.fr> wrote:\n" +
              quote(rem_body("INV-0431", "€780.00", "20 November 2026", "en")) + "\n"),
            mid("", "gmail"), rem_id(431)),
         "en", "Fenwick & Rowe Audio Ltd", "disputes duplicate invoice", facts="dispute=yes")

    # 28 HTML-only windows-1252, 18/12
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
            "<div style=\"font-family:Verdana;font-size:10pt\">Bonjour,<br><br>Le règlement de votre facture n° F-2026-0397 "
            "interviendra le 18/12 par virement, après passage en commission.<br><br>Salutations,<br><br>"
            "<span style=\"color:#1F497D\">Service financier<br>Institut Aquitain de l’Audio – IAA<br>"
            "Tél. 05 57 00 00 00</span></div></body></html>")
    emit("iaa_fr_html_only_1812.eml", L,
         HR(a("Service financier IAA", "finances@institut-aquitain-audio.fr"), OWNER_S, "RE: " + rem_subject("F-2026-0397"),
            d(30, 10, 12, 5), H(html, "windows-1252", "quoted-printable"), mid("institut-aquitain-audio.fr"), rem_id(397)),
         "fr", "Institut Aquitain de l'Audio", "HTML-only windows-1252, date as 18/12", facts="promise_date=2026-12-18")

    # 29 ISO-8859-1 plain, bureau du 9
    emit("radioestuaire_fr_latin1_bureau_9.eml", L,
         HR(a("Bernard Lacoste", "radio.estuaire@example.org"), OWNER_S, "Re: " + rem_subject("F-2026-0396"), d(1, 20, 11, 2),
            T("Bonjour Olivier,\n\nA la radio on valide et on paie les factures lors du bureau, le prochain a lieu "
              "le mercredi 9 décembre. Ta facture passera à ce moment-là.\n\nAmitiés radiophoniques,\nBernard\n"
              "Trésorier bénévole - Radio Estuaire 98.4\n", "iso-8859-1", "8bit"),
            mid("example.org"), rem_id(396), extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")]),
         "fr", "Radio Estuaire", "ISO-8859-1 8bit, old Thunderbird", facts="promise_date=2026-12-09")

    # 30 broken MIME: declared utf-8, bytes latin-1; closing boundary missing
    broken = (b'Content-Type: multipart/alternative; boundary="=_b9f2"\n\n--=_b9f2\n'
              b'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
              + "Bonjour,\n\nVirement effectué ce matin pour la facture F-2026-0393 (1 050 €).\n\nCordialement\n"
                "Jérôme Vidal - Vidal Événements\n".encode("cp1252") + b"\n--=_b9f2\n"
              b"Content-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>Virement effectu" + "é".encode("cp1252") +
              b" ce matin pour la facture F-2026-0393 (1 050 &euro;).</p>\n")
    emit("vidalevenements_fr_broken_mime_vire_ce_matin.eml", L,
         HR(a("Jérôme Vidal", "jerome@vidal-evenements.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0393"), d(1, 11, 2, 0),
            broken, mid("vidal-evenements.fr"), rem_id(393)),
         "fr", "Vidal Événements", "broken MIME: windows-1252 bytes labelled utf-8, missing closing boundary",
         facts="already_paid=2026-12-01")

    # 31 not in charge, redirect
    emit("aubrac_fr_pas_en_charge_redirect.eml", L,
         HR(a("Claire Bousquet", "c.bousquet@aubrac-conseil.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0422"), d(3, 8, 55, 14),
            T("Bonjour,\n\nJe ne suis plus en charge du suivi des prestataires depuis octobre. Merci de voir avec "
              "Mme Rivière (comptabilite@aubrac-conseil.fr), que je mets en copie.\n\nCordialement,\nClaire Bousquet\n"),
            mid("aubrac-conseil.fr"), rem_id(422), cc=a("Comptabilité Aubrac Conseil", "comptabilite@aubrac-conseil.fr")),
         "fr", "Aubrac Conseil", "redirects to the right contact", facts="")

    # 32 mailing-list post by a person
    emit("list_ingeson_fr_recherche_preneur_son.eml", L,
         msg([("From", a("Élodie Carrère", "elodie.carrere@example.com")), ("To", "ingeson@lists.example.org"),
              ("Subject", h("[ingeson] Recherche preneur de son captation théâtre 12/12 Angoulême")),
              ("Date", d(2, 13, 18, 27)), ("Message-ID", mid("example.com")),
              ("List-Id", "Ingés son Nouvelle-Aquitaine <ingeson.lists.example.org>"),
              ("List-Unsubscribe", "<mailto:ingeson-request@lists.example.org?subject=unsubscribe>"),
              ("Precedence", "list"), ("Sender", "ingeson-bounces@lists.example.org")],
             T("Bonjour à toutes et tous,\n\nJe cherche un·e preneur·se de son pour la captation d'une pièce le "
               "samedi 12 décembre à Angoulême (deux micros HF + couple AB, enregistrement multipiste). Cachet "
               "au tarif syndical, défraiement train.\n\nMerci de me contacter en privé.\n\nÉlodie\n\n"
               "_______________________________________________\ningeson mailing list\ningeson@lists.example.org\n")),
         "fr", "ingeson mailing list", "mailing-list post written by a person", facts="",
         notes="human message, not a client reply")

    # 33 colleague asks to borrow mic
    emit("romain_fr_tu_pret_micro.eml", L,
         HR(a("Romain Thibaudeau", "romain.thibaudeau@example.net"), OWNER_S, "prêt MKH ?", d(4, 9, 3, 30),
            T("Salut Olivier,\n\nDis, t'aurais pas un MKH 416 à me prêter du 14 au 18 ? Le mien est parti en SAV. "
              "Je te le rends avec une bouteille 🍷\n\nRomain\n"), mid("", "gmail")),
         "fr", "Romain Thibaudeau (colleague)", "colleague's personal mail with emoji", facts="")

    # 34 request invoice + RIB, new software
    emit("radiogaronne_fr_facture_et_rib_nouveau_logiciel.eml", L,
         HR(a("Service administratif Radio Garonne", "admin@radiogaronne.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0423"),
            d(3, 15, 31, 22),
            T("Bonjour Monsieur,\n\nNous changeons de logiciel de comptabilité et devons ressaisir les fiches "
              "fournisseurs. Pourriez-vous nous renvoyer la facture F-2026-0423 ainsi qu'un RIB à jour ?\n\n"
              "Avec nos remerciements,\nL'équipe administrative\nRadio Garonne FM\n"),
            mid("radiogaronne.fr"), rem_id(423)),
         "fr", "Radio Garonne FM", "asks for both invoice and RIB; different address from the first Radio Garonne reply",
         facts="request_invoice=yes;request_rib=yes")

    # 35 Swiss asks invoice re-issued with QR-bill
    emit("lavaux_fr_ch_qr_facture.eml", L,
         HR(a("Corinne Gilliéron", "compta@studio-lavaux.ch"), OWNER_S, "Re: " + rem_subject("F-2026-0399"), d(30, 14, 0, 52),
            T("Bonjour,\n\nNotre fiduciaire nous demande une facture avec QR-facture ou, à défaut, l'IBAN et le BIC "
              "bien visibles. Pourriez-vous nous renvoyer la facture sous cette forme ? Nous la réglerons ensuite "
              "sans délai.\n\nMeilleures salutations\nCorinne Gilliéron\nStudio Lavaux Média Sàrl\n"),
            mid("studio-lavaux.ch"), rem_id(399)),
         "fr", "Studio Lavaux Média", "Swiss: asks re-issued invoice with IBAN/BIC visible",
         facts="request_invoice=yes;request_rib=yes")

    # 36 partial dispute
    emit("echosmedia_fr_dispute_partielle.eml", L,
         HR(a("Julie Sabatier", "julie.sabatier@echos-media.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0404"), d(1, 18, 22, 41),
            T("Bonjour Olivier,\n\nComme évoqué avec Inès, la journée d'enregistrement du 14 novembre a été annulée "
              "par l'invité et n'a pas eu lieu. Nous réglerons donc 1 200 € et non 1 480 €. Pouvez-vous émettre un "
              "avoir pour la différence ?\n\nJulie\n"), mid("echos-media.fr"), rem_id(404)),
         "fr", "Échos Média", "partial dispute, asks for credit note", facts="dispute=yes")

    # 37 d'ici 48h
    emit("vinea_fr_dici_48h.eml", L,
         HR(a("Patrick Soulé", "p.soule@groupe-vinea.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0395"), d(30, 17, 5, 10),
            T("Bonjour,\n\nC'est validé, vous serez réglé d'ici 48h.\n\nP. Soulé\nDirecteur administratif et financier\nGroupe Vinéa\n"),
            mid("groupe-vinea.fr"), rem_id(395)),
         "fr", "Groupe Vinéa", "'d'ici 48h'", facts="promise_date=2026-12-02", notes="Mon 30 Nov 17:05 + 48h")

    # 38 fin du mois
    emit("lirecoute_fr_fin_du_mois.eml", L,
         HR(a("Camille Fournel", "c.fournel@lirecoute.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0408"), d(1, 14, 45, 0),
            T("Re-bonjour Olivier,\n\nPour la 0408 en revanche vous avez raison, elle n'est pas partie. Elle sera "
              "payée à la fin du mois avec les droits d'auteur.\n\nCamille\n"), mid("lirecoute.fr"), rem_id(408)),
         "fr", "Éditions Lirécoute", "'à la fin du mois' (December)", facts="promise_date=2026-12-31")

    # 39 one paid earlier, another to follow
    emit("ondescourtes_fr_0391_payee_20_nov.eml", L,
         HR(a("Compta Ondes Courtes", "factures@ondescourtes.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0391"), d(2, 9, 50, 0),
            T("Bonjour,\n\nLa facture F-2026-0391 a été payée le 20/11 par virement (réf. OC-PAY-2611-07). "
              "Merci de vérifier votre relevé.\n\nLe service comptable\nOndes Courtes SAS\n"),
            mid("ondescourtes.fr"), rem_id(391)),
         "fr", "Ondes Courtes", "accounts team states payment date and reference", facts="already_paid=2026-11-20")

    # 40 regional council - Chorus Pro
    emit("region_fr_chorus_pro.eml", L,
         HR(a("DUPRAT Hélène", "helene.duprat@region-nouvelle-aquitaine.example"), OWNER_S,
            "RE: " + rem_subject("F-2026-0390"), d(3, 10, 34, 18),
            T("Bonjour Monsieur,\n\nJe ne retrouve pas votre facture dans Chorus Pro. Pour les collectivités, la "
              "facturation électronique est obligatoire : je vous remercie de bien vouloir la déposer sur le portail "
              "en indiquant le code service CULT-PATRIM et le numéro d'engagement 2026-004512. À défaut, le "
              "service comptable ne peut pas procéder au mandatement.\n\nBien cordialement,\n\nHélène Duprat\n"
              "Chargée de mission Patrimoine sonore\nDirection de la Culture et du Patrimoine\n"),
            mid("region-nouvelle-aquitaine.example"), rem_id(390)),
         "fr", "Région (conseil régional)", "public body: asks to deposit invoice on Chorus Pro",
         facts="request_invoice=yes", notes="asks for the invoice to be (re)submitted via Chorus Pro")

    # 41 EN PO number
    emit("fenwickrowe_en_po_number_resend.eml", L,
         HR(a("Priya Shah", "accounts@fenwickrowe.co.uk"), OWNER_S, "RE: " + rem_subject("INV-0433", "en"), d(4, 11, 15, 3, UTC),
            T("Hi Olivier,\n\nCould you resend INV-0433 with our PO number (PO-FR-20931) on it? Our system rejects "
              "invoices without a PO, which is why it hasn't been paid.\n\nThanks,\nPriya\n"), mid("", "outlook"), rem_id(433)),
         "en", "Fenwick & Rowe Audio Ltd", "resend invoice with PO number", facts="request_invoice=yes")

    # 42 mise en paiement jeudi 10 décembre
    emit("mutuelleatlantique_fr_jeudi_10.eml", L,
         HR(a("Service Comptabilité Fournisseurs", "comptabilite.fournisseurs@mutuelle-atlantique.fr"), OWNER_S,
            "RE: " + rem_subject("F-2026-0424"), d(4, 14, 2, 36),
            T("Bonjour,\n\nSuite à votre relance, nous vous informons que la facture F-2026-0424 est bonne à payer. "
              "Sa mise en paiement est programmée le jeudi 10 décembre.\n\nCordialement,\nFlorence Mesplède\n"
              "Comptabilité fournisseurs\n"), mid("mutuelle-atlantique.fr"), rem_id(424)),
         "fr", "Mutuelle Atlantique Santé", "'mise en paiement le jeudi 10 décembre' written by an accountant",
         facts="promise_date=2026-12-10")

    # 43 c'est parti aujourd'hui
    emit("cinesons_fr_parti_aujourdhui.eml", L,
         HR(a("Margaux Pellegrin", "margaux.pellegrin@cine-sons.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0425"), d(3, 17, 40, 1),
            T("Merci pour la relance, c'est parti aujourd'hui.\n\nMargaux\n\n" + gmail_attr_fr("jeu. 3 déc. 2026 à 09:01") + "\n"
              + quote(rem_body("F-2026-0425", "600,00 €", "25/11/2026")) + "\n"), mid("cine-sons.fr"), rem_id(425)),
         "fr", "Festival Ciné-Sons", "short, 'c'est parti aujourd'hui'", facts="already_paid=2026-12-03")

    # 44 angry, no date
    emit("nuitsmedoc_fr_presidente_agacee.eml", L,
         HR(a("Françoise Labat", "presidence@nuitsdumedoc.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0410"), d(4, 8, 12, 0),
            T("Monsieur,\n\nTrois relances en une semaine, c'est beaucoup pour une petite association de bénévoles. "
              "Vous serez payé quand la subvention du Département sera versée, comme tous nos prestataires. "
              "Inutile de nous relancer d'ici là.\n\nFrançoise Labat\nPrésidente\n"), mid("nuitsdumedoc.fr"), rem_id(410, 3)),
         "fr", "Festival Les Nuits du Médoc", "annoyed, conditional payment with no date", facts="",
         notes="not a dispute of the invoice; no resolvable date")

    # 45 bien reçu je transmets
    emit("maisondubreuil_fr_bien_recu_transmets.eml", L,
         HR(a("Agathe Morin", "a.morin@maison-dubreuil.fr"), OWNER_S, "RE: " + rem_subject("F-2026-0416"), d(1, 9, 0, 44),
            T("Bonjour, bien reçu, je transmets à la compta.\nBonne journée\nAgathe Morin\nAssistante de direction\n"),
            mid("maison-dubreuil.fr"), rem_id(416)),
         "fr", "Maison Dubreuil", "acknowledgement only", facts="")

    # 46 three instalments
    emit("tontonpodcast_fr_trois_fois.eml", L,
         HR(a("Maxime Delorme", "maxime@tontonpodcast.fr"), OWNER_S, "Re: " + rem_subject("F-2026-0427"), d(2, 19, 30, 0),
            T("Re Olivier,\n\nPour la grosse facture de la saison 2 (2 700 €), est-ce que je peux te la régler en "
              "trois fois ? Je te fais un premier virement de 900 € le 15 décembre, puis pareil mi-janvier et "
              "mi-février. Dis-moi si ça te va.\n\nMax\n"), mid("", "gmail"), rem_id(427)),
         "fr", "Tonton Podcast", "asks instalments, first on 15 Dec", facts="promise_date=2026-12-15",
         notes="partial promise (first instalment of 900 €)")

    # 47 tu viré hier soir emoji
    emit("filrouge_fr_tu_vire_hier_soir.eml", L,
         HR(a("Bastien Arnaud", "bastien@cie-filrouge.fr"), OWNER_S, "Re: Re: " + rem_subject("F-2026-0415"), d(2, 8, 20, 15),
            T("Yes c'est bon je t'ai viré hier soir 👍\nBastien\n\nEnvoyé de mon iPhone"), mid("cie-filrouge.fr", "apple"),
            rem_id(415, 2), extra=[("X-Mailer", "iPhone Mail (22B91)")]),
         "fr", "Compagnie du Fil Rouge", "colleague of first contact answers, 'hier soir'",
         facts="already_paid=2026-12-01", notes="Wed 2 Dec: hier = 1 Dec")

    # 48 EN Swiss/UK? -> Ondes Courtes producer in English? keep: FR client writes "on s'en occupe", no date
    emit("pavillonsonore_fr_avoir_recu_correction.eml", L,
         HR(a("Sophie Tessier", "s.tessier@pavillon-sonore.fr"), OWNER_S, "Re: Re: " + rem_subject("F-2026-0403"), d(4, 16, 51, 8),
            T("Bonjour Olivier,\n\nMerci pour le master corrigé, le contrôle qualité l'a validé ce matin. Je "
              "transmets votre facture à notre comptabilité qui la réglera à l'échéance habituelle, le 20 du mois.\n\n"
              "Sophie\n"), mid("pavillon-sonore.fr"), rem_id(403, 2)),
         "fr", "Éditions du Pavillon Sonore", "dispute resolved, 'le 20 du mois'", facts="promise_date=2026-12-20",
         notes="follows the dispute in pavillonsonore_fr_dispute_saturations.eml; 20 Dec is a Sunday")


# ================================================================= payment_notification
def N(frm, subj, date, body, domain, to=OWNER_S, extra=(), crlf=False):
    hs = [("From", frm), ("To", to), ("Subject", h(subj)), ("Date", date), ("Message-ID", mid(domain))]
    hs += list(extra)
    return msg(hs, body, crlf)


NBSP = "\u00a0"
NNBSP = "\u202f"
FOOT_AUTO = "Ceci est un message automatique, merci de ne pas y répondre."


def page(title, rows, foot, color="#1a1a1a", intro=""):
    """generic transactional HTML with a table"""
    tr = "".join('<tr><td style="padding:6px 0;color:#6b6b6b">%s</td><td style="padding:6px 0;text-align:right;font-weight:600">%s</td></tr>'
                 % (k, v) for k, v in rows)
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head><body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" style="background:#ffffff;margin:24px 0;border-radius:8px">'
            '<tr><td style="padding:28px 32px;color:%s"><h1 style="font-size:20px;margin:0 0 16px">%s</h1>%s'
            '<table width="100%%" style="font-size:14px;border-top:1px solid #eee">%s</table></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#999">%s</td></tr></table></td></tr></table></body></html>'
            % (title, color, title, ("<p style=\"font-size:14px\">%s</p>" % intro) if intro else "", tr, foot))


def payments():
    L = "payment_notification"
    # ---------------------------------------------------------- money in
    # 1 Qonto transfer received
    txt = ("Bonjour Olivier,\n\nVous avez reçu un virement de 1" + NBSP + "480,00" + NBSP + "€ sur votre compte OBL SON.\n\n"
           "Émetteur : RADIO GARONNE FM\nRéférence : F-2026-0412\nDate : 04/12/2026\n\n"
           "Voir la transaction : https://app.qonto.com/transactions\n\nL'équipe Qonto\n\n"
           "Qonto est un établissement de paiement agréé par l'ACPR. " + FOOT_AUTO + "\n")
    emit("qonto_fr_virement_recu_radiogaronne.eml", L,
         N("Qonto <no-reply@qonto.com>", "Vous avez reçu un virement de 1" + NBSP + "480,00" + NBSP + "€", d(4, 10, 2, 11),
           alt(txt, page("Virement reçu", [("Montant", "+1" + NBSP + "480,00" + NBSP + "€"), ("De", "RADIO GARONNE FM"),
                                           ("Référence", "F-2026-0412"), ("Compte", "OBL SON · Compte principal")],
                         "Qonto est un établissement de paiement agréé par l'ACPR. " + FOOT_AUTO, "#1d1d1b",
                         "Bonjour Olivier, vous avez reçu un virement.")), "qonto.com"),
         "fr", "Qonto", "Qonto style: amount in subject, HTML card + text", provider="Qonto",
         money=M("in", "1480.00", "EUR", "yes", "RADIO GARONNE FM", "F-2026-0412", "2026-12-04"))

    # 2 Shine
    txt = ("Virement reçu 💸\n\nBonne nouvelle Olivier ! ONDES COURTES SAS vous a envoyé 2 160,00 €.\n\n"
           "Libellé : VIR ONDES COURTES FACT F-2026-0398\nReçu le : 2 décembre 2026\n\n"
           "L'équipe Shine\n--\nShine SAS, établissement de paiement agréé par l'ACPR. Vous recevez cet email car "
           "vous avez activé les notifications de virements reçus. Gérez vos notifications dans l'application.\n")
    emit("shine_fr_virement_recu_ondescourtes.eml", L,
         N("Shine <notifications@shine.fr>", "💸 Virement reçu : +2 160,00 €", d(2, 7, 31, 40),
           alt(txt, page("Virement reçu 💸", [("Montant", "+2 160,00 €"), ("Émetteur", "ONDES COURTES SAS"),
                                              ("Libellé", "VIR ONDES COURTES FACT F-2026-0398")],
                         "Shine SAS, établissement de paiement agréé par l'ACPR.", "#0e1a2b")), "shine.fr"),
         "fr", "Shine", "emoji subject with signed amount", provider="Shine",
         money=M("in", "2160.00", "EUR", "yes", "ONDES COURTES SAS", "VIR ONDES COURTES FACT F-2026-0398", "2026-12-02"))

    # 3 BNP alert plain
    txt = ("BNP PARIBAS - Alerte opération\n\nBonjour,\n\nNous vous informons qu'une opération créditrice de 960,00 EUR "
           "a été enregistrée le 03/12/2026 sur votre compte courant professionnel n° ****0417.\n\n"
           "Libellé : VIR SEPA RECU /DE THEATRE DU PORT DE LA LUNE /MOTIF FACTURE F2026 0405 /REF 2611TPL0098\n\n"
           "Pour consulter le détail de vos opérations, connectez-vous à votre espace Mes Comptes.\n\n"
           "Ce message vous est adressé dans le cadre du service d'alertes auquel vous avez souscrit. "
           "Merci de ne pas répondre à ce message.\nBNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris\n")
    emit("bnp_fr_alerte_operation_creditrice.eml", L,
         N("BNP Paribas <alertes@alertes.bnpparibas.com>", "Alerte opération créditrice sur votre compte", d(3, 6, 15, 2),
           T(txt, "iso-8859-15", "quoted-printable"), "alertes.bnpparibas.com"),
         "fr", "BNP Paribas", "plain text ISO-8859-15, bank statement label 'VIR SEPA RECU /DE'", provider="BNP Paribas",
         money=M("in", "960.00", "EUR", "yes", "THEATRE DU PORT DE LA LUNE", "FACTURE F2026 0405", "2026-12-03"))

    # 4 Crédit Agricole
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td style=\"background:#006a4e;color:#fff;padding:12px\">"
            "<b>Crédit Agricole Aquitaine</b></td></tr><tr><td style=\"padding:16px;font-size:13px\">"
            "Madame, Monsieur,<br><br>Dans le cadre de votre service d'alertes Mouvements, nous vous informons du mouvement suivant :"
            "<br><br><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse;font-size:13px\">"
            "<tr style=\"background:#eee\"><th>Date</th><th>Libellé</th><th>Montant</th></tr>"
            "<tr><td>01/12/2026</td><td>VIREMENT EN VOTRE FAVEUR<br>EDITIONS LIRECOUTE<br>LIRECOUTE FACT 0388</td><td align=\"right\">+ 1 920,00 €</td></tr>"
            "</table><br>Compte : COMPTE COURANT PROFESSIONNEL N° *****62104<br><br>"
            "Votre conseiller reste à votre disposition.<br><br><span style=\"font-size:11px;color:#777\">Cet e-mail est envoyé "
            "automatiquement, merci de ne pas y répondre. Le Crédit Agricole ne vous demandera jamais vos codes d'accès par e-mail.</span>"
            "</td></tr></table></body></html>")
    emit("creditagricole_fr_alerte_mouvement_html_table.eml", L,
         N(a("Crédit Agricole Aquitaine", "ne-pas-repondre@credit-agricole.fr"), "Alerte Mouvement : crédit sur votre compte",
           d(1, 8, 2, 51), H(html, "utf-8", "base64"), "credit-agricole.fr"),
         "fr", "Crédit Agricole", "HTML-only table, base64, 'VIREMENT EN VOTRE FAVEUR'", provider="Crédit Agricole",
         money=M("in", "1920.00", "EUR", "yes", "EDITIONS LIRECOUTE", "LIRECOUTE FACT 0388", "2026-12-01"))

    # 5 Société Générale
    txt = ("Bonjour,\n\nUn virement de 3 120,00 EUR a été reçu sur votre compte n° XXXXXXX8841 le 30/11/2026.\n"
           "Émetteur du virement : VOIX HAUTE AUDIO SARL\nMotif : F-2026-0402\n\n"
           "Retrouvez le détail de vos opérations sur l'appli Société Générale ou sur professionnels.sg.fr.\n\n"
           "Cordialement,\nSociété Générale\n\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.\n"
           "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris - Siège social : 29 bd Haussmann 75009 Paris\n")
    emit("societegenerale_fr_virement_recu_voixhaute.eml", L,
         N("Societe Generale <noreply@notifications.societegenerale.fr>", "Virement reçu sur votre compte", d(30, 18, 40, 8),
           T(txt, "utf-8", "quoted-printable"), "notifications.societegenerale.fr"),
         "fr", "Société Générale", "plain text transfer received alert", provider="Société Générale",
         money=M("in", "3120.00", "EUR", "yes", "VOIX HAUTE AUDIO SARL", "F-2026-0402", "2026-11-30"),
         notes="matches the client's claim in voixhaute_fr_avis_execution_pdf.eml (sent 27/11)")

    # 6 LCL
    txt = ("LCL vous informe\n\nCrédit sur votre compte\n\nMontant : +1 200,00 €\nDate de l'opération : 01/12/2026\n"
           "Compte : 0xxxx12345A\nLibellé : VIR AGENCE BLEU COBALT FACTURE F-2026-0394\n\n"
           "LCL Alertes - pour modifier vos alertes, connectez-vous sur lcl.fr, rubrique Mes alertes.\n"
           "Merci de ne pas répondre à ce message.\nLCL - Le Crédit Lyonnais SA - SIREN 954 509 741\n")
    emit("lcl_fr_credit_sur_compte.eml", L,
         N("LCL <alertes@lcl.fr>", "LCL Alertes : crédit sur votre compte", d(1, 19, 3, 0), T(txt, "iso-8859-15", "quoted-printable"), "lcl.fr"),
         "fr", "LCL", "payer only inside the statement label 'VIR AGENCE BLEU COBALT'", provider="LCL",
         money=M("in", "1200.00", "EUR", "yes", "AGENCE BLEU COBALT", "FACTURE F-2026-0394", "2026-12-01"))

    # 7 La Banque Postale
    html = ("<html><body><div style=\"font-family:Arial;font-size:13px;color:#1a1a50\"><img alt=\"La Banque Postale\" src=\"https://www.labanquepostale.fr/logo.png\"><br><br>"
            "Bonjour,<br><br>Nous vous informons qu'une opération a été effectuée sur votre compte :<br><br>"
            "<b>Type d'opération :</b> Virement reçu<br><b>Montant :</b> 540,00 EUR<br><b>Donneur d'ordre :</b> ASSOC RADIO ESTUAIRE<br>"
            "<b>Référence :</b> FACT F-2026-0396 OBL<br><b>Date de valeur :</b> 09/12/2026<br><br>"
            "Votre solde est consultable sur labanquepostale.fr ou sur l'application.<br><br>"
            "<i>Ce message est envoyé automatiquement. Merci de ne pas y répondre.</i></div></body></html>")
    emit("labanquepostale_fr_avis_operation_valeur_future.eml", L,
         N("La Banque Postale <ne_pas_repondre@labanquepostale.fr>", "Avis d'opération sur votre compte", d(4, 6, 50, 33),
           H(html, "iso-8859-1", "quoted-printable"), "labanquepostale.fr"),
         "fr", "La Banque Postale", "HTML-only ISO-8859-1, value date in the future", provider="La Banque Postale",
         money=M("in", "540.00", "EUR", "yes", "ASSOC RADIO ESTUAIRE", "FACT F-2026-0396 OBL", "2026-12-09"),
         notes="value date 09/12 while mail dated 04/12 (booked, value date later)")

    # 8 CIC
    txt = ("CIC - Alerte virement\n\nBonjour M. BAPTISTE-LAURENT,\n\nUn virement de 2 350,00 EUR a été crédité sur votre "
           "compte COMPTE COURANT le 03/12/2026.\n\nDe : FENWICK AND ROWE AUDIO LTD\nRéférence : INV-0421\n\n"
           "Pour ne plus recevoir ces alertes, rendez-vous dans votre espace client, rubrique Alertes.\n"
           "Ce message vous est envoyé automatiquement, merci de ne pas y répondre.\n")
    emit("cic_fr_alerte_virement_fenwick.eml", L,
         N("CIC <ne-pas-repondre@cic.fr>", "Alerte : virement reçu", d(3, 22, 5, 0), T(txt, "utf-8", "8bit"), "cic.fr"),
         "fr", "CIC", "international payer name in capitals, 8bit", provider="CIC",
         money=M("in", "2350.00", "EUR", "yes", "FENWICK AND ROWE AUDIO LTD", "INV-0421", "2026-12-03"))

    # 9 BoursoBank
    emit("boursobank_fr_vous_avez_recu.eml", L,
         N("BoursoBank <noreply@boursobank.com>", "Vous avez reçu un virement", d(2, 12, 11, 9),
           alt("Bonjour Olivier,\n\nVous avez reçu un virement instantané de 650,00 € de la part de COMPAGNIE DU FIL ROUGE.\n"
               "Motif : Facture 0415 captation\n\nÀ bientôt sur BoursoBank.\n\nBoursoBank - 44 rue Traversière 92772 Boulogne-Billancourt "
               "Cedex. Vous recevez cet e-mail car vous avez activé les notifications par e-mail. " + FOOT_AUTO + "\n",
               page("Virement reçu", [("Montant", "650,00 €"), ("De la part de", "COMPAGNIE DU FIL ROUGE"),
                                      ("Motif", "Facture 0415 captation"), ("Type", "Virement instantané")],
                    "BoursoBank - 44 rue Traversière 92772 Boulogne-Billancourt Cedex. " + FOOT_AUTO, "#d1006b")),
           "boursobank.com"),
         "fr", "BoursoBank", "instant transfer, 'de la part de'", provider="BoursoBank (Boursorama)",
         money=M("in", "650.00", "EUR", "yes", "COMPAGNIE DU FIL ROUGE", "Facture 0415 captation", "2026-12-02"),
         notes="relates to the Fil Rouge claim of payment (filrouge_fr_tu_vire_hier_soir.eml)")

    # 10 Hello bank!
    emit("hellobank_fr_compte_credite.eml", L,
         N("Hello bank! <noreply@hellobank.fr>", "Votre compte a été crédité", d(3, 9, 14, 30),
           T("Hello Olivier,\n\nVotre compte a été crédité de 600,00 €.\nOpération : VIR SEPA FESTIVAL CINE-SONS\n"
             "Référence : F2026-0425\nDate : 03/12/2026\n\nHello bank! est la banque digitale de BNP Paribas.\n"
             "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"), "hellobank.fr"),
         "fr", "Hello bank!", "short casual bank alert", provider="Hello bank!",
         money=M("in", "600.00", "EUR", "yes", "FESTIVAL CINE-SONS", "F2026-0425", "2026-12-03"))

    # 11 Wise EN received
    txt = ("You've received 2,750.00 CHF from Podcastery SA\n\nHi Olivier,\n\nPodcastery SA sent you 2,750.00 CHF. "
           "It's now in your CHF balance.\n\nReference: F-2026-0417\n\nSee details: https://wise.com/balances\n\n"
           "Thanks,\nThe Wise team\n\n---\nYou're receiving this email because you have a Wise Business account. "
           "Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    emit("wise_en_received_chf_podcastery.eml", L,
         N("Wise <noreply@wise.com>", "You've received 2,750.00 CHF from Podcastery SA", d(4, 15, 22, 0, UTC),
           alt(txt, page("You've received 2,750.00 CHF", [("From", "Podcastery SA"), ("Reference", "F-2026-0417"),
                                                          ("Balance", "CHF")], "Wise Europe SA, Rue du Trône 100, 1050 Brussels.",
                         "#163300")), "wise.com"),
         "en", "Wise", "Wise received-money mail, CHF balance", provider="Wise",
         money=M("in", "2750.00", "CHF", "yes", "Podcastery SA", "F-2026-0417", "2026-12-04"),
         notes="early payment vs promise of 10 Dec")

    # 12 Revolut Business
    emit("revolut_en_you_received_eur.eml", L,
         N("Revolut Business <no-reply@revolut.com>", "You received €780.00", d(4, 13, 5, 17, UTC),
           alt("You received €780.00 from FENWICK & ROWE AUDIO LIMITED\n\nReference: INV-0433 PO-FR-20931\n"
               "Account: Main · EUR\n\nOpen the Revolut Business app to see details.\n\n"
               "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. You received this email because "
               "transaction notifications are enabled for your business.\n",
               page("You received €780.00", [("From", "FENWICK &amp; ROWE AUDIO LIMITED"), ("Reference", "INV-0433 PO-FR-20931"),
                                             ("Account", "Main · EUR")], "Revolut Bank UAB, Vilnius, Lithuania.", "#191c1f")), "revolut.com"),
         "en", "Revolut Business", "short subject with € symbol first", provider="Revolut Business",
         money=M("in", "780.00", "EUR", "yes", "FENWICK & ROWE AUDIO LIMITED", "INV-0433 PO-FR-20931", "2026-12-04"))

    # 13 Stripe payment succeeded
    txt = ("Paiement de 360,00 € reçu de Tonton Podcast\n\nMontant : 360,00 €\nClient : maxime@tontonpodcast.fr\n"
           "Description : Facture F-2026-0418\nMoyen de paiement : Visa •••• 4242\nDate : 4 déc. 2026, 21:07\n\n"
           "Afficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments/pi_3Qx\n\n"
           "Vous recevez cet e-mail parce que vous avez activé les notifications de paiements réussis pour OBL Son. "
           "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    emit("stripe_fr_paiement_reussi.eml", L,
         N("Stripe <notifications@stripe.com>", "Paiement de 360,00 € reçu de Tonton Podcast", d(4, 21, 7, 44),
           alt(txt, page("360,00 € reçu", [("Client", "maxime@tontonpodcast.fr"), ("Description", "Facture F-2026-0418"),
                                          ("Moyen de paiement", "Visa •••• 4242")], "Stripe, 354 Oyster Point Blvd, South San Francisco", "#635bff")),
           "stripe.com"),
         "fr", "Stripe", "card payment captured through a payment link", provider="Stripe",
         money=M("in", "360.00", "EUR", "yes", "Tonton Podcast", "Facture F-2026-0418", "2026-12-04"))

    # 14 PayPal received
    txt = ("Bonjour Olivier Baptiste-Laurent,\n\nVous avez reçu 240,00 € EUR de Studio Bruit Blanc.\n\n"
           "Détails de la transaction\nN° de transaction : 8UX47319AB2286731\nDate de la transaction : 2 déc. 2026\n"
           "Remarque de l'expéditeur : location enregistreur Sound Devices MixPre-6 F-2026-0428\n\n"
           "Aide et Contact | Sécurité\nPayPal (Europe) S.à r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxembourg\n"
           "Veuillez ne pas répondre à cet e-mail. Nous ne pouvons pas traiter les messages envoyés à cette adresse.\n")
    emit("paypal_fr_paiement_recu.eml", L,
         N("PayPal <service@paypal.fr>", "Vous avez reçu un paiement", d(2, 14, 48, 30),
           alt(txt, page("Vous avez reçu 240,00 € EUR", [("De", "Studio Bruit Blanc"), ("N° de transaction", "8UX47319AB2286731"),
                                                        ("Remarque", "location enregistreur Sound Devices MixPre-6 F-2026-0428")],
                         "PayPal (Europe) S.à r.l. et Cie, S.C.A. Luxembourg", "#003087")), "paypal.fr"),
         "fr", "PayPal", "PayPal 'Vous avez reçu un paiement', amount only in body", provider="PayPal",
         money=M("in", "240.00", "EUR", "yes", "Studio Bruit Blanc", "8UX47319AB2286731", "2026-12-02"))

    # 15 GoCardless collected
    emit("gocardless_en_payment_collected.eml", L,
         N("GoCardless <notifications@gocardless.com>", "A payment from Mutuelle Atlantique Santé has been collected",
           d(1, 11, 30, 0, UTC),
           T("Hi OBL Son,\n\nWe've collected a payment of €350.00 from Mutuelle Atlantique Santé.\n\n"
             "Payment reference: OBLSON-MAS-1226\nCharge date: 1 December 2026\nIt will be paid out to you in 2 working days.\n\n"
             "Thanks,\nThe GoCardless team\n\nGoCardless SAS, 7 rue de Madrid, 75008 Paris. You're receiving this email because "
             "you have payment notifications turned on.\n", "utf-8", "quoted-printable"), "gocardless.com"),
         "en", "GoCardless", "direct debit collected from a client (monthly retainer)", provider="GoCardless",
         money=M("in", "350.00", "EUR", "yes", "Mutuelle Atlantique Santé", "OBLSON-MAS-1226", "2026-12-01"),
         notes="collection under a mandate; payout to follow")

    # 16 Pennylane bank feed
    emit("pennylane_fr_nouvelle_transaction.eml", L,
         N("Pennylane <notifications@pennylane.com>", "Nouvelle transaction à justifier : +2 880,00 €", d(3, 7, 0, 12),
           alt("Bonjour Olivier,\n\nUne nouvelle transaction a été synchronisée depuis votre compte Qonto :\n\n"
               "+2 880,00 € · VIR SEPA AUBRAC CONSEIL F-2026-0419 · 02/12/2026\n\nNous l'avons rapprochée de la facture client "
               "F-2026-0419 (Aubrac Conseil). Vérifiez le rapprochement dans Pennylane.\n\nL'équipe Pennylane\n"
               "Vous recevez cet e-mail car vous êtes administrateur du dossier OBL SON.\n",
               page("Nouvelle transaction", [("Montant", "+2 880,00 €"), ("Libellé", "VIR SEPA AUBRAC CONSEIL F-2026-0419"),
                                             ("Date", "02/12/2026"), ("Facture rapprochée", "F-2026-0419")],
                    "Vous recevez cet e-mail car vous êtes administrateur du dossier OBL SON.", "#2b2b7a")), "pennylane.com"),
         "fr", "Pennylane", "accounting-software bank feed relaying a credit", provider="Pennylane",
         money=M("in", "2880.00", "EUR", "yes", "AUBRAC CONSEIL", "F-2026-0419", "2026-12-02"))

    # 17 Qonto plural
    emit("qonto_fr_deux_virements_recus.eml", L,
         N("Qonto <no-reply@qonto.com>", "2 virements reçus", d(3, 18, 0, 4),
           alt("Bonjour Olivier,\n\nVous avez reçu 2 virements sur votre compte OBL SON :\n\n"
               "+ 890,00 € — STUDIO MASCARET — Facture F-2026-0413\n+ 420,00 € — ASSO BORDEAUX CURIEUSE — F-2026-0414\n\n"
               "L'équipe Qonto\n" + FOOT_AUTO + "\n",
               page("2 virements reçus", [("STUDIO MASCARET · Facture F-2026-0413", "+890,00 €"),
                                          ("ASSO BORDEAUX CURIEUSE · F-2026-0414", "+420,00 €")], FOOT_AUTO, "#1d1d1b")),
           "qonto.com"),
         "fr", "Qonto", "plural digest of two credits", provider="Qonto",
         money=M("in|in", "890.00|420.00", "EUR", "yes", "STUDIO MASCARET|ASSO BORDEAUX CURIEUSE",
                 "Facture F-2026-0413|F-2026-0414", "2026-12-03|2026-12-03"),
         notes="two identified payers; counts_as_payment applies to each")

    # 18 Caisse d'Épargne amount in subject only
    emit("caissedepargne_fr_montant_sujet.eml", L,
         N("Caisse d'Epargne <noreply@ce.caisse-epargne.fr>", "+1 320,00 € sur votre compte", d(2, 17, 55, 9),
           H("<html><body style=\"font-family:Arial;font-size:13px\"><p>Bonjour,</p><p>Une nouvelle opération est disponible "
             "sur votre compte <b>COMPTE PRO ****5531</b>.</p><p>VIR ECHOS MEDIA F 2026 0411<br>Date : 02/12/2026</p>"
             "<p><a href=\"https://www.caisse-epargne.fr\">Consulter mes comptes</a></p><p style=\"font-size:10px;color:#888\">"
             "Caisse d'Epargne Aquitaine Poitou-Charentes. Cet e-mail est généré automatiquement, merci de ne pas y répondre.</p></body></html>",
             "utf-8", "quoted-printable"), "ce.caisse-epargne.fr"),
         "fr", "Caisse d'Épargne", "amount only in the subject", provider="Caisse d'Épargne",
         money=M("in", "1320.00", "EUR", "yes", "ECHOS MEDIA", "F 2026 0411", "2026-12-02"),
         notes="payer derived from label 'VIR ECHOS MEDIA'")

    # 19 Fortuneo
    emit("fortuneo_fr_virement_entrant.eml", L,
         N("Fortuneo <noreply@fortuneo.fr>", "Fortuneo - Notification de virement entrant", d(30, 12, 20, 1),
           T("Bonjour,\n\nUn virement entrant de 1 750,00 EUR provenant de ASSOCIATION LES NUITS DU MEDOC a été crédité "
             "sur votre compte le 30/11/2026.\nLibellé : REGLEMENT FACTURE 0389\n\nFortuneo, banque en ligne. Ce mail "
             "vous est envoyé automatiquement, merci de ne pas y répondre.\n", "iso-8859-1", "quoted-printable"), "fortuneo.fr"),
         "fr", "Fortuneo", "'virement entrant ... provenant de'", provider="Fortuneo",
         money=M("in", "1750.00", "EUR", "yes", "ASSOCIATION LES NUITS DU MEDOC", "REGLEMENT FACTURE 0389", "2026-11-30"),
         notes="pays an earlier invoice (0389), not the reminded F-2026-0410")

    # 20 SumUp payout (aggregate)
    emit("sumup_fr_virement_ventes.eml", L,
         N("SumUp <no-reply@sumup.com>", "Votre virement de 412,60 € est en route", d(1, 5, 12, 0),
           T("Bonjour Olivier,\n\nNous avons effectué un virement de 412,60 € vers votre compte bancaire se terminant "
             "par 0221. Il regroupe les encaissements par carte du 27/11/2026 au 29/11/2026 (7 transactions, frais "
             "déduits : 7,24 €).\nRéférence du virement : SUMUP PAYOUT 2611-29\n\nL'équipe SumUp\nSumUp Payments Limited. "
             "Ceci est un e-mail automatique.\n"), "sumup.com"),
         "fr", "SumUp", "payout bundling card sales (stand at a fair)", provider="SumUp",
         money=M("in", "412.60", "EUR", "no_aggregate", "", "SUMUP PAYOUT 2611-29", "2026-12-01"))

    # 21 Stripe payout
    emit("stripe_en_payout_on_the_way.eml", L,
         N("Stripe <notifications@stripe.com>", "Your €1,245.30 payout for OBL Son is on the way", d(2, 3, 30, 0, UTC),
           T("Your €1,245.30 payout is on the way to your bank.\n\nPayout ID: po_1QwErTy7Ab\nExpected arrival: Dec 4, 2026\n"
             "Bank account: QONTO •••• 0221\n\nThis payout includes 4 payments and 0 refunds.\n\n"
             "You're receiving this email because you're an administrator of OBL Son on Stripe.\n", "utf-8", "7bit"), "stripe.com"),
         "en", "Stripe", "payout in transit, bundles 4 payments", provider="Stripe",
         money=M("in", "1245.30", "EUR", "no_aggregate", "", "po_1QwErTy7Ab", "2026-12-04"))

    # 22 Chorus Pro mise en paiement (remittance)
    emit("chorus_fr_mise_en_paiement.eml", L,
         N("Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>", "Chorus Pro : mise en paiement de la facture F-2026-0390",
           d(4, 14, 10, 0),
           T("Bonjour,\n\nLa facture n° F-2026-0390 déposée par OBL SON (SIRET 000 000 000 00021) a changé de statut.\n\n"
             "Nouveau statut : MISE EN PAIEMENT\nDestinataire : REGION NOUVELLE-AQUITAINE - Service CULT-PATRIM\n"
             "Montant TTC : 3 600,00 EUR\nDate de mise en paiement : 04/12/2026\n\n"
             "Le virement sera exécuté par le comptable public assignataire selon les délais en vigueur.\n\n"
             "Ce courriel est généré automatiquement par Chorus Pro, merci de ne pas y répondre.\n"), "chorus-pro.gouv.fr"),
         "fr", "Chorus Pro", "public-sector remittance: status 'mise en paiement'", provider="Chorus Pro",
         money=M("in", "3600.00", "EUR", "no_claim", "REGION NOUVELLE-AQUITAINE", "F-2026-0390", "2026-12-04"),
         notes="payment ordered, not yet seen by the bank")

    # 23 corporate remittance advice (SAP)
    rem = ("AVIS DE PAIEMENT\n\nGroupe Vinéa - Vignerons de l'Entre-deux-Mers\nFournisseur : 400183 OBL SON\n\n"
           "Nous vous informons que nous avons procédé au règlement des pièces suivantes par virement SEPA, "
           "date d'exécution 03.12.2026 :\n\n"
           "N° pièce      Réf. fournisseur   Date pièce   Montant\n"
           "5100029384    F-2026-0395        02.11.2026   1 560,00\n"
           "5100029871    F-2026-0409        06.11.2026   3 600,00\n"
           "                                 Total EUR    5 160,00\n\n"
           "Pour toute question, contactez comptabilite.fournisseurs@groupe-vinea.fr.\n"
           "Message généré automatiquement par SAP - merci de ne pas répondre.\n")
    emit("vinea_fr_avis_de_paiement_sap.eml", L,
         N(a("Groupe Vinéa Comptabilité", "sap-noreply@groupe-vinea.fr"), "Avis de paiement - OBL SON - 03.12.2026", d(3, 5, 40, 0),
           multi("mixed", [T(rem, "iso-8859-1", "quoted-printable"),
                           attach("application/pdf", "AVIS_PAIEMENT_400183_20261203.pdf",
                                  pdf(["AVIS DE PAIEMENT", "Groupe Vinea", "Fournisseur 400183 OBL SON",
                                       "F-2026-0395 1 560,00", "F-2026-0409 3 600,00", "Total EUR 5 160,00"]))]),
           "groupe-vinea.fr"),
         "fr", "Groupe Vinéa", "client ERP remittance advice with PDF, two invoices", provider="Groupe Vinéa (SAP)",
         money=M("in|in", "1560.00|3600.00", "EUR", "no_claim", "Groupe Vinéa|Groupe Vinéa", "F-2026-0395|F-2026-0409",
                 "2026-12-03|2026-12-03"),
         notes="F-2026-0409 paid at 3 600 (4 episodes) after the dispute; remittance, not a bank notice")

    # ---------------------------------------------------------- not money in
    # 24 Qonto card payment
    emit("qonto_fr_paiement_carte_thomann.eml", L,
         N("Qonto <no-reply@qonto.com>", "Paiement par carte de 189,00" + NBSP + "€ chez THOMANN", d(30, 21, 14, 55),
           alt("Bonjour Olivier,\n\nUn paiement de 189,00 € a été effectué avec votre carte Plus •••• 7741.\n\n"
               "Marchand : THOMANN GMBH, BURGEBRACH\nDate : 30/11/2026 21:14\n\nPensez à ajouter votre justificatif.\n\n"
               "L'équipe Qonto\n" + FOOT_AUTO + "\n",
               page("Paiement par carte", [("Montant", "-189,00 €"), ("Marchand", "THOMANN GMBH, BURGEBRACH"),
                                          ("Carte", "Plus •••• 7741")], FOOT_AUTO, "#1d1d1b")), "qonto.com"),
         "fr", "Qonto", "card payment (out) with merchant", provider="Qonto",
         money=M("out", "189.00", "EUR", "no", "", "THOMANN GMBH, BURGEBRACH", "2026-11-30"))

    # 25 Shine outgoing transfer to URSSAF
    emit("shine_fr_virement_envoye_urssaf.eml", L,
         N("Shine <notifications@shine.fr>", "Votre virement de 1 164,00 € a bien été envoyé", d(1, 9, 45, 12),
           T("Bonjour Olivier,\n\nVotre virement de 1 164,00 € à URSSAF AQUITAINE a bien été envoyé.\n"
             "Motif : COTISATIONS T4 2026 AE\nIl arrivera sous 1 jour ouvré.\n\nL'équipe Shine\n"
             "Shine SAS, établissement de paiement agréé par l'ACPR.\n"), "shine.fr"),
         "fr", "Shine", "outgoing transfer confirmation", provider="Shine",
         money=M("out", "1164.00", "EUR", "no", "", "COTISATIONS T4 2026 AE", "2026-12-01"))

    # 26 BNP prélèvement
    emit("bnp_fr_prelevement_free_pro.eml", L,
         N("BNP Paribas <alertes@alertes.bnpparibas.com>", "Alerte : prélèvement sur votre compte", d(2, 6, 12, 30),
           T("BNP PARIBAS - Alerte opération\n\nBonjour,\n\nUn prélèvement de 47,99 EUR a été débité le 02/12/2026 de "
             "votre compte ****0417.\nCréancier : FREE PRO\nRéf. mandat : FP-88213004\n\n"
             "Merci de ne pas répondre à ce message.\n", "iso-8859-15", "quoted-printable"), "alertes.bnpparibas.com"),
         "fr", "BNP Paribas", "SEPA direct debit taken", provider="BNP Paribas",
         money=M("out", "47.99", "EUR", "no", "", "FP-88213004", "2026-12-02"))

    # 27 Revolut declined card
    emit("revolut_en_card_payment_declined.eml", L,
         N("Revolut Business <no-reply@revolut.com>", "Card payment declined", d(3, 23, 2, 0, UTC),
           T("Your card payment of $249.00 to PLUGIN ALLIANCE was declined.\n\nReason: insufficient balance in USD "
             "account; auto-exchange is off.\nCard: •••• 3306 (virtual)\n\nTop up your USD account or enable "
             "auto-exchange, then try again.\n\nRevolut Bank UAB.\n"), "revolut.com"),
         "en", "Revolut Business", "declined card payment", provider="Revolut Business",
         money=M("failed", "249.00", "USD", "no", "", "PLUGIN ALLIANCE", "2026-12-03"))

    # 28 Stripe payment failed
    emit("stripe_fr_paiement_echoue.eml", L,
         N("Stripe <notifications@stripe.com>", "Échec du paiement de 480,00 € de Maison Dubreuil", d(1, 16, 40, 28),
           T("Un paiement a échoué\n\nMontant : 480,00 €\nClient : compta@maison-dubreuil.fr\nMotif du refus : "
             "carte refusée (do_not_honor)\nDescription : Facture F-2026-0416\n\nAucun fonds n'a été prélevé.\n\n"
             "Vous recevez cet e-mail car vous avez activé les notifications de paiements échoués.\n"), "stripe.com"),
         "fr", "Stripe", "failed card payment from a client", provider="Stripe",
         money=M("failed", "480.00", "EUR", "no", "", "Facture F-2026-0416", "2026-12-01"))

    # 29 Stripe dispute
    emit("stripe_en_dispute_opened.eml", L,
         N("Stripe <notifications@stripe.com>", "Action required: a payment has been disputed", d(2, 15, 3, 0, UTC),
           alt("A customer has disputed a €150.00 payment\n\nReason: Product not received\nCustomer: contact@example.com\n"
               "Payment: py_3QaB7 (Facture F-2026-0371)\nRespond by: Dec 16, 2026\n\nThe disputed amount and a €20.00 "
               "dispute fee have been withdrawn from your balance.\n\nYou're receiving this email because you're an "
               "administrator of OBL Son.\n",
               page("A payment has been disputed", [("Amount", "€150.00"), ("Reason", "Product not received"),
                                                    ("Respond by", "Dec 16, 2026")], "Stripe, Inc.", "#635bff")), "stripe.com"),
         "en", "Stripe", "chargeback with fee", provider="Stripe",
         money=M("chargeback", "150.00", "EUR", "no", "", "py_3QaB7", "2026-12-02"))

    # 30 PayPal refund sent
    emit("paypal_fr_remboursement_envoye.eml", L,
         N("PayPal <service@paypal.fr>", "Vous avez remboursé un paiement", d(3, 10, 31, 5),
           T("Bonjour Olivier Baptiste-Laurent,\n\nVous avez envoyé un remboursement de 60,00 € EUR à Studio Bruit Blanc.\n"
             "N° de transaction du remboursement : 3KJ20448UY1193510\nMotif : caution restituée\n\n"
             "PayPal (Europe) S.à r.l. et Cie, S.C.A.\nVeuillez ne pas répondre à cet e-mail.\n"), "paypal.fr"),
         "fr", "PayPal", "refund sent by the owner", provider="PayPal",
         money=M("refund", "60.00", "EUR", "no", "", "3KJ20448UY1193510", "2026-12-03"))

    # 31 GoCardless payment failed
    emit("gocardless_fr_paiement_echoue.eml", L,
         N("GoCardless <notifications@gocardless.com>", "Échec d'un paiement de Radio Estuaire", d(4, 9, 20, 0),
           T("Bonjour OBL Son,\n\nLe paiement de 45,00 € de Radio Estuaire a échoué.\nMotif : provision insuffisante "
             "(code banque AM04)\nRéférence : OBLSON-RE-1226\n\nNous réessaierons automatiquement dans 3 jours ouvrés si "
             "la nouvelle tentative est activée.\n\nL'équipe GoCardless\n"), "gocardless.com"),
         "fr", "GoCardless", "direct debit from client failed", provider="GoCardless",
         money=M("failed", "45.00", "EUR", "no", "", "OBLSON-RE-1226", "2026-12-04"))

    # 32 Wise none - on its way
    emit("wise_en_money_on_its_way.eml", L,
         N("Wise <noreply@wise.com>", "Fenwick & Rowe Audio Ltd is sending you 1,980.00 GBP", d(1, 16, 0, 0, UTC),
           T("Hi Olivier,\n\nFenwick & Rowe Audio Ltd is sending you 1,980.00 GBP.\n\nIt should arrive by Thursday, "
             "3 December. We'll email you again when it's in your account.\n\nReference: INV-0429\n\nThe Wise team\n\n"
             "You're receiving this email because someone is sending money to your Wise account.\n"), "wise.com"),
         "en", "Wise", "money announced, not yet arrived", provider="Wise",
         money=M("none", "1980.00", "GBP", "no", "", "INV-0429", "2026-12-03"))

    # 33 SG statement
    emit("societegenerale_fr_releve_disponible.eml", L,
         N("Societe Generale <noreply@notifications.societegenerale.fr>", "Votre relevé de compte est disponible", d(2, 4, 0, 0),
           T("Bonjour,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre Espace Client, rubrique "
             "e-Documents.\n\nCordialement,\nSociété Générale\n\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.\n"),
           "notifications.societegenerale.fr"),
         "fr", "Société Générale", "statement available", provider="Société Générale",
         money=M("statement", "", "", "no"))

    # 34 LCL low balance
    emit("lcl_fr_alerte_solde.eml", L,
         N("LCL <alertes@lcl.fr>", "LCL Alertes : solde inférieur à votre seuil", d(4, 7, 1, 0),
           T("LCL vous informe\n\nLe solde de votre compte 0xxxx12345A est de 312,45 € au 04/12/2026, inférieur au "
             "seuil de 500,00 € que vous avez défini.\n\nLCL Alertes - merci de ne pas répondre à ce message.\n",
             "iso-8859-15", "quoted-printable"), "lcl.fr"),
         "fr", "LCL", "balance alert", provider="LCL",
         money=M("statement", "312.45", "EUR", "no", "", "", "2026-12-04"), notes="amount is the balance, not a movement")

    # 35 Crédit Mutuel virement rejeté
    emit("creditmutuel_fr_virement_rejete.eml", L,
         N("Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>", "Rejet d'un virement émis", d(1, 13, 22, 10),
           T("Bonjour,\n\nLe virement de 320,00 EUR que vous avez émis le 27/11/2026 au profit de LOCASON BORDEAUX a été "
             "rejeté par la banque du bénéficiaire.\nMotif : compte clôturé (AC04)\nLe montant a été recrédité sur votre "
             "compte le 01/12/2026.\n\nVotre Caisse de Crédit Mutuel. Message automatique, merci de ne pas y répondre.\n"),
           "creditmutuel.fr"),
         "fr", "Crédit Mutuel", "returned outgoing transfer (re-credited, but not a client payment)", provider="Crédit Mutuel",
         money=M("failed", "320.00", "EUR", "no", "", "LOCASON BORDEAUX", "2026-12-01"),
         notes="money comes back to the account but is the owner's own returned transfer")

    # 36 La Banque Postale rejet de prélèvement
    emit("labanquepostale_fr_rejet_prelevement.eml", L,
         N("La Banque Postale <ne_pas_repondre@labanquepostale.fr>", "Information : rejet d'un prélèvement", d(3, 8, 5, 0),
           T("Bonjour,\n\nNous vous informons que le prélèvement de 79,00 EUR présenté par AUDIENS PREVOYANCE le "
             "02/12/2026 n'a pas pu être honoré (motif : opposition du titulaire).\n\nLa Banque Postale - message "
             "automatique, merci de ne pas y répondre.\n", "iso-8859-1", "quoted-printable"), "labanquepostale.fr"),
         "fr", "La Banque Postale", "rejected direct debit", provider="La Banque Postale",
         money=M("failed", "79.00", "EUR", "no", "", "AUDIENS PREVOYANCE", "2026-12-02"))

    # 37 N26 refund received
    emit("n26_fr_remboursement_recu.eml", L,
         N("N26 <no-reply@n26.com>", "Remboursement reçu de AMAZON MARKETPLACE", d(30, 11, 11, 11),
           T("Bonjour Olivier,\n\nTu as reçu un remboursement de 34,90 € de AMAZON MARKETPLACE sur ton compte N26.\n\n"
             "À bientôt,\nL'équipe N26\n\nN26 Bank AG, Voltairestraße 8, 10179 Berlin. Tu reçois cet e-mail car les "
             "notifications par e-mail sont activées.\n"), "n26.com"),
         "fr", "N26", "merchant refund, tutoiement", provider="N26",
         money=M("refund", "34.90", "EUR", "no", "", "AMAZON MARKETPLACE", "2026-11-30"))

    # 38 Stripe payout failed
    emit("stripe_fr_virement_echoue.eml", L,
         N("Stripe <notifications@stripe.com>", "Échec du virement de 1 245,30 € vers votre compte bancaire", d(4, 8, 0, 0),
           T("Le virement po_1QwErTy7Ab de 1 245,30 € vers QONTO •••• 0221 a échoué.\nMotif : le compte bancaire a "
             "refusé le virement (account_closed).\n\nLes fonds ont été restitués à votre solde Stripe. Mettez à jour "
             "vos coordonnées bancaires pour recevoir les prochains virements.\n"), "stripe.com"),
         "fr", "Stripe", "payout failed", provider="Stripe",
         money=M("failed", "1245.30", "EUR", "no", "", "po_1QwErTy7Ab", "2026-12-04"))

    # 39 PayPlug pending
    emit("payplug_fr_paiement_en_attente.eml", L,
         N("PayPlug <no-reply@payplug.com>", "Paiement en cours de vérification", d(2, 20, 14, 0),
           T("Bonjour,\n\nUn paiement de 780,00 € de Théâtre La Grange aux Ondes (facture F-2026-0407) est en cours de "
             "vérification par notre équipe anti-fraude. Il sera confirmé ou refusé sous 48 heures.\n\n"
             "Aucun montant n'est encore disponible sur votre solde.\n\nL'équipe PayPlug\n"), "payplug.com"),
         "fr", "PayPlug", "payment pending fraud review", provider="PayPlug",
         money=M("none", "780.00", "EUR", "no", "", "F-2026-0407", ""))

    # 40 Sumeria sent
    emit("sumeria_fr_paiement_envoye.eml", L,
         N("Sumeria <noreply@lydia-app.com>", "Vous avez envoyé 23,50 € à Romain", d(4, 20, 30, 0),
           T("Paiement envoyé\n\nVous avez envoyé 23,50 € à Romain Thibaudeau.\nMessage : pizzas régie 🍕\n\n"
             "Sumeria (ex-Lydia). Merci de ne pas répondre à cet e-mail.\n"), "lydia-app.com"),
         "fr", "Sumeria", "peer payment sent", provider="Sumeria (Lydia)",
         money=M("out", "23.50", "EUR", "no", "", "pizzas régie 🍕", "2026-12-04"))

    # 41 Banque Populaire virement émis
    emit("banquepopulaire_fr_virement_emis.eml", L,
         N("Banque Populaire <ne-pas-repondre@banquepopulaire.fr>", "Confirmation de votre virement", d(30, 16, 2, 0),
           H("<html><body style=\"font-family:Arial;font-size:13px\"><p>Bonjour,</p><p>Votre virement a bien été pris en "
             "compte.</p><table cellpadding=\"4\"><tr><td>Bénéficiaire</td><td><b>LOCASON BORDEAUX</b></td></tr>"
             "<tr><td>Montant</td><td><b>320,00 EUR</b></td></tr><tr><td>Date d'exécution</td><td>30/11/2026</td></tr>"
             "<tr><td>Motif</td><td>LOC SHURE SM7B + INTERFACE</td></tr></table><p style=\"font-size:10px;color:#777\">"
             "Banque Populaire Aquitaine Centre Atlantique - Cet e-mail est envoyé automatiquement.</p></body></html>"),
           "banquepopulaire.fr"),
         "fr", "Banque Populaire", "HTML-only outgoing transfer confirmation", provider="Banque Populaire",
         money=M("out", "320.00", "EUR", "no", "", "LOC SHURE SM7B + INTERFACE", "2026-11-30"))

    # 42 Wise statement
    emit("wise_en_statement_ready.eml", L,
         N("Wise <noreply@wise.com>", "Your November statement is ready", d(1, 6, 0, 0, UTC),
           T("Hi Olivier,\n\nYour statements for November 2026 are ready for your EUR, GBP and CHF balances.\n"
             "Download them from Statements and reports.\n\nThe Wise team\n"), "wise.com"),
         "en", "Wise", "monthly statement", provider="Wise", money=M("statement", "", "", "no"))

    # 43 Mollie chargeback
    emit("mollie_en_chargeback.eml", L,
         N("Mollie <noreply@mollie.com>", "Chargeback received for payment tr_7Hq2k", d(3, 12, 0, 0, UTC),
           T("Hello OBL Son,\n\nWe have received a chargeback for payment tr_7Hq2k (€95.00, SEPA Direct Debit).\n"
             "Reason code: MD06 - refund request by end customer\nThe amount has been deducted from your next settlement.\n\n"
             "Kind regards,\nMollie\n"), "mollie.com"),
         "en", "Mollie", "SEPA debit chargeback", provider="Mollie",
         money=M("chargeback", "95.00", "EUR", "no", "", "tr_7Hq2k", "2026-12-03"))

    # 44 Indy: one credit + two debits digest
    emit("indy_fr_nouvelles_transactions.eml", L,
         N("Indy <notifications@indy.fr>", "3 nouvelles transactions à catégoriser", d(1, 7, 30, 0),
           H(page("3 nouvelles transactions", [("VIR INST MAXIME DELORME TONTON PODCAST", "+ 900,00 €"),
                                               ("PRLV SEPA OVH SAS", "- 14,39 €"), ("CB SPLICE.COM 29/11", "- 12,99 €")],
                  "Indy, 8 rue Lavoisier, 38000 Grenoble. Vous recevez cet e-mail car vos notifications bancaires sont activées.",
                  "#0b0b45", "Bonjour Olivier, ces transactions ont été importées depuis votre compte bancaire :")), "indy.fr"),
         "fr", "Indy", "accounting app digest: one credit and two debits", provider="Indy",
         money=M("in|out|out", "900.00|14.39|12.99", "EUR", "yes", "MAXIME DELORME TONTON PODCAST||", 
                 "VIR INST MAXIME DELORME TONTON PODCAST|PRLV SEPA OVH SAS|CB SPLICE.COM 29/11", "||"),
         notes="counts_as_payment refers to the credit; no value dates given in the digest")

    # 45 Mollie settlement (aggregate)
    emit("mollie_en_settlement.eml", L,
         N("Mollie <noreply@mollie.com>", "Your settlement of €673.10 is on its way", d(4, 6, 30, 0, UTC),
           T("Hello OBL Son,\n\nSettlement stl_9aK3 of €673.10 has been sent to your bank account NL** **** 0221.\n"
             "It contains 11 payments, 0 refunds and €6.90 in fees.\n\nMollie B.V., Amsterdam.\n"), "mollie.com"),
         "en", "Mollie", "settlement of online sales (sample packs)", provider="Mollie",
         money=M("in", "673.10", "EUR", "no_aggregate", "", "stl_9aK3", "2026-12-04"))


# ================================================================= auto_reply
def AR(frm, subj, date, body, domain, irt=None, extra=(), crlf=False, to=OWNER_S, style="hex"):
    hs = [("From", frm), ("To", to), ("Subject", h(subj)), ("Date", date), ("Message-ID", mid(domain, style))]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra)
    return msg(hs, body, crlf)


def autos():
    L = "auto_reply"
    # 1 Outlook FR Réponse automatique with return date
    emit("outlook_fr_reponse_automatique_retour_7dec.eml", L,
         AR(a("Mathilde Sarrazin", "compta@radiogaronne.fr"), "Réponse automatique : " + rem_subject("F-2026-0430"),
            d(30, 9, 3, 2, UTC),
            alt("Bonjour,\r\n\r\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité à ma "
                "messagerie. Pour toute urgence, merci de contacter l'accueil au 05 56 00 00 00.\r\n\r\nCordialement,\r\n"
                "Mathilde Sarrazin\r\n",
                "<html><body><p>Bonjour,</p><p>Je suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité "
                "à ma messagerie. Pour toute urgence, merci de contacter l'accueil au 05 56 00 00 00.</p><p>Cordialement,<br>"
                "Mathilde Sarrazin</p></body></html>"), "", rem_id(430),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", "compta@radiogaronne.fr"), ("Thread-Topic", h(rem_subject("F-2026-0430")))],
            crlf=True, style="outlook"),
         "fr", "Outlook / Exchange Online", "Outlook 'Réponse automatique :' with Auto-Submitted", facts="ooo_until=2026-12-07",
         notes="'jusqu'au lundi 7 décembre inclus': back on 8 Dec; date given is 7 Dec")

    # 2 Gmail vacation EN
    emit("gmail_en_vacation_back_14th.eml", L,
         AR(a("Tom Ashby", "tom.ashby@fenwickrowe.co.uk"), "Out of office Re: " + rem_subject("INV-0434", "en"), d(1, 8, 0, 9, UTC),
            T("Thanks for your email. I'm away on leave and will be back on Monday 14th December. For anything urgent "
              "please contact studio@fenwickrowe.co.uk.\n\nTom\n"), "mail.gmail.com", rem_id(434),
            extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], style="gmail"),
         "en", "Google Workspace vacation responder", "Gmail vacation responder", facts="ooo_until=2026-12-14")

    # 3 Absence du bureau, no auto headers
    emit("webmail_fr_absence_du_bureau_sans_entetes.eml", L,
         AR(a("Cécile Vigneau", "c.vigneau@theatre-estran.fr"), "Absence du bureau", d(2, 14, 30, 0),
            T("Bonjour,\n\nJe suis en déplacement en tournée avec la compagnie jusqu'au 11 décembre. Je prendrai "
              "connaissance de votre message à mon retour.\n\nPour les questions administratives, vous pouvez écrire à "
              "administration@theatre-estran.fr.\n\nCécile Vigneau\n"), "theatre-estran.fr"),
         "fr", "Théâtre de l'Estran (OVH webmail)", "vacation reply without Auto-Submitted or In-Reply-To",
         facts="ooo_until=2026-12-11")

    # 4 AP autoresponder FR
    emit("mutuelle_fr_accuse_reception_factures.eml", L,
         AR(a("Comptabilité Fournisseurs", "factures@mutuelle-atlantique.fr"), "Accusé de réception - " + rem_subject("F-2026-0424"),
            d(30, 9, 5, 0),
            T("Madame, Monsieur,\n\nNous accusons réception de votre message.\n\nRappel de nos conditions : les factures "
              "sont réglées à 45 jours fin de mois à compter de leur date d'émission, sous réserve qu'elles mentionnent "
              "le numéro de bon de commande. Toute facture incomplète sera retournée.\n\nLes relances adressées à cette "
              "boîte sont traitées par ordre d'arrivée ; inutile de renouveler votre envoi.\n\nService Comptabilité "
              "Fournisseurs\nMutuelle Atlantique Santé\n\nMessage automatique - merci de ne pas répondre.\n"),
            "mutuelle-atlantique.fr", rem_id(424), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
         "fr", "Mutuelle Atlantique Santé", "accounts-payable autoresponder quoting payment terms", facts="")

    # 5 Zendesk-style ticket
    emit("helpdesk_fr_ticket_ondescourtes.eml", L,
         AR(a("Ondes Courtes Support", "support@ondescourtes.fr"), "[Ticket #48213] " + rem_subject("F-2026-0398"),
            d(30, 9, 2, 44),
            alt("##- Merci de saisir votre réponse au-dessus de cette ligne -##\n\nBonjour,\n\nNous avons bien reçu votre "
                "demande (#48213). Notre équipe vous répondra sous 3 jours ouvrés.\n\nPour les questions de facturation, "
                "merci d'indiquer le numéro de facture dans votre réponse.\n\nL'équipe Ondes Courtes\n",
                "<p style=\"color:#b5b5b5\">##- Merci de saisir votre réponse au-dessus de cette ligne -##</p><p>Bonjour,</p><p>Nous avons "
                "bien reçu votre demande (#48213). Notre équipe vous répondra sous 3 jours ouvrés.</p>"),
            "ondescourtes.zendesk.com", rem_id(398),
            extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                   ("X-Zendesk-From-Account-Id", "a1b2c3")]),
         "fr", "Zendesk (Ondes Courtes)", "helpdesk ticket acknowledgement", facts="")

    # 6 MDN Outlook read receipt
    mdn_txt = ("Votre message\r\n\r\n  À : compta@voixhaute-audio.fr\r\n  Objet : " + rem_subject("F-2026-0402") +
               "\r\n  Envoyé : lundi 30 novembre 2026 09:03:18 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\r\n\r\n"
               "a été lu le lundi 30 novembre 2026 10:41:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\r\n")
    mdn = ("Content-Type: message/disposition-notification\r\n\r\nReporting-UA: AM9P192MB1234.EURP192.PROD.OUTLOOK.COM\r\n"
           "Final-Recipient: rfc822;compta@voixhaute-audio.fr\r\nOriginal-Message-ID: " + rem_id(402) +
           "\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n").encode()
    emit("outlook_fr_mdn_lu.eml", L,
         AR(a("Comptabilité Voix Haute", "compta@voixhaute-audio.fr"), "Lu : " + rem_subject("F-2026-0402"), d(30, 9, 41, 7, UTC),
            multi("report", [T(mdn_txt, "utf-8", "quoted-printable"), mdn], params="; report-type=disposition-notification"),
            "", extra=[("Auto-Submitted", "auto-replied")], crlf=True, style="outlook"),
         "fr", "Outlook MDN", "read receipt multipart/report disposition-notification", facts="")

    # 7 Thunderbird MDN
    mdn2 = ("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n\n"
            "Reporting-UA: cie-filrouge.fr; Mozilla Thunderbird\nFinal-Recipient: rfc822;lea@cie-filrouge.fr\n"
            "Original-Message-ID: " + rem_id(415) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n").encode()
    emit("thunderbird_fr_accuse_reception_affiche.eml", L,
         AR(a("Léa Marchand", "lea@cie-filrouge.fr"), "Accusé de réception (affiché) - " + rem_subject("F-2026-0415"),
            d(30, 12, 2, 0),
            multi("report", [T("Ceci est un accusé de réception pour le courrier envoyé à lea@cie-filrouge.fr.\n\n"
                               "Remarque : cet accusé de réception indique seulement que le message a été affiché sur "
                               "l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou "
                               "compris le contenu du message.\n"), mdn2],
                  params="; report-type=disposition-notification"), "cie-filrouge.fr",
            extra=[("User-Agent", "Mozilla Thunderbird")]),
         "fr", "Thunderbird MDN", "Thunderbird 'Accusé de réception (affiché)'", facts="")

    # 8 Mailinblack challenge
    emit("mailinblack_fr_challenge.eml", L,
         AR(a("Protection anti-spam Mailinblack", "noreply@mailinblack.com"),
            "Votre message à p.soule@groupe-vinea.fr est en attente", d(30, 9, 6, 0),
            alt("Bonjour,\n\nVous avez envoyé un message à p.soule@groupe-vinea.fr. Ce destinataire est protégé par "
                "Mailinblack.\n\nPour que votre message soit délivré, merci de confirmer que vous êtes un humain en "
                "cliquant sur le lien ci-dessous :\nhttps://auth.mailinblack.com/validate?id=Zk3QpL\n\nCette opération "
                "n'est nécessaire qu'une seule fois.\n\nObjet de votre message : " + rem_subject("F-2026-0395") + "\n",
                "<p>Bonjour,</p><p>Vous avez envoyé un message à <b>p.soule@groupe-vinea.fr</b>. Ce destinataire est "
                "protégé par Mailinblack.</p><p><a href=\"https://auth.mailinblack.com/validate?id=Zk3QpL\">Je ne suis pas un robot</a></p>"),
            "mailinblack.com", rem_id(395), extra=[("Auto-Submitted", "auto-replied")]),
         "fr", "Mailinblack", "challenge-response (confirm you are human)", facts="")

    # 9 UK AP autoresponder
    emit("fenwick_en_ap_autoresponse_payment_run.eml", L,
         AR(a("Fenwick & Rowe Accounts Payable", "accounts@fenwickrowe.co.uk"),
            "Automatic reply: " + rem_subject("INV-0434", "en"), d(30, 8, 3, 30, UTC),
            T("Thank you for contacting Fenwick & Rowe Accounts Payable.\n\nThis mailbox is monitored Monday to Friday. "
              "Supplier invoices are paid on our fortnightly payment run, on 30-day terms from receipt, provided a "
              "valid PO number is quoted. Please do not send duplicate invoices as this may delay payment.\n\n"
              "For remittance queries, please allow 3 working days for a response.\n\nFenwick & Rowe Audio Ltd\n"),
            "", rem_id(434), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook"),
         "en", "Fenwick & Rowe Audio Ltd", "AP autoresponder mentioning payment run and terms", facts="",
         notes="mentions 'payment run' but is automatic and promises nothing specific")

    # 10 Swiss bilingual OOO
    emit("podcastery_de_fr_abwesenheit.eml", L,
         AR(a("Lukas Brunner", "finance@podcastery.ch"), "Abwesenheitsnotiz / Absence: " + rem_subject("F-2026-0420"),
            d(1, 9, 10, 0),
            T("Guten Tag\n\nIch bin bis am 8. Dezember 2026 abwesend. Ihre E-Mail wird nicht weitergeleitet.\n\n"
              "Bonjour\n\nJe suis absent jusqu'au 8 décembre 2026. Votre message ne sera pas transféré.\n\n"
              "Freundliche Grüsse / Meilleures salutations\nLukas Brunner\n", "iso-8859-1", "quoted-printable"),
            "podcastery.ch", rem_id(420), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
         "de", "Podcastery SA", "bilingual German/French OOO", facts="ooo_until=2026-12-08")

    # 11 festival régie
    emit("nuitsmedoc_fr_en_regie_xautoreply.eml", L,
         AR(a("Karim Benali", "karim@nuitsdumedoc.fr"), "Re: " + rem_subject("F-2026-0410") + " [message automatique]",
            d(2, 9, 4, 0),
            T("Hello,\n\nJe suis en régie sur le festival d'hiver jusqu'au dimanche 6 décembre et je ne lis mes mails "
              "que le soir. Je te/vous réponds dès que possible !\n\nKarim\n"),
            "nuitsdumedoc.fr", rem_id(410, 2), extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
         "fr", "Festival Les Nuits du Médoc", "autoreply with Re: subject, only X-Autoreply header",
         facts="ooo_until=2026-12-06")

    # 12 leave without date
    emit("pagesvives_fr_conge_sans_date.eml", L,
         AR(a("Hugues Lamarque", "hugues.lamarque@pages-vives.fr"), "Réponse automatique : " + rem_subject("F-2026-0432"),
            d(3, 9, 1, 0, UTC),
            T("Bonjour,\n\nJe suis actuellement en congé et ne consulte pas ma messagerie. Pour toute question "
              "relative à la comptabilité ou aux paiements, merci d'écrire à compta@pages-vives.fr qui traitera votre "
              "demande.\n\nBien cordialement,\nHugues Lamarque\n"), "", rem_id(432),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook"),
         "fr", "Pages Vives", "OOO without return date, redirects to accounts", facts="")

    # 13 regional council auto-ack
    emit("region_fr_accuse_reception_direction_culture.eml", L,
         AR(a("Direction de la Culture - ne pas répondre", "noreply-culture@region-nouvelle-aquitaine.example"),
            "Accusé de réception de votre courriel", d(30, 9, 4, 12),
            T("Madame, Monsieur,\n\nVotre courriel a bien été reçu par la Direction de la Culture et du Patrimoine. Il "
              "sera traité dans les meilleurs délais par le service compétent.\n\nPour toute question relative à une "
              "facture, nous vous rappelons que seules les factures déposées sur Chorus Pro peuvent être traitées.\n\n"
              "Ce message est généré automatiquement, merci de ne pas y répondre.\n"),
            "region-nouvelle-aquitaine.example", rem_id(390), extra=[("Auto-Submitted", "auto-generated")]),
         "fr", "Région (conseil régional)", "public body auto-acknowledgement", facts="")

    # 14 mailbox no longer monitored
    emit("bleucobalt_en_fr_boite_plus_consultee.eml", L,
         AR(a("Agence Bleu Cobalt", "hello@bleucobalt.fr"), "Automatic reply: " + rem_subject("F-2026-0435"), d(3, 9, 0, 30),
            T("Cette adresse n'est plus consultée. Merci d'écrire désormais à equipe@bleucobalt.fr.\n\n"
              "This mailbox is no longer monitored. Please write to equipe@bleucobalt.fr.\n"),
            "bleucobalt.fr", rem_id(435), extra=[("Auto-Submitted", "auto-replied")]),
         "fr", "Agence Bleu Cobalt", "mailbox no longer monitored, bilingual", facts="")

    # 15 Gmail vacation FR congés, with end date in French
    emit("gmail_fr_conges_retour_lundi.eml", L,
         AR(a("Inès Haddad", "ines.haddad@echos-media.fr"), "Congés - " + rem_subject("F-2026-0411"), d(4, 9, 5, 0),
            alt("Bonjour,\n\nJe suis en congés du 4 au 13 décembre inclus. Pour toute urgence production, contactez "
                "Julie Sabatier (julie.sabatier@echos-media.fr).\n\nÀ bientôt !\nInès\n",
                "<div dir=\"ltr\">Bonjour,<br><br>Je suis en congés du 4 au 13 décembre inclus. Pour toute urgence production, "
                "contactez Julie Sabatier (julie.sabatier@echos-media.fr).<br><br>À bientôt !<br>Inès</div>"),
            "mail.gmail.com", rem_id(411, 2), extra=[("Auto-Submitted", "auto-replied")], style="gmail"),
         "fr", "Google Workspace vacation responder", "Gmail vacation with date range", facts="ooo_until=2026-12-13")

    # 16 Exchange on-prem helpdesk in EN/FR for DSI
    emit("mutuelle_fr_dsi_ticket_glpi.eml", L,
         AR(a("GLPI Mutuelle Atlantique", "glpi@mutuelle-atlantique.fr"), "[GLPI #0045127] Nouveau ticket " + rem_subject("F-2026-0400"),
            d(30, 9, 8, 0),
            T("Bonjour,\n\nUn ticket a été créé suite à votre courriel.\n\nURL : https://glpi.mutuelle-atlantique.fr/front/ticket.form.php?id=45127\n"
              "Titre : " + rem_subject("F-2026-0400") + "\nStatut : Nouveau\nCatégorie : Achats > Fournisseurs\n\n"
              "Généré automatiquement par GLPI 10\n"), "mutuelle-atlantique.fr", rem_id(400),
            extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply")]),
         "fr", "GLPI (Mutuelle Atlantique Santé)", "GLPI ticket created from the reminder", facts="")


# ================================================================= bounce
def orig_headers(to, inv, n, lang="fr", when="Mon, 30 Nov 2026 09:03:11 +0100"):
    return ("Return-Path: <olivier@obl-son.fr>\nFrom: Olivier Baptiste-Laurent <olivier@obl-son.fr>\nTo: %s\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n" % (to, h(rem_subject(inv, lang)), when, rem_id(n)))


def orig_full(to, inv, n, amount, due, lang="fr"):
    return (orig_headers(to, inv, n, lang) + "\n" + rem_body(inv, amount, due, lang) + "\n").encode("utf-8")


def dsn_part(reporting_mta, rcpt, action, status, diag, remote_mta=None, arrival="Mon, 30 Nov 2026 09:03:12 +0100",
             extra_rcpt=""):
    s = "Reporting-MTA: dns; %s\n" % reporting_mta
    s += "Arrival-Date: %s\n\n" % arrival
    s += "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (rcpt, rcpt, action, status)
    if remote_mta:
        s += "Remote-MTA: dns; %s\n" % remote_mta
    s += "Diagnostic-Code: smtp; %s\n" % diag + extra_rcpt
    return ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n" + s).encode()


def rfc822(raw, headers_only=False):
    if headers_only:
        return b"Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n" + raw
    return b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + raw


def B(frm, subj, date, body, domain, to="olivier@obl-son.fr", extra=(), crlf=False):
    hs = [("Return-Path", "<>"), ("From", frm), ("To", to), ("Subject", h(subj)), ("Date", date),
          ("Message-ID", mid(domain))] + list(extra)
    return msg(hs, body, crlf)


def bounces():
    L = "bounce"
    # 1 Gmail address not found
    r = "thomas.roux.bleucobalt@gmail.com"
    txt = ("\n** Adresse introuvable **\n\nVotre message n'a pas pu être distribué à %s, car l'adresse est introuvable "
           "ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant était :\n550 5.1.1 The email account that "
           "you tried to reach does not exist. Please try double-checking the recipient's email address for typos or "
           "unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser "
           "a640c23a62f3a-ab7d3e2f1c4si2231066b.198 - gsmtp\n" % r)
    emit("gmail_fr_adresse_introuvable.eml", L,
         B(a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
           d(30, 9, 3, 15),
           multi("report", [multi("related", [multi("alternative", [T(txt), H("<html><body>" + txt.replace("\n", "<br>") + "</body></html>")])]),
                            dsn_part("mx.google.com", r, "failed", "5.1.1",
                                     "550-5.1.1 The email account that you tried to reach does not exist.",
                                     "gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)"),
                            rfc822(orig_full(r, "F-2026-0435", 435, "880,00 €", "23/11/2026"))],
                 params="; report-type=delivery-status"), "mx.google.com",
           extra=[("Auto-Submitted", "auto-replied")]),
         "fr", "Gmail", "Gmail NDR in French with DSN and original message", facts="failed_recipient=" + r)

    # 2 Exchange Online undeliverable
    r = "delphine.garrigues@mutuelle-atlantique.fr"
    html = ("<html><body><p style=\"font-family:Segoe UI;font-size:17pt;color:#C00000\">Your message to "
            "delphine.garrigues@mutuelle-atlantique.fr couldn't be delivered.</p><p>delphine.garrigues wasn't found at "
            "mutuelle-atlantique.fr.</p><p><b>Olivier</b> &nbsp;Office 365 &nbsp;<b>delphine.garrigues</b><br>Action Required "
            "Recipient</p><p>Unknown To address</p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
            "<p style=\"font-size:9pt\">Diagnostic information for administrators:<br>Generating server: PR3P192MB0841.EURP192.PROD.OUTLOOK.COM<br>"
            "delphine.garrigues@mutuelle-atlantique.fr<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'</p></body></html>")
    emit("exchange_online_en_undeliverable.eml", L,
         B(a("Microsoft Outlook", "MAILER-DAEMON@PR3P192MB0841.EURP192.PROD.OUTLOOK.COM"), "Undeliverable: " + rem_subject("F-2026-0436"),
           d(3, 8, 12, 7, UTC),
           multi("report", [multi("alternative", [T("Your message to %s couldn't be delivered.\r\n\r\n%s wasn't found at "
                                                     "mutuelle-atlantique.fr.\r\n" % (r, r.split("@")[0])), H(html)]),
                            dsn_part("PR3P192MB0841.EURP192.PROD.OUTLOOK.COM", r, "failed", "5.1.10",
                                     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                     arrival="Thu, 3 Dec 2026 08:12:05 +0000"),
                            rfc822(orig_headers(r, "F-2026-0436", 436).encode(), True)],
                 params="; report-type=delivery-status"), "PR3P192MB0841.EURP192.PROD.OUTLOOK.COM",
           extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")], crlf=True),
         "en", "Exchange Online", "Office 365 NDR, text/rfc822-headers", facts="failed_recipient=" + r,
         notes="the buyer left the company (cf. earlier legal-signature reply)")

    # 3 OVH MTA with Orange rejection
    r = "radio.estuaire33@orange.fr"
    emit("ovh_postfix_orange_rejet.eml", L,
         B(a("Mail Delivery System", "MAILER-DAEMON@mo551.mail-out.ovh.net"), "Undelivered Mail Returned to Sender",
           d(1, 11, 40, 2),
           multi("report", [T("This is the mail system at host mo551.mail-out.ovh.net.\n\nI'm sorry to have to inform you "
                               "that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                               "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this "
                               "problem report. You can\ndelete your own text from the attached returned message.\n\n"
                               "                   The mail system\n\n<%s>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1\n"
                               "    Adresse d au moins un destinataire invalide. Invalid recipient.\n    LPN007_510 (in reply to RCPT TO command)\n" % r,
                               "us-ascii", "7bit"),
                            dsn_part("mo551.mail-out.ovh.net", r, "failed", "5.1.1",
                                     "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_510",
                                     "smtp-in.orange.fr", arrival="Tue,  1 Dec 2026 11:40:01 +0100 (CET)"),
                            rfc822(orig_full(r, "F-2026-0396", 396, "540,00 €", "15/11/2026"))],
                 boundary="4B2F11C0A2.1764585602/mo551.mail-out.ovh.net", params="; report-type=delivery-status"),
           "mo551.mail-out.ovh.net", extra=[("Auto-Submitted", "auto-replied")]),
         "en", "OVH (Postfix) / Orange", "Postfix bounce from OVH relay, Orange LPN007_510", facts="failed_recipient=" + r)

    # 4 Free quota
    r = "bastien.roques@free.fr"
    emit("postfix_free_quota_depasse.eml", L,
         B(a("Mail Delivery System", "MAILER-DAEMON@mo552.mail-out.ovh.net"), "Undelivered Mail Returned to Sender",
           d(2, 10, 0, 40),
           multi("report", [T("This is the mail system at host mo552.mail-out.ovh.net.\n\nI'm sorry to have to inform you "
                               "that your message could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n"
                               "<%s>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 quota\n    exceeded (in reply to end of DATA command)\n" % r,
                               "us-ascii", "7bit"),
                            dsn_part("mo552.mail-out.ovh.net", r, "failed", "5.2.2", "552 5.2.2 quota exceeded", "mx1.free.fr"),
                            rfc822(orig_headers(r, "F-2026-0413", 413, when="Wed, 2 Dec 2026 10:00:38 +0100").encode(), True)],
                 boundary="7A31E8C1F3.1764666040/mo552.mail-out.ovh.net", params="; report-type=delivery-status"),
           "mo552.mail-out.ovh.net", extra=[("Auto-Submitted", "auto-replied")]),
         "en", "OVH (Postfix) / Free", "mailbox full at Free", facts="failed_recipient=" + r)

    # 5 Postfix delay warning
    r = "admin@nuitsdumedoc.fr"
    emit("postfix_delay_warning.eml", L,
         B(a("Mail Delivery System", "MAILER-DAEMON@mo553.mail-out.ovh.net"), "Delayed Mail (still being retried)",
           d(30, 13, 3, 20),
           multi("report", [T("This is the mail system at host mo553.mail-out.ovh.net.\n\n####################################"
                               "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                               "####################################################################\n\nYour message could not "
                               "be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                               "                   The mail system\n\n<%s>: connect to mail.nuitsdumedoc.fr[51.91.0.0]:25: Connection timed out\n" % r,
                               "us-ascii", "7bit"),
                            dsn_part("mo553.mail-out.ovh.net", r, "delayed", "4.4.1",
                                     "connect to mail.nuitsdumedoc.fr[51.91.0.0]:25: Connection timed out").replace(
                                b"Diagnostic-Code: smtp;", b"Will-Retry-Until: Sat, 5 Dec 2026 09:03:12 +0100 (CET)\nDiagnostic-Code: X-Postfix;"),
                            rfc822(orig_headers(r, "F-2026-0410", 410).encode(), True)],
                 boundary="1F0AB3C2D4.1764504200/mo553.mail-out.ovh.net", params="; report-type=delivery-status"),
           "mo553.mail-out.ovh.net", extra=[("Auto-Submitted", "auto-replied")]),
         "en", "OVH (Postfix)", "Postfix delay warning, will retry", facts="failed_recipient=%s;bounce_final=no" % r)

    # 6 Gmail delay
    r = "contact@studio-lavaux.ch"
    emit("gmail_en_delay.eml", L,
         B(a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Delay)", d(1, 2, 9, 0),
           multi("report", [T("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
                               "%s. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\n"
                               "The response was:\n451 4.7.1 Greylisting in action, please come back later\n" % r),
                            dsn_part("mx.google.com", r, "delayed", "4.7.1", "451 4.7.1 Greylisting in action, please come back later",
                                     "mx.studio-lavaux.ch."),
                            rfc822(orig_headers(r, "F-2026-0399", 399).encode(), True)], params="; report-type=delivery-status"),
           "mx.google.com"),
         "en", "Gmail", "Gmail delay notification (greylisting)", facts="failed_recipient=%s;bounce_final=no" % r)

    # 7 Exim, no DSN part
    r = "prod@echos-media.fr"
    emit("exim_en_no_dsn_part.eml", L,
         B(a("Mail Delivery System", "Mailer-Daemon@mx2.hebergeur-mutualise.example"), "Mail delivery failed: returning message to sender",
           d(2, 16, 20, 5),
           T("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
             "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  %s\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\n" % r
             + orig_full(r, "F-2026-0404", 404, "1 480,00 €", "12/11/2026").decode(), "utf-8", "8bit"),
           "mx2.hebergeur-mutualise.example", extra=[("X-Failed-Recipients", r), ("Auto-Submitted", "auto-replied")]),
         "en", "Exim", "Exim text-only bounce with inline copy, X-Failed-Recipients", facts="failed_recipient=" + r,
         notes="no machine-readable delivery-status part")

    # 8 qmail failure notice
    r = "compta@tontonpodcast.fr"
    emit("qmail_en_failure_notice.eml", L,
         B("MAILER-DAEMON@mail.tontonpodcast.fr", "failure notice", d(4, 9, 2, 0),
           T("Hi. This is the qmail-send program at mail.tontonpodcast.fr.\nI'm afraid I wasn't able to deliver your message "
             "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
             "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n" % r
             + orig_headers(r, "F-2026-0427", 427), "us-ascii", "7bit"), "mail.tontonpodcast.fr"),
         "en", "qmail", "qmail failure notice, no DSN", facts="failed_recipient=" + r)

    # 9 Exchange on-prem French 'Non remis'
    r = "n.ferhat@grange-aux-ondes.fr"
    emit("exchange_fr_non_remis.eml", L,
         B(a("Postmaster", "postmaster@grange-aux-ondes.fr"), "Non remis : " + rem_subject("F-2026-0407"), d(2, 11, 30, 0),
           multi("report", [T("La remise aux destinataires ou groupes suivants a échoué :\r\n\r\n%s\r\nLa boîte aux lettres du "
                               "destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez "
                               "ultérieurement ou contactez directement le destinataire.\r\n\r\nInformations de diagnostic "
                               "pour les administrateurs :\r\n\r\nServeur de génération : SRV-EXCH01.grange.local\r\n\r\n%s\r\n"
                               "#550 5.2.2 STOREDRV.Deliver; mailbox full ##\r\n" % (r, r), "utf-8", "quoted-printable"),
                            dsn_part("SRV-EXCH01.grange.local", r, "failed", "5.2.2", "550 5.2.2 STOREDRV.Deliver; mailbox full"),
                            rfc822(orig_headers(r, "F-2026-0407", 407).encode(), True)], params="; report-type=delivery-status"),
           "grange-aux-ondes.fr", extra=[("Content-Language", "fr-FR"), ("Auto-Submitted", "auto-replied")], crlf=True),
         "fr", "Exchange Server (on-premises)", "French Exchange 'Non remis', mailbox full", facts="failed_recipient=" + r)

    # 10 sendmail returned mail
    r = "billing@podcastery-old.ch"
    emit("sendmail_en_returned_mail_host_unknown.eml", L,
         B(a("Mail Delivery Subsystem", "MAILER-DAEMON@relay.obl-son.fr"), "Returned mail: see transcript for details",
           d(3, 14, 0, 10),
           multi("report", [T("The original message was received at Thu, 3 Dec 2026 13:59:58 +0100\nfrom localhost [127.0.0.1]\n\n"
                               "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: 550 Host unknown)\n\n"
                               "   ----- Transcript of session follows -----\n550 5.1.2 <%s>... Host unknown (Name server: "
                               "podcastery-old.ch: host not found)\n" % (r, r), "us-ascii", "7bit"),
                            dsn_part("relay.obl-son.fr", r, "failed", "5.1.2", "550 Host unknown"),
                            rfc822(orig_headers(r, "F-2026-0417", 417).encode(), True)], params="; report-type=delivery-status"),
           "relay.obl-son.fr"),
         "en", "Sendmail", "sendmail 'Returned mail', host unknown", facts="failed_recipient=" + r)

    # 11 Outlook.com consumer NDR policy rejection, two recipients one failed
    r = "k.benali@hotmail.fr"
    emit("outlookcom_en_blocked_spam_policy.eml", L,
         B("postmaster@outlook.com", "Undeliverable: " + rem_subject("F-2026-0410"), d(4, 10, 5, 0, UTC),
           multi("report", [T("Delivery has failed to these recipients or groups:\r\n\r\n%s\r\nYour message wasn't delivered "
                               "because the recipient's email provider rejected it.\r\n\r\nRemote Server returned '550 5.7.1 "
                               "Unfortunately, messages from [51.210.0.0] weren't sent. Please contact your Internet service "
                               "provider since part of their network is on our block list (S3150).'\r\n" % r, "us-ascii", "7bit"),
                            dsn_part("DB8EUR05HT123.eop-eur05.prod.protection.outlook.com", r, "failed", "5.7.1",
                                     "550 5.7.1 Unfortunately, messages from [51.210.0.0] weren't sent. (S3150)"),
                            rfc822(orig_headers(r, "F-2026-0410", 410, when="Fri, 4 Dec 2026 11:04:55 +0100").encode(), True)],
                 params="; report-type=delivery-status"), "outlook.com", crlf=True),
         "en", "Outlook.com", "policy block S3150", facts="failed_recipient=" + r)


# ================================================================= other
def O(frm, subj, date, body, domain, to=OWNER_S, extra=(), crlf=False):
    hs = [("From", frm), ("To", to), ("Subject", h(subj)), ("Date", date), ("Message-ID", mid(domain))] + list(extra)
    return msg(hs, body, crlf)


LU = lambda dom: [("List-Unsubscribe", "<https://%s/unsubscribe?u=8f2a>, <mailto:unsubscribe@%s>" % (dom, dom)),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def others():
    L = "other"
    emit("ausha_fr_stats_novembre.eml", L,
         O("Ausha <hello@ausha.co>", "🎧 Vos statistiques de novembre pour « Les Voix du Port »", d(1, 10, 0, 0),
           alt("Bonjour Olivier,\n\nEn novembre, « Les Voix du Port » a cumulé 4 812 écoutes (+18 %). L'épisode le plus "
               "écouté : « Ep. 12 – Les dockers de Bacalan » (1 240 écoutes).\n\nVoir les statistiques détaillées : "
               "https://app.ausha.co/stats\n\nL'équipe Ausha\nVous recevez cet e-mail car vous êtes administrateur d'un podcast hébergé sur Ausha.\n",
               page("Vos statistiques de novembre", [("Écoutes", "4 812"), ("Évolution", "+18 %"),
                                                    ("Top épisode", "Ep. 12 – Les dockers de Bacalan")],
                    "Ausha · Se désabonner des récapitulatifs", "#ff5c39")), "ausha.co", extra=LU("ausha.co")),
         "fr", "Ausha", "podcast hosting monthly stats", facts="")

    emit("klangwerk_en_black_friday_extended.eml", L,
         O("Klangwerk Audio <news@klangwerk-audio.example>", "Black Friday extended: 60% off De-Esser Pro & Room Tamer",
           d(30, 17, 0, 0, UTC),
           alt("BLACK FRIDAY EXTENDED\n\nBy popular demand, our sale runs until Wednesday midnight CET.\n"
               "De-Esser Pro: €89 -> €35\nRoom Tamer: €129 -> €49\nVoice Bundle (5 plugins): €299 -> €119\n\n"
               "Shop now: https://klangwerk-audio.example/sale\n\nYou are receiving this email because you registered a "
               "Klangwerk product. Unsubscribe | Manage preferences\nKlangwerk Audio GmbH, Leipzig, Germany\n",
               "<html><body style=\"background:#111;color:#eee;font-family:Arial\"><h1 style=\"color:#f5c400\">BLACK FRIDAY EXTENDED</h1>"
               "<p>De-Esser Pro <s>€89</s> <b>€35</b><br>Room Tamer <s>€129</s> <b>€49</b></p><p><a href=\"https://klangwerk-audio.example/sale\">Shop now</a></p>"
               "<p style=\"font-size:10px\">You are receiving this email because you registered a Klangwerk product.</p></body></html>"),
           "klangwerk-audio.example", extra=LU("klangwerk-audio.example")),
         "en", "Klangwerk Audio (fictional plugin vendor)", "plugin vendor marketing", facts="")

    emit("lumen_fr_facture_licence_bibliotheque.eml", L,
         O("Lumen Music Library <facturation@lumen-music.example>", "Votre facture LML-2026-11-0457 – Licence Podcast Pro annuelle",
           d(1, 6, 0, 0),
           multi("mixed", [T("Bonjour Olivier,\n\nMerci pour votre confiance. Vous trouverez ci-joint la facture "
                              "LML-2026-11-0457 d'un montant de 348,00 € TTC pour le renouvellement de votre licence Podcast Pro "
                              "(usage illimité, 12 mois).\n\nLe montant sera prélevé sur votre carte •••• 7741 le 03/12/2026.\n\n"
                              "L'équipe Lumen\n"),
                           attach("application/pdf", "LML-2026-11-0457.pdf",
                                  pdf(["FACTURE LML-2026-11-0457", "Licence Podcast Pro annuelle", "Total TTC 348,00 EUR"]))]),
           "lumen-music.example"),
         "fr", "Lumen Music Library (fictional)", "supplier invoice to the owner with PDF", facts="",
         notes="supplier invoice TO the owner, mentions a future card debit")

    emit("locason_fr_confirmation_reservation.eml", L,
         O(a("Locason Bordeaux", "reservations@locason-bordeaux.example"), "Confirmation de réservation n° R-26-1187",
           d(2, 15, 12, 0),
           T("Bonjour M. Baptiste-Laurent,\n\nNous confirmons votre réservation :\n- 2 x Shure SM7B\n- 1 x Sound Devices "
             "MixPre-10 II\n- 4 x émetteurs HF Sennheiser EW-DX\nRetrait : vendredi 11/12/2026 à 9h00 – Retour : lundi "
             "14/12/2026 avant 12h00\nMontant : 412,00 € TTC, caution 1 500 € (empreinte bancaire au retrait).\n\n"
             "Merci de vous munir d'une pièce d'identité.\n\nL'équipe Locason\n05 56 00 00 00\n", "windows-1252", "quoted-printable"),
           "locason-bordeaux.example"),
         "fr", "Locason Bordeaux (fictional rental)", "equipment rental booking confirmation", facts="")

    emit("francetravail_fr_actualisation_intermittents.eml", L,
         O("France Travail <ne-pas-repondre@francetravail.fr>", "Pensez à vous actualiser avant le 15 décembre", d(30, 8, 0, 0),
           T("Bonjour Monsieur BAPTISTE-LAURENT,\n\nVotre actualisation mensuelle de novembre est à effectuer entre le "
             "28 novembre et le 15 décembre 2026 sur francetravail.fr ou l'application.\n\nIntermittents du spectacle : "
             "pensez à déclarer vos heures travaillées (annexes 8 et 10) et à joindre vos AEM si votre employeur ne les "
             "a pas transmises.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n"), "francetravail.fr"),
         "fr", "France Travail", "intermittent monthly declaration reminder", facts="")

    emit("audiens_fr_nouveau_document.eml", L,
         O("Audiens <noreply@audiens.org>", "Un nouveau document est disponible dans votre espace", d(2, 7, 45, 0),
           T("Bonjour,\n\nUn nouveau document est disponible dans votre espace personnel Audiens : Attestation de "
             "droits prévoyance 2027.\n\nConnectez-vous sur audiens.org pour le consulter.\n\nAudiens, le groupe de "
             "protection sociale de la culture, de la communication et des médias.\n"), "audiens.org"),
         "fr", "Audiens", "social-protection body document notification", facts="")

    emit("billetsud_fr_accreditation_festival.eml", L,
         O("BilletSud <billetterie@billetsud.example>", "Votre accréditation Technicien – Festival Ciné-Sons 2026", d(3, 12, 30, 0),
           multi("mixed", [alt("Bonjour Olivier,\n\nVotre accréditation « Technicien son » pour le Festival Ciné-Sons (10–13 "
                               "décembre 2026) est jointe à ce message. Présentez le QR code à l'accueil artistes.\n\n"
                               "Commande n° BS-99172 – 0,00 €\n\nBilletSud – billetterie des festivals du Sud-Ouest\n",
                               "<p>Bonjour Olivier,</p><p>Votre accréditation <b>Technicien son</b> est jointe.</p><p>Commande n° BS-99172 – 0,00 €</p>"),
                           attach("application/pdf", "accreditation_BS-99172.pdf", pdf(["ACCREDITATION TECHNICIEN", "Festival Cine-Sons 2026"]))]),
           "billetsud.example"),
         "fr", "BilletSud (fictional ticketing)", "festival ticketing accreditation with PDF", facts="")

    emit("dropbox_en_almost_full.eml", L,
         O("Dropbox <no-reply@dropbox.com>", "Your Dropbox is almost full", d(4, 3, 10, 0, UTC),
           alt("Hi Olivier,\n\nYou're using 1.91 TB of your 2 TB. When your Dropbox is full, files will stop syncing.\n\n"
               "Upgrade to Dropbox Essentials or free up space.\n\nThe Dropbox team\n",
               "<p>Hi Olivier,</p><p>You're using <b>1.91 TB</b> of your 2 TB.</p><p><a href=\"https://www.dropbox.com/plans\">Upgrade</a></p>"),
           "dropbox.com"),
         "en", "Dropbox", "cloud storage quota warning", facts="")

    emit("tiime_fr_facture_abonnement.eml", L,
         O("Tiime <facturation@tiime.fr>", "Votre facture Tiime de décembre 2026", d(1, 4, 2, 0),
           T("Bonjour Olivier,\n\nVotre facture n° TI-2026-12-338812 d'un montant de 17,99 € TTC est disponible dans votre "
             "espace. Elle sera réglée par prélèvement SEPA le 05/12/2026.\n\nL'équipe Tiime\n"), "tiime.fr"),
         "fr", "Tiime", "accounting software subscription invoice", facts="")

    emit("urssaf_fr_nouveau_message.eml", L,
         O("Urssaf <no-reply@urssaf.fr>", "Vous avez un nouveau message dans votre espace personnel", d(3, 6, 30, 0),
           T("Bonjour,\n\nUn nouveau message est disponible dans votre espace autoentrepreneur.urssaf.fr, rubrique "
             "Messagerie.\n\nObjet : Échéance de déclaration du 4e trimestre 2026\n\nPour des raisons de sécurité, "
             "le contenu n'est pas repris dans ce courriel.\n\nL'Urssaf\nMerci de ne pas répondre à ce courriel.\n"), "urssaf.fr"),
         "fr", "Urssaf", "message waiting in personal space", facts="")

    emit("impots_fr_avis_cfe.eml", L,
         O("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Votre avis de Cotisation foncière des entreprises est disponible",
           d(30, 7, 0, 0),
           T("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre "
             "espace professionnel sur impots.gouv.fr.\n\nDate limite de paiement : 15/12/2026. Si vous avez adhéré au "
             "prélèvement à l'échéance, celui-ci interviendra le 23/12/2026.\n\nLa Direction générale des Finances publiques\n"
             "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n"), "dgfip.finances.gouv.fr"),
         "fr", "DGFiP (impots.gouv.fr)", "tax notice available", facts="")

    emit("ovhcloud_fr_facture.eml", L,
         O("OVHcloud <noreply@ovh.com>", "Votre facture OVHcloud FR61428830 est disponible", d(1, 2, 14, 0),
           alt("Bonjour,\n\nVotre facture FR61428830 d'un montant de 14,39 € TTC est disponible dans votre Espace Client.\n"
               "Mode de paiement : prélèvement SEPA (mandat RUM OVH-SEPA-118829).\nServices : Hébergement Pro obl-son.fr, "
               "Email Pro (3 comptes).\n\nL'équipe OVHcloud\n",
               "<p>Bonjour,</p><p>Votre facture <b>FR61428830</b> d'un montant de <b>14,39 € TTC</b> est disponible.</p>"),
           "ovh.com"),
         "fr", "OVHcloud", "hosting invoice paid by direct debit", facts="")

    emit("freepro_fr_facture_fibre.eml", L,
         O("Free Pro <facturation@free-pro.fr>", "Free Pro - Votre facture de décembre", d(2, 5, 0, 0),
           T("Bonjour,\n\nVotre facture Free Pro du mois de décembre 2026 est disponible : 47,99 € TTC.\nElle sera prélevée "
             "sur votre compte à partir du 02/12/2026.\n\nLe service client Free Pro\n", "windows-1252", "quoted-printable"), "free-pro.fr"),
         "fr", "Free Pro", "telecom invoice", facts="")

    emit("expertisegaronne_fr_honoraires.eml", L,
         O(a("Cabinet Expertise Garonne", "facturation@expertise-garonne.example"), "Facture d'honoraires n° 2026-1183",
           d(4, 11, 0, 0),
           multi("mixed", [T("Bonjour Monsieur Baptiste-Laurent,\n\nVeuillez trouver ci-joint notre facture d'honoraires "
                              "n° 2026-1183 (tenue comptable T4 et déclaration 2035), d'un montant de 420,00 € TTC, payable "
                              "à réception par virement.\n\nCabinet Expertise Garonne – Expert-comptable inscrit à l'Ordre\n"
                              "Ce message a été envoyé depuis notre logiciel de facturation.\n"),
                           attach("application/pdf", "Facture_2026-1183.pdf", pdf(["FACTURE 2026-1183", "Honoraires T4", "420,00 EUR TTC"]))]),
           "expertise-garonne.example"),
         "fr", "Cabinet Expertise Garonne (fictional accountant)", "accountant's fee invoice to the owner", facts="")

    emit("qonto_fr_newsletter_nouveautes.eml", L,
         O("Qonto <news@qonto.com>", "Nouveau : la facturation électronique arrive dans Qonto ✨", d(3, 10, 0, 0),
           alt("Bonjour Olivier,\n\nDès septembre 2026, toutes les entreprises devront pouvoir recevoir des factures "
               "électroniques. Bonne nouvelle : Qonto est plateforme agréée.\n\nDécouvrir : https://qonto.com/fr/e-invoicing\n\n"
               "Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire.\n",
               "<h1>La facturation électronique arrive dans Qonto ✨</h1><p>Qonto est plateforme agréée.</p>"),
           "qonto.com", extra=LU("qonto.com")),
         "fr", "Qonto", "bank's own newsletter", facts="")

    emit("malt_fr_nouvelle_mission.eml", L,
         O("Malt <noreply@malt.fr>", "Nouvelle proposition de projet : Mixage podcast branded (10 épisodes)", d(2, 11, 5, 0),
           T("Bonjour Olivier,\n\nUn client vous propose un projet :\nMixage et mastering d'un podcast de marque – 10 "
             "épisodes de 25 min\nBudget : 2 500 – 3 500 €\nDémarrage : janvier 2027\n\nRépondez sous 48 h pour "
             "maximiser vos chances.\n\nL'équipe Malt\n"), "malt.fr", extra=LU("malt.fr")),
         "fr", "Malt", "freelance marketplace project proposal", facts="")

    emit("linkedin_fr_recherches.eml", L,
         O("LinkedIn <notifications-noreply@linkedin.com>", "Olivier, vous êtes apparu dans 14 recherches cette semaine", d(30, 18, 30, 0),
           alt("Vous êtes apparu dans 14 recherches cette semaine.\nVos recruteurs : Radio France, Audible…\n\n"
               "Voir qui vous recherche : https://www.linkedin.com/me/search-appearances\n\nCet e-mail était destiné à "
               "Olivier Baptiste-Laurent (Ingénieur du son – Producteur de podcasts).\n",
               "<p>Vous êtes apparu dans <b>14 recherches</b> cette semaine.</p>"), "linkedin.com", extra=LU("linkedin.com")),
         "fr", "LinkedIn", "social network notification", facts="")

    emit("phishing_fr_paypal_compte_limite.eml", L,
         O("PayPal Service <service-clients@paypal-verification-fr.example>", "Votre compte PayPal a été limité",
           d(1, 3, 44, 0),
           H("<html><body style=\"font-family:Arial\"><img src=\"http://paypal-verification-fr.example/logo.png\"><p>Cher client,</p>"
             "<p>Nous avons remarqué une activité inhabituelle sur votre compte. Un paiement de <b>1 249,00 €</b> est en "
             "attente et votre compte a été temporairement limité.</p><p>Pour restaurer l'accès, confirmez votre "
             "identité dans les 24 heures :</p><p><a href=\"http://paypal-verification-fr.example/login\">Confirmer mon identité</a></p>"
             "<p>Service Clientèle PayPal</p></body></html>"), "paypal-verification-fr.example"),
         "fr", "phishing", "phishing imitating PayPal, look-alike domain", facts="", notes="phishing: label other")

    emit("phishing_fr_qonto_virement_a_valider.eml", L,
         O("Qonto <notification@qonto-securite.example>", "Vous avez reçu un virement de 2 450,00 € – action requise",
           d(3, 4, 12, 0),
           alt("Bonjour,\n\nUn virement de 2 450,00 € de SAS MEDIAPROD est en attente sur votre compte. Suite à la mise à "
               "jour DSP2, vous devez valider votre identité pour le recevoir.\n\nValider : http://qonto-securite.example/valider\n\n"
               "Sans action de votre part sous 48 h, le virement sera renvoyé à l'émetteur.\n\nL'équipe Qonto\n",
               "<p>Un virement de <b>2 450,00 €</b> de SAS MEDIAPROD est en attente.</p><p><a href=\"http://qonto-securite.example/valider\">Valider</a></p>"),
           "qonto-securite.example"),
         "fr", "phishing", "phishing mimicking a Qonto money-in notice", facts="", notes="phishing: label other even though it mimics a payment notice")

    emit("spam_fr_gagne_iphone.eml", L,
         O("Service Gagnants <gagnant@promo-express.example>", "FÉLICITATIONS Olivier ! Vous avez gagné un iPhone 17 Pro", d(2, 2, 2, 2),
           H("<html><body><h1 style=\"color:red\">Félicitations !!!</h1><p>Vous êtes l'heureux gagnant de notre tirage au sort "
             "mensuel. Pour recevoir votre <b>iPhone 17 Pro</b>, il suffit de régler les frais de port de 1,95 €.</p>"
             "<p><a href=\"http://promo-express.example/claim\">RÉCLAMER MON CADEAU</a></p></body></html>", "windows-1252"),
           "promo-express.example"),
         "fr", "spam", "prize spam", facts="")

    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261201T101500Z\n"
           "ORGANIZER;CN=Julien Mercadier:mailto:julien.mercadier@ondescourtes.fr\nUID:4k2l9abc0@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier@obl-son.fr:mailto:olivier@obl-son.fr\n"
           "SUMMARY:Point mixage ép. 4 « Les Voix du Port »\nLOCATION:https://meet.google.com/abc-defg-hij\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    emit("googlecalendar_fr_invitation.eml", L,
         O("Julien Mercadier (via Google Agenda) <calendar-notification@google.com>",
           "Invitation: Point mixage ép. 4 « Les Voix du Port » @ mar. 8 déc. 2026 10:00 - 11:00 (CET) (olivier@obl-son.fr)",
           d(1, 11, 15, 0),
           multi("mixed", [multi("alternative", [T("Julien Mercadier vous a invité à un événement.\n\nPoint mixage ép. 4\n"
                                                   "Quand : mardi 8 déc. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)\n"
                                                   "Participer à Google Meet : https://meet.google.com/abc-defg-hij\n\n"
                                                   "Invitation de Google Agenda\n"),
                                                 leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")]),
                           attach("application/ics", "invite.ics", ics.encode())]),
           "google.com", extra=[("Reply-To", "julien.mercadier@ondescourtes.fr"), ("Sender", "Google Agenda <calendar-notification@google.com>")]),
         "fr", "Google Calendar", "calendar invitation sent by the system on behalf of a client", facts="")

    emit("doctolib_fr_rappel_rdv.eml", L,
         O("Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous demain à 08:45", d(3, 18, 0, 0),
           alt("Bonjour Olivier,\n\nNous vous rappelons votre rendez-vous :\nVendredi 4 décembre 2026 à 08:45\nDr Claire Mounier – ORL\n"
               "Audiométrie de contrôle\n12 rue Judaïque, 33000 Bordeaux\n\nEn cas d'empêchement, annulez sur Doctolib.\n",
               "<p>Rappel : <b>vendredi 4 décembre 2026 à 08:45</b><br>Dr Claire Mounier – ORL</p>"), "doctolib.fr"),
         "fr", "Doctolib", "appointment reminder (ENT, fitting for a sound engineer)", facts="")

    emit("dhl_fr_expedition_thomann.eml", L,
         O("DHL Paket <noreply@dhl.de>", "Votre colis Thomann arrive – numéro de suivi 00340434161234567891", d(1, 14, 20, 0),
           T("Bonjour,\n\nVotre colis de Musikhaus Thomann est en route.\nLivraison prévue : jeudi 03/12/2026 (en France "
             "par Colissimo)\nNuméro de suivi : 00340434161234567891\n\nSuivre l'envoi : https://www.dhl.de/fr/privatkunden.html\n"),
           "dhl.de"),
         "fr", "DHL / Colissimo", "shipping notice", facts="")

    emit("qonto_fr_alerte_nouvelle_connexion.eml", L,
         O("Qonto <no-reply@qonto.com>", "Nouvelle connexion à votre compte Qonto", d(4, 7, 40, 0),
           T("Bonjour Olivier,\n\nUne nouvelle connexion à votre compte a été détectée :\nAppareil : Chrome sur macOS\n"
             "Lieu : Bordeaux, France\nDate : 04/12/2026 à 07:39\n\nSi ce n'est pas vous, bloquez l'accès depuis "
             "l'application et contactez-nous.\n\nL'équipe Qonto\n" + FOOT_AUTO + "\n"), "qonto.com"),
         "fr", "Qonto", "bank security alert (no money movement)", facts="")


# ================================================================= main
def main():
    for lab in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        shutil.rmtree(os.path.join(OUT, lab), ignore_errors=True)
    human()
    payments()
    autos()
    bounces()
    others()
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
