#!/usr/bin/env python3
"""Builds the final15 blind evaluation set for dunnerd (owner: Hélène Castelnau,
Castelnau Traiteur, Rennes). Standard library only. Run: python3 build.py
Writes <label>/<name>.eml and labels.tsv next to this script."""
import os, base64, quopri, hashlib, shutil
import email.utils, email.header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final15'
OWNER_NAME = 'Hélène Castelnau'
OWNER = 'helene@castelnau-traiteur.fr'
OWNER_H = email.utils.formataddr((OWNER_NAME, OWNER), charset='utf-8')
ROWS = []
COLS = ('file label source_repo source_path source_commit license fidelity lang provider '
        'source_group pattern direction amount currency payer reference value_date '
        'counts_as_payment facts split notes').split()
DAYN = {30: 'Mon', 1: 'Tue', 2: 'Wed', 3: 'Thu', 4: 'Fri', 29: 'Sun', 28: 'Sat', 5: 'Sat'}


def D(day, hh, mm, ss=0, tz='+0100'):
    mon = 'Nov' if day >= 20 else 'Dec'
    return '%s, %d %s 2026 %02d:%02d:%02d %s' % (DAYN[day], day, mon, hh, mm, ss, tz)


def A(name, addr):
    return email.utils.formataddr((name, addr), charset='utf-8') if name else addr


def H(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, 'utf-8', maxlinelen=76).encode()


def HQ(s, cs='iso-8859-1'):
    return email.header.Header(s, cs, maxlinelen=76).encode()


def _h(hs):
    return ''.join('%s: %s\n' % kv for kv in hs).encode('utf-8')


def T(text, sub='plain', cs='utf-8', cte='quoted-printable', ctx='', dispo=None):
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    hs = [('Content-Type', 'text/%s; charset="%s"%s' % (sub, cs, ctx)),
          ('Content-Transfer-Encoding', cte)]
    if dispo:
        hs.append(('Content-Disposition', dispo))
    return (hs, body)


def HT(html, **kw):
    return T(html, sub='html', **kw)


def RAWP(ctype, text, extra=()):
    return ([('Content-Type', ctype)] + list(extra), text.encode('utf-8'))


def ATT(filename, ctype, data, inline=False):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return ([('Content-Type', '%s; name="%s"' % (ctype, filename)),
             ('Content-Disposition', '%s; filename="%s"' % ('inline' if inline else 'attachment', filename)),
             ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


_bn = [0]


def MP(sub, parts, params='', preamble='This is a multi-part message in MIME format.\n', boundary=None, close=True):
    _bn[0] += 1
    b = boundary or ('----=_Part_%d_%s' % (_bn[0], hashlib.md5(str(_bn[0]).encode()).hexdigest()[:12]))
    out = preamble.encode()
    for hs, body in parts:
        out += b'\n--' + b.encode() + b'\n' + _h(hs) + b'\n' + body.rstrip(b'\n') + b'\n'
    if close:
        out += b'\n--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, b, params))], out)


def ALT(text, html, **kw):
    return MP('alternative', [text, html], **kw)


def PDF(lines):
    """Minimal one-page PDF with text lines (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT /F1 11 Tf']
    for ln in lines:
        ops.append('1 0 0 1 50 %d Tm (%s) Tj' % (y, esc(ln)))
        y -= 16
    ops.append('ET')
    stream = '\n'.join(ops).encode('cp1252', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def REM(n, k=1):
    return '<dunnerd.%d.%d@castelnau-traiteur.fr>' % (n, k)


def INV(n):
    return 'F-2026-%04d' % n


def RSUBJ(n, lang='fr'):
    return ('Rappel : facture %s échue' % INV(n)) if lang == 'fr' else ('Reminder: invoice INV-%04d is overdue' % n)


def reminder_text(n, amount, due, lang='fr', to_name=None):
    if lang == 'fr':
        return ('Bonjour%s,\n\nSauf erreur de ma part, la facture %s d\'un montant de %s TTC, '
                'échue le %s, reste à ce jour impayée.\n\nPourriez-vous me dire où en est le règlement ? '
                'Vous trouverez la facture en pièce jointe et mon RIB en bas de celle-ci.\n\n'
                'Bien cordialement,\n\nHélène Castelnau\nCastelnau Traiteur – traiteur événementiel\n'
                '14 rue de la Parcheminerie, 35000 Rennes\n' % (' ' + to_name if to_name else '', INV(n), amount, due))
    return ('Hello%s,\n\nUnless I am mistaken, invoice INV-%04d for %s, due on %s, is still unpaid.\n\n'
            'Could you let me know when payment is planned? The invoice is attached again for convenience.\n\n'
            'Kind regards,\n\nHélène Castelnau\nCastelnau Traiteur – event catering, Rennes\n'
            % (' ' + to_name if to_name else '', n, amount, due))


def quoted(text, style='gmail', when='lun. 30 nov. 2026 à 08:02', to=None, n=None, lang='fr'):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))
    if style == 'gmail':
        head = ('Le %s, Hélène Castelnau <%s> a écrit :' % (when, OWNER)) if lang == 'fr' else \
               ('On %s, Hélène Castelnau <%s> wrote:' % (when, OWNER))
        return '\n\n' + head + '\n' + q + '\n'
    if style == 'outlook':
        if lang == 'fr':
            return ('\n\n________________________________\nDe : Hélène Castelnau <%s>\nEnvoyé : %s\nÀ : %s\n'
                    'Objet : %s\n\n%s\n' % (OWNER, when, to, RSUBJ(n), text))
        return ('\n\n________________________________\nFrom: Hélène Castelnau <%s>\nSent: %s\nTo: %s\n'
                'Subject: %s\n\n%s\n' % (OWNER, when, to, RSUBJ(n, 'en'), text))
    if style == 'apple':
        return ('\n\n> Le %s, Hélène Castelnau <%s> a écrit :\n>\n%s\n' % (when, OWNER, q))
    return '\n\n' + q + '\n'


def reply_hdrs(n, k=1):
    return [('In-Reply-To', REM(n, k)), ('References', REM(n, k))]


def mid(dom, seed):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:20], dom)


def M(file, label, frm, subj, date, part, to=None, cc=None, msgid=None, extra=(), pre=(),
      crlf=False, raw_subject=False, **meta):
    """Write one message. meta: lang provider group pattern direction amount currency payer
    reference value_date cap facts notes fidelity."""
    dom = frm.split('@')[-1].strip('> ')
    hs = list(pre)
    hs += [('Date', date), ('From', frm), ('To', to if to is not None else OWNER_H)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', subj if raw_subject else H(subj)))
    hs.append(('Message-ID', msgid or mid(dom, file)))
    hs += list(extra)
    ph, body = part
    if not any(k.lower() == 'mime-version' for k, _ in hs):
        hs.append(('MIME-Version', '1.0'))
    hs += ph
    data = _h(hs) + b'\n' + body
    if not data.endswith(b'\n'):
        data += b'\n'
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    path = os.path.join(OUT, label, file + '.eml')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    row = dict(file='%s/%s.eml' % (label, file), label=label, source_repo='synthetic',
               source_path='build.py', source_commit='', license='written for dunnerd',
               fidelity=meta.get('fidelity', 'synthetic'), lang=meta.get('lang', 'fr'),
               provider=meta.get('provider', ''), source_group=meta.get('group', ''),
               pattern=meta.get('pattern', ''), direction=meta.get('direction', ''),
               amount=meta.get('amount', ''), currency=meta.get('currency', ''),
               payer=meta.get('payer', ''), reference=meta.get('reference', ''),
               value_date=meta.get('value_date', ''), counts_as_payment=meta.get('cap', ''),
               facts=meta.get('facts', ''), split=SPLIT, notes=meta.get('notes', ''))
    if label == 'payment_notification' and not row['currency']:
        row['currency'] = 'EUR'
    for k, v in row.items():
        assert '\t' not in v and '\n' not in v, (file, k)
    ROWS.append(row)


def DSN(human, reporting, rcpt, action, status, diag, orig_hdrs, remote=None, arrival=None,
        last=None, full_body=None, human_cs='us-ascii', human_cte='7bit', extra_ds=''):
    ds = 'Reporting-MTA: dns; %s\n' % reporting
    if arrival:
        ds += 'Arrival-Date: %s\n' % arrival
    ds += '\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n' % (rcpt, rcpt, action, status)
    if remote:
        ds += 'Remote-MTA: dns; %s\n' % remote
    ds += 'Diagnostic-Code: smtp; %s\n' % diag
    if last:
        ds += 'Last-Attempt-Date: %s\n' % last
    ds += extra_ds
    parts = [T(human, cs=human_cs, cte=human_cte), RAWP('message/delivery-status', ds)]
    if full_body is not None:
        parts.append(RAWP('message/rfc822', orig_hdrs + '\n' + full_body))
    else:
        parts.append(RAWP('text/rfc822-headers', orig_hdrs))
    return MP('report', parts, params='; report-type=delivery-status', preamble='This is a MIME-encapsulated message.\n')


def orig(rcpt, n, day=30, hh=8, mm=2, lang='fr'):
    return ('Return-Path: <%s>\nReceived: from [192.168.1.24] (lfbn-ren-1-512-23.w90-33.abo.wanadoo.fr [90.33.12.23])\n'
            '\tby mail.castelnau-traiteur.fr (Postfix) with ESMTPSA id 4QfK2c0Rjz;\n\t%s\n'
            'Date: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
            'Content-Type: multipart/mixed; boundary="dn-%d"\n' %
            (OWNER, D(day, hh, mm), D(day, hh, mm), OWNER_H, rcpt, H(RSUBJ(n, lang)), REM(n), n))


# ---------------------------------------------------------------------------
# human_reply
# ---------------------------------------------------------------------------
def human():
    L = 'human_reply'
    # 1 promise "vendredi", Gmail plain, top-posted
    n = 412
    M('kerlann_promise_vendredi', L, A('Pauline Rioual', 'p.rioual@kerlann-conseil.fr'),
      'Re: ' + RSUBJ(n), D(1, 9, 47), T(
          'Bonjour Hélène,\n\nDésolée pour le retard, la facture était restée dans le parapheur de notre gérant.\n'
          'Je fais le virement vendredi sans faute.\n\nBonne journée,\nPauline\n' +
          quoted(reminder_text(n, '1 480,00 €', '15/11/2026', to_name='Pauline'))),
      extra=reply_hdrs(n) + [('X-Mailer', 'Gmail')], group='Kerlann Conseil',
      pattern='short promise, weekday name, Gmail quote below', facts='promise_date=2026-12-04')

    # 2 "paiement prévu le 15", Outlook HTML+text, corporate accounting
    n = 398
    txt = ('Madame,\n\nNous accusons réception de votre relance. Votre facture %s a bien été enregistrée '
           'dans notre comptabilité ; son paiement est prévu le 15 décembre, conformément à nos conditions '
           '(45 jours date de facture).\n\nCordialement,\n\nSylvie Gaudin\nComptabilité fournisseurs\n'
           'Groupe Ouest Habitat – 2 bd de la Tour d\'Auvergne – 35000 Rennes\n' % INV(n))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            '<body lang="FR"><div class="WordSection1"><p class="MsoNormal">Madame,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Nous accusons réception de votre relance. Votre facture %s a bien été enregistrée dans notre comptabilité&nbsp;; '
            'son paiement est prévu le <b>15 décembre</b>, conformément à nos conditions (45 jours date de facture).</p>'
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Cordialement,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal"><b>Sylvie Gaudin</b><br>Comptabilité fournisseurs<br>Groupe Ouest Habitat – 2 bd de la Tour d\'Auvergne – 35000 Rennes</p></div></body></html>' % INV(n))
    M('ouesthabitat_paiement_prevu_15', L, A('GAUDIN Sylvie', 'sylvie.gaudin@groupe-ouesthabitat.fr'),
      'RE: ' + RSUBJ(n), D(30, 14, 12), ALT(T(txt), HT(html)),
      extra=reply_hdrs(n) + [('X-MS-Has-Attach', ''), ('Thread-Topic', RSUBJ(n)), ('Content-Language', 'fr-FR')],
      group='Groupe Ouest Habitat', pattern='Outlook multipart, "paiement prévu le 15 décembre"',
      facts='promise_date=2026-12-15')

    # 3 "d'ici la fin de la semaine prochaine"
    n = 421
    M('capemeraude_fin_semaine_prochaine', L, A('Yann Le Meur', 'yann@agence-capemeraude.fr'),
      'Re: ' + RSUBJ(n), D(2, 18, 31), T(
          'Bonsoir Hélène,\n\nOn a eu un souci de trésorerie ce mois-ci (un gros client qui nous paie en retard, '
          'tu connais la chanson…). Vous serez réglée d\'ici la fin de la semaine prochaine, promis.\n\n'
          'Merci encore pour le cocktail de lancement, tout le monde en parle encore !\n\nYann\n'
          '--\nYann Le Meur | Agence Cap Émeraude | 06 71 xx xx xx\n' +
          quoted(reminder_text(n, '2 115,50 €', '20/11/2026'), when='mer. 2 déc. 2026 à 08:05')),
      extra=reply_hdrs(n, 2), group='Agence Cap Émeraude',
      pattern='vague relative deadline, mixed vous/tu, signature with dashes',
      facts='promise_date=2026-12-11',
      notes='"fin de la semaine prochaine" from Wed 2 Dec read as Fri 11 Dec; week_of_2026-12-07 also defensible')

    # 4 English association, "we'll pay on the 10th"
    n = 87
    M('retc_pay_on_10th', L, A('Margaret Holloway', 'treasurer@retc-rennes.org'),
      'Re: ' + RSUBJ(n, 'en'), D(30, 20, 4), T(
          'Dear Hélène,\n\nApologies - our committee only meets once a month and I can\'t sign off payments '
          'on my own. We\'ll pay on the 10th, straight after the meeting.\n\nThe mince pies and the '
          'galettes were a triumph at the Christmas panto reception, by the way.\n\nBest wishes,\n'
          'Margaret Holloway\nTreasurer, Rennes English Theatre Club\n' +
          quoted(reminder_text(87, '€385.00', '15 November 2026', 'en', 'Margaret'), when='Mon, 30 Nov 2026 at 08:02', lang='en')),
      extra=reply_hdrs(n) + [('User-Agent', 'Mozilla Thunderbird')], lang='en',
      group='Rennes English Theatre Club', pattern='English, "on the 10th", association treasurer',
      facts='promise_date=2026-12-10')

    # 5 UK company "payment run is on Thursday"
    n = 91
    M('brightwater_payment_run_thursday', L, A('Tom Ashworth', 'accounts@brightwater-events.co.uk'),
      'RE: ' + RSUBJ(n, 'en') + ' [BWE-PO-2231]', D(30, 11, 26, tz='+0000'), T(
          'Hi Helene,\n\nThanks for the nudge. INV-0091 has been approved by the project lead and is '
          'in this week\'s batch - our payment run is on Thursday, so you should see it Friday or '
          'early next week depending on the SEPA cut-off.\n\nCheers,\nTom\n\nTom Ashworth | Finance Assistant\n'
          'Brightwater Events Ltd | Unit 4, Harbour Yard, Bristol BS1 6XN\n' +
          quoted(reminder_text(91, '€3,240.00', '20 November 2026', 'en'), style='outlook',
                 when='30 November 2026 07:02', to='accounts@brightwater-events.co.uk', n=91, lang='en')),
      extra=reply_hdrs(n), lang='en', group='Brightwater Events Ltd',
      pattern='UK AP clerk, payment run weekday, Outlook quote header', facts='promise_date=2026-12-03')

    # 6 wedding planner dispute (guest count)
    n = 405
    M('jolisjours_dispute_couverts', L, A('Sandrine Lemée – Les Jolis Jours', 'sandrine@lesjolisjours-mariage.fr'),
      'Re: ' + RSUBJ(n), D(1, 10, 3), T(
          'Bonjour Hélène,\n\nJe reviens vers vous au sujet de la facture du mariage Guérin / Pasquier du 7 novembre.\n\n'
          'Vous avez facturé 142 couverts alors que le nombre définitif transmis le 2 novembre (mail de '
          'confirmation à l\'appui) était de 128 adultes + 9 enfants. Le menu enfant est d\'ailleurs facturé '
          'au tarif adulte. Les mariés refusent de régler le solde tant que la facture n\'est pas corrigée, '
          'et je les comprends.\n\nMerci de nous faire parvenir une facture rectifiée.\n\nSandrine Lemée\n'
          'Wedding planner – Les Jolis Jours\n') ,
      extra=reply_hdrs(n), group='Les Jolis Jours (wedding planner)',
      pattern='dispute on head count and child menu price, asks corrected invoice',
      facts='dispute=yes;request_invoice=yes')

    # 7 already paid with date, short
    n = 399
    M('novadis_deja_paye_27nov', L, A('Compta Novadis', 'compta@novadis-rennes.fr'),
      'RE: ' + RSUBJ(n), D(30, 9, 18), T(
          'Bonjour,\n\nCette facture a été réglée par virement le 27 novembre (libellé "NOVADIS FAC F-2026-0399").\n'
          'Merci de vérifier de votre côté.\n\nCordialement\nService comptable NOVADIS\n'),
      extra=reply_hdrs(n), group='Novadis Rennes', pattern='already paid with date and transfer label',
      facts='already_paid=2026-11-27')

    # 8 forwarded bank confirmation, inline
    n = 417
    fwd = ('---------- Forwarded message ---------\nDe : Crédit Agricole <ne-pas-repondre@credit-agricole.fr>\n'
           'Date: lun. 30 nov. 2026 à 16:40\nSubject: Confirmation de votre virement\nTo: <gerance@lamaisondubreil.fr>\n\n\n'
           'Bonjour,\n\nNous vous confirmons l\'exécution du virement suivant :\n\n'
           'Compte débité : Compte courant professionnel n° *****41207\nBénéficiaire : CASTELNAU TRAITEUR\n'
           'Montant : 864,00 EUR\nMotif : FACT F-2026-0417\nDate d\'exécution : 30/11/2026\n\n'
           'Ceci est un e-mail automatique, merci de ne pas y répondre.\n')
    M('maisondubreil_fwd_confirmation_virement', L, A('Erwan Nicolas', 'gerance@lamaisondubreil.fr'),
      'Fwd: Confirmation de votre virement', D(30, 16, 52), T(
          'Bonjour Madame Castelnau,\n\nVoici la confirmation de la banque, le virement est parti cet après-midi.\n\n'
          'Bien à vous,\nErwan Nicolas\n\n' + fwd),
      group='La Maison du Breil (gîte/réception)',
      pattern='client forwards his bank\'s transfer confirmation, fresh thread (no In-Reply-To)',
      facts='already_paid=2026-11-30',
      notes='contains bank wording inside a human forward; not a bank notice')

    # 9 already paid, PDF proof attached
    n = 392
    pdf = PDF(['BANQUE POPULAIRE GRAND OUEST', 'AVIS D\'OPERATION - VIREMENT SEPA EMIS',
               'Date d\'execution : 26/11/2026', 'Donneur d\'ordre : COMITE DES FETES DE BRUZ-VILAINE',
               'Beneficiaire : CASTELNAU TRAITEUR', 'IBAN beneficiaire : FR76 1558 9351 **** **** **** 118',
               'Montant : 1 150,00 EUR', 'Reference : FACTURE F-2026-0392 REPAS DES AINES'])
    M('comitefetes_preuve_virement_pdf', L, A('Comité des fêtes Bruz-Vilaine', 'comitedesfetes.bruzvilaine@orange.fr'),
      'Re: ' + RSUBJ(n), D(1, 21, 15), MP('mixed', [T(
          'Bonsoir,\n\nJe ne comprends pas, nous avons payé le 26/11. Ci-joint la preuve de virement.\n\n'
          'Bernard Houssais, trésorier\n', cs='iso-8859-1'), ATT('preuve virement.pdf', 'application/pdf', pdf)]),
      extra=reply_hdrs(n) + [('X-Mailer', 'Orange Messagerie')], group='Comité des fêtes Bruz-Vilaine',
      pattern='already paid, PDF transfer proof attached, iso-8859-1', facts='already_paid=2026-11-26')

    # 10 request invoice
    n = 426
    M('thabor_renvoi_facture', L, A('Léa Moisan', 'lea.moisan@ateliers-thabor.coop'),
      'Re: ' + RSUBJ(n), D(2, 11, 2), T(
          'Bonjour,\n\nJe ne retrouve pas cette facture dans nos mails, la pièce jointe ne s\'ouvre pas chez moi '
          '(fichier .pdf vide ?). Pourriez-vous me la renvoyer ?\n\nMerci,\nLéa\nSCOP Les Ateliers du Thabor\n' +
          quoted(reminder_text(n, '612,00 €', '25/11/2026'), when='mer. 2 déc. 2026 à 08:04')),
      extra=reply_hdrs(n, 1), group='SCOP Les Ateliers du Thabor',
      pattern='asks the invoice again (attachment unreadable)', facts='request_invoice=yes')

    # 11 request RIB for supplier creation
    n = 423
    M('penhoat_demande_rib', L, A('Aurélie Tanguy', 'aurelie.tanguy@labos-penhoat.fr'),
      'RE: ' + RSUBJ(n), D(30, 15, 40), T(
          'Bonjour,\n\nPour pouvoir régler votre facture, notre service achats doit d\'abord vous créer comme '
          'fournisseur. Pouvez-vous nous transmettre un RIB au format PDF avec l\'en-tête de la banque, '
          'ainsi qu\'un extrait Kbis ou avis de situation SIRENE de moins de 3 mois ?\n\n'
          'Sans ces documents la facture reste bloquée.\n\nCordialement,\nAurélie Tanguy\nAssistante de direction\n'
          'Laboratoires Penhoat\n'),
      extra=reply_hdrs(n), group='Laboratoires Penhoat',
      pattern='vendor onboarding: asks RIB + SIRENE', facts='request_rib=yes')

    # 12 university: must go through Chorus Pro
    n = 401
    M('univarmorique_chorus_pro', L, A('Nadia Benali', 'nadia.benali@univ-armorique.fr'),
      'RE: ' + RSUBJ(n), D(1, 14, 28), T(
          'Madame,\n\nLes factures adressées à l\'Université doivent obligatoirement être déposées sur Chorus Pro '
          '(SIRET 193 500 000 00017, code service FAC-UFR-LSH) en indiquant le numéro de bon de commande '
          'BC-2026-08817. Une facture envoyée par courriel ne peut pas être mise en paiement.\n\n'
          'Une fois le dépôt effectué, le délai global de paiement est de 30 jours.\n\n'
          'Bien cordialement,\n\nNadia Benali\nGestionnaire financière – UFR Lettres et Sciences Humaines\n'
          'Université Armorique – Campus de Villejean\n\n'
          'Pensez à l\'environnement avant d\'imprimer ce message.\n'),
      extra=reply_hdrs(n) + [('X-Mailer', 'Zimbra 9.0.0_GA_4178 (ZimbraWebClient - FF120 (Linux)/9.0.0_GA_4178)')],
      group='Université Armorique', pattern='public body: redirect to Chorus Pro, no promise',
      notes='asks a re-submission channel, not the invoice itself: no request_invoice')

    # 13 town hall: mandatée, treasury pays
    n = 388
    M('mairie_cesson_mandatee', L, A('Mairie de Cesson-Vilaine – Finances', 'finances@cesson-vilaine.fr'),
      'TR: ' + RSUBJ(n), D(2, 9, 55), T(
          'Bonjour,\n\nVotre facture %s (buffet des vœux du personnel) a été mandatée le 24/11/2026. '
          'Le paiement relève désormais du comptable public (Service de Gestion Comptable de Rennes '
          'Métropole) ; comptez en général une dizaine de jours après le mandatement.\n\n'
          'Nous n\'avons pas la main sur la date exacte de virement.\n\nCordialement,\n\n'
          'Service Finances – Commande publique\nMairie de Cesson-Vilaine\nPlace de l\'Hôtel de Ville\n' % INV(n)),
      extra=reply_hdrs(n), group='Mairie de Cesson-Vilaine',
      pattern='public body: invoice mandated, treasury pays, no firm date',
      notes='no promise_date: the sender says explicitly they do not know the date')

    # 14 regional council
    n = 415
    M('region_service_fait', L, A('DAF Région – cellule fournisseurs', 'fournisseurs.daf@region-bretagne.example'),
      'RE: ' + RSUBJ(n), D(3, 10, 11), T(
          'Bonjour Madame,\n\nLa facture n° %s déposée sur Chorus Pro le 06/11 est au statut « Service fait » '
          'depuis le 27/11. Elle sera transmise à la Paierie régionale lors du prochain mandatement, '
          'prévu la semaine prochaine.\n\nLe paiement interviendra ensuite dans le délai réglementaire.\n\n'
          'Bien cordialement,\nCellule fournisseurs – Direction des affaires financières\n' % INV(n)),
      extra=reply_hdrs(n), group='Région (conseil régional)',
      pattern='public body: status update, mandating next week (not payment)',
      notes='"mandatement la semaine prochaine" is not a payment promise; no facts')

    # 15 one word
    n = 429
    M('breizhcobalt_note', L, A('Gaël Kervella', 'gael@breizhcobalt.io'), 'Re: ' + RSUBJ(n), D(2, 8, 41),
      T('Noté.\n\nEnvoyé de mon iPhone\n' + quoted(reminder_text(n, '740,00 €', '28/11/2026'), style='apple',
                                                     when='2 déc. 2026 à 08:06'), cte='quoted-printable'),
      extra=reply_hdrs(n), group='Breizh Cobalt', pattern='one word + iPhone signature')

    # 16 ok merci
    n = 430
    M('valentine_ok_merci', L, A('Valentine Roussel', 'valentine.roussel@gmail.example'), 'Re: ' + RSUBJ(n),
      D(2, 12, 9), T('ok merci\n'), extra=reply_hdrs(n), group='Valentine Roussel (private client)',
      pattern='two words, no signature, no quote')

    # 17 accountant replies from another address, promise Monday
    n = 408
    M('cabinet_armorcompta_lundi', L, A('Stéphane Huon', 's.huon@armor-compta.fr'),
      'Facture Castelnau Traiteur – SARL Crêperie du Vieux Rennes', D(3, 16, 20), T(
          'Bonjour Madame Castelnau,\n\nJe suis l\'expert-comptable de la SARL Crêperie du Vieux Rennes ; '
          'M. Daniel m\'a transféré votre relance concernant la facture %s (1 032,00 €).\n\n'
          'Nous gérons les règlements fournisseurs de la société : le virement sera passé lundi prochain '
          'avec le reste des fournisseurs de décembre.\n\nCordialement,\n\nStéphane Huon\n'
          'Cabinet Armor Compta – Expertise comptable\n' % INV(n)),
      cc=A('Hervé Daniel', 'creperieduvieuxrennes@wanadoo.fr'),
      group='Cabinet Armor Compta / Crêperie du Vieux Rennes',
      pattern='reply from a third party (accountant), new subject, no In-Reply-To',
      facts='promise_date=2026-12-07')

    # 18 long legal disclaimer, "nous ne contestons pas", PO missing
    n = 414
    disc = ('\n\n' + '*' * 70 + '\nCe message et toutes les pièces jointes (ci-après le "message") sont établis à '
            'l\'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, '
            'merci de le détruire et d\'en avertir immédiatement l\'expéditeur. Toute utilisation de ce message non '
            'conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf '
            'autorisation expresse. L\'internet ne permettant pas d\'assurer l\'intégrité de ce message, Ouest Mutuelle '
            'Assurances (et ses filiales) décline(nt) toute responsabilité au titre de ce message, dans l\'hypothèse où '
            'il aurait été modifié.\n\nThis message and any attachments (the "message") are intended solely for the '
            'addressees and are confidential. If you receive this message in error, please delete it and immediately '
            'notify the sender. Any use not in accord with its purpose, any dissemination or disclosure, either whole '
            'or partial, is prohibited except formal approval. The internet can not guarantee the integrity of this '
            'message. Ouest Mutuelle Assurances (and its subsidiaries) shall (will) not therefore be liable for the '
            'message if modified.\n' + '*' * 70 + '\n')
    M('ouestmutuelle_pas_de_contestation_po', L, A('FOUCHER Martine', 'martine.foucher@ouest-mutuelle-assurances.fr'),
      'RE: ' + RSUBJ(n), D(1, 16, 5), T(
          'Bonjour,\n\nNous ne contestons pas votre facture ni la prestation (séminaire de direction des 5 et 6 '
          'novembre), mais elle ne comporte pas notre numéro de commande, sans lequel notre outil de '
          'dématérialisation la rejette automatiquement.\n\nPourriez-vous nous renvoyer une facture portant '
          'la référence PO 4500287731 ?\n\nCordialement,\n\nMartine Foucher\nServices généraux – Pôle Achats\n'
          'Ouest Mutuelle Assurances\nTél. : 02 99 xx xx xx' + disc),
      extra=reply_hdrs(n) + [('Thread-Topic', RSUBJ(n))], group='Ouest Mutuelle Assurances',
      pattern='negated dispute ("ne contestons pas"), asks re-issued invoice with PO, bilingual disclaimer',
      facts='request_invoice=yes')

    # 19 top-posted above quoted reminder, promise "après-demain"
    n = 427
    M('kalon_apresdemain', L, A('Solène Briand', 'solene.briand@kalon-studio.fr'),
      'Re: ' + RSUBJ(n), D(1, 17, 44), T(
          'Bonjour Hélène,\n\nOups, c\'est passé entre les mailles du filet. Je m\'en occupe après-demain, '
          'quand notre associée sera rentrée (il faut deux signatures au-delà de 1 000 €).\n\nSolène\n' +
          quoted(reminder_text(n, '1 296,00 €', '26/11/2026'), when='mar. 1 déc. 2026 à 08:03')),
      extra=reply_hdrs(n), group='Kalon Studio', pattern='relative day "après-demain", top-posted',
      facts='promise_date=2026-12-03')

    # 20 HTML-only Outlook, "je n'ai pas encore pu payer", split payment
    n = 403
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal'
            '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head><body lang="FR" link="#0563C1" vlink="#954F72">'
            '<div class="WordSection1"><p class="MsoNormal">Bonjour Madame Castelnau,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Je n’ai pas encore pu payer votre facture, j’en suis désolé. Notre gros salon de septembre a été '
            'annulé et la trésorerie est tendue.<o:p></o:p></p><p class="MsoNormal">Je vous propose de régler la moitié le 10 décembre '
            'et le solde début janvier. Est-ce que cela vous convient&nbsp;?<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Bien cordialement,<o:p></o:p></p><p class="MsoNormal"><b>Patrice Lhermitte</b><o:p></o:p></p>'
            '<p class="MsoNormal">Gérant – Expo Ouest Organisation<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De&nbsp;:</b> Hélène Castelnau &lt;helene@castelnau-traiteur.fr&gt;<br>'
            '<b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 08:02<br><b>À&nbsp;:</b> contact@expo-ouest.fr<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0403 échue<o:p></o:p></p></div>'
            '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0403 d’un montant de 2 860,00 € TTC, échue le 10/11/2026, reste à ce jour impayée.<o:p></o:p></p>'
            '</div></body></html>')
    M('expoouest_outlook_html_echeancier', L, A('Patrice Lhermitte', 'contact@expo-ouest.fr'),
      'RE: ' + RSUBJ(n), D(1, 9, 2), HT(html, cs='windows-1252'),
      extra=reply_hdrs(n) + [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Thread-Topic', RSUBJ(n)),
                             ('Thread-Index', 'AdrE2xQm0Fh5cQ7nTbW3hJ1gG2Lx1w=='), ('Content-Language', 'fr-FR')],
      group='Expo Ouest Organisation',
      pattern='HTML-only Outlook windows-1252, negation "pas encore pu payer", split schedule',
      facts='promise_date=2026-12-10',
      notes='proposes half on 10 Dec and the rest "début janvier" (early_2027-01); first date given as promise_date')

    # 21 iPhone, wedding couple, "ce soir"
    n = 419
    M('mariage_leguen_cesoir_iphone', L, A('Julie Le Guen', 'julie.leguen35@icloud.example'),
      'Re: ' + RSUBJ(n), D(3, 13, 12), T(
          'Bonjour Hélène ! Mille excuses, avec le voyage de noces on a complètement oublié 🙈 '
          'On fait le virement ce soir depuis le compte commun. Encore merci pour ce repas incroyable, '
          'nos invités nous en parlent encore !!\nJulie & Maxime\n\nEnvoyé de mon iPhone\n',
          ctx='; format=flowed; delsp=yes'),
      extra=reply_hdrs(n) + [('X-Mailer', 'iPhone Mail (22B91)')], group='Le Guen / Morvan wedding',
      pattern='newly-weds, emoji, "ce soir", iPhone', facts='promise_date=2026-12-03')

    # 22 forward to colleague with owner in Cc
    n = 424
    M('digitalgwen_transfert_collegue_cc', L, A('Ronan Le Gall', 'ronan.legall@digitalgwen.fr'),
      'TR: ' + RSUBJ(n), D(30, 10, 48), T(
          'Fanny,\n\nPeux-tu regarder cette facture de Castelnau Traiteur (déjeuner du CODIR du 23/10) ? '
          'Je l\'ai validée, le bon pour accord est dans le dossier partagé. Merci de la passer au prochain '
          'paiement fournisseurs.\n\nHélène, je vous mets en copie pour info.\n\nRonan\n\n'
          '-----Message d\'origine-----\nDe : Hélène Castelnau <helene@castelnau-traiteur.fr>\n'
          'Envoyé : lundi 30 novembre 2026 08:02\nÀ : Ronan Le Gall <ronan.legall@digitalgwen.fr>\n'
          'Objet : ' + RSUBJ(n) + '\n\n' + reminder_text(n, '538,00 €', '23/11/2026', to_name='Ronan')),
      to=A('Fanny Orhan', 'fanny.orhan@digitalgwen.fr'), cc=OWNER_H,
      extra=reply_hdrs(n), group='Digital Gwen',
      pattern='forward to colleague, owner only in Cc, asks colleague to pay (no date to owner)',
      notes='internal instruction to pay at the next supplier run; no date stated, so no promise_date')

    # 23 informal tu, "demain matin"
    n = 425
    M('rennessolidaires_tu_demain', L, A('Mathilde', 'mathilde.r@rennes-solidaires.org'),
      'Re: ' + RSUBJ(n), D(2, 22, 37), T(
          'Salut Hélène,\n\nDésolée j\'avais complètement zappé, entre le marché de Noël et les AG ! '
          'Je te fais le virement demain matin depuis le compte de l\'asso.\n\nBises et encore merci pour le buffet '
          'des bénévoles 😘\nMathilde\n'),
      extra=reply_hdrs(n), group='Rennes Solidaires (association)', pattern='informal tu, late evening, "demain matin"',
      facts='promise_date=2026-12-03')

    # 24 Breton-language association
    n = 410
    M('kelchgwilen_bzh_lendemain_ca', L, A("Kelc'h Sevenadurel Gwilen", 'teskaouer@kelch-gwilen.bzh'),
      'Re: ' + RSUBJ(n), D(30, 18, 20), T(
          'Demat Hélène,\n\nTrugarez evit ar c\'hemenn. Notre trésorier, Per, ne peut signer les virements '
          'qu\'après validation du bureau : notre conseil d\'administration a lieu le 8 décembre et il fera le '
          'virement dès le lendemain, le 9.\n\nKenavo ha trugarez vras evit ar fest-noz !\n\n'
          'Soizig Le Bras\nKelc\'h Sevenadurel Gwilen – Kevredigezh sevenadurel\n'),
      extra=reply_hdrs(n), group="Kelc'h Sevenadurel Gwilen (Breton cultural association)",
      pattern='Breton greetings/thanks mixed with French, date stated as "le 9"', facts='promise_date=2026-12-09',
      lang='fr', notes='French with Breton phrases (demat, trugarez, kenavo)')

    # 25 question TVA, no facts
    n = 431
    M('sonalys_question_tva', L, A('Hugo Perrin', 'h.perrin@sonalys.fr'), 'Re: ' + RSUBJ(n), D(3, 9, 31), T(
        'Bonjour,\n\nAvant de valider le paiement, une question de notre comptable : la facture applique 10 % de TVA '
        'sur le repas et 20 % sur les boissons alcoolisées, mais le service (2 serveurs) est aussi à 10 %. '
        'Est-ce normal ? Le montant total ne change pas grand-chose mais on préfère avoir une facture juste.\n\n'
        'Merci,\nHugo Perrin\nSonalys\n'), extra=reply_hdrs(n), group='Sonalys',
      pattern='question on VAT rates, neither dispute nor promise')

    # 26 complaint, wants discount
    n = 407
    M('vitalimmo_reclamation_remise', L, A('Christine Morvan', 'c.morvan@vital-immo.fr'), 'RE: ' + RSUBJ(n),
      D(30, 17, 3), T(
          'Madame,\n\nJe suis surprise de recevoir une relance alors que je vous ai fait part oralement de notre '
          'mécontentement : le cocktail de l\'inauguration a été livré avec 45 minutes de retard, il manquait '
          'les pièces végétariennes commandées (30 personnes concernées) et un serveur est parti avant la fin.\n\n'
          'Nous réglerons la facture lorsque vous nous aurez fait une proposition de geste commercial ; '
          'une remise de 20 % nous paraît raisonnable.\n\nChristine Morvan\nDirectrice d\'agence – Vital Immo Rennes Centre\n'),
      extra=reply_hdrs(n), group='Vital Immo', pattern='complaint about the service, withholds payment, asks 20% discount',
      facts='dispute=yes')

    # 27 rude, claims paid
    n = 396
    M('bricoouest_rude_deja_paye', L, A('J-M Lecorre', 'jm.lecorre@brico-ouest-pro.fr'), 'Re: ' + RSUBJ(n) + ' (3e relance)',
      D(1, 7, 58), T(
          'C\'est la troisième fois que vous nous relancez. ON A PAYÉ. Vérifiez vos comptes avant d\'envoyer '
          'des mails automatiques à tout le monde.\n\nJML\n'),
      extra=reply_hdrs(n, 3), group='Brico Ouest Pro', pattern='rude, capitals, already paid without date',
      facts='already_paid=claimed')

    # 28 negation, no date
    n = 420
    M('festivaltombees_pas_encore_pu', L, A('Festival Les Tombées de la Nuit Blanche', 'admin@tombees-nuitblanche.org'),
      'Re: ' + RSUBJ(n), D(3, 11, 48), T(
          'Bonjour Hélène,\n\nJe n\'ai pas encore pu payer : la subvention de la Ville ne nous est toujours pas '
          'versée et nous ne pourrons pas régler nos fournisseurs avant. Je ne peux malheureusement pas vous '
          'donner de date pour le moment, je reviens vers vous dès que j\'ai du nouveau.\n\n'
          'Désolée,\nAnne-Laure Guillou\nAdministratrice\n'),
      extra=reply_hdrs(n), group='Festival Les Tombées de la Nuit Blanche (association)',
      pattern='negation "pas encore pu payer", explicitly no date')

    # 29 "début janvier"
    n = 409
    M('ecoleosteo_debut_janvier', L, A('Institut d\'Ostéopathie de Rennes', 'gestion@ior-osteo.fr'),
      'Re: ' + RSUBJ(n), D(4, 15, 22), T(
          'Bonjour,\n\nNotre budget 2026 est clos pour ce poste. La facture sera réglée début janvier, '
          'sur le budget 2027.\n\nCordialement,\nService gestion\nInstitut d\'Ostéopathie de Rennes\n'),
      extra=reply_hdrs(n), group='Institut d\'Ostéopathie de Rennes', pattern='"début janvier", next year',
      facts='promise_date=early_2027-01')

    # 30 "la semaine prochaine"
    n = 433
    M('lumen_semaine_prochaine', L, A('Camille Besnard', 'camille@lumen-prod.fr'), 'Re: ' + RSUBJ(n), D(3, 19, 2), T(
        'Bonsoir,\n\nBien reçu, c\'est validé de notre côté, le paiement partira la semaine prochaine.\n\n'
        'Camille\nLumen Production\n' + quoted(reminder_text(n, '924,00 €', '29/11/2026'), when='jeu. 3 déc. 2026 à 08:04')),
      extra=reply_hdrs(n), group='Lumen Production', pattern='"la semaine prochaine"',
      facts='promise_date=week_of_2026-12-07')

    # 31 English: resend invoice with VAT number
    n = 95
    M('northbay_resend_vat', L, A('Priya Raman', 'ap@northbay-software.example'), 'RE: ' + RSUBJ(95, 'en'),
      D(1, 13, 5, tz='+0000'), T(
          'Hello,\n\nWe can\'t process INV-0095 as it doesn\'t show our EU VAT number (IE3456789WH) nor the '
          'reverse-charge mention. Could you please resend a corrected invoice to ap@northbay-software.example?\n\n'
          'Kind regards,\nPriya Raman\nAccounts Payable, Northbay Software (Rennes office)\n'),
      extra=reply_hdrs(95), lang='en', group='Northbay Software',
      pattern='English AP, asks corrected invoice (VAT number)', facts='request_invoice=yes')

    # 32 English already paid on 20 November
    n = 89
    M('oakfield_already_paid_20nov', L, A('Daniel Whitmore', 'daniel.whitmore@oakfield-partners.example'),
      'Re: ' + RSUBJ(89, 'en'), D(30, 12, 40, tz='+0000'), T(
          'Hi Hélène,\n\nWe already paid this on 20 November - the reference on the transfer was "OAKFIELD INV0089". '
          'Could you double check with your bank? Happy to send the remittance if needed.\n\nThanks,\nDaniel\n'),
      extra=reply_hdrs(89), lang='en', group='Oakfield Partners', pattern='English, already paid with date',
      facts='already_paid=2026-11-20')

    # 33 English dispute on attendance
    n = 93
    M('hartwell_dispute_attendance', L, A('Rebecca Hartwell', 'rebecca@hartwell-conferences.example'),
      'Re: ' + RSUBJ(93, 'en'), D(2, 16, 14, tz='+0000'), T(
          'Dear Ms Castelnau,\n\nWe are disputing INV-0093. Our contract states final numbers are confirmed 72 hours '
          'before the event; we confirmed 65 delegates on 16 November, yet the invoice charges for 80 lunches. '
          'We will not pay the difference.\n\nPlease issue a credit note for 15 covers (€525.00 excl. VAT) and we '
          'will settle the balance promptly.\n\nRegards,\nRebecca Hartwell\nDirector, Hartwell Conferences\n'),
      extra=reply_hdrs(93), lang='en', group='Hartwell Conferences', pattern='English dispute, asks credit note',
      facts='dispute=yes')

    # 34 English one liner
    n = 97
    M('greenlane_noted_chase', L, A('Oliver Grant', 'oliver.grant@greenlane-labs.example'), 'RE: ' + RSUBJ(97, 'en'),
      D(4, 8, 12, tz='+0000'), T('Thanks, noted. Will chase internally.\n\nO.\n\nSent from Outlook for Android\n'),
      extra=reply_hdrs(97), lang='en', group='Greenlane Labs', pattern='English one-liner, Outlook Android')

    # 35 iso-8859-1 old webmail, cheque sent yesterday
    n = 402
    M('amicale_cheque_parti_latin1', L, A('Amicale Laïque de Pacé-Vilaine', 'amicale.pacevilaine@free.fr'),
      'Re: Rappel : facture F-2026-0402 échue', D(1, 10, 30), T(
          'Bonjour Madame,\n\nLe chèque de 486,50 euros est parti hier par la poste (à l\'adresse de la rue de la '
          'Parcheminerie). Vous devriez le recevoir d\'ici 2 ou 3 jours.\n\nSalutations,\nG. Rouxel, trésorière\n',
          cs='iso-8859-1', cte='8bit'),
      extra=reply_hdrs(n) + [('User-Agent', 'Zimbra Webmail (Free)')], raw_subject=False,
      group='Amicale Laïque de Pacé-Vilaine', pattern='ISO-8859-1 8bit, paid by cheque sent yesterday',
      facts='already_paid=2026-11-30', notes='cheque posted on 30 Nov: a payment claim, not yet received')

    # 36 broken MIME: declared us-ascii, body is utf-8, unterminated multipart
    n = 434
    body = ('--=_b0undary\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n'
            'Bonjour,\n\nVirement effectué ce matin, désolé pour le délai.\n\nFrédéric Hamon\nHamon Élagage\n\n'
            '--=_b0undary\nContent-Type: text/html; charset=us-ascii\n\n<p>Bonjour,</p><p>Virement effectué ce matin, '
            'désolé pour le délai.</p><p>Frédéric Hamon<br>Hamon Élagage</p>\n').encode('utf-8')
    M('hamonelagage_broken_mime', L, A('Frédéric Hamon', 'hamon.elagage@laposte.example'), 'Re: ' + RSUBJ(n),
      D(4, 9, 14), ([('Content-Type', 'multipart/alternative; boundary="=_b0undary"')], body),
      extra=reply_hdrs(n), group='Hamon Élagage',
      pattern='broken MIME: wrong charset label (utf-8 bytes in us-ascii parts), no closing boundary',
      facts='already_paid=2026-12-04')

    # 37 promise + IBAN request
    n = 428
    M('alphalog_jeudi_iban', L, A('Nathalie Pichon', 'n.pichon@alphalog-transports.fr'), 'RE: ' + RSUBJ(n),
      D(30, 16, 9), T(
          'Bonjour,\n\nJe peux faire le paiement jeudi, mais votre IBAN n\'apparaît pas sur la facture (le bas de '
          'page est coupé à l\'impression). Pouvez-vous me l\'envoyer par retour de mail ?\n\nMerci,\n'
          'Nathalie Pichon\nAlphalog Transports – Comptabilité\n'),
      extra=reply_hdrs(n), group='Alphalog Transports', pattern='promise weekday + asks IBAN',
      facts='promise_date=2026-12-03;request_rib=yes')

    # 38 mailing list post by a person
    M('liste_traiteurs_bretons_chafing', L, A('Gwenola Cadiou', 'gwenola@cadiou-reception.fr'),
      '[traiteurs-bzh] Prêt de chafing dishes le 12/12 ?', D(2, 14, 51), T(
          'Bonjour à toutes et tous,\n\nJe suis un peu coincée pour le 12 décembre : deux arbres de Noël '
          'd\'entreprise le même soir. Quelqu\'un aurait-il 6 à 8 chafing dishes GN 1/1 à me prêter ou louer '
          'pour le week-end ? Je peux venir les chercher sur Rennes ou Vannes.\n\nMerci d\'avance !\n'
          'Gwenola – Cadiou Réception (Vannes)\n\n_______________________________________________\n'
          'traiteurs-bzh mailing list\ntraiteurs-bzh@lists.reseau-traiteurs-bzh.example\n'
          'https://lists.reseau-traiteurs-bzh.example/mailman/listinfo/traiteurs-bzh\n'),
      to='traiteurs-bzh@lists.reseau-traiteurs-bzh.example',
      extra=[('List-Id', 'Reseau des traiteurs bretons <traiteurs-bzh.lists.reseau-traiteurs-bzh.example>'),
             ('List-Post', '<mailto:traiteurs-bzh@lists.reseau-traiteurs-bzh.example>'),
             ('List-Unsubscribe', '<https://lists.reseau-traiteurs-bzh.example/mailman/options/traiteurs-bzh>'),
             ('Precedence', 'list'), ('Sender', 'traiteurs-bzh-bounces@lists.reseau-traiteurs-bzh.example')],
      group='Réseau des traiteurs bretons (list)', pattern='mailing-list post written by a person, unrelated to invoices')

    # 39 wedding planner: send final invoice to couple
    n = 418
    M('ateliermauve_facture_definitive', L, A('Clémence Audrain', 'clemence@atelier-mauve.fr'), 'Re: ' + RSUBJ(n),
      D(1, 12, 33), T(
          'Hello Hélène,\n\nPour le mariage Tessier, c\'est bien les mariés qui règlent le solde, pas l\'agence : '
          'on a juste versé l\'acompte pour leur compte. Tu peux m\'envoyer la facture définitive à leur nom '
          '(M. et Mme Tessier, 8 allée des Hortensias, 35510 Cesson) ? Je la leur transmets avec le récap.\n\n'
          'Belle journée,\nClémence\nAtelier Mauve – Wedding & event planner\n'),
      extra=reply_hdrs(n), group='Atelier Mauve (wedding planner)',
      pattern='planner redirects to the couple, asks invoice reissued to their name', facts='request_invoice=yes')

    # 40 hotel: 45 jours fin de mois -> 31 décembre
    n = 404
    M('hotelportes_45jfdm_31dec', L, A('Hôtel des Portes Mordelaises – Administration', 'admin@hotel-portesmordelaises.fr'),
      'RE: ' + RSUBJ(n), D(2, 15, 7), T(
          'Bonjour,\n\nNos factures fournisseurs sont payées à 45 jours fin de mois ; la vôtre, datée du 16 octobre, '
          'sera donc réglée le 31 décembre.\n\nMerci de votre compréhension,\n\nK. Jaouen\nService administratif\n'
          'Hôtel des Portes Mordelaises ****\n'), extra=reply_hdrs(n), group='Hôtel des Portes Mordelaises',
      pattern='payment terms computed to a date', facts='promise_date=2026-12-31')

    # 41 English person attaches remittance advice PDF
    n = 96
    pdf = PDF(['NORTHWIND HOSPITALITY GROUP - REMITTANCE ADVICE', 'Payment date: 01/12/2026', 'Supplier: CASTELNAU TRAITEUR',
               'Invoice INV-0096   Amount EUR 1,620.00', 'Total paid: EUR 1,620.00', 'Method: SEPA credit transfer'])
    M('northwind_remittance_attached', L, A('Sarah Kim', 'sarah.kim@northwind-hospitality.example'),
      'RE: ' + RSUBJ(96, 'en'), D(2, 10, 19, tz='+0000'), MP('mixed', [T(
          'Hi Hélène,\n\nPlease find attached our remittance advice - payment was released yesterday, so it should '
          'reach you within a day or two.\n\nBest,\nSarah\n'), ATT('Remittance_CASTELNAU_20261201.pdf', 'application/pdf', pdf)]),
      extra=reply_hdrs(96), lang='en', group='Northwind Hospitality Group',
      pattern='person forwards remittance PDF, "released yesterday"', facts='already_paid=2026-12-01')

    # 42 ne conteste pas, deux fois
    n = 416
    M('atelierbois_deux_fois', L, A('Mickaël Gicquel', 'contact@gicquel-menuiserie.fr'), 'Re: ' + RSUBJ(n),
      D(1, 20, 2), T(
          'Bonjour Madame Castelnau,\n\nJe ne conteste pas du tout la facture, le repas de nos 20 ans était parfait. '
          'Simplement je préférerais la régler en deux fois : 600 € le 5 décembre et le reste le 20. '
          'Dites-moi si ça vous va.\n\nCordialement,\nMickaël Gicquel\nMenuiserie Gicquel\n'),
      extra=reply_hdrs(n), group='Menuiserie Gicquel', pattern='negated dispute, two-instalment promise',
      facts='promise_date=2026-12-05', notes='second instalment promised 2026-12-20')

    # 43 which invoice?
    n = 411
    M('quai_ouest_quelle_facture', L, A('Service Facturation Quai Ouest', 'factures@quai-ouest-events.fr'),
      'RE: ' + RSUBJ(n), D(30, 11, 11), T(
          'Bonjour,\n\nNous avons réglé la F-2026-0388 le 12/11 mais nous n\'avons jamais reçu la %s. '
          'Pouvez-vous nous l\'adresser à factures@quai-ouest-events.fr ?\n\nMerci\n' % INV(n)),
      extra=reply_hdrs(n), group='Quai Ouest Events', pattern='says invoice never received (another one paid)',
      facts='request_invoice=yes', notes='the "réglé le 12/11" concerns a different invoice (F-2026-0388), not the one reminded')

    # 44 payment campaign "mardi 8"
    n = 422
    M('synelec_campagne_mardi8', L, A('Comptabilité SYNELEC', 'comptabilite@synelec-ouest.fr'), 'RE: ' + RSUBJ(n),
      D(3, 14, 0), T(
          'Bonjour,\n\nVotre facture est validée et intégrée à notre campagne de paiement du mardi 8 décembre '
          '(virement SEPA, valeur J+1).\n\nBien cordialement\n\nService comptabilité – SYNELEC Ouest\n'),
      extra=reply_hdrs(n), group='Synelec Ouest', pattern='"campagne de paiement du mardi 8"',
      facts='promise_date=2026-12-08')

    # 45 paid via SumUp link
    n = 432
    M('yogastudio_paye_lien_sumup', L, A('Inès Fauvel', 'ines@studio-prana-rennes.fr'), 'Re: ' + RSUBJ(n),
      D(2, 13, 37), T('Hello, je viens de payer par carte via le lien de paiement de la facture, tu devrais avoir la notif. Bonne journée ! Inès\n'),
      extra=reply_hdrs(n), group='Studio Prana (yoga studio)', pattern='paid just now through payment link, tu',
      facts='already_paid=2026-12-02')

    # 46 person left company
    n = 397
    M('tessenda_ne_travaille_plus', L, A('Julien Robic', 'julien.robic@tessenda.fr'), 'RE: ' + RSUBJ(n), D(30, 9, 3), T(
        'Bonjour,\n\nJe quitte Tessenda vendredi et je ne m\'occupe plus des achats depuis début novembre. '
        'Merci d\'écrire désormais à achats@tessenda.fr, je leur ai transféré votre message.\n\nBonne continuation,\nJulien\n'),
      extra=reply_hdrs(n), group='Tessenda', pattern='human redirect to another address, no payment info')

    # 47 base64 body from webmail, promise "le 18"
    n = 435
    M('gite_kerbihan_le18_b64', L, A('Maryvonne Kerbihan', 'gite.kerbihan@sfr.example'), 'Re: ' + RSUBJ(n), D(4, 18, 45), T(
        'Bonjour Hélène,\n\nJe vous règlerai le 18, à réception du paiement de la location de décembre. '
        'Je préfère vous le dire franchement plutôt que de promettre plus tôt.\n\nCordialement\nMaryvonne Kerbihan\n'
        'Gîte de Kerbihan\n', cte='base64'),
      extra=reply_hdrs(n) + [('X-Mailer', 'SFR Mail')], group='Gîte de Kerbihan', pattern='base64-encoded plain text, "le 18"',
      facts='promise_date=2026-12-18')

    # 48 region treasurer's colleague: "we are not disputing"-style English, paid partial
    n = 98
    M('celticarts_partial_paid', L, A('Aoife Byrne', 'aoife.byrne@celtic-arts-exchange.example'), 'Re: ' + RSUBJ(98, 'en'),
      D(3, 17, 25, tz='+0000'), T(
          'Hi Hélène,\n\nWe\'re not disputing the invoice at all. We paid €500 on 27 November as a first instalment '
          '(our grant came in two parts); the remaining €320 will follow once the second tranche lands, hopefully '
          'before Christmas.\n\nWarm regards,\nAoife\nCeltic Arts Exchange\n'),
      extra=reply_hdrs(98), lang='en', group='Celtic Arts Exchange',
      pattern='English, negated dispute, partial payment already made, vague rest',
      facts='already_paid=2026-11-27', notes='already_paid refers to a partial payment of €500 of €820; no firm date for the rest')

# ---------------------------------------------------------------------------
# payment_notification
# ---------------------------------------------------------------------------
def box(title, rows, foot, color='#003a70', lead=''):
    tr = ''.join('<tr><td style="padding:6px 12px;color:#555">%s</td><td style="padding:6px 12px;font-weight:bold">%s</td></tr>' % r for r in rows)
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>'
            '<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:%s;color:#fff;padding:18px 24px;font-size:18px">%s</td></tr>'
            '<tr><td style="padding:20px 24px;font-size:14px">%s<table cellpadding="0" cellspacing="0" style="margin-top:12px;border:1px solid #ddd">%s</table></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888">%s</td></tr></table></body></html>'
            % (title, color, title, lead, tr, foot))


def payments():
    L = 'payment_notification'
    # --- money in -----------------------------------------------------------
    M('cmb_alerte_virement_recu', L, A('Crédit Mutuel de Bretagne', 'alertes@cmb.fr'),
      'Alerte sur votre compte : opération créditrice', D(4, 7, 12), T(
          'Madame CASTELNAU HELENE,\n\nDans le cadre de votre service d\'alertes, nous vous informons de l\'opération '
          'suivante enregistrée sur votre compte :\n\nCompte : CPTE COURANT PRO EI n° ***** ***** 0004127\n'
          'Date de l\'opération : 04/12/2026\nLibellé : VIR SEPA KERLANN CONSEIL\nRéférence : FACT F-2026-0412\n'
          'Montant : + 1 480,00 EUR\n\nSolde après opération : 6 912,44 EUR\n\nPour consulter le détail de vos '
          'comptes, connectez-vous à votre espace client sur cmb.fr ou sur l\'application Crédit Mutuel de Bretagne.\n\n'
          'Ce message vous est adressé automatiquement, merci de ne pas y répondre.\nCrédit Mutuel de Bretagne - '
          'Fédération du Crédit Mutuel de Bretagne - 1 rue Louis Lichou 29480 Le Relecq-Kerhuon\n', cs='iso-8859-1'),
      provider='Crédit Mutuel de Bretagne', group='Crédit Mutuel de Bretagne',
      pattern='alert service "opération créditrice", latin-1, QP', direction='in', amount='1480.00',
      payer='KERLANN CONSEIL', reference='FACT F-2026-0412', value_date='2026-12-04', cap='yes',
      notes='wording modelled on CMB/Crédit Mutuel alert e-mails (opération créditrice above threshold)')

    M('ca_credit_montant_objet_seul', L, A('Crédit Agricole Ille-et-Vilaine', 'alertes-comptes@ca-illeetvilaine.fr'),
      'Crédit de 2 115,50 EUR sur votre compte ****4410', D(3, 11, 41), ALT(T(
          'Bonjour,\n\nUne opération au crédit vient d\'être enregistrée sur votre compte professionnel ****4410.\n\n'
          'Nature : VIREMENT EN VOTRE FAVEUR\nÉmetteur : AGENCE CAP EMERAUDE\nMotif : F-2026-0421 COCKTAIL LANCEMENT\n'
          'Date de valeur : 03/12/2026\n\nRetrouvez toutes vos opérations dans Ma Banque.\n\n'
          'Crédit Agricole Ille-et-Vilaine – Ceci est un e-mail automatique. Merci de ne pas y répondre.\n'),
          HT(box('Alerte crédit', [('Compte', 'Compte professionnel ****4410'), ('Nature', 'VIREMENT EN VOTRE FAVEUR'),
                                   ('Émetteur', 'AGENCE CAP EMERAUDE'), ('Motif', 'F-2026-0421 COCKTAIL LANCEMENT'),
                                   ('Date de valeur', '03/12/2026')],
                 'Crédit Agricole Ille-et-Vilaine – Ceci est un e-mail automatique. Merci de ne pas y répondre.',
                 color='#007a5e', lead='Une opération au crédit vient d\'être enregistrée sur votre compte.'))),
      provider='Crédit Agricole', group='Crédit Agricole Ille-et-Vilaine',
      pattern='amount in subject only, body has payer and label', direction='in', amount='2115.50',
      payer='AGENCE CAP EMERAUDE', reference='F-2026-0421 COCKTAIL LANCEMENT', value_date='2026-12-03', cap='yes')

    M('arkea_avis_credit_tresor_public', L, A('Arkéa Banque Entreprises', 'noreply@arkea-banque-ei.com'),
      'Avis d\'opération créditrice', D(2, 6, 30), HT(box('Avis d\'opération créditrice', [
          ('Date d\'opération', '01/12/2026'), ('Date de valeur', '02/12/2026'),
          ('Libellé', 'VIR DRFIP BRETAGNE ET D ILLE ET VILAINE'),
          ('Référence', 'MDT 2026-001187 CESSON-VILAINE FAC F-2026-0388'), ('Montant', '+ 1 356,00 €')],
          'Arkéa Banque Entreprises et Institutionnels – Ce message est généré automatiquement, merci de ne pas y répondre. '
          'Pour toute question, contactez votre chargé d\'affaires.', color='#e2001a',
          lead='Madame, Monsieur,<br>Nous vous informons qu\'une opération a été portée au crédit de votre compte n° 0012 3456 789.')),
      provider='Arkéa', group='Arkéa Banque Entreprises',
      pattern='HTML-only, table, public treasury payer with mandate reference', direction='in', amount='1356.00',
      payer='DRFIP BRETAGNE ET D ILLE ET VILAINE', reference='MDT 2026-001187 CESSON-VILAINE FAC F-2026-0388',
      value_date='2026-12-02', cap='yes', notes='public body paid via the treasury (DRFIP); payer is the treasury, not the town hall')

    M('qonto_vous_avez_recu_virement', L, A('Qonto', 'notifications@qonto.com'),
      'Vous avez reçu un virement de 864,00 €', D(1, 8, 3), ALT(T(
          'Bonjour Hélène,\n\nVous avez reçu un virement de 864,00 € de LA MAISON DU BREIL sur le compte '
          '"Compte principal".\n\nRéférence : FACT F-2026-0417\n\nVoir la transaction : https://app.qonto.com/transactions\n\n'
          'L\'équipe Qonto\n\nQonto (Olinda SAS), 18 rue de Navarin, 75009 Paris. Vous recevez cet e-mail car les notifications '
          'de transactions sont activées pour votre compte.\n'),
          HT(box('Virement reçu', [('Montant', '+ 864,00 €'), ('De', 'LA MAISON DU BREIL'), ('Référence', 'FACT F-2026-0417'),
                                   ('Compte', 'Compte principal')],
                 'Qonto (Olinda SAS), 18 rue de Navarin, 75009 Paris. Vous recevez cet e-mail car les notifications de transactions sont activées pour votre compte.',
                 color='#1d1d1b'))),
      provider='Qonto', group='Qonto', pattern='"Vous avez reçu un virement de", amount in subject and body',
      direction='in', amount='864.00', payer='LA MAISON DU BREIL', reference='FACT F-2026-0417', value_date='2026-12-01', cap='yes')

    M('shine_nouveau_virement_paierie', L, A('Shine', 'hello@shine.fr'), '💸 Nouveau virement reçu', D(3, 9, 58), ALT(T(
        'Bonne nouvelle Hélène !\n\nPAIERIE REGIONALE DE BRETAGNE vous a envoyé 3 960,00 €.\n\n'
        'Libellé : REGION BRETAGNE MDT 55123 F-2026-0371\nDate : 3 décembre 2026\n\n'
        'Pensez à rattacher la facture correspondante dans l\'app Shine pour garder une compta à jour.\n\n'
        'L\'équipe Shine\n---\nShine SAS, établissement de paiement agréé par l\'ACPR. Ceci est un e-mail automatique.\n'),
        HT('<html><body style="font-family:Helvetica,Arial;background:#f6f5ff"><div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px">'
           '<h2 style="color:#3c1fe0">Bonne nouvelle Hélène !</h2><p><b>PAIERIE REGIONALE DE BRETAGNE</b> vous a envoyé <b style="font-size:22px">3&nbsp;960,00&nbsp;€</b></p>'
           '<p style="color:#666">Libellé : REGION BRETAGNE MDT 55123 F-2026-0371<br>Date : 3 décembre 2026</p>'
           '<p>Pensez à rattacher la facture correspondante dans l\'app Shine.</p><hr><p style="font-size:11px;color:#999">Shine SAS, établissement de paiement agréé par l\'ACPR. Ceci est un e-mail automatique.</p></div></body></html>')),
      provider='Shine', group='Shine', pattern='emoji subject, "vous a envoyé", regional paymaster',
      direction='in', amount='3960.00', payer='PAIERIE REGIONALE DE BRETAGNE', reference='REGION BRETAGNE MDT 55123 F-2026-0371',
      value_date='2026-12-03', cap='yes')

    M('lcl_avertis_operation_creditrice', L, A('LCL', 'lcl-avertis@ecl.lcl.fr'), 'LCL Avertis - Opération créditrice',
      D(4, 5, 47), T(
          'LCL AVERTIS\n\nMme CASTELNAU H.\n\nLe 03/12/2026, une opération créditrice d\'un montant supérieur ou égal au seuil '
          'que vous avez choisi a été enregistrée sur votre compte 0123456A :\n\n'
          'VIR SEPA SYNELEC OUEST /REF F-2026-0422 CAMPAGNE 2026-49\n+2 508,00 EUR\n\n'
          'Ce message est envoyé automatiquement, ne pas répondre.\nLCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 EUR - '
          'SIREN 954 509 741 - RCS Lyon\n', cs='iso-8859-1', cte='8bit'),
      provider='LCL', group='LCL', pattern='LCL Avertis threshold alert, latin-1 8bit, label in upper case',
      direction='in', amount='2508.00', payer='SYNELEC OUEST', reference='F-2026-0422 CAMPAGNE 2026-49',
      value_date='2026-12-03', cap='yes', notes='wording after the documented LCL Avertis "Opération créditrice" alert type')

    M('sg_2_virements_recus', L, A('Société Générale', 'alertes@societegenerale.fr'), 'Vous avez reçu 2 virements',
      D(2, 7, 20), ALT(T(
          'Madame CASTELNAU,\n\nVous avez reçu 2 virements sur votre compte professionnel n° XXXX 0387 :\n\n'
          '- 01/12/2026  VIR RECU ASSO RENNES SOLIDAIRES  BUFFET BENEVOLES NOV  + 420,00 EUR\n'
          '- 01/12/2026  VIR RECU M OU MME TANGUY ROLLAND  SOLDE MARIAGE 21/11  + 1 980,00 EUR\n\n'
          'Retrouvez le détail sur l\'appli Société Générale ou sur professionnels.sg.fr.\n\n'
          'Cet e-mail vous est adressé automatiquement dans le cadre du service d\'alertes Messalia. Merci de ne pas y répondre.\n'),
          HT(box('2 virements reçus', [('01/12 – ASSO RENNES SOLIDAIRES (BUFFET BENEVOLES NOV)', '+ 420,00 EUR'),
                                       ('01/12 – M OU MME TANGUY ROLLAND (SOLDE MARIAGE 21/11)', '+ 1 980,00 EUR')],
                 'Service d\'alertes Messalia – e-mail automatique, merci de ne pas y répondre.', color='#e9041e'))),
      provider='Société Générale', group='Société Générale', pattern='plural "2 virements", two payers in one notice',
      direction='in|in', amount='420.00|1980.00', payer='ASSO RENNES SOLIDAIRES|M OU MME TANGUY ROLLAND',
      reference='BUFFET BENEVOLES NOV|SOLDE MARIAGE 21/11', value_date='2026-12-01|2026-12-01', cap='yes',
      notes='two transfers, each from one identified payer')

    M('lbp_virement_recu_asso_bretonne', L, A('La Banque Postale', 'ne-pas-repondre@labanquepostale.fr'),
      'Information sur votre compte', D(30, 13, 15), T(
          'Bonjour,\n\nNous vous informons qu\'un virement a été crédité sur votre compte courant '
          'se terminant par 8A035 :\n\nMontant : 540,00 €\nDonneur d\'ordre : KELCH SEVENADUREL GWILEN\n'
          'Libellé : FEST NOZ 14/11 FACT 0410\nDate : 30/11/2026\n\nLa Banque Postale\n\n'
          'Ce courriel est envoyé automatiquement. Merci de ne pas répondre à cette adresse.\n'
          'La Banque Postale – SA à Directoire et Conseil de Surveillance – 115 rue de Sèvres 75275 Paris Cedex 06\n'),
      provider='La Banque Postale', group='La Banque Postale', pattern='neutral subject, "un virement a été crédité"',
      direction='in', amount='540.00', payer='KELCH SEVENADUREL GWILEN', reference='FEST NOZ 14/11 FACT 0410',
      value_date='2026-11-30', cap='yes')

    M('revolut_business_received', L, A('Revolut Business', 'no-reply@revolut.com'),
      'You received €3,240.00 from BRIGHTWATER EVENTS LTD', D(4, 13, 2, tz='+0000'), ALT(T(
          'Hi Hélène,\n\nYou received €3,240.00 from BRIGHTWATER EVENTS LTD to your EUR Main account.\n\n'
          'Reference: INV-0091 BWE-PO-2231\n\nView transaction in the app.\n\nRevolut Business\n\n'
          'You are receiving this email because you enabled transaction notifications. Revolut Bank UAB, '
          'Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.\n'),
          HT(box('Money received', [('Amount', '€3,240.00'), ('From', 'BRIGHTWATER EVENTS LTD'), ('Reference', 'INV-0091 BWE-PO-2231'),
                                    ('Account', 'EUR Main')],
                 'You are receiving this email because you enabled transaction notifications. Revolut Bank UAB, Vilnius, Lithuania.',
                 color='#191c1f'))),
      lang='en', provider='Revolut Business', group='Revolut Business', pattern='English, amount and payer in subject',
      direction='in', amount='3240.00', payer='BRIGHTWATER EVENTS LTD', reference='INV-0091 BWE-PO-2231',
      value_date='2026-12-04', cap='yes')

    M('wise_money_received', L, A('Wise', 'noreply@wise.com'), 'You\'ve received 385.00 EUR', D(4, 16, 30, tz='+0000'),
      ALT(T('Hi Helene,\n\nRennes English Theatre Club sent you 385.00 EUR. It\'s now in your EUR balance.\n\n'
            'Reference: INV-0087 Panto reception\n\nThanks,\nThe Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels.\n'),
          HT(box('You\'ve received 385.00 EUR', [('From', 'Rennes English Theatre Club'), ('Reference', 'INV-0087 Panto reception'),
                                                  ('Added to', 'EUR balance')], 'Wise Europe SA, Rue du Trône 100, 1050 Brussels.',
                 color='#163300'))),
      lang='en', provider='Wise', group='Wise', pattern='English, "sent you", balance credit',
      direction='in', amount='385.00', payer='Rennes English Theatre Club', reference='INV-0087 Panto reception',
      value_date='2026-12-04', cap='yes')

    M('n26_tu_as_recu', L, A('N26', 'no-reply@n26.com'), 'Tu as reçu 75,00 €', D(1, 19, 12), ALT(T(
        'Salut Hélène,\n\nTHOMAS LE DUFF t\'a envoyé 75,00 €.\nMotif : Plateau fromages 28/11\n\n'
        'Ouvre l\'app N26 pour voir les détails.\n\nÀ bientôt,\nL\'équipe N26\n\n'
        'N26 Bank SE, Voltairestraße 8, 10179 Berlin. Tu reçois cet e-mail car tu as activé les notifications par e-mail.\n'),
        HT(box('Tu as reçu 75,00 €', [('De', 'THOMAS LE DUFF'), ('Motif', 'Plateau fromages 28/11')],
               'N26 Bank SE, Voltairestraße 8, 10179 Berlin. Tu reçois cet e-mail car tu as activé les notifications par e-mail.',
               color='#36a18b'))),
      provider='N26', group='N26', pattern='informal tu, small private payment', direction='in', amount='75.00',
      payer='THOMAS LE DUFF', reference='Plateau fromages 28/11', value_date='2026-12-01', cap='yes')

    M('stripe_paiement_reussi', L, A('Stripe', 'notifications@stripe.com'),
      'Paiement de 740,00 € de gael@breizhcobalt.io', D(2, 10, 44, tz='+0000'), ALT(T(
          'Castelnau Traiteur\n\nPaiement réussi\n\nMontant : 740,00 €\nClient : Breizh Cobalt (gael@breizhcobalt.io)\n'
          'Description : Facture F-2026-0429\nMoyen de paiement : Visa •••• 4242\nID : pi_3QxYz2LkdIwHu7ix0Abc1234\n\n'
          'Voir le paiement dans le Dashboard : https://dashboard.stripe.com/payments/pi_3QxYz2LkdIwHu7ix0Abc1234\n\n'
          'Vous recevez cet e-mail car vous avez activé les notifications de paiement réussi. Stripe, 354 Oyster Point Blvd, South San Francisco.\n'),
          HT(box('Paiement réussi', [('Montant', '740,00 €'), ('Client', 'Breizh Cobalt (gael@breizhcobalt.io)'),
                                     ('Description', 'Facture F-2026-0429'), ('Moyen de paiement', 'Visa •••• 4242')],
                 'Vous recevez cet e-mail car vous avez activé les notifications de paiement réussi.', color='#635bff'))),
      provider='Stripe', group='Stripe', pattern='PSP card payment captured, customer email in subject',
      direction='in', amount='740.00', payer='Breizh Cobalt', reference='Facture F-2026-0429', value_date='2026-12-02', cap='yes',
      notes='Stripe successful-payment notification (money reaches the owner later in a payout)')

    M('paypal_paiement_recu', L, A('service@paypal.fr', 'service@paypal.fr'),
      'Vous avez reçu un paiement', D(1, 3, 21, tz='-0800'), ALT(T(
          'Bonjour Hélène Castelnau,\n\nVous avez reçu un paiement de 240,00 € EUR de Gwenaëlle Le Bihan '
          '(gwen.lebihan@example.org).\n\nRemarque de Gwenaëlle : "Buffet anniversaire Lou, merci !!"\n\n'
          'Détails de la transaction\nN° de transaction : 7HX21395FW8822417\nDate : 1 déc. 2026\n\n'
          'Aide et Contact | Sécurité\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg\n'
          'Copyright © 1999-2026 PayPal. Tous droits réservés.\n'),
          HT(box('Vous avez reçu un paiement', [('De', 'Gwenaëlle Le Bihan'), ('Montant', '240,00 € EUR'),
                                                ('N° de transaction', '7HX21395FW8822417'), ('Remarque', 'Buffet anniversaire Lou, merci !!')],
                 'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg', color='#003087'))),
      provider='PayPal', group='PayPal', pattern='PayPal payment received, US timezone Date',
      direction='in', amount='240.00', payer='Gwenaëlle Le Bihan', reference='7HX21395FW8822417', value_date='2026-12-01', cap='yes')

    M('sumup_lien_paiement_recu', L, A('SumUp', 'no-reply@sumup.com'), 'Paiement reçu : 312,00 €', D(2, 13, 36), ALT(T(
        'Bonjour,\n\nVous avez reçu un paiement via un lien de paiement.\n\nMontant : 312,00 €\nPayé par : Inès Fauvel\n'
        'Description : Facture F-2026-0432\nCode de transaction : TDZ4K8PQWM\n\nLe montant sera inclus dans votre prochain versement.\n\n'
        'SumUp Limited – Merci de ne pas répondre à cet e-mail.\n'),
        HT(box('Paiement reçu', [('Montant', '312,00 €'), ('Payé par', 'Inès Fauvel'), ('Description', 'Facture F-2026-0432'),
                                 ('Code de transaction', 'TDZ4K8PQWM')], 'SumUp Limited – Merci de ne pas répondre à cet e-mail.',
               color='#000'))),
      provider='SumUp', group='SumUp', pattern='payment link paid, money in next payout',
      direction='in', amount='312.00', payer='Inès Fauvel', reference='Facture F-2026-0432', value_date='2026-12-02', cap='yes')

    M('lydia_pro_encaissement', L, A('Sumeria (ex Lydia)', 'noreply@lydia-app.com'), 'Vous avez reçu 180,00 € de Maëlle Kerdraon',
      D(30, 18, 4), ALT(T(
          'Hélène,\n\nMaëlle Kerdraon vous a payé 180,00 €.\nObjet : Galettes saucisse kermesse école Diwan\n\n'
          'L\'argent est disponible sur votre compte Sumeria.\n\nSumeria – Lydia Solutions SAS, 14 avenue de l\'Opéra 75001 Paris.\n'
          'Vous pouvez gérer vos notifications dans les réglages de l\'application.\n'),
          HT(box('180,00 € reçus', [('De', 'Maëlle Kerdraon'), ('Objet', 'Galettes saucisse kermesse école Diwan')],
                 'Sumeria – Lydia Solutions SAS. Vous pouvez gérer vos notifications dans les réglages de l\'application.', color='#0a67ff'))),
      provider='Lydia/Sumeria', group='Lydia/Sumeria', pattern='"vous a payé", payer in subject',
      direction='in', amount='180.00', payer='Maëlle Kerdraon', reference='Galettes saucisse kermesse école Diwan',
      value_date='2026-11-30', cap='yes')

    M('gocardless_paiement_encaisse', L, A('GoCardless', 'help@gocardless.com'),
      'Paiement confirmé : 1 120,00 € de Rennes Atalante Coworking', D(1, 9, 40), T(
          'Bonjour Castelnau Traiteur,\n\nLe prélèvement de 1 120,00 € EUR auprès de Rennes Atalante Coworking a été '
          'confirmé et sera inclus dans votre prochain virement.\n\nRéférence : DEJ-NOV-2026\nID du paiement : PM00A1B2C3D4E5\n'
          'Date de prélèvement : 01/12/2026\n\nGoCardless SAS, 7 rue de Madrid, 75008 Paris. Vous recevez cet e-mail en tant que '
          'marchand GoCardless.\n'),
      provider='GoCardless', group='GoCardless', pattern='direct debit collected from a client',
      direction='in', amount='1120.00', payer='Rennes Atalante Coworking', reference='DEJ-NOV-2026', value_date='2026-12-01', cap='yes')

    M('indy_nouvelle_recette', L, A('Indy', 'notifications@indy.fr'), 'Nouvelle recette à catégoriser : +924,00 €',
      D(4, 8, 50), ALT(T(
          'Bonjour Hélène,\n\nNous avons synchronisé une nouvelle transaction depuis votre compte Crédit Mutuel de Bretagne :\n\n'
          '04/12/2026  VIR SEPA LUMEN PRODUCTION F-2026-0433  +924,00 €\n\nPensez à la catégoriser et à l\'associer à votre facture.\n\n'
          'L\'équipe Indy\nVous recevez cet e-mail car vous avez activé les alertes de synchronisation bancaire.\n'),
          HT(box('Nouvelle recette', [('04/12/2026 – VIR SEPA LUMEN PRODUCTION F-2026-0433', '+924,00 €')],
                 'Vous recevez cet e-mail car vous avez activé les alertes de synchronisation bancaire.', color='#1ea86d'))),
      provider='Indy', group='Indy', pattern='accounting-software bank feed, "+924,00 €"',
      direction='in', amount='924.00', payer='LUMEN PRODUCTION', reference='F-2026-0433', value_date='2026-12-04', cap='yes',
      notes='bank-feed notice from accounting software relaying a credit')

    # aggregates
    M('sumup_versement_en_route', L, A('SumUp', 'no-reply@sumup.com'), 'Votre versement de 1 236,40 € est en route',
      D(1, 6, 15), T(
          'Bonjour Hélène,\n\nNous avons envoyé un versement de 1 236,40 € vers votre compte bancaire se terminant par 0004.\n\n'
          'Période : 28/11/2026 – 30/11/2026\nTransactions : 31\nMontant brut : 1 257,80 €\nFrais : -21,40 €\n'
          'Montant net versé : 1 236,40 €\nRéférence du versement : PID8841203-SUMUP\n\n'
          'Selon votre banque, le montant apparaîtra sur votre relevé sous 1 à 2 jours ouvrés.\n\nL\'équipe SumUp\n'),
      provider='SumUp', group='SumUp', pattern='payout of many card sales (Christmas market stand)',
      direction='in', amount='1236.40', payer='SumUp', reference='PID8841203-SUMUP', value_date='2026-12-01', cap='no_aggregate')

    M('stripe_virement_en_route', L, A('Stripe', 'notifications@stripe.com'), 'Un virement de 1 842,17 € est en route',
      D(3, 2, 10, tz='+0000'), T(
          'Castelnau Traiteur\n\nUn virement de 1 842,17 € EUR est en route vers votre compte bancaire CREDIT MUTUEL DE BRETAGNE ••••0004.\n\n'
          'Arrivée prévue : 4 déc. 2026\nID du virement : po_1QyA9bLkdIwHu7ixQ2e8Hk0p\nDescripteur : STRIPE\n\n'
          'Ce virement comprend 5 paiements et 1 remboursement.\n\nStripe Payments Europe, Ltd.\n'),
      provider='Stripe', group='Stripe', pattern='payout bundling several payments',
      direction='in', amount='1842.17', payer='Stripe', reference='po_1QyA9bLkdIwHu7ixQ2e8Hk0p', value_date='2026-12-04',
      cap='no_aggregate')

    M('edenred_avis_remboursement', L, A('Edenred France', 'affilies@edenred.fr'),
      'Avis de remboursement Ticket Restaurant® – Remise n° 6650219', D(2, 11, 9), MP('mixed', [HT(box(
          'Avis de remboursement', [('Affilié', 'CASTELNAU TRAITEUR – n° 35-771048'), ('Remise', '6650219 (cartes Ticket Restaurant®, réseau CONECS)'),
                                    ('Montant des transactions', '426,50 €'), ('Commission', '- 14,20 €'),
                                    ('Montant remboursé', '412,30 €'), ('Date de virement', '02/12/2026')],
          'Edenred France SAS – Ce message est envoyé automatiquement, merci de ne pas y répondre.', color='#e20613',
          lead='Madame, Monsieur, nous avons le plaisir de vous informer du remboursement suivant :')),
          ATT('avis_remboursement_6650219.pdf', 'application/pdf', PDF(['Edenred France - Avis de remboursement', 'Remise 6650219', 'Montant rembourse : 412,30 EUR']))]),
      provider='Edenred', group='Edenred', pattern='meal-voucher operator reimbursement (many employees\' cards), PDF',
      direction='in', amount='412.30', payer='Edenred France', reference='Remise 6650219', value_date='2026-12-02',
      cap='no_aggregate')

    M('pluxee_virement_remboursement', L, A('Pluxee', 'ne-pas-repondre@pluxee.fr'),
      'Votre remboursement Pluxee Restaurant du 03/12/2026', D(3, 12, 0), T(
          'Bonjour,\n\nLes transactions cartes Pluxee Restaurant acceptées du 23/11/2026 au 29/11/2026 ont été remboursées.\n\n'
          'Nombre de transactions : 17\nMontant total : 244,90 €\nFrais de prestation : 8,06 €\nMontant viré : 236,84 €\n'
          'Libellé sur votre relevé : PLUXEE FRANCE RBT 2611489\n\nRetrouvez le détail dans votre Espace Affilié.\n\n'
          'Pluxee France – Ce message est automatique, merci de ne pas y répondre.\n'),
      provider='Pluxee', group='Pluxee', pattern='meal-voucher reimbursement, weekly batch',
      direction='in', amount='236.84', payer='PLUXEE FRANCE', reference='PLUXEE FRANCE RBT 2611489', value_date='2026-12-03',
      cap='no_aggregate')

    # remittance / claims
    M('chorus_pro_mise_en_paiement', L, A('Chorus Pro', 'ne-pas-repondre@chorus-pro.gouv.fr'),
      '[Chorus Pro] Changement de statut de la facture F-2026-0379', D(1, 23, 5), T(
          'Bonjour,\n\nLa facture suivante a changé de statut :\n\nNuméro de facture : F-2026-0379\n'
          'Destinataire : UNIVERSITE ARMORIQUE (193500000 00017)\nMontant TTC : 1 845,00 EUR\n'
          'Nouveau statut : MISE EN PAIEMENT\nDate du statut : 01/12/2026\n\n'
          'Le délai de réception des fonds dépend des délais interbancaires.\n\nPour plus d\'informations, connectez-vous à Chorus Pro.\n\n'
          'Ce message est généré automatiquement, merci de ne pas y répondre.\n'),
      provider='Chorus Pro', group='Chorus Pro', pattern='public e-invoicing status "mise en paiement" (payment ordered)',
      direction='in', amount='1845.00', payer='UNIVERSITE ARMORIQUE', reference='F-2026-0379', value_date='2026-12-01',
      cap='no_claim', notes='payment ordered by the public accountant, not yet seen by the bank')

    rows = ('<tr><td>F-2026-0384</td><td>02/10/2026</td><td align="right">640,00</td></tr>'
            '<tr><td>F-2026-0406</td><td>28/10/2026</td><td align="right">1 210,00</td></tr>')
    M('breizhlog_avis_de_paiement', L, A('BREIZH LOGISTIQUE SAS – Comptabilité', 'no-reply-ap@breizh-logistique.fr'),
      'Avis de paiement n° 2000045871', D(30, 15, 2), MP('mixed', [HT(
          '<html><body style="font-family:Arial;font-size:12px"><p>Madame, Monsieur,</p><p>Nous vous informons du règlement par virement '
          'des pièces suivantes :</p><table border="1" cellspacing="0" cellpadding="4"><tr><th>Votre référence</th><th>Date pièce</th>'
          '<th>Montant EUR</th></tr>' + rows + '<tr><td colspan="2"><b>Total</b></td><td align="right"><b>1 850,00</b></td></tr></table>'
          '<p>Date de règlement : 30/11/2026 – Référence de paiement : 2000045871</p><p>Ce message est généré automatiquement par notre '
          'système comptable (SAP). Pour toute question : compta.fournisseurs@breizh-logistique.fr</p></body></html>'),
          ATT('AVIS_2000045871.pdf', 'application/pdf', PDF(['BREIZH LOGISTIQUE SAS - AVIS DE PAIEMENT 2000045871', 'F-2026-0384 640,00', 'F-2026-0406 1 210,00', 'Total 1 850,00 EUR']))]),
      provider='Breizh Logistique (SAP)', group='Breizh Logistique SAS',
      pattern='client\'s AP system remittance advice, two invoices, one transfer',
      direction='in', amount='1850.00', payer='BREIZH LOGISTIQUE SAS', reference='2000045871', value_date='2026-11-30',
      cap='no_claim', notes='remittance advice from the payer\'s system, not a bank notice; covers F-2026-0384 and F-2026-0406')

    M('cic_synthese_quotidienne', L, A('CIC', 'alertes@cic.fr'), 'Synthèse de vos opérations du 01/12/2026', D(2, 6, 2), HT(box(
        'Synthèse quotidienne', [('VIR KALON STUDIO F-2026-0427', '+ 1 296,00 EUR'), ('PRLV SEPA URSSAF BRETAGNE', '- 412,00 EUR'),
                                 ('CB METRO RENNES 30/11', '- 231,45 EUR'), ('Solde au 01/12/2026', '5 228,19 EUR')],
        'CIC – Service d\'alertes Filbanque. Message automatique, ne pas répondre.', color='#00558c',
        lead='Voici les opérations enregistrées hier sur votre compte courant n° ****2871 :')),
      provider='Crédit Mutuel/CIC', group='CIC', pattern='daily digest mixing one credit and two debits',
      direction='in|out|out', amount='1296.00|412.00|231.45', payer='KALON STUDIO||',
      reference='F-2026-0427|PRLV SEPA URSSAF BRETAGNE|CB METRO RENNES 30/11', value_date='2026-12-01|2026-12-01|2026-11-30',
      cap='yes', notes='counts_as_payment=yes for the single identified credit; the two debits are not payments')

    # --- not money in --------------------------------------------------------
    M('cmb_paiement_carte_metro', L, A('Crédit Mutuel de Bretagne', 'alertes@cmb.fr'), 'Alerte sur votre compte : paiement par carte',
      D(30, 12, 34), T(
          'Madame CASTELNAU HELENE,\n\nUn paiement par carte a été effectué :\n\nCarte n° **** **** **** 7731\n'
          'Commerçant : METRO RENNES CHANTEPIE\nDate : 30/11/2026 à 11:58\nMontant : 486,12 EUR\n\n'
          'Si vous n\'êtes pas à l\'origine de cette opération, faites opposition immédiatement au 02 98 00 22 22.\n\n'
          'Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n', cs='iso-8859-1'),
      provider='Crédit Mutuel de Bretagne', group='Crédit Mutuel de Bretagne', pattern='card payment at wholesaler',
      direction='out', amount='486.12', reference='METRO RENNES CHANTEPIE', value_date='2026-11-30', cap='no')

    M('qonto_virement_envoye', L, A('Qonto', 'notifications@qonto.com'), 'Votre virement de 1 540,00 € a été envoyé', D(2, 16, 22),
      T('Bonjour Hélène,\n\nVotre virement de 1 540,00 € vers SARL VIVIERS DE LA RANCE a été envoyé.\n\nRéférence : Huîtres et crustacés novembre\n'
        'Date d\'exécution : 2 déc. 2026\n\nL\'équipe Qonto\nVous recevez cet e-mail car les notifications de transactions sont activées pour votre compte.\n'),
      provider='Qonto', group='Qonto', pattern='outgoing transfer to a seafood supplier',
      direction='out', amount='1540.00', reference='Huîtres et crustacés novembre', value_date='2026-12-02', cap='no')

    M('shine_prelevement_urssaf', L, A('Shine', 'hello@shine.fr'), 'Prélèvement de 1 038,00 € par URSSAF BRETAGNE', D(4, 7, 5), T(
        'Bonjour Hélène,\n\nUn prélèvement de 1 038,00 € a été effectué par URSSAF BRETAGNE.\n\nLibellé : COTISATIONS 4E TRIMESTRE 2026\n'
        'Date : 4 décembre 2026\n\nSolde disponible : 3 402,11 €\n\nL\'équipe Shine\n'),
      provider='Shine', group='Shine', pattern='direct debit taken by URSSAF', direction='out', amount='1038.00',
      reference='COTISATIONS 4E TRIMESTRE 2026', value_date='2026-12-04', cap='no')

    M('ca_prelevement_assurance', L, A('Crédit Agricole Ille-et-Vilaine', 'alertes-comptes@ca-illeetvilaine.fr'),
      'Débit de 142,37 EUR sur votre compte ****4410', D(1, 6, 50), T(
          'Bonjour,\n\nUne opération au débit vient d\'être enregistrée sur votre compte professionnel ****4410.\n\n'
          'Nature : PRELEVEMENT SEPA\nCréancier : GROUPAMA LOIRE BRETAGNE\nMotif : MULTIRISQUE PRO CONTRAT 48812 ECH 12/2026\n\n'
          'Crédit Agricole Ille-et-Vilaine – Ceci est un e-mail automatique. Merci de ne pas y répondre.\n'),
      provider='Crédit Agricole', group='Crédit Agricole Ille-et-Vilaine', pattern='insurance direct debit, amount in subject',
      direction='out', amount='142.37', reference='MULTIRISQUE PRO CONTRAT 48812 ECH 12/2026', value_date='2026-12-01', cap='no')

    M('bpgo_alerte_debit_promocash', L, A('Banque Populaire Grand Ouest', 'cyberplus@bpgo.fr'),
      'Alerte Cyberplus : opération débitrice', D(3, 14, 18), T(
          'Madame,\n\nUne opération débitrice supérieure à votre seuil d\'alerte (1 000,00 EUR) a été enregistrée sur votre compte :\n\n'
          '03/12/2026 CB PROMOCASH RENNES 02/12  -1 284,60 EUR\n\nBanque Populaire Grand Ouest – Cyberplus\n'
          'Ce message est envoyé automatiquement, merci de ne pas y répondre.\n'),
      provider='Banque Populaire', group='Banque Populaire Grand Ouest', pattern='threshold debit alert, card at wholesaler',
      direction='out', amount='1284.60', reference='CB PROMOCASH RENNES 02/12', value_date='2026-12-03', cap='no')

    M('hellobank_virement_emis', L, A('Hello bank!', 'noreply@hellobank.fr'), 'Votre virement a bien été effectué', D(1, 18, 40), T(
        'Bonjour Hélène,\n\nVotre virement de 350,00 € vers LOC EVENT BRETAGNE a bien été effectué.\nMotif : Acompte location vaisselle 12/12\n\n'
        'Hello bank! est une marque de BNP Paribas. Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n'),
      provider='Hello bank!', group='Hello bank!', pattern='outgoing transfer confirmation', direction='out', amount='350.00',
      reference='Acompte location vaisselle 12/12', value_date='2026-12-01', cap='no')

    M('paypal_remboursement_emis', L, A('service@paypal.fr', 'service@paypal.fr'),
      'Vous avez remboursé 60,00 € EUR à Agnès Le Floch', D(2, 1, 12, tz='-0800'), T(
          'Bonjour Hélène Castelnau,\n\nVous avez remboursé 60,00 € EUR à Agnès Le Floch.\n\nN° de transaction du remboursement : 1LK559922A3318456\n'
          'Transaction d\'origine : 4RT80412MM0912233\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n'),
      provider='PayPal', group='PayPal', pattern='refund issued by the owner', direction='refund', amount='60.00',
      reference='1LK559922A3318456', value_date='2026-12-02', cap='no')

    M('qonto_remboursement_carte_recu', L, A('Qonto', 'notifications@qonto.com'), 'Remboursement reçu : +48,90 €', D(3, 10, 2), T(
        'Bonjour Hélène,\n\nVous avez reçu un remboursement de 48,90 € de AMAZON PAYMENTS EUROPE sur votre carte ••5521.\n\n'
        'Transaction d\'origine : 24 nov. 2026 – Thermomètre sonde x2\n\nL\'équipe Qonto\n'),
      provider='Qonto', group='Qonto', pattern='merchant refund to the owner\'s card (money in but not a client payment)',
      direction='refund', amount='48.90', reference='Thermomètre sonde x2', value_date='2026-12-03', cap='no')

    M('mollie_remboursement_effectue', L, A('Mollie', 'noreply@mollie.com'), 'Remboursement de € 85,00 traité', D(4, 11, 30), T(
        'Bonjour,\n\nLe remboursement de € 85,00 pour le paiement tr_WDqYK6vllg (Commande atelier cuisine 12/12 – Annulation) a été traité.\n'
        'Le client le recevra sous 5 à 10 jours ouvrés.\n\nMollie B.V. – Keizersgracht 126, 1015 CW Amsterdam\n'),
      provider='Mollie', group='Mollie', pattern='refund processed to a customer', direction='refund', amount='85.00',
      reference='tr_WDqYK6vllg', value_date='2026-12-04', cap='no')

    M('qonto_virement_rejete', L, A('Qonto', 'notifications@qonto.com'), 'Votre virement a été rejeté', D(1, 15, 14), T(
        'Bonjour Hélène,\n\nVotre virement de 780,00 € vers EURL ARMOR FLEURS a été rejeté par la banque du bénéficiaire.\n\n'
        'Motif : compte clôturé (AC04)\nLe montant a été recrédité sur votre compte.\n\nVérifiez l\'IBAN du bénéficiaire avant de renouveler l\'opération.\n\nL\'équipe Qonto\n'),
      provider='Qonto', group='Qonto', pattern='outgoing transfer returned (AC04)', direction='failed', amount='780.00',
      reference='EURL ARMOR FLEURS', value_date='2026-12-01', cap='no')

    M('gocardless_paiement_echoue', L, A('GoCardless', 'help@gocardless.com'),
      'Échec du paiement de Rennes Atalante Coworking', D(4, 9, 3), T(
          'Bonjour Castelnau Traiteur,\n\nLe paiement de 96,00 € EUR de Rennes Atalante Coworking (réf. BOISSONS-NOV-2026) a échoué.\n\n'
          'Motif communiqué par la banque du payeur : provision insuffisante (AM04).\n\nNous ne retenterons pas automatiquement ce paiement. '
          'Vous pouvez le relancer depuis votre tableau de bord.\n\nGoCardless SAS\n'),
      provider='GoCardless', group='GoCardless', pattern='client direct debit failed, insufficient funds', direction='failed',
      amount='96.00', reference='BOISSONS-NOV-2026', value_date='2026-12-04', cap='no')

    M('sumup_versement_echec', L, A('SumUp', 'no-reply@sumup.com'), 'Action requise : votre versement n\'a pas pu être effectué',
      D(3, 8, 12), T(
          'Bonjour Hélène,\n\nNous n\'avons pas pu effectuer votre versement de 512,40 € : la banque a refusé le virement '
          '(coordonnées bancaires invalides).\n\nMettez à jour vos coordonnées bancaires dans votre profil SumUp. Le montant sera '
          'renvoyé lors du prochain versement.\n\nL\'équipe SumUp\n'),
      provider='SumUp', group='SumUp', pattern='payout failed', direction='failed', amount='512.40', value_date='2026-12-03', cap='no')

    M('stripe_litige_ouvert', L, A('Stripe', 'notifications@stripe.com'), 'Un litige a été ouvert pour un paiement de 420,00 €',
      D(30, 21, 5, tz='+0000'), T(
          'Castelnau Traiteur\n\nUn client a contesté un paiement auprès de sa banque.\n\nMontant : 420,00 €\nMotif : produit non reçu\n'
          'Client : m.lesage@example.net\nPaiement : py_3QwT18LkdIwHu7ix1Wd3Qz9P\nFrais de litige : 15,00 €\n\n'
          'Répondez avant le 14 déc. 2026 en fournissant des justificatifs (bon de livraison, échanges avec le client).\n\nStripe\n'),
      provider='Stripe', group='Stripe', pattern='dispute/chargeback opened', direction='chargeback', amount='420.00',
      reference='py_3QwT18LkdIwHu7ix1Wd3Qz9P', value_date='2026-11-30', cap='no')

    M('paypal_paiement_en_attente', L, A('service@paypal.fr', 'service@paypal.fr'),
      'Le paiement de 1 250,00 € EUR est en attente', D(3, 4, 45, tz='-0800'), T(
          'Bonjour Hélène Castelnau,\n\nVous avez reçu un paiement de 1 250,00 € EUR de Domaine de la Ville-Cotterel, '
          'mais nous le conservons temporairement.\n\nPourquoi ? Les fonds sont en attente jusqu\'à ce que nous ayons la confirmation '
          'que la commande a été livrée. Ajoutez les informations de suivi ou attendez 21 jours.\n\n'
          'N° de transaction : 9AB12076TS5546012\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n'),
      provider='PayPal', group='PayPal', pattern='payment on hold, not available', direction='none', amount='1250.00',
      reference='9AB12076TS5546012', value_date='', cap='no',
      notes='says "vous avez reçu" but funds are held: not settled')

    M('wise_money_on_its_way', L, A('Wise', 'noreply@wise.com'), 'Money\'s on its way to you', D(1, 10, 0, tz='+0000'), T(
        'Hi Helene,\n\nHartwell Conferences is sending you 2,275.00 EUR. It should arrive by Thursday, 3 December.\n\n'
        'We\'ll let you know when it lands.\n\nThe Wise Team\n'),
      lang='en', provider='Wise', group='Wise', pattern='incoming payment announced, not arrived', direction='none',
      amount='2275.00', value_date='', cap='no')

    M('arkea_releve_disponible', L, A('Arkéa Banque Entreprises', 'noreply@arkea-banque-ei.com'),
      'Votre relevé de compte de novembre 2026 est disponible', D(2, 5, 12), T(
          'Madame, Monsieur,\n\nVotre relevé de compte n° 0012 3456 789 arrêté au 30/11/2026 est disponible dans votre espace '
          'e-Documents.\n\nArkéa Banque Entreprises et Institutionnels – message automatique.\n'),
      provider='Arkéa', group='Arkéa Banque Entreprises', pattern='statement available', direction='statement', cap='no')

    M('lcl_avertis_solde_inferieur', L, A('LCL', 'lcl-avertis@ecl.lcl.fr'), 'LCL Avertis - Solde inférieur', D(30, 5, 40), T(
        'LCL AVERTIS\n\nMme CASTELNAU H.\n\nLe 29/11/2026, le solde de votre compte 0123456A est inférieur au seuil de 500,00 EUR.\n'
        'Solde : 312,08 EUR\n\nCe message est envoyé automatiquement, ne pas répondre.\n', cs='iso-8859-1', cte='8bit'),
      provider='LCL', group='LCL', pattern='low-balance alert', direction='statement', amount='312.08', value_date='2026-11-29', cap='no',
      notes='amount is the balance, not a movement')

    M('boursobank_releve_edoc', L, A('BoursoBank', 'noreply@boursobank.info'), 'Un nouveau document est disponible', D(3, 7, 0), T(
        'Bonjour,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client, rubrique '
        'Mes documents.\n\nBoursoBank – Ceci est un e-mail automatique, merci de ne pas y répondre.\n'),
      provider='BoursoBank', group='BoursoBank', pattern='statement available, generic subject', direction='statement', cap='no')

    M('ce_prelevement_rejete', L, A('Caisse d\'Epargne Bretagne Pays de Loire', 'ne-pas-repondre@caisse-epargne.fr'),
      'Information : rejet de prélèvement', D(4, 6, 44), T(
          'Madame CASTELNAU,\n\nNous vous informons que le prélèvement suivant n\'a pas pu être honoré faute de provision suffisante :\n\n'
          'Créancier : LOC EVENT BRETAGNE\nRéférence : LOC-2026-1187\nMontant : 218,00 EUR\nDate : 04/12/2026\n\n'
          'Des frais de rejet peuvent s\'appliquer conformément à nos conditions tarifaires.\n\nCaisse d\'Epargne Bretagne Pays de Loire\n'
          'Ce message est envoyé automatiquement.\n'),
      provider='Caisse d\'Épargne', group='Caisse d\'Epargne Bretagne Pays de Loire',
      pattern='owner\'s direct debit rejected for lack of funds', direction='failed', amount='218.00',
      reference='LOC-2026-1187', value_date='2026-12-04', cap='no')

# ---------------------------------------------------------------------------
# auto_reply
# ---------------------------------------------------------------------------
def autos():
    L = 'auto_reply'
    AS = [('Auto-Submitted', 'auto-replied')]
    n = 436
    M('ooo_outlook_reponse_auto_7dec', L, A('Lucie Gombert', 'lucie.gombert@kerlann-conseil.fr'),
      'Réponse automatique : ' + RSUBJ(n), D(30, 8, 3), ALT(T(
          'Bonjour,\n\nJe suis absente du bureau jusqu\'au 7 décembre inclus, avec un accès limité à ma messagerie.\n'
          'Pour toute urgence, vous pouvez contacter Pauline Rioual (p.rioual@kerlann-conseil.fr).\n\nCordialement,\nLucie Gombert\n'),
          HT('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Bonjour,</p><p>Je suis absente du bureau jusqu\'au 7 décembre inclus, avec un accès limité à ma messagerie.<br>'
             'Pour toute urgence, vous pouvez contacter Pauline Rioual (p.rioual@kerlann-conseil.fr).</p><p>Cordialement,<br>Lucie Gombert</p></div></body></html>')),
      extra=reply_hdrs(n) + AS + [('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'lucie.gombert@kerlann-conseil.fr')],
      group='Exchange Online (Kerlann Conseil)', pattern='Outlook "Réponse automatique :", Auto-Submitted, return date',
      facts='ooo_until=2026-12-07')

    n = 99
    M('ooo_gmail_vacation_en', L, A('James Whitfield', 'james@whitfield-design.example'), 'Re: ' + RSUBJ(n, 'en'),
      D(30, 7, 3, tz='+0000'), T(
          'Hi,\n\nThanks for your email. I\'m away on annual leave and will be back on Monday 7 December. '
          'I won\'t be checking emails in the meantime.\n\nFor anything urgent please contact studio@whitfield-design.example.\n\nJames\n'),
      extra=reply_hdrs(n) + AS + [('Precedence', 'bulk'), ('X-Autoreply', 'yes')], lang='en',
      group='Gmail vacation responder', pattern='Gmail vacation responder, subject "Re:" like a human', facts='ooo_until=2026-12-07')

    n = 437
    M('ooo_sans_entete_absence_bureau', L, A('Yvon Le Moal', 'y.lemoal@lemoal-paysages.fr'), 'Absence du bureau',
      D(1, 8, 2), T('Bonjour,\n\nJe suis actuellement absent du bureau. Je prendrai connaissance de votre message dès mon retour.\n\n'
                    'Cordialement,\nYvon Le Moal\n', cs='iso-8859-1'),
      group='OVH webmail responder', pattern='no Auto-Submitted/X-Autoreply headers, no In-Reply-To, no return date',
      notes='hosted webmail responder that sets no automatic headers')

    n = 423
    M('ap_autoresponder_penhoat', L, A('Comptabilité Fournisseurs Penhoat', 'comptabilite.fournisseurs@labos-penhoat.fr'),
      '[Accusé de réception] ' + RSUBJ(n), D(30, 8, 4), T(
          'Bonjour,\n\nNous accusons réception de votre message qui sera traité dans les meilleurs délais.\n\n'
          'Rappel de nos conditions : nos factures fournisseurs sont réglées à 45 jours fin de mois, par virement, après '
          'validation du bon de réception. Toute facture doit mentionner notre numéro de commande (format 45xxxxxxxx), '
          'à défaut elle sera retournée.\n\nPour consulter le statut de vos factures, connectez-vous au portail fournisseurs.\n\n'
          'Ceci est une réponse automatique, merci de ne pas y répondre.\nService Comptabilité Fournisseurs – Laboratoires Penhoat\n'),
      extra=reply_hdrs(n) + AS, group='Laboratoires Penhoat AP',
      pattern='accounts-payable autoresponder discussing payment terms and invoices')

    n = 91
    M('ap_autoresponder_en_brightwater', L, A('Brightwater Accounts Payable', 'ap@brightwater-events.co.uk'),
      'Automatic reply: ' + RSUBJ(n, 'en'), D(30, 7, 2, tz='+0000'), T(
          'Thank you for contacting Brightwater Events Accounts Payable.\n\nThis mailbox is monitored Monday to Thursday. '
          'Supplier payments are made in our weekly payment run every Thursday for invoices approved by 12:00 on Tuesday.\n\n'
          'Please do not resend invoices already submitted - duplicates delay processing.\n\nThis is an automated message.\n'),
      extra=reply_hdrs(n) + AS + [('X-Auto-Response-Suppress', 'All')], lang='en', group='Brightwater Events AP',
      pattern='English AP autoresponder mentioning payment run (no promise)',
      notes='mentions a Thursday payment run generically: automated, no promise fact')

    n = 404
    M('helpdesk_ticket_hotel', L, A('Support Hôtels Ouest Collection', 'support@ouest-collection-hotels.example'),
      '[Ticket #48213] ' + RSUBJ(n), D(2, 8, 3), ALT(T(
          'Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #48213.\nNotre équipe vous répondra sous 72 heures ouvrées.\n\n'
          'Pour ajouter des informations, répondez à cet e-mail en conservant le numéro de ticket dans l\'objet.\n\n'
          '---\nCet e-mail a été envoyé par Freshdesk au nom de Hôtels Ouest Collection.\n'),
          HT('<p>Bonjour,</p><p>Votre demande a bien été enregistrée sous le numéro <b>#48213</b>.<br>Notre équipe vous répondra sous 72 heures ouvrées.</p>'
             '<p style="color:#888;font-size:11px">Cet e-mail a été envoyé par Freshdesk au nom de Hôtels Ouest Collection.</p>')),
      extra=reply_hdrs(n) + AS + [('X-Freshdesk-Ticket', '48213')], group='Freshdesk (hotel group)',
      pattern='helpdesk ticket acknowledgement')

    n = 414
    mdn = ('Reporting-UA: ouest-mutuelle-assurances.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;martine.foucher@ouest-mutuelle-assurances.fr\n'
           'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % REM(n))
    M('mdn_outlook_lu', L, A('FOUCHER Martine', 'martine.foucher@ouest-mutuelle-assurances.fr'), 'Lu : ' + RSUBJ(n), D(30, 9, 12),
      MP('report', [T('Votre message\n\n  À : martine.foucher@ouest-mutuelle-assurances.fr\n  Objet : %s\n  Envoyé : lundi 30 novembre 2026 08:02:11 (UTC+01:00)\n\n'
                      'a été lu le lundi 30 novembre 2026 09:12:40 (UTC+01:00).\n' % RSUBJ(n)),
                    RAWP('message/disposition-notification', mdn)], params='; report-type=disposition-notification'),
      extra=reply_hdrs(n), group='Outlook read receipt', pattern='MDN, French Outlook "Lu :"')

    n = 94
    mdn = ('Reporting-UA: mail.riverside-media.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;finance@riverside-media.example\n'
           'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % REM(n))
    M('mdn_thunderbird_return_receipt', L, A('Riverside Media Finance', 'finance@riverside-media.example'),
      'Return Receipt (displayed) - ' + RSUBJ(n, 'en'), D(1, 11, 20, tz='+0000'),
      MP('report', [T('This is a Return Receipt for the mail that you sent to finance@riverside-media.example.\n\n'
                      'Note: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer. '
                      'There is no guarantee that the recipient has read or understood the message contents.\n'),
                    RAWP('message/disposition-notification', mdn)], params='; report-type=disposition-notification'),
      extra=reply_hdrs(n), lang='en', group='Thunderbird read receipt', pattern='MDN, English Thunderbird')

    n = 438
    M('mailinblack_challenge', L, A('Mailinblack', 'noreply@mailinblack.com'),
      'Confirmez votre message à contact@cabinet-ophtalmo-rennes.fr', D(30, 8, 5), ALT(T(
          'Bonjour,\n\nVous avez envoyé un message à contact@cabinet-ophtalmo-rennes.fr.\nCe destinataire est protégé par Mailinblack. '
          'Pour que votre message lui soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :\n\n'
          'https://protect.mailinblack.com/challenge?id=8f3a2c91b7\n\nVous n\'aurez à le faire qu\'une seule fois.\n\n'
          'Objet de votre message : %s\n' % RSUBJ(n)),
          HT('<p>Bonjour,</p><p>Vous avez envoyé un message à <b>contact@cabinet-ophtalmo-rennes.fr</b>.<br>Ce destinataire est protégé par Mailinblack.</p>'
             '<p><a href="https://protect.mailinblack.com/challenge?id=8f3a2c91b7">Je confirme être un humain</a></p>')),
      extra=AS + [('In-Reply-To', REM(n))], group='Mailinblack', pattern='challenge-response (prove you are human)')

    n = 388
    M('ooo_mairie_retour_3dec', L, A('Service Finances Mairie de Cesson-Vilaine', 'agnes.prigent@cesson-vilaine.fr'),
      'Réponse automatique : ' + RSUBJ(n), D(30, 8, 2, 40), T(
          'Bonjour,\n\nJe suis absente jusqu\'au jeudi 3 décembre. Pour toute question relative aux factures et paiements, '
          'merci de contacter le service Finances au 02 99 xx xx xx ou finances@cesson-vilaine.fr.\n\n'
          'Pour rappel, les factures doivent être déposées sur Chorus Pro.\n\nAgnès Prigent\n'),
      extra=reply_hdrs(n) + AS + [('X-Mailer', 'Microsoft Outlook 16.0')], group='Mairie de Cesson-Vilaine',
      pattern='public-body OOO mentioning invoices/Chorus Pro', facts='ooo_until=2026-12-03')

    n = 401
    M('univ_autoreply_facturier', L, A('Service facturier', 'sfact@univ-armorique.fr'), 'Message automatique - ' + RSUBJ(n),
      D(1, 8, 6), T(
          'Ce message est une réponse automatique.\n\nLe Service facturier de l\'Université Armorique ne traite pas les factures transmises '
          'par courriel. Conformément à l\'ordonnance n° 2014-697, toute facture doit être déposée sur le portail Chorus Pro.\n\n'
          'Délai global de paiement : 30 jours à compter de la réception sur Chorus Pro.\n\nService facturier – Agence comptable\n'),
      extra=reply_hdrs(n) + AS, group='Université Armorique', pattern='university autoresponder on invoice channel and terms')

    n = 418
    M('ooo_weddingplanner_salon', L, A('Clémence Audrain', 'clemence@atelier-mauve.fr'), 'Re: ' + RSUBJ(n), D(30, 8, 3), T(
        'Hello ! ✨\n\nJe suis en salon du mariage à Nantes jusqu\'au mercredi 2 décembre et je réponds aux messages avec un peu de délai. '
        'Je reviens vers vous très vite !\n\nClémence – Atelier Mauve\n'),
      extra=reply_hdrs(n) + [('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], group='Atelier Mauve',
      pattern='friendly OOO with emoji, Re: subject', facts='ooo_until=2026-12-02')

    n = 410
    M('ooo_breton_bilingue', L, A("Kelc'h Sevenadurel Gwilen", 'kelch@kelch-gwilen.bzh'),
      'Respont emgefreek / Réponse automatique', D(30, 8, 2, 55), T(
          'Demat,\n\nEhan emaon betek ar 4 a viz Kerzu. Respont a rin deoc\'h pa vin distro.\n\n'
          'Bonjour,\n\nJe suis absent jusqu\'au 4 décembre. Je vous répondrai à mon retour.\n\nPer Kerhervé\n'),
      extra=reply_hdrs(n) + AS, group="Kelc'h Sevenadurel Gwilen", pattern='bilingual Breton/French OOO',
      facts='ooo_until=2026-12-04', lang='fr', notes='Breton then French')

    n = 87
    M('ooo_en_on_leave_14dec', L, A('Margaret Holloway', 'margaret.holloway@retc-rennes.org'), 'Out of Office: ' + RSUBJ(n, 'en'),
      D(30, 8, 3), T('I am on leave until 14 December with no access to email. For club matters please write to treasurer@retc-rennes.org.\n'),
      extra=reply_hdrs(n) + AS, lang='en', group='Rennes English Theatre Club', pattern='English OOO, "Out of Office:"',
      facts='ooo_until=2026-12-14')

    n = 98
    M('ooo_exchange_parental_leave', L, A('Ciarán Doyle', 'ciaran.doyle@celtic-arts-exchange.example'),
      'Automatic reply: ' + RSUBJ(n, 'en'), D(30, 7, 2, tz='+0000'), HT(
          '<html><body><p>Hello,</p><p>I am currently on parental leave. Your email will not be forwarded.</p>'
          '<p>For finance queries please contact Aoife Byrne (aoife.byrne@celtic-arts-exchange.example).</p></body></html>'),
      extra=reply_hdrs(n) + AS + [('X-Auto-Response-Suppress', 'All')], lang='en', group='Exchange Online',
      pattern='HTML-only English Exchange auto reply, no return date')

    n = 397
    M('autoreply_a_quitte_societe', L, A('Thomas Bellec', 'thomas.bellec@tessenda.fr'), 'Réponse automatique : ' + RSUBJ(n),
      D(30, 8, 2, 30), T(
          'Bonjour,\n\nThomas Bellec ne fait plus partie de la société Tessenda depuis le 31/10/2026. Votre message ne sera ni lu ni transféré.\n'
          'Merci d\'adresser vos demandes à achats@tessenda.fr.\n\nCordialement,\nTessenda\n'),
      extra=reply_hdrs(n) + AS, group='Tessenda', pattern='departed-employee autoresponder')


# ---------------------------------------------------------------------------
# bounce
# ---------------------------------------------------------------------------
def bounces():
    L = 'bounce'
    # Gmail-side 5.1.1 reported by owner's Postfix
    r, n = 'compta.kerneis@gmail.com', 439
    M('postfix_gmail_550_511', L, A('Mail Delivery System', 'MAILER-DAEMON@mail.castelnau-traiteur.fr'),
      'Undelivered Mail Returned to Sender', D(30, 8, 3), DSN(
          'This is the mail system at host mail.castelnau-traiteur.fr.\n\nI\'m sorry to have to inform you that your message could not\n'
          'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n<%s>: host gmail-smtp-in.l.google.com[142.250.27.26] said:\n    550-5.1.1 The email account that you tried to reach does not exist. Please try\n'
          '    550-5.1.1 double-checking the recipient\'s email address for typos or\n    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO command)\n' % r,
          'mail.castelnau-traiteur.fr', r, 'failed', '5.1.1',
          '550-5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser',
          orig(r, n), remote='gmail-smtp-in.l.google.com', arrival=D(30, 8, 2)),
      group='Postfix (owner MTA) / Gmail', pattern='Postfix DSN, remote Gmail 5.1.1 no such user',
      facts='failed_recipient=%s' % r)

    # Gmail as sender-side DSN (owner sends via Google Workspace)
    r, n = 'direction@les-saveurs-de-lile.fr', 440
    M('gmail_dsn_failure', L, A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
      'Delivery Status Notification (Failure)', D(30, 8, 4), DSN(
          '\n** Adresse introuvable **\n\nVotre message n\'a pas été distribué à %s, car l\'adresse est introuvable ou ne peut pas recevoir de messages.\n\n'
          'La réponse du serveur distant était :\n550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n' % (r, r),
          'mail-sor-f41.google.com', r, 'failed', '5.1.1',
          '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table' % r, orig(r, n),
          remote='mx1.les-saveurs-de-lile.fr', last=D(30, 8, 4), human_cs='utf-8', human_cte='quoted-printable'),
      group='Gmail', pattern='Gmail DSN in French, user unknown', facts='failed_recipient=%s' % r)

    r, n = 'c.lagadec@hopital-prive-vilaine.example', 441
    M('exchange_online_ndr_undeliverable', L, A('Microsoft Outlook', 'postmaster@castelnautraiteur.onmicrosoft.com'),
      'Undeliverable: ' + RSUBJ(n), D(1, 8, 5), DSN(
          'Your message to %s couldn\'t be delivered.\n\n%s wasn\'t found at hopital-prive-vilaine.example.\n\n'
          'Action Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n'
          'Diagnostic information for administrators:\nGenerating server: PR3P192MB0731.EURP192.PROD.OUTLOOK.COM\n'
          'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n' % (r, r.split('@')[0]),
          'PR3P192MB0731.EURP192.PROD.OUTLOOK.COM', r, 'failed', '5.1.10',
          '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', orig(r, n, 1, 8, 4)),
      extra=[('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')], lang='en',
      group='Exchange Online', pattern='Exchange Online NDR 5.1.10', facts='failed_recipient=%s' % r)

    r, n = 'traiteur.mariage.guillemot@wanadoo.fr', 442
    M('orange_quota_depasse', L, A('Mail Delivery System', 'MAILER-DAEMON@mail.castelnau-traiteur.fr'),
      'Undelivered Mail Returned to Sender', D(1, 9, 31), DSN(
          'This is the mail system at host mail.castelnau-traiteur.fr.\n\nI\'m sorry to have to inform you that your message could not\n'
          'be delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n'
          '<%s>: host smtp-in.orange.fr[193.252.22.65] said: 552 5.2.2\n    mwinf5d14 ME Boite du destinataire pleine. Recipient mailbox full. OFR_416\n    (in reply to RCPT TO command)\n' % r,
          'mail.castelnau-traiteur.fr', r, 'failed', '5.2.2',
          '552 5.2.2 mwinf5d14 ME Boite du destinataire pleine. Recipient mailbox full. OFR_416', orig(r, n, 1, 9, 30),
          remote='smtp-in.orange.fr'),
      group='Postfix / Orange-Wanadoo', pattern='Orange mailbox full OFR_416', facts='failed_recipient=%s' % r)

    r, n = 'festival.gallo@free.fr', 443
    M('free_utilisateur_inconnu', L, A('Mail Delivery System', 'MAILER-DAEMON@mail.castelnau-traiteur.fr'),
      'Undelivered Mail Returned to Sender', D(2, 10, 12), DSN(
          'This is the mail system at host mail.castelnau-traiteur.fr.\n\nI\'m sorry to have to inform you that your message could not\n'
          'be delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n'
          '<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1 <%s>:\n    Recipient address rejected: User unknown in local recipient table (in reply to\n    RCPT TO command)\n' % (r, r),
          'mail.castelnau-traiteur.fr', r, 'failed', '5.1.1',
          '550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table' % r, orig(r, n, 2, 10, 11),
          remote='mx1.free.fr', full_body='--dn-443\nContent-Type: text/plain; charset=utf-8\n\n' + reminder_text(n, '380,00 €', '22/11/2026') + '\n--dn-443--\n'),
      group='Postfix / Free', pattern='Free user unknown, full original message attached', facts='failed_recipient=%s' % r)

    r, n = 'contact@brasserie-ille.example', 444
    M('ovh_mx_plan_ndr', L, A('MAILER-DAEMON', 'MAILER-DAEMON@mo581.mail-out.ovh.net'),
      'Non remis : ' + RSUBJ(n), D(2, 8, 6), DSN(
          'Votre message n\'a pas pu être remis à un ou plusieurs destinataires.\n\nDestinataire : %s\nRaison : 554 5.7.1 Service unavailable; '
          'Client host [46.105.xx.xx] blocked using zen.spamhaus.org\n\nLe message d\'origine est joint.\n\n-- \nOVHcloud – Serveur de messagerie\n' % r,
          'mo581.mail-out.ovh.net', r, 'failed', '5.7.1',
          '554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org', orig(r, n, 2, 8, 5),
          remote='mx.brasserie-ille.example', human_cs='utf-8', human_cte='quoted-printable'),
      group='OVHcloud MX Plan', pattern='French NDR, rejected by RBL (5.7.1)', facts='failed_recipient=%s' % r)

    r, n = 'gestion@domaine-vilaine-receptions.fr', 445
    M('postfix_delay_warning', L, A('Mail Delivery System', 'MAILER-DAEMON@mail.castelnau-traiteur.fr'),
      'Delayed Mail (still being retried)', D(1, 12, 3), DSN(
          'This is the mail system at host mail.castelnau-traiteur.fr.\n\n####################################################################\n'
          '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n'
          'Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n'
          '                   The mail system\n\n<%s>: connect to\n    mx.domaine-vilaine-receptions.fr[51.178.xx.xx]:25: Connection timed out\n' % r,
          'mail.castelnau-traiteur.fr', r, 'delayed', '4.4.1',
          'connect to mx.domaine-vilaine-receptions.fr:25: Connection timed out', orig(r, n, 1, 8, 2),
          extra_ds='Will-Retry-Until: %s\n' % D(5, 8, 2)),
      group='Postfix (owner MTA)', pattern='delay warning, will retry', facts='failed_recipient=%s;bounce_final=no' % r)

    r, n = 'j.pellerin@sarl-pellerin.example', 446
    M('exim_no_dsn_part', L, A('Mail Delivery System', 'Mailer-Daemon@srv12.hebergeur-web.example'),
      'Mail delivery failed: returning message to sender', D(3, 8, 10), T(
          'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n'
          'recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    mailbox is full: retry timeout exceeded\n\n'
          '------ This is a copy of the message, including all the headers. ------\n\n%s\n%s' % (r, orig(r, n, 3, 8, 2).replace('multipart/mixed; boundary="dn-446"', 'text/plain; charset=utf-8'),
                                                                                               reminder_text(n, '1 010,00 €', '18/11/2026')),
          cs='utf-8', cte='8bit'),
      extra=[('X-Failed-Recipients', r), ('Auto-Submitted', 'auto-replied')], lang='en', group='Exim',
      pattern='Exim bounce without machine-readable delivery-status part', facts='failed_recipient=%s' % r)

    r, n = 'secretariat@college-saint-hilaire.example', 447
    M('exchange_onprem_non_remis_fr', L, A('Administrateur système', 'postmaster@college-saint-hilaire.example'),
      'Non remis : ' + RSUBJ(n), D(3, 14, 40), DSN(
          'Votre message n\'a pas pu être remis à ces destinataires ou groupes :\n\n%s\nLa boîte aux lettres du destinataire est pleine et ne peut pas '
          'accepter de messages pour le moment. Veuillez réessayer de renvoyer ce message ultérieurement ou contactez directement le destinataire.\n\n'
          'Informations de diagnostic pour les administrateurs :\nServeur de génération : EXCH01.college.local\n%s\n#550 5.2.2 STOREDRV.Deliver; mailbox full ##\n' % (r, r),
          'EXCH01.college.local', r, 'failed', '5.2.2', '550 5.2.2 STOREDRV.Deliver; mailbox full', orig(r, n, 3, 14, 39),
          human_cs='utf-8', human_cte='quoted-printable'),
      group='Exchange on-premises', pattern='French Exchange NDR "Non remis :", mailbox full', facts='failed_recipient=%s' % r)

    r, n = 'achats@novatech-armor.example', 448
    M('gmail_dsn_delay', L, A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
      'Delivery Status Notification (Delay)', D(2, 14, 5), DSN(
          '\n** Message non distribué pour le moment **\n\nUn problème temporaire s\'est produit lors de la distribution de votre message à %s. '
          'Gmail va réessayer pendant 46 heures supplémentaires. Vous serez informé si la distribution échoue définitivement.\n\n'
          'La réponse du serveur distant était :\n451 4.7.1 Greylisting in action, please come back later\n' % r,
          'mail-sor-f69.google.com', r, 'delayed', '4.7.1', '451 4.7.1 Greylisting in action, please come back later',
          orig(r, n, 2, 8, 3), human_cs='utf-8', human_cte='quoted-printable'),
      group='Gmail', pattern='Gmail delay DSN (greylisting)', facts='failed_recipient=%s;bounce_final=no' % r)

    r, n = 'factures@groupe-lavigne.example', 449
    M('qmail_failure_notice', L, A('MAILER-DAEMON', 'MAILER-DAEMON@mx3.groupe-lavigne.example'), 'failure notice', D(4, 9, 22), T(
        'Hi. This is the qmail-send program at mx3.groupe-lavigne.example.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\n'
        'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n'
        '--- Below this line is a copy of the message.\n\n%s\n' % (r, orig(r, n, 4, 9, 20)), cs='us-ascii', cte='7bit'),
      lang='en', group='qmail', pattern='qmail failure notice, no DSN part, no Auto-Submitted', facts='failed_recipient=%s' % r)

# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
def others():
    L = 'other'
    UNSUB = lambda u: [('List-Unsubscribe', '<%s>' % u), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]

    M('metro_offres_semaine', L, A('METRO France', 'newsletter@news.metro.fr'), 'Fêtes de fin d\'année : -20 % sur le foie gras et les huîtres 🦪',
      D(30, 6, 0), ALT(T('Vos offres METRO du 2 au 15 décembre\n\nFoie gras de canard entier mi-cuit 500 g : -20 %\nHuîtres creuses de Cancale n°3 (bourriche 48) : 39,90 € HT\n'
                          'Champagne brut 75 cl x6 : 107,40 € HT\n\nOffres réservées aux titulaires d\'une carte METRO.\n\nSe désinscrire : https://news.metro.fr/unsub\n'),
                        HT('<html><body><h1 style="color:#003d7c">Vos offres METRO</h1><p>Foie gras de canard entier mi-cuit 500 g : <b>-20 %</b></p>'
                           '<p>Huîtres creuses de Cancale n°3 : <b>39,90 € HT</b></p><p style="font-size:10px">Offres réservées aux titulaires d\'une carte METRO. '
                           '<a href="https://news.metro.fr/unsub">Se désinscrire</a></p></body></html>')),
      extra=UNSUB('https://news.metro.fr/unsub'), group='METRO France', pattern='wholesaler promotional newsletter')

    M('promocash_facture_fournisseur', L, A('Promocash Rennes', 'facturation@promocash.example'),
      'Votre facture Promocash n° 3512-2026-118842', D(2, 20, 15), MP('mixed', [T(
          'Bonjour,\n\nVeuillez trouver ci-joint votre facture n° 3512-2026-118842 du 02/12/2026 d\'un montant de 1 284,60 € TTC '
          '(réglée par carte en caisse).\n\nPromocash Rennes – ZA de la Rigourdière\nCe message est envoyé automatiquement.\n'),
          ATT('FACTURE_3512-2026-118842.pdf', 'application/pdf', PDF(['PROMOCASH RENNES', 'Facture 3512-2026-118842', 'Total TTC 1 284,60 EUR', 'Reglement : CB']))]),
      group='Promocash', pattern='supplier invoice TO the owner (already paid by card)',
      notes='a supplier invoice is not a payment notice even though it quotes an amount paid')

    M('labo_resultats_analyses', L, A('Laboratoire Armor Analyses', 'resultats@armor-analyses.example'),
      'Rapport d\'essai n° 26-AL-48817 – Autocontrôle microbiologique', D(1, 16, 40), MP('mixed', [T(
          'Madame,\n\nVous trouverez ci-joint le rapport d\'essai relatif aux prélèvements du 24/11/2026 (plats cuisinés – terrine de '
          'campagne, salade piémontaise, surfaces).\n\nConclusion : résultats satisfaisants au regard des critères du règlement (CE) n° 2073/2005.\n\n'
          'Laboratoire Armor Analyses – accrédité COFRAC Essais\n'),
          ATT('RE_26-AL-48817.pdf', 'application/pdf', PDF(['Rapport d\'essai 26-AL-48817', 'Listeria monocytogenes : non detecte/25 g', 'Conclusion : satisfaisant']))]),
      group='Laboratoire Armor Analyses', pattern='hygiene lab report (HACCP self-checks)')

    M('ddpp_controle_hygiene', L, A('DDPP 35 – Sécurité sanitaire des aliments', 'ddpp-ssa@ille-et-vilaine.gouv.example'),
      'Suite contrôle officiel du 19/11/2026 – Castelnau Traiteur', D(3, 11, 25), T(
          'Madame,\n\nSuite à l\'inspection de votre établissement (laboratoire de préparation, 14 rue de la Parcheminerie) le 19 novembre 2026, '
          'vous trouverez le niveau d\'hygiène attribué : SATISFAISANT. Le résultat sera publié sur le site Alim\'confiance.\n\n'
          'Points à améliorer : traçabilité des températures de la cellule de refroidissement.\n\nDirection départementale de la protection des populations d\'Ille-et-Vilaine\n'),
      group='DDPP (hygiene inspection)', pattern='official hygiene inspection follow-up')

    M('locevent_confirmation_reservation', L, A("Loc'Event Bretagne", 'reservations@locevent-bretagne.example'),
      'Confirmation de réservation n° RES-26-2291 – livraison le 11/12', D(1, 18, 50), HT(
          '<html><body style="font-family:Verdana;font-size:12px"><p>Bonjour Mme Castelnau,</p><p>Nous confirmons votre réservation :</p>'
          '<ul><li>12 chafing dishes GN 1/1 inox</li><li>300 verres à pied 19 cl</li><li>20 mange-debout + housses blanches</li></ul>'
          '<p>Livraison : vendredi 11/12 entre 8h et 10h – Reprise : lundi 14/12.<br>Montant : 698,00 € TTC (acompte de 350,00 € reçu, merci).</p>'
          '<p>L\'équipe Loc\'Event Bretagne</p></body></html>'),
      group="Loc'Event Bretagne (equipment rental)", pattern='rental order confirmation mentioning a deposit received BY the supplier',
      notes='"acompte reçu" refers to money the owner paid: not a payment to the owner')

    M('mariagesnet_demande_devis', L, A('Mariages.net', 'noreply@mariages.net'), 'Nouvelle demande de devis : mariage le 19/06/2027 (120 invités)',
      D(2, 21, 2), ALT(T('Bonjour Castelnau Traiteur,\n\nElodie R. vous a envoyé une demande :\n"Bonjour, nous cherchons un traiteur pour notre mariage le 19 juin 2027 à Châteaugiron, '
                          '120 invités, cocktail + repas assis. Quel serait votre tarif ?"\n\nRépondez depuis votre espace entreprise.\n\n'
                          'Vous recevez cet e-mail en tant que professionnel inscrit sur Mariages.net.\n'),
                        HT('<p>Bonjour Castelnau Traiteur,</p><p><b>Elodie R.</b> vous a envoyé une demande de devis.</p><p><a href="https://www.mariages.net/emp-AdminSolicitudes.php">Répondre</a></p>')),
      extra=UNSUB('https://www.mariages.net/unsubscribe'), group='Mariages.net', pattern='marketplace lead notification')

    M('google_avis_client', L, A('Google Business Profile', 'businessprofile-noreply@google.com'),
      'Nouvel avis sur Castelnau Traiteur', D(30, 19, 31, tz='+0000'), ALT(T(
          'Castelnau Traiteur a reçu un nouvel avis\n\n★★★★★ Sophie M.\n"Buffet de mariage exceptionnel, le kig ha farz revisité a fait sensation !"\n\n'
          'Répondre à l\'avis\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n'),
          HT('<p><b>Castelnau Traiteur</b> a reçu un nouvel avis</p><p>★★★★★ Sophie M.</p><p>"Buffet de mariage exceptionnel..."</p>')),
      group='Google Business Profile', pattern='reviews notification')

    M('urssaf_nouveau_message', L, A('Urssaf', 'ne-pas-repondre@info.urssaf.fr'), 'Un nouveau document est disponible dans votre espace',
      D(1, 7, 32), T('Madame CASTELNAU,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr : '
                     'échéancier de cotisations provisionnelles 2027.\n\nConnectez-vous pour le consulter.\n\nVotre Urssaf\n'
                     'Ce message est envoyé automatiquement. Merci de ne pas y répondre.\n'),
      group='URSSAF', pattern='social contributions body notification (no movement)')

    M('impots_avis_cfe', L, A('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
      'Votre avis de CFE 2026 est disponible', D(30, 9, 0), T(
          'Madame,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.\n\n'
          'Montant à payer : 287,00 €\nDate limite de paiement : 15/12/2026\n\nLe paiement doit obligatoirement être effectué par prélèvement ou par '
          'paiement direct en ligne.\n\nLa Direction générale des Finances publiques\n'),
      group='DGFiP (impots.gouv)', pattern='tax notice with amount to pay (not a bank movement)')

    M('pennylane_justificatifs_manquants', L, A('Pennylane', 'notifications@pennylane.com'),
      '12 transactions attendent un justificatif', D(4, 7, 0), T(
          'Bonjour Hélène,\n\n12 transactions de novembre n\'ont pas encore de justificatif. Votre expert-comptable clôture le mois le 10 décembre.\n\n'
          'Ajouter les justificatifs : https://app.pennylane.com\n\nL\'équipe Pennylane\n'),
      group='Pennylane', pattern='accounting software reminder (no money movement)')

    M('hiscox_avis_echeance', L, A('Hiscox France', 'service-clients@hiscox.example'),
      'Avis d\'échéance – RC Professionnelle n° HX-RCP-558120', D(2, 10, 20), MP('mixed', [T(
          'Madame Castelnau,\n\nVotre contrat de responsabilité civile professionnelle arrive à échéance le 01/01/2027. '
          'Veuillez trouver ci-joint votre avis d\'échéance (cotisation annuelle : 486,00 € TTC, prélevée le 05/01/2027).\n\nHiscox – Service clients\n'),
          ATT('avis_echeance_2027.pdf', 'application/pdf', PDF(['Avis d\'echeance 2027', 'RC Pro HX-RCP-558120', '486,00 EUR TTC']))]),
      group='Insurer', pattern='insurance renewal notice, future direct debit mentioned')

    M('ovh_facture', L, A('OVHcloud', 'noreply@ovh.com'), 'Votre facture OVHcloud FR58813047 est disponible', D(1, 4, 12), T(
        'Bonjour,\n\nVotre facture FR58813047 d\'un montant de 7,19 € TTC est disponible dans votre Espace Client.\n'
        'Elle sera réglée automatiquement par votre moyen de paiement par défaut.\n\nL\'équipe OVHcloud\n'),
      group='OVHcloud', pattern='supplier invoice to the owner (hosting)')

    M('cabinet_comptable_honoraires', L, A('Cabinet Le Roux Expertise', 'facturation@leroux-expertise.example'),
      'Facture d\'honoraires – novembre 2026', D(3, 17, 2), MP('mixed', [T(
          'Bonjour Hélène,\n\nCi-joint la facture d\'honoraires de novembre (tenue + déclaration TVA) : 168,00 € TTC, prélevée le 10/12.\n\n'
          'Bonne fin de semaine,\nAnne Le Roux\n'), ATT('FH-2026-11-0412.pdf', 'application/pdf', PDF(['Cabinet Le Roux Expertise', 'Facture FH-2026-11-0412', '168,00 EUR TTC']))]),
      group='Cabinet Le Roux Expertise', pattern='accountant\'s fee invoice to the owner, written by a person',
      notes='person-written but it is a supplier invoice to the owner: labelled other per guide')

    M('linkedin_recherches', L, A('LinkedIn', 'notifications-noreply@linkedin.com'), 'Hélène, vous êtes apparue dans 14 recherches cette semaine',
      D(30, 11, 3, tz='+0000'), HT('<html><body><p>Hélène, vous êtes apparue dans 14 recherches cette semaine.</p><p>Des personnes de Rennes Métropole, Ouest-France et 3 autres entreprises ont consulté votre profil.</p>'
                                 '<p style="font-size:10px">Vous recevez des e-mails de notification LinkedIn. <a href="https://www.linkedin.com/e/unsub">Se désabonner</a></p></body></html>'),
      extra=UNSUB('https://www.linkedin.com/e/unsub'), group='LinkedIn', pattern='social network notification')

    M('phishing_cmb_securite', L, A('Crédit Mutuel de Bretagne', 'securite@cmb-clients-verification.example'),
      'Action requise : validez votre dispositif Confirmation Mobile', D(2, 3, 14), HT(
          '<html><body><p>Cher(e) client(e),</p><p>Suite à la mise à jour de nos conditions DSP2, votre accès sera <b>suspendu sous 24h</b> '
          'si vous ne validez pas votre dispositif Confirmation Mobile.</p><p><a href="http://cmb-clients-verification.example/login">Valider maintenant</a></p>'
          '<p>Un virement de 1 480,00 € en votre faveur est actuellement bloqué en attente de cette validation.</p><p>Service Sécurité Crédit Mutuel de Bretagne</p></body></html>'),
      group='phishing (imitates CMB)', pattern='bank phishing, lookalike domain, mentions a blocked incoming transfer',
      notes='imitates a bank notice and quotes an incoming amount: other per guide')

    M('phishing_paypal_paiement', L, A('PayPal', 'service@paypal-notice.example'), 'Vous avez reçu un paiement de 1 250,00 €',
      D(3, 22, 40), HT('<html><body><p>Bonjour,</p><p>Vous avez reçu un paiement de <b>1 250,00 €</b> de Domaine de Kerlys.</p>'
                       '<p>Pour recevoir les fonds, veuillez confirmer votre compte : <a href="http://paypal-notice.example/confirm">Accepter le paiement</a></p>'
                       '<p>Les fonds seront retournés à l\'expéditeur sous 48h sans confirmation.</p><p>PayPal</p></body></html>'),
      extra=[('Reply-To', 'support.paypal.fr@outlook.example')], group='phishing (imitates PayPal)',
      pattern='PayPal lookalike "payment received" asking to confirm account')

    M('spam_vous_avez_gagne', L, A('Service Gagnants', 'gagnant@promo-cadeaux-fr.example'),
      'Félicitations Hélène ! Vous avez gagné un robot pâtissier KitchenPro', D(1, 2, 7), HT(
          '<html><body><h2>FÉLICITATIONS !!!</h2><p>Vous avez été sélectionnée parmi nos fidèles clients. Réglez seulement 1,95 € de frais de port '
          'pour recevoir votre robot pâtissier d\'une valeur de 799 €.</p><p><a href="http://promo-cadeaux-fr.example/c">Je récupère mon cadeau</a></p></body></html>'),
      group='spam', pattern='prize spam')

    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n'
           'DTSTART:20261210T140000Z\nDTEND:20261210T153000Z\nDTSTAMP:20261201T091500Z\nORGANIZER;CN=Clémence Audrain:mailto:clemence@atelier-mauve.fr\n'
           'UID:2b7q1l0d9s8e4kq3tm9c0@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene@castelnau-traiteur.fr:mailto:helene@castelnau-traiteur.fr\n'
           'SUMMARY:Dégustation menu mariage Tessier\nLOCATION:Castelnau Traiteur\\, 14 rue de la Parcheminerie\\, Rennes\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
    M('google_calendar_invitation', L, A('Clémence Audrain (Google Agenda)', 'calendar-notification@google.com'),
      'Invitation: Dégustation menu mariage Tessier @ jeu. 10 déc. 2026 15:00 - 16:30 (CET) (helene@castelnau-traiteur.fr)', D(1, 10, 15, tz='+0000'),
      MP('mixed', [MP('alternative', [T('Vous avez été invité à l\'événement suivant.\n\nDégustation menu mariage Tessier\njeu. 10 déc. 2026 15:00 – 16:30 (CET)\n'
                                          'Organisateur : clemence@atelier-mauve.fr\n\nInvitation de Google Agenda\n'),
                                        HT('<p>Vous avez été invité à l\'événement suivant.</p><h3>Dégustation menu mariage Tessier</h3>'),
                                        RAWP('text/calendar; charset="UTF-8"; method=REQUEST', ics)]),
                   ATT('invite.ics', 'application/ics', ics)]),
      extra=[('Sender', 'Google Agenda <calendar-notification@google.com>'), ('Reply-To', 'clemence@atelier-mauve.fr')],
      group='Google Calendar', pattern='system calendar invitation with text/calendar REQUEST')

    M('doctolib_rappel_rdv', L, A('Doctolib', 'no-reply@doctolib.fr'), 'Rappel : votre rendez-vous demain à 08:45', D(3, 18, 0), T(
        'Bonjour Hélène CASTELNAU,\n\nNous vous rappelons votre rendez-vous :\n\nvendredi 4 décembre 2026 à 08:45\nDr Morgane Le Corre – Masseur-kinésithérapeute\n'
        '9 boulevard de la Liberté, 35000 Rennes\n\nEn cas d\'empêchement, pensez à annuler votre rendez-vous.\n\nL\'équipe Doctolib\n'),
      group='Doctolib', pattern='appointment reminder')

    M('chronofresh_livraison', L, A('Chronofresh', 'noreply@chronofresh.example'), 'Votre colis frais XY482093551FR sera livré aujourd\'hui',
      D(2, 7, 45), T('Bonjour,\n\nVotre colis de la part de MAISON BORDIER (2 colis, +2/+4 °C) sera livré aujourd\'hui entre 9h et 13h.\n\n'
                     'Suivre mon colis : https://www.chronofresh.example/suivi/XY482093551FR\n'),
      group='Chronofresh', pattern='chilled parcel shipping notice')

    M('qonto_newsletter_nouveautes', L, A('Qonto', 'news@qonto.com'), 'Nouveau : la facturation électronique arrive dans Qonto', D(2, 15, 0), ALT(
        T('Bonjour Hélène,\n\nÀ partir de septembre 2026, la réception de factures électroniques devient obligatoire. Découvrez comment Qonto vous accompagne.\n\n'
          'Se désabonner : https://qonto.com/unsubscribe\n'),
        HT('<h2>La facturation électronique arrive</h2><p>Découvrez comment Qonto vous accompagne.</p><p><a href="https://qonto.com/unsubscribe">Se désabonner</a></p>')),
      extra=UNSUB('https://qonto.com/unsubscribe'), group='Qonto (marketing)', pattern='bank\'s own newsletter')

    M('qonto_alerte_nouvelle_connexion', L, A('Qonto', 'security@qonto.com'), 'Nouvelle connexion à votre compte Qonto', D(4, 6, 12), T(
        'Bonjour Hélène,\n\nUne nouvelle connexion à votre compte a été détectée :\nAppareil : iPhone 15 – Qonto iOS\nLieu : Rennes, France\nDate : 4 déc. 2026 à 06:11\n\n'
        'Si ce n\'est pas vous, bloquez votre compte immédiatement depuis l\'application.\n\nL\'équipe Qonto\n'),
      group='Qonto (security)', pattern='bank security alert, no money movement')

    M('ca_recapitulatif_frais', L, A('Crédit Agricole Ille-et-Vilaine', 'ne-pas-repondre@ca-illeetvilaine.fr'),
      'Votre récapitulatif annuel des frais 2026 est disponible', D(30, 10, 5), T(
          'Madame,\n\nConformément à la réglementation, votre récapitulatif des frais perçus en 2026 sur votre compte professionnel est disponible dans '
          'votre espace Ma Banque, rubrique e-Documents.\n\nCrédit Agricole Ille-et-Vilaine\n'),
      group='Crédit Agricole (fees)', pattern='bank fee summary (not a movement)',
      notes='bank fee statement: other per guide (bank\'s own fee invoice)')

    M('dmarc_aggregate_report', L, A('noreply-dmarc-support@google.com', 'noreply-dmarc-support@google.com'),
      'Report domain: castelnau-traiteur.fr Submitter: google.com Report-ID: 11843355120913376512', D(1, 0, 59, tz='+0000'),
      ([('Content-Type', 'application/zip; name="google.com!castelnau-traiteur.fr!1796083200!1796169599.zip"'),
        ('Content-Disposition', 'attachment; filename="google.com!castelnau-traiteur.fr!1796083200!1796169599.zip"'),
        ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(b'PK\x05\x06' + b'\x00' * 18)),
      lang='en', group='DMARC reports', pattern='DMARC aggregate report, attachment only')


def payments_extra():
    L = 'payment_notification'
    M('bnp_virement_recu_hotel', L, A('BNP Paribas', 'alertes@alertes.bnpparibas'), 'Alerte : Virement reçu', D(30, 10, 7), T(
        'Bonjour,\n\nUn virement a été reçu sur votre compte n° ****6612 :\n\n'
        'Émetteur : SAS HOTEL DES PORTES MORDELAISES\nLibellé : REGLEMENT FACT F-2026-0368 ET F-2026-0374\n'
        'Montant : 2 046,00 €\nDate : 30/11/2026\n\nConsultez vos comptes sur Mes Comptes BNP Paribas.\n\n'
        'BNP Paribas – Service d\'alertes Net Alertes. Ce message est automatique, merci de ne pas y répondre.\n'),
      provider='BNP Paribas', group='BNP Paribas', pattern='Net Alertes "Virement reçu", one payer settling two invoices',
      direction='in', amount='2046.00', payer='SAS HOTEL DES PORTES MORDELAISES',
      reference='REGLEMENT FACT F-2026-0368 ET F-2026-0374', value_date='2026-11-30', cap='yes')

    M('fortuneo_paiement_carte', L, A('Fortuneo', 'information@fortuneo.fr'), 'Fortuneo - Alerte paiement carte', D(4, 14, 20), T(
        'Bonjour,\n\nUn paiement de 89,90 EUR a été réalisé avec votre carte Fortuneo se terminant par 2093 chez '
        'AMAZON MKTPL* 2K4LF9 le 04/12/2026.\n\nSi vous ne reconnaissez pas cette opération, contactez-nous au plus vite.\n\n'
        'Fortuneo – Ceci est un message automatique, merci de ne pas y répondre.\n'),
      provider='Fortuneo', group='Fortuneo', pattern='card payment alert', direction='out', amount='89.90',
      reference='AMAZON MKTPL* 2K4LF9', value_date='2026-12-04', cap='no')


README = """# final15 – blind evaluation set for dunnerd (author z, batch 15)

Owner: Hélène Castelnau <helene@castelnau-traiteur.fr>, Castelnau Traiteur, event caterer (sole trader) in Rennes.
All messages are synthetic, written for dunnerd by `build.py` (standard library only; run `python3 build.py`).
Date headers fall between Mon 30 Nov and Fri 4 Dec 2026; reminders are `Rappel : facture F-2026-0NNN échue`
/ `Reminder: invoice INV-0NNN is overdue` with Message-ID `<dunnerd.NNN.K@castelnau-traiteur.fr>`.

## Counts (split `final15`)

%s

## What each group is based on

- human_reply: clients of a caterer (seminar-lunch companies, wedding planners and couples, a university and a
  town hall / regional council that pay through Chorus Pro and the public treasury, associations including an
  English theatre club and a Breton cultural association, a hotel, UK/Irish customers). Promises with dates said
  in many ways, disputes, negated disputes, already-paid claims (inline forwarded bank confirmation, PDF proof,
  remittance PDF), invoice/RIB requests, one-word answers, a third party (accountant) replying, forward to a
  colleague with the owner in Cc, HTML-only Outlook (windows-1252), iPhone, ISO-8859-1 8bit, base64, broken MIME,
  a mailing-list post. Facts resolved against each Date header (see `notes` where a reading is debatable).
- payment_notification: wording modelled on the banks' documented alert services and public help pages
  (LCL Avertis "opération créditrice / solde inférieur", Crédit Mutuel/CMB/CIC alerts, Crédit Agricole alerts,
  SG alerts, BNP Net Alertes, Banque Populaire Cyberplus alerts, Qonto/Shine/N26/Revolut/Wise transaction e-mails,
  Stripe/PayPal/SumUp/GoCardless/Mollie/Lydia-Sumeria merchant notices, SumUp payout reports, meal-voucher
  operators' (Edenred, Pluxee) reimbursement notices for CONECS card transactions, the Chorus Pro
  "Mise en paiement" invoice status, an SAP-style remittance advice, Indy bank-feed notice). Money in and as many
  not-money-in notices (card payments, outgoing transfers, direct debits, refunds, rejected transfer/direct debit,
  failed payout, chargeback, on-hold, announced, statements, balance alert). The remittance advice and the Chorus
  Pro status are `direction=in`, `counts_as_payment=no_claim` (money not seen by a bank). Help pages consulted:
  help.sumup.com payouts, support.lydia.me / sumeria.eu receipts, lcl.fr/compte-bancaire/lcl-avertis,
  communaute.chorus-pro.gouv.fr (invoice life cycle), pluxee.fr FAQ (CONECS reimbursement).
- auto_reply: Outlook/Exchange "Réponse automatique :" / "Automatic reply:", Gmail vacation, a responder without
  any automatic header, AP autoresponders quoting payment terms (FR and EN), Freshdesk ticket acknowledgement,
  MDN read receipts (Outlook FR, Thunderbird EN), Mailinblack challenge-response, Breton/French bilingual absence.
- bounce: Postfix (Gmail 5.1.1, Orange OFR_416 mailbox full, Free user unknown, delay warning), Gmail DSNs
  (failure and delay, in French), Exchange Online 5.1.10, Exchange on-premises French NDR, OVH MX Plan RBL
  rejection, Exim and qmail bounces without a delivery-status part.
- other: wholesaler newsletter (METRO), supplier invoices to the owner (Promocash, OVHcloud, accountant, insurer),
  hygiene lab report and DDPP inspection follow-up, equipment rental confirmation, wedding marketplace lead,
  Google review, URSSAF, impots.gouv CFE, Pennylane reminder, LinkedIn, bank phishing (CMB lookalike) and PayPal
  phishing, prize spam, Google Calendar invitation, Doctolib reminder, Chronofresh shipping, bank newsletter,
  bank security alert, bank fee summary, DMARC report.
"""


def main():
    for lab in ('human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other'):
        shutil.rmtree(os.path.join(OUT, lab), ignore_errors=True)
    human(); payments(); payments_extra(); autos(); bounces(); others()
    files = [r['file'] for r in ROWS]
    assert len(files) == len(set(files)), 'duplicate file names'
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(r[c] for c in COLS) + '\n')
    counts = {}
    for r in ROWS:
        counts[r['label']] = counts.get(r['label'], 0) + 1
    table = '| label | count |\n|---|---|\n' + ''.join('| %s | %d |\n' % kv for kv in sorted(counts.items())) + '| total | %d |\n' % len(ROWS)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README % table)
    print(table)


if __name__ == '__main__':
    main()
