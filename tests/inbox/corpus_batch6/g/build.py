#!/usr/bin/env python3
"""Builds the dunnerd written evaluation set (split final6), owner Thibault Lacombe.
Standard library only. Run: python3 build.py  (writes */*.eml and labels.tsv next to it)."""
import os, base64, email.policy, datetime, hashlib, random
random.seed(6)
from email.message import MIMEPart
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final6'
OWNER = ('Thibault Lacombe', 'thibault@lacombe-studio.fr')
OWN = formataddr(OWNER)
POL = email.policy.default.clone(linesep='\n', max_line_length=78)
ROWS = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def D(day, hh=9, mm=0, ss=0, tz='+0100'):
    """day: 30 -> 30 Nov 2026, 1..4 -> Dec 2026."""
    d = datetime.date(2026, 11, 30) if day == 30 else datetime.date(2026, 12, day)
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, hh, mm, ss, tz)

def enc(v):
    if isinstance(v, tuple):
        return formataddr(v, charset='utf-8')
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def P(body, sub='plain', cs='utf-8', cte='quoted-printable'):
    p = MIMEPart(policy=POL)
    p.set_content(body, subtype=sub, charset=cs, cte=cte)
    return p

def ATT(data, mt, st, name):
    p = MIMEPart(policy=POL)
    p.set_content(data, maintype=mt, subtype=st, filename=name)
    return p

def M(sub, *parts, **params):
    m = MIMEPart(policy=POL)
    ct = 'multipart/' + sub + ''.join('; %s="%s"' % (k.replace('_', '-'), v) for k, v in params.items())
    m['Content-Type'] = ct
    for p in parts:
        m.attach(p)
    return m

def ALT(text, html, cs='utf-8', cte='quoted-printable'):
    return M('alternative', P(text, 'plain', cs, cte), P(html, 'html', cs, cte))

def build(headers, body):
    """headers: list of (name, value); body: MIMEPart or raw str (already with its own content headers)."""
    lines = ['%s: %s' % (k, enc(v)) for k, v in headers]
    if isinstance(body, str):
        return ('\n'.join(lines) + '\n' + body).encode('utf-8')
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        lines.append('MIME-Version: 1.0')
    return '\n'.join(lines).encode('utf-8') + b'\n' + body.as_bytes(policy=POL)

def add(file, label, raw, lang, group, pattern, provider='', money=None, facts='', notes='',
        fidelity='synthetic'):
    path = os.path.join(OUT, label, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(raw, str):
        raw = raw.encode('utf-8')
    with open(path, 'wb') as f:
        f.write(raw)
    m = money or {}
    row = {'file': label + '/' + file, 'label': label, 'source_repo': 'synthetic',
           'source_path': 'build.py', 'source_commit': '', 'license': 'written for dunnerd',
           'fidelity': fidelity, 'lang': lang, 'provider': provider, 'source_group': group,
           'pattern': pattern, 'facts': facts, 'split': SPLIT, 'notes': notes}
    for k in ['direction', 'amount', 'currency', 'payer', 'reference', 'value_date', 'counts_as_payment']:
        row[k] = m.get(k, '')
    ROWS.append(row)

def money(direction, amount, currency='EUR', payer='', reference='', value_date='', counts=None):
    if counts is None:
        counts = 'yes' if direction == 'in' and payer else 'no'
    return dict(direction=direction, amount=amount, currency=currency, payer=payer,
                reference=reference, value_date=value_date, counts_as_payment=counts)

def pdf(lines):
    """Tiny valid one-page PDF with text lines (latin-1)."""
    stream = 'BT /F1 11 Tf 60 780 Td 14 TL\n' + ''.join(
        '(%s) \'\n' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + 'ET'
    sb = stream.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def reminder_quote(inv, amount, due, lang='fr', date_line=None, prefix='> '):
    if lang == 'fr':
        t = ("Bonjour,\n\nSauf erreur de ma part, la facture %s d'un montant de %s, "
             "arrivée à échéance le %s, reste impayée à ce jour.\n\nPourriez-vous me "
             "confirmer la date de règlement prévue ? Vous trouverez mes coordonnées "
             "bancaires sur la facture.\n\nBien cordialement,\nThibault Lacombe\n"
             "Lacombe Studio - design & développement web\n06 12 34 56 78" % (inv, amount, due))
    else:
        t = ("Hello,\n\nUnless I am mistaken, invoice %s for %s, due on %s, is still "
             "outstanding.\n\nCould you let me know when payment is scheduled? My bank "
             "details are on the invoice.\n\nBest regards,\nThibault Lacombe\nLacombe Studio" % (inv, amount, due))
    q = '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in t.split('\n'))
    return (date_line + '\n' if date_line else '') + q

def mid(file, dom, salt=''):
    h = hashlib.sha1((file + salt).encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:12].upper(), h[12:20], dom)

def rid(n):
    return '<dunnerd.%d.1@lacombe-studio.fr>' % n

def rsubj(inv, lang='fr'):
    return ('Rappel : facture %s échue' % inv) if lang == 'fr' else ('Reminder: invoice %s is overdue' % inv)

# ----------------------------------------------------------------------------------------
# human_reply
# ----------------------------------------------------------------------------------------
def hr(file, frm, subj, date, body, lang, group, pattern, facts='', notes='', n=None, to=OWN,
       extra=(), mid=None, ua=None):
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', date),
         ('Message-ID', mid or globals()['mid'](file, (frm[1] if isinstance(frm, tuple) else frm).split('@')[-1].strip('>')))]
    if n:
        h += [('In-Reply-To', rid(n)), ('References', rid(n))]
    h += list(extra)
    if ua:
        h.append(('X-Mailer', ua))
    add(file, 'human_reply', build(h, body), lang, group, pattern, facts=facts, notes=notes)

def HR():
    # 1 friday promise, iPhone, top-posted
    hr('marchetti_fr_virement_vendredi.eml', ('Luca Marchetti', 'luca@boulangerie-marchetti.fr'),
       'Re: ' + rsubj('F-2026-0412'), D(1, 7, 42),
       P("Bonjour Thibault,\nDésolé pour le retard, je fais le virement vendredi sans faute.\nBonne journée\nLuca\n\nEnvoyé de mon iPhone\n\n"
         + reminder_quote('F-2026-0412', '1 480,00 €', '15 novembre 2026',
                          date_line="> Le 30 nov. 2026 à 10:02, Thibault Lacombe <thibault@lacombe-studio.fr> a écrit :\n>")),
       'fr', 'Boulangerie Marchetti', 'iPhone top-post, weekday promise "vendredi"',
       'promise_date=2026-12-04', n=412)
    # 2 "paiement prévu le 15", Outlook HTML only
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            "<p>Bonjour Monsieur Lacombe,</p><p>Je vous confirme que la facture F-2026-0419 a bien été validée par notre direction. "
            "Le paiement est prévu le 15 avec notre campagne de règlements fournisseurs.</p>"
            "<p>Cordialement,</p><p><b>Nathalie Ferrand</b><br>Assistante administrative<br>Agence Horizon Nord<br>"
            "12 rue des Carmes, 59000 Lille<br>Tél. 03 20 00 11 22</p></div>"
            "<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><font face=\"Calibri\" color=\"#000000\" style=\"font-size:11pt\">"
            "<b>De :</b> Thibault Lacombe &lt;thibault@lacombe-studio.fr&gt;<br><b>Envoyé :</b> lundi 30 novembre 2026 09:15<br>"
            "<b>À :</b> Nathalie Ferrand<br><b>Objet :</b> Rappel : facture F-2026-0419 échue</font></div>"
            "<div><p>Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0419 d'un montant de 2 160,00 € reste impayée.</p></div></body></html>")
    hr('horizon_nord_fr_outlook_html_le15.eml', ('Nathalie Ferrand', 'n.ferrand@horizon-nord.example'),
       'RE: ' + rsubj('F-2026-0419'), D(30, 14, 8), P(html, 'html'),
       'fr', 'Agence Horizon Nord', 'Outlook HTML-only, "paiement prévu le 15"', 'promise_date=2026-12-15', n=419,
       extra=[('Thread-Topic', rsubj('F-2026-0419')), ('Thread-Index', 'AdrHk2Zx4mQeLQ5nRb2v3y0sZk9QaA=='),
              ('X-MS-Has-Attach', ''), ('Content-Language', 'fr-FR')])
    # 3 law firm, fin de la semaine prochaine, long disclaimer
    disc = ("\n\n--\nMaître Antoine Dufresne\nAvocat associé\nDUFRESNE & BLANCHET AVOCATS\n48 cours Gambetta - 69003 Lyon\n"
            "Tél : +33 (0)4 78 00 00 00\n\nCe message et toutes les pièces jointes (ci-après le « message ») sont confidentiels "
            "et établis à l'intention exclusive de ses destinataires. Toute utilisation de ce message non conforme à sa destination, "
            "toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Si vous recevez ce "
            "message par erreur, merci de le détruire sans en conserver de copie et d'en avertir immédiatement l'expéditeur. "
            "Internet ne permettant pas d'assurer l'intégrité de ce message, le cabinet décline toute responsabilité au titre de ce "
            "message s'il a été modifié, altéré, déformé ou falsifié.\n\nThis message and any attachments are confidential and intended "
            "solely for the addressees. Any unauthorised use or dissemination is prohibited.\n")
    hr('dufresne_fr_fin_semaine_prochaine_disclaimer.eml', ('Antoine Dufresne', 'a.dufresne@dufresne-blanchet-avocats.example'),
       'RE: ' + rsubj('F-2026-0421'), D(2, 18, 31),
       P("Cher Monsieur,\n\nJe prends bonne note de votre relance. Notre expert-comptable procédera au règlement de votre facture "
         "d'ici la fin de la semaine prochaine.\n\nBien à vous," + disc),
       'fr', 'Dufresne & Blanchet Avocats', 'long bilingual legal disclaimer, "d\'ici la fin de la semaine prochaine"',
       'promise_date=2026-12-11', 'end of next week resolved to Friday 11 Dec; week_of_2026-12-07 also acceptable', n=421)
    # 4 EN "we'll pay on the 10th"
    hr('brightwater_en_pay_on_10th.eml', ('Oliver Grant', 'oliver.grant@brightwater-media.example'),
       'Re: ' + rsubj('INV-0398', 'en'), D(3, 10, 5, tz='+0000'),
       P("Hi Thibault,\n\nApologies, this slipped through the cracks during our month-end close. We'll pay on the 10th, "
         "it's already queued with our finance team.\n\nCheers,\nOliver\n\nOliver Grant | Head of Digital\nBrightwater Media Ltd | London\n\n"
         + reminder_quote('INV-0398', '€3,250.00', '20 November 2026', 'en',
                          'On Thu, 3 Dec 2026 at 08:30, Thibault Lacombe <thibault@lacombe-studio.fr> wrote:')),
       'en', 'Brightwater Media', 'English, "pay on the 10th", Gmail-style quote header', 'promise_date=2026-12-10', n=398)
    # 5 EN payment run Thursday
    hr('kestrel_en_payment_run_thursday.eml', ('Accounts Payable - Kestrel Logistics', 'ap@kestrel-logistics.example'),
       'RE: ' + rsubj('INV-0402', 'en'), D(30, 11, 47),
       ALT("Dear Thibault,\n\nThank you for your reminder. Invoice INV-0402 has been approved and will be included in our next "
           "payment run, which is on Thursday.\n\nKind regards,\nMarta Kowalczyk\nAccounts Payable Specialist\nKestrel Logistics B.V.\n",
           "<html><body><p>Dear Thibault,</p><p>Thank you for your reminder. Invoice INV-0402 has been approved and will be included in "
           "our next payment run, which is on <b>Thursday</b>.</p><p>Kind regards,<br>Marta Kowalczyk<br>Accounts Payable Specialist<br>"
           "Kestrel Logistics B.V.</p></body></html>"),
       'en', 'Kestrel Logistics', 'AP person writing from shared mailbox, "payment run is on Thursday"',
       'promise_date=2026-12-03', 'written by a person (signed) despite ap@ address', n=402)
    # 6 la semaine prochaine
    hr('vergers_fr_semaine_prochaine.eml', ('Céline Arnaud', 'celine@vergers-arnaud.example'),
       'Re: ' + rsubj('F-2026-0423'), D(4, 16, 20),
       P("Bonjour,\n\nOn a eu un mois compliqué avec la récolte, je vous règle la semaine prochaine.\n\nCéline\nLes Vergers Arnaud - EARL\n"),
       'fr', 'Les Vergers Arnaud', 'short, "la semaine prochaine"', 'promise_date=week_of_2026-12-07', n=423)
    # 7 début janvier, windows-1252 Outlook text
    hr('ateliers_rigaud_fr_debut_janvier_cp1252.eml', ('Gérard Rigaud', 'g.rigaud@ateliers-rigaud.example'),
       'RE: ' + rsubj('F-2026-0407'), D(1, 15, 3),
       P("Bonjour Monsieur Lacombe,\n\nNotre trésorerie est tendue en cette fin d'année. Nous ne pourrons honorer votre facture "
         "qu'au début janvier, dès l'encaissement de nos propres clients.\nJe vous remercie de votre compréhension.\n\n"
         "Cordialement,\nGérard Rigaud\nGérant – Ateliers Rigaud Menuiserie\n", cs='windows-1252'),
       'fr', 'Ateliers Rigaud', 'windows-1252 quoted-printable, "début janvier"', 'promise_date=early_2027-01', n=407,
       ua='Microsoft Outlook 16.0')
    # 8 dispute, work not conform
    hr('presta_ouest_fr_contestation.eml', ('Yannick Le Goff', 'yannick.legoff@presta-ouest.example'),
       'Re: ' + rsubj('F-2026-0426'), D(2, 9, 12),
       P("Bonjour,\n\nJe m'étonne de recevoir une relance. Comme indiqué à votre collègue au téléphone, la refonte livrée ne "
         "correspond pas au cahier des charges : le module de réservation n'a jamais fonctionné en production.\n\n"
         "Nous contestons donc cette facture dans sa totalité tant que les corrections ne sont pas faites.\n\n"
         "Yannick Le Goff\nDirecteur, Presta Ouest\n\n"
         + reminder_quote('F-2026-0426', '4 800,00 €', '25 novembre 2026',
                          date_line='Le lun. 30 nov. 2026 à 09:00, Thibault Lacombe <thibault@lacombe-studio.fr> a écrit :')),
       'fr', 'Presta Ouest', 'dispute on quality, quoted reminder below', 'dispute=yes', n=426)
    # 9 EN dispute, double billing
    hr('northpeak_en_billed_twice.eml', ('Sarah Whitfield', 'sarah@northpeak-apps.example'),
       'Re: ' + rsubj('INV-0411', 'en'), D(1, 17, 55, tz='-0500'),
       P("Thibault,\n\nI looked into this. INV-0411 covers the same sprint (Sprint 14, 2-13 Nov) as INV-0405, which we paid in full. "
         "We were billed twice for the same work, so we won't be paying this one. Please cancel it or send a credit note.\n\n"
         "Sarah\n--\nSarah Whitfield, COO - NorthPeak Apps Inc.\n"),
       'en', 'NorthPeak Apps', 'dispute: duplicate billing, asks credit note', 'dispute=yes', n=411)
    # 10 negation: ne contestons pas + pas encore pu payer + date
    hr('sagefemmes_fr_ne_contestons_pas.eml', ('Hélène Bouvier', 'compta@maison-bouvier.example'),
       'Re: ' + rsubj('F-2026-0415'), D(3, 11, 30),
       P("Bonjour,\n\nNous ne contestons pas la facture F-2026-0415, le travail a été fait et bien fait. Je n'ai simplement pas encore pu "
         "payer car notre banque a bloqué les virements le temps d'un changement de signataire. Ce sera fait le 8 au plus tard.\n\n"
         "Hélène Bouvier\nMaison Bouvier – décoration d'intérieur\n"),
       'fr', 'Maison Bouvier', 'negations: "ne contestons pas", "pas encore pu payer" + date', 'promise_date=2026-12-08',
       'no dispute, no already_paid', n=415)
    # 11 already paid with date
    hr('cafe_lumiere_fr_deja_paye_27nov.eml', ('Julie Mercadier', 'julie@cafe-lumiere.example'),
       'Re: ' + rsubj('F-2026-0409'), D(30, 19, 2),
       P("Bonsoir,\nLe virement est parti le 27 novembre depuis notre compte Crédit Mutuel, vous devriez l'avoir reçu. "
         "Pouvez-vous vérifier de votre côté ?\nMerci\nJulie\n"),
       'fr', 'Café Lumière', 'already paid with explicit date', 'already_paid=2026-11-27', n=409)
    # 12 already paid claimed no date, rude
    hr('garage_pons_fr_deja_regle_sans_date.eml', ('Garage Pons', 'garage.pons@garagepons.example'),
       'Re: ' + rsubj('F-2026-0402'), D(1, 8, 4),
       P("c'est réglé depuis longtemps, vérifiez vos comptes avant d'envoyer des relances.\n\nM. Pons\n"),
       'fr', 'Garage Pons', 'curt, already paid without date', 'already_paid=claimed', n=402)
    # 13 already paid with PDF bank confirmation attached
    pdfb = pdf(['Credit Agricole Atlantique Vendee', 'AVIS D\'OPERATION - VIREMENT SEPA EMIS',
                'Date d\'execution : 30/11/2026', 'Donneur d\'ordre : SAS TERRES & TOITS',
                'Beneficiaire : LACOMBE STUDIO', 'IBAN beneficiaire : FR76 1695 8000 01** **** **** 412',
                'Montant : 1 920,00 EUR', 'Motif : F-2026-0416'])
    hr('terres_toits_fr_avis_virement_pdf.eml', ('Marc Dolbeau', 'marc.dolbeau@terres-et-toits.example'),
       'Re: ' + rsubj('F-2026-0416'), D(1, 10, 41),
       M('mixed', P("Bonjour Thibault,\n\nLe paiement a été effectué hier, vous trouverez ci-joint l'avis d'opération de notre banque.\n\n"
                    "Bonne journée,\nMarc Dolbeau\nTerres & Toits\n"),
         ATT(pdfb, 'application', 'pdf', 'avis_operation_virement_F-2026-0416.pdf')),
       'fr', 'Terres & Toits', 'client attaches bank transfer confirmation PDF', 'already_paid=2026-11-30',
       'PDF is the client\'s outgoing-transfer notice; the mail itself is a person', n=416)
    # 14 forwarded Qonto confirmation inline
    fwd = ("Bonjour,\n\nJe vous transfère la confirmation de Qonto, le virement est bien parti ce matin.\n\nAmélie\n\n"
           "---------- Forwarded message ---------\nDe : Qonto <noreply@qonto.com>\nDate: mar. 1 déc. 2026 à 08:57\n"
           "Subject: Votre virement a été envoyé\nTo: <amelie@kerlann-studio.example>\n\n\nBonjour Amélie,\n\n"
           "Votre virement de 960,00 € à Lacombe Studio a bien été envoyé.\n\nRéférence : F-2026-0420\n"
           "Date d'exécution : 01/12/2026\n\nL'équipe Qonto\n")
    hr('kerlann_fr_forward_qonto_confirmation.eml', ('Amélie Kerlann', 'amelie@kerlann-studio.example'),
       'Fwd: Votre virement a été envoyé', D(1, 9, 20), P(fwd),
       'fr', 'Kerlann Studio', 'client forwards a Qonto outgoing-transfer notice inline (fresh thread)',
       'already_paid=2026-12-01', 'contains bank wording but written/forwarded by a person')
    # 15 request invoice
    hr('osteo_fr_renvoyer_facture.eml', ('Pauline Chastel', 'cabinet@osteo-chastel.example'),
       'Re: ' + rsubj('F-2026-0424'), D(2, 12, 10),
       P("Bonjour,\n\nJe ne retrouve pas votre facture dans mes mails, elle a dû partir dans les spams. Pouvez-vous me la renvoyer "
         "en PDF s'il vous plaît ? Je règle dès réception.\n\nPauline Chastel\nOstéopathe D.O.\n"),
       'fr', 'Cabinet Chastel', 'asks invoice again, pays "dès réception" (no date)', 'request_invoice=yes', n=424)
    # 16 request RIB
    hr('ecole_danse_fr_demande_rib.eml', ('Sandrine Mallet', 'tresorerie@ecole-danse-ondine.example'),
       'Re: ' + rsubj('F-2026-0410'), D(30, 20, 45),
       P("Bonjour,\n\nNous avons changé de trésorier à l'association et je n'ai pas vos coordonnées bancaires. Pourriez-vous "
         "m'envoyer votre RIB ? Je ferai le virement à réception.\n\nSandrine, trésorière\nÉcole de danse Ondine\n"),
       'fr', 'École de danse Ondine', 'asks RIB', 'request_rib=yes', n=410)
    # 17 EN invoice + IBAN for supplier onboarding
    hr('fjordline_en_invoice_and_iban.eml', ('Ingrid Solberg', 'ingrid.solberg@fjordline-design.example'),
       'RE: ' + rsubj('INV-0414', 'en'), D(2, 14, 2),
       P("Hi Thibault,\n\nTo set you up as a supplier in our ERP I need (1) a copy of invoice INV-0414 addressed to Fjordline Design AS, "
         "and (2) your IBAN and BIC on company letterhead. Once I have both, payment follows within our standard terms.\n\n"
         "Best,\nIngrid\n"),
       'en', 'Fjordline Design', 'supplier onboarding: asks invoice and IBAN', 'request_invoice=yes;request_rib=yes', n=414)
    # 18 one word
    hr('fromagerie_fr_note.eml', ('Robert Vial', 'robert.vial@fromagerie-vial.example'),
       'Re: ' + rsubj('F-2026-0417'), D(3, 7, 58), P("Noté.\n"),
       'fr', 'Fromagerie Vial', 'one word', n=417)
    # 19 ok merci iPhone
    hr('taxi_fr_ok_merci_iphone.eml', ('Karim B.', 'karim.benali@vtc-benali.example'),
       'Re: ' + rsubj('F-2026-0413'), D(4, 12, 33), P("ok merci\n\nEnvoyé de mon iPhone\n"),
       'fr', 'VTC Benali', 'two words + iPhone signature', n=413)
    # 20 reply from another (personal) address, lundi
    hr('cosmetiques_fr_autre_adresse_lundi.eml', ('Sophie Nguyen', 'sophie.nguyen.perso@mail.example'),
       'Votre relance facture F-2026-0418', D(2, 21, 16),
       P("Bonsoir Thibault,\n\nC'est Sophie de chez Aurore Cosmétiques, je vous écris de ma boîte perso car je n'ai pas accès à "
         "la messagerie pro ce soir. J'ai bien vu votre relance sur compta@aurore-cosmetiques.example. Je lance le virement lundi "
         "en arrivant au bureau.\n\nSophie\n"),
       'fr', 'Aurore Cosmétiques', 'reply from personal address, fresh thread, "lundi"', 'promise_date=2026-12-07',
       'reminder went to compta@aurore-cosmetiques.example')
    # 21 forward to colleague, owner in Cc
    hr('imprimerie_fr_transfert_collegue_cc.eml', ('Bertrand Masson', 'b.masson@imprimerie-masson.example'),
       'TR: ' + rsubj('F-2026-0406'), D(30, 9, 51),
       P("Nadia,\n\nPeux-tu regarder ce rappel de Thibault (site web) et voir pourquoi ce n'est pas passé ? Merci de le régler "
         "si tout est bon.\n\nBertrand\n\n-----Message d'origine-----\nDe : Thibault Lacombe <thibault@lacombe-studio.fr>\n"
         "Envoyé : lundi 30 novembre 2026 09:10\nÀ : b.masson@imprimerie-masson.example\nObjet : Rappel : facture F-2026-0406 échue\n\n"
         + reminder_quote('F-2026-0406', '720,00 €', '10 novembre 2026', prefix='')),
       'fr', 'Imprimerie Masson', 'forward to accounting colleague, owner in Cc', '',
       'no promise: internal instruction only', to=('Nadia Ouali', 'compta@imprimerie-masson.example'),
       extra=[('Cc', OWN)], n=406)
    # 22 tu, ce soir
    hr('podcast_fr_tutoiement_ce_soir.eml', ('Max', 'max@onde-courte-podcast.example'),
       'Re: ' + rsubj('F-2026-0425'), D(3, 13, 27),
       P("Salut Thibault,\n\nAïe, désolé, j'ai complètement zappé ta facture avec le lancement de la saison 3. Je te fais le virement "
         "ce soir depuis l'appli.\n\nBises à l'équipe,\nMax\n"),
       'fr', 'Onde Courte Podcast', 'informal "tu", "ce soir"', 'promise_date=2026-12-03', n=425)
    # 23 question: VAT reverse charge
    hr('brasserie_be_question_tva.eml', ('Wouter Claes', 'wouter@brasserie-zenne.example'),
       'Re: ' + rsubj('F-2026-0422'), D(1, 16, 9),
       P("Bonjour,\n\nUne question avant de payer : nous sommes une société belge assujettie, votre facture ne devrait-elle pas être "
         "en autoliquidation (sans TVA française) ? Pouvez-vous me confirmer le montant HT à régler ?\n\nMerci,\nWouter Claes\n"
         "Brasserie de la Zenne SRL - Bruxelles\n"),
       'fr', 'Brasserie de la Zenne', 'question on VAT before paying, no date', '',
       'a question, not a dispute; not a request to reissue', n=422)
    # 24 complaint about reminders
    hr('conciergerie_fr_plainte_relances.eml', ('Valérie Texier', 'v.texier@conciergerie-des-quais.example'),
       'Re: ' + rsubj('F-2026-0408'), D(4, 9, 40),
       P("Monsieur,\n\nTrois relances en dix jours, c'est un peu excessif pour une facture de 350 €. Nous sommes une petite structure "
         "et nous payons nos fournisseurs, simplement pas toujours le jour même. Merci de cesser ces envois automatiques.\n\n"
         "V. Texier\n"),
       'fr', 'Conciergerie des Quais', 'complaint about reminders, no date, no dispute of invoice', n=408)
    # 25 pas encore pu payer, no date
    hr('traiteur_fr_pas_encore_pu_payer.eml', ('Antoine Roux', 'antoine@traiteur-roux.example'),
       'Re: ' + rsubj('F-2026-0401'), D(2, 17, 3),
       P("Bonjour Thibault,\n\nJe n'ai pas encore pu payer, j'attends moi-même le règlement d'un gros client. Je vous tiens au courant "
         "dès que ça bouge.\n\nAntoine\n"),
       'fr', 'Traiteur Roux', 'negated payment, no date', n=401)
    # 26 partial now + balance
    hr('paysagiste_fr_paiement_en_deux_fois.eml', ('Fabien Ordonneau', 'f.ordonneau@jardins-ordonneau.example'),
       'Re: ' + rsubj('F-2026-0403'), D(30, 12, 15),
       P("Bonjour,\n\nJe vous propose de régler en deux fois : 600 € partent aujourd'hui et le solde (680 €) le 18 décembre. "
         "Dites-moi si ça vous convient.\n\nFabien Ordonneau\nJardins Ordonneau\n"),
       'fr', 'Jardins Ordonneau', 'instalment proposal: part today, balance on the 18th', 'promise_date=2026-12-18',
       'first instalment announced for 2026-11-30 (today); promise_date gives the date of the balance', n=403)
    # 27 EN net 60, explicit date
    hr('halcyon_en_net60_jan15.eml', ('Procurement Team', 'procurement@halcyon-events.example'),
       'RE: ' + rsubj('INV-0416', 'en'), D(1, 9, 5, tz='+0000'),
       P("Dear Mr Lacombe,\n\nPer our supplier agreement, invoices are settled net 60 from the invoice date. For INV-0416 (dated 16 Nov) "
         "that means payment on 15 January 2027. The invoice is therefore not overdue on our side.\n\nRegards,\nDaniel Okafor\n"
         "Procurement, Halcyon Events Ltd\n"),
       'en', 'Halcyon Events', 'payment terms argument with explicit date', 'promise_date=2027-01-15',
       'contests the due date, not the invoice: not labelled dispute', n=416)
    # 28 EN end of next week
    hr('quayside_en_end_next_week.eml', ('Tom Hargreaves', 'tom@quayside-coffee.example'),
       'Re: ' + rsubj('INV-0409', 'en'), D(1, 18, 12, tz='+0000'),
       P("Hey Thibault - I've asked our bookkeeper to release it, should go out end of next week. Sorry for the wait!\n\nTom\n\nSent from Outlook for Android\n"),
       'en', 'Quayside Coffee', '"end of next week", Outlook for Android', 'promise_date=2026-12-11',
       'end of next week resolved to Friday 11 Dec', n=409)
    # 29 cp1252 awaiting credit note for double line -> dispute
    hr('transports_fr_attente_avoir.eml', ('Service Comptabilité', 'comptabilite@transports-girard.example'),
       'RE: ' + rsubj('F-2026-0414'), D(2, 10, 58),
       P("Bonjour,\n\nLa ligne 3 de votre facture (maintenance mensuelle novembre) a déjà été facturée sur F-2026-0399. Nous attendons "
         "votre avoir correspondant avant tout règlement.\n\nCordialement,\nÉlise Girard\nTransports Girard & Fils\n", cs='windows-1252'),
       'fr', 'Transports Girard', 'windows-1252, contests one line and waits for a credit note', 'dispute=yes', n=414)
    # 30 EN already paid with date and reference
    hr('lumen_en_paid_nov20.eml', ('Priya Raman', 'priya.raman@lumen-analytics.example'),
       'Re: ' + rsubj('INV-0404', 'en'), D(30, 15, 20, tz='+0000'),
       P("Hi,\n\nWe paid this on November 20th, our payment reference is PAY-88213 (SEPA, from Lumen Analytics Ltd). Could you please "
         "check your records and confirm receipt?\n\nThanks,\nPriya\n"),
       'en', 'Lumen Analytics', 'already paid with date + reference', 'already_paid=2026-11-20', n=404)
    # 31 cheque posted yesterday
    hr('mairie_fr_cheque_poste.eml', ('Secrétariat de mairie', 'secretariat@mairie-saint-aubin.example'),
       'Re: ' + rsubj('F-2026-0405'), D(2, 11, 0),
       P("Bonjour,\n\nLe mandat a été émis par la Trésorerie et le règlement est parti par courrier hier. Vous devriez le recevoir "
         "sous quelques jours.\n\nCordialement,\nLe secrétariat de mairie de Saint-Aubin\n"),
       'fr', 'Mairie de Saint-Aubin', 'public body, payment sent by post "hier"', 'already_paid=2026-12-01',
       'payment dispatched by post yesterday: treated as an already-paid claim', n=405)
    # 32 date in numeric format
    hr('coworking_fr_date_numerique.eml', ('Léa Fontaine', 'lea@la-ruche-coworking.example'),
       'Re: ' + rsubj('F-2026-0427'), D(3, 15, 44),
       P("Hello Thibault,\nVirement programmé pour le 07/12, c'est la date de notre prochain lot de paiements.\nBonne fin de semaine !\nLéa\n"),
       'fr', 'La Ruche Coworking', 'numeric date 07/12', 'promise_date=2026-12-07', n=427)
    # 33 mardi 8 décembre
    hr('optique_fr_mardi_8_decembre.eml', ('Optique Delorme', 'contact@optique-delorme.example'),
       'Re: ' + rsubj('F-2026-0411'), D(4, 10, 22),
       ALT("Bonjour,\n\nPaiement programmé pour le mardi 8 décembre.\n\nCordialement\nIsabelle Delorme\n",
           "<div dir=\"ltr\">Bonjour,<br><br>Paiement programmé pour le mardi 8 décembre.<br><br>Cordialement<br>Isabelle Delorme</div>"),
       'fr', 'Optique Delorme', 'Gmail-style multipart, full date', 'promise_date=2026-12-08', n=411)
    # 34 demain matin
    hr('architecte_fr_demain_matin.eml', ('Nicolas Perrin', 'nicolas@perrin-architecture.example'),
       'Re: ' + rsubj('F-2026-0404'), D(3, 19, 48),
       P("Bonsoir,\n\nToutes mes excuses, je règle ça demain matin à la première heure.\n\nNicolas Perrin\nArchitecte DPLG\n"),
       'fr', 'Perrin Architecture', '"demain matin"', 'promise_date=2026-12-04', n=404)
    # 35 après-demain
    hr('fleuriste_fr_apres_demain.eml', ('Fleurs de Loire', 'fleursdeloire@boutique.example'),
       'Re: ' + rsubj('F-2026-0400'), D(30, 18, 5),
       P("Bonjour, je passe à la banque après-demain, je fais le virement à ce moment-là. Cordialement, Anne-Sophie\n"),
       'fr', 'Fleurs de Loire', '"après-demain", one paragraph', 'promise_date=2026-12-02', n=400)
    # 36 fin du mois
    hr('agence_voyage_fr_fin_du_mois.eml', ('Thomas Garnier', 't.garnier@escales-voyages.example'),
       'Re: ' + rsubj('F-2026-0428'), D(1, 14, 40),
       P("Bonjour Monsieur Lacombe,\n\nVotre facture sera payée en fin de mois avec nos autres fournisseurs.\n\nBien cordialement,\n"
         "Thomas Garnier\nResponsable administratif et financier\nEscales Voyages\n"),
       'fr', 'Escales Voyages', '"en fin de mois"', 'promise_date=2026-12-31', n=428)
    # 37 EN by Monday, Friday date
    hr('greenleaf_en_by_monday.eml', ('Jake Morrison', 'jake@greenleaf-studio.example'),
       'Re: ' + rsubj('INV-0418', 'en'), D(4, 17, 5, tz='+0000'),
       P("Hi Thibault, totally my fault. I'll sort it out by Monday.\n\nJake\n\nSent from my iPhone\n"),
       'en', 'Greenleaf Studio', '"by Monday" sent on a Friday, iPhone', 'promise_date=2026-12-07', n=418)
    # 38 mailing list post by a person
    hr('liste_freelances_fr_post.eml', ('Manon Duval', 'manon.duval@mail.example'),
       '[freelances-nantes] Quelqu\'un connaît un expert-comptable pour micro-BNC ?', D(2, 8, 30),
       P("Hello la liste,\n\nJe passe au réel l'an prochain et je cherche un expert-comptable sur Nantes qui connaisse bien les BNC "
         "et pas trop cher. Des recommandations ?\n\nMerci !\nManon\n\n_______________________________________________\n"
         "freelances-nantes mailing list\nfreelances-nantes@lists.freelances-nantes.example\n"
         "https://lists.freelances-nantes.example/listinfo/freelances-nantes\n"),
       'fr', 'freelances-nantes list', 'mailing-list post by a person (Mailman footer)', '',
       'unrelated to invoices', to='freelances-nantes@lists.freelances-nantes.example',
       extra=[('List-Id', 'Freelances nantais <freelances-nantes.lists.freelances-nantes.example>'),
              ('List-Unsubscribe', '<mailto:freelances-nantes-leave@lists.freelances-nantes.example>'),
              ('Precedence', 'list'), ('Sender', 'freelances-nantes-bounces@lists.freelances-nantes.example')])
    # 39 EN PO number reissue, German signature
    hr('weber_en_po_reissue.eml', ('Katrin Weber', 'k.weber@weber-maschinenbau.example'),
       'AW: ' + rsubj('INV-0410', 'en'), D(1, 8, 17),
       P("Dear Mr Lacombe,\n\nyour invoice cannot be processed because it does not show our purchase order number. Please reissue the "
         "invoice quoting PO 4500118273 and send it to invoices@weber-maschinenbau.example.\n\nMit freundlichen Grüßen / Best regards\n\n"
         "Katrin Weber\nKreditorenbuchhaltung / Accounts Payable\n\nWeber Maschinenbau GmbH\nIndustriestraße 12, 70565 Stuttgart\n"
         "Geschäftsführer: Dr. Frank Weber, Julia Reiss\nSitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 123456\n"
         "USt-IdNr.: DE123456789\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
         "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n", cs='iso-8859-1'),
       'en', 'Weber Maschinenbau', 'German company, AW: prefix, asks reissue with PO, HRB signature',
       'request_invoice=yes', 'reissue request, not a dispute', n=410)
    # 40 broken MIME: no MIME-Version, raw latin-1 8bit, no charset
    raw = ('From: "J. Caradec" <jcaradec@ferme-caradec.example>\nTo: thibault@lacombe-studio.fr\n'
           'Subject: Re: Rappel facture F-2026-0396\nDate: %s\nMessage-ID: <20261130181203.AB12@ferme-caradec.example>\n'
           'In-Reply-To: %s\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n'
           'Bonjour,\n\nje passe a la banque jeudi pour le virement, je n\'ai pas internet a la ferme.\n\nJo\xebl Caradec\n'
           % (D(30, 18, 12), rid(396))).encode('latin-1')
    add('caradec_fr_broken_mime_latin1.eml', 'human_reply', raw, 'fr', 'Ferme Caradec',
        'no MIME-Version, undeclared latin-1 8bit byte, "jeudi"', facts='promise_date=2026-12-03',
        notes='deliberately broken MIME: charset missing, one ISO-8859-1 byte')
    # 41 transfer done this morning
    hr('boxe_fr_virement_fait_ce_matin.eml', ('Club Boxe Rezé', 'president@boxe-reze.example'),
       'Re: ' + rsubj('F-2026-0429'), D(3, 12, 4),
       P("Bonjour,\nLe virement a été fait ce matin, vous devriez le recevoir sous 48h.\nSportivement,\nDidier, président\n"),
       'fr', 'Club Boxe Rezé', '"virement fait ce matin"', 'already_paid=2026-12-03', n=429)
    # 42 disputes late fee but promises principal
    hr('studio_yoga_fr_conteste_indemnite.eml', ('Clara Morel', 'clara@studio-prana.example'),
       'Re: ' + rsubj('F-2026-0397'), D(1, 20, 30),
       P("Bonjour,\n\nJe vois que vous avez ajouté 40 € d'indemnité forfaitaire de recouvrement. Nous ne paierons pas ces 40 €, ils "
         "n'étaient mentionnés nulle part sur le devis. En revanche le principal (450 €) part vendredi.\n\nClara\nStudio Prana\n"),
       'fr', 'Studio Prana', 'contests the recovery fee, promises the principal', 'dispute=yes;promise_date=2026-12-04',
       'partial dispute (only the 40 EUR fee)', n=397)
    # 43 EN thanks noted, iPhone
    hr('atlas_en_thanks_noted.eml', ('Ben Adeyemi', 'ben@atlas-robotics.example'),
       'Re: ' + rsubj('INV-0415', 'en'), D(2, 6, 51, tz='+0000'),
       P("Thanks, noted.\n\nSent from my iPhone\n\n> On 1 Dec 2026, at 17:00, Thibault Lacombe <thibault@lacombe-studio.fr> wrote:\n> \n> Hello,\n> Unless I am mistaken, invoice INV-0415 is still outstanding.\n"),
       'en', 'Atlas Robotics', 'two words, iPhone, quoted', n=415)
    # 44 reissue to holding
    hr('groupe_vidal_fr_refaire_facture_holding.eml', ('Service Achats Groupe Vidal', 'achats@groupe-vidal.example'),
       'RE: ' + rsubj('F-2026-0420'), D(4, 11, 11),
       P("Bonjour,\n\nMerci de bien vouloir refaire la facture au nom de notre holding, VIDAL PARTICIPATIONS SAS, 4 place Graslin "
         "44000 Nantes, SIRET 812 000 000 00015. La facture actuelle au nom de la filiale ne peut pas être comptabilisée.\n\n"
         "Dès réception de la facture corrigée, nous procéderons au paiement.\n\nCordialement,\nJessica Lemaire\nService Achats\n"),
       'fr', 'Groupe Vidal', 'asks corrected invoice (billing entity)', 'request_invoice=yes', n=420)
    # 45 not the right person
    hr('clinique_fr_pas_la_bonne_personne.eml', ('Dr Paul Henry', 'p.henry@clinique-veterinaire-erdre.example'),
       'Re: ' + rsubj('F-2026-0430'), D(30, 13, 2),
       P("Bonjour,\nCe n'est pas moi qui gère la facturation, voyez directement avec notre comptable : compta@clinique-veterinaire-erdre.example\n"
         "Cordialement\nP. Henry\n"),
       'fr', 'Clinique vétérinaire de l\'Erdre', 'redirects to another contact', n=430)
    # 46 won't pay until site online
    hr('immo_fr_pas_de_paiement_avant_mise_en_ligne.eml', ('Guillaume Besson', 'g.besson@besson-immobilier.example'),
       'Re: ' + rsubj('F-2026-0395'), D(4, 15, 37),
       P("Thibault,\n\nTant que le site n'est pas en ligne, nous ne réglerons pas le solde. C'était convenu ainsi dans le devis signé "
         "(30 % à la commande, 70 % à la mise en production).\n\nGuillaume Besson\nBesson Immobilier\n"),
       'fr', 'Besson Immobilier', 'refuses to pay balance before delivery', 'dispute=yes', n=395)

# ----------------------------------------------------------------------------------------
# payment_notification
# ----------------------------------------------------------------------------------------
def pn(file, frm, subj, date, body, lang, provider, pattern, mon, notes='', extra=(), to=OWN, group=None):
    dom = frm[1].split('@')[1] if isinstance(frm, tuple) else frm.split('@')[1].strip('>')
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', date),
         ('Message-ID', mid(file, dom))] + list(extra)
    add(file, 'payment_notification', build(h, body), lang, group or provider, pattern, provider=provider,
        money=mon, notes=notes)

def tbl(rows):
    return '<table cellpadding="6" style="border-collapse:collapse;font-family:Arial">' + ''.join(
        '<tr><td style="color:#666">%s</td><td><b>%s</b></td></tr>' % r for r in rows) + '</table>'

AUTO_FR = "Ceci est un message automatique, merci de ne pas y répondre."

def PN():
    # Qonto money in, multipart
    pn('qonto_fr_virement_recu.eml', ('Qonto', 'noreply@qonto.com'), 'Vous avez reçu un virement de 1 480,00 €', D(3, 10, 14),
       ALT("Bonjour Thibault,\n\nVous avez reçu un virement sur votre compte Lacombe Studio.\n\nMontant : +1 480,00 €\n"
           "De : BOULANGERIE MARCHETTI\nRéférence : F-2026-0412\nDate : 03/12/2026\n\nConsultez le détail dans votre application Qonto.\n\n"
           "L'équipe Qonto\n\nQonto, établissement de paiement agréé par l'ACPR. Vous recevez cet e-mail car les notifications de "
           "transactions sont activées pour votre compte.\n",
           "<html><body style=\"font-family:Inter,Arial\"><p>Bonjour Thibault,</p><p>Vous avez reçu un virement sur votre compte "
           "<b>Lacombe Studio</b>.</p>" + tbl([('Montant', '+1 480,00 €'), ('De', 'BOULANGERIE MARCHETTI'), ('Référence', 'F-2026-0412'),
                                              ('Date', '03/12/2026')]) +
           "<p><a href=\"https://app.qonto.com/\">Voir la transaction</a></p><p style=\"font-size:11px;color:#999\">Qonto, établissement "
           "de paiement agréé par l'ACPR. Vous recevez cet e-mail car les notifications de transactions sont activées pour votre compte.</p>"
           "</body></html>"),
       'fr', 'Qonto', 'money in, HTML table + text', money('in', '1480.00', payer='BOULANGERIE MARCHETTI', reference='F-2026-0412',
                                                           value_date='2026-12-03'),
       'wording modelled on Qonto transaction e-mails (help.qonto.com notifications)')
    # Qonto card declined
    pn('qonto_fr_paiement_carte_refuse.eml', ('Qonto', 'noreply@qonto.com'), 'Paiement refusé : Figma', D(1, 3, 2),
       P("Bonjour Thibault,\n\nUn paiement de 45,00 $ par carte chez FIGMA (carte •• 4421) a été refusé : plafond de paiement atteint.\n\n"
         "Vous pouvez augmenter votre plafond temporairement depuis l'application.\n\nL'équipe Qonto\n"),
       'fr', 'Qonto', 'card payment declined (owner spending)', money('failed', '45.00', 'USD', reference='FIGMA', value_date='2026-12-01'))
    # Qonto refund received
    pn('qonto_fr_remboursement_marchand.eml', ('Qonto', 'noreply@qonto.com'), 'Remboursement de 23,99 € reçu', D(2, 16, 40),
       P("Bonjour Thibault,\n\nLe marchand AMAZON EU vous a remboursé 23,99 € sur votre carte •• 4421.\n\nDate : 02/12/2026\n\nL'équipe Qonto\n"),
       'fr', 'Qonto', 'merchant refund to card', money('refund', '23.99', reference='AMAZON EU', value_date='2026-12-02'))
    # Shine money in
    pn('shine_fr_vous_avez_recu.eml', ('Shine', 'notifications@shine.fr'), '💸 Vous avez reçu 2 400,00 €', D(30, 11, 2),
       ALT("Bonne nouvelle Thibault !\n\nHORIZON NORD SAS vous a envoyé 2 400,00 €.\nLibellé : VIR HORIZON NORD FACT F-2026-0390\n\n"
           "Ton solde est maintenant de 6 812,44 €.\n\nL'équipe Shine\nShine SAS - établissement de paiement. Tu reçois cet e-mail car tu as "
           "activé les alertes de transactions.\n",
           "<html><body><h2>Bonne nouvelle Thibault !</h2><p><b>HORIZON NORD SAS</b> vous a envoyé <b>2 400,00 €</b>.</p>"
           "<p>Libellé : VIR HORIZON NORD FACT F-2026-0390</p><p>Ton solde est maintenant de 6 812,44 €.</p></body></html>"),
       'fr', 'Shine', 'money in, emoji subject, balance', money('in', '2400.00', payer='HORIZON NORD SAS',
                                                              reference='VIR HORIZON NORD FACT F-2026-0390', value_date='2026-11-30'))
    # Shine direct debit URSSAF
    pn('shine_fr_prelevement_urssaf.eml', ('Shine', 'notifications@shine.fr'), 'Prélèvement de 612,00 € effectué', D(4, 6, 10),
       P("Salut Thibault,\n\nUn prélèvement de 612,00 € a été effectué sur ton compte.\nCréancier : URSSAF PAYS DE LA LOIRE\n"
         "Référence de mandat : URS-2019-00442871\n\nL'équipe Shine\n" + AUTO_FR + "\n"),
       'fr', 'Shine', 'direct debit taken', money('out', '612.00', reference='URSSAF PAYS DE LA LOIRE', value_date='2026-12-04'))
    # BNP credit alert
    pn('bnp_fr_alerte_credit.eml', ('BNP Paribas', 'alertes@bnpparibas.com'), 'Alerte crédit sur votre compte', D(2, 7, 5),
       P("Madame, Monsieur,\n\nNous vous informons qu'une opération au crédit a été enregistrée sur votre compte "
         "Compte Chèques ****8812 :\n\nVIR SEPA RECU /DE BRIGHTWATER MEDIA LTD /MOTIF INV-0398 /REF 2026113000412\n"
         "Montant : 3 250,00 EUR\nDate de valeur : 02/12/2026\n\nPour consulter vos comptes, rendez-vous sur mabanque.bnpparibas.\n\n"
         "Ce message vous est adressé dans le cadre de votre service d'alertes. " + AUTO_FR + "\n", cs='iso-8859-1'),
       'fr', 'BNP Paribas', 'credit alert, raw bank label, latin-1',
       money('in', '3250.00', payer='BRIGHTWATER MEDIA LTD', reference='INV-0398', value_date='2026-12-02'))
    # BNP statement
    pn('bnp_fr_releve_disponible.eml', ('BNP Paribas', 'e-releves@bnpparibas.com'), 'Votre relevé de compte est disponible', D(1, 5, 30),
       P("Madame, Monsieur,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre espace client, rubrique "
         "Mes documents.\n\nBNP Paribas\n" + AUTO_FR + "\n"),
       'fr', 'BNP Paribas', 'statement available', money('statement', ''))
    # Crédit Agricole low balance
    pn('credit_agricole_fr_alerte_solde.eml', ('Crédit Agricole', 'alertes@credit-agricole.fr'), 'Alerte solde : votre compte', D(30, 7, 0),
       P("Bonjour,\n\nLe solde de votre compte DAV PRO n° *****20481 est inférieur au seuil de 500,00 EUR que vous avez défini.\n"
         "Solde au 30/11/2026 : 312,18 EUR\n\nCrédit Agricole Atlantique Vendée\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n"),
       'fr', 'Crédit Agricole', 'balance-threshold alert', money('statement', '312.18'))
    # Crédit Agricole money in, amount in subject only
    pn('credit_agricole_fr_montant_sujet.eml', ('Crédit Agricole', 'alertes@credit-agricole.fr'),
       'Virement reçu : +860,00 EUR de SARL CAFE LUMIERE', D(3, 8, 12),
       P("Bonjour,\n\nUne nouvelle opération a été enregistrée sur votre compte. Connectez-vous à Ma Banque pour en consulter le détail.\n\n"
         "Crédit Agricole\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n"),
       'fr', 'Crédit Agricole', 'amount and payer only in subject', money('in', '860.00', payer='SARL CAFE LUMIERE', value_date='2026-12-03'),
       'value date assumed = message date')
    # Société Générale outgoing transfer
    pn('societe_generale_fr_virement_emis.eml', ('Société Générale', 'ne-pas-repondre@societegenerale.fr'),
       'Confirmation de votre virement', D(2, 14, 3),
       ALT("Bonjour,\n\nVotre virement de 1 150,00 EUR vers SCI LES TILLEULS (loyer décembre bureau) a bien été pris en compte.\n"
           "Date d'exécution : 02/12/2026\n\nSociété Générale\n" + AUTO_FR + "\n",
           "<p>Bonjour,</p><p>Votre virement de <b>1 150,00 EUR</b> vers <b>SCI LES TILLEULS</b> (loyer décembre bureau) a bien été pris "
           "en compte.</p><p>Date d'exécution : 02/12/2026</p>"),
       'fr', 'Société Générale', 'outgoing transfer confirmation', money('out', '1150.00', reference='loyer décembre bureau', value_date='2026-12-02'))
    # LCL credit HTML table
    pn('lcl_fr_credit_tableau.eml', ('LCL', 'alertes@lcl.fr'), 'LCL - Alerte opération', D(4, 9, 2),
       P("<html><body><p>Bonjour,</p><p>Une opération correspondant à vos critères d'alerte a été enregistrée :</p>"
         + tbl([('Compte', 'COMPTE PRO ****5531'), ('Opération', 'VIR.SEPA PRESTA OUEST'), ('Libellé', 'ACOMPTE F-2026-0426'),
                ('Montant', '+2 400,00 EUR'), ('Date', '04/12/2026')]) +
         "<p>LCL - Le Crédit Lyonnais. " + AUTO_FR + "</p></body></html>", 'html'),
       'fr', 'LCL', 'HTML-only table, VIR.SEPA label',
       money('in', '2400.00', payer='PRESTA OUEST', reference='ACOMPTE F-2026-0426', value_date='2026-12-04'),
       'client that disputed F-2026-0426 pays a down-payment: still money in')
    # La Banque Postale debit alert
    pn('banque_postale_fr_debit.eml', ('La Banque Postale', 'alertes@labanquepostale.fr'), 'Alerte : opération débitrice', D(1, 12, 0),
       P("Bonjour,\n\nUne opération au débit de 249,00 EUR a été enregistrée le 01/12/2026 sur votre compte courant :\n"
         "CB APPLE.COM/BILL 30/11\n\nLa Banque Postale\nMerci de ne pas répondre à ce message envoyé automatiquement.\n"),
       'fr', 'La Banque Postale', 'card debit alert', money('out', '249.00', reference='CB APPLE.COM/BILL 30/11', value_date='2026-12-01'))
    # Crédit Mutuel 2 virements reçus
    pn('credit_mutuel_fr_deux_virements.eml', ('Crédit Mutuel', 'alertes@creditmutuel.fr'), '2 virements reçus sur votre compte', D(2, 6, 45),
       P("Bonjour,\n\n2 virements ont été crédités sur votre compte ****7710 :\n\n"
         "- 01/12/2026  VIR CAFE LUMIERE  F-2026-0409  +860,00 EUR\n- 01/12/2026  VIR ECOLE DANSE ONDINE  FACT 0410  +350,00 EUR\n\n"
         "Crédit Mutuel\n" + AUTO_FR + "\n"),
       'fr', 'Crédit Mutuel', 'two credits in one notice',
       money('in|in', '860.00|350.00', 'EUR', 'CAFE LUMIERE|ECOLE DANSE ONDINE', 'F-2026-0409|FACT 0410', '2026-12-01|2026-12-01', 'yes'))
    # CIC SDD return (impayé)
    pn('cic_fr_prelevement_impaye.eml', ('CIC', 'alertes@cic.fr'), 'Avis de rejet de prélèvement SEPA', D(3, 7, 30),
       P("Madame, Monsieur,\n\nLe prélèvement SEPA que vous avez présenté sur le compte de votre débiteur GARAGE PONS pour un montant de "
         "540,00 EUR (réf. F-2026-0402) a été rejeté par sa banque.\nMotif : AM04 - provision insuffisante.\n"
         "Le montant a été débité de votre compte le 03/12/2026.\n\nCIC\n" + AUTO_FR + "\n"),
       'fr', 'CIC', 'creditor-side SDD return (impayé)', money('failed', '540.00', reference='F-2026-0402', value_date='2026-12-03'))
    # Boursorama virement reçu
    pn('boursorama_fr_virement_recu.eml', ('Boursorama Banque', 'ne-pas-repondre@boursorama.fr'), 'Vous avez reçu un virement', D(30, 17, 21),
       ALT("Bonjour,\n\nVous avez reçu un virement de 450,00 € de STUDIO PRANA.\nMotif : Prana site web\n\n"
           "Boursorama Banque\nVous recevez cet e-mail car vous avez souscrit au service d'alertes.\n",
           "<p>Bonjour,</p><p>Vous avez reçu un virement de <b>450,00 €</b> de <b>STUDIO PRANA</b>.</p><p>Motif : Prana site web</p>"),
       'fr', 'Boursorama', '"vous avez reçu un virement de"',
       money('in', '450.00', payer='STUDIO PRANA', reference='Prana site web', value_date='2026-11-30'))
    # Hello bank card used
    pn('hellobank_fr_carte_utilisee.eml', ('Hello bank!', 'noreply@hellobank.fr'), 'Votre carte a été utilisée', D(3, 19, 2),
       P("Hello Thibault,\n\nVotre carte Hello Prime ****2210 a été utilisée pour un paiement de 62,40 EUR chez SNCF CONNECT le 03/12/2026.\n\n"
         "Si vous n'êtes pas à l'origine de ce paiement, faites opposition depuis l'appli.\n\nHello bank!\n"),
       'fr', 'Hello bank!', 'card payment', money('out', '62.40', reference='SNCF CONNECT', value_date='2026-12-03'))
    # Fortuneo incoming
    pn('fortuneo_fr_virement_entrant.eml', ('Fortuneo', 'service.client@fortuneo.fr'), 'Fortuneo : virement entrant', D(1, 8, 0),
       P("Bonjour,\n\nUn virement entrant a été crédité sur votre compte courant :\nÉmetteur : JARDINS ORDONNEAU\n"
         "Montant : 600,00 EUR\nLibellé : 1ER VERSEMENT F-2026-0403\nDate de valeur : 01/12/2026\n\nFortuneo\n"),
       'fr', 'Fortuneo', 'plain text incoming', money('in', '600.00', payer='JARDINS ORDONNEAU', reference='1ER VERSEMENT F-2026-0403',
                                                     value_date='2026-12-01'), 'partial payment')
    # Caisse d'Epargne subject-only payer/amount
    pn('caisse_epargne_fr_nouvelle_operation.eml', ("Caisse d'Epargne", 'alertes@caisse-epargne.fr'),
       'Virement reçu de MAISON BOUVIER : +1 100,00 €', D(4, 7, 48),
       P("<html><body><p>Bonjour,</p><p>Une nouvelle opération est disponible sur votre compte professionnel.</p>"
         "<p><a href=\"https://www.caisse-epargne.fr/\">Accéder à mon espace</a></p><p style=\"font-size:10px\">Ce message est envoyé "
         "automatiquement. Merci de ne pas y répondre.</p></body></html>", 'html'),
       'fr', "Caisse d'Épargne", 'HTML-only, facts only in subject',
       money('in', '1100.00', payer='MAISON BOUVIER', value_date='2026-12-04'), 'value date assumed = message date')
    # Banque Populaire transfer rejected
    pn('banque_populaire_fr_virement_rejete.eml', ('Banque Populaire', 'ne-pas-repondre@banquepopulaire.fr'),
       'Votre virement n\'a pas pu être exécuté', D(30, 10, 33),
       P("Bonjour,\n\nVotre virement de 380,00 EUR à destination de M. LOUIS TREGUER (réf. PIGE NOV) n'a pas pu être exécuté : "
         "IBAN du bénéficiaire invalide.\nLe montant n'a pas été débité.\n\nBanque Populaire Grand Ouest\n" + AUTO_FR + "\n"),
       'fr', 'Banque Populaire', 'outgoing transfer rejected', money('failed', '380.00', reference='PIGE NOV', value_date='2026-11-30'))
    # N26 money in
    pn('n26_en_you_received.eml', ('N26', 'no-reply@n26.com'), 'You received €720.00', D(3, 14, 5),
       ALT("Hi Thibault,\n\nYou received €720.00 from Kestrel Logistics B.V.\nReference: INV-0402\n\nYour N26 Team\n\n"
           "N26 Bank SE, Voltairestraße 8, 10179 Berlin. You are receiving this email because you have enabled transaction notifications.\n",
           "<p>Hi Thibault,</p><p>You received <b>€720.00</b> from <b>Kestrel Logistics B.V.</b></p><p>Reference: INV-0402</p>"),
       'en', 'N26', 'English money in', money('in', '720.00', payer='Kestrel Logistics B.V.', reference='INV-0402', value_date='2026-12-03'))
    # N26 direct debit
    pn('n26_en_direct_debit.eml', ('N26', 'no-reply@n26.com'), 'Direct debit: €19.99 to Spotify', D(2, 4, 12),
       P("Hi Thibault,\n\nA direct debit of €19.99 to Spotify AB has been booked to your account.\n\nYour N26 Team\n"),
       'en', 'N26', 'direct debit taken', money('out', '19.99', reference='Spotify AB', value_date='2026-12-02'))
    # Revolut GBP in
    pn('revolut_business_en_payment_received_gbp.eml', ('Revolut Business', 'no-reply@revolut.com'),
       'You\'ve received £1,200.00', D(1, 15, 50, tz='+0000'),
       P("Hi Thibault,\n\nGreat news! Brightwater Media Ltd sent you £1,200.00 to your GBP account.\nReference: INV-0401 Brightwater\n\n"
         "The Revolut Business Team\n\nYou're receiving this email because you have a Revolut Business account.\n"),
       'en', 'Revolut Business', 'GBP money in', money('in', '1200.00', 'GBP', 'Brightwater Media Ltd', 'INV-0401 Brightwater', '2026-12-01'))
    # Revolut transfer returned
    pn('revolut_business_en_transfer_returned.eml', ('Revolut Business', 'no-reply@revolut.com'),
       'Your transfer to Studio Pixel Grenoble was returned', D(2, 11, 26, tz='+0000'),
       P("Hi Thibault,\n\nYour transfer of €300.00 to Studio Pixel Grenoble was returned by the recipient's bank (account closed). "
         "The money is back in your EUR account.\n\nThe Revolut Business Team\n"),
       'en', 'Revolut Business', 'outgoing transfer returned', money('failed', '300.00', reference='Studio Pixel Grenoble', value_date='2026-12-02'))
    # Wise received
    pn('wise_en_money_received.eml', ('Wise', 'noreply@wise.com'), 'You\'ve received 1,950.00 EUR from Fjordline Design AS', D(4, 13, 3, tz='+0000'),
       P("Hi Thibault,\n\nYou've received 1,950.00 EUR from Fjordline Design AS.\nReference: INV-0414\n\nIt's now in your EUR balance.\n\n"
         "The Wise Team\n"),
       'en', 'Wise', 'money in, payer in subject',
       money('in', '1950.00', payer='Fjordline Design AS', reference='INV-0414', value_date='2026-12-04'))
    # Wise on its way -> none
    pn('wise_en_money_on_its_way.eml', ('Wise', 'noreply@wise.com'), 'Halcyon Events Ltd is sending you money', D(2, 17, 0, tz='+0000'),
       P("Hi Thibault,\n\nHalcyon Events Ltd has set up a transfer of 2,700.00 EUR to your account. It should arrive by 7 December.\n"
         "We'll let you know when it's there.\n\nThe Wise Team\n"),
       'en', 'Wise', 'incoming transfer announced, not arrived', money('none', '2700.00', reference='', value_date='2026-12-07'),
       'money not arrived yet; value_date = expected arrival')
    # Stripe payout
    pn('stripe_en_payout_on_its_way.eml', ('Stripe', 'notifications@stripe.com'), 'Your €2,134.50 payout is on its way', D(30, 6, 0, tz='+0000'),
       P("A payout of €2,134.50 is on its way to your bank account ending in 4412. It should arrive by 2 December 2026.\n\n"
         "View payout: https://dashboard.stripe.com/payouts\n\nYou're receiving this email because you're an admin for Lacombe Studio.\n"),
       'en', 'Stripe', 'payout bundling many charges', money('in', '2134.50', reference='payout', value_date='2026-12-02', counts='no_aggregate'))
    # Stripe payment received
    pn('stripe_en_payment_received.eml', ('Stripe', 'notifications@stripe.com'), 'Payment of €600.00 from Greenleaf Studio', D(4, 18, 4, tz='+0000'),
       P("You received a payment of €600.00 from Greenleaf Studio (jake@greenleaf-studio.example).\nDescription: Invoice INV-0418\n\n"
         "View payment in Dashboard.\n\nStripe, 510 Townsend Street, San Francisco\n"),
       'en', 'Stripe', 'single card payment captured', money('in', '600.00', payer='Greenleaf Studio', reference='Invoice INV-0418',
                                                              value_date='2026-12-04'))
    # Stripe dispute
    pn('stripe_en_dispute.eml', ('Stripe', 'notifications@stripe.com'), 'A payment has been disputed', D(3, 2, 11, tz='+0000'),
       P("A customer has disputed a €390.00 payment from NorthPeak Apps Inc. The reason given is 'duplicate'.\n"
         "You have until 18 December 2026 to respond with evidence.\n\n€390.00 and a €20.00 dispute fee have been withdrawn from your balance.\n"),
       'en', 'Stripe', 'chargeback', money('chargeback', '390.00', reference='duplicate', value_date='2026-12-03'))
    # Stripe payout failed
    pn('stripe_fr_virement_echoue.eml', ('Stripe', 'notifications@stripe.com'), 'Échec de votre virement de 812,00 €', D(1, 6, 30),
       P("Votre virement de 812,00 € vers le compte bancaire se terminant par 4412 a échoué : la banque a indiqué que le nom du titulaire "
         "ne correspond pas. Mettez à jour vos coordonnées bancaires dans le Dashboard.\n"),
       'fr', 'Stripe', 'payout failed (FR locale)', money('failed', '812.00', reference='payout', value_date='2026-12-01'))
    # PayPal received
    pn('paypal_fr_paiement_recu.eml', ('service@paypal.fr', 'service@paypal.fr'), 'Vous avez reçu un paiement', D(2, 19, 33),
       ALT("Bonjour Thibault Lacombe,\n\nVous avez reçu un paiement de 280,00 EUR de Atelier Céramique Lune (contact@ceramique-lune.example).\n"
           "Note : Logo + charte F-2026-0431\nN° de transaction : 7GH12345LK9876541\n\nPayPal\n",
           "<p>Bonjour Thibault Lacombe,</p><p>Vous avez reçu un paiement de <b>280,00 EUR</b> de Atelier Céramique Lune.</p>"),
       'fr', 'PayPal', 'PayPal money in', money('in', '280.00', payer='Atelier Céramique Lune', reference='Logo + charte F-2026-0431',
                                                   value_date='2026-12-02'))
    # PayPal refund
    pn('paypal_fr_remboursement_envoye.eml', ('service@paypal.fr', 'service@paypal.fr'), 'Vous avez envoyé un remboursement', D(30, 16, 5),
       P("Bonjour Thibault Lacombe,\n\nVous avez remboursé 45,00 EUR à Marion Leduc.\nN° de transaction : 1AB23456CD7890123\n\nPayPal\n"),
       'fr', 'PayPal', 'refund issued', money('refund', '45.00', reference='Marion Leduc', value_date='2026-11-30'))
    # PayPal pending
    pn('paypal_en_payment_pending.eml', ('service@paypal.com', 'service@paypal.com'), 'Payment pending: $500.00 USD', D(3, 22, 15),
       P("Hello Thibault Lacombe,\n\nAtlas Robotics Inc sent you $500.00 USD. The payment is pending and will be held until we complete "
         "a review. We'll email you when the funds are available.\n\nPayPal\n"),
       'en', 'PayPal', 'pending/on hold', money('none', '500.00', 'USD'))
    # SumUp payout
    pn('sumup_fr_virement_envoye.eml', ('SumUp', 'noreply@sumup.com'), 'Votre virement SumUp est en route', D(2, 5, 0),
       P("Bonjour,\n\nNous avons envoyé 312,40 € sur votre compte bancaire. Ce montant correspond à 7 transactions du 30/11/2026 "
         "déduction faite des frais.\n\nL'équipe SumUp\n"),
       'fr', 'SumUp', 'card-terminal payout (aggregate)', money('in', '312.40', reference='7 transactions', value_date='2026-12-02',
                                                               counts='no_aggregate'))
    # GoCardless collected
    pn('gocardless_fr_paiement_encaisse.eml', ('GoCardless', 'help@gocardless.com'), 'Paiement encaissé : 480,00 € de La Ruche Coworking',
       D(4, 8, 30),
       P("Bonjour,\n\nNous avons encaissé 480,00 € auprès de La Ruche Coworking (référence : HEBERG-DEC).\nIl sera versé sur votre compte "
         "bancaire avec votre prochain virement GoCardless.\n\nGoCardless\n"),
       'fr', 'GoCardless', 'direct debit collected from a client',
       money('in', '480.00', payer='La Ruche Coworking', reference='HEBERG-DEC', value_date='2026-12-04'))
    # GoCardless failed
    pn('gocardless_en_payment_failed.eml', ('GoCardless', 'help@gocardless.com'), 'A payment has failed', D(1, 9, 40, tz='+0000'),
       P("Hello,\n\nThe payment of €150.00 from Quayside Coffee (reference MAINT-DEC) has failed: the customer's bank reported "
         "'refer to payer'. We will retry automatically on 8 December.\n\nGoCardless\n"),
       'en', 'GoCardless', 'failed collection, retry planned', money('failed', '150.00', reference='MAINT-DEC', value_date='2026-12-01'))
    # Mollie settlement
    pn('mollie_fr_reglement.eml', ('Mollie', 'noreply@mollie.com'), 'Votre règlement de 1 024,90 € est en route', D(3, 7, 0),
       P("Bonjour,\n\nVotre règlement n° STL-2026-48117 de 1 024,90 € est en route vers votre compte bancaire. Il regroupe 12 paiements.\n\n"
         "L'équipe Mollie\n"),
       'fr', 'Mollie', 'settlement of 12 payments', money('in', '1024.90', reference='STL-2026-48117', value_date='2026-12-03', counts='no_aggregate'))
    # PayPlug new payment
    pn('payplug_fr_nouveau_paiement.eml', ('PayPlug', 'notifications@payplug.com'), 'Nouveau paiement reçu - 350,00 €', D(30, 21, 4),
       P("Bonjour,\n\nVous avez reçu un nouveau paiement :\nMontant : 350,00 €\nClient : Conciergerie des Quais\nRéférence : F-2026-0408\n\nPayPlug\n"),
       'fr', 'PayPlug', 'online card payment', money('in', '350.00', payer='Conciergerie des Quais', reference='F-2026-0408', value_date='2026-11-30'))
    # Lydia/Sumeria
    pn('sumeria_fr_tu_as_recu.eml', ('Sumeria', 'noreply@sumeria.eu'), 'Tu as reçu 150,00 € de Max Girardot', D(3, 21, 10),
       P("Max Girardot t'a envoyé 150,00 €\nMessage : « facture podcast, merci et désolé 🙏 »\n\nL'argent est disponible sur ton compte.\n"),
       'fr', 'Sumeria (Lydia)', 'P2P informal money in', money('in', '150.00', payer='Max Girardot', reference='facture podcast, merci et désolé 🙏',
                                                               value_date='2026-12-03'))
    # Pennylane reconciled
    pn('pennylane_fr_encaissement_rapproche.eml', ('Pennylane', 'notifications@pennylane.com'),
       'Facture F-2026-0416 marquée comme payée', D(2, 9, 0),
       P("Bonjour Thibault,\n\nUn encaissement de 1 920,00 € (TERRES ET TOITS SAS) a été rapproché automatiquement de la facture "
         "F-2026-0416. La facture est désormais marquée comme payée.\n\nPennylane\n"),
       'fr', 'Pennylane', 'bank-feed reconciliation',
       money('in', '1920.00', payer='TERRES ET TOITS SAS', reference='F-2026-0416', value_date='2026-12-02'),
       'value date assumed = message date')
    # Indy synced transactions mixed
    pn('indy_fr_transactions_synchronisees.eml', ('Indy', 'bonjour@indy.fr'), '3 nouvelles transactions à catégoriser', D(4, 6, 5),
       P("Bonjour Thibault,\n\n3 nouvelles transactions ont été synchronisées depuis votre banque :\n\n"
         "03/12  VIR PERRIN ARCHITECTURE          +1 320,00 €\n03/12  PRLV FREE PRO                     -39,99 €\n"
         "03/12  VIR CLUB BOXE REZE               +240,00 €\n\nPensez à les catégoriser.\n\nL'équipe Indy\n"),
       'fr', 'Indy', 'bank-feed digest, mixed in/out',
       money('in|out|in', '1320.00|39.99|240.00', 'EUR', 'PERRIN ARCHITECTURE||CLUB BOXE REZE',
             'VIR PERRIN ARCHITECTURE|PRLV FREE PRO|VIR CLUB BOXE REZE', '2026-12-03|2026-12-03|2026-12-03', 'yes'),
       'mixed digest; counts_as_payment=yes for the two money-in lines')
    # extra non-money-in notices
    pn('qonto_fr_virement_envoye.eml', ('Qonto', 'noreply@qonto.com'), 'Votre virement de 780,00 € a été envoyé', D(4, 11, 5),
       P("Bonjour Thibault,\n\nVotre virement de 780,00 € vers LOUIS TREGUER a bien été envoyé.\nRéférence : PIGE NOV + DEC\n"
         "Date d'exécution : 04/12/2026\n\nL'équipe Qonto\n"),
       'fr', 'Qonto', 'outgoing transfer sent (owner pays a subcontractor)',
       money('out', '780.00', reference='PIGE NOV + DEC', value_date='2026-12-04'))
    pn('stripe_en_refund_issued.eml', ('Stripe', 'notifications@stripe.com'), 'Refund of €120.00 to Quayside Coffee', D(2, 13, 12, tz='+0000'),
       ALT("A refund of €120.00 has been issued to Quayside Coffee for payment py_3QxY2026.\nIt may take 5-10 business days to appear "
           "on the customer's statement.\n\nYou're receiving this email because you're an admin for Lacombe Studio.\n",
           "<p>A refund of <b>€120.00</b> has been issued to Quayside Coffee.</p>"),
       'en', 'Stripe', 'refund issued to a customer', money('refund', '120.00', reference='py_3QxY2026', value_date='2026-12-02'))
    pn('boursorama_fr_paiement_carte_etranger.eml', ('Boursorama Banque', 'ne-pas-repondre@boursorama.fr'),
       'Paiement par carte à l\'étranger', D(30, 22, 41),
       P("Bonjour,\n\nUn paiement de 54,00 USD (49,87 EUR) a été effectué avec votre carte Visa Ultim ****0917 chez "
         "GITHUB INC, SAN FRANCISCO le 30/11/2026.\n\nBoursorama Banque\n" + AUTO_FR + "\n"),
       'fr', 'Boursorama', 'card payment abroad, two currencies', money('out', '49.87', reference='GITHUB INC', value_date='2026-11-30'),
       'amount given in account currency (EUR); original 54.00 USD')
    pn('shine_fr_virement_en_verification.eml', ('Shine', 'notifications@shine.fr'), 'Un virement entrant est en cours de vérification',
       D(1, 16, 2),
       P("Salut Thibault,\n\nUn virement entrant de 4 800,00 € est en cours de vérification par nos équipes conformité. Il sera "
         "crédité sur ton compte dès validation (généralement sous 48 h ouvrées). Nous pourrons te demander un justificatif (facture).\n\n"
         "L'équipe Shine\n" + AUTO_FR + "\n"),
       'fr', 'Shine', 'incoming transfer on hold (compliance)', money('none', '4800.00'),
       'money not credited yet; payer not named')
    # remittance advice from a client's AP system
    pn('weber_en_remittance_advice.eml', ('Weber Maschinenbau GmbH', 'no-reply-sap@weber-maschinenbau.example'),
       'Zahlungsavis / Payment advice 2000045512', D(4, 5, 12),
       M('mixed', P("Payment advice\n\nPayee: Lacombe Studio\nPayment date: 07.12.2026\nAmount: 1,650.00 EUR\n\n"
                    "Document    Your ref   Amount\n5100098812  INV-0410   1,650.00\n\nThis is a system-generated message.\n"),
         ATT(pdf(['Weber Maschinenbau GmbH - Zahlungsavis 2000045512', 'Payee: Lacombe Studio', 'INV-0410  1,650.00 EUR']),
             'application', 'pdf', 'Zahlungsavis_2000045512.pdf')),
       'en', 'Weber Maschinenbau (SAP)', 'client ERP remittance advice with PDF',
       money('in', '1650.00', payer='Weber Maschinenbau GmbH', reference='INV-0410', value_date='2026-12-07', counts='no_claim'))
    # French avis de paiement from a public payer (Chorus-style)
    pn('departement_fr_avis_paiement.eml', ('Paierie départementale', 'ne-pas-repondre@paierie-departement44.example'),
       'Avis de paiement - mandat n° 26-08812', D(1, 13, 20),
       P("Madame, Monsieur,\n\nNous vous informons que le mandat n° 26-08812 d'un montant de 2 880,00 € relatif à votre facture "
         "F-2026-0393 a été mis en paiement le 01/12/2026. Le virement interviendra dans un délai de 3 à 5 jours ouvrés.\n\n"
         "La Paierie départementale\n"),
       'fr', 'Paierie départementale', 'public-sector remittance advice',
       money('in', '2880.00', payer='Paierie départementale', reference='mandat 26-08812 / F-2026-0393', value_date='2026-12-01', counts='no_claim'))

# ----------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------
def ar(file, frm, subj, date, body, lang, group, pattern, facts='', notes='', n=None, extra=()):
    dom = frm[1].split('@')[1]
    h = [('From', frm), ('To', OWN), ('Subject', subj), ('Date', date),
         ('Message-ID', mid(file, dom))]
    if n:
        h += [('In-Reply-To', rid(n)), ('References', rid(n))]
    h += list(extra)
    add(file, 'auto_reply', build(h, body), lang, group, pattern, facts=facts, notes=notes)

AS = [('Auto-Submitted', 'auto-replied')]
def AR():
    ar('horizon_fr_outlook_reponse_automatique.eml', ('Julien Caron', 'j.caron@horizon-nord.example'),
       'Réponse automatique : ' + rsubj('F-2026-0419'), D(30, 9, 15),
       P("Bonjour,\n\nJe suis absent du bureau et serai de retour le lundi 7 décembre. Pour toute urgence, merci de contacter "
         "Nathalie Ferrand (n.ferrand@horizon-nord.example).\n\nCordialement,\nJulien Caron\n"),
       'fr', 'Exchange Online (Horizon Nord)', 'Outlook "Réponse automatique :", Auto-Submitted + X-Auto-Response-Suppress',
       'ooo_until=2026-12-07', n=419, extra=AS + [('X-Auto-Response-Suppress', 'All'), ('Thread-Topic', rsubj('F-2026-0419'))])
    ar('lumen_en_gmail_vacation.eml', ('Priya Raman', 'priya.raman@lumen-analytics.example'),
       'Re: ' + rsubj('INV-0404', 'en'), D(30, 8, 2, tz='+0000'),
       ALT("Hi, I'm on annual leave with limited access to email until Monday 14 December. For invoices please write to "
           "finance@lumen-analytics.example.\n\nPriya\n",
           "<div dir=\"ltr\">Hi, I'm on annual leave with limited access to email until Monday 14 December. For invoices please write to "
           "finance@lumen-analytics.example.<br><br>Priya</div>"),
       'en', 'Google Workspace (Lumen)', 'Gmail vacation responder (Re: subject, Auto-Submitted)', 'ooo_until=2026-12-14',
       'back Monday 14 Dec', n=404, extra=AS)
    ar('vergers_fr_absence_sans_entete.eml', ('Céline Arnaud', 'celine@vergers-arnaud.example'),
       'Absence du bureau', D(1, 9, 1),
       P("Bonjour,\n\nJe suis actuellement en congés et je reprendrai le lundi 7 décembre. Votre message sera traité à mon retour.\n\n"
         "Céline Arnaud\n"),
       'fr', 'Les Vergers Arnaud', '"Absence du bureau" subject, no auto headers, no In-Reply-To', 'ooo_until=2026-12-07')
    ar('northpeak_en_exchange_parental_leave.eml', ('Michael Chen', 'michael.chen@northpeak-apps.example'),
       'Automatic reply: ' + rsubj('INV-0411', 'en'), D(1, 14, 0, tz='-0500'),
       P("Thank you for your message. I am currently on parental leave. For billing questions please contact "
         "Sarah Whitfield (sarah@northpeak-apps.example). Your email will not be forwarded.\n"),
       'en', 'Exchange Online (NorthPeak)', 'Exchange "Automatic reply:", no return date', n=411,
       extra=AS + [('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'michael.chen@northpeak-apps.example')])
    ar('girard_fr_accuse_compta_fournisseurs.eml', ('Comptabilité Fournisseurs', 'factures@transports-girard.example'),
       'Accusé de réception - Comptabilité fournisseurs', D(30, 9, 12),
       P("Bonjour,\n\nNous accusons réception de votre message. Nous vous rappelons que nos règlements fournisseurs sont effectués à "
         "45 jours fin de mois à compter de la date de facture, par virement, le 10 de chaque mois.\n\nToute facture doit mentionner "
         "notre numéro de commande. Ce message est généré automatiquement, merci de ne pas y répondre.\n\n"
         "Service Comptabilité Fournisseurs - Transports Girard & Fils\n"),
       'fr', 'Transports Girard AP', 'AP autoresponder quoting payment terms', n=414, extra=AS,
       notes='mentions a payment day (the 10th) generically: not a promise')
    ar('kestrel_en_ap_autoresponder.eml', ('Kestrel Logistics Accounts Payable', 'invoices@kestrel-logistics.example'),
       'Thank you for your email [AP-REF 2611-30-0087]', D(30, 9, 16),
       P("Thank you for contacting Kestrel Logistics Accounts Payable.\n\nPlease note:\n- Invoices are processed within 30 days of "
         "receipt.\n- Payment runs take place every Thursday.\n- Statement requests can take up to 5 working days.\n\nThis mailbox is "
         "monitored, but please do not reply to this automated message.\n"),
       'en', 'Kestrel Logistics AP', 'AP autoresponder with reference number and payment-run info',
       extra=AS + [('X-Autoreply', 'yes')])
    ar('zendesk_fr_ticket_recu.eml', ('Support Groupe Vidal', 'support@groupe-vidal.zendesk.example'),
       '[Groupe Vidal] Demande reçue : ' + rsubj('F-2026-0420') + ' (#48213)', D(30, 9, 22),
       ALT("##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nBonjour Thibault,\n\nVotre demande (48213) a bien été reçue "
           "et sera examinée par notre équipe dans les meilleurs délais.\n\nPour ajouter des commentaires, répondez à cet e-mail.\n\n"
           "Groupe Vidal - Service client\n",
           "<p style=\"color:#b5b5b5\">##- Veuillez écrire votre réponse au-dessus de cette ligne -##</p><p>Bonjour Thibault,</p>"
           "<p>Votre demande (48213) a bien été reçue et sera examinée par notre équipe dans les meilleurs délais.</p>"),
       'fr', 'Zendesk-style helpdesk', 'ticket acknowledgement', extra=AS)
    ar('freshdesk_en_ticket_created.eml', ('Halcyon Events Helpdesk', 'helpdesk@halcyon-events.example'),
       'Ticket Received - ' + rsubj('INV-0416', 'en'), D(1, 8, 59, tz='+0000'),
       P("Dear Thibault Lacombe,\n\nWe would like to acknowledge that we have received your request and a ticket has been created. "
         "A support representative will review your request and send you a personal response (usually within 24 hours).\n\n"
         "To view the status of the ticket or add comments, please visit https://halcyon-events.freshdesk.example/tickets/9921\n\n"
         "Thank you for your patience.\n\nSincerely,\nHalcyon Events Support Team\n"),
       'en', 'Freshdesk-style helpdesk', 'helpdesk ticket created', extra=AS)
    mdn = ('Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7Fa2"\n\n'
           '--mdn-7Fa2\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
           'Votre message\n\n  À : Gérard Rigaud\n  Objet : Rappel : facture F-2026-0407 échue\n  Envoyé : lundi 30 novembre 2026 09:05:00 (UTC+01:00)\n\n'
           'a été lu le lundi 30 novembre 2026 11:48:31 (UTC+01:00).\n\n'
           '--mdn-7Fa2\nContent-Type: message/disposition-notification\n\n'
           'Reporting-UA: ateliers-rigaud.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;g.rigaud@ateliers-rigaud.example\n'
           'Original-Message-ID: <dunnerd.407.1@lacombe-studio.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n'
           '--mdn-7Fa2--\n')
    ar('rigaud_fr_accuse_lecture_outlook.eml', ('Gérard Rigaud', 'g.rigaud@ateliers-rigaud.example'),
       'Lu : ' + rsubj('F-2026-0407'), D(30, 11, 48), mdn, 'fr', 'Outlook MDN', 'read receipt (disposition-notification), French',
       extra=[('MIME-Version', '1.0')])
    mdn2 = ('Content-Type: multipart/report; report-type=disposition-notification; boundary="------------mdn2A9"\n\n'
            '--------------mdn2A9\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n'
            'This is a Return Receipt for the mail that you sent to ben@atlas-robotics.example.\n\n'
            'Note: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no '
            'guarantee that the recipient has read or understood the message contents.\n\n'
            '--------------mdn2A9\nContent-Type: message/disposition-notification; name="MDNPart2.txt"\nContent-Disposition: inline\n\n'
            'Reporting-UA: atlas-robotics.example; Mozilla Thunderbird\nFinal-Recipient: rfc822;ben@atlas-robotics.example\n'
            'Original-Message-ID: <dunnerd.415.1@lacombe-studio.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n'
            '--------------mdn2A9--\n')
    ar('atlas_en_thunderbird_return_receipt.eml', ('Ben Adeyemi', 'ben@atlas-robotics.example'),
       'Return Receipt (displayed) - ' + rsubj('INV-0415', 'en'), D(1, 18, 3, tz='+0000'), mdn2, 'en', 'Thunderbird MDN',
       'read receipt, English', extra=[('MIME-Version', '1.0')])
    ar('mailinblack_fr_challenge.eml', ('Mailinblack', 'no-reply@garagepons.mailinblack.example'),
       'Votre message est en attente de validation', D(1, 8, 1),
       ALT("Bonjour,\n\nVous avez envoyé un message à garage.pons@garagepons.example. Ce destinataire est protégé contre les spams.\n"
           "Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :\n"
           "https://garagepons.mailinblack.example/validate?id=7c1e0a\n\nVous n'aurez à effectuer cette opération qu'une seule fois.\n",
           "<p>Bonjour,</p><p>Vous avez envoyé un message à <b>garage.pons@garagepons.example</b>. Ce destinataire est protégé contre les spams.</p>"
           "<p><a href=\"https://garagepons.mailinblack.example/validate?id=7c1e0a\">Je ne suis pas un robot</a></p>"),
       'fr', 'Mailinblack-style challenge', 'challenge-response', extra=AS,
       notes='Mailinblack is a French challenge-response filter; sender domain fictional')
    ar('ondine_fr_zimbra_jusquau_inclus.eml', ('Sandrine Mallet', 'tresorerie@ecole-danse-ondine.example'),
       'Re: ' + rsubj('F-2026-0410'), D(30, 9, 11),
       P("Bonjour,\nJe suis en congé jusqu'au 2 décembre inclus. Je traiterai votre message à mon retour.\nSandrine\n"),
       'fr', 'Zimbra (Ondine)', 'X-Autoreply header, "jusqu\'au ... inclus"', 'ooo_until=2026-12-02',
       'ooo_until given as the last day of absence stated ("inclus"); back on 2026-12-03', n=410,
       extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied (vacation)')])
    ar('halcyon_en_left_company.eml', ('Rebecca Shaw', 'rebecca.shaw@halcyon-events.example'),
       'Automatic reply: ' + rsubj('INV-0416', 'en'), D(1, 9, 0, tz='+0000'),
       P("Rebecca Shaw has left Halcyon Events. This mailbox is no longer monitored. Please redirect your enquiry to "
         "procurement@halcyon-events.example.\n"),
       'en', 'Exchange Online (Halcyon)', 'left the company, no date', n=416, extra=AS)
    ar('roux_fr_roundcube_message_absence.eml', ('Antoine Roux', 'antoine@traiteur-roux.example'),
       "Message d'absence : " + rsubj('F-2026-0401'), D(2, 9, 3),
       P("Bonjour,\n\nLe traiteur est fermé pour congés annuels. Réouverture le mardi 15 décembre.\nPour les commandes de fin d'année, "
         "laissez un message au 02 40 00 00 00.\n\nAntoine Roux\n", cs='iso-8859-1'),
       'fr', 'Roundcube/OVH vacation', '"Message d\'absence", latin-1, X-Autoreply', 'ooo_until=2026-12-15', n=401,
       extra=[('X-Autoreply', 'yes'), ('Precedence', 'bulk')])
    ar('perrin_fr_deplacement_court.eml', ('Nicolas Perrin', 'nicolas@perrin-architecture.example'),
       'Re: ' + rsubj('F-2026-0404'), D(30, 9, 20),
       P("En déplacement sur chantier jusqu'au 9/12, réponses différées.\nN. Perrin\n\nEnvoyé depuis iCloud Mail\n"),
       'fr', 'iCloud-style vacation', 'one-line OOO with short date', 'ooo_until=2026-12-09', n=404, extra=AS)
    ar('bouvier_fr_conge_maternite.eml', ('Laure Petit', 'laure.petit@maison-bouvier.example'),
       'Réponse automatique : ' + rsubj('F-2026-0415'), D(30, 9, 30),
       P("Bonjour,\n\nJe suis actuellement en congé maternité. Pendant mon absence, les questions de facturation sont traitées par "
         "Damien Bouvier : damien@maison-bouvier.example.\n\nMerci de votre compréhension.\n"),
       'fr', 'Exchange (Maison Bouvier)', 'maternity leave, redirect, no date', n=415, extra=AS + [('X-Auto-Response-Suppress', 'All')])

# ----------------------------------------------------------------------------------------
# bounce
# ----------------------------------------------------------------------------------------
def orig(n, to, inv, lang='fr', day=30, hh=9):
    return ('From: Thibault Lacombe <thibault@lacombe-studio.fr>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n'
            % (to, rsubj(inv, lang), D(day, hh, 0), rid(n),
               reminder_quote(inv, '980,00 €' if lang == 'fr' else '€980.00', '20 novembre 2026' if lang == 'fr' else '20 November 2026',
                              lang, prefix='')))

def bo(file, frm, subj, date, body, lang, group, pattern, facts, notes=''):
    dom = frm[1].split('@')[1]
    h = [('From', frm), ('To', 'thibault@lacombe-studio.fr'), ('Subject', subj), ('Date', date),
         ('Message-ID', mid(file, dom)), ('Auto-Submitted', 'auto-replied'),
         ('MIME-Version', '1.0')]
    add(file, 'bounce', build(h, body), lang, group, pattern, facts=facts, notes=notes)

def report(b, text, status, orig_msg, headers_only=False, ctype='message/rfc822'):
    o = orig_msg
    if headers_only:
        o = o.split('\n\n', 1)[0] + '\n'
        ctype = 'text/rfc822-headers'
    return ('Content-Type: multipart/report; report-type=delivery-status; boundary="%s"\n\n--%s\n'
            'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n--%s\n'
            'Content-Type: message/delivery-status\n\n%s\n\n--%s\nContent-Type: %s\n\n%s\n--%s--\n'
            % (b, b, text, b, status, b, ctype, o, b))

def BO():
    r = 'compta@aurore-cosmetiques.example'
    bo('gmail_en_address_not_found.eml', ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
       'Delivery Status Notification (Failure)', D(30, 9, 1),
       report('000000000000a1b2c3', "** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
              "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach "
              "does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces." % r,
              "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.aurore-cosmetiques.example. (203.0.113.25)\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you "
              "tried to reach does not exist.\nLast-Attempt-Date: %s" % (D(30, 9, 0), r, D(30, 9, 1)), orig(418, r, 'F-2026-0418', hh=8),
              headers_only=True),
       'en', 'Gmail', 'Gmail DSN 5.1.1, text/rfc822-headers', 'failed_recipient=' + r)
    r = 'marta.kowalczyk@kestrel-logistics.example'
    bo('exchange_en_undeliverable.eml', ('Microsoft Outlook', 'postmaster@kestrel-logistics.example'),
       'Undeliverable: ' + rsubj('INV-0402', 'en'), D(30, 9, 3, tz='+0000'),
       report('_b0a3f5e2-7c1d-4e22-9f70-2b8f1e0c9d11_',
              "Your message to %s couldn't be delivered.\n\nmarta.kowalczyk wasn't found at kestrel-logistics.example.\n\n"
              "Action Required: Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
              "Diagnostic information for administrators:\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
              "found by SMTP address lookup'" % r,
              "Reporting-MTA: dns;AM0PR04MB6123.eurprd04.prod.outlook.com\nReceived-From-MTA: dns;mail.lacombe-studio.fr\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" % (D(30, 8, 2, tz='+0000'), r),
              orig(402, r, 'INV-0402', 'en', hh=8)),
       'en', 'Exchange Online', 'Office 365 NDR 5.1.10', 'failed_recipient=' + r)
    r = 'yves.lebreton@orange.fr'
    bo('orange_fr_adresse_inconnue.eml', ('Mail Delivery System', 'MAILER-DAEMON@orange.fr'),
       'Non remis : ' + rsubj('F-2026-0399'), D(1, 10, 5),
       report('=_orange_7731', "Votre message n'a pas pu être remis au destinataire suivant :\n\n  %s\n\nMotif : adresse inconnue "
              "(550 5.1.1 Recipient address rejected: User unknown).\n\nCe message a été généré automatiquement par le serveur de messagerie "
              "Orange." % r,
              "Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % (r, r), orig(399, r, 'F-2026-0399', day=1, hh=10)),
       'fr', 'Orange', 'French Orange NDR, user unknown', 'failed_recipient=' + r,
       'reader-side address on orange.fr mailbox of a sole-trader client (fictional local part)')
    r = 'atelier.bois.massif@free.fr'
    bo('free_fr_quota_depasse.eml', ('Mail Delivery System', 'MAILER-DAEMON@free.fr'),
       'Undelivered Mail Returned to Sender', D(2, 9, 8),
       report('8F2A1C4004.1764662880/mx1.free.fr',
              "This is the mail system at host mx1.free.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to "
              "one or more recipients. It's attached below.\n\n                   The mail system\n\n<%s>: host mx1.free.fr[212.27.48.6] said:\n"
              "    552 5.2.2 Quota exceeded (mailbox for user is full)" % r,
              "Reporting-MTA: dns; mx1.free.fr\nX-Postfix-Queue-ID: 8F2A1C4004\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Quota exceeded" % (D(2, 9, 7), r, r),
              orig(394, r, 'F-2026-0394', day=2)),
       'en', 'Free', 'Postfix-style, mailbox full 5.2.2', 'failed_recipient=' + r)
    r = 'contact@sas-mirabelle.example'
    bo('ovh_fr_postfix_refus.eml', ('Mail Delivery System', 'MAILER-DAEMON@mo542.mail-out.ovh.net'),
       'Undelivered Mail Returned to Sender', D(3, 11, 40),
       report('4Fq8Zx1N2Bz1v0R.1764758400/mo542.mail-out.ovh.net',
              "This is the mail system at host mo542.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\nbe "
              "delivered to one or more recipients. It's attached below.\n\n<%s>: host mx.sas-mirabelle.example[198.51.100.7] said:\n"
              "    550 5.7.1 Message rejected: domain has no MX / relay denied (in reply to RCPT TO command)" % r,
              "Reporting-MTA: dns; mo542.mail-out.ovh.net\nX-Postfix-Queue-ID: 4Fq8Zx1N2Bz1v0R\n\nFinal-Recipient: rfc822; %s\n"
              "Action: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx.sas-mirabelle.example\nDiagnostic-Code: smtp; 550 5.7.1 relay denied" % r,
              orig(392, r, 'F-2026-0392', day=3, hh=11)),
       'en', 'OVH', 'OVH outbound Postfix, policy rejection 5.7.1', 'failed_recipient=' + r)
    r = 'admin@gite-des-salines.example'
    bo('postfix_en_delay_warning.eml', ('Mail Delivery System', 'MAILER-DAEMON@mail.lacombe-studio.fr'),
       'Delayed Mail (still being retried)', D(1, 13, 2),
       report('C1D7E2A0F3.1764590520/mail.lacombe-studio.fr',
              "This is the mail system at host mail.lacombe-studio.fr.\n\n####################################################################\n"
              "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
              "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n<%s>: connect to "
              "mx.gite-des-salines.example[192.0.2.44]:25: Connection timed out" % r,
              "Reporting-MTA: dns; mail.lacombe-studio.fr\nX-Postfix-Queue-ID: C1D7E2A0F3\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.gite-des-salines.example[192.0.2.44]:25: "
              "Connection timed out\nWill-Retry-Until: Sun, 6 Dec 2026 09:01:12 +0100" % (D(1, 9, 1), r), orig(391, r, 'F-2026-0391', day=1),
              headers_only=True),
       'en', 'Postfix (own MTA)', 'Postfix delay warning 4.4.1', 'failed_recipient=%s;bounce_final=no' % r)
    r = 'gestion@camping-les-pins.example'
    body = ('Content-Type: text/plain; charset=us-ascii\n\nThis message was created automatically by mail delivery software.\n\n'
            'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following '
            'address(es) failed:\n\n  %s\n    host mail.camping-les-pins.example [203.0.113.80]\n    SMTP error from remote mail server '
            'after RCPT TO:<%s>:\n    550 No such user here\n\n------ This is a copy of the message, including all the headers. ------\n\n%s'
            % (r, r, orig(393, r, 'F-2026-0393', day=2, hh=15)))
    bo('exim_en_plain_no_dsn.eml', ('Mail Delivery System', 'Mailer-Daemon@relay.hebergeur-mutualise.example'),
       'Mail delivery failed: returning message to sender', D(2, 15, 12), body,
       'en', 'Exim', 'plain-text Exim bounce, no delivery-status part', 'failed_recipient=' + r)
    r = 'contact@galerie-oceane.example'
    bo('gmail_en_delay.eml', ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
       'Delivery Status Notification (Delay)', D(3, 14, 30),
       report('000000000000d4e5f6', "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. "
              "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n"
              "The recipient server did not accept our requests to connect." % r,
              "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: delayed\nStatus: 4.4.1\n"
              "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.\nWill-Retry-Until: Sat, 05 Dec 2026 12:30:00 -0800" % r,
              orig(390, r, 'F-2026-0390', day=3, hh=10), headers_only=True),
       'en', 'Gmail', 'Gmail delay warning', 'failed_recipient=%s;bounce_final=no' % r)
    r = 'f.lemoine@cabinet-lemoine-notaires.example'
    bo('exchange_fr_non_remis_onprem.eml', ('Administrateur système', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cabinet-lemoine-notaires.example'),
       'Non remis : ' + rsubj('F-2026-0389'), D(4, 10, 0),
       report('_c7e_', "Impossible de remettre le message à ces destinataires ou groupes :\n\n%s\nLa boîte aux lettres du destinataire est "
              "pleine et ne peut pas accepter de messages actuellement. Essayez de renvoyer votre message ultérieurement ou contactez "
              "directement le destinataire." % r,
              "Reporting-MTA: dns;EXCH01.cabinet-lemoine-notaires.example\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException" % r,
              orig(389, r, 'F-2026-0389', day=4, hh=9)),
       'fr', 'Exchange on-premises', 'French Exchange NDR "Non remis :", quota', 'failed_recipient=' + r)
    r = 'paiements@distrib-lumiere.example'
    bo('sendmail_en_spam_rejected.eml', ('Mail Delivery Subsystem', 'MAILER-DAEMON@mx2.distrib-lumiere.example'),
       'Returned mail: see transcript for details', D(4, 16, 45),
       report('2B4CXk0X012345.1764863100/mx2.distrib-lumiere.example',
              "The original message was received at %s\nfrom mail.lacombe-studio.fr [192.0.2.10]\n\n   ----- The following addresses had "
              "permanent fatal errors -----\n<%s>\n    (reason: 554 5.7.1 Message rejected as spam by content filter)\n\n"
              "   ----- Transcript of session follows -----\n... while talking to localhost:\n>>> DATA\n<<< 554 5.7.1 Message rejected as spam\n"
              "554 5.0.0 Service unavailable" % (D(4, 16, 44), r),
              "Reporting-MTA: dns; mx2.distrib-lumiere.example\nReceived-From-MTA: DNS; mail.lacombe-studio.fr\n\nFinal-Recipient: RFC822; %s\n"
              "Action: failed\nStatus: 5.7.1\nDiagnostic-Code: SMTP; 554 5.7.1 Message rejected as spam by content filter" % r,
              orig(388, r, 'F-2026-0388', day=4, hh=16), headers_only=True),
       'en', 'Sendmail', 'Sendmail transcript, content-filter rejection', 'failed_recipient=' + r)

# ----------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------
def ot(file, frm, subj, date, body, lang, group, pattern, notes='', extra=(), to=OWN):
    dom = frm[1].split('@')[1]
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', date),
         ('Message-ID', mid(file, dom))] + list(extra)
    add(file, 'other', build(h, body), lang, group, pattern, notes=notes)

UNSUB = lambda u: [('List-Unsubscribe', '<%s>' % u), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]

def OT():
    ot('qonto_fr_newsletter.eml', ('Qonto', 'news@qonto.com'), 'Nouveau : la facturation électronique arrive sur Qonto', D(1, 10, 0),
       ALT("Bonjour Thibault,\n\nLa réforme de la facturation électronique approche : découvrez comment Qonto vous accompagne, "
           "avec l'émission et la réception de factures conformes directement depuis votre compte.\n\nEn savoir plus : "
           "https://qonto.com/fr/e-invoicing\n\nVous recevez cet e-mail car vous êtes client Qonto. Se désabonner\n",
           "<h1>La facturation électronique arrive</h1><p>Découvrez comment Qonto vous accompagne.</p><p><a href=\"https://qonto.com/fr/e-invoicing\">"
           "En savoir plus</a></p><p style=\"font-size:10px\">Se désabonner</p>"),
       'fr', 'Qonto marketing', 'bank newsletter', extra=UNSUB('https://qonto.com/unsubscribe?u=x1'))
    ot('boursorama_fr_offre_parrainage.eml', ('Boursorama Banque', 'offres@boursorama.fr'),
       'Thibault, jusqu\'à 150 € offerts pour chaque filleul 🎁', D(3, 18, 0),
       P("<html><body><h2>Parrainez vos proches</h2><p>Jusqu'à 150 € offerts pour vous et 80 € pour votre filleul à l'ouverture "
         "d'un compte. Offre valable jusqu'au 31/12/2026.</p><p style=\"font-size:10px\">Vous recevez ce message car vous avez accepté "
         "de recevoir nos offres. Pour vous désinscrire, cliquez ici.</p></body></html>", 'html'),
       'fr', 'Boursorama marketing', 'bank marketing with amounts (not a movement)', extra=UNSUB('https://www.boursorama.fr/desinscription'))
    ot('ovhcloud_fr_facture.eml', ('OVHcloud', 'noreply@ovh.net'), 'Votre facture OVHcloud FR58231744', D(1, 3, 12),
       M('mixed', P("Bonjour,\n\nVotre facture FR58231744 d'un montant de 23,99 € TTC est disponible dans votre espace client.\n"
                    "Elle sera prélevée automatiquement sur votre moyen de paiement par défaut.\n\nL'équipe OVHcloud\n"),
         ATT(pdf(['OVH SAS - Facture FR58231744', 'Client : Lacombe Studio', 'VPS Comfort - decembre 2026', 'Total TTC : 23,99 EUR']),
             'application', 'pdf', 'Facture_FR58231744.pdf')),
       'fr', 'OVHcloud', 'supplier invoice to the owner, PDF attached')
    ot('freepro_fr_facture_disponible.eml', ('Free Pro', 'facturation@freepro.fr'), 'Votre facture Free Pro de décembre est disponible',
       D(2, 6, 40),
       P("Bonjour,\n\nVotre facture Free Pro du mois de décembre 2026 d'un montant de 39,99 € TTC est disponible dans votre espace "
         "abonné. Elle sera prélevée le 10/12/2026.\n\nFree Pro\n"),
       'fr', 'Free Pro', 'telecom invoice, future debit mentioned')
    ot('comptable_fr_facture_honoraires.eml', ('Cabinet Hoarau Expertise', 'facturation@hoarau-expertise.example'),
       'Facture d\'honoraires n° H-2026-1187', D(30, 8, 0),
       M('mixed', P("Bonjour,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° H-2026-1187 (tenue comptable T4 2026), d'un "
                    "montant de 540,00 € TTC, payable à 30 jours.\n\nCabinet Hoarau Expertise Comptable\nMessage envoyé depuis notre "
                    "logiciel de facturation.\n"),
         ATT(pdf(['Cabinet Hoarau Expertise', 'Facture H-2026-1187', 'Honoraires T4 2026 : 540,00 EUR TTC']), 'application', 'pdf',
             'H-2026-1187.pdf')),
       'fr', 'accountant', 'accountant\'s invoice to the owner')
    ot('urssaf_fr_nouveau_message.eml', ('URSSAF', 'ne-pas-repondre@urssaf.fr'), 'Un nouveau document est disponible dans votre espace',
       D(2, 11, 30),
       P("Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr : échéancier de cotisations 2027.\n\n"
         "Pour le consulter, connectez-vous à votre espace.\n\nVotre Urssaf\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n"),
       'fr', 'URSSAF', 'government notification')
    ot('impots_fr_avis_cfe.eml', ('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
       'Votre avis de CFE est disponible', D(30, 7, 15),
       P("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace "
         "professionnel sur impots.gouv.fr. Date limite de paiement : 15 décembre 2026.\n\nLa Direction générale des Finances publiques\n"),
       'fr', 'DGFiP', 'tax notice with deadline')
    ot('malt_fr_nouvelle_mission.eml', ('Malt', 'notifications@malt.fr'), 'Nouvelle mission : Refonte site e-commerce Shopify (Nantes)',
       D(3, 9, 45),
       ALT("Bonjour Thibault,\n\nUne nouvelle mission correspond à votre profil :\nRefonte site e-commerce Shopify - 15 jours - Nantes / télétravail\n"
           "TJM indicatif : 450-550 €\n\nVoir la mission sur Malt\n\nVous recevez cet e-mail car vos alertes mission sont activées.\n",
           "<p>Bonjour Thibault,</p><p>Une nouvelle mission correspond à votre profil :</p><p><b>Refonte site e-commerce Shopify</b></p>"),
       'fr', 'Malt', 'marketplace notification')
    ot('linkedin_fr_vues_profil.eml', ('LinkedIn', 'messages-noreply@linkedin.com'), 'Thibault, vous êtes apparu dans 14 recherches cette semaine',
       D(4, 8, 5),
       ALT("Vous êtes apparu dans 14 recherches cette semaine.\nDes recruteurs de Capgemini et de Sopra Steria ont consulté votre profil.\n\n"
           "Voir qui a consulté votre profil\n\nCet e-mail était destiné à Thibault Lacombe (Designer & développeur web freelance).\n"
           "Se désabonner : https://www.linkedin.com/e/v2?e=unsub\n",
           "<p>Vous êtes apparu dans <b>14 recherches</b> cette semaine.</p>"),
       'fr', 'LinkedIn', 'social notification', extra=UNSUB('https://www.linkedin.com/e/v2?e=unsub'))
    ot('phishing_fr_bnp_suspension.eml', ('BNP Paribas Securite', 'securite@bnp-paribas-clients.example'),
       'URGENT : votre accès sera suspendu sous 24h', D(1, 2, 44),
       P("<html><body><p>Cher(e) client(e),</p><p>Suite à une mise à jour de sécurité DSP2, votre espace client sera <b>suspendu "
         "sous 24h</b> si vous ne confirmez pas vos informations.</p><p><a href=\"http://bnp-secure-verif.example/login\">Confirmer mes "
         "informations</a></p><p>Service Sécurité BNP Paribas</p></body></html>", 'html'),
       'fr', 'phishing', 'phishing imitating BNP Paribas (look-alike domain)', 'not a real bank sender')
    ot('phishing_fr_paypal_paiement.eml', ('PayPal', 'service@paypal-notification.example'),
       'Vous avez reçu un paiement de 1 480,00 EUR - action requise', D(3, 4, 10),
       P("<html><body><p>Bonjour,</p><p>Vous avez reçu un paiement de <b>1 480,00 EUR</b> de Boulangerie Marchetti.</p><p>Pour des "
         "raisons de sécurité, les fonds sont bloqués jusqu'à la vérification de votre compte. Cliquez ci-dessous pour débloquer "
         "le paiement.</p><p><a href=\"http://paypal-debloquer.example/verif\">Débloquer mon paiement</a></p></body></html>", 'html'),
       'fr', 'phishing', 'phishing mimicking a PayPal money-received notice', 'fake payment notice: label other')
    ot('spam_fr_vous_avez_gagne.eml', ('Service Gagnants', 'gagnant@jeu-concours-noel.example'),
       'Félicitations Thibault ! Vous avez gagné un iPhone 17 Pro', D(2, 23, 11),
       P("FELICITATIONS !\n\nVotre adresse a été tirée au sort parmi nos participants. Vous avez gagné un iPhone 17 Pro. Il vous suffit "
         "de régler les frais de port de 1,95 € pour recevoir votre lot.\n\nRéclamez votre cadeau : http://cadeau-noel.example/claim\n"),
       'fr', 'spam', 'prize spam')
    ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
           'DTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nDTSTAMP:20261202T101500Z\r\nORGANIZER;CN=Léa Fontaine:mailto:lea@la-ruche-coworking.example\r\n'
           'UID:6k2m1q0abcd@google.com\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault@lacombe-studio.fr:mailto:thibault@lacombe-studio.fr\r\n'
           'SUMMARY:Point refonte site La Ruche\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    calp = MIMEPart(policy=POL); calp.set_content(ics, subtype='calendar', charset='utf-8', cte='7bit' if False else 'base64'); calp.set_param('method', 'REQUEST')
    ot('google_calendar_fr_invitation.eml', ('Léa Fontaine (Google Agenda)', 'calendar-notification@google.com'),
       'Invitation: Point refonte site La Ruche @ lun. 7 déc. 2026 10:00 - 11:00 (CET) (thibault@lacombe-studio.fr)', D(2, 11, 15),
       M('mixed', M('alternative', P("Vous avez été invité à l'événement suivant.\n\nPoint refonte site La Ruche\nQuand : lun. 7 déc. 2026 "
                                      "10:00 – 11:00 (CET)\nOrganisateur : lea@la-ruche-coworking.example\n\nInvitation de Google Agenda\n"),
                     calp)),
       'fr', 'Google Calendar', 'calendar invitation with text/calendar', extra=[('Reply-To', 'lea@la-ruche-coworking.example'),
                                                                                ('Sender', 'Google Agenda <calendar-notification@google.com>')])
    ot('doctolib_fr_rappel_rdv.eml', ('Doctolib', 'no-reply@doctolib.fr'), 'Rappel : votre rendez-vous demain à 8h40', D(3, 18, 0),
       P("Bonjour Thibault LACOMBE,\n\nNous vous rappelons votre rendez-vous :\nvendredi 4 décembre 2026 à 08:40\nDr Sophie Garreau - "
         "Kinésithérapeute\n14 rue Crébillon, 44000 Nantes\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous.\n\nL'équipe Doctolib\n"),
       'fr', 'Doctolib', 'appointment reminder')
    ot('colissimo_fr_colis_en_route.eml', ('Colissimo', 'noreply@notif-colissimo-laposte.info'), 'Votre colis 6A22817345120 est en route',
       D(1, 12, 30),
       ALT("Bonjour,\n\nVotre colis n° 6A22817345120 expédié par LDLC est en cours d'acheminement. Livraison prévue le jeudi 3 décembre.\n\n"
           "Colissimo\n", "<p>Votre colis n° <b>6A22817345120</b> expédié par LDLC est en cours d'acheminement.</p>"),
       'fr', 'Colissimo', 'shipping notice')
    ot('google_workspace_en_security_alert.eml', ('Google', 'no-reply@accounts.google.com'), 'Security alert', D(4, 7, 22, tz='+0000'),
       P("A new sign-in on Mac\n\nthibault@lacombe-studio.fr\n\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, "
         "you don't need to do anything. If not, we'll help you secure your account.\n\nCheck activity\n\nYou received this email to let you "
         "know about important changes to your Google Account and services.\n"),
       'en', 'Google', 'security alert')
    ot('shine_fr_newsletter_mag.eml', ('Le Mag Shine', 'newsletter@shine.fr'), 'Freelances : 5 astuces pour être payé à temps',
       D(30, 12, 0),
       P("<html><body><h1>5 astuces pour être payé à temps</h1><p>Relances, acomptes, pénalités de retard : nos conseils pour sécuriser "
         "votre trésorerie en fin d'année.</p><p><a href=\"https://www.shine.fr/blog/\">Lire l'article</a></p><p style=\"font-size:10px\">"
         "Vous recevez cette newsletter car vous êtes inscrit au Mag Shine. Se désinscrire.</p></body></html>", 'html'),
       'fr', 'Shine newsletter', 'bank newsletter about getting paid', extra=UNSUB('https://www.shine.fr/newsletter/unsubscribe'))
    ot('pennylane_fr_reinitialisation_mdp.eml', ('Pennylane', 'no-reply@pennylane.com'), 'Réinitialisation de votre mot de passe', D(2, 22, 5),
       P("Bonjour,\n\nVous avez demandé la réinitialisation de votre mot de passe Pennylane. Ce lien est valable 30 minutes :\n"
         "https://app.pennylane.com/reset?token=abc123\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n"),
       'fr', 'Pennylane', 'password reset')
    ot('amazon_fr_commande_expediee.eml', ('Amazon.fr', 'expedition-confirmation@amazon.fr'), 'Votre commande Amazon.fr de "Clavier mécanique..." a été expédiée',
       D(30, 15, 40),
       P("Bonjour Thibault,\n\nVotre colis est en route. Commande n° 402-8812345-1234567\nClavier mécanique sans fil - 89,99 €\n"
         "Livraison estimée : mercredi 2 décembre\n\nAmazon.fr\n"),
       'fr', 'Amazon', 'order shipped (mentions a price)')
    dmarc = base64.b64encode(b'<?xml version="1.0"?><feedback><report_metadata><org_name>google.com</org_name><report_id>1234567890</report_id>'
                             b'</report_metadata><policy_published><domain>lacombe-studio.fr</domain><p>none</p></policy_published></feedback>')
    gz = ATT(dmarc, 'application', 'xml', 'google.com!lacombe-studio.fr!1764633600!1764719999.xml')
    ot('google_en_dmarc_report.eml', ('noreply-dmarc-support@google.com', 'noreply-dmarc-support@google.com'),
       'Report domain: lacombe-studio.fr Submitter: google.com Report-ID: 1234567890', D(3, 1, 59, tz='-0800'),
       M('mixed', P("This is an aggregate report from google.com.\n"), gz),
       'en', 'Google DMARC', 'DMARC aggregate report', notes='xml attachment is a short stub', to='dmarc@lacombe-studio.fr')
    ot('canva_en_trial_ending.eml', ('Canva', 'no-reply@canva.com'), 'Your Canva Pro trial ends in 3 days', D(4, 14, 0, tz='+0000'),
       ALT("Hi Thibault,\n\nYour Canva Pro free trial ends on 7 December. After that, you'll be charged €11.99/month unless you cancel.\n\n"
           "Manage subscription\n", "<p>Hi Thibault,</p><p>Your Canva Pro free trial ends on 7 December.</p>"),
       'en', 'Canva', 'SaaS trial ending (future charge)', extra=UNSUB('https://www.canva.com/unsubscribe'))

# ----------------------------------------------------------------------------------------
def main():
    for d in ['human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other']:
        if os.path.isdir(os.path.join(OUT, d)):
            for f in os.listdir(os.path.join(OUT, d)):
                os.remove(os.path.join(OUT, d, f))
    HR(); PN(); AR(); BO(); OT()
    files = [r['file'] for r in ROWS]
    assert len(files) == len(set(files)), 'duplicate file names'
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
    from collections import Counter
    c = Counter(r['label'] for r in ROWS)
    print(dict(c), sum(c.values()))

if __name__ == '__main__':
    main()
