#!/usr/bin/env python3
"""Builds the written_f evaluation set for dunnerd (split final5).
Standard library only. Run: python3 build.py  (writes */*.eml and labels.tsv next to this file)."""
import base64, quopri, os, hashlib, textwrap
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = "final5"
OWNER = ("Sylvain Peyrac", "sylvain@peyrac-web.fr")
OWN = formataddr(OWNER)
ROWS = []
COLS = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
        "lang", "provider", "source_group", "pattern", "direction", "amount", "currency", "payer",
        "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
DAYS = {30: "Mon, 30 Nov 2026", 1: "Tue, 01 Dec 2026", 2: "Wed, 02 Dec 2026",
        3: "Thu, 03 Dec 2026", 4: "Fri, 04 Dec 2026"}

def D(day, hm="09:12:40", tz="+0100"):
    return f"{DAYS[day]} {hm} {tz}"

def h(s, cs="utf-8"):
    """RFC 2047-encode a header value if needed."""
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, mail, cs="utf-8"):
    if not name: return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{mail}>"

def bnd(seed):
    return "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:20]

def enc(body, cs, cte):
    raw = body if isinstance(body, bytes) else body.encode(cs)
    if cte == "quoted-printable": return quopri.encodestring(raw)
    if cte == "base64": return base64.encodebytes(raw)
    return raw

def leaf(ctype, body, cs="utf-8", cte="quoted-printable", name=None, disp=None, extra=()):
    hl = []
    if ctype.startswith("text/") and cs:
        hl.append(f'Content-Type: {ctype}; charset="{cs}"' + (f'; name="{name}"' if name and ctype.startswith('text/calendar') else ''))
    else:
        hl.append(f"Content-Type: {ctype}" + (f'; name="{name}"' if name else ""))
    if cte: hl.append(f"Content-Transfer-Encoding: {cte}")
    if disp: hl.append(f'Content-Disposition: {disp}' + (f'; filename="{name}"' if name else ""))
    hl += list(extra)
    return (hl, enc(body, cs or "utf-8", cte))

def multi(sub, parts, seed, params="", pre=""):
    b = bnd(seed + sub)
    hl = [f'Content-Type: multipart/{sub}; boundary="{b}"' + params]
    out = pre.encode()
    for ph, pb in parts:
        out += b"\n--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb.rstrip(b"\n") + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return (hl, out)

def rfc822(ent_hdrs, ent):
    """embed a message (headers list + entity) as message/rfc822"""
    hl, body = ent
    data = "\n".join(ent_hdrs + hl).encode() + b"\n\n" + body
    return (["Content-Type: message/rfc822", "Content-Disposition: inline"], data)

def write(label, fname, headers, ent, meta, crlf=False):
    hl, body = ent
    allh = [f"{k}: {v}" for k, v in headers if v is not None]
    if not any(k.lower() == "mime-version" for k, _ in headers):
        allh.append("MIME-Version: 1.0")
    data = "\n".join(allh + hl).encode("utf-8") + b"\n\n" + body
    if crlf: data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    os.makedirs(os.path.join(OUT, label), exist_ok=True)
    rel = f"{label}/{fname}.eml"
    with open(os.path.join(OUT, rel), "wb") as f: f.write(data)
    row = {c: "" for c in COLS}
    row.update(file=rel, label=label, source_repo="synthetic", source_path="build.py",
               license="written for dunnerd", fidelity="synthetic", split=SPLIT)
    row.update({k: v for k, v in meta.items()})
    ROWS.append(row)

def mid(tag, dom):
    return f"<{hashlib.sha1((tag+dom).encode()).hexdigest()[:16]}.{tag}@{dom}>"

def quote_fr(who_date, text):
    return f"\n\n{who_date}\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))

def reminder_fr(inv, amt, due, first="Bonjour,"):
    return (f"{first}\n\nSauf erreur de ma part, la facture {inv} d'un montant de {amt} TTC,\n"
            f"arrivée à échéance le {due}, n'a pas encore été réglée.\n\nPourriez-vous me dire "
            f"quand le paiement est prévu ? Je joins de nouveau la facture si besoin.\n\n"
            f"Bien cordialement,\nSylvain Peyrac\nPeyrac Web - développement web & mobile\n"
            f"69003 Lyon - SIRET 852 114 673 00021")

def reminder_en(inv, amt, due, first="Hello,"):
    return (f"{first}\n\nThis is a friendly reminder that invoice {inv} ({amt}), due on {due},\n"
            f"is still outstanding. Could you let me know when payment is scheduled?\n\n"
            f"Best regards,\nSylvain Peyrac\nPeyrac Web - web & mobile development, Lyon (France)")

def rmid(n):
    return f"<dunnerd.{n}.1@peyrac-web.fr>"

def tiny_pdf(lines):
    """a small valid one-page PDF with text lines"""
    txt = "BT /F1 11 Tf 60 780 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines) + " ET"
    txt = txt.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(txt)).encode() + b" >>\nstream\n" + txt + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs: out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

def html_wrap(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">{inner}</div></body></html>')

def hr(*a, **k): write("human_reply", *a, **k)

# ---------------------------------------------------------------- human_reply
def simple(fname, frm, subj, day, hm, body, meta, n=None, to=OWN, cs="utf-8", cte="quoted-printable",
           extra=(), quote=None, crlf=False, cc=None):
    hd = [("From", frm), ("To", to)]
    if cc: hd.append(("Cc", cc))
    hd += [("Subject", h(subj)), ("Date", D(day, hm)), ("Message-ID", mid(fname, frm.split("@")[-1].strip(">")))]
    if n: hd += [("In-Reply-To", rmid(n)), ("References", rmid(n))]
    hd += list(extra)
    if quote: body = body + quote
    hr(fname, hd, leaf("text/plain", body, cs, cte), meta, crlf=crlf)

def human():
    # 1 promise "vendredi", top-posted above the quoted reminder
    simple("lortet_fr_promise_vendredi", addr("Gaëlle Fournier", "gaelle@brasserie-lortet.fr"),
           "RE: Rappel : facture F-2026-0412 échue", 30, "10:41:07",
           "Bonjour Sylvain,\n\nToutes mes excuses, la facture était restée dans une pile. Je fais le virement vendredi.\n\nBonne journée,\nGaëlle\n--\nBrasserie Lortet - 12 rue Lortet, 69007 Lyon",
           dict(lang="fr", source_group="Brasserie Lortet", pattern="top-posted promise, weekday name", facts="promise_date=2026-12-04"),
           n=412, quote=quote_fr("Le lun. 30 nov. 2026 à 08:00, Sylvain Peyrac <sylvain@peyrac-web.fr> a écrit :",
                                 reminder_fr("F-2026-0412", "1 480,00 €", "15/11/2026")))
    # 2 paiement prévu le 15
    simple("abadie_fr_prevu_le_15", addr("Jean-Michel Abadie", "jm.abadie@menuiserie-abadie.fr"),
           "Re: Rappel : facture F-2026-0398 échue", 1, "14:03:55",
           "Bonjour Monsieur Peyrac,\n\nJ'ai bien eu votre relance. Le paiement est prévu le 15 avec nos autres fournisseurs, nous réglons deux fois par mois.\n\nCordialement,\nJ-M Abadie\nMenuiserie Abadie SARL\n05 61 00 00 00",
           dict(lang="fr", source_group="Menuiserie Abadie", pattern="day of month only ('le 15')", facts="promise_date=2026-12-15"), n=398)
    # 3 fin de la semaine prochaine, HTML-only Outlook, windows-1252
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="FR" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">Bonjour Sylvain,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Notre DAF est en déplacement, mais elle m’a confirmé que le règlement partira d’ici la fin de la semaine prochaine.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Désolée pour ce retard,<o:p></o:p></p><p class="MsoNormal"><b>Inès Carrel</b><br>Chargée de production – Agence Tramontane<br>04 78 00 00 00<o:p></o:p></p></div>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De&nbsp;:</b> Sylvain Peyrac &lt;sylvain@peyrac-web.fr&gt;<br><b>Envoyé&nbsp;:</b> mercredi 2 décembre 2026 08:00<br><b>À&nbsp;:</b> Inès Carrel<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0421 échue</p></div>'
            '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0421 d’un montant de 3 960,00 € TTC reste impayée…</p></body></html>')
    hr("tramontane_fr_outlook_html_fin_semaine_prochaine",
       [("From", addr("Inès Carrel", "i.carrel@agence-tramontane.fr")), ("To", OWN),
        ("Subject", h("RE: Rappel : facture F-2026-0421 échue")), ("Date", D(2, "11:27:19")),
        ("Message-ID", "<PR1P264MB3321A0B1C2D3E4F5@PR1P264MB3321.FRAP264.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rmid(421)), ("References", rmid(421)), ("Thread-Topic", h("Rappel : facture F-2026-0421 échue")),
        ("Thread-Index", "AdrKp3x9yQ2c1w0hT8CkJ4n2b1xYzA=="), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")],
       leaf("text/html", html, "windows-1252", "quoted-printable"),
       dict(lang="fr", source_group="Agence Tramontane", pattern="Outlook HTML-only cp1252, 'd'ici la fin de la semaine prochaine'",
            facts="promise_date=2026-12-11", notes="'fin de la semaine prochaine' from Wed 2 Dec resolved to Friday 11 Dec; week_of_2026-12-07 would also be defensible"), crlf=True)
    # 4 EN we'll pay on the 10th, long disclaimer
    simple("northfield_en_10th_disclaimer", addr("Oliver Pembroke", "oliver.pembroke@northfield-analytics.co.uk"),
           "RE: Reminder: invoice INV-0427 is overdue", 3, "16:18:02",
           "Hi Sylvain,\n\nApologies for the delay - the PO had to be re-approved after our reorg. We'll pay on the 10th, it's in the batch.\n\nKind regards,\nOliver\n\nOliver Pembroke | Head of Digital\nNorthfield Analytics Ltd | 4th Floor, 21 Example Street, Leeds LS1 0XX\n\n"
           "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system; you must not copy, distribute or take any action in reliance on it. Northfield Analytics Ltd is registered in England and Wales, company no. 09999999. Registered office as above. Northfield Analytics Ltd does not accept liability for any loss or damage caused by viruses. Please consider the environment before printing this email.",
           dict(lang="en", source_group="Northfield Analytics", pattern="ordinal day 'the 10th' + long UK legal disclaimer", facts="promise_date=2026-12-10"),
           n=427, quote=quote_fr("On Thu, 3 Dec 2026 at 08:00, Sylvain Peyrac <sylvain@peyrac-web.fr> wrote:", reminder_en("INV-0427", "€4,200.00", "20 November 2026")))
    # 5 EN payment run Thursday
    simple("halvorsen_en_payment_run_thursday", addr("Kari Lund", "kari.lund@halvorsen-design.no"),
           "Re: Reminder: invoice INV-0433 is overdue", 1, "09:55:31",
           "Hello Sylvain,\n\nThanks for the nudge. Your invoice is approved; our payment run is on Thursday so you should see it shortly after.\n\nBest,\nKari Lund\nFinance, Halvorsen Design AS",
           dict(lang="en", source_group="Halvorsen Design", pattern="'payment run is on Thursday'", facts="promise_date=2026-12-03"), n=433)
    # 6 dispute
    simple("pinsbleus_fr_dispute_recette", addr("Laurent Ségur", "direction@camping-pinsbleus.fr"),
           "Re: Rappel : facture F-2026-0402 échue", 30, "18:44:10",
           "Monsieur,\n\nNous contestons cette facture. La recette du module de réservation n'a jamais été validée de notre côté : les acomptes ne sont toujours pas enregistrés et deux clients ont été débités deux fois cet été.\n\nTant que ces anomalies ne sont pas corrigées, nous ne considérons pas la prestation comme livrée.\n\nL. Ségur\nCamping Les Pins Bleus",
           dict(lang="fr", source_group="Camping Les Pins Bleus", pattern="dispute of delivered work", facts="dispute=yes"), n=402)
    # 7 already paid with date
    simple("delarue_fr_deja_paye_27nov", addr("Sandrine Delarue", "contact@optique-delarue.fr"),
           "Re: Rappel : facture F-2026-0405 échue", 1, "12:06:48",
           "Bonjour,\n\nLe virement a été effectué le 27 novembre depuis notre compte au Crédit Mutuel, il devrait apparaître sur votre compte sous peu. Merci de vérifier avant de relancer.\n\nSandrine Delarue\nOptique Delarue",
           dict(lang="fr", source_group="Optique Delarue", pattern="already paid, explicit date", facts="already_paid=2026-11-27"), n=405)
    # 8 already paid claimed, iPhone
    simple("martineau_fr_regle_iphone", addr("Paul Martineau", "paul.martineau@example.net"),
           "Re: Rappel : facture F-2026-0417 échue", 2, "19:02:13",
           "C'est réglé normalement, regardez de votre côté.\n\nEnvoyé de mon iPhone",
           dict(lang="fr", source_group="Paul Martineau (particulier)", pattern="terse, iPhone signature, no date", facts="already_paid=claimed"), n=417)
    # 9 forwarded bank confirmation inline
    fwd = ("Bonjour Monsieur Peyrac,\n\nVoici la confirmation de notre banque, le virement est parti le 26/11.\n\nCordialement,\nBénédicte Castagné\nDomaine Castagné - Vins de Savoie\n\n"
           "-------- Message transféré --------\nSujet : Confirmation de votre virement\nDate : Thu, 26 Nov 2026 10:14:02 +0100\nDe : Crédit Agricole des Savoie <noreply@credit-agricole.fr>\nPour : contact@domaine-castagne.fr\n\n"
           "Votre ordre de virement a bien été exécuté.\n\nBénéficiaire : PEYRAC SYLVAIN EI\nIBAN : FR76 **** **** **** **** ***0 142\nMontant : 2 150,00 EUR\nMotif : FACT F-2026-0389\nDate d'exécution : 26/11/2026\n\nCeci est un message automatique, merci de ne pas y répondre.")
    simple("castagne_fr_fwd_confirmation_banque", addr("Bénédicte Castagné", "contact@domaine-castagne.fr"),
           "Fwd: Confirmation de votre virement", 30, "11:30:26", fwd,
           dict(lang="fr", source_group="Domaine Castagné", pattern="client forwards its bank's transfer confirmation (fresh thread)",
                facts="already_paid=2026-11-26", notes="contains a bank notice inside a forward: still a person's message"))
    # 10 PDF attached proof
    body = ("Bonjour,\n\nVous trouverez ci-joint l'avis de virement pour la facture F-2026-0409, exécuté ce matin.\n\nBien à vous,\nNadia Benali\nAssistante de gestion - SARL Mécabois\n")
    ent = multi("mixed", [leaf("text/plain", body),
                          leaf("application/pdf", tiny_pdf(["SARL MECABOIS - Avis d'execution de virement", "Date : 30/11/2026",
                               "Beneficiaire : PEYRAC SYLVAIN", "Montant : 1 320,00 EUR", "Libelle : F-2026-0409"]), None, "base64",
                               name="avis_virement_F-2026-0409.pdf", disp="attachment")], "mecabois")
    hr("mecabois_fr_pdf_avis_virement", [("From", addr("Nadia Benali", "n.benali@mecabois.fr")), ("To", OWN),
        ("Subject", h("RE: Rappel : facture F-2026-0409 échue")), ("Date", D(30, "15:12:09")), ("Message-ID", mid("mecabois", "mecabois.fr")),
        ("In-Reply-To", rmid(409)), ("References", rmid(409))], ent,
       dict(lang="fr", source_group="Mécabois", pattern="already paid today with PDF transfer advice attached", facts="already_paid=2026-11-30"))
    # 11 request invoice
    simple("verdier_fr_renvoyer_facture", addr("Claire Verdier", "claire@verdier-paysage.fr"),
           "Re: Rappel : facture F-2026-0414 échue", 2, "08:37:22",
           "Bonjour Sylvain,\n\nJe ne retrouve pas cette facture dans nos mails, elle a dû partir dans les spams. Pourriez-vous me la renvoyer en PDF ? Je la transmets dans la foulée à notre comptable.\n\nMerci !\nClaire",
           dict(lang="fr", source_group="Verdier Paysage", pattern="asks for the invoice again", facts="request_invoice=yes"), n=414)
    # 12 request RIB
    simple("cleret_fr_demande_rib", addr("Service fournisseurs Clérêt", "fournisseurs@groupe-cleret.fr"),
           "Re: Rappel : facture F-2026-0416 échue", 1, "10:20:00",
           "Bonjour,\n\nVotre facture n'a pas pu être mise en paiement car votre fiche fournisseur est incomplète. Merci de nous adresser un RIB à votre nom (format PDF) afin que nous puissions créer le compte.\n\nCordialement,\nLe service comptabilité fournisseurs\nGroupe Clérêt",
           dict(lang="fr", source_group="Groupe Clérêt", pattern="RIB requested by AP team, written by a person", facts="request_rib=yes"), n=416)
    # 13 EN invoice + IBAN
    simple("brightwave_en_invoice_and_iban", addr("Priya Raman", "priya@brightwave.example.com"),
           "Re: Reminder: invoice INV-0430 is overdue", 30, "17:48:31",
           "Hi Sylvain,\n\nSorry, I can't find it in our AP system. Could you resend the invoice as a PDF, together with your IBAN and BIC? Our bank needs both before we can add you as a payee.\n\nThanks,\nPriya",
           dict(lang="en", source_group="Brightwave", pattern="asks for both invoice and IBAN", facts="request_invoice=yes;request_rib=yes"), n=430)
    # 14 question
    simple("ferrand_fr_question_maintenance", addr("Hélène Ferrand", "h.ferrand@cabinet-ferrand-kine.fr"),
           "Re: Rappel : facture F-2026-0419 échue", 3, "13:15:44",
           "Bonjour,\n\nUne question avant de régler : la ligne « forfait maintenance » couvre-t-elle aussi le mois de novembre, ou sera-t-il facturé à part ?\n\nMerci,\nHélène Ferrand",
           dict(lang="fr", source_group="Cabinet Ferrand", pattern="question on invoice contents, no dispute", facts=""), n=419)
    # 15 complaint about the tone
    simple("rousselot_fr_plainte_ton", addr("Gérard Rousselot", "g.rousselot@imprimerie-rousselot.fr"),
           "Re: Rappel : facture F-2026-0401 échue", 30, "09:03:51",
           "Monsieur Peyrac,\n\nJe trouve le principe de ces relances automatiques assez désagréable. Nous travaillons ensemble depuis trois ans et nous avons toujours payé. Notre comptable règle les fournisseurs à réception du relevé mensuel, comme d'habitude.\n\nUn coup de téléphone aurait suffi.\n\nG. Rousselot",
           dict(lang="fr", source_group="Imprimerie Rousselot", pattern="complaint about reminders, no date, no dispute of the invoice", facts=""), n=401)
    # 16 Noté.
    simple("bouvier_fr_note_iphone", addr("Marc Bouvier", "marc@bouvier-immo.fr"), "Re: Rappel : facture F-2026-0423 échue", 1, "07:58:02",
           "Noté.\n\nEnvoyé de mon iPhone", dict(lang="fr", source_group="Bouvier Immobilier", pattern="one word", facts=""), n=423)
    # 17 ok merci
    simple("kleber_fr_ok_merci", addr("", "a.kleber@example.org"), "Re: Rappel : facture F-2026-0425 échue", 4, "12:40:19",
           "ok merci", dict(lang="fr", source_group="A. Kleber", pattern="two words, lowercase, bare address", facts=""), n=425,
           quote=quote_fr("Le 04/12/2026 à 08:00, Sylvain Peyrac a écrit :", reminder_fr("F-2026-0425", "240,00 €", "01/12/2026")))
    # 18 other address, fresh message
    simple("ravel_fr_compta_autre_adresse", addr("Comptabilité Ravel & Fils", "compta@ravel-fils.fr"),
           "Facture F-2026-0407 - Peyrac Web", 2, "15:35:27",
           "Bonjour,\n\nM. Ravel m'a transmis votre relance concernant la facture F-2026-0407. Le règlement sera effectué par virement le 8 décembre.\n\nCordialement,\nSophie Lemaire\nComptabilité - Ravel & Fils",
           dict(lang="fr", source_group="Ravel & Fils", pattern="reply from accounting address, new thread, no In-Reply-To", facts="promise_date=2026-12-08"))
    # 19 law firm long signature
    simple("vernhes_fr_avocats_signature", addr("Maître Anne Vernhes", "a.vernhes@vernhes-avocats.fr"),
           "RE: Rappel : facture F-2026-0403 échue", 2, "18:09:58",
           "Monsieur,\n\nNous accusons réception de votre courriel. Le règlement sera émis le lundi 7 décembre.\n\nBien confraternellement… pardon, bien cordialement,\n\nAnne Vernhes\nAvocat associé\n\nVERNHES & ASSOCIÉS - Société d'avocats\n8, quai Exemple - 69002 Lyon\nTél. : +33 (0)4 72 00 00 00 - Toque 000\n\n"
           "Le présent message et toutes les pièces qui y sont jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Ils sont couverts par le secret professionnel de l'avocat. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, le cabinet décline toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié.",
           dict(lang="fr", source_group="Vernhes & Associés", pattern="promise buried above long legal disclaimer", facts="promise_date=2026-12-07"), n=403)
    # 20 negation + début janvier, HTML-only
    html = html_wrap("<p>Bonjour Sylvain,</p><p>Je n’ai pas encore pu payer, la trésorerie est très tendue ce mois-ci (deux gros clients en retard chez nous aussi…). "
                     "Je vous règle début janvier, c’est promis.</p><p>Désolé,<br>Yann Kervella<br>Kervella Événements</p><p style='color:#888'>Envoyé à partir de Outlook</p>")
    hr("kervella_fr_pas_encore_paye_debut_janvier", [("From", addr("Yann Kervella", "yann@kervella-evenements.fr")), ("To", OWN),
        ("Subject", h("RE: Rappel : facture F-2026-0411 échue")), ("Date", D(3, "21:14:36")), ("Message-ID", "<AM9P191MB1652E3F0@AM9P191MB1652.EURP191.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rmid(411)), ("References", rmid(411))], leaf("text/html", html, "utf-8", "base64"),
       dict(lang="fr", source_group="Kervella Événements", pattern="negated payment ('n'ai pas encore pu payer') + 'début janvier', HTML-only base64",
            facts="promise_date=early_2027-01"))
    # 21 forward to colleague, owner in Cc
    simple("aubrac_fr_transfert_collegue_cc", addr("Élise Aubrac", "elise.aubrac@aubrac-textiles.fr"),
           "TR: Rappel : facture F-2026-0418 échue", 1, "11:02:15",
           "Marc,\n\nPeux-tu regarder cette facture et la mettre en paiement stp ? Je mets Sylvain en copie pour qu'il ait l'info.\n\nMerci\nÉlise\n\n-----Message d'origine-----\nDe : Sylvain Peyrac <sylvain@peyrac-web.fr>\nEnvoyé : mardi 1 décembre 2026 08:00\nÀ : Élise Aubrac\nObjet : Rappel : facture F-2026-0418 échue\n\n" + reminder_fr("F-2026-0418", "780,00 €", "20/11/2026"),
           dict(lang="fr", source_group="Aubrac Textiles", pattern="forward to colleague, owner only in Cc", facts="", notes="no date given; owner is Cc, To is the colleague"),
           n=418, to=addr("Marc Delmas", "marc.delmas@aubrac-textiles.fr"), cc=OWN)
    # 22 nous ne contestons pas
    simple("sopreval_fr_ne_contestons_pas", addr("Thierry Gaudin", "t.gaudin@sopreval.fr"),
           "Re: Rappel : facture F-2026-0406 échue", 30, "16:27:40",
           "Bonjour,\n\nNous ne contestons pas la facture ni le travail réalisé. Simplement, notre process impose un bon de commande signé pour saisir la facture, et nous ne l'avons toujours pas reçu de votre part. Dès qu'il nous parvient, la facture part en paiement.\n\nCordialement,\nThierry Gaudin\nAcheteur - SOPREVAL",
           dict(lang="fr", source_group="Sopreval", pattern="explicit negation of dispute, blocked on purchase order", facts="", notes="'nous ne contestons pas' is not a dispute; no date"), n=406)
    # 23 tu, ce soir
    simple("lucas_fr_tu_ce_soir", addr("Lucas Ferreira", "lucas@studio-ferreira.fr"), "Re: Rappel : facture F-2026-0426 échue", 3, "17:31:09",
           "Salut Sylvain,\n\nAïe, j'ai complètement zappé, désolé ! Je te fais le virement ce soir.\n\nBises à la team\nLucas",
           dict(lang="fr", source_group="Studio Ferreira", pattern="informal 'tu', 'ce soir'", facts="promise_date=2026-12-03"), n=426)
    # 24 tu, semaine prochaine
    simple("ambre_fr_tu_semaine_prochaine", addr("Ambre Nguyen", "ambre.nguyen@example.com"), "Re: Rappel : facture F-2026-0428 échue", 4, "20:05:45",
           "Coucou,\nje te paye la semaine prochaine promis, là je suis à sec jusqu'à ce que mon client me paye 😅\nAmbre",
           dict(lang="fr", source_group="Ambre Nguyen", pattern="'tu', emoji, 'la semaine prochaine'", facts="promise_date=week_of_2026-12-07"), n=428)
    # 25 EN already paid with date and ref
    simple("oakridge_en_paid_nov20", addr("Daniel Brooks", "accounts@oakridge-ventures.example.com"), "RE: Reminder: invoice INV-0424 is overdue", 30, "13:22:18",
           "Hi Sylvain,\n\nOur records show this was paid by wire on November 20, reference 4471-PX, EUR 2,640.00. Could you check with your bank? Happy to send the MT103 if needed.\n\nRegards,\nDaniel Brooks\nAccounts, Oakridge Ventures",
           dict(lang="en", source_group="Oakridge Ventures", pattern="already paid with date and wire reference", facts="already_paid=2026-11-20"), n=424)
    # 26 EN dispute partial
    simple("lumenia_en_dispute_hours", addr("Sofia Marques", "sofia@lumenia.example.com"), "Re: Reminder: invoice INV-0429 is overdue", 2, "10:49:03",
           "Hi Sylvain,\n\nWe don't agree with the extra 6 hours billed for the checkout bug fixes - those were covered by the warranty period in our contract (clause 7). Please issue a credit note for that part and we'll pay the remaining amount.\n\nSofia",
           dict(lang="en", source_group="Lumenia", pattern="partial dispute, conditional payment", facts="dispute=yes"), n=429)
    # 27 pas encore pu payer + lundi
    simple("pichon_fr_pas_pu_lundi", addr("Nathalie Pichon", "nathalie@pichon-traiteur.fr"), "Re: Rappel : facture F-2026-0413 échue", 3, "09:40:12",
           "Bonjour Sylvain,\n\nJe n'ai pas encore pu payer, notre gérant doit valider les virements et il est absent cette semaine. Ce sera fait lundi sans faute.\n\nNathalie",
           dict(lang="fr", source_group="Pichon Traiteur", pattern="negation + 'lundi'", facts="promise_date=2026-12-07"), n=413)
    # 28 ISO-8859-1 8bit, demain
    simple("ganivet_fr_latin1_demain", addr("Rémi Ganivet", "remi.ganivet@ganivet-btp.fr", "iso-8859-1"), "Re: Rappel : facture F-2026-0408 échue", 1, "18:12:00",
           "Bonjour,\n\nLe paiement partira demain, je m'en occupe personnellement.\n\nRémi Ganivet\nGanivet BTP - Vénissieux",
           dict(lang="fr", source_group="Ganivet BTP", pattern="ISO-8859-1, 8bit body, 'demain'", facts="promise_date=2026-12-02"),
           n=408, cs="iso-8859-1", cte="8bit", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    # 29 avant le 31/12
    simple("solenne_fr_avant_31_12", addr("Solène Marchetti", "s.marchetti@marchetti-archi.fr"), "Re: Rappel : facture F-2026-0400 échue", 30, "12:18:37",
           "Bonjour,\n\nNous réglerons avant le 31/12, nous attendons le versement de l'acompte de notre propre client.\n\nCordialement,\nSolène Marchetti\nMarchetti Architecture",
           dict(lang="fr", source_group="Marchetti Architecture", pattern="deadline with numeric date '31/12'", facts="promise_date=2026-12-31"), n=400)
    # 30 cheque sent
    simple("dumas_fr_cheque_envoye", addr("Françoise Dumas", "francoise.dumas@example.fr"), "Re: Rappel : facture F-2026-0415 échue", 2, "10:02:50",
           "Bonjour Monsieur,\n\nJe vous ai envoyé un chèque par la poste le 25 novembre, vous devriez le recevoir rapidement.\n\nSincères salutations,\nF. Dumas",
           dict(lang="fr", source_group="Françoise Dumas (particulier)", pattern="already paid by cheque, dated", facts="already_paid=2026-11-25", notes="cheque sent, not yet banked"), n=415)
    # 31 mailing-list post by a person
    simple("liste_freelances_lyon_post", addr("Hugo Tessier", "hugo.tessier@example.net"), "[freelances-lyon] Expert-comptable pour micro-entreprise ?", 1, "22:10:31",
           "Bonjour à tous,\n\nJe passe au réel l'an prochain et je cherche un expert-comptable sur Lyon qui connaisse bien les devs freelances. Des recommandations ? Budget autour de 100 €/mois.\n\nMerci d'avance,\nHugo\n\n--\nfreelances-lyon mailing list\nfreelances-lyon@lists.example.org\nhttps://lists.example.org/mailman/listinfo/freelances-lyon",
           dict(lang="fr", source_group="freelances-lyon list", pattern="mailing-list post written by a person", facts="", notes="not addressed to the owner directly"),
           to="freelances-lyon@lists.example.org",
           extra=[("List-Id", "Freelances Lyon <freelances-lyon.lists.example.org>"), ("List-Unsubscribe", "<mailto:freelances-lyon-leave@lists.example.org>"),
                  ("Precedence", "list"), ("Sender", "freelances-lyon-bounces@lists.example.org")])
    # 32 instalment proposal
    simple("bertin_fr_deux_fois", addr("Julie Bertin", "julie@bertin-coaching.fr"), "Re: Rappel : facture F-2026-0410 échue", 30, "19:51:04",
           "Bonjour Sylvain,\n\nSerait-il possible de régler en deux fois ? Je peux faire 50 % le 10 décembre et le solde le 10 janvier. Dites-moi si cela vous convient.\n\nMerci de votre compréhension,\nJulie Bertin",
           dict(lang="fr", source_group="Bertin Coaching", pattern="instalment proposal with two dates", facts="promise_date=2026-12-10",
                notes="a proposal (asks for agreement); first instalment date given as promise"), n=410)
    # 33 EN tomorrow iPhone
    simple("keller_en_tomorrow_iphone", addr("Tom Keller", "tom@kellerbrew.example.com"), "Re: Reminder: invoice INV-0431 is overdue", 2, "22:47:11",
           "Will sort it out tomorrow, sorry mate\n\nSent from my iPhone",
           dict(lang="en", source_group="Keller Brewing", pattern="'tomorrow', iPhone", facts="promise_date=2026-12-03"), n=431)
    # 34 EN rude dispute
    simple("grantham_en_rude_not_paying", addr("R. Grantham", "r.grantham@example.co.uk"), "Re: Reminder: invoice INV-0422 is overdue", 1, "23:30:00",
           "Stop sending me these automated emails. I told you last week the app still crashes on Android. I am NOT paying for something that doesn't work.",
           dict(lang="en", source_group="R. Grantham", pattern="rude, refuses to pay, work contested", facts="dispute=yes"), n=422)
    # 35 paid, confusion between invoices
    simple("lafarge_fr_confusion_factures", addr("Mélanie Lafarge", "m.lafarge@lafarge-conseil.fr"), "Re: Rappel : facture F-2026-0404 échue", 3, "14:58:26",
           "Bonjour,\n\nConcernant la F-2026-0404 : elle a été réglée le 19 novembre par virement. Je pense qu'il y a une confusion avec la F-2026-0371 que nous avions payée le 12. Pouvez-vous vérifier vos relevés ?\n\nMélanie Lafarge\nLafarge Conseil",
           dict(lang="fr", source_group="Lafarge Conseil", pattern="already paid with date, mentions a second invoice and date", facts="already_paid=2026-11-19"), n=404)
    # 36 corrected invoice requested
    simple("hexalis_fr_facture_corrigee", addr("Service Achats Hexalis", "achats@hexalis.fr"), "RE: Rappel : facture F-2026-0420 échue", 30, "10:33:12",
           "Bonjour,\n\nVotre facture ne peut être traitée en l'état : elle doit être adressée à notre siège (Hexalis SAS, 10 avenue Exemple, 92100 Boulogne) et mentionner notre numéro de commande PO-88213. Merci de nous transmettre une facture corrigée.\n\nService Achats Hexalis",
           dict(lang="fr", source_group="Hexalis", pattern="invoice rejected for form, corrected invoice requested", facts="request_invoice=yes", notes="not a dispute of the amount"), n=420)
    # 37 reply-all from accounting with payment campaign date
    simple("aubrac_fr_compta_campagne_18", addr("Marc Delmas", "marc.delmas@aubrac-textiles.fr"), "RE: TR: Rappel : facture F-2026-0418 échue", 2, "09:18:40",
           "Bonjour Sylvain,\n\nLa facture est bien enregistrée chez nous ; elle sera payée lors de notre prochaine campagne de règlements, le 18 décembre.\n\nCordialement,\nMarc Delmas\nComptabilité - Aubrac Textiles",
           dict(lang="fr", source_group="Aubrac Textiles", pattern="colleague answers after internal forward", facts="promise_date=2026-12-18"),
           n=418, cc=addr("Élise Aubrac", "elise.aubrac@aubrac-textiles.fr"))
    # 38 EN amount question
    simple("alpstein_en_amount_question", addr("Lea Brunner", "lea.brunner@alpstein.example.ch"), "RE: Reminder: invoice INV-0432 is overdue", 4, "08:26:19",
           "Dear Mr Peyrac,\n\nBefore we proceed: our system shows EUR 1,240.00 net for this order, your reminder says EUR 1,488.00. Is the difference French VAT? As a Swiss company we should be invoiced without VAT (reverse charge). Could you confirm?\n\nBest regards,\nLea Brunner\nAlpstein GmbH",
           dict(lang="en", source_group="Alpstein", pattern="question about VAT, not a refusal", facts="",
                notes="questions the VAT line; could be read as a mild dispute, labelled as a question only"), n=432)
    # 39 Outlook multipart/related with logo
    html = html_wrap('<p>Bonjour,</p><p>Bien reçu, je transmets à notre cabinet comptable qui reviendra vers vous.</p><p>Cordialement,</p>'
                     '<p><img src="cid:image001.png@01DB4A2C.5F3E1B20" width="120" height="40" alt="Orféo"><br><b>Valérie Cosson</b><br>Office manager – Orféo Santé</p>')
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    ent = multi("related", [multi("alternative", [leaf("text/plain", "Bonjour,\n\nBien reçu, je transmets à notre cabinet comptable qui reviendra vers vous.\n\nCordialement,\n\nValérie Cosson\nOffice manager – Orféo Santé\n"),
                                                  leaf("text/html", html)], "orfeo"),
                            leaf("image/png", png, None, "base64", name="image001.png", disp="inline", extra=["Content-ID: <image001.png@01DB4A2C.5F3E1B20>"])],
                "orfeo", params='; type="multipart/alternative"')
    hr("orfeo_fr_related_logo_transmis", [("From", addr("Valérie Cosson", "v.cosson@orfeo-sante.fr")), ("To", OWN), ("Subject", h("RE: Rappel : facture F-2026-0424 échue")),
        ("Date", D(1, "16:44:02")), ("Message-ID", "<DB8PR10MB3097C4@DB8PR10MB3097.EURPRD10.PROD.OUTLOOK.COM>"), ("In-Reply-To", rmid(434)), ("References", rmid(434))], ent,
       dict(lang="fr", source_group="Orféo Santé", pattern="Outlook multipart/related with inline logo, passes to accountant", facts=""), crlf=True)
    # 40 previous transfer rejected, redo today
    simple("tissot_fr_virement_rejete_refait", addr("Arnaud Tissot", "arnaud@tissot-horlogerie.fr"), "Re: Rappel : facture F-2026-0399 échue", 2, "11:55:33",
           "Bonjour,\n\nNotre virement du 24/11 a été rejeté par la banque : erreur de saisie de l'IBAN de notre côté. Je le refais aujourd'hui avec le bon IBAN.\n\nDésolé pour le contretemps,\nArnaud Tissot",
           dict(lang="fr", source_group="Tissot Horlogerie", pattern="earlier transfer rejected (not paid), redone today", facts="promise_date=2026-12-02",
                notes="mentions a past transfer that failed: not already_paid"), n=399)
    # 41 EN early January cycle
    simple("quayside_en_january_cycle", addr("Megan O'Neill", "megan.oneill@quayside-media.example.ie"), "RE: Reminder: invoice INV-0426 is overdue", 30, "15:01:58",
           "Hi Sylvain,\n\nUnfortunately the December payment cycle has closed. Your invoice will go out in early January with the first run of the year.\n\nApologies,\nMegan O'Neill\nQuayside Media",
           dict(lang="en", source_group="Quayside Media", pattern="'early January'", facts="promise_date=early_2027-01"), n=426)
    # 42 refuses until corrections
    simple("belcour_fr_pas_tant_que", addr("Hervé Belcour", "herve@belcour-vins.fr"), "Re: Rappel : facture F-2026-0397 échue", 4, "10:12:44",
           "Monsieur Peyrac,\n\nNous ne réglerons pas cette facture tant que les corrections demandées le 12 novembre (fiches produits, paiement en 3x) ne seront pas faites. Je vous l'ai déjà écrit.\n\nH. Belcour",
           dict(lang="fr", source_group="Belcour Vins", pattern="refusal conditioned on fixes (negated payment)", facts="dispute=yes"), n=397)
    # 43 paid via PayPal hier soir
    simple("mazet_fr_paypal_hier", addr("Léa Mazet", "lea.mazet@example.com"), "Re: Rappel : facture F-2026-0427 échue", 3, "08:04:29",
           "Bonjour Sylvain, je vous ai réglé par PayPal hier soir, à l'adresse indiquée sur la facture. Bonne journée ! Léa",
           dict(lang="fr", source_group="Léa Mazet", pattern="already paid 'hier soir' by PayPal", facts="already_paid=2026-12-02"), n=427)
    # 44 base64 webmail, hospitalised, semaine prochaine
    simple("morel_fr_base64_semaine_prochaine", addr("Jacqueline Morel", "jacqueline.morel@example.fr"), "Re: Rappel : facture F-2026-0396 échue", 1, "14:20:15",
           "Bonjour Monsieur Peyrac,\n\nJe vous prie de m'excuser, j'étais hospitalisée ces dernières semaines. Je vous envoie un chèque dès mon retour à la maison, la semaine prochaine.\n\nBien cordialement,\nJacqueline Morel",
           dict(lang="fr", source_group="Jacqueline Morel", pattern="webmail base64 body, 'la semaine prochaine'", facts="promise_date=week_of_2026-12-07"),
           n=396, cte="base64", extra=[("X-Mailer", "Open-Xchange Mailer v7.10")])
    # 45 EN IBAN + Friday
    simple("fjord_en_iban_friday", addr("Anders Nilsen", "anders@fjordlabs.example.no"), "Re: Reminder: invoice INV-0435 is overdue", 30, "11:11:11",
           "Hi,\n\nOur bank bounced the transfer - it says the IBAN on the invoice is invalid. Can you send me your bank details again? We'll pay Friday once I have them.\n\nAnders",
           dict(lang="en", source_group="Fjord Labs", pattern="IBAN request + weekday promise", facts="promise_date=2026-12-04;request_rib=yes"), n=435)
    # 46 broken MIME: us-ascii declared, utf-8 bytes
    hr("giraud_fr_charset_casse", [("From", addr("Pierre Giraud", "p.giraud@giraud-transports.fr")), ("To", OWN), ("Subject", "Re: Rappel : facture F-2026-0395 =?utf-8?q?=C3=A9chue?="),
        ("Date", D(3, "10:05:00")), ("Message-ID", mid("giraud", "giraud-transports.fr")), ("In-Reply-To", rmid(395)), ("References", rmid(395))],
       (["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
        "Bonjour,\n\nPaiement lancé ce matin par notre comptable, vous devriez le recevoir d'ici 48h.\n\nPierre Giraud\nGiraud Transports\n".encode("utf-8")),
       dict(lang="fr", source_group="Giraud Transports", pattern="declared us-ascii/7bit but raw UTF-8 bytes", facts="already_paid=2026-12-03",
            notes="'paiement lancé ce matin' = transfer initiated today"))
    # 47 left the company
    simple("serre_fr_plus_dans_societe", addr("Camille Serre", "c.serre@atelier-nacre.fr"), "Re: Rappel : facture F-2026-0394 échue", 4, "09:27:43",
           "Bonjour,\n\nJe ne fais plus partie de l'Atelier Nacre depuis octobre. Merci d'adresser vos relances à Mme Pons, gérante : direction@atelier-nacre.fr.\n\nBonne continuation,\nCamille",
           dict(lang="fr", source_group="Atelier Nacre", pattern="person left the company, redirects (written by a person)", facts=""), n=394)

# ---------------------------------------------------------------- payment_notification / other helpers
def notice(label, fname, frm, subj, day, hm, text=None, html=None, meta=None, to=OWN, extra=(), cs="utf-8", cte="quoted-printable", att=None, crlf=False):
    dom = frm.split("@")[-1].strip(">")
    hd = [("From", frm), ("To", to), ("Subject", h(subj, cs if cs != "us-ascii" else "utf-8")), ("Date", D(day, hm)), ("Message-ID", mid(fname, dom))] + list(extra)
    if text is not None and html is not None:
        ent = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], fname)
    elif html is not None:
        ent = leaf("text/html", html, cs, cte)
    else:
        ent = leaf("text/plain", text, cs, cte)
    if att:
        ent = multi("mixed", [ent] + att, fname)
    write(label, fname, hd, ent, meta, crlf=crlf)

def pm(fname, frm, subj, day, hm, text=None, html=None, provider="", lang="fr", pattern="", direction="", amount="", currency="EUR",
       payer="", reference="", value_date="", cap="no", notes="", **kw):
    notice("payment_notification", fname, frm, subj, day, hm, text, html,
           dict(lang=lang, provider=provider, source_group=provider, pattern=pattern, direction=direction, amount=amount, currency=currency,
                payer=payer, reference=reference, value_date=value_date, counts_as_payment=cap, notes=notes), **kw)

def table(rows, title="", color="#1a1a1a", foot=""):
    tr = "".join(f'<tr><td style="padding:6px 12px;color:#666">{a}</td><td style="padding:6px 12px;font-weight:600">{b}</td></tr>' for a, b in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f6">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:{color}">'
            f'<tr><td style="padding:24px"><h2 style="margin:0 0 12px">{title}</h2><table>{tr}</table></td></tr>'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#999">{foot}</td></tr></table></td></tr></table></body></html>')

AUTO = "Ceci est un message automatique, merci de ne pas y répondre."

def payments():
    # Qonto: transfer received
    pm("qonto_fr_virement_recu", addr("Qonto", "noreply@qonto.com"), "Vous avez reçu un virement de 1 480,00 €", 4, "10:02:11",
       "Bonjour Sylvain,\n\nVous avez reçu un virement sur le compte Peyrac Web.\n\nMontant : +1 480,00 €\nDe : BRASSERIE LORTET\nRéférence : VIR F-2026-0412\nDate : 04/12/2026\n\nRetrouvez le détail de la transaction dans votre application Qonto.\n\nL'équipe Qonto\n\nQonto - 18 rue de Navarin, 75009 Paris. " + AUTO,
       table([("Montant", "+1 480,00 €"), ("De", "BRASSERIE LORTET"), ("Référence", "VIR F-2026-0412"), ("Date", "04/12/2026")], "Virement reçu", foot="Qonto – " + AUTO),
       provider="Qonto", pattern="transfer received, text+HTML table", direction="in", amount="1480.00", payer="BRASSERIE LORTET", reference="VIR F-2026-0412", value_date="2026-12-04", cap="yes")
    # Qonto: outgoing transfer
    pm("qonto_fr_virement_sortant", addr("Qonto", "noreply@qonto.com"), "Votre virement de 312,00 € a été envoyé", 1, "08:31:54",
       "Bonjour Sylvain,\n\nVotre virement de 312,00 € à destination de CABINET VALLIERES EXPERTISE a bien été exécuté.\n\nRéférence : Honoraires novembre\nDate d'exécution : 01/12/2026\n\nL'équipe Qonto\n" + AUTO,
       provider="Qonto", pattern="outgoing transfer executed", direction="out", amount="312.00", reference="Honoraires novembre", value_date="2026-12-01")
    # Shine: tu, transfer received
    pm("shine_fr_tu_as_recu", addr("Shine", "hello@shine.fr"), "💸 Tu as reçu 650,00 €", 2, "13:47:20",
       "Bonne nouvelle Sylvain !\n\nMENUISERIE ABADIE t'a envoyé 650,00 € sur ton compte Shine.\nLibellé : ACOMPTE F-2026-0431\n\nÀ très vite,\nL'équipe Shine\n\nTu reçois cet e-mail car les notifications de virements entrants sont activées dans ton application.",
       html_wrap("<p>Bonne nouvelle Sylvain&nbsp;!</p><p><b>MENUISERIE ABADIE</b> t’a envoyé <b>650,00&nbsp;€</b> sur ton compte Shine.<br>Libellé&nbsp;: ACOMPTE F-2026-0431</p><p style='font-size:11px;color:#888'>Tu reçois cet e-mail car les notifications de virements entrants sont activées.</p>"),
       provider="Shine", pattern="informal 'tu', emoji subject", direction="in", amount="650.00", payer="MENUISERIE ABADIE", reference="ACOMPTE F-2026-0431", value_date="2026-12-02", cap="yes")
    # Shine: URSSAF direct debit
    pm("shine_fr_prelevement_urssaf", addr("Shine", "hello@shine.fr"), "Prélèvement de 1 128,00 € par URSSAF", 4, "06:15:02",
       "Salut Sylvain,\n\nUn prélèvement de 1 128,00 € a été débité de ton compte.\nCréancier : URSSAF RHONE-ALPES\nRéf. mandat : URSSAF-7521-XX\n\nPense à vérifier que ton solde est suffisant pour les prochaines échéances.\n\nL'équipe Shine",
       provider="Shine", pattern="SEPA direct debit taken", direction="out", amount="1128.00", reference="URSSAF-7521-XX", value_date="2026-12-04")
    # BNP Paribas: alert, amount in subject, terse body
    pm("bnp_fr_alerte_credit", addr("BNP Paribas", "alertes@bnpparibas.com"), "Mes Alertes : opération créditrice de 2 340,00 EUR", 1, "07:02:40",
       "Bonjour,\n\nUne opération créditrice de 2 340,00 EUR a été enregistrée le 30/11/2026 sur votre compte professionnel n° ****7721.\nLibellé : VIR SEPA RECU /DE SARL MECABOIS /MOTIF F-2026-0390\n\nPour consulter vos comptes, connectez-vous à votre espace client.\n\nBNP Paribas - Mes Alertes\nCe message vous est envoyé automatiquement. Merci de ne pas y répondre.",
       provider="BNP Paribas", pattern="alert service, bank statement-style label", direction="in", amount="2340.00", payer="SARL MECABOIS", reference="F-2026-0390", value_date="2026-11-30", cap="yes", cs="iso-8859-1")
    # Credit Agricole: low balance
    pm("ca_fr_alerte_solde", addr("Crédit Agricole", "alertes@credit-agricole.fr"), "Alerte solde : votre compte est passé sous le seuil de 500,00 €", 3, "06:00:14",
       "Madame, Monsieur,\n\nLe solde de votre compte n° *****3381 est de 412,36 € au 03/12/2026, inférieur au seuil de 500,00 € que vous avez défini.\n\nCrédit Agricole Centre-Est\n" + AUTO,
       provider="Crédit Agricole", pattern="balance below threshold", direction="statement", amount="412.36", notes="amount is the balance, not a movement")
    # Société Générale: statement
    pm("sg_fr_releve_disponible", addr("Société Générale", "information@societegenerale.fr"), "Votre relevé de compte de novembre est disponible", 2, "04:12:33",
       None, html_wrap("<p>Madame, Monsieur,</p><p>Votre relevé de compte professionnel du mois de <b>novembre 2026</b> est disponible dans votre Espace Client, rubrique e-Documents.</p><p>Nous vous remercions de votre confiance.</p><p style='font-size:10px'>Société Générale – S.A. au capital de ... – 552 120 222 RCS Paris. Ce message est envoyé automatiquement.</p>"),
       provider="Société Générale", pattern="HTML-only statement available", direction="statement", currency="")
    # LCL: 2 transfers
    pm("lcl_fr_deux_virements", addr("LCL", "alertes@lcl.fr"), "2 virements reçus sur votre compte", 3, "07:45:51",
       "Bonjour,\n\n2 virements ont été crédités sur votre compte ****0912 :\n\n- 02/12/2026 : +480,00 € - VERDIER PAYSAGE - REF F-2026-0414\n- 03/12/2026 : +1 056,00 € - ORFEO SANTE SAS - FACTURE 0424\n\nConsultez le détail sur LCL Mes Comptes.\n\nLCL - Le Crédit Lyonnais. " + AUTO,
       provider="LCL", pattern="plural: two credits in one alert", direction="in|in", amount="480.00|1056.00", payer="VERDIER PAYSAGE|ORFEO SANTE SAS",
       reference="REF F-2026-0414|FACTURE 0424", value_date="2026-12-02|2026-12-03", cap="yes", notes="two credits, each from one identified payer")
    # La Banque Postale: amount in subject only
    pm("lbp_fr_montant_objet_seul", addr("La Banque Postale", "ne-pas-repondre@labanquepostale.fr"), "Virement reçu : +890,00 €", 30, "12:30:00",
       "Bonjour,\n\nUne nouvelle opération est disponible sur votre compte.\nPour en consulter le détail, connectez-vous à votre Espace client ou à l'application La Banque Postale.\n\nLa Banque Postale\n" + AUTO,
       provider="La Banque Postale", pattern="amount only in subject, no payer", direction="in", amount="890.00", value_date="2026-11-30", cap="yes",
       notes="payer not given; counts_as_payment=yes is uncertain (money in but payer unidentified)")
    # Crédit Mutuel: direct debit
    pm("cm_fr_prelevement_sepa", addr("Crédit Mutuel", "alertes@creditmutuel.fr"), "Avis de prélèvement SEPA", 2, "05:55:09",
       "Bonjour,\n\nUn prélèvement SEPA va être débité sur votre compte courant ****4410.\n\nCréancier : FREE PRO\nMontant : 39,99 EUR\nDate d'échéance : 03/12/2026\nRéférence : FP-2026-11-884213\n\nCrédit Mutuel - " + AUTO,
       provider="Crédit Mutuel", pattern="upcoming direct debit", direction="out", amount="39.99", reference="FP-2026-11-884213", value_date="2026-12-03")
    # CIC: outgoing transfer rejected
    pm("cic_fr_virement_rejete", addr("CIC", "alertes@cic.fr"), "Rejet de votre virement", 1, "10:48:17",
       "Bonjour,\n\nLe virement de 540,00 EUR émis le 27/11/2026 au profit de STUDIO GRAPHIK LEA n'a pas pu être exécuté : compte du bénéficiaire clôturé (motif AC04).\nLes fonds ont été recrédités sur votre compte.\n\nCIC - " + AUTO,
       provider="CIC", pattern="outgoing transfer returned, reason code AC04", direction="failed", amount="540.00", value_date="2026-12-01")
    # Boursorama
    pm("bourso_fr_vous_avez_recu", addr("Boursorama Banque", "noreply@boursorama.fr"), "Vous avez reçu un virement", 3, "09:09:09",
       "Bonjour,\n\nVous avez reçu un virement de 1 200,00 € de OPTIQUE DELAROUE SARL.\nMotif : REGLT F-2026-0405\nDate de valeur : 03/12/2026\n\nBoursoBank\n" + AUTO,
       provider="Boursorama", pattern="transfer received, payer name misspelled vs client", direction="in", amount="1200.00", payer="OPTIQUE DELAROUE SARL",
       reference="REGLT F-2026-0405", value_date="2026-12-03", cap="yes", notes="payer spelled DELAROUE in the bank label")
    # Hello bank! card payment
    pm("hellobank_fr_paiement_carte", addr("Hello bank!", "notifications@hellobank.fr"), "Paiement par carte de 89,99 €", 30, "20:14:44",
       "Hello Sylvain,\n\nUn paiement de 89,99 € a été effectué avec votre carte **** 5521 chez AMAZON EU SARL le 30/11/2026.\n\nCe n'est pas vous ? Faites opposition immédiatement depuis l'appli.\n\nHello bank!",
       provider="Hello bank!", pattern="card payment", direction="out", amount="89.99", value_date="2026-11-30")
    # Fortuneo HTML table
    pm("fortuneo_fr_avis_operation_html", addr("Fortuneo", "serviceclient@fortuneo.fr"), "Avis d'opération sur votre compte", 2, "08:22:05",
       None, table([("Type", "Virement SEPA reçu"), ("Émetteur", "M OU MME DUMAS FRANCOISE"), ("Montant", "+ 350,00 EUR"), ("Libellé", "FACTURE 0415"), ("Date de valeur", "02/12/2026")],
                   "Avis d'opération", foot="Fortuneo – " + AUTO),
       provider="Fortuneo", pattern="HTML-only table", direction="in", amount="350.00", payer="M OU MME DUMAS FRANCOISE", reference="FACTURE 0415", value_date="2026-12-02", cap="yes")
    # Caisse d'Epargne daily balance
    pm("ce_fr_solde_quotidien", addr("Caisse d'Epargne", "alertes@caisse-epargne.fr"), "Votre solde au 01/12/2026", 1, "06:30:00",
       "Bonjour,\n\nSolde de votre compte ****2207 au 01/12/2026 : 6 482,15 € créditeur.\nDernière opération : PRLV SEPA ORANGE -42,99 €\n\nCaisse d'Epargne Rhône Alpes\n" + AUTO,
       provider="Caisse d'Épargne", pattern="daily balance alert", direction="statement", amount="6482.15", notes="balance notice mentioning last operation")
    # Banque Populaire instant transfer
    pm("bp_fr_virement_instantane", addr("Banque Populaire", "noreply@banquepopulaire.fr"), "Virement instantané reçu", 4, "16:02:38",
       "Bonjour,\n\nUn virement instantané de 2 880,00 € vient d'être crédité sur votre compte.\nDonneur d'ordre : RAVEL ET FILS\nRéférence : F-2026-0407\n\nBanque Populaire Auvergne Rhône Alpes\n" + AUTO,
       provider="Banque Populaire", pattern="instant transfer received", direction="in", amount="2880.00", payer="RAVEL ET FILS", reference="F-2026-0407", value_date="2026-12-04", cap="yes")
    # N26 EN
    pm("n26_en_received", addr("N26", "no-reply@n26.com"), "You've received €750.00", 2, "11:36:21",
       "Hi Sylvain,\n\nLena Hoffmann sent you €750.00.\nReference: Website relaunch deposit\n\nThe money is already in your N26 account.\n\nYour N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because you enabled transaction notifications.",
       provider="N26", lang="en", pattern="English neobank, person payer", direction="in", amount="750.00", payer="Lena Hoffmann", reference="Website relaunch deposit", value_date="2026-12-02", cap="yes")
    # Revolut Business GBP
    pm("revolut_en_payment_received_gbp", addr("Revolut Business", "no-reply@revolut.com"), "Payment received", 1, "14:12:57",
       "You've received £1,250.00 GBP from NORTHFIELD ANALYTICS LTD\n\nReference: INV-0419\nAccount: GBP Main\n\nOpen the Revolut Business app to see details.\n\nRevolut Ltd is registered in England and Wales. You are receiving this email because you are a Revolut Business customer.",
       provider="Revolut Business", lang="en", pattern="GBP credit", direction="in", amount="1250.00", currency="GBP", payer="NORTHFIELD ANALYTICS LTD", reference="INV-0419", value_date="2026-12-01", cap="yes")
    # Revolut card declined
    pm("revolut_en_card_declined", addr("Revolut Business", "no-reply@revolut.com"), "Card payment declined", 3, "22:41:03",
       "Your card payment of €59.00 to ADOBE *CREATIVE CLOUD was declined: insufficient balance.\n\nTop up your account to avoid further declines.\n\nRevolut Business",
       provider="Revolut Business", lang="en", pattern="declined card payment", direction="failed", amount="59.00", value_date="2026-12-03")
    # Wise received
    pm("wise_en_money_arrived", addr("Wise", "noreply@wise.com"), "You've received 1,500.00 EUR from Halvorsen Design AS", 3, "15:20:40",
       "Hi Sylvain,\n\nHalvorsen Design AS sent you 1,500.00 EUR. It's now in your EUR balance.\n\nReference: INV-0433\n\nThanks,\nThe Wise Team\n\nYou're receiving this email because you have a Wise account.",
       provider="Wise", lang="en", pattern="money in, payer in subject", direction="in", amount="1500.00", payer="Halvorsen Design AS", reference="INV-0433", value_date="2026-12-03", cap="yes")
    # Wise incoming being checked (pending)
    pm("wise_en_incoming_pending", addr("Wise", "noreply@wise.com"), "We're checking an incoming payment", 4, "09:51:12",
       "Hi Sylvain,\n\nWe've been notified of an incoming payment of 3,200.00 USD from BRIGHTWAVE INC. Before it reaches your balance, we need to run a few checks. This usually takes 1-2 working days. We'll email you when it's ready.\n\nThe Wise Team",
       provider="Wise", lang="en", pattern="incoming payment on hold, not yet credited", direction="none", amount="3200.00", currency="USD", value_date="",
       notes="money not yet on the account")
    # Stripe payout paid
    pm("stripe_en_payout_on_way", addr("Stripe", "notifications@stripe.com"), "Your €3,412.50 payout for Peyrac Web is on the way", 1, "03:04:44",
       "Your payout of €3,412.50 is on the way to your bank account (QONTO ****0142).\n\nExpected arrival: 3 Dec 2026\nPayout ID: po_1QzX8kAbCdEf12\nIncludes 14 payments, 1 refund, fees -€98.21.\n\nStripe, 354 Oyster Point Blvd, South San Francisco, CA. You're receiving this email because you're an administrator of Peyrac Web.",
       provider="Stripe", lang="en", pattern="payout bundling many charges", direction="in", amount="3412.50", reference="po_1QzX8kAbCdEf12", value_date="2026-12-03", cap="no_aggregate")
    # Stripe payout failed
    pm("stripe_en_payout_failed", addr("Stripe", "notifications@stripe.com"), "Action required: your payout failed", 4, "05:40:00",
       "A payout of €812.00 to your bank account ending in 0142 failed because the bank account could not be found (no_account). The funds have been returned to your Stripe balance and payouts are paused.\n\nUpdate your bank details in the Dashboard to resume payouts.\n\n— The Stripe team",
       provider="Stripe", lang="en", pattern="payout failed, payouts paused", direction="failed", amount="812.00", value_date="2026-12-04")
    # Stripe dispute
    pm("stripe_en_dispute_opened", addr("Stripe", "notifications@stripe.com"), "A customer disputed a €240.00 payment", 2, "17:27:31",
       "A cardholder has disputed a payment of €240.00 made on 12 Nov 2026 (reason: product_not_received). €240.00 and a €20.00 dispute fee have been withdrawn from your balance.\n\nSubmit evidence before 20 Dec 2026 to contest it.\nPayment: py_3QaBcD2026XYZ\n\nStripe",
       provider="Stripe", lang="en", pattern="chargeback with fee", direction="chargeback", amount="240.00", reference="py_3QaBcD2026XYZ", value_date="2026-12-02")
    # Stripe invoice paid by one client
    pm("stripe_en_invoice_paid", addr("Stripe", "notifications@stripe.com"), "Invoice INV-0436 was paid", 30, "10:10:10",
       "Halvorsen Design AS paid invoice INV-0436 for €960.00 by card.\n\nPayment date: 30 Nov 2026\nThe funds will be included in your next payout.\n\nStripe",
       provider="Stripe", lang="en", pattern="single invoice paid via Stripe Invoicing", direction="in", amount="960.00", payer="Halvorsen Design AS", reference="INV-0436", value_date="2026-11-30", cap="yes")
    # PayPal received
    pm("paypal_fr_paiement_recu", addr("service@paypal.fr", "service@paypal.fr"), "Vous avez reçu un paiement", 2, "21:33:01",
       "Bonjour Sylvain Peyrac,\n\nLéa Mazet vous a envoyé 350,00 € EUR.\n\nRemarque : Facture F-2026-0427\nN° de transaction : 7KT12345AB678901C\n\nLes fonds sont disponibles sur votre compte PayPal.\n\nPayPal\nVeuillez ne pas répondre à cet e-mail.",
       table([("Expéditeur", "Léa Mazet"), ("Montant reçu", "350,00 € EUR"), ("Remarque", "Facture F-2026-0427"), ("N° de transaction", "7KT12345AB678901C")], "Vous avez reçu un paiement", color="#003087", foot="PayPal (Europe) S.à r.l. et Cie, S.C.A."),
       provider="PayPal", pattern="PayPal money received, sender = person", direction="in", amount="350.00", payer="Léa Mazet", reference="7KT12345AB678901C", value_date="2026-12-02", cap="yes")
    # PayPal refund sent
    pm("paypal_fr_remboursement_envoye", addr("service@paypal.fr", "service@paypal.fr"), "Vous avez envoyé un remboursement de 45,00 € EUR", 3, "11:08:45",
       "Bonjour Sylvain Peyrac,\n\nVous avez remboursé 45,00 € EUR à Tom Keller.\nN° de transaction : 2AB98765CD432109E\n\nPayPal",
       provider="PayPal", pattern="refund issued by owner", direction="refund", amount="45.00", reference="2AB98765CD432109E", value_date="2026-12-03")
    # PayPal pending
    pm("paypal_fr_paiement_en_attente", addr("service@paypal.fr", "service@paypal.fr"), "Paiement en attente", 1, "13:13:13",
       "Bonjour,\n\nUn paiement de 1 100,00 € EUR de KERVELLA EVENEMENTS est en attente. Les fonds seront disponibles sur votre compte une fois le paiement approuvé par la banque de l'expéditeur (4 à 6 jours ouvrés).\n\nPayPal",
       provider="PayPal", pattern="pending payment (not arrived)", direction="none", amount="1100.00", value_date="",
       notes="money announced but not available; payer column left empty per guide (money in only)")
    # PayPal dispute
    pm("paypal_fr_litige_ouvert", addr("service@paypal.fr", "service@paypal.fr"), "Un litige a été ouvert", 4, "08:49:02",
       "Bonjour Sylvain Peyrac,\n\nVotre client a ouvert un litige concernant un paiement de 180,00 € EUR (N° de transaction 5GH45678JK901234L). Motif : objet non conforme à la description.\nLe montant est bloqué en attendant la résolution.\n\nRépondez avant le 14 décembre 2026 dans le Centre de résolution.\n\nPayPal",
       provider="PayPal", pattern="buyer dispute, funds held", direction="chargeback", amount="180.00", reference="5GH45678JK901234L", value_date="2026-12-04")
    # SumUp payout
    pm("sumup_fr_versement", addr("SumUp", "no-reply@sumup.com"), "Votre versement de 212,40 € est en route", 1, "04:00:00",
       "Bonjour,\n\nNous avons initié le virement de 212,40 € vers votre compte bancaire se terminant par 0142.\nPériode : transactions du 30/11/2026 (6 transactions, frais déduits : 3,60 €)\n\nL'équipe SumUp\n" + AUTO,
       provider="SumUp", pattern="payout for card-reader sales", direction="in", amount="212.40", value_date="2026-12-01", cap="no_aggregate")
    # GoCardless collected
    pm("gocardless_fr_paiement_confirme", addr("GoCardless", "help@gocardless.com"), "Paiement de 300,00 € encaissé auprès de Bertin Coaching", 4, "07:15:33",
       "Bonjour Sylvain,\n\nLe prélèvement de 300,00 € auprès de Bertin Coaching (mandat MD-00041X) a été encaissé avec succès le 04/12/2026.\nRéférence : F-2026-0410-ECH1\n\nIl sera inclus dans votre prochain virement GoCardless.\n\nGoCardless",
       provider="GoCardless", pattern="direct debit collected from a client", direction="in", amount="300.00", payer="Bertin Coaching", reference="F-2026-0410-ECH1", value_date="2026-12-04", cap="yes")
    # GoCardless failed
    pm("gocardless_en_payment_failed", addr("GoCardless", "help@gocardless.com"), "Payment failed: Fjord Labs AS", 3, "07:20:09",
       "Hi Sylvain,\n\nThe payment of €1,050.00 from Fjord Labs AS failed: the customer's bank reported insufficient funds (AM04).\nWe'll retry automatically in 3 working days unless you cancel.\n\nGoCardless",
       provider="GoCardless", lang="en", pattern="failed direct debit with retry", direction="failed", amount="1050.00", value_date="2026-12-03")
    # Mollie settlement
    pm("mollie_nl_en_settlement", addr("Mollie", "info@mollie.com"), "Uitbetaling / Settlement MOL-2026-5531 is on its way", 2, "06:06:06",
       "Hi,\n\nSettlement MOL-2026-5531 of €1,964.75 is on its way to NL** **** 0142.\n\nNumber of payments: 23\nRefunds: -€49.00\nFees: -€14.90\n\nKind regards,\nMollie",
       provider="Mollie", lang="en", pattern="bilingual subject settlement", direction="in", amount="1964.75", reference="MOL-2026-5531", value_date="2026-12-02", cap="no_aggregate")
    # PayPlug
    pm("payplug_fr_nouveau_paiement", addr("PayPlug", "notifications@payplug.com"), "Nouveau paiement de 720,00 €", 30, "16:50:20",
       None, html_wrap("<h3>Nouveau paiement reçu</h3><p>Client : <b>Verdier Paysage</b><br>Montant : <b>720,00 €</b><br>Description : Facture F-2026-0393<br>Date : 30/11/2026</p><p style='font-size:10px;color:#999'>PayPlug – Vous recevez cet e-mail car vous êtes administrateur du compte marchand Peyrac Web.</p>"),
       provider="PayPlug", pattern="HTML-only PSP notice", direction="in", amount="720.00", payer="Verdier Paysage", reference="Facture F-2026-0393", value_date="2026-11-30", cap="yes")
    # Sumeria (Lydia)
    pm("sumeria_fr_recu_de_thomas", addr("Sumeria", "no-reply@sumeria.eu"), "Thomas vous a envoyé 60,00 €", 30, "19:22:01",
       "Thomas Girard vous a envoyé 60,00 € avec Sumeria.\nMessage : « cours WordPress 👍 »\n\nL'argent est disponible sur votre compte.\n\nSumeria (ex-Lydia)",
       provider="Sumeria", pattern="P2P app, first name subject, emoji message", direction="in", amount="60.00", payer="Thomas Girard", reference="cours WordPress 👍", value_date="2026-11-30", cap="yes")
    # Pennylane bank feed
    pm("pennylane_fr_transaction_rapprochee", addr("Pennylane", "notifications@pennylane.com"), "Facture F-2026-0421 payée", 4, "11:45:00",
       "Bonjour Sylvain,\n\nNous avons détecté une transaction bancaire de +3 960,00 € de AGENCE TRAMONTANE sur votre compte Qonto et l'avons rapprochée de la facture F-2026-0421.\n\nDate de l'opération : 04/12/2026\n\nL'équipe Pennylane",
       provider="Pennylane", pattern="accounting tool bank feed matched to invoice", direction="in", amount="3960.00", payer="AGENCE TRAMONTANE", reference="F-2026-0421", value_date="2026-12-04", cap="yes")
    # Indy bank feed outgoing
    pm("indy_fr_transaction_a_categoriser", addr("Indy", "bonjour@indy.fr"), "1 nouvelle transaction à catégoriser", 2, "18:00:00",
       "Bonjour Sylvain,\n\nUne nouvelle transaction a été synchronisée depuis votre banque :\n\n  02/12/2026   NOTION LABS INC   -12,00 €\n\nCatégorisez-la en un clic depuis votre tableau de bord.\n\nL'équipe Indy",
       provider="Indy", pattern="bank feed, outgoing card transaction", direction="out", amount="12.00", value_date="2026-12-02")
    # Remittance advice from client AP system
    pm("sopreval_fr_avis_de_paiement", addr("SOPREVAL Comptabilité", "no-reply-ap@sopreval.fr"), "Avis de paiement n° 2026-11874", 3, "02:14:51",
       "AVIS DE PAIEMENT\n\nFournisseur : PEYRAC WEB (F004712)\nDate de paiement : 07/12/2026\nMode : Virement SEPA\n\nN° facture      Date        Montant\nF-2026-0406     15/10/2026  1 860,00\n\nTotal réglé : 1 860,00 EUR\n\nDocument généré automatiquement - SAP",
       provider="SOPREVAL (client AP)", pattern="client remittance advice, future payment date, fixed-width table", direction="in", amount="1860.00", payer="SOPREVAL", reference="2026-11874",
       value_date="2026-12-07", cap="no_claim", notes="remittance advice: money not seen by a bank")
    # Société Générale card refund
    pm("sg_fr_remboursement_carte", addr("Société Générale", "alertes@societegenerale.fr"), "Alerte : remboursement sur votre carte", 4, "12:00:51",
       "Bonjour,\n\nUne opération de remboursement de 129,00 EUR a été effectuée sur votre carte ****8830.\nCommerçant : DECATHLON LYON\nDate : 03/12/2026\n\nSociété Générale",
       provider="Société Générale", pattern="merchant refund on card", direction="refund", amount="129.00", value_date="2026-12-03")
    # N26 direct debit out
    pm("n26_fr_prelevement", addr("N26", "no-reply@n26.com"), "Prélèvement de 19,99 € effectué", 1, "05:10:41",
       "Bonjour Sylvain,\n\nOVH SAS a prélevé 19,99 € sur ton compte N26.\nMandat : OVH-FR-2931\n\nTon équipe N26",
       provider="N26", pattern="French N26 direct debit", direction="out", amount="19.99", reference="OVH-FR-2931", value_date="2026-12-01")
    # Qonto: in, from English company, amount only in HTML
    pm("qonto_fr_html_only_in", addr("Qonto", "noreply@qonto.com"), "Nouvelle transaction entrante", 30, "17:35:08", None,
       table([("Montant", "+2 640,00 €"), ("Émetteur", "OAKRIDGE VENTURES LLC"), ("Libellé", "4471-PX INV-0424"), ("Date", "30/11/2026")], "Transaction entrante", foot=AUTO),
       provider="Qonto", pattern="HTML-only, details only in table", direction="in", amount="2640.00", payer="OAKRIDGE VENTURES LLC", reference="4471-PX INV-0424", value_date="2026-11-30", cap="yes")

# ---------------------------------------------------------------- auto_reply
def ar(fname, frm, subj, day, hm, text=None, html=None, meta=None, n=None, extra=(), **kw):
    ex = list(extra)
    if n: ex = [("In-Reply-To", rmid(n)), ("References", rmid(n))] + ex
    notice("auto_reply", fname, frm, subj, day, hm, text, html, meta, extra=ex, **kw)

def autos():
    ar("tramontane_fr_outlook_reponse_auto", addr("Sabine Roux", "s.roux@agence-tramontane.fr"), "Réponse automatique : Rappel : facture F-2026-0421 échue", 2, "08:00:41",
       "Bonjour,\n\nJe suis absente du bureau, de retour le lundi 7 décembre. En cas d'urgence, merci de contacter Inès Carrel (i.carrel@agence-tramontane.fr).\n\nCordialement,\nSabine Roux",
       meta=dict(lang="fr", source_group="Agence Tramontane", pattern="Outlook 'Réponse automatique :' with headers", facts="ooo_until=2026-12-07"), n=421,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.roux@agence-tramontane.fr")])
    ar("brightwave_en_gmail_vacation", addr("Priya Raman", "priya@brightwave.example.com"), "Out of office: Reminder: invoice INV-0430 is overdue", 30, "08:01:02",
       "Hi,\n\nI'm out of the office until Monday, December 14 with limited access to email. For anything urgent please write to ap@brightwave.example.com.\n\nPriya",
       meta=dict(lang="en", source_group="Brightwave", pattern="Gmail vacation responder", facts="ooo_until=2026-12-14"), n=430,
       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    ar("pichon_fr_absence_sans_entete", addr("Pichon Traiteur", "contact@pichon-traiteur.fr"), "Absence du bureau", 30, "08:00:12",
       "Bonjour,\n\nNous sommes fermés pour inventaire. Retour le mercredi 2 décembre.\nMerci de votre compréhension.\n\nL'équipe Pichon Traiteur",
       meta=dict(lang="fr", source_group="Pichon Traiteur", pattern="absence notice without Auto-Submitted header, not threaded", facts="ooo_until=2026-12-02"))
    ar("cleret_fr_ap_accuse_reception", addr("Comptabilité Fournisseurs Groupe Clérêt", "factures@groupe-cleret.fr"), "Accusé de réception - Rappel : facture F-2026-0416 échue", 1, "08:00:05",
       "Bonjour,\n\nNous accusons réception de votre message. Ceci est une réponse automatique.\n\nRappel : nos factures fournisseurs sont réglées à 45 jours fin de mois, par virement, sous réserve de la réception d'une facture conforme (n° de commande, SIRET, RIB).\nPour toute relance, merci de ne pas répondre à ce message : un gestionnaire traitera votre demande sous 5 jours ouvrés.\n\nGroupe Clérêt - Centre de services partagés",
       meta=dict(lang="fr", source_group="Groupe Clérêt", pattern="AP autoresponder with payment terms", facts=""), n=416, extra=[("Auto-Submitted", "auto-replied")])
    ar("oakridge_en_ap_autoresponder", addr("Oakridge Accounts Payable", "ap@oakridge-ventures.example.com"), "Automatic reply: Reminder: invoice INV-0424 is overdue", 30, "08:00:33",
       "Thank you for contacting Oakridge Ventures Accounts Payable.\n\nYour email has been logged as case AP-55821. Invoices are processed within 10 business days of receipt and paid on net-45 terms. Please do not resend invoices already submitted; duplicates delay processing.\n\nThis mailbox is not monitored for replies.",
       meta=dict(lang="en", source_group="Oakridge Ventures", pattern="AP autoresponder with case number", facts=""), n=424, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    ar("hexalis_fr_helpdesk_ticket", addr("Support Hexalis", "support@hexalis.fr"), "[Demande #48213] Rappel : facture F-2026-0420 échue", 30, "08:00:19",
       None, html_wrap("<p>Bonjour,</p><p>Votre demande a bien été reçue et porte le numéro <b>#48213</b>. Un membre de notre équipe vous répondra dans les meilleurs délais.</p><p>Pour ajouter des informations, répondez simplement à cet e-mail.</p><p style='color:#999'>Hexalis – Centre de support</p>"),
       meta=dict(lang="fr", source_group="Hexalis", pattern="helpdesk ticket autoresponder, HTML-only", facts=""), n=420, extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")])
    # MDN read receipt FR (Outlook)
    mdn = multi("report", [leaf("text/plain", "Votre message\n\n  À : Rémi Ganivet\n  Objet : Rappel : facture F-2026-0408 échue\n  Envoyé : lundi 30 novembre 2026 08:00:00 (UTC+01:00)\n\na été lu le lundi 30 novembre 2026 17:58:12 (UTC+01:00).\n"),
                           (["Content-Type: message/disposition-notification"], b"Reporting-UA: ganivet-btp.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;remi.ganivet@ganivet-btp.fr\nOriginal-Message-ID: <dunnerd.408.1@peyrac-web.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
                "mdn408", params="; report-type=disposition-notification")
    write("auto_reply", "ganivet_fr_mdn_lu", [("From", addr("Rémi Ganivet", "remi.ganivet@ganivet-btp.fr")), ("To", OWN), ("Subject", h("Lu : Rappel : facture F-2026-0408 échue")),
          ("Date", D(30, "17:58:12")), ("Message-ID", mid("mdn408", "ganivet-btp.fr")), ("References", rmid(408))], mdn,
          dict(lang="fr", source_group="Ganivet BTP", pattern="Outlook read receipt (MDN)", facts=""), crlf=True)
    mdn = multi("report", [leaf("text/plain", "This is a Return Receipt for the mail that you sent to anders@fjordlabs.example.no.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n"),
                           (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"", "Content-Disposition: inline"], b"Reporting-UA: fjordlabs.example.no; Thunderbird\nFinal-Recipient: rfc822;anders@fjordlabs.example.no\nOriginal-Message-ID: <dunnerd.435.1@peyrac-web.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
                "mdn435", params="; report-type=disposition-notification")
    write("auto_reply", "fjord_en_thunderbird_return_receipt", [("From", addr("Anders Nilsen", "anders@fjordlabs.example.no")), ("To", OWN), ("Subject", "Return Receipt (displayed) - Reminder: invoice INV-0435 is overdue"),
          ("Date", D(30, "09:15:40")), ("Message-ID", mid("mdn435", "fjordlabs.example.no")), ("References", rmid(435))], mdn,
          dict(lang="en", source_group="Fjord Labs", pattern="Thunderbird MDN", facts=""))
    ar("belcour_fr_challenge_response", addr("Protection anti-spam Belcour Vins", "antispam@belcour-vins.fr"), "Votre message est en attente de validation", 4, "08:00:09",
       "Bonjour,\n\nVotre message « Rappel : facture F-2026-0397 échue » adressé à herve@belcour-vins.fr est en attente.\nCe destinataire est protégé contre le spam. Pour que votre message soit remis, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous (valable 7 jours) :\n\nhttps://validation.example.net/confirm?id=8f31c2a9\n\nVous n'aurez à le faire qu'une seule fois.",
       meta=dict(lang="fr", source_group="Belcour Vins", pattern="challenge-response anti-spam", facts=""), extra=[("Auto-Submitted", "auto-replied")])
    ar("quayside_en_zimbra_parental_leave", addr("Ciaran Doyle", "ciaran.doyle@quayside-media.example.ie"), "Auto: Reminder: invoice INV-0426 is overdue", 30, "08:00:58",
       "Thanks for your email. I'm on parental leave until 4 January 2027. Invoices and payment queries: finance@quayside-media.example.ie\n\nCiaran",
       meta=dict(lang="en", source_group="Quayside Media", pattern="X-Autoreply only, long leave", facts="ooo_until=2027-01-04",
                 notes="reminder was also sent to a colleague; the colleague answered by hand (human_reply quayside_en_january_cycle)"), n=426, extra=[("X-Autoreply", "yes"), ("X-Mailer", "Zimbra 10.0")])
    ar("kervella_fr_conge_maternite", addr("Compta Kervella", "compta@kervella-evenements.fr"), "Absence : Rappel : facture F-2026-0411 échue", 3, "08:00:16",
       "Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question comptable ou relative au paiement des factures, merci de contacter directement Yann Kervella : yann@kervella-evenements.fr.\n\nMerci,\nAurélie",
       meta=dict(lang="fr", source_group="Kervella Événements", pattern="absence without return date", facts=""), n=411, extra=[("Auto-Submitted", "auto-replied")])
    ar("nacre_fr_adresse_plus_consultee", addr("Atelier Nacre", "c.serre@atelier-nacre.fr"), "Adresse non consultée", 4, "08:00:07",
       "Cette adresse n'est plus consultée. Merci d'écrire à direction@atelier-nacre.fr.\n\n-- Message automatique --",
       meta=dict(lang="fr", source_group="Atelier Nacre", pattern="'address no longer read' autoresponder", facts=""), n=394, extra=[("Auto-Submitted", "auto-replied")])
    ar("alpstein_de_abwesenheit", addr("Lea Brunner", "lea.brunner@alpstein.example.ch"), "Abwesenheitsnotiz: Reminder: invoice INV-0432 is overdue", 3, "08:00:22",
       "Guten Tag\n\nIch bin bis und mit 4. Dezember nicht im Büro und ab Montag, 7.12.2026 wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.\n\nFreundliche Grüsse\nLea Brunner\n\n---\nI am out of the office until 4 December, back on 7 December.",
       meta=dict(lang="de", source_group="Alpstein", pattern="German/English Abwesenheitsnotiz", facts="ooo_until=2026-12-07"), n=432,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], cs="iso-8859-1")
    ar("lumenia_en_freshdesk_ticket", addr("Lumenia Support", "support@lumenia.example.com"), "Ticket Received - Re: Reminder: invoice INV-0429 is overdue", 2, "10:49:30",
       "Dear Sylvain,\n\nWe would like to acknowledge that we have received your request and a ticket has been created. A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\nTicket #10293\n\nThank you for your patience.\nLumenia Support Team",
       meta=dict(lang="en", source_group="Lumenia", pattern="Freshdesk-style ticket acknowledgement", facts=""), extra=[("Auto-Submitted", "auto-generated")])
    ar("orfeo_fr_outlook_html_absent", addr("Valérie Cosson", "v.cosson@orfeo-sante.fr"), "Réponse automatique : Rappel : facture F-2026-0424 échue", 1, "08:00:03", None,
       html_wrap("<p>Bonjour,</p><p>Je suis absente du bureau jusqu’au mercredi 2 décembre inclus, de retour le jeudi 3 décembre. Vos messages seront traités à mon retour.</p><p>Valérie Cosson</p>"),
       meta=dict(lang="fr", source_group="Orféo Santé", pattern="Outlook HTML-only absence", facts="ooo_until=2026-12-03"), n=434,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], crlf=True)

# ---------------------------------------------------------------- bounce
def orig(n, to, subj, day=30):
    hl = [f"From: {OWN}", f"To: {to}", f"Subject: {h(subj)}", f"Date: {D(day, '08:00:00')}", f"Message-ID: {rmid(n)}", "MIME-Version: 1.0"]
    return hl, leaf("text/plain", reminder_fr(f"F-2026-0{n}", "1 200,00 €", "15/11/2026"))

def dsn_report(seed, human_text, mta, rcpt, status, action, diag, n, to, subj, day=30, headers_only=False, extra_fields=""):
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {D(day, '08:00:02')}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
          f"Remote-MTA: dns; mx.{rcpt.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n{extra_fields}").encode()
    oh, oent = orig(n, to, subj, day)
    if headers_only:
        third = (["Content-Type: text/rfc822-headers"], "\n".join(oh).encode() + b"\n")
    else:
        third = rfc822(oh, oent)
    return multi("report", [leaf("text/plain", human_text), (["Content-Type: message/delivery-status"], ds), third], seed,
                 params="; report-type=delivery-status")

def bounces():
    S = "Rappel : facture F-2026-0{} échue"
    def b(fname, frm, subj, day, hm, ent, meta, crlf=False, extra=()):
        write("bounce", fname, [("From", frm), ("To", OWNER[1]), ("Subject", h(subj)), ("Date", D(day, hm)),
               ("Message-ID", mid(fname, frm.split("@")[-1].strip(">"))), ("Auto-Submitted", "auto-replied")] + list(extra), ent, meta, crlf=crlf)
    r = "contact.kervella@gmail.com"
    b("gmail_en_user_unknown", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)", 30, "08:00:04",
      dsn_report("g1", f"** Address not found **\n\nYour message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\n",
                 "mx.google.com", r, "5.1.1", "failed", "550-5.1.1 The email account that you tried to reach does not exist.", 411, r, S.format(411)),
      dict(lang="en", source_group="Gmail", pattern="Gmail 550 5.1.1 with DSN part", facts=f"failed_recipient={r}"))
    r = "compta@ravel-fils.fr"
    b("exchange_online_en_recipient_not_found", addr("Microsoft Outlook", "postmaster@peyrac-web.fr"), "Undeliverable: " + S.format(407), 1, "08:00:06",
      dsn_report("x1", f"Your message to {r} couldn't be delivered.\n\ncompta wasn't found at ravel-fils.fr.\n\nsylvain    Office 365    compta\nAction Required                       Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
                 "PAXP193MB1234.EURP193.PROD.OUTLOOK.COM", r, "5.1.10", "failed", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", 407, r, S.format(407), day=1, headers_only=True),
      dict(lang="en", source_group="Exchange Online", pattern="Office 365 NDR, text/rfc822-headers", facts=f"failed_recipient={r}"), crlf=True)
    r = "menuiserie.abadie31@orange.fr"
    b("orange_fr_boite_pleine", addr("Mail Delivery System", "MAILER-DAEMON@orange.fr"), "Mail delivery failed: returning message to sender", 1, "08:00:09",
      dsn_report("o1", f"Votre message n'a pas pu être remis au destinataire suivant :\n\n  {r}\n  Boîte aux lettres pleine / mailbox full\n\nCe message a été généré automatiquement par le serveur de messagerie Orange.\n",
                 "opmta1mto02nd1.mail.orange.fr", r, "5.2.2", "failed", "552 5.2.2 Mailbox full / Boite pleine", 398, r, S.format(398), day=1),
      dict(lang="fr", source_group="Orange", pattern="Orange MTA, mailbox full", facts=f"failed_recipient={r}"))
    r = "boutique.dumas@free.fr"
    b("free_fr_postfix_user_unknown", addr("Mail Delivery System", "MAILER-DAEMON@smtp.free.fr"), "Undelivered Mail Returned to Sender", 2, "08:00:03",
      dsn_report("f1", f"This is the mail system at host smtp.free.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n<{r}>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1 <{r}>:\n    Recipient address rejected: User unknown in local recipient table\n",
                 "smtp.free.fr", r, "5.1.1", "failed", f"550 5.1.1 <{r}>: Recipient address rejected: User unknown in local recipient table", 415, r, S.format(415), day=2,
                 extra_fields="X-Postfix-Queue-ID: 4Q9tLk1Xyz\n"),
      dict(lang="en", source_group="Free", pattern="Postfix bounce via Free", facts=f"failed_recipient={r}"))
    r = "direction@camping-pinsbleus.fr"
    b("ovh_exim_fr_en_rejected", addr("Mail Delivery System", "Mailer-Daemon@mo552.mail-out.ovh.net"), "Mail delivery failed: returning message to sender", 30, "08:00:11",
      (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
       (f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {r}\n    host mx2.mail.ovh.net [198.51.100.25]\n    SMTP error from remote mail server after RCPT TO:<{r}>:\n    550 5.1.1 <{r}>: Recipient address rejected: this mailbox is disabled\n\n------ This is a copy of the message, including all the headers. ------\n\n"
        + "\n".join(orig(402, r, S.format(402))[0]) + "\n\n" + reminder_fr("F-2026-0402", "2 300,00 €", "10/11/2026") + "\n").encode()),
      dict(lang="en", source_group="OVH", pattern="Exim-style plain text, no DSN part", facts=f"failed_recipient={r}"), extra=[("X-Failed-Recipients", r)])
    r = "contact@lafarge-consiel.fr"
    b("postfix_en_host_not_found", addr("Mail Delivery System", "MAILER-DAEMON@mail.peyrac-web.fr"), "Undelivered Mail Returned to Sender", 3, "08:00:01",
      dsn_report("p1", f"This is the mail system at host mail.peyrac-web.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<{r}>: Host or domain name not found. Name service error for\n    name=lafarge-consiel.fr type=MX: Host not found, try again\n",
                 "mail.peyrac-web.fr", r, "5.4.4", "failed", "X-Postfix; Host or domain name not found", 404, r, S.format(404), day=3),
      dict(lang="en", source_group="Postfix (owner's relay)", pattern="domain typo, DNS failure", facts=f"failed_recipient={r}"))
    r = "gaelle@brasserie-lortet.fr"
    b("postfix_en_delayed_warning", addr("Mail Delivery System", "MAILER-DAEMON@mail.peyrac-web.fr"), "Delayed Mail (still being retried)", 30, "12:00:14",
      dsn_report("p2", f"This is the mail system at host mail.peyrac-web.fr.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n<{r}>: connect to mx.brasserie-lortet.fr[203.0.113.7]:25: Connection timed out\n",
                 "mail.peyrac-web.fr", r, "4.4.1", "delayed", "X-Postfix; connect to mx.brasserie-lortet.fr[203.0.113.7]:25: Connection timed out", 412, r, S.format(412), headers_only=True,
                 extra_fields="Will-Retry-Until: Sat, 5 Dec 2026 08:00:02 +0100\n"),
      dict(lang="en", source_group="Postfix (owner's relay)", pattern="delay warning", facts=f"failed_recipient={r};bounce_final=no"))
    r = "t.gaudin@sopreval.fr"
    b("gmail_en_delay", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Delay)", 1, "20:02:40",
      dsn_report("g2", f"** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {r}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n451 4.3.0 Mail server temporarily rejected message.\n",
                 "mx.google.com", r, "4.3.0", "delayed", "451 4.3.0 Mail server temporarily rejected message.", 406, r, S.format(406), day=1),
      dict(lang="en", source_group="Gmail", pattern="Gmail delay DSN", facts=f"failed_recipient={r};bounce_final=no"))
    r = "jm@menuiserie-abadie.fr"
    b("qmail_en_failure_notice_no_dsn", addr("", "MAILER-DAEMON@mail.menuiserie-abadie.fr"), "failure notice", 2, "08:00:22",
      leaf("text/plain", f"Hi. This is the qmail-send program at mail.menuiserie-abadie.fr.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{r}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n" + "\n".join(orig(398, r, S.format(398))[0]) + "\n\n(body truncated)\n", "us-ascii", "7bit"),
      dict(lang="en", source_group="qmail", pattern="qmail failure notice, no DSN part, 'MAILER-DAEMON' without display name", facts=f"failed_recipient={r}"))
    r = "a.vernhes@vernhes-avocats.fr"
    b("exchange_onprem_fr_non_remis", addr("Administrateur système", "postmaster@vernhes-avocats.fr"), "Non remis : " + S.format(403), 2, "08:00:31",
      dsn_report("x2", f"Votre message n'a pas pu être remis à certains destinataires ou à aucun d'entre eux.\n\nObjet : Rappel : facture F-2026-0403 échue\nEnvoyé le : 02/12/2026 08:00\n\nImpossible de joindre le ou les destinataires suivants :\n\n  Anne Vernhes le 02/12/2026 08:00\n    La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.\n    <SRV-EXCH01.vernhes.local #5.2.2 smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException>\n",
                 "SRV-EXCH01.vernhes.local", r, "5.2.2", "failed", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", 403, r, S.format(403), day=2, headers_only=True),
      dict(lang="fr", source_group="Exchange on-premises", pattern="French Exchange 'Non remis', quota", facts=f"failed_recipient={r}"), crlf=True)

# ---------------------------------------------------------------- other
def ot(fname, frm, subj, day, hm, text=None, html=None, provider="", lang="fr", group="", pattern="", notes="", **kw):
    notice("other", fname, frm, subj, day, hm, text, html,
           dict(lang=lang, provider=provider, source_group=group or provider, pattern=pattern, notes=notes), **kw)

UNSUB = [("List-Unsubscribe", "<https://example.net/unsub?u=8842>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

def others():
    ot("qonto_newsletter_nouveautes", addr("Qonto", "news@qonto.com"), "Nouveautés Qonto : factures électroniques, cartes virtuelles et plus", 1, "10:00:00", None,
       html_wrap("<h1>Ce qui change en décembre</h1><p>La facturation électronique arrive : préparez-vous dès maintenant avec Qonto.</p><p>Cartes virtuelles illimitées dès l’offre Essential.</p><p style='font-size:10px'>Vous recevez cette newsletter car vous êtes client Qonto. <a href='#'>Se désinscrire</a></p>", "font-family:Arial"),
       provider="Qonto", pattern="bank newsletter, HTML-only", extra=UNSUB)
    ot("boursobank_parrainage", addr("BoursoBank", "offres@boursobank.com"), "150 € offerts pour vous et vos proches 🎁", 3, "11:30:00",
       "Parrainez vos proches : jusqu'à 150 € offerts pour eux, 80 € pour vous, à chaque ouverture de compte.\nOffre valable jusqu'au 31/12/2026, voir conditions.\n\nPour ne plus recevoir nos offres, cliquez ici.",
       html_wrap("<h2>150 € offerts</h2><p>Parrainez vos proches et recevez 80 € par filleul.</p>"), provider="Boursorama", pattern="bank marketing with amounts", extra=UNSUB)
    ot("ovhcloud_facture_disponible", addr("OVHcloud", "noreply@ovh.net"), "Votre facture OVHcloud FR58213377 est disponible", 1, "03:22:10",
       "Bonjour,\n\nVotre facture FR58213377 d'un montant de 23,99 € TTC est disponible dans votre espace client.\nElle sera prélevée sur votre moyen de paiement par défaut.\n\nL'équipe OVHcloud",
       provider="OVHcloud", pattern="supplier invoice to the owner", notes="amount present but not a bank notice")
    ot("freepro_facture_novembre", addr("Free Pro", "facture@freepro.fr"), "Free Pro - Votre facture de novembre 2026", 2, "06:41:00", None,
       html_wrap("<p>Bonjour,</p><p>Votre facture Free Pro du mois de novembre 2026 est disponible : <b>39,99 € TTC</b>, prélevée le 03/12/2026.</p><p>Consultez-la dans votre Espace Abonné.</p>"),
       provider="Free Pro", pattern="ISP invoice, HTML-only, mentions a future debit")
    ot("vallieres_expert_comptable_facture", addr("Cabinet Vallières Expertise", "facturation@vallieres-expertise.fr"), "Facture honoraires décembre 2026 - PEYRAC WEB", 1, "09:00:00",
       "Bonjour Monsieur Peyrac,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° HV-26-1204 (312,00 € TTC) pour la tenue comptable de décembre.\nRèglement à réception par virement (IBAN sur la facture).\n\nBien cordialement,\nLe service facturation\nCabinet Vallières Expertise",
       provider="", group="Cabinet Vallières Expertise", pattern="accountant's invoice with PDF to the owner",
       att=[leaf("application/pdf", tiny_pdf(["Cabinet Vallieres Expertise", "Facture HV-26-1204", "Client : PEYRAC WEB", "Total TTC : 312,00 EUR"]), None, "base64", name="HV-26-1204.pdf", disp="attachment")])
    ot("urssaf_nouveau_message", addr("Urssaf", "ne-pas-repondre@urssaf.fr"), "Vous avez un nouveau message dans votre espace en ligne", 30, "14:02:00",
       "Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne sur autoentrepreneur.urssaf.fr / urssaf.fr.\nPour le consulter, connectez-vous à votre compte.\n\nCordialement,\nVotre Urssaf\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.",
       provider="Urssaf", pattern="administration notification")
    ot("impots_avis_cfe", addr("DGFiP", "ne-pas-repondre@dgfip.finances.gouv.fr"), "Votre avis de CFE 2026 est disponible dans votre espace professionnel", 2, "07:00:00",
       "Madame, Monsieur,\n\nVotre avis d'impôt de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.\nDate limite de paiement : 15 décembre 2026.\n\nLa Direction générale des Finances publiques",
       provider="impots.gouv.fr", pattern="tax notice with due date", cs="iso-8859-1")
    ot("malt_nouvelle_mission", addr("Malt", "noreply@malt.fr"), "Nouvelle opportunité : Développeur Symfony - Lyon (3 mois)", 3, "09:12:00", None,
       html_wrap("<p>Bonjour Sylvain,</p><p>Un client recherche un <b>développeur Symfony</b> pour une mission de 3 mois à Lyon. TJM indicatif : 550 €.</p><p><a href='#'>Voir le projet</a></p>"),
       provider="Malt", pattern="freelance marketplace notification with money figure", extra=UNSUB)
    ot("linkedin_recherches", addr("LinkedIn", "notifications-noreply@linkedin.com"), "Sylvain, vous êtes apparu dans 14 recherches cette semaine", 30, "18:20:00",
       "Vous êtes apparu dans 14 recherches cette semaine.\nDécouvrez qui vous recherche : https://www.linkedin.com/me/search-appearances\n\nCet e-mail était destiné à Sylvain Peyrac (Développeur web freelance).\nVous recevez des e-mails de notification LinkedIn. Se désabonner",
       provider="LinkedIn", pattern="social network notification", extra=UNSUB)
    ot("phishing_credit_agricole", addr("Credit Agricole", "securite@ca-clients-verif.com"), "Important : votre accès en ligne est suspendu", 2, "03:47:00", None,
       html_wrap("<p>Cher(e) client(e),</p><p>Suite à une activité inhabituelle, votre accès en ligne a été <b>suspendu</b>. Un virement de 1 480,00 € est en attente de validation sur votre compte.</p><p>Pour réactiver votre compte et recevoir les fonds, veuillez confirmer vos informations sous 24h :</p><p><a href='http://ca-clients-verif.com/login'>Réactiver mon compte</a></p><p>Crédit Agricole</p>"),
       provider="", group="phishing", pattern="phishing imitating Crédit Agricole, lookalike domain, fake pending transfer", notes="phishing is labelled other even though it mimics a bank notice")
    ot("phishing_paypal_en", addr("PayPal", "service@paypal-resolution-center.info"), "You've received a payment of $2,450.00 USD – action required", 4, "02:10:00",
       "Hello,\n\nYou have received a payment of $2,450.00 USD from Robert Klein.\nThe funds are on hold until you confirm your account. Confirm now to release the money:\nhttp://paypal-resolution-center.info/confirm\n\nPayPal Inc.",
       provider="", lang="en", group="phishing", pattern="phishing imitating PayPal payment received")
    ot("spam_vous_avez_gagne", addr("Service Gagnants", "gagnant@promo-cadeaux.example.biz"), "Félicitations Sylvain ! Vous avez gagné un iPhone 17 Pro", 1, "04:44:44",
       None, "<html><body><h1 style='color:red'>FÉLICITATIONS !!!</h1><p>Vous êtes notre 1 000 000<sup>e</sup> visiteur. Cliquez pour réclamer votre iPhone 17 Pro (frais de port 1,99 €).</p></body></html>",
       provider="", group="spam", pattern="prize spam, HTML-only")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261203T130000Z\nDTEND:20261203T140000Z\n"
           "DTSTAMP:20261130T101500Z\nORGANIZER;CN=Inès Carrel:mailto:i.carrel@agence-tramontane.fr\nUID:7kq3b0s9m2p1r@google.com\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sylvain@peyrac-web.fr:mailto:sylvain@peyrac-web.fr\n"
           "SUMMARY:Point projet refonte site Tramontane\nLOCATION:Google Meet\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    ent = multi("mixed", [multi("alternative", [leaf("text/plain", "Vous avez été invité à l'événement suivant.\n\nPoint projet refonte site Tramontane\njeu. 3 déc. 2026 14:00 – 15:00 (heure normale d’Europe centrale - Paris)\nParticiper avec Google Meet\n\nInvitation de Google Agenda\n"),
                                               leaf("text/calendar", ics, "UTF-8", "7bit", extra=[]) ], "cal")], "calm")
    ent[0][0] = ent[0][0]
    write("other", "google_agenda_invitation", [("From", addr("Inès Carrel (Google Agenda)", "calendar-notification@google.com")), ("Reply-To", "i.carrel@agence-tramontane.fr"), ("To", OWNER[1]),
          ("Subject", h("Invitation: Point projet refonte site Tramontane @ jeu. 3 déc. 2026 14:00 - 15:00 (UTC+1) (sylvain@peyrac-web.fr)")), ("Date", D(30, "11:15:00")),
          ("Message-ID", mid("cal", "google.com")), ("Sender", "Google Agenda <calendar-notification@google.com>")], ent,
          dict(lang="fr", provider="Google Calendar", source_group="Google Calendar", pattern="calendar invitation with text/calendar METHOD:REQUEST", notes="sent by a system on behalf of a client contact"))
    ot("doctolib_rappel_rdv", addr("Doctolib", "no-reply@doctolib.fr"), "Rappel : votre rendez-vous demain à 18:30", 3, "18:30:00", None,
       html_wrap("<p>Bonjour Sylvain Peyrac,</p><p>Nous vous rappelons votre rendez-vous <b>demain vendredi 4 décembre à 18:30</b> avec Dr Lemoine (masseur-kinésithérapeute).</p><p>En cas d’empêchement, pensez à annuler.</p>"),
       provider="Doctolib", pattern="appointment reminder, HTML-only")
    ot("colissimo_livraison", addr("Colissimo", "noreply@notif-colissimo-laposte.info"), "Votre colis 6A12345678901 sera livré aujourd'hui", 2, "07:05:00",
       "Bonjour,\n\nVotre colis n° 6A12345678901 expédié par LDLC sera livré aujourd'hui entre 13h et 15h.\nSuivez-le en temps réel sur laposte.fr/outils/suivre-vos-envois.\n\nColissimo",
       provider="Colissimo", pattern="shipping notice")
    ot("google_alerte_securite", addr("Google", "no-reply@accounts.google.com"), "Alerte de sécurité", 1, "23:02:00",
       "Nouvelle connexion sur Mac\n\nsylvain@peyrac-web.fr\nNous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Mac. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\nVous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.",
       provider="Google", pattern="account security alert")
    ot("figma_receipt_en", addr("Figma", "billing@figma.com"), "Your receipt from Figma #2211-4930", 1, "02:00:00",
       "Receipt from Figma, Inc.\n\nAmount paid: €16.80\nDate paid: Dec 1, 2026\nPayment method: Visa - 5521\n\nProfessional plan (1 editor) Dec 1 - Dec 31, 2026   €14.00\nVAT (20%)                                          €2.80\n\nQuestions? Visit help.figma.com",
       provider="Figma", lang="en", pattern="SaaS card receipt (merchant, not bank)", notes="a merchant receipt, not a bank/payment-service notice")
    ot("newsletter_lettre_du_freelance", addr("La Lettre du Freelance", "hello@lettredufreelance.example.fr"), "#142 — Comment relancer un client sans se fâcher", 4, "07:30:00", None,
       html_wrap("<h1>La Lettre du Freelance #142</h1><p>Cette semaine : 5 modèles de relance de facture impayée, les pénalités de retard (40 € d’indemnité forfaitaire), et l’interview d’une graphiste nantaise.</p><p><a href='#'>Se désabonner</a></p>", "font-family:Georgia"),
       provider="", group="La Lettre du Freelance", pattern="newsletter about unpaid invoices (topic words)", extra=UNSUB)
    ot("leboncoin_nouveau_message", addr("leboncoin", "no-reply@leboncoin.fr"), "Nouveau message pour « Écran Dell 27 pouces »", 30, "21:40:00",
       "Bonjour Sylvain,\n\nVous avez reçu un nouveau message de Karim au sujet de votre annonce « Écran Dell 27 pouces » :\n\n« Bonjour, l'écran est toujours dispo ? Je peux payer par virement ce soir. »\n\nRépondez depuis votre messagerie leboncoin.",
       provider="leboncoin", pattern="marketplace message notification quoting a buyer")
    ot("amazon_commande_expediee", addr("Amazon.fr", "expedition-confirmation@amazon.fr"), "Votre commande Amazon.fr de « Logitech MX Keys » a été expédiée", 30, "15:00:00", None,
       html_wrap("<p>Bonjour Sylvain,</p><p>Votre colis est en route ! Livraison prévue : <b>mercredi 2 décembre</b>.</p><p>Total de la commande : 89,99 €</p><p>Commande n° 405-1234567-8912345</p>"),
       provider="Amazon", pattern="order shipped, HTML-only, total amount")
    arf = multi("report", [leaf("text/plain", "This is an email abuse report for an email message received from IP 198.51.100.44 on Tue, 01 Dec 2026.\n"),
                           (["Content-Type: message/feedback-report"], b"Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Mail-From: <sylvain@peyrac-web.fr>\nArrival-Date: Tue, 01 Dec 2026 08:00:03 +0100\nSource-IP: 198.51.100.44\nReported-Domain: peyrac-web.fr\n"),
                           (["Content-Type: text/rfc822-headers"], ("\n".join(orig(422, "r.grantham@example.co.uk", "Reminder: invoice INV-0422 is overdue", 1)[0]) + "\n").encode())],
                 "arf", params="; report-type=feedback-report")
    write("other", "arf_abuse_report_en", [("From", addr("FBL", "fbl@feedback.example.com")), ("To", "abuse@peyrac-web.fr"), ("Subject", "Email Feedback Report for IP 198.51.100.44"), ("Date", D(2, "02:12:00")),
          ("Message-ID", mid("arf", "feedback.example.com"))], arf,
          dict(lang="en", provider="", source_group="feedback loop", pattern="ARF complaint report (recipient marked reminder as spam)"))
    ot("ameli_nouveau_document", addr("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"), "Un nouveau document est disponible sur votre compte ameli", 4, "05:00:00",
       "Bonjour,\n\nUn nouveau document est disponible dans la rubrique « Mes messages » de votre compte ameli.\n\nL'Assurance Maladie",
       provider="ameli", pattern="administration notification")
    ot("stripe_product_update_en", addr("Stripe", "updates@stripe.com"), "What's new at Stripe: faster payouts in France", 2, "17:00:00", None,
       html_wrap("<h2>Faster payouts, now in France</h2><p>Instant Payouts are now available for businesses in France. Get your funds in minutes, 7 days a week.</p><p style='font-size:10px'>You’re receiving this email because you have a Stripe account. <a href='#'>Unsubscribe</a></p>"),
       provider="Stripe", lang="en", pattern="payment service newsletter mentioning payouts", extra=UNSUB)
    ot("paypal_mise_a_jour_conditions", addr("PayPal", "paypal@mail.paypal.fr"), "Mise à jour de nos conditions d'utilisation", 3, "10:00:00",
       "Bonjour Sylvain Peyrac,\n\nNous apportons des modifications à nos Conditions d'utilisation, qui entreront en vigueur le 15 février 2027. Aucune action de votre part n'est requise.\n\nPayPal",
       provider="PayPal", pattern="policy update from a payment service")
    ot("shine_facture_abonnement", addr("Shine", "hello@shine.fr"), "Ta facture d'abonnement Shine de novembre", 1, "08:00:00",
       "Salut Sylvain,\n\nTa facture d'abonnement Shine Plus pour novembre 2026 (9,90 € HT) est disponible dans ton espace, rubrique Paramètres > Factures.\n\nL'équipe Shine",
       provider="Shine", pattern="bank's own fee invoice")
    ot("edf_facture_electricite", addr("EDF Entreprises", "ne-pas-repondre@edf.fr"), "Votre facture d'électricité est disponible", 4, "06:20:00", None,
       html_wrap("<p>Bonjour,</p><p>Votre facture n° 10045521378 d’un montant de <b>74,52 €</b> est disponible dans votre Espace Client. Elle sera prélevée le 18/12/2026.</p>"),
       provider="EDF", pattern="energy bill, HTML-only, future debit")
    ot("sncf_connect_billet", addr("SNCF Connect", "noreply@sncf-connect.com"), "Votre e-billet Lyon Part-Dieu → Paris Gare de Lyon", 1, "12:12:00",
       "Bonjour Sylvain,\n\nVoici votre e-billet pour le trajet du jeudi 10 décembre 2026.\nTGV INOUI 6602 - départ 07:04 - voiture 14, place 62\nMontant payé : 67,00 €\n\nBon voyage !\nSNCF Connect",
       provider="SNCF Connect", pattern="travel booking confirmation")
    ot("notion_invitation_workspace_en", addr("Notion", "notify@mail.notion.so"), "Inès Carrel invited you to Tramontane – Projets", 30, "16:00:00",
       "Inès Carrel (i.carrel@agence-tramontane.fr) invited you to the workspace Tramontane – Projets.\n\nAccept invite: https://www.notion.so/invite/...\n\nNotion Labs, Inc.",
       provider="Notion", lang="en", pattern="SaaS workspace invitation")

if __name__ == "__main__":
    human(); payments(); autos(); bounces(); others()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(COLS) + "\n")
        for r in ROWS:
            f.write("\t".join(str(r[c]).replace("\t", " ").replace("\n", " ") for c in COLS) + "\n")
    from collections import Counter
    print(Counter(r["label"] for r in ROWS), len(ROWS))
