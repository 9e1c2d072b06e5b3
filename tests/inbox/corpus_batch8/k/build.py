#!/usr/bin/env python3
"""Builds dunnerd's written evaluation set (split final8): .eml files + labels.tsv.
Standard library only. Owner: Mathis Lebreton <mathis@lebreton-conseil.fr>, freelance
data/web consultant in Nantes. All people, clients and client domains are fictional;
banks and services keep their real sender domains (the set is replayed as if trusted)."""
import os, base64, quopri, csv, random
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final8"
OWNER_NAME, OWNER = "Mathis Lebreton", "mathis@lebreton-conseil.fr"
OWNER_H = f"{OWNER_NAME} <{OWNER}>"
ROWS = []
random.seed(8)

WD = {30: ("Mon", "Nov"), 1: ("Tue", "Dec"), 2: ("Wed", "Dec"), 3: ("Thu", "Dec"), 4: ("Fri", "Dec"),
      27: ("Fri", "Nov"), 26: ("Thu", "Nov")}

def D(day, hh, mm, ss=None, tz="+0100"):
    w, mo = WD[day]
    if ss is None:
        ss = random.randint(0, 59)
    return f"{w}, {day:02d} {mo} 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}"

def MID(dom, local=None):
    if local is None:
        local = "%x.%x" % (random.getrandbits(40), random.getrandbits(24))
    return f"<{local}@{dom}>"

def H(s, cs="utf-8"):
    """Encode a header value (RFC 2047) only if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{addr}>"

def qp(s, cs="utf-8"):
    return quopri.encodestring(s.encode(cs)).decode("ascii")

def b64(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.encodebytes(b).decode("ascii")

def leaf(sub, text, cs="utf-8", cte="quoted-printable", extra=""):
    """A text/* part: its own content headers + blank line + encoded body."""
    if cte == "quoted-printable":
        body = qp(text, cs)
    elif cte == "base64":
        body = b64(text.encode(cs))
    else:  # 7bit / 8bit: text kept as is (encoded with the whole message)
        body = text
    h = f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n'
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body

_bn = [0]
def multi(sub, parts, preamble="", params="", boundary=None):
    _bn[0] += 1
    b = boundary or "----=_Part_%d_%d.%d" % (_bn[0], random.randint(10**5, 10**6), random.randint(10**9, 10**10))
    s = f'Content-Type: multipart/{sub}; boundary="{b}"{params}\n\n'
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += f"--{b}\n{p.rstrip(chr(10))}\n"
    s += f"--{b}--\n"
    return s

def att(fname, ctype, data, inline=False):
    fn = H(fname)
    disp = "inline" if inline else "attachment"
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: {disp}; filename="{fn}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")

def pdf(lines):
    """A small but valid one-page PDF with the given text lines."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 15 TL " + " ".join(f"({esc(l)}) '" for l in lines) + " ET"
    cb = content.encode("cp1252")
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

COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity", "lang",
        "provider", "source_group", "pattern", "direction", "amount", "currency", "payer", "reference",
        "value_date", "counts_as_payment", "facts", "split", "notes"]

def put(label, fname, headers, body, lang, group, pattern, provider="", facts="", notes="",
        money=None, enc="utf-8", crlf=False, mime=True):
    """headers: list of (name, value) already encoded; body: content headers + body text."""
    lines = [f"{k}: {v}" for k, v in headers]
    if mime and not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    text = "\n".join(lines) + "\n" + body
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(enc)
    path = os.path.join(OUT, label, fname)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    row = dict.fromkeys(COLS, "")
    row.update(file=f"{label}/{fname}", label=label, source_repo="synthetic", source_path="build.py",
               license="written for dunnerd", fidelity="synthetic", lang=lang, provider=provider,
               source_group=group, pattern=pattern, facts=facts, split=SPLIT, notes=notes)
    if money:
        d, amt, cur, payer, ref, vd, cnt = money
        row.update(direction=d, amount=amt, currency=cur, payer=payer, reference=ref,
                   value_date=vd, counts_as_payment=cnt)
    ROWS.append(row)

# ---------------------------------------------------------------- reminders the owner sent
REM = {}  # invoice -> (msgid, subject, date_fr, date_en, amount_fr, amount_en, due)
def reminder(num, amount_fr, amount_en, day, due_fr, due_en, n=1):
    mid = f"<dunnerd.{num}.{n}@lebreton-conseil.fr>"
    REM[num] = dict(mid=mid, subj_fr=f"Rappel : facture F-2026-0{num} échue",
                    subj_en=f"Reminder: invoice INV-0{num} is overdue", day=day,
                    amount_fr=amount_fr, amount_en=amount_en, due_fr=due_fr, due_en=due_en)
    return REM[num]

FR_DAYS = {30: "lun. 30 nov. 2026", 1: "mar. 1 déc. 2026", 2: "mer. 2 déc. 2026", 3: "jeu. 3 déc. 2026",
           4: "ven. 4 déc. 2026", 27: "ven. 27 nov. 2026", 26: "jeu. 26 nov. 2026"}
EN_DAYS = {30: "Mon, 30 Nov 2026", 1: "Tue, 1 Dec 2026", 2: "Wed, 2 Dec 2026", 3: "Thu, 3 Dec 2026",
           4: "Fri, 4 Dec 2026", 27: "Fri, 27 Nov 2026", 26: "Thu, 26 Nov 2026"}

def rem_text_fr(num, who="Bonjour,"):
    r = REM[num]
    return (f"{who}\n\nSauf erreur de ma part, la facture F-2026-0{num} d'un montant de {r['amount_fr']} TTC, "
            f"arrivée à échéance le {r['due_fr']}, n'a pas encore été réglée.\n\n"
            f"Pourriez-vous me confirmer la date de paiement prévue ? Vous trouverez la facture en pièce "
            f"jointe et mon RIB en bas de ce message.\n\nIBAN : FR76 1695 8000 0134 5678 9012 345 - BIC : QNTOFRP1XXX\n\n"
            f"Bien cordialement,\nMathis Lebreton\nLebreton Conseil - 06 71 24 58 90")

def rem_text_en(num, who="Hello,"):
    r = REM[num]
    return (f"{who}\n\nOur records show that invoice INV-0{num} for {r['amount_en']}, due on {r['due_en']}, "
            f"is still unpaid.\n\nCould you let me know when payment is scheduled? The invoice is attached again "
            f"for convenience.\n\nIBAN: FR76 1695 8000 0134 5678 9012 345 / BIC: QNTOFRP1XXX\n\n"
            f"Kind regards,\nMathis Lebreton\nLebreton Conseil")

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

def gmail_quote_fr(num, hh="09:02"):
    r = REM[num]
    return f"Le {FR_DAYS[r['day']]} à {hh}, {OWNER_NAME} <{OWNER}> a écrit :\n" + quote(rem_text_fr(num))

def gmail_quote_en(num, hh="9:02 AM"):
    r = REM[num]
    return f"On {EN_DAYS[r['day']]} at {hh} {OWNER_NAME} <{OWNER}> wrote:\n" + quote(rem_text_en(num))

def outlook_quote_fr(num):
    r = REM[num]
    return ("\n________________________________\nDe : Mathis Lebreton <mathis@lebreton-conseil.fr>\n"
            f"Envoyé : {FR_DAYS[r['day']].replace('.', '')} 09:02\nÀ : comptabilite\n"
            f"Objet : {r['subj_fr']}\n\n" + rem_text_fr(num))

def reply_hdrs(frm, num, day, hh, mm, dom, lang="fr", prefix="Re: ", to=None, extra=(), subj=None):
    r = REM[num]
    s = subj or (prefix + (r["subj_fr"] if lang == "fr" else r["subj_en"]))
    h = [("From", frm), ("To", to or OWNER_H), ("Subject", H(s)), ("Date", D(day, hh, mm)),
         ("Message-ID", MID(dom)), ("In-Reply-To", r["mid"]), ("References", r["mid"])]
    h += list(extra)
    return h

# ================================================================ human_reply
def humans():
    L = "human_reply"
    reminder(412, "1 480,00 €", "€1,480.00", 30, "15 novembre 2026", "15 November 2026")
    # 1 promise friday, Gmail top-post
    body = leaf("plain", "Bonjour Mathis,\n\nDésolée pour le retard, je fais le virement vendredi sans faute.\n\n"
                "Garance\n\n" + gmail_quote_fr(412))
    put(L, "garance_fr_promise_vendredi.eml",
        reply_hdrs(A("Garance Moreau", "garance@atelier-garance.fr"), 412, 1, 10, 14, "mail.gmail.com"),
        body, "fr", "Atelier Garance", "short promise 'vendredi' top-posted above quoted Gmail reminder",
        facts="promise_date=2026-12-04", notes="Date Tue 1 Dec -> vendredi = Fri 4 Dec")

    reminder(419, "2 340,00 €", "€2,340.00", 30, "20 novembre 2026", "20 November 2026")
    sig = ("\n--\nOdile Perrin\nAssistante comptable\nBRASSERIE DU QUAI SAS\n12 quai de la Fosse - 44000 Nantes\n"
           "Tél. 02 40 73 18 52\n")
    body = leaf("plain", "Bonjour Monsieur Lebreton,\n\nJe vous confirme que votre facture F-2026-0419 est bien "
                "enregistrée chez nous. Le paiement est prévu le 15, avec notre campagne de règlements de mi-mois.\n\n"
                "Cordialement," + sig + "\n" + gmail_quote_fr(419, "09:05"), cs="iso-8859-15")
    put(L, "brasserie_quai_fr_paiement_prevu_le_15.eml",
        reply_hdrs(A("Odile Perrin", "compta@brasserie-du-quai.fr"), 419, 2, 11, 40, "brasserie-du-quai.fr"),
        body, "fr", "Brasserie du Quai", "'paiement prévu le 15', signature, ISO-8859-15 QP",
        facts="promise_date=2026-12-15")

    reminder(423, "3 960,00 €", "€3,960.00", 1, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Bonjour,\n\nNous avons bien reçu votre relance. Le règlement sera effectué d'ici la fin "
                "de la semaine prochaine, le temps que la direction valide le bon de commande.\n\n"
                "Bonne journée,\nThéo Vaillant\nResponsable administratif - Menuiseries Vaillant & Fils\n\n" +
                gmail_quote_fr(423, "08:47"))
    put(L, "vaillant_fr_fin_semaine_prochaine.eml",
        reply_hdrs(A("Théo Vaillant", "t.vaillant@menuiseries-vaillant.fr"), 423, 3, 16, 2, "menuiseries-vaillant.fr"),
        body, "fr", "Menuiseries Vaillant", "'d'ici la fin de la semaine prochaine'",
        facts="promise_date=2026-12-11",
        notes="Thu 3 Dec: end of next week = Fri 11 Dec (could also be read as week_of_2026-12-07)")

    reminder(427, "5 200,00 €", "£4,450.00", 27, "20 November 2026", "20 November 2026")
    body = leaf("plain", "Hi Mathis,\n\nApologies - this slipped through during our month-end close. "
                "We'll pay on the 10th, it is already queued in our system.\n\nBest,\nPriya Raman\n"
                "Finance Manager | Northbeam Analytics Ltd\n\n" + gmail_quote_en(427, "4:15 PM"))
    put(L, "northbeam_en_pay_on_10th.eml",
        reply_hdrs(A("Priya Raman", "priya.raman@northbeam-analytics.co.uk"), 427, 30, 9, 31,
                   "northbeam-analytics.co.uk", lang="en", extra=[("Content-Language", "en-GB")]),
        body, "en", "Northbeam Analytics", "'we'll pay on the 10th', UK client, GBP invoice",
        facts="promise_date=2026-12-10")

    reminder(431, "€2,100.00", "€2,100.00", 30, "18 November 2026", "18 November 2026")
    html = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            "<p>Dear Mr Lebreton,</p><p>Thank you for your reminder. Invoice INV-0431 has been approved. "
            "Our payment run is on Thursday, so the funds should reach your account by Friday at the latest.</p>"
            "<p>Kind regards</p><p>Jana Hofbauer<br>Accounts Payable<br>Keller &amp; Voss GmbH<br>"
            "Ludwigstra&szlig;e 44, 80539 M&uuml;nchen</p></div></body></html>")
    body = multi("alternative", [
        leaf("plain", "Dear Mr Lebreton,\n\nThank you for your reminder. Invoice INV-0431 has been approved. Our "
             "payment run is on Thursday, so the funds should reach your account by Friday at the latest.\n\n"
             "Kind regards\n\nJana Hofbauer\nAccounts Payable\nKeller & Voss GmbH\nLudwigstraße 44, 80539 München"),
        leaf("html", html)])
    put(L, "kellervoss_en_payment_run_thursday.eml",
        reply_hdrs(A("Hofbauer, Jana", "j.hofbauer@keller-voss.de"), 431, 1, 14, 22, "keller-voss.de",
                   lang="en", prefix="RE: ", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        body, "en", "Keller & Voss", "'payment run is on Thursday', Outlook multipart/alternative",
        facts="promise_date=2026-12-03", notes="Tue 1 Dec -> Thursday 3 Dec (payment run date)")

    reminder(434, "780,00 €", "€780.00", 1, "27 novembre 2026", "27 November 2026")
    body = leaf("plain", "Bonjour,\nOn vous règle la semaine prochaine, promis.\nBien à vous,\nLéna\n\n" +
                gmail_quote_fr(434, "09:00"))
    put(L, "cafe_lena_fr_semaine_prochaine.eml",
        reply_hdrs(A("Léna Brossard", "lena@cafe-des-lices.fr"), 434, 2, 18, 55, "cafe-des-lices.fr"),
        body, "fr", "Café des Lices", "'la semaine prochaine'", facts="promise_date=week_of_2026-12-07")

    reminder(438, "450,00 €", "€450.00", 2, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Salut Mathis,\n\nOui oui je sais, pardon ! Le trésorier de l'asso est en arrêt, "
                "on te paie début janvier quand il reprend. Tu peux attendre jusque-là ?\n\nBises\nAmandine\n"
                "Les Ateliers du Hangar\n\n" + gmail_quote_fr(438, "10:30"))
    put(L, "hangar_asso_fr_tu_debut_janvier.eml",
        reply_hdrs(A("Amandine", "contact@ateliers-du-hangar.org"), 438, 4, 12, 7, "ateliers-du-hangar.org"),
        body, "fr", "Les Ateliers du Hangar", "informal 'tu', 'début janvier'", facts="promise_date=early_2027-01")

    reminder(440, "1 200,00 €", "€1,200.00", 1, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Noté.\n\nEnvoyé de mon iPhone\n\n> Le 1 déc. 2026 à 09:02, Mathis Lebreton <mathis@lebreton-conseil.fr> a écrit :\n>\n"
                + quote(rem_text_fr(440)), cte="quoted-printable")
    put(L, "dufresne_fr_note_iphone.eml",
        reply_hdrs(A("Pascal Dufresne", "p.dufresne@dufresne-immo.fr"), 440, 1, 12, 48, "dufresne-immo.fr",
                   extra=[("X-Mailer", "iPhone Mail (22B91)")]),
        body, "fr", "Dufresne Immobilier", "one word 'Noté.' + Envoyé de mon iPhone")

    reminder(441, "360,00 €", "€360.00", 2, "28 novembre 2026", "28 November 2026")
    body = leaf("plain", "ok merci\n", cte="7bit")
    put(L, "kine_roche_fr_ok_merci.eml",
        reply_hdrs(A("Cabinet Roche", "cabinet.roche.kine@example.net"), 441, 2, 13, 3, "example.net"),
        body, "fr", "Cabinet de kinésithérapie Roche", "'ok merci' only, no quote")

    reminder(444, "2 880,00 €", "€2,880.00", 30, "16 novembre 2026", "16 November 2026")
    fwd = ("---------- Forwarded message ---------\nDe : Crédit Coopératif - Coop'Net <ne-pas-repondre@banque-du-client.example>\n"
           "Date: ven. 27 nov. 2026 à 14:12\nSubject: Avis d'opération - virement émis\nTo: <compta@studio-orbe.fr>\n\n\n"
           "Avis d'opération\n\nNous vous informons de l'exécution du virement suivant :\n"
           "Date d'exécution : 27/11/2026\nMontant : 2 880,00 EUR\nBénéficiaire : LEBRETON CONSEIL\n"
           "IBAN bénéficiaire : FR76 1695 **** **** **** **** 345\nRéférence : F-2026-0444 STUDIO ORBE\n")
    body = leaf("plain", "Bonjour Mathis,\n\nIl doit y avoir un décalage : le virement a été émis le 27 novembre. "
                "Je vous transfère la confirmation de notre banque ci-dessous.\n\nCordialement,\nSarah Kessler\n"
                "Studio Orbe\n\n" + fwd + "\n" + gmail_quote_fr(444, "09:10"))
    put(L, "studio_orbe_fr_deja_paye_avis_banque.eml",
        reply_hdrs(A("Sarah Kessler", "sarah@studio-orbe.fr"), 444, 30, 15, 26, "mail.gmail.com"),
        body, "fr", "Studio Orbe", "already paid 27 Nov, client's bank notice forwarded inline",
        facts="already_paid=2026-11-27", notes="forwarded bank text is the client's, not a notice to the owner")

    reminder(446, "1 650,00 €", "€1,650.00", 30, "20 novembre 2026", "20 November 2026")
    p = pdf(["Banque - Avis de virement SEPA", "Donneur d'ordre : SAS PEPINIERES ALLAIN",
             "Beneficiaire : LEBRETON CONSEIL", "Montant : 1 650,00 EUR", "Date d'execution : 30/11/2026",
             "Libelle : REGLT FACT F-2026-0446"])
    body = multi("mixed", [
        leaf("plain", "Bonjour,\n\nCi-joint l'avis de virement du 30/11 pour la facture F-2026-0446.\n"
             "Merci de ne plus nous relancer.\n\nNathalie Allain\nPépinières Allain\n"),
        att("avis_virement_30112026.pdf", "application/pdf", p)])
    put(L, "pepinieres_allain_fr_avis_virement_pdf.eml",
        reply_hdrs(A("Nathalie Allain", "administration@pepinieres-allain.fr"), 446, 1, 8, 52,
                   "pepinieres-allain.fr"),
        body, "fr", "Pépinières Allain", "already paid with PDF transfer slip attached",
        facts="already_paid=2026-11-30")

    reminder(448, "960,00 €", "€960.00", 2, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Bonjour,\n\nNormalement c'est réglé depuis un moment, vous pouvez vérifier de votre "
                "côté ? Merci.\n\nFrédéric\n\n" + gmail_quote_fr(448, "09:01"))
    put(L, "frederic_gite_fr_deja_regle_sans_date.eml",
        reply_hdrs(A("Frédéric Lucas", "gite.lucas@example.org"), 448, 2, 21, 17, "example.org"),
        body, "fr", "Gîte Lucas", "already paid, no date", facts="already_paid=claimed")

    reminder(450, "€3,400.00", "€3,400.00", 30, "13 November 2026", "13 November 2026")
    body = leaf("plain", "Hi Mathis,\n\nWe paid this last week - please check again with your bank. "
                "If you still can't see it, send me your bank details and I'll ask treasury to trace it.\n\n"
                "Thanks,\nOwen\n\n" + gmail_quote_en(450))
    put(L, "harbourlight_en_paid_last_week.eml",
        reply_hdrs(A("Owen McCarthy", "owen@harbourlight.ie"), 450, 2, 10, 5, "harbourlight.ie", lang="en"),
        body, "en", "Harbourlight", "'we paid this last week', conditional bank details",
        facts="already_paid=claimed",
        notes="asks for bank details only conditionally; not counted as request_rib")

    reminder(452, "4 320,00 €", "€4,320.00", 30, "10 novembre 2026", "10 November 2026")
    body = leaf("plain", "Monsieur,\n\nNous contestons la facture F-2026-0452. Le tableau de bord livré ne "
                "correspond pas au cahier des charges (les exports mensuels manquent) et le montant facturé "
                "inclut 3 jours qui n'ont jamais été validés.\n\nNous ne réglerons pas cette facture en l'état. "
                "Merci de nous proposer une facture rectificative.\n\nMarc-Antoine Giraud\nDirecteur - Giraud Logistique\n\n"
                + gmail_quote_fr(452))
    put(L, "giraud_logistique_fr_contestation.eml",
        reply_hdrs(A("Marc-Antoine Giraud", "ma.giraud@giraud-logistique.fr"), 452, 1, 17, 44,
                   "giraud-logistique.fr"),
        body, "fr", "Giraud Logistique", "formal dispute of work and amount", facts="dispute=yes")

    reminder(455, "1 980,00 €", "€1,980.00", 2, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nNous ne contestons pas la facture, le travail était très bien. "
                "Simplement, je n'ai pas encore pu payer : notre trésorerie est tendue ce mois-ci en attendant "
                "le versement d'une subvention. Le virement partira le 18 décembre.\n\nMerci de votre patience,\n"
                "Inès Carpentier\nCompagnie L'Escabeau\n\n" + gmail_quote_fr(455))
    put(L, "escabeau_fr_ne_contestons_pas_18dec.eml",
        reply_hdrs(A("Inès Carpentier", "ines@compagnie-escabeau.fr"), 455, 3, 9, 58, "compagnie-escabeau.fr"),
        body, "fr", "Compagnie L'Escabeau", "negations: 'ne contestons pas', 'pas encore pu payer' + date",
        facts="promise_date=2026-12-18")

    reminder(457, "640,00 €", "€640.00", 3, "1er décembre 2026", "1 December 2026")
    body = leaf("plain", "Bonjour,\n\nPourriez-vous me renvoyer la facture F-2026-0457 ? Je ne la retrouve "
                "pas dans nos mails et je ne peux pas la saisir sans le PDF.\n\nMerci d'avance,\nClaire Petitjean\n"
                "Agence Petitjean Événements\n\n" + gmail_quote_fr(457))
    put(L, "petitjean_fr_renvoyer_facture.eml",
        reply_hdrs(A("Claire Petitjean", "claire@petitjean-evenements.fr"), 457, 3, 11, 12,
                   "petitjean-evenements.fr"),
        body, "fr", "Petitjean Événements", "asks for the invoice PDF again", facts="request_invoice=yes")

    reminder(459, "2 250,00 €", "€2,250.00", 1, "26 novembre 2026", "26 November 2026")
    body = leaf("plain", "Bonjour,\n\nPour pouvoir créer votre fiche fournisseur, notre service comptable a "
                "besoin de votre RIB sur papier à en-tête (ou un RIB PDF de votre banque). Pouvez-vous me "
                "l'envoyer ? Dès réception, le paiement sera lancé.\n\nCordialement,\nBenoît Hamon-Leroy\n"
                "Achats - Groupe Armor Nautisme\n\n" + gmail_quote_fr(459))
    put(L, "armor_nautisme_fr_demande_rib.eml",
        reply_hdrs(A("Benoît Hamon-Leroy", "achats@armor-nautisme.fr"), 459, 1, 15, 33, "armor-nautisme.fr"),
        body, "fr", "Armor Nautisme", "asks for RIB document before paying", facts="request_rib=yes")

    reminder(461, "€5,750.00", "€5,750.00", 30, "20 November 2026", "20 November 2026")
    body = leaf("plain", "Hello Mathis,\n\nSorry, we're migrating to a new ERP and your vendor record didn't "
                "make it across. Could you resend the invoice and confirm your IBAN and BIC on company "
                "letterhead? Once our supplier onboarding is done it will go in the next run.\n\n"
                "Cheers,\nLars Eriksen\nOperations, Fjordline Digital AS\n\n" + gmail_quote_en(461))
    put(L, "fjordline_en_resend_invoice_iban.eml",
        reply_hdrs(A("Lars Eriksen", "lars.eriksen@fjordline-digital.no"), 461, 30, 13, 20,
                   "fjordline-digital.no", lang="en"),
        body, "en", "Fjordline Digital", "asks for invoice + IBAN (ERP migration)",
        facts="request_invoice=yes;request_rib=yes")

    reminder(463, "1 100,00 €", "€1,100.00", 2, "29 novembre 2026", "29 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nUne question avant de payer : la facture ne mentionne pas de TVA. "
                "Vous êtes en franchise en base (art. 293 B du CGI) ? Notre expert-comptable me demande de "
                "vérifier que la mention est bien présente.\n\nMerci,\nJulie Faure\nLa Fabrique à Savons\n\n"
                + gmail_quote_fr(463))
    put(L, "fabrique_savons_fr_question_tva.eml",
        reply_hdrs(A("Julie Faure", "julie@fabrique-a-savons.fr"), 463, 2, 14, 41, "fabrique-a-savons.fr"),
        body, "fr", "La Fabrique à Savons", "question on VAT mention, no promise")

    reminder(465, "3 000,00 €", "€3,000.00", 30, "15 novembre 2026", "15 November 2026", n=3)
    body = leaf("plain", "Bonjour,\n\nC'est la troisième relance en dix jours. Je trouve le ton un peu "
                "pressant pour un client avec qui vous travaillez depuis deux ans. Ce n'est pas une "
                "contestation, la facture sera réglée, mais merci d'espacer vos rappels.\n\nJérôme Bastide\n\n"
                + gmail_quote_fr(465))
    put(L, "bastide_fr_plainte_ton_relances.eml",
        reply_hdrs(A("Jérôme Bastide", "jerome.bastide@bastide-architectes.fr"), 465, 30, 19, 2,
                   "bastide-architectes.fr"),
        body, "fr", "Bastide Architectes", "complaint about reminders, explicitly not a dispute, no date",
        notes="'la facture sera réglée' has no date -> no promise_date")

    reminder(467, "870,00 €", "€870.00", 2, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nJe vous réponds depuis mon adresse perso car la boîte compta "
                "ne fonctionne plus depuis le déménagement. Je passe le virement lundi matin.\n\nSandrine L'Homme\n"
                "Gérante, Boulangerie L'Épi Doré\n")
    put(L, "epi_dore_fr_autre_adresse_lundi.eml",
        [("From", A("Sandrine L'Homme", "sandrine.lhomme@example.com")), ("To", OWNER_H),
         ("Subject", H("Facture F-2026-0467")), ("Date", D(3, 20, 31)), ("Message-ID", MID("example.com"))],
        body, "fr", "Boulangerie L'Épi Doré", "fresh mail from a different (personal) address, 'lundi'",
        facts="promise_date=2026-12-07",
        notes="reminder went to compta@epi-dore.fr; no In-Reply-To; Thu 3 Dec -> lundi 7 Dec")

    reminder(470, "6 480,00 €", "€6,480.00", 30, "10 novembre 2026", "10 November 2026")
    legal = ("\n\nMaître Hélène Dorval\nAvocate associée\nDORVAL & MÉNARD AVOCATS - AARPI\n"
             "8 rue Crébillon - 44000 Nantes | Tél. : +33 (0)2 51 84 30 00\n\n"
             "Ce message et toutes les pièces jointes (ci-après le \"message\") sont établis à l'intention "
             "exclusive de ses destinataires et sont confidentiels. Ils peuvent être couverts par le secret "
             "professionnel de l'avocat. Si vous recevez ce message par erreur, merci de le détruire et d'en "
             "avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa "
             "destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf "
             "autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, "
             "DORVAL & MÉNARD AVOCATS décline toute responsabilité au titre de ce message s'il a été "
             "altéré, déformé ou falsifié.\n\nThis message and any attachments are confidential and intended "
             "solely for the addressees. Any unauthorised use or dissemination is prohibited.\n")
    body = leaf("plain", "Cher Monsieur,\n\nVotre facture a été transmise à notre cabinet d'expertise "
                "comptable ; elle sera réglée avant le 20 décembre.\n\nBien à vous," + legal + "\n" +
                gmail_quote_fr(470))
    put(L, "dorval_menard_fr_signature_juridique.eml",
        reply_hdrs(A("Hélène Dorval", "h.dorval@dorval-menard-avocats.fr"), 470, 1, 18, 12,
                   "dorval-menard-avocats.fr"),
        body, "fr", "Dorval & Ménard Avocats", "short promise buried above long legal disclaimer",
        facts="promise_date=2026-12-20", notes="'avant le 20 décembre' taken as 20 Dec")

    reminder(472, "1 560,00 €", "€1,560.00", 1, "28 novembre 2026", "28 November 2026")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=windows-1252\"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;} --></style></head><body lang=\"FR\" link=\"#0563C1\">"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour Monsieur Lebreton,<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Le paiement de votre facture "
            "F-2026-0472 est programmé pour le 8 décembre.<o:p></o:p></p><p class=\"MsoNormal\">"
            "<o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Cordialement,<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><b>Véronique Tessier</b><br>Service Comptabilité<br>Transports Tessier "
            "Frères<o:p></o:p></p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "<p class=\"MsoNormal\"><b>De&nbsp;:</b> Mathis Lebreton &lt;mathis@lebreton-conseil.fr&gt;<br>"
            "<b>Envoyé&nbsp;:</b> mardi 1 décembre 2026 09:02<br><b>À&nbsp;:</b> Comptabilité Tessier<br>"
            "<b>Objet&nbsp;:</b> Rappel : facture F-2026-0472 échue</p></div><p class=\"MsoNormal\">Bonjour,"
            "</p><p class=\"MsoNormal\">Sauf erreur de ma part, la facture F-2026-0472 d’un montant de "
            "1&nbsp;560,00&nbsp;€ TTC n’a pas encore été réglée.</p></div></body></html>")
    body = leaf("html", html, cs="windows-1252")
    put(L, "tessier_fr_outlook_html_only_8dec.eml",
        reply_hdrs(A("Tessier Véronique", "comptabilite@transports-tessier.fr", "iso-8859-1"), 472, 2, 10, 18,
                   "EXCH01.transports-tessier.local", prefix="RE : ",
                   extra=[("Thread-Topic", H("Rappel : facture F-2026-0472 échue", "iso-8859-1")),
                          ("Thread-Index", "AdtkL3nR0p1x8K2bQ4eVtY7bN3GjZQ=="),
                          ("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR"),
                          ("X-MS-TNEF-Correlator", "")]),
        body, "fr", "Transports Tessier", "HTML-only Outlook, windows-1252 QP, 'programmé pour le 8 décembre'",
        facts="promise_date=2026-12-08")

    reminder(474, "2 700,00 €", "€2,700.00", 2, "20 novembre 2026", "20 November 2026")
    body = leaf("plain", "Bonjour Karim,\n\nPeux-tu regarder cette facture de Mathis (mission data de "
                "septembre) et lancer le paiement si tout est OK de ton côté ? Je mets Mathis en copie pour "
                "qu'il ait ton contact.\n\nMerci !\nÉmilie\n\n" +
                "---------- Forwarded message ---------\nDe : Mathis Lebreton <mathis@lebreton-conseil.fr>\n"
                "Date: mer. 2 déc. 2026 à 09:02\nSubject: Rappel : facture F-2026-0474 échue\n"
                "To: <emilie.garnier@verdane-bio.fr>\n\n" + rem_text_fr(474))
    put(L, "verdane_fr_transfert_collegue_cc.eml",
        [("From", A("Émilie Garnier", "emilie.garnier@verdane-bio.fr")),
         ("To", A("Karim Belkacem", "karim.belkacem@verdane-bio.fr")), ("Cc", OWNER_H),
         ("Subject", H("Fwd: Rappel : facture F-2026-0474 échue")), ("Date", D(2, 11, 7)),
         ("Message-ID", MID("verdane-bio.fr")), ("In-Reply-To", REM[474]["mid"]), ("References", REM[474]["mid"])],
        body, "fr", "Verdane Bio", "forward to a colleague, owner in Cc, no promise")

    reminder(476, "300,00 €", "€300.00", 1, "24 novembre 2026", "24 November 2026")
    body = leaf("plain", "Salut Mathis,\n\nDésolé j'ai complètement zappé 🙈 je te fais ça ce soir.\n\nAntoine\n\n"
                + gmail_quote_fr(476))
    put(L, "antoine_podcast_fr_tu_ce_soir.eml",
        reply_hdrs(A("Antoine Ribeiro", "antoine@podcast-bruit-de-fond.fr"), 476, 1, 17, 26,
                   "podcast-bruit-de-fond.fr"),
        body, "fr", "Podcast Bruit de Fond", "'tu', 'ce soir', emoji", facts="promise_date=2026-12-01")

    reminder(478, "1 320,00 €", "€1,320.00", 2, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Bonjour,\nLe virement sera fait demain.\nCdt\nY. Le Goff\n", cte="8bit")
    put(L, "legoff_fr_demain_8bit.eml",
        reply_hdrs(A("Yann Le Goff", "yann.legoff@legoff-charpente.bzh"), 478, 2, 16, 45,
                   "legoff-charpente.bzh"),
        body, "fr", "Le Goff Charpente", "'demain', 8bit UTF-8 body, no quote", facts="promise_date=2026-12-03")

    reminder(480, "€1,900.00", "€1,900.00", 30, "25 November 2026", "25 November 2026")
    body = leaf("plain", "Hi Mathis,\n\nBudget for Q4 is frozen until the board meets, but we'll settle it "
                "by the end of December. Sorry for the wait.\n\nRegards,\nNadia Haddad\nBrightpath Learning\n\n"
                + gmail_quote_en(480))
    put(L, "brightpath_en_end_of_december.eml",
        reply_hdrs(A("Nadia Haddad", "nadia@brightpath-learning.example"), 480, 30, 15, 1,
                   "brightpath-learning.example", lang="en"),
        body, "en", "Brightpath Learning", "'by the end of December'", facts="promise_date=2026-12-31")

    reminder(482, "€4,000.00", "€4,000.00", 1, "20 November 2026", "20 November 2026")
    body = leaf("plain", "Mathis,\n\nWe have not received the final deliverables - the API documentation and "
                "the handover session were part of the SOW. We dispute this invoice until they are delivered "
                "and will not release payment before then.\n\nTom Whitaker\nCTO, Quillstone Ltd\n\n" +
                gmail_quote_en(482))
    put(L, "quillstone_en_dispute_deliverables.eml",
        reply_hdrs(A("Tom Whitaker", "tom@quillstone.io"), 482, 1, 16, 30, "quillstone.io", lang="en"),
        body, "en", "Quillstone", "dispute: deliverables missing", facts="dispute=yes")

    reminder(484, "1 480,00 €", "€1,480.00", 3, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nPour des raisons de trésorerie nous allons régler en deux fois : "
                "740 € le 10 décembre et le solde le 10 janvier. J'espère que cela vous convient.\n\n"
                "Bien cordialement,\nGuillaume Perrot\nPerrot Paysages\n\n" + gmail_quote_fr(484))
    put(L, "perrot_paysages_fr_deux_fois.eml",
        reply_hdrs(A("Guillaume Perrot", "g.perrot@perrot-paysages.fr"), 484, 3, 14, 9, "perrot-paysages.fr"),
        body, "fr", "Perrot Paysages", "split payment: two dates", facts="promise_date=2026-12-10",
        notes="second instalment 2027-01-10 for the balance; promise_date is the first payment")

    reminder(486, "2 040,00 €", "€2,040.00", 1, "27 novembre 2026", "27 November 2026")
    txt = ("Bonjour,\n\nJe suis en déplacement, je règle votre facture mardi prochain dès mon retour au bureau.\n"
           "Désolé pour ce délai.\n\nFrançois Mérel\nSARL Mérel Électricité Générale\n")
    body = leaf("plain", txt, cs="iso-8859-1", cte="8bit")
    put(L, "merel_fr_latin1_8bit_mardi_prochain.eml",
        [("From", A("François Mérel", "f.merel@merel-electricite.fr", "iso-8859-1")), ("To", OWNER_H),
         ("Subject", H("Re: Rappel : facture F-2026-0486 échue", "iso-8859-1")), ("Date", D(3, 7, 55)),
         ("Message-ID", MID("merel-electricite.fr")), ("In-Reply-To", REM[486]["mid"]),
         ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
        body, "fr", "Mérel Électricité", "ISO-8859-1 8bit, old mailer, no References, 'mardi prochain'",
        facts="promise_date=2026-12-08", enc="latin-1", notes="Thu 3 Dec -> mardi prochain = Tue 8 Dec")

    reminder(488, "3 600,00 €", "€3,600.00", 30, "20 novembre 2026", "20 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nEn relisant la facture F-2026-0488, je vois 12 jours facturés alors "
                "que le devis signé en prévoyait 10. Je pense qu'il y a une erreur : nous ne validerons que "
                "les 10 jours prévus. Pouvez-vous corriger ?\n\nAurélie Marchetti\nMarchetti Conseil RH\n\n" +
                gmail_quote_fr(488))
    put(L, "marchetti_fr_ecart_jours_devis.eml",
        reply_hdrs(A("Aurélie Marchetti", "aurelie@marchetti-rh.fr"), 488, 30, 11, 50, "marchetti-rh.fr"),
        body, "fr", "Marchetti Conseil RH", "contests the number of days billed", facts="dispute=yes")

    reminder(490, "1 150,00 €", "€1,150.00", 1, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Bonjour,\n\nJe n'ai pas encore pu payer, nous attendons nous-mêmes le règlement de "
                "notre client principal. Je reviens vers vous dès que c'est débloqué.\n\nCordialement,\n"
                "Kevin Morvan\nMorvan Events\n\n" + gmail_quote_fr(490))
    put(L, "morvan_events_fr_pas_encore_pu_payer.eml",
        reply_hdrs(A("Kevin Morvan", "kevin@morvan-events.fr"), 490, 2, 9, 12, "morvan-events.fr"),
        body, "fr", "Morvan Events", "negation 'pas encore pu payer', no date, no dispute")

    reminder(492, "€890.00", "€890.00", 3, "27 November 2026", "27 November 2026")
    body = leaf("plain", "Will do it Monday, sorry!\n\nSent from my iPhone\n\n> On 3 Dec 2026, at 09:02, "
                "Mathis Lebreton <mathis@lebreton-conseil.fr> wrote:\n>\n" + quote(rem_text_en(492)))
    put(L, "sophie_nl_en_monday_iphone.eml",
        reply_hdrs(A("Sophie van Dijk", "sophie@vandijk-design.example"), 492, 4, 8, 3,
                   "vandijk-design.example", lang="en", extra=[("X-Mailer", "iPhone Mail (22B91)")]),
        body, "en", "Van Dijk Design", "'Will do it Monday', Sent from my iPhone", facts="promise_date=2026-12-07")

    reminder(494, "540,00 €", "€540.00", 30, "22 novembre 2026", "22 November 2026")
    body = leaf("plain", "Bonjour Monsieur Lebreton,\n\nJe vous ai envoyé un chèque par la poste hier, vous "
                "devriez le recevoir d'ici deux jours.\n\nSalutations,\nMonique Ferrière\n\n" + gmail_quote_fr(494))
    put(L, "ferriere_fr_cheque_envoye_hier.eml",
        reply_hdrs(A("Monique Ferrière", "monique.ferriere@example.fr"), 494, 1, 10, 44, "example.fr"),
        body, "fr", "Mme Ferrière (particulier)", "paid by cheque 'hier'", facts="already_paid=2026-11-30",
        notes="Tue 1 Dec -> hier = 30 Nov (cheque posted)")

    reminder(496, "2 160,00 €", "€2,160.00", 2, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Bonjour,\n\nLa facture est libellée au nom de Kerné Distribution alors que la "
                "commande a été passée par notre holding, KERNÉ INVEST SAS (SIREN 912 345 678). Pourriez-vous "
                "nous refaire la facture au bon nom ? Nous la paierons dès réception.\n\nMerci,\n"
                "Lucie Tanguy\nKerné Invest\n\n" + gmail_quote_fr(496))
    put(L, "kerne_fr_refaire_facture_nom.eml",
        reply_hdrs(A("Lucie Tanguy", "l.tanguy@kerne-invest.fr"), 496, 3, 15, 15, "kerne-invest.fr"),
        body, "fr", "Kerné Invest", "asks for a re-issued invoice (wrong entity)", facts="request_invoice=yes")

    body = leaf("plain", "Bonjour à tous,\n\nPetite question à la liste : un client me répond depuis trois "
                "semaines \"c'est en cours de validation\" pour une facture de 2 400 €. Vous passez à la mise "
                "en demeure au bout de combien de temps ? Et vous appliquez l'indemnité forfaitaire de 40 € ?\n\n"
                "Merci pour vos retours,\nRomane\n\n-- \nfreelances-nantes mailing list\nfreelances-nantes@lists.example.org\n"
                "https://lists.example.org/mailman/listinfo/freelances-nantes\n")
    put(L, "liste_freelances_nantes_fr_post.eml",
        [("From", A("Romane Leclerc", "romane.leclerc@example.net")),
         ("To", "freelances-nantes@lists.example.org"), ("Subject", H("[freelances-nantes] Délai avant mise en demeure ?")),
         ("Date", D(2, 22, 14)), ("Message-ID", MID("example.net")),
         ("List-Id", "Freelances de Nantes <freelances-nantes.lists.example.org>"),
         ("List-Unsubscribe", "<https://lists.example.org/mailman/options/freelances-nantes>, <mailto:freelances-nantes-request@lists.example.org?subject=unsubscribe>"),
         ("Precedence", "list"), ("Sender", "\"freelances-nantes\" <freelances-nantes-bounces@lists.example.org>")],
        body, "fr", "freelances-nantes list", "mailing-list post by a person (Mailman headers)",
        notes="mentions an invoice amount but not the owner's client")

    reminder(498, "1 740,00 €", "€1,740.00", 1, "26 novembre 2026", "26 November 2026")
    body = leaf("plain", "Bonjour Monsieur,\n\nMme Rolland est absente cette semaine, je prends le relais. "
                "J'ai transmis votre facture au service comptable : le règlement devrait passer lors de la "
                "prochaine campagne de paiements, le 9 décembre.\n\nCordialement,\nDavid Caron\n"
                "Assistant de direction - Rolland Métallerie\n\n" + gmail_quote_fr(498))
    put(L, "rolland_fr_collegue_campagne_9dec.eml",
        reply_hdrs(A("David Caron", "d.caron@rolland-metallerie.fr"), 498, 2, 16, 20, "rolland-metallerie.fr"),
        body, "fr", "Rolland Métallerie", "colleague replies for the absent contact (human, not auto)",
        facts="promise_date=2026-12-09")

    reminder(500, "€2,600.00", "€2,600.00", 30, "19 November 2026", "19 November 2026")
    body = leaf("plain", "Hello Mathis,\n\nsorry for delay. Invoice is approved by manager, payment will be "
                "done within 30 days according our policy.\n\nBest regards\nMarta Kowalska\nSilvercode Sp. z o.o.\n")
    put(L, "silvercode_en_within_30_days.eml",
        reply_hdrs(A("Marta Kowalska", "m.kowalska@silvercode.example"), 500, 1, 8, 17,
                   "silvercode.example", lang="en"),
        body, "en", "Silvercode", "non-native English, vague 'within 30 days'",
        notes="no concrete date given; promise_date deliberately left out")

    reminder(502, "1 260,00 €", "€1,260.00", 30, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Le paiement part aujourd'hui.\nBonne fin de semaine\n--\nChristelle Nguyen\n"
                "Nguyen & Co Traiteur\n\n" + gmail_quote_fr(502))
    put(L, "nguyen_traiteur_fr_aujourdhui.eml",
        reply_hdrs(A("Christelle Nguyen", "christelle@nguyen-traiteur.fr"), 502, 4, 10, 2, "nguyen-traiteur.fr"),
        body, "fr", "Nguyen & Co Traiteur", "'part aujourd'hui'", facts="promise_date=2026-12-04")

    reminder(504, "980,00 €", "€980.00", 2, "28 novembre 2026", "28 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nMerci pour la relance. Je suis en congés jusqu'à dimanche mais je "
                "fais le virement à mon retour, lundi 7.\n\nBien à vous,\nMaxime\n\nEnvoyé de mon iPhone\n\n"
                "> Le 2 déc. 2026 à 09:02, Mathis Lebreton <mathis@lebreton-conseil.fr> a écrit :\n>\n"
                + quote(rem_text_fr(504)))
    put(L, "maxime_photo_fr_conges_lundi7.eml",
        reply_hdrs(A("Maxime Aubert", "maxime@aubert-photographie.fr"), 504, 2, 19, 40,
                   "aubert-photographie.fr"),
        body, "fr", "Aubert Photographie", "human reply mentioning holidays (not an auto-reply)",
        facts="promise_date=2026-12-07")

    reminder(506, "420,00 €", "€420.00", 3, "1er décembre 2026", "1 December 2026")
    body = leaf("plain", "Bonjour,\n\nEst-ce que vous acceptez le paiement par carte ? Si vous avez un lien "
                "de paiement (Stripe, SumUp...) ce serait plus simple pour nous que le virement.\n\n"
                "Merci, Élise\nLibrairie Les Mots Passants\n\n" + gmail_quote_fr(506))
    put(L, "mots_passants_fr_question_carte.eml",
        reply_hdrs(A("Élise Fournier", "librairie@motspassants.fr"), 506, 3, 17, 35, "motspassants.fr"),
        body, "fr", "Librairie Les Mots Passants", "asks to pay by card link, no promise")

    reminder(508, "€1,350.00", "€1,350.00", 4, "30 November 2026", "30 November 2026")
    body = leaf("plain", "Noted, thanks. I've passed it on to Daniel.\n\nAisha\nOffice Manager, Tidewater Studio\n\n"
                + gmail_quote_en(508))
    put(L, "tidewater_en_noted_assistant.eml",
        reply_hdrs(A("Aisha Bello", "office@tidewater-studio.example"), 508, 4, 11, 26,
                   "tidewater-studio.example", lang="en"),
        body, "en", "Tidewater Studio", "'Noted, thanks' from assistant, not the reminded address",
        notes="reminder was sent to daniel@tidewater-studio.example")

    reminder(510, "2 520,00 €", "€2,520.00", 1, "30 novembre 2026", "30 November 2026")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div dir=\"ltr\"><p>Bonjour Monsieur Lebreton,</p><p>Nous ne contestons pas votre facture. "
            "Cependant, nous avons changé de banque et notre nouveau système exige un RIB au format PDF "
            "pour tout fournisseur. Pouvez-vous nous le transmettre ?</p><p>Cordialement,</p>"
            "<p><b>Patricia Lemaire</b><br>Direction Administrative et Financière<br>CLINIQUE VÉTÉRINAIRE DES "
            "TROIS RIVIÈRES</p><p style=\"font-size:8pt;color:#808080\">Pensez à l'environnement avant "
            "d'imprimer ce courriel. Ce message est confidentiel ; s'il vous est parvenu par erreur, merci "
            "d'en avertir l'expéditeur et de le supprimer.</p></div></body></html>")
    body = leaf("html", html, cte="base64")
    put(L, "veto_trois_rivieres_fr_html_rib.eml",
        reply_hdrs(A("Patricia Lemaire", "daf@veto-trois-rivieres.fr"), 510, 1, 14, 5, "veto-trois-rivieres.fr",
                   prefix="RE: "),
        body, "fr", "Clinique vétérinaire des Trois Rivières", "HTML-only base64, 'ne contestons pas' + RIB request",
        facts="request_rib=yes")

    reminder(512, "1 090,00 €", "€1,090.00", 30, "24 novembre 2026", "24 November 2026")
    fwdpart = ("Content-Type: message/rfc822\nContent-Disposition: attachment\n\n"
               "From: LCL <noreply@client-banque.example>\nTo: compta@oceane-yachting.fr\n"
               "Subject: Confirmation de votre virement\nDate: Tue, 01 Dec 2026 07:41:03 +0100\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
               "Bonjour,\n\nVotre virement de 1 090,00 EUR au profit de LEBRETON CONSEIL a bien été exécuté le "
               "01/12/2026.\nMotif : F-2026-0512\n\nCeci est un message automatique.\n")
    body = multi("mixed", [leaf("plain", "Bonjour,\n\nVirement fait ce matin, voir la confirmation en pièce "
                                         "jointe.\n\nBonne journée\nYoann Le Bihan\nOcéane Yachting\n"), fwdpart])
    put(L, "oceane_yachting_fr_confirmation_jointe_rfc822.eml",
        reply_hdrs(A("Yoann Le Bihan", "compta@oceane-yachting.fr"), 512, 1, 9, 30, "oceane-yachting.fr"),
        body, "fr", "Océane Yachting", "already paid today, client's bank confirmation attached as message/rfc822",
        facts="already_paid=2026-12-01",
        notes="attached notice is addressed to the client, not the owner: the message stays human_reply")

    reminder(514, "€2,980.00", "€2,980.00", 30, "18 November 2026", "18 November 2026")
    p = pdf(["REMITTANCE - Wire transfer confirmation", "Ordering customer: LUMEN ROBOTICS BV",
             "Beneficiary: LEBRETON CONSEIL", "Amount: EUR 2,980.00", "Value date: 25/11/2026",
             "Remittance info: INV-0514"])
    body = multi("mixed", [leaf("plain", "Hi Mathis,\n\nPayment was sent on Nov 25th, reference INV-0514. "
                                         "Wire confirmation attached.\n\nKind regards,\nPieter de Wit\nLumen Robotics\n"),
                           att("Wire_confirmation_INV-0514.pdf", "application/pdf", p)])
    put(L, "lumen_en_paid_nov25_pdf.eml",
        reply_hdrs(A("Pieter de Wit", "finance@lumen-robotics.example"), 514, 1, 10, 0,
                   "lumen-robotics.example", lang="en"),
        body, "en", "Lumen Robotics", "already paid 25 Nov with wire PDF", facts="already_paid=2026-11-25")

    reminder(516, "1 800,00 €", "€1,800.00", 2, "28 novembre 2026", "28 November 2026")
    body = leaf("plain", "Arrêtez de m'envoyer ces relances automatiques. Vous serez payé quand le site "
                "fonctionnera correctement, pas avant. Le formulaire de contact ne marche toujours pas.\n\n"
                "R. Delmas\n")
    put(L, "delmas_fr_rude_site_ne_marche_pas.eml",
        reply_hdrs(A("Raphaël Delmas", "r.delmas@delmas-auto.fr"), 516, 2, 23, 48, "delmas-auto.fr"),
        body, "fr", "Delmas Automobiles", "rude, refuses until work fixed", facts="dispute=yes")

    reminder(518, "2 400,00 €", "€2,400.00", 3, "30 novembre 2026", "30 November 2026")
    body = leaf("plain", "Bonjour Mathis,\n\nBien reçu. Virement lancé ce jour, il devrait arriver sous 48h. "
                "Nous ne sommes pas en retard volontairement, un souci de double validation sur notre "
                "plateforme bancaire.\n\nCordialement,\nHugues Marec\nDAF, Iroise Énergies\n\n" +
                outlook_quote_fr(518))
    put(L, "iroise_fr_vire_ce_jour_outlook_quote.eml",
        reply_hdrs(A("Marec Hugues", "h.marec@iroise-energies.fr"), 518, 3, 15, 47, "iroise-energies.fr",
                   prefix="RE : "),
        body, "fr", "Iroise Énergies", "'virement lancé ce jour', Outlook-style quote block",
        facts="already_paid=2026-12-03", notes="says transfer initiated today (Thu 3 Dec)")

    reminder(520, "660,00 €", "€660.00", 30, "23 novembre 2026", "23 novembre 2026")
    body = leaf("plain", "Merci Mathis, c'est bon pour moi, je regarde ça avec Paul et on revient vers toi.\n\n"
                "Clémence\n\n" + gmail_quote_fr(520))
    put(L, "clemence_fr_tu_on_revient.eml",
        reply_hdrs(A("Clémence Roy", "clemence@roy-ceramiques.fr"), 520, 30, 18, 18, "roy-ceramiques.fr"),
        body, "fr", "Roy Céramiques", "'tu', vague answer, no date")

    reminder(522, "3 150,00 €", "€3,150.00", 1, "25 novembre 2026", "25 November 2026")
    body = leaf("plain", "Bonjour,\n\nLa facture a été validée par notre DG hier. Le virement sera émis "
                "vendredi 11 décembre, date de notre prochaine remise bancaire.\n\nSalutations distinguées,\n"
                "Service Fournisseurs\nGroupe Hôtelier Les Remparts\n", cs="windows-1252")
    put(L, "remparts_fr_vendredi_11_cp1252.eml",
        reply_hdrs(A("Service Fournisseurs", "fournisseurs@hotels-remparts.fr"), 522, 2, 9, 21,
                   "hotels-remparts.fr"),
        body, "fr", "Groupe Hôtelier Les Remparts", "written by a person in a shared mailbox, windows-1252",
        facts="promise_date=2026-12-11")


# ================================================================ payment_notification
def html_wrap(title, inner, brand, color="#1d1d1b", footer=""):
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
            "<body style=\"margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif\">"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff\"><tr><td style=\"padding:24px;"
            f"background:{color};color:#fff;font-size:20px;font-weight:bold\">{brand}</td></tr>"
            f"<tr><td style=\"padding:24px;font-size:15px;line-height:22px;color:#222\">{inner}</td></tr>"
            f"<tr><td style=\"padding:16px 24px;font-size:11px;color:#888\">{footer}</td></tr>"
            "</table></td></tr></table></body></html>")

def alt(plain, html, cs="utf-8", cte_p="quoted-printable", cte_h="quoted-printable"):
    return multi("alternative", [leaf("plain", plain, cs, cte_p), leaf("html", html, cs, cte_h)])

def notice(fname, provider, frm, subj, day, hh, mm, body, lang, pattern, money, dom, notes="", extra=(), to=None):
    h = [("From", frm), ("To", to or OWNER_H), ("Subject", H(subj)), ("Date", D(day, hh, mm)),
         ("Message-ID", MID(dom))] + list(extra)
    put("payment_notification", fname, h, body, lang, provider, pattern, provider=provider, money=money, notes=notes)

def payments():
    # ---- Qonto
    f = ("Qonto est un établissement de paiement agréé par l'ACPR. Ceci est un message automatique, merci de ne "
         "pas y répondre. Pour toute question, contactez-nous via le chat de l'application.")
    inner = ("<p>Bonjour Mathis,</p><p>Vous avez reçu un virement de <b>1 480,00 €</b> de la part de "
             "<b>ATELIER GARANCE</b>.</p><table style=\"width:100%;border-collapse:collapse\">"
             "<tr><td style=\"color:#888\">Référence</td><td>F-2026-0412</td></tr>"
             "<tr><td style=\"color:#888\">Compte crédité</td><td>Compte principal ••• 2345</td></tr>"
             "<tr><td style=\"color:#888\">Date</td><td>04/12/2026</td></tr></table>"
             "<p><a href=\"https://app.qonto.com/transactions\">Voir la transaction</a></p>")
    plain = ("Bonjour Mathis,\n\nVous avez reçu un virement de 1 480,00 € de la part de ATELIER GARANCE.\n\n"
             "Référence : F-2026-0412\nCompte crédité : Compte principal ••• 2345\nDate : 04/12/2026\n\n"
             "Voir la transaction : https://app.qonto.com/transactions\n\n" + f)
    notice("qonto_fr_virement_recu.eml", "Qonto", "Qonto <notifications@qonto.com>",
           "Vous avez reçu un virement de 1 480,00 €", 4, 11, 2, alt(plain, html_wrap("Virement reçu", inner,
           "Qonto", footer=f)), "fr", "money in, amount in subject, HTML table",
           ("in", "1480.00", "EUR", "ATELIER GARANCE", "F-2026-0412", "2026-12-04", "yes"), "qonto.com",
           notes="layout modelled on Qonto's transaction notification (brand header, detail rows, app link)")

    plain = ("Bonjour Mathis,\n\nUn paiement par carte de 23,99 € a été effectué chez OVHCLOUD avec votre carte "
             "One •••• 4417.\n\nDate : 01/12/2026 à 06:12\nCompte débité : Compte principal\n\n"
             "Vous ne reconnaissez pas ce paiement ? Bloquez votre carte depuis l'application.\n\n" + f)
    notice("qonto_fr_paiement_carte_ovh.eml", "Qonto", "Qonto <notifications@qonto.com>",
           "Paiement par carte de 23,99 € chez OVHCLOUD", 1, 6, 13, leaf("plain", plain), "fr",
           "card payment out (plain text)", ("out", "23.99", "EUR", "", "OVHCLOUD", "2026-12-01", "no"), "qonto.com")

    plain = ("Hi Mathis,\n\nYou received €2,760.00 from FJORDLINE DIGITAL AS.\n\nReference: INV-0461 FJORDLINE\n"
             "Account: Main account\nDate: 03/12/2026\n\nThis is an automatic message, please do not reply.")
    notice("qonto_en_transfer_received.eml", "Qonto", "Qonto <notifications@qonto.com>",
           "Transfer received: +€2,760.00", 3, 14, 40, leaf("plain", plain), "en",
           "English-language Qonto account, '+€' in subject",
           ("in", "2760.00", "EUR", "FJORDLINE DIGITAL AS", "INV-0461 FJORDLINE", "2026-12-03", "yes"), "qonto.com",
           notes="amount differs from the invoice (partial payment of INV-0461)")

    plain = ("Bonjour Mathis,\n\nVotre virement de 450,00 € vers CABINET HARDY EXPERTISE a bien été exécuté.\n\n"
             "Référence : Honoraires nov 2026\nDate d'exécution : 02/12/2026\n\n" + f)
    notice("qonto_fr_virement_sortant_execute.eml", "Qonto", "Qonto <notifications@qonto.com>",
           "Votre virement de 450,00 € a été exécuté", 2, 8, 5, leaf("plain", plain), "fr",
           "outgoing transfer executed",
           ("out", "450.00", "EUR", "", "Honoraires nov 2026", "2026-12-02", "no"), "qonto.com")

    # ---- Shine
    sf = ("Shine est une marque de la société Shine SAS, établissement de paiement agréé. "
          "Vous recevez cet e-mail car les notifications de transactions sont activées sur votre compte.")
    plain = ("Nouveau virement reçu 💸\n\nBonne nouvelle Mathis ! Tu as reçu +2 340,00 € de BRASSERIE DU QUAI SAS.\n\n"
             "Libellé : FACT F-2026-0419\nReçu le : 02/12/2026\n\nPense à rattacher la facture correspondante "
             "dans l'app Shine.\n\n" + sf)
    inner = ("<p style=\"font-size:22px\">Nouveau virement reçu 💸</p><p>Bonne nouvelle Mathis ! Tu as reçu "
             "<b style=\"color:#11a36b\">+2&nbsp;340,00&nbsp;€</b> de <b>BRASSERIE DU QUAI SAS</b>.</p>"
             "<p>Libellé : FACT F-2026-0419<br>Reçu le : 02/12/2026</p>")
    notice("shine_fr_nouveau_virement_tutoiement.eml", "Shine", "Shine <hello@shine.fr>",
           "Tu as reçu un virement de 2 340,00 €", 2, 15, 31, alt(plain, html_wrap("Shine", inner, "shine",
           "#3b3bd1", sf)), "fr", "informal 'tu', emoji, +amount",
           ("in", "2340.00", "EUR", "BRASSERIE DU QUAI SAS", "FACT F-2026-0419", "2026-12-02", "yes"), "shine.fr")

    plain = ("Un prélèvement de 612,00 € a été effectué sur ton compte.\n\nCréancier : URSSAF PAYS DE LA LOIRE\n"
             "Référence du mandat : URSSAF-2026-1148833\nDate : 04/12/2026\n\n" + sf)
    notice("shine_fr_prelevement_urssaf.eml", "Shine", "Shine <hello@shine.fr>",
           "Prélèvement de 612,00 € - URSSAF", 4, 7, 1, leaf("plain", plain), "fr", "direct debit taken (out)",
           ("out", "612.00", "EUR", "", "URSSAF-2026-1148833", "2026-12-04", "no"), "shine.fr")

    plain = ("Ton virement n'a pas pu aboutir\n\nLe virement de 180,00 € vers LOCATION MATERIEL PRO a été "
             "retourné par la banque du bénéficiaire.\nMotif : compte clôturé (AC04)\n\nLe montant a été "
             "recrédité sur ton compte le 03/12/2026.\n\n" + sf)
    notice("shine_fr_virement_retourne_ac04.eml", "Shine", "Shine <hello@shine.fr>",
           "Ton virement de 180,00 € a été retourné", 3, 10, 50, leaf("plain", plain), "fr",
           "outgoing transfer returned (AC04), money re-credited",
           ("failed", "180.00", "EUR", "", "LOCATION MATERIEL PRO", "2026-12-03", "no"), "shine.fr",
           notes="money comes back but it is the owner's own returned transfer, not a client payment")

    # ---- BNP Paribas
    plain = ("BNP PARIBAS - Alerte Mes Comptes\n\nBonjour,\n\nUne opération créditrice a été enregistrée sur votre "
             "compte Compte Pro **** 7780 :\n\nVIR SEPA RECU /DE NORTHBEAM ANALYTICS LTD /MOTIF INV-0427 "
             "/REF 2611BNP44510\nMontant : +960,00 EUR\nDate de l'opération : 30/11/2026\n\n"
             "Pour consulter le détail de vos opérations, connectez-vous à votre espace client.\n\n"
             "Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n"
             "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris")
    notice("bnp_fr_alerte_operation_creditrice.eml", "BNP Paribas",
           A("BNP Paribas", "alertes@alertes.bnpparibas.com"), "Alerte : opération créditrice sur votre compte",
           30, 18, 22, leaf("plain", plain, cs="iso-8859-15"), "fr", "bank feed-style label 'VIR SEPA RECU /DE'",
           ("in", "960.00", "EUR", "NORTHBEAM ANALYTICS LTD", "INV-0427", "2026-11-30", "yes"), "bnpparibas.com",
           notes="partial amount vs invoice; wording modelled on BNP 'Alerte Mes Comptes' operation alerts")

    # ---- Crédit Agricole
    plain = ("Crédit Agricole Atlantique Vendée\n\nAlerte solde\n\nBonjour,\n\nLe solde de votre compte courant "
             "n° *****4521 est passé sous le seuil de 500,00 EUR que vous avez défini.\nSolde au 01/12/2026 : "
             "312,48 EUR\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n"
             "Pour gérer vos alertes : Ma Banque > Mes alertes.")
    notice("ca_fr_alerte_solde_bas.eml", "Crédit Agricole", A("Crédit Agricole", "noreply@credit-agricole.fr"),
           "Alerte solde", 1, 7, 30, leaf("plain", plain), "fr", "balance threshold alert",
           ("statement", "312.48", "EUR", "", "", "2026-12-01", "no"), "credit-agricole.fr",
           notes="amount = balance, not a movement")

    # ---- Société Générale
    plain = ("Madame, Monsieur,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre Espace Client "
             "Professionnels.\n\nCompte : Compte courant Pro ****0931\nPériode : du 01/11/2026 au 30/11/2026\n\n"
             "Nous vous remercions de votre confiance.\nSociété Générale\n\nMerci de ne pas répondre à ce message "
             "envoyé automatiquement.")
    notice("sg_fr_releve_disponible.eml", "Société Générale", A("Société Générale", "info@professionnels.societegenerale.fr"),
           "Votre relevé de compte est disponible", 2, 4, 12, leaf("plain", plain), "fr", "statement available",
           ("statement", "", "", "", "", "", "no"), "societegenerale.fr")

    plain = ("Bonjour,\n\nUn remboursement de 89,90 EUR a été crédité sur votre compte suite à l'annulation d'un "
             "paiement par carte chez FNAC.COM.\nDate : 03/12/2026\nCarte : ****6602\n\nSociété Générale - "
             "Merci de ne pas répondre à ce message.")
    notice("sg_fr_remboursement_carte.eml", "Société Générale", A("Société Générale", "info@professionnels.societegenerale.fr"),
           "Remboursement sur votre carte", 3, 19, 2, leaf("plain", plain), "fr", "card refund received",
           ("refund", "89.90", "EUR", "", "FNAC.COM", "2026-12-03", "no"), "societegenerale.fr")

    # ---- LCL
    inner = ("<p>Bonjour Monsieur LEBRETON,</p><p>Nous vous informons qu'un virement a été reçu sur votre compte.</p>"
             "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse;border-color:#dcdcdc\">"
             "<tr><th align=\"left\">Émetteur</th><td>SCI LES TILLEULS</td></tr>"
             "<tr><th align=\"left\">Montant</th><td>720,00 EUR</td></tr>"
             "<tr><th align=\"left\">Libellé</th><td>LOYER SITE WEB F2026 0433</td></tr>"
             "<tr><th align=\"left\">Date de valeur</th><td>01/12/2026</td></tr></table>"
             "<p>LCL, le Crédit Lyonnais</p>")
    notice("lcl_fr_html_only_table.eml", "LCL", A("LCL", "ne-pas-repondre@info.lcl.fr"),
           "Virement reçu sur votre compte", 1, 9, 45,
           leaf("html", html_wrap("LCL", inner, "LCL", "#0d2a5a",
                "Ceci est un message automatique, merci de ne pas y répondre."), cte="base64"),
           "fr", "HTML-only base64, table, value date",
           ("in", "720.00", "EUR", "SCI LES TILLEULS", "LOYER SITE WEB F2026 0433", "2026-12-01", "yes"), "lcl.fr")

    # ---- La Banque Postale
    plain = ("La Banque Postale\n\nBonjour,\n\nVous avez reçu un virement de 1 200,00 EUR sur votre compte "
             "professionnel.\nDonneur d'ordre : DUFRESNE IMMOBILIER\nRéférence : F-2026-0440\n"
             "Date : 02/12/2026\n\nVous pouvez consulter vos opérations sur labanquepostale.fr.\n\n"
             "Ceci est un message automatique, merci de ne pas y répondre.")
    notice("lbp_fr_vous_avez_recu_virement.eml", "La Banque Postale",
           A("La Banque Postale", "notification@labanquepostale.fr"), "Vous avez reçu un virement", 2, 6, 40,
           leaf("plain", plain, cs="iso-8859-1"), "fr", "ISO-8859-1 QP, amount only in body",
           ("in", "1200.00", "EUR", "DUFRESNE IMMOBILIER", "F-2026-0440", "2026-12-02", "yes"), "labanquepostale.fr")

    # ---- Crédit Mutuel / CIC
    plain = ("Crédit Mutuel - Alerte prélèvement\n\nUn prélèvement SEPA va être débité de votre compte "
             "n° 10278 xxxx 0045 :\nCréancier : FREE PRO\nMontant : 59,99 EUR\nDate d'échéance : 04/12/2026\n\n"
             "Message automatique - ne pas répondre.")
    notice("cm_fr_alerte_prelevement_free.eml", "Crédit Mutuel",
           A("Crédit Mutuel", "alertes@creditmutuel.fr"), "Alerte prélèvement : 59,99 EUR", 3, 20, 10,
           leaf("plain", plain), "fr", "direct debit announced/taken (out)",
           ("out", "59.99", "EUR", "", "FREE PRO", "2026-12-04", "no"), "creditmutuel.fr")

    plain = ("CIC - Information sur votre virement\n\nVotre ordre de virement de 2 050,00 EUR au bénéficiaire "
             "STUDIO GRAPHIQUE MOREL n'a pas pu être exécuté.\nMotif du rejet : IBAN du bénéficiaire invalide\n"
             "Date : 01/12/2026\n\nVotre compte n'a pas été débité.\n\nCe message est envoyé automatiquement.")
    notice("cic_fr_virement_rejete_iban.eml", "CIC", A("CIC", "alertes@cic.fr"),
           "Votre virement n'a pas pu être exécuté", 1, 11, 0, leaf("plain", plain), "fr",
           "outgoing transfer rejected (invalid IBAN)",
           ("failed", "2050.00", "EUR", "", "STUDIO GRAPHIQUE MOREL", "2026-12-01", "no"), "cic.fr")

    # ---- Boursorama
    plain = ("Boursorama Banque\n\nBonjour Mathis,\n\nVous avez reçu un virement de 3 150,00 € de HOTELS "
             "REMPARTS SAS.\nLibellé : REGLEMENT F-2026-0522\n\nÀ très vite sur votre application Boursorama Banque.\n\n"
             "Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.")
    notice("boursorama_fr_virement_recu.eml", "Boursorama", A("Boursorama Banque", "noreply@boursorama.fr"),
           "Vous avez reçu un virement", 4, 16, 32, leaf("plain", plain), "fr", "money in, payer name differs from client name",
           ("in", "3150.00", "EUR", "HOTELS REMPARTS SAS", "REGLEMENT F-2026-0522", "2026-12-04", "yes"),
           "boursorama.fr", notes="payer is the legal entity of Groupe Hôtelier Les Remparts")

    # ---- Hello bank!
    plain = ("Hello bank!\n\nPaiement par carte\n\nUn paiement de 64,80 EUR a été réalisé avec votre carte "
             "**** 2290 chez SNCF CONNECT le 30/11/2026.\n\nSi vous n'êtes pas à l'origine de cette opération, "
             "faites opposition immédiatement depuis l'app.\n\nMessage automatique, merci de ne pas répondre.")
    notice("hellobank_fr_paiement_carte_sncf.eml", "Hello bank!", A("Hello bank!", "noreply@hellobank.fr"),
           "Paiement par carte de 64,80 EUR", 30, 19, 22, leaf("plain", plain), "fr", "card payment out",
           ("out", "64.80", "EUR", "", "SNCF CONNECT", "2026-11-30", "no"), "hellobank.fr")

    # ---- Fortuneo plural
    plain = ("Fortuneo\n\nBonjour,\n\n2 virements reçus sur votre compte courant :\n\n"
             "- +1 560,00 EUR de TRANSPORTS TESSIER FRERES - Réf. F-2026-0472 - 03/12/2026\n"
             "- +540,00 EUR de M. OU MME FERRIERE - Réf. FACT 0494 - 03/12/2026\n\n"
             "Retrouvez le détail dans votre espace client.\n\nCe message est généré automatiquement.")
    notice("fortuneo_fr_2_virements_recus.eml", "Fortuneo", A("Fortuneo", "info@fortuneo.fr"),
           "2 virements reçus", 3, 18, 0, leaf("plain", plain), "fr", "plural: two credits in one notice",
           ("in|in", "1560.00|540.00", "EUR", "TRANSPORTS TESSIER FRERES|M. OU MME FERRIERE",
            "F-2026-0472|FACT 0494", "2026-12-03|2026-12-03", "yes"), "fortuneo.fr",
           notes="two payers; each settles one invoice")

    # ---- Caisse d'Épargne
    plain = ("Caisse d'Epargne\n\nVirement instantané reçu\n\nVous avez reçu un virement instantané de "
             "300,00 EUR.\nÉmetteur : ANTOINE RIBEIRO\nMotif : facture 476 merci !\nLe 01/12/2026 à 21:47\n\n"
             "Ne répondez pas à ce message, il a été envoyé automatiquement.")
    notice("ce_fr_virement_instantane_recu.eml", "Caisse d'Épargne", A("Caisse d'Epargne", "noreply@caisse-epargne.fr"),
           "Virement instantané reçu", 1, 21, 48, leaf("plain", plain), "fr", "instant transfer in, informal motif",
           ("in", "300.00", "EUR", "ANTOINE RIBEIRO", "facture 476 merci !", "2026-12-01", "yes"), "caisse-epargne.fr")

    # ---- Banque Populaire
    plain = ("Banque Populaire Grand Ouest\n\nInformation : impayé sur prélèvement\n\nLe prélèvement SEPA que "
             "vous avez émis sur le compte de votre débiteur CAFE DES LICES (mandat LC-2026-07) d'un montant de "
             "780,00 EUR a été rejeté.\nMotif : provision insuffisante (AM04)\nDate de rejet : 02/12/2026\n\n"
             "Le montant a été débité de votre compte.\n\nMessage automatique.")
    notice("bp_fr_impaye_prelevement_client.eml", "Banque Populaire",
           A("Banque Populaire", "noreply@banquepopulaire.fr"), "Impayé sur prélèvement SEPA", 2, 13, 13,
           leaf("plain", plain), "fr", "client direct debit returned unpaid (AM04)",
           ("failed", "780.00", "EUR", "CAFE DES LICES", "LC-2026-07", "2026-12-02", "no"), "banquepopulaire.fr",
           notes="payer named because the failed collection was from this client")

    # ---- N26
    plain = ("Hi Mathis,\n\nYou received €850.00 from KELLER UND VOSS GMBH.\nReference: INV-0431 TEIL 1\n\n"
             "Your balance has been updated.\n\nN26 Bank SE\nThis is an automated email, please don't reply.")
    notice("n26_en_you_received.eml", "N26", A("N26", "no-reply@n26.com"), "You received €850.00", 3, 15, 5,
           leaf("plain", plain), "en", "money in, partial instalment",
           ("in", "850.00", "EUR", "KELLER UND VOSS GMBH", "INV-0431 TEIL 1", "2026-12-03", "yes"), "n26.com")

    plain = ("Paiement refusé\n\nTon paiement de 129,00 € chez ADOBE *CREATIVE CLOUD a été refusé : solde "
             "insuffisant.\n\nAjoute de l'argent sur ton compte puis réessaie.\n\nN26 Bank SE - Ceci est un e-mail automatique.")
    notice("n26_fr_paiement_refuse.eml", "N26", A("N26", "no-reply@n26.com"), "Paiement refusé", 30, 8, 48,
           leaf("plain", plain), "fr", "card payment declined",
           ("failed", "129.00", "EUR", "", "ADOBE *CREATIVE CLOUD", "2026-11-30", "no"), "n26.com")

    # ---- Revolut Business
    plain = ("Payment received\n\nYou've received £1,200.00 from NORTHBEAM ANALYTICS LTD into your GBP account.\n"
             "Reference: INV0427 BAL\n\nRevolut Business\nYou are receiving this email because you have "
             "notifications enabled for Lebreton Conseil.")
    notice("revolut_en_gbp_received.eml", "Revolut Business", A("Revolut Business", "no-reply@revolut.com"),
           "You've received £1,200.00", 4, 9, 14, leaf("plain", plain), "en", "money in GBP",
           ("in", "1200.00", "GBP", "NORTHBEAM ANALYTICS LTD", "INV0427 BAL", "2026-12-04", "yes"), "revolut.com")

    plain = ("Transfer completed\n\nYour transfer of €95.00 to Hostinger Domains has been completed.\n"
             "Reference: Renewal lebreton-conseil.fr\n\nRevolut Business\nYou are receiving this email because "
             "you have notifications enabled.")
    notice("revolut_en_transfer_out.eml", "Revolut Business", A("Revolut Business", "no-reply@revolut.com"),
           "Transfer completed", 2, 12, 0, leaf("plain", plain), "en", "outgoing transfer",
           ("out", "95.00", "EUR", "", "Renewal lebreton-conseil.fr", "2026-12-02", "no"), "revolut.com")

    # ---- Wise
    wf = "Wise Europe SA. You are receiving this email because you have a Wise account."
    plain = ("Hi Mathis,\n\nYou've received 2,000.00 USD from HALVORSEN MEDIA INC.\nIt's now in your USD balance.\n"
             "Reference: INV-0479\n\nThanks,\nThe Wise team\n\n" + wf)
    notice("wise_en_usd_received.eml", "Wise", A("Wise", "noreply@wise.com"), "You've received 2,000.00 USD",
           1, 17, 3, leaf("plain", plain), "en", "money in USD balance",
           ("in", "2000.00", "USD", "HALVORSEN MEDIA INC", "INV-0479", "2026-12-01", "yes"), "wise.com")

    plain = ("Hi Mathis,\n\nGood news - Lumen Robotics BV is sending you 2,980.00 EUR. It's on its way and should "
             "arrive by Monday.\n\nWe'll let you know when it's in your account.\n\nThe Wise team\n\n" + wf)
    notice("wise_en_on_its_way.eml", "Wise", A("Wise", "noreply@wise.com"), "2,980.00 EUR is on its way to you",
           4, 13, 27, leaf("plain", plain), "en", "announced incoming money, not arrived",
           ("none", "2980.00", "EUR", "Lumen Robotics BV", "", "", "no"), "wise.com",
           notes="money not yet received")

    # ---- Stripe
    stf = ("Stripe Payments Europe, Ltd. You're receiving this email because you're an administrator of "
           "Lebreton Conseil on Stripe.")
    plain = ("Lebreton Conseil\n\nYour payout of €4,312.55 is on its way to your bank account FR76 **** 2345. "
             "It should arrive by Dec 3, 2026.\n\nPayout ID: po_1QxT7kLbR2026e8a\n\nView payout in Dashboard: "
             "https://dashboard.stripe.com/payouts\n\n" + stf)
    notice("stripe_en_payout_on_its_way.eml", "Stripe", A("Stripe", "notifications@stripe.com"),
           "Your payout of €4,312.55 is on its way", 1, 3, 10, leaf("plain", plain), "en",
           "payout bundling many charges", ("in", "4312.55", "EUR", "Stripe", "po_1QxT7kLbR2026e8a", "2026-12-03",
                                            "no_aggregate"), "stripe.com")

    plain = ("Lebreton Conseil\n\nA payout of €1,208.40 to your bank account ending in 9981 failed.\n"
             "Reason: The bank account has been closed.\nThe funds have been returned to your Stripe balance. "
             "Update your bank account to receive future payouts.\n\n" + stf)
    notice("stripe_en_payout_failed.eml", "Stripe", A("Stripe", "notifications@stripe.com"),
           "Your payout failed", 2, 3, 42, leaf("plain", plain), "en", "payout failed (account closed)",
           ("failed", "1208.40", "EUR", "", "", "2026-12-02", "no"), "stripe.com")

    inner = ("<p>Paiement de <b>1&nbsp;080,00&nbsp;€</b> réussi</p><table><tr><td>Client</td><td>"
             "contact@maison-albarede.fr</td></tr><tr><td>Description</td><td>Facture F-2026-0481</td></tr>"
             "<tr><td>Moyen de paiement</td><td>Visa •••• 4242</td></tr></table>")
    plain = ("Paiement de 1 080,00 € réussi\n\nClient : contact@maison-albarede.fr\nDescription : Facture "
             "F-2026-0481\nMoyen de paiement : Visa •••• 4242\n\n" + stf)
    notice("stripe_fr_paiement_reussi.eml", "Stripe", A("Stripe", "notifications@stripe.com"),
           "Paiement de 1 080,00 € réussi - Lebreton Conseil", 2, 10, 11,
           alt(plain, html_wrap("Stripe", inner, "Stripe", "#635bff", stf)), "fr", "card payment captured by PSP",
           ("in", "1080.00", "EUR", "contact@maison-albarede.fr", "Facture F-2026-0481", "2026-12-02", "yes"), "stripe.com")

    plain = ("Lebreton Conseil\n\nA customer has disputed a €640.00 payment (reason: product not received).\n"
             "Respond by Dec 18, 2026 to challenge the dispute. The disputed amount and a €20.00 fee have been "
             "withdrawn from your balance.\n\nDispute ID: du_1QyA2bLbR2026f0c\n\n" + stf)
    notice("stripe_en_dispute.eml", "Stripe", A("Stripe", "notifications@stripe.com"),
           "A payment has been disputed", 3, 22, 5, leaf("plain", plain), "en", "chargeback / dispute",
           ("chargeback", "640.00", "EUR", "", "du_1QyA2bLbR2026f0c", "2026-12-03", "no"), "stripe.com")

    # ---- PayPal
    ppf = ("Veuillez ne pas répondre à cet e-mail. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard "
           "Royal L-2449, Luxembourg.")
    plain = ("Bonjour Mathis Lebreton,\n\nVous avez reçu un paiement de 350,00 € EUR de Lucie Varenne "
             "(lucie.varenne@example.com).\n\nNote de Lucie Varenne : Atelier SEO du 20/11\n"
             "N° de transaction : 7KD48211WX5520931\n\n" + ppf)
    notice("paypal_fr_paiement_recu.eml", "PayPal", A("service@paypal.fr", "service@paypal.fr"),
           "Vous avez reçu un paiement", 30, 14, 22, leaf("plain", plain), "fr", "PayPal payment received",
           ("in", "350.00", "EUR", "Lucie Varenne", "7KD48211WX5520931", "2026-11-30", "yes"), "paypal.fr")

    plain = ("Bonjour Mathis Lebreton,\n\nVous avez remboursé 45,00 € EUR à Jean-Baptiste Colas.\n"
             "N° de transaction du remboursement : 3RT90017LM2248840\n\n" + ppf)
    notice("paypal_fr_remboursement_envoye.eml", "PayPal", A("service@paypal.fr", "service@paypal.fr"),
           "Remboursement envoyé à Jean-Baptiste Colas", 3, 9, 0, leaf("plain", plain), "fr", "refund issued",
           ("refund", "45.00", "EUR", "", "3RT90017LM2248840", "2026-12-03", "no"), "paypal.fr")

    plain = ("Hello Mathis Lebreton,\n\nYou've received a payment of €1,900.00 EUR from Brightpath Learning, "
             "but it's on hold. We'll release it within 21 days, or sooner once we confirm the order was "
             "completed.\n\nTransaction ID: 9BW20451HH7734012\n\nPlease do not reply to this email.")
    notice("paypal_en_payment_on_hold.eml", "PayPal", A("service@paypal.com", "service@paypal.com"),
           "Your payment is on hold", 4, 16, 44, leaf("plain", plain), "en", "payment on hold, not available",
           ("none", "1900.00", "EUR", "Brightpath Learning", "9BW20451HH7734012", "", "no"), "paypal.com",
           notes="money not available yet")

    # ---- SumUp
    plain = ("Bonjour,\n\nNous avons effectué un virement de 612,40 € vers votre compte bancaire. Il regroupe "
             "les transactions du 28/11/2026 au 30/11/2026 (9 paiements, frais déduits).\n\n"
             "Référence du versement : SUMUP PID 55120934\n\nL'équipe SumUp")
    notice("sumup_fr_versement.eml", "SumUp", A("SumUp", "noreply@sumup.com"), "Votre versement est en route",
           1, 5, 55, leaf("plain", plain), "fr", "payout of card sales",
           ("in", "612.40", "EUR", "SumUp", "SUMUP PID 55120934", "2026-12-01", "no_aggregate"), "sumup.com")

    # ---- GoCardless
    plain = ("Hello Mathis,\n\nA payment of €480.00 from Marchetti Conseil RH has been collected and will be "
             "paid out to you soon.\n\nPayment reference: LEBRETON-0488-M\nCharge date: 2 December 2026\n\n"
             "GoCardless Ltd. You are receiving this email because you have a GoCardless account.")
    notice("gocardless_en_payment_collected.eml", "GoCardless", A("GoCardless", "help@gocardless.com"),
           "Payment collected from Marchetti Conseil RH", 2, 8, 30, leaf("plain", plain), "en",
           "direct debit collected from a client",
           ("in", "480.00", "EUR", "Marchetti Conseil RH", "LEBRETON-0488-M", "2026-12-02", "yes"), "gocardless.com")

    plain = ("Bonjour Mathis,\n\nLe paiement de 250,00 € de Clémence Roy a échoué.\nMotif : le mandat a été "
             "annulé par le client auprès de sa banque.\n\nNous ne retenterons pas ce paiement automatiquement.\n\n"
             "GoCardless - Vous recevez cet e-mail car vous disposez d'un compte GoCardless.")
    notice("gocardless_fr_paiement_echoue.eml", "GoCardless", A("GoCardless", "help@gocardless.com"),
           "Échec du paiement de Clémence Roy", 4, 8, 2, leaf("plain", plain), "fr", "direct debit failed",
           ("failed", "250.00", "EUR", "Clémence Roy", "", "2026-12-04", "no"), "gocardless.com")

    # ---- Mollie
    plain = ("Hi,\n\nWe have just transferred a settlement of €1,734.20 to your bank account.\nSettlement "
             "reference: 1488213.2612.01\nPeriod: 23 Nov - 29 Nov 2026 (14 payments, €18.60 fees)\n\n"
             "Kind regards,\nMollie\n\nYou receive this message because you are registered as a merchant with Mollie.")
    notice("mollie_en_settlement.eml", "Mollie", A("Mollie", "noreply@mollie.com"),
           "Settlement 1488213.2612.01 has been paid out", 30, 10, 2, leaf("plain", plain), "en",
           "weekly settlement", ("in", "1734.20", "EUR", "Mollie", "1488213.2612.01", "2026-11-30", "no_aggregate"),
           "mollie.com")

    # ---- PayPlug
    plain = ("Nouveau paiement reçu\n\nMontant : 540,00 €\nClient : Jardins de Kerlann\nRéférence : F-2026-0497\n"
             "Date : 03/12/2026 11:21\n\nPayPlug - Ceci est un e-mail automatique, merci de ne pas y répondre.")
    notice("payplug_fr_nouveau_paiement.eml", "PayPlug", A("PayPlug", "notification@payplug.com"),
           "Nouveau paiement reçu - 540,00 €", 3, 11, 22, leaf("plain", plain), "fr", "PSP payment captured",
           ("in", "540.00", "EUR", "Jardins de Kerlann", "F-2026-0497", "2026-12-03", "yes"), "payplug.com")

    # ---- Sumeria (ex-Lydia)
    plain = ("Jeanne Morel vous a envoyé 45,00 €\n\n« Atelier Canva 👍 »\n\nL'argent est disponible sur "
             "votre compte Sumeria.\n\nVous recevez cet e-mail car vous avez activé les notifications.")
    notice("sumeria_fr_argent_recu.eml", "Sumeria (Lydia)", A("Sumeria", "noreply@lydia-app.com"),
           "Jeanne Morel vous a envoyé 45,00 €", 1, 20, 12, leaf("plain", plain), "fr", "P2P payment received",
           ("in", "45.00", "EUR", "Jeanne Morel", "Atelier Canva 👍", "2026-12-01", "yes"), "lydia-app.com")

    # ---- Pennylane / Indy bank feeds
    plain = ("Nouvelle transaction rapprochée\n\nUne transaction de +1 320,00 € (LE GOFF CHARPENTE - VIR "
             "F-2026-0478) du 03/12/2026 a été automatiquement rapprochée de la facture F-2026-0478.\n"
             "La facture est passée au statut « Payée ».\n\nPennylane - Vous recevez cet e-mail car vous êtes "
             "membre de l'entreprise Lebreton Conseil.")
    notice("pennylane_fr_transaction_rapprochee.eml", "Pennylane", A("Pennylane", "notifications@pennylane.com"),
           "Facture F-2026-0478 payée", 4, 6, 30, leaf("plain", plain), "fr", "accounting bank feed: matched credit",
           ("in", "1320.00", "EUR", "LE GOFF CHARPENTE", "VIR F-2026-0478", "2026-12-03", "yes"), "pennylane.com")

    plain = ("Indy\n\nBonjour Mathis,\n\n3 nouvelles transactions à catégoriser :\n"
             "+ 1 740,00 €  VIR ROLLAND METALLERIE F0498  (04/12)\n"
             "- 23,99 €     CB OVHCLOUD  (01/12)\n"
             "- 612,00 €    PRLV URSSAF  (04/12)\n\nCatégorisez-les en un clic dans l'app.\n\n"
             "Indy - e-mail automatique.")
    notice("indy_fr_transactions_a_categoriser.eml", "Indy", A("Indy", "bonjour@indy.fr"),
           "3 nouvelles transactions à catégoriser", 4, 19, 0, leaf("plain", plain), "fr",
           "bookkeeping feed with mixed in/out lines",
           ("in|out|out", "1740.00|23.99|612.00", "EUR", "ROLLAND METALLERIE||", "VIR ROLLAND METALLERIE F0498|CB OVHCLOUD|PRLV URSSAF",
            "2026-12-04|2026-12-01|2026-12-04", "yes"), "indy.fr",
           notes="counts_as_payment refers to the single money-in line")

    # ---- remittance advice from a client's AP system
    plain = ("AVIS DE PAIEMENT\n\nÉmetteur : GROUPE ARMOR NAUTISME - Service Comptabilité Fournisseurs\n"
             "Fournisseur : LEBRETON CONSEIL (F004512)\n\nNous vous informons que le règlement suivant a été "
             "ordonnancé :\n\nN° facture      Date facture   Montant TTC\nF-2026-0459     26/10/2026     2 250,00\n\n"
             "Total réglé : 2 250,00 EUR\nMode de règlement : virement\nDate de règlement : 07/12/2026\n\n"
             "Ce message est généré automatiquement par notre système de gestion, merci de ne pas y répondre.")
    notice("armor_fr_avis_de_paiement.eml", "Armor Nautisme (AP)", A("Comptabilité Fournisseurs", "noreply-ap@armor-nautisme.fr"),
           "Avis de paiement - LEBRETON CONSEIL - 2 250,00 EUR", 4, 5, 15, leaf("plain", plain), "fr",
           "remittance advice from client ERP",
           ("in", "2250.00", "EUR", "GROUPE ARMOR NAUTISME", "F-2026-0459", "2026-12-07", "no_claim"), "armor-nautisme.fr")

    p = pdf(["PAYMENT ADVICE", "Payer: Keller & Voss GmbH", "Vendor: Lebreton Conseil", "Document: INV-0431",
             "Amount: EUR 1,250.00", "Payment date: 03.12.2026"])
    body = multi("mixed", [leaf("plain", "Dear supplier,\n\nPlease find attached the payment advice for the "
                                         "payment run of 03.12.2026.\n\nThis is a system-generated message. Please do not reply.\n"),
                           att("Payment_Advice_0009923145.pdf", "application/pdf", p)])
    notice("kellervoss_en_payment_advice_pdf.eml", "Keller & Voss (AP)", A("Keller & Voss Kreditorenbuchhaltung", "ap-noreply@keller-voss.de"),
           "Payment Advice 0009923145", 3, 6, 1, body, "en", "ERP payment advice with PDF",
           ("in", "1250.00", "EUR", "Keller & Voss GmbH", "INV-0431", "2026-12-03", "no_claim"), "keller-voss.de",
           notes="amount only in the PDF; body says nothing about the sum")

# ================================================================ auto_reply
def autos():
    L = "auto_reply"
    def ah(frm, subj, day, hh, mm, dom, num, extra=()):
        return [("From", frm), ("To", OWNER_H), ("Subject", H(subj)), ("Date", D(day, hh, mm)),
                ("Message-ID", MID(dom)), ("In-Reply-To", REM[num]["mid"]), ("References", REM[num]["mid"])] + list(extra)
    AS = ("Auto-Submitted", "auto-replied")
    reminder(530, "1 400,00 €", "€1,400.00", 1, "20 novembre 2026", "20 November 2026")
    put(L, "outlook_fr_reponse_automatique.eml",
        ah(A("Hervé Quéré", "h.quere@quere-btp.fr"), "Réponse automatique : Rappel : facture F-2026-0530 échue",
           1, 9, 3, "quere-btp.fr", 530, [AS, ("X-Auto-Response-Suppress", "All"),
           ("Thread-Topic", H("Rappel : facture F-2026-0530 échue"))]),
        leaf("plain", "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 7 décembre inclus, avec un accès "
             "limité à mes e-mails. Pour toute urgence, merci de contacter Nadège au 02 97 44 12 30.\n\n"
             "Cordialement,\nHervé Quéré"),
        "fr", "Quéré BTP (Exchange)", "Outlook 'Réponse automatique :' with Auto-Submitted",
        facts="ooo_until=2026-12-07", notes="'jusqu'au lundi 7 inclus': back on 7 Dec taken as ooo_until")

    reminder(531, "€1,750.00", "€1,750.00", 30, "23 November 2026", "23 November 2026")
    put(L, "en_automatic_reply_no_headers.eml",
        ah(A("Grace Liu", "grace.liu@orchardlane.example"), "Automatic reply: Reminder: invoice INV-0531 is overdue",
           30, 9, 4, "orchardlane.example", 531),
        leaf("plain", "Thank you for your email. I am currently out of the office with no access to email and "
             "will be back on Monday 14 December. For finance matters please contact accounts@orchardlane.example.\n\nGrace"),
        "en", "Orchard Lane", "OOO with no Auto-Submitted/X-Autoreply headers", facts="ooo_until=2026-12-14")

    reminder(532, "2 900,00 €", "€2,900.00", 2, "25 novembre 2026", "25 November 2026")
    put(L, "gmail_fr_vacances_jusquau_4_janvier.eml",
        ah(A("Camille-Anne Prigent", "ca.prigent@example.org"), "Absence du bureau", 2, 9, 3, "mail.gmail.com", 532,
           [AS]),
        alt("Bonjour,\n\nJe suis en congé jusqu'au 4 janvier inclus. Votre message sera traité à mon retour.\n\n"
            "Belles fêtes de fin d'année !\nCamille-Anne",
            "<div dir=\"ltr\">Bonjour,<br><br>Je suis en congé jusqu'au 4 janvier inclus. Votre message sera "
            "traité à mon retour.<br><br>Belles fêtes de fin d'année !<br>Camille-Anne</div>"),
        "fr", "Gmail vacation responder", "Gmail vacation, 'Absence du bureau' subject",
        facts="ooo_until=2027-01-04", notes="'jusqu'au 4 janvier inclus': absent that day too; back 5 Jan strictly")

    reminder(533, "3 300,00 €", "€3,300.00", 30, "15 novembre 2026", "15 November 2026")
    put(L, "ap_fr_accuse_reception_fournisseurs.eml",
        ah(A("Comptabilité Fournisseurs", "factures@groupe-lestrade.fr"),
           "Accusé de réception - Rappel : facture F-2026-0533 échue", 30, 9, 2, "groupe-lestrade.fr", 533,
           [AS, ("Precedence", "auto_reply")]),
        leaf("plain", "Bonjour,\n\nNous accusons réception de votre message. Cette adresse est exclusivement "
             "dédiée à la réception des factures fournisseurs au format PDF.\n\nNos conditions de règlement sont "
             "de 45 jours fin de mois à compter de la date de facture, par virement le 10 de chaque mois. Les "
             "relances ne sont pas traitées par ce canal : merci de vous adresser à votre acheteur.\n\n"
             "Groupe Lestrade - Service Comptabilité Fournisseurs\nMessage automatique, merci de ne pas répondre."),
        "fr", "Groupe Lestrade", "accounts-payable autoresponder stating payment terms")

    reminder(534, "€6,100.00", "€6,100.00", 1, "20 November 2026", "20 November 2026")
    put(L, "ap_en_invoices_mailbox_net60.eml",
        ah(A("Accounts Payable", "ap@meridian-hospitality.example"), "RE: Reminder: invoice INV-0534 is overdue",
           1, 9, 3, "meridian-hospitality.example", 534, [AS, ("X-Autoreply", "yes")]),
        leaf("plain", "Thank you for contacting Meridian Hospitality Accounts Payable.\n\nThis mailbox is "
             "monitored Monday to Friday. Invoices are paid on Net 60 terms from the date of receipt of a valid "
             "invoice quoting a Purchase Order number. Invoices without a PO will be returned.\n\nFor status "
             "enquiries please use the Supplier Portal: https://suppliers.meridian-hospitality.example\n\n"
             "This is an automated response."),
        "en", "Meridian Hospitality", "AP autoresponder, 'RE:' subject prefix, Net 60")

    reminder(535, "720,00 €", "€720.00", 2, "28 novembre 2026", "28 November 2026")
    put(L, "helpdesk_fr_ticket_zendesk_style.eml",
        ah(A("Support Ludiparc", "support@ludiparc.fr"), "[Ticket #48213] Rappel : facture F-2026-0535 échue",
           2, 9, 3, "ludiparc.zendesk.example", 535, [AS]),
        alt("##- Merci de saisir votre réponse au-dessus de cette ligne -##\n\nBonjour,\n\nNous avons bien reçu "
            "votre demande (#48213). Un membre de notre équipe vous répondra dans un délai de 72 heures ouvrées.\n\n"
            "L'équipe Ludiparc",
            "<p style=\"color:#b5b5b5\">##- Merci de saisir votre réponse au-dessus de cette ligne -##</p>"
            "<p>Bonjour,</p><p>Nous avons bien reçu votre demande (#48213). Un membre de notre équipe vous "
            "répondra dans un délai de 72 heures ouvrées.</p><p>L'équipe Ludiparc</p>"),
        "fr", "Ludiparc helpdesk", "helpdesk ticket acknowledgement")

    reminder(536, "€980.00", "€980.00", 3, "30 November 2026", "30 November 2026")
    put(L, "helpdesk_en_request_received.eml",
        ah(A("Nimbus Support", "support@nimbus-tools.example"), "Request received: Reminder: invoice INV-0536 is overdue [#9921]",
           3, 9, 3, "nimbus-tools.example", 536, [AS, ("X-Autoreply", "yes")]),
        leaf("plain", "Hi there,\n\nThanks for reaching out! Your request (#9921) has been received and is "
             "being reviewed by our billing team. Typical response time: 2 business days.\n\n"
             "Nimbus Tools Support"),
        "en", "Nimbus Tools helpdesk", "helpdesk autoresponder mentioning billing")

    reminder(537, "1 050,00 €", "€1,050.00", 30, "20 novembre 2026", "20 November 2026")
    b = "----=_NextPart_MDN_0451"
    body = (f'Content-Type: multipart/report; report-type=disposition-notification; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            "Votre message\n\n  À : Hélène Besnard\n  Objet : Rappel : facture F-2026-0537 échue\n"
            "  Envoyé : lundi 30 novembre 2026 09:02:11 (UTC+01:00)\n\na été lu le lundi 30 novembre 2026 14:37:52 (UTC+01:00).\n\n"
            f"--{b}\nContent-Type: message/disposition-notification\n\n"
            "Reporting-UA: besnard-notaires.fr; Microsoft Outlook 16.0\n"
            "Final-Recipient: rfc822;h.besnard@besnard-notaires.fr\n"
            f"Original-Message-ID: {REM[537]['mid']}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
            f"--{b}--\n")
    put(L, "mdn_fr_outlook_lu.eml",
        [("From", A("Hélène Besnard", "h.besnard@besnard-notaires.fr")), ("To", OWNER_H),
         ("Subject", H("Lu : Rappel : facture F-2026-0537 échue")), ("Date", D(30, 14, 37)),
         ("Message-ID", MID("besnard-notaires.fr"))], body,
        "fr", "Besnard Notaires", "read receipt (MDN) from Outlook, 'Lu :'")

    reminder(538, "€2,200.00", "€2,200.00", 1, "25 November 2026", "25 November 2026")
    b = "------------mdn0K3tY8"
    body = (f'Content-Type: multipart/report; report-type="disposition-notification"; boundary="{b}"\n\n'
            f"This is a multi-part message in MIME format.\n--{b}\nContent-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 7bit\n\nThis is a Return Receipt for the mail that you sent to "
            "ben@kitecraft.example.\n\nNote: This Return Receipt only acknowledges that the message was displayed on "
            "the recipient's computer. There is no guarantee that the recipient has read or understood the "
            f"message contents.\n\n--{b}\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n"
            "Content-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n"
            "Reporting-UA: kitecraft.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;ben@kitecraft.example\n"
            f"Original-Message-ID: {REM[538]['mid']}\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
            f"--{b}\nContent-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Disposition: inline\n\n"
            f"Date: Tue, 1 Dec 2026 09:02:00 +0100\nFrom: Mathis Lebreton <mathis@lebreton-conseil.fr>\n"
            f"To: ben@kitecraft.example\nMessage-ID: {REM[538]['mid']}\nSubject: Reminder: invoice INV-0538 is overdue\n\n--{b}--\n")
    put(L, "mdn_en_thunderbird_return_receipt.eml",
        [("From", A("Ben Adeyemi", "ben@kitecraft.example")), ("To", OWNER_H),
         ("Subject", "Return Receipt (displayed) - Reminder: invoice INV-0538 is overdue"), ("Date", D(1, 11, 12)),
         ("Message-ID", MID("kitecraft.example")), ("User-Agent", "Mozilla Thunderbird")], body,
        "en", "Thunderbird MDN", "read receipt with text/rfc822-headers part")

    reminder(539, "1 600,00 €", "€1,600.00", 2, "30 novembre 2026", "30 November 2026")
    put(L, "challenge_fr_antispam_confirmation.eml",
        [("From", A("Protection antispam - Saunier Conseil", "antispam@saunier-conseil.fr")), ("To", OWNER_H),
         ("Subject", H("Votre message à contact@saunier-conseil.fr est en attente")), ("Date", D(2, 9, 3)),
         ("Message-ID", MID("saunier-conseil.fr")), AS, ("Precedence", "bulk")],
        alt("Bonjour,\n\nVotre message « Rappel : facture F-2026-0539 échue » adressé à contact@saunier-conseil.fr "
            "est en attente.\n\nPour que votre message soit délivré, merci de confirmer que vous n'êtes pas un "
            "robot en cliquant sur le lien ci-dessous (valable 5 jours) :\n"
            "https://validation.saunier-conseil.fr/confirm?id=8f1c22a9\n\nCette procédure n'est demandée qu'une seule fois.",
            "<p>Bonjour,</p><p>Votre message « Rappel : facture F-2026-0539 échue » adressé à "
            "contact@saunier-conseil.fr est en attente.</p><p>Pour que votre message soit délivré, merci de "
            "confirmer que vous n'êtes pas un robot :</p><p><a href=\"https://validation.saunier-conseil.fr/confirm?id=8f1c22a9\">"
            "Je confirme mon message</a></p>"),
        "fr", "Saunier Conseil antispam", "challenge-response (confirm you are human)")

    reminder(540, "2 100,00 €", "€2,100.00", 30, "20 novembre 2026", "20 November 2026")
    put(L, "outlook_fr_conge_maternite_sans_date.eml",
        ah(A("Marine Josselin", "m.josselin@agence-littoral.fr"), "Réponse automatique : Rappel : facture F-2026-0540 échue",
           30, 9, 3, "agence-littoral.fr", 540, [AS, ("X-Auto-Response-Suppress", "All")]),
        leaf("plain", "Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question relative à la "
             "facturation, merci de vous adresser à Thomas Gicquel (t.gicquel@agence-littoral.fr).\n\nBien cordialement,\nMarine Josselin",
             cs="windows-1252"),
        "fr", "Agence Littoral", "OOO without return date, referral to colleague")

    reminder(541, "€3,050.00", "€3,050.00", 2, "27 November 2026", "27 November 2026")
    put(L, "en_ooo_x_autoreply_back_3rd.eml",
        ah(A("Ravi Menon", "ravi@copperleaf.example"), "Out of Office: Reminder: invoice INV-0541 is overdue",
           2, 9, 4, "copperleaf.example", 541, [("X-Autoreply", "yes"), ("X-Autorespond", "Reminder: invoice INV-0541 is overdue")]),
        leaf("plain", "Hello,\n\nI'm travelling for a client workshop and returning on 3 December. I'll reply "
             "as soon as I can.\n\nRavi"),
        "en", "Copperleaf", "X-Autoreply only, short return date", facts="ooo_until=2026-12-03")

    reminder(542, "890,00 €", "€890.00", 1, "24 novembre 2026", "24 November 2026")
    put(L, "fr_adresse_plus_consultee.eml",
        ah(A("Atelier Maillard", "info@atelier-maillard.fr"), "Cette adresse n'est plus consultée", 1, 9, 3,
           "atelier-maillard.fr", 542, [AS]),
        leaf("plain", "Bonjour,\n\nCette adresse e-mail n'est plus consultée depuis le 1er novembre 2026. Merci "
             "de renvoyer votre message à bonjour@maillard-atelier.fr.\n\nMessage automatique."),
        "fr", "Atelier Maillard", "address no longer read, redirect")

    reminder(543, "1 230,00 €", "€1,230.00", 2, "27 novembre 2026", "27 November 2026")
    put(L, "fr_deplacement_mercredi_9.eml",
        ah(A("Stéphane Kerjean", "s.kerjean@kerjean-elevage.fr"), "Absent : Rappel : facture F-2026-0543 échue",
           2, 9, 3, "kerjean-elevage.fr", 543, [AS]),
        leaf("plain", "Je suis en déplacement jusqu'au mercredi 9 décembre et je consulte mes messages de "
             "façon irrégulière. Je vous répondrai dès mon retour.\n\nS. Kerjean", cte="8bit"),
        "fr", "Kerjean Élevage", "OOO 'jusqu'au mercredi 9'", facts="ooo_until=2026-12-09")

    reminder(544, "€1,600.00", "€1,600.00", 3, "30 November 2026", "30 November 2026")
    put(L, "de_abwesenheitsnotiz.eml",
        ah(A("Katrin Weber", "k.weber@weber-moebel.example"), "Abwesenheitsnotiz: Reminder: invoice INV-0544 is overdue",
           3, 9, 3, "weber-moebel.example", 544, [AS]),
        leaf("plain", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 07.12.2026 nicht im Büro. "
             "In dringenden Fällen wenden Sie sich bitte an buchhaltung@weber-moebel.example.\n\n"
             "Thank you for your message. I am out of the office until 7 December 2026 inclusive.\n\nKatrin Weber",
             cs="iso-8859-1"),
        "de", "Weber Möbel", "German/English bilingual absence note", facts="ooo_until=2026-12-07",
        notes="'bis einschließlich 07.12' = absent through 7 Dec")

    reminder(545, "2 480,00 €", "€2,480.00", 4, "1er décembre 2026", "1 December 2026")
    put(L, "fr_accuse_reception_mairie.eml",
        ah(A("Mairie de Saint-Aubin - Accueil", "accueil@mairie-saint-aubin.example"),
           "Accusé de réception de votre courriel", 4, 9, 3, "mairie-saint-aubin.example", 545, [AS]),
        leaf("plain", "Madame, Monsieur,\n\nNous accusons bonne réception de votre courriel. Il a été transmis "
             "au service compétent. Pour les factures, nous vous rappelons que la collectivité est tenue de "
             "les recevoir via Chorus Pro ; le délai global de paiement est de 30 jours.\n\nLe service Accueil"),
        "fr", "Mairie de Saint-Aubin", "public body autoresponder mentioning Chorus Pro and 30-day terms")

# ================================================================ bounce
def orig(num, to, lang="fr"):
    r = REM[num]
    s = r["subj_fr"] if lang == "fr" else r["subj_en"]
    return (f"From: {OWNER_H}\nTo: {to}\nSubject: {H(s)}\nDate: {D(r['day'], 9, 2, 0)}\nMessage-ID: {r['mid']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(rem_text_fr(num) if lang == "fr" else rem_text_en(num)))

def dsn(human, reporting, rcpt, action, status, diag, num, lang="fr", remote=None, arrival=None, headers_only=False, extra_fields=""):
    b = "%08X.%d/%s" % (random.getrandbits(32), random.randint(1000, 9999), reporting)
    ds = f"Reporting-MTA: dns; {reporting}\n"
    if arrival:
        ds += f"Arrival-Date: {arrival}\n"
    ds += f"\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote:
        ds += f"Remote-MTA: dns; {remote}\n"
    ds += f"Diagnostic-Code: smtp; {diag}\n" + extra_fields
    o = orig(num, rcpt, lang)
    if headers_only:
        last = f"Content-Type: text/rfc822-headers\n\n{o.split(chr(10)+chr(10))[0]}\n"
    else:
        last = f"Content-Type: message/rfc822\n\n{o}"
    return multi("report", [f"Content-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
                            f"Content-Transfer-Encoding: 8bit\n\n{human}",
                            f"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}",
                            f"Content-Description: Undelivered Message\n{last}"],
                 params="; report-type=delivery-status", boundary=b,
                 preamble="This is a MIME-encapsulated message.\n")

def bounces():
    L = "bounce"
    reminder(550, "1 380,00 €", "€1,380.00", 1, "24 novembre 2026", "24 November 2026")
    r = "compta@atelier-sorel.example"
    human = ("** Address not found **\n\nYour message wasn't delivered to compta@atelier-sorel.example because the "
             "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
             "recipient's email address for typos or unnecessary spaces.\n")
    put(L, "gmail_address_not_found.eml",
        [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER), ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", D(1, 9, 3)), ("Message-ID", MID("mx.google.com")), ("Auto-Submitted", "auto-replied"),
         ("X-Failed-Recipients", r)],
        dsn(human, "googlemail.com", r, "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.",
            550, remote="aspmx.l.google.com"),
        "en", "Gmail", "Google Workspace-style 'Address not found' DSN", facts=f"failed_recipient={r}")

    reminder(551, "2 640,00 €", "€2,640.00", 30, "20 novembre 2026", "20 November 2026")
    r = "f.gauthier@gauthier-industries.example"
    human = ("Votre message n'a pas pu être remis à f.gauthier@gauthier-industries.example, car l'adresse est "
             "introuvable ou n'existe plus.\n\nAction requise du destinataire\nVérifiez l'adresse du destinataire "
             "et renvoyez le message.\n\nInformations de diagnostic pour les administrateurs :\nServeur générateur : "
             "PAXP193MB2048.EURP193.PROD.OUTLOOK.COM\nf.gauthier@gauthier-industries.example\nRemote server returned "
             "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    put(L, "exchange_online_fr_non_remis.eml",
        [("From", "Microsoft Outlook <postmaster@gauthier-industries.example>"), ("To", OWNER),
         ("Subject", H("Non remis : Rappel : facture F-2026-0551 échue")), ("Date", D(30, 9, 3)),
         ("Message-ID", MID("PAXP193MB2048.EURP193.PROD.OUTLOOK.COM")), ("Content-Language", "fr-FR"),
         ("X-MS-Exchange-Message-Is-Ndr", "")],
        dsn(human, "PAXP193MB2048.EURP193.PROD.OUTLOOK.COM", r, "failed", "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", 551,
            headers_only=True),
        "fr", "Exchange Online", "Exchange Online NDR in French, text/rfc822-headers", facts=f"failed_recipient={r}")

    reminder(552, "940,00 €", "€940.00", 2, "30 novembre 2026", "30 November 2026")
    r = "secretariat@cabinet-roudaut.example"
    human = ("This is the mail system at host mo402.mail-out.ovh.net.\n\nI'm sorry to have to inform you that "
             "your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             f"<{r}>: host smtp-in.orange.fr[80.12.26.33] said: 550 5.1.1\n    <{r}> Adresse d au moins un "
             "destinataire invalide. Invalid recipient.\n    OFR_416 [416] (in reply to RCPT TO command)\n")
    put(L, "ovh_postfix_orange_invalid_recipient.eml",
        [("From", "MAILER-DAEMON@mo402.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(2, 9, 3)), ("Message-ID", MID("mo402.mail-out.ovh.net")),
         ("Auto-Submitted", "auto-replied")],
        dsn(human, "mo402.mail-out.ovh.net", r, "failed", "5.1.1",
            f"550 5.1.1 <{r}> Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", 552,
            remote="smtp-in.orange.fr"),
        "en", "OVH mail-out (Postfix) / Orange MX", "OVH Postfix bounce relaying Orange OFR_416 rejection",
        facts=f"failed_recipient={r}")

    reminder(553, "1 890,00 €", "€1,890.00", 1, "26 novembre 2026", "26 November 2026")
    r = "contact@ferme-des-aulnes.example"
    human = ("This is the mail system at host mo402.mail-out.ovh.net.\n\nI'm sorry to have to inform you that "
             "your message could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n"
             f"<{r}>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 quota exceeded\n    (in reply to RCPT TO command)\n")
    put(L, "postfix_free_quota_exceeded.eml",
        [("From", "MAILER-DAEMON@mo402.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", D(1, 9, 4)), ("Message-ID", MID("mo402.mail-out.ovh.net"))],
        dsn(human, "mo402.mail-out.ovh.net", r, "failed", "5.2.2", "552 5.2.2 quota exceeded", 553, remote="mx1.free.fr"),
        "en", "OVH mail-out (Postfix) / Free MX", "mailbox full at Free", facts=f"failed_recipient={r}")

    reminder(554, "3 480,00 €", "€3,480.00", 30, "23 novembre 2026", "23 November 2026")
    r = "paiements@domaine-valcourt.example"
    human = ("This is the mail system at host smtp.lebreton-conseil.fr.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\nYour message could not be "
             "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             f"<{r}>: connect to mail.domaine-valcourt.example[203.0.113.25]:25:\n    Connection timed out\n")
    put(L, "postfix_delay_warning.eml",
        [("From", "MAILER-DAEMON@smtp.lebreton-conseil.fr (Mail Delivery System)"), ("To", OWNER),
         ("Subject", "Delayed Mail (still being retried)"), ("Date", D(30, 13, 5)), ("Message-ID", MID("smtp.lebreton-conseil.fr"))],
        dsn(human, "smtp.lebreton-conseil.fr", r, "delayed", "4.4.1",
            "X-Postfix; connect to mail.domaine-valcourt.example[203.0.113.25]:25: Connection timed out", 554,
            headers_only=True, extra_fields="Will-Retry-Until: Sat, 5 Dec 2026 09:02:00 +0100\n"),
        "en", "Postfix", "delay warning (4.4.1), will retry", facts=f"failed_recipient={r};bounce_final=no")

    reminder(555, "€2,750.00", "€2,750.00", 2, "25 November 2026", "25 November 2026")
    r = "billing@cobaltcraft.example"
    human = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
             "billing@cobaltcraft.example. Gmail will retry for 47 more hours. You'll be notified if the delivery "
             "fails permanently.\n\nThe response from the remote server was:\n421 4.7.0 Try again later, closing connection.\n")
    put(L, "gmail_delay.eml",
        [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER),
         ("Subject", "Delivery Status Notification (Delay)"), ("Date", D(2, 10, 5)), ("Message-ID", MID("mx.google.com"))],
        dsn(human, "googlemail.com", r, "delayed", "4.7.0", "421 4.7.0 Try again later, closing connection.", 555,
            lang="en", headers_only=True),
        "en", "Gmail", "Gmail delay DSN", facts=f"failed_recipient={r};bounce_final=no")

    reminder(556, "1 010,00 €", "€1,010.00", 3, "30 novembre 2026", "30 November 2026")
    r = "direction@hotel-belle-rive.example"
    txt = ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
           "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
           f"address(es) failed:\n\n  {r}\n    host mx.hotel-belle-rive.example [198.51.100.7]\n"
           "    SMTP error from remote mail server after RCPT TO:<" + r + ">:\n    550 No such user here\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n" + orig(556, r))
    put(L, "exim_text_only_no_dsn_part.eml",
        [("Return-Path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@relay.hebergeur-mutualise.example>"),
         ("To", OWNER), ("Subject", "Mail delivery failed: returning message to sender"), ("Date", D(3, 9, 3)),
         ("Message-ID", MID("relay.hebergeur-mutualise.example")), ("X-Failed-Recipients", r), ("Auto-Submitted", "auto-replied")],
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + txt,
        "en", "Exim", "plain-text Exim bounce, no delivery-status part", facts=f"failed_recipient={r}")

    reminder(557, "€1,420.00", "€1,420.00", 4, "1 December 2026", "1 December 2026")
    r = "accounts@seabright-events.example"
    human = ("Your message to accounts@seabright-events.example couldn't be delivered.\n\nseabright-events.example "
             "suspects your message is spam and rejected it.\n\nmathis   Office 365   seabright-events.example\n"
             "Sender   Action Required\n\nMessages suspected as spam\n\nRemote server returned '550 5.7.1 "
             "Service unavailable, Client host [51.68.10.2] blocked using Spamhaus'\n")
    put(L, "outlook365_en_rejected_spam.eml",
        [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@seabright-events.example>"),
         ("To", OWNER), ("Subject", "Undeliverable: Reminder: invoice INV-0557 is overdue"), ("Date", D(4, 9, 3)),
         ("Message-ID", MID("DB9PR10MB7310.EURPRD10.PROD.OUTLOOK.COM"))],
        dsn(human, "DB9PR10MB7310.EURPRD10.PROD.OUTLOOK.COM", r, "failed", "5.7.1",
            "550 5.7.1 Service unavailable, Client host [51.68.10.2] blocked using Spamhaus", 557, lang="en",
            headers_only=True),
        "en", "Exchange Online", "rejected as spam (5.7.1)", facts=f"failed_recipient={r}")

    reminder(558, "760,00 €", "€760.00", 1, "27 novembre 2026", "27 November 2026")
    r = "gerance@sci-mimosas.example"
    human = ("Bonjour,\n\nCeci est un message automatique du serveur de messagerie.\n\nVotre message n'a pas pu "
             "être délivré au(x) destinataire(s) suivant(s) :\n\n" + r + "\n  Le domaine n'existe pas "
             "(Host or domain name not found. Name service error for name=sci-mimosas.example type=MX)\n\n"
             "Le message original est joint.\n")
    put(L, "postfix_fr_domaine_introuvable.eml",
        [("From", A("Système de distribution du courrier", "MAILER-DAEMON@smtp.lebreton-conseil.fr")), ("To", OWNER),
         ("Subject", H("Message non délivré")), ("Date", D(1, 9, 2)), ("Message-ID", MID("smtp.lebreton-conseil.fr"))],
        dsn(human, "smtp.lebreton-conseil.fr", r, "failed", "5.4.4",
            "X-Postfix; Host or domain name not found. Name service error for name=sci-mimosas.example type=MX", 558),
        "fr", "Postfix (localised)", "localised French bounce, unknown domain (5.4.4)", facts=f"failed_recipient={r}")

    reminder(559, "1 280,00 €", "€1,280.00", 2, "28 novembre 2026", "28 November 2026")
    r1 = "compta@lumiere-optique.example"
    human = ("Hi. This is the qmail-send program at mail.lumiere-optique.example.\nI'm afraid I wasn't able to "
             "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
             f"<{r1}>:\nThis mailbox is disabled (554 5.2.1)\n\n--- Below this line is a copy of the message.\n\n" + orig(559, r1))
    put(L, "qmail_text_mailbox_disabled.eml",
        [("From", "MAILER-DAEMON@mail.lumiere-optique.example"), ("To", OWNER),
         ("Subject", "failure notice"), ("Date", D(2, 9, 3)), ("Message-ID", MID("mail.lumiere-optique.example"))],
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + human,
        "en", "qmail", "qmail 'failure notice', text only", facts=f"failed_recipient={r1}")

# ================================================================ other
def others():
    L = "other"
    def o(fname, frm, subj, day, hh, mm, body, lang, group, pattern, dom, extra=(), notes="", to=None):
        h = [("From", frm), ("To", to or OWNER_H), ("Subject", H(subj)), ("Date", D(day, hh, mm)),
             ("Message-ID", MID(dom))] + list(extra)
        put(L, fname, h, body, lang, group, pattern, notes=notes)
    LU = lambda url: ("List-Unsubscribe", f"<{url}>")
    o("qonto_newsletter_fr.eml", A("Qonto", "newsletter@qonto.com"), "Décembre : 3 nouveautés pour clôturer l'année sereinement",
      1, 10, 0, alt("Bonjour Mathis,\n\nL'année se termine : voici trois fonctionnalités pour préparer votre clôture : "
                    "export comptable en un clic, relances automatiques de factures clients, et catégorisation "
                    "intelligente.\n\nDécouvrir : https://qonto.com/fr/blog\n\nVous recevez cet e-mail car vous êtes "
                    "client Qonto. Se désinscrire : https://qonto.com/unsubscribe",
                    html_wrap("Qonto", "<p>Bonjour Mathis,</p><p>L'année se termine : voici trois fonctionnalités pour "
                              "préparer votre clôture.</p><ul><li>Export comptable en un clic</li><li>Relances automatiques "
                              "de factures clients</li><li>Catégorisation intelligente</li></ul>", "Qonto", "#1d1d1b",
                              "Se désinscrire")),
      "fr", "Qonto marketing", "bank newsletter mentioning invoices/reminders", "qonto.com",
      [LU("https://qonto.com/unsubscribe"), ("Precedence", "bulk")])
    o("bnp_offre_pro_fr.eml", A("BNP Paribas", "offres@bnpparibas-pro.example"), "Mathis, votre prêt équipement à taux préférentiel",
      2, 11, 30, leaf("html", html_wrap("BNP", "<p>Jusqu'au 31 décembre, financez votre matériel professionnel "
                      "à taux préférentiel. Simulation gratuite en ligne.</p>", "BNP PARIBAS", "#00965e",
                      "Pour ne plus recevoir nos offres, cliquez ici.")),
      "fr", "BNP Paribas marketing", "bank marketing, HTML only", "bnpparibas-pro.example", [LU("https://bnpparibas-pro.example/unsub")])
    p = pdf(["OVHcloud - Facture FR58823412", "Client : lebreton-conseil.fr", "Hebergement Web Pro 12 mois",
             "Total TTC : 23,99 EUR", "Prelevement le 01/12/2026"])
    o("ovh_facture_fournisseur.eml", A("OVHcloud", "noreply@ovh.net"), "Votre facture OVHcloud FR58823412",
      30, 4, 12, multi("mixed", [leaf("plain", "Bonjour,\n\nVotre facture FR58823412 d'un montant de 23,99 € TTC "
                                 "est disponible dans votre espace client. Le montant sera prélevé sur votre moyen "
                                 "de paiement par défaut.\n\nL'équipe OVHcloud"),
                                 att("Facture_FR58823412.pdf", "application/pdf", p)]),
      "fr", "OVHcloud", "supplier invoice to the owner with PDF", "ovh.net")
    o("free_pro_facture.eml", A("Free Pro", "facturation@freepro.example"), "Votre facture Free Pro de novembre est disponible",
      2, 6, 0, leaf("plain", "Bonjour,\n\nVotre facture Free Pro du mois de novembre 2026 d'un montant de 59,99 € TTC "
                    "est disponible dans votre Espace Abonné. Elle sera prélevée le 04/12/2026.\n\nFree Pro"),
      "fr", "Free Pro", "supplier invoice notification", "freepro.example")
    p = pdf(["CABINET HARDY EXPERTISE", "Facture H-2026-1187", "Honoraires tenue comptable novembre 2026",
             "Montant HT : 375,00 EUR - TVA 20 % : 75,00 EUR", "Total TTC : 450,00 EUR - a regler sous 15 jours"])
    o("expert_comptable_facture.eml", A("Cabinet Hardy Expertise", "facturation@hardy-expertise.example"),
      "Facture H-2026-1187 - honoraires novembre", 1, 14, 20,
      multi("mixed", [leaf("plain", "Bonjour Mathis,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour "
                          "le mois de novembre, à régler sous 15 jours.\n\nBien cordialement,\nSéverine Hardy\nExpert-comptable"),
                      att("H-2026-1187.pdf", "application/pdf", p)]),
      "fr", "Cabinet Hardy Expertise", "accountant's invoice TO the owner (written by a person, but a supplier bill)",
      "hardy-expertise.example", notes="supplier invoice to the owner -> other per guide")
    o("urssaf_nouveau_message.eml", A("Urssaf", "ne-pas-repondre@urssaf.fr"), "Un nouveau message est disponible dans votre espace",
      3, 8, 0, leaf("plain", "Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne autoentrepreneur.urssaf.fr "
                    "(rubrique Messagerie) : Échéancier de vos cotisations 2027.\n\nCordialement,\nL'Urssaf\n\nCe courriel "
                    "est envoyé automatiquement, merci de ne pas y répondre."),
      "fr", "URSSAF", "URSSAF notification", "urssaf.fr")
    o("impots_gouv_espace_pro.eml", A("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
      "Nouveau document disponible dans votre espace professionnel", 4, 7, 30,
      leaf("plain", "Madame, Monsieur,\n\nUn avis de Cotisation Foncière des Entreprises est disponible dans votre "
           "espace professionnel sur impots.gouv.fr.\n\nDate limite de paiement : 15/12/2026.\n\nLa DGFiP ne vous "
           "demandera jamais vos coordonnées bancaires par courriel.\n\nCe message est envoyé automatiquement."),
      "fr", "impots.gouv.fr", "tax notice available (a bill, not a movement)", "dgfip.finances.gouv.fr")
    o("malt_nouvelle_mission.eml", A("Malt", "notifications@malt.fr"), "Nouvelle opportunité : Data analyst Power BI (Nantes, 20 jours)",
      30, 12, 0, leaf("plain", "Bonjour Mathis,\n\nUn client vous a proposé une mission : Data analyst Power BI, "
                      "Nantes / télétravail, 20 jours à partir du 4 janvier.\n\nRépondez avant 48 h pour conserver votre taux "
                      "de réponse.\n\nL'équipe Malt\n\nGérer mes notifications : https://www.malt.fr/settings"),
      "fr", "Malt", "marketplace notification", "malt.fr")
    o("malt_paiement_mission.eml", A("Malt", "notifications@malt.fr"), "Votre client a validé la facture de la mission",
      4, 12, 10, leaf("plain", "Bonjour Mathis,\n\nVotre client Iroise Énergies a validé votre facture de mission. "
                      "Le virement sera déclenché sous 7 jours ouvrés.\n\nL'équipe Malt"),
      "fr", "Malt", "marketplace status (invoice validated, no money moved)", "malt.fr",
      notes="no movement; mentions a future transfer only")
    o("linkedin_profil_vu.eml", A("LinkedIn", "messages-noreply@linkedin.com"), "Mathis, vous apparaissez dans 14 recherches",
      2, 8, 40, alt("Vous apparaissez dans 14 recherches cette semaine.\n\nVoir qui vous a trouvé : https://www.linkedin.com/me/search-appearances\n\n"
                    "Cet e-mail était destiné à Mathis Lebreton. Se désabonner.",
                    "<p>Vous apparaissez dans <b>14 recherches</b> cette semaine.</p><p><a href=\"https://www.linkedin.com/me/search-appearances\">Voir qui vous a trouvé</a></p>"),
      "fr", "LinkedIn", "social network notification", "linkedin.com", [LU("https://www.linkedin.com/e/unsub")])
    o("phishing_credit_agricole.eml", A("Crédit Agricole", "securite@ca-verif-client.example"),
      "Action requise : votre compte sera suspendu sous 24h", 3, 2, 14,
      leaf("html", "<html><body><p>Cher(e) client(e),</p><p>Suite à une mise à jour de sécurité (DSP2), votre "
           "accès en ligne sera suspendu. Un virement entrant de 1 480,00 EUR est en attente de validation sur votre "
           "compte.</p><p><a href=\"http://ca-verif-client.example/login\">Valider mon identité</a></p>"
           "<p>Crédit Agricole - Service Sécurité</p></body></html>"),
      "fr", "phishing (bank)", "phishing imitating a bank, mentions pending incoming transfer", "ca-verif-client.example",
      notes="phishing imitating a bank -> other")
    o("phishing_paypal.eml", A("PayPal", "service@paypal-resolution-center.example"), "Votre compte PayPal a été limité",
      1, 23, 51, leaf("plain", "Cher client,\n\nNous avons remarqué une activité inhabituelle. Vous avez reçu un "
                      "paiement de 890,00 € qui est bloqué. Pour le débloquer, confirmez vos informations : "
                      "http://paypal-resolution-center.example/secure\n\nService client PayPal"),
      "fr", "phishing (PayPal)", "PayPal phishing with fake payment received", "paypal-resolution-center.example")
    o("spam_vous_avez_gagne.eml", A("Service Gagnants", "promo@super-tirage.example"), "Félicitations ! Vous avez gagné un iPhone 17",
      4, 3, 3, leaf("html", "<html><body><h1>FÉLICITATIONS !!!</h1><p>Vous êtes le 1 000 000e visiteur. Réclamez votre "
                    "cadeau maintenant, il ne vous reste que 2 minutes.</p><p><a href=\"http://super-tirage.example/claim\">"
                    "JE RÉCLAME</a></p></body></html>", cs="iso-8859-1"),
      "fr", "spam", "prize spam", "super-tirage.example")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           "DTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261201T081500Z\nORGANIZER;CN=Émilie Garnier:mailto:emilie.garnier@verdane-bio.fr\n"
           "UID:3k9v2q7r1t@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathis@lebreton-conseil.fr:mailto:mathis@lebreton-conseil.fr\n"
           "SUMMARY:Point projet dashboard + facturation\nLOCATION:https://meet.google.com/abc-defg-hij\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    o("google_calendar_invitation.eml", A("Émilie Garnier (Google Agenda)", "calendar-notification@google.com"),
      "Invitation: Point projet dashboard + facturation @ mar. 8 déc. 2026 10:00 - 11:00 (CET)", 1, 9, 15,
      multi("mixed", [multi("alternative", [leaf("plain", "Émilie Garnier vous a invité à un événement.\n\nPoint projet "
                                               "dashboard + facturation\nmar. 8 déc. 2026 10:00 – 11:00 (CET)\n\nParticiper : https://meet.google.com/abc-defg-hij"),
                                            leaf("calendar", ics, extra="").replace('text/calendar; charset="utf-8"', 'text/calendar; charset="UTF-8"; method=REQUEST')]),
                      att("invite.ics", "application/ics", ics)]),
      "fr", "Google Calendar", "calendar invitation sent by system (text/calendar)", "google.com",
      [("Reply-To", A("Émilie Garnier", "emilie.garnier@verdane-bio.fr"))])
    o("doctolib_rappel_rdv.eml", A("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous demain à 08:45",
      3, 18, 0, leaf("plain", "Bonjour Mathis,\n\nNous vous rappelons votre rendez-vous demain vendredi 4 décembre à "
                     "08:45 avec Dr Anne Le Roux (ostéopathe), 5 rue Paul Bellamy, Nantes.\n\nEn cas d'empêchement, "
                     "pensez à annuler votre rendez-vous.\n\nL'équipe Doctolib"),
      "fr", "Doctolib", "appointment reminder", "doctolib.fr")
    o("colissimo_livraison.eml", A("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis 6A24851937204 arrive aujourd'hui",
      2, 7, 12, leaf("plain", "Bonjour,\n\nVotre colis n° 6A24851937204 de LDLC.COM sera livré aujourd'hui entre 12h00 "
                     "et 14h00.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois\n\nColissimo"),
      "fr", "Colissimo", "shipping notice", "notif-colissimo-laposte.info")
    o("stripe_nouvelle_connexion.eml", A("Stripe", "notifications@stripe.com"), "New sign-in to your Stripe account",
      4, 22, 40, leaf("plain", "Hi Mathis,\n\nWe noticed a new sign-in to your Stripe account (Lebreton Conseil) from "
                      "Firefox on Linux, Nantes, France.\n\nIf this was you, you don't need to do anything. If not, "
                      "reset your password immediately.\n\nStripe"),
      "en", "Stripe", "security alert from a payment service (no money)", "stripe.com")
    o("qonto_facture_abonnement.eml", A("Qonto", "billing@qonto.com"), "Votre facture Qonto de novembre 2026",
      1, 5, 0, leaf("plain", "Bonjour Mathis,\n\nVotre facture d'abonnement Smart (novembre 2026) d'un montant de "
                    "29,00 € HT est disponible dans l'onglet Paramètres > Facturation.\n\nL'équipe Qonto"),
      "fr", "Qonto billing", "bank's own fee invoice", "qonto.com")
    o("figma_reset_password.eml", A("Figma", "no-reply@figma.com"), "Reset your Figma password",
      30, 16, 3, leaf("plain", "Hi Mathis,\n\nWe received a request to reset your password. Click the link below to "
                      "choose a new one. This link expires in 1 hour.\n\nhttps://www.figma.com/reset_password?token=3f9a\n\n"
                      "If you didn't request this, you can ignore this email."),
      "en", "Figma", "password reset", "figma.com")
    o("dmarc_aggregate_report.eml", "noreply-dmarc-support@google.com",
      "Report domain: lebreton-conseil.fr Submitter: google.com Report-ID: 17384920116354520911", 1, 1, 59,
      multi("mixed", [leaf("plain", "This is an aggregate report from google.com.\n", cte="7bit"),
                      att("google.com!lebreton-conseil.fr!1764460800!1764547199.xml", "application/xml",
                          b"<?xml version=\"1.0\"?><feedback><report_metadata><org_name>google.com</org_name></report_metadata>"
                          b"<policy_published><domain>lebreton-conseil.fr</domain><p>none</p></policy_published></feedback>")]),
      "en", "DMARC reports", "DMARC aggregate report", "google.com")
    o("newsletter_independants.eml", A("La Lettre des Indés", "hello@lettre-des-independants.example"),
      "N°87 — Relancer sans se fâcher (et les nouveaux plafonds 2027)", 3, 7, 0,
      alt("La Lettre des Indés — n°87\n\nAu sommaire :\n- Relancer un client sans abîmer la relation\n- Micro-entreprise : "
          "les plafonds 2027\n- Facturation électronique : ce qui change pour vous\n\nSe désinscrire : https://lettre-des-independants.example/u",
          "<h2>La Lettre des Indés — n°87</h2><ul><li>Relancer un client sans abîmer la relation</li><li>Micro-entreprise : "
          "les plafonds 2027</li><li>Facturation électronique : ce qui change pour vous</li></ul>"),
      "fr", "La Lettre des Indés", "newsletter about invoice reminders", "lettre-des-independants.example",
      [LU("https://lettre-des-independants.example/u"), ("Precedence", "bulk")])
    o("paypal_cgu_update.eml", A("PayPal", "paypal@mail.paypal.fr"), "Mise à jour de nos Conditions d'utilisation",
      30, 15, 0, leaf("plain", "Bonjour,\n\nNous apportons des modifications aux Conditions d'utilisation du service "
                      "PayPal, qui prendront effet le 15 janvier 2027. Aucune action n'est requise de votre part.\n\n"
                      "PayPal"),
      "fr", "PayPal legal", "payment service policy update (no money)", "mail.paypal.fr")

# ================================================================ main
def main():
    humans(); payments(); autos(); bounces(); others()
    with open(os.path.join(OUT, "labels.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in ROWS:
            for k, v in r.items():
                assert "\t" not in v and "\n" not in v, (r["file"], k)
            w.writerow(r)
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    print(dict(c), "total", len(ROWS))

if __name__ == "__main__":
    main()
