#!/usr/bin/env python3
"""build.py - writes the final13 blind evaluation set for dunnerd (owner: Léa Fontaine-Ribeiro,
Fontaine Paysage, Montpellier). Standard library only. Run: python3 build.py
All messages are synthetic (written for dunnerd); formats are modelled on the senders' documented
notice wordings and common mail-client / MTA output, as noted per row in labels.tsv."""
import os, base64, quopri, csv, shutil, hashlib, random
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.header import Header
from email import encoders, charset as _cs

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final13"
OWNER = "lea@fontaine-paysage.fr"
OWNER_NAME = "Léa Fontaine-Ribeiro"
ROWS = []
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
random.seed(13)

DAYS = {30: ("Mon", "Nov"), 1: ("Tue", "Dec"), 2: ("Wed", "Dec"), 3: ("Thu", "Dec"), 4: ("Fri", "Dec"),
        26: ("Thu", "Nov"), 27: ("Fri", "Nov"), 25: ("Wed", "Nov"), 24: ("Tue", "Nov")}
FR_DAYS = {30: "lundi 30 novembre 2026", 1: "mardi 1 décembre 2026", 2: "mercredi 2 décembre 2026",
           3: "jeudi 3 décembre 2026", 4: "vendredi 4 décembre 2026", 26: "jeudi 26 novembre 2026",
           27: "vendredi 27 novembre 2026", 25: "mercredi 25 novembre 2026", 24: "mardi 24 novembre 2026"}
FR_SHORT = {30: "lun. 30 nov. 2026", 1: "mar. 1 déc. 2026", 2: "mer. 2 déc. 2026", 3: "jeu. 3 déc. 2026",
            4: "ven. 4 déc. 2026", 26: "jeu. 26 nov. 2026", 27: "ven. 27 nov. 2026", 25: "mer. 25 nov. 2026",
            24: "mar. 24 nov. 2026"}
EN_SHORT = {30: "Mon, 30 Nov 2026", 1: "Tue, 1 Dec 2026", 2: "Wed, 2 Dec 2026", 3: "Thu, 3 Dec 2026",
            4: "Fri, 4 Dec 2026", 26: "Thu, 26 Nov 2026", 27: "Fri, 27 Nov 2026", 25: "Wed, 25 Nov 2026"}


def D(day, hh, mm, ss=None, tz="+0100"):
    if ss is None:
        ss = random.randint(0, 59)
    wd, mon = DAYS[day]
    return f"{wd}, {day} {mon} 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}"


def H(s, cs="utf-8", qenc=False):
    """Encode a header value if it needs it (B by default, Q when qenc)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        c = _cs.Charset(cs)
        c.header_encoding = _cs.QP if qenc else _cs.BASE64
        return Header(s, c).encode()


def BND(style=None):
    r = "%030x" % random.getrandbits(120)
    style = style or random.choice(["gmail", "outlook", "apple", "java", "php", "plain"])
    return {"gmail": "000000000000" + r[:12],
            "outlook": "_000_PR3P195MB" + r[:16].upper() + "PR3P195MB" + r[16:20].upper() + "EURP_",
            "apple": "Apple-Mail=_" + r[:8].upper() + "-" + r[8:12].upper() + "-" + r[12:16].upper() + "-" + r[16:28].upper(),
            "java": "----=_Part_" + str(int(r[:6], 16)) + "_" + str(int(r[6:14], 16)) + ".17648" + str(int(r[14:19], 16))[:8],
            "php": "b1_" + r[:32],
            "plain": "=_" + r[:24]}[style]


def addr(name, email_addr, cs="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()"'):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{email_addr}>"


OWNER_FULL = addr(OWNER_NAME, OWNER)


def mid(kind, seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if kind == "gmail":
        return f"<CA{h[:10]}+{h[10:22].lower()}_{h[22:30]}{h[:6].lower()}=Q@mail.gmail.com>"
    if kind == "outlook":
        return f"<PR3P195MB{h[:4]}{h[4:20]}@PR3P195MB{h[:4]}.EURP195.PROD.OUTLOOK.COM>"
    if kind == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{seed.split('@')[-1] if '@' in seed else 'icloud.com'}>"
    if kind == "exchange":
        return f"<{h[:24].lower()}@SRV-EXCH01.{seed.split('|')[0]}>"
    return f"<{h[:20].lower()}.{h[20:30].lower()}@{kind}>"


def T(body, cs="utf-8", cte="qp", sub="plain"):
    """A text part. cte in qp|b64|8bit|7bit."""
    if cte == "qp":
        p = MIMEText("", sub)
        del p["Content-Transfer-Encoding"]; del p["Content-Type"]
        p["Content-Type"] = f'text/{sub}; charset="{cs}"'
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(body.replace("\r\n", "\n").encode(cs, "replace")).decode("ascii"))
        del p["MIME-Version"]
        return p
    if cte == "b64":
        p = MIMEText("", sub)
        del p["Content-Transfer-Encoding"]; del p["Content-Type"]
        p["Content-Type"] = f'text/{sub}; charset="{cs}"'
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(body.encode(cs, "replace")).decode("ascii"))
        del p["MIME-Version"]
        return p
    # 8bit / 7bit: raw
    p = MIMEText("", sub)
    del p["Content-Transfer-Encoding"]; del p["Content-Type"]
    p["Content-Type"] = f"text/{sub}; charset={cs}"
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(body)
    del p["MIME-Version"]
    return p


def ALT(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or BND())
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def MIX(*parts, boundary=None, sub="mixed"):
    m = MIMEMultipart(sub, boundary=boundary or BND())
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mkpdf(lines):
    """A small valid one-page PDF with the given text lines (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append(f"1 0 0 1 50 {y} Tm ({esc(ln)}) Tj")
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def PDF(name, lines):
    p = MIMEApplication(mkpdf(lines), "pdf")
    p.add_header("Content-Disposition", "attachment", filename=name)
    p.set_param("name", name)
    del p["MIME-Version"]
    return p


def ATT(ctype, name, data, disp="attachment"):
    maj, sub = ctype.split("/")
    p = MIMEBase(maj, sub)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", disp, filename=name)
    p.set_param("name", name)
    del p["MIME-Version"]
    return p


def build(headers, root, crlf=True):
    """headers: list of (name, value) in order; root: a MIME part (its own Content-* headers kept)."""
    content = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    for k, v in headers:
        root[k] = v
    if "MIME-Version" not in [k for k, _ in headers]:
        root["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        root[k] = v
    s = root.as_string(maxheaderlen=0)
    b = s.encode("utf-8", "surrogateescape")
    b = b.replace(b"\r\n", b"\n")
    if crlf:
        b = b.replace(b"\n", b"\r\n")
    return b


def raw(text, crlf=False, enc="utf-8"):
    """Hand-written full message text (for broken MIME, DSNs written by hand...)."""
    b = text.encode(enc, "replace").replace(b"\r\n", b"\n")
    if crlf:
        b = b.replace(b"\n", b"\r\n")
    return b


def add(file, label, data, lang, group, pattern, provider="", fidelity="synthetic", direction="",
        amount="", currency="", payer="", reference="", value_date="", cap="", facts="", notes=""):
    path = os.path.join(OUT, label, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    assert not os.path.exists(path), file
    with open(path, "wb") as f:
        f.write(data)
    ROWS.append({"file": f"{label}/{file}", "label": label, "source_repo": "synthetic",
                 "source_path": "build.py", "source_commit": "", "license": "written for dunnerd",
                 "fidelity": fidelity, "lang": lang, "provider": provider, "source_group": group,
                 "pattern": pattern, "direction": direction, "amount": amount, "currency": currency,
                 "payer": payer, "reference": reference, "value_date": value_date,
                 "counts_as_payment": cap, "facts": facts, "split": SPLIT, "notes": notes})


# ---------------------------------------------------------------- the owner's reminders
SIG_LEA = ("Léa Fontaine-Ribeiro\nPaysagiste concepteur\nFontaine Paysage\n"
           "12 rue du Faubourg Boutonnet, 34090 Montpellier\n04 67 00 41 28 · fontaine-paysage.fr")


def reminder_fr(inv, amt, due, formal=True):
    hello = "Bonjour," if formal else "Bonjour,"
    return (f"{hello}\n\nSauf erreur de ma part, la facture {inv} d'un montant de {amt} TTC, "
            f"arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
            "Pourriez-vous procéder à son règlement par virement sur le compte indiqué sur la facture ? "
            "Si le paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
            f"Bien cordialement,\n{SIG_LEA}")


def reminder_en(inv, amt, due):
    return (f"Hello,\n\nUnless I am mistaken, invoice {inv} for {amt}, due on {due}, is still unpaid.\n\n"
            "Could you please arrange payment by bank transfer to the account shown on the invoice? "
            "If payment has already been made, please disregard this message.\n\n"
            f"Kind regards,\n{SIG_LEA}")


def rsubj_fr(inv):
    return f"Rappel : facture {inv} échue"


def rsubj_en(inv):
    return f"Reminder: invoice {inv} is overdue"


def rmid(n, k=1):
    return f"<dunnerd.{n}.{k}@fontaine-paysage.fr>"


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr_fr(day, hm):
    return f"Le {FR_SHORT[day]} à {hm}, Léa Fontaine-Ribeiro <{OWNER}> a écrit :"


def gmail_attr_en(day, hm):
    return f"On {EN_SHORT[day]} at {hm}, Léa Fontaine-Ribeiro <{OWNER}> wrote:"


def outlook_hdr_fr(day, hm, to, subj):
    return (f"De : Léa Fontaine-Ribeiro <{OWNER}>\nEnvoyé : {FR_DAYS[day]} {hm}\nÀ : {to}\n"
            f"Objet : {subj}")


def outlook_hdr_en(day, hm, to, subj):
    return (f"From: Léa Fontaine-Ribeiro <{OWNER}>\nSent: {EN_SHORT[day].replace(',', '')} {hm}\nTo: {to}\n"
            f"Subject: {subj}")


def reply_headers(frm, to, subj, date, msgid, n=None, extra=(), cc=None, k=1):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)]
    if n is not None:
        h += [("In-Reply-To", rmid(n, k)), ("References", rmid(n, k))]
    h += list(extra)
    return h

# ================================================================ human_reply
def human():
    L = "human_reply"
    # h01 municipality finance officer, Outlook multipart, Outlook-style quote
    inv, amt, due = "F-2026-0387", "6 840,00 €", "15/11/2026"
    subj = "RE: " + rsubj_fr(inv)
    txt = ("Bonjour Madame,\n\nVotre facture F-2026-0387 a été mandatée le 24/11/2026 (mandat n° 1842, bordereau n° 212).\n"
           "Le paiement relève désormais du Service de Gestion Comptable du Pays de Lunel : comptez en général 10 à 15 jours "
           "entre le mandatement et le virement.\n\nBien cordialement,\n\nNathalie Bérenger\nService Finances – Commande publique\n"
           "Mairie de Castelnau-les-Oliviers\n1 place de la République – 34160 Castelnau-les-Oliviers\nTél. 04 67 00 12 40\n\n"
           + outlook_hdr_fr(30, "09:02", "finances@mairie-castelnau-oliviers.fr", rsubj_fr(inv)) + "\n\n" + reminder_fr(inv, amt, due))
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
           "<body lang=\"FR\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour Madame,</p><p class=\"MsoNormal\">&nbsp;</p>"
           "<p class=\"MsoNormal\">Votre facture F-2026-0387 a été mandatée le 24/11/2026 (mandat n° 1842, bordereau n° 212).</p>"
           "<p class=\"MsoNormal\">Le paiement relève désormais du Service de Gestion Comptable du Pays de Lunel : comptez en général 10 à 15 jours entre le mandatement et le virement.</p>"
           "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Bien cordialement,</p><p class=\"MsoNormal\">&nbsp;</p>"
           "<p class=\"MsoNormal\"><b>Nathalie Bérenger</b><br>Service Finances – Commande publique<br>Mairie de Castelnau-les-Oliviers<br>1 place de la République – 34160 Castelnau-les-Oliviers<br>Tél. 04 67 00 12 40</p>"
           "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> Léa Fontaine-Ribeiro &lt;lea@fontaine-paysage.fr&gt;<br><b>Envoyé :</b> lundi 30 novembre 2026 09:02<br><b>À :</b> finances@mairie-castelnau-oliviers.fr<br><b>Objet :</b> " + rsubj_fr(inv) + "</p></div>"
           "<p class=\"MsoNormal\">" + reminder_fr(inv, amt, due).replace("\n", "<br>") + "</p></div></body></html>")
    add("castelnau_finances_mandatee.eml", L, build(reply_headers(
        addr("Nathalie Bérenger", "n.berenger@mairie-castelnau-oliviers.fr"), OWNER_FULL, subj, D(30, 10, 41),
        mid("outlook", "h01"), 387, [("Thread-Topic", H(rsubj_fr(inv))), ("Thread-Index", "AQHbQ2xk7v3t9Xk1Tk2m1lqL0Yb8ZQ=="),
                                     ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
        ALT(T(txt), T(htm, sub="html"), boundary=BND("outlook"))), "fr", "Mairie de Castelnau-les-Oliviers",
        "municipality: invoice 'mandatée', paid by the public treasury later; Outlook multipart with Outlook header block quote",
        notes="mandatement is not payment and gives no date: no promise, not already paid")

    # h02 intercommunality: must be filed on Chorus Pro (Zimbra)
    inv, amt, due = "F-2026-0402", "11 520,00 €", "20/11/2026"
    body = ("Bonjour Madame Fontaine-Ribeiro,\n\nNous accusons réception de votre relance. Toutefois, votre facture nous a été adressée "
            "par courriel : conformément à l'ordonnance n° 2014-697, les factures destinées à la Communauté de communes doivent "
            "obligatoirement être déposées sur Chorus Pro.\n\nMerci de la déposer à nouveau sur le portail en renseignant :\n"
            "- SIRET destinataire : 200 012 345 00018\n- Code service : FIN-MARCHES\n- N° d'engagement juridique : EJ-2026-0458\n\n"
            "Le délai global de paiement de 30 jours ne court qu'à compter de la réception sur Chorus Pro.\n\nCordialement,\n\n"
            "Karima Benali\nService Commande publique & Finances\nCommunauté de communes Garrigues et Vidourle\n\n"
            "Le 30/11/2026 à 09:02, Léa Fontaine-Ribeiro a écrit :\n" + q(reminder_fr(inv, amt, due)))
    add("ccgv_deposer_chorus_pro.eml", L, build(reply_headers(
        addr("Karima Benali", "k.benali@cc-garrigues-vidourle.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 14, 7),
        "<1839204716.2281934.1764508027341.JavaMail.zimbra@cc-garrigues-vidourle.fr>", 402,
        [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4546)"), ("Thread-Index", "kZp3XwQ8bVnR1dT6")]),
        T(body)), "fr", "CC Garrigues et Vidourle", "public body asks to re-file the invoice on Chorus Pro with EJ number; Zimbra webmail",
        facts="request_invoice=yes", notes="asks for the invoice to be submitted again (via Chorus Pro)")

    # h03 campsite: virement vendredi
    inv, amt, due = "F-2026-0421", "1 680,00 €", "25/11/2026"
    body = ("Bonjour Léa,\n\nDésolé, avec la fermeture de la saison tout est un peu en vrac au bureau.\n"
            "Je fais le virement vendredi sans faute.\n\nBonne soirée\nFabrice\n\n--\nFabrice Lacombe\nCamping Les Pins Dorés ****\n"
            "Chemin de la Grande Maïre – 34410 Sérignan\n\n" + gmail_attr_fr(30, "09:02") + "\n\n" + q(reminder_fr(inv, amt, due)))
    htm = "<div dir=\"ltr\">" + body.split("\n\n" + gmail_attr_fr(30, "09:02"))[0].replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + gmail_attr_fr(30, "09:02").replace("<", "&lt;").replace(">", "&gt;") + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + reminder_fr(inv, amt, due).replace("\n", "<br>") + "</blockquote></div>"
    add("pinsdores_virement_vendredi.eml", L, build(reply_headers(
        addr("Camping Les Pins Dorés", "contact@camping-pinsdores.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 18, 22),
        mid("gmail", "h03"), 421), ALT(T(body), T(htm, sub="html"), boundary=BND("gmail"))), "fr", "Camping Les Pins Dorés",
        "promise 'vendredi' (written Tuesday); Google Workspace multipart, gmail_quote", facts="promise_date=2026-12-04")

    # h04 villa owner: paiement prévu le 15 (Apple Mail)
    inv, amt, due = "F-2026-0416", "1 250,00 €", "20/11/2026"
    body = ("Bonjour Madame Fontaine-Ribeiro,\n\nBien reçu votre relance, toutes mes excuses.\nLe paiement est prévu le 15, nous avons "
            "eu de grosses dépenses avec la piscine ce mois-ci.\n\nCordialement,\nOlivier Sabatier\n\n"
            "> Le 30 nov. 2026 à 09:02, Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr> a écrit :\n> \n" + q(reminder_fr(inv, amt, due)))
    add("sabatier_paiement_le_15.eml", L, build(reply_headers(
        addr("Olivier Sabatier", "olivier.sabatier@example.net"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 19, 48),
        "<8E1C4F2A-77B3-4D0E-9A61-2F7C0B5D9E13@example.net>", 416,
        [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]), T(body, cte="qp")), "fr", "Sabatier (private villa)",
        "'paiement prévu le 15' resolved to December; Apple Mail quoted reminder", facts="promise_date=2026-12-15")

    # h05 property developer, Outlook, long legal disclaimer, fin de la semaine prochaine
    inv, amt, due = "F-2026-0412", "9 600,00 €", "15/11/2026"
    disc = ("\n\n________________________________\nHÉLIADE PROMOTION – SAS au capital de 1 500 000 € – RCS Montpellier 812 345 678 – "
            "Siège : 245 rue Alfred Nobel, 34000 Montpellier\n\nCe message et toutes les pièces jointes sont confidentiels et établis à "
            "l'intention exclusive de ses destinataires. Toute utilisation ou diffusion, même partielle, non autorisée est interdite. "
            "Tout message électronique est susceptible d'altération ; Héliade Promotion décline toute responsabilité au titre de ce message "
            "s'il a été altéré, déformé ou falsifié. Si vous n'êtes pas destinataire de ce message, merci de le détruire immédiatement "
            "et d'avertir l'expéditeur.\n\nThis message and any attachments are confidential and intended solely for the addressees. "
            "Any unauthorised use or dissemination is prohibited. E-mails are susceptible to alteration; Héliade Promotion shall not be "
            "liable for the message if altered, changed or falsified.\n\nPensez à l'environnement avant d'imprimer ce message.")
    body = ("Bonjour Léa,\n\nJe reviens vers vous concernant la facture F-2026-0412 (mission DET – Les Jardins d'Ulysse, tranche 2).\n"
            "Le circuit de validation a été bouclé ce matin ; le règlement sera effectué d'ici la fin de la semaine prochaine.\n\n"
            "Bien à vous,\n\nJulien Carrère\nResponsable de programmes\nHéliade Promotion\nLigne directe : 04 99 00 63 17 – Mobile : 06 00 21 47 85"
            + disc + "\n\n" + outlook_hdr_fr(30, "09:02", "Julien Carrère <j.carrere@heliade-promotion.fr>", rsubj_fr(inv)) + "\n\n" + reminder_fr(inv, amt, due))
    htm = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + body.replace("\n", "<br>\n") + "</div></body></html>")
    add("heliade_fin_semaine_prochaine.eml", L, build(reply_headers(
        addr("Julien Carrère", "j.carrere@heliade-promotion.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(2, 11, 5),
        mid("outlook", "h05"), 412, [("Thread-Topic", H(rsubj_fr(inv))), ("Content-Language", "fr-FR"),
                                     ("x-ms-exchange-senderadcheck", "1")]),
        ALT(T(body), T(htm, sub="html", cte="b64"), boundary=BND("outlook"))), "fr", "Héliade Promotion",
        "'d'ici la fin de la semaine prochaine' (written Wednesday) + long bilingual legal disclaimer; Outlook",
        facts="promise_date=2026-12-11", notes="end of next week = Friday 11 Dec; week_of_2026-12-07 also defensible")

    # h06 Spanish client, English: we'll pay on the 10th
    inv, amt, due = "INV-0413", "€7,450.00", "20 November 2026"
    body = ("Hi Léa,\n\nApologies for the delay, the invoice got stuck with our controller while I was travelling.\n"
            "It's approved now and we'll pay on the 10th (our bank only releases SEPA batches twice a month).\n\n"
            "Best regards,\n\nMarta Giménez Soler\nProject Director · Inmobiliaria Levante Verde S.L.\nAv. de Aragón 30, 46021 València\n\n"
            + gmail_attr_en(30, "09:04") + "\n\n" + q(reminder_en(inv, amt, due)))
    add("levanteverde_pay_on_10th.eml", L, build(reply_headers(
        addr("Marta Giménez Soler", "mgimenez@levanteverde.es"), OWNER_FULL, "Re: " + rsubj_en(inv), D(1, 16, 33, tz="+0100"),
        mid("gmail", "h06"), 413), ALT(T(body), T("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", sub="html"), boundary=BND("gmail"))),
        "en", "Inmobiliaria Levante Verde", "Spanish client in English, 'we'll pay on the 10th'", facts="promise_date=2026-12-10")

    # h07 Portuguese client accountant: payment run is on Thursday
    inv, amt, due = "INV-0417", "€5,980.00", "23 November 2026"
    body = ("Dear Ms Fontaine-Ribeiro,\n\nThank you for your e-mail. Your invoice INV-0417 has been approved and is included in "
            "our next supplier payment run, which is on Thursday.\nPlease allow one or two business days for the funds to reach your account.\n\n"
            "Kind regards,\nRita Fonseca\nContabilidade / Accounting\nQuinta do Vale Sereno, Lda.\n5110-000 Armamar · Portugal\n\n"
            "-----Original Message-----\n" + outlook_hdr_en(30, "08:04", "accounting@valesereno.pt", rsubj_en(inv)) + "\n\n" + reminder_en(inv, amt, due))
    add("valesereno_payment_run_thursday.eml", L, build(reply_headers(
        addr("Rita Fonseca", "accounting@valesereno.pt"), OWNER_FULL, "RE: " + rsubj_en(inv), D(30, 11, 17, tz="+0000"),
        mid("outlook", "h07"), 417, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pt-pt")]),
        T(body, cs="windows-1252")), "en", "Quinta do Vale Sereno", "Portuguese client, 'payment run is on Thursday' (written Monday), Original Message quote, windows-1252",
        facts="promise_date=2026-12-03")

    # h08 dispute, angry, villa owner
    inv, amt, due = "F-2026-0392", "4 780,00 €", "10/11/2026"
    body = ("Madame,\n\nVotre relance tombe mal. Je ne réglerai pas le solde de cette facture en l'état.\n\n"
            "Le plan de plantation définitif ne m'a jamais été remis (je n'ai qu'une version « provisoire » du mois d'août), "
            "et l'entreprise qui a posé l'arrosage m'explique que le goutte-à-goutte que vous avez prescrit est sous-dimensionné : "
            "la moitié des haies de pittosporum a déjà jauni.\n\nJe veux bien en discuter sur place, mais pas question de payer "
            "4 780 € pour une mission qui n'est pas terminée.\n\nT. Delacroix-Vidal\nMas de l'Aiguelongue – Saint-Mathieu-de-Tréviers\n\n"
            + gmail_attr_fr(30, "09:02") + "\n" + q(reminder_fr(inv, amt, due)))
    add("delacroix_conteste_solde.eml", L, build(reply_headers(
        addr("Thierry Delacroix-Vidal", "t.delacroixvidal@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 7, 12),
        mid("gmail", "h08"), 392), T(body, cte="8bit")), "fr", "Delacroix-Vidal (private villa)",
        "dispute: deliverable missing and design fault; 8bit utf-8 plain", facts="dispute=yes")

    # h09 wine estate accountant: virement fait le 27 novembre
    inv, amt, due = "F-2026-0407", "8 200,00 €", "20/11/2026"
    body = ("Bonjour,\n\nLe virement a été fait le 27 novembre depuis notre compte au Crédit Agricole, vous devriez l'avoir reçu "
            "à l'heure qu'il est.\n\nCordialement\n\nGilles Maurel\nComptabilité – SCEA Domaine de Roquefraîche\n\n"
            + outlook_hdr_fr(30, "09:03", "compta@domaine-roquefraiche.fr", rsubj_fr(inv)) + "\n\n" + reminder_fr(inv, amt, due))
    add("roquefraiche_vire_le_27.eml", L, build(reply_headers(
        addr("Compta Roquefraîche", "compta@domaine-roquefraiche.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(30, 15, 26),
        mid("outlook", "h09"), 407, [("X-Mailer", "Microsoft Outlook 16.0")]), T(body, cs="iso-8859-1")), "fr",
        "Domaine de Roquefraîche", "already paid with a date; iso-8859-1 QP Outlook plain", facts="already_paid=2026-11-27")

    # h10 hotel director: réglé depuis longtemps, iPhone
    inv, amt, due = "F-2026-0406", "1 540,00 €", "31/10/2026"
    body = ("C'est réglé depuis longtemps !! Vérifiez vos comptes avant d'envoyer des relances.\n\nP. Ollier\n\nEnvoyé de mon iPhone\n\n"
            "> Le 30 nov. 2026 à 09:03, Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr> a écrit :\n> \n> \uFEFF" + q(reminder_fr(inv, amt, due))[2:])
    add("terrasses_regle_depuis_longtemps.eml", L, build(reply_headers(
        addr("Patrick Ollier", "direction@hotel-terrasses-pic.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 12, 58),
        "<2B9E0F14-C3A1-4B77-8E0D-5AF61D2C7B90@hotel-terrasses-pic.fr>", 406, [("X-Mailer", "iPhone Mail (22B91)")]),
        T(body, cte="qp")), "fr", "Hôtel Les Terrasses du Pic", "'réglé depuis longtemps' without a date, iPhone",
        facts="already_paid=claimed")

    # h11 landscaping contractor forwards the bank's transfer confirmation inline
    inv, amt, due = "F-2026-0420", "1 100,00 €", "27/11/2026"
    body = ("Bonjour Léa,\n\nOn s'est croisés avec ta relance, voilà la confirmation de la banque. Il devrait arriver demain.\n\n"
            "Kevin\n\n---------- Forwarded message ---------\nDe : BNP Paribas <ne-pas-repondre@bnpparibas.com>\n"
            "Date: lun. 30 nov. 2026 à 16:41\nSubject: Confirmation de votre ordre de virement\nTo: <k.roig@verdi-jardins.fr>\n\n\n"
            "Bonjour,\n\nNous vous confirmons l'enregistrement de votre ordre de virement SEPA :\n\n"
            "Compte débité : SARL VERDI JARDINS – FR76 3000 4XXX XXXX XXXX XXXX 214\nBénéficiaire : FONTAINE PAYSAGE\n"
            "Montant : 1 100,00 EUR\nDate d'exécution : 30/11/2026\nMotif : F-2026-0420\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nBNP Paribas\n\n"
            "Le lun. 30 nov. 2026 à 09:03, Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr> a écrit :\n" + q(reminder_fr(inv, amt, due)))
    add("verdi_transfere_confirmation_bnp.eml", L, build(reply_headers(
        addr("Kevin Roig", "k.roig@verdi-jardins.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 16, 52),
        mid("gmail", "h11"), 420), T(body)), "fr", "SARL Verdi Jardins",
        "client forwards the bank's transfer confirmation inline (BNP wording), informal tu", facts="already_paid=2026-11-30",
        notes="forwarded bank notice is the client's, not the owner's: still a human reply")

    # h12 campsite attaches proof of transfer as PDF
    inv, amt, due = "F-2026-0409", "4 350,00 €", "20/11/2026"
    body = ("Bonjour Madame,\n\nVeuillez trouver ci-joint la preuve du virement effectué le 26/11 pour la facture F-2026-0409.\n"
            "Il y a peut-être eu un souci avec le libellé, notre banque a mis « PALOMBIERE EXPLOITATION » comme émetteur.\n\n"
            "Bonne journée,\nStéphanie Arnal\nDomaine de la Palombière – Camping & Lodges\n04 67 00 88 19")
    pdf = PDF("preuve_virement_F-2026-0409.pdf", ["Credit Agricole Languedoc", "AVIS D'EXECUTION DE VIREMENT SEPA",
              "Date d'execution : 26/11/2026", "Donneur d'ordre : SAS PALOMBIERE EXPLOITATION",
              "Beneficiaire : FONTAINE PAYSAGE  IBAN FR76 1695 8000 0143 2876 5412 309", "Montant : 4 350,00 EUR",
              "Libelle : FACTURE F-2026-0409", "Reference : VIR-20261126-0087731"])
    add("palombiere_preuve_virement_pdf.eml", L, build(reply_headers(
        addr("Domaine de la Palombière", "direction@palombiere-camping.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(1, 9, 31),
        mid("outlook", "h12"), 409), MIX(ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), pdf, boundary=BND("outlook"))),
        "fr", "Domaine de la Palombière", "already paid, PDF proof attached, payer name differs from client name",
        facts="already_paid=2026-11-26")

    # h13 private client asks for the invoice again (iso-8859-1, webmail)
    inv, amt, due = "F-2026-0404", "890,00 €", "16/11/2026"
    body = ("Bonjour Madame,\n\nJe suis bien embêtée, je ne retrouve pas votre facture (je crois l'avoir jetée avec les prospectus...).\n"
            "Pourriez-vous me la renvoyer ? Je vous envoie un chèque dès que je l'ai.\n\nBien à vous,\nBrigitte Fauconnet\n\n"
            "----- Mail d'origine -----\nDe: \"Léa Fontaine-Ribeiro\" <lea@fontaine-paysage.fr>\nÀ: b.fauconnet@example.org\n"
            "Envoyé: Lundi 30 Novembre 2026 09:03:41\nObjet: " + rsubj_fr(inv) + "\n\n" + reminder_fr(inv, amt, due))
    add("fauconnet_renvoyer_facture.eml", L, build(reply_headers(
        addr("Brigitte Fauconnet", "b.fauconnet@example.org", "iso-8859-1"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 17, 3),
        "<1197834551.86532.1764518583120.JavaMail.open-xchange@ox-webmail.example.org>", 404,
        [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev63")]), T(body, cs="iso-8859-1")), "fr", "Fauconnet (private)",
        "asks for the invoice to be re-sent, will pay by cheque; Open-Xchange webmail, iso-8859-1", facts="request_invoice=yes")

    # h14 social landlord asks for RIB for supplier creation
    inv, amt, due = "F-2026-0397", "5 760,00 €", "13/11/2026"
    body = ("Madame,\n\nVotre facture F-2026-0397 ne peut pas être mise en paiement : votre fiche tiers n'est pas encore créée "
            "dans notre progiciel comptable.\n\nMerci de nous transmettre :\n  - un RIB au format PDF à l'en-tête de votre banque ;\n"
            "  - un avis de situation SIRENE de moins de 3 mois.\n\nDès réception, la facture sera mandatée.\n\n"
            "Cordialement,\n\nService Comptabilité Fournisseurs\nOccitanie Logis Habitat – Office public de l'habitat\n"
            "fournisseurs@occitanie-logis.fr")
    add("occitanielogis_demande_rib.eml", L, build(reply_headers(
        addr("Comptabilité Fournisseurs OLH", "fournisseurs@occitanie-logis.fr"), OWNER_FULL, "TR: " + rsubj_fr(inv), D(1, 10, 14),
        mid("exchange", "occitanie-logis.fr|h14"), 397, [("X-Mailer", "Microsoft Outlook 16.0")]),
        ALT(T(body), T("<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>", sub="html"))), "fr",
        "Occitanie Logis Habitat", "public landlord needs RIB + SIRENE before paying; 'TR:' subject", facts="request_rib=yes")

    # h15 Portuguese client: IBAN/SWIFT, bank rejected transfer
    inv, amt, due = "INV-0424", "€1,480.00", "25 November 2026"
    body = ("Hello Léa,\n\nWe tried to pay INV-0424 last week but our bank (Millennium bcp) returned the transfer, saying the BIC "
            "did not match the IBAN.\nCould you please send us your IBAN and SWIFT/BIC again, ideally as a bank certificate (RIB)?\n"
            "As soon as we have it we will repeat the transfer.\n\nObrigado,\nJoão Pedro Carvalho\nDirector Geral – Quinta do Vale Sereno\n\n"
            + gmail_attr_en(30, "09:05") + "\n\n" + q(reminder_en(inv, amt, due)))
    add("valesereno_iban_swift_again.eml", L, build(reply_headers(
        addr("João Pedro Carvalho", "joao.carvalho@valesereno.pt"), OWNER_FULL, "Re: " + rsubj_en(inv), D(1, 12, 40, tz="+0000"),
        mid("gmail", "h15"), 424), ALT(T(body), T("<div>" + body.replace("\n", "<br>") + "</div>", sub="html"))), "en",
        "Quinta do Vale Sereno", "asks for IBAN/SWIFT again after a returned transfer (not paid)", facts="request_rib=yes",
        notes="a failed attempt is not a payment")

    # h16 Spanish client in French: VAT question, explicitly not a dispute
    inv, amt, due = "INV-0413", "7 450,00 €", "20/11/2026"
    body = ("Bonjour Léa,\n\nUne petite question avant que je lance le paiement : la facture INV-0413 comporte de la TVA française à 20 %. "
            "Comme nous sommes une société espagnole avec un numéro de TVA intracommunautaire (ESB98765432), ne devrait-elle pas être "
            "en autoliquidation ?\nCe n'est pas une contestation, je veux juste être sûre de ce que je dois déclarer de mon côté.\n\n"
            "Merci et bonne journée,\nMarta\n\nEl lun, 30 nov 2026 a las 9:04, Léa Fontaine-Ribeiro (<lea@fontaine-paysage.fr>) escribió:\n"
            + q(reminder_fr(inv, amt, due)))
    add("levanteverde_question_tva.eml", L, build(reply_headers(
        addr("Marta Giménez Soler", "mgimenez@levanteverde.es"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(2, 9, 12),
        mid("gmail", "h16"), 413, k=2), T(body)), "fr", "Inmobiliaria Levante Verde",
        "Spanish client writing French, VAT reverse-charge question, Spanish Gmail quote header; says it is not a dispute",
        notes="question only; 'Ce n'est pas une contestation'")

    # h17 DGS complains about automatic reminders, does NOT contest
    inv, amt, due = "F-2026-0387", "6 840,00 €", "15/11/2026"
    body = ("Madame,\n\nJe me permets de vous faire part de mon étonnement : c'est la deuxième relance automatique que reçoit le service "
            "Finances en dix jours, alors que nous nous sommes vus jeudi dernier en réunion de chantier.\n\n"
            "Nous ne contestons évidemment pas votre facture, elle suit simplement le circuit comptable normal d'une collectivité. "
            "Je vous remercie de bien vouloir tenir compte de ces délais.\n\nCordialement,\n\nPascal Morin-Leclerc\nDirecteur général des services\n"
            "Mairie de Castelnau-les-Oliviers")
    add("castelnau_dgs_agace_ne_conteste_pas.eml", L, build(reply_headers(
        addr("Pascal Morin-Leclerc", "dgs@mairie-castelnau-oliviers.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(30, 16, 40),
        mid("outlook", "h17"), 387, cc="n.berenger@mairie-castelnau-oliviers.fr"), T(body, cs="windows-1252")), "fr",
        "Mairie de Castelnau-les-Oliviers", "complaint about reminders with negated dispute ('nous ne contestons évidemment pas')",
        notes="negation: no dispute")

    # h18 one word
    inv = "F-2026-0423"
    add("amandiers_note.eml", L, build(reply_headers(
        addr("Sandrine Py", "camping.clos.amandiers@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 9, 47),
        "<5a1c2e30-9f4b-2d71-c8e6-0b3f7a91d2e4@example.com>", 423, [("User-Agent", "Mozilla Thunderbird")]),
        T("Noté.\n\nLe 30/11/2026 à 09:03, Léa Fontaine-Ribeiro a écrit :\n" + q(reminder_fr(inv, "980,00 €", "22/11/2026")), cte="8bit")),
        "fr", "Camping Le Clos des Amandiers", "one-word reply 'Noté.' above the quoted reminder (Thunderbird)")

    # h19 ok merci, Outlook for Android
    inv = "F-2026-0411"
    body = "ok merci\n\nObtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n________________________________\n" + outlook_hdr_fr(30, "09:03", "l.fabre@sm-rives-lirou.fr", rsubj_fr(inv)) + "\n\n" + reminder_fr(inv, "3 960,00 €", "18/11/2026")
    add("rives_lirou_ok_merci.eml", L, build(reply_headers(
        addr("Laurent Fabre", "l.fabre@sm-rives-lirou.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(30, 13, 2),
        mid("outlook", "h19"), 411), ALT(T(body), T("<html><body><div dir=\"auto\">ok merci</div><br><hr>" + reminder_fr(inv, "3 960,00 €", "18/11/2026").replace("\n", "<br>") + "</body></html>", sub="html"))),
        "fr", "Syndicat mixte des Rives du Lirou", "'ok merci' from Outlook for Android")

    # h20 hotel director replies from personal address (fresh message), compta next week
    body = ("Bonjour Léa,\n\nJe vous écris de ma boîte perso, je suis en congé jusqu'à lundi et je n'ai pas accès à ma messagerie "
            "de l'hôtel. J'ai vu passer votre relance pour la facture F-2026-0399 sur mon téléphone.\n\n"
            "J'ai demandé à Mathieu (compta) de s'en occuper : il fera le nécessaire la semaine prochaine.\n\n"
            "Belle journée,\nClaire Vasseur\nDirectrice – Hôtel Le Mas des Cigales")
    add("mascigales_directrice_adresse_perso.eml", L, build(reply_headers(
        addr("Claire Vasseur", "claire.vasseur@example.net"), OWNER_FULL, "Facture F-2026-0399 - Mas des Cigales", D(2, 8, 55),
        mid("gmail", "h20")), ALT(T(body), T("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", sub="html"))), "fr",
        "Hôtel Le Mas des Cigales", "fresh mail from a personal address (not the reminded one), no In-Reply-To; 'la semaine prochaine'",
        facts="promise_date=week_of_2026-12-07")

    # h21 hotel accounting, HTML-only Outlook
    inv = "F-2026-0399"
    htm = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
           "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head><body lang=\"FR\" link=\"#0563C1\">"
           "<div class=\"WordSection1\"><p class=\"MsoNormal\"><span style=\"font-size:10.0pt;font-family:Arial\">Bonjour Madame,<o:p></o:p></span></p>"
           "<p class=\"MsoNormal\"><span style=\"font-size:10.0pt;font-family:Arial\">Je transmets votre relance à la direction pour validation du règlement.<o:p></o:p></span></p>"
           "<p class=\"MsoNormal\"><span style=\"font-size:10.0pt;font-family:Arial\">Cordialement,<o:p></o:p></span></p>"
           "<p class=\"MsoNormal\"><b><span style=\"font-size:9.0pt;font-family:Arial;color:#7F6000\">Mathieu Reynaud</span></b><span style=\"font-size:9.0pt;font-family:Arial\"><br>Comptabilité – Hôtel Le Mas des Cigales ****<br>Route du Grau-du-Roi, 30220 Aigues-Mortes</span></p>"
           "<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p class=\"MsoNormal\"><b>De&nbsp;:</b> Léa Fontaine-Ribeiro &lt;lea@fontaine-paysage.fr&gt;<br><b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 09:03<br><b>À&nbsp;:</b> compta@masdescigales-hotel.fr<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0399 échue</p></div></div>"
           "<p class=\"MsoNormal\">" + reminder_fr(inv, "2 940,00 €", "14/11/2026").replace("\n", "<br>") + "</p></div></body></html>")
    add("mascigales_compta_html_only.eml", L, build(reply_headers(
        addr("Mathieu Reynaud", "compta@masdescigales-hotel.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(30, 11, 20),
        mid("outlook", "h21"), 399, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtC0m1NfWqk8bC9Q2SyqCw0zj3xUA==")]),
        T(htm, cs="iso-8859-1", sub="html")), "fr", "Hôtel Le Mas des Cigales", "HTML-only Outlook (Word generator), iso-8859-1 QP; forwards to management, no commitment")

    # h22 English villa owner, iPhone, back on Monday
    inv, amt, due = "INV-0419", "€3,200.00", "24 November 2026"
    body = ("Sorry Léa, I thought Helen had paid this before we left Uzès. We're back in the UK on Monday and I'll sort it out then.\n"
            "The garden looks wonderful by the way.\n\nJon\n\nSent from my iPhone\n\n"
            "> On 30 Nov 2026, at 08:05, Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr> wrote:\n> \n" + q(reminder_en(inv, amt, due)))
    add("ashby_iphone_monday.eml", L, build(reply_headers(
        addr("Jonathan Ashby", "jon.ashby@example.com"), OWNER_FULL, "Re: " + rsubj_en(inv), D(3, 20, 16, tz="+0000"),
        "<A7C3D1E9-5B2F-4C86-9E0A-73D1F4B2C8E5@example.com>", 419, [("X-Mailer", "iPhone Mail (22B91)")]),
        T(body)), "en", "Ashby (private villa, UK)", "English, 'on Monday' (written Thursday), Sent from my iPhone",
        facts="promise_date=2026-12-07")

    # h23 villa owner, tonight, iPhone
    inv = "F-2026-0410"
    body = ("Oui pardon j'ai complètement zappé, je fais ça ce soir !\n\nHélène\n\nEnvoyé de mon iPhone\n\n"
            "> Le 30 nov. 2026 à 09:03, Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr> a écrit :\n> \n" + q(reminder_fr(inv, "1 320,00 €", "20/11/2026")))
    add("carbonell_ce_soir_iphone.eml", L, build(reply_headers(
        addr("Hélène Carbonell", "helene.carbonell@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(2, 19, 14),
        "<0F4E9C2B-1D7A-4E3F-B5C8-9A2E6D1F7B34@example.com>", 410, [("X-Mailer", "iPhone Mail (22B91)")]),
        T(body, cte="qp")), "fr", "Carbonell (private villa)", "'je fais ça ce soir' (Wednesday evening), iPhone", facts="promise_date=2026-12-02")

    # h24 architect forwards to his assistant with the owner in Cc
    inv = "F-2026-0401"
    body = ("Sophie,\n\npeux-tu regarder ce rappel de Léa (part paysage du marché de l'école Jean-Moulin, on est cotraitants) "
            "et la régler si tout est bon de ton côté ?\nMerci !\n\nMarc\n\n-- \nMarc Cardonnel – architecte DPLG\nAtelier Cardonnel Architectes\n\n"
            "---------- Forwarded message ---------\nDe : Léa Fontaine-Ribeiro <lea@fontaine-paysage.fr>\nDate: lun. 30 nov. 2026 à 09:03\n"
            "Subject: " + rsubj_fr(inv) + "\nTo: <marc@atelier-cardonnel.fr>\n\n" + reminder_fr(inv, "3 150,00 €", "21/11/2026"))
    add("cardonnel_transfert_assistante_cc.eml", L, build(reply_headers(
        addr("Marc Cardonnel", "marc@atelier-cardonnel.fr"), addr("Sophie Lanfranchi", "compta@atelier-cardonnel.fr"),
        "Fwd: " + rsubj_fr(inv), D(30, 12, 21), mid("gmail", "h24"), 401, cc=OWNER_FULL), T(body)), "fr", "Atelier Cardonnel Architectes",
        "forward to a colleague with the owner in Cc, asks colleague to pay, no date",
        notes="addressed to a colleague; no commitment on a date")

    # h25 negation: pas encore pu payer, réessaie lundi
    inv = "F-2026-0415"
    body = ("Bonjour Madame Fontaine-Ribeiro,\n\nJe n'ai pas encore pu payer : ma banque a bloqué le virement (plafond dépassé, "
            "j'avais réglé l'entreprise de terrassement le même jour). Je réessaie lundi, le plafond sera réinitialisé.\n\n"
            "Désolé pour ce contretemps.\nFrédéric Aubanel\n\n" + gmail_attr_fr(30, "09:04") + "\n" + q(reminder_fr(inv, "2 150,00 €", "19/11/2026")))
    add("aubanel_pas_encore_pu_payer.eml", L, build(reply_headers(
        addr("Frédéric Aubanel", "f.aubanel@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 13, 28),
        mid("gmail", "h25"), 415), T(body, cte="b64")), "fr", "Aubanel (private villa)",
        "negation 'je n'ai pas encore pu payer' + retry Monday (written Tuesday); base64 body", facts="promise_date=2026-12-07",
        notes="not already paid")

    # h26 informal tu, début janvier
    inv = "F-2026-0425"
    body = ("Salut Léa,\n\nDésolé pour le retard, c'est un peu chaud côté trésorerie en ce moment (les vendanges ont été catastrophiques "
            "pour mon beau-frère et je lui ai avancé des sous...).\nJe te fais le virement début janvier, ça te va ?\n\nBises et encore merci "
            "pour le jardin, on en profite à fond\nRomain")
    add("esteve_tu_debut_janvier.eml", L, build(reply_headers(
        addr("Romain Estève", "romain.esteve@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 22, 47),
        mid("gmail", "h26"), 425), ALT(T(body), T("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", sub="html"))), "fr",
        "Estève (private, friend)", "informal 'tu', 'début janvier'", facts="promise_date=early_2027-01")

    # h27 golf: la semaine prochaine
    inv = "F-2026-0418"
    body = "Bonjour,\nOn vous règle la semaine prochaine, promis. Le trésorier de l'association sportive était absent.\nY. Bosc\nGolf de la Garrigue"
    add("golf_garrigue_semaine_prochaine.eml", L, build(reply_headers(
        addr("Golf de la Garrigue", "accueil@golf-garrigue.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 17, 39),
        "<000001db4302$a5c1e2f0$f145a8d0$@golf-garrigue.fr>", 418, [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "fr")]),
        T(body, cs="iso-8859-1", cte="qp")), "fr", "Golf de la Garrigue", "'la semaine prochaine' (Monday), Outlook 2010 terse",
        facts="promise_date=week_of_2026-12-07")

    # h28 wine estate, two instalments
    inv = "F-2026-0408"
    body = ("Bonjour Léa,\n\nComme évoqué au téléphone avec Gilles, nous allons régler la facture F-2026-0408 en deux fois : "
            "la moitié (4 100 €) le 15 décembre, et le solde avant le 31 décembre.\nJ'espère que cela vous convient, la campagne a été "
            "compliquée avec la grêle de juin.\n\nAmitiés,\nAmélie Rouvière-Tessier\nGérante – Domaine de Roquefraîche\nAOP Pic Saint-Loup")
    add("roquefraiche_deux_fois.eml", L, build(reply_headers(
        addr("Amélie Rouvière-Tessier", "amelie@domaine-roquefraiche.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(2, 18, 30),
        mid("apple", "h28@domaine-roquefraiche.fr"), 408, [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]), T(body)), "fr",
        "Domaine de Roquefraîche", "payment in two instalments (15 Dec + before 31 Dec)", facts="promise_date=2026-12-15",
        notes="second instalment 'avant le 31 décembre'; first dated promise given")

    # h29 intercommunality technical director: budget not voted yet
    inv = "F-2026-0402"
    body = ("Bonjour Léa,\n\nPour être transparent avec vous : les crédits de l'opération « Voie verte du Vidourle » ne sont pas encore "
            "ouverts au budget. Une décision modificative sera votée au conseil communautaire du 17 décembre, et la facture sera mandatée "
            "dans la foulée (une fois déposée sur Chorus Pro, voir le mail de Karima).\n\nDésolé pour ce délai indépendant de notre volonté.\n\n"
            "Régis Causse\nDirecteur des services techniques\nCommunauté de communes Garrigues et Vidourle")
    add("ccgv_dst_decision_modificative.eml", L, build(reply_headers(
        addr("Régis Causse", "r.causse@cc-garrigues-vidourle.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 17, 2),
        "<1475520931.2290417.1764604922001.JavaMail.zimbra@cc-garrigues-vidourle.fr>", 402,
        [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)")]), T(body)), "fr",
        "CC Garrigues et Vidourle", "budget amendment vote on 17 Dec, then mandatement: no payment date",
        notes="17 Dec is a council date, not a payment date")

    # h30 developer accounts payable: PO number missing
    inv = "F-2026-0426"
    body = ("Bonjour,\n\nVotre facture F-2026-0426 du 30/10/2026 est en attente de traitement : le numéro de bon de commande "
            "(BC-HP-26-0931) ne figure pas sur le document, ce qui est obligatoire pour son rapprochement.\n\n"
            "Merci de nous faire parvenir une facture rectifiée à l'adresse factures@heliade-promotion.fr.\n\n"
            "Cordialement,\nService Comptabilité Fournisseurs\nHéliade Promotion\n\n"
            "________________________________\nHÉLIADE PROMOTION – SAS au capital de 1 500 000 € – RCS Montpellier 812 345 678\n"
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.")
    add("heliade_bc_manquant_facture_rectifiee.eml", L, build(reply_headers(
        addr("Comptabilité Fournisseurs", "comptabilite@heliade-promotion.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(3, 10, 9),
        mid("outlook", "h30"), 426), ALT(T(body), T("<html><body>" + body.replace("\n", "<br>") + "</body></html>", sub="html"))),
        "fr", "Héliade Promotion", "invoice blocked: missing PO number, asks for a corrected invoice", facts="request_invoice=yes")

    # h31 negation: ne conteste pas le montant, never received the invoice
    inv = "F-2026-0403"
    body = ("Bonjour,\n\nJe ne conteste pas le montant, qui correspond bien au devis signé, mais je n'ai jamais reçu la facture "
            "elle-même : seulement le devis et les plans. Pouvez-vous me l'envoyer en PDF pour que je la passe en compta ?\n\n"
            "Nadia Ferhat\nRésidence hôtelière Les Salins – Frontignan")
    add("salins_ne_conteste_pas_jamais_recu.eml", L, build(reply_headers(
        addr("Nadia Ferhat", "gestion@residence-lessalins.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(2, 14, 50),
        mid("gmail", "h31"), 403), T(body)), "fr", "Résidence Les Salins",
        "negated dispute + invoice never received", facts="request_invoice=yes", notes="'je ne conteste pas': no dispute")

    # h32 payé hier, iPhone, short
    inv = "F-2026-0393"
    add("lopezmarti_paye_hier.eml", L, build(reply_headers(
        addr("Gérard Lopez-Marti", "g.lopezmarti@example.net"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(3, 7, 58),
        "<9D2B7A41-3E0C-4F58-A6B1-C4E87D20F915@example.net>", 393, [("X-Mailer", "iPhone Mail (22B91)")]),
        T("Payé hier. Cdt\n\nEnvoyé de mon iPhone", cte="qp")), "fr", "Lopez-Marti (private)", "'Payé hier.' (Thursday), iPhone, no quote",
        facts="already_paid=2026-12-02")

    # h34 public accountant (SGC) gives execution date
    body = ("Madame,\n\nEn réponse à votre message du 30 novembre transmis par la commune de Castelnau-les-Oliviers, je vous informe que "
            "le mandat n° 1842 (bordereau 212) relatif à votre facture F-2026-0387 a été pris en charge par nos services le 27/11/2026.\n"
            "Le virement sera exécuté le 02/12/2026 sur le compte bancaire enregistré dans Chorus Pro.\n\n"
            "Cordialement,\n\nPour le comptable public,\nL'agent chargé de la dépense\nService de Gestion Comptable du Pays de Lunel\n"
            "DGFiP – Direction régionale des Finances publiques d'Occitanie et du département de l'Hérault")
    add("sgc_lunel_virement_execute_le_2.eml", L, build([
        ("From", addr("SGC Pays de Lunel", "sgc.pays-de-lunel@dgfip.finances.gouv.fr")), ("To", OWNER_FULL),
        ("Subject", H("Votre facture F-2026-0387 – Commune de Castelnau-les-Oliviers")), ("Date", D(1, 11, 3)),
        ("Message-ID", "<e3c1a9f0-22b4-4d1f-9a77-5b6e8c0d3f21@dgfip.finances.gouv.fr>"),
        ("X-Mailer", "Mozilla Thunderbird")], T(body, cte="8bit")), "fr", "SGC Pays de Lunel (DGFiP)",
        "public accountant writes (a person, on behalf of the client) with the transfer execution date",
        facts="promise_date=2026-12-02", notes="the treasury pays for the municipality; a dated announcement, not a bank notice")

    # h35 hotel group AP: paid today, remittance PDF attached
    inv = "F-2026-0414"
    body = ("Bonjour Madame,\n\nSuite à votre relance, vous trouverez ci-joint l'avis de paiement : le virement de 5 400,00 € a été "
            "exécuté ce jour (paiement groupé n° 2026-11873).\n\nBien cordialement,\n\nBenoît Garnier\nComptabilité fournisseurs – Lagune Hospitality\n"
            "Hôtel Azur Lagune · Hôtel Le Phare Bleu · Résidence Les Sansouïres")
    pdf = PDF("Avis_de_paiement_2026-11873.pdf", ["LAGUNE HOSPITALITY SAS - AVIS DE PAIEMENT", "N° 2026-11873   Date : 01/12/2026",
              "Fournisseur : FONTAINE PAYSAGE (F00412)", "Mode de reglement : Virement SEPA", "Facture F-2026-0414   5 400,00 EUR",
              "Total regle : 5 400,00 EUR"])
    add("lagune_avis_paiement_joint.eml", L, build(reply_headers(
        addr("Benoît Garnier", "b.garnier@lagune-hospitality.com"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(1, 15, 44),
        mid("outlook", "h35"), 414), MIX(T(body, cs="windows-1252"), pdf)), "fr", "Lagune Hospitality",
        "person replies 'exécuté ce jour' with ERP remittance PDF attached", facts="already_paid=2026-12-01")

    # h36 mailing-list post by a person
    body = ("Bonjour à toutes et à tous,\n\nJe lance une petite enquête avant la réunion du groupe régional de janvier : qui a déjà "
            "prescrit du paillage minéral (pouzzolane, graviers de Crau...) sur des massifs publics en zone très ventée ?\n"
            "On a un retour mitigé sur un giratoire à Mauguio, les services techniques trouvent que ça « part » avec la tramontane.\n\n"
            "Vos retours (photos bienvenues) m'aideraient beaucoup.\n\nBelle fin de semaine,\nAurélie Sarda\nPaysagiste concepteur – Atelier Feuillage, Nîmes\n\n"
            "_______________________________________________\npaysage-occitanie mailing list\npaysage-occitanie@listes.example.org\n"
            "https://listes.example.org/sympa/info/paysage-occitanie")
    add("liste_paysage_occitanie_paillage.eml", L, build([
        ("From", addr("Aurélie Sarda", "aurelie@atelier-feuillage.fr")), ("To", "paysage-occitanie@listes.example.org"),
        ("Subject", H("[paysage-occitanie] Retours d'expérience paillage minéral et vent")), ("Date", D(3, 18, 4)),
        ("Message-ID", mid("gmail", "h36")), ("List-Id", "<paysage-occitanie.listes.example.org>"),
        ("List-Unsubscribe", "<mailto:sympa@listes.example.org?subject=unsubscribe%20paysage-occitanie>"),
        ("List-Post", "<mailto:paysage-occitanie@listes.example.org>"), ("Precedence", "list"),
        ("Sender", "paysage-occitanie-request@listes.example.org")], T(body)), "fr", "liste paysage-occitanie",
        "mailing-list post written by a person (Sympa headers, Precedence: list)")

    # h37 fellow landscape architect, tu
    body = ("Salut Léa,\n\nTu serais partante pour monter une équipe sur le concours restreint de la place du marché à Sète ? "
            "Ils demandent un paysagiste concepteur mandataire + archi + BET VRD. Candidature à rendre le 18/12, je peux m'occuper "
            "des références et du DC1/DC2 si tu prends la note méthodologique.\n\nOn s'appelle ?\nBastien\n\n--\nBastien Ferrand\n"
            "Ferrand Paysage & Territoires – 06 00 58 12 93")
    add("ferrand_concours_sete.eml", L, build([
        ("From", addr("Bastien Ferrand", "bastien@ferrand-paysage.fr")), ("To", OWNER_FULL),
        ("Subject", H("Concours place du marché Sète - on y va ?")), ("Date", D(2, 9, 40)), ("Message-ID", mid("gmail", "h37"))],
        ALT(T(body), T("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", sub="html"))), "fr", "Ferrand Paysage",
        "colleague's proposal for a design competition; not about an invoice")

    # h38 ASL: cheque sent, windows-1252 QP, Outlook 2010
    inv = "F-2026-0396"
    body = ("Madame,\n\nNous avons réglé votre facture par chèque n° 4471208 tiré sur le Crédit Coopératif, envoyé par la poste le 25/11 "
            "à l'adresse du Faubourg Boutonnet. Peut-être s'est-il croisé avec votre courriel.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\n"
            "Bernard Chaptal\nPrésident de l'ASL du Hameau des Micocouliers\n\n-----Message d'origine-----\nDe : Léa Fontaine-Ribeiro [mailto:lea@fontaine-paysage.fr]\n"
            "Envoyé : lundi 30 novembre 2026 09:03\nÀ : asl.micocouliers@example.com\nObjet : " + rsubj_fr(inv) + "\n\n" + reminder_fr(inv, "1 860,00 €", "15/11/2026"))
    add("asl_micocouliers_cheque_envoye.eml", L, build(reply_headers(
        addr("ASL Hameau des Micocouliers", "asl.micocouliers@example.com"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(30, 20, 11),
        "<002d01db4329$1c7e3a40$557aaec0$@example.com>", 396, [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AQGf3Ck9uqvT0p1n2XQ1bX3vR8a0Dw==")]),
        T(body, cs="windows-1252", cte="qp")), "fr", "ASL du Hameau des Micocouliers",
        "paid by cheque sent on 25/11; windows-1252 QP Outlook 2010 '-----Message d'origine-----'", facts="already_paid=2026-11-25",
        notes="cheque posted, not yet cashed")

    # h39 broken charset: declares utf-8, body is latin-1 bytes
    inv = "F-2026-0395"
    text = ("From: Mairie de Saint-Aunes-le-Haut <secretariat@mairie-saintauneslehaut.fr>\nTo: lea@fontaine-paysage.fr\n"
            "Subject: Re: Rappel : facture F-2026-0395 =?ISO-8859-1?Q?=E9chue?=\nDate: " + D(2, 16, 25) + "\n"
            "Message-ID: <20261202162512.7F3A21C0044@mail.mairie-saintauneslehaut.fr>\nIn-Reply-To: " + rmid(395) + "\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nX-Mailer: Mairie-Office 3.2\n\n"
            "Bonjour Madame,\n\nLa facture est partie en paiement à la trésorerie la semaine dernière, le virement devrait arriver "
            "d'ici le 10 décembre au plus tard.\n\nCordialement,\nJosiane Pujol\nSecrétaire de mairie\n")
    add("saintaunes_charset_casse.eml", L, raw(text, enc="latin-1"), "fr", "Mairie de Saint-Aunès-le-Haut",
        "broken MIME: declares utf-8 but body bytes are ISO-8859-1; expected arrival 'd'ici le 10 décembre'",
        facts="promise_date=2026-12-10", notes="invalid utf-8 bytes on purpose")

    # h40 social landlord: won't pay until reserves lifted (dispute)
    inv = "F-2026-0398"
    body = ("Madame Fontaine-Ribeiro,\n\nNous accusons réception de votre relance concernant la facture F-2026-0398 (mission AOR – "
            "résidence Les Micocouliers, Lattes).\n\nNous ne pouvons pas donner suite en l'état : les réserves du lot 12 Plantations "
            "ne sont toujours pas levées (14 arbres morts, gazon non repris sur l'aire de jeux) et le DOE paysager n'a pas été remis. "
            "Nous contestons donc l'achèvement de la mission AOR facturée.\n\nLa facture sera réexaminée à la levée complète des réserves.\n\n"
            "Cordialement,\n\nFlorence Teissier\nResponsable de programmes – Direction du patrimoine\nOccitanie Logis Habitat")
    add("occitanielogis_reserves_non_levees.eml", L, build(reply_headers(
        addr("Florence Teissier", "f.teissier@occitanie-logis.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(3, 14, 36),
        mid("exchange", "occitanie-logis.fr|h40"), 398), ALT(T(body), T("<html><body><p>" + body.replace("\n", "<br>") + "</p></body></html>", sub="html", cte="b64"))),
        "fr", "Occitanie Logis Habitat", "disputes completion of the invoiced mission (reserves not lifted)", facts="dispute=yes")

    # h41 question about credit note
    inv = "F-2026-0405"
    body = ("Bonjour Léa,\n\nAvant de payer, pouvez-vous me confirmer le montant restant dû ? Vous m'aviez fait un avoir de 300 € en "
            "octobre (AV-2026-007) pour la reprise des plans de la terrasse, et je ne le vois pas déduit sur la relance.\n\n"
            "Merci,\nCorinne\n\nMas de la Vernède – chambres d'hôtes\n\n" + gmail_attr_fr(30, "09:04") + "\n" + q(reminder_fr(inv, "1 940,00 €", "19/11/2026")))
    add("vernede_question_avoir.eml", L, build(reply_headers(
        addr("Corinne Vernède-Blanc", "masdelavernede@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(30, 21, 6),
        mid("gmail", "h41"), 405), T(body)), "fr", "Mas de la Vernède", "question on the remaining amount after a credit note",
        notes="a question, not an explicit dispute")

    # h42 send RIB and I pay tomorrow
    inv = "F-2026-0422"
    body = ("Bonjour,\nEnvoyez-moi votre RIB et je fais le virement demain, je n'ai que les chèques de l'ancien compte.\n"
            "X. Montagnac\n\n" + gmail_attr_fr(30, "09:04") + "\n" + q(reminder_fr(inv, "740,00 €", "21/11/2026")))
    add("montagnac_rib_et_demain.eml", L, build(reply_headers(
        addr("Xavier Montagnac", "x.montagnac@example.org"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(2, 8, 12),
        mid("gmail", "h42"), 422), T(body)), "fr", "Montagnac (private)", "asks for RIB and promises 'demain' (Wednesday)",
        facts="request_rib=yes;promise_date=2026-12-03")

    # h43 hotel assistant: closed, director back 4 January
    inv = "F-2026-0427"
    body = ("Bonjour Madame,\n\nL'hôtel Azur Lagune est en fermeture annuelle depuis le 15 novembre. M. Garnier est en charge des "
            "règlements du groupe, mais pour cet établissement c'est le directeur, M. Salvat, qui valide : il reprend le 4 janvier et "
            "réglera votre facture à ce moment-là.\n\nJe passe au bureau une fois par semaine pour le courrier.\n\n"
            "Laetitia Roux\nAssistante de direction – Hôtel Azur Lagune, Palavas-les-Flots")
    add("azurlagune_reglera_4_janvier.eml", L, build(reply_headers(
        addr("Hôtel Azur Lagune", "reception@azur-lagune.fr"), OWNER_FULL, "RE: " + rsubj_fr(inv), D(3, 11, 47),
        mid("outlook", "h43"), 427), T(body, cs="windows-1252")), "fr", "Hôtel Azur Lagune",
        "written by a person about a seasonal closure (looks like an autoreply but is not); pays on 4 January",
        facts="promise_date=2027-01-04")

    # h45 Spanish client CFO: already paid 20 Nov with reference
    inv, amt, due = "INV-0400", "€2,300.00", "15 November 2026"
    body = ("Dear Léa,\n\nWe have already paid this invoice on 20 November (our payment ref. LV-PAY-88213, from our CaixaBank account). "
            "Please check with your bank; if you cannot find it, let us know and we will ask CaixaBank for the SWIFT trace.\n\n"
            "Regards,\nJordi Puig Ferrer\nCFO – Inmobiliaria Levante Verde S.L.\n\n"
            "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender "
            "and delete it. / Este mensaje es confidencial.\n\n" + gmail_attr_en(30, "09:04") + "\n\n" + q(reminder_en(inv, amt, due)))
    add("levanteverde_cfo_already_paid_20nov.eml", L, build(reply_headers(
        addr("Jordi Puig Ferrer", "jpuig@levanteverde.es"), OWNER_FULL, "RE: " + rsubj_en(inv), D(30, 18, 1),
        mid("outlook", "h45"), 400), T(body)), "en", "Inmobiliaria Levante Verde", "English 'already paid on 20 November' with payment ref and disclaimer",
        facts="already_paid=2026-11-20")

    # h47 syndicat: in validation
    inv = "F-2026-0411"
    add("rives_lirou_en_validation.eml", L, build(reply_headers(
        addr("Véronique Salles", "comptabilite@sm-rives-lirou.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 9, 17),
        "<1226593317.1402285.1764577043512.JavaMail.zimbra@sm-rives-lirou.fr>", 411),
        T("Bonjour,\n\nBien reçu. Votre facture est en cours de validation par le Président (service fait), elle sera mandatée "
          "dans les prochains jours.\n\nCordialement,\nV. Salles\nSyndicat mixte des Rives du Lirou")), "fr",
        "Syndicat mixte des Rives du Lirou", "public body: in validation, no date")

    # h48 not before 20 January (negated form)
    inv = "F-2026-0423"
    body = ("Bonjour Madame,\n\nMa femme vous a répondu un peu vite. Je vous dois la vérité : nous ne pourrons pas régler avant le 20 janvier, "
            "date à laquelle l'emprunt de trésorerie sera débloqué par la banque. Je suis désolé, la saison a été mauvaise.\n\n"
            "Jean-Marc Py\nCamping Le Clos des Amandiers")
    add("amandiers_pas_avant_20_janvier.eml", L, build(reply_headers(
        addr("Jean-Marc Py", "camping.clos.amandiers@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(1, 20, 35),
        "<7e21b8c4-0a3d-4f6e-91b2-d85c3a70e4f1@example.com>", 423, [("User-Agent", "Mozilla Thunderbird")]), T(body, cte="8bit")),
        "fr", "Camping Le Clos des Amandiers", "'nous ne pourrons pas régler avant le 20 janvier' (negated form gives the earliest date)",
        facts="promise_date=2027-01-20", notes="earliest payment date stated with negation")

    # h50 Portuguese client writing French
    body = ("Bonjour Madame,\n\nNous avons bien reçu votre rappel pour la facture INV-0430 (esquisse du jardin des chais). Le paiement a été "
            "programmé pour le 9 décembre par notre banque.\nMerci de votre compréhension et à bientôt au Douro.\n\n"
            "Cumprimentos,\nJoão Pedro Carvalho\nQuinta do Vale Sereno")
    add("valesereno_francais_programme_9.eml", L, build(reply_headers(
        addr("João Pedro Carvalho", "joao.carvalho@valesereno.pt"), OWNER_FULL, "Re: Rappel : facture INV-0430 échue", D(2, 17, 20, tz="+0000"),
        mid("gmail", "h50"), 430), ALT(T(body), T("<div>" + body.replace("\n", "<br>") + "</div>", sub="html"))), "fr",
        "Quinta do Vale Sereno", "Portuguese client writing French, 'programmé pour le 9 décembre'", facts="promise_date=2026-12-09")

    # h51 architect partial dispute
    inv = "F-2026-0428"
    body = ("Léa,\n\nOn a regardé la facture avec Sophie. Nous contestons la ligne « réunions supplémentaires » (3 × 450 € HT) : "
            "ces réunions étaient comprises dans le forfait de la phase DET selon la répartition des honoraires annexée à l'acte "
            "d'engagement.\nNous réglons le reste, peux-tu nous faire un avoir pour cette ligne ?\n\nMarc")
    add("cardonnel_conteste_reunions.eml", L, build(reply_headers(
        addr("Marc Cardonnel", "marc@atelier-cardonnel.fr"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(4, 10, 15),
        mid("gmail", "h51"), 428, cc="compta@atelier-cardonnel.fr"), T(body)), "fr", "Atelier Cardonnel Architectes",
        "partial dispute of one invoice line, asks for a credit note", facts="dispute=yes")

    # h52 human, ill, looks like out-of-office
    inv = "F-2026-0389"
    body = ("Bonjour Léa,\n\nJe suis en arrêt maladie jusqu'à mi-décembre (opération du genou), je ne peux pas m'occuper de mes papiers "
            "avant. Je reviens vers vous à mon retour, promis.\n\nPascale Guiraud")
    add("guiraud_arret_maladie.eml", L, build(reply_headers(
        addr("Pascale Guiraud", "pascale.guiraud@example.com"), OWNER_FULL, "Re: " + rsubj_fr(inv), D(3, 15, 2),
        mid("gmail", "h52"), 389), ALT(T(body), T("<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>", sub="html"))), "fr",
        "Guiraud (private villa)", "person explains sick leave (reads like an out-of-office but is handwritten), no payment date",
        notes="no auto headers; 'mi-décembre' is the end of the leave, not a payment date")

    # h53 Outlook HTML top-posted English from UK co-owner
    inv, amt, due = "INV-0419", "€3,200.00", "24 November 2026"
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri\">"
           "Dear Léa,<br><br>Jon forwarded me your reminder. I can confirm we do not dispute anything &ndash; it's simply that our French account "
           "needs topping up. Could you confirm the IBAN is still the one ending 309? Our bank flagged a new Verification of Payee check.<br><br>"
           "Best wishes,<br>Helen Ashby</div><hr><div><b>From:</b> Jonathan Ashby<br><b>Sent:</b> 03 December 2026 20:20<br><b>To:</b> Helen Ashby<br>"
           "<b>Subject:</b> Fw: " + rsubj_en(inv) + "</div><div>" + reminder_en(inv, amt, due).replace("\n", "<br>") + "</div></body></html>")
    add("ashby_helen_confirm_iban.eml", L, build(reply_headers(
        addr("Helen Ashby", "helen.ashby@example.com"), OWNER_FULL, "Re: Fw: " + rsubj_en(inv), D(4, 9, 26, tz="+0000"),
        mid("outlook", "h53")), T(htm, sub="html")), "en", "Ashby (private villa, UK)",
        "HTML-only, second co-owner from another address, negated dispute, asks to confirm IBAN", facts="request_rib=yes",
        notes="'we do not dispute anything'")

# ================================================================ payment_notification
def table_html(title, rows, footer, color="#1a1a1a", intro=""):
    tr = "".join(f"<tr><td style=\"padding:6px 12px;color:#666\">{k}</td><td style=\"padding:6px 12px;font-weight:bold\">{v}</td></tr>" for k, v in rows)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">"
            f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif\">"
            f"<tr><td style=\"background:{color};color:#fff;padding:18px;font-size:18px\">{title}</td></tr>"
            f"<tr><td style=\"padding:18px\">{intro}<table>{tr}</table></td></tr>"
            f"<tr><td style=\"padding:18px;font-size:11px;color:#999\">{footer}</td></tr></table></td></tr></table></body></html>")


def plain_rows(rows):
    return "\n".join(f"{k} : {v}" for k, v in rows)


def pay():
    L = "payment_notification"

    def N(file, frm, subj, date, msgid, root, lang, prov, pattern, direction, amount, payer="", ref="", vd="", cap="no",
          extra=(), notes="", to=OWNER_FULL, cur="EUR", crlf=True):
        hdr = [("From", frm), ("To", to), ("Subject", H(subj)), ("Date", date), ("Message-ID", msgid)] + list(extra)
        add(file, L, build(hdr, root, crlf=crlf), lang, prov, pattern, provider=prov, direction=direction, amount=amount,
            currency=cur if amount else "", payer=payer, reference=ref, value_date=vd, cap=cap, notes=notes)

    # p01 Qonto in
    rows = [("Montant", "+ 9 600,00 €"), ("De", "HELIADE PROMOTION SAS"), ("Référence", "F-2026-0391 JARDINS ULYSSE T1"),
            ("Compte", "Compte principal"), ("Date", "30/11/2026")]
    foot = "Qonto – Olinda SAS, établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail car vous avez activé les notifications de transactions."
    N("qonto_virement_recu_heliade.eml", addr("Qonto", "no-reply@qonto.com"), "Vous avez reçu un virement de 9 600,00 €", D(30, 10, 12),
      mid("qonto.com", "p01"), ALT(T("Bonne nouvelle ! Vous avez reçu un virement.\n\n" + plain_rows(rows) + "\n\nVoir la transaction : https://app.qonto.com/transactions\n\n" + foot),
                                  T(table_html("Vous avez reçu un virement", rows, foot, "#1d1d1b"), sub="html")),
      "fr", "Qonto", "money in, HTML table + text", "in", "9600.00", "HELIADE PROMOTION SAS", "F-2026-0391 JARDINS ULYSSE T1", "2026-11-30", "yes")

    # p02 Qonto plural
    foot2 = "Vous pouvez gérer vos préférences de notification depuis l'application Qonto. Ceci est un message automatique."
    body = ("Bonjour Léa,\n\n2 virements ont été reçus sur votre compte Fontaine Paysage :\n\n"
            "+1 680,00 € — CAMPING LES PINS DORES — Réf. : FACT F-2026-0421\n+560,00 € — M. LOPEZ MARTI GERARD — Réf. : Facture 0393 jardin\n\n"
            "Date : 04/12/2026\n\nL'équipe Qonto\n\n" + foot2)
    N("qonto_2_virements_recus.eml", addr("Qonto", "no-reply@qonto.com"), "2 virements reçus sur votre compte", D(4, 8, 31),
      mid("qonto.com", "p02"), T(body), "fr", "Qonto", "plural '2 virements reçus', two payers", "in|in", "1680.00|560.00",
      "CAMPING LES PINS DORES|M. LOPEZ MARTI GERARD", "FACT F-2026-0421|Facture 0393 jardin", "2026-12-04|2026-12-04", "yes",
      notes="two transactions; each from one identified payer")

    # p03 Shine in
    body = ("💸 Virement reçu\n\nVous avez reçu +4 100,00 € de SCEA DOMAINE DE ROQUEFRAICHE.\nLibellé : F-2026-0408 ACOMPTE 1/2\n"
            "Date : 03/12/2026\n\nRetrouvez le détail dans votre appli Shine.\n\nShine SAS, établissement de paiement agréé (CIB 17328). "
            "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.")
    N("shine_virement_recu_roquefraiche.eml", addr("Shine", "notifications@shine.fr"), "Virement reçu : +4 100,00 €", D(3, 9, 2),
      mid("shine.fr", "p03"), ALT(T(body), T("<div style=\"font-family:Helvetica\">" + body.replace("\n", "<br>") + "</div>", sub="html")),
      "fr", "Shine", "amount in subject and body with emoji; instalment", "in", "4100.00", "SCEA DOMAINE DE ROQUEFRAICHE",
      "F-2026-0408 ACOMPTE 1/2", "2026-12-03", "yes", notes="partial payment (first instalment)")

    # p04 BNP credit alert, plain
    body = ("BNP Paribas - Service Alertes\n\nMadame FONTAINE-RIBEIRO,\n\nUne opération créditrice a été enregistrée sur votre compte "
            "professionnel n° ****4127 :\n\nDate : 01/12/2026\nLibellé : VIR SEPA RECU /DE GOLF DE LA GARRIGUE SAS /MOTIF F-2026-0418 "
            "REGLEMENT /REF 26335000912\nMontant : + 3 480,00 EUR\n\nCe message vous est adressé dans le cadre de votre abonnement au service "
            "d'alertes. Pour modifier vos seuils, connectez-vous à votre espace Mabanque Entreprise.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\nBNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris")
    N("bnp_alerte_operation_creditrice.eml", addr("BNP Paribas", "alertes@bnpparibas.com"), "Alerte : opération créditrice sur votre compte",
      D(1, 7, 45), mid("alertes.bnpparibas.com", "p04"), T(body, cs="iso-8859-1"), "fr", "BNP Paribas",
      "credit alert, SEPA label with /DE /MOTIF fields, iso-8859-1", "in", "3480.00", "GOLF DE LA GARRIGUE SAS",
      "F-2026-0418 REGLEMENT", "2026-12-01", "yes",
      notes="client promised 'la semaine prochaine' on 30 Nov (h27) but paid on 1 Dec")

    # p05 Crédit Agricole Languedoc
    rows = [("Compte", "CCP PRO ****2876"), ("Opération", "VIREMENT EN VOTRE FAVEUR"), ("Émetteur", "SARL VERDI JARDINS"),
            ("Libellé", "F-2026-0420"), ("Montant", "1 100,00 €"), ("Date de valeur", "01/12/2026")]
    foot = ("Crédit Agricole du Languedoc – Société coopérative à capital variable – 492 826 417 RCS Montpellier. Ce courriel vous est envoyé "
            "automatiquement, merci de ne pas y répondre.")
    N("ca_languedoc_virement_recu_verdi.eml", addr("Crédit Agricole du Languedoc", "ne-pas-repondre@credit-agricole.fr"),
      "Alerte Crédit Agricole : virement reçu", D(1, 11, 30), mid("ca-languedoc.fr", "p05"),
      ALT(T("Madame Léa FONTAINE-RIBEIRO,\n\nNous vous informons d'un virement reçu sur votre compte.\n\n" + plain_rows(rows) + "\n\n" + foot),
          T(table_html("Alerte : virement reçu", rows, foot, "#006a4e"), sub="html", cte="b64")),
      "fr", "Crédit Agricole du Languedoc", "regional CA alert, 'virement en votre faveur', HTML base64", "in", "1100.00",
      "SARL VERDI JARDINS", "F-2026-0420", "2026-12-01", "yes")

    # p06 Société Générale Messalia
    body = ("Société Générale - Messalia\n\nBonjour,\n\nVous avez demandé à être informé(e) des opérations de plus de 1 000,00 EUR "
            "au crédit de votre compte ***0192.\n\nLe 02/12/2026 : VIR RECU 7261830 DE: LAGUNE HOSPITALITY SAS MOTIF: AVIS PAIEMENT 2026-11873 "
            "REF: 1887AC0021\nMontant : +5 400,00 EUR\n\nPour consulter votre compte : professionnels.sg.fr\n\n"
            "Ce message est envoyé automatiquement. Merci de ne pas y répondre.\nSociété Générale, SA au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris")
    N("sg_messalia_credit_lagune.eml", addr("Societe Generale", "messalia@societegenerale.fr"), "Messalia : opération au crédit de votre compte",
      D(2, 6, 40), mid("sg-messalia.fr", "p06"), T(body, cs="iso-8859-1"), "fr", "Société Générale",
      "Messalia threshold alert, DE:/MOTIF: label", "in", "5400.00", "LAGUNE HOSPITALITY SAS", "AVIS PAIEMENT 2026-11873",
      "2026-12-02", "yes")

    # p07 LCL Avertis, treasury payer
    body = ("LCL AVERTIS\n\nBonjour,\n\nVotre alerte « Opération créditrice » s'est déclenchée sur le compte 034xxxx92F :\n\n"
            "03/12/2026  VIR DRFIP OCCITANIE ET HERAULT  MANDAT 1842 CASTELNAU LES OLIVIERS F-2026-0387   +6 840,00 EUR\n\n"
            "Seuil paramétré : 1 000,00 EUR\n\nLCL – Le Crédit Lyonnais. Ne répondez pas à ce message, il a été généré automatiquement.")
    N("lcl_avertis_drfip_castelnau.eml", addr("LCL", "lcl-avertis@lcl.fr"), "LCL Avertis - Opération créditrice",
      D(3, 7, 12), mid("lcl.fr", "p07"), T(body), "fr", "LCL", "LCL Avertis alert; payer is the public treasury (DRFiP) on behalf of a municipality",
      "in", "6840.00", "DRFIP OCCITANIE ET HERAULT", "MANDAT 1842 CASTELNAU LES OLIVIERS F-2026-0387", "2026-12-03", "yes",
      notes="payer named as the treasury, client named in the label")

    # p08 La Banque Postale
    body = ("La Banque Postale\n\nBonjour,\n\nVous avez reçu un virement de MME CARBONELL HELENE d'un montant de 1 320,00 € sur votre compte "
            "professionnel se terminant par 71.\nMotif : Facture F-2026-0410 jardin\nDate : 03/12/2026\n\n"
            "Cordialement,\nLa Banque Postale\n\nCet e-mail est envoyé automatiquement. Merci de ne pas y répondre. "
            "La Banque Postale, SA à Directoire et Conseil de surveillance, 421 100 645 RCS Paris.")
    N("lbp_virement_recu_carbonell.eml", addr("La Banque Postale", "noreply@labanquepostale.fr"), "Vous avez reçu un virement",
      D(3, 8, 5), mid("labanquepostale.fr", "p08"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")),
      "fr", "La Banque Postale", "'Vous avez reçu un virement de X d'un montant de'", "in", "1320.00", "MME CARBONELL HELENE",
      "Facture F-2026-0410 jardin", "2026-12-03", "yes")

    # p09 Crédit Mutuel
    body = ("Crédit Mutuel\n\nAlerte mouvement créditeur\n\nCompte : COMPTE COURANT PRO 10278 xxxxx 02\nDate : 30/11/2026\n"
            "Opération : VIR SARL HOTEL TERRASSES DU PIC REGLEMENT FACT 0406\nMontant : 1 540,00 EUR\n\nSolde après opération : consultez votre espace.\n\n"
            "Merci de ne pas répondre à ce message automatique. Pour toute question, contactez votre conseiller via la messagerie sécurisée.")
    N("creditmutuel_mouvement_crediteur.eml", addr("Crédit Mutuel", "alertes@creditmutuel.fr"), "Alerte mouvement créditeur",
      D(30, 18, 20), mid("creditmutuel.fr", "p09"), T(body, cs="iso-8859-1", cte="qp"), "fr", "Crédit Mutuel",
      "'mouvement créditeur' alert", "in", "1540.00", "SARL HOTEL TERRASSES DU PIC", "REGLEMENT FACT 0406", "2026-11-30", "yes",
      notes="payer name appears inside the operation label")

    # p10 CIC
    rows = [("Date", "01/12/2026"), ("Montant", "+3 150,00 EUR"), ("Donneur d'ordre", "ATELIER CARDONNEL ARCHITECTES"),
            ("Référence", "F-2026-0401 COTRAITANCE ECOLE J MOULIN")]
    foot = "CIC – Crédit Industriel et Commercial. Message automatique, merci de ne pas répondre. Vous recevez ce message car vous avez souscrit au service Alertes de CIC Filbanque."
    N("cic_virement_recu_cardonnel.eml", addr("CIC", "noreply@cic.fr"), "CIC - Virement reçu sur votre compte", D(1, 14, 3),
      mid("cic.fr", "p10"), ALT(T(plain_rows(rows) + "\n\n" + foot), T(table_html("Virement reçu", rows, foot, "#00426a"), sub="html")),
      "fr", "CIC", "'Donneur d'ordre' table", "in", "3150.00", "ATELIER CARDONNEL ARCHITECTES", "F-2026-0401 COTRAITANCE ECOLE J MOULIN",
      "2026-12-01", "yes")

    # p11 Caisse d'Epargne LR
    body = ("Caisse d'Epargne Languedoc-Roussillon\n\nBonjour,\n\nNous vous informons qu'un virement de 5 760,00 € a été crédité sur votre "
            "compte 08xxxxxx312 le 02/12/2026.\n\nÉmetteur : OCCITANIE LOGIS HABITAT\nRéférence : F-2026-0397 MDT 2026-3318\n\n"
            "Vous recevez cette alerte car vous avez activé le service d'alertes de votre banque à distance (Direct Ecureuil Internet PRO).\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.")
    N("caisse_epargne_lr_credit_olh.eml", addr("Caisse d'Epargne", "alertes@caisse-epargne.fr"), "Alerte : un virement a été crédité sur votre compte",
      D(2, 12, 11), mid("caisse-epargne.fr", "p11"), ALT(T(body), T("<div>" + body.replace("\n", "<br>") + "</div>", sub="html", cte="b64")),
      "fr", "Caisse d'Epargne Languedoc-Roussillon", "'un virement a été crédité', DEI PRO", "in", "5760.00", "OCCITANIE LOGIS HABITAT",
      "F-2026-0397 MDT 2026-3318", "2026-12-02", "yes")

    # p12 Banque Populaire du Sud
    body = ("BANQUE POPULAIRE DU SUD\nAvis d'opération\n\nCompte n° 1760700000xxxxxxxx188 – FONTAINE PAYSAGE\n\n"
            "Date d'opération : 02/12/2026\nDate de valeur : 02/12/2026\nNature : VIREMENT SEPA RECU\nEmetteur : TRESOR PUBLIC SGC PAYS DE LUNEL\n"
            "Libellé : ST AUNES LE HAUT MDT 512 F-2026-0395\nMontant : 2 280,00 EUR (crédit)\n\n"
            "Banque Populaire du Sud – 38 bd Georges Clemenceau – 66966 Perpignan Cedex 09. Message généré automatiquement, ne pas répondre.")
    N("bpsud_avis_operation_tresor.eml", addr("Banque Populaire du Sud", "noreply@banquepopulaire.fr"), "Avis d'opération sur votre compte",
      D(2, 19, 50), mid("bpsud.banquepopulaire.fr", "p12"), T(body, cs="windows-1252", cte="qp"), "fr", "Banque Populaire du Sud",
      "regional bank 'avis d'opération' with nature + date de valeur; treasury payer", "in", "2280.00",
      "TRESOR PUBLIC SGC PAYS DE LUNEL", "ST AUNES LE HAUT MDT 512 F-2026-0395", "2026-12-02", "yes")

    # p13 Banque Dupuy, de Parseval
    body = ("Banque Dupuy, de Parseval\n\nMadame,\n\nNous avons le plaisir de vous informer de l'inscription au crédit de votre compte "
            "de l'opération suivante :\n\n   04/12/2026   VIR VERNEDE-BLANC CORINNE   F-2026-0405 MOINS AVOIR AV-2026-007   1 640,00 EUR\n\n"
            "Votre conseiller reste à votre disposition.\n\nBanque Dupuy, de Parseval – marque de la Banque Populaire du Sud. "
            "Merci de ne pas répondre à ce courriel automatique.")
    N("dupuy_parseval_credit_vernede.eml", addr("Banque Dupuy, de Parseval", "alertes@banque-dupuy-parseval.fr"),
      "Inscription au crédit de votre compte", D(4, 10, 22), mid("banque-dupuy-parseval.fr", "p13"), T(body, cs="iso-8859-1"),
      "fr", "Banque Dupuy, de Parseval", "small regional bank, formal 'inscription au crédit', one-line statement row", "in", "1640.00",
      "VERNEDE-BLANC CORINNE", "F-2026-0405 MOINS AVOIR AV-2026-007", "2026-12-04", "yes",
      notes="invoice amount minus a credit note (see h41)")

    # p14 BoursoBank instant transfer
    rows = [("Montant", "740,00 €"), ("Émetteur", "MONTAGNAC XAVIER"), ("Motif", "F-2026-0422"), ("Reçu le", "03/12/2026 à 09:14")]
    foot = "BoursoBank, SA – 351 058 151 RCS Nanterre. Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre."
    N("boursobank_virement_instantane.eml", addr("BoursoBank", "noreply@boursobank.com"), "Vous avez reçu un virement instantané",
      D(3, 9, 15), mid("boursobank.com", "p14"), ALT(T(plain_rows(rows) + "\n\n" + foot), T(table_html("Virement instantané reçu", rows, foot, "#d6007f"), sub="html")),
      "fr", "BoursoBank", "instant transfer received", "in", "740.00", "MONTAGNAC XAVIER", "F-2026-0422", "2026-12-03", "yes")

    # p15 Hello bank! amount in subject only
    body = ("Hello bank!\n\nBonjour,\n\nUne nouvelle opération vient d'être enregistrée sur votre compte.\nPour en voir le détail, "
            "connectez-vous à votre appli Hello bank!.\n\nÀ bientôt,\nL'équipe Hello bank!\n\nHello bank! est une marque de BNP Paribas. "
            "Ceci est un e-mail automatique, merci de ne pas y répondre.")
    N("hellobank_montant_sujet_seul.eml", addr("Hello bank!", "noreply@hellobank.fr"), "+ 1 250,00 € sur votre compte Hello bank!",
      D(4, 12, 40), mid("hellobank.fr", "p15"), T(body), "fr", "Hello bank!", "amount only in the subject, no payer in body",
      "in", "1250.00", "", "", "", "yes", notes="payer not named: a single incoming movement; unsure whether counts_as_payment should be yes")

    # p16 Fortuneo
    body = ("Fortuneo\n\nNotification de virement reçu\n\nBonjour Madame Fontaine-Ribeiro,\n\nUn virement de 1 250,00 EUR émis par "
            "SABATIER OLIVIER a été crédité sur votre compte le 04/12/2026.\nRéférence de l'opération : FACTURE F2026-0416\n\n"
            "L'équipe Fortuneo\n\nFortuneo – SA au capital de 37 000 000 € – RCS Brest 384 288 890. Ceci est un message automatique.")
    N("fortuneo_virement_recu_sabatier.eml", addr("Fortuneo", "alertes@fortuneo.fr"), "Notification de virement reçu",
      D(4, 13, 2), mid("fortuneo.fr", "p16"), T(body), "fr", "Fortuneo", "'émis par X a été crédité'", "in", "1250.00",
      "SABATIER OLIVIER", "FACTURE F2026-0416", "2026-12-04", "yes")

    # p17 N26 English
    body = ("Hi Léa,\n\nYou've received €1,480.00 from JOAO PEDRO CARVALHO MENDES.\nReference: INV-0424\n\nThe money is already in your "
            "N26 Business account.\n\nYour N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because "
            "you enabled transaction notifications in your settings.")
    N("n26_received_carvalho.eml", addr("N26", "no-reply@n26.com"), "You've received €1,480.00", D(4, 9, 51),
      mid("n26.com", "p17"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "en", "N26",
      "English money in, personal payer name", "in", "1480.00", "JOAO PEDRO CARVALHO MENDES", "INV-0424", "2026-12-04", "yes")

    # p18 Revolut Business English
    rows = [("Amount", "€4,800.00"), ("From", "INMOBILIARIA LEVANTE VERDE SL"), ("Reference", "INV-0428 JARDINES ALBORAYA"),
            ("Date", "2 Dec 2026")]
    foot = "Revolut Business · Revolut Bank UAB. This is an automated message, please do not reply."
    N("revolut_business_received_levante.eml", addr("Revolut Business", "no-reply@revolut.com"),
      "You received €4,800.00 from INMOBILIARIA LEVANTE VERDE SL", D(2, 15, 6), mid("revolut.com", "p18"),
      ALT(T("Money received\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + foot), T(table_html("Money received", rows, foot, "#191c1f"), sub="html")),
      "en", "Revolut Business", "English, payer in subject", "in", "4800.00", "INMOBILIARIA LEVANTE VERDE SL", "INV-0428 JARDINES ALBORAYA",
      "2026-12-02", "yes")

    # p19 Wise
    body = ("Hi Léa,\n\nYou've received 5,980.00 EUR from QUINTA DO VALE SERENO LDA.\n\nReference: INV-0417\nReceived: 4 December 2026\n\n"
            "It's now in your EUR balance.\n\nThe Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels. Please don't reply to this email.")
    N("wise_received_vale_sereno.eml", addr("Wise", "noreply@wise.com"), "You've received 5,980.00 EUR", D(4, 7, 33),
      mid("wise.com", "p19"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "en", "Wise",
      "money into a EUR balance", "in", "5980.00", "QUINTA DO VALE SERENO LDA", "INV-0417", "2026-12-04", "yes")

    # p20 Stripe payment received (card, via payment link)
    body = ("Paiement réussi\n\nVous avez reçu un paiement de 450,00 € de camille.durand@example.com.\n\nDescription : Consultation "
            "conseil jardin (2 h) – lien de paiement\nMoyen de paiement : Visa •••• 4242\nID : pi_3QZx7LFp2cK8nB0a1d4T9mEr\n\n"
            "Voir dans le Dashboard : https://dashboard.stripe.com/payments\n\nVous recevez cet e-mail car les notifications de paiements "
            "réussis sont activées pour votre compte Stripe.")
    N("stripe_paiement_reussi_450.eml", addr("Stripe", "notifications@stripe.com"), "Paiement de 450,00 € reçu de camille.durand@example.com",
      D(30, 14, 52), mid("stripe.com", "p20"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "Stripe",
      "card payment captured by a PSP, payer as email", "in", "450.00", "camille.durand@example.com",
      "pi_3QZx7LFp2cK8nB0a1d4T9mEr", "2026-11-30", "yes")

    # p21 PayPal received
    rows = [("Montant reçu", "320,00 EUR"), ("De", "Nicolas Brès"), ("N° de transaction", "7HF21533LK094120X"),
            ("Objet", "Plan de plantation terrasse")]
    foot = ("Aide et contact | Sécurité. PayPal (Europe) S.à r.l. et Cie, S.C.A. Veuillez ne pas répondre à cet e-mail. "
            "Copyright © 1999-2026 PayPal. Tous droits réservés.")
    N("paypal_paiement_recu_bres.eml", addr("PayPal", "service@paypal.fr"), "Vous avez reçu un paiement",
      D(1, 19, 30), mid("paypal.com", "p21"), ALT(T("Nicolas Brès vous a envoyé 320,00 EUR\n\n" + plain_rows(rows) + "\n\n" + foot),
                                                  T(table_html("Vous avez reçu 320,00 EUR", rows, foot, "#003087"), sub="html")),
      "fr", "PayPal", "PayPal payment received", "in", "320.00", "Nicolas Brès", "7HF21533LK094120X", "2026-12-01", "yes")

    # p22 SumUp payout
    body = ("Bonjour Léa,\n\nVotre virement SumUp est en route.\n\nMontant : 612,40 €\nTransactions du 27/11/2026 au 30/11/2026 (9)\n"
            "Frais déduits : 10,78 €\nVersé sur : FR76 •••• 2309\nArrivée estimée : 02/12/2026\n\nSumUp Payments Limited. Ceci est un e-mail automatique.")
    N("sumup_virement_en_route.eml", addr("SumUp", "no-reply@sumup.com"), "Votre virement de 612,40 € est en route", D(1, 5, 12),
      mid("sumup.com", "p22"), T(body), "fr", "SumUp", "payout bundling 9 card transactions", "in", "612.40", "", "",
      "2026-12-02", "no_aggregate", notes="settlement of many sales at a garden fair stand")

    # p23 GoCardless collected
    body = ("Bonjour,\n\nLe paiement de 240,00 € de Hôtel Le Mas des Cigales a été encaissé.\n\nRéférence : ENTRETIEN-SUIVI-DEC26\n"
            "Mandat : MD000K2Q8R7N3\nIl vous sera versé le 07/12/2026.\n\nL'équipe GoCardless\n\nGoCardless SAS. Vous recevez cet e-mail "
            "car vous êtes administrateur d'un compte GoCardless.")
    N("gocardless_paiement_encaisse.eml", addr("GoCardless", "noreply@gocardless.com"), "Paiement encaissé : 240,00 € de Hôtel Le Mas des Cigales",
      D(2, 7, 2), mid("gocardless.com", "p23"), T(body), "fr", "GoCardless", "direct debit collected from a client (monthly follow-up contract)",
      "in", "240.00", "Hôtel Le Mas des Cigales", "ENTRETIEN-SUIVI-DEC26", "2026-12-02", "yes")

    # p24 Mollie settlement
    body = ("Bonjour,\n\nNous avons versé 1 284,50 € sur votre compte bancaire se terminant par 309.\n\nRéférence du versement : "
            "MOLLIE-STL-4412980\nPériode : 23/11/2026 – 29/11/2026\nNombre de paiements : 14\nFrais : 18,20 €\n\n"
            "Mollie B.V. · Keizersgracht 126 · Amsterdam. Vous recevez cet e-mail car vous êtes titulaire d'un compte Mollie.")
    N("mollie_versement_hebdo.eml", addr("Mollie", "noreply@mollie.com"), "Votre versement de 1 284,50 € est en route",
      D(30, 6, 1), mid("mollie.com", "p24"), T(body), "fr", "Mollie", "weekly settlement of 14 payments", "in", "1284.50", "",
      "MOLLIE-STL-4412980", "2026-11-30", "no_aggregate")

    # p25 PayPlug
    rows = [("Montant", "180,00 €"), ("Client", "Marion Tessier"), ("Référence", "FICHE-CONSEIL-112"), ("Carte", "CB •••• 8831")]
    foot = "PayPlug SAS – établissement de paiement. Cet e-mail vous est envoyé automatiquement."
    N("payplug_nouveau_paiement.eml", addr("PayPlug", "noreply@payplug.com"), "Nouveau paiement de 180,00 € reçu", D(2, 21, 8),
      mid("payplug.com", "p25"), ALT(T(plain_rows(rows) + "\n\n" + foot), T(table_html("Nouveau paiement reçu", rows, foot, "#35b3a5"), sub="html")),
      "fr", "PayPlug", "online card payment received", "in", "180.00", "Marion Tessier", "FICHE-CONSEIL-112", "2026-12-02", "yes")

    # p26 Sumeria
    body = ("Thomas Rigal vous a envoyé 150,00 €\n\n« Visite conseil potager 🌱 »\n\nL'argent est disponible sur votre compte Sumeria.\n\n"
            "Sumeria (ex-Lydia) – Lydia Solutions SAS. Vous pouvez désactiver ces e-mails dans Réglages > Notifications.")
    N("sumeria_thomas_envoye.eml", addr("Sumeria", "noreply@sumeria.eu"), "Thomas Rigal vous a envoyé 150,00 €", D(4, 18, 44),
      mid("sumeria.eu", "p26"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "Sumeria",
      "peer payment app, message with emoji", "in", "150.00", "Thomas Rigal", "Visite conseil potager 🌱", "2026-12-04", "yes")

    # p27 Pennylane bank feed: in + out
    body = ("Bonjour Léa,\n\n2 nouvelles transactions ont été synchronisées depuis votre compte Qonto :\n\n"
            "  02/12/2026   VIR RESIDENCE LES SALINS F-2026-0403        + 2 760,00 €\n"
            "  02/12/2026   PRLV ADOBE SYSTEMS SOFTWARE IRELAND          -    59,99 €\n\n"
            "Pensez à y associer leurs justificatifs.\n\nL'équipe Pennylane\n\nVous recevez cet e-mail car vous êtes membre de l'entreprise "
            "Fontaine Paysage sur Pennylane.")
    N("pennylane_2_transactions.eml", addr("Pennylane", "notifications@pennylane.com"), "2 nouvelles transactions synchronisées",
      D(3, 6, 30), mid("pennylane.com", "p27"), T(body), "fr", "Pennylane", "accounting bank feed with one credit and one debit",
      "in|out", "2760.00|59.99", "RESIDENCE LES SALINS|", "F-2026-0403|PRLV ADOBE SYSTEMS SOFTWARE IRELAND", "2026-12-02|2026-12-02", "yes",
      notes="counts_as_payment refers to the incoming transfer")

    # p28 Indy
    body = ("Nouvelle recette détectée 🎉\n\n+3 960,00 € – VIR DRFIP OCCITANIE HERAULT SM RIVES LIROU MDT 77 F-2026-0411\n"
            "Compte : Crédit Agricole ••• 2876 · 04/12/2026\n\nCatégorisez-la en 1 clic dans Indy.\n\n"
            "Indy – vous recevez ce mail car la synchronisation bancaire est active.")
    N("indy_recette_detectee.eml", addr("Indy", "notifications@indy.fr"), "Nouvelle recette : +3 960,00 €", D(4, 16, 10),
      mid("indy.fr", "p28"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "Indy",
      "accounting app bank feed, treasury payer", "in", "3960.00", "DRFIP OCCITANIE HERAULT", "SM RIVES LIROU MDT 77 F-2026-0411",
      "2026-12-04", "yes")

    # p29 Portuguese client's ERP remittance advice
    body = ("PAYMENT ADVICE / AVISO DE PAGAMENTO\n\nQuinta do Vale Sereno, Lda. – NIF PT509876543\n\nVendor: FONTAINE PAYSAGE (V-20077)\n"
            "Payment date: 03.12.2026\nPayment method: SEPA credit transfer\n\nDocument      Date        Amount EUR\nINV-0417      30.10.2026   5.980,00\n"
            "---------------------------------------\nTotal paid                  5.980,00\n\nThis is a system-generated message (SAP Business One). Please do not reply.")
    N("valesereno_payment_advice_sap.eml", addr("Quinta do Vale Sereno AP", "sap-noreply@valesereno.pt"),
      "Payment Advice 2000004417 / Aviso de Pagamento", D(3, 16, 20, tz="+0000"), mid("valesereno.pt", "p29"),
      MIX(T(body), PDF("PaymentAdvice_2000004417.pdf", ["PAYMENT ADVICE 2000004417", "Quinta do Vale Sereno, Lda.",
          "Vendor FONTAINE PAYSAGE", "INV-0417  5.980,00 EUR", "Payment date 03.12.2026"])),
      "en", "Quinta do Vale Sereno", "client's ERP remittance advice with PDF (money not yet seen by a bank)", "in", "5980.00",
      "Quinta do Vale Sereno, Lda.", "INV-0417", "2026-12-03", "no_claim")

    # p30 Chorus Pro mise en paiement
    body = ("Madame, Monsieur,\n\nLe statut de la facture suivante a été modifié :\n\nNuméro de facture : F-2026-0411\nDestinataire : "
            "SYNDICAT MIXTE DES RIVES DU LIROU (SIRET 253 400 123 00015)\nMontant TTC : 3 960,00 EUR\nNouveau statut : MISE EN PAIEMENT\n"
            "Date de mise en paiement : 01/12/2026\n\nPour consulter le détail, connectez-vous au portail Chorus Pro : https://portail.chorus-pro.gouv.fr\n\n"
            "Ce message est généré automatiquement. Merci de ne pas y répondre.\nAgence pour l'Informatique Financière de l'État (AIFE)")
    N("chorus_pro_mise_en_paiement.eml", addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
      "[Chorus Pro] Changement de statut de votre facture F-2026-0411", D(1, 4, 12), mid("chorus-pro.gouv.fr", "p30"), T(body),
      "fr", "Chorus Pro", "public invoicing platform status 'MISE EN PAIEMENT' (payment ordered, not yet received)", "none",
      "3960.00", "", "F-2026-0411", "2026-12-01", "no_claim",
      notes="unsure: remittance-like status from the public client's system; could also be seen as 'other' (service notification)")

    # ---------------- not money in
    # p31 Qonto card payment
    body = ("Paiement par carte\n\n86,40 € chez PEPINIERES ROUVEYROL – LUNEL-VIEIL\nCarte : •••• 5520 (Léa Fontaine-Ribeiro)\n"
            "Date : 01/12/2026 10:42\n\nN'oubliez pas d'ajouter le justificatif dans l'application.\n\nQonto – Vous recevez cet e-mail car les "
            "notifications de paiement par carte sont activées.")
    N("qonto_paiement_carte_pepiniere.eml", addr("Qonto", "no-reply@qonto.com"), "Paiement de 86,40 € chez PEPINIERES ROUVEYROL",
      D(1, 10, 43), mid("qonto.com", "p31"), T(body), "fr", "Qonto", "card payment at a nursery", "out", "86.40", "", "", "2026-12-01", "no")

    # p32 Shine transfer out
    body = ("Votre virement a bien été envoyé ✅\n\nMontant : 1 284,00 €\nBénéficiaire : URSSAF LANGUEDOC-ROUSSILLON\nLibellé : COTISATIONS T4 2026\n"
            "Date d'exécution : 02/12/2026\n\nShine – Ceci est un e-mail automatique, merci de ne pas y répondre.")
    N("shine_virement_envoye_urssaf.eml", addr("Shine", "notifications@shine.fr"), "Votre virement de 1 284,00 € a été envoyé",
      D(2, 9, 20), mid("shine.fr", "p32"), T(body), "fr", "Shine", "outgoing transfer to URSSAF", "out", "1284.00", "",
      "COTISATIONS T4 2026", "2026-12-02", "no")

    # p33 BNP direct debit
    body = ("BNP Paribas\n\nAvis de prélèvement\n\nUn prélèvement SEPA a été débité de votre compte ****4127 :\n\nCréancier : MAF ASSURANCES\n"
            "Référence du mandat : MAF-2019-0044871\nLibellé : COTISATION RC PRO DEC 2026\nMontant : - 412,18 EUR\nDate : 01/12/2026\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.")
    N("bnp_avis_prelevement_maf.eml", addr("BNP Paribas", "alertes@bnpparibas.com"), "Avis de prélèvement sur votre compte",
      D(1, 7, 46), mid("alertes.bnpparibas.com", "p33"), T(body, cs="iso-8859-1"), "fr", "BNP Paribas",
      "SEPA direct debit taken (insurance)", "out", "412.18", "", "COTISATION RC PRO DEC 2026", "2026-12-01", "no")

    # p34 CA balance alert
    body = ("Alerte solde\n\nMadame FONTAINE-RIBEIRO,\n\nLe solde de votre compte CCP PRO ****2876 est passé sous le seuil de 500,00 € que vous avez défini.\n"
            "Solde au 30/11/2026 : 312,57 €\n\nCrédit Agricole du Languedoc – message automatique, merci de ne pas y répondre.")
    N("ca_languedoc_alerte_solde_bas.eml", addr("Crédit Agricole du Languedoc", "ne-pas-repondre@credit-agricole.fr"),
      "Alerte : solde inférieur au seuil", D(30, 7, 3), mid("ca-languedoc.fr", "p34"), T(body), "fr", "Crédit Agricole du Languedoc",
      "low balance alert", "statement", "312.57", "", "", "2026-11-30", "no")

    # p35 LCL statement
    body = ("Bonjour,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre espace client LCL, rubrique « Mes documents ».\n\n"
            "Pensez à le télécharger : il reste consultable pendant 10 ans.\n\nLCL – Ne répondez pas à ce message, il a été généré automatiquement.")
    N("lcl_releve_disponible.eml", addr("LCL", "ne-pas-repondre@lcl.fr"), "Votre relevé de compte est disponible", D(2, 5, 30),
      mid("lcl.fr", "p35"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "LCL", "statement available",
      "statement", "", "", "", "", "no")

    # p36 La Banque Postale rejected outgoing transfer
    body = ("La Banque Postale\n\nBonjour,\n\nLe virement de 2 400,00 € que vous avez émis le 30/11/2026 au profit de SARL ARROSAGE SOLUTIONS SUD "
            "a été rejeté par la banque du bénéficiaire.\nMotif : compte clos (AC04).\n\nLe montant a été recrédité sur votre compte. "
            "Merci de vérifier les coordonnées bancaires du bénéficiaire.\n\nCet e-mail est envoyé automatiquement. Merci de ne pas y répondre.")
    N("lbp_virement_emis_rejete.eml", addr("La Banque Postale", "noreply@labanquepostale.fr"), "Votre virement a été rejeté",
      D(2, 13, 45), mid("labanquepostale.fr", "p36"), T(body), "fr", "La Banque Postale",
      "outgoing transfer rejected (AC04), amount re-credited", "failed", "2400.00", "", "", "2026-12-02", "no",
      notes="the re-credit is not a client payment")

    # p37 Stripe payout failed
    body = ("Un virement vers votre compte bancaire a échoué\n\nLe virement de 905,30 € prévu le 02/12/2026 vers votre compte bancaire "
            "(•••• 2309) n'a pas pu être effectué.\nMotif : Le compte bancaire a été fermé (account_closed).\n\nLes fonds ont été réintégrés à votre "
            "solde Stripe. Mettez à jour vos coordonnées bancaires : https://dashboard.stripe.com/settings/payouts\n\n"
            "Stripe Payments Europe, Ltd. Vous recevez cet e-mail car vous êtes administrateur de ce compte.")
    N("stripe_virement_echoue.eml", addr("Stripe", "notifications@stripe.com"), "Échec du virement de 905,30 €", D(2, 17, 3),
      mid("stripe.com", "p37"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "Stripe",
      "payout failed (account_closed)", "failed", "905.30", "", "", "2026-12-02", "no")

    # p38 Stripe dispute
    body = ("A payment has been disputed\n\nA customer has disputed a €450.00 payment (pi_3QZx7LFp2cK8nB0a1d4T9mEr) from "
            "camille.durand@example.com.\nReason: product_not_received\n\nThe disputed amount and a €20.00 dispute fee have been withdrawn "
            "from your balance. Respond by 18 December 2026 to submit evidence.\n\nStripe · You are receiving this because you are an "
            "administrator of this Stripe account.")
    N("stripe_dispute_450.eml", addr("Stripe", "notifications@stripe.com"), "A €450.00 payment has been disputed", D(4, 15, 30),
      mid("stripe.com", "p38"), T(body), "en", "Stripe", "chargeback / dispute opened", "chargeback", "450.00", "",
      "pi_3QZx7LFp2cK8nB0a1d4T9mEr", "2026-12-04", "no")

    # p39 PayPal refund sent
    body = ("Vous avez envoyé un remboursement\n\nVous avez remboursé 80,00 EUR à Aline Mercadier.\nN° de transaction du remboursement : "
            "4KJ60991SB217853V\nMotif : Atelier « jardin sec » annulé\n\nPayPal – Veuillez ne pas répondre à cet e-mail.")
    N("paypal_remboursement_envoye.eml", addr("PayPal", "service@paypal.fr"), "Vous avez remboursé 80,00 EUR", D(30, 16, 17),
      mid("paypal.com", "p39"), ALT(T(body), T("<p>" + body.replace("\n", "<br>") + "</p>", sub="html")), "fr", "PayPal",
      "refund issued by the owner", "refund", "80.00", "", "4KJ60991SB217853V", "2026-11-30", "no")

    # p40 GoCardless failed
    body = ("Bonjour,\n\nLe paiement de 240,00 € de Camping Le Clos des Amandiers a échoué.\nMotif : provision insuffisante (AM04).\n"
            "Référence : ENTRETIEN-SUIVI-DEC26\n\nNous ne retenterons pas automatiquement ce paiement. Vous pouvez le relancer depuis votre tableau de bord.\n\n"
            "L'équipe GoCardless")
    N("gocardless_paiement_echoue.eml", addr("GoCardless", "noreply@gocardless.com"), "Échec du paiement de Camping Le Clos des Amandiers",
      D(3, 7, 5), mid("gocardless.com", "p40"), T(body), "fr", "GoCardless", "client's direct debit failed", "failed", "240.00", "",
      "ENTRETIEN-SUIVI-DEC26", "2026-12-03", "no")

    # p41 Revolut card out
    body = ("You spent €42.00 at VECTORWORKS NEMETSCHEK\nCard •••• 7741 · 1 Dec 2026, 09:58\n\nRevolut Business – You're receiving this "
            "email because card notifications are on.")
    N("revolut_card_spent_vectorworks.eml", addr("Revolut Business", "no-reply@revolut.com"), "You spent €42.00 at VECTORWORKS NEMETSCHEK",
      D(1, 9, 59), mid("revolut.com", "p41"), T(body), "en", "Revolut Business", "card payment for CAD software", "out", "42.00",
      "", "", "2026-12-01", "no")

    # p42 Qonto incoming transfer under review
    body = ("Bonjour Léa,\n\nUn virement entrant de 11 520,00 € émis par DRFIP OCCITANIE ET HERAULT est en cours de vérification par nos équipes "
            "conformité.\nIl sera crédité sur votre compte dès validation, généralement sous 24 à 48 h ouvrées. Vous n'avez rien à faire pour le moment.\n\n"
            "L'équipe Qonto")
    N("qonto_virement_entrant_verification.eml", addr("Qonto", "no-reply@qonto.com"), "Un virement entrant est en cours de vérification",
      D(4, 11, 11), mid("qonto.com", "p42"), T(body), "fr", "Qonto", "incoming transfer on hold for compliance review (not yet credited)",
      "none", "11520.00", "", "", "", "no", notes="payer named (DRFIP OCCITANIE ET HERAULT) but money not yet credited")

    # p43 Mollie refund
    body = ("Remboursement effectué\n\nUn remboursement de 35,00 € a été effectué pour le paiement tr_WDqYK6vllg (Carte cadeau atelier).\n"
            "Le montant sera déduit de votre prochain versement.\n\nMollie B.V.")
    N("mollie_remboursement.eml", addr("Mollie", "noreply@mollie.com"), "Remboursement de 35,00 € effectué", D(3, 12, 1),
      mid("mollie.com", "p43"), T(body), "fr", "Mollie", "refund processed", "refund", "35.00", "", "tr_WDqYK6vllg", "2026-12-03", "no")

    # p44 Crédit Coopératif: cheque returned unpaid
    body = ("Crédit Coopératif\n\nAvis de rejet de chèque remis à l'encaissement\n\nNous vous informons que le chèque n° 4471208 d'un montant de "
            "1 860,00 EUR, remis le 01/12/2026, nous a été retourné impayé par la banque tirée.\nMotif : signature non conforme.\n\n"
            "Le montant a été débité de votre compte le 04/12/2026. Le chèque original vous sera adressé par courrier.\n\n"
            "Crédit Coopératif – Société coopérative anonyme de Banque Populaire. Message automatique.")
    N("credit_cooperatif_cheque_impaye.eml", addr("Crédit Coopératif", "noreply@credit-cooperatif.coop"), "Avis de rejet de chèque",
      D(4, 14, 19), mid("credit-cooperatif.coop", "p44"), T(body, cs="iso-8859-1"), "fr", "Crédit Coopératif",
      "deposited cheque returned unpaid (cheque from h38)", "failed", "1860.00", "", "CHQ 4471208", "2026-12-04", "no")

    # p45 Hello bank! overdrawn
    body = ("Bonjour,\n\nVotre compte présente un solde débiteur de -128,44 € au 03/12/2026.\nPour éviter des frais, pensez à l'alimenter.\n\n"
            "Hello bank! – Ceci est un e-mail automatique, merci de ne pas y répondre.")
    N("hellobank_solde_debiteur.eml", addr("Hello bank!", "noreply@hellobank.fr"), "Votre compte est débiteur", D(3, 6, 50),
      mid("hellobank.fr", "p45"), T(body), "fr", "Hello bank!", "overdrawn balance alert", "statement", "128.44", "", "", "2026-12-03", "no")

# ================================================================ auto_reply
def auto():
    L = "auto_reply"

    def A(file, hdr, root, lang, group, pattern, facts="", notes="", crlf=True):
        add(file, L, build(hdr, root, crlf=crlf), lang, group, pattern, facts=facts, notes=notes)

    # a01 Outlook FR "Réponse automatique :" with Auto-Submitted and X-Auto-Response-Suppress
    inv = "F-2026-0409"
    A("outlook_reponse_automatique_absente_7dec.eml", [
        ("From", addr("Stéphanie Arnal", "direction@palombiere-camping.fr")), ("To", OWNER_FULL),
        ("Subject", H("Réponse automatique : " + rsubj_fr(inv))), ("Date", D(30, 9, 3)), ("Message-ID", mid("outlook", "a01")),
        ("In-Reply-To", rmid(409)), ("References", rmid(409)), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "direction@palombiere-camping.fr"),
        ("Content-Language", "fr-FR")],
        ALT(T("Bonjour,\n\nJe suis absente du bureau jusqu'au 7 décembre inclus, avec un accès limité à mes e-mails.\n"
              "Pour toute urgence concernant les réservations, merci de contacter l'accueil au 04 67 00 88 10.\n\nCordialement,\nStéphanie Arnal"),
            T("<html><body><p>Bonjour,</p><p>Je suis absente du bureau jusqu'au 7 décembre inclus, avec un accès limité à mes e-mails.<br>"
              "Pour toute urgence concernant les réservations, merci de contacter l'accueil au 04 67 00 88 10.</p><p>Cordialement,<br>Stéphanie Arnal</p></body></html>", sub="html"),
            boundary=BND("outlook")),
        "fr", "Exchange Online", "Outlook 'Réponse automatique :' with Auto-Submitted/X-Auto-Response-Suppress",
        facts="ooo_until=2026-12-07", notes="last day of absence given ('jusqu'au 7 décembre inclus')")

    # a02 Gmail vacation responder English
    inv = "INV-0413"
    A("gmail_vacation_en.eml", [
        ("From", addr("Marta Giménez Soler", "mgimenez@levanteverde.es")), ("To", OWNER), ("Subject", "Re: " + rsubj_en(inv)),
        ("Date", D(30, 9, 4, tz="+0100")), ("Message-ID", mid("gmail", "a02")), ("In-Reply-To", rmid(413)), ("References", rmid(413)),
        ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
        ALT(T("Hi,\n\nI'm travelling to Madrid for the SIMA real-estate fair and will be back in the office on Tuesday 1 December. "
              "I will reply as soon as possible.\n\nFor urgent matters please contact info@levanteverde.es.\n\nMarta", cte="7bit"),
            T("<div dir=\"ltr\">Hi,<br><br>I'm travelling to Madrid for the SIMA real-estate fair and will be back in the office on Tuesday 1 December. I will reply as soon as possible.<br><br>For urgent matters please contact info@levanteverde.es.<br><br>Marta</div>", sub="html"),
            boundary=BND("gmail")),
        "en", "Gmail vacation", "Gmail vacation responder with Auto-Submitted and X-Autoreply", facts="ooo_until=2026-12-01",
        notes="return date given ('back in the office on Tuesday 1 December')")

    # a03 old Exchange "Absence du bureau", no auto headers
    A("absence_du_bureau_sans_entete.eml", [
        ("From", addr("Karima Benali", "k.benali@cc-garrigues-vidourle.fr")), ("To", OWNER),
        ("Subject", H("Absence du bureau : " + rsubj_fr("F-2026-0402"))), ("Date", D(3, 9, 5)),
        ("Message-ID", "<2091887340.2305512.1764749105220.JavaMail.zimbra@cc-garrigues-vidourle.fr>")],
        T("Bonjour,\n\nJe suis actuellement en formation et serai de retour le lundi 7 décembre 2026.\nEn mon absence, vous pouvez "
          "contacter le service Finances au 04 66 00 31 20 ou finances@cc-garrigues-vidourle.fr.\n\nKarima Benali"),
        "fr", "Zimbra out-of-office", "'Absence du bureau' subject, no Auto-Submitted nor In-Reply-To", facts="ooo_until=2026-12-07")

    # a04 municipality generic autoresponder
    A("mairie_accuse_reception_auto.eml", [
        ("From", addr("Mairie de Castelnau-les-Oliviers", "accueil@mairie-castelnau-oliviers.fr")), ("To", OWNER),
        ("Subject", H("Accusé de réception de votre message")), ("Date", D(30, 9, 2)), ("Message-ID", mid("mairie-castelnau-oliviers.fr", "a04")),
        ("Auto-Submitted", "auto-generated"), ("In-Reply-To", rmid(387, 2))],
        T("Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui sera transmis au service concerné.\n\n"
          "Conformément au Code des relations entre le public et l'administration, il sera traité dans les meilleurs délais. Les horaires "
          "d'ouverture de la mairie sont du lundi au vendredi, de 8h30 à 12h et de 14h à 17h30.\n\nCe message est généré automatiquement, merci de ne pas y répondre."),
        "fr", "Mairie autoresponder", "administration acknowledgment autoresponder (auto-generated)")

    # a05 accounts-payable autoresponder mentioning invoices and payment terms
    A("heliade_ap_autoresponder_factures.eml", [
        ("From", addr("Factures Héliade Promotion", "factures@heliade-promotion.fr")), ("To", OWNER_FULL),
        ("Subject", H("Réponse automatique : " + rsubj_fr("F-2026-0426"))), ("Date", D(30, 9, 4)), ("Message-ID", mid("outlook", "a05")),
        ("In-Reply-To", rmid(426)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        T("Bonjour,\n\nNous vous remercions pour votre message.\n\nCette boîte est exclusivement dédiée à la réception des factures fournisseurs "
          "au format PDF (une facture par fichier). Les factures sont réglées à 45 jours fin de mois à compter de leur date d'émission, "
          "sous réserve de comporter le numéro de bon de commande Héliade (BC-HP-xx-xxxx).\n\nPour toute question sur l'état d'un règlement, "
          "merci d'écrire à comptabilite@heliade-promotion.fr en précisant le numéro de facture.\n\nService Comptabilité Fournisseurs"),
        "fr", "Héliade Promotion AP", "accounts-payable autoresponder talking about invoices and 45-day terms")

    # a06 helpdesk ticket autoresponder (hotel group)
    A("lagune_ticket_autoresponder.eml", [
        ("From", addr("Lagune Hospitality Support", "support@lagune-hospitality.com")), ("To", OWNER),
        ("Subject", "[Ticket #48213] " + H(rsubj_fr("F-2026-0414"))), ("Date", D(30, 9, 4)), ("Message-ID", mid("lagune-hospitality.zendesk.com", "a06")),
        ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "auto_reply"), ("In-Reply-To", rmid(414))],
        ALT(T("## Merci de répondre au-dessus de cette ligne ##\n\nBonjour,\n\nVotre demande (48213) a bien été reçue et sera traitée par "
              "notre équipe Comptabilité fournisseurs sous 5 jours ouvrés.\n\nRappel : nos règlements fournisseurs sont effectués chaque mardi "
              "par virement, pour les factures validées.\n\nL'équipe Lagune Hospitality"),
            T("<div style=\"color:#b5b5b5\">## Merci de répondre au-dessus de cette ligne ##</div><p>Bonjour,</p><p>Votre demande (48213) a bien été reçue et sera traitée par notre équipe Comptabilité fournisseurs sous 5 jours ouvrés.</p><p>Rappel : nos règlements fournisseurs sont effectués chaque mardi par virement, pour les factures validées.</p><p>L'équipe Lagune Hospitality</p>", sub="html")),
        "fr", "Zendesk", "helpdesk ticket autoresponder mentioning payment days")

    # a07 MDN read receipt Outlook FR
    b = BND("outlook")
    txt = ("From: " + addr("Gilles Maurel", "compta@domaine-roquefraiche.fr") + "\nTo: " + OWNER + "\nSubject: " + H("Lu : " + rsubj_fr("F-2026-0407"))
           + "\nDate: " + D(30, 14, 12) + "\nMessage-ID: " + mid("outlook", "a07") + "\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"" + b + "\"\nContent-Language: fr-FR\n\n"
           "--" + b + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           "Votre message\n\n  À : compta@domaine-roquefraiche.fr\n  Objet : " + rsubj_fr("F-2026-0407") + "\n  Envoyé : lundi 30 novembre 2026 09:03:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
           "a été lu le lundi 30 novembre 2026 14:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n\n"
           "--" + b + "\nContent-Type: message/disposition-notification\n\nReporting-UA: domaine-roquefraiche.fr; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;compta@domaine-roquefraiche.fr\nOriginal-Message-ID: " + rmid(407) + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n\n--" + b + "--\n")
    add("outlook_lu_accuse_lecture.eml", L, raw(txt, crlf=True), "fr", "Outlook MDN", "read receipt 'Lu :' (multipart/report disposition-notification)")

    # a08 Thunderbird English return receipt
    b = "------------" + "%024X" % random.getrandbits(96)
    txt = ("From: Jonathan Ashby <jon.ashby@example.com>\nTo: lea@fontaine-paysage.fr\nSubject: Return Receipt (displayed) - " + rsubj_en("INV-0419")
           + "\nDate: " + D(3, 20, 9, tz="+0000") + "\nMessage-ID: <c1b7e2a0-5f44-4a1c-9d6e-2e7b9f0a3c58@example.com>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=\"disposition-notification\"; boundary=\"" + b + "\"\n\n"
           "This is a multi-part message in MIME format.\n--" + b + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
           "This is a Return Receipt for the mail that you sent to jon.ashby@example.com.\n\nNote: This Return Receipt only acknowledges that the message "
           "was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n\n"
           "--" + b + "\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n"
           "Reporting-UA: ; Thunderbird 128.5.0\nFinal-Recipient: rfc822;jon.ashby@example.com\nOriginal-Message-ID: " + rmid(419) + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n\n--" + b + "\nContent-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\n"
           "Content-Disposition: inline\n\nFrom: =?UTF-8?Q?L=C3=A9a_Fontaine-Ribeiro?= <lea@fontaine-paysage.fr>\nTo: jon.ashby@example.com\n"
           "Subject: " + rsubj_en("INV-0419") + "\nMessage-ID: " + rmid(419) + "\nDate: Mon, 30 Nov 2026 09:05:02 +0100\n\n--" + b + "--\n")
    add("thunderbird_return_receipt.eml", L, raw(txt), "en", "Thunderbird MDN", "English 'Return Receipt (displayed)' with 3 MDN parts")

    # a09 Mailinblack challenge-response
    A("mailinblack_challenge.eml", [
        ("From", addr("Mailinblack", "noreply@mailinblack.com")), ("To", OWNER), ("Subject", H("Message en attente : confirmez que vous n'êtes pas un robot")),
        ("Date", D(30, 9, 5)), ("Message-ID", mid("mailinblack.com", "a09")), ("Auto-Submitted", "auto-replied"),
        ("X-MIB-Protected", "g.lopezmarti@example.net")],
        ALT(T("Bonjour,\n\nVous avez envoyé un message à g.lopezmarti@example.net, protégé par Mailinblack.\n\n"
              "Objet : " + rsubj_fr("F-2026-0393") + "\n\nPour que votre message soit délivré, merci de confirmer que vous êtes un humain "
              "en cliquant sur le lien ci-dessous (une seule fois) :\nhttps://protect.mailinblack.com/validate?k=9a8F2kQ\n\nSans action de votre part, "
              "votre message sera supprimé dans 7 jours.\n\nMailinblack – Protection anti-spam"),
            T("<p>Vous avez envoyé un message à <b>g.lopezmarti@example.net</b>, protégé par Mailinblack.</p><p>Pour que votre message soit délivré, "
              "merci de confirmer que vous êtes un humain :</p><p><a href=\"https://protect.mailinblack.com/validate?k=9a8F2kQ\">Je suis un humain</a></p>", sub="html")),
        "fr", "Mailinblack", "challenge-response: confirm you are human")

    # a10 Spanish/English OOO
    A("levante_fuera_oficina_es_en.eml", [
        ("From", addr("Jordi Puig Ferrer", "jpuig@levanteverde.es")), ("To", OWNER), ("Subject", H("Respuesta automática: " + rsubj_en("INV-0400"))),
        ("Date", D(30, 9, 5)), ("Message-ID", mid("outlook", "a10")), ("In-Reply-To", rmid(400)), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All")],
        T("Estaré fuera de la oficina hasta el 2 de diciembre, con acceso limitado al correo.\n\nI am out of the office until 2 December "
          "with limited access to e-mail. For payments please contact administracion@levanteverde.es.\n\nJordi Puig Ferrer"),
        "es", "Exchange Online", "bilingual Spanish/English 'Respuesta automática:'", facts="ooo_until=2026-12-02")

    # a11 Portuguese/English OOO
    A("valesereno_ausencia_pt_en.eml", [
        ("From", addr("João Pedro Carvalho", "joao.carvalho@valesereno.pt")), ("To", OWNER), ("Subject", "Re: " + rsubj_en("INV-0424")),
        ("Date", D(30, 8, 6, tz="+0000")), ("Message-ID", mid("gmail", "a11")), ("In-Reply-To", rmid(424)), ("Auto-Submitted", "auto-replied")],
        T("Olá,\nEstou ausente em vindima tardia até 30 de novembro, com acesso limitado ao e-mail. Responderei a partir de 1 de dezembro.\n\n"
          "Hello,\nI am away until 30 November with limited e-mail access and will reply from 1 December.\n\nJoão Pedro Carvalho\nQuinta do Vale Sereno"),
        "pt", "Gmail vacation", "bilingual Portuguese/English vacation reply", facts="ooo_until=2026-12-01",
        notes="away until 30 Nov, replies from 1 Dec: return date used")

    # a12 campsite closed for the season
    A("camping_ferme_saison_auto.eml", [
        ("From", addr("Camping Les Pins Dorés", "contact@camping-pinsdores.fr")), ("To", OWNER), ("Subject", H("Fermeture annuelle – Camping Les Pins Dorés")),
        ("Date", D(30, 9, 2)), ("Message-ID", mid("camping-pinsdores.fr", "a12")), ("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")],
        ALT(T("Bonjour,\n\nMerci pour votre message. Le camping est fermé pour la saison et rouvrira le 3 avril 2027.\n"
              "Les réservations pour la saison 2027 sont ouvertes sur notre site.\nPour les fournisseurs : les messages sont relevés une fois par semaine.\n\n"
              "À bientôt au soleil !\nL'équipe des Pins Dorés"),
            T("<p>Bonjour,</p><p>Merci pour votre message. Le camping est fermé pour la saison et rouvrira le <b>3 avril 2027</b>.</p>"
              "<p>Les réservations pour la saison 2027 sont ouvertes sur notre site.<br>Pour les fournisseurs : les messages sont relevés une fois par semaine.</p>", sub="html")),
        "fr", "Camping autoresponder", "seasonal closure autoresponder, X-Autorespond", facts="ooo_until=2027-04-03",
        notes="reopening date of the business, not a person's return")

    # a13 maternity leave with redirect
    A("conge_maternite_redirection.eml", [
        ("From", addr("Florence Teissier", "f.teissier@occitanie-logis.fr")), ("To", OWNER),
        ("Subject", H("Réponse automatique : " + rsubj_fr("F-2026-0398"))), ("Date", D(30, 9, 3)), ("Message-ID", mid("exchange", "occitanie-logis.fr|a13")),
        ("In-Reply-To", rmid(398)), ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")],
        T("Bonjour,\n\nJe suis en congé maternité jusqu'au 15 mars 2027.\nPour le suivi des opérations de Lattes et Pérols, merci de contacter "
          "Yoann Bertrand (y.bertrand@occitanie-logis.fr).\n\nFlorence Teissier", cs="windows-1252"),
        "fr", "Exchange on-premises", "long leave with redirect to a colleague", facts="ooo_until=2027-03-15")

    # a14 departed employee
    A("adresse_plus_active.eml", [
        ("From", addr("Comptabilité OLH", "s.martin@occitanie-logis.fr")), ("To", OWNER),
        ("Subject", H("Réponse automatique : " + rsubj_fr("F-2026-0397"))), ("Date", D(30, 9, 3)), ("Message-ID", mid("exchange", "occitanie-logis.fr|a14")),
        ("In-Reply-To", rmid(397)), ("Auto-Submitted", "auto-replied")],
        T("Cette adresse n'est plus active : Sylvie Martin a quitté Occitanie Logis Habitat.\nVotre message n'a pas été transféré. Pour toute "
          "question relative aux factures, écrivez à fournisseurs@occitanie-logis.fr."),
        "fr", "Exchange on-premises", "'address no longer active' auto reply (not a bounce: message delivered)")

    # a15 intercommunal invoice mailbox: only Chorus Pro
    A("ccgv_facturier_chorus_uniquement.eml", [
        ("From", addr("Service Facturier CCGV", "factures@cc-garrigues-vidourle.fr")), ("To", OWNER),
        ("Subject", H("[Message automatique] Votre envoi à factures@cc-garrigues-vidourle.fr")), ("Date", D(30, 9, 3)),
        ("Message-ID", "<auto.1764489783.52210@cc-garrigues-vidourle.fr>"), ("Auto-Submitted", "auto-replied"), ("Precedence", "junk")],
        T("Bonjour,\n\nCette adresse ne traite pas les factures transmises par courriel. Depuis le 1er janvier 2020, toute facture adressée à la "
          "Communauté de communes doit être déposée sur Chorus Pro (SIRET 200 012 345 00018).\n\nAucune facture reçue par e-mail ne sera mise en paiement.\n\n"
          "Message automatique – merci de ne pas répondre.", cs="iso-8859-1"),
        "fr", "CC Garrigues et Vidourle", "invoice mailbox autoresponder: only Chorus Pro accepted, Precedence: junk")

    # a16 Office 365 on-site, no date, English, no Auto-Submitted
    A("o365_on_site_no_date.eml", [
        ("From", addr("Benoît Garnier", "b.garnier@lagune-hospitality.com")), ("To", OWNER),
        ("Subject", "Automatic reply: " + H(rsubj_fr("F-2026-0427"))), ("Date", D(30, 9, 4)), ("Message-ID", mid("outlook", "a16")),
        ("In-Reply-To", rmid(427)), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("Thread-Topic", H(rsubj_fr("F-2026-0427")))],
        T("Bonjour, je suis actuellement en inventaire sur nos sites avec un accès limité à ma messagerie. Je vous répondrai dès que possible.\n\n"
          "Hello, I am currently on site with limited access to e-mail and will answer as soon as possible."),
        "fr", "Exchange Online", "'Automatic reply:' prefix in English, French+English body, no return date, only MS header")


# ================================================================ bounce
ORIG_HDRS = ("Return-Path: <lea@fontaine-paysage.fr>\nFrom: =?UTF-8?Q?L=C3=A9a_Fontaine-Ribeiro?= <lea@fontaine-paysage.fr>\n"
             "To: {to}\nSubject: =?UTF-8?Q?Rappel_=3A_facture_{inv}_=C3=A9chue?=\nDate: Mon, 30 Nov 2026 09:0{m}:12 +0100\n"
             "Message-ID: <dunnerd.{n}.1@fontaine-paysage.fr>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


def orig(to, inv, n, m=3, body=True):
    h = ORIG_HDRS.format(to=to, inv=inv, n=n, m=m)
    if body:
        h += "Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(reminder_fr(inv, "1 480,00 €", "20/11/2026").encode()).decode()
    return h


def bounce():
    L = "bounce"

    def B(file, text, lang, group, pattern, facts, notes="", crlf=False):
        add(file, L, raw(text, crlf=crlf), lang, group, pattern, facts=facts, notes=notes)

    # b01 Gmail (Workspace outbound) address not found
    b = "000000000000" + "%012x" % random.getrandbits(48)
    B("gmail_dsn_address_not_found.eml",
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: lea@fontaine-paysage.fr\nAuto-Submitted: auto-replied\n"
      "Subject: Delivery Status Notification (Failure)\nReferences: <dunnerd.404.2@fontaine-paysage.fr>\nIn-Reply-To: <dunnerd.404.2@fontaine-paysage.fr>\n"
      "X-Failed-Recipients: brigitte.fauconnet@example.org\nDate: " + D(1, 9, 3, tz="-0800") + "\nMessage-ID: <674c1a9b.050a0220.3c1f8a.0001.GMR@mx.google.com>\n"
      "MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"" + b + "\"; report-type=delivery-status\n\n"
      "--" + b + "\nContent-Type: multipart/related; boundary=\"" + b + "x\"\n\n--" + b + "x\nContent-Type: text/html; charset=\"UTF-8\"\n\n"
      "<html><body><h2>Adresse introuvable</h2><p>Votre message n'a pas été distribué à <b>brigitte.fauconnet@example.org</b>, car l'adresse est "
      "introuvable ou ne peut pas recevoir d'e-mails.</p><p>La réponse du serveur distant était :<br>550 5.1.1 &lt;brigitte.fauconnet@example.org&gt;: "
      "Recipient address rejected: User unknown in virtual mailbox table</p></body></html>\n--" + b + "x--\n"
      "--" + b + "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 01 Dec 2026 00:02:58 -0800 (PST)\n"
      "X-Original-Message-ID: <dunnerd.404.2@fontaine-paysage.fr>\n\nFinal-Recipient: rfc822; brigitte.fauconnet@example.org\nAction: failed\nStatus: 5.1.1\n"
      "Remote-MTA: dns; mx.example.org. (192.0.2.25, the server for the domain example.org.)\n"
      "Diagnostic-Code: smtp; 550 5.1.1 <brigitte.fauconnet@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n"
      "Last-Attempt-Date: Tue, 01 Dec 2026 00:03:01 -0800 (PST)\n\n--" + b + "\nContent-Type: message/rfc822\n\n"
      + orig("brigitte.fauconnet@example.org", "F-2026-0404", 404) + "\n--" + b + "--\n",
      "fr", "Gmail", "Gmail/Workspace DSN in French (owner sends via Workspace), user unknown, multipart/related HTML + delivery-status",
      "failed_recipient=brigitte.fauconnet@example.org")

    # b02 Exchange Online NDR
    b = BND("outlook")
    B("exchange_online_ndr_recipient_not_found.eml",
      "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lagune-hospitality.com>\nTo: lea@fontaine-paysage.fr\n"
      "Date: " + D(30, 8, 4, tz="+0000") + "\nSubject: Undeliverable: Rappel : facture F-2026-0414 =?utf-8?q?=C3=A9chue?=\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\nContent-Language: en-US\n"
      "Message-ID: <e8f6b2b4-19d0-4a3c-9b11-71d5e0c6a2f4@PR3P195MB0721.EURP195.PROD.OUTLOOK.COM>\nIn-Reply-To: <dunnerd.414.1@fontaine-paysage.fr>\n"
      "References: <dunnerd.414.1@fontaine-paysage.fr>\nMIME-Version: 1.0\nAuto-Submitted: auto-replied\n\n"
      "--" + b + "\nContent-Type: multipart/alternative; differences=Content-Type; boundary=\"" + b + "a\"\n\n--" + b + "a\n"
      "Content-Type: text/plain; charset=\"us-ascii\"\n\nYour message to compta@lagune-hospitality.com couldn't be delivered.\n"
      "compta wasn't found at lagune-hospitality.com.\n\nlea  Office 365  compta\nAction Required                 Recipient\n"
      "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
      "- Retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\nGenerating server: PR3P195MB0721.EURP195.PROD.OUTLOOK.COM\n"
      "compta@lagune-hospitality.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compta@lagune-hospitality.com not found by SMTP address lookup'\n\n"
      "--" + b + "a\nContent-Type: text/html; charset=\"us-ascii\"\n\n<html><body><p>Your message to <a href=\"mailto:compta@lagune-hospitality.com\">compta@lagune-hospitality.com</a> couldn't be delivered.</p>"
      "<p><b>compta</b> wasn't found at <b>lagune-hospitality.com</b>.</p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p></body></html>\n"
      "--" + b + "a--\n\n--" + b + "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;PR3P195MB0721.EURP195.PROD.OUTLOOK.COM\n"
      "Received-From-MTA: dns;mail.fontaine-paysage.fr\nArrival-Date: Mon, 30 Nov 2026 08:04:10 +0000\n\n"
      "Final-Recipient: rfc822;compta@lagune-hospitality.com\nAction: failed\nStatus: 5.1.10\n"
      "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compta@lagune-hospitality.com not found by SMTP address lookup\n\n"
      "--" + b + "\nContent-Type: text/rfc822-headers\n\n" + orig("compta@lagune-hospitality.com", "F-2026-0414", 414, 4, body=False) + "\n--" + b + "--\n",
      "en", "Exchange Online", "Office 365 NDR 'Undeliverable:' 5.1.10 with text/rfc822-headers", "failed_recipient=compta@lagune-hospitality.com", crlf=True)

    # b03 Exchange on-prem French "Non remis"
    b = "_002_" + "%020X" % random.getrandbits(80) + "_"
    B("exchange_onprem_non_remis_fr.eml",
      "From: Administrateur du systeme <postmaster@occitanie-logis.fr>\nTo: lea@fontaine-paysage.fr\nDate: " + D(30, 9, 6) + "\n"
      "Subject: =?iso-8859-1?Q?Non_remis=A0:_Rappel_:_facture_F-2026-0397_=E9chue?=\nMessage-ID: <1a2b3c4d5e6f@SRV-EXCH02.occitanie-logis.local>\n"
      "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\nX-MS-Exchange-Message-Is-Ndr:\n\n"
      "--" + b + "\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n"
      + quopri.encodestring("Échec de remise aux destinataires ou aux groupes suivants :\n\ncompta.fournisseurs@occitanie-logis.fr\n"
                            "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez ultérieurement ou contactez directement le destinataire.\n\n"
                            "Informations de diagnostic pour les administrateurs :\nServeur de génération : SRV-EXCH02.occitanie-logis.local\n"
                            "compta.fournisseurs@occitanie-logis.fr\n#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##\n".encode("iso-8859-1")).decode()
      + "\n--" + b + "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;SRV-EXCH02.occitanie-logis.local\n\n"
      "Final-Recipient: rfc822;compta.fournisseurs@occitanie-logis.fr\nAction: failed\nStatus: 5.2.2\n"
      "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n\n"
      "--" + b + "\nContent-Type: message/rfc822\n\n" + orig("compta.fournisseurs@occitanie-logis.fr", "F-2026-0397", 397) + "\n--" + b + "--\n",
      "fr", "Exchange on-premises", "French 'Non remis :' iso-8859-1 QP, 5.2.2 mailbox full", "failed_recipient=compta.fournisseurs@occitanie-logis.fr", crlf=True)

    # b04 Orange: quota / user unknown, Sendmail-like
    b = "2B1C" + "%08X" % random.getrandbits(32) + ".1764490000/opmta1mto12nd1.mail.orange.fr"
    B("orange_boite_pleine.eml",
      "From: Mail Delivery Subsystem <MAILER-DAEMON@orange.fr>\nTo: <lea@fontaine-paysage.fr>\nDate: " + D(30, 9, 8) + "\n"
      "Subject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\nMessage-Id: <202611300908.2B1C7E41000@opmta1mto12nd1.mail.orange.fr>\n"
      "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\n\n"
      "This is a MIME-encapsulated message\n\n--" + b + "\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
      "Votre message n'a pas pu être délivré / Your message could not be delivered.\n\n   ----- The following addresses had permanent fatal errors -----\n"
      "<camping.clos.amandiers@example.net>\n    (reason: 552 5.2.2 Boite du destinataire pleine / Mailbox full)\n\n"
      "   ----- Transcript of session follows -----\n... while talking to mx.example.net. [192.0.2.41]:\n>>> DATA\n<<< 552 5.2.2 Boite du destinataire pleine / Mailbox full\n"
      "554 5.0.0 Service unavailable\n\n--" + b + "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; opmta1mto12nd1.mail.orange.fr\n"
      "Arrival-Date: Mon, 30 Nov 2026 09:08:01 +0100\n\nFinal-Recipient: RFC822; camping.clos.amandiers@example.net\nAction: failed\nStatus: 5.2.2\n"
      "Diagnostic-Code: SMTP; 552 5.2.2 Boite du destinataire pleine / Mailbox full\nLast-Attempt-Date: Mon, 30 Nov 2026 09:08:03 +0100\n\n"
      "--" + b + "\nContent-Type: text/rfc822-headers\n\n" + orig("camping.clos.amandiers@example.net", "F-2026-0423", 423, body=False) + "\n--" + b + "--\n",
      "fr", "Orange", "Orange MTA 'Returned mail', 552 mailbox full, bilingual", "failed_recipient=camping.clos.amandiers@example.net",
      notes="DSN generated by Orange's outbound relay (owner sending through smtp.orange.fr); recipient on an example domain")

    # b05 Free (Postfix, French)
    b = "9C4A71A0082.1764489921/smtp-out.free.fr"
    B("free_postfix_utilisateur_inconnu.eml",
      "Return-Path: <>\nFrom: MAILER-DAEMON@free.fr (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: lea@fontaine-paysage.fr\n"
      "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\n"
      "Content-Transfer-Encoding: 8bit\nMessage-Id: <20261130090521.9C4A71A0082@smtp-out.free.fr>\nDate: " + D(30, 9, 5) + "\n\n"
      "This is a MIME-encapsulated message.\n\n--" + b + "\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: 8bit\n\nThis is the mail system at host smtp-out.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
      "<gerard.lopezmarti@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1\n    <gerard.lopezmarti@example.org>: Recipient address rejected: utilisateur inconnu (in\n    reply to RCPT TO command)\n\n"
      "--" + b + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; smtp-out.free.fr\n"
      "X-Postfix-Queue-ID: 9C4A71A0082\nX-Postfix-Sender: rfc822; lea@fontaine-paysage.fr\nArrival-Date: Mon, 30 Nov 2026 09:05:20 +0100 (CET)\n\n"
      "Final-Recipient: rfc822; gerard.lopezmarti@example.org\nOriginal-Recipient: rfc822;gerard.lopezmarti@example.org\nAction: failed\nStatus: 5.1.1\n"
      "Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <gerard.lopezmarti@example.org>: Recipient address rejected:\n    utilisateur inconnu\n\n"
      "--" + b + "\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
      + orig("gerard.lopezmarti@example.org", "F-2026-0393", 393, 5, body=False) + "\n--" + b + "--\n",
      "en", "Free", "Postfix DSN from the Free outbound relay, 'utilisateur inconnu' for an old address of a client", "failed_recipient=gerard.lopezmarti@example.org")

    # b06 OVH mail hosting
    b = "4D9F3C0001.1764576312/mo581.mail-out.ovh.net"
    B("ovh_mail_delivery_failed.eml",
      "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mo581.mail-out.ovh.net>\nTo: lea@fontaine-paysage.fr\n"
      "Subject: Undelivered Mail Returned to Sender\nDate: " + D(1, 9, 5) + "\nMessage-Id: <20261201090512.4D9F3C0001@mo581.mail-out.ovh.net>\n"
      "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\n\n"
      "--" + b + "\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mo581.mail-out.ovh.net.\n\n"
      "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
      "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<contact@mas-vernede.example.fr>: Host or domain name not found. Name service error\n"
      "    for name=mas-vernede.example.fr type=MX: Host not found, try again\n\n--" + b + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns; mo581.mail-out.ovh.net\nX-Postfix-Queue-ID: 4D9F3C0001\nX-Postfix-Sender: rfc822; lea@fontaine-paysage.fr\n"
      "Arrival-Date: Tue,  1 Dec 2026 09:00:11 +0100 (CET)\n\nFinal-Recipient: rfc822; contact@mas-vernede.example.fr\nOriginal-Recipient: rfc822;contact@mas-vernede.example.fr\n"
      "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n    name=mas-vernede.example.fr type=MX: Host not found, try again\n\n"
      "--" + b + "\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig("contact@mas-vernede.example.fr", "F-2026-0405", 405) + "\n--" + b + "--\n",
      "en", "OVH", "OVH outbound Postfix, domain not found (5.4.4) with the full original", "failed_recipient=contact@mas-vernede.example.fr")

    # b07 Postfix delay warning
    b = "B2E4F1A20C7.1764590000/mail.fontaine-paysage.fr"
    B("postfix_delayed_mail_warning.eml",
      "Return-Path: <>\nFrom: MAILER-DAEMON@mail.fontaine-paysage.fr (Mail Delivery System)\nSubject: Delayed Mail (still being retried)\n"
      "To: lea@fontaine-paysage.fr\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\n"
      "Message-Id: <20261201130512.B2E4F1A20C7@mail.fontaine-paysage.fr>\nDate: " + D(1, 13, 5) + "\n\n"
      "--" + b + "\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.fontaine-paysage.fr.\n\n"
      "####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
      "####################################################################\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
      "                   The mail system\n\n<finances@mairie-saintauneslehaut.fr>: connect to mail.mairie-saintauneslehaut.fr[198.51.100.14]:25:\n    Connection timed out\n\n"
      "--" + b + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.fontaine-paysage.fr\n"
      "X-Postfix-Queue-ID: B2E4F1A20C7\nX-Postfix-Sender: rfc822; lea@fontaine-paysage.fr\nArrival-Date: Tue,  1 Dec 2026 09:03:40 +0100 (CET)\n\n"
      "Final-Recipient: rfc822; finances@mairie-saintauneslehaut.fr\nOriginal-Recipient: rfc822;finances@mairie-saintauneslehaut.fr\nAction: delayed\nStatus: 4.4.1\n"
      "Diagnostic-Code: X-Postfix; connect to mail.mairie-saintauneslehaut.fr[198.51.100.14]:25: Connection\n    timed out\nWill-Retry-Until: Sun,  6 Dec 2026 09:03:40 +0100 (CET)\n\n"
      "--" + b + "\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
      + orig("finances@mairie-saintauneslehaut.fr", "F-2026-0395", 395, body=False) + "\n--" + b + "--\n",
      "en", "Postfix", "Postfix delay warning (Action: delayed, 4.4.1)", "failed_recipient=finances@mairie-saintauneslehaut.fr;bounce_final=no")

    # b08 qmail, no delivery-status part
    B("qmail_sans_partie_dsn.eml",
      "Return-Path: <>\nDate: " + D(2, 9, 7) + "\nFrom: MAILER-DAEMON@mail.golf-garrigue.fr\nTo: lea@fontaine-paysage.fr\n"
      "Subject: failure notice\nMessage-ID: <20261202080712.4411.qmail@mail.golf-garrigue.fr>\n\n"
      "Hi. This is the qmail-send program at mail.golf-garrigue.fr.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
      "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<tresorier@golf-garrigue.fr>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
      "--- Below this line is a copy of the message.\n\n" + orig("tresorier@golf-garrigue.fr", "F-2026-0418", 418, 7),
      "en", "qmail", "qmail 'failure notice', plain text only, no machine-readable DSN part", "failed_recipient=tresorier@golf-garrigue.fr")

    # b09 Exim
    B("exim_mail_delivery_failed.eml",
      "Return-path: <>\nX-Failed-Recipients: accounts@quintavalesereno-wine.example.pt\nAuto-Submitted: auto-replied\n"
      "From: Mail Delivery System <Mailer-Daemon@cpanel-host.example.net>\nTo: lea@fontaine-paysage.fr\n"
      "Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1vQb7K-0003Xy-2M@cpanel-host.example.net>\nDate: " + D(2, 11, 20, tz="+0000") + "\n\n"
      "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n  accounts@quintavalesereno-wine.example.pt\n"
      "    host mail.quintavalesereno-wine.example.pt [203.0.113.40]\n    SMTP error from remote mail server after RCPT TO:<accounts@quintavalesereno-wine.example.pt>:\n"
      "    550 No such user here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
      + orig("accounts@quintavalesereno-wine.example.pt", "INV-0417", 417, 6),
      "en", "Exim", "Exim bounce with X-Failed-Recipients, no DSN part", "failed_recipient=accounts@quintavalesereno-wine.example.pt")

    # b10 Gmail delay
    b = "000000000000" + "%012x" % random.getrandbits(48)
    B("gmail_dsn_delay.eml",
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: lea@fontaine-paysage.fr\nAuto-Submitted: auto-replied\n"
      "Subject: Delivery Status Notification (Delay)\nReferences: <dunnerd.402.3@fontaine-paysage.fr>\nIn-Reply-To: <dunnerd.402.3@fontaine-paysage.fr>\n"
      "Date: " + D(3, 13, 40, tz="-0800") + "\nMessage-ID: <674f6c11.170a0220.2b1d7e.0003.GMR@mx.google.com>\nMIME-Version: 1.0\n"
      "Content-Type: multipart/report; boundary=\"" + b + "\"; report-type=delivery-status\n\n--" + b + "\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
      "** Le message n'a pas encore été distribué **\n\nUn problème temporaire empêche la distribution de votre message à k.benali@cc-garrigues-vidourle.fr. "
      "Gmail tentera de renvoyer le message pendant encore 46 heures. Vous serez informé en cas d'échec définitif.\n\n"
      "La réponse du serveur distant était :\n451 4.7.1 Greylisted, please try again later\n\n--" + b + "\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 03 Dec 2026 00:05:02 -0800 (PST)\n\nFinal-Recipient: rfc822; k.benali@cc-garrigues-vidourle.fr\n"
      "Action: delayed\nStatus: 4.7.1\nDiagnostic-Code: smtp; 451 4.7.1 Greylisted, please try again later\nLast-Attempt-Date: Thu, 03 Dec 2026 13:40:12 -0800 (PST)\n"
      "Will-Retry-Until: Sat, 05 Dec 2026 00:05:02 -0800 (PST)\n\n--" + b + "\nContent-Type: message/rfc822\n\n"
      + orig("k.benali@cc-garrigues-vidourle.fr", "F-2026-0402", 402) + "\n--" + b + "--\n",
      "fr", "Gmail", "Gmail delay DSN in French, greylisting 4.7.1", "failed_recipient=k.benali@cc-garrigues-vidourle.fr;bounce_final=no", crlf=True)

    # b11 Exchange Online quarantine/rejected by policy (spam) - French
    b = BND("outlook")
    B("exchange_online_rejet_politique_fr.eml",
      "From: Microsoft Outlook <postmaster@heliade-promotion.fr>\nTo: lea@fontaine-paysage.fr\nDate: " + D(4, 8, 1, tz="+0000") + "\n"
      "Subject: =?utf-8?q?Non_distribuable=C2=A0=3A_Rappel_=3A_facture_F-2026-0426_=C3=A9chue?=\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\nMessage-ID: <5c0e7a1f-8b2d-4e9a-b3c6-0f1d2e3a4b5c@AM9P195MB1104.EURP195.PROD.OUTLOOK.COM>\n"
      "MIME-Version: 1.0\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n\n--" + b + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
      "Impossible de remettre votre message à j.carrere@heliade-promotion.fr.\n\nVotre message n'a pas été remis car l'organisation du destinataire "
      "l'a bloqué via une règle de transport (suspicion d'usurpation : échec DMARC).\n\nServeur de génération : AM9P195MB1104.EURP195.PROD.OUTLOOK.COM\n"
      "j.carrere@heliade-promotion.fr\nRemote Server returned '550 5.7.1 Delivery not authorized, message refused'\n\n--" + b + "\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns;AM9P195MB1104.EURP195.PROD.OUTLOOK.COM\nArrival-Date: Fri, 4 Dec 2026 08:00:55 +0000\n\nFinal-Recipient: rfc822;j.carrere@heliade-promotion.fr\n"
      "Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp;550 5.7.1 Delivery not authorized, message refused\n\n--" + b + "\nContent-Type: text/rfc822-headers\n\n"
      + orig("j.carrere@heliade-promotion.fr", "F-2026-0426", 426, body=False) + "\n--" + b + "--\n",
      "fr", "Exchange Online", "French 'Non distribuable :' policy rejection 5.7.1", "failed_recipient=j.carrere@heliade-promotion.fr", crlf=True)


# ================================================================ other
def other():
    L = "other"

    def O(file, hdr, root, lang, group, pattern, notes="", provider=""):
        add(file, L, build(hdr, root), lang, group, pattern, provider=provider, notes=notes)

    def nl(frm, subj, date, key, extra=()):
        return [("From", frm), ("To", OWNER), ("Subject", H(subj)), ("Date", date), ("Message-ID", mid(key.split("|")[0], key))] + list(extra)

    unsub = lambda d: [("List-Unsubscribe", f"<https://{d}/unsubscribe?u=8f2a1c>, <mailto:unsubscribe@{d}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

    # o01 Qonto newsletter (bank marketing)
    O("qonto_newsletter_nouveautes.eml", nl(addr("Qonto", "newsletter@qonto.com"), "Décembre chez Qonto : virements programmés, relances clients et plus", D(1, 10, 0), "qonto.com|o01", unsub("qonto.com")),
      ALT(T("Les nouveautés du mois\n\n• Relancez automatiquement vos clients en retard de paiement depuis l'outil de facturation\n• Programmez vos virements récurrents en 2 clics\n"
            "• Nouveau : exportez vos transactions vers votre expert-comptable\n\nDécouvrir : https://qonto.com/fr/nouveautes\n\nVous recevez cet e-mail car vous êtes client Qonto. Se désabonner : https://qonto.com/unsubscribe"),
          T("<html><body><h1>Les nouveautés du mois</h1><ul><li>Relancez automatiquement vos clients en retard de paiement</li><li>Programmez vos virements récurrents</li><li>Exportez vos transactions</li></ul><a href=\"https://qonto.com/unsubscribe\">Se désabonner</a></body></html>", sub="html")),
      "fr", "Qonto", "bank's own marketing newsletter mentioning payments/transfers", provider="Qonto")

    # o02 Crédit Agricole pro magazine
    O("ca_languedoc_newsletter_pro.eml", nl(addr("Crédit Agricole du Languedoc", "infos@ca-languedoc.fr"), "Professionnels : préparez votre fin d'année avec votre Caisse régionale", D(2, 8, 30), "ca-languedoc.fr|o02", unsub("ca-languedoc.fr")),
      ALT(T("Votre lettre Pro – Décembre 2026\n\n- Facturation électronique 2026-2027 : ce qui change pour les indépendants\n- Financez votre véhicule utilitaire à taux préférentiel\n"
            "- Rencontres Agri & Pros à Lunel le 10 décembre\n\nSi vous ne souhaitez plus recevoir nos communications, cliquez ici.", cs="iso-8859-1"),
          T("<html><body style=\"font-family:Arial\"><h2 style=\"color:#006a4e\">Votre lettre Pro – Décembre 2026</h2><p>Facturation électronique : ce qui change</p><p>Financez votre utilitaire</p></body></html>", sub="html", cs="iso-8859-1")),
      "fr", "Crédit Agricole du Languedoc", "regional bank newsletter", provider="Crédit Agricole du Languedoc")

    # o03 OVHcloud invoice to the owner
    O("ovhcloud_facture.eml", nl(addr("OVHcloud", "noreply@ovh.net"), "Votre facture OVHcloud FR58771234", D(1, 3, 14), "ovh.net|o03"),
      MIX(T("Bonjour,\n\nVotre facture FR58771234 d'un montant de 14,39 € TTC est disponible dans votre espace client.\nElle sera prélevée sur votre moyen de paiement par défaut le 06/12/2026.\n\n"
            "Détail : Hébergement Perso – fontaine-paysage.fr – 12 mois / Zimbra Starter x2\n\nL'équipe OVHcloud"),
          PDF("Facture_FR58771234.pdf", ["OVH SAS - FACTURE FR58771234", "Client : lf123456-ovh  Fontaine Paysage", "Hebergement Perso 12 mois", "Total TTC : 14,39 EUR"])),
      "fr", "OVHcloud", "supplier invoice to the owner with PDF (money out later, not a bank notice)")

    # o04 Accountant invoice
    O("cabinet_comptable_facture_honoraires.eml", [("From", addr("Cabinet Aubert & Nègre Expertise", "facturation@aubert-negre-expertise.fr")), ("To", OWNER_FULL),
      ("Subject", H("Facture d'honoraires n° HN-2026-1187 – Fontaine Paysage")), ("Date", D(2, 16, 0)), ("Message-ID", mid("aubert-negre-expertise.fr", "o04"))],
      MIX(T("Bonjour Madame Fontaine-Ribeiro,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° HN-2026-1187 (tenue et révision – 4e trimestre) d'un montant de "
            "540,00 € TTC, payable à réception.\n\nNous vous rappelons que la liasse 2035 devra être préparée avant le 15 avril ; pensez à nous transmettre vos justificatifs.\n\n"
            "Bien cordialement,\nLe service facturation\nCabinet Aubert & Nègre – Expertise comptable, Montpellier"),
          PDF("HN-2026-1187.pdf", ["CABINET AUBERT & NEGRE EXPERTISE", "FACTURE HN-2026-1187", "Client : FONTAINE PAYSAGE", "Honoraires T4 2026 : 450,00 HT", "TVA 20% : 90,00", "TOTAL TTC : 540,00 EUR"])),
      "fr", "Cabinet Aubert & Nègre", "accountant's invoice TO the owner, 'payable à réception'")

    # o05 URSSAF
    O("urssaf_nouveau_message.eml", nl(addr("Urssaf", "ne-pas-repondre@urssaf.fr"), "Vous avez un nouveau message dans votre espace en ligne", D(30, 12, 5), "urssaf.fr|o05"),
      T("Madame,\n\nUn nouveau document est disponible dans votre espace en ligne urssaf.fr : « Échéancier de vos cotisations provisionnelles 2027 ».\n\n"
        "Pour le consulter, connectez-vous à votre espace sur www.urssaf.fr, rubrique Messagerie.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\nVotre Urssaf Languedoc-Roussillon"),
      "fr", "Urssaf", "URSSAF new-document notification")

    # o06 impots.gouv
    O("impots_gouv_avis_cfe.eml", nl(addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), "Votre avis de CFE 2026 est disponible dans votre espace professionnel", D(30, 6, 12), "dgfip.finances.gouv.fr|o06"),
      T("Madame, Monsieur,\n\nVotre avis d'impôt de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.\n"
        "Date limite de paiement : 15/12/2026.\n\nLa Direction générale des Finances publiques\n\nCeci est un message automatique, merci de ne pas y répondre.", cs="iso-8859-1"),
      "fr", "DGFiP", "tax notice available (CFE), payment deadline for the owner")

    # o07 Houzz marketplace lead
    O("houzz_nouveau_projet.eml", nl(addr("Houzz Pro", "no-reply@houzz.com"), "Nouvelle demande de projet : aménagement jardin méditerranéen à Lattes", D(3, 12, 30), "houzz.com|o07", unsub("houzz.com")),
      ALT(T("Bonjour Léa,\n\nUn propriétaire de Lattes (34970) recherche un paysagiste concepteur pour un jardin sec de 600 m² avec piscine.\nBudget indiqué : 15 000 – 25 000 €\n\n"
            "Répondez vite : les professionnels qui répondent dans l'heure sont 3 fois plus souvent retenus.\nVoir la demande : https://pro.houzz.fr/leads/88127\n\nHouzz – Vous recevez cet e-mail car vous avez un profil professionnel."),
          T("<html><body><h2>Nouvelle demande de projet</h2><p>Jardin sec de 600 m² avec piscine – Lattes</p><p>Budget : 15 000 – 25 000 €</p><a href=\"https://pro.houzz.fr/leads/88127\">Voir la demande</a></body></html>", sub="html")),
      "fr", "Houzz", "marketplace lead notification with a budget amount")

    # o08 LinkedIn
    O("linkedin_notification.eml", nl(addr("LinkedIn", "notifications-noreply@linkedin.com"), "Léa, vous apparaissez dans 14 recherches cette semaine", D(2, 7, 33), "linkedin.com|o08", unsub("linkedin.com")),
      ALT(T("Vous êtes apparue dans 14 recherches cette semaine.\nDes recruteurs de Egis, Artelia et 3 autres entreprises ont consulté des profils comme le vôtre.\n\nVoir toutes les recherches\n\n"
            "Cet e-mail est destiné à Léa Fontaine-Ribeiro (Paysagiste concepteur chez Fontaine Paysage). Se désabonner"),
          T("<html><body><p>Vous êtes apparue dans <b>14 recherches</b> cette semaine.</p></body></html>", sub="html")),
      "fr", "LinkedIn", "social network notification")

    # o09 phishing imitating Crédit Agricole
    O("phishing_credit_agricole.eml", [("From", addr("Credit Agricole", "securite@ca-verif-compte.example.com")), ("To", OWNER),
      ("Subject", H("Important : votre accès sera suspendu sous 24h")), ("Date", D(1, 3, 51)), ("Message-ID", "<20261201025112.ab12@ca-verif-compte.example.com>"),
      ("Reply-To", "service-client@ca-verif-compte.example.com")],
      T("<html><body><img src=\"https://ca-verif-compte.example.com/logo.png\"><p>Cher(e) client(e),</p><p>Suite à la nouvelle réglementation DSP2, nous devons "
        "vérifier votre identité. Un virement entrant de <b>2 850,00 €</b> est actuellement bloqué sur votre compte.</p><p>Pour le débloquer, validez votre "
        "compte avant 24h : <a href=\"https://ca-verif-compte.example.com/login\">Accéder à mon espace</a></p><p>Crédit Agricole – Service Sécurité</p></body></html>", sub="html"),
      "fr", "phishing", "phishing imitating Crédit Agricole with a blocked incoming transfer bait", notes="fake domain; not a bank notice")

    # o10 phishing imitating PayPal payment received
    O("phishing_paypal_paiement_recu.eml", [("From", addr("PayPal", "service@paypal-notification.example.net")), ("To", OWNER),
      ("Subject", H("Vous avez reçu un paiement de 1 480,00 € EUR")), ("Date", D(3, 2, 14)), ("Message-ID", "<a81f0c@paypal-notification.example.net>")],
      ALT(T("Bonjour,\n\nVous avez reçu 1 480,00 € EUR de Jean Dupont.\n\nCe paiement est en attente. Pour recevoir les fonds, vous devez confirmer "
            "l'expédition et payer les frais de déblocage de 45 € via le lien suivant : http://paypal-notification.example.net/confirm\n\nL'équipe PayPal"),
          T("<html><body><p>Vous avez reçu <b>1 480,00 € EUR</b> de Jean Dupont.</p><p>Ce paiement est en attente. Confirmez pour recevoir les fonds : "
            "<a href=\"http://paypal-notification.example.net/confirm\">Confirmer</a></p></body></html>", sub="html")),
      "fr", "phishing", "phishing imitating a PayPal money-received notice (advance-fee bait)", notes="mimics a payment notice; fake domain")

    # o11 spam "vous avez gagné"
    O("spam_robot_tondeuse_gagne.eml", [("From", addr("Jardin Privilèges", "promo@jardin-privileges.example.info")), ("To", OWNER),
      ("Subject", H("🎁 Félicitations ! Vous avez gagné un robot tondeuse")), ("Date", D(4, 4, 4)), ("Message-ID", "<3321.99@jardin-privileges.example.info>")],
      T("<html><body><h1>FÉLICITATIONS !</h1><p>Votre adresse a été tirée au sort : vous avez gagné un robot tondeuse d'une valeur de 1 299 €.</p>"
        "<p>Il vous suffit de régler les frais de port (1,95 €) pour le recevoir.</p><a href=\"http://jardin-privileges.example.info/go\">JE RÉCUPÈRE MON CADEAU</a></body></html>", sub="html", cs="windows-1252"),
      "fr", "spam", "prize spam")

    # o12 calendar invitation (system)
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "DTSTART:20261208T080000Z\r\nDTEND:20261208T100000Z\r\nUID:0a7k3c9v1m2p5q8r@google.com\r\nORGANIZER;CN=Régis Causse:mailto:r.causse@cc-garrigues-vidourle.fr\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lea@fontaine-paysage.fr:mailto:lea@fontaine-paysage.fr\r\n"
           "SUMMARY:Réunion de chantier n°14 – Voie verte du Vidourle\r\nLOCATION:Base vie\\, parking de la gare\\, Sommières\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cal = T(ics, sub="calendar", cte="7bit")
    cal.set_param("method", "REQUEST")
    O("invitation_reunion_chantier.eml", [("From", addr("Régis Causse (via Google Agenda)", "calendar-notification@google.com")), ("To", OWNER),
      ("Reply-To", "r.causse@cc-garrigues-vidourle.fr"), ("Subject", H("Invitation: Réunion de chantier n°14 – Voie verte du Vidourle @ mar. 8 déc. 2026 09:00 - 11:00 (CET)")),
      ("Date", D(1, 17, 10)), ("Message-ID", mid("gmail", "o12")), ("Sender", "Google Agenda <calendar-notification@google.com>")],
      MIX(ALT(T("Réunion de chantier n°14 – Voie verte du Vidourle\nmardi 8 déc. 2026 ⋅ 09:00 – 11:00 (heure normale d'Europe centrale)\nBase vie, parking de la gare, Sommières\n\n"
                "Invitation de Google Agenda\nVous recevez cet e-mail car vous êtes invité à l'événement."), cal),
          ATT("application/ics", "invite.ics", ics.encode())),
      "fr", "Google Calendar", "system-sent calendar invitation (text/calendar REQUEST + invite.ics)")

    # o13 Doctolib-style reminder
    O("rappel_rdv_kine.eml", nl(addr("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous demain à 18:30", D(3, 18, 30), "doctolib.fr|o13"),
      ALT(T("Bonjour Léa,\n\nNous vous rappelons votre rendez-vous :\nVendredi 4 décembre 2026 à 18:30\nM. Yannis Ferrer – Masseur-kinésithérapeute\n"
            "8 rue de l'Aiguillerie, 34000 Montpellier\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous.\n\nL'équipe Doctolib"),
          T("<html><body><p>Rendez-vous : <b>vendredi 4 décembre 2026 à 18:30</b></p><p>M. Yannis Ferrer – Masseur-kinésithérapeute</p></body></html>", sub="html")),
      "fr", "Doctolib", "medical appointment reminder")

    # o14 shipping notice for a nursery order
    O("colissimo_colis_en_route.eml", nl(addr("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis 6A21873349021 est en cours d'acheminement", D(2, 10, 18), "laposte.fr|o14"),
      ALT(T("Bonjour,\n\nVotre colis expédié par GRAINES & SEMENCES DU SUD est en cours d'acheminement.\nN° de suivi : 6A21873349021\nLivraison prévue : jeudi 3 décembre 2026\n\n"
            "Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A21873349021\n\nColissimo – La Poste"),
          T("<html><body><p>Votre colis <b>6A21873349021</b> est en cours d'acheminement.</p><p>Livraison prévue : jeudi 3 décembre 2026</p></body></html>", sub="html")),
      "fr", "Colissimo", "shipping notice (seed order)")

    # o15 nursery newsletter
    O("pepinieres_rouveyrol_arrivage.eml", nl(addr("Pépinières Rouveyrol", "contact@pepinieres-rouveyrol.fr"), "Arrivage oliviers centenaires & chênes verts en conteneur – offre pros", D(30, 7, 45), "pepinieres-rouveyrol.fr|o15", unsub("pepinieres-rouveyrol.fr")),
      ALT(T("Chers clients professionnels,\n\nNouvel arrivage cette semaine :\n- Olea europaea centenaires, souche 180/200 cm : sur devis\n- Quercus ilex 18/20 en conteneur 110 L : 189 € HT\n"
            "- Pistacia lentiscus 60/80 C10 : 24,50 € HT\n\nTarifs paysagistes concepteurs : -10 % sur prescription avant le 18/12.\nPépinières Rouveyrol – Lunel-Viel – 04 67 00 70 11"),
          T("<html><body><h2>Arrivage de la semaine</h2><table><tr><td>Olea europaea centenaires</td><td>sur devis</td></tr><tr><td>Quercus ilex 18/20 C110</td><td>189 € HT</td></tr></table></body></html>", sub="html")),
      "fr", "Pépinières Rouveyrol", "plant nursery newsletter with prices")

    # o16 CAD/GIS software licence renewal
    O("vectorworks_renouvellement_licence.eml", nl(addr("Vectorworks France", "licences@vectorworks-distrib.example.fr"), "Votre abonnement Vectorworks Landmark arrive à échéance le 31/12/2026", D(1, 9, 0), "vectorworks-distrib.example.fr|o16"),
      T("Bonjour Madame Fontaine-Ribeiro,\n\nVotre abonnement Vectorworks Landmark (1 poste, n° de série E2LXXX-XXXXXX) arrive à échéance le 31/12/2026.\n"
        "Pour éviter toute interruption, le renouvellement annuel (1 416,00 € HT) sera automatiquement facturé le 15/12/2026 sauf résiliation.\n\n"
        "Votre revendeur Vectorworks – support technique et formations."),
      "fr", "Vectorworks reseller", "CAD software subscription renewal notice (an upcoming charge, not a bank notice)")

    # o17 public tender platform
    O("veille_marches_publics_alerte.eml", nl(addr("Marchés Publics Sud", "alertes@marchespublics-sud.example.fr"), "Veille : 3 nouveaux avis correspondent à vos critères « maîtrise d'œuvre paysage »", D(2, 6, 0), "marchespublics-sud.example.fr|o17", unsub("marchespublics-sud.example.fr")),
      T("Bonjour,\n\n3 nouveaux avis ont été publiés :\n\n1. Commune de Mauguio – Maîtrise d'œuvre pour le réaménagement paysager du parc Grassion – Date limite : 08/01/2027\n"
        "2. Département de l'Hérault – Accord-cadre de MOE espaces publics – Date limite : 15/01/2027\n3. SPL Territoire 34 – Étude de végétalisation de cours d'école – Date limite : 21/12/2026\n\n"
        "Consultez les DCE sur la plateforme.\n\nPour modifier vos critères de veille, rendez-vous dans votre profil."),
      "fr", "tender platform", "public tender watch alert")

    # o18 Fédération Française du Paysage
    O("ffp_assemblee_generale.eml", nl(addr("Fédération Française du Paysage", "contact@ffp-paysage.example.fr"), "FFP Occitanie : convocation à l'assemblée régionale du 14 janvier", D(3, 11, 0), "ffp-paysage.example.fr|o18", unsub("ffp-paysage.example.fr")),
      ALT(T("Chères et chers adhérents,\n\nL'assemblée régionale FFP Occitanie se tiendra le 14 janvier 2027 à Montpellier (Maison de l'Architecture).\n"
            "Ordre du jour : bilan 2026, titre de paysagiste concepteur, honoraires et loi MOP, renouvellement du bureau.\n\nPensez à régler votre cotisation 2027 (210 €) avant le 31 janvier.\n\nLe bureau régional"),
          T("<html><body><h2>Assemblée régionale FFP Occitanie</h2><p>14 janvier 2027 – Montpellier</p></body></html>", sub="html")),
      "fr", "Fédération Française du Paysage", "professional federation mailing (convocation, dues reminder)")

    # o19 insurance: RC Pro certificate
    O("assurance_attestation_rc_pro.eml", nl(addr("MAF Assurances", "espace-adherent@maf-assurances.example.fr"), "Votre attestation d'assurance 2027 est disponible", D(4, 9, 12), "maf-assurances.example.fr|o19"),
      T("Madame,\n\nVotre attestation d'assurance responsabilité civile professionnelle et décennale 2027 est disponible dans votre espace adhérent.\n"
        "Nous vous rappelons que votre déclaration d'activité (DAS) 2026 doit nous parvenir avant le 31 mars 2027.\n\nVotre service adhérents"),
      "fr", "insurer", "insurance certificate available")

    # o20 accounting software: missing receipts (no money movement)
    O("tiime_justificatifs_manquants.eml", nl(addr("Tiime", "notifications@tiime.example.fr"), "12 justificatifs manquants pour novembre", D(4, 7, 0), "tiime.example.fr|o20"),
      ALT(T("Bonjour Léa,\n\nIl vous manque 12 justificatifs pour les transactions de novembre (dont 3 paiements par carte supérieurs à 100 €).\n"
            "Prenez-les en photo depuis l'application pour que votre expert-comptable puisse clôturer le mois.\n\nL'équipe Tiime"),
          T("<html><body><p>Il vous manque <b>12 justificatifs</b> pour novembre.</p></body></html>", sub="html")),
      "fr", "Tiime", "accounting app reminder about missing receipts (no movement reported)")

    # o21 Chorus Pro: invoice rejected (status, no money)
    O("chorus_pro_facture_rejetee.eml", nl(addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"), "[Chorus Pro] Changement de statut de votre facture F-2026-0402", D(4, 4, 30), "chorus-pro.gouv.fr|o21"),
      T("Madame, Monsieur,\n\nLe statut de la facture suivante a été modifié :\n\nNuméro de facture : F-2026-0402\nDestinataire : COMMUNAUTE DE COMMUNES GARRIGUES ET VIDOURLE\n"
        "Nouveau statut : REJETÉE\nMotif : Numéro d'engagement juridique absent ou erroné\n\nVous pouvez déposer une nouvelle facture sur le portail Chorus Pro.\n\n"
        "Ce message est généré automatiquement. Merci de ne pas y répondre."),
      "fr", "Chorus Pro", "invoice status REJETÉE on the public platform (service notification, no money)",
      notes="compare chorus_pro_mise_en_paiement in payment_notification")

    # o22 Google security alert
    O("google_alerte_securite.eml", nl(addr("Google", "no-reply@accounts.google.com"), "Alerte de sécurité", D(30, 22, 41), "accounts.google.com|o22"),
      ALT(T("Nouvelle connexion sur Mac\nlea@fontaine-paysage.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. "
            "Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\nConsulter l'activité : https://myaccount.google.com/notifications\n\n"
            "Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte Google."),
          T("<html><body><h2>Nouvelle connexion sur Mac</h2><p>lea@fontaine-paysage.fr</p></body></html>", sub="html")),
      "fr", "Google", "security alert")


# ================================================================ main
def main():
    for lab in ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]:
        shutil.rmtree(os.path.join(OUT, lab), ignore_errors=True)
    human(); pay(); auto(); bounce(); other()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(COLS)
        for r in ROWS:
            w.writerow([str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS])
    counts = {}
    for r in ROWS:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(counts, sum(counts.values()))


if __name__ == "__main__":
    main()
