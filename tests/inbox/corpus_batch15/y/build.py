#!/usr/bin/env python3
"""Builds the final15 blind evaluation set for dunnerd (owner: Karim Benali, Benali SEO, Marseille).

Standard library only.  Writes <label>/<name>.eml files and labels.tsv next to this script.
Every message is written by hand (synthetic); the formats follow the notice wordings and
layouts the senders publicly use (bank alert mails, PSP notifications, RFC 3464 DSNs,
RFC 8098 MDNs, Outlook/Gmail autoreplies), as noted in the `pattern`/`notes` columns.
"""
import base64
import datetime as dt
import os
import quopri
import shutil
import uuid
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = ["human_reply", "payment_notification", "auto_reply", "bounce", "other"]
OWNER = "karim@benali-seo.fr"
OWNER_H = "Karim Benali <karim@benali-seo.fr>"
SPLIT = "final15"
ROWS = []

PARIS = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc
MTL = dt.timezone(dt.timedelta(hours=-5))


def D(day, hh, mm, tz=PARIS, ss=0):
    """day: day of month; 30 -> 30 Nov 2026, 1..4 -> Dec 2026."""
    month = 11 if day >= 28 else 12
    return format_datetime(dt.datetime(2026, month, day, hh, mm, ss, tzinfo=tz))


def hdr(value, charset="utf-8", b=False):
    """Encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if b:
            return Header(value, charset).encode()
        h = Header(value, charset)
        return h.encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def mid(domain):
    return "<%s@%s>" % (uuid.uuid5(uuid.NAMESPACE_URL, domain + str(len(ROWS))).hex[:24], domain)


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already encoded) for leaves
        self.children = children or []
        self.boundary = boundary

    def render(self, nl):
        out = []
        for k, v in self.headers:
            out.append("%s: %s" % (k, v))
        out.append("")
        if self.children:
            if self.body:
                out.append(self.body)
            for c in self.children:
                out.append("--" + self.boundary)
                out.append(c.render(nl))
            out.append("--" + self.boundary + "--")
            out.append("")
        else:
            out.append(self.body)
        return nl.join(out)


def _enc(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    # 8bit / 7bit: keep as text (latin-1 written later as bytes)
    return text


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", extra_ct="", disp=None):
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp:
        h.append(("Content-Disposition", disp))
    p = Part(h, _enc(body, charset, cte))
    p.charset = charset
    p.orig = body
    return p


# senders whose real notices usually arrive base64-encoded (their leaf text parts are re-encoded)
B64_GROUPS = {"Qonto", "Revolut Business", "Wise", "Stripe", "N26", "Google Ads", "LinkedIn", "Malt", "Doctolib",
              "Memo Bank", "PayPlug", "Freshdesk (GreenCart)", "Gmail vacation responder"}


def to_b64(p):
    if p.children:
        for c in p.children:
            to_b64(c)
        return
    if getattr(p, "orig", None) is not None and ("Content-Transfer-Encoding", "quoted-printable") in p.headers:
        p.headers = [(k, "base64" if k == "Content-Transfer-Encoding" else v) for k, v in p.headers]
        p.body = _enc(p.orig, p.charset, "base64")


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, subtype="html")


_bcount = [0]


def _boundary(prefix="----=_Part_"):
    _bcount[0] += 1
    return "%s%d_%s" % (prefix, _bcount[0], uuid.uuid5(uuid.NAMESPACE_DNS, str(_bcount[0])).hex[:16])


def multi(subtype, *children, boundary=None, params="", preamble=None):
    b = boundary or _boundary()
    h = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, params))]
    return Part(h, preamble, list(children), b)


def alt(plain, htm, charset="utf-8", cte="quoted-printable", boundary=None):
    return multi("alternative", text(plain, charset, cte), html(htm, charset, cte), boundary=boundary)


def attachment(filename, data, ctype="application/pdf"):
    b = base64.b64encode(data).decode("ascii")
    b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b)


def raw_part(headers, body):
    return Part(headers, body)


def pdf(lines):
    """A small but valid one-page PDF with the given text lines."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n"
    for ln in lines:
        s = ln.encode("latin-1", "replace").decode("latin-1")
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(%s) '\n" % s
    content += "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def emit(label, name, frm, subject, date, body, to=OWNER_H, msgid=None, cc=None,
         irt=None, refs=None, extra=None, pre=None, nl=None, bytes_charset="utf-8",
         lang="fr", provider="", group="", pattern="", money=None, facts="", notes="",
         fidelity="synthetic", subject_raw=None):
    """Write one message.  body is a Part.  money: dict with direction, amount, ... ."""
    assert label in LABELS
    if group in B64_GROUPS:
        to_b64(body)
    h = []
    if pre is None:
        from email.utils import parseaddr
        sender = parseaddr(frm)[1]
        dom = sender.split("@")[-1]
        n = len(ROWS)
        h.append(("Return-Path", "<>" if label == "bounce" else "<%s>" % sender))
        h.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx%d.mail.ovh.net (Postfix) with ESMTPS id 4Fk%05dQz\n"
                  "\tfor <karim@benali-seo.fr>; %s" % ("out%d.%s" % (n % 7 + 1, dom), "out%d.%s" % (n % 7 + 1, dom),
                                                       n % 200 + 20, n % 4 + 1, n * 37, date)))
    else:
        h.extend(pre)  # Return-Path, Received, etc.
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject_raw if subject_raw is not None else hdr(subject)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid or mid(frm.split("@")[-1].strip(">").strip())))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h.append(("MIME-Version", "1.0"))
    if extra:
        h.extend(extra)
    h.extend(body.headers)
    top = Part(h, body.body, body.children, body.boundary)
    if nl is None:
        nl = "\n" if len(ROWS) % 3 == 0 else "\r\n"
    data = top.render("\n").replace("\r\n", "\n").replace("\n", nl)
    fn = "%s/%s.eml" % (label, name)
    path = os.path.join(OUT, fn)
    assert not os.path.exists(path), fn
    with open(path, "wb") as f:
        f.write(data.encode(bytes_charset))
    m = money or {}
    ROWS.append({
        "file": fn, "label": label, "source_repo": "synthetic", "source_path": "build.py",
        "source_commit": "", "license": "written for dunnerd", "fidelity": fidelity,
        "lang": lang, "provider": provider, "source_group": group, "pattern": pattern,
        "direction": m.get("direction", ""), "amount": m.get("amount", ""),
        "currency": m.get("currency", ""), "payer": m.get("payer", ""),
        "reference": m.get("reference", ""), "value_date": m.get("value_date", ""),
        "counts_as_payment": m.get("counts", ""), "facts": facts, "split": SPLIT,
        "notes": notes,
    })


def reminder_id(n):
    return "<dunnerd.%d.1@benali-seo.fr>" % n


def reminder_fr(first, inv, amount, due, sent="lun. 30 nov. 2026 à 09:12"):
    return ("Le %s, Karim Benali <karim@benali-seo.fr> a écrit :\n"
            "> Bonjour %s,\n>\n"
            "> Sauf erreur de ma part, la facture %s d'un montant de %s TTC,\n"
            "> échue le %s, n'a pas encore été réglée.\n"
            "> Vous la trouverez de nouveau en pièce jointe.\n>\n"
            "> Pourriez-vous m'indiquer la date de règlement prévue ?\n>\n"
            "> Bien cordialement,\n> Karim Benali\n> Benali SEO - Conseil SEO & e-commerce\n"
            "> 13006 Marseille - 06 12 34 56 78\n" % (sent, first, inv, amount, due))


def reminder_en(first, inv, amount, due, sent="On Mon, 30 Nov 2026 at 09:12, Karim Benali <karim@benali-seo.fr> wrote:"):
    return ("%s\n> Hi %s,\n>\n> According to my records, invoice %s for %s, due on %s,\n"
            "> is still outstanding. I've attached it again for convenience.\n>\n"
            "> Could you let me know when payment is scheduled?\n>\n"
            "> Best regards,\n> Karim Benali\n> Benali SEO - SEO & e-commerce consulting, Marseille\n"
            % (sent, first, inv, amount, due))


def RE(inv):
    return "Re: Rappel : facture %s échue" % inv


def REEN(inv):
    return "Re: Reminder: invoice %s is overdue" % inv


def money(direction, amount, currency="EUR", payer="", reference="", value_date="", counts="no"):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer,
                reference=reference, value_date=value_date, counts=counts)


def prepare():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)


def write_tsv():
    cols = ["file", "label", "source_repo", "source_path", "source_commit", "license", "fidelity",
            "lang", "provider", "source_group", "pattern", "direction", "amount", "currency",
            "payer", "reference", "value_date", "counts_as_payment", "facts", "split", "notes"]
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(cols) + "\n")
        for r in ROWS:
            vals = [str(r[c]).replace("\t", " ").replace("\n", " ") for c in cols]
            f.write("\t".join(vals) + "\n")


# ---------------------------------------------------------------------------
# human_reply
# ---------------------------------------------------------------------------
def humans():
    L = "human_reply"

    # 1 Savonnerie (Shopify shop) - Gmail top-post, "vendredi"
    emit(L, "savonnerie_fr_virement_vendredi", addr("Mireille Santoni", "mireille@savonnerie-dupanier.fr"),
         RE("F-2026-0312"), D(30, 10, 41),
         alt("Bonjour Karim,\n\nOui désolée, avec le Black Friday je n'ai pas eu une minute. "
             "Je fais le virement vendredi, promis.\n\nBelle journée,\nMireille\n\n"
             + reminder_fr("Mireille", "F-2026-0312", "1 480,00 €", "15/11/2026"),
             '<div dir="ltr">Bonjour Karim,<div><br></div><div>Oui désolée, avec le Black Friday je n\'ai pas eu une minute. '
             'Je fais le virement vendredi, promis.</div><div><br></div><div>Belle journée,</div><div>Mireille</div></div>'
             '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le lun. 30 nov. 2026 à 09:12, Karim Benali &lt;'
             '<a href="mailto:karim@benali-seo.fr">karim@benali-seo.fr</a>&gt; a écrit&nbsp;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             'Bonjour Mireille,<br><br>Sauf erreur de ma part, la facture F-2026-0312 d\'un montant de 1 480,00 € TTC, '
             'échue le 15/11/2026, n\'a pas encore été réglée.<br>...</blockquote></div>',
             boundary="000000000000a1b2c3d4e5f60718"),
         irt=reminder_id(312), group="La Savonnerie du Panier", pattern="Gmail top-post above quoted reminder, 'vendredi'",
         facts="promise_date=2026-12-04")

    # 2 Maison Fabre bakeries accounting - Outlook HTML only, "paiement prévu le 15"
    emit(L, "fabre_compta_outlook_html_le15", addr("Comptabilité Maison Fabre", "compta@maisonfabre-boulangeries.fr"),
         "RE: Rappel : facture F-2026-0331 échue", D(1, 14, 7),
         html('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
              '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
              '<body lang="FR" link="#0563C1"><div class="WordSection1">'
              '<p class="MsoNormal">Bonjour Monsieur Benali,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              '<p class="MsoNormal">Votre facture F-2026-0331 a bien été enregistrée dans notre logiciel. '
              'Le paiement est prévu le 15, avec notre campagne de règlements fournisseurs.<o:p></o:p></p>'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cordialement,<o:p></o:p></p>'
              '<p class="MsoNormal"><b><span style="color:#7F3F00">Sandrine Perrot</span></b><br>'
              'Service Comptabilité Fournisseurs<br>Maison Fabre – Boulangeries Pâtisseries depuis 1962<br>'
              '12 boulevard Baille – 13006 Marseille<br>Tél. 04 91 00 00 00<o:p></o:p></p>'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '<p class="MsoNormal"><b>De&nbsp;:</b> Karim Benali &lt;karim@benali-seo.fr&gt; <br><b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 09:12<br>'
              '<b>À&nbsp;:</b> Comptabilité Maison Fabre<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0331 échue</p></div>'
              '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0331 d\'un montant de 960,00 € TTC ...</p>'
              '</div></body></html>'),
         irt=reminder_id(331), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrG3kq0Yx1vT2bXQ8u7nW4pLm9f2A=="),
                                      ("Content-Language", "fr-FR")],
         group="Maison Fabre Boulangeries", pattern="Outlook HTML-only, 'le paiement est prévu le 15'",
         facts="promise_date=2026-12-15")

    # 3 Calanques Yachting - "d'ici la fin de la semaine prochaine"
    emit(L, "calanques_yachting_fin_semaine_prochaine", addr("Stéphane Orsini", "s.orsini@calanques-yachting.com"),
         RE("F-2026-0305"), D(2, 8, 55),
         text("Bonjour Karim,\n\nOn sort de la fin de saison, la trésorerie est un peu tendue en ce moment.\n"
              "Je vous règle la F-2026-0305 d'ici la fin de la semaine prochaine.\n\n"
              "Cordialement\n\nStéphane Orsini\nDirecteur commercial\nCalanques Yachting - Location de voiliers & catamarans\n"
              "Port de la Pointe Rouge, 13008 Marseille\n\n" + reminder_fr("Stéphane", "F-2026-0305", "2 400,00 €", "20/11/2026")),
         irt=reminder_id(305), group="Calanques Yachting", pattern="plain text, deadline 'fin de la semaine prochaine'",
         facts="promise_date=2026-12-11", notes="'fin de la semaine prochaine' resolved to Friday of next week (11 Dec); week_of_2026-12-07 would also be defensible")

    # 4 Sunny Linen (UK Shopify) - we'll pay on the 10th
    emit(L, "sunnylinen_en_pay_on_10th", addr("Olivia Hart", "olivia@sunnylinen.co.uk"),
         REEN("INV-0344"), D(3, 11, 20, tz=UTC),
         alt("Hi Karim,\n\nApologies for the delay - our bookkeeper has been off sick. We'll pay on the 10th, "
             "once our Shopify payout lands.\n\nThanks for your patience,\nOlivia\n\n--\nOlivia Hart | Founder\n"
             "Sunny Linen Co. | sunnylinen.co.uk\n\n" + reminder_en("Olivia", "INV-0344", "€840.00", "20 November 2026"),
             "<div>Hi Karim,</div><div><br></div><div>Apologies for the delay - our bookkeeper has been off sick. "
             "We'll pay on the 10th, once our Shopify payout lands.</div><div><br></div><div>Thanks for your patience,</div>"
             "<div>Olivia</div><div><br></div><div>--<br>Olivia Hart | Founder<br>Sunny Linen Co.</div>"
             "<blockquote>Hi Olivia, According to my records, invoice INV-0344 ...</blockquote>"),
         irt=reminder_id(344), lang="en", group="Sunny Linen Co.", pattern="English, 'we'll pay on the 10th'",
         facts="promise_date=2026-12-10")

    # 5 Harbour & Pine - payment run Thursday
    emit(L, "harbourpine_en_payment_run_thursday", addr("Tom Achterberg", "accounts@harbourandpine.io"),
         REEN("INV-0349"), D(30, 16, 2, tz=UTC),
         text("Hi Karim,\n\nThanks for the nudge. INV-0349 has been approved and is included in this week's "
              "payment run, which is on Thursday. Funds usually reach EU accounts the next working day.\n\n"
              "Kind regards,\nTom\n\nTom Achterberg\nFinance Operations\nHarbour & Pine Ltd\n"
              "Registered in England and Wales No. 12345678\n\n"
              + reminder_en("team", "INV-0349", "€2,150.00", "25 November 2026")),
         irt=reminder_id(349), lang="en", group="Harbour & Pine", pattern="English, 'payment run is on Thursday'",
         facts="promise_date=2026-12-03")

    # 6 Law firm - dispute, long disclaimer
    emit(L, "aubanel_roux_dispute_disclaimer", addr("Claire Aubanel", "c.aubanel@aubanel-roux-avocats.fr"),
         RE("F-2026-0322"), D(1, 18, 33),
         alt("Monsieur,\n\nJe reviens vers vous concernant votre facture F-2026-0322.\n\n"
             "Notre devis du 2 septembre portait sur la refonte SEO de 12 pages du site du cabinet. "
             "Votre facture en mentionne 18, dont 6 pages que nous n'avons jamais commandées. "
             "Nous contestons donc le montant facturé et vous remercions d'émettre un avoir correspondant aux 6 pages "
             "supplémentaires. Nous réglerons la partie conforme au devis dès réception.\n\n"
             "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\n\n"
             "Claire AUBANEL\nAvocat associé\nAUBANEL & ROUX AVOCATS - AARPI\n"
             "45 rue Paradis - 13001 Marseille\nTél : +33 (0)4 91 00 00 01 | Toque 123\n\n"
             "------------------------------------------------------------------\n"
             "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
             "l'intention exclusive de ses destinataires. Ils sont susceptibles d'être couverts par le secret "
             "professionnel de l'avocat (article 66-5 de la loi n°71-1130 du 31 décembre 1971). "
             "Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, "
             "merci d'en avertir immédiatement l'expéditeur et de le détruire. Internet ne permettant pas "
             "d'assurer l'intégrité de ce message, le cabinet décline toute responsabilité au titre de ce message "
             "s'il a été modifié.\n\n"
             "DISCLAIMER: This e-mail and any attachment are confidential and intended solely for the addressee. "
             "It may be covered by legal professional privilege. If you have received it in error, please notify "
             "the sender and delete it.\n",
             "<p>Monsieur,</p><p>Je reviens vers vous concernant votre facture F-2026-0322.</p>"
             "<p>Notre devis du 2 septembre portait sur la refonte SEO de 12 pages du site du cabinet. "
             "Votre facture en mentionne 18, dont 6 pages que nous n'avons jamais commandées. "
             "Nous contestons donc le montant facturé et vous remercions d'émettre un avoir correspondant aux 6 pages "
             "supplémentaires. Nous réglerons la partie conforme au devis dès réception.</p>"
             "<p>Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.</p>"
             "<p><b>Claire AUBANEL</b><br>Avocat associé<br>AUBANEL &amp; ROUX AVOCATS - AARPI</p>"
             "<p style='font-size:8pt;color:#888'>AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels "
             "(article 66-5 de la loi n°71-1130 du 31 décembre 1971)...</p>"),
         irt=reminder_id(322), group="Aubanel & Roux Avocats", pattern="formal dispute of page count, long legal disclaimer FR+EN",
         facts="dispute=yes", notes="also asks for a credit note (avoir); promises to pay undisputed part without a date")

    # 7 Dental clinic - already paid on 24 Nov
    emit(L, "centre_dentaire_deja_regle_24nov", addr("Secrétariat Centre Dentaire du Prado", "secretariat@centredentaire-prado.fr"),
         RE("F-2026-0318"), D(30, 12, 15),
         text("Bonjour,\n\nNous avons réglé cette facture le 24 novembre par virement depuis notre compte "
              "professionnel (libellé : CDP F-2026-0318).\nMerci de vérifier de votre côté.\n\n"
              "Bonne journée,\nAurélie\nSecrétariat du Dr Sophie Marchetti\nCentre Dentaire du Prado\n"
              "Prise de RDV : Doctolib ou 04 91 00 00 02\n\n" + reminder_fr("Docteur", "F-2026-0318", "1 150,00 €", "10/11/2026")),
         irt=reminder_id(318), group="Centre Dentaire du Prado", pattern="already paid with date and transfer label",
         facts="already_paid=2026-11-24")

    # 8 Djurdjura import - informal tu, paid yesterday
    emit(L, "djurdjura_tu_vire_hier", addr("Rachid Belkacem", "rachid@djurdjura-import.fr"),
         "Re: Rappel : facture F-2026-0327 échue", D(2, 9, 3),
         text("Salam Karim,\n\nT'inquiète, je t'ai fait le virement hier soir depuis le compte de la société, "
              "tu devrais l'avoir aujourd'hui ou demain. Dis-moi si tu le vois pas.\n\n"
              "Au fait, pour le site en arabe on en parle quand tu veux, mon frère est chaud.\n\nRachid\n"
              "Djurdjura Import-Export SARL - Dattes, huile d'olive, épices\nMIN des Arnavaux, Marseille"),
         irt=reminder_id(327), group="Djurdjura Import-Export", pattern="informal tu, paid 'hier soir', no quote",
         facts="already_paid=2026-12-01")

    # 9 Tourism office - Chorus Pro, resend invoice
    emit(L, "ot_cotebleue_chorus_pro_renvoyer", addr("Nathalie Giraud", "n.giraud@otcotebleue.fr"),
         RE("F-2026-0309"), D(1, 10, 28),
         text("Bonjour Monsieur Benali,\n\nNous ne retrouvons pas votre facture F-2026-0309 dans Chorus Pro. "
              "En tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur la plateforme.\n"
              "Pourriez-vous la redéposer sur Chorus Pro (SIRET 200 000 000 00012, code service FACT-OT) "
              "ou à défaut nous la renvoyer par mail afin que nous la saisissions ?\n\n"
              "Le mandatement sera fait dès réception.\n\n"
              "Bien cordialement,\n\nNathalie Giraud\nResponsable administrative et financière\n"
              "Office de Tourisme Intercommunal de la Côte Bleue\n\n" + reminder_fr("Madame", "F-2026-0309", "3 000,00 €", "05/11/2026")),
         irt=reminder_id(309), group="Office de Tourisme Côte Bleue", pattern="public body, Chorus Pro, asks invoice again",
         facts="request_invoice=yes")

    # 10 Monaco - asks IBAN/BIC
    emit(L, "riviera_prestige_mc_iban_bic", addr("Alessandra Pastor", "a.pastor@rivieraprestige.mc"),
         RE("F-2026-0336"), D(2, 15, 40),
         alt("Bonjour Karim,\n\nNotre banque à Monaco refuse d'exécuter le virement sans le BIC complet. "
             "Pourriez-vous nous renvoyer votre IBAN et votre BIC (ou un RIB au format PDF) ?\n"
             "Dès réception je lance l'ordre.\n\nBien à vous,\n\nAlessandra Pastor\nOffice Manager\n"
             "RIVIERA PRESTIGE IMMOBILIER S.A.M.\n7 avenue de la Costa - 98000 Monaco\nT. +377 93 00 00 00\n",
             "<p>Bonjour Karim,</p><p>Notre banque à Monaco refuse d'exécuter le virement sans le BIC complet. "
             "Pourriez-vous nous renvoyer votre IBAN et votre BIC (ou un RIB au format PDF) ?<br>"
             "Dès réception je lance l'ordre.</p><p>Bien à vous,</p><p><b>Alessandra Pastor</b><br>Office Manager<br>"
             "RIVIERA PRESTIGE IMMOBILIER S.A.M.<br>7 avenue de la Costa - 98000 Monaco</p>"),
         irt=reminder_id(336), group="Riviera Prestige Immobilier", pattern="Monaco client asks IBAN+BIC",
         facts="request_rib=yes")

    # 11 Quebec - jeudi le 10
    emit(L, "nordet_qc_jeudi_le_10", addr("Marc-André Tremblay", "ma.tremblay@nordet.ca"),
         "RE: Rappel : facture F-2026-0340 échue", D(1, 9, 15, tz=MTL),
         text("Bonjour Karim,\n\nDésolé pour le délai, on était en pleine période des Fêtes côté magasin en ligne. "
              "J'ai parlé avec notre contrôleuse : le virement international va partir jeudi le 10 décembre. "
              "Ça devrait rentrer dans ton compte deux ou trois jours ouvrables après, selon la banque.\n\n"
              "Merci de ta patience!\n\nMarc-André Tremblay\nCopropriétaire - Boutique Nordet\nQuébec (Québec)  G1K 0A0\n"
              "Avant d'imprimer ce courriel, pensez à l'environnement.\n"),
         irt=reminder_id(340), group="Boutique Nordet (Québec)", pattern="Québécois French, 'jeudi le 10 décembre', -0500 timezone",
         facts="promise_date=2026-12-10")

    # 12 Olivades - "Noté."
    emit(L, "olivades_note_un_mot", addr("Julien Cazalis", "julien@olivades-shop.fr"),
         RE("F-2026-0315"), D(30, 11, 2),
         text("Noté.\n\n" + reminder_fr("Julien", "F-2026-0315", "720,00 €", "16/11/2026")),
         irt=reminder_id(315), group="Olivades (PrestaShop)", pattern="one word 'Noté.' above quote", facts="")

    # 13 Boules & Co - ok merci iPhone
    emit(L, "boulesetco_ok_merci_iphone", addr("Franck Lopez", "franck@boules-et-co.fr"),
         RE("F-2026-0351"), D(3, 19, 47),
         text("ok merci\n\nEnvoyé de mon iPhone\n\n> Le 3 déc. 2026 à 09:10, Karim Benali <karim@benali-seo.fr> a écrit :\n>\n"
              "> Bonjour Franck,\n> Sauf erreur de ma part, la facture F-2026-0351 ...\n"),
         irt=reminder_id(351), extra=[("X-Mailer", "iPhone Mail (22B91)")], group="Boules & Co (PrestaShop)",
         pattern="'ok merci', Envoyé de mon iPhone", facts="")

    # 14 negation - we do not contest, pay début janvier
    emit(L, "greencart_fr_ne_contestons_pas_debut_janvier", addr("Inès Moreau", "ines.moreau@greencart.app"),
         RE("F-2026-0338"), D(2, 17, 12),
         text("Bonjour Karim,\n\nPour être claire : nous ne contestons pas la facture, le travail sur les fiches produits "
              "a été très bien fait. Simplement, nous n'avons pas encore pu la régler, notre levée de fonds "
              "n'est pas encore débloquée. Le paiement se fera début janvier.\n\nDésolée pour ce retard,\n"
              "Inès\n\nInès Moreau - COO\nGreenCart - l'épicerie vrac livrée\n"),
         irt=reminder_id(338), group="GreenCart", pattern="negation: 'nous ne contestons pas', 'pas encore pu'",
         facts="promise_date=early_2027-01")

    # 15 je n'ai pas encore pu payer, lundi
    emit(L, "cavevinsprado_pas_encore_pu_lundi", addr("Hélène Vidal", "helene@cave-du-prado.fr"),
         RE("F-2026-0358"), D(3, 20, 5),
         text("Bonsoir Karim,\n\nJe n'ai pas encore pu payer, la banque m'a bloqué le plafond de virement "
              "la semaine dernière. Je m'en occupe lundi dès l'ouverture.\n\nHélène\nLa Cave du Prado - vins & spiritueux, boutique en ligne\n"),
         irt=reminder_id(358), group="La Cave du Prado (Shopify)", pattern="negation 'pas encore pu payer', 'lundi'",
         facts="promise_date=2026-12-07")

    # 16 Tripli - forward to colleague, owner in Cc
    emit(L, "tripli_fwd_finance_cc_owner", addr("Yanis Haddad", "yanis@tripli.io"),
         "TR: Rappel : facture F-2026-0333 échue", D(30, 13, 44),
         text("Salut Camille,\n\nPeux-tu regarder celle-ci stp ? Karim a bien livré l'audit en octobre. "
              "Si tout est ok de ton côté tu peux la passer dans le prochain batch.\n\nMerci !\nYanis\n\n"
              "---------- Forwarded message ---------\nDe : Karim Benali <karim@benali-seo.fr>\n"
              "Date: lun. 30 nov. 2026 à 09:12\nSubject: Rappel : facture F-2026-0333 échue\nTo: <yanis@tripli.io>\n\n"
              "Bonjour Yanis,\n\nSauf erreur de ma part, la facture F-2026-0333 d'un montant de 4 200,00 € TTC,\n"
              "échue le 25/11/2026, n'a pas encore été réglée.\n\nBien cordialement,\nKarim Benali\n"),
         to=addr("Camille Roche", "camille@tripli.io"), cc=OWNER_H, group="Tripli",
         pattern="forward to colleague with owner in Cc, no date", facts="")

    # 17 different address - holding
    emit(L, "fabre_holding_autre_adresse", addr("Jean-Louis Fabre", "jl.fabre@holding-fabre.fr"),
         "Facture site internet", D(2, 7, 38),
         text("Karim,\n\nMa comptable m'a transféré ta relance. C'est moi qui ai bloqué le paiement le temps de voir "
              "les résultats sur Google Maps pour les 6 boutiques. C'est bon, je suis content, je lui dis de payer "
              "cette semaine.\n\nJean-Louis\n"),
         group="Maison Fabre Boulangeries", pattern="fresh mail from the owner's other company address, 'cette semaine'",
         facts="promise_date=week_of_2026-11-30", notes="'je lui dis de payer cette semaine' (current week) recorded with the week_of convention; the promise is relayed through his accountant")

    # 18 already paid with forwarded Qonto confirmation
    emit(L, "portlink_fwd_qonto_confirmation", addr("Sarah Benhamou", "sarah@portlink.io"),
         "Fwd: Virement envoyé", D(1, 11, 9),
         alt("Bonjour Karim,\n\nJe vous transfère la confirmation de Qonto, le virement est parti vendredi dernier.\n\n"
             "Sarah\n\n---------- Forwarded message ---------\nDe : Qonto <no-reply@qonto.com>\n"
             "Date: ven. 27 nov. 2026 à 15:02\nSubject: Votre virement a été envoyé\nTo: <sarah@portlink.io>\n\n"
             "Bonjour Sarah,\n\nVotre virement de 1 800,00 € à destination de BENALI KARIM a bien été envoyé.\n"
             "Référence : F-2026-0320\nDate d'exécution : 27/11/2026\n\nL'équipe Qonto\n",
             "<div>Bonjour Karim,<br><br>Je vous transfère la confirmation de Qonto, le virement est parti vendredi dernier.<br><br>Sarah</div>"
             "<div class=\"gmail_quote\">---------- Forwarded message ---------<br>De : <b>Qonto</b> &lt;no-reply@qonto.com&gt;<br>"
             "Date: ven. 27 nov. 2026 à 15:02<br>Subject: Votre virement a été envoyé<br><br>"
             "<table><tr><td>Bonjour Sarah,<br>Votre virement de <b>1 800,00 €</b> à destination de <b>BENALI KARIM</b> a bien été envoyé.</td></tr>"
             "<tr><td>Référence : F-2026-0320<br>Date d'exécution : 27/11/2026</td></tr></table></div>"),
         group="Portlink", pattern="client forwards her bank's outgoing-transfer confirmation",
         facts="already_paid=2026-11-27", notes="contains a forwarded Qonto notice; still a person's message")

    # 19 already paid with PDF attached (avis d'opéré)
    body = multi("mixed",
                 text("Bonjour,\n\nCi-joint l'avis d'exécution du virement effectué ce matin pour la facture F-2026-0329.\n\n"
                      "Cordialement,\n\nPatrick Roussel\nGérant - Roussel Nautisme\n"),
                 attachment("Avis_execution_virement_F-2026-0329.pdf",
                            pdf(["CREDIT MUTUEL - AVIS D'EXECUTION", "Virement SEPA emis le 01/12/2026",
                                 "Beneficiaire : BENALI KARIM", "Montant : 650,00 EUR", "Motif : F-2026-0329"])))
    emit(L, "roussel_nautisme_pdf_avis_virement", addr("Patrick Roussel", "contact@roussel-nautisme.fr"),
         RE("F-2026-0329"), D(1, 10, 2), body, irt=reminder_id(329),
         group="Roussel Nautisme", pattern="already paid, bank's PDF attached", facts="already_paid=2026-12-01")

    # 20 already paid claimed, no date
    emit(L, "bijouxcalanque_deja_paye_sans_date", addr("Laetitia Marin", "laetitia@bijoux-calanque.fr"),
         RE("F-2026-0302"), D(4, 9, 31),
         text("Bonjour,\nC'est payé depuis longtemps normalement !! Vérifiez de votre côté avant de relancer svp.\n"
              "Laetitia\n"),
         irt=reminder_id(302), group="Bijoux Calanque (Shopify)", pattern="already paid, no date, annoyed",
         facts="already_paid=claimed")

    # 21 GreenCart EN dispute (different person)
    emit(L, "greencart_en_dispute_results", addr("Lukas Brandt", "lukas@greencart.app"),
         REEN("INV-0353"), D(3, 15, 18),
         text("Karim,\n\nI'm going to be direct: we're not paying the second half of this until we see the results "
              "you promised. Organic traffic is down 12% since the migration and half the category pages "
              "lost their rankings. The invoice is disputed as far as we're concerned.\n\n"
              "Happy to get on a call next week to go through the Search Console data.\n\nLukas\nCTO, GreenCart\n"),
         irt=reminder_id(353), lang="en", group="GreenCart", pattern="English dispute of results",
         facts="dispute=yes")

    # 22 Quebec - TPS/TVQ question
    emit(L, "nordet_qc_question_tps_tvq", addr("Geneviève Roy", "comptabilite@nordet.ca"),
         "Question - facture F-2026-0340", D(2, 10, 5, tz=MTL),
         text("Bonjour M. Benali,\n\nJe suis la contrôleuse chez Boutique Nordet. Avant de faire le paiement, "
              "j'aurais une question : votre facture est en euros sans TPS ni TVQ. Est-ce qu'on doit "
              "s'autocotiser de notre côté, ou est-ce que vous êtes inscrit aux fichiers de la TPS/TVQ? "
              "Pouvez-vous aussi confirmer que le montant est bien exonéré de TVA française (autoliquidation)?\n\n"
              "Merci à l'avance,\n\nGeneviève Roy, CPA\nContrôleuse financière\n"),
         group="Boutique Nordet (Québec)", pattern="tax question from Quebec controller, fresh message", facts="")

    # 23 dental clinic complaint + "le 5"
    emit(L, "centre_dentaire_plainte_relances_le5", addr("Dr Sophie Marchetti", "dr.marchetti@centredentaire-prado.fr"),
         RE("F-2026-0356"), D(3, 13, 1),
         text("Monsieur Benali,\n\nC'est la troisième relance en dix jours, je trouve cela un peu excessif pour "
              "une facture échue depuis une semaine. Je signe les virements fournisseurs en lot : le vôtre "
              "partira avec le prochain, le 5.\n\nSophie Marchetti\nChirurgien-dentiste\n\n"
              "Envoyé depuis mon mobile\n"),
         irt=reminder_id(356), group="Centre Dentaire du Prado", pattern="complaint about reminders, 'le 5'",
         facts="promise_date=2026-12-05")

    # 24 Monaco EN scheduled 12/15
    emit(L, "riviera_prestige_en_scheduled_12_15", addr("James Whitfield", "j.whitfield@rivieraprestige.mc"),
         REEN("INV-0345"), D(4, 12, 25),
         text("Dear Karim,\n\nPayment for INV-0345 has been scheduled for 12/15 through our bank in Monaco.\n"
              "Please let me know if you need our remittance details.\n\nBest,\nJames Whitfield\nDirector\n"
              "Riviera Prestige Immobilier S.A.M.\n\n" + reminder_en("James", "INV-0345", "€1,260.00", "30 November 2026")),
         irt=reminder_id(345), lang="en", group="Riviera Prestige Immobilier", pattern="English, US-style date 12/15",
         facts="promise_date=2026-12-15")

    # 25 je regarde avec mon comptable
    emit(L, "olivades_regarde_comptable", addr("Julien Cazalis", "julien@olivades-shop.fr"),
         RE("F-2026-0357"), D(4, 8, 12),
         text("Bonjour Karim,\n\nD'accord, je regarde ça avec mon comptable et je reviens vers vous.\n\n"
              "Julien\n-- \nOlivades - Huiles d'olive de Provence\nhttps://www.olivades-shop.fr\n"),
         irt=reminder_id(357), group="Olivades (PrestaShop)", pattern="non-committal, sig separator", facts="")

    # 26 partial payment + solde fin décembre
    emit(L, "calanques_yachting_50pct_solde_fin_dec", addr("Stéphane Orsini", "s.orsini@calanques-yachting.com"),
         RE("F-2026-0347"), D(2, 18, 50),
         text("Karim,\n\nOn vous a versé 50 % aujourd'hui (1 100 €), le solde suivra fin décembre quand les "
              "acomptes de nos clients pour la saison 2027 seront rentrés.\n\nStéphane\n"),
         irt=reminder_id(347), group="Calanques Yachting", pattern="partial payment today + balance 'fin décembre'",
         facts="already_paid=2026-12-02;promise_date=2026-12-31", notes="already_paid covers only half the invoice")

    # 27 request invoice + RIB
    emit(L, "mediterranee_pneus_facture_et_rib", addr("Karine Sauvage", "k.sauvage@med-pneus.fr"),
         RE("F-2026-0325"), D(30, 15, 22),
         text("Bonjour,\n\nJe ne retrouve ni la facture ni votre RIB dans nos mails. Pouvez-vous me les renvoyer "
              "tous les deux ? Je m'occupe du règlement ensuite.\n\nCordialement\nKarine Sauvage\n"
              "Assistante de direction - Méditerranée Pneus\n"),
         irt=reminder_id(325), group="Méditerranée Pneus", pattern="asks invoice and RIB", facts="request_invoice=yes;request_rib=yes")

    # 28 windows-1252 8bit - cheque sent this morning
    emit(L, "fabre_magasin_cp1252_cheque_envoye", addr("Boulangerie Fabre Castellane", "castellane@maisonfabre-boulangeries.fr"),
         "RE: Rappel : facture F-2026-0352 echue", D(2, 11, 48),
         text("Bonjour Mr Benali,\r\n\r\nLe chèque de 480 € pour la fiche Google de la boutique Castellane est parti ce matin "
              "par courrier (La Poste). Vous devriez le recevoir d'ici 2-3 jours.\r\n\r\nCordialement,\r\n"
              "Régine – responsable magasin Castellane\r\n", charset="windows-1252", cte="8bit"),
         irt=reminder_id(352), bytes_charset="cp1252",
         extra=[("X-Mailer", "Microsoft Office Outlook 12.0")],
         group="Maison Fabre Boulangeries", pattern="windows-1252 8bit body, old Outlook, cheque posted",
         facts="already_paid=2026-12-02", notes="payment by cheque posted that morning, not yet received")

    # 29 ISO-8859-1 QP, tourism office treasury
    emit(L, "ot_cotebleue_latin1_mandat_11dec", addr("Service Finances OT Cote Bleue", "finances@otcotebleue.fr"),
         "Re: Rappel : facture F-2026-0309 =?ISO-8859-1?Q?=E9chue?=", D(3, 14, 30),
         text("Bonjour,\n\nSuite au dépôt de votre facture sur Chorus Pro, le mandat de paiement a été émis ce jour. "
              "Le comptable public (Trésorerie de Martigues) procédera au virement, qui devrait intervenir d'ici le "
              "11 décembre.\n\nCordialement,\nService Finances\nOffice de Tourisme Intercommunal de la Côte Bleue\n",
              charset="iso-8859-1"),
         subject_raw="Re: Rappel : facture F-2026-0309 =?ISO-8859-1?Q?=E9chue?=",
         irt=reminder_id(309), group="Office de Tourisme Côte Bleue", pattern="ISO-8859-1 quoted-printable, public treasury 'd'ici le 11 décembre'",
         facts="promise_date=2026-12-11")

    # 30 mailing list post by a person
    emit(L, "liste_freelances_provence_post", addr("Benjamin Ollier", "benjamin@ollier-web.fr"),
         "[freelances-provence] Cherche dev PrestaShop dispo en janvier", D(1, 21, 14),
         text("Hello la liste,\n\nJe cherche un·e dev PrestaShop 8 pour reprendre un module de livraison chez un client "
              "à Aix (3-4 jours en janvier). Budget correct, client sympa et qui paie à l'heure (si si).\n"
              "Karim, si tu as quelqu'un sous le coude ?\n\nBenjamin\n\n--\n"
              "Vous recevez ce message car vous êtes abonné au groupe freelances-provence.\n"
              "Pour vous désabonner : freelances-provence+unsubscribe@lists.example.org\n"),
         to="freelances-provence@lists.example.org",
         extra=[("List-Id", "<freelances-provence.lists.example.org>"),
                ("List-Unsubscribe", "<mailto:freelances-provence+unsubscribe@lists.example.org>"),
                ("Precedence", "list"), ("Sender", "freelances-provence@lists.example.org")],
         group="freelances-provence list", pattern="mailing-list post written by a person", facts="")

    # 31 iPhone demain matin
    emit(L, "bijouxcalanque_iphone_demain_matin", addr("Laetitia Marin", "laetitia@bijoux-calanque.fr"),
         RE("F-2026-0346"), D(1, 22, 3),
         text("Je m'en occupe demain matin\n\nEnvoyé de mon iPhone\n"),
         irt=reminder_id(346), group="Bijoux Calanque (Shopify)", pattern="short iPhone reply, 'demain matin'",
         facts="promise_date=2026-12-02")

    # 32 Samsung EN Monday
    emit(L, "sunnylinen_samsung_monday", addr("Dan Hart", "dan@sunnylinen.co.uk"),
         REEN("INV-0355"), D(4, 17, 51, tz=UTC),
         text("Will sort it Monday, cheers\n\nSent from my Samsung Galaxy smartphone.\n"),
         irt=reminder_id(355), lang="en", group="Sunny Linen Co.", pattern="two-line mobile reply, 'Monday'",
         facts="promise_date=2026-12-07")

    # 33 Djurdjura associate - vers le 20
    emit(L, "djurdjura_associe_virement_algerie_le20", addr("Karima Belkacem", "karima@djurdjura-import.fr"),
         "Facture F-2026-0343 - délai", D(3, 16, 37),
         text("Bonjour Monsieur Benali,\n\nJe suis l'associée de Rachid. Pour la facture F-2026-0343 (site en arabe et "
              "en français), le règlement doit venir de notre filiale à Alger et la domiciliation bancaire "
              "prend du temps côté banque algérienne. Nous pensons que les fonds arriveront vers le 20 décembre.\n"
              "Si c'est bloquant, Rachid peut avancer depuis le compte français.\n\n"
              "Cordialement,\nKarima Belkacem\nDjurdjura Import-Export SARL\n"),
         group="Djurdjura Import-Export", pattern="fresh mail, explanation of cross-border delay, 'vers le 20 décembre'",
         facts="promise_date=2026-12-20")

    # 34 law firm assistant - lundi 7
    emit(L, "aubanel_roux_assistante_lundi7", addr("Léa Fontaine", "secretariat@aubanel-roux-avocats.fr"),
         RE("F-2026-0339"), D(2, 12, 20),
         text("Bonjour,\n\nMaître Roux est en audience toute la semaine. Le règlement de votre facture F-2026-0339 "
              "(suivi mensuel) sera effectué à son retour, lundi 7 décembre.\n\nBien cordialement,\n"
              "Léa Fontaine\nAssistante juridique\nAUBANEL & ROUX AVOCATS\n\n"
              "Ce message est confidentiel. Il est couvert par le secret professionnel.\n"),
         irt=reminder_id(339), group="Aubanel & Roux Avocats", pattern="assistant replies for partner, 'lundi 7 décembre'",
         facts="promise_date=2026-12-07")

    # 35 broken MIME - missing final boundary, charset mislabelled
    b = "=_broken_1a2b3c"
    raw = ("Content-Type: multipart/alternative; boundary=\"%s\"" % b, None)
    part_txt = ("--%s\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 8bit\n\n"
                "Bonjour Karim,\n\nVirement fait ce matin, réf. F-2026-0344 dans le libellé.\n\nBonne journée\nThéo\n\n"
                "--%s\nContent-Type: text/html; charset=us-ascii\n\n<p>Bonjour Karim,</p><p>Virement fait ce matin, "
                "réf. F-2026-0344 dans le libellé.</p><p>Bonne journée<br>Théo</p>\n" % (b, b))
    emit(L, "pixelforge_mime_casse_vire_ce_matin", addr("Théo Garnier", "theo@pixelforge.studio"),
         RE("F-2026-0360"), D(4, 10, 14),
         Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b)], part_txt),
         irt=reminder_id(360), group="Pixelforge Studio", pattern="broken MIME: no closing boundary, 8bit UTF-8 labelled us-ascii",
         facts="already_paid=2026-12-04", notes="mentions F-2026-0344 in body while replying to the F-2026-0360 reminder (client's typo)")

    # 36 EN no dispute, PO missing, reissue
    emit(L, "harbourpine_en_po_missing_reissue", addr("Priya Nair", "ap@harbourandpine.io"),
         REEN("INV-0361"), D(1, 9, 49, tz=UTC),
         text("Hello Karim,\n\nTo be clear, we do not dispute the invoice - the work was delivered. However we haven't "
              "been able to process it yet because it has no purchase order number, and our system rejects it.\n"
              "Could you reissue the invoice with PO 4500-1187 and send it to ap@harbourandpine.io?\n\n"
              "Many thanks,\nPriya Nair\nAccounts Payable\n"),
         irt=reminder_id(361), lang="en", group="Harbour & Pine", pattern="negated dispute, asks reissued invoice with PO",
         facts="request_invoice=yes")

    # 37 HT/TTC question
    emit(L, "boulesetco_question_ht_ttc", addr("Franck Lopez", "franck@boules-et-co.fr"),
         "montant facture ?", D(2, 13, 58),
         text("Bonjour Karim\nj'ai 1 200 € sur le devis et 1 440 € sur la facture, c'est la TVA je suppose ? "
              "je demande juste pour mon comptable\nFranck\n"),
         group="Boules & Co (PrestaShop)", pattern="question HT/TTC, lowercase, no punctuation", facts="")

    # 38 yacht - payment plan in 3
    emit(L, "calanques_yachting_tu_echeancier_3fois", addr("Marco Orsini", "marco@calanques-yachting.com"),
         "Re: Rappel : facture F-2026-0362 échue", D(4, 11, 6),
         text("Salut Karim,\n\nDésolé pour le retard, la saison a été compliquée (deux bateaux en cale sèche). "
              "Est-ce que tu serais d'accord pour qu'on paie en 3 fois : le 15 décembre, le 15 janvier et le 15 février ? "
              "Je te fais le premier virement le 15 quoi qu'il arrive.\n\nMarco\n"),
         irt=reminder_id(362), group="Calanques Yachting", pattern="tu, instalment plan proposal",
         facts="promise_date=2026-12-15", notes="first of three instalments (15 Dec, 15 Jan, 15 Feb)")

    # 39 Monaco EN already paid, SWIFT copy attached
    body = multi("mixed",
                 alt("Dear Karim,\n\nKindly note that the transfer for INV-0348 was executed on 30 November with value date "
                     "2 December. Please find attached the SWIFT copy (MT103) from our bank.\n\nKind regards,\n"
                     "James Whitfield\nRiviera Prestige Immobilier S.A.M.\n",
                     "<p>Dear Karim,</p><p>Kindly note that the transfer for INV-0348 was executed on 30 November with value date "
                     "2 December. Please find attached the SWIFT copy (MT103) from our bank.</p><p>Kind regards,<br>James Whitfield</p>"),
                 attachment("MT103_INV-0348.pdf", pdf(["MT103 SINGLE CUSTOMER CREDIT TRANSFER", ":20:RPI2611300042",
                                                       ":32A:261202EUR3150,00", ":50K:RIVIERA PRESTIGE IMMOBILIER SAM",
                                                       ":59:/FR76XXXXXXXXXXXXXXXXXXXXXXX BENALI KARIM", ":70:INV-0348"])))
    emit(L, "riviera_prestige_en_swift_mt103", addr("James Whitfield", "j.whitfield@rivieraprestige.mc"),
         REEN("INV-0348"), D(2, 9, 11), body, irt=reminder_id(348), lang="en",
         group="Riviera Prestige Immobilier", pattern="English, already paid, SWIFT MT103 PDF attached",
         facts="already_paid=2026-11-30")

    # 40 dispute - rankings dropped after migration
    emit(L, "olivades_dispute_migration_positions", addr("Julien Cazalis", "julien@olivades-shop.fr"),
         RE("F-2026-0363"), D(4, 16, 44),
         text("Karim,\n\nJe suis désolé mais je ne paierai pas cette facture en l'état. Depuis la migration "
              "PrestaShop 1.7 -> 8 on a perdu la moitié de nos positions sur \"huile d'olive AOP\", "
              "et les redirections 301 n'ont pas été faites sur les anciennes fiches. Tant que ce n'est pas corrigé, "
              "je considère que la prestation n'est pas terminée.\n\nJulien\n"),
         irt=reminder_id(363), group="Olivades (PrestaShop)", pattern="dispute of work quality (SEO migration)", facts="dispute=yes")

    # 41 virement lancé, 48h
    emit(L, "med_pneus_virement_lance_48h", addr("Karine Sauvage", "k.sauvage@med-pneus.fr"),
         RE("F-2026-0325"), D(3, 10, 27),
         text("Bonjour Monsieur Benali,\n\nMerci pour la relance, c'était passé entre les mailles du filet. "
              "Virement lancé, vous devriez le recevoir sous 48h.\n\nCordialement\nKarine Sauvage\n"),
         irt=reminder_id(325), group="Méditerranée Pneus", pattern="'virement lancé', 48h", facts="already_paid=2026-12-03")

    # 42 fresh mail asking IBAN, tu
    emit(L, "tripli_fresh_iban_pennylane", addr("Camille Roche", "camille@tripli.io"),
         "Ton IBAN ?", D(1, 15, 3),
         text("Hello Karim,\n\nPetite question : peux-tu m'envoyer ton IBAN ? On a migré notre compta sur Pennylane "
              "et je n'ai plus tes coordonnées bancaires dans les fournisseurs. Je programme ta facture dès que je l'ai.\n\n"
              "Merci !\nCamille\nFinance & Ops @ Tripli\n"),
         group="Tripli", pattern="fresh mail, tu, asks IBAN", facts="request_rib=yes")

    # 43 Quebec accountant EN - cheque run 18th, CAD question
    emit(L, "nordet_en_cheque_run_18th", addr("Ryan Kowalski", "ap@nordet.ca"),
         "RE: Reminder: invoice INV-0354 is overdue", D(3, 14, 2, tz=MTL),
         text("Hi Karim,\n\nWe'll process INV-0354 in our next payment run, on the 18th. Note that we normally pay "
              "suppliers in CAD unless the invoice says otherwise - yours is in EUR so we'll send a wire in EUR.\n\n"
              "Regards,\nRyan Kowalski\nAccounts Payable | Boutique Nordet\nMontreal, QC\n"),
         irt=reminder_id(354), lang="en", group="Boutique Nordet (Québec)", pattern="English from Montreal AP, 'on the 18th'",
         facts="promise_date=2026-12-18")

    # 44 payment upon corrected invoice
    emit(L, "roussel_nautisme_facture_rectifiee", addr("Patrick Roussel", "contact@roussel-nautisme.fr"),
         RE("F-2026-0364"), D(4, 14, 3),
         text("Bonjour Karim,\n\nL'adresse de facturation n'est pas la bonne (nous avons déménagé à La Ciotat en septembre). "
              "Nous procéderons au paiement à réception de la facture rectifiée.\n\nPatrick\n"),
         irt=reminder_id(364), group="Roussel Nautisme", pattern="asks corrected invoice before paying", facts="request_invoice=yes")

    # 45 la semaine prochaine
    emit(L, "boulesetco_semaine_prochaine", addr("Franck Lopez", "franck@boules-et-co.fr"),
         RE("F-2026-0335"), D(30, 18, 24),
         text("Bonsoir,\nje vous règle ça la semaine prochaine sans faute, là c'est le rush des commandes de Noël.\n"
              "Franck\n"),
         irt=reminder_id(335), group="Boules & Co (PrestaShop)", pattern="'la semaine prochaine'",
         facts="promise_date=week_of_2026-12-07")

    # 46 5 janvier
    emit(L, "cave_du_prado_5_janvier", addr("Hélène Vidal", "helene@cave-du-prado.fr"),
         RE("F-2026-0341"), D(1, 8, 40),
         text("Bonjour Karim,\n\nJe vous paie le 5 janvier, après les fêtes : toute notre trésorerie est dans le stock "
              "de Noël en ce moment. J'espère que ça vous convient.\n\nHélène\n"),
         irt=reminder_id(341), group="La Cave du Prado (Shopify)", pattern="'le 5 janvier' (next year)",
         facts="promise_date=2027-01-05")

    # 47 wrong person
    emit(L, "pixelforge_plus_dans_societe", addr("Manon Lefèvre", "manon.lefevre@pixelforge.studio"),
         RE("F-2026-0350"), D(30, 17, 5),
         text("Bonjour,\n\nJe ne travaille plus chez Pixelforge depuis fin octobre (je suis en préavis, dernier jour demain). "
              "Merci d'écrire à Théo Garnier, theo@pixelforge.studio, qui gère la compta.\n\nBonne continuation,\nManon\n"),
         irt=reminder_id(350), group="Pixelforge Studio", pattern="person says she left, redirects", facts="",
         notes="written by a person, not an autoresponder")

    # 48 Outlook HTML + disclaimer, 45 jours fin de mois
    emit(L, "fabre_compta_45jfdm_conditions", addr("Sandrine Perrot", "compta@maisonfabre-boulangeries.fr"),
         "RE: Rappel : facture F-2026-0359 échue", D(4, 9, 2),
         html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              '<div style="font-family:Calibri,sans-serif;font-size:11pt">Bonjour,<br><br>'
              'Conformément à nos conditions générales d\'achat, nos factures fournisseurs sont réglées à '
              '45 jours fin de mois. Votre facture F-2026-0359 datée du 20 octobre n\'est donc pas encore '
              'échue de notre point de vue. Nous ne contestons pas la prestation.<br><br>Cordialement,<br>'
              '<b>Sandrine Perrot</b><br>Comptabilité fournisseurs – Maison Fabre</div>'
              '<p style="font-size:7.5pt;color:gray">Ce courriel et ses pièces jointes peuvent contenir des informations '
              'confidentielles destinées uniquement à leur destinataire. Pensez à l\'environnement avant d\'imprimer ce courriel.</p>'
              '<hr><p><b>De :</b> Karim Benali<br><b>Envoyé :</b> jeudi 3 décembre 2026 09:05<br>'
              '<b>Objet :</b> Rappel : facture F-2026-0359 échue</p></body></html>'),
         irt=reminder_id(359), extra=[("X-Mailer", "Microsoft Outlook 16.0")],
         group="Maison Fabre Boulangeries", pattern="Outlook HTML-only, payment terms objection, negation",
         facts="", notes="argues the invoice is not yet due under 45 jours fin de mois (would be 2026-12-31), without contesting it; no explicit pay date")


# ---------------------------------------------------------------------------
# payment_notification
# ---------------------------------------------------------------------------
def box(rows):
    """simple HTML table rows for bank mails"""
    return "".join('<tr><td style="padding:6px 0;color:#6b6b6b">%s</td><td style="padding:6px 0;text-align:right;font-weight:600">%s</td></tr>' % r
                   for r in rows)


def payments():
    L = "payment_notification"

    # p01 Qonto - virement reçu (FR, HTML table)
    emit(L, "qonto_virement_recu_savonnerie", addr("Qonto", "notifications@qonto.com"),
         "Vous avez reçu un virement de 1 480,00 €", D(4, 9, 17),
         alt("Bonjour Karim,\n\nVous avez reçu un virement de 1 480,00 € sur le compte BENALI SEO.\n\n"
             "Émetteur : LA SAVONNERIE DU PANIER\nRéférence : F-2026-0312\nDate : 04/12/2026\n\n"
             "Retrouvez le détail de cette transaction dans votre application Qonto.\n\n"
             "L'équipe Qonto\n\nQonto, 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé par l'ACPR.\n"
             "Vous recevez cet e-mail car vous avez activé les notifications de transactions.\n",
             '<html><body style="font-family:Inter,Arial"><table width="560" align="center"><tr><td>'
             '<h2 style="font-weight:600">Vous avez reçu un virement</h2><p>Bonjour Karim,</p>'
             '<p>Un virement de <b>1 480,00 €</b> a été crédité sur le compte <b>BENALI SEO</b>.</p><table width="100%">'
             + box([("Émetteur", "LA SAVONNERIE DU PANIER"), ("Référence", "F-2026-0312"), ("Date", "04/12/2026")]) +
             '</table><p><a href="https://app.qonto.com/transactions">Voir la transaction</a></p>'
             '<p style="font-size:11px;color:#999">Qonto, 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé par l\'ACPR.<br>'
             'Vous recevez cet e-mail car vous avez activé les notifications de transactions.</p></td></tr></table></body></html>'),
         provider="Qonto", group="Qonto", pattern="HTML table, 'Vous avez reçu un virement de X €' subject",
         money=money("in", "1480.00", payer="LA SAVONNERIE DU PANIER", reference="F-2026-0312", value_date="2026-12-04", counts="yes"),
         notes="layout after Qonto's transaction notification mails (from memory of public samples)")

    # p02 Shine - tu
    emit(L, "shine_tu_as_recu_calanques", addr("Shine", "hello@shine.fr"),
         "💸 Tu as reçu 2 400,00 €", D(3, 16, 40),
         alt("Hello Karim,\n\nBonne nouvelle : tu as reçu un virement de 2 400,00 € de CALANQUES YACHTING SAS.\n"
             "Libellé : FACT F-2026-0305 SOLDE\n\nLe montant est déjà disponible sur ton compte Shine.\n\n"
             "À très vite,\nL'équipe Shine\n\nShine SAS, établissement de paiement agréé. Ceci est un message automatique, "
             "merci de ne pas y répondre.\n",
             '<div style="font-family:Arial"><p>Hello Karim,</p><p>Bonne nouvelle : tu as reçu un virement de '
             '<strong>2 400,00 €</strong> de <strong>CALANQUES YACHTING SAS</strong>.</p><p>Libellé : FACT F-2026-0305 SOLDE</p>'
             '<p>Le montant est déjà disponible sur ton compte Shine.</p><p>À très vite,<br>L\'équipe Shine</p>'
             '<p style="font-size:10px;color:#aaa">Ceci est un message automatique, merci de ne pas y répondre.</p></div>'),
         provider="Shine", group="Shine", pattern="tutoiement, emoji subject",
         money=money("in", "2400.00", payer="CALANQUES YACHTING SAS", reference="FACT F-2026-0305 SOLDE", value_date="2026-12-03", counts="yes"))

    # p03 BNP Paribas - alerte opération créditrice
    emit(L, "bnp_alerte_credit_fabre", addr("BNP Paribas", "alertes@bnpparibas.com"),
         "Alerte : opération créditrice sur votre compte", D(2, 6, 12),
         text("Madame, Monsieur,\n\nNous vous informons qu'une opération créditrice d'un montant de 960,00 EUR a été "
              "enregistrée le 01/12/2026 sur votre compte n° ****4821.\n\n"
              "Libellé : VIR SEPA RECU /DE MAISON FABRE BOULANGERIES /MOTIF F-2026-0331 /REF 2611300099\n\n"
              "Pour consulter le détail de vos opérations, connectez-vous à votre espace client sur mabanque.bnpparibas.\n\n"
              "Ce message vous est adressé dans le cadre du service d'alertes que vous avez souscrit. "
              "Merci de ne pas répondre à ce message.\n\nBNP Paribas SA au capital de 2 261 621 342 euros - 662 042 449 RCS Paris\n",
              charset="iso-8859-1"),
         provider="BNP Paribas", group="BNP Paribas", pattern="plain-text alert, ISO-8859-1, SEPA libellé with /DE /MOTIF",
         money=money("in", "960.00", payer="MAISON FABRE BOULANGERIES", reference="F-2026-0331", value_date="2026-12-01", counts="yes"))

    # p04 Crédit Agricole - solde alert
    emit(L, "credit_agricole_alerte_solde", addr("Crédit Agricole Alpes Provence", "noreply@ca-alpesprovence.fr"),
         "Alerte solde - Compte courant professionnel", D(1, 7, 5),
         text("Bonjour,\n\nVotre alerte solde : le solde de votre compte courant professionnel ****3310 est de "
              "12 482,36 EUR au 30/11/2026 (seuil d'alerte : 15 000,00 EUR).\n\n"
              "Pour gérer vos alertes, rendez-vous sur votre espace Crédit Agricole En Ligne, rubrique Alertes.\n\n"
              "Ceci est un message automatique, merci de ne pas y répondre.\n"
              "Crédit Agricole Alpes Provence - Société coopérative à capital variable\n"),
         provider="Crédit Agricole", group="Crédit Agricole", pattern="balance threshold alert",
         money=money("statement", "12482.36", value_date="2026-11-30"))

    # p05 Société Générale - relevé disponible
    emit(L, "societe_generale_releve_disponible", addr("SG - Société Générale", "information@societegenerale.fr"),
         "Votre relevé de compte de novembre est disponible", D(2, 5, 44),
         alt("Bonjour,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client "
             "Professionnels, rubrique e-Documents.\n\nNous vous remercions de votre confiance.\n\nSociété Générale\n\n"
             "Ceci est un e-mail automatique, merci de ne pas y répondre.\n",
             '<table width="600"><tr><td style="background:#e9041e;height:6px"></td></tr><tr><td>'
             '<p>Bonjour,</p><p>Votre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client '
             'Professionnels, rubrique <b>e-Documents</b>.</p><p>Société Générale</p>'
             '<p style="font-size:10px">Ceci est un e-mail automatique, merci de ne pas y répondre.</p></td></tr></table>'),
         provider="Société Générale", group="Société Générale", pattern="statement available",
         money=money("statement", ""))

    # p06 LCL - débit carte OVH
    emit(L, "lcl_alerte_debit_carte_ovh", addr("LCL", "alertes@lcl.fr"),
         "LCL - Alerte opération", D(1, 10, 12),
         text("Bonjour,\n\nUne opération de 35,99 EUR a été débitée sur votre compte ****0917 le 01/12/2026 :\n"
              "CB OVH SAS 30/11 ROUBAIX\n\nSi vous ne reconnaissez pas cette opération, contactez immédiatement votre conseiller.\n\n"
              "LCL - Le Crédit Lyonnais. Ne répondez pas à cet email, il a été envoyé automatiquement.\n"),
         provider="LCL", group="LCL", pattern="card debit alert",
         money=money("out", "35.99", reference="CB OVH SAS 30/11 ROUBAIX", value_date="2026-12-01"))

    # p07 La Banque Postale - DRFIP paying for tourism office
    emit(L, "banque_postale_virement_drfip", addr("La Banque Postale", "ne-pas-repondre@labanquepostale.fr"),
         "Vous avez reçu un virement", D(4, 8, 3),
         alt("Bonjour,\n\nVous avez reçu un virement sur votre compte professionnel ****6652.\n\n"
             "Montant : 3 000,00 €\nÉmetteur : DRFIP PROVENCE ALPES COTE D AZUR\n"
             "Motif : OT COTE BLEUE MDT 2026-1187 FACT F-2026-0309\nDate de valeur : 04/12/2026\n\n"
             "La Banque Postale\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n",
             '<p>Bonjour,</p><p>Vous avez reçu un virement sur votre compte professionnel ****6652.</p><table>'
             + box([("Montant", "3 000,00 €"), ("Émetteur", "DRFIP PROVENCE ALPES COTE D AZUR"),
                    ("Motif", "OT COTE BLEUE MDT 2026-1187 FACT F-2026-0309"), ("Date de valeur", "04/12/2026")])
             + '</table><p style="font-size:10px">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>'),
         provider="La Banque Postale", group="La Banque Postale", pattern="public treasury (DRFIP) pays for a public-body client",
         money=money("in", "3000.00", payer="DRFIP PROVENCE ALPES COTE D AZUR", reference="OT COTE BLEUE MDT 2026-1187 FACT F-2026-0309",
                      value_date="2026-12-04", counts="yes"),
         notes="payer is the public accountant, not the client name; invoice number in motif")

    # p08 Crédit Mutuel - prélèvement URSSAF
    emit(L, "credit_mutuel_prelevement_urssaf", addr("Crédit Mutuel", "alertes@creditmutuel.fr"),
         "Information sur votre compte", D(30, 7, 30),
         text("Bonjour,\n\nNous vous informons du mouvement suivant sur votre compte ****2207 :\n\n"
              "30/11/2026  PRLV SEPA URSSAF PACA  ECH/301126 ID EMETTEUR/FR12ZZZ000000   -1 284,00 EUR\n\n"
              "Cordialement,\nVotre Caisse de Crédit Mutuel\n\nCe message est généré automatiquement. "
              "Merci de ne pas y répondre.\n"),
         provider="Crédit Mutuel", group="Crédit Mutuel", pattern="direct debit taken (URSSAF)",
         money=money("out", "1284.00", reference="PRLV SEPA URSSAF PACA ECH/301126", value_date="2026-11-30"))

    # p09 CIC - +3 600,00
    emit(L, "cic_credit_aubanel_roux", addr("CIC", "alertes@cic.fr"),
         "+3 600,00 EUR sur votre compte", D(2, 13, 1),
         text("Bonjour,\n\nCrédit sur votre compte ****5530 le 02/12/2026 :\n"
              "VIR AUBANEL ET ROUX AVOCATS AARPI  F-2026-0299 ACOMPTE   +3 600,00 EUR\n\n"
              "CIC - Crédit Industriel et Commercial. Message automatique.\n"),
         provider="CIC", group="CIC", pattern="amount with sign in subject, one-line statement row",
         money=money("in", "3600.00", payer="AUBANEL ET ROUX AVOCATS AARPI", reference="F-2026-0299 ACOMPTE", value_date="2026-12-02", counts="yes"))

    # p10 BoursoBank
    emit(L, "boursobank_virement_recu_cave", addr("BoursoBank", "noreply@boursobank.com"),
         "Virement reçu sur votre compte", D(1, 12, 36),
         alt("Bonjour Karim BENALI,\n\nUn virement de 890,00 € émis par LA CAVE DU PRADO SARL a été crédité sur votre "
             "compte Pro le 01/12/2026.\nLibellé : Facture F-2026-0326\n\nBoursoBank\n"
             "Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.\n",
             '<p>Bonjour Karim BENALI,</p><p>Un virement de <b>890,00 €</b> émis par <b>LA CAVE DU PRADO SARL</b> '
             'a été crédité sur votre compte Pro le 01/12/2026.<br>Libellé : Facture F-2026-0326</p>'
             '<p style="color:#999;font-size:11px">Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.</p>'),
         provider="BoursoBank", group="BoursoBank", pattern="'émis par X a été crédité'",
         money=money("in", "890.00", payer="LA CAVE DU PRADO SARL", reference="Facture F-2026-0326", value_date="2026-12-01", counts="yes"))

    # p11 Hello bank! - outgoing transfer executed
    emit(L, "hellobank_virement_emis_cowork", addr("Hello bank!", "noreply@hellobank.fr"),
         "Votre virement a été exécuté", D(1, 9, 30),
         text("Bonjour Karim,\n\nVotre virement de 420,00 € vers LE CARGO COWORKING a été exécuté le 01/12/2026.\n"
              "Motif : Abonnement decembre poste fixe\n\nHello bank! est une marque de BNP Paribas.\n"
              "Ceci est un message automatique, merci de ne pas y répondre.\n"),
         provider="Hello bank!", group="Hello bank!", pattern="outgoing transfer executed",
         money=money("out", "420.00", reference="Abonnement decembre poste fixe", value_date="2026-12-01"))

    # p12 Fortuneo - rejet de prélèvement
    emit(L, "fortuneo_rejet_prelevement", addr("Fortuneo", "service.client@fortuneo.fr"),
         "Rejet d'un prélèvement sur votre compte", D(3, 8, 22),
         text("Bonjour,\n\nNous vous informons que le prélèvement SEPA ci-dessous n'a pas pu être honoré faute de provision "
              "suffisante et a été rejeté le 02/12/2026 :\n\nCréancier : HISCOX SA\nMontant : 48,70 EUR\n"
              "Référence de mandat : HX-RCPRO-558102\n\nDes frais de rejet de 8,00 EUR ont été appliqués conformément à nos tarifs.\n\n"
              "Fortuneo - Ce message vous est adressé automatiquement.\n"),
         provider="Fortuneo", group="Fortuneo", pattern="rejected direct debit (insufficient funds) + fee",
         money=money("failed", "48.70", reference="HX-RCPRO-558102", value_date="2026-12-02"))

    # p13 Caisse d'Épargne - 2 virements reçus
    emit(L, "caisse_epargne_2_virements_recus", addr("Caisse d'Epargne", "ne-pas-repondre@caisse-epargne.fr"),
         "2 virements reçus sur votre compte", D(3, 7, 50),
         alt("Bonjour,\n\nVous avez reçu 2 virements sur votre compte ****7745 :\n\n"
             "- 02/12/2026 : 650,00 EUR de ROUSSEL NAUTISME - F-2026-0329\n"
             "- 02/12/2026 : 1 100,00 EUR de CALANQUES YACHTING SAS - 50PCT F-2026-0347\n\n"
             "Caisse d'Epargne CEPAC. Ceci est un message automatique, merci de ne pas y répondre.\n",
             '<p>Bonjour,</p><p>Vous avez reçu 2 virements sur votre compte ****7745 :</p><table border="1" cellpadding="4">'
             '<tr><th>Date</th><th>Émetteur</th><th>Libellé</th><th>Montant</th></tr>'
             '<tr><td>02/12/2026</td><td>ROUSSEL NAUTISME</td><td>F-2026-0329</td><td>650,00 EUR</td></tr>'
             '<tr><td>02/12/2026</td><td>CALANQUES YACHTING SAS</td><td>50PCT F-2026-0347</td><td>1 100,00 EUR</td></tr></table>'
             '<p style="font-size:10px">Ceci est un message automatique, merci de ne pas y répondre.</p>'),
         provider="Caisse d'Épargne", group="Caisse d'Épargne", pattern="plural, two transfers in one notice",
         money=money("in|in", "650.00|1100.00", "EUR", "ROUSSEL NAUTISME|CALANQUES YACHTING SAS", "F-2026-0329|50PCT F-2026-0347",
                     "2026-12-02|2026-12-02", "yes"))

    # p14 Banque Populaire - compte débiteur
    emit(L, "banque_populaire_compte_debiteur", addr("Banque Populaire Méditerranée", "alertes@bpmed.fr"),
         "Alerte : votre compte est débiteur", D(30, 6, 45),
         text("Bonjour,\n\nAu 29/11/2026, le solde de votre compte ****1406 est débiteur de -215,40 EUR.\n"
              "Nous vous invitons à régulariser votre situation dans les meilleurs délais.\n\n"
              "Banque Populaire Méditerranée. Merci de ne pas répondre à ce courriel.\n"),
         provider="Banque Populaire", group="Banque Populaire", pattern="overdrawn balance alert",
         money=money("statement", "-215.40", value_date="2026-11-29"))

    # p15 N26 EN - received
    emit(L, "n26_en_received_sunnylinen", addr("N26", "no-reply@n26.com"),
         "You've received €840.00", D(4, 15, 2, tz=UTC),
         alt("Hi Karim,\n\nYou've received a transfer of €840.00 from Sunny Linen Co Ltd.\n"
             "Reference: INV-0344\n\nCheck it out in your N26 app.\n\nYour N26 Team\n\n"
             "N26 Bank SE, Voltairestraße 8, 10179 Berlin. You're receiving this email because you have push "
             "notifications by email enabled.\n",
             '<p>Hi Karim,</p><p>You\'ve received a transfer of <b>€840.00</b> from <b>Sunny Linen Co Ltd</b>.</p>'
             '<p>Reference: INV-0344</p><p>Your N26 Team</p>'),
         lang="en", provider="N26", group="N26", pattern="English, 'You've received €X'",
         money=money("in", "840.00", payer="Sunny Linen Co Ltd", reference="INV-0344", value_date="2026-12-04", counts="yes"))

    # p16 Revolut Business
    emit(L, "revolut_business_received_harbourpine", addr("Revolut Business", "no-reply@revolut.com"),
         "You received €2,150.00 from HARBOUR & PINE LTD", D(3, 10, 31, tz=UTC),
         alt("Money in\n\nYou received €2,150.00 from HARBOUR & PINE LTD into your EUR account (Benali SEO).\n"
             "Reference: INV-0349 PAYRUN 48\n\nRevolut Bank UAB. You are receiving this email because you enabled "
             "transaction notifications in Revolut Business.\n",
             '<h3>Money in</h3><p>You received <b>€2,150.00</b> from <b>HARBOUR &amp; PINE LTD</b> into your EUR account (Benali SEO).</p>'
             '<p>Reference: INV-0349 PAYRUN 48</p>'),
         lang="en", provider="Revolut Business", group="Revolut Business", pattern="amount and payer in subject",
         money=money("in", "2150.00", payer="HARBOUR & PINE LTD", reference="INV-0349 PAYRUN 48", value_date="2026-12-03", counts="yes"))

    # p17 Wise - received from Nordet
    emit(L, "wise_received_nordet", addr("Wise", "noreply@wise.com"),
         "You've received 1,975.00 EUR from Boutique Nordet Inc.", D(2, 18, 12, tz=UTC),
         alt("Hi Karim,\n\nBoutique Nordet Inc. sent you 1,975.00 EUR. It's now in your EUR balance.\n"
             "Reference: F-2026-0321\n\nThanks,\nThe Wise team\n\n"
             "Wise Europe SA, Rue du Trône 100, 1050 Brussels.\n",
             '<p>Hi Karim,</p><p><b>Boutique Nordet Inc.</b> sent you <b>1,975.00 EUR</b>. It\'s now in your EUR balance.</p>'
             '<p>Reference: F-2026-0321</p><p>Thanks,<br>The Wise team</p>'),
         lang="en", provider="Wise", group="Wise", pattern="'sent you' + balance wording",
         money=money("in", "1975.00", payer="Boutique Nordet Inc.", reference="F-2026-0321", value_date="2026-12-02", counts="yes"))

    # p18 Wise - money on the way (none)
    emit(L, "wise_money_on_the_way_none", addr("Wise", "noreply@wise.com"),
         "Riviera Prestige Immobilier SAM is sending you 1,260.00 EUR", D(4, 11, 5, tz=UTC),
         alt("Hi Karim,\n\nRiviera Prestige Immobilier SAM is sending you 1,260.00 EUR. "
             "It should arrive by Tuesday, December 8.\nWe'll let you know when it's in your account.\n\nThe Wise team\n",
             '<p>Hi Karim,</p><p>Riviera Prestige Immobilier SAM is sending you <b>1,260.00 EUR</b>. '
             'It should arrive by <b>Tuesday, December 8</b>.</p><p>We\'ll let you know when it\'s in your account.</p>'),
         lang="en", provider="Wise", group="Wise", pattern="announced transfer, not yet arrived",
         money=money("none", "1260.00", value_date="2026-12-08"), notes="money not arrived yet: direction none")

    # p19 Stripe payout (aggregate)
    emit(L, "stripe_payout_on_the_way", addr("Stripe", "notifications@stripe.com"),
         "Your payout of €3,412.50 is on its way", D(1, 3, 14, tz=UTC),
         alt("Benali SEO\n\nA payout of €3,412.50 is on its way to your bank account (QONTO ••••4821).\n"
             "Expected arrival: Dec 3, 2026\nPayout ID: po_1QxZr2Benali9Kd\n\nThis payout includes 6 payments, "
             "less €51.18 in Stripe fees.\n\nYou're receiving this email because you're an administrator of Benali SEO "
             "on Stripe.\n",
             '<p>Benali SEO</p><p>A payout of <b>€3,412.50</b> is on its way to your bank account (QONTO ••••4821).</p>'
             '<table>' + box([("Expected arrival", "Dec 3, 2026"), ("Payout ID", "po_1QxZr2Benali9Kd")]) + '</table>'),
         lang="en", provider="Stripe", group="Stripe", pattern="payout bundling many payments",
         money=money("in", "3412.50", reference="po_1QxZr2Benali9Kd", value_date="2026-12-03", counts="no_aggregate"))

    # p20 Stripe payout failed
    emit(L, "stripe_payout_failed", addr("Stripe", "notifications@stripe.com"),
         "Action required: your payout failed", D(3, 4, 2, tz=UTC),
         alt("Benali SEO\n\nYour payout of €1,088.00 to QONTO ••••4821 failed because the bank account could not be "
             "located (account_closed). The funds have been returned to your Stripe balance.\n"
             "Update your bank account in the Dashboard to receive future payouts.\n\nPayout ID: po_1QyA7cBenaliF2m\n",
             '<p>Your payout of <b>€1,088.00</b> to QONTO ••••4821 <b>failed</b> (account_closed). '
             'The funds have been returned to your Stripe balance.</p>'),
         lang="en", provider="Stripe", group="Stripe", pattern="payout failed",
         money=money("failed", "1088.00", reference="po_1QyA7cBenaliF2m", value_date="2026-12-03"))

    # p21 Stripe dispute
    emit(L, "stripe_dispute_chargeback", addr("Stripe", "notifications@stripe.com"),
         "A payment of €450.00 was disputed", D(2, 14, 20, tz=UTC),
         alt("Benali SEO\n\nA customer disputed a €450.00 payment from bijoux-calanque.fr (ch_3QwE2mBenali).\n"
             "Reason: product_not_received\nThe amount plus a €15.00 dispute fee has been withdrawn from your balance.\n"
             "Respond by December 22, 2026 to submit evidence.\n",
             '<p>A customer disputed a <b>€450.00</b> payment. Reason: product_not_received.</p>'
             '<p>Respond by December 22, 2026.</p>'),
         lang="en", provider="Stripe", group="Stripe", pattern="chargeback/dispute opened",
         money=money("chargeback", "450.00", reference="ch_3QwE2mBenali", value_date="2026-12-02"))

    # p22 Stripe payment succeeded (single)
    emit(L, "stripe_payment_succeeded_riviera", addr("Stripe", "notifications@stripe.com"),
         "Payment of €720.00 from a.pastor@rivieraprestige.mc", D(30, 17, 12, tz=UTC),
         alt("Benali SEO\n\nYou received a payment of €720.00 from Riviera Prestige Immobilier S.A.M. "
             "(a.pastor@rivieraprestige.mc).\nDescription: Invoice F-2026-0310\nPayment method: Visa •••• 4242\n\n"
             "You're receiving this email because you enabled successful payment notifications.\n",
             '<p>You received a payment of <b>€720.00</b> from <b>Riviera Prestige Immobilier S.A.M.</b></p>'
             '<p>Description: Invoice F-2026-0310</p>'),
         lang="en", provider="Stripe", group="Stripe", pattern="single card payment captured (invoice link)",
         money=money("in", "720.00", payer="Riviera Prestige Immobilier S.A.M.", reference="Invoice F-2026-0310",
                     value_date="2026-11-30", counts="yes"))

    # p23 PayPal - vous avez reçu un paiement
    emit(L, "paypal_paiement_recu_olivades", addr("service@paypal.fr", "service@paypal.fr"),
         "Vous avez reçu un paiement", D(30, 20, 1),
         alt("Bonjour Benali SEO,\n\nOlivades SARL vous a envoyé 720,00 EUR.\n\n"
             "Remarque de Olivades SARL : \"Facture F-2026-0315, merci !\"\n\nNuméro de transaction : 7XK41205AB338912L\n"
             "Date de la transaction : 30 novembre 2026\n\nAide et contact | Sécurité | Application\n"
             "PayPal (Europe) S.à r.l. et Cie, S.C.A. Veuillez ne pas répondre à cet e-mail.\n",
             '<p>Bonjour Benali SEO,</p><p><b>Olivades SARL vous a envoyé 720,00&nbsp;EUR</b></p>'
             '<p>Remarque : « Facture F-2026-0315, merci ! »</p><p>Numéro de transaction : 7XK41205AB338912L</p>'),
         provider="PayPal", group="PayPal", pattern="'X vous a envoyé' + note",
         money=money("in", "720.00", payer="Olivades SARL", reference="Facture F-2026-0315, merci !", value_date="2026-11-30", counts="yes"))

    # p24 PayPal refund sent
    emit(L, "paypal_remboursement_envoye", addr("service@paypal.fr", "service@paypal.fr"),
         "Vous avez effectué un remboursement", D(2, 10, 41),
         alt("Bonjour Benali SEO,\n\nVous avez remboursé 90,00 EUR à Boules & Co.\n"
             "Numéro de transaction du remboursement : 3BD55712TR004591X\n\nPayPal\n",
             '<p>Bonjour Benali SEO,</p><p>Vous avez remboursé <b>90,00 EUR</b> à Boules &amp; Co.</p>'),
         provider="PayPal", group="PayPal", pattern="refund issued by the owner",
         money=money("refund", "90.00", reference="3BD55712TR004591X", value_date="2026-12-02"))

    # p25 SumUp - versement (aggregate)
    emit(L, "sumup_versement_encaissements", addr("SumUp", "no-reply@sumup.com"),
         "Votre versement SumUp est en route", D(1, 6, 30),
         alt("Bonjour,\n\nNous avons effectué un versement de 264,00 € sur votre compte bancaire se terminant par 6652.\n"
             "Ce versement correspond à 3 transactions du 30/11/2026 (frais déduits : 4,62 €).\n\nL'équipe SumUp\n",
             '<p>Bonjour,</p><p>Nous avons effectué un versement de <b>264,00 €</b> sur votre compte se terminant par 6652.</p>'
             '<p>3 transactions du 30/11/2026 – frais déduits : 4,62 €</p>'),
         provider="SumUp", group="SumUp", pattern="payout of 3 card transactions",
         money=money("in", "264.00", value_date="2026-12-01", counts="no_aggregate"),
         notes="owner takes card payments for SEO workshops")

    # p26 GoCardless - payment collected
    emit(L, "gocardless_paiement_encaisse_tripli", addr("GoCardless", "help@gocardless.com"),
         "Paiement encaissé : Tripli SAS", D(2, 8, 8),
         text("Bonjour,\n\nLe paiement de 600,00 € de Tripli SAS (référence : TRIPLI-SEO-DEC26) a été encaissé "
              "le 02/12/2026 et sera inclus dans votre prochain versement.\n\nGoCardless SAS\n"),
         provider="GoCardless", group="GoCardless", pattern="direct debit collected from a client",
         money=money("in", "600.00", payer="Tripli SAS", reference="TRIPLI-SEO-DEC26", value_date="2026-12-02", counts="yes"),
         notes="monthly retainer by SEPA direct debit")

    # p27 GoCardless - payment failed
    emit(L, "gocardless_en_payment_failed", addr("GoCardless", "help@gocardless.com"),
         "A payment from GreenCart GmbH has failed", D(3, 9, 2, tz=UTC),
         text("Hi Karim,\n\nUnfortunately a payment of €600.00 from GreenCart GmbH (reference GRNCRT-RETAINER-12) has failed.\n"
              "Reason: The customer's bank account had insufficient funds (AM04).\n"
              "We will retry automatically on 8 December 2026 unless you cancel the payment in your dashboard.\n\nGoCardless\n"),
         lang="en", provider="GoCardless", group="GoCardless", pattern="direct debit failed, retry",
         money=money("failed", "600.00", reference="GRNCRT-RETAINER-12", value_date="2026-12-03"))

    # p28 Mollie - versement (aggregate)
    emit(L, "mollie_versement_en_route", addr("Mollie", "noreply@mollie.com"),
         "Votre versement de 1 234,56 € est en route", D(2, 5, 0),
         alt("Bonjour,\n\nNous avons initié un versement de 1 234,56 € vers NL** **** **** 0042 (Benali SEO).\n"
             "Référence du versement : MOLLIE ST-20261202-0042\nIl comprend 9 paiements.\n\nMollie B.V.\n",
             '<p>Nous avons initié un versement de <b>1 234,56 €</b>.</p><p>Référence : MOLLIE ST-20261202-0042 – 9 paiements</p>'),
         provider="Mollie", group="Mollie", pattern="settlement of 9 payments",
         money=money("in", "1234.56", reference="MOLLIE ST-20261202-0042", value_date="2026-12-02", counts="no_aggregate"))

    # p29 PayPlug - nouveau paiement
    emit(L, "payplug_nouveau_paiement_djurdjura", addr("PayPlug", "no-reply@payplug.com"),
         "Nouveau paiement de 1 320,00 €", D(2, 11, 18),
         alt("Bonjour,\n\nVous avez reçu un nouveau paiement par carte.\n\nMontant : 1 320,00 €\n"
             "Client : DJURDJURA IMPORT-EXPORT\nE-mail : rachid@djurdjura-import.fr\nRéférence : F-2026-0327\n"
             "Date : 02/12/2026 11:17\n\nPayPlug - Ceci est un email automatique.\n",
             '<table>' + box([("Montant", "1 320,00 €"), ("Client", "DJURDJURA IMPORT-EXPORT"), ("Référence", "F-2026-0327")]) + '</table>'),
         provider="PayPlug", group="PayPlug", pattern="card payment via payment link",
         money=money("in", "1320.00", payer="DJURDJURA IMPORT-EXPORT", reference="F-2026-0327", value_date="2026-12-02", counts="yes"))

    # p30 Sumeria (Lydia) - small amount from a person
    emit(L, "sumeria_recu_150_atelier", addr("Sumeria", "noreply@sumeria.eu"),
         "Mehdi K. vous a envoyé 150,00 €", D(4, 19, 20),
         text("Mehdi K. vous a envoyé 150,00 €\nMessage : \"atelier SEO local samedi\"\n\n"
              "L'argent est disponible sur votre compte Sumeria.\n\nSumeria, anciennement Lydia.\n"),
         provider="Sumeria (Lydia)", group="Sumeria", pattern="P2P payment from a person",
         money=money("in", "150.00", payer="Mehdi K.", reference="atelier SEO local samedi", value_date="2026-12-04", counts="yes"))

    # p31 Pennylane bank feed
    emit(L, "pennylane_nouvelle_transaction_justifier", addr("Pennylane", "notifications@pennylane.com"),
         "Nouvelle transaction à justifier : +1 200,00 €", D(3, 8, 45),
         alt("Bonjour Karim,\n\nUne nouvelle transaction a été synchronisée depuis votre compte Qonto :\n\n"
             "+1 200,00 €  VIR SEPA GREENCART SAS / F-2026-0338 ACPT  03/12/2026\n\n"
             "Associez-la à une facture client pour la lettrer.\n\nL'équipe Pennylane\n",
             '<p>Une nouvelle transaction a été synchronisée depuis votre compte Qonto :</p>'
             '<p><b style="color:#1a7f37">+1 200,00 €</b> VIR SEPA GREENCART SAS / F-2026-0338 ACPT – 03/12/2026</p>'),
         provider="Pennylane", group="Pennylane", pattern="accounting bank feed notice of money in",
         money=money("in", "1200.00", payer="GREENCART SAS", reference="F-2026-0338 ACPT", value_date="2026-12-03", counts="yes"),
         notes="bank movement relayed by accounting software")

    # p32 Indy - 3 transactions
    emit(L, "indy_3_transactions_a_categoriser", addr("Indy", "bonjour@indy.fr"),
         "3 nouvelles transactions à catégoriser", D(1, 18, 0),
         alt("Hello Karim,\n\n3 nouvelles transactions sont arrivées sur ton compte :\n\n"
             "+ 480,00 €   VIR BOULES ET CO SARL F-2026-0335        01/12\n"
             "- 119,88 €   PRLV SEMRUSH INC                         01/12\n"
             "- 12,00 €    CB GOOGLE *WORKSPACE                     01/12\n\nCatégorise-les en 2 clics dans Indy.\n",
             '<table>' + box([("VIR BOULES ET CO SARL F-2026-0335", "+ 480,00 €"), ("PRLV SEMRUSH INC", "- 119,88 €"),
                              ("CB GOOGLE *WORKSPACE", "- 12,00 €")]) + '</table>'),
         provider="Indy", group="Indy", pattern="bank feed digest, mixed in/out",
         money=money("in|out|out", "480.00|119.88|12.00", "EUR", "BOULES ET CO SARL||",
                     "F-2026-0335|PRLV SEMRUSH INC|CB GOOGLE *WORKSPACE", "2026-12-01|2026-12-01|2026-12-01", "yes"),
         notes="counts_as_payment refers to the one money-in line")

    # p33 Remittance advice FR from client's SAP
    emit(L, "fabre_avis_de_paiement_sap", addr("Maison Fabre - Comptabilité", "noreply-sap@maisonfabre-boulangeries.fr"),
         "Avis de paiement n° 2026120045", D(3, 6, 30),
         multi("mixed",
               text("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de paiement relatif au règlement de vos factures.\n"
                    "Mode de règlement : virement SEPA\nDate d'exécution : 15/12/2026\nMontant total : 960,00 EUR\n"
                    "Pièces réglées : F-2026-0331\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n"),
               attachment("AVIS_PAIEMENT_2026120045.pdf", pdf(["MAISON FABRE - AVIS DE PAIEMENT 2026120045",
                                                               "Fournisseur : BENALI SEO", "F-2026-0331  960,00 EUR",
                                                               "Execution : 15/12/2026"]))),
         provider="Maison Fabre (SAP)", group="Maison Fabre Boulangeries", pattern="client's remittance advice, future execution date",
         money=money("in", "960.00", payer="Maison Fabre", reference="F-2026-0331", value_date="2026-12-15", counts="no_claim"))

    # p34 Remittance advice EN from Xero
    emit(L, "harbourpine_remittance_advice_xero", addr("Harbour & Pine Ltd", "messaging-service@post.xero.com"),
         "Remittance Advice from Harbour & Pine Ltd", D(2, 16, 3, tz=UTC),
         alt("Hi Benali SEO,\n\nHere's your remittance advice for payment of EUR 2,150.00 made on 3 Dec 2026.\n\n"
             "Invoice INV-0349   EUR 2,150.00\n\nIf you have any questions, please let us know.\n\nThanks,\nHarbour & Pine Ltd\n",
             '<p>Hi Benali SEO,</p><p>Here\'s your remittance advice for payment of <b>EUR 2,150.00</b> made on 3 Dec 2026.</p>'),
         lang="en", provider="Xero", group="Harbour & Pine", pattern="Xero remittance advice (claim, not bank)",
         money=money("in", "2150.00", payer="Harbour & Pine Ltd", reference="INV-0349", value_date="2026-12-03", counts="no_claim"))

    # p35 Qonto card payment
    emit(L, "qonto_paiement_carte_semrush", addr("Qonto", "notifications@qonto.com"),
         "Paiement par carte de 129,95 $ chez SEMRUSH", D(1, 3, 7),
         text("Bonjour Karim,\n\nUn paiement par carte de 129,95 USD (122,31 €) a été effectué avec votre carte "
              "se terminant par 0193 chez SEMRUSH.\n\nN'oubliez pas d'ajouter le justificatif dans l'application.\n\n"
              "L'équipe Qonto\n"),
         provider="Qonto", group="Qonto", pattern="card payment in foreign currency",
         money=money("out", "122.31", reference="SEMRUSH", value_date="2026-12-01"),
         notes="charged 129.95 USD, converted 122.31 EUR")

    # p36 Shine - outgoing
    emit(L, "shine_virement_envoye_freelance", addr("Shine", "hello@shine.fr"),
         "Ton virement est parti 🚀", D(2, 17, 30),
         text("Hello Karim,\n\nTon virement de 850,00 € vers Lucie Ferrand (rédaction web) est bien parti.\n"
              "Libellé : Articles blog Olivades nov.\n\nL'équipe Shine\nCeci est un message automatique, merci de ne pas y répondre.\n"),
         provider="Shine", group="Shine", pattern="outgoing transfer to a subcontractor",
         money=money("out", "850.00", reference="Articles blog Olivades nov.", value_date="2026-12-02"))

    # p37 Revolut card declined
    emit(L, "revolut_business_card_declined", addr("Revolut Business", "no-reply@revolut.com"),
         "Card payment declined", D(4, 7, 48, tz=UTC),
         text("A card payment of €59.00 at AHREFS PTE LTD was declined because your card's monthly spending limit was reached.\n"
              "You can adjust limits in Revolut Business > Cards.\n"),
         lang="en", provider="Revolut Business", group="Revolut Business", pattern="declined card payment",
         money=money("failed", "59.00", reference="AHREFS PTE LTD", value_date="2026-12-04"))

    # p38 N26 refund received
    emit(L, "n26_refund_amazon", addr("N26", "no-reply@n26.com"),
         "Rückerstattung / Refund: +€34.90", D(30, 14, 9, tz=UTC),
         text("Hi Karim,\n\nAmazon EU S.a.r.l. refunded €34.90 to your N26 account.\n\nYour N26 Team\n"),
         lang="en", provider="N26", group="N26", pattern="merchant refund received",
         money=money("refund", "34.90", reference="Amazon EU S.a.r.l.", value_date="2026-11-30"))

    # p39 Qonto - incoming transfer returned
    emit(L, "qonto_virement_rejete_retour", addr("Qonto", "notifications@qonto.com"),
         "Un virement entrant a été retourné à l'émetteur", D(3, 12, 0),
         text("Bonjour Karim,\n\nLe virement de 1 800,00 € émis par PORTLINK SAS (référence F-2026-0320) n'a pas pu être "
              "crédité sur votre compte : le nom du bénéficiaire ne correspond pas. Les fonds ont été retournés à l'émetteur.\n\n"
              "L'équipe Qonto\n"),
         provider="Qonto", group="Qonto", pattern="incoming transfer returned (name mismatch)",
         money=money("failed", "1800.00", reference="F-2026-0320", value_date="2026-12-03"),
         notes="money was NOT received; payer named but direction failed")

    # p40 BNP - virement instantané reçu
    emit(L, "bnp_virement_instantane_marchetti", addr("BNP Paribas", "alertes@bnpparibas.com"),
         "Vous avez reçu un virement instantané", D(4, 13, 14),
         text("Bonjour,\n\nVous avez reçu un virement instantané de 1 150,00 EUR le 04/12/2026 à 13:13 sur votre compte ****4821.\n"
              "Émetteur : DR MARCHETTI SOPHIE\nMotif : F-2026-0356\n\nMerci de ne pas répondre à ce message.\n"),
         provider="BNP Paribas", group="BNP Paribas", pattern="instant transfer received, payer is the practitioner",
         money=money("in", "1150.00", payer="DR MARCHETTI SOPHIE", reference="F-2026-0356", value_date="2026-12-04", counts="yes"))

    # p41 PayPal pending eCheck
    emit(L, "paypal_paiement_en_attente", addr("service@paypal.fr", "service@paypal.fr"),
         "Paiement en attente de Pixelforge Studio", D(3, 15, 55),
         text("Bonjour Benali SEO,\n\nPixelforge Studio vous a envoyé un paiement de 540,00 EUR par virement bancaire (eCheck).\n"
              "Ce paiement est en attente et sera disponible une fois qu'il aura été compensé, généralement sous 3 à 5 jours ouvrés.\n\n"
              "Numéro de transaction : 9FH22190QK771302D\n\nPayPal\n"),
         provider="PayPal", group="PayPal", pattern="pending payment (eCheck), not yet available",
         money=money("none", "540.00", reference="9FH22190QK771302D", value_date="2026-12-03"),
         notes="names the payer, but money is pending")

    # p42 Memo Bank - virement entrant
    emit(L, "memo_bank_virement_entrant_riviera", addr("Memo Bank", "notifications@memo.bank"),
         "Virement entrant : 3 150,00 EUR", D(2, 9, 58),
         alt("Virement entrant\n\nMontant : 3 150,00 EUR\nDe : RIVIERA PRESTIGE IMMOBILIER SAM\n"
             "IBAN émetteur : MC58 •••• •••• 0188\nRéférence : INV-0348\nDate de valeur : 02/12/2026\n\nMemo Bank\n",
             '<h3>Virement entrant</h3><table>' + box([("Montant", "3 150,00 EUR"), ("De", "RIVIERA PRESTIGE IMMOBILIER SAM"),
                                                      ("Référence", "INV-0348"), ("Date de valeur", "02/12/2026")]) + '</table>'),
         provider="Memo Bank", group="Memo Bank", pattern="key-value card, Monaco IBAN",
         money=money("in", "3150.00", payer="RIVIERA PRESTIGE IMMOBILIER SAM", reference="INV-0348", value_date="2026-12-02", counts="yes"))

    # p43 Société Générale - amount in subject only
    emit(L, "societe_generale_credit_montant_sujet", addr("SG - Société Générale", "alertes@societegenerale.fr"),
         "Crédit de 480,00 EUR sur votre compte", D(1, 19, 12),
         text("Bonjour,\n\nUn virement de SARL BOULES ET CO a été crédité sur votre compte ****9930.\n"
              "Retrouvez le détail de l'opération dans votre application.\n\nSociété Générale\n"
              "Ceci est un e-mail automatique, merci de ne pas y répondre.\n"),
         provider="Société Générale", group="Société Générale", pattern="amount in subject only",
         money=money("in", "480.00", payer="SARL BOULES ET CO", value_date="2026-12-01", counts="yes"))

    # p44 Wise statement
    emit(L, "wise_statement_november", addr("Wise", "noreply@wise.com"),
         "Your November statement is ready", D(1, 6, 0, tz=UTC),
         text("Hi Karim,\n\nYour EUR account statement for November 2026 is ready to download.\n\nThe Wise team\n"),
         lang="en", provider="Wise", group="Wise", pattern="monthly statement", money=money("statement", ""))


# ---------------------------------------------------------------------------
# auto_reply
# ---------------------------------------------------------------------------
def autos():
    L = "auto_reply"
    AR = [("Auto-Submitted", "auto-replied")]
    MS = [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "sandrine.p@maisonfabre-boulangeries.fr")]

    emit(L, "outlook_fr_reponse_automatique_retour7", addr("Sandrine Perrot", "sandrine.p@maisonfabre-boulangeries.fr"),
         "Réponse automatique : Rappel : facture F-2026-0366 échue", D(30, 9, 13),
         html('<html><body><div style="font-family:Calibri">Bonjour,<br><br>Je suis absente du bureau jusqu\'au vendredi 4 décembre inclus, '
              'de retour le lundi 7 décembre.<br>Pour toute urgence comptable, merci de contacter compta@maisonfabre-boulangeries.fr.'
              '<br><br>Cordialement,<br>Sandrine Perrot</div></body></html>'),
         irt=reminder_id(366), extra=AR + MS, group="Exchange Online (Maison Fabre)",
         pattern="Outlook 'Réponse automatique :', Auto-Submitted + X-Auto-Response-Suppress, HTML-only",
         facts="ooo_until=2026-12-07", notes="return date Monday 7 Dec (absent until the 4th inclusive)")

    emit(L, "gmail_vacation_en_back_14dec", addr("Olivia Hart", "olivia@sunnylinen.co.uk"),
         "Out of office: Reminder: invoice INV-0367 is overdue", D(1, 9, 20, tz=UTC),
         alt("Hi,\n\nThanks for your email. I'm travelling to trade shows until 13 December and will be back in the office "
             "on Monday 14 December. For anything order-related please contact hello@sunnylinen.co.uk.\n\nOlivia\n",
             "<div>Thanks for your email. I'm travelling to trade shows until 13 December and will be back in the office "
             "on Monday 14 December.</div>"),
         irt=reminder_id(367), extra=AR, lang="en", group="Gmail vacation responder",
         pattern="Gmail vacation responder (Auto-Submitted), English", facts="ooo_until=2026-12-14")

    emit(L, "absence_du_bureau_sans_entete", addr("Nathalie Giraud", "n.giraud@otcotebleue.fr"),
         "Absence du bureau", D(2, 14, 1),
         text("Bonjour,\n\nJe suis actuellement en congés. Je serai de retour le mercredi 9 décembre 2026.\n"
              "En cas d'urgence, vous pouvez joindre l'accueil de l'Office de Tourisme au 04 42 00 00 00.\n\n"
              "Nathalie Giraud\n"),
         irt=reminder_id(368), group="Office de Tourisme Côte Bleue",
         pattern="'Absence du bureau' without any auto-reply header", facts="ooo_until=2026-12-09")

    emit(L, "accounts_payable_en_net45", addr("Harbour & Pine Accounts Payable", "ap@harbourandpine.io"),
         "Automatic reply: Reminder: invoice INV-0369 is overdue", D(2, 10, 0, tz=UTC),
         text("Thank you for contacting Harbour & Pine Accounts Payable.\n\n"
              "This mailbox is monitored Monday to Friday. Please note:\n"
              "- Invoices are paid on Net 45 terms from the date of receipt, in our weekly payment run.\n"
              "- Invoices without a valid purchase order (PO) number will be returned unpaid.\n"
              "- For payment status enquiries please allow 3 working days for a response.\n\n"
              "This is an automated message - please do not reply.\n"),
         irt=reminder_id(369), extra=AR + [("X-Auto-Response-Suppress", "All")], lang="en",
         group="Harbour & Pine", pattern="accounts-payable autoresponder listing payment terms", facts="")

    emit(L, "compta_fournisseurs_fr_accuse_reception", addr("Comptabilité Fournisseurs Groupe Fabre", "factures@maisonfabre-boulangeries.fr"),
         "Accusé de réception - Rappel : facture F-2026-0366 échue", D(30, 9, 14),
         text("Bonjour,\n\nNous accusons réception de votre message.\n\n"
              "Les factures fournisseurs sont traitées sous 10 jours ouvrés et réglées à 45 jours fin de mois, "
              "par virement, à réception d'une facture conforme (SIRET, numéro de commande, RIB).\n"
              "Aucun règlement ne peut être effectué sur simple relance.\n\n"
              "Ceci est une réponse automatique, merci de ne pas répondre à ce message.\n\nService Comptabilité Fournisseurs\n"),
         irt=reminder_id(366), extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
         group="Maison Fabre Boulangeries", pattern="French AP acknowledgement with payment terms", facts="")

    emit(L, "zendesk_ticket_recu_fr", addr("Support Tripli", "support@tripli.io"),
         "[Tripli] Re: Rappel : facture F-2026-0370 échue", D(1, 9, 12),
         alt("##- Veuillez écrire au-dessus de cette ligne pour répondre -##\n\n"
             "Votre demande (48213) a bien été reçue et sera traitée par notre équipe dans les plus brefs délais.\n\n"
             "Pour ajouter des commentaires, répondez à cet e-mail.\n\nCe message a été envoyé par Zendesk.\n",
             '<p style="color:#b5b5b5">##- Veuillez écrire au-dessus de cette ligne pour répondre -##</p>'
             '<p>Votre demande (48213) a bien été reçue et sera traitée par notre équipe dans les plus brefs délais.</p>'),
         irt=reminder_id(370), extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                                      ("X-Zendesk-From-Account-Id", "9a1b2c")],
         group="Zendesk (Tripli)", pattern="helpdesk ticket acknowledgement", facts="")

    emit(L, "freshdesk_en_ticket_created", addr("GreenCart Support", "support@greencart.freshdesk.com"),
         "Ticket Received - Reminder: invoice INV-0371 is overdue [#9921]", D(2, 8, 3, tz=UTC),
         text("Dear Karim Benali,\n\nWe would like to acknowledge that we have received your request and a ticket has been "
              "created. A support representative will be reviewing your request and will send you a personal response "
              "(usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit\n"
              "https://greencart.freshdesk.com/helpdesk/tickets/9921\n\nThank you for your patience.\n\nSincerely,\nGreenCart Support Team\n"),
         irt=reminder_id(371), extra=[("Auto-Submitted", "auto-replied")], lang="en",
         group="Freshdesk (GreenCart)", pattern="Freshdesk ticket autoresponder", facts="")

    # MDN - Outlook FR
    mdn = multi("report",
                text("Votre message\n\n   À : Secrétariat Centre Dentaire du Prado\n   Objet : Rappel : facture F-2026-0372 échue\n"
                     "   Envoyé : mardi 1 décembre 2026 09:10:22 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
                     "a été lu le mardi 1 décembre 2026 11:42:09 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"),
                raw_part([("Content-Type", "message/disposition-notification")],
                         "Reporting-UA: DESKTOP-CDP01; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;secretariat@centredentaire-prado.fr\n"
                         "Original-Message-ID: <dunnerd.372.1@benali-seo.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
                params='; report-type="disposition-notification"')
    emit(L, "mdn_outlook_fr_lu", addr("Secrétariat Centre Dentaire du Prado", "secretariat@centredentaire-prado.fr"),
         "Lu : Rappel : facture F-2026-0372 échue", D(1, 11, 42), mdn, extra=[("X-Mailer", "Microsoft Outlook 16.0")],
         group="Outlook MDN", pattern="read receipt, multipart/report disposition-notification, French", facts="")

    mdn2 = multi("report",
                 text("This is a Return Receipt for the mail that you sent to j.whitfield@rivieraprestige.mc.\n\n"
                      "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
                      "There is no guarantee that the recipient has read or understood the message contents.\n"),
                 raw_part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
                           ("Content-Disposition", "inline")],
                          "Reporting-UA: rivieraprestige.mc; Thunderbird 128.5.0\nFinal-Recipient: rfc822;j.whitfield@rivieraprestige.mc\n"
                          "Original-Message-ID: <dunnerd.373.1@benali-seo.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n"),
                 params='; report-type="disposition-notification"')
    emit(L, "mdn_thunderbird_en_displayed", addr("James Whitfield", "j.whitfield@rivieraprestige.mc"),
         "Return Receipt (displayed) - Reminder: invoice INV-0373 is overdue", D(2, 10, 15), mdn2, lang="en",
         group="Thunderbird MDN", pattern="Thunderbird return receipt", facts="")

    emit(L, "mailinblack_challenge_fr", addr("Mailinblack pour Roussel Nautisme", "noreply@mailinblack.com"),
         "Merci de confirmer votre envoi à contact@roussel-nautisme.fr", D(3, 9, 11),
         alt("Bonjour,\n\nVous avez envoyé un message à contact@roussel-nautisme.fr, qui est protégé par Mailinblack.\n"
             "Afin que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien "
             "ci-dessous. Cette opération n'est à faire qu'une seule fois.\n\n"
             "https://auth.mailinblack.com/confirm?id=5e1f0c9a4b\n\nObjet de votre message : Rappel : facture F-2026-0374 échue\n\n"
             "Mailinblack - Protection anti-spam\n",
             '<p>Vous avez envoyé un message à <b>contact@roussel-nautisme.fr</b>, qui est protégé par Mailinblack.</p>'
             '<p>Afin que votre message soit délivré, merci de confirmer que vous n\'êtes pas un robot.</p>'
             '<p><a href="https://auth.mailinblack.com/confirm?id=5e1f0c9a4b">Je ne suis pas un robot</a></p>'),
         extra=[("Auto-Submitted", "auto-replied")], group="Mailinblack", pattern="challenge-response (French anti-spam)", facts="")

    emit(L, "boxbe_en_challenge_verify", addr("Boxbe", "notification@boxbe.com"),
         "Please verify your email to James Whitfield", D(4, 8, 30, tz=UTC),
         text("Hello,\n\nYou will not receive any more courtesy notices from our members for two days. "
              "Messages you have sent will remain in a lower priority mailbox for our member to review at their leisure.\n\n"
              "Future messages will be more likely to be viewed if you are on our member's priority Guest List.\n\n"
              "Please verify yourself: https://www.boxbe.com/anno?tc=8819203\n\n"
              "About this Notice: Boxbe prioritizes and screens email using a personal Guest List.\n"),
         lang="en", group="Boxbe", pattern="challenge-response (guest list)", facts="")

    emit(L, "exchange_en_automatic_reply_back_8dec", addr("Ryan Kowalski", "ap@nordet.ca"),
         "Automatic reply: Reminder: invoice INV-0375 is overdue", D(1, 3, 5, tz=MTL),
         text("Hello,\n\nI am out of the office with limited access to email. I will return on Tuesday, December 8, 2026.\n"
              "For urgent payment matters please contact comptabilite@nordet.ca.\n\nRegards,\nRyan\n"),
         irt=reminder_id(375), extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
         lang="en", group="Exchange (Nordet)", pattern="Exchange 'Automatic reply:'", facts="ooo_until=2026-12-08")

    emit(L, "conge_maternite_retour_fevrier", addr("Inès Moreau", "ines.moreau@greencart.app"),
         "Absente : Rappel : facture F-2026-0376 échue", D(2, 9, 15),
         text("Bonjour,\n\nJe suis en congé maternité et serai de retour le 15 février 2027.\n"
              "Pour toute question administrative ou financière, merci d'écrire à Lukas Brandt (lukas@greencart.app).\n\n"
              "Inès\n"),
         irt=reminder_id(376), extra=AR, group="GreenCart", pattern="long leave with return date next year",
         facts="ooo_until=2027-02-15")

    emit(L, "boutique_fermee_inventaire_reouverture", addr("Bijoux Calanque", "hello@bijoux-calanque.fr"),
         "Réponse automatique", D(30, 9, 40),
         text("Bonjour et merci pour votre message !\n\nNotre atelier est fermé pour inventaire du 30 novembre au 2 décembre. "
              "Réouverture et reprise des réponses le jeudi 3 décembre. Les commandes en ligne restent ouvertes.\n\n"
              "L'équipe Bijoux Calanque ✨\n"),
         extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")], group="Bijoux Calanque (Shopify)",
         pattern="shop autoresponder with X-Autoreply header", facts="ooo_until=2026-12-03")

    emit(L, "qc_bilingue_absent_retour_8", addr("Geneviève Roy", "comptabilite@nordet.ca"),
         "Réponse automatique / Automatic reply", D(30, 3, 13, tz=MTL),
         text("Je suis absente du bureau et serai de retour le 8 décembre. / I am out of the office and will return on December 8.\n\n"
              "Pour une urgence / For urgent matters : ap@nordet.ca\n\nGeneviève Roy, CPA\n"),
         extra=[("Auto-Submitted", "auto-replied")], group="Boutique Nordet (Québec)", pattern="bilingual FR/EN Quebec OOO",
         facts="ooo_until=2026-12-08")

    emit(L, "adresse_plus_active_redirection", addr("Office de Tourisme Côte Bleue", "contact@otcotebleue.fr"),
         "Message automatique - changement d'adresse", D(3, 10, 0),
         text("Bonjour,\n\nCette adresse n'est plus consultée. Merci de renvoyer votre message à l'adresse "
              "accueil@otcotebleue.fr pour les demandes touristiques, ou finances@otcotebleue.fr pour les factures.\n\n"
              "Ceci est un message automatique.\n"),
         extra=[("Auto-Submitted", "auto-replied")], group="Office de Tourisme Côte Bleue",
         pattern="address-no-longer-read autoresponder", facts="")


# ---------------------------------------------------------------------------
# bounce
# ---------------------------------------------------------------------------
def orig_headers(to, inv, n, day=30, en=False):
    subj = ("Reminder: invoice %s is overdue" % inv) if en else hdr("Rappel : facture %s échue" % inv)
    return ("Return-Path: <karim@benali-seo.fr>\nFrom: Karim Benali <karim@benali-seo.fr>\nTo: %s\nSubject: %s\n"
            "Date: %s\nMessage-ID: <dunnerd.%d.1@benali-seo.fr>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            % (to, subj, D(day, 9, 12), n))


def dsn(human_text, reporting_mta, rcpt, action, status, diag, orig, arrival=None, remote=None, charset="utf-8", human_html=None,
        full_original=True):
    ds = "Reporting-MTA: dns; %s\n" % reporting_mta
    if arrival:
        ds += "Arrival-Date: %s\n" % arrival
    ds += "\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (rcpt, rcpt, action, status)
    if remote:
        ds += "Remote-MTA: dns; %s\n" % remote
    ds += "Diagnostic-Code: smtp; %s\n" % diag
    first = text(human_text, charset, "7bit" if charset == "us-ascii" else "quoted-printable")
    if human_html:
        first = alt(human_text, human_html)
    third = (raw_part([("Content-Type", "message/rfc822")], orig + "\nBonjour,\n\nSauf erreur de ma part, ...\n")
             if full_original else raw_part([("Content-Type", "text/rfc822-headers")], orig))
    return multi("report", first, raw_part([("Content-Type", "message/delivery-status")], ds), third,
                 params='; report-type=delivery-status')


def bounces():
    L = "bounce"

    r = "compta@savonnerie-dupanier.fr"
    emit(L, "gmail_dsn_550_511_nosuchuser", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
         "Delivery Status Notification (Failure)", D(30, 9, 13),
         dsn("** L'adresse est introuvable **\n\nVotre message n'a pas été distribué à %s, car l'adresse est introuvable "
             "ou ne peut pas recevoir de messages.\n\nLa réponse du serveur distant était :\n"
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's "
             "email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser\n" % r,
             "mx.google.com", r, "failed", "5.1.1",
             "550-5.1.1 The email account that you tried to reach does not exist. 2adb3069b0e04-12345 - gsmtp",
             orig_headers(r, "F-2026-0377", 377), remote="aspmx.l.google.com"),
         extra=[("Auto-Submitted", "auto-replied")], group="Gmail", pattern="Gmail NoSuchUser DSN, French human part",
         facts="failed_recipient=%s" % r)

    r = "direction@calanques-yachting.com"
    emit(L, "exchange_online_ndr_undeliverable", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calanques-yachting.com"),
         "Non remis : Rappel : facture F-2026-0378 échue", D(1, 9, 14),
         dsn("Votre message n'a pas pu être remis à %s.\n\nLe serveur de messagerie du destinataire a rejeté votre message. "
             "Adresse introuvable.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n" % r,
             "AM0PR08MB1234.eurprd08.prod.outlook.com", r, "failed", "5.1.10",
             "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
             orig_headers(r, "F-2026-0378", 378, day=1), arrival=D(1, 9, 13),
             human_html='<p><b><span style="color:#C00000">Votre message à %s n\'a pas pu être remis.</span></b></p>'
                        '<p>%s n\'a pas été trouvé dans calanques-yachting.com.</p><p>Office 365</p>' % (r, r.split("@")[0]),
             full_original=False),
         extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], group="Exchange Online",
         pattern="Office 365 NDR 'Non remis', HTML + DSN + headers only", facts="failed_recipient=%s" % r)

    r = "patrick.roussel@wanadoo.example"
    emit(L, "orange_wanadoo_utilisateur_inconnu", addr("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
         "Undelivered Mail Returned to Sender", D(2, 9, 15),
         dsn("Ceci est le système de messagerie d'Orange.\n\nVotre message n'a pas pu être délivré à un ou plusieurs destinataires.\n\n"
             "<%s>: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1 <%s>: adresse d destinataire inconnue / unknown recipient (OFR004_104)\n" % (r, r),
             "smtp.smtpout.orange.fr", r, "failed", "5.1.1",
             "550 5.1.1 <%s>: adresse d destinataire inconnue / unknown recipient (OFR004_104)" % r,
             orig_headers(r, "F-2026-0379", 379, day=2), remote="smtp-in.orange.fr"),
         group="Orange", pattern="Orange/Wanadoo unknown recipient, OFR code", facts="failed_recipient=%s" % r,
         notes="Orange layout approximated; recipient domain is an example domain")

    r = "franck.lopez@free.example"
    emit(L, "free_postfix_mailbox_full", addr("Mail Delivery System", "MAILER-DAEMON@smtp-out.free.fr"),
         "Undelivered Mail Returned to Sender", D(3, 9, 11),
         dsn("This is the mail system at host smtp-out.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
             "<%s>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 Quota exceeded (mailbox full) (in reply to RCPT TO command)\n" % r,
             "smtp-out.free.fr", r, "failed", "5.2.2", "552 5.2.2 Quota exceeded (mailbox full)",
             orig_headers(r, "F-2026-0380", 380, day=3), remote="mx1.free.fr", charset="us-ascii"),
         group="Free", pattern="Postfix-style bounce, mailbox full", facts="failed_recipient=%s" % r)

    r = "info@olivades-shop.fr"
    emit(L, "ovh_postfix_relay_denied", addr("Mail Delivery System", "MAILER-DAEMON@mo512.mail-out.ovh.net"),
         "Undelivered Mail Returned to Sender", D(30, 9, 14),
         dsn("This is the mail system at host mo512.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<%s>: host mx3.mail.ovh.net[188.165.47.122] said: 550 5.1.1\n"
             "    <%s>: Recipient address rejected: User unknown in virtual mailbox table\n    (in reply to RCPT TO command)\n" % (r, r),
             "mo512.mail-out.ovh.net", r, "failed", "5.1.1",
             "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % r,
             orig_headers(r, "F-2026-0381", 381), remote="mx3.mail.ovh.net", charset="us-ascii"),
         group="OVH", pattern="OVH outbound Postfix, user unknown", facts="failed_recipient=%s" % r)

    r = "contact@med-pneus.fr"
    emit(L, "postfix_delayed_mail_warning", addr("Mail Delivery System", "MAILER-DAEMON@mail.benali-seo.fr"),
         "Delayed Mail (still being retried)", D(1, 13, 12),
         multi("report",
               text("This is the mail system at host mail.benali-seo.fr.\n\n####################################################################\n"
                    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                    "####################################################################\n\n"
                    "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                    "                   The mail system\n\n<%s>: connect to mx.med-pneus.fr[203.0.113.25]:25: Connection timed out\n" % r,
                    "us-ascii", "7bit"),
               raw_part([("Content-Type", "message/delivery-status")],
                        "Reporting-MTA: dns; mail.benali-seo.fr\nX-Postfix-Queue-ID: 4Fh2Kq1xYzz9\nArrival-Date: %s\n\n"
                        "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n"
                        "Diagnostic-Code: X-Postfix; connect to mx.med-pneus.fr[203.0.113.25]:25: Connection timed out\n"
                        "Will-Retry-Until: Sun, 6 Dec 2026 09:12:40 +0100 (CET)\n" % (D(1, 9, 12), r, r)),
               raw_part([("Content-Type", "text/rfc822-headers")], orig_headers(r, "F-2026-0382", 382, day=1)),
               params='; report-type=delivery-status'),
         extra=[("Auto-Submitted", "auto-replied")], group="Postfix", pattern="Postfix delay warning (Action: delayed)",
         facts="failed_recipient=%s;bounce_final=no" % r)

    r = "jl@fabre-traiteur.example"
    emit(L, "exim_no_dsn_part", addr("Mail Delivery System", "Mailer-Daemon@mx.fabre-traiteur.example"),
         "Mail delivery failed: returning message to sender", D(2, 9, 14),
         text("This message was created automatically by mail delivery software.\n\n"
              "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
              "The following address(es) failed:\n\n  %s\n    host mx.fabre-traiteur.example [198.51.100.7]\n"
              "    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 Unrouteable address\n\n"
              "------ This is a copy of the message, including all the headers. ------\n\n%s\nBonjour,\n\nSauf erreur de ma part, ...\n"
              % (r, r, orig_headers(r, "F-2026-0383", 383, day=2)), "us-ascii", "7bit"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", r)], group="Exim",
         pattern="Exim bounce, no machine-readable delivery-status part", facts="failed_recipient=%s" % r)

    r = "yanis.haddad@tripli-old.example"
    emit(L, "qmail_failure_notice", addr("MAILER-DAEMON", "MAILER-DAEMON@mail.tripli-old.example"),
         "failure notice", D(30, 9, 20),
         text("Hi. This is the qmail-send program at mail.tripli-old.example.\n"
              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n"
              "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n%s"
              % (r, orig_headers(r, "F-2026-0384", 384)), "us-ascii", "7bit"),
         group="qmail", pattern="qmail failure notice, no DSN part", facts="failed_recipient=%s" % r)

    r = "s.marchetti@centredentaire-prado.fr"
    emit(L, "exchange_delivery_delayed", addr("postmaster@centredentaire-prado.fr", "postmaster@centredentaire-prado.fr"),
         "Remise différée : Rappel : facture F-2026-0385 échue", D(3, 17, 15),
         multi("report",
               alt("La remise du message a été différée.\n\nLe serveur essaiera d'envoyer le message jusqu'au 05/12/2026 09:12:00. "
                   "Vous n'avez aucune action à effectuer.\n\nDestinataires en attente : %s\n" % r,
                   "<p><b>La remise du message a été différée.</b></p><p>Destinataires en attente : %s</p>" % r),
               raw_part([("Content-Type", "message/delivery-status")],
                        "Reporting-MTA: dns;EXCH01.centredentaire-prado.local\nReceived-From-MTA: dns;mail.benali-seo.fr\n\n"
                        "Final-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.7\nWill-Retry-Until: Sat, 5 Dec 2026 09:12:00 +0100\n"
                        "X-Display-Name: Dr Sophie Marchetti\n" % r),
               raw_part([("Content-Type", "text/rfc822-headers")], orig_headers(r, "F-2026-0385", 385, day=3)),
               params='; report-type=delivery-status'),
         group="Exchange on-premises", pattern="Exchange 'Remise différée' delay (4.4.7)",
         facts="failed_recipient=%s;bounce_final=no" % r)

    r = "ap@sunnylinen.co.uk"
    emit(L, "gmail_dsn_blocked_policy", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
         "Delivery Status Notification (Failure)", D(4, 9, 13, tz=UTC),
         dsn("** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more information.\n\n"
             "The response from the remote server was:\n550 5.7.1 Message rejected by recipient's administrator policy\n" % r,
             "mx.google.com", r, "failed", "5.7.1", "550 5.7.1 Message rejected by recipient's administrator policy",
             orig_headers(r, "INV-0386", 386, day=4, en=True), remote="sunnylinen-co-uk.mail.protection.outlook.com"),
         lang="en", group="Gmail", pattern="Gmail DSN, message blocked by policy, English", facts="failed_recipient=%s" % r)

    r = "regine.fabre@laposte.example"
    emit(L, "laposte_net_destinataire_inconnu", addr("Mail Delivery System", "MAILER-DAEMON@laposte.net"),
         "Message non remis / Undelivered message", D(2, 11, 2),
         dsn("Votre message n'a pas pu être remis au destinataire suivant :\n\n  %s\n  Raison : boîte aux lettres désactivée "
             "(mailbox disabled)\n\nYour message could not be delivered to the recipient above.\n" % r,
             "mlpnf0112.laposte.net", r, "failed", "5.2.1", "550 5.2.1 mailbox disabled",
             orig_headers(r, "F-2026-0387", 387, day=2)),
         group="La Poste mail", pattern="bilingual bounce, disabled mailbox", facts="failed_recipient=%s" % r,
         notes="layout approximated; example domain for the recipient")


# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
def others():
    L = "other"
    LU = lambda url: [("List-Unsubscribe", "<%s>" % url), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

    emit(L, "search_console_indexation", addr("Google Search Console", "sc-noreply@google.com"),
         "Nouveau problème de type \"Page avec redirection\" détecté pour le site https://www.olivades-shop.fr/", D(1, 4, 12),
         alt("Search Console\n\nÀ l'attention du propriétaire de https://www.olivades-shop.fr/ :\n\n"
             "Search Console a identifié que votre site est concerné par un nouveau problème lié à l'indexation des pages "
             "de type \"Page avec redirection\". Cela signifie que l'indexation peut être affectée pour certaines pages.\n\n"
             "Résoudre les problèmes d'indexation : https://search.google.com/search-console/index?resource_id=...\n\n"
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\nVous avez reçu cet e-mail, car vous avez validé "
             "votre site auprès de Google Search Console.\n",
             '<p><b>Search Console</b></p><p>À l\'attention du propriétaire de https://www.olivades-shop.fr/ :</p>'
             '<p>Search Console a identifié que votre site est concerné par un nouveau problème lié à l\'indexation des pages '
             'de type <b>Page avec redirection</b>.</p><p><a href="https://search.google.com/search-console">Résoudre les problèmes d\'indexation</a></p>'),
         group="Google Search Console", pattern="GSC indexing issue alert")

    emit(L, "google_ads_annonces_refusees", addr("Google Ads", "ads-account-noreply@google.com"),
         "Votre annonce a été refusée : Calanques Yachting (123-456-7890)", D(2, 22, 40),
         alt("Google Ads\n\nCertaines de vos annonces ne sont pas diffusées, car elles ne respectent pas nos règles.\n\n"
             "Compte : Calanques Yachting (123-456-7890)\nRègle : Destination non fonctionnelle\n\n"
             "Modifiez vos annonces pour qu'elles puissent être diffusées.\n\n"
             "Vous avez reçu cet e-mail obligatoire concernant un service pour vous informer de modifications importantes "
             "apportées à votre produit ou compte Google Ads.\n",
             '<p><b>Certaines de vos annonces ne sont pas diffusées</b></p><p>Compte : Calanques Yachting (123-456-7890)</p>'
             '<p>Règle : Destination non fonctionnelle</p>'),
         group="Google Ads", pattern="ads policy notification for a client account")

    emit(L, "semrush_position_tracking_weekly", addr("Semrush", "noreply@semrush.com"),
         "Position Tracking: weekly report for boules-et-co.fr", D(30, 5, 2, tz=UTC),
         alt("Position Tracking report\nCampaign: boules-et-co.fr (Google, Marseille, desktop)\n\n"
             "Visibility: 14.82% (+1.3)\nKeywords in top 3: 12 (+2)\nKeywords in top 10: 41 (-1)\n\n"
             "Improved: \"boule de pétanque personnalisée\" 7 -> 3\nDeclined: \"cochonnet bois\" 9 -> 14\n\n"
             "To stop receiving these reports, change the settings in your Position Tracking campaign.\n"
             "Semrush Inc., 800 Boylston Street, Suite 2475, Boston, MA 02199, USA\n",
             '<h2>Position Tracking report</h2><p>Campaign: boules-et-co.fr</p><table>' +
             box([("Visibility", "14.82% (+1.3)"), ("Top 3", "12 (+2)"), ("Top 10", "41 (-1)")]) + '</table>'),
         lang="en", extra=LU("https://www.semrush.com/unsubscribe/?t=abc"), group="Semrush", pattern="SEO tool weekly report")

    emit(L, "ahrefs_new_backlinks_alert", addr("Ahrefs Alerts", "alerts@ahrefs.com"),
         "Ahrefs Alerts: 23 new backlinks for calanques-yachting.com", D(3, 2, 30, tz=UTC),
         text("New backlinks\n\ncalanques-yachting.com\n23 new backlinks from 9 referring domains\n\n"
              "DR 71  marseille-tourisme.example/sortir-en-mer  dofollow\nDR 44  blog-voile.example/catamaran-calanques  dofollow\n...\n\n"
              "Manage your alerts: https://app.ahrefs.com/alerts\nAhrefs Pte. Ltd., 16 Raffles Quay, Singapore\n"),
         lang="en", extra=LU("https://app.ahrefs.com/alerts/unsubscribe"), group="Ahrefs", pattern="SEO tool backlink alert")

    body = multi("mixed",
                 text("Bonjour Karim Benali,\n\nVotre facture n° 2026-11-88231 d'un montant de 83,88 € TTC est disponible.\n"
                      "Elle sera réglée par prélèvement sur votre compte le 05/12/2026.\n\nL'équipe o2switch\n"),
                 attachment("Facture_o2switch_2026-11-88231.pdf", pdf(["o2switch - FACTURE 2026-11-88231",
                                                                        "Offre Unique 12 mois - 83,88 EUR TTC"])))
    emit(L, "o2switch_facture_hebergement", addr("o2switch", "facturation@o2switch.fr"),
         "Votre facture o2switch n° 2026-11-88231", D(1, 2, 0), body, group="o2switch",
         pattern="hosting supplier invoice to the owner, PDF")

    emit(L, "ovhcloud_renouvellement_facture", addr("OVHcloud", "noreply@ovh.com"),
         "[OVHcloud] Votre facture FR12345678 est disponible", D(30, 6, 31),
         alt("Bonjour,\n\nVotre facture FR12345678 d'un montant de 35,99 € TTC est disponible dans votre espace client.\n"
             "Services renouvelés : VPS Comfort (vps-benali-seo), nom de domaine benali-seo.fr\n\n"
             "Le paiement sera effectué automatiquement avec votre moyen de paiement par défaut.\n\nL'équipe OVHcloud\n",
             '<p>Votre facture <b>FR12345678</b> d\'un montant de <b>35,99 € TTC</b> est disponible dans votre espace client.</p>'),
         group="OVHcloud", pattern="supplier invoice (VPS + domain)")

    emit(L, "gandi_domaine_expire_30j", addr("Gandi", "noreply@gandi.net"),
         "[Gandi] Le domaine nordet-boutique.fr expire dans 30 jours", D(2, 1, 14),
         text("Bonjour,\n\nLe nom de domaine nordet-boutique.fr arrive à expiration le 01/01/2027.\n"
              "Le renouvellement automatique n'est pas activé. Pour éviter toute interruption de service, renouvelez-le depuis "
              "votre interface Gandi.\n\nGandi SAS\n"),
         group="Gandi", pattern="domain registrar expiry reminder")

    emit(L, "shopify_partners_agreement_update", addr("Shopify Partners", "partners@shopify.com"),
         "Updates to the Shopify Partner Program Agreement", D(1, 16, 0, tz=UTC),
         alt("Hi Karim,\n\nWe're making updates to the Shopify Partner Program Agreement, effective January 1, 2027. "
             "No action is required; continued participation in the Partner Program constitutes acceptance.\n\n"
             "Review the changes in your Partner Dashboard.\n\nShopify Inc., 151 O'Connor Street, Ottawa, Ontario, Canada\n",
             "<p>Hi Karim,</p><p>We're making updates to the Shopify Partner Program Agreement, effective January 1, 2027.</p>"),
         lang="en", group="Shopify Partners", pattern="partner program notice")

    emit(L, "malt_nouvelle_mission", addr("Malt", "noreply@malt.fr"),
         "Karim, une nouvelle mission pourrait vous intéresser", D(3, 8, 0),
         alt("Bonjour Karim,\n\nUne entreprise recherche un consultant SEO e-commerce (Shopify) à Marseille, 10 jours, "
             "démarrage en janvier.\n\nVoir la mission : https://www.malt.fr/project/...\n\n"
             "Vous recevez cet e-mail car vous avez activé les alertes missions. Se désinscrire\n",
             "<p>Bonjour Karim,</p><p>Une entreprise recherche un <b>consultant SEO e-commerce (Shopify)</b> à Marseille.</p>"),
         extra=LU("https://www.malt.fr/unsubscribe"), group="Malt", pattern="freelancing platform mission alert")

    body = multi("mixed",
                 text("Bonjour Karim,\n\nVeuillez trouver ci-joint votre facture de décembre pour le poste fixe (420,00 € TTC), "
                      "à régler avant le 5 décembre.\n\nÀ bientôt au Cargo !\nL'équipe Le Cargo Coworking\n"),
                 attachment("Facture_CARGO-2026-1204.pdf", pdf(["LE CARGO COWORKING - FACTURE CARGO-2026-1204",
                                                                "Poste fixe decembre 2026 : 420,00 EUR TTC"])))
    emit(L, "coworking_facture_decembre", addr("Le Cargo Coworking", "factures@lecargo-coworking.fr"),
         "Votre facture Le Cargo - décembre 2026", D(30, 10, 0), body, group="Le Cargo Coworking",
         pattern="coworking invoice to the owner")

    emit(L, "urssaf_nouveau_message", addr("Urssaf", "ne-pas-repondre@urssaf.fr"),
         "Vous avez un nouveau message dans votre espace en ligne", D(2, 7, 15),
         text("Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne urssaf.fr.\n"
              "Pour le consulter, connectez-vous à votre compte.\n\nL'Urssaf\n\n"
              "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"),
         group="URSSAF", pattern="URSSAF notification of message")

    emit(L, "impots_gouv_avis_cfe", addr("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
         "Votre avis de CFE est disponible dans votre espace professionnel", D(1, 6, 2),
         text("Madame, Monsieur,\n\nVotre avis d'impôt de Cotisation Foncière des Entreprises (CFE) 2026 est disponible dans "
              "votre espace professionnel sur impots.gouv.fr.\nDate limite de paiement : 15/12/2026.\n\n"
              "La Direction générale des Finances publiques\nCeci est un message automatique. Merci de ne pas y répondre.\n"),
         group="impots.gouv.fr", pattern="tax office CFE notice")

    emit(L, "pennylane_expert_comptable_justificatifs", addr("Cabinet Audit Vieux-Port via Pennylane", "notifications@pennylane.com"),
         "Votre expert-comptable attend 7 justificatifs", D(4, 10, 0),
         text("Bonjour Karim,\n\nVotre cabinet (Cabinet Audit Vieux-Port) vous demande des justificatifs pour 7 transactions "
              "de novembre, dont :\n- CB AMAZON MKTPLACE 43,20 €\n- CB SNCF CONNECT 64,00 €\n\nAjoutez-les depuis l'application.\n"),
         group="Pennylane", pattern="accounting software request for receipts (lists amounts, no movement notice)",
         notes="mentions card amounts but is a to-do reminder, not a payment notice")

    emit(L, "hiscox_attestation_rc_pro", addr("Hiscox", "service.client@hiscox.fr"),
         "Votre attestation d'assurance RC Professionnelle 2027", D(3, 11, 30),
         text("Bonjour Monsieur Benali,\n\nVotre attestation d'assurance Responsabilité Civile Professionnelle pour l'année 2027 "
              "est disponible dans votre espace client.\nContrat n° HX-RCPRO-558102\n\nHiscox SA - succursale française\n"),
         group="Hiscox", pattern="insurance certificate notice")

    emit(L, "linkedin_recherches_semaine", addr("LinkedIn", "notifications-noreply@linkedin.com"),
         "Vous êtes apparu dans 27 recherches cette semaine", D(30, 8, 50),
         alt("Karim, vous êtes apparu dans 27 recherches cette semaine.\n\nVos recherches proviennent de : "
             "Responsable e-commerce, Fondateur, Chargé de marketing digital\n\n"
             "Ce message a été envoyé à karim@benali-seo.fr. Se désabonner\n© 2026 LinkedIn Ireland Unlimited Company\n",
             "<p>Karim, vous êtes apparu dans <b>27 recherches</b> cette semaine.</p>"),
         extra=LU("https://www.linkedin.com/e/unsubscribe"), group="LinkedIn", pattern="social network notification")

    emit(L, "phishing_credit_agricole_compte_suspendu", addr("Crédit Agricole", "securite@ca-alerte-client.info"),
         "Important : votre accès en ligne a été suspendu", D(1, 23, 4),
         html('<html><body><img src="http://ca-alerte-client.info/logo.png"><p>Cher(e) client(e),</p>'
              '<p>Suite à une activité inhabituelle, l\'accès à votre compte en ligne a été <b>suspendu</b>. '
              'Un virement de 1 480,00 € est en attente de validation.</p>'
              '<p>Pour réactiver votre accès et recevoir ce virement, veuillez confirmer vos informations sous 24h :</p>'
              '<p><a href="http://ca-alerte-client.info/reactivation/index.php">Réactiver mon accès</a></p>'
              '<p>Crédit Agricole - Service Sécurité</p></body></html>'),
         group="phishing", pattern="bank-imitating phishing, lookalike domain, mentions pending transfer",
         notes="imitates a bank; label other")

    emit(L, "phishing_paypal_paiement_recu", addr("PayPal", "service@paypal-notification-securite.com"),
         "Vous avez reçu un paiement de 1 850,00 EUR - action requise", D(3, 2, 17),
         alt("Bonjour,\n\nVous avez reçu un paiement de 1 850,00 EUR de Boutique Nordet.\n"
             "Les fonds sont bloqués jusqu'à la vérification de votre compte. Cliquez ici pour libérer le paiement :\n"
             "http://paypal-notification-securite.com/verify\n\nService PayPal\n",
             '<p>Vous avez reçu un paiement de <b>1 850,00 EUR</b> de Boutique Nordet.</p>'
             '<p>Les fonds sont bloqués jusqu\'à la vérification de votre compte.</p>'
             '<p><a href="http://paypal-notification-securite.com/verify">Libérer le paiement</a></p>'),
         group="phishing", pattern="PayPal-imitating phishing mimicking a payment received",
         notes="mimics a payment notice from a non-PayPal domain; label other")

    emit(L, "spam_vous_avez_gagne", addr("Service Gagnants", "gagnant@promo-cadeaux-fr.biz"),
         "Félicitations Karim ! Vous avez gagné un iPhone 17 Pro 🎁", D(4, 3, 33),
         html('<html><body><h1>FÉLICITATIONS !</h1><p>Vous avez été sélectionné(e) parmi nos clients fidèles pour recevoir '
              'un <b>iPhone 17 Pro</b>. Il ne vous reste qu\'à régler les frais de port de 1,95 €.</p>'
              '<p><a href="http://promo-cadeaux-fr.biz/claim">Je récupère mon cadeau</a></p></body></html>'),
         group="spam", pattern="prize spam")

    cal = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nDTSTAMP:20261201T101500Z\n"
           "ORGANIZER;CN=Yanis Haddad:mailto:yanis@tripli.io\nUID:7k3m2p9q1r8s@google.com\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=karim@benali-seo.fr:mailto:karim@benali-seo.fr\n"
           "SUMMARY:Point SEO mensuel Tripli\nDESCRIPTION:Revue Search Console + roadmap contenus T1\nLOCATION:https://meet.google.com/abc-defg-hij\n"
           "SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    body = multi("mixed",
                 multi("alternative",
                       text("Yanis Haddad vous a invité à un événement.\n\nPoint SEO mensuel Tripli\njeudi 10 déc. 2026 10:00 – 11:00 "
                            "(heure normale d'Europe centrale - Paris)\nParticiper avec Google Meet : https://meet.google.com/abc-defg-hij\n\n"
                            "Invitation de Google Agenda\n"),
                       text(cal, cte="7bit", subtype="calendar", extra_ct="; method=REQUEST")),
                 attachment("invite.ics", cal.encode(), ctype="application/ics"))
    emit(L, "google_calendar_invitation_tripli", addr("Yanis Haddad (Google Agenda)", "calendar-notification@google.com"),
         "Invitation: Point SEO mensuel Tripli @ jeu. 10 déc. 2026 10:00 - 11:00 (UTC+1) (karim@benali-seo.fr)", D(1, 11, 15),
         body, extra=[("Reply-To", "yanis@tripli.io"), ("Sender", "Google Agenda <calendar-notification@google.com>")],
         group="Google Calendar", pattern="calendar invitation with text/calendar METHOD:REQUEST")

    emit(L, "doctolib_rappel_rdv", addr("Doctolib", "no-reply@doctolib.fr"),
         "Rappel : votre rendez-vous du vendredi 4 décembre", D(3, 18, 0),
         alt("Bonjour Karim BENALI,\n\nNous vous rappelons votre rendez-vous :\nvendredi 4 décembre 2026 à 17h30\n"
             "Dr Thomas Lemaire - Médecin généraliste\n24 rue de Rome, 13001 Marseille\n\n"
             "En cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.\n\nDoctolib\n",
             "<p>Bonjour Karim BENALI,</p><p>Nous vous rappelons votre rendez-vous : <b>vendredi 4 décembre 2026 à 17h30</b></p>"),
         group="Doctolib", pattern="appointment reminder")

    emit(L, "colissimo_colis_en_route", addr("Colissimo", "noreply@notif-colissimo-laposte.info"),
         "Votre colis 6A12345678901 est en cours d'acheminement", D(2, 7, 40),
         alt("Bonjour,\n\nVotre colis n° 6A12345678901 envoyé par LDLC est en cours d'acheminement.\n"
             "Livraison prévue : jeudi 3 décembre 2026, à votre domicile.\n\nSuivre mon colis\n\nColissimo - La Poste\n",
             "<p>Votre colis n° <b>6A12345678901</b> envoyé par LDLC est en cours d'acheminement.</p>"
             "<p>Livraison prévue : jeudi 3 décembre 2026</p>"),
         group="Colissimo", pattern="shipping notice")

    emit(L, "qonto_newsletter_facturation_electronique", addr("Qonto", "news@qonto.com"),
         "Facturation électronique 2026 : êtes-vous prêt ?", D(1, 10, 30),
         alt("Bonjour Karim,\n\nÀ partir de septembre 2026, toutes les entreprises devront être en mesure de recevoir "
             "des factures électroniques. Bonne nouvelle : Qonto est Plateforme Agréée.\n\n"
             "Découvrir nos nouveautés de novembre : virements programmés, cartes virtuelles, export comptable...\n\n"
             "Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire.\n",
             "<h1>Facturation électronique 2026 : êtes-vous prêt ?</h1><p>Qonto est Plateforme Agréée.</p>"),
         extra=LU("https://qonto.com/unsubscribe"), group="Qonto", pattern="bank's own newsletter from its real domain")

    body = multi("mixed",
                 text("Hello Karim,\n\nTa facture d'abonnement Shine Plus de novembre 2026 est disponible : 14,90 € HT.\n"
                      "Elle a été prélevée sur ton compte le 30/11/2026.\n\nL'équipe Shine\n"),
                 attachment("Facture_Shine_2026-11.pdf", pdf(["SHINE - FACTURE ABONNEMENT", "Shine Plus novembre 2026 : 14,90 EUR HT"])))
    emit(L, "shine_facture_abonnement", addr("Shine", "hello@shine.fr"),
         "Ta facture Shine de novembre est disponible", D(1, 8, 0), body, group="Shine",
         pattern="bank's fee invoice (other per guide)", notes="mentions the fee was debited, but it is the bank's invoice, not a movement alert")

    emit(L, "codeur_com_nouveau_projet", addr("Codeur.com", "notifications@codeur.com"),
         "Nouveau projet : Audit SEO boutique PrestaShop (500 € à 1 000 €)", D(4, 12, 10),
         text("Bonjour Karim,\n\nUn nouveau projet correspondant à vos compétences vient d'être publié :\n\n"
              "Audit SEO boutique PrestaShop - Budget : 500 € à 1 000 €\n\"Nous vendons des articles de pêche en ligne, "
              "notre trafic a baissé depuis la mise à jour de Google...\"\n\nFaire une offre : https://www.codeur.com/projects/...\n"),
         extra=LU("https://www.codeur.com/unsubscribe"), group="Codeur.com", pattern="marketplace project notification")


def write_readme(counts):
    lines = ["# dunnerd blind evaluation set - final15 (owner: Karim Benali, Benali SEO, Marseille)", "",
             "Written by hand in `build.py` (Python standard library only; run `python3 build.py` to regenerate).",
             "All messages are synthetic; nothing is copied from a repository. Dates: Mon 30 Nov - Fri 4 Dec 2026.",
             "Split for every row: `final15`.", "", "## Counts", "", "| label | count |", "|---|---|"]
    for lab in LABELS:
        lines.append("| %s | %d |" % (lab, counts[lab]))
    lines.append("| total | %d |" % sum(counts.values()))
    lines += ["", "## What each group is based on", "",
              "- human_reply: clients of an SEO / e-commerce consultant (Shopify and PrestaShop shops, a bakery chain, a yacht "
              "charter company, a tourism office paying through Chorus Pro / the public treasury, a law firm, a dental clinic, "
              "startups, an Algerian-French importer, Monaco and Quebec clients). Written in the styles real mail clients "
              "produce: Gmail top-posting with `gmail_quote`, Outlook HTML-only with `MsoNormal`, iPhone/Samsung footers, "
              "windows-1252 8bit and ISO-8859-1 QP bodies, a forward with the owner in Cc, PDF attachments (bank advice, "
              "MT103), a broken multipart, a mailing-list post.",
              "- payment_notification: banks and payment services French freelancers use (Qonto, Shine, BNP Paribas, "
              "Hello bank!, Crédit Agricole, Société Générale, LCL, La Banque Postale, Crédit Mutuel, CIC, BoursoBank, "
              "Fortuneo, Caisse d'Épargne, Banque Populaire, Memo Bank, N26, Revolut Business, Wise, Stripe, PayPal, SumUp, "
              "GoCardless, Mollie, PayPlug, Sumeria, Pennylane/Indy bank feeds) plus two client remittance advices "
              "(SAP-style, Xero). Wording follows each sender's usual notice style from memory of public samples "
              "(alert libellés like `VIR SEPA RECU /DE ... /MOTIF`, PSP payout/dispute mails); not verbatim.",
              "- auto_reply: Outlook/Exchange 'Réponse automatique' / 'Automatic reply', Gmail vacation, header-less "
              "'Absence du bureau', accounts-payable and helpdesk (Zendesk, Freshdesk) autoresponders, RFC 8098 read "
              "receipts (Outlook, Thunderbird), challenge-response (Mailinblack, Boxbe).",
              "- bounce: RFC 3464 DSNs modelled on Gmail, Exchange Online, Orange, Free, OVH and Postfix layouts, "
              "two delay warnings (Postfix, Exchange), Exim and qmail bounces without a delivery-status part.",
              "- other: Google Search Console / Ads, Semrush, Ahrefs, o2switch, OVHcloud, Gandi, Shopify Partners, Malt, "
              "Codeur.com, coworking invoice, URSSAF, impots.gouv, Pennylane accountant request, Hiscox, LinkedIn, "
              "bank/PayPal phishing, prize spam, Google Calendar invitation, Doctolib, Colissimo, a Qonto newsletter and "
              "a Shine fee invoice.", "",
             "## Judgement calls a reviewer may want to check", "",
             "- `human_reply/calanques_yachting_fin_semaine_prochaine`: 'd'ici la fin de la semaine prochaine' -> promise_date=2026-12-11 (could be week_of_2026-12-07).",
             "- `human_reply/fabre_holding_autre_adresse`: 'cette semaine' -> promise_date=week_of_2026-11-30.",
             "- `human_reply/fabre_magasin_cp1252_cheque_envoye`: cheque posted that morning -> already_paid=2026-12-02.",
             "- `human_reply/fabre_compta_45jfdm_conditions`: argues the invoice is not due yet (45 jours fin de mois) without a pay date or a dispute: no facts.",
             "- `human_reply/calanques_yachting_50pct_solde_fin_dec`: half paid today and balance 'fin décembre': both already_paid and promise_date.",
             "- `payment_notification/pennylane_nouvelle_transaction_justifier` and `indy_3_transactions_a_categoriser`: accounting-software bank feeds, labelled payment_notification as the brief asks.",
             "- `payment_notification/qonto_virement_rejete_retour`: an incoming transfer returned to the payer -> direction failed, not in.",
             "- `other/shine_facture_abonnement` (bank fee invoice) and `other/pennylane_expert_comptable_justificatifs` (to-do list of card amounts) are `other`.",
             "- Orange and La Poste bounce layouts are approximations; the failed recipients use example domains.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    prepare()
    humans()
    payments()
    autos()
    bounces()
    others()
    write_tsv()
    counts = {lab: sum(1 for r in ROWS if r["label"] == lab) for lab in LABELS}
    write_readme(counts)
    print(counts, sum(counts.values()))


if __name__ == "__main__":
    main()
