#!/usr/bin/env python3
"""Build dunnerd evaluation set (written, split final8).
Owner: Mathilde Garnier, motion designer, garnier-motion.fr. Standard library only."""
import os, base64, quopri, csv, email.utils, itertools, shutil, zlib
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final8'
SCRIPT = 'build.py'
OWN_N, OWN_A = 'Mathilde Garnier', 'mathilde@garnier-motion.fr'
OWNER = email.utils.formataddr((OWN_N, OWN_A))
ROWS = []
_cnt = itertools.count(1)

DAYS = {30: 'Mon, 30 Nov', 1: 'Tue, 01 Dec', 2: 'Wed, 02 Dec', 3: 'Thu, 03 Dec', 4: 'Fri, 04 Dec'}
def D(day, h, m, s=0, tz='+0100'):
    return f'{DAYS[day]} 2026 {h:02d}:{m:02d}:{s:02d} {tz}'

def hdr(v, cs='utf-8'):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, cs, maxlinelen=76).encode()

def ad(name, a, cs='utf-8'):
    return email.utils.formataddr((name, a), charset=cs) if name else a

def mid(dom):
    return f'<{next(_cnt):04d}.{zlib.crc32(dom.encode()) % 10**9:09d}@{dom}>'

def _enc(body, cs, cte):
    raw = body.encode(cs)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    return raw

def T(body, sub='plain', cs='utf-8', cte='quoted-printable', extra=(), ctparams=''):
    return ([f'Content-Type: text/{sub}; charset="{cs}"{ctparams}', f'Content-Transfer-Encoding: {cte}', *extra],
            _enc(body, cs, cte))

def RAWP(ctline, body, extra=(), cs='utf-8'):
    return ([ctline, *extra], body.encode(cs))

def A(filename, data, ctype, inline=False):
    disp = 'inline' if inline else 'attachment'
    return ([f'Content-Type: {ctype}; name="{filename}"', 'Content-Transfer-Encoding: base64',
             f'Content-Disposition: {disp}; filename="{filename}"'], base64.encodebytes(data))

def M(sub, parts, params='', preamble=True):
    b = f'----=_Part_{next(_cnt)}_{zlib.crc32((sub + str(len(parts))).encode()) % 10**8}'
    out = b'This is a multi-part message in MIME format.\n\n' if preamble else b''
    for ph, pb in parts:
        out += f'--{b}\n'.encode() + '\n'.join(ph).encode() + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += f'--{b}--\n'.encode()
    return ([f'Content-Type: multipart/{sub};{params} boundary="{b}"'], out)

def ALT(text, html, cs='utf-8', cte='quoted-printable'):
    return M('alternative', [T(text, 'plain', cs, cte), T(html, 'html', cs, cte)], preamble=False)

def pdf(lines):
    """A tiny but well-formed one-page PDF containing the given text lines."""
    content = 'BT /F1 11 Tf 50 780 Td 14 TL ' + ' '.join(
        '(' + l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ") '" for l in lines) + ' ET'
    content = content.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs)+1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return out

PNG_1x1 = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==')

def save(path, headers, part, crlf=False):
    lines = []
    have_mv = any(k.lower() == 'mime-version' for k, _ in headers)
    for k, v in headers:
        if k in ('Subject', 'Thread-Topic', 'Comments'):
            v = hdr(v)
        lines.append(f'{k}: {v}')
    if part is not None and not have_mv:
        lines.append('MIME-Version: 1.0')
    ph, pb = part
    data = ('\n'.join(lines + ph) + '\n\n').encode('utf-8') + pb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)

COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity', 'lang', 'provider',
        'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer', 'reference', 'value_date',
        'counts_as_payment', 'facts', 'split', 'notes']

def row(file, label, lang, group, pattern, provider='', direction='', amount='', currency='', payer='', reference='',
        value_date='', cap='', facts='', notes=''):
    assert not any(r['file'] == file for r in ROWS), file
    ROWS.append(dict(file=file, label=label, source_repo='synthetic', source_path=SCRIPT, source_commit='',
                     license='written for dunnerd', fidelity='synthetic', lang=lang, provider=provider,
                     source_group=group, pattern=pattern, direction=direction, amount=amount, currency=currency,
                     payer=payer, reference=reference, value_date=value_date, counts_as_payment=cap, facts=facts,
                     split=SPLIT, notes=notes))

# ---------------------------------------------------------------- owner's reminders (quoted by clients)
def rem_id(n):
    return f'<dunnerd.{n}.1@garnier-motion.fr>'

def rem_subject(n, lang):
    return f'Rappel : facture F-2026-0{n} échue' if lang == 'fr' else f'Reminder: invoice INV-0{n} is overdue'

def rem_body(n, amount, due, lang, who='Bonjour'):
    if lang == 'fr':
        return (f"{who},\n\nSauf erreur de ma part, la facture F-2026-0{n} d'un montant de {amount} € TTC, "
                f"arrivée à échéance le {due}, n'a pas encore été réglée.\n\nPourriez-vous me confirmer la date "
                f"de règlement prévue ? La facture est de nouveau jointe à ce message.\n\nBien cordialement,\n"
                f"Mathilde Garnier\nGarnier Motion — motion design & vidéo\n06 12 34 56 78")
    return (f"{who},\n\nAccording to my records, invoice INV-0{n} for €{amount} was due on {due} and is still "
            f"unpaid.\n\nCould you let me know when payment is scheduled? A copy of the invoice is attached.\n\n"
            f"Kind regards,\nMathilde Garnier\nGarnier Motion - motion design & video")

def quote(text, style='gt', lang='fr', date='', sender=''):
    if style == 'gt':
        intro = (f"Le {date}, {sender} a écrit :" if lang == 'fr' else f"On {date}, {sender} wrote:")
        return intro + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if style == 'outlook':
        if lang == 'fr':
            h = f"De : {sender}\nEnvoyé : {date}\nÀ : {{to}}\nObjet : {{subj}}"
        else:
            h = f"From: {sender}\nSent: {date}\nTo: {{to}}\nSubject: {{subj}}"
        return '________________________________\n' + h + '\n\n' + text
    raise ValueError(style)

def reply_headers(frm, to, subj, date, dom, n, extra=(), cc=None, refs=True):
    h = [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', subj), ('Date', date), ('Message-ID', mid(dom))]
    if refs and n:
        h += [('In-Reply-To', rem_id(n)), ('References', rem_id(n))]
    h += list(extra)
    return h

# ================================================================ human_reply
HR = 'human_reply'
def H(fname, lang, group, pattern, headers, part, facts='', notes='', crlf=False):
    save(f'{HR}/{fname}.eml', headers, part, crlf=crlf)
    row(f'{HR}/{fname}.eml', HR, lang, group, pattern, facts=facts, notes=notes)

MG_SENDER_FR = 'Mathilde Garnier <mathilde@garnier-motion.fr>'
# 1 promise Friday, top-posted above quoted reminder (Gmail style)
q = quote(rem_body(412, '1 480,00', '15 novembre 2026', 'fr'), 'gt', 'fr', 'lun. 30 nov. 2026 à 09:02', MG_SENDER_FR)
H('vermeil_fr_promise_vendredi', 'fr', 'Ateliers Vermeil', 'top-posted above gmail quote; weekday promise',
  reply_headers(ad('Loïc Brunet', 'loic.brunet@ateliers-vermeil.example'), OWNER, 'Re: ' + rem_subject(412, 'fr'),
                D(1, 10, 17), 'ateliers-vermeil.example', 412),
  T(f"Bonjour Mathilde,\n\nDésolé pour le retard, la facture m'était passée sous le nez. Je fais le virement vendredi, "
    f"vous devriez le voir en début de semaine prochaine.\n\nBonne journée,\nLoïc\n\n{q}\n"),
  facts='promise_date=2026-12-04')

# 2 "paiement prévu le 15", Outlook HTML-only
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>"
        "<body lang=\"FR\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour Madame Garnier,</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<p class=\"MsoNormal\">Votre facture F-2026-0417 a bien été validée par le service achats. Le paiement est prévu le 15 de ce mois, "
        "avec notre campagne de règlements fournisseurs.</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Cordialement,</p>"
        "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Sandrine Lemaire</span></b><br>Comptabilité fournisseurs<br>"
        "Groupe Hotelia Rhône-Alpes<br>Tél. : 04 72 00 00 00</p><p class=\"MsoNormal\">&nbsp;</p>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>De :</b> Mathilde Garnier &lt;mathilde@garnier-motion.fr&gt;<br>"
        "<b>Envoyé :</b> lundi 30 novembre 2026 09:05<br><b>À :</b> Compta Fournisseurs<br><b>Objet :</b> Rappel : facture F-2026-0417 échue</p></div>"
        "<p class=\"MsoNormal\">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0417 d'un montant de 2 760,00 € TTC ... </p></div></body></html>")
H('hotelia_fr_outlook_html_le15', 'fr', 'Groupe Hotelia Rhône-Alpes', 'Outlook HTML-only, "prévu le 15", quoted header block',
  reply_headers(ad('Compta Fournisseurs - Hotelia', 'compta.fournisseurs@hotelia-ra.example'), OWNER,
                'RE: ' + rem_subject(417, 'fr'), D(1, 14, 48), 'hotelia-ra.example', 417,
                extra=[('Thread-Topic', rem_subject(417, 'fr')), ('Thread-Index', 'AQHbx3LmK2p0vZQx0kS8u7d1yA=='),
                       ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'fr-FR')]),
  T(html, 'html', 'utf-8', 'quoted-printable'), facts='promise_date=2026-12-15', crlf=True)

# 3 "d'ici la fin de la semaine prochaine"
H('kermadec_fr_fin_semaine_prochaine', 'fr', 'Kermadec Nautic', 'relative: end of next week',
  reply_headers(ad('Yann Kermadec', 'yann@kermadec-nautic.example'), OWNER, 'Re: ' + rem_subject(419, 'fr'),
                D(2, 8, 41), 'kermadec-nautic.example', 419, extra=[('User-Agent', 'Mozilla Thunderbird')]),
  T("Bonjour Mathilde,\n\nBien reçu. On attend un encaissement client de notre côté, le règlement de la F-2026-0419 "
    "partira d'ici la fin de la semaine prochaine au plus tard.\n\nCordialement,\n\n-- \nYann Kermadec\nKermadec Nautic - location & "
    "entretien de voiliers\nPort du Crouesty, 56640 Arzon\n", cs='iso-8859-1'),
  facts='promise_date=2026-12-11', notes='"fin de la semaine prochaine" from Wed 2 Dec = Fri 11 Dec (could also be read as week_of_2026-12-07)')

# 4 en "we'll pay on the 10th"
H('northgate_en_pay_10th', 'en', 'Northgate Studios Ltd', 'English, day-of-month promise',
  reply_headers(ad('Priya Raman', 'priya.raman@northgate-studios.example'), OWNER, 'RE: ' + rem_subject(421, 'en'),
                D(3, 11, 2, tz='+0000'), 'northgate-studios.example', 421),
  ALT("Hi Mathilde,\n\nApologies - this got stuck in approvals. We'll pay on the 10th, it's been added to that run.\n\n"
      "Best,\nPriya\n\nPriya Raman | Operations Manager\nNorthgate Studios Ltd | 14 Example Row, Bristol BS1 4XX\n",
      "<div dir=\"ltr\"><p>Hi Mathilde,</p><p>Apologies - this got stuck in approvals. We'll pay on the 10th, it's been added to that run.</p>"
      "<p>Best,<br>Priya</p><p style=\"color:#888\">Priya Raman | Operations Manager<br>Northgate Studios Ltd | 14 Example Row, Bristol BS1 4XX</p></div>"),
  facts='promise_date=2026-12-10')

# 5 en "payment run is on Thursday"
H('lindqvist_en_payment_run_thursday', 'en', 'Lindqvist Design AB', 'English, "payment run is on Thursday"',
  reply_headers(ad('Erik Lindqvist', 'erik@lindqvist-design.example'), OWNER, 'Re: ' + rem_subject(423, 'en'),
                D(30, 16, 20, tz='+0100'), 'lindqvist-design.example', 423),
  T("Hello Mathilde,\n\nThanks for the nudge. Our payment run is on Thursday, your invoice is included. It's an SEPA "
    "transfer so it should reach you Friday.\n\n/Erik\n\n" +
    quote(rem_body(423, '3,200.00', '20 November 2026', 'en'), 'gt', 'en', 'Mon, 30 Nov 2026 at 09:10', MG_SENDER_FR) + '\n', cs='utf-8', cte='8bit'),
  facts='promise_date=2026-12-03')

# 6 fr dispute
H('lumiflux_fr_contestation', 'fr', 'Lumiflux Events', 'dispute of the work (brief not met)',
  reply_headers(ad('Claire Besnard', 'c.besnard@lumiflux-events.example'), OWNER, 'Re: ' + rem_subject(415, 'fr'),
                D(30, 17, 55), 'lumiflux-events.example', 415),
  T("Bonjour,\n\nJe me permets de vous répondre franchement : les trois animations livrées ne correspondent pas au brief "
    "validé en septembre (charte graphique non respectée, durée de 45 s au lieu de 30 s). Nous contestons donc cette "
    "facture en l'état et ne la réglerons pas tant que les corrections n'auront pas été faites.\n\nJe reste disponible "
    "pour un appel cette semaine.\n\nClaire Besnard\nDirectrice de production — Lumiflux Events\n"),
  facts='dispute=yes')

# 7 already paid with date + PDF attached
p = pdf(['BANQUE EXEMPLE - AVIS D\'EXECUTION DE VIREMENT SEPA', 'Donneur d\'ordre : SAS ORPHEE AUDIO',
         'Beneficiaire : GARNIER MATHILDE', 'IBAN : FR76 3000 4000 0500 0012 3456 789', 'Montant : 1 920,00 EUR',
         'Date d\'execution : 27/11/2026', 'Motif : F-2026-0409'])
H('orphee_fr_deja_paye_pdf', 'fr', 'Orphée Audio', 'already paid with execution date, bank PDF attached',
  reply_headers(ad('Nadia Chérif', 'nadia.cherif@orphee-audio.example'), OWNER, 'RE: ' + rem_subject(409, 'fr'),
                D(1, 9, 3), 'orphee-audio.example', 409),
  M('mixed', [T("Bonjour Mathilde,\n\nLe virement a été effectué le 27 novembre, vous trouverez ci-joint l'avis d'exécution "
                "de notre banque. Il devrait apparaître sur votre compte sous peu.\n\nBien à vous,\nNadia Chérif\nAssistante de direction\n"),
              A('avis_execution_virement_F-2026-0409.pdf', p, 'application/pdf')]),
  facts='already_paid=2026-11-27')

# 8 already paid, claimed, iPhone
H('bastide_fr_iphone_deja_regle', 'fr', 'La Bastide Gourmande', 'short, "Envoyé de mon iPhone", already paid without date',
  reply_headers(ad('Hervé Dumoulin', 'herve@labastide-gourmande.example'), OWNER, 'Re: ' + rem_subject(402, 'fr'),
                D(2, 21, 37), 'labastide-gourmande.example', 402),
  T("Bonsoir, c'est déjà réglé normalement, voyez avec votre banque.\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 09:01, "
    "Mathilde Garnier <mathilde@garnier-motion.fr> a écrit :\n>\n> Bonjour,\n>\n> Sauf erreur de ma part, la facture F-2026-0402 "
    "d'un montant de 650,00 € TTC...\n", cte='8bit', extra=()),
  facts='already_paid=claimed')

# 9 forwarded bank confirmation
H('trident_fr_transfert_confirmation_banque', 'fr', 'Trident Formation', 'client forwards its bank transfer confirmation inline',
  reply_headers(ad('Marc Olivier', 'marc.olivier@trident-formation.example'), OWNER, 'TR: Confirmation de votre virement',
                D(1, 15, 12), 'trident-formation.example', 420, refs=False),
  T("Bonjour Mathilde,\n\nCi-dessous la confirmation de notre banque pour la facture F-2026-0420. Bonne réception.\n\nMarc\n\n"
    "-------- Message transféré --------\nDe : Banque en ligne <ne-pas-repondre@banque-client.example>\nDate : 1 déc. 2026 11:48\n"
    "Objet : Confirmation de votre virement\n\nMadame, Monsieur,\n\nNous vous confirmons l'enregistrement du virement suivant :\n"
    "  Compte débité : TRIDENT FORMATION - ****4471\n  Bénéficiaire : Mathilde GARNIER\n  Montant : 2 340,00 EUR\n"
    "  Motif : FACTURE F-2026-0420\n  Date d'exécution : 01/12/2026\n\nCe message est généré automatiquement.\n"),
  facts='already_paid=2026-12-01', notes='fresh forward (no In-Reply-To); contains a bank notice but sent by a person')

# 10 request invoice
H('pixelis_fr_renvoyer_facture', 'fr', 'Pixelis Agence', 'asks to resend the invoice',
  reply_headers(ad('Julie Marchand', 'julie.marchand@pixelis-agence.example'), OWNER, 'Re: ' + rem_subject(425, 'fr'),
                D(3, 9, 50), 'pixelis-agence.example', 425),
  T("Bonjour Mathilde,\n\nJe ne retrouve pas la facture F-2026-0425 dans nos mails (la pièce jointe n'apparaît pas chez moi). "
    "Pourriez-vous me la renvoyer en PDF ? Je la transmets dès réception à la compta.\n\nMerci !\nJulie\n"),
  facts='request_invoice=yes')

# 11 request RIB
H('sodexel_fr_demande_rib', 'fr', 'Sodexel Industrie', 'asks for RIB to create supplier in ERP',
  reply_headers(ad('Gaëlle Robin', 'gaelle.robin@sodexel.example'), OWNER, 'RE: ' + rem_subject(427, 'fr'),
                D(30, 11, 26), 'sodexel.example', 427),
  T("Bonjour,\n\nVotre fiche fournisseur n'est pas encore créée dans notre ERP, c'est ce qui bloque le paiement. "
    "Pouvez-vous m'envoyer un RIB au nom de votre entreprise, ainsi que votre numéro SIRET ? Sans RIB nous ne pouvons "
    "pas lancer le virement.\n\nCordialement,\nGaëlle Robin\nService Achats — Sodexel Industrie\n"),
  facts='request_rib=yes')

# 12 en resend invoice + IBAN
H('harbourline_en_invoice_and_iban', 'en', 'Harbourline Media', 'asks for invoice copy and IBAN confirmation',
  reply_headers(ad('Tom Whitaker', 'accounts@harbourline-media.example'), OWNER, 'Re: ' + rem_subject(429, 'en'),
                D(2, 13, 5, tz='+0000'), 'harbourline-media.example', 429),
  T("Hi Mathilde,\n\nWe don't seem to have INV-0429 on file. Could you resend the invoice and confirm your IBAN and BIC? "
    "Our policy is to verify bank details by email before a first payment to a new supplier.\n\nThanks,\nTom Whitaker\n"
    "Accounts, Harbourline Media\n", cs='us-ascii', cte='7bit'),
  facts='request_invoice=yes;request_rib=yes')

# 13 "Noté."
H('cabinet_morvan_fr_note', 'fr', 'Cabinet Morvan Architectes', 'one word: "Noté."',
  reply_headers(ad('Pierre Morvan', 'p.morvan@morvan-archi.example'), OWNER, 'Re: ' + rem_subject(431, 'fr'),
                D(30, 12, 1), 'morvan-archi.example', 431),
  T("Noté.\n\nP. Morvan\n", cs='utf-8', cte='8bit'))

# 14 "ok merci"
H('salome_fr_ok_merci', 'fr', 'Salomé Vidal (particulier)', 'two words, no signature',
  reply_headers(ad('Salomé Vidal', 'salome.vidal@example.net'), OWNER, 'Re: ' + rem_subject(433, 'fr'),
                D(1, 19, 2), 'example.net', 433),
  T("ok merci\n", cte='7bit'))

# 15 reply from a different address (manager's personal box)
H('fromagerie_fr_autre_adresse_lundi', 'fr', 'Fromagerie des Aravis', 'reply from personal address, reminder went to contact@',
  reply_headers(ad('Bernard Perrier', 'bernard.perrier74@example.org'), OWNER, 'Re: ' + rem_subject(435, 'fr'),
                D(3, 20, 14), 'example.org', 435, cc='contact@fromagerie-aravis.example'),
  T("Bonsoir Madame Garnier,\n\nC'est moi qui gère les paiements, l'adresse contact est lue par ma fille. Je vous règle lundi "
    "sans faute, par virement.\n\nB. Perrier\n"),
  facts='promise_date=2026-12-07')

# 16 long legal signature, negation, early January
H('veridis_fr_signature_juridique_debut_janvier', 'fr', 'Veridis Avocats', 'long legal disclaimer; "nous ne contestons pas"; début janvier',
  reply_headers(ad('Maître Agathe Sorel', 'a.sorel@veridis-avocats.example'), OWNER, 'RE: ' + rem_subject(437, 'fr'),
                D(2, 18, 30), 'veridis-avocats.example', 437),
  T("Madame,\n\nNous accusons réception de votre relance. Nous ne contestons pas la facture F-2026-0437, mais elle doit être "
    "validée par l'associé gérant, absent jusqu'à la fin du mois. Le règlement interviendra début janvier.\n\nVeuillez agréer, "
    "Madame, l'expression de nos salutations distinguées.\n\nAgathe Sorel\nAvocate associée\nVERIDIS AVOCATS — AARPI\n"
    "12 rue de l'Exemple — 69002 Lyon\nT. +33 (0)4 78 00 00 00\n\n"
    "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
    "destinataires. Il peut contenir des informations couvertes par le secret professionnel de l'avocat. Toute utilisation "
    "ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
    "l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être garantie sur Internet, VERIDIS AVOCATS ne "
    "pourra être tenu responsable de son contenu.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential "
    "and may be privileged. If you are not the intended recipient, please notify the sender and delete it.\n\n"
    "Pensez à l'environnement avant d'imprimer ce message.\n"),
  facts='promise_date=early_2027-01')

# 17 negation "je n'ai pas encore pu payer", partial on the 10th
H('atelier_ninon_fr_pas_encore_pu_payer', 'fr', 'Atelier Ninon', 'negation "pas encore pu payer"; partial payment promise',
  reply_headers(ad('Ninon Lacroix', 'ninon@atelier-ninon.example'), OWNER, 'Re: ' + rem_subject(439, 'fr'),
                D(1, 22, 8), 'atelier-ninon.example', 439),
  T("Bonsoir Mathilde,\n\nJe suis vraiment désolée, je n'ai pas encore pu payer : la boutique a eu un mois de novembre très "
    "calme et ma trésorerie est à sec. Je ne remets pas du tout en cause ton travail, la vidéo est super.\n\nJe peux te faire "
    "un premier virement de 500 € le 10 décembre et le reste à la mi-janvier, est-ce que ça te va ?\n\nNinon\n"),
  facts='promise_date=2026-12-10', notes='partial payment (500 € on the 10th, rest mid-January); no dispute (explicitly negated)')

# 18 informal tu, "ce soir"
H('thomas_fr_tutoiement_ce_soir', 'fr', 'Studio Brume', 'informal "tu", promise tonight',
  reply_headers(ad('Thomas Girard', 'thomas@studio-brume.example'), OWNER, 'Re: ' + rem_subject(441, 'fr'),
                D(2, 17, 3), 'studio-brume.example', 441),
  T("Salut Mathilde,\n\nAïe, j'avais complètement zappé, désolé !! Je te fais le virement ce soir depuis l'appli.\n\n"
    "Bises et encore merci pour le teaser 🙏\nThomas\n"),
  facts='promise_date=2026-12-02')

# 19 forward to colleague, owner in Cc
H('cristalline_fr_transfert_collegue_cc', 'fr', 'Cristalline Cosmétiques', 'forward to accounting colleague, owner in Cc',
  reply_headers(ad('Hélène Favre', 'helene.favre@cristalline-cosmetiques.example'),
                ad('Karine Dubois', 'karine.dubois@cristalline-cosmetiques.example'), 'TR: ' + rem_subject(443, 'fr'),
                D(30, 10, 44), 'cristalline-cosmetiques.example', 443, cc=OWNER),
  T("Bonjour Karine,\n\nPeux-tu regarder cette facture de Mathilde Garnier (vidéo de lancement de la gamme Aube) ? "
    "Le bon à payer est signé de mon côté, je te le dépose sur le drive.\n\nMerci,\nHélène\n\n"
    "De : Mathilde Garnier <mathilde@garnier-motion.fr>\nEnvoyé : lundi 30 novembre 2026 09:12\nÀ : Hélène Favre\n"
    "Objet : Rappel : facture F-2026-0443 échue\n\n" + rem_body(443, '4 200,00', '20 novembre 2026', 'fr') + '\n'),
  notes='addressed to a colleague, owner only in Cc; no promise')

# 20 en dispute: files not received
H('bluefin_en_dispute_not_delivered', 'en', 'Bluefin Apps Inc', 'English dispute: deliverables missing',
  reply_headers(ad('Dana Kowalski', 'dana@bluefin-apps.example'), OWNER, 'Re: ' + rem_subject(445, 'en'),
                D(3, 16, 40, tz='-0500'), 'bluefin-apps.example', 445),
  T("Mathilde,\n\nWe never received the final project files (AE source + 4K exports) that were part of the quote. Until they are "
    "delivered we consider INV-0445 not payable. Please send the files and we'll revisit.\n\nDana\n", cs='us-ascii', cte='7bit'),
  facts='dispute=yes')

# 21 en already paid with date and reference
H('oakridge_en_paid_nov30', 'en', 'Oakridge Consulting', 'already paid with date and reference',
  reply_headers(ad('Laura Chen', 'laura.chen@oakridge-consulting.example'), OWNER, 'RE: ' + rem_subject(447, 'en'),
                D(2, 10, 15, tz='+0100'), 'oakridge-consulting.example', 447),
  T("Hi Mathilde,\n\nThis was paid by wire on November 30, reference INV-0447, amount EUR 2,050.00. Could you check on your side? "
    "Happy to ask our bank for a trace if it hasn't arrived by Friday.\n\nRegards,\nLaura\n"),
  facts='already_paid=2026-11-30')

# 22 fr question TVA
H('asso_graine_fr_question_tva', 'fr', 'Association La Graine', 'question about VAT, no payment information',
  reply_headers(ad('Odile Barreau', 'tresorerie@lagraine-asso.example'), OWNER, 'Re: ' + rem_subject(449, 'fr'),
                D(1, 12, 33), 'lagraine-asso.example', 449),
  T("Bonjour,\n\nJe suis la nouvelle trésorière de l'association. Une question avant de passer la facture au bureau : le montant "
    "indiqué est-il HT ou TTC ? Je vois « TVA non applicable, art. 293 B du CGI » mais je préfère être sûre.\n\n"
    "Merci d'avance,\nOdile Barreau\n"))

# 23 fr complaint about reminders, pays per terms 31 Dec
H('groupe_altea_fr_relances_insistantes', 'fr', 'Groupe Altéa', 'complains about reminder; pays at contractual term',
  reply_headers(ad('Vincent Roussel', 'v.roussel@groupe-altea.example'), OWNER, 'RE: ' + rem_subject(451, 'fr'),
                D(30, 15, 2), 'groupe-altea.example', 451),
  T("Madame Garnier,\n\nJe trouve vos relances un peu prématurées. Notre contrat prévoit un paiement à 45 jours fin de mois ; "
    "votre facture F-2026-0451 sera donc réglée le 31 décembre, comme toutes nos factures fournisseurs.\n\nCordialement,\n"
    "V. Roussel\nDAF — Groupe Altéa\n"),
  facts='promise_date=2026-12-31')

# 24 en sent from my iPhone, "tomorrow"
H('maple_en_iphone_tomorrow', 'en', 'Maple & Finch', 'terse, "Sent from my iPhone", "tomorrow" on a Friday',
  reply_headers(ad('Oliver Finch', 'oliver@mapleandfinch.example'), OWNER, 'Re: ' + rem_subject(453, 'en'),
                D(4, 18, 52, tz='+0000'), 'mapleandfinch.example', 453),
  T("Will sort this out tomorrow, sorry.\n\nSent from my iPhone\n", cs='us-ascii', cte='7bit'),
  facts='promise_date=2026-12-05')

# 25 fr paiement en deux fois
H('domaine_soleillan_fr_deux_fois', 'fr', 'Domaine de Soleillan', 'asks to pay in two instalments',
  reply_headers(ad('Amandine Roche', 'amandine@domaine-soleillan.example'), OWNER, 'Re: ' + rem_subject(455, 'fr'),
                D(3, 8, 12), 'domaine-soleillan.example', 455),
  T("Bonjour Mathilde,\n\nLes vendanges ont coûté cher cette année... Serait-il possible de régler la facture en deux fois : "
    "la moitié le 15 décembre et le solde le 15 janvier ? Je vous confirme par écrit si vous êtes d'accord.\n\n"
    "Amandine Roche\nDomaine de Soleillan — AOC Costières de Nîmes\n"),
  facts='promise_date=2026-12-15', notes='proposal: 50% on 15 Dec, balance 15 Jan 2027')

# 26 windows-1252 Outlook, "règlement effectué ce jour"
H('menuiserie_fr_cp1252_regle_ce_jour', 'fr', 'Menuiserie Gauthier', 'windows-1252 text/plain, "effectué ce jour"',
  reply_headers(ad('Menuiserie Gauthier', 'menuiserie.gauthier@example.fr', 'windows-1252'), OWNER,
                'RE: ' + rem_subject(457, 'fr'), D(3, 17, 45), 'example.fr', 457, extra=[('X-Mailer', 'Microsoft Outlook 14.0')]),
  T("Bonjour,\n\nRèglement effectué ce jour par virement pour la facture F-2026-0457 (850,00 €).\n\nCdt\nJ-F Gauthier\n"
    "Menuiserie Gauthier – Sarl au capital de 8 000 €\n", cs='windows-1252', cte='quoted-printable'),
  facts='already_paid=2026-12-03', crlf=True)

# 27 fr "la semaine prochaine"
H('nova_fr_semaine_prochaine', 'fr', 'Nova Immobilier', '"la semaine prochaine" without a day',
  reply_headers(ad('Sophie Antoine', 's.antoine@nova-immo.example'), OWNER, 'Re: ' + rem_subject(459, 'fr'),
                D(4, 9, 20), 'nova-immo.example', 459),
  T("Bonjour Mathilde,\n\nOui pardon, ce sera fait la semaine prochaine, j'attends juste la signature de mon associé sur le "
    "virement.\n\nBonne fin de semaine,\nSophie\n"),
  facts='promise_date=week_of_2026-12-07')

# 28 en dispute the late fee only
H('quayside_en_dispute_late_fee', 'en', 'Quayside Events', 'contests late-payment fee, pays principal Monday',
  reply_headers(ad('Mark Delaney', 'mark.delaney@quayside-events.example'), OWNER, 'Re: ' + rem_subject(461, 'en'),
                D(2, 14, 0, tz='+0000'), 'quayside-events.example', 461),
  T("Hi Mathilde,\n\nWe're fine with the invoice itself, but we don't accept the €40 recovery fee and the late interest added "
    "in your reminder - we were never told about those terms. We'll pay the original €1,200 on Monday.\n\nMark\n",
    cs='windows-1252', cte='quoted-printable'),
  facts='dispute=yes;promise_date=2026-12-07', notes='dispute concerns only the late fee/interest, not the work')

# 29 mailing-list post by a person
H('liste_indes_fr_post_mailing_list', 'fr', 'liste indes-lyon (mailing list)', 'mailing-list post written by a person',
  [('From', ad('Rémi Charpentier', 'remi.charpentier@example.com')), ('To', 'indes-lyon@lists.example.org'),
   ('Subject', '[indes-lyon] Clients qui paient à 90 jours : vous faites comment ?'), ('Date', D(1, 8, 5)),
   ('Message-ID', mid('example.com')), ('List-Id', 'Freelances indépendants Lyon <indes-lyon.lists.example.org>'),
   ('List-Unsubscribe', '<mailto:indes-lyon-unsubscribe@lists.example.org>'), ('Precedence', 'list'),
   ('Sender', 'indes-lyon-bounces@lists.example.org')],
  T("Salut la liste,\n\nJe bosse avec un grand compte qui m'impose 90 jours alors que la loi dit 60 max. Est-ce que certains ont "
    "déjà envoyé les pénalités de retard + l'indemnité de 40 € ? Ça s'est bien passé ou la relation a tourné au vinaigre ?\n\n"
    "Merci pour vos retours,\nRémi (illustrateur, Croix-Rousse)\n\n_______________________________________________\n"
    "indes-lyon mailing list\nhttps://lists.example.org/listinfo/indes-lyon\n"),
  notes='not a client reply; a person writing to a list the owner is on')

# 30 fr wrong invoice number: that one already paid
H('optique_fr_erreur_numero_facture', 'fr', 'Optique Lemoine', 'claims the reminded invoice was paid in October',
  reply_headers(ad('Cédric Lemoine', 'cedric@optique-lemoine.example'), OWNER, 'Re: Rappel : facture F-2026-0388 échue',
                D(1, 11, 11), 'optique-lemoine.example', 388),
  T("Bonjour,\n\nJe pense qu'il y a une erreur : la F-2026-0388 a été payée en octobre (chèque encaissé le 22/10). C'est la "
    "F-2026-0391 qui reste ouverte, je m'en occupe.\n\nCordialement,\nCédric Lemoine\n"),
  facts='already_paid=claimed', notes='paid "en octobre" (cheque cashed 22/10 per client); could be already_paid=2026-10-22')

# 31 fr never received invoice
H('ecoledanse_fr_jamais_recu', 'fr', 'École de danse Arabesque', 'never received the invoice, asks for it',
  reply_headers(ad('Mélanie Costa', 'direction@arabesque-danse.example'), OWNER, 'Re: ' + rem_subject(463, 'fr'),
                D(30, 20, 40), 'arabesque-danse.example', 463),
  T("Bonsoir,\n\nJe n'ai jamais reçu cette facture ! Pourriez-vous me l'envoyer à cette adresse ? Je la règlerai à réception.\n\n"
    "Mélanie Costa\n"),
  facts='request_invoice=yes')

# 32 fr "nous ne contestons pas" but PO missing
H('batiloire_fr_bon_commande', 'fr', 'BatiLoire', '"nous ne contestons pas le montant"; PO number missing, corrected invoice requested',
  reply_headers(ad('Service Comptabilité BatiLoire', 'comptabilite@batiloire.example'), OWNER, 'RE: ' + rem_subject(465, 'fr'),
                D(2, 9, 58), 'batiloire.example', 465),
  T("Bonjour,\n\nNous ne contestons pas le montant de votre facture, mais elle ne comporte pas notre numéro de bon de commande "
    "(BC-26-07741), obligatoire pour son intégration. Merci de nous renvoyer une facture rectifiée portant ce numéro ; elle "
    "sera alors mise en paiement à la prochaine échéance.\n\nCordialement,\nLe service comptabilité\nBatiLoire SAS\n"),
  facts='request_invoice=yes')

# 33 en AP clerk human: approved, scheduled Dec 9
H('westbrook_en_ap_scheduled_dec9', 'en', 'Westbrook Retail Group', 'human AP clerk: approved and scheduled',
  reply_headers(ad('Accounts Payable - Jenna', 'ap@westbrook-retail.example'), OWNER, 'RE: ' + rem_subject(467, 'en'),
                D(1, 15, 30, tz='+0000'), 'westbrook-retail.example', 467),
  ALT("Hello,\n\nYour invoice INV-0467 has been approved and is scheduled for payment on December 9.\n\nKind regards,\nJenna Moss\n"
      "Accounts Payable Specialist\n",
      "<p>Hello,</p><p>Your invoice INV-0467 has been approved and is scheduled for payment on <b>December 9</b>.</p>"
      "<p>Kind regards,<br>Jenna Moss<br>Accounts Payable Specialist</p>"),
  facts='promise_date=2026-12-09')

# 34 fr "le virement part demain"
H('comptoir_fr_virement_part_demain', 'fr', 'Le Comptoir Numérique', '"part demain" on a Monday',
  reply_headers(ad('Arnaud Petit', 'arnaud.petit@comptoir-numerique.example'), OWNER, 'Re: ' + rem_subject(469, 'fr'),
                D(30, 18, 22), 'comptoir-numerique.example', 469),
  T("Bonjour Mathilde, le virement part demain matin. Bonne soirée. Arnaud\n"),
  facts='promise_date=2026-12-01')

# 35 fr ISO-8859-15, broken-ish MIME (no charset on part) "hier"
raw35 = ("Bonjour,\n\nLe paiement a été effectué hier par notre service financier.\n\nSalutations\n"
         "R. Taillefer\n").encode('iso-8859-15')
H('taillefer_fr_latin9_hier', 'fr', 'Taillefer Transports', 'ISO-8859-15 body, charset only on top header, 8bit',
  reply_headers(ad('Roland Taillefer', 'r.taillefer@taillefer-transports.example'), OWNER, 'Re: ' + rem_subject(471, 'fr'),
                D(4, 10, 5), 'taillefer-transports.example', 471),
  (['Content-Type: text/plain; charset=ISO-8859-15; format=flowed', 'Content-Transfer-Encoding: 8bit'], raw35),
  facts='already_paid=2026-12-03')

# 36 en IBAN cut off
H('fjordlight_en_iban_cut_off', 'en', 'Fjordlight AS', 'asks for bank details (IBAN truncated on PDF)',
  reply_headers(ad('Ingrid Solberg', 'ingrid.solberg@fjordlight.example'), OWNER, 'Re: ' + rem_subject(473, 'en'),
                D(2, 9, 12), 'fjordlight.example', 473),
  T("Hi Mathilde,\n\nThe IBAN on the PDF is cut off after 'FR76 1027 8'. Can you send your full bank details (IBAN + BIC)? "
    "I'll release the payment as soon as I have them.\n\nBest regards,\nIngrid\n"),
  facts='request_rib=yes')

# 37 fr rude dispute
H('garage_fr_dispute_retard_livraison', 'fr', 'Garage du Lac', 'rude, contests the full amount for late delivery',
  reply_headers(ad('Dominique Faure', 'garagedulac@example.fr'), OWNER, 'Re: ' + rem_subject(475, 'fr'),
                D(1, 7, 48), 'example.fr', 475),
  T("Vu le retard de livraison de 3 semaines, on ne paiera pas le montant plein, c'est clair. La vidéo devait être prête pour "
    "le salon et elle est arrivée après. Faites-moi une facture à 600 € et on n'en parle plus.\n\nD. Faure\n"),
  facts='dispute=yes')

# 38 fr rectified invoice needed (billing address)
H('helios_fr_adresse_facturation', 'fr', 'Hélios Énergies', 'asks for invoice with corrected billing address',
  reply_headers(ad('Patricia Nguyen', 'p.nguyen@helios-energies.example'), OWNER, 'RE: ' + rem_subject(477, 'fr'),
                D(3, 14, 20), 'helios-energies.example', 477),
  T("Bonjour,\n\nC'est bon pour moi sur le fond, je valide. En revanche l'adresse de facturation est celle de l'ancien siège : "
    "merci de me renvoyer la facture au 5 allée de l'Exemple, 31000 Toulouse. Paiement à réception de la facture corrigée.\n\n"
    "Patricia Nguyen\n"),
  facts='request_invoice=yes')

# 39 fr question: card/PayPal accepted?
H('yoga_fr_question_paypal', 'fr', 'Yoga Shala Montmartre', 'question about payment methods',
  reply_headers(ad('Léa Moreau', 'lea@yogashala-montmartre.example'), OWNER, 'Re: ' + rem_subject(479, 'fr'),
                D(2, 12, 0), 'yogashala-montmartre.example', 479),
  T("Coucou Mathilde,\n\nEst-ce que je peux te payer par PayPal ou par carte ? Ma banque me bloque les virements vers les "
    "nouveaux bénéficiaires pendant 72 h, c'est pénible.\n\nLéa\n"))

# 40 en not disputing, mid-December
H('kestrel_en_not_disputing_by_15', 'en', 'Kestrel Robotics', 'negation "not disputing anything"; bank change',
  reply_headers(ad('Sam Okafor', 'sam.okafor@kestrel-robotics.example'), OWNER, 'RE: ' + rem_subject(481, 'en'),
                D(30, 14, 10, tz='+0000'), 'kestrel-robotics.example', 481),
  T("Hi Mathilde,\n\nWe haven't been able to pay yet because we are moving to a new bank and outgoing payments are frozen "
    "until the switch. We are not disputing anything. You can expect the payment by December 15 at the latest.\n\nSam\n"),
  facts='promise_date=2026-12-15')

# 41 fr "mardi prochain"
H('marbrerie_fr_mardi_prochain', 'fr', 'Marbrerie Aubert', '"mardi prochain" from a Wednesday',
  reply_headers(ad('Gilles Aubert', 'gilles.aubert@marbrerie-aubert.example'), OWNER, 'Re: ' + rem_subject(483, 'fr'),
                D(2, 16, 16), 'marbrerie-aubert.example', 483),
  T("Bonjour,\n\nJe passe à la banque mardi prochain, je ferai le virement à ce moment-là.\n\nG. Aubert\n"),
  facts='promise_date=2026-12-08')

# 42 fr assistant relays, boss absent (human, not auto)
H('dumas_fr_assistante_transmet', 'fr', 'Dumas Conseil', 'assistant replies by hand; boss away until the 7th',
  reply_headers(ad('Coralie Blanc', 'assistante@dumas-conseil.example'), OWNER, 'Re: ' + rem_subject(485, 'fr'),
                D(1, 10, 2), 'dumas-conseil.example', 485),
  T("Bonjour Madame Garnier,\n\nM. Dumas est en déplacement jusqu'au 7 décembre. Je lui transmets votre message et il "
    "reviendra vers vous à son retour.\n\nBien cordialement,\nCoralie Blanc\nAssistante — Dumas Conseil\n"),
  notes='hand-written by an assistant (not an autoresponder); gives boss absence, no payment date')

# 43 fr "Payé ✅" with screenshot
H('margaux_fr_paye_capture', 'fr', 'Margaux Perrin (photographe)', 'emoji, screenshot of banking app attached',
  reply_headers(ad('Margaux Perrin', 'margaux.perrin.photo@example.com'), OWNER, 'Re: ' + rem_subject(487, 'fr'),
                D(4, 13, 31), 'example.com', 487),
  M('mixed', [T("Payé ✅ (capture jointe)\n\nMargaux\n"), A('IMG_4821.PNG', PNG_1x1, 'image/png')]),
  facts='already_paid=claimed')

# 44 en paid via Wise on 1 Dec
H('brightwater_en_sent_via_wise', 'en', 'Brightwater Labs', 'already paid on a date via Wise, arriving in 1-2 days',
  reply_headers(ad('Chloe Martin', 'chloe@brightwater-labs.example'), OWNER, 'Re: ' + rem_subject(489, 'en'),
                D(2, 8, 5, tz='+0000'), 'brightwater-labs.example', 489),
  T("Thanks for the reminder Mathilde! Payment was sent on 1 Dec via Wise, it should land in 1-2 business days.\n\n"
    "Chloe\n\n" + quote(rem_body(489, '980.00', '25 November 2026', 'en'), 'gt', 'en', 'Mon, 30 Nov 2026, 09:14',
                        MG_SENDER_FR) + '\n'),
  facts='already_paid=2026-12-01')

# 45 fr "fin du mois", base64 body from webmail
H('epicerie_fr_base64_fin_du_mois', 'fr', 'Épicerie Le Panier Bleu', 'base64-encoded body; "à la fin du mois"',
  reply_headers(ad('Karim Haddad', 'lepanierbleu@example.fr'), OWNER, 'Re: ' + rem_subject(491, 'fr'),
                D(3, 19, 19), 'example.fr', 491),
  T("Bonjour,\nje vous règle à la fin du mois quand j'aurai encaissé les commandes de Noël.\nCordialement\nK. Haddad\n",
    cte='base64'),
  facts='promise_date=2026-12-31', notes='"fin du mois" resolved to 31 Dec')

# 46 en "Received, thanks" acknowledgement, no facts
H('sierra_en_received_will_check', 'en', 'Sierra Outdoor GmbH', 'English acknowledgement without commitment',
  reply_headers(ad('Jonas Weber', 'j.weber@sierra-outdoor.example'), OWNER, 'AW: ' + rem_subject(493, 'en'),
                D(1, 8, 59), 'sierra-outdoor.example', 493),
  T("Hi Mathilde,\n\nreceived, thanks. I'll check with our accounting and come back to you.\n\nMit freundlichen Grüßen / Best regards\n"
    "Jonas Weber\nMarketing Lead\nSierra Outdoor GmbH · Musterstraße 12 · 80331 München\nGeschäftsführer: A. Beispiel · HRB 000000\n"))

# ================================================================ payment_notification
PN = 'payment_notification'
def P(fname, lang, provider, pattern, headers, part, direction, amount='', currency='EUR', payer='', reference='',
      value_date='', cap='no', notes='', crlf=False, group=None):
    save(f'{PN}/{fname}.eml', headers, part, crlf=crlf)
    row(f'{PN}/{fname}.eml', PN, lang, group or provider, pattern, provider=provider, direction=direction,
        amount=amount, currency=currency, payer=payer, reference=reference, value_date=value_date, cap=cap,
        notes=notes or f'format modelled on {provider} transactional notices (public descriptions/screenshots); text written')

def BH(frm, subj, date, dom, extra=(), to=OWNER):
    return [('From', frm), ('To', to), ('Subject', subj), ('Date', date), ('Message-ID', mid(dom))] + list(extra)

def simple_html(title, rows_, intro='', outro='', color='#1d1d1b'):
    trs = ''.join(f'<tr><td style="padding:6px 12px;color:#6b6b6b">{k}</td><td style="padding:6px 12px;font-weight:600">{v}</td></tr>'
                  for k, v in rows_)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">'
            f'<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px"><h2 style="color:{color}">{title}</h2>'
            f'<p>{intro}</p><table>{trs}</table><p>{outro}</p></td></tr></table></body></html>')

def text_of(title, rows_, intro='', outro=''):
    return f"{title}\n\n{intro}\n\n" + '\n'.join(f'{k} : {v}' for k, v in rows_) + f"\n\n{outro}\n"

AUTO_FR = 'Ceci est un message automatique, merci de ne pas y répondre.'

def bank_alt(title, rows_, intro, outro, color='#1d1d1b', cs='utf-8', cte='quoted-printable'):
    return ALT(text_of(title, rows_, intro, outro), simple_html(title, rows_, intro, outro.replace('\n', '<br>'), color), cs, cte)

# ---- Qonto
QF = ad('Qonto', 'no-reply@qonto.com')
P('qonto_fr_virement_recu', 'fr', 'Qonto', 'money in, HTML table, "Virement reçu"',
  BH(QF, 'Virement reçu : +1 480,00 € de ATELIERS VERMEIL', D(4, 9, 12), 'qonto.com'),
  bank_alt('Vous avez reçu un virement', [('Montant', '+1 480,00 €'), ('De', 'ATELIERS VERMEIL'),
           ('Référence', 'F-2026-0412'), ('Compte', 'Compte principal ••• 4821'), ('Date', '04/12/2026')],
           'Bonjour Mathilde,', "Retrouvez le détail de l'opération dans votre application Qonto.\n\nL'équipe Qonto\n" + AUTO_FR,
           '#6b5bff'),
  'in', '1480.00', payer='ATELIERS VERMEIL', reference='F-2026-0412', value_date='2026-12-04', cap='yes')

P('qonto_fr_paiement_carte_adobe', 'fr', 'Qonto', 'card payment out',
  BH(QF, 'Paiement par carte de 71,99 € chez ADOBE *CREATIVE CLOUD', D(1, 3, 4), 'qonto.com'),
  bank_alt('Paiement par carte', [('Montant', '-71,99 €'), ('Marchand', 'ADOBE *CREATIVE CLOUD'), ('Carte', 'Carte One •••• 3307'),
           ('Date', '01/12/2026')], 'Bonjour Mathilde,', "Pensez à ajouter votre justificatif.\n\n" + AUTO_FR, '#6b5bff'),
  'out', '71.99', reference='ADOBE *CREATIVE CLOUD', value_date='2026-12-01')

P('qonto_fr_prelevement_sepa_urssaf', 'fr', 'Qonto', 'SEPA direct debit taken (URSSAF)',
  BH(QF, 'Prélèvement SEPA de 1 236,00 € - URSSAF RHONE ALPES', D(3, 6, 30), 'qonto.com'),
  T("Bonjour Mathilde,\n\nUn prélèvement SEPA a été débité de votre compte principal.\n\nMontant : -1 236,00 €\n"
    "Créancier : URSSAF RHONE ALPES\nRéférence de mandat : URS0069XXXXXXXX\nDate : 03/12/2026\n\nL'équipe Qonto\n\n" + AUTO_FR + "\n"),
  'out', '1236.00', reference='URSSAF RHONE ALPES', value_date='2026-12-03')

P('qonto_fr_releve_mensuel', 'fr', 'Qonto', 'monthly statement available',
  BH(QF, 'Votre relevé de compte de novembre est disponible', D(1, 7, 0), 'qonto.com'),
  bank_alt('Votre relevé de novembre 2026 est prêt', [('Compte', 'Compte principal ••• 4821'), ('Période', '01/11/2026 - 30/11/2026')],
           'Bonjour Mathilde,', "Téléchargez-le depuis l'onglet Relevés de votre application.\n\n" + AUTO_FR, '#6b5bff'),
  'statement')

# ---- Shine
SF = ad('Shine', 'notifications@shine.fr')
P('shine_fr_vous_avez_recu_un_virement', 'fr', 'Shine', 'money in, friendly tone with emoji',
  BH(SF, 'Vous avez reçu un virement 💸', D(2, 10, 41), 'shine.fr'),
  ALT("Bonne nouvelle Mathilde !\n\nVous avez reçu un virement de 2 340,00 € de TRIDENT FORMATION.\nLibellé : FACTURE F-2026-0420\n\n"
      "Votre nouveau solde : 8 912,45 €\n\nÀ bientôt,\nL'équipe Shine\n\nVous recevez cet e-mail car les notifications de virement sont activées "
      "dans votre application Shine.\n",
      "<div style='font-family:Arial'><h1>Bonne nouvelle Mathilde&nbsp;!</h1><p>Vous avez reçu un virement de <b>2&nbsp;340,00&nbsp;€</b> "
      "de <b>TRIDENT FORMATION</b>.</p><p>Libellé : FACTURE F-2026-0420</p><p>Votre nouveau solde : 8&nbsp;912,45&nbsp;€</p>"
      "<p style='font-size:11px;color:#999'>Vous recevez cet e-mail car les notifications de virement sont activées dans votre application Shine.</p></div>"),
  'in', '2340.00', payer='TRIDENT FORMATION', reference='FACTURE F-2026-0420', value_date='2026-12-02', cap='yes')

P('shine_fr_virement_sortant_echoue', 'fr', 'Shine', 'outgoing transfer failed (beneficiary IBAN closed)',
  BH(SF, "Votre virement n'a pas pu être effectué", D(3, 11, 5), 'shine.fr'),
  T("Bonjour Mathilde,\n\nVotre virement de 320,00 € vers STUDIO SON PLUS n'a pas pu aboutir : le compte du bénéficiaire est clôturé "
    "(motif AC04). Les fonds ont été recrédités sur votre compte.\n\nL'équipe Shine\n\n" + AUTO_FR + "\n"),
  'failed', '320.00', reference='STUDIO SON PLUS', value_date='2026-12-03')

# ---- BNP Paribas
P('bnp_fr_alerte_operation_creditrice', 'fr', 'BNP Paribas', 'alert "opération créditrice" with raw SEPA label',
  BH(ad('BNP Paribas', 'alertes@alertes.bnpparibas'), 'Alerte : opération créditrice sur votre compte', D(2, 7, 15), 'alertes.bnpparibas'),
  T("Madame GARNIER,\n\nNous vous informons qu'une opération créditrice supérieure au seuil de 500,00 EUR que vous avez défini a été "
    "enregistrée sur votre compte Esprit Libre Pro n° ****5512 :\n\n  VIR SEPA RECU /DE LUMIFLUX EVENTS SAS /MOTIF FACT F-2026-0415 "
    "/REF 2611300045872\n  Montant : + 3 600,00 EUR\n  Date de valeur : 01/12/2026\n\nPour consulter vos comptes, rendez-vous sur "
    "votre espace client ou sur l'application Mes Comptes.\n\nBNP Paribas\n\nCeci est un message automatique, merci de ne pas y "
    "répondre. BNP Paribas ne vous demandera jamais vos codes d'accès par e-mail.\n", cs='iso-8859-1'),
  'in', '3600.00', payer='LUMIFLUX EVENTS SAS', reference='FACT F-2026-0415', value_date='2026-12-01', cap='yes',
  notes='BNP "alertes" style; payer appears in raw SEPA label; note client disputed 0415 elsewhere (independent files)')

# ---- Crédit Agricole
P('ca_fr_alerte_solde', 'fr', 'Crédit Agricole', 'balance alert (solde inférieur au seuil)',
  BH(ad('Crédit Agricole', 'ne-pas-repondre@credit-agricole.fr'), 'Alerte solde : votre compte est passé sous 1 000 EUR',
     D(30, 6, 2), 'credit-agricole.fr'),
  T("Bonjour,\n\nLe solde de votre compte courant professionnel n° *****0093 est de 874,12 EUR au 30/11/2026.\nIl est inférieur au "
    "seuil de 1 000,00 EUR que vous avez paramétré.\n\nCrédit Agricole Centre-Est\n\nCe message vous est envoyé automatiquement dans le "
    "cadre du service d'alertes. Merci de ne pas y répondre.\n"),
  'statement', notes='balance alert, no single movement')

# ---- Société Générale
P('sg_fr_releve_disponible', 'fr', 'Société Générale', 'e-relevé available',
  BH(ad('Société Générale', 'noreply@societegenerale.fr'), 'Votre relevé de compte est disponible', D(2, 5, 40), 'societegenerale.fr'),
  bank_alt('Vos e-documents', [('Document', 'Relevé de compte'), ('Compte', 'Compte courant pro ****2271'), ('Période', 'Novembre 2026')],
           'Madame, Monsieur,', "Il est consultable dans votre Espace Client, rubrique e-Documents.\n\nSociété Générale\n" + AUTO_FR, '#e9041e'),
  'statement')

# ---- LCL
P('lcl_fr_virement_en_cours', 'fr', 'LCL', 'incoming transfer announced, not yet credited',
  BH(ad('LCL', 'service-client@info.lcl.fr'), 'Un virement instantané est en cours de traitement', D(4, 16, 2), 'info.lcl.fr'),
  T("Madame,\n\nUn virement d'un montant de 1 150,00 EUR émis par NOVA IMMOBILIER est en cours de traitement. Il sera porté au crédit "
    "de votre compte après les contrôles réglementaires, au plus tard le prochain jour ouvré.\n\nLCL\n\nMerci de ne pas répondre à "
    "ce message.\n"),
  'none', '1150.00', reference='', value_date='', notes='pending incoming transfer under review: money not yet on the account')

P('lcl_fr_operation_debitrice', 'fr', 'LCL', 'outgoing transfer executed',
  BH(ad('LCL', 'service-client@info.lcl.fr'), 'Confirmation de votre virement', D(30, 12, 33), 'info.lcl.fr'),
  T("Madame,\n\nVotre virement de 480,00 EUR au profit de SCI LES TILLEULS (libellé : LOYER ATELIER DECEMBRE) a bien été exécuté le "
    "30/11/2026.\n\nLCL\nMerci de ne pas répondre à ce message.\n"),
  'out', '480.00', reference='LOYER ATELIER DECEMBRE', value_date='2026-11-30')

# ---- La Banque Postale
P('lbp_fr_credit_sur_votre_compte', 'fr', 'La Banque Postale', '"crédit sur votre compte", windows-1252',
  BH(ad('La Banque Postale', 'noreply@labanquepostale.fr', 'windows-1252'), 'Information : crédit sur votre compte',
     D(1, 8, 1), 'labanquepostale.fr'),
  T("Bonjour Madame GARNIER MATHILDE,\n\nNous vous informons qu'un crédit de 650,00 € a été enregistré le 01/12/2026 sur votre compte "
    "professionnel se terminant par 7730.\nLibellé : VIREMENT DE LA BASTIDE GOURMANDE REF F2026 0402\n\nLa Banque Postale\n\nCeci est "
    "un message automatique. Merci de ne pas répondre.\n", cs='windows-1252'),
  'in', '650.00', payer='LA BASTIDE GOURMANDE', reference='REF F2026 0402', value_date='2026-12-01', cap='yes', crlf=True)

# ---- CIC (Crédit Mutuel group): 2 transfers
P('cic_fr_2_virements_recus', 'fr', 'CIC', 'plural: two transfers in one alert',
  BH(ad('CIC', 'alertes@cic.fr'), 'CIC - 2 virements reçus sur votre compte', D(3, 7, 30), 'cic.fr'),
  bank_alt('2 virements reçus', [('03/12/2026', 'VIR SEPA KERMADEC NAUTIC F-2026-0419 : +1 900,00 EUR'),
           ('03/12/2026 ', 'VIR SEPA MENUISERIE GAUTHIER FACT 0457 : +850,00 EUR')],
           'Madame, Monsieur,', "CIC - Service Alertes\nCe message est envoyé automatiquement, ne pas répondre.", '#00386f'),
  'in|in', '1900.00|850.00', payer='KERMADEC NAUTIC|MENUISERIE GAUTHIER', reference='F-2026-0419|FACT 0457',
  value_date='2026-12-03|2026-12-03', cap='yes', notes='two separate identified payers; counts_as_payment=yes applies to each')

# ---- Crédit Mutuel
P('cmut_fr_virement_instantane_recu', 'fr', 'Crédit Mutuel', 'instant transfer received',
  BH(ad('Crédit Mutuel', 'alertes@creditmutuel.fr'), 'Virement instantané reçu', D(2, 21, 45), 'creditmutuel.fr'),
  T("Bonjour,\n\nVous avez reçu un virement instantané de 1 450,00 EUR.\nÉmetteur : GIRARD THOMAS\nMotif : teaser studio brume\n"
    "Compte crédité : ***8814\n\nCrédit Mutuel - Service d'alertes\nNe pas répondre à ce message automatique.\n"),
  'in', '1450.00', payer='GIRARD THOMAS', reference='teaser studio brume', value_date='2026-12-02', cap='yes')

# ---- Boursorama / BoursoBank
P('bourso_fr_vous_avez_recu_virement', 'fr', 'BoursoBank', 'money in with amount in subject only',
  BH(ad('BoursoBank', 'noreply@boursobank.com'), '+2 050,00 € reçus sur votre compte', D(2, 11, 3), 'boursobank.com'),
  T("Bonjour,\n\nUne nouvelle opération a été enregistrée sur votre compte.\n\nVIR OAKRIDGE CONSULTING LTD INV-0447\n\nConnectez-vous "
    "à votre Espace Client pour en consulter le détail.\n\nBoursoBank\nCe message a été envoyé automatiquement.\n"),
  'in', '2050.00', payer='OAKRIDGE CONSULTING LTD', reference='INV-0447', value_date='2026-12-02', cap='yes',
  notes='amount only in subject; formerly Boursorama Banque')

P('bourso_fr_remboursement_marchand', 'fr', 'BoursoBank', 'merchant refund received on card',
  BH(ad('BoursoBank', 'noreply@boursobank.com'), 'Remboursement reçu sur votre carte', D(4, 8, 10), 'boursobank.com'),
  T("Bonjour,\n\nUn remboursement de 129,00 € a été crédité sur votre compte suite à une opération par carte chez LDLC.COM.\n\n"
    "BoursoBank\nCe message a été envoyé automatiquement.\n"),
  'refund', '129.00', reference='LDLC.COM', value_date='2026-12-04')

# ---- Hello bank!
P('hellobank_fr_paiement_refuse', 'fr', 'Hello bank!', 'card payment declined',
  BH(ad('Hello bank!', 'no-reply@hellobank.fr'), 'Paiement refusé', D(1, 13, 25), 'hellobank.fr'),
  T("Hello Mathilde,\n\nVotre paiement de 249,00 € chez SHUTTERSTOCK a été refusé : plafond de paiement atteint.\nVous pouvez augmenter "
    "temporairement votre plafond depuis l'appli Hello bank!.\n\nL'équipe Hello bank!\nMessage automatique, merci de ne pas répondre.\n"),
  'failed', '249.00', reference='SHUTTERSTOCK', value_date='2026-12-01')

# ---- Fortuneo
P('fortuneo_fr_virement_emis', 'fr', 'Fortuneo', 'outgoing transfer confirmation',
  BH(ad('Fortuneo', 'noreply@fortuneo.fr'), 'Confirmation de virement', D(2, 9, 45), 'fortuneo.fr'),
  T("Bonjour,\n\nNous vous confirmons l'exécution de votre virement :\n- Montant : 1 236,00 EUR\n- Bénéficiaire : DGFIP IMPOT\n"
    "- Libellé : acompte IR\n- Date : 02/12/2026\n\nFortuneo\nCet e-mail est généré automatiquement, merci de ne pas y répondre.\n"),
  'out', '1236.00', reference='acompte IR', value_date='2026-12-02')

# ---- Caisse d'Épargne
P('ce_fr_virement_recu_sujet', 'fr', "Caisse d'Épargne", 'money in, amount and payer in subject, latin-1',
  BH(ad("Caisse d'Epargne", 'noreply@caisse-epargne.fr'), 'Virement reçu : 2 760,00 EUR de GROUPE HOTELIA RA', D(4, 6, 50), 'caisse-epargne.fr'),
  T("Bonjour,\n\nVotre compte a été crédité. Retrouvez le détail de vos opérations dans votre Banque à distance.\n\nCaisse d'Epargne "
    "Rhône Alpes\nNe répondez pas à ce message, il a été envoyé automatiquement.\n", cs='iso-8859-1'),
  'in', '2760.00', payer='GROUPE HOTELIA RA', reference='', value_date='2026-12-04', cap='yes',
  notes='amount and payer only in subject; client had promised "le 15" elsewhere (independent file)')

# ---- Banque Populaire
P('bp_fr_virement_rejete', 'fr', 'Banque Populaire', 'incoming transfer returned/rejected',
  BH(ad('Banque Populaire', 'noreply@banquepopulaire.fr'), 'Rejet de virement', D(3, 10, 0), 'banquepopulaire.fr'),
  T("Madame,\n\nLe virement de 750,00 EUR émis en faveur de votre compte par ATELIER NINON n'a pas pu être crédité : les coordonnées "
    "du bénéficiaire ne correspondent pas (motif : nom du bénéficiaire incorrect). Les fonds ont été retournés à la banque émettrice.\n\n"
    "Banque Populaire Auvergne Rhône Alpes\nMessage automatique.\n"),
  'failed', '750.00', reference='', value_date='2026-12-03', notes='a client\'s transfer returned: money did NOT arrive')

# ---- N26
P('n26_en_you_received', 'en', 'N26', 'English money in, push-style short mail',
  BH(ad('N26', 'no-reply@n26.com'), 'You received €850.00', D(3, 18, 4), 'n26.com'),
  T("Hi Mathilde,\n\nYou received €850.00 from Menuiserie Gauthier.\nReference: F-2026-0457\n\nYour N26 Team\n\nYou are receiving this "
    "email because you enabled transaction notifications. N26 Bank SE, Voltairestrasse 8, 10179 Berlin.\n"),
  'in', '850.00', payer='Menuiserie Gauthier', reference='F-2026-0457', value_date='2026-12-03', cap='yes')

# ---- Revolut Business
P('revolut_en_payment_received_gbp', 'en', 'Revolut Business', 'money in, GBP',
  BH(ad('Revolut Business', 'no-reply@revolut.com'), 'Payment received', D(1, 16, 40, tz='+0000'), 'revolut.com'),
  bank_alt('You received £1,200.00', [('From', 'NORTHGATE STUDIOS LTD'), ('Reference', 'INV-0421'), ('Account', 'GBP Main')],
           'Hi Mathilde,', 'Revolut Business\nThis is an automated message.', '#191c1f'),
  'in', '1200.00', currency='GBP', payer='NORTHGATE STUDIOS LTD', reference='INV-0421', value_date='2026-12-01', cap='yes')

P('revolut_en_card_declined', 'en', 'Revolut Business', 'card payment declined',
  BH(ad('Revolut Business', 'no-reply@revolut.com'), 'Card payment declined', D(4, 22, 10, tz='+0000'), 'revolut.com'),
  T("Hi Mathilde,\n\nYour card payment of €59.00 at Envato Elements was declined because the card is frozen.\nYou can unfreeze it in "
    "the app.\n\nRevolut Business\n"),
  'failed', '59.00', reference='Envato Elements', value_date='2026-12-04')

# ---- Wise
P('wise_en_received_usd', 'en', 'Wise', 'money in USD to multi-currency account',
  BH(ad('Wise', 'noreply@wise.com'), "You've received 1,900 USD", D(2, 15, 50, tz='+0000'), 'wise.com'),
  ALT("Hi Mathilde,\n\nBluefin Apps Inc sent you 1,900.00 USD. It's now in your USD balance.\n\nReference: INV-0445 part 1\n\n"
      "The Wise Team\n\nYou are receiving this email because you have a Wise account.\n",
      "<p>Hi Mathilde,</p><p><b>Bluefin Apps Inc</b> sent you <b>1,900.00 USD</b>. It's now in your USD balance.</p>"
      "<p>Reference: INV-0445 part 1</p><p>The Wise Team</p>"),
  'in', '1900.00', currency='USD', payer='Bluefin Apps Inc', reference='INV-0445 part 1', value_date='2026-12-02', cap='yes')

P('wise_en_transfer_on_its_way', 'en', 'Wise', 'outgoing transfer in progress (owner pays)',
  BH(ad('Wise', 'noreply@wise.com'), 'Your transfer is on its way', D(30, 10, 20, tz='+0000'), 'wise.com'),
  T("Hi Mathilde,\n\nYour money is on its way. 300.00 EUR is going to Jana Novak (sound designer).\nShould arrive by Tuesday.\n\nTransfer #"
    "928374651\n\nThe Wise Team\n"),
  'out', '300.00', reference='#928374651', value_date='2026-11-30')

# ---- Stripe
STF = ad('Stripe', 'notifications@stripe.com')
P('stripe_fr_virement_en_route', 'fr', 'Stripe', 'payout of balance (aggregate) to bank',
  BH(STF, 'Votre virement de 3 412,50 € est en route', D(1, 4, 5), 'stripe.com'),
  bank_alt('Un virement est en route', [('Montant', '3 412,50 €'), ('Arrivée estimée', '3 déc. 2026'), ('Compte', 'BNP PARIBAS ••••5512'),
           ('ID', 'po_1QxExample0412')], 'Bonjour,', 'Stripe\nVous recevez cet e-mail car vous êtes administrateur de Garnier Motion sur Stripe.',
           '#635bff'),
  'in', '3412.50', reference='po_1QxExample0412', value_date='2026-12-03', cap='no_aggregate')

P('stripe_en_payout_failed', 'en', 'Stripe', 'payout failed (bank account closed)',
  BH(STF, 'Your payout of €1,105.20 failed', D(2, 5, 10, tz='+0000'), 'stripe.com'),
  T("Hi there,\n\nA payout of €1,105.20 to your bank account ending in 5512 failed. The bank returned it with the reason: account closed.\n"
    "Update your bank account in the Dashboard and we'll retry the payout.\n\nPayout ID: po_1QyFailExample\n\n— The Stripe team\n\n"
    "You're receiving this email because you're an administrator of Garnier Motion.\n"),
  'failed', '1105.20', reference='po_1QyFailExample', value_date='2026-12-02')

P('stripe_en_dispute_opened', 'en', 'Stripe', 'chargeback/dispute opened',
  BH(STF, 'A payment has been disputed', D(3, 14, 14, tz='+0000'), 'stripe.com'),
  T("A customer has disputed a €390.00 payment.\n\nCustomer: contact@yogashala-montmartre.example\nReason: product_not_received\n"
    "Respond by: December 15, 2026\n\nThe disputed amount and a €20.00 fee have been withdrawn from your balance. Submit evidence in "
    "the Dashboard.\n\n— The Stripe team\n"),
  'chargeback', '390.00', reference='product_not_received', value_date='2026-12-03')

P('stripe_fr_facture_payee', 'fr', 'Stripe', 'Stripe Invoicing: invoice paid by a client',
  BH(STF, 'Facture F-2026-0479 payée - Yoga Shala Montmartre', D(4, 12, 40), 'stripe.com'),
  bank_alt('Paiement reçu', [('Client', 'Yoga Shala Montmartre'), ('Facture', 'F-2026-0479'), ('Montant', '600,00 €'),
           ('Moyen de paiement', 'Visa •••• 4242')], 'Bonjour,', 'Stripe', '#635bff'),
  'in', '600.00', payer='Yoga Shala Montmartre', reference='F-2026-0479', value_date='2026-12-04', cap='yes')

P('stripe_en_payment_succeeded_table', 'en', 'Stripe', 'charge succeeded, English HTML receipt-style',
  BH(STF, 'Payment of €980.00 from Brightwater Labs succeeded', D(3, 9, 1, tz='+0000'), 'stripe.com'),
  bank_alt('Payment succeeded', [('Amount', '€980.00'), ('Customer', 'Brightwater Labs'), ('Description', 'INV-0489'),
           ('Payment ID', 'pi_3QzExample0489')], 'Hi,', 'Stripe', '#635bff'),
  'in', '980.00', payer='Brightwater Labs', reference='INV-0489', value_date='2026-12-03', cap='yes')

# ---- PayPal
PPF = ad('service@paypal.fr', 'service@paypal.fr')
P('paypal_fr_vous_avez_recu_paiement', 'fr', 'PayPal', 'PayPal payment received',
  BH(ad('PayPal', 'service@paypal.fr'), 'Vous avez reçu un paiement', D(2, 19, 30), 'paypal.fr'),
  bank_alt('Léa Moreau vous a envoyé 390,00 EUR', [("N° de transaction", '7AB12345CD678901E'), ('Montant', '390,00 € EUR'),
           ('Note', 'Facture F-2026-0479 acompte')], 'Bonjour Mathilde Garnier,',
           "Merci,\nPayPal\nAide & Contact | Sécurité\nCopyright © 1999-2026 PayPal. Tous droits réservés.", '#003087'),
  'in', '390.00', payer='Léa Moreau', reference='Facture F-2026-0479 acompte', value_date='2026-12-02', cap='yes')

P('paypal_fr_paiement_en_attente', 'fr', 'PayPal', 'payment on hold / pending',
  BH(ad('PayPal', 'service@paypal.fr'), 'Paiement en attente - Action requise', D(30, 14, 5), 'paypal.fr'),
  T("Bonjour Mathilde Garnier,\n\nVous avez reçu un paiement de 1 200,00 EUR de Quayside Events Ltd. Ce paiement est en attente pendant "
    "21 jours maximum, le temps que nous vérifions la transaction. Vous pourrez disposer des fonds une fois la période d'attente terminée.\n\n"
    "N° de transaction : 3XY98765ZX432100A\n\nPayPal\n"),
  'none', '1200.00', reference='3XY98765ZX432100A', notes='funds on hold: money not available yet')

P('paypal_en_refund_sent', 'en', 'PayPal', 'refund issued by owner',
  BH(ad('PayPal', 'service@intl.paypal.com'), "You've sent a refund", D(4, 11, 0, tz='-0800'), 'intl.paypal.com'),
  T("Hello Mathilde Garnier,\n\nYou refunded €45.00 EUR to Salomé Vidal.\nTransaction ID: 9KL55555MN66666PQ\n\nPayPal\n"),
  'refund', '45.00', reference='9KL55555MN66666PQ', value_date='2026-12-04')

# ---- SumUp
P('sumup_fr_versement_aggregate', 'fr', 'SumUp', 'payout bundling card sales',
  BH(ad('SumUp', 'no-reply@sumup.com'), 'Votre versement de 412,80 € est en route', D(1, 9, 0), 'sumup.com'),
  T("Bonjour Mathilde,\n\nNous avons envoyé 412,80 € sur votre compte bancaire. Ce versement regroupe 6 transactions du 27/11 au 30/11, "
    "frais déduits (7,20 €).\n\nÉquipe SumUp\n"),
  'in', '412.80', reference='versement 27/11-30/11', value_date='2026-12-01', cap='no_aggregate')

# ---- GoCardless
P('gocardless_en_payment_collected', 'en', 'GoCardless', 'direct debit collected from a client',
  BH(ad('GoCardless', 'help@gocardless.com'), 'Payment from Sierra Outdoor GmbH has been collected', D(3, 8, 30, tz='+0000'), 'gocardless.com'),
  T("Hi Mathilde,\n\nWe've collected a payment of €1,650.00 from Sierra Outdoor GmbH.\nReference: INV-0493\nIt will be included in your "
    "next payout.\n\nThe GoCardless team\n"),
  'in', '1650.00', payer='Sierra Outdoor GmbH', reference='INV-0493', value_date='2026-12-03', cap='yes')

P('gocardless_fr_paiement_echoue', 'fr', 'GoCardless', 'direct debit failed (insufficient funds)',
  BH(ad('GoCardless', 'help@gocardless.com'), 'Échec du paiement de Atelier Ninon', D(4, 8, 45), 'gocardless.com'),
  T("Bonjour Mathilde,\n\nLe paiement de 250,00 € de Atelier Ninon a échoué.\nMotif : provision insuffisante.\nNous ne réessaierons pas "
    "automatiquement ce paiement.\n\nL'équipe GoCardless\n"),
  'failed', '250.00', reference='Atelier Ninon', value_date='2026-12-04')

# ---- Mollie
P('mollie_en_settlement', 'en', 'Mollie', 'settlement of many payments',
  BH(ad('Mollie', 'noreply@mollie.com'), 'Your settlement of €2,018.40 has been paid out', D(2, 10, 0), 'mollie.com'),
  T("Hello,\n\nSettlement STL-2026-11-48 of €2,018.40 has been transferred to your bank account (NL... / FR76 ****5512).\n"
    "Number of payments: 14\n\nMollie B.V.\n"),
  'in', '2018.40', reference='STL-2026-11-48', value_date='2026-12-02', cap='no_aggregate')

# ---- PayPlug
P('payplug_fr_nouveau_paiement', 'fr', 'PayPlug', 'new card payment via payment link',
  BH(ad('PayPlug', 'no-reply@payplug.com'), 'Nouveau paiement reçu : 320,00 €', D(30, 15, 0), 'payplug.com'),
  T("Bonjour,\n\nUn nouveau paiement a été effectué via votre lien de paiement.\n\nMontant : 320,00 €\nClient : Mélanie Costa\n"
    "Référence : F-2026-0463\n\nPayPlug\n"),
  'in', '320.00', payer='Mélanie Costa', reference='F-2026-0463', value_date='2026-11-30', cap='yes')

# ---- Sumeria (ex-Lydia)
P('sumeria_fr_vous_a_envoye', 'fr', 'Sumeria (Lydia)', 'P2P transfer received',
  BH(ad('Sumeria', 'noreply@sumeria.eu'), 'Salomé Vidal vous a envoyé 120,00 €', D(1, 20, 10), 'sumeria.eu'),
  T("Salomé Vidal vous a envoyé 120,00 €\n« facture retouches vidéo mariage »\n\nL'argent est disponible sur votre compte Sumeria.\n"),
  'in', '120.00', payer='Salomé Vidal', reference='facture retouches vidéo mariage', value_date='2026-12-01', cap='yes')

# ---- Pennylane bank feed
P('pennylane_fr_nouvelle_transaction', 'fr', 'Pennylane', 'accounting bank feed: new credit matched to invoice',
  BH(ad('Pennylane', 'no-reply@pennylane.com'), 'Nouvelle transaction : +1 650,00 € rapprochée de F-2026-0481', D(4, 7, 15), 'pennylane.com'),
  T("Bonjour Mathilde,\n\nUne nouvelle transaction a été synchronisée depuis votre compte Qonto :\n+1 650,00 € — KESTREL ROBOTICS LTD\n"
    "Elle a été rapprochée automatiquement de la facture F-2026-0481.\n\nPennylane\n"),
  'in', '1650.00', payer='KESTREL ROBOTICS LTD', reference='F-2026-0481', value_date='2026-12-04', cap='yes')

# ---- Indy
P('indy_fr_recette_detectee', 'fr', 'Indy', 'bookkeeping app detects an income',
  BH(ad('Indy', 'notifications@indy.fr'), 'Nouvelle recette détectée', D(3, 7, 5), 'indy.fr'),
  T("Bonjour Mathilde,\n\nNous avons détecté une nouvelle recette sur votre compte pro : +980,00 € (VIR BRIGHTWATER LABS).\nPensez à la "
    "catégoriser dans Indy.\n\nL'équipe Indy\n"),
  'in', '980.00', payer='BRIGHTWATER LABS', reference='VIR BRIGHTWATER LABS', value_date='2026-12-03', cap='yes')

# ---- remittance advice from client's accounts system
P('avis_paiement_sodexel_sap', 'fr', 'Sodexel Industrie (SAP)', "client's remittance advice (avis de paiement)",
  BH(ad('SAP Sodexel - Paiements', 'no-reply-sap@sodexel.example'), 'Avis de paiement n° 2000045871', D(4, 14, 0), 'sodexel.example'),
  M('mixed', [T("Madame, Monsieur,\n\nNous vous informons que le paiement suivant a été émis en votre faveur :\n\nDate de paiement : "
                "07/12/2026\nMontant : 1 980,00 EUR\nRéférence facture : F-2026-0427\nMode : Virement SEPA\n\nCe message est généré "
                "automatiquement par notre système comptable.\n"),
              A('avis_paiement_2000045871.pdf', pdf(['AVIS DE PAIEMENT 2000045871', 'Fournisseur : GARNIER MOTION',
                'F-2026-0427  1 980,00 EUR', 'Date de paiement : 07/12/2026']), 'application/pdf')]),
  'in', '1980.00', payer='Sodexel Industrie', reference='F-2026-0427', value_date='2026-12-07', cap='no_claim',
  group='Sodexel Industrie', notes='remittance advice: money announced by payer, not seen by a bank')

P('remittance_en_westbrook_ap', 'en', 'Westbrook Retail (Oracle AP)', 'English remittance advice',
  BH(ad('Westbrook AP Remittance', 'remittance@westbrook-retail.example'), 'Remittance Advice - Payment 88412', D(4, 17, 0, tz='+0000'), 'westbrook-retail.example'),
  T("REMITTANCE ADVICE\n\nSupplier: Garnier Motion\nPayment number: 88412\nPayment date: 09-DEC-2026\nPayment method: SEPA credit transfer\n\n"
    "Invoice Number   Invoice Date   Amount Paid\nINV-0467         02-NOV-2026    EUR 2,400.00\n\nTotal: EUR 2,400.00\n\nThis is an "
    "automated message. Please do not reply.\n", cs='us-ascii', cte='7bit'),
  'in', '2400.00', payer='Westbrook Retail Group', reference='INV-0467', value_date='2026-12-09', cap='no_claim',
  group='Westbrook Retail Group', notes='remittance advice issued ahead of the payment date')

P('qonto_en_transfer_received_english', 'en', 'Qonto', 'Qonto notice in English interface language',
  BH(QF, 'You received a transfer of €3,200.00', D(4, 10, 2), 'qonto.com'),
  T("Hi Mathilde,\n\nYou received a SEPA transfer.\n\nAmount: +€3,200.00\nFrom: LINDQVIST DESIGN AB\nReference: INV-0423\n\nThe Qonto "
    "team\n\nThis is an automated email, please do not reply.\n"),
  'in', '3200.00', payer='LINDQVIST DESIGN AB', reference='INV-0423', value_date='2026-12-04', cap='yes')

P('ca_fr_prelevement_rejete', 'fr', 'Crédit Agricole', 'direct debit on owner account rejected (insufficient funds)',
  BH(ad('Crédit Agricole', 'ne-pas-repondre@credit-agricole.fr'), 'Information : prélèvement rejeté', D(4, 6, 20), 'credit-agricole.fr'),
  T("Bonjour,\n\nLe prélèvement SEPA de 89,90 EUR émis par LEASECOM FINANCE (réf. contrat LC-77812) n'a pas pu être honoré sur votre "
    "compte n° *****0093 faute de provision suffisante. Des frais de rejet de 20,00 EUR ont été appliqués.\n\nCrédit Agricole Centre-Est\n"
    "Ce message vous est envoyé automatiquement. Merci de ne pas y répondre.\n"),
  'failed', '89.90', reference='LEASECOM FINANCE LC-77812', value_date='2026-12-04')

P('n26_en_direct_debit_out', 'en', 'N26', 'direct debit taken from owner account',
  BH(ad('N26', 'no-reply@n26.com'), 'Direct debit: -€34.99 to Adobe Systems Software Ireland', D(30, 5, 50), 'n26.com'),
  T("Hi Mathilde,\n\nA direct debit of €34.99 was booked to Adobe Systems Software Ireland Ltd.\nMandate reference: ADB-0048213\n\n"
    "Your N26 Team\n\nYou are receiving this email because you enabled transaction notifications.\n"),
  'out', '34.99', reference='ADB-0048213', value_date='2026-11-30')

# ================================================================ auto_reply
AR = 'auto_reply'
def AU(fname, lang, group, pattern, headers, part, facts='', notes='', crlf=False):
    save(f'{AR}/{fname}.eml', headers, part, crlf=crlf)
    row(f'{AR}/{fname}.eml', AR, lang, group, pattern, facts=facts, notes=notes)

AU('outlook_fr_reponse_automatique_retour_7', 'fr', 'Exchange Online (Pixelis)', 'Outlook "Réponse automatique :" with Auto-Submitted',
   reply_headers(ad('Julien Faure', 'julien.faure@pixelis-agence.example'), OWNER, 'Réponse automatique : ' + rem_subject(425, 'fr'),
                 D(30, 9, 6), 'pixelis-agence.example', 425,
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'julien.faure@pixelis-agence.example')]),
   T("Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 7 décembre inclus, sans accès à mes e-mails.\nPour toute urgence, merci de "
     "contacter Julie Marchand (julie.marchand@pixelis-agence.example).\n\nCordialement,\nJulien Faure\n"),
   facts='ooo_until=2026-12-07', notes='"jusqu\'au lundi 7 inclus" - back on Tue 8; ooo_until kept at the stated date')

AU('gmail_en_vacation_until_14', 'en', 'Gmail vacation responder', 'Gmail vacation auto-reply, Auto-Submitted header',
   reply_headers(ad('Chloe Martin', 'chloe@brightwater-labs.example'), OWNER, 'Out of office: ' + rem_subject(489, 'en'),
                 D(30, 9, 15, tz='+0000'), 'brightwater-labs.example', 489, extra=[('Auto-Submitted', 'auto-replied')]),
   ALT("Hi,\n\nI'm out of the office with limited access to email until Monday 14 December. I'll reply when I'm back.\n\nChloe\n",
       "<div dir=\"ltr\">Hi,<br><br>I'm out of the office with limited access to email until Monday 14 December. I'll reply when I'm back.<br><br>Chloe</div>"),
   facts='ooo_until=2026-12-14')

AU('absence_fr_sans_entete', 'fr', 'OVH Zimbra (Kermadec Nautic)', 'plain "Absence du bureau" without any auto header',
   [('From', ad('Yann Kermadec', 'yann@kermadec-nautic.example')), ('To', OWNER), ('Subject', 'Absence du bureau'),
    ('Date', D(30, 9, 4)), ('Message-ID', mid('kermadec-nautic.example'))],
   T("Bonjour,\n\nJe suis en mer jusqu'au mercredi 2 décembre. Je traiterai votre message à mon retour.\n\nYann Kermadec\n"),
   facts='ooo_until=2026-12-02', notes='no Auto-Submitted / In-Reply-To: only the wording shows it is automatic')

AU('conge_maternite_fr_sans_date', 'fr', 'Cristalline Cosmétiques', 'long leave, no return date, redirect to colleague',
   reply_headers(ad('Hélène Favre', 'helene.favre@cristalline-cosmetiques.example'), OWNER, 'Absente : ' + rem_subject(443, 'fr'),
                 D(1, 9, 1), 'cristalline-cosmetiques.example', 443, extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')]),
   T("Bonjour,\n\nJe suis actuellement en congé maternité. Vos messages ne seront pas transférés.\nPour toute question marketing : "
     "marketing@cristalline-cosmetiques.example ; pour la comptabilité : karine.dubois@cristalline-cosmetiques.example.\n\nMerci,\nHélène Favre\n"))

AU('exchange_en_automatic_reply_dec2', 'en', 'Exchange (Oakridge)', 'Exchange "Automatic reply:" short absence',
   reply_headers(ad('Laura Chen', 'laura.chen@oakridge-consulting.example'), OWNER, 'Automatic reply: ' + rem_subject(447, 'en'),
                 D(30, 9, 20), 'oakridge-consulting.example', 447, extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')]),
   ALT("Thank you for your message. I am attending a conference and will be back in the office on Wednesday, 2 December 2026.\n",
       "<html><body><p>Thank you for your message. I am attending a conference and will be back in the office on Wednesday, 2 December 2026.</p></body></html>"),
   facts='ooo_until=2026-12-02')

AU('ap_fr_accuse_reception_compta', 'fr', 'Groupe Altéa', 'accounts-payable autoresponder with payment terms',
   reply_headers(ad('Factures Fournisseurs Groupe Altéa', 'factures@groupe-altea.example'), OWNER,
                 'Accusé de réception - ' + rem_subject(451, 'fr'), D(30, 9, 3), 'groupe-altea.example', 451,
                 extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')]),
   T("Bonjour,\n\nNous accusons réception de votre message. Cette boîte est dédiée à la réception des factures fournisseurs au format "
     "PDF (une facture par fichier).\n\nRappel de nos conditions : nos factures sont réglées à 45 jours fin de mois à compter de la date "
     "de réception, par virement, à condition de comporter un numéro de bon de commande valide.\n\nPour toute question sur l'état d'un "
     "paiement, merci d'utiliser le portail fournisseurs.\n\nService Comptabilité Fournisseurs\n\nCeci est une réponse automatique.\n"),
   notes='talks about invoices and payment terms but is automatic')

AU('ap_en_autoresponder_30_days', 'en', 'Westbrook Retail Group', 'English AP autoresponder',
   reply_headers(ad('Westbrook Accounts Payable', 'ap@westbrook-retail.example'), OWNER, 'Re: ' + rem_subject(467, 'en') + ' [Auto-Response]',
                 D(30, 9, 30, tz='+0000'), 'westbrook-retail.example', 467, extra=[('Auto-Submitted', 'auto-replied')]),
   T("Thank you for contacting Westbrook Accounts Payable.\n\nThis mailbox is monitored Monday to Friday. Invoices are processed within "
     "30 days of receipt and paid in our weekly payment run. Please do not send duplicate invoices, as this may delay payment.\n\n"
     "For payment status enquiries, allow 5 business days for a response.\n\nThis is an automated message.\n"))

AU('zendesk_fr_demande_recue', 'fr', 'Zendesk helpdesk (Comptoir Numérique)', 'helpdesk ticket acknowledgement',
   reply_headers(ad('Support Le Comptoir Numérique', 'support@comptoir-numerique.example'), OWNER, '[#48213] ' + rem_subject(469, 'fr'),
                 D(30, 9, 31), 'comptoir-numerique.example', 469, extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer')]),
   ALT("##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et est en cours d'examen "
       "par notre équipe. Nous vous répondrons sous 48 h ouvrées.\n\nPour ajouter des informations, répondez simplement à cet e-mail.\n",
       "<p style='color:#b5b5b5'>##- Veuillez écrire votre réponse au-dessus de cette ligne -##</p><p>Votre demande (48213) a bien été reçue "
       "et est en cours d'examen par notre équipe. Nous vous répondrons sous 48&nbsp;h ouvrées.</p>"))

AU('freshdesk_en_ticket_created', 'en', 'Freshdesk helpdesk (Kestrel)', 'English ticket autoresponse',
   reply_headers(ad('Kestrel Finance Desk', 'finance-help@kestrel-robotics.example'), OWNER, 'Ticket Received - ' + rem_subject(481, 'en'),
                 D(30, 9, 40, tz='+0000'), 'kestrel-robotics.example', 481, extra=[('Auto-Submitted', 'auto-replied')]),
   T("Dear Mathilde,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\nTicket ID: #10492\n"
     "A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\n"
     "Kestrel Robotics Finance Desk\n"))

mdn_report = ("Reporting-UA: outlook.hotelia-ra.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;compta.fournisseurs@hotelia-ra.example\n"
              "Original-Message-ID: <dunnerd.417.1@garnier-motion.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
AU('mdn_fr_lu_outlook', 'fr', 'Exchange (Hotelia)', 'read receipt (MDN), "Lu :"',
   [('From', ad('Compta Fournisseurs - Hotelia', 'compta.fournisseurs@hotelia-ra.example')), ('To', OWNER),
    ('Subject', 'Lu : ' + rem_subject(417, 'fr')), ('Date', D(30, 10, 2)), ('Message-ID', mid('hotelia-ra.example'))],
   M('report', [T("Votre message\n\n  À : Compta Fournisseurs\n  Objet : Rappel : facture F-2026-0417 échue\n  Envoyé : lundi 30 novembre "
                  "2026 09:05\n\na été lu le lundi 30 novembre 2026 10:02.\n"),
                RAWP('Content-Type: message/disposition-notification', mdn_report)], ' report-type=disposition-notification;'))

AU('mdn_en_thunderbird_displayed', 'en', 'Thunderbird (Fjordlight)', 'read receipt, English, Thunderbird wording',
   [('From', ad('Ingrid Solberg', 'ingrid.solberg@fjordlight.example')), ('To', OWNER),
    ('Subject', 'Return Receipt (displayed) - ' + rem_subject(473, 'en')), ('Date', D(1, 8, 14)), ('Message-ID', mid('fjordlight.example'))],
   M('report', [T("This is a Return Receipt for the mail that you sent to ingrid.solberg@fjordlight.example.\n\nNote: This Return Receipt only "
                  "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read "
                  "or understood the message contents.\n", cs='us-ascii', cte='7bit'),
                RAWP('Content-Type: message/disposition-notification; name="MDNPart2.txt"',
                     "Reporting-UA: fjordlight.example; Thunderbird\nFinal-Recipient: rfc822;ingrid.solberg@fjordlight.example\n"
                     "Original-Message-ID: <dunnerd.473.1@garnier-motion.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
     ' report-type=disposition-notification;'))

AU('challenge_fr_antispam_verification', 'fr', 'anti-spam challenge service (Garage du Lac)', 'challenge-response: confirm you are human',
   [('From', ad('Protection anti-spam', 'verification@mailguard.example')), ('To', OWNER),
    ('Subject', 'Votre message à garagedulac@example.fr est en attente de validation'), ('Date', D(30, 9, 2)),
    ('Message-ID', mid('mailguard.example')), ('Auto-Submitted', 'auto-replied')],
   ALT("Bonjour,\n\nVous avez envoyé un message à garagedulac@example.fr. Ce destinataire est protégé contre le spam.\nPour que votre "
       "message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :\n"
       "https://verify.mailguard.example/c/8f3a2b\n\nCette validation n'est demandée qu'une seule fois.\n",
       "<p>Bonjour,</p><p>Vous avez envoyé un message à <b>garagedulac@example.fr</b>. Ce destinataire est protégé contre le spam.</p>"
       "<p><a href='https://verify.mailguard.example/c/8f3a2b'>Je confirme être un humain</a></p>"))

AU('ooo_de_en_bilingual', 'de', 'Exchange (Sierra Outdoor)', 'German/English bilingual OOO',
   reply_headers(ad('Jonas Weber', 'j.weber@sierra-outdoor.example'), OWNER, 'Automatische Antwort: ' + rem_subject(493, 'en'),
                 D(4, 9, 0), 'sierra-outdoor.example', 493, extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
   T("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Dezember nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n\n"
     "Thank you for your message. I am out of the office until 8 December inclusive with no access to email.\n\nJonas Weber\n"),
   facts='ooo_until=2026-12-08')

AU('ancienne_adresse_fr_plus_surveillee', 'fr', 'Menuiserie Gauthier (OVH webmail)', 'auto-reply: address no longer monitored',
   reply_headers(ad('Menuiserie Gauthier', 'contact@menuiserie-gauthier.example'), OWNER, 'Re: ' + rem_subject(457, 'fr'),
                 D(30, 9, 10), 'menuiserie-gauthier.example', 457, extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')]),
   T("Message automatique :\n\nCette adresse n'est plus consultée. Merci de renvoyer votre message à menuiserie.gauthier@example.fr.\n\n"
     "Menuiserie Gauthier\n"))

AU('ooo_fr_absente_jusquau_4', 'fr', 'Gmail vacation (Ninon)', 'informal French vacation responder with date range',
   reply_headers(ad('Ninon Lacroix', 'ninon@atelier-ninon.example'), OWNER, 'Re: ' + rem_subject(439, 'fr'),
                 D(30, 9, 8), 'atelier-ninon.example', 439, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')]),
   T("Hello ! La boutique est fermée pour inventaire du 30 novembre au 4 décembre. Je réponds à tous les messages dès ma réouverture "
     "le samedi 5 décembre.\nNinon — Atelier Ninon\n"),
   facts='ooo_until=2026-12-05')

# ================================================================ bounce
BO = 'bounce'
def B(fname, lang, group, pattern, headers, part, facts='', notes=''):
    save(f'{BO}/{fname}.eml', headers, part)
    row(f'{BO}/{fname}.eml', BO, lang, group, pattern, facts=facts,
        notes=notes or f'layout modelled on {group} DSN/NDR (RFC 3464 structure, documented wording); text written')

def orig_msg(n, to, lang='fr'):
    return RAWP('Content-Type: message/rfc822',
                f"From: {OWNER}\nTo: {to}\nSubject: {hdr(rem_subject(n, lang))}\nDate: {D(30, 9, 0)}\nMessage-ID: {rem_id(n)}\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{rem_body(n, '1 000,00', '15 novembre 2026', lang)}\n")

def orig_headers(n, to, lang='fr'):
    return RAWP('Content-Type: text/rfc822-headers',
                f"From: {OWNER}\nTo: {to}\nSubject: {hdr(rem_subject(n, lang))}\nDate: {D(30, 9, 0)}\nMessage-ID: {rem_id(n)}\n")

def dsn(mta, rcpt, action, status, diag, remote=''):
    s = f"Reporting-MTA: dns; {mta}\nArrival-Date: {D(30, 9, 0, 5)}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote:
        s += f"Remote-MTA: dns; {remote}\n"
    s += f"Diagnostic-Code: smtp; {diag}\nLast-Attempt-Date: {D(30, 9, 0, 9)}\n"
    return RAWP('Content-Type: message/delivery-status', s)

r = 'j.moreau@trident-formation.example'
B('gmail_en_550_no_such_user', 'en', 'Gmail', 'Gmail Mail Delivery Subsystem, 550 5.1.1',
  [('From', ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', OWN_A), ('Subject', 'Delivery Status Notification (Failure)'),
   ('Date', D(30, 9, 0, 12)), ('Message-ID', mid('mail.gmail.com')), ('Auto-Submitted', 'auto-replied')],
  M('report', [ALT(f"** Address not found **\n\nYour message wasn't delivered to {r} because the address couldn't be found, or is unable to "
                   "receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. "
                   "Please try double-checking the recipient's email address for typos or unnecessary spaces.\n",
                   f"<html><body><h3>Address not found</h3><p>Your message wasn't delivered to <b>{r}</b> because the address couldn't be found, "
                   "or is unable to receive mail.</p></body></html>"),
               dsn('googlemail.com', r, 'failed', '5.1.1', '550-5.1.1 The email account that you tried to reach does not exist.', 'mx.trident-formation.example'),
               orig_msg(420, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}', notes='owner on Google Workspace; Gmail NDR layout (text + DSN + original)')

r = 'facturation@nova-immo.example'
B('exchange_online_en_recipient_not_found', 'en', 'Exchange Online', 'Microsoft 365 NDR 550 5.1.10',
  [('From', ad('Microsoft Outlook', 'postmaster@outlook.com')), ('To', OWN_A), ('Subject', 'Undeliverable: ' + rem_subject(459, 'fr')),
   ('Date', D(30, 9, 0, 30)), ('Message-ID', mid('outlook.com')), ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')],
  M('report', [ALT(f"Your message to {r} couldn't be delivered.\n\n{r} wasn't found at nova-immo.example.\n\nmathilde    Office 365    facturation\n"
                   "Action Required                     Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n",
                   f"<html><body><p style='font-size:16pt'>Your message to <a href='mailto:{r}'>{r}</a> couldn't be delivered.</p>"
                   f"<p><b>{r}</b> wasn't found at nova-immo.example.</p><p>Unknown To address</p></body></html>"),
               dsn('PR3P189MB1234.EURP189.PROD.OUTLOOK.COM', r, 'failed', '5.1.10',
                   '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
               orig_headers(459, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}')

r = 'aubert.exemple@wanadoo.fr'
B('orange_fr_boite_pleine', 'fr', 'Orange/Wanadoo', 'Orange mailbox full (552 quota)',
  [('From', ad('Mail Delivery System', 'MAILER-DAEMON@orange.fr')), ('To', OWN_A), ('Subject', 'Mail delivery failed: returning message to sender'),
   ('Date', D(2, 16, 30)), ('Message-ID', mid('smtp.orange.fr'))],
  M('report', [T("Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous avez envoyé n'a pas "
                 f"pu être remis à un ou plusieurs destinataires :\n\n  {r}\n    la boîte aux lettres du destinataire est pleine\n"
                 "    552 5.2.2 Quota exceeded (mailbox for user is full)\n"),
               dsn('smtp.orange.fr', r, 'failed', '5.2.2', '552 5.2.2 Mailbox full', 'mwinf5d12.me-wanadoo.net'),
               orig_msg(483, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}', notes='wanadoo.fr address is fictional user at real ISP domain; quota full')

r = 'panierbleu.exemple@free.fr'
B('free_fr_utilisateur_inconnu', 'fr', 'Free (Postfix)', 'Free MAILER-DAEMON, Postfix French-ish wording',
  [('From', ad('Mail Delivery System', 'MAILER-DAEMON@smtp.free.fr')), ('To', OWN_A), ('Subject', 'Undelivered Mail Returned to Sender'),
   ('Date', D(1, 11, 0)), ('Message-ID', mid('smtp.free.fr')), ('Auto-Submitted', 'auto-replied')],
  M('report', [T(f"This is the mail system at host smtp.free.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered "
                 f"to one or more recipients. It's attached below.\n\n                   The mail system\n\n<{r}>: host mx1.free.fr[212.27.48.6] "
                 "said: 550 5.1.1\n    <" + r + ">: Recipient address rejected: user unknown (in reply to RCPT TO\n    command)\n",
                 cs='us-ascii', cte='7bit', extra=['Content-Description: Notification']),
               dsn('smtp.free.fr', r, 'failed', '5.1.1', f'550 5.1.1 <{r}>: Recipient address rejected: user unknown', 'mx1.free.fr'),
               orig_msg(491, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}')

r = 'compta@lumiflux-events.example'
B('ovh_fr_undelivered_550', 'fr', 'OVH mail', 'OVH MX Plan Postfix bounce',
  [('From', ad('Mail Delivery System', 'MAILER-DAEMON@mo123.mail-out.ovh.net')), ('To', OWN_A), ('Subject', 'Undelivered Mail Returned to Sender'),
   ('Date', D(30, 9, 1)), ('Message-ID', mid('mail-out.ovh.net'))],
  M('report', [T("This is the mail system at host mo123.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\nbe "
                 f"delivered to one or more recipients. It's attached below.\n\n<{r}>: host mx1.lumiflux-events.example[192.0.2.25] said:\n"
                 "    550 5.7.1 Mailbox unavailable or access denied (in reply to RCPT TO command)\n", cs='us-ascii', cte='7bit'),
               dsn('mo123.mail-out.ovh.net', r, 'failed', '5.7.1', '550 5.7.1 Mailbox unavailable or access denied', 'mx1.lumiflux-events.example'),
               orig_headers(415, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}')

r = 'direction@arabesque-danse.example'
B('postfix_en_delayed_warning', 'en', 'Postfix', 'delay warning, still retrying',
  [('From', ad('Mail Delivery System', 'MAILER-DAEMON@mail.garnier-motion.fr')), ('To', OWN_A),
   ('Subject', 'Delayed Mail (still being retried)'), ('Date', D(1, 13, 0)), ('Message-ID', mid('mail.garnier-motion.fr'))],
  M('report', [T("This is the mail system at host mail.garnier-motion.fr.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 f"<{r}>: connect to mx.arabesque-danse.example[192.0.2.80]:25:\n    Connection timed out\n", cs='us-ascii', cte='7bit'),
               dsn('mail.garnier-motion.fr', r, 'delayed', '4.4.1', '', ''),
               orig_headers(463, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r};bounce_final=no')

r = 'mcosta@cabinet-morvan.example'
B('exchange_fr_non_remis', 'fr', 'Exchange on-premises', 'French Exchange NDR "Non remis :"',
  [('From', ad("Administrateur système", 'postmaster@morvan-archi.example')), ('To', OWNER),
   ('Subject', 'Non remis : ' + rem_subject(431, 'fr')), ('Date', D(30, 9, 2)), ('Message-ID', mid('morvan-archi.example'))],
  M('report', [T("Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n      Objet :\tRappel : facture F-2026-0431 échue\n"
                 "      Envoyé le :\t30/11/2026 09:00\n\nImpossible de joindre le ou les destinataires suivants :\n\n"
                 f"      '{r}' le 30/11/2026 09:02\n            550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n", cs='iso-8859-1'),
               dsn('EXCH01.morvan-archi.example', r, 'failed', '5.1.1', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'),
               orig_headers(431, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}')

r = 'contact@garage-du-lac.example'
B('qmail_en_no_dsn_part', 'en', 'qmail', 'plain text qmail bounce, no machine-readable part',
  [('From', 'MAILER-DAEMON@mx.garage-du-lac.example'), ('To', OWN_A), ('Subject', 'failure notice'), ('Date', D(1, 9, 40)),
   ('Message-ID', mid('mx.garage-du-lac.example'))],
  T(f"Hi. This is the qmail-send program at mx.garage-du-lac.example.\nI'm afraid I wasn't able to deliver your message to the following "
    f"addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{r}>:\nSorry, no mailbox here by that name. "
    f"(#5.1.1)\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <{OWN_A}>\nFrom: {OWNER}\nTo: {r}\n"
    f"Subject: Rappel : facture F-2026-0475 échue\nMessage-ID: {rem_id(475)}\n\nBonjour,\n...\n", cte='8bit'),
  facts=f'failed_recipient={r}')

r = 'priya.raman@northgate-studios.example'
B('gmail_en_delay_notification', 'en', 'Gmail', 'Gmail "Delivery Status Notification (Delay)"',
  [('From', ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', OWN_A),
   ('Subject', 'Delivery Status Notification (Delay)'), ('Date', D(3, 15, 12)), ('Message-ID', mid('mail.gmail.com'))],
  M('report', [T(f"** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {r}. Gmail will retry for 46 more "
                 "hours. You'll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n"
                 "451 4.3.0 Temporary server error. Please try again later.\n", cs='us-ascii', cte='7bit'),
               dsn('googlemail.com', r, 'delayed', '4.3.0', '451 4.3.0 Temporary server error. Please try again later', 'mx.northgate-studios.example'),
               orig_headers(421, r, 'en')], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r};bounce_final=no')

r = 'v.roussel@groupe-altea.example'
B('postfix_en_rejet_spam_554', 'en', 'Postfix', 'rejected as spam by recipient gateway (554 5.7.1)',
  [('From', ad('Mail Delivery System', 'MAILER-DAEMON@mail.garnier-motion.fr')), ('To', OWN_A),
   ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', D(2, 10, 11)), ('Message-ID', mid('mail.garnier-motion.fr'))],
  M('report', [T("This is the mail system at host mail.garnier-motion.fr.\n\nI'm sorry to have to inform you that your message could not\nbe "
                 f"delivered to one or more recipients. It's attached below.\n\n<{r}>: host filter.groupe-altea.example[192.0.2.14] said:\n"
                 "    554 5.7.1 Message rejected: content considered as spam (score 7.8) (in reply to end of DATA command)\n", cs='us-ascii', cte='7bit'),
               dsn('mail.garnier-motion.fr', r, 'failed', '5.7.1', '554 5.7.1 Message rejected: content considered as spam', 'filter.groupe-altea.example'),
               orig_msg(451, r)], ' report-type=delivery-status;'),
  facts=f'failed_recipient={r}')

# ================================================================ other
OT = 'other'
def O(fname, lang, group, pattern, headers, part, provider='', notes='', crlf=False):
    save(f'{OT}/{fname}.eml', headers, part, crlf=crlf)
    row(f'{OT}/{fname}.eml', OT, lang, group, pattern, provider=provider, notes=notes)

def NH(frm, subj, date, dom, extra=(), to=OWNER, unsub=True):
    h = [('From', frm), ('To', to), ('Subject', subj), ('Date', date), ('Message-ID', mid(dom))]
    if unsub:
        h += [('List-Unsubscribe', f'<https://{dom}/unsubscribe?u=8d2f>, <mailto:unsubscribe@{dom}>'),
              ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    return h + list(extra)

O('ovhcloud_fr_facture_fournisseur', 'fr', 'OVHcloud', 'supplier invoice TO the owner (hosting)',
  NH(ad('OVHcloud', 'noreply@ovh.com'), 'Votre facture OVHcloud FR58214773 est disponible', D(1, 4, 12), 'ovh.com', unsub=False),
  T("Bonjour Mathilde Garnier,\n\nVotre facture FR58214773 d'un montant de 11,99 € TTC est disponible dans votre espace client.\n"
    "Elle sera prélevée sur votre moyen de paiement par défaut le 03/12/2026.\n\nCommande : hébergement Perso - garnier-motion.fr\n\n"
    "Cordialement,\nLe service Facturation OVHcloud\n"), provider='OVHcloud', notes='invoice addressed to the owner; not money in')

O('freepro_fr_facture_box', 'fr', 'Free Pro', 'supplier invoice (internet access) with PDF',
  NH(ad('Free Pro', 'facturation@freepro.fr'), 'Votre facture Free Pro de novembre 2026', D(2, 6, 0), 'freepro.fr', unsub=False),
  M('mixed', [T("Bonjour,\n\nVotre facture Free Pro de novembre 2026 est disponible : 47,99 € TTC, prélevée aux alentours du 08/12/2026.\n\n"
                "L'équipe Free Pro\n"),
              A('Facture_FreePro_202611.pdf', pdf(['FREE PRO - FACTURE', 'Periode : novembre 2026', 'Total TTC : 47,99 EUR']), 'application/pdf')]),
  provider='Free Pro')

O('expert_comptable_fr_honoraires', 'fr', 'Cabinet Lefort & Associés', "accountant's fee invoice written by a person",
  [('From', ad('Cabinet Lefort & Associés', 'facturation@lefort-expertise.example')), ('To', OWNER),
   ('Subject', 'Facture honoraires T4 2026 - GARNIER MOTION'), ('Date', D(3, 11, 30)), ('Message-ID', mid('lefort-expertise.example'))],
  M('mixed', [T("Bonjour Madame Garnier,\n\nVeuillez trouver ci-jointe notre facture d'honoraires n° H26-1187 pour le quatrième trimestre "
                "(tenue comptable et déclarations de TVA), d'un montant de 540,00 € TTC, payable à 30 jours.\n\nNous vous rappelons que "
                "les relevés bancaires de novembre sont à déposer sur votre espace avant le 10 décembre.\n\nBien cordialement,\n"
                "Sophie Lefort\nExpert-comptable\n"),
              A('H26-1187.pdf', pdf(['CABINET LEFORT & ASSOCIES', 'Facture H26-1187', 'Honoraires T4 2026 : 540,00 EUR TTC']), 'application/pdf')]),
  notes='invoice TO the owner, from a supplier; label other even though written by a person')

O('urssaf_fr_nouveau_message', 'fr', 'URSSAF', 'administration: new message in online account',
  NH(ad('Urssaf', 'ne-pas-repondre@urssaf.fr'), 'Vous avez un nouveau message dans votre espace en ligne', D(30, 8, 0), 'urssaf.fr', unsub=False),
  T("Madame,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr :\n« Échéancier de vos cotisations 2027 »\n\n"
    "Pour le consulter, connectez-vous à votre espace, rubrique Messagerie.\n\nVotre Urssaf\n\nCe courriel est envoyé automatiquement, "
    "merci de ne pas y répondre.\n"), provider='URSSAF')

O('impots_fr_avis_cfe', 'fr', 'impots.gouv.fr (DGFiP)', 'administration: CFE notice available',
  NH(ad('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'), 'Votre avis de CFE est disponible dans votre espace professionnel',
     D(1, 7, 30), 'dgfip.finances.gouv.fr', unsub=False),
  T("Madame,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur "
    "impots.gouv.fr. La date limite de paiement est fixée au 15 décembre 2026.\n\nLa Direction générale des Finances publiques\n\n"
    "Ce message a été envoyé automatiquement. Merci de ne pas y répondre.\n"), provider='DGFiP',
  notes='tax notice (owner has to pay); not a movement on the account')

O('malt_fr_message_client', 'fr', 'Malt', 'marketplace notification quoting a prospect',
  NH(ad('Malt', 'notifications@malt.fr'), 'Nouveau message de Benoît (Groupe Sienna) sur Malt', D(2, 14, 22), 'malt.fr'),
  ALT("Bonjour Mathilde,\n\nBenoît de Groupe Sienna vous a envoyé un message :\n\n« Bonjour Mathilde, nous cherchons une motion designer "
      "pour 6 capsules vidéo en janvier. Seriez-vous disponible pour un appel jeudi ? Budget autour de 4 000 €. »\n\nRépondre sur Malt\n\n"
      "Pour votre sécurité, échangez et facturez via Malt.\n",
      "<p>Bonjour Mathilde,</p><p><b>Benoît</b> de Groupe Sienna vous a envoyé un message :</p><blockquote>Bonjour Mathilde, nous cherchons "
      "une motion designer pour 6 capsules vidéo en janvier. Seriez-vous disponible pour un appel jeudi ? Budget autour de 4&nbsp;000&nbsp;€.</blockquote>"
      "<p><a href='https://www.malt.fr/messages'>Répondre sur Malt</a></p>"),
  provider='Malt', notes='quotes a person but the message itself is a platform notification')

O('linkedin_fr_commentaire', 'fr', 'LinkedIn', 'social network notification quoting a comment',
  NH(ad('LinkedIn', 'notifications-noreply@linkedin.com'), 'Antoine Mercier a commenté votre publication', D(3, 12, 5), 'linkedin.com'),
  ALT("Antoine Mercier a commenté votre publication\n\n« Superbe boucle ! Tu l'as faite sous After Effects ou Cavalry ? »\n\n"
      "Voir le commentaire\n\nCet e-mail était destiné à Mathilde Garnier (Motion designer freelance). Se désabonner\n"
      "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n",
      "<table><tr><td><p><b>Antoine Mercier</b> a commenté votre publication</p><p>« Superbe boucle ! Tu l'as faite sous After Effects "
      "ou Cavalry ? »</p><a href='https://www.linkedin.com/feed/'>Voir le commentaire</a></td></tr></table>"), provider='LinkedIn')

O('phishing_qonto_compte_suspendu', 'fr', 'phishing (Qonto lookalike)', 'phishing imitating Qonto: account suspended',
  [('From', ad('Qonto Sécurité', 'securite@qonto-verification.example')), ('To', OWN_A),
   ('Subject', 'Action requise : votre compte Qonto sera suspendu sous 24h'), ('Date', D(2, 3, 14)), ('Message-ID', mid('mailer-x.example')),
   ('Reply-To', 'support-qonto@mailbox.example')],
  ALT("Cher client,\n\nSuite à une mise à jour de la réglementation DSP2, votre compte professionnel doit être vérifié. Sans action de "
      "votre part sous 24h, vos virements entrants seront bloqués.\n\nVérifier mon compte : http://qonto-verification.example/login\n\n"
      "L'équipe Qonto\n",
      "<div style='font-family:Arial'><img src='http://qonto-verification.example/logo.png'><p>Cher client,</p><p>Suite à une mise à jour "
      "de la réglementation DSP2, votre compte professionnel doit être vérifié. Sans action de votre part sous 24h, vos virements entrants "
      "seront <b>bloqués</b>.</p><p><a href='http://qonto-verification.example/login' style='background:#6b5bff;color:#fff;padding:10px'>Vérifier mon compte</a></p></div>"),
  notes='phishing: lookalike domain, urgency, generic greeting')

O('phishing_paypal_paiement_recu', 'fr', 'phishing (PayPal lookalike)', 'phishing mimicking a PayPal payment-received notice',
  [('From', ad('PayPal', 'service@paypa1-notice.example')), ('To', OWN_A),
   ('Subject', 'Vous avez reçu un paiement de 2 450,00 EUR - confirmation requise'), ('Date', D(3, 23, 50)), ('Message-ID', mid('paypa1-notice.example'))],
  ALT("Bonjour,\n\nVous avez reçu un paiement de 2 450,00 EUR de Oakridge Consulting.\nLes fonds sont bloqués jusqu'à la confirmation de votre "
      "identité. Connectez-vous pour libérer le paiement :\nhttps://paypa1-notice.example/signin\n\nPayPal\n",
      "<p>Bonjour,</p><p>Vous avez reçu un paiement de <b>2 450,00 EUR</b> de Oakridge Consulting.</p><p>Les fonds sont bloqués jusqu'à la "
      "confirmation de votre identité.</p><p><a href='https://paypa1-notice.example/signin'>Libérer le paiement</a></p>"),
  notes='phishing that looks like money in: must be other, not payment_notification')

O('spam_fr_vous_avez_gagne', 'fr', 'spam (lottery)', 'spam "vous avez gagné"',
  [('From', ad('Service Gagnants', 'gagnant@promo-jeu.example')), ('To', ad('', OWN_A)),
   ('Subject', '🎁 Félicitations Mathilde, vous avez gagné un iPhone 17 Pro !'), ('Date', D(1, 2, 22)), ('Message-ID', mid('promo-jeu.example'))],
  T("FÉLICITATIONS !!!\n\nVotre adresse a été tirée au sort parmi 10 000 participants. Pour recevoir votre iPhone 17 Pro, il vous suffit "
    "de régler les frais de port de 1,95 € avant minuit :\nhttp://promo-jeu.example/claim?id=44871\n\nOffre limitée.\n", cs='iso-8859-15'))

ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
       "BEGIN:VEVENT\r\nDTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\nDTSTAMP:20261202T101500Z\r\n"
       "ORGANIZER;CN=Julie Marchand:mailto:julie.marchand@pixelis-agence.example\r\nUID:7kq1example0425@google.com\r\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathilde@garnier-motion.fr:mailto:mathilde@garnier-motion.fr\r\n"
       "SUMMARY:Point projet - animation rapport annuel\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
O('google_calendar_fr_invitation', 'fr', 'Google Calendar', 'calendar invitation (text/calendar METHOD:REQUEST)',
  [('From', ad('Julie Marchand (via Google Agenda)', 'calendar-notification@google.com')), ('To', OWN_A),
   ('Reply-To', 'julie.marchand@pixelis-agence.example'), ('Subject', 'Invitation: Point projet - animation rapport annuel @ mar. 8 déc. 2026 10:00 - 11:00 (CET)'),
   ('Date', D(2, 11, 15)), ('Message-ID', mid('google.com'))],
  M('mixed', [M('alternative', [T("Vous avez été invité à l'événement suivant.\n\nPoint projet - animation rapport annuel\nQuand : mar. 8 déc. "
                                  "2026 10:00 - 11:00 (CET)\nParticiper avec Google Meet : https://meet.google.com/abc-defg-hij\n\n"
                                  "Invitation de Google Agenda\n"),
                                RAWP('Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', ics)], preamble=False),
              A('invite.ics', ics.encode(), 'application/ics')]), provider='Google Calendar')

O('doctolib_fr_rappel_rdv', 'fr', 'Doctolib', 'medical appointment reminder',
  NH(ad('Doctolib', 'no-reply@doctolib.fr'), 'Rappel : votre rendez-vous demain à 18h30', D(3, 18, 30), 'doctolib.fr', unsub=False),
  T("Bonjour Mathilde GARNIER,\n\nNous vous rappelons votre rendez-vous :\nvendredi 4 décembre 2026 à 18h30\nDr Hélène Aubry - Kinésithérapeute\n"
    "14 rue de l'Exemple, 69004 Lyon\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.\n\nL'équipe Doctolib\n"),
  provider='Doctolib')

O('colissimo_fr_colis_en_livraison', 'fr', 'Colissimo', 'shipping notice',
  NH(ad('Colissimo', 'noreply@notif-colissimo-laposte.info'), 'Votre colis 6A12345678901 est en cours de livraison', D(3, 7, 45),
     'notif-colissimo-laposte.info', unsub=False),
  T("Bonjour,\n\nVotre colis n° 6A12345678901 expédié par LDLC.com sera livré aujourd'hui.\nSi vous êtes absent, il sera déposé dans le "
    "bureau de poste le plus proche.\n\nColissimo\n"), provider='Colissimo')

O('boursobank_fr_newsletter', 'fr', 'BoursoBank', "a bank's own newsletter / marketing",
  NH(ad('BoursoBank', 'newsletter@info.boursobank.com'), "Décembre : nos offres et les nouveautés de l'appli", D(1, 10, 0), 'info.boursobank.com'),
  ALT("La lettre BoursoBank - décembre 2026\n\n- Nouveau : les virements programmés en un geste\n- Livret+ : taux boosté pour les "
      "nouveaux versements\n- Parrainage : jusqu'à 150 € offerts\n\nVous recevez cet e-mail car vous êtes client BoursoBank. Se désinscrire\n",
      "<h1>La lettre BoursoBank</h1><ul><li>Nouveau : les virements programmés en un geste</li><li>Livret+ : taux boosté</li>"
      "<li>Parrainage : jusqu'à 150&nbsp;€ offerts</li></ul><p style='font-size:10px'>Vous recevez cet e-mail car vous êtes client BoursoBank.</p>"),
  provider='BoursoBank', notes='bank newsletter mentions money amounts (offers) but no movement')

O('bnp_fr_recapitulatif_frais', 'fr', 'BNP Paribas', "bank's annual fee summary",
  NH(ad('BNP Paribas', 'ne-pas-repondre@bnpparibas.com'), 'Votre récapitulatif annuel des frais 2026 est disponible', D(30, 7, 5), 'bnpparibas.com', unsub=False),
  T("Madame,\n\nConformément à la réglementation, votre récapitulatif annuel des frais bancaires perçus en 2026 au titre de votre compte "
    "professionnel est disponible dans votre espace client, rubrique Documents.\n\nBNP Paribas\n"), provider='BNP Paribas',
  notes="bank's own fee notice: other per guide")

O('qonto_fr_facture_abonnement', 'fr', 'Qonto', "neobank's subscription invoice to the owner",
  NH(ad('Qonto', 'no-reply@qonto.com'), 'Votre facture Qonto de novembre est disponible', D(1, 6, 30), 'qonto.com', unsub=False),
  T("Bonjour Mathilde,\n\nVotre facture d'abonnement Qonto (forfait Basic) pour novembre 2026 est disponible : 11,00 € HT.\n"
    "Elle a été débitée de votre compte principal.\n\nL'équipe Qonto\n"), provider='Qonto',
  notes="bank's own fee invoice: other (it mentions a debit but is an invoice)")

O('figma_en_receipt', 'en', 'Figma', 'SaaS billing receipt to the owner',
  NH(ad('Figma', 'billing@figma.com'), 'Your Figma receipt [#2026-1203-88412]', D(3, 2, 4, tz='+0000'), 'figma.com', unsub=False),
  T("Thanks for your payment!\n\nFigma Professional - 1 editor (monthly)\nAmount paid: €15.00\nPaid with Visa ending 3307\n\n"
    "Questions? Visit help.figma.com\n\nFigma, Inc.\n", cs='us-ascii' if False else 'utf-8'), provider='Figma')

O('slack_fr_mention', 'fr', 'Slack', 'SaaS notification quoting a colleague mention',
  NH(ad('Slack', 'feedback@slack.com'), '[Slack] Nouveau message de Julie Marchand dans #rapport-annuel', D(2, 16, 40), 'slack.com'),
  T("Vous avez un nouveau message dans l'espace de travail Pixelis x Freelances.\n\n#rapport-annuel\nJulie Marchand : @Mathilde "
    "les retours du client sont dans le doc, on peut viser la V2 pour mardi ?\n\nOuvrir Slack\n"), provider='Slack')

O('google_fr_alerte_securite', 'fr', 'Google Workspace', 'security alert: new sign-in',
  NH(ad('Google', 'no-reply@accounts.google.com'), 'Alerte de sécurité', D(4, 7, 12), 'accounts.google.com', unsub=False),
  ALT("Nouvelle connexion sur Mac\n\nmathilde@garnier-motion.fr\n\nNous avons remarqué une nouvelle connexion à votre compte Google sur un "
      "appareil Mac. Si c'était vous, aucune action n'est requise. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.\n\n"
      "Vérifier l'activité\n\nVous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google.\n",
      "<h2>Nouvelle connexion sur Mac</h2><p>mathilde@garnier-motion.fr</p><p>Nous avons remarqué une nouvelle connexion à votre compte "
      "Google sur un appareil Mac.</p><a href='https://myaccount.google.com/notifications'>Vérifier l'activité</a>"),
  provider='Google')

O('dropbox_en_password_reset', 'en', 'Dropbox', 'password reset',
  NH(ad('Dropbox', 'no-reply@dropbox.com'), 'Reset your Dropbox password', D(30, 21, 3, tz='+0000'), 'dropbox.com', unsub=False),
  T("Hi Mathilde,\n\nSomeone (hopefully you) has asked us to reset the password for your Dropbox account. Please click the button below "
    "to do so.\n\nReset password: https://www.dropbox.com/password_reset?t=example\n\nIf you didn't request this password reset, you can "
    "ignore this email.\n\nThanks!\n- The Dropbox Team\n"), provider='Dropbox')

O('maddyness_fr_newsletter', 'fr', 'Maddyness', 'media newsletter (HTML-heavy, tracking links)',
  NH(ad('Maddyness', 'newsletter@maddyness.com'), 'La Matinale : les freelances face aux retards de paiement', D(4, 7, 0), 'maddyness.com'),
  ALT("LA MATINALE - vendredi 4 décembre\n\n1. Retards de paiement : 1 facture sur 3 réglée hors délai\n2. Levée de fonds : une fintech "
      "lyonnaise boucle 12 M€\n3. Outils : 5 logiciels de facturation comparés\n\nSe désinscrire\n",
      "<table width='640'><tr><td><h1>La Matinale</h1><p><a href='https://www.maddyness.com/?utm_source=nl'>Retards de paiement : 1 facture sur "
      "3 réglée hors délai</a></p><p>Levée de fonds : une fintech lyonnaise boucle 12&nbsp;M€</p></td></tr></table>"),
  provider='Maddyness', notes='newsletter whose topic is late payment: content words overlap with the task')

O('leboncoin_fr_message_acheteur', 'fr', 'leboncoin', 'marketplace: buyer message quoted',
  NH(ad('leboncoin', 'no-reply@leboncoin.fr'), 'Nouveau message pour « Objectif Sigma 18-35 mm »', D(1, 20, 55), 'leboncoin.fr', unsub=False),
  T("Bonjour Mathilde,\n\nVous avez reçu un nouveau message de Fabrice concernant votre annonce « Objectif Sigma 18-35 mm » :\n\n"
    "« Bonjour, il est toujours dispo ? Je peux vous payer par virement ce soir si vous acceptez 380 €. »\n\nRépondre depuis leboncoin\n"),
  provider='leboncoin', notes='quoted buyer mentions paying by transfer; still a platform notification')

O('amazon_fr_commande_expediee', 'fr', 'Amazon.fr', 'order shipped',
  NH(ad('Amazon.fr', 'expedition@amazon.fr'), 'Votre commande Amazon.fr de "Disque SSD externe 2 To" a été expédiée', D(2, 13, 20), 'amazon.fr', unsub=False),
  ALT("Bonjour Mathilde,\n\nVotre colis est en route ! Arrivée prévue : jeudi 3 décembre.\n\nCommande n° 402-1234567-7654321\n"
      "Disque SSD externe 2 To - Qté : 1\nTotal de la commande : 159,99 €\n\nSuivre votre colis\n",
      "<p>Bonjour Mathilde,</p><p>Votre colis est en route ! Arrivée prévue : <b>jeudi 3 décembre</b>.</p><p>Commande n° 402-1234567-7654321</p>"),
  provider='Amazon')

O('ameli_fr_nouveau_document', 'fr', 'ameli (Assurance Maladie)', 'administration: new document',
  NH(ad("l'Assurance Maladie", 'ne_pas_repondre@assurance-maladie.fr'), 'Un nouveau document est disponible dans votre compte ameli',
     D(30, 13, 0), 'assurance-maladie.fr', unsub=False),
  T("Madame,\n\nUn nouveau document est disponible dans votre compte ameli : votre relevé de remboursements de novembre.\n\nConnectez-vous "
    "sur ameli.fr pour le consulter.\n\nVotre caisse d'Assurance Maladie\n"), provider='Assurance Maladie',
  notes='health-insurance reimbursement statement notice; not a business account movement')

O('phishing_antai_amende', 'fr', 'phishing (ANTAI lookalike)', 'phishing imitating the fines agency',
  [('From', ad('ANTAI - Service Amendes', 'avis@antai-paiement.example')), ('To', OWN_A),
   ('Subject', 'Avis de contravention impayé - majoration imminente'), ('Date', D(4, 5, 31)), ('Message-ID', mid('antai-paiement.example'))],
  T("Madame, Monsieur,\n\nSauf erreur de notre part, votre avis de contravention n° 2611-75-004471 d'un montant de 35,00 € n'a pas été réglé. "
    "Sans paiement sous 48 heures, le montant sera majoré à 375,00 €.\n\nPayer en ligne : http://antai-paiement.example/payer\n"),
  notes='phishing using overdue-payment vocabulary ("impayé", "majoration")')

O('instagram_en_new_followers', 'en', 'Instagram', 'social network digest',
  NH(ad('Instagram', 'no-reply@mail.instagram.com'), 'studio.brume and 4 others started following you', D(3, 19, 0, tz='+0000'), 'mail.instagram.com'),
  T("Hi garnier.motion,\n\nstudio.brume, lyonmotionclub and 3 others started following you.\n\nSee who's following you\n\n"
    "This message was sent to mathilde@garnier-motion.fr. Meta Platforms, Inc.\n"), provider='Instagram')

O('dmarc_en_aggregate_report', 'en', 'Google DMARC reports', 'DMARC aggregate report with zipped XML',
  [('From', 'noreply-dmarc-support@google.com'), ('To', 'dmarc@garnier-motion.fr'),
   ('Subject', 'Report domain: garnier-motion.fr Submitter: google.com Report-ID: 1234567890123456789'), ('Date', D(1, 1, 59, tz='-0800')),
   ('Message-ID', mid('google.com'))],
  M('mixed', [T("This is an aggregate report from google.com.\n", cs='us-ascii', cte='7bit'),
              A('google.com!garnier-motion.fr!1764460800!1764547199.xml', b'<?xml version="1.0"?><feedback><report_metadata><org_name>google.com</org_name>'
                b'</report_metadata><policy_published><domain>garnier-motion.fr</domain><p>none</p></policy_published></feedback>', 'application/xml')]),
  provider='Google', notes='abuse/feedback-type report; sent to a role address of the owner')

O('vimeo_en_video_processed', 'en', 'Vimeo', 'SaaS notification: upload processed',
  NH(ad('Vimeo', 'noreply@vimeo.com'), 'Your video "Teaser Brume V3" is ready', D(2, 11, 59, tz='-0500'), 'vimeo.com', unsub=False),
  T("Your video \"Teaser Brume V3\" has finished processing and is ready to share.\n\nReview link: https://vimeo.com/review/example\n\n"
    "Vimeo, Inc.\n"), provider='Vimeo')

O('spam_en_seo_agency', 'en', 'spam (SEO cold email)', 'cold sales spam',
  [('From', ad('Ryan | Growth Team', 'ryan@rank-boost.example')), ('To', OWN_A), ('Subject', 'Quick question about garnier-motion.fr'),
   ('Date', D(2, 4, 17, tz='+0530')), ('Message-ID', mid('rank-boost.example'))],
  T("Hi there,\n\nI was checking garnier-motion.fr and noticed it's not ranking on the first page of Google for \"motion designer Lyon\".\n"
    "We can guarantee #1 rankings in 30 days or your money back. Can I send you a free audit?\n\nThanks,\nRyan\n\nIf you don't want to hear "
    "from me again, just reply \"no\".\n"), notes='cold spam with a personal tone; not a client')

O('calendly_en_new_event', 'en', 'Calendly', 'scheduling notification quoting invitee answers',
  NH(ad('Calendly', 'notifications@calendly.com'), 'New Event: Benoît Laval - 30 Minute Meeting - 10:00 Wed, Dec 9, 2026', D(3, 16, 5), 'calendly.com', unsub=False),
  T("Hi Mathilde,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Meeting\nInvitee: Benoît Laval\nInvitee Email: "
    "benoit.laval@groupe-sienna.example\nEvent Date/Time: 10:00 - Wednesday, December 9, 2026 (Central European Time)\n\n"
    "Questions:\nPlease share anything that will help prepare for our meeting.\n\"Brief capsules vidéo janvier, budget à caler.\"\n\n"
    "View event in Calendly\n"), provider='Calendly')

O('sncf_fr_ebillet', 'fr', 'SNCF Connect', 'travel confirmation with amount paid',
  NH(ad('SNCF Connect', 'noreply@sncf-connect.com'), 'Votre confirmation de commande - Lyon Part Dieu > Paris Gare de Lyon', D(30, 19, 44), 'sncf-connect.com', unsub=False),
  ALT("Bonjour Mathilde,\n\nMerci pour votre commande.\nAller : mardi 8 décembre 2026 - Lyon Part Dieu 07:04 > Paris Gare de Lyon 09:00 - TGV INOUI 6604\n"
      "Montant payé : 89,00 €\nRéférence de dossier : QWERTY\n\nBon voyage !\n",
      "<p>Bonjour Mathilde,</p><p>Merci pour votre commande.</p><p>Aller : mardi 8 décembre 2026 - Lyon Part Dieu 07:04 &gt; Paris Gare de Lyon 09:00</p>"
      "<p>Montant payé : <b>89,00&nbsp;€</b></p>"), provider='SNCF Connect')

O('substack_en_newsletter', 'en', 'Substack (Motion Notes)', 'English creator newsletter',
  NH(ad('Motion Notes', 'motionnotes@substack.com'), 'Easing curves that don\'t feel robotic', D(4, 15, 0, tz='+0000'), 'substack.com'),
  ALT("Motion Notes - Issue #112\n\nThis week: why your easing feels robotic, a free bounce rig, and three studios hiring freelancers "
      "for Q1.\n\nRead in app\n\nYou're on the free list for Motion Notes. Unsubscribe\n",
      "<h1>Motion Notes</h1><p>This week: why your easing feels robotic, a free bounce rig, and three studios hiring freelancers for Q1.</p>"),
  provider='Substack')

O('phishing_dhl_frais_douane', 'fr', 'phishing (DHL lookalike)', 'parcel phishing asking a small fee',
  [('From', ad('DHL Express', 'suivi@dhl-livraison-fr.example')), ('To', OWN_A),
   ('Subject', 'Votre colis est en attente : frais de douane à régler (2,99 €)'), ('Date', D(30, 6, 12)), ('Message-ID', mid('dhl-livraison-fr.example'))],
  ALT("Cher client,\n\nVotre colis JD014600003827 ne peut pas être livré car des frais de douane de 2,99 € restent impayés.\n"
      "Réglez-les ici : http://dhl-livraison-fr.example/pay\n\nDHL Express\n",
      "<p>Cher client,</p><p>Votre colis <b>JD014600003827</b> ne peut pas être livré car des frais de douane de 2,99&nbsp;€ restent impayés.</p>"
      "<p><a href='http://dhl-livraison-fr.example/pay'>Régler maintenant</a></p>"), notes='phishing; "impayés" wording')

O('shine_fr_newsletter_nouveautes', 'fr', 'Shine', 'neobank product newsletter',
  NH(ad('Shine', 'hello@news.shine.fr'), '✨ Nouveau chez Shine : relancez vos impayés automatiquement', D(2, 9, 30), 'news.shine.fr'),
  ALT("Bonjour Mathilde,\n\nNouveau : les relances automatiques de factures arrivent dans Shine. Envoyez des rappels polis à vos clients "
      "et suivez les paiements reçus en temps réel.\n\nDécouvrir\n\nVous recevez cet e-mail car vous êtes abonné(e) aux actualités Shine.\n",
      "<h1>Nouveau chez Shine</h1><p>Les relances automatiques de factures arrivent dans Shine.</p>"),
  provider='Shine', notes='bank marketing about payment reminders and "paiements reçus"')

# ---------------------------------------------------------------- labels.tsv
with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, COLS, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r_ in ROWS:
        w.writerow({k: str(v).replace('\t', ' ').replace('\n', ' ') for k, v in r_.items()})

if __name__ == '__main__':
    from collections import Counter
    c = Counter(r_['label'] for r_ in ROWS)
    print(dict(c), 'total', len(ROWS))
