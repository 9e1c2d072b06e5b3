#!/usr/bin/env python3
"""Build the final13 evaluation set for dunnerd (owner: Damien Kowalski, Kowalski Formation).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
All messages are synthetic: written for dunnerd, modelled on the notice wording that banks,
payment services, mail systems and SaaS senders document or show publicly.
"""
import base64
import email.base64mime
import email.quoprimime
import os
import quopri
import random
import shutil
import zlib
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final13"
SCRIPT = "build.py"
OWNER = "damien@kowalski-formation.fr"
OWNER_NAME = "Damien Kowalski"
OWNER_FULL = formataddr((OWNER_NAME, OWNER))
rnd = random.Random(1313)

COLUMNS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
           "lang", "provider", "source_group", "pattern", "direction", "amount", "currency",
           "payer", "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
ROWS = []
SEEN = set()

# ---------------------------------------------------------------- dates
DAYS = {"Mon": (30, "Nov"), "Tue": (1, "Dec"), "Wed": (2, "Dec"), "Thu": (3, "Dec"), "Fri": (4, "Dec")}


def D(day, hh=9, mm=12, ss=None, tz="+0100"):
    d, m = DAYS[day]
    if ss is None:
        ss = rnd.randint(0, 59)
    return "%s, %02d %s 2026 %02d:%02d:%02d %s" % (day, d, m, hh, mm, ss, tz)


def D2(day, hh=9, mm=12):
    """Date header without leading zero on day (some MUAs)."""
    d, m = DAYS[day]
    return "%s, %d %s 2026 %02d:%02d:%02d +0100" % (day, d, m, hh, mm, rnd.randint(0, 59))


def hexid(n=16):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n=20, upper=False):
    cs = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(cs) for _ in range(n))


def mid_outlook(dom):
    return "<%s%s@%s>" % (alnum(8, True), hexid(24).upper(), dom)


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % alnum(40)


def mid_apple(dom):
    return "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(),
                                    hexid(4).upper(), hexid(12).upper(), dom)


def mid_generic(dom):
    return "<%s.%s@%s>" % (hexid(12), hexid(8), dom)


def rem_id(n):
    return "<dunnerd.%d.1@kowalski-formation.fr>" % n


# ---------------------------------------------------------------- header encoding
def ew(s, cs="utf-8", enc="Q"):
    """RFC 2047 encoded word(s) if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    b = s.encode(cs)
    if enc == "B":
        return email.base64mime.header_encode(b, charset=cs)
    return email.quoprimime.header_encode(b, charset=cs)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), a)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii", "strict") if isinstance(v, str) else \
                k.encode() + b": " + v + b"\n"
        return out + b"\n" + self.body


def encode_body(text, cs, cte):
    b = text.encode(cs) if isinstance(text, str) else text
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, fmt=None):
    if cs == "iso-8859-1" and isinstance(text, str):
        try:
            text.encode("iso-8859-1")
        except UnicodeEncodeError:
            cs = "windows-1252"  # what Outlook does when the text holds a euro sign
    if cs == "us-ascii" and isinstance(text, str) and not text.isascii():
        cs, cte = "utf-8", "quoted-printable"
    ct = 'text/%s; charset="%s"' % (sub, cs) if cs else "text/%s" % sub
    if fmt:
        ct += "; format=%s" % fmt
    h = [("Content-Type", ct)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    if extra:
        h += extra
    body = encode_body(text, cs or "us-ascii", cte or "7bit")
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(h, body)


def attach(data, ctype, filename, disp="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, base64.encodebytes(data))


def raw_part(headers, body):
    return Part(headers, body.encode("utf-8") if isinstance(body, str) else body)


def multi(sub, parts, boundary=None, params="", preamble=None, close=True):
    b = boundary or ("----=_Part_%d_%d.%d" % (rnd.randint(10000, 99999), rnd.randint(100000, 999999),
                                               rnd.randint(10 ** 12, 10 ** 13)))
    h = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, b, params))]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.render() + b"\n"
    if close:
        body += b"--" + b.encode() + b"--\n"
    return Part(h, body)


def msg(headers, part, crlf=False, mime_version=True):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        if not v.isascii():
            if k.lower() in ("from", "to", "cc", "reply-to") and v.endswith(">") and " <" in v:
                n, a = v.rsplit(" <", 1)
                v = addr(n.strip('"'), a[:-1])
            else:
                v = ew(v)
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if mime_version and not any(k.lower() == "mime-version" for k, _ in headers):
        out += b"MIME-Version: 1.0\n"
    out += part.render()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


# ---------------------------------------------------------------- tiny PDF
def pdf(lines):
    """A one-page PDF (Helvetica) with the given text lines (latin-1)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 790 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    cb = zlib.compress(content.encode("latin-1"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cb) + cb + b"\nendstream",
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


# ---------------------------------------------------------------- money formatting
def fr_amt(v, sep="\u00a0"):
    s = "%.2f" % v
    ent, dec = s.split(".")
    g = ""
    while len(ent) > 3:
        g = sep + ent[-3:] + g
        ent = ent[:-3]
    return ent + g + "," + dec


def en_amt(v):
    return "{:,.2f}".format(v)


# ---------------------------------------------------------------- the owner's reminders (quoted)
SIG_OWNER = ("Damien Kowalski\nKowalski Formation - Management & coaching d'équipes\n"
             "14 rue des Orfèvres, 67000 Strasbourg\n06 71 48 22 90 - www.kowalski-formation.fr")


def reminder_fr(inv, amt, issued, due, client_greet="Bonjour,"):
    return ("%s\n\nSauf erreur de ma part, la facture %s du %s, d'un montant de %s € TTC, "
            "arrivée à échéance le %s, n'a pas encore été réglée.\n\n"
            "Pourriez-vous me confirmer la date de règlement prévue ? Si le paiement a été "
            "effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
            "Bien cordialement,\n\n%s\n") % (client_greet, inv, issued, fr_amt(amt, " "), due, SIG_OWNER)


def reminder_en(inv, amt, issued, due):
    return ("Hello,\n\nAccording to my records, invoice %s dated %s for EUR %s was due on %s "
            "and is still outstanding.\n\nCould you let me know when payment is scheduled? If you "
            "have already paid, please disregard this message.\n\nBest regards,\n\n%s\n") % (
        inv, issued, en_amt(amt), due, SIG_OWNER)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_hdr_fr(day_txt, subj, to):
    return ("\n\nDe : Damien Kowalski <damien@kowalski-formation.fr>\nEnvoyé : %s\n"
            "À : %s\nObjet : %s\n\n") % (day_txt, to, subj)


def outlook_hdr_en(day_txt, subj, to):
    return ("\n\nFrom: Damien Kowalski <damien@kowalski-formation.fr>\nSent: %s\n"
            "To: %s\nSubject: %s\n\n") % (day_txt, to, subj)


def subj_fr(inv):
    return "Rappel : facture %s échue" % inv


def subj_en(inv):
    return "Reminder: invoice %s is overdue" % inv


# ---------------------------------------------------------------- output
def add(name, label, raw, lang, group, pattern, provider="", fidelity="synthetic", money=None,
        facts="", notes=""):
    fn = "%s/%s.eml" % (label, name)
    assert fn not in SEEN, fn
    SEEN.add(fn)
    os.makedirs(os.path.join(OUT, label), exist_ok=True)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
    row = dict.fromkeys(COLUMNS, "")
    row.update(file=fn, label=label, source_repo="synthetic", source_path=SCRIPT, source_commit="",
               license="written for dunnerd", fidelity=fidelity, lang=lang, provider=provider,
               source_group=group, pattern=pattern, facts=facts, split=SPLIT, notes=notes)
    if money:
        for k in ("direction", "amount", "currency", "payer", "reference", "value_date",
                  "counts_as_payment"):
            row[k] = money.get(k, "")
    for k, v in row.items():
        assert "\t" not in v and "\n" not in v, (fn, k)
    ROWS.append(row)


def money(direction, amount, currency="EUR", payer="", reference="", value_date="", cap="no"):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer,
                reference=reference, value_date=value_date, counts_as_payment=cap)


# ================================================================ HUMAN REPLIES
def human():
    L = "human_reply"

    # 1 Brasserie, Outlook FR, top-posted above Outlook header block, "vendredi"
    inv, amt = "F-2026-0412", 1480.00
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nToutes mes excuses pour ce retard, la facture était bloquée "
            "en validation chez notre DAF.\nJe fais le virement vendredi.\n\nBien cordialement,\n\n"
            "Laure Schmitt\nResponsable Développement RH\nBrasserie Kronenfeld SA\n"
            "3 route de Bischwiller - 67300 Schiltigheim\nTél. 03 88 19 44 27"
            + outlook_hdr_fr("lundi 30 novembre 2026 08:02", s, "Laure Schmitt <l.schmitt@kronenfeld-brasserie.fr>")
            + reminder_fr(inv, amt, "15/10/2026", "14/11/2026", "Bonjour Madame Schmitt,"))
    m = msg([("From", addr("Laure Schmitt", "l.schmitt@kronenfeld-brasserie.fr")), ("To", OWNER_FULL),
             ("Subject", ew("RE: " + s)), ("Date", D("Tue", 10, 41)),
             ("Message-ID", mid_outlook("PR3P192MB0714.EURP192.PROD.OUTLOOK.COM")),
             ("In-Reply-To", rem_id(412)), ("References", rem_id(412)),
             ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("Thread-Topic", ew(s))],
            multi("alternative", [leaf(body, cs="iso-8859-1"),
                                  leaf("<html><body><p>Bonjour Monsieur Kowalski,</p><p>Toutes mes excuses pour ce retard, la facture &eacute;tait bloqu&eacute;e en validation chez notre DAF.<br>Je fais le virement vendredi.</p><p>Bien cordialement,</p><p>Laure Schmitt<br>Responsable D&eacute;veloppement RH<br>Brasserie Kronenfeld SA</p></body></html>", "html", cs="iso-8859-1")]))
    add("kronenfeld_fr_virement_vendredi", L, m, "fr", "Brasserie Kronenfeld SA",
        "Outlook top-post above De:/Envoyé: block, 'vendredi'", facts="promise_date=2026-12-04")

    # 2 training org subcontracting, "paiement prévu le 15", Thunderbird, quoted with >
    inv, amt = "F-2026-0398", 2100.00
    s = subj_fr(inv)
    body = ("Bonjour Damien,\n\nMerci pour le rappel. Nous avons bien reçu le règlement du client final "
            "(Groupe Altmayer) la semaine dernière, ta facture de sous-traitance est donc débloquée : "
            "paiement prévu le 15.\n\nBonne journée,\nFrédérique\n\n-- \nFrédérique Wendling\n"
            "Coordinatrice pédagogique - Cap Compétences Grand Est\n"
            "Organisme de formation certifié Qualiopi - NDA 44 67 0xxxx 67\n\n"
            "Le 30/11/2026 à 08:05, Damien Kowalski a écrit :\n"
            + quote(reminder_fr(inv, amt, "02/10/2026", "01/11/2026", "Bonjour Frédérique,")))
    m = msg([("From", addr("Frédérique Wendling", "f.wendling@cap-competences-ge.fr")), ("To", OWNER_FULL),
             ("Subject", ew("Re: " + s)), ("Date", D("Wed", 14, 7)),
             ("Message-ID", "<%s-%s@cap-competences-ge.fr>" % (hexid(8), hexid(4))),
             ("In-Reply-To", rem_id(398)), ("References", rem_id(398)),
             ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
            leaf(body, cte="8bit", fmt="flowed"))
    add("capcompetences_fr_prevu_le_15", L, m, "fr", "Cap Compétences Grand Est",
        "subcontracting OF, 'paiement prévu le 15', tutoiement, > quoting",
        facts="promise_date=2026-12-15")

    # 3 CCI, "d'ici la fin de la semaine prochaine"
    inv, amt = "F-2026-0405", 3250.00
    s = subj_fr(inv)
    body = ("Monsieur,\n\nJe vous informe que votre facture %s a été transmise à notre service financier "
            "après service fait. Compte tenu du circuit de validation, le règlement devrait intervenir "
            "d'ici la fin de la semaine prochaine.\n\nJe reste à votre disposition.\n\n"
            "Cordialement,\n\nMarc-Olivier Heinrich\nChargé de mission Formation continue\n"
            "CCI Territoriale Rhin-Ried\n10 place de la Douane - 67600 Sélestat\n\n"
            "P Avant d'imprimer, pensez à l'environnement.\n") % inv
    m = msg([("From", addr("HEINRICH Marc-Olivier", "mo.heinrich@cci-rhinried.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Wed", 11, 26)),
             ("Message-ID", mid_outlook("cci-rhinried.fr")), ("In-Reply-To", rem_id(405)),
             ("References", rem_id(405)), ("X-Mailer", "Microsoft Outlook 16.0")],
            leaf(body, cs="windows-1252"))
    add("cci_rhinried_fr_fin_semaine_prochaine", L, m, "fr", "CCI Territoriale Rhin-Ried",
        "'d'ici la fin de la semaine prochaine', windows-1252 QP, formal",
        facts="promise_date=2026-12-11",
        notes="end of next week resolved to Friday 2026-12-11 (Date is Wed 2 Dec)")

    # 4 German client, German-flavoured English, payment run on the 10th
    inv, amt = "INV-0417", 2350.00
    s = subj_en(inv)
    body = ("Dear Mr. Kowalski,\n\nthank you for your reminder. Your invoice was checked and released "
            "by our department head last week. It will be paid with our next payment run on the 10th "
            "of December.\n\nPlease excuse the delay.\n\nMit freundlichen Grüßen / Kind regards\n\n"
            "Katrin Vogelsang\nPersonalentwicklung / HR Development\n\n"
            "Hofmann Logistik GmbH\nRheinhafenstraße 41 | 76189 Karlsruhe | Germany\n"
            "Tel. +49 721 9835-214\n\nSitz der Gesellschaft: Karlsruhe | Registergericht: Amtsgericht "
            "Mannheim HRB 70xxxx\nGeschäftsführer: Dr. Albrecht Hofmann, Sabine Kühn\n")
    m = msg([("From", addr("Vogelsang, Katrin", "katrin.vogelsang@hofmann-logistik.de")), ("To", OWNER_FULL),
             ("Subject", "AW: " + s), ("Date", D("Mon", 15, 33)),
             ("Message-ID", mid_outlook("hofmann-logistik.de")), ("In-Reply-To", rem_id(417)),
             ("References", rem_id(417)), ("Content-Language", "de-DE"),
             ("Thread-Index", "Ad" + alnum(28))],
            leaf(body, cs="iso-8859-1"))
    add("hofmann_en_payment_run_10th", L, m, "en", "Hofmann Logistik GmbH",
        "German HR, AW: prefix, 'payment run on the 10th of December', HRB signature",
        facts="promise_date=2026-12-10")

    # 5 Swiss client, French, already paid with PDF payment advice attached
    inv, amt = "F-2026-0389", 4200.00
    s = subj_fr(inv)
    txt = ("Bonjour Monsieur Kowalski,\n\nNous avons bien reçu votre rappel. Le paiement de la facture "
           "%s a été exécuté par notre banque le 27.11.2026 (montant EUR 4'200.00).\n"
           "Vous trouverez ci-joint l'avis de débit correspondant. Selon la banque, le crédit peut "
           "prendre 1 à 2 jours ouvrables pour un paiement SEPA depuis la Suisse.\n\n"
           "Avec nos meilleures salutations\n\nBeatrice Zürcher\nFinanzbuchhaltung / Comptabilité\n"
           "Rheinblick Pharma AG\nKlybeckstrasse 88, CH-4057 Bâle\n") % inv
    p = pdf(["Rheinblick Pharma AG - Zahlungsauftrag / Ordre de paiement",
             "Auftragsdatum / Date d'execution: 27.11.2026",
             "Belastetes Konto: CH93 0024 0240 xxxx xxxx 1  (EUR)",
             "Beguenstigter: Kowalski Formation, Damien Kowalski",
             "IBAN: FR76 1027 8010 xxxx xxxx xxxx 542   BIC: CMCIFR2A",
             "Betrag / Montant: EUR 4'200.00",
             "Mitteilung: F-2026-0389",
             "Status: ausgefuehrt / execute"])
    m = msg([("From", addr("Zürcher Beatrice", "beatrice.zuercher@rheinblick-pharma.ch")), ("To", OWNER),
             ("Subject", ew("AW: " + s)), ("Date", D("Mon", 16, 2)),
             ("Message-ID", mid_outlook("rheinblick-pharma.ch")), ("In-Reply-To", rem_id(389)),
             ("References", rem_id(389)), ("Content-Language", "fr-CH")],
            multi("mixed", [leaf(txt), attach(p, "application/pdf", "Zahlungsauftrag_20261127_F-2026-0389.pdf")]))
    add("rheinblick_fr_paye_27_11_pdf", L, m, "fr", "Rheinblick Pharma AG",
        "Swiss client, already paid with date, PDF payment order attached, 4'200.00 notation",
        facts="already_paid=2026-11-27")

    # 6 UK training company, "payment run is on Thursday"
    inv, amt = "INV-0421", 1750.00
    s = subj_en(inv)
    body = ("Hi Damien,\n\nThanks for the nudge - it's approved and sitting in the queue. Our payment run "
            "is on Thursday so you should see it early next week at the latest given it's a "
            "cross-border transfer.\n\nCheers,\nOwen\n\nOwen Pritchard | Operations Manager\n"
            "Northgate Learning Ltd\n")
    m = msg([("From", addr("Owen Pritchard", "owen.pritchard@northgate-learning.co.uk")), ("To", OWNER),
             ("Subject", "Re: " + s), ("Date", D("Mon", 13, 48, tz="+0000")),
             ("Message-ID", mid_gmail()), ("In-Reply-To", rem_id(421)), ("References", rem_id(421))],
            multi("alternative", [leaf(body, cte="7bit"),
                                  leaf("<div dir=\"ltr\">Hi Damien,<div><br></div><div>Thanks for the nudge - it's approved and sitting in the queue. Our payment run is on Thursday so you should see it early next week at the latest given it's a cross-border transfer.</div><div><br></div><div>Cheers,</div><div>Owen</div></div>", "html", cte="7bit")],
                  boundary="000000000000" + hexid(16)))
    add("northgate_en_payment_run_thursday", L, m, "en", "Northgate Learning Ltd",
        "Gmail, 'payment run is on Thursday' (Date Monday)", facts="promise_date=2026-12-03",
        notes="pay date is the payment run (Thu 3 Dec); arrival 'early next week' is an estimate")

    # 7 dispute: 1 day not 2
    inv, amt = "F-2026-0426", 2600.00
    s = subj_fr(inv)
    body = ("Bonjour,\n\nNous avons bien reçu votre relance, mais nous ne pouvons pas régler cette facture "
            "en l'état. La formation « Conduire l'entretien annuel » a été ramenée à une seule journée "
            "le 12 novembre, d'un commun accord avec vous au téléphone, or la facture porte sur deux "
            "jours (2 x 1 300 €).\n\nMerci de nous adresser un avoir ou une facture rectifiée.\n\n"
            "Cordialement\n\nAurélie Gasser\nAssistante RH\nMenuiseries Gasser & Fils\n")
    m = msg([("From", addr("Aurélie Gasser", "rh@menuiseries-gasser.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Tue", 9, 3)),
             ("Message-ID", mid_generic("menuiseries-gasser.fr")), ("In-Reply-To", rem_id(426)),
             ("References", rem_id(426))],
            leaf(body))
    add("gasser_fr_conteste_deux_jours", L, m, "fr", "Menuiseries Gasser & Fils",
        "dispute: one training day invoiced as two, asks for credit note",
        facts="dispute=yes;request_invoice=yes", notes="asks for a corrected invoice or credit note")

    # 8 OPCO split: company paid its share
    inv, amt = "F-2026-0402", 1680.00
    s = subj_fr(inv)
    body = ("Bonjour M. Kowalski,\n\nPour cette formation financée en partie par l'OPCO EP, nous avons "
            "réglé notre reste à charge (504,00 €) par virement le 20 novembre.\nLe solde (1 176,00 €) "
            "est pris en charge par l'OPCO en subrogation de paiement : c'est donc à eux qu'il faut "
            "adresser la facture avec le certificat de réalisation, sur leur portail.\n\n"
            "Cordialement,\nSandrine Muller\nCabinet dentaire des Tanneurs - Colmar\n\n"
            "-----Message d'origine-----\nDe : Damien Kowalski [mailto:damien@kowalski-formation.fr]\n"
            "Envoyé : lundi 30 novembre 2026 08:10\nObjet : " + s + "\n\n"
            + reminder_fr(inv, amt, "06/10/2026", "05/11/2026"))
    m = msg([("From", addr("Cabinet dentaire des Tanneurs", "secretariat@dentaire-tanneurs.fr")),
             ("To", OWNER), ("Subject", ew("RE: " + s)), ("Date", D("Mon", 17, 20)),
             ("Message-ID", mid_outlook("dentaire-tanneurs.fr")), ("In-Reply-To", rem_id(402))],
            leaf(body, cs="windows-1252"))
    add("tanneurs_fr_opco_part_payee", L, m, "fr", "Cabinet dentaire des Tanneurs",
        "OPCO subrogation: company says its share paid on 20 Nov, rest due by OPCO",
        facts="already_paid=2026-11-20",
        notes="only the company's share (504.00) is said paid; the OPCO share remains")

    # 9 negation: nous ne contestons pas ... OPCO waits for attendance sheet
    inv, amt = "F-2026-0409", 2940.00
    s = subj_fr(inv)
    body = ("Bonjour Damien,\n\nNous ne contestons pas la facture, rassurez-vous ! Le blocage vient de "
            "l'OPCO Atlas : ils attendent les feuilles d'émargement signées par demi-journée avant de "
            "débloquer leur prise en charge. Pouvez-vous me les renvoyer (les scans du 19 et 20/10) ?\n"
            "Dès que c'est transmis je vous tiens au courant.\n\nBien à vous,\nCéline\n\n"
            "Céline Obrecht | Chargée de formation | Sobeval Ingénierie\n")
    m = msg([("From", addr("Céline Obrecht", "celine.obrecht@sobeval.fr")), ("To", OWNER_FULL),
             ("Subject", ew("RE: " + s)), ("Date", D("Wed", 9, 51)),
             ("Message-ID", mid_outlook("sobeval.fr")), ("In-Reply-To", rem_id(409)),
             ("References", rem_id(409))],
            leaf(body))
    add("sobeval_fr_ne_contestons_pas_emargement", L, m, "fr", "Sobeval Ingénierie",
        "negation 'nous ne contestons pas'; asks for attendance sheets, not invoice",
        notes="no dispute, no promise; requests émargement documents only")

    # 10 "je n'ai pas encore pu payer" ... début janvier, tu, iPhone
    inv, amt = "F-2026-0377", 900.00
    s = subj_fr(inv)
    body = ("Salut Damien,\n\nJe sais, je sais... Je n'ai pas encore pu payer, la tréso est vraiment "
            "tendue ce mois-ci (un gros client qui nous paie à 90 jours). Je te règle ça début janvier, "
            "promis.\n\nDésolé encore\nJulien\n\nEnvoyé de mon iPhone\n\n"
            "> Le 1 déc. 2026 à 08:03, Damien Kowalski <damien@kowalski-formation.fr> a écrit :\n>\n"
            + quote(reminder_fr(inv, amt, "14/09/2026", "14/10/2026", "Bonjour Julien,")))
    m = msg([("From", addr("Julien Haas", "julien@atelier-haas-design.fr")), ("To", OWNER_FULL),
             ("Subject", ew("Re: " + s)), ("Date", D("Tue", 22, 17)),
             ("Message-ID", mid_apple("atelier-haas-design.fr")), ("In-Reply-To", rem_id(377)),
             ("References", rem_id(377)), ("X-Mailer", "iPhone Mail (22B91)"),
             ("Content-Type", None)],
            leaf(body, cte="quoted-printable"))
    add("haas_fr_pas_encore_pu_payer_debut_janvier", L, m, "fr", "Atelier Haas Design",
        "negation 'je n'ai pas encore pu payer', 'début janvier', tu, iPhone",
        facts="promise_date=early_2027-01")

    # 11 RIB request
    inv, amt = "F-2026-0415", 1320.00
    s = subj_fr(inv)
    body = ("Bonjour,\n\nNotre service comptable a changé de logiciel au 1er novembre et les coordonnées "
            "bancaires de nos fournisseurs n'ont pas toutes été reprises. Pourriez-vous nous renvoyer "
            "votre RIB (sur papier à en-tête si possible) ?\nLa facture sera ensuite payée rapidement.\n\n"
            "Merci d'avance,\n\nNadia Benali\nComptabilité fournisseurs\nTransports Rhénans Kieffer\n")
    m = msg([("From", addr("Nadia Benali", "compta.fournisseurs@kieffer-transports.fr")), ("To", OWNER),
             ("Subject", ew("TR: " + s)), ("Date", D("Thu", 10, 2)),
             ("Message-ID", mid_outlook("kieffer-transports.fr")), ("In-Reply-To", rem_id(415))],
            leaf(body, cs="iso-8859-1"))
    add("kieffer_fr_demande_rib", L, m, "fr", "Transports Rhénans Kieffer",
        "accounts payable asks for RIB after software change, replies from shared mailbox",
        facts="request_rib=yes")

    # 12 request invoice, short, from other address (personal)
    inv = "F-2026-0419"
    s = subj_fr(inv)
    body = ("Bonsoir,\nje ne retrouve pas cette facture dans ma boîte pro, vous pouvez me la renvoyer sur "
            "cette adresse ? je la passe en paiement demain.\nMerci\nIsabelle Roth\n")
    m = msg([("From", addr("Isabelle Roth", "isa.roth67@example.net")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Tue", 21, 40)),
             ("Message-ID", mid_gmail())],
            leaf(body, cte="8bit"))
    add("roth_fr_renvoyer_facture_autre_adresse", L, m, "fr", "Pharmacie Roth (Isabelle Roth)",
        "reply from personal address, no In-Reply-To, asks invoice again, 'demain'",
        facts="request_invoice=yes;promise_date=2026-12-02",
        notes="'je la passe en paiement demain' -> Wed 2 Dec")

    # 13 PO number missing
    inv, amt = "F-2026-0431", 3900.00
    s = subj_fr(inv)
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;} --></style></head><body lang=\"FR\"><div class=\"WordSection1\">"
            "<p class=\"MsoNormal\">Bonjour Monsieur,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\">Votre facture ne peut pas &ecirc;tre trait&eacute;e car elle ne mentionne pas "
            "notre num&eacute;ro de bon de commande (<b>BC-2026-11873</b>). Conform&eacute;ment &agrave; nos "
            "conditions d&rsquo;achat, merci de nous renvoyer une facture comportant ce num&eacute;ro &agrave; "
            "l&rsquo;adresse <a href=\"mailto:factures@groupe-altmayer.fr\">factures@groupe-altmayer.fr</a>.<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Cordialement,<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><b>Thomas Keller</b><br>Acheteur Services G&eacute;n&eacute;raux<br>"
            "Groupe Altmayer<o:p></o:p></p><p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:gray\">"
            "Ce message et ses pi&egrave;ces jointes sont confidentiels et &eacute;tablis &agrave; l&rsquo;attention "
            "exclusive de leurs destinataires. Toute utilisation ou diffusion non autoris&eacute;e est interdite. "
            "Si vous avez re&ccedil;u ce message par erreur, merci de le d&eacute;truire et d&rsquo;en avertir "
            "imm&eacute;diatement l&rsquo;exp&eacute;diteur.</span></p></div></body></html>")
    m = msg([("From", addr("KELLER Thomas", "thomas.keller@groupe-altmayer.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Tue", 11, 15)),
             ("Message-ID", mid_outlook("AM9PR02MB7411.eurprd02.prod.outlook.com")),
             ("In-Reply-To", rem_id(431)), ("References", rem_id(431)), ("X-MS-Has-Attach", "")],
            leaf(html, "html"))
    add("altmayer_fr_html_bon_de_commande", L, m, "fr", "Groupe Altmayer",
        "HTML-only Outlook, missing PO number, asks re-issued invoice, confidentiality footer",
        facts="request_invoice=yes")

    # 14 one word "Noté."
    s = subj_fr("F-2026-0433")
    m = msg([("From", addr("Pascal Wolff", "p.wolff@imprimerie-wolff.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Thu", 7, 58)),
             ("Message-ID", mid_generic("imprimerie-wolff.fr")), ("In-Reply-To", rem_id(433)),
             ("References", rem_id(433))],
            leaf("Noté.\n\nP. Wolff\n", cte="8bit", cs="iso-8859-1"))
    add("wolff_fr_note", L, m, "fr", "Imprimerie Wolff", "one-word reply 'Noté.'")

    # 15 ok merci iPhone
    s = subj_fr("F-2026-0408")
    m = msg([("From", addr("Sophie Lang", "sophie.lang@lang-immobilier.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Fri", 12, 4)),
             ("Message-ID", mid_apple("lang-immobilier.fr")), ("In-Reply-To", rem_id(408)),
             ("X-Mailer", "iPhone Mail (22B91)")],
            leaf("ok merci\n\nEnvoyé de mon iPhone\n", cte="7bit", cs="us-ascii"))
    add("lang_fr_ok_merci_iphone", L, m, "fr", "Lang Immobilier", "two words + 'Envoyé de mon iPhone'")

    # 16 forward to colleague, owner in Cc
    inv, amt = "F-2026-0420", 2450.00
    s = subj_fr(inv)
    body = ("Bonjour Sophie,\n\nPeux-tu regarder ce rappel de M. Kowalski ? Il s'agit du cycle "
            "« Manager en transversal » de septembre-octobre (bon de commande 4500231187). Je pensais "
            "que c'était parti avec le lot de fin octobre.\n\nMerci et bonne journée,\nGuillaume\n\n"
            "Guillaume Ritter\nDirecteur des Ressources Humaines\nEurodécolletage Vosges-Alsace\n\n"
            "________________________________\nDe : Damien Kowalski <damien@kowalski-formation.fr>\n"
            "Envoyé : lundi 30 novembre 2026 08:12\nÀ : Guillaume Ritter <g.ritter@eurodecolletage.fr>\n"
            "Objet : " + s + "\n\n" + reminder_fr(inv, amt, "30/09/2026", "30/10/2026", "Bonjour Monsieur Ritter,"))
    m = msg([("From", addr("Guillaume Ritter", "g.ritter@eurodecolletage.fr")),
             ("To", addr("Sophie Meyer", "s.meyer@eurodecolletage.fr")), ("Cc", OWNER_FULL),
             ("Subject", ew("TR: " + s)), ("Date", D("Mon", 9, 37)),
             ("Message-ID", mid_outlook("eurodecolletage.fr")), ("References", rem_id(420))],
            leaf(body))
    add("eurodecolletage_fr_transfert_collegue_cc", L, m, "fr", "Eurodécolletage Vosges-Alsace",
        "internal forward to accounting colleague, owner in Cc, TR:, no In-Reply-To")

    # 17 German GmbH, already paid, long disclaimer
    inv, amt = "INV-0411", 1950.00
    s = subj_en(inv)
    body = ("Dear Mr Kowalski,\n\nplease note that this invoice was already paid on 24.11.2026 by bank "
            "transfer to the IBAN on your invoice (FR76 1027 8010 ...). Our reference was "
            "\"ZV 2026-11-24 / INV-0411\".\n\nPlease check again your account.\n\nBest regards\n\n"
            "i.A. Jörg Brenner\nKreditorenbuchhaltung / Accounts Payable\n\nSchwarzwald Präzision GmbH\n"
            "Industriestr. 12 | 77694 Kehl | Deutschland\nwww.schwarzwald-praezision.example\n\n"
            "Sitz der Gesellschaft: Kehl, Amtsgericht Freiburg i. Br. HRB 71xxxx, USt-IdNr. DE 28xxxxxxx\n"
            "Geschäftsführung: Markus Fehrenbach, Dipl.-Ing. Petra Wössner\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht "
            "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte "
            "sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die "
            "unbefugte Weitergabe dieser Mail ist nicht gestattet.\n\nThis e-mail may contain confidential "
            "and/or privileged information. If you are not the intended recipient (or have received this "
            "e-mail in error) please notify the sender immediately and destroy this e-mail. Any "
            "unauthorised copying, disclosure or distribution of the material in this e-mail is strictly "
            "forbidden.\n\nInformationen zum Datenschutz finden Sie unter "
            "www.schwarzwald-praezision.example/datenschutz\n")
    m = msg([("From", addr("Brenner, Jörg", "kreditoren@schwarzwald-praezision.example")), ("To", OWNER),
             ("Subject", "AW: " + s), ("Date", D("Tue", 8, 19)),
             ("Message-ID", mid_outlook("schwarzwald-praezision.example")), ("In-Reply-To", rem_id(411))],
            leaf(body, cs="iso-8859-1"))
    add("schwarzwald_en_already_paid_disclaimer", L, m, "en", "Schwarzwald Präzision GmbH",
        "German AP, already paid 24.11.2026, long bilingual legal disclaimer",
        facts="already_paid=2026-11-24")

    # 18 HTML-only Outlook: paid on 8 December
    inv, amt = "F-2026-0428", 1560.00
    s = subj_fr(inv)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head>"
            "<body dir=\"ltr\"><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">"
            "Bonjour Monsieur Kowalski,</div><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; "
            "font-size: 12pt;\"><br></div><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; "
            "font-size: 12pt;\">Le r\xe8glement de votre facture sera effectu\xe9 par virement le 8 d\xe9cembre, "
            "avec notre campagne de paiement mensuelle.</div><div><br></div><div>Cordialement,</div>"
            "<div>Val\xe9rie Fuchs<br>Service Comptabilit\xe9 - Clinique Sainte-Odile du Kochersberg</div>"
            "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
            "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>De :</b> Damien "
            "Kowalski &lt;damien@kowalski-formation.fr&gt;<br><b>Envoy\xe9 :</b> mardi 1 d\xe9cembre 2026 08:04<br>"
            "<b>Objet :</b> " + s.replace("é", "\xe9") + "</font><div>&nbsp;</div></div>"
            "<div>Bonjour,<br><br>Sauf erreur de ma part, la facture " + inv + " ... n'a pas encore \xe9t\xe9 "
            "r\xe9gl\xe9e.</div></body></html>")
    m = msg([("From", addr("Valérie Fuchs", "v.fuchs@clinique-ste-odile.fr", "iso-8859-1")), ("To", OWNER),
             ("Subject", ew("RE: " + s, "iso-8859-1")), ("Date", D("Tue", 14, 55)),
             ("Message-ID", mid_outlook("PAXP193MB1622.EURP193.PROD.OUTLOOK.COM")),
             ("In-Reply-To", rem_id(428)), ("References", rem_id(428)),
             ("X-MS-Exchange-Organization-SCL", "-1")],
            leaf(html.encode("latin-1"), "html", cs="iso-8859-1"))
    add("steodile_fr_html_only_8_decembre", L, m, "fr", "Clinique Sainte-Odile du Kochersberg",
        "HTML-only new Outlook, iso-8859-1, 'le 8 décembre', quoted divRplyFwdMsg",
        facts="promise_date=2026-12-08")

    # 19 informal "je te fais le virement ce soir"
    inv = "F-2026-0435"
    s = subj_fr(inv)
    body = ("Salut Damien !\n\nOups, complètement zappé avec le déménagement des bureaux. Je te fais le "
            "virement ce soir, tu devrais l'avoir lundi.\n\nEncore merci pour l'atelier avec l'équipe, "
            "tout le monde en parle encore :)\n\nBises,\nMaud\n\n---\nMaud Kessler\nFondatrice - Studio "
            "Kessler & Co\n")
    m = msg([("From", addr("Maud Kessler", "maud@studio-kessler.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Thu", 18, 22)),
             ("Message-ID", mid_gmail()), ("In-Reply-To", rem_id(435)), ("References", rem_id(435))],
            multi("alternative", [leaf(body, cte="quoted-printable"),
                                  leaf("<div dir=\"ltr\">Salut Damien !<br><br>Oups, compl&egrave;tement zapp&eacute; avec le d&eacute;m&eacute;nagement des bureaux. Je te fais le virement ce soir, tu devrais l'avoir lundi.<br><br>Encore merci pour l'atelier avec l'&eacute;quipe, tout le monde en parle encore :)<br><br>Bises,<br>Maud</div>", "html", cte="7bit", cs="UTF-8")],
                  boundary="0000000000005e" + hexid(14)))
    add("kessler_fr_tu_virement_ce_soir", L, m, "fr", "Studio Kessler & Co",
        "tutoiement, 'ce soir' (Thu 3 Dec), arrival 'lundi'", facts="promise_date=2026-12-03")

    # 20 already paid no date
    inv = "F-2026-0392"
    s = subj_fr(inv)
    body = ("Monsieur,\n\nNous avons bien réglé cette facture. Merci de vérifier de votre côté avant de "
            "nous relancer.\n\nSalutations,\n\nG. Hartmann\nHartmann Automatismes SARL\n\n"
            "> " + s + "\n")
    m = msg([("From", addr("Gérard Hartmann", "contact@hartmann-automatismes.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Mon", 11, 3)),
             ("Message-ID", mid_generic("hartmann-automatismes.fr")), ("In-Reply-To", rem_id(392))],
            leaf(body, cs="iso-8859-1", cte="8bit"))
    add("hartmann_fr_deja_regle_sans_date", L, m, "fr", "Hartmann Automatismes SARL",
        "curt 'already paid' without date, 8bit latin-1", facts="already_paid=claimed")

    # 21 client forwards its bank's confirmation (inline forward)
    inv, amt = "F-2026-0416", 1240.00
    s = subj_fr(inv)
    body = ("Bonjour,\n\nCi-dessous la confirmation de notre banque, le virement est parti lundi.\n\n"
            "Bonne journée\nEmilie Schweitzer\nAssociation Aide à Domicile Pays de Hanau\n\n"
            "---------- Forwarded message ---------\nDe : Crédit Agricole Alsace Vosges "
            "<ne-pas-repondre@credit-agricole.fr>\nDate: lun. 30 nov. 2026 à 16:12\nSubject: Confirmation "
            "de votre virement\nTo: <comptabilite@aad-hanau.fr>\n\n\nMadame, Monsieur,\n\nNous vous "
            "confirmons l'exécution de votre virement SEPA :\n\nCompte débité : COMPTE COURANT ASSOCIATION "
            "n° ****8841\nBénéficiaire : KOWALSKI FORMATION\nMontant : 1 240,00 EUR\nDate d'exécution : "
            "30/11/2026\nMotif : FACT F-2026-0416\n\nCordialement,\nVotre Caisse régionale\n")
    m = msg([("From", addr("Emilie Schweitzer", "comptabilite@aad-hanau.fr")), ("To", OWNER),
             ("Subject", ew("Fwd: Confirmation de votre virement")), ("Date", D("Tue", 9, 10)),
             ("Message-ID", mid_gmail())],
            leaf(body))
    add("aadhanau_fr_forward_confirmation_banque", L, m, "fr", "Association Aide à Domicile Pays de Hanau",
        "client forwards its bank's transfer confirmation inline (Gmail Fwd)",
        facts="already_paid=2026-11-30",
        notes="contains a bank-notice text, but it is the client's debit forwarded by a person")

    # 22 VAT question
    inv = "F-2026-0437"
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nAvant de mettre la facture en paiement j'ai une question : elle "
            "est émise sans TVA avec la mention « exonération de TVA, article 261-4-4° a du CGI ». "
            "Notre expert-comptable me demande si vous disposez bien d'une attestation de la DREETS "
            "(exonération formation professionnelle continue) et si vous pouvez nous en transmettre une "
            "copie.\n\nMerci,\nHélène Bauer\nOptique Bauer - 4 magasins en Alsace\n")
    m = msg([("From", addr("Hélène Bauer", "helene@optique-bauer.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Thu", 15, 12)),
             ("Message-ID", mid_generic("optique-bauer.fr")), ("In-Reply-To", rem_id(437))],
            leaf(body))
    add("bauer_fr_question_tva_exoneration", L, m, "fr", "Optique Bauer",
        "question on VAT exemption for training, asks an attestation (not the invoice)")

    # 23 complaint: too many reminders, 60 jours fin de mois -> 31/12
    inv, amt = "F-2026-0429", 5400.00
    s = subj_fr(inv)
    body = ("Monsieur Kowalski,\n\nC'est la troisième relance que je reçois en deux semaines pour cette "
            "facture, ce qui me paraît un peu excessif. Je vous rappelle que notre bon de commande "
            "prévoit un paiement à 60 jours fin de mois : la facture du 15 octobre sera donc payée le "
            "31 décembre, comme toutes nos factures fournisseurs.\n\nMerci de mettre à jour vos "
            "échéances.\n\nPhilippe Diebold\nDirecteur administratif et financier\nLaboratoires Vogesia\n")
    m = msg([("From", addr("Philippe Diebold", "p.diebold@vogesia-labo.fr")), ("To", OWNER),
             ("Cc", addr("Anne Striebig", "a.striebig@vogesia-labo.fr")),
             ("Subject", ew("RE: " + s)), ("Date", D("Thu", 16, 44)),
             ("Message-ID", mid_outlook("vogesia-labo.fr")), ("In-Reply-To", rem_id(429)),
             ("References", rem_id(429))],
            leaf(body))
    add("vogesia_fr_plainte_relances_60j_fdm", L, m, "fr", "Laboratoires Vogesia",
        "complaint about reminder frequency, 60 jours fin de mois -> 31 Dec",
        facts="promise_date=2026-12-31",
        notes="contests the due date, not the invoice or the work: no dispute fact")

    # 24 dispute: cancelled coaching session
    inv, amt = "F-2026-0423", 1800.00
    s = subj_fr(inv)
    body = ("Bonjour Damien,\n\nJe reviens vers toi au sujet de cette facture : la 6e séance de coaching "
            "de Mme Keller (le 6 novembre) n'a pas eu lieu puisque tu l'as annulée la veille. Elle "
            "apparaît pourtant sur la facture. Je ne peux pas valider le paiement tant que ce point "
            "n'est pas corrigé.\n\nMerci,\nKarim\n\nKarim Aït-Mansour\nHRBP - Solvéa Assurances\n")
    m = msg([("From", addr("Karim Aït-Mansour", "karim.ait-mansour@solvea-assurances.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Tue", 17, 1)),
             ("Message-ID", mid_outlook("solvea-assurances.fr")), ("In-Reply-To", rem_id(423))],
            leaf(body, cte="base64"))
    add("solvea_fr_seance_annulee_facturee", L, m, "fr", "Solvéa Assurances",
        "dispute: cancelled session invoiced, base64 text body", facts="dispute=yes")

    # 25 partial cette semaine + solde janvier
    inv, amt = "F-2026-0403", 2700.00
    s = subj_fr(inv)
    body = ("Bonjour,\n\nNous allons vous régler 1 200 € cette semaine, et le solde de 1 500 € en janvier "
            "si cela vous convient. Nous traversons une période compliquée suite à la perte d'un marché.\n\n"
            "Bien cordialement,\nChristophe Eber\nGérant - Eber Paysage\n")
    m = msg([("From", addr("Christophe Eber", "c.eber@eber-paysage.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Tue", 12, 30)),
             ("Message-ID", mid_generic("eber-paysage.fr")), ("In-Reply-To", rem_id(403))],
            leaf(body))
    add("eber_fr_acompte_cette_semaine_solde_janvier", L, m, "fr", "Eber Paysage",
        "partial payment 'cette semaine' + balance 'en janvier'",
        facts="promise_date=week_of_2026-11-30",
        notes="1200 this week, balance 1500 in January (month only)")

    # 26 la semaine prochaine, English from Swiss
    inv, amt = "INV-0424", 3100.00
    s = subj_en(inv)
    body = ("Dear Mr. Kowalski\n\nThank you for your mail. Unfortunately the responsible person for the "
            "approval is in holiday this week. The payment will be done next week.\n\nThank you for "
            "your comprehension.\n\nKind regards\nReto Gisler\nHR Services\nAlpstein Versicherungen AG, "
            "St. Gallen\n")
    m = msg([("From", addr("Gisler Reto", "reto.gisler@alpstein-versicherungen.ch")), ("To", OWNER),
             ("Subject", "AW: " + s), ("Date", D("Wed", 10, 5)),
             ("Message-ID", mid_outlook("alpstein-versicherungen.ch")), ("In-Reply-To", rem_id(424))],
            leaf(body, cs="us-ascii", cte="7bit"))
    add("alpstein_en_next_week_swiss", L, m, "en", "Alpstein Versicherungen AG",
        "Swiss German-flavoured English, 'next week'", facts="promise_date=week_of_2026-12-07")

    # 27 5 working days
    inv, amt = "INV-0430", 980.00
    s = subj_en(inv)
    body = ("Hello Damien,\n\nApologies - our AP mailbox had your invoice flagged as a duplicate. It has "
            "now been approved and payment will be made within the next 5 working days.\n\nKind regards,\n"
            "Priya Raman\nFinance Assistant | Meridian Talent Partners (Luxembourg) S.A.\n")
    m = msg([("From", addr("Priya Raman", "ap@meridian-talent.lu")), ("To", OWNER),
             ("Subject", "RE: " + s), ("Date", D("Wed", 13, 20)),
             ("Message-ID", mid_outlook("meridian-talent.lu")), ("In-Reply-To", rem_id(430))],
            leaf(body, cte="7bit", cs="us-ascii"))
    add("meridian_en_five_working_days", L, m, "en", "Meridian Talent Partners",
        "'within the next 5 working days'", facts="promise_date=2026-12-09",
        notes="Wed 2 Dec + 5 working days = Wed 9 Dec (upper bound)")

    # 28 wrong amount dispute + corrected invoice
    inv, amt = "F-2026-0414", 1850.00
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nLe montant facturé ne correspond pas au devis signé "
            "(D-2026-088 : 1 650,00 € HT pour la journée + frais de déplacement forfaitaires inclus). "
            "Votre facture indique 1 850,00 €, avec des frais de déplacement en sus.\n"
            "Pouvez-vous nous faire parvenir une facture rectifiée ? Nous la réglerons à réception.\n\n"
            "Cordialement,\n\nMarion Lutz\nService Formation\nMutuelle Rhin-Moselle\n")
    m = msg([("From", addr("Marion Lutz", "formation@mutuelle-rhin-moselle.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Mon", 14, 14)),
             ("Message-ID", mid_outlook("mutuelle-rhin-moselle.fr")), ("In-Reply-To", rem_id(414))],
            leaf(body, cs="windows-1252"))
    add("mrm_fr_montant_different_du_devis", L, m, "fr", "Mutuelle Rhin-Moselle",
        "dispute on amount vs signed quote, asks corrected invoice",
        facts="dispute=yes;request_invoice=yes")

    # 29 IBAN BIC english, new supplier form
    inv = "INV-0427"
    s = subj_en(inv)
    body = ("Hi,\n\nCould you please send us your IBAN and BIC again, together with a bank confirmation "
            "letter (RIB) on your bank's letterhead? Our new vendor onboarding process requires it "
            "before any payment can be released, for fraud prevention reasons.\n\nThanks,\n"
            "Lena Hoffmeister\nVendor Master Data | Süddeutsche Medizintechnik AG\n")
    m = msg([("From", addr("Lena Hoffmeister", "vendor.masterdata@sued-medtech.example")), ("To", OWNER),
             ("Subject", "RE: " + s), ("Date", D("Thu", 9, 44)),
             ("Message-ID", mid_outlook("sued-medtech.example")), ("In-Reply-To", rem_id(427))],
            leaf(body, cte="7bit", cs="us-ascii"))
    add("suedmedtech_en_iban_bic_letter", L, m, "en", "Süddeutsche Medizintechnik AG",
        "vendor master data asks IBAN/BIC + bank letter", facts="request_rib=yes")

    # 30 Swiss AP address, request invoice to kreditoren
    inv = "INV-0419"
    s = subj_en(inv)
    body = ("Dear Sir\n\nWe could not find your invoice in our system. Please note that all invoices must "
            "be sent as PDF to kreditoren@bodensee-maschinen.ch, our AP team does not process invoices "
            "sent to individual employees. Can you kindly resend it there?\n\nFreundliche Grüsse\n"
            "Simone Egli\nEinkauf\nBodensee Maschinenbau AG, Romanshorn\n")
    m = msg([("From", addr("Egli Simone", "simone.egli@bodensee-maschinen.ch")), ("To", OWNER),
             ("Subject", "AW: " + s), ("Date", D("Fri", 8, 31)),
             ("Message-ID", mid_outlook("bodensee-maschinen.ch")), ("In-Reply-To", rem_id(419))],
            leaf(body, cs="us-ascii", cte="7bit"))
    add("bodensee_en_resend_invoice_kreditoren", L, m, "en", "Bodensee Maschinenbau AG",
        "Swiss: resend invoice to AP address ('Freundliche Grüsse')", facts="request_invoice=yes")

    # 31 top-posted short "Le virement est parti ce matin."
    inv, amt = "F-2026-0418", 760.00
    s = subj_fr(inv)
    body = ("Le virement est parti ce matin.\nCdt\nF. Zimmer\n\n"
            "Le mer. 2 déc. 2026 à 08:06, Damien Kowalski <damien@kowalski-formation.fr> a écrit :\n\n"
            + quote(reminder_fr(inv, amt, "21/10/2026", "20/11/2026")))
    m = msg([("From", addr("Francis Zimmer", "francis.zimmer@zimmer-elec.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Wed", 11, 50)),
             ("Message-ID", mid_gmail()), ("In-Reply-To", rem_id(418)), ("References", rem_id(418))],
            leaf(body))
    add("zimmer_fr_parti_ce_matin", L, m, "fr", "Zimmer Électricité",
        "one line top-posted above Gmail quote 'parti ce matin'", facts="already_paid=2026-12-02")

    # 32 Je m'en occupe
    s = subj_fr("F-2026-0436")
    m = msg([("From", addr("Thierry Spiegel", "t.spiegel@spiegel-btp.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Fri", 10, 13)),
             ("Message-ID", mid_outlook("spiegel-btp.fr")), ("In-Reply-To", rem_id(436))],
            leaf("Bonjour,\nJe m'en occupe.\nT. Spiegel\n\nEnvoyé depuis Outlook pour Android\n"))
    add("spiegel_fr_je_men_occupe", L, m, "fr", "Spiegel BTP", "short, no date, Outlook for Android")

    # 33 never received invoice, with negation
    inv = "F-2026-0425"
    s = subj_fr(inv)
    body = ("Bonjour Monsieur,\n\nNous ne contestons absolument pas la qualité de votre intervention, "
            "les participants étaient ravis. En revanche nous n'avons jamais reçu la facture %s : "
            "pouvez-vous nous l'envoyer à factures@cliniquevet-ill.fr ?\n\nCordialement,\nDr Anne "
            "Wicker\nClinique vétérinaire de l'Ill\n") % inv
    m = msg([("From", addr("Anne Wicker", "anne.wicker@cliniquevet-ill.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Mon", 19, 5)),
             ("Message-ID", mid_apple("cliniquevet-ill.fr")), ("In-Reply-To", rem_id(425)),
             ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
            leaf(body, fmt="flowed"))
    add("cliniquevet_fr_jamais_recu_facture", L, m, "fr", "Clinique vétérinaire de l'Ill",
        "negation 'nous ne contestons absolument pas' + never received invoice",
        facts="request_invoice=yes")

    # 34 mailing list post from a person
    body = ("Bonjour à toutes et à tous,\n\nJ'ai eu mon audit de surveillance Qualiopi la semaine "
            "dernière (à distance, 1/2 journée). Petit retour pour ceux qui passent bientôt : "
            "l'auditrice a insisté sur l'indicateur 11 (évaluation des acquis) et sur la traçabilité "
            "des réclamations. Si vous n'avez pas de registre des réclamations, même vide, faites-en "
            "un !\n\nQuelqu'un a-t-il une trame de questionnaire à froid à 3 mois qu'il accepte de "
            "partager ?\n\nBelle journée,\nNathalie Grasser - formatrice indépendante, Mulhouse\n\n"
            "--\nVous recevez ce message car vous êtes abonné(e) à la liste formateurs-ge.\n"
            "Pour vous désabonner : formateurs-ge-unsubscribe@listes.reseau-formateurs-ge.fr\n")
    m = msg([("From", addr("Nathalie Grasser", "nathalie.grasser@example.org")),
             ("To", "formateurs-ge@listes.reseau-formateurs-ge.fr"),
             ("Subject", ew("[formateurs-ge] Retour audit de surveillance Qualiopi")),
             ("Date", D("Wed", 8, 2)), ("Message-ID", mid_generic("example.org")),
             ("List-Id", "<formateurs-ge.listes.reseau-formateurs-ge.fr>"),
             ("List-Unsubscribe", "<mailto:formateurs-ge-unsubscribe@listes.reseau-formateurs-ge.fr>"),
             ("Precedence", "list"), ("Sender", "formateurs-ge-bounces@listes.reseau-formateurs-ge.fr")],
            leaf(body, cte="8bit"))
    add("liste_formateurs_fr_retour_qualiopi", L, m, "fr", "liste formateurs-ge",
        "mailing-list post written by a person (List-Id, Precedence: list)")

    # 35 fellow trainer, co-animation
    body = ("Salut Damien,\n\nTu serais dispo le jeudi 14 janvier pour co-animer une journée « gestion "
            "des conflits » chez un client à Haguenau ? 12 participants, je pense qu'on serait bien à "
            "deux. Je te propose 650 € HT la journée, facturés à Cap Compétences comme d'habitude.\n\n"
            "Dis-moi vite, ils veulent confirmer avant les vacances.\n\nÀ+\nSébastien\n")
    m = msg([("From", addr("Sébastien Hoerth", "sebastien@hoerth-conseil.fr")), ("To", OWNER),
             ("Subject", ew("Co-anim 14 janvier ?")), ("Date", D("Thu", 13, 2)),
             ("Message-ID", mid_gmail())],
            leaf(body, cte="8bit"))
    add("hoerth_fr_co_animation_janvier", L, m, "fr", "Hoerth Conseil",
        "fellow trainer proposes work, fresh mail, mentions money but no invoice")

    # 36 German-language: Zahlung am Montag
    inv, amt = "INV-0432", 1200.00
    s = subj_en(inv)
    body = ("Sehr geehrter Herr Kowalski,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung wurde heute "
            "freigegeben, die Zahlung erfolgt am kommenden Montag.\n\nMit freundlichen Grüßen\n"
            "Monika Bäuerle\nSekretariat Geschäftsleitung\nBäuerle Werkzeugbau GmbH & Co. KG, Offenburg\n")
    m = msg([("From", addr("Monika Bäuerle", "m.baeuerle@baeuerle-werkzeugbau.de", "iso-8859-1")),
             ("To", OWNER), ("Subject", "AW: " + s), ("Date", D("Thu", 11, 8)),
             ("Message-ID", mid_outlook("baeuerle-werkzeugbau.de")), ("In-Reply-To", rem_id(432))],
            leaf(body, cs="iso-8859-1"))
    add("baeuerle_de_zahlung_montag", L, m, "de", "Bäuerle Werkzeugbau GmbH & Co. KG",
        "German reply, 'am kommenden Montag'", facts="promise_date=2026-12-07")

    # 37 broken MIME: missing closing boundary, latin-1 declared as utf-8? (mis-declared charset)
    inv, amt = "F-2026-0381", 640.00
    s = subj_fr(inv)
    txt = ("Bonjour,\r\n\r\nle chèque a été posté hier à votre adresse de la rue des Orfèvres.\r\n\r\n"
           "Cordialement\r\nMme Ehrhart - Auto-école Ehrhart\r\n").encode("latin-1")
    b = "=_NextPart_" + hexid(10)
    raw = ("From: Auto-ecole Ehrhart <autoecole.ehrhart@example.fr>\r\nTo: damien@kowalski-formation.fr\r\n"
           "Subject: =?utf-8?Q?Re:_Rappel_:_facture_F-2026-0381_=C3=A9chue?=\r\n"
           "Date: " + D("Fri", 9, 20) + "\r\nMessage-ID: " + mid_generic("example.fr") + "\r\n"
           "In-Reply-To: " + rem_id(381) + "\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\nX-Mailer: Foxmail 7.2\r\n\r\n"
           "--" + b + "\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode()
    raw += txt + b"\r\n"   # no closing boundary; body is latin-1 although declared utf-8
    add("ehrhart_fr_broken_mime_cheque_poste", L, raw, "fr", "Auto-école Ehrhart",
        "broken MIME: missing closing boundary, latin-1 bytes declared utf-8; cheque posted 'hier'",
        facts="already_paid=2026-12-03", notes="cheque posted Thu 3 Dec (Date Fri); not yet cashed")

    # 38 AP fixed payment days 10 and 25
    inv = "F-2026-0434"
    s = subj_fr(inv)
    body = ("Bonjour,\n\nVotre facture %s est en cours de validation par le manager budgétaire. Pour "
            "information, nos règlements fournisseurs sont effectués deux fois par mois, le 10 et le 25. "
            "Elle sera payée à la prochaine échéance.\n\nCordialement,\nService Comptabilité Fournisseurs\n"
            "Hôtels & Résidences du Haut-Koenigsbourg\n") % inv
    m = msg([("From", addr("Comptabilité Fournisseurs HRHK", "comptabilite@hrhk-hotels.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Tue", 15, 30)),
             ("Message-ID", mid_outlook("hrhk-hotels.fr")), ("In-Reply-To", rem_id(434))],
            leaf(body))
    add("hrhk_fr_paiement_le_10_et_25", L, m, "fr", "Hôtels & Résidences du Haut-Koenigsbourg",
        "person in AP team: pays on the 10th and 25th, 'prochaine échéance'",
        facts="promise_date=2026-12-10", notes="next payment day after Tue 1 Dec is 10 Dec")

    # 39 English: we paid yesterday
    inv = "INV-0422"
    s = subj_en(inv)
    body = ("Hi Damien,\n\nWe paid this yesterday - please check your account and let me know if it "
            "hasn't come through by Monday.\n\nThanks,\nSarah\n\nSent from my Galaxy\n")
    m = msg([("From", addr("Sarah Whitfield", "sarah.whitfield@brightpath-coaching.example")), ("To", OWNER),
             ("Subject", "Re: " + s), ("Date", D("Thu", 7, 12, tz="+0000")),
             ("Message-ID", "<%s@email.android.com>" % alnum(24)), ("In-Reply-To", rem_id(422))],
            leaf(body, cte="7bit", cs="us-ascii"))
    add("brightpath_en_paid_yesterday", L, m, "en", "BrightPath Coaching",
        "'we paid this yesterday' (Date Thu), Galaxy signature", facts="already_paid=2026-12-02")

    # 40 fin de mois
    inv = "F-2026-0438"
    s = subj_fr(inv)
    body = ("Bonjour,\npaiement prévu fin de mois avec les autres factures de novembre.\nbien cordialement\n"
            "Odile\n\nOdile Feltz - Gestion administrative\nCentre socio-culturel du Neudorf\n")
    m = msg([("From", addr("Odile Feltz", "accueil@csc-neudorf.fr")), ("To", OWNER),
             ("Subject", ew("Re: " + s)), ("Date", D("Wed", 16, 33)),
             ("Message-ID", mid_generic("csc-neudorf.fr")), ("In-Reply-To", rem_id(438))],
            leaf(body, cs="iso-8859-15", cte="quoted-printable"))
    add("cscneudorf_fr_fin_de_mois", L, m, "fr", "Centre socio-culturel du Neudorf",
        "'paiement prévu fin de mois', iso-8859-15", facts="promise_date=2026-12-31")

    # 41 OPCO / Mon Compte Formation: copy of invoice + certificat de réalisation
    inv = "F-2026-0407"
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nPour que l'OPCO Akto puisse procéder au remboursement, "
            "j'ai besoin d'une copie de la facture %s ainsi que du certificat de réalisation signé. "
            "Pourriez-vous me les renvoyer tous les deux ? Notre part (20 %%) vous sera réglée dès le "
            "dossier complet.\n\nMerci beaucoup,\nCamille Ott\nRestaurant Au Vieux Tonnelier\n") % inv
    m = msg([("From", addr("Camille Ott", "camille@vieux-tonnelier.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Mon", 10, 52)),
             ("Message-ID", mid_outlook("vieux-tonnelier.fr")), ("In-Reply-To", rem_id(407))],
            leaf(body))
    add("tonnelier_fr_opco_copie_facture_certificat", L, m, "fr", "Restaurant Au Vieux Tonnelier",
        "OPCO Akto: asks invoice copy + certificat de réalisation", facts="request_invoice=yes")

    # 42 dispute with negation twist
    inv = "F-2026-0411"
    s = subj_fr(inv)
    body = ("Bonjour,\n\nJe ne dis pas que la formation était mauvaise, loin de là. Mais nous n'avons "
            "jamais validé la demi-journée supplémentaire du 23 octobre : elle n'était ni dans le devis "
            "ni dans la convention de formation. Nous refusons donc cette ligne (650 €) et ne réglerons "
            "que le montant prévu à la convention.\n\nCordialement,\nJean-Luc Riehl\nResponsable formation\n"
            "Verrerie d'Alsace du Nord\n")
    m = msg([("From", addr("Jean-Luc Riehl", "jl.riehl@verrerie-alsace-nord.fr")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Fri", 14, 6)),
             ("Message-ID", mid_outlook("verrerie-alsace-nord.fr")), ("In-Reply-To", rem_id(411))],
            leaf(body))
    add("verrerie_fr_refuse_demi_journee", L, m, "fr", "Verrerie d'Alsace du Nord",
        "dispute introduced by a negated praise ('je ne dis pas que...')", facts="dispute=yes")

    # 43 cheque sent 26 Nov
    inv = "F-2026-0395"
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nNous avons procédé au règlement de votre facture par chèque "
            "n° 4471203, envoyé par courrier le 26 novembre. Vous devriez le recevoir sous peu si ce "
            "n'est pas déjà fait.\n\nBien cordialement,\nLe secrétariat\nÉtude de Maître Christine "
            "Burckel, notaire\n\n--------\nCe courriel et les documents qui y sont attachés peuvent "
            "contenir des informations confidentielles couvertes par le secret professionnel.\n")
    m = msg([("From", addr("Etude Burckel", "secretariat@notaire-burckel.example")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Mon", 14, 49)),
             ("Message-ID", mid_outlook("notaire-burckel.example")), ("In-Reply-To", rem_id(395))],
            leaf(body, cs="windows-1252"))
    add("burckel_fr_cheque_envoye_26_11", L, m, "fr", "Étude Burckel (notaire)",
        "paid by cheque posted 26 Nov, professional secrecy footer", facts="already_paid=2026-11-26")

    # 44 hospital: deposit on Chorus Pro
    inv = "F-2026-0400"
    s = subj_fr(inv)
    body = ("Monsieur,\n\nEn tant qu'établissement public de santé, nous ne pouvons régler que les "
            "factures déposées sur Chorus Pro (SIRET de facturation : 26670xxxx00017, code service : "
            "DRH-FORM). Votre facture %s nous a été adressée par courriel et n'a donc pas pu être "
            "mandatée.\n\nMerci de la déposer sur la plateforme ; le délai global de paiement de 50 jours "
            "courra à compter de sa réception.\n\nCordialement,\n\nBureau des fournisseurs - Direction des "
            "Finances\nCentre Hospitalier Intercommunal du Ried\n") % inv
    m = msg([("From", addr("DAF - Bureau des fournisseurs", "bureau.fournisseurs@chi-ried.example")),
             ("To", OWNER), ("Subject", ew("RE: " + s)), ("Date", D("Tue", 10, 20)),
             ("Message-ID", mid_outlook("chi-ried.example")), ("In-Reply-To", rem_id(400))],
            leaf(body))
    add("chiried_fr_deposer_chorus_pro", L, m, "fr", "Centre Hospitalier Intercommunal du Ried",
        "public hospital: invoice must be filed on Chorus Pro", facts="request_invoice=yes",
        notes="asks the invoice to be re-submitted through Chorus Pro")

    # 45 hospital second: mandat émis, paiement par le comptable public
    inv = "F-2026-0383"
    s = subj_fr(inv)
    body = ("Bonjour,\n\nVotre facture %s (formation « Manager de proximité en service de soins ») a été "
            "mandatée le 27/11/2026. Le paiement est désormais effectué par le comptable public "
            "(Trésorerie hospitalière) ; il intervient en général sous 8 à 10 jours après le mandatement.\n\n"
            "Bien cordialement,\nMaryline Scherrer\nAdjoint des cadres - DRH / Formation continue\n"
            "Centre Hospitalier Intercommunal du Ried\n") % inv
    m = msg([("From", addr("Maryline Scherrer", "m.scherrer@chi-ried.example")), ("To", OWNER),
             ("Subject", ew("RE: " + s)), ("Date", D("Thu", 14, 41)),
             ("Message-ID", mid_outlook("chi-ried.example")), ("In-Reply-To", rem_id(383))],
            leaf(body))
    add("chiried_fr_mandate_tresorerie", L, m, "fr", "Centre Hospitalier Intercommunal du Ried",
        "public accounting: 'mandatée le 27/11', paid by Trésorerie in 8-10 days",
        notes="no firm promise date (estimate 7-9 Dec); left without promise_date")

    # 46 English: we'll pay on the 10th (short)
    inv = "INV-0428"
    s = subj_en(inv)
    m = msg([("From", addr("Tom Becker", "tom@becker-events.example")), ("To", OWNER),
             ("Subject", "Re: " + s), ("Date", D("Tue", 19, 2)),
             ("Message-ID", mid_gmail()), ("In-Reply-To", rem_id(428))],
            leaf("Sorry Damien, we'll pay on the 10th. Cash flow is a bit tight after the trade fair.\n\nTom\n",
                 cte="7bit", cs="us-ascii"))
    add("becker_en_pay_on_the_10th", L, m, "en", "Becker Events", "short 'we'll pay on the 10th'",
        facts="promise_date=2026-12-10")

    # 47 question about session report, forwarded from a manager to colleague, not money
    body = ("Bonjour Damien,\n\nMerci encore pour la session de jeudi. Les managers aimeraient recevoir "
            "le support PowerPoint et la grille d'auto-évaluation. Est-ce que tu peux me les envoyer, "
            "je les diffuserai ?\n\nPar ailleurs, la facture est bien partie en paiement, tu devrais "
            "l'avoir avant le 15.\n\nAmélie\n")
    m = msg([("From", addr("Amélie Wenger", "amelie.wenger@cinetic-alsace.fr")), ("To", OWNER),
             ("Subject", ew("Support formation + facture")), ("Date", D("Fri", 16, 3)),
             ("Message-ID", mid_outlook("cinetic-alsace.fr"))],
            leaf(body))
    add("cinetic_fr_support_et_avant_le_15", L, m, "fr", "Cinetic Alsace",
        "fresh mail, asks training material; invoice 'partie en paiement', 'avant le 15'",
        facts="promise_date=2026-12-15",
        notes="'partie en paiement' = sent to payment, arrival before the 15th; not a claim of paid")

    # 48 French from German client: Nous payons le 7.12
    inv = "F-2026-0439"
    s = subj_fr(inv)
    body = ("Bonjour Monsieur Kowalski,\n\nmerci pour votre message. Nous payons la facture le 7.12.2026 "
            "avec notre run de paiement hebdomadaire.\n\nMeilleures salutations\n\nStefanie Kühnle\n"
            "Buchhaltung\nKühnle Gastro-Technik GmbH, Lahr\n")
    m = msg([("From", addr("Stefanie Kühnle", "buchhaltung@kuehnle-gastro.de")), ("To", OWNER),
             ("Subject", ew("AW: " + s)), ("Date", D("Fri", 10, 47)),
             ("Message-ID", mid_outlook("kuehnle-gastro.de")), ("In-Reply-To", rem_id(439))],
            leaf(body, cs="iso-8859-1"))
    add("kuehnle_fr_paiement_7_12", L, m, "fr", "Kühnle Gastro-Technik GmbH",
        "German writing French, date as 7.12.2026", facts="promise_date=2026-12-07")


# ================================================================ PAYMENT NOTIFICATIONS
AUTO_FR = "Ceci est un message automatique, merci de ne pas y répondre."


def html_table(rows, title, intro="", footer="", brand="#333", font="Arial, Helvetica, sans-serif"):
    tr = "".join("<tr><td style=\"padding:6px 12px;color:#666\">%s</td><td style=\"padding:6px 12px;"
                 "font-weight:bold\">%s</td></tr>" % (k, v) for k, v in rows)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width\"></head><body style=\"margin:0;background:#f4f4f4;font-family:%s\">"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" role=\"presentation\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#fff\"><tr><td style=\"background:%s;color:#fff;padding:18px;"
            "font-size:20px\">%s</td></tr><tr><td style=\"padding:20px\">%s<table>%s</table></td></tr>"
            "<tr><td style=\"padding:16px;font-size:11px;color:#888\">%s</td></tr></table></td></tr></table>"
            "</body></html>") % (font, brand, title, intro, tr, footer)


def payments():
    L = "payment_notification"

    # ---------------- money in
    # Qonto
    t = ("Bonjour Damien,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Kowalski Formation.\n\n"
         "Émetteur : BRASSERIE KRONENFELD SA\nRéférence : F-2026-0412\nDate : 04/12/2026\n\n"
         "Retrouvez le justificatif dans l'application Qonto, onglet Transactions.\n\n"
         "L'équipe Qonto\n\nQonto est un établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail "
         "car les notifications de transactions entrantes sont activées pour votre compte.\n")
    h = html_table([("Montant", "+ 1 480,00 €"), ("De", "BRASSERIE KRONENFELD SA"),
                    ("Référence", "F-2026-0412"), ("Compte", "Compte principal ···· 7731")],
                   "Virement reçu", "<p>Bonjour Damien,</p><p>Vous avez reçu un virement.</p>",
                   "Qonto - Olinda SAS, 18 rue de Navarin, 75009 Paris. Vous recevez cet e-mail car les "
                   "notifications de transactions entrantes sont activées.", "#1d1d1b")
    m = msg([("From", "Qonto <noreply@qonto.com>"), ("To", OWNER), ("Subject", ew("Virement reçu : + 1 480,00 €")),
             ("Date", D("Fri", 9, 2)), ("Message-ID", mid_generic("qonto.com"))],
            multi("alternative", [leaf(t), leaf(h, "html")]))
    add("qonto_in_kronenfeld", L, m, "fr", "Qonto", "transaction notification, amount in subject + table",
        provider="Qonto", money=money("in", "1480.00", payer="BRASSERIE KRONENFELD SA",
                                      reference="F-2026-0412", value_date="2026-12-04", cap="yes"),
        notes="layout modelled on neobank incoming-transfer notices (synthetic)")

    # Shine
    h = ("<html><body style=\"font-family:Helvetica,Arial;background:#fbf8f3\"><div style=\"max-width:560px;"
         "margin:auto;background:#fff;padding:24px;border-radius:8px\"><h2 style=\"color:#0b0a33\">Vous avez "
         "reçu 2 100,00 € 🎉</h2><p>Bonne nouvelle Damien ! Un virement vient d'arriver sur votre compte Shine.</p>"
         "<p><b>De :</b> CAP COMPETENCES GRAND EST<br><b>Libellé :</b> FACT F-2026-0398 SOUS-TRAITANCE<br>"
         "<b>Date :</b> 2 décembre 2026</p><p><a href=\"https://app.shine.fr/transactions\">Voir la "
         "transaction</a></p><p style=\"font-size:11px;color:#999\">Shine SAS, établissement de paiement "
         "agréé. Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre. Gérer mes "
         "notifications dans l'application.</p></div></body></html>")
    m = msg([("From", "Shine <noreply@shine.fr>"), ("To", OWNER), ("Subject", ew("Vous avez reçu 2 100,00 €")),
             ("Date", D("Wed", 7, 41)), ("Message-ID", mid_generic("shine.fr"))], leaf(h, "html"))
    add("shine_in_capcompetences", L, m, "fr", "Shine", "HTML-only, emoji heading 'Vous avez reçu'",
        provider="Shine", money=money("in", "2100.00", payer="CAP COMPETENCES GRAND EST",
                                      reference="FACT F-2026-0398 SOUS-TRAITANCE", value_date="2026-12-02", cap="yes"))

    # Crédit Mutuel (plain, latin-1, VIR SEPA RECU /DE /MOTIF)
    t = ("Crédit Mutuel - Service d'alertes\n\nBonjour,\n\nVous avez demandé à être informé des opérations "
         "créditrices supérieures à 500,00 EUR sur votre compte.\n\nCompte : C/C EUROCOMPTE PRO KOWALSKI "
         "FORMATION n° 000xxxx8542 01\nDate : 30/11/2026\nOpération : VIR SEPA RECU /DE SOBEVAL INGENIERIE "
         "/MOTIF FACT F-2026-0409 FORMATION MANAGERS /REF 2026112700458\nMontant : +2 940,00 EUR\n\n"
         "Pour consulter vos comptes, connectez-vous à votre espace client.\n\nCeci est un message "
         "automatique. Merci de ne pas y répondre.\nCaisse de Crédit Mutuel Strasbourg Neudorf\n")
    m = msg([("From", ew("Crédit Mutuel", "iso-8859-1") + " <alertes@creditmutuel.fr>"), ("To", OWNER),
             ("Subject", ew("Alerte : opération créditrice sur votre compte", "iso-8859-1")),
             ("Date", D("Mon", 6, 14)), ("Message-ID", mid_generic("creditmutuel.fr"))],
            leaf(t, cs="iso-8859-1"))
    add("creditmutuel_in_sobeval_alerte", L, m, "fr", "Crédit Mutuel", "threshold alert, 'VIR SEPA RECU /DE /MOTIF' label, latin-1",
        provider="Crédit Mutuel", money=money("in", "2940.00", payer="SOBEVAL INGENIERIE",
                                              reference="FACT F-2026-0409 FORMATION MANAGERS", value_date="2026-11-30", cap="yes"),
        notes="label syntax follows CM-CIC statement lines")

    # CIC Est (HTML table, VIR INST)
    h = html_table([("Compte", "COMPTE COURANT PRO ****3307"), ("Date d'opération", "01/12/2026"),
                    ("Libellé", "VIR INST RE 482716390 DE: HOFMANN LOGISTIK GMBH REF: INV-0417"),
                    ("Montant", "+2 350,00 EUR")],
                   "CIC - Information sur votre compte",
                   "<p>Madame, Monsieur,</p><p>Conformément à votre abonnement au service d'alertes, nous vous "
                   "informons de l'opération suivante :</p>",
                   "CIC Est - Crédit Industriel et Commercial. Ce message est envoyé automatiquement, merci de "
                   "ne pas y répondre. Pour modifier vos alertes : Espace client > Services > Alertes.", "#00558c")
    m = msg([("From", "CIC <ne-pas-repondre@cic.fr>"), ("To", OWNER), ("Subject", "CIC - Alerte compte"),
             ("Date", D("Tue", 8, 3)), ("Message-ID", mid_generic("cic.fr"))], leaf(h, "html", cte="base64"))
    add("cicest_in_hofmann_virinst", L, m, "fr", "CIC Est", "HTML table, base64, instant transfer from German client",
        provider="CIC", money=money("in", "2350.00", payer="HOFMANN LOGISTIK GMBH",
                                    reference="INV-0417", value_date="2026-12-01", cap="yes"))

    # BNP Paribas: amount in subject only
    t = ("BNP PARIBAS\n\nBonjour,\n\nUne opération a été enregistrée sur votre compte professionnel ****4412 :\n"
         "VIR SEPA OPCO EP / PEC 2026-67-118734 / F-2026-0402\n\nPour plus de détails, connectez-vous à "
         "Mes Comptes ou à l'application Mes Comptes BNP Paribas.\n\nCet e-mail vous est adressé "
         "automatiquement dans le cadre du service d'alertes. Merci de ne pas y répondre.\n"
         "BNP Paribas SA - 16 bd des Italiens 75009 Paris - RCS Paris 662 042 449\n")
    m = msg([("From", "BNP Paribas <ne-pas-repondre@bnpparibas.com>"), ("To", OWNER),
             ("Subject", ew("Alerte : opération créditrice de 1 176,00 EUR")),
             ("Date", D("Thu", 7, 5)), ("Message-ID", mid_generic("bnpparibas.com"))], leaf(t))
    add("bnp_in_opco_amount_subject_only", L, m, "fr", "BNP Paribas", "amount only in subject; OPCO pays its share",
        provider="BNP Paribas", money=money("in", "1176.00", payer="OPCO EP",
                                            reference="PEC 2026-67-118734 / F-2026-0402", value_date="2026-12-03", cap="yes"),
        notes="value date taken from the Date header (the notice gives none)")

    # Société Générale
    t = ("Bonjour,\n\nNous vous informons qu'un virement de 1 650,00 EUR a été crédité le 02/12/2026 sur "
         "votre compte n° XXXXXXX9015.\n\nÉmetteur : MUTUELLE RHIN MOSELLE\nMotif : FACTURE F-2026-0414 "
         "RECTIFIEE\n\nVotre Conseiller Professionnels\nSociété Générale\n\nCe message vous est envoyé "
         "automatiquement, merci de ne pas y répondre. Société Générale ne vous demandera jamais vos codes "
         "par e-mail.\n")
    m = msg([("From", ew("Société Générale") + " <no-reply@societegenerale.fr>"), ("To", OWNER),
             ("Subject", "Alerte SG : un virement a été crédité sur votre compte".replace("é", "e")),
             ("Date", D("Wed", 8, 49)), ("Message-ID", mid_generic("societegenerale.fr"))], leaf(t))
    add("sg_in_mutuelle_rhin_moselle", L, m, "fr", "Société Générale", "'un virement de ... a été crédité'",
        provider="Société Générale", money=money("in", "1650.00", payer="MUTUELLE RHIN MOSELLE",
                                                 reference="FACTURE F-2026-0414 RECTIFIEE", value_date="2026-12-02", cap="yes"))

    # LCL Avertis "Opération créditrice" (wording per lcl.fr LCL Avertis page)
    t = ("LCL Avertis\n\nBonjour M KOWALSKI DAMIEN,\n\nVotre alerte « Opération créditrice » s'est "
         "déclenchée :\nun mouvement au crédit de 3 250,00 EUR a été observé sur votre compte 0xxxx4 R.\n\n"
         "Libellé : VIREMENT CCI TERRITORIALE RHIN-RIED F-2026-0405\nDate de valeur : 03/12/2026\n\n"
         "Vous pouvez modifier les seuils de vos alertes avec votre conseiller.\n"
         "Merci de ne pas répondre à ce message automatique.\nLCL - Le Crédit Lyonnais\n")
    m = msg([("From", "LCL <noreply@lcl.fr>"), ("To", OWNER), ("Subject", ew("LCL Avertis : Opération créditrice")),
             ("Date", D("Thu", 6, 30)), ("Message-ID", mid_generic("lcl.fr"))], leaf(t, cs="iso-8859-1"))
    add("lcl_in_avertis_cci", L, m, "fr", "LCL", "LCL Avertis 'Opération créditrice' alert",
        provider="LCL", money=money("in", "3250.00", payer="CCI TERRITORIALE RHIN-RIED",
                                    reference="F-2026-0405", value_date="2026-12-03", cap="yes"),
        notes="alert name from LCL's public LCL Avertis page; payer is inside the label")

    # La Banque Postale
    t = ("LA BANQUE POSTALE\n\nAvis de crédit\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous "
         "informer que votre compte courant n° xxxxxx1X020 a été crédité de la somme de 1 240,00 EUR.\n\n"
         "Date de l'opération : 01/12/2026\nNature : VIREMENT DE ASSOC AIDE A DOMICILE PAYS DE HANAU\n"
         "Référence : FACT F-2026-0416\n\nNous vous prions d'agréer, Madame, Monsieur, nos salutations "
         "distinguées.\n\nLa Banque Postale - Message automatique, ne pas répondre.\n")
    m = msg([("From", "La Banque Postale <ne_pas_repondre@labanquepostale.fr>"), ("To", OWNER),
             ("Subject", "Avis de credit sur votre compte"), ("Date", D("Tue", 11, 0)),
             ("Message-ID", mid_generic("labanquepostale.fr"))], leaf(t, cs="iso-8859-1", cte="8bit"))
    add("lbp_in_avis_de_credit", L, m, "fr", "La Banque Postale", "formal 'Avis de crédit', 8bit latin-1",
        provider="La Banque Postale", money=money("in", "1240.00", payer="ASSOC AIDE A DOMICILE PAYS DE HANAU",
                                                  reference="FACT F-2026-0416", value_date="2026-12-01", cap="yes"))

    # Banque Populaire ALC
    h = html_table([("Date", "02/12/2026"), ("Donneur d'ordre", "ZIMMER ELECTRICITE SARL"),
                    ("Référence", "F-2026-0418"), ("Montant", "760,00 €")],
                   "Banque Populaire Alsace Lorraine Champagne",
                   "<p>Bonjour,</p><p>Vous avez reçu un virement sur votre compte ****0926.</p>",
                   "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre. Banque Populaire "
                   "Alsace Lorraine Champagne, société anonyme coopérative de banque populaire.", "#0d2c6c")
    m = msg([("From", "Banque Populaire <noreply@banquepopulaire.fr>"), ("To", OWNER),
             ("Subject", ew("Vous avez reçu un virement")), ("Date", D("Wed", 18, 12)),
             ("Message-ID", mid_generic("banquepopulaire.fr"))],
            multi("alternative", [leaf("Vous avez reçu un virement de 760,00 € de ZIMMER ELECTRICITE SARL "
                                       "(réf. F-2026-0418) le 02/12/2026.\n" + AUTO_FR + "\n"), leaf(h, "html")]))
    add("bpalc_in_zimmer", L, m, "fr", "Banque Populaire", "'Donneur d'ordre' table",
        provider="Banque Populaire", money=money("in", "760.00", payer="ZIMMER ELECTRICITE SARL",
                                                 reference="F-2026-0418", value_date="2026-12-02", cap="yes"))

    # UBS payment advice (Swiss client's bank), no_claim
    t = ("UBS Switzerland AG\n\nZahlungsavis / Avis de paiement / Payment advice\n\n"
         "Im Auftrag unseres Kunden teilen wir Ihnen mit, dass folgende Zahlung ausgeführt wurde.\n"
         "Sur mandat de notre client, nous vous informons que le paiement suivant a été exécuté.\n\n"
         "Auftraggeber / Donneur d'ordre : Rheinblick Pharma AG, Basel\n"
         "Begünstigter / Bénéficiaire : KOWALSKI FORMATION, FR76 1027 8010 xxxx xxxx xxxx 542\n"
         "Betrag / Montant : EUR 4'200.00\nValuta / Date valeur : 27.11.2026\n"
         "Mitteilung / Communication : F-2026-0389\nZahlungsart : SEPA-Zahlung\n\n"
         "Dieses Avis wurde automatisch erstellt und ist ohne Unterschrift gültig.\n"
         "Cet avis a été établi automatiquement et est valable sans signature.\n")
    m = msg([("From", "UBS Switzerland AG <noreply@ubs.com>"), ("To", OWNER),
             ("Subject", ew("Zahlungsavis / Avis de paiement - Rheinblick Pharma AG")),
             ("Date", D("Mon", 10, 5)), ("Message-ID", mid_generic("ubs.com"))],
            multi("mixed", [leaf(t), attach(pdf(["UBS Switzerland AG - Zahlungsavis", "Auftraggeber: Rheinblick Pharma AG",
                                                 "Betrag: EUR 4'200.00", "Valuta: 27.11.2026", "Mitteilung: F-2026-0389"]),
                                            "application/pdf", "Zahlungsavis_27112026.pdf")]))
    add("ubs_remittance_rheinblick_no_claim", L, m, "de", "UBS (payer's bank)",
        "Swiss payer's bank payment advice, bilingual DE/FR, PDF", provider="UBS",
        money=money("in", "4200.00", payer="Rheinblick Pharma AG", reference="F-2026-0389",
                    value_date="2026-11-27", cap="no_claim"),
        notes="sent by the payer's bank on its behalf: money not yet seen on the owner's account")

    # SAP remittance advice from client
    t = ("AVIS DE PAIEMENT / PAYMENT ADVICE\n\nGroupe Altmayer SAS - Comptabilité fournisseurs\n"
         "Fournisseur : 400187 KOWALSKI FORMATION\nDate de paiement : 03.12.2026\n"
         "Mode de paiement : Virement SEPA\n\nN° facture      Date facture   Montant brut   Escompte   Montant net\n"
         "F-2026-0371     15.09.2026       1 200,00        0,00       1 200,00\n"
         "F-2026-0390     02.10.2026       2 700,00        0,00       2 700,00\n"
         "                                                  Total EUR    3 900,00\n\n"
         "Ce message est généré automatiquement par notre système de paiement. Pour toute question, "
         "contactez comptabilite.fournisseurs@groupe-altmayer.fr en précisant votre numéro fournisseur.\n")
    m = msg([("From", "SAP Payment Advice <noreply-sap@groupe-altmayer.fr>"), ("To", OWNER),
             ("Subject", "Avis de paiement 400187 - 03.12.2026"), ("Date", D("Thu", 2, 14)),
             ("Message-ID", "<%s@sapprd.groupe-altmayer.fr>" % hexid(32).upper())],
            leaf(t, cs="iso-8859-1"))
    add("altmayer_sap_avis_de_paiement", L, m, "fr", "Groupe Altmayer (SAP)",
        "client ERP remittance advice, 2 invoices in one transfer, fixed-width table", provider="SAP (Groupe Altmayer)",
        money=money("in", "3900.00", payer="Groupe Altmayer SAS", reference="F-2026-0371 F-2026-0390",
                    value_date="2026-12-03", cap="no_claim"),
        notes="one transfer settling two invoices; remittance advice, not a bank notice")

    # Wise
    t = ("Hi Damien,\n\nYou've received 1,250.00 EUR from Hofmann Logistik GmbH.\n\nIt's now in your EUR "
         "balance.\n\nReference: INV-0409\n\nThanks,\nThe Wise Team\n\nYou're receiving this email because "
         "you have a Wise Business account. Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    m = msg([("From", "Wise <noreply@wise.com>"), ("To", OWNER), ("Subject", "You've received 1,250.00 EUR"),
             ("Date", D("Mon", 12, 44, tz="+0000")), ("Message-ID", mid_generic("wise.com"))],
            multi("alternative", [leaf(t, cte="7bit", cs="us-ascii"),
                                  leaf("<html><body><h1 style=\"font-family:Inter,sans-serif\">You've received 1,250.00 EUR</h1><p>From <b>Hofmann Logistik GmbH</b></p><p>Reference: INV-0409</p><p style=\"color:#888;font-size:12px\">You're receiving this email because you have a Wise Business account.</p></body></html>", "html", cte="7bit", cs="us-ascii")]))
    add("wise_in_hofmann", L, m, "en", "Wise", "'You've received ... from', balance credited",
        provider="Wise", money=money("in", "1250.00", payer="Hofmann Logistik GmbH", reference="INV-0409",
                                     value_date="2026-11-30", cap="yes"))

    # Stripe payout (aggregate)
    pid = "po_1Q" + alnum(22)
    t = ("Payout sent\n\nA payout of €1,038.40 has been sent to your bank account ending in 8542. It should "
         "arrive on Dec 2, 2026.\n\nPayout ID: %s\nPayments included: 7 (Formations en ligne - "
         "e-learning « Feedback constructif »)\n\nView payout details in your Dashboard.\n\n"
         "Stripe Payments Europe, Ltd. You are receiving this email because you are an administrator of "
         "Kowalski Formation. Manage notification settings in your Dashboard.\n") % pid
    m = msg([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER),
             ("Subject", "Your payout of €1,038.40 is on the way to your bank"), ("Date", D("Tue", 3, 12, tz="+0000")),
             ("Message-ID", mid_generic("stripe.com"))], leaf(t))
    add("stripe_payout_aggregate", L, m, "en", "Stripe", "payout bundling 7 card payments",
        provider="Stripe", money=money("in", "1038.40", payer="", reference=pid,
                                       value_date="2026-12-02", cap="no_aggregate"),
        notes="payout of many e-learning card payments; reference is the Stripe payout id")

    # PayPal payment received
    h = ("<html><body style=\"font-family:'PayPal Sans',Helvetica,Arial\"><img src=\"https://www.paypalobjects.com/"
         "digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo.png\" alt=\"PayPal\">"
         "<h1>Vous avez reçu 180,00 EUR de Julie Marchal</h1><p>Bonjour Kowalski Formation,</p>"
         "<p>Julie Marchal vous a envoyé 180,00 EUR.</p><table><tr><td>Numéro de transaction</td><td>"
         "7XK%s</td></tr><tr><td>Date de la transaction</td><td>1 déc. 2026</td></tr><tr><td>Message</td>"
         "<td>Séance coaching 24/11 - merci !</td></tr></table><p style=\"font-size:11px;color:#687173\">"
         "Copyright © 1999-2026 PayPal. Tous droits réservés. PayPal (Europe) S.à r.l. et Cie, S.C.A. "
         "Merci de ne pas répondre à cet e-mail.</p></body></html>") % alnum(14, True)
    m = msg([("From", "PayPal <service@paypal.fr>"), ("To", OWNER),
             ("Subject", ew("Vous avez reçu un paiement")), ("Date", D("Tue", 20, 33)),
             ("Message-ID", mid_generic("paypal.com"))], leaf(h, "html"))
    add("paypal_in_coaching_particulier", L, m, "fr", "PayPal", "HTML-only 'Vous avez reçu un paiement' from an individual",
        provider="PayPal", money=money("in", "180.00", payer="Julie Marchal", reference="Séance coaching 24/11 - merci !",
                                       value_date="2026-12-01", cap="yes"))

    # SumUp payout
    t = ("Bonjour Damien,\n\nNous avons effectué un versement de 612,00 € sur votre compte bancaire se terminant "
         "par 0926.\n\nPériode : transactions du 27/11/2026 au 29/11/2026\nNombre de transactions : 9\n"
         "Frais : 10,53 €\nMontant versé : 612,00 €\n\nVous pouvez télécharger le détail dans votre "
         "espace SumUp > Versements.\n\nL'équipe SumUp\nSumUp Limited. Vous recevez cet e-mail en tant que "
         "marchand SumUp.\n")
    m = msg([("From", "SumUp <noreply@sumup.com>"), ("To", OWNER), ("Subject", ew("Votre versement est en route")),
             ("Date", D("Mon", 5, 50)), ("Message-ID", mid_generic("sumup.com"))], leaf(t))
    add("sumup_payout_aggregate", L, m, "fr", "SumUp", "card-terminal payout (book sales at a conference)",
        provider="SumUp", money=money("in", "612.00", payer="", reference="versement 27-29/11",
                                      value_date="2026-11-30", cap="no_aggregate"))

    # GoCardless confirmed
    t = ("Bonjour,\n\nLe paiement suivant a été confirmé et sera inclus dans votre prochain virement :\n\n"
         "Client : Eber Paysage\nMontant : 1 200,00 €\nRéférence : F-2026-0403 ACOMPTE\nDate de "
         "prélèvement : 2 décembre 2026\nID du paiement : PM%s\n\nL'équipe GoCardless\n\nGoCardless SAS - "
         "Vous recevez cet e-mail car vous avez activé les notifications de paiement.\n") % alnum(12, True)
    m = msg([("From", "GoCardless <notifications@gocardless.com>"), ("To", OWNER),
             ("Subject", ew("Paiement confirmé : 1 200,00 € de Eber Paysage")),
             ("Date", D("Wed", 15, 2)), ("Message-ID", mid_generic("gocardless.com"))], leaf(t))
    add("gocardless_in_confirmed_eber", L, m, "fr", "GoCardless", "direct debit collected from a client",
        provider="GoCardless", money=money("in", "1200.00", payer="Eber Paysage", reference="F-2026-0403 ACOMPTE",
                                           value_date="2026-12-02", cap="yes"))

    # Mollie settlement
    t = ("Bonjour,\n\nNous avons transféré un règlement vers votre compte bancaire.\n\nRéférence du "
         "règlement : 1482.3307.19\nMontant : € 2.310,00\nNombre de paiements : 14 (inscriptions "
         "webinaires décembre)\nIBAN : FR76 xxxx xxxx 8542\n\nConsultez le détail dans votre tableau de "
         "bord Mollie.\n\nMollie B.V. - Keizersgracht 126, Amsterdam. Ceci est un message automatique.\n")
    m = msg([("From", "Mollie <noreply@mollie.com>"), ("To", OWNER), ("Subject", ew("Nouveau règlement : € 2.310,00")),
             ("Date", D("Thu", 10, 1)), ("Message-ID", mid_generic("mollie.com"))], leaf(t))
    add("mollie_settlement_aggregate", L, m, "fr", "Mollie", "settlement of 14 payments, Dutch number format '€ 2.310,00'",
        provider="Mollie", money=money("in", "2310.00", payer="", reference="1482.3307.19",
                                       value_date="2026-12-03", cap="no_aggregate"))

    # PayPlug
    t = ("Nouveau paiement reçu\n\nMontant : 390,00 €\nClient : Marc Stoeckel (m.stoeckel@example.com)\n"
         "Description : Atelier « Prise de parole en public » - 15/01/2027\nN° de paiement : pay_%s\n"
         "Date : 03/12/2026 21:47\n\nPayPlug - Ce message est envoyé automatiquement.\n") % alnum(22)
    m = msg([("From", "PayPlug <noreply@payplug.com>"), ("To", OWNER),
             ("Subject", ew("Nouveau paiement reçu - 390,00 €")), ("Date", D("Thu", 21, 48)),
             ("Message-ID", mid_generic("payplug.com"))], leaf(t))
    add("payplug_in_atelier", L, m, "fr", "PayPlug", "online card payment for a workshop seat",
        provider="PayPlug", money=money("in", "390.00", payer="Marc Stoeckel",
                                        reference="Atelier « Prise de parole en public » - 15/01/2027",
                                        value_date="2026-12-03", cap="yes"))

    # Sumeria (ex-Lydia)
    t = ("Vous avez reçu 150,00 € de Léa M.\n\n« Séance de coaching du 1er décembre 🙏 »\n\nL'argent est "
         "disponible sur votre compte Sumeria.\n\nSumeria (anciennement Lydia) - Lydia Solutions SAS. Vous "
         "recevez cet e-mail car les notifications par e-mail sont activées.\n")
    m = msg([("From", "Sumeria <noreply@sumeria.eu>"), ("To", OWNER),
             ("Subject", ew("Léa M. vous a envoyé 150,00 €")), ("Date", D("Tue", 19, 8)),
             ("Message-ID", mid_generic("sumeria.eu"))], leaf(t))
    add("sumeria_in_coaching", L, m, "fr", "Sumeria", "P2P app payment with emoji message",
        provider="Sumeria (Lydia)", money=money("in", "150.00", payer="Léa M.",
                                                reference="Séance de coaching du 1er décembre 🙏",
                                                value_date="2026-12-01", cap="yes"))

    # Pennylane bank feed: 2 virements reçus
    h = html_table([("03/12 · NORTHGATE LEARNING LTD · INV-0421", "+1 750,00 €"),
                    ("03/12 · OTT CAMILLE / VIEUX TONNELIER · F-2026-0407", "+336,00 €")],
                   "2 virements reçus",
                   "<p>Bonjour Damien,</p><p>2 nouvelles transactions ont été synchronisées depuis votre "
                   "compte Crédit Mutuel et attendent d'être rapprochées de vos factures :</p>",
                   "Vous recevez cet e-mail car vous êtes administrateur du dossier Kowalski Formation sur "
                   "Pennylane. Gérer mes préférences de notification.", "#0b1e3f")
    m = msg([("From", "Pennylane <notifications@pennylane.com>"), ("To", OWNER),
             ("Subject", ew("2 virements reçus à rapprocher")), ("Date", D("Fri", 7, 30)),
             ("Message-ID", mid_generic("pennylane.com"))], leaf(h, "html"))
    add("pennylane_two_credits_feed", L, m, "fr", "Pennylane", "accounting bank feed, plural '2 virements reçus'",
        provider="Pennylane", money=money("in|in", "1750.00|336.00", payer="NORTHGATE LEARNING LTD|OTT CAMILLE / VIEUX TONNELIER",
                                          reference="INV-0421|F-2026-0407", value_date="2026-12-03|2026-12-03", cap="yes"),
        notes="two credits from two identified payers; counts_as_payment applies to each")

    # Hello bank! amount in subject "+650,00 €"
    t = ("Hello bank!\n\nBonjour Damien,\n\nUne nouvelle opération est arrivée sur votre compte :\nVIR SEPA "
         "KESSLER MAUD - facture atelier equipe\n\nÀ très vite sur l'app Hello bank!\n\nMessage automatique, "
         "merci de ne pas répondre. Hello bank! est une marque de BNP Paribas.\n")
    m = msg([("From", "Hello bank! <hellobank@hellobank.fr>"), ("To", OWNER), ("Subject", ew("+650,00 € sur votre compte")),
             ("Date", D("Fri", 8, 12)), ("Message-ID", mid_generic("hellobank.fr"))], leaf(t))
    add("hellobank_in_subject_plus", L, m, "fr", "Hello bank!", "amount only in subject '+650,00 €'",
        provider="Hello bank!", money=money("in", "650.00", payer="KESSLER MAUD", reference="facture atelier equipe",
                                            value_date="2026-12-04", cap="yes"))

    # N26 Business
    t = ("Hi Damien,\n\nYou received €1,900.00 from BRIGHTPATH COACHING LTD.\n\nReference: INV-0422 "
         "Kowalski\n\nYour N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. This is an automated "
         "message, please do not reply.\n")
    m = msg([("From", "N26 <no-reply@n26.com>"), ("To", OWNER), ("Subject", "You received a transfer"),
             ("Date", D("Thu", 9, 58)), ("Message-ID", mid_generic("n26.com"))], leaf(t, cte="7bit", cs="us-ascii"))
    add("n26_in_brightpath", L, m, "en", "N26", "English neobank, amount only in body",
        provider="N26", money=money("in", "1900.00", payer="BRIGHTPATH COACHING LTD", reference="INV-0422 Kowalski",
                                    value_date="2026-12-03", cap="yes"))

    # Revolut Business
    t = ("Money received\n\nYou've received €3,100.00 from ALPSTEIN VERSICHERUNGEN AG\n\nReference: "
         "INV-0424\nAccount: EUR Main\n\nRevolut Bank UAB. You're receiving this email because you enabled "
         "email notifications for incoming payments.\n")
    m = msg([("From", "Revolut Business <no-reply@revolut.com>"), ("To", OWNER),
             ("Subject", "You've received €3,100.00"), ("Date", D("Fri", 13, 21)),
             ("Message-ID", mid_generic("revolut.com"))], leaf(t, cte="quoted-printable"))
    add("revolut_in_alpstein", L, m, "en", "Revolut Business", "Swiss client paying EUR",
        provider="Revolut Business", money=money("in", "3100.00", payer="ALPSTEIN VERSICHERUNGEN AG",
                                                 reference="INV-0424", value_date="2026-12-04", cap="yes"))

    # Crédit Agricole: DRFIP public payer (hospital)
    t = ("Crédit Agricole Alsace Vosges\n\nBonjour,\n\nVous nous avez demandé de vous alerter à chaque "
         "crédit sur votre compte.\n\nLe 04/12/2026, votre compte **** 5518 a été crédité de 2 280,00 € :\n"
         "VIR DRFIP GRAND EST ET DEPT BAS RHIN / CHI DU RIED MANDAT 2026-004812 F-2026-0383\n\n"
         "Votre conseiller reste à votre disposition.\n\nMerci de ne pas répondre à ce courriel, envoyé "
         "automatiquement.\n")
    m = msg([("From", ew("Crédit Agricole") + " <ne-pas-repondre@credit-agricole.fr>"), ("To", OWNER),
             ("Subject", ew("Alerte crédit sur votre compte")), ("Date", D("Fri", 6, 2)),
             ("Message-ID", mid_generic("credit-agricole.fr"))], leaf(t))
    add("ca_in_drfip_hopital", L, m, "fr", "Crédit Agricole", "public hospital paid by DRFIP (payer is the public accountant)",
        provider="Crédit Agricole", money=money("in", "2280.00", payer="DRFIP GRAND EST ET DEPT BAS RHIN",
                                                reference="CHI DU RIED MANDAT 2026-004812 F-2026-0383",
                                                value_date="2026-12-04", cap="yes"),
        notes="payer name is the public treasury, the debtor (CHI du Ried) appears in the label")

    # Caisse des Dépôts EDOF remittance (no_claim)
    t = ("Mon Compte Formation - Espace des organismes de formation (EDOF)\n\nBonjour,\n\nLe paiement du "
         "dossier de formation n° 7283104459 (« Manager une équipe à distance », titulaire : P. G.) a été "
         "ordonné par la Caisse des Dépôts.\n\nMontant : 1 490,00 €\nDate d'ordonnancement : 02/12/2026\n"
         "Le virement apparaîtra sur votre compte bancaire sous 3 à 5 jours ouvrés.\n\nRetrouvez le détail "
         "dans EDOF > Paiements.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n")
    m = msg([("From", "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>"), ("To", OWNER),
             ("Subject", ew("EDOF - Avis de paiement dossier 7283104459")), ("Date", D("Wed", 17, 40)),
             ("Message-ID", mid_generic("caissedesdepots.fr"))], leaf(t))
    add("edof_cdc_avis_paiement", L, m, "fr", "Mon Compte Formation (Caisse des Dépôts)",
        "CPF payer's remittance: payment ordered, arrives in 3-5 days", provider="Caisse des Dépôts (EDOF)",
        money=money("in", "1490.00", payer="Caisse des Dépôts", reference="7283104459",
                    value_date="2026-12-02", cap="no_claim"),
        notes="payer's system notice, money not yet seen by the bank; value_date = ordering date")

    # ---------------- not money in
    t = ("Paiement par carte\n\n89,00 € chez SNCF CONNECT\nCarte physique ···· 2290 (Damien Kowalski)\n"
         "30 nov. 2026 à 19:14\n\nPensez à ajouter le justificatif dans l'application.\n\nL'équipe Qonto\n")
    m = msg([("From", "Qonto <noreply@qonto.com>"), ("To", OWNER), ("Subject", ew("Paiement de 89,00 € chez SNCF CONNECT")),
             ("Date", D("Mon", 19, 15)), ("Message-ID", mid_generic("qonto.com"))], leaf(t))
    add("qonto_out_card_sncf", L, m, "fr", "Qonto", "card payment, asks for receipt",
        provider="Qonto", money=money("out", "89.00", reference="SNCF CONNECT", value_date="2026-11-30"))

    t = ("Votre virement a bien été envoyé ✅\n\nMontant : 1 245,00 €\nBénéficiaire : URSSAF D'ALSACE\n"
         "Libellé : COTISATIONS T3 2026 SIRET 8xxxxxxxx00021\nDate d'exécution : 01/12/2026\n\n"
         "Cet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\nShine SAS\n")
    m = msg([("From", "Shine <noreply@shine.fr>"), ("To", OWNER), ("Subject", ew("Votre virement de 1 245,00 € a été envoyé")),
             ("Date", D("Tue", 10, 2)), ("Message-ID", mid_generic("shine.fr"))], leaf(t))
    add("shine_out_urssaf", L, m, "fr", "Shine", "outgoing transfer to URSSAF",
        provider="Shine", money=money("out", "1245.00", reference="COTISATIONS T3 2026 SIRET 8xxxxxxxx00021", value_date="2026-12-01"))

    t = ("BNP PARIBAS - Alerte prélèvement\n\nBonjour,\n\nUn prélèvement SEPA de 39,99 EUR a été débité de "
         "votre compte ****4412 le 01/12/2026.\nCréancier : FREE PRO\nRéférence de mandat : FPRO-%s\n\n"
         "Cet e-mail vous est adressé automatiquement. Merci de ne pas y répondre.\n") % alnum(10, True)
    m = msg([("From", "BNP Paribas <ne-pas-repondre@bnpparibas.com>"), ("To", OWNER),
             ("Subject", ew("Alerte : prélèvement débité sur votre compte")), ("Date", D("Tue", 7, 22)),
             ("Message-ID", mid_generic("bnpparibas.com"))], leaf(t))
    add("bnp_out_prelevement_free", L, m, "fr", "BNP Paribas", "direct debit taken (internet provider)",
        provider="BNP Paribas", money=money("out", "39.99", reference="FREE PRO", value_date="2026-12-01"))

    t = ("Hello Damien,\n\nWe couldn't deliver your transfer of 450.00 EUR to Hoerth Conseil. The recipient's "
         "bank returned it with the reason: AC04 - Account closed.\n\nThe money (450.00 EUR) is back in your "
         "EUR balance. Please check the recipient's details and try again.\n\nThe Wise Team\n\nYou're "
         "receiving this email because you made a transfer with Wise.\n")
    m = msg([("From", "Wise <noreply@wise.com>"), ("To", OWNER), ("Subject", "Your transfer to Hoerth Conseil was returned"),
             ("Date", D("Wed", 14, 0, tz="+0000")), ("Message-ID", mid_generic("wise.com"))], leaf(t, cte="7bit", cs="us-ascii"))
    add("wise_failed_returned_transfer", L, m, "en", "Wise", "outgoing transfer returned (AC04), money back",
        provider="Wise", money=money("failed", "450.00", reference="Hoerth Conseil", value_date="2026-12-02"),
        notes="money returns to the owner's balance but it is his own failed transfer, not a payment")

    t = ("Payout failed\n\nYour payout of €845.20 to the bank account ending in 8542 could not be completed. "
         "Your bank reported: the account number is invalid or the account has been closed.\n\nThe funds "
         "have been returned to your Stripe balance. Update your bank account in the Dashboard to receive "
         "future payouts.\n\nStripe - You are receiving this email because you are an administrator of "
         "Kowalski Formation.\n")
    m = msg([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER), ("Subject", "Action required: payout failed"),
             ("Date", D("Thu", 4, 48, tz="+0000")), ("Message-ID", mid_generic("stripe.com"))], leaf(t))
    add("stripe_payout_failed", L, m, "en", "Stripe", "payout failed, funds back to balance",
        provider="Stripe", money=money("failed", "845.20", value_date="2026-12-03"))

    chid = "ch_3Q" + alnum(16)
    t = ("A customer has disputed a payment\n\nAmount: €390.00\nReason: Product not received\nCustomer: "
         "a.lefevre@example.com\nPayment: Atelier « Prise de parole en public » (%s)\n\nRespond by "
         "December 14, 2026 at 11:59 PM. If you don't respond, the dispute will be lost.\nA €15.00 dispute fee "
         "has been debited from your balance.\n\nStripe\n") % chid
    m = msg([("From", "Stripe <notifications@stripe.com>"), ("To", OWNER),
             ("Subject", "A €390.00 payment has been disputed"), ("Date", D("Wed", 18, 3, tz="+0000")),
             ("Message-ID", mid_generic("stripe.com"))], leaf(t))
    add("stripe_dispute_chargeback", L, m, "en", "Stripe", "chargeback/dispute with response deadline",
        provider="Stripe", money=money("chargeback", "390.00", reference=chid, value_date="2026-12-02"))

    t = ("Bonjour Kowalski Formation,\n\nCoralie Fischer vous a envoyé 240,00 EUR. Ce paiement est "
         "actuellement en attente.\n\nPourquoi ? Nous effectuons une vérification de sécurité de routine. "
         "Les fonds seront disponibles sur votre compte PayPal sous 21 jours au plus, ou plus tôt si "
         "l'acheteur confirme la réception.\n\nCopyright © 1999-2026 PayPal. Tous droits réservés.\n")
    m = msg([("From", "PayPal <service@paypal.fr>"), ("To", OWNER), ("Subject", ew("Paiement en attente")),
             ("Date", D("Thu", 12, 55)), ("Message-ID", mid_generic("paypal.com"))], leaf(t))
    add("paypal_pending_hold", L, m, "fr", "PayPal", "payment on hold 'en attente'",
        provider="PayPal", money=money("none", "240.00", reference="Coralie Fischer", value_date=""),
        notes="payer Coralie Fischer; held, not available: direction none")

    t = ("Bonjour,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre Espace Client, "
         "rubrique e-Documents.\n\nCompte : Compte courant professionnel n° xxxxxx1X020\nPériode : du "
         "01/11/2026 au 30/11/2026\n\nLa Banque Postale\nMessage automatique - ne pas répondre.\n")
    m = msg([("From", "La Banque Postale <ne_pas_repondre@labanquepostale.fr>"), ("To", OWNER),
             ("Subject", ew("Votre relevé de compte est disponible")), ("Date", D("Wed", 5, 40)),
             ("Message-ID", mid_generic("labanquepostale.fr"))], leaf(t, cs="iso-8859-1"))
    add("lbp_statement_available", L, m, "fr", "La Banque Postale", "monthly statement available",
        provider="La Banque Postale", money=money("statement", ""))

    t = ("Caisse d'Epargne Grand Est Europe\n\nAlerte solde\n\nBonjour,\n\nLe solde de votre compte "
         "professionnel n° ****0274 est passé sous le seuil de 1 000,00 € que vous avez défini.\nSolde au "
         "01/12/2026 : 742,18 €\n\nPour éviter tout incident, pensez à alimenter votre compte.\n\n"
         "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    m = msg([("From", "Caisse d'Epargne <ne-pas-repondre@caisse-epargne.fr>"), ("To", OWNER),
             ("Subject", ew("Alerte solde : seuil atteint")), ("Date", D("Tue", 6, 5)),
             ("Message-ID", mid_generic("caisse-epargne.fr"))], leaf(t))
    add("cegee_balance_alert", L, m, "fr", "Caisse d'Épargne", "low balance alert",
        provider="Caisse d'Épargne", money=money("statement", "742.18", value_date="2026-12-01"))

    t = ("Crédit Mutuel - Information\n\nMadame, Monsieur,\n\nNous vous informons qu'un prélèvement SEPA "
         "présenté sur votre compte 000xxxx8542 01 n'a pas pu être honoré :\n\nCréancier : URSSAF "
         "D ALSACE\nMontant : 612,00 EUR\nDate d'échéance : 02/12/2026\nMotif : AM04 - provision "
         "insuffisante\n\nDes frais de rejet de 20,00 EUR seront prélevés conformément aux conditions "
         "tarifaires.\n\nCeci est un message automatique. Merci de ne pas y répondre.\n")
    m = msg([("From", ew("Crédit Mutuel", "iso-8859-1") + " <alertes@creditmutuel.fr>"), ("To", OWNER),
             ("Subject", ew("Rejet de prélèvement", "iso-8859-1")), ("Date", D("Thu", 7, 55)),
             ("Message-ID", mid_generic("creditmutuel.fr"))], leaf(t, cs="iso-8859-1"))
    add("creditmutuel_failed_rejet_prelevement", L, m, "fr", "Crédit Mutuel", "direct debit rejected for insufficient funds",
        provider="Crédit Mutuel", money=money("failed", "612.00", reference="URSSAF D ALSACE", value_date="2026-12-02"))

    h = html_table([("Compte débité", "COMPTE COURANT PRO ****3307"), ("Bénéficiaire", "LA PLAGE COWORKING STRASBOURG"),
                    ("Montant", "-320,00 EUR"), ("Motif", "LOYER BUREAU DEC 2026"), ("Date", "01/12/2026")],
                   "CIC - Confirmation de virement émis", "<p>Votre ordre de virement a été exécuté :</p>",
                   "CIC Est. Ce message est envoyé automatiquement, merci de ne pas y répondre.", "#00558c")
    m = msg([("From", "CIC <ne-pas-repondre@cic.fr>"), ("To", OWNER), ("Subject", ew("Virement émis")),
             ("Date", D("Tue", 12, 20)), ("Message-ID", mid_generic("cic.fr"))], leaf(h, "html"))
    add("cicest_out_virement_emis", L, m, "fr", "CIC Est", "outgoing transfer to coworking",
        provider="CIC", money=money("out", "320.00", reference="LOYER BUREAU DEC 2026", value_date="2026-12-01"))

    t = ("Bonjour,\n\nLe paiement de 450,00 € de Atelier Haas Design (réf. F-2026-0377 ECHEANCE 1) a "
         "échoué.\nMotif communiqué par la banque du client : MS03 - raison non spécifiée.\n\nNous "
         "réessaierons automatiquement le %s si la relance intelligente est activée. Vous pouvez aussi "
         "contacter votre client.\n\nL'équipe GoCardless\n") % "07/12/2026"
    m = msg([("From", "GoCardless <notifications@gocardless.com>"), ("To", OWNER),
             ("Subject", ew("Échec du paiement de Atelier Haas Design")), ("Date", D("Fri", 11, 30)),
             ("Message-ID", mid_generic("gocardless.com"))], leaf(t))
    add("gocardless_failed_haas", L, m, "fr", "GoCardless", "client direct debit failed, retry scheduled",
        provider="GoCardless", money=money("failed", "450.00", reference="F-2026-0377 ECHEANCE 1", value_date="2026-12-04"))

    t = ("Bonjour Damien,\n\nUn virement international entrant est en cours de traitement par nos équipes.\n\n"
         "Montant annoncé : 2 800,00 CHF\nÉmetteur : BODENSEE MASCHINENBAU AG\nStatut : en cours de "
         "vérification\n\nLes fonds seront crédités sur votre compte après conversion, généralement sous 1 à "
         "3 jours ouvrés. Aucune action n'est requise de votre part.\n\nL'équipe Qonto\n")
    m = msg([("From", "Qonto <noreply@qonto.com>"), ("To", OWNER),
             ("Subject", ew("Virement entrant en cours de traitement")), ("Date", D("Fri", 15, 5)),
             ("Message-ID", mid_generic("qonto.com"))], leaf(t))
    add("qonto_pending_swift_chf", L, m, "fr", "Qonto", "incoming SWIFT in CHF pending verification",
        provider="Qonto", money=money("none", "2800.00", currency="CHF", reference="BODENSEE MASCHINENBAU AG"),
        notes="announced, not credited; payer Bodensee Maschinenbau AG")

    t = ("Vous avez été remboursé de 45,00 €\n\nLa Plage Coworking vous a remboursé : « annulation salle "
         "réunion 26/11 ».\n\nSumeria (anciennement Lydia)\n")
    m = msg([("From", "Sumeria <noreply@sumeria.eu>"), ("To", OWNER),
             ("Subject", ew("Remboursement reçu : 45,00 €")), ("Date", D("Mon", 16, 40)),
             ("Message-ID", mid_generic("sumeria.eu"))], leaf(t))
    add("sumeria_refund_coworking", L, m, "fr", "Sumeria", "refund from a supplier",
        provider="Sumeria (Lydia)", money=money("refund", "45.00", reference="annulation salle réunion 26/11",
                                                value_date="2026-11-30"))

    t = ("BoursoBank\n\nBonjour,\n\nVotre virement de 180,00 EUR à destination de SEBASTIEN HOERTH n'a pas "
         "pu être exécuté : l'IBAN du bénéficiaire est invalide (motif AC01).\nLe montant n'a pas été "
         "débité de votre compte.\n\nCeci est un message automatique, merci de ne pas y répondre.\n"
         "BoursoBank - Boursorama SA\n")
    m = msg([("From", "BoursoBank <noreply@boursobank.com>"), ("To", OWNER),
             ("Subject", ew("Votre virement a été rejeté")), ("Date", D("Thu", 17, 2)),
             ("Message-ID", mid_generic("boursobank.com"))], leaf(t))
    add("boursobank_failed_transfer_rejected", L, m, "fr", "BoursoBank (Boursorama)", "outgoing transfer rejected (AC01)",
        provider="Boursorama", money=money("failed", "180.00", reference="SEBASTIEN HOERTH", value_date="2026-12-03"))

    t = ("Hi Damien,\n\nBodensee Maschinenbau AG is sending you 2,800.00 CHF.\n\nWe'll let you know when it "
         "arrives in your account. This usually takes 1-2 working days.\n\nThe Wise Team\n")
    m = msg([("From", "Wise <noreply@wise.com>"), ("To", OWNER), ("Subject", "Money is on its way to you"),
             ("Date", D("Thu", 9, 1, tz="+0000")), ("Message-ID", mid_generic("wise.com"))], leaf(t, cte="7bit", cs="us-ascii"))
    add("wise_announced_incoming", L, m, "en", "Wise", "incoming money announced, not arrived",
        provider="Wise", money=money("none", "2800.00", currency="CHF", reference="Bodensee Maschinenbau AG"))

    t = ("Fortuneo\n\nBonjour,\n\nVous avez souhaité être alerté lorsque le solde de votre compte dépasse "
         "10 000,00 €.\nSolde de votre compte courant au 02/12/2026 : 11 418,62 €\n\nMerci de ne pas "
         "répondre à cet e-mail envoyé automatiquement.\n")
    m = msg([("From", "Fortuneo <noreply@fortuneo.fr>"), ("To", OWNER), ("Subject", "Alerte solde"),
             ("Date", D("Wed", 6, 11)), ("Message-ID", mid_generic("fortuneo.fr"))], leaf(t))
    add("fortuneo_balance_above_threshold", L, m, "fr", "Fortuneo", "'solde supérieur' threshold alert",
        provider="Fortuneo", money=money("statement", "11418.62", value_date="2026-12-02"))

    t = ("Dispute opened\n\nA chargeback has been received for payment tr_%s.\n\nAmount: €120.00\n"
         "Reason code: 10.4 - Fraudulent transaction (card absent)\nDescription: Webinaire « Donner du "
         "feedback » 19/11\n\nThe amount has been deducted from your next settlement. You can accept or "
         "contest the chargeback in your Mollie dashboard.\n\nMollie B.V.\n") % alnum(10)
    m = msg([("From", "Mollie <noreply@mollie.com>"), ("To", OWNER), ("Subject", "Chargeback received: €120.00"),
             ("Date", D("Fri", 9, 40)), ("Message-ID", mid_generic("mollie.com"))], leaf(t))
    add("mollie_chargeback", L, m, "en", "Mollie", "chargeback deducted from settlement",
        provider="Mollie", money=money("chargeback", "120.00", reference="Webinaire « Donner du feedback » 19/11",
                                       value_date="2026-12-04"))


# ================================================================ AUTO REPLIES
def autos():
    L = "auto_reply"

    # 1 Outlook FR Réponse automatique, Auto-Submitted, jusqu'au 7 décembre inclus
    s = subj_fr("F-2026-0431")
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité "
            "à ma messagerie.\nPour toute question urgente concernant les factures fournisseurs, merci de "
            "contacter comptabilite@groupe-altmayer.fr.\n\nCordialement,\nEstelle Braun\n")
    m = msg([("From", addr("Estelle Braun", "e.braun@groupe-altmayer.fr")), ("To", OWNER),
             ("Subject", ew("Réponse automatique : " + s)), ("Date", D("Mon", 8, 6)),
             ("Message-ID", mid_outlook("groupe-altmayer.fr")), ("In-Reply-To", rem_id(431)),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "e.braun@groupe-altmayer.fr"), ("Content-Language", "fr-FR")],
            leaf(body))
    add("altmayer_fr_outlook_reponse_automatique", L, m, "fr", "Groupe Altmayer (Exchange)",
        "Outlook 'Réponse automatique :' with Auto-Submitted", facts="ooo_until=2026-12-07",
        notes="absent 'jusqu'au 7 décembre inclus' (back on 8 Dec)")

    # 2 Gmail vacation EN
    s = subj_en("INV-0428")
    m = msg([("From", addr("Tom Becker", "tom@becker-events.example")), ("To", OWNER),
             ("Subject", "Re: " + s), ("Date", D("Mon", 8, 9, tz="+0000")), ("Message-ID", mid_gmail()),
             ("In-Reply-To", rem_id(428)), ("References", rem_id(428)), ("Auto-Submitted", "auto-replied"),
             ("Precedence", "bulk"), ("X-Autoreply", "yes")],
            leaf("Hi,\n\nI'm at a trade fair in Frankfurt until Wednesday 2 December with very limited access "
                 "to email. I'll get back to you as soon as possible after that.\n\nTom\n", cte="7bit", cs="us-ascii"))
    add("becker_en_gmail_vacation", L, m, "en", "Gmail vacation responder",
        "Gmail vacation 'Re:' subject, X-Autoreply", facts="ooo_until=2026-12-02")

    # 3 French absence without any auto header
    s = subj_fr("F-2026-0420")
    m = msg([("From", addr("Guillaume Ritter", "g.ritter@eurodecolletage.fr")), ("To", OWNER),
             ("Subject", ew("Absence du bureau : " + s)), ("Date", D("Mon", 8, 13)),
             ("Message-ID", mid_generic("eurodecolletage.fr"))],
            leaf("Bonjour,\n\nJe suis actuellement en déplacement sur notre site de Saint-Dié et ne consulte "
                 "pas régulièrement mes messages. Je serai de retour le jeudi 3 décembre.\n\nEn cas "
                 "d'urgence : Sophie Meyer, 03 29 xx xx 14.\n\nGuillaume Ritter\n", cs="iso-8859-1"))
    add("eurodecolletage_fr_absence_sans_entete", L, m, "fr", "Eurodécolletage Vosges-Alsace",
        "'Absence du bureau' with no Auto-Submitted/X-Autoreply header", facts="ooo_until=2026-12-03",
        notes="returns on 3 Dec")

    # 4 German/English Abwesenheitsnotiz
    s = subj_en("INV-0411")
    body = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.12.2026 nicht im Büro. Ihre "
            "Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "kreditoren@schwarzwald-praezision.example.\n\nThank you for your message. I am out of the "
            "office until 14 December 2026 inclusive. Your message will not be forwarded.\n\n"
            "Mit freundlichen Grüßen / Best regards\nJörg Brenner\n")
    m = msg([("From", addr("Brenner, Jörg", "joerg.brenner@schwarzwald-praezision.example")), ("To", OWNER),
             ("Subject", "Abwesenheitsnotiz: " + s), ("Date", D("Mon", 8, 15)),
             ("Message-ID", mid_outlook("schwarzwald-praezision.example")), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All")], leaf(body, cs="iso-8859-1"))
    add("schwarzwald_de_abwesenheitsnotiz", L, m, "de", "Schwarzwald Präzision GmbH",
        "bilingual DE/EN Abwesenheitsnotiz", facts="ooo_until=2026-12-14")

    # 5 accounts payable autoresponder about terms
    s = subj_fr("F-2026-0429")
    body = ("Madame, Monsieur,\n\nNous accusons réception de votre message adressé au service Comptabilité "
            "Fournisseurs des Laboratoires Vogesia.\n\nRappel de nos conditions :\n- les factures doivent "
            "mentionner le numéro de commande (BC-xxxxxx) ;\n- nos règlements sont effectués à 60 jours fin "
            "de mois, le 10 de chaque mois ;\n- aucune relance téléphonique ne sera traitée.\n\nVotre demande "
            "sera traitée dans un délai de 5 jours ouvrés.\n\nCe message est généré automatiquement, merci "
            "de ne pas y répondre.\n")
    m = msg([("From", addr("Comptabilité Fournisseurs", "factures@vogesia-labo.fr")), ("To", OWNER),
             ("Subject", ew("Accusé de réception - " + s)), ("Date", D("Mon", 8, 7)),
             ("Message-ID", mid_generic("vogesia-labo.fr")), ("Auto-Submitted", "auto-generated"),
             ("Precedence", "auto_reply")], leaf(body))
    add("vogesia_fr_ap_accuse_reception", L, m, "fr", "Laboratoires Vogesia",
        "AP autoresponder restating payment terms (60 jours fin de mois)",
        notes="mentions payment terms but is not a promise")

    # 6 helpdesk ticket
    s = subj_fr("F-2026-0398")
    body = ("##- Merci de saisir votre réponse au-dessus de cette ligne -##\n\nBonjour,\n\nVotre demande "
            "(n° 48213) a bien été reçue et sera traitée par notre équipe administrative dans les meilleurs "
            "délais.\n\nObjet : %s\n\nPour ajouter des informations, répondez simplement à cet e-mail.\n\n"
            "Cap Compétences Grand Est - Support\n") % s
    m = msg([("From", addr("Cap Compétences Support", "support@cap-competences-ge.zendesk.com")), ("To", OWNER),
             ("Subject", ew("[Cap Compétences] Re: " + s)), ("Date", D("Mon", 8, 8)),
             ("Message-ID", "<%s_%s@cap-competences-ge.zendesk.com>" % (alnum(12, True), hexid(6))),
             ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
             ("Reply-To", "Cap Compétences Support <support+id48213@cap-competences-ge.zendesk.com>".replace("é", "e"))],
            multi("alternative", [leaf(body), leaf("<p>##- Merci de saisir votre r&eacute;ponse au-dessus de cette ligne -##</p><p>Votre demande (n&deg; 48213) a bien &eacute;t&eacute; re&ccedil;ue.</p>", "html")]))
    add("capcompetences_fr_zendesk_ticket", L, m, "fr", "Zendesk (Cap Compétences)",
        "helpdesk ticket acknowledgement #48213")

    # 7 MDN read receipt from Outlook
    s = subj_fr("F-2026-0426")
    human = ("Votre message\n\n  À : Aurélie Gasser\n  Objet : %s\n  Envoyé : lundi 30 novembre 2026 "
             "08:11:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mardi 1 décembre 2026 "
             "08:57:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n") % s
    mdn = ("Reporting-UA: rh@menuiseries-gasser.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;"
           "rh@menuiseries-gasser.fr\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; "
           "displayed\n") % rem_id(426)
    m = msg([("From", addr("Aurélie Gasser", "rh@menuiseries-gasser.fr")), ("To", OWNER),
             ("Subject", ew("Lu : " + s)), ("Date", D("Tue", 8, 57)),
             ("Message-ID", mid_outlook("menuiseries-gasser.fr"))],
            multi("report", [leaf(human), raw_part([("Content-Type", "message/disposition-notification")], mdn)],
                  params="; report-type=disposition-notification"))
    add("gasser_fr_accuse_lecture_mdn", L, m, "fr", "Outlook MDN", "read receipt 'Lu :' multipart/report MDN")

    # 8 Thunderbird MDN
    s = subj_fr("F-2026-0398")
    m = msg([("From", addr("Frédérique Wendling", "f.wendling@cap-competences-ge.fr")), ("To", OWNER),
             ("Subject", ew("Accusé de réception (affiché) - " + s)), ("Date", D("Mon", 9, 2)),
             ("Message-ID", "<%s-%s@cap-competences-ge.fr>" % (hexid(8), hexid(4))),
             ("User-Agent", "Mozilla Thunderbird")],
            multi("report", [leaf("Ceci est un accusé de réception pour le courrier électronique envoyé à "
                                  "<f.wendling@cap-competences-ge.fr>.\n\nNote : Cet accusé de réception "
                                  "indique seulement que le message a été affiché sur l'ordinateur du "
                                  "destinataire. Il n'y a aucune garantie que le destinataire ait lu ou "
                                  "compris le contenu du message.\n"),
                             raw_part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                                       ("Content-Disposition", "inline")],
                                      "Reporting-UA: cap-competences-ge.fr; Thunderbird 128.5.0\nFinal-Recipient: "
                                      "rfc822;f.wendling@cap-competences-ge.fr\nOriginal-Message-ID: %s\n"
                                      "Disposition: manual-action/MDN-sent-manually; displayed\n" % rem_id(398))],
                  params="; report-type=disposition-notification"))
    add("capcompetences_fr_thunderbird_mdn", L, m, "fr", "Thunderbird MDN", "Thunderbird 'Accusé de réception (affiché)'")

    # 9 challenge-response anti-spam
    body = ("Bonjour,\n\nVous avez écrit à compta@eber-paysage.fr. Afin de lutter contre les courriers "
            "indésirables, votre correspondant utilise un service de protection de sa messagerie.\n\n"
            "Votre message « %s » est en attente. Pour qu'il soit délivré, merci de confirmer que vous "
            "n'êtes pas un robot en cliquant sur le lien ci-dessous (une seule fois) :\n\n"
            "https://secure.boxprotect.example/validate?id=%s\n\nSans action de votre part, votre message "
            "sera supprimé dans 7 jours.\n\nMessage envoyé automatiquement par BoxProtect pour le compte de "
            "compta@eber-paysage.fr\n") % (subj_fr("F-2026-0403"), alnum(32))
    m = msg([("From", "BoxProtect <no-reply@boxprotect.example>"), ("To", OWNER),
             ("Subject", ew("Merci de confirmer votre envoi à compta@eber-paysage.fr")), ("Date", D("Mon", 8, 20)),
             ("Message-ID", mid_generic("boxprotect.example")), ("Auto-Submitted", "auto-replied")], leaf(body))
    add("eber_fr_challenge_response", L, m, "fr", "BoxProtect (challenge-response)",
        "anti-spam challenge-response 'confirmez que vous n'êtes pas un robot'",
        notes="modelled on French challenge-response services (Mailinblack style), fictional vendor")

    # 10 hospital AP autoresponder Chorus Pro
    body = ("Ce message est généré automatiquement. Merci de ne pas y répondre.\n\nLe Centre Hospitalier "
            "Intercommunal du Ried n'accepte plus les factures transmises par courriel. Conformément à "
            "l'ordonnance n° 2014-697, toutes les factures doivent être déposées sur le portail Chorus Pro "
            "(https://chorus-pro.gouv.fr).\n\nPour le suivi du paiement d'une facture déjà déposée, "
            "consultez son statut sur Chorus Pro (statut « Mise en paiement »).\n\nDirection des Finances\n")
    m = msg([("From", addr("Factures CHI Ried", "factures@chi-ried.example")), ("To", OWNER),
             ("Subject", ew("RE: " + subj_fr("F-2026-0400") + " [réponse automatique]")), ("Date", D("Mon", 8, 10)),
             ("Message-ID", mid_outlook("chi-ried.example")), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")], leaf(body))
    add("chiried_fr_autoreply_chorus_pro", L, m, "fr", "Centre Hospitalier Intercommunal du Ried",
        "AP mailbox autoreply redirecting to Chorus Pro")

    # 11 Swiss OOO English with deputy, until Monday 7 December
    s = subj_en("INV-0424")
    m = msg([("From", addr("Gisler Reto", "reto.gisler@alpstein-versicherungen.ch")), ("To", OWNER),
             ("Subject", "Automatic reply: " + s), ("Date", D("Thu", 8, 5)),
             ("Message-ID", mid_outlook("alpstein-versicherungen.ch")), ("Auto-Submitted", "auto-replied"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
            leaf("Dear Sender\n\nI am out of the office until Monday, 7 December 2026. During my absence please "
                 "contact my deputy Mrs. Corinne Baumann (corinne.baumann@alpstein-versicherungen.ch).\n\n"
                 "Freundliche Grüsse\nReto Gisler\n", cte="7bit", cs="us-ascii"))
    add("alpstein_en_automatic_reply_deputy", L, m, "en", "Alpstein Versicherungen AG",
        "Exchange 'Automatic reply:' with deputy", facts="ooo_until=2026-12-07")

    # 12 maternity leave, no return date
    s = subj_fr("F-2026-0437")
    m = msg([("From", addr("Hélène Bauer", "helene@optique-bauer.fr")), ("To", OWNER),
             ("Subject", ew("Réponse automatique : " + s)), ("Date", D("Fri", 8, 4)),
             ("Message-ID", mid_generic("optique-bauer.fr")), ("Auto-Submitted", "auto-replied")],
            leaf("Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question administrative ou "
                 "comptable, merci de vous adresser à Julien Bauer : julien@optique-bauer.fr.\n\n"
                 "Merci de votre compréhension.\nHélène\n"))
    add("bauer_fr_conge_maternite", L, m, "fr", "Optique Bauer", "leave without return date, redirects")

    # 13 CCI web form ack
    m = msg([("From", addr("CCI Rhin-Ried", "ne-pas-repondre@cci-rhinried.fr")), ("To", OWNER),
             ("Subject", ew("Votre message a bien été reçu")), ("Date", D("Tue", 8, 15)),
             ("Message-ID", mid_generic("cci-rhinried.fr")), ("Auto-Submitted", "auto-replied")],
            multi("alternative", [leaf("Bonjour,\n\nMerci pour votre message. Il a bien été transmis au service "
                                       "concerné, qui vous répondra dans un délai de 48 heures ouvrées.\n\n"
                                       "La CCI Territoriale Rhin-Ried\n"),
                                  leaf("<p>Bonjour,</p><p>Merci pour votre message. Il a bien &eacute;t&eacute; transmis au service concern&eacute;, qui vous r&eacute;pondra dans un d&eacute;lai de 48&nbsp;heures ouvr&eacute;es.</p>", "html")]))
    add("cci_fr_accuse_48h", L, m, "fr", "CCI Territoriale Rhin-Ried", "generic acknowledgement '48 heures ouvrées'")

    # 14 Outlook EN automatic reply, back 3 December
    s = subj_en("INV-0430")
    m = msg([("From", addr("Priya Raman", "ap@meridian-talent.lu")), ("To", OWNER),
             ("Subject", "Automatic reply: " + s), ("Date", D("Tue", 8, 4)),
             ("Message-ID", mid_outlook("meridian-talent.lu")), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All")],
            multi("alternative", [leaf("Thank you for your email. I am on annual leave and will be back on 3 December. "
                                       "Invoices should be sent to invoices@meridian-talent.lu.\n", cte="7bit", cs="us-ascii"),
                                  leaf("<html><body><p>Thank you for your email. I am on annual leave and will be back on 3 December. Invoices should be sent to invoices@meridian-talent.lu.</p></body></html>", "html", cte="7bit", cs="us-ascii")]))
    add("meridian_en_back_on_3_december", L, m, "en", "Meridian Talent Partners",
        "Exchange 'Automatic reply:', 'back on 3 December'", facts="ooo_until=2026-12-03")

    # 15 en formation jusqu'au vendredi 4/12
    s = subj_fr("F-2026-0434")
    m = msg([("From", addr("Nicolas Humbert", "n.humbert@hrhk-hotels.fr")), ("To", OWNER),
             ("Subject", ew("Absent : " + s)), ("Date", D("Tue", 8, 9)),
             ("Message-ID", mid_generic("hrhk-hotels.fr")), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
            leaf("Je suis en formation jusqu'au vendredi 4/12 et répondrai à votre message à mon retour.\n"
                 "N. Humbert\n", cs="utf-8", cte="8bit"))
    add("hrhk_fr_en_formation_4_12", L, m, "fr", "Hôtels & Résidences du Haut-Koenigsbourg",
        "short OOO, date as 'vendredi 4/12'", facts="ooo_until=2026-12-04")

    # 16 year-end closure, back 4 January
    m = msg([("From", addr("Kühnle Gastro-Technik", "info@kuehnle-gastro.de")), ("To", OWNER),
             ("Subject", ew("Automatische Antwort / Réponse automatique : " + subj_fr("F-2026-0439"))),
             ("Date", D("Fri", 8, 3)), ("Message-ID", mid_outlook("kuehnle-gastro.de")),
             ("Auto-Submitted", "auto-replied")],
            leaf("Sehr geehrte Damen und Herren,\n\nunser Büro ist ab sofort wegen Inventur und Betriebsurlaub "
                 "geschlossen. Ab Montag, 4. Januar 2027 sind wir wieder für Sie da.\n\nMadame, Monsieur, "
                 "nos bureaux sont fermés pour inventaire et congés annuels. Retour le lundi 4 janvier 2027.\n\n"
                 "Kühnle Gastro-Technik GmbH\n", cs="iso-8859-1"))
    add("kuehnle_de_fr_betriebsurlaub", L, m, "de", "Kühnle Gastro-Technik GmbH",
        "bilingual DE/FR closure notice, back 4 January", facts="ooo_until=2027-01-04")


# ================================================================ BOUNCES
def dsn_part(rcpt, action, status, diag, mta, remote=None, extra=""):
    t = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n" \
        "Action: %s\nStatus: %s\n" % (mta, D("Mon", 8, 5), rcpt, rcpt, action, status)
    if remote:
        t += "Remote-MTA: dns; %s\n" % remote
    t += "Diagnostic-Code: smtp; %s\n%s" % (diag, extra)
    return raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], t)


def orig_headers(rcpt, inv, n, lang="fr"):
    s = subj_fr(inv) if lang == "fr" else subj_en(inv)
    t = ("Return-Path: <damien@kowalski-formation.fr>\nFrom: Damien Kowalski <damien@kowalski-formation.fr>\n"
         "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; "
         "charset=utf-8\n") % (rcpt, ew(s), D("Mon", 8, 5), rem_id(n))
    return raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], t)


def bounces():
    L = "bounce"

    # 1 Gmail
    r = "fabienne.koch.rh@example.com"
    txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
           "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
           "double-checking the recipient's email address for typos or unnecessary spaces. For more information, "
           "go to https://support.google.com/mail/?p=NoSuchUser %s - gsmtp\n") % (r, alnum(20))
    m = msg([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
             ("Subject", "Delivery Status Notification (Failure)"), ("Date", D("Mon", 8, 6)),
             ("Message-ID", "<%s.%s@mx.google.com>" % (alnum(10), hexid(8))), ("Auto-Submitted", "auto-replied")],
            multi("report", [multi("related", [leaf(txt, cte="quoted-printable", cs="UTF-8")]),
                             dsn_part(r, "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.",
                                      "googlemail.com", "gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1a)"),
                             orig_headers(r, "F-2026-0410", 410)],
                  boundary="000000000000" + hexid(16), params="; report-type=delivery-status"))
    add("gmail_address_not_found", L, m, "en", "Gmail", "Gmail DSN 550 5.1.1 with delivery-status",
        facts="failed_recipient=" + r)

    # 2 Exchange Online NDR
    r = "c.obrecht@sobeval.fr"
    h = ("<html><body><div style=\"font-family:Segoe UI\"><p><b><font color=\"#000000\" size=\"3\">Your message to "
         "%s couldn't be delivered.</font></b></p><p>%s wasn't found at sobeval.fr.</p><p>damien Office 365 "
         "c.obrecht<br>Action Required Recipient</p><p><b>How to Fix It</b><br>The address may be misspelled or may "
         "not exist. Try one or more of the following: ...</p><p>Diagnostic information for administrators:</p>"
         "<p>Generating server: PR3P192MB0714.EURP192.PROD.OUTLOOK.COM<br>%s<br>Remote Server returned '550 "
         "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></div></body></html>") % (r, r.split("@")[0], r)
    m = msg([("From", "Microsoft Outlook <postmaster@sobeval.onmicrosoft.com>"), ("To", OWNER),
             ("Subject", "Undeliverable: " + subj_fr("F-2026-0409").replace("é", "e")), ("Date", D("Mon", 8, 6)),
             ("Message-ID", mid_outlook("PR3P192MB0714.EURP192.PROD.OUTLOOK.COM")),
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
            multi("report", [multi("alternative", [leaf("Your message to %s couldn't be delivered.\n\n%s wasn't found at sobeval.fr.\n" % (r, r.split("@")[0])),
                                                   leaf(h, "html")]),
                             dsn_part(r, "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                      "PR3P192MB0714.EURP192.PROD.OUTLOOK.COM"),
                             orig_headers(r, "F-2026-0409", 409)], params="; report-type=delivery-status"))
    add("exchange_online_recipient_not_found", L, m, "en", "Exchange Online",
        "Office 365 NDR 'Undeliverable:' 5.1.10", facts="failed_recipient=" + r,
        notes="the reminder went to an old address (the client's contact wrote from celine.obrecht@)")

    # 3 Orange / Wanadoo
    r = "ateliers.schaller@wanadoo.fr"
    txt = ("Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
           "Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :\n\n  %s\n"
           "    Raison : 552 5.2.2 boîte aux lettres pleine (mailbox full)\n\n"
           "------ This is a copy of the message's headers. ------\n") % r
    m = msg([("From", "Mail Delivery System <MAILER-DAEMON@orange.fr>"), ("To", OWNER),
             ("Subject", ew("Message non délivré : " + subj_fr("F-2026-0386"))), ("Date", D("Tue", 9, 15)),
             ("Message-ID", mid_generic("smtp.orange.fr")), ("Auto-Submitted", "auto-replied")],
            multi("report", [leaf(txt, cs="iso-8859-1"),
                             dsn_part(r, "failed", "5.2.2", "552 5.2.2 Mailbox full", "smtp-out.orange.fr", "mwinf5c22.me-wanadoo.net"),
                             orig_headers(r, "F-2026-0386", 386)], params="; report-type=delivery-status"))
    add("orange_wanadoo_mailbox_full", L, m, "fr", "Orange", "French NDR, mailbox full 5.2.2 for a wanadoo.fr address",
        facts="failed_recipient=" + r, notes="Orange wording reconstructed, not copied")

    # 4 Free quota (Postfix)
    r = "pierre.klein67@free.fr"
    txt = ("This is the mail system at host smtp1-g21.free.fr.\n\nI'm sorry to have to inform you that your "
           "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
           "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. "
           "You can\ndelete your own text from the attached returned message.\n\n                   The mail "
           "system\n\n<%s>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 Over quota\n    (in reply to RCPT TO "
           "command)\n") % r
    m = msg([("From", "MAILER-DAEMON@smtp1-g21.free.fr (Mail Delivery System)"), ("To", OWNER),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D("Tue", 10, 2)),
             ("Message-ID", "<%s@smtp1-g21.free.fr>" % hexid(12).upper()), ("Auto-Submitted", "auto-replied")],
            multi("report", [leaf(txt, cte="7bit", cs="us-ascii", extra=[("Content-Description", "Notification")]),
                             dsn_part(r, "failed", "5.2.2", "552 5.2.2 Over quota", "smtp1-g21.free.fr", "mx1.free.fr"),
                             orig_headers(r, "F-2026-0393", 393)], params="; report-type=delivery-status"))
    add("free_postfix_over_quota", L, m, "en", "Free", "Postfix bounce, over quota", facts="failed_recipient=" + r)

    # 5 OVH
    r = "compta@lutz-conseil-rh.fr"
    txt = ("This is the mail system at host mo561.mail-out.ovh.net.\n\nI'm sorry to have to inform you that "
           "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "                   The mail system\n\n<%s>: host mx3.mail.ovh.net[188.165.47.122] said: 550 5.1.1\n"
           "    <%s>: Recipient address rejected: User unknown in virtual mailbox table\n"
           "    (in reply to RCPT TO command)\n") % (r, r)
    m = msg([("From", "MAILER-DAEMON@mo561.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D("Wed", 8, 5)),
             ("Message-ID", "<%s@mo561.mail-out.ovh.net>" % hexid(12).upper())],
            multi("report", [leaf(txt, cte="7bit", cs="us-ascii"),
                             dsn_part(r, "failed", "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % r,
                                      "mo561.mail-out.ovh.net", "mx3.mail.ovh.net"),
                             raw_part([("Content-Type", "message/rfc822")],
                                      orig_headers(r, "F-2026-0404", 404).body.decode() + "\n" +
                                      reminder_fr("F-2026-0404", 1320.0, "05/10/2026", "04/11/2026"))],
                  params="; report-type=delivery-status"))
    add("ovh_user_unknown_full_message", L, m, "en", "OVHcloud", "Postfix via OVH outbound, full original message returned",
        facts="failed_recipient=" + r)

    # 6 delay warning Postfix
    r = "direction@hotel-riquewihr-vignes.fr"
    txt = ("This is the mail system at host mail.kowalski-formation.fr.\n\n####################################"
           "#########################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
           "#############################################################\n\nYour message could not be delivered "
           "for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail "
           "system\n\n<%s>: connect to mx.hotel-riquewihr-vignes.fr[51.91.x.x]:25:\n    Connection timed out\n") % r
    m = msg([("From", "MAILER-DAEMON@mail.kowalski-formation.fr (Mail Delivery System)"), ("To", OWNER),
             ("Subject", "Delayed Mail (still being retried)"), ("Date", D("Tue", 13, 5)),
             ("Message-ID", "<%s@mail.kowalski-formation.fr>" % hexid(12).upper())],
            multi("report", [leaf(txt, cte="7bit", cs="us-ascii"),
                             dsn_part(r, "delayed", "4.4.1", "connect to mx.hotel-riquewihr-vignes.fr: Connection timed out",
                                      "mail.kowalski-formation.fr", extra="Will-Retry-Until: Sat, 5 Dec 2026 08:05:31 +0100\n"),
                             orig_headers(r, "F-2026-0406", 406)], params="; report-type=delivery-status"))
    add("postfix_delay_warning", L, m, "en", "Postfix (owner's own MTA)", "delay warning, Action: delayed",
        facts="failed_recipient=%s;bounce_final=no" % r)

    # 7 Exchange on-prem delay (French)
    r = "s.meyer@eurodecolletage.fr"
    txt = ("Remise différée : " + subj_fr("F-2026-0420") + "\n\nLa remise du message à ces destinataires ou "
           "groupes est différée :\n\n%s\n\nObjet : %s\n\nCe message n'a pas encore été remis. Nous allons "
           "continuer à essayer de le remettre.\n\nLe serveur tentera de remettre ce message au cours des "
           "47 heures et 58 minutes suivantes. Vous serez averti si le message ne peut pas être remis pendant "
           "cette période.\n") % (r, subj_fr("F-2026-0420"))
    m = msg([("From", "Microsoft Outlook <postmaster@eurodecolletage.fr>"), ("To", OWNER),
             ("Subject", ew("Remise différée : " + subj_fr("F-2026-0420"))), ("Date", D("Mon", 16, 6)),
             ("Message-ID", mid_outlook("EXCH01.eurodecolletage.local"))],
            multi("report", [leaf(txt),
                             dsn_part(r, "delayed", "4.4.7", "400 4.4.7 Message delayed", "EXCH01.eurodecolletage.local")],
                  params="; report-type=delivery-status"))
    add("exchange_fr_remise_differee", L, m, "fr", "Exchange on-premises", "French 'Remise différée' delay notice",
        facts="failed_recipient=%s;bounce_final=no" % r)

    # 8 qmail, no machine-readable part
    r = "info@buero-sutter.example"
    txt = ("Hi. This is the qmail-send program at mail.buero-sutter.example.\nI'm afraid I wasn't able to "
           "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry "
           "it didn't work out.\n\n<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line "
           "is a copy of the message.\n\nReturn-Path: <damien@kowalski-formation.fr>\nFrom: Damien Kowalski "
           "<damien@kowalski-formation.fr>\nTo: %s\nSubject: %s\n\n%s") % (r, r, subj_en("INV-0418"),
                                                                           reminder_en("INV-0418", 860.0, "1 October 2026", "31 October 2026"))
    m = msg([("From", "MAILER-DAEMON@mail.buero-sutter.example"), ("To", OWNER),
             ("Subject", "failure notice"), ("Date", D("Wed", 9, 1)),
             ("Message-ID", "<%d.%d.qmail@mail.buero-sutter.example>" % (rnd.randint(10 ** 9, 10 ** 10), rnd.randint(1000, 99999)))],
            leaf(txt, cte="8bit"), mime_version=False)
    add("qmail_failure_notice_plain", L, m, "en", "qmail", "plain-text 'failure notice', no delivery-status part",
        facts="failed_recipient=" + r)

    # 9 Exim / IONOS German
    r = "buchhaltung@weinhaus-ortenau.example"
    txt = ("Diese Nachricht wurde automatisch vom Mailsystem generiert.\nThis message was created automatically "
           "by mail delivery software.\n\nEine Nachricht, die Sie gesendet haben, konnte nicht an einen oder "
           "mehrere Empfänger zugestellt werden.\nA message that you sent could not be delivered to one or more "
           "of its recipients.\n\n  %s\n    SMTP error from remote server for RCPT TO command, host: "
           "mx00.ionos.de reason: 550 Requested action not taken: mailbox unavailable\n") % r
    m = msg([("From", "Mail Delivery System <mailer-daemon@kundenserver.de>"), ("To", OWNER),
             ("Subject", "Mail delivery failed: returning message to sender"), ("Date", D("Thu", 11, 4)),
             ("Message-ID", "<%s@mout.kundenserver.de>" % alnum(16))], leaf(txt))
    add("ionos_exim_mailbox_unavailable_de", L, m, "de", "IONOS (Exim)", "bilingual DE/EN Exim-style bounce, plain text",
        facts="failed_recipient=" + r)

    # 10 Gmail delay
    r = "contact@gite-hohwald.example"
    txt = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. "
           "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
           "The response from the remote server was:\n\n421 4.7.0 Try again later, closing connection.\n") % r
    m = msg([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
             ("Subject", "Delivery Status Notification (Delay)"), ("Date", D("Thu", 14, 33)),
             ("Message-ID", "<%s.%s@mx.google.com>" % (alnum(10), hexid(8)))],
            multi("report", [leaf(txt, cs="UTF-8"),
                             dsn_part(r, "delayed", "4.7.0", "421 4.7.0 Try again later, closing connection.", "googlemail.com",
                                      extra="Will-Retry-Until: Sat, 05 Dec 2026 12:33:02 -0800 (PST)\n")],
                  params="; report-type=delivery-status"))
    add("gmail_delay_notice", L, m, "en", "Gmail", "Gmail 'Delivery Status Notification (Delay)'",
        facts="failed_recipient=%s;bounce_final=no" % r)

    # 11 Postfix policy reject (SPF/spam) from client MTA
    r = "rh@altenheim-sonnenhof.example"
    txt = ("This is the mail system at host mail.kowalski-formation.fr.\n\nI'm sorry to have to inform you that "
           "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "                   The mail system\n\n<%s>: host mx01.altenheim-sonnenhof.example[203.0.113.25] said:\n"
           "    554 5.7.1 Service unavailable; Client host [198.51.100.17] blocked using\n"
           "    zen.spamhaus.org (in reply to RCPT TO command)\n") % r
    m = msg([("From", "MAILER-DAEMON@mail.kowalski-formation.fr (Mail Delivery System)"), ("To", OWNER),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D("Fri", 8, 7)),
             ("Message-ID", "<%s@mail.kowalski-formation.fr>" % hexid(12).upper())],
            multi("report", [leaf(txt, cte="7bit", cs="us-ascii"),
                             dsn_part(r, "failed", "5.7.1", "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org",
                                      "mail.kowalski-formation.fr", "mx01.altenheim-sonnenhof.example"),
                             orig_headers(r, "INV-0433", 433, "en")], params="; report-type=delivery-status"))
    add("postfix_policy_reject_blocklist", L, m, "en", "Postfix (owner's own MTA)", "policy rejection 5.7.1 blocklist",
        facts="failed_recipient=" + r)


# ================================================================ OTHER
def others():
    L = "other"

    def simple(name, frm, subj, day, hh, body, lang, group, pattern, html=None, extra=None, notes="", cs="utf-8"):
        hdr = [("From", frm), ("To", OWNER), ("Subject", ew(subj)), ("Date", D(day, hh, rnd.randint(0, 59))),
               ("Message-ID", mid_generic(frm.split("@")[-1].rstrip(">")))] + (extra or [])
        part = leaf(body, cs=cs) if html is None else multi("alternative", [leaf(body, cs=cs), leaf(html, "html")])
        add(name, L, msg(hdr, part), lang, group, pattern, notes=notes)

    unsub = [("List-Unsubscribe", "<https://news.example-esp.net/u/%s>" % alnum(24)),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

    simple("qualiopi_audit_surveillance", "Certi'Form Audit <planification@certiform-audit.example>",
           "Qualiopi - Planification de votre audit de surveillance", "Mon", 10,
           "Bonjour Monsieur Kowalski,\n\nVotre certificat Qualiopi n° CF-2025-0xxx arrive à mi-parcours. "
           "Conformément au programme de certification, un audit de surveillance à distance doit être réalisé "
           "entre le 15/01/2027 et le 15/03/2027.\n\nMerci de proposer trois créneaux via votre espace client. "
           "Pour rappel, les frais d'audit (650,00 € HT) seront facturés après l'audit.\n\nL'équipe planification\n"
           "Certi'Form Audit - organisme certificateur accrédité\n", "fr", "Certi'Form Audit",
           "Qualiopi certification body scheduling surveillance audit (mentions future fee)")

    simple("edof_nouvelle_inscription", "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
           "EDOF - Nouvelle demande d'inscription à valider", "Tue", 14,
           "Bonjour,\n\nUne nouvelle demande d'inscription a été déposée pour votre action de formation « Manager "
           "une équipe à distance » (session du 18/01/2027).\n\nDossier n° 7291188023\n\nVous disposez de 2 jours "
           "ouvrés pour y répondre dans EDOF. Sans réponse, la demande sera automatiquement refusée.\n\n"
           "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n", "fr", "Mon Compte Formation (EDOF)",
           "CPF platform: registration to validate within 2 days")

    # calendar invitation (text/calendar)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nDTSTAMP:20261201T081500Z\n"
           "ORGANIZER;CN=Amélie Wenger:mailto:amelie.wenger@cinetic-alsace.fr\nUID:%s@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=damien@kowalski-formation.fr:"
           "mailto:damien@kowalski-formation.fr\nSUMMARY:Bilan cycle managers + préparation 2027\n"
           "LOCATION:https://meet.google.com/xyz-abcd-efg\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n") % alnum(26)
    m = msg([("From", "Amélie Wenger (via Google Agenda) <calendar-notification@google.com>".replace("é", "e")),
             ("To", OWNER), ("Reply-To", "amelie.wenger@cinetic-alsace.fr"),
             ("Subject", ew("Invitation: Bilan cycle managers + préparation 2027 @ jeu. 10 déc. 2026 10:00 - 11:00 (CET)")),
             ("Date", D("Tue", 9, 15)), ("Message-ID", "<calendar-%s@google.com>" % hexid(32))],
            multi("mixed", [multi("alternative", [leaf("Vous avez été invité à l'événement suivant.\n\nBilan cycle managers + "
                                                       "préparation 2027\njeudi 10 déc. 2026 10:00 - 11:00 (CET)\nParticiper "
                                                       "avec Google Meet\n\nInvitation de Google Agenda\n"),
                                                  raw_part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
                                                            ("Content-Transfer-Encoding", "7bit")], ics.replace("é", "e"))]),
                            attach(ics.encode(), "application/ics", "invite.ics")]))
    add("google_calendar_invitation", L, m, "fr", "Google Calendar", "system calendar invitation with text/calendar")

    simple("lapage_coworking_facture", "La Plage Coworking <facturation@laplage-coworking.example>",
           "Votre facture LP-2026-1187 - décembre 2026", "Tue", 7,
           "Bonjour Damien,\n\nVeuillez trouver ci-joint votre facture LP-2026-1187 d'un montant de 320,00 € TTC "
           "(bureau fermé - décembre 2026).\n\nElle sera réglée par le virement permanent habituel.\n\nMerci et "
           "à bientôt au café du 2e !\nL'équipe La Plage - Strasbourg Gare\n", "fr", "La Plage Coworking",
           "supplier invoice TO the owner (coworking rent)")

    simple("sncf_connect_ebillet", "SNCF Connect <noreply@sncf-connect.com>",
           "Votre e-billet : Strasbourg → Mulhouse Ville, le 08/12/2026", "Mon", 19,
           "Bonjour Damien,\n\nVotre voyage est confirmé.\n\nAller : mar. 8 déc. 2026\n07:16 Strasbourg → 08:12 "
           "Mulhouse Ville - TER 96204\nPassager : Damien Kowalski - Carte Avantage Adulte\n\nMontant payé : "
           "89,00 €\nRéférence de dossier : QKZ7RT\n\nPrésentez votre e-billet dans l'application SNCF Connect.\n",
           "fr", "SNCF Connect", "train ticket confirmation with price paid",
           html="<html><body><h2>Votre voyage est confirm&eacute;</h2><p>Strasbourg &rarr; Mulhouse Ville, mar. 8 d&eacute;c. 2026</p><p>Montant pay&eacute; : 89,00&nbsp;&euro;</p></body></html>")

    simple("tiime_facture_consultee", "Tiime <notifications@tiime.fr>",
           "Votre facture F-2026-0431 a été consultée par Groupe Altmayer", "Wed", 11,
           "Bonjour Damien,\n\nBonne nouvelle : votre client Groupe Altmayer a consulté la facture F-2026-0431 "
           "(3 900,00 € TTC) le 02/12/2026 à 10:42.\n\nStatut : envoyée - non payée\nÉchéance : 15/11/2026 "
           "(en retard de 17 jours)\n\nEnvoyer une relance depuis Tiime ?\n\nL'équipe Tiime\n", "fr", "Tiime",
           "invoicing software: invoice viewed, 'non payée' (not a payment)")

    simple("linkedin_recherches", "LinkedIn <notifications-noreply@linkedin.com>",
           "Damien, vous êtes apparu dans 14 recherches cette semaine", "Mon", 7,
           "Vous êtes apparu dans 14 recherches cette semaine\n\nVos recherches proviennent de : Responsable "
           "formation, DRH, Chargé de recrutement\n\nVoir toutes les recherches\n\nCet e-mail est destiné à "
           "Damien Kowalski (Formateur & coach en management - Kowalski Formation).\nVous recevez des e-mails "
           "de notifications LinkedIn. Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, "
           "Dublin 2.\n", "fr", "LinkedIn", "social network notification", extra=unsub)

    simple("urssaf_message_espace", "Urssaf <ne-pas-repondre@info.urssaf.fr>",
           "Un nouveau message est disponible dans votre espace en ligne", "Thu", 9,
           "Bonjour,\n\nUn nouveau document est disponible dans votre espace personnel sur urssaf.fr, "
           "rubrique « Messagerie » : Échéancier de cotisations provisionnelles 2027.\n\nPour le consulter, "
           "connectez-vous à votre espace.\n\nCeci est un message automatique. Pour votre sécurité, l'Urssaf ne "
           "vous demandera jamais vos coordonnées bancaires par courriel.\n", "fr", "URSSAF",
           "URSSAF new document notification")

    simple("impots_cfe_avis", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
           "Votre avis de CFE 2026 est disponible dans votre espace professionnel", "Tue", 6,
           "Madame, Monsieur,\n\nVotre avis d'impôt de cotisation foncière des entreprises (CFE) 2026 est "
           "disponible dans votre espace professionnel sur impots.gouv.fr.\nDate limite de paiement : "
           "15/12/2026.\n\nLa direction générale des Finances publiques\n\nCe courriel est envoyé "
           "automatiquement, merci de ne pas y répondre.\n", "fr", "impots.gouv.fr (DGFiP)",
           "tax notice available, payment deadline")

    simple("creditmutuel_newsletter_pro", "Crédit Mutuel Pro <newsletter@info.creditmutuel.fr>",
           "Fin d'année : 5 conseils pour sécuriser votre trésorerie", "Wed", 10,
           "Le Mag des Pros - décembre 2026\n\n1. Anticipez vos échéances sociales et fiscales\n2. Relancez "
           "vos factures impayées avant les fêtes\n3. Pensez à l'affacturage pour lisser votre trésorerie\n"
           "...\n\nVous recevez cette newsletter car vous êtes client professionnel du Crédit Mutuel. Pour ne "
           "plus recevoir nos communications, cliquez ici.\n", "fr", "Crédit Mutuel (newsletter)",
           "bank's own newsletter mentioning unpaid invoices",
           html="<html><body><h1>Le Mag des Pros</h1><p>5 conseils pour s&eacute;curiser votre tr&eacute;sorerie</p></body></html>",
           extra=unsub)

    simple("qonto_facture_abonnement", "Qonto <noreply@qonto.com>",
           "Votre facture Qonto de novembre 2026", "Tue", 5,
           "Bonjour Damien,\n\nVotre facture d'abonnement Qonto (offre Essential) de novembre 2026 est "
           "disponible : 29,00 € HT, soit 34,80 € TTC.\nElle a été prélevée sur votre compte principal le "
           "01/12/2026.\n\nTéléchargez-la depuis Paramètres > Abonnement > Factures.\n\nL'équipe Qonto\n", "fr",
           "Qonto (fee invoice)", "bank's own subscription fee invoice", notes="bank fee invoice: other by the guide")

    simple("ovhcloud_facture", "OVHcloud <noreply@ovh.com>",
           "Votre facture OVHcloud FR56781234 est disponible", "Wed", 4,
           "Bonjour,\n\nVotre facture FR56781234 d'un montant de 23,99 € TTC (nom de domaine "
           "kowalski-formation.fr + Email Pro) est disponible dans votre espace client.\nElle sera prélevée "
           "sur votre moyen de paiement par défaut.\n\nL'équipe OVHcloud\n", "fr", "OVHcloud",
           "hosting supplier invoice")

    # accountant invoice with PDF
    inv_pdf = pdf(["Cabinet Muller & Associes - Expertise comptable", "FACTURE H-2026-1142",
                   "Client : Kowalski Formation", "Honoraires tenue et bilan 2026 - acompte 4/4",
                   "Montant HT : 450,00 EUR   TVA 20% : 90,00 EUR   TTC : 540,00 EUR",
                   "Echeance : 31/12/2026"])
    m = msg([("From", addr("Cabinet Muller & Associés", "facturation@muller-expertise.example")), ("To", OWNER),
             ("Subject", "Facture d'honoraires H-2026-1142"), ("Date", D("Thu", 17, 0)),
             ("Message-ID", mid_outlook("muller-expertise.example"))],
            multi("mixed", [leaf("Bonjour Monsieur Kowalski,\n\nVeuillez trouver ci-joint notre facture d'honoraires "
                                 "H-2026-1142 (540,00 € TTC), payable au 31/12/2026.\n\nPensez également à nous "
                                 "transmettre vos relevés bancaires de novembre.\n\nCordialement,\nValérie Muller\n"
                                 "Expert-comptable\n", cs="windows-1252"),
                            attach(inv_pdf, "application/pdf", "H-2026-1142.pdf")]))
    add("cabinet_muller_facture_honoraires", L, m, "fr", "Cabinet Muller & Associés",
        "accountant's invoice to the owner, PDF attached (written by a person but a supplier invoice)")

    # phishing CIC / Crédit Mutuel
    h = ("<html><body><div style=\"font-family:Arial\"><img src=\"http://cic-securite-client.example/logo.png\">"
         "<p>Cher(e) client(e),</p><p>Suite à la mise à jour de notre dispositif <b>Confirmation Mobile</b>, votre "
         "accès à la banque en ligne sera <b>suspendu sous 24h</b> si vous ne réactivez pas votre compte.</p>"
         "<p><a href=\"http://cic-securite-client.example/reactivation?id=8821\">Réactiver mon accès</a></p>"
         "<p>Service Sécurité CIC</p></div></body></html>")
    m = msg([("From", "CIC Securite <securite@cic-securite-client.example>"), ("To", OWNER),
             ("Subject", ew("⚠️ Action requise : votre accès sera suspendu")), ("Date", D("Wed", 3, 12)),
             ("Message-ID", mid_generic("mail-relay-77.example"))], leaf(h, "html"))
    add("phishing_cic_confirmation_mobile", L, m, "fr", "phishing (CIC lookalike)",
        "bank phishing, lookalike domain, suspension threat")

    # phishing PayPal payment received
    h = ("<html><body><p style=\"font-size:22px\">Vous avez reçu un paiement de 1 850,00 EUR</p><p>Bonjour,</p>"
         "<p>Un paiement de <b>1 850,00 EUR</b> de <b>Groupe Altmayer</b> est en attente sur votre compte. Pour "
         "des raisons de sécurité, vous devez confirmer votre identité afin de débloquer les fonds.</p>"
         "<p><a href=\"http://paypal-reception-fonds.example/login\">Confirmer et recevoir les fonds</a></p>"
         "<p>Service client PayPaI</p></body></html>")
    m = msg([("From", "PayPal Service <service@paypal-reception-fonds.example>"), ("To", OWNER),
             ("Subject", ew("Vous avez reçu un paiement de 1 850,00 EUR")), ("Date", D("Thu", 4, 40)),
             ("Message-ID", mid_generic("paypal-reception-fonds.example"))], leaf(h, "html"))
    add("phishing_paypal_paiement_recu", L, m, "fr", "phishing (PayPal lookalike)",
        "phishing mimicking a payment-received notice, names a real client",
        notes="looks like money in, but sender domain is a lookalike: label other")

    simple("spam_vous_avez_gagne", "Grand Jeu de Noël <gagnant@promo-noel-2026.example>",
           "Félicitations Damien ! Vous avez gagné un iPhone 17 Pro 🎁", "Fri", 2,
           "FÉLICITATIONS !\n\nVotre adresse e-mail a été tirée au sort parmi 50 000 participants. Vous avez "
           "gagné un iPhone 17 Pro !\n\nPour recevoir votre cadeau, il vous suffit de régler les frais de port "
           "(1,95 €) avant minuit.\n\n>>> RÉCUPÉRER MON CADEAU <<<\n", "fr", "spam", "prize spam")

    simple("doctolib_rappel_rdv", "Doctolib <no-reply@doctolib.fr>",
           "Rappel : votre rendez-vous demain avec Dr Claire Roesch", "Wed", 18,
           "Bonjour Damien,\n\nNous vous rappelons votre rendez-vous :\n\njeudi 3 décembre 2026 à 08:30\n"
           "Dr Claire Roesch - Masseur-kinésithérapeute\n5 rue de la Krutenau, 67000 Strasbourg\n\nEn cas "
           "d'empêchement, pensez à annuler votre rendez-vous.\n", "fr", "Doctolib", "appointment reminder")

    simple("colissimo_livraison", "Colissimo <noreply@notification.colissimo.fr>",
           "Votre colis 6A2381xxxx est en cours de livraison", "Thu", 8,
           "Bonjour,\n\nVotre colis n° 6A2381xxxx expédié par PAPETERIE PRO BUREAU (paperboards et feutres) "
           "sera livré aujourd'hui avant 13h.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois\n\n"
           "Colissimo - La Poste\n", "fr", "Colissimo", "shipping notice")

    simple("malt_nouvelle_opportunite", "Malt <notifications@malt.fr>",
           "Nouvelle opportunité : Formation managers de proximité (Mulhouse)", "Wed", 9,
           "Bonjour Damien,\n\nUn client recherche un freelance correspondant à votre profil.\n\nMission : "
           "Formation de 12 managers de proximité - 3 jours\nLieu : Mulhouse (68)\nDémarrage : février 2027\n"
           "Budget : à définir\n\nVoir l'opportunité et proposer mes services\n\nVous recevez cet e-mail car "
           "vos notifications d'opportunités sont activées.\n", "fr", "Malt", "freelance marketplace notification",
           extra=unsub)

    simple("digiforma_emargements_signes", "Digiforma <notifications@digiforma.com>",
           "Session « Manager en transversal » : émargements complets", "Fri", 7,
           "Bonjour Damien,\n\nTous les participants de la session « Manager en transversal » (Eurodécolletage, "
           "26-27/11/2026) ont signé leurs émargements électroniques.\nLes certificats de réalisation sont prêts "
           "à être générés.\n\nL'équipe Digiforma\n", "fr", "Digiforma",
           "training management platform notification")

    simple("zoom_nouvelle_connexion", "Zoom <no-reply@zoom.us>",
           "Nouvelle connexion à votre compte Zoom", "Tue", 22,
           "Bonjour Damien,\n\nNous avons détecté une nouvelle connexion à votre compte Zoom.\n\nAppareil : "
           "Windows - Chrome\nLieu : Strasbourg, France\nDate : 1 décembre 2026, 21:58 CET\n\nSi c'était "
           "vous, aucune action n'est requise. Sinon, réinitialisez votre mot de passe immédiatement.\n\n"
           "L'équipe Zoom\n", "fr", "Zoom", "security alert (new sign-in)")

    # DMARC aggregate report
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><report_metadata><org_name>google.com</org_name>"
           "<email>noreply-dmarc-support@google.com</email><report_id>%d</report_id><date_range><begin>1764547200"
           "</begin><end>1764633599</end></date_range></report_metadata><policy_published><domain>"
           "kowalski-formation.fr</domain><p>quarantine</p></policy_published><record><row><source_ip>198.51.100.17"
           "</source_ip><count>6</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass"
           "</spf></policy_evaluated></row></record></feedback>\n") % rnd.randint(10 ** 18, 10 ** 19)
    import gzip
    gz = gzip.compress(xml.encode(), mtime=0)
    m = msg([("From", "noreply-dmarc-support@google.com"), ("To", "dmarc@kowalski-formation.fr"),
             ("Subject", "Report domain: kowalski-formation.fr Submitter: google.com Report-ID: 1234567890123456789"),
             ("Date", D("Wed", 1, 59, tz="-0800")), ("Message-ID", "<%s@google.com>" % alnum(20))],
            multi("mixed", [leaf("", cte="7bit", cs="us-ascii"),
                            attach(gz, "application/gzip", "google.com!kowalski-formation.fr!1764547200!1764633599.xml.gz")]))
    add("dmarc_aggregate_report_google", L, m, "en", "Google DMARC", "DMARC aggregate report (gzip XML)")

    simple("newsletter_le_fil_formation", "Le Fil Formation <lettre@lefilformation.example>",
           "Réforme du CPF : ce qui change au 1er janvier 2027", "Thu", 6,
           "Le Fil Formation - la lettre hebdo des acteurs de la formation professionnelle\n\n- Réforme du CPF : "
           "reste à charge, nouveaux plafonds\n- OPCO : les niveaux de prise en charge 2027 publiés\n- Qualiopi : "
           "le référentiel national évolue\n\nSe désinscrire | Gérer mes préférences\n", "fr", "Le Fil Formation",
           "trade newsletter", html="<html><body><h1>Le Fil Formation</h1><ul><li>R&eacute;forme du CPF</li><li>OPCO : niveaux de prise en charge 2027</li></ul></body></html>",
           extra=unsub)


# ================================================================ main
def main():
    for lab in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        shutil.rmtree(os.path.join(OUT, lab), ignore_errors=True)
    human()
    payments()
    autos()
    bounces()
    others()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in ROWS:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(len(ROWS), counts)


if __name__ == "__main__":
    main()
