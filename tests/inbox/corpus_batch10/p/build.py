#!/usr/bin/env python3
"""Build the final10 evaluation set for dunnerd (owner: Inès Perrot, Perrot Web SARL, Rennes).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
Every message is synthetic (written for dunnerd); formats follow the public notice wording
of the senders named in each row's `pattern`/`notes`.
"""
import base64, quopri, hashlib, os, datetime, email.utils, email.header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final10'
OWNER_N, OWNER_A = 'Inès Perrot', 'ines@perrot-web.fr'
ROWS = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
_n = [0]

FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MON = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
          'octobre', 'novembre', 'décembre']


def day(d):
    """d: 'MM-DD' in 2026 (or a date)."""
    if isinstance(d, datetime.date):
        return d
    m, dd = d.split('-')
    return datetime.date(2026, int(m), int(dd))


def D(d, h, mi, s=0, tz='+0100'):
    x = day(d)
    return x.strftime('%a, ') + '%d %s %d %02d:%02d:%02d %s' % (x.day, x.strftime('%b'), x.year, h, mi, s, tz)


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset=cs)


OWNER = addr(OWNER_N, OWNER_A)
TO_VARIANTS = [OWNER, OWNER_A, '=?UTF-8?B?SW7DqHMgUGVycm90?= <ines@perrot-web.fr>', OWNER,
               '"ines@perrot-web.fr" <ines@perrot-web.fr>', '=?iso-8859-1?q?In=E8s_Perrot?= <ines@perrot-web.fr>']


def eh(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, cs, maxlinelen=76).encode()


def mid(domain, seed=None):
    _n[0] += 1
    h = hashlib.sha1(('%s-%s-%d' % (domain, seed, _n[0])).encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:12].upper(), h[12:20], domain)


def part(body, subtype='plain', cs='utf-8', cte='quoted-printable', params='', headers=()):
    raw = (body.encode(cs, 'xmlcharrefreplace' if subtype == 'html' else 'strict')
           if isinstance(body, str) else body)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw)
    elif cte == 'base64':
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    if not payload.endswith(b'\n'):
        payload += b'\n'
    ct = 'text/%s; charset="%s"%s' % (subtype, cs, params) if cs else 'text/%s%s' % (subtype, params)
    h = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte] + list(headers)
    return ('\n'.join(h) + '\n\n').encode() + payload


def txt(body, **kw):
    return part(body, 'plain', **kw)


def html(body, **kw):
    return part(body, 'html', **kw)


def att(filename, data, ctype='application/pdf', inline=False):
    disp = 'inline' if inline else 'attachment'
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n\n') % (ctype, filename, disp, filename)
    return h.encode() + base64.encodebytes(data)


def raw_part(headers, payload):
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    return ('\n'.join(headers) + '\n\n').encode() + payload + (b'' if payload.endswith(b'\n') else b'\n')


def multi(sub, parts, boundary=None, params='', preamble=None):
    b = boundary or ('_%03d_' % _n[0]) + hashlib.md5(b''.join(parts)).hexdigest()[:20]
    out = ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (sub, params, b)).encode()
    if preamble:
        out += preamble.encode() + b'\n'
    for p in parts:
        out += ('\n--%s\n' % b).encode() + p
    out += ('\n--%s--\n' % b).encode()
    return out


def alt(text, htm, cs='utf-8', cte='quoted-printable', boundary=None):
    return multi('alternative', [txt(text, cs=cs, cte=cte), html(htm, cs=cs, cte=cte)], boundary)


def msg(frm, subj, date, body, to=None, msgid=None, irt=None, refs=None, cc=None, extra=(),
        pre=(), reply_to=None, subj_cs='utf-8', subj_raw=None, mime=True, crlf=False):
    h = list(pre)
    try:
        frm.encode('ascii')
    except UnicodeEncodeError:
        frm = addr(*email.utils.parseaddr(frm))
    h.append('From: ' + frm)
    h.append('To: ' + (to or TO_VARIANTS[_n[0] % len(TO_VARIANTS)]))
    if cc:
        h.append('Cc: ' + cc)
    if reply_to:
        h.append('Reply-To: ' + reply_to)
    h.append('Subject: ' + (subj_raw if subj_raw is not None else eh(subj, subj_cs)))
    h.append('Date: ' + date)
    dom = email.utils.parseaddr(frm)[1].rsplit('@', 1)[-1] or 'localhost'
    h.append('Message-ID: ' + (msgid or mid(dom, subj)))
    if irt:
        h.append('In-Reply-To: ' + irt)
        h.append('References: ' + (refs or irt))
    elif refs:
        h.append('References: ' + refs)
    h += list(extra)
    if mime:
        h.append('MIME-Version: 1.0')
    out = ('\n'.join(h) + '\n').encode('utf-8') + body
    if crlf:
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


def pdf(lines):
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given text lines."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 10 Tf 50 790 Td 14 TL\n' + '\n'.join('(%s) Tj T*' % esc(l) for l in lines) + '\nET'
    sb = stream.encode('cp1252', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'\nendstream',
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


def add(name, label, raw, lang, group, pattern, provider='', direction='', amount='', currency='',
        payer='', reference='', value_date='', cap='', facts='', notes='', fidelity='synthetic'):
    rel = '%s/%s.eml' % (label, name)
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(raw)
    for v in (pattern, notes, payer, reference, facts):
        assert '\t' not in v and '\n' not in v, name
    ROWS.append(dict(file=rel, label=label, source_repo='synthetic', source_path='build.py',
                     source_commit='', license='written for dunnerd', fidelity=fidelity, lang=lang,
                     provider=provider, source_group=group, pattern=pattern, direction=direction,
                     amount=amount, currency=currency, payer=payer, reference=reference,
                     value_date=value_date, counts_as_payment=cap, facts=facts, split=SPLIT,
                     notes=notes))


# ---------------------------------------------------------------- the owner's reminders
INV = {}  # invoice number -> (amount string fr, due date fr)


def rem_id(n, k=1):
    return '<dunnerd.%d.%d@perrot-web.fr>' % (n, k)


def rem_subj(n, lang='fr', k=1):
    if lang == 'fr':
        return ('Rappel : facture F-2026-%04d échue' % n) if k == 1 else ('2e rappel : facture F-2026-%04d échue' % n)
    return ('Reminder: invoice INV-%04d is overdue' % n) if k == 1 else ('Second reminder: invoice INV-%04d is overdue' % n)


def rem_body(n, amount, due, lang='fr', to_name=None):
    if lang == 'fr':
        return ('Bonjour%s,\n\nSauf erreur de notre part, la facture F-2026-%04d d\'un montant de %s TTC, '
                'arrivée à échéance le %s, reste impayée à ce jour.\n\nPourriez-vous nous indiquer la date '
                'de règlement prévue ? La facture est de nouveau jointe pour mémoire.\n\nBien cordialement,\n'
                'Inès Perrot\nPerrot Web SARL\n12 rue de Saint-Malo, 35000 Rennes\n02 99 00 41 27'
                % ((' ' + to_name) if to_name else '', n, amount, due))
    return ('Hello%s,\n\nOur records show that invoice INV-%04d for %s, due on %s, is still unpaid.\n\n'
            'Could you let us know when payment is scheduled? A copy of the invoice is attached.\n\n'
            'Kind regards,\nInès Perrot\nPerrot Web SARL, Rennes (France)' % ((' ' + to_name) if to_name else '', n, amount, due))


def q_gmail_fr(sent, body):
    x = day(sent)
    hd = 'Le %s %d %s. %d à 09:%02d, Inès Perrot <ines@perrot-web.fr> a écrit :' % (
        FR_DAYS[x.weekday()][:3] + '.', x.day, FR_MON[x.month - 1][:3 if x.month != 6 else 4], x.year, 2 + x.day % 50)
    return hd + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))


def q_apple_fr(sent, body):
    x = day(sent)
    hd = '> Le %d %s %d à 08:%02d, Inès Perrot <ines@perrot-web.fr> a écrit :\n> ' % (
        x.day, FR_MON[x.month - 1][:3] + '.', x.year, 30 + x.day % 20)
    return hd + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))


def q_outlook_fr(sent, body, to, subj):
    x = day(sent)
    return ('-----Message d\'origine-----\nDe : Inès Perrot <ines@perrot-web.fr>\nEnvoyé : %s %d %s %d 09:05\n'
            'À : %s\nObjet : %s\n\n%s' % (FR_DAYS[x.weekday()], x.day, FR_MON[x.month - 1], x.year, to, subj, body))


def q_outlook_en(sent, body, to, subj):
    x = day(sent)
    return ('From: Inès Perrot <ines@perrot-web.fr>\nSent: %s, %s %d, %d 9:05 AM\nTo: %s\nSubject: %s\n\n%s'
            % (x.strftime('%A'), x.strftime('%B'), x.day, x.year, to, subj, body))


def q_gmail_en(sent, body):
    x = day(sent)
    hd = 'On %s, %d %s %d at 09:%02d, Inès Perrot <ines@perrot-web.fr> wrote:' % (
        x.strftime('%a'), x.day, x.strftime('%b'), x.year, 2 + x.day % 50)
    return hd + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))


# ---------------------------------------------------------------- HTML helpers for people
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras(s):
    return ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in s.split('\n'))


def gm_html(top, qhdr, qbody):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n' % (paras(top), esc(qhdr), esc(qbody).replace('\n', '<br>\n')))


def human_replies():
    L = 'human_reply'
    # 01 -- Gmail, top-posted, promise "vendredi"
    n, amt, due = 402, '1 480,00 €', '15/11/2026'
    rb = rem_body(n, amt, due, to_name='Madame Roux')
    top = ('Bonjour Madame Perrot,\n\nToutes mes excuses, la facture était restée dans la pile du comptoir.\n'
           'Je fais le virement vendredi, dès que le CA de la semaine est remonté.\n\nBonne journée,\n'
           'Mathilde Roux\nLe Fournil de Cesson')
    q = q_gmail_fr('11-30', rb)
    qh, qb = q.split('\n', 1)
    add('fournil_cesson_fr_promise_vendredi', L,
        msg(addr('Mathilde Roux', 'mathilde.roux@fournil-cesson.example.fr'), 'Re: ' + rem_subj(n), D('12-01', 10, 47),
            alt(top + '\n\n' + q, gm_html(top, qh, rb)), irt=rem_id(n)),
        'fr', 'Le Fournil de Cesson', 'Gmail reply top-posted above quoted reminder; weekday promise',
        facts='promise_date=2026-12-04')

    # 02 -- association, treasurer, ISO-8859-1 plain from Orange webmail, "le 15"
    n = 389
    body = ('Bonjour,\n\nJe suis le trésorier de l\'association depuis septembre, c\'est moi qui\n'
            'reprends les paiements. Nous réglons nos fournisseurs une fois par mois,\n'
            'le 15. Votre facture F-2026-0389 (620 euros) passera donc le 15 décembre,\n'
            'par virement depuis notre compte au Crédit Mutuel.\n\nDésolé pour ce retard, le bureau a changé en cours d\'année.\n\n'
            'Gérard Lemoine\nTrésorier - Les Amis du Thabor\n')
    add('amis_thabor_fr_promise_le15_latin1', L,
        msg(addr('gerard lemoine', 'gerard.lemoine@orange.example.fr'), 'RE: ' + rem_subj(n), D('12-02', 18, 12),
            txt(body, cs='iso-8859-1', cte='8bit'), irt=rem_id(n), subj_cs='iso-8859-1',
            extra=['X-Mailer: Orange Mail', 'X-Originating-IP: [90.54.112.8]']),
        'fr', 'Association Les Amis du Thabor', 'ISO-8859-1 8bit body, webmail, no quote; monthly payment day',
        facts='promise_date=2026-12-15')

    # 03 -- mairie, mandatement date only (not a payment date)
    n = 377
    body = ('Madame,\n\nVotre facture F-2026-0377 déposée sur Chorus Pro le 6 novembre a bien été\n'
            'certifiée « service fait » par le service communication.\n\n'
            'Elle sera mandatée lors de la prochaine série de mandatement, le lundi 7 décembre.\n'
            'Le paiement est ensuite effectué par le Service de Gestion Comptable de\n'
            'Rennes-Banlieue, selon ses propres délais.\n\n'
            'Cordialement,\n\nSylvie Guéguen\nService Finances - Commande publique\nMairie de Saint-Grégoire-sur-Vilaine\n'
            'Tél. 02 99 00 12 34\n\nPensez à l\'environnement avant d\'imprimer ce message.\n')
    q = q_outlook_fr('11-27', rem_body(n, '2 904,00 €', '31/10/2026'), 'finances@mairie-stgregoire.example.fr',
                     rem_subj(n))
    add('mairie_stgregoire_fr_mandatement_date', L,
        msg(addr('GUEGUEN Sylvie', 's.gueguen@mairie-stgregoire.example.fr'), 'RE: ' + rem_subj(n), D('11-30', 14, 3),
            txt(body + '\n' + q, cs='windows-1252'), irt=rem_id(n), extra=['X-MS-Has-Attach: ', 'Thread-Topic: ' + eh(rem_subj(n))]),
        'fr', 'Mairie de Saint-Grégoire-sur-Vilaine', 'public body: mandatement date given, payment by the comptable public later',
        facts='', notes='The 7 Dec date is the mandatement (payment order), not a payment date; no promise_date on purpose')

    # 04 -- communauté de communes, délai global de paiement
    n = 381
    body = ('Bonjour Madame Perrot,\n\nNous accusons réception de votre relance. La facture F-2026-0381 a été réceptionnée\n'
            'dans Chorus Pro le 18 novembre ; compte tenu du délai global de paiement de 30 jours\n'
            'applicable aux collectivités, le virement par la Trésorerie interviendra au plus tard\n'
            'le 18 décembre 2026.\n\nBien à vous,\n\nYann Le Bihan\nDirection des finances\n'
            'Communauté de communes Val d\'Ille-Aubigné (fictif)\n')
    add('cc_valdille_fr_promise_dgp30', L,
        msg(addr('Yann LE BIHAN', 'yann.lebihan@cc-valdille.example.fr'), 'TR: ' + rem_subj(n) + ' - réponse', D('12-03', 9, 31),
            alt(body, '<html><body style="font-family:Arial;font-size:10pt">%s</body></html>' % paras(body)),
            irt=rem_id(n)),
        'fr', 'CC Val d\'Ille-Aubigné', 'public body: latest date from 30-day délai global de paiement',
        facts='promise_date=2026-12-18')

    # 05 -- UK accounts payable, payment run Thursday, Outlook en
    n = 419
    top = ('Hi Ines,\n\nThanks for chasing. INV-0419 has been approved and is on the list for our next\n'
           'payment run, which is this Thursday. Funds usually land 1-2 working days later\n'
           'as it\'s an international payment from our Barclays account.\n\nBest wishes,\n\nPriya Shah\n'
           'Accounts Payable | Harrow & Finch Ltd\n3 Cutler Street, London E1 7DJ\n'
           'Harrow & Finch Ltd is registered in England and Wales, no. 08123456.\n')
    q = q_outlook_en('11-27', rem_body(n, '£2,100.00', '20 November 2026', 'en', 'Priya'), 'Priya Shah <priya.shah@harrowfinch.example.co.uk>', rem_subj(n, 'en'))
    add('harrow_finch_en_payment_run_thursday', L,
        msg(addr('Priya Shah', 'priya.shah@harrowfinch.example.co.uk'), 'RE: ' + rem_subj(n, 'en'), D('11-30', 11, 20, tz='+0000'),
            alt(top + '\n' + q, '<html><body><p class=MsoNormal>%s</p><div style="border:none;border-top:solid #E1E1E1 1.0pt">%s</div></body></html>'
                % (esc(top).replace('\n', '<br>'), esc(q).replace('\n', '<br>'))), irt=rem_id(n)),
        'en', 'Harrow & Finch Ltd', 'Outlook en reply; "payment run is on Thursday"',
        facts='promise_date=2026-12-03')

    # 06 -- US, "we'll pay on the 10th"
    n = 424
    top = ('Ines - sorry about the delay, our controller was out for Thanksgiving.\n'
           'We\'ll pay on the 10th by wire (USD 3,400.00). Let me know if the amount should be\n'
           'different because of the exchange rate.\n\n-- \nJordan Reyes\nOperations Manager, Brightline Analytics Inc.\nSeattle, WA')
    q = q_gmail_en('11-25', rem_body(n, 'USD 3,400.00', 'November 15, 2026', 'en', 'Jordan'))
    qh, qb = q.split('\n', 1)
    add('brightline_en_pay_on_10th', L,
        msg(addr('Jordan Reyes', 'jordan@brightline-analytics.example.com'), 'Re: ' + rem_subj(n, 'en'), D('12-01', 8, 5, tz='-0800'),
            alt(top + '\n\n' + q, gm_html(top, qh, rem_body(n, 'USD 3,400.00', 'November 15, 2026', 'en', 'Jordan'))), irt=rem_id(n)),
        'en', 'Brightline Analytics Inc.', 'US client, "the 10th" resolved to December',
        facts='promise_date=2026-12-10')

    # 07 -- dispute, architects
    n = 395
    body = ('Madame Perrot,\n\nNous avons bien reçu votre relance concernant la facture F-2026-0395.\n\n'
            'Nous contestons cette facture : le forfait de maintenance de novembre y figure alors\n'
            'que la mise à jour de sécurité prévue n\'a pas été faite et que le formulaire de contact\n'
            'ne fonctionne plus depuis le 12 novembre (trois mails restés sans réponse).\n\n'
            'Nous ne procéderons pas au règlement tant que ces points ne sont pas corrigés et qu\'un\n'
            'avoir n\'a pas été établi pour la ligne « maintenance novembre ».\n\n'
            'Cordialement,\n\nHervé Morvan\nArchitecte DPLG - Gérant\nMorvan & Associés Architectes\n'
            '4 quai Lamennais, 35000 Rennes\n')
    add('morvan_archi_fr_dispute_maintenance', L,
        msg(addr('Hervé Morvan', 'h.morvan@morvan-architectes.example.fr'), 'Re: ' + rem_subj(n), D('12-01', 16, 40),
            txt(body + '\n' + q_apple_fr('11-30', rem_body(n, '1 140,00 €', '30/10/2026'))), irt=rem_id(n),
            extra=['X-Mailer: Apple Mail (2.3774.600.62)']),
        'fr', 'Morvan & Associés Architectes', 'dispute of one invoice line, refuses payment until fixed',
        facts='dispute=yes')

    # 08 -- already paid with date, iPhone
    n = 408
    body = ('Bonjour, le virement a été fait le 27 novembre depuis le compte pro, vous devriez l\'avoir.\n'
            'Montant 860 €, libellé KERLANN F0408.\n\nEnvoyé de mon iPhone\n\n')
    add('kerlann_fr_already_paid_27nov_iphone', L,
        msg(addr('Loïc Kerlann', 'loic@kerlann-menuiserie.example.fr'), 'Re: ' + rem_subj(n), D('11-30', 19, 58),
            txt(body + q_apple_fr('11-30', rem_body(n, '860,00 €', '20/11/2026')), cte='quoted-printable'), irt=rem_id(n),
            extra=['X-Mailer: iPhone Mail (22B91)']),
        'fr', 'Kerlann Menuiserie', 'short iPhone reply, already paid with date and label',
        facts='already_paid=2026-11-27')

    # 09 -- Belgian client, bank execution PDF attached
    n = 413
    body = ('Bonjour Madame Perrot,\n\nJe me permets de vous répondre car le paiement de la facture F-2026-0413\n'
            'a été exécuté le 26/11 depuis notre compte Belfius. Vous trouverez en pièce jointe\n'
            'l\'avis d\'exécution du virement européen.\n\nBien à vous,\n\nNathalie Vandamme\nAtelier Vandamme SRL\n'
            'Rue Saint-Gilles 88, 4000 Liège\nTVA BE 0712.345.678\n')
    p = pdf(['Belfius Banque - Avis d\'exécution', 'Virement européen SEPA', 'Date d\'exécution : 26/11/2026',
             'Donneur d\'ordre : ATELIER VANDAMME SRL  BE68 0635 1234 5634', 'Bénéficiaire : PERROT WEB SARL',
             'IBAN bénéficiaire : FR76 1695 8000 0112 3456 7890 123', 'Montant : 1.875,00 EUR',
             'Communication : F-2026-0413', 'Statut : exécuté'])
    add('vandamme_be_already_paid_pdf', L,
        msg(addr('Nathalie Vandamme', 'compta@atelier-vandamme.example.be'), 'Re: ' + rem_subj(n), D('12-02', 10, 15),
            multi('mixed', [txt(body + '\n' + q_gmail_fr('12-01', rem_body(n, '1 875,00 €', '25/11/2026'))),
                            att('Avis_execution_virement_20261126.pdf', p)]), irt=rem_id(n)),
        'fr', 'Atelier Vandamme SRL', 'Belgian client, bank execution notice attached as PDF',
        facts='already_paid=2026-11-26')

    # 10 -- Swiss foundation asks for the invoice again with PO number
    n = 416
    body = ('Bonjour,\n\nNous ne retrouvons pas la facture F-2026-0416 dans notre système de gestion des\n'
            'créanciers (elle a peut-être été reçue par une autre personne).\n\n'
            'Pourriez-vous nous la renvoyer en PDF à l\'adresse factures@fondation-leman.example.ch,\n'
            'en mentionnant notre numéro de commande CMD-2026-0917 ? Sans ce numéro, notre\n'
            'comptabilité ne peut pas la valider.\n\nAvec nos meilleures salutations,\n\n'
            'Claire Baumgartner\nAdministration\nFondation Léman Patrimoine\nRue de la Corraterie 12, 1204 Genève\n')
    add('fondation_leman_ch_request_invoice_po', L,
        msg(addr('Claire Baumgartner', 'c.baumgartner@fondation-leman.example.ch'), 'AW: ' + rem_subj(n), D('12-01', 13, 22),
            txt(body, cs='iso-8859-1'), irt=rem_id(n)),
        'fr', 'Fondation Léman Patrimoine', 'Swiss client, "AW:" prefix, asks invoice resent with PO number',
        facts='request_invoice=yes')

    # 11 -- request RIB
    n = 421
    body = ('Bonjour Inès,\n\nOn a changé de banque le mois dernier et je dois recréer tous les bénéficiaires.\n'
            'Tu peux me renvoyer ton RIB ? Je ne le retrouve pas sur la facture.\n\nMerci !\nSamuel\n'
            'Le Comptoir Breton - épicerie fine en ligne\n')
    add('comptoir_breton_fr_request_rib', L,
        msg(addr('Samuel Jaouen', 'samuel@comptoir-breton.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 21, 14),
            txt(body + '\n' + q_gmail_fr('12-02', rem_body(n, '540,00 €', '28/11/2026'))), irt=rem_id(n)),
        'fr', 'Le Comptoir Breton', 'informal tu, asks for RIB (new bank)', facts='request_rib=yes')

    # 12 -- hospital: invoice rejected for missing engagement number
    n = 384
    body = ('Madame,\n\nVotre facture F-2026-0384 a été rejetée dans Chorus Pro le 24/11 car elle ne\n'
            'comporte pas de numéro d\'engagement juridique. Le service ordonnateur ne peut pas la\n'
            'mettre en paiement en l\'état.\n\nMerci de déposer une nouvelle facture en renseignant :\n'
            '- le SIRET destinataire : 263 500 000 00099\n- le numéro d\'engagement : EJ 1300284571\n'
            '- le code service : FACTURES-DSI\n\nCordialement,\n\nCellule facturation fournisseurs\n'
            'Direction des affaires financières\nCentre hospitalier de Vilaine-Armor (fictif)\n\n'
            'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\n')
    add('ch_vilaine_fr_rejected_missing_ej', L,
        msg(addr('Facturation fournisseurs CHVA', 'factures.fournisseurs@ch-vilaine-armor.example.fr'), 'RE: ' + rem_subj(n),
            D('12-01', 11, 2), txt(body, cs='windows-1252'), irt=rem_id(n)),
        'fr', 'Centre hospitalier de Vilaine-Armor', 'public hospital: invoice rejected, must be redeposited with EJ number',
        facts='request_invoice=yes', notes='Asks for a new, corrected invoice (with engagement number) rather than a copy; labelled request_invoice')

    # 13 -- "Noté."
    n = 427
    add('kalma_fr_note', L,
        msg(addr('Thomas Kalma', 'thomas@studiokalma.example.fr'), 'Re: ' + rem_subj(n), D('12-03', 8, 1),
            txt('Noté.\n\nT.\n\n' + q_gmail_fr('12-02', rem_body(n, '390,00 €', '30/11/2026'))), irt=rem_id(n)),
        'fr', 'Studio Kalma', 'one-word answer above quote')

    # 14 -- "ok merci" from Android
    n = 431
    add('leduff_fr_ok_merci_android', L,
        msg(addr('Anne Le Duff', 'anne.leduff@cabinet-leduff.example.fr'), 'RE: ' + rem_subj(n), D('12-04', 12, 44),
            txt('ok merci\n\nEnvoyé depuis mon appareil Galaxy\n\n\n-------- Message d\'origine --------\nDe : Inès Perrot <ines@perrot-web.fr>\n'
                'Date : 04/12/2026 09:05 (GMT+01:00)\nÀ : anne.leduff@cabinet-leduff.example.fr\nObjet : ' + rem_subj(n) + '\n\n'
                + rem_body(n, '210,00 €', '27/11/2026')), irt=rem_id(n)),
        'fr', 'Cabinet Le Duff', 'lowercase two words, Samsung mail quote header')

    # 15 -- negation: ne contestons pas / pas encore pu payer, promise on manager's return
    n = 398
    body = ('Bonjour,\n\nNous ne contestons pas du tout la facture, le site nous donne entière satisfaction.\n'
            'Je n\'ai simplement pas encore pu faire le paiement : seul notre gérant peut valider\n'
            'les virements et il est en déplacement jusqu\'à mardi. Le virement partira à son retour,\n'
            'mercredi 9 décembre.\n\nCordialement,\nÉlodie Rault\nAssistante de direction - Transports Rault & Fils\n')
    add('transports_rault_fr_negation_promise_9dec', L,
        msg(addr('Elodie Rault', 'elodie@transports-rault.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 9, 12),
            alt(body, '<div style="font-family:Calibri,sans-serif">%s</div>' % paras(body)), irt=rem_id(n)),
        'fr', 'Transports Rault & Fils', 'negations: "ne contestons pas", "pas encore pu faire le paiement"; explicit date',
        facts='promise_date=2026-12-09')

    # 16 -- informal tu, tonight
    n = 433
    add('bastien_fr_tu_ce_soir', L,
        msg(addr('Bastien Moreau', 'bastien@lasaucisserie.example.fr'), 'Re: ' + rem_subj(n), D('12-03', 17, 26),
            txt('Salut Inès,\n\nAïe désolé, j\'ai complètement zappé avec l\'ouverture du deuxième resto.\n'
                'Je te fais le virement ce soir, promis.\n\nBises\nBastien\n\n' + q_gmail_fr('12-03', rem_body(n, '750,00 €', '20/11/2026'))),
            irt=rem_id(n)),
        'fr', 'La Saucisserie (restaurant)', 'informal tu, "ce soir" = same day', facts='promise_date=2026-12-03')

    # 17 -- reply from a different address (compta), fin de mois
    n = 392
    body = ('Bonjour,\n\nM. Pasquier m\'a transmis votre relance adressée à son adresse.\n\n'
            'Je vous confirme que la facture F-2026-0392 est bien enregistrée chez nous. Nos\n'
            'conditions de règlement étant à 45 jours fin de mois, elle sera réglée le 31 décembre.\n\n'
            'Merci d\'adresser désormais vos factures et relances à compta@pasquier-paysage.example.fr.\n\n'
            'Bien cordialement,\nMuriel Tanguy\nComptabilité fournisseurs - Pasquier Paysage SAS\n')
    add('pasquier_fr_other_address_fin_mois', L,
        msg(addr('Muriel Tanguy', 'compta@pasquier-paysage.example.fr'), 'TR: ' + rem_subj(n), D('11-30', 15, 51),
            txt(body + '\n' + q_outlook_fr('11-30', rem_body(n, '3 120,00 €', '31/10/2026'), 'f.pasquier@pasquier-paysage.example.fr',
                                           rem_subj(n)), cs='windows-1252'),
            irt=rem_id(n)),
        'fr', 'Pasquier Paysage SAS', 'answer from the accounts address, not the one reminded; 45 jours fin de mois',
        facts='promise_date=2026-12-31')

    # 18 -- law firm with long disclaimer, fin de la semaine prochaine
    n = 405
    body = ('Chère Madame,\n\nJe fais suite à votre courriel. Le règlement de la facture F-2026-0405 sera effectué\n'
            'd\'ici la fin de la semaine prochaine, après visa de notre associé gérant.\n\n'
            'Je vous prie d\'agréer, chère Madame, l\'expression de mes salutations distinguées.\n\n'
            'Maître Camille Hamon\nAvocat au Barreau de Rennes\nSELARL Hamon Avocats\n'
            '21 boulevard de la Liberté - 35000 Rennes\nTél. : +33 (0)2 99 00 77 10 - Fax : +33 (0)2 99 00 77 11\n\n'
            '__________________________________________________________________\n'
            'AVERTISSEMENT : Ce message et toutes les pièces jointes (ci-après le « message ») sont\n'
            'confidentiels et établis à l\'intention exclusive de ses destinataires. Il peut contenir\n'
            'des informations couvertes par le secret professionnel de l\'avocat (article 66-5 de la\n'
            'loi n° 71-1130 du 31 décembre 1971). Toute utilisation ou diffusion non autorisée est\n'
            'interdite. Si vous recevez ce message par erreur, merci de le détruire et d\'en avertir\n'
            'immédiatement l\'expéditeur. Internet ne permettant pas d\'assurer l\'intégrité de ce\n'
            'message, SELARL Hamon Avocats décline toute responsabilité au titre de ce message s\'il a\n'
            'été altéré, déformé ou falsifié.\n\nDISCLAIMER: This e-mail is confidential and may be\n'
            'privileged. If you are not the intended recipient, please notify the sender and delete it.\n')
    add('hamon_avocats_fr_fin_semaine_prochaine_disclaimer', L,
        msg(addr('Camille Hamon', 'c.hamon@hamon-avocats.example.fr'), 'RE: ' + rem_subj(n), D('12-02', 17, 3),
            alt(body, '<html><body><font face="Garamond" size="3">%s</font></body></html>' % paras(body)), irt=rem_id(n)),
        'fr', 'SELARL Hamon Avocats', 'long legal disclaimer; "d\'ici la fin de la semaine prochaine"',
        facts='promise_date=2026-12-11', notes='End of next week from Wed 2 Dec = Fri 11 Dec')

    # 19 -- HTML only from Outlook, lundi prochain
    n = 410
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
           '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="Generator" '
           'content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
           'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1">'
           '<div class="WordSection1"><p class="MsoNormal">Bonjour Madame Perrot,<o:p></o:p></p>'
           '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Le règlement de la facture F-2026-0410 '
           'partira lundi prochain avec nos autres fournisseurs.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
           '<p class="MsoNormal">Cordialement,<o:p></o:p></p><p class="MsoNormal"><b><span style="color:#1F3864">'
           'Karine Bellec</span></b><o:p></o:p></p><p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">'
           'Responsable administrative | Ouest Habitat Immobilier<br>Agence de Cesson-Sévigné</span></p>'
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
           '<b>De&nbsp;:</b> Inès Perrot &lt;ines@perrot-web.fr&gt;<br><b>Envoyé&nbsp;:</b> jeudi 3 décembre 2026 09:02<br>'
           '<b>Objet&nbsp;:</b> ' + esc(rem_subj(n)) + '</p></div><p class="MsoNormal">' +
           esc(rem_body(n, '2 460,00 €', '15/11/2026')).replace('\n', '<br>') + '</p></div></body></html>')
    add('ouest_habitat_fr_html_only_lundi_prochain', L,
        msg(addr('Karine Bellec', 'k.bellec@ouest-habitat.example.fr'), 'RE: ' + rem_subj(n), D('12-03', 14, 18),
            html(htm, cs='iso-8859-1'), irt=rem_id(n), extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdtFq2e8KxW1vM3nRk2Z7QkPp0a1bw==']),
        'fr', 'Ouest Habitat Immobilier', 'HTML-only Outlook/Word markup, ISO-8859-1; "lundi prochain"',
        facts='promise_date=2026-12-07')

    # 20 -- forward to a colleague, owner in Cc
    n = 414
    body = ('Bonjour Fabien,\n\nPeux-tu regarder cette relance et passer le paiement stp ? C\'est validé de mon côté,\n'
            'la prestation a bien été livrée en octobre (refonte du site des inscriptions).\n\nMerci,\nJulie\n\n'
            '---------- Forwarded message ---------\nDe : Inès Perrot <ines@perrot-web.fr>\n'
            'Date: lun. 30 nov. 2026 à 09:04\nSubject: ' + rem_subj(n) + '\nTo: Julie Carré <julie.carre@ecoledanse-rennes.example.fr>\n\n'
            + rem_body(n, '1 320,00 €', '10/11/2026', to_name='Julie'))
    add('ecole_danse_fr_forward_colleague_cc_owner', L,
        msg(addr('Julie Carré', 'julie.carre@ecoledanse-rennes.example.fr'), 'Fwd: ' + rem_subj(n), D('11-30', 10, 12),
            txt(body), to=addr('Fabien Loret', 'compta@ecoledanse-rennes.example.fr'), cc=OWNER, refs=rem_id(n)),
        'fr', 'École de danse de Rennes', 'forward to accounts colleague with owner in Cc; asks colleague to pay, no date',
        notes='Owner is only in Cc; no commitment to a date')

    # 21 -- client forwards own bank confirmation
    n = 400
    body = ('Bonjour,\n\nCi-dessous la confirmation de notre banque, le virement est parti hier.\n\nCordialement,\n'
            'Philippe Cadiou\nCadiou Électricité\n\n-------- Message transféré --------\nSujet : \tConfirmation de votre virement\n'
            'Date : \tTue, 01 Dec 2026 16:22:09 +0100\nDe : \tCIC <ne-pas-repondre@cic.example.fr>\nPour : \tp.cadiou@cadiou-elec.example.fr\n\n'
            'Madame, Monsieur,\n\nNous vous confirmons l\'exécution de l\'ordre de virement suivant :\n\n'
            'Compte débité : CIC ENTREPRISES 30066 ... 45678 01\nBénéficiaire : PERROT WEB SARL\n'
            'Montant : 2 340,00 EUR\nDate d\'exécution : 01/12/2026\nMotif : FACT F-2026-0400\n\n'
            'Ce message est généré automatiquement, merci de ne pas y répondre.\n')
    add('cadiou_fr_forwarded_bank_confirmation', L,
        msg(addr('Philippe Cadiou', 'p.cadiou@cadiou-elec.example.fr'), 'Tr: Confirmation de votre virement', D('12-02', 8, 47),
            txt(body), extra=['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0']),
        'fr', 'Cadiou Électricité', 'client forwards its bank\'s transfer confirmation; fresh thread, no In-Reply-To',
        facts='already_paid=2026-12-01', notes='Contains a bank notice but it is forwarded by the client: human_reply')

    # 22 -- UK charity dispute
    n = 437
    body = ('Dear Ines,\n\nI\'m afraid we can\'t approve INV-0437 as it stands. The quote we signed in September was\n'
            'for 12 days; the invoice bills 15 days. We never agreed to the three extra days for the\n'
            'donation page and nobody here signed off a change request.\n\nCould you look into it and come back\n'
            'to us? Happy to jump on a call.\n\nKind regards,\nOliver Grant\nFinance Manager\nNorthwick Community Trust\n'
            'Registered charity no. 1187654\n')
    add('northwick_en_dispute_extra_days', L,
        msg(addr('Oliver Grant', 'oliver.grant@northwicktrust.example.org.uk'), 'RE: ' + rem_subj(n, 'en'), D('12-01', 15, 9, tz='+0000'),
            txt(body + '\n' + q_outlook_en('11-30', rem_body(n, '£4,350.00', '25 November 2026', 'en'), 'Oliver Grant', rem_subj(n, 'en'))),
            irt=rem_id(n)),
        'en', 'Northwick Community Trust', 'dispute of billed days, English', facts='dispute=yes')

    # 23 -- question
    n = 429
    body = ('Bonjour Inès,\n\nPetite question avant de payer : le montant de la facture F-2026-0429 comprend-il\n'
            'l\'hébergement pour 2027, ou seulement la fin d\'année 2026 ? Notre expert-comptable veut\n'
            'savoir sur quel exercice l\'imputer.\n\nMerci,\nAgathe\nLa Ressourcerie du Blosne\n')
    add('ressourcerie_fr_question_exercice', L,
        msg(addr('Agathe Poulain', 'agathe@ressourcerie-blosne.example.org'), 'Re: ' + rem_subj(n), D('12-03', 11, 30),
            txt(body), irt=rem_id(n)),
        'fr', 'La Ressourcerie du Blosne', 'plain question, no commitment')

    # 24 -- complaint, site down, withholding
    n = 435
    body = ('Bonjour,\n\nLe site de réservation est en panne depuis hier soir (erreur 500 sur la page de paiement)\n'
            'et nous perdons des réservations pour le week-end. Tant que ce n\'est pas réparé, je ne vois\n'
            'pas pourquoi nous paierions la maintenance du mois. Merci de me rappeler au plus vite.\n\n'
            'Xavier Gourvès\nGîtes de la Vallée du Couesnon\n06 12 34 56 78\n')
    add('gites_couesnon_fr_complaint_withhold', L,
        msg(addr('Xavier Gourvès', 'contact@gites-couesnon.example.fr'), 'Re: ' + rem_subj(n) + ' - SITE EN PANNE', D('12-04', 8, 3),
            txt(body), irt=rem_id(n)),
        'fr', 'Gîtes de la Vallée du Couesnon', 'complaint about service, withholds maintenance payment', facts='dispute=yes')

    # 25 -- début janvier
    n = 386
    body = ('Bonjour Madame Perrot,\n\nJe vous avoue que notre trésorerie est tendue en ce moment (deux gros clients\n'
            'qui nous paient en retard, ironie du sort). Nous pourrons régler la facture début janvier,\n'
            'dès l\'encaissement du solde du chantier de Vitré.\n\nEn vous remerciant de votre compréhension,\n'
            'Sébastien Hervé\nHervé Rénovation\n')
    add('herve_renovation_fr_debut_janvier', L,
        msg(addr('Sébastien Hervé', 'sebastien.herve@herve-renovation.example.fr'), 'Re: ' + rem_subj(n, k=2), D('12-01', 20, 41),
            txt(body + '\n' + q_gmail_fr('12-01', rem_body(n, '1 950,00 €', '30/09/2026'))), irt=rem_id(n, 2),
            refs=rem_id(n) + ' ' + rem_id(n, 2)),
        'fr', 'Hervé Rénovation', 'second reminder answered; "début janvier"', facts='promise_date=early_2027-01')

    # 26 -- la semaine prochaine
    n = 439
    add('mlc_fr_semaine_prochaine', L,
        msg(addr('Marie-Laure Chesnais', 'ml.chesnais@mlc-conseil.example.fr'), 'Re: ' + rem_subj(n), D('12-04', 16, 55),
            txt('Bonjour,\n\nJe m\'en occupe la semaine prochaine sans faute.\n\nBon week-end,\nMarie-Laure Chesnais\nMLC Conseil RH\n\n'
                + q_apple_fr('12-04', rem_body(n, '480,00 €', '30/11/2026'))), irt=rem_id(n)),
        'fr', 'MLC Conseil RH', '"la semaine prochaine" on a Friday', facts='promise_date=week_of_2026-12-07')

    # 27 -- partial payment now + balance later
    n = 391
    body = ('Bonjour,\n\nComme évoqué au téléphone : nous virons aujourd\'hui 1 200 € et le solde (1 150 €) le 29 janvier.\n'
            'Est-ce que cet échéancier vous convient ?\n\nCordialement,\nNadia Benali\nDirectrice - Crèche Les Petits Korrigans\n')
    add('petits_korrigans_fr_partial_two_dates', L,
        msg(addr('Nadia Benali', 'direction@petits-korrigans.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 12, 7),
            txt(body, cs='iso-8859-15'), irt=rem_id(n)),
        'fr', 'Crèche Les Petits Korrigans', 'partial payment today and balance on 29 January; ISO-8859-15',
        facts='promise_date=2026-12-02', notes='Second instalment promised for 2027-01-29 (balance 1150 EUR)')

    # 28 -- German, Swiss client
    n = 442
    body = ('Guten Tag Frau Perrot\n\nBesten Dank für Ihre Erinnerung. Die Rechnung INV-0442 wurde freigegeben und wird\n'
            'mit unserem nächsten Zahlungslauf am 8. Dezember überwiesen (CHF 5\'600.00).\n\n'
            'Freundliche Grüsse\n\nMarkus Keller\nBuchhaltung\nAlpenblick Reisen AG\nBahnhofstrasse 21, 8001 Zürich\n')
    add('alpenblick_ch_de_zahlungslauf', L,
        msg(addr('Markus Keller', 'markus.keller@alpenblick-reisen.example.ch'), 'AW: ' + rem_subj(n, 'en'), D('12-01', 9, 48),
            txt(body), irt=rem_id(n)),
        'de', 'Alpenblick Reisen AG', 'German (Swiss spelling), payment run date', facts='promise_date=2026-12-08')

    # 29 -- already paid, no date, English
    n = 446
    add('copperleaf_en_already_paid_claimed', L,
        msg(addr('Hannah Doyle', 'accounts@copperleaf.example.ie'), 'Re: ' + rem_subj(n, 'en'), D('12-02', 14, 40, tz='+0000'),
            txt('Hi Ines,\n\nThis was paid already - please check your records again. If you still can\'t see it let me know\n'
                'and I\'ll ask the bank for a trace.\n\nHannah\nCopperleaf Studio Ltd, Dublin\n'), irt=rem_id(n)),
        'en', 'Copperleaf Studio Ltd', 'already paid without date, offers trace', facts='already_paid=claimed')

    # 30 -- iPhone, no commitment
    n = 418
    add('lebrun_fr_iphone_regarde_demain', L,
        msg(addr('Olivier Lebrun', 'olivier.lebrun@lebrun-optique.example.fr'), 'Re: ' + rem_subj(n), D('12-01', 22, 16),
            txt('Je regarde ça demain matin et je vous tiens au courant.\nCdlt\n\nOlivier\n\nEnvoyé de mon iPhone\n\n'
                + q_apple_fr('12-01', rem_body(n, '690,00 €', '25/11/2026'))), irt=rem_id(n)),
        'fr', 'Lebrun Optique', 'iPhone, vague, no date of payment')

    # 31 -- US asks IBAN/SWIFT
    n = 448
    add('redwood_en_request_iban_swift', L,
        msg(addr('Emily Carter', 'ap@redwoodpress.example.com'), 'RE: ' + rem_subj(n, 'en'), D('12-03', 10, 12, tz='-0500'),
            alt('Hello Ines,\n\nOur bank needs your IBAN and SWIFT/BIC code (and the bank\'s address) to set you up for an\n'
                'international wire. Could you send them over, ideally on letterhead?\n\nThanks,\nEmily Carter\n'
                'Accounts Payable, Redwood Press LLC\n',
                '<div>Hello Ines,</div><div><br></div><div>Our bank needs your IBAN and SWIFT/BIC code (and the bank\'s address) '
                'to set you up for an international wire. Could you send them over, ideally on letterhead?</div><div><br></div>'
                '<div>Thanks,<br>Emily Carter<br>Accounts Payable, Redwood Press LLC</div>'), irt=rem_id(n)),
        'en', 'Redwood Press LLC', 'asks IBAN/SWIFT for international wire', facts='request_rib=yes')

    # 32 -- never received invoice, negated refusal
    n = 425
    add('fleuriste_fr_jamais_recu_facture', L,
        msg(addr('Coralie Texier', 'boutique@fleurs-texier.example.fr'), 'Re: ' + rem_subj(n), D('11-30', 16, 22),
            txt('Bonjour,\n\nJe ne refuse pas de payer, mais je n\'ai jamais reçu cette facture ! Il n\'y avait rien en pièce\n'
                'jointe de votre premier mail. Pouvez-vous me la renvoyer ?\n\nCoralie\nFleurs Texier\n'), irt=rem_id(n)),
        'fr', 'Fleurs Texier', 'never received invoice; "je ne refuse pas de payer" is not a dispute',
        facts='request_invoice=yes')

    # 33 -- broken charset: windows-1252 bytes labelled iso-8859-1, cheque sent yesterday
    n = 397
    body = ('Bonjour Madame,\n\nLe chèque de 450 \u20ac a été posté hier, à l\'ordre de Perrot Web.\n'
            'Vous devriez le recevoir d\'ici la fin de semaine.\n\nSalutations\nJ. Guillou\nCamping Les Embruns\n')
    raw = body.encode('cp1252')
    add('embruns_fr_cheque_poste_hier_mislabelled_charset', L,
        msg(addr('Jean Guillou', 'camping.lesembruns@wanadoo.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 11, 38),
            txt(raw, cs='iso-8859-1', cte='8bit'), irt=rem_id(n), subj_cs='iso-8859-1',
            extra=['X-Mailer: Microsoft Outlook Express 6.00.2900.5512']),
        'fr', 'Camping Les Embruns', 'cp1252 euro sign in a part declared ISO-8859-1 (broken charset); cheque posted',
        facts='already_paid=2026-12-01', notes='Cheque mailed on 1 Dec: claims payment sent, not yet cashed')

    # 34 -- mailing-list post by a person
    body = ('Bonjour à tous,\n\nOn cherche un·e dev Symfony/API Platform pour renfort de 3 semaines en janvier\n'
            '(migration d\'un extranet associatif, PHP 8.3, Postgres). Remote possible, une journée à\n'
            'Rennes pour le kick-off. TJM selon profil.\n\nSi ça intéresse quelqu\'un, écrivez-moi en direct.\n\n'
            'Pierre-Yves\n-- \nPierre-Yves Nédélec - Kozh Studio\n')
    add('rennes_web_list_post_job', L,
        msg(addr('Pierre-Yves Nédélec', 'py@kozh-studio.example.fr'), '[rennes-web] Cherche renfort Symfony en janvier', D('12-01', 13, 57),
            txt(body), to='rennes-web@listes.example.org',
            extra=['List-Id: Dev web Rennes <rennes-web.listes.example.org>', 'List-Post: <mailto:rennes-web@listes.example.org>',
                   'List-Unsubscribe: <mailto:rennes-web-leave@listes.example.org>', 'Precedence: list', 'Sender: rennes-web-bounces@listes.example.org']),
        'fr', 'rennes-web mailing list', 'mailing-list post written by a person', notes='Not about an invoice')

    # 35 -- prospect asking a quote
    body = ('Bonjour,\n\nJe vous contacte de la part de Mme Benali (crèche Les Petits Korrigans). Nous sommes une\n'
            'association de parents d\'élèves et souhaiterions un petit site avec un agenda et une page\n'
            'd\'adhésion en ligne. Pourriez-vous nous faire un devis ? Notre budget est d\'environ 2 000 €.\n\n'
            'Merci d\'avance,\nLaurence Piel\nAPE école Jean Moulin, Bruz\n')
    add('ape_bruz_fr_prospect_quote', L,
        msg(addr('Laurence Piel', 'ape.jeanmoulin.bruz@gmail.example.com'), 'Demande de devis site internet APE', D('12-03', 21, 5),
            alt(body, '<div dir="ltr">%s</div>' % paras(body))),
        'fr', 'APE école Jean Moulin', 'new prospect asking for a quote; mentions money but no invoice')

    # 36 -- gives PO number, asks invoice with it
    n = 444
    add('biocoop_fr_po_number_resend', L,
        msg(addr('Service comptabilité', 'compta@lepanierbio.example.fr'), 'RE: ' + rem_subj(n), D('12-02', 15, 33),
            txt('Bonjour,\n\nVoici le numéro de bon de commande : BC-2026-1187.\nMerci de l\'ajouter sur la facture et de nous la renvoyer, '
                'elle sera ensuite payée sous 30 jours.\n\nCordialement,\nService comptabilité\nLe Panier Bio SCOP\n'),
            irt=rem_id(n)),
        'fr', 'Le Panier Bio SCOP', 'gives PO number, asks invoice re-issued with it', facts='request_invoice=yes')

    # 37 -- public body: mandated yesterday, transfer expected by 10 Dec
    n = 379
    add('pays_broceliande_fr_mandatee_virement_10dec', L,
        msg(addr('Solène Robin', 'finances@pays-broceliande.example.fr'), 'RE: ' + rem_subj(n), D('12-01', 10, 26),
            txt('Bonjour Madame Perrot,\n\nVotre facture F-2026-0379 a été mandatée hier (mandat n° 2026-01873, bordereau 412).\n'
                'Le virement du comptable public devrait vous parvenir d\'ici le 10 décembre.\n\n'
                'Bien cordialement,\n\nSolène Robin\nGestionnaire comptable\nSyndicat mixte du Pays de Brocéliande\n', cs='windows-1252'),
            irt=rem_id(n)),
        'fr', 'Syndicat mixte du Pays de Brocéliande', 'public body: mandat issued, expected transfer date',
        facts='promise_date=2026-12-10')

    # 38 -- rude, no date
    n = 403
    add('garage_rousseau_fr_rude_no_date', L,
        msg(addr('garage rousseau', 'garage.rousseau@free.example.fr'), 'Re: ' + rem_subj(n, k=2), D('12-03', 18, 50),
            txt('Arrêtez de nous relancer tous les trois jours, on paiera quand on pourra. On n\'est pas une banque.\n'),
            irt=rem_id(n, 2)),
        'fr', 'Garage Rousseau', 'rude, no date, no dispute')

    # 39 -- English end of month (Irish)
    n = 450
    add('fennell_en_end_of_month', L,
        msg(addr('Declan Fennell', 'declan@fennell-architects.example.ie'), 'Re: ' + rem_subj(n, 'en'), D('12-01', 17, 2, tz='+0000'),
            txt('Hi Ines,\n\nApologies - cash is a bit tight after a client went bust on us. We\'ll have it settled by the end\n'
                'of the month at the latest.\n\nCheers,\nDeclan\n\nSent from my iPad\n'), irt=rem_id(n)),
        'en', 'Fennell Architects', '"by the end of the month" in December; Sent from my iPad', facts='promise_date=2026-12-31')

    # 40 -- Belgian "endéans les 8 jours"
    n = 452
    add('brasserie_meuse_be_endeans_8_jours', L,
        msg(addr('Thierry Lambotte', 'thierry@brasseriedelameuse.example.be'), 'RE: ' + rem_subj(n), D('12-03', 10, 44),
            txt('Bonjour Madame Perrot,\n\nVotre facture a été encodée ce matin ; le paiement sera effectué endéans les 8 jours.\n\n'
                'Bien à vous,\nThierry Lambotte\nBrasserie de la Meuse SRL - Namur\n'), irt=rem_id(n)),
        'fr', 'Brasserie de la Meuse SRL', 'Belgian wording "endéans les 8 jours"', facts='promise_date=2026-12-11',
        notes='8 days from Thu 3 Dec = 11 Dec')

    # 41 -- contests amount not work
    n = 417
    add('atelier_poterie_fr_conteste_montant', L,
        msg(addr('Hélène Caradec', 'helene@poterie-caradec.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 19, 20),
            txt('Bonjour Inès,\n\nNous ne contestons pas le travail, qui est très bien, mais le montant : le devis signé indiquait\n'
                '1 200 € HT et la facture est à 1 450 € HT. Je ne réglerai pas avant d\'avoir une facture conforme au devis.\n\n'
                'Hélène\n', cs='utf-8', cte='base64'), irt=rem_id(n)),
        'fr', 'Atelier Poterie Caradec', 'contests amount (negation concerns only the work); base64 body', facts='dispute=yes')

    # 42 -- paid via Stripe link
    n = 426
    add('yoga_fr_paid_by_card_link', L,
        msg(addr('Studio Yoga Prana', 'bonjour@yoga-prana.example.fr'), 'Re: ' + rem_subj(n), D('11-30', 12, 15),
            txt('Bonjour,\nJe l\'ai réglée par carte via le lien de paiement de votre facture, le 28/11. J\'ai bien eu le reçu.\n'
                'Belle journée,\nLéa\n'), irt=rem_id(n)),
        'fr', 'Studio Yoga Prana', 'already paid by card link with date', facts='already_paid=2026-11-28')

    # 43 -- not yet able to pay, blocked account, no date
    n = 423
    add('foodtruck_fr_pas_encore_pu_payer', L,
        msg(addr('Kevin Le Goff', 'kevin.legoff@breizhburger.example.fr'), 'Re: ' + rem_subj(n), D('12-04', 9, 58),
            txt('Bonjour,\n\nJe n\'ai pas encore pu payer, mon compte pro est bloqué suite à un contrôle de la banque.\n'
                'Je vous fais signe dès que c\'est débloqué.\n\nKevin\nBreizh Burger (food truck)\n'), irt=rem_id(n)),
        'fr', 'Breizh Burger', 'negation "pas encore pu payer", no date')

    # 44 -- Swiss English VAT question
    n = 455
    add('lakeside_ch_en_vat_question', L,
        msg(addr('Sophie Meier', 'sophie.meier@lakeside-clinic.example.ch'), 'Re: ' + rem_subj(n, 'en'), D('11-30', 13, 37),
            txt('Dear Ms Perrot,\n\nBefore we process INV-0455: could you confirm whether French VAT applies? We are a Swiss\n'
                'company (outside the EU) and our accountant thought services to us should be invoiced without\n'
                'VAT under the reverse-charge rules. Just want to be sure before paying.\n\nKind regards,\nSophie Meier\n'
                'Lakeside Clinic SA, Lausanne\n'), irt=rem_id(n)),
        'en', 'Lakeside Clinic SA', 'question about VAT, no dispute stated')

    # 45 -- hands over to accountant in Cc
    n = 407
    add('kerbrat_fr_transmet_comptable_cc', L,
        msg(addr('Ronan Kerbrat', 'ronan@kerbrat-nautisme.example.fr'), 'Re: ' + rem_subj(n), D('12-01', 8, 22),
            txt('Bonjour,\n\nBien reçu, je transmets à notre comptable, Mme Durand (en copie), qui gère les paiements.\n\n'
                'Ronan Kerbrat\nKerbrat Nautisme - Saint-Malo\n'), irt=rem_id(n),
            cc=addr('Isabelle Durand', 'i.durand@cabinet-durand-expertise.example.fr')),
        'fr', 'Kerbrat Nautisme', 'hands over to accountant in Cc')

    # 46 -- après-demain
    n = 434
    add('photo_lemee_fr_apres_demain', L,
        msg(addr('Gaëlle Lemée', 'gaelle@lemee-photo.example.fr'), 'Re: ' + rem_subj(n), D('12-01', 7, 45),
            txt('Coucou Inès,\nJe suis en shooting toute la journée, je fais le virement après-demain au plus tard.\nBises, Gaëlle\n'),
            irt=rem_id(n)),
        'fr', 'Gaëlle Lemée Photographie', '"après-demain" relative date, tu', facts='promise_date=2026-12-03')

    # 47 -- virement programmé pour le 8/12
    n = 411
    top = ('Bonjour Inès,\n\nLe virement est programmé pour le 8/12 (montant 1 980,00 €, réf. F-2026-0411).\n'
           'Je vous transmets l\'avis une fois exécuté.\n\nBonne fin de semaine,\nArnaud Perrin\nDAF - Vélo Ouest SAS')
    rb = rem_body(n, '1 980,00 €', '20/11/2026')
    q = q_gmail_fr('12-03', rb)
    qh, qb = q.split('\n', 1)
    add('velo_ouest_fr_programme_8_12', L,
        msg(addr('Arnaud Perrin', 'a.perrin@velo-ouest.example.fr'), 'Re: ' + rem_subj(n), D('12-03', 18, 9),
            alt(top + '\n\n' + q, gm_html(top, qh, rb)), irt=rem_id(n)),
        'fr', 'Vélo Ouest SAS', 'scheduled transfer date in numeric d/m form', facts='promise_date=2026-12-08')


# ---------------------------------------------------------------- payment notifications
def table_html(brand, color, title, rows, intro='', footer='', cta=None):
    trs = ''.join('<tr><td style="padding:6px 0;color:#6b6b6b;font-size:13px">%s</td>'
                  '<td style="padding:6px 0;text-align:right;font-size:13px;font-weight:600">%s</td></tr>' % (esc(a), esc(b))
                  for a, b in rows)
    c = ('<p style="margin:24px 0"><a href="%s" style="background:%s;color:#fff;padding:10px 18px;border-radius:4px;'
         'text-decoration:none">%s</a></p>' % (cta[1], color, esc(cta[0]))) if cta else ''
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head><body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">'
            '<tr><td style="background:%s;color:#fff;padding:18px 28px;font-size:18px;font-weight:bold">%s</td></tr>'
            '<tr><td style="padding:28px"><h1 style="font-size:20px;margin:0 0 12px">%s</h1><p style="font-size:14px;'
            'line-height:20px">%s</p><table role="presentation" width="100%%" style="border-top:1px solid #eee;'
            'border-bottom:1px solid #eee">%s</table>%s</td></tr><tr><td style="padding:16px 28px;font-size:11px;'
            'color:#999">%s</td></tr></table></td></tr></table></body></html>'
            % (esc(title), color, esc(brand), esc(title), esc(intro).replace('\n', '<br>'), trs, c,
               esc(footer).replace('\n', '<br>')))


def rows_txt(rows):
    return '\n'.join('%s : %s' % (a, b) for a, b in rows)


def payments():
    L = 'payment_notification'
    AUTO = ['Auto-Submitted: auto-generated']

    # p01 Qonto, money in
    rows = [('Montant', '+ 1 480,00 €'), ('Émetteur', 'BOULANGERIE LE FOURNIL'), ('Référence', 'F-2026-0402'),
            ('Compte', 'Compte principal ••• 4521'), ('Date', '04/12/2026')]
    ft = ('Qonto est une marque d\'Olinda SAS, établissement de paiement agréé par l\'ACPR (CIB 16958).\n'
          'Vous recevez cet e-mail car les notifications de transactions sont activées pour votre compte.')
    add('qonto_fr_virement_recu_fournil', L,
        msg('Qonto <noreply@qonto.com>', 'Vous avez reçu un virement de 1 480,00 €', D('12-04', 14, 2),
            alt('Bonjour Inès,\n\nVous avez reçu un virement sur le compte de Perrot Web SARL.\n\n' + rows_txt(rows) +
                '\n\nVoir la transaction : https://app.qonto.com/transactions\n\n' + ft,
                table_html('Qonto', '#1d1d1b', 'Vous avez reçu un virement', rows,
                           'Bonjour Inès,\nVous avez reçu un virement sur le compte de Perrot Web SARL.', ft,
                           ('Voir la transaction', 'https://app.qonto.com/transactions'))), extra=AUTO),
        'fr', 'Qonto', 'HTML card + text, "Vous avez reçu un virement de"', provider='Qonto', direction='in',
        amount='1480.00', currency='EUR', payer='BOULANGERIE LE FOURNIL', reference='F-2026-0402',
        value_date='2026-12-04', cap='yes', notes='Layout modelled on neobank transaction e-mails (amount card, sender, reference)')

    # p02 Shine, emoji subject
    add('shine_fr_emoji_virement_recu', L,
        msg('Shine <notifications@shine.fr>', '💸 +2 340,00 € sur votre compte Shine', D('12-02', 9, 17),
            alt('Bonne nouvelle ! Vous venez de recevoir 2 340,00 € de CADIOU ELECTRICITE.\n\nLibellé : FACT F-2026-0400\n'
                'Date de valeur : 02/12/2026\n\nPensez à rapprocher ce paiement de votre facture dans l\'onglet Factures.\n\n'
                '--\nShine SAS, établissement de paiement agréé par l\'ACPR. Ceci est un message automatique, merci de ne pas y répondre.',
                table_html('shine', '#4b5cff', 'Bonne nouvelle ! 🎉', [('Montant', '+2 340,00 €'), ('De', 'CADIOU ELECTRICITE'),
                           ('Libellé', 'FACT F-2026-0400'), ('Date de valeur', '02/12/2026')],
                           'Vous venez de recevoir un virement.', 'Shine SAS, établissement de paiement agréé par l\'ACPR.\n'
                           'Ceci est un message automatique, merci de ne pas y répondre.')), extra=AUTO),
        'fr', 'Shine', 'emoji subject with amount, "Vous venez de recevoir"', provider='Shine', direction='in',
        amount='2340.00', currency='EUR', payer='CADIOU ELECTRICITE', reference='FACT F-2026-0400', value_date='2026-12-02', cap='yes')

    # p03 BNP Paribas, plain ISO-8859-1 alert
    body = ('BNP PARIBAS - Service d\'alertes\n\nMadame PERROT,\n\nNous vous informons qu\'une opération au crédit a été enregistrée\n'
            'sur votre compte ****0892 (Compte courant professionnel) :\n\n'
            '  30/11/2026  VIR SEPA RECU /DE ASSOCIATION CULTURELLE KEROUAL /MOTIF FACTURE F2026-0362 /REF 0000231130KX8\n'
            '              + 960,00 EUR\n\nSolde après opération : 7 412,18 EUR\n\n'
            'Pour modifier vos alertes, rendez-vous dans votre Espace Client, rubrique « Mes alertes ».\n\n'
            'Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\nBNP Paribas SA au capital de 2 261 621 342 EUR - 662 042 449 RCS Paris\n')
    add('bnp_fr_alerte_credit_latin1', L,
        msg('BNP Paribas <alertes@bnpparibas.com>', 'Alerte : opération au crédit de votre compte', D('11-30', 7, 2),
            txt(body, cs='iso-8859-1', cte='quoted-printable'), subj_cs='iso-8859-1', extra=AUTO),
        'fr', 'BNP Paribas', 'plain ISO-8859-1 alert, bank label line "VIR SEPA RECU /DE ... /MOTIF"', provider='BNP Paribas',
        direction='in', amount='960.00', currency='EUR', payer='ASSOCIATION CULTURELLE KEROUAL',
        reference='FACTURE F2026-0362', value_date='2026-11-30', cap='yes')

    # p04 Crédit Agricole
    body = ('Bonjour,\n\nVotre Caisse régionale vous informe qu\'une opération créditrice supérieure au seuil de 500,00 EUR\n'
            'que vous avez défini a été enregistrée le 01/12/2026 sur le compte n° XXXXXXX4418.\n\n'
            'Libellé : VIREMENT EN VOTRE FAVEUR SAS NEOTERRA\nRéférence : NEOTERRA FA F-2026-0396\nMontant : 1 716,00 EUR\n\n'
            'Crédit Agricole Ille-et-Vilaine\nCe courriel est envoyé automatiquement par le service Alertes. Merci de ne pas y répondre.\n')
    add('credit_agricole_fr_operation_creditrice_seuil', L,
        msg('Crédit Agricole <alertes@credit-agricole.fr>', 'Alerte : opération créditrice sur votre compte', D('12-01', 6, 45),
            txt(body), extra=AUTO),
        'fr', 'Crédit Agricole', 'threshold alert "opération créditrice supérieure au seuil"', provider='Crédit Agricole',
        direction='in', amount='1716.00', currency='EUR', payer='SAS NEOTERRA', reference='NEOTERRA FA F-2026-0396',
        value_date='2026-12-01', cap='yes')

    # p05 Société Générale, plural
    rows = [('01/12/2026', 'VIR RECU ECOLE DE DANSE DE RENNES - F-2026-0414', '+1 320,00 EUR'),
            ('01/12/2026', 'VIR RECU M OU MME LE GALL YANNICK - ACOMPTE SITE', '+250,00 EUR')]
    trs = ''.join('<tr><td>%s</td><td>%s</td><td align="right">%s</td></tr>' % r for r in rows)
    add('societe_generale_fr_2_virements_recus', L,
        msg('Société Générale <noreply@alertes.societegenerale.fr>', '2 virements reçus sur votre compte', D('12-02', 6, 30),
            alt('Madame, Monsieur,\n\n2 virements ont été reçus sur votre compte PRO ***2207 :\n\n' +
                '\n'.join('%s  %s  %s' % r for r in rows) + '\n\nSociété Générale - Ce message est généré automatiquement.\n',
                '<html><body style="font-family:Arial"><p>Madame, Monsieur,</p><p>2 virements ont été reçus sur votre compte PRO ***2207 :</p>'
                '<table border="0" cellpadding="4" style="border-collapse:collapse;font-size:12px"><tr style="background:#e9041e;color:#fff">'
                '<th>Date</th><th>Libellé</th><th>Montant</th></tr>' + trs + '</table><p style="font-size:10px;color:#888">'
                'Société Générale - Ce message est généré automatiquement.</p></body></html>'), extra=AUTO),
        'fr', 'Société Générale', 'plural notice, two credits in an HTML table', provider='Société Générale',
        direction='in|in', amount='1320.00|250.00', currency='EUR', payer='ECOLE DE DANSE DE RENNES|M OU MME LE GALL YANNICK',
        reference='F-2026-0414|ACOMPTE SITE', value_date='2026-12-01|2026-12-01', cap='yes|yes',
        notes='Two transactions; counts_as_payment joined per transaction')

    # p06 LCL, amount in subject only
    add('lcl_fr_amount_in_subject', L,
        msg('LCL <ne-pas-repondre@lcl.fr>', 'LCL - Mouvement sur votre compte : + 3 600,00 €', D('12-03', 7, 11),
            html('<html><body><p>Bonjour,</p><p>Un mouvement a été enregistré sur votre compte se terminant par 6630.</p>'
                 '<p>Émetteur : CABINET DENTAIRE DES LICES<br>Libellé : FACT 0371</p><p>Pour consulter le détail, connectez-vous à '
                 'votre Espace Client sur <a href="https://www.lcl.fr">lcl.fr</a> ou sur l\'application Mes Comptes.</p>'
                 '<p style="font-size:10px">LCL - Le Crédit Lyonnais SA. Merci de ne pas répondre à ce message automatique.</p>'
                 '</body></html>'), extra=AUTO),
        'fr', 'LCL', 'amount only in the subject, HTML-only', provider='LCL', direction='in', amount='3600.00',
        currency='EUR', payer='CABINET DENTAIRE DES LICES', reference='FACT 0371', value_date='2026-12-03', cap='yes',
        notes='value_date taken from the Date header (not stated in the body)')

    # p07 Wise CHF
    add('wise_en_received_chf', L,
        msg('Wise <noreply@wise.com>', 'You received 4,250.00 CHF from Atelier Horloger Favre SA', D('12-01', 15, 40),
            alt('Hi Perrot Web SARL,\n\nAtelier Horloger Favre SA sent you 4,250.00 CHF.\n\nIt\'s now in your CHF balance.\n\n'
                'Reference: INV-0409\n\nSee transfer details: https://wise.com/transactions\n\nThanks,\nThe Wise Team\n\n'
                'You\'re receiving this email because you have a Wise Business account.\nWise Europe SA, Rue du Trône 100, 1050 Brussels.',
                table_html('Wise', '#163300', 'You received 4,250.00 CHF', [('From', 'Atelier Horloger Favre SA'),
                           ('Reference', 'INV-0409'), ('Balance', 'CHF')], 'Atelier Horloger Favre SA sent you 4,250.00 CHF. '
                           'It\'s now in your CHF balance.', 'You\'re receiving this email because you have a Wise Business account.\n'
                           'Wise Europe SA, Rue du Trône 100, 1050 Brussels.')), extra=AUTO),
        'en', 'Wise', 'CHF balance credit', provider='Wise', direction='in', amount='4250.00', currency='CHF',
        payer='Atelier Horloger Favre SA', reference='INV-0409', value_date='2026-12-01', cap='yes')

    # p08 Wise GBP
    add('wise_en_gbp_harrow_finch', L,
        msg('Wise <noreply@wise.com>', 'Harrow & Finch Ltd has sent you £2,100.00', D('12-04', 10, 3, tz='+0000'),
            txt('Hi Perrot Web SARL,\n\nGood news - £2,100.00 from Harrow & Finch Ltd has arrived in your GBP account details.\n\n'
                'Reference: INV0419 HARROW FINCH\nArrived: 4 December 2026\n\nThe Wise Team\n\n'
                'This is an automated email, please don\'t reply.\n'), extra=AUTO),
        'en', 'Wise', 'GBP received to account details, plain text', provider='Wise', direction='in', amount='2100.00',
        currency='GBP', payer='Harrow & Finch Ltd', reference='INV0419 HARROW FINCH', value_date='2026-12-04', cap='yes')

    # p09 Stripe USD invoice payment
    add('stripe_en_invoice_paid_usd', L,
        msg('Stripe <notifications@stripe.com>', 'Payment of $1,250.00 from Summit Ridge Outfitters', D('12-02', 22, 14),
            alt('Perrot Web SARL\n\nYou received a payment of $1,250.00 USD from Summit Ridge Outfitters for invoice INV-0438.\n\n'
                'Payment method: Visa •••• 4242\nDate: Dec 2, 2026\n\nView payment in Dashboard: https://dashboard.stripe.com/payments\n\n'
                'You are receiving this email because you have notifications enabled for successful payments.\n'
                'Stripe, 510 Townsend Street, San Francisco, CA 94103',
                table_html('Perrot Web SARL', '#635bff', 'Payment of $1,250.00', [('Customer', 'Summit Ridge Outfitters'),
                           ('Invoice', 'INV-0438'), ('Payment method', 'Visa •••• 4242'), ('Date', 'Dec 2, 2026')], '',
                           'You are receiving this email because you have notifications enabled for successful payments.\n'
                           'Stripe, 510 Townsend Street, San Francisco, CA 94103')), extra=AUTO),
        'en', 'Stripe', 'card payment captured for an invoice (USD)', provider='Stripe', direction='in', amount='1250.00',
        currency='USD', payer='Summit Ridge Outfitters', reference='INV-0438', value_date='2026-12-02', cap='yes',
        notes='Funds are in the Stripe balance, paid out later')

    # p10 PayPal FR
    add('paypal_fr_paiement_recu', L,
        msg('service@paypal.fr', 'Vous avez reçu un paiement', D('12-03', 8, 35),
            alt('Bonjour Perrot Web SARL,\n\nVous avez reçu un paiement de 390,00 EUR de Thomas Kalma (thomas@studiokalma.example.fr).\n\n'
                'Détails de la transaction\nN° de transaction : 7YH21546LK0983425\nDate de la transaction : 3 déc. 2026\n'
                'Note de Thomas Kalma : Facture F-2026-0427\n\nLa somme sera disponible sur votre compte PayPal.\n\n'
                'Aide et Contact | Sécurité\nPayPal (Europe) S.à r.l. et Cie, S.C.A. - Ne répondez pas à cet e-mail.',
                table_html('PayPal', '#003087', 'Vous avez reçu 390,00 EUR', [('De', 'Thomas Kalma'), ('N° de transaction', '7YH21546LK0983425'),
                           ('Note', 'Facture F-2026-0427'), ('Date', '3 déc. 2026')], 'Bonjour Perrot Web SARL,',
                           'PayPal (Europe) S.à r.l. et Cie, S.C.A. - Ne répondez pas à cet e-mail.')), extra=AUTO),
        'fr', 'PayPal', 'bare From address, payer note as reference', provider='PayPal', direction='in', amount='390.00',
        currency='EUR', payer='Thomas Kalma', reference='Facture F-2026-0427', value_date='2026-12-03', cap='yes')

    # p11 Revolut Business
    add('revolut_en_received_eur', L,
        msg('Revolut Business <no-reply@revolut.com>', 'You\'ve received €750.00', D('12-04', 8, 12),
            alt('You\'ve received €750.00 from LA SAUCISSERIE SARL\n\nReference: Inès site web\nAccount: EUR Main\n\n'
                'Revolut Bank UAB. You\'re receiving this email because transaction notifications are turned on.',
                table_html('Revolut Business', '#191c1f', 'You\'ve received €750.00', [('From', 'LA SAUCISSERIE SARL'),
                           ('Reference', 'Inès site web'), ('Account', 'EUR Main')], '', 'Revolut Bank UAB. You\'re receiving this '
                           'email because transaction notifications are turned on.')), extra=AUTO),
        'en', 'Revolut Business', 'free-text reference without invoice number', provider='Revolut Business', direction='in',
        amount='750.00', currency='EUR', payer='LA SAUCISSERIE SARL', reference='Inès site web', value_date='2026-12-04', cap='yes')

    # p12 DGFiP avis de paiement (public treasury)
    body = ('DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nService de Gestion Comptable de Rennes Métropole Nord\n\n'
            'AVIS DE PAIEMENT\n\nMadame, Monsieur,\n\nNous avons l\'honneur de vous informer que nous avons procédé ce jour au paiement\n'
            'par virement bancaire de la somme indiquée ci-dessous.\n\nBénéficiaire : PERROT WEB SARL\nSIRET : 912 345 678 00017\n'
            'Compte crédité : FR76 1695 8XXX XXXX XXXX XXXX 123\n\nCollectivité : COMMUNE DE PACÉ-SUR-FLUME\n'
            'Exercice : 2026 - Mandat n° 1642 - Bordereau n° 208\nObjet : FACTURE F-2026-0366 MAINTENANCE SITE INTERNET\n'
            'Montant payé : 1 560,00 EUR\nDate d\'émission du virement : 02/12/2026\n\n'
            'Le délai de réception des fonds dépend de votre établissement bancaire.\n\n'
            'Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question, contactez le\n'
            'service ordonnateur de la collectivité.\n')
    add('dgfip_fr_avis_de_paiement_commune', L,
        msg('DGFiP - Avis de paiement <ne-pas-repondre@dgfip.finances.gouv.fr>', 'Avis de paiement - COMMUNE DE PACE-SUR-FLUME',
            D('12-02', 5, 48), txt(body, cs='iso-8859-1'), extra=AUTO),
        'fr', 'DGFiP', 'public-treasury payment advice: transfer emitted, mandat/bordereau numbers', provider='DGFiP',
        direction='in', amount='1560.00', currency='EUR', payer='COMMUNE DE PACÉ-SUR-FLUME',
        reference='FACTURE F-2026-0366 MAINTENANCE SITE INTERNET', value_date='2026-12-02', cap='no_claim',
        notes='Emitted by the public accountant; money not yet seen on the owner\'s bank account (no_claim)')

    # p13 Chorus Pro status "Mise en paiement"
    body = ('Bonjour,\n\nLe statut de la facture suivante a été modifié :\n\n'
            'Numéro de facture : F-2026-0372\nFournisseur : PERROT WEB SARL (SIRET 91234567800017)\n'
            'Destinataire : UNIVERSITE DE HAUTE-BRETAGNE (fictif) - Service : DSI-FACTURES\n'
            'Montant TTC : 4 200,00 EUR\nNouveau statut : MISE EN PAIEMENT\nDate de mise en paiement : 01/12/2026\n\n'
            'Le paiement est en cours de traitement par le comptable ; comptez quelques jours de délai bancaire.\n\n'
            'Pour plus d\'information, connectez-vous à Chorus Pro : https://chorus-pro.gouv.fr\n\n'
            'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n')
    add('chorus_pro_fr_mise_en_paiement', L,
        msg('Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>', '[Chorus Pro] Changement de statut de la facture F-2026-0372',
            D('12-01', 19, 2), txt(body), extra=AUTO),
        'fr', 'Chorus Pro', 'invoice status notification "MISE EN PAIEMENT" with amount', provider='Chorus Pro',
        direction='in', amount='4200.00', currency='EUR', payer='UNIVERSITE DE HAUTE-BRETAGNE', reference='F-2026-0372',
        value_date='2026-12-01', cap='no_claim',
        notes='Status change, not a bank movement; kept as payment_notification (remittance-advice-like, no_claim). Other Chorus Pro statuses are labelled other')

    # p14 English remittance advice from a client AP system
    rows = [('Invoice', 'INV-0432'), ('Invoice date', '02/10/2026'), ('Amount paid', '£1,640.00'),
            ('Payment method', 'BACS'), ('Payment date', '03/12/2026'), ('Payment ref', 'CGL-PAY-0047731')]
    add('calder_grey_en_remittance_advice', L,
        msg(addr('Calder & Grey Accounts Payable', 'noreply-ap@caldergrey.example.co.uk'), 'Remittance Advice - Perrot Web SARL - CGL-PAY-0047731',
            D('12-03', 16, 20, tz='+0000'),
            multi('mixed', [txt('Dear Supplier,\n\nPlease find attached remittance advice for payment made to your account.\n\n' +
                                rows_txt(rows) + '\n\nPlease allow 2-3 working days for funds to clear.\n'
                                'This mailbox is not monitored. Calder & Grey LLP, Manchester.\n'),
                            att('Remittance_CGL-PAY-0047731.pdf', pdf(['CALDER & GREY LLP - REMITTANCE ADVICE', 'Supplier: PERROT WEB SARL',
                                'INV-0432   02/10/2026   GBP 1,640.00', 'Payment date 03/12/2026 - BACS', 'Total GBP 1,640.00']))]),
            extra=AUTO),
        'en', 'Calder & Grey LLP', 'client AP remittance advice with PDF', provider='Calder & Grey LLP (AP system)',
        direction='in', amount='1640.00', currency='GBP', payer='Calder & Grey LLP', reference='CGL-PAY-0047731',
        value_date='2026-12-03', cap='no_claim')

    # p15 Caisse d'Epargne
    add('caisse_epargne_fr_virement_recu', L,
        msg('Caisse d\'Epargne <alertes@caisse-epargne.fr>', 'Avis de virement reçu', D('12-01', 8, 0),
            txt('Bonjour,\n\nVous avez reçu un virement SEPA sur votre compte professionnel n° ***9914 :\n\n'
                'Donneur d\'ordre : OFFICE DE TOURISME DU PAYS DE DOL\nMotif : F2026 0393 CREATION AGENDA\n'
                'Montant : 1 080,00 EUR\nDate de valeur : 01/12/2026\n\nCaisse d\'Epargne Bretagne Pays de Loire\n'
                'Ceci est un message automatique, merci de ne pas y répondre.\n', cs='iso-8859-1'),
            subj_cs='iso-8859-1', extra=AUTO),
        'fr', 'Caisse d\'Épargne', 'plain avis de virement, "Donneur d\'ordre"', provider='Caisse d\'Épargne', direction='in',
        amount='1080.00', currency='EUR', payer='OFFICE DE TOURISME DU PAYS DE DOL', reference='F2026 0393 CREATION AGENDA',
        value_date='2026-12-01', cap='yes')

    # p16 Crédit Mutuel
    add('credit_mutuel_fr_alerte_credit', L,
        msg('Crédit Mutuel <alertes@creditmutuel.fr>', 'Alerte Crédit Mutuel : crédit de 620,00 EUR', D('12-02', 12, 19),
            alt('Alerte compte - Crédit Mutuel\n\nCompte : C/C EUROCOMPTE PRO PERROT WEB\nOpération : VIR BOCAGE BIO SARL\n'
                'Réf. : FACT F-2026-0420\nMontant : +620,00 EUR\nDate : 02/12/2026\n\nVous pouvez gérer vos alertes dans votre espace.\n',
                table_html('Crédit Mutuel', '#0f3c7d', 'Alerte crédit', [('Compte', 'C/C EUROCOMPTE PRO PERROT WEB'),
                           ('Opération', 'VIR BOCAGE BIO SARL'), ('Réf.', 'FACT F-2026-0420'), ('Montant', '+620,00 EUR'),
                           ('Date', '02/12/2026')], '', 'Vous pouvez gérer vos alertes dans votre espace.')), extra=AUTO),
        'fr', 'Crédit Mutuel', 'alert with "+620,00 EUR" line', provider='Crédit Mutuel', direction='in', amount='620.00',
        currency='EUR', payer='BOCAGE BIO SARL', reference='FACT F-2026-0420', value_date='2026-12-02', cap='yes')

    # p17 BoursoBank
    add('boursobank_fr_virement_recu', L,
        msg('BoursoBank <noreply@boursobank.com>', 'Vous avez reçu un virement', D('11-30', 18, 44),
            alt('Bonjour Inès,\n\nUn virement de 345,00 € émis par M. ALEXANDRE PINEL a été crédité sur votre compte.\n'
                'Libellé : Pinel logo + carte de visite\n\nBoursoBank - Ne répondez pas à ce message.\n',
                table_html('BoursoBank', '#d3006c', 'Vous avez reçu un virement', [('Émetteur', 'M. ALEXANDRE PINEL'),
                           ('Montant', '345,00 €'), ('Libellé', 'Pinel logo + carte de visite'), ('Date', '30/11/2026')],
                           'Bonjour Inès,', 'BoursoBank - Ne répondez pas à ce message.')), extra=AUTO),
        'fr', 'BoursoBank', 'private individual as payer', provider='BoursoBank', direction='in', amount='345.00',
        currency='EUR', payer='M. ALEXANDRE PINEL', reference='Pinel logo + carte de visite', value_date='2026-11-30', cap='yes')

    # p18 GoCardless collected
    add('gocardless_fr_paiement_encaisse', L,
        msg('GoCardless <noreply@gocardless.com>', 'Paiement encaissé : 49,00 € de Association Rennes Jeunes Pousses', D('12-03', 9, 6),
            txt('Bonjour Perrot Web SARL,\n\nLe paiement suivant a été encaissé avec succès :\n\n'
                'Client : Association Rennes Jeunes Pousses\nMontant : 49,00 €\nRéférence : MAINT-DEC-2026\n'
                'Date d\'encaissement : 3 décembre 2026\n\nIl sera inclus dans votre prochain versement.\n\n'
                'GoCardless SAS - Vous recevez cet e-mail car vous êtes un marchand GoCardless.\n'), extra=AUTO),
        'fr', 'GoCardless', 'SEPA direct debit collected from a client', provider='GoCardless', direction='in',
        amount='49.00', currency='EUR', payer='Association Rennes Jeunes Pousses', reference='MAINT-DEC-2026',
        value_date='2026-12-03', cap='yes')

    # p19 Mollie Bancontact
    add('mollie_en_payment_bancontact', L,
        msg('Mollie <noreply@mollie.com>', 'New payment received: €640.00', D('12-02', 11, 51),
            alt('Hi Inès,\n\nYou have received a new payment.\n\nAmount: €640.00\nMethod: Bancontact\nConsumer: Librairie Page Blanche SRL\n'
                'Description: Facture F-2026-0441\nPayment ID: tr_7UhSN1zuXS\n\nMollie B.V. - You receive this email because you enabled payment notifications.',
                table_html('mollie', '#0a0a0a', 'New payment received', [('Amount', '€640.00'), ('Method', 'Bancontact'),
                           ('Consumer', 'Librairie Page Blanche SRL'), ('Description', 'Facture F-2026-0441')], 'Hi Inès,',
                           'Mollie B.V. - You receive this email because you enabled payment notifications.')), extra=AUTO),
        'en', 'Mollie', 'Bancontact payment from a Belgian client', provider='Mollie', direction='in', amount='640.00',
        currency='EUR', payer='Librairie Page Blanche SRL', reference='Facture F-2026-0441', value_date='2026-12-02', cap='yes')

    # p20 SumUp invoice paid
    add('sumup_fr_facture_payee', L,
        msg('SumUp <no-reply@sumup.com>', 'Votre facture F-2026-0449 a été payée', D('12-04', 17, 30),
            alt('Bonne nouvelle !\n\nAmandine Roux a payé votre facture F-2026-0449 d\'un montant de 120,00 € par carte.\n\n'
                'Date : 04.12.2026 17:29\nCode de transaction : TDKQ8S3N2M\n\nSumUp Limited - Cet e-mail a été envoyé automatiquement.',
                table_html('sumup', '#3063e9', 'Facture payée', [('Client', 'Amandine Roux'), ('Montant', '120,00 €'),
                           ('Facture', 'F-2026-0449'), ('Code de transaction', 'TDKQ8S3N2M')], 'Bonne nouvelle !',
                           'SumUp Limited - Cet e-mail a été envoyé automatiquement.')), extra=AUTO),
        'fr', 'SumUp', 'invoice paid by card through payment link', provider='SumUp', direction='in', amount='120.00',
        currency='EUR', payer='Amandine Roux', reference='F-2026-0449', value_date='2026-12-04', cap='yes')

    # p21 Sumeria (ex-Lydia)
    add('sumeria_fr_paul_vous_a_envoye', L,
        msg('Sumeria <noreply@lydia-app.com>', 'Paul Gautier vous a envoyé 300,00 €', D('12-01', 21, 3),
            alt('Paul Gautier vous a envoyé 300,00 €\n\nMessage : "formation wordpress asso merci !"\n\n'
                'L\'argent est disponible sur votre compte Sumeria.\n\nSumeria (anciennement Lydia) - Lydia Solutions SAS.',
                table_html('Sumeria', '#0068ff', 'Paul Gautier vous a envoyé 300,00 €', [('Message', 'formation wordpress asso merci !')],
                           'L\'argent est disponible sur votre compte Sumeria.', 'Sumeria (anciennement Lydia) - Lydia Solutions SAS.')),
            extra=AUTO),
        'fr', 'Sumeria (Lydia)', 'peer payment app, message as reference', provider='Sumeria', direction='in', amount='300.00',
        currency='EUR', payer='Paul Gautier', reference='formation wordpress asso merci !', value_date='2026-12-01', cap='yes')

    # p22 Pennylane bank feed, 3 transactions
    rows = [('03/12', 'VIR SEPA ARMOR EVENTS F-2026-0436', '+685,00 €'), ('03/12', 'PRLV SEPA ADOBE SYSTEMS', '-29,99 €'),
            ('03/12', 'VIR CREPERIE TI BRETON', '+215,00 €')]
    add('pennylane_fr_3_transactions', L,
        msg('Pennylane <no-reply@pennylane.com>', '3 nouvelles transactions sur Compte Qonto Perrot Web', D('12-03', 20, 0),
            alt('Bonjour Inès,\n\n3 nouvelles transactions ont été synchronisées depuis votre banque :\n\n' +
                '\n'.join('%s  %-40s %s' % r for r in rows) + '\n\nAssociez vos justificatifs : https://app.pennylane.com\n\n'
                'Vous recevez cet e-mail car vous suivez ce compte bancaire dans Pennylane.',
                '<html><body><p>Bonjour Inès,</p><p>3 nouvelles transactions ont été synchronisées depuis votre banque :</p><table>' +
                ''.join('<tr><td>%s</td><td>%s</td><td align="right">%s</td></tr>' % r for r in rows) +
                '</table><p>Vous recevez cet e-mail car vous suivez ce compte bancaire dans Pennylane.</p></body></html>'), extra=AUTO),
        'fr', 'Pennylane', 'accounting bank-feed digest, mixed credits and debit', provider='Pennylane', direction='in|out|in',
        amount='685.00|29.99|215.00', currency='EUR', payer='ARMOR EVENTS||CREPERIE TI BRETON',
        reference='F-2026-0436|PRLV SEPA ADOBE SYSTEMS|', value_date='2026-12-03|2026-12-03|2026-12-03', cap='yes|no|yes',
        notes='Bank-feed digest relayed by accounting tool; counts_as_payment joined per transaction')

    # ---- not money in
    # p23 Qonto card payment
    add('qonto_fr_paiement_carte_ovh', L,
        msg('Qonto <noreply@qonto.com>', 'Paiement par carte : 23,99 € chez OVH SAS', D('12-01', 3, 12),
            txt('Bonjour Inès,\n\nUn paiement a été effectué avec la carte •••• 8830 (Inès Perrot).\n\nMarchand : OVH SAS\n'
                'Montant : -23,99 €\nDate : 01/12/2026 03:11\n\nPensez à ajouter votre justificatif.\n\n'
                'Qonto - Vous recevez cet e-mail car les notifications de carte sont activées.\n'), extra=AUTO),
        'fr', 'Qonto', 'card payment out', provider='Qonto', direction='out', amount='23.99', currency='EUR',
        reference='OVH SAS', value_date='2026-12-01', cap='no')

    # p24 Shine direct debit URSSAF
    add('shine_fr_prelevement_urssaf', L,
        msg('Shine <notifications@shine.fr>', 'Prélèvement de 1 246,00 € - URSSAF', D('12-04', 6, 58),
            txt('Bonjour Inès,\n\nUn prélèvement SEPA vient d\'être débité de votre compte :\n\nCréancier : URSSAF BRETAGNE\n'
                'Montant : -1 246,00 €\nRéf. mandat : URSSAF-5300123456\nDate : 04/12/2026\n\n'
                'Ceci est un message automatique, merci de ne pas y répondre.\n'), extra=AUTO),
        'fr', 'Shine', 'direct debit taken', provider='Shine', direction='out', amount='1246.00', currency='EUR',
        reference='URSSAF-5300123456', value_date='2026-12-04', cap='no')

    # p25 BNP outgoing transfer executed
    add('bnp_fr_virement_emis_execute', L,
        msg('BNP Paribas <alertes@bnpparibas.com>', 'Votre virement a été exécuté', D('12-02', 10, 1),
            txt('Madame PERROT,\n\nVotre ordre de virement a été exécuté :\n\nBénéficiaire : FREELANCE DESIGN - C. MARTIN\n'
                'Montant : 1 200,00 EUR\nMotif : SOUS-TRAITANCE MAQUETTES NOV\nDate d\'exécution : 02/12/2026\n\n'
                'Ce message vous est adressé automatiquement. Merci de ne pas y répondre.\n', cs='iso-8859-1'), extra=AUTO),
        'fr', 'BNP Paribas', 'outgoing transfer executed (owner pays a subcontractor)', provider='BNP Paribas', direction='out',
        amount='1200.00', currency='EUR', reference='SOUS-TRAITANCE MAQUETTES NOV', value_date='2026-12-02', cap='no')

    # p26 N26 refund
    add('n26_en_refund_received', L,
        msg('N26 <no-reply@n26.com>', 'You received a refund of €59.90', D('11-30', 13, 26),
            txt('Hi Inès,\n\nGood news: AMZN Mktp FR refunded €59.90 to your N26 Business account.\n\nOriginal payment: 21 Nov 2026\n'
                'Refund date: 30 Nov 2026\n\nN26 Bank SE - This is an automatically generated message.\n'), extra=AUTO),
        'en', 'N26', 'merchant refund received', provider='N26', direction='refund', amount='59.90', currency='EUR',
        reference='AMZN Mktp FR', value_date='2026-11-30', cap='no')

    # p27 Stripe refund issued
    add('stripe_en_refund_issued', L,
        msg('Stripe <notifications@stripe.com>', 'A €300.00 refund to Atelier Nomade has been initiated', D('12-01', 11, 4),
            txt('Perrot Web SARL\n\nA refund of €300.00 to Atelier Nomade was initiated from your Dashboard.\n\nOriginal payment: €900.00 (Nov 18, 2026)\n'
                'Refund ID: re_3QJk2bLkdIwHu7ix0Wm4NcP1\nReason: requested_by_customer\n\nRefunds take 5-10 business days to appear on your customer\'s statement.\n\n'
                'You are receiving this email because you are an administrator of this Stripe account.\n'), extra=AUTO),
        'en', 'Stripe', 'refund issued by the owner', provider='Stripe', direction='refund', amount='300.00', currency='EUR',
        reference='re_3QJk2bLkdIwHu7ix0Wm4NcP1', value_date='2026-12-01', cap='no')

    # p28 Stripe payout failed
    add('stripe_en_payout_failed', L,
        msg('Stripe <notifications@stripe.com>', 'Your payout of €4,310.55 failed', D('12-03', 4, 40),
            alt('Perrot Web SARL\n\nYour payout of €4,310.55 expected on Dec 3, 2026 could not be completed: the bank account\n'
                'ending in 0123 was closed (account_closed). The funds have been returned to your Stripe balance.\n\n'
                'Update your bank account: https://dashboard.stripe.com/settings/payouts\n\n'
                'You are receiving this email because you are an administrator of this Stripe account.',
                table_html('Perrot Web SARL', '#df1b41', 'Your payout failed', [('Amount', '€4,310.55'), ('Expected', 'Dec 3, 2026'),
                           ('Bank account', '•••• 0123'), ('Reason', 'account_closed')], 'The funds have been returned to your Stripe balance.',
                           'You are receiving this email because you are an administrator of this Stripe account.',
                           ('Update bank account', 'https://dashboard.stripe.com/settings/payouts'))), extra=AUTO),
        'en', 'Stripe', 'payout failed with failure code', provider='Stripe', direction='failed', amount='4310.55',
        currency='EUR', reference='account_closed', value_date='2026-12-03', cap='no',
        notes='Failure codes as documented for Stripe payouts (account_closed)')

    # p29 Stripe dispute
    add('stripe_en_dispute_usd', L,
        msg('Stripe <notifications@stripe.com>', 'A payment was disputed: $1,150.00 from Pinewood Labs', D('12-02', 2, 15),
            txt('Perrot Web SARL\n\nA customer has disputed a payment of $1,150.00 USD with their card issuer.\n\nCustomer: Pinewood Labs\n'
                'Reason: product_not_received\nDispute amount: $1,150.00 (+ $15.00 dispute fee)\nRespond by: Dec 12, 2026\n\n'
                'The disputed amount and fee have been withdrawn from your balance. Submit evidence in your Dashboard.\n\n'
                'You are receiving this email because you are an administrator of this Stripe account.\n'), extra=AUTO),
        'en', 'Stripe', 'card dispute / chargeback with evidence deadline', provider='Stripe', direction='chargeback',
        amount='1150.00', currency='USD', reference='product_not_received', value_date='2026-12-02', cap='no')

    # p30 PayPal on hold
    add('paypal_fr_paiement_en_attente', L,
        msg('service@paypal.fr', 'Un paiement de 1 850,00 EUR est en attente', D('12-03', 14, 47),
            txt('Bonjour Perrot Web SARL,\n\nVous avez reçu un paiement de 1 850,00 EUR de Gwenaëlle Nicol, mais ce paiement est\n'
                'actuellement en attente. Nous conservons temporairement les fonds jusqu\'au 24 décembre 2026 ou jusqu\'à ce que\n'
                'l\'acheteur confirme la réception.\n\nN° de transaction : 3WX89012AB4567832\n\n'
                'PayPal (Europe) S.à r.l. et Cie, S.C.A. - Ne répondez pas à cet e-mail.\n'), extra=AUTO),
        'fr', 'PayPal', 'payment on hold (funds not available)', provider='PayPal', direction='none', amount='1850.00',
        currency='EUR', reference='3WX89012AB4567832', value_date='', cap='no',
        notes='Says "vous avez reçu" but funds are held: direction none')

    # p31 GoCardless failed
    add('gocardless_fr_echec_prelevement', L,
        msg('GoCardless <noreply@gocardless.com>', 'Échec de paiement : Cave Le Tire-Bouchon', D('12-04', 9, 10),
            txt('Bonjour Perrot Web SARL,\n\nLe paiement de 49,00 € de Cave Le Tire-Bouchon a échoué.\n\n'
                'Motif : provision insuffisante (AM04)\nRéférence : MAINT-DEC-2026\n\nNous retenterons automatiquement le '
                'prélèvement le 11 décembre 2026 si l\'option est activée.\n\nGoCardless SAS\n'), extra=AUTO),
        'fr', 'GoCardless', 'SEPA direct debit failed (R-transaction AM04)', provider='GoCardless', direction='failed',
        amount='49.00', currency='EUR', reference='MAINT-DEC-2026', value_date='2026-12-04', cap='no')

    # p32 Crédit Agricole returned transfer
    add('credit_agricole_fr_virement_rejete', L,
        msg('Crédit Agricole <alertes@credit-agricole.fr>', 'Rejet de virement émis', D('12-02', 16, 11),
            txt('Bonjour,\n\nLe virement de 980,00 EUR émis le 30/11/2026 vers GRAPHIK STUDIO (FR76 3000 ... 4410) a été rejeté\n'
                'par la banque du bénéficiaire. Motif : compte clos (AC04).\nLe montant a été recrédité sur votre compte le 02/12/2026.\n\n'
                'Crédit Agricole Ille-et-Vilaine - Message automatique.\n'), extra=AUTO),
        'fr', 'Crédit Agricole', 'outgoing transfer returned, amount recredited', provider='Crédit Agricole', direction='failed',
        amount='980.00', currency='EUR', reference='AC04', value_date='2026-12-02', cap='no',
        notes='Money comes back on the account but it is the owner\'s own returned transfer, not a payment')

    # p33 La Banque Postale statement
    add('banque_postale_fr_releve_disponible', L,
        msg('La Banque Postale <noreply@labanquepostale.fr>', 'Votre relevé de compte est disponible', D('12-02', 4, 30),
            txt('Madame,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre Espace Client, rubrique e-Documents.\n'
                'Compte : Compte courant professionnel n° ****3307\n\nLa Banque Postale - Ceci est un message automatique.\n'), extra=AUTO),
        'fr', 'La Banque Postale', 'monthly statement available', provider='La Banque Postale', direction='statement',
        cap='no')

    # p34 Hello bank balance alert
    add('hellobank_fr_alerte_solde', L,
        msg('Hello bank! <alertes@hellobank.fr>', 'Alerte solde : votre compte est sous le seuil de 500 €', D('12-04', 7, 0),
            txt('Bonjour Inès,\n\nLe solde de votre compte ****5521 est de 312,45 € au 04/12/2026.\nIl est passé sous le seuil de 500 € '
                'que vous avez défini.\n\nHello bank! - Message automatique, ne pas répondre.\n'), extra=AUTO),
        'fr', 'Hello bank!', 'low-balance alert', provider='Hello bank!', direction='statement', amount='312.45',
        currency='EUR', value_date='2026-12-04', cap='no')

    # p35 Fortuneo direct debit
    add('fortuneo_fr_prelevement_free', L,
        msg('Fortuneo <notification@fortuneo.fr>', 'Prélèvement SEPA sur votre compte', D('12-03', 6, 15),
            txt('Bonjour,\n\nUn prélèvement SEPA a été débité de votre compte courant :\n\nCréancier : FREE PRO\nMontant : 86,40 EUR\n'
                'Référence : FPRO-112233-1126\nDate : 03/12/2026\n\nFortuneo - Ne répondez pas à ce courriel.\n'), extra=AUTO),
        'fr', 'Fortuneo', 'direct debit taken', provider='Fortuneo', direction='out', amount='86.40', currency='EUR',
        reference='FPRO-112233-1126', value_date='2026-12-03', cap='no')

    # p36 Banque Populaire instant transfer out
    add('banque_populaire_fr_virement_instantane_emis', L,
        msg('Banque Populaire <ne-pas-repondre@banquepopulaire.fr>', 'Confirmation de votre virement instantané', D('12-01', 9, 3),
            alt('Votre virement instantané de 640,00 € à SCI BREIZH BUREAUX a bien été envoyé.\nMotif : LOYER DECEMBRE BUREAU\n',
                table_html('Banque Populaire Grand Ouest', '#0b3b8c', 'Virement instantané envoyé', [('Bénéficiaire', 'SCI BREIZH BUREAUX'),
                           ('Montant', '640,00 €'), ('Motif', 'LOYER DECEMBRE BUREAU'), ('Date', '01/12/2026')], '',
                           'Ceci est un message automatique.')), extra=AUTO),
        'fr', 'Banque Populaire', 'instant transfer out (rent)', provider='Banque Populaire', direction='out', amount='640.00',
        currency='EUR', reference='LOYER DECEMBRE BUREAU', value_date='2026-12-01', cap='no')

    # p37 Wise transfer sent CHF
    add('wise_en_transfer_complete_out', L,
        msg('Wise <noreply@wise.com>', 'Your transfer to Helvetic Fonts GmbH is complete', D('12-02', 13, 20),
            txt('Hi Perrot Web SARL,\n\nYour 380.00 CHF has been sent to Helvetic Fonts GmbH. It should arrive today.\n\n'
                'Transfer #1284736590\nReference: LIC-2026-5531\n\nThe Wise Team\n'), extra=AUTO),
        'en', 'Wise', 'outgoing CHF transfer complete', provider='Wise', direction='out', amount='380.00', currency='CHF',
        reference='LIC-2026-5531', value_date='2026-12-02', cap='no')

    # p38 Revolut card declined
    add('revolut_en_card_declined', L,
        msg('Revolut Business <no-reply@revolut.com>', 'Card payment declined', D('12-04', 1, 2),
            txt('Your card payment of $119.00 at FIGMA was declined.\nReason: insufficient balance in USD account.\n\n'
                'Top up or enable auto-exchange in the app.\n\nRevolut Bank UAB\n'), extra=AUTO),
        'en', 'Revolut Business', 'card payment declined', provider='Revolut Business', direction='failed', amount='119.00',
        currency='USD', reference='FIGMA', value_date='2026-12-04', cap='no')

    # p39 Stripe payout paid
    add('stripe_en_payout_on_its_way', L,
        msg('Stripe <notifications@stripe.com>', 'Your €2,846.20 payout for Perrot Web SARL is on the way', D('11-30', 5, 21),
            txt('Perrot Web SARL\n\nA payout of €2,846.20 has been sent to your bank account ending in 0123. It should arrive\n'
                'by Dec 1, 2026.\n\nThis payout includes 7 payments and 1 refund.\nPayout ID: po_1QK8s2LkdIwHu7ixXpT0aa9Q\n\n'
                'You are receiving this email because you are an administrator of this Stripe account.\n'), extra=AUTO),
        'en', 'Stripe', 'payout bundling several payments', provider='Stripe', direction='in', amount='2846.20', currency='EUR',
        payer='', reference='po_1QK8s2LkdIwHu7ixXpT0aa9Q', value_date='2026-12-01', cap='no_aggregate')

    # p40 Mollie settlement
    add('mollie_en_settlement', L,
        msg('Mollie <noreply@mollie.com>', 'Your settlement of €1,932.15 is on its way', D('12-01', 7, 14),
            txt('Hi Inès,\n\nWe\'ve sent settlement stl_jDk30akdN to your bank account NL.. / FR76 ****0123.\n\nGross: €1,958.40\n'
                'Fees: -€26.25\nNet: €1,932.15\nPayments: 5\n\nMollie B.V.\n'), extra=AUTO),
        'en', 'Mollie', 'settlement (net of fees, 5 payments)', provider='Mollie', direction='in', amount='1932.15',
        currency='EUR', payer='', reference='stl_jDk30akdN', value_date='2026-12-01', cap='no_aggregate')

    # p41 PayPlug refused
    add('payplug_fr_paiement_refuse', L,
        msg('PayPlug <no-reply@payplug.com>', 'Paiement refusé - F-2026-0451', D('12-02', 20, 31),
            txt('Bonjour,\n\nUne tentative de paiement de 280,00 € pour F-2026-0451 a été refusée par la banque du porteur.\n'
                'Motif : fonds insuffisants.\nClient : Maëlys Prigent\n\nAucun montant n\'a été encaissé.\n\nL\'équipe PayPlug\n'), extra=AUTO),
        'fr', 'PayPlug', 'client card payment refused', provider='PayPlug', direction='failed', amount='280.00', currency='EUR',
        reference='F-2026-0451', value_date='2026-12-02', cap='no')

    # p42 Shine incoming transfer under review
    add('shine_fr_virement_entrant_verification', L,
        msg('Shine <notifications@shine.fr>', 'Un virement entrant est en cours de vérification', D('12-03', 11, 9),
            txt('Bonjour Inès,\n\nUn virement de 5 600,00 € en provenance de KELLER MEDIA GMBH est en cours de vérification par\n'
                'notre équipe conformité. Les fonds seront crédités sur votre compte dès la fin de l\'analyse (48 h ouvrées en moyenne).\n'
                'Nous pourrons vous demander un justificatif (facture).\n\nCeci est un message automatique, merci de ne pas y répondre.\n'),
            extra=AUTO),
        'fr', 'Shine', 'incoming transfer pending compliance review', provider='Shine', direction='none', amount='5600.00',
        currency='EUR', value_date='', cap='no', notes='Announces money not yet credited')


# ---------------------------------------------------------------- auto replies
def mdn(frm, to_addr, subj, date, human, orig_mid, ua, final_rcpt, lang_text=None):
    rep = ('Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n'
           'Disposition: manual-action/MDN-sent-manually; displayed\n' % (ua, final_rcpt, orig_mid))
    body = multi('report', [txt(human), raw_part(['Content-Type: message/disposition-notification'], rep)],
                 params=' report-type=disposition-notification;')
    return msg(frm, subj, date, body, irt=orig_mid)


def auto_replies():
    L = 'auto_reply'
    # a01 Gmail vacation responder
    n = 430
    add('gmail_vacation_fr_jusquau_7', L,
        msg(addr('Maëlle Rivoal', 'maelle@rivoal-traiteur.example.fr'), 'Re: ' + rem_subj(n), D('11-30', 9, 3),
            alt('Bonjour,\n\nJe suis absente jusqu\'au lundi 7 décembre inclus, avec un accès très limité à mes e-mails.\n'
                'Pour toute commande urgente, merci d\'appeler la boutique au 02 99 00 55 12.\n\nMaëlle Rivoal\nRivoal Traiteur',
                '<div dir="ltr">Bonjour,<br><br>Je suis absente jusqu\'au lundi 7 décembre inclus, avec un accès très limité à mes e-mails.<br>'
                'Pour toute commande urgente, merci d\'appeler la boutique au 02 99 00 55 12.<br><br>Maëlle Rivoal<br>Rivoal Traiteur</div>'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied']),
        'fr', 'Gmail vacation responder', 'Gmail vacation: "Re:" subject, Auto-Submitted: auto-replied', facts='ooo_until=2026-12-07')

    # a02 Outlook OOF French
    n = 404
    t = ('Bonjour,\n\nJe suis absent du bureau jusqu\'au lundi 14 décembre 2026. Pour toute question relative aux factures,\n'
         'vous pouvez contacter Mme Gaillard : comptabilite@menuiserie-dugue.example.fr.\n\nCordialement,\nNicolas Dugué')
    add('outlook_oof_fr_reponse_automatique', L,
        msg(addr('Nicolas Dugué', 'n.dugue@menuiserie-dugue.example.fr'), 'Réponse automatique : ' + rem_subj(n), D('12-01', 9, 2),
            alt(t, '<html><body><p style="font-family:Calibri">%s</p></body></html>' % esc(t).replace('\n', '<br>')),
            irt=rem_id(n), extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
                                  'X-MS-Exchange-Inbox-Rules-Loop: n.dugue@menuiserie-dugue.example.fr',
                                  'Thread-Topic: ' + eh(rem_subj(n))]),
        'fr', 'Exchange Online OOF', 'Outlook "Réponse automatique :" with Exchange headers, redirects to accounts',
        facts='ooo_until=2026-12-14')

    # a03 Outlook OOF English
    n = 453
    t = ('Thank you for your email. I am out of the office until 7 December with no access to email.\n'
         'For urgent matters please contact office@tidewater-design.example.co.uk.\n\nRegards,\nSimon Ashworth')
    add('outlook_oof_en_automatic_reply', L,
        msg(addr('Simon Ashworth', 'simon@tidewater-design.example.co.uk'), 'Automatic reply: ' + rem_subj(n, 'en'), D('12-02', 9, 6, tz='+0000'),
            alt(t, '<html><body><p>%s</p></body></html>' % esc(t).replace('\n', '<br>')), irt=rem_id(n),
            extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']),
        'en', 'Exchange Online OOF', 'English "Automatic reply:"', facts='ooo_until=2026-12-07')

    # a04 AP autoresponder (talks about payment terms)
    n = 419
    add('ap_autoresponder_en_payment_terms', L,
        msg(addr('Accounts Payable', 'ap@harrowfinch.example.co.uk'), 'Thank you for contacting Accounts Payable [Ref: AP-771204]',
            D('11-30', 9, 4, tz='+0000'),
            txt('This is an automated response - please do not reply.\n\nThank you for your email, which has been logged with reference AP-771204.\n\n'
                'Supplier invoices are paid on 60-day terms from receipt, in our weekly payment run. Invoices must quote a valid\n'
                'Harrow & Finch purchase order number. For remittance queries please allow 5 working days for a response.\n\n'
                'Harrow & Finch Ltd - Finance Shared Services\n'),
            irt=rem_id(n), extra=['X-Autoreply: yes', 'Precedence: auto_reply']),
        'en', 'Harrow & Finch Ltd', 'AP autoresponder mentioning terms and payment run (no actual commitment)')

    # a05 helpdesk ticket French
    n = 428
    add('helpdesk_fr_ticket_recu', L,
        msg(addr('Support Kerloc\'h Informatique', 'support@kerloch-info.example.fr'), '[#48213] Votre demande a bien été reçue : ' + rem_subj(n),
            D('12-01', 9, 3),
            alt('Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #48213. Un membre de notre équipe vous répondra\n'
                'dans les meilleurs délais (48 h ouvrées).\n\nPour ajouter des informations, répondez à ce message sans modifier l\'objet.\n\n'
                '-- \nService client Kerloc\'h Informatique\n',
                '<p>Bonjour,</p><p>Votre demande a bien été enregistrée sous le numéro <b>#48213</b>. Un membre de notre équipe vous '
                'répondra dans les meilleurs délais (48 h ouvrées).</p><p style="color:#999">##- Veuillez répondre au-dessus de cette ligne -##</p>'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied', 'X-Mailer: Zendesk Mailer', 'Precedence: bulk']),
        'fr', 'Kerloc\'h Informatique helpdesk', 'ticketing autoresponder with ticket number')

    # a06 MDN Outlook French
    n = 406
    add('mdn_outlook_fr_lu', L,
        mdn(addr('Pauline Hamel', 'p.hamel@hamel-conseil.example.fr'), '', 'Lu : ' + rem_subj(n), D('12-02', 14, 51),
            'Votre message\n\n  À : Pauline Hamel\n  Objet : ' + rem_subj(n) + '\n  Envoyé : mercredi 2 décembre 2026 09:05\n\n'
            'a été lu le mercredi 2 décembre 2026 14:51.\n', rem_id(n), 'Microsoft Outlook 16.0', 'p.hamel@hamel-conseil.example.fr'),
        'fr', 'Outlook read receipt', 'MDN multipart/report disposition-notification "Lu :"')

    # a07 challenge-response
    n = 415
    add('challenge_response_fr_confirm_human', L,
        msg(addr('Securimail - Protection de messagerie', 'no-reply@securimail.example.net'), 'Votre message est en attente de validation',
            D('11-30', 9, 6),
            alt('Bonjour,\n\nVous avez envoyé un message à contact@cabinet-orain.example.fr. Ce destinataire est protégé contre les\n'
                'courriers indésirables.\n\nPour que votre message soit délivré, merci de confirmer que vous n\'êtes pas un robot\n'
                'en cliquant sur le lien ci-dessous (une seule fois) :\n\nhttps://validation.securimail.example.net/c/9fK2pQ7x\n\n'
                'Objet du message : ' + rem_subj(n) + '\n\nCe message a été envoyé automatiquement.\n',
                '<p>Bonjour,</p><p>Vous avez envoyé un message à <b>contact@cabinet-orain.example.fr</b>. Ce destinataire est protégé '
                'contre les courriers indésirables.</p><p><a href="https://validation.securimail.example.net/c/9fK2pQ7x">Je confirme être '
                'un humain</a></p><p>Objet du message : ' + esc(rem_subj(n)) + '</p>'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied']),
        'fr', 'Securimail (fictional challenge-response)', 'challenge-response asking to confirm human')

    # a08 "Absence du bureau" with no automatic headers
    n = 422
    add('absence_bureau_fr_no_headers_conge_maternite', L,
        msg(addr('Amélie Corre', 'amelie.corre@lesjardinsdelarance.example.fr'), 'Absence du bureau', D('12-03', 9, 3),
            txt('Bonjour,\n\nJe suis absente jusqu\'au 4 janvier 2027 (congé maternité).\nPendant mon absence, merci de vous adresser à\n'
                'Vincent Ollivier : v.ollivier@lesjardinsdelarance.example.fr\n\nAmélie Corre\nLes Jardins de la Rance\n')),
        'fr', 'Les Jardins de la Rance', 'plain "Absence du bureau", no Auto-Submitted, no In-Reply-To',
        facts='ooo_until=2027-01-04')

    # a09 OOO no date
    n = 436
    add('ooo_fr_sans_date_deplacement', L,
        msg(addr('Florian Mahé', 'florian.mahe@mahe-bois.example.fr'), 'Re: ' + rem_subj(n) + ' [Réponse automatique]', D('12-04', 9, 4),
            txt('Bonjour,\n\nJe suis actuellement en déplacement sur les salons et je consulte mes messages de façon irrégulière.\n'
                'Je vous répondrai dès que possible.\n\nFlorian Mahé\n'), irt=rem_id(n),
            extra=['Auto-Submitted: auto-replied', 'X-Autorespond: yes']),
        'fr', 'Mahé Bois', 'out-of-office without any return date')

    # a10 German
    n = 442
    add('abwesenheit_de_ch', L,
        msg(addr('Regula Brunner', 'regula.brunner@alpenblick-reisen.example.ch'), 'Abwesenheitsnotiz: ' + rem_subj(n, 'en'),
            D('11-30', 9, 4),
            txt('Guten Tag\n\nIch bin bis und mit 8. Dezember 2026 abwesend und habe keinen Zugriff auf meine E-Mails.\n'
                'In dringenden Fällen wenden Sie sich bitte an buchhaltung@alpenblick-reisen.example.ch.\n\nFreundliche Grüsse\nRegula Brunner\n'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
        'de', 'Alpenblick Reisen AG', 'German "Abwesenheitsnotiz", "bis und mit"', facts='ooo_until=2026-12-08')

    # a11 public body auto-ack: Chorus Pro only
    n = 377
    add('mairie_autoack_fr_chorus_only', L,
        msg(addr('Mairie de Saint-Grégoire - Finances', 'finances@mairie-stgregoire.example.fr'), 'Accusé de réception : ' + rem_subj(n),
            D('11-30', 9, 5),
            txt('Ceci est un message automatique.\n\nVotre courriel a bien été reçu par le service Finances de la Mairie.\n\n'
                'Nous vous rappelons que, conformément à l\'ordonnance n° 2019-359, les factures adressées à la commune doivent\n'
                'être déposées exclusivement sur le portail Chorus Pro (SIRET 213 500 000 00012). Aucune facture transmise par\n'
                'courriel ne pourra être traitée. Le suivi du paiement est consultable dans Chorus Pro.\n'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied']),
        'fr', 'Mairie de Saint-Grégoire-sur-Vilaine', 'public body auto-acknowledgement about Chorus Pro')

    # a12 address no longer active (auto reply, not a bounce)
    n = 443
    add('address_changed_fr_autoreply', L,
        msg(addr('Agence Lumen', 'hello@agence-lumen.example.fr'), 'Re: ' + rem_subj(n), D('12-02', 9, 5),
            txt('Bonjour,\n\nCette adresse n\'est plus consultée depuis le 1er novembre 2026. Votre message n\'a pas été transféré.\n'
                'Merci de renvoyer votre e-mail à : administratif@lumen-studio.example.fr\n\nL\'équipe Lumen\n'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied', 'Precedence: junk']),
        'fr', 'Agence Lumen', 'autoreply: address no longer read, resend elsewhere')

    # a13 English parental leave, X-Autoreply only
    n = 457
    add('ooo_en_parental_leave_xautoreply', L,
        msg(addr('Rachel Kim', 'rachel.kim@northgate-events.example.com'), 'Out of Office: ' + rem_subj(n, 'en'), D('12-03', 3, 5, tz='-0500'),
            txt('Hi there,\n\nI\'m on parental leave until 18 January 2027. For anything finance related please reach out to\n'
                'finance@northgate-events.example.com.\n\nThanks,\nRachel\n'), irt=rem_id(n), extra=['X-Autoreply: yes']),
        'en', 'Northgate Events', 'only X-Autoreply header, long leave', facts='ooo_until=2027-01-18')

    # a14 Freshdesk English
    n = 459
    add('freshdesk_en_request_received', L,
        msg(addr('Bluefin Hosting Support', 'support@bluefin-hosting.example.com'), 'Request received: ' + rem_subj(n, 'en'),
            D('12-04', 9, 5, tz='+0000'),
            alt('Dear Ines,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\n'
                'Ticket ID: #112907\n\nA support representative will be reviewing your request and will send you a personal response\n'
                '(usually within 24 hours).\n\nThank you for your patience.\n\nSincerely,\nBluefin Hosting Support Team\n',
                '<p>Dear Ines,</p><p>We would like to acknowledge that we have received your request and a ticket has been created.</p>'
                '<p>Ticket ID: #112907</p><p>Sincerely,<br>Bluefin Hosting Support Team</p>'),
            irt=rem_id(n), extra=['Auto-Submitted: auto-replied', 'X-FD-Email: yes']),
        'en', 'Bluefin Hosting helpdesk', 'Freshdesk-style "Request received" acknowledgement')

    # a15 MDN English Thunderbird-like
    n = 446
    add('mdn_en_return_receipt', L,
        mdn(addr('Hannah Doyle', 'accounts@copperleaf.example.ie'), '', 'Return Receipt (displayed) - ' + rem_subj(n, 'en'),
            D('12-01', 10, 0, tz='+0000'),
            'This is a Return Receipt for the mail that you sent to accounts@copperleaf.example.ie.\n\n'
            'Note: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no\n'
            'guarantee that the recipient has read or understood the message contents.\n', rem_id(n),
            'copperleaf.example.ie; Thunderbird 128.5.0', 'accounts@copperleaf.example.ie'),
        'en', 'Thunderbird read receipt', 'MDN "Return Receipt (displayed)"')

    # a16 Belgian OOO
    n = 452
    add('ooo_be_conge_11_12', L,
        msg(addr('Sophie Dethier', 'sophie@brasseriedelameuse.example.be'), 'Absente : ' + rem_subj(n), D('11-30', 9, 5),
            txt('Bonjour,\n\nJe suis en congé jusqu\'au 11/12 inclus. En cas d\'urgence, vous pouvez joindre Thierry Lambotte\n'
                '(thierry@brasseriedelameuse.example.be).\n\nBien à vous,\nSophie Dethier\n'), irt=rem_id(n),
            extra=['Auto-Submitted: auto-replied']),
        'fr', 'Brasserie de la Meuse SRL', 'Belgian OOO, numeric date "11/12 inclus"', facts='ooo_until=2026-12-11')


# ---------------------------------------------------------------- bounces
def orig_headers(n, rcpt, lang='fr', sent=('11-30', 9, 5)):
    return ('Return-Path: <ines@perrot-web.fr>\nFrom: %s\nTo: %s\nSubject: %s\n'
            'Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1_dunnerd"\n'
            % (OWNER, rcpt, eh(rem_subj(n, lang)), D(*sent), rem_id(n)))


def orig_full(n, rcpt, lang='fr', sent=('11-30', 9, 5)):
    return (orig_headers(n, rcpt, lang, sent).replace('multipart/mixed; boundary="b1_dunnerd"', 'text/plain; charset="utf-8"')
            + 'Content-Transfer-Encoding: 8bit\n\n' + rem_body(n, '1 000,00 €', '15/11/2026', lang))


def dsn(reporting_mta, rcpt, action, status, diag, remote_mta=None, arrival=None, extra_rcpt=''):
    s = 'Reporting-MTA: dns; %s\n' % reporting_mta
    if arrival:
        s += 'Arrival-Date: %s\n' % arrival
    s += '\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n' % (rcpt, rcpt, action, status)
    if remote_mta:
        s += 'Remote-MTA: dns; %s\n' % remote_mta
    s += 'Diagnostic-Code: smtp; %s\n' % diag + extra_rcpt
    return raw_part(['Content-Type: message/delivery-status'], s)


def report(parts):
    return multi('report', parts, params=' report-type=delivery-status;')


def bounces():
    L = 'bounce'
    # b01 Gmail failure
    r = 'compta@atelier-sillon.example.fr'
    n = 445
    add('gmail_dsn_failure_no_such_user', L,
        msg('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', D('11-30', 0, 5, tz='-0800'),
            report([alt('\n** Address not found **\n\nYour message wasn\'t delivered to %s because the address couldn\'t be found, '
                        'or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <%s>: Recipient address rejected: '
                        'User unknown in virtual mailbox table\n' % (r, r),
                        '<html><body><h2>Address not found</h2><p>Your message wasn\'t delivered to <b>%s</b> because the address couldn\'t be '
                        'found, or is unable to receive mail.</p><p>The response from the remote server was:</p><p>550 5.1.1 &lt;%s&gt;: '
                        'Recipient address rejected: User unknown in virtual mailbox table</p></body></html>' % (r, r)),
                    dsn('mail-sor-f41.google.com', r, 'failed', '5.1.1', '550 5.1.1 <%s>: Recipient address rejected: User unknown' % r,
                        remote_mta='mx1.atelier-sillon.example.fr', arrival=D('11-30', 0, 5, tz='-0800')),
                    raw_part(['Content-Type: message/rfc822'], orig_full(n, r))]),
            extra=['Auto-Submitted: auto-replied'], to=OWNER_A),
        'en', 'Gmail', 'Gmail DSN, address not found, full original attached', facts='failed_recipient=' + r)

    # b02 Exchange Online NDR
    r = 'jmartin@lepetitpressoir.example.fr'
    n = 401
    add('exchange_online_ndr_recipient_not_found', L,
        msg('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@perrot-web.fr>', 'Undeliverable: ' + rem_subj(n),
            D('11-30', 9, 6),
            report([alt('Delivery has failed to these recipients or groups:\n\n%s\nThe email address you entered couldn\'t be found. '
                        'Please check the recipient\'s email address and try to resend the message.\n\nDiagnostic information for administrators:\n\n'
                        'Generating server: PR3PR07MB6745.eurprd07.prod.outlook.com\n\n%s\nRemote Server returned \'550 5.1.10 '
                        'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n' % (r, r),
                        '<html><body><div style="font-family:Segoe UI"><p style="font-size:16px;color:#c00000"><b>Your message to %s couldn\'t be '
                        'delivered.</b></p><p>%s wasn\'t found at lepetitpressoir.example.fr.</p><table><tr><td>ines</td><td>Office 365</td>'
                        '<td>lepetitpressoir.example.fr</td></tr><tr><td>Sender</td><td></td><td><b>Action Required</b></td></tr></table>'
                        '<p><b>Unknown To address</b></p></div></body></html>' % (r, r.split('@')[0])),
                    dsn('PR3PR07MB6745.eurprd07.prod.outlook.com', r, 'failed', '5.1.10',
                        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r))]),
            extra=['X-MS-Exchange-Message-Is-Ndr: ', 'Auto-Submitted: auto-replied'], to=OWNER_A),
        'en', 'Exchange Online', 'Office 365 NDR with HTML "couldn\'t be delivered", rfc822-headers', facts='failed_recipient=' + r)

    # b03 Orange mailbox full (French)
    r = 'famille.lebreton@orange.example.fr'
    n = 447
    add('orange_boite_pleine_fr', L,
        msg('Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>', 'Message non remis / Undelivered Mail', D('12-01', 9, 21),
            report([txt('Ceci est un message automatique du système de messagerie Orange.\n\nVotre message n\'a pas pu être remis au(x) '
                        'destinataire(s) suivant(s) :\n\n  %s : boîte aux lettres pleine (quota dépassé)\n\nLe destinataire doit libérer de '
                        'l\'espace dans sa boîte aux lettres. Vous pourrez renvoyer votre message ultérieurement.\n\n'
                        '--- English ---\nYour message could not be delivered: mailbox full.\n' % r, cs='iso-8859-1'),
                    dsn('opmta1mto04nd1.orange.fr', r, 'failed', '5.2.2', '552 5.2.2 Mailbox full / Boite pleine'),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r, sent=('12-01', 9, 5)))]),
            to=OWNER_A),
        'fr', 'Orange', 'French/English mailbox full (quota) DSN', facts='failed_recipient=' + r,
        notes='Permanent failure for quota as reported (5.2.2)')

    # b04 Free, postfix user unknown
    r = 'garage.rousseau.old@free.example.fr'
    n = 403
    add('free_postfix_user_unknown', L,
        msg('MAILER-DAEMON@free.fr (Mail Delivery System)', 'Undelivered Mail Returned to Sender', D('11-30', 9, 7),
            report([txt('This is the mail system at host smtp6-g21.free.fr.\n\nI\'m sorry to have to inform you that your message could not\n'
                        'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
                        'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
                        '                   The mail system\n\n<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1\n    <%s>: Recipient address '
                        'rejected: User unknown in local recipient table\n    (in reply to RCPT TO command)\n' % (r, r), cs='us-ascii', cte='7bit',
                        headers=['Content-Description: Notification']),
                    raw_part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
                             'Reporting-MTA: dns; smtp6-g21.free.fr\nX-Postfix-Queue-ID: 4CkQ2x0S7Nz3D\nX-Postfix-Sender: rfc822; '
                             'ines@perrot-web.fr\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n'
                             'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.free.fr\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient '
                             'address rejected: User unknown in local recipient table\n' % (D('11-30', 9, 6), r, r, r)),
                    raw_part(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], orig_full(n, r))]),
            to=OWNER_A),
        'en', 'Free', 'Postfix bounce template with X-Postfix headers', facts='failed_recipient=' + r)

    # b05 OVH rejected as spam
    r = 'direction@hotel-des-remparts.example.fr'
    n = 449
    add('ovh_postfix_rejected_spam', L,
        msg('MAILER-DAEMON@mo560.mail-out.ovh.net (Mail Delivery System)', 'Undelivered Mail Returned to Sender', D('12-02', 9, 8),
            report([txt('This is the mail system at host mo560.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your message could not\n'
                        'be delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n<%s>: host '
                        'mx.hotel-des-remparts.example.fr[198.51.100.23] said:\n    554 5.7.1 Message rejected as spam by Content Filtering. '
                        '(in reply to end of\n    DATA command)\n' % r, cs='us-ascii', cte='7bit'),
                    dsn('mo560.mail-out.ovh.net', r, 'failed', '5.7.1', '554 5.7.1 Message rejected as spam by Content Filtering.',
                        remote_mta='mx.hotel-des-remparts.example.fr'),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r, sent=('12-02', 9, 5)))]),
            to=OWNER_A),
        'en', 'OVH', 'Postfix at OVH, remote rejected content as spam', facts='failed_recipient=' + r)

    # b06 Postfix delayed warning
    r = 'contact@ferme-du-bois-joli.example.fr'
    n = 454
    add('postfix_delayed_mail_warning', L,
        msg('MAILER-DAEMON@mo561.mail-out.ovh.net (Mail Delivery System)', 'Delayed Mail (still being retried)', D('12-03', 13, 5),
            report([txt('This is the mail system at host mo561.mail-out.ovh.net.\n\n####################################################################\n'
                        '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
                        '####################################################################\n\nYour message could not be delivered for more than '
                        '4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<%s>: connect to\n'
                        '    mx.ferme-du-bois-joli.example.fr[203.0.113.9]:25: Connection timed out\n' % r, cs='us-ascii', cte='7bit'),
                    raw_part(['Content-Type: message/delivery-status'],
                             'Reporting-MTA: dns; mo561.mail-out.ovh.net\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
                             'Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.ferme-du-bois-joli.example.fr'
                             '[203.0.113.9]:25: Connection timed out\nWill-Retry-Until: %s\n' % (D('12-03', 9, 5), r, D('12-08', 9, 5))),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r, sent=('12-03', 9, 5)))]),
            to=OWNER_A),
        'en', 'OVH', 'Postfix delay warning (Action: delayed, 4.4.1)', facts='failed_recipient=%s;bounce_final=no' % r)

    # b07 Exim, no machine-readable part
    r = 'accounts@fennell-old.example.ie'
    n = 450
    add('exim_no_dsn_part', L,
        msg('Mail Delivery System <Mailer-Daemon@mail.fennell-old.example.ie>', 'Mail delivery failed: returning message to sender',
            D('11-30', 9, 9, tz='+0000'),
            txt(('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more '
                'of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    mailbox is full: retry timeout exceeded\n\n'
                '------ This is a copy of the message, including all the headers. ------\n\n%s' % (r, orig_full(n, r, 'en'))).encode('utf-8'),
                cs=None, cte='8bit'),
            to=OWNER_A, extra=['Auto-Submitted: auto-replied', 'X-Failed-Recipients: ' + r]),
        'en', 'Exim', 'Exim text-only bounce, no message/delivery-status part, X-Failed-Recipients',
        facts='failed_recipient=' + r)

    # b08 Gmail delay
    r = 'hello@studio-marees.example.fr'
    n = 456
    add('gmail_dsn_delay', L,
        msg('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)', D('12-02', 3, 11, tz='-0800'),
            report([txt('\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will retry '
                        'for 46 more hours. You\'ll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n'
                        '451 4.7.1 Greylisting in action, please come back later\n' % r),
                    dsn('mail-sor-f69.google.com', r, 'delayed', '4.7.1', '451 4.7.1 Greylisting in action, please come back later',
                        remote_mta='mx.studio-marees.example.fr'),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r, sent=('12-02', 9, 5)))]),
            to=OWNER_A),
        'en', 'Gmail', 'Gmail delay DSN (greylisting)', facts='failed_recipient=%s;bounce_final=no' % r)

    # b09 Exchange on-prem French NDR
    r = 'b.nicolas@cc-pays-de-redon.example.fr'
    n = 458
    add('exchange_onprem_fr_non_remis', L,
        msg(addr('Administrateur système', 'postmaster@cc-pays-de-redon.example.fr'), 'Non remis : ' + rem_subj(n), D('12-04', 9, 7),
            report([txt('Échec de remise à ces destinataires ou groupes :\n\n%s\nL\'adresse de messagerie que vous avez entrée est introuvable. '
                        'Vérifiez l\'adresse de messagerie du destinataire, puis renvoyez le message. Si le problème persiste, contactez '
                        'votre support technique.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : '
                        'EXCH02.cc-redon.local\n\n%s\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n' % (r, r), cs='utf-8'),
                    dsn('EXCH02.cc-redon.local', r, 'failed', '5.1.1', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'),
                    raw_part(['Content-Type: text/rfc822-headers'], orig_headers(n, r, sent=('12-04', 9, 5)))]),
            to=OWNER_A, extra=['Auto-Submitted: auto-replied']),
        'fr', 'Exchange on-premises', 'French Exchange NDR "Non remis :"', facts='failed_recipient=' + r)

    # b10 Yahoo failure notice, text only
    r = 'galerie.marmin@yahoo.example.fr'
    n = 460
    add('yahoo_failure_notice_text', L,
        msg('MAILER-DAEMON@yahoo.com', 'Failure Notice', D('12-01', 0, 12, tz='+0000'),
            txt(('Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n554: delivery error: dd This user doesn\'t '
                'have a yahoo.fr account (%s) [0] - mta1234.mail.ir2.yahoo.com\n\n--- Below this line is a copy of the message.\n\n%s'
                % (r, r, orig_full(n, r, sent=('12-01', 0, 10)))).encode('utf-8'), cs=None, cte='8bit'),
            to=OWNER_A),
        'en', 'Yahoo', 'Yahoo "Failure Notice", text only, no DSN part', facts='failed_recipient=' + r)


# ---------------------------------------------------------------- other
def others():
    L = 'other'
    BULK = ['Precedence: bulk']

    # o01 GitHub Dependabot PR
    add('github_dependabot_pr', L,
        msg('dependabot[bot] <notifications@github.com>', '[perrot-web/ouest-habitat-site] Bump axios from 1.7.4 to 1.7.9 (PR #87)',
            D('12-01', 6, 12, tz='-0800'),
            alt('Bumps axios from 1.7.4 to 1.7.9.\n\nRelease notes\nSourced from axios\'s releases.\n\n'
                '-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/perrot-web/ouest-habitat-site/pull/87\n'
                'You are receiving this because you are subscribed to this thread.\n',
                '<p>Bumps <a href="https://github.com/axios/axios">axios</a> from 1.7.4 to 1.7.9.</p><p style="font-size:small;color:#666">'
                '&mdash;<br>Reply to this email directly, <a href="https://github.com/perrot-web/ouest-habitat-site/pull/87">view it on GitHub</a>.'
                '<br>You are receiving this because you are subscribed to this thread.</p>'),
            to='perrot-web/ouest-habitat-site <ouest-habitat-site@noreply.github.com>', cc='Subscribed <subscribed@noreply.github.com>',
            msgid='<perrot-web/ouest-habitat-site/pull/87@github.com>',
            extra=['List-ID: perrot-web/ouest-habitat-site <ouest-habitat-site.perrot-web.github.com>',
                   'List-Unsubscribe: <mailto:unsub+ABCD1234@reply.github.com>', 'X-GitHub-Reason: subscribed',
                   'X-GitHub-Sender: dependabot[bot]', 'X-Auto-Response-Suppress: All']),
        'en', 'GitHub', 'Dependabot pull request notification with GitHub list headers')

    # o02 GitLab pipeline failed
    add('gitlab_pipeline_failed', L,
        msg('GitLab <gitlab@mg.gitlab.com>', 'perrot-web/extranet-thabor | Failed pipeline for main | 4f2a9c1e', D('12-02', 17, 48, tz='+0000'),
            alt('Your pipeline has failed.\n\nProject: perrot-web / extranet-thabor\nBranch: main\nCommit: 4f2a9c1e "Fix agenda export"\n'
                'Commit Author: Inès Perrot\n\nPipeline #1587320411 triggered by Inès Perrot had 1 failed job.\n\nFailed job: test:phpunit (stage: test)\n\n'
                'You\'re receiving this email because of your account on gitlab.com.\n',
                '<h2>Your pipeline has failed.</h2><table><tr><td>Project</td><td>perrot-web / extranet-thabor</td></tr><tr><td>Branch</td>'
                '<td>main</td></tr><tr><td>Commit</td><td>4f2a9c1e</td></tr></table><p>Failed job: <b>test:phpunit</b></p>'),
            extra=['X-GitLab-Project: extranet-thabor', 'X-GitLab-Project-Path: perrot-web/extranet-thabor', 'X-GitLab-Pipeline-Id: 1587320411',
                   'X-GitLab-Pipeline-Status: failed', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']),
        'en', 'GitLab', 'CI pipeline failed, X-GitLab headers')

    # o03 uptime monitor
    add('uptimerobot_monitor_down', L,
        msg('UptimeRobot <alert@uptimerobot.com>', 'Monitor is DOWN: Gîtes Couesnon - réservation', D('12-03', 21, 2, tz='+0000'),
            txt('Hi,\n\nThe monitor Gîtes Couesnon - réservation (https://www.gites-couesnon.example.fr/reserver) is currently DOWN\n'
                '(HTTP 500 - Internal Server Error).\n\nEvent timestamp: 2026-12-03 22:01:47 GMT+01:00\n\nUptimeRobot\n'
                'You are receiving this alert because you are listed as an alert contact for this monitor.\n'),
            extra=['Auto-Submitted: auto-generated']),
        'en', 'UptimeRobot', 'monitoring down alert')

    # o04 OVHcloud invoice to the owner
    add('ovhcloud_fr_facture_disponible', L,
        msg('OVHcloud <noreply@ovh.com>', 'Votre facture OVHcloud FR58329147 est disponible', D('12-01', 3, 30),
            alt('Bonjour Inès,\n\nVotre facture FR58329147 d\'un montant de 23,99 € TTC est disponible dans votre espace client.\n'
                'Le paiement sera effectué automatiquement par le moyen de paiement enregistré (carte ****8830).\n\n'
                'Détail : VPS-2 (1 mois) - perrot-web-prod\n\nL\'équipe OVHcloud\nCet e-mail vous est envoyé automatiquement.',
                table_html('OVHcloud', '#000e9c', 'Votre facture est disponible', [('Facture', 'FR58329147'), ('Montant', '23,99 € TTC'),
                           ('Produit', 'VPS-2 (1 mois)')], 'Bonjour Inès,', 'Cet e-mail vous est envoyé automatiquement.')),
            extra=['Auto-Submitted: auto-generated']),
        'fr', 'OVHcloud', 'supplier invoice to the owner (hosting)', notes='Contains an amount but is a bill to the owner, not a bank notice')

    # o05 GitHub billing receipt
    add('github_payment_receipt', L,
        msg('GitHub <billing@github.com>', '[GitHub] Payment Receipt for perrot-web', D('12-01', 14, 9, tz='+0000'),
            txt('We received payment for your GitHub.com subscription. Thanks for your business!\n\nQuestions? Visit https://github.com/contact\n\n'
                '------------------------------------\nGITHUB RECEIPT - ORGANIZATION BILLING - perrot-web\n\nTeam - 2 seats   $8.00 USD\n'
                'Total: $8.00 USD\nCharged to: Visa ending in 8830\nTransaction ID: 8KJ2H1XW\nDate: 01 Dec 2026 14:09PM GMT\n'
                '------------------------------------\n\nGitHub, Inc. 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107\n')),
        'en', 'GitHub billing', 'SaaS subscription receipt (owner charged)')

    # o06 Google Workspace security alert
    add('google_security_alert_new_signin', L,
        msg('Google <no-reply@accounts.google.com>', 'Alerte de sécurité', D('12-02', 23, 41, tz='+0000'),
            alt('Nouvelle connexion sur Windows\n\nines@perrot-web.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur un '
                'appareil Windows. Si c\'était vous, aucune action n\'est requise. Sinon, nous vous aiderons à sécuriser votre compte.\n\n'
                'Vérifier l\'activité : https://accounts.google.com/AccountChooser?Email=ines@perrot-web.fr&continue=https://myaccount.google.com/alert\n\n'
                'Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n'
                '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
                '<div style="font-family:Google Sans,Roboto,Arial"><div style="font-size:24px">Nouvelle connexion sur Windows</div><p>'
                'ines@perrot-web.fr</p><p>Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows.</p>'
                '<a href="https://myaccount.google.com/alert">Vérifier l\'activité</a></div>')),
        'fr', 'Google', 'account security alert')

    # o07 URSSAF
    add('urssaf_fr_nouveau_message', L,
        msg('Urssaf <ne-pas-repondre@urssaf.fr>', 'Vous avez reçu un nouveau message dans votre espace en ligne', D('11-30', 8, 2),
            txt('Madame, Monsieur,\n\nUn nouveau message concernant le compte de PERROT WEB SARL (SIRET 912 345 678 00017) est disponible\n'
                'dans votre espace en ligne sur urssaf.fr, rubrique « Messagerie ».\n\nPour des raisons de sécurité, son contenu n\'est pas\n'
                'communiqué par courriel.\n\nVotre Urssaf\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n')),
        'fr', 'Urssaf', 'administrative notice: new message in online account')

    # o08 impots.gouv
    add('impots_fr_document_espace_pro', L,
        msg('impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>', 'Un nouveau document est disponible dans votre espace professionnel',
            D('12-01', 5, 10),
            txt('Madame, Monsieur,\n\nUn nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr :\n\n'
                'Avis de cotisation foncière des entreprises (CFE) 2026\nEntreprise : PERROT WEB SARL\nDate limite de paiement : 15/12/2026\n\n'
                'La DGFiP ne vous demandera jamais vos coordonnées bancaires par courriel.\n\nCe message est envoyé automatiquement.\n')),
        'fr', 'DGFiP (impots.gouv.fr)', 'tax notice available (CFE), mentions a payment deadline',
        notes='A tax due notice, not a payment notification')

    # o09 Chorus Pro suspended status
    add('chorus_pro_fr_facture_suspendue', L,
        msg('Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>', '[Chorus Pro] Changement de statut de la facture F-2026-0388', D('12-02', 16, 2),
            txt('Bonjour,\n\nLe statut de la facture suivante a été modifié :\n\nNuméro de facture : F-2026-0388\nDestinataire : COLLEGE '
                'ANNE DE BRETAGNE (fictif) - Service : GESTION\nMontant TTC : 1 296,00 EUR\nNouveau statut : SUSPENDUE\n'
                'Commentaire du destinataire : Merci de joindre le bon de commande signé en pièce jointe complémentaire.\n\n'
                'Pour plus d\'information, connectez-vous à Chorus Pro : https://chorus-pro.gouv.fr\n\n'
                'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n'), extra=['Auto-Submitted: auto-generated']),
        'fr', 'Chorus Pro', 'e-invoicing platform status: invoice suspended, asks for a document',
        notes='Platform status change without payment: other (compare payment_notification/chorus_pro_fr_mise_en_paiement)')

    # o10 public procurement alert
    add('marches_publics_fr_veille_consultations', L,
        msg('Mégalis Bretagne - Veille <veille@marches.megalis.example.bzh>', 'Veille marchés : 3 nouvelles consultations correspondent à vos critères',
            D('12-02', 7, 30),
            alt('Bonjour,\n\n3 nouvelles consultations correspondent à votre profil de veille « site internet / développement web » :\n\n'
                '1. Commune de Liffré - Refonte du site internet communal (MAPA) - remise des offres : 08/01/2027 12:00\n'
                '2. Syndicat des eaux du Coglais - Maintenance applicative du portail abonnés - remise : 15/01/2027\n'
                '3. Office de tourisme Cap Fréhel - Création d\'un site de réservation - remise : 22/01/2027\n\n'
                'Pour consulter le DCE, connectez-vous à la salle des marchés.\n\nPour vous désabonner de cette veille, modifiez vos alertes.\n',
                '<p>Bonjour,</p><p>3 nouvelles consultations correspondent à votre profil de veille :</p><ol><li>Commune de Liffré - Refonte du '
                'site internet communal (MAPA)</li><li>Syndicat des eaux du Coglais - Maintenance applicative</li><li>Office de tourisme Cap '
                'Fréhel - Création d\'un site de réservation</li></ol>'), extra=BULK),
        'fr', 'Public procurement platform', 'tender alert (veille marchés publics)')

    # o11 Malt platform message
    add('malt_fr_nouveau_message', L,
        msg('Malt <noreply@malt.fr>', 'Nouveau message de Claire (Groupe Arvor)', D('12-03', 10, 18),
            alt('Bonjour Inès,\n\nClaire G. (Groupe Arvor) vous a envoyé un message :\n\n« Bonjour Inès, nous cherchons une développeuse '
                'WordPress pour 10 jours en janvier. Seriez-vous disponible ? »\n\nRépondre sur Malt : https://www.malt.fr/messages\n\n'
                'Pour votre sécurité, échangez et facturez via Malt.\n',
                '<p>Bonjour Inès,</p><p><b>Claire G.</b> (Groupe Arvor) vous a envoyé un message :</p><blockquote>Bonjour Inès, nous cherchons '
                'une développeuse WordPress pour 10 jours en janvier. Seriez-vous disponible ?</blockquote>')),
        'fr', 'Malt', 'freelance marketplace message notification')

    # o12 LinkedIn
    add('linkedin_fr_recherches', L,
        msg('LinkedIn <notifications-noreply@linkedin.com>', 'Inès, vous êtes apparue dans 14 recherches cette semaine', D('12-04', 6, 44),
            alt('Vous êtes apparue dans 14 recherches cette semaine\n\nDes personnes de chez Ubisoft, Orange et Ouest-France ont trouvé votre profil.\n\n'
                'Voir qui vous a recherchée : https://www.linkedin.com/me/search-appearances\n\n'
                'Cet e-mail est destiné à Inès Perrot (Développeuse web freelance, Perrot Web).\nSe désabonner | Aide\n'
                '© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.',
                '<table><tr><td><h2>Vous êtes apparue dans 14 recherches cette semaine</h2><p>Des personnes de chez Ubisoft, Orange et Ouest-France '
                'ont trouvé votre profil.</p><a href="https://www.linkedin.com/me/search-appearances">Voir qui vous a recherchée</a></td></tr></table>'),
            extra=['List-Unsubscribe: <https://www.linkedin.com/e/v2?e=unsub>', 'X-LinkedIn-Class: EMAIL-DEFAULT']),
        'fr', 'LinkedIn', 'social network notification')

    # o13 phishing Qonto
    add('phishing_qonto_suspension', L,
        msg('Qonto Sécurité <securite@qonto-verification-compte.com>', 'Action requise : votre compte sera suspendu sous 24h', D('12-02', 4, 17),
            html('<html><body style="font-family:Arial"><img src="https://qonto-verification-compte.com/logo.png" width="90"><p>Cher client,</p>'
                 '<p>Suite à la nouvelle directive européenne DSP3, nous devons vérifier vos informations. Sans action de votre part sous '
                 '<b>24 heures</b>, votre compte professionnel sera temporairement suspendu et vos virements entrants bloqués.</p>'
                 '<p><a href="http://qonto-verification-compte.com/login.php?id=88213" style="background:#000;color:#fff;padding:8px">'
                 'Vérifier mon compte</a></p><p>Cordialement,<br>Le service sécurité Qonto</p></body></html>'),
            to='undisclosed-recipients:;', extra=['X-Mailer: PHPMailer 6.1.4']),
        'fr', 'phishing', 'phishing imitating Qonto, lookalike domain, urgency', notes='Imitates a bank: other')

    # o14 phishing PayPal money received
    add('phishing_paypal_paiement_recu', L,
        msg('PayPal <service@paypa1-paiements.com>', 'Vous avez reçu un paiement de 1 850,00 EUR - action requise', D('12-03', 2, 55),
            html('<html><body><p>Bonjour,</p><p>Vous avez reçu un paiement de <b>1 850,00 EUR</b> de Gwenaelle Nicol.</p><p>Pour des raisons de '
                 'sécurité, les fonds sont bloqués jusqu\'à la confirmation de votre identité et de votre carte bancaire.</p>'
                 '<p><a href="http://paypa1-paiements.com/fr/confirm">Débloquer les fonds</a></p><p>Merci,<br>PayPal</p></body></html>',
                 cs='iso-8859-1'),
            extra=['X-Mailer: Microsoft Outlook Express 6.00.2600.0000']),
        'fr', 'phishing', 'phishing mimicking a PayPal payment-received notice; lookalike domain paypa1',
        notes='Looks like a payment notification but sender is not PayPal: other')

    # o15 spam "vous avez gagné"
    add('spam_fr_vous_avez_gagne', L,
        msg('Service Clients <gagnant@promo-jeux-noel.example.net>', 'Félicitations Inès ! Vous avez gagné un iPhone 17 Pro 🎁', D('11-30', 1, 33),
            html('<html><body style="text-align:center"><h1>FÉLICITATIONS !</h1><p>Vous avez été sélectionnée parmi nos clients pour recevoir un '
                 '<b>iPhone 17 Pro</b>. Il vous suffit de régler les frais de port de 1,95 €.</p><p><a href="http://promo-jeux-noel.example.net/r">'
                 'Je récupère mon cadeau</a></p><p style="font-size:9px">Pour ne plus recevoir nos offres, cliquez ici.</p></body></html>'),
            extra=BULK),
        'fr', 'spam', 'prize spam with small-fee hook')

    # o16 Google Calendar invitation
    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n'
           'DTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nDTSTAMP:20261202T101500Z\nORGANIZER;CN=Arnaud Perrin:mailto:a.perrin@velo-ouest.example.fr\n'
           'UID:5k2j9fq0t8r4n1@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines@perrot-web.fr:mailto:ines@perrot-web.fr\n'
           'SUMMARY:Point projet refonte e-shop Vélo Ouest\nLOCATION:https://meet.google.com/abc-defg-hij\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
    add('google_calendar_invitation', L,
        msg('Arnaud Perrin (Google Agenda) <calendar-notification@google.com>', 'Invitation: Point projet refonte e-shop Vélo Ouest @ jeu. 10 déc. 2026 10:00 - 11:00 (CET) (ines@perrot-web.fr)',
            D('12-02', 11, 15, tz='+0000'),
            multi('mixed', [multi('alternative', [txt('Point projet refonte e-shop Vélo Ouest\nJeudi 10 déc. 2026 10:00 - 11:00 (heure normale d\'Europe centrale - Paris)\n'
                                                      'Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij\n\nInvitation de Google Agenda\n'),
                                                  part(ics, 'calendar', params='; method=REQUEST', cte='7bit')]),
                            att('invite.ics', ics.encode(), 'application/ics')]),
            reply_to=addr('Arnaud Perrin', 'a.perrin@velo-ouest.example.fr')),
        'fr', 'Google Calendar', 'calendar invitation with text/calendar METHOD:REQUEST, from a client', notes='System-generated invitation: other')

    # o17 Doctolib-style reminder
    add('doctolib_fr_rappel_rdv', L,
        msg('Doctolib <no-reply@doctolib.fr>', 'Rappel : votre rendez-vous demain à 08:45', D('12-03', 18, 0),
            alt('Bonjour Inès PERROT,\n\nNous vous rappelons votre rendez-vous :\n\nVendredi 4 décembre 2026 à 08:45\nDr Morgane Le Corre - '
                'Médecin généraliste\n14 rue de Nantes, 35000 Rennes\n\nEn cas d\'empêchement, pensez à annuler votre rendez-vous.\n\nL\'équipe Doctolib\n',
                '<p>Bonjour Inès PERROT,</p><p>Nous vous rappelons votre rendez-vous :</p><p><b>Vendredi 4 décembre 2026 à 08:45</b><br>Dr Morgane '
                'Le Corre - Médecin généraliste</p>')),
        'fr', 'Doctolib', 'medical appointment reminder')

    # o18 Colissimo shipping
    add('colissimo_fr_colis_en_livraison', L,
        msg('Colissimo <noreply@notification.colissimo.fr>', 'Votre colis 6A23456789012 sera livré aujourd\'hui', D('12-02', 7, 32),
            alt('Bonjour,\n\nVotre colis 6A23456789012 expédié par LDLC est en cours de livraison et vous sera remis aujourd\'hui entre\n'
                '11h et 13h.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A23456789012\n\nColissimo - La Poste\n',
                '<p>Bonjour,</p><p>Votre colis <b>6A23456789012</b> expédié par <b>LDLC</b> est en cours de livraison.</p>')),
        'fr', 'Colissimo', 'parcel delivery notice')

    # o19 Qonto newsletter
    add('qonto_newsletter_decembre', L,
        msg('Qonto <newsletter@qonto.com>', 'Facturation électronique 2026 : êtes-vous prêt ? 📄', D('12-01', 10, 0),
            alt('Bonjour Inès,\n\nÀ partir de septembre 2026, toutes les entreprises doivent pouvoir recevoir des factures électroniques.\n'
                'Découvrez comment Qonto vous accompagne : réception, émission, et rapprochement automatique avec vos virements reçus.\n\n'
                'En savoir plus : https://qonto.com/fr/e-invoicing\n\nVous recevez cet e-mail car vous êtes client Qonto. Se désinscrire.\n',
                '<html><body><h1>Facturation électronique : êtes-vous prêt ?</h1><p>Réception, émission, et rapprochement automatique avec vos '
                'virements reçus.</p><a href="https://qonto.com/fr/e-invoicing">En savoir plus</a><p style="font-size:10px">Se désinscrire</p></body></html>'),
            extra=BULK + ['List-Unsubscribe: <https://qonto.com/unsubscribe?u=8821>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click']),
        'fr', 'Qonto', 'bank marketing newsletter mentioning "virements reçus"', notes='Bank\'s own marketing: other')

    # o20 Yousign
    add('yousign_fr_devis_signe', L,
        msg('Yousign <noreply@yousign.com>', 'Le document « Devis DEV-2026-118 - Vélo Ouest » a été signé', D('12-01', 16, 27),
            alt('Bonjour Inès,\n\nBonne nouvelle : tous les signataires ont signé le document « Devis DEV-2026-118 - Vélo Ouest ».\n\n'
                'Signataires : Arnaud Perrin (a.perrin@velo-ouest.example.fr)\n\nTélécharger le document signé : https://yousign.app/\n\nL\'équipe Yousign\n',
                '<p>Bonjour Inès,</p><p>Bonne nouvelle : tous les signataires ont signé le document <b>« Devis DEV-2026-118 - Vélo Ouest »</b>.</p>')),
        'fr', 'Yousign', 'e-signature completed notice')

    # o21 Pennylane accountant request
    add('pennylane_fr_justificatifs_manquants', L,
        msg('Pennylane <no-reply@pennylane.com>', 'Cabinet Durand Expertise a besoin de 4 justificatifs', D('12-02', 8, 0),
            txt('Bonjour Inès,\n\nVotre expert-comptable (Cabinet Durand Expertise) vous demande des justificatifs pour 4 transactions de novembre :\n\n'
                '- 03/11  PRLV SEPA ADOBE SYSTEMS      -29,99 €\n- 12/11  CB AMAZON MKTP FR           -59,90 €\n- 18/11  CB SNCF CONNECT              -78,00 €\n'
                '- 26/11  VIR SEPA GRAPHIK STUDIO      -980,00 €\n\nAjouter les justificatifs : https://app.pennylane.com\n\n'
                'Vous recevez cet e-mail car vous êtes membre de l\'entreprise Perrot Web SARL sur Pennylane.\n')),
        'fr', 'Pennylane', 'accounting tool request listing transactions (not a bank notice)',
        notes='Lists old debits to document; no new money movement')

    # o22 Gandi domain renewal
    add('gandi_en_domain_expiry', L,
        msg('Gandi <noreply@gandi.net>', '[Gandi] perrot-web.fr expires in 30 days', D('12-04', 4, 0, tz='+0000'),
            txt('Hello,\n\nThe domain perrot-web.fr will expire on 2027-01-03.\nAutomatic renewal is NOT enabled for this domain.\n\n'
                'Renew now: https://admin.gandi.net/domain/perrot-web.fr/renew  (1 year: 13.20 EUR incl. VAT)\n\n'
                'If you do not renew it, the domain and its email addresses will stop working.\n\nThe Gandi team\n')),
        'en', 'Gandi', 'domain expiry / renewal reminder')

    # o23 dev newsletter
    add('newsletter_veille_front_212', L,
        msg('Veille Front <hello@veillefront.example.com>', 'Veille Front #212 : CSS anchor positioning, Vite 7, et accessibilité des modales',
            D('12-03', 7, 0),
            alt('Veille Front #212\n\n1. CSS anchor positioning est enfin dans tous les navigateurs\n2. Vite 7 : ce qui change\n'
                '3. Modales accessibles : <dialog> suffit-il ?\n\nÀ la semaine prochaine !\n\nVous recevez cette lettre car vous êtes abonnée. '
                'Se désabonner : https://veillefront.example.com/unsub\n',
                '<h1>Veille Front #212</h1><ol><li>CSS anchor positioning est enfin dans tous les navigateurs</li><li>Vite 7 : ce qui change</li>'
                '<li>Modales accessibles : &lt;dialog&gt; suffit-il ?</li></ol>'),
            extra=BULK + ['List-Unsubscribe: <https://veillefront.example.com/unsub>', 'List-Id: <veille-front.veillefront.example.com>']),
        'fr', 'Veille Front newsletter', 'developer newsletter')

    # o24 Qonto fee invoice
    add('qonto_fr_facture_abonnement', L,
        msg('Qonto <noreply@qonto.com>', 'Votre facture Qonto de novembre 2026 est disponible', D('12-01', 6, 5),
            multi('mixed', [txt('Bonjour Inès,\n\nVotre facture d\'abonnement Qonto (forfait Essential) pour novembre 2026 est disponible.\n\n'
                                'Montant : 29,00 € HT (34,80 € TTC), prélevé sur votre compte principal.\n\nRetrouvez toutes vos factures dans '
                                'Paramètres > Abonnement.\n\nQonto - Olinda SAS\n'),
                            att('Qonto_facture_2026-11.pdf', pdf(['Olinda SAS (Qonto) - Facture', 'Client : PERROT WEB SARL',
                                                                  'Abonnement Essential - novembre 2026', 'Total TTC : 34,80 EUR']))])),
        'fr', 'Qonto', 'bank subscription fee invoice with PDF', notes='Bank\'s own fee invoice: other')


# ---------------------------------------------------------------- main
def main():
    human_replies()
    payments()
    auto_replies()
    bounces()
    others()
    names = [r['file'] for r in ROWS]
    assert len(names) == len(set(names)), 'duplicate file names'
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(r[c] for c in COLS) + '\n')
    counts = {}
    for r in ROWS:
        counts[r['label']] = counts.get(r['label'], 0) + 1
    print(len(ROWS), counts)


if __name__ == '__main__':
    main()
