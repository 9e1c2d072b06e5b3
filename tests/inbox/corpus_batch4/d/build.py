#!/usr/bin/env python3
"""Builds dunnerd's written evaluation set 'written_d' (split final4).

Standard library only. Every message is synthetic (written for dunnerd); formats are modelled on
the public wording of each sender (see README.md and the `pattern`/`notes` columns).
Owner of the inbox: Camille Vasseur <camille@vasseur-studio.fr> (Vasseur Studio, EI).
"""
import base64, quopri, os, random, hashlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final4"
OWNER = "Camille Vasseur <camille@vasseur-studio.fr>"
OWNER_ADDR = "camille@vasseur-studio.fr"
OWNER_DOMAIN = "vasseur-studio.fr"
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
ROWS = []
_rng = random.Random(4242)

DAYS = {30: "Mon, 30 Nov 2026", 1: "Tue, 01 Dec 2026", 2: "Wed, 02 Dec 2026",
        3: "Thu, 03 Dec 2026", 4: "Fri, 04 Dec 2026"}


def D(day, hm, tz="+0100"):
    if hm.count(":") == 1:
        hm += ":%02d" % _rng.randrange(60)
    return "%s %s %s" % (DAYS[day], hm, tz)


def h(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def bnd(tag=""):
    x = hashlib.md5((tag + str(_rng.random())).encode()).hexdigest()
    return x


def leaf(ctype, body, charset="utf-8", cte="quoted-printable", name=None, disp=None,
         extra=None, cid=None):
    """A MIME leaf: returns bytes of Content-* headers + blank line + encoded body."""
    hd = []
    if isinstance(body, str):
        if charset and charset.lower().startswith("iso-8859"):
            # a latin-1 mailer cannot carry these characters: the writer would have typed ASCII ones
            body = body.replace("\u2014", "-").replace("\u2019", "'").replace("\u2026", "...")
        data = body.encode(charset or "utf-8", errors="strict")
        ct = "Content-Type: %s; charset=\"%s\"" % (ctype, charset) if charset else "Content-Type: %s" % ctype
    else:
        data = body
        ct = "Content-Type: %s" % ctype
    if name:
        ct += ";\n\tname=\"%s\"" % name
    hd.append(ct)
    if cte:
        hd.append("Content-Transfer-Encoding: %s" % cte)
    if cid:
        hd.append("Content-ID: <%s>" % cid)
    if disp:
        d = "Content-Disposition: %s" % disp
        if name:
            d += ";\n\tfilename=\"%s\"" % name
        hd.append(d)
    for e in (extra or []):
        hd.append(e)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        enc = base64.encodebytes(data)
    else:
        enc = data
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return ("\n".join(hd) + "\n\n").encode("ascii") + enc


def multi(subtype, parts, boundary=None, extra_params="", preamble=None):
    b = boundary or ("----=_Part_%s" % bnd(subtype)[:20])
    out = ("Content-Type: multipart/%s;\n\tboundary=\"%s\"%s\n\n" % (subtype, b, extra_params)).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += ("--%s\n" % b).encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def T(body, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", body, charset, cte)


def H(body, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", body, charset, cte)


def ALT(text, html, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [T(text, charset, cte), H(html, charset, cte)])


def PDF(name, title="Document"):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")
    return leaf("application/pdf", body, None, "base64", name=name, disp="attachment")


def PNG(name, cid):
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    return leaf("image/png", png, None, "base64", name=name, disp="inline", cid=cid)


def msg(headers, body, crlf=False):
    """headers: list of (name, value). body: bytes from leaf()/multi(), starting with Content-Type."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    if not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("utf-8") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(file, label, raw, lang, group, pattern, provider="", direction="", amount="", currency="",
        payer="", reference="", value_date="", counts="", facts="", notes=""):
    path = os.path.join(OUT, label, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(raw)
    ROWS.append(dict(file="%s/%s" % (label, file), label=label, source_repo="synthetic",
                     source_path="build.py", source_commit="", license="written for dunnerd",
                     fidelity="synthetic", lang=lang, provider=provider, source_group=group,
                     pattern=pattern, direction=direction, amount=amount, currency=currency,
                     payer=payer, reference=reference, value_date=value_date,
                     counts_as_payment=counts, facts=facts, split=SPLIT, notes=notes))


# ---------------------------------------------------------------- the owner's reminders
def rmid(n, k=1):
    return "<dunnerd.%d.%d@%s>" % (n, k, OWNER_DOMAIN)


def reminder_fr(n, amount, due, k=1):
    first = "Sauf erreur de ma part" if k == 1 else "Je me permets de revenir vers vous : sauf erreur"
    return ("Bonjour,\n\n%s, la facture F-2026-0%d d'un montant de %s TTC, échue le %s,\n"
            "n'a pas encore été réglée.\n\nVous la trouverez de nouveau en pièce jointe. Pourriez-vous "
            "m'indiquer la date\nde règlement prévue ?\n\nBien cordialement,\n\nCamille Vasseur\n"
            "Vasseur Studio — design produit & front-end\n01 99 00 41 27\n" % (first, n, amount, due))


def reminder_en(n, amount, due):
    return ("Hello,\n\nUnless I am mistaken, invoice INV-0%d for %s, due on %s, is still unpaid.\n"
            "Please find it attached again. Could you let me know when payment is scheduled?\n\n"
            "Kind regards,\n\nCamille Vasseur\nVasseur Studio\n+33 1 99 00 41 27\n" % (n, amount, due))


def quoted(text, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def subj_fr(n):
    return "Rappel : facture F-2026-0%d échue" % n


def subj_en(n):
    return "Reminder: invoice INV-0%d is overdue" % n


def reply_headers(frm, subject, date, mid, n=None, to=OWNER, cc=None, extra=None, k=1):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subject)), ("Date", date), ("Message-ID", mid)]
    if n is not None:
        hs += [("In-Reply-To", rmid(n, k)), ("References", rmid(n, k))]
    hs += (extra or [])
    return hs


def write_tsv():
    ROWS.sort(key=lambda r: r["file"])
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS]
            f.write("\t".join(vals) + "\n")


# =============================================================== HUMAN REPLIES
def human():
    L = "human_reply"
    G = "Gmail web"  # noqa

    # 1 webmail Orange, hurry, "vendredi"
    rem = reminder_fr(533, "1 480,00 €", "15/11/2026")
    body = ("Bonjour\nje fais le virement vendredi\ncdt\nM. Lefebvre\n\n"
            + quoted(rem, "> Message du 30/11/26 18:02\n> De : \"Camille Vasseur\" <camille@vasseur-studio.fr>\n> A : \"Atelier Morin\" <contact@atelier-morin.fr>\n> Objet : Rappel : facture F-2026-0533 échue\n>"))
    raw = msg(reply_headers(addr("Michel Lefebvre", "contact@atelier-morin.fr"), "RE: " + subj_fr(533),
                            D(1, "07:52", "+0100"), "<1798342110.12004.1764572000481.JavaMail.www@wwinf4616>", 533,
                            extra=[("X-Mailer", "Orange Messagerie"), ("X-Originating-IP", "[90.12.44.8]")]),
              T(body, "utf-8", "8bit"))
    add("atelier_morin_vendredi_webmail.eml", L, raw, "fr", "Atelier Morin", "webmail Orange, one line, weekday promise, quoted reminder below",
        facts="promise_date=2026-12-04", notes="'vendredi' said on Tue 1 Dec -> Fri 4 Dec; Orange webmail quote header")

    # 2 accounting dept, "paiement prévu le 15", long legal signature
    body = ("Madame,\n\nNous accusons réception de votre relance concernant la facture F-2026-0541.\n"
            "Celle-ci a été validée par le service demandeur et le paiement est prévu le 15 du mois,\n"
            "lors de notre prochaine campagne de règlements fournisseurs.\n\n"
            "Nous vous remercions de votre patience.\n\nCordialement,\n\n"
            "Service Comptabilité Fournisseurs\nGROUPE HELIOR LOGISTIQUE SAS\n14 rue des Entrepreneurs — 69007 Lyon\n"
            "Tél. standard : 04 99 00 12 50\n\n"
            "-------------------------------------------------------------------------------\n"
            "Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à\n"
            "l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce\n"
            "message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.\n"
            "Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute\n"
            "publication, totale ou partielle, est interdite, sauf autorisation expresse.\n"
            "L'internet ne permettant pas d'assurer l'intégrité de ce message, GROUPE HELIOR\n"
            "LOGISTIQUE (et ses filiales) décline(nt) toute responsabilité au titre de ce message,\n"
            "dans l'hypothèse où il aurait été modifié.\n"
            "Pensez à l'environnement avant d'imprimer ce message.\n"
            "-------------------------------------------------------------------------------\n")
    raw = msg(reply_headers(addr("Comptabilité Fournisseurs", "compta.fournisseurs@helior-logistique.fr"),
                            "RE: " + subj_fr(541), D(2, "10:31"), "<AM9P192MB1267A4C0D1E2B34F9C0E81B2A4552@AM9P192MB1267.EURP192.PROD.OUTLOOK.COM>", 541,
                            extra=[("Thread-Topic", h(subj_fr(541))), ("Thread-Index", "AdtkZ1b2y0b9bq4xT3m6t0QzqkR1Hw=="),
                                   ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
              ALT(body, "<html><body><p>Madame,</p><p>Nous accusons réception de votre relance concernant la facture F-2026-0541.<br>"
                  "Celle-ci a été validée par le service demandeur et le paiement est prévu le 15 du mois, lors de notre prochaine campagne de règlements fournisseurs.</p>"
                  "<p>Nous vous remercions de votre patience.</p><p>Cordialement,</p><p><b>Service Comptabilité Fournisseurs</b><br>GROUPE HELIOR LOGISTIQUE SAS<br>"
                  "14 rue des Entrepreneurs — 69007 Lyon</p><p style=\"font-size:8pt;color:#808080\">Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à "
                  "l'intention exclusive de ses destinataires et sont confidentiels. [...] Pensez à l'environnement avant d'imprimer ce message.</p></body></html>"))
    add("helior_compta_prevu_le_15.eml", L, raw, "fr", "Groupe Helior Logistique", "accounts-payable clerk, 'prévu le 15 du mois', legal disclaimer, Outlook multipart",
        facts="promise_date=2026-12-15", notes="'le 15 du mois' on Wed 2 Dec -> 15 Dec")

    # 3 association treasurer: after board meeting
    body = ("Bonjour Camille,\n\nJe suis la trésorière bénévole de l'association, c'est moi qui gère les paiements.\n"
            "Désolée pour le retard : toute dépense de plus de 1 000 € doit être approuvée par le bureau,\n"
            "qui se réunit le jeudi 10 décembre. Je ferai le virement le lendemain de la réunion, donc le 11.\n\n"
            "Bien à vous,\nFrançoise Garnier\nTrésorière — Association Les Jardins Partagés du Bas-Montreuil\n"
            "(association loi 1901)\n")
    raw = msg(reply_headers(addr("Françoise Garnier", "tresorerie@jardins-basmontreuil.org"), "Re: " + subj_fr(528),
                            D(30, "21:14"), "<4f1c2d7e-9b1a-4c8e-a1d3-0b2e7c6f9a11@jardins-basmontreuil.org>", 528,
                            extra=[("User-Agent", "Mozilla Thunderbird")]),
              T(body + "\n" + quoted(reminder_fr(528, "1 200,00 €", "20/11/2026"), "Le 30/11/2026 à 18:02, Camille Vasseur a écrit :")))
    add("jardins_basmontreuil_tresoriere_bureau.eml", L, raw, "fr", "Association Les Jardins Partagés du Bas-Montreuil", "association treasurer, payment after board meeting, 'le lendemain... donc le 11'",
        facts="promise_date=2026-12-11", notes="two dates in text: meeting 10 Dec, payment 11 Dec")

    # 4 English, "we'll pay on the 10th"
    body = ("Hi Camille,\n\nSorry for the delay on this one. We'll pay on the 10th, it's in the queue.\n\nCheers,\nTom\n\n"
            "Tom Whitaker | Head of Product | Fernleaf Apps Ltd\nUnit 4, 22 Mill Lane, Bristol BS1 6QT, UK\n\n"
            "On Thu, 3 Dec 2026 at 08:00, Camille Vasseur <camille@vasseur-studio.fr> wrote:\n"
            + "\n".join("> " + l for l in reminder_en(557, "€2,400.00", "20 November 2026").split("\n")))
    raw = msg(reply_headers(addr("Tom Whitaker", "tom@fernleaf-apps.co.uk"), "Re: " + subj_en(557), D(3, "10:04", "+0000"),
                            "<CAK7pX2c9Fq0sLhR_1mZ8uT6d3yY0wE4QvB+uN5dLr1s2kP@mail.gmail.com>", 557),
              ALT(body, "<div dir=\"ltr\">Hi Camille,<div><br></div><div>Sorry for the delay on this one. We&#39;ll pay on the 10th, it&#39;s in the queue.</div><div><br></div><div>Cheers,</div><div>Tom</div></div>"
                  "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Thu, 3 Dec 2026 at 08:00, Camille Vasseur &lt;camille@vasseur-studio.fr&gt; wrote:<br></div>"
                  "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">Hello,<br><br>Unless I am mistaken, invoice INV-0557 for €2,400.00, due on 20 November 2026, is still unpaid.</blockquote></div>"))
    add("fernleaf_en_pay_on_the_10th.eml", L, raw, "en", "Fernleaf Apps", "UK client, Gmail multipart, 'on the 10th'", facts="promise_date=2026-12-10")

    # 5 German company in English, payment run Thursday
    body = ("Dear Ms Vasseur,\n\nthank you for your reminder. Your invoice INV-0549 has been approved and booked.\n"
            "Our next payment run is on Thursday, the amount will be transferred then. Please allow 1-2 banking days.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n\nSabine Hoffmann\nAccounts Payable\n"
            "Kranich Maschinenbau GmbH | Industriestraße 8 | 70565 Stuttgart | Germany\n"
            "Geschäftsführer: Dr. Peter Albers, Martina Kühn | Amtsgericht Stuttgart HRB 000000 | USt-IdNr. DE000000000\n")
    raw = msg(reply_headers(addr("Hoffmann, Sabine", "sabine.hoffmann@kranich-maschinenbau.de"), "AW: " + subj_en(549),
                            D(30, "14:20"), "<5C1E2A4B9F3D4E1A8C7B6D5E4F3A2B1C@EXCH02.kranich.local>", 549,
                            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]),
              T(body, "iso-8859-1", "quoted-printable"))
    add("kranich_ap_payment_run_thursday.eml", L, raw, "en", "Kranich Maschinenbau", "German AP in English, 'AW:' prefix, latin-1, payment run weekday",
        facts="promise_date=2026-12-03", notes="'payment run is on Thursday' said Mon 30 Nov -> Thu 3 Dec (the run date)")

    # 6 already paid 20/11 with bank confirmation PDF
    body = ("Bonjour,\n\nLa facture F-2026-0512 a été réglée par virement le 20/11/2026. Vous trouverez ci-joint\n"
            "l'avis d'opération de notre banque. Merci de vérifier de votre côté avant toute nouvelle relance.\n\n"
            "Cordialement,\n\nAurélie Besson\nAssistante de direction\nCabinet Besson & Associés — Géomètres-Experts\n")
    raw = msg(reply_headers(addr("Aurélie Besson", "a.besson@besson-geometres.fr"), "RE: " + subj_fr(512), D(30, "16:47"),
                            "<000c01db4312$a1b2c3d4$e5f6a7b8$@besson-geometres.fr>", 512, extra=[("X-Mailer", "Microsoft Outlook 15.0")]),
              multi("mixed", [T(body, "windows-1252"), PDF("Avis_virement_20112026.pdf", "Avis d'execution de virement SEPA")]))
    add("besson_deja_regle_20_11_pdf.eml", L, raw, "fr", "Cabinet Besson & Associés", "already paid with date, bank advice PDF attached, windows-1252",
        facts="already_paid=2026-11-20")

    # 7 already paid, no date, webmail hurry
    body = "Bonjour, cette facture a déjà été réglée. Merci de vérifier.\nN. Roussel\n"
    raw = msg(reply_headers(addr("Nathalie Roussel", "nroussel@example.net"), "Re: " + subj_fr(519), D(1, "12:03"),
                            "<trinity-7c1f9b2e-0d3a-4f61-9e2c-5b8a1d4e7f03-1764587000123@3c-app-webde-bs21>", 519,
                            extra=[("X-Mailer", "Webmail"), ("Importance", "normal")]),
              T(body, "utf-8", "7bit" if False else "8bit"))
    add("roussel_deja_regle_sans_date.eml", L, raw, "fr", "Nathalie Roussel (particulier)", "webmail, already paid without date, no quote",
        facts="already_paid=claimed")

    # 8 forwarded Crédit Agricole confirmation by the client
    fwd = ("---------- Forwarded message ---------\nDe : Crédit Agricole <ne-pas-repondre@credit-agricole.fr>\n"
           "Date: ven. 27 nov. 2026 à 11:02\nSubject: Confirmation de votre virement\nTo: <gerance@sci-lesmouettes.fr>\n\n\n"
           "Madame, Monsieur,\n\nNous vous confirmons l'exécution de votre virement SEPA :\n\n"
           "Montant : 860,00 EUR\nBénéficiaire : VASSEUR STUDIO\nIBAN bénéficiaire : FR76 **** **** **** **** **** 189\n"
           "Motif : F-2026-0522\nDate d'exécution : 27/11/2026\n\nCordialement,\nVotre Caisse régionale de Crédit Agricole\n")
    body = ("Bonjour Mme Vasseur,\n\nvoir ci-dessous la confirmation de la banque, le virement est parti vendredi dernier.\n\n"
            "Pierre-Yves Le Gall\nSCI Les Mouettes\n\n" + fwd)
    raw = msg(reply_headers(addr("Pierre-Yves Le Gall", "gerance@sci-lesmouettes.fr"), "Fwd: Confirmation de votre virement", D(30, "09:12"),
                            "<CAF3kQ8d0rMz6PpT9w2EJ4x_ByH1nLq8oVb5sAe3-c7tR0uY@mail.gmail.com>"),
              T(body))
    add("sci_mouettes_fwd_confirmation_ca.eml", L, raw, "fr", "SCI Les Mouettes", "client forwards its bank's transfer confirmation, fresh thread (no In-Reply-To)",
        facts="already_paid=2026-11-27", notes="contains Crédit Agricole wording but sent by the client: not a payment_notification")

    # 9 request RIB
    body = ("Bonjour,\n\nNous avons changé de logiciel de paiement et toutes les coordonnées bancaires fournisseurs\n"
            "doivent être ressaisies. Pourriez-vous nous renvoyer votre RIB (au format PDF, avec le logo de la banque) ?\n"
            "Dès réception, la facture F-2026-0537 sera mise en paiement.\n\nMerci,\n\n"
            "Julie Marchetti\nContrôle de gestion — Pharmacie Centrale des Alpes\n")
    raw = msg(reply_headers(addr("Julie Marchetti", "j.marchetti@pharmacie-centrale-alpes.fr"), "RE: " + subj_fr(537), D(2, "11:40"),
                            "<DB7P193MB04224F2B9D6B6E0F3A1C9E12C8A52@DB7P193MB0422.EURP193.PROD.OUTLOOK.COM>", 537),
              T(body + "\n________________________________\nDe : Camille Vasseur <camille@vasseur-studio.fr>\nEnvoyé : lundi 30 novembre 2026 18:02\n"
                "À : Julie Marchetti\nObjet : " + subj_fr(537) + "\n\n" + reminder_fr(537, "640,00 €", "16/11/2026")))
    add("pharmacie_alpes_demande_rib.eml", L, raw, "fr", "Pharmacie Centrale des Alpes", "asks for RIB, Outlook 'De/Envoyé' quote header", facts="request_rib=yes")

    # 10 request invoice, iPhone
    body = "Bonjour, je ne retrouve pas la facture, pouvez vous me la renvoyer svp ?\nMerci\n\nEnvoyé de mon iPhone\n\n"
    body += quoted(reminder_fr(546, "350,00 €", "25/11/2026"), "> Le 1 déc. 2026 à 08:00, Camille Vasseur <camille@vasseur-studio.fr> a écrit :\n>")
    raw = msg(reply_headers(addr("Karim Benali", "karim@kb-menuiserie.fr"), "Re: " + subj_fr(546), D(1, "19:33"),
                            "<8E2F1A3C-5B7D-4E9F-A1C3-D5E7F9B1C3D5@kb-menuiserie.fr>", 546,
                            extra=[("X-Mailer", "iPhone Mail (22C152)")]),
              leaf("text/plain", body, "utf-8", "quoted-printable", extra=[]))
    add("kb_menuiserie_iphone_renvoyer_facture.eml", L, raw, "fr", "KB Menuiserie", "iPhone, asks the invoice again, attachment missing in quote", facts="request_invoice=yes")

    # 11 dispute
    body = ("Madame Vasseur,\n\nNous contestons la facture F-2026-0530. La maquette V2 de l'application n'a jamais été\n"
            "validée par notre comité : deux écrans sur six ne correspondent pas au cahier des charges signé\n"
            "le 4 septembre. Nous ne procéderons à aucun règlement tant que ces points n'auront pas été repris.\n\n"
            "Je reste disponible pour un échange téléphonique cette semaine.\n\n"
            "Bertrand Caillaux\nDirecteur des opérations\nMUTUELLE SOLIDAIRE DU VAL DE LOIRE\n")
    raw = msg(reply_headers(addr("Bertrand Caillaux", "b.caillaux@msvl-mutuelle.fr"), "RE: " + subj_fr(530), D(1, "15:08"),
                            "<0a9e01db43c1$7b1c2d30$7154b790$@msvl-mutuelle.fr>", 530),
              T(body, "iso-8859-1"))
    add("msvl_conteste_maquette.eml", L, raw, "fr", "Mutuelle Solidaire du Val de Loire", "formal dispute of delivered work, refuses payment, latin-1", facts="dispute=yes")

    # 12 negation + early January
    body = ("Bonjour Camille,\n\nPour être clair : nous ne contestons pas la facture F-2026-0515, le travail a été très apprécié.\n"
            "En revanche je n'ai pas encore pu payer, notre trésorerie est très tendue depuis la perte d'un gros client.\n"
            "Je pense pouvoir régler début janvier, au plus tard.\n\nEncore désolé,\nLéo Fournier\nFondateur, Brindille & Co\n")
    raw = msg(reply_headers(addr("Léo Fournier", "leo@brindille-co.fr"), "Re: " + subj_fr(515, ), D(2, "18:26"),
                            "<5e0c6f1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b@brindille-co.fr>", 515, k=2,
                            extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]),
              T(body))
    add("brindille_ne_conteste_pas_debut_janvier.eml", L, raw, "fr", "Brindille & Co", "negations: 'ne contestons pas', 'pas encore pu payer'; early January",
        facts="promise_date=early_2027-01", notes="not a dispute; second reminder thread")

    # 13 one word
    raw = msg(reply_headers(addr("Gilles Thomas", "gthomas@transports-thomas.fr"), "RE: " + subj_fr(524), D(3, "08:15"),
                            "<000401db4551$c0ffee12$41aa2b3c$@transports-thomas.fr>", 524),
              T("Noté.\n\n-----Message d'origine-----\nDe : Camille Vasseur [mailto:camille@vasseur-studio.fr] \nEnvoyé : jeudi 3 décembre 2026 08:00\n"
                "À : Gilles Thomas\nObjet : " + subj_fr(524) + "\n\n" + reminder_fr(524, "2 016,00 €", "18/11/2026"), "windows-1252"))
    add("transports_thomas_note.eml", L, raw, "fr", "Transports Thomas", "one word 'Noté.', -----Message d'origine----- quote", facts="")

    # 14 ok merci, Outlook for Android
    raw = msg(reply_headers(addr("Sandrine Pottier", "s.pottier@pottier-immobilier.fr"), "Re: " + subj_fr(539), D(4, "13:02"),
                            "<VI1P190MB0733E1C9F0A1B2D3E4F5A6B7C8D9E0@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>", 539),
              ALT("ok merci\n\nObtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n",
                  "<html><body><div dir=\"auto\">ok merci</div><div dir=\"auto\"><br></div><div>Obtenir <a href=\"https://aka.ms/AAb9ysg\">Outlook pour Android</a></div></body></html>"))
    add("pottier_ok_merci_android.eml", L, raw, "fr", "Pottier Immobilier", "two words, Outlook for Android footer", facts="")

    # 15 HTML-only Outlook windows-1252
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=\"FR\" link=\"#0563C1\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour Camille,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\">Le règlement de la facture F-2026-0551 sera effectué par virement le lundi 7 décembre.<o:p></o:p></p>"
            "<p class=\"MsoNormal\">Bonne fin de semaine,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Émilie Durand</span></b><br>Office manager — Lucarne Architectes<br>01 99 00 77 14</p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> Camille Vasseur &lt;camille@vasseur-studio.fr&gt;<br>"
            "<b>Envoyé :</b> jeudi 3 décembre 2026 08:00<br><b>À :</b> Émilie Durand<br><b>Objet :</b> Rappel : facture F-2026-0551 échue</p></div>"
            "<p class=\"MsoNormal\">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0551 d'un montant de 1 920,00 € TTC ...</p></div></body></html>")
    raw = msg(reply_headers(addr("Émilie Durand", "e.durand@lucarne-architectes.fr", "windows-1252"), "RE: " + subj_fr(551), D(3, "16:41"),
                            "<PAXP193MB17394E5A3B2C1D0E9F8A7B6C5D4E3F2A1@PAXP193MB1739.EURP193.PROD.OUTLOOK.COM>", 551,
                            extra=[("Thread-Topic", h(subj_fr(551), "windows-1252")), ("Content-Language", "fr-FR")]),
              H(html, "windows-1252"))
    add("lucarne_outlook_html_only_lundi_7.eml", L, raw, "fr", "Lucarne Architectes", "HTML-only Outlook, windows-1252 QP, explicit weekday+date",
        facts="promise_date=2026-12-07")

    # 16 different address, tu, ce soir
    body = ("Hello Camille,\n\nje t'écris de mon adresse perso, je n'ai pas accès à ma boîte pro cette semaine.\n"
            "Pas de souci pour la facture F-2026-0544, je te fais le virement ce soir depuis l'appli.\n\nBises,\nChloé\n")
    raw = msg(reply_headers(addr("Chloé Perret", "chloe.perret.studio@example.com"), "facture 544", D(2, "17:55"),
                            "<CAJ8mV1s0_qWcT4nBv7yX2r3Lk9eD5hG6pFz1aU8oIi0=kQ@mail.gmail.com>"),
              ALT(body, "<div dir=\"ltr\">Hello Camille,<br><br>je t&#39;écris de mon adresse perso, je n&#39;ai pas accès à ma boîte pro cette semaine.<br>"
                  "Pas de souci pour la facture F-2026-0544, je te fais le virement ce soir depuis l&#39;appli.<br><br>Bises,<br>Chloé</div>"))
    add("perret_adresse_perso_ce_soir.eml", L, raw, "fr", "Chloé Perret (Perret Studio)", "personal address instead of the reminded one, fresh subject, 'tu', 'ce soir'",
        facts="promise_date=2026-12-02")

    # 17 forward to colleague, owner in Cc
    body = ("Nadia,\n\nPeux-tu regarder cette relance de Camille Vasseur (prestataire design du site) et voir où en est\n"
            "la facture dans le circuit de validation ? Je l'ai validée de mon côté début novembre.\n\nMerci !\nRomain\n\n"
            "---------- Forwarded message ---------\nFrom: Camille Vasseur <camille@vasseur-studio.fr>\nDate: Mon, 30 Nov 2026 at 18:02\n"
            "Subject: " + subj_fr(535) + "\nTo: Romain Aubry <romain.aubry@cafe-grains-dor.fr>\n\n" + reminder_fr(535, "3 150,00 €", "10/11/2026"))
    raw = msg(reply_headers(addr("Romain Aubry", "romain.aubry@cafe-grains-dor.fr"), "Fwd: " + subj_fr(535), D(1, "09:27"),
                            "<CAH2sLp7Qe0_x9FbWm4Kz3NvG8Td1Yc6Ro5Ju2Ai7Xw=hQ3b@mail.gmail.com>", 535,
                            to=addr("Nadia Saïdi", "compta@cafe-grains-dor.fr"), cc=OWNER),
              T(body))
    add("grains_dor_fwd_collegue_cc.eml", L, raw, "fr", "Café Grains d'Or", "internal forward to colleague, owner in Cc, no promise", facts="",
        notes="addressed to a colleague; owner only in Cc")

    # 18 English: VAT question, reissue invoice
    body = ("Hi Camille,\n\nOur finance team cannot process INV-0560 as it is missing our VAT number and the\n"
            "reverse-charge mention (autoliquidation). Could you please reissue the invoice with:\n\n"
            "  Lindqvist Media AB — VAT SE000000000001\n  \"Reverse charge - Article 196 Directive 2006/112/EC\"\n\n"
            "As soon as we have the corrected invoice it will go into the next payment batch.\n\nBest,\nElin Lindqvist\n")
    raw = msg(reply_headers(addr("Elin Lindqvist", "elin@lindqvist-media.se"), "Re: " + subj_en(560), D(2, "09:12"),
                            "<0102018f3a1c2b3d-4e5f6a7b-8c9d-0e1f-2a3b-4c5d6e7f8a9b-000000@eu-west-1.amazonses.com>", 560),
              T(body, "utf-8", "7bit"))
    add("lindqvist_en_reissue_vat.eml", L, raw, "en", "Lindqvist Media", "Swedish client in English, asks for corrected invoice (VAT/reverse charge)",
        facts="request_invoice=yes", notes="request_invoice = asks the invoice to be reissued")

    # 19 rude complaint / dispute
    body = ("Troisième relance en dix jours, ça commence à bien faire.\n"
            "On paiera quand on aura reçu les fichiers sources comme prévu au contrat, pas avant. Relisez l'article 5.\n\nD. Vidal\n")
    raw = msg(reply_headers(addr("Didier Vidal", "direction@vidal-paysages.fr"), "RE: " + subj_fr(517), D(3, "11:58"),
                            "<1a2b3c4d5e6f.7a8b9c0d@vidal-paysages.fr>", 517, k=3, extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
              T(body, "iso-8859-15"))
    add("vidal_paysages_rale_sources.eml", L, raw, "fr", "Vidal Paysages", "rude, withholds payment until deliverable, iso-8859-15", facts="dispute=yes")

    # 20 tu, lundi
    body = "Salut Camille,\n\nOups désolé j'ai complètement zappé !! Je m'en occupe lundi sans faute.\n\nJérôme\n"
    raw = msg(reply_headers(addr("Jérôme Carré", "jerome@bistrot-carre.fr"), "Re: " + subj_fr(548), D(3, "22:47"),
                            "<a7d94b2e-11f3-4c0e-b6a1-9f8e7d6c5b4a@bistrot-carre.fr>", 548,
                            extra=[("User-Agent", "K-9 Mail for Android")]),
              T(body + "\n" + quoted(reminder_fr(548, "420,00 €", "27/11/2026"), "Le 3 décembre 2026 08:00:12 GMT+01:00, Camille Vasseur <camille@vasseur-studio.fr> a écrit :")))
    add("bistrot_carre_zappe_lundi.eml", L, raw, "fr", "Bistrot Carré", "informal 'tu', K-9 Mail, 'lundi' said on Thursday", facts="promise_date=2026-12-07")

    # 21 la semaine prochaine
    body = ("Bonjour,\n\nBien reçu. Notre gérant signe les virements le mardi ; je fais le nécessaire la semaine prochaine.\n\n"
            "Bonne journée,\nIsabelle Moreau\nSecrétariat — SARL Moreau Électricité\n")
    raw = msg(reply_headers(addr("SARL Moreau Electricite", "secretariat@moreau-electricite.fr"), "RE: " + subj_fr(542), D(1, "14:09"),
                            "<20261201130912.3F2A1C0E8B@moreau-electricite.fr>", 542, extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128)")]),
              T(body))
    add("moreau_elec_semaine_prochaine.eml", L, raw, "fr", "Moreau Électricité", "Zimbra webmail, 'la semaine prochaine'", facts="promise_date=week_of_2026-12-07",
        notes="mentions Tuesday signing but the promise itself is only 'la semaine prochaine'")

    # 22 haven't paid yet, IBAN
    body = ("Hi Camille,\n\nI'm afraid I haven't been able to pay yet: we moved to a new bank and the old payee list\n"
            "didn't come across. Could you send me your IBAN and BIC again? I'll set you up as soon as I have them.\n\n"
            "Thanks and sorry,\nMarcus\n\n--\nMarcus O'Neill\nO'Neill Craft Brewing, Galway\n")
    raw = msg(reply_headers(addr("Marcus O'Neill", "marcus@oneillcraft.ie"), "RE: " + subj_en(552), D(30, "19:40", "+0000"),
                            "<DU0P189MB2079C1A2B3D4E5F6A7B8C9D0E1F2A3@DU0P189MB2079.EURP189.PROD.OUTLOOK.COM>", 552),
              T(body, "us-ascii", "7bit"))
    add("oneill_en_not_paid_yet_iban.eml", L, raw, "en", "O'Neill Craft Brewing", "Irish client, negation 'haven't been able to pay', asks IBAN", facts="request_rib=yes")

    # 23 paid yesterday
    body = "Bonjour Camille,\nLe virement est parti hier, vous devriez le voir d'ici demain.\nBien à vous\nHélène Faure — Éditions du Ressac\n"
    raw = msg(reply_headers(addr("Hélène Faure", "h.faure@editions-ressac.fr"), "RE: " + subj_fr(526), D(2, "10:02"),
                            "<000101db4488$1d2e3f40$57896ab0$@editions-ressac.fr>", 526),
              T(body, "windows-1252"))
    add("ressac_vire_hier.eml", L, raw, "fr", "Éditions du Ressac", "already paid 'hier', relative date", facts="already_paid=2026-12-01")

    # 24 partial + balance promise
    body = ("Bonjour,\n\nNous avons réglé 50 % de la facture F-2026-0509 (740,00 €) le 25/11 par virement.\n"
            "Le solde de 740,00 € sera payé le 18 décembre, comme convenu avec M. Petit au téléphone.\n\n"
            "Cordialement,\nComptabilité — Imprimerie Dufresne\n")
    raw = msg(reply_headers(addr("Comptabilité Imprimerie Dufresne", "compta@imprimerie-dufresne.fr"), "RE: " + subj_fr(509), D(30, "11:22"),
                            "<9f8e7d6c5b4a39281706f5e4d3c2b1a0@imprimerie-dufresne.fr>", 509),
              T(body))
    add("dufresne_acompte_solde_18.eml", L, raw, "fr", "Imprimerie Dufresne", "partial payment already made + date for the balance",
        facts="already_paid=2026-11-25;promise_date=2026-12-18", notes="already_paid concerns 50% only")

    # 25 law firm, 45 jours fin de mois, long disclaimer
    body = ("Chère Madame,\n\nJe fais suite à votre message. Votre facture F-2026-0532 a bien été validée par Maître Ribeiro.\n"
            "Conformément à nos conditions (45 jours fin de mois), elle sera réglée le 31 décembre 2026.\n\n"
            "Je vous prie d'agréer, Chère Madame, l'expression de mes salutations distinguées.\n\n"
            "Corinne Lemaire\nAssistante juridique\nRIBEIRO & HAMEL AVOCATS — AARPI\n27 avenue de l'Opéra — 75001 Paris\nToque P 000\n\n"
            "AVERTISSEMENT : Ce courriel et ses pièces jointes sont couverts par le secret professionnel de l'avocat\n"
            "(article 66-5 de la loi n° 71-1130 du 31 décembre 1971). Ils sont destinés exclusivement à leur(s)\n"
            "destinataire(s). Si vous n'êtes pas le destinataire de ce message, toute lecture, copie ou diffusion\n"
            "est strictement interdite ; merci d'en informer l'expéditeur et de supprimer ce message.\n"
            "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you are not the intended\n"
            "recipient, please notify the sender and delete it.\n")
    raw = msg(reply_headers(addr("Corinne Lemaire", "c.lemaire@ribeiro-hamel-avocats.fr"), "RE: " + subj_fr(532), D(4, "09:37"),
                            "<MR1P264MB3954B3A2C1D0E9F8A7B6C5D4E3F2A1B0@MR1P264MB3954.FRAP264.PROD.OUTLOOK.COM>", 532),
              ALT(body, "<html><body><p>Chère Madame,</p><p>Je fais suite à votre message. Votre facture F-2026-0532 a bien été validée par Maître Ribeiro.<br>"
                  "Conformément à nos conditions (45 jours fin de mois), elle sera réglée le 31 décembre 2026.</p><p>Je vous prie d'agréer, Chère Madame, l'expression de mes salutations distinguées.</p>"
                  "<p>Corinne Lemaire<br>Assistante juridique<br><b>RIBEIRO &amp; HAMEL AVOCATS</b></p><p style=\"font-size:7pt\">AVERTISSEMENT : Ce courriel et ses pièces jointes sont couverts par le secret professionnel [...]</p></body></html>"))
    add("ribeiro_hamel_avocats_31_dec.eml", L, raw, "fr", "Ribeiro & Hamel Avocats", "law firm, formal, explicit date, long bilingual disclaimer", facts="promise_date=2026-12-31")

    # 26 cheque posted, ISO-8859-1 old client
    body = ("Bonjour Madame,\n\nLe chèque de 280 euros pour la refonte de l'affiche du gala a été posté hier au nom de\n"
            "Vasseur Studio. Vous devriez le recevoir cette semaine.\n\nSportivement,\nJean-Claude Hervé\n"
            "Président — AS Cyclotourisme de Vernon\n")
    raw = msg(reply_headers(addr("Jean-Claude Hervé", "ascv.vernon@example.org", "iso-8859-1"), "Re: " + subj_fr(520), D(1, "17:21"),
                            "<5FE3A2B1.4030807@example.org>", 520, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")]),
              T(body, "iso-8859-1", "8bit"))
    add("ascv_vernon_cheque_poste.eml", L, raw, "fr", "AS Cyclotourisme de Vernon", "sports association, cheque posted 'hier', raw 8bit latin-1, old Thunderbird",
        facts="already_paid=2026-11-30", notes="paid by cheque posted on 30 Nov: not yet cashed")

    # 27 English, by 18 December at the latest
    body = ("Hello Camille,\n\nApologies — our controller was on leave. We'll settle INV-0555 by 18 December at the latest.\n\n"
            "Regards,\nPriya Natarajan\nFinance Operations, Bluecanopy Pte. Ltd. (Singapore)\n\n"
            "This email and any attachments are confidential and may be privileged. If you are not the intended\n"
            "recipient, please notify us immediately and delete this email. Bluecanopy does not accept liability for\nany viruses.\n")
    raw = msg(reply_headers(addr("Priya Natarajan", "priya.n@bluecanopy.sg"), "RE: " + subj_en(555), D(2, "04:15", "+0800"),
                            "<SG2PR06MB5311A1B2C3D4E5F6A7B8C9D0E1F2A3B4@SG2PR06MB5311.apcprd06.prod.outlook.com>", 555),
              T(body))
    add("bluecanopy_en_by_18_december.eml", L, raw, "en", "Bluecanopy", "Singapore client, +0800 timezone, 'by ... at the latest'", facts="promise_date=2026-12-18")

    # 28 question on the 40 € fee, pays tomorrow
    body = ("Bonjour,\n\nJe vois que votre relance mentionne une indemnité forfaitaire de 40 € pour frais de recouvrement.\n"
            "Est-ce vraiment applicable pour 8 jours de retard ? Je ne conteste pas la facture elle-même :\n"
            "je règle le principal (1 150,00 €) demain matin.\n\nCordialement,\nOlivier Masson\nMasson Conseil RH\n")
    raw = msg(reply_headers(addr("Olivier Masson", "olivier@masson-conseil-rh.fr"), "RE: " + subj_fr(553), D(4, "17:05"),
                            "<CAMx0b4_Yt2sF7nLq9wE3rK8uJ1hD6vC5gP0aZ-iOe4mW@mail.gmail.com>", 553),
              T(body))
    add("masson_rh_question_40e_demain.eml", L, raw, "fr", "Masson Conseil RH", "question on late fee, 'je ne conteste pas', 'demain' on a Friday",
        facts="promise_date=2026-12-05", notes="demain = Saturday 5 Dec")

    # 29 assistant (human) says the boss is away
    body = ("Bonjour,\n\nM. Perrin est en déplacement jusqu'au 14 décembre. Je lui transmettrai votre message dès son retour,\n"
            "c'est lui qui signe les règlements.\n\nCordialement,\nLaura\nAccueil — Perrin Frères Charpente\n")
    raw = msg(reply_headers(addr("Accueil Perrin Frères", "accueil@perrin-charpente.fr"), "RE: " + subj_fr(543), D(2, "14:44"),
                            "<002f01db44a2$aa11bb22$cc33dd44$@perrin-charpente.fr>", 543),
              T(body + "\n-----Message d'origine-----\nDe : Camille Vasseur <camille@vasseur-studio.fr>\nEnvoyé : mercredi 2 décembre 2026 08:00\n"
                "À : accueil@perrin-charpente.fr\nObjet : " + subj_fr(543) + "\n\n" + reminder_fr(543, "2 640,00 €", "19/11/2026"), "windows-1252"))
    add("perrin_accueil_patron_absent.eml", L, raw, "fr", "Perrin Frères Charpente", "a person (receptionist) says the boss is away: looks like out-of-office but written by hand",
        facts="", notes="human-written absence notice, no auto headers")

    # 30 remittance PDF from Indian client
    body = ("Dear Madam,\n\nKindly find attached the remittance advice for the payment done on 27-Nov-2026 against\n"
            "invoice INV-0547 (EUR 1,800.00). The amount should reflect in your account shortly.\n\n"
            "Please do the needful and confirm receipt.\n\nThanks & Regards,\nRahul Menon\nAccounts Team | Sarovar Software Services Pvt. Ltd. | Kochi\n")
    raw = msg(reply_headers(addr("Rahul Menon", "accounts@sarovar-software.in"), "RE: " + subj_en(547), D(30, "12:30", "+0530"),
                            "<BM1PR01MB4419F0E1D2C3B4A5968778695A4B3C2D@BM1PR01MB4419.INDPRD01.PROD.OUTLOOK.COM>", 547),
              multi("mixed", [T(body, "us-ascii", "7bit"), PDF("Remittance_INV-0547.pdf", "Remittance advice EUR 1800.00")]))
    add("sarovar_en_remittance_pdf.eml", L, raw, "en", "Sarovar Software Services", "Indian English, remittance PDF attached by a person",
        facts="already_paid=2026-11-27", notes="a person's mail with an attached advice, not an AP system notice")

    # 31 client's accountant asks Factur-X + RIB
    body = ("Madame,\n\nNous sommes le cabinet d'expertise comptable de la SARL Le Fournil de Lucie et tenons sa comptabilité\n"
            "fournisseurs. Afin de pouvoir procéder au règlement, merci de nous transmettre :\n"
            "  - la facture F-2026-0538 au format PDF (Factur-X si possible) ;\n  - votre RIB.\n\n"
            "Nous ne disposons d'aucun de ces éléments à ce jour.\n\nBien cordialement,\n\nThomas Nguyen\nCollaborateur comptable\nCabinet Arpège Expertise\n")
    raw = msg(reply_headers(addr("Thomas Nguyen", "t.nguyen@arpege-expertise.fr"), "Facture F-2026-0538 - Le Fournil de Lucie", D(3, "15:19"),
                            "<3d8a1f0c6e2b4a97b5c1e9d7f3a2b4c6@arpege-expertise.fr>", cc=addr("Lucie Bonnet", "lucie@fournil-de-lucie.fr")),
              T(body))
    add("arpege_cabinet_client_facture_rib.eml", L, raw, "fr", "Cabinet Arpège Expertise", "client's accountant writes fresh mail, asks invoice + RIB",
        facts="request_invoice=yes;request_rib=yes")

    # 32 sick leave, vague mid-December
    body = ("Bonjour Camille,\n\nJe n'ai pas encore pu payer, je suis en arrêt maladie depuis deux semaines.\n"
            "Je ferai ça dès que je reprends, normalement vers la mi-décembre.\n\nDésolée,\nAgnès\n\nEnvoyé depuis mon appareil Galaxy\n")
    raw = msg(reply_headers(addr("Agnès Colin", "agnes@colin-ceramiques.fr"), "Re: " + subj_fr(531), D(1, "10:55"),
                            "<n7q2r-4kz1x8-a0b3c5@colin-ceramiques.fr>", 531), T(body))
    add("colin_arret_maladie_mi_decembre.eml", L, raw, "fr", "Colin Céramiques", "negation 'pas encore pu payer', vague 'vers la mi-décembre', Samsung footer",
        facts="", notes="no precise promise: 'vers la mi-décembre' left without promise_date")

    # 33 Free webmail hurry no accents
    body = "bjr, cest fait ce matin virement de 960e. bonne journee\n"
    raw = msg(reply_headers(addr("fabrice.m", "fabrice.m@example.net"), "Re: " + subj_fr(550), D(4, "12:40"),
                            "<1106488417.223719087.1764848400123.JavaMail.root@zimbra68-e12.priv.proxad.net>", 550,
                            extra=[("X-Mailer", "Zimbra 8.8.15_GA_4484 (zclient/8.8.15_GA_4484)"), ("X-Originating-IP", "[82.64.10.11]")]),
              T(body + "\n----- Mail original -----\nDe: \"Camille Vasseur\" <camille@vasseur-studio.fr>\nÀ: fabrice.m@example.net\nEnvoyé: Vendredi 4 Décembre 2026 08:00:00\nObjet: " + subj_fr(550) + "\n\n" + reminder_fr(550, "960,00 €", "28/11/2026")))
    add("fabrice_zimbra_fait_ce_matin.eml", L, raw, "fr", "Fabrice M. (particulier)", "Free/Zimbra webmail, lowercase, no accents, 'ce matin'", facts="already_paid=2026-12-04")

    # 34 purchase order missing
    body = ("Bonjour,\n\nNotre service achats ne peut pas mettre en paiement une facture sans numéro de bon de commande.\n"
            "Merci de rééditer la facture F-2026-0540 en y indiquant le BC n° 4500128377.\n\n"
            "Cordialement,\nService Achats — Nordal Énergie\n")
    raw = msg(reply_headers(addr("achats@nordal-energie.fr", "achats@nordal-energie.fr"), "RE: " + subj_fr(540), D(1, "08:49"),
                            "<OF1A2B3C4D.5E6F7A8B-ONC1258C12.003A4B5C-C1258C12.003A4B6D@nordal-energie.fr>", 540,
                            extra=[("X-Mailer", "HCL Notes Release 12.0.2 FP1 August 14, 2023")]),
              T(body, "iso-8859-1"))
    add("nordal_bon_de_commande.eml", L, raw, "fr", "Nordal Énergie", "purchasing dept, Notes mailer, asks reissue with PO number", facts="request_invoice=yes")

    # 35 English dispute on days billed
    body = ("Camille,\n\nWe dispute the number of days on INV-0558: the invoice shows 12 days, our statement of work\n"
            "capped the engagement at 9 days. Please send a credit note or a corrected invoice for 9 days and we'll pay that.\n\n"
            "Regards,\nDaniel Brooks\nCOO, Harbourline Events\n")
    raw = msg(reply_headers(addr("Daniel Brooks", "daniel.brooks@harbourline-events.com"), "RE: " + subj_en(558), D(3, "17:30", "+0000"),
                            "<LO2P265MB5127D1E2F3A4B5C6D7E8F9A0B1C2D3E4@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>", 558),
              T(body))
    add("harbourline_en_dispute_days.eml", L, raw, "en", "Harbourline Events", "English dispute on quantity, asks corrected invoice",
        facts="dispute=yes;request_invoice=yes")

    # 36 prospect, fresh message
    body = ("Bonjour,\n\nJe vous contacte de la part de Karim Benali (KB Menuiserie), qui m'a recommandé votre travail.\n"
            "Nous sommes une petite association d'aide aux devoirs et souhaiterions refaire notre site et notre logo.\n"
            "Seriez-vous disponible pour un devis en janvier ? Notre budget est modeste.\n\nMerci d'avance,\n"
            "Marie-Laure Dupont\nCoordinatrice — Association Coup de Pouce Scolaire de Saint-Ouen\n")
    raw = msg(reply_headers(addr("Marie-Laure Dupont", "contact@coupdepouce-stouen.org"), "Demande de devis site internet", D(2, "20:11"),
                            "<7c6b5a49-3827-4f16-a5e4-d3c2b1a09f8e@coupdepouce-stouen.org>"),
              T(body))
    add("coup_de_pouce_demande_devis.eml", L, raw, "fr", "Association Coup de Pouce Scolaire", "fresh mail from a prospect (association), no invoice context", facts="")

    # 37 programmed for 8/12, inline image signature (multipart/related)
    body = "Bonjour,\n\nLe paiement a été programmé pour le 8/12.\n\nBien cordialement,\nStéphanie Renaud\nGestionnaire administrative\n[logo]\n"
    html = ("<html><body><p>Bonjour,</p><p>Le paiement a été programmé pour le 8/12.</p><p>Bien cordialement,<br>Stéphanie Renaud<br>Gestionnaire administrative</p>"
            "<p><img src=\"cid:image001.png@01DB44B2.1A2B3C40\" width=\"120\" height=\"40\" alt=\"Clinique vétérinaire des Tilleuls\"></p></body></html>")
    raw = msg(reply_headers(addr("Stéphanie Renaud", "admin@cliniqueveto-tilleuls.fr"), "RE: " + subj_fr(554), D(4, "11:11"),
                            "<PR0P264MB2340E9F8A7B6C5D4E3F2A1B0C9D8E7F6@PR0P264MB2340.FRAP264.PROD.OUTLOOK.COM>", 554),
              multi("related", [ALT(body, html), PNG("image001.png", "image001.png@01DB44B2.1A2B3C40")], extra_params=";\n\ttype=\"multipart/alternative\""))
    add("veto_tilleuls_programme_8_12.eml", L, raw, "fr", "Clinique vétérinaire des Tilleuls", "multipart/related with logo, short date '8/12'", facts="promise_date=2026-12-08")

    # 38 broken charset: declares us-ascii, 8bit latin-1 bytes
    body = "Bonsoir,\nVirement effectué ce jour, référence F-2026-0561.\nCordialement\nA. Giraud - Giraud Plomberie\n"
    raw = msg(reply_headers(addr("Alain Giraud", "giraud.plomberie@example.org"), "Re: " + subj_fr(561), D(2, "20:58"),
                            "<20261202195811.0000a1b2@example.org>", 561, extra=[("X-Mailer", "Claws Mail 3.7.6")]),
              leaf("text/plain", body.encode("latin-1"), None, "8bit", extra=[]).replace(b"Content-Type: text/plain", b"Content-Type: text/plain; charset=us-ascii", 1))
    add("giraud_charset_casse_vire.eml", L, raw, "fr", "Giraud Plomberie", "broken MIME: charset=us-ascii declared, latin-1 8bit bytes", facts="already_paid=2026-12-02")

    # 39 English one-liner Gmail mobile
    raw = msg(reply_headers(addr("Ana Sousa", "ana@sousa-translations.pt"), "Re: " + subj_en(559), D(1, "13:01", "+0000"),
                            "<CAPn8Kq1_vR4tGx0mZ7Lb3sWc9Ea2Yh5Dj6fN0uQ1oT=xK2r@mail.gmail.com>", 559),
              ALT("Thanks, will pay tomorrow.\n", "<div dir=\"auto\">Thanks, will pay tomorrow.</div>"))
    add("sousa_en_tomorrow.eml", L, raw, "en", "Sousa Translations", "Portuguese client, English one-liner from phone", facts="promise_date=2026-12-02")

    # 40 mairie: Chorus Pro
    body = ("Madame,\n\nLes factures adressées aux collectivités doivent obligatoirement être déposées sur Chorus Pro.\n"
            "Après vérification, votre facture F-2026-0518 n'y figure pas. Merci de la déposer (SIRET destinataire :\n"
            "000 000 000 00018, code service : FINANCES) ; elle sera traitée dans le délai légal de 30 jours.\n\n"
            "Cordialement,\nService des finances\nMairie de Saint-Aubin-des-Prés\n")
    raw = msg(reply_headers(addr("Finances Mairie", "finances@saint-aubin-des-pres.fr"), "RE: " + subj_fr(518), D(2, "15:35"),
                            "<cbc1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e@saint-aubin-des-pres.fr>", 518), T(body))
    add("mairie_chorus_pro.eml", L, raw, "fr", "Mairie de Saint-Aubin-des-Prés", "public body: invoice must be filed on Chorus Pro",
        facts="request_invoice=yes", notes="asks the invoice to be submitted again through Chorus Pro")

    # 41 en cours de validation, vague
    body = ("Bonjour,\n\nNous avons bien reçu votre relance. La facture est en cours de validation chez notre DAF,\n"
            "vous serez réglée dans les meilleurs délais.\n\nCordialement,\nKevin Lambert\nAssistant comptable — Groupe Orséa\n")
    raw = msg(reply_headers(addr("Kevin Lambert", "k.lambert@groupe-orsea.fr"), "RE: " + subj_fr(545), D(30, "10:08"),
                            "<AS8P194MB1592A0B9C8D7E6F5A4B3C2D1E0F9A8B7@AS8P194MB1592.EURP194.PROD.OUTLOOK.COM>", 545), T(body))
    add("orsea_en_validation_daf.eml", L, raw, "fr", "Groupe Orséa", "acknowledges, 'meilleurs délais', no date", facts="")

    # 42 artisan, emoji, instant transfer
    body = "Ah mince ! C'est parti là 👍 virement instantané donc tu l'as déjà normalement\nSeb\n"
    raw = msg(reply_headers(addr("Sébastien Roy", "seb@roy-tattoo.fr"), "Re: " + subj_fr(556), D(3, "12:17"),
                            "<CABz3Lk9_hTq2vX0nR7cW5mF1Gp8Ys6Dj4eA0uK2oN=pQ9a@mail.gmail.com>", 556),
              ALT(body, "<div dir=\"auto\">Ah mince ! C&#39;est parti là 👍 virement instantané donc tu l&#39;as déjà normalement</div><div dir=\"auto\">Seb</div>"))
    add("roy_tattoo_emoji_instantane.eml", L, raw, "fr", "Roy Tattoo", "emoji, 'tu', instant transfer just sent", facts="already_paid=2026-12-03")

    # 43 Dutch client, this Friday (4 December)
    body = ("Dear Camille,\n\nThank you for the reminder. We will transfer the amount this Friday (4 December) from our ING account.\n\n"
            "Met vriendelijke groet / Kind regards,\nSanne de Vries\nOffice manager — Tulpstra Creative B.V.\n")
    raw = msg(reply_headers(addr("Sanne de Vries", "sanne@tulpstra.nl"), "RE: " + subj_en(562), D(1, "09:44"),
                            "<AM0PR07MB6212C1D2E3F4A5B6C7D8E9F0A1B2C3D4@AM0PR07MB6212.eurprd07.prod.outlook.com>", 562), T(body))
    add("tulpstra_en_this_friday.eml", L, raw, "en", "Tulpstra Creative", "Dutch client, weekday with explicit date", facts="promise_date=2026-12-04")

    # 44 wrong legal entity
    body = ("Bonjour,\n\nNous ne sommes pas opposés au paiement, mais la facture F-2026-0527 est adressée à Groupe Valmy SA\n"
            "alors que la commande a été passée par notre filiale Valmy Distribution SAS (SIREN 000 111 222).\n"
            "Pouvez-vous émettre un avoir et une nouvelle facture au bon nom ? Nous la réglerons à réception.\n\n"
            "Cordialement,\nCamille Roche\nComptabilité fournisseurs — Groupe Valmy\n")
    raw = msg(reply_headers(addr("Camille Roche", "camille.roche@groupe-valmy.fr"), "RE: " + subj_fr(527), D(4, "14:26"),
                            "<PR1P264MB1855F0E9D8C7B6A5F4E3D2C1B0A9F8E7@PR1P264MB1855.FRAP264.PROD.OUTLOOK.COM>", 527), T(body))
    add("valmy_mauvaise_entite.eml", L, raw, "fr", "Groupe Valmy", "invoice to wrong entity, 'pas opposés au paiement', same first name as owner",
        facts="request_invoice=yes", notes="not a dispute of the work; asks credit note + new invoice")

    # 45 call me
    body = "Bonjour, pouvez-vous m'appeler au 06 99 00 31 58 ? Je préfère en parler de vive voix.\nMerci\nP. Guérin\n"
    raw = msg(reply_headers(addr("Patrick Guérin", "p.guerin@guerin-auto.fr"), "RE: " + subj_fr(534), D(30, "17:50"),
                            "<000001db434a$5f6e7d8c$1b2a3948$@guerin-auto.fr>", 534), T(body, "windows-1252"))
    add("guerin_auto_appelez_moi.eml", L, raw, "fr", "Guérin Auto", "asks for a phone call, nothing else", facts="")

    # 46 'Paid. See attached' with Wise receipt PDF
    body = "Paid. See attached.\n\nJ.\n"
    raw = msg(reply_headers(addr("Jonas Becker", "jonas@beckerlab.example"), "Re: " + subj_en(563), D(30, "22:03"),
                            "<etPan.6743f1a2.5d9c1b2a.1f3@beckerlab.example>", 563, extra=[("X-Mailer", "Airmail (640)")]),
              multi("mixed", [T(body, "us-ascii", "7bit"), PDF("wise_transfer_receipt_1187723456.pdf", "Wise transfer receipt EUR 650.00")]))
    add("becker_en_paid_see_attached.eml", L, raw, "en", "Becker Lab", "two words + Wise receipt PDF, no date in body", facts="already_paid=claimed")


human()


# =============================================================== PAYMENT NOTIFICATIONS
def notice_headers(frm, subject, date, mid, to=OWNER_ADDR, extra=None):
    hs = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", date), ("Message-ID", mid)]
    return hs + (extra or [])


def table_html(title, rows, footer, color="#1d1d1b"):
    tr = "".join("<tr><td style=\"padding:6px 0;color:#6b6b6b\">%s</td><td style=\"padding:6px 0;text-align:right;font-weight:600\">%s</td></tr>" % r for r in rows)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"560\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:%s\">"
            "<tr><td style=\"padding:24px\"><h1 style=\"font-size:20px\">%s</h1><table width=\"100%%\">%s</table>"
            "<p style=\"font-size:11px;color:#999\">%s</p></td></tr></table></td></tr></table></body></html>" % (color, title, tr, footer))


def payments():
    L = "payment_notification"

    # Qonto: vous avez reçu un virement
    txt = ("Bonjour Camille,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Vasseur Studio.\n\n"
           "Émetteur : ATELIER MORIN SARL\nRéférence : F-2026-0533\nDate : 30/11/2026\n\n"
           "Voir la transaction : https://app.qonto.com/transactions\n\nL'équipe Qonto\n\n"
           "Qonto est un établissement de paiement agréé par l'ACPR (n° 17338). Ceci est un email automatique, merci de ne pas y répondre.\n")
    html = table_html("Vous avez reçu un virement de 1 480,00 €", [("Émetteur", "ATELIER MORIN SARL"), ("Référence", "F-2026-0533"), ("Date", "30/11/2026"), ("Compte", "Vasseur Studio — Compte principal")],
                      "Qonto est un établissement de paiement agréé par l'ACPR. Ceci est un email automatique, merci de ne pas y répondre.")
    raw = msg(notice_headers("Qonto <noreply@qonto.com>", "Vous avez reçu un virement de 1 480,00 €", D(30, "15:12"), "<20261130141212.1.a9f3c2@qonto.com>"), ALT(txt, html))
    add("qonto_virement_recu_morin.eml", L, raw, "fr", "Qonto", "money in, amount in subject and body, text+HTML table", provider="Qonto",
        direction="in", amount="1480.00", currency="EUR", payer="ATELIER MORIN SARL", reference="F-2026-0533", value_date="2026-11-30", counts="yes")

    # Shine: virement reçu +960
    txt = ("+960,00 €\n\nFabrice M. vous a envoyé 960,00 € 💸\nLibellé : Facture 550 Vasseur\nReçu le 04/12/2026\n\n"
           "Retrouvez le détail dans l'app Shine.\n\nShine SAS, établissement de paiement agréé par l'ACPR.\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n")
    html = table_html("+960,00 €", [("De", "FABRICE MARTINEZ"), ("Libellé", "Facture 550 Vasseur"), ("Reçu le", "04/12/2026")], "Shine SAS. Ceci est un message automatique, merci de ne pas y répondre.", "#1a1a2e")
    raw = msg(notice_headers("Shine <notifications@shine.fr>", "Virement reçu 💸", D(4, "12:48"), "<0100019391a5c2e1-6b1f@email.shine.fr>"), ALT(txt, html))
    add("shine_virement_recu_emoji.eml", L, raw, "fr", "Shine", "money in, emoji subject without amount, payer short form in text", provider="Shine",
        direction="in", amount="960.00", currency="EUR", payer="FABRICE MARTINEZ", reference="Facture 550 Vasseur", value_date="2026-12-04", counts="yes",
        notes="text part says 'Fabrice M.', HTML table the full name")

    # Crédit Mutuel alert: opération créditrice (latin-1)
    txt = ("Crédit Mutuel - Alerte sur compte\n\nBonjour,\n\nUne opération au crédit de 2 150,00 EUR a été enregistrée le 01/12/2026\n"
           "sur votre compte n° ******4417 (COMPTE COURANT PROFESSIONNEL).\n\nLibellé : VIR SEPA LUMEN CONSEIL / F-2026-0525\n\n"
           "Pour consulter vos comptes, connectez-vous à votre espace.\n\nCe message vous est envoyé automatiquement, merci de ne pas y répondre.\n"
           "Crédit Mutuel - Alertes par e-mail. Pour modifier vos alertes : Espace client > Alertes.\n")
    raw = msg(notice_headers("Credit Mutuel <alertes@creditmutuel.fr>", "Alerte : opération créditrice sur votre compte", D(1, "06:03"),
                             "<ALRT.20261201060312.4417.77231@creditmutuel.fr>"), T(txt, "iso-8859-1"))
    add("credit_mutuel_alerte_creditrice.eml", L, raw, "fr", "Crédit Mutuel", "alert wording 'opération au crédit', payer inside the label, latin-1 text only",
        provider="Crédit Mutuel", direction="in", amount="2150.00", currency="EUR", payer="LUMEN CONSEIL", reference="VIR SEPA LUMEN CONSEIL / F-2026-0525",
        value_date="2026-12-01", counts="yes")

    # CIC: solde inférieur
    txt = ("CIC - Alerte solde\n\nBonjour,\n\nLe solde de votre compte n° ******0093 est de 312,45 EUR au 02/12/2026,\n"
           "inférieur au seuil de 500,00 EUR que vous avez défini.\n\nCe message est généré automatiquement. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("CIC <alertes@cic.fr>", "Alerte solde - compte ******0093", D(2, "06:05"), "<ALRT.20261202060501.0093.11204@cic.fr>"), T(txt, "iso-8859-1"))
    add("cic_alerte_solde_bas.eml", L, raw, "fr", "CIC", "balance below threshold", provider="CIC", direction="statement", amount="312.45", currency="EUR",
        value_date="2026-12-02", counts="no", notes="amount is a balance, not a movement")

    # Boursorama: virement reçu
    txt = ("Bonjour,\n\nVous avez reçu un virement de 780,00 € de la part de MME CLAIRE ANTOINE.\nMotif : FACT F2026 0529 CLAIRE ANTOINE COACHING\n"
           "Date de valeur : 02/12/2026\n\nBoursoBank\n\nCe message est envoyé automatiquement ; merci de ne pas y répondre.\n"
           "Pour ne plus recevoir ces notifications, modifiez vos préférences dans votre Espace Client.\n")
    html = table_html("Virement reçu", [("Montant", "+ 780,00 €"), ("Émetteur", "MME CLAIRE ANTOINE"), ("Motif", "FACT F2026 0529 CLAIRE ANTOINE COACHING"), ("Date de valeur", "02/12/2026")],
                      "BoursoBank — Ce message est envoyé automatiquement ; merci de ne pas y répondre.", "#0b1e4f")
    raw = msg(notice_headers("BoursoBank <noreply@boursobank.com>", "Vous avez reçu un virement", D(2, "09:30"), "<5f2d1c0b.20261202083001@mail.boursobank.com>"), ALT(txt, html))
    add("boursobank_virement_recu_antoine.eml", L, raw, "fr", "Boursorama / BoursoBank", "money in, 'de la part de', reference with spaces", provider="BoursoBank",
        direction="in", amount="780.00", currency="EUR", payer="MME CLAIRE ANTOINE", reference="FACT F2026 0529 CLAIRE ANTOINE COACHING", value_date="2026-12-02", counts="yes")

    # Hello bank!: card payment
    txt = ("Hello bank! - Notification\n\nUn paiement par carte de 89,90 EUR a été effectué le 30/11/2026 chez ADOBE *CREATIVE CLD.\n"
           "Carte n° XXXX XXXX XXXX 2231\n\nSi vous n'êtes pas à l'origine de cette opération, faites opposition depuis l'application.\n\n"
           "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Hello bank! <notification@hellobank.fr>", "Paiement par carte de 89,90 EUR", D(30, "23:41"), "<HB-NOTIF-20261130224118-88123@hellobank.fr>"), T(txt))
    add("hellobank_paiement_carte_adobe.eml", L, raw, "fr", "Hello bank!", "card payment out, merchant in caps", provider="Hello bank!", direction="out",
        amount="89.90", currency="EUR", reference="ADOBE *CREATIVE CLD", value_date="2026-11-30", counts="no")

    # Fortuneo: relevé disponible (HTML only)
    html = ("<html><body style=\"font-family:Verdana\"><p>Bonjour Camille VASSEUR,</p><p>Votre relevé de compte de <b>novembre 2026</b> est disponible dans votre Espace Client, rubrique <i>e-Documents</i>.</p>"
            "<p>Fortuneo</p><hr><p style=\"font-size:10px\">Merci de ne pas répondre à ce message envoyé automatiquement. Fortuneo est une marque commerciale d'Arkéa Direct Bank.</p></body></html>")
    raw = msg(notice_headers("Fortuneo <noreply@fortuneo.fr>", "Votre relevé de compte est disponible", D(2, "03:14"), "<fortuneo.edoc.20261202.5567@fortuneo.fr>"), H(html))
    add("fortuneo_releve_novembre_html.eml", L, raw, "fr", "Fortuneo", "statement available, HTML only", provider="Fortuneo", direction="statement", counts="no")

    # Caisse d'Épargne: prélèvement URSSAF
    txt = ("Caisse d'Epargne - Alerte opération\n\nBonjour,\n\nUn prélèvement de 612,00 EUR a été débité de votre compte ******8810 le 03/12/2026.\n"
           "Créancier : URSSAF ILE DE FRANCE\nRéférence : COTISATIONS 11/2026\n\nCe mail est envoyé automatiquement, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Caisse d'Epargne <alertes@caisse-epargne.fr>", "Alerte : prélèvement sur votre compte", D(3, "05:58"), "<CE.ALERT.20261203.8810.3321@caisse-epargne.fr>"), T(txt))
    add("caisse_epargne_prelevement_urssaf.eml", L, raw, "fr", "Caisse d'Épargne", "direct debit taken (URSSAF), out", provider="Caisse d'Épargne", direction="out",
        amount="612.00", currency="EUR", reference="COTISATIONS 11/2026", value_date="2026-12-03", counts="no")

    # Banque Populaire: rejet de prélèvement
    txt = ("Madame,\n\nNous vous informons du rejet du prélèvement suivant, présenté sur votre compte n° ******5102 :\n\n"
           "Créancier : FREE PRO\nMontant : 39,99 EUR\nDate de présentation : 01/12/2026\nMotif du rejet : Provision insuffisante\n\n"
           "Des frais de rejet de 20,00 EUR pourront être appliqués conformément aux conditions tarifaires.\n\n"
           "Votre agence Banque Populaire\n\nCeci est un message automatique, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Banque Populaire <ne-pas-repondre@banquepopulaire.fr>", "Avis de rejet de prélèvement", D(2, "07:20"), "<BP.20261202072011.5102@banquepopulaire.fr>"), T(txt, "iso-8859-1"))
    add("banque_populaire_rejet_prelevement.eml", L, raw, "fr", "Banque Populaire", "direct debit rejected (insufficient funds)", provider="Banque Populaire",
        direction="failed", amount="39.99", currency="EUR", reference="FREE PRO", value_date="2026-12-01", counts="no")

    # La Banque Postale: virement émis
    txt = ("La Banque Postale\n\nBonjour,\n\nVotre virement de 250,00 € vers CABINET ARPEGE EXPERTISE a bien été émis le 01/12/2026.\n"
           "Motif : HONORAIRES NOV 2026\n\nMerci de votre confiance.\n\nCe message a été envoyé automatiquement. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("La Banque Postale <info@labanquepostale.fr>", "Confirmation de virement", D(1, "18:04"), "<LBP-VIR-20261201170402-7744@labanquepostale.fr>"), T(txt))
    add("banque_postale_virement_emis.eml", L, raw, "fr", "La Banque Postale", "outgoing transfer confirmation", provider="La Banque Postale", direction="out",
        amount="250.00", currency="EUR", reference="HONORAIRES NOV 2026", value_date="2026-12-01", counts="no")

    # LCL: amount in subject only, HTML only
    html = ("<html><body><table style=\"font-family:Arial;font-size:13px\"><tr><td><img src=\"https://www.lcl.fr/logo.png\" alt=\"LCL\"></td></tr>"
            "<tr><td><p>Bonjour,</p><p>Un virement de <b>SCI DES TILLEULS</b> a été crédité sur votre compte professionnel.</p>"
            "<p>Référence de l'opération : LOYER BUREAU DEC / F-2026-0536</p><p>Date : 03/12/2026</p>"
            "<p>Connectez-vous à votre Espace Client pour consulter le détail de vos opérations.</p>"
            "<p style=\"font-size:10px;color:#888\">Ceci est un message automatique, merci de ne pas y répondre. LCL - Le Crédit Lyonnais SA.</p></td></tr></table></body></html>")
    raw = msg(notice_headers("LCL <alertes@lcl.fr>", "LCL - Alerte crédit : +2 400,00 EUR", D(3, "08:02"), "<lcl.alerte.20261203070201.88@lcl.fr>"), H(html, "utf-8", "base64"))
    add("lcl_montant_objet_seulement.eml", L, raw, "fr", "LCL", "amount only in the subject, HTML-only base64 body", provider="LCL", direction="in",
        amount="2400.00", currency="EUR", payer="SCI DES TILLEULS", reference="LOYER BUREAU DEC / F-2026-0536", value_date="2026-12-03", counts="yes")

    # Société Générale: 2 virements reçus
    txt = ("Société Générale - Vos alertes\n\nBonjour,\n\n2 virements reçus sur votre compte ******3380 :\n\n"
           "- 02/12/2026  +1 920,00 EUR  VIR RECU LUCARNE ARCHITECTES REF F-2026-0551\n"
           "- 02/12/2026  +350,00 EUR    VIR RECU KB MENUISERIE FACTURE 546\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Societe Generale <alertes@societegenerale.fr>", "2 virements reçus", D(2, "19:15"), "<SG.ALERTES.20261202181501.3380@societegenerale.fr>"), T(txt))
    add("societe_generale_2_virements.eml", L, raw, "fr", "Société Générale", "plural: two transfers in one alert", provider="Société Générale", direction="in|in",
        amount="1920.00|350.00", currency="EUR", payer="LUCARNE ARCHITECTES|KB MENUISERIE", reference="REF F-2026-0551|FACTURE 546",
        value_date="2026-12-02|2026-12-02", counts="yes", notes="counts_as_payment=yes for both")

    # BNP Paribas: virement exécuté (out)
    txt = ("BNP Paribas\n\nVotre virement a bien été exécuté.\n\nBénéficiaire : OVH SAS\nMontant : 1 020,00 EUR\nDate d'exécution : 04/12/2026\n"
           "Libellé : SERVEUR DEDIE 2027\n\nLa banque d'un monde qui change\n\nCet e-mail vous a été envoyé automatiquement. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("BNP Paribas <noreply@bnpparibas.com>", "Confirmation d'exécution de votre virement", D(4, "10:10"), "<BNPP.MAB.20261204091002.1150@bnpparibas.com>"), T(txt))
    add("bnp_virement_execute_sortant.eml", L, raw, "fr", "BNP Paribas", "outgoing transfer executed, beneficiary named", provider="BNP Paribas", direction="out",
        amount="1020.00", currency="EUR", reference="SERVEUR DEDIE 2027", value_date="2026-12-04", counts="no")

    # Crédit Agricole: vous avez reçu un virement (latin-1, HTML table)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Madame VASSEUR CAMILLE,</p>"
            "<p>Vous avez reçu un virement sur votre compte <b>Compte Professionnel ****7702</b>.</p><table border=\"1\" cellpadding=\"4\">"
            "<tr><th>Date</th><th>Émetteur</th><th>Libellé</th><th>Montant</th></tr><tr><td>01/12/2026</td><td>HELOISE TRAITEUR SARL</td><td>PAIEMENT FACT. F-2026-0521</td><td>+ 1 050,00 &euro;</td></tr></table>"
            "<p>Votre Caisse régionale de Crédit Agricole</p><p style=\"font-size:9px\">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.</p></body></html>")
    raw = msg(notice_headers("Credit Agricole <ne-pas-repondre@credit-agricole.fr>", "Vous avez reçu un virement", D(1, "11:36"), "<CA.NOTIF.20261201103601.7702@credit-agricole.fr>"), H(html, "iso-8859-1"))
    add("credit_agricole_virement_html_latin1.eml", L, raw, "fr", "Crédit Agricole", "HTML-only table, latin-1", provider="Crédit Agricole", direction="in",
        amount="1050.00", currency="EUR", payer="HELOISE TRAITEUR SARL", reference="PAIEMENT FACT. F-2026-0521", value_date="2026-12-01", counts="yes")

    # N26: you received
    txt = ("You received €650.00\n\nJonas Becker sent you €650.00.\nReference: INV-0563\n\nThe money is already in your main account.\n\n"
           "N26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because you have enabled transaction notifications.\n")
    raw = msg(notice_headers("N26 <no-reply@n26.com>", "You received €650.00", D(1, "08:31"), "<20261201073101.e3c1.n26@n26.com>"), ALT(txt, table_html("You received €650.00", [("From", "Jonas Becker"), ("Reference", "INV-0563"), ("Date", "01.12.2026")], "N26 Bank SE. You are receiving this email because you have enabled transaction notifications.")))
    add("n26_en_received_becker.eml", L, raw, "en", "N26", "English, 'sent you', euro sign prefix", provider="N26", direction="in", amount="650.00", currency="EUR",
        payer="Jonas Becker", reference="INV-0563", value_date="2026-12-01", counts="yes", notes="pairs with human_reply/becker_en_paid_see_attached.eml")

    # Revolut Business: payment received
    txt = ("Payment received\n\nNorthwind Analytics Ltd sent €3,200.00 to your EUR account.\nReference: INV-0554 Vasseur Studio\n\n"
           "Revolut Business\nYou're receiving this email because of your notification settings. Revolut Bank UAB.\n")
    raw = msg(notice_headers("Revolut Business <no-reply@revolut.com>", "Payment received: €3,200.00", D(2, "13:15", "+0000"), "<0102018f4b2c-rb-20261202@revolut.com>"), ALT(txt, table_html("Payment received", [("From", "Northwind Analytics Ltd"), ("Amount", "€3,200.00"), ("Reference", "INV-0554 Vasseur Studio")], "You're receiving this email because of your notification settings.")))
    add("revolut_business_en_received.eml", L, raw, "en", "Revolut Business", "English, payer company in text", provider="Revolut Business", direction="in",
        amount="3200.00", currency="EUR", payer="Northwind Analytics Ltd", reference="INV-0554 Vasseur Studio", value_date="2026-12-02", counts="yes")

    # Wise: you've received NOK? Norwegian payer in EUR
    txt = ("Hi Camille,\n\nYou've received 1,250.00 EUR from Halvorsen Design AS.\n\nIt's now in your EUR balance.\n\nReference: INV-0561\n\n"
           "The Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels. This is an automated message, please don't reply.\n")
    raw = msg(notice_headers("Wise <noreply@wise.com>", "You've received 1,250.00 EUR", D(3, "14:02", "+0000"), "<wise-20261203140209-5512@wise.com>"), ALT(txt, table_html("You've received 1,250.00 EUR", [("From", "Halvorsen Design AS"), ("Reference", "INV-0561")], "Wise Europe SA. This is an automated message, please don't reply.", "#163300")))
    add("wise_en_received_halvorsen.eml", L, raw, "en", "Wise", "English, amount then ISO code", provider="Wise", direction="in", amount="1250.00", currency="EUR",
        payer="Halvorsen Design AS", reference="INV-0561", value_date="2026-12-03", counts="yes")

    # Wise: transfer cancelled (failed)
    txt = ("Hi Camille,\n\nYour transfer of 430.00 GBP to Fernhill Fonts Ltd was cancelled.\n\nThe recipient's bank couldn't accept the payment: the account details don't match.\n"
           "We'll refund 430.00 GBP to your GBP balance within 1 working day.\n\nThe Wise Team\n")
    raw = msg(notice_headers("Wise <noreply@wise.com>", "Transfer cancelled", D(2, "11:48", "+0000"), "<wise-20261202114812-9043@wise.com>"), T(txt))
    add("wise_en_transfer_cancelled.eml", L, raw, "en", "Wise", "outgoing transfer cancelled, money coming back to balance", provider="Wise", direction="failed",
        amount="430.00", currency="GBP", value_date="2026-12-02", counts="no", notes="mentions a refund of the owner's own money: still 'failed'")

    # Stripe payout
    txt = ("Stripe\n\nA payout of €4,312.80 is on its way to your bank account\n\nPayout ID: po_1QeR7f2eZvKYlo2C8cW3mN1x\nExpected arrival: 3 Dec 2026\n"
           "Bank: QONTO •••• 0189\n\nThis payout includes 11 payments, 1 refund and Stripe fees.\n\n"
           "You're receiving this email because you're an administrator of Vasseur Studio on Stripe.\n")
    raw = msg(notice_headers("Stripe <notifications@stripe.com>", "Your payout of €4,312.80 is on its way", D(1, "02:11", "+0000"), "<payout.po_1QeR7f2eZvKYlo2C8cW3mN1x@stripe.com>"), ALT(txt, table_html("€4,312.80 on its way to your bank", [("Payout ID", "po_1QeR7f2eZvKYlo2C8cW3mN1x"), ("Expected arrival", "3 Dec 2026"), ("Bank", "QONTO •••• 0189")], "You're receiving this email because you're an administrator of Vasseur Studio on Stripe.", "#0a2540")))
    add("stripe_en_payout_on_its_way.eml", L, raw, "en", "Stripe", "payout bundle of several payments", provider="Stripe", direction="in", amount="4312.80",
        currency="EUR", reference="po_1QeR7f2eZvKYlo2C8cW3mN1x", value_date="2026-12-03", counts="no_aggregate")

    # Stripe payment succeeded
    txt = ("Payment of €720.00 from marta.quintana@example.com succeeded\n\nCustomer: Marta Quintana\nDescription: Facture F-2026-0558 — Atelier UX\n"
           "Payment method: Visa •••• 4242\nDate: 2 Dec 2026, 16:40\n\nView payment in the Dashboard.\n\n"
           "You're receiving this email because you have payment notifications turned on for Vasseur Studio.\n")
    raw = msg(notice_headers("Stripe <notifications@stripe.com>", "Payment of €720.00 from marta.quintana@example.com", D(2, "16:41"), "<charge.ch_3QeSb12eZvKYlo2C0Lr9mXkP@stripe.com>"), ALT(txt, table_html("€720.00 from Marta Quintana", [("Description", "Facture F-2026-0558 — Atelier UX"), ("Payment method", "Visa •••• 4242")], "You're receiving this email because you have payment notifications turned on.", "#0a2540")))
    add("stripe_en_payment_succeeded.eml", L, raw, "en", "Stripe", "card payment captured from one customer", provider="Stripe", direction="in", amount="720.00",
        currency="EUR", payer="Marta Quintana", reference="Facture F-2026-0558 — Atelier UX", value_date="2026-12-02", counts="yes")

    # Stripe dispute
    txt = ("A payment has been disputed\n\nA cardholder is disputing a €480.00 payment from Vincent Lacroix.\nReason: product not received\n"
           "Respond by: 18 Dec 2026\n\nThe disputed amount and a €15.00 dispute fee have been withdrawn from your balance.\n\n"
           "You're receiving this email because you're an administrator of Vasseur Studio on Stripe.\n")
    raw = msg(notice_headers("Stripe <notifications@stripe.com>", "Action required: a payment has been disputed", D(3, "07:22", "+0000"), "<dispute.dp_1QeT0a2eZvKYlo2CqH7c@stripe.com>"), T(txt))
    add("stripe_en_dispute.eml", L, raw, "en", "Stripe", "chargeback opened", provider="Stripe", direction="chargeback", amount="480.00", currency="EUR",
        value_date="2026-12-03", counts="no", notes="payer named but money leaves the balance")

    # Stripe payout failed
    txt = ("Your payout of €1,205.40 could not be sent\n\nThe payout to your bank account ending in 0189 failed: the bank returned the funds (account closed).\n"
           "Please update your bank account in Settings > Payouts. Payouts are paused until then.\n\nThe Stripe team\n")
    raw = msg(notice_headers("Stripe <notifications@stripe.com>", "Payout failed", D(4, "05:40", "+0000"), "<payout.failed.po_1QeU2k2eZvKYlo2CfB1@stripe.com>"), T(txt))
    add("stripe_en_payout_failed.eml", L, raw, "en", "Stripe", "payout failed, bank returned", provider="Stripe", direction="failed", amount="1205.40", currency="EUR",
        counts="no")

    # PayPal: paiement reçu GBP
    txt = ("Vous avez reçu un paiement\n\nEleanor Whitfield vous a envoyé 350,00 £ GBP\n\nRemarque d'Eleanor Whitfield :\n\"Logo refresh - invoice INV-0550\"\n\n"
           "N° de transaction : 7MC29384HX0921546\nDate de transaction : 1 déc. 2026\n\n"
           "Aide et Contact | Sécurité | Application\nPayPal (Europe) S.à r.l. et Cie, S.C.A. Ne répondez pas à cet e-mail.\n")
    raw = msg(notice_headers("PayPal <service@paypal.fr>", "Vous avez reçu un paiement", D(1, "17:09"), "<7MC29384HX0921546.1764605340@paypal.com>"), ALT(txt, table_html("Eleanor Whitfield vous a envoyé 350,00 £ GBP", [("Remarque", "Logo refresh - invoice INV-0550"), ("N° de transaction", "7MC29384HX0921546")], "PayPal (Europe) S.à r.l. et Cie, S.C.A. Ne répondez pas à cet e-mail.", "#003087")))
    add("paypal_fr_paiement_recu_gbp.eml", L, raw, "fr", "PayPal", "money in, foreign currency GBP, note from payer", provider="PayPal", direction="in",
        amount="350.00", currency="GBP", payer="Eleanor Whitfield", reference="Logo refresh - invoice INV-0550", value_date="2026-12-01", counts="yes")

    # PayPal refund issued
    txt = ("Vous avez remboursé 59,00 € EUR à Julien Carpentier\n\nN° de transaction du remboursement : 1AB23456CD789012E\nDate : 30 nov. 2026\n"
           "Le remboursement apparaîtra sur le compte de Julien Carpentier sous 5 jours.\n\nPayPal - Ne répondez pas à cet e-mail.\n")
    raw = msg(notice_headers("PayPal <service@paypal.fr>", "Remboursement envoyé à Julien Carpentier", D(30, "10:44"), "<1AB23456CD789012E.1764495840@paypal.com>"), T(txt))
    add("paypal_fr_remboursement_envoye.eml", L, raw, "fr", "PayPal", "refund issued by the owner", provider="PayPal", direction="refund", amount="59.00",
        currency="EUR", reference="1AB23456CD789012E", value_date="2026-11-30", counts="no")

    # PayPal pending
    txt = ("Paiement en attente\n\nVous avez reçu un paiement de 1 100,00 € EUR de Groupe Orséa, mais il est en attente.\n"
           "Les fonds seront disponibles une fois le virement bancaire de l'acheteur compensé (3 à 5 jours ouvrés).\n"
           "N° de transaction : 5TY88231KM4410093\n\nPayPal - Ne répondez pas à cet e-mail.\n")
    raw = msg(notice_headers("PayPal <service@paypal.fr>", "Paiement en attente de Groupe Orséa", D(3, "13:50"), "<5TY88231KM4410093.1764766200@paypal.com>"), T(txt))
    add("paypal_fr_paiement_en_attente.eml", L, raw, "fr", "PayPal", "'vous avez reçu un paiement... mais il est en attente'", provider="PayPal", direction="none",
        amount="1100.00", currency="EUR", payer="Groupe Orséa", reference="5TY88231KM4410093", counts="no", notes="wording says 'reçu' but funds pending")

    # SumUp payout
    txt = ("Bonjour Camille,\n\nVotre versement de 312,40 € est en route vers votre compte bancaire se terminant par 0189.\n"
           "Il regroupe 6 transactions du 30/11/2026 (frais déduits : 5,41 €).\n\nL'équipe SumUp\n\n"
           "Vous recevez cet e-mail car vous avez un compte marchand SumUp. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("SumUp <no-reply@sumup.com>", "Votre versement est en route", D(1, "09:05"), "<sumup-payout-20261201-8871@sumup.com>"), T(txt))
    add("sumup_versement_en_route.eml", L, raw, "fr", "SumUp", "card-terminal payout bundling 6 sales", provider="SumUp", direction="in", amount="312.40",
        currency="EUR", value_date="2026-12-01", counts="no_aggregate")

    # GoCardless failed
    txt = ("Bonjour,\n\nLe paiement de 540,00 € de Cabinet Roux Kinésithérapie (référence VASSEUR-00412) a échoué.\n"
           "Motif communiqué par la banque : opposition sur le mandat.\n\nNous ne tenterons pas à nouveau ce paiement automatiquement.\n\n"
           "L'équipe GoCardless\nCe message est envoyé automatiquement.\n")
    raw = msg(notice_headers("GoCardless <help@gocardless.com>", "Un paiement a échoué", D(2, "08:17"), "<gc.payment.failed.PM00A1B2C3D4E5@gocardless.com>"), T(txt))
    add("gocardless_paiement_echoue.eml", L, raw, "fr", "GoCardless", "direct-debit collection failed, payer named", provider="GoCardless", direction="failed",
        amount="540.00", currency="EUR", reference="VASSEUR-00412", counts="no")

    # GoCardless confirmed
    txt = ("Bonjour,\n\nLe paiement de 2 016,00 € de Transports Thomas a été confirmé et sera inclus dans votre prochain versement.\n"
           "Référence : VASSEUR-00415 (F-2026-0524)\nDate de prélèvement : 03/12/2026\n\nL'équipe GoCardless\n")
    raw = msg(notice_headers("GoCardless <help@gocardless.com>", "Paiement confirmé : Transports Thomas", D(3, "10:02"), "<gc.payment.confirmed.PM00F6A7B8C9@gocardless.com>"), T(txt))
    add("gocardless_paiement_confirme.eml", L, raw, "fr", "GoCardless", "direct debit collected from one client", provider="GoCardless", direction="in",
        amount="2016.00", currency="EUR", payer="Transports Thomas", reference="VASSEUR-00415 (F-2026-0524)", value_date="2026-12-03", counts="yes")

    # Mollie settlement
    txt = ("Bonjour,\n\nNous avons versé 1 845,20 € sur votre compte bancaire FR76 **** 0189.\nRéférence du versement : st_Kx9mP2qRnT\n"
           "Ce versement correspond à 14 paiements (période du 23/11 au 29/11/2026).\n\nMollie B.V. — Ne répondez pas à cet e-mail.\n")
    raw = msg(notice_headers("Mollie <noreply@mollie.com>", "Versement effectué : 1 845,20 €", D(30, "09:30"), "<settlement.st_Kx9mP2qRnT@mollie.com>"), T(txt))
    add("mollie_versement_effectue.eml", L, raw, "fr", "Mollie", "settlement of 14 payments", provider="Mollie", direction="in", amount="1845.20", currency="EUR",
        reference="st_Kx9mP2qRnT", value_date="2026-11-30", counts="no_aggregate")

    # PayPlug new payment
    txt = ("Nouveau paiement reçu\n\nMontant : 390,00 €\nClient : Lucie Mercadier\nDescription : Acompte refonte boutique\nDate : 04/12/2026 10:21\n\n"
           "PayPlug — Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("PayPlug <no-reply@payplug.com>", "Nouveau paiement reçu - 390,00 €", D(4, "10:22"), "<pay_5iHq2bMrQwA@payplug.com>"), T(txt))
    add("payplug_nouveau_paiement.eml", L, raw, "fr", "PayPlug", "online card payment, key:value layout", provider="PayPlug", direction="in", amount="390.00",
        currency="EUR", payer="Lucie Mercadier", reference="Acompte refonte boutique", value_date="2026-12-04", counts="yes")

    # Sumeria (ex-Lydia)
    txt = ("Thomas R. vous a envoyé 120,00 €\n\n« affiche concert 🎸 »\n\nL'argent est disponible sur votre compte Sumeria.\n\nSumeria (anciennement Lydia)\n")
    raw = msg(notice_headers("Sumeria <noreply@sumeria.eu>", "Thomas R. vous a envoyé 120,00 €", D(30, "20:40"), "<sumeria.tx.20261130194012.5521@sumeria.eu>"), T(txt))
    add("sumeria_thomas_120.eml", L, raw, "fr", "Sumeria (Lydia)", "P2P app, short payer name, emoji message", provider="Sumeria", direction="in", amount="120.00",
        currency="EUR", payer="Thomas R.", reference="affiche concert 🎸", value_date="2026-11-30", counts="yes")

    # Pennylane bank feed
    txt = ("Nouvelle transaction à justifier\n\n+1 200,00 € — VIR SEPA JARDINS PARTAGES BAS MONTREUIL F-2026-0528\nCompte : Qonto ••0189 — 04/12/2026\n\n"
           "Associez un justificatif ou rapprochez-la d'une facture client dans Pennylane.\n\nPennylane — vous recevez cet email car les notifications de transactions sont activées.\n")
    raw = msg(notice_headers("Pennylane <notifications@pennylane.com>", "Nouvelle transaction : +1 200,00 €", D(4, "07:12"), "<pl.txn.20261204061202.4471@pennylane.com>"), T(txt))
    add("pennylane_flux_bancaire_jardins.eml", L, raw, "fr", "Pennylane", "accounting software bank feed, sign +amount", provider="Pennylane", direction="in",
        amount="1200.00", currency="EUR", payer="JARDINS PARTAGES BAS MONTREUIL", reference="VIR SEPA JARDINS PARTAGES BAS MONTREUIL F-2026-0528", value_date="2026-12-04", counts="yes",
        notes="association paid earlier than the 11th it announced")

    # Indy 3 transactions
    txt = ("Bonjour Camille,\n\n3 nouvelles transactions ont été importées :\n\n"
           "  03/12  VIR DE EDITIONS DU RESSAC F2026-0526   + 1 340,00 €\n  03/12  CB FIGMA                              - 13,50 €\n"
           "  03/12  PRLV SEPA FREE PRO                     - 39,99 €\n\nCatégorisez-les dans Indy.\n\nL'équipe Indy\n")
    raw = msg(notice_headers("Indy <hello@indy.fr>", "3 nouvelles transactions à catégoriser", D(3, "18:00"), "<indy.digest.20261203170000.9981@indy.fr>"), T(txt))
    add("indy_3_transactions.eml", L, raw, "fr", "Indy", "bank feed digest, mixed in/out", provider="Indy", direction="in|out|out", amount="1340.00|13.50|39.99",
        currency="EUR", payer="EDITIONS DU RESSAC||", reference="VIR DE EDITIONS DU RESSAC F2026-0526|CB FIGMA|PRLV SEPA FREE PRO",
        value_date="2026-12-03|2026-12-03|2026-12-03", counts="yes", notes="counts_as_payment refers to the single money-in line")

    # Qonto card payment
    txt = ("Paiement par carte de 14,99 €\n\nChez : NOTION LABS\nCarte : Camille Vasseur •• 5520\nLe 02/12/2026\n\nAjoutez votre justificatif directement dans l'app.\n\n"
           "Ceci est un email automatique, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Qonto <noreply@qonto.com>", "Paiement de 14,99 € chez NOTION LABS", D(2, "04:10"), "<20261202031002.7.cc81ab@qonto.com>"), T(txt))
    add("qonto_paiement_carte_notion.eml", L, raw, "fr", "Qonto", "card payment, asks for receipt", provider="Qonto", direction="out", amount="14.99",
        currency="EUR", reference="NOTION LABS", value_date="2026-12-02", counts="no")

    # Qonto transfer rejected
    txt = ("Bonjour Camille,\n\nVotre virement de 890,00 € à destination de STUDIO TYPO LIBRE a été rejeté par la banque du bénéficiaire (compte clôturé).\n"
           "Le montant a été recrédité sur votre compte.\n\nL'équipe Qonto\nCeci est un email automatique, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Qonto <noreply@qonto.com>", "Votre virement a été rejeté", D(4, "09:55"), "<20261204085501.3.aa01ff@qonto.com>"), T(txt))
    add("qonto_virement_rejete_recredite.eml", L, raw, "fr", "Qonto", "outgoing transfer rejected and 'recrédité'", provider="Qonto", direction="failed",
        amount="890.00", currency="EUR", counts="no", notes="'recrédité' is not a client payment")

    # Shine refund received from a merchant
    txt = ("Remboursement reçu\n\n+23,50 € de AMAZON EU SARL\nRemboursement de votre paiement carte du 24/11/2026\n\nShine — Ceci est un message automatique, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Shine <notifications@shine.fr>", "Remboursement reçu : +23,50 €", D(1, "15:30"), "<0100019391b7d3f2-7c2a@email.shine.fr>"), T(txt))
    add("shine_remboursement_amazon.eml", L, raw, "fr", "Shine", "merchant refund credited, '+amount' like a transfer", provider="Shine", direction="refund",
        amount="23.50", currency="EUR", value_date="2026-12-01", counts="no")

    # SAP remittance advice
    txt = ("AVIS DE PAIEMENT\n\nÉmetteur : GROUPE HELIOR LOGISTIQUE SAS\nBénéficiaire : VASSEUR STUDIO (fournisseur 400118)\n"
           "Date de paiement : 03.12.2026\nMode : Virement SEPA\n\nN° pièce     Réf. fournisseur   Date facture   Montant\n"
           "5100023318   F-2026-0541        15.10.2026     2 880,00\n\nTotal réglé : 2 880,00 EUR\n\n"
           "Ce message est généré automatiquement par notre système comptable. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("SAP Workflow <sap-noreply@helior-logistique.fr>", "Avis de paiement - Fournisseur 400118", D(3, "03:12"), "<SAP.PAYADV.400118.20261203@helior-logistique.fr>"),
              multi("mixed", [T(txt, "iso-8859-1"), PDF("AVIS_PAIEMENT_400118_20261203.pdf", "Avis de paiement 2880.00 EUR")]))
    add("helior_sap_avis_de_paiement.eml", L, raw, "fr", "Groupe Helior Logistique", "client AP system remittance advice with PDF", provider="SAP (Groupe Helior)",
        direction="in", amount="2880.00", currency="EUR", payer="GROUPE HELIOR LOGISTIQUE SAS", reference="F-2026-0541", value_date="2026-12-03", counts="no_claim",
        notes="earlier than the 15th announced by the same client's AP clerk")

    # English remittance advice
    txt = ("REMITTANCE ADVICE\n\nPayment number: 88123\nPayment date: 02-Dec-2026\nPaid by: Fernleaf Apps Ltd\nPayee: Vasseur Studio\n\n"
           "Invoice          Amount\nINV-0557         2,400.00\n\nTotal paid: EUR 2,400.00 by BACS/SEPA\n\n"
           "This is an automated email sent via Xero on behalf of Fernleaf Apps Ltd.\n")
    raw = msg(notice_headers(addr("Fernleaf Apps Ltd", "messaging-service@post.xero.com"), "Remittance advice from Fernleaf Apps Ltd", D(2, "10:05", "+0000"), "<xero.remit.88123.20261202@post.xero.com>",
                             extra=[("Reply-To", "accounts@fernleaf-apps.co.uk")]), T(txt))
    add("fernleaf_xero_remittance_en.eml", L, raw, "en", "Fernleaf Apps", "remittance advice sent through Xero on the client's behalf", provider="Xero (Fernleaf Apps)",
        direction="in", amount="2400.00", currency="EUR", payer="Fernleaf Apps Ltd", reference="INV-0557", value_date="2026-12-02", counts="no_claim")

    # Boursorama card refused
    txt = ("Bonjour,\n\nUn paiement par carte de 249,00 € chez APPLE.COM/FR a été refusé le 04/12/2026 (plafond atteint).\n"
           "Vous pouvez augmenter temporairement votre plafond depuis votre application.\n\nBoursoBank — Merci de ne pas répondre.\n")
    raw = msg(notice_headers("BoursoBank <noreply@boursobank.com>", "Paiement refusé", D(4, "16:30"), "<5f2d1c0b.20261204153001@mail.boursobank.com>"), T(txt))
    add("boursobank_paiement_carte_refuse.eml", L, raw, "fr", "Boursorama / BoursoBank", "card payment declined", provider="BoursoBank", direction="failed",
        amount="249.00", currency="EUR", reference="APPLE.COM/FR", value_date="2026-12-04", counts="no")

    # Revolut incoming returned
    txt = ("Incoming transfer returned\n\nA transfer of €500.00 from Brindille & Co could not be credited to your account and was returned to the sender.\n"
           "Reason: beneficiary name mismatch.\n\nRevolut Business\nYou're receiving this email because of your notification settings.\n")
    raw = msg(notice_headers("Revolut Business <no-reply@revolut.com>", "Incoming transfer returned", D(3, "16:20", "+0000"), "<0102018f4d9e-rb-20261203@revolut.com>"), T(txt))
    add("revolut_en_incoming_returned.eml", L, raw, "en", "Revolut Business", "incoming transfer returned to sender, payer named", provider="Revolut Business",
        direction="failed", amount="500.00", currency="EUR", payer="Brindille & Co", value_date="2026-12-03", counts="no")

    # BNP international incoming on hold
    txt = ("Madame,\n\nNous avons reçu en votre faveur un virement international de 4 800,00 USD émis par ROCKWELL DIGITAL INC.\n"
           "Pour procéder à son crédit, merci de nous transmettre un justificatif (facture) via votre messagerie sécurisée avant le 09/12/2026.\n"
           "À défaut, les fonds seront retournés à la banque émettrice.\n\nBNP Paribas — Service International\n"
           "Cet e-mail vous a été envoyé automatiquement. Merci de ne pas y répondre.\n")
    raw = msg(notice_headers("BNP Paribas <noreply@bnpparibas.com>", "Virement international en attente de justificatif", D(2, "14:00"), "<BNPP.INTL.20261202130012.4471@bnpparibas.com>"), T(txt))
    add("bnp_virement_international_en_attente.eml", L, raw, "fr", "BNP Paribas", "international transfer held pending documents", provider="BNP Paribas",
        direction="none", amount="4800.00", currency="USD", payer="ROCKWELL DIGITAL INC", counts="no", notes="money not credited yet")

    # Hello bank: virement instantané reçu (HTML-only)
    html = ("<html><body><div style=\"font-family:Arial\"><h2 style=\"color:#00a5e1\">Virement instantané reçu</h2><p>Bonjour,</p>"
            "<p>Vous avez reçu un virement instantané de <b>+ 1 100,00 €</b> de <b>SEBASTIEN ROY</b>.</p><p>Libellé : F-2026-0556 tatouage site</p><p>Le 03/12/2026 à 12:16</p>"
            "<p style=\"font-size:10px;color:#777\">Cet e-mail est envoyé automatiquement, merci de ne pas y répondre. Hello bank! est la banque digitale de BNP Paribas.</p></div></body></html>")
    raw = msg(notice_headers("Hello bank! <notification@hellobank.fr>", "Virement instantané reçu", D(3, "12:17"), "<HB-NOTIF-20261203111701-90211@hellobank.fr>"), H(html))
    add("hellobank_virement_instantane_html.eml", L, raw, "fr", "Hello bank!", "instant transfer in, HTML only", provider="Hello bank!", direction="in",
        amount="1100.00", currency="EUR", payer="SEBASTIEN ROY", reference="F-2026-0556 tatouage site", value_date="2026-12-03", counts="yes")

    # Crédit Agricole monthly-like balance notice (hebdo)
    txt = ("Votre situation de compte au 04/12/2026\n\nCompte Professionnel ****7702 : solde 8 214,63 EUR\nLivret ****1190 : solde 12 000,00 EUR\n\n"
           "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n")
    raw = msg(notice_headers("Credit Agricole <ne-pas-repondre@credit-agricole.fr>", "Votre situation de compte hebdomadaire", D(4, "06:00"), "<CA.HEBDO.20261204.7702@credit-agricole.fr>"), T(txt, "iso-8859-1"))
    add("credit_agricole_situation_hebdo.eml", L, raw, "fr", "Crédit Agricole", "weekly balance summary, two accounts", provider="Crédit Agricole",
        direction="statement", counts="no")

    # Mollie chargeback (FR) - remplace doublon
    txt = ("Bonjour,\n\nUne rétrofacturation (chargeback) a été enregistrée pour le paiement tr_Wq3bVn8s de 95,00 € (client : Hugo Lemaire).\n"
           "Le montant, ainsi que des frais de 15,00 €, seront déduits de votre prochain versement.\n\nMollie B.V.\n")
    raw = msg(notice_headers("Mollie <noreply@mollie.com>", "Rétrofacturation reçue pour tr_Wq3bVn8s", D(1, "13:33"), "<chargeback.chb_ab12cd@mollie.com>"), T(txt))
    add("mollie_retrofacturation.eml", L, raw, "fr", "Mollie", "chargeback in French ('rétrofacturation')", provider="Mollie", direction="chargeback",
        amount="95.00", currency="EUR", reference="tr_Wq3bVn8s", counts="no")


payments()


# =============================================================== AUTO REPLIES
def autos():
    L = "auto_reply"
    AS = ("Auto-Submitted", "auto-replied")

    # Outlook FR Réponse automatique
    body = ("Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre.\n"
            "Pour toute urgence comptable, merci de contacter Nadia Saïdi : compta@cafe-grains-dor.fr\n\nCordialement,\nAurore Lemoine\n")
    raw = msg(reply_headers(addr("Aurore Lemoine", "aurore.lemoine@cafe-grains-dor.fr"), "Réponse automatique : " + subj_fr(559), D(1, "08:00"),
                            "<AM6P193MB0398D1A2B3C4D5E6F7A8B9C0D1E2F3A4@AM6P193MB0398.EURP193.PROD.OUTLOOK.COM>", 559,
                            extra=[AS, ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "aurore.lemoine@cafe-grains-dor.fr"), ("Thread-Topic", h(subj_fr(559)))]),
              ALT(body, "<html><body><p>Bonjour,</p><p>Je suis absente du bureau et serai de retour le lundi 7 décembre.<br>Pour toute urgence comptable, merci de contacter Nadia Saïdi : compta@cafe-grains-dor.fr</p><p>Cordialement,<br>Aurore Lemoine</p></body></html>"))
    add("outlook_fr_reponse_automatique_lundi7.eml", L, raw, "fr", "Café Grains d'Or", "Exchange 'Réponse automatique :', Auto-Submitted, return weekday+date", facts="ooo_until=2026-12-07")

    # Gmail vacation EN, no auto headers except Precedence? (none)
    body = "Hi,\n\nI'm out of office until December 14th with limited access to email. I'll get back to you when I return.\n\nBest,\nTom\n"
    raw = msg(reply_headers(addr("Tom Whitaker", "tom@fernleaf-apps.co.uk"), "Re: " + subj_en(557), D(1, "08:00", "+0000"),
                            "<CAK7pX2c9Fq0sLhR_vacation_1764576000@mail.gmail.com>", 557), ALT(body, "<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>"))
    add("gmail_vacation_en_no_headers.eml", L, raw, "en", "Fernleaf Apps", "vacation text with 'Re:' subject and no Auto-Submitted header", facts="ooo_until=2026-12-14",
        notes="headers look like a person's reply; only the text tells")

    # Absence du bureau, congé maternité, no date
    body = ("Bonjour,\n\nJe suis actuellement en congé maternité. Votre message ne sera pas transféré.\n"
            "Pour toute question concernant les factures fournisseurs, merci d'écrire à fournisseurs@groupe-orsea.fr.\n\nMerci,\nJulia Perez\n")
    raw = msg(reply_headers(addr("Julia Perez", "j.perez@groupe-orsea.fr"), "Absence du bureau : " + subj_fr(545), D(30, "08:01"),
                            "<AS8P194MB1592OOF0001@AS8P194MB1592.EURP194.PROD.OUTLOOK.COM>", 545, extra=[AS, ("X-Auto-Response-Suppress", "All")]), T(body))
    add("orsea_absence_conge_maternite.eml", L, raw, "fr", "Groupe Orséa", "'Absence du bureau :', no return date, redirects to AP address", facts="")

    # AP autoresponder FR
    body = ("Ceci est une réponse automatique.\n\nLe service Comptabilité Fournisseurs accuse réception de votre message.\n"
            "Rappel de nos conditions : les factures sont réglées à 45 jours fin de mois à compter de leur date d'émission,\n"
            "par virement, lors de nos campagnes de paiement du 15 et du 30 de chaque mois.\n"
            "Merci de ne pas adresser de relance avant l'échéance et de toujours indiquer le numéro de bon de commande.\n\n"
            "Pour les factures : factures@nordal-energie.fr — Pour les RIB : merci de passer par le portail fournisseurs.\n")
    raw = msg(reply_headers(addr("Comptabilité Fournisseurs Nordal", "compta.fournisseurs@nordal-energie.fr"), "Accusé de réception - " + subj_fr(540), D(30, "18:02"),
                            "<autoreply.20261130180212.1187@nordal-energie.fr>", 540, extra=[AS, ("Precedence", "auto_reply")]), T(body))
    add("nordal_ap_accuse_reception_conditions.eml", L, raw, "fr", "Nordal Énergie", "AP autoresponder describing payment terms (paiement, virement, 15 et 30)", facts="",
        notes="mentions dates and payment terms but promises nothing")

    # AP autoresponder EN
    body = ("Thank you for contacting Accounts Payable.\n\nThis mailbox is monitored during business hours. Invoices are processed within 10 business days\n"
            "of receipt and paid according to agreed payment terms. For payment status, please check the Supplier Portal\n"
            "(https://suppliers.kranich-maschinenbau.de) before contacting us.\n\nThis is an automated response; please do not reply.\n")
    raw = msg(reply_headers(addr("Accounts Payable", "ap@kranich-maschinenbau.de"), "Automatic reply: " + subj_en(549), D(30, "18:03"),
                            "<5C1E2A4B9F3D4E1A-AUTO@EXCH02.kranich.local>", 549, extra=[AS, ("X-Auto-Response-Suppress", "All")]), T(body))
    add("kranich_ap_en_autoresponder.eml", L, raw, "en", "Kranich Maschinenbau", "English AP autoresponder mentioning invoices and payment terms", facts="")

    # Zendesk-like helpdesk
    body = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.\n\nBluecanopy Support\n")
    raw = msg(reply_headers(addr("Bluecanopy Support", "support@bluecanopy.zendesk.com"), "[Bluecanopy] Re: " + subj_en(555), D(1, "08:00", "+0000"),
                            "<ABCD1234_5f6e7d8c@bluecanopy.zendesk.com>", 555, extra=[AS, ("X-Mailer", "Zendesk Mailer")]), ALT(body, "<p>##- Please type your reply above this line -##</p><p>Your request (48213) has been received and is being reviewed by our support staff.</p>"))
    add("bluecanopy_zendesk_ticket.eml", L, raw, "en", "Bluecanopy", "helpdesk ticket acknowledgement", facts="")

    # Freshdesk FR
    body = ("Bonjour,\n\nNous avons bien reçu votre demande. Elle a été enregistrée sous le numéro de ticket #10772.\n"
            "Un conseiller vous répondra sous 48 heures ouvrées.\n\nL'équipe Relation Client — Pottier Immobilier\n")
    raw = msg(reply_headers(addr("Pottier Immobilier - Support", "support@pottier-immobilier.freshdesk.com"), "Ticket reçu - " + subj_fr(539), D(3, "08:01"),
                            "<ticket.10772.a1b2c3@pottier-immobilier.freshdesk.com>", 539, extra=[AS]), T(body))
    add("pottier_freshdesk_ticket.eml", L, raw, "fr", "Pottier Immobilier", "French ticket autoresponder", facts="")

    # MDN read receipt Outlook FR
    human = ("Votre message\n\n  À : Kevin Lambert\n  Objet : " + subj_fr(545) + "\n  Envoyé : lundi 30 novembre 2026 18:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
             "a été lu le lundi 30 novembre 2026 18:40:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = "Reporting-UA: groupe-orsea.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;k.lambert@groupe-orsea.fr\nOriginal-Message-ID: " + rmid(545) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n"
    raw = msg([("From", addr("Kevin Lambert", "k.lambert@groupe-orsea.fr")), ("To", OWNER), ("Subject", h("Lu : " + subj_fr(545))), ("Date", D(30, "18:40")),
               ("Message-ID", "<AS8P194MB1592MDN01@AS8P194MB1592.EURP194.PROD.OUTLOOK.COM>"), ("In-Reply-To", rmid(545)), ("References", rmid(545))],
              multi("report", [T(human), leaf("message/disposition-notification", mdn, None, "7bit")], extra_params=";\n\treport-type=disposition-notification"))
    add("orsea_mdn_lu_outlook.eml", L, raw, "fr", "Groupe Orséa", "read receipt 'Lu :', multipart/report MDN", facts="")

    # MDN Thunderbird EN
    human = ("This is a Return Receipt for the mail that you sent to marcus@oneillcraft.ie.\n\nNote: This Return Receipt only acknowledges that the message was displayed\n"
             "on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n")
    mdn = "Reporting-UA: oneillcraft.ie; Thunderbird 128.5.0\nFinal-Recipient: rfc822;marcus@oneillcraft.ie\nOriginal-Message-ID: " + rmid(552) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n"
    raw = msg([("From", addr("Marcus O'Neill", "marcus@oneillcraft.ie")), ("To", OWNER), ("Subject", "Return Receipt (displayed) - " + subj_en(552)), ("Date", D(30, "19:20", "+0000")),
               ("Message-ID", "<b2d4f6a8-mdn-1c3e-5a7b@oneillcraft.ie>"), ("References", rmid(552))],
              multi("report", [T(human, "us-ascii", "7bit"), leaf("message/disposition-notification", mdn, None, "7bit"),
                               leaf("text/rfc822-headers", "From: Camille Vasseur <camille@vasseur-studio.fr>\nSubject: " + subj_en(552) + "\nMessage-ID: " + rmid(552) + "\n", None, "7bit")],
                    extra_params=";\n\treport-type=disposition-notification"))
    add("oneill_mdn_return_receipt_en.eml", L, raw, "en", "O'Neill Craft Brewing", "Thunderbird return receipt with rfc822-headers part", facts="")

    # challenge-response FR
    body = ("Bonjour,\n\nVous avez envoyé un message à direction@vidal-paysages.fr. Cette adresse est protégée par un service\n"
            "anti-spam : votre message est en attente. Afin qu'il soit délivré, merci de confirmer que vous êtes bien un être\n"
            "humain en cliquant sur le lien ci-dessous (une seule fois) :\n\nhttps://verif.securemail-filter.example/c/9f3a1b2c\n\n"
            "Sans validation de votre part sous 5 jours, votre message sera supprimé.\n\n-- Ce message a été envoyé automatiquement --\n")
    raw = msg([("From", addr("Service de vérification", "verification@securemail-filter.example")), ("To", OWNER), ("Subject", h("Votre message à direction@vidal-paysages.fr est en attente de validation")),
               ("Date", D(3, "08:02")), ("Message-ID", "<cr.9f3a1b2c@securemail-filter.example>"), AS, ("X-Challenge", "pending")], T(body))
    add("vidal_challenge_response.eml", L, raw, "fr", "Vidal Paysages", "challenge-response asking to prove you are human", facts="")

    # Roundcube vacation with X-Autoreply
    body = "Je suis en congés du 28 novembre au 6 décembre inclus. Retour le 7.\nEn cas d'urgence : 01 99 00 12 12.\nLéa Girard\n"
    raw = msg([("From", addr("Léa Girard", "lea.girard@editions-ressac.fr")), ("To", OWNER_ADDR), ("Subject", h("Re: " + subj_fr(566))), ("Date", D(2, "08:00")),
               ("Message-ID", "<vacation.20261202080011.4412@editions-ressac.fr>"), ("In-Reply-To", rmid(566)), ("X-Autoreply", "yes"), ("X-Sieve", "Pigeonhole Sieve 0.5.21"), AS, ("Precedence", "bulk")], T(body))
    add("ressac_sieve_vacation_xautoreply.eml", L, raw, "fr", "Éditions du Ressac", "Sieve vacation with X-Autoreply, 'Retour le 7'", facts="ooo_until=2026-12-07")

    # German/English bilingual OOO
    body = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Dezember nicht im Büro und ab dem 9. Dezember wieder erreichbar.\n\n"
            "Thank you for your message. I am out of the office and will be back on 9 December.\n\nMit freundlichen Grüßen / Best regards\nSabine Hoffmann\n")
    raw = msg(reply_headers(addr("Hoffmann, Sabine", "sabine.hoffmann@kranich-maschinenbau.de"), "Automatische Antwort: " + subj_en(564), D(3, "08:00"),
                            "<5C1E2A4B9F3D4E1A8C7B-OOF2@EXCH02.kranich.local>", 564, extra=[AS, ("X-Auto-Response-Suppress", "All")]), T(body, "iso-8859-1"))
    add("kranich_de_en_automatische_antwort.eml", L, raw, "de", "Kranich Maschinenbau", "bilingual German/English OOO", facts="ooo_until=2026-12-09")

    # association autoresponder
    body = ("Merci pour votre message !\n\nL'association fonctionne uniquement avec des bénévoles : nous lisons les mails une fois par semaine\n"
            "et vous répondrons dans les 15 jours. Pour les questions de trésorerie, le bureau se réunit chaque deuxième jeudi du mois.\n\n"
            "Association Les Jardins Partagés du Bas-Montreuil\n(message automatique)\n")
    raw = msg(reply_headers(addr("Les Jardins Partagés", "contact@jardins-basmontreuil.org"), "Re: " + subj_fr(528), D(30, "18:02"),
                            "<auto.contact.20261130.1@jardins-basmontreuil.org>", 528, extra=[AS]), T(body))
    add("jardins_association_autoreponse.eml", L, raw, "fr", "Association Les Jardins Partagés du Bas-Montreuil", "association autoresponder mentioning trésorerie", facts="")

    # OOO Thursday 3/12
    body = "Bonjour,\nJe suis en formation et serai de retour le jeudi 3/12. Je traiterai votre message à mon retour.\nBien à vous,\nStéphanie Renaud\n"
    raw = msg(reply_headers(addr("Stéphanie Renaud", "admin@cliniqueveto-tilleuls.fr"), "Réponse automatique : " + subj_fr(554), D(1, "08:00"),
                            "<PR0P264MB2340OOF@PR0P264MB2340.FRAP264.PROD.OUTLOOK.COM>", 554, extra=[AS, ("X-Auto-Response-Suppress", "All")]), T(body))
    add("veto_tilleuls_formation_retour_jeudi.eml", L, raw, "fr", "Clinique vétérinaire des Tilleuls", "short return date '3/12' with weekday", facts="ooo_until=2026-12-03")

    # no longer monitored
    body = ("This mailbox is no longer monitored.\nPlease send invoices to invoices@harbourline-events.com and any other enquiries to hello@harbourline-events.com.\n")
    raw = msg(reply_headers(addr("Harbourline Billing", "billing@harbourline-events.com"), "Automatic reply: " + subj_en(565), D(2, "08:00", "+0000"),
                            "<LO2P265MB5127AUTO@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>", 565, extra=[AS]), T(body, "us-ascii", "7bit"))
    add("harbourline_mailbox_not_monitored.eml", L, raw, "en", "Harbourline Events", "'no longer monitored' autoreply redirecting invoices", facts="")

    # address change autoresponder FR
    body = ("Attention : cette adresse ne sera plus consultée à partir du 1er décembre 2026.\nMerci d'écrire désormais à : bonjour@brindille-co.fr\n\nCe message est automatique.\n")
    raw = msg(reply_headers(addr("Léo Fournier", "leo.fournier@brindille.example"), "Changement d'adresse - " + subj_fr(567), D(2, "08:00"),
                            "<autoreply.addrchange.20261202@brindille.example>", 567, extra=[AS]), T(body))
    add("brindille_changement_adresse.eml", L, raw, "fr", "Brindille & Co", "address-change autoresponder", facts="")


autos()


# =============================================================== BOUNCES
def bounce_parts(human_text, dsn, orig_headers, charset="utf-8", full_orig=None):
    parts = [T(human_text, charset), leaf("message/delivery-status", dsn, None, "7bit")]
    if full_orig:
        parts.append(leaf("message/rfc822", full_orig, None, "7bit"))
    else:
        parts.append(leaf("text/rfc822-headers", orig_headers, None, "7bit"))
    return multi("report", parts, extra_params=";\n\treport-type=delivery-status")


def orig(n, to, day=1, en=False):
    subj = subj_en(n) if en else subj_fr(n)
    return ("From: Camille Vasseur <camille@vasseur-studio.fr>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (to, h(subj), D(day, "08:00"), rmid(n)))


def bounces():
    L = "bounce"

    # Gmail failure
    to = "compta@atelier-moreau.example"
    human_t = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
               "The response from the remote server was:\n550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n" % (to, to))
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mx.atelier-moreau.example. (203.0.113.25, the server for the domain atelier-moreau.example.)\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\nLast-Attempt-Date: %s\n" % (D(1, "08:00"), to, to, D(1, "08:00")))
    raw = msg([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR), ("Subject", "Delivery Status Notification (Failure)"),
               ("Date", D(1, "08:00")), ("Message-ID", "<6745ab12.050a0220.3c1f2b.0001.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", to)],
              bounce_parts(human_t, dsn, orig(570, to)))
    add("gmail_address_not_found.eml", L, raw, "en", "Gmail", "Gmail DSN failure 5.1.1", facts="failed_recipient=" + to)

    # Exchange Online undeliverable
    to = "s.martin@fondation-lumiere.example"
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to s.martin@fondation-lumiere.example couldn't be delivered.</font></b></p>"
            "<p>s.martin wasn't found at fondation-lumiere.example.</p><p><b>Action Required</b><br>Unknown To address</p>"
            "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
    dsn = ("Reporting-MTA: dns;PA4P192MB1234.EURP192.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.vasseur-studio.fr\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % (D(2, "08:00"), to))
    raw = msg([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fondation-lumiere.example>"), ("To", OWNER_ADDR),
               ("Subject", "Undeliverable: " + subj_fr(571)), ("Date", D(2, "08:00", "+0000")), ("Message-ID", "<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@PA4P192MB1234.EURP192.PROD.OUTLOOK.COM>"),
               ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
              multi("report", [multi("alternative", [T("Your message to %s couldn't be delivered.\n\ns.martin wasn't found at fondation-lumiere.example.\n" % to), H(html)]),
                               leaf("message/delivery-status", dsn, None, "7bit"), leaf("message/rfc822", orig(571, to, 2).encode() + b"\nBonjour,\n", None, "7bit")],
                    extra_params=";\n\treport-type=delivery-status"))
    add("exchange_online_recipient_not_found.eml", L, raw, "en", "Exchange Online", "Office 365 NDR 5.1.10, HTML+DSN", facts="failed_recipient=" + to)

    # Orange quota FR
    to = "m.lefebvre@orange-client.example"
    human_t = ("Ce message a été créé automatiquement par le serveur de messagerie.\n\nUne erreur permanente s'est produite lors de la remise de votre message\n"
               "au(x) destinataire(s) suivant(s) :\n\n  %s\n    boîte aux lettres pleine (mailbox full)\n\n"
               "Le destinataire doit libérer de l'espace dans sa boîte. Vous pouvez renvoyer votre message ultérieurement.\n" % to)
    dsn = ("Reporting-MTA: dns; smtp.orange.fr\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n" % (D(3, "08:00"), to))
    raw = msg([("From", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>"), ("To", OWNER_ADDR), ("Subject", h("Échec de remise du message")),
               ("Date", D(3, "08:01")), ("Message-ID", "<20261203070101.A1B2C3D4E5@smtp.orange.fr>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(human_t, dsn, orig(533, to, 3)))
    add("orange_boite_pleine_fr.eml", L, raw, "fr", "Orange", "French NDR, mailbox full 5.2.2", facts="failed_recipient=" + to)

    # Free: no machine-readable part
    to = "perrin.freres@free-client.example"
    body = ("Ceci est un message d'erreur genere automatiquement.\n\nVotre message n'a pas pu etre delivre au destinataire suivant :\n\n"
            "<%s> : l'adresse n'existe pas ou plus (compte supprime).\n\n--- Debut du message d'origine ---\n\n" % to) + orig(543, to, 2) + "\n" + reminder_fr(543, "2 640,00 €", "19/11/2026")
    raw = msg([("From", "MAILER-DAEMON@free.fr"), ("To", OWNER_ADDR), ("Subject", "Message non delivre"), ("Date", D(2, "08:02")),
               ("Message-ID", "<20261202070202.5A6B7C8D@smtp1-g21.free.fr>")], T(body, "utf-8", "8bit"))
    add("free_message_non_delivre_sans_dsn.eml", L, raw, "fr", "Free", "plain-text bounce without delivery-status part, no Auto-Submitted", facts="failed_recipient=" + to)

    # OVH postfix undelivered
    to = "contact@bistrot-carre.fr"
    human_t = ("This is the mail system at host mo581.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
               "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
               "                   The mail system\n\n<%s>: host mx1.mail.ovh.net[188.165.36.237] said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n" % (to, to))
    dsn = ("Reporting-MTA: dns; mo581.mail-out.ovh.net\nX-Postfix-Queue-ID: 4Z2kLm0Qx3z1xnJ\nX-Postfix-Sender: rfc822; camille@vasseur-studio.fr\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.mail.ovh.net\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\n" % (D(3, "08:00"), to, to, to))
    raw = msg([("From", "MAILER-DAEMON@mo581.mail-out.ovh.net (Mail Delivery System)"), ("To", OWNER_ADDR), ("Subject", "Undelivered Mail Returned to Sender"),
               ("Date", D(3, "08:00")), ("Message-ID", "<20261203070004.4Z2kLm0Qx3z1xnJ@mo581.mail-out.ovh.net>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(human_t, dsn, orig(548, to, 3), "us-ascii"))
    add("ovh_postfix_user_unknown.eml", L, raw, "en", "OVH", "Postfix bounce from OVH outbound, 5.1.1", facts="failed_recipient=" + to,
        notes="the client answered from another address (jerome@bistrot-carre.fr)")

    # Postfix delay warning
    to = "accounts@oneillcraft.ie"
    human_t = ("This is the mail system at host mail.vasseur-studio.fr.\n\n####################################################################\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
               "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
               "<%s>: connect to mx.oneillcraft.ie[198.51.100.7]:25: Connection timed out\n" % to)
    dsn = ("Reporting-MTA: dns; mail.vasseur-studio.fr\nX-Postfix-Queue-ID: 9C1D2E3F4A\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.4.1\n"
           "Diagnostic-Code: X-Postfix; connect to mx.oneillcraft.ie[198.51.100.7]:25: Connection timed out\nWill-Retry-Until: Sat, 05 Dec 2026 08:00:00 +0100\n" % (D(30, "08:00"), to))
    raw = msg([("From", "MAILER-DAEMON@mail.vasseur-studio.fr (Mail Delivery System)"), ("To", OWNER_ADDR), ("Subject", "Delayed Mail (still being retried)"),
               ("Date", D(30, "12:05")), ("Message-ID", "<20261130110501.9C1D2E3F4A@mail.vasseur-studio.fr>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(human_t, dsn, orig(552, to, 30, True), "us-ascii"))
    add("postfix_delay_warning.eml", L, raw, "en", "Postfix", "delay warning, Action: delayed", facts="failed_recipient=%s;bounce_final=no" % to)

    # Exim
    to = "facturation@lucarne-architectes.fr"
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    host mail.lucarne-architectes.fr [192.0.2.44]\n"
            "    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 No such user here\n" % (to, to))
    dsn = ("Reporting-MTA: dns; cloud-44.o2switch.example\n\nAction: failed\nFinal-Recipient: rfc822;%s\nStatus: 5.0.0\nRemote-MTA: dns; mail.lucarne-architectes.fr\nDiagnostic-Code: smtp; 550 No such user here\n" % to)
    raw = msg([("From", "Mail Delivery System <Mailer-Daemon@cloud-44.o2switch.example>"), ("To", OWNER_ADDR), ("Subject", "Mail delivery failed: returning message to sender"),
               ("Date", D(3, "08:03")), ("Message-ID", "<E1tIaBc-0004Xy-2Q@cloud-44.o2switch.example>"), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", to)],
              bounce_parts(body, dsn, orig(551, to, 3), "us-ascii"))
    add("exim_no_such_user.eml", L, raw, "en", "Exim (shared hosting)", "Exim permanent error with X-Failed-Recipients", facts="failed_recipient=" + to)

    # Gmail delay
    to = "priya.n@bluecanopy.sg"
    human_t = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will retry for 46 more hours.\n"
               "You'll be notified if the delivery fails permanently.\n\nThe response was:\n421 4.7.0 Try again later, closing connection.\n" % to)
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.7.0\nDiagnostic-Code: smtp; 421 4.7.0 Try again later, closing connection.\nWill-Retry-Until: %s\n" % (D(1, "08:00"), to, D(3, "08:00")))
    raw = msg([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", OWNER_ADDR), ("Subject", "Delivery Status Notification (Delay)"),
               ("Date", D(1, "10:02")), ("Message-ID", "<674c3e11.170a0220.2b1e3c.0007.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(human_t, dsn, orig(555, to, 1, True)))
    add("gmail_delay_en.eml", L, raw, "en", "Gmail", "Gmail delay DSN", facts="failed_recipient=%s;bounce_final=no" % to)

    # Exchange on-prem French "Non remis"
    to = "r.aubry@cafe-grains-dor.fr"
    body = ("La remise a échoué pour ces destinataires ou groupes :\n\n%s\nL'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et renvoyez le message.\n\n"
            "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : EXCH01.grainsdor.local\n\n%s\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n" % (to, to))
    dsn = "Reporting-MTA: dns;EXCH01.grainsdor.local\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n" % to
    raw = msg([("From", "Administrateur système <postmaster@cafe-grains-dor.fr>"), ("To", OWNER_ADDR), ("Subject", h("Non remis : " + subj_fr(535))),
               ("Date", D(4, "08:00")), ("Message-ID", "<aa1bb2cc-3dd4-4ee5-ff66-778899aabbcc@EXCH01.grainsdor.local>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(body, dsn, orig(535, to, 4)))
    add("exchange_onprem_non_remis_fr.eml", L, raw, "fr", "Exchange (on-premise)", "French Exchange 'Non remis :'", facts="failed_recipient=" + to)

    # Wanadoo closed
    to = "jc.herve@wanadoo-client.example"
    human_t = ("Votre message n'a pas pu être remis à :\n\n  %s\n\nRaison : 550 5.1.1 Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]\n"
               "(boîte aux lettres fermée)\n" % to)
    dsn = "Reporting-MTA: dns; smtp-out.orange.fr\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]\n" % to
    raw = msg([("From", "Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>"), ("To", OWNER_ADDR), ("Subject", "Undelivered Mail Returned to Sender"),
               ("Date", D(30, "18:03")), ("Message-ID", "<20261130170302.77E3A1C0B@smtp-out.orange.fr>"), ("Auto-Submitted", "auto-replied")],
              bounce_parts(human_t, dsn, orig(520, to, 30)))
    add("orange_wanadoo_ofr_416.eml", L, raw, "fr", "Orange", "old Wanadoo-style address closed, OFR_416 code", facts="failed_recipient=" + to)


bounces()


# =============================================================== OTHER
def others():
    L = "other"
    LU = ("List-Unsubscribe", "<https://news.example-esp.com/unsub?u=8812>")

    def simple(file, frm, subject, day, hm, mid, body, lang, group, pattern, html=None, extra=None, notes="", charset="utf-8", to=OWNER_ADDR):
        hs = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", D(day, hm)), ("Message-ID", mid)] + (extra or [])
        b = ALT(body, html, charset) if html else T(body, charset)
        add(file, L, msg(hs, b), lang, group, pattern, notes=notes)

    simple("qonto_newsletter_nouveautes.eml", "Qonto <news@qonto.com>", "Décembre chez Qonto : 3 nouveautés pour clôturer l'année sereinement", 1, "10:00",
           "<news.20261201.qonto.55120@qonto.com>",
           "Bonjour Camille,\n\nFin d'année = clôture comptable. Voici 3 nouveautés pour vous simplifier la vie :\n\n1. Relances clients automatiques\n2. Export comptable en un clic\n"
           "3. Cartes virtuelles illimitées\n\nDécouvrir → https://qonto.com/fr/nouveautes\n\nVous recevez cet email car vous êtes client Qonto. Se désinscrire.\n",
           "fr", "Qonto", "bank newsletter mentioning 'relances clients'", html="<html><body><h1>3 nouveautés pour clôturer l'année</h1><p>Relances clients automatiques, export comptable...</p><a href=\"https://qonto.com\">Découvrir</a></body></html>",
           extra=[LU, ("Precedence", "bulk")])

    simple("shine_parrainage_marketing.eml", "Shine <hello@shine.fr>", "Camille, offrez 80 € à vos amis indépendants 🎁", 2, "11:30", "<mkt.20261202.shine.9911@email.shine.fr>",
           "Parrainez un ami : il reçoit 80 € à l'ouverture de son compte Shine, et vous aussi !\nVotre code : CAMILLE80\n\nConditions sur shine.fr/parrainage. Se désabonner.\n",
           "fr", "Shine", "bank marketing with amount in subject", extra=[LU])

    simple("ovhcloud_facture_disponible.eml", "OVHcloud <noreply@ovh.net>", "Votre facture OVHcloud FR78231042 est disponible", 1, "04:12", "<invoice.FR78231042@ovh.net>",
           "Bonjour,\n\nVotre facture n° FR78231042 d'un montant de 23,99 € TTC est disponible dans votre Espace Client.\n"
           "Elle sera prélevée sur votre moyen de paiement par défaut le 04/12/2026.\n\nL'équipe OVHcloud\n",
           "fr", "OVHcloud", "supplier invoice to the owner mentioning a future direct debit")

    simple("free_pro_facture.eml", "Free Pro <facture@freepro.fr>", "Votre facture Free Pro de décembre", 2, "06:00", "<fp.fact.20261202.001188@freepro.fr>",
           "Bonjour,\n\nVotre facture Free Pro du mois de décembre 2026 est disponible : 39,99 € TTC.\nLe montant sera prélevé à partir du 05/12/2026.\n\nFree Pro\n",
           "fr", "Free Pro", "ISP invoice to the owner")

    hs = [("From", addr("Cabinet Arpège Expertise", "facturation@arpege-expertise.fr")), ("To", OWNER_ADDR), ("Subject", h("Facture honoraires - Arrêté T4 2026")),
          ("Date", D(3, "17:45")), ("Message-ID", "<fact.hono.2026T4.118@arpege-expertise.fr>")]
    add("arpege_facture_honoraires_owner.eml", L, msg(hs, multi("mixed", [T("Bonjour Camille,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° H-2026-1187 d'un montant de 540,00 € TTC,\n"
        "payable à réception par virement (IBAN en pied de facture).\n\nBien cordialement,\nCabinet Arpège Expertise\n"), PDF("H-2026-1187.pdf", "Facture honoraires 540.00 EUR")])),
        "fr", "Cabinet Arpège Expertise", "accountant's invoice TO the owner, with PDF and 'payable par virement'", notes="owner is the debtor here")

    simple("urssaf_nouveau_message.eml", "URSSAF <ne-pas-repondre@urssaf.fr>", "Vous avez un nouveau message dans votre espace", 30, "14:10", "<urssaf.msg.20261130.881245@urssaf.fr>",
           "Madame,\n\nUn nouveau document est disponible dans votre espace en ligne sur autoentrepreneur.urssaf.fr :\n« Échéancier de paiement des cotisations 2027 ».\n\n"
           "Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.\nVotre Urssaf\n",
           "fr", "URSSAF", "URSSAF notification mentioning paiement")

    simple("impots_espace_pro_message.eml", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>", "Un nouveau message est disponible dans votre espace professionnel", 3, "09:00",
           "<dgfip.esp.pro.20261203.55127@dgfip.finances.gouv.fr>",
           "Madame, Monsieur,\n\nUn nouveau message concernant la cotisation foncière des entreprises (CFE) 2026 est disponible dans votre\nmessagerie sécurisée de l'espace professionnel sur impots.gouv.fr.\n\n"
           "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nLa Direction générale des Finances publiques\n", "fr", "DGFiP", "tax authority notification (CFE)")

    simple("malt_nouvelle_mission.eml", "Malt <notifications@malt.com>", "Nouvelle opportunité : Refonte UX d'une app de réservation (Lyon, 15 jours)", 2, "08:20",
           "<malt.opp.20261202.33120@malt.com>",
           "Bonjour Camille,\n\nUne entreprise souhaite vous proposer une mission correspondant à votre profil :\nRefonte UX d'une application de réservation — 15 jours — TJM proposé : 520 €\n\n"
           "Répondez sous 48 h pour augmenter vos chances.\n\nL'équipe Malt\nVous recevez cet email car vos notifications de projets sont activées.\n",
           "fr", "Malt", "freelance marketplace notification with money figures", extra=[LU])

    simple("linkedin_recherches.eml", "LinkedIn <notifications-noreply@linkedin.com>", "Camille, vous êtes apparue dans 14 recherches cette semaine", 4, "07:05",
           "<1462788910.4412.1764828300000@ltx1-app2051.prod.linkedin.com>",
           "Vous êtes apparue dans 14 recherches cette semaine.\nDécouvrez qui recherche des profils comme le vôtre.\n\nVoir toutes les recherches\n\n"
           "Cet e-mail est destiné à Camille Vasseur (Designer produit freelance). Se désabonner.\nLinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n",
           "fr", "LinkedIn", "social notification", extra=[LU])

    simple("phishing_credit_agricole.eml", "Credit Agricole <securite@ca-verification-compte.example>", "Action requise : votre compte sera suspendu sous 24h", 1, "03:44",
           "<9a8b7c6d5e@ca-verification-compte.example>",
           "Cher(e) client(e),\n\nSuite à une mise à jour de sécurité (DSP2), votre accès Crédit Agricole En Ligne a été restreint.\n"
           "Un virement entrant de 1 480,00 € est en attente de validation sur votre compte.\n\nPour débloquer vos fonds, confirmez votre identité : http://ca-verification-compte.example/login\n\n"
           "Service Sécurité Crédit Agricole\n", "fr", "phishing (Crédit Agricole imitation)", "phishing imitating a bank, mentions an incoming transfer",
           notes="lookalike domain; mimics a money-in notice")

    simple("phishing_paypal_en_funds_on_hold.eml", "PayPal <service@paypal-resolution-center.example>", "You've received a payment of $2,450.00 USD - action needed", 3, "02:18",
           "<PP-7731-hold@paypal-resolution-center.example>",
           "Hello,\n\nYou've received a payment of $2,450.00 USD from Rockwell Digital Inc.\nThe funds are on hold until you confirm your account.\n\n"
           "Confirm now: https://paypal-resolution-center.example/confirm?id=7731\n\nPayPal Team\n", "en", "phishing (PayPal imitation)", "phishing imitating a PayPal money-in notice",
           html="<html><body><img src=\"https://paypal-resolution-center.example/logo.png\"><h2>You've received $2,450.00 USD</h2><p>From Rockwell Digital Inc.</p><p><a href=\"https://paypal-resolution-center.example/confirm?id=7731\">Confirm now</a></p></body></html>",
           notes="payer name reused from a real-looking client")

    simple("spam_vous_avez_gagne.eml", "Service Gagnants <gagnant@promo-jeux-noel.example>", "FELICITATIONS !!! Vous avez gagné un iPhone 17 Pro", 30, "05:51",
           "<win-88123@promo-jeux-noel.example>",
           "Félicitations Camille !\n\nVous avez été tiré(e) au sort parmi nos 10 000 participants. Vous avez gagné un iPhone 17 Pro !\n"
           "Il vous suffit de régler les frais de port de 1,95 € pour recevoir votre cadeau : http://promo-jeux-noel.example/claim\n", "fr", "spam", "lottery spam asking a small payment")

    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           "DTSTART:20261203T090000Z\nDTEND:20261203T093000Z\nDTSTAMP:20261130T160000Z\nORGANIZER;CN=Romain Aubry:mailto:romain.aubry@cafe-grains-dor.fr\n"
           "UID:4k2m9q0r8s7t6u5v4w3x2y1z0a@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille@vasseur-studio.fr:mailto:camille@vasseur-studio.fr\n"
           "SUMMARY:Point facturation site web\nDESCRIPTION:Point rapide sur la facture F-2026-0535\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    hs = [("From", addr("Romain Aubry (via Google Agenda)", "calendar-notification@google.com")), ("Reply-To", "romain.aubry@cafe-grains-dor.fr"), ("To", OWNER_ADDR),
          ("Subject", h("Invitation: Point facturation site web @ jeu. 3 déc. 2026 10:00 - 10:30 (UTC+1) (camille@vasseur-studio.fr)")), ("Date", D(30, "17:00")),
          ("Message-ID", "<calendar-4k2m9q0r-8s7t@google.com>"), ("Sender", "Google Agenda <calendar-notification@google.com>")]
    add("google_agenda_invitation_facturation.eml", L, msg(hs, multi("mixed", [multi("alternative", [T("Vous avez été invité à l'événement suivant.\n\nPoint facturation site web\njeudi 3 déc. 2026 10:00 – 10:30 (UTC+1)\nOrganisateur : Romain Aubry\n"),
        leaf("text/calendar", ics, "UTF-8", "7bit", extra=[]).replace(b"text/calendar; charset=\"UTF-8\"", b"text/calendar; charset=\"UTF-8\"; method=REQUEST", 1)]),
        leaf("application/ics", ics.encode(), None, "base64", name="invite.ics", disp="attachment")])),
        "fr", "Google Calendar", "calendar invitation from a client about an invoice", notes="sent by a system on a person's behalf")

    simple("doctolib_rappel_rdv.eml", "Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous demain à 09:30", 3, "18:00", "<dl.reminder.20261203.7731@doctolib.fr>",
           "Bonjour Camille Vasseur,\n\nNous vous rappelons votre rendez-vous :\nvendredi 4 décembre 2026 à 09:30\nDr Sophie Marchand — Kinésithérapeute\n12 rue Oberkampf, 75011 Paris\n\n"
           "En cas d'empêchement, pensez à annuler votre rendez-vous.\n\nDoctolib\n", "fr", "Doctolib", "appointment reminder with a date")

    simple("colissimo_livraison.eml", "Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis 6A12345678901 arrive aujourd'hui", 2, "07:40", "<colis.6A12345678901.20261202@notif-colissimo-laposte.info>",
           "Bonjour,\n\nVotre colis n° 6A12345678901 expédié par LDLC sera livré aujourd'hui entre 10h et 12h.\n\nSuivre mon colis\n\nColissimo - La Poste\n", "fr", "Colissimo", "shipping notice",
           notes="Colissimo's notification domain is used as seen in public samples")

    simple("google_workspace_alerte_securite.eml", "Google <no-reply@accounts.google.com>", "Alerte de sécurité", 1, "23:10", "<sec-alert-20261201.XyZ@accounts.google.com>",
           "Nouvelle connexion sur Mac\n\ncamille@vasseur-studio.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac.\n"
           "Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\nVérifier l'activité\n", "fr", "Google", "security alert")

    simple("pennylane_justificatifs_manquants.eml", "Pennylane <notifications@pennylane.com>", "Votre expert-comptable attend 4 justificatifs", 2, "09:00", "<pl.reminder.docs.20261202@pennylane.com>",
           "Bonjour Camille,\n\nCabinet Arpège Expertise vous demande des justificatifs pour 4 transactions de novembre :\n- CB FIGMA 13,50 €\n- CB ADOBE 89,90 €\n- PRLV FREE PRO 39,99 €\n- VIR OVH SAS 1 020,00 €\n\n"
           "Ajoutez-les dans Pennylane.\n", "fr", "Pennylane", "SaaS reminder listing transactions with amounts (not a movement notice)")

    simple("figma_receipt_en.eml", "Figma <billing@figma.com>", "Your receipt from Figma #2081-4471", 3, "01:12", "<receipt.2081-4471@figma.com>",
           "Receipt #2081-4471\n\nAmount paid: €13.50\nDate paid: December 3, 2026\nPayment method: Mastercard - 5520\n\nProfessional plan (1 editor) — €13.50\n\n"
           "If you have any questions, contact us at support@figma.com.\n", "en", "Figma", "SaaS receipt for the owner's own purchase")

    hs = [("From", "noreply-dmarc-support@google.com"), ("To", "dmarc@vasseur-studio.fr"), ("Subject", "Report domain: vasseur-studio.fr Submitter: google.com Report-ID: 1188224466"),
          ("Date", D(1, "01:59", "-0800")), ("Message-ID", "<1188224466.dmarc@google.com>")]
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><report_metadata><org_name>google.com</org_name><report_id>1188224466</report_id>"
           "<date_range><begin>1764460800</begin><end>1764547199</end></date_range></report_metadata><policy_published><domain>vasseur-studio.fr</domain><p>none</p></policy_published>"
           "<record><row><source_ip>203.0.113.10</source_ip><count>12</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row></record></feedback>\n")
    add("dmarc_aggregate_google.eml", L, msg(hs, multi("mixed", [T("", "us-ascii", "7bit"), leaf("application/zip", xml.encode(), None, "base64", name="google.com!vasseur-studio.fr!1764460800!1764547199.zip", disp="attachment")])),
        "en", "Google DMARC", "DMARC aggregate report", notes="attachment is the XML itself under a .zip name (kept simple)")

    simple("hellobank_info_tarifs_2027.eml", "Hello bank! <information@hellobank.fr>", "Information : évolution de nos conditions tarifaires au 1er mars 2027", 4, "10:00",
           "<hb.tarifs.2027.55120@hellobank.fr>",
           "Bonjour,\n\nConformément à la réglementation, nous vous informons de l'évolution de nos conditions tarifaires à compter du 1er mars 2027.\n"
           "La cotisation de votre offre Hello Pro passera de 6,00 € à 7,00 € par mois.\n\nRetrouvez la brochure complète dans votre espace client.\n\nHello bank!\n",
           "fr", "Hello bank!", "bank's fee notice (not a movement)")

    simple("phishing_impots_remboursement.eml", "impots.gouv <remboursement@dgfip-remboursement.example>", "Remboursement d'impôt en attente : 312,80 €", 2, "06:33",
           "<rmb-55120@dgfip-remboursement.example>",
           "Madame, Monsieur,\n\nAprès calcul, vous pouvez bénéficier d'un remboursement de 312,80 €.\nPour recevoir ce virement, complétez le formulaire avant le 06/12/2026 :\n"
           "http://dgfip-remboursement.example/formulaire\n\nDirection Générale des Finances Publiques\n", "fr", "phishing (DGFiP imitation)", "tax-refund phishing announcing a transfer")

    simple("mailchimp_newsletter_freelances.eml", "Collectif Freelances Lyon <bonjour@freelances-lyon.example>", "Afterwork de décembre + atelier « relancer ses impayés »", 30, "12:00",
           "<news.dec.2026@freelances-lyon.example>",
           "Salut à toutes et tous !\n\nAu programme de décembre : afterwork le 10, et un atelier pratique « relancer ses factures impayées sans se fâcher avec ses clients ».\n"
           "Inscription sur le site.\n\nL'équipe du Collectif\nVous recevez ce mail car vous êtes inscrit·e à notre liste. Se désinscrire.\n",
           "fr", "Collectif Freelances Lyon", "community newsletter about unpaid invoices", extra=[LU, ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID7c1e2**")])


others()

# ---------------------------------------------------------------- some files with CRLF line ends
for f in ["payment_notification/qonto_virement_recu_morin.eml", "human_reply/kranich_ap_payment_run_thursday.eml",
          "bounce/exchange_online_recipient_not_found.eml", "human_reply/lucarne_outlook_html_only_lundi_7.eml",
          "auto_reply/outlook_fr_reponse_automatique_lundi7.eml", "payment_notification/societe_generale_2_virements.eml"]:
    p = os.path.join(OUT, f)
    data = open(p, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    open(p, "wb").write(data)

write_tsv()
if __name__ == "__main__":
    from collections import Counter
    print(Counter(r["label"] for r in ROWS), len(ROWS))
