#!/usr/bin/env python3
"""Build the final12 written evaluation set for dunnerd (owner: Xavier Pelletier,
Pelletier Motion, Lille). Standard library only. Writes <label>/*.eml and labels.tsv
next to this script. All messages are synthetic, written for dunnerd."""
import base64, os, quopri, hashlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final12'
OWNER_NAME, OWNER_ADDR = 'Xavier Pelletier', 'xavier@pelletier-motion.fr'
OWNER = formataddr((OWNER_NAME, OWNER_ADDR))
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
ROWS = []
FILES = {}

DAYS = {'mon': ('Mon', 30, 'Nov'), 'tue': ('Tue', 1, 'Dec'), 'wed': ('Wed', 2, 'Dec'),
        'thu': ('Thu', 3, 'Dec'), 'fri': ('Fri', 4, 'Dec')}


def D(day, hm, tz='+0100'):
    wd, d, m = DAYS[day]
    if hm.count(':') == 1:
        hm += ':%02d' % (int(hashlib.md5(hm.encode()).hexdigest(), 16) % 60)
    return '%s, %d %s 2026 %s %s' % (wd, d, m, hm, tz)


def H(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


_bcount = [0]


def _bd(tag='b'):
    _bcount[0] += 1
    h = hashlib.sha1(('%s%d' % (tag, _bcount[0])).encode()).hexdigest()
    return h[:24]


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=b'', epilogue=b''):
        self.headers, self.body, self.parts = headers, body, parts
        self.boundary, self.preamble, self.epilogue = boundary, preamble, epilogue

    def ser(self):
        out = b''.join(('%s: %s\n' % (k, v)).encode('utf-8') for k, v in self.headers)
        out += b'\n'
        if self.parts is None:
            b = self.body
            if not b.endswith(b'\n'):
                b += b'\n'
            return out + b
        out += self.preamble
        for p in self.parts:
            out += b'--' + self.boundary.encode() + b'\n' + p.ser()
        out += b'--' + self.boundary.encode() + b'--\n' + self.epilogue
        return out


def enc(data, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == 'base64':
        return base64.encodebytes(data)
    return data


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=(), fmt=None):
    if isinstance(text, str) and charset.lower() in ('iso-8859-1', 'us-ascii'):
        for a, b in (('\u2013', '-'), ('\u2014', '-'), ('\u2019', "'"), ('\u20ac', 'EUR'), ('\u2026', '...'),
                     ('\u2022', '*')):
            text = text.replace(a, b)
    data = text.encode(charset) if isinstance(text, str) else text
    ct = '%s; charset=%s' % (ctype, charset if charset != 'us-ascii' else 'us-ascii')
    if charset == 'utf-8' and ctype == 'text/plain' and fmt:
        ct += '; format=' + fmt
    if charset.startswith('iso') or charset.startswith('windows'):
        ct = '%s; charset="%s"' % (ctype, charset)
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra)
    return Part(hdrs, enc(data, cte))


def T(text, **kw):
    return leaf('text/plain', text, **kw)


def HT(html, **kw):
    return leaf('text/html', html, **kw)


def att(ctype, filename, data, inline=False, extra=()):
    disp = 'inline' if inline else 'attachment'
    hdrs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
            ('Content-Disposition', '%s; filename="%s"' % (disp, filename)),
            ('Content-Transfer-Encoding', 'base64')] + list(extra)
    return Part(hdrs, base64.encodebytes(data))


def multi(sub, parts, params='', preamble=b''):
    bd = ('----=_Part_' if sub != 'report' else '') + _bd(sub)
    ct = 'multipart/%s; boundary="%s"%s' % (sub, bd, params)
    return Part([('Content-Type', ct)], parts=parts, boundary=bd, preamble=preamble)


def alt(text, html, charset='utf-8', cte='quoted-printable'):
    return multi('alternative', [T(text, charset=charset, cte=cte), HT(html, charset=charset, cte=cte)])


_mid = [0]


def mail(frm, to, subj, day, hm, root, cc=None, mid=None, irt=None, refs=None, pre=(), extra=(),
         scs='utf-8', mime=True, reply_to=None, tz='+0100', sender=None):
    _mid[0] += 1
    if mid is None:
        dom = frm.split('@')[-1].strip('>').strip()
        mid = '<%s.%d@%s>' % (hashlib.md5(('%s%d' % (subj, _mid[0])).encode()).hexdigest()[:16],
                             _mid[0], dom)
    h = list(pre)
    h += [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    if sender:
        h.append(('Sender', sender))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', H(subj, scs)), ('Date', D(day, hm, tz)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
        h.append(('References', refs or irt))
    h += list(extra)
    if mime:
        h.append(('MIME-Version', '1.0'))
    root.headers = h + root.headers
    return root.ser()


def rmid(n, k=1):
    """Message-ID of the owner's reminder for invoice number n."""
    return '<dunnerd.%d.%d@pelletier-motion.fr>' % (n, k)


def famt(x, sep='\u00a0'):
    s = '%.2f' % x
    i, d = s.split('.')
    g = ''
    while len(i) > 3:
        g = sep + i[-3:] + g
        i = i[:-3]
    return i + g + ',' + d


def eamt(x):
    return '{:,.2f}'.format(x)


def rem_fr(n, amt, due, sent='lun. 30 nov. 2026 à 08:00', k=1, prefix='> '):
    lines = ['Le %s, Xavier Pelletier <xavier@pelletier-motion.fr> a écrit :' % sent,
             'Bonjour,', '',
             'Sauf erreur de ma part, la facture F-2026-%04d d\'un montant de %s € TTC, '
             'arrivée à échéance le %s, reste impayée à ce jour.' % (n, famt(amt, ' '), due),
             '', 'Pourriez-vous me confirmer la date de règlement prévue ?',
             'Vous trouverez la facture en pièce jointe et mon RIB en bas de ce message.', '',
             'Bien cordialement,', 'Xavier Pelletier', 'Pelletier Motion – motion design & montage',
             '12 rue de Gand, 59800 Lille – 06 71 28 44 93', 'IBAN FR76 1027 8021 9800 0204 5170 182']
    return lines[0] + '\n' + '\n'.join((prefix + l).rstrip() for l in lines[1:])


def rem_en(n, amt, due, sent='Mon, 30 Nov 2026 at 08:00', prefix='> '):
    lines = ['On %s, Xavier Pelletier <xavier@pelletier-motion.fr> wrote:' % sent,
             'Hello,', '',
             'According to my records, invoice INV-%04d for EUR %s, due on %s, is still unpaid.'
             % (n, eamt(amt), due), '',
             'Could you let me know when payment is scheduled? The invoice is attached again.', '',
             'Kind regards,', 'Xavier Pelletier', 'Pelletier Motion - motion design & video editing',
             'Lille, France', 'IBAN FR76 1027 8021 9800 0204 5170 182 - BIC CMCIFR2A']
    return lines[0] + '\n' + '\n'.join((prefix + l).rstrip() for l in lines[1:])


def subj_fr(n):
    return 'Rappel : facture F-2026-%04d échue' % n


def subj_en(n):
    return 'Reminder: invoice INV-%04d is overdue' % n


def pdf(lines):
    """A small valid one-page PDF showing the given lines (latin-1 text)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    body = 'BT /F1 11 Tf 14 TL 50 790 Td ' + ' '.join("(%s) '" % esc(l) for l in lines) + ' ET'
    stream = body.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
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


def add(file, label, data, lang='fr', provider='', group='', pattern='', direction='', amount='',
        currency='', payer='', reference='', value_date='', cap='', facts='', notes='',
        fidelity='synthetic'):
    assert file not in FILES, file
    assert label in ('human_reply', 'auto_reply', 'bounce', 'payment_notification', 'other')
    FILES[file] = data
    ROWS.append({'file': '%s/%s' % (label, file), 'label': label, 'source_repo': 'synthetic',
                 'source_path': 'build.py', 'source_commit': '', 'license': 'written for dunnerd',
                 'fidelity': fidelity, 'lang': lang, 'provider': provider, 'source_group': group,
                 'pattern': pattern, 'direction': direction, 'amount': amount,
                 'currency': currency, 'payer': payer, 'reference': reference,
                 'value_date': value_date, 'counts_as_payment': cap, 'facts': facts,
                 'split': SPLIT, 'notes': notes})


def html_wrap(inner, font='Calibri, sans-serif'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:%s;font-size:11pt">%s</body></html>' % (font, inner))


# ---------------------------------------------------------------- human_reply
IPH = [('X-Mailer', 'iPhone Mail (22B91)')]
OL = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdtC3x9qK1mYv2hWQ8eC4rT0nZ1p7A==')]
GM = []
TB = [('User-Agent', 'Mozilla Thunderbird')]


def human():
    R = 'human_reply'
    # 1 Gmail top-posted promise "vendredi"
    n = 412
    body = ('Bonjour Xavier,\n\nDésolée pour le retard, la facture était restée bloquée chez notre DAF.\n'
            'Je fais le virement vendredi, tu devrais le voir lundi au plus tard.\n\n'
            'Belle journée,\nCamille\n\n' + rem_fr(n, 1480, '15 novembre 2026'))
    add('pixelle_fr_promise_vendredi.eml', R, mail(A('Camille Dufresne', 'camille.dufresne@agence-pixelle.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'mon', '10:42', T(body), irt=rmid(n)),
        group='Agence Pixelle', pattern='top-posted above quoted reminder; "vendredi" relative to Monday',
        facts='promise_date=2026-12-04')

    # 2 Long legal signature, "paiement prévu le 15"
    n = 398
    body = ('Bonjour Monsieur Pelletier,\n\nNous accusons réception de votre relance.\n'
            'Le paiement de la facture F-2026-0398 est prévu le 15 décembre, conformément à notre '
            'cycle de règlement fournisseurs (deux fois par mois).\n\nCordialement,\n\n'
            'Élodie Vanhoutte\nComptabilité fournisseurs\nNORDVISION PRODUCTIONS\n'
            '47 boulevard de Belfort – 59000 Lille\nStandard : +33 3 20 00 41 18\n\n'
            'NORDVISION PRODUCTIONS SAS au capital de 250 000 € – RCS Lille Métropole 512 345 678 – '
            'TVA FR 42 512345678\n\n'
            'AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à '
            'l\'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée '
            'est interdite. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement '
            'l\'expéditeur et de le détruire. L\'intégrité de ce message ne pouvant être assurée sur '
            'Internet, NORDVISION PRODUCTIONS ne peut être tenue responsable de son contenu.\n'
            'Pensez à l\'environnement avant d\'imprimer ce message.\n\n'
            '-----Message d\'origine-----\nDe : Xavier Pelletier <xavier@pelletier-motion.fr>\n'
            'Envoyé : lundi 30 novembre 2026 08:00\nÀ : compta-fournisseurs <compta-fournisseurs@nordvision-prod.fr>\n'
            'Objet : ' + subj_fr(n) + '\n\n' + rem_fr(n, 4320, '20 novembre 2026', prefix='').split('\n', 1)[1])
    add('nordvision_fr_prevu_le_15_disclaimer.eml', R, mail(
        A('Vanhoutte Elodie', 'e.vanhoutte@nordvision-prod.fr'), OWNER, 'RE: ' + subj_fr(n), 'tue', '14:05',
        T(body, charset='iso-8859-1'), irt=rmid(n), extra=OL, scs='iso-8859-1'),
        group='Nordvision Productions', pattern='Outlook plain text, ISO-8859-1, legal disclaimer, "-----Message d\'origine-----"',
        facts='promise_date=2026-12-15')

    # 3 fin de la semaine prochaine
    n = 405
    body = ('Bonjour,\n\nMerci pour le rappel. Nous attendons le retour de la direction financière sur '
            'l\'ensemble des factures prestataires du module « Sécurité au travail ».\n'
            'Le règlement devrait intervenir d\'ici la fin de la semaine prochaine.\n\n'
            'Bien à vous,\n\nThomas Lefebvre-Caron\nChef de projet e-learning | Didacto Éditions\n'
            'www.didacto-editions.fr\n\n' + rem_fr(n, 2160, '25 novembre 2026', sent='lun. 30 nov. 2026 à 08:01'))
    add('didacto_fr_fin_semaine_prochaine.eml', R, mail(A('Thomas Lefebvre-Caron', 't.lefebvre-caron@didacto-editions.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'wed', '09:18', T(body), irt=rmid(n)),
        group='Didacto Éditions', pattern='"d\'ici la fin de la semaine prochaine" on a Wednesday',
        facts='promise_date=2026-12-11', notes='end of next week = Friday 11 Dec 2026 (week_of_2026-12-07 also defensible)')

    # 4 English "we'll pay on the 10th"
    n = 377
    body = ('Hi Xavier,\n\nApologies - this one slipped through while Priya was on leave.\n'
            'It\'s now approved and we\'ll pay on the 10th.\n\nCheers,\nOliver\n\n--\nOliver Grant | Head of Production\n'
            'Brightwater Creative Ltd | 3rd Floor, 18 Clerkenwell Road, London EC1M 5RN\n'
            'Brightwater Creative Ltd is registered in England and Wales, no. 09876543.\n\n'
            + rem_en(n, 3600, '16 November 2026'))
    add('brightwater_en_pay_on_10th.eml', R, mail(A('Oliver Grant', 'oliver@brightwater-creative.co.uk'),
        OWNER, 'Re: ' + subj_en(n), 'thu', '11:27', T(body), irt=rmid(n), tz='+0000'),
        lang='en', group='Brightwater Creative Ltd', pattern='UK client, "on the 10th"', facts='promise_date=2026-12-10')

    # 5 Dutch client, payment run Thursday
    n = 421
    body = ('Hello Xavier,\n\nThanks for your reminder. Your invoice is approved in our system and will be '
            'included in our next payment run, which is on Thursday.\n\nMet vriendelijke groet / Kind regards,\n\n'
            'Sanne de Wit\nFinance | Studio Vlakte B.V.\nMaashaven Z.z. 12, 3072 AH Rotterdam\nKvK 71234567\n\n'
            '-----Original Message-----\nFrom: Xavier Pelletier <xavier@pelletier-motion.fr>\nSent: Monday, 30 November 2026 08:00\n'
            'To: finance@studiovlakte.nl\nSubject: ' + subj_en(n) + '\n\n' + rem_en(n, 1950, '20 November 2026', prefix='').split('\n', 1)[1])
    add('vlakte_en_payment_run_thursday.eml', R, mail(A('Sanne de Wit', 'finance@studiovlakte.nl'),
        OWNER, 'RE: ' + subj_en(n), 'mon', '15:51', T(body), irt=rmid(n), extra=OL),
        lang='en', group='Studio Vlakte B.V.', pattern='Dutch AP team, "payment run is on Thursday"',
        facts='promise_date=2026-12-03')

    # 6 Québec
    n = 389
    body = ('Bonjour Xavier,\n\nMerci pour ton courriel. Le virement international va partir jeudi, '
            'notre comptable passe les paiements aux fournisseurs européens une fois par semaine.\n'
            'Prévois quelques jours avant de le recevoir, ça passe par notre banque à Montréal.\n\n'
            'Bonne journée!\n\nMarie-Ève Gagnon\nProductrice déléguée\nProductions Boréales inc.\n'
            '4200, boul. Saint-Laurent, bureau 310, Montréal (Québec) H2W 2R2\n514 555-0148\n\n'
            + rem_fr(n, 2800, '18 novembre 2026', sent='30 nov. 2026, à 02 h 00'))
    add('boreales_qc_virement_jeudi.eml', R, mail(A('Marie-Ève Gagnon', 'megagnon@productionsboreales.ca'),
        OWNER, 'RE: ' + subj_fr(n), 'tue', '09:12', T(body), irt=rmid(n), tz='-0500'),
        lang='fr', group='Productions Boréales inc.', pattern='Québec French, "courriel", -0500 timezone',
        facts='promise_date=2026-12-03')

    # 7 football club, la semaine prochaine
    n = 417
    body = ('Bonjour Xavier,\n\nOui on a bien vu, la trésorerie du club est un peu tendue avec le report du '
            'match de coupe. On vous règle la semaine prochaine sans faute.\n\nSportivement,\n\nKarim Benali\n'
            'Responsable communication – AS Métropole Nord FC\n\nEnvoyé de mon iPhone\n\n'
            '> Le 30 nov. 2026 à 08:00, Xavier Pelletier <xavier@pelletier-motion.fr> a écrit :\n> \n'
            + '\n'.join('> ' + l for l in rem_fr(n, 1200, '10 novembre 2026', prefix='').split('\n')[1:]))
    add('asmn_fc_fr_semaine_prochaine_iphone.eml', R, mail(A('Karim Benali', 'k.benali@asmn-football.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'thu', '19:46', T(body, fmt='flowed'), irt=rmid(n), extra=IPH),
        group='AS Métropole Nord FC', pattern='football club, "la semaine prochaine", iPhone',
        facts='promise_date=week_of_2026-12-07')

    # 8 début janvier
    n = 402
    body = ('Bonjour Xavier,\n\nJe reviens vers vous concernant votre relance. Nous ne contestons pas '
            'la facture, la captation du gala s\'est très bien passée et le client était ravi.\n'
            'En revanche notre propre client ne nous a toujours pas réglés, et nous ne pourrons '
            'vous payer que début janvier, après notre clôture annuelle.\n\n'
            'Je suis sincèrement désolée pour ce délai.\n\nAurélie Masson\nLumen Events – Organisation d\'événements\n'
            '06 12 87 45 09\n')
    add('lumen_fr_debut_janvier_ne_contestons_pas.eml', R, mail(A('Aurélie Masson', 'aurelie@lumen-events.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'tue', '17:33', T(body, cte='8bit'), irt=rmid(n)),
        group='Lumen Events', pattern='negated dispute "nous ne contestons pas", "début janvier"',
        facts='promise_date=early_2027-01')

    # 9 dispute, Outlook HTML-only
    n = 394
    html = html_wrap(
        '<div class="WordSection1"><p class="MsoNormal">Bonjour Xavier,<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Nous avons bien re&ccedil;u votre relance mais nous ne pouvons pas valider la facture '
        'F-2026-0394 en l&#8217;&eacute;tat.<o:p></o:p></p>'
        '<p class="MsoNormal">Le devis pr&eacute;voyait deux allers-retours de corrections inclus ; vous factur&eacute; '
        'quatre s&eacute;ries de retours suppl&eacute;mentaires (960 &euro; HT) que nous n&#8217;avons jamais '
        'valid&eacute;es par &eacute;crit. Nous contestons donc cette ligne.<o:p></o:p></p>'
        '<p class="MsoNormal">Merci de nous adresser un avoir ou une facture rectifi&eacute;e.<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cordialement,<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Julien Roussel</b><br>Directeur de cr&eacute;ation<br>Agence Tramontane<br>'
        '<span style="color:#7F7F7F">Ce message est confidentiel.</span><o:p></o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>De&nbsp;:</b> Xavier Pelletier &lt;xavier@pelletier-motion.fr&gt;<br>'
        '<b>Envoy&eacute;&nbsp;:</b> lundi 30 novembre 2026 08:00<br><b>&Agrave;&nbsp;:</b> Julien Roussel<br>'
        '<b>Objet&nbsp;:</b> Rappel : facture F-2026-0394 &eacute;chue<o:p></o:p></p></div>'
        '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0394 d&#8217;un montant de '
        '3&nbsp;240,00 &euro; TTC reste impay&eacute;e.<o:p></o:p></p></div>', font='Calibri')
    add('tramontane_fr_dispute_outlook_html.eml', R, mail(A('Julien Roussel', 'j.roussel@agence-tramontane.fr'),
        OWNER, 'RE: ' + subj_fr(n), 'wed', '11:02', HT(html, charset='windows-1252'), irt=rmid(n), extra=OL,
        scs='windows-1252'),
        group='Agence Tramontane', pattern='HTML-only Outlook, windows-1252, disputes extra revision line',
        facts='dispute=yes')

    # 10 English dispute
    n = 383
    body = ('Xavier,\n\nI\'m going to be blunt: the final cut of the launch film was delivered nine days after '
            'the agreed date, which cost us the original media slot. We\'re not paying the rush fee or the '
            'weekend surcharge on INV-0383 and I\'d like a revised invoice without them.\n\n'
            'Happy to jump on a call if you see it differently.\n\nRegards,\nEmma Whitfield\nManaging Director, '
            'Harrow & Finch Media\n')
    add('harrowfinch_en_dispute_rush_fee.eml', R, mail(A('Emma Whitfield', 'emma.whitfield@harrowfinch.co.uk'),
        OWNER, 'Re: ' + subj_en(n), 'tue', '16:20', T(body), irt=rmid(n), tz='+0000'),
        lang='en', group='Harrow & Finch Media', pattern='blunt English dispute, asks revised invoice',
        facts='dispute=yes', notes='asks for a revised invoice, not the same invoice again: no request_invoice')

    # 11 already paid with date
    n = 409
    body = ('Bonjour,\n\nLe virement a été effectué le 27 novembre depuis notre compte au Crédit Coopératif, '
            'référence "FORMAVIA F-2026-0409". Il devrait apparaître sur votre compte incessamment.\n\n'
            'Cordialement,\nNathalie Brunet\nAssistante administrative et financière\nFormavia – Organisme de '
            'formation certifié Qualiopi\n')
    add('formavia_fr_deja_paye_27nov.eml', R, mail(A('Nathalie Brunet', 'administration@formavia.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'mon', '09:31', T(body), irt=rmid(n)),
        group='Formavia', pattern='already paid with explicit date', facts='already_paid=2026-11-27')

    # 12 forwarded bank confirmation inline
    n = 391
    fwd = ('---------- Forwarded message ---------\nDe : Société Générale <ne-pas-repondre@societegenerale.fr>\n'
           'Date: lun. 30 nov. 2026 à 17:12\nSubject: Confirmation de votre virement\nTo: <lea@maisonceleste.fr>\n\n\n'
           'Bonjour,\n\nNous vous confirmons l\'exécution du virement suivant :\n\n'
           'Compte débité : Compte courant professionnel ****3391\nBénéficiaire : PELLETIER XAVIER\n'
           'Montant : 960,00 EUR\nDate d\'exécution : 30/11/2026\nMotif : F-2026-0391 MAISON CELESTE\n\n'
           'Ce message est généré automatiquement, merci de ne pas y répondre.\n')
    body = ('Bonjour Xavier,\n\nJe vous transfère la confirmation de la banque : c\'est parti hier.\n\nBonne journée,\n'
            'Léa Fontaine\nMaison Céleste Communication\n\n' + fwd)
    add('maisonceleste_fr_forward_confirmation_sg.eml', R, mail(A('Léa Fontaine', 'lea@maisonceleste.fr'),
        OWNER, 'Fwd: Confirmation de votre virement', 'tue', '08:54', T(body)),
        group='Maison Céleste Communication', pattern='client forwards her bank\'s transfer confirmation, no In-Reply-To',
        facts='already_paid=2026-11-30', notes='contains bank wording but written/forwarded by a person: human_reply')

    # 13 already paid with PDF attached
    n = 426
    p = pdf(['AVIS D\'OPERATION - VIREMENT SEPA EMIS', 'Donneur d\'ordre : LEARNBOX SAS',
             'Beneficiaire : PELLETIER MOTION - XAVIER PELLETIER', 'IBAN : FR76 1027 8021 9800 0204 5170 182',
             'Montant : 2 475,00 EUR', 'Date d\'execution : 01/12/2026', 'Libelle : FACT F-2026-0426'])
    root = multi('mixed', [T('Bonjour,\n\nCi-joint l\'avis de virement, la facture a été réglée ce matin.\n\n'
                             'Cordialement,\n\nDamien Coste\nResponsable administratif – Learnbox\n'),
                           att('application/pdf', 'Avis_virement_F-2026-0426.pdf', p)])
    add('learnbox_fr_paye_avis_pdf.eml', R, mail(A('Damien Coste', 'damien.coste@learnbox.io'),
        OWNER, 'RE: ' + subj_fr(n), 'tue', '11:40', root, irt=rmid(n)),
        group='Learnbox', pattern='already paid, transfer advice attached as PDF', facts='already_paid=2026-12-01')

    # 14 already paid, claimed, no date, informal
    n = 399
    body = ('Bonjour,\nIl me semble que c\'est réglé depuis un moment ? Vérifiez de votre côté svp.\n'
            'Sylvie\n\nMétropole Tourisme Nord\n')
    add('metropoletourisme_fr_deja_regle_sans_date.eml', R, mail(A('Sylvie Duhamel', 'sduhamel@metropole-tourisme-nord.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'wed', '14:12', T(body, charset='iso-8859-1', cte='8bit'), irt=rmid(n)),
        group='Métropole Tourisme Nord', pattern='vague "c\'est réglé", 8bit latin-1',
        facts='already_paid=claimed')

    # 15 English already paid last week
    n = 415
    body = ('Dear Xavier,\n\nOur records show INV-0415 was paid last week. Please find the remittance below.\n\n'
            'Invoice: INV-0415\nAmount: EUR 1,100.00\nMethod: SEPA credit transfer\n\n'
            'Met vriendelijke groet,\nJoost van Leeuwen\nKanaal Negen Media\n')
    add('kanaalnegen_en_paid_last_week.eml', R, mail(A('Joost van Leeuwen', 'joost@kanaalnegen.nl'),
        OWNER, 'RE: ' + subj_en(n), 'mon', '13:02', T(body), irt=rmid(n)),
        lang='en', group='Kanaal Negen Media', pattern='"paid last week", no exact date',
        facts='already_paid=claimed')

    # 16 request invoice
    n = 430
    body = ('Bonjour Xavier,\n\nJe ne retrouve pas cette facture dans nos outils (on a changé de logiciel compta '
            'en octobre...). Pourriez-vous me la renvoyer en PDF ? Je la fais passer en paiement dans la foulée.\n\n'
            'Merci !\nInès\n\n-- \nInès Haddad | Office manager | BoldNorth\n')
    add('boldnorth_fr_renvoyer_facture.eml', R, mail(A('Inès Haddad', 'ines@boldnorth.fr'), OWNER,
        'Re: ' + subj_fr(n), 'tue', '10:05', T(body), irt=rmid(n)),
        group='BoldNorth', pattern='asks for the invoice again', facts='request_invoice=yes')

    # 17 request RIB
    n = 411
    body = ('Bonjour Monsieur,\n\nPour pouvoir procéder au paiement, notre service comptable a besoin de votre RIB '
            'au format PDF (avec le logo de la banque) afin de vous créer en tant que fournisseur.\n'
            'Merci de nous le transmettre à cette adresse.\n\nRespectueusement,\n\nFrédéric Morel\n'
            'Nordexpo Organisation – Salons professionnels\n')
    add('nordexpo_fr_demande_rib.eml', R, mail(A('Frédéric Morel', 'f.morel@nordexpo-organisation.fr'), OWNER,
        'TR: ' + subj_fr(n), 'wed', '08:48', T(body), irt=rmid(n)),
        group='Nordexpo Organisation', pattern='asks for RIB as PDF', facts='request_rib=yes')

    # 18 English, invoice and IBAN
    n = 433
    body = ('Hi Xavier,\n\nSorry, can you resend the invoice and your bank details (IBAN + BIC)? Our new '
            'finance platform needs both uploaded before anything can go out.\n\nThanks a lot,\nTom\n\n'
            'Tom Asher\nSenior Producer - Pampa Studio London\n')
    add('pampa_en_resend_invoice_iban.eml', R, mail(A('Tom Asher', 'tom.asher@pampastudio.co.uk'), OWNER,
        'Re: ' + subj_en(n), 'wed', '17:02', T(body), irt=rmid(n), tz='+0000'),
        lang='en', group='Pampa Studio London', pattern='asks for invoice and IBAN/BIC',
        facts='request_invoice=yes;request_rib=yes')

    # 19 question, no facts
    n = 386
    body = ('Bonjour,\n\nPetite question avant de régler : est-ce que votre facture est soumise à la TVA ? '
            'Je vois la mention « TVA non applicable, art. 293 B du CGI » mais un montant TTC, et notre '
            'trésorier veut être sûr avant de signer le chèque.\n\nMerci,\nBernard Vasseur\n'
            'Trésorier – Association Apprenti\'Sage\n')
    add('apprentisage_fr_question_tva.eml', R, mail(A('Bernard Vasseur', 'tresorier@apprentisage-asso.fr'), OWNER,
        'Re: ' + subj_fr(n), 'thu', '20:15', T(body), irt=rmid(n)),
        group='Association Apprenti\'Sage', pattern='question about VAT mention, no promise',
        facts='')

    # 20 complaint about reminder tone
    n = 419
    body = ('Xavier,\n\nJe dois dire que je suis un peu surprise de recevoir une relance automatique alors qu\'on '
            'travaille ensemble depuis trois ans et que tu sais très bien que nos paiements passent à 60 jours. '
            'Un coup de fil aurait suffi.\n\nLa facture sera payée à l\'échéance normale, le 31 décembre.\n\n'
            'Hélène\n\nHélène Carpentier\nDirectrice de production – Cinq Sept Films\n')
    add('cinqsept_fr_plainte_ton_relance.eml', R, mail(A('Hélène Carpentier', 'helene.carpentier@cinqseptfilms.fr'),
        OWNER, 'Re: ' + subj_fr(n), 'mon', '12:20', T(body), irt=rmid(n)),
        group='Cinq Sept Films', pattern='complains about the reminder, gives due date',
        facts='promise_date=2026-12-31', notes='complaint about tone, not about the invoice: no dispute')

    # 21 one word "Noté."
    n = 428
    add('fabriquepitch_fr_note.eml', R, mail(A('Paul Ricard-Simon', 'paul@lafabriqueapitch.fr'), OWNER,
        'Re: ' + subj_fr(n), 'tue', '07:58', T('Noté.\n\n' + rem_fr(n, 890, '12 novembre 2026')), irt=rmid(n)),
        group='La Fabrique à Pitch', pattern='one-word answer above quote', facts='')

    # 22 "ok merci" iPhone
    n = 421
    add('vlakte_fr_ok_merci_iphone.eml', R, mail(A('Lucas Martin', 'lucas.martin@studiovlakte.nl'), OWNER,
        'Re: ' + subj_en(n), 'tue', '22:41', T('ok merci\n\nEnvoyé de mon iPhone\n', fmt='flowed'), irt=rmid(n),
        extra=IPH),
        group='Studio Vlakte B.V.', pattern='"ok merci", iPhone signature, no quote', facts='')

    # 23 "Bien reçu, je transmets."
    n = 417
    add('asmn_fc_fr_bien_recu_transmets.eml', R, mail(A('Secrétariat AS Métropole Nord', 'secretariat@asmn-football.fr'),
        OWNER, 'RE: ' + subj_fr(n), 'mon', '09:03', T('Bien reçu, je transmets au trésorier.\n\nLe secrétariat\n'),
        irt=rmid(n)),
        group='AS Métropole Nord FC', pattern='short acknowledgement, forwards internally', facts='')

    # 24 reply from personal address, lundi
    n = 394
    body = ('Xavier,\n\nJe te réponds de ma boîte perso, je n\'ai plus accès à celle de l\'agence depuis mon '
            'départ. J\'ai laissé la facture 0394 à Marion avant de partir, elle m\'a dit qu\'elle la passe '
            'lundi avec les autres.\n\nBon courage,\nMaxime\n')
    add('tramontane_fr_adresse_perso_lundi.eml', R, mail(A('Maxime Delattre', 'maxime.delattre59@gmail.com'), OWNER,
        'facture 0394', 'thu', '21:10', T(body)),
        group='Agence Tramontane', pattern='fresh mail from a personal Gmail address, no threading',
        facts='promise_date=2026-12-07', notes='second-hand promise ("elle la passe lundi")')

    # 25 legal disclaimer, week next, "ne contestons pas" (multipart/alternative Outlook)
    n = 398
    txt = ('Bonjour Xavier,\n\nPour être clair : nous ne contestons ni le travail ni le montant. Le règlement a '
           'simplement été décalé par la clôture trimestrielle ; il sera effectué dans le courant de la semaine '
           'prochaine.\n\nBien cordialement,\n\nGrégoire Dumont\nDirecteur administratif et financier\n'
           'NORDVISION PRODUCTIONS\n\n'
           'Le présent message, ainsi que tout fichier qui y est joint, est envoyé à l\'intention exclusive de '
           'son ou de ses destinataires ; il est de nature confidentielle et peut constituer une information '
           'protégée par le secret professionnel. Si vous n\'êtes pas le destinataire visé, vous êtes avisé '
           'que toute lecture, reproduction ou distribution de ce message est strictement interdite.\n'
           'This message and any attachments are confidential and intended solely for the addressees. '
           'Any unauthorised use or dissemination is prohibited.\n')
    html = html_wrap(''.join('<p class="MsoNormal">%s</p>' % l.replace('\n', '<br>') for l in txt.split('\n\n')))
    add('nordvision_fr_ne_contestons_pas_semaine_prochaine.eml', R, mail(A('Grégoire Dumont', 'g.dumont@nordvision-prod.fr'),
        OWNER, 'RE: ' + subj_fr(n), 'thu', '18:22', alt(txt, html), irt=rmid(n, 2), extra=OL,
        cc=A('Vanhoutte Elodie', 'e.vanhoutte@nordvision-prod.fr')),
        group='Nordvision Productions', pattern='CFO reply, negation "nous ne contestons ni", bilingual disclaimer',
        facts='promise_date=week_of_2026-12-07')

    # 26 HTML-only Outlook, prochain règlement du 10/12
    n = 405
    html = html_wrap('<p>Bonjour Xavier,</p><p>La facture F-2026-0405 est en cours de validation chez nous, '
                     'elle partira avec le prochain r&egrave;glement fournisseurs du 10/12.</p>'
                     '<p>Bien &agrave; vous,<br>Anne-Sophie Leroy<br>Service comptabilit&eacute; &ndash; Didacto &Eacute;ditions</p>'
                     '<hr><p style="color:#888">De : Xavier Pelletier<br>Objet : Rappel : facture F-2026-0405 &eacute;chue</p>')
    add('didacto_fr_outlook_html_reglement_10_12.eml', R, mail(A('Leroy Anne-Sophie', 'compta@didacto-editions.fr'),
        OWNER, 'RE: ' + subj_fr(n), 'fri', '10:15', HT(html, cte='base64'), irt=rmid(n, 2), extra=OL),
        group='Didacto Éditions', pattern='HTML-only, base64, date as "10/12"', facts='promise_date=2026-12-10')

    # 27 iPhone "ce soir"
    n = 391
    add('maisonceleste_fr_ce_soir_iphone.eml', R, mail(A('Romain Fontaine', 'romain@maisonceleste.fr'), OWNER,
        'Re: ' + subj_fr(n), 'mon', '18:03',
        T('Je m\'en occupe ce soir en rentrant.\nRomain\n\nEnvoyé de mon iPhone\n\n'
          '> Le 30 nov. 2026 à 08:00, Xavier Pelletier <xavier@pelletier-motion.fr> a écrit :\n> \n'
          '> Bonjour,\n> Sauf erreur de ma part, la facture F-2026-0391 d\'un montant de 960,00 € TTC\n> reste impayée.\n',
          fmt='flowed'), irt=rmid(n), extra=IPH),
        group='Maison Céleste Communication', pattern='"ce soir", iPhone', facts='promise_date=2026-11-30')

    # 28 forward to colleague with owner in Cc
    n = 411
    body = ('Sophie,\n\nPeux-tu regarder où en est cette facture ? Xavier nous relance (il a fait le teaser du salon '
            'en septembre). Je la croyais payée.\n\nMerci,\nFrédéric\n\n---------- Message transféré ----------\n'
            'De : Xavier Pelletier <xavier@pelletier-motion.fr>\nDate : lun. 30 nov. 2026 à 08:00\nObjet : '
            + subj_fr(n) + '\nÀ : Frédéric Morel <f.morel@nordexpo-organisation.fr>\n\n'
            + rem_fr(n, 3960, '31 octobre 2026', prefix='').split('\n', 1)[1])
    add('nordexpo_fr_transfert_collegue_cc.eml', R, mail(A('Frédéric Morel', 'f.morel@nordexpo-organisation.fr'),
        A('Sophie Lambert', 's.lambert@nordexpo-organisation.fr'), 'TR: ' + subj_fr(n), 'mon', '11:15', T(body),
        cc=OWNER, irt=rmid(n)),
        group='Nordexpo Organisation', pattern='internal forward to a colleague, owner in Cc',
        facts='', notes='"je la croyais payée" is a belief, not a claim of payment')

    # 29 colleague answer, échéance du 31/12? -> use 18 décembre
    body = ('Bonjour Monsieur Pelletier,\n\nSuite au message de Frédéric : votre facture F-2026-0411 est bien '
            'enregistrée, elle avait été bloquée faute de bon de commande. Elle est maintenant débloquée et '
            'sera réglée par virement le vendredi 18 décembre.\n\nCordialement,\nSophie Lambert\n'
            'Comptabilité – Nordexpo Organisation\n')
    add('nordexpo_fr_collegue_paiement_18_decembre.eml', R, mail(A('Sophie Lambert', 's.lambert@nordexpo-organisation.fr'),
        OWNER, 'RE: TR: ' + subj_fr(n), 'tue', '15:37', T(body), cc=A('Frédéric Morel', 'f.morel@nordexpo-organisation.fr'),
        irt='<CAF4k2x0@nordexpo-organisation.fr>', refs=rmid(n) + ' <CAF4k2x0@nordexpo-organisation.fr>'),
        group='Nordexpo Organisation', pattern='answer from a colleague not originally reminded',
        facts='promise_date=2026-12-18')

    # 30 "je n'ai pas encore pu payer"
    n = 428
    body = ('Bonjour Xavier,\n\nJe n\'ai pas encore pu payer, je suis moi-même en attente du paiement de mon client '
            'pour ce projet. Dès que je reçois les fonds je vous fais le virement, promis.\n\nPaul\n')
    add('fabriquepitch_fr_pas_encore_pu_payer.eml', R, mail(A('Paul Ricard-Simon', 'paul@lafabriqueapitch.fr'), OWNER,
        'Re: ' + subj_fr(n), 'thu', '09:40', T(body), irt=rmid(n, 2)),
        group='La Fabrique à Pitch', pattern='negation "pas encore pu payer", conditional promise without date',
        facts='', notes='no date, no payment made')

    # 31 tutoiement, demain matin
    n = 433
    body = ('Salut Xav,\n\nDésolé j\'ai complètement zappé avec le rush des voeux de fin d\'année !! '
            'Je te fais le virement demain matin à la première heure.\n\nBises\nNico\n')
    add('pampa_fr_tu_demain_matin.eml', R, mail(A('Nicolas Pham', 'nico@studiopampa.fr'), OWNER,
        'Re: ' + subj_fr(n), 'wed', '23:12', T(body)),
        group='Studio Pampa', pattern='informal "tu", "demain matin", not threaded', facts='promise_date=2026-12-03')

    # 32 tu, c'est parti hier
    n = 412
    body = ('Hello Xavier,\n\nc\'est parti hier soir normalement, tu devrais l\'avoir aujourd\'hui ou lundi.\n'
            'Dis-moi si tu ne vois rien passer.\n\nCamille\n')
    add('pixelle_fr_tu_parti_hier.eml', R, mail(A('Camille Dufresne', 'camille.dufresne@agence-pixelle.fr'), OWNER,
        'Re: ' + subj_fr(n), 'fri', '09:05', T(body), irt=rmid(n, 2)),
        group='Agence Pixelle', pattern='"c\'est parti hier soir" on Friday', facts='already_paid=2026-12-03')

    # 33 English end of month
    n = 383
    body = ('Hi Xavier,\n\nFollowing Emma\'s note - once the revised invoice comes through I\'ll get it '
            'processed. Payment will be made by the end of the month at the latest.\n\nBest,\nRaj Patel\n'
            'Finance Manager, Harrow & Finch Media\n')
    add('harrowfinch_en_end_of_month.eml', R, mail(A('Raj Patel', 'accounts@harrowfinch.co.uk'), OWNER,
        'RE: ' + subj_en(n), 'thu', '10:44', T(body), irt=rmid(n), tz='+0000'),
        lang='en', group='Harrow & Finch Media', pattern='"by the end of the month", conditional on revised invoice',
        facts='promise_date=2026-12-31')

    # 34 English short "noted"
    n = 377
    add('brightwater_en_thanks_noted.eml', R, mail(A('Priya Shah', 'priya@brightwater-creative.co.uk'), OWNER,
        'RE: ' + subj_en(n), 'mon', '09:30', T('Thanks Xavier, noted.\nPriya\n'), irt=rmid(n), tz='+0000'),
        lang='en', group='Brightwater Creative Ltd', pattern='two-word acknowledgement', facts='')

    # 35 English, needs VAT number on invoice
    n = 415
    body = ('Hello Xavier,\n\nBefore we can pay, our accountant needs our VAT number (NL 8612.34.567.B01) and the '
            'reverse-charge mention on the invoice. Could you send us a corrected invoice?\n\nThanks,\n'
            'Joost\n')
    add('kanaalnegen_en_corrected_invoice_vat.eml', R, mail(A('Joost van Leeuwen', 'joost@kanaalnegen.nl'), OWNER,
        'RE: ' + subj_en(n), 'wed', '12:18', T(body), irt=rmid(n, 2)),
        lang='en', group='Kanaal Negen Media', pattern='asks for a corrected invoice (VAT/reverse charge)',
        facts='request_invoice=yes', notes='asks for a corrected copy; not a dispute of the work or amount')

    # 36 Dutch 30 days -> 14 December
    n = 421
    body = ('Hi Xavier,\n\nOur terms are 30 days from invoice date, and your invoice is dated 14 November, '
            'so it will be paid on 14 December.\n\nGroeten,\nSanne\n')
    add('vlakte_en_terms_14_december.eml', R, mail(A('Sanne de Wit', 'finance@studiovlakte.nl'), OWNER,
        'RE: ' + subj_en(n), 'fri', '08:20', T(body), irt=rmid(n, 2)),
        lang='en', group='Studio Vlakte B.V.', pattern='payment date derived from terms', facts='promise_date=2026-12-14')

    # 37 Québec already paid yesterday
    n = 389
    body = ('Bonjour Xavier,\n\nPetit suivi : le virement a été fait hier après-midi par la Banque Nationale, '
            '2 800,00 EUR, frais partagés. Tu devrais le voir d\'ici deux ou trois jours ouvrables.\n\n'
            'Merci encore pour le beau travail sur la série!\nMarie-Ève\n')
    add('boreales_qc_fait_hier.eml', R, mail(A('Marie-Ève Gagnon', 'megagnon@productionsboreales.ca'), OWNER,
        'RE: ' + subj_fr(n), 'fri', '10:02', T(body), irt=rmid(n), tz='-0500'),
        group='Productions Boréales inc.', pattern='Québec, "fait hier" on Friday', facts='already_paid=2026-12-03')

    # 38 partial dispute + partial promise
    n = 426
    body = ('Bonjour Xavier,\n\nConcernant la facture F-2026-0427 (module 4), nous contestons les 6 heures de '
            'montage supplémentaires, qui n\'étaient pas prévues au bon de commande. Nous réglons la partie non '
            'contestée (1 650,00 € TTC) vendredi et attendons un avoir pour le reste.\n\nCordialement,\nDamien Coste\n')
    add('learnbox_fr_conteste_partie_paye_vendredi.eml', R, mail(A('Damien Coste', 'damien.coste@learnbox.io'), OWNER,
        'Re: Rappel : facture F-2026-0427 échue', 'wed', '16:50', T(body), irt=rmid(427)),
        group='Learnbox', pattern='partial dispute and partial payment promise', facts='dispute=yes;promise_date=2026-12-04')

    # 39 instalments
    n = 402
    body = ('Bonjour Xavier,\n\nSuite à notre échange téléphonique, je vous propose de régler la facture en deux fois : '
            '50 % le 10 décembre et le solde le 8 janvier. Dites-moi si cela vous convient.\n\nAurélie\nLumen Events\n')
    add('lumen_fr_deux_fois.eml', R, mail(A('Aurélie Masson', 'aurelie@lumen-events.fr'), OWNER,
        'Proposition échéancier F-2026-0402', 'fri', '11:30', T(body)),
        group='Lumen Events', pattern='instalment proposal, fresh thread', facts='promise_date=2026-12-10',
        notes='first instalment 10 Dec, balance 8 Jan 2027')

    # 40 broken MIME: no MIME-Version, latin-1 8bit without charset param? declared iso-8859-1
    n = 399
    raw = ('Bonjour M. Pelletier,\n\nJe vous confirme que le paiement sera effectué le 8 décembre par le '
           'Trésor public (mandat n° 2026-1184). Les délais de la comptabilité publique sont ce qu\'ils sont...\n\n'
           'Cordialement,\nSylvie Duhamel\n')
    p = Part([('Content-Type', 'text/plain; charset=iso-8859-1'), ('Content-Transfer-Encoding', '8bit')],
             raw.encode('cp1252'))
    add('metropoletourisme_fr_mandat_8_decembre_sans_mimeversion.eml', R, mail(
        A('Sylvie Duhamel', 'sduhamel@metropole-tourisme-nord.fr'), OWNER, 'Re: ' + subj_fr(n), 'fri', '14:45', p,
        irt=rmid(n, 2), mime=False, extra=[('X-Mailer', 'Lotus Notes Release 9.0.1')], scs='iso-8859-1'),
        group='Métropole Tourisme Nord', pattern='no MIME-Version header, cp1252 bytes declared iso-8859-1, public payer',
        facts='promise_date=2026-12-08', notes='"n°" and "é" in cp1252; charset label slightly wrong on purpose')

    # 41 mailing-list post by a person
    body = ('Salut la liste,\n\nQuelqu\'un a un retour sur les relances automatiques de factures ? J\'ai deux '
            'agences qui me doivent plus de 4 k€ depuis septembre, je commence à fatiguer de relancer à la main.\n'
            'Et au passage, vous passez par une injonction de payer ou une mise en demeure d\'abord ?\n\n'
            'Merci !\nJustine – monteuse freelance à Roubaix\n\n-- \nmotion-nord@listes.example.org\n'
            'Pour vous désinscrire : https://listes.example.org/sympa/signoff/motion-nord\n')
    add('liste_motion_nord_post_relances.eml', R, mail(A('Justine Caron via motion-nord', 'motion-nord@listes.example.org'),
        'motion-nord@listes.example.org', '[motion-nord] Relances de factures : vos méthodes ?', 'wed', '13:27', T(body),
        extra=[('List-Id', 'Motion design Hauts-de-France <motion-nord.listes.example.org>'),
               ('List-Unsubscribe', '<mailto:sympa@listes.example.org?subject=unsubscribe%20motion-nord>'),
               ('Precedence', 'list'), ('Reply-To', 'motion-nord@listes.example.org')]),
        group='motion-nord mailing list', pattern='mailing-list post written by a person', facts='',
        notes='talks about unpaid invoices but not a client reply')

    # 42 new project request
    body = ('Bonjour Xavier,\n\nOn m\'a donné votre nom chez Pixelle. Nous préparons une série de 6 capsules '
            'animées (45 s) pour la campagne « Hauts-de-France Mobilités » et cherchons un motion designer en '
            'janvier-février. Seriez-vous disponible pour en parler jeudi ou vendredi prochain ?\n\n'
            'Belle soirée,\nClaire Ngo\nCheffe de projet – Agence Sillage\n07 88 21 40 63\n')
    add('sillage_fr_nouveau_projet.eml', R, mail(A('Claire Ngo', 'claire.ngo@agence-sillage.fr'), OWNER,
        'Capsules motion design – disponibilités janvier ?', 'thu', '18:04', T(body)),
        group='Agence Sillage', pattern='new business enquiry from a person', facts='')

    # 43 cheque lundi
    n = 417
    body = ('Bonjour,\n\nJe suis le nouveau trésorier du club. Nous réglons nos prestataires par chèque, '
            'je vous poste le chèque de 1 200 € lundi. Pouvez-vous me confirmer l\'adresse postale ?\n\n'
            'Cordialement,\nGérard Lemaire\nTrésorier AS Métropole Nord FC\n')
    add('asmn_fc_fr_cheque_lundi.eml', R, mail(A('Gérard Lemaire', 'gerard.lemaire@orange.fr'), OWNER,
        'Facture vidéo AS Métropole Nord', 'fri', '16:12', T(body, charset='iso-8859-1')),
        group='AS Métropole Nord FC', pattern='cheque to be posted "lundi", orange.fr personal address',
        facts='promise_date=2026-12-07')

    # 44 card payment question
    n = 386
    body = ('Re-bonjour,\n\nFinalement notre trésorier préfère payer par carte. Auriez-vous un lien de paiement '
            '(Stripe, SumUp...) ? Sinon on fera un virement, mais alors il me faut votre IBAN complet, celui de la '
            'facture est coupé à l\'impression.\n\nBernard\n')
    add('apprentisage_fr_lien_paiement_iban.eml', R, mail(A('Bernard Vasseur', 'tresorier@apprentisage-asso.fr'), OWNER,
        'Re: ' + subj_fr(n), 'fri', '09:55', T(body), irt=rmid(n)),
        group='Association Apprenti\'Sage', pattern='asks for a payment link or full IBAN', facts='request_rib=yes')

    # 45 English, MD away, haven't paid yet
    n = 383
    body = ('Hi Xavier,\n\nI haven\'t been able to pay the remaining balance yet - our MD has to sign off anything '
            'over £2k and she\'s travelling. She\'s back on Monday 7th and will sign off the payment then.\n\n'
            'Sorry for the delay,\nRaj\n\nSent from Outlook for Android\n')
    add('harrowfinch_en_not_yet_monday_7th.eml', R, mail(A('Raj Patel', 'accounts@harrowfinch.co.uk'), OWNER,
        'RE: ' + subj_en(n), 'fri', '17:40', T(body), irt=rmid(n, 2), tz='+0000'),
        lang='en', group='Harrow & Finch Media', pattern='negation "haven\'t been able to pay", Outlook for Android',
        facts='promise_date=2026-12-07')

    # 46 Québec, accountant away, no promise
    body = ('Allô Xavier,\n\nOn ne conteste pas du tout la facture pour l\'épisode 4, c\'est juste que notre comptable '
            'est en congé. Je te reviens dès qu\'elle est de retour.\n\nMarie-Ève\n')
    add('boreales_qc_ne_conteste_pas_comptable_conge.eml', R, mail(A('Marie-Ève Gagnon', 'megagnon@productionsboreales.ca'),
        OWNER, 'Facture épisode 4', 'wed', '15:20', T(body), tz='-0500'),
        group='Productions Boréales inc.', pattern='negated dispute, no date', facts='')

    # 47 Outlook html+text with PDF order de virement
    n = 430
    txt = ('Bonjour Xavier,\n\nVoici la preuve du paiement : le virement a été exécuté le 2 décembre.\n'
           'Ci-joint l\'ordre de virement.\n\nInès Haddad\nBoldNorth\n')
    p = pdf(['ORDRE DE VIREMENT SEPA', 'Emetteur : BOLDNORTH SAS', 'Beneficiaire : XAVIER PELLETIER',
             'Montant : 1 680,00 EUR', 'Date d\'execution : 02/12/2026', 'Reference : F-2026-0430'])
    root = multi('mixed', [alt(txt, html_wrap('<p>' + txt.replace('\n', '<br>') + '</p>')),
                           att('application/pdf', 'ordre_virement_0430.pdf', p)])
    add('boldnorth_fr_preuve_paiement_pdf.eml', R, mail(A('Inès Haddad', 'ines@boldnorth.fr'), OWNER,
        'RE: Re: ' + subj_fr(n), 'thu', '09:12', root, irt=rmid(n, 2), extra=OL),
        group='BoldNorth', pattern='Outlook alternative + PDF transfer order', facts='already_paid=2026-12-02')

    # 48 Dutch asks IBAN again (error)
    n = 415
    body = ('Hi Xavier,\n\nOur bank rejected the IBAN from your invoice (checksum error, I think a digit is '
            'missing). Could you send us your IBAN again, preferably as a bank letter?\n\nJoost\n')
    add('kanaalnegen_en_iban_error.eml', R, mail(A('Joost van Leeuwen', 'joost@kanaalnegen.nl'), OWNER,
        'IBAN', 'fri', '11:48', T(body)),
        lang='en', group='Kanaal Negen Media', pattern='asks for IBAN again, no threading', facts='request_rib=yes')

    # 49 TV production assistant, windows-1252 quoted-printable, "dès réception du bon"
    n = 419
    body = ('Bonjour Xavier,\n\nJe fais suite au message d\'Hélène : la compta m\'indique que la facture est '
            'programmée pour le virement du mardi 15/12.\nBonne fin de semaine,\n\nLou Garnier\n'
            'Assistante de production – Cinq Sept Films\n« Les Marées » – saison 2\n')
    add('cinqsept_fr_mardi_15_12_cp1252.eml', R, mail(A('Lou Garnier', 'lou.garnier@cinqseptfilms.fr'), OWNER,
        'RE: ' + subj_fr(n), 'fri', '12:10', T(body, charset='windows-1252'), irt=rmid(n), scs='windows-1252'),
        group='Cinq Sept Films', pattern='windows-1252 QP, guillemets, "mardi 15/12"', facts='promise_date=2026-12-15')

# ------------------------------------------------------- payment_notification
def tbl(rows, style='border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px'):
    r = ''.join('<tr><td style="padding:6px 12px;color:#666">%s</td><td style="padding:6px 12px;'
                'font-weight:bold">%s</td></tr>' % (k, v) for k, v in rows)
    return '<table role="presentation" style="%s">%s</table>' % (style, r)


def page(title, inner, footer, brand, color='#1d1d1b'):
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>'
            '<body style="margin:0;background:#f4f4f6"><table width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#fff">'
            '<tr><td style="background:%s;color:#fff;padding:18px 24px;font:bold 18px Arial">%s</td></tr>'
            '<tr><td style="padding:24px;font:14px/1.5 Arial,sans-serif;color:#222">%s</td></tr>'
            '<tr><td style="padding:16px 24px;font:11px/1.4 Arial,sans-serif;color:#999">%s</td></tr>'
            '</table></td></tr></table></body></html>' % (title, color, brand, inner, footer))


def strip_html(rows):
    return '\n'.join('%s : %s' % (k, v) for k, v in rows)


NOREPLY_FR = 'Ceci est un message automatique, merci de ne pas y répondre.'
ACC = 'FR76 •••• •••• 0182'


def payments():
    P = 'payment_notification'

    def pay(file, frm, subj, day, hm, root, lang='fr', **kw):
        add(file, P, mail(frm, OWNER, subj, day, hm, root, extra=kw.pop('extra', ()), tz=kw.pop('tz', '+0100'),
                          reply_to=kw.pop('reply_to', None)), lang=lang, **kw)

    # --- Qonto: money in, HTML + text
    rows = [('Montant', '+1 480,00 €'), ('De', 'AGENCE PIXELLE'), ('Référence', 'F-2026-0412'),
            ('Date', '04/12/2026'), ('Compte', 'Compte principal')]
    txt = ('Bonjour Xavier,\n\nVous avez reçu un virement de 1 480,00 € de AGENCE PIXELLE.\n\n'
           + strip_html(rows) + '\n\nVoir la transaction : https://app.qonto.com/transactions\n\n'
           'L\'équipe Qonto\n\nQonto est une marque d\'Olinda SAS, établissement de paiement agréé par l\'ACPR.\n'
           'Vous recevez cet e-mail car les notifications de transactions sont activées pour votre compte.\n')
    html = page('Virement reçu', '<p>Bonjour Xavier,</p><p>Vous avez reçu un virement de <b>1&nbsp;480,00&nbsp;€</b>'
                ' de AGENCE PIXELLE.</p>' + tbl(rows) + '<p><a href="https://app.qonto.com/transactions">Voir la '
                'transaction</a></p>', 'Qonto est une marque d\'Olinda SAS, établissement de paiement agréé par '
                'l\'ACPR.<br>Vous recevez cet e-mail car les notifications de transactions sont activées.', 'Qonto')
    pay('qonto_virement_recu_pixelle.eml', A('Qonto', 'no-reply@qonto.com'), 'Virement reçu : +1 480,00 €',
        'fri', '08:12', alt(txt, html), provider='Qonto', group='Qonto', pattern='transfer received, HTML table + text',
        direction='in', amount='1480.00', currency='EUR', payer='AGENCE PIXELLE', reference='F-2026-0412',
        value_date='2026-12-04', cap='yes', notes='layout from Qonto transaction notification style; not verbatim')

    # --- Qonto: card payment (out)
    txt = ('Paiement par carte\n\n-16,99 € chez ARTLIST.IO\nCarte •••• 4417 (Xavier Pelletier)\n'
           'Le 01/12/2026 à 03:14\n\nN\'oubliez pas d\'ajouter votre justificatif depuis l\'application.\n\n'
           'Qonto – Olinda SAS\n')
    html = page('Paiement carte', '<p>Paiement par carte de <b>16,99&nbsp;€</b> chez <b>ARTLIST.IO</b></p>'
                '<p>Carte •••• 4417 – le 01/12/2026 à 03:14</p><p><a href="https://app.qonto.com">Ajouter un '
                'justificatif</a></p>', 'Qonto – Olinda SAS. ' + NOREPLY_FR, 'Qonto')
    pay('qonto_paiement_carte_artlist.eml', A('Qonto', 'no-reply@qonto.com'), 'Paiement carte de 16,99 € – ARTLIST.IO',
        'tue', '03:15', alt(txt, html), provider='Qonto', group='Qonto', pattern='card payment, asks for receipt',
        direction='out', amount='16.99', currency='EUR', reference='ARTLIST.IO', value_date='2026-12-01', cap='no')

    # --- Qonto plural
    rows2 = [('AGENCE SILLAGE', '+600,00 €', 'ACOMPTE CAPSULES HDF MOBILITES'),
             ('DIDACTO EDITIONS', '+2 160,00 €', 'FACTURE F-2026-0405')]
    txt = ('Bonjour Xavier,\n\n2 virements reçus aujourd\'hui sur votre compte principal :\n\n'
           + '\n'.join('- %s  %s  (%s)' % r for r in rows2) + '\n\nTotal : +2 760,00 €\n\nL\'équipe Qonto\n'
           'Vous recevez cet e-mail car le récapitulatif quotidien est activé.\n')
    html = page('2 virements reçus', '<p>Bonjour Xavier,</p><p>2 virements reçus aujourd\'hui :</p><table>' +
                ''.join('<tr><td>%s</td><td align="right"><b>%s</b></td><td style="color:#777">%s</td></tr>' % r
                        for r in rows2) + '</table><p>Total : <b>+2&nbsp;760,00&nbsp;€</b></p>',
                'Vous recevez cet e-mail car le récapitulatif quotidien est activé.', 'Qonto')
    pay('qonto_2_virements_recus.eml', A('Qonto', 'no-reply@qonto.com'), '2 virements reçus', 'thu', '19:00',
        alt(txt, html), provider='Qonto', group='Qonto', pattern='plural "2 virements reçus" daily digest',
        direction='in|in', amount='600.00|2160.00', currency='EUR', payer='AGENCE SILLAGE|DIDACTO EDITIONS',
        reference='ACOMPTE CAPSULES HDF MOBILITES|FACTURE F-2026-0405', value_date='2026-12-03|2026-12-03',
        cap='yes', notes='two separate identified payers; each would count')

    # --- Shine: money in
    txt = ('Bonne nouvelle Xavier !\n\nVous avez reçu un virement de 2 475,00 € de LEARNBOX SAS.\n'
           'Libellé : FACT F-2026-0426\n\nRetrouvez le détail dans votre appli Shine.\n\n'
           'L\'équipe Shine 💙\n' + NOREPLY_FR + '\n')
    html = page('Virement reçu', '<p>Bonne nouvelle Xavier !</p><p style="font-size:28px;color:#0a7a4f">'
                '+2&nbsp;475,00&nbsp;€</p><p>Virement de <b>LEARNBOX SAS</b><br>Libellé : FACT F-2026-0426</p>',
                NOREPLY_FR + '<br>Shine SAS – établissement de paiement.', 'shine', '#1e2a78')
    pay('shine_virement_recu_learnbox.eml', A('Shine', 'notifications@shine.fr'),
        '💰 Vous avez reçu 2 475,00 €', 'tue', '12:03', alt(txt, html), provider='Shine', group='Shine',
        pattern='emoji subject, big amount', direction='in', amount='2475.00', currency='EUR', payer='LEARNBOX SAS',
        reference='FACT F-2026-0426', value_date='2026-12-01', cap='yes')

    # --- Shine: outgoing transfer
    txt = ('Votre virement est parti 🚀\n\nMontant : 450,00 €\nBénéficiaire : LOCA IMAGES NORD\n'
           'Libellé : Location FX6 + optiques 26-28/11\nArrivée estimée : 01/12/2026\n\n' + NOREPLY_FR + '\n')
    pay('shine_virement_emis_loca_images.eml', A('Shine', 'notifications@shine.fr'),
        'Votre virement de 450,00 € a bien été envoyé', 'mon', '16:44', T(txt), provider='Shine', group='Shine',
        pattern='outgoing transfer to equipment rental', direction='out', amount='450.00', currency='EUR',
        reference='Location FX6 + optiques 26-28/11', value_date='2026-11-30', cap='no')

    # --- Shine daily recap in|in|out
    txt = ('Récap de votre journée du 2 décembre\n\n'
           '+ 1 680,00 €   BOLDNORTH SAS – F-2026-0430\n'
           '+   890,00 €   LA FABRIQUE A PITCH – FACT 0428\n'
           '-    59,99 €   Prélèvement ADOBE SYSTEMS SOFTWARE\n\n'
           'Solde en fin de journée : 7 412,36 €\n\nL\'équipe Shine\nVous recevez cet e-mail car le '
           'récapitulatif quotidien est activé dans vos préférences.\n')
    pay('shine_recap_journee_in_in_out.eml', A('Shine', 'notifications@shine.fr'),
        'Votre récap du 2 décembre', 'wed', '21:00', T(txt), provider='Shine', group='Shine',
        pattern='daily recap with two credits and a debit', direction='in|in|out', amount='1680.00|890.00|59.99',
        currency='EUR', payer='BOLDNORTH SAS|LA FABRIQUE A PITCH|', reference='F-2026-0430|FACT 0428|ADOBE SYSTEMS SOFTWARE',
        value_date='2026-12-02|2026-12-02|2026-12-02', cap='yes', notes='per movement: yes|yes|no')

    # --- BNP Paribas in
    txt = ('Madame, Monsieur,\n\nDans le cadre du service Alertes, nous vous informons qu\'un virement de 960,00 EUR '
           'émis par MAISON CELESTE COMMUNICATION a été porté au crédit de votre compte n° ****0182 le 01/12/2026.\n'
           'Libellé : F-2026-0391 MAISON CELESTE\n\nPour consulter vos comptes, connectez-vous à votre espace '
           'Mes Comptes sur mabanque.bnpparibas.\n\nCet e-mail vous est adressé automatiquement, merci de ne pas y '
           'répondre.\nBNP Paribas SA au capital de 2 294 954 818 € – 16 bd des Italiens 75009 Paris – RCS Paris 662 042 449\n')
    pay('bnp_alerte_virement_recu.eml', A('BNP Paribas', 'alertes@bnpparibas.com'),
        'Alerte : Virement reçu sur votre compte', 'tue', '06:31', T(txt, charset='iso-8859-1'), provider='BNP Paribas',
        group='BNP Paribas', pattern='formal "porté au crédit de votre compte", ISO-8859-1 text', direction='in',
        amount='960.00', currency='EUR', payer='MAISON CELESTE COMMUNICATION', reference='F-2026-0391 MAISON CELESTE',
        value_date='2026-12-01', cap='yes')

    # --- BNP prélèvement URSSAF
    txt = ('Madame, Monsieur,\n\nUn prélèvement de 1 018,00 EUR a été débité de votre compte n° ****0182 le 30/11/2026.\n'
           'Créancier : URSSAF NORD PAS DE CALAIS\nRéférence : ECHEANCE 11/2026 COTISATIONS\n\n'
           'Cet e-mail vous est adressé automatiquement, merci de ne pas y répondre.\nBNP Paribas\n')
    pay('bnp_alerte_prelevement_urssaf.eml', A('BNP Paribas', 'alertes@bnpparibas.com'),
        'Alerte : Prélèvement sur votre compte', 'mon', '06:29', T(txt), provider='BNP Paribas', group='BNP Paribas',
        pattern='direct debit taken (URSSAF)', direction='out', amount='1018.00', currency='EUR',
        reference='ECHEANCE 11/2026 COTISATIONS', value_date='2026-11-30', cap='no')

    # --- Crédit Agricole in (HTML-only)
    html = page('Alerte', '<p>Bonjour,</p><p>Une opération créditrice supérieure au seuil de 500,00 € que vous avez '
                'défini a été enregistrée sur votre compte <b>COMPTE COURANT PRO n° *****0182</b> :</p>' +
                tbl([('Date', '30/11/2026'), ('Libellé', 'VIR SEPA RECU /DE FORMAVIA /MOTIF FORMAVIA F-2026-0409'),
                     ('Montant', '+ 1 320,00 €')]) + '<p>Vos alertes sont paramétrables dans votre espace '
                'Ma Banque.</p>', 'Crédit Agricole Nord de France – ' + NOREPLY_FR, 'Crédit Agricole', '#006a4e')
    pay('ca_alerte_operation_creditrice.eml', A('Crédit Agricole', 'ne-pas-repondre@credit-agricole.fr'),
        'Alerte opération créditrice', 'mon', '07:02', HT(html), provider='Crédit Agricole', group='Crédit Agricole',
        pattern='threshold alert, raw SEPA label "VIR SEPA RECU /DE"', direction='in', amount='1320.00', currency='EUR',
        payer='FORMAVIA', reference='FORMAVIA F-2026-0409', value_date='2026-11-30', cap='yes')

    # --- Crédit Agricole statement
    txt = ('Bonjour,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre espace client, '
           'rubrique e-Documents.\n\nCompte concerné : COMPTE COURANT PRO *****0182\n\n'
           'Crédit Agricole Nord de France\n' + NOREPLY_FR + '\n')
    pay('ca_releve_disponible.eml', A('Crédit Agricole', 'ne-pas-repondre@credit-agricole.fr'),
        'Votre relevé de compte est disponible', 'wed', '05:40', T(txt), provider='Crédit Agricole',
        group='Crédit Agricole', pattern='e-statement available', direction='statement', cap='no')

    # --- Société Générale amount in subject only
    txt = ('Bonjour,\n\nVous avez reçu un virement de NORDVISION PRODUCTIONS sur votre compte professionnel.\n'
           'Connectez-vous à votre Espace Client pour en consulter le détail.\n\n'
           'Société Générale\nCe message vous est envoyé automatiquement. Merci de ne pas y répondre.\n')
    pay('sg_virement_recu_montant_sujet.eml', A('Société Générale', 'ne-pas-repondre@societegenerale.fr'),
        'Virement reçu : +4 320,00 €', 'tue', '09:47', T(txt), provider='Société Générale',
        group='Société Générale', pattern='amount in subject only', direction='in', amount='4320.00', currency='EUR',
        payer='NORDVISION PRODUCTIONS', value_date='2026-12-01', cap='yes', notes='value date = Date header; no reference')

    # --- LCL avis de crédit
    rows = [('Date d\'opération', '02/12/2026'), ('Nature', 'VIREMENT SEPA RECU'), ('Émetteur', 'STUDIO VLAKTE B.V.'),
            ('Référence', 'INV-0421'), ('Montant', '1 950,00 EUR')]
    html = page('Avis de crédit', '<p>Madame, Monsieur,</p><p>Nous avons le plaisir de vous informer que votre compte '
                'n° 0182 a été crédité de l\'opération suivante :</p>' + tbl(rows), 'LCL – Le Crédit Lyonnais. '
                'Ce message est envoyé par un automate, il ne peut recevoir de réponse.', 'LCL', '#0a2b5c')
    pay('lcl_avis_credit_vlakte.eml', A('LCL', 'noreply@lcl.fr'), 'Avis de crédit sur votre compte', 'thu', '06:10',
        alt(strip_html(rows) + '\n\nLCL\n', html), provider='LCL', group='LCL', pattern='"Avis de crédit" table',
        direction='in', amount='1950.00', currency='EUR', payer='STUDIO VLAKTE B.V.', reference='INV-0421',
        value_date='2026-12-02', cap='yes')

    # --- LCL rejected outgoing transfer
    txt = ('Madame, Monsieur,\n\nLe virement de 320,00 EUR que vous avez émis le 27/11/2026 au profit de '
           'M. ANTOINE ROGER a été rejeté par la banque du bénéficiaire.\nMotif : compte clôturé (AC04).\n'
           'Les fonds ont été recrédités sur votre compte.\n\nLCL – Ce message est envoyé par un automate.\n')
    pay('lcl_virement_rejete.eml', A('LCL', 'noreply@lcl.fr'), 'Rejet de votre virement', 'tue', '10:02', T(txt),
        provider='LCL', group='LCL', pattern='owner\'s outgoing transfer returned (AC04)', direction='failed',
        amount='320.00', currency='EUR', reference='M. ANTOINE ROGER', value_date='2026-12-01', cap='no',
        notes='funds recredited but it is a returned transfer, not a client payment')

    # --- CIC in
    txt = ('CIC - Alerte Compte\n\nLe 03/12/2026, votre compte 00020451701 a été crédité de 6 150,00 EUR.\n'
           'Opération : VIR SEPA CINQ SEPT FILMS\nInformation complémentaire : REGLT FACT F-2026-0419\n\n'
           'Pour modifier vos alertes, rendez-vous sur cic.fr, rubrique Alertes.\nMerci de ne pas répondre à ce message.\n')
    pay('cic_alerte_credit_cinqsept.eml', A('CIC', 'alertes@cic.fr'), 'CIC - Alerte Compte', 'thu', '07:45',
        T(txt, charset='iso-8859-1', cte='8bit'), provider='CIC', group='Crédit Mutuel / CIC',
        pattern='terse alert, generic subject', direction='in', amount='6150.00', currency='EUR',
        payer='CINQ SEPT FILMS', reference='REGLT FACT F-2026-0419', value_date='2026-12-03', cap='yes')

    # --- Crédit Mutuel card payment
    txt = ('Crédit Mutuel - Alerte\n\nPaiement par carte de 184,00 EUR le 02/12/2026 chez LOCAVIDEO LILLE.\n'
           'Carte n° XXXX XXXX XXXX 9921\n\nMerci de ne pas répondre à ce message.\n')
    pay('creditmutuel_paiement_carte.eml', A('Crédit Mutuel', 'alertes@creditmutuel.fr'), 'Crédit Mutuel - Alerte',
        'wed', '14:31', T(txt), provider='Crédit Mutuel', group='Crédit Mutuel / CIC', pattern='card payment alert',
        direction='out', amount='184.00', currency='EUR', reference='LOCAVIDEO LILLE', value_date='2026-12-02', cap='no')

    # --- Boursorama in (international wire, fees deducted)
    txt = ('Bonjour Xavier,\n\nUn virement de 2 786,50 € a été crédité sur votre compte Boursorama Banque.\n\n'
           'Émetteur : PRODUCTIONS BOREALES INC\nMotif : INV 389 PELLETIER\nDate de valeur : 03/12/2026\n\n'
           'À très bientôt,\nBoursorama Banque\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n')
    pay('boursorama_virement_credite_boreales.eml', A('Boursorama Banque', 'noreply@boursorama.fr'),
        'Un virement a été crédité sur votre compte', 'fri', '07:20', T(txt), provider='Boursorama',
        group='Boursorama', pattern='international wire credited net of fees', direction='in', amount='2786.50',
        currency='EUR', payer='PRODUCTIONS BOREALES INC', reference='INV 389 PELLETIER', value_date='2026-12-03',
        cap='yes', notes='invoice was 2 800,00; bank fees deducted in transit')

    # --- Boursorama refund
    txt = ('Bonjour Xavier,\n\nUn remboursement de 29,99 € a été effectué sur votre carte Visa Ultim.\n'
           'Commerçant : ADOBE *STOCK\nDate : 01/12/2026\n\nBoursorama Banque\n' + NOREPLY_FR + '\n')
    pay('boursorama_remboursement_adobe.eml', A('Boursorama Banque', 'noreply@boursorama.fr'),
        'Remboursement sur votre carte', 'tue', '18:00', T(txt), provider='Boursorama', group='Boursorama',
        pattern='merchant refund on card', direction='refund', amount='29.99', currency='EUR', reference='ADOBE *STOCK',
        value_date='2026-12-01', cap='no')

    # --- Fortuneo in
    txt = ('Bonjour,\n\nVous avez reçu un virement de 1 680,00 EUR de BOLDNORTH SAS.\nRéférence : F-2026-0430\n'
           'Date : 03/12/2026\n\nFortuneo\nMerci de ne pas répondre à ce message automatique.\n')
    pay('fortuneo_virement_recu_boldnorth.eml', A('Fortuneo', 'service.client@fortuneo.fr'),
        'Fortuneo - Virement reçu', 'thu', '08:05', T(txt), provider='Fortuneo', group='Fortuneo',
        pattern='plain alert', direction='in', amount='1680.00', currency='EUR', payer='BOLDNORTH SAS',
        reference='F-2026-0430', value_date='2026-12-03', cap='yes')

    # --- Fortuneo outgoing
    txt = ('Bonjour,\n\nVotre virement de 1 200,00 EUR vers COMPTE EPARGNE XAVIER a bien été exécuté le 30/11/2026.\n\n'
           'Fortuneo\nMerci de ne pas répondre à ce message automatique.\n')
    pay('fortuneo_virement_emis_epargne.eml', A('Fortuneo', 'service.client@fortuneo.fr'),
        'Fortuneo - Confirmation de virement', 'mon', '11:20', T(txt), provider='Fortuneo', group='Fortuneo',
        pattern='own transfer to savings', direction='out', amount='1200.00', currency='EUR',
        reference='COMPTE EPARGNE XAVIER', value_date='2026-11-30', cap='no')

    # --- Caisse d'Épargne: public payer in
    html = page('Réception d\'un virement', '<p>Bonjour,</p><p>Nous vous informons de la réception d\'un virement '
                'sur votre compte.</p>' + tbl([('Émetteur', 'DRFIP HAUTS DE FRANCE ET NORD'),
                                               ('Libellé', 'MANDAT 2026-1184 METROPOLE TOURISME'),
                                               ('Montant', '780,00 €'), ('Date', '04/12/2026')]),
                'Caisse d\'Epargne Hauts de France. ' + NOREPLY_FR, 'Caisse d\'Epargne', '#c8102e')
    pay('caisse_epargne_virement_tresor_public.eml', A('Caisse d\'Epargne', 'alertes@caisse-epargne.fr'),
        'Réception d\'un virement', 'fri', '06:55', HT(html, cte='base64'), provider='Caisse d\'Épargne',
        group='Caisse d\'Épargne', pattern='public-sector payer (DRFIP) for a client\'s invoice', direction='in',
        amount='780.00', currency='EUR', payer='DRFIP HAUTS DE FRANCE ET NORD',
        reference='MANDAT 2026-1184 METROPOLE TOURISME', value_date='2026-12-04', cap='yes',
        notes='payer name is the public treasury, not the client')

    # --- Caisse d'Épargne balance alert
    txt = ('Alerte solde\n\nLe solde de votre compte ****0182 est inférieur au seuil de 500,00 € que vous avez défini.\n'
           'Solde au 01/12/2026 : 312,47 €\n\nCaisse d\'Epargne – ' + NOREPLY_FR + '\n')
    pay('caisse_epargne_alerte_solde.eml', A('Caisse d\'Epargne', 'alertes@caisse-epargne.fr'),
        'Alerte solde bas', 'tue', '07:00', T(txt), provider='Caisse d\'Épargne', group='Caisse d\'Épargne',
        pattern='low balance alert', direction='statement', amount='312.47', currency='EUR', cap='no')

    # --- Banque Populaire in
    txt = ('Cyberplus - Alerte\n\nCrédit de 3 960,00 EUR sur votre compte 0182 le 04/12/2026.\n'
           'VIR NORDEXPO ORGANISATION F-2026-0411\n\nBanque Populaire du Nord\nMerci de ne pas répondre.\n')
    pay('banquepopulaire_cyberplus_credit.eml', A('Banque Populaire', 'alertes@banquepopulaire.fr'),
        'Alerte : opération sur votre compte', 'fri', '07:31', T(txt), provider='Banque Populaire',
        group='Banque Populaire', pattern='one-line Cyberplus alert', direction='in', amount='3960.00',
        currency='EUR', payer='NORDEXPO ORGANISATION', reference='F-2026-0411', value_date='2026-12-04', cap='yes',
        notes='payer and reference joined on one line "VIR NORDEXPO ORGANISATION F-2026-0411"')

    # --- Hello bank statement
    txt = ('Bonjour,\n\nVotre e-relevé du mois de novembre est disponible dans votre application Hello bank!.\n\n'
           'Hello bank! est une marque de BNP Paribas.\n' + NOREPLY_FR + '\n')
    pay('hellobank_erelevé_disponible.eml'.replace('é', 'e'), A('Hello bank!', 'noreply@hellobank.fr'),
        'Votre e-relevé est disponible', 'thu', '04:50', T(txt), provider='Hello bank!', group='Hello bank!',
        pattern='e-statement', direction='statement', cap='no')

    # --- La Banque Postale prélèvement
    txt = ('Madame, Monsieur,\n\nNous vous informons qu\'un avis de prélèvement a été reçu :\nCréancier : FREE PRO\n'
           'Montant : 39,99 EUR\nDate d\'échéance : 04/12/2026\n\nLa Banque Postale\n' + NOREPLY_FR + '\n')
    pay('lbp_avis_prelevement_freepro.eml', A('La Banque Postale', 'ne-pas-repondre@labanquepostale.fr'),
        'Avis de prélèvement', 'wed', '06:00', T(txt, charset='iso-8859-1'), provider='La Banque Postale',
        group='La Banque Postale', pattern='upcoming direct debit', direction='out', amount='39.99', currency='EUR',
        reference='FREE PRO', value_date='2026-12-04', cap='no')

    # --- N26 in (tutoiement)
    txt = ('Tu as reçu 2 200,00 €\n\nDe : STUDIO PAMPA\nRéférence : VIR F-2026-0433\n\nOuvre l\'app N26 pour voir '
           'le détail.\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin\nTu reçois cet e-mail car tu as activé les '
           'notifications par e-mail.\n')
    pay('n26_tu_as_recu_pampa.eml', A('N26', 'no-reply@n26.com'), 'Tu as reçu 2 200,00 €', 'thu', '10:31', T(txt),
        provider='N26', group='N26', pattern='"Tu as reçu", tutoiement', direction='in', amount='2200.00',
        currency='EUR', payer='STUDIO PAMPA', reference='VIR F-2026-0433', value_date='2026-12-03', cap='yes')

    # --- N26 card out
    txt = ('Tu as payé 42,90 € chez SNCF CONNECT.\n\nCarte Mastercard •• 5531 – 30.11.2026\n\n'
           'N26 Bank SE\nTu reçois cet e-mail car tu as activé les notifications par e-mail.\n')
    pay('n26_tu_as_paye_sncf.eml', A('N26', 'no-reply@n26.com'), 'Paiement de 42,90 €', 'mon', '07:12', T(txt),
        provider='N26', group='N26', pattern='card payment', direction='out', amount='42.90', currency='EUR',
        reference='SNCF CONNECT', value_date='2026-11-30', cap='no')

    # --- Revolut Business in (English)
    txt = ('You received €3,600.00\n\nFrom: BRIGHTWATER CREATIVE LTD\nReference: INV-0377\nTo: Pelletier Motion – EUR\n\n'
           'Open the Revolut Business app to see details.\n\nRevolut Bank UAB\nYou are receiving this email because '
           'you have email notifications turned on for incoming payments.\n')
    pay('revolut_business_received_brightwater.eml', A('Revolut Business', 'no-reply@revolut.com'),
        'You received €3,600.00 from BRIGHTWATER CREATIVE LTD', 'thu', '15:02', T(txt), lang='en',
        provider='Revolut Business', group='Revolut Business', pattern='English, amount and payer in subject',
        direction='in', amount='3600.00', currency='EUR', payer='BRIGHTWATER CREATIVE LTD', reference='INV-0377',
        value_date='2026-12-03', cap='yes', notes='client promised the 10th; paid earlier')

    # --- Revolut failed transfer
    txt = ('Your transfer couldn\'t be completed\n\nWe couldn\'t send €250.00 to Maxime Delattre. The recipient\'s bank '
           'returned the payment: beneficiary name does not match the account.\nThe money is back in your account.\n\n'
           'Revolut Bank UAB\n')
    pay('revolut_business_transfer_failed.eml', A('Revolut Business', 'no-reply@revolut.com'),
        'Transfer to Maxime Delattre failed', 'wed', '12:00', T(txt), lang='en', provider='Revolut Business',
        group='Revolut Business', pattern='owner\'s transfer failed (name mismatch)', direction='failed',
        amount='250.00', currency='EUR', reference='Maxime Delattre', value_date='2026-12-02', cap='no')

    # --- Wise: announced (none)
    txt = ('HARROW & FINCH MEDIA LTD is sending you 1,850.00 GBP\n\nWe\'ll let you know as soon as it arrives in your '
           'GBP balance. This usually takes up to 1 working day.\n\nThe Wise team\n\nWise Europe SA\n'
           'You are receiving this email because you have a Wise account.\n')
    pay('wise_is_sending_you_gbp.eml', A('Wise', 'noreply@wise.com'), 'HARROW & FINCH MEDIA LTD is sending you 1,850.00 GBP',
        'thu', '17:12', T(txt), lang='en', provider='Wise', group='Wise', pattern='incoming payment announced, not arrived',
        direction='none', amount='1850.00', currency='GBP', reference='', cap='no', notes='announcement only')

    # --- Wise: received GBP
    txt = ('You\'ve received 1,850.00 GBP\n\nFrom: HARROW & FINCH MEDIA LTD\nReference: INV0383 PART PAYMENT\n'
           'It\'s now in your GBP balance.\n\nThe Wise team\nWise Europe SA, Rue du Trône 100, 1050 Brussels\n')
    pay('wise_received_gbp_harrowfinch.eml', A('Wise', 'noreply@wise.com'), 'You\'ve received 1,850.00 GBP',
        'fri', '09:40', T(txt), lang='en', provider='Wise', group='Wise', pattern='GBP received into balance',
        direction='in', amount='1850.00', currency='GBP', payer='HARROW & FINCH MEDIA LTD',
        reference='INV0383 PART PAYMENT', value_date='2026-12-04', cap='yes', notes='partial payment in GBP')

    # --- PayPal received
    txt = ('Bonjour Xavier Pelletier,\n\nVous avez reçu un paiement de 450,00 € EUR de Kanaal Negen Media.\n\n'
           'Détails de la transaction\nN° de transaction : 7GK41022LM556093X\nDate : 30 nov. 2026\n'
           'Note de Kanaal Negen Media : "Animated logo sting - INV-0418"\n\n'
           'Aide et contact | Sécurité\nPayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg\n'
           'Veuillez ne pas répondre à cet e-mail. Nous ne pourrons pas lire vos messages.\n')
    html = page('Vous avez reçu un paiement', '<p>Bonjour Xavier Pelletier,</p><p>Vous avez reçu un paiement de '
                '<b>450,00&nbsp;€ EUR</b> de Kanaal Negen Media.</p>' + tbl([('N° de transaction', '7GK41022LM556093X'),
                                                                       ('Date', '30 nov. 2026')]),
                'PayPal Europe S.à r.l. et Cie, S.C.A. Veuillez ne pas répondre à cet e-mail.', 'PayPal', '#003087')
    pay('paypal_paiement_recu_kanaalnegen.eml', A('PayPal', 'service@paypal.fr'),
        'Vous avez reçu un paiement', 'mon', '14:22', alt(txt, html), provider='PayPal', group='PayPal',
        pattern='PayPal payment received with buyer note', direction='in', amount='450.00', currency='EUR',
        payer='Kanaal Negen Media', reference='7GK41022LM556093X', value_date='2026-11-30', cap='yes')

    # --- PayPal pending (none)
    txt = ('Bonjour Xavier Pelletier,\n\nLearnbox SAS vous a envoyé un paiement de 375,00 € EUR.\n'
           'Ce paiement est en attente : il s\'agit d\'un paiement par virement bancaire qui sera disponible dans '
           'votre compte une fois le transfert terminé (3 à 5 jours ouvrables).\n\n'
           'Veuillez ne pas répondre à cet e-mail.\nPayPal Europe S.à r.l. et Cie, S.C.A.\n')
    pay('paypal_paiement_en_attente.eml', A('PayPal', 'service@paypal.fr'), 'Paiement en attente',
        'wed', '16:05', T(txt), provider='PayPal', group='PayPal', pattern='payment pending (bank-funded)',
        direction='none', amount='375.00', currency='EUR', cap='no', notes='payer Learnbox SAS named but money not available yet')

    # --- PayPal dispute
    txt = ('Bonjour Xavier Pelletier,\n\nUn acheteur a ouvert un litige concernant une transaction.\n\n'
           'Acheteur : Julien Marchal\nMontant de la transaction : 120,00 € EUR\nN° de transaction : 3XR55821AB902144C\n'
           'Motif : Objet non conforme à la description\n\nVous avez 20 jours pour répondre dans le Centre des résolutions. '
           'Le montant a été mis en réserve.\n\nPayPal\n')
    pay('paypal_litige_ouvert.eml', A('PayPal', 'service@paypal.fr'), 'Un litige a été ouvert – Réponse requise',
        'thu', '11:11', T(txt), provider='PayPal', group='PayPal', pattern='buyer dispute opened, funds on hold',
        direction='chargeback', amount='120.00', currency='EUR', reference='3XR55821AB902144C', cap='no')

    # --- Stripe payment succeeded (in)
    txt = ('Paiement réussi\n\n720,00 € de tresorier@apprentisage-asso.fr\n\nDescription : Facture F-2026-0386 – '
           'Association Apprenti\'Sage\nMoyen de paiement : Visa •••• 4242\nID : pi_3QxB71KzD2n8Aa1c0F9eL2mT\n\n'
           'Consulter le paiement dans le Dashboard.\n\nStripe Payments Europe, Limited – 1 Grand Canal Street Lower, '
           'Dublin 2, Irlande\nVous recevez cet e-mail car vous avez activé les notifications de paiements réussis.\n')
    pay('stripe_paiement_reussi_apprentisage.eml', A('Stripe', 'notifications@stripe.com'),
        'Paiement de 720,00 € reçu de tresorier@apprentisage-asso.fr', 'fri', '10:24', T(txt), provider='Stripe',
        group='Stripe', pattern='successful card payment via payment link', direction='in', amount='720.00',
        currency='EUR', payer='tresorier@apprentisage-asso.fr', reference='Facture F-2026-0386 – Association Apprenti\'Sage',
        value_date='2026-12-04', cap='yes', notes='payer identified by e-mail only (Stripe style)')

    # --- Stripe payout (aggregate)
    txt = ('Votre virement est en route\n\nUn virement de 2 140,50 € est en route vers votre compte bancaire '
           '(Qonto ••••0182). Arrivée prévue : 3 déc. 2026.\n\nIl regroupe 4 paiements et 1 remboursement.\n\n'
           'Stripe Payments Europe, Limited\n')
    pay('stripe_virement_en_route.eml', A('Stripe', 'notifications@stripe.com'), 'Votre virement de 2 140,50 € est en route',
        'tue', '02:10', T(txt), provider='Stripe', group='Stripe', pattern='payout bundling several payments',
        direction='in', amount='2140.50', currency='EUR', value_date='2026-12-03', cap='no_aggregate')

    # --- Stripe payout failed
    txt = ('Action requise pour reprendre les virements depuis votre solde Stripe\n\nLe virement de 1 212,40 € vers '
           'votre compte bancaire se terminant par 0182 a échoué : le compte n\'accepte pas les virements entrants '
           '(code : account_closed).\nVeuillez mettre à jour vos coordonnées bancaires pour reprendre les virements.\n\n'
           'Stripe\n')
    pay('stripe_virement_echoue.eml', A('Stripe', 'notifications@stripe.com'),
        'Action requise : votre virement a échoué', 'thu', '05:33', T(txt), provider='Stripe', group='Stripe',
        pattern='payout failed, action required', direction='failed', amount='1212.40', currency='EUR', cap='no')

    # --- Stripe dispute (English)
    txt = ('A payment has been disputed\n\nThe cardholder disputed a €720.00 payment from tresorier@apprentisage-asso.fr. '
           'The reason given is "unrecognized". Respond by 18 Dec 2026 to avoid losing the dispute.\n\n'
           'The disputed amount and a €20.00 dispute fee have been withdrawn from your balance.\n\nStripe\n')
    pay('stripe_payment_disputed.eml', A('Stripe', 'notifications@stripe.com'), 'A €720.00 payment has been disputed',
        'fri', '22:40', T(txt), lang='en', provider='Stripe', group='Stripe', pattern='chargeback, English',
        direction='chargeback', amount='720.00', currency='EUR', cap='no')

    # --- GoCardless in
    txt = ('Bonjour,\n\nNous avons encaissé un paiement de 180,00 € de Formavia.\nRéférence : ABONNEMENT MAINTENANCE '
           'VIDEO DEC-2026\nLe paiement sera versé sur votre compte avec votre prochain virement GoCardless.\n\n'
           'GoCardless SAS\nVous recevez cet e-mail car vous utilisez GoCardless pour encaisser des paiements.\n')
    pay('gocardless_paiement_encaisse_formavia.eml', A('GoCardless', 'help@gocardless.com'),
        'Paiement encaissé : 180,00 € de Formavia', 'tue', '09:00', T(txt), provider='GoCardless',
        group='GoCardless', pattern='direct debit collected from a client', direction='in', amount='180.00',
        currency='EUR', payer='Formavia', reference='ABONNEMENT MAINTENANCE VIDEO DEC-2026', value_date='2026-12-01',
        cap='yes')

    # --- GoCardless failed
    txt = ('Bonjour,\n\nLe paiement de 180,00 € de Didacto Éditions a échoué.\nMotif : le client a annulé le mandat '
           '(MD01).\nNous ne tenterons pas de le prélever à nouveau.\n\nGoCardless SAS\n')
    pay('gocardless_paiement_echoue.eml', A('GoCardless', 'help@gocardless.com'), 'Échec du paiement de Didacto Éditions',
        'thu', '09:02', T(txt), provider='GoCardless', group='GoCardless', pattern='direct debit failed (mandate cancelled)',
        direction='failed', amount='180.00', currency='EUR', cap='no')

    # --- SumUp invoice paid
    txt = ('Bonne nouvelle !\n\nVotre facture F-2026-0440 a été payée par Brasserie du Vieux-Lille.\nMontant : 350,00 €\n'
           'Moyen de paiement : carte bancaire\nDate : 02/12/2026\n\nLes fonds seront versés sur votre compte selon '
           'votre calendrier de versement.\n\nSumUp Limited\n')
    pay('sumup_facture_payee_brasserie.eml', A('SumUp', 'noreply@sumup.com'), 'Votre facture F-2026-0440 a été payée',
        'wed', '13:48', T(txt), provider='SumUp', group='SumUp', pattern='invoice paid online by card',
        direction='in', amount='350.00', currency='EUR', payer='Brasserie du Vieux-Lille', reference='F-2026-0440',
        value_date='2026-12-02', cap='yes')

    # --- Mollie settlement
    txt = ('Bonjour Xavier,\n\nNous avons versé 845,20 € sur votre compte bancaire (référence du versement '
           'STL-2026-1203-88412). Ce versement regroupe 6 paiements reçus entre le 26/11 et le 02/12.\n\n'
           'Mollie B.V.\n')
    pay('mollie_versement.eml', A('Mollie', 'noreply@mollie.com'), 'Votre versement de 845,20 € est en route',
        'thu', '06:00', T(txt), provider='Mollie', group='Mollie', pattern='settlement of several payments',
        direction='in', amount='845.20', currency='EUR', reference='STL-2026-1203-88412', value_date='2026-12-03',
        cap='no_aggregate')

    # --- Mollie chargeback (English)
    txt = ('Chargeback received\n\nA chargeback of €95.00 has been received for payment tr_Wq7ry3Kd2P (Motion template '
           'pack). The amount plus €15.00 costs will be deducted from your next settlement.\n\nMollie B.V.\n')
    pay('mollie_chargeback.eml', A('Mollie', 'noreply@mollie.com'), 'Chargeback received for tr_Wq7ry3Kd2P', 'fri',
        '12:30', T(txt), lang='en', provider='Mollie', group='Mollie', pattern='chargeback deducted from settlement',
        direction='chargeback', amount='95.00', currency='EUR', reference='tr_Wq7ry3Kd2P', cap='no')

    # --- PayPlug failed
    txt = ('Bonjour,\n\nLe paiement de 1 100,00 € pour la commande "Facture F-2026-0436" a été refusé.\nMotif : '
           'authentification 3-D Secure échouée.\nClient : compta@lille-courtmetrage.fr\n\nPayPlug\n')
    pay('payplug_paiement_refuse.eml', A('PayPlug', 'no-reply@payplug.com'), 'Paiement refusé', 'tue', '15:12', T(txt),
        provider='PayPlug', group='PayPlug', pattern='card payment refused (3DS)', direction='failed',
        amount='1100.00', currency='EUR', reference='Facture F-2026-0436', cap='no')

    # --- Sumeria (ex-Lydia) in
    txt = ('Julien M. vous a envoyé 150,00 €\n\n"Montage vidéo mariage – acompte"\n\nL\'argent est disponible sur votre '
           'compte Sumeria.\n\nSumeria (ex-Lydia)\n')
    pay('sumeria_julien_vous_a_envoye.eml', A('Sumeria', 'no-reply@sumeria.eu'), 'Julien M. vous a envoyé 150,00 €',
        'wed', '20:20', T(txt), provider='Sumeria (Lydia)', group='Sumeria', pattern='peer payment with message',
        direction='in', amount='150.00', currency='EUR', payer='Julien M.', reference='Montage vidéo mariage – acompte',
        value_date='2026-12-02', cap='yes')

    # --- Pennylane bank feed
    html = page('Nouvelle transaction', '<p>Bonjour Xavier,</p><p>Nous avons détecté un encaissement sur votre compte '
                'Qonto et l\'avons rapproché automatiquement :</p>' + tbl([
                    ('Transaction', 'VIR AGENCE TRAMONTANE F-2026-0394 HORS AVENANT'), ('Montant', '+2 280,00 €'),
                    ('Date', '03/12/2026'), ('Facture', 'F-2026-0394 (partiellement payée)')]),
                'Pennylane – Vous recevez cet e-mail car vous avez activé les notifications de rapprochement.',
                'Pennylane', '#00372e')
    pay('pennylane_encaissement_rapproche.eml', A('Pennylane', 'notifications@pennylane.com'),
        'Encaissement rapproché : +2 280,00 €', 'thu', '12:40', HT(html), provider='Pennylane', group='Pennylane',
        pattern='accounting bank feed, partial match', direction='in', amount='2280.00', currency='EUR',
        payer='AGENCE TRAMONTANE', reference='F-2026-0394 HORS AVENANT', value_date='2026-12-03', cap='yes',
        notes='partial payment of a disputed invoice')

    # --- Indy bank feed
    txt = ('Nouvelle transaction à catégoriser\n\n+640,00 €  ECOLE SUP IMAGE ET SON ROUBAIX – INTERVENTION ATELIER MOTION\n'
           '01/12/2026 – Compte Shine\n\nCatégorisez-la en 2 clics dans Indy.\n\nIndy\n')
    pay('indy_nouvelle_transaction.eml', A('Indy', 'notifications@indy.fr'), 'Nouvelle transaction : +640,00 €',
        'tue', '19:30', T(txt), provider='Indy', group='Indy', pattern='bank feed "à catégoriser"', direction='in',
        amount='640.00', currency='EUR', payer='ECOLE SUP IMAGE ET SON ROUBAIX', reference='INTERVENTION ATELIER MOTION',
        value_date='2026-12-01', cap='yes')

    # --- Remittance advice FR (SAP-like), PDF attached
    p = pdf(['NORDVISION PRODUCTIONS - AVIS DE PAIEMENT', 'Fournisseur : 400127 PELLETIER XAVIER',
             'Date de paiement : 15.12.2026   Mode : Virement SEPA', 'Piece       Reference         Montant',
             '5100004412  F-2026-0398       4 320,00 EUR', 'Total : 4 320,00 EUR'])
    txt = ('Madame, Monsieur,\n\nVeuillez trouver ci-joint l\'avis de paiement relatif aux pièces réglées lors de notre '
           'prochaine campagne de paiement du 15.12.2026.\n\nCeci est un envoi automatique, merci de ne pas répondre.\n'
           'NORDVISION PRODUCTIONS – Comptabilité fournisseurs\n')
    add('nordvision_avis_de_paiement_sap.eml', P, mail(A('NORDVISION PRODUCTIONS', 'sap-noreply@nordvision-prod.fr'),
        OWNER, 'Avis de paiement 400127 / 15.12.2026', 'fri', '18:05',
        multi('mixed', [T(txt), att('application/pdf', 'AVIS_PAIEMENT_400127.pdf', p)])),
        provider='SAP (Nordvision)', group='Nordvision Productions', pattern='client ERP remittance advice with PDF',
        direction='in', amount='4320.00', currency='EUR', payer='NORDVISION PRODUCTIONS', reference='F-2026-0398',
        value_date='2026-12-15', cap='no_claim', notes='announces a future payment; no bank has seen it')

    # --- Remittance advice EN (Xero-like)
    txt = ('Hi Xavier,\n\nHere\'s your remittance advice from Brightwater Creative Ltd.\n\n'
           'Payment date: 3 Dec 2026\nAmount paid: EUR 3,600.00\nInvoice: INV-0377\n\n'
           'If you have any questions, please let us know.\n\nThanks,\nBrightwater Creative Ltd\n')
    add('brightwater_remittance_advice_xero.eml', P, mail(A('Brightwater Creative Ltd', 'messaging-service@post.xero.com'),
        OWNER, 'Remittance Advice from Brightwater Creative Ltd', 'thu', '14:30', T(txt),
        reply_to='accounts@brightwater-creative.co.uk', tz='+0000'), lang='en', provider='Xero (Brightwater)',
        group='Brightwater Creative Ltd', pattern='accounting-software remittance advice', direction='in',
        amount='3600.00', currency='EUR', payer='Brightwater Creative Ltd', reference='INV-0377',
        value_date='2026-12-03', cap='no_claim')

# ------------------------------------------------------------------ auto_reply
def autos():
    R = 'auto_reply'
    AR = [('Auto-Submitted', 'auto-replied')]
    # Outlook FR Réponse automatique
    n = 398
    txt = ('Bonjour,\n\nJe suis absente du bureau jusqu\'au lundi 7 décembre inclus, avec un accès limité à mes e-mails.\n'
           'Pour toute urgence comptable, merci de contacter compta-fournisseurs@nordvision-prod.fr.\n\n'
           'Cordialement,\nElodie Vanhoutte\n')
    add('outlook_fr_reponse_automatique_nordvision.eml', R, mail(A('Vanhoutte Elodie', 'e.vanhoutte@nordvision-prod.fr'),
        OWNER, 'Réponse automatique : ' + subj_fr(n), 'mon', '08:01',
        alt(txt, html_wrap('<p>' + txt.replace('\n', '<br>') + '</p>')), irt=rmid(n),
        extra=AR + [('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'e.vanhoutte@nordvision-prod.fr')]),
        group='Exchange Online', pattern='Outlook OOF "Réponse automatique :"', facts='ooo_until=2026-12-07',
        notes='"jusqu\'au lundi 7 décembre inclus": back on 8th; ooo_until given as the stated date')
    # Gmail vacation EN
    n = 383
    txt = ('Thanks for your email. I\'m out of the office until Wednesday 9 December and will reply when I\'m back.\n'
           'For anything urgent please contact accounts@harrowfinch.co.uk.\n\nEmma\n')
    add('gmail_en_vacation_harrowfinch.eml', R, mail(A('Emma Whitfield', 'emma.whitfield@harrowfinch.co.uk'), OWNER,
        'Re: ' + subj_en(n), 'mon', '08:00', T(txt), irt=rmid(n), extra=AR, tz='+0000'),
        lang='en', group='Gmail vacation responder', pattern='Gmail/Workspace vacation, "Re:" subject',
        facts='ooo_until=2026-12-09')
    # Absence du bureau, no headers
    n = 405
    txt = ('Absence du bureau\n\nBonjour,\nJe suis actuellement en congés et serai de retour le 14 décembre.\n'
           'En mon absence, vous pouvez joindre Anne-Sophie Leroy (compta@didacto-editions.fr).\nThomas\n')
    add('absence_fr_sans_entetes_didacto.eml', R, mail(A('Thomas Lefebvre-Caron', 't.lefebvre-caron@didacto-editions.fr'),
        OWNER, 'Absence du bureau', 'mon', '08:02', T(txt)),
        group='Didacto Éditions', pattern='no Auto-Submitted header, no threading', facts='ooo_until=2026-12-14',
        notes='return date 14 Dec; absent until the 13th strictly')
    # English OOO no headers
    n = 433
    txt = ('Hi,\n\nI\'m currently out of office with limited access to email until Monday 7 December.\n'
           'I\'ll get back to you as soon as possible.\n\nTom Asher\nPampa Studio London\n')
    add('ooo_en_no_headers_pampa.eml', R, mail(A('Tom Asher', 'tom.asher@pampastudio.co.uk'), OWNER,
        'Out of Office: ' + subj_en(n), 'mon', '08:03', T(txt), irt=rmid(n), tz='+0000'),
        lang='en', group='Pampa Studio London', pattern='"Out of Office:" subject, no auto headers',
        facts='ooo_until=2026-12-07')
    # AP autoresponder FR
    txt = ('Bonjour,\n\nNous accusons bonne réception de votre message adressé au service Comptabilité Fournisseurs.\n'
           'Rappel de nos conditions : les factures sont réglées à 45 jours fin de mois, par virement, lors de nos '
           'campagnes de paiement du 10 et du 25 de chaque mois. Toute facture doit mentionner un numéro de bon de '
           'commande.\nMerci de ne pas renvoyer vos factures en double.\n\nLe service Comptabilité Fournisseurs\n'
           'NORDEXPO ORGANISATION\n\nMessage automatique, merci de ne pas y répondre.\n')
    add('ap_fr_accuse_reception_nordexpo.eml', R, mail(A('Comptabilité Fournisseurs', 'factures@nordexpo-organisation.fr'),
        OWNER, 'Accusé de réception – ' + subj_fr(411), 'mon', '08:00', T(txt), irt=rmid(411),
        extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'auto_reply')]),
        group='Nordexpo Organisation', pattern='AP autoresponder stating payment terms', facts='',
        notes='mentions 10 and 25 payment runs: general terms, not a promise')
    # AP autoresponder EN
    txt = ('Thank you for contacting Accounts Payable.\n\nThis mailbox is monitored Monday to Friday. Invoices are '
           'processed within 5 working days of receipt and paid in our weekly payment run on Tuesdays, according '
           'to agreed terms. Please do not reply to this message.\n\nBrightwater Creative Ltd - Finance\n')
    add('ap_en_accounts_payable_brightwater.eml', R, mail(A('Accounts Payable', 'ap@brightwater-creative.co.uk'),
        OWNER, 'Automatic reply: ' + subj_en(377), 'mon', '08:00', T(txt), irt=rmid(377),
        extra=AR + [('X-Autoreply', 'yes')], tz='+0000'),
        lang='en', group='Brightwater Creative Ltd', pattern='AP autoresponder, X-Autoreply', facts='')
    # Zendesk ticket FR
    txt = ('##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nBonjour Xavier,\n\nVotre demande (#48213) '
           'a bien été reçue et sera traitée par notre équipe support sous 48 h ouvrées.\n\nL\'équipe Learnbox\n\n'
           'Ce message a été envoyé par Zendesk.\n')
    add('zendesk_fr_demande_recue_learnbox.eml', R, mail(A('Learnbox Support', 'support@learnbox.io'), OWNER,
        '[Learnbox] Re: ' + subj_fr(426), 'mon', '08:01', T(txt), irt=rmid(426),
        extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer')]),
        group='Zendesk', pattern='helpdesk ticket acknowledgement', facts='')
    # Freshdesk EN
    txt = ('Dear Xavier,\n\nWe would like to acknowledge that we have received your request and a ticket has been '
           'created. A support representative will be reviewing your request and will send you a personal response '
           '(usually within 24 hours).\n\nTicket #11874\n\nKanaal Negen Media - Helpdesk\n')
    add('freshdesk_en_ticket_kanaalnegen.eml', R, mail(A('Kanaal Negen Helpdesk', 'support@kanaalnegen.freshdesk.com'),
        OWNER, 'Ticket Received - ' + subj_en(415), 'mon', '08:04', T(txt), irt=rmid(415),
        extra=[('Auto-Submitted', 'auto-generated')]),
        lang='en', group='Freshdesk', pattern='helpdesk ticket acknowledgement', facts='')
    # MDN Outlook FR
    n = 419
    hum = ('Votre message\n\n  À : Hélène Carpentier\n  Objet : ' + subj_fr(n) + '\n  Envoyé : lundi 30 novembre '
           '2026 08:00:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le lundi 30 novembre 2026 '
           '09:12:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n')
    mdn = ('Reporting-UA: cinqseptfilms.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;helene.carpentier@cinqseptfilms.fr\n'
           'Original-Message-ID: ' + rmid(n) + '\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    root = multi('report', [T(hum), Part([('Content-Type', 'message/disposition-notification')], mdn.encode())],
                 params='; report-type=disposition-notification')
    add('mdn_fr_outlook_lu.eml', R, mail(A('Hélène Carpentier', 'helene.carpentier@cinqseptfilms.fr'), OWNER,
        'Lu : ' + subj_fr(n), 'mon', '09:12', root, irt=rmid(n)),
        group='Exchange/Outlook MDN', pattern='read receipt "Lu :" with disposition-notification', facts='')
    # MDN Thunderbird EN
    n = 421
    hum = ('This is a Return Receipt for the mail that you sent to finance@studiovlakte.nl.\n\nNote: This Return Receipt '
           'only acknowledges that the message was displayed on the recipient\'s computer. There is no guarantee that '
           'the recipient has read or understood the message contents.\n')
    mdn = ('Reporting-UA: mail.studiovlakte.nl; Thunderbird 128.5.0\nOriginal-Recipient: rfc822;finance@studiovlakte.nl\n'
           'Final-Recipient: rfc822;finance@studiovlakte.nl\nOriginal-Message-ID: ' + rmid(n) +
           '\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    root = multi('report', [T(hum), Part([('Content-Type', 'message/disposition-notification; name="MDNPart2.txt"')],
                                         mdn.encode())], params='; report-type=disposition-notification')
    add('mdn_en_thunderbird_return_receipt.eml', R, mail(A('Studio Vlakte Finance', 'finance@studiovlakte.nl'), OWNER,
        'Return Receipt (displayed) - ' + subj_en(n), 'mon', '09:40', root, irt=rmid(n), extra=TB),
        lang='en', group='Thunderbird MDN', pattern='Thunderbird return receipt', facts='')
    # Challenge-response (Mailinblack-like)
    html = page('Message en attente', '<p>Bonjour,</p><p>Votre message « ' + subj_fr(402) + ' » adressé à '
                'aurelie@lumen-events.fr est en attente.</p><p>Votre correspondant utilise une protection anti-spam. '
                'Pour que votre message soit délivré, merci de confirmer que vous n\'êtes pas un robot en cliquant '
                'sur le lien ci-dessous. Cette opération n\'est à faire qu\'une seule fois.</p>'
                '<p><a href="https://protect.example-antispam.fr/v/8d1f0c2a">Je confirme mon envoi</a></p>',
                'Ce message a été envoyé automatiquement par le service anti-spam de votre correspondant.',
                'Protection anti-spam', '#2b5797')
    add('challenge_fr_confirmez_non_robot_lumen.eml', R, mail(A('Protection anti-spam Lumen Events', 'noreply@protect.example-antispam.fr'),
        OWNER, 'Votre message est en attente de validation', 'mon', '08:01', HT(html), irt=rmid(402),
        extra=[('Auto-Submitted', 'auto-replied')]),
        group='challenge-response (Mailinblack-style)', pattern='challenge-response, confirm you are human', facts='')
    # Dutch bilingual
    txt = ('Beste afzender,\n\nIk ben afwezig tot en met vrijdag 11 december. Uw e-mail wordt niet doorgestuurd.\n\n'
           'Dear sender,\n\nI am out of office until Friday 11 December. Your e-mail will not be forwarded.\n'
           'For urgent matters: info@kanaalnegen.nl\n\nJoost van Leeuwen\n')
    add('ooo_nl_en_afwezig_kanaalnegen.eml', R, mail(A('Joost van Leeuwen', 'joost@kanaalnegen.nl'), OWNER,
        'Automatisch antwoord: ' + subj_en(415), 'mon', '08:05', T(txt), irt=rmid(415),
        extra=AR + [('X-Auto-Response-Suppress', 'All')]),
        lang='nl', group='Kanaal Negen Media', pattern='Dutch/English OOO "Automatisch antwoord"', facts='ooo_until=2026-12-11')
    # Québec
    txt = ('Bonjour,\n\nJe suis en congé du 28 novembre au 6 décembre inclusivement. Je prendrai connaissance de votre '
           'courriel à mon retour, le lundi 7 décembre.\nPour toute question urgente concernant la production, '
           'veuillez écrire à prod@productionsboreales.ca.\n\nMerci!\nMarie-Ève Gagnon\n')
    add('ooo_qc_conge_boreales.eml', R, mail(A('Marie-Ève Gagnon', 'megagnon@productionsboreales.ca'), OWNER,
        'Réponse automatique : ' + subj_fr(389), 'mon', '02:00', T(txt), irt=rmid(389), extra=AR, tz='-0500'),
        group='Productions Boréales inc.', pattern='Québec "en congé ... inclusivement", courriel', facts='ooo_until=2026-12-07')
    # Parental leave, no date
    txt = ('Bonjour,\n\nJe suis actuellement en congé parental. Pour toute question relative à la facturation, merci de '
           'vous adresser à Marion Lemoine : m.lemoine@agence-tramontane.fr.\n\nJulien Roussel\n')
    add('ooo_fr_conge_parental_tramontane.eml', R, mail(A('Julien Roussel', 'j.roussel@agence-tramontane.fr'), OWNER,
        'Réponse automatique : ' + subj_fr(394), 'mon', '08:00', T(txt), irt=rmid(394),
        extra=AR + [('X-Auto-Response-Suppress', 'All')]),
        group='Agence Tramontane', pattern='open-ended absence, redirect to colleague', facts='')
    # mailbox no longer monitored
    txt = ('Cette adresse n\'est plus consultée.\n\nDepuis le 1er novembre 2026, merci d\'adresser vos factures et '
           'relances à factures@cinqseptfilms.fr.\nVotre message n\'a pas été transmis.\n\nCinq Sept Films\n')
    add('auto_fr_adresse_plus_consultee_cinqsept.eml', R, mail(A('Cinq Sept Films', 'prod@cinqseptfilms.fr'), OWNER,
        'Adresse non consultée – ' + subj_fr(419), 'mon', '08:00', T(txt), irt=rmid(419, 1),
        extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')]),
        group='Cinq Sept Films', pattern='"adresse plus consultée" autoresponder (delivered, not a bounce)', facts='')
    # Orange webmail "Message d'absence"
    txt = ('Message d\'absence\n\nBonjour, je suis en déplacement avec le club (stage de mi-saison) jusqu\'au 5 décembre. '
           'Je répondrai à mon retour.\nGérard Lemaire\n')
    add('orange_fr_message_absence.eml', R, mail(A('Gérard Lemaire', 'gerard.lemaire@orange.fr'), OWNER,
        'Message d\'absence', 'fri', '16:13', T(txt, charset='iso-8859-1'),
        extra=[('Auto-Submitted', 'auto-replied (vacation)'), ('X-Autoreply', 'yes')]),
        group='Orange webmail', pattern='Orange vacation, "auto-replied (vacation)"', facts='ooo_until=2026-12-05')


# ---------------------------------------------------------------------- bounce
def dsn_part(rcpt, status, diag, mta, action='failed', extra=''):
    s = ('Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n'
         'Diagnostic-Code: smtp; %s\n%s' % (mta, D('mon', '08:00:05'), rcpt, action, status, diag, extra))
    return Part([('Content-Type', 'message/delivery-status')], s.encode())


def orig_headers(to, n, en=False):
    s = ('Return-Path: <xavier@pelletier-motion.fr>\nFrom: Xavier Pelletier <xavier@pelletier-motion.fr>\nTo: %s\n'
         'Subject: %s\nDate: %s\nMessage-ID: %s\n' % (to, subj_en(n) if en else H(subj_fr(n)), D('mon', '08:00:00'), rmid(n)))
    return Part([('Content-Type', 'text/rfc822-headers')], s.encode())


def bounces():
    R = 'bounce'
    # Gmail 5.1.1
    rc = 'camille.dufresne.pixelle@gmail.com'
    txt = ('\n** Adresse introuvable **\n\nVotre message n\'a pas été distribué à %s, car l\'adresse est introuvable '
           'ou ne peut pas recevoir d\'e-mails.\n\nRéponse du serveur distant :\n550 5.1.1 The email account that you '
           'tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or '
           'unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\n' % rc)
    root = multi('report', [T(txt), dsn_part(rc, '5.1.1', '550-5.1.1 The email account that you tried to reach does '
                                             'not exist.', 'googlemail.com'), orig_headers(rc, 412)],
                 params='; report-type=delivery-status')
    add('gmail_fr_adresse_introuvable.eml', R, mail(A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), OWNER,
        'Delivery Status Notification (Failure)', 'mon', '08:00', root, extra=[('Auto-Submitted', 'auto-replied')]),
        group='Gmail', pattern='Gmail NoSuchUser with French human part', facts='failed_recipient=' + rc)
    # Gmail delay
    rc = 'ines@boldnorth.fr'
    txt = ('** Message non distribué pour l\'instant **\n\nUn problème temporaire a empêché la distribution de votre '
           'message à %s. Gmail réessaiera pendant 46 heures. Vous recevrez une notification si la distribution '
           'échoue définitivement.\n\nRéponse :\n451 4.4.1 Temporary failure: connection timed out\n' % rc)
    root = multi('report', [T(txt), dsn_part(rc, '4.4.1', '451 4.4.1 connection timed out', 'googlemail.com',
                                             action='delayed', extra='Will-Retry-Until: %s\n' % D('wed', '06:00:00')),
                            orig_headers(rc, 430)], params='; report-type=delivery-status')
    add('gmail_delay_warning.eml', R, mail(A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), OWNER,
        'Delivery Status Notification (Delay)', 'mon', '12:04', root),
        group='Gmail', pattern='delay warning, Action: delayed', facts='failed_recipient=%s;bounce_final=no' % rc)
    # Exchange Online EN
    rc = 'accounts@harrowfinch.co.uk'
    html = html_wrap('<p><b>Your message to %s couldn\'t be delivered.</b></p><p>harrowfinch.co.uk suspected your message '
                     'was spam and rejected it.</p><p>Remote Server returned \'550 5.7.350 Remote server returned message '
                     'detected as spam -&gt; 554 5.7.1 Message rejected due to content restrictions\'</p>' % rc,
                     font='Segoe UI')
    root = multi('report', [alt('Your message to %s couldn\'t be delivered.\nharrowfinch.co.uk suspected your message was '
                                'spam and rejected it.\n' % rc, html),
                            dsn_part(rc, '5.7.350', '550 5.7.350 Remote server returned message detected as spam',
                                     'AM6PR02MB4512.eurprd02.prod.outlook.com'), orig_headers(rc, 383, en=True)],
                 params='; report-type=delivery-status')
    add('exchange_online_en_undeliverable_spam.eml', R, mail(A('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harrowfinch.co.uk'),
        OWNER, 'Undeliverable: ' + subj_en(383), 'tue', '10:03', root, tz='+0000',
        extra=[('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')]),
        lang='en', group='Exchange Online', pattern='NDR spam rejection 5.7.350', facts='failed_recipient=' + rc)
    # Exchange on-prem FR "Non remis"
    rc = 'compta@metropole-tourisme-nord.fr'
    txt = ('Impossible de remettre le message à ces destinataires ou groupes :\n\n%s\nLa boîte aux lettres du destinataire '
           'est pleine et ne peut pas accepter de messages pour l\'instant. Réessayez d\'envoyer le message plus tard ou '
           'contactez directement le destinataire.\n\nInformations de diagnostic pour les administrateurs :\n'
           'Serveur de génération : EXCH02.mtn.local\n%s\nRemote Server returned \'554 5.2.2 mailbox full; '
           'STOREDRV.Deliver.Exception:QuotaExceededException\'\n' % (rc, rc))
    root = multi('report', [T(txt), dsn_part(rc, '5.2.2', '554 5.2.2 mailbox full', 'EXCH02.mtn.local'),
                            orig_headers(rc, 399)], params='; report-type=delivery-status')
    add('exchange_fr_non_remis_boite_pleine.eml', R, mail(A('Administrateur système', 'postmaster@metropole-tourisme-nord.fr'),
        OWNER, 'Non remis : ' + subj_fr(399), 'mon', '08:01', root),
        group='Exchange on-premises', pattern='French NDR, mailbox full', facts='failed_recipient=' + rc)
    # Orange
    rc = 'b.vasseur59@wanadoo.fr'
    txt = ('Ce message a été envoyé automatiquement par le serveur de messagerie d\'Orange.\n\nVotre message n\'a pas pu '
           'être remis au destinataire suivant :\n\n  <%s> : 550 5.1.1 Adresse d au moins un destinataire invalide. '
           'Invalid recipient. OFR_416\n\nVérifiez l\'adresse et renvoyez votre message.\n' % rc)
    root = multi('report', [T(txt, charset='iso-8859-1'), dsn_part(rc, '5.1.1', '550 5.1.1 Invalid recipient OFR_416',
                                                                 'mwinf5c12.me-wanadoo.net'), orig_headers(rc, 386)],
                 params='; report-type=delivery-status')
    add('orange_wanadoo_destinataire_invalide.eml', R, mail(A('Mail Delivery System', 'MAILER-DAEMON@orange.fr'), OWNER,
        'Echec de distribution du message', 'thu', '20:16', root),
        group='Orange/Wanadoo', pattern='Orange OFR_416 invalid recipient', facts='failed_recipient=' + rc)
    # Free quota (Postfix)
    rc = 'paul.ricardsimon@free.fr'
    txt = ('This is the mail system at host smtp1-g21.free.fr.\n\nI\'m sorry to have to inform you that your message could '
           'not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail '
           'to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the '
           'attached returned message.\n\n                   The mail system\n\n<%s>: host mx1.free.fr[212.27.48.6] '
           'said: 552 5.2.2\n    Quota exceeded (mailbox for user is full) (in reply to RCPT TO command)\n' % rc)
    root = multi('report', [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')],
                                 txt.encode()),
                            dsn_part(rc, '5.2.2', '552 5.2.2 Quota exceeded (mailbox for user is full)', 'smtp1-g21.free.fr'),
                            orig_headers(rc, 428)], params='; report-type=delivery-status')
    add('free_postfix_quota.eml', R, mail(A('Mail Delivery System', 'MAILER-DAEMON@smtp1-g21.free.fr'), OWNER,
        'Undelivered Mail Returned to Sender', 'tue', '08:00', root),
        group='Free', pattern='Postfix bounce text, quota exceeded', facts='failed_recipient=' + rc)
    # OVH postfix
    rc = 'contact@lafabriqueapitch.fr'
    txt = ('This is the mail system at host mo552.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your message '
           'could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n<%s>: host '
           'mx3.mail.ovh.net[188.165.47.122] said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown in '
           'virtual mailbox table\n    (in reply to RCPT TO command)\n' % (rc, rc))
    root = multi('report', [T(txt, charset='us-ascii', cte='7bit'),
                            dsn_part(rc, '5.1.1', '550 5.1.1 Recipient address rejected: User unknown', 'mo552.mail-out.ovh.net'),
                            orig_headers(rc, 428)], params='; report-type=delivery-status')
    add('ovh_postfix_user_unknown.eml', R, mail(A('Mail Delivery System', 'MAILER-DAEMON@mo552.mail-out.ovh.net'), OWNER,
        'Undelivered Mail Returned to Sender', 'wed', '10:31', root),
        lang='en', group='OVH', pattern='Postfix at OVH, user unknown', facts='failed_recipient=' + rc)
    # Postfix delay (own server)
    rc = 'megagnon@productionsboreales.ca'
    txt = ('This is the mail system at host mail.pelletier-motion.fr.\n\n####################################################'
           '#################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
           '#####################################################################\n\nYour message could not be '
           'delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   '
           'The mail system\n\n<%s>: connect to mx.productionsboreales.ca[198.51.100.24]:25:\n    Connection timed out\n' % rc)
    root = multi('report', [T(txt, charset='us-ascii', cte='7bit'),
                            dsn_part(rc, '4.4.1', 'connect to mx.productionsboreales.ca: Connection timed out',
                                     'mail.pelletier-motion.fr', action='delayed',
                                     extra='Will-Retry-Until: %s\n' % D('fri', '08:00:00')), orig_headers(rc, 389)],
                 params='; report-type=delivery-status')
    add('postfix_delayed_mail_warning.eml', R, mail(A('Mail Delivery System', 'MAILER-DAEMON@mail.pelletier-motion.fr'), OWNER,
        'Delayed Mail (still being retried)', 'mon', '12:00', root),
        lang='en', group='Postfix', pattern='Postfix delay warning', facts='failed_recipient=%s;bounce_final=no' % rc)
    # Exim, no DSN part
    rc = 'k.benali@asmn-football.fr'
    txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be '
           'delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'
           '  %s\n    host mail.asmn-football.fr [203.0.113.40]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n'
           '    550 No such user here\n\n------ This is a copy of the message, including all the headers. ------\n\n'
           'From: Xavier Pelletier <xavier@pelletier-motion.fr>\nTo: %s\nSubject: %s\nMessage-ID: %s\n'
           'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n'
           '\nBonjour,\n'
           'Sauf erreur de ma part, la facture F-2026-0417 reste impay=C3=A9e.\n' % (rc, rc, rc, H(subj_fr(417)), rmid(417)))
    add('exim_no_dsn_part.eml', R, mail(A('Mail Delivery System', 'Mailer-Daemon@mail.o2switch.example.net'), OWNER,
        'Mail delivery failed: returning message to sender', 'mon', '08:00', T(txt, charset='us-ascii', cte='7bit'),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Failed-Recipients', rc)]),
        lang='en', group='Exim', pattern='Exim plain-text bounce, no message/delivery-status', facts='failed_recipient=' + rc)
    # qmail failure notice
    rc = 'f.morel@nordexpo-organisation.fr'
    txt = ('Hi. This is the qmail-send program at mail.hebergeur-example.fr.\nI\'m afraid I wasn\'t able to deliver your '
           'message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
           '<%s>:\nThis address no longer accepts mail.\n\n--- Below this line is a copy of the message.\n\n'
           'From: xavier@pelletier-motion.fr\nSubject: Rappel : facture F-2026-0411\n' % rc)
    add('qmail_failure_notice.eml', R, mail('MAILER-DAEMON@mail.hebergeur-example.fr', OWNER, 'failure notice', 'wed',
        '09:00', T(txt, charset='us-ascii', cte='7bit')),
        lang='en', group='qmail', pattern='qmail failure notice, no DSN', facts='failed_recipient=' + rc)
    # French Postfix-fr template (Sendmail/Postfix French bounce)
    rc = 'sduhamel@metropole-tourisme-nord.fr'
    txt = ('[ENGLISH BELOW]\n\n------------------------------[ FRANCAIS ]------------------------------\n\n'
           'Ce message vous a été envoyé par le serveur de messagerie de mail.metropole-tourisme-nord.fr.\n\n'
           'J\'ai le regret de vous informer que votre courrier n\'a pas pu être transmis à tous ses destinataires.\n'
           '<%s> : 550 5.7.1 Message refusé : pièce jointe non autorisée\n\n'
           '------------------------------[ ENGLISH ]-------------------------------\n\nYour message could not be delivered '
           'to one or more recipients.\n<%s>: 550 5.7.1 Message rejected: attachment not allowed\n' % (rc, rc))
    root = multi('report', [T(txt), dsn_part(rc, '5.7.1', '550 5.7.1 Message rejected: attachment not allowed',
                                             'mail.metropole-tourisme-nord.fr'), orig_headers(rc, 399)],
                 params='; report-type=delivery-status', preamble=b'Ce message est encapsule avec le format MIME.\nThis is a MIME-encapsulated message.\n\n')
    add('postfix_fr_bilingue_piece_jointe_refusee.eml', R, mail(A('MAILER-DAEMON', 'MAILER-DAEMON@mail.metropole-tourisme-nord.fr'),
        OWNER, 'Attention: impossible d\'envoyer un message', 'thu', '08:00', root),
        group='Postfix (French template)', pattern='bilingual French/English bounce, attachment rejected',
        facts='failed_recipient=' + rc, notes='wording modelled on the French bounce template shipped for Postfix')

# ----------------------------------------------------------------------- other
def others():
    R = 'other'
    LU = lambda u: [('List-Unsubscribe', '<%s>' % u), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                    ('Precedence', 'bulk')]

    def o(file, frm, subj, day, hm, root, lang='fr', extra=(), **kw):
        add(file, R, mail(frm, OWNER, subj, day, hm, root, extra=extra, tz=kw.pop('tz', '+0100')), lang=lang, **kw)

    # Qonto newsletter
    html = page('Qonto', '<h2>Nouveau : la facturation électronique arrive</h2><p>À partir de septembre 2026, toutes '
                'les entreprises devront pouvoir recevoir des factures électroniques. Découvrez comment Qonto vous '
                'accompagne, sans changer vos habitudes.</p><p><a href="https://qonto.com/fr/e-invoicing">Je découvre</a></p>',
                'Vous recevez cet e-mail car vous êtes client Qonto. <a href="https://qonto.com/unsubscribe">Se désabonner</a>',
                'Qonto', '#1d1d1b')
    o('qonto_newsletter_facturation_electronique.eml', A('Qonto', 'hello@qonto.com'),
      'Facture électronique : êtes-vous prêt ? 🧾', 'tue', '10:00', alt('Nouveau : la facturation électronique arrive.\n'
                                                                     'https://qonto.com/fr/e-invoicing\n', html),
      extra=LU('https://qonto.com/unsubscribe'), provider='Qonto', group='Qonto', pattern='bank marketing newsletter')
    # Boursorama Pro offer
    o('boursorama_offre_parrainage.eml', A('Boursorama Banque', 'information@boursorama.fr'),
      'Jusqu\'à 150 € offerts pour vous et vos proches', 'wed', '11:30',
      HT(page('Offre', '<p>Parrainez vos proches et recevez jusqu\'à 150 € par filleul. Offre soumise à conditions.</p>',
              'Pour ne plus recevoir nos communications, cliquez ici.', 'Boursorama Banque', '#0a4da2')),
      extra=LU('https://www.boursorama.com/desabonnement'), provider='Boursorama', group='Boursorama',
      pattern='bank promo with an amount "150 € offerts"')
    # OVH invoice
    txt = ('Bonjour Xavier Pelletier,\n\nVotre facture FR58420193 d\'un montant de 14,39 € TTC est disponible dans votre '
           'espace client.\nElle sera prélevée sur votre moyen de paiement par défaut.\n\nDétail : Hébergement Perso '
           'pelletier-motion.fr (12 mois) + nom de domaine\n\nL\'équipe OVHcloud\n')
    o('ovhcloud_facture_disponible.eml', A('OVHcloud', 'noreply@ovh.net'), '[OVHcloud] Votre facture FR58420193',
      'mon', '03:12', T(txt), provider='OVHcloud', group='OVHcloud', pattern='supplier invoice to the owner')
    # Free Pro invoice
    o('freepro_facture.eml', A('Free Pro', 'facture@freepro.fr'), 'Votre facture Free Pro de décembre est disponible',
      'tue', '05:00', T('Bonjour,\n\nVotre facture Free Pro n° 2026-12-88120 d\'un montant de 39,99 € TTC est disponible '
                        'dans votre Espace Abonné. Elle sera prélevée le 04/12/2026.\n\nFree Pro\n'),
      provider='Free Pro', group='Free Pro', pattern='supplier invoice with upcoming debit')
    # Accountant invoice with PDF
    p = pdf(['CABINET VERHAEGHE & ASSOCIES - Expertise comptable', 'Facture H-2026-1187',
             'Client : PELLETIER MOTION (EI Xavier Pelletier)', 'Mission de tenue et bilan 2026 - acompte 4/4',
             'Montant HT : 250,00 EUR  TVA 20% : 50,00 EUR  TTC : 300,00 EUR', 'Echeance : 15/12/2026'])
    o('cabinet_comptable_facture_honoraires.eml', A('Cabinet Verhaeghe & Associés', 'facturation@verhaeghe-expertise.fr'),
      'Facture d\'honoraires H-2026-1187', 'thu', '16:00',
      multi('mixed', [T('Bonjour Monsieur Pelletier,\n\nVeuillez trouver ci-joint notre facture d\'honoraires.\n'
                        'Règlement par prélèvement à échéance.\n\nLe service facturation\n'),
                      att('application/pdf', 'H-2026-1187.pdf', p)]),
      group='Cabinet Verhaeghe', pattern='accountant invoice to the owner, PDF')
    # URSSAF
    o('urssaf_nouveau_message.eml', A('URSSAF', 'ne-pas-repondre@urssaf.fr'),
      'Un nouveau document est disponible dans votre espace', 'wed', '07:30',
      T('Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne urssaf.fr : échéancier de '
        'cotisations provisionnelles 2027.\n\nPour le consulter, connectez-vous à votre espace.\n\n'
        'Ceci est un message automatique, merci de ne pas y répondre.\nL\'Urssaf\n'),
      provider='URSSAF', group='URSSAF', pattern='public body notification')
    # impots.gouv
    o('impots_gouv_avis_cfe.eml', A('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'),
      'Votre avis de CFE 2026 est disponible', 'mon', '09:00',
      T('Madame, Monsieur,\n\nVotre avis d\'impôt de cotisation foncière des entreprises (CFE) 2026 est disponible dans '
        'votre espace professionnel sur impots.gouv.fr.\nDate limite de paiement : 15 décembre 2026.\n\n'
        'La Direction générale des Finances publiques\n', charset='iso-8859-1'),
      provider='DGFiP', group='impots.gouv.fr', pattern='tax notice with a due date')
    # artistes-auteurs
    o('artistes_auteurs_declaration.eml', A('Sécurité sociale des artistes auteurs', 'ne-pas-repondre@artistes-auteurs.urssaf.fr'),
      'Artistes-auteurs : votre déclaration de revenus 2025', 'thu', '10:00',
      T('Bonjour,\n\nVous êtes affilié(e) au régime des artistes-auteurs (ex-Maison des artistes / AGESSA). '
        'La déclaration de vos revenus artistiques 2025 est ouverte sur artistes-auteurs.urssaf.fr jusqu\'au '
        '31 janvier 2027.\n\nL\'Urssaf Limousin – Sécurité sociale des artistes auteurs\n'),
      provider='URSSAF artistes-auteurs', group='URSSAF artistes-auteurs', pattern='public body, artists-authors scheme')
    # Malt
    html = page('Malt', '<p>Bonjour Xavier,</p><p><b>Studio Lumière Bleue</b> vous propose un projet : « Motion design '
                'pour lancement d\'appli – 8 jours ». Budget : 450 €/jour.</p><p><a href="https://www.malt.fr/messages">'
                'Répondre</a></p>', 'Malt – Vous recevez cet e-mail suite à votre inscription.', 'malt', '#fc5757')
    o('malt_nouvelle_proposition.eml', A('Malt', 'no-reply@malt.com'), 'Nouvelle proposition de projet de Studio Lumière Bleue',
      'tue', '14:10', HT(html), extra=LU('https://www.malt.fr/notifications'), provider='Malt', group='Malt',
      pattern='freelancing marketplace notification')
    # LinkedIn
    o('linkedin_apparitions_recherche.eml', A('LinkedIn', 'notifications-noreply@linkedin.com'),
      'Xavier, vous êtes apparu dans 14 recherches cette semaine', 'wed', '18:40',
      T('Vous êtes apparu dans 14 recherches cette semaine.\nDes recruteurs de Publicis et Havas ont consulté votre profil.\n'
        'Voir qui a consulté votre profil : https://www.linkedin.com/me/search-appearances\n\n'
        'Cet e-mail était destiné à Xavier Pelletier (Motion designer freelance – Lille).\n'
        'Vous recevez des e-mails de notification de LinkedIn. Se désabonner.\nLinkedIn Ireland Unlimited Company\n'),
      extra=LU('https://www.linkedin.com/e/unsubscribe'), provider='LinkedIn', group='LinkedIn', pattern='social notification')
    # phishing PayPal
    html = html_wrap('<p>Cher client,</p><p>Votre compte PayPaI a été temporairement limité suite à une activité inhabituelle. '
                     'Un paiement de 1 249,00 € est en attente de votre confirmation.</p><p><a href="http://paypal-secure-'
                     'verification.example-login.com/fr">Confirmer mes informations</a></p><p>Sans action sous 24h, votre '
                     'compte sera suspendu.</p><p>Service Clientèle PayPal</p>')
    o('phishing_paypal_compte_limite.eml', A('PayPal Service', 'service@paypal-fr-assistance.example.com'),
      'Action requise : votre compte a été limité', 'thu', '03:44', HT(html), provider='', group='phishing',
      pattern='phishing imitating PayPal (lookalike domain, "PayPaI")', notes='mentions an amount; not from paypal')
    # phishing Crédit Agricole virement en attente
    html = html_wrap('<p>Bonjour,</p><p>Vous avez reçu un virement de <b>2 480,00 €</b> de la part de NORDVISION PRODUCTIONS. '
                     'Pour des raisons de sécurité ce virement est en attente de validation.</p><p>Veuillez valider la '
                     'réception via votre espace : <a href="http://ca-validation.example-secure.net">Valider le virement</a>'
                     '</p><p>Crédit Agricole</p>')
    o('phishing_credit_agricole_virement_attente.eml', A('Crédit Agricole', 'securite@ca-clients-alerte.example.net'),
      'Virement reçu en attente de validation', 'tue', '23:12', HT(html), group='phishing',
      pattern='phishing mimicking a money-in notice', notes='label other per guide even though it mimics a payment notice')
    # spam
    o('spam_vous_avez_gagne.eml', A('Service Gagnants', 'gagnant@promo-fidelite.example.biz'),
      'Félicitations Xavier ! Vous avez gagné un iPhone 17 Pro', 'fri', '02:17',
      HT(html_wrap('<h1>FÉLICITATIONS !</h1><p>Vous êtes notre 1 000 000e visiteur. Réclamez votre iPhone 17 Pro pour '
                   'seulement 1,95 € de frais de port.</p><a href="http://claim.example.biz">RÉCLAMER</a>')),
      group='spam', pattern='"vous avez gagné" spam')
    # Google Calendar invite
    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n'
           'METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261203T130000Z\nDTEND:20261203T140000Z\nDTSTAMP:20261130T101500Z\n'
           'ORGANIZER;CN=Camille Dufresne:mailto:camille.dufresne@agence-pixelle.fr\nUID:4k2m9q0r7s@google.com\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=xavier@pelletier-motion.fr:'
           'mailto:xavier@pelletier-motion.fr\nSUMMARY:Revue montage teaser V3\nLOCATION:Google Meet\nSEQUENCE:0\n'
           'STATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
    root = multi('mixed', [multi('alternative', [
        T('Invitation : Revue montage teaser V3\njeudi 3 déc. 2026 14:00 – 15:00 (heure normale d\'Europe centrale)\n'
          'Organisateur : camille.dufresne@agence-pixelle.fr\n\nInvitation de Google Agenda\n'),
        leaf('text/calendar', ics, cte='7bit', charset='UTF-8') ]),
        att('application/ics', 'invite.ics', ics.encode())])
    root.parts[0].parts[1].headers[0] = ('Content-Type', 'text/calendar; charset="UTF-8"; method=REQUEST')
    add('google_calendar_invitation.eml', R, mail(A('Camille Dufresne (Google Agenda)', 'calendar-notification@google.com'),
        OWNER, 'Invitation: Revue montage teaser V3 @ jeu. 3 déc. 2026 14:00 - 15:00 (CET) (xavier@pelletier-motion.fr)',
        'mon', '11:15', root, reply_to='camille.dufresne@agence-pixelle.fr'),
        group='Google Calendar', pattern='calendar invitation sent by the system for a client')
    # Doctolib-style reminder
    o('doctolib_rappel_rdv.eml', A('Doctolib', 'no-reply@doctolib.fr'), 'Rappel : votre rendez-vous demain à 08:45',
      'wed', '18:00', T('Bonjour Xavier PELLETIER,\n\nNous vous rappelons votre rendez-vous le jeudi 3 décembre 2026 à '
                        '08:45 avec Dr Anne-Laure Vermeersch (Kinésithérapeute), 8 rue Nationale, 59000 Lille.\n\n'
                        'En cas d\'empêchement, pensez à annuler votre rendez-vous.\n\nDoctolib\n'),
      provider='Doctolib', group='Doctolib', pattern='appointment reminder')
    # Colissimo
    o('colissimo_livraison.eml', A('Colissimo', 'noreply@notif-colissimo-laposte.info'),
      'Votre colis 6A24581096433 sera livré aujourd\'hui', 'thu', '07:05',
      T('Bonjour,\n\nVotre colis 6A24581096433 expédié par LDLC (SSD Samsung T9 4 To) sera livré aujourd\'hui entre '
        '12h30 et 14h30.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois\n\nColissimo\n'),
      provider='Colissimo', group='Colissimo', pattern='shipping notice')
    # Artlist newsletter EN
    o('artlist_newsletter_footage.eml', A('Artlist', 'hello@artlist.io'), 'New this week: 2,300 winter clips & 40 new songs',
      'thu', '17:00', HT(page('Artlist', '<p>Fresh footage for your holiday edits: snowy cities, cosy interiors, drone '
                               'shots. Plus 40 new songs and SFX packs.</p>', 'You are receiving this email because you '
                               'subscribed to Artlist. Unsubscribe.', 'ARTLIST', '#000')),
      lang='en', extra=LU('https://artlist.io/unsubscribe'), provider='Artlist', group='Artlist',
      pattern='stock footage/music newsletter')
    # Epidemic Sound receipt
    o('epidemic_sound_receipt.eml', A('Epidemic Sound', 'billing@epidemicsound.com'), 'Your Epidemic Sound receipt',
      'tue', '04:01', T('Thanks for your payment!\n\nPlan: Pro (annual)\nAmount: €179.88 incl. VAT\nDate: 1 Dec 2026\n'
                        'Payment method: Visa ending 4417\nReceipt no. ES-2026-5518830\n\nEpidemic Sound AB\n'),
      lang='en', provider='Epidemic Sound', group='Epidemic Sound', pattern='SaaS receipt to the owner (supplier)',
      notes='card charge receipt from the supplier, not from a bank')
    # Adobe payment failed
    o('adobe_paiement_echoue.eml', A('Adobe', 'mail@mail.adobe.com'), 'Votre paiement Adobe n\'a pas abouti',
      'fri', '06:12', T('Bonjour Xavier,\n\nNous n\'avons pas pu traiter le paiement de 77,99 € pour votre abonnement '
                        'Creative Cloud Toutes les applications. Mettez à jour vos informations de paiement pour éviter '
                        'toute interruption de service.\n\nAdobe\n'),
      provider='Adobe', group='Adobe', pattern='SaaS billing failure (not a bank)', notes='supplier dunning the owner: other')
    # RebusFarm render done
    o('rebusfarm_render_finished.eml', A('RebusFarm', 'noreply@rebusfarm.net'), 'Your render job "ASMN_intro_4K_v7" has finished',
      'wed', '04:33', T('Hello Xavier,\n\nYour job ASMN_intro_4K_v7 (After Effects, 1 500 frames) finished successfully.\n'
                        'Cost: 38.20 RenderPoints. Download your results from the RebusFarm Control.\n\nRebusFarm GmbH\n'),
      lang='en', provider='RebusFarm', group='RebusFarm', pattern='render farm job notification')
    # Frame.io comments
    o('frameio_commentaires.eml', A('Frame.io', 'notifications@frame.io'), 'Camille Dufresne left 5 comments on teaser_V3.mp4',
      'tue', '16:20', T('Camille Dufresne left 5 comments on teaser_V3.mp4\n\n00:04 "logo plus gros ?"\n00:12 "on garde '
                        'la musique V2"\n...\n\nView comments: https://app.frame.io/\n\nYou are receiving this because '
                        'you are a collaborator on Pixelle – Teaser Noël.\n'),
      lang='en', provider='Frame.io', group='Frame.io', pattern='review tool notification quoting a client')
    # Loca Images rental confirmation
    o('locaimages_confirmation_reservation.eml', A('Loca Images Nord', 'reservations@locaimages-nord.fr'),
      'Confirmation de réservation n° R-88214', 'mon', '17:05',
      T('Bonjour Xavier,\n\nNous confirmons votre réservation :\nSony FX6 + kit optiques G Master, du 08/12 au 10/12/2026.\n'
        'Retrait à l\'agence de Lille-Hellemmes à partir de 9h. Caution : empreinte bancaire de 3 000 €.\n\n'
        'Loca Images Nord\n'), group='Loca Images Nord', pattern='equipment rental booking')
    # SATIS trade event
    o('satis_badge_salon.eml', A('SATIS Expo', 'badges@satis-expo.example.fr'), 'Votre badge pour le salon SATIS',
      'thu', '12:00', HT(page('SATIS', '<p>Bonjour Xavier,</p><p>Voici votre badge visiteur gratuit pour le salon des '
                              'technologies de l\'image et du son. Présentez le QR code à l\'entrée.</p>',
                              'Vous recevez cet e-mail suite à votre inscription.', 'SATIS', '#e30613')),
      group='SATIS Expo', pattern='trade event badge')


def main():
    human(); payments(); autos(); bounces(); others()
    for lab in ('human_reply', 'auto_reply', 'bounce', 'payment_notification', 'other'):
        os.makedirs(os.path.join(OUT, lab), exist_ok=True)
    for r in ROWS:
        name = r['file'].split('/', 1)[1]
        with open(os.path.join(OUT, r['file']), 'wb') as f:
            f.write(FILES[name])
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
    counts = {}
    for r in ROWS:
        counts[r['label']] = counts.get(r['label'], 0) + 1
    print(len(ROWS), counts)


if __name__ == '__main__':
    main()
