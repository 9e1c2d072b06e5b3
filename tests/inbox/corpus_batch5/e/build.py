#!/usr/bin/env python3
"""Builds dunnerd evaluation set 'written_e' (split final5): synthetic .eml files + labels.tsv.
Standard library only. Owner of the inbox: Maëlle Kerbrat <maelle@kerbrat-design.fr>,
freelance UX/UI designer in Rennes. Run: python3 build.py"""
import base64, quopri, os, datetime, email.utils, hashlib, shutil
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final5"
OWNER_NAME, OWNER = "Maëlle Kerbrat", "maelle@kerbrat-design.fr"
ROWS = []
_n = [0]

def A(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")

OWN = A(OWNER_NAME, OWNER)

def S(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def D(day, h, m, tz=1):
    d = datetime.date(2026, 11, 30) if day == 30 else datetime.date(2026, 12, day)
    dt = datetime.datetime(d.year, d.month, d.day, h, m, (h * 7 + m) % 60,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(dt)

def leaf(ctype, data, charset="utf-8", cte="quoted-printable", extra=(), params=""):
    if isinstance(data, str):
        data = data.encode(charset or "utf-8")
    ct = ctype + (f'; charset="{charset}"' if charset else "") + params
    h = [("Content-Type", ct)]
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h.extend(extra)
    return (h, body)

def multi(subtype, parts, params=""):
    _n[0] += 1
    b = "=_b%s_%04d" % (hashlib.md5(subtype.encode() + str(_n[0]).encode()).hexdigest()[:10], _n[0])
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for h, body in parts:
        out += b"--" + b.encode() + b"\n"
        out += "".join(f"{k}: {v}\n" for k, v in h).encode() + b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{b}"' + params)], out)

def attach(filename, data, ctype="application/pdf"):
    return leaf(ctype, data, charset=None, cte="base64", params=f'; name="{filename}"',
                extra=[("Content-Disposition", f'attachment; filename="{filename}"')])

def pdf(lines):
    """Tiny but valid one-page PDF with the given text lines."""
    txt = "BT /F1 11 Tf 50 790 Td 14 TL " + " ".join(
        "(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(txt.encode("cp1252")), txt)]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("cp1252")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out

def mid(domain, tag=""):
    _n[0] += 1
    return "<%s%s.%d@%s>" % (tag, hashlib.sha1(f"{domain}{_n[0]}".encode()).hexdigest()[:16], _n[0], domain)

def REM(num):
    return f"<dunnerd.{num}.1@kerbrat-design.fr>"

def write(file, label, headers, part, row, crlf=False):
    h, body = part
    allh = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in allh):
        allh.append(("MIME-Version", "1.0"))
    allh += h
    raw = "".join(f"{k}: {v}\n" for k, v in allh).encode() + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path = os.path.join(OUT, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(raw)
    r = dict(file=file, label=label, source_repo="synthetic", source_path="build.py",
             source_commit="", license="written for dunnerd", fidelity="synthetic",
             lang="fr", provider="", source_group="", pattern="", direction="", amount="",
             currency="", payer="", reference="", value_date="", counts_as_payment="",
             facts="", split=SPLIT, notes="")
    r.update(row)
    ROWS.append(r)

def body_part(text=None, html=None, charset="utf-8", cte="quoted-printable"):
    if text is not None and html is not None:
        return multi("alternative", [leaf("text/plain", text, charset, cte),
                                     leaf("text/html", html, charset, cte)])
    if html is not None:
        return leaf("text/html", html, charset, cte)
    return leaf("text/plain", text, charset, cte)

def mail(file, label, frm, subject, date, text=None, html=None, to=None, cc=None,
         irt=None, charset="utf-8", cte="quoted-printable", attachments=(), extra=(),
         crlf=False, domain=None, row=None, msgid=None):
    domain = domain or frm.split("@")[-1].rstrip(">")
    hs = [("From", frm), ("To", to or OWN)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", S(subject)), ("Date", date), ("Message-ID", msgid or mid(domain))]
    if irt:
        hs += [("In-Reply-To", irt), ("References", irt)]
    hs += list(extra)
    part = body_part(text, html, charset, cte)
    if attachments:
        part = multi("mixed", [part] + list(attachments))
    write(file, label, hs, part, row or {}, crlf)

def quote_fr(num, amount, due, day="lundi 30 nov. 2026 à 08:00"):
    return (f"Le {day}, Maëlle Kerbrat <{OWNER}> a écrit :\n"
            f"> Bonjour,\n>\n> Sauf erreur de ma part, la facture F-2026-0{num} d'un montant de {amount} €\n"
            f"> arrivée à échéance le {due} reste impayée à ce jour.\n"
            f"> Merci de bien vouloir procéder à son règlement.\n>\n> Bien cordialement,\n> Maëlle Kerbrat\n"
            f"> Kerbrat Design – UX/UI freelance – Rennes\n")

def quote_en(num, amount, due, day="On Mon, 30 Nov 2026 at 08:00"):
    return (f"{day}, Maëlle Kerbrat <{OWNER}> wrote:\n"
            f"> Hello,\n>\n> Invoice INV-0{num} for €{amount} was due on {due} and is still unpaid.\n"
            f"> Could you please arrange payment at your earliest convenience?\n>\n> Kind regards,\n> Maëlle Kerbrat\n")

def RF(num):
    return f"Re: Rappel : facture F-2026-0{num} échue"

def RE(num):
    return f"Re: Reminder: invoice INV-0{num} is overdue"

def H(label, lang, group, pattern, facts="", notes="", provider="", money=None):
    r = dict(lang=lang, source_group=group, pattern=pattern, facts=facts, notes=notes, provider=provider)
    if money:
        keys = ["direction", "amount", "currency", "payer", "reference", "value_date", "counts_as_payment"]
        r.update(dict(zip(keys, money)))
    return r

# ---------------------------------------------------------------- human_reply
def human():
    L = "human_reply"
    mail(f"{L}/brunel_fr_virement_vendredi.eml", L, A("Sophie Brunel", "sophie@atelier-brunel.fr"), RF(412), D(1, 9, 12),
         "Bonjour Maëlle,\n\nDésolée pour le retard, j'étais en salon toute la semaine dernière.\n"
         "Je fais le virement vendredi sans faute.\n\nBonne journée,\nSophie\n\n" + quote_fr(412, "1 480,00", "15/11/2026"),
         irt=REM(412), row=H(L, "fr", "Atelier Brunel", "promise weekday 'vendredi', quoted reminder below",
                              "promise_date=2026-12-04"))
    mail(f"{L}/ferrand_fr_paiement_prevu_le_15.eml", L, A("Gérald Ferrand", "g.ferrand@maison-ferrand.fr"), RF(415), D(2, 14, 3),
         "Bonjour,\n\nPaiement prévu le 15, comme convenu avec votre prédécesseur... enfin avec vous au téléphone.\n\nCdt\n"
         "G. Ferrand\nMaison Ferrand Traiteur\n",
         irt=REM(415), row=H(L, "fr", "Maison Ferrand", "day-of-month only 'le 15'", "promise_date=2026-12-15"))
    mail(f"{L}/perenne_fr_fin_semaine_prochaine.eml", L, A("Comptabilité Pérenne Logistique", "compta@perenne-logistique.fr"),
         RF(417), D(3, 11, 40),
         "Madame,\n\nNous accusons réception de votre relance concernant la facture F-2026-0417.\n"
         "Celle-ci a été validée et sera réglée d'ici la fin de la semaine prochaine.\n\n"
         "Cordialement,\n\nNathalie Ouvrard\nService comptabilité fournisseurs\nPérenne Logistique SAS\n"
         "12 rue de l'Industrie – 44800 Saint-Herblain\n",
         irt=REM(417), row=H(L, "fr", "Pérenne Logistique", "'d'ici la fin de la semaine prochaine'",
                              "promise_date=2026-12-11", "end of next week resolved to Friday 2026-12-11 (alt: week_of_2026-12-07)"))
    mail(f"{L}/nordhaven_en_pay_on_10th.eml", L, A("Oliver Grant", "oliver.grant@nordhaven.co.uk"), RE(420), D(1, 16, 22, 0),
         "Hi Maëlle,\n\nThanks for the nudge. We'll pay on the 10th, that's when our December batch goes out.\n\n"
         "Cheers,\nOllie\n\n--\nOliver Grant | Head of Product | Nordhaven Studios Ltd\n\n" + quote_en(420, "2,150.00", "20 November 2026"),
         irt=REM(420), row=H(L, "en", "Nordhaven Studios", "English, 'the 10th'", "promise_date=2026-12-10"))
    mail(f"{L}/brightwave_en_payment_run_thursday.eml", L, A("Accounts Payable - Brightwave", "ap@brightwave-media.com"), RE(421),
         D(30, 15, 5, 0),
         "Hello,\n\nYour invoice INV-0421 has been approved. Our payment run is on Thursday, so you should see the funds early next week depending on your bank.\n\n"
         "Regards,\nPriya Nair\nAccounts Payable\nBrightwave Media Ltd\n",
         irt=REM(421), row=H(L, "en", "Brightwave Media", "'payment run is on Thursday' (sent Monday)",
                              "promise_date=2026-12-03", "Thursday = date the payment is sent"))
    mail(f"{L}/moreau_fr_conteste_jours.eml", L, A("Maître Hélène Moreau", "h.moreau@moreau-avocats.fr"), RF(409), D(2, 10, 18),
         "Madame Kerbrat,\n\nJe reviens vers vous au sujet de la facture F-2026-0409.\n\n"
         "Je conteste le nombre de jours facturés : notre devis prévoyait 3 jours d'atelier, or vous en facturez 5. "
         "Les deux jours supplémentaires n'ont jamais fait l'objet d'un accord écrit de notre part.\n\n"
         "Je vous remercie de bien vouloir émettre un avoir et une facture rectifiée sur la base du devis D-2026-031.\n\n"
         "Bien à vous,\n\nHélène Moreau\nAvocate associée\nMOREAU & ASSOCIÉS – Société d'avocats\n8 place du Parlement de Bretagne, 35000 Rennes\n\n"
         "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. "
         "Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir "
         "immédiatement l'expéditeur et de le détruire. Le secret professionnel de l'avocat s'applique à cette correspondance.\n",
         irt=REM(409), row=H(L, "fr", "Moreau & Associés", "dispute on days billed, asks corrected invoice, legal disclaimer",
                              "dispute=yes;request_invoice=yes"))
    mail(f"{L}/lunaria_fr_deja_paye_27nov.eml", L, A("Karim Benali", "karim@lunaria-cosmetiques.fr"), RF(418), D(30, 10, 1),
         "Bonjour Maëlle,\n\nAttention, cette facture a déjà été réglée : le virement est parti le 27 novembre de notre compte Crédit Mutuel.\n"
         "Pouvez-vous vérifier de votre côté ?\n\nMerci,\nKarim\n",
         irt=REM(418), row=H(L, "fr", "Lunaria Cosmétiques", "already paid with explicit date", "already_paid=2026-11-27"))
    fwd = ("Bonjour,\n\nVoici la confirmation de notre banque ci-dessous, le virement est bien parti.\n\nBien cordialement,\nAurélie Jaouen\n"
           "Assistante de direction – Kervella Immobilier\n\n"
           "-------- Message transféré --------\nDe : Société Générale <ne-pas-repondre@societegenerale.fr>\n"
           "Date : mar. 1 déc. 2026 à 07:42\nObjet : Confirmation de votre virement\nÀ : <direction@kervella-immo.fr>\n\n"
           "Madame, Monsieur,\n\nNous vous confirmons l'exécution de votre virement SEPA :\n"
           "  Bénéficiaire : KERBRAT MAELLE EI\n  Montant : 960,00 EUR\n  Référence : F-2026-0422\n  Date d'exécution : 01/12/2026\n\n"
           "Ceci est un message automatique, merci de ne pas y répondre.\n")
    mail(f"{L}/kervella_fr_forward_confirmation_banque.eml", L, A("Aurélie Jaouen", "a.jaouen@kervella-immo.fr"),
         "TR: Confirmation de votre virement", D(1, 9, 30), fwd,
         row=H(L, "fr", "Kervella Immobilier", "client forwards its bank's transfer confirmation (not a notice to the owner)",
               "already_paid=2026-12-01", "must not count as a bank notification: sender is the client"))
    mail(f"{L}/tiphaine_fr_preuve_virement_pdf.eml", L, A("Tiphaine Le Goff", "tiphaine@legoff-paysage.fr"), RF(424), D(2, 18, 47),
         "Bonsoir,\n\nCi-joint la preuve de virement. Bonne soirée\n\nTiphaine\n\nEnvoyé de mon iPhone\n",
         irt=REM(424),
         attachments=[attach("avis_virement_F-2026-0424.pdf", pdf(["Credit Agricole - Avis d'operation", "Virement SEPA emis",
                                                                      "Beneficiaire : KERBRAT MAELLE", "Montant : 640,00 EUR"]))],
         row=H(L, "fr", "Le Goff Paysage", "PDF proof of transfer attached, iPhone", "already_paid=claimed", "date only in the PDF"))
    mail(f"{L}/solenne_fr_renvoyer_facture.eml", L, A("Solenne Daucourt", "solenne.daucourt@vitalis-sante.fr"), RF(426), D(1, 11, 2),
         "Bonjour,\n\nJe ne retrouve pas cette facture dans notre outil de gestion. Pourriez-vous me la renvoyer en PDF ?\n\n"
         "Merci d'avance,\nSolenne Daucourt\nResponsable administrative\n",
         irt=REM(426), row=H(L, "fr", "Vitalis Santé", "asks to resend the invoice", "request_invoice=yes"))
    mail(f"{L}/groupe_armor_fr_demande_rib.eml", L, A("Service Fournisseurs Groupe Armor", "fournisseurs@groupe-armor.fr"), RF(427), D(3, 8, 55),
         "Bonjour,\n\nAfin de pouvoir procéder au règlement de votre facture, merci de nous transmettre votre RIB "
         "sur papier à en-tête ou édité par votre banque. Sans ce document nous ne pouvons pas créer votre fiche fournisseur.\n\n"
         "Cordialement,\nLe service fournisseurs\n",
         irt=REM(427), row=H(L, "fr", "Groupe Armor", "asks for RIB before paying", "request_rib=yes"))
    mail(f"{L}/elmwood_en_iban_bic.eml", L, A("Dana Whitfield", "dana.whitfield@elmwood-analytics.com"), RE(428), D(2, 17, 30, -5),
         "Hi Maelle,\n\nApologies for the delay. Our finance team needs your IBAN and BIC (plus the bank's address) to set you up as a vendor in NetSuite. "
         "Could you send those over?\n\nThanks,\nDana\n\nDana Whitfield\nOperations Manager, Elmwood Analytics Inc.\n",
         irt=REM(428), row=H(L, "en", "Elmwood Analytics", "US client asks IBAN/BIC", "request_rib=yes"))
    mail(f"{L}/rozenn_fr_note.eml", L, A("Rozenn Tanguy", "rozenn@creperie-tanguy.fr"), RF(429), D(1, 13, 9),
         "Noté.\n", irt=REM(429), row=H(L, "fr", "Crêperie Tanguy", "one word"))
    mail(f"{L}/bastien_fr_ok_merci.eml", L, A("Bastien Coat", "bastien.coat@ouestwatt.fr"), RF(430), D(30, 19, 44),
         "ok merci\n\nEnvoyé depuis mon mobile Orange\n", irt=REM(430), row=H(L, "fr", "OuestWatt", "two words, mobile signature"))
    mail(f"{L}/giraud_fr_autre_adresse_lundi.eml", L, A("Thomas Giraud", "thomas.giraud75@example.net"),
         "facture kerbrat design", D(3, 22, 15),
         "Bonsoir Maëlle,\n\nJe t'écris de mon adresse perso, je n'ai plus accès à ma boîte pro (changement de prestataire informatique chez nous...).\n"
         "J'ai bien vu ta relance pour la facture de la refonte du site. Je règle ça lundi.\n\nThomas\n",
         row=H(L, "fr", "Giraud Conseil", "fresh mail from a personal address, no In-Reply-To, 'tu'", "promise_date=2026-12-07",
               "sender differs from reminded address (contact@giraud-conseil.fr)"))
    mail(f"{L}/batiouest_fr_disclaimer_18dec.eml", L, A("Frédéric Le Bihan", "f.lebihan@batiouest-construction.fr"), RF(432), D(2, 9, 5),
         "Bonjour Madame Kerbrat,\n\nSuite à votre relance, je vous informe que votre facture F-2026-0432 est intégrée à notre prochaine "
         "campagne de paiement. Paiement prévu le 18 décembre.\n\nSincères salutations,\n\n"
         "Frédéric Le Bihan\nContrôleur de gestion\nBATIOUEST CONSTRUCTION SAS au capital de 2 500 000 €\nRCS Rennes 512 345 678 – "
         "Siège social : ZA de la Janais, 35131 Chartres-de-Bretagne\nTél. : 02 99 00 00 00\n\n"
         "****************************************************************************************\n"
         "AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles "
         "et/ou couvertes par le secret des affaires. Ils sont destinés exclusivement à la personne ou à l'entité à qui ils sont "
         "adressés. Si vous n'êtes pas le destinataire visé, vous êtes informé que toute lecture, copie, divulgation ou distribution "
         "est strictement interdite. BATIOUEST CONSTRUCTION décline toute responsabilité au titre de ce message s'il a été altéré, "
         "déformé ou falsifié.\n\nDISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
         "If you have received it in error, please notify the sender and delete it. Any payment instruction received by e-mail must be "
         "confirmed by telephone.\n"
         "****************************************************************************************\n"
         "Pensez à l'environnement avant d'imprimer ce courriel.\n",
         irt=REM(432), row=H(L, "fr", "Batiouest Construction", "promise in body, long bilingual disclaimer mentions 'payment'",
                              "promise_date=2026-12-18"))
    mail(f"{L}/oceanis_fr_debut_janvier_toppost.eml", L, A("Marion Pellerin", "m.pellerin@oceanis-voyages.fr"), RF(433), D(4, 10, 26),
         "Bonjour Maëlle,\n\nLa facture est en cours de validation par notre DAF, qui est en déplacement jusqu'au 18. "
         "Vous devriez recevoir le règlement début janvier, je suis désolée pour ce délai.\n\nBelle journée,\nMarion\n\n"
         + quote_fr(433, "3 200,00", "01/11/2026", "jeu. 3 déc. 2026 à 08:00"),
         irt=REM(433), row=H(L, "fr", "Océanis Voyages", "top-posted, 'début janvier', other date (18) about the DAF",
                              "promise_date=early_2027-01"))
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=\"FR\" link=\"#0563C1\"><div class=\"WordSection1\">"
            "<p class=\"MsoNormal\">Bonjour Madame Kerbrat,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            "<p class=\"MsoNormal\">Votre facture F-2026-0434 a été mise en paiement. Le virement sera exécuté le mercredi 9 décembre.<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Cordialement,<o:p></o:p></p>"
            "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Yannick Berthou</span></b><br>Responsable comptable<br>"
            "Armorique Emballages – 22 rue des Forges, 56100 Lorient<o:p></o:p></p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> Maëlle Kerbrat &lt;maelle@kerbrat-design.fr&gt;<br>"
            "<b>Envoyé :</b> lundi 30 novembre 2026 08:00<br><b>À :</b> Compta &lt;compta@armorique-emballages.fr&gt;<br>"
            "<b>Objet :</b> Rappel : facture F-2026-0434 échue<o:p></o:p></p></div>"
            "<p class=\"MsoNormal\">Bonjour, sauf erreur de ma part la facture F-2026-0434 (1 150,00 €) reste impayée...<o:p></o:p></p>"
            "</div></body></html>\n")
    mail(f"{L}/armorique_fr_outlook_html_only.eml", L, A("Berthou Yannick", "y.berthou@armorique-emballages.fr"),
         "RE: Rappel : facture F-2026-0434 échue", D(2, 15, 12), html=html, charset="windows-1252", irt=REM(434), crlf=True,
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrJm3c0T2sX9pQkRhe1bV0cKp1y4A=="), ("Content-Language", "fr-FR")],
         row=H(L, "fr", "Armorique Emballages", "Outlook HTML-only, windows-1252 QP, CRLF, 'RE:'", "promise_date=2026-12-09"))
    mail(f"{L}/chapron_fr_iphone_demain.eml", L, A("Loïc Chapron", "loic@chapron-ebenisterie.fr"), RF(435), D(1, 21, 3),
         "Je m'en occupe demain\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 08:00, Maëlle Kerbrat <maelle@kerbrat-design.fr> a écrit :\n"
         "> \n> Bonjour, la facture F-2026-0435 de 780,00 € est échue depuis le 20/11.\n",
         irt=REM(435), extra=[("X-Mailer", "iPhone Mail (22B91)")],
         row=H(L, "fr", "Chapron Ébénisterie", "iPhone, 'demain'", "promise_date=2026-12-02"))
    mail(f"{L}/solaris_fr_forward_collegue_cc.eml", L, A("Julie Marec", "julie.marec@solaris-energies.fr"),
         "TR: Rappel : facture F-2026-0436 échue", D(1, 10, 41), to=A("Nadia Chérif", "nadia.cherif@solaris-energies.fr"), cc=OWN,
         text="Bonjour Nadia,\n\nPeux-tu regarder cette facture stp ? Je crois qu'elle est restée bloquée dans le circuit de validation. "
              "Maëlle est en copie.\n\nMerci !\nJulie\n\n-----Message d'origine-----\nDe : Maëlle Kerbrat <maelle@kerbrat-design.fr>\n"
              "Envoyé : lundi 30 novembre 2026 08:00\nÀ : Julie Marec <julie.marec@solaris-energies.fr>\nObjet : Rappel : facture F-2026-0436 échue\n\n"
              "Bonjour Julie,\nLa facture F-2026-0436 (2 400,00 €) est échue depuis le 15 novembre...\n",
         irt=REM(436), row=H(L, "fr", "Solaris Énergies", "forward to colleague, owner in Cc, To is not the owner"))
    mail(f"{L}/petitpas_fr_pas_encore_pu_payer.eml", L, A("Agathe Petitpas", "agathe@petitpas-librairie.fr"), RF(437), D(3, 18, 0),
         "Bonjour Maëlle,\n\nJe ne conteste évidemment pas la facture, le travail est top. Mais je n'ai pas encore pu payer : "
         "les ventes de novembre ont été très faibles et j'attends le versement de la subvention régionale. "
         "Je reviens vers vous dès que j'y vois plus clair, promis.\n\nAgathe\n",
         irt=REM(437), row=H(L, "fr", "Librairie Petitpas", "negations: 'ne conteste pas', 'pas encore pu payer', no date"))
    mail(f"{L}/yoann_fr_tu_ce_soir.eml", L, A("Yoann", "yoann@kitesurf-quiberon.fr"), RF(438), D(2, 12, 31),
         "Salut Maëlle,\n\nOups désolé j'ai complètement zappé !! je te fais le virement ce soir.\n\nBises\nYo\n",
         irt=REM(438), row=H(L, "fr", "Kitesurf Quiberon", "informal 'tu', 'ce soir'", "promise_date=2026-12-02"))
    mail(f"{L}/cooperl_fr_ne_contestons_pas_echeancier.eml", L, A("Service Achats Coop'Agri Ouest", "achats@coopagri-ouest.fr"), RF(439),
         D(4, 9, 14),
         "Madame,\n\nNous ne contestons pas le montant de votre facture F-2026-0439. Toutefois, conformément à nos conditions générales "
         "d'achat, son règlement interviendra lors de notre échéance fournisseurs du 21 décembre.\n\nSalutations distinguées.\n\n"
         "Service Achats\nCoop'Agri Ouest\n",
         irt=REM(439), row=H(L, "fr", "Coop'Agri Ouest", "'nous ne contestons pas' + date", "promise_date=2026-12-21"))
    mail(f"{L}/fernhill_en_deliverables_dispute.eml", L, A("Mark Ellison", "mark@fernhill-labs.io"), RE(440), D(1, 19, 2, 0),
         "Maelle,\n\nWe haven't received the final design files for phase 2 (the Figma handoff was supposed to include the component library). "
         "Until that's delivered we won't be paying INV-0440.\n\nMark\n",
         irt=REM(440), row=H(L, "en", "Fernhill Labs", "English dispute: deliverables missing", "dispute=yes"))
    mail(f"{L}/corvid_en_paid_nov26.eml", L, A("Finance Team", "finance@corvid-games.com"), RE(441), D(30, 13, 20, 0),
         "Hi,\n\nOur records show INV-0441 was paid on Nov 26 via SEPA transfer, reference CORVID-PAY-88213. "
         "It may take a few days to show up on your side.\n\nBest,\nCorvid Games Finance\n",
         irt=REM(441), row=H(L, "en", "Corvid Games", "already paid with date and their ref", "already_paid=2026-11-26"))
    mail(f"{L}/lemee_fr_question_tva.eml", L, A("Christophe Lemée", "c.lemee@lemee-optique.fr"), RF(442), D(2, 11, 11),
         "Bonjour,\n\nAvant de payer j'ai une question : la facture est en HT avec la mention « TVA non applicable, art. 293 B du CGI ». "
         "Vous êtes donc en franchise de TVA ? Notre expert-comptable me demande de vérifier.\n\nMerci,\nChristophe Lemée\n",
         irt=REM(442), row=H(L, "fr", "Lemée Optique", "question about VAT, 'avant de payer' no date"))
    mail(f"{L}/vauban_fr_trop_de_relances.eml", L, A("Isabelle Vauban", "isabelle.vauban@vauban-rh.fr"), RF(443), D(3, 17, 50),
         "Bonjour,\n\nTrois relances en dix jours, c'est un peu excessif. Notre contrat prévoit un paiement à 45 jours fin de mois, "
         "ce que vous pouvez vérifier à l'article 6. La facture n'est donc pas en retard.\n\nMerci de mettre à jour votre suivi.\n\nI. Vauban\n",
         irt=REM(443), row=H(L, "fr", "Vauban RH", "complaint about reminders, says invoice not yet due",
                              "dispute=yes", "contests the due date (not the amount); no payment date stated"))
    mail(f"{L}/liste_freelances_rennes_post.eml", L, A("Gwenaël Hamon", "gwen.hamon@example.org"),
         "Re: [freelances-rennes] Relancer un client qui ne répond plus ?", D(2, 8, 12), to="freelances-rennes@lists.example.org",
         text="Salut à tous,\n\nPerso je passe par une mise en demeure en recommandé au bout de 60 jours, ça débloque 9 fois sur 10. "
              "Et pensez à l'indemnité forfaitaire de 40 € pour frais de recouvrement, elle est due de plein droit entre pros.\n\nGwen\n\n"
              "_______________________________________________\nfreelances-rennes mailing list\nfreelances-rennes@lists.example.org\n"
              "https://lists.example.org/mailman/listinfo/freelances-rennes\n",
         extra=[("List-Id", "<freelances-rennes.lists.example.org>"), ("List-Unsubscribe", "<mailto:freelances-rennes-leave@lists.example.org>"),
                ("Precedence", "list")],
         row=H(L, "fr", "freelances-rennes list", "mailing-list post by a person, talks about payment, List-Id/Precedence: list"))
    mail(f"{L}/arvor_fr_acompte_solde_31.eml", L, A("Pierre-Yves Arvor", "py.arvor@arvor-brasserie.fr"), RF(444), D(2, 16, 40),
         "Bonjour Maëlle,\n\nOn vous a versé 500 € aujourd'hui sur la facture F-2026-0444. Le solde (1 100 €) suivra le 31 décembre, "
         "après nos ventes de fin d'année.\n\nMerci pour votre patience,\nPierre-Yves\nBrasserie Arvor\n",
         irt=REM(444), row=H(L, "fr", "Brasserie Arvor", "partial payment today + balance later",
                              "already_paid=2026-12-02;promise_date=2026-12-31", "already_paid is partial (500 of 1600)"))
    mail(f"{L}/celtys_fr_5_janvier.eml", L, A("Éric Morvan", "eric.morvan@celtys.fr"), RF(445), D(3, 9, 59),
         "Bonjour,\n\nNos comptes sont clôturés pour décembre. Le paiement sera fait au 5 janvier.\n\nCordialement\nÉric Morvan\n",
         irt=REM(445), row=H(L, "fr", "Celtys", "date in next year without year", "promise_date=2027-01-05"))
    mail(f"{L}/halloran_en_paid_remittance_pdf.eml", L, A("Siobhan Halloran", "s.halloran@halloran-print.ie"), RE(446), D(4, 11, 5, 0),
         "Paid. See attached remittance.\n\nSiobhan\n",
         irt=REM(446), attachments=[attach("Remittance_Advice_INV-0446.pdf", pdf(["Halloran Print Ltd - Remittance Advice",
                                   "Payee: Kerbrat Design", "Invoice INV-0446  EUR 890.00", "Payment date 03/12/2026"]))],
         row=H(L, "en", "Halloran Print", "two words + PDF remittance", "already_paid=claimed", "date only in PDF"))
    mail(f"{L}/garnier_fr_parti_ce_matin.eml", L, A("Lucie Garnier", "lucie@boulangerie-garnier.fr"), RF(447), D(4, 10, 2),
         "Pas de souci, c'est parti ce matin !\n\nLucie\n", irt=REM(447),
         row=H(L, "fr", "Boulangerie Garnier", "'c'est parti ce matin' = paid today", "already_paid=2026-12-04"))
    mail(f"{L}/nautilia_fr_virement_programme_10_12.eml", L, A("Compta Nautilia", "compta@nautilia.fr"), RF(448), D(1, 14, 16),
         "Bonjour,\nVirement programmé pour le 10/12.\nCordialement,\nLe service comptable\n", irt=REM(448),
         row=H(L, "fr", "Nautilia", "numeric date 10/12", "promise_date=2026-12-10"))
    mail(f"{L}/ravel_fr_semaine_prochaine.eml", L, A("Hugo Ravel", "hugo.ravel@ravel-archi.fr"), RF(449), D(3, 19, 20),
         "Bonsoir,\n\nOui pardon, je m'en occupe la semaine prochaine.\n\nHugo Ravel\nRavel Architecture\n", irt=REM(449),
         row=H(L, "fr", "Ravel Architecture", "'la semaine prochaine'", "promise_date=week_of_2026-12-07"))
    mail(f"{L}/quayside_en_end_of_month.eml", L, A("Tom Bellamy", "tom@quayside-events.co.uk"), RE(450), D(1, 9, 45, 0),
         "Hi Maëlle,\n\nSorry - cash flow is tight after the autumn season. We'll settle this by the end of the month.\n\nTom\n",
         irt=REM(450), row=H(L, "en", "Quayside Events", "'by the end of the month'", "promise_date=2026-12-31"))
    mail(f"{L}/zentrix_en_who_are_you.eml", L, A("Laura Kemp", "laura.kemp@zentrix-software.com"), RE(451), D(2, 14, 55, -8),
         "Hello,\n\nI'm not sure who you are - I can't find any purchase order or contract with Kerbrat Design in our system, "
         "and as far as I know we never engaged your services. Please do not send further reminders until you can provide a signed PO.\n\n"
         "Laura Kemp\nProcurement, Zentrix Software\n",
         irt=REM(451), row=H(L, "en", "Zentrix Software", "denies the engagement", "dispute=yes"))
    mail(f"{L}/maudez_fr_banque_bloque.eml", L, A("Yves Maudez", "yves@maudez-transports.fr"), RF(452), D(1, 8, 20),
         "Bonjour,\n\nJe ne conteste pas le montant, mais je n'ai pas encore pu payer : notre banque a bloqué les virements sortants "
         "le temps d'un contrôle. Je vous tiens au courant dès que c'est réglé.\n\nYves Maudez\n", irt=REM(452),
         row=H(L, "fr", "Maudez Transports", "double negation, no date"))
    mail(f"{L}/holding_fr_refaire_facture.eml", L, A("Claire Dantec", "claire.dantec@dantec-holding.fr"), RF(453), D(30, 16, 33),
         "Bonjour Maëlle,\n\nPourriez-vous refaire la facture au nom de notre maison mère, DANTEC HOLDING SAS, 4 quai Duguay-Trouin, 35000 Rennes "
         "(SIREN 800 000 001) ? Notre comptabilité ne peut pas la payer au nom de la filiale.\n\nMerci,\nClaire\n",
         irt=REM(453), row=H(L, "fr", "Dantec Holding", "asks reissued invoice with other entity", "request_invoice=yes"))
    mail(f"{L}/brehat_fr_facture_et_rib.eml", L, A("Mathilde Rio", "mathilde.rio@brehat-nautisme.fr"), RF(454), D(2, 9, 51),
         "Bonjour,\n\npourriez vous me renvoyer la facture ainsi que votre RIB svp ? notre nouvelle comptable n'a rien retrouvé\n\nmerci\nMathilde\n",
         irt=REM(454), row=H(L, "fr", "Bréhat Nautisme", "lowercase, both requests", "request_invoice=yes;request_rib=yes"))
    mail(f"{L}/kerne_fr_tu_paye_depuis_lundi.eml", L, A("Seb Kerné", "seb@kerne-surfshop.fr"), RF(455), D(3, 12, 12),
         "Hello Maëlle,\n\nt'inquiète c'est payé depuis lundi normalement, tu peux vérifier de ton côté ? Sinon dis moi et je regarde avec la banque\n\nSeb\n",
         irt=REM(455), row=H(L, "fr", "Kerné Surfshop", "'tu', 'depuis lundi' resolved to 30 Nov", "already_paid=2026-11-30"))
    mail(f"{L}/pinecrest_en_assistant_other_address.eml", L, A("Rachel Moore", "rachel.moore@pinecrest-partners.com"),
         "Invoice INV-0456 - Kerbrat Design", D(1, 15, 0, -5),
         "Dear Ms. Kerbrat,\n\nI'm writing on behalf of David Lindqvist, who is travelling this week and forwarded me your reminder. "
         "I've checked with our controller: the payment will go out on December 15 with our mid-month vendor run.\n\n"
         "Kind regards,\nRachel Moore\nExecutive Assistant to the CEO\nPinecrest Partners LLC\n",
         row=H(L, "en", "Pinecrest Partners", "assistant writes from another address, fresh thread", "promise_date=2026-12-15"))
    mail(f"{L}/ecole_fr_recu_transmis.eml", L, A("Secrétariat École Saint-Hélier", "secretariat@ecole-sainthelier.fr"), RF(457), D(30, 11, 58),
         "Reçu, je transmets à la compta.\n\nLe secrétariat\n", irt=REM(457),
         row=H(L, "fr", "École Saint-Hélier", "acknowledgement, passes on"))
    mail(f"{L}/odyssee_fr_site_mobile_litige.eml", L, A("Bertrand Kerouac", "b.kerouac@odyssee-immobilier.fr"), RF(458), D(4, 16, 8),
         "Madame,\n\nLe site que vous nous avez livré ne s'affiche pas correctement sur mobile, plusieurs de nos clients s'en sont plaints. "
         "Nous ne réglerons pas cette facture tant que les corrections n'auront pas été faites, et nous demandons une remise de 20 %.\n\n"
         "B. Kerouac\nGérant\n", irt=REM(458),
         row=H(L, "fr", "Odyssée Immobilier", "dispute on quality, conditional refusal to pay", "dispute=yes"))
    mail(f"{L}/stonebridge_en_thanks_noted.eml", L, A("James Okafor", "j.okafor@stonebridge-consulting.co.uk"), RE(459), D(3, 10, 30, 0),
         "Thanks, noted.\n\nJ.\n\nSent from Outlook for Android\n", irt=REM(459),
         row=H(L, "en", "Stonebridge Consulting", "two words, Outlook Android"))
    mail(f"{L}/salaun_fr_payer_par_carte.eml", L, A("Annie Salaün", "annie.salaun@example.com"), RF(460), D(2, 20, 5),
         "Bonsoir,\n\nEst-il possible de payer par carte bancaire ? Je n'ai pas accès aux virements sur mon compte pro depuis mon téléphone. "
         "Si vous avez un lien de paiement je règle tout de suite.\n\nAnnie Salaün\n", irt=REM(460),
         row=H(L, "fr", "Annie Salaün (particulier)", "asks for a card payment link"))
    latin = ("Bonjour,\n\nJe vous confirme que le réglement sera effectué à réception de la facture rectifiée "
             "(l'adresse de facturation est erronée : nous avons déménagé au 3 rue Châteaubriand, 35400 Saint-Malo).\n\n"
             "Cordialement,\nFrançoise Hervé\nHôtel des Remparts\n")
    write(f"{L}/remparts_fr_broken_mime_latin1.eml", L,
          [("From", "=?iso-8859-1?Q?Fran=E7oise_Herv=E9?= <direction@hotel-remparts.fr>"), ("To", OWNER),
           ("Subject", "=?iso-8859-1?Q?Re:_Rappel_:_facture_F-2026-0461_=E9chue?="), ("Date", D(3, 14, 44)),
           ("Message-ID", mid("hotel-remparts.fr")), ("In-Reply-To", REM(461)), ("MIME-Version", "1.0")],
          ([("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], latin.encode("latin-1")),
          H(L, "fr", "Hôtel des Remparts", "broken MIME: latin-1 8bit bytes with no charset parameter",
            "request_invoice=yes", "asks for a corrected invoice (wrong address), not contesting the work"))
    mail(f"{L}/menez_fr_relance_du_20_novembre.eml", L, A("Gaëlle Ménez", "gaelle@menez-fleurs.fr"), RF(462), D(4, 8, 31),
         "Bonjour Maëlle,\n\nJ'ai bien reçu votre relance du 20 novembre puis celle de lundi. Je n'ai pas oublié ! "
         "Le paiement partira jeudi prochain, le temps que ma cliente principale me règle elle-même.\n\nGaëlle\n", irt=REM(462),
         row=H(L, "fr", "Ménez Fleurs", "distractor dates (20 nov, lundi) + 'jeudi prochain'", "promise_date=2026-12-10",
               "sent Friday 4 Dec: 'jeudi prochain' = Thu 10 Dec"))

# ---------------------------------------------------------------- payment_notification
AUTO_FR = "Ceci est un message automatique, merci de ne pas y répondre."

def table(rows):
    return ("<table role=\"presentation\" width=\"100%\" cellpadding=\"6\" style=\"border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<tr><td style=\"color:#6b6b6b;border-bottom:1px solid #eee\">{k}</td><td style=\"text-align:right;border-bottom:1px solid #eee\"><b>{v}</b></td></tr>" for k, v in rows)
            + "</table>")

def wrap(title, inner, footer):
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>"
            "<body style=\"margin:0;background:#f4f4f6\"><div style=\"max-width:560px;margin:0 auto;background:#fff;padding:24px\">"
            f"<h1 style=\"font-size:20px;font-family:Arial,sans-serif\">{title}</h1>{inner}"
            f"<p style=\"font-size:11px;color:#999;font-family:Arial,sans-serif\">{footer}</p></div></body></html>\n")

def payments():
    L = "payment_notification"
    P = lambda prov, grp, pat, money, lang="fr", notes="": H(L, lang, grp, pat, provider=prov, money=money, notes=notes)
    # Qonto: money in, multipart/alternative
    t = ("Bonjour Maëlle,\n\nVous avez reçu un virement de 1 480,00 € de la part de ATELIER BRUNEL.\n\n"
         "Référence : F-2026-0412\nDate : 04/12/2026\nCompte : Compte principal (FR76 •••• 4821)\n\n"
         "Voir la transaction : https://app.qonto.com/transactions\n\nL'équipe Qonto\n\n"
         "Qonto – Établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail car les notifications de virements entrants sont activées.\n")
    h = wrap("Vous avez reçu un virement", "<p>Bonjour Maëlle,</p><p>Vous avez reçu un virement de <b>1 480,00 €</b> de la part de <b>ATELIER BRUNEL</b>.</p>"
             + table([("Référence", "F-2026-0412"), ("Date", "04/12/2026"), ("Compte", "Compte principal")]),
             "Qonto – Établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail car les notifications de virements entrants sont activées.")
    mail(f"{L}/qonto_fr_virement_recu.eml", L, A("Qonto", "no-reply@qonto.com"), "Vous avez reçu un virement de 1 480,00 €", D(4, 11, 3), t, h,
         row=P("Qonto", "Qonto", "incoming transfer, text+html", ("in", "1480.00", "EUR", "ATELIER BRUNEL", "F-2026-0412", "2026-12-04", "yes"),
               notes="wording modelled on neobank transfer-received notices; not a verbatim sample"))
    # Qonto card payment
    mail(f"{L}/qonto_fr_paiement_carte.eml", L, A("Qonto", "no-reply@qonto.com"), "Paiement par carte de 23,90 € chez SNCF CONNECT", D(1, 7, 58),
         None, wrap("Paiement par carte", "<p>Une transaction a été effectuée avec votre carte One •••• 7730.</p>"
                    + table([("Marchand", "SNCF CONNECT"), ("Montant", "-23,90 €"), ("Date", "01/12/2026 07:57")]),
                    "Vous recevez cet e-mail car vous êtes titulaire de la carte. " + AUTO_FR),
         row=P("Qonto", "Qonto", "card payment, HTML only", ("out", "23.90", "EUR", "", "SNCF CONNECT", "2026-12-01", "no")))
    mail(f"{L}/qonto_fr_virement_rejete.eml", L, A("Qonto", "no-reply@qonto.com"), "Votre virement à OVH SAS a été rejeté", D(2, 9, 20),
         "Bonjour Maëlle,\n\nVotre virement de 71,88 € à OVH SAS (référence : FR45879331) a été rejeté par la banque du bénéficiaire.\n"
         "Motif : IBAN du bénéficiaire clôturé (AC04).\nLe montant a été recrédité sur votre compte le 02/12/2026.\n\n"
         "Besoin d'aide ? Contactez-nous depuis l'application.\n\nL'équipe Qonto\n",
         row=P("Qonto", "Qonto", "outgoing transfer rejected, money back (not a client payment)",
               ("failed", "71.88", "EUR", "", "FR45879331", "2026-12-02", "no")))
    # Shine: tutoiement
    mail(f"{L}/shine_fr_tu_as_recu.eml", L, A("Shine", "notifications@shine.fr"), "💸 Tu as reçu un virement de 850,00 €", D(3, 14, 22),
         "Hello Maëlle,\n\nBonne nouvelle : SARL MAISON FERRAND t'a envoyé 850,00 €.\nLibellé : FACT F2026 0415 ACOMPTE\n\n"
         "Le virement est déjà disponible sur ton compte Shine.\n\nÀ très vite,\nLa team Shine\n\n"
         "Shine SAS, établissement de paiement agréé. Tu reçois cet e-mail car tu as activé les notifications de transactions.\n",
         row=P("Shine", "Shine", "'tu', emoji subject, partial payment label",
               ("in", "850.00", "EUR", "SARL MAISON FERRAND", "FACT F2026 0415 ACOMPTE", "2026-12-03", "yes")))
    mail(f"{L}/shine_fr_remboursement_recu.eml", L, A("Shine", "notifications@shine.fr"), "Tu as reçu un remboursement de 49,00 €", D(30, 16, 11),
         "Hello Maëlle,\n\nADOBE SYSTEMS SOFTWARE t'a remboursé 49,00 € sur ta carte •••• 1184.\n\nLa team Shine\n\n" + AUTO_FR + "\n",
         row=P("Shine", "Shine", "merchant refund to the owner's card", ("refund", "49.00", "EUR", "", "ADOBE SYSTEMS SOFTWARE", "2026-11-30", "no")))
    # BNP Paribas: avis d'opérations HTML two lines
    mail(f"{L}/bnp_fr_avis_operations_in_out.eml", L, A("BNP Paribas", "alertes@bnpparibas.com"), "Alerte : mouvements sur votre compte",
         D(2, 6, 30), None,
         wrap("Vos alertes BNP Paribas", "<p>Madame KERBRAT MAELLE,</p><p>Les opérations suivantes ont été enregistrées sur votre compte professionnel n° ****3390 :</p>"
              "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse;font-size:13px\"><tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>"
              "<tr><td>01/12/2026</td><td>VIR SEPA RECU /DE OCEANIS VOYAGES /MOTIF F-2026-0433</td><td></td><td>3 200,00</td></tr>"
              "<tr><td>01/12/2026</td><td>PRLV SEPA URSSAF BRETAGNE</td><td>612,00</td><td></td></tr></table>",
              "BNP Paribas SA au capital de ... – Pour votre sécurité, BNP Paribas ne vous demandera jamais vos codes par e-mail. " + AUTO_FR),
         row=P("BNP Paribas", "BNP Paribas", "HTML table, one credit + one debit",
               ("in|out", "3200.00|612.00", "EUR", "OCEANIS VOYAGES|", "F-2026-0433|PRLV SEPA URSSAF BRETAGNE", "2026-12-01|2026-12-01", "yes"),
               notes="counts_as_payment=yes for the credit line"))
    mail(f"{L}/bnp_fr_virement_credite.eml", L, A("BNP Paribas", "alertes@bnpparibas.com"), "Un virement a été crédité sur votre compte",
         D(4, 6, 31), "Madame,\n\nNous vous informons qu'un virement d'un montant de 1 150,00 EUR émis par ARMORIQUE EMBALLAGES "
         "a été crédité sur votre compte ****3390 le 03/12/2026.\nMotif : REGLT FACT F-2026-0434\n\nVotre conseiller BNP Paribas\n\n"
         + AUTO_FR + "\n", charset="iso-8859-1",
         row=P("BNP Paribas", "BNP Paribas", "plain text latin-1", ("in", "1150.00", "EUR", "ARMORIQUE EMBALLAGES", "REGLT FACT F-2026-0434", "2026-12-03", "yes")))
    mail(f"{L}/ca_fr_operation_credit_seuil.eml", L, A("Crédit Agricole", "alerte@credit-agricole.fr"),
         "Crédit Agricole - Alerte opération au crédit", D(1, 8, 2),
         "Bonjour,\n\nVotre alerte « Opération créditrice supérieure à 500 € » s'est déclenchée.\n\n"
         "Compte : CCP PRO ...5521\nOpération : VIREMENT EN VOTRE FAVEUR DE NAUTILIA REF 2026-11-448\nMontant : +1 320,00 €\nDate : 30/11/2026\n\n"
         "Pour modifier vos alertes, connectez-vous à votre espace Crédit Agricole En Ligne.\n\nCe message vous est envoyé automatiquement, merci de ne pas y répondre.\n",
         row=P("Crédit Agricole", "Crédit Agricole", "threshold alert wording, '+1 320,00 €'",
               ("in", "1320.00", "EUR", "NAUTILIA", "2026-11-448", "2026-11-30", "yes")))
    mail(f"{L}/sg_fr_paiement_carte.eml", L, A("Société Générale", "alertes@societegenerale.fr"), "Alerte carte : paiement de 59,90 EUR",
         D(3, 20, 14), "Madame, Monsieur,\n\nUn paiement par carte de 59,90 EUR a été effectué le 03/12/2026 chez FNAC RENNES avec votre carte se terminant par 4402.\n\n"
         "Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement le 09 69 39 77 77.\n\n" + AUTO_FR + "\n",
         row=P("Société Générale", "Société Générale", "card payment alert", ("out", "59.90", "EUR", "", "FNAC RENNES", "2026-12-03", "no")))
    mail(f"{L}/lcl_fr_alerte_solde.eml", L, A("LCL", "alertes@lcl.fr"), "LCL - Alerte solde", D(30, 7, 0),
         "Bonjour,\n\nLe solde de votre compte ****8812 est de 187,42 € au 30/11/2026, inférieur au seuil de 200,00 € que vous avez défini.\n\n"
         "LCL – Le Crédit Lyonnais\n" + AUTO_FR + "\n",
         row=P("LCL", "LCL", "balance alert with an amount (not a movement)", ("statement", "187.42", "EUR", "", "", "2026-11-30", "no")))
    mail(f"{L}/lbp_fr_releve_disponible.eml", L, A("La Banque Postale", "noreply@labanquepostale.fr"), "Votre relevé de compte est disponible",
         D(2, 5, 12), None, wrap("Votre relevé de compte de novembre 2026 est disponible",
                                 "<p>Bonjour,</p><p>Votre relevé de compte professionnel du mois de novembre 2026 est disponible dans votre espace client, rubrique e-Documents.</p>",
                                 "La Banque Postale – " + AUTO_FR),
         row=P("La Banque Postale", "La Banque Postale", "statement available, no amount", ("statement", "", "EUR", "", "", "", "no")))
    mail(f"{L}/cic_fr_prelevement.eml", L, A("CIC", "alertes@cic.fr"), "CIC - Avis de prélèvement", D(1, 6, 45),
         "Madame KERBRAT,\n\nUn prélèvement SEPA va être débité de votre compte ****0276 :\n"
         "Créancier : FREE PRO\nMontant : 39,99 EUR\nRéférence de mandat : FPRO-77821934\nDate d'échéance : 03/12/2026\n\n" + AUTO_FR + "\n",
         row=P("CIC", "Crédit Mutuel-CIC", "direct debit announced (out)", ("out", "39.99", "EUR", "", "FPRO-77821934", "2026-12-03", "no")))
    mail(f"{L}/creditmutuel_fr_retour_virement.eml", L, A("Crédit Mutuel", "alertes@creditmutuel.fr"), "Retour de votre virement", D(3, 10, 7),
         "Bonjour,\n\nLe virement de 250,00 EUR émis le 01/12/2026 au profit de M. LE BRAS ALAN nous a été retourné par la banque du bénéficiaire.\n"
         "Motif du retour : compte inexistant. Les fonds ont été recrédités sur votre compte.\n\nCrédit Mutuel de Bretagne\n",
         row=P("Crédit Mutuel", "Crédit Mutuel-CIC", "returned outgoing transfer; recredit is NOT a client payment",
               ("failed", "250.00", "EUR", "", "", "2026-12-03", "no")))
    mail(f"{L}/boursorama_fr_montant_sujet.eml", L, A("Boursorama Banque", "alertes@boursorama.fr"), "Virement reçu de SAS KERVELLA IMMO : 960,00 €",
         D(2, 8, 4), None, "<html><body><p>Bonjour,</p><p>Une nouvelle opération est disponible sur votre compte. "
         "<a href=\"https://clients.boursorama.com\">Consultez votre espace client</a> pour en voir le détail.</p>"
         "<p style=\"font-size:10px\">Boursorama – " + AUTO_FR + "</p></body></html>\n",
         row=P("Boursorama", "Boursorama", "amount and payer only in subject", ("in", "960.00", "EUR", "SAS KERVELLA IMMO", "", "2026-12-02", "yes")))
    mail(f"{L}/boursorama_fr_virement_emis.eml", L, A("Boursorama Banque", "alertes@boursorama.fr"), "Confirmation de votre virement",
         D(4, 12, 40), "Bonjour,\n\nVotre virement de 1 200,00 € vers le compte de ÉPARGNE PRO a bien été exécuté le 04/12/2026.\n\nBoursorama\n" + AUTO_FR + "\n",
         row=P("Boursorama", "Boursorama", "own outgoing transfer confirmation", ("out", "1200.00", "EUR", "", "", "2026-12-04", "no")))
    mail(f"{L}/hellobank_fr_vous_avez_recu.eml", L, A("Hello bank!", "notification@hellobank.fr"), "Vous avez reçu un virement", D(30, 13, 37),
         "Bonjour Maëlle,\n\nVous avez reçu un virement de 2 150,00 € de NORDHAVEN STUDIOS LTD.\nLibellé : INV-0420 NORDHAVEN\n\n"
         "Hello bank! est une marque de BNP Paribas. " + AUTO_FR + "\n",
         row=P("Hello bank!", "Hello bank!", "incoming transfer, short", ("in", "2150.00", "EUR", "NORDHAVEN STUDIOS LTD", "INV-0420 NORDHAVEN", "2026-11-30", "yes")))
    mail(f"{L}/fortuneo_fr_2_virements.eml", L, A("Fortuneo", "alertes@fortuneo.fr"), "2 virements reçus sur votre compte", D(3, 7, 30), None,
         wrap("2 virements reçus", "<p>Bonjour,</p><p>Les virements suivants ont été crédités sur votre compte courant :</p>"
              + table([("02/12 – VIR BOULANGERIE GARNIER – F-2026-0447", "+420,00 €"), ("02/12 – VIR CREPERIE TANGUY – FACT 429", "+275,00 €")]),
              "Fortuneo – " + AUTO_FR),
         row=P("Fortuneo", "Fortuneo", "plural, two credits in one notice",
               ("in|in", "420.00|275.00", "EUR", "BOULANGERIE GARNIER|CREPERIE TANGUY", "F-2026-0447|FACT 429", "2026-12-02|2026-12-02", "yes")))
    mail(f"{L}/caisse_epargne_fr_rejet_prelevement.eml", L, A("Caisse d'Epargne", "notification@caisse-epargne.fr"),
         "Information : rejet d'un prélèvement", D(1, 11, 15),
         "Madame,\n\nNous vous informons que le prélèvement SEPA de 612,00 EUR présenté par URSSAF BRETAGNE le 30/11/2026 "
         "a été rejeté pour provision insuffisante.\nDes frais de 20,00 EUR pourront être appliqués.\n\n"
         "Votre Caisse d'Epargne Bretagne Pays de Loire\n" + AUTO_FR + "\n", charset="windows-1252",
         row=P("Caisse d'Épargne", "Caisse d'Épargne", "direct debit rejected, windows-1252", ("failed", "612.00", "EUR", "", "URSSAF BRETAGNE", "2026-11-30", "no")))
    mail(f"{L}/banquepop_fr_virement_instantane.eml", L, A("Banque Populaire", "no-reply@banquepopulaire.fr"), "Virement instantané reçu",
         D(2, 21, 47), "Bonjour,\n\nUn virement instantané de 780,00 € vient d'être crédité sur votre compte.\nÉmetteur : CHAPRON LOIC\n"
         "Libellé : facture 435\n\nBanque Populaire Grand Ouest\n" + AUTO_FR + "\n",
         row=P("Banque Populaire", "Banque Populaire", "instant transfer, evening", ("in", "780.00", "EUR", "CHAPRON LOIC", "facture 435", "2026-12-02", "yes")))
    mail(f"{L}/n26_en_received.eml", L, A("N26", "no-reply@n26.com"), "You've received €1,200.00", D(1, 12, 5),
         "Hi Maëlle,\n\nBrightwave Media Ltd just sent you €1,200.00.\nReference: BW-PAY-2026-1187 INV-0421\n\n"
         "Your N26 Team\n\nYou are receiving this email because you enabled transaction notifications in the N26 app.\n",
         row=P("N26", "N26", "English neobank, €1,200.00", ("in", "1200.00", "EUR", "Brightwave Media Ltd", "BW-PAY-2026-1187 INV-0421", "2026-12-01", "yes"), "en"))
    mail(f"{L}/n26_fr_prelevement.eml", L, A("N26", "no-reply@n26.com"), "Prélèvement de 29,99 €", D(3, 6, 2),
         "Bonjour Maëlle,\n\nFigma Inc. a prélevé 29,99 € sur ton compte N26.\n\nL'équipe N26\n",
         row=P("N26", "N26", "direct debit taken, French", ("out", "29.99", "EUR", "", "Figma Inc.", "2026-12-03", "no")))
    mail(f"{L}/revolut_en_received_gbp.eml", L, A("Revolut Business", "no-reply@revolut.com"), "You've received £950.00 from QUAYSIDE EVENTS LTD",
         D(4, 14, 19, 0), None, wrap("Money received", "<p>Hi Maëlle,</p><p><b>QUAYSIDE EVENTS LTD</b> sent <b>£950.00</b> to your GBP account.</p>"
                                  + table([("Reference", "INV0450"), ("Date", "4 Dec 2026")]),
                                  "Revolut Ltd. You're receiving this email because you have a Revolut Business account."),
         row=P("Revolut Business", "Revolut Business", "GBP account", ("in", "950.00", "GBP", "QUAYSIDE EVENTS LTD", "INV0450", "2026-12-04", "yes"), "en"))
    mail(f"{L}/revolut_en_incoming_pending.eml", L, A("Revolut Business", "no-reply@revolut.com"), "Incoming transfer pending review",
         D(2, 10, 50, 0), "Hi Maëlle,\n\nWe've received a transfer of €2,100.00 from ELMWOOD ANALYTICS INC for your account. "
         "It's currently under review and will be credited once our checks are complete (usually within 1 business day).\n\n"
         "No action is needed.\n\nRevolut Business\n",
         row=P("Revolut Business", "Revolut Business", "pending: money not yet on the account", ("none", "2100.00", "EUR", "ELMWOOD ANALYTICS INC", "", "", "no"), "en"))
    mail(f"{L}/wise_en_received.eml", L, A("Wise", "noreply@wise.com"), "You've received 2,300 EUR", D(3, 16, 2, 0),
         "Hi Maëlle,\n\nYou've received 2,300.00 EUR from Pinecrest Partners LLC.\nReference: INV-0456\n\nIt's now in your EUR balance.\n\n"
         "The Wise team\n\nWise Europe SA. You're receiving this email because you have a Wise account.\n",
         row=P("Wise", "Wise", "received, amount in subject without decimals", ("in", "2300.00", "EUR", "Pinecrest Partners LLC", "INV-0456", "2026-12-03", "yes"), "en"))
    mail(f"{L}/wise_en_transfer_on_its_way.eml", L, A("Wise", "noreply@wise.com"), "Your money's on its way", D(1, 9, 4, 0),
         "Hi Maëlle,\n\nYour transfer of 300.00 GBP to Polished Pixels Ltd is on its way. It should arrive by 2 December.\n\nThe Wise team\n",
         row=P("Wise", "Wise", "outgoing transfer", ("out", "300.00", "GBP", "", "", "2026-12-02", "no"), "en"))
    mail(f"{L}/stripe_fr_paiement_recu.eml", L, A("Stripe", "notifications@stripe.com"), "Paiement de 480,00 € reçu de Annie Salaün",
         D(3, 9, 11), "Kerbrat Design a reçu un paiement de 480,00 €.\n\nClient : Annie Salaün (annie.salaun@example.com)\n"
         "Description : Facture F-2026-0460\nMoyen de paiement : Visa •••• 4242\n\nAfficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments\n\n"
         "Vous recevez cet e-mail car vous avez activé les notifications de paiements réussis.\n",
         row=P("Stripe", "Stripe", "card payment captured by PSP (money in)", ("in", "480.00", "EUR", "Annie Salaün", "Facture F-2026-0460", "2026-12-03", "yes")))
    mail(f"{L}/stripe_en_payout_on_its_way.eml", L, A("Stripe", "notifications@stripe.com"), "Your €2,345.10 payout for Kerbrat Design is on its way",
         D(30, 3, 12, 0), "Your payout of €2,345.10 is on its way to your bank account (FR76 **** 4821) and should arrive by 1 December 2026.\n\n"
         "This payout includes 6 payments and 1 refund.\n\nView payout: https://dashboard.stripe.com/payouts\n\n— The Stripe team\n",
         row=P("Stripe", "Stripe", "payout bundling several payments", ("in", "2345.10", "EUR", "", "", "2026-12-01", "no_aggregate"), "en"))
    mail(f"{L}/stripe_en_payout_failed.eml", L, A("Stripe", "notifications@stripe.com"), "Action required: your payout failed",
         D(2, 4, 0, 0), "Hi,\n\nA payout of €618.40 to your bank account ending in 4821 failed. The bank reported: account_closed.\n"
         "Update your bank account details in the Dashboard so we can retry.\n\n— The Stripe team\n",
         row=P("Stripe", "Stripe", "payout failed", ("failed", "618.40", "EUR", "", "", "2026-12-02", "no"), "en"))
    mail(f"{L}/stripe_en_dispute.eml", L, A("Stripe", "notifications@stripe.com"), "A payment of €480.00 has been disputed", D(4, 17, 33, 0),
         "A customer has disputed a €480.00 payment to Kerbrat Design. Reason: product_not_received.\n\n"
         "The disputed amount and a €20.00 dispute fee have been withdrawn from your balance. Submit evidence by 18 December 2026.\n\n— The Stripe team\n",
         row=P("Stripe", "Stripe", "chargeback", ("chargeback", "480.00", "EUR", "", "", "2026-12-04", "no"), "en"))
    mail(f"{L}/paypal_fr_paiement_recu.eml", L, A("service@paypal.fr", "service@paypal.fr"), "Vous avez reçu un paiement", D(1, 18, 25),
         "Bonjour Maëlle Kerbrat,\n\nJean-Marc Dumas vous a envoyé 320,00 € EUR.\n\nNote de Jean-Marc Dumas : facture logo F-2026-0463\n\n"
         "Détails de la transaction\nN° de transaction : 8XK44021LM3390511\nDate : 1 déc. 2026\n\n"
         "Ne répondez pas à cet e-mail. Pour obtenir de l'aide, connectez-vous à votre compte PayPal.\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n",
         row=P("PayPal", "PayPal", "PayPal received, note contains invoice", ("in", "320.00", "EUR", "Jean-Marc Dumas", "facture logo F-2026-0463", "2026-12-01", "yes")))
    mail(f"{L}/paypal_fr_remboursement_emis.eml", L, A("service@paypal.fr", "service@paypal.fr"), "Vous avez remboursé un paiement",
         D(2, 10, 10), "Bonjour Maëlle Kerbrat,\n\nVous avez remboursé 60,00 € EUR à Claire Fouquet.\nN° de transaction du remboursement : 1RT55881AB2230145\n\nPayPal\n",
         row=P("PayPal", "PayPal", "refund issued by owner", ("refund", "60.00", "EUR", "", "1RT55881AB2230145", "2026-12-02", "no")))
    mail(f"{L}/paypal_fr_paiement_en_attente.eml", L, A("service@paypal.fr", "service@paypal.fr"), "Paiement en attente de 540,00 €",
         D(3, 15, 45), "Bonjour Maëlle Kerbrat,\n\nVous avez reçu un paiement de 540,00 € EUR de Studio Névé, mais il est en attente.\n"
         "Les fonds seront disponibles sur votre compte PayPal une fois la vérification terminée (jusqu'à 21 jours).\n\nPayPal\n",
         row=P("PayPal", "PayPal", "'reçu ... mais en attente'", ("none", "540.00", "EUR", "Studio Névé", "", "", "no")))
    mail(f"{L}/sumup_fr_versement.eml", L, A("SumUp", "no-reply@sumup.com"), "Votre versement de 312,50 € est en route", D(1, 5, 30),
         "Bonjour,\n\nNous avons initié un versement de 312,50 € vers votre compte bancaire. Il correspond à 9 transactions du 30/11/2026, "
         "déduction faite des frais (5,11 €).\n\nL'équipe SumUp\n",
         row=P("SumUp", "SumUp", "daily payout of card sales", ("in", "312.50", "EUR", "", "", "2026-12-01", "no_aggregate")))
    mail(f"{L}/gocardless_fr_paiement_collecte.eml", L, A("GoCardless", "help@gocardless.com"), "Paiement collecté : 600,00 € de Vitalis Santé",
         D(4, 8, 40), "Bonjour,\n\nLe paiement de 600,00 € de Vitalis Santé (référence : KERBRAT-F2026-0426) a été collecté avec succès le 04/12/2026.\n"
         "Il sera inclus dans votre prochain virement GoCardless.\n\nGoCardless SAS\n",
         row=P("GoCardless", "GoCardless", "direct debit collected from a client",
               ("in", "600.00", "EUR", "Vitalis Santé", "KERBRAT-F2026-0426", "2026-12-04", "yes"),
               notes="collected from one payer; payout comes later"))
    mail(f"{L}/gocardless_en_payment_failed.eml", L, A("GoCardless", "help@gocardless.com"), "Payment failed: €350.00 from Fernhill Labs",
         D(3, 7, 12, 0), "Hello,\n\nThe payment of €350.00 from Fernhill Labs (reference KD-RET-12) failed: the customer cancelled the mandate.\n"
         "We won't retry this payment.\n\nGoCardless\n",
         row=P("GoCardless", "GoCardless", "client direct debit failed", ("failed", "350.00", "EUR", "Fernhill Labs", "KD-RET-12", "2026-12-03", "no"), "en"))
    mail(f"{L}/mollie_en_settlement.eml", L, A("Mollie", "noreply@mollie.com"), "Settlement €1,094.20 transferred", D(2, 6, 14, 1),
         "Hello Kerbrat Design,\n\nWe have transferred settlement 2026120207 of €1,094.20 to your bank account NL•• •••• 8812. "
         "This settlement contains 14 payments and 0 refunds.\n\nKind regards,\nMollie\n",
         row=P("Mollie", "Mollie", "settlement of many payments", ("in", "1094.20", "EUR", "", "2026120207", "2026-12-02", "no_aggregate"), "en"))
    mail(f"{L}/payplug_fr_nouveau_paiement.eml", L, A("PayPlug", "no-reply@payplug.com"), "Nouveau paiement reçu – 1 600,00 €", D(2, 16, 58),
         "Bonjour,\n\nVous avez reçu un nouveau paiement par carte.\nMontant : 1 600,00 €\nClient : BRASSERIE ARVOR\nRéférence commande : F-2026-0444\n\n"
         "PayPlug – " + AUTO_FR + "\n",
         row=P("PayPlug", "PayPlug", "card payment captured", ("in", "1600.00", "EUR", "BRASSERIE ARVOR", "F-2026-0444", "2026-12-02", "yes")))
    mail(f"{L}/sumeria_fr_tu_as_recu.eml", L, A("Sumeria", "noreply@sumeria.eu"), "Paul t'a envoyé 45,00 €", D(30, 20, 40),
         "Paul Le Floch t'a envoyé 45,00 € 💰\n« Atelier carte de visite, merci ! »\n\nL'argent est disponible sur ton compte Sumeria.\n",
         row=P("Sumeria (ex-Lydia)", "Sumeria", "P2P, small, 'tu'", ("in", "45.00", "EUR", "Paul Le Floch", "Atelier carte de visite, merci !", "2026-11-30", "yes")))
    mail(f"{L}/pennylane_fr_nouvelle_transaction.eml", L, A("Pennylane", "notifications@pennylane.com"), "Nouvelle transaction à justifier : +1 320,00 €",
         D(1, 9, 0), "Bonjour Maëlle,\n\nUne nouvelle transaction a été synchronisée depuis votre compte Crédit Agricole :\n"
         "+1 320,00 € – VIR NAUTILIA 2026-11-448 – 30/11/2026\n\nRapprochez-la d'une facture client pour la justifier.\n\nPennylane\n",
         row=P("Pennylane", "Pennylane", "accounting bank feed, same credit as CA alert",
               ("in", "1320.00", "EUR", "NAUTILIA", "2026-11-448", "2026-11-30", "yes"), notes="duplicate view of crédit agricole alert"))
    mail(f"{L}/indy_fr_3_transactions.eml", L, A("Indy", "bonjour@indy.fr"), "3 nouvelles transactions à catégoriser", D(4, 7, 45), None,
         wrap("3 nouvelles transactions", "<p>Bonjour Maëlle,</p><p>Nous avons importé 3 nouvelles transactions depuis votre banque :</p>"
              + table([("03/12 VIR SEPA LEMEE OPTIQUE F-2026-0442", "+890,00 €"), ("03/12 CB ADOBE *CREATIVE CLOUD", "-71,99 €"),
                       ("03/12 PRLV FREE PRO", "-39,99 €")]), "Indy – Vous recevez cet e-mail car vous avez activé le récapitulatif des transactions."),
         row=P("Indy", "Indy", "bank feed digest, mixed",
               ("in|out|out", "890.00|71.99|39.99", "EUR", "LEMEE OPTIQUE||", "F-2026-0442|ADOBE *CREATIVE CLOUD|FREE PRO", "2026-12-03|2026-12-03|2026-12-03", "yes")))
    html = ("<html><body style=\"font-family:Arial\"><h2>AVIS DE PAIEMENT</h2><p>Groupe Valmont – Service Trésorerie</p>"
            "<p>Bénéficiaire : KERBRAT DESIGN<br>Date de règlement : 07/12/2026<br>Mode : Virement SEPA</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>N° facture</th><th>Date facture</th><th>Montant</th></tr>"
            "<tr><td>F-2026-0464</td><td>02/10/2026</td><td>2 760,00</td></tr></table><p>Total : 2 760,00 EUR</p>"
            "<p>Ce message est généré automatiquement par notre système comptable. Merci de ne pas y répondre.</p></body></html>\n")
    mail(f"{L}/valmont_fr_avis_de_paiement.eml", L, A("Groupe Valmont - Trésorerie", "no-reply-tresorerie@groupe-valmont.fr"),
         "Avis de paiement n° 2026-118834", D(4, 15, 0), None, html,
         attachments=[attach("AvisPaiement_2026-118834.pdf", pdf(["AVIS DE PAIEMENT 2026-118834", "KERBRAT DESIGN", "F-2026-0464  2 760,00 EUR"]))],
         row=P("", "Groupe Valmont", "client ERP remittance advice, future settlement date",
               ("in", "2760.00", "EUR", "Groupe Valmont", "F-2026-0464", "2026-12-07", "no_claim")))

# ---------------------------------------------------------------- auto_reply
def orig_headers(num, to, lang="fr"):
    subj = f"Rappel : facture F-2026-0{num} échue" if lang == "fr" else f"Reminder: invoice INV-0{num} is overdue"
    return (f"From: {OWN}\nTo: {to}\nSubject: {S(subj)}\nDate: {D(30, 8, 0)}\nMessage-ID: {REM(num)}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n")

def autos():
    L = "auto_reply"
    AS = [("Auto-Submitted", "auto-replied")]
    mail(f"{L}/outlook_fr_reponse_automatique_retour_7dec.eml", L, A("Morgane Le Gall", "m.legall@ty-coz-distribution.fr"),
         "Réponse automatique : Rappel : facture F-2026-0465 échue", D(30, 8, 1),
         "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus, de retour le lundi 7 décembre.\n"
         "Pour toute question relative à la facturation, merci de contacter compta@ty-coz-distribution.fr.\n\nCordialement,\nMorgane Le Gall\n",
         irt=REM(465), crlf=True, extra=AS + [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.legall@ty-coz-distribution.fr"),
                                              ("Thread-Topic", "Rappel : facture F-2026-0465 échue")],
         row=H(L, "fr", "Exchange Online", "Outlook 'Réponse automatique :', billing contact in body", "ooo_until=2026-12-07"))
    mail(f"{L}/gmail_en_vacation_back_14dec.eml", L, A("Ben Carter", "ben@carter-craft.example"), "Out of office: back on 14 December", D(1, 8, 0, 0),
         "Hi,\n\nThanks for your email. I'm on annual leave with no access to email and will be back on Monday 14 December.\n"
         "For anything urgent regarding invoices, please contact accounts@carter-craft.example.\n\nBen\n",
         irt=REM(466), extra=AS, row=H(L, "en", "Gmail vacation responder", "Gmail vacation style, custom subject (not 'Re:')",
                                       "ooo_until=2026-12-14"))
    mail(f"{L}/fr_absence_sans_entetes_conge_maternite.eml", L, A("Elsa Pichon", "elsa.pichon@pichon-conseil.fr"), "Absence du bureau", D(30, 8, 2),
         "Bonjour,\n\nJe suis actuellement en congé maternité. Votre message ne sera pas transféré.\n"
         "Pour toute demande urgente, vous pouvez joindre mon associé, Marc Delorme : marc.delorme@pichon-conseil.fr\n\nElsa Pichon\n",
         row=H(L, "fr", "Pichon Conseil", "no Auto-Submitted / no In-Reply-To, no return date",
               notes="only the wording tells it is automatic"))
    mail(f"{L}/ap_en_autoresponder_terms.eml", L, A("Accounts Payable", "accountspayable@harbourline-group.com"),
         "RE: Reminder: invoice INV-0467 is overdue [Auto-response]", D(30, 8, 3, 0),
         "Thank you for contacting Harbourline Group Accounts Payable.\n\nThis is an automated response. Please note:\n"
         " - Invoices are paid on 60-day terms from the date of receipt, in our weekly payment run.\n"
         " - Invoices must quote a valid PO number, or they will be returned unpaid.\n"
         " - Payment status enquiries are answered within 5 business days.\n\n"
         "Please do not reply to this message.\n", irt=REM(467), extra=AS + [("Precedence", "auto_reply")],
         row=H(L, "en", "Harbourline Group AP", "AP autoresponder mentioning payment terms and payment run"))
    mail(f"{L}/zendesk_fr_demande_enregistree.eml", L, A("Support Vitalis Santé", "support@vitalis-sante.zendesk.example"),
         "[Vitalis Santé] Re: Rappel : facture F-2026-0426 échue", D(30, 8, 4),
         "##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nBonjour,\n\nVotre demande (n° 48213) a bien été reçue "
         "et sera traitée par notre équipe dans les meilleurs délais.\n\nPour ajouter des informations, répondez simplement à cet e-mail.\n\n"
         "Support Vitalis Santé\n", irt=REM(426), extra=AS + [("X-Mailer", "Zendesk Mailer")],
         row=H(L, "fr", "Zendesk-style helpdesk", "ticket autoresponder, ticket number"))
    mdn = ("Votre message\n\n  À : contact@lemee-optique.fr\n  Objet : Rappel : facture F-2026-0442 échue\n  Envoyé : lundi 30 novembre 2026 08:00:00 (UTC+01:00)\n\n"
           "a été lu le mardi 1 décembre 2026 09:12:44 (UTC+01:00).\n")
    disp = ("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;contact@lemee-optique.fr\n"
            f"Original-Message-ID: {REM(442)}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    part = multi("report", [leaf("text/plain", mdn), leaf("message/disposition-notification", disp, None, "7bit")],
                 params="; report-type=disposition-notification")
    write(f"{L}/outlook_fr_mdn_lu.eml", L, [("From", A("Christophe Lemée", "contact@lemee-optique.fr")), ("To", OWNER),
                                            ("Subject", S("Lu : Rappel : facture F-2026-0442 échue")), ("Date", D(1, 9, 12)),
                                            ("Message-ID", mid("lemee-optique.fr")), ("In-Reply-To", REM(442))], part,
          H(L, "fr", "Outlook MDN", "read receipt, multipart/report disposition-notification"), crlf=True)
    mdn2 = ("Ceci est un accusé de réception pour le courrier électronique envoyé à compta@menez-fleurs.fr.\n\n"
            "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. "
            "Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n")
    disp2 = ("Reporting-UA: menez-fleurs.fr; Thunderbird 128.5.0\nFinal-Recipient: rfc822;compta@menez-fleurs.fr\n"
             f"Original-Message-ID: {REM(462)}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    part = multi("report", [leaf("text/plain", mdn2), leaf("message/disposition-notification", disp2, None, "7bit"),
                            leaf("text/rfc822-headers", orig_headers(462, "compta@menez-fleurs.fr"), None, "7bit")],
                 params="; report-type=disposition-notification")
    write(f"{L}/thunderbird_fr_accuse_reception.eml", L, [("From", "compta@menez-fleurs.fr"), ("To", OWNER),
          ("Subject", S("Accusé de réception (affiché) - Rappel : facture F-2026-0462 échue")), ("Date", D(30, 14, 30)),
          ("Message-ID", mid("menez-fleurs.fr")), ("In-Reply-To", REM(462))], part,
          H(L, "fr", "Thunderbird MDN", "French MDN with text/rfc822-headers"))
    mail(f"{L}/challenge_fr_antispam_validation.eml", L, A("Protection anti-spam Korrigan Mail", "validation@antispam.korrigan-mail.example"),
         "Validez votre message à compta@breizh-menuiserie.fr", D(30, 8, 5),
         "Bonjour,\n\nVous avez envoyé un message à compta@breizh-menuiserie.fr. Ce destinataire est protégé contre les messages non sollicités.\n"
         "Pour que votre message soit délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien ci-dessous (valable 7 jours) :\n\n"
         "https://antispam.korrigan-mail.example/valider?id=8f21c0a4\n\nCette opération n'est à faire qu'une seule fois.\n",
         extra=AS, row=H(L, "fr", "challenge-response", "'confirmez que vous êtes un humain'"))
    mail(f"{L}/sieve_fr_xautoreply_absent_4dec.eml", L, A("Loïc Chapron", "loic@chapron-ebenisterie.fr"), "Absent : Re: Rappel : facture F-2026-0435 échue",
         D(30, 8, 6), "Bonjour,\n\nJe serai absent du 30/11 au 04/12 inclus (salon Batimat). Je traiterai votre message à mon retour.\n\nLoïc Chapron\n",
         irt=REM(435), extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
         row=H(L, "fr", "Sieve vacation (Roundcube)", "X-Autoreply header, end date given as inclusive last day",
               "ooo_until=2026-12-04", "date is the last day of absence ('au 04/12 inclus'); back on 2026-12-07"))
    mail(f"{L}/ap_fr_compta_fournisseurs_echeances.eml", L, A("Comptabilité Fournisseurs", "factures@groupe-armor.fr"),
         "Accusé de réception automatique", D(30, 8, 7),
         "Bonjour,\n\nNous accusons bonne réception de votre message.\n\nRappel : nos règlements fournisseurs sont effectués le 10 et le 25 de chaque mois, "
         "par virement, à 45 jours fin de mois. Toute facture doit mentionner notre numéro de commande.\n\n"
         "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nService Comptabilité Fournisseurs – Groupe Armor\n",
         extra=AS, row=H(L, "fr", "Groupe Armor AP", "AP autoresponder quoting payment days (not a promise)"))
    mail(f"{L}/exchange_en_automatic_reply_back_3dec.eml", L, A("Priya Nair", "priya.nair@brightwave-media.com"),
         "Automatic reply: Reminder: invoice INV-0421 is overdue", D(30, 7, 1, 0),
         "Hello,\n\nI'm out of the office until Wednesday 2 December, returning Thursday 3 December. "
         "Your message will not be forwarded; for urgent AP queries please email ap@brightwave-media.com.\n\nPriya\n",
         irt=REM(421), crlf=True, extra=AS + [("X-Auto-Response-Suppress", "All")],
         row=H(L, "en", "Exchange Online", "'Automatic reply:' two dates, return date used", "ooo_until=2026-12-03"))
    mail(f"{L}/de_en_abwesenheit_bilingual.eml", L, A("Katrin Vogel", "k.vogel@vogel-messebau.example"),
         "Abwesenheitsnotiz / Out of office: Reminder: invoice INV-0468 is overdue", D(30, 8, 9),
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember nicht im Büro und ab dem 8. Dezember wieder erreichbar.\n\n"
         "Thank you for your message. I am out of the office and will be back on 8 December.\n\nKatrin Vogel\nVogel Messebau GmbH\n",
         irt=REM(468), extra=AS, row=H(L, "de", "Vogel Messebau", "German/English bilingual OOO", "ooo_until=2026-12-08"))
    mail(f"{L}/fr_boite_plus_surveillee.eml", L, A("Ancienne adresse Oceanis", "factures@oceanis-voyages.fr"),
         "Cette adresse n'est plus consultée", D(30, 8, 10),
         "Bonjour,\n\nCette boîte aux lettres n'est plus consultée depuis le 1er octobre 2026.\n"
         "Merci d'adresser désormais vos factures et relances à comptabilite@oceanis-voyages.fr.\n\nMessage automatique.\n",
         irt=REM(433), extra=AS, row=H(L, "fr", "Océanis Voyages", "mailbox no longer monitored, redirect address"))
    mail(f"{L}/fr_deplacement_sans_date.eml", L, A("Régis Nédélec", "regis@nedelec-peinture.fr"), "Re: Rappel : facture F-2026-0469 échue",
         D(30, 8, 11), "Bonjour,\n\nJe suis en déplacement sur chantier avec un accès limité à mes e-mails. Je vous répondrai dès que possible.\n"
         "En cas d'urgence : 06 00 00 00 00.\n\nRégis Nédélec\n",
         irt=REM(469), extra=AS, row=H(L, "fr", "Nédélec Peinture", "'Re:' subject looks like a reply, body is automatic, no date"))
    mail(f"{L}/freshdesk_en_ticket_received.eml", L, A("Zentrix Support", "support@zentrix-software.freshdesk.example"),
         "[#55120] Received: Reminder: invoice INV-0451 is overdue", D(30, 0, 2, -8),
         "Dear Maëlle,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\n"
         "Ticket ID: #55120\nSubject: Reminder: invoice INV-0451 is overdue\nStatus: Open\n\n"
         "A support representative will review your request and get back to you shortly.\n\nZentrix Support\n",
         irt=REM(451), extra=AS, row=H(L, "en", "Freshdesk-style helpdesk", "ticket acknowledgement"))

# ---------------------------------------------------------------- bounce
def dsn(mta, rcpt, action, status, diag, extra_fields=""):
    return (f"Reporting-MTA: dns; {mta}\n{extra_fields}\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
            f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; mx.{rcpt.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n")

def report(file, frm, subject, date, human, dsnbody, num, rcpt, row, full=True, crlf=False, extra=(), html=None):
    parts = [leaf("text/plain", human) if html is None else multi("alternative", [leaf("text/plain", human), leaf("text/html", html)]),
             leaf("message/delivery-status", dsnbody, None, "7bit")]
    orig = orig_headers(num, rcpt)
    if full:
        parts.append(leaf("message/rfc822", orig + "\nBonjour,\nSauf erreur de ma part, la facture reste impayée.\n", None, "8bit"))
    else:
        parts.append(leaf("text/rfc822-headers", orig, None, "7bit"))
    write(file, "bounce", [("From", frm), ("To", OWNER), ("Subject", S(subject)), ("Date", date), ("Message-ID", mid(frm.split("@")[-1].rstrip(">")))]
          + list(extra) + [("Auto-Submitted", "auto-replied")],
          multi("report", parts, params="; report-type=delivery-status"), row, crlf)

def bounces():
    L = "bounce"
    B = lambda grp, pat, facts, lang="en", notes="": H(L, lang, grp, pat, facts, notes)
    r = "compta@ty-coz-distrib.fr"
    report(f"{L}/gmail_en_address_not_found.eml", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
           "Delivery Status Notification (Failure)", D(30, 8, 1),
           f"** Address not found **\n\nYour message wasn't delivered to {r} because the domain ty-coz-distrib.fr couldn't be found. "
           "Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\nDNS Error: DNS type 'mx' lookup of ty-coz-distrib.fr responded with code NXDOMAIN\n",
           dsn("googlemail.com", r, "failed", "5.1.2", "DNS Error: NXDOMAIN ty-coz-distrib.fr"), 465, r,
           B("Gmail", "Gmail NXDOMAIN bounce (owner sends via Google Workspace)", f"failed_recipient={r}"))
    r = "f.lebihan@batiouest-construct.fr"
    html = (f"<html><body><p><b><span style=\"color:#C00000\">Your message to {r} couldn't be delivered.</span></b></p>"
            "<p>f.lebihan wasn't found at batiouest-construct.fr.</p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
    report(f"{L}/exchange_en_undeliverable_recipient_not_found.eml", A("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kerbrat-design.fr"),
           "Undeliverable: Rappel : facture F-2026-0432 échue", D(30, 8, 2),
           f"Your message to {r} couldn't be delivered.\nf.lebihan wasn't found at batiouest-construct.fr.\n\n"
           "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
           dsn("PAXPR08MB6543.eurprd08.prod.outlook.com", r, "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound"), 432, r,
           B("Exchange Online", "Outlook NDR text+html, DSN, rfc822-headers", f"failed_recipient={r}"), full=False, crlf=True, html=html)
    r = "yves@maudez-transport.fr"
    report(f"{L}/orange_fr_smtp_refuse.eml", A("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
           "Message non remis : Rappel : facture F-2026-0452 échue", D(1, 8, 0),
           "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
           f"<{r}> : le serveur distant a répondu : 550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
           "Le message d'origine est joint.\n",
           dsn("smtp.orange.fr", r, "failed", "5.1.1", "550 5.1.1 User unknown"), 452, r,
           B("Orange relay", "French text via Orange smarthost", f"failed_recipient={r}", "fr",
             "owner relays via smtp.orange.fr; recipient on a fictional domain"))
    r = "contact@kitesurf-quiberon.fr"
    report(f"{L}/free_fr_postfix_quota.eml", A("Mail Delivery System", "MAILER-DAEMON@smtp.free.fr"),
           "Undelivered Mail Returned to Sender", D(2, 8, 0),
           "This is the mail system at host smtp.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           f"                   The mail system\n\n<{r}>: host mx.kitesurf-quiberon.fr[203.0.113.25] said:\n    552 5.2.2 Mailbox full (in reply to RCPT TO command)\n",
           dsn("smtp.free.fr", r, "failed", "5.2.2", "552 5.2.2 Mailbox full", "X-Postfix-Queue-ID: 4Qm2Lk1Zx9z8Rt\nArrival-Date: Wed, 2 Dec 2026 07:59:58 +0100\n"),
           438, r, B("Free relay (Postfix)", "Postfix bounce, quota full", f"failed_recipient={r}"))
    r = "compta@solaris-energies.fr"
    report(f"{L}/ovh_en_postfix_delayed.eml", A("Mail Delivery System", "MAILER-DAEMON@mo551.mail-out.ovh.net"),
           "Delayed Mail (still being retried)", D(1, 12, 5),
           "This is the mail system at host mo551.mail-out.ovh.net.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           f"                   The mail system\n\n<{r}>: connect to mx.solaris-energies.fr[198.51.100.7]:25: Connection timed out\n",
           dsn("mo551.mail-out.ovh.net", r, "delayed", "4.4.1", "connect to mx.solaris-energies.fr: Connection timed out",
               "X-Postfix-Queue-ID: 4QmB2c0Tg0z1xqZ\n") + "Will-Retry-Until: Sat, 5 Dec 2026 08:01:00 +0100\n",
           436, r, B("OVHcloud relay (Postfix)", "delay warning", f"failed_recipient={r};bounce_final=no"), full=False)
    r = "direction@hotel-remparts.fr"
    report(f"{L}/postfix_en_user_unknown.eml", A("Mail Delivery System", "MAILER-DAEMON@mail.kerbrat-design.fr"),
           "Undelivered Mail Returned to Sender", D(3, 8, 0),
           "This is the mail system at host mail.kerbrat-design.fr.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           f"                   The mail system\n\n<{r}>: host mx1.hotel-remparts.fr[192.0.2.14] said: 550 5.1.1\n    <{r}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
           dsn("mail.kerbrat-design.fr", r, "failed", "5.1.1", "550 5.1.1 User unknown"), 461, r,
           B("Postfix (own server)", "Postfix user unknown, full original attached", f"failed_recipient={r}"))
    r = "paul@studio-neve.fr"
    write(f"{L}/exim_en_no_dsn_part.eml", L,
          [("From", "Mail Delivery System <Mailer-Daemon@mx3.hebergeur-breizh.example>"), ("To", OWNER),
           ("Subject", "Mail delivery failed: returning message to sender"), ("Date", D(2, 9, 30)), ("Message-ID", mid("mx3.hebergeur-breizh.example")),
           ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", r)],
          leaf("text/plain", "This message was created automatically by mail delivery software.\n\n"
               "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
               f"  {r}\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\n"
               + orig_headers(470, r) + "\nBonjour,\nLa facture F-2026-0470 reste impayée.\n", "utf-8", "8bit"),
          B("Exim", "Exim text-only, no message/delivery-status part, X-Failed-Recipients", f"failed_recipient={r}"))
    r = "ap@quayside-events.co.uk"
    report(f"{L}/gmail_en_delay.eml", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
           "Delivery Status Notification (Delay)", D(1, 14, 3),
           f"** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {r}. "
           "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
           "The response was:\n\nThe recipient server did not accept our requests to connect.\n",
           dsn("googlemail.com", r, "delayed", "4.4.1", "The recipient server did not accept our requests to connect."), 450, r,
           B("Gmail", "Gmail delay warning", f"failed_recipient={r};bounce_final=no"), full=False)
    r = "compta@coopagri-ouest.fr"
    report(f"{L}/exchange_fr_non_remis_quota.eml", A("Administrateur système", "postmaster@coopagri-ouest.fr"),
           "Non remis : Rappel : facture F-2026-0439 échue", D(30, 8, 3),
           "Votre message n'a pas atteint certains ou la totalité des destinataires.\n\n      Objet :	Rappel : facture F-2026-0439 échue\n"
           "      Envoyé :	30/11/2026 08:00\n\nLa remise des messages aux destinataires ou groupes suivants a échoué :\n\n"
           f"      {r} le 30/11/2026 08:03\n            La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.\n"
           "            <SRV-EXCH02.coopagri.local #5.2.2 smtp;554 5.2.2 mailbox full>\n",
           dsn("SRV-EXCH02.coopagri.local", r, "failed", "5.2.2", "554 5.2.2 mailbox full"), 439, r,
           B("Exchange on-premises", "French Exchange 2016 NDR, sent by recipient's postmaster", f"failed_recipient={r}", "fr"),
           full=False, crlf=True, extra=[("Content-Language", "fr-FR")])
    r = "direction@kervella-immo.fr"
    report(f"{L}/orange_fr_rejet_spam.eml", A("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
           "Echec de distribution du message", D(4, 8, 0),
           f"Le message n'a pas pu être délivré à <{r}>.\n\nRaison : 554 5.7.1 Message rejeté : contenu identifié comme indésirable par le serveur destinataire.\n"
           "Il ne sera pas renvoyé.\n",
           dsn("smtp.orange.fr", r, "failed", "5.7.1", "554 5.7.1 Message rejected as spam"), 422, r,
           B("Orange relay", "rejected as spam (policy)", f"failed_recipient={r}", "fr"))

# ---------------------------------------------------------------- other
def others():
    L = "other"
    O = lambda grp, pat, lang="fr", notes="", prov="": H(L, lang, grp, pat, notes=notes, provider=prov)
    UNSUB = [("List-Unsubscribe", "<https://news.example-mailer.com/u/8812>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    mail(f"{L}/qonto_newsletter_nouveautes.eml", L, A("Qonto", "newsletter@qonto.com"), "Nouveautés de décembre : factures électroniques, virements programmés…",
         D(1, 10, 0), "Bonjour Maëlle,\n\nCe mois-ci chez Qonto : préparez-vous à la facturation électronique obligatoire, programmez vos virements récurrents "
         "et découvrez nos nouvelles cartes.\n\nSe désinscrire : https://qonto.com/unsubscribe\n",
         wrap("Nouveautés de décembre", "<p>Facture électronique, virements programmés, nouvelles cartes : tout ce qui change ce mois-ci.</p>"
              "<p><a href=\"https://qonto.com\">Découvrir</a></p>", "Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire."),
         extra=UNSUB, row=O("Qonto", "bank's own newsletter mentioning virements", prov="Qonto"))
    mail(f"{L}/bnp_offre_pro_marketing.eml", L, A("BNP Paribas", "bnpparibas@info.bnpparibas.example"), "Maëlle, -50 % sur votre terminal de paiement pendant 6 mois",
         D(2, 11, 30), None, wrap("Encaissez vos clients plus facilement", "<p>Offre réservée aux professionnels : acceptez la carte bancaire "
                                   "et recevez vos paiements sous 24 h.</p>", "Publicité – BNP Paribas. Pour ne plus recevoir nos offres, cliquez ici."),
         extra=UNSUB, row=O("BNP Paribas", "bank marketing about receiving payments", prov="BNP Paribas"))
    mail(f"{L}/ovhcloud_facture.eml", L, A("OVHcloud", "noreply@ovh.net"), "Votre facture OVHcloud FR58231907", D(1, 4, 12),
         "Bonjour,\n\nVotre facture FR58231907 d'un montant de 71,88 € TTC est disponible dans votre espace client.\n"
         "Elle sera réglée par prélèvement sur votre moyen de paiement par défaut.\n\nL'équipe OVHcloud\n",
         attachments=[attach("Facture_FR58231907.pdf", pdf(["OVH SAS - Facture FR58231907", "Hebergement Perso - 12 mois", "Total TTC 71,88 EUR"]))],
         row=O("OVHcloud", "supplier invoice to the owner, with PDF", notes="invoice TO the owner, not a payment notice"))
    mail(f"{L}/freepro_facture_disponible.eml", L, A("Free Pro", "facture@freepro.example"), "Votre facture Free Pro de décembre est disponible",
         D(2, 7, 0), "Bonjour,\n\nVotre facture Free Pro n° 2026-12-0077821 d'un montant de 39,99 € TTC est disponible dans votre Espace Abonné.\n"
         "Le prélèvement interviendra le 03/12/2026.\n\nFree Pro\n", row=O("Free Pro", "telecom invoice, announces direct debit"))
    mail(f"{L}/comptable_honoraires.eml", L, A("Cabinet Lozach Expertise", "facturation@lozach-expertise.fr"), "Facture d'honoraires n° H-2026-1187",
         D(3, 9, 15), "Bonjour Madame Kerbrat,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour la tenue comptable du 4e trimestre, "
         "d'un montant de 420,00 € TTC, payable à réception.\n\nNous restons à votre disposition.\n\nCabinet Lozach Expertise Comptable\n",
         attachments=[attach("H-2026-1187.pdf", pdf(["Cabinet Lozach - Facture H-2026-1187", "Tenue comptable T4 2026", "420,00 EUR TTC"]))],
         row=O("Cabinet Lozach", "accountant's invoice to the owner (a person-like letter)", notes="supplier invoice TO owner"))
    mail(f"{L}/urssaf_nouveau_message.eml", L, A("Urssaf", "ne-pas-repondre@urssaf.fr"), "Un nouveau message est disponible dans votre espace",
         D(30, 18, 2), "Madame KERBRAT,\n\nUn nouveau document est disponible dans votre espace en ligne : Échéancier de cotisations provisionnelles 2027.\n\n"
         "Connectez-vous sur urssaf.fr pour le consulter.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n",
         row=O("Urssaf", "social contributions notice"))
    mail(f"{L}/impots_gouv_espace_pro.eml", L, A("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
         "Un nouveau document est disponible dans votre espace professionnel", D(3, 6, 5),
         "Bonjour,\n\nUn avis de cotisation foncière des entreprises (CFE) est disponible dans votre espace professionnel sur impots.gouv.fr.\n"
         "Date limite de paiement : 15/12/2026.\n\nLa Direction générale des Finances publiques\n", charset="iso-8859-1",
         row=O("DGFiP", "tax notice with a payment deadline"))
    mail(f"{L}/malt_nouvelle_mission.eml", L, A("Malt", "notifications@malt.example"), "Nouvelle proposition de mission : refonte d'app mobile",
         D(2, 13, 14), "Bonjour Maëlle,\n\nUn client vous a proposé une mission sur Malt : « Refonte UX d'une application mobile de covoiturage » "
         "(20 jours, budget 9 000 €).\n\nRépondez sous 48 h pour garder un bon taux de réponse.\n\nL'équipe Malt\n",
         row=O("Malt", "marketplace notification with amounts"))
    mail(f"{L}/linkedin_profil_vu.eml", L, A("LinkedIn", "notifications-noreply@linkedin.com"), "Maëlle, vous êtes apparue dans 14 recherches cette semaine",
         D(30, 9, 30), "Vous êtes apparue dans 14 recherches\nRecruteurs, dirigeants et designers ont consulté votre profil.\n\n"
         "Voir qui a consulté votre profil\n\nVous recevez des notifications par e-mail. Se désabonner.\nLinkedIn Ireland Unlimited Company\n",
         extra=UNSUB, row=O("LinkedIn", "social network notification", notes="LinkedIn's real sender domain"))
    mail(f"{L}/phishing_qonto_compte_suspendu.eml", L, A("Qonto Sécurité", "securite@qonto-verification.example"),
         "Action requise : votre compte Qonto sera suspendu", D(1, 3, 44),
         None, "<html><body><p>Cher client,</p><p>Suite à une activité inhabituelle, votre compte sera <b>suspendu sous 24h</b>. "
         "Un virement entrant de 2 480,00 € est bloqué en attente de vérification.</p>"
         "<p><a href=\"http://qonto-verification.example/login\">Vérifier mon identité</a></p></body></html>\n",
         row=O("phishing", "imitates Qonto, mentions a blocked transfer, lookalike domain", notes="phishing: other"))
    mail(f"{L}/phishing_paypal_paiement_recu.eml", L, A("PayPal", "service@paypal-notifications.example"),
         "Vous avez reçu un paiement de 1 250,00 EUR - action requise", D(3, 2, 17),
         "Bonjour,\n\nVous avez reçu un paiement de 1 250,00 EUR de Jacques Martin.\nPour libérer les fonds, vous devez confirmer vos informations "
         "dans les 48 heures : http://paypal-notifications.example/confirm\n\nService PayPal\n",
         row=O("phishing", "imitates PayPal 'paiement reçu' from lookalike domain", notes="phishing mimicking a money-in notice"))
    mail(f"{L}/spam_vous_avez_gagne.eml", L, A("Service Client Gagnants", "gagnant@promo-tirage.example"),
         "FÉLICITATIONS !!! Vous avez gagné un iPhone 17 Pro", D(4, 1, 9),
         "Félicitations Maëlle !\n\nVous avez été tiré(e) au sort parmi nos utilisateurs. Réglez simplement 1,95 € de frais de port pour recevoir votre cadeau.\n",
         row=O("spam", "prize scam"))
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           "DTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nDTSTAMP:20261201T101500Z\nORGANIZER;CN=Marion Pellerin:mailto:m.pellerin@oceanis-voyages.fr\n"
           "UID:5kq2o1b7m0r8@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maelle@kerbrat-design.fr:mailto:maelle@kerbrat-design.fr\n"
           "SUMMARY:Point projet refonte site Océanis\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    part = multi("mixed", [multi("alternative", [leaf("text/plain", "Vous avez été invitée à l'événement suivant.\n\nPoint projet refonte site Océanis\n"
                                                      "jeu. 10 déc. 2026 10:00 – 11:00 (heure normale d'Europe centrale)\n\nInvitation de Google Agenda\n"),
                                                 leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")]),
                           attach("invite.ics", ics.encode(), "application/ics")])
    write(f"{L}/google_agenda_invitation.eml", L, [("From", A("Marion Pellerin (via Google Agenda)", "calendar-notification@google.com")), ("To", OWNER),
          ("Subject", S("Invitation: Point projet refonte site Océanis @ jeu. 10 déc. 2026 10:00 - 11:00 (CET) (maelle@kerbrat-design.fr)")),
          ("Date", D(1, 11, 15)), ("Message-ID", mid("google.com")), ("Reply-To", "m.pellerin@oceanis-voyages.fr")], part,
          O("Google Calendar", "calendar invitation from a client, text/calendar"))
    mail(f"{L}/rdv_medical_rappel.eml", L, A("MédiRDV", "no-reply@medirdv.example"), "Rappel : votre rendez-vous demain à 14h30", D(3, 18, 0),
         "Bonjour Maëlle Kerbrat,\n\nNous vous rappelons votre rendez-vous :\nDr Anne Quéré – Kinésithérapeute\nvendredi 4 décembre 2026 à 14h30\n"
         "12 boulevard de la Liberté, 35000 Rennes\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous.\n", row=O("Doctolib-style", "appointment reminder"))
    mail(f"{L}/colissimo_livraison.eml", L, A("Colissimo", "noreply@notif-colissimo.example"), "Votre colis 6A23894471023 sera livré aujourd'hui",
         D(2, 7, 40), None, wrap("Votre colis arrive aujourd'hui", "<p>Votre colis n° 6A23894471023 expédié par IMPRIMERIE DU GOLFE sera livré aujourd'hui entre 9h et 13h.</p>",
                                 "Colissimo – " + AUTO_FR), row=O("Colissimo", "shipping notice"))
    mail(f"{L}/saas_reset_mot_de_passe.eml", L, A("Penpot", "no-reply@penpot.example"), "Réinitialisation de votre mot de passe", D(30, 22, 10),
         "Bonjour,\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte. Cliquez sur le lien ci-dessous (valable 1 heure) :\n"
         "https://penpot.example/reset/3c9a1e\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n", row=O("SaaS", "password reset"))
    mail(f"{L}/google_alerte_securite.eml", L, A("Google", "no-reply@accounts.google.com"), "Alerte de sécurité", D(4, 6, 55),
         "Nouvelle connexion sur Mac\nmaelle@kerbrat-design.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Mac. "
         "Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\n"
         "Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et à vos services Google.\n",
         row=O("Google", "security alert"))
    arf_h = "Ceci est un rapport de plainte (ARF) concernant un message envoyé depuis votre domaine.\n"
    arf = ("Feedback-Type: abuse\nUser-Agent: FeedbackLoop/1.0\nVersion: 1\nOriginal-Mail-From: <maelle@kerbrat-design.fr>\n"
           "Arrival-Date: Mon, 30 Nov 2026 08:00:05 +0100\nReported-Domain: kerbrat-design.fr\nSource-IP: 203.0.113.40\n")
    part = multi("report", [leaf("text/plain", arf_h), leaf("message/feedback-report", arf, None, "7bit"),
                            leaf("text/rfc822-headers", orig_headers(451, "laura.kemp@zentrix-software.com", "en"), None, "7bit")],
                 params="; report-type=feedback-report")
    write(f"{L}/arf_plainte_abus.eml", L, [("From", "fbl@feedback.mailbox-provider.example"), ("To", "abuse@kerbrat-design.fr"),
          ("Subject", "Abuse report for kerbrat-design.fr"), ("Date", D(1, 2, 0)), ("Message-ID", mid("feedback.mailbox-provider.example"))], part,
          O("feedback loop", "ARF abuse report about a reminder (multipart/report feedback-report)", "en"))
    mail(f"{L}/shine_webinaire.eml", L, A("Shine", "hello@shine.fr"), "🎙️ Webinaire : bien préparer ta fin d'année fiscale", D(30, 12, 0),
         "Hello Maëlle,\n\nRejoins-nous jeudi à 12h30 pour 45 minutes de conseils sur la TVA, les cotisations et la relance des impayés.\n\n"
         "Je m'inscris → https://shine.fr/webinaire\n\nTu reçois cet e-mail car tu es abonnée à la newsletter Shine. Se désabonner.\n",
         extra=UNSUB, row=O("Shine", "neobank marketing, mentions impayés", prov="Shine"))
    mail(f"{L}/stripe_product_update.eml", L, A("Stripe", "product-updates@stripe.com"), "What's new at Stripe: December 2026", D(2, 17, 0, 0),
         "Hi there,\n\nThis month: faster payouts in more countries, new invoice reminders in the Dashboard, and improvements to Radar.\n\n"
         "You're receiving this email because you signed up for Stripe product updates. Unsubscribe.\n",
         extra=UNSUB, row=O("Stripe", "PSP product newsletter mentioning payouts", "en", prov="Stripe"))
    mail(f"{L}/qonto_facture_abonnement.eml", L, A("Qonto", "no-reply@qonto.com"), "Votre facture Qonto de novembre est disponible", D(1, 6, 0),
         "Bonjour Maëlle,\n\nVotre facture d'abonnement (forfait Basic) pour novembre 2026 est disponible : 11,00 € HT.\n"
         "Le montant sera débité de votre compte principal.\n\nL'équipe Qonto\n",
         row=O("Qonto", "bank fee invoice", notes="bank's own fee invoice: other per guide", prov="Qonto"))

# ---------------------------------------------------------------- main
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity", "lang", "provider",
        "source_group", "pattern", "direction", "amount", "currency", "payer", "reference", "value_date",
        "counts_as_payment", "facts", "split", "notes"]

def main():
    for d in ("human_reply", "payment_notification", "auto_reply", "bounce", "other"):
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
    human(); payments(); autos(); bounces(); others()
    files = [r["file"] for r in ROWS]
    assert len(files) == len(set(files)), "duplicate file names"
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS) + "\n")
    from collections import Counter
    c = Counter(r["label"] for r in ROWS)
    print(len(ROWS), dict(c))

if __name__ == "__main__":
    main()
