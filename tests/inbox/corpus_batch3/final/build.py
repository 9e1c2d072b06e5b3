#!/usr/bin/env python3
"""Build a written (synthetic) evaluation set for dunnerd, batch 3, author b.

Standard library only. Writes <label>/<name>.eml files and labels.tsv next to
this script. Every message is written for dunnerd; formats of banks, payment
services and mail systems follow their public notice wording and the public
samples cited in the `notes`/`pattern` column and in README.md.

Owner of the inbox: Julien Marchal <julien@marchal-web.fr>, freelance web
developer (Marchal Web, Lyon). His reminders look like
"Rappel : facture F-2026-0xxx échue" / "Reminder: invoice INV-0xxx is overdue"
with Message-ID <dunnerd.NNN.K@marchal-web.fr>.
"""
import base64
import hashlib
import os
import quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final3"
SCRIPT = "build.py"

OWNER_NAME = "Julien Marchal"
OWNER = "julien@marchal-web.fr"
OWNER_ADDR = "Julien Marchal <julien@marchal-web.fr>"

ROWS = []
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
        "fidelity", "lang", "provider", "source_group", "pattern", "direction",
        "amount", "currency", "payer", "reference", "value_date",
        "counts_as_payment", "facts", "split", "notes"]

DAYS = {"2026-11-30": "Mon, 30 Nov 2026", "2026-12-01": "Tue, 01 Dec 2026",
        "2026-12-02": "Wed, 02 Dec 2026", "2026-12-03": "Thu, 03 Dec 2026",
        "2026-12-04": "Fri, 04 Dec 2026"}


def date(day, hm, tz="+0100", sec=None):
    """date('2026-12-02', '14:31') -> RFC 5322 date."""
    if sec is None:
        sec = int(hashlib.md5((day + hm).encode()).hexdigest(), 16) % 60
    return "%s %s:%02d %s" % (DAYS[day], hm, sec, tz)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], domain)


def rid(n, k=1):
    """Message-ID of the owner's reminder number n."""
    return "<dunnerd.%d.%d@marchal-web.fr>" % (n, k)


def h(value, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def a(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset)


# ---------------------------------------------------------------- MIME parts
def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None,
         params=""):
    """A non-multipart part. text may be str (encoded with charset) or bytes."""
    if not isinstance(text, bytes) and charset:
        if charset.lower() in ("iso-8859-1", "latin-1", "iso-8859-15"):
            # real latin-1 senders type plain hyphens/quotes; keep the text encodable
            text = text.replace("\u2013", "-").replace("\u2019", "'").replace("\u2026", "...").replace("\u2022", "*")
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            if charset.lower() == "us-ascii":  # quoted part contains accents/euro sign
                charset = "utf-8"
                if cte in ("7bit", None):
                    cte = "quoted-printable"
    raw = text if isinstance(text, bytes) else text.encode(charset or "ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = ctype
    if charset and ctype.startswith("text/"):
        ct += '; charset="%s"' % charset
    ct += params
    hdrs = [("Content-Type", ct)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs += extra or []
    return {"headers": hdrs, "body": body}


def text(t, charset="utf-8", cte="quoted-printable", **kw):
    return leaf("text/plain", t, charset, cte, **kw)


def html(t, charset="utf-8", cte="quoted-printable", **kw):
    return leaf("text/html", t, charset, cte, **kw)


def attach(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return {"headers": [("Content-Type", '%s; name="%s"' % (ctype, filename)),
                        ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                        ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(data)}


def multi(subtype, parts, seed, params="", preamble=None, extra=None):
    b = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
    if subtype == "alternative" and "gmail" in seed:
        b = "000000000000" + hashlib.md5(seed.encode()).hexdigest()[:16]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + b.encode() + b"\n" + render_part(p)
    body += b"\n--" + b.encode() + b"--\n"
    return {"headers": [("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, b))] + (extra or []),
            "body": body}


def render_headers(hdrs):
    out = b""
    for k, v in hdrs:
        out += ("%s: %s\n" % (k, v)).encode("utf-8")
    return out


def render_part(p):
    return render_headers(p["headers"]) + b"\n" + p["body"].rstrip(b"\n") + b"\n"


def rfc822(hdrs, part):
    """Embedded message bytes (for message/rfc822 parts or DSN originals)."""
    return render_headers(hdrs + [("MIME-Version", "1.0")] + part["headers"]) + b"\n" + part["body"]


def msg_part(hdrs, part, ctype="message/rfc822"):
    return {"headers": [("Content-Type", ctype)], "body": rfc822(hdrs, part)}


def write(label, name, hdrs, part, meta, crlf=False, mime=True):
    path = os.path.join(OUT, label, name + ".eml")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    all_h = list(hdrs)
    if mime:
        all_h.append(("MIME-Version", "1.0"))
    data = render_headers(all_h + part["headers"]) + b"\n" + part["body"]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(path, "wb") as f:
        f.write(data)
    row = {c: "" for c in COLS}
    row.update({"file": "%s/%s.eml" % (label, name), "label": label,
                "source_repo": "synthetic", "source_path": SCRIPT, "source_commit": "",
                "license": "written for dunnerd", "fidelity": "synthetic", "split": SPLIT})
    for k, v in meta.items():
        assert k in COLS, k
        row[k] = v
    if label != "payment_notification":
        for k in ["direction", "amount", "currency", "payer", "reference", "value_date",
                  "counts_as_payment"]:
            assert not row[k], (name, k)
    ROWS.append(row)


# ---------------------------------------------------------------- PDF
def pdf(lines):
    """A tiny valid one-page PDF showing the given lines (latin-1)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 56 790 Td\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    sb = stream.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream",
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


# ---------------------------------------------------------------- owner's reminders
def reminder_fr(inv, amount, due):
    return ("Bonjour,\n\n"
            "Sauf erreur de ma part, la facture %s d'un montant de %s TTC, arrivée à "
            "échéance le %s, n'a pas encore été réglée.\n\n"
            "Pourriez-vous me confirmer la date de paiement prévue ? Si le règlement est déjà "
            "parti, merci de ne pas tenir compte de ce message.\n\n"
            "Bien cordialement,\n"
            "Julien Marchal\nMarchal Web – développement web\n06 12 34 56 78" % (inv, amount, due))


def reminder_en(inv, amount, due):
    return ("Hello,\n\n"
            "According to my records, invoice %s for %s, due on %s, is still unpaid.\n\n"
            "Could you let me know when payment is scheduled? If it has already been sent, "
            "please disregard this message.\n\n"
            "Kind regards,\nJulien Marchal\nMarchal Web – web development\n+33 6 12 34 56 78" % (inv, amount, due))


def quote(t):
    return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))


def fr_attrib(day_txt, hm):
    return "Le %s à %s, Julien Marchal <julien@marchal-web.fr> a écrit :" % (day_txt, hm)


def en_attrib(day_txt, hm):
    return "On %s at %s, Julien Marchal <julien@marchal-web.fr> wrote:" % (day_txt, hm)


def reply_hdrs(frm, subj, d, n, domain, to=OWNER_ADDR, cc=None, extra=None, k=1,
               charset="utf-8", refs=True):
    hd = [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", h(subj, charset)), ("Date", d), ("Message-ID", mid(subj + d + frm, domain))]
    if refs and n:
        hd += [("In-Reply-To", rid(n, k)), ("References", rid(n, k))]
    hd += extra or []
    return hd


def bank_hdrs(frm, subj, d, domain, to=OWNER_ADDR, extra=None, charset="utf-8"):
    return [("From", frm), ("To", to), ("Subject", h(subj, charset)), ("Date", d),
            ("Message-ID", mid(subj + d, domain))] + (extra or [])


def strip_html(s):
    import re
    s = re.sub(r"(?is)<(style|head).*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", "  ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&euro;", "€").replace("&#8239;", " ")
    lines = [l.strip() for l in s.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    return "\n".join(out).strip() + "\n"


def alt(plain, htm, seed, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [text(plain, charset, cte), html(htm, charset, cte)], seed)


def alt_auto(htm, seed, charset="utf-8", cte="quoted-printable"):
    return alt(strip_html(htm), htm, seed, charset, cte)


MARK = "# ==== sections below ===="


# =====================================================================
# human_reply
# =====================================================================
def HR(name, hdrs, part, lang, group, pattern, facts="", notes="", crlf=False, mime=True):
    write("human_reply", name, hdrs, part,
          {"lang": lang, "source_group": group, "pattern": pattern, "facts": facts,
           "notes": notes}, crlf=crlf, mime=mime)


def human():
    # 1 top-posted above quoted reminder, promise "vendredi"
    r = reminder_fr("F-2026-0412", "1 480,00 €", "15/11/2026")
    body = ("Bonjour Julien,\n\nDésolée pour le retard, je fais le virement vendredi sans faute.\n\n"
            "Bonne journée,\nNadège Verdier\nAtelier Verdier – Ébénisterie\n\n"
            + fr_attrib("lun. 30 nov. 2026", "09:12") + "\n" + quote(r) + "\n")
    HR("verdier_fr_promise_vendredi",
       reply_hdrs(a("Nadège Verdier", "nadege@atelier-verdier.fr"), "Re: Rappel : facture F-2026-0412 échue",
                  date("2026-12-01", "08:47"), 412, "atelier-verdier.fr",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]),
       text(body, cte="8bit"), "fr", "Atelier Verdier", "top-posted reply above quoted reminder, weekday promise",
       "promise_date=2026-12-04", "'vendredi' from Tue 1 Dec resolves to Fri 4 Dec")

    # 2 iPhone, "paiement prévu le 15"
    HR("lemoine_fr_iphone_le15",
       reply_hdrs(a("Pascal Lemoine", "p.lemoine@boulangerie-lemoine.fr"), "Re: Rappel : facture F-2026-0397 échue",
                  date("2026-12-02", "06:41"), 397, "boulangerie-lemoine.fr"),
       text("Bonjour\nPaiement prévu le 15, c'est le jour où on fait tous les fournisseurs.\nPascal\n\nEnvoyé de mon iPhone\n\n"
            "> Le 2 déc. 2026 à 06:20, Julien Marchal <julien@marchal-web.fr> a écrit :\n>\n"
            + quote(reminder_fr("F-2026-0397", "540,00 €", "20/11/2026")) + "\n", cte="quoted-printable"),
       "fr", "Boulangerie Lemoine", "Envoyé de mon iPhone, day-of-month only",
       "promise_date=2026-12-15", "'le 15' resolved to 15 Dec 2026")

    # 3 law firm, long disclaimer, negation "ne contestons pas", end of next week
    disc = ("\n--\nMe Hélène Dufresne\nAvocate associée\nDUFRESNE & ASSOCIÉS – Société d'avocats\n"
            "14, quai Saint-Antoine – 69002 Lyon\nTél. : 04 78 00 00 00\n\n"
            "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
            "l'intention exclusive de ses destinataires. Ils peuvent être couverts par le secret "
            "professionnel de l'avocat. Toute utilisation ou diffusion non autorisée est interdite. "
            "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur "
            "et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, "
            "DUFRESNE & ASSOCIÉS ne pourra être tenue responsable de son contenu.\n"
            "Pensez à l'environnement avant d'imprimer ce message.\n")
    HR("dufresne_fr_disclaimer_fin_semaine_prochaine",
       reply_hdrs(a("Hélène Dufresne", "h.dufresne@dufresne-avocats.fr"), "RE: Rappel : facture F-2026-0405 échue",
                  date("2026-12-03", "18:02"), 405, "dufresne-avocats.fr",
                  cc=a("Secrétariat", "secretariat@dufresne-avocats.fr")),
       text("Monsieur,\n\nNous ne contestons pas votre facture. Elle est simplement en attente de la signature "
            "du second associé, absent cette semaine.\n\nLe règlement interviendra d'ici la fin de la "
            "semaine prochaine.\n\nBien à vous,\n" + disc, charset="iso-8859-1"),
       "fr", "Dufresne & Associés", "long legal disclaimer, negated dispute, ISO-8859-1",
       "promise_date=2026-12-11",
       "'d'ici la fin de la semaine prochaine' from Thu 3 Dec = Fri 11 Dec; 'nous ne contestons pas' is not a dispute")

    # 4 English, "we'll pay on the 10th"
    HR("brightlake_en_on_the_10th",
       reply_hdrs(a("Olivia Grant", "olivia.grant@brightlake-media.co.uk"), "RE: Reminder: invoice INV-0421 is overdue",
                  date("2026-11-30", "11:26", "+0000"), 421, "brightlake-media.co.uk"),
       text("Hi Julien,\n\nApologies, this one slipped through. We'll pay on the 10th along with the rest "
            "of the December supplier batch.\n\nBest,\nOlivia\n\nOlivia Grant | Operations Manager\n"
            "Brightlake Media Ltd | 4 Canal Street, Manchester\n\n"
            "-----Original Message-----\nFrom: Julien Marchal <julien@marchal-web.fr>\n"
            "Sent: 30 November 2026 08:05\nTo: Olivia Grant <olivia.grant@brightlake-media.co.uk>\n"
            "Subject: Reminder: invoice INV-0421 is overdue\n\n"
            + reminder_en("INV-0421", "€2,160.00", "16 November 2026") + "\n", charset="us-ascii", cte="7bit"),
       "en", "Brightlake Media", "Outlook-style plain reply with Original Message block, ordinal date",
       "promise_date=2026-12-10")

    # 5 English, AP from different address, payment run Thursday
    HR("kessler_en_payment_run_thursday",
       reply_hdrs(a("Accounts Payable - Kessler Design", "ap@kessler-design.de"), "RE: Reminder: invoice INV-0428 is overdue",
                  date("2026-12-01", "15:10"), 428, "kessler-design.de",
                  cc=a("Jonas Becker", "j.becker@kessler-design.de")),
       text("Dear Mr Marchal,\n\nJonas forwarded your reminder to our team. INV-0428 has been approved and is "
            "included in our next payment run, which is on Thursday. Funds usually reach SEPA accounts the "
            "same day.\n\nKind regards\nMarta Schulz\nAccounts Payable\nKessler Design GmbH\n"
            "Amtsgericht München HRB 000000 – Geschäftsführer: K. Kessler\n", cte="7bit", charset="us-ascii"),
       "en", "Kessler Design", "reply from AP address not the reminded one, payment run weekday",
       "promise_date=2026-12-03", "'Thursday' from Tue 1 Dec = Thu 3 Dec")

    # 6 dispute
    HR("garnier_fr_dispute_travail",
       reply_hdrs(a("Bruno Garnier", "bruno@garnier-paysage.fr"), "Re: Rappel : facture F-2026-0388 échue",
                  date("2026-12-02", "20:15"), 388, "garnier-paysage.fr"),
       text("Bonsoir,\n\nJe ne paierai pas cette facture en l'état. Le site devait être livré avec le module de "
            "devis en ligne, qui ne fonctionne toujours pas sur mobile, et la galerie photos n'a jamais été "
            "mise en place. Je conteste donc le solde de 1 150 €.\n\nQuand ce sera terminé comme prévu dans le "
            "devis du 3 septembre, on en reparlera.\n\nB. Garnier\nGarnier Paysage\n", cte="8bit"),
       "fr", "Garnier Paysage", "dispute of delivered work",
       "dispute=yes")

    # 7 already paid with date
    HR("roussel_fr_deja_regle_20nov",
       reply_hdrs(a("Claire Roussel", "compta@roussel-immobilier.fr"), "Re: Rappel : facture F-2026-0391 échue",
                  date("2026-11-30", "10:04"), 391, "roussel-immobilier.fr"),
       alt("Bonjour,\n\nCette facture a été réglée par virement le 20 novembre, référence « F-2026-0391 "
           "ROUSSEL IMMO ». Pouvez-vous vérifier de votre côté ?\n\nCordialement,\nClaire Roussel\n"
           "Service comptabilité – Roussel Immobilier\n",
           "<div dir=\"ltr\">Bonjour,<div><br></div><div>Cette facture a été réglée par virement le 20 novembre, "
           "référence «&nbsp;F-2026-0391 ROUSSEL IMMO&nbsp;». Pouvez-vous vérifier de votre côté ?</div>"
           "<div><br></div><div>Cordialement,</div><div>Claire Roussel<br>Service comptabilité – Roussel Immobilier</div></div>\n",
           "gmail-roussel"),
       "fr", "Roussel Immobilier", "Gmail multipart/alternative, already paid with date",
       "already_paid=2026-11-20")

    # 8 forwarded bank confirmation (inline forward of the client's bank e-mail)
    fwd = ("Bonjour,\n\nVoici la confirmation de notre banque, le virement est bien parti vendredi dernier.\n\n"
           "Amicalement,\nSophie Tessier\nLes Jardins de Sophie\n\n"
           "---------- Forwarded message ---------\n"
           "De : Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>\n"
           "Date: ven. 27 nov. 2026 à 14:03\n"
           "Subject: Confirmation de votre virement\n"
           "To: <sophie@jardins-de-sophie.fr>\n\n\n"
           "Madame TESSIER,\n\nNous vous confirmons l'exécution du virement suivant :\n\n"
           "Compte débité : Compte courant professionnel n° ...4471\n"
           "Bénéficiaire : MARCHAL JULIEN\n"
           "Montant : 720,00 EUR\n"
           "Motif : FACT F-2026-0402\n"
           "Date d'exécution : 27/11/2026\n\n"
           "Cordialement,\nVotre Caisse de Crédit Mutuel\n")
    HR("tessier_fr_fwd_confirmation_banque",
       reply_hdrs(a("Sophie Tessier", "sophie@jardins-de-sophie.fr"), "Fwd: Confirmation de votre virement",
                  date("2026-12-01", "09:33"), 402, "jardins-de-sophie.fr"),
       text(fwd),
       "fr", "Les Jardins de Sophie", "client forwards her bank's transfer confirmation inline",
       "already_paid=2026-11-27",
       "a bank notice inside a human forward: the money left the client's bank, not seen on the owner's; label human_reply")

    # 9 already paid, PDF avis d'exécution attached
    p = pdf(["SOCIETE GENERALE", "AVIS D'EXECUTION DE VIREMENT SEPA", "",
             "Donneur d'ordre : SAS HORIZON FORMATION", "Beneficiaire : M JULIEN MARCHAL",
             "IBAN beneficiaire : FR76 **** **** **** **** ***4 218", "Montant : 2 880,00 EUR",
             "Reference : F-2026-0409", "Date d'execution : 01/12/2026"])
    HR("horizon_fr_pdf_avis_execution",
       reply_hdrs(a("Mathieu Blanc", "m.blanc@horizon-formation.fr"), "RE: Rappel : facture F-2026-0409 échue",
                  date("2026-12-01", "16:22"), 409, "horizon-formation.fr"),
       multi("mixed", [text("Bonjour Monsieur Marchal,\n\nLe virement a été effectué ce matin, vous trouverez "
                            "l'avis d'exécution en pièce jointe.\n\nCordialement,\n\nMathieu Blanc\n"
                            "Responsable administratif et financier\nHorizon Formation\n", charset="windows-1252"),
                       attach("Avis_execution_virement_F-2026-0409.pdf", "application/pdf", p)], "horizon9"),
       "fr", "Horizon Formation", "already paid today, PDF bank execution notice attached, windows-1252",
       "already_paid=2026-12-01")

    # 10 already paid, no date
    HR("moreau_fr_deja_paye_sans_date",
       reply_hdrs(a("Vincent Moreau", "vincent@moreau-archi.fr"), "Re: Rappel : facture F-2026-0376 échue",
                  date("2026-12-03", "12:48"), 376, "moreau-archi.fr"),
       text("Julien,\nNormalement c'est payé depuis un moment, regarde sur ton compte.\nV.\n", cte="7bit",
            charset="us-ascii"),
       "fr", "Moreau Architecture", "short, informal tu, already paid without date",
       "already_paid=claimed")

    # 11 request invoice
    HR("pichon_fr_renvoyer_facture",
       reply_hdrs(a("Amandine Pichon", "amandine.pichon@studio-pichon.fr"), "Re: Rappel : facture F-2026-0415 échue",
                  date("2026-12-02", "09:55"), 415, "studio-pichon.fr"),
       text("Bonjour,\n\nJe ne retrouve pas cette facture dans nos mails, pourriez-vous me la renvoyer en PDF "
            "s'il vous plaît ? Je la fais valider dès réception.\n\nMerci,\nAmandine\n"),
       "fr", "Studio Pichon", "asks for the invoice again",
       "request_invoice=yes")

    # 12 request RIB
    HR("alpes_fr_demande_rib",
       reply_hdrs(a("Service Fournisseurs", "fournisseurs@alpes-distribution.fr"), "RE: Rappel : facture F-2026-0419 échue",
                  date("2026-11-30", "14:37"), 419, "alpes-distribution.fr"),
       text("Bonjour,\n\nVotre facture est bien enregistrée mais nous ne pouvons pas la payer : nous n'avons pas "
            "vos coordonnées bancaires dans notre système. Merci de nous transmettre un RIB au format PDF, à "
            "l'en-tête de votre entreprise.\n\nCordialement,\nKarima Haddad\nComptabilité fournisseurs\n"
            "Alpes Distribution SAS\n"),
       "fr", "Alpes Distribution", "asks for RIB", "request_rib=yes")

    # 13 English request IBAN
    HR("northfield_en_iban_bic",
       reply_hdrs(a("Daniel Okafor", "daniel.okafor@northfield-analytics.ie"), "Re: Reminder: invoice INV-0430 is overdue",
                  date("2026-12-03", "10:19", "+0000"), 430, "northfield-analytics.ie"),
       text("Hi Julien,\n\nHappy to get this paid, but our finance system rejected the vendor record: could you "
            "send me your IBAN and BIC again, plus the exact account holder name?\n\nThanks,\nDaniel\n"),
       "en", "Northfield Analytics", "asks for IBAN/BIC", "request_rib=yes")

    # 14 one word
    HR("faure_fr_note",
       reply_hdrs(a("Gilles Faure", "gilles.faure@faure-transports.fr"), "Re: Rappel : facture F-2026-0401 échue",
                  date("2026-12-04", "07:58"), 401, "faure-transports.fr"),
       text("Noté.\n\n" + fr_attrib("jeu. 3 déc. 2026", "17:30") + "\n" + quote(reminder_fr("F-2026-0401", "960,00 €", "25/11/2026")) + "\n"),
       "fr", "Faure Transports", "one-word answer", "")

    # 15 ok merci
    HR("navarro_fr_ok_merci",
       reply_hdrs(a("Lucie Navarro", "lucie@navarro-yoga.fr"), "Re: Rappel : facture F-2026-0423 échue",
                  date("2026-12-01", "13:02"), 423, "navarro-yoga.fr"),
       text("ok merci\n\nEnvoyé depuis mon mobile Orange\n", cte="7bit", charset="us-ascii"),
       "fr", "Navarro Yoga", "two-word answer, mobile signature", "")

    # 16 forward to colleague with owner in Cc
    HR("bastide_fr_transfert_compta_cc",
       [("From", a("Étienne Bastide", "etienne.bastide@bastide-conseil.fr")),
        ("To", a("Compta Bastide", "compta@bastide-conseil.fr")),
        ("Cc", OWNER_ADDR),
        ("Subject", h("TR: Rappel : facture F-2026-0411 échue")),
        ("Date", date("2026-12-02", "10:40")),
        ("Message-ID", mid("bastide16", "bastide-conseil.fr")),
        ("In-Reply-To", rid(411)), ("References", rid(411)),
        ("Thread-Topic", h("Rappel : facture F-2026-0411 échue")),
        ("X-Mailer", "Microsoft Outlook 16.0")],
       text("Bonjour Sandrine,\n\nPeux-tu regarder ce qu'il en est pour cette facture de Julien (en copie) et "
            "la passer au prochain règlement si ce n'est pas déjà fait ?\n\nMerci,\nÉtienne\n\n"
            "De : Julien Marchal <julien@marchal-web.fr>\nEnvoyé : mercredi 2 décembre 2026 09:15\n"
            "À : Étienne Bastide <etienne.bastide@bastide-conseil.fr>\nObjet : Rappel : facture F-2026-0411 échue\n\n"
            + reminder_fr("F-2026-0411", "1 200,00 €", "18/11/2026") + "\n", charset="windows-1252"),
       "fr", "Bastide Conseil", "forward to accounting colleague, owner in Cc, Outlook TR:",
       "", "no date promised, only asks colleague to check")

    # 17 negation: n'ai pas encore pu payer, tu
    HR("camille_fr_pas_encore_pu_payer",
       reply_hdrs(a("Camille Joly", "camille@joly-photo.fr"), "Re: Rappel : facture F-2026-0426 échue",
                  date("2026-12-03", "22:11"), 426, "joly-photo.fr"),
       text("Salut Julien,\n\nJe suis désolée, je n'ai pas encore pu payer : un gros client me doit encore "
            "deux factures et ma trésorerie est à zéro. Je ne t'oublie pas, je te vire ça dès que je suis payée "
            "moi-même. Je te tiens au courant.\n\nBises,\nCamille\n"),
       "fr", "Camille Joly photographe", "informal tu, negated payment, no date", "",
       "'je n'ai pas encore pu payer' is not already_paid; no date given")

    # 18 ne contestons pas + needs PO number -> request corrected invoice
    HR("cerbere_fr_bon_commande",
       reply_hdrs(a("Isabelle Marchetti", "i.marchetti@cerbere-securite.fr"), "RE: Rappel : facture F-2026-0394 échue",
                  date("2026-11-30", "16:51"), 394, "cerbere-securite.fr"),
       text("Bonjour,\n\nNous ne contestons pas le montant de la prestation. En revanche votre facture ne "
            "mentionne pas notre numéro de bon de commande (BC-2026-1187), et notre service comptable la "
            "rejette automatiquement. Pouvez-vous nous renvoyer une facture corrigée avec ce numéro ?\n\n"
            "Cordialement,\nIsabelle Marchetti\nAssistante de direction – Cerbère Sécurité\n"),
       "fr", "Cerbère Sécurité", "negated dispute, asks corrected invoice with PO number",
       "request_invoice=yes", "'nous ne contestons pas' must not give dispute=yes")

    # 19 HTML-only Outlook
    o = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
         "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
         "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
         "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
         "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
         "span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style></head>"
         "<body lang=FR link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>"
         "<p class=MsoNormal>Bonjour,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal>Le règlement de la facture F-2026-0417 sera effectué le 8 décembre.<o:p></o:p></p>"
         "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Cordialement,<o:p></o:p></p>"
         "<p class=MsoNormal><b><span style='color:#1F3864'>Nathalie Perret</span></b><o:p></o:p></p>"
         "<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Gestionnaire comptable | Groupe Valmont Santé<br>"
         "Tél : 04 72 00 00 00</span><o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
         "<p class=MsoNormal><b>De&nbsp;:</b> Julien Marchal &lt;julien@marchal-web.fr&gt; <br><b>Envoyé&nbsp;:</b> "
         "lundi 30 novembre 2026 10:02<br><b>À&nbsp;:</b> Perret Nathalie &lt;n.perret@valmont-sante.fr&gt;<br>"
         "<b>Objet&nbsp;:</b> Rappel : facture F-2026-0417 échue<o:p></o:p></p></div>"
         "<p class=MsoNormal>Bonjour,<br><br>Sauf erreur de ma part, la facture F-2026-0417 d'un montant de "
         "3 240,00 € TTC, arrivée à échéance le 22/11/2026, n'a pas encore été réglée.<o:p></o:p></p>"
         "</div></body></html>\n")
    HR("valmont_fr_outlook_html_only",
       reply_hdrs(a("Perret Nathalie", "n.perret@valmont-sante.fr"), "RE: Rappel : facture F-2026-0417 échue",
                  date("2026-11-30", "15:44"), 417, "valmont-sante.fr",
                  extra=[("Thread-Topic", h("Rappel : facture F-2026-0417 échue")),
                         ("Thread-Index", "AQHbQ2x1c2VyZW1pbmRlcg=="), ("Content-Language", "fr-FR"),
                         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
       html(o, charset="windows-1252"),
       "fr", "Groupe Valmont Santé", "HTML-only Outlook (Word filtered), windows-1252 QP",
       "promise_date=2026-12-08")

    # 20 rude complaint
    HR("dumas_fr_plainte_relances",
       reply_hdrs(a("Thierry Dumas", "t.dumas@dumas-btp.fr"), "Re: Rappel : facture F-2026-0385 échue",
                  date("2026-12-04", "11:37"), 385, "dumas-btp.fr", k=3),
       text("C'est la troisième relance en deux semaines. On a reçu vos mails, pas la peine d'en rajouter. "
            "La facture sera payée quand la compta l'aura traitée, comme toutes les autres.\n\nT. Dumas\n"),
       "fr", "Dumas BTP", "rude complaint about reminders, no date, no dispute", "",
       "complains about reminders, does not contest the invoice")

    # 21 question
    HR("lambert_fr_question_maintenance",
       reply_hdrs(a("Sébastien Lambert", "seb@lambert-cycles.fr"), "Re: Rappel : facture F-2026-0420 échue",
                  date("2026-12-01", "18:26"), 420, "lambert-cycles.fr"),
       text("Bonjour Julien,\n\nPetite question avant de régler : est-ce que cette facture comprend la "
            "maintenance de décembre ou seulement celle de novembre ? Je ne voudrais pas payer deux fois.\n\n"
            "Sébastien\nLambert Cycles\n"),
       "fr", "Lambert Cycles", "question about invoice content", "")

    # 22 instalments
    HR("bonnet_fr_paiement_deux_fois",
       reply_hdrs(a("Marion Bonnet", "marion.bonnet@bonnet-traiteur.fr"), "Re: Rappel : facture F-2026-0408 échue",
                  date("2026-12-02", "14:05"), 408, "bonnet-traiteur.fr"),
       text("Bonjour,\n\nEst-ce que je peux vous régler en deux fois ? Je vous verse 800 € le 10 décembre et le "
            "reste (1 060 €) début janvier, quand notre subvention tombe.\n\nMerci de votre compréhension,\n"
            "Marion Bonnet\n"),
       "fr", "Bonnet Traiteur", "instalment proposal with two dates",
       "promise_date=2026-12-10", "first instalment 10 Dec, balance early January 2027 (early_2027-01)")

    # 23 début janvier
    HR("orion_fr_debut_janvier",
       reply_hdrs(a("Frédéric Aubert", "f.aubert@orion-logistique.fr"), "RE: Rappel : facture F-2026-0399 échue",
                  date("2026-12-04", "16:30"), 399, "orion-logistique.fr"),
       text("Bonjour,\n\nNous sommes en pleine clôture annuelle et aucun décaissement n'est autorisé avant la "
            "fin de l'exercice. Votre facture sera réglée début janvier.\n\nCordialement\n\nFrédéric Aubert\n"
            "Contrôleur de gestion\nOrion Logistique\n"),
       "fr", "Orion Logistique", "vague month promise",
       "promise_date=early_2027-01")

    # 24 la semaine prochaine
    HR("colin_fr_semaine_prochaine",
       reply_hdrs(a("Nicolas Colin", "nicolas@colin-menuiserie.fr"), "Re: Rappel : facture F-2026-0424 échue",
                  date("2026-12-03", "08:12"), 424, "colin-menuiserie.fr"),
       text("Bonjour,\nje m'en occupe la semaine prochaine, je suis sur un chantier jusqu'à samedi.\nNicolas\n"),
       "fr", "Colin Menuiserie", "'la semaine prochaine'",
       "promise_date=week_of_2026-12-07")

    # 25 demain
    HR("riviere_fr_demain",
       reply_hdrs(a("Anne Rivière", "anne.riviere@riviere-events.fr"), "Re: Rappel : facture F-2026-0427 échue",
                  date("2026-12-02", "19:48"), 427, "riviere-events.fr"),
       text("Bonsoir Julien,\n\nOups, merci pour le rappel ! Je fais le virement demain matin depuis le bureau.\n\n"
            "Anne\n\n" + fr_attrib("mer. 2 déc. 2026", "18:05") + "\n" + quote(reminder_fr("F-2026-0427", "650,00 €", "27/11/2026")) + "\n"),
       "fr", "Rivière Events", "'demain'", "promise_date=2026-12-03")

    # 26 lundi
    HR("sarl_petit_fr_lundi",
       reply_hdrs(a("Olivier Petit", "olivier.petit@petit-et-fils.fr"), "Re: Rappel : facture F-2026-0403 échue",
                  date("2026-12-03", "17:20"), 403, "petit-et-fils.fr"),
       text("Bonjour, la personne qui signe les virements rentre lundi, ce sera fait ce jour-là. Cordialement, O. Petit\n"),
       "fr", "Petit et Fils", "one-line reply, 'lundi'", "promise_date=2026-12-07")

    # 27 fin décembre
    HR("nova_fr_fin_decembre",
       reply_hdrs(a("Sarah Benali", "sarah.benali@nova-edition.fr"), "Re: Rappel : facture F-2026-0414 échue",
                  date("2026-11-30", "12:15"), 414, "nova-edition.fr"),
       text("Bonjour Julien,\n\nOn a pris du retard sur les paiements ce trimestre, mais ta facture sera réglée "
            "d'ici fin décembre, promis.\n\nSarah\nNova Édition\n"),
       "fr", "Nova Édition", "'d'ici fin décembre'", "promise_date=2026-12-31")

    # 28 English: paid with remittance PDF
    rp = pdf(["ELMWOOD HOSPITALITY GROUP - REMITTANCE ADVICE", "", "Supplier: Marchal Web (Julien Marchal)",
              "Payment date: 26/11/2026", "Payment method: SEPA credit transfer",
              "Invoice INV-0418    EUR 1,740.00", "Total paid      EUR 1,740.00"])
    HR("elmwood_en_paid_remittance_pdf",
       reply_hdrs(a("Priya Nair", "priya.nair@elmwood-hospitality.com"), "RE: Reminder: invoice INV-0418 is overdue",
                  date("2026-12-02", "09:03", "+0000"), 418, "elmwood-hospitality.com"),
       multi("mixed", [alt("Hi Julien,\n\nThis was paid on 26 November, remittance advice attached. It may take a "
                           "few days to clear on your side.\n\nRegards,\nPriya Nair\nFinance Assistant\n",
                           "<p>Hi Julien,</p><p>This was paid on 26 November, remittance advice attached. It may take a few "
                           "days to clear on your side.</p><p>Regards,<br>Priya Nair<br>Finance Assistant</p>\n", "elm-alt"),
                       attach("Remittance_INV-0418.pdf", "application/pdf", rp)], "elm28"),
       "en", "Elmwood Hospitality", "already paid with date, remittance PDF attached",
       "already_paid=2026-11-26")

    # 29 English dispute
    HR("quayside_en_dispute_deliverables",
       reply_hdrs(a("Mark Hollis", "mark@quayside-studios.com"), "Re: Reminder: invoice INV-0433 is overdue",
                  date("2026-12-03", "14:50", "-0500"), 433, "quayside-studios.com"),
       text("Julien,\n\nWe are not going to pay INV-0433 at this point. Phase 2 (the booking widget and the "
            "admin exports) was never delivered, and the invoice bills it in full. Please send a corrected "
            "invoice for phase 1 only, or finish phase 2.\n\nMark Hollis\nQuayside Studios\n"),
       "en", "Quayside Studios", "dispute, undelivered work, asks corrected invoice",
       "dispute=yes;request_invoice=yes")

    # 30 English thanks noted
    HR("harbour_en_thanks_noted",
       reply_hdrs(a("Emma Lloyd", "emma@harbourline.co.uk"), "Re: Reminder: invoice INV-0425 is overdue",
                  date("2026-12-04", "10:01", "+0000"), 425, "harbourline.co.uk"),
       text("Thanks, noted.\n\nEmma\n"),
       "en", "Harbourline", "two-word English answer", "")

    # 31 English iPhone tomorrow (Saturday)
    HR("tidewater_en_iphone_tomorrow",
       reply_hdrs(a("Ben Carter", "ben.carter@tidewater-apps.com"), "Re: Reminder: invoice INV-0437 is overdue",
                  date("2026-12-04", "21:14", "+0000"), 437, "tidewater-apps.com"),
       text("Sorry mate, totally forgot. Will pay it tomorrow morning.\n\nSent from my iPhone\n"),
       "en", "Tidewater Apps", "Sent from my iPhone, 'tomorrow' on a Friday evening",
       "promise_date=2026-12-05")

    # 32 ISO-8859-1 Thunderbird, virement émis ce matin
    HR("gautier_fr_latin1_vire_ce_matin",
       reply_hdrs(a("Michel Gautier", "michel.gautier@gautier-imprimerie.fr", "iso-8859-1"), "Re: Rappel : facture F-2026-0390 échue",
                  date("2026-12-01", "11:58"), 390, "gautier-imprimerie.fr", charset="iso-8859-1",
                  extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
                         ("Content-Language", "fr")]),
       text("Bonjour,\n\nJe vous confirme que le virement de 1 320,00 € a été émis ce matin par notre banque.\n\n"
            "Salutations,\nM. Gautier\nImprimerie Gautier – 12 rue des Tanneurs – 42000 Saint-Étienne\n\n"
            + fr_attrib("30/11/2026", "09:40") + "\n" + quote(reminder_fr("F-2026-0390", "1 320,00 €", "10/11/2026")) + "\n",
            charset="iso-8859-15", cte="8bit",),
       "fr", "Imprimerie Gautier", "ISO-8859-15 8bit Thunderbird, paid this morning",
       "already_paid=2026-12-01")

    # 33 different address, personal
    HR("perrin_fr_adresse_perso_jeudi",
       [("From", a("Manon Perrin", "manon.perrin@example.net")), ("To", OWNER_ADDR),
        ("Subject", h("Facture F-2026-0413")), ("Date", date("2026-11-30", "21:30")),
        ("Message-ID", mid("perrin33", "example.net"))],
       text("Bonsoir Julien,\n\nJe t'écris depuis mon adresse perso, je n'ai plus accès à celle de l'asso "
            "(manon@les-petites-scenes.fr) ce soir. J'ai bien vu ta relance : le trésorier fait partir le "
            "virement jeudi.\n\nManon\n"),
       "fr", "Les Petites Scènes (asso)", "fresh mail from a personal address, no In-Reply-To",
       "promise_date=2026-12-03", "sender differs from the reminded address; invoice number only in subject")

    # 34 tu, ce soir
    HR("karim_fr_tu_ce_soir",
       reply_hdrs(a("Karim Belkacem", "karim@belkacem-food.fr"), "Re: Rappel : facture F-2026-0429 échue",
                  date("2026-12-01", "17:45"), 429, "belkacem-food.fr"),
       text("Yo Julien, désolé j'avais zappé !! Je te fais le virement ce soir 👍\n"),
       "fr", "Belkacem Food", "very informal, emoji, 'ce soir'", "promise_date=2026-12-01")

    # 35 never received invoice
    HR("ducros_fr_jamais_recu",
       reply_hdrs(a("Hélène Ducros", "h.ducros@ducros-assurances.fr"), "RE: Rappel : facture F-2026-0410 échue",
                  date("2026-12-02", "11:11"), 410, "ducros-assurances.fr"),
       text("Bonjour,\n\nJe n'ai jamais reçu cette facture. Pouvez-vous me l'envoyer à cette adresse, avec copie "
            "à factures@ducros-assurances.fr ?\n\nCordialement,\nHélène Ducros\n"),
       "fr", "Ducros Assurances", "never received invoice", "request_invoice=yes")

    # 36 amount dispute
    HR("maison_fleurie_fr_conteste_montant",
       reply_hdrs(a("Jacques Fleury", "jacques@maison-fleury.fr"), "Re: Rappel : facture F-2026-0398 échue",
                  date("2026-12-01", "10:26"), 398, "maison-fleury.fr"),
       text("Bonjour,\n\nNous contestons le montant : le devis signé prévoyait 2 400 € HT, et votre facture "
            "est de 2 900 € HT. Les 500 € d'écart n'ont jamais été validés de notre côté.\n\nMerci de nous "
            "adresser un avoir ou une facture rectifiée.\n\nJ. Fleury\n"),
       "fr", "Maison Fleury", "contests amount, asks credit note or corrected invoice",
       "dispute=yes;request_invoice=yes")

    # 37 negation + scheduled
    HR("arcadia_fr_pas_encore_programme_le9",
       reply_hdrs(a("Laurent Chevalier", "l.chevalier@arcadia-conseil.fr"), "RE: Rappel : facture F-2026-0416 échue",
                  date("2026-12-01", "09:14"), 416, "arcadia-conseil.fr"),
       text("Bonjour Julien,\n\nCe n'est pas encore payé, mais ce n'est pas un refus : le virement est "
            "programmé pour le 9.\n\nBonne journée\nLaurent\n"),
       "fr", "Arcadia Conseil", "negations around a scheduled transfer",
       "promise_date=2026-12-09", "'pas encore payé' is not already_paid; 'pas un refus' not a dispute")

    # 38 negated RIB request + date
    HR("helios_fr_rib_deja_7dec",
       reply_hdrs(a("Pauline Garcia", "pauline.garcia@helios-energie.fr"), "Re: Rappel : facture F-2026-0406 échue",
                  date("2026-12-02", "15:33"), 406, "helios-energie.fr"),
       text("Bonjour,\n\nInutile de me renvoyer votre RIB, je l'ai déjà et il est bien enregistré. Votre "
            "facture partira avec le lot de paiements du 7 décembre.\n\nCordialement,\nPauline Garcia\n"
            "Helios Énergie\n"),
       "fr", "Helios Énergie", "negated RIB request plus dated batch",
       "promise_date=2026-12-07", "'inutile de me renvoyer votre RIB' is not request_rib")

    # 39 mailing list post by a person
    HR("liste_freelances_fr_post",
       [("From", a("Thomas Renaud", "thomas@renaud-ux.fr")),
        ("To", "freelances-lyon@lists.example.org"),
        ("Subject", h("[freelances-lyon] Relances de factures : vous faites comment ?")),
        ("Date", date("2026-12-02", "13:37")), ("Message-ID", mid("list39", "renaud-ux.fr")),
        ("List-Id", "Freelances de Lyon <freelances-lyon.lists.example.org>"),
        ("List-Unsubscribe", "<mailto:freelances-lyon-leave@lists.example.org>"),
        ("List-Post", "<mailto:freelances-lyon@lists.example.org>"),
        ("Precedence", "list"), ("Sender", "freelances-lyon-bounces@lists.example.org")],
       text("Salut la liste,\n\nJe me demandais comment vous gérez les relances de factures impayées. Moi "
            "j'envoie un premier mail à J+7 puis un coup de fil, mais je perds un temps fou. Vous utilisez "
            "un outil ? Des retours sur les pénalités de retard / l'indemnité de 40 € ?\n\nMerci !\nThomas\n"
            "\n_______________________________________________\nfreelances-lyon mailing list\n"
            "https://lists.example.org/listinfo/freelances-lyon\n"),
       "fr", "freelances-lyon mailing list", "mailing-list post written by a person, not a reply", "",
       "human_reply per guide (person's message on a list), unrelated to an invoice")

    # 40 Gmail alt with 15/12
    HR("cordier_fr_gmail_15_12",
       reply_hdrs(a("Romain Cordier", "romain@cordier-musique.fr"), "Re: Rappel : facture F-2026-0431 échue",
                  date("2026-12-03", "15:02"), 431, "cordier-musique.fr"),
       alt("Bonjour Julien,\n\nC'est noté, règlement au 15/12.\n\nRomain\n\n"
           + fr_attrib("jeu. 3 déc. 2026", "14:20") + "\n" + quote(reminder_fr("F-2026-0431", "390,00 €", "30/11/2026")) + "\n",
           "<div dir=\"ltr\"><div>Bonjour Julien,</div><div><br></div><div>C'est noté, règlement au 15/12.</div>"
           "<div><br></div><div>Romain</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
           + fr_attrib("jeu. 3 déc. 2026", "14:20").replace("<", "&lt;").replace(">", "&gt;") +
           "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
           "rgb(204,204,204);padding-left:1ex\">"
           + reminder_fr("F-2026-0431", "390,00 €", "30/11/2026").replace("\n", "<br>") + "</blockquote></div>\n",
           "gmail-cordier"),
       "fr", "Cordier Musique", "Gmail alternative with gmail_quote, dd/mm date", "promise_date=2026-12-15")

    # 41 payment terms statement
    HR("sogetra_fr_45j_fdm",
       reply_hdrs(a("Service Comptabilité", "comptabilite@sogetra-industrie.fr"), "RE: Rappel : facture F-2026-0404 échue",
                  date("2026-12-01", "14:12"), 404, "sogetra-industrie.fr"),
       text("Bonjour,\n\nConformément à nos conditions générales d'achat, vos factures sont réglées à 45 jours "
            "fin de mois. Votre facture du 12 octobre sera donc payée le 31 décembre 2026, et non à 30 jours "
            "comme indiqué sur votre document.\n\nCordialement,\nLe service comptabilité\nSOGETRA Industrie\n"),
       "fr", "Sogetra Industrie", "payment terms argument with explicit date",
       "promise_date=2026-12-31", "disagrees with the due date, not with the invoice itself; no dispute fact")

    # 42 English corrected invoice VAT
    HR("lumen_en_vat_number",
       reply_hdrs(a("Sofia Rossi", "sofia.rossi@lumen-retail.it"), "R: Reminder: invoice INV-0435 is overdue",
                  date("2026-12-02", "12:40"), 435, "lumen-retail.it"),
       text("Dear Julien,\n\nPayment will be released as soon as we receive a corrected invoice showing our VAT "
            "number (IT00000000000) and the reverse-charge mention. The current one cannot be booked.\n\n"
            "Best regards,\nSofia Rossi\nLumen Retail S.r.l.\n"),
       "en", "Lumen Retail", "Italian client, 'R:' prefix, asks corrected invoice", "request_invoice=yes")

    # 43 complaint + paid yesterday
    HR("vega_fr_paye_hier_agace",
       reply_hdrs(a("Denis Vega", "denis@vega-auto.fr"), "Re: Rappel : facture F-2026-0400 échue",
                  date("2026-12-03", "09:27"), 400, "vega-auto.fr"),
       text("Vous me relancez alors que j'ai payé hier ! Vérifiez vos comptes avant d'envoyer ce genre de mail.\n"
            "D. Vega\n"),
       "fr", "Vega Auto", "annoyed, paid 'hier'", "already_paid=2026-12-02")

    # 44 broken MIME: 8bit windows-1252 without charset
    raw = ("Bonjour,\n\nRèglement effectué ce jour par virement, référence F-2026-0422.\n\n"
           "Cordialement\nRégine Masson\nCabinet Masson – Géomètres-experts\n").encode("windows-1252")
    HR("masson_fr_broken_charset",
       reply_hdrs(a("Régine Masson", "r.masson@masson-geometres.fr", "iso-8859-1"), "Re: Rappel : facture F-2026-0422 échue",
                  date("2026-12-04", "10:52"), 422, "masson-geometres.fr",
                  extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]),
       {"headers": [("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], "body": raw},
       "fr", "Cabinet Masson", "broken MIME: 8-bit windows-1252 body with no charset declared",
       "already_paid=2026-12-04", "'ce jour' = Fri 4 Dec", crlf=True)

    # 45 English forward to colleague with owner in Cc
    HR("brightpath_en_fwd_colleague_cc",
       [("From", a("James Whitfield", "james@brightpath-learning.com")),
        ("To", a("Sarah Kim", "sarah.kim@brightpath-learning.com")), ("Cc", OWNER_ADDR),
        ("Subject", "FW: Reminder: invoice INV-0439 is overdue"), ("Date", date("2026-12-03", "16:05", "+0000")),
        ("Message-ID", mid("brightpath45", "brightpath-learning.com")),
        ("In-Reply-To", rid(439)), ("References", rid(439))],
       text("Hi Sarah,\n\nCould you check whether this one has gone out? Cc'ing Julien so he has your contact "
            "for anything invoice-related going forward.\n\nThanks,\nJames\n\n"
            "From: Julien Marchal <julien@marchal-web.fr>\nSent: Thursday, December 3, 2026 8:00 AM\n"
            "To: James Whitfield <james@brightpath-learning.com>\nSubject: Reminder: invoice INV-0439 is overdue\n\n"
            + reminder_en("INV-0439", "€880.00", "23 November 2026") + "\n", charset="us-ascii", cte="7bit"),
       "en", "Brightpath Learning", "FW to colleague, owner in Cc", "")

    # 46 next payment run Tuesday
    HR("atlas_fr_run_mardi",
       reply_hdrs(a("Céline Roche", "celine.roche@atlas-ingenierie.fr"), "Re: Rappel : facture F-2026-0407 échue",
                  date("2026-12-02", "16:48"), 407, "atlas-ingenierie.fr"),
       text("Bonjour Julien,\n\nOK pour moi, je viens de valider la facture dans notre outil. Elle partira "
            "avec la prochaine campagne de paiement, mardi.\n\nCéline\n"),
       "fr", "Atlas Ingénierie", "'mardi' = next Tuesday", "promise_date=2026-12-08")

    # 47 French client's reply quoting English? -> base64 body from a webmail
    HR("ferrand_fr_base64_webmail_deja_fait",
       reply_hdrs(a("Luc Ferrand", "luc.ferrand@ferrand-sport.fr"), "RE: Rappel : facture F-2026-0393 échue",
                  date("2026-11-30", "19:05"), 393, "ferrand-sport.fr",
                  extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win))")]),
       multi("alternative", [text("Bonjour,\n\nLe virement a été fait jeudi dernier (26/11), vous devriez "
                                  "l'avoir reçu.\n\nCordialement\nLuc Ferrand\n", cte="base64"),
                             html("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; "
                                  "color: #000000\"><div>Bonjour,</div><div><br></div><div>Le virement a été fait jeudi "
                                  "dernier (26/11), vous devriez l'avoir reçu.</div><div><br></div><div>Cordialement</div>"
                                  "<div>Luc Ferrand</div></div></body></html>\n", cte="base64")], "zimbra47"),
       "fr", "Ferrand Sport", "Zimbra webmail, base64 parts, already paid with date",
       "already_paid=2026-11-26")


# =====================================================================
# payment_notification
# =====================================================================
def PN(name, hdrs, part, lang, provider, pattern, direction, amount, currency, payer="", reference="",
       value_date="", counts="no", notes="", group=None, crlf=False):
    write("payment_notification", name, hdrs, part,
          {"lang": lang, "provider": provider, "source_group": group or provider, "pattern": pattern,
           "direction": direction, "amount": amount, "currency": currency, "payer": payer,
           "reference": reference, "value_date": value_date, "counts_as_payment": counts,
           "notes": notes}, crlf=crlf)


def page(inner, color="#1d1d1b", footer="", lang="fr", width=600, font="Arial, Helvetica, sans-serif"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
            "<body style=\"margin:0;padding:0;background:#f4f4f4\">"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table role=\"presentation\" width=\"%d\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#ffffff;font-family:%s;color:%s\">"
            "<tr><td style=\"padding:32px\">\n%s\n</td></tr>"
            "<tr><td style=\"padding:16px 32px;font-size:11px;color:#8a8a8a\">%s</td></tr>"
            "</table></td></tr></table></body></html>\n") % (lang, width, font, color, inner, footer)


def rows(pairs, label_color="#6b6b6b"):
    return ("<table cellpadding=\"6\" cellspacing=\"0\" style=\"width:100%;border-collapse:collapse\">"
            + "".join("<tr><td style=\"color:%s;border-bottom:1px solid #eee\">%s</td>"
                      "<td style=\"text-align:right;border-bottom:1px solid #eee\"><b>%s</b></td></tr>"
                      % (label_color, k, v) for k, v in pairs) + "</table>")


def payments():
    # --- Qonto: transfer received
    inner = ("<img src=\"https://qonto.com/email/logo.png\" alt=\"Qonto\" width=\"90\"><h1 style=\"font-size:22px\">"
             "Vous avez reçu un virement</h1><p>Bonjour Julien,</p><p>Un virement entrant vient d'être crédité sur "
             "le compte <b>Marchal Web</b>.</p>"
             + rows([("Montant", "+ 1 480,00 €"), ("De", "ATELIER VERDIER SARL"),
                     ("Référence", "F-2026-0412 ATELIER VERDIER"), ("Date", "4 décembre 2026"),
                     ("Compte", "Compte principal ••• 3021")])
             + "<p><a href=\"https://app.qonto.com/transactions\" style=\"background:#1d1d1b;color:#fff;padding:10px 18px;"
             "text-decoration:none;border-radius:4px\">Voir la transaction</a></p>"
             "<p>N'oubliez pas d'ajouter un justificatif à cette transaction.</p>")
    PN("qonto_fr_virement_recu",
       bank_hdrs("Qonto <notifications@qonto.com>", "Virement reçu de ATELIER VERDIER SARL", date("2026-12-04", "10:16"), "qonto.com"),
       alt_auto(page(inner, footer="Qonto – Olinda SAS, établissement de paiement agréé par l'ACPR. 18 rue de Navarin, 75009 Paris.<br>"
                     "Ceci est un e-mail automatique, merci de ne pas y répondre."), "qonto1"),
       "fr", "Qonto", "transfer received, HTML card with table", "in", "1480.00", "EUR",
       "ATELIER VERDIER SARL", "F-2026-0412 ATELIER VERDIER", "2026-12-04", "yes")

    # --- Qonto: card payment (out)
    inner = ("<h1 style=\"font-size:20px\">Paiement par carte</h1><p>Un paiement de <b>23,99 €</b> a été effectué avec "
             "la carte <b>••• 5512</b> (Julien Marchal) chez <b>ADOBE *CREATIVE CLD</b>.</p>"
             "<p>Solde disponible : 6 812,44 €</p><p>Pensez à ajouter le reçu depuis l'application.</p>")
    PN("qonto_fr_paiement_carte",
       bank_hdrs("Qonto <notifications@qonto.com>", "Paiement de 23,99 € chez ADOBE *CREATIVE CLD", date("2026-12-01", "03:12"), "qonto.com"),
       alt_auto(page(inner, footer="Vous recevez cet e-mail car les notifications de paiement par carte sont activées. "
                     "Ceci est un e-mail automatique, merci de ne pas y répondre."), "qonto2"),
       "fr", "Qonto", "card payment out", "out", "23.99", "EUR", "", "ADOBE *CREATIVE CLD", "2026-12-01", "no")

    # --- Qonto: refund from merchant
    PN("qonto_fr_remboursement_carte",
       bank_hdrs("Qonto <notifications@qonto.com>", "Remboursement reçu : 119,00 € de LDLC.COM", date("2026-12-03", "08:41"), "qonto.com"),
       alt_auto(page("<h1 style=\"font-size:20px\">Remboursement reçu</h1><p>Le marchand <b>LDLC.COM</b> vous a remboursé "
                     "<b>119,00 €</b> sur la carte ••• 5512.</p><p>Ce remboursement correspond à un paiement précédent par "
                     "carte.</p>", footer="Ceci est un e-mail automatique, merci de ne pas y répondre."), "qonto3"),
       "fr", "Qonto", "card refund from merchant (money in but not a client payment)", "refund", "119.00", "EUR",
       "", "LDLC.COM", "2026-12-03", "no")

    # --- Shine: virement reçu
    inner = ("<p style=\"font-size:18px\">Bonne nouvelle Julien 🎉</p><p>Vous avez reçu un virement de "
             "<b>780,00 €</b> de la part de <b>ASSO LES PETITES SCENES</b>.</p>"
             "<p style=\"color:#666\">Libellé : FACTURE F-2026-0413<br>Date : 03/12/2026</p>"
             "<p>Pensez à rapprocher ce paiement de votre facture dans l'onglet Factures.</p>")
    PN("shine_fr_virement_recu",
       bank_hdrs("Shine <notifications@shine.fr>", "Vous avez reçu 780,00 € 💸", date("2026-12-03", "16:04"), "shine.fr"),
       alt_auto(page(inner, color="#2a2a2a", footer="Shine SAS, établissement de paiement – 5 rue Charlot, 75003 Paris. "
                     "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre. Gérer mes notifications"), "shine1"),
       "fr", "Shine", "transfer received, emoji in subject", "in", "780.00", "EUR", "ASSO LES PETITES SCENES",
       "FACTURE F-2026-0413", "2026-12-03", "yes")

    # --- Shine: prélèvement URSSAF (out)
    PN("shine_fr_prelevement_urssaf",
       bank_hdrs("Shine <notifications@shine.fr>", "Prélèvement de 412,00 € effectué", date("2026-12-04", "06:30"), "shine.fr"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Un prélèvement SEPA de <b>412,00 €</b> a été débité de votre compte Shine.</p>"
                     + rows([("Créancier", "URSSAF RHONE ALPES"), ("Référence mandat", "URS0000691234567"),
                             ("Libellé", "COTISATIONS 11/2026")]),
                     footer="Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre."), "shine2"),
       "fr", "Shine", "direct debit taken (out)", "out", "412.00", "EUR", "", "COTISATIONS 11/2026", "2026-12-04", "no")

    # --- Shine: prélèvement rejeté
    PN("shine_fr_prelevement_rejete",
       bank_hdrs("Shine <notifications@shine.fr>", "Un prélèvement a été rejeté", date("2026-12-02", "07:02"), "shine.fr"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Le prélèvement de <b>89,90 €</b> présenté par <b>FREE PRO</b> a été rejeté "
                     "pour <b>provision insuffisante</b>.</p><p>Nous vous conseillons d'alimenter votre compte et de "
                     "contacter le créancier pour régulariser.</p>",
                     footer="Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre."), "shine3"),
       "fr", "Shine", "owner's direct debit rejected (insufficient funds)", "failed", "89.90", "EUR", "",
       "FREE PRO", "2026-12-02", "no")

    # --- BNP Paribas: crédit (ISO-8859-1 HTML table)
    bnp = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
           "<body style=\"font-family:Verdana;font-size:12px\"><table width=\"600\" border=\"0\"><tr>"
           "<td style=\"background:#00915A;color:#fff;padding:8px\"><b>BNP PARIBAS</b> &ndash; Mes Alertes</td></tr>"
           "<tr><td><p>Bonjour,</p><p>Nous vous informons de l'op&eacute;ration suivante sur votre compte "
           "<b>COMPTE PRO ****7702</b> :</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
           "<tr><th>Date</th><th>Libell&eacute;</th><th>Montant</th></tr>"
           "<tr><td>01/12/2026</td><td>VIR SEPA RECU /DE HORIZON FORMATION SAS /MOTIF F-2026-0409 /REF 2026120100817</td>"
           "<td align=\"right\">+2 880,00 EUR</td></tr></table>"
           "<p>Solde apr&egrave;s op&eacute;ration : 9 415,20 EUR</p>"
           "<p>Pour modifier vos alertes, rendez-vous dans votre Espace Client, rubrique Mes Alertes.</p>"
           "<p style=\"font-size:10px;color:#777\">Ce message vous est adress&eacute; automatiquement, merci de ne pas "
           "y r&eacute;pondre. BNP Paribas SA au capital de 2 261 621 342 &euro; &ndash; 16 bd des Italiens 75009 Paris.</p>"
           "</td></tr></table></body></html>\n")
    PN("bnp_fr_alerte_credit_latin1",
       bank_hdrs("BNP Paribas <mesalertes@bnpparibas.com>", "Alerte : opération créditrice sur votre compte", date("2026-12-01", "19:55"),
                 "bnpparibas.com", charset="iso-8859-1"),
       html(bnp, charset="iso-8859-1"),
       "fr", "BNP Paribas", "HTML-only ISO-8859-1 alert table with bank label string", "in", "2880.00", "EUR",
       "HORIZON FORMATION SAS", "F-2026-0409", "2026-12-01", "yes")

    # --- BNP: statement available
    PN("bnp_fr_releve_disponible",
       bank_hdrs("BNP Paribas <mesalertes@bnpparibas.com>", "Votre relevé de compte est disponible", date("2026-12-02", "05:10"), "bnpparibas.com"),
       text("Bonjour,\n\nVotre relevé de compte de novembre 2026 (COMPTE PRO ****7702) est disponible dans votre "
            "Espace Client, rubrique Mes relevés et documents.\n\nNous vous rappelons que BNP Paribas ne vous demandera "
            "jamais vos codes d'accès par e-mail.\n\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n"),
       "fr", "BNP Paribas", "statement available, text only", "statement", "", "", "", "", "", "no")

    # --- Crédit Agricole: alerte solde
    PN("ca_fr_alerte_solde_bas",
       bank_hdrs("Crédit Agricole <alertes@credit-agricole.fr>", "Alerte solde : votre compte est sous le seuil de 500,00 €",
                 date("2026-11-30", "07:00"), "credit-agricole.fr"),
       alt_auto(page("<p>Bonjour M. MARCHAL,</p><p>Le solde de votre compte <b>CPTE COURANT PRO n° ••••8841</b> est de "
                     "<b>312,47 €</b> au 30/11/2026, inférieur au seuil de 500,00 € que vous avez défini.</p>"
                     "<p>Consultez le détail de vos opérations sur Ma Banque.</p>", color="#006a4e",
                     footer="Crédit Agricole Centre-Est. Ce courriel est envoyé automatiquement, merci de ne pas y répondre."), "ca1"),
       "fr", "Crédit Agricole", "balance alert below threshold", "statement", "", "", "", "", "2026-11-30", "no",
       notes="balance 312.47 EUR (not a movement), amount column left empty")

    # --- Crédit Agricole: opération créditrice
    PN("ca_fr_operation_creditrice",
       bank_hdrs("Crédit Agricole <alertes@credit-agricole.fr>", "Alerte opération : crédit de 1 320,00 €",
                 date("2026-12-02", "18:30"), "credit-agricole.fr"),
       text("Bonjour M. MARCHAL,\n\nUne opération au crédit a été enregistrée sur votre compte CPTE COURANT PRO "
            "n° ••••8841 :\n\n  02/12  VIREMENT EN VOTRE FAVEUR  IMPRIMERIE GAUTIER  F-2026-0390   +1 320,00 EUR\n\n"
            "Solde au 02/12/2026 : 1 632,47 EUR\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n"
            "Crédit Agricole Centre-Est\n", charset="iso-8859-1"),
       "fr", "Crédit Agricole", "text alert, statement-like line", "in", "1320.00", "EUR", "IMPRIMERIE GAUTIER",
       "F-2026-0390", "2026-12-02", "yes")

    # --- Société Générale: virement émis
    PN("sg_fr_virement_emis",
       bank_hdrs("Société Générale <ne-pas-repondre@societegenerale.fr>", "Confirmation de votre virement", date("2026-12-01", "12:12"),
                 "societegenerale.fr"),
       alt_auto(page("<p>Madame, Monsieur,</p><p>Votre virement a bien été exécuté.</p>"
                     + rows([("Bénéficiaire", "CABINET LEROY EXPERTISE"), ("Montant", "-850,00 EUR"),
                             ("Motif", "HONORAIRES T4 2026"), ("Date d'exécution", "01/12/2026")])
                     + "<p>Vous pouvez suivre vos opérations depuis l'appli Société Générale.</p>", color="#222",
                     footer="Ceci est un message automatique, merci de ne pas y répondre. Société Générale, S.A. au capital "
                     "de 1 000 395 971,25 EUR – 552 120 222 RCS Paris."), "sg1"),
       "fr", "Société Générale", "outgoing transfer executed", "out", "850.00", "EUR", "", "HONORAIRES T4 2026",
       "2026-12-01", "no")

    # --- Société Générale: virement reçu rejeté / retourné
    PN("sg_fr_virement_retourne",
       bank_hdrs("Société Générale <ne-pas-repondre@societegenerale.fr>", "Information : virement non abouti", date("2026-12-03", "10:40"),
                 "societegenerale.fr"),
       text("Madame, Monsieur,\n\nLe virement de 540,00 EUR émis le 01/12/2026 en faveur de SCI LES TILLEULS "
            "(référence : LOYER BUREAU DEC) n'a pas pu aboutir : la banque du bénéficiaire l'a retourné avec le "
            "motif « compte clôturé ».\n\nLe montant a été recrédité sur votre compte le 03/12/2026.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\nSociété Générale\n"),
       "fr", "Société Générale", "outgoing transfer returned (account closed)", "failed", "540.00", "EUR", "",
       "LOYER BUREAU DEC", "2026-12-03", "no", notes="money comes back but it is the owner's own failed transfer")

    # --- LCL: amount in subject only
    PN("lcl_fr_montant_dans_objet",
       bank_hdrs("LCL <alertes@lcl.fr>", "LCL - Crédit de 960,00 EUR sur votre compte", date("2026-12-04", "14:22"), "lcl.fr"),
       alt_auto(page("<p>Bonjour,</p><p>Un virement de <b>FAURE TRANSPORTS</b> a été porté au crédit de votre compte "
                     "n° ••••2290.</p><p>Libellé : FACT F-2026-0401</p><p>Retrouvez le détail dans votre espace client LCL "
                     "ou sur l'application Mon LCL.</p>", color="#0a2d6e",
                     footer="Ceci est un message automatique. Merci de ne pas y répondre. LCL – Le Crédit Lyonnais, SA au capital "
                     "de 2 037 713 591 €."), "lcl1"),
       "fr", "LCL", "amount only in subject", "in", "960.00", "EUR", "FAURE TRANSPORTS", "FACT F-2026-0401",
       "2026-12-04", "yes", notes="value date not stated; taken from the Date header")

    # --- La Banque Postale: text-only credit
    PN("lbp_fr_virement_recu_texte",
       bank_hdrs("La Banque Postale <ne_pas_repondre@labanquepostale.fr>", "Un virement a été reçu sur votre compte",
                 date("2026-12-03", "06:45"), "labanquepostale.fr"),
       text("Bonjour,\n\nUn virement de 650,00 EUR a été reçu sur votre compte courant n° XXXXXXX5M020 le 03/12/2026.\n"
            "Émetteur : RIVIERE EVENTS\nRéférence : FACTURE F 2026 0427\n\nPour consulter vos comptes : "
            "labanquepostale.fr ou l'application La Banque Postale.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\nLa Banque Postale\n", cte="quoted-printable"),
       "fr", "La Banque Postale", "plain text credit notice", "in", "650.00", "EUR", "RIVIERE EVENTS",
       "FACTURE F 2026 0427", "2026-12-03", "yes")

    # --- Crédit Mutuel: alerte virement reçu
    PN("cm_fr_virement_recu",
       bank_hdrs("Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>", "Alerte : virement reçu", date("2026-12-01", "11:05"), "creditmutuel.fr"),
       alt_auto(page("<p>Bonjour,</p><p>Vous avez reçu un virement sur votre compte <b>C/C EUROCOMPTE PRO M MARCHAL JULIEN</b>.</p>"
                     + rows([("Montant", "720,00 €"), ("Émetteur", "LES JARDINS DE SOPHIE"), ("Motif", "FACT F-2026-0402"),
                             ("Date de valeur", "01/12/2026")]), color="#003a75",
                     footer="Message automatique, merci de ne pas y répondre. Crédit Mutuel – Caisse Fédérale de Crédit Mutuel."),
                "cm1"),
       "fr", "Crédit Mutuel", "transfer received with value date", "in", "720.00", "EUR", "LES JARDINS DE SOPHIE",
       "FACT F-2026-0402", "2026-12-01", "yes", group="Crédit Mutuel/CIC")

    # --- CIC: card payment refused
    PN("cic_fr_paiement_carte_refuse",
       bank_hdrs("CIC <ne-pas-repondre@cic.fr>", "Paiement par carte refusé", date("2026-12-02", "13:48"), "cic.fr"),
       text("Bonjour,\n\nUn paiement de 349,00 EUR chez OVH SAS avec votre carte n° XXXX XXXX XXXX 6630 a été "
            "refusé le 02/12/2026 à 13:47 (plafond de paiement atteint).\n\nVous pouvez augmenter temporairement "
            "votre plafond depuis votre espace client.\n\nMessage automatique, merci de ne pas y répondre.\nCIC\n"),
       "fr", "CIC", "card payment refused", "failed", "349.00", "EUR", "", "OVH SAS", "2026-12-02", "no",
       group="Crédit Mutuel/CIC")

    # --- Boursorama (BoursoBank): virement reçu
    PN("bourso_fr_virement_recu",
       bank_hdrs("BoursoBank <ne-pas-repondre@boursobank.com>", "Vous avez reçu un virement", date("2026-12-03", "09:50"), "boursobank.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Vous avez reçu un virement de <b>540,00 €</b> de <b>BOULANGERIE LEMOINE</b> "
                     "sur votre compte <b>Ultim Pro</b>.</p><p>Libellé : F2026 0397</p>", color="#212121",
                     footer="Cet email vous a été envoyé automatiquement. Merci de ne pas y répondre. BoursoBank, SA – 44 rue "
                     "Traversière, 92100 Boulogne-Billancourt."), "bourso1"),
       "fr", "Boursorama", "transfer received (BoursoBank branding)", "in", "540.00", "EUR", "BOULANGERIE LEMOINE",
       "F2026 0397", "2026-12-03", "yes")

    # --- Boursorama: 2 virements reçus
    PN("bourso_fr_deux_virements",
       bank_hdrs("BoursoBank <ne-pas-repondre@boursobank.com>", "2 virements reçus sur votre compte", date("2026-12-04", "08:05"), "boursobank.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Vous avez reçu <b>2 virements</b> sur votre compte Ultim Pro :</p>"
                     "<table cellpadding=\"6\" style=\"border-collapse:collapse;width:100%\">"
                     "<tr><td>03/12</td><td>NOVA EDITION</td><td>F-2026-0414</td><td align=\"right\">+610,00 €</td></tr>"
                     "<tr><td>03/12</td><td>PETIT ET FILS SARL</td><td>REGLT FACT 0403</td><td align=\"right\">+1 050,00 €</td></tr>"
                     "</table>", footer="Cet email vous a été envoyé automatiquement. Merci de ne pas y répondre."), "bourso2"),
       "fr", "Boursorama", "plural: two credits in one notice", "in|in", "610.00|1050.00", "EUR",
       "NOVA EDITION|PETIT ET FILS SARL", "F-2026-0414|REGLT FACT 0403", "2026-12-03|2026-12-03", "yes",
       notes="two identified payers; counts_as_payment given once for the notice")

    # --- Hello bank!: prélèvement
    PN("hellobank_fr_prelevement",
       bank_hdrs("Hello bank! <noreply@hellobank.fr>", "Un prélèvement a été effectué sur votre compte", date("2026-12-01", "07:20"),
                 "hellobank.fr"),
       alt_auto(page("<p>Hello Julien !</p><p>Un prélèvement de <b>39,99 €</b> (ORANGE SA) a été débité de votre compte "
                     "Hello One le 01/12/2026.</p><p>À bientôt sur votre appli Hello bank!</p>", color="#333",
                     footer="Ceci est un message automatique, merci de ne pas y répondre. Hello bank! est une marque de BNP Paribas."),
                "hello1"),
       "fr", "Hello bank!", "direct debit out", "out", "39.99", "EUR", "", "ORANGE SA", "2026-12-01", "no")

    # --- Fortuneo: virement SEPA reçu
    PN("fortuneo_fr_virement_sepa_recu",
       bank_hdrs("Fortuneo <alertes@fortuneo.fr>", "Fortuneo - Alerte virement SEPA reçu", date("2026-12-02", "21:00"), "fortuneo.fr"),
       text("Bonjour,\n\nSuite à votre demande d'alerte, nous vous informons qu'un virement SEPA a été crédité sur "
            "votre compte courant le 02/12/2026 :\n\nDonneur d'ordre : CERBERE SECURITE SAS\nMontant : 1 875,00 EUR\n"
            "Référence : BC-2026-1187 FAC F-2026-0394\n\nFortuneo\nCe message est envoyé automatiquement. Merci de ne pas y répondre.\n",
            charset="iso-8859-1"),
       "fr", "Fortuneo", "text alert, 'donneur d'ordre'", "in", "1875.00", "EUR", "CERBERE SECURITE SAS",
       "BC-2026-1187 FAC F-2026-0394", "2026-12-02", "yes")

    # --- Caisse d'Épargne: daily summary with in/out/out
    PN("ce_fr_synthese_mouvements",
       bank_hdrs("Caisse d'Epargne <alertes@caisse-epargne.fr>", "Vos opérations du 03/12/2026", date("2026-12-03", "20:15"),
                 "caisse-epargne.fr"),
       alt_auto(page("<p>Bonjour,</p><p>Voici les opérations enregistrées aujourd'hui sur votre compte <b>Compte Chèque Pro</b> :</p>"
                     "<table cellpadding=\"5\" border=\"0\" style=\"width:100%;border-collapse:collapse\">"
                     "<tr style=\"background:#eee\"><th align=\"left\">Libellé</th><th align=\"right\">Montant</th></tr>"
                     "<tr><td>VIR SEPA ARCADIA CONSEIL F-2026-0416</td><td align=\"right\">+2 400,00 €</td></tr>"
                     "<tr><td>CB AMAZON PAYMENTS 02/12</td><td align=\"right\">-64,90 €</td></tr>"
                     "<tr><td>PRLV SEPA FREE MOBILE</td><td align=\"right\">-19,99 €</td></tr></table>"
                     "<p>Solde au 03/12/2026 : 4 118,32 €</p>", color="#c8102e",
                     footer="Ceci est un message automatique, merci de ne pas y répondre. Caisse d'Epargne Rhône Alpes."), "ce1"),
       "fr", "Caisse d'Épargne", "daily summary mixing one credit and two debits", "in|out|out",
       "2400.00|64.90|19.99", "EUR", "ARCADIA CONSEIL||", "F-2026-0416|CB AMAZON PAYMENTS 02/12|PRLV SEPA FREE MOBILE",
       "2026-12-03|2026-12-03|2026-12-03", "yes", notes="one identified credit among debits")

    # --- Banque Populaire: virement instantané reçu
    PN("bp_fr_virement_instantane",
       bank_hdrs("Banque Populaire <alertes@banquepopulaire.fr>", "Virement instantané reçu", date("2026-12-01", "22:47"),
                 "banquepopulaire.fr"),
       text("Bonjour,\n\nVous venez de recevoir un virement instantané de 390,00 € de BELKACEM KARIM.\n"
            "Libellé : facture 0429 julien\n\nCe message est envoyé automatiquement par Banque Populaire, merci de ne pas y répondre.\n"),
       "fr", "Banque Populaire", "instant transfer, payer is a person's name", "in", "390.00", "EUR", "BELKACEM KARIM",
       "facture 0429 julien", "2026-12-01", "yes")

    # --- N26 (en): received
    PN("n26_en_money_received",
       bank_hdrs("N26 <no-reply@n26.com>", "You received €3,150.00", date("2026-12-03", "11:58"), "n26.com"),
       alt_auto(page("<h2>You've got money!</h2><p>Hi Julien,</p><p><b>KESSLER DESIGN GMBH</b> sent you <b>€3,150.00</b>.</p>"
                     "<p>Reference: INV-0428</p><p>The money is already available in your N26 Business account.</p>",
                     lang="en", footer="This is an automated email. Please do not reply. N26 Bank SE, Voltairestraße 8, 10179 Berlin."), "n26a"),
       "en", "N26", "English credit notice", "in", "3150.00", "EUR", "KESSLER DESIGN GMBH", "INV-0428", "2026-12-03", "yes")

    # --- N26: direct debit returned (owner's debit returned)
    PN("n26_en_direct_debit_returned",
       bank_hdrs("N26 <no-reply@n26.com>", "Your direct debit was returned", date("2026-11-30", "09:30"), "n26.com"),
       alt_auto(page("<p>Hi Julien,</p><p>A direct debit of <b>€29.00</b> from <b>NOTION LABS</b> could not be paid because "
                     "your balance was too low, and has been returned to the creditor.</p><p>Please contact them to arrange "
                     "payment.</p>", lang="en", footer="You are receiving this email because you have an N26 account. "
                     "This is an automated email. Please do not reply."), "n26b"),
       "en", "N26", "direct debit returned unpaid", "failed", "29.00", "EUR", "", "NOTION LABS", "2026-11-30", "no")

    # --- Revolut Business: payment received
    PN("revolut_en_payment_received",
       bank_hdrs("Revolut Business <no-reply@revolut.com>", "You've received €1,740.00 from Elmwood Hospitality Group",
                 date("2026-11-30", "15:04", "+0000"), "revolut.com"),
       alt_auto(page("<p>Hello Julien,</p><p>You've received <b>€1,740.00</b> from <b>Elmwood Hospitality Group</b> into your "
                     "EUR account.</p><p>Reference: INV-0418</p><p><a href=\"https://business.revolut.com\">View transaction</a></p>",
                     lang="en", footer="Revolut Bank UAB. You are receiving this email because you have notifications enabled "
                     "for incoming payments. Please do not reply to this email."), "rev1"),
       "en", "Revolut Business", "payer name in subject", "in", "1740.00", "EUR", "Elmwood Hospitality Group",
       "INV-0418", "2026-11-30", "yes")

    # --- Revolut Business: outgoing transfer completed
    PN("revolut_en_transfer_sent",
       bank_hdrs("Revolut Business <no-reply@revolut.com>", "Your transfer to Studio Graphik has been completed",
                 date("2026-12-02", "10:20", "+0000"), "revolut.com"),
       alt_auto(page("<p>Hello Julien,</p><p>Your transfer of <b>€600.00</b> to <b>Studio Graphik</b> has been completed.</p>"
                     "<p>Reference: Sous-traitance maquettes nov.</p>", lang="en",
                     footer="Please do not reply to this email."), "rev2"),
       "en", "Revolut Business", "outgoing transfer", "out", "600.00", "EUR", "", "Sous-traitance maquettes nov.",
       "2026-12-02", "no")

    # --- Wise: received
    PN("wise_en_you_received",
       bank_hdrs("Wise <noreply@wise.com>", "You've received 1,200.00 EUR from Lumen Retail S.r.l.", date("2026-12-04", "13:33", "+0000"),
                 "wise.com"),
       alt_auto(page("<p>Hi Julien,</p><p>Lumen Retail S.r.l. sent you <b>1,200.00 EUR</b>. It's now in your EUR balance.</p>"
                     "<p>Reference: INV 0435</p>", lang="en", color="#0e0f0c",
                     footer="Wise Europe SA. You're receiving this because you have a Wise account. Please don't reply."), "wise1"),
       "en", "Wise", "money received into balance", "in", "1200.00", "EUR", "Lumen Retail S.r.l.", "INV 0435",
       "2026-12-04", "yes")

    # --- Wise: pending / being checked
    PN("wise_fr_paiement_en_verification",
       bank_hdrs("Wise <noreply@wise.com>", "Un paiement pour vous est en cours de vérification", date("2026-12-02", "16:12", "+0000"),
                 "wise.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Nous avons reçu un paiement de <b>4 500,00 USD</b> de <b>QUAYSIDE STUDIOS LLC</b>, "
                     "mais nous devons effectuer quelques vérifications avant de l'ajouter à votre solde.</p>"
                     "<p>Cela prend généralement moins de 2 jours ouvrés. Nous pourrions vous demander des documents "
                     "justificatifs.</p>", footer="Wise Europe SA. Merci de ne pas répondre à cet e-mail."), "wise2"),
       "fr", "Wise", "incoming payment on hold (not yet credited)", "none", "4500.00", "USD", "QUAYSIDE STUDIOS LLC",
       "", "", "no", notes="money not yet available: direction none")

    # --- Stripe: payment succeeded
    PN("stripe_fr_paiement_reussi",
       bank_hdrs("Stripe <notifications@stripe.com>", "Paiement de 480,00 € réussi – Marchal Web", date("2026-12-01", "14:59", "+0000"),
                 "stripe.com"),
       alt_auto(page("<p>Vous avez reçu un nouveau paiement de <b>480,00 €</b> de la part de <b>contact@lambert-cycles.fr</b>.</p>"
                     + rows([("Montant", "480,00 €"), ("Frais", "7,45 €"), ("Moyen de paiement", "Visa •••• 4242"),
                             ("Description", "Facture F-2026-0420"), ("ID", "py_3QxYz2KZ8bQwL1a01Vn7R4cT")])
                     + "<p><a href=\"https://dashboard.stripe.com/payments\">Afficher le paiement dans le Dashboard</a></p>",
                     color="#30313d", footer="Vous recevez cet e-mail car vous avez activé les notifications de paiement "
                     "réussi pour Marchal Web. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080."), "stripe1"),
       "fr", "Stripe", "card payment captured by PSP, payer by e-mail", "in", "480.00", "EUR",
       "contact@lambert-cycles.fr", "Facture F-2026-0420", "2026-12-01", "yes")

    # --- Stripe: payout paid
    PN("stripe_en_payout_on_the_way",
       bank_hdrs("Stripe <notifications@stripe.com>", "Your €3,214.50 payout for Marchal Web is on the way",
                 date("2026-12-02", "06:03", "+0000"), "stripe.com"),
       alt_auto(page("<p>Your payout of <b>€3,214.50</b> is on its way to your bank account (BNP PARIBAS ••••7702) and "
                     "should arrive by <b>3 Dec 2026</b>.</p><p>This payout includes 9 payments and 1 refund.</p>"
                     "<p>Payout ID: po_1QxZa8KZ8bQwL1a0P2mT9cVe</p>", lang="en", color="#30313d",
                     footer="You're receiving this email because you're an administrator of Marchal Web on Stripe."), "stripe2"),
       "en", "Stripe", "payout bundling many payments", "in", "3214.50", "EUR", "", "po_1QxZa8KZ8bQwL1a0P2mT9cVe",
       "2026-12-03", "no_aggregate")

    # --- Stripe: payout failed
    PN("stripe_en_payout_failed",
       bank_hdrs("Stripe <notifications@stripe.com>", "Action required: a payout to your bank account failed",
                 date("2026-12-03", "07:40", "+0000"), "stripe.com"),
       alt_auto(page("<p>A payout of <b>€1,128.00</b> to your bank account ending in 7702 failed because the account "
                     "details are incorrect or the account is closed (account_closed).</p><p>Update your bank account in "
                     "the Dashboard; the funds remain in your Stripe balance.</p>", lang="en",
                     footer="You're receiving this email because you're an administrator of Marchal Web on Stripe."), "stripe3"),
       "en", "Stripe", "payout failed", "failed", "1128.00", "EUR", "", "", "2026-12-03", "no")

    # --- Stripe: dispute
    PN("stripe_fr_litige_ouvert",
       bank_hdrs("Stripe <notifications@stripe.com>", "Un paiement de 250,00 € a été contesté", date("2026-12-04", "09:11", "+0000"),
                 "stripe.com"),
       alt_auto(page("<p>Le titulaire de la carte a contesté un paiement de <b>250,00 €</b> effectué par "
                     "<b>m.dupuis@example.com</b> le 12 octobre 2026. Motif : <b>produit non reçu</b>.</p>"
                     "<p>Le montant contesté et des frais de litige de 20,00 € ont été retirés de votre solde. Vous avez "
                     "jusqu'au 24 décembre 2026 pour soumettre des preuves.</p>", color="#30313d",
                     footer="Vous recevez cet e-mail car vous êtes administrateur de Marchal Web sur Stripe."), "stripe4"),
       "fr", "Stripe", "chargeback/dispute opened", "chargeback", "250.00", "EUR", "", "", "2026-12-04", "no")

    # --- PayPal: paiement reçu
    PN("paypal_fr_paiement_recu",
       bank_hdrs("PayPal <service@paypal.fr>", "Vous avez reçu un paiement", date("2026-12-02", "17:26"), "paypal.fr",
                 extra=[("X-Email-Type-Id", "PP341")]),
       alt_auto(page("<p>Bonjour Julien Marchal,</p><p><b>Brightpath Learning Ltd</b> vous a envoyé <b>880,00 € EUR</b>.</p>"
                     + rows([("Numéro de transaction", "4HX27519TB1234567"), ("Date de la transaction", "2 décembre 2026"),
                             ("Remarque", "INV-0439")])
                     + "<p>Les fonds ont été ajoutés à votre solde PayPal.</p>", color="#2c2e2f",
                     footer="Ne répondez pas à cet email. Pour nous contacter, cliquez sur Aide et Contact. "
                     "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg."), "pp1"),
       "fr", "PayPal", "PayPal payment received", "in", "880.00", "EUR", "Brightpath Learning Ltd", "INV-0439",
       "2026-12-02", "yes")

    # --- PayPal: pending eCheck
    PN("paypal_en_payment_pending",
       bank_hdrs("PayPal <service@paypal.com>", "You've got a pending payment", date("2026-12-01", "20:02", "+0000"), "paypal.com"),
       alt_auto(page("<p>Hello Julien Marchal,</p><p>Harbourline Ltd sent you a payment of <b>€300.00 EUR</b> by eCheck. "
                     "It will be credited to your balance once it clears, usually within 3-5 business days.</p>"
                     "<p>Don't ship anything until the payment has cleared.</p>", lang="en",
                     footer="Please don't reply to this email. To get in touch, click Help &amp; Contact."), "pp2"),
       "en", "PayPal", "pending eCheck, money not yet arrived", "none", "300.00", "EUR", "Harbourline Ltd", "",
       "", "no")

    # --- PayPal: refund sent
    PN("paypal_fr_remboursement_envoye",
       bank_hdrs("PayPal <service@paypal.fr>", "Vous avez effectué un remboursement", date("2026-12-03", "15:15"), "paypal.fr"),
       alt_auto(page("<p>Bonjour Julien Marchal,</p><p>Vous avez remboursé <b>120,00 € EUR</b> à <b>Navarro Yoga</b>.</p>"
                     "<p>Numéro de transaction : 8KD10433AF7654321</p>",
                     footer="Ne répondez pas à cet email."), "pp3"),
       "fr", "PayPal", "refund issued by owner", "refund", "120.00", "EUR", "", "8KD10433AF7654321", "2026-12-03", "no")

    # --- SumUp: payout
    PN("sumup_fr_virement_versement",
       bank_hdrs("SumUp <noreply@sumup.com>", "Votre versement SumUp est en route", date("2026-12-01", "05:30", "+0000"), "sumup.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Nous venons de vous verser <b>287,40 €</b> correspondant à 6 transactions "
                     "(28/11 – 30/11).</p><p>Référence du versement : SUMUP PID 7A3KX2</p>",
                     footer="Ceci est un e-mail automatique, merci de ne pas y répondre. SumUp Limited."), "sumup1"),
       "fr", "SumUp", "payout of card takings", "in", "287.40", "EUR", "", "SUMUP PID 7A3KX2", "2026-12-01",
       "no_aggregate")

    # --- GoCardless: collected
    PN("gocardless_en_payment_confirmed",
       bank_hdrs("GoCardless <help@gocardless.com>", "Payment confirmed: €95.00 from Navarro Yoga", date("2026-12-04", "08:00", "+0000"),
                 "gocardless.com"),
       alt_auto(page("<p>Hi Julien,</p><p>A payment of <b>€95.00</b> from <b>Navarro Yoga</b> has been confirmed and will be "
                     "paid out to you in your next payout.</p><p>Reference: MAINTENANCE-DEC-2026</p>", lang="en",
                     footer="You received this email because you are set up to receive payment notifications for Marchal Web."), "gc1"),
       "en", "GoCardless", "direct debit collected from a client", "in", "95.00", "EUR", "Navarro Yoga",
       "MAINTENANCE-DEC-2026", "2026-12-04", "yes")

    # --- GoCardless: failed
    PN("gocardless_fr_paiement_echoue",
       bank_hdrs("GoCardless <help@gocardless.com>", "Échec du paiement de Lambert Cycles", date("2026-12-02", "08:00", "+0000"),
                 "gocardless.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Le paiement de <b>95,00 €</b> de <b>Lambert Cycles</b> a échoué. Motif fourni "
                     "par la banque : <i>provision insuffisante</i>.</p><p>Nous retenterons automatiquement le paiement dans "
                     "3 jours ouvrés si la relance intelligente est activée.</p>",
                     footer="Vous recevez cet e-mail car vous êtes abonné aux notifications de paiement de Marchal Web."), "gc2"),
       "fr", "GoCardless", "client's direct debit failed", "failed", "95.00", "EUR", "", "", "2026-12-02", "no")

    # --- Mollie: settlement
    PN("mollie_fr_versement",
       bank_hdrs("Mollie <noreply@mollie.com>", "Votre versement de 1 042,18 € a été effectué", date("2026-12-03", "04:00", "+0000"),
                 "mollie.com"),
       alt_auto(page("<p>Bonjour,</p><p>Nous avons versé <b>1 042,18 €</b> sur votre compte bancaire FR76 •••• 3021.</p>"
                     "<p>Référence : S1234567.2612.01 — 14 paiements, frais déduits 18,62 €.</p>",
                     footer="Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam. Merci de ne pas répondre à cet e-mail."), "mol1"),
       "fr", "Mollie", "settlement of many payments", "in", "1042.18", "EUR", "", "S1234567.2612.01", "2026-12-03",
       "no_aggregate")

    # --- PayPlug: nouveau paiement
    PN("payplug_fr_nouveau_paiement",
       bank_hdrs("PayPlug <noreply@payplug.com>", "Nouveau paiement de 360,00 €", date("2026-11-30", "11:45"), "payplug.com"),
       alt_auto(page("<p>Bonjour,</p><p>Vous avez reçu un paiement de <b>360,00 €</b> par carte bancaire.</p>"
                     + rows([("Client", "Anne Rivière"), ("E-mail", "anne.riviere@riviere-events.fr"),
                             ("Référence", "F-2026-0386"), ("ID paiement", "pay_5kQz0Xw8mYtA3")]),
                     footer="Cet e-mail est envoyé automatiquement. PayPlug SAS, 110 avenue de France, 75013 Paris."), "payplug1"),
       "fr", "PayPlug", "card payment via payment link", "in", "360.00", "EUR", "Anne Rivière", "F-2026-0386",
       "2026-11-30", "yes")

    # --- Sumeria (ex-Lydia)
    PN("sumeria_fr_argent_recu",
       bank_hdrs("Sumeria <noreply@sumeria.eu>", "Thomas vous a envoyé 45,00 €", date("2026-12-02", "19:22"), "sumeria.eu"),
       alt_auto(page("<p>Thomas Renaud vous a envoyé <b>45,00 €</b>.</p><p>« atelier wordpress 👍 »</p>"
                     "<p>Votre nouveau solde : 112,30 €</p>",
                     footer="Sumeria (anciennement Lydia). Cet e-mail est automatique, merci de ne pas y répondre."), "sum1"),
       "fr", "Lydia/Sumeria", "peer payment, informal reference", "in", "45.00", "EUR", "Thomas Renaud",
       "atelier wordpress 👍", "2026-12-02", "yes")

    # --- Pennylane bank feed
    PN("pennylane_fr_transaction_rapprochee",
       bank_hdrs("Pennylane <notifications@pennylane.com>", "Nouvelle transaction : +3 240,00 € (GROUPE VALMONT SANTE)",
                 date("2026-12-04", "07:15"), "pennylane.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Une nouvelle transaction a été synchronisée depuis votre compte Qonto :</p>"
                     + rows([("Date", "03/12/2026"), ("Libellé", "VIR GROUPE VALMONT SANTE F-2026-0417"),
                             ("Montant", "+3 240,00 €"), ("Facture associée", "F-2026-0417 (rapprochement suggéré)")]),
                     footer="Vous recevez cet e-mail car vous avez activé les alertes de transactions. Pennylane, 4 rue Jules Lefebvre, 75009 Paris."),
                "penny1"),
       "fr", "Pennylane", "accounting bank feed notice with suggested match", "in", "3240.00", "EUR",
       "GROUPE VALMONT SANTE", "VIR GROUPE VALMONT SANTE F-2026-0417", "2026-12-03", "yes",
       notes="Valmont had promised 8 Dec; paid early")

    # --- Indy: transaction out
    PN("indy_fr_nouvelle_depense",
       bank_hdrs("Indy <notifications@indy.fr>", "Nouvelle dépense à catégoriser : -59,00 €", date("2026-12-01", "08:10"), "indy.fr"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Une nouvelle transaction est arrivée sur votre compte Shine et attend sa "
                     "catégorie :</p><p><b>-59,00 €</b> — FIGMA MONTHLY — 30/11/2026</p>",
                     footer="Indy, 12 rue de la Chaussée d'Antin, 75009 Paris. Paramétrer mes notifications."), "indy1"),
       "fr", "Indy", "bookkeeping bank feed, expense", "out", "59.00", "EUR", "", "FIGMA MONTHLY", "2026-11-30", "no")

    # --- Remittance advice from a client's AP system
    PN("hexalis_fr_avis_de_paiement",
       bank_hdrs(a("Groupe Hexalis - Comptabilité fournisseurs", "no-reply-ap@hexalis-groupe.fr"),
                 "Avis de paiement n° 2026-118834", date("2026-12-02", "02:14"), "hexalis-groupe.fr",
                 extra=[("Auto-Submitted", "auto-generated")]),
       multi("mixed", [text("Madame, Monsieur,\n\nNous vous informons que le règlement ci-dessous a été ordonné ce jour "
                            "par virement SEPA sur votre compte FR76 **** 7702.\n\n"
                            "N° pièce     Date facture  Votre réf.     Montant\n"
                            "5100238811   14/10/2026    F-2026-0381    1 560,00\n"
                            "5100238812   21/10/2026    F-2026-0384      980,00\n"
                            "Total réglé : 2 540,00 EUR\n\nDate de valeur prévue : 04/12/2026\n\n"
                            "Ce message est généré automatiquement, merci de ne pas y répondre.\nGroupe Hexalis – Centre de services partagés\n",
                            charset="iso-8859-1"),
                       attach("AVIS_PAIEMENT_2026-118834.pdf", "application/pdf",
                              pdf(["GROUPE HEXALIS - AVIS DE PAIEMENT 2026-118834", "Fournisseur : MARCHAL WEB",
                                   "F-2026-0381  1 560,00", "F-2026-0384    980,00", "Total : 2 540,00 EUR",
                                   "Date de valeur : 04/12/2026"]))], "hexalis"),
       "fr", "Groupe Hexalis (client AP)", "client's remittance advice, two invoices, PDF", "in", "2540.00", "EUR",
       "Groupe Hexalis", "2026-118834", "2026-12-04", "no_claim",
       notes="remittance advice: money not yet seen by the owner's bank")

    # --- Qonto: statement
    PN("qonto_en_statement_available",
       bank_hdrs("Qonto <notifications@qonto.com>", "Your November statement is available", date("2026-12-01", "06:00", "+0000"), "qonto.com"),
       alt_auto(page("<p>Hi Julien,</p><p>The November 2026 statement for <b>Marchal Web</b> is ready. You can download it from "
                     "Settings &gt; Statements.</p>", lang="en",
                     footer="This is an automated email, please do not reply."), "qonto4"),
       "en", "Qonto", "monthly statement, English", "statement", "", "", "", "", "", "no")


# =====================================================================
# auto_reply
# =====================================================================
def AR(name, hdrs, part, lang, group, pattern, facts="", notes="", crlf=False):
    write("auto_reply", name, hdrs, part, {"lang": lang, "source_group": group, "pattern": pattern,
                                           "facts": facts, "notes": notes}, crlf=crlf)


def orig_reminder(n, to, inv, amount, due, d, lang="fr"):
    subj = ("Rappel : facture %s échue" % inv) if lang == "fr" else ("Reminder: invoice %s is overdue" % inv)
    body = reminder_fr(inv, amount, due) if lang == "fr" else reminder_en(inv, amount, due)
    hd = [("From", OWNER_ADDR), ("To", to), ("Subject", h(subj)), ("Date", d), ("Message-ID", rid(n))]
    return hd, text(body), subj


def autoreplies():
    # 1 Outlook FR OOO with return date
    AR("outlook_fr_reponse_automatique",
       reply_hdrs(a("Sandrine Morel", "s.morel@morel-optique.fr"), "Réponse automatique : Rappel : facture F-2026-0432 échue",
                  date("2026-12-01", "09:02"), 432, "morel-optique.fr",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "s.morel@morel-optique.fr"),
                         ("Thread-Topic", h("Rappel : facture F-2026-0432 échue")), ("Content-Language", "fr-FR")]),
       alt_auto("<html><body><p>Bonjour,</p><p>Je suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un "
                "accès limité à mes e-mails.</p><p>Pour toute urgence, merci de contacter le magasin au 04 78 00 11 22.</p>"
                "<p>Cordialement,<br>Sandrine Morel</p></body></html>\n", "oof1"),
       "fr", "Exchange/Outlook", "Outlook 'Réponse automatique :' with Auto-Submitted", "ooo_until=2026-12-07")

    # 2 Gmail vacation EN
    AR("gmail_en_vacation",
       [("From", a("Oliver Hughes", "oliver@pinecrest-games.com")), ("To", OWNER_ADDR),
        ("Subject", "Re: Reminder: invoice INV-0440 is overdue"), ("Date", date("2026-12-02", "10:11", "+0000")),
        ("Message-ID", "<CAGm0vacation.%s@mail.gmail.com>" % hashlib.md5(b"vac2").hexdigest()[:12]),
        ("In-Reply-To", rid(440)), ("References", rid(440)), ("Auto-Submitted", "auto-replied"),
        ("Precedence", "bulk")],
       multi("alternative", [text("Hi, thanks for your email. I'm on leave until Monday 14 December with no access to "
                                  "email. For anything urgent please contact finance@pinecrest-games.com.\n\nOliver\n"),
                             html("<div dir=\"ltr\">Hi, thanks for your email. I'm on leave until Monday 14 December with no "
                                  "access to email. For anything urgent please contact finance@pinecrest-games.com.<br><br>Oliver</div>\n")],
             "gmail-vac2"),
       "en", "Gmail vacation responder", "Gmail vacation reply, Auto-Submitted: auto-replied", "ooo_until=2026-12-14")

    # 3 Absence without any auto headers, 'de retour le'
    AR("absence_fr_sans_entetes",
       [("From", a("Gérard Lefèvre", "gerard.lefevre@lefevre-notaires.fr")), ("To", OWNER_ADDR),
        ("Subject", h("Absence du bureau")), ("Date", date("2026-12-03", "14:00")),
        ("Message-ID", mid("abs3", "lefevre-notaires.fr"))],
       text("Bonjour,\n\nJe suis actuellement en congés. Je serai de retour le mardi 5 janvier 2027 et traiterai "
            "votre message à mon retour.\n\nPour les dossiers urgents, vous pouvez joindre l'office au 04 72 00 22 33.\n\n"
            "Gérard Lefèvre\nOffice notarial Lefèvre\n", charset="iso-8859-1"),
       "fr", "Office notarial Lefèvre", "absence notice with no Auto-Submitted/In-Reply-To headers",
       "ooo_until=2027-01-05", "return date (de retour le) used as ooo_until")

    # 4 AP autoresponder FR
    AR("ap_fr_accuse_reception_compta",
       reply_hdrs(a("Comptabilité Fournisseurs", "factures@groupe-sequoia.fr"), "Accusé de réception : Rappel : facture F-2026-0434 échue",
                  date("2026-12-02", "08:00"), 434, "groupe-sequoia.fr",
                  extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),
       text("Bonjour,\n\nNous accusons réception de votre message, qui sera traité par notre service dans les meilleurs délais.\n\n"
            "Rappel de nos conditions :\n- les factures doivent être adressées uniquement à factures@groupe-sequoia.fr, au format PDF, une facture par fichier ;\n"
            "- elles doivent mentionner le numéro de commande SEQ-XXXXXX ;\n"
            "- le délai de paiement est de 60 jours date de facture ;\n"
            "- aucune relance téléphonique ne sera traitée.\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nGroupe Séquoia – Centre de services comptables\n"),
       "fr", "Groupe Séquoia AP", "accounts-payable autoresponder mentioning invoices and terms", "",
       "talks about invoices and payment terms but is automatic")

    # 5 AP autoresponder EN
    AR("ap_en_invoices_mailbox",
       reply_hdrs(a("Accounts Payable", "invoices@meridian-freight.com"), "Automatic reply: Reminder: invoice INV-0442 is overdue",
                  date("2026-12-03", "02:31", "+0000"), 442, "meridian-freight.com",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
       text("Thank you for contacting Meridian Freight Accounts Payable.\n\nThis mailbox is monitored Monday to Friday. "
            "Invoices are paid on our standard 30-day terms following approval. To check the status of a payment, "
            "please use our supplier portal at https://suppliers.meridian-freight.com.\n\n"
            "Please note that statements and payment reminders sent to this address are not actioned.\n\n"
            "This is an automated message.\n", charset="us-ascii", cte="7bit"),
       "en", "Meridian Freight AP", "AP autoresponder with payment terms and portal link", "")

    # 6 Helpdesk ticket
    AR("helpdesk_fr_ticket",
       reply_hdrs(a("Support Cybelis", "support@cybelis.fr"), "[Ticket #48213] Re: Rappel : facture F-2026-0436 échue",
                  date("2026-12-01", "11:20"), 436, "cybelis.fr",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                         ("X-Mailer", "Zendesk Mailer")]),
       alt_auto("<div><p>Bonjour Julien Marchal,</p><p>Votre demande (n° 48213) a bien été reçue et sera examinée par "
                "notre équipe. Nous vous répondrons dans un délai de 48 h ouvrées.</p><p>Pour ajouter des informations, "
                "répondez simplement à cet e-mail.</p><p>L'équipe Support Cybelis</p>"
                "<p style=\"color:#999;font-size:11px\">[VRM5KZ-P4L2]</p></div>\n", "zd6"),
       "fr", "Zendesk helpdesk", "ticket acknowledgement", "")

    # 7 MDN read receipt Outlook FR
    mdn_txt = ("Votre message\n\n  À : Antoine Barre\n  Objet : Rappel : facture F-2026-0438 échue\n"
               "  Envoyé : lundi 30 novembre 2026 10:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
               "a été lu le lundi 30 novembre 2026 11:02:48 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: barre-archi.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;a.barre@barre-archi.fr\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rid(438))
    AR("mdn_fr_outlook_lu",
       [("From", a("Antoine Barre", "a.barre@barre-archi.fr")), ("To", OWNER_ADDR),
        ("Subject", h("Lu : Rappel : facture F-2026-0438 échue")), ("Date", date("2026-11-30", "11:02")),
        ("Message-ID", mid("mdn7", "barre-archi.fr")), ("In-Reply-To", rid(438)), ("References", rid(438))],
       multi("report", [text(mdn_txt), leaf("message/disposition-notification", mdn, charset=None, cte="7bit")],
             "mdn7", params=" report-type=disposition-notification;"),
       "fr", "Exchange/Outlook", "read receipt (MDN) multipart/report", "")

    # 8 MDN Thunderbird EN
    mdn2 = ("Reporting-UA: harlow-consulting.co.uk; Thunderbird 128.5.0\nFinal-Recipient: rfc822;accounts@harlow-consulting.co.uk\n"
            "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rid(441))
    AR("mdn_en_thunderbird_displayed",
       [("From", a("Harlow Consulting Accounts", "accounts@harlow-consulting.co.uk")), ("To", OWNER_ADDR),
        ("Subject", "Return Receipt (displayed) - Reminder: invoice INV-0441 is overdue"),
        ("Date", date("2026-12-02", "09:45", "+0000")), ("Message-ID", mid("mdn8", "harlow-consulting.co.uk"))],
       multi("report", [text("This is a Return Receipt for the mail that you sent to accounts@harlow-consulting.co.uk.\n\n"
                             "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
                             "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
                             charset="us-ascii", cte="7bit"),
                        leaf("message/disposition-notification", mdn2, charset=None, cte="7bit")],
             "mdn8", params=" report-type=disposition-notification;"),
       "en", "Thunderbird MDN", "Thunderbird return receipt", "")

    # 9 challenge-response
    AR("challenge_fr_validation_expediteur",
       [("From", a("Protection anti-spam Ormeaux Immobilier", "noreply-validation@ormeaux-immobilier.fr")), ("To", OWNER_ADDR),
        ("Subject", h("Votre message à contact@ormeaux-immobilier.fr est en attente")),
        ("Date", date("2026-12-01", "10:05")), ("Message-ID", mid("cr9", "ormeaux-immobilier.fr")),
        ("Auto-Submitted", "auto-replied"), ("In-Reply-To", rid(443)), ("References", rid(443))],
       alt_auto("<p>Bonjour,</p><p>Vous avez envoyé un message à <b>contact@ormeaux-immobilier.fr</b>. Ce destinataire est "
                "protégé contre les courriers indésirables : votre message ne lui sera remis qu'après validation de votre "
                "adresse.</p><p><a href=\"https://validation.ormeaux-immobilier.fr/c/8f2a1\">Je ne suis pas un robot, "
                "je valide mon message</a></p><p>Cette validation n'est demandée qu'une seule fois.</p>"
                "<p><i>Objet de votre message : Rappel : facture F-2026-0443 échue</i></p>\n", "cr9"),
       "fr", "challenge-response (Mailinblack-style)", "challenge-response, asks sender to prove human", "")

    # 10 OOO EN with X-Autoreply, no date
    AR("ooo_en_no_return_date",
       reply_hdrs(a("Grace Mitchell", "grace@fernhill-studio.com"), "Out of Office: Reminder: invoice INV-0444 is overdue",
                  date("2026-12-04", "15:20", "-0800"), 444, "fernhill-studio.com",
                  extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Out of Office")]),
       text("Thanks for your message. I'm travelling with limited access to email and will reply as soon as I can.\n\n"
            "Grace\n", charset="us-ascii", cte="7bit"),
       "en", "generic autoresponder", "X-Autoreply header, no return date", "")

    # 11 maternity leave, vague return
    AR("ooo_fr_conge_maternite_redirection",
       reply_hdrs(a("Julie Carpentier", "julie.carpentier@carpentier-evenements.fr"),
                  "Réponse automatique : Rappel : facture F-2026-0445 échue", date("2026-12-02", "13:13"), 445,
                  "carpentier-evenements.fr", extra=[("Auto-Submitted", "auto-replied")]),
       text("Bonjour,\n\nJe suis en congé maternité jusqu'à début mars. Vos messages ne sont pas transférés.\n"
            "Pour toute question administrative ou comptable, merci d'écrire à Marc Delorme : "
            "marc.delorme@carpentier-evenements.fr.\n\nJulie Carpentier\n"),
       "fr", "Exchange/Outlook", "long absence, redirect to colleague, vague return", "",
       "'début mars' has no exact date: no ooo_until")

    # 12 Outlook EN automatic reply with date
    AR("outlook_en_automatic_reply",
       reply_hdrs(a("Raj Patel", "raj.patel@silverline-systems.co.uk"), "Automatic reply: Reminder: invoice INV-0446 is overdue",
                  date("2026-11-30", "08:30", "+0000"), 446, "silverline-systems.co.uk",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("Thread-Topic", "Reminder: invoice INV-0446 is overdue")]),
       alt_auto("<html><body><div>I am out of the office until Wednesday 9th December. I will respond to your email "
                "upon my return.</div><div>Regards, Raj</div></body></html>\n", "oof12"),
       "en", "Exchange/Outlook", "Outlook 'Automatic reply:' English", "ooo_until=2026-12-09")

    # 13 contact@ autoresponder 48h
    AR("contact_fr_accuse_48h",
       [("From", a("Domaine des Trois Chênes", "contact@domaine-trois-chenes.fr")), ("To", OWNER_ADDR),
        ("Subject", h("Merci pour votre message !")), ("Date", date("2026-12-03", "07:07")),
        ("Message-ID", mid("ar13", "domaine-trois-chenes.fr")), ("X-Autoreply", "yes"),
        ("In-Reply-To", rid(447)), ("References", rid(447))],
       alt_auto("<p>Bonjour,</p><p>Merci pour votre message. En cette période de vendanges tardives, nous vous "
                "répondrons sous 48 h.</p><p>Bien à vous,<br>L'équipe du Domaine des Trois Chênes 🍇</p>\n", "ar13"),
       "fr", "Domaine des Trois Chênes", "shop contact autoresponder, friendly tone", "")

    # 14 address no longer active
    AR("adresse_fr_plus_active",
       reply_hdrs(a("Martine Girard", "m.girard@ateliers-girard.fr"), "Re: Rappel : facture F-2026-0448 échue",
                  date("2026-12-04", "09:00"), 448, "ateliers-girard.fr", extra=[("Auto-Submitted", "auto-replied")]),
       text("Cette adresse n'est plus consultée depuis le 1er novembre 2026.\n"
            "Merci d'adresser vos messages à administration@ateliers-girard.fr.\n\nMessage automatique.\n"),
       "fr", "Ateliers Girard", "address retired autoreply (not a bounce)", "")

    # 15 latin-1 QP OOO with range
    AR("ooo_fr_latin1_du_au",
       reply_hdrs(a("François Noël", "f.noel@noel-batiment.fr", "iso-8859-1"), "Absent : Rappel : facture F-2026-0449 échue",
                  date("2026-12-01", "07:41"), 449, "noel-batiment.fr", charset="iso-8859-1",
                  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
       text("Bonjour,\n\nJe serai absent du 30 novembre au 11 décembre 2026 inclus.\nEn cas d'urgence : "
            "secrétariat au 04 73 00 00 00.\n\nCordialement,\nFrançois Noël\n", charset="iso-8859-1"),
       "fr", "Noël Bâtiment", "ISO-8859-1 QP, date range", "ooo_until=2026-12-11")


# =====================================================================
# bounce
# =====================================================================
def BO(name, hdrs, part, lang, group, pattern, facts="", notes="", crlf=False):
    write("bounce", name, hdrs, part, {"lang": lang, "source_group": group, "pattern": pattern,
                                       "facts": facts, "notes": notes}, crlf=crlf)


def dsn(reporting, recip, action, status, diag, remote=None, arrival=None, extra=""):
    s = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    s += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (recip, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag + extra
    return leaf("message/delivery-status", s, charset=None, cte="7bit")


def bounces():
    # 1 Gmail (Workspace) address not found
    oh, op, subj = orig_reminder(450, "compta@lespetitsateliers.fr", "F-2026-0450", "720,00 €", "20/11/2026",
                                 date("2026-12-01", "09:00"))
    BO("gmail_address_not_found",
       [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Failure)"), ("Date", date("2026-12-01", "00:00", "-0800", 15)),
        ("Message-ID", "<6a1c0e12.050a0220.1b2c3d.%s@mx.google.com>" % "9f0e"),
        ("X-Failed-Recipients", "compta@lespetitsateliers.fr"), ("Auto-Submitted", "auto-replied")],
       multi("report", [alt("\n** Address not found **\n\nYour message wasn't delivered to compta@lespetitsateliers.fr "
                            "because the address couldn't be found, or is unable to receive mail.\n\n"
                            "The response from the remote server was:\n550 5.1.1 <compta@lespetitsateliers.fr>: "
                            "Recipient address rejected: User unknown in virtual mailbox table\n",
                            "<html><body><h2>Address not found</h2><p>Your message wasn't delivered to "
                            "<b>compta@lespetitsateliers.fr</b> because the address couldn't be found, or is unable to "
                            "receive mail.</p><p>The response from the remote server was:</p><p>550 5.1.1 "
                            "&lt;compta@lespetitsateliers.fr&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>"
                            "</body></html>\n", "gmail-bounce1"),
                        dsn("googlemail.com", "compta@lespetitsateliers.fr", "failed", "5.1.1",
                            "550 5.1.1 <compta@lespetitsateliers.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                            remote="mx1.lespetitsateliers.fr.", arrival="Tue, 01 Dec 2026 00:00:12 -0800"),
                        msg_part(oh, op)], "gmailb1", params=" report-type=delivery-status;"),
       "en", "Gmail / Google Workspace", "Gmail 'Address not found' with DSN and original",
       "failed_recipient=compta@lespetitsateliers.fr",
       "wording from Gmail bounce samples parsed by sisimai/bouncehammer (Lhost::Gmail)")

    # 2 Exchange Online French NDR
    oh, op, subj = orig_reminder(451, "facturation@valdor-hotels.fr", "F-2026-0451", "1 980,00 €", "24/11/2026",
                                 date("2026-12-02", "10:00"))
    ndr_html = ("<html><body><p><b><span style=\"color:#C00000\">Votre message n'a pas pu être remis à "
                "facturation@valdor-hotels.fr car l'adresse de messagerie est introuvable.</span></b></p>"
                "<p>Le destinataire n'existe pas ou n'accepte pas les messages. Vérifiez l'orthographe de l'adresse et "
                "renvoyez le message.</p><p><b>Informations de diagnostic pour les administrateurs :</b></p>"
                "<p>Serveur de génération : PA4P190MB1234.EURP190.PROD.OUTLOOK.COM<br>facturation@valdor-hotels.fr<br>"
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
                "</body></html>\n")
    BO("exchange_online_fr_non_remis",
       [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@marchal-web.fr>"), ("To", OWNER_ADDR),
        ("Subject", h("Non remis : Rappel : facture F-2026-0451 échue")), ("Date", date("2026-12-02", "09:00", "+0000")),
        ("Message-ID", "<f1a9c2b3-7d4e-4b0a-9c1e-2b3c4d5e6f70@PA4P190MB1234.EURP190.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rid(451)), ("References", rid(451)), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
       multi("report", [alt_auto(ndr_html, "exo2-alt"),
                        dsn("PA4P190MB1234.EURP190.PROD.OUTLOOK.COM", "facturation@valdor-hotels.fr", "failed",
                            "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                        {"headers": [("Content-Type", "text/rfc822-headers")], "body": render_headers(oh)}],
             "exo2", params=" report-type=delivery-status;"),
       "fr", "Exchange Online", "French NDR 'Non remis', headers-only original",
       "failed_recipient=facturation@valdor-hotels.fr", "based on Exchange NDR docs (MicrosoftDocs)")

    # 3 Orange quota
    oh, op, subj = orig_reminder(452, "caveaubressan@orange.fr", "F-2026-0452", "310,00 €", "25/11/2026",
                                 date("2026-12-02", "14:00"))
    BO("orange_quota_depasse",
       [("From", "Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-12-02", "14:00", "+0100", 41)),
        ("Message-ID", "<20261202130041.8A2C61C0003@smtp-out.orange.fr>"), ("Auto-Submitted", "auto-replied")],
       multi("report", [text("This is the mail system at host smtp-out.orange.fr.\n\nI'm sorry to have to inform you that "
                             "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                             "                   The mail system\n\n<caveaubressan@orange.fr>: host mx.orange.fr said: "
                             "552 5.2.2 Boite du destinataire pleine. Recipient mailbox full.\n", charset="us-ascii", cte="7bit",
                             extra=[("Content-Description", "Notification")]),
                        dsn("smtp-out.orange.fr", "caveaubressan@orange.fr", "failed", "5.2.2",
                            "552 5.2.2 Boite du destinataire pleine. Recipient mailbox full.", remote="mx.orange.fr"),
                        msg_part(oh, op)], "orange3", params=" report-type=delivery-status;"),
       "fr", "Orange", "mailbox full (quota), Postfix-style report from Orange",
       "failed_recipient=caveaubressan@orange.fr", "recipient address invented")

    # 4 Free user unknown, French text
    oh, op, subj = orig_reminder(453, "boutique.lunelle@free.fr", "F-2026-0453", "450,00 €", "26/11/2026",
                                 date("2026-12-03", "11:00"))
    BO("free_utilisateur_inconnu",
       [("From", "MAILER-DAEMON@smtp2-g21.free.fr (Mail Delivery System)"), ("To", OWNER),
        ("Subject", h("Message non délivré")), ("Date", date("2026-12-03", "11:00", "+0100", 9)),
        ("Message-ID", "<20261203100009.1F2E3D4C5B6@smtp2-g21.free.fr>")],
       multi("report", [text("Ceci est le système de messagerie de smtp2-g21.free.fr.\n\nVotre message n'a pas pu être "
                             "délivré au destinataire suivant :\n\n<boutique.lunelle@free.fr> : utilisateur inconnu "
                             "(550 5.1.1 user unknown)\n"),
                        dsn("smtp2-g21.free.fr", "boutique.lunelle@free.fr", "failed", "5.1.1",
                            "550 5.1.1 <boutique.lunelle@free.fr>: user unknown", remote="mx1.free.fr"),
                        msg_part(oh, op)], "free4", params=" report-type=delivery-status;"),
       "fr", "Free", "French Postfix-style bounce, user unknown",
       "failed_recipient=boutique.lunelle@free.fr", "recipient address invented")

    # 5 OVH exim-style, no DSN part
    oh, op, subj = orig_reminder(454, "gestion@chalets-armand.fr", "F-2026-0454", "2 050,00 €", "27/11/2026",
                                 date("2026-12-03", "16:00"))
    BO("ovh_exim_sans_dsn",
       [("From", "Mail Delivery System <Mailer-Daemon@mo552.mail-out.ovh.net>"), ("To", OWNER),
        ("Subject", "Mail delivery failed: returning message to sender"), ("Date", date("2026-12-03", "16:00", "+0100", 28)),
        ("Message-ID", "<E1tRzQe-0004Kx-2a@mo552.mail-out.ovh.net>"), ("X-Failed-Recipients", "gestion@chalets-armand.fr"),
        ("Auto-Submitted", "auto-replied")],
       text("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  gestion@chalets-armand.fr\n    host mx.chalets-armand.fr [203.0.113.25]\n"
            "    SMTP error from remote mail server after RCPT TO:<gestion@chalets-armand.fr>:\n"
            "    550 5.7.1 Message rejected: sender domain not allowed\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + rfc822(oh, op).decode("utf-8"), charset="utf-8", cte="8bit"),
       "en", "OVH", "Exim-style text bounce without message/delivery-status",
       "failed_recipient=gestion@chalets-armand.fr", "no machine-readable DSN part")

    # 6 Postfix user unknown (client's own server)
    oh, op, subj = orig_reminder(455, "a.thibault@thibault-menuiserie.fr", "F-2026-0455", "870,00 €", "28/11/2026",
                                 date("2026-12-04", "09:30"))
    BO("postfix_user_unknown",
       [("From", "MAILER-DAEMON@mail.marchal-web.fr (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-12-04", "09:30", "+0100", 52)),
        ("Message-ID", "<20261204083052.4D5E61A0F2@mail.marchal-web.fr>"), ("Auto-Submitted", "auto-replied")],
       multi("report", [text("This is the mail system at host mail.marchal-web.fr.\n\nI'm sorry to have to inform you that your "
                             "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                             "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this "
                             "problem report. You can\ndelete your own text from the attached returned message.\n\n"
                             "                   The mail system\n\n<a.thibault@thibault-menuiserie.fr>: host "
                             "mx.thibault-menuiserie.fr[198.51.100.7] said:\n    550 5.1.1 <a.thibault@thibault-menuiserie.fr>: "
                             "Recipient address rejected:\n    User unknown in local recipient table (in reply to RCPT TO command)\n",
                             charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
                        dsn("mail.marchal-web.fr", "a.thibault@thibault-menuiserie.fr", "failed", "5.1.1",
                            "550 5.1.1 <a.thibault@thibault-menuiserie.fr>: Recipient address rejected: User unknown in local recipient table",
                            remote="mx.thibault-menuiserie.fr", extra="X-Postfix-Queue-ID: 4D5E61A0F2\n"),
                        msg_part(oh, op)], "pf6", params=" report-type=delivery-status;"),
       "en", "Postfix", "classic Postfix bounce(8) report", "failed_recipient=a.thibault@thibault-menuiserie.fr",
       "text follows Postfix bounce template")

    # 7 Postfix delay warning
    oh, op, subj = orig_reminder(456, "direction@serre-horticole.fr", "F-2026-0456", "1 100,00 €", "29/11/2026",
                                 date("2026-11-30", "08:00"))
    BO("postfix_delayed_warning",
       [("From", "MAILER-DAEMON@mail.marchal-web.fr (Mail Delivery System)"), ("To", OWNER),
        ("Subject", "Delayed Mail (still being retried)"), ("Date", date("2026-11-30", "12:01", "+0100", 3)),
        ("Message-ID", "<20261130110103.77AB81A0C1@mail.marchal-web.fr>"), ("Auto-Submitted", "auto-replied")],
       multi("report", [text("This is the mail system at host mail.marchal-web.fr.\n\n####################################"
                             "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                             "####################################################################\n\nYour message could not "
                             "be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                             "                   The mail system\n\n<direction@serre-horticole.fr>: connect to "
                             "mx.serre-horticole.fr[192.0.2.44]:25:\n    Connection timed out\n",
                             charset="us-ascii", cte="7bit"),
                        dsn("mail.marchal-web.fr", "direction@serre-horticole.fr", "delayed", "4.4.1",
                            "connect to mx.serre-horticole.fr[192.0.2.44]:25: Connection timed out",
                            extra="Will-Retry-Until: Sat, 5 Dec 2026 08:00:11 +0100\n"),
                        {"headers": [("Content-Type", "text/rfc822-headers")], "body": render_headers(oh)}],
             "pf7", params=" report-type=delivery-status;"),
       "en", "Postfix", "delay warning, will retry", "failed_recipient=direction@serre-horticole.fr;bounce_final=no")

    # 8 Gmail delay
    oh, op, subj = orig_reminder(457, "olivia.grant@brightlake-media.co.uk", "INV-0457", "€640.00", "20 November 2026",
                                 date("2026-12-04", "10:00"), lang="en")
    BO("gmail_delay",
       [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
        ("Subject", "Delivery Status Notification (Delay)"), ("Date", date("2026-12-04", "07:03", "-0800", 44)),
        ("Message-ID", "<6a1c9b20.170a0220.2c3d4e.7b1a@mx.google.com>"), ("Auto-Submitted", "auto-replied")],
       multi("report", [text("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
                             "olivia.grant@brightlake-media.co.uk. Gmail will retry for 46 more hours. You'll be notified "
                             "if the delivery fails permanently.\n\nThe response from the remote server was:\n"
                             "451 4.7.1 Greylisted, please try again later\n"),
                        dsn("googlemail.com", "olivia.grant@brightlake-media.co.uk", "delayed", "4.7.1",
                            "451 4.7.1 Greylisted, please try again later", remote="mx.brightlake-media.co.uk."),
                        msg_part(oh, op)], "gmailb8", params=" report-type=delivery-status;"),
       "en", "Gmail / Google Workspace", "Gmail temporary failure (greylisting)",
       "failed_recipient=olivia.grant@brightlake-media.co.uk;bounce_final=no")

    # 9 Exchange on-prem EN mailbox full
    oh, op, subj = orig_reminder(458, "billing@westgate-partners.com", "INV-0458", "€1,320.00", "25 November 2026",
                                 date("2026-12-02", "15:00"), lang="en")
    BO("exchange_en_undeliverable_mailbox_full",
       [("From", "postmaster@westgate-partners.com"), ("To", OWNER_ADDR),
        ("Subject", "Undeliverable: Reminder: invoice INV-0458 is overdue"), ("Date", date("2026-12-02", "14:00", "+0000", 5)),
        ("Message-ID", "<a7c5d1e2-0b3f-4e8a-9d2c-5e6f7a8b9c0d@EXCH01.westgate.local>"),
        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
       multi("report", [alt_auto("<html><body><p><b><span style=\"color:#000066\">Delivery has failed to these recipients or groups:</span></b></p>"
                                 "<p><a href=\"mailto:billing@westgate-partners.com\">billing@westgate-partners.com</a><br>"
                                 "The recipient's mailbox is full and can't accept messages now. Please try resending your "
                                 "message later, or contact the recipient directly.</p><p><b>Diagnostic information for "
                                 "administrators:</b></p><p>Generating server: EXCH01.westgate.local<br>billing@westgate-partners.com<br>"
                                 "#550 5.2.2 STOREDRV.Deliver; mailbox full ##</p></body></html>\n", "exch9-alt"),
                        dsn("EXCH01.westgate.local", "billing@westgate-partners.com", "failed", "5.2.2",
                            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"),
                        msg_part(oh, op)], "exch9", params=" report-type=delivery-status;"),
       "en", "Exchange on-premises", "Exchange 'Undeliverable:' mailbox full", "failed_recipient=billing@westgate-partners.com")

    # 10 Sendmail returned mail
    oh, op, subj = orig_reminder(459, "m.caron@caron-freres.fr", "F-2026-0459", "560,00 €", "23/11/2026",
                                 date("2026-12-01", "13:00"))
    BO("sendmail_returned_mail_host_unknown",
       [("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.caron-freres.fr>"), ("To", OWNER),
        ("Subject", "Returned mail: see transcript for details"), ("Date", date("2026-12-01", "13:00", "+0100", 19)),
        ("Message-ID", "<202612011200.4B1C0J9a001234@relay.caron-freres.fr>"), ("Auto-Submitted", "auto-generated (failure)")],
       multi("report", [text("The original message was received at Tue, 1 Dec 2026 13:00:02 +0100\nfrom "
                             "mail.marchal-web.fr [203.0.113.80]\n\n   ----- The following addresses had permanent fatal errors -----\n"
                             "<m.caron@caron-freres.fr>\n    (reason: 550 5.1.1 <m.caron@caron-freres.fr>... User unknown)\n\n"
                             "   ----- Transcript of session follows -----\n... while talking to mail.caron-freres.fr.:\n"
                             ">>> RCPT To:<m.caron@caron-freres.fr>\n<<< 550 5.1.1 <m.caron@caron-freres.fr>... User unknown\n"
                             "550 5.1.1 <m.caron@caron-freres.fr>... User unknown\n", charset="us-ascii", cte="7bit"),
                        dsn("relay.caron-freres.fr", "m.caron@caron-freres.fr", "failed", "5.1.1",
                            "550 5.1.1 <m.caron@caron-freres.fr>... User unknown", remote="mail.caron-freres.fr"),
                        msg_part(oh, op)], "sm10", params=" report-type=delivery-status;"),
       "en", "Sendmail", "Sendmail 'Returned mail: see transcript'", "failed_recipient=m.caron@caron-freres.fr")


# =====================================================================
# other
# =====================================================================
def OT(name, hdrs, part, lang, group, pattern, notes="", provider="", crlf=False):
    write("other", name, hdrs, part, {"lang": lang, "source_group": group, "pattern": pattern,
                                      "notes": notes, "provider": provider}, crlf=crlf)


def LU(url):
    return [("List-Unsubscribe", "<%s>" % url), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


def others():
    # 1 Qonto newsletter
    OT("qonto_fr_newsletter",
       bank_hdrs("Qonto <newsletter@qonto.com>", "Nouveautés de décembre : facturation électronique, cartes et plus encore",
                 date("2026-12-01", "10:00"), "qonto.com", extra=LU("https://qonto.com/unsubscribe?u=7f3a")),
       alt_auto(page("<h1>Ce qui change en décembre</h1><p>Facturation électronique : dès septembre 2026, toutes les "
                     "entreprises doivent pouvoir recevoir des factures électroniques. Découvrez comment Qonto vous "
                     "accompagne.</p><h2>Nouveau : relances automatiques</h2><p>Relancez vos clients en un clic "
                     "depuis l'onglet Factures.</p><p><a href=\"https://qonto.com/fr/blog\">Lire l'article</a></p>",
                     footer="Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire."), "qnews"),
       "fr", "Qonto", "bank's own newsletter (mentions invoices and reminders)", provider="Qonto",
       notes="bank sender domain but marketing content")

    # 2 BoursoBank marketing
    OT("bourso_fr_parrainage_offre",
       bank_hdrs("BoursoBank <offres@boursobank.com>", "Julien, jusqu'à 150 € offerts pour vos filleuls 🎁",
                 date("2026-12-02", "18:00"), "boursobank.com", extra=LU("https://clients.boursobank.com/desabonnement")),
       alt_auto(page("<p>Parrainez vos proches et recevez jusqu'à <b>150 €</b> par filleul ouvrant un compte avant le 31 "
                     "décembre.</p><p>Vos filleuls reçoivent eux aussi une prime de bienvenue.</p>"
                     "<p style=\"font-size:10px\">Offre soumise à conditions.</p>",
                     footer="Pour ne plus recevoir nos offres, cliquez ici."), "bmark"),
       "fr", "Boursorama", "bank marketing with an amount in subject", provider="Boursorama")

    # 3 OVHcloud invoice to owner
    OT("ovhcloud_fr_facture_fournisseur",
       bank_hdrs("OVHcloud <noreply@ovh.net>", "Votre facture OVHcloud FR74218842 est disponible", date("2026-12-01", "04:12"), "ovh.net"),
       alt_auto(page("<p>Bonjour Julien Marchal,</p><p>Votre facture <b>FR74218842</b> d'un montant de <b>41,87 € TTC</b> "
                     "est disponible dans votre espace client.</p><p>Elle sera prélevée automatiquement sur votre moyen de "
                     "paiement par défaut le 04/12/2026.</p><p>Identifiant client : mj12345-ovh</p>",
                     footer="OVH SAS – 2 rue Kellermann, 59100 Roubaix. Ceci est un message automatique."), "ovh1"),
       "fr", "OVHcloud", "supplier invoice to the owner (hosting)", provider="OVHcloud")

    # 4 Free Pro invoice
    OT("freepro_fr_facture",
       bank_hdrs("Free Pro <facture@freepro.fr>", "Votre facture Free Pro de décembre 2026", date("2026-12-02", "05:00"), "freepro.fr"),
       text("Bonjour,\n\nVotre facture Free Pro n° 2026-12-0087712 d'un montant de 49,99 € TTC est disponible dans votre "
            "Espace Abonné.\nLe montant sera prélevé à partir du 07/12/2026 sur le compte se terminant par 3021.\n\n"
            "L'équipe Free Pro\n"),
       "fr", "Free Pro", "supplier invoice to owner, plain text", provider="Free Pro")

    # 5 accountant invoice with PDF
    OT("cabinet_leroy_fr_facture_honoraires",
       [("From", a("Cabinet Leroy Expertise", "facturation@leroy-expertise.fr")), ("To", OWNER_ADDR),
        ("Subject", h("Facture n° HL-2026-1192 – honoraires T4 2026")), ("Date", date("2026-11-30", "17:40")),
        ("Message-ID", mid("leroy5", "leroy-expertise.fr"))],
       multi("mixed", [text("Bonjour Monsieur Marchal,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour le "
                            "quatrième trimestre 2026 (tenue comptable et bilan), d'un montant de 850,00 € TTC, payable à "
                            "réception par virement.\n\nNous restons à votre disposition.\n\nBien cordialement,\n"
                            "Aurélie Leroy\nExpert-comptable\nCabinet Leroy Expertise\n"),
                       attach("Facture_HL-2026-1192.pdf", "application/pdf",
                              pdf(["CABINET LEROY EXPERTISE", "Facture HL-2026-1192", "Client : Marchal Web",
                                   "Honoraires T4 2026 : 708,33 HT", "TVA 20 % : 141,67", "Total TTC : 850,00 EUR"]))], "leroy5"),
       "fr", "Cabinet Leroy Expertise", "accountant's invoice TO the owner, PDF",
       notes="written by a person but a supplier invoice to the owner: other per guide")

    # 6 URSSAF
    OT("urssaf_fr_nouveau_message",
       bank_hdrs("URSSAF <ne-pas-repondre@urssaf.fr>", "Vous avez un nouveau message dans votre espace en ligne",
                 date("2026-12-01", "06:30"), "urssaf.fr"),
       text("Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr : "
            "« Échéancier de cotisations 2027 ».\n\nPour le consulter, connectez-vous à votre espace avec vos "
            "identifiants habituels.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\nVotre Urssaf\n"),
       "fr", "URSSAF", "administration notification", provider="URSSAF")

    # 7 impots.gouv
    OT("impots_fr_espace_professionnel",
       bank_hdrs("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Nouveau message dans votre espace professionnel",
                 date("2026-12-03", "08:00"), "dgfip.finances.gouv.fr"),
       text("Madame, Monsieur,\n\nUn avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre "
            "espace professionnel sur impots.gouv.fr, rubrique « Consulter > Avis CFE ».\n\nDate limite de paiement : "
            "15/12/2026.\n\nCeci est un message automatique, merci de ne pas y répondre.\nLa Direction générale des Finances publiques\n"),
       "fr", "impots.gouv.fr", "tax notice with a payment deadline", provider="DGFiP")

    # 8 Malt marketplace
    OT("malt_fr_nouvelle_mission",
       bank_hdrs("Malt <noreply@malt.fr>", "Nouvelle proposition de mission : refonte site vitrine (Lyon)",
                 date("2026-12-02", "11:22"), "malt.fr", extra=LU("https://www.malt.fr/notifications")),
       alt_auto(page("<p>Bonjour Julien,</p><p><b>Clémence, de Maison Lacroix</b>, vous propose une mission :</p>"
                     "<p>« Refonte de notre site vitrine WordPress, 15 jours, démarrage janvier »</p>"
                     "<p>Budget indicatif : 6 000 € HT</p><p><a href=\"https://www.malt.fr/messages\">Répondre à la proposition</a></p>",
                     footer="Vous recevez cet e-mail car vous avez un profil freelance sur Malt."), "malt8"),
       "fr", "Malt", "freelance marketplace notification with a budget", provider="Malt")

    # 9 LinkedIn
    OT("linkedin_fr_recherches",
       bank_hdrs("LinkedIn <notifications-noreply@linkedin.com>", "Julien, vous êtes apparu dans 14 recherches cette semaine",
                 date("2026-12-04", "07:45", "+0000"), "linkedin.com", extra=LU("https://www.linkedin.com/e/unsub")),
       alt_auto(page("<p>Vous êtes apparu dans <b>14 recherches</b> cette semaine.</p><p>Des recruteurs de Lyon et d'Annecy "
                     "ont consulté des profils comme le vôtre.</p><p><a href=\"https://www.linkedin.com/me/search-appearances\">"
                     "Voir qui vous cherche</a></p>", footer="Cet e-mail était destiné à Julien Marchal. "
                     "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."), "li9"),
       "fr", "LinkedIn", "social network notification", provider="LinkedIn")

    # 10 phishing imitating Crédit Agricole
    OT("phishing_fr_credit_agricole",
       [("From", a("Crédit Agricole", "securite@ca-verification-compte.info")), ("To", OWNER),
        ("Subject", h("Action requise : votre accès sera suspendu sous 24h")), ("Date", date("2026-12-02", "03:17", "+0300")),
        ("Message-ID", mid("phish10", "ca-verification-compte.info")), ("Reply-To", "support@ca-verification-compte.info")],
       html("<html><body><p><img src=\"http://ca-verification-compte.info/logo.png\"></p><p>Cher(e) client(e),</p>"
            "<p>Suite à la nouvelle directive européenne DSP2, vous devez mettre à jour vos informations de sécurité. "
            "Sans action de votre part, votre accès Ma Banque sera suspendu sous 24h et un virement de 1 480,00 € en "
            "attente ne pourra pas être crédité.</p><p><a href=\"http://ca-verification-compte.info/maj/?id=8812\">"
            "Mettre à jour mes informations</a></p><p>Crédit Agricole Service Sécurité</p></body></html>\n"),
       "fr", "phishing", "bank phishing mentioning a pending credit", notes="imitates Crédit Agricole; label other per guide")

    # 11 phishing imitating PayPal payment received
    OT("phishing_fr_paypal_paiement_bloque",
       [("From", a("service@paypal.fr", "service-paypal@notification-paiement.net")), ("To", OWNER),
        ("Subject", h("Vous avez reçu un paiement de 2 340,00 € EUR")), ("Date", date("2026-12-03", "04:51", "+0000")),
        ("Message-ID", mid("phish11", "notification-paiement.net"))],
       alt_auto(page("<p>Bonjour,</p><p>Vous avez reçu un paiement de <b>2 340,00 € EUR</b> de <b>Quayside Studios</b>.</p>"
                     "<p>Pour des raisons de sécurité, ce paiement est <b>bloqué</b> jusqu'à la confirmation de votre "
                     "identité. Cliquez ci-dessous et saisissez vos informations de carte pour débloquer les fonds.</p>"
                     "<p><a href=\"http://paypal-fr.secure-release.top/login\">Débloquer mon paiement</a></p>",
                     footer="PayPal (Europe) S.à r.l. et Cie, S.C.A."), "phish11"),
       "fr", "phishing", "fake PayPal 'payment received' from a look-alike domain",
       notes="display name is service@paypal.fr but the address is notification-paiement.net; other per guide")

    # 12 spam gagné
    OT("spam_fr_vous_avez_gagne",
       [("From", a("Service Gagnants", "gagnant@super-tirage-noel.biz")), ("To", OWNER),
        ("Subject", h("FÉLICITATIONS !!! Vous avez gagné un iPhone 17 Pro 🎉")), ("Date", date("2026-12-01", "02:02", "+0000")),
        ("Message-ID", mid("spam12", "super-tirage-noel.biz"))],
       html("<html><body style=\"text-align:center\"><h1 style=\"color:red\">FÉLICITATIONS JULIEN !</h1><p>Vous avez été "
            "sélectionné(e) pour recevoir un <b>iPhone 17 Pro</b>. Il ne vous reste qu'à payer les frais de port de 1,95 €.</p>"
            "<p><a href=\"http://super-tirage-noel.biz/claim\">RÉCLAMER MON CADEAU</a></p>"
            "<p style=\"font-size:9px\">Pour vous désinscrire, répondez STOP.</p></body></html>\n", charset="windows-1252"),
       "fr", "spam", "prize spam")

    # 13 Google Calendar invitation
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261202T140312Z\n"
           "ORGANIZER;CN=Céline Roche:mailto:celine.roche@atlas-ingenierie.fr\nUID:7kq1c2a0f9v3t5n8b6m4@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien@marchal-web.fr:mailto:julien@marchal-web.fr\n"
           "SUMMARY:Point projet extranet Atlas\nLOCATION:https://meet.google.com/abc-defg-hij\nSTATUS:CONFIRMED\n"
           "SEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    OT("gcal_fr_invitation",
       [("From", a("Céline Roche (via Google Agenda)", "calendar-notification@google.com")), ("To", OWNER),
        ("Reply-To", "celine.roche@atlas-ingenierie.fr"),
        ("Subject", h("Invitation: Point projet extranet Atlas @ mar. 8 déc. 2026 10:00 - 11:00 (UTC+1) (julien@marchal-web.fr)")),
        ("Date", date("2026-12-02", "15:03", "+0000")), ("Message-ID", mid("gcal13", "google.com")),
        ("Sender", "Google Agenda <calendar-notification@google.com>")],
       multi("mixed", [multi("alternative", [text("Vous avez été invité à l'événement suivant.\n\nPoint projet extranet Atlas\n"
                                                  "Quand : mardi 8 déc. 2026 10:00 – 11:00 (UTC+1)\nParticiper avec Google Meet : "
                                                  "https://meet.google.com/abc-defg-hij\nOrganisateur : Céline Roche\n\n"
                                                  "Invitation de Google Agenda\n"),
                                             html("<p>Vous avez été invité à l'événement suivant.</p><h3>Point projet extranet Atlas</h3>"
                                                  "<p>Quand : mardi 8 déc. 2026 10:00 – 11:00 (UTC+1)</p><p>Oui - Peut-être - Non</p>\n"),
                                             leaf("text/calendar", ics, charset="UTF-8", cte="base64",
                                                  params="; method=REQUEST")], "gcal13-alt"),
                       attach("invite.ics", "application/ics", ics.encode())], "gcal13"),
       "fr", "Google Calendar", "system calendar invitation with text/calendar", provider="Google Calendar")

    # 14 Doctolib reminder
    OT("doctolib_fr_rappel_rdv",
       bank_hdrs("Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous demain à 08:45", date("2026-12-03", "08:45"), "doctolib.fr"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Nous vous rappelons votre rendez-vous :</p><p><b>Vendredi 4 décembre 2026 à 08:45</b><br>"
                     "Dr Nathalie Brun – Masseur-kinésithérapeute<br>18 rue Duguesclin, 69006 Lyon</p>"
                     "<p>Pensez à annuler si vous ne pouvez pas vous rendre disponible.</p>",
                     footer="Doctolib SAS. Cet e-mail vous est envoyé automatiquement."), "doc14"),
       "fr", "Doctolib", "appointment reminder", provider="Doctolib")

    # 15 Colissimo shipping
    OT("colissimo_fr_colis_en_livraison",
       bank_hdrs("Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis 6A12345678901 est en cours de livraison",
                 date("2026-12-04", "07:05"), "notif-colissimo-laposte.info"),
       alt_auto(page("<p>Bonjour,</p><p>Votre colis n° <b>6A12345678901</b> expédié par <b>LDLC.COM</b> sera livré aujourd'hui "
                     "entre 9h et 13h.</p><p>Absent ? Choisissez une autre date ou un point de retrait.</p>",
                     footer="Cet e-mail est envoyé automatiquement. La Poste – Colissimo."), "coli15"),
       "fr", "Colissimo", "shipping notice", provider="Colissimo")

    # 16 Google Workspace security alert
    OT("google_en_security_alert",
       bank_hdrs("Google <no-reply@accounts.google.com>", "Security alert", date("2026-12-01", "22:10", "+0000"), "accounts.google.com"),
       alt_auto(page("<p>A new sign-in on Linux</p><p>julien@marchal-web.fr</p><p>We noticed a new sign-in to your Google "
                     "Account on a Linux device. If this was you, you don't need to do anything. If not, we'll help you secure "
                     "your account.</p>", lang="en",
                     footer="You received this email to let you know about important changes to your Google Account and services."), "gsec16"),
       "en", "Google", "security alert", provider="Google")

    # 17 Figma password reset
    OT("figma_en_password_reset",
       bank_hdrs("Figma <support@figma.com>", "Reset your Figma password", date("2026-12-03", "10:44", "+0000"), "figma.com"),
       alt_auto(page("<p>Hi Julien,</p><p>We received a request to reset your password. Click the link below to choose a new one. "
                     "This link expires in 1 hour.</p><p><a href=\"https://www.figma.com/reset_password?token=xyz\">Reset password</a></p>",
                     lang="en", footer="If you didn't request this, you can ignore this email."), "figma17"),
       "en", "Figma", "password reset", provider="Figma")

    # 18 Indy blog newsletter
    OT("indy_fr_newsletter_fiscalite",
       bank_hdrs("Indy <hello@indy.fr>", "Fin d'année : 5 réflexes pour payer moins d'impôts en 2027",
                 date("2026-12-03", "12:00"), "indy.fr", extra=LU("https://www.indy.fr/unsubscribe?e=1")),
       alt_auto(page("<h1>5 réflexes avant le 31 décembre</h1><ol><li>Relancez vos factures impayées</li><li>Anticipez vos "
                     "achats de matériel</li><li>Versez sur votre PER</li><li>Vérifiez vos frais kilométriques</li>"
                     "<li>Préparez votre bilan</li></ol><p><a href=\"https://www.indy.fr/blog\">Lire le guide</a></p>",
                     footer="Vous recevez cette newsletter car vous êtes inscrit sur Indy. Se désabonner."), "indy18"),
       "fr", "Indy", "SaaS newsletter talking about unpaid invoices", provider="Indy")

    # 19 ARF abuse feedback report
    arf = ("Feedback-Type: abuse\nUser-Agent: SomeISP-FBL/1.0\nVersion: 1\nOriginal-Mail-From: <julien@marchal-web.fr>\n"
           "Arrival-Date: Thu, 03 Dec 2026 09:12:44 +0100\nReported-Domain: marchal-web.fr\nSource-IP: 203.0.113.80\n")
    oh, op, subj = orig_reminder(460, "contact@example.com", "F-2026-0460", "300,00 €", "26/11/2026", date("2026-12-03", "09:12"))
    OT("arf_en_abuse_report",
       [("From", "Feedback Loop <fbl@fbl.mailprovider.example>"), ("To", "abuse@marchal-web.fr"),
        ("Subject", "FW: Rappel : facture F-2026-0460 =?utf-8?q?=C3=A9chue?="), ("Date", date("2026-12-03", "10:00", "+0000")),
        ("Message-ID", mid("arf19", "fbl.mailprovider.example"))],
       multi("report", [text("This is an email abuse report for an email message received from IP 203.0.113.80 on "
                             "Thu, 03 Dec 2026 09:12:44 +0100.\nFor more information about this format please see "
                             "http://www.mipassoc.org/arf/.\n", charset="us-ascii", cte="7bit"),
                        leaf("message/feedback-report", arf, charset=None, cte="7bit"),
                        msg_part(oh, op)], "arf19", params=" report-type=feedback-report;"),
       "en", "feedback loop", "ARF complaint report (multipart/report feedback-report)",
       notes="complaint feedback about one of the owner's reminders: other per guide")

    # 20 Shine fee invoice
    OT("shine_fr_facture_abonnement",
       bank_hdrs("Shine <factures@shine.fr>", "Votre facture Shine de novembre est disponible", date("2026-12-01", "09:00"), "shine.fr"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Votre facture d'abonnement <b>Shine Plus</b> pour novembre 2026 (14,40 € TTC) "
                     "est disponible dans l'onglet Paramètres &gt; Factures.</p>",
                     footer="Shine SAS. Cet e-mail a été envoyé automatiquement."), "shinefee"),
       "fr", "Shine", "bank's own fee invoice", provider="Shine", notes="fee invoice from the bank: other per guide")

    # 21 SNCF Connect / travel? -> Amazon Business order (EN)
    OT("sncf_fr_confirmation_voyage",
       bank_hdrs("SNCF Connect <confirmation@sncf-connect.com>", "Votre voyage Lyon → Paris du 9 décembre est confirmé",
                 date("2026-11-30", "20:31"), "sncf-connect.com"),
       alt_auto(page("<p>Bonjour Julien,</p><p>Votre réservation est confirmée.</p>"
                     + rows([("Aller", "Mer. 9 déc. 07:04 Lyon Part-Dieu → 09:00 Paris Gare de Lyon"),
                             ("Référence", "QXKTRM"), ("Total payé", "54,00 €")]),
                     footer="SNCF Voyageurs. Ceci est un e-mail automatique."), "sncf21"),
       "fr", "SNCF Connect", "travel booking confirmation with an amount paid", provider="SNCF Connect",
       notes="a purchase receipt from a merchant, not a bank/payment-service notice")


# =====================================================================
def main():
    import shutil
    for lab in ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
    human()
    payments()
    autoreplies()
    bounces()
    others()
    names = [r["file"] for r in ROWS]
    assert len(names) == len(set(names)), "duplicate file names"
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS]
            f.write("\t".join(vals) + "\n")
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("total", len(ROWS))


if __name__ == "__main__":
    main()
