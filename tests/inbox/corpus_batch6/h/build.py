#!/usr/bin/env python3
"""Builds dunnerd evaluation set (written_h, split final6). Standard library only."""
import os, base64, quopri, hashlib, email.utils, email.header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final6'
ON, OA = 'Bastien Rigaud', 'bastien@rigaud-studio.fr'
OWNER = 'Bastien Rigaud <bastien@rigaud-studio.fr>'
rows = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity', 'lang',
        'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer', 'reference',
        'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
DOW = {30: 'Mon', 1: 'Tue', 2: 'Wed', 3: 'Thu', 4: 'Fri'}


def D(day, h, m, s=0, tz='+0100'):
    mon = 'Nov' if day == 30 else 'Dec'
    return f'{DOW[day]}, {day:02d} {mon} 2026 {h:02d}:{m:02d}:{s:02d} {tz}'


def h8(s):
    return hashlib.sha1(s.encode()).hexdigest()


def mid(fn, dom):
    x = h8(fn + dom)
    return f'<{x[:12].upper()}.{x[12:20]}@{dom}>'


def A(name, addr):
    return email.utils.formataddr((name, addr), charset='utf-8') if name else addr


def H(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, 'utf-8', maxlinelen=76).encode()


def leaf(text, sub='plain', charset='utf-8', cte='quoted-printable', extra=None):
    b = text.encode(charset)
    if cte == 'quoted-printable':
        body = quopri.encodestring(b).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(b).decode('ascii')
    else:
        body = text
    cs = f'; charset="{charset}"' if charset else ''
    hd = f'Content-Type: text/{sub}{cs}\nContent-Transfer-Encoding: {cte}\n'
    for e in (extra or []):
        hd += e + '\n'
    return hd + '\n' + body.rstrip('\n') + '\n'


def att(data, ctype, filename):
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{filename}"\n\n' + base64.encodebytes(data).decode('ascii'))


def raw_part(ctype, body, extra=None):
    hd = f'Content-Type: {ctype}\n'
    for e in (extra or []):
        hd += e + '\n'
    return hd + '\n' + body.rstrip('\n') + '\n'


_bn = [0]


def multi(sub, parts, params='', preamble='This is a multi-part message in MIME format.'):
    _bn[0] += 1
    b = f'----=_Part_{_bn[0]:04d}_{h8(str(_bn[0]))[:16]}'
    s = f'Content-Type: multipart/{sub}; boundary="{b}"{params}\n\n'
    if preamble:
        s += preamble + '\n'
    for p in parts:
        s += f'\n--{b}\n' + p
    return s + f'\n--{b}--\n'


def pdf(lines):
    """Tiny valid one-page PDF showing the given lines."""
    txt = 'BT /F1 11 Tf 50 780 Td 14 TL ' + ' '.join(
        '(' + l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ") '" for l in lines) + ' ET'
    txt = txt.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length ' + str(len(txt)).encode() + b' >>\nstream\n' + txt + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs)+1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return out


def emit(fn, label, headers, body, lang, group, pattern, provider='', facts='', notes='',
         direction='', amount='', currency='', payer='', reference='', value_date='', counts=''):
    path = os.path.join(OUT, label, fn)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    raw = ''
    for k, v in headers:
        if v is None:
            continue
        raw += f'{k}: {v}\n'
    if not any(k.lower() == 'mime-version' for k, v in headers):
        raw += 'MIME-Version: 1.0\n'
    raw += body
    with open(path, 'wb') as f:
        f.write(raw.encode('utf-8'))
    rows.append(dict(file=f'{label}/{fn}', label=label, source_repo='synthetic', source_path='build.py',
                     source_commit='', license='written for dunnerd', fidelity='synthetic', lang=lang,
                     provider=provider, source_group=group, pattern=pattern, direction=direction,
                     amount=amount, currency=currency, payer=payer, reference=reference,
                     value_date=value_date, counts_as_payment=counts, facts=facts, split=SPLIT, notes=notes))


# ---------------------------------------------------------------- reminders (what the owner sent)
def rem_id(n):
    return f'<dunnerd.{n}.1@rigaud-studio.fr>'


def rem_fr(n, amt, due):
    return (f"Bonjour,\n\nSauf erreur de ma part, la facture F-2026-0{n} d'un montant de {amt} TTC, "
            f"arrivée à échéance le {due}, reste à ce jour impayée.\n\nSi le règlement est déjà parti, merci "
            f"de ne pas tenir compte de ce message. Dans le cas contraire, je vous remercie de bien vouloir "
            f"procéder au paiement dans les meilleurs délais.\n\nBien cordialement,\n\nBastien Rigaud\n"
            f"Rigaud Studio — design & développement web\n06 71 42 88 19 · rigaud-studio.fr\n")


def rem_en(n, amt, due):
    return (f"Hello,\n\nA quick reminder that invoice INV-0{n} for {amt}, due on {due}, still appears as "
            f"unpaid on my side.\n\nIf payment is already on its way, please disregard this message. "
            f"Otherwise I would be grateful if you could arrange it at your earliest convenience.\n\n"
            f"Kind regards,\n\nBastien Rigaud\nRigaud Studio — web design & development\n+33 6 71 42 88 19\n")


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'


def subj_fr(n):
    return f'Rappel : facture F-2026-0{n} échue'


def subj_en(n):
    return f'Reminder: invoice INV-0{n} is overdue'


def reply_hdrs(fn, frm, dom, date, subject, n, to=OWNER, cc=None, extra=None, refs=True):
    h = [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', H(subject)), ('Date', date), ('Message-ID', mid(fn, dom))]
    if n and refs:
        h += [('In-Reply-To', rem_id(n)), ('References', rem_id(n))]
    h += (extra or [])
    return h


UA_TB = ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')
XM_OL = ('X-Mailer', 'Microsoft Outlook 16.0')
XM_IP = ('X-Mailer', 'iPhone Mail (22B91)')

# ============================================================== HUMAN REPLIES
L = 'human_reply'

# 1 fr, promise vendredi, top-posted, gmail-like quote header
n = 418
t = ("Bonjour Bastien,\n\nToutes mes excuses pour le retard, la facture était restée bloquée dans le circuit "
     "de validation. Je fais le virement vendredi.\n\nBonne journée,\nGwenaëlle Le Bihan\nAteliers Kerlann — Brest\n\n"
     "Le lun. 30 nov. 2026 à 09:02, Bastien Rigaud <bastien@rigaud-studio.fr> a écrit :\n" + quote(rem_fr(n, '1 480,00 €', '15/11/2026')))
emit('kerlann_fr_promise_vendredi.eml', L,
     reply_hdrs('k1', A('Gwenaëlle Le Bihan', 'g.lebihan@ateliers-kerlann.fr'), 'ateliers-kerlann.fr', D(1, 10, 47),
                'Re: ' + subj_fr(n), n, extra=[UA_TB]),
     leaf(t), 'fr', 'Ateliers Kerlann', 'top-posted above quoted reminder; "vendredi" said on a Tuesday',
     facts='promise_date=2026-12-04')

# 2 en UK payment run Thursday, long legal signature
n = 457
t = ("Hi Bastien,\n\nThanks for the nudge. INV-0457 has been approved and is included in our next payment run, "
     "which is on Thursday. You should see funds by Friday at the latest.\n\nBest wishes,\n\nEleanor Whitcombe\n"
     "Finance Assistant | Harbour & Finch Ltd\nT: +44 (0)117 496 0321\n\n"
     "Harbour & Finch Ltd is a company registered in England and Wales under company number 09876543. "
     "Registered office: 14 Welsh Back, Bristol BS1 4SP. VAT No. GB 123 4567 89.\n\n"
     "This email and any attachments are confidential and intended solely for the use of the individual or "
     "entity to whom they are addressed. If you have received this email in error please notify the sender "
     "immediately and delete it from your system. Any views or opinions expressed are solely those of the "
     "author and do not necessarily represent those of Harbour & Finch Ltd. We have taken precautions to "
     "minimise the risk of transmitting software viruses, but we advise you to carry out your own virus checks "
     "on any attachment to this message.\n\n"
     "From: Bastien Rigaud <bastien@rigaud-studio.fr>\nSent: 30 November 2026 08:58\nTo: Accounts <accounts@harbourfinch.co.uk>\n"
     "Subject: Reminder: invoice INV-0457 is overdue\n\n" + rem_en(n, '€2,350.00', '16 November 2026'))
emit('harbourfinch_en_payment_run_thursday.eml', L,
     reply_hdrs('hf2', A('Eleanor Whitcombe', 'eleanor.whitcombe@harbourfinch.co.uk'), 'harbourfinch.co.uk',
                D(30, 14, 21, tz='+0000'), 'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t, charset='us-ascii' if False else 'utf-8'), 'en', 'Harbour & Finch Ltd',
     'UK AP reply, Outlook-style quote block, long registered-office + confidentiality footer',
     facts='promise_date=2026-12-03', notes='Sent Monday; "Thursday" = 3 Dec. Also says funds by Friday (expected arrival, not a promise date).')

# 3 fr, "paiement prévu le 15", iPhone
n = 422
t = "Bonjour, paiement prévu le 15. Cordialement\n\nEnvoyé de mon iPhone\n\n> Le 1 déc. 2026 à 08:30, Bastien Rigaud <bastien@rigaud-studio.fr> a écrit :\n>\n" + quote(rem_fr(n, '960,00 €', '20/11/2026'))
emit('vaudrey_fr_iphone_le15.eml', L,
     reply_hdrs('v3', A('Patrick Vaudrey', 'p.vaudrey@vaudrey-menuiserie.fr'), 'vaudrey-menuiserie.fr', D(1, 12, 3),
                'Re: ' + subj_fr(n), n, extra=[XM_IP, ('Content-Language', 'fr-FR')]),
     leaf(t), 'fr', 'Menuiserie Vaudrey', 'one-line promise, bare day-of-month, iPhone signature',
     facts='promise_date=2026-12-15')

# 4 en US "we'll pay on the 10th"
n = 461
t = ("Hey Bastien - sorry about this, we switched accounting software last month and a few vendors fell "
     "through the cracks. We'll pay on the 10th via wire.\n\nThanks for your patience,\nMarcus Delgado\n"
     "Operations Manager, Brightwater Analytics Inc.\n2200 Larimer St, Denver, CO 80205\n\n"
     "On Mon, Nov 30, 2026 at 3:05 AM Bastien Rigaud <bastien@rigaud-studio.fr> wrote:\n" + quote(rem_en(n, '$3,600.00', 'November 20, 2026')))
emit('brightwater_en_pay_on_10th.eml', L,
     reply_hdrs('bw4', A('Marcus Delgado', 'marcus@brightwater-analytics.example'), 'mail.gmail.com',
                D(30, 11, 40, tz='-0700'), 'Re: ' + subj_en(n), n),
     leaf(t, cte='7bit', charset='UTF-8'), 'en', 'Brightwater Analytics Inc.', 'US client, "the 10th", Gmail quote header',
     facts='promise_date=2026-12-10')

# 5 fr tutoiement, fin de la semaine prochaine
n = 427
t = ("Salut Bastien,\n\nOui oui je sais, j'ai pris du retard sur tout ce mois-ci 😅 Je te règle ça d'ici la fin "
     "de la semaine prochaine, promis.\n\nBises,\nJuliette\n")
emit('juliette_fr_tu_fin_semaine_prochaine.eml', L,
     reply_hdrs('j5', A('Juliette Armand', 'juliette@armand-photo.fr'), 'armand-photo.fr', D(2, 22, 14),
                'Re: ' + subj_fr(n), n),
     leaf(t, cte='8bit'), 'fr', 'Juliette Armand Photographie', 'informal tu, emoji, no quote, 8bit utf-8',
     facts='promise_date=2026-12-11', notes='"d\'ici la fin de la semaine prochaine" on Wed 2 Dec -> Fri 11 Dec (end of next week).')

# 6 en Irish next week
n = 463
t = ("Hi Bastien,\n\nApologies - our finance lead is on leave this week and she's the only one who can release "
     "payments. It'll be sorted next week, I've flagged it for her return.\n\nRegards,\nCiarán Ó Súilleabháin\n"
     "Project Lead, Tidewell Digital\nDogpatch Labs, Dublin 1\n")
emit('tidewell_en_ie_next_week.eml', L,
     reply_hdrs('tw6', A('Ciarán Ó Súilleabháin', 'ciaran@tidewell.example'), 'tidewell.example', D(1, 16, 12, tz='+0000'),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Tidewell Digital', 'Irish client, vague "next week", non-ASCII name in header',
     facts='promise_date=week_of_2026-12-07')

# 7 fr dispute, recette non validée
n = 431
t = ("Bonjour Monsieur Rigaud,\n\nNous avons bien reçu votre relance concernant la facture F-2026-0431.\n\n"
     "Nous contestons cette facture : la recette du module de réservation n'a pas été validée de notre côté, "
     "plusieurs anomalies bloquantes restent ouvertes (cf. notre mail du 12 novembre). Conformément à l'article 6 "
     "du bon de commande, le solde n'est exigible qu'après validation de la recette.\n\nNous restons à votre "
     "disposition pour planifier une réunion de recette.\n\nCordialement,\n\nSophie Marchetti\nDirectrice des "
     "systèmes d'information\nCamping Les Pins Dorés — 83240 Cavalaire-sur-Mer\n")
emit('pinsdores_fr_dispute_recette.eml', L,
     reply_hdrs('pd7', A('Sophie Marchetti', 's.marchetti@pins-dores.fr'), 'pins-dores.fr', D(1, 9, 31),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t, charset='windows-1252'), 'fr', 'Camping Les Pins Dorés', 'formal dispute, windows-1252 QP',
     facts='dispute=yes')

# 8 en German client in English, amount dispute
n = 466
t = ("Dear Mr Rigaud,\n\nthank you for your reminder. However we cannot pay invoice INV-0466 in its current form. "
     "Our order (PO 7710-2231) states a fixed price of EUR 3,200.00 for the landing page project, your invoice "
     "is over EUR 4,150.00 and lists additional hours which we did not order in writing.\n\nPlease send us a "
     "corrected invoice for the agreed amount, then we will release payment immediately.\n\nWith kind regards\n\n"
     "Katharina Vogel\nEinkauf / Purchasing\nKessler Maschinenbau GmbH\nIndustriestraße 12, 73033 Göppingen\n\n"
     "Geschäftsführer: Dr. Rainer Kessler, Jörg Kessler | Amtsgericht Ulm HRB 530211 | USt-IdNr. DE812345678\n")
emit('kessler_en_de_dispute_amount.eml', L,
     reply_hdrs('ke8', A('Vogel, Katharina', 'k.vogel@kessler-maschinenbau.example'), 'kessler-maschinenbau.example',
                D(2, 8, 15), 'AW: ' + subj_en(n), n, extra=[XM_OL, ('Content-Language', 'de-DE')]),
     leaf(t, charset='iso-8859-1'), 'en', 'Kessler Maschinenbau GmbH', 'German client writing English, AW: prefix, ISO-8859-1, HRB footer',
     facts='dispute=yes', notes='Asks for a corrected invoice, which is part of the dispute rather than a resend request.')

# 9 fr already paid with date
n = 419
t = ("Bonjour,\n\nLe virement a été effectué le 27 novembre depuis notre compte Crédit Mutuel, vous devriez "
     "le voir apparaître sous peu. Libellé : \"FACT F-2026-0419 RIGAUD\".\n\nCordialement,\n"
     "Hélène Fabre — Comptabilité\nSCI Les Tilleuls\n\n-----Message d'origine-----\nDe : Bastien Rigaud <bastien@rigaud-studio.fr>\n"
     "Envoyé : lundi 30 novembre 2026 09:01\nÀ : compta@sci-tilleuls.fr\nObjet : " + subj_fr(n) + "\n\n" + rem_fr(n, '720,00 €', '10/11/2026'))
emit('tilleuls_fr_deja_paye_27nov.eml', L,
     reply_hdrs('ti9', A('Hélène Fabre', 'compta@sci-tilleuls.fr'), 'sci-tilleuls.fr', D(30, 15, 2),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t), 'fr', 'SCI Les Tilleuls', 'already paid with explicit date, French Outlook "Message d\'origine" block',
     facts='already_paid=2026-11-27')

# 10 en already paid claimed no date
n = 470
t = "This was paid already, please check your account.\n\nTom\n\nSent from Outlook for Android\n"
emit('greyhound_en_paid_claimed.eml', L,
     reply_hdrs('gh10', A('Tom Pritchard', 'tom@greyhoundcycles.co.uk'), 'greyhoundcycles.co.uk', D(3, 7, 12, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t, cte='7bit', charset='us-ascii'), 'en', 'Greyhound Cycles', 'terse already-paid claim, no date, mobile sig',
     facts='already_paid=claimed')

# 11 fr forwarded bank confirmation (BNP) inside client mail
n = 424
fwd = ("---------- Forwarded message ---------\nDe : BNP Paribas <ne-pas-repondre@mabanque.bnpparibas>\n"
       "Date: lun. 30 nov. 2026 à 11:48\nSubject: Confirmation de votre virement\nTo: <direction@boulangerie-maillard.fr>\n\n"
       "Bonjour,\n\nNous vous confirmons l'exécution de votre virement SEPA :\n\nBénéficiaire : RIGAUD STUDIO\n"
       "IBAN : FR76 1695 8000 01** **** **** *57\nMontant : 540,00 EUR\nMotif : F-2026-0424\nDate d'exécution : 30/11/2026\n\n"
       "BNP Paribas\nCeci est un message automatique, merci de ne pas y répondre.\n")
t = ("Bonjour,\n\nJe vous transfère la confirmation de la banque, le virement est parti lundi.\n\nBien à vous,\n"
     "Didier Maillard\nBoulangerie Maillard\n\n" + fwd)
emit('maillard_fr_fwd_bnp_confirmation.eml', L,
     reply_hdrs('bm11', A('Didier Maillard', 'direction@boulangerie-maillard.fr'), 'boulangerie-maillard.fr', D(1, 6, 55),
                'Re: ' + subj_fr(n), n),
     leaf(t), 'fr', 'Boulangerie Maillard', 'client forwards the bank\'s outgoing-transfer confirmation inline',
     facts='already_paid=2026-11-30', notes='Contains a BNP notice text but the message is a human forward: human_reply.')

# 12 en Dutch, PDF remittance attached
n = 472
t = ("Dear Bastien,\n\nPlease find attached the payment confirmation from our bank. The amount was transferred on "
     "1 December, so it may take a day to arrive.\n\nMet vriendelijke groet / Kind regards,\n\nSanne de Groot\n"
     "Office Manager | Studio Veldman B.V.\nKeizersgracht 221, 1016 DV Amsterdam\nKvK 71234567\n")
p = pdf(['ING Bank N.V. - Betalingsbevestiging / Payment confirmation', '', 'Opdrachtgever: Studio Veldman B.V.',
         'Begunstigde: RIGAUD STUDIO', 'IBAN begunstigde: FR76 1695 8000 0100 0000 0000 057', 'Bedrag: EUR 1.890,00',
         'Omschrijving: INV-0472', 'Datum: 01-12-2026', 'Status: Uitgevoerd'])
body = multi('mixed', [leaf(t), att(p, 'application/pdf', 'Betalingsbevestiging_INV-0472.pdf')])
emit('veldman_en_nl_paid_pdf.eml', L,
     reply_hdrs('sv12', A('Sanne de Groot', 'sanne@studioveldman.example'), 'studioveldman.example', D(2, 10, 5),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     body, 'en', 'Studio Veldman B.V.', 'Dutch client in English, bank payment confirmation PDF attached',
     facts='already_paid=2026-12-01')

# 13 fr request invoice
n = 433
t = ("Bonjour,\n\nPouvez-vous me renvoyer la facture F-2026-0433 ? Je ne la retrouve ni dans mes mails ni sur "
     "notre plateforme fournisseurs. Idéalement en PDF avec notre numéro de commande BC-2026-118.\n\nMerci,\n"
     "Nathalie Costes\nAssistante de gestion — Cabinet Orthalis\n")
emit('orthalis_fr_renvoyer_facture.eml', L,
     reply_hdrs('or13', A('Nathalie Costes', 'n.costes@orthalis.fr'), 'orthalis.fr', D(30, 11, 20),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t), 'fr', 'Cabinet Orthalis', 'asks for the invoice again, with PO number',
     facts='request_invoice=yes')

# 14 en IBAN request
n = 474
t = ("Hello Bastien,\n\nTo set you up as a new supplier in our system I need your IBAN and BIC, ideally on "
     "headed paper or a bank letter (our auditors insist on it since a fraud attempt last year). Once that's in, "
     "the invoice can be paid.\n\nMany thanks,\nRhiannon Pugh\nPurchase Ledger, Gwalia Outdoor Ltd\n")
emit('gwalia_en_iban_request.eml', L,
     reply_hdrs('gw14', A('Rhiannon Pugh', 'purchase.ledger@gwalia-outdoor.example'), 'gwalia-outdoor.example',
                D(1, 13, 45, tz='+0000'), 'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Gwalia Outdoor Ltd', 'supplier onboarding: IBAN/BIC on letterhead',
     facts='request_rib=yes')

# 15 fr RIB + promise demain
n = 436
t = ("Bonjour Bastien,\n\nAh oui pardon. Envoyez-moi votre RIB (je ne l'ai pas sur la facture) et je lance le "
     "virement demain matin.\n\nFrédéric\n")
emit('lacaze_fr_rib_demain.eml', L,
     reply_hdrs('lc15', A('Frédéric Lacaze', 'frederic.lacaze@lacaze-immo.fr'), 'lacaze-immo.fr', D(3, 18, 32),
                'Re: ' + subj_fr(n), n),
     leaf(t), 'fr', 'Lacaze Immobilier', 'RIB request combined with conditional promise "demain"',
     facts='request_rib=yes;promise_date=2026-12-04')

# 16 fr "Noté." no charset declared, 8bit
n = 437
raw = 'Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nNoté.\n\nJ.-M. Pelletier\n'
emit('pelletier_fr_note_no_charset.eml', L,
     reply_hdrs('jp16', A('Jean-Marc Pelletier', 'jm.pelletier@pelletier-transports.fr'), 'pelletier-transports.fr',
                D(30, 17, 59), 'Re: ' + subj_fr(n), n), raw, 'fr', 'Pelletier Transports',
     'one-word reply, 8bit UTF-8 without charset parameter (broken MIME)')

# 17 fr ok merci
n = 438
t = "ok merci\n\n\nLe mar. 1 déc. 2026 à 08:31, Bastien Rigaud <bastien@rigaud-studio.fr> a écrit :\n" + quote(rem_fr(n, '300,00 €', '25/11/2026'))
emit('bouvier_fr_ok_merci.eml', L,
     reply_hdrs('bo17', A('Léa Bouvier', 'lea.bouvier@bouvier-yoga.fr'), 'bouvier-yoga.fr', D(1, 9, 2),
                'Re: ' + subj_fr(n), n),
     leaf(t), 'fr', 'Bouvier Yoga', 'two-word acknowledgement above quote')

# 18 en thanks noted
n = 476
t = "Thanks, noted.\n\nAlex\n"
emit('northloop_en_thanks_noted.eml', L,
     reply_hdrs('nl18', A('Alex Kowalski', 'alex@northloop.example'), 'northloop.example', D(30, 16, 10, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t, cte='7bit', charset='us-ascii'), 'en', 'Northloop Ltd', 'minimal acknowledgement')

# 19 fr reply from different address
n = 439
t = ("Bonjour,\n\nJe vous réponds depuis mon adresse perso car je suis en déplacement. J'ai transmis votre "
     "relance à notre expert-comptable qui gère les paiements fournisseurs, il devrait revenir vers vous.\n\n"
     "Yannick Guérin\nGérant — Brasserie du Quai\n")
emit('brasseriequai_fr_other_address.eml', L,
     [('From', A('Yannick Guérin', 'yannick.guerin@example.net')), ('To', OWNER),
      ('Subject', H('Re: ' + subj_fr(n))), ('Date', D(2, 7, 48)), ('Message-ID', mid('bq19', 'example.net')),
      ('In-Reply-To', rem_id(n))],
     leaf(t), 'fr', 'Brasserie du Quai', 'replies from a personal address, not the one reminded; passes to accountant',
     notes='Reminder was sent to contact@brasserie-du-quai.fr.')

# 20 en HTML-only Outlook, Friday batch
n = 478
html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;'
        'font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1">'
        '<div class="WordSection1"><p class="MsoNormal">Hi Bastien,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">I approved INV-0478 this morning. It will go out in Friday&#8217;s payment batch.<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Kind regards,<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Priya Raman</b> | Head of Marketing<br>Lumen &amp; Co Ltd<o:p></o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> '
        'Bastien Rigaud &lt;bastien@rigaud-studio.fr&gt;<br><b>Sent:</b> 01 December 2026 08:32<br><b>To:</b> Priya Raman<br>'
        '<b>Subject:</b> Reminder: invoice INV-0478 is overdue</p></div><p class="MsoNormal">Hello,<br>A quick reminder that '
        'invoice INV-0478 for &#8364;1,200.00, due on 18 November 2026, still appears as unpaid on my side.</p></div></body></html>')
emit('lumen_en_outlook_html_friday.eml', L,
     reply_hdrs('lu20', A('Priya Raman', 'priya.raman@lumenandco.example'), 'lumenandco.example', D(1, 11, 5, tz='+0000'),
                'RE: ' + subj_en(n), n, extra=[XM_OL, ('Thread-Index', 'AdtD3kzQm1xv8JrpTQ2vR4nFq7cXYw==')]),
     leaf(html, 'html'), 'en', 'Lumen & Co Ltd', 'HTML-only Outlook (MsoNormal), "Friday\'s payment batch"',
     facts='promise_date=2026-12-04')

# 21 fr HTML-only windows-1252, question TVA
n = 441
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        '<div style="font-family:Calibri;font-size:11pt"><p>Bonjour,</p><p>Avant de valider le paiement, notre service '
        'comptable me demande si le montant de la facture F-2026-0441 inclut la TVA, et quel est votre numéro de TVA '
        'intracommunautaire (il n\'apparaît pas sur le document).</p><p>Merci d\'avance,</p><p>Cordialement,<br>'
        '<b>Aurélie Dumont</b><br>Responsable communication<br>Mutuelle Solidaris Ouest</p></div></body></html>')
emit('solidaris_fr_html_question_tva.eml', L,
     reply_hdrs('so21', A('DUMONT Aurélie', 'aurelie.dumont@solidaris-ouest.fr'), 'solidaris-ouest.fr', D(2, 14, 37),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(html, 'html', charset='windows-1252'), 'fr', 'Mutuelle Solidaris Ouest',
     'HTML-only, windows-1252, question about VAT number (no dispute, no request)')

# 22 fr forward to colleague, owner in Cc
n = 443
t = ("Bonjour Sandrine,\n\nPeux-tu regarder ce rappel et faire le nécessaire ? La prestation a bien été livrée, "
     "c'est OK pour moi.\n\nMerci,\nOlivier\n\n-------- Message transféré --------\nSujet : " + subj_fr(n) +
     "\nDate : Mon, 30 Nov 2026 09:03:11 +0100\nDe : Bastien Rigaud <bastien@rigaud-studio.fr>\nPour : olivier.renaud@editions-lierre.fr\n\n" +
     rem_fr(n, '2 100,00 €', '12/11/2026'))
emit('lierre_fr_fwd_colleague_cc.eml', L,
     [('From', A('Olivier Renaud', 'olivier.renaud@editions-lierre.fr')),
      ('To', A('Sandrine Bastide', 'sandrine.bastide@editions-lierre.fr')), ('Cc', OWNER),
      ('Subject', H('Tr: ' + subj_fr(n))), ('Date', D(30, 10, 26)), ('Message-ID', mid('el22', 'editions-lierre.fr')), UA_TB],
     leaf(t), 'fr', 'Éditions du Lierre', 'forward to a colleague with the owner in Cc, approval of the work',
     notes='Not addressed to the owner; no promise with a date.')

# 23 en forward to colleague, owner cc
n = 480
t = ("Hi Daniel,\n\nCan you make sure this one goes out? Bastien did the checkout redesign for us in October, "
     "all signed off. Copying him so he knows it's in hand.\n\nCheers,\nHannah\n\n"
     "---------- Forwarded message ---------\nFrom: Bastien Rigaud <bastien@rigaud-studio.fr>\nDate: Tue, 1 Dec 2026 at 08:33\n"
     "Subject: " + subj_en(n) + "\nTo: Hannah Brooks <hannah@oakandember.example>\n\n" + rem_en(n, '€2,640.00', '20 November 2026'))
emit('oakember_en_fwd_to_ap_cc.eml', L,
     [('From', A('Hannah Brooks', 'hannah@oakandember.example')), ('To', A('Daniel Okafor', 'daniel.okafor@oakandember.example')),
      ('Cc', OWNER), ('Subject', 'Fwd: ' + subj_en(n)), ('Date', D(1, 12, 50, tz='+0000')),
      ('Message-ID', mid('oe23', 'mail.gmail.com'))],
     leaf(t, cte='7bit', charset='UTF-8'), 'en', 'Oak & Ember', 'forward to AP colleague, owner Cc\'d, no date given')

# 24 fr negation + début janvier
n = 445
t = ("Bonjour Monsieur Rigaud,\n\nNous ne contestons pas la facture, le travail est conforme. En revanche je n'ai "
     "pas encore pu payer : notre trésorerie est très tendue avant la clôture annuelle. Je vous propose de régler "
     "début janvier, dès l'encaissement de nos subventions.\n\nEn vous remerciant de votre compréhension,\n"
     "Marie-Claude Besson\nPrésidente, Association Les Petits Débrouillards du Jura\n")
emit('debrouillards_fr_negation_debut_janvier.eml', L,
     reply_hdrs('pd24', A('Marie-Claude Besson', 'presidence@debrouillards-jura.fr'), 'debrouillards-jura.fr', D(2, 19, 12),
                'Re: ' + subj_fr(n), n),
     leaf(t, charset='iso-8859-1'), 'fr', 'Association Débrouillards du Jura',
     'negations: "ne contestons pas", "n\'ai pas encore pu payer"; "début janvier"',
     facts='promise_date=early_2027-01')

# 25 en negation + PO resend
n = 482
t = ("Hi Bastien,\n\nTo be clear, we're not disputing the invoice at all. It hasn't been paid yet only because "
     "it came in without a purchase order number and our system rejected it. Could you resend the invoice with "
     "PO 4500123987 on it? It'll then go through automatically.\n\nBest,\nGraham Hollis\nFacilities, Pennine Water Solutions\n")
emit('pennine_en_not_disputing_resend.eml', L,
     reply_hdrs('pw25', A('Graham Hollis', 'graham.hollis@penninewater.example'), 'penninewater.example', D(3, 9, 44, tz='+0000'),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Pennine Water Solutions', '"not disputing" negation, asks for invoice resent with PO',
     facts='request_invoice=yes')

# 26 fr tu, ce soir
n = 446
t = "Salut Bastien !\nDésolé j'ai complètement zappé… je te fais le virement ce soir.\nA+\nKev\n\nEnvoyé de mon iPhone\n"
emit('kevin_fr_tu_ce_soir.eml', L,
     reply_hdrs('kv26', A('Kévin Moulin', 'kevin@moulin-events.fr'), 'moulin-events.fr', D(2, 13, 8),
                'Re: ' + subj_fr(n), n, extra=[XM_IP]),
     leaf(t, cte='base64'), 'fr', 'Moulin Events', 'tu, "ce soir", base64 body from iPhone',
     facts='promise_date=2026-12-02')

# 27 en rude complaint
n = 484
t = ("Bastien,\n\nThis is the third reminder in ten days. We pay all suppliers on 45-day terms, which is what "
     "our standard terms say, and I'd appreciate it if you stopped sending automated chasers.\n\nJ. Sutherland\n"
     "Finance Director\n")
emit('caledon_en_rude_complaint.eml', L,
     reply_hdrs('cd27', A('James Sutherland', 'j.sutherland@caledonprint.example'), 'caledonprint.example', D(3, 15, 20, tz='+0000'),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Caledon Print Ltd', 'irritated complaint about reminders, cites payment terms',
     notes='Complains about reminders/terms, does not contest the invoice or the work: no dispute fact; no date.')

# 28 fr complaint 60 jours
n = 448
t = ("Monsieur,\n\nVos relances automatiques sont pour le moins désagréables. Comme indiqué dans nos conditions "
     "générales d'achat, que vous avez signées, nos règlements interviennent à 60 jours fin de mois. Votre facture "
     "sera donc réglée à l'échéance prévue, ni avant ni après.\n\nSalutations,\n\nR. Château\nDirection administrative et financière\n"
     "GROUPE HAVILAND SERVICES\n\n" + "_" * 60 + "\nCe message et toutes les pièces jointes sont établis à l'intention "
     "exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire "
     "et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute "
     "diffusion ou publication, totale ou partielle, est interdite, sauf autorisation expresse.\n")
emit('haviland_fr_plainte_60jours.eml', L,
     reply_hdrs('hv28', A('Château Rémi', 'remi.chateau@haviland-services.fr'), 'haviland-services.fr', D(1, 17, 40),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t, charset='windows-1252'), 'fr', 'Groupe Haviland Services',
     'complaint citing 60-days-end-of-month terms, long confidentiality disclaimer',
     notes='Says it will be paid at the contractual due date without naming it: no promise_date, no dispute.')

# 29 en question reverse charge
n = 486
t = ("Hi Bastien,\n\nQuick question before I process this: your invoice shows French VAT at 20%. As we're a "
     "UK business, shouldn't this be reverse charge? Could you confirm how you'd like us to handle it?\n\n"
     "Thanks,\nOlivia Chen\nBookkeeper, Fenwick & Lowe Architects\n")
emit('fenwick_en_question_vat.eml', L,
     reply_hdrs('fl29', A('Olivia Chen', 'olivia@fenwicklowe.example'), 'fenwicklowe.example', D(30, 13, 15, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t), 'en', 'Fenwick & Lowe Architects', 'VAT treatment question, not a dispute')

# 30 fr partial payment + promise
n = 440
t = ("Bonjour,\n\nPour rappel nous avons réglé un acompte de 50 % le 20 novembre (1 150,00 €). Le solde sera payé le "
     "18 décembre, à réception du bon de livraison signé.\n\nCordialement,\nService comptabilité\nVignobles Castéra\n")
emit('castera_fr_acompte_solde_18.eml', L,
     reply_hdrs('vc30', A('Comptabilité Vignobles Castéra', 'compta@vignobles-castera.fr'), 'vignobles-castera.fr', D(2, 11, 0),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t), 'fr', 'Vignobles Castéra', 'partial payment already made + dated promise for balance',
     facts='already_paid=2026-11-20;promise_date=2026-12-18', notes='already_paid refers to a 50% deposit only.')

# 31 en US date format 12/15
n = 488
t = ("Hi,\n\nPayment for INV-0488 is scheduled for 12/15 via ACH/international wire. Remittance will be emailed "
     "from our AP system once it's released.\n\nRegards,\nDana Whitfield\nAccounts Payable Specialist\nRedwood Ridge Software, LLC\n")
emit('redwood_en_us_date_1215.eml', L,
     reply_hdrs('rr31', A('Dana Whitfield', 'ap@redwoodridge.example'), 'redwoodridge.example', D(1, 10, 22, tz='-0800'),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Redwood Ridge Software', 'US date format MM/DD',
     facts='promise_date=2026-12-15')

# 32 en UK 4/12
n = 490
t = ("Morning Bastien,\n\nSorry for the delay - will pay by 4/12 at the latest, just waiting on sign-off from "
     "the MD.\n\nCheers\nGareth\n\n--\nGareth Hughes | Thistle Print Co.\n")
emit('thistle_en_uk_date_412.eml', L,
     reply_hdrs('tp32', A('Gareth Hughes', 'gareth@thistleprint.example'), 'thistleprint.example', D(1, 9, 5, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t), 'en', 'Thistle Print Co.', 'UK date format D/M ("4/12" = 4 December)',
     facts='promise_date=2026-12-04')

# 33 fr lundi
n = 450
t = "Bonjour,\n\nc'est validé de notre côté, le virement part lundi.\n\nBien cordialement\nEmmanuel Roux\nRoux & Fils Plomberie\n"
emit('roux_fr_lundi.eml', L,
     reply_hdrs('rf33', A('Emmanuel Roux', 'e.roux@roux-plomberie.fr'), 'roux-plomberie.fr', D(3, 16, 44),
                'Re: ' + subj_fr(n), n),
     leaf(t), 'fr', 'Roux & Fils Plomberie', '"lundi" said on a Thursday -> next Monday',
     facts='promise_date=2026-12-07')

# 34 fr avoir missing -> dispute
n = 451
t = ("Bonjour,\n\nNous ne pouvons pas régler la facture en l'état : la journée d'atelier du 6 novembre a été annulée "
     "à votre demande et figure pourtant sur la facture (650 € HT). Merci de nous faire parvenir un avoir ou une "
     "facture rectifiée.\n\nCordialement,\nClaire Nguyen\nRH — Biolab Santé\n")
emit('biolab_fr_avoir_conteste.eml', L,
     reply_hdrs('bl34', A('Claire Nguyen', 'claire.nguyen@biolab-sante.fr'), 'biolab-sante.fr', D(30, 16, 30),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t), 'fr', 'Biolab Santé', 'contests one billed line, asks for credit note',
     facts='dispute=yes', notes='Asks for a credit note / corrected invoice: treated as dispute, not request_invoice.')

# 35 en German GmbH legal footer, 8 December
n = 492
t = ("Dear Bastien,\n\nthank you for your message. The transfer for INV-0492 will be executed on 8 December "
     "together with our other supplier payments.\n\nBest regards\nMoritz Brandt\nBuchhaltung\n\n--\n"
     "Nordlicht Medien GmbH\nHafenstraße 44 | 20359 Hamburg | Germany\nTel. +49 40 1234567-0\n\n"
     "Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg, HRB 123456\n"
     "Geschäftsführung: Anja Petersen, Lars Meyer | USt-IdNr.: DE298765432\n\n"
     "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
     "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
     "vernichten Sie diese Mail. This e-mail may contain confidential and/or privileged information. If you are not "
     "the intended recipient (or have received this e-mail in error) please notify the sender immediately and "
     "destroy this e-mail.\n")
emit('nordlicht_en_de_8december_footer.eml', L,
     reply_hdrs('nm35', A('Moritz Brandt', 'buchhaltung@nordlicht-medien.example'), 'nordlicht-medien.example', D(2, 15, 0),
                'AW: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Nordlicht Medien GmbH', 'German company writing English, bilingual legal footer',
     facts='promise_date=2026-12-08')

# 36 fr long signature, already paid 2 dec with ref
n = 453
t = ("Bonjour,\n\nRèglement effectué par virement le 2 décembre, référence VIR-88213.\n\nCordialement,\n\n"
     "Agnès Lefranc\nGestionnaire comptable fournisseurs\nDirection Financière\nTRANSPORTS VIGNAL SAS\n"
     "ZI des Grèves – 35400 Saint-Malo\nTél. : 02 99 00 00 00\nwww.transports-vignal.fr\n\n"
     "Pensez à l'environnement avant d'imprimer ce message.\n\n"
     "AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et soumis au secret des "
     "correspondances. Ils sont destinés exclusivement à leurs destinataires. Toute modification, édition, "
     "utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de "
     "le détruire et d'en informer l'expéditeur. TRANSPORTS VIGNAL décline toute responsabilité au titre de ce "
     "message s'il a été altéré, déformé ou falsifié.\n")
emit('vignal_fr_paye_2dec_disclaimer.eml', L,
     reply_hdrs('tv36', A('LEFRANC Agnès', 'agnes.lefranc@transports-vignal.fr'), 'transports-vignal.fr', D(3, 10, 12),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t, charset='windows-1252'), 'fr', 'Transports Vignal', 'already paid with date and reference, long disclaimer',
     facts='already_paid=2026-12-02')

# 37 en Dutch paid Monday
n = 494
t = ("Hi Bastien,\n\nWe paid this on Monday, so it should be on your account by now. Let me know if not and "
     "I'll ask our bank for a trace.\n\nGroetjes,\nJoost van Dijk\nBloeiend Design\n")
emit('bloeiend_en_nl_paid_monday.eml', L,
     reply_hdrs('bd37', A('Joost van Dijk', 'joost@bloeiend.example'), 'bloeiend.example', D(2, 17, 30),
                'Re: ' + subj_en(n), n),
     leaf(t), 'en', 'Bloeiend Design', 'relative past date "on Monday" said on a Wednesday',
     facts='already_paid=2026-11-30')

# 38 fr never received invoice
n = 454
t = ("Bonjour,\n\nJe n'ai jamais reçu cette facture. Pouvez-vous me l'envoyer à compta@agence-sillage.fr, c'est "
     "cette adresse qui reçoit les factures fournisseurs ?\n\nMerci\nMathilde\n")
emit('sillage_fr_jamais_recu_facture.eml', L,
     reply_hdrs('sl38', A('Mathilde Carré', 'mathilde@agence-sillage.fr'), 'agence-sillage.fr', D(4, 9, 18),
                'Re: ' + subj_fr(n), n),
     leaf(t), 'fr', 'Agence Sillage', 'never received the invoice, asks for it at another address',
     facts='request_invoice=yes')

# 39 fr iso-8859-1 Thunderbird, fin décembre
n = 455
t = ("Bonjour Bastien,\n\nJe vous confirme que votre facture sera réglée fin décembre, avec les autres "
     "fournisseurs, lors de notre dernier paiement de l'année.\n\nBonne fin de semaine,\n\n-- \nFrançois Ménard\n"
     "Imprimerie Ménard & Cie - Limoges\n")
emit('menard_fr_latin1_fin_decembre.eml', L,
     reply_hdrs('im39', A('François Ménard', 'f.menard@imprimerie-menard.fr'), 'imprimerie-menard.fr', D(4, 11, 30),
                'Re: ' + subj_fr(n), n, extra=[('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0')]),
     leaf(t, charset='iso-8859-1'), 'fr', 'Imprimerie Ménard', 'ISO-8859-1 QP, "fin décembre", sig separator',
     facts='promise_date=2026-12-31', notes='"fin décembre" resolved to 2026-12-31 (end of month).')

# 40 en instalments question
n = 496
t = ("Hi Bastien,\n\nWould it be OK to split INV-0496 into two instalments, one in December and one in January? "
     "It's been a slow quarter for us. Happy to sign something if you need it in writing.\n\nThanks for understanding,\n"
     "Isla Morrison\nFounder, Kelpie Candles\n")
emit('kelpie_en_instalments_question.eml', L,
     reply_hdrs('kc40', A('Isla Morrison', 'isla@kelpiecandles.example'), 'kelpiecandles.example', D(3, 20, 3, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t), 'en', 'Kelpie Candles', 'asks for an instalment plan; no firm date',
     notes='A proposal, not a dated promise.')

# 41 fr iPhone, je regarde demain
n = 456
t = "Je regarde ça demain matin avec la compta.\n\nEnvoyé de mon iPhone"
emit('girard_fr_iphone_regarde_demain.eml', L,
     reply_hdrs('gi41', A('Stéphane Girard', 'stephane.girard@girard-paysage.fr'), 'girard-paysage.fr', D(30, 21, 47),
                'Re: ' + subj_fr(n), n, extra=[XM_IP]),
     leaf(t), 'fr', 'Girard Paysage', 'short mobile reply, looks at it tomorrow (no payment promise)')

# 42 en Irish paid this morning
n = 498
t = ("Hi Bastien,\n\nApologies, that slipped through - paid this morning, should be with you in 1-2 working "
     "days.\n\nSiobhán\n\nSiobhán Kavanagh\nCo-founder | Saltmarsh Coffee Roasters\nGalway, Ireland\n")
emit('saltmarsh_en_ie_paid_this_morning.eml', L,
     reply_hdrs('sc42', A('Siobhán Kavanagh', 'siobhan@saltmarsh.example'), 'saltmarsh.example', D(3, 12, 14, tz='+0000'),
                'Re: ' + subj_en(n), n),
     leaf(t), 'en', 'Saltmarsh Coffee Roasters', '"paid this morning" relative to Date header',
     facts='already_paid=2026-12-03')

# 43 fr assistant replying for boss
n = 458
t = ("Bonjour Monsieur,\n\nJe me permets de vous répondre pour M. Dufresne, absent jusqu'au 7 décembre. Il "
     "validera le paiement de votre facture à son retour ; je lui ai mis le dossier de côté.\n\nBien cordialement,\n"
     "Corinne Lagarde\nAssistante de direction — Dufresne Architecture\n")
emit('dufresne_fr_assistante_retour.eml', L,
     reply_hdrs('da43', A('Corinne Lagarde', 'assistante@dufresne-archi.fr'), 'dufresne-archi.fr', D(2, 9, 55),
                'RE: ' + subj_fr(n), n, extra=[XM_OL]),
     leaf(t), 'fr', 'Dufresne Architecture', 'human assistant explains boss\'s absence (not an auto-reply)',
     notes='Mentions an absence date but written by a person; no payment date promised.')

# 44 en invoice + bank details on letterhead
n = 499
t = ("Hello,\n\nOur AP team needs (1) a copy of invoice INV-0499 and (2) your bank details on company letterhead "
     "before we can pay. Please send both to invoices@marlowgroup.example.\n\nKind regards,\nAmeera Siddiqui\n"
     "Procurement, Marlow Group plc\n")
emit('marlow_en_invoice_and_bankdetails.eml', L,
     reply_hdrs('mg44', A('Ameera Siddiqui', 'ameera.siddiqui@marlowgroup.example'), 'marlowgroup.example', D(4, 10, 40, tz='+0000'),
                'RE: ' + subj_en(n), n, extra=[XM_OL]),
     leaf(t), 'en', 'Marlow Group plc', 'asks for invoice copy and bank details together',
     facts='request_invoice=yes;request_rib=yes')

# 45 fr paid twice
n = 440
t = ("Bonjour,\n\nEn vérifiant nos comptes suite à votre relance, nous constatons au contraire que la facture "
     "F-2026-0429 a été payée deux fois : le 12 novembre puis le 19 novembre (2 x 880,00 €). Merci de nous "
     "rembourser le trop-perçu ou de l'imputer sur la prochaine facture.\n\nCordialement,\nBenoît Aubert\nAubert Conseil\n")
emit('aubert_fr_paye_deux_fois.eml', L,
     reply_hdrs('ac45', A('Benoît Aubert', 'benoit@aubert-conseil.fr'), 'aubert-conseil.fr', D(4, 14, 2),
                'Re: ' + subj_fr(429), 429),
     leaf(t), 'fr', 'Aubert Conseil', 'claims invoice was paid twice, asks refund of overpayment',
     facts='already_paid=2026-11-12', notes='Two payments claimed (12 and 19 Nov); first date given.')

# 46 fr mailing-list post by a person
t = ("Bonjour à tous,\n\nPetite question pratique : vous utilisez quoi pour relancer les factures impayées ? "
     "J'ai trois clients à plus de 60 jours et je passe mes soirées à faire des mails de relance à la main. "
     "Les outils de Qonto/Indy suffisent-ils ou vous passez par autre chose ?\n\nMerci pour vos retours,\n"
     "Pauline (dev front freelance, Nantes)\n\n_______________________________________________\n"
     "freelances-web mailing list\nfreelances-web@lists.example.org\nhttps://lists.example.org/mailman/listinfo/freelances-web\n")
emit('list_fr_post_relances.eml', L,
     [('From', A('Pauline Rivière', 'pauline.riviere@example.com')), ('To', 'freelances-web@lists.example.org'),
      ('Subject', H('[freelances-web] Outil pour relancer les impayés ?')), ('Date', D(1, 21, 10)),
      ('Message-ID', mid('ml46', 'example.com')), ('List-Id', 'Freelances web FR <freelances-web.lists.example.org>'),
      ('List-Unsubscribe', '<https://lists.example.org/mailman/options/freelances-web>'), ('Precedence', 'list'),
      ('Sender', '"freelances-web" <freelances-web-bounces@lists.example.org>')],
     leaf(t), 'fr', 'lists.example.org', 'mailing-list post written by a person (Mailman footer)',
     notes='Guide: a mailing-list post written by a person is human_reply.')

# ============================================================== PAYMENT NOTIFICATIONS
L = 'payment_notification'
ME = OA


def notice(fn, frm, dom, date, subject, body, lang, provider, pattern, extra=None, to=ME, **kw):
    h = [('From', frm), ('To', to), ('Subject', H(subject)), ('Date', date), ('Message-ID', mid(fn, dom))]
    h += (extra or [])
    emit(fn, L, h, body, lang, provider, pattern, provider=provider, **kw)


def alt(text, html, charset='utf-8'):
    return multi('alternative', [leaf(text, charset=charset), leaf(html, 'html', charset=charset)])


FR_AUTO = "Ceci est un message automatique, merci de ne pas y répondre."

# P1 Qonto fr in
tx = ("Bonjour Bastien,\n\nVous avez reçu un virement de 1 480,00 € sur le compte RIGAUD STUDIO.\n\n"
      "Émetteur : ATELIERS KERLANN\nMontant : +1 480,00 €\nRéférence : F-2026-0418\nDate : 04/12/2026\n\n"
      "Retrouvez le détail de l'opération dans votre application Qonto.\n\nL'équipe Qonto\n\n"
      "Qonto — 18 rue de Navarin, 75009 Paris. Qonto est un établissement de paiement agréé par l'ACPR.\n" + FR_AUTO + "\n")
ht = ('<html><body style="font-family:Inter,Arial,sans-serif;background:#f5f4f0"><table width="100%" cellpadding="0" cellspacing="0">'
      '<tr><td align="center"><table width="560" style="background:#fff;border-radius:8px;padding:32px">'
      '<tr><td><h1 style="font-size:22px">Vous avez reçu un virement</h1><p>Bonjour Bastien,</p>'
      '<p>Vous avez reçu un virement de <b>1&nbsp;480,00&nbsp;€</b> sur le compte RIGAUD STUDIO.</p>'
      '<table style="font-size:14px"><tr><td style="color:#6b6b6b">Émetteur</td><td>ATELIERS KERLANN</td></tr>'
      '<tr><td style="color:#6b6b6b">Montant</td><td>+1&nbsp;480,00&nbsp;€</td></tr><tr><td style="color:#6b6b6b">Référence</td>'
      '<td>F-2026-0418</td></tr><tr><td style="color:#6b6b6b">Date</td><td>04/12/2026</td></tr></table>'
      '<p><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Voir la transaction</a></p>'
      '<p style="font-size:11px;color:#9b9b9b">Qonto — 18 rue de Navarin, 75009 Paris. ' + FR_AUTO + '</p></td></tr></table></td></tr></table></body></html>')
notice('qonto_fr_virement_recu_kerlann.eml', A('Qonto', 'notifications@qonto.com'), 'qonto.com', D(4, 10, 12),
       'Vous avez reçu un virement de 1 480,00 €', alt(tx, ht), 'fr', 'Qonto', 'money in, multipart/alternative, details table',
       direction='in', amount='1480.00', currency='EUR', payer='ATELIERS KERLANN', reference='F-2026-0418',
       value_date='2026-12-04', counts='yes', notes='Based on Qonto transfer-received notice wording (own reconstruction).')

# P2 Shine fr in, emoji subject
tx = ("Bonne nouvelle Bastien 🎉\n\nUn virement de 2 350,00 € vient d'arriver sur votre compte Shine.\n\n"
      "De : HARBOUR AND FINCH LTD\nLibellé : INV-0457 RIGAUD\n\nVotre nouveau solde : 6 912,44 €\n\n"
      "À très vite,\nL'équipe Shine\n\nVous recevez cet e-mail car les notifications de virements entrants sont activées. "
      "Gérez vos préférences depuis l'application.\n")
notice('shine_fr_virement_arrive_harbour.eml', A('Shine', 'hello@shine.fr'), 'shine.fr', D(4, 15, 3),
       '💸 +2 350,00 € sur votre compte', leaf(tx), 'fr', 'Shine', 'money in, emoji subject, balance mentioned',
       direction='in', amount='2350.00', currency='EUR', payer='HARBOUR AND FINCH LTD', reference='INV-0457 RIGAUD',
       value_date='2026-12-04', counts='yes')

# P3 LCL amount in subject only
tx = ("Madame, Monsieur,\n\nNous vous informons qu'une opération au crédit a été enregistrée sur votre compte "
      "professionnel n° ****4417.\n\nPour consulter le détail de cette opération, connectez-vous à votre espace "
      "LCL Pro ou à l'application LCL Mes Comptes.\n\nCordialement,\nVotre conseiller LCL\n\n"
      "Cet e-mail vous est envoyé automatiquement dans le cadre du service d'alertes LCL. Merci de ne pas répondre.\n")
notice('lcl_fr_credit_montant_objet.eml', A('LCL Alertes', 'alertes@lcl.fr'), 'lcl.fr', D(2, 6, 30),
       'Alerte LCL : crédit de 960,00 EUR sur votre compte', leaf(tx, charset='iso-8859-1'), 'fr', 'LCL',
       'money in, amount only in subject, no payer in body',
       direction='in', amount='960.00', currency='EUR', payer='', reference='', value_date='2026-12-02', counts='no',
       notes='Payer not identified in the notice: counts_as_payment=no (cannot settle a specific invoice). value_date = alert date.')

# P4 Crédit Agricole balance alert
tx = ("Bonjour,\n\nVous avez souhaité être alerté lorsque le solde de votre compte passe sous le seuil de 500,00 EUR.\n\n"
      "Compte : COMPTE COURANT PRO ****2290\nSolde au 01/12/2026 : 312,87 EUR\n\nCrédit Agricole Atlantique Vendée\n"
      "Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n")
notice('ca_fr_alerte_solde_bas.eml', A('Crédit Agricole - Alertes', 'alertes@ca-atlantique-vendee.fr'), 'ca-atlantique-vendee.fr',
       D(1, 7, 2), 'Alerte solde : votre compte est passé sous 500,00 EUR', leaf(tx), 'fr', 'Crédit Agricole',
       'balance threshold alert', direction='statement', amount='312.87', currency='EUR', value_date='2026-12-01', counts='no')

# P5 Société Générale statement available
tx = ("Madame, Monsieur,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client "
      "Professionnels, rubrique e-Documents.\n\nNous vous rappelons que vos relevés sont conservés pendant 10 ans.\n\n"
      "Société Générale\nCe message est envoyé automatiquement. Pour votre sécurité, Société Générale ne vous demandera "
      "jamais vos codes d'accès par e-mail.\n")
notice('sg_fr_releve_disponible.eml', A('Société Générale', 'info@professionnels.societegenerale.fr'), 'societegenerale.fr',
       D(1, 5, 40), 'Votre relevé de compte est disponible', leaf(tx), 'fr', 'Société Générale', 'statement available, no amount',
       direction='statement', counts='no')

# P6 La Banque Postale direct debit URSSAF out
tx = ("Bonjour,\n\nUn prélèvement SEPA a été débité de votre compte ****0833 :\n\nCréancier : URSSAF ILE DE FRANCE\n"
      "Montant : 642,00 EUR\nRéférence de mandat : URSSAF-117-2290451\nDate : 30/11/2026\n\nLa Banque Postale\n"
      "Merci de ne pas répondre à ce message automatique.\n")
notice('lbp_fr_prelevement_urssaf.eml', A('La Banque Postale', 'notification@labanquepostale.fr'), 'labanquepostale.fr',
       D(30, 8, 15), 'Prélèvement sur votre compte', leaf(tx), 'fr', 'La Banque Postale', 'direct debit taken (URSSAF)',
       direction='out', amount='642.00', currency='EUR', reference='URSSAF-117-2290451', value_date='2026-11-30', counts='no')

# P7 CIC two transfers
tx = ("Bonjour,\n\n2 virements reçus sur votre compte ****6120 le 02/12/2026 :\n\n"
      "  + 720,00 EUR   VIR SEPA SCI LES TILLEULS   FACT F-2026-0419 RIGAUD\n"
      "  + 1 890,00 EUR VIR SEPA STUDIO VELDMAN BV   INV-0472\n\nCIC — Alerte e-mail\nMessage automatique, ne pas répondre.\n")
ht = ('<html><body style="font-family:Arial;font-size:13px"><p>Bonjour,</p><p><b>2 virements reçus</b> sur votre compte ****6120 le 02/12/2026 :</p>'
      '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Montant</th><th>Libellé</th></tr>'
      '<tr><td>+ 720,00 EUR</td><td>VIR SEPA SCI LES TILLEULS FACT F-2026-0419 RIGAUD</td></tr>'
      '<tr><td>+ 1 890,00 EUR</td><td>VIR SEPA STUDIO VELDMAN BV INV-0472</td></tr></table>'
      '<p style="color:#888">CIC — Alerte e-mail. Message automatique, ne pas répondre.</p></body></html>')
notice('cic_fr_2_virements_recus.eml', A('CIC', 'alertes@cic.fr'), 'cic.fr', D(2, 18, 5), '2 virements reçus',
       alt(tx, ht), 'fr', 'CIC', 'plural: two transfers in one alert, HTML table',
       direction='in|in', amount='720.00|1890.00', currency='EUR', payer='SCI LES TILLEULS|STUDIO VELDMAN BV',
       reference='FACT F-2026-0419 RIGAUD|INV-0472', value_date='2026-12-02|2026-12-02', counts='yes')

# P8 Boursorama card payment
tx = ("Bonjour Bastien,\n\nUn paiement par carte de 39,90 € a été effectué le 01/12/2026 chez FIGMA* MONTHLY SUB.\n\n"
      "Carte Visa Ultim Pro se terminant par 7731.\n\nSi vous n'êtes pas à l'origine de cette opération, faites opposition "
      "immédiatement depuis votre application.\n\nBoursoBank\nCeci est un message automatique, merci de ne pas y répondre.\n")
notice('boursorama_fr_paiement_carte.eml', A('BoursoBank', 'noreply@boursobank.com'), 'boursobank.com', D(1, 19, 40),
       'Paiement par carte de 39,90 €', leaf(tx), 'fr', 'Boursorama', 'card payment out', direction='out', amount='39.90',
       currency='EUR', reference='FIGMA* MONTHLY SUB', value_date='2026-12-01', counts='no')

# P9 Hello bank! outgoing transfer
tx = ("Bonjour,\n\nVotre virement de 1 200,00 € vers ATELIER NOVA (FR76 **** 4410) a bien été exécuté.\n"
      "Motif : SOUS-TRAITANCE NOV 2026\nDate d'exécution : 01/12/2026\n\nHello bank!\nCeci est un e-mail automatique. "
      "Pour toute question, rendez-vous dans votre application.\n")
notice('hellobank_fr_virement_emis.eml', A('Hello bank!', 'ne-pas-repondre@hellobank.fr'), 'hellobank.fr', D(1, 9, 10),
       'Votre virement a été exécuté', leaf(tx), 'fr', 'Hello bank!', 'outgoing transfer executed', direction='out',
       amount='1200.00', currency='EUR', reference='SOUS-TRAITANCE NOV 2026', value_date='2026-12-01', counts='no')

# P10 Fortuneo in, HTML-only table
ht = ('<html><body><table width="600" style="font-family:Verdana;font-size:12px"><tr><td bgcolor="#00a19a" style="color:#fff;padding:10px">'
      '<b>FORTUNEO</b></td></tr><tr><td style="padding:16px">Bonjour Monsieur RIGAUD,<br><br>Nous vous informons de l\'opération suivante '
      'sur votre compte courant professionnel :<br><br><table cellpadding="3"><tr><td>Date</td><td>03/12/2026</td></tr>'
      '<tr><td>Libellé</td><td>VIR SEPA RECU /DE LACAZE IMMOBILIER /MOTIF F-2026-0436</td></tr><tr><td>Montant</td>'
      '<td style="color:#0a0">+ 1 050,00 €</td></tr></table><br>Cordialement,<br>Fortuneo<br><br><span style="font-size:10px;color:#888">'
      'Merci de ne pas répondre à cet e-mail, cette adresse n\'est pas consultée.</span></td></tr></table></body></html>')
notice('fortuneo_fr_html_only_recu.eml', A('Fortuneo', 'alertes@fortuneo.fr'), 'fortuneo.fr', D(4, 7, 30),
       'Alerte opération sur votre compte', leaf(ht, 'html'), 'fr', 'Fortuneo', 'HTML-only, bank statement-line label',
       direction='in', amount='1050.00', currency='EUR', payer='LACAZE IMMOBILIER', reference='F-2026-0436',
       value_date='2026-12-03', counts='yes')

# P11 Caisse d'Épargne outgoing transfer rejected
tx = ("Bonjour,\n\nVotre virement de 480,00 EUR à destination de M. ARNAUD PICHON n'a pas pu être exécuté : "
      "coordonnées bancaires du bénéficiaire invalides (IBAN inconnu).\n\nLe montant n'a pas été débité de votre compte.\n\n"
      "Caisse d'Epargne Ile-de-France\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
notice('cepargne_fr_virement_non_execute.eml', A("Caisse d'Epargne", 'no-reply@caisse-epargne.fr'), 'caisse-epargne.fr',
       D(2, 10, 44), 'Votre virement n\'a pas pu être exécuté', leaf(tx), 'fr', "Caisse d'Épargne",
       'outgoing transfer rejected (invalid IBAN)', direction='failed', amount='480.00', currency='EUR', value_date='2026-12-02',
       counts='no')

# P12 Banque Populaire: client's direct debit returned unpaid
tx = ("Bonjour,\n\nLe prélèvement SEPA que vous avez présenté sur le compte de votre débiteur a été rejeté.\n\n"
      "Débiteur : SARL GIRARD PAYSAGE\nMontant : 350,00 EUR\nRéférence : RIGAUD-ABO-2026-11\nMotif du rejet : AM04 - Provision insuffisante\n"
      "Date de rejet : 30/11/2026\n\nLe montant correspondant a été débité de votre compte.\n\nBanque Populaire Grand Ouest\n"
      "Message automatique — merci de ne pas répondre.\n")
notice('bp_fr_prelevement_rejete_am04.eml', A('Banque Populaire', 'alertes@banquepopulaire.fr'), 'banquepopulaire.fr',
       D(30, 11, 55), 'Rejet de prélèvement SEPA', leaf(tx), 'fr', 'Banque Populaire', 'collected direct debit returned (AM04)',
       direction='failed', amount='350.00', currency='EUR', reference='RIGAUD-ABO-2026-11', value_date='2026-11-30', counts='no')

# P13 N26 en in
tx = ("Hi Bastien,\n\nYou received €860.00 from Lukas Hoffmann.\n\nReference: Rechnung INV-0468\n\nOpen the app to see the "
      "details.\n\nYour N26 Team\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. This is an automated email, please do not reply.\n")
notice('n26_en_received_hoffmann.eml', A('N26', 'no-reply@n26.com'), 'n26.com', D(3, 13, 1), 'You received €860.00',
       leaf(tx), 'en', 'N26', 'money in, short push-style email', direction='in', amount='860.00', currency='EUR',
       payer='Lukas Hoffmann', reference='Rechnung INV-0468', value_date='2026-12-03', counts='yes')

# P14 Revolut Business in
tx = ("Money in\n\nYou've received €3,200.00 from KESSLER MASCHINENBAU GMBH\n\nTo: Rigaud Studio · EUR account\n"
      "Reference: PO 7710-2231 INV-0466\n\nView in app: https://business.revolut.com/transactions\n\n"
      "You are receiving this email because you enabled transaction notifications for your Revolut Business account.\n"
      "Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.\n")
notice('revolut_en_received_kessler.eml', A('Revolut Business', 'no-reply@revolut.com'), 'revolut.com', D(4, 11, 22),
       "You've received €3,200.00 from KESSLER MASCHINENBAU GMBH", leaf(tx), 'en', 'Revolut Business', 'money in',
       direction='in', amount='3200.00', currency='EUR', payer='KESSLER MASCHINENBAU GMBH', reference='PO 7710-2231 INV-0466',
       value_date='2026-12-04', counts='yes', notes='Partial amount versus the disputed invoice (3,200 of 4,150).')

# P15 Revolut Business card payment GBP
tx = ("Card payment\n\nYou spent £24.00 at Premier Inn London Kings Cross with your card ending 4402.\n"
      "Charged: €27.91 (rate £1 = €1.1629)\n\nDidn't make this payment? Freeze your card in the app.\n\n"
      "You are receiving this email because you enabled card notifications.\n")
notice('revolut_en_card_spent_gbp.eml', A('Revolut Business', 'no-reply@revolut.com'), 'revolut.com', D(2, 21, 14),
       'You spent £24.00 at Premier Inn London Kings Cross', leaf(tx), 'en', 'Revolut Business', 'card payment abroad, FX',
       direction='out', amount='24.00', currency='GBP', reference='Premier Inn London Kings Cross', value_date='2026-12-02', counts='no')

# P16 Wise in GBP
tx = ("Hi Bastien,\n\nYou've received 1,250.00 GBP from HARBOUR AND FINCH LTD.\n\nIt's now in your GBP balance.\n"
      "Reference: INV-0459\n\nThanks,\nThe Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels.\n"
      "You're receiving this because you have a Wise account. Please don't reply to this email.\n")
ht = ('<html><body style="font-family:Helvetica,Arial;color:#0e0f0c"><div style="max-width:560px;margin:auto">'
      '<p style="font-size:28px;font-weight:600">You\'ve received 1,250.00 GBP</p><p>Hi Bastien,</p><p>You\'ve received '
      '<b>1,250.00 GBP</b> from <b>HARBOUR AND FINCH LTD</b>. It\'s now in your GBP balance.</p><p>Reference: INV-0459</p>'
      '<p><a href="https://wise.com/balances" style="background:#9fe870;color:#163300;padding:12px 20px;border-radius:24px;text-decoration:none">See balance</a></p>'
      '<p style="font-size:12px;color:#6a6c6a">Wise Europe SA, Rue du Trône 100, 1050 Brussels. You\'re receiving this because you have a Wise account.</p>'
      '</div></body></html>')
notice('wise_en_received_gbp.eml', A('Wise', 'noreply@wise.com'), 'wise.com', D(30, 16, 45, tz='+0000'),
       "You've received 1,250.00 GBP", alt(tx, ht), 'en', 'Wise', 'money in to a GBP balance', direction='in',
       amount='1250.00', currency='GBP', payer='HARBOUR AND FINCH LTD', reference='INV-0459', value_date='2026-11-30', counts='yes')

# P17 Wise outgoing complete
tx = ("Hi Bastien,\n\nYour transfer of 410.00 EUR to Oksana Melnyk is complete. The money should now be in their account.\n\n"
      "Transfer #1398224571\nYou sent: 410.00 EUR\nThey receive: 410.00 EUR\n\nThe Wise Team\n")
notice('wise_en_transfer_complete_out.eml', A('Wise', 'noreply@wise.com'), 'wise.com', D(1, 14, 2, tz='+0000'),
       'Your money is with Oksana Melnyk', leaf(tx), 'en', 'Wise', 'outgoing transfer delivered', direction='out',
       amount='410.00', currency='EUR', reference='#1398224571', value_date='2026-12-01', counts='no')

# P18 Wise incoming on hold
tx = ("Hi Bastien,\n\nWe've received a payment of 2,400.00 USD for you from TIDEWELL DIGITAL LTD, but we need a little "
      "more information before we can add it to your balance.\n\nPlease upload a document that explains the payment "
      "(for example an invoice or contract). Until then, the money is on hold.\n\nThe Wise Team\n")
notice('wise_en_incoming_on_hold.eml', A('Wise', 'noreply@wise.com'), 'wise.com', D(3, 9, 15, tz='+0000'),
       'We need more information about a payment to you', leaf(tx), 'en', 'Wise', 'incoming payment on hold, money not available',
       direction='none', amount='2400.00', currency='USD', payer='TIDEWELL DIGITAL LTD', value_date='', counts='no')

# P19 Stripe payout paid
tx = ("Your payout of €4,812.30 is on its way to your bank account\n\nRigaud Studio\nPayout ID: po_1QZx8sRg2pL0aBc\n"
      "Expected arrival: Dec 3, 2026\nBank account: QONTO •••• 0057\n\nThis payout includes 14 payments and 1 refund.\n\n"
      "View payout: https://dashboard.stripe.com/payouts/po_1QZx8sRg2pL0aBc\n\nYou are receiving this email because you are "
      "an administrator of Rigaud Studio on Stripe.\nStripe, 510 Townsend Street, San Francisco, CA 94103\n")
notice('stripe_en_payout_paid.eml', A('Stripe', 'notifications@stripe.com'), 'stripe.com', D(1, 2, 10, tz='+0000'),
       'Your payout of €4,812.30 is on its way', leaf(tx), 'en', 'Stripe', 'payout aggregate', direction='in',
       amount='4812.30', currency='EUR', payer='Stripe', reference='po_1QZx8sRg2pL0aBc', value_date='2026-12-03', counts='no_aggregate')

# P20 Stripe payout failed
tx = ("Your payout of €1,106.45 failed\n\nWe tried to send a payout of €1,106.45 to your bank account ending in 0057, but "
      "the bank returned it with the message: account_closed.\n\nThe funds have been returned to your Stripe balance. Please "
      "update your bank account details in the Dashboard; automatic payouts are paused until then.\n\n"
      "You are receiving this email because you are an administrator of Rigaud Studio on Stripe.\n")
notice('stripe_en_payout_failed.eml', A('Stripe', 'notifications@stripe.com'), 'stripe.com', D(2, 3, 40, tz='+0000'),
       'Action required: payout failed', leaf(tx), 'en', 'Stripe', 'payout failed, funds back to balance',
       direction='failed', amount='1106.45', currency='EUR', reference='', value_date='2026-12-02', counts='no')

# P21 Stripe dispute
tx = ("A payment has been disputed\n\nA customer has disputed a €290.00 payment to Rigaud Studio.\n\nCustomer: m.evans@example.com\n"
      "Reason: product_not_received\nCharge: ch_3QY7aRg2pL0aBcD1\nRespond by: Dec 14, 2026\n\nThe disputed amount plus a €15.00 "
      "dispute fee has been withdrawn from your balance.\n\nSubmit evidence: https://dashboard.stripe.com/disputes\n")
notice('stripe_en_dispute_opened.eml', A('Stripe', 'notifications@stripe.com'), 'stripe.com', D(3, 18, 2, tz='+0000'),
       'Dispute opened: €290.00 payment', leaf(tx), 'en', 'Stripe', 'chargeback/dispute', direction='chargeback',
       amount='290.00', currency='EUR', reference='ch_3QY7aRg2pL0aBcD1', value_date='2026-12-03', counts='no')

# P22 Stripe invoice paid
tx = ("Payment received\n\nMeridian Labs paid invoice INV-0471 (€990.00).\n\nPaid with: Visa •••• 4242\nDate paid: Dec 1, 2026\n\n"
      "The funds will be included in your next payout.\n\nView invoice: https://dashboard.stripe.com/invoices/in_1QYzB2Rg2pL0aBc\n")
notice('stripe_en_invoice_paid_meridian.eml', A('Stripe', 'notifications@stripe.com'), 'stripe.com', D(1, 15, 26, tz='+0000'),
       'Meridian Labs paid INV-0471', leaf(tx), 'en', 'Stripe', 'invoice paid by card via Stripe (captured by PSP)',
       direction='in', amount='990.00', currency='EUR', payer='Meridian Labs', reference='INV-0471', value_date='2026-12-01', counts='yes')

# P23 PayPal en money received
tx = ("Hello Bastien Rigaud,\n\nYou received a payment of €750.00 EUR from Oisín Byrne (oisin.byrne@example.ie).\n\n"
      "Note from Oisín: INV-0467 - logo & brand kit, thanks!\n\nTransaction ID: 6HT40912KX558321V\nTransaction date: Dec 2, 2026\n\n"
      "It may take a few moments for this transaction to appear in your account.\n\nHelp & Contact | Security | Apps\n"
      "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
      "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.\n")
notice('paypal_en_payment_received_byrne.eml', A('service@paypal.fr', 'service@paypal.fr'), 'paypal.com', D(2, 20, 11),
       "You've got money", leaf(tx), 'en', 'PayPal', 'money in with payer note', direction='in', amount='750.00',
       currency='EUR', payer='Oisín Byrne', reference='6HT40912KX558321V', value_date='2026-12-02', counts='yes')

# P24 PayPal fr refund issued
tx = ("Bonjour Bastien Rigaud,\n\nVous avez remboursé 45,00 € EUR à Cécile Marchand.\n\nNuméro de transaction : 2KF77031LM9904418\n"
      "Date : 30 nov. 2026\n\nLe remboursement apparaîtra sur le compte de votre client dans les prochains jours.\n\nPayPal\n"
      "Merci de ne pas répondre à cet e-mail. Pour obtenir de l'aide, connectez-vous à votre compte et cliquez sur Aide.\n")
notice('paypal_fr_remboursement_emis.eml', A('service@paypal.fr', 'service@paypal.fr'), 'paypal.com', D(30, 18, 50),
       'Vous avez effectué un remboursement', leaf(tx), 'fr', 'PayPal', 'refund issued by the owner', direction='refund',
       amount='45.00', currency='EUR', reference='2KF77031LM9904418', value_date='2026-11-30', counts='no')

# P25 PayPal en pending eCheck
tx = ("Hello Bastien Rigaud,\n\nRedwood Ridge Software, LLC sent you a payment of $1,800.00 USD by eCheck.\n\n"
      "This payment is pending. eChecks usually take 6 business days to clear. We'll email you when the money is "
      "available in your PayPal balance. Please don't ship or deliver anything until then.\n\nTransaction ID: 9PL02241HS6621903\n")
notice('paypal_en_echeck_pending.eml', A('service@paypal.com', 'service@paypal.com'), 'paypal.com', D(1, 23, 5),
       'Payment pending: eCheck from Redwood Ridge Software, LLC', leaf(tx), 'en', 'PayPal', 'pending eCheck, not yet available',
       direction='none', amount='1800.00', currency='USD', payer='Redwood Ridge Software, LLC', reference='9PL02241HS6621903', counts='no')

# P26 Payoneer en
tx = ("Dear Bastien,\n\nGood news! You've received a payment of USD 2,400.00 from Brightwater Analytics Inc.\n\n"
      "Payment description: Invoice INV-0461\nDate: Dec 4, 2026\n\nThe funds are now available in your USD balance.\n\n"
      "Best regards,\nThe Payoneer Team\n\nThis email was sent to bastien@rigaud-studio.fr. Payoneer Europe Ltd is "
      "authorised by the Central Bank of Ireland. Please do not reply to this message.\n")
notice('payoneer_en_received_brightwater.eml', A('Payoneer', 'no-reply@payoneer.com'), 'payoneer.com', D(4, 16, 40, tz='+0000'),
       'You have received a payment from Brightwater Analytics Inc.', leaf(tx), 'en', 'Payoneer', 'money in, USD balance',
       direction='in', amount='2400.00', currency='USD', payer='Brightwater Analytics Inc.', reference='Invoice INV-0461',
       value_date='2026-12-04', counts='yes', notes='Partial vs $3,600 invoice INV-0461.')

# P27 Monzo Business in GBP
tx = ("Thistle Print Co. sent you £600.00\n\nReference: INV-0490 PART1\n\nYour balance is now £1,742.18.\n\n"
      "Monzo Bank Limited is registered in England No. 09446231. You're getting this email because you turned on payment "
      "emails in the Monzo Business app.\n")
notice('monzo_en_received_thistle.eml', A('Monzo', 'notifications@monzo.com'), 'monzo.com', D(4, 12, 5, tz='+0000'),
       'You received £600.00 from Thistle Print Co.', leaf(tx), 'en', 'Monzo', 'money in, GBP, partial reference',
       direction='in', amount='600.00', currency='GBP', payer='Thistle Print Co.', reference='INV-0490 PART1',
       value_date='2026-12-04', counts='yes', notes='Monzo-style wording (own reconstruction).')

# P28 SumUp payout fr
tx = ("Bonjour,\n\nVotre versement de 312,40 € est en route vers votre compte bancaire FR76 **** 0057.\n\n"
      "Période : transactions du 30/11/2026\nNombre de transactions : 6\nFrais SumUp : 5,51 €\n\nLe montant sera visible d'ici 1 à 3 jours ouvrés.\n\n"
      "L'équipe SumUp\nVous recevez cet e-mail en tant que titulaire d'un compte marchand SumUp.\n")
notice('sumup_fr_versement_en_route.eml', A('SumUp', 'no-reply@sumup.com'), 'sumup.com', D(1, 6, 2), 'Votre versement est en route',
       leaf(tx), 'fr', 'SumUp', 'payout of card sales', direction='in', amount='312.40', currency='EUR', payer='SumUp',
       value_date='2026-12-01', counts='no_aggregate')

# P29 GoCardless collected
tx = ("Hi Bastien,\n\nA payment of £480.00 has been collected from Pinewood Studios Ltd.\n\nPayment reference: RIGAUD-RETAINER-DEC\n"
      "Charge date: 1 December 2026\nExpected payout: 3 December 2026\n\nThanks,\nGoCardless\n\nGoCardless Ltd, Sutton Yard, 65 Goswell Road, "
      "London EC1V 7EN. You're receiving this because you're a GoCardless merchant.\n")
notice('gocardless_en_collected_pinewood.eml', A('GoCardless', 'help@gocardless.com'), 'gocardless.com', D(1, 10, 0, tz='+0000'),
       'Payment collected from Pinewood Studios Ltd', leaf(tx), 'en', 'GoCardless', 'direct debit collected from a client',
       direction='in', amount='480.00', currency='GBP', payer='Pinewood Studios Ltd', reference='RIGAUD-RETAINER-DEC',
       value_date='2026-12-01', counts='yes')

# P30 GoCardless fr failed
tx = ("Bonjour Bastien,\n\nLe paiement de 350,00 € de Moulin Events a échoué.\n\nMotif : le mandat a été annulé par le client auprès de sa banque.\n"
      "Référence : RIGAUD-ABO-DEC\n\nNous ne retenterons pas ce paiement automatiquement. Contactez votre client pour convenir d'un autre moyen de paiement.\n\n"
      "GoCardless\n")
notice('gocardless_fr_paiement_echoue.eml', A('GoCardless', 'help@gocardless.com'), 'gocardless.com', D(3, 8, 20),
       'Échec du paiement de Moulin Events', leaf(tx), 'fr', 'GoCardless', 'collection failed, mandate cancelled',
       direction='failed', amount='350.00', currency='EUR', reference='RIGAUD-ABO-DEC', value_date='2026-12-03', counts='no')

# P31 Mollie settlement
tx = ("Hello Bastien,\n\nWe've sent settlement STL-2026-1204-88213 of €1,105.75 to your bank account NL** **** 7290.\n\n"
      "Payments: €1,148.00\nRefunds: -€30.00\nFees: -€12.25\n\nYou can download the settlement report in your Mollie Dashboard.\n\n"
      "Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam. You receive this email because you have a Mollie account.\n")
notice('mollie_en_settlement.eml', A('Mollie', 'noreply@mollie.com'), 'mollie.com', D(4, 5, 12), 'Your settlement is on its way',
       leaf(tx), 'en', 'Mollie', 'settlement bundling payments, refunds and fees', direction='in', amount='1105.75',
       currency='EUR', payer='Mollie', reference='STL-2026-1204-88213', value_date='2026-12-04', counts='no_aggregate')

# P32 PayPlug accepted
tx = ("Bonjour,\n\nUn paiement a été accepté sur votre compte PayPlug.\n\nMontant : 600,00 €\nClient : Éditions du Lierre "
      "(sandrine.bastide@editions-lierre.fr)\nRéférence commande : F-2026-0443\nDate : 01/12/2026 14:22\n\nPayPlug — "
      "Ceci est un message automatique, merci de ne pas y répondre.\n")
notice('payplug_fr_paiement_accepte.eml', A('PayPlug', 'notifications@payplug.com'), 'payplug.com', D(1, 14, 23),
       'Paiement accepté : 600,00 €', leaf(tx), 'fr', 'PayPlug', 'card payment captured, partial of invoice',
       direction='in', amount='600.00', currency='EUR', payer='Éditions du Lierre', reference='F-2026-0443',
       value_date='2026-12-01', counts='yes')

# P33 Sumeria (Lydia) in
tx = ("Clémence Aubry vous a envoyé 120,00 €\n\n« Retouches photos site 🙏 »\n\nL'argent est disponible sur votre compte Sumeria.\n\n"
      "Sumeria by Lydia\n")
notice('sumeria_fr_clemence_120.eml', A('Sumeria', 'no-reply@lydia-app.com'), 'lydia-app.com', D(30, 20, 31),
       'Clémence Aubry vous a envoyé 120,00 €', leaf(tx, cte='base64'), 'fr', 'Lydia/Sumeria', 'P2P money in with emoji note',
       direction='in', amount='120.00', currency='EUR', payer='Clémence Aubry', reference='Retouches photos site 🙏',
       value_date='2026-11-30', counts='yes')

# P34 Pennylane bank feed, 3 transactions
tx = ("Bonjour Bastien,\n\n3 nouvelles transactions ont été synchronisées depuis votre compte Qonto :\n\n"
      "03/12/2026  + 1 050,00 €  VIR SEPA LACAZE IMMOBILIER F-2026-0436\n03/12/2026  - 29,00 €    PRLV FREE PRO\n"
      "03/12/2026  + 860,00 €    VIR LUKAS HOFFMANN RECHNUNG INV-0468\n\nPensez à y rattacher vos justificatifs.\n\nL'équipe Pennylane\n"
      "Vous recevez cet e-mail car vous avez activé le résumé des transactions.\n")
notice('pennylane_fr_3_transactions.eml', A('Pennylane', 'notifications@pennylane.com'), 'pennylane.com', D(4, 6, 0),
       '3 nouvelles transactions sur votre compte', leaf(tx), 'fr', 'Pennylane', 'bank feed digest: in, out, in',
       direction='in|out|in', amount='1050.00|29.00|860.00', currency='EUR', payer='LACAZE IMMOBILIER||LUKAS HOFFMANN',
       reference='F-2026-0436|PRLV FREE PRO|RECHNUNG INV-0468', value_date='2026-12-03|2026-12-03|2026-12-03', counts='yes',
       notes='Mixed digest; counts_as_payment given once for the money-in lines (both identified).')

# P35 Remittance advice en (client AP system)
tx = ("REMITTANCE ADVICE\n\nPayer: Marlow Group plc\nPayee: RIGAUD STUDIO\nPayment date: 07/12/2026\nPayment method: SEPA Credit Transfer\n\n"
      "Invoice no.     Invoice date   Amount\nINV-0499        02/11/2026     EUR 1,650.00\n\nTotal paid: EUR 1,650.00\n\n"
      "This is an automatically generated remittance advice from our accounts payable system. Please do not reply. "
      "Queries: ap@marlowgroup.example\n")
notice('marlow_en_remittance_advice.eml', A('Marlow Group AP', 'ap-noreply@marlowgroup.example'), 'marlowgroup.example',
       D(4, 17, 30, tz='+0000'), 'Remittance Advice - Payment 200045881', leaf(tx, charset='us-ascii', cte='7bit'), 'en',
       'Marlow Group plc', 'client AP remittance advice, future payment date', direction='in', amount='1650.00',
       currency='EUR', payer='Marlow Group plc', reference='INV-0499', value_date='2026-12-07', counts='no_claim')

# P36 Avis de paiement fr with PDF
tx = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de paiement relatif au règlement de vos factures.\n\n"
      "Fournisseur : RIGAUD STUDIO (F004512)\nMontant : 2 100,00 EUR\nDate de règlement : 04/12/2026\n\n"
      "Ce message est généré automatiquement par notre système comptable, merci de ne pas y répondre.\n")
p = pdf(['GROUPE HAVILAND SERVICES - AVIS DE PAIEMENT', 'Fournisseur : RIGAUD STUDIO (F004512)', 'Facture F-2026-0448  2 100,00 EUR',
         'Mode : virement SEPA', 'Date de reglement : 04/12/2026'])
notice('haviland_fr_avis_de_paiement_pdf.eml', A('Haviland - Comptabilité Fournisseurs', 'sap-noreply@haviland-services.fr'),
       'haviland-services.fr', D(3, 22, 0), 'Avis de paiement - RIGAUD STUDIO', multi('mixed', [leaf(tx), att(p, 'application/pdf', 'AVIS_PAIEMENT_F004512.pdf')]),
       'fr', 'Groupe Haviland Services', 'remittance advice ("avis de paiement") with PDF', direction='in', amount='2100.00',
       currency='EUR', payer='GROUPE HAVILAND SERVICES', reference='F-2026-0448', value_date='2026-12-04', counts='no_claim')

# P37 Qonto card declined
tx = ("Bonjour Bastien,\n\nUn paiement de 89,00 € chez ADOBE *CREATIVE CLOUD a été refusé avec votre carte se terminant par 1184.\n\n"
      "Motif : plafond de paiement mensuel atteint.\n\nVous pouvez ajuster vos plafonds depuis l'application Qonto.\n\nL'équipe Qonto\n" + FR_AUTO + "\n")
notice('qonto_fr_paiement_carte_refuse.eml', A('Qonto', 'notifications@qonto.com'), 'qonto.com', D(30, 22, 41),
       'Paiement refusé : 89,00 €', leaf(tx), 'fr', 'Qonto', 'declined card payment', direction='failed', amount='89.00',
       currency='EUR', reference='ADOBE *CREATIVE CLOUD', value_date='2026-11-30', counts='no')

# P38 Shine merchant refund credited
tx = ("Bonjour Bastien,\n\nUn remboursement de 62,50 € de la part de SNCF CONNECT a été crédité sur votre compte.\n\n"
      "Opération initiale : paiement carte du 24/11/2026\n\nL'équipe Shine\n")
notice('shine_fr_remboursement_sncf.eml', A('Shine', 'hello@shine.fr'), 'shine.fr', D(2, 12, 30), 'Remboursement reçu : 62,50 €',
       leaf(tx), 'fr', 'Shine', 'merchant refund credited (not a client payment)', direction='refund', amount='62.50',
       currency='EUR', reference='SNCF CONNECT', value_date='2026-12-02', counts='no')

# P39 N26 direct debit out
tx = ("Hi Bastien,\n\nA direct debit of €65.99 from ADOBE SYSTEMS SOFTWARE IRELAND LTD was taken from your account.\n\n"
      "Mandate reference: ADB-88431902\n\nYour N26 Team\n")
notice('n26_en_direct_debit_adobe.eml', A('N26', 'no-reply@n26.com'), 'n26.com', D(2, 4, 10), 'Direct debit: €65.99',
       leaf(tx), 'en', 'N26', 'direct debit out', direction='out', amount='65.99', currency='EUR',
       reference='ADB-88431902', value_date='2026-12-02', counts='no')

# P40 Revolut transfer returned
tx = ("Transfer returned\n\nYour transfer of €900.00 to Studio Veldman B.V. was returned by the recipient's bank.\n"
      "Reason: Beneficiary account closed\n\nThe money is back in your EUR account.\n\nYou are receiving this email because you "
      "enabled transaction notifications for your Revolut Business account.\n")
notice('revolut_en_transfer_returned.eml', A('Revolut Business', 'no-reply@revolut.com'), 'revolut.com', D(3, 15, 50),
       'Your transfer to Studio Veldman B.V. was returned', leaf(tx), 'en', 'Revolut Business', 'outgoing transfer returned',
       direction='failed', amount='900.00', currency='EUR', reference='', value_date='2026-12-03', counts='no')

# P41 Qonto en in
tx = ("Hi Bastien,\n\nYou received a transfer of €5,400.00 on the RIGAUD STUDIO account.\n\nFrom: NORDLICHT MEDIEN GMBH\n"
      "Reference: INV-0492 / KD-10442\nDate: 12/04/2026\n\nThe Qonto team\nThis is an automated message, please do not reply.\n")
notice('qonto_en_received_nordlicht.eml', A('Qonto', 'notifications@qonto.com'), 'qonto.com', D(4, 9, 5),
       'You received a transfer of €5,400.00', leaf(tx), 'en', 'Qonto', 'English-language Qonto notice, US-style date in body',
       direction='in', amount='5400.00', currency='EUR', payer='NORDLICHT MEDIEN GMBH', reference='INV-0492 / KD-10442',
       value_date='2026-12-04', counts='yes')

# P42 Monzo low balance
tx = ("Your Monzo Business balance has dropped below £100.\n\nCurrent balance: £84.12\n\nTop up or move money from a pot in the app.\n\n"
      "You're getting this email because you set a low balance alert.\n")
notice('monzo_en_low_balance.eml', A('Monzo', 'notifications@monzo.com'), 'monzo.com', D(30, 9, 0, tz='+0000'),
       'Low balance alert', leaf(tx), 'en', 'Monzo', 'low balance alert', direction='statement', amount='84.12',
       currency='GBP', value_date='2026-11-30', counts='no')

# ============================================================== AUTO REPLIES
L = 'auto_reply'


def ar(fn, frm, dom, date, subject, body, lang, group, pattern, n=None, extra=None, facts='', notes='', to=OWNER):
    h = [('From', frm), ('To', to), ('Subject', H(subject)), ('Date', date), ('Message-ID', mid(fn, dom))]
    if n:
        h += [('In-Reply-To', rem_id(n)), ('References', rem_id(n))]
    h += (extra or [])
    emit(fn, L, h, body, lang, group, pattern, facts=facts, notes=notes)


AS = ('Auto-Submitted', 'auto-replied')
XARS = ('X-Auto-Response-Suppress', 'All')

ar('oo_fr_outlook_reponse_auto.eml', A('Sophie Marchetti', 's.marchetti@pins-dores.fr'), 'pins-dores.fr', D(30, 9, 3),
   'Réponse automatique : ' + subj_fr(431),
   leaf("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité à mes e-mails.\n"
        "Pour toute urgence, merci de contacter Karim Benali : k.benali@pins-dores.fr.\n\nCordialement,\nSophie Marchetti\n"),
   'fr', 'Camping Les Pins Dorés', 'Outlook "Réponse automatique :", Auto-Submitted', n=431, extra=[AS, XARS, XM_OL],
   facts='ooo_until=2026-12-07', notes='"jusqu\'au lundi 7 décembre inclus": back 8 Dec strictly; 7 Dec used as the date given.')

ar('oo_en_gmail_vacation.eml', A('Alex Kowalski', 'alex@northloop.example'), 'mail.gmail.com', D(30, 9, 1, tz='+0000'),
   'Out of office: back 14 December',
   leaf("Hi,\n\nThanks for your email. I'm travelling with limited access to email and will be back in the office on "
        "Monday 14 December. I'll reply as soon as I can after that.\n\nAlex\n", cte='7bit', charset='UTF-8'),
   'en', 'Northloop Ltd', 'Gmail vacation responder (custom subject), Auto-Submitted', n=476, extra=[AS],
   facts='ooo_until=2026-12-14')

ar('oo_fr_absence_sans_entetes.eml', A('Imprimerie Ménard', 'contact@imprimerie-menard.fr'), 'imprimerie-menard.fr',
   D(1, 8, 32), 'Absence du bureau',
   leaf("Bonjour,\n\nNos bureaux sont fermés pour congés annuels. Nous serons de retour le mardi 5 janvier 2027.\n"
        "Les commandes reçues pendant cette période seront traitées dès notre retour.\n\nMerci de votre compréhension,\n"
        "L'équipe Ménard\n", charset='iso-8859-1'),
   'fr', 'Imprimerie Ménard', '"Absence du bureau" with no Auto-Submitted / X-Autoreply headers', facts='ooo_until=2027-01-05',
   notes='No In-Reply-To either; recognisable from wording only. 5 Jan 2027 is a Tuesday.')

ar('ap_en_autoresponder_terms.eml', A('Accounts Payable', 'accounts.payable@harbourfinch.co.uk'), 'harbourfinch.co.uk',
   D(30, 8, 59, tz='+0000'), 'Automatic reply: ' + subj_en(457),
   leaf("Thank you for contacting Harbour & Finch Accounts Payable.\n\nThis is an automated response to confirm we have "
        "received your email. Please note:\n\n- Invoices are paid within 30 days of receipt, in our weekly payment run.\n"
        "- Invoices must quote a valid purchase order number or they will be returned.\n- Please do not send statements or "
        "duplicate invoices; these delay processing.\n\nWe aim to respond to queries within 5 working days.\n\n"
        "Accounts Payable Team\n"),
   'en', 'Harbour & Finch Ltd', 'AP mailbox autoresponder listing payment terms', n=457, extra=[AS, XARS],
   notes='Talks about invoices and payment terms but is automatic; no promise.')

ar('ap_fr_compta_fournisseurs_auto.eml', A('Comptabilité Fournisseurs', 'compta.fournisseurs@haviland-services.fr'),
   'haviland-services.fr', D(30, 9, 4), 'Accusé de réception : ' + subj_fr(448),
   leaf("Bonjour,\n\nVotre message a bien été reçu par le service Comptabilité Fournisseurs du Groupe Haviland.\n\n"
        "Délai de traitement : 5 jours ouvrés.\nNos règlements sont effectués le 10 et le 25 de chaque mois, à 60 jours fin de mois.\n"
        "Toute facture doit être déposée sur notre portail fournisseurs.\n\nCeci est une réponse automatique, merci de ne pas y répondre.\n"),
   'fr', 'Groupe Haviland Services', 'French AP acknowledgement citing payment days', n=448, extra=[AS, ('X-Autoreply', 'yes')])

ar('helpdesk_en_ticket_ack.eml', A('Lumen & Co Support', 'support@lumenandco.example'), 'lumenandco.example',
   D(1, 8, 34, tz='+0000'), '[Request #48213] Re: ' + subj_en(478),
   alt("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our "
       "support staff.\n\nTo add additional comments, reply to this email.\n\nThis email is a service from Lumen & Co Support.\n",
       "<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div><p>Your request (48213) has been received "
       "and is being reviewed by our support staff.</p><p>To add additional comments, reply to this email.</p>"
       "<p style=\"font-size:11px;color:#aaa\">This email is a service from Lumen &amp; Co Support.</p>"),
   'en', 'Lumen & Co Ltd', 'helpdesk ticket autoresponder (Zendesk-style)', n=478, extra=[AS, ('X-Mailer', 'Zendesk Mailer')])

ar('helpdesk_fr_demande_recue.eml', A('Support Orthalis', 'support@orthalis.fr'), 'orthalis.fr', D(30, 9, 6),
   'Demande reçue [#10934] ' + subj_fr(433),
   leaf("Bonjour,\n\nNous accusons réception de votre demande. Un ticket a été créé sous le numéro #10934.\n"
        "Notre équipe vous répondra dans un délai de 48 heures ouvrées.\n\nL'équipe support Orthalis\n"),
   'fr', 'Cabinet Orthalis', 'helpdesk ticket autoresponder (Freshdesk-style)', n=433, extra=[AS, ('Precedence', 'bulk')])

mdn_hum = "This is a receipt for the mail you sent to\n<gareth@thistleprint.example> at 01/12/2026 08:34\n\nThis receipt verifies that the message has been displayed on the recipient's computer at 01/12/2026 09:02\n"
mdn = ("Reporting-UA: thistleprint.example; Mozilla Thunderbird\nOriginal-Recipient: rfc822;gareth@thistleprint.example\n"
       "Final-Recipient: rfc822;gareth@thistleprint.example\nOriginal-Message-ID: " + rem_id(490) + "\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
ar('mdn_en_read_receipt.eml', A('Gareth Hughes', 'gareth@thistleprint.example'), 'thistleprint.example', D(1, 9, 2, tz='+0000'),
   'Return Receipt (displayed) - ' + subj_en(490),
   multi('report', [leaf(mdn_hum, cte='7bit', charset='UTF-8'), raw_part('message/disposition-notification; name="MDNPart2.txt"', mdn,
         ['Content-Disposition: inline'])], params='; report-type=disposition-notification', preamble='This is a multi-part message in MIME format.'),
   'en', 'Thistle Print Co.', 'MDN read receipt (RFC 8098, Thunderbird)', n=490)

mdn = ("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;n.costes@orthalis.fr\nOriginal-Message-ID: " + rem_id(433) + "\n"
       "Disposition: automatic-action/MDN-sent-automatically; displayed\n")
ar('mdn_fr_outlook_lu.eml', A('Nathalie Costes', 'n.costes@orthalis.fr'), 'orthalis.fr', D(30, 10, 12), 'Lu : ' + subj_fr(433),
   multi('report', [leaf("Votre message\n\n  À : Nathalie Costes\n  Objet : " + subj_fr(433) + "\n  Envoyé : lundi 30 novembre 2026 09:04:11 (UTC+01:00)\n\na été lu le lundi 30 novembre 2026 10:12:40 (UTC+01:00).\n"),
                    raw_part('message/disposition-notification', mdn)], params='; report-type=disposition-notification'),
   'fr', 'Cabinet Orthalis', 'Outlook "Lu :" read receipt', n=433, extra=[XM_OL])

ar('challenge_en_confirm_human.eml', A('Kelpie Candles (via MailGuard)', 'verify@mailguard-verify.example'), 'mailguard-verify.example',
   D(30, 9, 10, tz='+0000'), 'Please verify your email to isla@kelpiecandles.example',
   alt("Hi,\n\nYou recently sent an email to isla@kelpiecandles.example. Isla uses a sender verification service to keep her "
       "inbox free of spam.\n\nTo deliver your message, please confirm you are a real person by clicking the link below "
       "(one time only):\n\nhttps://mailguard-verify.example/c/8d1f20aa93\n\nYour message will be held for 7 days.\n",
       "<p>Hi,</p><p>You recently sent an email to <b>isla@kelpiecandles.example</b>. Isla uses a sender verification service to "
       "keep her inbox free of spam.</p><p><a href=\"https://mailguard-verify.example/c/8d1f20aa93\">I'm a person, deliver my message</a></p>"
       "<p style=\"font-size:11px\">Your message will be held for 7 days.</p>"),
   'en', 'mailguard-verify.example', 'challenge-response sender verification', n=496, extra=[AS])

ar('oo_de_en_bilingual.eml', A('Moritz Brandt', 'buchhaltung@nordlicht-medien.example'), 'nordlicht-medien.example', D(30, 9, 2),
   'Automatische Antwort: ' + subj_en(492),
   leaf("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Dezember nicht im Büro "
        "und ab dem 9. Dezember wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an info@nordlicht-medien.example.\n\n"
        "Dear Sir or Madam,\n\nthank you for your message. I am out of the office until 8 December and will be back on "
        "9 December. For urgent matters please contact info@nordlicht-medien.example.\n\nMit freundlichen Grüßen / Kind regards\nMoritz Brandt\n"),
   'de', 'Nordlicht Medien GmbH', 'German/English bilingual OOO, Outlook "Automatische Antwort"', n=492, extra=[AS, XARS, XM_OL],
   facts='ooo_until=2026-12-09', notes='Sent Monday 30 Nov; the human reply from the same person on 2 Dec is separate (fine in a set).')

ar('oo_nl_en_until_monday.eml', A('Sanne de Groot', 'sanne@studioveldman.example'), 'studioveldman.example', D(2, 8, 33),
   'Automatic reply: ' + subj_en(472),
   leaf("Hi, thanks for your message. I'm out of office until Monday 7 December. For invoices and payments please email "
        "administratie@studioveldman.example.\n\nGroet, Sanne\n"),
   'en', 'Studio Veldman B.V.', 'short English OOO from Dutch company, relative weekday + date', n=472, extra=[AS, XM_OL],
   facts='ooo_until=2026-12-07')

ar('oo_fr_deplacement_sans_date.eml', A('Emmanuel Roux', 'e.roux@roux-plomberie.fr'), 'roux-plomberie.fr', D(30, 9, 5),
   'Re: ' + subj_fr(450),
   leaf("Bonjour,\n\nJe suis actuellement sur chantier et ne consulte mes e-mails que ponctuellement. Je vous répondrai dès que "
        "possible.\nPour une urgence : 06 00 00 00 00.\n\nEmmanuel Roux\n\n(Message automatique)\n"),
   'fr', 'Roux & Fils Plomberie', 'OOO without return date, "Re:" subject, X-Autoreply only', n=450, extra=[('X-Autoreply', 'yes')])

ar('leaver_en_mailbox_not_monitored.eml', A('Tom Pritchard', 'tom@greyhoundcycles.co.uk'), 'greyhoundcycles.co.uk',
   D(30, 9, 0, tz='+0000'), 'Automatic reply: ' + subj_en(470),
   leaf("Tom has left Greyhound Cycles and this mailbox is no longer monitored.\n\nFor accounts queries please contact "
        "accounts@greyhoundcycles.co.uk. For anything else, hello@greyhoundcycles.co.uk.\n"),
   'en', 'Greyhound Cycles', 'leaver autoreply redirecting to another address', n=470, extra=[AS, XM_OL],
   notes='Not a bounce: the message was delivered.')

ar('oo_en_parental_leave.eml', A('Olivia Chen', 'olivia@fenwicklowe.example'), 'fenwicklowe.example', D(30, 9, 6, tz='+0000'),
   'Out of Office: ' + subj_en(486),
   leaf("Thank you for your email. I am on parental leave until 1 March 2027. Invoices and payment queries are being "
        "handled by Marcus Lowe (accounts@fenwicklowe.example) in the meantime.\n\nOlivia\n"),
   'en', 'Fenwick & Lowe Architects', 'long absence, parental leave, delegate named', n=486, extra=[AS],
   facts='ooo_until=2027-03-01', notes='Her human reply dated 30 Nov 13:15 exists too; plausible if sent from phone.')

# ============================================================== BOUNCES
L = 'bounce'


def orig_hdrs(to, n, lang='fr'):
    return (f"From: Bastien Rigaud <bastien@rigaud-studio.fr>\nTo: {to}\nSubject: {subj_fr(n) if lang == 'fr' else subj_en(n)}\n"
            f"Date: Mon, 30 Nov 2026 09:00:12 +0100\nMessage-ID: {rem_id(n)}\n")


def dsn(fn, frm, dom, date, subject, human, status_txt, orig, lang, group, pattern, facts, notes='', extra=None, human_cs='utf-8'):
    parts = [leaf(human, charset=human_cs), raw_part('message/delivery-status', status_txt),
             raw_part('text/rfc822-headers', orig)]
    body = multi('report', parts, params='; report-type=delivery-status', preamble='This is a MIME-encapsulated message.')
    h = [('From', frm), ('To', OA), ('Subject', H(subject)), ('Date', date), ('Message-ID', mid(fn, dom)),
         ('Auto-Submitted', 'auto-replied')] + (extra or [])
    emit(fn, L, h, body, lang, group, pattern, facts=facts, notes=notes)


rc = 'contact@vaudrey-menuiserie.example'
dsn('gmail_en_address_not_found.eml', A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), 'mx.google.com',
    D(30, 9, 0, 40), 'Delivery Status Notification (Failure)',
    f"** Address not found **\n\nYour message wasn't delivered to {rc} because the address couldn't be found, or is unable "
    "to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n"
    f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email "
    "address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser\n",
    f"Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 30 Nov 2026 00:00:12 -0800 (PST)\n\nFinal-Recipient: rfc822; {rc}\n"
    "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; aspmx.l.google.com. (142.250.27.26, the server for the domain.)\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: Mon, 30 Nov 2026 00:00:40 -0800 (PST)\n",
    orig_hdrs(rc, 422), 'en', 'Gmail', 'Gmail NoSuchUser DSN', f'failed_recipient={rc}')

rc = 'accounts@oldclient-ltd.example'
dsn('exchange_en_undeliverable.eml', A('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rigaud-studio.fr'),
    'rigaud-studio.fr', D(30, 9, 1, 5), 'Undeliverable: ' + subj_en(474),
    f"Your message to {rc} couldn't be delivered.\n\naccounts wasn't found at oldclient-ltd.example.\n\nBastien       Office 365      accounts\nAction Required                Recipient\n\n"
    "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
    "- Retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\nGenerating server: AM9PR02MB7281.eurprd02.prod.outlook.com\n"
    f"{rc}\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
    f"Reporting-MTA: dns;AM9PR02MB7281.eurprd02.prod.outlook.com\nReceived-From-MTA: dns;AM9PR02MB7281.eurprd02.prod.outlook.com\n"
    f"Arrival-Date: Mon, 30 Nov 2026 08:01:02 +0000\n\nFinal-Recipient: rfc822;{rc}\nAction: failed\nStatus: 5.1.10\n"
    "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
    orig_hdrs(rc, 474, 'en'), 'en', 'Exchange Online', 'Office 365 NDR 5.1.10', f'failed_recipient={rc}',
    extra=[('X-MS-Exchange-Message-Is-Ndr', '')])

rc = 'j.pelletier@wanadoo.fr'
dsn('orange_fr_message_non_remis.eml', A('Mail Delivery System', 'MAILER-DAEMON@orange.fr'), 'smtp.orange.fr', D(30, 9, 2, 11),
    'Message non remis / Undelivered Mail',
    "Ce message a été créé automatiquement par le logiciel de messagerie.\n\nUn message que vous avez envoyé n'a pas pu être "
    f"remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente.\n\n  {rc}\n    boîte aux lettres inexistante ou désactivée\n\n"
    "This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients.\n",
    f"Reporting-MTA: dns; opmta1mto21nd1.mail.orange.fr\nArrival-Date: Mon, 30 Nov 2026 09:02:09 +0100\n\nFinal-Recipient: rfc822; {rc}\n"
    "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <" + rc + ">: Recipient address rejected: User unknown OFR_416\n",
    orig_hdrs(rc, 437), 'fr', 'Orange/Wanadoo', 'Orange bilingual NDR, wanadoo.fr recipient', f'failed_recipient={rc}',
    human_cs='iso-8859-1')

rc = 'atelier.bouvier@free.fr'
dsn('free_en_postfix_mailbox_full.eml', A('Mail Delivery System', 'MAILER-DAEMON@smtp.rigaud-studio.fr'), 'smtp.rigaud-studio.fr',
    D(1, 8, 33, 50), 'Undelivered Mail Returned to Sender',
    "This is the mail system at host smtp.rigaud-studio.fr.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    f"                   The mail system\n\n<{rc}>: host mx1.free.fr[212.27.48.6] said: 552 5.2.2 Mailbox full\n    (in reply to RCPT TO command)\n",
    f"Reporting-MTA: dns; smtp.rigaud-studio.fr\nX-Postfix-Queue-ID: 4Rk2Lw0Zr5z9vBx\nArrival-Date: Tue,  1 Dec 2026 08:33:48 +0100 (CET)\n\n"
    f"Final-Recipient: rfc822; {rc}\nOriginal-Recipient: rfc822;{rc}\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx1.free.fr\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
    orig_hdrs(rc, 438), 'en', 'Free', 'Postfix bounce, Free mailbox full', f'failed_recipient={rc}')

rc = 'facturation@brasserie-du-quai.example'
dsn('ovh_en_user_unknown.eml', A('Mail Delivery System', 'MAILER-DAEMON@mo543.mail-out.ovh.net'), 'mo543.mail-out.ovh.net',
    D(30, 9, 3, 2), 'Undelivered Mail Returned to Sender',
    "This is the mail system at host mo543.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\n"
    f"be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<{rc}>: host mx3.mail.ovh.net[188.165.47.122] said: 550 5.1.1 <{rc}>:\n    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
    f"Reporting-MTA: dns; mo543.mail-out.ovh.net\nX-Postfix-Queue-ID: 4RjzQ95Mkfz1xq\nArrival-Date: Mon, 30 Nov 2026 09:02:59 +0100 (CET)\n\n"
    f"Final-Recipient: rfc822; {rc}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx3.mail.ovh.net\nDiagnostic-Code: smtp; 550 5.1.1 <{rc}>: Recipient address rejected: User unknown in virtual mailbox table\n",
    orig_hdrs(rc, 439), 'en', 'OVH', 'OVH outbound Postfix, user unknown', f'failed_recipient={rc}')

rc = 'compta@sci-tilleuls.example'
dsn('postfix_en_delayed.eml', A('Mail Delivery System', 'MAILER-DAEMON@smtp.rigaud-studio.fr'), 'smtp.rigaud-studio.fr',
    D(30, 13, 4, 1), 'Delayed Mail (still being retried)',
    "This is the mail system at host smtp.rigaud-studio.fr.\n\n####################################################################\n"
    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
    "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
    f"                   The mail system\n\n<{rc}>: connect to mx.sci-tilleuls.example[203.0.113.25]:25: Connection timed out\n",
    f"Reporting-MTA: dns; smtp.rigaud-studio.fr\nX-Postfix-Queue-ID: 4Rk0mC2qHfz9vC1\nArrival-Date: Mon, 30 Nov 2026 09:01:00 +0100 (CET)\n\n"
    f"Final-Recipient: rfc822; {rc}\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.sci-tilleuls.example[203.0.113.25]:25: Connection timed out\n"
    "Will-Retry-Until: Sat, 5 Dec 2026 09:01:00 +0100 (CET)\n",
    orig_hdrs(rc, 419), 'en', 'Postfix', 'Postfix delay warning (Action: delayed)', f'failed_recipient={rc};bounce_final=no')

rc = 'finance@tidewell.example'
dsn('gmail_en_delay.eml', A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), 'mx.google.com', D(2, 1, 14, 0),
    'Delivery Status Notification (Delay)',
    f"** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {rc}. Gmail will retry for 45 "
    "more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\n451 4.3.0 Mail server temporarily rejected message.\n",
    f"Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 01 Dec 2026 08:10:44 -0800 (PST)\n\nFinal-Recipient: rfc822; {rc}\n"
    "Action: delayed\nStatus: 4.3.0\nDiagnostic-Code: smtp; 451 4.3.0 Mail server temporarily rejected message.\nWill-Retry-Until: Thu, 03 Dec 2026 08:10:44 -0800 (PST)\n",
    orig_hdrs(rc, 463, 'en'), 'en', 'Gmail', 'Gmail delay DSN', f'failed_recipient={rc};bounce_final=no')

# Exim without delivery-status part
rc = 'info@kelpiecandles-old.example'
t = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
     "recipients. This is a permanent error. The following address(es) failed:\n\n  " + rc + "\n    host mail.kelpiecandles-old.example [198.51.100.7]\n"
     "    SMTP error from remote mail server after RCPT TO:<" + rc + ">:\n    550 No such recipient here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
     + orig_hdrs(rc, 496, 'en') + "\n" + rem_en(496, '£780.00', '19 November 2026'))
emit('exim_en_plain_no_dsn.eml', L,
     [('From', 'Mail Delivery System <Mailer-Daemon@mail.hostbox.example>'), ('To', OA),
      ('Subject', 'Mail delivery failed: returning message to sender'), ('Date', D(30, 9, 5, 30, '+0000')),
      ('Message-ID', mid('ex8', 'mail.hostbox.example')), ('X-Failed-Recipients', rc), ('Auto-Submitted', 'auto-replied')],
     leaf(t, cte='8bit', charset='utf-8'), 'en', 'Exim', 'Exim plain-text bounce, no delivery-status part',
     facts=f'failed_recipient={rc}')

rc = 'direction@dufresne-archi.example'
dsn('exchange_fr_non_remis.eml', A("Administrateur système", 'postmaster@dufresne-archi.example'), 'dufresne-archi.example',
    D(30, 9, 4, 20), 'Non remis : ' + subj_fr(458),
    "Impossible de remettre le message à ces destinataires ou groupes :\n\n" + rc + "\nLa boîte aux lettres du destinataire est pleine et "
    "ne peut pas accepter de messages pour le moment. Réessayez de renvoyer le message plus tard ou contactez directement le destinataire.\n\n"
    "Informations de diagnostic pour les administrateurs :\nServeur de génération : EXCH01.dufresne.local\n" + rc + "\n#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##\n",
    f"Reporting-MTA: dns;EXCH01.dufresne.local\nReceived-From-MTA: dns;mx.dufresne-archi.example\nArrival-Date: Mon, 30 Nov 2026 08:04:18 +0000\n\n"
    f"Final-Recipient: rfc822;{rc}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n",
    orig_hdrs(rc, 458), 'fr', 'Exchange on-premises', 'French Exchange NDR "Non remis :", quota exceeded', f'failed_recipient={rc}')

rc = 'orders@caledonprint.example'
dsn('postfix_en_rejected_spam.eml', A('Mail Delivery System', 'MAILER-DAEMON@smtp.rigaud-studio.fr'), 'smtp.rigaud-studio.fr',
    D(1, 8, 40, 3), 'Undelivered Mail Returned to Sender',
    "This is the mail system at host smtp.rigaud-studio.fr.\n\nI'm sorry to have to inform you that your message could not\n"
    f"be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<{rc}>: host caledonprint-example.mail.protection.outlook.com[52.101.73.12]\n"
    "    said: 550 5.7.1 Service unavailable, Client host [198.51.100.44] blocked using Spamhaus. (in reply to RCPT TO command)\n",
    f"Reporting-MTA: dns; smtp.rigaud-studio.fr\nX-Postfix-Queue-ID: 4Rk3Bd1LnPz9vD7\nArrival-Date: Tue,  1 Dec 2026 08:40:00 +0100 (CET)\n\n"
    f"Final-Recipient: rfc822; {rc}\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; caledonprint-example.mail.protection.outlook.com\n"
    "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable, Client host [198.51.100.44] blocked using Spamhaus.\n",
    orig_hdrs(rc, 484, 'en'), 'en', 'Postfix', 'rejected by recipient as spam (blocklist)', f'failed_recipient={rc}')

# ============================================================== OTHER
L = 'other'


def oth(fn, frm, dom, date, subject, body, lang, group, pattern, provider='', extra=None, notes='', to=ME):
    h = [('From', frm), ('To', to), ('Subject', H(subject)), ('Date', date), ('Message-ID', mid(fn, dom))] + (extra or [])
    emit(fn, L, h, body, lang, group, pattern, provider=provider, notes=notes)


LU = lambda u: ('List-Unsubscribe', f'<{u}>')

oth('qonto_fr_newsletter_decembre.eml', A('Qonto', 'newsletter@qonto.com'), 'qonto.com', D(1, 10, 0), 'Ce qui change chez Qonto en décembre ✨',
    alt("Bonjour Bastien,\n\nCe mois-ci : la facturation électronique se prépare, les virements instantanés deviennent gratuits sur "
        "tous les forfaits, et un nouveau tableau de bord de trésorerie arrive.\n\nDécouvrir les nouveautés : https://qonto.com/fr/blog\n\n"
        "Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire : https://qonto.com/unsubscribe\n",
        "<h1>Ce qui change en décembre</h1><p>Facturation électronique, virements instantanés gratuits, nouveau tableau de bord de trésorerie.</p>"
        "<p><a href=\"https://qonto.com/fr/blog\">Découvrir</a></p><p style=\"font-size:11px\">Vous recevez cet e-mail car vous êtes client Qonto.</p>"),
    'fr', 'Qonto', 'bank newsletter (no money movement)', provider='Qonto', extra=[LU('https://qonto.com/unsubscribe'), ('Precedence', 'bulk')])

oth('revolut_en_marketing_fx.eml', A('Revolut Business', 'marketing@revolut.com'), 'revolut.com', D(2, 14, 0),
    'Get paid faster in 30+ currencies',
    alt("Hi Bastien,\n\nSend payment links in GBP, USD and EUR and get paid by card, Apple Pay or bank transfer. No setup fees.\n\n"
        "Try payment links: https://business.revolut.com/payment-links\n\nYou're receiving this email because you subscribed to product updates. Unsubscribe anytime.\n",
        "<h2>Get paid faster in 30+ currencies</h2><p>Send payment links and get paid by card, Apple Pay or bank transfer.</p>"),
    'en', 'Revolut Business', 'neobank marketing mentioning "get paid"', provider='Revolut Business', extra=[LU('https://revolut.com/unsub')])

oth('ovh_fr_facture_fournisseur.eml', A('OVHcloud', 'noreply@ovh.com'), 'ovh.com', D(1, 3, 12), 'Votre facture OVHcloud FR68923451',
    multi('mixed', [leaf("Bonjour,\n\nVotre facture FR68923451 d'un montant de 23,99 € TTC est disponible.\nElle sera prélevée sur votre "
                         "moyen de paiement par défaut le 04/12/2026.\n\nRetrouvez-la dans votre espace client, rubrique Facturation.\n\n"
                         "L'équipe OVHcloud\n"),
                    att(pdf(['OVHcloud - Facture FR68923451', 'Client : rigaud-studio.fr', 'Hebergement Web Pro - 12 mois',
                             'Total TTC : 23,99 EUR']), 'application/pdf', 'Facture_FR68923451.pdf')]),
    'fr', 'OVHcloud', 'supplier invoice to the owner with PDF', provider='OVHcloud')

oth('freepro_fr_facture_disponible.eml', A('Free Pro', 'facturation@freepro.fr'), 'freepro.fr', D(2, 6, 0), 'Votre facture Free Pro est disponible',
    leaf("Bonjour,\n\nVotre facture Free Pro de décembre 2026, d'un montant de 29,00 € TTC, est disponible dans votre Espace Abonné.\n"
         "Elle sera prélevée à partir du 03/12/2026.\n\nFree Pro\nCeci est un message automatique.\n"),
    'fr', 'Free Pro', 'supplier invoice notice (telecom)', provider='Free Pro')

oth('comptable_fr_facture_honoraires.eml', A('Cabinet Lefèvre & Associés', 'facturation@lefevre-expertise.fr'), 'lefevre-expertise.fr',
    D(30, 11, 15), 'Facture honoraires novembre 2026 - RIGAUD STUDIO',
    multi('mixed', [leaf("Bonjour Monsieur Rigaud,\n\nVeuillez trouver ci-joint notre facture n° H-2026-1187 relative à la tenue de votre "
                         "comptabilité pour le mois de novembre, d'un montant de 180,00 € TTC, payable à 30 jours.\n\nRestant à votre disposition,\n"
                         "Cordialement,\n\nLaurence Petit\nCabinet Lefèvre & Associés — Expertise comptable\n"),
                    att(pdf(['Cabinet Lefevre & Associes', 'Facture H-2026-1187', 'Tenue comptable novembre 2026', 'Total TTC : 180,00 EUR']),
                        'application/pdf', 'H-2026-1187.pdf')]),
    'fr', 'Cabinet Lefèvre & Associés', 'accountant\'s invoice TO the owner (human-written but a supplier invoice)',
    notes='Written by a person but it is a supplier invoice to the owner: other per guide.')

oth('urssaf_fr_nouveau_message.eml', A('Urssaf', 'ne_pas_repondre@urssaf.fr'), 'urssaf.fr', D(1, 12, 0), 'Vous avez un nouveau message',
    leaf("Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne sur urssaf.fr, rubrique Messagerie.\n\n"
         "Objet : Échéancier de vos cotisations 2027\n\nCordialement,\nVotre Urssaf\n\nCeci est un message automatique, merci de ne pas y répondre.\n"),
    'fr', 'Urssaf', 'administration portal notification', provider='Urssaf')

oth('impots_fr_avis_cfe.eml', A('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'), 'dgfip.finances.gouv.fr', D(30, 7, 0),
    'Votre avis de CFE est disponible dans votre espace professionnel',
    leaf("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel "
         "sur impots.gouv.fr.\n\nDate limite de paiement : 15/12/2026.\n\nLa Direction générale des Finances publiques\n"
         "Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.\n"),
    'fr', 'DGFiP', 'tax notice availability (amount due by owner)', provider='impots.gouv.fr')

oth('malt_fr_nouvelle_mission.eml', A('Malt', 'notifications@malt.fr'), 'malt.fr', D(2, 9, 45), 'Nouvelle opportunité : Refonte site e-commerce Shopify',
    alt("Bonjour Bastien,\n\nUn client vous a contacté pour une mission :\n\nRefonte site e-commerce Shopify — 15 jours — Lyon / remote\n\n"
        "Répondez rapidement pour augmenter vos chances : https://www.malt.fr/messages\n\nL'équipe Malt\nGérer mes notifications\n",
        "<p>Bonjour Bastien,</p><p>Un client vous a contacté pour une mission :</p><p><b>Refonte site e-commerce Shopify</b><br>15 jours — Lyon / remote</p>"),
    'fr', 'Malt', 'freelance marketplace notification', provider='Malt')

oth('upwork_en_contract_ended.eml', A('Upwork', 'donotreply@upwork.com'), 'upwork.com', D(3, 17, 5), 'Your contract with Redwood Ridge Software has ended',
    leaf("Hi Bastien,\n\nRedwood Ridge Software ended the contract \"React dashboard fixes\". Please leave feedback to help other freelancers.\n\n"
         "Leave feedback: https://www.upwork.com/ab/feedback\n\nThe Upwork Team\n"),
    'en', 'Upwork', 'marketplace notification (contract ended, no money)', provider='Upwork')

oth('linkedin_en_searches.eml', A('LinkedIn', 'notifications-noreply@linkedin.com'), 'linkedin.com', D(30, 18, 22),
    'Bastien, you appeared in 14 searches this week',
    alt("You appeared in 14 searches this week\n\nSearchers found you through: UX designer, Webflow, front-end freelance\n\n"
        "See all searches: https://www.linkedin.com/me/search-appearances\n\nThis email was intended for Bastien Rigaud (Freelance web designer). "
        "You are receiving LinkedIn notification emails. Unsubscribe.\n",
        "<p><b>You appeared in 14 searches this week</b></p><p>Searchers found you through: UX designer, Webflow, front-end freelance</p>"),
    'en', 'LinkedIn', 'social network notification', provider='LinkedIn', extra=[LU('https://www.linkedin.com/e/unsub')])

oth('phish_en_paypal_limited.eml', A('PayPal Service', 'service@paypal-resolution-center.example'), 'paypal-resolution-center.example',
    D(1, 3, 47, tz='-0500'), 'Your account has been limited until we hear from you',
    leaf('<html><body><p>Dear Customer,</p><p>We noticed unusual activity on your PayPal account. A payment of <b>&euro;1,249.00</b> '
         'to an unknown merchant is on hold. As a precaution we have limited your account.</p><p><a href="http://paypal-resolution-center.example/login">'
         'Confirm your information</a> within 24 hours or your account will be permanently suspended.</p><p>PayPal Security Team</p></body></html>',
         'html', charset='iso-8859-1'),
    'en', 'phishing', 'PayPal lookalike phishing mentioning a payment amount', notes='Phishing imitating PayPal: other per guide.')

oth('phish_fr_credit_agricole_suspendu.eml', A('Crédit Agricole', 'securite@ca-alerte-client.example'), 'ca-alerte-client.example',
    D(3, 23, 12), 'Important : votre accès en ligne sera suspendu',
    leaf("Cher(e) client(e),\n\nSuite à une mise à jour de nos systèmes de sécurité, un virement entrant de 2 480,00 EUR est en attente de "
         "validation sur votre compte. Pour le débloquer, veuillez confirmer votre identité avant 48h :\n\nhttp://ca-alerte-client.example/valider\n\n"
         "Sans action de votre part, votre accès sera suspendu.\n\nService Sécurité Crédit Agricole\n"),
    'fr', 'phishing', 'bank lookalike phishing baiting with an incoming transfer', notes='Fake domain, urgency, credential link.')

oth('spam_fr_vous_avez_gagne.eml', A('Service Gagnants', 'gagnant@promo-jeux-noel.example'), 'promo-jeux-noel.example', D(2, 4, 33),
    'Félicitations ! Vous avez gagné un iPhone 17 Pro 🎁',
    leaf("Félicitations Bastien !\n\nVous avez été tiré(e) au sort parmi nos participants. Il vous suffit de régler les frais de livraison "
         "(1,95 €) pour recevoir votre iPhone 17 Pro.\n\nRéclamer mon cadeau : http://promo-jeux-noel.example/r/77x\n\nOffre valable 24h.\n"),
    'fr', 'spam', 'prize spam')

ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
       "DTSTART:20261210T140000Z\nDTEND:20261210T150000Z\nDTSTAMP:20261201T101500Z\nORGANIZER;CN=Hannah Brooks:mailto:hannah@oakandember.example\n"
       "UID:4kq2v9b1q3d8s0e7p6v5n4m3l2@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bastien@rigaud-studio.fr:mailto:bastien@rigaud-studio.fr\n"
       "SUMMARY:Phase 2 kickoff - Oak & Ember x Rigaud Studio\nLOCATION:https://meet.google.com/abc-defg-hij\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
oth('gcal_en_invitation.eml', A('Hannah Brooks', 'hannah@oakandember.example'), 'google.com', D(1, 11, 15, tz='+0000'),
    'Invitation: Phase 2 kickoff - Oak & Ember x Rigaud Studio @ Thu Dec 10, 2026 2pm - 3pm (GMT)',
    multi('mixed', [multi('alternative', [leaf("You have been invited to the following event.\n\nPhase 2 kickoff - Oak & Ember x Rigaud Studio\n"
                                               "When: Thursday 10 Dec 2026 2pm – 3pm (GMT)\nJoining info: https://meet.google.com/abc-defg-hij\n\n"
                                               "Invitation from Google Calendar\n"),
                                          raw_part('text/calendar; charset="UTF-8"; method=REQUEST', ics, ['Content-Transfer-Encoding: 7bit'])]),
                    att(ics.encode(), 'application/ics', 'invite.ics')]),
    'en', 'Google Calendar', 'calendar invitation sent by the system', provider='Google Calendar',
    extra=[('Sender', 'Google Calendar <calendar-notification@google.com>')])

oth('doctolib_fr_rappel_rdv.eml', A('Doctolib', 'no-reply@doctolib.fr'), 'doctolib.fr', D(3, 18, 0), 'Rappel : votre rendez-vous demain à 09:30',
    leaf("Bonjour Bastien RIGAUD,\n\nNous vous rappelons votre rendez-vous :\n\nVendredi 4 décembre 2026 à 09:30\nDr Anne Vasseur-Blanc — Kinésithérapeute\n"
         "12 rue des Carmes, 44000 Nantes\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous.\n\nL'équipe Doctolib\n"),
    'fr', 'Doctolib', 'appointment reminder', provider='Doctolib')

oth('dhl_en_shipment_on_the_way.eml', A('DHL Express', 'noreply@dhl.com'), 'dhl.com', D(2, 7, 40, tz='+0000'),
    'Your DHL Express shipment 4829103375 is on its way',
    alt("Your shipment is on its way\n\nWaybill: 4829103375\nFrom: Thistle Print Co., Edinburgh\nEstimated delivery: Friday, 4 December 2026 by end of day\n\n"
        "A customs duty/VAT payment of EUR 18.40 may be required. Track: https://www.dhl.com/fr-en/home/tracking.html\n",
        "<h2>Your shipment is on its way</h2><p>Waybill: 4829103375<br>Estimated delivery: Friday, 4 December 2026</p>"),
    'en', 'DHL Express', 'shipping notice mentioning duties to pay', provider='DHL')

oth('google_en_security_alert.eml', A('Google', 'no-reply@accounts.google.com'), 'accounts.google.com', D(30, 23, 58, tz='+0000'),
    'Security alert',
    alt("A new sign-in on Mac\n\nbastien.rigaud.studio@example.com\n\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. "
        "If not, we'll help you secure your account.\n\nCheck activity: https://myaccount.google.com/notifications\n\nYou received this email to let you know about important changes to your Google Account and services.\n",
        "<p><b>A new sign-in on Mac</b></p><p>We noticed a new sign-in to your Google Account on a Mac device.</p>"),
    'en', 'Google', 'security alert', provider='Google')

oth('wise_en_fee_update.eml', A('Wise', 'noreply@wise.com'), 'wise.com', D(3, 11, 0, tz='+0000'), "We're updating our Business pricing on 1 January",
    leaf("Hi Bastien,\n\nFrom 1 January 2027, receiving USD wire payments to your account details will cost 6.11 USD per payment (currently 4.14 USD). "
         "Everything else stays the same.\n\nSee the full pricing: https://wise.com/pricing/business\n\nThe Wise Team\n\n"
         "You're receiving this because you have a Wise Business account.\n"),
    'en', 'Wise', 'pricing/terms change from a payment service (no movement)', provider='Wise')

oth('indy_fr_newsletter_2035.eml', A('Indy', 'bonjour@indy.fr'), 'indy.fr', D(4, 8, 30), 'Clôture 2026 : 5 choses à faire avant le 31 décembre',
    alt("Bonjour Bastien,\n\nLa fin d'année approche ! Relancez vos factures impayées, vérifiez vos justificatifs et anticipez votre 2035.\n\n"
        "Lire l'article : https://www.indy.fr/blog/cloture\n\nSe désinscrire\n",
        "<h1>Clôture 2026</h1><ol><li>Relancez vos factures impayées</li><li>Vérifiez vos justificatifs</li><li>Anticipez votre 2035</li></ol>"),
    'fr', 'Indy', 'accounting SaaS newsletter mentioning unpaid invoices', provider='Indy', extra=[LU('https://www.indy.fr/unsubscribe')])

oth('qonto_fr_facture_abonnement.eml', A('Qonto', 'billing@qonto.com'), 'qonto.com', D(1, 4, 0), 'Votre facture Qonto de novembre 2026',
    multi('mixed', [leaf("Bonjour Bastien,\n\nVotre facture d'abonnement Qonto (forfait Smart) pour novembre 2026 est disponible : 19,00 € HT.\n"
                         "Le montant a été prélevé sur votre compte principal.\n\nL'équipe Qonto\n"),
                    att(pdf(['Qonto - Facture abonnement', 'Forfait Smart - novembre 2026', 'Total : 22,80 EUR TTC']), 'application/pdf',
                        'qonto-invoice-2026-11.pdf')]),
    'fr', 'Qonto', 'bank\'s own subscription invoice', provider='Qonto', notes='Bank fee invoice: other per guide.')

oth('notion_en_password_reset.eml', A('Notion Team', 'notify@mail.notion.so'), 'mail.notion.so', D(2, 22, 50, tz='+0000'), 'Reset your Notion password',
    leaf("Hi,\n\nWe received a request to reset the password for your Notion account (bastien@rigaud-studio.fr).\n\n"
         "Reset password: https://www.notion.so/reset?token=7b2e…\n\nIf you didn't ask for this, you can ignore this email.\n"),
    'en', 'Notion', 'password reset')

# ---------------------------------------------------------------- labels.tsv
with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(COLS) + '\n')
    for r in rows:
        f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
print(len(rows), 'messages')
