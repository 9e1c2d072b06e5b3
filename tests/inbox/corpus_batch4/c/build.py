#!/usr/bin/env python3
"""Builds a written (synthetic) evaluation set of inbox messages for dunnerd.

Owner of the inbox: Camille Roussel, freelance UX/web designer in Nantes,
<camille@roussel-studio.fr>, invoices F-2026-0xxx (French clients) and
INV-0xxx (foreign clients). Reminders have Message-IDs <dunnerd.N.1@roussel-studio.fr>.

Standard library only. Run: python3 build.py  (writes */*.eml and labels.tsv here)
"""
import base64
import csv
import email.policy
import datetime as dt
import os
import quopri
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final4"
SCRIPT = "build.py"
OWNER_NAME = "Camille Roussel"
OWNER = "camille@roussel-studio.fr"
OWNER_FULL = formataddr((OWNER_NAME, OWNER))
LABELS = ["human_reply", "auto_reply", "bounce", "payment_notification", "other"]
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license",
        "fidelity", "lang", "provider", "source_group", "pattern", "direction",
        "amount", "currency", "payer", "reference", "value_date",
        "counts_as_payment", "facts", "split", "notes"]
ROWS = []
_seq = [0]

PARIS = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc


def D(day, hh, mm, tz=PARIS, ss=None):
    """day 0 = Mon 30 Nov 2026 ... 4 = Fri 4 Dec 2026 (can be <0 for quoted dates)."""
    _seq[0] += 1
    base = dt.datetime(2026, 11, 30, hh, mm, ss if ss is not None else (_seq[0] * 7) % 60, tzinfo=tz)
    return format_datetime(base + dt.timedelta(days=day))


def H(s, cs="utf-8"):
    """Encode a header value (RFC 2047) only when needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if cs != "utf-8":
            return Header(s, cs, maxlinelen=76).encode()
        # fold like a modern MUA: only the non-ASCII words become encoded-words
        return _ew(s)


def _q(word):
    out = []
    for ch in word:
        for b in ch.encode("utf-8"):
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
    return "".join(out)


def _ew(s):
    """Encode like a MUA: only runs of words with non-ASCII become encoded-words; fold lines."""
    words = s.split(" ")
    toks, run = [], []
    for w in words:
        if any(ord(c) > 127 for c in w):
            run.append(w)
        else:
            if run:
                toks.append(("enc", " ".join(run)))
                run = []
            toks.append(("raw", w))
    if run:
        toks.append(("enc", " ".join(run)))
    pieces = []
    for kind, t in toks:
        if kind == "raw":
            pieces.append(t)
        else:
            # split long encoded runs into chunks of <= 20 chars of text
            chunk = ""
            for ch in t:
                if len(_q(chunk + ch)) > 45:
                    pieces.append("=?utf-8?q?%s?=" % _q(chunk))
                    chunk = ""
                chunk += ch
            pieces.append("=?utf-8?q?%s?=" % _q(chunk))
    # two adjacent encoded-words separated by space would lose the space: encode it inside
    out, line = [], ""
    for i, p in enumerate(pieces):
        sep = " " if i else ""
        if line and len(line) + 1 + len(p) > 66:
            out.append(line)
            line = p
        else:
            line = line + sep + p if line else p
    out.append(line)
    return "\n ".join(out)


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def mid(local, domain):
    _seq[0] += 1
    return "<%s.%04d@%s>" % (local, _seq[0], domain)


def rem_id(n):
    return "<dunnerd.%d.1@roussel-studio.fr>" % n


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes


def _wrap64(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\n"


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, flowed=False, raw_bytes=None):
    b = raw_bytes if raw_bytes is not None else s.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(b)
    elif cte == "base64":
        body = _wrap64(b)
    else:
        body = b
    ct = "text/%s; charset=%s" % (sub, cs if '"' in cs else ('"%s"' % cs if sub == "html" else cs))
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Part(hs + (extra or []), body)


def attach(ctype, filename, data, disp="attachment"):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], _wrap64(data))


def raw(ctype, body_bytes, extra=None):
    return Part([("Content-Type", ctype)] + (extra or []), body_bytes)


def multi(sub, parts, params="", preamble=None):
    _seq[0] += 1
    bnd = "----=_Part_%d_%d.%d" % (_seq[0] * 7919, 1000 + _seq[0], 1764460000 + _seq[0] * 37)
    if sub == "alternative" and _seq[0] % 3 == 0:
        bnd = "%032x" % (_seq[0] * 0x9E3779B97F4A7C15 % (1 << 128))
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(b"--" + bnd.encode() + b"\n")
        out.append(_hdrs(p.headers) + b"\n" + p.body)
        if not p.body.endswith(b"\n"):
            out.append(b"\n")
    out.append(b"--" + bnd.encode() + b"--\n")
    ct = 'multipart/%s; boundary="%s"%s' % (sub, bnd, params)
    return Part([("Content-Type", ct)], b"".join(out))


def _hdrs(hs):
    return b"".join(("%s: %s\n" % (k, v)).encode("utf-8") for k, v in hs)


def message(headers, part, crlf=False):
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    data = _hdrs(hs + part.headers) + b"\n" + part.body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (Document) Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def pdf(title):
    return FAKE_PDF.replace(b"(Document)", ("(%s)" % title).encode("latin-1", "replace"))


def add(label, name, data, lang, group, pattern, provider="", direction="", amount="",
        currency="", payer="", reference="", value_date="", cap="", facts="", notes=""):
    fn = "%s/%s.eml" % (label, name)
    assert label in LABELS
    assert not any(r["file"] == fn for r in ROWS), fn
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    ROWS.append(dict(file=fn, label=label, source_repo="synthetic", source_path=SCRIPT,
                     source_commit="", license="written for dunnerd", fidelity="synthetic",
                     lang=lang, provider=provider, source_group=group, pattern=pattern,
                     direction=direction, amount=amount, currency=currency, payer=payer,
                     reference=reference, value_date=value_date, counts_as_payment=cap,
                     facts=facts, split=SPLIT, notes=notes))


# ---------------------------------------------------------------- reminders
def reminder_fr(inv, amount, due):
    return ("Bonjour,\n\nSauf erreur de ma part, la facture %s d'un montant de %s TTC, "
            "échue le %s, reste à ce jour impayée.\n\nPourriez-vous me confirmer la date "
            "de règlement prévue ? Vous trouverez la facture en pièce jointe.\n\n"
            "Bien cordialement,\n\nCamille Roussel\nRoussel Studio - Design d'interfaces\n"
            "06 12 34 56 78 - roussel-studio.fr\n" % (inv, amount, due))


def reminder_en(inv, amount, due):
    return ("Hello,\n\nUnless I am mistaken, invoice %s for %s, due on %s, is still "
            "outstanding.\n\nCould you let me know when payment is scheduled? The invoice "
            "is attached for convenience.\n\nKind regards,\n\nCamille Roussel\nRoussel Studio\n"
            % (inv, amount, due))


def quote(text_, prefix="> "):
    return "".join(prefix + l if l else prefix.rstrip() for l in text_.splitlines(True)) + \
        ("" if text_.endswith("\n") else "\n")


def rsubj_fr(inv):
    return "Relance : facture %s en attente de règlement" % inv


def rsubj_en(inv):
    return "Reminder: invoice %s is overdue" % inv


def reminder_raw(n, inv, to, lang="fr", amount="1 480,00 €", due="15/11/2026", day=0):
    body = reminder_fr(inv, amount, due) if lang == "fr" else reminder_en(inv, amount, due)
    hs = [("From", OWNER_FULL), ("To", to),
          ("Subject", H(rsubj_fr(inv) if lang == "fr" else rsubj_en(inv))),
          ("Date", D(day, 8, 30)), ("Message-ID", rem_id(n))]
    return message(hs, text(body))


def reply_headers(frm, subj, date, msgid, n=None, to=OWNER_FULL, extra=None):
    hs = [("From", frm), ("To", to), ("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)]
    if n is not None:
        hs += [("In-Reply-To", rem_id(n)), ("References", rem_id(n))]
    return hs + (extra or [])


# ================================================================ human_reply
def hr(name, frm, subj, date, body, lang, group, pattern, facts="", notes="", n=None,
       part=None, extra=None, to=OWNER_FULL, dom="example.com", crlf=False):
    p = part if part is not None else text(body)
    hs = reply_headers(frm, subj, date, mid("msg", dom), n=n, to=to, extra=extra)
    add("human_reply", name, message(hs, p, crlf=crlf), lang, group, pattern, facts=facts, notes=notes)


def build_human():
    # 1 top-posted promise, Friday
    inv = "F-2026-0412"
    hr("vauban_fr_virement_vendredi",
       A("Sophie Marchetti", "s.marchetti@atelier-vauban.fr"), "RE: " + rsubj_fr(inv), D(0, 10, 12),
       "Bonjour Camille,\n\nDésolée pour le retard, la facture était restée dans le circuit de "
       "validation. Je fais le virement vendredi.\n\nBonne journée,\nSophie\n\n"
       "Sophie Marchetti\nResponsable administrative\nAtelier Vauban - 14 quai Saint-Vincent, 69001 Lyon\n\n"
       "-----Message d'origine-----\nDe : Camille Roussel <camille@roussel-studio.fr>\n"
       "Envoyé : lundi 30 novembre 2026 08:30\nÀ : Sophie Marchetti <s.marchetti@atelier-vauban.fr>\n"
       "Objet : " + rsubj_fr(inv) + "\n\n" + reminder_fr(inv, "1 480,00 €", "15/11/2026"),
       "fr", "Atelier Vauban", "top-posted above Outlook-style quoted reminder; 'vendredi'",
       facts="promise_date=2026-12-04", n=412, dom="atelier-vauban.fr")

    # 2 iPhone, "le 15"
    inv = "F-2026-0419"
    hr("lagrange_fr_iphone_le15",
       A("Thierry Lagrange", "thierry@brasserie-lagrange.fr"), "Re: " + rsubj_fr(inv), D(0, 19, 44),
       "Paiement prévu le 15. Bonne soirée\n\nEnvoyé de mon iPhone\n\n"
       "> Le 30 nov. 2026 à 08:30, Camille Roussel <camille@roussel-studio.fr> a écrit :\n>\n"
       + quote(reminder_fr(inv, "640,00 €", "20/11/2026")),
       "fr", "Brasserie Lagrange", "very short, iPhone signature, day-of-month only",
       facts="promise_date=2026-12-15", n=419, dom="brasserie-lagrange.fr",
       part=text("Paiement prévu le 15. Bonne soirée\n\nEnvoyé de mon iPhone\n\n"
                 "> Le 30 nov. 2026 à 08:30, Camille Roussel <camille@roussel-studio.fr> a écrit :\n>\n"
                 + quote(reminder_fr(inv, "640,00 €", "20/11/2026")), cte="8bit"),
       extra=[("X-Mailer", "iPhone Mail (22B91)")])

    # 3 d'ici la fin de la semaine prochaine
    inv = "F-2026-0423"
    hr("kermarrec_fr_fin_semaine_prochaine",
       A("Gwenaëlle Kermarrec", "g.kermarrec@kermarrec-immobilier.fr"), "RE: " + rsubj_fr(inv), D(1, 9, 5),
       "Bonjour Madame Roussel,\n\nJ'ai bien reçu votre relance. Notre comptable passe les règlements "
       "fournisseurs en fin de quinzaine, vous serez réglée d'ici la fin de la semaine prochaine.\n\n"
       "Cordialement,\n\nGwenaëlle Kermarrec\nGérante - Kermarrec Immobilier\n3 rue de Siam, 29200 Brest\n"
       "Tél. 02 98 00 00 00\n",
       "fr", "Kermarrec Immobilier", "'d'ici la fin de la semaine prochaine' said on Tuesday",
       facts="promise_date=2026-12-11", n=423, dom="kermarrec-immobilier.fr",
       notes="end of next week resolved to Friday 2026-12-11 (could also be read as week_of_2026-12-07)")

    # 4 English, on the 10th
    inv = "INV-0427"
    hr("northwind_en_pay_on_10th",
       A("Oliver Pennington", "oliver.pennington@northwind-analytics.co.uk"), "RE: " + rsubj_en(inv), D(1, 11, 31, UTC),
       "Hi Camille,\n\nApologies - this slipped through during our quarter close. We'll pay on the 10th, "
       "it's been approved by our finance director this morning.\n\nBest,\nOliver\n\n"
       "Oliver Pennington | Head of Product\nNorthwind Analytics Ltd | 22 Clerkenwell Road, London EC1M\n\n"
       "From: Camille Roussel <camille@roussel-studio.fr>\nSent: 01 December 2026 07:30\n"
       "To: Oliver Pennington\nSubject: " + rsubj_en(inv) + "\n\n" + reminder_en(inv, "€2,160.00", "20 November 2026"),
       "en", "Northwind Analytics", "English, 'on the 10th', Outlook quote header",
       facts="promise_date=2026-12-10", n=427, dom="northwind-analytics.co.uk")

    # 5 payment run Thursday
    inv = "INV-0431"
    hr("halvorsen_en_payment_run_thursday",
       A("Femke de Wit", "ap@halvorsen-logistics.nl"), "RE: " + rsubj_en(inv), D(1, 14, 2),
       "Dear Ms Roussel,\n\nThank you for your reminder. Invoice INV-0431 has been approved and is "
       "included in our weekly payment run, which is on Thursday. Please allow 1-2 banking days for "
       "the funds to reach your account.\n\nKind regards,\n\nFemke de Wit\nAccounts Payable\n"
       "Halvorsen Logistics B.V. | Waalhaven Z.z. 40, Rotterdam\n\n"
       "This e-mail and any attachments are confidential and may be privileged. If you are not the "
       "intended recipient, please notify the sender immediately and delete it.\n",
       "en", "Halvorsen Logistics", "AP clerk from shared ap@ mailbox; weekday 'Thursday'",
       facts="promise_date=2026-12-03", n=431, dom="halvorsen-logistics.nl",
       notes="written by a person from the shared AP address, not an autoresponder")

    # 6 dispute + long legal disclaimer, HTML alternative
    inv = "F-2026-0398"
    body = ("Madame,\n\nNous accusons réception de votre relance concernant la facture F-2026-0398.\n\n"
            "Nous contestons cette facture en l'état : le devis accepté le 2 septembre prévoyait un forfait "
            "de 4 200 € HT. La facture mentionne en outre trois journées de recette (1 350 € HT) qui n'ont "
            "jamais fait l'objet d'un accord écrit de notre part.\n\nNous vous remercions de bien vouloir "
            "émettre un avoir et une facture rectificative conforme au devis.\n\nVeuillez agréer, Madame, "
            "nos salutations distinguées.\n\nMe Hélène Ferrand\nAvocate associée\nFERRAND & ASSOCIÉS - "
            "Société d'exercice libéral par actions simplifiée\n18 cours Clemenceau, 33000 Bordeaux\n"
            "Toque 412 - Barreau de Bordeaux\n\n"
            "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
            "l'intention exclusive de ses destinataires. Ils peuvent être couverts par le secret "
            "professionnel de l'avocat. Toute utilisation ou diffusion non autorisée est interdite. "
            "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de "
            "le détruire. L'intégrité de ce message ne pouvant être garantie sur Internet, FERRAND & "
            "ASSOCIÉS ne pourra être tenu responsable de son contenu.\n")
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>"
    hr("ferrand_fr_dispute_disclaimer", A("Hélène Ferrand", "h.ferrand@ferrand-avocats.fr"),
       "RE: " + rsubj_fr(inv), D(1, 16, 48), None, "fr", "Ferrand & Associés",
       "formal dispute of extra days, asks corrected invoice, long legal disclaimer",
       facts="dispute=yes;request_invoice=yes", n=398, dom="ferrand-avocats.fr",
       part=multi("alternative", [text(body), text(html, "html")]),
       notes="request_invoice: asks for a rectified invoice (avoir + facture rectificative)")

    # 7 already paid with date
    inv = "F-2026-0415"
    hr("pelletier_fr_deja_paye_27nov", A("Marc Pelletier", "compta@pelletier-menuiserie.fr"),
       "Re: " + rsubj_fr(inv), D(0, 11, 20),
       "Bonjour,\n\nLe virement a été fait le 27 novembre, il devrait apparaître sur votre compte "
       "sous peu. Référence indiquée : FACT F-2026-0415.\n\nCordialement\nM. Pelletier\n"
       "Menuiserie Pelletier SARL\n",
       "fr", "Menuiserie Pelletier", "already paid with explicit date",
       facts="already_paid=2026-11-27", n=415, dom="pelletier-menuiserie.fr")

    # 8 already paid, no date
    inv = "F-2026-0402"
    hr("osmose_fr_normalement_regle", A("Inès Haddad", "ines@osmose-yoga.fr"), "Re: " + rsubj_fr(inv),
       D(0, 13, 3), "Bonjour Camille,\n\nNormalement c'est réglé depuis un moment, pouvez-vous vérifier "
       "de votre côté ?\n\nInès\n", "fr", "Osmose Yoga", "already paid, no date",
       facts="already_paid=claimed", n=402, dom="osmose-yoga.fr")

    # 9 forwarded bank confirmation inline
    inv = "F-2026-0408"
    body = ("Bonjour,\n\nVoici la confirmation de notre banque, le virement est parti lundi.\n\n"
            "Cordialement,\nJulie Besson\nAssistante de direction - Cap Horizon Conseil\n\n"
            "---------- Message transféré ---------\nDe : Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>\n"
            "Date : lun. 30 nov. 2026 à 15:02\nObjet : Confirmation de votre ordre de virement\n"
            "À : <j.besson@cap-horizon-conseil.fr>\n\n\nMadame, Monsieur,\n\nVotre ordre de virement a "
            "bien été exécuté.\n\nBénéficiaire : ROUSSEL STUDIO\nMontant : 2 880,00 EUR\n"
            "Date d'exécution : 30/11/2026\nMotif : F-2026-0408\n\nCe message est envoyé automatiquement, "
            "merci de ne pas y répondre.\n")
    hr("caphorizon_fr_fwd_bank_confirmation", A("Julie Besson", "j.besson@cap-horizon-conseil.fr"),
       "TR: Confirmation de votre ordre de virement", D(1, 9, 47), body, "fr", "Cap Horizon Conseil",
       "client forwards her bank's transfer confirmation inline",
       facts="already_paid=2026-11-30", dom="cap-horizon-conseil.fr",
       notes="contains bank wording but sender is the client: a claim, not the owner's bank")

    # 10 already paid with PDF attached
    inv = "F-2026-0421"
    hr("dumoulin_fr_avis_virement_pdf", A("Patrick Dumoulin", "p.dumoulin@dumoulin-btp.fr"),
       "RE: " + rsubj_fr(inv), D(1, 15, 36), None, "fr", "Dumoulin BTP",
       "already paid, bank transfer receipt attached as PDF",
       facts="already_paid=2026-12-01", n=421, dom="dumoulin-btp.fr",
       part=multi("mixed", [text("Bonjour,\n\nCi-joint l'avis d'opération de notre banque : le virement de "
                                  "3 240,00 € a été émis ce matin.\n\nBien à vous,\nPatrick Dumoulin\n"
                                  "Dumoulin BTP\n"),
                             attach("application/pdf", "Avis_operation_virement_01122026.pdf",
                                    pdf("Avis d'operation - virement emis 3240,00 EUR"))]))

    # 11 request invoice
    inv = "F-2026-0425"
    hr("lumen_fr_renvoyer_facture", A("Bastien Roche", "bastien.roche@lumen-events.fr"),
       "Re: " + rsubj_fr(inv), D(2, 8, 51),
       "Bonjour,\n\nJe ne retrouve pas la facture dans nos mails (ni en pièce jointe de votre relance, "
       "elle n'apparaît pas chez moi). Pourriez-vous me la renvoyer en PDF ? Je la transmets direct "
       "à la compta.\n\nMerci,\nBastien\n", "fr", "Lumen Events", "asks invoice to be resent",
       facts="request_invoice=yes", n=425, dom="lumen-events.fr")

    # 12 request RIB
    inv = "F-2026-0426"
    hr("grainedecafe_fr_demande_rib", A("Service comptabilité", "comptabilite@grain-de-cafe.fr"),
       "RE: " + rsubj_fr(inv), D(2, 10, 14),
       "Bonjour,\n\nPour pouvoir procéder au règlement, merci de nous transmettre un RIB au nom de "
       "votre entreprise : nous devons créer votre fiche fournisseur dans notre logiciel.\n\n"
       "Cordialement,\nNathalie\nService comptabilité - Grain de Café SAS\n", "fr", "Grain de Café",
       "asks for RIB to create supplier record", facts="request_rib=yes", n=426, dom="grain-de-cafe.fr")

    # 13 English: resend invoice + IBAN
    inv = "INV-0433"
    hr("brightloop_en_invoice_and_iban", A("Priya Raman", "priya@brightloop.io"), "Re: " + rsubj_en(inv),
       D(2, 17, 20, UTC),
       "Hi Camille,\n\nOur AP tool rejected the invoice because it was sent as an image in the email "
       "body. Could you resend it as a PDF, and include your IBAN/BIC on it (or just reply with them)?\n\n"
       "Thanks!\nPriya\n--\nPriya Raman, Operations, Brightloop\n", "en", "Brightloop",
       "asks for PDF invoice and IBAN", facts="request_invoice=yes;request_rib=yes", n=433, dom="brightloop.io")

    # 14 question TVA
    inv = "F-2026-0417"
    hr("terrasud_fr_question_tva", A("Romain Giraud", "romain.giraud@terrasud-paysage.fr"),
       "Re: " + rsubj_fr(inv), D(0, 14, 40),
       "Bonjour,\n\nQuestion avant paiement : votre facture ne fait pas apparaître de TVA. Vous êtes "
       "bien en franchise en base (article 293 B du CGI) ? Notre cabinet comptable me pose la question.\n\n"
       "Merci d'avance,\nRomain Giraud\nTerraSud Paysage\n", "fr", "TerraSud Paysage",
       "question about VAT, no commitment")

    # 15 rude complaint
    inv = "F-2026-0409"
    hr("bricomax_fr_plainte_relances", A("D. Vasseur", "dvasseur@bricomax-distribution.fr"),
       "RE: RE: " + rsubj_fr(inv), D(2, 12, 2),
       "Trois relances en dix jours, ça commence à bien faire. On a 200 fournisseurs, vous serez "
       "payée quand la facture aura été validée comme tout le monde. Inutile de relancer tous les "
       "deux jours.\n\nD. Vasseur\n", "fr", "Bricomax Distribution",
       "annoyed complaint about reminders, no date, no dispute of the work", n=409,
       dom="bricomax-distribution.fr")

    # 16 one word
    inv = "F-2026-0420"
    hr("cordier_fr_note", A("Alain Cordier", "alain.cordier@cordier-transports.fr"),
       "RE: " + rsubj_fr(inv), D(0, 9, 2), "Noté.\n", "fr", "Cordier Transports", "one-word reply",
       n=420, dom="cordier-transports.fr")

    # 17 ok merci lowercase
    inv = "F-2026-0428"
    hr("lisa_fr_ok_merci", A("Lisa Nguyen", "lisa.nguyen@pho-saigon-nantes.fr"), "Re: " + rsubj_fr(inv),
       D(2, 21, 15), "ok merci\n\n" + quote(reminder_fr(inv, "390,00 €", "25/11/2026")), "fr",
       "Phở Saigon", "two words above full quote", n=428, dom="pho-saigon-nantes.fr")

    # 18 reply from personal address, tu, ce soir
    hr("gaspard_fr_adresse_perso_ce_soir", A("Gaspard Lenoir", "gaspard.lenoir@example.net"),
       "facture studio", D(2, 18, 6),
       "Salut Camille,\n\nJe t'écris de mon adresse perso, je n'ai plus accès à celle de l'asso depuis "
       "que j'ai quitté le bureau. Pour la facture F-2026-0430 (le site du festival), je fais le virement "
       "ce soir depuis le compte de l'asso.\n\nBises,\nGaspard\n", "fr", "Festival Les Zincs",
       "reply from a different (personal) address, fresh thread, 'ce soir'",
       facts="promise_date=2026-12-02", notes="no In-Reply-To; reminded address was president@festival-leszincs.fr")

    # 19 HTML-only Outlook, date 18/12
    inv = "F-2026-0405"
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;} --></style></head><body lang=\"FR\" link=\"#0563C1\">"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour,<o:p></o:p></p><p class=\"MsoNormal\">"
            "<o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">La facture F-2026-0405 a été validée par notre DAF. "
            "Le règlement sera effectué par virement le 18/12/2026.<o:p></o:p></p><p class=\"MsoNormal\">"
            "<o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Cordialement,<o:p></o:p></p><p class=\"MsoNormal\">"
            "<b>Claire Aubert</b><br>Assistante comptable | Groupe Mistral Santé<br>Tél : 04 91 00 00 00"
            "<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><div style=\"border:none;border-top:"
            "solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> Camille Roussel "
            "&lt;camille@roussel-studio.fr&gt;<br><b>Envoyé :</b> mardi 1 décembre 2026 08:30<br><b>Objet :</b> "
            + rsubj_fr(inv) + "</p></div><p class=\"MsoNormal\">Bonjour,<br>Sauf erreur de ma part, la facture "
            "F-2026-0405 ...</p></div></body></html>")
    hr("mistral_fr_outlook_html_only_18dec", A("Claire Aubert", "c.aubert@mistral-sante.fr"),
       "RE: " + rsubj_fr(inv), D(1, 10, 58), None, "fr", "Groupe Mistral Santé",
       "HTML-only Outlook (WordSection1), numeric date dd/mm/yyyy",
       facts="promise_date=2026-12-18", n=405, dom="mistral-sante.fr",
       part=text(html, "html", cte="quoted-printable"),
       extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", H(rsubj_fr(inv))),
              ("Content-Language", "fr-FR")])

    # 20 forward to colleague, owner in Cc
    inv = "F-2026-0414"
    body = ("Martine,\n\nPeux-tu regarder cette facture de Camille Roussel (refonte du site vitrine) ? "
            "Je l'ai validée de mon côté, le travail est conforme. Elle peut partir au prochain règlement.\n\n"
            "Camille, je vous mets en copie : Martine gère les paiements fournisseurs.\n\n"
            "Merci,\nFrançois\n\n-------- Message transféré --------\nSujet : " + rsubj_fr(inv) + "\n"
            "Date : Mon, 30 Nov 2026 08:30:00 +0100\nDe : Camille Roussel <camille@roussel-studio.fr>\n"
            "Pour : francois.delmas@delmas-optique.fr\n\n" + reminder_fr(inv, "1 920,00 €", "10/11/2026"))
    hr("delmas_fr_transfert_collegue_cc", A("François Delmas", "francois.delmas@delmas-optique.fr"),
       "Fwd: " + rsubj_fr(inv), D(0, 16, 25), body, "fr", "Delmas Optique",
       "forward to accounting colleague with owner in Cc; approval, no date",
       to=A("Martine Roy", "martine.roy@delmas-optique.fr"), dom="delmas-optique.fr",
       extra=[("Cc", OWNER_FULL)],
       notes="'le travail est conforme' = no dispute; 'prochain règlement' has no date")

    # 21 negation: ne contestons pas / pas encore pu payer / début janvier
    inv = "F-2026-0399"
    hr("arbresec_fr_negation_debut_janvier", A("Yannick Morvan", "y.morvan@arbre-sec.coop"),
       "Re: " + rsubj_fr(inv), D(1, 17, 9),
       "Bonjour Camille,\n\nNous ne contestons pas la facture, le travail a été très apprécié. "
       "Mais je n'ai pas encore pu payer : notre subvention régionale n'est toujours pas versée et la "
       "trésorerie de la coopérative est à zéro. Je pense pouvoir régler début janvier, dès réception "
       "des fonds.\n\nEncore désolé,\nYannick\nL'Arbre Sec - SCOP\n", "fr", "L'Arbre Sec SCOP",
       "negations: 'ne contestons pas', 'pas encore pu payer'; 'début janvier'",
       facts="promise_date=early_2027-01", n=399, dom="arbre-sec.coop")

    # 22 negation + lundi
    inv = "F-2026-0432"
    hr("chevalier_fr_pas_encore_lundi", A("Aurélie Chevalier", "aurelie@chevalier-photo.fr"),
       "Re: " + rsubj_fr(inv), D(3, 13, 22),
       "Bonjour,\n\nNon, je n'ai pas encore fait le virement, désolée, la semaine a été folle. "
       "Je le fais lundi sans faute.\n\nAurélie\n", "fr", "Chevalier Photo",
       "'pas encore fait le virement' then 'lundi' (sent Thursday)",
       facts="promise_date=2026-12-07", n=432, dom="chevalier-photo.fr")

    # 23 tu, demain matin
    inv = "F-2026-0434"
    hr("maxime_fr_tu_demain_matin", A("Maxime Fabre", "maxime@fabre-cycles.fr"), "Re: " + rsubj_fr(inv),
       D(1, 22, 40),
       "Salut Camille,\n\nAïe désolé, j'avais complètement zappé ! Je te fais ça demain matin à "
       "la première heure.\n\nMax\n\nEnvoyé depuis mon mobile\n", "fr", "Fabre Cycles",
       "informal tu, 'demain matin' sent Tuesday late evening",
       facts="promise_date=2026-12-02", n=434, dom="fabre-cycles.fr",
       extra=[("User-Agent", "K-9 Mail for Android")])

    # 24 la semaine prochaine
    inv = "F-2026-0411"
    hr("solenne_fr_semaine_prochaine", A("Solenne Picard", "solenne.picard@picard-architectes.fr"),
       "RE: " + rsubj_fr(inv), D(3, 9, 55),
       "Bonjour,\n\nBien reçu. Le règlement interviendra la semaine prochaine, je signe les virements "
       "avec notre associé à son retour.\n\nCordialement,\nSolenne Picard\nPicard & Lemaire Architectes\n",
       "fr", "Picard & Lemaire Architectes", "'la semaine prochaine'",
       facts="promise_date=week_of_2026-12-07", n=411, dom="picard-architectes.fr")

    # 25 English dispute deliverables
    inv = "INV-0429"
    hr("quayside_en_dispute_deliverables", A("Tom Ashworth", "tom.ashworth@quayside-games.com"),
       "Re: " + rsubj_en(inv), D(2, 15, 12, UTC),
       "Hi Camille,\n\nWe're holding this one. We still haven't received the final deliverables - "
       "the Figma source files and the exported icon set were part of the scope - so we won't be "
       "processing payment until those are handed over.\n\nCheers,\nTom\n", "en", "Quayside Games",
       "withholds payment, contests completion of the work", facts="dispute=yes", n=429,
       dom="quayside-games.com")

    # 26 English noted
    inv = "INV-0435"
    hr("fjord_en_noted_will_revert", A("Ingrid Solberg", "ingrid.solberg@fjordline-design.no"),
       "RE: " + rsubj_en(inv), D(3, 8, 14, UTC), "Thanks, noted. Will revert.\n\nIngrid\n", "en",
       "Fjordline Design", "short non-committal English", n=435, dom="fjordline-design.no")

    # 27 partial payment + balance date
    inv = "F-2026-0403"
    hr("boulangerie_fr_acompte_solde_20", A("Karim Benali", "karim@boulangerie-benali.fr"),
       "Re: " + rsubj_fr(inv), D(2, 7, 48),
       "Bonjour Camille,\n\nOn vous a viré 1 000 € ce matin. Pour le reste (480 €) ce sera le 20 décembre, "
       "après les ventes de fin d'année, si ça vous va.\n\nBonne journée\nKarim\nBoulangerie Benali\n",
       "fr", "Boulangerie Benali", "partial payment today + promise for the balance",
       facts="already_paid=2026-12-02;promise_date=2026-12-20", n=403, dom="boulangerie-benali.fr",
       notes="already_paid covers only 1 000 € of 1 480 €")

    # 28 payment plan proposal
    inv = "F-2026-0407"
    hr("ateliers_fr_paiement_trois_fois", A("Mathilde Garnier", "mathilde@ateliers-garnier.fr"),
       "Re: " + rsubj_fr(inv), D(1, 12, 30),
       "Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? Je pourrais faire un "
       "premier virement le 10 décembre, puis le 10 janvier et le 10 février.\n\nMerci de votre "
       "compréhension,\nMathilde Garnier\n", "fr", "Ateliers Garnier",
       "asks for an instalment plan, first payment date",
       facts="promise_date=2026-12-10", n=407, dom="ateliers-garnier.fr",
       notes="a proposal conditional on agreement; first instalment date")

    # 29 windows-1252 QP, cheque posted
    inv = "F-2026-0396"
    body = ("Bonjour Madame,\n\nJe vous informe que le chèque de 720,00 € a été posté hier, à l'ordre de "
            "Roussel Studio. Vous devriez le recevoir d'ici la fin de la semaine.\n\nSalutations,\n"
            "Gérard Lefèvre\nCave Lefèvre & Fils\n")
    hr("lefevre_fr_cp1252_cheque_poste", A("Gérard Lefèvre", "cave.lefevre@example.org", "windows-1252"),
       "RE: " + rsubj_fr(inv), D(2, 11, 5), None, "fr", "Cave Lefèvre",
       "windows-1252 quoted-printable, older Outlook; cheque sent by post",
       facts="already_paid=2026-12-01", n=396,
       part=text(body, cs="windows-1252"),
       extra=[("X-Mailer", "Microsoft Outlook 14.0")],
       notes="cheque posted 'hier' (2026-12-01), not yet cashed")

    # 30 long corporate signature, payment cycle 8 Dec
    inv = "F-2026-0390"
    hr("soreval_fr_cycle_paiement_8dec", A("Service Fournisseurs Soreval", "fournisseurs@soreval-groupe.fr"),
       "RE: " + rsubj_fr(inv), D(3, 15, 50),
       "Bonjour,\n\nVotre facture F-2026-0390 a été enregistrée sous le numéro interne FRN-2026-88213. "
       "Elle sera réglée lors de notre prochain cycle de paiement, le mardi 8 décembre.\n\n"
       "Bien cordialement,\n\nLaurence Michaud\nComptabilité fournisseurs\nGROUPE SOREVAL\n"
       "Parc d'activités des Gâtines - 37000 Tours\n\n"
       "------------------------------------------------------------\n"
       "Soreval SA au capital de 12 500 000 € - RCS Tours B 000 000 000\n"
       "Ce courriel et ses pièces jointes sont établis à l'attention exclusive de leurs destinataires "
       "et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en "
       "avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa "
       "destination, toute diffusion ou publication, totale ou partielle, est interdite, sauf "
       "autorisation expresse. Pensez à l'environnement avant d'imprimer ce message.\n"
       "------------------------------------------------------------\n",
       "fr", "Groupe Soreval", "corporate AP person, long RCS/confidentiality footer",
       facts="promise_date=2026-12-08", n=390, dom="soreval-groupe.fr")

    # 31 mailing-list post by a person
    hr("liste_freelances_fr_post_comptable", A("Élodie Marchand", "elodie@marchand-redaction.fr"),
       "[freelances-nantes] Recommandation expert-comptable ?", D(1, 13, 10),
       "Hello la liste,\n\nJe passe en EURL au 1er janvier et je cherche un expert-comptable sur Nantes "
       "qui connaisse bien les indépendants (et pas trop cher...). Des recommandations ?\n\nMerci !\n"
       "Élodie\n\n--\nVous recevez ce message car vous êtes abonné(e) à la liste freelances-nantes.\n"
       "Pour vous désabonner : freelances-nantes-unsubscribe@lists.example.org\n",
       "fr", "freelances-nantes list", "mailing-list post written by a person",
       to="freelances-nantes@lists.example.org",
       extra=[("List-Id", "<freelances-nantes.lists.example.org>"),
              ("List-Unsubscribe", "<mailto:freelances-nantes-unsubscribe@lists.example.org>"),
              ("Precedence", "list"), ("Sender", "freelances-nantes-bounces@lists.example.org")])

    # 32 fresh mail new project
    hr("oceane_fr_nouveau_projet", A("Océane Brunet", "oceane.brunet@la-cale-seche.fr"),
       "Refonte de notre carte et du site", D(3, 10, 33),
       "Bonjour Camille,\n\nOn m'a donné votre contact (Karim de la boulangerie Benali). Nous ouvrons un "
       "second restaurant à Saint-Nazaire en mars et aimerions refaire notre identité et le site. "
       "Seriez-vous disponible pour un appel la semaine prochaine ?\n\nBelle journée,\nOcéane Brunet\n"
       "La Cale Sèche\n", "fr", "La Cale Sèche", "new prospect, no invoice context")

    # 33 English paid this morning, Outlook Android
    inv = "INV-0424"
    hr("seabright_en_paid_this_morning", A("Daniel Okafor", "d.okafor@seabright-media.ie"),
       "RE: " + rsubj_en(inv), D(3, 11, 2, UTC),
       "Hi Camille, paid this morning, ref SBM-5521 / INV-0424. Sorry for the delay.\n\nDaniel\n\n"
       "Get Outlook for Android\n", "en", "Seabright Media", "English, 'paid this morning', mobile signature",
       facts="already_paid=2026-12-03", n=424, dom="seabright-media.ie")

    # 34 amount disagreement + corrected invoice
    inv = "F-2026-0416"
    hr("verdier_fr_montant_bon_commande", A("Christophe Verdier", "achats@verdier-industrie.fr"),
       "RE: " + rsubj_fr(inv), D(0, 15, 58),
       "Bonjour,\n\nLe montant de votre facture ne correspond pas à notre bon de commande BC-26-0771 "
       "(1 200,00 € HT et non 1 480,00 € HT). Merci de nous adresser une facture corrigée reprenant "
       "le numéro de bon de commande, sans quoi elle ne pourra pas être mise en paiement.\n\n"
       "Service Achats\nVerdier Industrie\n", "fr", "Verdier Industrie",
       "contests amount vs purchase order, asks for corrected invoice",
       facts="dispute=yes;request_invoice=yes", n=416, dom="verdier-industrie.fr")

    # 35 not contesting work, contesting late fee
    inv = "F-2026-0401"
    hr("hugues_fr_conteste_indemnite_40", A("Hugues Martel", "hugues.martel@martel-conseil.fr"),
       "Re: " + rsubj_fr(inv), D(2, 9, 37),
       "Bonjour,\n\nJe ne conteste pas le travail réalisé, mais je refuse l'indemnité forfaitaire de "
       "40 € ajoutée sur votre relance : nous n'avons que 6 jours de retard. Je réglerai le montant "
       "initial de 850 € vendredi.\n\nCordialement,\nHugues Martel\n", "fr", "Martel Conseil",
       "'ne conteste pas le travail' but contests the late-payment fee; vendredi",
       facts="dispute=yes;promise_date=2026-12-04", n=401, dom="martel-conseil.fr",
       notes="dispute concerns only the 40 € indemnity, not the work")

    # 36 Apple Mail iPad base64 "virement programmé 7/12"
    inv = "F-2026-0418"
    body = ("Bonjour Camille,\n\nVirement programmé pour le 7/12, c'est la date à laquelle je reçois "
            "le paiement de mon propre client. Merci de ta patience !\n\nJeanne\n\nEnvoyé de mon iPad\n")
    hr("jeanne_fr_ipad_base64_7_12", A("Jeanne Colin", "jeanne.colin@example.com"), "Re: " + rsubj_fr(inv),
       D(0, 20, 11), None, "fr", "Jeanne Colin (EI)", "Apple Mail base64 body, dd/mm short date",
       facts="promise_date=2026-12-07", n=418,
       part=text(body, cte="base64"), extra=[("X-Mailer", "iPad Mail (22B91)")])

    # 37 returned transfer, asks RIB again
    inv = "F-2026-0422"
    hr("aquarelle_fr_virement_revenu_rib", A("Nadia Costa", "nadia.costa@aquarelle-creche.fr"),
       "Re: " + rsubj_fr(inv), D(1, 11, 44),
       "Bonjour,\n\nNous avions fait le virement le 20 novembre mais il nous est revenu hier : notre "
       "banque indique « compte clôturé ». Auriez-vous changé de banque ? Merci de nous renvoyer votre "
       "RIB à jour et nous referons le virement aussitôt.\n\nCordialement,\nNadia Costa\n"
       "Crèche L'Aquarelle\n", "fr", "Crèche L'Aquarelle",
       "transfer returned to the payer, asks current RIB", facts="request_rib=yes", n=422,
       dom="aquarelle-creche.fr", notes="not already_paid: the transfer came back to the client")

    # 38 question about card payment link
    inv = "INV-0430"
    hr("mapleleaf_en_card_link_question", A("Chloé Tremblay", "chloe@mapleleaf-studio.ca"),
       "Re: " + rsubj_en(inv), D(2, 20, 5, dt.timezone(dt.timedelta(hours=-5))),
       "Hi Camille,\n\nInternational wires are a pain from our side (and expensive). Would you be able "
       "to send a Stripe or PayPal link instead so I can pay by card?\n\nMerci!\nChloé\n", "en",
       "Mapleleaf Studio", "asks for a card payment link, Montreal timezone", n=430, dom="mapleleaf-studio.ca")

    # 39 c'est parti aujourd'hui
    inv = "F-2026-0413"
    hr("vignes_fr_parti_aujourdhui", A("Bernard Rigaud", "b.rigaud@domaine-des-vignes.fr"),
       "Re: " + rsubj_fr(inv), D(4, 10, 26),
       "Merci pour le rappel, c'est parti aujourd'hui.\nB. Rigaud\n", "fr", "Domaine des Vignes",
       "short, 'c'est parti aujourd'hui'", facts="already_paid=2026-12-04", n=413,
       dom="domaine-des-vignes.fr")

    # 40 English end of the month
    inv = "INV-0437"
    hr("kestrel_en_end_of_month_batch", A("Aisha Mensah", "aisha.mensah@kestrel-robotics.de"),
       "AW: " + rsubj_en(inv), D(3, 16, 10),
       "Hello Camille,\n\nYour invoice has been approved. It will go out in our next payment batch at "
       "the end of the month.\n\nBest regards\nAisha Mensah\nKestrel Robotics GmbH\n"
       "Sitz der Gesellschaft: München, Amtsgericht München HRB 000000\n", "en", "Kestrel Robotics",
       "German company writing English, 'AW:' prefix, end of month",
       facts="promise_date=2026-12-31", n=437, dom="kestrel-robotics.de",
       notes="'end of the month' resolved to 2026-12-31")

    # 41 broken charset: declared iso-8859-1 but utf-8 bytes
    inv = "F-2026-0436"
    body = "ok pour moi, paiement jeudi.\nRégis\n\n-- \nRégis Hamon - Hamon Électricité\n"
    hr("hamon_fr_charset_mismatch_jeudi", A("Regis Hamon", "regis.hamon@example.org"), "Re: " + rsubj_fr(inv),
       D(0, 12, 16), None, "fr", "Hamon Électricité",
       "broken MIME: charset iso-8859-1 declared, body is UTF-8 bytes, 8bit",
       facts="promise_date=2026-12-03", n=436,
       part=text(None, cs="iso-8859-1", cte="8bit", raw_bytes=body.encode("utf-8")),
       extra=[("User-Agent", "Roundcube Webmail/1.4.13")])

    # 42 client's accountant: no invoice in records
    inv = "F-2026-0404"
    hr("cabinet_fr_expert_comptable_facture", A("Sandrine Petit", "s.petit@fidcompta-anjou.fr"),
       "TR: " + rsubj_fr(inv), D(3, 14, 20),
       "Madame,\n\nJe suis l'expert-comptable de la SARL Atelier Jouvence, qui m'a transmis votre relance. "
       "Je n'ai pas de facture F-2026-0404 dans les pièces de notre client. Pourriez-vous me l'adresser "
       "directement afin que je la fasse enregistrer et régler ?\n\nCordialement,\n"
       "Sandrine Petit\nExpert-comptable - Fidcompta Anjou\n", "fr", "Fidcompta Anjou",
       "client's accountant writes on its behalf, asks for invoice", facts="request_invoice=yes",
       dom="fidcompta-anjou.fr", notes="different sender than the reminded client (Atelier Jouvence)")

    # 43 never received invoice
    inv = "F-2026-0438"
    hr("cerise_fr_jamais_recu_facture", A("Pauline Mercier", "pauline@cerise-et-chocolat.fr"),
       "Re: " + rsubj_fr(inv), D(4, 9, 12),
       "Bonjour,\n\nNous n'avons jamais reçu cette facture, d'où le retard ! Pouvez-vous nous l'envoyer "
       "à compta@cerise-et-chocolat.fr ? On la paie dès réception.\n\nPauline\n", "fr", "Cerise et Chocolat",
       "never received the invoice, asks for it", facts="request_invoice=yes", n=438,
       dom="cerise-et-chocolat.fr")

    # 44 redressement judiciaire
    inv = "F-2026-0388"
    hr("techniplast_fr_redressement_judiciaire", A("Olivier Marty", "direction@techniplast-ouest.fr"),
       "RE: " + rsubj_fr(inv), D(2, 16, 40),
       "Madame,\n\nPar jugement du 12 novembre 2026, le tribunal de commerce de Nantes a ouvert une "
       "procédure de redressement judiciaire à l'égard de notre société. Nous ne pouvons plus régler "
       "les créances antérieures au jugement. Nous vous invitons à déclarer votre créance auprès du "
       "mandataire judiciaire, Me Durand (mandataire@example.org), dans un délai de deux mois à compter "
       "de la publication au BODACC.\n\nSalutations,\nO. Marty, Président\nTechniplast Ouest SAS\n",
       "fr", "Techniplast Ouest", "insolvency notice written by the client's director",
       n=388, dom="techniplast-ouest.fr", notes="not a dispute; payment legally frozen")

    # 45 English: can you confirm receipt, sent 25 Nov
    inv = "INV-0426"
    hr("loomwork_en_sent_nov25_confirm", A("Ben Carter", "accounts@loomwork.example.com"),
       "Re: " + rsubj_en(inv), D(0, 17, 3, UTC),
       "Hi Camille,\n\nCan you confirm whether you received our payment? We sent it on Nov 25th via SEPA, "
       "reference LW-INV0426. Happy to send the remittance if needed.\n\nThanks,\nBen\nLoomwork Accounts\n",
       "en", "Loomwork", "already paid with US-style date 'Nov 25th'",
       facts="already_paid=2026-11-25", n=426)

    # 46 CRLF, Thunderbird, fin du mois, vouvoiement
    inv = "F-2026-0439"
    hr("ecoloc_fr_thunderbird_fin_du_mois", A("Vincent Marechal", "v.marechal@ecoloc-habitat.fr"),
       "Re: " + rsubj_fr(inv), D(4, 14, 47),
       "Bonjour,\n\nNous réglerons votre facture à la fin du mois, avec les autres fournisseurs.\n\n"
       "Cordialement\n\n-- \nVincent Maréchal\nEcoloc Habitat\n\nLe 04/12/2026 à 08:30, Camille Roussel a écrit :\n"
       + quote(reminder_fr(inv, "2 100,00 €", "30/11/2026")), "fr", "Ecoloc Habitat",
       "Thunderbird format=flowed, CRLF line endings, 'fin du mois'",
       facts="promise_date=2026-12-31", n=439, dom="ecoloc-habitat.fr", crlf=True,
       part=text("Bonjour,\n\nNous réglerons votre facture à la fin du mois, avec les autres fournisseurs.\n\n"
                 "Cordialement\n\n-- \nVincent Maréchal\nEcoloc Habitat\n\nLe 04/12/2026 à 08:30, Camille "
                 "Roussel a écrit :\n" + quote(reminder_fr(inv, "2 100,00 €", "30/11/2026")), cte="8bit",
                 flowed=True),
       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])


# ================================================================ payment_notification
def pn(name, frm, subj, date, part, lang, provider, pattern, direction, amount, currency="EUR",
       payer="", reference="", value_date="", cap="no", extra=None, dom=None, notes="", to=None,
       cs_subj="utf-8"):
    d = dom or frm.split("@")[-1].rstrip(">")
    hs = [("From", frm), ("To", to or OWNER), ("Subject", H(subj, cs_subj)), ("Date", date),
          ("Message-ID", mid("notif", d))] + (extra or [])
    add("payment_notification", name, message(hs, part), lang, provider, pattern, provider=provider,
        direction=direction, amount=amount, currency=currency, payer=payer, reference=reference,
        value_date=value_date, cap=cap, notes=notes)


def alt(txt, html, **kw):
    return multi("alternative", [text(txt, **kw), text(html, "html", **kw)])


def simple_html(title, rows, footer, color="#1d1d1b"):
    trs = "".join('<tr><td style="padding:6px 12px;color:#6b6b6b">%s</td><td style="padding:6px 12px;'
                  'font-weight:600">%s</td></tr>' % r for r in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">'
            '<tr><td style="padding:24px;background:%s;color:#fff;font-size:20px">%s</td></tr>'
            '<tr><td><table width="100%%">%s</table></td></tr>'
            '<tr><td style="padding:24px;color:#999;font-size:11px">%s</td></tr>'
            '</table></td></tr></table></body></html>' % (color, title, trs, footer))


def build_payments():
    # --- Qonto
    t = ("Bonjour Camille,\n\nVous avez reçu un virement de 1 480,00 € sur le compte principal de "
         "ROUSSEL STUDIO.\n\nÉmetteur : ATELIER VAUBAN\nRéférence : F-2026-0412\nDate : 04/12/2026\n\n"
         "Consultez le détail de la transaction dans votre application Qonto.\n\nL'équipe Qonto\n\n"
         "Qonto - 18 rue de Navarin, 75009 Paris. Qonto est un établissement de paiement agréé par l'ACPR.\n"
         "Vous recevez cet email car vous avez activé les notifications de transactions.\n")
    pn("qonto_fr_virement_recu_vauban", A("Qonto", "notifications@qonto.com"),
       "Virement reçu : +1 480,00 € de ATELIER VAUBAN", D(4, 9, 14),
       alt(t, simple_html("Vous avez reçu un virement",
                          [("Montant", "+1 480,00 €"), ("Émetteur", "ATELIER VAUBAN"),
                           ("Référence", "F-2026-0412"), ("Date", "04/12/2026")],
                          "Qonto est un établissement de paiement agréé par l'ACPR. Vous recevez cet email "
                          "car vous avez activé les notifications de transactions.", "#1c1b1f")),
       "fr", "Qonto", "money in, amount in subject and HTML table", "in", "1480.00",
       payer="ATELIER VAUBAN", reference="F-2026-0412", value_date="2026-12-04", cap="yes")

    t = ("Bonjour Camille,\n\nUn paiement par carte de 23,90 € a été effectué avec votre carte One "
         "se terminant par 4417.\n\nCommerçant : SNCF CONNECT\nDate : 01/12/2026 à 07:12\n\n"
         "Vous ne reconnaissez pas ce paiement ? Bloquez votre carte depuis l'application.\n\n"
         "L'équipe Qonto\nCeci est un message automatique, merci de ne pas y répondre.\n")
    pn("qonto_fr_paiement_carte_sncf", A("Qonto", "notifications@qonto.com"),
       "Paiement par carte : 23,90 € chez SNCF CONNECT", D(1, 7, 13), text(t), "fr", "Qonto",
       "card payment (out)", "out", "23.90", reference="SNCF CONNECT", value_date="2026-12-01")

    t = ("Bonjour,\n\nUn virement entrant de 3 600,00 € est en cours de vérification par nos équipes "
         "conformité. Les fonds seront disponibles sur votre compte dès la fin de la vérification, "
         "généralement sous 24 heures ouvrées.\n\nÉmetteur : SAS HELIODOR\n\nAucune action n'est requise "
         "de votre part pour le moment.\n\nL'équipe Qonto\n")
    pn("qonto_fr_virement_en_verification", A("Qonto", "notifications@qonto.com"),
       "Un virement entrant est en cours de vérification", D(2, 16, 2), text(t), "fr", "Qonto",
       "incoming transfer on hold (not yet credited)", "none", "3600.00",
       notes="funds not available yet: direction none, payer column left empty (money in only)")

    # --- Shine
    t = ("Bonne nouvelle Camille !\n\nTu viens de recevoir un virement de 2 160,00 € de NORTHWIND "
         "ANALYTICS LTD.\nLibellé : INV-0427 ROUSSEL\n\nÀ bientôt sur Shine 💙\n\n"
         "Shine SAS, établissement de paiement agréé. Tu reçois cet e-mail car les notifications "
         "de virements reçus sont activées dans ton application.\n")
    pn("shine_fr_tu_virement_recu_northwind", A("Shine", "hello@shine.fr"),
       "💰 Virement reçu : +2 160,00 €", D(4, 11, 40), text(t), "fr", "Shine",
       "neobank tutoiement, emoji subject", "in", "2160.00", payer="NORTHWIND ANALYTICS LTD",
       reference="INV-0427 ROUSSEL", value_date="2026-12-04", cap="yes")

    t = ("Salut Camille,\n\nUn prélèvement de 49,99 € vient d'être débité de ton compte Shine.\n"
         "Créancier : ORANGE SA - ICS FR12ZZZ000000\nRéférence de mandat : OPRO-77812\n\n"
         "L'équipe Shine\n")
    pn("shine_fr_prelevement_orange", A("Shine", "hello@shine.fr"), "Prélèvement de 49,99 € effectué",
       D(3, 6, 30), text(t), "fr", "Shine", "SEPA direct debit taken (out)", "out", "49.99",
       reference="OPRO-77812", value_date="2026-12-03")

    t = ("Salut Camille,\n\nTon virement de 650,00 € vers SCI LES GLYCINES a bien été envoyé.\n"
         "Motif : LOYER BUREAU DECEMBRE\n\nL'équipe Shine\n")
    pn("shine_fr_virement_envoye_loyer", A("Shine", "hello@shine.fr"), "Ton virement a bien été envoyé",
       D(0, 9, 0), text(t), "fr", "Shine", "outgoing transfer sent", "out", "650.00",
       reference="LOYER BUREAU DECEMBRE", value_date="2026-11-30")

    # --- BNP Paribas
    t = ("Madame ROUSSEL CAMILLE,\n\nVous avez souhaité être alertée lorsqu'une opération créditrice "
         "supérieure à 500,00 EUR est enregistrée sur votre compte.\n\nCompte : Compte Pro ****0192\n"
         "Opération : VIR SEPA RECU /DE KERMARREC IMMOBILIER /MOTIF FACTURE F-2026-0423\n"
         "Montant : +960,00 EUR\nDate : 03/12/2026\n\nCet e-mail est envoyé automatiquement par le service "
         "Mes Alertes de BNP Paribas. Merci de ne pas y répondre.\n")
    pn("bnp_fr_alerte_credit_kermarrec", A("BNP Paribas", "alertes@alertes.bnpparibas"),
       "Alerte : opération créditrice sur votre compte", D(3, 7, 5), text(t, cs="iso-8859-1"),
       "fr", "BNP Paribas", "threshold alert, payer inside the operation label, iso-8859-1",
       "in", "960.00", payer="KERMARREC IMMOBILIER", reference="FACTURE F-2026-0423",
       value_date="2026-12-03", cap="yes")

    t = ("Madame ROUSSEL CAMILLE,\n\nLe solde de votre compte Compte Pro ****0192 est passé sous le seuil "
         "de 1 000,00 EUR que vous avez défini.\n\nSolde au 01/12/2026 : 742,18 EUR\n\nCet e-mail est "
         "envoyé automatiquement par le service Mes Alertes. Merci de ne pas y répondre.\n")
    pn("bnp_fr_alerte_solde_bas", A("BNP Paribas", "alertes@alertes.bnpparibas"),
       "Alerte solde : votre solde est inférieur au seuil", D(1, 7, 2), text(t), "fr", "BNP Paribas",
       "low balance alert", "statement", "742.18", value_date="2026-12-01",
       notes="amount is the balance, not a movement")

    # --- Crédit Agricole
    html = simple_html("Votre relevé de compte est disponible",
                       [("Compte", "Compte courant professionnel n° ****3381"), ("Période", "novembre 2026")],
                       "Crédit Agricole Atlantique Vendée - Ce message vous est adressé automatiquement, "
                       "merci de ne pas y répondre.", "#006a4e")
    pn("ca_fr_releve_disponible", A("Crédit Agricole", "noreply@credit-agricole.fr"),
       "Votre relevé de compte de novembre est disponible", D(1, 5, 40), text(html, "html"),
       "fr", "Crédit Agricole", "statement available, HTML only", "statement", "")

    t = ("Bonjour,\n\nUne opération au crédit de 750,00 EUR a été enregistrée sur votre compte ****3381 "
         "le 02/12/2026.\n\nLibellé : VIR DE M. OU MME LEROY PASCAL - MAQUETTE SITE\n\n"
         "Crédit Agricole - Alerte Ma Banque\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n")
    pn("ca_fr_credit_particulier_leroy", A("Crédit Agricole", "noreply@credit-agricole.fr"),
       "Alerte : opération créditrice", D(2, 8, 20), text(t), "fr", "Crédit Agricole",
       "credit alert, private person payer in label", "in", "750.00", payer="M. OU MME LEROY PASCAL",
       reference="MAQUETTE SITE", value_date="2026-12-02", cap="yes")

    # --- Société Générale: 2 virements reçus
    html = simple_html("2 virements reçus sur votre compte",
                       [("01/12/2026 - VIR RECU LUMEN EVENTS REF F-2026-0425", "+1 150,00 EUR"),
                        ("01/12/2026 - VIR RECU OSMOSE YOGA REF F-2026-0402", "+380,00 EUR")],
                       "Société Générale - Alertes Pro. Ceci est un message automatique, merci de ne pas y répondre.",
                       "#e9041e")
    t = ("2 virements reçus sur votre compte ****5520 :\n\n- 01/12/2026 VIR RECU LUMEN EVENTS "
         "REF F-2026-0425 : +1 150,00 EUR\n- 01/12/2026 VIR RECU OSMOSE YOGA REF F-2026-0402 : "
         "+380,00 EUR\n\nSociété Générale - Alertes Pro. Ceci est un message automatique, merci de ne pas "
         "y répondre.\n")
    pn("sg_fr_deux_virements_recus", A("Société Générale", "alertes@societegenerale.fr"),
       "2 virements reçus", D(1, 18, 0), alt(t, html), "fr", "Société Générale",
       "plural notice with two credits", "in|in", "1150.00|380.00", payer="LUMEN EVENTS|OSMOSE YOGA",
       reference="F-2026-0425|F-2026-0402", value_date="2026-12-01|2026-12-01", cap="yes")

    t = ("Madame,\n\nNous vous informons que le virement de 1 480,00 EUR émis par TERRASUD PAYSAGE à votre "
         "profit a fait l'objet d'un retour de fonds à l'émetteur (motif : AC04 - compte clôturé côté "
         "bénéficiaire / incohérence nom-IBAN).\n\nSociété Générale\n")
    pn("sg_fr_virement_retourne", A("Société Générale", "alertes@societegenerale.fr"),
       "Information : retour d'un virement", D(3, 10, 10), text(t), "fr", "Société Générale",
       "incoming transfer returned to sender", "failed", "1480.00", reference="TERRASUD PAYSAGE",
       value_date="2026-12-03", notes="money did not arrive; payer column empty as not money in")

    # --- LCL
    t = ("Bonjour,\n\nUne opération débitrice de 1 200,00 EUR a été enregistrée sur votre compte.\n"
         "Libellé : VIREMENT EMIS VERS URSSAF PAYS DE LA LOIRE\nDate : 30/11/2026\n\nLCL - Le Crédit Lyonnais. "
         "Ne répondez pas à ce message, il est envoyé automatiquement.\n")
    pn("lcl_fr_mouvement_debiteur_urssaf", A("LCL", "alertes@lcl.fr"), "LCL - Alerte mouvement débiteur",
       D(0, 18, 40), text(t, cs="iso-8859-1"), "fr", "LCL", "outgoing debit alert", "out", "1200.00",
       reference="VIREMENT EMIS VERS URSSAF PAYS DE LA LOIRE", value_date="2026-11-30")

    # --- La Banque Postale
    t = ("Madame,\n\nVotre ordre de virement SEPA de 320,00 EUR au bénéficiaire IMPRIMERIE DU PORT n'a pas "
         "pu être exécuté : le compte du bénéficiaire est introuvable.\nLe montant n'a pas été débité de "
         "votre compte.\n\nLa Banque Postale\nMerci de ne pas répondre à cet e-mail.\n")
    pn("lbp_fr_virement_rejete", A("La Banque Postale", "ne-pas-repondre@labanquepostale.fr"),
       "Votre virement n'a pas pu être exécuté", D(2, 9, 12), text(t, cs="windows-1252"),
       "fr", "La Banque Postale", "own outgoing transfer rejected", "failed", "320.00",
       reference="IMPRIMERIE DU PORT", value_date="2026-12-02")

    # --- Crédit Mutuel / CIC
    t = ("Bonjour,\n\nCrédit sur votre compte n° ****7710 :\n\n    VIR SAS HELIODOR INV F-2026-0393\n"
         "    +3 600,00 EUR   valeur 03/12/2026\n\nCrédit Mutuel - Service Alertes\nCe message est "
         "généré automatiquement. Pour gérer vos alertes, connectez-vous à votre espace.\n")
    pn("cm_fr_credit_heliodor", A("Crédit Mutuel", "alertes@creditmutuel.fr"),
       "Alerte Crédit Mutuel : crédit sur votre compte", D(3, 8, 1), text(t), "fr", "Crédit Mutuel",
       "credit line with value date (the earlier Qonto hold is a different account)", "in", "3600.00",
       payer="SAS HELIODOR", reference="INV F-2026-0393", value_date="2026-12-03", cap="yes")

    t = ("Madame, Monsieur,\n\nVotre virement instantané de 89,00 EUR vers FIGMA IRELAND a été envoyé "
         "avec succès le 02/12/2026 à 14:21.\n\nCIC\nCe message est envoyé automatiquement.\n")
    pn("cic_fr_virement_instantane_envoye", A("CIC", "alertes@cic.fr"),
       "Confirmation de votre virement instantané", D(2, 14, 22), text(t), "fr", "CIC",
       "instant transfer sent (out)", "out", "89.00", reference="FIGMA IRELAND", value_date="2026-12-02")

    # --- BoursoBank
    html = simple_html("Vous avez reçu un virement",
                       [("Montant", "540,00 €"), ("De", "MME JEANNE COLIN"), ("Libellé", "F-2026-0418 solde"),
                        ("Date", "04/12/2026")],
                       "BoursoBank (anciennement Boursorama Banque). Cet email est envoyé automatiquement, "
                       "merci de ne pas y répondre.", "#d6006e")
    pn("boursobank_fr_virement_recu", A("BoursoBank", "noreply@boursobank.com"),
       "Vous avez reçu un virement", D(4, 12, 30), text(html, "html", cte="base64"), "fr", "BoursoBank",
       "HTML-only base64, money in", "in", "540.00", payer="MME JEANNE COLIN",
       reference="F-2026-0418 solde", value_date="2026-12-04", cap="yes",
       notes="sender domain assumed for BoursoBank (ex-Boursorama)")

    # --- Hello bank!
    t = ("Bonjour Camille,\n\nUn paiement par carte de 1 249,00 EUR chez APPLE STORE PARIS a été refusé "
         "le 03/12/2026 : plafond de paiement atteint.\n\nVous pouvez augmenter temporairement votre "
         "plafond dans l'application Hello bank!.\n\nHello bank! - Ce message est automatique.\n")
    pn("hellobank_fr_paiement_carte_refuse", A("Hello bank!", "noreply@hellobank.fr"),
       "Paiement refusé", D(3, 17, 45), text(t), "fr", "Hello bank!", "card payment declined",
       "failed", "1249.00", reference="APPLE STORE PARIS", value_date="2026-12-03")

    # --- Fortuneo
    t = ("Bonjour,\n\nUn remboursement de 59,90 EUR a été crédité sur votre compte suite à une opération "
         "carte chez AMAZON EU SARL.\n\nDate : 01/12/2026\n\nFortuneo - Ne répondez pas à cet e-mail.\n")
    pn("fortuneo_fr_remboursement_amazon", A("Fortuneo", "ne-pas-repondre@fortuneo.fr"),
       "Un remboursement a été crédité sur votre compte", D(1, 9, 30), text(t), "fr", "Fortuneo",
       "merchant refund credited to card", "refund", "59.90", reference="AMAZON EU SARL",
       value_date="2026-12-01", notes="money in but a refund: counts_as_payment no")

    # --- Caisse d'Epargne (windows-1252 QP, subject encoded cp1252)
    t = ("Madame ROUSSEL,\n\nNous vous informons qu'un virement SEPA d'un montant de 1 920,00 € a été "
         "crédité sur votre compte le 03/12/2026.\n\nDonneur d'ordre : DELMAS OPTIQUE SARL\n"
         "Référence : F-2026-0414\n\nCaisse d'Epargne Bretagne Pays de Loire\nCe message vous est adressé "
         "automatiquement, merci de ne pas y répondre.\n")
    pn("cepargne_fr_virement_sepa_recu_cp1252", A("Caisse d'Epargne", "notification@caisse-epargne.fr"),
       "Virement SEPA reçu", D(3, 9, 45), text(t, cs="windows-1252"), "fr", "Caisse d'Epargne",
       "windows-1252 QP, 'donneur d'ordre'", "in", "1920.00", payer="DELMAS OPTIQUE SARL",
       reference="F-2026-0414", value_date="2026-12-03", cap="yes", cs_subj="windows-1252")

    # --- Banque Populaire: prélèvement impayé (owner collected by SEPA DD from a client)
    t = ("Madame,\n\nLe prélèvement SEPA que vous avez présenté sur le compte de votre débiteur "
         "FABRE CYCLES pour un montant de 420,00 EUR (référence RUM RS-2026-017) est revenu impayé.\n"
         "Motif du rejet : AM04 - provision insuffisante.\nLe montant a été débité de votre compte le "
         "02/12/2026.\n\nBanque Populaire Grand Ouest\n")
    pn("bp_fr_prelevement_impaye", A("Banque Populaire", "ne-pas-repondre@banquepopulaire.fr"),
       "Avis d'impayé sur prélèvement", D(2, 6, 50), text(t), "fr", "Banque Populaire",
       "direct debit collected from a client returned unpaid", "failed", "420.00",
       reference="RS-2026-017", value_date="2026-12-02")

    # --- N26
    t = ("Hi Camille,\n\nYou've received €540.00 from Dario Conti.\nReference: Logo + carte de visite\n\n"
         "Your N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. This is an automatically generated "
         "email, please don't reply.\n")
    pn("n26_en_received_dario", A("N26", "no-reply@n26.com"), "You've received money", D(2, 19, 5, UTC),
       text(t), "en", "N26", "English neobank, money in from a person", "in", "540.00", payer="Dario Conti",
       reference="Logo + carte de visite", value_date="2026-12-02", cap="yes")

    t = ("Bonjour Camille,\n\nUn prélèvement de 12,99 € de SPOTIFY AB a été débité de ton compte.\n\n"
         "L'équipe N26\nN26 Bank SE. Cet e-mail a été généré automatiquement.\n")
    pn("n26_fr_prelevement_spotify", A("N26", "no-reply@n26.com"), "Prélèvement débité", D(4, 5, 12),
       text(t), "fr", "N26", "direct debit taken (French N26)", "out", "12.99", reference="SPOTIFY AB",
       value_date="2026-12-04")

    # --- Revolut Business
    html = simple_html("You received €2,400.00",
                       [("From", "HALVORSEN LOGISTICS B.V."), ("Reference", "INV-0431"),
                        ("Account", "EUR Main")],
                       "Revolut Bank UAB. You are receiving this email because you have notifications enabled "
                       "for incoming payments in Revolut Business.", "#191c1f")
    t = ("You received €2,400.00 from HALVORSEN LOGISTICS B.V.\nReference: INV-0431\nAccount: EUR Main\n\n"
         "Revolut Business\n")
    pn("revolut_en_received_halvorsen", A("Revolut Business", "no-reply@revolut.com"),
       "You received €2,400.00 from HALVORSEN LOGISTICS B.V.", D(3, 13, 40, UTC), alt(t, html), "en",
       "Revolut Business", "English, amount and payer in subject", "in", "2400.00",
       payer="HALVORSEN LOGISTICS B.V.", reference="INV-0431", value_date="2026-12-03", cap="yes")

    t = ("A card payment of €18.00 at CANVA* 0412-5519 was declined because your card is frozen.\n"
         "Unfreeze it in the app to try again.\n\nRevolut Business\n")
    pn("revolut_en_card_declined_frozen", A("Revolut Business", "no-reply@revolut.com"),
       "Card payment declined", D(1, 15, 3, UTC), text(t), "en", "Revolut Business",
       "declined card payment", "failed", "18.00", reference="CANVA* 0412-5519", value_date="2026-12-01")

    # --- Wise
    t = ("Hi Camille,\n\nYou've got 1,150.00 EUR from Mapleleaf Studio Inc.\nIt's now in your EUR balance.\n\n"
         "Reference: INV-0430\n\nThe Wise Team\n\nWise Europe SA. You're receiving this email because you have "
         "a Wise account. Please don't reply to this email.\n")
    pn("wise_en_got_eur_mapleleaf", A("Wise", "noreply@wise.com"), "You've got 1,150.00 EUR",
       D(4, 15, 20, UTC), text(t), "en", "Wise", "Wise 'You've got' wording", "in", "1150.00",
       payer="Mapleleaf Studio Inc.", reference="INV-0430", value_date="2026-12-04", cap="yes")

    t = ("Hi Camille,\n\nBrightloop Ltd is sending you 980.00 GBP. We'll let you know as soon as the money "
         "arrives in your account - it should be by Monday, 7 December.\n\nThe Wise Team\n")
    pn("wise_en_money_on_its_way", A("Wise", "noreply@wise.com"), "Brightloop Ltd is sending you money",
       D(4, 16, 55, UTC), text(t), "en", "Wise", "announced payment, not arrived", "none", "980.00",
       currency="GBP", notes="announced only; payer empty because money not in yet")

    # --- Stripe
    t = ("Your payout of €3,214.50 is on its way to your bank account ending in 0192.\n\nExpected arrival: "
         "Dec 3, 2026\nPayout ID: po_1QxR3u2eZvKYlo2C8aF0pT4d\n\nThis payout includes 14 payments.\n\n"
         "— The Stripe team\n\nYou're receiving this email because you're an administrator of Roussel Studio "
         "on Stripe.\n")
    pn("stripe_en_payout_on_its_way", A("Stripe", "notifications@stripe.com"),
       "Your €3,214.50 payout for Roussel Studio is on its way", D(1, 3, 10, UTC), text(t), "en", "Stripe",
       "payout bundling 14 payments", "in", "3214.50", reference="po_1QxR3u2eZvKYlo2C8aF0pT4d",
       value_date="2026-12-03", cap="no_aggregate")

    t = ("Roussel Studio received a payment\n\nAmount: €1,200.00\nCustomer: Léa Moreau (lea.moreau@example.com)\n"
         "Description: Acompte refonte site - F-2026-0440\nPayment method: Visa •••• 4242\n\n"
         "View payment in the Dashboard.\n\nYou're receiving this email because you have 'Successful payments' "
         "notifications turned on.\n")
    pn("stripe_en_payment_succeeded_lea", A("Stripe", "notifications@stripe.com"),
       "Payment of €1,200.00 from Léa Moreau", D(2, 10, 45, UTC), text(t), "en", "Stripe",
       "single card payment captured", "in", "1200.00", payer="Léa Moreau",
       reference="Acompte refonte site - F-2026-0440", value_date="2026-12-02", cap="yes")

    t = ("A customer has disputed a payment\n\nAmount: €450.00\nReason: Product not received\nCustomer: "
         "tim@quayside-games.com\nRespond by: Dec 14, 2026\n\nThe disputed amount and a €20.00 fee have been "
         "withdrawn from your balance. Submit evidence in the Dashboard to challenge the dispute.\n\n"
         "— The Stripe team\n")
    pn("stripe_en_dispute_opened", A("Stripe", "notifications@stripe.com"),
       "Action required: A payment was disputed", D(3, 20, 2, UTC), text(t), "en", "Stripe",
       "chargeback/dispute", "chargeback", "450.00", value_date="2026-12-03")

    t = ("Your payout of €812.40 to your bank account ending in 0192 failed.\n\nReason: The bank account "
         "has been closed.\nThe funds have been returned to your Stripe balance. Update your bank account "
         "details to receive future payouts.\n\n— The Stripe team\n")
    pn("stripe_en_payout_failed", A("Stripe", "notifications@stripe.com"), "Your payout failed",
       D(0, 11, 30, UTC), text(t), "en", "Stripe", "payout failed", "failed", "812.40",
       value_date="2026-11-30")

    # --- PayPal
    html = simple_html("Vous avez reçu 350,00 € EUR de Léon Dubois",
                       [("Montant reçu", "350,00 € EUR"), ("Note", "Facture F-2026-0437 merci !"),
                        ("N° de transaction", "7RX12345AB678901C")],
                       "Ne répondez pas à cet e-mail. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard "
                       "Royal L-2449, Luxembourg.", "#003087")
    pn("paypal_fr_paiement_recu_leon", A("service@paypal.fr", "service@paypal.fr"),
       "Vous avez reçu un paiement", D(1, 20, 17), text(html, "html"), "fr", "PayPal",
       "HTML-only, money in with note", "in", "350.00", payer="Léon Dubois",
       reference="Facture F-2026-0437 merci !", value_date="2026-12-01", cap="yes")

    t = ("Bonjour Roussel Studio,\n\nVous avez remboursé 75,00 € EUR à Marie Lenglet.\n\nN° de transaction : "
         "4BD98765CE432109F\n\nCordialement,\nPayPal\n")
    pn("paypal_fr_remboursement_envoye", A("service@paypal.fr", "service@paypal.fr"),
       "Vous avez envoyé un remboursement", D(2, 11, 58), text(t), "fr", "PayPal", "refund issued by owner",
       "refund", "75.00", reference="4BD98765CE432109F", value_date="2026-12-02")

    # --- SumUp
    t = ("Bonjour,\n\nVotre versement de 412,60 € a été effectué sur votre compte bancaire FR76 **** 0192.\n"
         "Il regroupe 9 transactions du 28/11/2026 au 30/11/2026 (frais déduits : 7,40 €).\n\nL'équipe SumUp\n")
    pn("sumup_fr_versement_effectue", A("SumUp", "noreply@sumup.com"), "Votre versement a été effectué",
       D(1, 8, 3), text(t), "fr", "SumUp", "aggregated payout of card terminal sales", "in", "412.60",
       value_date="2026-12-01", cap="no_aggregate")

    # --- GoCardless
    t = ("Bonjour,\n\nLe paiement de 600,00 EUR de Studio Pixeline a été encaissé et sera versé sur votre "
         "compte dans votre prochain virement.\n\nRéférence : RS-MAINT-DEC\n\nGoCardless Ltd\n")
    pn("gocardless_fr_paiement_encaisse", A("GoCardless", "help@gocardless.com"),
       "Paiement encaissé : 600,00 EUR de Studio Pixeline", D(3, 12, 5), text(t), "fr", "GoCardless",
       "direct debit collected from a client", "in", "600.00", payer="Studio Pixeline",
       reference="RS-MAINT-DEC", value_date="2026-12-03", cap="yes")

    t = ("Hi,\n\nA payment of €420.00 from Fabre Cycles has failed.\nReason: The customer's bank account "
         "had insufficient funds.\nWe will retry the payment automatically on 9 December 2026.\n\nGoCardless\n")
    pn("gocardless_en_payment_failed", A("GoCardless", "help@gocardless.com"), "A payment has failed",
       D(2, 7, 15, UTC), text(t), "en", "GoCardless", "failed direct debit, retry scheduled", "failed",
       "420.00", value_date="2026-12-02")

    # --- Mollie
    t = ("Hello Roussel Studio,\n\nWe have transferred a settlement of €1,036.25 to your bank account.\n"
         "Settlement reference: 1182.2612.04\nNumber of payments: 6\n\nMollie B.V., Amsterdam\n")
    pn("mollie_en_settlement", A("Mollie", "noreply@mollie.com"), "Your settlement has been paid out",
       D(4, 7, 40, UTC), text(t), "en", "Mollie", "settlement of 6 payments", "in", "1036.25",
       reference="1182.2612.04", value_date="2026-12-04", cap="no_aggregate")

    # --- PayPlug
    html = simple_html("Nouveau paiement reçu",
                       [("Montant", "280,00 €"), ("Client", "Bertrand Noël"), ("Référence", "F-2026-0441")],
                       "PayPlug - Vous recevez cet e-mail car vous êtes administrateur du compte.", "#2f3a4a")
    t = "Nouveau paiement reçu : 280,00 € de Bertrand Noël (F-2026-0441).\n\nPayPlug\n"
    pn("payplug_fr_paiement_recu", A("PayPlug", "notifications@payplug.com"), "Nouveau paiement reçu",
       D(3, 18, 12), alt(t, html), "fr", "PayPlug", "online card payment captured", "in", "280.00",
       payer="Bertrand Noël", reference="F-2026-0441", value_date="2026-12-03", cap="yes")

    # --- Sumeria (ex-Lydia)
    t = ("Tu as reçu 80,00 € de Julie Perrin.\n« atelier lettering 👍 »\n\nL'argent est disponible sur ton "
         "compte Sumeria.\n\nSumeria (anciennement Lydia)\n")
    pn("sumeria_fr_tu_as_recu", A("Sumeria", "noreply@sumeria.eu"), "Julie Perrin t'a envoyé 80,00 €",
       D(0, 21, 33), text(t), "fr", "Sumeria", "peer-to-peer, tu, emoji message", "in", "80.00",
       payer="Julie Perrin", reference="atelier lettering 👍", value_date="2026-11-30", cap="yes",
       notes="sender domain assumed for Sumeria/Lydia")

    # --- Pennylane bank feed
    t = ("Bonjour Camille,\n\nBonne nouvelle : la facture F-2026-0409 (BRICOMAX DISTRIBUTION) a été "
         "rapprochée d'une transaction bancaire et est désormais marquée comme payée.\n\nTransaction : "
         "VIR BRICOMAX DISTRIBUTION FA F-2026-0409\nMontant : +2 450,00 €\nDate : 04/12/2026\n\n"
         "L'équipe Pennylane\n")
    pn("pennylane_fr_facture_rapprochee", A("Pennylane", "notifications@pennylane.com"),
       "Facture F-2026-0409 payée", D(4, 13, 2), text(t), "fr", "Pennylane",
       "accounting bank-feed reconciliation notice", "in", "2450.00", payer="BRICOMAX DISTRIBUTION",
       reference="FA F-2026-0409", value_date="2026-12-04", cap="yes")

    # --- Indy digest mixed
    t = ("Bonjour Camille,\n\n3 nouvelles transactions ont été synchronisées depuis votre banque :\n\n"
         "  + 1 800,00 €   02/12   VIR COFFEE AND CO F-2026-0400\n"
         "  -    34,90 €   02/12   CB ADOBE *CREATIVE CLD\n"
         "  -    15,00 €   02/12   FRAIS TENUE DE COMPTE\n\nPensez à les catégoriser.\n\nIndy\n")
    pn("indy_fr_trois_transactions", A("Indy", "hello@indy.fr"), "3 nouvelles transactions à catégoriser",
       D(3, 6, 0), text(t), "fr", "Indy", "bank-feed digest: one credit, two debits", "in|out|out",
       "1800.00|34.90|15.00", payer="COFFEE AND CO||", reference="F-2026-0400|ADOBE *CREATIVE CLD|FRAIS TENUE DE COMPTE",
       value_date="2026-12-02|2026-12-02|2026-12-02", cap="yes",
       notes="cap=yes for the credit line; the two debits are not payments")

    # --- remittance advice FR
    t = ("AVIS DE PAIEMENT\n\nGROUPE SOREVAL - Comptabilité fournisseurs\n\nBénéficiaire : ROUSSEL STUDIO\n"
         "Mode de règlement : virement SEPA\nDate de règlement : 08/12/2026\n\n"
         "N° facture      Date facture   Montant\nF-2026-0390     02/10/2026     4 560,00 EUR\n\n"
         "Total réglé : 4 560,00 EUR\n\nCe message est généré automatiquement par notre système comptable.\n")
    pn("soreval_fr_avis_de_paiement", A("Soreval Paiements", "noreply-paiements@soreval-groupe.fr"),
       "Avis de paiement - ROUSSEL STUDIO", D(4, 18, 5),
       multi("mixed", [text(t), attach("application/pdf", "AvisPaiement_0000458812.pdf", pdf("Avis de paiement"))]),
       "fr", "Groupe Soreval", "client's ERP remittance advice with PDF", "in", "4560.00",
       payer="GROUPE SOREVAL", reference="F-2026-0390", value_date="2026-12-08", cap="no_claim")

    # --- remittance advice EN
    t = ("Payment Advice\n\nVendor: ROUSSEL STUDIO (V-20931)\nPayment document: 2000041873\n"
         "Payment date: 03.12.2026\nAmount: 2,400.00 EUR\n\nInvoice INV-0431   2,400.00 EUR\n\n"
         "This is a system generated message. Please do not reply.\n")
    pn("halvorsen_en_payment_advice", A("Halvorsen AP", "sap-noreply@halvorsen-logistics.nl"),
       "Payment Advice Note from Halvorsen Logistics B.V.", D(3, 4, 30, UTC), text(t), "en",
       "Halvorsen Logistics", "SAP-style payment advice", "in", "2400.00", payer="Halvorsen Logistics B.V.",
       reference="INV-0431", value_date="2026-12-03", cap="no_claim")

    # --- Qonto statement
    t = ("Bonjour Camille,\n\nVotre relevé de compte de novembre 2026 est disponible dans l'onglet "
         "Documents de votre espace Qonto.\n\nL'équipe Qonto\nVous recevez cet email car vous êtes titulaire "
         "du compte ROUSSEL STUDIO.\n")
    pn("qonto_fr_releve_novembre", A("Qonto", "notifications@qonto.com"),
       "Votre relevé de novembre est disponible", D(1, 6, 0), text(t), "fr", "Qonto", "monthly statement",
       "statement", "")


# ================================================================ auto_reply
def ar(name, frm, subj, date, part, lang, group, pattern, facts="", n=None, extra=None, notes="", dom=None):
    d = dom or frm.split("@")[-1].rstrip(">")
    hs = reply_headers(frm, subj, date, mid("auto", d), n=n, to=OWNER_FULL, extra=extra)
    add("auto_reply", name, message(hs, part), lang, group, pattern, facts=facts, notes=notes)


def build_auto():
    ar("outlook_fr_reponse_automatique_7dec", A("Sébastien Royer", "s.royer@mediacom-ouest.fr"),
       "Réponse automatique : " + rsubj_fr("F-2026-0406"), D(0, 8, 31),
       text("Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 7 décembre, sans accès à mes e-mails.\n"
            "Pour toute urgence, merci de contacter Anne Fleury (a.fleury@mediacom-ouest.fr).\n\n"
            "Cordialement,\nSébastien Royer\n"),
       "fr", "Exchange Online", "Outlook OOF with 'Réponse automatique :' and Auto-Submitted",
       facts="ooo_until=2026-12-07", n=406,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "s.royer@mediacom-ouest.fr")],
       notes="ooo_until is the date stated ('jusqu'au lundi 7 décembre')")

    ar("gmail_en_vacation_back_14dec", A("Rachel Kim", "rachel@example.com"), "Re: " + rsubj_en("INV-0432"),
       D(1, 8, 30, UTC),
       text("Thanks for your email. I'm on vacation with limited connectivity and will be back on "
            "Monday, December 14. I'll reply as soon as I can after that.\n\nRachel\n"),
       "en", "Gmail vacation responder", "Gmail vacation, Auto-Submitted only", facts="ooo_until=2026-12-14",
       n=432, extra=[("Auto-Submitted", "auto-replied")],
       notes="back on 14 Dec given as return date")

    ar("nohdr_fr_absence_du_bureau_janvier", A("Marie-Pierre Guérin", "mp.guerin@guerin-notaires.fr"),
       "Absence du bureau", D(2, 9, 40),
       text("Bonjour,\n\nL'étude est fermée pour congés annuels. Je serai de retour le lundi 4 janvier 2027.\n"
            "Votre message sera traité à mon retour.\n\nBonnes fêtes de fin d'année,\nMarie-Pierre Guérin\n"
            "Étude Guérin & Associés, notaires\n"),
       "fr", "Étude Guérin", "absence notice without any auto-reply header, not a Re: subject",
       facts="ooo_until=2027-01-04", notes="no Auto-Submitted, no In-Reply-To")

    ar("outlook_en_out_of_office_no_date", A("Marcus Fell", "marcus.fell@harbourlight.co.uk"),
       "Automatic reply: " + rsubj_en("INV-0428"), D(1, 8, 32, UTC),
       multi("alternative", [text("I am currently out of the office with limited access to email. "
                                  "For invoices please contact finance@harbourlight.co.uk.\n"),
                             text("<html><body><p>I am currently out of the office with limited access to "
                                  "email. For invoices please contact <a href=\"mailto:finance@harbourlight.co.uk\">"
                                  "finance@harbourlight.co.uk</a>.</p></body></html>", "html")]),
       "en", "Exchange Online", "English OOF without return date", n=428,
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

    ar("ap_fr_accuse_reception_45j", A("Comptabilité Fournisseurs", "factures@groupe-alizes.fr"),
       "Accusé de réception : " + rsubj_fr("F-2026-0410"), D(0, 8, 35),
       text("Bonjour,\n\nNous accusons réception de votre message. Ce message est généré automatiquement.\n\n"
            "Rappel de nos conditions : les factures fournisseurs sont réglées à 45 jours fin de mois à "
            "compter de leur date d'émission, par virement, sous réserve de la présence d'un numéro de "
            "commande valide. Merci de ne pas envoyer de relance avant l'échéance et de ne pas renvoyer "
            "vos factures en double.\n\nService Comptabilité Fournisseurs - Groupe Alizés\n"),
       "fr", "Groupe Alizés", "accounts-payable autoresponder quoting payment terms", n=410,
       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

    ar("ap_en_net60_xautoreply", A("Accounts Payable", "ap-inbox@quantel-systems.com"),
       "Re: " + rsubj_en("INV-0434"), D(1, 8, 31, UTC),
       text("Thank you for contacting Quantel Systems Accounts Payable.\n\nThis mailbox is monitored "
            "Monday to Friday. Please allow 5 business days for a response. Our standard payment terms "
            "are net 60 days from receipt of a valid invoice referencing a PO number. To check the status "
            "of an invoice, please use our supplier portal.\n\nThis is an automated message.\n"),
       "en", "Quantel Systems", "AP autoresponder with X-Autoreply, net 60", n=434,
       extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")])

    ar("zendesk_fr_ticket_48213", A("Support Kiosque Digital", "support@kiosque-digital.fr"),
       "[Ticket #48213] " + rsubj_fr("F-2026-0435"), D(2, 8, 31),
       alt("Bonjour,\n\nVotre demande (n° 48213) a bien été reçue. Un membre de notre équipe vous répondra "
           "dans les meilleurs délais.\n\nPour ajouter des informations, répondez simplement à cet e-mail.\n\n"
           "Kiosque Digital - Service client\n",
           "<html><body><p>Bonjour,</p><p>Votre demande (n° 48213) a bien été reçue. Un membre de notre équipe "
           "vous répondra dans les meilleurs délais.</p><p style=\"color:#999\">##- Veuillez répondre au-dessus "
           "de cette ligne -##</p></body></html>"),
       "fr", "Zendesk-style helpdesk", "ticket autoresponder", n=435,
       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")])

    ar("freshdesk_en_request_received", A("Oakridge Support", "support@oakridge-press.example.com"),
       "Request received: " + rsubj_en("INV-0436"), D(3, 8, 31, UTC),
       text("Dear Camille,\n\nWe would like to acknowledge that we have received your request and a ticket "
            "has been created (#2291).\nA support representative will be reviewing your request and will "
            "send you a personal response (usually within 24 hours).\n\nThank you for your patience.\n"
            "Sincerely,\nOakridge Press Support Team\n"),
       "en", "Freshdesk-style helpdesk", "ticket acknowledgement", n=436,
       extra=[("Precedence", "auto_reply")])

    mdn_txt = ("Votre message\n\n   À : a.girard@atelier-girard.fr\n   Objet : " + rsubj_fr("F-2026-0397") +
               "\n   Envoyé : 30/11/2026 08:30\n\na été lu le 30/11/2026 11:02.\n")
    mdn = ("Reporting-UA: atelier-girard.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;a.girard@atelier-girard.fr\n"
           "Original-Message-ID: " + rem_id(397) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    ar("mdn_fr_lu_outlook", A("Alexandre Girard", "a.girard@atelier-girard.fr"), "Lu : " + rsubj_fr("F-2026-0397"),
       D(0, 11, 2),
       multi("report", [text(mdn_txt), raw("message/disposition-notification", mdn.encode())],
             params="; report-type=disposition-notification"),
       "fr", "Outlook MDN", "read receipt 'Lu :' multipart/report", n=397)

    mdn = ("Reporting-UA: example.net; Thunderbird 128.5.0\nOriginal-Recipient: rfc822;kai.schmidt@example.net\n"
           "Final-Recipient: rfc822;kai.schmidt@example.net\nOriginal-Message-ID: " + rem_id(440) +
           "\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    ar("mdn_en_return_receipt_thunderbird", A("Kai Schmidt", "kai.schmidt@example.net"),
       "Return Receipt (displayed) - " + rsubj_en("INV-0440"), D(2, 14, 0),
       multi("report", [text("This is a Return Receipt for the mail that you sent to kai.schmidt@example.net.\n\n"
                             "Note: This Return Receipt only acknowledges that the message was displayed on the "
                             "recipient's computer. There is no guarantee that the recipient has read or "
                             "understood the message contents.\n"),
                        raw("message/disposition-notification", mdn.encode())],
             params="; report-type=disposition-notification"),
       "en", "Thunderbird MDN", "English read receipt", n=440)

    ar("challenge_fr_confirmez_humain", A("Protection anti-spam", "noreply@antispam-protect.example.com"),
       "Confirmez votre envoi à contact@studio-noria.fr", D(3, 8, 32),
       alt("Bonjour,\n\nVous avez envoyé un message à contact@studio-noria.fr, qui est protégé par un filtre "
           "anti-spam. Afin de confirmer que vous n'êtes pas un robot, merci de cliquer sur le lien ci-dessous. "
           "Cette opération n'est à faire qu'une seule fois.\n\nhttps://verify.antispam-protect.example.com/c/8Jx2Qa\n\n"
           "Votre message sera délivré après validation.\n",
           "<html><body><p>Vous avez envoyé un message à <b>contact@studio-noria.fr</b>, protégé par un filtre "
           "anti-spam.</p><p><a href=\"https://verify.antispam-protect.example.com/c/8Jx2Qa\">Je ne suis pas un "
           "robot</a></p></body></html>"),
       "fr", "challenge-response", "challenge-response asking to confirm human sender", n=441,
       extra=[("Auto-Submitted", "auto-replied")], dom="antispam-protect.example.com")

    ar("outlook_fr_conge_maternite", A("Laetitia Bouvier", "l.bouvier@bouvier-traiteur.fr"),
       "Réponse automatique : RE: " + rsubj_fr("F-2026-0394"), D(4, 8, 31),
       text("Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 15 mars 2027.\nPour toute "
            "question relative à la facturation, merci de contacter Thomas Bouvier : "
            "thomas@bouvier-traiteur.fr.\n\nLaetitia Bouvier\n", cs="windows-1252"),
       "fr", "Exchange", "maternity leave, long absence", facts="ooo_until=2027-03-15", n=394,
       extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")])

    ar("ap_fr_adresse_plus_surveillee_portail", A("Ne pas répondre", "facturation@centrale-achats-ouest.fr"),
       "Re: " + rsubj_fr("F-2026-0442"), D(1, 8, 31),
       text("Ceci est une réponse automatique.\n\nCette adresse n'est plus surveillée depuis le 1er octobre "
            "2026. Les factures et relances doivent désormais être déposées sur notre portail fournisseurs "
            "ou sur Chorus Pro pour les entités publiques. Aucun traitement ne sera effectué à partir de "
            "cette boîte.\n"),
       "fr", "Centrale Achats Ouest", "unmonitored mailbox autoresponder, redirects to supplier portal",
       n=442, extra=[("Auto-Submitted", "auto-replied")])

    ar("contact_fr_reponse_48h", A("Maison Berthier", "contact@maison-berthier.fr"),
       "Nous avons bien reçu votre message", D(4, 8, 31),
       text("Bonjour,\n\nMerci pour votre message ! Nous vous répondrons sous 48 heures ouvrées.\n\n"
            "L'équipe Maison Berthier\n"),
       "fr", "Maison Berthier", "generic contact-form style autoresponder, fresh subject", n=443,
       extra=[("Auto-Submitted", "auto-replied")])

    ar("ooo_en_back_dec3_xautoreply", A("Sven Lindqvist", "sven.lindqvist@example.org"),
       "Out of Office: " + rsubj_en("INV-0438"), D(1, 8, 33),
       text("Hi,\n\nI'm travelling and back in the office on Dec 3rd. Your email will not be forwarded.\n\nSven\n"),
       "en", "generic MTA vacation", "X-Autoreply + Precedence auto_reply, short date",
       facts="ooo_until=2026-12-03", n=438,
       extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
       notes="'back on Dec 3rd': return date given")


# ================================================================ bounce
def bn(name, frm, subj, date, part, lang, group, pattern, rcpt, final=True, extra=None, notes="", dom=None):
    d = dom or frm.split("@")[-1].rstrip(">")
    hs = [("From", frm), ("To", OWNER), ("Subject", H(subj)), ("Date", date), ("Message-ID", mid("dsn", d)),
          ("Auto-Submitted", "auto-replied")] + (extra or [])
    facts = "failed_recipient=" + rcpt if rcpt else ""
    if not final:
        facts += ";bounce_final=no"
    add("bounce", name, message(hs, part), lang, group, pattern, facts=facts, notes=notes)


def dsn_status(mta, rcpt, action, status, diag, remote=None, arrival=None):
    s = "Reporting-MTA: dns; %s\n" % mta
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    s += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return raw("message/delivery-status", s.encode())


def orig(n, inv, to, lang="fr", headers_only=False):
    r = reminder_raw(n, inv, to, lang)
    if headers_only:
        return raw("text/rfc822-headers", r.split(b"\n\n", 1)[0] + b"\n")
    return raw("message/rfc822", r)


def build_bounces():
    rc = "compta.leblanc@example.com"
    bn("gmail_en_address_not_found", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
       "Delivery Status Notification (Failure)", D(0, 8, 31, UTC),
       multi("report", [alt("** Address not found **\n\nYour message wasn't delivered to %s because the address "
                            "couldn't be found, or is unable to receive mail.\n\nLearn more here: "
                            "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The "
                            "email account that you tried to reach does not exist.\n" % rc,
                            "<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> "
                            "because the address couldn't be found, or is unable to receive mail.</p></body></html>" % rc),
                        dsn_status("mx.google.com", rc, "failed", "5.1.1",
                                   "550-5.1.1 The email account that you tried to reach does not exist.",
                                   "gmail-smtp-in.l.google.com"),
                        orig(444, "F-2026-0444", rc)], params="; report-type=delivery-status"),
       "en", "Gmail", "Gmail NDR with DSN and original", rc)

    rc = "j.fontaine@atelier-fontaine.fr"
    bn("exchange_en_undeliverable_recipient_not_found",
       A("Microsoft Outlook", "postmaster@atelier-fontaine.fr"),
       "Undeliverable: " + rsubj_fr("F-2026-0445"), D(0, 8, 32, UTC),
       multi("report", [alt("Your message to %s couldn't be delivered.\n\nj.fontaine wasn't found at "
                            "atelier-fontaine.fr.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                            "Recipient not found by SMTP address lookup'\n" % rc,
                            "<html><body><div style=\"font-family:Segoe UI\"><p>Your message to <b>%s</b> couldn't "
                            "be delivered.</p><p>j.fontaine wasn't found at atelier-fontaine.fr.</p><p>Action "
                            "Required: Recipient</p></div></body></html>" % rc),
                        dsn_status("AM0PR04MB1234.eurprd04.prod.outlook.com", rc, "failed", "5.1.10",
                                   "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                        orig(445, "F-2026-0445", rc, headers_only=True)], params="; report-type=delivery-status"),
       "en", "Exchange Online", "Exchange Online NDR from the recipient tenant, text/rfc822-headers", rc,
       extra=[("X-MS-Exchange-Message-Is-Ndr", "")])

    rc = "gilles.morin@wanadoo.fr"
    bn("orange_fr_boite_pleine", A("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
       "Undelivered Mail Returned to Sender", D(1, 8, 34),
       multi("report", [text("Ce message vous est envoyé par le serveur de messagerie.\n\nVotre message n'a pas "
                             "pu être remis au destinataire suivant :\n\n<%s> : boîte aux lettres pleine "
                             "(552 5.2.2 Mailbox full / Quota exceeded)\n\nThis is the mail system. Your message "
                             "could not be delivered to the recipient above: mailbox full.\n" % rc),
                        dsn_status("smtp.orange.fr", rc, "failed", "5.2.2", "552 5.2.2 Mailbox full",
                                   "mwinf-in.wanadoo.fr"),
                        orig(446, "F-2026-0446", rc)], params="; report-type=delivery-status"),
       "fr", "Orange", "bilingual mailbox-full NDR (wanadoo address)", rc)

    rc = "mamie.rose.creperie@free.fr"
    bn("free_fr_postfix_user_unknown", A("Mail Delivery System", "MAILER-DAEMON@mx1.free.fr"),
       "Undelivered Mail Returned to Sender", D(1, 8, 36),
       multi("report", [text("This is the mail system at host mx1.free.fr.\n\nI'm sorry to have to inform you "
                             "that your message could not\nbe delivered to one or more recipients. It's attached "
                             "below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                             "                   The mail system\n\n<%s>: user unknown\n" % rc),
                        dsn_status("mx1.free.fr", rc, "failed", "5.1.1", "X-Postfix; user unknown"),
                        orig(447, "F-2026-0447", rc)], params="; report-type=delivery-status"),
       "en", "Free", "Postfix NDR from the recipient's ISP (free.fr mailbox closed)", rc,
       notes="Diagnostic-Code uses the X-Postfix type as Postfix does for local failures")

    rc = "facturation@bois-et-lumiere.fr"
    bn("ovh_fr_rejet_550", A("Mail Delivery System", "MAILER-DAEMON@mo512.mail-out.ovh.net"),
       "Undelivered Mail Returned to Sender", D(2, 8, 31),
       multi("report", [text("This is the mail system at host mo512.mail-out.ovh.net.\n\nI'm sorry to have to "
                             "inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                             "<%s>: host mx1.mail.ovh.net[0.0.0.0] said: 550 5.1.1\n    <%s>: Recipient address "
                             "rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n" % (rc, rc)),
                        dsn_status("mo512.mail-out.ovh.net", rc, "failed", "5.1.1",
                                   "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rc,
                                   "mx1.mail.ovh.net"),
                        orig(448, "F-2026-0448", rc)], params="; report-type=delivery-status"),
       "en", "OVH", "OVH outbound Postfix, user unknown", rc)

    rc = "direction@serres-du-lac.fr"
    bn("postfix_en_delayed_warning", A("Mail Delivery System", "MAILER-DAEMON@mail.roussel-studio.fr"),
       "Delayed Mail (still being retried)", D(1, 12, 31),
       multi("report", [text("This is the mail system at host mail.roussel-studio.fr.\n\n####################"
                             "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO "
                             "RESEND YOUR MESSAGE. #\n####################################################\n\n"
                             "Your message could not be delivered for more than 4 hour(s).\nIt will be retried "
                             "until it is 5 day(s) old.\n\n<%s>: connect to mx.serres-du-lac.fr[0.0.0.0]:25: "
                             "Connection timed out\n" % rc),
                        dsn_status("mail.roussel-studio.fr", rc, "delayed", "4.4.1",
                                   "X-Postfix; connect to mx.serres-du-lac.fr: Connection timed out"),
                        orig(449, "F-2026-0449", rc, headers_only=True)], params="; report-type=delivery-status"),
       "en", "Postfix", "delay warning, Action: delayed", rc, final=False)

    rc = "accounts@thornbury-events.co.uk"
    bn("exim_en_no_dsn_part", A("Mail Delivery System", "Mailer-Daemon@mail.thornbury-host.co.uk"),
       "Mail delivery failed: returning message to sender", D(2, 8, 40, UTC),
       text("This message was created automatically by mail delivery software.\n\nA message that you sent "
            "could not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
            "address(es) failed:\n\n  %s\n    host mx.thornbury-events.co.uk [0.0.0.0]\n    SMTP error from "
            "remote mail server after RCPT TO:<%s>:\n    550 No such recipient here\n\n------ This is a copy of "
            "the message, including all the headers. ------\n\n" % (rc, rc)
            + reminder_raw(450, "INV-0450", rc, "en").decode()),
       "en", "Exim", "Exim plain-text bounce, no machine-readable DSN part", rc)

    rc = "c.perrot@perrot-ingenierie.fr"
    bn("exchange_fr_remise_differee", A("Microsoft Outlook", "postmaster@perrot-ingenierie.fr"),
       "Remise différée : " + rsubj_fr("F-2026-0451"), D(2, 12, 50),
       multi("report", [text("La remise du message est différée.\n\nLe serveur continuera de tenter la remise "
                             "jusqu'au 04/12/2026 08:31:00.\n\nDestinataires ayant subi un retard :\n%s\n\n"
                             "Le serveur distant a retourné le message « 451 4.4.0 Primary target IP address "
                             "responded with: 421 4.4.2 Connection dropped » \n" % rc),
                        dsn_status("EX01.perrot-ingenierie.local", rc, "delayed", "4.4.7",
                                   "451 4.4.0 Primary target IP address responded with 421 4.4.2"),
                        orig(451, "F-2026-0451", rc, headers_only=True)], params="; report-type=delivery-status"),
       "fr", "Exchange", "French Exchange delay notice", rc, final=False)

    rc = "sales@coastline-print.example.com"
    bn("gmail_en_message_blocked", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
       "Delivery Status Notification (Failure)", D(3, 8, 31, UTC),
       multi("report", [text("** Message blocked **\n\nYour message to %s has been blocked. See technical details "
                             "below for more information.\n\nThe response was:\n\n550 5.7.1 Message rejected due "
                             "to content restrictions (policy: attachments)\n" % rc),
                        dsn_status("mx.google.com", rc, "failed", "5.7.1",
                                   "550 5.7.1 Message rejected due to content restrictions"),
                        orig(452, "INV-0452", rc, "en")], params="; report-type=delivery-status"),
       "en", "Gmail", "policy rejection, 'Message blocked'", rc)

    rc = "info@vieux-moulin.example.org"
    bn("qmail_en_failure_notice", A("MAILER-DAEMON", "MAILER-DAEMON@mx.vieux-moulin.example.org"),
       "failure notice", D(3, 9, 5, UTC),
       text("Hi. This is the qmail-send program at mx.vieux-moulin.example.org.\nI'm afraid I wasn't able to "
            "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry "
            "it didn't work out.\n\n<%s>:\nThis mailbox is disabled (554 5.2.1)\n\n--- Below this line is a copy "
            "of the message.\n\n" % rc + reminder_raw(453, "F-2026-0453", rc).decode()),
       "en", "qmail", "qmail plain-text bounce, no DSN part", rc)

    rc = "n.caron@example.fr"
    bn("courier_fr_bilingue_pas_de_destinataire", A("MAILER-DAEMON", "MAILER-DAEMON@mail.example.fr"),
       "Attention : impossible d'envoyer un message", D(4, 8, 33),
       multi("report", [text("[ENGLISH BELOW]\n\nCe message vous a été envoyé par le serveur de messagerie sur "
                             "mail.example.fr.\n\nJ'ai le regret de vous informer que votre courrier n'a pas pu "
                             "être transmis à tous ses destinataires. L'expédition vers les destinataires "
                             "suivants a échoué définitivement :\n\n  <%s> : utilisateur inconnu\n\n"
                             "Sorry, but your mail could not be delivered to all recipients.\n" % rc),
                        dsn_status("mail.example.fr", rc, "failed", "5.1.1", "550 5.1.1 User unknown"),
                        orig(454, "F-2026-0454", rc)], params="; report-type=delivery-status"),
       "fr", "Courier-style MTA", "bilingual FR/EN bounce (based on public MTA templates)", rc)


# ================================================================ other
def ot(name, frm, subj, date, part, lang, group, pattern, extra=None, notes="", to=None, dom=None):
    d = dom or frm.split("@")[-1].rstrip(">")
    hs = [("From", frm), ("To", to or OWNER), ("Subject", H(subj)), ("Date", date),
          ("Message-ID", mid("m", d))] + (extra or [])
    add("other", name, message(hs, part), lang, group, pattern, notes=notes)


LU = [("List-Unsubscribe", "<https://links.example.com/unsub?u=8812>"),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def build_other():
    ot("qonto_fr_newsletter_nouveautes", A("Qonto", "news@qonto.com"), "Les nouveautés de Qonto en novembre ✨",
       D(1, 10, 0),
       alt("Camille, voici ce qui a changé ce mois-ci : factures électroniques, nouvelles intégrations "
           "comptables et cartes virtuelles illimitées.\n\nSe désabonner\n",
           "<html><body><h1>Les nouveautés de novembre</h1><p>Factures électroniques, intégrations, cartes "
           "virtuelles...</p><p><a href=\"#\">Se désabonner</a></p></body></html>"),
       "fr", "Qonto", "bank's own newsletter", extra=LU)

    ot("bnp_fr_marketing_offre_pro", A("BNP Paribas", "info@offres.bnpparibas"),
       "Camille, développez votre activité avec notre offre Pro", D(2, 11, 0),
       text("<html><body><p>Profitez de 6 mois de frais de tenue de compte offerts avec l'offre Esprit Libre "
            "Pro*.</p><p style=\"font-size:10px\">*Offre soumise à conditions. Pour ne plus recevoir nos offres, "
            "cliquez ici.</p></body></html>", "html"),
       "fr", "BNP Paribas", "bank marketing mentioning fees", extra=LU)

    ot("ovh_fr_facture_ovhcloud", A("OVHcloud", "noreply@ovh.com"), "Votre facture OVHcloud FR61234567",
       D(0, 4, 12),
       multi("mixed", [text("Bonjour,\n\nVotre facture FR61234567 d'un montant de 14,39 € TTC est disponible. "
                            "Elle sera prélevée sur votre moyen de paiement par défaut.\n\nL'équipe OVHcloud\n"),
                       attach("application/pdf", "Facture_FR61234567.pdf", pdf("Facture OVHcloud"))]),
       "fr", "OVHcloud", "supplier invoice to the owner with PDF",
       notes="announces a future debit but is an invoice, not a bank notice")

    ot("freepro_fr_facture_disponible", A("Free Pro", "facture@freepro.example.net"),
       "Votre facture Free Pro de décembre est disponible", D(1, 3, 40),
       text("Bonjour,\n\nVotre facture Free Pro n° 2026-12-77810 d'un montant de 39,99 € TTC est disponible "
            "dans votre Espace Abonné.\n\nMerci de ne pas répondre à ce message.\n"),
       "fr", "Free Pro", "telecom invoice notice", notes="sender domain fictional")

    ot("comptable_fr_facture_honoraires", A("Cabinet Duval Expertise", "facturation@duval-expertise.fr"),
       "Facture d'honoraires n° H-2026-1187", D(2, 9, 15),
       multi("mixed", [text("Bonjour Madame Roussel,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour "
                            "la tenue comptable du 4e trimestre, d'un montant de 420,00 € TTC, payable à réception "
                            "par virement.\n\nCordialement,\nCabinet Duval Expertise\n"),
                       attach("application/pdf", "H-2026-1187.pdf", pdf("Facture H-2026-1187"))]),
       "fr", "Cabinet Duval Expertise", "accountant's invoice TO the owner (owner must pay)")

    ot("urssaf_fr_nouveau_message", A("Urssaf", "ne_pas_repondre@urssaf.fr"),
       "Un nouveau document est disponible dans votre espace", D(1, 14, 30),
       text("Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne : échéancier de "
            "cotisations 2027.\nConnectez-vous sur urssaf.fr pour le consulter.\n\nCeci est un message "
            "automatique, merci de ne pas y répondre.\n"),
       "fr", "Urssaf", "administrative notification")

    ot("impots_fr_messagerie_securisee", A("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
       "Vous avez reçu un nouveau message dans votre messagerie sécurisée", D(3, 16, 0),
       text("Bonjour,\n\nUn nouveau message est disponible dans la messagerie sécurisée de votre espace "
            "professionnel sur impots.gouv.fr.\n\nLa DGFiP ne vous demandera jamais vos coordonnées bancaires "
            "par courriel.\n"),
       "fr", "DGFiP", "tax office notification")

    ot("malt_fr_nouvelle_mission", A("Malt", "notifications@malt.fr"),
       "Nouvelle proposition de projet : Refonte UX application mobile", D(2, 15, 20),
       alt("Bonjour Camille,\n\nUn client souhaite vous proposer un projet : Refonte UX application mobile "
           "(20 jours, Nantes / télétravail).\n\nRépondre sur Malt\n",
           "<html><body><p>Un client souhaite vous proposer un projet.</p><a href=\"#\">Voir le projet</a></body></html>"),
       "fr", "Malt", "freelance marketplace notification")

    ot("linkedin_fr_recherches", A("LinkedIn", "notifications-noreply@linkedin.com"),
       "Camille, vous êtes apparue dans 14 recherches cette semaine", D(3, 7, 30),
       alt("Vous êtes apparue dans 14 recherches cette semaine.\nVoir qui vous recherche\n\nSe désabonner\n",
           "<html><body><p>Vous êtes apparue dans <b>14</b> recherches cette semaine.</p></body></html>"),
       "fr", "LinkedIn", "social network notification", extra=LU)

    ot("phishing_fr_bnp_compte_suspendu", A("BNP Paribas Service Client", "securite@bnp-paribas-verif.example.com"),
       "Action requise : votre accès sera suspendu sous 24h", D(1, 3, 12),
       text("<html><body><p>Cher(e) client(e),</p><p>Suite à une mise à jour de sécurité DSP2, votre accès à "
            "votre espace client sera suspendu sous 24h. Un virement de 1 480,00 € est en attente de validation "
            "sur votre compte.</p><p><a href=\"http://bnp-paribas-verif.example.com/login\">Valider mon identité</a>"
            "</p></body></html>", "html"),
       "fr", "phishing", "bank phishing from look-alike domain, mentions a pending transfer",
       notes="imitates BNP Paribas; not from the bank")

    ot("phishing_fr_paypal_paiement_bloque", A("PayPal", "service@paypal-securite.example.net"),
       "Vous avez reçu un paiement de 1 480,00 € EUR - action requise", D(2, 2, 44),
       alt("Vous avez reçu un paiement de 1 480,00 € EUR de ATELIER VAUBAN. Pour recevoir les fonds, "
           "confirmez votre compte sous 48h : http://paypal-securite.example.net/confirm\n",
           "<html><body><p>Vous avez reçu un paiement de <b>1 480,00 € EUR</b>.</p><p><a href=\"http://"
           "paypal-securite.example.net/confirm\">Confirmer mon compte</a></p></body></html>"),
       "fr", "phishing", "PayPal phishing mimicking a money-in notice, uses a real client name",
       notes="imitates PayPal; label other per guide")

    ot("spam_fr_vous_avez_gagne", A("Service Gagnants", "gagnant@promo-noel.example.biz"),
       "Félicitations !!! Vous avez gagné un iPhone 17 Pro", D(4, 4, 4),
       text("Félicitations Camille !\n\nVous avez été tiré(e) au sort parmi nos clients. Réglez simplement "
            "les frais de livraison de 1,95 € pour recevoir votre iPhone 17 Pro.\n\nCliquez ici pour réclamer "
            "votre cadeau.\n"),
       "fr", "spam", "lottery spam")

    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261201T101500Z\n"
           "ORGANIZER;CN=Océane Brunet:mailto:oceane.brunet@la-cale-seche.fr\nUID:7kq3v1r8s0cale@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille@roussel-studio.fr:"
           "mailto:camille@roussel-studio.fr\nSUMMARY:Appel découverte - La Cale Sèche x Roussel Studio\n"
           "STATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    ot("gcal_fr_invitation_appel", A("Océane Brunet (via Google Agenda)", "calendar-notification@google.com"),
       "Invitation: Appel découverte - La Cale Sèche x Roussel Studio @ mar. 8 déc. 2026 10:00 - 11:00 (CET)",
       D(1, 11, 15),
       multi("mixed", [multi("alternative", [text("Vous avez été invité(e) à l'événement suivant.\n\nAppel "
                                                  "découverte - La Cale Sèche x Roussel Studio\nmar. 8 déc. 2026 "
                                                  "10:00 - 11:00 (CET)\n\nRépondre : Oui - Peut-être - Non\n"),
                                             raw("text/calendar; charset=UTF-8; method=REQUEST", ics.encode(), [("Content-Transfer-Encoding", "8bit")])]),
                       attach("application/ics", "invite.ics", ics.encode())]),
       "fr", "Google Calendar", "system-sent calendar invitation with text/calendar")

    ot("doctolib_fr_rappel_rdv", A("Doctolib", "no-reply@doctolib.fr"),
       "Rappel : votre rendez-vous demain à 08:45", D(2, 18, 0),
       text("Bonjour Camille,\n\nNous vous rappelons votre rendez-vous le jeudi 3 décembre 2026 à 08:45 avec "
            "Dr Sarah Lemoine (kinésithérapeute).\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous.\n"),
       "fr", "Doctolib", "appointment reminder")

    ot("colissimo_fr_colis_en_livraison", A("Colissimo", "noreply@notif-colissimo-laposte.info"),
       "Votre colis 6A12345678901 est en cours de livraison", D(3, 8, 5),
       text("Bonjour,\n\nVotre colis n° 6A12345678901 expédié par PAPETERIE DU MARAIS sera livré aujourd'hui "
            "entre 12h et 14h.\n\nSuivre mon colis\n"),
       "fr", "Colissimo", "shipping notice")

    ot("figma_en_password_reset", A("Figma", "no-reply@figma.com"), "Reset your Figma password", D(0, 22, 10),
       text("Hi Camille,\n\nWe received a request to reset your password. Click the link below to choose a new "
            "one. This link expires in 1 hour.\n\nIf you didn't request this, you can ignore this email.\n"),
       "en", "Figma", "password reset")

    ot("google_fr_alerte_securite", A("Google", "no-reply@accounts.google.com"),
       "Alerte de sécurité", D(4, 7, 55),
       alt("Nouvelle connexion sur Mac\ncamille.roussel.studio@example.com\n\nNous avons détecté une "
           "nouvelle connexion à votre compte Google sur un appareil Mac.\n",
           "<html><body><p>Nouvelle connexion sur Mac</p></body></html>"),
       "fr", "Google", "security alert")

    ot("shine_fr_facture_abonnement", A("Shine", "factures@shine.fr"),
       "Ta facture Shine de novembre est disponible", D(1, 9, 5),
       multi("mixed", [text("Salut Camille,\n\nTa facture d'abonnement Shine (offre Basic) de novembre est "
                            "disponible : 7,90 € HT.\nElle a été réglée automatiquement.\n\nL'équipe Shine\n"),
                       attach("application/pdf", "Shine_facture_2026-11.pdf", pdf("Facture Shine"))]),
       "fr", "Shine", "bank's own fee invoice (label other per guide)",
       notes="fee invoice from the bank, not a movement notice")

    arf = ("Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Mail-From: <camille@roussel-studio.fr>\n"
           "Arrival-Date: Thu, 03 Dec 2026 10:02:11 +0100\nSource-IP: 192.0.2.15\nReported-Domain: roussel-studio.fr\n")
    ot("arf_en_abuse_feedback", A("Feedback Loop", "fbl@fbl.mailprovider.example.net"),
       "Abuse report: complaint about mail from roussel-studio.fr", D(3, 11, 0, UTC),
       multi("report", [text("This is an email abuse report for an email message received from IP 192.0.2.15 on "
                             "Thu, 03 Dec 2026. A recipient marked it as spam.\n"),
                        raw("message/feedback-report", arf.encode()),
                        orig(455, "F-2026-0455", "contact@example.net", headers_only=True)],
             params="; report-type=feedback-report"),
       "en", "ARF feedback loop", "abuse/complaint feedback report about a reminder",
       notes="contains a reminder's headers but is a complaint report, not a bounce")

    ot("figma_en_comment_notification", A("Figma", "no-reply@figma.com"),
       "Tom Ashworth commented on Quayside - Icon set v3", D(4, 16, 40, UTC),
       alt("Tom Ashworth commented on Quayside - Icon set v3:\n\n\"Looks great, can we get the source file "
           "link before Monday?\"\n\nReply in Figma\n",
           "<html><body><p><b>Tom Ashworth</b> commented: Looks great, can we get the source file link before "
           "Monday?</p></body></html>"),
       "en", "Figma", "SaaS comment notification quoting a client")

    ot("canva_fr_newsletter_promo", A("Canva", "marketing@engage.canva.com"),
       "Black Friday prolongé : -50 % sur Canva Pro", D(0, 17, 0),
       text("<html><body><h1>Dernière chance !</h1><p>-50 % sur Canva Pro pendant 48h.</p><p><a href=\"#\">"
            "Se désinscrire</a></p></body></html>", "html", cte="base64"),
       "fr", "Canva", "marketing, HTML-only base64", extra=LU)


# ================================================================ main
def main():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    build_human()
    build_payments()
    build_auto()
    build_bounces()
    build_other()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in ROWS:
            w.writerow(r)
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    for lab in LABELS:
        print(lab, c[lab])
    print("total", len(ROWS))


if __name__ == "__main__":
    main()
