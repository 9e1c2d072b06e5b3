#!/usr/bin/env python3
"""Build the final18 evaluation set for dunnerd (owner: Céline Marquet, Marquet Fleurs SASU,
event florist in Bordeaux). Standard library only. Writes <label>/<name>.eml and labels.tsv
next to this script. Every message is written (synthetic); formats follow the public notice
wording / RFC formats noted in each row's `pattern` / `notes`."""
import base64
import hashlib
import os
import quopri
import random
import shutil
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final18'
OWNER_NAME = 'Céline Marquet'
OWNER = 'celine@marquet-fleurs.fr'
OWNER_ADDR = formataddr((OWNER_NAME, OWNER), 'utf-8')
RND = random.Random(1818)

COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
ROWS = []
FILES = {}

DAYS = {30: ('Mon', 'Nov'), 1: ('Tue', 'Dec'), 2: ('Wed', 'Dec'), 3: ('Thu', 'Dec'), 4: ('Fri', 'Dec')}
FR_DAYS = {30: 'lundi 30 novembre 2026', 1: 'mardi 1 décembre 2026', 2: 'mercredi 2 décembre 2026',
           3: 'jeudi 3 décembre 2026', 4: 'vendredi 4 décembre 2026'}


def D(day, hh, mm, ss=None, tz='+0100'):
    """RFC 5322 date between Mon 30 Nov and Fri 4 Dec 2026."""
    wd, mon = DAYS[day]
    if ss is None:
        ss = RND.randint(0, 59)
    return '%s, %d %s 2026 %02d:%02d:%02d %s' % (wd, day, mon, hh, mm, ss, tz)


def hexid(n=16, seed=None):
    r = RND if seed is None else random.Random(seed)
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def alnum(n, upper=True):
    chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if upper else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(RND.choice(chars) for _ in range(n))


def mid(style, domain='example.com'):
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (alnum(2), ''.join(RND.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(52)))
    if style == 'outlook':
        host = RND.choice(['PR3P192MB0823', 'AM9P193MB1467', 'DB9PR02MB7289', 'PAXPR10MB5614', 'MRZP264MB2391'])
        return '<%s%s@%s.%s.PROD.OUTLOOK.COM>' % (host, alnum(16), host, RND.choice(['EURP192', 'EURP193', 'EURPRD02', 'FRAP264']))
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (alnum(8), alnum(4), alnum(4), alnum(4), alnum(12), domain)
    if style == 'ses':
        return '<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (hexid(9), hexid(8), hexid(4), hexid(4), hexid(12))
    if style == 'tbird':
        return '<%s-%s-%s-%s-%s@%s>' % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), domain)
    return '<%s.%s@%s>' % (hexid(20), RND.randint(1000000, 9999999), domain)


def rem_id(n, k=1):
    return '<dunnerd.%d.%d@marquet-fleurs.fr>' % (n, k)


def H(v, charset='utf-8'):
    """Encode an unstructured header value if it is not ASCII."""
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode()


def A(name, addr, charset='utf-8'):
    if not name:
        return addr
    return formataddr((name, addr), charset)


def fr(x, sep=' ', cur=' €'):
    s = '%.2f' % x
    i, d = s.split('.')
    g = []
    while len(i) > 3:
        g.insert(0, i[-3:])
        i = i[:-3]
    g.insert(0, i)
    return sep.join(g) + ',' + d + cur


def en(x, cur='€'):
    return '%s%s' % (cur, '{:,.2f}'.format(x))


# ---------------------------------------------------------------- MIME building blocks

def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', extra=(), ctparams='',
         quote_cs=True):
    b = text if isinstance(text, bytes) else text.encode(charset)
    if cte == 'quoted-printable':
        body = quopri.encodestring(b)
    elif cte == 'base64':
        body = base64.encodebytes(b)
    else:
        body = b
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'Content-Type: text/%s' % subtype
    if charset:
        ct += '; charset="%s"' % charset if quote_cs else '; charset=%s' % charset
    ct += ctparams
    h = ct + '\n'
    if cte:
        h += 'Content-Transfer-Encoding: %s\n' % cte
    for k, v in extra:
        h += '%s: %s\n' % (k, v)
    return h.encode('ascii') + b'\n' + body


def attach(data, ctype, filename, disposition='attachment', extra=()):
    body = base64.encodebytes(data)
    h = 'Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\nContent-Transfer-Encoding: base64\n' % (
        ctype, filename, disposition, filename)
    for k, v in extra:
        h += '%s: %s\n' % (k, v)
    return h.encode() + b'\n' + body


def raw_part(ctype_line, body, extra=()):
    """A part with a given Content-Type line and an already-encoded body (bytes or str)."""
    if isinstance(body, str):
        body = body.encode('utf-8')
    if not body.endswith(b'\n'):
        body += b'\n'
    h = 'Content-Type: %s\n' % ctype_line
    for k, v in extra:
        h += '%s: %s\n' % (k, v)
    return h.encode() + b'\n' + body


def multi(subtype, parts, boundary=None, preamble='This is a multi-part message in MIME format.',
          params=''):
    bd = boundary or '----=_Part_%d_%d.%d' % (RND.randint(10000, 99999), RND.randint(100000000, 999999999), RND.randint(1700000000000, 1799999999999))
    out = ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, params, bd)).encode()
    if preamble:
        out += preamble.encode() + b'\n'
    for p in parts:
        if not p.endswith(b'\n'):
            p += b'\n'
        out += b'\n--' + bd.encode() + b'\n' + p
    out += b'\n--' + bd.encode() + b'--\n'
    return out


def msg(headers, body, mime_version=True):
    """headers: list of (name, value) already encoded; body: a part (its own Content-* headers)."""
    out = b''
    for k, v in headers:
        if v is None:
            continue
        out += ('%s: %s\n' % (k, v)).encode('utf-8') if isinstance(v, str) else (k + ': ').encode() + v + b'\n'
    if mime_version:
        out += b'MIME-Version: 1.0\n'
    return out + body


def pdf(lines, title='Document'):
    """A tiny valid one-page PDF with the given text lines (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 50 790 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET\n'
    cb = content.encode('cp1252', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'endstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ('<< /Title (%s) /Producer (PDF) >>' % esc(title)).encode('cp1252', 'replace'),
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def received(by, frm, ip, date):
    return ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
        frm, frm, ip, by, alnum(10), OWNER, date))


OVH_RCV = 'mx4.mail.ovh.net'


def inbound(frm_host, ip, date):
    """Received header as seen at the owner's mail host (OVH MX)."""
    return received(OVH_RCV, frm_host, ip, date)


# ---------------------------------------------------------------- the owner's reminders

def reminder_text_fr(inv, amount, inv_date, due, k=1):
    first = 'Sauf erreur de ma part' if k == 1 else 'Je me permets de revenir vers vous : sauf erreur de ma part'
    return ('Bonjour,\n\n'
            '%s, la facture %s du %s, d\'un montant de %s TTC, arrivée à échéance le %s, '
            'reste impayée à ce jour.\n\n'
            'Je vous remercie de bien vouloir procéder à son règlement par virement '
            '(IBAN FR76 1695 8000 0143 2087 6612 945, BIC QNTOFRP1XXX).\n\n'
            'Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n'
            'Bien cordialement,\n'
            'Céline Marquet\n'
            'Marquet Fleurs - Fleuriste événementiel\n'
            '14 rue Notre-Dame, 33000 Bordeaux\n'
            '06 71 42 88 19\n') % (first, inv, inv_date, fr(amount), due)


def reminder_text_en(inv, amount, inv_date, due, k=1):
    return ('Hello,\n\n'
            'Unless I am mistaken, invoice %s dated %s for %s (incl. VAT), due on %s, '
            'is still unpaid.\n\n'
            'Could you please arrange payment by bank transfer '
            '(IBAN FR76 1695 8000 0143 2087 6612 945, BIC QNTOFRP1XXX)?\n\n'
            'If payment has already been made, please disregard this message.\n\n'
            'Kind regards,\n'
            'Céline Marquet\n'
            'Marquet Fleurs - Event florist, Bordeaux\n'
            '+33 6 71 42 88 19\n') % (inv, inv_date, en(amount), due)


def rsubj(inv, lang='fr', k=1):
    if lang == 'en':
        return ('Reminder: invoice %s is overdue' if k == 1 else 'Second reminder: invoice %s is overdue') % inv
    return ('Rappel : facture %s échue' if k == 1 else '2e rappel : facture %s échue') % inv


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def reminder_msg(inv, to, date, n, amount, lang='fr', k=1, inv_date='15/10/2026', due='14/11/2026'):
    """The owner's reminder as a full message (for bounces' returned content)."""
    text = (reminder_text_fr if lang == 'fr' else reminder_text_en)(inv, amount, inv_date, due, k)
    return msg([('Return-Path', '<%s>' % OWNER), ('From', OWNER_ADDR), ('To', to),
                ('Subject', H(rsubj(inv, lang, k))), ('Date', date), ('Message-ID', rem_id(n, k)),
                ('X-Mailer', 'dunnerd')],
               leaf(text, cte='quoted-printable'))


def add(label, name, data, lang, group, pattern, provider='', money=None, facts='', notes='',
        fidelity='synthetic'):
    rel = '%s/%s.eml' % (label, name)
    assert rel not in FILES, rel
    FILES[rel] = data
    row = dict.fromkeys(COLS, '')
    row.update(file=rel, label=label, source_repo='synthetic', source_path='build.py',
               license='written for dunnerd', fidelity=fidelity, lang=lang, provider=provider,
               source_group=group, pattern=pattern, facts=facts, split=SPLIT, notes=notes)
    if money:
        row.update(money)
    ROWS.append(row)


def M(direction, amount, currency='EUR', payer='', reference='', value_date='', cap='no'):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer,
                reference=reference, value_date=value_date, counts_as_payment=cap)


# ================================================================ human_reply

QG = {30: 'lun. 30 nov. 2026', 1: 'mar. 1 déc. 2026', 2: 'mer. 2 déc. 2026', 3: 'jeu. 3 déc. 2026',
      4: 'ven. 4 déc. 2026', 26: 'jeu. 26 nov. 2026', 25: 'mer. 25 nov. 2026'}
QE = {30: 'Mon, 30 Nov 2026', 1: 'Tue, 1 Dec 2026', 26: 'Thu, 26 Nov 2026', 25: 'Wed, 25 Nov 2026',
      2: 'Wed, 2 Dec 2026'}
QO = {30: 'lundi 30 novembre 2026', 1: 'mardi 1 décembre 2026', 26: 'jeudi 26 novembre 2026',
      25: 'mercredi 25 novembre 2026', 2: 'mercredi 2 décembre 2026'}


def gmail_attr_fr(day, t):
    return 'Le %s à %s, Céline Marquet <%s> a écrit :\n' % (QG[day], t, OWNER)


def outlook_block_fr(day, t, to, subj):
    return ('De : Céline Marquet <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s\n' % (OWNER, QO[day], t, to, subj))


def human(name, lang, group, pattern, frm, to, subj, date, body, n=None, k=1, cc=None,
          mstyle='gmail', mdomain='example.com', facts='', notes='', extra=(), xm=None, refs=None):
    hd = [('Return-Path', '<%s>' % frm.split('<')[-1].rstrip('>'))]
    hd += [('From', frm), ('To', to)]
    if cc:
        hd.append(('Cc', cc))
    hd += [('Subject', H(subj)), ('Date', date), ('Message-ID', mid(mstyle, mdomain))]
    if n is not None:
        hd.append(('In-Reply-To', rem_id(n, k)))
        hd.append(('References', refs or rem_id(n, k)))
    if xm:
        hd.append(('X-Mailer', xm))
    hd += list(extra)
    add('human_reply', name, msg(hd, body), lang, group, pattern, facts=facts, notes=notes)


# h01 Château: promise "vendredi", Outlook desktop top-posted above Outlook header block
t = ('Bonjour Céline,\n\n'
     'Toutes mes excuses, la facture était restée bloquée dans le circuit de validation (notre '
     'directeur était en déplacement sur Vinexpo). C\'est validé ce matin, je fais le virement vendredi.\n\n'
     'Merci encore pour les compositions du dîner des négociants, elles ont fait sensation.\n\n'
     'Bien à vous,\n\n'
     'Aurélie Castaing\n'
     'Responsable événementiel & œnotourisme\n'
     'Château Lamothe-Bergey - Pessac-Léognan\n'
     'T. +33 5 56 64 20 17\n\n'
     '________________________________\n'
     + outlook_block_fr(30, '08:31', 'Aurélie Castaing <a.castaing@chateau-lamothe-bergey.fr>', rsubj('F-2026-0412'))
     + '\n' + reminder_text_fr('F-2026-0412', 1480, '15/10/2026', '14/11/2026'))
human('lamothe_bergey_fr_promise_vendredi', 'fr', 'Château Lamothe-Bergey', 'Outlook top-post, promise "vendredi"',
      A('Aurélie Castaing', 'a.castaing@chateau-lamothe-bergey.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0412'),
      D(1, 10, 14), leaf(t), n=412, mstyle='outlook', facts='promise_date=2026-12-04',
      xm='Microsoft Outlook 16.0', extra=[('Thread-Topic', H(rsubj('F-2026-0412'))), ('Content-Language', 'fr-FR')])

# h02 wedding couple, tu, iPhone, "ce soir"
t = ('Coucou Céline,\n\nOh là là désolée on a complètement zappé avec le retour de voyage de noces 🙈 '
     'Je te fais le virement ce soir sans faute !\n\nEncore merci pour tout, les photos sont '
     'sublimes, on te les envoie bientôt\n\nJulie\n\nEnvoyé de mon iPhone\n\n'
     '> Le 30 nov. 2026 à 08:32, Céline Marquet <celine@marquet-fleurs.fr> a écrit :\n> \n'
     + quote(reminder_text_fr('F-2026-0405', 2860, '02/10/2026', '01/11/2026')))
human('perrin_wedding_fr_tu_ce_soir_iphone', 'fr', 'Julie Perrin (private, wedding)', 'iPhone, tu, emoji, promise "ce soir"',
      A('Julie Perrin', 'julie.perrin@example.com'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0405'), D(2, 19, 48),
      leaf(t, cte='quoted-printable', ctparams='', charset='utf-8'), n=405, mstyle='apple',
      facts='promise_date=2026-12-02', xm='iPhone Mail (22B91)')

# h03 hotel accounts, "paiement prévu le 15", long signature + disclaimer
t = ('Bonjour Madame Marquet,\n\n'
     'Nous accusons réception de votre relance concernant la facture F-2026-0419.\n'
     'Celle-ci a bien été enregistrée dans notre système ; le paiement est prévu le 15 conformément '
     'à notre calendrier de règlement fournisseurs.\n\n'
     'Cordialement,\n\n'
     'Nadia Belkacem\n'
     'Comptabilité fournisseurs\n'
     'Hôtel des Quinconces ****\n'
     '2 allées de Chartres - 33000 Bordeaux\n'
     'Tél. : 05 57 81 44 00 | www.hotel-des-quinconces.fr\n\n'
     '--\n'
     'Ce message et toutes les pièces jointes sont établis à l\'intention exclusive de ses '
     'destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le '
     'détruire et d\'en avertir immédiatement l\'expéditeur. Toute utilisation de ce message non '
     'conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est '
     'interdite, sauf autorisation expresse. L\'Internet ne permettant pas d\'assurer l\'intégrité '
     'de ce message, Hôtel des Quinconces SAS décline toute responsabilité au titre de ce message, '
     's\'il a été modifié.\n'
     'Pensez à l\'environnement avant d\'imprimer ce message.\n')
human('quinconces_hotel_fr_prevu_le_15', 'fr', 'Hôtel des Quinconces', 'AP clerk, "prévu le 15", disclaimer',
      A('Nadia Belkacem', 'compta.fournisseurs@hotel-des-quinconces.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0419'),
      D(30, 11, 5), leaf(t), n=419, mstyle='outlook', facts='promise_date=2026-12-15')

# h04 agency, "d'ici la fin de la semaine prochaine", Gmail quoting
t = ('Bonjour Céline,\n\nBien reçu. Nous attendons nous-mêmes le règlement de notre client pour le '
     'séminaire de novembre ; dès réception nous vous réglons, au plus tard d\'ici la fin de la '
     'semaine prochaine.\n\nDésolé pour ce retard,\nMaxime\n\n--\nMaxime Lacombe\nGaronne Events - Agence événementielle\n'
     '06 12 48 77 30\n\n' + gmail_attr_fr(30, '08:33') + '\n' +
     quote(reminder_text_fr('F-2026-0388', 4215.60, '25/09/2026', '25/10/2026', 2)))
human('garonne_events_fr_fin_semaine_prochaine', 'fr', 'Garonne Events', 'Gmail quote, "d\'ici la fin de la semaine prochaine"',
      A('Maxime Lacombe', 'maxime@garonne-events.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0388', k=2), D(3, 9, 2),
      multi('alternative', [leaf(t), leaf('<div dir="ltr">' + t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>', 'html')],
            boundary='000000000000%s' % hexid(16), preamble=None),
      n=388, k=2, facts='promise_date=2026-12-11',
      notes='"d\'ici la fin de la semaine prochaine" on Thu 3 Dec resolved to Fri 11 Dec (end of next week); week_of_2026-12-07 would also be defensible')

# h05 UK couple, "We'll pay on the 10th"
t = ('Hi Céline,\n\nSo sorry about this - we moved house last month and everything slipped. '
     "We'll pay on the 10th when my salary comes in, hope that's OK.\n\n"
     'Thanks again for the gorgeous flowers at Château de Virelade, everyone is still talking about the arch!\n\n'
     'Best,\nEmily\n\n' + 'On %s at 08:34, Céline Marquet <%s> wrote:\n\n' % (QE[30], OWNER) +
     quote(reminder_text_en('F-2026-0421', 3150, '20/10/2026', '19/11/2026')))
human('hartley_uk_en_pay_on_10th', 'en', 'Emily Hartley (private, UK wedding)', 'English, "We\'ll pay on the 10th"',
      A('Emily Hartley', 'emily.hartley@example.co.uk'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0421', 'en'), D(1, 21, 17, tz='+0000'),
      leaf(t, cte='quoted-printable'), n=421, facts='promise_date=2026-12-10')

# h06 US importer, "payment run is on Thursday"
t = ('Hi Celine,\n\nThanks for the nudge. The invoice has been approved by our Bordeaux office and is '
     'scheduled in our payment run, which is on Thursday. You should see the funds early next week '
     'depending on the banks.\n\nRegards,\n\nRyan Mitchell\nAccounts Payable | Atlantic Cellars Inc.\n'
     '1200 Harbor Blvd, Suite 400, Oakland, CA 94607\n\n'
     'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of '
     'the intended recipient(s) and may contain confidential and privileged information. Any '
     'unauthorized review, use, disclosure or distribution is prohibited. If you are not the '
     'intended recipient, please contact the sender by reply e-mail and destroy all copies of the '
     'original message.\n')
human('atlantic_cellars_en_payment_run_thursday', 'en', 'Atlantic Cellars Inc.', 'US AP, "payment run is on Thursday", no quote',
      A('Ryan Mitchell', 'ap@atlanticcellars.example'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0402', 'en'), D(30, 17, 40),
      leaf(t, charset='us-ascii', cte='7bit'), n=402, mstyle='outlook', facts='promise_date=2026-12-03',
      notes='Date header Mon 30 Nov 17:40 +0100; "Thursday" = 3 Dec')

# h07 restaurant dispute, freshness
t = ('Bonjour,\n\nJe reçois votre relance pour la facture de 385 euros. Je vous ai déjà dit au téléphone '
     'que les bouquets livrés le 14 pour la salle étaient fanés dès le mercredi, les hortensias '
     'surtout. Pour 385 euros je m\'attends à ce que ça tienne la semaine.\n\n'
     'Je ne paierai pas la totalité. Je propose de régler la moitié, faites-moi un avoir pour le reste.\n\n'
     'Stéphane Roque\nLa Table de Saint-Michel\n')
human('table_saint_michel_fr_dispute_fanes', 'fr', 'La Table de Saint-Michel', 'dispute on quality, partial pay offer',
      A('La Table de Saint-Michel', 'contact@latable-saintmichel.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0416'), D(30, 15, 22),
      leaf(t, charset='iso-8859-1', cte='quoted-printable'), n=416, mstyle='tbird', mdomain='latable-saintmichel.fr',
      facts='dispute=yes', xm=None, extra=[('User-Agent', 'Mozilla Thunderbird')],
      notes='offers to pay half: no firm date, so no promise_date')

# h08 wedding planner, quantity dispute, HTML+text
t = ('Bonjour Céline,\n\nAvant de lancer le paiement, il y a une erreur sur la facture F-2026-0393 : '
     'nous avions validé 12 centres de table sur le devis D-2026-118, et vous en facturez 15. '
     'Les 3 supplémentaires n\'ont jamais été demandés par les mariés.\n\n'
     'Pouvez-vous vérifier de votre côté ? Je bloque le règlement en attendant.\n\n'
     'Belle journée,\nLéa\n\nLéa Fontanel | Atelier Blanc - Wedding planner\nwww.atelier-blanc-mariages.fr\n')
html = ('<html><body style="font-family:Helvetica,Arial;font-size:14px">' +
        ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>')
human('atelier_blanc_fr_dispute_quantite', 'fr', 'Atelier Blanc (wedding planner)', 'dispute quantity 12 vs 15, blocks payment',
      A('Léa Fontanel', 'lea@atelier-blanc-mariages.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0393'), D(1, 9, 47),
      multi('alternative', [leaf(t), leaf(html, 'html')], boundary='Apple-Mail=_%s' % alnum(8) + '-' + alnum(4), preamble=None),
      n=393, mstyle='apple', mdomain='atelier-blanc-mariages.fr', facts='dispute=yes',
      xm='Apple Mail (2.3826.300.87.4.3)')

# h09 venue, already paid 27 November
t = ('Bonjour Madame Marquet,\n\nLe virement de 2 100,00 € a été fait le 27 novembre depuis notre '
     'compte Banque Populaire, avec la référence F-2026-0381. Il devrait apparaître sur votre compte '
     'sous le nom "SAS DOMAINE DE CASTELNAUD".\n\nMerci de vérifier et de me tenir informée.\n\n'
     'Cordialement,\nBrigitte Soulé\nAssistante de direction\nDomaine de Castelnaud - Réceptions & séminaires\n')
human('castelnaud_fr_already_paid_27nov', 'fr', 'Domaine de Castelnaud', 'already paid with date and bank',
      A('Brigitte Soulé', 'direction@domaine-castelnaud.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0381'), D(30, 14, 3),
      leaf(t, cte='8bit'), n=381, mstyle='outlook', facts='already_paid=2026-11-27')

# h10 private, forwards bank confirmation
bank = ('---------- Forwarded message ---------\n'
        'De : Crédit Agricole Aquitaine <ne-pas-repondre@credit-agricole.fr>\n'
        'Date: jeu. 26 nov. 2026 à 18:12\n'
        'Subject: Confirmation de votre virement\n'
        'To: <caroline.dumas@example.org>\n\n\n'
        'Madame DUMAS CAROLINE,\n\n'
        'Nous vous confirmons l\'enregistrement de votre virement :\n\n'
        'Bénéficiaire : MARQUET FLEURS\n'
        'IBAN bénéficiaire : FR76 **** **** **** **** ***6 945\n'
        'Montant : 540,00 EUR\n'
        'Motif : FACTURE F-2026-0409\n'
        'Date d\'exécution : 26/11/2026\n\n'
        'Cordialement,\nVotre Caisse régionale Crédit Agricole d\'Aquitaine\n\n'
        'Ceci est un message automatique, merci de ne pas y répondre.\n')
t = ('Bonjour,\nje vous transfère la confirmation de ma banque, le virement est parti le 26. '
     'Peut-être que ça s\'est croisé avec votre relance ?\nBonne journée\nCaroline Dumas\n\n' + bank)
human('dumas_fr_forwarded_bank_confirmation', 'fr', 'Caroline Dumas (private, birthday)', 'forwards her Crédit Agricole transfer confirmation',
      A('Caroline Dumas', 'caroline.dumas@example.org'), OWNER_ADDR, 'Fwd: Confirmation de votre virement', D(30, 12, 26),
      multi('alternative', [leaf(t), leaf('<div dir="ltr">' + t.replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>', 'html')],
            boundary='000000000000%s' % hexid(16), preamble=None),
      facts='already_paid=2026-11-26', notes='fresh forward, no In-Reply-To; the forwarded bank text is the client\'s, not a notice to the owner')

# h11 wine bar, PDF proof attached, already paid (claimed, no date)
t = ('Bonjour Céline,\n\nElle a été réglée la semaine dernière normalement, ci-joint le justificatif '
     'de virement.\n\nBonne journée,\nThibault\nCave & Comptoir - Chartrons\n')
proof = pdf(['BANQUE - JUSTIFICATIF DE VIREMENT SEPA', '', 'Donneur d\'ordre : SARL CAVE ET COMPTOIR',
             'Beneficiaire : MARQUET FLEURS', 'Montant : 720,00 EUR', 'Reference : F-2026-0400',
             'Statut : Execute'], 'Justificatif')
human('cave_comptoir_fr_paid_pdf_proof', 'fr', 'Cave & Comptoir Chartrons', 'already paid, PDF proof attached, no date',
      A('Thibault Garnier', 'thibault@cave-comptoir.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0400'), D(1, 11, 39),
      multi('mixed', [leaf(t), attach(proof, 'application/pdf', 'justificatif_virement.pdf')]),
      n=400, facts='already_paid=claimed', notes='"la semaine dernière" gives no exact date; PDF amount 720,00 EUR')

# h12 hotel group accounting, request invoice
t = ('Bonjour,\n\nNous n\'avons pas trace de la facture F-2026-0414 dans notre outil de '
     'dématérialisation. Pourriez-vous nous la renvoyer en PDF à l\'adresse '
     'factures@aquitania-hotels.fr en mentionnant l\'hôtel concerné (Aquitania Bordeaux Lac) ?\n\n'
     'Dès réception elle sera intégrée et mise en paiement selon nos conditions.\n\n'
     'Bien cordialement,\n\nService Comptabilité\nGroupe Hôtelier Aquitania\n')
human('aquitania_fr_request_invoice', 'fr', 'Groupe Hôtelier Aquitania', 'asks to resend invoice to AP mailbox',
      A('Comptabilité Aquitania', 'compta@aquitania-hotels.fr'), OWNER_ADDR, 'TR: ' + rsubj('F-2026-0414'), D(1, 14, 50),
      leaf(t), n=414, mstyle='outlook', facts='request_invoice=yes')

# h13 private, request RIB
t = ('Bonjour Céline\n\nJe voulais justement vous payer mais je n\'ai que votre ancien RIB (celui de '
     'la Caisse d\'Épargne) et vous m\'aviez dit que vous aviez changé de banque. Pouvez-vous '
     'm\'envoyer le nouveau ?\n\nMerci et encore bravo pour le baptême de Louise\n'
     'Marie-Hélène Labat\n')
human('labat_fr_request_rib', 'fr', 'Marie-Hélène Labat (private, christening)', 'asks for new RIB',
      A('Marie-Hélène Labat', 'mh.labat@example.net', 'iso-8859-1'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0420'), D(2, 8, 12),
      leaf(t, charset='iso-8859-1', cte='quoted-printable'), n=420, mstyle='other', mdomain='example.net',
      facts='request_rib=yes', xm='Orange Messagerie')

# h14 English, invoice + IBAN on letterhead
t = ('Dear Céline,\n\nApologies for the delay. Our finance system rejected the original PDF because '
     'the bank details were not printed on the invoice itself. Could you send the invoice again '
     'with your IBAN and BIC shown on it, and ideally our PO number (PO-77421)?\n\n'
     'Once received it should be paid within a week.\n\nKind regards,\n\nHannah Cole\n'
     'Events Manager | The Vintners\' Circle Ltd\n14 Mincing Lane, London EC3R 7AE\n')
human('vintners_circle_en_invoice_and_iban', 'en', "The Vintners' Circle Ltd", 'English, asks invoice again with IBAN + PO',
      A('Hannah Cole', 'hannah.cole@vintnerscircle.example'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0397', 'en'), D(1, 15, 5, tz='+0000'),
      multi('alternative', [leaf(t), leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="WordSection1">' + ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</div></body></html>', 'html')],
            boundary='_000_%s_' % alnum(40), preamble=None),
      n=397, mstyle='outlook', facts='request_invoice=yes;request_rib=yes',
      notes='"paid within a week" after receipt: conditional, no promise_date')

# h15 "Noté."
human('dufau_traiteur_fr_note', 'fr', 'Maison Dufau Traiteur', 'one-word answer "Noté."',
      A('Pierre Dufau', 'pierre@dufau-traiteur.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0415'), D(30, 9, 58),
      leaf('Noté.\n\nPierre Dufau\n', charset='utf-8', cte='7bit'), n=415)

# h16 "ok merci" iPhone
human('sophie_fr_ok_merci_iphone', 'fr', 'Sophie Lambert (private, wedding)', '"ok merci", iPhone, nothing else',
      A('Sophie Lambert', 'sophie.lambert@example.com'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0424'), D(1, 7, 21),
      leaf('ok merci\n\nEnvoyé de mon iPhone\n', charset='utf-8', cte='quoted-printable', quote_cs=False), n=424, mstyle='apple')

# h17 reply from personal address, "je m'en occupe lundi"
t = ('Bonjour Céline,\n\nJe vous réponds depuis ma boîte perso, la boîte compta@ n\'est relevée que '
     'par notre comptable qui est en congé. Je m\'en occupe lundi en arrivant au bureau.\n\n'
     'Nicolas Berthet\nGérant - Berthet Immobilier\n')
human('berthet_fr_other_address_lundi', 'fr', 'Berthet Immobilier', 'reply from a different address than reminded, "lundi"',
      A('Nicolas Berthet', 'nico.berthet@example.net'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0407'), D(3, 21, 4),
      leaf(t, cte='8bit'), n=407, facts='promise_date=2026-12-07',
      notes='reminder went to compta@berthet-immo.fr; reply from a personal address; Thu 3 Dec -> Mon 7 Dec')

# h18 HTML-only Outlook (Word HTML), virement groupé du 10 décembre
html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        '--></style>\n</head>\n<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        '<p class="MsoNormal">Bonjour Madame Marquet,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<p class="MsoNormal">Merci pour votre message. Votre facture F-2026-0410 (1&nbsp;318,00 &euro;) est bien valid&eacute;e&nbsp;: '
        'le r&egrave;glement partira avec notre prochain virement group&eacute; fournisseurs du 10 d&eacute;cembre.<o:p></o:p></p>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><b><span style="color:#7A5C3E">Val&eacute;rie Andrieu</span></b><o:p></o:p></p>\n'
        '<p class="MsoNormal"><span style="font-size:10.0pt;color:#7A5C3E">Directrice de l\'h&eacute;bergement<br>H&ocirc;tel Le Grand Cours &#8211; 33000 Bordeaux</span><o:p></o:p></p>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        '<p class="MsoNormal"><b>De&nbsp;:</b> C&eacute;line Marquet &lt;celine@marquet-fleurs.fr&gt; <br><b>Envoy&eacute;&nbsp;:</b> lundi 30 novembre 2026 08:35<br>'
        '<b>&Agrave;&nbsp;:</b> Val&eacute;rie Andrieu &lt;v.andrieu@hotel-legrandcours.fr&gt;<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0410 &eacute;chue<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0410 du 12/10/2026, d\'un montant de 1&nbsp;318,00 &euro; TTC, '
        'arriv&eacute;e &agrave; &eacute;ch&eacute;ance le 11/11/2026, reste impay&eacute;e &agrave; ce jour.<o:p></o:p></p>\n</div>\n</body>\n</html>\n')
human('grand_cours_fr_outlook_html_only_10dec', 'fr', 'Hôtel Le Grand Cours', 'HTML-only Outlook (Word HTML, iso-8859-1), "virement groupé du 10 décembre"',
      A('Valérie Andrieu', 'v.andrieu@hotel-legrandcours.fr', 'iso-8859-1'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0410'), D(30, 16, 8),
      leaf(html.encode('iso-8859-1'), 'html', charset='iso-8859-1', cte='quoted-printable', quote_cs=False), n=410, mstyle='outlook',
      facts='promise_date=2026-12-10', extra=[('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'fr-FR')])

# h19 forward to colleague, owner in Cc
t = ('Sandrine,\n\nPeux-tu regarder ce rappel de Céline (fleurs de la soirée clients du 8 octobre) '
     'et voir pourquoi elle n\'est pas passée ? Le bon de commande avait été signé par Arnaud.\n\n'
     'Merci !\nLaurent\n\n'
     '-----Message d\'origine-----\nDe : Céline Marquet <celine@marquet-fleurs.fr>\n'
     'Envoyé : lundi 30 novembre 2026 08:36\nÀ : Laurent Mazières <l.mazieres@agence-commune.fr>\n'
     'Objet : Rappel : facture F-2026-0403 échue\n\n' + reminder_text_fr('F-2026-0403', 2025, '09/10/2026', '08/11/2026'))
human('agence_commune_fr_forward_colleague_cc', 'fr', "Agence Com'Une", 'forward to colleague, owner in Cc',
      A('Laurent Mazières', 'l.mazieres@agence-commune.fr'), A('Sandrine Pujol', 's.pujol@agence-commune.fr'),
      'TR: ' + rsubj('F-2026-0403'), D(30, 10, 2), leaf(t), n=403, cc=OWNER_ADDR, mstyle='outlook',
      notes='addressed to a colleague, the owner only in Cc; no promise made to the owner')

# h20 association: "nous ne contestons pas", début janvier
t = ('Bonjour Madame Marquet,\n\nJe suis le trésorier de l\'association. Nous ne contestons pas '
     'la facture, la prestation pour la soirée d\'ouverture du festival était parfaite. Simplement, '
     'nous attendons le versement de la subvention régionale, qui ne nous arrivera pas avant la fin '
     'de l\'année.\n\nNous vous réglerons début janvier. Si cela pose un problème, je peux vous '
     'proposer un premier acompte.\n\nBien cordialement,\nJean-Pierre Escarment\n'
     'Trésorier - Association Vignes & Jazz en Graves\n')
human('vignes_jazz_fr_ne_contestons_pas_debut_janvier', 'fr', 'Association Vignes & Jazz', 'negation "nous ne contestons pas", "début janvier"',
      A('Jean-Pierre Escarment', 'tresorier@vignes-jazz.example.org'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0379', k=2), D(2, 18, 30),
      leaf(t), n=379, k=2, mstyle='tbird', mdomain='vignes-jazz.example.org', facts='promise_date=early_2027-01',
      extra=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')],
      notes='not a dispute (negated); the proposed acompte is only an offer')

# h21 private, "je n'ai pas encore pu payer", "dès mon retour le 8"
t = ('Bonjour Céline,\nje n\'ai pas encore pu payer, je suis en déplacement à Lyon toute la semaine '
     'et je n\'ai pas accès à mon appli bancaire pro. Je le fais dès mon retour le 8.\nDésolé\n'
     'Vincent\n\n-- \nEnvoyé depuis mon mobile\n')
human('lagarde_fr_pas_encore_pu_payer_le_8', 'fr', 'Vincent Lagarde (private, 40th birthday)', 'negation "pas encore pu payer", "le 8"',
      A('Vincent Lagarde', 'vincent.lagarde@example.com'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0418'), D(1, 12, 44),
      leaf(t, cte='8bit'), n=418, facts='promise_date=2026-12-08', notes='not already paid (negated)')

# h22 question on VAT
t = ('Bonjour,\n\nAvant de régler, une question de notre expert-comptable : la facture F-2026-0422 '
     'applique 20 % de TVA sur l\'ensemble. Or il nous semble que les fleurs coupées relèvent du '
     'taux de 10 %. Pouvez-vous nous confirmer le taux appliqué et, le cas échéant, pourquoi ?\n\n'
     'Merci,\nDr Agnès Ribeiro\nClinique vétérinaire des Chartrons\n')
human('clinique_veto_fr_question_tva', 'fr', 'Clinique vétérinaire des Chartrons', 'question on VAT rate before paying',
      A('Clinique vétérinaire des Chartrons', 'accueil@cliniqueveto-chartrons.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0422'),
      D(2, 13, 15), leaf(t), n=422, mstyle='other', mdomain='cliniqueveto-chartrons.fr',
      notes='a question, not (yet) a dispute')

# h23 wedding installments, 2e versement 20 décembre
t = ('Bonjour Céline,\n\nJe suis un peu surprise de recevoir un rappel : nous avions convenu au '
     'téléphone d\'un paiement en trois fois. Le premier versement de 1 300 € est parti le 20 '
     'novembre, comme prévu. Le deuxième sera fait le 20 décembre et le dernier le 20 janvier.\n\n'
     'Pouvez-vous mettre à jour votre suivi pour éviter les relances ?\n\nMerci, belle journée\n'
     'Élodie Benali\n')
human('benali_wedding_fr_echeancier_20dec', 'fr', 'Élodie & Karim Benali (private, wedding)', 'agreed installments, next on 20 Dec',
      A('Élodie Benali', 'elodie.benali@example.com'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0390'), D(30, 13, 11),
      leaf(t, cte='base64'), n=390, facts='promise_date=2026-12-20',
      notes='says 1 300 € were paid on 20 Nov (a partial payment, not the whole invoice: no already_paid); next instalments 20 Dec and 20 Jan; base64 body')

# h24 law firm, long legal signature, mise en paiement 18 décembre
t = ('Madame,\n\nNous faisons suite à votre courriel.\n\nLa facture F-2026-0401 relative à la '
     'décoration florale de notre soirée de fin d\'année a été validée par l\'associé en charge. '
     'Elle sera mise en paiement le 18 décembre prochain.\n\nNous vous prions d\'agréer, Madame, '
     'l\'expression de nos salutations distinguées.\n\n'
     'Émilie Carrère\nOffice Manager\n\n'
     'DELMAS FERRAND & ASSOCIÉS\nSociété d\'avocats - AARPI\n'
     '45 cours Georges Clemenceau - 33000 Bordeaux\nTél. +33 (0)5 56 00 00 00 - Fax +33 (0)5 56 00 00 01\n'
     'Toque n° 123 - Barreau de Bordeaux\n\n'
     '**************************************************************************\n'
     'AVERTISSEMENT : Ce message électronique et ses pièces jointes éventuelles sont confidentiels '
     'et peuvent être couverts par le secret professionnel de l\'avocat (article 66-5 de la loi '
     'n° 71-1130 du 31 décembre 1971). Ils sont destinés exclusivement à la personne ou à l\'entité '
     'à qui ils sont adressés. Si vous avez reçu ce message par erreur, nous vous remercions d\'en '
     'avertir immédiatement l\'expéditeur par retour et de le détruire, sans en conserver de copie '
     'ni en divulguer le contenu. La sécurité des transmissions par internet n\'étant pas garantie, '
     'DELMAS FERRAND & ASSOCIÉS ne saurait être tenue pour responsable de toute altération.\n\n'
     'DISCLAIMER: This e-mail and any attachments are confidential and may be protected by legal '
     'privilege. If you are not the intended recipient, please notify the sender immediately and '
     'delete it without copying or disclosing its contents.\n'
     '**************************************************************************\n')
human('delmas_ferrand_fr_legal_disclaimer_18dec', 'fr', 'Delmas Ferrand & Associés', 'law firm, formal, long bilingual disclaimer, "mise en paiement le 18 décembre"',
      A('Émilie Carrère', 'ecarrere@delmas-ferrand-avocats.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0401'), D(2, 11, 26),
      leaf(t, charset='windows-1252', cte='quoted-printable'), n=401, mstyle='outlook', facts='promise_date=2026-12-18')

# h25 English, wire sent Nov 25
t = ('Hi Celine,\n\nThis was paid by wire on Nov 25th from our HSBC account in Paris - reference '
     '"F-2026-0395 / Marquet". International transfers sometimes take a few days to clear, could you '
     'check again and let me know if it still has not arrived?\n\nThanks,\nDaniel\n\n'
     'Daniel Okafor | Office Manager, Paris\nNorthbridge Capital Partners\n\n'
     '-----Original Message-----\nFrom: Céline Marquet <celine@marquet-fleurs.fr>\n'
     'Sent: Monday, November 30, 2026 8:37 AM\nTo: Daniel Okafor <d.okafor@northbridgecp.example>\n'
     'Subject: Reminder: invoice F-2026-0395 is overdue\n\n' + reminder_text_en('F-2026-0395', 4080, '01/10/2026', '31/10/2026'))
human('northbridge_en_wire_sent_nov25', 'en', 'Northbridge Capital Partners', 'English, already paid "by wire on Nov 25th"',
      A('Daniel Okafor', 'd.okafor@northbridgecp.example'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0395', 'en'), D(30, 10, 41),
      leaf(t), n=395, mstyle='outlook', facts='already_paid=2026-11-25')

# h26 English dispute, two venues
t = ('Hello Céline,\n\nI\'ve been through invoice F-2026-0408 with the couple. You\'ve charged '
     'delivery and installation at two venues (the church in Saint-Émilion and the reception at '
     'the château), but in the end the ceremony moved to the château and only one set-up was '
     'done. We agreed that on the day with your assistant.\n\nWe\'re not comfortable paying the '
     'second delivery line (€180 + VAT). Happy to settle the rest as soon as we get a revised '
     'invoice.\n\nWarmly,\nGeorgia\n\nGeorgia Lane\nHarrow & Lane Weddings\nLondon | Bordeaux | Provence\n')
human('harrow_lane_en_dispute_delivery', 'en', 'Harrow & Lane Weddings', 'English dispute of a line + asks revised invoice',
      A('Georgia Lane', 'georgia@harrowandlane.example'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0408', 'en'), D(2, 16, 3, tz='+0000'),
      multi('alternative', [leaf(t), leaf('<div>' + t.replace('\n', '<br>\n') + '</div>', 'html')], boundary='Apple-Mail=_%s' % alnum(20), preamble=None),
      n=408, mstyle='apple', mdomain='harrowandlane.example', facts='dispute=yes;request_invoice=yes',
      xm='Apple Mail (2.3826.300.87.4.3)')

# h27 café, "je fais le virement demain matin"
t = ('Bonjour Céline !\nAh oui pardon, je fais le virement demain matin.\nBonne soirée\nLucie\n'
     'Le Comptoir de Lucie\n\n' + gmail_attr_fr(30, '08:38') + quote(reminder_text_fr('F-2026-0423', 310, '16/10/2026', '15/11/2026')))
human('comptoir_lucie_fr_demain_matin', 'fr', 'Le Comptoir de Lucie', '"demain matin", Gmail quote',
      A('Lucie Mercadier', 'lecomptoirdelucie@example.com'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0423'), D(30, 19, 5),
      leaf(t), n=423, facts='promise_date=2026-12-01')

# h28 caterer, windows-1252, cheque posted yesterday
t = ('Bonjour Céline,\r\n\r\nLe chèque de 1 560,00 € a été posté hier au 14 rue Notre-Dame, vous '
     'devriez le recevoir d\'ici vendredi.\r\n\r\nCordialement\r\n\r\nGérard Lacoste\r\nTraiteur Lacoste Réceptions\r\n'
     'ZA du Phare - 33700 Mérignac\r\n')
human('lacoste_traiteur_fr_cheque_poste_cp1252', 'fr', 'Traiteur Lacoste Réceptions', 'windows-1252 QP, CRLF, cheque posted "hier"',
      A('Traiteur Lacoste', 'contact@lacoste-receptions.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0385'), D(2, 9, 33),
      leaf(t, charset='windows-1252', cte='quoted-printable'), n=385, mstyle='other', mdomain='lacoste-receptions.fr',
      facts='already_paid=2026-12-01', xm='Microsoft Windows Live Mail 16.4.3528.331',
      notes='cheque posted on 1 Dec (Wed 2 Dec "hier"): the client claims payment sent; money not yet received')

# h29 public body: Chorus Pro
t = ('Madame,\n\nNous accusons réception de votre relance. Toutefois, en tant que collectivité '
     'territoriale, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro '
     '(obligation de facturation électronique envers le secteur public). La facture F-2026-0391 '
     'transmise par courriel n\'a donc pas pu être mandatée.\n\nMerci de la déposer sur Chorus Pro '
     'en indiquant le SIRET 200 012 345 00018 et le code service « CULTURE ». Le délai global de '
     'paiement de 30 jours courra à compter de son dépôt.\n\nCordialement,\n\n'
     'Service Finances\nCommunauté de communes du Val de l\'Eau Bourde\n')
human('cc_eau_bourde_fr_chorus_pro', 'fr', "Communauté de communes du Val de l'Eau Bourde", 'public body: must resubmit invoice via Chorus Pro',
      A('Service Finances', 'finances@cc-valdeaubourde.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0391'), D(1, 10, 55),
      leaf(t), n=391, mstyle='outlook', facts='request_invoice=yes',
      notes='asks the invoice to be (re)submitted through Chorus Pro: counted as request_invoice')

# h30 partial now + balance 15 January
t = ('Bonjour Céline,\n\nPetit souci de trésorerie ce mois-ci (les fêtes...). Je vous fais un virement '
     'de 600 € aujourd\'hui et le solde de 750 € le 15 janvier, si ça vous va ?\n\nMerci de votre compréhension,\n'
     'Manon Girard\n')
human('girard_fr_partiel_aujourdhui_solde_15janv', 'fr', 'Manon Girard (private, engagement party)', 'partial today + balance on 15 January',
      A('Manon Girard', 'manon.girard@example.org'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0413'), D(2, 12, 7),
      leaf(t), n=413, facts='promise_date=2026-12-02',
      notes='600 € promised today (2 Dec) and the 750 € balance on 2027-01-15; promise_date holds the first date')

# h31 mailing list post by a person
t = ('Bonjour à toutes et à tous,\n\nJe cherche un frigoriste sérieux sur Bordeaux / rive droite pour '
     'l\'entretien d\'une chambre froide de 8 m³ (groupe qui givre depuis la semaine dernière, '
     'évidemment en pleine saison des marchés de Noël...). Vous avez des noms à me conseiller ?\n\n'
     'Merci d\'avance !\nSabine - Atelier Pétales, Lormont\n\n'
     '_______________________________________________\n'
     'Fleuristes-sud-ouest mailing list\nFleuristes-sud-ouest@listes.fleuristes-so.example.org\n'
     'https://listes.fleuristes-so.example.org/mailman/listinfo/fleuristes-sud-ouest\n')
human('liste_fleuristes_so_fr_post_frigoriste', 'fr', 'Fleuristes-sud-ouest mailing list', 'mailing-list post by a person (Mailman footer)',
      A('Sabine Roux via Fleuristes-sud-ouest', 'fleuristes-sud-ouest@listes.fleuristes-so.example.org'), 'Fleuristes-sud-ouest <fleuristes-sud-ouest@listes.fleuristes-so.example.org>',
      '[Fleuristes-SO] Cherche frigoriste Bordeaux rive droite', D(3, 7, 52), leaf(t),
      extra=[('Reply-To', 'Sabine Roux <atelier.petales@example.com>'), ('List-Id', 'Fleuristes du Sud-Ouest <fleuristes-sud-ouest.listes.fleuristes-so.example.org>'),
             ('List-Unsubscribe', '<https://listes.fleuristes-so.example.org/mailman/options/fleuristes-sud-ouest>, <mailto:fleuristes-sud-ouest-request@listes.fleuristes-so.example.org?subject=unsubscribe>'),
             ('List-Post', '<mailto:fleuristes-sud-ouest@listes.fleuristes-so.example.org>'), ('Precedence', 'list'),
             ('Errors-To', 'fleuristes-sud-ouest-bounces@listes.fleuristes-so.example.org'), ('X-Mailman-Version', '2.1.39')],
      notes='list message written by a person; not about an invoice')

# h32 wholesaler rep, tu
t = ('Salut Céline,\n\nJ\'ai reçu ce matin un arrivage de renoncules de Sanremo et des amaryllis '
     'rouges très belles (tige 70). Vu ce que tu m\'as dit pour ton mariage du 12, je t\'en garde '
     'combien ? Je peux te les mettre de côté jusqu\'à jeudi.\n\nEt je te confirme la livraison du '
     'sapin blanc floqué pour l\'hôtel mardi matin.\n\nGreg\nFleurs du Sud-Ouest - MIN de Brienne, carreau 14\n06 08 55 21 73\n')
human('fleurs_sud_ouest_fr_grossiste_tu', 'fr', 'Fleurs du Sud-Ouest (wholesaler)', 'supplier rep, tu, stock offer',
      A('Grégory Baylac', 'greg@fleurs-sudouest.fr'), OWNER_ADDR, 'Renoncules + amaryllis', D(1, 6, 48), leaf(t, cte='8bit'),
      mstyle='other', mdomain='fleurs-sudouest.fr', notes='a supplier person writing; not about the owner\'s invoices')

# h33 prospect, quote request
t = ('Bonjour,\n\nNous nous marions le 19 juin 2027 au Château de Malleret (Le Pian-Médoc), '
     'environ 110 invités. Nous avons eu votre contact par Léa d\'Atelier Blanc.\n\n'
     'Nous aimerions un devis pour : bouquet de mariée + 6 boutonnières, arche de cérémonie, '
     '12 centres de table (tons blanc/vert sauge), et la décoration de l\'escalier.\n\n'
     'Seriez-vous disponible pour un premier rendez-vous en janvier ?\n\nMerci beaucoup,\nClara & Mehdi\n')
human('prospect_mariage_2027_fr_devis', 'fr', 'Clara Vasseur (prospect)', 'new prospect asks for a quote',
      A('Clara Vasseur', 'clara.vasseur@example.com'), OWNER_ADDR, 'Demande de devis mariage 19/06/2027', D(3, 22, 14),
      multi('alternative', [leaf(t), leaf('<div dir="ltr">' + t.replace('\n', '<br>') + '</div>', 'html')], boundary='000000000000%s' % hexid(16), preamble=None),
      notes='fresh message, no reminder involved')

# h34 English hotel group, next payment batch 15 December
t = ('Dear Ms Marquet,\n\nThank you for your reminder. Invoice F-2026-0411 has now been approved and '
     'will go out with our next payment batch on 15 December.\n\nPlease note that our standard terms '
     'are 45 days end of month; kindly ensure future invoices are addressed to '
     'invoices@maisonlune.example.\n\nBest regards,\n\nJoana Ferreira\nShared Services Centre - Accounts Payable\n'
     'Maison Lune Hotels | Lisbon\n')
human('maison_lune_en_batch_15dec', 'en', 'Maison Lune Hotels', 'English shared-services AP, "next payment batch on 15 December"',
      A('Joana Ferreira', 'joana.ferreira@maisonlune.example'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0411', 'en'), D(3, 11, 19, tz='+0000'),
      leaf(t, charset='us-ascii', cte='7bit'), n=411, mstyle='outlook', facts='promise_date=2026-12-15')

# h35 payment link broken, asks bank details
t = ('Bonjour,\n\nJ\'ai essayé de payer avec le lien de votre mail mais la page affiche "lien expiré". '
     'Pouvez-vous m\'envoyer vos coordonnées bancaires pour que je fasse un virement à la place ?\n\n'
     'Isabelle Morin\n')
human('morin_fr_lien_expire_coordonnees', 'fr', 'Isabelle Morin (private)', 'payment link expired, asks bank details',
      A('Isabelle Morin', 'isabelle.morin@example.net'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0426'), D(4, 8, 40),
      leaf(t), n=426, facts='request_rib=yes', xm='Mozilla Thunderbird')

# h36 rude, avoir roses manquantes
t = ('Arrêtez de m\'envoyer des relances automatiques, c\'est la troisième en dix jours. '
     'Je vous ai déjà expliqué qu\'il manquait deux vases de roses à la livraison du 6 novembre. '
     'Je paierai quand j\'aurai reçu l\'avoir correspondant, pas avant.\n\nF. Mauriac-Teste\nBrasserie L\'Orangerie\n')
human('orangerie_fr_rude_dispute_avoir', 'fr', "Brasserie L'Orangerie", 'rude, wants credit note for missing roses',
      A('F. Mauriac-Teste', 'direction@brasserie-orangerie.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0389', k=2), D(1, 18, 2),
      leaf(t), n=389, k=2, mstyle='other', mdomain='brasserie-orangerie.fr', facts='dispute=yes')

# h37 congress centre, PO attached, asks invoice with PO
t = ('Bonjour Madame,\n\nVotre facture F-2026-0406 ne peut être payée en l\'état : notre service '
     'comptable exige la mention du numéro de bon de commande. Vous trouverez ci-joint le bon de '
     'commande BC-88213 ; merci de nous faire parvenir une facture reprenant ce numéro.\n\n'
     'Cordialement,\n\nArnaud Lestage\nService Achats\nPalais des Congrès de l\'Estuaire\n')
bc = pdf(['PALAIS DES CONGRES DE L\'ESTUAIRE - BON DE COMMANDE BC-88213', '', 'Fournisseur : MARQUET FLEURS (SASU)',
          'Objet : Decoration florale congres regional 21-22/10/2026', 'Montant HT : 4 550,00 EUR',
          'Montant TTC : 5 460,00 EUR', 'Signature : Direction des achats'], 'BC-88213')
human('palais_congres_fr_bc_pdf_request_invoice', 'fr', "Palais des Congrès de l'Estuaire", 'PO PDF attached, asks invoice with PO number',
      A('Arnaud Lestage', 'achats@palaiscongres-estuaire.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0406'), D(2, 15, 1),
      multi('mixed', [multi('alternative', [leaf(t), leaf('<html><body>' + t.replace('\n', '<br>\n') + '</body></html>', 'html')], preamble=None),
                      attach(bc, 'application/pdf', 'BC-88213.pdf')]),
      n=406, mstyle='outlook', facts='request_invoice=yes')

# h38 golf club, ISO-8859-15 with euro sign, "pour le 31/12"
t = ('Bonjour,\n\nSuite à votre relance, je vous confirme que le paiement de 890 € sera effectué '
     'pour le 31/12 au plus tard (clôture de notre exercice).\n\nSalutations sportives,\n'
     'Patrick Dulong\nSecrétaire général - Golf des Graves\n')
human('golf_graves_fr_iso8859_15_31dec', 'fr', 'Golf des Graves', 'ISO-8859-15 8bit body, "pour le 31/12"',
      A('Patrick Dulong', 'secretariat@golfdesgraves.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0392'), D(3, 17, 25),
      leaf(t, charset='iso-8859-15', cte='8bit'), n=392, mstyle='other', mdomain='golfdesgraves.fr', facts='promise_date=2026-12-31')

# h39 English film production, "by end of month"
t = ('hi celine - sorry, our production accountant only does payments twice a month. '
     'payment will be made by end of month at the latest.\ncheers\nTom\n\n'
     'Tom Ashby | Locations & Art Dept\nSandpiper Films\n\nSent from my phone\n')
human('sandpiper_films_en_end_of_month', 'en', 'Sandpiper Films', 'English lower-case, "by end of month"',
      A('Tom Ashby', 'tom@sandpiperfilms.example'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0417', 'en'), D(2, 23, 51, tz='+0000'),
      leaf(t, charset='us-ascii', cte='7bit'), n=417, facts='promise_date=2026-12-31')

# h40 dispute price + corrected invoice
t = ('Bonjour Céline,\n\nLe montant de votre facture F-2026-0399 ne correspond pas au devis que nous '
     'avions signé : 1 850 € HT facturés au lieu de 1 650 € HT. Je pense qu\'il s\'agit des '
     'suppléments pour les vases que nous vous avions finalement rendus.\n\nMerci de nous adresser '
     'une facture rectifiée, nous la réglerons à réception.\n\nCordialement,\nSylvie Ducasse\nŒnotours Gironde\n')
human('oenotours_fr_montant_devis_facture_rectifiee', 'fr', 'Œnotours Gironde', 'dispute on amount vs quote, asks corrected invoice',
      A('Sylvie Ducasse', 'sylvie.ducasse@oenotours-gironde.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0399'), D(30, 16, 52),
      leaf(t), n=399, mstyle='outlook', facts='dispute=yes;request_invoice=yes')

# h41 assistant replies on behalf of absent architect (human, not auto)
t = ('Bonjour Madame Marquet,\n\nMme Daguerre est absente jusqu\'au 7 décembre. Je lui transmets '
     'votre message, elle reviendra vers vous à son retour.\n\nBien cordialement,\n\n'
     'Inès Vidal\nAssistante\nDaguerre Architectes\n')
human('daguerre_archi_fr_assistante_transmet', 'fr', 'Daguerre Architectes', 'human assistant replies for absent boss (looks like OOO)',
      A('Inès Vidal', 'agence@daguerre-architectes.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0404'), D(30, 11, 48),
      leaf(t), n=404, mstyle='outlook', notes='written by a person (assistant), not an autoresponder; no promise')

# h42 "on l'a payée hier"
t = ('Bonjour,\non l\'a payée hier la F-2026-0398, vous ne l\'avez pas reçue ? Virement fait depuis '
     'le compte de la SAS Osaka Chartrons.\nKenji\n')
human('osaka_chartrons_fr_payee_hier', 'fr', 'Restaurant Osaka Chartrons', '"payée hier", short',
      A('Kenji Tanaka', 'kenji@osaka-chartrons.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0398'), D(3, 15, 36),
      leaf(t), n=398, facts='already_paid=2026-12-02')

# h43 broken MIME: declares us-ascii but body has raw UTF-8 bytes
t = ('Bonjour Céline,\n\nC\'est parti ce matin par virement, désolée pour le délai.\n\n'
     'Amandine\nStudio Lumière d\'Aquitaine\n').encode('utf-8')
human('studio_lumiere_fr_broken_charset_ce_matin', 'fr', "Studio Lumière d'Aquitaine", 'broken MIME: charset us-ascii with raw UTF-8 bytes, "ce matin"',
      A('Amandine Lafargue', 'amandine@studio-lumiere-aquitaine.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0394'), D(4, 10, 6),
      leaf(t, charset='us-ascii', cte='7bit', quote_cs=False), n=394, mstyle='other', mdomain='studio-lumiere-aquitaine.fr',
      facts='already_paid=2026-12-04', notes='8-bit UTF-8 bytes under a 7bit/us-ascii label (deliberately broken)')

# h44 cheque at Friday delivery
t = ('Bonjour Céline,\n\nOn vous remet le chèque à la livraison de vendredi pour les compositions de la '
     'semaine, comme d\'habitude. Pour les deux semaines de novembre ce sera un seul chèque.\n\n'
     'À vendredi,\nChef Romain\nLe Quai 33\n')
human('quai33_fr_cheque_livraison_vendredi', 'fr', 'Restaurant Le Quai 33', 'cheque handed over "à la livraison de vendredi"',
      A('Le Quai 33', 'reservation@lequai33.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0425'), D(30, 15, 9),
      leaf(t), n=425, mstyle='apple', mdomain='lequai33.fr', facts='promise_date=2026-12-04')

# h45 Dutch agency, week 50
t = ('Dear Céline,\n\nThank you for your e-mail. Our finance department will process your invoice in '
     'week 50. Apologies for the inconvenience.\n\nMet vriendelijke groet / Kind regards,\n\n'
     'Sanne de Vries\nProject Manager\nTulip & Co Events B.V.\nKeizersgracht 312 | 1016 EZ Amsterdam\n'
     'KvK 81234567\n')
human('tulip_events_en_week_50', 'en', 'Tulip & Co Events B.V.', 'Dutch agency English, "in week 50"',
      A('Sanne de Vries', 'sanne@tulipandco.example'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0396', 'en'), D(1, 9, 14),
      leaf(t), n=396, mstyle='outlook', facts='promise_date=week_of_2026-12-07', notes='ISO week 50 of 2026 starts Mon 7 Dec')

# h46 "la semaine prochaine sans faute"
t = ('Bonjour Céline, oui je sais, je suis en retard sur tout en ce moment avec l\'inventaire. '
     'On vous règle ça la semaine prochaine sans faute.\nAnne-Sophie - Maison Soléa\n')
human('maison_solea_fr_semaine_prochaine', 'fr', 'Maison Soléa (concept store)', '"la semaine prochaine", one paragraph',
      A('Maison Soléa', 'hello@maison-solea.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0387'), D(1, 17, 33),
      leaf(t), n=387, facts='promise_date=week_of_2026-12-07')

# h47 "avant le 20"
t = ('Bonjour,\n\nBien reçu votre rappel. Nous réglerons avant le 20, je vous le promets, le mois de '
     'décembre est compliqué pour notre trésorerie.\n\nBien à vous,\nFrançois Eyquem\n'
     'Agence Immobilière Pey-Berland\n')
human('pey_berland_immo_fr_avant_le_20', 'fr', 'Agence Immobilière Pey-Berland', '"avant le 20"',
      A('François Eyquem', 'f.eyquem@immo-peyberland.fr'), OWNER_ADDR, 'RE: ' + rsubj('F-2026-0386'), D(4, 14, 28),
      leaf(t), n=386, mstyle='outlook', facts='promise_date=2026-12-20', notes='"avant le 20" = by 20 Dec')

# h48 bottom/inline reply to quoted reminder, "je fais ça lundi"
t = ('Salut Céline,\n\n' + gmail_attr_fr(1, '08:30') +
     '> Bonjour,\n>\n> Sauf erreur de ma part, la facture F-2026-0383 du 24/09/2026, d\'un montant de\n'
     '> 860,00 € TTC, arrivée à échéance le 24/10/2026, reste impayée à ce jour.\n\n'
     'Oui je sais, désolé, j\'ai eu un mois de fou. Je fais ça lundi.\n\n'
     '> Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n'
     'Non non, pas encore effectué :)\n\nHugo\n')
human('zinc_capucins_fr_inline_reply_lundi', 'fr', 'Le Zinc des Capucins', 'inline answers between quoted lines, "lundi", negated paid',
      A('Hugo Lesparre', 'hugo@zinc-capucins.fr'), OWNER_ADDR, 'Re: ' + rsubj('F-2026-0383', k=2), D(4, 11, 7),
      leaf(t), n=383, k=2, facts='promise_date=2026-12-07', notes='"pas encore effectué": not already paid; Fri 4 Dec -> Mon 7 Dec')

# h49 client's accountant, no trace, asks invoice
t = ('Bonjour,\n\nJe suis l\'expert-comptable de M. Roux (Écuries du Domaine de Lalande), qui m\'a '
     'transmis votre relance. Nous n\'avons aucune trace de cette facture dans les pièces qu\'il nous '
     'a remises. Pourriez-vous nous adresser une copie de la facture F-2026-0384 ainsi que le devis '
     'signé correspondant ?\n\nCordialement,\n\nJulien Beylot\nCabinet Roux-Beylot - Expertise comptable\n'
     'Membre de l\'Ordre des experts-comptables de Nouvelle-Aquitaine\n')
human('roux_beylot_fr_comptable_client_copie_facture', 'fr', 'Cabinet Roux-Beylot (client\'s accountant)', 'third party (client\'s accountant) asks copy of invoice',
      A('Julien Beylot', 'j.beylot@roux-beylot-expertise.fr'), OWNER_ADDR, 'TR: ' + rsubj('F-2026-0384'), D(2, 10, 10),
      leaf(t), mstyle='outlook', facts='request_invoice=yes', notes='forwarded to the accountant; no In-Reply-To')

# h50 thank-you note
t = ('Chère Céline,\n\nNous voulions vous remercier encore pour samedi : l\'église et la salle étaient '
     'magnifiques, nos invités n\'ont parlé que de ça. Les pivoines blanches dans le bouquet, un rêve.\n\n'
     'Nous vous enverrons quelques photos du photographe dès qu\'on les aura.\n\nAvec toute notre gratitude,\n'
     'Claire & Adrien\n')
human('claire_adrien_fr_merci_mariage', 'fr', 'Claire & Adrien Moreau (private)', 'thank-you note, no payment content',
      A('Claire Moreau', 'claire.moreau@example.com'), OWNER_ADDR, 'Merci pour samedi 💐', D(30, 20, 45),
      multi('alternative', [leaf(t), leaf('<div dir="ltr">' + t.replace('\n', '<br>') + '</div>', 'html')], boundary='000000000000%s' % hexid(16), preamble=None),
      notes='no reminder involved')

# ================================================================ payment_notification


def notice(label, name, lang, provider, group, pattern, frm, subj, date, body, money=None, to=None,
           mstyle='other', mdomain='example.com', extra=(), notes='', facts='', rp=None):
    hd = []
    if rp:
        hd.append(('Return-Path', rp))
    hd += [('From', frm), ('To', to or OWNER_ADDR if to is None else to), ('Subject', H(subj)), ('Date', date),
           ('Message-ID', mid(mstyle, mdomain))]
    hd += list(extra)
    add(label, name, msg(hd, body), lang, group, pattern, provider=provider, money=money, notes=notes, facts=facts)


def pay(name, lang, provider, pattern, frm, subj, date, body, money, **kw):
    notice('payment_notification', name, lang, provider, kw.pop('group', provider), pattern, frm, subj, date, body, money, **kw)


def html_doc(inner, title='', bg='#f4f4f4', font='Arial,Helvetica,sans-serif'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:%s;font-family:%s">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">\n'
            '%s\n</table>\n</td></tr></table>\n</body></html>\n') % (title, bg, font, inner)


def alt(text, html, cte='quoted-printable'):
    return multi('alternative', [leaf(text, cte=cte), leaf(html, 'html', cte=cte)], preamble=None)


QONTO_FOOT_TXT = ('\n--\nQonto - 18 rue de Navarin, 75009 Paris\n'
                  'Qonto est un établissement de paiement agréé par l\'ACPR (CIB 16958).\n'
                  'Ceci est un message automatique, merci de ne pas y répondre.\n')
QONTO_FOOT_HTML = ('<tr><td style="padding:24px 32px;font-size:11px;color:#8d8d8d">Qonto - 18 rue de Navarin, 75009 Paris<br/>'
                   'Qonto est un établissement de paiement agréé par l\'ACPR (CIB 16958).<br/>'
                   'Ceci est un message automatique, merci de ne pas y répondre.</td></tr>')
QX = [('X-Mailer', 'Customer.io'), ('Feedback-ID', 'qonto-transactional:qonto')]

# p01 Qonto virement reçu
t = ('Bonjour Céline,\n\nVous avez reçu un virement de 1 096,00 € de GROUPE HOTELIER AQUITANIA sur votre '
     'compte Compte principal.\n\nRéférence : F-2026-0370 AQUITANIA BX LAC\nDate : 30/11/2026\n\n'
     'Retrouvez le détail de cette transaction dans votre application Qonto.\n' + QONTO_FOOT_TXT)
h = html_doc('<tr><td style="padding:32px"><img src="https://assets.qonto.com/email/logo.png" alt="Qonto" width="90"/></td></tr>'
             '<tr><td style="padding:0 32px;font-size:22px;font-weight:bold;color:#1d1d1b">+1&nbsp;096,00&nbsp;€</td></tr>'
             '<tr><td style="padding:16px 32px;font-size:15px;color:#1d1d1b">Bonjour Céline,<br/><br/>Vous avez reçu un virement de '
             '<b>1&nbsp;096,00&nbsp;€</b> de <b>GROUPE HOTELIER AQUITANIA</b> sur votre compte <b>Compte principal</b>.</td></tr>'
             '<tr><td style="padding:0 32px"><table width="100%" style="font-size:14px;color:#6b6b6b"><tr><td>Référence</td><td align="right">F-2026-0370 AQUITANIA BX LAC</td></tr>'
             '<tr><td>Date</td><td align="right">30/11/2026</td></tr></table></td></tr>'
             '<tr><td style="padding:24px 32px"><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Voir la transaction</a></td></tr>'
             + QONTO_FOOT_HTML, 'Virement reçu')
pay('qonto_fr_virement_recu', 'fr', 'Qonto', 'virement reçu, payer + reference, HTML',
    A('Qonto', 'noreply@qonto.com'), 'Vous avez reçu un virement de 1 096,00 €', D(30, 11, 2), alt(t, h),
    M('in', '1096.00', payer='GROUPE HOTELIER AQUITANIA', reference='F-2026-0370 AQUITANIA BX LAC', value_date='2026-11-30', cap='yes'),
    extra=QX)

# p02 Qonto plural "2 virements reçus"
t = ('Bonjour Céline,\n\nVous avez reçu 2 virements sur votre compte Compte principal :\n\n'
     '+ 642,00 €  HOTEL DES QUINCONCES SAS  -  FACT F-2026-0380 NOV\n'
     '+ 1 480,00 €  SCEA CHATEAU LAMOTHE BERGEY  -  F-2026-0376\n\n'
     'Total reçu : 2 122,00 €\n' + QONTO_FOOT_TXT)
h = html_doc('<tr><td style="padding:32px;font-size:20px;font-weight:bold">2 virements reçus</td></tr>'
             '<tr><td style="padding:0 32px"><table width="100%" cellpadding="8" style="font-size:14px;border-collapse:collapse">'
             '<tr style="border-bottom:1px solid #eee"><td>HOTEL DES QUINCONCES SAS<br/><span style="color:#8d8d8d">FACT F-2026-0380 NOV</span></td><td align="right" style="color:#1a7f37">+&nbsp;642,00&nbsp;€</td></tr>'
             '<tr style="border-bottom:1px solid #eee"><td>SCEA CHATEAU LAMOTHE BERGEY<br/><span style="color:#8d8d8d">F-2026-0376</span></td><td align="right" style="color:#1a7f37">+&nbsp;1&nbsp;480,00&nbsp;€</td></tr>'
             '</table></td></tr><tr><td style="padding:16px 32px;font-size:14px">Total reçu : <b>2&nbsp;122,00&nbsp;€</b></td></tr>' + QONTO_FOOT_HTML)
pay('qonto_fr_2_virements_recus', 'fr', 'Qonto', 'plural "2 virements reçus", two rows',
    A('Qonto', 'noreply@qonto.com'), '2 virements reçus', D(1, 9, 15), alt(t, h),
    M('in|in', '642.00|1480.00', payer='HOTEL DES QUINCONCES SAS|SCEA CHATEAU LAMOTHE BERGEY',
      reference='FACT F-2026-0380 NOV|F-2026-0376', value_date='2026-12-01|2026-12-01', cap='yes|yes'),
    extra=QX, notes='value dates not printed: notice date used')

# p03 Qonto card payment
t = ('Bonjour Céline,\n\nUn paiement par carte de 312,40 € a été effectué chez FLEURS DU SUD OUEST '
     '(BORDEAUX) avec la carte •••• 4821 (Céline Marquet).\n\nPensez à ajouter le justificatif dans votre '
     'application pour faciliter votre comptabilité.\n' + QONTO_FOOT_TXT)
pay('qonto_fr_paiement_carte', 'fr', 'Qonto', 'card payment (out), asks receipt',
    A('Qonto', 'noreply@qonto.com'), 'Paiement par carte : 312,40 € chez FLEURS DU SUD OUEST', D(1, 6, 59),
    alt(t, html_doc('<tr><td style="padding:32px;font-size:15px">' + t.split('\n--')[0].replace('\n', '<br/>') + '</td></tr>' + QONTO_FOOT_HTML)),
    M('out', '312.40', reference='FLEURS DU SUD OUEST', value_date='2026-12-01'), extra=QX)

# p04 Qonto outgoing transfer
t = ('Bonjour Céline,\n\nVotre virement de 1 150,00 € vers SCEA ROSERAIE DE L\'ENTRE-DEUX-MERS a bien été '
     'exécuté.\n\nRéférence : FACTURE 2026-311 ROSES NOV\nCompte débité : Compte principal\n' + QONTO_FOOT_TXT)
pay('qonto_fr_virement_emis', 'fr', 'Qonto', 'outgoing transfer executed',
    A('Qonto', 'noreply@qonto.com'), 'Votre virement de 1 150,00 € a été exécuté', D(2, 10, 21),
    alt(t, html_doc('<tr><td style="padding:32px;font-size:15px">' + t.split('\n--')[0].replace('\n', '<br/>') + '</td></tr>' + QONTO_FOOT_HTML)),
    M('out', '1150.00', reference='FACTURE 2026-311 ROSES NOV', value_date='2026-12-02'), extra=QX)

# p05 Qonto card declined
t = ('Bonjour Céline,\n\nVotre paiement de 89,90 € chez CANVA* 04512-88811 a été refusé.\n\n'
     'Motif : plafond de paiement mensuel de la carte atteint.\n\nVous pouvez modifier vos plafonds '
     'depuis l\'onglet Cartes de votre application.\n' + QONTO_FOOT_TXT)
pay('qonto_fr_paiement_refuse', 'fr', 'Qonto', 'card payment declined (failed)',
    A('Qonto', 'noreply@qonto.com'), 'Paiement refusé', D(3, 14, 2), leaf(t), M('failed', '89.90', reference='CANVA* 04512-88811', value_date='2026-12-03'), extra=QX)

# p06 Shine virement reçu (tu)
SHINE_FOOT = ('\n\nL\'équipe Shine\n\nShine SAS - 5 rue Charlot, 75003 Paris. Shine est un établissement de '
              'paiement agréé par l\'ACPR sous le n° 71758.\nTu reçois cet e-mail car tu as activé les '
              'notifications de transactions. Pour les désactiver, rends-toi dans Profil > Notifications.\n')
t = ('Hello Céline,\n\nTu as reçu un virement de 850,00 € 🎉\n\nDe : M JULIEN ROUSSEL\n'
     'Libellé : ACOMPTE MARIAGE 12 JUIN 2027\nDate : 01/12/2026' + SHINE_FOOT)
pay('shine_fr_virement_recu_tu', 'fr', 'Shine', 'virement reçu, tutoiement, emoji',
    A('Shine', 'notifications@shine.fr'), 'Virement reçu : +850,00 €', D(1, 16, 44), alt(t, html_doc('<tr><td style="padding:28px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>', bg='#eef0ff')),
    M('in', '850.00', payer='M JULIEN ROUSSEL', reference='ACOMPTE MARIAGE 12 JUIN 2027', value_date='2026-12-01', cap='yes'),
    notes='a deposit (acompte), still a single identified payment in')

# p07 Shine amount in subject only
t = ('Hello Céline,\n\nTu as reçu un nouveau virement de SARL L ATELIER GOURMAND.\n\n'
     'Ouvre l\'app Shine pour voir le détail et rattacher ta facture.' + SHINE_FOOT)
pay('shine_fr_montant_objet_seulement', 'fr', 'Shine', 'amount only in the subject',
    A('Shine', 'notifications@shine.fr'), '+640,00 € sur ton compte', D(2, 8, 5), leaf(t),
    M('in', '640.00', payer='SARL L ATELIER GOURMAND', value_date='2026-12-02', cap='yes'), notes='amount appears only in Subject')

# p08 Shine direct debit
t = ('Hello Céline,\n\nUn prélèvement de 89,00 € a été débité de ton compte.\n\nCréancier : HISCOX SA\n'
     'Référence : RC PRO 2026/12 CONTRAT HX-FR-4418823\n\nSolde disponible : 3 214,77 €' + SHINE_FOOT)
pay('shine_fr_prelevement_hiscox', 'fr', 'Shine', 'direct debit taken (out), shows balance',
    A('Shine', 'notifications@shine.fr'), 'Prélèvement de 89,00 €', D(2, 7, 12), leaf(t),
    M('out', '89.00', reference='RC PRO 2026/12 CONTRAT HX-FR-4418823', value_date='2026-12-02'))

# p09 BNP Paribas credit alert
t = ('BNP PARIBAS\n\nAlerte Mouvement créditeur\n\nBonjour,\n\nNous vous informons qu\'une opération '
     'au crédit de votre compte professionnel n° ****8841 a été enregistrée :\n\n'
     'Date : 01/12/2026\nLibellé : VIR SEPA RECU /DE CABINET LESTRADE NOTAIRES /MOTIF FACTURE F2026-0368 /REF 2026120100451\n'
     'Montant : + 1 920,00 EUR\n\nPour consulter vos comptes, connectez-vous à votre espace client sur mabanqueentreprise.bnpparibas.\n\n'
     'Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n'
     'BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 boulevard des Italiens 75009 Paris - 662 042 449 RCS Paris - ORIAS n° 07 022 735.\n')
pay('bnp_fr_alerte_mouvement_crediteur', 'fr', 'BNP Paribas', 'credit alert, SEPA label with /DE /MOTIF',
    A('BNP Paribas', 'alertes@bnpparibas.com'), 'Alerte : Mouvement créditeur sur votre compte', D(1, 19, 30), leaf(t, charset='iso-8859-15', cte='quoted-printable'),
    M('in', '1920.00', payer='CABINET LESTRADE NOTAIRES', reference='FACTURE F2026-0368', value_date='2026-12-01', cap='yes'))

# p10 BNP card refund
t = ('BNP PARIBAS\n\nAlerte Carte\n\nBonjour,\n\nUne opération de remboursement sur votre carte Visa '
     'Business n° XXXX XXXX XXXX 2210 a été enregistrée :\n\nDate : 02/12/2026\nCommerçant : AMAZON PAYMENTS LUXEMBOURG\n'
     'Montant remboursé : 64,90 EUR\n\nCe message vous est adressé automatiquement, merci de ne pas y répondre.\n')
pay('bnp_fr_remboursement_carte', 'fr', 'BNP Paribas', 'merchant refund on card',
    A('BNP Paribas', 'alertes@bnpparibas.com'), 'Alerte Carte : remboursement de 64,90 EUR', D(2, 20, 1), leaf(t, charset='iso-8859-15', cte='quoted-printable'),
    M('refund', '64.90', reference='AMAZON PAYMENTS LUXEMBOURG', value_date='2026-12-02'))

# p11 Crédit Agricole HTML table alert
h = html_doc('<tr><td style="background:#006a4e;padding:16px;color:#fff;font-size:18px">Crédit Agricole Aquitaine</td></tr>'
             '<tr><td style="padding:20px;font-size:14px">Madame MARQUET CELINE,<br/><br/>Suite à votre demande d\'alerte, nous vous informons '
             'qu\'une opération créditrice a été enregistrée sur votre compte <b>COMPTE COURANT PRO ***09 571</b>.</td></tr>'
             '<tr><td style="padding:0 20px"><table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;width:100%">'
             '<tr style="background:#e6f0ec"><th>Date</th><th>Libellé</th><th>Montant</th></tr>'
             '<tr><td>03/12</td><td>VIR ASS LES AMIS DU JARDIN BOTANIQUE COTISATION DECOR F-2026-0372</td><td align="right">+380,00 €</td></tr>'
             '</table></td></tr><tr><td style="padding:20px;font-size:11px;color:#666">Ce message est envoyé automatiquement, merci de ne pas y répondre. '
             'Pour gérer vos alertes, rendez-vous sur votre espace Crédit Agricole En Ligne.<br/>Caisse Régionale de Crédit Agricole Mutuel d\'Aquitaine - société coopérative à capital variable.</td></tr>')
pay('ca_aquitaine_fr_alerte_credit_table_html', 'fr', 'Crédit Agricole', 'HTML-only table row credit alert',
    A('Crédit Agricole', 'noreply@ca-aquitaine.fr'), 'Alerte sur votre compte : opération créditrice', D(3, 21, 10), leaf(h, 'html'),
    M('in', '380.00', payer='ASS LES AMIS DU JARDIN BOTANIQUE', reference='COTISATION DECOR F-2026-0372', value_date='2026-12-03', cap='yes'),
    notes='payer and reference share one libellé column')

# p12 Crédit Agricole statement available
t = ('Madame MARQUET CELINE,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre espace '
     'Crédit Agricole En Ligne, rubrique e-Documents.\n\nCompte : COMPTE COURANT PRO ***09 571\n\n'
     'Ce message est envoyé automatiquement, merci de ne pas y répondre.\n')
pay('ca_aquitaine_fr_releve_disponible', 'fr', 'Crédit Agricole', 'statement available',
    A('Crédit Agricole', 'noreply@ca-aquitaine.fr'), 'Votre e-relevé de novembre est disponible', D(2, 5, 40), leaf(t, charset='iso-8859-1'),
    M('statement', ''))

# p13 LCL credit from DRFIP (public body payment)
t = ('LCL Professionnels\n\nBonjour,\n\nVous avez reçu un virement de 1 275,00 EUR sur votre compte '
     '0241 0000******7C.\n\nÉmetteur : DRFIP NOUVELLE-AQUITAINE ET GIRONDE\nMotif : MANDAT 2026-004512 FACT F-2026-0371\n'
     'Date de valeur : 02/12/2026\n\nÀ très bientôt sur lcl.fr\n\nCet e-mail vous a été envoyé automatiquement. '
     'Merci de ne pas y répondre.\n')
pay('lcl_fr_virement_drfip', 'fr', 'LCL', 'public body payment via DRFIP, mandat reference',
    A('LCL', 'noreply@lcl.fr'), 'LCL - Avis de virement reçu', D(2, 22, 7), leaf(t),
    M('in', '1275.00', payer='DRFIP NOUVELLE-AQUITAINE ET GIRONDE', reference='MANDAT 2026-004512 FACT F-2026-0371', value_date='2026-12-02', cap='yes'))

# p14 Société Générale credit
t = ('SOCIETE GENERALE\n\nNotification de virement reçu\n\nMadame,\n\nUn virement de 990,00 EUR émis par '
     'SAS EVENTIA CONSEIL a été crédité sur votre compte n° *****40 le 03/12/2026.\n'
     'Référence communiquée par l\'émetteur : EVENTIA / PO 2026-551\n\n'
     'Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris\n'
     'Ceci est un message automatique. Merci de ne pas répondre.\n')
pay('societe_generale_fr_virement_recu', 'fr', 'Société Générale', 'virement reçu, "émis par"',
    A('Societe Generale', 'ne-pas-repondre@societegenerale.fr'), 'Notification : un virement a été crédité sur votre compte', D(3, 8, 3), leaf(t),
    M('in', '990.00', payer='SAS EVENTIA CONSEIL', reference='EVENTIA / PO 2026-551', value_date='2026-12-03', cap='yes'))

# p15 Société Générale outgoing transfer rejected
t = ('SOCIETE GENERALE\n\nMadame,\n\nLe virement de 420,00 EUR que vous avez émis le 30/11/2026 au '
     'profit de EARL LES SERRES DE GAIA n\'a pas pu être exécuté.\n\nMotif du rejet : compte du '
     'bénéficiaire clôturé (AC04).\n\nLe montant a été recrédité sur votre compte. Nous vous invitons à '
     'vérifier les coordonnées bancaires du bénéficiaire.\n\nCeci est un message automatique. Merci de ne pas répondre.\n')
pay('societe_generale_fr_virement_rejete', 'fr', 'Société Générale', 'outgoing transfer rejected (AC04), amount re-credited',
    A('Societe Generale', 'ne-pas-repondre@societegenerale.fr'), 'Rejet de votre virement', D(2, 9, 50), leaf(t),
    M('failed', '420.00', reference='EARL LES SERRES DE GAIA', value_date='2026-12-02'),
    notes='the re-credit is the return of the owner\'s own payment, not money from a client')

# p16 La Banque Postale direct debit URSSAF
t = ('La Banque Postale\n\nBonjour,\n\nUne opération de prélèvement a été enregistrée sur votre compte '
     'professionnel :\n\nPRLV SEPA URSSAF AQUITAINE\nRéf. mandat : URS0330000012345678\n'
     'Montant : - 1 245,00 EUR\nDate : 04/12/2026\n\nPour plus de détails, consultez votre Espace Client.\n\n'
     'Ce courriel est envoyé automatiquement : merci de ne pas y répondre.\nLa Banque Postale - SA à Directoire '
     'et Conseil de Surveillance - 115 rue de Sèvres 75275 Paris Cedex 06.\n')
pay('banque_postale_fr_prelevement_urssaf', 'fr', 'La Banque Postale', 'direct debit URSSAF (out)',
    A('La Banque Postale', 'ne-pas-repondre@labanquepostale.fr'), 'Avis d\'opération sur votre compte', D(4, 6, 30), leaf(t),
    M('out', '1245.00', reference='PRLV SEPA URSSAF AQUITAINE', value_date='2026-12-04'))

# p17 CIC credit
t = ('CIC\n\nAlerte mouvement\n\nCompte : CPT COURANT PRO 00020145801\nOpération : VIR M OU MME PERRIN THOMAS SOLDE MARIAGE F-2026-0378\n'
     'Montant : +960,00 EUR\nDate : 30/11/2026\n\nCe message a été envoyé automatiquement par le service '
     'd\'alertes CIC. Pour modifier vos alertes : cic.fr > Mes comptes > Alertes.\n')
pay('cic_fr_alerte_credit', 'fr', 'CIC', 'terse alert, libellé holds payer+ref',
    A('CIC', 'alertes@cic.fr'), 'CIC - Alerte : crédit de 960,00 EUR', D(30, 18, 55), leaf(t, charset='iso-8859-1', cte='quoted-printable'),
    M('in', '960.00', payer='M OU MME PERRIN THOMAS', reference='SOLDE MARIAGE F-2026-0378', value_date='2026-11-30', cap='yes'))

# p18 BoursoBank transfer received
t = ('Bonjour Céline,\n\nVous avez reçu un virement de M. ANTOINE FAURE d\'un montant de 450,00 € sur '
     'votre compte BoursoBank Pro.\n\nMotif : bouquets anniversaire 28/11\n\nÀ bientôt,\nVotre équipe BoursoBank\n\n'
     'BoursoBank - SA au capital de 53 758 635,20 € - 351 058 151 RCS Nanterre. Merci de ne pas répondre à ce message.\n')
pay('boursobank_fr_virement_recu', 'fr', 'BoursoBank', 'virement reçu "de X d\'un montant de"',
    A('BoursoBank', 'ne-pas-repondre@boursobank.com'), 'Vous avez reçu un virement', D(30, 13, 38), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>')),
    M('in', '450.00', payer='M. ANTOINE FAURE', reference='bouquets anniversaire 28/11', value_date='2026-11-30', cap='yes'))

# p19 Hello bank!
t = ('Hello Céline,\n\nBonne nouvelle : un virement de 1 318,00 € vient d\'arriver sur votre compte Hello '
     'Business.\n\nÉmetteur : SARL LES JARDINS D ALIENOR\nRéférence : FACT F-2026-0373\n\nHello bank! est une '
     'marque de BNP Paribas. Ce message est automatique, merci de ne pas y répondre.\n')
pay('hellobank_fr_virement_arrive', 'fr', 'Hello bank!', '"vient d\'arriver"',
    A('Hello bank!', 'noreply@hellobank.fr'), 'Un virement vient d\'arriver sur votre compte', D(4, 9, 12), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>', bg='#e5f7f3')),
    M('in', '1318.00', payer='SARL LES JARDINS D ALIENOR', reference='FACT F-2026-0373', value_date='2026-12-04', cap='yes'))

# p20 Fortuneo credit
t = ('Fortuneo\n\nCrédit sur votre compte\n\nBonjour Madame MARQUET,\n\nNous vous informons qu\'une opération '
     'de 1 640,00 EUR a été portée au crédit de votre compte courant professionnel le 02/12/2026.\n\n'
     'Libellé : VIR SEPA SCEA DOMAINE DE PEYRAGUEY F-2026-0375\n\nL\'équipe Fortuneo\n\n'
     'Vous recevez cet e-mail car vous avez souscrit au service d\'alertes Fortuneo.\n')
pay('fortuneo_fr_credit_compte', 'fr', 'Fortuneo', '"porté au crédit", libellé',
    A('Fortuneo', 'alertes@fortuneo.fr'), 'Alerte Fortuneo : crédit sur votre compte', D(2, 18, 20), leaf(t),
    M('in', '1640.00', payer='SCEA DOMAINE DE PEYRAGUEY', reference='F-2026-0375', value_date='2026-12-02', cap='yes'))

# p21 Caisse d'Épargne balance alert
t = ('Caisse d\'Epargne Aquitaine Poitou-Charentes\n\nAlerte solde\n\nMadame MARQUET,\n\nLe solde de votre '
     'compte n° ****3391 est passé sous le seuil de 500,00 EUR que vous avez défini.\nSolde au 03/12/2026 : 312,58 EUR\n\n'
     'Consultez vos comptes sur l\'application Caisse d\'Epargne.\n\nCe message est généré automatiquement, '
     'merci de ne pas y répondre.\n')
pay('caisse_epargne_fr_alerte_solde', 'fr', "Caisse d'Épargne", 'balance below threshold',
    A("Caisse d'Epargne", 'alertes@caisse-epargne.fr'), 'Alerte solde sur votre compte', D(3, 7, 0), leaf(t, charset='windows-1252'),
    M('statement', '', value_date='2026-12-03'), notes='balance alert: balance 312,58 EUR shown, no single movement, so amount left empty')

# p22 Banque Populaire direct debit EDF
t = ('Banque Populaire Aquitaine Centre Atlantique\n\nAlerte opération\n\nBonjour,\n\nUn prélèvement de 218,46 EUR '
     'a été débité de votre compte le 01/12/2026.\nÉmetteur : EDF ENTREPRISES\nRéf. : FACTURE 10082734411\n\n'
     'Message automatique, merci de ne pas répondre.\n')
pay('banque_populaire_fr_prelevement_edf', 'fr', 'Banque Populaire', 'direct debit EDF (out)',
    A('Banque Populaire', 'alertes@banquepopulaire.fr'), 'Alerte opération : prélèvement de 218,46 EUR', D(1, 8, 44), leaf(t),
    M('out', '218.46', reference='EDF ENTREPRISES FACTURE 10082734411', value_date='2026-12-01'))

# p23 N26 incoming
t = ('Bonjour Céline,\n\nVous avez reçu 2 100,00 € de Océane Bertrand.\n\nRéférence : Mariage 5 sept - solde\n\n'
     'Ouvrez l\'application N26 pour voir les détails.\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin, Allemagne.\n'
     'Ceci est un e-mail automatique, merci de ne pas y répondre.\n')
pay('n26_fr_virement_entrant', 'fr', 'N26', 'incoming transfer, person payer',
    A('N26', 'no-reply@n26.com'), 'Vous avez reçu de l\'argent', D(30, 20, 2), leaf(t),
    M('in', '2100.00', payer='Océane Bertrand', reference='Mariage 5 sept - solde', value_date='2026-11-30', cap='yes'))

# p24 Revolut Business incoming (English)
t = ('Hi Céline,\n\nYou\'ve received €1,250.00 from WINE PARIS EVENTS SAS into your EUR account.\n\n'
     'Reference: INV F-2026-0377\n\nView transaction in the Revolut Business app.\n\n'
     'Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.\n'
     'You are receiving this email because you have transaction notifications enabled for your Revolut Business account.\n')
pay('revolut_en_received', 'en', 'Revolut Business', 'English "You\'ve received €X from"',
    A('Revolut Business', 'no-reply@revolut.com'), 'You\'ve received €1,250.00', D(3, 16, 27, tz='+0000'), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>')),
    M('in', '1250.00', payer='WINE PARIS EVENTS SAS', reference='INV F-2026-0377', value_date='2026-12-03', cap='yes'))

# p25 Revolut outgoing
t = ('Hi Céline,\n\nYour transfer of €2,380.00 to Floraline B.V. has been completed.\n\nReference: ORDER 88-20931\n\n'
     'Revolut Bank UAB. This is an automated message, please do not reply.\n')
pay('revolut_en_transfer_completed', 'en', 'Revolut Business', 'outgoing transfer completed',
    A('Revolut Business', 'no-reply@revolut.com'), 'Transfer completed', D(30, 10, 12, tz='+0000'), leaf(t),
    M('out', '2380.00', reference='ORDER 88-20931', value_date='2026-11-30'))

# p26 Wise received GBP
t = ('Hi Céline,\n\nYou\'ve received 1,600.00 GBP from OLIVER GRANT.\n\nIt\'s now in your GBP balance.\n'
     'Reference: Grant-Whitfield wedding flowers\n\nThe Wise Team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels.\n'
     'You are receiving this email because you have a Wise account.\n')
pay('wise_en_received_gbp', 'en', 'Wise', 'money received in GBP',
    A('Wise', 'noreply@wise.com'), 'You\'ve received 1,600.00 GBP', D(2, 14, 33, tz='+0000'), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>')),
    M('in', '1600.00', 'GBP', payer='OLIVER GRANT', reference='Grant-Whitfield wedding flowers', value_date='2026-12-02', cap='yes'))

# p27 Wise money on its way (none)
t = ('Hi Céline,\n\nSonoma Hills Wine Co. has sent you 2,100.00 USD.\n\nIt should arrive in your account by '
     'Monday, 7 December. We\'ll let you know when it\'s there.\n\nThe Wise Team\n\n'
     'You are receiving this email because you have a Wise account.\n')
pay('wise_en_money_on_its_way', 'en', 'Wise', 'announced incoming money, not arrived',
    A('Wise', 'noreply@wise.com'), 'Money is on its way to you', D(4, 17, 5, tz='+0000'), leaf(t),
    M('none', '2100.00', 'USD', value_date='2026-12-07'),
    notes='announced by Sonoma Hills Wine Co., expected arrival 7 Dec (value_date = announced date); not yet received, so payer left empty')

# p28 Stripe invoice paid
t = ('Marquet Fleurs\n\nPaiement reçu\n\nClara Vidal a payé la facture 4B7D21E0-0003 d\'un montant de 450,00 €.\n\n'
     'Moyen de paiement : Visa •••• 4242\nDate : 1 déc. 2026\n\nAfficher la facture dans le Dashboard : '
     'https://dashboard.stripe.com/invoices/in_1Q%s\n\nVous recevez cet e-mail parce que vous avez activé les '
     'notifications de paiement pour Marquet Fleurs. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080.\n') % alnum(20, False)
pay('stripe_fr_facture_payee', 'fr', 'Stripe', 'Stripe Invoicing paid by card',
    A('Stripe', 'notifications@stripe.com'), 'Paiement de 450,00 € reçu de Clara Vidal', D(1, 13, 2, tz='+0000'), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px;color:#414552">' + t.replace('\n', '<br/>') + '</td></tr>', bg='#f6f9fc', font='-apple-system,Segoe UI,Roboto,sans-serif')),
    M('in', '450.00', payer='Clara Vidal', reference='4B7D21E0-0003', value_date='2026-12-01', cap='yes'), mstyle='other', mdomain='stripe.com')

# p29 Stripe refund
t = ('Marquet Fleurs\n\nRemboursement effectué\n\nUn remboursement de 120,00 € a été émis pour le paiement de '
     'ch_3Q%s (Marion Lefèvre).\nLe client le recevra sous 5 à 10 jours ouvrables.\n\nStripe\n') % alnum(18, False)
pay('stripe_fr_remboursement', 'fr', 'Stripe', 'refund issued by owner',
    A('Stripe', 'notifications@stripe.com'), 'Remboursement de 120,00 € effectué', D(3, 10, 18, tz='+0000'), leaf(t),
    M('refund', '120.00', value_date='2026-12-03'), notes='refund issued by the owner to a customer (Marion Lefèvre)')

# p30 Stripe payout failed
t = ('Marquet Fleurs\n\nVotre virement de 1 842,15 € n\'a pas pu aboutir\n\nLe virement prévu le 2 déc. 2026 vers '
     'votre compte bancaire QONTO •••• 2945 a échoué : la banque a indiqué que le compte n\'existait pas ou '
     'était invalide (no_account).\n\nLes fonds ont été recrédités sur votre solde Stripe. Mettez à jour vos '
     'coordonnées bancaires dans le Dashboard pour que nous puissions réessayer.\n\nStripe\n')
pay('stripe_fr_virement_echoue', 'fr', 'Stripe', 'payout failed (no_account)',
    A('Stripe', 'notifications@stripe.com'), 'Action requise : échec de votre virement Stripe', D(3, 6, 4, tz='+0000'), leaf(t),
    M('failed', '1842.15', value_date='2026-12-02'), notes='a payout is an aggregate; it failed')

# p31 Stripe dispute
t = ('Marquet Fleurs\n\nUn client a contesté un paiement\n\nMontant contesté : 380,00 €\nClient : j.moreno@example.com\n'
     'Motif : produit non reçu\nDate limite pour répondre : 14 déc. 2026\n\nLe montant contesté ainsi que des frais de '
     'litige de 15,00 € ont été prélevés sur votre solde. Soumettez des preuves depuis le Dashboard.\n\nStripe\n')
pay('stripe_fr_litige', 'fr', 'Stripe', 'dispute / chargeback',
    A('Stripe', 'notifications@stripe.com'), 'Litige ouvert : 380,00 €', D(4, 15, 40, tz='+0000'), leaf(t),
    M('chargeback', '380.00', value_date='2026-12-04'), notes='disputing customer j.moreno@example.com (payer column is for money in only)')

# p32 PayPal received
t = ('Bonjour Marquet Fleurs,\n\nVous avez reçu 320,00 EUR de Marion Lefèvre.\n\nDétails de la transaction\n'
     'N° de transaction : 4RK%sK\nDate de la transaction : 2 décembre 2026\nMessage : Centre de table anniversaire\n\n'
     'Aide et contact | Sécurité | Application\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal '
     'L-2449, Luxembourg.\nCopyright © 1999-2026 PayPal. Tous droits réservés.\nPP001395:4f7a9c2b1e3d\n') % alnum(12)
pay('paypal_fr_paiement_recu', 'fr', 'PayPal', '"Vous avez reçu X EUR de"',
    A('service@paypal.fr', 'service@paypal.fr'), 'Vous avez reçu un paiement', D(2, 19, 10, tz='-0800'), alt(t, html_doc('<tr><td style="padding:30px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>')),
    M('in', '320.00', payer='Marion Lefèvre', reference='Centre de table anniversaire', value_date='2026-12-02', cap='yes'))

# p33 PayPal payment on hold
t = ('Bonjour Marquet Fleurs,\n\nVous avez reçu un paiement de 1 050,00 EUR de Garcia Events SL. Les fonds '
     'sont actuellement en attente sur votre compte et seront disponibles dans un délai maximum de 21 jours, '
     'ou plus tôt si l\'acheteur confirme la réception.\n\nPourquoi ce paiement est-il en attente ?\nPour les '
     'nouveaux vendeurs ou les montants inhabituels, PayPal peut bloquer temporairement des fonds.\n\n'
     'PayPal (Europe) S.à r.l. et Cie, S.C.A.\n')
pay('paypal_fr_paiement_en_attente', 'fr', 'PayPal', 'payment received but on hold',
    A('service@paypal.fr', 'service@paypal.fr'), 'Paiement en attente : 1 050,00 EUR', D(4, 11, 22, tz='-0800'), leaf(t),
    M('none', '1050.00', value_date=''), notes='from Garcia Events SL, funds on hold up to 21 days, not available; payer left empty (not money in yet)')

# p34 SumUp payment link
t = ('Bonjour Céline,\n\nVous avez reçu un paiement de 185,00 € via votre lien de paiement.\n\nClient : Lucas Bernard\n'
     'Description : Bouquet de deuil - cérémonie 3 décembre\nCode de transaction : TDKS%s\n\n'
     'SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Irlande.\n') % alnum(6)
pay('sumup_fr_lien_paiement', 'fr', 'SumUp', 'payment link paid',
    A('SumUp', 'no-reply@sumup.com'), 'Paiement reçu : 185,00 €', D(2, 17, 48), leaf(t),
    M('in', '185.00', payer='Lucas Bernard', reference='Bouquet de deuil - cérémonie 3 décembre', value_date='2026-12-02', cap='yes'))

# p35 SumUp payout
t = ('Bonjour Céline,\n\nVotre virement de 1 023,55 € est en route vers votre compte FR76 **** 6945.\n\n'
     'Période : 26/11/2026 - 02/12/2026\nTransactions : 14\nFrais : 17,85 €\n\n'
     'Le montant devrait apparaître sur votre compte sous 1 à 2 jours ouvrés.\n\nSumUp\n')
pay('sumup_fr_virement_encaissements', 'fr', 'SumUp', 'weekly payout of card takings',
    A('SumUp', 'no-reply@sumup.com'), 'Votre virement est en route', D(3, 7, 31), leaf(t),
    M('in', '1023.55', payer='SumUp', value_date='2026-12-03', cap='no_aggregate'), notes='payout bundles 14 card payments')

# p36 GoCardless payout
t = ('Bonjour Céline,\n\nUn virement de 1 226,40 EUR a été envoyé à votre compte bancaire se terminant par 6945.\n\n'
     'Référence du virement : GC-PO-%s\n\nPaiements inclus :\n'
     '  Hôtel des Quinconces  - 642,00 EUR\n  Brasserie des Halles  - 264,00 EUR\n  Le Comptoir de Lucie  - 340,00 EUR\n'
     '  Frais GoCardless       - 19,60 EUR\n\nGoCardless SAS, 7 rue de Madrid, 75008 Paris.\n') % alnum(8)
pay('gocardless_fr_payout', 'fr', 'GoCardless', 'payout listing 3 collected payments',
    A('GoCardless', 'notifications@gocardless.com'), 'Virement GoCardless de 1 226,40 EUR', D(1, 11, 0, tz='+0000'), leaf(t),
    M('in', '1226.40', payer='GoCardless', value_date='2026-12-01', cap='no_aggregate'), notes='aggregate of 3 direct debits minus fees')

# p37 GoCardless payment failed
t = ('Bonjour Céline,\n\n1 paiement a échoué.\n\nClient : Brasserie des Halles\nMontant : 264,00 EUR\n'
     'Référence : ABONNEMENT FLEURS DEC\nMotif : provision insuffisante (AM04)\n\nGoCardless retentera '
     'automatiquement ce paiement si la nouvelle tentative est activée.\n\nGoCardless SAS\n')
pay('gocardless_fr_paiement_echoue', 'fr', 'GoCardless', 'direct debit failed (AM04)',
    A('GoCardless', 'notifications@gocardless.com'), '1 paiement a échoué', D(4, 10, 0, tz='+0000'), leaf(t),
    M('failed', '264.00', reference='ABONNEMENT FLEURS DEC', value_date='2026-12-04'), notes='failed collection from client Brasserie des Halles (payer column left empty: not money in)')

# p38 Mollie settlement
t = ('Bonjour,\n\nVotre versement de 812,30 € est en route.\n\nRéférence du versement : ST-%s\n'
     'Nombre de paiements : 9\nMontant attendu sur votre compte : 3-4 décembre 2026\n\nMollie B.V., Keizersgracht 126, Amsterdam\n') % alnum(8)
pay('mollie_fr_versement', 'fr', 'Mollie', 'settlement of 9 payments',
    A('Mollie', 'noreply@mollie.com'), 'Votre versement est en route', D(2, 9, 0), leaf(t),
    M('in', '812.30', payer='Mollie', value_date='2026-12-03', cap='no_aggregate'))

# p39 PayPlug
t = ('Nouveau paiement accepté\n\nMontant : 680,00 €\nClient : Sarah Nguyen (sarah.nguyen@example.com)\n'
     'Description : Acompte décoration fiançailles\nID paiement : pay_%s\n\nPayPlug - plateforme de paiement du '
     'groupe BPCE.\n') % alnum(22, False)
pay('payplug_fr_paiement_accepte', 'fr', 'PayPlug', 'card payment accepted',
    A('PayPlug', 'no-reply@payplug.com'), 'Nouveau paiement accepté - 680,00 €', D(30, 21, 15), leaf(t),
    M('in', '680.00', payer='Sarah Nguyen', reference='Acompte décoration fiançailles', value_date='2026-11-30', cap='yes'))

# p40 Sumeria (ex-Lydia)
t = ('Tu as reçu 180,00 € de Camille Dauriac.\n\nMessage : "merci pour la couronne de Noël !!"\n\n'
     'L\'argent est disponible sur ton compte Sumeria.\n\nSumeria by Lydia - Lydia Solutions SAS\n')
pay('sumeria_fr_tu_as_recu', 'fr', 'Sumeria (Lydia)', '"Tu as reçu X de", friend-style',
    A('Sumeria', 'noreply@sumeria.eu'), 'Camille Dauriac t\'a envoyé 180,00 €', D(1, 21, 58), leaf(t),
    M('in', '180.00', payer='Camille Dauriac', reference='merci pour la couronne de Noël !!', value_date='2026-12-01', cap='yes'))

# p41 client's remittance advice (SAP)
t = ('AVIS DE PAIEMENT / REMITTANCE ADVICE\n\nGroupe Duval Restauration SAS\nNuméro de paiement : 5100023418\n'
     'Date de paiement : 03.12.2026\nMode : Virement SEPA\n\nBénéficiaire : MARQUET FLEURS\n\n'
     'Pièce         Date        Référence       Montant\n'
     '5105877123    12.10.2026  F-2026-0369       612,00\n'
     '5105877241    20.10.2026  F-2026-0374       672,00\n'
     '                                    Total  1 284,00 EUR\n\n'
     'Ce message est généré automatiquement par notre système SAP. Pour toute question : comptabilite@groupe-duval.example\n')
pay('duval_fr_avis_de_paiement_sap', 'fr', 'Groupe Duval Restauration', 'client AP remittance advice (SAP), two invoices',
    A('Groupe Duval - Comptabilité', 'sap-noreply@groupe-duval.example'), 'Avis de paiement 5100023418', D(3, 5, 12),
    multi('mixed', [leaf(t), attach(pdf(t.split('\n')[:14], 'Avis de paiement'), 'application/pdf', 'AVIS_5100023418.pdf')]),
    M('in', '1284.00', payer='Groupe Duval Restauration SAS', reference='5100023418 F-2026-0369 F-2026-0374', value_date='2026-12-03', cap='no_claim'),
    notes='remittance advice: money not seen by a bank yet')

# p42 Chorus Pro mise en paiement
t = ('Chorus Pro\n\nNotification de changement de statut\n\nFacture n° F-2026-0355\nFournisseur : MARQUET FLEURS (SIRET 912 345 678 00014)\n'
     'Destinataire : COMMUNAUTE DE COMMUNES DU VAL DE L EAU BOURDE\nMontant TTC : 2 180,00 EUR\n\n'
     'Nouveau statut : MISE EN PAIEMENT\nDate : 01/12/2026\n\nCe message est envoyé automatiquement par Chorus Pro, '
     'merci de ne pas y répondre.\n')
pay('chorus_pro_fr_mise_en_paiement', 'fr', 'Chorus Pro', 'public invoicing portal status "mise en paiement"',
    A('Chorus Pro', 'no-reply@chorus-pro.gouv.fr'), 'Chorus Pro - Changement de statut de la facture F-2026-0355', D(1, 4, 2), leaf(t),
    M('in', '2180.00', payer='COMMUNAUTE DE COMMUNES DU VAL DE L EAU BOURDE', reference='F-2026-0355', value_date='2026-12-01', cap='no_claim'),
    notes='status change in the public buyer\'s system (like a remittance advice); money not yet seen by the bank')

# p43 Indy bank feed, 3 transactions
t = ('Bonjour Céline,\n\n3 nouvelles transactions sont à catégoriser sur votre compte Qonto synchronisé :\n\n'
     '  03/12  VIR SEPA SARL BOUTIQUE HOTEL SAINT PIERRE F-2026-0382   +1 180,00 €\n'
     '  03/12  ADOBE *CREATIVE CLOUD                                       -42,00 €\n'
     '  04/12  CB FLEURS DU SUD OUEST                                     -275,10 €\n\n'
     'Catégoriser maintenant : https://app.indy.fr/transactions\n\nL\'équipe Indy\n'
     'Vous recevez cet e-mail car vous avez activé les notifications de transactions.\n')
pay('indy_fr_flux_bancaire_3_transactions', 'fr', 'Indy', 'accounting app bank feed, mixed in/out',
    A('Indy', 'notifications@indy.fr'), '3 nouvelles transactions à catégoriser', D(4, 7, 15), leaf(t),
    M('in|out|out', '1180.00|42.00|275.10', payer='SARL BOUTIQUE HOTEL SAINT PIERRE||',
      reference='F-2026-0382|ADOBE *CREATIVE CLOUD|CB FLEURS DU SUD OUEST', value_date='2026-12-03|2026-12-03|2026-12-04', cap='yes|no|no'))

# ================================================================ auto_reply


def auto(name, lang, group, pattern, frm, subj, date, body, n=None, k=1, extra=(), facts='', notes='',
         mstyle='other', mdomain='example.com', rp='<>', to=None):
    hd = [('Return-Path', rp), ('From', frm), ('To', to or OWNER_ADDR), ('Subject', H(subj)), ('Date', date),
          ('Message-ID', mid(mstyle, mdomain))]
    if n is not None:
        hd += [('In-Reply-To', rem_id(n, k)), ('References', rem_id(n, k))]
    hd += list(extra)
    add('auto_reply', name, msg(hd, body), lang, group, pattern, facts=facts, notes=notes)


EXCH_OOF = [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
            ('X-MS-Exchange-Inbox-Rules-Loop', ''), ('Content-Language', 'fr-FR')]

# a01 Outlook "Réponse automatique :" with return date
t = ('Bonjour,\n\nJe suis absente du bureau jusqu\'au lundi 7 décembre inclus, avec un accès limité à '
     'mes e-mails.\nPour toute urgence concernant les événements, merci de contacter Julien Faure : '
     'j.faure@chateau-pichonville.fr - 05 56 59 00 00.\n\nCordialement,\nMarion Dupuy\n')
auto('pichonville_fr_outlook_reponse_automatique', 'fr', 'Château Pichonville (Exchange)', 'Outlook "Réponse automatique :", return date',
     A('Marion Dupuy', 'm.dupuy@chateau-pichonville.fr'), 'Réponse automatique : ' + rsubj('F-2026-0429'), D(30, 8, 41),
     multi('alternative', [leaf(t), leaf('<html><body><p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>', 'html')], boundary='_000_%s_' % alnum(40), preamble=None),
     n=429, extra=EXCH_OOF[:2] + [('X-MS-Exchange-Inbox-Rules-Loop', 'm.dupuy@chateau-pichonville.fr'), ('Content-Language', 'fr-FR')],
     facts='ooo_until=2026-12-07', mstyle='outlook', notes='"jusqu\'au lundi 7 décembre inclus": back on 8 Dec strictly; the date given is 7 Dec')

# a02 Gmail vacation English with Auto-Submitted
t = ('Hi,\n\nThanks for your email. I\'m travelling for work until Thursday 10 December with limited '
     'access to email. I\'ll get back to you as soon as possible after my return.\n\nIf urgent, please '
     'contact accounts@harbourline-events.example.\n\nBest,\nOliver\n')
auto('harbourline_en_gmail_vacation', 'en', 'Harbourline Events (Google Workspace)', 'Gmail vacation responder, Auto-Submitted: auto-replied',
     A('Oliver Bennett', 'oliver@harbourline-events.example'), 'Re: ' + rsubj('F-2026-0430', 'en'), D(30, 7, 42, tz='+0000'),
     multi('alternative', [leaf(t), leaf('<div dir="ltr">' + t.replace('\n', '<br>') + '</div>', 'html')], boundary='000000000000%s' % hexid(16), preamble=None),
     n=430, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'), ('X-Autoreply', 'yes')],
     facts='ooo_until=2026-12-10', mstyle='gmail')

# a03 Roundcube/sieve "Absence du bureau", no auto headers
t = ('Bonjour,\n\nL\'agence est fermée du 30 novembre au 4 décembre pour notre séminaire annuel. Réouverture '
     'le lundi 7 décembre.\n\nVotre message sera traité à notre retour.\n\nL\'équipe Lumières & Réceptions\n')
auto('lumieres_receptions_fr_absence_du_bureau_sans_entete', 'fr', 'Lumières & Réceptions (sieve vacation)', '"Absence du bureau", no Auto-Submitted/X-Autoreply header',
     A('Lumières & Réceptions', 'contact@lumieres-receptions.fr'), 'Absence du bureau', D(30, 8, 42),
     leaf(t, cte='8bit'), extra=[], facts='ooo_until=2026-12-07', rp='<contact@lumieres-receptions.fr>',
     notes='no In-Reply-To and no auto-reply headers: only the wording says it is automatic')

# a04 English OOO "Out of Office:" return Monday 14th December
t = ('Thank you for your message. I am currently out of the office on annual leave, returning on '
     'Monday 14th December. Your email will not be forwarded.\n\nFor accounts queries please email '
     'finance@cotswoldwines.example.\n\nKind regards,\nRebecca Hughes\n')
auto('cotswold_en_out_of_office_14dec', 'en', 'Cotswold Wines Ltd (Exchange)', 'English "Automatic reply:", "returning on Monday 14th December"',
     A('Rebecca Hughes', 'rebecca.hughes@cotswoldwines.example'), 'Automatic reply: ' + rsubj('F-2026-0431', 'en'), D(1, 8, 31, tz='+0000'),
     leaf(t), n=431, extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Thread-Topic', H(rsubj('F-2026-0431', 'en')))],
     facts='ooo_until=2026-12-14', mstyle='outlook')

# a05 French accounts-payable autoresponder
t = ('Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui sera traité dans les '
     'meilleurs délais.\n\nNous vous rappelons que :\n- les factures doivent être adressées exclusivement '
     'au format PDF à factures@groupe-vinalia.fr, une facture par fichier ;\n- elles doivent mentionner '
     'le numéro de bon de commande Vinalia (format 45xxxxxxxx) ;\n- nos règlements sont effectués à 45 jours '
     'fin de mois, par virement, le 10 de chaque mois.\n\nPour toute relance, merci de patienter 10 jours '
     'ouvrés avant de nous recontacter.\n\nService Comptabilité Fournisseurs - Groupe Vinalia\n'
     'Ce message est envoyé automatiquement, merci de ne pas y répondre.\n')
auto('vinalia_fr_compta_fournisseurs_accuse', 'fr', 'Groupe Vinalia (AP mailbox)', 'AP autoresponder listing invoice rules and payment terms',
     A('Comptabilité Fournisseurs Vinalia', 'comptabilite.fournisseurs@groupe-vinalia.fr'), 'Accusé de réception : ' + rsubj('F-2026-0432'), D(1, 8, 33),
     leaf(t), n=432, extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
     notes='mentions payment on the 10th of each month: a policy, not a promise')

# a06 English AP autoresponder
t = ('This is an automated response.\n\nThis mailbox is monitored for supplier invoice submissions only. '
     'Invoices are processed within 5 business days and paid according to agreed terms (net 60 days '
     'from invoice receipt unless otherwise stated in your contract).\n\nTo check the status of an '
     'invoice please use the Supplier Portal: https://suppliers.grandrivehotels.example\n\nPlease do not reply to this email.\n'
     'Grand Rive Hotels - Global Business Services, Krakow\n')
auto('grand_rive_en_ap_mailbox_autoresponse', 'en', 'Grand Rive Hotels (AP shared services)', 'English AP auto-response, net 60, supplier portal',
     A('Accounts Payable', 'ap.europe@grandrivehotels.example'), 'Automatic response - RE: ' + rsubj('F-2026-0433', 'en'), D(2, 8, 31, tz='+0000'),
     leaf(t, charset='us-ascii', cte='7bit'), n=433, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')])

# a07 helpdesk ticket autoresponder (Zendesk-like)
t = ('Bonjour,\n\nVotre demande (n° 48213) a bien été reçue et sera examinée par notre équipe. Pour ajouter '
     'des commentaires, répondez simplement à cet e-mail.\n\nSujet : ' + rsubj('F-2026-0434') + '\n\n'
     'Délai de réponse moyen : 48 h ouvrées.\n\nService client Résidences Océane\n\n'
     '[YR6Q0K-4D2E]\nCe message a été envoyé par Zendesk.\n')
auto('residences_oceane_fr_ticket_48213', 'fr', 'Résidences Océane (helpdesk)', 'helpdesk ticket autoresponder with ticket number',
     A('Résidences Océane', 'support@residences-oceane.zendesk.com'), '[Résidences Océane] Re: ' + rsubj('F-2026-0434'), D(2, 8, 32),
     alt(t, html_doc('<tr><td style="padding:20px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')),
     n=434, extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'), ('Reply-To', A('Résidences Océane', 'support@residences-oceane.zendesk.com'))])

# a08 Outlook read receipt (MDN) in French
mdn_txt = ('Votre message\n\n    À : Jérôme Castéra\n    Objet : ' + rsubj('F-2026-0412') + '\n'
           '    Envoyé : lundi 30 novembre 2026 08:31:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n'
           'a été lu le mardi 1 décembre 2026 09:02:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n')
mdn = ('Reporting-UA: AM9P193MB1467.EURP193.PROD.OUTLOOK.COM; Microsoft Exchange Server\n'
       'Final-Recipient: rfc822;j.castera@chateau-lamothe-bergey.fr\n'
       'Original-Message-ID: <dunnerd.412.1@marquet-fleurs.fr>\n'
       'Disposition: automatic-action/MDN-sent-automatically; displayed\n')
auto('lamothe_bergey_fr_accuse_lecture_outlook', 'fr', 'Château Lamothe-Bergey (Exchange)', 'read receipt (MDN) "Lu :"',
     A('Jérôme Castéra', 'j.castera@chateau-lamothe-bergey.fr'), 'Lu : ' + rsubj('F-2026-0412'), D(1, 9, 2),
     multi('report', [leaf(mdn_txt), raw_part('message/disposition-notification', mdn)], preamble=None, params=' report-type=disposition-notification;'),
     extra=[('Content-Language', 'fr-FR')], mstyle='outlook', notes='reminder 412 was also sent to a colleague in Cc')

# a09 Thunderbird read receipt English
mdn_txt = ('This is a Return Receipt for the mail that you sent to accounts@kentishflowers.example.\n\n'
           'Note: This Return Receipt only acknowledges that the message was displayed on the recipient\'s '
           'computer. There is no guarantee that the recipient has read or understood the message contents.\n')
mdn = ('Reporting-UA: mail.kentishflowers.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;accounts@kentishflowers.example\n'
       'Original-Message-ID: <dunnerd.435.1@marquet-fleurs.fr>\nDisposition: manual-action/MDN-sent-manually; displayed\n')
auto('kentish_en_return_receipt_thunderbird', 'en', 'Kentish Flowers (Thunderbird)', 'Thunderbird MDN "Return Receipt (displayed)"',
     A('Accounts', 'accounts@kentishflowers.example'), 'Return Receipt (displayed) - ' + rsubj('F-2026-0435', 'en'), D(2, 11, 3, tz='+0000'),
     multi('report', [leaf(mdn_txt, charset='UTF-8', cte='7bit'), raw_part('message/disposition-notification; name="MDNPart2.txt"', mdn, [('Content-Disposition', 'inline')]),
                      raw_part('text/rfc822-headers; name="MDNPart3.txt"', 'From: %s\nTo: accounts@kentishflowers.example\nSubject: %s\nDate: %s\nMessage-ID: <dunnerd.435.1@marquet-fleurs.fr>\n' % (OWNER, rsubj('F-2026-0435', 'en'), D(30, 8, 44)), [('Content-Disposition', 'inline')])],
           preamble='This is a multi-part message in MIME format.', params=' report-type=disposition-notification;'),
     n=435, mstyle='tbird', mdomain='kentishflowers.example', rp='<accounts@kentishflowers.example>')

# a10 Mailinblack challenge-response
t = ('Bonjour,\n\nVous avez envoyé un message à compta@serres-medoc.fr, qui utilise la solution de '
     'protection Mailinblack.\n\nVotre message « ' + rsubj('F-2026-0436') + ' » est en attente de '
     'validation. Afin qu\'il soit délivré, merci de vous authentifier en cliquant sur le lien ci-dessous '
     '(cette opération ne vous sera demandée qu\'une seule fois) :\n\n'
     'https://protect.mailinblack.example/auth?id=%s\n\n'
     'Sans authentification de votre part sous 7 jours, votre message sera supprimé.\n\n'
     'Mailinblack - Protection de messagerie\n') % alnum(24, False)
auto('serres_medoc_fr_challenge_mailinblack', 'fr', 'Les Serres du Médoc (Mailinblack)', 'challenge-response: authenticate to deliver',
     A('compta@serres-medoc.fr via Mailinblack', 'noreply@mailinblack.example'), 'Votre message est en attente de validation', D(30, 8, 45),
     alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')),
     n=436, extra=[('Auto-Submitted', 'auto-replied'), ('X-MIB-Challenge', 'yes')], notes='vendor sending domain replaced by an example domain')

# a11 maternity leave
t = ('Bonjour,\n\nJe suis actuellement en congé maternité jusqu\'au 1er mars 2027.\nPendant mon absence, '
     'vous pouvez contacter Thomas Ribes (t.ribes@evenements-cap-ferret.fr) pour les dossiers en cours, '
     'et comptabilite@evenements-cap-ferret.fr pour toute question de facturation.\n\nMerci,\nPauline Sarrazin\n')
auto('cap_ferret_fr_conge_maternite', 'fr', 'Événements Cap-Ferret', 'long absence (maternity leave) with redirection',
     A('Pauline Sarrazin', 'p.sarrazin@evenements-cap-ferret.fr'), 'Réponse automatique : ' + rsubj('F-2026-0437'), D(30, 8, 47),
     leaf(t), n=437, extra=EXCH_OOF[:2], facts='ooo_until=2027-03-01', mstyle='outlook')

# a12 German/English bilingual OOO
t = ('Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 08.12.2026 nicht im Büro und habe nur '
     'eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an '
     'buchhaltung@rheingau-weinhandel.example.\n\n---\n\nThank you for your message. I am out of the office '
     'until 8 December 2026 inclusive with limited access to e-mail. For urgent matters please contact '
     'buchhaltung@rheingau-weinhandel.example.\n\nMit freundlichen Grüßen / Kind regards\nKatharina Vogel\n')
auto('rheingau_de_abwesenheit_bilingual', 'de', 'Rheingau Weinhandel GmbH', 'German/English OOO "Abwesenheitsnotiz"',
     A('Katharina Vogel', 'k.vogel@rheingau-weinhandel.example'), 'Abwesenheitsnotiz: ' + rsubj('F-2026-0438', 'en'), D(1, 8, 32),
     leaf(t), n=438, extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], facts='ooo_until=2026-12-08', mstyle='outlook',
     notes='back on 9 Dec strictly; date given is 8 Dec inclusive')

# a13 address no longer read
t = ('Cette adresse n\'est plus consultée depuis le 1er novembre 2026.\n\nMerci d\'écrire désormais à '
     'administratif@chais-saint-jean.fr. Votre message n\'a pas été transféré.\n')
auto('chais_saint_jean_fr_adresse_plus_consultee', 'fr', 'Les Chais Saint-Jean', 'autoreply: address no longer read (delivered, not a bounce)',
     A('Les Chais Saint-Jean', 'contact@chais-saint-jean.fr'), 'Message automatique', D(2, 8, 34),
     leaf(t), n=439, extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')])

# a14 English auto-ack with query reference
t = ('Dear Supplier,\n\nThank you for contacting Accounts Payable.\nYour query reference is AP-552817.\n\n'
     'We aim to respond to all supplier queries within 3 working days. Payment status can be checked at any '
     'time on our Supplier Portal.\n\nPlease quote the reference above in any further correspondence.\n\n'
     'Kind regards,\nAccounts Payable Team\nLoire & Co Hospitality Group\n\n'
     'This is an automatically generated email - please do not reply.\n')
auto('loire_co_en_ap_query_reference', 'en', 'Loire & Co Hospitality Group', 'English AP auto-ack with query reference',
     A('AP Helpdesk', 'ap.helpdesk@loireco.example'), '[AP-552817] Your query has been received', D(3, 8, 32, tz='+0000'),
     alt(t, html_doc('<tr><td style="padding:20px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), n=440,
     extra=[('Auto-Submitted', 'auto-generated'), ('X-ServiceNow-Generated', 'true')])

# a15 OOO at a trade show, English+French subject from Apple/iCloud vacation
t = ('Bonjour,\n\nJe suis sur le Salon du Mariage jusqu\'au dimanche 6 décembre, de retour à l\'atelier le '
     'lundi 7. Je réponds à tous les messages dès mon retour.\n\nBelle journée,\nMathilde - Studio Mathilde Photographie\n')
auto('studio_mathilde_fr_salon_retour_lundi_7', 'fr', 'Studio Mathilde Photographie', 'vacation reply, "de retour le lundi 7"',
     A('Mathilde Roche', 'bonjour@studio-mathilde.fr'), 'Re: ' + rsubj('F-2026-0441'), D(3, 8, 30),
     leaf(t, cte='quoted-printable'), n=441,
     extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('X-Autorespond', 'yes')], facts='ooo_until=2026-12-07', mstyle='apple', mdomain='studio-mathilde.fr')

# a16 Freshdesk-style "Nous avons bien reçu votre email"
t = ('Bonjour Céline,\n\nNous avons bien reçu votre email et un membre de notre équipe vous répondra '
     'rapidement.\n\nVotre numéro de ticket : #9917\n\nBien cordialement,\nL\'équipe Support - TraiteurConnect\n')
auto('traiteurconnect_fr_freshdesk_ticket', 'fr', 'TraiteurConnect (helpdesk)', 'Freshdesk-style ticket ack, X-Autoreply',
     A('Support TraiteurConnect', 'support@traiteurconnect.freshdesk.example'), 'Ticket reçu - ' + rsubj('F-2026-0442'), D(4, 8, 31),
     alt(t, html_doc('<tr><td style="padding:20px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), n=442,
     extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-generated')])

# ================================================================ bounce


def dsn_part(reporting, recips, arrival=None, extra_top=''):
    s = 'Reporting-MTA: dns; %s\n' % reporting
    s += extra_top
    if arrival:
        s += 'Arrival-Date: %s\n' % arrival
    for r in recips:
        s += '\nFinal-Recipient: rfc822; %s\n' % r['rcpt']
        if r.get('orig'):
            s += 'Original-Recipient: rfc822;%s\n' % r['rcpt']
        s += 'Action: %s\nStatus: %s\n' % (r['action'], r['status'])
        if r.get('remote'):
            s += 'Remote-MTA: dns; %s\n' % r['remote']
        if r.get('diag'):
            s += 'Diagnostic-Code: smtp; %s\n' % r['diag']
        if r.get('last'):
            s += 'Last-Attempt-Date: %s\n' % r['last']
        if r.get('until'):
            s += 'Will-Retry-Until: %s\n' % r['until']
    return raw_part('message/delivery-status', s, [('Content-Description', 'Delivery report')])


def bounce(name, lang, group, pattern, frm, subj, date, body, rcpt, final=True, extra=(), notes='', to=None,
           mstyle='other', mdomain='mail-out.ovh.net', mimev=True):
    hd = [('Return-Path', '<>'), ('From', frm), ('To', to or OWNER), ('Subject', H(subj)), ('Date', date),
          ('Message-ID', mid(mstyle, mdomain))] + list(extra)
    facts = 'failed_recipient=%s' % rcpt if rcpt else ''
    if not final:
        facts = (facts + ';' if facts else '') + 'bounce_final=no'
    add('bounce', name, msg(hd, body, mimev), lang, group, pattern, facts=facts, notes=notes)


def returned(orig):
    return raw_part('message/rfc822', orig, [('Content-Description', 'Undelivered Message')])


def returned_headers(orig):
    return raw_part('text/rfc822-headers', orig.split(b'\n\n', 1)[0] + b'\n', [('Content-Description', 'Undelivered Message Headers')])


PF_HDR = ('This is the mail system at host %s.\n\n'
          'I\'m sorry to have to inform you that your message could not\n'
          'be delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\n'
          'delete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n')

# b01 Gmail (French) address not found
r = 'compta@domaine-des-aubiers.fr'
orig = reminder_msg('F-2026-0443', r, D(30, 8, 50), 443, 1890)
t = ('** Adresse introuvable **\n\nVotre message n\'a pas été distribué à %s, car l\'adresse est '
     'introuvable ou ne peut pas recevoir d\'e-mails.\n\nPour en savoir plus, cliquez ici : '
     'https://support.google.com/mail/?p=NoSuchUser\n\nLa réponse du serveur distant était la suivante :\n'
     '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the '
     'recipient\'s email address for typos or unnecessary spaces. For more information, go to '
     'https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c0e1b2f3a1si1204561a12.301 - gsmtp\n') % r
bounce('gmail_fr_adresse_introuvable', 'fr', 'Gmail', 'Gmail "Adresse introuvable" 550 5.1.1 with DSN',
       A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), 'Delivery Status Notification (Failure)', D(30, 8, 50, tz='-0800'),
       multi('report', [multi('alternative', [leaf(t), leaf('<html><body><p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>', 'html')], preamble=None),
                        dsn_part('googlemail.com', [dict(rcpt=r, action='failed', status='5.1.1', remote='aspmx.l.google.com. (108.177.15.26, the server for the domain domaine-des-aubiers.fr.)',
                                                           diag='550-5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser', last=D(30, 8, 50, tz='-0800'))],
                                 arrival=D(30, 8, 50, tz='-0800'), extra_top='Received-From-MTA: dns; smtp-relay.gmail.com\n'),
                        returned(orig)], boundary='000000000000%s' % hexid(16), preamble=None, params=' report-type=delivery-status;'),
       r, mstyle='gmail', notes='the owner may relay some mail through Google Workspace: a Gmail-generated DSN')

# b02 Exchange Online NDR French
r = 'evenements@hotel-bellevue-arcachon.fr'
orig = reminder_msg('F-2026-0444', r, D(30, 8, 51), 444, 735)
t = ('Votre message n\'a pas pu être remis à evenements@hotel-bellevue-arcachon.fr car l\'adresse e-mail est '
     'introuvable ou n\'existe pas.\n\nProcédure de résolution du problème\nL\'adresse peut être mal '
     'orthographiée ou ne pas exister. Essayez l\'une des solutions suivantes :\n'
     '- Vérifiez que l\'adresse e-mail est correcte et renvoyez le message.\n'
     '- Contactez le destinataire par d\'autres moyens.\n\n'
     'Plus d\'informations pour les administrateurs de messagerie\n\n'
     'Erreur 550 5.1.10 : RESOLVER.ADR.RecipientNotFound; Recipient evenements@hotel-bellevue-arcachon.fr not found by SMTP address lookup\n\n'
     'Serveur de génération : PAXPR10MB5614.EURPRD10.PROD.OUTLOOK.COM\n'
     'Date de création du message : 30/11/2026 07:51:12 UTC\n')
bounce('exchange_online_fr_non_remis', 'fr', 'Exchange Online', 'Exchange Online NDR "Non remis :" 5.1.10 with DSN',
       A('Microsoft Outlook', 'postmaster@hotelbellevuearcachon.onmicrosoft.com'), 'Non remis : ' + rsubj('F-2026-0444'), D(30, 7, 51, tz='+0000'),
       multi('report', [multi('alternative', [leaf(t), leaf('<html><body><p><b><font color="#000000" size="3">Votre message n\'a pas pu être remis à </font><font color="#0072c6">evenements@hotel-bellevue-arcachon.fr</font></b></p><pre>' + t + '</pre></body></html>', 'html')], preamble=None),
                        dsn_part('PAXPR10MB5614.EURPRD10.PROD.OUTLOOK.COM', [dict(rcpt=r, action='failed', status='5.1.10', remote='PAXPR10MB5614.EURPRD10.PROD.OUTLOOK.COM',
                                                                                 diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')],
                                 arrival='Mon, 30 Nov 2026 07:51:10 +0000'),
                        returned_headers(orig)], boundary='_%s_' % alnum(30), preamble=None, params=' report-type=delivery-status;'),
       r, extra=[('Content-Language', 'fr-FR'), ('X-MS-Exchange-Message-Is-Ndr', '')], mstyle='outlook')

# b03 OVH Postfix relaying Orange "boite pleine"
r = 'm.lartigue-exemple@wanadoo.fr'
orig = reminder_msg('F-2026-0445', r, D(1, 8, 30), 445, 520)
t = (PF_HDR % 'mo541.mail-out.ovh.net') + ('<%s>: host smtp-in.orange.fr[80.12.26.32] said: 552 5.1.1\n'
     '    <%s>: Boite du destinataire pleine. Recipient mailbox full\n    OFR_416 [416] (in reply to RCPT TO command)\n') % (r, r)
bounce('ovh_orange_fr_boite_pleine', 'en', 'OVH mail-out (Postfix) / Orange', 'Postfix at OVH; Orange 552 mailbox full OFR_416',
       A('Mail Delivery System', 'MAILER-DAEMON@mo541.mail-out.ovh.net'), 'Undelivered Mail Returned to Sender', D(1, 8, 31),
       multi('report', [leaf(t, charset='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('mo541.mail-out.ovh.net', [dict(rcpt=r, orig=True, action='failed', status='5.1.1', remote='smtp-in.orange.fr',
                                                                diag='552 5.1.1 <%s>: Boite du destinataire pleine. Recipient mailbox full OFR_416 [416]' % r)],
                                 arrival=D(1, 8, 30), extra_top='X-Postfix-Queue-ID: 4ZQk1m3W2Bz1xnT\nX-Postfix-Sender: rfc822; %s\n' % OWNER),
                        returned(orig)], boundary='4ZQk1m3W2Bz1xnT.1764574260/mo541.mail-out.ovh.net',
             preamble='This is a MIME-encapsulated message.', params=' report-type=delivery-status;'),
       r, extra=[('Auto-Submitted', 'auto-replied')], notes='Orange mailbox-full wording; local part invented')

# b04 Free user unknown
r = 'atelier.gaston-exemple@free.fr'
orig = reminder_msg('F-2026-0446', r, D(1, 8, 32), 446, 295)
t = (PF_HDR % 'mo552.mail-out.ovh.net') + ('<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1\n'
     '    <%s>: Recipient address rejected: User unknown in local recipient table\n    (in reply to RCPT TO command)\n') % (r, r)
bounce('ovh_free_fr_user_unknown', 'en', 'OVH mail-out (Postfix) / Free', 'Postfix; Free mx1 550 5.1.1 user unknown',
       A('Mail Delivery System', 'MAILER-DAEMON@mo552.mail-out.ovh.net'), 'Undelivered Mail Returned to Sender', D(1, 8, 32),
       multi('report', [leaf(t, charset='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('mo552.mail-out.ovh.net', [dict(rcpt=r, orig=True, action='failed', status='5.1.1', remote='mx1.free.fr',
                                                                diag='550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table' % r)],
                                 arrival=D(1, 8, 32), extra_top='X-Postfix-Queue-ID: 4ZQk3c0Gz6z1xnq\n'),
                        returned_headers(orig)], boundary='4ZQk3c0Gz6z1xnq.1764574321/mo552.mail-out.ovh.net',
             preamble='This is a MIME-encapsulated message.', params=' report-type=delivery-status;'),
       r, extra=[('Auto-Submitted', 'auto-replied')])

# b05 OVH delay warning
r = 'compta@chateau-lescure-fictif.fr'
orig = reminder_msg('F-2026-0447', r, D(30, 8, 52), 447, 1210)
t = ('This is the mail system at host mo512.mail-out.ovh.net.\n\n####################################################################\n'
     '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
     '####################################################################\n\n'
     'Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n'
     'For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n'
     '<%s>: connect to mail.chateau-lescure-fictif.fr[185.52.14.9]:25: Connection timed out\n') % r
bounce('ovh_postfix_delay_warning', 'en', 'OVH mail-out (Postfix)', 'Postfix "Delayed Mail (still being retried)"',
       A('Mail Delivery System', 'MAILER-DAEMON@mo512.mail-out.ovh.net'), 'Delayed Mail (still being retried)', D(30, 12, 53),
       multi('report', [leaf(t, charset='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('mo512.mail-out.ovh.net', [dict(rcpt=r, orig=True, action='delayed', status='4.4.1',
                                                                diag=None, last=D(30, 12, 53), until='Sat, 5 Dec 2026 08:52:00 +0100')],
                                 arrival=D(30, 8, 52), extra_top='X-Postfix-Queue-ID: 4ZPx8H1bN4z1xp2\n'),
                        returned_headers(orig)], boundary='4ZPx8H1bN4z1xp2.1764503580/mo512.mail-out.ovh.net',
             preamble='This is a MIME-encapsulated message.', params=' report-type=delivery-status;'),
       r, final=False, extra=[('Auto-Submitted', 'auto-replied')])

# b06 recipient's own Postfix, quota exceeded after acceptance
r = 'contact@delices-de-gironde.fr'
orig = reminder_msg('F-2026-0448', r, D(2, 8, 30), 448, 980)
t = (PF_HDR % 'mail.delices-de-gironde.fr') + ('<%s>: delivery failed: Quota exceeded (mailbox for user is full)\n') % r
bounce('postfix_client_server_quota', 'en', 'Postfix (client\'s own server)', 'Postfix after acceptance: quota exceeded 5.2.2',
       A('Mail Delivery System', 'MAILER-DAEMON@mail.delices-de-gironde.fr'), 'Undelivered Mail Returned to Sender', D(2, 8, 31),
       multi('report', [leaf(t, charset='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('mail.delices-de-gironde.fr', [dict(rcpt=r, orig=True, action='failed', status='5.2.2', diag=None)], arrival=D(2, 8, 30),
                                 extra_top='X-Postfix-Queue-ID: 8C1F2A0412\n'),
                        returned(orig)], boundary='8C1F2A0412.1764660660/mail.delices-de-gironde.fr',
             preamble='This is a MIME-encapsulated message.', params=' report-type=delivery-status;'),
       r, extra=[('Auto-Submitted', 'auto-replied')], mdomain='mail.delices-de-gironde.fr')

# b07 Exim (cPanel host)
r = 'reservations@gite-les-palombes.fr'
orig = reminder_msg('F-2026-0449', r, D(2, 8, 32), 449, 365)
t = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be '
     'delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n'
     '  %s\n    No Such User Here\n') % r
bounce('exim_cpanel_no_such_user', 'en', 'Exim (shared hosting)', 'Exim "Mail delivery failed: returning message to sender"',
       A('Mail Delivery System', 'Mailer-Daemon@server42.hebergement-mutualise.example'), 'Mail delivery failed: returning message to sender', D(2, 8, 32),
       multi('report', [leaf(t, charset='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('server42.hebergement-mutualise.example', [dict(rcpt=r, action='failed', status='5.0.0', diag='550 No Such User Here')]),
                        returned(orig)], boundary='1764660720-eximdsn-%d' % RND.randint(100000000, 999999999), preamble=None,
             params=' report-type=delivery-status;'),
       r, extra=[('X-Failed-Recipients', r), ('Auto-Submitted', 'auto-replied')], mdomain='server42.hebergement-mutualise.example')

# b08 qmail, no machine-readable part
r = 'info@fleursetjardins-exemple.net'
orig = reminder_msg('F-2026-0450', r, D(3, 8, 30), 450, 410)
t = ('Hi. This is the qmail-send program at mail.fleursetjardins-exemple.net.\n'
     'I\'m afraid I wasn\'t able to deliver your message to the following addresses.\n'
     'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
     '<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n'
     '--- Below this line is a copy of the message.\n\n') % r
bounce('qmail_no_dsn_part', 'en', 'qmail', 'qmail plain text bounce, no MIME, no delivery-status part, original inline',
       'MAILER-DAEMON@mail.fleursetjardins-exemple.net', 'failure notice', D(3, 8, 31),
       b'\n' + t.encode() + orig, r, mimev=False, mdomain='mail.fleursetjardins-exemple.net',
       notes='no multipart/report: the failed address is only in the prose')

# b09 Exchange on-premises, French "Non distribuable"
r = 'a.bourdieu@cabinet-bourdieu-notaires.fr'
orig = reminder_msg('F-2026-0451', r, D(3, 8, 33), 451, 1560)
t = ('Impossible de remettre le message aux destinataires suivants.\n\n'
     'a.bourdieu@cabinet-bourdieu-notaires.fr\nLe destinataire n\'a pas été trouvé dans l\'organisation. '
     'Son adresse a peut-être changé ou il a quitté l\'organisation.\n\n'
     'Informations de diagnostic pour les administrateurs :\n\nServeur de génération : EXCH01.bourdieu.local\n\n'
     'a.bourdieu@cabinet-bourdieu-notaires.fr\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n'
     'En-têtes du message d\'origine :\n\n' + orig.split(b'\n\n', 1)[0].decode('utf-8') + '\n')
bounce('exchange_onprem_fr_non_distribuable', 'fr', 'Exchange Server (on-premises)', 'Exchange 2016 French "Non distribuable :" with DSN',
       A('Postmaster', 'postmaster@cabinet-bourdieu-notaires.fr'), 'Non distribuable : ' + rsubj('F-2026-0451'), D(3, 8, 34),
       multi('report', [leaf(t), dsn_part('EXCH01.bourdieu.local', [dict(rcpt=r, action='failed', status='5.1.1', diag='550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')],
                                          arrival=D(3, 8, 33)), returned(orig)],
             boundary='_%s_' % alnum(28), preamble=None, params=' report-type=delivery-status;'),
       r, extra=[('Thread-Topic', H(rsubj('F-2026-0451'))), ('Auto-Submitted', 'auto-replied')], mdomain='EXCH01.bourdieu.local')

# b10 Gmail delay (English)
r = 'billing@quaysideevents.example'
orig = reminder_msg('F-2026-0452', r, D(1, 8, 35), 452, 2640, 'en')
t = ('** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will '
     'retry for 45 more hours. You\'ll be notified if the delivery fails permanently.\n\nLearn more here: '
     'https://support.google.com/mail/?p=WantAuthError\n\nThe response from the remote server was:\n'
     '421 4.7.0 [TSS04] Messages from 209.85.128.41 temporarily deferred due to unexpected volume or user complaints\n') % r
bounce('gmail_en_delay', 'en', 'Gmail', 'Gmail "Message not delivered yet" delay notification',
       A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), 'Delivery Status Notification (Delay)', D(1, 11, 36, tz='-0800'),
       multi('report', [multi('alternative', [leaf(t), leaf('<html><body><p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>', 'html')], preamble=None),
                        dsn_part('googlemail.com', [dict(rcpt=r, action='delayed', status='4.7.0', remote='mx.quaysideevents.example.',
                                                           diag='421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints',
                                                           last=D(1, 11, 36, tz='-0800'), until='Thu, 3 Dec 2026 08:35:00 -0800')],
                                 arrival=D(1, 8, 35, tz='-0800')),
                        returned_headers(orig)], boundary='000000000000%s' % hexid(16), preamble=None, params=' report-type=delivery-status;'),
       r, final=False, mstyle='gmail')

# b11 bilingual French host (Exim-style), La Poste account closed
r = 'boutique.roseraie-exemple@laposte.net'
orig = reminder_msg('F-2026-0453', r, D(4, 8, 30), 453, 188)
t = ('Ce message vous a été envoyé par le serveur de messagerie de votre hébergeur.\n'
     '(This message was sent to you by the mailer daemon of your hosting provider.)\n\n'
     'Votre message n\'a pas pu être remis à tous ses destinataires ; l\'envoi vers l\'adresse suivante a '
     'définitivement échoué :\n(Your message could not be delivered to the following recipient; this is a permanent error:)\n\n'
     '  %s\n    SMTP error from remote mail server after RCPT TO:<%s>:\n'
     '    550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_402\n\n'
     'Pour toute aide, écrivez à <postmaster@mail.hebergeur-pro.example>.\n'
     '(If you need help, write to <postmaster@mail.hebergeur-pro.example>.)\n') % (r, r)
bounce('hebergeur_bilingue_laposte_net', 'fr', 'French hosting (Exim, bilingual template)', 'bilingual FR/EN failure notice; laposte.net LPN007_402',
       'MAILER-DAEMON@mail.hebergeur-pro.example', 'Echec de remise / Mail Delivery Failure Notice', D(4, 8, 31),
       multi('report', [leaf(t, charset='iso-8859-1', cte='8bit', extra=[('Content-Description', 'Notification')]),
                        dsn_part('mail.hebergeur-pro.example', [dict(rcpt=r, action='failed', status='5.1.1', remote='smtpz4.laposte.net',
                                                                    diag='550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_402')]),
                        returned(orig)], boundary='%s/mail.hebergeur-pro.example' % alnum(12),
             preamble='Ce message est encapsule avec le format MIME.\nThis is a MIME-encapsulated message.', params=' report-type=delivery-status;'),
       r, extra=[('X-Failed-Recipients', r), ('Auto-Submitted', 'auto-replied')], mdomain='mail.hebergeur-pro.example',
       notes='bilingual layout after French hosting providers\' Exim templates; local part invented')

# ================================================================ other
import io
import zipfile


def other(name, lang, group, pattern, frm, subj, date, body, extra=(), notes='', to=None, mstyle='other',
          mdomain='example.com', provider=''):
    notice('other', name, lang, provider, group, pattern, frm, subj, date, body, None, to=to, mstyle=mstyle,
           mdomain=mdomain, extra=extra, notes=notes)


def unsub(url, mail=None):
    v = '<%s>' % url + (', <mailto:%s>' % mail if mail else '')
    return [('List-Unsubscribe', v), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]


# o01 Qonto newsletter
t = ('Les nouveautés Qonto de décembre\n\nBonjour Céline,\n\nFin d\'année chargée ? Voici ce qui change ce mois-ci :\n\n'
     '• Facturation électronique : préparez-vous à la réforme de 2026, vos factures clients peuvent désormais être '
     'émises au format Factur-X depuis Qonto.\n• Relances automatiques : programmez jusqu\'à 3 relances pour vos '
     'factures impayées.\n• Cartes virtuelles : créez une carte dédiée à chaque fournisseur.\n\n'
     'Découvrir les nouveautés : https://qonto.com/fr/nouveautes\n\n'
     'Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire : https://qonto.com/fr/unsubscribe\n'
     'Qonto - 18 rue de Navarin, 75009 Paris\n')
other('qonto_fr_newsletter_decembre', 'fr', 'Qonto (marketing)', 'bank newsletter mentioning invoices & payments',
      A('Qonto', 'newsletter@qonto.com'), 'Céline, 3 nouveautés pour finir l\'année sereinement 🎄', D(1, 10, 0),
      alt(t, html_doc('<tr><td style="padding:32px;font-size:15px">' + t.replace('\n', '<br/>') + '</td></tr>')),
      extra=unsub('https://qonto.com/fr/unsubscribe?u=%s' % alnum(20, False)), provider='Qonto')

# o02 Crédit Agricole pro marketing
t = ('Madame MARQUET,\n\nVotre activité connaît des pics saisonniers ? Le Crédit Agricole Aquitaine vous propose '
     'une facilité de caisse à taux préférentiel jusqu\'au 31 janvier 2027 pour financer vos stocks de fin d\'année.\n\n'
     'Prenez rendez-vous avec votre conseiller professionnel : 05 56 90 00 00 (appel non surtaxé).\n\n'
     'Offre soumise à conditions et sous réserve d\'acceptation de votre dossier par votre Caisse régionale. '
     'Un crédit vous engage et doit être remboursé.\n\n'
     'Pour ne plus recevoir nos offres commerciales par e-mail, cliquez ici.\n')
other('ca_aquitaine_fr_offre_tresorerie', 'fr', 'Crédit Agricole (marketing)', 'bank marketing: credit offer',
      A('Crédit Agricole Aquitaine', 'info@communication.ca-aquitaine.fr'), 'Pics d\'activité ? Une solution de trésorerie pour les pros', D(2, 11, 30),
      leaf(html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>'), 'html'),
      extra=unsub('https://communication.ca-aquitaine.fr/unsub/%s' % alnum(16, False)), provider='Crédit Agricole')

# o03 OVHcloud invoice to the owner
t = ('Bonjour,\n\nVotre facture FR62841913 d\'un montant de 11,99 € TTC est disponible dans votre espace client.\n\n'
     'Services : Nom de domaine marquet-fleurs.fr + Email Pro (1 compte)\nDate : 01/12/2026\n'
     'Moyen de paiement : prélèvement SEPA (FR76 **** 6945), qui sera effectué le 04/12/2026.\n\n'
     'Consulter votre facture : https://www.ovh.com/manager/#/dedicated/billing/history\n\n'
     'Cordialement,\nLe Support OVHcloud\n\nOVH SAS - 2 rue Kellermann, 59100 Roubaix - RCS Lille Métropole 424 761 419 00045\n')
other('ovhcloud_fr_facture_disponible', 'fr', 'OVHcloud', 'supplier invoice TO the owner (domain+email)',
      A('OVHcloud', 'noreply@ovh.com'), 'Votre facture OVHcloud FR62841913', D(1, 3, 12), leaf(t), provider='OVHcloud')

# o04 accountant's fee invoice with PDF
t = ('Bonjour Céline,\n\nVeuillez trouver ci-joint notre facture d\'honoraires du mois de novembre (mission tenue '
     'et conseil), d\'un montant de 216,00 € TTC, payable par prélèvement le 10 décembre.\n\n'
     'Pensez à nous transmettre vos justificatifs de novembre avant le 15.\n\nBien cordialement,\n'
     'Le cabinet Garonne Expertise\n')
fac = pdf(['GARONNE EXPERTISE - Societe d\'expertise comptable', 'FACTURE H-2026-1187 du 01/12/2026',
           'Client : MARQUET FLEURS SASU', 'Honoraires novembre 2026 : 180,00 EUR HT', 'TVA 20% : 36,00 EUR',
           'Total TTC : 216,00 EUR', 'Reglement : prelevement SEPA le 10/12/2026'], 'Facture H-2026-1187')
other('garonne_expertise_fr_facture_honoraires_pdf', 'fr', 'Garonne Expertise (accountant)', "accountant's invoice to the owner, PDF attached",
      A('Garonne Expertise', 'facturation@garonne-expertise.fr'), 'Facture H-2026-1187 - honoraires novembre', D(1, 9, 40),
      multi('mixed', [leaf(t), attach(fac, 'application/pdf', 'Facture_H-2026-1187.pdf')]),
      notes='an invoice sent TO the owner: must not be read as a client paying')

# o05 URSSAF message notification
t = ('Bonjour,\n\nUn nouveau message est disponible dans votre espace en ligne urssaf.fr.\n\n'
     'Pour le consulter, connectez-vous à votre espace, rubrique « Messagerie ».\n\n'
     'Votre Urssaf\n\nCeci est un message automatique, merci de ne pas y répondre.\n')
other('urssaf_fr_nouveau_message', 'fr', 'URSSAF', 'public body notification, content behind login',
      A('Urssaf', 'ne-pas-repondre@urssaf.fr'), 'Un nouveau message est disponible dans votre espace', D(2, 6, 15), leaf(t), provider='URSSAF')

# o06 impots.gouv CFE
t = ('Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre '
     'espace professionnel sur impots.gouv.fr.\n\nLa date limite de paiement est fixée au 15 décembre 2026. Le '
     'paiement s\'effectue obligatoirement par voie dématérialisée (prélèvement à l\'échéance, prélèvement '
     'mensuel ou paiement direct en ligne).\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n\n'
     'La Direction générale des Finances publiques\n')
other('impots_gouv_fr_avis_cfe', 'fr', 'DGFiP (impots.gouv.fr)', 'tax notice available, due date, no amount',
      A('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'), 'Votre avis de CFE 2026 est disponible dans votre espace professionnel', D(30, 5, 2),
      leaf(t, charset='iso-8859-1', cte='quoted-printable'), provider='impots.gouv.fr')

# o07 wedding marketplace lead
t = ('Bonjour Marquet Fleurs,\n\nVous avez reçu une nouvelle demande d\'information !\n\nDe : Inès & Baptiste\n'
     'Date du mariage : 28/08/2027\nNombre d\'invités : 80\nLieu : Saint-Émilion (33)\nMessage : « Bonjour, nous '
     'aimerions connaître vos tarifs pour une décoration champêtre... »\n\nRépondez rapidement : les couples '
     'contactent en moyenne 4 prestataires.\n\nRépondre depuis votre espace : https://www.mariages.net/emp-Acceso.php\n\n'
     'Mariages.net - Vous recevez cet e-mail car vous êtes prestataire référencé.\n')
other('mariages_net_fr_nouvelle_demande', 'fr', 'Mariages.net', 'marketplace lead notification',
      A('Mariages.net', 'entreprises@mariages.net'), 'Nouvelle demande d\'information - Inès & Baptiste', D(3, 20, 12),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='Mariages.net')

# o08 LinkedIn
t = ('Céline, vous êtes apparue dans 14 recherches cette semaine\n\nDécouvrez qui vous recherche : responsables '
     'événementiels, wedding planners, office managers...\n\nVoir toutes les recherches : https://www.linkedin.com/me/search-appearances/\n\n'
     'Cet e-mail était destiné à Céline Marquet (Fleuriste événementielle chez Marquet Fleurs)\n'
     'Vous recevez des e-mails de notification de LinkedIn. Se désabonner\n'
     '© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n')
other('linkedin_fr_apparitions_recherches', 'fr', 'LinkedIn', 'social network notification',
      A('LinkedIn', 'notifications-noreply@linkedin.com'), 'Céline, vous êtes apparue dans 14 recherches cette semaine', D(30, 16, 30, tz='+0000'),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>', bg='#f3f2ef')),
      extra=unsub('https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s' % alnum(16, False)), provider='LinkedIn')

# o09 phishing imitating Crédit Agricole
t = ('Cher(e) client(e),\n\nSuite à la mise à jour de notre système de sécurité DSP2, votre accès Crédit Agricole En '
     'Ligne a été temporairement suspendu.\n\nPour éviter la clôture définitive de votre compte, veuillez '
     'réactiver votre accès sous 48h en cliquant sur le lien ci-dessous :\n\n'
     'http://ca-securite-acces.example-verif.com/reactivation\n\nNous vous remercions de votre confiance.\n'
     'Service Client Crédit Agricole\n')
other('phishing_fr_credit_agricole_suspension', 'fr', 'phishing (imitates Crédit Agricole)', 'phishing: account suspended, 48h, look-alike link',
      A('Crédit Agricole', 'securite@ca-clients-verif.example'), 'Alerte sécurité : votre accès est suspendu', D(2, 3, 44),
      leaf(html_doc('<tr><td style="background:#006a4e;padding:16px;color:#fff">Crédit Agricole</td></tr><tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>'), 'html'),
      extra=[('Reply-To', 'support-ca@mail-assistance.example')], notes='phishing: label other even though it imitates a bank')

# o10 phishing imitating PayPal "payment received"
t = ('Bonjour,\n\nVous avez reçu un paiement de 1 250,00 EUR de Fleurs Prestige International.\n\n'
     'Ce paiement est bloqué pour vérification. Pour recevoir les fonds sur votre compte, confirmez votre '
     'identité et vos coordonnées bancaires dans les 24 heures :\n\nhttps://paypal.com.resolution-center.example/confirm\n\n'
     'Passé ce délai, le paiement sera retourné à l\'expéditeur.\n\nCordialement,\nL\'équipe PayPal\n')
other('phishing_fr_paypal_paiement_bloque', 'fr', 'phishing (imitates PayPal)', 'phishing mimicking a PayPal payment received',
      A('PayPal', 'service@paypal-notification-fr.example'), 'Vous avez reçu un paiement de 1 250,00 EUR', D(3, 2, 18, tz='+0000'),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')),
      extra=[('Reply-To', 'verification@secure-mailbox.example')], notes='looks like money in; it is phishing (non-PayPal domain, link)')

# o11 spam "vous avez gagné"
t = ('FÉLICITATIONS Céline !!!\n\nVous avez été sélectionnée pour recevoir un Dyson V15 offert par notre partenaire.\n'
     'Il vous suffit de répondre à 3 questions et de régler les frais de port de 1,95 €.\n\n>> JE RÉCUPÈRE MON CADEAU <<\n\n'
     'Offre valable 24h. Pour ne plus recevoir nos offres : désinscription.\n')
other('spam_fr_vous_avez_gagne', 'fr', 'spam', 'prize spam "vous avez gagné"',
      A('Service Gagnants', 'gagnant@promo-cadeaux-fr.example'), 'Céline, vous avez gagné ! Confirmez avant minuit 🎁', D(4, 1, 7),
      leaf(t, charset='utf-8', cte='base64'), extra=[('X-Mailer', 'PHPMailer 6.9.1')])

# o12 Google Calendar invitation
ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n'
       'BEGIN:VEVENT\nDTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261202T143000Z\n'
       'ORGANIZER;CN=Léa Fontanel:mailto:lea@atelier-blanc-mariages.fr\n'
       'UID:%s@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=celine@marquet-fleurs.fr:mailto:celine@marquet-fleurs.fr\n'
       'DESCRIPTION:Visite technique avec les mariés (Clara & Mehdi) - repérage escalier et salle de réception.\n'
       'LOCATION:Château de Malleret\\, Le Pian-Médoc\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Visite technique Château de Malleret\n'
       'TRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n') % alnum(26, False)
t = ('Léa Fontanel vous a invité à un événement.\n\nVisite technique Château de Malleret\nMardi 8 déc. 2026 ⋅ 10:00 – 11:00 (heure normale d\'Europe centrale)\n'
     'Château de Malleret, Le Pian-Médoc\n\nParticiper ? Oui - Peut-être - Non\n\nInvitation de Google Agenda\n'
     'Vous recevez cet e-mail, car vous êtes invité à cet événement.\n')
other('google_agenda_fr_invitation_visite', 'fr', 'Google Calendar', 'calendar invitation with text/calendar METHOD:REQUEST',
      A('Léa Fontanel (Google Agenda)', 'calendar-notification@google.com'), 'Invitation: Visite technique Château de Malleret @ mar. 8 déc. 2026 10:00 - 11:00 (CET) (celine@marquet-fleurs.fr)', D(2, 14, 30, tz='+0000'),
      multi('mixed', [multi('alternative', [leaf(t), leaf('<html><body>' + t.replace('\n', '<br>') + '</body></html>', 'html'),
                                            leaf(ics, 'calendar', ctparams='; method=REQUEST', cte='quoted-printable')], preamble=None),
                      attach(ics.encode(), 'application/ics', 'invite.ics')], preamble=None),
      extra=[('Reply-To', A('Léa Fontanel', 'lea@atelier-blanc-mariages.fr')), ('Sender', 'Google Agenda <calendar-notification@google.com>')],
      provider='Google Calendar', notes='system-sent invitation on behalf of a wedding planner')

# o13 Doctolib-style reminder
t = ('Rappel de votre rendez-vous\n\nBonjour Céline MARQUET,\n\nNous vous rappelons votre rendez-vous :\n'
     'Jeudi 3 décembre 2026 à 18h15\nDr Florence Abadie - Masseur-kinésithérapeute\n12 cours de l\'Intendance, 33000 Bordeaux\n\n'
     'Si vous ne pouvez pas vous y rendre, pensez à annuler votre rendez-vous.\n\nL\'équipe Doctolib\n'
     'Ceci est un message automatique, merci de ne pas y répondre.\n')
other('doctolib_fr_rappel_rdv', 'fr', 'Doctolib', 'appointment reminder',
      A('Doctolib', 'no-reply@doctolib.fr'), 'Rappel : votre rendez-vous demain à 18h15', D(2, 18, 15),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='Doctolib')

# o14 Chronopost shipping
t = ('Bonjour,\n\nVotre colis n° XW482193776FR, expédié par VERRERIE DECO PRO, sera livré aujourd\'hui, '
     'vendredi 4 décembre, entre 10h30 et 11h30.\n\nAdresse : MARQUET FLEURS, 14 rue Notre-Dame, 33000 Bordeaux\n\n'
     'Absent ? Modifiez votre livraison : https://www.chronopost.fr/fr/chrono_suivi_search?listeNumerosLT=XW482193776FR\n\n'
     'Chronopost - Ce message vous est envoyé automatiquement.\n')
other('chronopost_fr_livraison_aujourdhui', 'fr', 'Chronopost', 'shipping notice with 1h slot',
      A('Chronopost', 'noreply@chronopost.fr'), 'Votre colis XW482193776FR arrive aujourd\'hui', D(4, 7, 55),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='Chronopost')

# o15 wholesaler webshop order confirmation
t = ('FLORALYS DISTRIBUTION - Confirmation de commande\n\nCommande n° 558123 du 01/12/2026\nClient : MARQUET FLEURS (compte 10442)\n\n'
     'Qté  Article                                   PU HT    Total HT\n'
     '  5  Rose Avalanche+ 60cm (botte de 20)       14,80      74,00\n'
     '  3  Eucalyptus cinerea (botte 250g)           6,40      19,20\n'
     '  2  Amaryllis Red Lion (par 10)              23,50      47,00\n'
     '  4  Mousse florale Oasis brique (x20)        28,90     115,60\n\n'
     'Total HT : 255,80 €   TVA : 30,46 €   Total TTC : 286,26 €\nRèglement : à 30 jours fin de mois\n'
     'Livraison : jeudi 3 décembre, tournée Bordeaux Centre\n\nMerci pour votre commande.\n')
other('floralys_fr_confirmation_commande', 'fr', 'Floralys Distribution (wholesaler webshop)', 'supplier order confirmation with amounts',
      A('Floralys Distribution', 'commandes@floralys-distribution.fr'), 'Confirmation de votre commande n° 558123', D(1, 5, 30),
      leaf(t, charset='iso-8859-15', cte='quoted-printable'), notes='amounts the owner owes, not money in')

# o16 insurer's avis d'échéance
t = ('Madame,\n\nVeuillez trouver ci-joint votre avis d\'échéance pour la période du 01/01/2027 au 31/12/2027 :\n\n'
     'Contrat : Multirisque Professionnelle Commerçants n° 7741 22 908\nActivité garantie : fleuriste - décoration événementielle\n'
     'Cotisation annuelle TTC : 612,40 €\nÉchéance : 01/01/2027\n\nSauf opposition de votre part, la cotisation sera '
     'prélevée en 12 mensualités.\n\nNous restons à votre disposition.\n\nCabinet Lartigue Assurances\nAgent général - '
     'N° ORIAS 07 000 000\n')
other('lartigue_assurances_fr_avis_echeance', 'fr', 'Cabinet Lartigue Assurances (insurer agent)', 'insurance renewal notice, amount due by owner',
      A('Cabinet Lartigue Assurances', 'contact@lartigue-assurances.fr'), 'Avis d\'échéance 2027 - contrat 7741 22 908', D(30, 14, 20),
      multi('mixed', [leaf(t), attach(pdf(['AVIS D\'ECHEANCE 2027', 'Contrat 7741 22 908', 'Cotisation TTC : 612,40 EUR'], 'Avis echeance'), 'application/pdf', 'avis_echeance_2027.pdf')]),
      mstyle='outlook')

# o17 Pennylane missing receipts
t = ('Bonjour Céline,\n\nVotre expert-comptable Garonne Expertise a besoin de vous : 6 justificatifs sont manquants '
     'pour le mois de novembre.\n\n  - CB FLEURS DU SUD OUEST      -312,40 €\n  - CB STATION TOTAL MERIGNAC   -68,20 €\n'
     '  - PRLV HISCOX                  -89,00 €\n  + 3 autres transactions\n\nAjoutez-les en quelques secondes depuis '
     'l\'application mobile Pennylane.\n\nL\'équipe Pennylane\nVous recevez cet e-mail car votre cabinet utilise Pennylane.\n')
other('pennylane_fr_justificatifs_manquants', 'fr', 'Pennylane', 'SaaS reminder listing card payments (not a payment notice)',
      A('Pennylane', 'notifications@pennylane.com'), '6 justificatifs manquants pour novembre', D(3, 9, 0),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='Pennylane',
      notes='lists old card transactions to document; not a notice of a money movement')

# o18 Chambre de Métiers newsletter / training
t = ('CMA Nouvelle-Aquitaine - Lettre d\'information Gironde - Décembre 2026\n\n'
     '• Formation « Fixer ses prix et construire ses devis » : 11 et 18 janvier 2027, Bordeaux. Prise en charge '
     'possible par le FAFCEA.\n• Facturation électronique : réunion d\'information le 15 décembre.\n'
     '• Salon des Métiers d\'Art : inscriptions ouvertes.\n\nInscriptions : formation@cma-nouvelleaquitaine.fr\n\n'
     'Chambre de Métiers et de l\'Artisanat de Nouvelle-Aquitaine. Conformément au RGPD, vous pouvez vous désinscrire à tout moment.\n')
other('cma_nouvelle_aquitaine_fr_lettre_info', 'fr', "Chambre de Métiers et de l'Artisanat", 'professional body newsletter (training, e-invoicing)',
      A('CMA Nouvelle-Aquitaine', 'communication@cma-nouvelleaquitaine.fr'), 'Lettre d\'information - Décembre 2026', D(1, 14, 0),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')),
      extra=unsub('https://cma-nouvelleaquitaine.fr/desinscription?e=%s' % alnum(12, False)))

# o19 landlord / property manager rent notice
t = ('Madame MARQUET,\n\nNous vous prions de trouver ci-dessous votre avis d\'échéance :\n\nLot : Local commercial + '
     'réserve, 14 rue Notre-Dame 33000 Bordeaux\nPériode : décembre 2026\nLoyer HT : 950,00 €\nProvision sur charges : 85,00 €\n'
     'TVA : 207,00 €\nTotal à régler : 1 242,00 € avant le 05/12/2026\n\nRèglement par virement : IBAN FR76 3000 4000 0000 1234 5678 901\n\n'
     'Gironde Gestion Immobilière - Administrateur de biens - Carte professionnelle CPI 3301 2019 000 000 000\n')
other('gironde_gestion_fr_avis_echeance_loyer', 'fr', 'Gironde Gestion Immobilière (landlord)', 'rent due notice with IBAN',
      A('Gironde Gestion Immobilière', 'gerance@gironde-gestion.fr'), 'Avis d\'échéance - Décembre 2026 - Lot 14 ND', D(30, 6, 0),
      leaf(t, charset='windows-1252', cte='quoted-printable'), notes='money the owner owes; contains an IBAN')

# o20 EDF Entreprises invoice available
t = ('Bonjour,\n\nVotre facture d\'électricité n° 10082734411 est disponible dans votre Espace Client.\n\n'
     'Site : MARQUET FLEURS - 14 RUE NOTRE DAME 33000 BORDEAUX\nMontant : 218,46 € TTC\nPrélevée le : 01/12/2026\n\n'
     'EDF Entreprises\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n')
other('edf_entreprises_fr_facture_disponible', 'fr', 'EDF Entreprises', 'utility invoice available (already debited)',
      A('EDF Entreprises', 'ne-pas-repondre@edf-entreprises.fr'), 'Votre facture d\'électricité est disponible', D(30, 4, 10),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='EDF Entreprises')

# o21 Qonto security alert
t = ('Bonjour Céline,\n\nUne nouvelle connexion à votre compte Qonto a été détectée :\n\nAppareil : Chrome sur Windows\n'
     'Localisation approximative : Bordeaux, France\nDate : 02/12/2026 à 22:41\n\nS\'il s\'agit bien de vous, '
     'aucune action n\'est nécessaire. Sinon, contactez immédiatement notre support depuis l\'application.\n' + QONTO_FOOT_TXT)
other('qonto_fr_alerte_nouvelle_connexion', 'fr', 'Qonto (security)', 'bank security alert (not a money movement)',
      A('Qonto', 'noreply@qonto.com'), 'Nouvelle connexion à votre compte', D(2, 22, 42), leaf(t), extra=QX, provider='Qonto')

# o22 Canva password reset
t = ('Hi Céline,\n\nWe received a request to reset the password for your Canva account.\n\nReset password: '
     'https://www.canva.com/password-reset?token=%s\n\nThis link expires in 1 hour. If you didn\'t request this, '
     'you can safely ignore this email.\n\nThe Canva Team\n') % alnum(32, False)
other('canva_en_password_reset', 'en', 'Canva', 'password reset',
      A('Canva', 'no-reply@canva.com'), 'Reset your Canva password', D(3, 14, 5, tz='+0000'), leaf(t), provider='Canva')

# o23 DMARC aggregate report (zip)
xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n'
       '    <email>noreply-dmarc-support@google.com</email>\n    <report_id>%d</report_id>\n'
       '    <date_range><begin>1764460800</begin><end>1764547199</end></date_range>\n  </report_metadata>\n'
       '  <policy_published><domain>marquet-fleurs.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>\n'
       '  <record><row><source_ip>178.33.255.41</source_ip><count>7</count><policy_evaluated><disposition>none</disposition>'
       '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>marquet-fleurs.fr</header_from></identifiers>'
       '<auth_results><dkim><domain>marquet-fleurs.fr</domain><result>pass</result></dkim><spf><domain>marquet-fleurs.fr</domain><result>pass</result></spf></auth_results></record>\n'
       '</feedback>\n') % RND.randint(10**18, 10**19)
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo('google.com!marquet-fleurs.fr!1764460800!1764547199.xml', (2026, 12, 1, 0, 0, 0))
    z.writestr(zi, xml)
other('google_dmarc_aggregate_report', 'en', 'Google DMARC reports', 'DMARC aggregate report with zip attachment',
      A('', 'noreply-dmarc-support@google.com'), 'Report domain: marquet-fleurs.fr Submitter: google.com Report-ID: %s' % RND.randint(10**18, 10**19), D(1, 16, 59, tz='-0800'),
      multi('mixed', [leaf('', charset='UTF-8', cte='7bit'), attach(zb.getvalue(), 'application/zip', 'google.com!marquet-fleurs.fr!1764460800!1764547199.zip')],
            boundary='000000000000%s' % hexid(16), preamble=None),
      to='dmarc@marquet-fleurs.fr', provider='Google', notes='feedback report (other)')

# o24 Qonto subscription invoice (bank fee invoice)
t = ('Bonjour Céline,\n\nVotre facture d\'abonnement Qonto pour novembre 2026 est disponible.\n\nForfait : Smart (mensuel)\n'
     'Montant : 29,00 € HT (34,80 € TTC)\nCe montant a été débité de votre compte principal le 01/12/2026.\n\n'
     'Télécharger la facture : https://app.qonto.com/settings/invoices\n' + QONTO_FOOT_TXT)
other('qonto_fr_facture_abonnement', 'fr', 'Qonto (fee invoice)', "bank's own fee invoice",
      A('Qonto', 'noreply@qonto.com'), 'Votre facture Qonto de novembre 2026', D(1, 6, 5),
      multi('mixed', [leaf(t), attach(pdf(['QONTO - Facture abonnement novembre 2026', 'Forfait Smart : 29,00 EUR HT', 'Total TTC : 34,80 EUR'], 'Facture Qonto'), 'application/pdf', 'Qonto-facture-2026-11.pdf')]),
      extra=QX, provider='Qonto', notes="guide: a bank's own fee invoice is other")

# o25 Google Business Profile review
t = ('Nouvel avis sur Marquet Fleurs\n\n★★★★★ Claire M.\n« Céline a sublimé notre mariage, à l\'écoute et d\'une créativité '
     'folle. Je recommande les yeux fermés ! »\n\nRépondre à l\'avis : https://business.google.com/reviews\n\n'
     'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nVous avez reçu cet e-mail pour vous informer '
     'des modifications importantes apportées à votre fiche d\'établissement Google.\n')
other('google_business_fr_nouvel_avis', 'fr', 'Google Business Profile', 'review notification',
      A('Google Business Profile', 'businessprofile-noreply@google.com'), 'Marquet Fleurs a reçu un nouvel avis', D(1, 19, 40, tz='-0800'),
      alt(t, html_doc('<tr><td style="padding:24px;font-size:14px">' + t.replace('\n', '<br/>') + '</td></tr>')), provider='Google')


# ================================================================ write out

def main():
    labels = ['human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other']
    for lab in labels:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for rel, data in FILES.items():
        with open(os.path.join(OUT, rel), 'wb') as f:
            f.write(data)
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
    counts = {lab: sum(1 for r in ROWS if r['label'] == lab) for lab in labels}
    print('wrote %d messages: %s' % (len(ROWS), counts))


if __name__ == '__main__':
    main()
