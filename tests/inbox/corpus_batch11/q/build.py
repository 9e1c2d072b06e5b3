#!/usr/bin/env python3
"""Builds the final11 evaluation set for dunnerd (owner: Sophie Marchetti-Roy).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
Every message is synthetic (written for dunnerd); formats follow the notice wording,
MIME layouts and headers that the named senders are known to use (see `pattern`/`notes`).
"""
import base64
import datetime
import email.utils
import hashlib
import os
import quopri
import shutil
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final11'
OWNER_NAME = 'Sophie Marchetti-Roy'
OWNER = 'sophie@marchetti-roy.fr'
OWNER_TO = 'Sophie Marchetti-Roy <sophie@marchetti-roy.fr>'
ROWS = []
LABELS = ('human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other')

DAYS = {'mon': (2026, 11, 30), 'tue': (2026, 12, 1), 'wed': (2026, 12, 2),
        'thu': (2026, 12, 3), 'fri': (2026, 12, 4),
        'thu26': (2026, 11, 26), 'fri27': (2026, 11, 27), 'tue24': (2026, 11, 24),
        'wed25': (2026, 11, 25), 'sat': (2026, 12, 5)}
FR_DAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']


def _seed(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


def when(day, hh, mm, tzh=1, sec=None):
    y, m, d = DAYS[day]
    if sec is None:
        sec = _seed('%s%d%d' % (day, hh, mm)) % 60
    return datetime.datetime(y, m, d, hh, mm, sec,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tzh)))


def date_hdr(dt):
    return email.utils.format_datetime(dt)


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16].upper(), h[16:24], domain)


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


def enc_body(text, cs, cte):
    raw = text.encode(cs) if isinstance(text, str) else text
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    return raw


def part(ctype, text, cs='utf-8', cte='quoted-printable', params='', extra=()):
    """A leaf MIME entity (headers + blank line + encoded body) as bytes."""
    lines = []
    if ctype.startswith('text/'):
        lines.append('Content-Type: %s; charset="%s"%s' % (ctype, cs, params))
    else:
        lines.append('Content-Type: %s%s' % (ctype, params))
    if cte:
        lines.append('Content-Transfer-Encoding: %s' % cte)
    lines.extend(extra)
    body = enc_body(text, cs, cte or '8bit')
    if not body.endswith(b'\n'):
        body += b'\n'
    return ('\n'.join(lines) + '\n\n').encode('ascii') + body


def attach(ctype, filename, data, disp='attachment'):
    return part(ctype, data, cte='base64', params='; name="%s"' % filename,
                extra=('Content-Disposition: %s; filename="%s"' % (disp, filename),))


def multipart(sub, parts, tag, params='', preamble=None, boundary=None):
    b = boundary or ('----=_Part_%d_%d.%d' % (_seed(tag) % 99999, _seed(tag + 'x') % 999999999, 1764000000000 + _seed(tag) % 9999999))
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (sub, b, params)).encode('ascii')
    if preamble:
        out += preamble.encode('ascii') + b'\n'
    for p in parts:
        out += ('--%s\n' % b).encode('ascii') + p + b'\n'
    out += ('--%s--\n' % b).encode('ascii')
    return out


def message(headers, body, crlf=False):
    h = []
    has_mime = False
    for k, v in headers:
        if v is None:
            continue
        if k.lower() == 'mime-version':
            has_mime = True
        h.append('%s: %s' % (k, v))
    if not has_mime:
        h.append('MIME-Version: 1.0')
    raw = ('\n'.join(h) + '\n').encode('utf-8') + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def mini_pdf(lines):
    """A small valid one-page PDF showing `lines` (ASCII/latin-1 text)."""
    content = 'BT /F1 11 Tf 50 790 Td 14 TL\n'
    for ln in lines:
        esc = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        content += '(%s) Tj T*\n' % esc
    content += 'ET\n'
    cbytes = content.encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(cbytes) + cbytes + b'endstream',
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def add(file, label, raw, lang, source_group, pattern, provider='', direction='', amount='',
        currency='', payer='', reference='', value_date='', counts='', facts='', notes=''):
    assert label in LABELS
    path = os.path.join(OUT, label, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(raw)
    ROWS.append([label + '/' + file, label, 'synthetic', 'build.py', '', 'written for dunnerd',
                 'synthetic', lang, provider, source_group, pattern, direction, amount, currency,
                 payer, reference, value_date, counts, facts, SPLIT, notes])


# ---------------------------------------------------------------- owner's reminders
SIG_FR = ('Sophie Marchetti-Roy\nMarchetti-Roy Conseil — rédaction & communication\n'
          '12 rue des Tourneurs, 31000 Toulouse\n06 71 42 18 93 · marchetti-roy.fr')
SIG_EN = 'Sophie Marchetti-Roy\nMarchetti-Roy Conseil, Toulouse (France)\n+33 6 71 42 18 93'


def fr_date(dt, with_time=True):
    s = '%s %d %s %d' % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year)
    if with_time:
        s += ' à %02d:%02d' % (dt.hour, dt.minute)
    return s


class Rem:
    """One dunnerd reminder the owner sent (the thing clients answer)."""

    def __init__(self, num, amount, due, sent, greet, lang='fr', n=1, inv=None):
        self.num = num
        self.inv = inv or ('F-2026-0%d' % num if lang in ('fr', 'es', 'it') else 'INV-0%d' % num)
        self.amount = amount
        self.due = due
        self.sent = sent
        self.greet = greet
        self.lang = lang
        self.msgid = '<dunnerd.%d.%d@marchetti-roy.fr>' % (num, n)
        self.n = n

    @property
    def subject(self):
        return {'fr': 'Rappel : facture %s échue' % self.inv,
                'en': 'Reminder: invoice %s is overdue' % self.inv,
                'es': 'Recordatorio: factura %s vencida' % self.inv,
                'it': 'Sollecito: fattura %s scaduta' % self.inv}[self.lang]

    def text(self):
        if self.lang == 'fr':
            return ('%s,\n\nSauf erreur de ma part, la facture %s d\'un montant de %s €, '
                    'arrivée à échéance le %s, reste impayée à ce jour.\n\n'
                    'Pourriez-vous me confirmer la date prévue pour le règlement ? '
                    'Vous trouverez mon RIB en bas de la facture.\n\nBien cordialement,\n\n%s'
                    % (self.greet, self.inv, self.amount, self.due, SIG_FR))
        if self.lang == 'en':
            return ('%s,\n\nAccording to my records, invoice %s for €%s, due on %s, '
                    'is still outstanding.\n\nCould you let me know when payment is scheduled? '
                    'Bank details are on the invoice.\n\nKind regards,\n\n%s'
                    % (self.greet, self.inv, self.amount, self.due, SIG_EN))
        if self.lang == 'es':
            return ('%s:\n\nSalvo error por mi parte, la factura %s por importe de %s €, '
                    'con vencimiento el %s, sigue pendiente de pago.\n\n'
                    '¿Podría indicarme la fecha prevista de pago?\n\nUn saludo cordial,\n\n%s'
                    % (self.greet, self.inv, self.amount, self.due, SIG_EN))
        return ('%s,\n\nsalvo errore da parte mia, la fattura %s di %s €, '
                'scaduta il %s, risulta ancora da saldare.\n\n'
                'Potrebbe indicarmi la data prevista per il pagamento?\n\nCordiali saluti,\n\n%s'
                % (self.greet, self.inv, self.amount, self.due, SIG_EN))

    def gt(self):
        return '\n'.join(('> ' + l) if l else '>' for l in self.text().split('\n'))

    def quote_gmail(self):
        return 'Le %s, %s <%s> a écrit :\n%s\n' % (fr_date(self.sent), OWNER_NAME, OWNER, self.gt())

    def quote_gmail_en(self):
        d = self.sent
        return ('On %s, %s at %d:%02d %s %s <%s> wrote:\n%s\n'
                % (d.strftime('%a'), d.strftime('%b %-d, %Y'), (d.hour % 12) or 12, d.minute,
                   'AM' if d.hour < 12 else 'PM', OWNER_NAME, OWNER, self.gt()))

    def quote_apple(self):
        d = self.sent
        return 'Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n\n%s\n' % (
            d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, OWNER_NAME, OWNER, self.gt())

    def quote_outlook(self, to):
        d = self.sent
        return ('\n-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\n'
                'À : %s\nObjet : %s\n\n%s\n' % (
                    OWNER_NAME, OWNER, ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d.weekday()],
                    d.day, ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
                            'octobre', 'novembre', 'décembre'][d.month - 1], d.year, d.hour, d.minute, to,
                    self.subject, self.text()))

    def quote_outlook_en(self, to):
        d = self.sent
        return ('\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n' % (
            OWNER_NAME, OWNER, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to, self.subject, self.text()))

    def reply_headers(self, frm, dt, domain, subj_prefix='Re: ', to=OWNER_TO, cc=None, refs=True, extra=()):
        h = [('From', frm), ('To', to)]
        if cc:
            h.append(('Cc', cc))
        h += [('Subject', hdr(subj_prefix + self.subject)), ('Date', date_hdr(dt)),
              ('Message-ID', mid(frm + str(dt), domain))]
        if refs:
            h += [('In-Reply-To', self.msgid), ('References', self.msgid)]
        h += list(extra)
        return h


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text_to_html_p(s):
    return ''.join('<p>%s</p>\n' % html_escape(p).replace('\n', '<br>\n') for p in s.split('\n\n'))


def run():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
    build_human()
    build_payment()
    build_auto()
    build_bounce()
    build_other()
    names = [r[0] for r in ROWS]
    assert len(names) == len(set(names)), 'duplicate file names'
    cols = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
            'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
            'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(cols) + '\n')
        for r in ROWS:
            assert len(r) == len(cols)
            assert all('\t' not in str(c) and '\n' not in str(c) for c in r), r
            f.write('\t'.join(str(c) for c in r) + '\n')
    counts = {}
    for r in ROWS:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(ROWS), counts)


# ================================================================ human replies
def build_human():
    H = 'human_reply'

    # 1 wine estate, promise "vendredi", Gmail top-post
    r = Rem(412, '1 480,00', '15/11/2026', when('mon', 8, 30), 'Bonjour Jean-Pierre')
    frm = addr('Jean-Pierre Lagarde', 'jp.lagarde@domaine-clos-lagarde.fr')
    body = ('Bonjour Sophie,\n\nToutes mes excuses, entre la mise en bouteille et les salons je laisse filer la '
            'paperasse. Je fais le virement vendredi, promis.\n\nBonne journée,\nJean-Pierre\n\n'
            'Domaine du Clos Lagarde – AOP Gaillac\nLieu-dit Lagarde, 81600 Broze\n\n' + r.quote_gmail())
    add('lagarde_fr_promise_vendredi.eml', H, message(
        r.reply_headers(frm, when('tue', 10, 14), 'mail.gmail.com') +
        [('X-Mailer', None)], part('text/plain', body)),
        'fr', 'Domaine du Clos Lagarde', 'top-posted, weekday promise "vendredi"', facts='promise_date=2026-12-04')

    # 2 local authority, long administrative signature, Outlook quote
    r = Rem(398, '3 600,00', '31/10/2026', when('thu26', 9, 5), 'Madame, Monsieur')
    frm = addr('Service Finances - Mairie de Villeneuve-Lauragais', 'finances@mairie-villeneuve-lauragais.fr')
    body = ('Madame,\n\nNous accusons réception de votre relance concernant la facture F-2026-0398 '
            '(ateliers de rédaction du bulletin municipal).\n\n'
            'Le mandat n° 2026-1874 correspondant a été émis le 26/11/2026 et transmis au Service de Gestion '
            'Comptable de Villefranche-de-Lauragais. Le paiement est effectué par le comptable public : '
            'compte tenu du délai global de paiement, le virement devrait intervenir au plus tard le 15 décembre.\n\n'
            'Nous restons à votre disposition.\n\nCordialement,\n\n'
            'Christine Baylac\nGestionnaire comptable – Pôle Ressources\nMairie de Villeneuve-Lauragais\n'
            'Place de la République – 31290 Villeneuve-Lauragais\nTél. 05 61 27 40 12\n\n'
            'Horaires d\'accueil : du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 17h00.\n\n'
            'Conformément au Règlement Général sur la Protection des Données (RGPD), les informations '
            'contenues dans ce message sont destinées exclusivement à son destinataire. Si vous avez reçu ce '
            'message par erreur, merci de le supprimer et d\'en avertir l\'expéditeur. '
            'Pensez à l\'environnement avant d\'imprimer ce courriel.\n'
            + r.quote_outlook('Finances <finances@mairie-villeneuve-lauragais.fr>'))
    add('villeneuve_mairie_fr_promise_au_plus_tard_15.eml', H, message(
        r.reply_headers(frm, when('mon', 14, 2), 'mairie-villeneuve-lauragais.fr', subj_prefix='RE: ',
                        extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdtJb2Rm0f3KQx+3T2y6m8Nf1c9W5A==')]),
        part('text/plain', body, cs='windows-1252')),
        'fr', 'Mairie de Villeneuve-Lauragais', 'local authority, mandat issued, public accountant pays, GDPR footer',
        facts='promise_date=2026-12-15', notes='mandat émis is not a payment; date given as "au plus tard le 15 décembre"')

    # 3 startup, English, "on the 10th"
    r = Rem(421, '2,400.00', '20 November 2026', when('mon', 8, 31), 'Hi Tom', lang='en')
    frm = addr('Tom Hargreaves', 'tom@pixelvigne.io')
    body = ('Hi Sophie,\n\nSorry about that, our finance person left last month and a few things slipped '
            'through the cracks. We\'ll pay on the 10th, when the next tranche from our investors lands.\n\n'
            'Thanks for your patience (and the copy is live and converting nicely btw!)\n\nTom\n\n--\n'
            'Tom Hargreaves · Co-founder, Pixelvigne\nhttps://pixelvigne.io\n\n' + r.quote_gmail_en())
    add('pixelvigne_en_pay_on_the_10th.eml', H, message(
        r.reply_headers(frm, when('mon', 17, 48), 'mail.gmail.com'), part('text/plain', body, cte='7bit' if body.isascii() else 'quoted-printable')),
        'en', 'Pixelvigne', 'startup founder, "on the 10th"', facts='promise_date=2026-12-10')

    # 4 dispute, days invoiced
    r = Rem(405, '3 456,00', '20/11/2026', when('mon', 8, 32), 'Madame Bordes')
    frm = addr('Nathalie Bordes', 'n.bordes@atelier-bordes.fr')
    body = ('Madame Marchetti-Roy,\n\nNous contestons cette facture. Le devis D-2026-061 que nous avons signé '
            'prévoyait trois journées de rédaction pour le catalogue ; vous en facturez quatre, sans que '
            'nous ayons validé de dépassement.\n\nNous ne réglerons pas ce montant en l\'état. Merci de nous '
            'adresser un avoir ou une facture conforme au devis.\n\nCordialement,\n\nNathalie Bordes\n'
            'Co-gérante – Atelier Bordes & Fils, ébénisterie d\'art\n14 chemin de la Tuilerie, 82000 Montauban\n\n'
            + r.quote_gmail())
    add('bordes_fr_dispute_days_over_quote.eml', H, message(
        r.reply_headers(frm, when('wed', 11, 20), 'atelier-bordes.fr',
                        extra=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')]),
        part('text/plain', body, params='; format=flowed', cte='8bit')),
        'fr', 'Atelier Bordes & Fils', 'explicit dispute, asks for credit note, Thunderbird 8bit',
        facts='dispute=yes')

    # 5 already paid with date
    r = Rem(409, '1 920,00', '16/11/2026', when('thu26', 9, 1), 'Bonjour Monsieur Vidal')
    frm = addr('Olivier Vidal', 'o.vidal@vidal-cazeneuve-architectes.fr')
    body = ('Bonjour Madame,\n\nLe virement a été effectué le 24 novembre depuis notre compte professionnel, '
            'vous devriez l\'avoir reçu depuis. Pouvez-vous vérifier de votre côté ?\n\nBien à vous,\n\n'
            'Olivier Vidal\nArchitecte DPLG – Vidal & Cazeneuve\n5 allée Jean-Jaurès, 31000 Toulouse\n'
            + r.quote_outlook('Olivier Vidal'))
    add('vidal_fr_already_paid_24nov.eml', H, message(
        r.reply_headers(frm, when('mon', 9, 47), 'vidal-cazeneuve-architectes.fr', subj_prefix='RE : '),
        multipart('alternative', [part('text/plain', body),
                                  part('text/html', '<html><body><div style="font-family:Calibri,sans-serif">'
                                       + text_to_html_p(body.split('\n-----Message')[0]) + '<hr>'
                                       + text_to_html_p(r.quote_outlook('Olivier Vidal')) + '</div></body></html>')],
                  'vidal')),
        'fr', 'Vidal & Cazeneuve architectes', 'already paid with a date, asks to check', facts='already_paid=2026-11-24')

    # 6 forwarded bank confirmation inside a human message
    frm = addr('Claire Esteban', 'claire.esteban@garonne-traiteur.fr')
    fwd = ('Bonjour Sophie,\n\nSuite à votre relance, voici la confirmation de notre banque : le virement est '
           'parti le 27/11. Il devrait apparaître sur votre compte d\'ici lundi au plus tard.\n\nBonne journée,\n'
           'Claire\n\nGaronne Traiteur – Administration\n\n'
           '-------- Message transféré --------\n'
           'Sujet : Confirmation de votre ordre de virement\n'
           'Date : Fri, 27 Nov 2026 16:02:11 +0100\n'
           'De : Société Générale <ne-pas-repondre@societegenerale.fr>\n'
           'Pour : claire.esteban@garonne-traiteur.fr\n\n'
           'Madame, Monsieur,\n\nNous vous confirmons l\'enregistrement de votre ordre de virement SEPA :\n\n'
           'Montant : 960,00 EUR\nBénéficiaire : MARCHETTI-ROY CONSEIL\n'
           'IBAN du bénéficiaire : FR76 **** **** **** **** ***4 217\n'
           'Référence communiquée au bénéficiaire : F-2026-0440 GARONNE TRAITEUR\n'
           'Date d\'exécution : 27/11/2026\n\n'
           'Ce message est envoyé automatiquement, merci de ne pas y répondre.\nSociété Générale\n')
    add('garonne_traiteur_fr_fwd_bank_confirmation.eml', H, message(
        [('From', frm), ('To', OWNER_TO), ('Subject', 'TR: Confirmation de votre ordre de virement'),
         ('Date', date_hdr(when('thu', 9, 12))), ('Message-ID', mid('esteban', 'garonne-traiteur.fr')),
         ('User-Agent', 'Mozilla Thunderbird')],
        part('text/plain', fwd)),
        'fr', 'Garonne Traiteur', 'client forwards her bank\'s transfer confirmation, no In-Reply-To',
        facts='already_paid=2026-11-27', notes='contains bank notice wording but is a person forwarding it')

    # 7 PDF attached, "hier"
    r = Rem(415, '3 240,00', '25/11/2026', when('mon', 8, 40), 'Bonjour Madame Rouquette')
    frm = addr('Sandrine Rouquette', 'compta@chateau-peyrolles.fr')
    txt = ('Madame,\n\nVeuillez trouver ci-joint l\'avis d\'exécution du virement passé hier pour le règlement '
           'de votre facture F-2026-0415 (3 240,00 €).\n\nCordialement,\n\nSandrine Rouquette\n'
           'Comptabilité – SCEA Château Peyrolles\n33 route de Villaudric, 31620 Fronton\n\n' + r.quote_gmail())
    pdf = mini_pdf(['Avis d\'execution de virement SEPA', 'Donneur d\'ordre : SCEA CHATEAU PEYROLLES',
                    'Beneficiaire : MARCHETTI-ROY CONSEIL', 'Montant : 3 240,00 EUR',
                    'Date d\'execution : 01/12/2026', 'Libelle : FACT F-2026-0415'])
    add('peyrolles_fr_paid_hier_pdf.eml', H, message(
        r.reply_headers(frm, when('wed', 10, 3), 'chateau-peyrolles.fr'),
        multipart('mixed', [part('text/plain', txt),
                            attach('application/pdf', 'Avis_execution_virement_F-2026-0415.pdf', pdf)], 'peyrolles')),
        'fr', 'SCEA Château Peyrolles', 'already paid "hier", PDF transfer advice attached',
        facts='already_paid=2026-12-01')

    # 8 request invoice, tu
    r = Rem(414, '540,00', '22/11/2026', when('mon', 8, 41), 'Bonjour Karim')
    frm = addr('Karim Benali', 'karim@studio-ondes.fr')
    body = ('Hello Sophie,\n\nJe ne retrouve pas ta facture dans nos mails (on a changé de messagerie en '
            'octobre, tout n\'a pas suivi…). Tu peux me la renvoyer ? Je la passe dès que je l\'ai.\n\nMerci !\n'
            'Karim\n\n' + r.quote_gmail())
    add('studio_ondes_fr_resend_invoice_tu.eml', H, message(
        r.reply_headers(frm, when('tue', 15, 26), 'studio-ondes.fr'), part('text/plain', body)),
        'fr', 'Studio Ondes', 'asks to resend the invoice, informal tu', facts='request_invoice=yes')

    # 9 purchasing dept asks RIB + Kbis
    r = Rem(427, '2 700,00', '30/11/2026', when('thu', 8, 30), 'Madame, Monsieur')
    frm = addr('Service Achats Groupe Castel', 'achats@groupe-castel-immo.fr')
    body = ('Bonjour,\n\nAfin de procéder au règlement, nous devons créer votre compte fournisseur. '
            'Merci de nous faire parvenir :\n- un RIB au format PDF à l\'en-tête de votre société ;\n'
            '- votre avis de situation SIRENE ou un extrait Kbis de moins de 3 mois ;\n'
            '- une attestation de vigilance URSSAF.\n\nDès réception, la facture sera mise en paiement '
            'à la prochaine échéance.\n\nCordialement,\n\nMélanie Carrière\nAcheteuse – Groupe Castel Immobilier\n'
            '\n' + r.quote_gmail())
    add('castel_fr_request_rib_supplier_file.eml', H, message(
        r.reply_headers(frm, when('fri', 11, 5), 'groupe-castel-immo.fr'), part('text/plain', body)),
        'fr', 'Groupe Castel Immobilier', 'purchasing asks RIB + Kbis + URSSAF certificate', facts='request_rib=yes')

    # 10 "Noté."
    r = Rem(411, '680,00', '18/11/2026', when('mon', 8, 42), 'Bonjour Monsieur Salles')
    frm = addr('Pierre Salles', 'p.salles@salles-menuiserie.fr')
    add('salles_fr_note_one_word.eml', H, message(
        r.reply_headers(frm, when('tue', 7, 58), 'salles-menuiserie.fr'),
        part('text/plain', 'Noté.\n\nP. Salles\n\n' + r.quote_gmail())),
        'fr', 'Menuiserie Salles', 'one-word answer')

    # 11 "ok merci" iPhone
    r = Rem(420, '390,00', '20/11/2026', when('mon', 8, 43), 'Bonjour Léa')
    frm = addr('Léa Fontvieille', 'lea@fontvieille-yoga.fr')
    add('fontvieille_fr_ok_merci_iphone.eml', H, message(
        r.reply_headers(frm, when('wed', 19, 2), 'fontvieille-yoga.fr',
                        extra=[('X-Mailer', 'iPhone Mail (22B91)')]),
        part('text/plain', 'ok merci\n\nEnvoyé de mon iPhone\n\n' + r.quote_apple(), cte='quoted-printable')),
        'fr', 'Fontvieille Yoga', 'two words, Envoyé de mon iPhone')

    # 12 HTML-only Outlook windows-1252, "paiement prévu le 15"
    r = Rem(419, '4 200,00', '25/11/2026', when('tue', 8, 30), 'Madame Marty')
    frm = addr('MARTY Agnès', 'a.marty@occitanie-medical.fr')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1"><p class="MsoNormal">Bonjour Madame,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">La facture F-2026-0419 est passée en validation hier chez notre directeur '
            'financier. Paiement prévu le 15 selon notre cycle de règlement habituel.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cordialement,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Agnès MARTY</span></b><o:p></o:p></p>'
            '<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Responsable comptable<br>'
            'OCCITANIE MÉDICAL SAS – 2 avenue de l’Europe – 31520 Ramonville-Saint-Agne<br>'
            'Tél. : 05 62 19 88 40</span><o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>De&nbsp;:</b> Sophie Marchetti-Roy &lt;sophie@marchetti-roy.fr&gt; <br>'
            '<b>Envoyé&nbsp;:</b> mardi 1 décembre 2026 08:30<br><b>À&nbsp;:</b> MARTY Agnès '
            '&lt;a.marty@occitanie-medical.fr&gt;<br><b>Objet&nbsp;:</b> ' + html_escape(r.subject) +
            '<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            + text_to_html_p(r.text()).replace('<p>', '<p class="MsoNormal">') + '</div></body></html>')
    add('occitanie_medical_fr_outlook_html_only_le_15.eml', H, message(
        r.reply_headers(frm, when('thu', 11, 37), 'occitanie-medical.fr', subj_prefix='RE: ',
                        extra=[('Thread-Topic', hdr(r.subject)), ('Thread-Index', 'AQHbQ1f0o3m2cJ8pQk2xj4vHc8aBbw=='),
                               ('Accept-Language', 'fr-FR, en-US'), ('Content-Language', 'fr-FR'),
                               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
        part('text/html', html, cs='windows-1252'), crlf=True),
        'fr', 'Occitanie Médical SAS', 'HTML-only Outlook, windows-1252 QP, "paiement prévu le 15"',
        facts='promise_date=2026-12-15')

    # 13 "d'ici la fin de la semaine prochaine"
    r = Rem(408, '1 150,00', '15/11/2026', when('mon', 8, 44), 'Bonjour Monsieur Catala')
    frm = addr('Romain Catala', 'romain@catala-renovation.fr')
    body = ('Bonjour Sophie,\n\nOui je sais, je suis en retard sur tout en ce moment, deux chantiers qui '
            'se chevauchent. Vous aurez le règlement d\'ici la fin de la semaine prochaine.\n\nRomain Catala\n'
            'Catala Rénovation – 06 12 47 80 33\n\n' + r.quote_gmail())
    add('catala_fr_fin_semaine_prochaine.eml', H, message(
        r.reply_headers(frm, when('tue', 20, 15), 'catala-renovation.fr'), part('text/plain', body)),
        'fr', 'Catala Rénovation', 'relative date "d\'ici la fin de la semaine prochaine"',
        facts='promise_date=2026-12-11', notes='end of next week from Tue 1 Dec = Fri 11 Dec (week_of_2026-12-07 would also be defensible)')

    # 14 "payment run is on Thursday"
    r = Rem(418, '1,650.00', '23 November 2026', when('mon', 8, 45), 'Hello Fiona', lang='en')
    frm = addr('Fiona McLeod', 'fiona.mcleod@heatherstone.co.uk')
    body = ('Hi Sophie,\n\nThanks for the nudge. The invoice has been approved — our payment run is on '
            'Thursday, so depending on the banks you should see it Friday or Monday at the latest.\n\n'
            'Kind regards,\nFiona\n\nFiona McLeod | Finance Manager\nHeather & Stone Ltd | 41 Leith Walk, Edinburgh EH6 8LS\n'
            + r.quote_outlook_en('Fiona McLeod <fiona.mcleod@heatherstone.co.uk>'))
    add('heatherstone_en_payment_run_thursday.eml', H, message(
        r.reply_headers(frm, when('mon', 12, 3, tzh=0), 'heatherstone.co.uk', subj_prefix='RE: '),
        part('text/plain', body)),
        'en', 'Heather & Stone Ltd', 'payment run weekday', facts='promise_date=2026-12-03')

    # 15 Spanish "el próximo lunes"
    r = Rem(402, '2 150,00', '15/11/2026', when('mon', 8, 46), 'Hola Marta', lang='es')
    frm = addr('Marta Iglesias', 'm.iglesias@bodegas-arlanza.es')
    body = ('Hola Sophie:\n\nDisculpa el retraso, estamos cerrando el trimestre y administración va con '
            'mucho trabajo. Ya está aprobada: realizaremos la transferencia el próximo lunes.\n\n'
            'Un saludo,\n\nMarta Iglesias\nDpto. Marketing – Bodegas Arlanza\nCtra. de Lerma km 3, 09340 Lerma (Burgos)\n\n'
            'El lun, 30 nov 2026 a las 8:46, ' + OWNER_NAME + ' <' + OWNER + '> escribió:\n' + r.gt() + '\n')
    add('arlanza_es_proximo_lunes.eml', H, message(
        r.reply_headers(frm, when('wed', 9, 41), 'bodegas-arlanza.es', subj_prefix='RE: '), part('text/plain', body)),
        'es', 'Bodegas Arlanza', 'Spanish, "el próximo lunes"', facts='promise_date=2026-12-07')

    # 16 Italian already paid 26/11
    r = Rem(403, '650,00', '10/11/2026', when('mon', 8, 47), 'Gentile dott.ssa Ferraro', lang='it')
    frm = addr('Giulia Ferraro', 'amministrazione@cantine-ferraro.it')
    body = ('Gentile Sophie,\n\nle confermo che abbiamo già effettuato il bonifico in data 26/11, con causale '
            '"Saldo fattura F-2026-0403". Probabilmente è ancora in lavorazione tra le banche.\n\n'
            'Cordiali saluti,\n\nGiulia Ferraro\nUfficio Amministrazione – Cantine Ferraro s.r.l.\n'
            'Via dei Colli 18, 31049 Valdobbiadene (TV)\nP.IVA 03817650263\n\n'
            'Il giorno lun 30 nov 2026 alle ore 08:47 ' + OWNER_NAME + ' <' + OWNER + '> ha scritto:\n' + r.gt() + '\n')
    add('ferraro_it_gia_pagato_26_11.eml', H, message(
        r.reply_headers(frm, when('tue', 10, 22), 'cantine-ferraro.it', subj_prefix='R: '), part('text/plain', body)),
        'it', 'Cantine Ferraro', 'Italian, already paid with date', facts='already_paid=2026-11-26')

    # 17 Italian asks IBAN
    r = Rem(425, '1 100,00', '25/11/2026', when('wed', 9, 10), 'Gentile dott. Bernardi', lang='it')
    frm = addr('Luca Bernardi', 'luca.bernardi@studiobernardi-design.it')
    body = ('Buongiorno,\n\nper procedere con il pagamento il nostro commercialista ci chiede le coordinate '
            'bancarie complete (IBAN e BIC) e la ragione sociale esatta del conto. Può inviarcele?\n\n'
            'Grazie e buona giornata,\nLuca Bernardi\nStudio Bernardi Design – Torino\n\n'
            'Il giorno mer 2 dic 2026 alle ore 09:10 ' + OWNER_NAME + ' <' + OWNER + '> ha scritto:\n' + r.gt() + '\n')
    add('bernardi_it_chiede_iban.eml', H, message(
        r.reply_headers(frm, when('fri', 9, 55), 'studiobernardi-design.it', subj_prefix='Re: '), part('text/plain', body)),
        'it', 'Studio Bernardi Design', 'Italian, asks for IBAN/BIC', facts='request_rib=yes')

    # 18 Spanish dispute
    r = Rem(441, '1 780,00', '20/11/2026', when('tue', 9, 5), 'Hola Javier', lang='es')
    frm = addr('Javier Ortega', 'javier@ortegaturismo.es')
    body = ('Hola Sophie,\n\nNo estamos de acuerdo con el importe de esta factura. En el presupuesto se '
            'incluían las versiones en catalán de las fichas y no se han entregado. Hasta que no se '
            'entreguen o se corrija la factura no vamos a pagarla.\n\nSaludos,\nJavier Ortega\n'
            'Ortega Turismo Rural - Girona\n')
    add('ortega_es_dispute_missing_catalan.eml', H, message(
        r.reply_headers(frm, when('thu', 16, 40), 'ortegaturismo.es'), part('text/plain', body, cs='iso-8859-1')),
        'es', 'Ortega Turismo Rural', 'Spanish dispute, no quote, ISO-8859-1', facts='dispute=yes')

    # 19 "nous ne contestons pas" + début janvier
    r = Rem(416, '2 340,00', '25/11/2026', when('mon', 8, 48), 'Madame Barthe')
    frm = addr('Hélène Barthe', 'h.barthe@sud-energies-conseil.fr')
    body = ('Bonjour Madame Marchetti-Roy,\n\nNous ne contestons pas la facture F-2026-0416 ni la qualité du '
            'travail rendu. En revanche elle n\'a pas été rattachée à un bon de commande dans notre outil '
            'et ne peut pas être payée avant la régularisation, qui se fera à la clôture.\n\n'
            'Le règlement interviendra donc début janvier.\n\nBien cordialement,\n\nHélène Barthe\n'
            'Directrice administrative et financière\nSud Énergies Conseil\n\n' + r.quote_gmail())
    add('sud_energies_fr_ne_contestons_pas_debut_janvier.eml', H, message(
        r.reply_headers(frm, when('wed', 14, 12), 'sud-energies-conseil.fr'), part('text/plain', body)),
        'fr', 'Sud Énergies Conseil', 'negated dispute, "début janvier"', facts='promise_date=early_2027-01',
        notes='"Nous ne contestons pas" must not give dispute=yes')

    # 20 "je n'ai pas encore pu payer"
    r = Rem(410, '1 240,00', '10/11/2026', when('mon', 8, 49), 'Bonjour Julien', n=2)
    frm = addr('Julien Moreau', 'contact@comptoir-filatiers.fr')
    body = ('Bonjour Sophie,\n\nJe n\'ai pas encore pu payer, la trésorerie est vraiment tendue ce mois-ci '
            '(les travaux de la terrasse ont coûté plus que prévu). Je vous fais un premier virement de 500 € '
            'lundi et le solde avant le 20.\n\nDésolé pour le retard,\nJulien\nLe Comptoir des Filatiers\n\n'
            + r.quote_gmail())
    add('comptoir_filatiers_fr_pas_encore_pu_payer.eml', H, message(
        r.reply_headers(frm, when('thu', 23, 11), 'comptoir-filatiers.fr'), part('text/plain', body)),
        'fr', 'Le Comptoir des Filatiers', 'negation "pas encore pu payer", split payment',
        facts='promise_date=2026-12-07', notes='first 500 € Monday 7 Dec, balance "avant le 20" (2026-12-20)')

    # 21 tu, "ce soir"
    r = Rem(417, '310,00', '20/11/2026', when('mon', 8, 50), 'Salut Max')
    frm = addr('Max Roux', 'max@rouxandco.studio')
    body = ('Salut Sophie,\n\nAïe désolé, j\'avais complètement zappé ! Je te fais le virement ce soir.\n\n'
            'Bises et encore merci pour les textes du site\nMax\n\n' + r.quote_gmail())
    add('roux_fr_tu_virement_ce_soir.eml', H, message(
        r.reply_headers(frm, when('thu', 12, 40), 'rouxandco.studio'), part('text/plain', body)),
        'fr', 'Roux & Co Studio', 'informal tu, "ce soir"', facts='promise_date=2026-12-03')

    # 22 forward to colleague, owner in Cc
    r = Rem(407, '860,00', '12/11/2026', when('mon', 8, 51), 'Bonjour Monsieur Lamarque')
    frm = addr('Thierry Lamarque', 't.lamarque@lamarque-transports.fr')
    body = ('Martine,\n\nPeux-tu regarder pourquoi cette facture n\'est pas partie ? Le travail a bien été livré '
            'en octobre (plaquette + site). Merci de la régler rapidement et de tenir Sophie au courant.\n\n'
            'Thierry\n\n-----Message d\'origine-----\n' + r.quote_outlook('Thierry Lamarque').split('-----Message d\'origine-----\n', 1)[1])
    add('lamarque_fr_fwd_to_accounts_owner_cc.eml', H, message(
        r.reply_headers(frm, when('mon', 10, 5), 'lamarque-transports.fr', subj_prefix='TR: ',
                        to=addr('Martine Soulé', 'compta@lamarque-transports.fr'), cc=OWNER_TO, refs=True),
        part('text/plain', body, cs='windows-1252')),
        'fr', 'Lamarque Transports', 'forward to colleague, owner in Cc, no promise')

    # 23 reply from a personal address, fresh subject
    frm = addr('Sébastien Pujol', 'seb.pujol@mail.example.net')
    body = ('Bonjour Sophie,\n\nJe vous réponds depuis ma boîte perso, je n\'ai pas accès au bureau cette '
            'semaine (chantier à Rodez). J\'ai bien vu votre relance pour la facture F-2026-0413 de Pujol '
            'Paysages : le paiement part mardi.\n\nSébastien\n')
    add('pujol_fr_personal_address_mardi.eml', H, message(
        [('From', frm), ('To', OWNER), ('Subject', 'facture Pujol Paysages'), ('Date', date_hdr(when('fri', 7, 20))),
         ('Message-ID', mid('pujol', 'mail.example.net'))], part('text/plain', body, cte='8bit')),
        'fr', 'Pujol Paysages', 'fresh message from a different (personal) address, no threading',
        facts='promise_date=2026-12-08', notes='reminder went to s.pujol@pujol-paysages.fr')

    # 24 long English disclaimer, BACS/SEPA run 8 December
    r = Rem(426, '1,650.00', '27 November 2026', when('tue', 8, 30), 'Dear Accounts Payable team', lang='en')
    frm = addr('Priya Raman', 'priya.raman@northbridge-analytics.co.uk')
    disc = ('\n\n-- \nPriya Raman | Accounts Payable Analyst\nNorthbridge Analytics Ltd | 3rd Floor, 20 Canal Street, '
            'Manchester M1 3HE\nT +44 161 555 0142\n\n'
            'This email and any attachments are confidential and may be legally privileged. They are intended '
            'solely for the use of the addressee. If you are not the intended recipient, please notify the '
            'sender immediately and delete this email from your system; you must not copy, distribute or '
            'take any action in reliance on it. Northbridge Analytics Ltd does not accept liability for any '
            'loss or damage caused by software viruses. Emails may be monitored for compliance and '
            'security purposes. Northbridge Analytics Ltd is registered in England and Wales, company number '
            '09876543, registered office as above. VAT GB 234 5678 90.\n\n'
            'Please consider the environment before printing this email.\n')
    body = ('Dear Sophie,\n\nThank you for your email. Invoice INV-0426 has been approved and is scheduled '
            'for payment in our SEPA run on 8 December 2026.\n\nPlease note our standard terms are 30 days '
            'from receipt of a valid invoice.\n\nKind regards,' + disc
            + r.quote_outlook_en('Accounts Payable <ap@northbridge-analytics.co.uk>'))
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Arial;font-size:10pt">'
            + text_to_html_p(body.split('\n________________')[0]) + '<div style="border-top:1px solid #ccc">'
            + text_to_html_p(r.quote_outlook_en('Accounts Payable <ap@northbridge-analytics.co.uk>')) + '</div></div></body></html>')
    add('northbridge_en_ap_legal_disclaimer_8dec.eml', H, message(
        r.reply_headers(frm, when('wed', 13, 2, tzh=0), 'northbridge-analytics.co.uk', subj_prefix='RE: ',
                        extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
        multipart('alternative', [part('text/plain', body), part('text/html', html)], 'northbridge'), crlf=True),
        'en', 'Northbridge Analytics Ltd', 'AP analyst, long legal disclaimer, multipart Outlook',
        facts='promise_date=2026-12-08')

    # 25 question about VAT
    r = Rem(423, '480,00', '20/11/2026', when('mon', 8, 52), 'Bonjour Aurélie')
    frm = addr('Aurélie Cassagne', 'aurelie@cassagne-fleurs.fr')
    body = ('Bonjour Sophie,\n\nMa comptable me pose une question avant de passer la facture : je ne vois '
            'pas de TVA dessus, c\'est normal ? Si vous êtes en franchise, il faudrait la mention '
            '« TVA non applicable, art. 293 B du CGI », sinon elle ne veut pas l\'enregistrer.\n\n'
            'Merci de me dire,\nAurélie\nCassagne Fleurs – Albi\n\n' + r.quote_apple())
    add('cassagne_fr_question_tva.eml', H, message(
        r.reply_headers(frm, when('mon', 16, 20), 'cassagne-fleurs.fr'), part('text/plain', body)),
        'fr', 'Cassagne Fleurs', 'plain question about VAT mention, no promise')

    # 26 complaint about the reminders
    r = Rem(406, '920,00', '15/11/2026', when('mon', 8, 53), 'Bonjour Monsieur Fabre', n=3)
    frm = addr('Gérard Fabre', 'g.fabre@fabre-cycles.fr')
    body = ('Madame,\n\nTroisième relance en quinze jours : je trouve le procédé franchement désagréable. '
            'Nous travaillons ensemble depuis quatre ans et nous avons toujours payé. Vous serez payée, '
            'comme d\'habitude, quand la comptable sera revenue.\n\nG. Fabre\nFabre Cycles – Castres\n\n'
            + r.quote_gmail())
    add('fabre_fr_complaint_third_reminder.eml', H, message(
        r.reply_headers(frm, when('tue', 18, 30), 'fabre-cycles.fr'), part('text/plain', body)),
        'fr', 'Fabre Cycles', 'complaint about tone, vague "vous serez payée", no date, no dispute')

    # 27 accounting dept, "échéance fournisseurs du 10 décembre"
    r = Rem(424, '1 320,00', '28/11/2026', when('mon', 8, 54), 'Madame, Monsieur')
    frm = addr('Comptabilité Biscuiterie Lacaze', 'compta@biscuiterie-lacaze.fr')
    body = ('Bonjour,\n\nVotre facture F-2026-0424 est bien enregistrée. Elle partira avec notre échéance '
            'fournisseurs du 10 décembre (règlement par virement).\n\nService Comptabilité\n'
            'Biscuiterie Lacaze - ZA du Perget, 31770 Colomiers\n')
    add('lacaze_fr_echeance_10_decembre.eml', H, message(
        r.reply_headers(frm, when('mon', 15, 6), 'biscuiterie-lacaze.fr', subj_prefix='RE : '),
        part('text/plain', body, cs='iso-8859-1')),
        'fr', 'Biscuiterie Lacaze', 'accounting department, supplier payment cycle date', facts='promise_date=2026-12-10')

    # 28 "la semaine prochaine"
    r = Rem(428, '760,00', '25/11/2026', when('tue', 9, 0), 'Bonjour Damien')
    frm = addr('Damien Coste', 'damien.coste@coste-immobilier.fr')
    add('coste_fr_semaine_prochaine.eml', H, message(
        r.reply_headers(frm, when('wed', 8, 12), 'coste-immobilier.fr'),
        part('text/plain', 'Bonjour,\n\nJe m\'en occupe la semaine prochaine sans faute.\n\nDamien Coste\n'
             'Coste Immobilier\n\n' + r.quote_gmail())),
        'fr', 'Coste Immobilier', '"la semaine prochaine"', facts='promise_date=week_of_2026-12-07')

    # 29 English already paid 20 Nov with reference
    r = Rem(442, '2,050.00', '15 November 2026', when('tue', 8, 31), 'Dear Greenleaf accounts team', lang='en')
    frm = addr('Greenleaf Accounts', 'accounts@greenleaf-hospitality.co.uk')
    body = ('Hello,\n\nWe paid INV-0442 on 20 November by SEPA transfer, our payment reference GLH-PAY-44821. '
            'It may show on your statement as "GREENLEAF HOSP". Please check with your bank and let us know '
            'if you still cannot find it.\n\nRegards,\nDaniel\nAccounts, Greenleaf Hospitality Group\n\n'
            + r.quote_gmail_en())
    add('greenleaf_en_paid_20_november_ref.eml', H, message(
        r.reply_headers(frm, when('thu', 10, 30, tzh=0), 'greenleaf-hospitality.co.uk'), part('text/plain', body)),
        'en', 'Greenleaf Hospitality Group', 'already paid, date and reference', facts='already_paid=2026-11-20')

    # 30 English, resend invoice with PO
    r = Rem(443, '1,250.00', '25 November 2026', when('mon', 8, 55), 'Dear Mr Kessler', lang='en')
    frm = addr('Daniel Kessler', 'd.kessler@alpenlicht-leuchten.de')
    body = ('Dear Ms Marchetti-Roy,\n\ncould you please resend INV-0443 as a PDF showing our purchase order '
            'number 4500193877? Our AP system automatically rejects invoices without a PO, which is why it '
            'has not been paid yet.\n\nBest regards\nDaniel Kessler\nMarketing Europe\nAlpenlicht Leuchten GmbH, '
            'Rosenheim\n\n' + r.quote_gmail_en())
    add('alpenlicht_en_resend_invoice_with_po.eml', H, message(
        r.reply_headers(frm, when('tue', 9, 18), 'alpenlicht-leuchten.de', subj_prefix='AW: '), part('text/plain', body)),
        'en', 'Alpenlicht Leuchten GmbH', 'German client writing English, AW: prefix, PO number needed',
        facts='request_invoice=yes')

    # 31 "nous ne refusons pas de payer" + dispute on quantities
    r = Rem(430, '1 560,00', '20/11/2026', when('mon', 8, 56), 'Madame Arnaud')
    frm = addr('Camille Arnaud', 'c.arnaud@tourisme-coeurdegascogne.fr')
    body = ('Bonjour Sophie,\n\nNous ne refusons pas de payer, mais la facture F-2026-0430 mentionne 12 articles '
            'de blog alors que 8 ont été livrés et validés (les 4 autres ont été annulés d\'un commun accord '
            'en octobre). Le montant ne correspond donc pas.\n\nMerci de nous adresser un avoir ou une '
            'facture rectifiée, que nous réglerons à réception.\n\nCamille Arnaud\nResponsable communication\n'
            'Office de Tourisme Cœur de Gascogne\n\n' + r.quote_gmail())
    add('coeur_gascogne_fr_ne_refusons_pas_mais_quantites.eml', H, message(
        r.reply_headers(frm, when('tue', 11, 48), 'tourisme-coeurdegascogne.fr'), part('text/plain', body)),
        'fr', 'Office de Tourisme Cœur de Gascogne', 'disputes quantity despite "nous ne refusons pas de payer"',
        facts='dispute=yes', notes='asks for a corrected invoice/credit note, not a resend of the same invoice')

    # 32 iPhone "demain matin"
    r = Rem(401, '450,00', '05/11/2026', when('mon', 8, 57), 'Bonjour Stéphanie', n=2)
    frm = addr('Stéphanie Rey', 'stephanie.rey@rey-osteo.fr')
    add('rey_fr_iphone_demain_matin.eml', H, message(
        r.reply_headers(frm, when('mon', 21, 47), 'rey-osteo.fr', extra=[('X-Mailer', 'iPhone Mail (22B91)')]),
        part('text/plain', 'Bonsoir, désolée je règle demain matin.\n\nEnvoyé de mon iPhone\n\n' + r.quote_apple())),
        'fr', 'Cabinet Rey Ostéopathie', 'short iPhone reply, "demain matin"', facts='promise_date=2026-12-01')

    # 33 ISO-8859-15 cheque posted "lundi"
    r = Rem(404, '540,00', '10/11/2026', when('fri27', 9, 0), 'Bonjour Monsieur Authié')
    frm = addr('Bernard Authié', 'bernard.authie@gaec-authie.fr', cs='iso-8859-1')
    body = ('Bonjour,\n\nJ\'ai posté le chèque de 540 € lundi, vous devriez le recevoir ces jours-ci.\n\n'
            'Cordialement\nB. Authié\nGAEC Authié - Élevage et vente directe, Lacaune\n')
    add('authie_fr_cheque_poste_lundi_latin9.eml', H, message(
        [('From', frm), ('To', OWNER), ('Subject', hdr('Re: ' + r.subject, 'iso-8859-1')),
         ('Date', date_hdr(when('wed', 13, 3))), ('Message-ID', mid('authie', 'gaec-authie.fr')),
         ('In-Reply-To', r.msgid), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')],
        part('text/plain', body, cs='iso-8859-15')),
        'fr', 'GAEC Authié', 'ISO-8859-15 (euro sign 0xA4), Outlook Express, cheque sent Monday',
        facts='already_paid=2026-11-30', notes='cheque posted, not yet cashed: a claim of payment')

    # 34 tu, asks IBAN
    r = Rem(429, '280,00', '25/11/2026', when('tue', 9, 1), 'Coucou Inès')
    frm = addr('Inès Gimenez', 'ines@gimenez-ceramique.fr')
    body = ('Coucou Sophie !\n\nTu peux me redonner ton IBAN ? J\'ai changé de banque le mois dernier et j\'ai '
            'perdu tous mes bénéficiaires enregistrés… Je te paie dès que je l\'ai.\n\nBisous\nInès\n\n' + r.quote_gmail())
    add('gimenez_fr_tu_redonner_iban.eml', H, message(
        r.reply_headers(frm, when('tue', 13, 58), 'gimenez-ceramique.fr'), part('text/plain', body)),
        'fr', 'Gimenez Céramique', 'informal, asks IBAN again', facts='request_rib=yes')

    # 35 English "Thanks, noted"
    r = Rem(422, '890.00', '27 November 2026', when('tue', 8, 32), 'Hello Ana', lang='en')
    frm = addr('Ana Sousa', 'ana.sousa@lumen-hostels.pt')
    add('lumen_en_thanks_noted.eml', H, message(
        r.reply_headers(frm, when('tue', 9, 2, tzh=0), 'lumen-hostels.pt'),
        part('text/plain', 'Thanks, noted.\n\nAna\n\nSent from Outlook for Android\n\n' + r.quote_outlook_en('Ana Sousa'), cte='7bit')),
        'en', 'Lumen Hostels', 'two words, Outlook for Android')

    # 36 proposes two instalments
    r = Rem(413, '1 240,00', '20/11/2026', when('mon', 8, 58), 'Bonjour Monsieur Lafon')
    frm = addr('Vincent Lafon', 'vincent@lafon-primeurs.fr')
    body = ('Bonjour Madame,\n\nSerait-il possible de régler en deux fois ? Je vous propose 600 € le 10 décembre '
            'et le reste (640 €) le 10 janvier. Dites-moi si ça vous va.\n\nCordialement,\nVincent Lafon\n'
            'SARL Lafon Primeurs – MIN de Toulouse\n\n' + r.quote_gmail())
    add('lafon_fr_propose_deux_fois.eml', H, message(
        r.reply_headers(frm, when('thu', 6, 45), 'lafon-primeurs.fr'), part('text/plain', body)),
        'fr', 'SARL Lafon Primeurs', 'proposes an instalment plan, first date 10 Dec',
        facts='promise_date=2026-12-10', notes='a proposal asking agreement; second instalment 2027-01-10')

    # 37 no longer in charge
    r = Rem(400, '2 900,00', '05/11/2026', when('mon', 8, 59), 'Bonjour Madame Belkacem', n=2)
    frm = addr('Nadia Belkacem', 'nadia.belkacem@ferrand-immobilier.fr')
    body = ('Bonjour,\n\nJe ne m\'occupe plus de ce dossier depuis mon changement de poste en septembre. '
            'Merci d\'écrire directement à comptabilite@ferrand-immobilier.fr, je les mets en copie.\n\n'
            'Bonne journée,\nNadia Belkacem\nFerrand Immobilier – Direction commerciale\n\n' + r.quote_gmail())
    add('ferrand_fr_plus_en_charge.eml', H, message(
        r.reply_headers(frm, when('mon', 11, 26), 'ferrand-immobilier.fr',
                        cc=addr('Comptabilité Ferrand', 'comptabilite@ferrand-immobilier.fr')),
        part('text/plain', body)),
        'fr', 'Ferrand Immobilier', 'person redirects to accounting (human, not an autoreply)')

    # 38 mailing-list post by a person
    frm = addr('Élodie Carrère', 'elodie@carrere-graphisme.fr')
    body = ('Bonjour à toutes et tous,\n\nJe cherche un·e rédacteur·rice bilingue français/espagnol pour un client '
            '(domaine viticole du côté de Limoux) qui refait son site et ses fiches produits. Démarrage mi-janvier, '
            'une dizaine de jours de travail étalés sur deux mois.\n\nSi ça vous intéresse ou si vous avez '
            'quelqu\'un à recommander, écrivez-moi en direct.\n\nÉlodie\nCarrère Graphisme – Carcassonne\n\n'
            '_______________________________________________\nFreelances-Occitanie mailing list\n'
            'freelances-occitanie@lists.example.org\nhttps://lists.example.org/mailman/listinfo/freelances-occitanie\n')
    add('freelances_occitanie_list_post_cherche_redacteur.eml', H, message(
        [('From', frm), ('To', 'freelances-occitanie@lists.example.org'),
         ('Subject', hdr('[Freelances-Occitanie] Cherche rédacteur·rice FR/ES pour domaine viticole')),
         ('Date', date_hdr(when('wed', 16, 4))), ('Message-ID', mid('carrere', 'carrere-graphisme.fr')),
         ('List-Id', 'Freelances d\'Occitanie <freelances-occitanie.lists.example.org>'),
         ('List-Unsubscribe', '<https://lists.example.org/mailman/options/freelances-occitanie>, '
                              '<mailto:freelances-occitanie-request@lists.example.org?subject=unsubscribe>'),
         ('List-Post', '<mailto:freelances-occitanie@lists.example.org>'), ('Precedence', 'list'),
         ('Sender', '"Freelances-Occitanie" <freelances-occitanie-bounces@lists.example.org>'),
         ('Errors-To', 'freelances-occitanie-bounces@lists.example.org')],
        part('text/plain', body)),
        'fr', 'lists.example.org', 'Mailman list post written by a person (Precedence: list)')

    # 39 peer proposing collaboration
    frm = addr('Yann Le Goff', 'yann@legoff-photo.fr')
    body = ('Salut Sophie,\n\nOn s\'est croisés au salon Vinomed à Montpellier (je faisais les photos du stand '
            'Saint-Chinian). Je monte un projet pour un domaine à Fronton : nouveau site, fiches techniques, '
            'brochure export. Ils cherchent quelqu\'un pour les textes en FR et en IT.\n\n'
            'Tu serais dispo en janvier ? On peut s\'appeler la semaine prochaine si ça te dit.\n\n'
            'Yann\n06 88 21 47 05\nlegoff-photo.fr\n')
    add('legoff_fr_peer_collaboration.eml', H, message(
        [('From', frm), ('To', OWNER_TO), ('Subject', 'Projet domaine à Fronton – textes FR/IT ?'),
         ('Date', date_hdr(when('wed', 18, 22))), ('Message-ID', mid('legoff', 'legoff-photo.fr'))],
        multipart('alternative', [part('text/plain', body),
                                  part('text/html', '<div dir="ltr">' + text_to_html_p(body) + '</div>')], 'legoff',
                  boundary='000000000000a3c1f20626c0b7e1')),
        'fr', 'Le Goff Photo', 'person writing about new work, not an invoice')

    # 40 HTML-only Outlook English, "by end of month"
    r = Rem(431, '980.00', '20 November 2026', when('mon', 9, 0), 'Hi Rachel', lang='en')
    frm = addr('Rachel Owens', 'rachel.owens@brightwaterstudios.ie')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            '<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            'Hi Sophie,</div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Apologies, I have '
            'forwarded your invoice to our accounts payable team. They should process it by end of month.</div>'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Best,<br>Rachel</div>'
            '<div id="Signature"><p style="font-size:9pt;color:#666">Rachel Owens | Office Manager<br>'
            'Brightwater Studios | Unit 4, Grand Canal Quay, Dublin 2</p></div>'
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Sophie Marchetti-Roy '
            '&lt;sophie@marchetti-roy.fr&gt;<br><b>Sent:</b> Monday, November 30, 2026 9:00 AM<br><b>To:</b> Rachel Owens '
            '&lt;rachel.owens@brightwaterstudios.ie&gt;<br><b>Subject:</b> ' + html_escape(r.subject) +
            '</font><div>&nbsp;</div></div><div>' + text_to_html_p(r.text()) + '</div></body></html>')
    add('brightwater_en_outlook_html_end_of_month.eml', H, message(
        r.reply_headers(frm, when('tue', 10, 11, tzh=0), 'brightwaterstudios.ie', subj_prefix='RE: ',
                        extra=[('Content-Language', 'en-IE'), ('X-MS-Has-Attach', '')]),
        part('text/html', html, cte='base64'), crlf=True),
        'en', 'Brightwater Studios', 'HTML-only new Outlook, base64, "by end of month" (third party AP)',
        facts='promise_date=2026-12-31', notes='vague: AP "should process it by end of month"')

    # 41 curt already paid
    r = Rem(432, '1 400,00', '20/11/2026', when('thu', 8, 0), 'Bonjour Monsieur Dupuy', n=2)
    frm = addr('Francis Dupuy', 'f.dupuy@dupuy-vins.fr')
    add('dupuy_fr_regle_depuis_longtemps.eml', H, message(
        r.reply_headers(frm, when('fri', 8, 9), 'dupuy-vins.fr'),
        part('text/plain', 'C\'est réglé depuis longtemps, vérifiez vos comptes.\n\nF. Dupuy\n\n' + r.quote_gmail())),
        'fr', 'Dupuy Vins', 'curt "réglé depuis longtemps", no date', facts='already_paid=claimed')

    # 42 Spanish "esta semana", tú
    r = Rem(433, '720,00', '20/11/2026', when('mon', 9, 1), 'Hola Sergio', lang='es')
    frm = addr('Sergio Navarro', 'sergio@navarroyasociados.es')
    add('navarro_es_esta_semana.eml', H, message(
        r.reply_headers(frm, when('tue', 19, 30), 'navarroyasociados.es'),
        part('text/plain', 'Perdona el retraso, Sophie. Te hago la transferencia esta semana sin falta.\n\n'
             'Sergio\n\nEnviado desde mi iPhone\n')),
        'es', 'Navarro y Asociados', 'Spanish, "esta semana", iPhone, no quote', facts='promise_date=week_of_2026-11-30')

    # 43 Italian "entro venerdì"
    r = Rem(434, '1 050,00', '25/11/2026', when('tue', 9, 2), 'Gentile Francesca', lang='it')
    frm = addr('Francesca Moretti', 'f.moretti@agriturismo-poggiobasso.it')
    add('poggiobasso_it_entro_venerdi.eml', H, message(
        r.reply_headers(frm, when('wed', 11, 4), 'agriturismo-poggiobasso.it'),
        part('text/plain', 'Ricevuto, grazie. Provvediamo al pagamento entro venerdì.\n\nFrancesca Moretti\n'
             'Agriturismo Poggio Basso – Montalcino\n\n'
             'Il giorno mar 1 dic 2026 alle ore 09:02 ' + OWNER_NAME + ' <' + OWNER + '> ha scritto:\n' + r.gt() + '\n')),
        'it', 'Agriturismo Poggio Basso', 'Italian, "entro venerdì"', facts='promise_date=2026-12-04')

    # 44 fresh question on payment terms
    frm = addr('Benoît Carayon', 'benoit@carayon-bio.fr')
    body = ('Bonjour Sophie,\n\nAvant de valider ta facture F-2026-0435 : le délai c\'est 30 jours date de facture '
            'ou 30 jours fin de mois ? Et est-ce que tu acceptes un paiement par carte via un lien, c\'est plus '
            'simple pour nous.\n\nMerci,\nBenoît\nCarayon Bio – Épicerie vrac, Toulouse Saint-Cyprien\n')
    add('carayon_fr_question_delai_paiement.eml', H, message(
        [('From', frm), ('To', OWNER_TO), ('Subject', 'Question facture novembre'),
         ('Date', date_hdr(when('mon', 12, 15))), ('Message-ID', mid('carayon', 'carayon-bio.fr'))],
        part('text/plain', body)),
        'fr', 'Carayon Bio', 'fresh mail, questions on terms and card payment')

    # 45 English dispute, won't pay
    r = Rem(444, '3,200.00', '20 November 2026', when('tue', 8, 33), 'Hi Mark', lang='en')
    frm = addr('Mark Whitfield', 'mark@tidewayapps.com')
    body = ('Sophie,\n\nWe will not be paying INV-0444 until the landing page copy, which was part of the '
            'agreed scope, is delivered. As far as we are concerned the project is not finished, and I '
            'raised this with you on the 12th.\n\nMark Whitfield\nCOO, Tideway Apps Ltd\n\n' + r.quote_gmail_en())
    add('tideway_en_dispute_scope_not_delivered.eml', H, message(
        r.reply_headers(frm, when('thu', 17, 55, tzh=0), 'tidewayapps.com'), part('text/plain', body)),
        'en', 'Tideway Apps Ltd', 'English dispute, refuses to pay', facts='dispute=yes')

    # 46 law firm, "après-demain", French confidentiality disclaimer
    r = Rem(436, '1 800,00', '27/11/2026', when('mon', 9, 3), 'Maître')
    frm = addr('Laurence Py', 'l.py@py-avocats.fr')
    body = ('Bonjour Madame,\n\nJe viens de programmer le virement ; il partira après-demain (date d\'exécution '
            'différée).\n\nBien à vous,\n\nLaurence Py\nAvocat associé – SELARL Py & Associés\n'
            '27 allées Jean-Jaurès – 31000 Toulouse\nTél. 05 34 41 22 00\n\n'
            'Ce message et les éventuelles pièces jointes sont couverts par le secret professionnel de l\'avocat '
            'et sont confidentiels. Ils sont établis à l\'intention exclusive de leurs destinataires. Toute '
            'utilisation ou diffusion non autorisée est interdite. Si vous n\'êtes pas destinataire de ce '
            'message, merci de le détruire et d\'avertir immédiatement l\'expéditeur.\n'
            + r.quote_outlook('Laurence Py'))
    add('py_avocats_fr_apres_demain_secret_pro.eml', H, message(
        r.reply_headers(frm, when('mon', 16, 48), 'py-avocats.fr', subj_prefix='RE: '),
        part('text/plain', body, cs='windows-1252'), crlf=True),
        'fr', 'SELARL Py & Associés', 'law firm, "après-demain", professional secrecy disclaimer',
        facts='promise_date=2026-12-02')

    # 47 Thunderbird format=flowed, date "18/12"
    r = Rem(437, '2 480,00', '30/11/2026', when('wed', 9, 0), 'Bonjour Monsieur Roques')
    frm = addr('Xavier Roques', 'x.roques@roques-distribution.fr')
    body = ('Bonjour,\n\nVirement programmé au 18/12 comme convenu avec votre \ncollègue au téléphone, '
            'merci de ne plus nous relancer d\'ici là.\n\nCordialement,\n\n-- \nXavier Roques\nRoques Distribution '
            '– Auch\n\nLe 02/12/2026 à 09:00, Sophie Marchetti-Roy a écrit :\n' + r.gt() + '\n')
    add('roques_fr_virement_programme_18_12.eml', H, message(
        r.reply_headers(frm, when('fri', 9, 31), 'roques-distribution.fr',
                        extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'fr')]),
        part('text/plain', body, params='; format=flowed', cte='8bit')),
        'fr', 'Roques Distribution', 'format=flowed, numeric date "18/12"', facts='promise_date=2026-12-18')

    # 48 base64 body + signed PO attached, asks to re-issue invoice
    r = Rem(438, '610,00', '27/11/2026', when('tue', 9, 3), 'Bonjour Madame Mercier')
    frm = addr('Anne-Sophie Mercier', 'as.mercier@mercier-optique.fr')
    txt = ('Bonjour,\n\nVoici notre bon de commande signé (BC-2026-311). Pouvez-vous réémettre la facture '
           'F-2026-0438 en mentionnant ce numéro ? Sans lui notre siège ne peut pas la mettre en paiement.\n\n'
           'Merci,\nAnne-Sophie Mercier\nMercier Optique – Muret\n')
    pdf = mini_pdf(['BON DE COMMANDE BC-2026-311', 'Mercier Optique SAS - 31600 Muret',
                    'Fournisseur : Marchetti-Roy Conseil', 'Objet : redaction newsletter clients (3 numeros)',
                    'Montant HT : 610,00 EUR', 'Bon pour accord - signe le 02/12/2026'])
    add('mercier_fr_base64_bc_signe_reemettre.eml', H, message(
        r.reply_headers(frm, when('thu', 14, 20), 'mercier-optique.fr',
                        extra=[('X-Mailer', 'Zimbra 9.0.0_GA_4579 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4579)')]),
        multipart('mixed', [part('text/plain', txt, cte='base64'),
                            attach('application/pdf', 'BC-2026-311_signe.pdf', pdf)], 'mercier')),
        'fr', 'Mercier Optique', 'base64 text body, PO PDF attached, asks re-issued invoice',
        facts='request_invoice=yes')

    # 49 asks to confirm receipt of last week's payment
    r = Rem(439, '1 100,00', '25/11/2026', when('thu', 9, 4), 'Bonjour Thomas')
    frm = addr('Thomas Girard', 'thomas@girard-evenements.fr')
    body = ('Bonjour Sophie,\n\nÉtonné de votre relance : notre comptable m\'assure que le paiement est parti la '
            'semaine dernière. Pouvez-vous me confirmer que vous l\'avez bien reçu ?\n\nThomas Girard\n'
            'Girard Événements\n\n' + r.quote_gmail())
    add('girard_fr_paye_semaine_derniere_confirmer.eml', H, message(
        r.reply_headers(frm, when('fri', 10, 44), 'girard-evenements.fr'), part('text/plain', body)),
        'fr', 'Girard Événements', 'already paid "la semaine dernière" (no exact date)', facts='already_paid=claimed',
        notes='"la semaine dernière" = week of 2026-11-23, no day given')

# ================================================================ payment notifications
P = 'payment_notification'


def pn(file, headers, body, lang, provider, pattern, direction, amount, currency, payer='', reference='',
       value_date='', counts='no', notes='', crlf=False, facts=''):
    add(file, P, message(headers, body, crlf=crlf), lang, provider, pattern, provider=provider, direction=direction,
        amount=amount, currency=currency, payer=payer, reference=reference, value_date=value_date, counts=counts,
        notes=notes, facts=facts)


def base_h(frm, subj, dt, domain, tag, to=OWNER_TO, extra=()):
    return [('From', frm), ('To', to), ('Subject', hdr(subj)), ('Date', date_hdr(dt)),
            ('Message-ID', mid(tag, domain))] + list(extra)


# -- Qonto: purple header, "Compte principal", app-style short notices
def qonto_html(title, lines, cta='Voir la transaction'):
    rows = ''.join('<tr><td style="color:#6d6d6d;padding:6px 0">%s</td><td align="right" style="padding:6px 0">'
                   '<strong>%s</strong></td></tr>' % (html_escape(k), html_escape(v)) for k, v in lines)
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Qonto</title></head>'
            '<body style="margin:0;background:#f5f4f2;font-family:Inter,Helvetica,Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="560" style="background:#fff;border-radius:8px;margin:32px 0" cellpadding="32"><tr><td>'
            '<img src="https://static.qonto.com/email/logo-qonto.png" alt="Qonto" width="96"><h1 style="font-size:22px;'
            'color:#1d1d1b">' + html_escape(title) + '</h1><table width="100%">' + rows + '</table>'
            '<p><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:12px 20px;'
            'border-radius:4px;text-decoration:none">' + cta + '</a></p></td></tr></table>'
            '<p style="font-size:11px;color:#8a8a8a;width:560px">Vous recevez cet e-mail car les notifications sont '
            'activées pour votre compte Qonto. Vous pouvez les gérer depuis vos Paramètres &gt; Notifications.<br>'
            'Olinda SAS (Qonto), 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé par l\'ACPR.</p>'
            '</td></tr></table></body></html>')


def qonto_text(title, lines):
    return (title + '\n\n' + '\n'.join('%s : %s' % kv for kv in lines) +
            '\n\nVoir la transaction : https://app.qonto.com/transactions\n\n'
            'Vous recevez cet e-mail car les notifications sont activées pour votre compte Qonto.\n'
            'Olinda SAS (Qonto), 18 rue de Navarin, 75009 Paris.\n')


def stripe_mail(heading, paras, table, footer_reason, lang='en'):
    t = heading + '\n\n' + '\n\n'.join(paras) + '\n\n' + '\n'.join('%s: %s' % kv for kv in table)
    t += '\n\n' + footer_reason + '\n\nStripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n'
    h = ('<html><body style="background:#f6f9fc;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,'
         'sans-serif"><table align="center" width="600" style="background:#fff;padding:40px"><tr><td>'
         '<div style="font-size:20px;color:#32325d;font-weight:600">' + html_escape(heading) + '</div>'
         + ''.join('<p style="color:#525f7f;font-size:16px;line-height:24px">%s</p>' % html_escape(p) for p in paras)
         + '<table style="border-top:1px solid #e6ebf1;width:100%">'
         + ''.join('<tr><td style="color:#8898aa;font-size:12px;text-transform:uppercase">%s</td>'
                   '<td style="color:#525f7f">%s</td></tr>' % (html_escape(k), html_escape(v)) for k, v in table)
         + '</table><p style="color:#8898aa;font-size:12px">' + html_escape(footer_reason) + '</p>'
         '<p style="color:#8898aa;font-size:12px">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>'
         '</td></tr></table></body></html>')
    return t, h


def paypal_mail(title, intro, table, outro):
    t = title + '\n\n' + intro + '\n\n' + '\n'.join('%s\n%s\n' % kv for kv in table) + '\n' + outro + (
        '\n\nAide & Contact | Sécurité | Application\n\nPayPal ne vous demandera jamais vos mots de passe, '
        'numéros de carte ou réponses aux questions de sécurité par e-mail.\n\n'
        'Copyright © 1999-2026 PayPal, Inc. Tous droits réservés. PayPal (Europe) S.à r.l. et Cie, S.C.A. '
        '22-24 Boulevard Royal L-2449, Luxembourg.\n\nRéf. PPX001693:3f8a1c2b7d90e\n')
    h = ('<html><head><meta charset="UTF-8"></head><body style="font-family:PayPalOpen-Regular,Helvetica,Arial">'
         '<table width="600" align="center"><tr><td><img src="https://www.paypalobjects.com/digitalassets/c/'
         'system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="56" alt="PayPal">'
         '<h2 style="font-size:28px">' + html_escape(title) + '</h2><p>' + html_escape(intro) + '</p><table>'
         + ''.join('<tr><td style="padding:8px 0"><strong>%s</strong><br>%s</td></tr>' % (html_escape(k), html_escape(v))
                   for k, v in table) + '</table><p>' + html_escape(outro) + '</p><p style="font-size:11px;color:#6c7378">'
         'PayPal ne vous demandera jamais vos mots de passe, numéros de carte ou réponses aux questions de sécurité '
         'par e-mail.<br>Copyright © 1999-2026 PayPal, Inc. Tous droits réservés. PayPal (Europe) S.à r.l. et Cie, '
         'S.C.A. 22-24 Boulevard Royal L-2449, Luxembourg.</p><p style="font-size:10px">Réf. PPX001693:3f8a1c2b7d90e'
         '</p></td></tr></table></body></html>')
    return t, h


def alt(tag, t, h, cs='utf-8', cte='quoted-printable'):
    return multipart('alternative', [part('text/plain', t, cs=cs, cte=cte), part('text/html', h, cs=cs, cte=cte)], tag)


def build_payment():
    # ---------------------------------------------------------------- money in
    lines = [('Montant', '+ 1 480,00 €'), ('De', 'DOMAINE DU CLOS LAGARDE'),
             ('Référence', 'F-2026-0412 DOMAINE CLOS LAGARDE'), ('Compte', 'Compte principal'), ('Date', '04/12/2026')]
    title = 'Vous avez reçu un virement de 1 480,00 €'
    pn('qonto_in_virement_recu.eml',
       base_h('Qonto <no-reply@qonto.com>', title, when('fri', 15, 31), 'qonto.com', 'q1'),
       alt('q1', qonto_text(title, lines), qonto_html(title, lines)),
       'fr', 'Qonto', 'incoming SEPA transfer, key/value card', 'in', '1480.00', 'EUR',
       'DOMAINE DU CLOS LAGARDE', 'F-2026-0412 DOMAINE CLOS LAGARDE', '2026-12-04', 'yes')

    t = ('Bonne nouvelle Sophie !\n\nATELIER KOKORO SARL vient de vous envoyer 860,00 €.\n\n'
         'Libellé : Facture F-2026-0401\nReçu le : mardi 1 décembre 2026\nSur le compte : Marchetti-Roy Conseil\n\n'
         'Pensez à rapprocher cette recette de votre facture dans l\'onglet Factures, en un clic.\n\n'
         'L\'équipe Shine\n\nCe message vous est envoyé automatiquement, merci de ne pas y répondre. '
         'Une question ? Écrivez-nous depuis l\'application.\nShine SAS, 5 rue Charlot, 75003 Paris – '
         'établissement de paiement agréé par l\'ACPR (CIB 17328).\n')
    h = ('<html><body style="font-family:Helvetica,Arial;background:#fffaf2"><div style="max-width:520px;margin:auto;'
         'background:#fff;padding:28px;border-radius:12px"><p style="font-size:40px;margin:0">💸</p>'
         '<h1 style="font-size:24px">Bonne nouvelle Sophie !</h1><p><b>ATELIER KOKORO SARL</b> vient de vous envoyer '
         '<b style="color:#1e9e6a">860,00 €</b>.</p><p style="color:#777">Libellé : Facture F-2026-0401<br>'
         'Reçu le : mardi 1 décembre 2026<br>Sur le compte : Marchetti-Roy Conseil</p><p>Pensez à rapprocher cette '
         'recette de votre facture dans l\'onglet Factures, en un clic.</p><p>L\'équipe Shine</p><hr><p style="font-size:11px;'
         'color:#999">Ce message vous est envoyé automatiquement, merci de ne pas y répondre.<br>Shine SAS, 5 rue '
         'Charlot, 75003 Paris – établissement de paiement agréé par l\'ACPR (CIB 17328).</p></div></body></html>')
    pn('shine_in_bonne_nouvelle_emoji.eml',
       base_h('Shine <notifications@shine.fr>', '💸 Vous avez reçu 860,00 €', when('tue', 11, 2), 'shine.fr', 's1'),
       alt('s1', t, h), 'fr', 'Shine', 'emoji subject, "vient de vous envoyer"', 'in', '860.00', 'EUR',
       'ATELIER KOKORO SARL', 'Facture F-2026-0401', '2026-12-01', 'yes')

    t = ('BNP PARIBAS - ALERTE COMPTE\n\nMadame MARCHETTI-ROY,\n\nNous vous informons qu\'une opération créditrice '
         'd\'un montant de 3 600,00 EUR a été enregistrée le 01/12/2026 sur votre compte n° ****4521.\n\n'
         'Libellé : VIR SEPA RECU /DE DRFIP OCCITANIE ET DEPT HTE GARONNE /MOTIF MANDAT 2026-1874 FACT F-2026-0398 '
         '/REF 2026335000187\n\nSolde après opération : 6 918,44 EUR\n\nPour consulter le détail de vos opérations, '
         'connectez-vous à Mes Comptes sur mabanque.bnpparibas ou sur l\'application Mes Comptes.\n\n'
         'Ceci est un message automatique, merci de ne pas y répondre.\nBNP Paribas SA au capital de 2 261 621 342 EUR '
         '- 16 boulevard des Italiens 75009 Paris - RCS Paris 662 042 449 - ORIAS 07 022 735.\n')
    pn('bnp_in_alerte_operation_creditrice_drfip.eml',
       base_h('BNP Paribas <alertes@alertes.bnpparibas>', 'Alerte BNP Paribas : opération créditrice sur votre compte',
              when('wed', 6, 12), 'alertes.bnpparibas', 'b1'),
       part('text/plain', t, cs='iso-8859-1'),
       'fr', 'BNP Paribas', 'plain-text alert, public-sector payer (DRFIP) with mandat reference', 'in', '3600.00', 'EUR',
       'DRFIP OCCITANIE ET DEPT HTE GARONNE', 'MANDAT 2026-1874 FACT F-2026-0398', '2026-12-01', 'yes',
       notes='payer is the public accountant, not the town hall')

    t = ('Madame MARCHETTI-ROY SOPHIE,\n\nVous avez souhaité être alertée des opérations au crédit de votre compte.\n\n'
         'Compte : COMPTE COURANT PRO n° ********0847\nDate : 30/11/2026\nOpération : VIREMENT EN VOTRE FAVEUR\n'
         'Emetteur : EARL LES VIGNES DE BROUSSE\nLibellé : FACT F2026-0396\nMontant : + 1 920,00 EUR\n\n'
         'Crédit Agricole Toulouse 31 vous remercie de votre confiance.\n\n'
         'Cet e-mail est envoyé automatiquement. Merci de ne pas y répondre : pour nous contacter, utilisez la '
         'messagerie sécurisée de votre espace Crédit Agricole En Ligne.\n')
    pn('ca_toulouse31_in_alerte_credit_latin1.eml',
       base_h(addr('Crédit Agricole Toulouse 31', 'alertes@ca-toulouse31.fr', cs='iso-8859-1'),
              'Alerte sur votre compte : opération au crédit', when('mon', 7, 40), 'ca-toulouse31.fr', 'ca1'),
       part('text/plain', t, cs='iso-8859-1'),
       'fr', 'Crédit Agricole', 'regional bank alert, ISO-8859-1 QP, key/value lines', 'in', '1920.00', 'EUR',
       'EARL LES VIGNES DE BROUSSE', 'FACT F2026-0396', '2026-11-30', 'yes')

    t = ('Bonjour,\n\nUn virement de SARL HELIOS PAYSAGES a été crédité sur votre compte Pro se terminant par 3318.\n\n'
         'Pour en consulter le détail, connectez-vous à votre Espace Client Professionnels ou à l\'application '
         'SG Pro.\n\nÀ bientôt,\nSociété Générale\n\nCe message vous est adressé automatiquement. Merci de ne pas '
         'y répondre.\nSociété Générale, SA au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris - '
         'Siège social : 29 bd Haussmann, 75009 Paris.\n')
    pn('sg_in_amount_in_subject_only.eml',
       base_h('SG Pro <ne-pas-repondre@societegenerale.fr>', 'Virement reçu : +2 160,00 EUR', when('thu', 8, 3),
              'societegenerale.fr', 'sg1'),
       part('text/plain', t),
       'fr', 'Société Générale', 'amount only in the Subject, body gives payer only', 'in', '2160.00', 'EUR',
       'SARL HELIOS PAYSAGES', '', '', 'yes', notes='no reference and no date in the notice; value_date left empty')

    t = ('LCL - Alerte Virements\n\nBonjour,\n\n2 virements ont été reçus sur votre compte courant n° 0XXXX 0000123456A :\n\n'
         'Date       Libellé                                              Montant\n'
         '02/12/2026 VIR SEPA STUDIO ONDES F-2026-0414                      +540,00 EUR\n'
         '02/12/2026 VIR SEPA CATALA RENOVATION FACT F-2026-0408          +1 150,00 EUR\n\n'
         'Ceci est un message automatique, merci de ne pas y répondre.\nLCL - Le Crédit Lyonnais - SA au capital de '
         '2 037 713 591 € - SIREN 954 509 741 - RCS Lyon.\n')
    h = ('<html><body style="font-family:Arial;color:#1e2b4a"><table width="600" align="center" cellpadding="0">'
         '<tr><td style="background:#0a2b73;padding:16px;color:#fff;font-size:20px">LCL</td></tr><tr><td style="padding:20px">'
         '<p>Bonjour,</p><p><b>2 virements</b> ont été reçus sur votre compte courant n° 0XXXX 0000123456A :</p>'
         '<table width="100%" border="1" style="border-collapse:collapse;border-color:#dfe3ec" cellpadding="6">'
         '<tr style="background:#eef1f7"><th align="left">Date</th><th align="left">Libellé</th><th align="right">Montant</th></tr>'
         '<tr><td>02/12/2026</td><td>VIR SEPA STUDIO ONDES F-2026-0414</td><td align="right">+540,00 EUR</td></tr>'
         '<tr><td>02/12/2026</td><td>VIR SEPA CATALA RENOVATION FACT F-2026-0408</td><td align="right">+1 150,00 EUR</td></tr>'
         '</table><p style="font-size:11px;color:#777">Ceci est un message automatique, merci de ne pas y répondre.<br>'
         'LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 - RCS Lyon.</p>'
         '</td></tr></table></body></html>')
    pn('lcl_in_deux_virements_recus.eml',
       base_h('LCL <alertes@info.lcl.fr>', 'LCL - 2 virements reçus sur votre compte', when('wed', 18, 30),
              'info.lcl.fr', 'lcl1'),
       alt('lcl1', t, h), 'fr', 'LCL', 'plural notice, two transfers in one HTML table', 'in|in', '540.00|1150.00', 'EUR',
       'STUDIO ONDES|CATALA RENOVATION', 'F-2026-0414|FACT F-2026-0408', '2026-12-02|2026-12-02', 'yes',
       notes='two identified payers; counts_as_payment applies to each')

    t = ('La Banque Postale\nAvis d\'opération\n\nMadame Sophie MARCHETTI-ROY\n\nNous avons le plaisir de vous '
         'informer de l\'opération suivante sur votre Compte Courant Postal Pro :\n\n'
         '  Nature : Crédit - Virement SEPA reçu\n  Donneur d\'ordre : ASS LES AMIS DU CANAL DU MIDI\n'
         '  Motif : FACT F-2026-0393 BULLETIN\n  Montant : 720,00 €\n  Date de valeur : 03/12/2026\n\n'
         'Retrouvez le détail de vos opérations sur labanquepostale.fr ou l\'application La Banque Postale.\n\n'
         'Ce courriel est envoyé automatiquement. Nous vous remercions de ne pas y répondre.\n'
         'La Banque Postale - SA à Directoire et Conseil de Surveillance - 115 rue de Sèvres 75275 Paris Cedex 06.\n')
    pn('lbp_in_avis_operation_date_valeur.eml',
       base_h('La Banque Postale <avis-operation@labanquepostale.fr>', 'Avis d\'opération sur votre compte',
              when('thu', 10, 17), 'labanquepostale.fr', 'lbp1'),
       part('text/plain', t, cte='8bit'),
       'fr', 'La Banque Postale', '"Avis d\'opération", donneur d\'ordre, date de valeur', 'in', '720.00', 'EUR',
       'ASS LES AMIS DU CANAL DU MIDI', 'FACT F-2026-0393 BULLETIN', '2026-12-03', 'yes')

    t = ('CIC - Alerte mouvement\n\nBonjour,\n\nUn mouvement créditeur a été enregistré sur votre compte '
         '00020 1234501 (MARCHETTI-ROY CONSEIL) :\n\n01/12/2026  VIR HOTEL LES CAPITOULS SAS REGLT FACT 0397   '
         '2 650,00 EUR\n\nConnectez-vous à votre espace Filbanque pour plus de détails.\n\nCIC - Crédit Industriel '
         'et Commercial. Ce message est généré automatiquement, il ne peut être traité en réponse.\n'
         'Pour ne plus recevoir cette alerte, modifiez vos préférences dans Filbanque > Alertes.\n')
    pn('cic_in_alerte_mouvement_one_line.eml',
       base_h('CIC <alertes@cic.fr>', 'CIC - Alerte mouvement sur votre compte', when('tue', 7, 5), 'cic.fr', 'cic1'),
       part('text/plain', t, cs='iso-8859-1'),
       'fr', 'CIC', 'one statement-like line per movement, Filbanque alert', 'in', '2650.00', 'EUR',
       'HOTEL LES CAPITOULS SAS', 'REGLT FACT 0397', '2026-12-01', 'yes')

    t = ('Tu as reçu 650,00 €\n\nMarcello Conti t\'a envoyé de l\'argent sur ton compte N26 Business.\n\n'
         'Montant : 650,00 €\nDe : Marcello Conti\nRéférence : Fattura F-2026-0445\n\n'
         'Ouvre l\'app N26 pour voir les détails.\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. '
         'Tu reçois cet e-mail car tu as activé les notifications de transactions.\n')
    pn('n26_in_tu_as_recu_italian_payer.eml',
       base_h('N26 <no-reply@n26.com>', 'Tu as reçu 650,00 €', when('mon', 13, 9), 'n26.com', 'n261'),
       alt('n261', t, '<html><body style="font-family:Helvetica"><h2>Tu as reçu 650,00 €</h2>'
                      '<p><b>Marcello Conti</b> t\'a envoyé de l\'argent sur ton compte N26 Business.</p>'
                      '<p>Référence : Fattura F-2026-0445</p><p style="font-size:11px;color:#888">N26 Bank SE, '
                      'Voltairestraße 8, 10179 Berlin.</p></body></html>'),
       'fr', 'N26', 'tutoiement, Italian payer reference', 'in', '650.00', 'EUR', 'Marcello Conti',
       'Fattura F-2026-0445', '2026-11-30', 'yes')

    t = ('You received €2,400.00\n\nKESTREL MEDIA LTD sent €2,400.00 to your EUR account.\n\n'
         'Reference: INV-0446\nDate: 1 Dec 2026\n\nView transaction in the Revolut Business app.\n\n'
         'Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania. Please do not reply to this email.\n')
    pn('revolut_business_in_you_received.eml',
       base_h('Revolut Business <no-reply@revolut.com>', 'You received €2,400.00 from KESTREL MEDIA LTD',
              when('tue', 14, 44), 'revolut.com', 'rv1'),
       alt('rv1', t, '<html><body><h1 style="font-family:Arial">€2,400.00</h1><p>KESTREL MEDIA LTD sent €2,400.00 '
                      'to your EUR account.</p><p>Reference: INV-0446</p><p style="color:#999;font-size:11px">Revolut '
                      'Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.</p></body></html>'),
       'en', 'Revolut Business', 'English, payer in subject', 'in', '2400.00', 'EUR', 'KESTREL MEDIA LTD',
       'INV-0446', '2026-12-01', 'yes')

    t = ('Hi Sophie,\n\nYou\'ve received 900.00 GBP from HARBOUR LIGHT PUBLISHING LTD.\n\nIt\'s now in your GBP '
         'balance.\n\nReference: INV-0447\n\nSee details: https://wise.com/all-transactions\n\nThanks,\nThe Wise Team\n\n'
         'Wise Europe SA, Rue du Trône 100, 1050 Brussels. You\'re receiving this email because you have a Wise account.\n')
    pn('wise_in_gbp_received.eml',
       base_h('Wise <noreply@wise.com>', 'You\'ve received 900.00 GBP', when('wed', 16, 51), 'wise.com', 'w1'),
       alt('w1', t, '<html><body style="font-family:Inter,Arial"><p>Hi Sophie,</p><h2>You\'ve received 900.00 GBP '
                     'from HARBOUR LIGHT PUBLISHING LTD</h2><p>It\'s now in your GBP balance.</p><p>Reference: INV-0447</p>'
                     '<p>Thanks,<br>The Wise Team</p><p style="font-size:11px;color:#888">Wise Europe SA, Rue du Trône 100, '
                     '1050 Brussels.</p></body></html>'),
       'en', 'Wise', 'GBP into a multi-currency balance', 'in', '900.00', 'GBP', 'HARBOUR LIGHT PUBLISHING LTD',
       'INV-0447', '2026-12-02', 'yes')

    t, h = stripe_mail('Paiement réussi de 350,00 €',
                       ['Marchetti-Roy Conseil a reçu un paiement de 350,00 € de Camille Nogaret '
                        '(camille.nogaret@mail.example.net).'],
                       [('Montant', '350,00 €'), ('Date', '3 déc. 2026, 10:14'), ('Moyen de paiement', 'Visa •••• 4242'),
                        ('Description', 'Atelier écriture LinkedIn – 2 places'), ('ID', 'pi_3QhX2bLkdIwHu7ix0Kz9T1aM')],
                       'Vous recevez cet e-mail car vous avez activé les notifications de paiements réussis. '
                       'Gérez vos préférences dans le Dashboard.')
    pn('stripe_in_paiement_reussi_card.eml',
       base_h('Stripe <notifications@stripe.com>', 'Paiement de 350,00 € reçu de Camille Nogaret', when('thu', 10, 15),
              'stripe.com', 'st1'),
       alt('st1', t, h), 'fr', 'Stripe', 'card payment captured by PSP', 'in', '350.00', 'EUR', 'Camille Nogaret',
       'Atelier écriture LinkedIn – 2 places', '2026-12-03', 'yes', notes='funds reach the bank later in a payout')

    t, h = paypal_mail('Vous avez reçu un paiement', 'Lucia Ferrer vous a envoyé 480,00 € EUR.',
                       [('Note de Lucia Ferrer', 'Traducción web + revisión – gracias Sophie!'),
                        ('N° de transaction', '7KX41982HA553360T'), ('Date de la transaction', '30 novembre 2026'),
                        ('Montant reçu', '480,00 € EUR')],
                       'Le paiement a été ajouté à votre solde PayPal.')
    pn('paypal_in_vous_avez_recu_un_paiement.eml',
       base_h('service@paypal.fr', 'Vous avez reçu un paiement', when('mon', 19, 20), 'paypal.com', 'pp1',
              to='sophie@marchetti-roy.fr', extra=[('X-Email-Type-Id', 'PPX001693')]),
       alt('pp1', t, h), 'fr', 'PayPal', 'P2P/goods payment received, note in Spanish', 'in', '480.00', 'EUR',
       'Lucia Ferrer', '7KX41982HA553360T', '2026-11-30', 'yes')

    t = ('Payment confirmed\n\nHi Marchetti-Roy Conseil,\n\nThe payment below has been collected from your '
         'customer\'s bank account.\n\nCustomer: Association Danse en Lauragais\nAmount: €180.00\n'
         'Description: Adhésion communication – décembre\nCharge date: 4 December 2026\nPayment ID: PM01HXQ7K2R9AB\n\n'
         'It will be included in your next payout.\n\nGoCardless SAS, 45 rue Saint-Dominique, Paris. '
         'You are receiving this email because payment notifications are switched on for your account.\n')
    pn('gocardless_in_payment_confirmed.eml',
       base_h('GoCardless <notifications@gocardless.com>', 'Payment confirmed: €180.00 from Association Danse en Lauragais',
              when('fri', 9, 0), 'gocardless.com', 'gc1'),
       part('text/plain', t, cte='quoted-printable'),
       'en', 'GoCardless', 'direct debit collected from a client', 'in', '180.00', 'EUR',
       'Association Danse en Lauragais', 'PM01HXQ7K2R9AB', '2026-12-04', 'yes')

    t = ('Paiement accepté\n\nBonjour,\n\nUn nouveau paiement a été accepté sur votre compte PayPlug.\n\n'
         'Montant : 1 200,00 €\nClient : SAS Miellerie des Pyrénées (contact@miellerie-pyrenees.fr)\n'
         'Référence marchand : F-2026-0392\nMoyen de paiement : CB •••• 0157\nDate : 02/12/2026 14:27\n\n'
         'L\'équipe PayPlug\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n')
    pn('payplug_in_paiement_accepte.eml',
       base_h('PayPlug <noreply@payplug.com>', 'Paiement accepté - 1 200,00 €', when('wed', 14, 28), 'payplug.com', 'ppl1'),
       part('text/plain', t),
       'fr', 'PayPlug', 'card payment accepted, merchant reference', 'in', '1200.00', 'EUR',
       'SAS Miellerie des Pyrénées', 'F-2026-0392', '2026-12-02', 'yes')

    t = ('Bonjour Sophie,\n\nBonne nouvelle : la facture F-2026-0395 (Brasserie Garonnaise) est payée.\n\n'
         'Nous l\'avons rapprochée automatiquement de la transaction suivante :\n'
         '03/12/2026 · VIR BRASSERIE GARONNAISE F-2026-0395 · +1 350,00 € · Qonto\n\n'
         'Voir la facture : https://app.pennylane.com/\n\nL\'équipe Pennylane\n\n'
         'Vous recevez cet e-mail car vous êtes utilisateur de Pennylane. Gérer mes notifications.\n')
    pn('pennylane_in_facture_payee_rapprochee.eml',
       base_h('Pennylane <notifications@pennylane.com>', 'Facture F-2026-0395 payée : +1 350,00 €', when('thu', 18, 2),
              'pennylane.com', 'pl1'),
       part('text/plain', t),
       'fr', 'Pennylane', 'accounting tool bank feed: invoice matched to a bank transaction', 'in', '1350.00', 'EUR',
       'BRASSERIE GARONNAISE', 'VIR BRASSERIE GARONNAISE F-2026-0395', '2026-12-03', 'yes')

    t = ('Nouvelle recette détectée 🎉\n\nNous avons détecté une nouvelle transaction sur votre compte Shine '
         'synchronisé :\n\n+ 760,00 €   VIR INST RE 760,00 DE: MAISON BEAUVAL   04/12/2026\n\n'
         'Catégorisez-la en un clic pour garder votre comptabilité à jour.\n\nL\'équipe Indy\n\n'
         'Indy, 25 rue Louis Le Grand, 75002 Paris. Vous recevez cet e-mail car les alertes de transactions sont '
         'activées.\n')
    pn('indy_in_nouvelle_recette_detectee.eml',
       base_h('Indy <hello@indy.fr>', 'Nouvelle recette : +760,00 €', when('fri', 12, 40), 'indy.fr', 'indy1'),
       part('text/plain', t),
       'fr', 'Indy', 'accounting app bank feed, instant transfer', 'in', '760.00', 'EUR', 'MAISON BEAUVAL',
       'VIR INST RE 760,00 DE: MAISON BEAUVAL', '2026-12-04', 'yes')

    h = ('<html><body style="font-family:Arial;font-size:13px"><table width="600" align="center"><tr><td '
         'style="background:#c8102e;color:#fff;padding:12px;font-weight:bold">Caisse d\'Epargne Midi-Pyrénées</td></tr>'
         '<tr><td style="padding:16px"><p>Madame,</p><p>Votre alerte <b>« Opération créditrice supérieure à 500,00 € »</b> '
         'a été déclenchée :</p><table border="1" cellpadding="5" style="border-collapse:collapse" width="100%">'
         '<tr><th>Compte</th><th>Date</th><th>Libellé</th><th>Montant</th></tr>'
         '<tr><td>Compte Pro ***512</td><td>01/12/2026</td><td>VIR GIE VIGNERONS DU FRONTONNAIS FACTURE 0394</td>'
         '<td align="right">1 640,00 €</td></tr></table><p>Pour consulter vos comptes : application Banxo ou '
         'caisse-epargne.fr</p><p style="font-size:11px;color:#666">Ce message est envoyé automatiquement, merci de '
         'ne pas y répondre. Caisse d\'Epargne et de Prévoyance de Midi-Pyrénées, banque coopérative.</p>'
         '</td></tr></table></body></html>')
    pn('caisse_epargne_in_html_table_only.eml',
       base_h('Caisse d\'Epargne <alertes@caisse-epargne.fr>', 'Votre alerte : Opération créditrice', when('tue', 8, 52),
              'caisse-epargne.fr', 'ce1'),
       part('text/html', h, cs='windows-1252'),
       'fr', 'Caisse d\'Épargne', 'HTML-only table, threshold alert', 'in', '1640.00', 'EUR',
       'GIE VIGNERONS DU FRONTONNAIS', 'FACTURE 0394', '2026-12-01', 'yes')

    t = ('Banque Populaire Occitane - Cyberplus\n\nRéception d\'un virement SEPA Instantané\n\n'
         'Montant : 310,00 EUR\nÉmetteur : ROUX AND CO STUDIO\nMotif : facture sophie merci!\nDate : 03/12/2026 23:04\n'
         'Compte crédité : CPTE COURANT PRO ...7712\n\nCe message a été envoyé automatiquement. Ne répondez pas à ce message.\n')
    pn('banque_populaire_in_virement_instantane.eml',
       base_h('Banque Populaire <alertes@banquepopulaire.fr>', 'Réception d\'un virement instantané',
              when('thu', 23, 5), 'banquepopulaire.fr', 'bp1'),
       part('text/plain', t, cs='iso-8859-1'),
       'fr', 'Banque Populaire', 'instant transfer received late evening, informal motif', 'in', '310.00', 'EUR',
       'ROUX AND CO STUDIO', 'facture sophie merci!', '2026-12-03', 'yes')

    t = ('Tu as reçu 45,00 €\n\nJulie Bastide t\'a envoyé 45,00 € : « Atelier écriture 😊 »\n\nL\'argent est disponible '
         'sur ton compte Sumeria.\n\nSumeria (anciennement Lydia) – Lydia Solutions SAS, 14 avenue de l\'Opéra, '
         '75001 Paris.\nTu reçois cet e-mail car tu as activé les notifications par e-mail.\n')
    pn('sumeria_in_tu_as_recu.eml',
       base_h('Sumeria <no-reply@sumeria.eu>', 'Julie Bastide t\'a envoyé 45,00 €', when('wed', 20, 33), 'sumeria.eu', 'sum1'),
       part('text/plain', t),
       'fr', 'Sumeria (Lydia)', 'P2P payment from an individual', 'in', '45.00', 'EUR', 'Julie Bastide',
       'Atelier écriture 😊', '2026-12-02', 'yes')

    t = ('AVIS DE PAIEMENT N° 2026-AP-009184\n\nÉmetteur : GROUPE AVIV SANTE - Service Comptabilité Fournisseurs\n'
         'Bénéficiaire : MARCHETTI-ROY CONSEIL (fournisseur 401MAR0042)\n\nNous vous informons du règlement par virement '
         'des pièces suivantes, date d\'échéance du virement : 07/12/2026.\n\n'
         'N° pièce fournisseur   Date pièce   Montant TTC\nF-2026-0426           06/11/2026   1 650,00 EUR\n\n'
         'Total réglé : 1 650,00 EUR\nMode de règlement : Virement SEPA\n\nCe document est généré automatiquement par '
         'notre système comptable (SAP). Merci de ne pas répondre à cet e-mail ; pour toute question : '
         'fournisseurs@aviv-sante.fr\n')
    pn('aviv_sante_remittance_avis_de_paiement.eml',
       base_h('GROUPE AVIV SANTE <noreply-sap@aviv-sante.fr>', 'Avis de paiement 2026-AP-009184', when('fri', 5, 30),
              'aviv-sante.fr', 'aviv'),
       multipart('mixed', [part('text/plain', t, cs='iso-8859-1'),
                           attach('application/pdf', 'AVIS_PAIEMENT_2026-AP-009184.pdf',
                                  mini_pdf(['AVIS DE PAIEMENT 2026-AP-009184', 'GROUPE AVIV SANTE',
                                            'F-2026-0426 06/11/2026 1 650,00 EUR', 'Echeance virement : 07/12/2026']))],
                 'aviv'),
       'fr', 'Groupe Aviv Santé (SAP)', 'client ERP remittance advice, future value date', 'in', '1650.00', 'EUR',
       'GROUPE AVIV SANTE', '2026-AP-009184 F-2026-0426', '2026-12-07', 'no_claim',
       notes='remittance advice: money not yet seen by a bank')

    t, h = stripe_mail('Votre virement de 2 315,20 € est en route',
                       ['Un virement vers votre compte bancaire (Qonto •••• 4217) a été initié. Il devrait arriver '
                        'le 3 déc. 2026.', 'Ce virement regroupe 9 paiements et 3 remboursements.'],
                       [('Montant', '2 315,20 €'), ('Date d\'arrivée estimée', '3 déc. 2026'), ('ID du virement', 'po_1QhY8nLkdIwHu7ixa0Rw2b7Q')],
                       'Vous recevez cet e-mail car vous êtes administrateur de ce compte Stripe.')
    pn('stripe_payout_en_route_aggregate.eml',
       base_h('Stripe <notifications@stripe.com>', 'Votre virement de 2 315,20 € est en route', when('tue', 6, 3),
              'stripe.com', 'st2'),
       alt('st2', t, h), 'fr', 'Stripe', 'payout bundling many payments', 'in', '2315.20', 'EUR', 'Stripe',
       'po_1QhY8nLkdIwHu7ixa0Rw2b7Q', '2026-12-03', 'no_aggregate')

    t = ('Bonjour,\n\nVotre versement SumUp a été effectué.\n\nMontant versé : 412,35 €\nTransactions : 27/11/2026 – '
         '29/11/2026 (6 transactions)\nFrais SumUp : 6,95 €\nIBAN de destination : FR76 •••• 4217\n\nLe montant '
         'apparaîtra sur votre compte sous 1 à 3 jours ouvrés selon votre banque.\n\nL\'équipe SumUp\n\n'
         'SumUp Limited, Block 8, Harcourt Centre, Dublin 2. Ceci est un e-mail automatique.\n')
    pn('sumup_payout_versement_effectue.eml',
       base_h('SumUp <noreply@sumup.com>', 'Votre versement de 412,35 € a été effectué', when('mon', 10, 10),
              'sumup.com', 'su1'),
       part('text/plain', t),
       'fr', 'SumUp', 'card-terminal payout for several days', 'in', '412.35', 'EUR', 'SumUp', '', '2026-11-30',
       'no_aggregate')

    # ---------------------------------------------------------------- not money in
    lines = [('Montant', '- 23,90 €'), ('Marchand', 'SNCF CONNECT'), ('Carte', 'Carte One •••• 8842'),
             ('Date', '30/11/2026 07:52')]
    title = 'Paiement par carte de 23,90 €'
    pn('qonto_out_paiement_carte.eml',
       base_h('Qonto <no-reply@qonto.com>', title + ' chez SNCF CONNECT', when('mon', 7, 53), 'qonto.com', 'q2'),
       alt('q2', qonto_text(title, lines), qonto_html(title, lines, cta='Ajouter un justificatif')),
       'fr', 'Qonto', 'card spend notice asking for a receipt', 'out', '23.90', 'EUR', reference='SNCF CONNECT',
       value_date='2026-11-30')

    t = ('Un prélèvement de 612,00 € a été effectué sur votre compte Shine.\n\nCréancier : URSSAF MIDI-PYRENEES\n'
         'Référence du mandat : 31U0000019876543\nLibellé : COTISATIONS 10/2026\nDate : 04/12/2026\n\n'
         'Un doute sur ce prélèvement ? Vous pouvez le contester depuis l\'application.\n\n'
         'Ce message vous est envoyé automatiquement, merci de ne pas y répondre.\nShine SAS, 5 rue Charlot, 75003 Paris.\n')
    pn('shine_out_prelevement_urssaf.eml',
       base_h('Shine <notifications@shine.fr>', 'Prélèvement de 612,00 € – URSSAF MIDI-PYRENEES', when('fri', 7, 1),
              'shine.fr', 's2'),
       part('text/plain', t), 'fr', 'Shine', 'direct debit taken by URSSAF', 'out', '612.00', 'EUR',
       reference='COTISATIONS 10/2026', value_date='2026-12-04')

    t = ('Your transfer is complete\n\n€380.00 has been sent to IMPRIMERIE DELORT.\n\nReference: Cartes de visite + '
         'flyers\nFrom: Main · EUR\nCompleted: 2 Dec 2026, 11:20\n\nRevolut Bank UAB. Please do not reply to this email.\n')
    pn('revolut_business_out_transfer_complete.eml',
       base_h('Revolut Business <no-reply@revolut.com>', 'Transfer to IMPRIMERIE DELORT completed',
              when('wed', 11, 21), 'revolut.com', 'rv2'),
       part('text/plain', t, cte='7bit'), 'en', 'Revolut Business', 'outgoing transfer completed', 'out', '380.00', 'EUR',
       reference='Cartes de visite + flyers', value_date='2026-12-02')

    t, h = stripe_mail('Your payout of €1,870.45 failed',
                       ['We were unable to send your payout of €1,870.45 to your bank account ending in 4217. '
                        'The bank returned it with the reason: account closed (R02).',
                        'The funds have been returned to your Stripe balance. Update your bank account details in the '
                        'Dashboard so we can retry the payout.'],
                       [('Amount', '€1,870.45'), ('Payout ID', 'po_1QgR4aLkdIwHu7ixV3c5sPq0'),
                        ('Bank account', 'FR76 •••• 4217')],
                       'You\'re receiving this email because you\'re an administrator of Marchetti-Roy Conseil on Stripe.')
    pn('stripe_payout_failed_account_closed.eml',
       base_h('Stripe <notifications@stripe.com>', 'Action required: your payout of €1,870.45 failed',
              when('mon', 16, 2), 'stripe.com', 'st3'),
       alt('st3', t, h), 'en', 'Stripe', 'payout failed, funds back to balance', 'failed', '1870.45', 'EUR',
       reference='po_1QgR4aLkdIwHu7ixV3c5sPq0', value_date='2026-11-30')

    t, h = stripe_mail('A payment has been disputed',
                       ['A customer has disputed a €220.00 payment with their card issuer. The reason given is '
                        '"fraudulent". The disputed amount and a €20.00 dispute fee have been withdrawn from your balance.',
                        'You have until 17 December 2026 to submit evidence.'],
                       [('Amount', '€220.00'), ('Customer', 'b.lemaire@mail.example.net'),
                        ('Payment', 'py_3QfK1yLkdIwHu7ix1Mb4Qo2n'), ('Respond by', '17 Dec 2026')],
                       'You\'re receiving this email because you\'re an administrator of Marchetti-Roy Conseil on Stripe.')
    pn('stripe_dispute_chargeback.eml',
       base_h('Stripe <notifications@stripe.com>', 'A payment has been disputed (€220.00)', when('thu', 3, 41),
              'stripe.com', 'st4'),
       alt('st4', t, h), 'en', 'Stripe', 'chargeback with fee, evidence deadline', 'chargeback', '220.00', 'EUR',
       reference='py_3QfK1yLkdIwHu7ix1Mb4Qo2n', value_date='2026-12-03')

    t, h = paypal_mail('Vous avez envoyé un remboursement', 'Vous avez remboursé 45,00 € EUR à Marion Teyssier.',
                       [('N° de transaction du remboursement', '2BL55190EX0841723'),
                        ('Transaction d\'origine', '9FM31460PN2981527'), ('Montant remboursé', '45,00 € EUR')],
                       'Le remboursement peut prendre quelques jours avant d\'apparaître sur le compte de l\'acheteur.')
    pn('paypal_refund_sent.eml',
       base_h('service@paypal.fr', 'Remboursement envoyé à Marion Teyssier', when('tue', 17, 3), 'paypal.com', 'pp2',
              to='sophie@marchetti-roy.fr'),
       alt('pp2', t, h), 'fr', 'PayPal', 'refund issued by the owner', 'refund', '45.00', 'EUR',
       reference='2BL55190EX0841723', value_date='2026-12-01')

    t, h = paypal_mail('Paiement en attente', 'Nous avons reçu un paiement de 620,00 € EUR de Kevin Morel, '
                       'mais il est en attente pour le moment.',
                       [('Pourquoi ?', 'Par précaution, nous conservons certains paiements jusqu\'à 21 jours.'),
                        ('Disponibilité estimée', '23 décembre 2026'), ('N° de transaction', '4UC98012KJ7730912')],
                       'Connectez-vous à votre compte pour voir comment débloquer plus tôt vos fonds.')
    pn('paypal_pending_on_hold.eml',
       base_h('service@paypal.fr', 'Votre paiement de 620,00 € est en attente', when('wed', 12, 19), 'paypal.com', 'pp3',
              to='sophie@marchetti-roy.fr'),
       alt('pp3', t, h), 'fr', 'PayPal', 'payment received but held (not available)', 'none', '620.00', 'EUR',
       reference='4UC98012KJ7730912', value_date='', notes='funds held up to 21 days; not money in yet')

    t, h = paypal_mail('Un litige a été ouvert', 'Didier Cambon a ouvert un litige concernant un paiement de '
                       '95,00 € EUR : « Objet non conforme à la description ».',
                       [('N° de cas', 'PP-D-41028877'), ('Transaction', '6HT20394LM1186021'),
                        ('Répondre avant le', '14 décembre 2026')],
                       'Le montant est bloqué sur votre compte pendant l\'examen du litige.')
    pn('paypal_litige_ouvert.eml',
       base_h('service@paypal.fr', 'Un litige a été ouvert : cas PP-D-41028877', when('fri', 14, 6), 'paypal.com', 'pp4',
              to='sophie@marchetti-roy.fr'),
       alt('pp4', t, h), 'fr', 'PayPal', 'buyer dispute, funds frozen', 'chargeback', '95.00', 'EUR',
       reference='PP-D-41028877', value_date='2026-12-04')

    t = ('Payment failed\n\nHi Marchetti-Roy Conseil,\n\nWe were unable to collect the following payment:\n\n'
         'Customer: Studio Aplomb\nAmount: €180.00\nCharge date: 1 December 2026\nReason: The customer\'s bank '
         'rejected the payment (insufficient funds).\n\nWe will not retry this payment automatically. You can retry '
         'it from your dashboard.\n\nGoCardless SAS. You are receiving this email because failed payment '
         'notifications are switched on.\n')
    pn('gocardless_failed_insufficient_funds.eml',
       base_h('GoCardless <notifications@gocardless.com>', 'Payment failed: €180.00 from Studio Aplomb',
              when('wed', 9, 15), 'gocardless.com', 'gc2'),
       part('text/plain', t, cte='7bit'), 'en', 'GoCardless', 'customer debit rejected', 'failed', '180.00', 'EUR',
       reference='Studio Aplomb', value_date='2026-12-01')

    t = ('Madame,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre Espace Client, rubrique '
         '« Mes documents ».\n\nPour rappel, vos relevés sont conservés 10 ans dans votre espace.\n\n'
         'Ceci est un message automatique, merci de ne pas y répondre.\nBNP Paribas.\n')
    pn('bnp_statement_releve_novembre.eml',
       base_h('BNP Paribas <documents@alertes.bnpparibas>', 'Votre relevé de compte est disponible', when('thu', 5, 2),
              'alertes.bnpparibas', 'b2'),
       part('text/plain', t, cs='iso-8859-1'), 'fr', 'BNP Paribas', 'e-statement available', 'statement', '', 'EUR')

    t = ('Alerte solde\n\nBonjour Sophie,\n\nLe solde de votre compte BoursoBank Pro ****6630 est passé sous le '
         'seuil de 200,00 € que vous avez défini.\n\nSolde au 04/12/2026 : 143,18 €\n\nBoursoBank, 44 rue Traversière, '
         '92100 Boulogne-Billancourt. Message automatique, ne pas répondre.\n')
    pn('boursobank_statement_alerte_solde_bas.eml',
       base_h('BoursoBank <noreply@boursobank.com>', 'Alerte : solde inférieur à 200,00 €', when('fri', 6, 30),
              'boursobank.com', 'bo1'),
       part('text/plain', t), 'fr', 'BoursoBank (Boursorama)', 'balance threshold alert', 'statement', '143.18', 'EUR',
       value_date='2026-12-04', notes='amount is the balance, not a movement')

    t = ('Madame MARCHETTI-ROY,\n\nNous vous informons du rejet du prélèvement suivant, faute de provision suffisante '
         'sur votre compte :\n\nCréancier : FREE PRO\nMontant : 39,99 EUR\nDate d\'échéance : 30/11/2026\n'
         'Motif du rejet : AM04 - Provision insuffisante\n\nDes frais de rejet de 20,00 EUR seront prélevés '
         'conformément à nos conditions tarifaires.\n\nCrédit Agricole Toulouse 31. Cet e-mail est envoyé '
         'automatiquement, merci de ne pas y répondre.\n')
    pn('ca_toulouse31_failed_rejet_prelevement.eml',
       base_h(addr('Crédit Agricole Toulouse 31', 'alertes@ca-toulouse31.fr'), 'Rejet d\'un prélèvement sur votre compte',
              when('tue', 7, 12), 'ca-toulouse31.fr', 'ca2'),
       part('text/plain', t, cs='iso-8859-1'), 'fr', 'Crédit Agricole', 'owner\'s direct debit rejected, fee',
       'failed', '39.99', 'EUR', reference='FREE PRO', value_date='2026-11-30')

    t = ('Bonjour,\n\nVotre virement a bien été émis.\n\nBénéficiaire : CABINET AUBERT EXPERTISE\nMontant : 1 100,00 EUR\n'
         'Motif : HONORAIRES T4 2026\nDate d\'exécution : 02/12/2026\n\nLCL. Ceci est un message automatique, merci de '
         'ne pas y répondre.\n')
    pn('lcl_out_virement_emis.eml',
       base_h('LCL <alertes@info.lcl.fr>', 'Confirmation de votre virement', when('wed', 9, 45), 'info.lcl.fr', 'lcl2'),
       part('text/plain', t), 'fr', 'LCL', 'outgoing transfer confirmation', 'out', '1100.00', 'EUR',
       reference='HONORAIRES T4 2026', value_date='2026-12-02')

    t = ('Hi Sophie,\n\nALPENLICHT LEUCHTEN GMBH has sent you 1,250.00 EUR.\n\nIt should arrive in your EUR balance '
         'by Monday, 7 December.\n\nWe\'ll let you know when it arrives.\n\nThe Wise Team\n\n'
         'You\'re receiving this email because the sender used Wise to track this payment.\n')
    pn('wise_none_money_on_its_way.eml',
       base_h('Wise <noreply@wise.com>', 'ALPENLICHT LEUCHTEN GMBH sent you 1,250.00 EUR', when('thu', 15, 58),
              'wise.com', 'w2'),
       part('text/plain', t, cte='7bit'), 'en', 'Wise', 'incoming payment announced, not arrived', 'none', '1250.00',
       'EUR', reference='', value_date='2026-12-07', notes='value_date is the expected arrival')

    lines = [('Montant', '250,00 €'), ('Bénéficiaire', 'TRADUCTIONS IBARRA'), ('Motif du retour', 'Compte clôturé (AC04)'),
             ('Date du retour', '01/12/2026')]
    title = 'Votre virement a été retourné'
    pn('qonto_failed_virement_retourne.eml',
       base_h('Qonto <no-reply@qonto.com>', 'Votre virement de 250,00 € à TRADUCTIONS IBARRA a été retourné',
              when('tue', 16, 30), 'qonto.com', 'q3'),
       alt('q3', qonto_text(title, lines) + '\nLe montant a été recrédité sur votre compte principal.\n',
           qonto_html(title, lines)),
       'fr', 'Qonto', 'outgoing transfer returned by beneficiary bank', 'failed', '250.00', 'EUR',
       reference='TRADUCTIONS IBARRA', value_date='2026-12-01')

    t = ('Bonjour,\n\nLe remboursement suivant a été initié :\n\nMontant : 240,00 €\nPaiement d\'origine : tr_WDqYK6vllg '
         '(Hugo Batailler)\nMoyen de paiement : Carte bancaire\nDate : 2 déc. 2026\n\nLe client recevra le montant sous '
         '5 à 10 jours ouvrés.\n\nMollie B.V., Keizersgracht 126, 1015 CW Amsterdam. Vous recevez cet e-mail en tant '
         'que propriétaire du compte.\n')
    pn('mollie_refund_initie.eml',
       base_h('Mollie <noreply@mollie.com>', 'Remboursement de 240,00 € initié', when('wed', 15, 11), 'mollie.com', 'mo1'),
       part('text/plain', t), 'fr', 'Mollie', 'refund to a card customer', 'refund', '240.00', 'EUR',
       reference='tr_WDqYK6vllg', value_date='2026-12-02')

    t = ('Un virement de 5 800,00 € est en cours de vérification.\n\nPour votre sécurité et conformément à nos '
         'obligations réglementaires, nous vérifions certains virements entrants avant de les créditer. Cela prend '
         'généralement moins de 48 heures ouvrées.\n\nNous pourrons vous demander un justificatif (facture, contrat).\n\n'
         'L\'équipe Shine\n\nCe message vous est envoyé automatiquement, merci de ne pas y répondre.\n')
    pn('shine_none_virement_en_verification.eml',
       base_h('Shine <notifications@shine.fr>', 'Un virement entrant est en cours de vérification', when('thu', 11, 9),
              'shine.fr', 's3'),
       part('text/plain', t), 'fr', 'Shine', 'incoming transfer held for compliance check', 'none', '5800.00', 'EUR',
       notes='payer not named; not credited yet')

    t = ('Ton remboursement est arrivé\n\nAMAZON EU SARL t\'a remboursé 34,99 €.\n\nRéférence : Remboursement '
         '403-7712043-5521136\n\nN26 Bank SE. Tu reçois cet e-mail car tu as activé les notifications.\n')
    pn('n26_refund_received_amazon.eml',
       base_h('N26 <no-reply@n26.com>', 'Remboursement reçu : 34,99 €', when('mon', 18, 2), 'n26.com', 'n262'),
       part('text/plain', t), 'fr', 'N26', 'merchant refund received', 'refund', '34.99', 'EUR',
       reference='Remboursement 403-7712043-5521136', value_date='2026-11-30')

    t = ('Hello !\n\nUn paiement par carte à l\'étranger vient d\'être effectué :\n\n86,40 EUR chez RENFE VIAJEROS '
         'MADRID, le 04/12/2026 à 08:12\nCarte Visa Business ****2291\n\nCe n\'est pas vous ? Faites opposition '
         'immédiatement depuis l\'appli.\n\nHello bank! est la banque digitale de BNP Paribas. Message automatique.\n')
    pn('hellobank_out_carte_etranger.eml',
       base_h('Hello bank! <hello@hellobank.fr>', 'Paiement par carte à l\'étranger', when('fri', 8, 13),
              'hellobank.fr', 'hb1'),
       part('text/plain', t), 'fr', 'Hello bank!', 'card payment abroad', 'out', '86.40', 'EUR',
       reference='RENFE VIAJEROS MADRID', value_date='2026-12-04')

    t = ('Tu as payé 12,50 € à Camille Doumenc : « café + tartes réunion client »\n\nSumeria – Lydia Solutions SAS.\n')
    pn('sumeria_out_tu_as_paye.eml',
       base_h('Sumeria <no-reply@sumeria.eu>', 'Paiement envoyé à Camille Doumenc', when('thu', 13, 30), 'sumeria.eu', 'sum2'),
       part('text/plain', t, cte='8bit'), 'fr', 'Sumeria (Lydia)', 'P2P payment sent', 'out', '12.50', 'EUR',
       reference='café + tartes réunion client', value_date='2026-12-03')

    t = ('Card payment declined\n\nA payment of €59.00 at CANVA* I04522-1189 was declined.\n\nReason: Card frozen\n'
         'Card: •••• 7740 (Virtual)\n\nIf this was you, unfreeze the card in the app and try again.\n\nRevolut Bank UAB.\n')
    pn('revolut_business_failed_card_declined.eml',
       base_h('Revolut Business <no-reply@revolut.com>', 'Card payment declined: €59.00 at CANVA', when('wed', 22, 14),
              'revolut.com', 'rv3'),
       part('text/plain', t, cte='7bit'), 'en', 'Revolut Business', 'owner\'s card payment declined', 'failed', '59.00',
       'EUR', reference='CANVA* I04522-1189', value_date='2026-12-02')

# ================================================================ auto replies
def build_auto():
    A = 'auto_reply'

    def ah(r, frm, dt, domain, subj, extra=(), to=OWNER_TO, refs=True):
        h = [('From', frm), ('To', to), ('Subject', hdr(subj)), ('Date', date_hdr(dt)),
             ('Message-ID', mid(frm + subj + str(dt), domain))]
        if refs and r is not None:
            h += [('In-Reply-To', r.msgid), ('References', r.msgid)]
        return h + list(extra)

    # 1 Outlook "Réponse automatique :" with return date
    r = Rem(450, '1 900,00', '25/11/2026', when('mon', 9, 5), 'Bonjour Madame Sarda')
    body = ('Bonjour,\n\nJe suis absente du bureau jusqu\'au vendredi 4 décembre inclus, sans accès à ma messagerie. '
            'Je serai de retour le lundi 7 décembre.\n\nPour toute urgence concernant la comptabilité, merci de contacter '
            'Julie Ortal : j.ortal@sarda-btp.fr / 05 61 73 20 18.\n\nCordialement,\nMarion Sarda\n')
    add('sarda_fr_outlook_reponse_automatique.eml', A, message(
        ah(r, addr('Marion Sarda', 'm.sarda@sarda-btp.fr'), when('mon', 9, 5, sec=41), 'sarda-btp.fr',
           'Réponse automatique : ' + r.subject,
           [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
            ('X-MS-Exchange-Inbox-Rules-Loop', 'm.sarda@sarda-btp.fr'), ('Thread-Topic', hdr(r.subject))]),
        alt('sarda', body, '<html><body><p>' + html_escape(body).replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'),
        crlf=True),
        'fr', 'Sarda BTP (Exchange)', 'Outlook OOF, Auto-Submitted + X-Auto-Response-Suppress', facts='ooo_until=2026-12-07')

    # 2 English OOO without any auto header (hand-made rule in a small hosting)
    r = Rem(451, '640.00', '25 November 2026', when('tue', 9, 6), 'Hi Jonas', lang='en')
    body = ('Hello,\n\nThank you for your email. I am currently travelling with limited access to email and will be back '
            'in the office on Monday 14 December.\n\nIf your message is urgent please call the studio on +44 20 7946 0321.\n\n'
            'Best wishes,\nJonas Whitby\nWhitby & Quill Design\n')
    add('whitby_en_out_of_office_no_headers.eml', A, message(
        ah(r, addr('Jonas Whitby', 'jonas@whitbyquill.co.uk'), when('tue', 8, 6, tzh=0), 'whitbyquill.co.uk',
           'Out of Office: ' + r.subject), part('text/plain', body, cte='7bit')),
        'en', 'Whitby & Quill Design', 'English OOO with no Auto-Submitted/X-Autoreply headers',
        facts='ooo_until=2026-12-14')

    # 3 "Absence du bureau" plain, no headers, return date
    r = Rem(452, '420,00', '25/11/2026', when('mon', 9, 7), 'Bonjour Monsieur Galy')
    body = ('Absence du bureau\n\nJe suis en déplacement sur le salon Batimat jusqu\'au 2 décembre. '
            'Je traiterai votre message à partir du jeudi 3 décembre.\n\nEric Galy\nGaly Couverture\n')
    add('galy_fr_absence_du_bureau.eml', A, message(
        ah(r, addr('Eric Galy', 'eric.galy@galy-couverture.fr'), when('mon', 9, 8), 'galy-couverture.fr',
           'Absence du bureau – ' + r.subject), part('text/plain', body)),
        'fr', 'Galy Couverture', '"Absence du bureau" in subject, no auto headers', facts='ooo_until=2026-12-03')

    # 4 Gmail vacation responder
    r = Rem(453, '980,00', '30/11/2026', when('tue', 9, 8), 'Bonjour Chloé')
    body = ('Bonjour,\n\nJe suis en congés jusqu\'au 8 décembre. Je vous répondrai dès mon retour.\n\nChloé\n')
    add('chloe_fr_gmail_vacation.eml', A, message(
        ah(r, addr('Chloé Vergnes', 'chloe.vergnes@atelier-vergnes.fr'), when('tue', 9, 8, sec=12), 'mail.gmail.com',
           'Re: ' + r.subject, [('Auto-Submitted', 'auto-replied')]),
        multipart('alternative', [part('text/plain', body),
                                  part('text/html', '<div dir="ltr">' + text_to_html_p(body) + '</div>')],
                  'chloe', boundary='000000000000f1e2a30626c0c9d4')),
        'fr', 'Atelier Vergnes (Gmail)', 'Gmail vacation responder, subject "Re:" like a person',
        facts='ooo_until=2026-12-08', notes='return date: she is away "jusqu\'au 8 décembre"')

    # 5 French accounts-payable autoresponder with payment terms
    r = Rem(454, '2 200,00', '25/11/2026', when('wed', 9, 9), 'Madame, Monsieur')
    body = ('Bonjour,\n\nNous accusons bonne réception de votre message adressé au Service Comptabilité Fournisseurs.\n\n'
            'Pour rappel :\n- nos factures sont réglées à 45 jours fin de mois, par virement, le 10 et le 25 de chaque mois ;\n'
            '- toute facture doit mentionner un numéro de commande valide et être adressée à factures@groupe-occimed.fr ;\n'
            '- le suivi de vos factures est disponible sur notre portail fournisseurs.\n\n'
            'Les demandes sont traitées par ordre d\'arrivée, sous 5 jours ouvrés.\n\n'
            'Ceci est une réponse automatique, merci de ne pas y répondre.\nGroupe Occimed – Comptabilité Fournisseurs\n')
    add('occimed_fr_accounts_payable_autoresponder.eml', A, message(
        ah(r, addr('Comptabilité Fournisseurs Occimed', 'no-reply-compta@groupe-occimed.fr'), when('wed', 9, 10),
           'groupe-occimed.fr', 'Accusé de réception – ' + r.subject, [('Auto-Submitted', 'auto-generated')]),
        part('text/plain', body)),
        'fr', 'Groupe Occimed', 'AP autoresponder talking about invoices and payment dates',
        notes='mentions payment dates (10 and 25) but is not a promise')

    # 6 English AP autoresponder with ticket
    r = Rem(455, '1,450.00', '25 November 2026', when('wed', 9, 11), 'Dear Accounts Payable', lang='en')
    body = ('Thank you for contacting Accounts Payable.\n\nYour query has been logged under reference AP-2026-118734. '
            'Please allow up to 5 working days for a response.\n\nPlease note:\n'
            '* Invoices without a valid purchase order number will be returned unpaid.\n'
            '* Our standard payment terms are 60 days from invoice receipt.\n'
            '* Remittance advices are emailed automatically on the day of payment.\n\n'
            'This mailbox is not monitored for replies.\n\nAccounts Payable Shared Service Centre\nHollins Carter plc\n')
    add('hollins_carter_en_ap_ticket_logged.eml', A, message(
        ah(r, addr('Accounts Payable', 'ap.noreply@hollinscarter.com'), when('wed', 8, 12, tzh=0), 'hollinscarter.com',
           'RE: ' + r.subject + ' [AP-2026-118734]', [('Auto-Submitted', 'auto-replied'),
                                                    ('X-Auto-Response-Suppress', 'DR, RN, NRN, OOF, AutoReply')]),
        part('text/plain', body, cte='7bit')),
        'en', 'Hollins Carter plc', 'AP shared service autoresponder with ticket reference')

    # 7 Zendesk-style helpdesk
    r = Rem(456, '540,00', '27/11/2026', when('thu', 9, 12), 'Bonjour')
    body = ('##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et '
            'sera examinée par notre équipe support.\n\nPour ajouter des commentaires, répondez simplement à cet e-mail.\n\n'
            'Service client Vélocité\n\n[RLZ8P2-KQ3M]\n')
    add('velocite_fr_zendesk_demande_recue.eml', A, message(
        ah(r, addr('Vélocité Support', 'support@velocite-cargo.zendesk.example'), when('thu', 9, 13),
           'velocite-cargo.zendesk.example', '[Vélocité] Re: ' + r.subject,
           [('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'), ('Precedence', 'bulk')]),
        alt('zd', body, '<html><body><div style="color:#b5b5b5">##- Veuillez écrire votre réponse au-dessus de cette '
                        'ligne -##</div><p>Votre demande (48213) a bien été reçue et sera examinée par notre équipe '
                        'support.</p><p>Service client Vélocité</p></body></html>')),
        'fr', 'Vélocité (Zendesk)', 'helpdesk ticket acknowledgement')

    # 8 Outlook read receipt (MDN) French
    r = Rem(457, '1 320,00', '27/11/2026', when('tue', 9, 13), 'Bonjour Monsieur Bacou')
    human = ('Votre message\n\n  À : Bacou, Laurent\n  Objet : ' + r.subject + '\n  Envoyé : mardi 1 décembre 2026 '
             '09:13:22 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mardi 1 décembre 2026 '
             '14:02:09 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n')
    mdn = ('Reporting-UA: bacou-transports.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;l.bacou@bacou-transports.fr\n'
           'Original-Message-ID: ' + r.msgid + '\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    add('bacou_fr_outlook_read_receipt_mdn.eml', A, message(
        ah(r, addr('Bacou, Laurent', 'l.bacou@bacou-transports.fr'), when('tue', 14, 2), 'bacou-transports.fr',
           'Lu : ' + r.subject, refs=False),
        multipart('report', [part('text/plain', human), part('message/disposition-notification', mdn, cte='7bit')],
                  'mdn1', params='; report-type=disposition-notification'), crlf=True),
        'fr', 'Bacou Transports', 'read receipt (MDN) with disposition-notification part')

    # 9 Thunderbird return receipt, English
    r = Rem(458, '760.00', '27 November 2026', when('wed', 9, 14), 'Hi Petra', lang='en')
    human = ('This is a Return Receipt for the mail that you sent to petra@nordlys-ceramics.dk.\n\nNote: This Return '
             'Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no '
             'guarantee that the recipient has read or understood the message contents.\n')
    mdn = ('Reporting-UA: nordlys-ceramics.dk; Thunderbird 128.5.0\nFinal-Recipient: rfc822;petra@nordlys-ceramics.dk\n'
           'Original-Message-ID: ' + r.msgid + '\nDisposition: manual-action/MDN-sent-manually; displayed\n')
    add('nordlys_en_thunderbird_return_receipt.eml', A, message(
        ah(r, addr('Petra Lund', 'petra@nordlys-ceramics.dk'), when('wed', 10, 1), 'nordlys-ceramics.dk',
           'Return Receipt (displayed) - ' + r.subject),
        multipart('report', [part('text/plain', human, cte='7bit'),
                             part('message/disposition-notification', mdn, cte='7bit'),
                             part('text/rfc822-headers', 'Message-ID: ' + r.msgid + '\nSubject: ' + hdr(r.subject) +
                                  '\nFrom: ' + OWNER_TO + '\nTo: Petra Lund <petra@nordlys-ceramics.dk>\n', cte='7bit')],
                  'mdn2', params='; report-type=disposition-notification')),
        'en', 'Nordlys Ceramics', 'Thunderbird MDN with rfc822-headers part')

    # 10 challenge-response (Mailinblack style)
    r = Rem(459, '890,00', '25/11/2026', when('thu', 9, 15), 'Bonjour')
    body = ('Bonjour,\n\nVotre message à destination de contact@garrigues-expertise.fr est en attente.\n\n'
            'Votre correspondant utilise une solution de protection contre les courriers indésirables. Afin que votre '
            'message lui soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien '
            'ci-dessous et en recopiant le code affiché :\n\nhttps://secure.protect-mail.example/auth?id=9f2c71ab0e\n\n'
            'Cette opération n\'est à faire qu\'une seule fois. Sans validation de votre part sous 10 jours, le message '
            'sera supprimé.\n\nObjet du message : ' + r.subject + '\n')
    add('garrigues_fr_challenge_response.eml', A, message(
        ah(r, addr('Protection Messagerie', 'noreply@protect-mail.example'), when('thu', 9, 16), 'protect-mail.example',
           'Confirmez l\'envoi de votre message à contact@garrigues-expertise.fr', [('Auto-Submitted', 'auto-replied')],
           refs=False), part('text/plain', body)),
        'fr', 'protect-mail (Mailinblack-style)', 'challenge-response asking to prove you are human')

    # 11 Spanish OOO
    r = Rem(460, '1 150,00', '25/11/2026', when('tue', 9, 16), 'Hola Raquel', lang='es')
    body = ('Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el miércoles 9 de diciembre, con acceso '
            'limitado al correo. Para asuntos urgentes puede escribir a administracion@hotelmirador-sitges.es.\n\n'
            'Un saludo,\nRaquel Soler\nHotel Mirador Sitges\n')
    add('mirador_es_respuesta_automatica.eml', A, message(
        ah(r, addr('Raquel Soler', 'raquel.soler@hotelmirador-sitges.es'), when('tue', 9, 17), 'hotelmirador-sitges.es',
           'Respuesta automática: ' + r.subject, [('Auto-Submitted', 'auto-replied'),
                                                  ('X-Auto-Response-Suppress', 'All')]),
        part('text/plain', body)),
        'es', 'Hotel Mirador Sitges', 'Spanish Outlook OOF', facts='ooo_until=2026-12-09')

    # 12 Italian OOO "fino al 4 dicembre incluso"
    r = Rem(461, '700,00', '25/11/2026', when('mon', 9, 18), 'Gentile Paolo', lang='it')
    body = ('Grazie per il messaggio.\n\nSarò assente dall\'ufficio fino al 4 dicembre incluso. Rientrerò lunedì 7 '
            'dicembre.\nPer urgenze contattare la segreteria: segreteria@enotecavalli.it\n\nPaolo Valli\n')
    add('valli_it_risposta_automatica.eml', A, message(
        ah(r, addr('Paolo Valli', 'paolo@enotecavalli.it'), when('mon', 9, 18, sec=50), 'enotecavalli.it',
           'Risposta automatica: ' + r.subject, [('Auto-Submitted', 'auto-replied')]),
        part('text/plain', body)),
        'it', 'Enoteca Valli', 'Italian OOO with explicit return day', facts='ooo_until=2026-12-07')

    # 13 maternity leave, no return date
    r = Rem(462, '1 600,00', '30/11/2026', when('wed', 9, 19), 'Bonjour Émilie')
    body = ('Bonjour,\n\nJe suis actuellement en congé maternité. Votre message ne sera pas transféré.\n\n'
            'Pour toute question relative aux factures et paiements, merci d\'écrire à compta@brasserie-du-vieux-port.fr ; '
            'pour les sujets communication, à Hugo Mas (hugo.mas@brasserie-du-vieux-port.fr).\n\nMerci,\nÉmilie Castex\n')
    add('castex_fr_conge_maternite_no_date.eml', A, message(
        ah(r, addr('Émilie Castex', 'emilie.castex@brasserie-du-vieux-port.fr'), when('wed', 9, 19, sec=33),
           'brasserie-du-vieux-port.fr', 'Réponse automatique : ' + r.subject,
           [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
        part('text/plain', body, cs='windows-1252')),
        'fr', 'Brasserie du Vieux Port', 'long absence without return date, redirects to accounting')

    # 14 address no longer monitored
    r = Rem(463, '530,00', '27/11/2026', when('thu', 9, 20), 'Bonjour')
    body = ('Cette adresse e-mail n\'est plus consultée depuis le 1er octobre 2026.\n\nLa société Lumière d\'Autan a '
            'déménagé ; merci d\'utiliser désormais : bonjour@lumieredautan.example.\n\nCe message est envoyé '
            'automatiquement.\n')
    add('lumiere_autan_fr_adresse_plus_consultee.eml', A, message(
        ah(r, 'contact@lumiere-autan.fr', when('thu', 9, 20, sec=5), 'lumiere-autan.fr',
           'Adresse non consultée – ' + r.subject, [('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')]),
        part('text/plain', body)),
        'fr', 'Lumière d\'Autan', '"adresse plus consultée" autoreply (delivered, not a bounce)')

    # 15 local authority electronic acknowledgement (SVE)
    r = Rem(464, '2 400,00', '30/11/2026', when('tue', 9, 21), 'Madame, Monsieur')
    body = ('ACCUSÉ DE RÉCEPTION ÉLECTRONIQUE\n\nConformément aux articles L.112-11 et R.112-11-1 du code des relations '
            'entre le public et l\'administration, nous accusons réception de votre envoi électronique du 01/12/2026.\n\n'
            'Service destinataire : Direction des Finances\nN° d\'enregistrement : CR-2026-014872\n\n'
            'Votre demande sera instruite par le service compétent. Le présent accusé de réception ne préjuge pas de la '
            'suite qui sera donnée à votre demande.\n\nCommunauté de communes du Val de Save\nCeci est un message '
            'automatique, merci de ne pas y répondre.\n')
    add('valdesave_fr_accuse_reception_sve.eml', A, message(
        ah(r, addr('Courrier - CC Val de Save', 'courrier@cc-valdesave.fr'), when('tue', 9, 22), 'cc-valdesave.fr',
           'Accusé de réception de votre envoi électronique CR-2026-014872', [('Auto-Submitted', 'auto-replied')]),
        part('text/plain', body)),
        'fr', 'CC du Val de Save', 'administrative electronic acknowledgement (SVE)')

    # 16 wine estate at a trade fair, X-Autoreply only
    r = Rem(465, '1 080,00', '27/11/2026', when('wed', 9, 22), 'Bonjour Monsieur Bouscaut')
    body = ('Bonjour,\n\nNous sommes actuellement sur le salon des vins de Bordeaux et le Domaine est fermé au public. '
            'Retour au caveau le 8/12.\n\nPour les commandes urgentes : 05 63 41 08 77.\n\nÀ bientôt,\n'
            'L\'équipe du Château Bouscaut-Larrey\n')
    add('bouscaut_fr_salon_xautoreply.eml', A, message(
        ah(r, addr('Château Bouscaut-Larrey', 'contact@chateau-bouscaut-larrey.fr'), when('wed', 9, 23),
           'chateau-bouscaut-larrey.fr', 'Re: ' + r.subject, [('X-Autoreply', 'yes'), ('X-Autorespond', r.subject)]),
        part('text/plain', body, cs='iso-8859-1')),
        'fr', 'Château Bouscaut-Larrey', 'X-Autoreply only, "Re:" subject, numeric return date',
        facts='ooo_until=2026-12-08')

# ================================================================ bounces
def reminder_msg(r, to, headers_only=False):
    h = ('Return-Path: <sophie@marchetti-roy.fr>\nFrom: ' + OWNER_TO + '\nTo: ' + to + '\nSubject: ' + hdr(r.subject) +
         '\nDate: ' + date_hdr(r.sent) + '\nMessage-ID: ' + r.msgid + '\nMIME-Version: 1.0\n'
         'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\nX-Mailer: dunnerd\n')
    if headers_only:
        return h
    return h + '\n' + r.text() + '\n'


def dsn(reporting, arrival, recips):
    out = 'Reporting-MTA: dns; %s\n' % reporting
    if arrival:
        out += 'Arrival-Date: %s\n' % arrival
    for rc in recips:
        out += '\n' + '\n'.join('%s: %s' % kv for kv in rc) + '\n'
    return out


def build_bounce():
    B = 'bounce'

    # 1 Gmail 5.1.1
    r = Rem(470, '650,00', '25/11/2026', when('tue', 9, 30), 'Bonjour Madame Ribes')
    rc = 'amelie.ribes.atelier@gmail.com'
    txt = ('\n** Adresse introuvable **\n\nVotre message n\'a pas pu être envoyé à ' + rc + ', car l\'adresse est '
           'introuvable ou ne peut pas recevoir de messages.\n\nEn savoir plus : https://support.google.com/mail/?p=NoSuchUser\n\n'
           'Voici la réponse du serveur distant :\n\n550 5.1.1 The email account that you tried to reach does not exist. '
           'Please try double-checking the recipient\'s email address for typos or unnecessary spaces. '
           'For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd0a1b2c3si1234567a.123 - gsmtp\n')
    d = dsn('googlemail.com', date_hdr(when('tue', 9, 30)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'failed'), ('Status', '5.1.1'),
              ('Remote-MTA', 'dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)'),
              ('Diagnostic-Code', 'smtp; 550-5.1.1 The email account that you tried to reach does not exist.'),
              ('Last-Attempt-Date', 'Tue, 01 Dec 2026 00:30:04 -0800 (PST)')]])
    add('gmail_fr_adresse_introuvable_511.eml', B, message(
        [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OWNER),
         ('Subject', 'Delivery Status Notification (Failure)'), ('Date', 'Tue, 01 Dec 2026 00:30:05 -0800 (PST)'),
         ('Message-ID', '<674c1a2d.050a0220.3b1f4e.9a71.GMR@mx.google.com>'), ('Auto-Submitted', 'auto-replied'),
         ('X-Failed-Recipients', rc)],
        multipart('report', [multipart('related', [multipart('alternative', [part('text/plain', txt),
                                                                             part('text/html', '<html><body>' + text_to_html_p(txt) + '</body></html>')], 'ga')], 'gr'),
                             part('message/delivery-status', d, cte=None),
                             part('message/rfc822', reminder_msg(r, 'Amélie Ribes <' + rc + '>'), cte=None)],
                  'gb', params='; report-type=delivery-status', boundary='000000000000d2f3840626c0e1aa')),
        'fr', 'Gmail', 'Gmail NDR (French UI), 5.1.1 user unknown, full original',
        facts='failed_recipient=' + rc, notes='recipient at gmail.com is the failing address of a fictional client')

    # 2 Office 365 French "Non remis :"
    r = Rem(471, '1 200,00', '25/11/2026', when('mon', 9, 31), 'Bonjour Monsieur Carles')
    rc = 'j.carles@carles-agencement.fr'
    txt = ('Votre message à ' + rc + ' n\'a pas pu être remis.\n\nj.carles n\'a pas été trouvé dans '
           'carles-agencement.fr.\n\nmarchetti-roy.fr  Office 365  j.carles\nAction requise  Destinataire\n\n'
           'Adresse e-mail inconnue\n\nComment résoudre ce problème\nLe message n\'a pas été remis car l\'adresse e-mail '
           'du destinataire est introuvable. Vérifiez l\'adresse puis renvoyez le message.\n\n'
           'Plus d\'informations pour les administrateurs de messagerie\n\nErreur rencontrée :\nRemote Server returned '
           '\'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n\n'
           'Serveur qui a généré l\'erreur : PR3P195MB0712.EURP195.PROD.OUTLOOK.COM\n')
    d = dsn('PR3P195MB0712.EURP195.PROD.OUTLOOK.COM', date_hdr(when('mon', 9, 31)),
            [[('Original-Recipient', 'rfc822;' + rc), ('Final-Recipient', 'rfc822;' + rc), ('Action', 'failed'),
              ('Status', '5.1.10'), ('Diagnostic-Code', 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')]])
    add('o365_fr_non_remis_recipient_not_found.eml', B, message(
        [('From', 'Microsoft Outlook <MAILER-DAEMON@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>'), ('To', OWNER_TO),
         ('Subject', hdr('Non remis : ' + r.subject)), ('Date', date_hdr(when('mon', 9, 31, sec=58))),
         ('Message-ID', '<9d2b1e3f-44aa-4b7e-8d11-0c9f5e2b7a61@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>'),
         ('In-Reply-To', r.msgid), ('References', r.msgid), ('Content-Language', 'fr-FR'),
         ('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')],
        multipart('report', [multipart('alternative', [part('text/plain', txt),
                                                       part('text/html', '<html><body>' + text_to_html_p(txt) + '</body></html>')], 'oa'),
                             part('message/delivery-status', d, cte=None),
                             part('message/rfc822', reminder_msg(r, rc), cte=None)],
                  'ob', params='; report-type=delivery-status'), crlf=True),
        'fr', 'Microsoft 365 / Exchange Online', 'French O365 NDR 5.1.10', facts='failed_recipient=' + rc)

    # 3 Orange mailbox full
    r = Rem(472, '380,00', '25/11/2026', when('tue', 9, 32), 'Bonjour')
    rc = 'ecurie.dumoulin.31@orange.fr'
    txt = ('This is the mail system at host mo-ovh-out-14.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your '
           'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, '
           'please send mail to postmaster.\n\n<' + rc + '>: host smtp-in.orange.fr[193.252.22.65] said:\n    552 5.2.2 '
           'Boite du destinataire pleine. Recipient mailbox full. OFR_416 [416] (in reply to RCPT TO command)\n')
    d = dsn('mo-ovh-out-14.mail-out.ovh.net', date_hdr(when('tue', 9, 32)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Original-Recipient', 'rfc822;' + rc), ('Action', 'failed'),
              ('Status', '5.2.2'), ('Remote-MTA', 'dns; smtp-in.orange.fr'),
              ('Diagnostic-Code', 'smtp; 552 5.2.2 Boite du destinataire pleine. Recipient mailbox full. OFR_416 [416]')]])
    add('orange_mailbox_full_ofr416.eml', B, message(
        [('From', 'MAILER-DAEMON@mo-ovh-out-14.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER),
         ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', date_hdr(when('tue', 9, 32, sec=44))),
         ('Message-ID', '<20261201083244.7F3A2C0134@mo-ovh-out-14.mail-out.ovh.net>'), ('Auto-Submitted', 'auto-replied')],
        multipart('report', [part('text/plain', txt, cs='us-ascii', cte='7bit', extra=('Content-Description: Notification',)),
                             part('message/delivery-status', d, cte=None, extra=('Content-Description: Delivery report',)),
                             part('message/rfc822', reminder_msg(r, rc), cte=None, extra=('Content-Description: Undelivered Message',))],
                  'orb', params='; report-type=delivery-status', boundary='7F3A2C0134.1764577964/mo-ovh-out-14.mail-out.ovh.net',
                  preamble='This is a MIME-encapsulated message.')),
        'en', 'Orange (via OVH Postfix)', 'Postfix DSN relaying Orange 552 mailbox full (OFR_416)',
        facts='failed_recipient=' + rc)

    # 4 Free unknown user
    r = Rem(473, '270,00', '27/11/2026', when('wed', 9, 33), 'Bonjour Monsieur Teulé')
    rc = 'teule.plomberie82@free.fr'
    txt = ('This is the mail system at host mo-ovh-out-09.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your '
           'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n<' + rc + '>: host '
           'mx1.free.fr[212.27.48.6] said: 550 5.1.1 <' + rc + '>:\n    Recipient address rejected: free.fr (in reply '
           'to RCPT TO command)\n')
    d = dsn('mo-ovh-out-09.mail-out.ovh.net', date_hdr(when('wed', 9, 33)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'failed'), ('Status', '5.1.1'), ('Remote-MTA', 'dns; mx1.free.fr'),
              ('Diagnostic-Code', 'smtp; 550 5.1.1 <' + rc + '>: Recipient address rejected: free.fr')]])
    add('free_recipient_rejected_511.eml', B, message(
        [('From', 'MAILER-DAEMON@mo-ovh-out-09.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER),
         ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', date_hdr(when('wed', 9, 33, sec=10))),
         ('Message-ID', '<20261202083310.1B2C4D0077@mo-ovh-out-09.mail-out.ovh.net>')],
        multipart('report', [part('text/plain', txt, cs='us-ascii', cte='7bit'),
                             part('message/delivery-status', d, cte=None),
                             part('text/rfc822-headers', reminder_msg(r, rc, headers_only=True), cte=None)],
                  'frb', params='; report-type=delivery-status', boundary='1B2C4D0077.1764664390/mo-ovh-out-09.mail-out.ovh.net')),
        'en', 'Free (via OVH Postfix)', 'Postfix DSN with only rfc822-headers returned', facts='failed_recipient=' + rc)

    # 5 OVH: domain does not exist (expired)
    r = Rem(474, '1 500,00', '27/11/2026', when('thu', 9, 34), 'Bonjour Madame Peyre')
    rc = 'direction@peyre-evenementiel.fr'
    txt = ('This is the mail system at host mo-ovh-out-21.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your '
           'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
           'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. '
           'You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<'
           + rc + '>: Host or domain name not found. Name service error\n    for name=peyre-evenementiel.fr type=MX: '
           'Host not found\n')
    d = dsn('mo-ovh-out-21.mail-out.ovh.net', date_hdr(when('thu', 9, 34)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Original-Recipient', 'rfc822;' + rc), ('Action', 'failed'),
              ('Status', '5.4.4'), ('Diagnostic-Code', 'X-Postfix; Host or domain name not found. Name service error for '
                                                       'name=peyre-evenementiel.fr type=MX: Host not found')]])
    add('ovh_postfix_domain_not_found_544.eml', B, message(
        [('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mo-ovh-out-21.mail-out.ovh.net (Mail Delivery System)'),
         ('To', OWNER), ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', date_hdr(when('thu', 9, 34, sec=3))),
         ('Message-ID', '<20261203083403.44E1F60213@mo-ovh-out-21.mail-out.ovh.net>'), ('Auto-Submitted', 'auto-replied')],
        multipart('report', [part('text/plain', txt, cs='us-ascii', cte='7bit', extra=('Content-Description: Notification',)),
                             part('message/delivery-status', d, cte=None, extra=('Content-Description: Delivery report',)),
                             part('message/rfc822', reminder_msg(r, rc), cte=None, extra=('Content-Description: Undelivered Message',))],
                  'ovb', params='; report-type=delivery-status', boundary='44E1F60213.1764750843/mo-ovh-out-21.mail-out.ovh.net',
                  preamble='This is a MIME-encapsulated message.')),
        'en', 'OVH (Postfix)', 'domain with no MX (expired), 5.4.4 X-Postfix', facts='failed_recipient=' + rc)

    # 6 Postfix delay warning
    r = Rem(475, '860,00', '27/11/2026', when('mon', 9, 35), 'Bonjour Monsieur Azéma')
    rc = 'compta@azema-freres.fr'
    txt = ('This is the mail system at host mo-ovh-out-14.mail-out.ovh.net.\n\n####################################'
           '#########################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
           '#############################################################\n\nYour message could not be delivered for '
           '4.0 hours.\nIt will be retried until it is 5.0 days old.\n\nFor further assistance, please send mail to '
           'postmaster.\n\n<' + rc + '>: connect to mx.azema-freres.fr[51.91.44.12]:25: Connection timed out\n')
    d = dsn('mo-ovh-out-14.mail-out.ovh.net', date_hdr(when('mon', 9, 35)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'delayed'), ('Status', '4.4.1'),
              ('Diagnostic-Code', 'X-Postfix; connect to mx.azema-freres.fr[51.91.44.12]:25: Connection timed out'),
              ('Will-Retry-Until', 'Sat, 5 Dec 2026 09:35:12 +0100 (CET)')]])
    add('ovh_postfix_delayed_warning.eml', B, message(
        [('From', 'MAILER-DAEMON@mo-ovh-out-14.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER),
         ('Subject', 'Delayed Mail (still being retried)'), ('Date', date_hdr(when('mon', 13, 36))),
         ('Message-ID', '<20261130123601.0A9B3C0412@mo-ovh-out-14.mail-out.ovh.net>')],
        multipart('report', [part('text/plain', txt, cs='us-ascii', cte='7bit'),
                             part('message/delivery-status', d, cte=None),
                             part('text/rfc822-headers', reminder_msg(r, rc, headers_only=True), cte=None)],
                  'dlb', params='; report-type=delivery-status', boundary='0A9B3C0412.1764502561/mo-ovh-out-14.mail-out.ovh.net')),
        'en', 'OVH (Postfix)', 'delay warning, Action: delayed', facts='failed_recipient=' + rc + ';bounce_final=no')

    # 7 Exchange on-prem English "Undeliverable:" access denied
    r = Rem(476, '2,100.00', '27 November 2026', when('tue', 9, 36), 'Dear Mr Boyle', lang='en')
    rc = 'accounts@boyle-marine.ie'
    txt = ('Delivery has failed to these recipients or groups:\n\n' + rc + '\nYour message wasn\'t delivered because the '
           'recipient\'s email provider rejected it.\n\n\nDiagnostic information for administrators:\n\nGenerating server: '
           'EXCH02.boylemarine.local\n\n' + rc + '\nRemote Server returned \'550 5.7.1 RESOLVER.RST.AuthRequired; '
           'authentication required [Stage: CreateMessage]\'\n\nOriginal message headers:\n\n'
           + reminder_msg(r, rc, headers_only=True))
    d = dsn('EXCH02.boylemarine.local', None,
            [[('Final-Recipient', 'rfc822;' + rc), ('Action', 'failed'), ('Status', '5.7.1'),
              ('Diagnostic-Code', 'smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required')]])
    add('exchange_en_undeliverable_571_auth_required.eml', B, message(
        [('From', 'postmaster@boyle-marine.ie'), ('To', OWNER_TO), ('Subject', 'Undeliverable: ' + r.subject),
         ('Date', date_hdr(when('tue', 8, 36, tzh=0))), ('Message-ID', '<d61c2bbf0e6842ab9d2e7c40c1b61f3a@EXCH02.boylemarine.local>'),
         ('In-Reply-To', r.msgid), ('References', r.msgid), ('Content-Language', 'en-IE'),
         ('X-MS-Exchange-Organization-SCL', '-1'), ('Auto-Submitted', 'auto-replied')],
        multipart('report', [part('text/plain', txt, cte='quoted-printable'),
                             part('message/delivery-status', d, cte=None),
                             part('message/rfc822', reminder_msg(r, rc), cte=None)],
                  'exb', params='; report-type=delivery-status'), crlf=True),
        'en', 'Microsoft Exchange (on-premises)', 'group accepts only authenticated senders, 5.7.1',
        facts='failed_recipient=' + rc)

    # 8 qmail failure notice: no machine-readable part
    r = Rem(477, '590,00', '27/11/2026', when('wed', 9, 37), 'Bonjour Madame Lacroix')
    rc = 'v.lacroix@gites-montagnenoire.fr'
    txt = ('Hi. This is the qmail-send program at mail.hebergeur-sud.example.\nI\'m afraid I wasn\'t able to deliver your '
           'message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
           '<' + rc + '>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n'
           + reminder_msg(r, rc))
    add('qmail_failure_notice_no_dsn_part.eml', B, message(
        [('From', 'MAILER-DAEMON@mail.hebergeur-sud.example'), ('To', OWNER), ('Subject', 'failure notice'),
         ('Date', date_hdr(when('wed', 9, 37, sec=50))), ('Message-ID', '<20261202083750.29981.qmail@mail.hebergeur-sud.example>')],
        part('text/plain', txt, cte='8bit')),
        'fr', 'qmail (small host)', 'plain-text qmail bounce, no message/delivery-status',
        facts='failed_recipient=' + rc, notes='English bounce text around a French original')

    # 9 Exim plain-text mail delivery failed (no DSN part)
    r = Rem(478, '1 750,00', '30/11/2026', when('thu', 9, 38), 'Bonjour Monsieur Marty')
    rc = 'pmarty@marty-charpente.fr'
    txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be '
           'delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'
           '  ' + rc + '\n    host mx.marty-charpente.fr [185.22.108.41]\n    SMTP error from remote mail server after '
           'RCPT TO:<' + rc + '>:\n    550 5.7.1 Message rejected as spam by Content Filtering.\n\n'
           '------ This is a copy of the message, including all the headers. ------\n\n' + reminder_msg(r, rc))
    add('exim_mail_delivery_failed_rejected_spam.eml', B, message(
        [('From', 'Mail Delivery System <Mailer-Daemon@srv12.hebergement-pro.example>'), ('To', OWNER),
         ('Subject', 'Mail delivery failed: returning message to sender'), ('Date', date_hdr(when('thu', 9, 38, sec=20))),
         ('Message-ID', '<E1tQk7A-0004Zr-2B@srv12.hebergement-pro.example>'), ('X-Failed-Recipients', rc),
         ('Auto-Submitted', 'auto-replied')],
        part('text/plain', txt, cte='8bit')),
        'fr', 'Exim', 'Exim plain bounce, rejected as spam, X-Failed-Recipients only', facts='failed_recipient=' + rc)

    # 10 Gmail delay
    r = Rem(479, '430,00', '30/11/2026', when('fri', 9, 0), 'Bonjour Noémie')
    rc = 'noemie@lesjardinsdenoemie.fr'
    txt = ('\n** Message non distribué pour le moment **\n\nUn problème temporaire a empêché la distribution de votre '
           'message à ' + rc + '. Gmail essaiera à nouveau pendant 45 heures. Vous serez informé si la distribution '
           'échoue définitivement.\n\nVoici la réponse du serveur distant :\n\n451 4.3.0 Temporary lookup failure\n')
    d = dsn('googlemail.com', date_hdr(when('fri', 9, 0)),
            [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'delayed'), ('Status', '4.3.0'),
              ('Remote-MTA', 'dns; mx.lesjardinsdenoemie.fr.'), ('Diagnostic-Code', 'smtp; 451 4.3.0 Temporary lookup failure'),
              ('Last-Attempt-Date', 'Fri, 04 Dec 2026 04:02:11 -0800 (PST)'),
              ('Will-Retry-Until', 'Sun, 06 Dec 2026 00:00:57 -0800 (PST)')]])
    add('gmail_fr_delay_temporaire.eml', B, message(
        [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OWNER),
         ('Subject', 'Delivery Status Notification (Delay)'), ('Date', 'Fri, 04 Dec 2026 04:02:12 -0800 (PST)'),
         ('Message-ID', '<675048c4.170a0220.2f1b9.77c1.GMR@mx.google.com>')],
        multipart('report', [part('text/plain', txt), part('message/delivery-status', d, cte=None),
                             part('text/rfc822-headers', reminder_msg(r, rc, headers_only=True), cte=None)],
                  'gdb', params='; report-type=delivery-status', boundary='000000000000b7c1a10626c0f2bb')),
        'fr', 'Gmail', 'Gmail delay notice (French)', facts='failed_recipient=' + rc + ';bounce_final=no',
        notes='owner sends through Google Workspace in this message (realistic mix of outbound hosts)')

    # 11 Office 365 Italian "Non recapitabile:"
    r = Rem(480, '900,00', '27/11/2026', when('thu', 9, 40), 'Gentile dott. Rinaldi', lang='it')
    rc = 'm.rinaldi@rinaldi-vini.it'
    txt = ('Impossibile recapitare il messaggio a ' + rc + '.\n\nLa cassetta postale del destinatario è piena e non può '
           'accettare messaggi in questo momento. Riprova a inviare il messaggio più tardi o contatta direttamente il '
           'destinatario.\n\nInformazioni di diagnostica per gli amministratori:\n\nServer di generazione: '
           'AM9P192MB1203.EURP192.PROD.OUTLOOK.COM\n\n' + rc + '\nRemote Server returned \'554 5.2.2 mailbox full; '
           'STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'\n')
    d = dsn('AM9P192MB1203.EURP192.PROD.OUTLOOK.COM', date_hdr(when('thu', 9, 40)),
            [[('Final-Recipient', 'rfc822;' + rc), ('Action', 'failed'), ('Status', '5.2.2'),
              ('Diagnostic-Code', 'smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException')]])
    add('o365_it_non_recapitabile_quota.eml', B, message(
        [('From', 'Microsoft Outlook <MAILER-DAEMON@AM9P192MB1203.EURP192.PROD.OUTLOOK.COM>'), ('To', OWNER_TO),
         ('Subject', 'Non recapitabile: ' + r.subject), ('Date', date_hdr(when('thu', 9, 40, sec=31))),
         ('Message-ID', '<0b7e2f1c-93d4-4c2b-a8f0-5e6d7c8b9a01@AM9P192MB1203.EURP192.PROD.OUTLOOK.COM>'),
         ('In-Reply-To', r.msgid), ('Content-Language', 'it-IT'), ('Auto-Submitted', 'auto-replied')],
        multipart('report', [part('text/plain', txt), part('message/delivery-status', d, cte=None),
                             part('text/rfc822-headers', reminder_msg(r, rc, headers_only=True), cte=None)],
                  'itb', params='; report-type=delivery-status'), crlf=True),
        'it', 'Microsoft 365 / Exchange Online', 'Italian NDR, mailbox quota 5.2.2', facts='failed_recipient=' + rc)

# ================================================================ other
def build_other():
    O = 'other'

    def oh(frm, subj, dt, domain, tag, to=OWNER_TO, extra=()):
        return base_h(frm, subj, dt, domain, tag, to=to, extra=extra)

    lu = [('List-Unsubscribe', '<https://links.example-esp.com/u/%s>' % 'x'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]

    # 1 OVHcloud invoice to the owner (auto debit mentioned)
    t = ('Bonjour Sophie Marchetti-Roy,\n\nVotre facture FR58472913 d\'un montant de 47,99 € TTC est disponible dans '
         'votre espace client.\n\nDétail :\n- Hébergement Web Pro – marchetti-roy.fr – 12 mois\n- Email Pro – 2 comptes\n\n'
         'Cette facture sera réglée par prélèvement SEPA sur le moyen de paiement enregistré, le 07/12/2026.\n\n'
         'Consulter ma facture : https://www.ovh.com/manager/#/billing/history\n\nL\'équipe OVHcloud\n\n'
         'Ce message est envoyé automatiquement, merci de ne pas y répondre.\nOVH SAS, 2 rue Kellermann, 59100 Roubaix.\n')
    add('ovhcloud_facture_disponible.eml', O, message(
        oh('OVHcloud <noreply@ovh.net>', 'Votre facture OVHcloud FR58472913', when('tue', 3, 14), 'ovh.net', 'ovh1'),
        part('text/plain', t)),
        'fr', 'OVHcloud', 'supplier invoice to the owner, future auto debit mentioned',
        notes='money leaves the owner later; not a bank notice')

    # 2 Free Pro invoice
    h = ('<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#cd1e25;'
         'color:#fff;padding:14px;font-size:18px">Free Pro</td></tr><tr><td style="padding:18px"><p>Bonjour,</p><p>Votre '
         'facture du mois de décembre 2026 est disponible.</p><table cellpadding="4"><tr><td>N° de facture</td>'
         '<td>FP-2026-12-0094412</td></tr><tr><td>Montant</td><td><b>39,99 € TTC</b></td></tr><tr><td>Prélèvement prévu le</td>'
         '<td>30/12/2026</td></tr></table><p><a href="https://pro.free.fr/espace-client">Accéder à mon espace client</a></p>'
         '<p style="font-size:11px;color:#888">Free Pro SAS – 8 rue de la Ville l\'Évêque, 75008 Paris. Merci de ne pas '
         'répondre à cet e-mail.</p></td></tr></table></body></html>')
    add('free_pro_facture_decembre.eml', O, message(
        oh('Free Pro <facturation@pro.free.fr>', 'Votre facture Free Pro de décembre est disponible', when('wed', 4, 2),
           'pro.free.fr', 'fp1'), part('text/html', h)),
        'fr', 'Free Pro', 'telecom invoice, HTML only')

    # 3 accountant's invoice with PDF
    t = ('Bonjour Sophie,\n\nVeuillez trouver ci-joint notre facture n° 2026-1187 relative à la tenue comptable et à '
         'l\'établissement de la déclaration 2035 (quatrième trimestre), d\'un montant de 1 100,00 € TTC, payable à réception.\n\n'
         'Pensez à nous transmettre vos relevés de décembre dès le 5 janvier.\n\nBien cordialement,\n\nMathilde Aubert\n'
         'Expert-comptable – Cabinet Aubert Expertise\n9 rue d\'Alsace-Lorraine, 31000 Toulouse\n')
    add('cabinet_aubert_facture_honoraires_pdf.eml', O, message(
        oh(addr('Mathilde Aubert', 'm.aubert@aubert-expertise.fr'), 'Facture honoraires T4 2026 – Marchetti-Roy Conseil',
           when('mon', 11, 40), 'aubert-expertise.fr', 'aub1'),
        multipart('mixed', [part('text/plain', t),
                            attach('application/pdf', 'Facture_2026-1187_Marchetti-Roy.pdf',
                                   mini_pdf(['CABINET AUBERT EXPERTISE', 'Facture n. 2026-1187',
                                             'Client : Marchetti-Roy Conseil', 'Honoraires T4 2026 : 916,67 EUR HT',
                                             'TVA 20 % : 183,33 EUR', 'Total TTC : 1 100,00 EUR']))], 'aub1')),
        'fr', 'Cabinet Aubert Expertise', 'supplier (accountant) invoice TO the owner, PDF',
        notes='written by a person but it is a supplier invoice to the owner: other per guide')

    # 4 URSSAF
    t = ('Madame,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr : '
         '« Échéancier de cotisations 2027 ».\n\nPour le consulter, connectez-vous à votre espace, rubrique Messagerie.\n\n'
         'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\nVotre Urssaf Midi-Pyrénées\n')
    add('urssaf_nouveau_document.eml', O, message(
        oh('Urssaf <ne-pas-repondre@urssaf.fr>', 'Un nouveau document est disponible dans votre espace',
           when('thu', 6, 40), 'urssaf.fr', 'urs1'), part('text/plain', t, cs='iso-8859-1')),
        'fr', 'URSSAF', 'administrative notice, document available')

    # 5 impots.gouv CFE
    t = ('Madame MARCHETTI-ROY,\n\nVotre avis d\'impôt de cotisation foncière des entreprises (CFE) 2026 est disponible '
         'dans votre espace professionnel sur impots.gouv.fr.\n\nDate limite de paiement : 15/12/2026.\n\n'
         'Si vous avez adhéré au prélèvement mensuel ou à l\'échéance, aucune démarche n\'est nécessaire.\n\n'
         'La Direction générale des Finances publiques\n\nCe message vous est adressé automatiquement, merci de ne pas '
         'répondre.\n')
    add('impots_gouv_avis_cfe_disponible.eml', O, message(
        oh('impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>', 'Votre avis de CFE 2026 est disponible',
           when('tue', 5, 50), 'dgfip.finances.gouv.fr', 'dgfip1'), part('text/plain', t)),
        'fr', 'DGFiP (impots.gouv.fr)', 'tax notice with a payment deadline')

    # 6 Malt message
    t = ('Bonjour Sophie,\n\nHôtel Le Clos Saint-Sernin vous a envoyé un message concernant le projet « Refonte des '
         'textes du site et des fiches chambres » :\n\n« Bonjour Sophie, nous avons vu votre profil et aimerions échanger '
         'sur une mission de 6 jours en janvier… »\n\nRépondre sur Malt : https://www.malt.fr/messages\n\nRépondez '
         'rapidement : les freelances qui répondent en moins de 24h ont 2 fois plus de chances d\'être choisis.\n\n'
         'L\'équipe Malt\n\nVous recevez cet e-mail car vous avez un profil freelance sur Malt. Gérer mes notifications.\n')
    add('malt_nouveau_message_client.eml', O, message(
        oh('Malt <noreply@malt.com>', 'Nouveau message de Hôtel Le Clos Saint-Sernin', when('wed', 10, 55), 'malt.com', 'malt1',
           extra=lu), part('text/plain', t)),
        'fr', 'Malt', 'marketplace notification quoting a prospect\'s message')

    # 7 LinkedIn
    h = ('<html><body style="font-family:-apple-system,Helvetica"><table width="520" align="center"><tr><td>'
         '<p style="font-size:20px">Sophie, vous êtes apparue dans 14 recherches cette semaine</p><p>Les personnes qui '
         'vous ont recherchée travaillent chez : Airbus, Région Occitanie, Vinovalie</p><p>Elles ont trouvé votre profil '
         'grâce à ces mots-clés : rédactrice, copywriting, communication vin</p><p><a href="https://www.linkedin.com/me/search-appearances/">'
         'Voir toutes les recherches</a></p><p style="font-size:11px;color:#888">Cet e-mail était destiné à Sophie '
         'Marchetti-Roy (Rédactrice & consultante en communication). Vous recevez des e-mails de notification de '
         'LinkedIn. Se désabonner · Aide<br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>'
         '</td></tr></table></body></html>')
    add('linkedin_apparitions_recherches.eml', O, message(
        oh('LinkedIn <notifications-noreply@linkedin.com>', 'Sophie, vous êtes apparue dans 14 recherches cette semaine',
           when('mon', 7, 14), 'linkedin.com', 'li1', extra=lu), part('text/html', h)),
        'fr', 'LinkedIn', 'social network notification, HTML only')

    # 8 Upwork
    t = ('Hi Sophie,\n\nGood news! The client viewed your proposal for "French & Italian copywriter for wine e-commerce '
         'launch".\n\nKeep an eye on your messages: clients often reach out shortly after viewing a proposal.\n\n'
         'View proposal: https://www.upwork.com/nx/proposals/\n\nThe Upwork Team\n\nThis email was sent to '
         'sophie@marchetti-roy.fr. Upwork Inc., 530 Lytton Avenue, Palo Alto, CA 94301. Unsubscribe.\n')
    add('upwork_proposal_viewed.eml', O, message(
        oh('Upwork <donotreply@upwork.com>', 'Your proposal was viewed by the client', when('thu', 17, 2), 'upwork.com',
           'up1', extra=lu), part('text/plain', t, cte='7bit')),
        'en', 'Upwork', 'marketplace notification (English)')

    # 9 Crème de la Crème
    t = ('Bonjour Sophie,\n\nUne nouvelle mission correspond à votre profil :\n\nRédacteur·rice UX / contenus – '
         'scale-up fintech\nDurée : 10 jours sur 5 semaines\nLieu : remote, 1 jour/semaine à Toulouse\nTJM indicatif : '
         '450 – 550 €\nDémarrage : 11 janvier 2027\n\nJe postule : https://app.cremedelacreme.io/missions\n\n'
         'La team Crème de la Crème\n\nVous recevez cet e-mail car vous faites partie de la communauté Crème de la Crème.\n')
    add('cremedelacreme_nouvelle_mission.eml', O, message(
        oh('Crème de la Crème <missions@cremedelacreme.io>', 'Nouvelle mission : Rédacteur·rice UX – 10 jours',
           when('fri', 9, 30), 'cremedelacreme.io', 'cdlc1', extra=lu), part('text/plain', t)),
        'fr', 'Crème de la Crème', 'freelance platform mission alert, mentions a daily rate')

    # 10 phishing Qonto account suspension
    h = ('<html><body style="font-family:Arial"><div style="max-width:560px;margin:auto"><img src="http://qonto-verif.example/'
         'logo.png" width="90"><h2>Action requise sur votre compte</h2><p>Cher client,</p><p>Suite à la nouvelle '
         'réglementation DSP3, nous devons mettre à jour vos informations. Sans action de votre part sous <b>24 heures</b>, '
         'votre compte professionnel et vos cartes seront temporairement suspendus.</p><p style="text-align:center">'
         '<a href="http://qonto-verif.example/fr/login?id=88231" style="background:#6b4ce6;color:#fff;padding:12px 24px">'
         'Vérifier mon compte</a></p><p>Merci de votre confiance,<br>Service Sécurité Qonto</p></div></body></html>')
    add('phishing_qonto_suspension_24h.eml', O, message(
        oh('Qonto Securite <securite@qonto-verif.example>', 'Action requise : votre compte sera suspendu sous 24h',
           when('tue', 2, 17), 'qonto-verif.example', 'phq', to='sophie@marchetti-roy.fr',
           extra=[('Reply-To', 'support@qonto-verif.example')]), part('text/html', h)),
        'fr', 'phishing (Qonto look-alike)', 'bank phishing, urgency, look-alike domain')

    # 11 phishing PayPal "payment received, action required"
    t = ('Vous avez reçu un paiement de 1 480,00 € EUR\n\nBonjour,\n\nUn paiement de 1 480,00 € vous a été envoyé par '
         'DOMAINE DU CLOS LAGARDE. Pour des raisons de sécurité, ce paiement est actuellement bloqué.\n\nPour recevoir '
         'les fonds, confirmez vos informations de compte dans les 48 heures :\nhttp://paypal-resolution.example/'
         'fr/confirm?tx=71K22\n\nSans confirmation, le paiement sera renvoyé à l\'expéditeur.\n\nCordialement,\n'
         'Service clientèle PayPal\n')
    add('phishing_paypal_paiement_bloque.eml', O, message(
        oh('PayPal <service@paypal-resolution.example>', 'Vous avez reçu un paiement de 1 480,00 € – action requise',
           when('fri', 16, 41), 'paypal-resolution.example', 'php', to='sophie@marchetti-roy.fr'),
        part('text/plain', t)),
        'fr', 'phishing (PayPal look-alike)', 'mimics a money-in notice naming a real client, asks to log in',
        notes='phishing: not a payment notification even though it quotes an amount and payer')

    # 12 phishing tax refund
    t = ('DGFiP - Direction Générale des Finances Publiques\n\nAprès les derniers calculs annuels de votre activité '
         'fiscale, nous avons déterminé que vous êtes éligible à recevoir un remboursement d\'impôt de 348,60 €.\n\n'
         'Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours ouvrables pour le traitement.\n\n'
         'Accéder au formulaire : http://impots-remboursement.example/form\n\nRéférence de remboursement : '
         'FR-2026-88341\n')
    add('phishing_dgfip_remboursement.eml', O, message(
        oh('Impots.gouv <remboursement@impots-remboursement.example>', 'Notification de remboursement - 348,60 €',
           when('wed', 23, 55), 'impots-remboursement.example', 'phd', to='undisclosed-recipients:;'),
        part('text/plain', t)),
        'fr', 'phishing (DGFiP look-alike)', 'tax refund phishing, undisclosed recipients')

    # 13 phishing parcel fee
    h = ('<html><body><p><b>Colissimo</b></p><p>Votre colis n° 6A27419935016 n\'a pas pu être livré en raison de frais '
         'de port impayés (1,99 €).</p><p>Veuillez régler ces frais pour programmer une nouvelle livraison : '
         '<a href="http://colis-suivi-fr.example/pay">Payer maintenant</a></p><p>Sans règlement sous 48h, votre colis '
         'sera retourné à l\'expéditeur.</p></body></html>')
    add('phishing_colis_frais_199.eml', O, message(
        oh('Colissimo <info@colis-suivi-fr.example>', 'Votre colis est en attente de livraison', when('thu', 7, 7),
           'colis-suivi-fr.example', 'phc', to='sophie@marchetti-roy.fr'), part('text/html', h, cs='windows-1252')),
        'fr', 'phishing (parcel)', 'small-fee parcel phishing')

    # 14 phishing Microsoft 365 mailbox, English
    t = ('Microsoft 365\n\nDear sophie@marchetti-roy.fr,\n\nYour mailbox has exceeded its storage limit. 3 incoming '
         'messages are on hold, including an invoice payment confirmation.\n\nRelease pending messages: '
         'https://m365-quota-center.example/release?u=sophie%40marchetti-roy.fr\n\nIf no action is taken within 12 hours, '
         'pending messages will be deleted.\n\nMicrosoft Corporation\n')
    add('phishing_m365_mailbox_quota_en.eml', O, message(
        oh('Microsoft 365 Admin <no-reply@m365-quota-center.example>', 'Mailbox storage full: 3 messages on hold',
           when('mon', 4, 4), 'm365-quota-center.example', 'phm', to='sophie@marchetti-roy.fr'),
        part('text/plain', t, cte='7bit')),
        'en', 'phishing (Microsoft look-alike)', 'credential phishing mentioning a held payment confirmation')

    # 15 spam lottery
    h = ('<html><body style="text-align:center;font-family:Verdana"><h1 style="color:#d4001a">FÉLICITATIONS !!!</h1>'
         '<p>Sophie, vous avez été sélectionnée pour recevoir un <b>iPhone 17 Pro</b> (valeur 1 329 €).</p>'
         '<p>Répondez à 3 questions rapides et payez uniquement les frais de livraison (2 €).</p>'
         '<p><a href="http://cadeau-fidelite.example/claim">RÉCUPÉRER MON CADEAU</a></p><p style="font-size:9px">'
         'Offre soumise à conditions. Pour ne plus recevoir nos offres, cliquez ici.</p></body></html>')
    add('spam_vous_avez_gagne_iphone.eml', O, message(
        oh('Service Fidélité <offres@cadeau-fidelite.example>', 'Sophie, vous avez gagné !!! 🎁', when('fri', 23, 12),
           'cadeau-fidelite.example', 'spm', to='sophie@marchetti-roy.fr'), part('text/html', h)),
        'fr', 'spam', '"vous avez gagné" prize spam')

    # 16 Google Calendar invitation from a client
    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n'
           'METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T100000Z\nDTSTAMP:20261202T101500Z\n'
           'ORGANIZER;CN=Tom Hargreaves:mailto:tom@pixelvigne.io\nUID:6q1b0m8f2vd0c9r3l5kq@google.com\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie@marchetti-roy.fr;X-NUM-GUESTS=0:mailto:sophie@marchetti-roy.fr\n'
           'SUMMARY:Point copy page tarifs\nDESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij\n'
           'LOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n')
    t = ('Tom Hargreaves vous a invité à un événement.\n\nPoint copy page tarifs\njeudi 10 déc. 2026 ⋅ 10:00 – 11:00 '
         '(heure normale d\'Europe centrale)\n\nRejoindre avec Google Meet : meet.google.com/abc-defg-hij\n\n'
         'Participer ? Oui - Peut-être - Non\n\nInvitation de Google Agenda. Vous recevez cet e-mail, car vous êtes '
         'invité à cet événement.\n')
    add('google_agenda_invitation_point.eml', O, message(
        oh('Tom Hargreaves (Google Agenda) <calendar-notification@google.com>',
           'Invitation: Point copy page tarifs @ jeu. 10 déc. 2026 10:00 - 11:00 (CET) (sophie@marchetti-roy.fr)',
           when('wed', 11, 15), 'google.com', 'cal1', to='sophie@marchetti-roy.fr',
           extra=[('Reply-To', 'Tom Hargreaves <tom@pixelvigne.io>'), ('Sender', 'Google Agenda <calendar-notification@google.com>')]),
        multipart('mixed', [multipart('alternative', [part('text/plain', t),
                                                      part('text/html', '<html><body>' + text_to_html_p(t) + '</body></html>'),
                                                      part('text/calendar', ics, params='; method=REQUEST', cte='7bit')], 'cala'),
                            attach('application/ics', 'invite.ics', ics.encode())], 'calm', boundary='000000000000c8d1e20626c10a11')),
        'fr', 'Google Calendar', 'system-sent calendar invitation on behalf of a client')

    # 17 Doctolib reminder
    t = ('Rappel de votre rendez-vous\n\nBonjour Sophie,\n\nNous vous rappelons votre rendez-vous :\n\n'
         'Vendredi 4 décembre 2026 à 17:30\nDr Anne-Laure Sicard – Masseur-kinésithérapeute\n18 rue Pharaon, 31000 Toulouse\n\n'
         'Pensez à vous munir de votre carte Vitale et de votre ordonnance.\n\nEmpêché(e) ? Annulez ou déplacez votre '
         'rendez-vous depuis votre compte Doctolib.\n\nL\'équipe Doctolib\n')
    add('doctolib_rappel_rdv.eml', O, message(
        oh('Doctolib <no-reply@doctolib.fr>', 'Rappel : votre rendez-vous demain à 17:30', when('thu', 17, 30),
           'doctolib.fr', 'doc1', to='sophie@marchetti-roy.fr'), part('text/plain', t)),
        'fr', 'Doctolib', 'appointment reminder')

    # 18 Amazon shipped
    t = ('Amazon.fr\n\nBonjour Sophie,\n\nVotre colis est en route !\n\nCommande n° 405-2211934-8830714\n'
         'Livraison prévue : samedi 5 décembre\n\n« Ramette papier recyclé A4 80 g x 5 » et 1 autre article\n\n'
         'Suivre votre colis : https://www.amazon.fr/gp/your-account/order-details\n\nTotal de la commande : 42,80 €\n\n'
         'Cet e-mail a été envoyé par Amazon EU S.à r.l. Merci de ne pas y répondre.\n')
    add('amazon_commande_expediee.eml', O, message(
        oh('"Amazon.fr" <expedition@amazon.fr>', 'Expédié : « Ramette papier recyclé A4 80 g x 5 » et 1 autre article',
           when('thu', 19, 44), 'amazon.fr', 'amz1', to='sophie@marchetti-roy.fr'), part('text/plain', t)),
        'fr', 'Amazon.fr', 'shipping notice mentioning an order total')

    # 19 Qonto newsletter (bank marketing)
    h = ('<html><body style="font-family:Inter,Arial;background:#f5f4f2"><table width="600" align="center" '
         'style="background:#fff"><tr><td style="padding:32px"><h1>Décembre : clôturez l\'année sereinement 🎄</h1>'
         '<p>Facturation électronique, relances automatiques, export comptable : tout ce qu\'il faut pour boucler 2026.</p>'
         '<h3>Nouveau : les relances de factures impayées</h3><p>Programmez jusqu\'à 3 rappels et suivez vos '
         'encaissements en temps réel.</p><h3>Webinar le 10 décembre</h3><p>« Réforme de la facturation électronique : '
         'êtes-vous prêt ? » – inscription gratuite.</p><p><a href="https://qonto.com/fr/blog">Lire la newsletter</a></p>'
         '<p style="font-size:11px;color:#888">Vous recevez cette newsletter car vous êtes client Qonto. '
         '<a href="https://qonto.com/unsubscribe">Se désinscrire</a><br>Olinda SAS, 18 rue de Navarin, 75009 Paris.</p>'
         '</td></tr></table></body></html>')
    add('qonto_newsletter_decembre.eml', O, message(
        oh('Qonto <newsletter@qonto.com>', 'Décembre : clôturez l\'année sereinement 🎄', when('tue', 10, 0), 'qonto.com',
           'qnl', extra=lu), alt('qnl', 'Décembre : clôturez l\'année sereinement\n\nNouveau : les relances de factures '
                                 'impayées.\nWebinar le 10 décembre.\n\nSe désinscrire : https://qonto.com/unsubscribe\n', h)),
        'fr', 'Qonto', 'bank\'s own newsletter (marketing)', notes='from a bank domain, but marketing: other')

    # 20 regional business newsletter
    t = ('LA MATINALE ÉCO D\'OCCITANIE – jeudi 3 décembre 2026\n\n'
         '• Aéronautique : un sous-traitant de Blagnac recrute 120 personnes\n'
         '• Viticulture : les vins de Gaillac misent sur l\'export vers l\'Italie\n'
         '• Délais de paiement : la médiation des entreprises alerte sur les retards des collectivités\n'
         '• Agenda : les trophées de l\'entrepreneuriat féminin le 9 décembre à Toulouse\n\n'
         'Lire en ligne : https://matinale-eco-occitanie.fr/edition/2026-12-03\n\n'
         'Vous recevez cette lettre car vous êtes abonnée à La Matinale Éco. Se désabonner.\n')
    add('matinale_eco_newsletter_media.eml', O, message(
        oh('La Matinale Éco <lettre@matinale-eco-occitanie.fr>', 'Délais de paiement : les collectivités pointées du doigt',
           when('thu', 6, 0), 'matinale-eco-occitanie.fr', 'mat1', extra=lu), part('text/plain', t)),
        'fr', 'La Matinale Éco (media)', 'media newsletter whose headline talks about payment delays')

    # 21 CCI agenda / event invitation
    h = ('<html><body style="font-family:Arial"><h2>Agenda de décembre</h2><p>Madame,</p><p>La CCI Toulouse Haute-Garonne '
         'vous invite à ses prochains ateliers :</p><ul><li><b>8 décembre</b> – Facturation électronique : ce qui change '
         'pour les TPE en 2027</li><li><b>11 décembre</b> – Petit-déjeuner « Impayés : prévenir et recouvrer »</li>'
         '<li><b>15 décembre</b> – Afterwork des indépendants, Cité des start-up</li></ul><p><a href="https://www.toulouse.cci.fr/agenda">'
         'Je m\'inscris</a></p><p style="font-size:11px">Conformément au RGPD, vous pouvez vous désinscrire à tout moment.</p>'
         '</body></html>')
    add('cci_toulouse_agenda_ateliers.eml', O, message(
        oh('CCI Toulouse Haute-Garonne <agenda@toulouse.cci.fr>', 'Vos rendez-vous de décembre à la CCI',
           when('mon', 14, 30), 'toulouse.cci.fr', 'cci1', extra=lu), part('text/html', h)),
        'fr', 'CCI Toulouse', 'professional body event invitation / agenda')

    # 22 Google security alert
    t = ('Nouvelle connexion sur Windows\n\nsophie@marchetti-roy.fr\n\nNous avons détecté une nouvelle connexion à votre '
         'compte Google sur un appareil Windows. Si c\'était vous, aucune action n\'est requise. Sinon, nous vous aiderons '
         'à sécuriser votre compte.\n\nVérifier l\'activité : https://accounts.google.com/AccountChooser?Email=sophie@marchetti-roy.fr\n\n'
         'Vous avez reçu cet e-mail pour vous informer des modifications importantes apportées à votre compte et aux '
         'services Google que vous utilisez.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n')
    add('google_alerte_securite_connexion.eml', O, message(
        oh('Google <no-reply@accounts.google.com>', 'Alerte de sécurité', when('wed', 21, 3), 'accounts.google.com', 'gsec',
           to='sophie@marchetti-roy.fr'), part('text/plain', t)),
        'fr', 'Google', 'security alert, new sign-in')

    # 23 Canva comment (SaaS)
    t = ('Margaux Vidal a commenté « Brochure Domaine Lagarde 2027 »\n\n« Sophie, tu peux raccourcir le texte de la page 3 ? '
         'Il déborde sur la photo des chais. »\n\nRépondre dans Canva : https://www.canva.com/design/\n\n'
         'Canva Pty Ltd. Vous recevez cet e-mail car vous êtes membre de l\'équipe « Clos Lagarde ». Gérer les notifications.\n')
    add('canva_commentaire_design.eml', O, message(
        oh('Canva <no-reply@canva.com>', 'Margaux Vidal a commenté votre design', when('fri', 11, 12), 'canva.com', 'cnv1',
           to='sophie@marchetti-roy.fr'), part('text/plain', t)),
        'fr', 'Canva', 'SaaS collaboration notification quoting a person')

    # 24 Yousign completed
    t = ('Bonjour Sophie Marchetti-Roy,\n\nLe document « Contrat de prestation – Pixelvigne – 2027 » a été signé par tous '
         'les signataires.\n\nSignataires :\n- Tom Hargreaves (Pixelvigne) – signé le 01/12/2026\n- Sophie Marchetti-Roy – '
         'signé le 30/11/2026\n\nTélécharger le document signé : https://yousign.app/\n\nYousign SAS, 8 allée Henri Pigis, '
         '14000 Caen. Ceci est un e-mail automatique.\n')
    add('yousign_document_signe.eml', O, message(
        oh('Yousign <noreply@yousign.com>', 'Document signé : Contrat de prestation – Pixelvigne – 2027',
           when('tue', 16, 58), 'yousign.com', 'ysg1'), part('text/plain', t)),
        'fr', 'Yousign', 'e-signature completion notice')

    # 25 Gandi domain renewal
    t = ('Bonjour,\n\nLe domaine marchetti-roy.fr arrive à expiration le 02/01/2027.\n\nLe renouvellement automatique est '
         'activé : nous débiterons 15,48 € TTC sur votre moyen de paiement enregistré 7 jours avant l\'expiration.\n\n'
         'Gérer le domaine : https://admin.gandi.net/domain/\n\nL\'équipe Gandi\n\nGandi SAS, 63-65 boulevard Masséna, '
         '75013 Paris.\n')
    add('gandi_renouvellement_domaine.eml', O, message(
        oh('Gandi <noreply@gandi.net>', '[Gandi] marchetti-roy.fr expire dans 30 jours', when('thu', 2, 30), 'gandi.net', 'gnd1'),
        part('text/plain', t)),
        'fr', 'Gandi', 'domain renewal notice with future card charge')

    # 26 Indy VAT return ready (accounting tool, not a bank feed)
    t = ('Bonjour Sophie,\n\nVotre déclaration de TVA de novembre est prête !\n\nTVA collectée : 2 418,00 €\n'
         'TVA déductible : 312,40 €\nTVA à payer : 2 105,60 €\n\nVérifiez-la et envoyez-la en un clic avant le 19 décembre.\n\n'
         'Je vérifie ma déclaration : https://app.indy.fr/declarations\n\nL\'équipe Indy\n')
    add('indy_declaration_tva_prete.eml', O, message(
        oh('Indy <hello@indy.fr>', 'Votre déclaration de TVA de novembre est prête', when('fri', 8, 0), 'indy.fr', 'indy2'),
        part('text/plain', t)),
        'fr', 'Indy', 'accounting tool reminder with amounts (no money movement)',
        notes='same sender as a bank-feed payment notice in this set; this one is not a movement')

    # 27 Shine satisfaction survey
    t = ('Bonjour Sophie,\n\nVous avez récemment échangé avec notre service client. Pouvez-vous nous dire en 2 minutes ce '
         'que vous en avez pensé ?\n\n⭐ Répondre à l\'enquête : https://shine.typeform.example/csat\n\nMerci !\n'
         'L\'équipe Shine\n\nVous pouvez vous désinscrire des enquêtes depuis vos préférences.\n')
    add('shine_enquete_satisfaction.eml', O, message(
        oh('Shine <enquete@shine.fr>', '2 minutes pour nous aider ? ⭐', when('wed', 15, 45), 'shine.fr', 'shs',
           extra=lu), part('text/plain', t)),
        'fr', 'Shine', 'bank\'s survey request')

    # 28 DMARC aggregate report
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n'
           '    <email>noreply-dmarc-support@google.com</email>\n    <report_id>1283476621930045517</report_id>\n'
           '    <date_range><begin>1764633600</begin><end>1764719999</end></date_range>\n  </report_metadata>\n'
           '  <policy_published><domain>marchetti-roy.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><pct>100</pct>'
           '</policy_published>\n  <record><row><source_ip>51.210.2.14</source_ip><count>6</count><policy_evaluated>'
           '<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>'
           '<identifiers><header_from>marchetti-roy.fr</header_from></identifiers></record>\n</feedback>\n')
    import gzip
    gz = gzip.compress(xml.encode(), mtime=0)
    add('dmarc_aggregate_report_google.eml', O, message(
        oh('noreply-dmarc-support@google.com', 'Report domain: marchetti-roy.fr Submitter: google.com Report-ID: 1283476621930045517',
           when('thu', 1, 59, tzh=0), 'google.com', 'dmarc1', to='dmarc@marchetti-roy.fr'),
        multipart('mixed', [part('text/plain', '', cte='7bit'),
                            attach('application/gzip', 'google.com!marchetti-roy.fr!1764633600!1764719999.xml.gz', gz)],
                  'dm', boundary='000000000000e4f5a60626c1200f')),
        'en', 'Google DMARC', 'DMARC aggregate report (feedback report), gzip attachment')


if __name__ == '__main__':
    run()
