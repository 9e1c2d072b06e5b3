#!/usr/bin/env python3
"""Build the final9 evaluation set for dunnerd (batch 3, set m).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
Every message is written by hand (synthetic); formats are modelled on the public
notification wording of each sender (see `pattern`/`notes` per row).
"""
import base64, datetime, hashlib, os, quopri, sys
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final9"
OWNER_NAME = "Élodie Fournier"
OWNER = "elodie@fournier-studio.fr"
OWNER_ADDR = None  # filled below

ROWS = []
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]

# ---------------------------------------------------------------- helpers
def eh(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()

def ad(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)

OWNER_ADDR = ad(OWNER_NAME, OWNER)

def dt(day, h, m, s=0, tz=1):
    """day: 30 -> 30 Nov 2026, 1..31 -> December 2026 (or a date)."""
    if isinstance(day, datetime.date):
        d = day
    elif day >= 25:
        d = datetime.date(2026, 11, day)
    else:
        d = datetime.date(2026, 12, day)
    t = datetime.datetime(d.year, d.month, d.day, h, m, s,
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(t)

def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], domain)

def hx(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

class P:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

def text(body, sub="plain", cs="utf-8", cte="quoted-printable", ct_extra=""):
    raw = body.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
        # quopri encodes CR as =0D when alone; we normalised so keep as is
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        payload = raw
    hdr = [("Content-Type", 'text/%s; charset="%s"%s' % (sub, cs, ct_extra)),
           ("Content-Transfer-Encoding", cte)]
    return P(hdr, payload)

def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, "html", cs, cte)

def multi(sub, *parts, extra="", preamble=None):
    return P([("Content-Type", "multipart/%s%s" % (sub, extra))], children=list(parts),
             preamble=preamble)

def alt(t, h, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", text(t, cs=cs, cte=cte), html(h, cs=cs, cte=cte))

def attach(data, ctype, filename, disp="attachment", cte="base64", extra_hdr=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    fn = filename
    try:
        fn.encode("ascii")
        fnp = '"%s"' % fn
    except UnicodeEncodeError:
        fnp = None
    hdr = []
    if fnp:
        hdr.append(("Content-Type", '%s; name=%s' % (ctype, fnp)))
        hdr.append(("Content-Disposition", '%s; filename=%s' % (disp, fnp)))
    else:
        from urllib.parse import quote
        q = quote(fn)
        hdr.append(("Content-Type", '%s; name="%s"' % (ctype, eh(fn))))
        hdr.append(("Content-Disposition", "%s; filename*=utf-8''%s" % (disp, q)))
    hdr += list(extra_hdr)
    if cte == "base64":
        hdr.append(("Content-Transfer-Encoding", "base64"))
        payload = base64.encodebytes(data)
    else:
        hdr.append(("Content-Transfer-Encoding", cte))
        payload = data
    return P(hdr, payload)

def raw_part(ctype, body, cte="7bit"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return P([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] if cte else
             [("Content-Type", ctype)], body)

def fake_pdf(title, lines):
    """A small but well-formed one-page PDF with text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join(
        "(%s) '\n" % esc(l.encode("latin-1", "replace").decode("latin-1")) for l in [title] + lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x
    return out

_bcount = [0]
def ser_part(p):
    out = b""
    hdrs = list(p.headers)
    if p.children is not None:
        _bcount[0] += 1
        b = p.boundary or "----=_Part_%d_%s" % (_bcount[0], hx(str(_bcount[0]), 10))
        hdrs = [(k, v + ('; boundary="%s"' % b) if k.lower() == "content-type" else v) for k, v in hdrs]
    for k, v in hdrs:
        out += ("%s: %s\n" % (k, v)).encode("utf-8" if isinstance(v, str) else "ascii")
    out += b"\n"
    if p.children is not None:
        if p.preamble:
            out += p.preamble.encode() + b"\n"
        for c in p.children:
            out += ("\n--%s\n" % b).encode()
            out += ser_part(c)
        out += ("\n--%s--\n" % b).encode()
    else:
        body = p.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        out += body
        if not body.endswith(b"\n"):
            out += b"\n"
    return out

def mail(headers, root, mime=True):
    """headers: list of (name, value) top-level headers (already encoded as needed)."""
    hs = list(headers)
    if mime and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    root.headers = hs + root.headers
    return ser_part(root)

def add(file, label, data, lang, provider="", group="", pattern="", direction="", amount="",
        currency="", payer="", reference="", value_date="", counts="", facts="", notes="",
        fidelity="synthetic"):
    path = os.path.join(OUT, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    ROWS.append(dict(file=file, label=label, source_repo="synthetic", source_path="build.py",
                     source_commit="", license="written for dunnerd", fidelity=fidelity,
                     lang=lang, provider=provider, source_group=group, pattern=pattern,
                     direction=direction, amount=amount, currency=currency, payer=payer,
                     reference=reference, value_date=value_date, counts_as_payment=counts,
                     facts=facts, split=SPLIT, notes=notes))

# ---------------------------------------------------------------- the owner's reminders
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]

def fr_amount(x, nb=" "):
    s = "{:,.2f}".format(x).replace(",", "\x00").replace(".", ",").replace("\x00", nb)
    return s

def en_amount(x):
    return "{:,.2f}".format(x)

def rem_id(inv, n=1):
    num = int(inv.split("-")[-1])
    return "<dunnerd.%d.%d@fournier-studio.fr>" % (num, n)

def rem_subject_fr(inv):
    return "Rappel : facture %s échue" % inv

def rem_subject_en(inv):
    return "Reminder: invoice %s is overdue" % inv

def rem_body_fr(inv, amt, due, name):
    return ("Bonjour %s,\n\n"
            "Sauf erreur de ma part, la facture %s d'un montant de %s €, arrivée à échéance le %s, "
            "n'a pas encore été réglée.\n\n"
            "Pourriez-vous me confirmer la date de règlement prévue ? Si le paiement a déjà été "
            "effectué, merci de ne pas tenir compte de ce message.\n\n"
            "Bien cordialement,\n\nÉlodie Fournier\nFournier Studio — Design UX/UI\n"
            "33000 Bordeaux · 06 12 34 56 78" % (name, inv, fr_amount(amt), due))

def rem_body_en(inv, amt, due, name):
    return ("Hello %s,\n\n"
            "Unless I am mistaken, invoice %s for €%s, due on %s, has not been paid yet.\n\n"
            "Could you let me know when payment is scheduled? If you have already paid, please "
            "disregard this message.\n\n"
            "Best regards,\n\nÉlodie Fournier\nFournier Studio — UX/UI Design\nBordeaux, France"
            % (name, inv, en_amount(amt), due))

def q(body):
    return "\n".join(("> " + l) if l else ">" for l in body.split("\n"))

def attrib_gmail_fr(day, h, m):
    d = datetime.date(2026, 11, day) if day >= 25 else datetime.date(2026, 12, day)
    return "Le %s %d %s 2026 à %02d:%02d, Élodie Fournier <%s> a écrit :" % (
        FR_DAYS[d.weekday()][:3] + ".", d.day, {11: "nov.", 12: "déc."}[d.month], h, m, OWNER)

def outlook_block_fr(day, h, m, to, subj, body):
    d = datetime.date(2026, 11, day) if day >= 25 else datetime.date(2026, 12, day)
    return ("________________________________\n"
            "De : Élodie Fournier <%s>\nEnvoyé : %s %d %s 2026 %02d:%02d\nÀ : %s\nObjet : %s\n\n%s"
            % (OWNER, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], h, m, to, subj, body))

def reply_hdrs(frm, subj, date, msgid_dom, inv=None, n=1, to=None, cc=None, extra=()):
    h = [("From", frm), ("To", to or OWNER_ADDR)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", eh(subj)), ("Date", date), ("Message-ID", mid(subj + date + frm, msgid_dom))]
    if inv:
        h += [("In-Reply-To", rem_id(inv, n)), ("References", rem_id(inv, n))]
    h += list(extra)
    return h

def write_tsv():
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS) + "\n")

# ================================================================ human_reply
def humans():
    H = "human_reply"
    # 1 -- top-posted Gmail reply, promise "vendredi"
    inv, amt = "F-2026-0412", 1480.00
    body = ("Bonjour Élodie,\n\nDésolé pour le retard, je fais le virement vendredi.\n\n"
            "Bonne journée,\nMarc\n\n" + attrib_gmail_fr(30, 9, 2) + "\n"
            + q(rem_body_fr(inv, amt, "15 novembre 2026", "Marc")))
    m = mail(reply_hdrs(ad("Marc Delorme", "marc@atelier-garonne.fr"), "Re: " + rem_subject_fr(inv),
                        dt(1, 8, 47), "mail.gmail.com", inv), text(body))
    add("human_reply/garonne_fr_promise_vendredi.eml", H, m, "fr", group="Atelier Garonne",
        pattern="top-posted above Gmail quote; weekday promise", facts="promise_date=2026-12-04",
        notes="Tue 1 Dec + 'vendredi' = Fri 4 Dec")

    # 2 -- promise "le 15", long company signature, windows-1252 QP
    inv, amt = "F-2026-0398", 3240.00
    body = ("Madame,\n\nNous accusons réception de votre relance concernant la facture %s.\n"
            "Le paiement est prévu le 15, lors de notre prochaine campagne de règlements fournisseurs.\n\n"
            "Cordialement,\n\n--\nNadine Perrault\nResponsable administrative et financière\n"
            "SCEA Château Lestage-Mérignac\n12, route des Graves – 33650 Martillac\n"
            "Tél. : 05 56 00 00 00 – Fax : 05 56 00 00 01\n"
            "SCEA au capital de 150 000 € – RCS Bordeaux 000 000 000\n"
            "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.\n" % inv)
    m = mail(reply_hdrs(ad("Nadine Perrault", "n.perrault@chateau-lestage.fr", "windows-1252"),
                        "RE: " + rem_subject_fr(inv), dt(2, 10, 15), "chateau-lestage.fr", inv,
                        extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
             text(body, cs="windows-1252"))
    add("human_reply/lestage_fr_promise_le15.eml", H, m, "fr", group="Château Lestage",
        pattern="day-of-month promise 'le 15'; windows-1252; winery legal signature",
        facts="promise_date=2026-12-15")

    # 3 -- "d'ici la fin de la semaine prochaine"
    inv, amt = "F-2026-0405", 860.00
    body = ("Hello Élodie,\n\nOui pardon, c'est dans ma pile. Je te règle ça d'ici la fin de la semaine "
            "prochaine au plus tard, le temps que mon client me paie de son côté.\n\nBises,\nJulie\n")
    m = mail(reply_hdrs(ad("Julie Marchetti", "julie@studio-marchetti.fr"), "Re: " + rem_subject_fr(inv),
                        dt(30, 18, 22), "studio-marchetti.fr", inv), text(body, cte="8bit"))
    add("human_reply/marchetti_fr_tu_fin_semaine_prochaine.eml", H, m, "fr", group="Studio Marchetti",
        pattern="informal tu; 'd'ici la fin de la semaine prochaine'; no quote",
        facts="promise_date=2026-12-11",
        notes="Mon 30 Nov: end of next week = Fri 11 Dec (week_of_2026-12-07 also defensible)")

    # 4 -- English "on the 10th"
    inv, amt = "F-2026-0401", 2750.00
    body = ("Hi Elodie,\n\nThanks for the nudge. Our finance team confirmed we'll pay on the 10th "
            "together with the other December supplier invoices.\n\nKind regards,\n\nTom Ashworth\n"
            "Head of Product | Harbourline Digital Ltd\n"
            "Unit 4, Canal Wharf, Leeds LS11 5PS, United Kingdom\n\n"
            "On Mon, 30 Nov 2026 at 09:05, Élodie Fournier <%s> wrote:\n" % OWNER
            + q(rem_body_en(inv, amt, "16 November 2026", "Tom")))
    m = mail(reply_hdrs(ad("Tom Ashworth", "tom.ashworth@harbourline.co.uk"), "Re: " + rem_subject_en(inv),
                        dt(3, 11, 40, tz=0), "harbourline.co.uk", inv), text(body))
    add("human_reply/harbourline_en_promise_10th.eml", H, m, "en", group="Harbourline Digital",
        pattern="English ordinal day 'on the 10th'", facts="promise_date=2026-12-10")

    # 5 -- English "payment run is on Thursday", Outlook HTML+text
    inv, amt = "F-2026-0377", 5400.00
    t = ("Dear Élodie,\n\nThe invoice has been approved. Our weekly payment run is on Thursday, "
         "so you should see the funds shortly after.\n\nBest,\nSanne de Vries\nAccounts Payable\n"
         "Vandermolen Retail B.V. | Keizersgracht 000, Amsterdam\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Dear Élodie,</p>"
         "<p>The invoice has been approved. Our weekly payment run is on <b>Thursday</b>, so you should see "
         "the funds shortly after.</p><p>Best,<br>Sanne de Vries<br>Accounts Payable<br>"
         "Vandermolen Retail B.V. | Keizersgracht 000, Amsterdam</p></div></body></html>")
    m = mail(reply_hdrs(ad("Sanne de Vries", "ap@vandermolen-retail.nl"), "RE: " + rem_subject_en(inv),
                        dt(30, 14, 3), "vandermolen-retail.nl", inv,
                        extra=[("Thread-Topic", rem_subject_en(inv)), ("Content-Language", "en-US")]),
             alt(t, h))
    add("human_reply/vandermolen_en_payment_run_thursday.eml", H, m, "en", group="Vandermolen Retail",
        pattern="AP clerk (human) weekday 'payment run is on Thursday'", facts="promise_date=2026-12-03",
        notes="Mon 30 Nov + Thursday = 3 Dec")

    # 6 -- "sous huitaine"
    inv, amt = "F-2026-0390", 1920.00
    body = ("Bonjour Madame Fournier,\n\nVotre facture %s sera réglée sous huitaine.\n"
            "Veuillez nous excuser pour ce retard indépendant de notre volonté.\n\n"
            "Salutations distinguées.\n\nG. Labarthe\nGérant - Menuiserie Labarthe & Fils\n" % inv)
    m = mail(reply_hdrs(ad("Menuiserie Labarthe", "contact@menuiserie-labarthe.fr"),
                        "Re: " + rem_subject_fr(inv), dt(1, 7, 55), "menuiserie-labarthe.fr", inv),
             text(body, cs="iso-8859-1", cte="8bit"))
    add("human_reply/labarthe_fr_sous_huitaine.eml", H, m, "fr", group="Menuiserie Labarthe",
        pattern="'sous huitaine'; iso-8859-1 8bit", facts="promise_date=2026-12-09",
        notes="Tue 1 Dec + 8 days = 9 Dec; 'sous huitaine' is a deadline, not an exact day")

    # 7 -- "fin de mois", Outlook quoted block below
    inv, amt = "F-2026-0409", 640.00
    subj = rem_subject_fr(inv)
    body = ("Bonjour,\n\nLa facture est bien dans notre circuit, elle partira en paiement fin de mois "
            "comme toutes nos factures fournisseurs.\n\nCdt\n\nPatrick Vial\nComptabilité\n"
            "Cliniques Vétérinaires Océane\n\n"
            + outlook_block_fr(30, 9, 10, "compta@cliniques-oceane.fr", subj,
                               rem_body_fr(inv, amt, "20 novembre 2026", "Monsieur")))
    m = mail(reply_hdrs(ad("Patrick Vial", "compta@cliniques-oceane.fr"), "RE: " + subj, dt(2, 16, 31),
                        "cliniques-oceane.fr", inv), text(body))
    add("human_reply/oceane_fr_fin_de_mois.eml", H, m, "fr", group="Cliniques Vétérinaires Océane",
        pattern="'fin de mois'; Outlook De/Envoyé/Objet quoted block", facts="promise_date=2026-12-31")

    # 8 -- needs PO number, asks invoice again
    inv, amt = "F-2026-0395", 2100.00
    body = ("Bonjour Élodie,\n\nNotre service comptable ne peut pas traiter la facture %s : le numéro "
            "de bon de commande (BC-77812) n'y figure pas. Pourriez-vous nous renvoyer la facture "
            "avec cette mention ? Le paiement sera lancé après réception de la facture corrigée.\n\n"
            "Merci d'avance,\nCamille Rousset\nChargée de projets digitaux – Mutuelle Aquitaine Santé\n" % inv)
    m = mail(reply_hdrs(ad("Camille Rousset", "c.rousset@mutuelle-aquitaine-sante.fr"),
                        "RE: " + rem_subject_fr(inv), dt(1, 14, 12), "mutuelle-aquitaine-sante.fr", inv),
             text(body))
    add("human_reply/mas_fr_bon_de_commande_facture.eml", H, m, "fr", group="Mutuelle Aquitaine Santé",
        pattern="payment 'après réception de la facture corrigée'; PO number missing",
        facts="request_invoice=yes", notes="conditional, no date")

    # 9 -- negation "je n'ai pas encore pu payer", lundi
    inv, amt = "F-2026-0416", 450.00
    body = ("Salut Élodie,\n\nNon, je n'ai pas encore pu payer, ma banque a bloqué ma carte pro cette "
            "semaine (fraude, nouvelle carte en route…). Je m'en occupe lundi sans faute.\n\nDésolée !\n"
            "Léa\n\n" + attrib_gmail_fr(30, 9, 12) + "\n" + q(rem_body_fr(inv, amt, "25 novembre 2026", "Léa")))
    m = mail(reply_hdrs(ad("Léa Dubosc", "lea.dubosc@example.net"), "Re: " + rem_subject_fr(inv),
                        dt(3, 21, 8), "mail.example.net", inv), text(body))
    add("human_reply/dubosc_fr_pas_encore_lundi.eml", H, m, "fr", group="Léa Dubosc (indépendante)",
        pattern="negation 'je n'ai pas encore pu payer' then weekday promise", facts="promise_date=2026-12-07",
        notes="Thu 3 Dec + lundi = Mon 7 Dec; not an already-paid claim")

    # 10 -- dispute with long signature and disclaimer
    inv, amt = "F-2026-0388", 4200.00
    body = ("Bonjour Madame Fournier,\n\nNous contestons le montant de la facture %s. Le devis D-2026-051 "
            "validé le 3 septembre prévoyait 3 jours d'ateliers utilisateurs, or 4 jours sont facturés. "
            "Le quatrième atelier a été annulé à notre demande et n'a pas eu lieu.\n\n"
            "Nous vous remercions de bien vouloir émettre un avoir de 1 050,00 € HT. La facture ne sera "
            "pas réglée en l'état.\n\nBien à vous,\n\nFrédéric Casanova\nDirecteur des Systèmes d'Information\n"
            "GIRONDE HABITAT SERVICES\nImmeuble Le Quadrant – 7 rue du Lac – 33300 Bordeaux\n"
            "Tél. +33 5 57 00 00 00\n\n"
            "**************************************************************************\n"
            "Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses "
            "destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le "
            "détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non "
            "conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est "
            "interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de "
            "ce message, Gironde Habitat Services décline toute responsabilité au titre de ce message, "
            "s'il a été modifié.\n"
            "**************************************************************************\n" % inv)
    m = mail(reply_hdrs(ad("CASANOVA Frédéric", "frederic.casanova@gironde-habitat-services.fr"),
                        "RE: " + rem_subject_fr(inv), dt(2, 9, 2), "gironde-habitat-services.fr", inv),
             text(body))
    add("human_reply/ghs_fr_dispute_atelier.eml", H, m, "fr", group="Gironde Habitat Services",
        pattern="dispute of days invoiced; legal disclaimer", facts="dispute=yes")

    # 11 -- "nous ne contestons pas", début janvier
    inv, amt = "F-2026-0380", 3600.00
    body = ("Bonjour Élodie,\n\nNous ne contestons pas du tout la facture, le travail livré est très bien. "
            "Notre trésorerie est simplement tendue en cette fin d'année (nous attendons le versement "
            "d'une subvention). Serait-il possible de régler début janvier ?\n\n"
            "Merci de votre compréhension,\n\nHélène Gaillard\nDirectrice – Association Les Jardins de Bacalan\n")
    m = mail(reply_hdrs(ad("Hélène Gaillard", "direction@jardins-bacalan.org"), "Re: " + rem_subject_fr(inv),
                        dt(1, 17, 45), "jardins-bacalan.org", inv), text(body))
    add("human_reply/bacalan_fr_ne_conteste_pas_debut_janvier.eml", H, m, "fr",
        group="Association Les Jardins de Bacalan", pattern="negated dispute; 'début janvier'",
        facts="promise_date=early_2027-01", notes="phrased as a question/request for delay")

    # 12 -- already paid with date
    inv, amt = "F-2026-0384", 1150.00
    body = ("Bonjour,\n\nLe virement a été fait le 27 novembre depuis notre compte Crédit Mutuel, "
            "référence \"FOURNIER F-2026-0384\". Il devrait apparaître sur votre compte aujourd'hui ou demain.\n\n"
            "Bien cordialement,\nArnaud Lefeuvre\nLefeuvre Immobilier\n")
    m = mail(reply_hdrs(ad("Arnaud Lefeuvre", "arnaud@lefeuvre-immobilier.fr"), "Re: " + rem_subject_fr(inv),
                        dt(30, 11, 20), "lefeuvre-immobilier.fr", inv), text(body))
    add("human_reply/lefeuvre_fr_deja_paye_27nov.eml", H, m, "fr", group="Lefeuvre Immobilier",
        pattern="already paid with explicit date", facts="already_paid=2026-11-27")

    # 13 -- already paid, no date, a bit curt
    inv, amt = "F-2026-0371", 780.00
    body = ("C'est réglé depuis longtemps normalement. Vérifiez de votre côté svp.\n\nS. Berthelot\n\n"
            "Envoyé de mon iPhone\n\n> Le 30 nov. 2026 à 09:15, Élodie Fournier <%s> a écrit :\n>\n"
            % OWNER + q(rem_body_fr(inv, amt, "31 octobre 2026", "Monsieur Berthelot")))
    m = mail(reply_hdrs(ad("Stéphane Berthelot", "s.berthelot@berthelot-paysages.fr"),
                        "Re: " + rem_subject_fr(inv), dt(30, 12, 2), "berthelot-paysages.fr", inv,
                        extra=[("X-Mailer", "iPhone Mail (22B91)")]),
             text(body, ct_extra="; format=flowed"))
    add("human_reply/berthelot_fr_deja_regle_sans_date.eml", H, m, "fr", group="Berthelot Paysages",
        pattern="already paid, no date; iPhone", facts="already_paid=claimed")

    # 14 -- forwarded bank confirmation inside the body
    inv, amt = "F-2026-0403", 2160.00
    body = ("Bonjour Élodie,\n\nVoici la confirmation de notre banque, le virement est bien parti hier.\n\n"
            "Belle journée,\nAurélie\n\n"
            "---------- Forwarded message ---------\n"
            "De : Société Générale <ne-pas-repondre@societegenerale.fr>\nDate: mar. 1 déc. 2026 à 15:32\n"
            "Subject: Confirmation de votre virement\nTo: <a.morel@biscuiterie-morel.fr>\n\n\n"
            "Madame, Monsieur,\n\nVotre virement de 2 160,00 EUR au profit de FOURNIER STUDIO a été exécuté "
            "le 01/12/2026.\nRéférence : FACT F-2026-0403\nCompte débité : ****4521\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n")
    m = mail(reply_hdrs(ad("Aurélie Morel", "a.morel@biscuiterie-morel.fr"),
                        "Fwd: Confirmation de votre virement", dt(2, 8, 50), "mail.gmail.com", inv), text(body))
    add("human_reply/morel_fr_fwd_confirmation_banque.eml", H, m, "fr", group="Biscuiterie Morel",
        pattern="client forwards her bank's debit confirmation (bank wording inside)",
        facts="already_paid=2026-12-01", notes="written by a person; bank text quoted is the client's outgoing transfer")

    # 15 -- already paid with PDF avis de virement attached
    inv, amt = "F-2026-0379", 990.00
    pdf = fake_pdf("AVIS D'EXECUTION DE VIREMENT SEPA", [
        "Donneur d'ordre : SARL CAVE ET COMPAGNIE", "Beneficiaire : FOURNIER STUDIO",
        "Montant : 990,00 EUR", "Date d'execution : 25/11/2026", "Motif : F-2026-0379"])
    body = ("Bonjour,\n\nCi-joint l'avis de virement : la facture a été payée le 25/11.\n\n"
            "Cordialement,\nMathieu Roche\nCave & Compagnie\n")
    m = mail(reply_hdrs(ad("Mathieu Roche", "mathieu@cave-et-compagnie.fr"), "RE: " + rem_subject_fr(inv),
                        dt(30, 15, 5), "cave-et-compagnie.fr", inv),
             multi("mixed", text(body), attach(pdf, "application/pdf", "avis_virement_F-2026-0379.pdf")))
    add("human_reply/cave_fr_avis_virement_pdf.eml", H, m, "fr", group="Cave & Compagnie",
        pattern="already paid, PDF remittance attached", facts="already_paid=2026-11-25")

    # 16 -- asks for RIB
    inv, amt = "F-2026-0411", 1300.00
    body = ("Bonjour Madame,\n\nNous venons de changer de logiciel de comptabilité et vos coordonnées bancaires "
            "n'ont pas été reprises. Pourriez-vous nous renvoyer votre RIB (au format PDF de préférence) ?\n"
            "Nous procéderons au paiement dès que nous l'aurons.\n\nBien cordialement,\n\n"
            "Service Comptabilité\nTransports Darrigade\n")
    m = mail(reply_hdrs(ad("Comptabilité Transports Darrigade", "compta@transports-darrigade.fr"),
                        "Réf : " + rem_subject_fr(inv), dt(2, 11, 11), "transports-darrigade.fr", inv), text(body))
    add("human_reply/darrigade_fr_demande_rib.eml", H, m, "fr", group="Transports Darrigade",
        pattern="asks for RIB; 'Réf :' subject prefix", facts="request_rib=yes")

    # 17 -- English: resend invoice and IBAN
    inv, amt = "F-2026-0392", 3000.00
    body = ("Hi Élodie,\n\nSorry about this - we can't find the invoice in our AP system. Could you resend "
            "the invoice and your IBAN/BIC? Please send both to invoices@kestrel-analytics.io so they "
            "go straight to the right team.\n\nThanks,\nPriya Natarajan\nOperations Manager, Kestrel Analytics\n")
    m = mail(reply_hdrs(ad("Priya Natarajan", "priya@kestrel-analytics.io"), "Re: " + rem_subject_en(inv),
                        dt(1, 16, 20, tz=0), "kestrel-analytics.io", inv), text(body, cte="7bit"))
    add("human_reply/kestrel_en_resend_invoice_iban.eml", H, m, "en", group="Kestrel Analytics",
        pattern="requests invoice and IBAN", facts="request_invoice=yes;request_rib=yes")

    # 18 -- plain question about scope
    inv, amt = "F-2026-0413", 2400.00
    body = ("Bonjour Élodie,\n\nAvant de valider le paiement, une petite question : la ligne « Prototype "
            "interactif » inclut-elle aussi la version mobile, ou seulement desktop ? C'est pour mettre à "
            "jour notre suivi budgétaire.\n\nMerci !\nThomas\n\n" + attrib_gmail_fr(30, 9, 20) + "\n"
            + q(rem_body_fr(inv, amt, "27 novembre 2026", "Thomas")))
    m = mail(reply_hdrs(ad("Thomas Nguyen", "thomas.nguyen@velocargo-bdx.fr"), "Re: " + rem_subject_fr(inv),
                        dt(1, 10, 3), "velocargo-bdx.fr", inv), text(body))
    add("human_reply/velocargo_fr_question_perimetre.eml", H, m, "fr", group="Vélocargo Bordeaux",
        pattern="plain question, no promise, no dispute", facts="")

    # 19 -- complaint about reminders, no facts
    inv, amt = "F-2026-0397", 560.00
    body = ("Trois relances en dix jours, c'est un peu excessif vous ne trouvez pas ? Nous sommes une petite "
            "structure, la compta passe une fois par mois. Vous serez payée comme tout le monde.\n\nR. Azoulay\n")
    m = mail(reply_hdrs(ad("Rachel Azoulay", "rachel@librairie-la-mouette.fr"), "Re: " + rem_subject_fr(inv),
                        dt(3, 13, 30), "librairie-la-mouette.fr", inv, n=3), text(body))
    add("human_reply/mouette_fr_plainte_relances.eml", H, m, "fr", group="Librairie La Mouette",
        pattern="complaint about reminders, no date, no dispute of the invoice", facts="",
        notes="'vous serez payée' has no date: no promise_date")

    # 20 -- one word
    inv = "F-2026-0400"
    m = mail(reply_hdrs(ad("Guillaume Pons", "g.pons@pons-architectes.fr"), "RE: " + rem_subject_fr(inv),
                        dt(30, 10, 1), "pons-architectes.fr", inv), text("Noté.\n\nGP\n", cte="7bit"))
    add("human_reply/pons_fr_note.eml", H, m, "fr", group="Pons Architectes", pattern="one-word reply", facts="")

    # 21 -- "ok merci" iPhone
    inv = "F-2026-0414"
    m = mail(reply_hdrs(ad("Inès Belkacem", "ines@belkacem-traiteur.fr"), "Re: " + rem_subject_fr(inv),
                        dt(4, 19, 12), "belkacem-traiteur.fr", inv),
             text("ok merci\n\nEnvoyé de mon iPhone\n"))
    add("human_reply/belkacem_fr_ok_merci_iphone.eml", H, m, "fr", group="Belkacem Traiteur",
        pattern="two words + 'Envoyé de mon iPhone'", facts="")

    # 22 -- reply from a different address (group accounting)
    inv, amt = "F-2026-0386", 2880.00
    body = ("Bonjour,\n\nJérôme Marchand nous a transmis votre relance adressée à sa boîte. Pour information, "
            "les factures du groupe sont traitées par notre service centralisé : merci d'écrire désormais à "
            "cette adresse.\n\nLe règlement de la facture %s est programmé le 8 décembre.\n\n"
            "Cordialement,\nLaetitia Ferrand\nComptabilité fournisseurs – Groupe Océalis\n" % inv)
    m = mail(reply_hdrs(ad("Laetitia Ferrand", "comptabilite@groupe-ocealis.fr"), "TR: " + rem_subject_fr(inv),
                        dt(1, 9, 47), "groupe-ocealis.fr", None,
                        extra=[("References", rem_id(inv))]), text(body))
    add("human_reply/ocealis_fr_autre_adresse_8dec.eml", H, m, "fr", group="Groupe Océalis",
        pattern="reply from a different address than reminded (reminder went to j.marchand@ocealis-voyages.fr)",
        facts="promise_date=2026-12-08")

    # 23 -- law firm, long disclaimer, "mardi prochain"
    inv, amt = "F-2026-0374", 1750.00
    body = ("Chère Madame,\n\nJe fais suite à votre courriel. Le règlement de votre facture %s nécessite la "
            "signature de notre associé gérant, actuellement en audience. Le paiement sera effectué mardi "
            "prochain.\n\nJe vous prie d'agréer, Chère Madame, l'expression de mes salutations distinguées.\n\n"
            "Claire Dumas-Lestrade\nAssistante de direction\nDALMIER & ASSOCIÉS – Société d'Avocats\n"
            "45 cours de l'Intendance – 33000 Bordeaux\nToque n° 000 – Barreau de Bordeaux\n\n"
            "AVERTISSEMENT : Ce courrier électronique et ses pièces jointes sont strictement confidentiels "
            "et peuvent être couverts par le secret professionnel de l'avocat. Ils sont destinés à l'usage "
            "exclusif du destinataire. Si vous l'avez reçu par erreur, merci d'en informer immédiatement "
            "l'expéditeur et de le supprimer. Toute copie, diffusion ou utilisation non autorisée est "
            "interdite. / CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you "
            "are not the intended recipient, please notify the sender and delete it.\n" % inv)
    m = mail(reply_hdrs(ad("Claire Dumas-Lestrade", "cdumas@dalmier-avocats.fr"), "RE: " + rem_subject_fr(inv),
                        dt(3, 12, 25), "dalmier-avocats.fr", inv), text(body))
    add("human_reply/dalmier_fr_mardi_prochain_disclaimer.eml", H, m, "fr", group="Dalmier & Associés",
        pattern="'mardi prochain'; bilingual legal disclaimer", facts="promise_date=2026-12-08",
        notes="Thu 3 Dec + 'mardi prochain' = Tue 8 Dec")

    # 24 -- HTML-only Outlook, windows-1252, "le 10/12"
    inv, amt = "F-2026-0393", 1620.00
    h = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:"
         "office:word\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
         "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"><style><!--p.MsoNormal, "
         "li.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style></head>"
         "<body lang=\"FR\" link=\"#0563C1\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour "
         "Élodie,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Je viens "
         "de valider la facture dans notre outil. Le règlement partira le 10/12.<o:p></o:p></p>"
         "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Bonne fin de semaine,<o:p></o:p></p>"
         "<p class=\"MsoNormal\"><b>Sylvie Carrère</b><br>Office manager – Brasseries du Médoc<o:p></o:p></p>"
         "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class="
         "\"MsoNormal\"><b>De&nbsp;:</b> Élodie Fournier &lt;%s&gt;<br><b>Envoyé&nbsp;:</b> lundi 30 novembre "
         "2026 09:25<br><b>À&nbsp;:</b> Sylvie Carrère<br><b>Objet&nbsp;:</b> %s</p></div>"
         "<p class=\"MsoNormal\">%s</p></div></body></html>"
         % (OWNER, rem_subject_fr(inv), rem_body_fr(inv, amt, "18 novembre 2026", "Sylvie").replace("\n", "<br>")))
    m = mail(reply_hdrs(ad("Sylvie Carrère", "s.carrere@brasseries-medoc.fr", "windows-1252"),
                        "RE: " + rem_subject_fr(inv), dt(4, 10, 38), "EXCH01.brasseries-medoc.local", inv,
                        extra=[("Thread-Topic", rem_subject_fr(inv)), ("Thread-Index", "AdnD2k7Tq1pZ3lqfS0u7"),
                               ("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")]),
             html(h, cs="windows-1252"))
    add("human_reply/medoc_fr_outlook_html_only_10_12.eml", H, m, "fr", group="Brasseries du Médoc",
        pattern="HTML-only Outlook (Word generator), windows-1252 QP, numeric date 10/12",
        facts="promise_date=2026-12-10")

    # 25 -- forward to colleague, owner in Cc
    inv, amt = "F-2026-0389", 2300.00
    body = ("Karim,\n\nPeux-tu regarder cette relance d'Élodie (en copie) ? Je ne retrouve pas la facture "
            "dans le parapheur. Tu peux lui répondre directement.\n\nMerci,\nVincent\n\n"
            "-------- Message transféré --------\nSujet : \t%s\nDate : \tMon, 30 Nov 2026 09:30:00 +0100\n"
            "De : \tÉlodie Fournier <%s>\nPour : \tVincent Ollivier <v.ollivier@agence-hublot.fr>\n\n"
            % (rem_subject_fr(inv), OWNER) + rem_body_fr(inv, amt, "19 novembre 2026", "Vincent"))
    m = mail(reply_hdrs(ad("Vincent Ollivier", "v.ollivier@agence-hublot.fr"), "Fwd: " + rem_subject_fr(inv),
                        dt(30, 11, 2), "agence-hublot.fr", inv, to=ad("Karim Haddad", "k.haddad@agence-hublot.fr"),
                        cc=OWNER_ADDR, extra=[("User-Agent", "Mozilla Thunderbird")]), text(body))
    add("human_reply/hublot_fr_transfert_collegue_cc.eml", H, m, "fr", group="Agence Hublot",
        pattern="forward to a colleague, owner only in Cc", facts="")

    # 26 -- the colleague answers the owner in the same thread
    body = ("Bonjour Élodie,\n\nJe prends le relais de Vincent. J'ai retrouvé votre facture, elle était bloquée "
            "en validation. C'est corrigé : elle partira avec nos virements du jeudi 10.\n\n"
            "Cordialement,\nKarim Haddad\nAssistant comptable – Agence Hublot\n\n"
            "Le 30/11/2026 à 11:02, Vincent Ollivier a écrit :\n> Karim,\n>\n> Peux-tu regarder cette relance "
            "d'Élodie (en copie) ?\n")
    m = mail(reply_hdrs(ad("Karim Haddad", "k.haddad@agence-hublot.fr"), "Re: Fwd: " + rem_subject_fr(inv),
                        dt(30, 15, 44), "agence-hublot.fr", None, cc=ad("Vincent Ollivier", "v.ollivier@agence-hublot.fr"),
                        extra=[("In-Reply-To", mid("fwd-hublot", "agence-hublot.fr")),
                               ("References", rem_id(inv) + " " + mid("fwd-hublot", "agence-hublot.fr"))]),
             text(body))
    add("human_reply/hublot_fr_collegue_jeudi_10.eml", H, m, "fr", group="Agence Hublot",
        pattern="colleague takes over; weekday + day number 'jeudi 10'", facts="promise_date=2026-12-10")

    # 27 -- English "next week"
    inv, amt = "F-2026-0382", 4100.00
    body = ("Hi Élodie,\n\nApologies for the delay — the invoice got stuck in our approval workflow while our "
            "CFO was travelling. It's approved now and will be paid next week.\n\nCheers,\nMarco Bellini\n"
            "Studio Lead, Nebbia Games S.r.l.\n\nSent from Outlook for Android\n")
    m = mail(reply_hdrs(ad("Marco Bellini", "marco.bellini@nebbiagames.it"), "RE: " + rem_subject_en(inv),
                        dt(1, 17, 5), "nebbiagames.it", inv), text(body))
    add("human_reply/nebbia_en_next_week.eml", H, m, "en", group="Nebbia Games",
        pattern="'next week' in English; Outlook for Android", facts="promise_date=week_of_2026-12-07")

    # 28 -- English dispute: deliverables missing
    inv, amt = "F-2026-0396", 3850.00
    body = ("Hello,\n\nWe are not going to pay this invoice until the final Figma files for the checkout flow "
            "are delivered, as agreed in the SOW (milestone 3). We've only received the wireframes so far.\n\n"
            "Please get back to us with a delivery date.\n\nRegards,\n\nDaniel Okafor\nProduct Director\n"
            "Brightlane Commerce Ltd\n")
    m = mail(reply_hdrs(ad("Daniel Okafor", "d.okafor@brightlane-commerce.com"), "Re: " + rem_subject_en(inv),
                        dt(2, 15, 12, tz=0), "brightlane-commerce.com", inv), text(body, cte="7bit"))
    add("human_reply/brightlane_en_dispute_deliverables.eml", H, m, "en", group="Brightlane Commerce",
        pattern="dispute: deliverable not received", facts="dispute=yes")

    # 29 -- partial payment + balance promise
    inv, amt = "F-2026-0385", 1800.00
    body = ("Bonjour Élodie,\n\nNous avons réglé 50 % aujourd'hui (900 €) par virement. Le solde suivra le "
            "20 décembre, après l'encaissement de notre plus gros client.\n\nMerci pour ta patience,\n"
            "Olivier\nOlivier Sarran – Sarran Événements\n")
    m = mail(reply_hdrs(ad("Olivier Sarran", "olivier@sarran-evenements.fr"), "Re: " + rem_subject_fr(inv),
                        dt(2, 18, 40), "sarran-evenements.fr", inv), text(body))
    add("human_reply/sarran_fr_paiement_partiel_solde_20.eml", H, m, "fr", group="Sarran Événements",
        pattern="partial payment today + balance promise", facts="already_paid=2026-12-02;promise_date=2026-12-20",
        notes="already_paid concerns half of the invoice (900 of 1800 EUR)")

    # 30 -- "demain", tutoiement
    inv, amt = "F-2026-0417", 320.00
    body = "Coucou, oups j'avais zappé ! Je fais le nécessaire demain, promis.\nAntoine\n"
    m = mail(reply_hdrs(ad("Antoine Ribeiro", "antoine.ribeiro@example.org"), "Re: " + rem_subject_fr(inv),
                        dt(2, 22, 51), "example.org", inv), text(body, cte="7bit" if False else "8bit"))
    add("human_reply/ribeiro_fr_demain.eml", H, m, "fr", group="Antoine Ribeiro (particulier)",
        pattern="'demain' late evening, informal", facts="promise_date=2026-12-03",
        notes="sent Wed 2 Dec 22:51 +0100, demain = Thu 3 Dec")

    # 31 -- payment terms cited, exact date
    inv, amt = "F-2026-0369", 6250.00
    body = ("Madame,\n\nConformément à nos conditions générales d'achat (paiement à 45 jours fin de mois), "
            "votre facture %s du 20 octobre 2026 sera mise en paiement le 14 décembre 2026.\n\n"
            "Nous vous rappelons que toute facture doit mentionner notre numéro de commande.\n\n"
            "Cordialement,\n\nService Comptabilité Fournisseurs\nAÉROSTRUCTURES DU SUD-OUEST SAS\n"
            "Capital 2 500 000 € – SIRET 000 000 000 00000 – 33700 Mérignac\n" % inv)
    m = mail(reply_hdrs(ad("Comptabilité Fournisseurs ASO", "cpt.fournisseurs@aerostructures-so.fr"),
                        "RE: " + rem_subject_fr(inv), dt(1, 11, 59), "aerostructures-so.fr", inv), text(body))
    add("human_reply/aso_fr_45jfdm_14dec.eml", H, m, "fr", group="Aérostructures du Sud-Ouest",
        pattern="payment terms quoted, explicit full date; written by AP clerk",
        facts="promise_date=2026-12-14", notes="team mailbox but a typed, specific answer: human")

    # 32 -- English VAT question
    inv, amt = "F-2026-0394", 2200.00
    body = ("Hi Élodie,\n\nQuick question before we process this: your invoice shows French VAT at 20%. As we're "
            "a UK business, shouldn't this be zero-rated / reverse charge? Our accountant flagged it.\n\n"
            "Thanks,\nHolly\n\nHolly Brennan | Finance Assistant | Fenwick & Rowe Design\n")
    m = mail(reply_hdrs(ad("Holly Brennan", "holly.brennan@fenwickrowe.co.uk"), "Re: " + rem_subject_en(inv),
                        dt(3, 9, 31, tz=0), "fenwickrowe.co.uk", inv), text(body, cte="7bit"))
    add("human_reply/fenwick_en_question_tva.eml", H, m, "en", group="Fenwick & Rowe",
        pattern="question on VAT treatment", facts="",
        notes="asks a question, does not (yet) contest; no request for a new invoice")

    # 33 -- "je ne remets pas en cause", two instalments
    inv, amt = "F-2026-0381", 1200.00
    body = ("Bonjour Élodie,\n\nJe ne remets absolument pas en cause la qualité de votre travail. Simplement, "
            "la période est difficile pour le restaurant. Je vous propose de payer en deux fois : 600 € le "
            "10 décembre et 600 € le 10 janvier. Dites-moi si cela vous convient.\n\nBien à vous,\n"
            "Yannick Le Goff\nLa Table de Yannick\n")
    m = mail(reply_hdrs(ad("Yannick Le Goff", "contact@latabledeyannick.fr"), "Re: " + rem_subject_fr(inv),
                        dt(30, 16, 17), "latabledeyannick.fr", inv), text(body))
    add("human_reply/legoff_fr_deux_fois.eml", H, m, "fr", group="La Table de Yannick",
        pattern="negated dispute; instalment plan with two dates", facts="promise_date=2026-12-10",
        notes="second instalment 2027-01-10; proposal awaiting agreement")

    # 34 -- mailing-list post by a person (not about invoices)
    body = ("Bonjour à toutes et tous,\n\nLe prochain apéro UX Bordeaux aura lieu le jeudi 17 décembre à "
            "partir de 19 h au Darwin (salle Magasin Général). Au programme : retour d'expérience sur "
            "l'accessibilité RGAA dans les services publics, par Morgane.\n\n"
            "Inscription (gratuite) en répondant à ce fil.\n\nÀ bientôt,\nBenoît\n\n"
            "_______________________________________________\nux-bordeaux mailing list\n"
            "ux-bordeaux@lists.example.org\nhttps://lists.example.org/mailman/listinfo/ux-bordeaux\n")
    m = mail([("From", ad("Benoît Lacaze", "benoit.lacaze@example.com")),
              ("To", "ux-bordeaux@lists.example.org"), ("Subject", eh("[ux-bordeaux] Apéro UX du 17 décembre")),
              ("Date", dt(2, 13, 4)), ("Message-ID", mid("uxbdx", "example.com")),
              ("List-Id", "Communauté UX Bordeaux <ux-bordeaux.lists.example.org>"),
              ("List-Unsubscribe", "<https://lists.example.org/mailman/options/ux-bordeaux>"),
              ("Precedence", "list"), ("Sender", "ux-bordeaux-bounces@lists.example.org")], text(body))
    add("human_reply/uxbordeaux_fr_liste_diffusion.eml", H, m, "fr", group="ux-bordeaux list",
        pattern="mailing-list post written by a person (Precedence: list)", facts="")

    # 35 -- fresh mail: quote request
    body = ("Bonjour Madame Fournier,\n\nJ'ai eu vos coordonnées par Julie Marchetti. Nous souhaitons refondre "
            "le parcours de réservation de notre site (gîtes en Dordogne) et aimerions un devis pour un audit "
            "UX et des maquettes. Seriez-vous disponible pour un appel la semaine prochaine ?\n\n"
            "Bien cordialement,\nFrançoise et Alain Teyssier\nLes Gîtes du Moulin de Vergt\n06 00 00 00 00\n")
    m = mail([("From", ad("Françoise Teyssier", "gites.moulin.vergt@example.net")), ("To", OWNER_ADDR),
              ("Subject", eh("Demande de devis – refonte réservation")), ("Date", dt(3, 8, 12)),
              ("Message-ID", mid("teyssier", "example.net"))], text(body))
    add("human_reply/teyssier_fr_demande_devis.eml", H, m, "fr", group="Gîtes du Moulin de Vergt",
        pattern="fresh prospect mail, no invoice context", facts="")

    # 36 -- "bien reçu, je relance la compta"
    inv = "F-2026-0406"
    body = ("Bien reçu Élodie, je relance notre service comptable aujourd'hui et je reviens vers vous.\n\n"
            "Camille\n\n" + attrib_gmail_fr(1, 9, 0) + "\n> Bonjour Camille,\n> ...\n")
    m = mail(reply_hdrs(ad("Camille Arnaud", "camille.arnaud@ecole-bordeaux-design.fr"),
                        "Re: " + rem_subject_fr(inv), dt(1, 9, 41), "ecole-bordeaux-design.fr", inv), text(body))
    add("human_reply/ebd_fr_je_relance_compta.eml", H, m, "fr", group="École Bordeaux Design",
        pattern="acknowledgement, will chase internally", facts="")

    # 37 -- paid to old IBAN
    inv, amt = "F-2026-0375", 1390.00
    body = ("Bonjour,\n\nJe pense avoir compris le problème : nous avons payé le 20/11 sur votre ancien IBAN "
            "(Crédit Agricole, FR76 1330 …), celui qui figurait sur votre facture de 2025. Pouvez-vous vérifier "
            "sur cet ancien compte ? Sinon nous demanderons un rappel de fonds.\n\nCordialement,\n"
            "Benjamin Roux\nDirecteur – Roux Électricité\n")
    m = mail(reply_hdrs(ad("Benjamin Roux", "b.roux@roux-electricite.fr"), "Re: " + rem_subject_fr(inv),
                        dt(4, 9, 15), "roux-electricite.fr", inv), text(body))
    add("human_reply/roux_fr_paye_ancien_iban.eml", H, m, "fr", group="Roux Électricité",
        pattern="paid to old bank account, with date", facts="already_paid=2026-11-20")

    # 38 -- ISO-8859-1 8bit, cheque posted yesterday
    inv, amt = "F-2026-0372", 540.00
    body = ("Bonjour Madame,\n\nLe chèque de 540 euros est parti par la poste hier, à l'adresse de votre "
            "facture. Vous devriez le recevoir d'ici jeudi.\n\nCordialement,\nM. et Mme Castaing\n")
    m = mail(reply_hdrs(ad("Jean-Pierre Castaing", "jp.castaing@example.fr", "iso-8859-1"),
                        "Re: " + rem_subject_fr(inv), dt(1, 10, 48), "example.fr", inv,
                        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")]),
             text(body, cs="iso-8859-1", cte="8bit", ct_extra="; format=flowed"))
    add("human_reply/castaing_fr_cheque_poste_hier.eml", H, m, "fr", group="Castaing (particuliers)",
        pattern="cheque posted 'hier'; ISO-8859-1 8bit, old Thunderbird", facts="already_paid=2026-11-30",
        notes="sent Tue 1 Dec; cheque mailed Mon 30 Nov: payment sent, not yet received")

    # 39 -- English: PO number needed, reissue
    inv, amt = "F-2026-0391", 1875.00
    body = ("Dear Supplier,\n\nWe are unable to process invoice %s as it does not reference a valid purchase "
            "order. Please reissue the invoice quoting PO 4500128811 and send it to ap.france@solvane-group.com.\n\n"
            "Kind regards,\nAgnieszka Kowalska\nAP Shared Services Centre – Kraków\nSolvane Group\n" % inv)
    m = mail(reply_hdrs(ad("Kowalska, Agnieszka", "agnieszka.kowalska@solvane-group.com"),
                        "RE: " + rem_subject_fr(inv), dt(2, 8, 20), "solvane-group.com", inv), text(body, cte="7bit"))
    add("human_reply/solvane_en_reissue_po.eml", H, m, "en", group="Solvane Group",
        pattern="shared service centre clerk asks reissue with PO", facts="request_invoice=yes")

    # 40 -- iPhone, "demain matin" on a Friday
    inv, amt = "F-2026-0418", 275.00
    body = ("Je regarde ça ce soir et je te vire la somme demain matin 👍\n\nEnvoyé de mon iPhone\n\n"
            "> Le 4 déc. 2026 à 09:00, Élodie Fournier <%s> a écrit :\n>\n> Bonjour Nico,\n> ...\n" % OWNER)
    m = mail(reply_hdrs(ad("Nicolas Faure", "nico.faure@example.com"), "Re: " + rem_subject_fr(inv),
                        dt(4, 12, 33), "icloud.example.com", inv), text(body))
    add("human_reply/faure_fr_iphone_demain_matin.eml", H, m, "fr", group="Nicolas Faure",
        pattern="emoji, iPhone, 'demain matin' on a Friday", facts="promise_date=2026-12-05")

    # 41 -- "le virement est parti ce matin"
    inv, amt = "F-2026-0402", 2040.00
    body = ("Bonjour Élodie,\n\nLe virement est parti ce matin (virement instantané), vous devriez déjà l'avoir.\n\n"
            "Bonne journée,\nMaud Lafitte\nLafitte Conseil RH\n")
    m = mail(reply_hdrs(ad("Maud Lafitte", "maud@lafitte-conseil.fr"), "Re: " + rem_subject_fr(inv),
                        dt(3, 10, 2), "lafitte-conseil.fr", inv), text(body))
    add("human_reply/lafitte_fr_parti_ce_matin.eml", H, m, "fr", group="Lafitte Conseil RH",
        pattern="'parti ce matin'", facts="already_paid=2026-12-03")

    # 42 -- dispute + corrected invoice requested
    inv, amt = "F-2026-0387", 2700.00
    body = ("Bonjour,\n\nLa facture mentionne 12 écrans maquettés, or nous n'en avons validé que 9 lors de la "
            "recette du 6 novembre (les 3 écrans « espace pro » ont été sortis du périmètre). Merci de nous "
            "adresser une facture rectificative ; nous la réglerons à réception.\n\nCordialement,\n"
            "Pauline Vidal\nCheffe de projet – Office de Tourisme du Bassin\n")
    m = mail(reply_hdrs(ad("Pauline Vidal", "p.vidal@tourisme-bassin.fr"), "RE: " + rem_subject_fr(inv),
                        dt(30, 17, 20), "tourisme-bassin.fr", inv), text(body))
    add("human_reply/ot_bassin_fr_contestation_facture_rectif.eml", H, m, "fr",
        group="Office de Tourisme du Bassin", pattern="partial dispute + corrected invoice requested",
        facts="dispute=yes;request_invoice=yes")

    # 43 -- English "I thought we paid" (not a claim)
    inv, amt = "F-2026-0383", 950.00
    body = ("Hi Élodie,\n\nOh no, sorry! I honestly thought we'd paid this one in October. I'm checking with "
            "our bookkeeper and will get back to you by Monday.\n\nBest,\nRuth\n\n"
            "Ruth Adeyemi | Founder | Lumen Yoga Studios\n")
    m = mail(reply_hdrs(ad("Ruth Adeyemi", "ruth@lumenyoga.co"), "Re: " + rem_subject_en(inv),
                        dt(2, 19, 2, tz=0), "lumenyoga.co", inv), text(body))
    add("human_reply/lumen_en_thought_we_paid.eml", H, m, "en", group="Lumen Yoga Studios",
        pattern="mistaken belief 'thought we'd paid', checking; no promise to pay", facts="",
        notes="'get back to you by Monday' is a reply promise, not a payment promise")

    # 44 -- conditional on URSSAF certificate
    inv, amt = "F-2026-0376", 4800.00
    body = ("Bonjour Madame Fournier,\n\nPour tout paiement supérieur à 5 000 € TTC sur l'année, nous sommes "
            "tenus de recueillir votre attestation de vigilance URSSAF (obligation de vigilance, art. L.8222-1 "
            "du Code du travail). Le règlement sera effectué dès réception de ce document.\n\n"
            "Cordialement,\n\nIsabelle Mercier\nAchats – Imprimerie Mercier Frères\n")
    m = mail(reply_hdrs(ad("Isabelle Mercier", "achats@imprimerie-mercier.fr"), "RE: " + rem_subject_fr(inv),
                        dt(3, 14, 50), "imprimerie-mercier.fr", inv), text(body))
    add("human_reply/mercier_fr_attestation_urssaf.eml", H, m, "fr", group="Imprimerie Mercier Frères",
        pattern="payment conditional on URSSAF certificate", facts="",
        notes="asks for a document that is neither the invoice nor a RIB")

    # 45 -- German, date
    inv, amt = "F-2026-0378", 3300.00
    body = ("Sehr geehrte Frau Fournier,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung %s wurde freigegeben; "
            "wir werden den Betrag bis zum 11. Dezember überweisen.\n\nMit freundlichen Grüßen\n\n"
            "Jonas Weber\nBuchhaltung\nAlpenblick Software GmbH\nSitz: Freiburg im Breisgau, HRB 000000\n" % inv)
    m = mail(reply_hdrs(ad("Jonas Weber", "j.weber@alpenblick-software.de"), "AW: " + rem_subject_en(inv),
                        dt(1, 13, 22), "alpenblick-software.de", inv), text(body))
    add("human_reply/alpenblick_de_bis_11_dezember.eml", H, m, "de", group="Alpenblick Software",
        pattern="German 'AW:' reply, 'bis zum 11. Dezember'", facts="promise_date=2026-12-11")

    # 46 -- "mercredi prochain sans faute"
    inv, amt = "F-2026-0407", 1540.00
    body = ("Élodie,\n\nMea culpa. Mercredi prochain sans faute, je bloque ça dans mon agenda.\n\nSeb\n"
            "--\nSébastien Guérin · fondateur · Kiosk Mobilité\n")
    m = mail(reply_hdrs(ad("Sébastien Guérin", "seb@kiosk-mobilite.fr"), "Re: " + rem_subject_fr(inv, ),
                        dt(3, 18, 5), "kiosk-mobilite.fr", inv, n=2), text(body))
    add("human_reply/kiosk_fr_mercredi_prochain.eml", H, m, "fr", group="Kiosk Mobilité",
        pattern="'mercredi prochain'; reply to 2nd reminder", facts="promise_date=2026-12-09",
        notes="Thu 3 Dec + 'mercredi prochain' = Wed 9 Dec")

    # 47 -- duplicate needed (spam folder), multipart with quote
    inv, amt = "F-2026-0410", 1100.00
    t = ("Bonjour,\n\nJe ne retrouve pas votre facture, elle a dû finir dans les indésirables. Pourriez-vous "
         "m'en renvoyer un duplicata ? Je la règle dès réception.\n\nMerci,\nCorinne Batailler\n\n"
         + attrib_gmail_fr(30, 9, 40) + "\n" + q(rem_body_fr(inv, amt, "24 novembre 2026", "Corinne")))
    h = ("<div dir=\"ltr\">Bonjour,<div><br></div><div>Je ne retrouve pas votre facture, elle a dû finir dans les "
         "indésirables. Pourriez-vous m'en renvoyer un duplicata ? Je la règle dès réception.</div><div><br></div>"
         "<div>Merci,</div><div>Corinne Batailler</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
         "class=\"gmail_attr\">%s<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
         "border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
         % (attrib_gmail_fr(30, 9, 40).replace("<", "&lt;").replace(">", "&gt;"),
            rem_body_fr(inv, amt, "24 novembre 2026", "Corinne").replace("\n", "<br>")))
    m = mail(reply_hdrs(ad("Corinne Batailler", "corinne.batailler@cabinet-kine-chartrons.fr"),
                        "Re: " + rem_subject_fr(inv), dt(1, 12, 14), "mail.gmail.com", inv), alt(t, h))
    add("human_reply/chartrons_fr_duplicata.eml", H, m, "fr", group="Cabinet kiné des Chartrons",
        pattern="Gmail multipart/alternative with gmail_quote; asks duplicate", facts="request_invoice=yes")

    # 48 -- human that sounds like an OOO
    inv, amt = "F-2026-0404", 690.00
    body = ("Bonjour Élodie,\n\nJe suis en congé jusqu'au 7 et je n'ai pas accès à la banque pro depuis mon "
            "téléphone. Je vous règle ça à mon retour le 7, c'est promis.\n\nBonne journée,\nCéline (depuis mon mobile)\n")
    m = mail(reply_hdrs(ad("Céline Darrieux", "celine@darrieux-photo.fr"), "Re: " + rem_subject_fr(inv),
                        dt(2, 11, 5), "darrieux-photo.fr", inv), text(body))
    add("human_reply/darrieux_fr_conge_retour_le_7.eml", H, m, "fr", group="Darrieux Photo",
        pattern="person on holiday writes by hand (looks like an OOO)", facts="promise_date=2026-12-07")

# ================================================================ payment_notification
def pn(file, data, lang, provider, pattern, direction, amount, counts, payer="", reference="",
       value_date="", currency="EUR", notes="", group=None):
    add("payment_notification/" + file, "payment_notification", data, lang, provider=provider,
        group=group or provider, pattern=pattern, direction=direction, amount=amount, currency=currency,
        payer=payer, reference=reference, value_date=value_date, counts=counts, notes=notes)

def bank_hdrs(frm, subj, date, dom, to=None, extra=()):
    return [("From", frm), ("To", to or OWNER_ADDR), ("Subject", eh(subj)), ("Date", date),
            ("Message-ID", mid(subj + date, dom))] + list(extra)

def payments():
    # ---------------- money in, one payer ----------------
    # 1 Qonto
    t = ("Bonjour Élodie,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Fournier Studio.\n\n"
         "Émetteur : ATELIER GARONNE\nRéférence : F-2026-0412\nDate : 04/12/2026\n\n"
         "Voir la transaction : https://app.qonto.com/transactions\n\n"
         "L'équipe Qonto\n\nQonto – 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé par l'ACPR.\n"
         "Vous recevez cet e-mail car les notifications de virements entrants sont activées.\n")
    h = ("<!doctype html><html><body style=\"background:#f6f6f6;font-family:Inter,Arial,sans-serif\">"
         "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
         "<table width=\"560\" style=\"background:#fff;border-radius:8px;padding:32px\"><tr><td>"
         "<p style=\"font-size:14px\">Bonjour Élodie,</p><p style=\"font-size:22px;font-weight:600\">"
         "Vous avez reçu un virement de 1&nbsp;480,00&nbsp;€</p><table style=\"font-size:14px\">"
         "<tr><td style=\"color:#6b6b6b\">Émetteur</td><td>ATELIER GARONNE</td></tr>"
         "<tr><td style=\"color:#6b6b6b\">Référence</td><td>F-2026-0412</td></tr>"
         "<tr><td style=\"color:#6b6b6b\">Date</td><td>04/12/2026</td></tr></table>"
         "<p><a href=\"https://app.qonto.com/transactions\" style=\"background:#000;color:#fff;padding:10px 16px;"
         "border-radius:4px;text-decoration:none\">Voir la transaction</a></p>"
         "<p style=\"font-size:11px;color:#999\">Qonto – 18 rue de Navarin, 75009 Paris. Vous recevez cet e-mail car "
         "les notifications de virements entrants sont activées.</p></td></tr></table></td></tr></table></body></html>")
    pn("qonto_fr_virement_recu.eml",
       mail(bank_hdrs("Qonto <no-reply@qonto.com>", "Vous avez reçu un virement de 1 480,00 €", dt(4, 9, 12),
                      "qonto.com"), alt(t, h)),
       "fr", "Qonto", "'Vous avez reçu un virement de' + HTML card", "in", "1480.00", "yes",
       "ATELIER GARONNE", "F-2026-0412", "2026-12-04",
       notes="layout modelled on Qonto transaction e-mails (fields Émetteur/Référence)")

    # 2 Shine: instant transfer, emoji subject
    t = ("Bonne nouvelle Élodie !\n\nUn virement instantané de +2 040,00 € vient d'arriver sur ton compte Shine.\n\n"
         "De : LAFITTE CONSEIL RH\nLibellé : FACTURE F-2026-0402\nReçu le : jeudi 3 décembre 2026 à 09:58\n\n"
         "Retrouve le détail dans ton app Shine.\n\nL'équipe Shine\n--\nShine SAS, établissement de paiement "
         "agréé. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    pn("shine_fr_virement_instantane.eml",
       mail(bank_hdrs("Shine <notifications@shine.fr>", "💸 Virement reçu : +2 040,00 €", dt(3, 9, 58, 40),
                      "shine.fr"), text(t)),
       "fr", "Shine", "informal 'tu', instant transfer, emoji subject", "in", "2040.00", "yes",
       "LAFITTE CONSEIL RH", "FACTURE F-2026-0402", "2026-12-03")

    # 3 BNP Paribas avis de crédit, fixed-width text
    t = ("BNP PARIBAS\n\nAVIS D'OPERATION\n\nMadame FOURNIER ELODIE\nCompte professionnel n° ****7702\n\n"
         "Nous vous informons de l'opération suivante enregistrée au crédit de votre compte :\n\n"
         "Date opé.   Date valeur  Libellé                                         Montant\n"
         "30/11/2026  30/11/2026   VIR SEPA RECU /DE LEFEUVRE IMMOBILIER           +1 150,00 EUR\n"
         "                         /MOTIF FOURNIER F-2026-0384\n"
         "                         /REF 2026113000451877\n\n"
         "Pour consulter vos comptes : https://mabanque.bnpparibas\n\n"
         "Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\n"
         "BNP Paribas SA au capital de 2 261 621 342 EUR - 662 042 449 RCS Paris\n")
    pn("bnp_fr_avis_credit_tableau_texte.eml",
       mail(bank_hdrs("BNP Paribas <ne-pas-repondre@mabanque.bnpparibas>", "Avis d'opération - crédit sur votre compte",
                      dt(30, 18, 2), "mabanque.bnpparibas"), text(t, cs="iso-8859-1")),
       "fr", "BNP Paribas", "fixed-width avis d'opération, VIR SEPA RECU /DE /MOTIF", "in", "1150.00", "yes",
       "LEFEUVRE IMMOBILIER", "FOURNIER F-2026-0384", "2026-11-30")

    # 4 Crédit Agricole, short alert, 8bit latin-1
    t = ("Crédit Agricole Aquitaine\n\nAlerte opération créditrice\n\n"
         "Le 01/12/2026, une opération de 2 100,00 EUR a été portée au crédit de votre compte ****3318 :\n"
         "VIREMENT EN VOTRE FAVEUR DE MUTUELLE AQUITAINE SANTE\nBC-77812 FACT F-2026-0395\n\n"
         "Solde après opération : 8 412,56 EUR\n\n"
         "Pour modifier vos alertes, connectez-vous à Ma Banque en ligne, rubrique Alertes.\n"
         "Ceci est un message automatique, merci de ne pas y répondre.\n")
    pn("ca_fr_alerte_operation_creditrice.eml",
       mail(bank_hdrs("Credit Agricole <alertes@credit-agricole.fr>", "Alerte : opération créditrice sur votre compte",
                      dt(1, 21, 30), "credit-agricole.fr"), text(t, cs="iso-8859-1", cte="8bit")),
       "fr", "Crédit Agricole", "regional bank alert with balance, 8bit latin-1", "in", "2100.00", "yes",
       "MUTUELLE AQUITAINE SANTE", "BC-77812 FACT F-2026-0395", "2026-12-01",
       notes="client paid despite asking for a corrected invoice: set is not a story, each message stands alone")

    # 5 Société Générale
    t = ("Société Générale\nNotification de virement reçu\n\nMadame, Monsieur,\n\n"
         "Nous avons le plaisir de vous informer qu'un virement a été crédité sur votre compte "
         "professionnel le 02/12/2026.\n\nMontant : 3 240,00 EUR\nDonneur d'ordre : SCEA CHATEAU LESTAGE MERIGNAC\n"
         "Motif : REGLT FACT F2026 0398\n\nVous pouvez consulter le détail de vos opérations sur "
         "https://professionnels.societegenerale.fr\n\nCordialement,\nVotre Conseiller Société Générale\n\n"
         "Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.\n")
    pn("sg_fr_virement_credite.eml",
       mail(bank_hdrs("Societe Generale <ne-pas-repondre@societegenerale.fr>", "Notification : virement reçu",
                      dt(2, 7, 5), "societegenerale.fr"), text(t)),
       "fr", "Société Générale", "'Donneur d'ordre' field", "in", "3240.00", "yes",
       "SCEA CHATEAU LESTAGE MERIGNAC", "REGLT FACT F2026 0398", "2026-12-02",
       notes="paid earlier than the client's promise of the 15th")

    # 6 LCL HTML-only table
    h = ("<html><body style=\"font-family:Arial;font-size:13px;color:#1a1a1a\">"
         "<img src=\"https://www.lcl.fr/static/logo-lcl.png\" alt=\"LCL\" width=\"80\"><h2 style=\"color:#1b3d8f\">"
         "Un virement a été crédité sur votre compte</h2><p>Bonjour Madame FOURNIER,</p>"
         "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr style=\"background:#eef2fa\">"
         "<th>Date</th><th>Libellé</th><th>Montant</th></tr><tr><td>04/12/2026</td>"
         "<td>VIR SEPA BRASSERIES DU MEDOC<br>F-2026-0393</td><td style=\"color:#0a7d2c\">+ 1 620,00 €</td></tr></table>"
         "<p>Compte : LCL PRO ****0094</p><p style=\"font-size:11px;color:#777\">Cet e-mail vous est envoyé dans le cadre "
         "de votre service d'alertes LCL. Merci de ne pas répondre à ce message.<br>LCL – Le Crédit Lyonnais, SA au "
         "capital de 2 037 713 591 €, SIREN 954 509 741 RCS Lyon.</p></body></html>")
    pn("lcl_fr_html_only_table.eml",
       mail(bank_hdrs("LCL <alertes@lcl.fr>", "LCL - Alerte crédit", dt(4, 14, 7), "lcl.fr"), html(h)),
       "fr", "LCL", "HTML-only table with one credit row", "in", "1620.00", "yes",
       "BRASSERIES DU MEDOC", "F-2026-0393", "2026-12-04")

    # 7 La Banque Postale
    t = ("LA BANQUE POSTALE\n\nAlerte Opération\n\nBonjour,\n\nUne opération est intervenue sur votre compte "
         "courant postal n° ****821 M :\n\n- VIREMENT DE LIBRAIRIE LA MOUETTE\n  REF : FACT 0397 NOV\n"
         "  Montant : +560,00 €\n  Date : 03/12/2026\n\n"
         "Nous vous rappelons que La Banque Postale ne vous demandera jamais vos codes par e-mail.\n\n"
         "Ce message est envoyé automatiquement. Pour ne plus recevoir ces alertes, rendez-vous dans votre "
         "Espace client.\n")
    pn("lbp_fr_alerte_operation_virement_de.eml",
       mail(bank_hdrs("La Banque Postale <noreply@labanquepostale.fr>", "Alerte Opération - La Banque Postale",
                      dt(3, 19, 44), "labanquepostale.fr"), text(t, cte="base64")),
       "fr", "La Banque Postale", "generic subject, base64 body, 'VIREMENT DE'", "in", "560.00", "yes",
       "LIBRAIRIE LA MOUETTE", "FACT 0397 NOV", "2026-12-03")

    # 8 CIC
    t = ("CIC - Alerte Mouvement\n\nCompte : 30066 ***** ****4411 - FOURNIER STUDIO\n\n"
         "Crédit de 1 325,00 EUR le 02/12/2026\nVIR ECOLE BORDEAUX DESIGN FACT F-2026-0406\n\n"
         "Solde au 02/12/2026 : 6 104,21 EUR\n\nCIC - Crédit Industriel et Commercial\n"
         "Ce message est généré automatiquement, merci de ne pas y répondre.\n")
    pn("cic_fr_alerte_mouvement_credit.eml",
       mail(bank_hdrs("CIC <alertes@cic.fr>", "Alerte : crédit de 1 325,00 EUR", dt(2, 23, 10), "cic.fr"),
            text(t, cs="iso-8859-1")),
       "fr", "CIC", "Crédit Mutuel/CIC alert: 'Crédit de X le' + VIR line", "in", "1325.00", "yes",
       "ECOLE BORDEAUX DESIGN", "FACT F-2026-0406", "2026-12-02")

    # 9 BoursoBank
    t = ("BoursoBank\n\nBonjour Élodie,\n\nVous avez reçu un virement de 860,00 € de la part de "
         "MME MARCHETTI JULIE sur votre compte BoursoBank Pro.\n\nLibellé du virement : Elodie merci !\n\n"
         "À bientôt sur BoursoBank.\n\nBoursoBank, nom commercial de Boursorama SA – 44 rue Traversière, "
         "92100 Boulogne-Billancourt.\nVous recevez cet e-mail car vous avez activé les notifications de "
         "réception de virement.\n")
    pn("bourso_fr_virement_de_la_part_de.eml",
       mail(bank_hdrs("BoursoBank <noreply@boursobank.com>", "Vous avez reçu un virement", dt(1, 12, 2),
                      "boursobank.com"), text(t)),
       "fr", "BoursoBank", "'de la part de', free-text libellé without invoice number", "in", "860.00", "yes",
       "MME MARCHETTI JULIE", "Elodie merci !", "2026-12-01")

    # 10 Hello bank! amount in subject only
    t = ("Hello bank!\n\nBonjour,\n\nUn nouveau crédit est disponible sur votre compte.\n"
         "Émetteur : CLINIQUES VETERINAIRES OCEANE\n\n"
         "Retrouvez le détail de l'opération dans votre appli Hello bank!\n\n"
         "Hello bank! est une marque de BNP Paribas. Ceci est un message automatique, merci de ne pas y répondre.\n")
    pn("hellobank_fr_montant_objet_seulement.eml",
       mail(bank_hdrs("Hello bank! <notification@hellobank.fr>", "+ 640,00 € sur votre compte", dt(2, 8, 41),
                      "hellobank.fr"), text(t)),
       "fr", "Hello bank!", "amount in subject only", "in", "640.00", "yes",
       "CLINIQUES VETERINAIRES OCEANE", "", "2026-12-02",
       notes="no reference, no date in body; value date taken from Date header")

    # 11 Fortuneo
    t = ("Fortuneo\n\nMadame FOURNIER,\n\nNous vous informons qu'un virement SEPA a été reçu sur votre compte "
         "n° ****5530.\n\n  Montant          : 410,00 EUR\n  Émetteur         : SAS KOALA BOX\n"
         "  Référence client : KB-FAC-F20260399\n  Date de valeur   : 30/11/2026\n\n"
         "L'équipe Fortuneo\nMerci de ne pas répondre à cet e-mail, cette adresse n'est pas consultée.\n")
    pn("fortuneo_fr_virement_sepa_recu.eml",
       mail(bank_hdrs("Fortuneo <ne_pas_repondre@fortuneo.fr>", "Virement SEPA reçu", dt(30, 16, 28),
                      "fortuneo.fr"), text(t)),
       "fr", "Fortuneo", "aligned key/value block with 'Date de valeur'", "in", "410.00", "yes",
       "SAS KOALA BOX", "KB-FAC-F20260399", "2026-11-30")

    # 12 Stripe payment received (card)
    t = ("You received a payment of €720.00\n\nHarbourline Digital Ltd paid €720.00 with a Visa ending in 4242.\n\n"
         "Amount: €720.00\nCustomer: Harbourline Digital Ltd (accounts@harbourline.co.uk)\nDescription: Invoice "
         "F-2026-0415\nPayment ID: pi_3QxK2aL8fOurn13r0aZ1\nDate: Dec 1, 2026, 3:12:44 PM\n\n"
         "View payment in Dashboard: https://dashboard.stripe.com/payments/pi_3QxK2aL8fOurn13r0aZ1\n\n"
         "You're receiving this email because you have email notifications enabled for successful payments "
         "for Fournier Studio. Manage notifications: https://dashboard.stripe.com/settings/user\n\n"
         "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    pn("stripe_en_payment_received.eml",
       mail(bank_hdrs("Stripe <notifications@stripe.com>", "Payment of €720.00 from Harbourline Digital Ltd",
                      dt(1, 15, 13), "stripe.com"), text(t)),
       "en", "Stripe", "card payment captured via invoice link", "in", "720.00", "yes",
       "Harbourline Digital Ltd", "Invoice F-2026-0415", "2026-12-01",
       notes="value_date = capture date; funds reach the bank later in a payout")

    # 13 PayPal FR
    t = ("Vous avez reçu un paiement\n\nBonjour Fournier Studio,\n\nRuth Adeyemi vous a envoyé 950,00 EUR.\n\n"
         "Remarque de Ruth Adeyemi : « So sorry for the delay! Invoice F-2026-0383 »\n\n"
         "Détails de la transaction\nN° de transaction : 7HF31288KL0456112\nDate de la transaction : 3 décembre 2026\n"
         "Montant reçu : 950,00 EUR\nFrais : -32,55 EUR\nMontant net : 917,45 EUR\n\n"
         "Aide et contact | Sécurité\nPayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg\n"
         "Ceci est un message automatique. Merci de ne pas y répondre.\n")
    pn("paypal_fr_paiement_recu.eml",
       mail(bank_hdrs("service@paypal.fr", "Vous avez reçu un paiement", dt(3, 8, 3), "paypal.com",
                      extra=[("Reply-To", "PayPal <noreply@paypal.com>")]), text(t)),
       "fr", "PayPal", "'X vous a envoyé' with fee and net amount", "in", "950.00", "yes",
       "Ruth Adeyemi", "So sorry for the delay! Invoice F-2026-0383", "2026-12-03",
       notes="gross 950.00 recorded; net 917.45 after fees")

    # 14 Wise
    t = ("You've received €3,300.00 from ALPENBLICK SOFTWARE GMBH\n\nHi Élodie,\n\n"
         "ALPENBLICK SOFTWARE GMBH sent you €3,300.00. It's now in your EUR balance.\n\n"
         "Reference: RE F-2026-0378\nTransfer #1187334502\n\nThe Wise Team\n\n"
         "Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n")
    pn("wise_en_received.eml",
       mail(bank_hdrs("Wise <noreply@wise.com>", "You've received €3,300.00 from ALPENBLICK SOFTWARE GMBH",
                      dt(2, 10, 19, tz=0), "wise.com"), text(t)),
       "en", "Wise", "subject carries amount and payer", "in", "3300.00", "yes",
       "ALPENBLICK SOFTWARE GMBH", "RE F-2026-0378", "2026-12-02")

    # 15 Revolut Business, GBP
    t = ("Revolut Business\n\nMoney received\n\nFournier Studio received £2,350.00 from KESTREL ANALYTICS LTD.\n"
         "Reference: INV F-2026-0392\n4 Dec 2026, 11:07\n\nOpen the app to see the details.\n\n"
         "Revolut Bank UAB. You are receiving this email because you enabled notifications for incoming "
         "transfers in your Revolut Business account.\n")
    pn("revolut_en_money_received_gbp.eml",
       mail(bank_hdrs("Revolut Business <no-reply@revolut.com>", "You received £2,350.00", dt(4, 11, 8),
                      "revolut.com"), text(t)),
       "en", "Revolut Business", "GBP incoming", "in", "2350.00", "yes",
       "KESTREL ANALYTICS LTD", "INV F-2026-0392", "2026-12-04", currency="GBP")

    # 16 GoCardless collected
    t = ("Bonjour,\n\nBonne nouvelle : un paiement de 180,00 € a été encaissé.\n\n"
         "Client : Cabinet kiné des Chartrons\nRéférence : FOURNIER-MAINT-DEC\nMandat : MD000XJ7Q2PW\n"
         "Date d'encaissement : 1 décembre 2026\n\nCe paiement vous sera versé avec vos autres encaissements.\n\n"
         "L'équipe GoCardless\n\nVous recevez cet e-mail car vous utilisez GoCardless pour encaisser des "
         "prélèvements. GoCardless SAS, 8 rue de la Michodière, 75002 Paris.\n")
    pn("gocardless_fr_paiement_encaisse.eml",
       mail(bank_hdrs("GoCardless <notifications@gocardless.com>", "Paiement encaissé : 180,00 €", dt(1, 7, 2),
                      "gocardless.com"), text(t)),
       "fr", "GoCardless", "direct debit collected from a client", "in", "180.00", "yes",
       "Cabinet kiné des Chartrons", "FOURNIER-MAINT-DEC", "2026-12-01")

    # 17 Qonto plural
    t = ("Bonjour Élodie,\n\n2 virements reçus aujourd'hui sur votre compte principal :\n\n"
         "• +1 200,00 € de PONS ARCHITECTES — réf. F-2026-0400\n"
         "• +1 540,00 € de KIOSK MOBILITE SAS — réf. Facture 0407\n\n"
         "Total : +2 740,00 €\n\nL'équipe Qonto\n\nVous recevez cet e-mail car les notifications de virements "
         "entrants sont activées. Ceci est un message automatique.\n")
    pn("qonto_fr_deux_virements_recus.eml",
       mail(bank_hdrs("Qonto <no-reply@qonto.com>", "2 virements reçus", dt(3, 17, 30), "qonto.com"), text(t)),
       "fr", "Qonto", "plural digest, two incoming transfers", "in|in", "1200.00|1540.00", "yes",
       "PONS ARCHITECTES|KIOSK MOBILITE SAS", "F-2026-0400|Facture 0407", "2026-12-03|2026-12-03",
       notes="two payers, each counts; counts_as_payment 'yes' for both")

    # 18 Pennylane bank feed
    t = ("Pennylane\n\nNouvelle transaction synchronisée\n\nCompte : Qonto – Fournier Studio\n"
         "Date : 02/12/2026\nLibellé : VIR SEPA TRANSPORTS DARRIGADE\nMontant : +1 300,00 €\n\n"
         "Suggestion de rapprochement : facture F-2026-0411 (Transports Darrigade) – 1 300,00 €\n\n"
         "Valider le rapprochement : https://app.pennylane.com/\n\n"
         "Vous recevez cet e-mail car vous avez activé les notifications de transactions.\n")
    pn("pennylane_fr_transaction_synchronisee.eml",
       mail(bank_hdrs("Pennylane <notifications@pennylane.com>", "Nouvelle transaction : +1 300,00 €",
                      dt(2, 13, 55), "pennylane.com"), text(t)),
       "fr", "Pennylane", "accounting tool bank feed with reconciliation suggestion", "in", "1300.00", "yes",
       "TRANSPORTS DARRIGADE", "VIR SEPA TRANSPORTS DARRIGADE", "2026-12-02",
       notes="payer name extracted from the bank label; the feed mirrors a Qonto credit")

    # 19 SumUp payment link
    t = ("SumUp\n\nPaiement reçu\n\nVous avez reçu un paiement de 390,00 € via votre lien de paiement.\n\n"
         "Client : La Table de Yannick\nDescription : Acompte refonte carte en ligne\nCarte : Mastercard •••• 1187\n"
         "Code de transaction : TXJ8Y2M4QZ\nDate : 30 nov. 2026, 20:14\n\n"
         "Le montant sera versé sur votre compte bancaire selon votre calendrier de virements.\n\n"
         "SumUp Limited · Ceci est un e-mail automatique, merci de ne pas y répondre.\n")
    pn("sumup_fr_lien_paiement.eml",
       mail(bank_hdrs("SumUp <no-reply@sumup.com>", "Paiement reçu - 390,00 €", dt(30, 20, 15), "sumup.com"),
            text(t)),
       "fr", "SumUp", "payment link captured by PSP", "in", "390.00", "yes", "La Table de Yannick",
       "Acompte refonte carte en ligne", "2026-11-30")

    # 20 Mollie
    t = ("Nouveau paiement reçu\n\nMontant : € 900,00\nDescription : Sarran Evenements - 50% F-2026-0385\n"
         "Méthode : Virement bancaire\nNom du client : Sarran Événements\nID : tr_WDqYK6vllg\n"
         "Statut : payé\nDate : 2 déc. 2026\n\nConsulter dans le Dashboard Mollie : https://my.mollie.com/\n\n"
         "Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam\n")
    h = ("<html><body style=\"font-family:-apple-system,Helvetica,Arial\"><h1 style=\"font-size:20px\">Nouveau paiement "
         "reçu</h1><table cellpadding=\"4\"><tr><td>Montant</td><td><b>€ 900,00</b></td></tr><tr><td>Description</td>"
         "<td>Sarran Evenements - 50% F-2026-0385</td></tr><tr><td>Méthode</td><td>Virement bancaire</td></tr>"
         "<tr><td>Nom du client</td><td>Sarran Événements</td></tr><tr><td>Statut</td><td>payé</td></tr></table>"
         "<p style=\"color:#888;font-size:12px\">Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam</p></body></html>")
    pn("mollie_fr_nouveau_paiement.eml",
       mail(bank_hdrs("Mollie <noreply@mollie.com>", "Nouveau paiement de € 900,00", dt(2, 18, 52), "mollie.com"),
            alt(t, h)),
       "fr", "Mollie", "'€ 900,00' prefix notation, status line", "in", "900.00", "yes", "Sarran Événements",
       "Sarran Evenements - 50% F-2026-0385", "2026-12-02", notes="partial payment of a 1800 EUR invoice")

    # 21 PayPlug
    t = ("PayPlug\n\nPaiement accepté\n\nUn paiement de 1 100,00 € a été accepté.\n\n"
         "Client : Corinne Batailler (corinne.batailler@cabinet-kine-chartrons.fr)\nCommande : F-2026-0410\n"
         "Moyen de paiement : CB Visa\nDate : 04/12/2026 08:31\n\n"
         "PayPlug – 110 avenue de France, 75013 Paris. E-mail envoyé automatiquement.\n")
    pn("payplug_fr_paiement_accepte.eml",
       mail(bank_hdrs("PayPlug <no-reply@payplug.com>", "[PayPlug] Paiement accepté - F-2026-0410", dt(4, 8, 32),
                      "payplug.com"), text(t)),
       "fr", "PayPlug", "'Paiement accepté' with order number", "in", "1100.00", "yes", "Corinne Batailler",
       "F-2026-0410", "2026-12-04")

    # 22 Sumeria (ex-Lydia)
    t = ("Lucas Pereira t'a envoyé 80,00 €\n\n« Maquette flyer asso 🎨 »\n\nL'argent est disponible sur ton "
         "compte Sumeria.\n\nSumeria (anciennement Lydia) – Lydia Solutions SAS\n"
         "Tu reçois cet e-mail car tu as activé les notifications de paiement.\n")
    pn("sumeria_fr_t_a_envoye.eml",
       mail(bank_hdrs("Sumeria <no-reply@sumeria.eu>", "Lucas Pereira t'a envoyé 80,00 €", dt(30, 21, 3),
                      "sumeria.eu"), text(t)),
       "fr", "Sumeria", "P2P app, payer in subject, emoji note", "in", "80.00", "yes", "Lucas Pereira",
       "Maquette flyer asso 🎨", "2026-11-30")

    # 23 Remittance advice from a client's ERP (claim)
    pdf = fake_pdf("AVIS DE PAIEMENT N° 2026-PAY-088341", [
        "AEROSTRUCTURES DU SUD-OUEST SAS", "Beneficiaire : FOURNIER STUDIO",
        "Facture F-2026-0369 du 20/10/2026  6 250,00 EUR", "Date de paiement : 14/12/2026",
        "Mode : Virement SEPA"])
    t = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de paiement relatif au règlement suivant :\n\n"
         "Fournisseur : FOURNIER STUDIO (F00472)\nMontant : 6 250,00 EUR\nDate de paiement : 14/12/2026\n"
         "Mode de règlement : Virement SEPA\nFacture(s) : F-2026-0369\n\n"
         "Ce message est généré automatiquement par notre système SAP, merci de ne pas y répondre.\n")
    pn("aso_fr_avis_de_paiement_sap.eml",
       mail(bank_hdrs("AVIS PAIEMENT ASO <sap-noreply@aerostructures-so.fr>",
                      "Avis de paiement 2026-PAY-088341", dt(4, 6, 12), "aerostructures-so.fr"),
            multi("mixed", text(t), attach(pdf, "application/pdf", "AVIS_PAIEMENT_2026-PAY-088341.pdf"))),
       "fr", "", "client ERP remittance advice (future date) with PDF", "in", "6250.00", "no_claim",
       "AEROSTRUCTURES DU SUD-OUEST SAS", "F-2026-0369", "2026-12-14", group="Aérostructures du Sud-Ouest",
       notes="payment announced for 14 Dec: money not seen by a bank; direction in vs none unsure")

    # 24 Stripe payout (aggregate)
    t = ("Your payout of €2,345.10 is on the way\n\nA payout of €2,345.10 EUR was sent to your bank account "
         "ending in 7702 and should arrive by Dec 3, 2026.\n\nPayout ID: po_1QyT0fL8fOurn13rZ4bA\n"
         "Includes 6 payments and 1 refund.\n\nView payout: https://dashboard.stripe.com/payouts/po_1QyT0fL8fOurn13rZ4bA\n\n"
         "You're receiving this email because you're an administrator of Fournier Studio.\n"
         "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    pn("stripe_en_payout_on_the_way.eml",
       mail(bank_hdrs("Stripe <notifications@stripe.com>", "Your payout of €2,345.10 is on the way",
                      dt(1, 4, 22, tz=0), "stripe.com"), text(t)),
       "en", "Stripe", "payout bundling several payments", "in", "2345.10", "no_aggregate",
       "", "po_1QyT0fL8fOurn13rZ4bA", "2026-12-03",
       notes="no single payer; value_date = expected arrival")

    # ---------------- not money in ----------------
    # 25 Qonto card payment
    t = ("Paiement par carte\n\n-14,99 €\nFIGMA\nCarte •••• 0911 (Élodie Fournier)\n1 décembre 2026 à 02:14\n\n"
         "N'oubliez pas d'ajouter le justificatif dans l'app Qonto.\n\nL'équipe Qonto\n"
         "Vous recevez cet e-mail car les notifications de paiements par carte sont activées.\n")
    pn("qonto_fr_paiement_carte.eml",
       mail(bank_hdrs("Qonto <no-reply@qonto.com>", "Paiement par carte de 14,99 € chez FIGMA", dt(1, 2, 15),
                      "qonto.com"), text(t)),
       "fr", "Qonto", "card payment, receipt reminder", "out", "14.99", "no", reference="FIGMA",
       value_date="2026-12-01")

    # 26 Shine outgoing transfer
    t = ("Ton virement est parti 🚀\n\nMontant : -1 245,00 €\nBénéficiaire : URSSAF AQUITAINE\n"
         "Libellé : COTISATIONS T4 2026\nDate d'exécution : 30/11/2026\n\n"
         "L'équipe Shine\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    pn("shine_fr_virement_emis_urssaf.eml",
       mail(bank_hdrs("Shine <notifications@shine.fr>", "Virement envoyé à URSSAF AQUITAINE", dt(30, 10, 2),
                      "shine.fr"), text(t)),
       "fr", "Shine", "outgoing transfer to URSSAF", "out", "1245.00", "no", reference="COTISATIONS T4 2026",
       value_date="2026-11-30")

    # 27 BNP direct debit notice
    t = ("BNP PARIBAS\n\nInformation prélèvement SEPA\n\nMadame,\n\nUn prélèvement SEPA sera débité de votre compte "
         "professionnel ****7702 le 04/12/2026 :\n\nCréancier : OVH SAS\nRéférence unique de mandat : OVH-FR-3318822\n"
         "Montant : 23,99 EUR\n\nSi vous souhaitez contester ce prélèvement, rendez-vous dans votre espace client.\n"
         "Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\n")
    pn("bnp_fr_prelevement_sepa_annonce.eml",
       mail(bank_hdrs("BNP Paribas <ne-pas-repondre@mabanque.bnpparibas>", "Information : prélèvement SEPA à venir",
                      dt(2, 6, 40), "mabanque.bnpparibas"), text(t)),
       "fr", "BNP Paribas", "announced direct debit (creditor OVH)", "out", "23.99", "no",
       reference="OVH-FR-3318822", value_date="2026-12-04", notes="future debit, announced")

    # 28 Stripe refund
    t = ("Refund of €120.00 to Fenwick & Rowe Design\n\nYou issued a refund of €120.00 for a payment of €480.00.\n\n"
         "Customer: Fenwick & Rowe Design\nReason: requested_by_customer\nRefund ID: re_3QxR91L8fOurn13r1pLm\n"
         "Date: Dec 2, 2026\n\nRefunds take 5-10 days to appear on a customer's statement.\n\n"
         "You're receiving this email because you have notifications enabled for refunds.\n")
    pn("stripe_en_refund_issued.eml",
       mail(bank_hdrs("Stripe <notifications@stripe.com>", "Refund of €120.00 to Fenwick & Rowe Design",
                      dt(2, 11, 0, tz=0), "stripe.com"), text(t)),
       "en", "Stripe", "partial refund issued", "refund", "120.00", "no", reference="re_3QxR91L8fOurn13r1pLm",
       value_date="2026-12-02")

    # 29 Stripe dispute
    t = ("A payment has been disputed\n\nBrightlane Commerce Ltd disputed a €450.00 payment. The cardholder's bank "
         "has temporarily withdrawn €450.00 plus a €20.00 dispute fee from your Stripe balance.\n\n"
         "Reason: product_not_received\nRespond by: Dec 13, 2026\nDispute ID: dp_1QyUu2L8fOurn13rQ8c1\n\n"
         "Submit evidence: https://dashboard.stripe.com/disputes/dp_1QyUu2L8fOurn13rQ8c1\n\n"
         "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    pn("stripe_en_dispute_opened.eml",
       mail(bank_hdrs("Stripe <notifications@stripe.com>", "Action required: a payment has been disputed",
                      dt(3, 16, 40, tz=0), "stripe.com"), text(t)),
       "en", "Stripe", "chargeback with evidence deadline", "chargeback", "450.00", "no",
       reference="dp_1QyUu2L8fOurn13rQ8c1", value_date="2026-12-03")

    # 30 Stripe payout failed
    t = ("Your payout of €1,876.40 failed\n\nWe tried to send a payout of €1,876.40 to your bank account ending in "
         "0045, but your bank returned it: the account appears to be closed (account_closed).\n\n"
         "The funds have been returned to your Stripe balance. Please update your bank account details to "
         "receive future payouts.\n\nUpdate bank account: https://dashboard.stripe.com/settings/payouts\n")
    pn("stripe_en_payout_failed.eml",
       mail(bank_hdrs("Stripe <notifications@stripe.com>", "Your payout of €1,876.40 failed",
                      dt(30, 8, 10, tz=0), "stripe.com"), text(t)),
       "en", "Stripe", "payout failed: account_closed", "failed", "1876.40", "no",
       reference="", value_date="2026-11-30", notes="failure code account_closed; no payout id given")

    # 31 GoCardless failed
    t = ("Bonjour,\n\nLe paiement suivant a échoué :\n\nClient : Librairie La Mouette\nMontant : 180,00 €\n"
         "Référence : FOURNIER-MAINT-DEC\nMotif : Provision insuffisante (AM04)\n\n"
         "Nous réessaierons automatiquement dans 3 jours ouvrés si la relance intelligente est activée.\n\n"
         "L'équipe GoCardless\n")
    pn("gocardless_fr_echec_paiement.eml",
       mail(bank_hdrs("GoCardless <notifications@gocardless.com>", "Échec d'un paiement de 180,00 €",
                      dt(3, 7, 15), "gocardless.com"), text(t)),
       "fr", "GoCardless", "failed direct debit, SEPA reason code AM04", "failed", "180.00", "no",
       reference="FOURNIER-MAINT-DEC", value_date="2026-12-03")

    # 32 PayPal pending
    t = ("Paiement en attente\n\nBonjour Fournier Studio,\n\nVous avez reçu un paiement de 350,00 EUR de Cédric Dupuy, "
         "mais il est actuellement en attente.\n\nLes fonds seront disponibles sur votre compte PayPal dans un délai "
         "maximal de 21 jours, ou plus tôt si l'acheteur confirme la réception.\n\nN° de transaction : 1BV45872CX1190244\n\n"
         "Ceci est un message automatique. Merci de ne pas y répondre.\n")
    pn("paypal_fr_paiement_en_attente.eml",
       mail(bank_hdrs("service@paypal.fr", "Paiement en attente de Cédric Dupuy", dt(2, 14, 29), "paypal.com"),
            text(t)),
       "fr", "PayPal", "payment on hold (mentions 'Vous avez reçu un paiement')", "none", "350.00", "no",
       reference="1BV45872CX1190244", value_date="",
       notes="wording says 'reçu' but funds held: not money in yet")

    # 33 Wise incoming processing
    t = ("A payment is on its way to you\n\nHi Élodie,\n\nSOLVANE GROUP sent you €1,875.00. We're still processing it "
         "and will let you know as soon as it reaches your balance - usually within 1 working day.\n\n"
         "Reference: 4500128811\n\nThe Wise Team\n")
    pn("wise_en_payment_on_its_way.eml",
       mail(bank_hdrs("Wise <noreply@wise.com>", "€1,875.00 is on its way to you", dt(4, 15, 2, tz=0), "wise.com"),
            text(t)),
       "en", "Wise", "incoming payment processing, not yet in balance", "none", "1875.00", "no",
       reference="4500128811", value_date="")

    # 34 Revolut card declined
    t = ("Card payment declined\n\nYour payment of €59.00 at ADOBE *CREATIVE CLOUD was declined: insufficient "
         "balance in your EUR account.\n\nTop up your account or choose another account for card payments.\n\n"
         "Revolut Business\n")
    pn("revolut_en_card_declined.eml",
       mail(bank_hdrs("Revolut Business <no-reply@revolut.com>", "Card payment declined", dt(30, 3, 1),
                      "revolut.com"), text(t)),
       "en", "Revolut Business", "declined card payment", "failed", "59.00", "no",
       reference="ADOBE *CREATIVE CLOUD", value_date="2026-11-30")

    # 35 Crédit Mutuel statement
    t = ("Crédit Mutuel\n\nMadame Élodie FOURNIER,\n\nVotre relevé de compte de novembre 2026 est disponible dans "
         "votre espace de banque à distance, rubrique « e-Documents ».\n\nCordialement,\nVotre Caisse de Crédit "
         "Mutuel Bordeaux Saint-Seurin\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
    pn("cm_fr_releve_disponible.eml",
       mail(bank_hdrs("Credit Mutuel <noreply@creditmutuel.fr>", "Votre relevé de compte est disponible",
                      dt(1, 5, 30), "creditmutuel.fr"), text(t)),
       "fr", "Crédit Mutuel", "monthly statement available", "statement", "", "no", currency="")

    # 36 LCL low balance
    t = ("LCL - Alerte solde\n\nBonjour,\n\nLe solde de votre compte LCL PRO ****0094 est de -212,37 € au "
         "03/12/2026 (seuil d'alerte : 0,00 €).\n\nPensez à approvisionner votre compte pour éviter des frais.\n\n"
         "Merci de ne pas répondre à ce message.\n")
    pn("lcl_fr_alerte_solde_debiteur.eml",
       mail(bank_hdrs("LCL <alertes@lcl.fr>", "Alerte solde débiteur", dt(3, 6, 0), "lcl.fr"), text(t)),
       "fr", "LCL", "negative balance alert", "statement", "", "no", value_date="2026-12-03", currency="",
       notes="balance -212,37 EUR is not a movement: amount left empty")

    # 37 La Banque Postale transfer rejected
    t = ("LA BANQUE POSTALE\n\nBonjour,\n\nVotre virement de 320,00 € à destination de IMPRIMERIE DU PORT "
         "(FR76 **** **** 0817) n'a pas pu aboutir : compte du bénéficiaire clôturé.\n"
         "Le montant a été recrédité sur votre compte le 02/12/2026.\n\n"
         "Ce message est envoyé automatiquement.\n")
    pn("lbp_fr_virement_rejete.eml",
       mail(bank_hdrs("La Banque Postale <noreply@labanquepostale.fr>", "Votre virement n'a pas pu aboutir",
                      dt(2, 9, 14), "labanquepostale.fr"), text(t)),
       "fr", "La Banque Postale", "outgoing transfer returned and re-credited", "failed", "320.00", "no",
       reference="", value_date="2026-12-02",
       notes="'recrédité' is the owner's own money coming back, not a client payment")

    # 38 BoursoBank e-relevé
    h = ("<html><body style=\"font-family:Arial\"><p>Bonjour Élodie,</p><p>Votre <b>e-relevé de novembre 2026</b> "
         "est disponible dans votre Espace Client, rubrique Mes documents.</p><p>À bientôt,<br>BoursoBank</p>"
         "<p style=\"font-size:10px;color:#888\">Vous recevez cet e-mail en tant que client BoursoBank. "
         "Merci de ne pas répondre.</p></body></html>")
    pn("bourso_fr_e_releve.eml",
       mail(bank_hdrs("BoursoBank <noreply@boursobank.com>", "Votre e-relevé est disponible", dt(2, 4, 55),
                      "boursobank.com"), html(h)),
       "fr", "BoursoBank", "e-statement available, HTML only", "statement", "", "no", currency="")

    # 39 N26 refund received
    t = ("Tu as reçu un remboursement\n\n+49,00 €\nAMAZON EU SARL\n3 déc. 2026\n\n"
         "Le remboursement a été crédité sur ton compte N26 Business.\n\nN26 Bank SE · Ceci est un e-mail automatique.\n")
    pn("n26_fr_remboursement_recu.eml",
       mail(bank_hdrs("N26 <no-reply@n26.com>", "Remboursement reçu : +49,00 €", dt(3, 12, 22), "n26.com"), text(t)),
       "fr", "N26", "merchant refund credited ('+' sign)", "refund", "49.00", "no", reference="AMAZON EU SARL",
       value_date="2026-12-03", notes="money in but a purchase refund, not a client payment")

    # 40 Mollie chargeback
    t = ("Chargeback received\n\nA chargeback of € 240,00 has been received for payment tr_Hk2Lm9PqaB.\n"
         "Reason: Fraudulent (10.4)\nCustomer: Alex Morin\n\nThe amount has been deducted from your balance.\n\n"
         "Mollie B.V.\n")
    pn("mollie_en_chargeback.eml",
       mail(bank_hdrs("Mollie <noreply@mollie.com>", "Chargeback received for tr_Hk2Lm9PqaB", dt(4, 10, 10),
                      "mollie.com"), text(t)),
       "en", "Mollie", "chargeback with card-scheme reason code", "chargeback", "240.00", "no",
       reference="tr_Hk2Lm9PqaB", value_date="2026-12-04")

    # 41 Caisse d'Épargne direct debit taken
    t = ("Caisse d'Epargne Aquitaine Poitou-Charentes\n\nAlerte prélèvement\n\nUn prélèvement de 87,40 EUR a été "
         "débité de votre compte ****6612 le 01/12/2026.\nCréancier : HISCOX SA - RC PRO\n\n"
         "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    pn("ce_fr_prelevement_debite.eml",
       mail(bank_hdrs("Caisse d'Epargne <noreply@caisse-epargne.fr>", "Alerte prélèvement", dt(1, 19, 5),
                      "caisse-epargne.fr"), text(t, cs="iso-8859-1")),
       "fr", "Caisse d'Épargne", "direct debit taken (insurance)", "out", "87.40", "no",
       reference="HISCOX SA - RC PRO", value_date="2026-12-01")

    # 42 Banque Populaire card payment
    t = ("Banque Populaire\n\nOpération carte\n\nLe 02/12/2026, paiement carte de -54,90 EUR\n"
         "Commerçant : BUREAU VALLEE BORDEAUX\nCarte n° XXXX XXXX XXXX 3390\n\n"
         "Ce message est envoyé automatiquement.\n")
    pn("bp_fr_operation_carte.eml",
       mail(bank_hdrs("Banque Populaire <noreply@banquepopulaire.fr>", "Opération carte : -54,90 EUR",
                      dt(2, 18, 33), "banquepopulaire.fr"), text(t)),
       "fr", "Banque Populaire", "card payment with minus sign", "out", "54.90", "no",
       reference="BUREAU VALLEE BORDEAUX", value_date="2026-12-02")

    # 43 PayPal sent
    t = ("Vous avez envoyé un paiement\n\nVous avez envoyé 36,00 EUR à Noun Project.\n\nN° de transaction : "
         "5TA20117FJ882403H\nDate : 30 novembre 2026\nSource de financement : Qonto ••••0911\n\n"
         "Ceci est un message automatique. Merci de ne pas y répondre.\n")
    pn("paypal_fr_paiement_envoye.eml",
       mail(bank_hdrs("service@paypal.fr", "Reçu pour votre paiement à Noun Project", dt(30, 17, 48), "paypal.com"),
            text(t)),
       "fr", "PayPal", "payment sent; subject says 'Reçu'", "out", "36.00", "no", reference="5TA20117FJ882403H",
       value_date="2026-11-30")

    # 44 SG returned cheque
    t = ("Société Générale\n\nMadame, Monsieur,\n\nLe chèque n° 8812045 de 540,00 EUR remis à l'encaissement le "
         "24/11/2026 nous a été retourné impayé (motif : provision insuffisante).\n"
         "Le montant a été débité de votre compte le 03/12/2026.\n\n"
         "Votre conseiller reste à votre disposition.\nCe courriel est envoyé automatiquement.\n")
    pn("sg_fr_cheque_impaye.eml",
       mail(bank_hdrs("Societe Generale <ne-pas-repondre@societegenerale.fr>", "Chèque remis impayé",
                      dt(3, 8, 0), "societegenerale.fr"), text(t)),
       "fr", "Société Générale", "deposited cheque returned unpaid", "failed", "540.00", "no",
       reference="8812045", value_date="2026-12-03")

# ================================================================ auto_reply
def autos():
    A = "auto_reply"
    # 1 FR OOO with RFC 3834 headers
    inv = "F-2026-0399"
    t = ("Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre.\n"
         "Pour toute urgence, vous pouvez contacter Mathilde Rey : mathilde.rey@koala-box.fr.\n\n"
         "Cordialement,\nAnne Sorel\n")
    m = mail(reply_hdrs(ad("Anne Sorel", "anne.sorel@koala-box.fr"), "Absente : " + rem_subject_fr(inv),
                        dt(30, 9, 0, 31), "koala-box.fr", inv,
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]), text(t))
    add("auto_reply/koalabox_fr_absente_retour_7.eml", A, m, "fr", group="Koala Box",
        pattern="RFC 3834 Auto-Submitted, 'Absente :' subject", facts="ooo_until=2026-12-07")

    # 2 Outlook "Réponse automatique :"
    inv = "F-2026-0386"
    t = ("Bonjour,\n\nJe suis actuellement en congés avec un accès limité à ma messagerie. Je serai de retour le "
         "14 décembre 2026.\n\nEn mon absence, merci d'adresser vos demandes à accueil@ocealis-voyages.fr.\n\n"
         "Jérôme Marchand\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         "<p>Bonjour,</p><p>Je suis actuellement en congés avec un accès limité à ma messagerie. Je serai de retour le "
         "14 décembre 2026.</p><p>En mon absence, merci d'adresser vos demandes à accueil@ocealis-voyages.fr.</p>"
         "<p>Jérôme Marchand</p></body></html>")
    m = mail(reply_hdrs(ad("Jérôme Marchand", "j.marchand@ocealis-voyages.fr"), "Réponse automatique : "
                        + rem_subject_fr(inv), dt(30, 9, 31, 2), "PR3P281MB0456.FRAP281.PROD.OUTLOOK.COM", inv,
                        extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop",
                               "j.marchand@ocealis-voyages.fr"), ("X-MS-Exchange-Generated-Message-Source",
                               "Mailbox Rules Agent"), ("Content-Language", "fr-FR")]), alt(t, h))
    add("auto_reply/ocealis_fr_outlook_reponse_automatique.eml", A, m, "fr", group="Groupe Océalis",
        pattern="Exchange Online 'Réponse automatique :' with Auto-Submitted: auto-generated",
        facts="ooo_until=2026-12-14")

    # 3 Gmail vacation EN
    inv = "F-2026-0394"
    t = ("Hi,\n\nThanks for your email. I'm out of the office until Monday 7 December with no access to email. "
         "For anything urgent please contact finance@fenwickrowe.co.uk.\n\nHolly\n")
    m = mail(reply_hdrs(ad("Holly Brennan", "holly.brennan@fenwickrowe.co.uk"), "Out of office Re: "
                        + rem_subject_en(inv), dt(30, 8, 1, 12, tz=0), "mail.gmail.com", inv,
                        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                               ("X-Autoreply", "yes")]), text(t, cte="7bit"))
    add("auto_reply/fenwick_en_gmail_vacation.eml", A, m, "en", group="Fenwick & Rowe",
        pattern="Gmail vacation responder style, 'out of the office until Monday 7 December'",
        facts="ooo_until=2026-12-07")

    # 4 "Absence du bureau" without any auto header
    inv = "F-2026-0380"
    t = ("Madame, Monsieur,\n\nL'association est fermée pendant les congés de fin d'année et jusqu'au 4 janvier 2027 "
         "inclus. Nous traiterons votre message dès notre retour, à partir du 5 janvier.\n\n"
         "Les Jardins de Bacalan\n")
    m = mail(reply_hdrs(ad("Les Jardins de Bacalan", "contact@jardins-bacalan.org"), "Absence du bureau",
                        dt(4, 16, 2), "jardins-bacalan.org", None), text(t, cs="iso-8859-1", cte="quoted-printable"))
    add("auto_reply/bacalan_fr_absence_du_bureau_sans_entete.eml", A, m, "fr",
        group="Association Les Jardins de Bacalan",
        pattern="no Auto-Submitted, no In-Reply-To, subject 'Absence du bureau'", facts="ooo_until=2027-01-05",
        notes="closed until 4 Jan inclusive; back on 5 Jan")

    # 5 AP autoresponder EN
    inv = "F-2026-0391"
    t = ("Thank you for contacting Solvane Group Accounts Payable.\n\nThis mailbox is monitored Monday to Friday. "
         "Please note:\n- Invoices are paid according to the agreed payment terms (60 days from invoice date) in "
         "our weekly payment run.\n- Invoices without a valid PO number will be rejected.\n- For payment status "
         "enquiries please use the Supplier Portal: https://suppliers.solvane-group.com\n\n"
         "This is an automated response. Please do not reply to this email.\n")
    m = mail(reply_hdrs(ad("Solvane AP France", "ap.france@solvane-group.com"), "[Auto-Reply] "
                        + rem_subject_fr(inv), dt(30, 9, 4), "solvane-group.com", inv,
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
             text(t, cte="7bit"))
    add("auto_reply/solvane_en_ap_autoresponder.eml", A, m, "en", group="Solvane Group",
        pattern="accounts-payable autoresponder with payment terms and 'weekly payment run'", facts="",
        notes="mentions payment run and 60 days: not a promise")

    # 6 FR AP autoresponder, no standard header, X-Autoreply
    inv = "F-2026-0369"
    t = ("Accusé de réception automatique\n\nNous avons bien reçu votre message. Le service Comptabilité "
         "Fournisseurs le traitera dans les meilleurs délais.\n\nRappel : nos factures sont réglées à 45 jours fin "
         "de mois à compter de la date d'émission, par virement, le 14 de chaque mois. Toute facture doit "
         "comporter un numéro de commande valide.\n\nMerci de ne pas répondre à ce message.\n"
         "AÉROSTRUCTURES DU SUD-OUEST SAS\n")
    m = mail(reply_hdrs(ad("Comptabilité Fournisseurs ASO", "cpt.fournisseurs@aerostructures-so.fr"),
                        "Accusé de réception : " + rem_subject_fr(inv), dt(30, 9, 6), "aerostructures-so.fr", inv,
                        extra=[("X-Autoreply", "yes")]), text(t))
    add("auto_reply/aso_fr_ar_comptabilite_fournisseurs.eml", A, m, "fr", group="Aérostructures du Sud-Ouest",
        pattern="AP autoresponder citing 'le 14 de chaque mois' (no promise); X-Autoreply only", facts="")

    # 7 Zendesk ticket
    inv = "F-2026-0396"
    t = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
         "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
         "----------------------------------------------\n\nÉlodie Fournier, Dec 1, 2026, 09:12 GMT\n\n"
         "Hello Daniel, Unless I am mistaken, invoice F-2026-0396 ...\n\n"
         "This email is a service from Brightlane Support. Delivered by Zendesk\n[9YKQ2V-R4N7]\n")
    m = mail([("From", ad("Brightlane Support", "support@brightlane-commerce.zendesk.com")), ("To", OWNER_ADDR),
              ("Reply-To", "Brightlane Support <support+id48213@brightlane-commerce.zendesk.com>"),
              ("Subject", eh("[Brightlane] Re: " + rem_subject_en(inv))), ("Date", dt(1, 9, 12, 30, tz=0)),
              ("Message-ID", "<9YKQ2V-R4N7_%s_sprut@zendesk.com>" % hx("zd")),
              ("In-Reply-To", rem_id(inv, 2)), ("Auto-Submitted", "auto-generated"),
              ("X-Mailer", "Zendesk Mailer")], text(t))
    add("auto_reply/brightlane_en_zendesk_ticket.eml", A, m, "en", group="Brightlane Commerce",
        pattern="Zendesk 'Your request (48213) has been received'", facts="")

    # 8 Freshdesk FR
    inv = "F-2026-0388"
    h = ("<div>Bonjour,<br><br>Nous avons bien reçu votre demande <b>#10234</b> « %s ».<br>Un membre de notre équipe "
         "vous répondra sous 48 heures ouvrées.<br><br>Cordialement,<br>Le support Gironde Habitat Services<br><br>"
         "<span style=\"color:#999\">Ceci est un message automatique envoyé par Freshdesk.</span></div>" % rem_subject_fr(inv))
    m = mail([("From", ad("Support GHS", "support@gironde-habitat-services.freshdesk.com")), ("To", OWNER_ADDR),
              ("Subject", eh("Demande reçue : %s [#10234]" % rem_subject_fr(inv))), ("Date", dt(30, 9, 33)),
              ("Message-ID", mid("fd10234", "freshdesk.com")), ("In-Reply-To", rem_id(inv)),
              ("Auto-Submitted", "auto-replied")], html(h))
    add("auto_reply/ghs_fr_freshdesk_ticket.eml", A, m, "fr", group="Gironde Habitat Services",
        pattern="helpdesk acknowledgement, HTML only", facts="")

    # 9 MDN read receipt (Outlook)
    inv = "F-2026-0393"
    human = ("Votre message\n\n  À : Sylvie Carrère\n  Objet : %s\n  Envoyé : lundi 30 novembre 2026 09:25:00 "
             "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le lundi 30 novembre 2026 10:02:47 "
             "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n" % rem_subject_fr(inv))
    mdn = ("Reporting-UA: EXCH01.brasseries-medoc.local; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;s.carrere@brasseries-medoc.fr\n"
           "Original-Message-ID: %s\nDisposition: automatic-action/MDN-sent-automatically; displayed\n" % rem_id(inv))
    m = mail([("From", ad("Sylvie Carrère", "s.carrere@brasseries-medoc.fr")), ("To", OWNER_ADDR),
              ("Subject", eh("Lu : " + rem_subject_fr(inv))), ("Date", dt(30, 10, 2, 47)),
              ("Message-ID", mid("mdn-medoc", "EXCH01.brasseries-medoc.local")), ("In-Reply-To", rem_id(inv)),
              ("References", rem_id(inv))],
             multi("report", text(human), raw_part("message/disposition-notification", mdn),
                   extra="; report-type=disposition-notification"))
    add("auto_reply/medoc_fr_accuse_lecture_mdn.eml", A, m, "fr", group="Brasseries du Médoc",
        pattern="Exchange read receipt 'Lu :' multipart/report MDN", facts="")

    # 10 Thunderbird-style MDN, English report
    inv = "F-2026-0378"
    human = ("This is a Return Receipt for the mail that you sent to j.weber@alpenblick-software.de.\n\n"
             "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
             "computer. There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = ("Reporting-UA: alpenblick-software.de; Mozilla Thunderbird\nFinal-Recipient: rfc822;j.weber@alpenblick-software.de\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % rem_id(inv))
    m = mail([("From", ad("Jonas Weber", "j.weber@alpenblick-software.de")), ("To", OWNER_ADDR),
              ("Subject", eh("Return Receipt (displayed) - " + rem_subject_en(inv))), ("Date", dt(30, 11, 5)),
              ("Message-ID", mid("mdn-alpen", "alpenblick-software.de")), ("In-Reply-To", rem_id(inv)),
              ("References", rem_id(inv)), ("User-Agent", "Mozilla Thunderbird")],
             multi("report", text(human, cte="7bit"), raw_part("message/disposition-notification", mdn),
                   extra="; report-type=disposition-notification"))
    add("auto_reply/alpenblick_en_return_receipt.eml", A, m, "en", group="Alpenblick Software",
        pattern="Thunderbird 'Return Receipt (displayed)'", facts="")

    # 11 challenge-response
    t = ("Bonjour,\n\nVous avez envoyé un message à compta@sarran-evenements.fr. Cette adresse est protégée par un "
         "filtre anti-spam.\n\nPour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot "
         "en cliquant sur le lien ci-dessous (valable 7 jours) :\n\n"
         "https://filtre.mailprotect.example/confirm?id=8c1e77a0f2\n\nVous n'aurez à effectuer cette opération "
         "qu'une seule fois.\n\nObjet de votre message : %s\n" % rem_subject_fr("F-2026-0385"))
    m = mail([("From", ad("Protection anti-spam", "noreply@mailprotect.example")), ("To", OWNER_ADDR),
              ("Subject", eh("Validation de votre message à compta@sarran-evenements.fr")), ("Date", dt(30, 9, 15)),
              ("Message-ID", mid("cr-sarran", "mailprotect.example")), ("Auto-Submitted", "auto-replied")], text(t))
    add("auto_reply/sarran_fr_challenge_response.eml", A, m, "fr", group="challenge-response filter",
        pattern="challenge-response 'confirmez que vous n'êtes pas un robot'", facts="",
        notes="modelled on French challenge-response anti-spam services")

    # 12 German/English bilingual OOO
    inv = "F-2026-0378"
    t = ("Vielen Dank für Ihre Nachricht. Ich bin nicht im Büro und ab dem 14.12.2026 wieder erreichbar. Ihre E-Mail wird "
         "nicht weitergeleitet.\n\nThank you for your message. I am out of the office and will be back on 14 December "
         "2026. Your email will not be forwarded.\n\nMartina Keller\nCFO, Alpenblick Software GmbH\n")
    m = mail(reply_hdrs(ad("Martina Keller", "m.keller@alpenblick-software.de"), "Automatische Antwort: "
                        + rem_subject_en(inv), dt(1, 13, 20), "alpenblick-software.de", inv,
                        extra=[("Auto-Submitted", "auto-replied")]), text(t))
    add("auto_reply/alpenblick_de_en_abwesenheit.eml", A, m, "de", group="Alpenblick Software",
        pattern="German/English bilingual 'Automatische Antwort'", facts="ooo_until=2026-12-14")

    # 13 left the company
    inv = "F-2026-0389"
    t = ("Bonjour,\n\nVincent Ollivier ne fait plus partie de l'Agence Hublot depuis le 1er décembre 2026. Ce message "
         "ne sera pas lu.\n\nPour toute question administrative ou comptable, merci d'écrire à "
         "administratif@agence-hublot.fr.\n\nMerci,\nL'équipe Hublot\n")
    m = mail(reply_hdrs(ad("Vincent Ollivier", "v.ollivier@agence-hublot.fr"), "Réponse automatique : "
                        + rem_subject_fr(inv), dt(4, 9, 30), "agence-hublot.fr", inv, n=2,
                        extra=[("Auto-Submitted", "auto-replied")]), text(t))
    add("auto_reply/hublot_fr_ne_fait_plus_partie.eml", A, m, "fr", group="Agence Hublot",
        pattern="'ne fait plus partie de la société' autoreply (not a bounce)", facts="")

    # 14 maternity leave
    inv = "F-2026-0413"
    t = ("Bonjour,\n\nJe suis en congé maternité jusqu'au 1er mars 2027. Pendant mon absence, Thomas Nguyen "
         "(thomas.nguyen@velocargo-bdx.fr) reprend mes dossiers.\n\nÀ très vite,\nEmma Lacroix\n")
    m = mail(reply_hdrs(ad("Emma Lacroix", "emma.lacroix@velocargo-bdx.fr"), "Re: " + rem_subject_fr(inv),
                        dt(30, 9, 20, 40), "velocargo-bdx.fr", inv,
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]), text(t))
    add("auto_reply/velocargo_fr_conge_maternite.eml", A, m, "fr", group="Vélocargo Bordeaux",
        pattern="maternity leave autoreply with plain 'Re:' subject", facts="ooo_until=2027-03-01")

    # 15 EN generic autoresponder, business hours
    inv = "F-2026-0383"
    t = ("Hi there,\n\nThanks for reaching out to Lumen Yoga Studios! We've received your email and our small team "
         "will get back to you within 2 business days.\n\nIn the meantime, class schedules and FAQs are at "
         "https://lumenyoga.co/help\n\nNamaste,\nThe Lumen team\n")
    m = mail(reply_hdrs(ad("Lumen Yoga Studios", "hello@lumenyoga.co"), "Thanks for your email!",
                        dt(30, 8, 10, tz=0), "lumenyoga.co", inv, extra=[("X-Autoreply", "yes"),
                                                                       ("Precedence", "auto_reply")]), text(t))
    add("auto_reply/lumen_en_thanks_for_reaching_out.eml", A, m, "en", group="Lumen Yoga Studios",
        pattern="generic 'we've received your email' responder", facts="")

    # 16 déplacement, no date, Auto-Submitted absent, X-Autorespond
    inv = "F-2026-0390"
    t = ("Je suis en déplacement sur chantier cette semaine avec un accès limité à mes e-mails. "
         "Je vous répondrai dès que possible.\nPour une urgence : 06 00 00 00 00.\n\nG. Labarthe\n")
    m = mail(reply_hdrs(ad("Menuiserie Labarthe", "contact@menuiserie-labarthe.fr"), "Re: " + rem_subject_fr(inv),
                        dt(30, 9, 3), "menuiserie-labarthe.fr", inv, n=1,
                        extra=[("X-Autorespond", "Vacation"), ("X-Mailer", "Roundcube autoreply")]), text(t))
    add("auto_reply/labarthe_fr_deplacement_sans_date.eml", A, m, "fr", group="Menuiserie Labarthe",
        pattern="away message without return date; X-Autorespond only", facts="")

# ================================================================ bounce
def dsn(report_text, status_fields, orig_headers, human_cs="utf-8", top=None, ctype_orig="text/rfc822-headers"):
    parts = [text(report_text, cs=human_cs, cte="quoted-printable" if human_cs != "us-ascii" else "7bit"),
             raw_part("message/delivery-status", status_fields, cte=None),
             raw_part(ctype_orig, orig_headers, cte=None)]
    return multi("report", *parts, extra="; report-type=delivery-status")

def orig_hdrs(to, inv, day=30, h=9, m=0, en=False):
    return ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            % (OWNER, OWNER_ADDR, to, eh(rem_subject_en(inv) if en else rem_subject_fr(inv)), dt(day, h, m),
               rem_id(inv)))

def bounces():
    B = "bounce"
    # 1 Gmail 5.1.1
    to, inv = "compta@atelier-vertige.fr", "F-2026-0408"
    t = ("** L'adresse est introuvable **\n\nVotre message n'a pas été distribué à compta@atelier-vertige.fr, car "
         "l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant était :\n"
         "550 5.1.1 <compta@atelier-vertige.fr>: Recipient address rejected: User unknown in virtual mailbox table\n")
    st = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.1.1\nRemote-MTA: dns; mx1.atelier-vertige.fr. (51.91.0.10, the server for the domain "
          "atelier-vertige.fr.)\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in "
          "virtual mailbox table\nLast-Attempt-Date: %s\n" % (dt(30, 9, 0), to, to, dt(30, 9, 0, 3)))
    m = mail([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
              ("Subject", "Delivery Status Notification (Failure)"), ("Date", dt(30, 9, 0, 4)),
              ("Message-ID", mid("gm-bounce1", "mx.google.com")), ("References", rem_id(inv)),
              ("In-Reply-To", rem_id(inv)), ("Auto-Submitted", "auto-replied")], dsn(t, st, orig_hdrs(to, inv)))
    add("bounce/gmail_fr_adresse_introuvable.eml", B, m, "fr", group="Gmail",
        pattern="Gmail DSN (French UI) 550 5.1.1", facts="failed_recipient=" + to)

    # 2 Exchange Online NDR
    to, inv = "sanne.devries@vandermolen-retail.nl", "F-2026-0377"
    h = ("<html><body><div style=\"font-family:Segoe UI\"><b><span style=\"color:#c00000;font-size:16pt\">Your message "
         "to %s couldn't be delivered.</span></b><br><br><b>sanne.devries</b> wasn't found at "
         "vandermolen-retail.nl.<br><br><b>Action Required</b><br>Unknown To address<br><br><b>How to Fix It</b><br>"
         "The address may be misspelled or may not exist.<br><br><b>Diagnostic information for administrators:</b>"
         "<br>Generating server: AM0PR10MB3459.EURPRD10.PROD.OUTLOOK.COM<br>%s<br>Remote Server returned "
         "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</div></body></html>"
         % (to, to))
    st = ("Reporting-MTA: dns;AM0PR10MB3459.EURPRD10.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.fournier-studio.fr\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
          % (dt(27, 9, 5, tz=0), to))
    m = mail([("From", "postmaster@vandermolen-retail.nl"), ("To", OWNER),
              ("Subject", "Undeliverable: " + rem_subject_en(inv)), ("Date", dt(30, 8, 5, 11, tz=0)),
              ("Message-ID", mid("ndr-vdm", "AM0PR10MB3459.EURPRD10.PROD.OUTLOOK.COM")),
              ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
             multi("report", multi("alternative", text("Your message to %s couldn't be delivered.\n\nsanne.devries "
                                                       "wasn't found at vandermolen-retail.nl.\n" % to, cte="7bit"),
                                   html(h)),
                   raw_part("message/delivery-status", st, cte=None),
                   raw_part("text/rfc822-headers", orig_hdrs(to, inv, en=True), cte=None),
                   extra="; report-type=delivery-status"))
    add("bounce/exchange_online_en_recipient_not_found.eml", B, m, "en", group="Exchange Online",
        pattern="Exchange Online NDR 550 5.1.10 with HTML", facts="failed_recipient=" + to)

    # 3 Orange quota full (recipient domain hosted by Orange)
    to, inv = "secretariat@cabinet-lartigue.fr", "F-2026-0373"
    t = ("Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
         "Votre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n  %s\n"
         "    boîte aux lettres pleine (mailbox full)\n    552 5.2.2 Quota exceeded\n\n"
         "Le serveur d'Orange a essayé pendant 5 jours de remettre ce message.\n" % to)
    st = ("Reporting-MTA: dns; smtp-in.orange.fr\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Quota exceeded\n" % (dt(25, 9, 0), to))
    m = mail([("From", "Mail Delivery System <MAILER-DAEMON@smtp-in.orange.fr>"), ("To", OWNER),
              ("Subject", eh("Échec de la remise du message")), ("Date", dt(30, 9, 10)),
              ("Message-ID", mid("or-bounce", "smtp-in.orange.fr"))],
             dsn(t, st, orig_hdrs(to, inv, day=25)))
    add("bounce/orange_fr_boite_pleine.eml", B, m, "fr", group="Orange",
        pattern="Orange mailbox full 552 5.2.2 after retries", facts="failed_recipient=" + to)

    # 4 Free
    to, inv = "contact@gite-des-pins.fr", "F-2026-0370"
    t = ("Bonjour,\n\nCeci est le programme de distribution du courrier de free.fr.\n\nJe suis désolé de vous "
         "informer que votre message n'a pu être délivré à un ou plusieurs destinataires.\n\n"
         "<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1 <%s>: Recipient address rejected: "
         "User unknown in local recipient table\n" % (to, to))
    st = ("Reporting-MTA: dns; smtp.free.fr\nX-Postfix-Queue-ID: 4Qw1Jk2Lz9z9rxF\n\nFinal-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.free.fr\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table\n"
          % (to, to, to))
    m = mail([("From", "MAILER-DAEMON@smtp.free.fr (Mail Delivery System)"), ("To", OWNER),
              ("Subject", "Undelivered Mail Returned to Sender"), ("Date", dt(1, 9, 0, 5)),
              ("Message-ID", mid("free-bounce", "smtp.free.fr")), ("Auto-Submitted", "auto-replied")],
             dsn(t, st, orig_hdrs(to, inv, day=1), human_cs="iso-8859-1"))
    add("bounce/free_fr_utilisateur_inconnu.eml", B, m, "fr", group="Free",
        pattern="Free postfix-style French preface, 550 5.1.1", facts="failed_recipient=" + to)

    # 5 OVH
    to, inv = "facturation@lumiere-et-bois.fr", "F-2026-0368"
    t = ("This is the mail system at host mo551.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your "
         "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem "
         "report. You can\ndelete your own text from the attached returned message.\n\n"
         "                   The mail system\n\n<%s>: host mx3.mail.ovh.net[188.165.47.122] said:\n    550 5.1.1 "
         "<%s>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)\n" % (to, to))
    st = ("Reporting-MTA: dns; mo551.mail-out.ovh.net\nX-Postfix-Queue-ID: 4QwK8N1yZbz1Xs1\n"
          "X-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx3.mail.ovh.net\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: "
          "Recipient address rejected: User unknown\n" % (OWNER, dt(30, 9, 0), to, to, to))
    orig = orig_hdrs(to, inv) + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + rem_body_fr(
        inv, 1450.0, "10 novembre 2026", "Madame, Monsieur") + "\n"
    m = mail([("From", "MAILER-DAEMON@mo551.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
              ("Subject", "Undelivered Mail Returned to Sender"), ("Date", dt(30, 9, 0, 9)),
              ("Message-ID", mid("ovh-bounce", "mo551.mail-out.ovh.net")), ("Auto-Submitted", "auto-replied")],
             multi("report", text(t, cs="us-ascii", cte="7bit"), raw_part("message/delivery-status", st, cte=None),
                   raw_part("message/rfc822", orig, cte="8bit"), extra="; report-type=delivery-status"))
    add("bounce/ovh_en_postfix_user_unknown.eml", B, m, "en", group="OVH",
        pattern="OVH mail-out Postfix bounce with full original message/rfc822",
        facts="failed_recipient=" + to)

    # 6 Postfix delay warning
    to, inv = "direction@imprimerie-mercier.fr", "F-2026-0376"
    t = ("This is the mail system at host mail.fournier-studio.fr.\n\n####################################################"
         "################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
         "####################################################################\n\n"
         "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
         "<%s>: connect to mx.imprimerie-mercier.fr[92.243.0.14]:25: Connection timed out\n" % to)
    st = ("Reporting-MTA: dns; mail.fournier-studio.fr\nX-Postfix-Queue-ID: 7D1A2C0F31\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to "
          "mx.imprimerie-mercier.fr[92.243.0.14]:25: Connection timed out\nWill-Retry-Until: %s\n"
          % (dt(3, 9, 0), to, dt(8, 9, 0)))
    m = mail([("From", "MAILER-DAEMON@mail.fournier-studio.fr (Mail Delivery System)"), ("To", OWNER),
              ("Subject", "Delayed Mail (still being retried)"), ("Date", dt(3, 13, 5)),
              ("Message-ID", mid("pf-delay", "mail.fournier-studio.fr")), ("Auto-Submitted", "auto-replied")],
             dsn(t, st, orig_hdrs(to, inv, day=3), human_cs="us-ascii"))
    add("bounce/postfix_en_delay_warning.eml", B, m, "en", group="Postfix",
        pattern="Postfix delay warning, Action: delayed", facts="failed_recipient=%s;bounce_final=no" % to)

    # 7 Exim, no delivery-status part
    to, inv = "compta@horizon-marine.fr", "F-2026-0367"
    t = ("This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
         "error. The following address(es) failed:\n\n  %s\n    host mx.horizon-marine.fr [185.12.0.44]\n"
         "    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 No such user here\n\n"
         "------ This is a copy of the message, including all the headers. ------\n\n%s\n%s\n"
         % (to, to, orig_hdrs(to, inv, day=2), rem_body_fr(inv, 720.0, "5 novembre 2026", "Madame, Monsieur")))
    m = mail([("From", "Mail Delivery System <Mailer-Daemon@mail.fournier-studio.fr>"), ("To", OWNER),
              ("Subject", "Mail delivery failed: returning message to sender"), ("Date", dt(2, 9, 1)),
              ("Message-ID", "<E1tQ3xL-0004Zq-2k@mail.fournier-studio.fr>"), ("X-Failed-Recipients", to),
              ("Auto-Submitted", "auto-replied")], text(t))
    add("bounce/exim_en_no_dsn_part.eml", B, m, "en", group="Exim",
        pattern="Exim plain-text bounce without message/delivery-status (X-Failed-Recipients header)",
        facts="failed_recipient=" + to)

    # 8 Gmail recipient inbox full
    to, inv = "hello@pastel-studio.fr", "F-2026-0366"
    t = ("** Message non distribué **\n\nVotre message n'a pas pu être distribué à hello@pastel-studio.fr, car la boîte "
         "de réception du destinataire est saturée.\n\nLa réponse du serveur distant était :\n"
         "552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
         "https://support.google.com/mail/?p=OverQuotaPerm\n")
    st = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
          "Status: 5.2.2\nRemote-MTA: dns; gmail-smtp-in.l.google.com.\nDiagnostic-Code: smtp; 552-5.2.2 The "
          "recipient's inbox is out of storage space.\n" % (dt(1, 9, 0), to))
    m = mail([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
              ("Subject", "Delivery Status Notification (Failure)"), ("Date", dt(1, 9, 1)),
              ("Message-ID", mid("gm-bounce2", "mx.google.com")), ("Auto-Submitted", "auto-replied")],
             dsn(t, st, orig_hdrs(to, inv, day=1)))
    add("bounce/gmail_fr_boite_saturee.eml", B, m, "fr", group="Gmail",
        pattern="Gmail over quota 552 5.2.2", facts="failed_recipient=" + to)

    # 9 Exchange on-prem French NDR
    to, inv = "f.casanova@gironde-habitat.fr", "F-2026-0388"
    t = ("Échec de remise aux destinataires suivants :\n\n%s\nLe destinataire est introuvable. Vérifiez "
         "l'adresse de messagerie et réessayez.\n\nInformations de diagnostic pour les administrateurs :\n\n"
         "Serveur de génération : EXCH02.gironde-habitat.local\n%s\n#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; "
         "not found ##\n" % (to, to))
    st = ("Reporting-MTA: dns;EXCH02.gironde-habitat.local\nReceived-From-MTA: dns;mail.fournier-studio.fr\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 "
          "RESOLVER.ADR.ExRecipNotFound; not found\n" % to)
    m = mail([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gironde-habitat.fr>"),
              ("To", OWNER), ("Subject", eh("Non remis : " + rem_subject_fr(inv))), ("Date", dt(30, 9, 2)),
              ("Message-ID", mid("exch-fr", "EXCH02.gironde-habitat.local")), ("Content-Language", "fr-FR")],
             dsn(t, st, orig_hdrs(to, inv)))
    add("bounce/exchange_fr_non_remis.eml", B, m, "fr", group="Exchange on-premises",
        pattern="French Exchange 'Non remis :' NDR", facts="failed_recipient=" + to,
        notes="old domain of the client (the client later replies from gironde-habitat-services.fr)")

    # 10 Exchange delay "Remise différée"
    to, inv = "compta@belkacem-traiteur.fr", "F-2026-0414"
    t = ("Remise différée aux destinataires suivants :\n\n%s\n\nLa remise de ce message a été retardée. Le serveur "
         "continuera d'essayer de remettre le message pendant 47 heures 30 minutes. Vous serez informé si le message "
         "ne peut pas être remis d'ici là.\n\nServeur de génération : PAXP193MB1870.EURP193.PROD.OUTLOOK.COM\n"
         "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\"\n" % to)
    st = ("Reporting-MTA: dns;PAXP193MB1870.EURP193.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;%s\nAction: delayed\n"
          "Status: 4.4.0\nWill-Retry-Until: %s\n" % (to, dt(6, 8, 0, tz=0)))
    m = mail([("From", "Microsoft Outlook <postmaster@fournierstudio.onmicrosoft.com>"), ("To", OWNER),
              ("Subject", eh("Remise différée : " + rem_subject_fr(inv))), ("Date", dt(4, 9, 30)),
              ("Message-ID", mid("exch-delay", "PAXP193MB1870.EURP193.PROD.OUTLOOK.COM"))],
             dsn(t, st, orig_hdrs(to, inv, day=4)))
    add("bounce/exchange_online_fr_remise_differee.eml", B, m, "fr", group="Exchange Online",
        pattern="Exchange 'Remise différée' delay warning", facts="failed_recipient=%s;bounce_final=no" % to)

# ================================================================ other
def others():
    O = "other"
    def oh(frm, subj, date, dom, to=None, extra=()):
        return [("From", frm), ("To", to or OWNER_ADDR), ("Subject", eh(subj)), ("Date", date),
                ("Message-ID", mid(subj + date, dom))] + list(extra)
    unsub = lambda u: [("List-Unsubscribe", "<%s>" % u), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("Precedence", "bulk")]

    # 1 Qonto newsletter (bank marketing)
    h = ("<html><body style=\"font-family:Arial;background:#f4f4f4\"><table width=\"600\" align=\"center\" "
         "style=\"background:#fff\"><tr><td style=\"padding:24px\"><h1>Les nouveautés Qonto de novembre ✨</h1>"
         "<p>Bonjour Élodie,</p><p>Relances automatiques de factures, paiement en plusieurs fois pour vos clients, "
         "nouvelle carte X en métal… découvrez tout ce qui a changé ce mois-ci.</p>"
         "<p><a href=\"https://qonto.com/fr/blog\">Lire l'article</a></p><hr><p style=\"font-size:11px;color:#888\">"
         "Vous recevez cet e-mail car vous êtes client Qonto. <a href=\"https://qonto.com/unsubscribe\">Se désabonner"
         "</a></p></td></tr></table></body></html>")
    add("other/qonto_fr_newsletter_nouveautes.eml", O,
        mail(oh("Qonto <newsletter@qonto.com>", "Relances automatiques, paiement fractionné : les nouveautés de novembre",
                dt(1, 10, 0), "qonto.com", extra=unsub("https://qonto.com/unsubscribe")),
             alt("Les nouveautés Qonto de novembre\n\nRelances automatiques de factures, paiement en plusieurs fois "
                 "pour vos clients... https://qonto.com/fr/blog\n\nSe désabonner : https://qonto.com/unsubscribe\n", h)),
        "fr", provider="Qonto", group="Qonto", pattern="bank's own newsletter (mentions factures, paiement)")

    # 2 OVHcloud invoice to the owner
    t = ("Bonjour,\n\nVotre facture FR61234567 d'un montant de 23,99 € TTC est disponible dans votre espace client.\n"
         "Elle sera prélevée sur votre moyen de paiement par défaut le 04/12/2026.\n\n"
         "Consulter mes factures : https://www.ovh.com/manager/#/billing/history\n\n"
         "L'équipe OVHcloud\nOVH SAS – 2 rue Kellermann – 59100 Roubaix\n")
    add("other/ovhcloud_fr_facture_disponible.eml", O,
        mail(oh("OVHcloud <noreply@ovh.net>", "Votre facture OVHcloud FR61234567", dt(1, 6, 1), "ovh.net"), text(t)),
        "fr", provider="OVHcloud", group="OVHcloud", pattern="supplier invoice to the owner (hosting), with amount")

    # 3 Free Pro invoice
    t = ("Free Pro\n\nBonjour Madame Fournier,\n\nVotre facture du mois de décembre 2026 est disponible.\n"
         "Montant : 39,99 € TTC\nDate de prélèvement : 08/12/2026\nRéférence client : FP-0077134\n\n"
         "Téléchargez-la depuis votre Espace Abonné Free Pro.\n\nL'équipe Free Pro\n")
    add("other/freepro_fr_facture_mensuelle.eml", O,
        mail(oh("Free Pro <facturation@pro.free.fr>", "Votre facture Free Pro est disponible", dt(2, 5, 45), "free.fr"),
             text(t)),
        "fr", provider="Free Pro", group="Free Pro", pattern="telecom supplier invoice, future direct debit")

    # 4 accountant's invoice with PDF
    pdf = fake_pdf("CABINET LACOSTE EXPERTISE - FACTURE H-2026-1187",
                   ["Client : Fournier Studio", "Honoraires tenue comptable - novembre 2026",
                    "Montant HT : 150,00 EUR", "TVA 20% : 30,00 EUR", "Total TTC : 180,00 EUR",
                    "Echeance : 15/12/2026"])
    t = ("Bonjour Élodie,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour le mois de novembre.\n"
         "Le règlement peut se faire par virement avant le 15/12 (RIB en pied de facture).\n\n"
         "N'oubliez pas de nous transmettre vos justificatifs de dépenses avant le 10.\n\nBien à vous,\n"
         "Stéphanie Lacoste\nExpert-comptable – Cabinet Lacoste Expertise\n")
    add("other/lacoste_fr_honoraires_comptable_pdf.eml", O,
        mail(oh(ad("Stéphanie Lacoste", "s.lacoste@lacoste-expertise.fr"), "Facture honoraires novembre 2026",
                dt(2, 17, 12), "lacoste-expertise.fr"),
             multi("mixed", text(t), attach(pdf, "application/pdf", "Facture_H-2026-1187.pdf"))),
        "fr", group="Cabinet Lacoste Expertise", pattern="accountant's invoice TO the owner, written by a person, PDF",
        notes="a person wrote it, but it is a supplier invoice to the owner: other per guide")

    # 5 URSSAF
    t = ("Madame,\n\nUn nouveau document est disponible dans votre espace en ligne urssaf.fr.\n\n"
         "Type : Avis d'échéance – cotisations trimestrielles\nDate de mise à disposition : 30/11/2026\n\n"
         "Pour le consulter, connectez-vous à votre espace sur www.autoentrepreneur.urssaf.fr rubrique « Messagerie ».\n\n"
         "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nVotre Urssaf Aquitaine\n")
    add("other/urssaf_fr_nouveau_document.eml", O,
        mail(oh("Urssaf <ne-pas-repondre@urssaf.fr>", "Un nouveau document est disponible dans votre espace",
                dt(30, 7, 12), "urssaf.fr"), text(t)),
        "fr", provider="URSSAF", group="URSSAF", pattern="administrative notice: document in online space")

    # 6 impots.gouv
    t = ("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre "
         "espace professionnel sur impots.gouv.fr, rubrique « Consulter > Avis CFE-IFER ».\n\n"
         "Date limite de paiement : 15 décembre 2026.\n\nLa Direction générale des Finances publiques\n\n"
         "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n")
    add("other/impots_fr_avis_cfe.eml", O,
        mail(oh("impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
                "Votre avis de CFE est disponible dans votre espace professionnel", dt(30, 6, 5),
                "dgfip.finances.gouv.fr"), text(t)),
        "fr", provider="DGFiP", group="impots.gouv.fr", pattern="tax notice with payment deadline")

    # 7 Malt marketplace
    h = ("<html><body style=\"font-family:Helvetica\"><p>Bonjour Élodie,</p><p><b>Nouvelle proposition de projet</b> : "
         "« Refonte UX d'une application de covoiturage » – 15 jours – Bordeaux / télétravail.</p>"
         "<p>Le client attend votre réponse sous 48 h.</p><p><a href=\"https://www.malt.fr/messages\">Voir la "
         "proposition</a></p><p style=\"color:#999;font-size:11px\">Vous recevez cet e-mail car vous avez un profil "
         "freelance sur Malt. Gérer mes notifications.</p></body></html>")
    add("other/malt_fr_proposition_projet.eml", O,
        mail(oh("Malt <notifications@malt.com>", "Nouvelle proposition de projet : Refonte UX d'une application",
                dt(3, 11, 2), "malt.com"), html(h)),
        "fr", provider="Malt", group="Malt", pattern="freelance marketplace notification")

    # 8 LinkedIn
    t = ("Élodie, vous êtes apparue dans 14 recherches cette semaine\n\nDes recruteurs de Cdiscount, Betclic et "
         "d'autres entreprises ont consulté votre profil.\n\nVoir qui a consulté votre profil : "
         "https://www.linkedin.com/me/profile-views/\n\nCet e-mail était destiné à Élodie Fournier (Designer UX/UI "
         "freelance). Vous recevez des e-mails de notification de LinkedIn.\nSe désabonner : "
         "https://www.linkedin.com/e/v2?e=unsub\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n")
    add("other/linkedin_fr_apparitions_recherches.eml", O,
        mail(oh("LinkedIn <notifications-noreply@linkedin.com>", "Vous êtes apparue dans 14 recherches cette semaine",
                dt(2, 8, 30), "linkedin.com", extra=unsub("https://www.linkedin.com/e/v2?e=unsub")), text(t)),
        "fr", provider="LinkedIn", group="LinkedIn", pattern="social network weekly notification")

    # 9 phishing imitating BNP
    h = ("<html><body><img src=\"http://bnp-secure-client.example/logo.png\"><p>Cher(e) client(e),</p>"
         "<p>Suite à la mise à jour de la directive DSP2, votre accès BNP Paribas a été <b>temporairement suspendu"
         "</b>. Un virement entrant de <b>2 480,00 €</b> est en attente de validation sur votre compte.</p>"
         "<p>Pour le débloquer, veuillez confirmer votre identité sous 24 heures :</p>"
         "<p><a href=\"http://bnp-secure-client.example/validation\">Valider mon compte</a></p>"
         "<p>Service Clients BNP Paribas</p></body></html>")
    add("other/phishing_fr_bnp_compte_suspendu.eml", O,
        mail(oh("BNP Paribas <service-client@bnp-secure-client.example>",
                "Action requise : virement entrant en attente sur votre compte", dt(1, 3, 17),
                "bnp-secure-client.example", to="undisclosed-recipients:;",
                extra=[("Reply-To", "support@bnp-secure-client.example")]), html(h)),
        "fr", provider="", group="phishing", pattern="phishing imitating BNP with an 'incoming transfer pending'",
        notes="mimics a payment notice; look-alike domain")

    # 10 phishing imitating PayPal
    t = ("PayPal\n\nYou've received a payment of €1,950.00 EUR from Kestrel Analytics.\n\n"
         "To release the funds to your account, you must confirm your seller information within 48 hours, "
         "otherwise the payment will be returned to the sender.\n\nConfirm now: http://paypal-resolution-center.example/"
         "release?id=88321\n\nThank you,\nPayPal Service\n")
    add("other/phishing_en_paypal_payment_release.eml", O,
        mail(oh("PayPal <service@paypal-resolution-center.example>", "You've received €1,950.00 EUR - action required",
                dt(3, 4, 44, tz=0), "paypal-resolution-center.example"), text(t, cte="7bit")),
        "en", provider="", group="phishing", pattern="PayPal-lookalike 'payment received, confirm to release'",
        notes="would read as money in if the sender domain is ignored")

    # 11 spam lottery
    h = ("<html><body style=\"text-align:center\"><h1 style=\"color:#e60000\">FÉLICITATIONS Élodie !</h1>"
         "<p>Vous avez été sélectionnée pour recevoir un <b>iPhone 17 Pro</b> offert.</p><p>Il vous suffit de "
         "répondre à 3 questions et de régler les frais de port (1,95 €).</p><p><a href=\"http://cadeau-fidelite.example/"
         "go\">JE RÉCUPÈRE MON CADEAU</a></p><p style=\"font-size:9px\">Pour ne plus recevoir nos offres, cliquez ici.</p>"
         "</body></html>")
    add("other/spam_fr_vous_avez_gagne.eml", O,
        mail(oh("Service Fidélité <info@cadeau-fidelite.example>", "Élodie, vous avez gagné ! Dernier rappel",
                dt(4, 2, 12), "cadeau-fidelite.example"), html(h, cs="windows-1252")),
        "fr", group="spam", pattern="prize spam 'vous avez gagné'")

    # 12 Google Calendar invitation
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T103000Z\r\n"
           "DTSTAMP:20261201T143000Z\r\nORGANIZER;CN=Thomas Nguyen:mailto:thomas.nguyen@velocargo-bdx.fr\r\n"
           "UID:5k2m0aq1rj9v1lq5vn8c7p3d1e@google.com\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT="
           "NEEDS-ACTION;RSVP=TRUE;CN=elodie@fournier-studio.fr:mailto:elodie@fournier-studio.fr\r\n"
           "SUMMARY:Atelier UX – kick-off phase 2\r\nLOCATION:Darwin\\, 87 quai des Queyries\\, Bordeaux\r\n"
           "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    t = ("Thomas Nguyen vous a invité à un événement.\n\nAtelier UX – kick-off phase 2\nQuand : jeudi 10 déc. 2026 "
         "10:00 – 11:30 (heure normale d'Europe centrale - Paris)\nOù : Darwin, 87 quai des Queyries, Bordeaux\n\n"
         "Répondre : Oui - Peut-être - Non\n\nInvitation de Google Agenda\n")
    cal = P([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
             ("Content-Transfer-Encoding", "7bit")], ics.encode("utf-8"))
    add("other/gcal_fr_invitation_atelier.eml", O,
        mail(oh("Thomas Nguyen (Google Agenda) <calendar-notification@google.com>",
                "Invitation: Atelier UX – kick-off phase 2 @ jeu. 10 déc. 2026 10:00 - 11:30 (CET) (elodie@fournier-studio.fr)",
                dt(1, 15, 30), "google.com", extra=[("Reply-To", "thomas.nguyen@velocargo-bdx.fr"),
                                                    ("Sender", "Google Agenda <calendar-notification@google.com>")]),
             multi("mixed", multi("alternative", text(t), cal),
                   attach(ics, "application/ics", "invite.ics"))),
        "fr", provider="Google Calendar", group="Google Calendar", pattern="calendar invitation with text/calendar",
        notes="sent by a client through Google Calendar: system-generated")

    # 13 Doctolib-style reminder
    t = ("Rappel de votre rendez-vous\n\nBonjour Élodie Fournier,\n\nNous vous rappelons votre rendez-vous :\n"
         "Lundi 7 décembre 2026 à 18:15\nDr Anne-Sophie Baudry – Masseur-kinésithérapeute\n"
         "12 rue Notre-Dame, 33000 Bordeaux\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous au moins 24 h "
         "à l'avance.\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    add("other/doctolib_fr_rappel_rdv.eml", O,
        mail(oh("Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous du lundi 7 décembre", dt(4, 18, 15),
                "doctolib.fr"), text(t)),
        "fr", provider="Doctolib", group="Doctolib", pattern="appointment reminder")

    # 14 Colissimo shipping
    t = ("Votre colis arrive !\n\nBonjour,\n\nVotre colis n° 6A21458963214 expédié par LDLC est en cours "
         "d'acheminement.\nLivraison prévue : jeudi 3 décembre 2026, entre 9h et 13h.\n\n"
         "Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A21458963214\n\n"
         "Colissimo – La Poste. Merci de ne pas répondre à cet e-mail.\n")
    add("other/colissimo_fr_colis_en_route.eml", O,
        mail(oh("Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis 6A21458963214 arrive jeudi",
                dt(2, 7, 35), "laposte.info"), text(t)),
        "fr", provider="Colissimo", group="La Poste", pattern="shipping notice")

    # 15 Figma security alert
    t = ("New login to your Figma account\n\nHi Élodie,\n\nWe noticed a new login to your account "
         "elodie@fournier-studio.fr.\n\nDevice: Chrome on macOS\nLocation: Bordeaux, France\nTime: Dec 1, 2026, 8:02 AM CET\n\n"
         "If this was you, you can ignore this email. If not, reset your password immediately.\n\n— The Figma team\n")
    add("other/figma_en_new_login.eml", O,
        mail(oh("Figma <security@figma.com>", "New login to Figma", dt(1, 8, 3), "figma.com"), text(t)),
        "en", provider="Figma", group="Figma", pattern="security alert: new login")

    # 16 Google account security alert
    h = ("<html><body style=\"font-family:Roboto,Arial\"><div style=\"border:1px solid #dadce0;border-radius:8px;"
         "padding:40px 20px;max-width:516px\"><div style=\"font-size:24px\">Alerte de sécurité</div>"
         "<p>Un nouveau mot de passe d'application a été créé pour <b>elodie@fournier-studio.fr</b>.</p>"
         "<p>Si vous n'êtes pas à l'origine de cette action, sécurisez votre compte.</p>"
         "<a href=\"https://myaccount.google.com/notifications\">Vérifier l'activité</a></div>"
         "<p style=\"font-size:11px;color:#777\">Cet e-mail vous a été envoyé pour vous informer de modifications "
         "importantes apportées à votre compte et aux services Google que vous utilisez.<br>© 2026 Google LLC</p>"
         "</body></html>")
    add("other/google_fr_alerte_securite.eml", O,
        mail(oh("Google <no-reply@accounts.google.com>", "Alerte de sécurité", dt(30, 22, 10), "accounts.google.com"),
             alt("Alerte de sécurité\n\nUn nouveau mot de passe d'application a été créé pour elodie@fournier-studio.fr."
                 "\nVérifier l'activité : https://myaccount.google.com/notifications\n", h)),
        "fr", provider="Google", group="Google Accounts", pattern="account security alert")

    # 17 Yousign e-signature
    t = ("Bonjour Élodie Fournier,\n\nPauline Vidal (Office de Tourisme du Bassin) vous invite à signer le document "
         "« Avenant n°1 – contrat de prestation UX ».\n\nSigner le document : https://yousign.app/signatures/"
         "3f0e2b4c\n\nCe lien expire le 18/12/2026.\n\nYousign – signature électronique. Cet e-mail a été envoyé "
         "automatiquement par Yousign pour le compte de l'expéditeur.\n")
    add("other/yousign_fr_invitation_signature.eml", O,
        mail(oh("Yousign <noreply@yousign.app>", "Pauline Vidal vous invite à signer : Avenant n°1", dt(3, 16, 2),
                "yousign.app", extra=[("Reply-To", "p.vidal@tourisme-bassin.fr")]), text(t)),
        "fr", provider="Yousign", group="Yousign", pattern="e-signature request sent on behalf of a client")

    # 18 domain renewal Gandi
    t = ("Bonjour,\n\nLe domaine fournier-studio.fr arrive à expiration le 02/01/2027.\n\n"
         "Le renouvellement automatique est désactivé pour ce domaine. Pour éviter toute interruption de vos sites et "
         "e-mails, renouvelez-le dès maintenant : 15,00 € HT pour 1 an.\n\nhttps://admin.gandi.net/domain/\n\n"
         "L'équipe Gandi\nGandi SAS – 63-65 boulevard Masséna – 75013 Paris\n")
    add("other/gandi_fr_domaine_expiration.eml", O,
        mail(oh("Gandi <noreply@gandi.net>", "[Gandi] fournier-studio.fr expire dans 30 jours", dt(3, 4, 0),
                "gandi.net"), text(t)),
        "fr", provider="Gandi", group="Gandi", pattern="domain renewal notice with price")

    # 19 Welcome to the Jungle job alert
    t = ("3 nouvelles offres correspondent à votre alerte « UX Designer – Bordeaux »\n\n"
         "• Product Designer Senior – Deepki – Bordeaux – CDI\n• UX/UI Designer – Sencrop – Hybride\n"
         "• Lead UX – Cdiscount – Bordeaux – CDI\n\nVoir les offres : https://www.welcometothejungle.com/fr/jobs\n\n"
         "Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner.\n")
    add("other/wttj_fr_alerte_emploi.eml", O,
        mail(oh("Welcome to the Jungle <alertes@welcometothejungle.com>", "3 nouvelles offres : UX Designer – Bordeaux",
                dt(4, 7, 0), "welcometothejungle.com",
                extra=unsub("https://www.welcometothejungle.com/unsubscribe")), text(t)),
        "fr", provider="Welcome to the Jungle", group="Welcome to the Jungle", pattern="job board alert")

    # 20 Indy accounting tool: VAT reminder
    t = ("Bonjour Élodie,\n\nVotre déclaration de TVA de novembre est prête à être vérifiée. Elle doit être déposée "
         "avant le 19 décembre.\n\nTVA collectée : 4 812,00 €\nTVA déductible : 312,40 €\nTVA à payer : 4 499,60 €\n\n"
         "Vérifier ma déclaration : https://app.indy.fr/tva\n\nL'équipe Indy\n")
    add("other/indy_fr_declaration_tva_prete.eml", O,
        mail(oh("Indy <bonjour@indy.fr>", "Votre déclaration de TVA est prête", dt(2, 9, 0), "indy.fr"), text(t)),
        "fr", provider="Indy", group="Indy", pattern="accounting tool reminder with VAT amounts")

    # 21 Shine subscription fee invoice (bank's own fee)
    t = ("Bonjour Élodie,\n\nTa facture d'abonnement Shine de novembre est disponible.\n\nOffre : Plus\n"
         "Montant : 14,40 € TTC\nElle sera débitée de ton compte Shine le 05/12/2026.\n\n"
         "Télécharge-la depuis l'app, rubrique Paramètres > Factures.\n\nL'équipe Shine\n")
    add("other/shine_fr_facture_abonnement.eml", O,
        mail(oh("Shine <factures@shine.fr>", "Ta facture Shine de novembre", dt(4, 6, 30), "shine.fr"), text(t)),
        "fr", provider="Shine", group="Shine", pattern="bank's own fee invoice (other per guide)",
        notes="from a bank domain but not a movement notice")

    # 22 Slack notification
    t = ("Nouveaux messages dans #projet-velocargo\n\nThomas Nguyen : Élodie, on a validé les écrans du tunnel de "
         "réservation 🎉 tu peux envoyer la facture de la phase 1\nEmma Lacroix : 👍\n\nOuvrir Slack : "
         "https://velocargo.slack.com/archives/C06PRJ\n\nVous recevez cet e-mail car vous avez des messages non lus. "
         "Modifier les préférences.\n")
    add("other/slack_fr_messages_non_lus.eml", O,
        mail(oh("Slack <no-reply@slack.com>", "[Slack] Nouveaux messages de Vélocargo dans #projet-velocargo",
                dt(3, 19, 0), "slack.com"), text(t)),
        "fr", provider="Slack", group="Slack", pattern="SaaS digest quoting people (says 'envoyer la facture')",
        notes="quotes humans but generated by Slack")

    # 23 Stripe product newsletter
    t = ("Stripe Sessions recap: what's new for businesses in Europe\n\n- Instant payouts to SEPA accounts\n"
         "- Invoicing: automatic reminders for overdue invoices\n- Tax: e-invoicing in France (2026 reform)\n\n"
         "Read more: https://stripe.com/blog\n\nYou're receiving this because you subscribed to Stripe product updates. "
         "Unsubscribe: https://stripe.com/unsubscribe\nStripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    add("other/stripe_en_product_newsletter.eml", O,
        mail(oh("Stripe <news@stripe.com>", "New: instant SEPA payouts and automatic invoice reminders",
                dt(1, 17, 0, tz=0), "stripe.com", extra=unsub("https://stripe.com/unsubscribe")), text(t)),
        "en", provider="Stripe", group="Stripe", pattern="payment provider marketing (payouts, invoices words)")

    # 24 Amazon Business order shipped
    t = ("Bonjour Élodie,\n\nVotre commande n° 405-8812345-1187763 a été expédiée.\n\n"
         "Logitech MX Master 3S – Quantité : 1\nTotal de la commande : 109,99 € TVA incluse\n"
         "Mode de paiement : Visa se terminant par 0911\n\nLivraison estimée : vendredi 4 décembre\n\n"
         "Amazon Business\n")
    add("other/amazon_fr_commande_expediee.eml", O,
        mail(oh("Amazon Business <expedition@amazon.fr>", "Votre commande Amazon Business a été expédiée",
                dt(2, 14, 40), "amazon.fr"), text(t)),
        "fr", provider="Amazon Business", group="Amazon", pattern="order shipped with card payment amount")

    # 25 Adobe password reset
    t = ("Réinitialisation du mot de passe\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre "
         "Adobe ID (elodie@fournier-studio.fr).\n\nCode de vérification : 482 913\n\nCe code expire dans 10 minutes. "
         "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n\nAdobe\n")
    add("other/adobe_fr_reinitialisation_mdp.eml", O,
        mail(oh("Adobe <message@adobe.com>", "Code de vérification Adobe", dt(4, 13, 5), "adobe.com"), text(t)),
        "fr", provider="Adobe", group="Adobe", pattern="password reset code")

    # 26 DMARC aggregate report (abuse/feedback family)
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com"
           "</org_name>\n    <email>noreply-dmarc-support@google.com</email>\n    <report_id>1764547200123456789"
           "</report_id>\n    <date_range><begin>1764460800</begin><end>1764547199</end></date_range>\n"
           "  </report_metadata>\n  <policy_published><domain>fournier-studio.fr</domain><p>none</p></policy_published>\n"
           "  <record><row><source_ip>51.91.0.33</source_ip><count>12</count><policy_evaluated><disposition>none"
           "</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>\n"
           "  <identifiers><header_from>fournier-studio.fr</header_from></identifiers></record>\n</feedback>\n")
    add("other/google_en_dmarc_report.eml", O,
        mail(oh("noreply-dmarc-support@google.com", "Report domain: fournier-studio.fr Submitter: google.com "
                "Report-ID: 1764547200123456789", dt(1, 1, 59, tz=0), "google.com", to="dmarc@fournier-studio.fr"),
             multi("mixed", text("This is an aggregate report from google.com.\n", cte="7bit"),
                   attach(xml, "application/xml", "google.com!fournier-studio.fr!1764460800!1764547199.xml"))),
        "en", provider="Google", group="DMARC reports", pattern="DMARC aggregate report (XML attachment)")

def main():
    for d in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(OUT, d, f))
    humans(); payments(); autos(); bounces(); others()
    files = [r["file"] for r in ROWS]
    assert len(files) == len(set(files)), "duplicate file names"
    write_tsv()
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    for k, v in sorted(c.items()):
        print(k, v)
    print("total", len(ROWS))

if __name__ == "__main__":
    main()
