#!/usr/bin/env python3
"""Build the final19 evaluation set (author "ah") for dunnerd.

Owner: Margaux Delannoy <margaux@delannoy-interpretation.fr>, freelance LSF
interpreter in Rennes (entreprise individuelle).  Every message is written
by hand below (synthetic); formats follow what these senders publicly use
(see README.md and the `pattern`/`notes` columns).  Standard library only.
Run:  python3 build.py   (rewrites the label sub-directories and labels.tsv)
"""
import base64
import datetime
import email.header
import email.utils
import hashlib
import os
import quopri
import shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final19'
ON = 'Margaux Delannoy'
OA = 'margaux@delannoy-interpretation.fr'
OWNER = 'Margaux Delannoy <margaux@delannoy-interpretation.fr>'
LABELS = ['human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other']
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license',
        'fidelity', 'lang', 'provider', 'source_group', 'pattern', 'direction',
        'amount', 'currency', 'payer', 'reference', 'value_date',
        'counts_as_payment', 'facts', 'split', 'notes']
ROWS = []
_seq = [0]


# ---------------------------------------------------------------- helpers
def D(day, hh, mm, ss=0, tz=1):
    """Date header for 30 Nov - 4 Dec 2026 (day 30 = Monday 30 Nov)."""
    month = 11 if day >= 28 else 12
    z = datetime.timezone(datetime.timedelta(hours=tz))
    return email.utils.format_datetime(datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=z))


def h(seed, n=16):
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def H(s, charset='utf-8'):
    """Encode a header value with RFC 2047 when it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return email.header.Header(s, charset, maxlinelen=76).encode()


def A(name, addr, charset='utf-8'):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=charset)


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', params='', extra=()):
    if isinstance(text, str) and charset and charset.lower() in ('us-ascii', 'ascii') and not text.isascii():
        charset, cte = 'utf-8', 'quoted-printable'   # what a mail client does when the text is not ASCII
    if isinstance(text, str) and charset and charset.lower() == 'iso-8859-1' and '€' in text:
        charset = 'windows-1252'                      # Outlook-style: latin-1 plus the euro sign
    data = text.encode(charset or 'latin-1') if isinstance(text, str) else text
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    ct = 'Content-Type: ' + ctype
    if charset and ctype.startswith('text/'):
        ct += '; charset="%s"' % charset
    ct += params
    hl = [ct]
    if cte:
        hl.append('Content-Transfer-Encoding: ' + cte)
    hl += list(extra)
    return (hl, body)


def attach(ctype, data, filename, disp='attachment'):
    fn = H(filename)
    return (['Content-Type: %s; name="%s"' % (ctype, fn),
             'Content-Transfer-Encoding: base64',
             'Content-Disposition: %s; filename="%s"' % (disp, fn)],
            base64.encodebytes(data))


def multi(subtype, parts, boundary=None, extra='', preamble=''):
    _seq[0] += 1
    if not boundary:
        x = h('b%d' % _seq[0], 32)
        style = _seq[0] % 5
        boundary = ['000000000000%s' % x[:16],                                  # Gmail
                    '_000_%s_' % x[:24].upper(),                                 # Outlook / Exchange
                    '----=_Part_%d_%d.%s' % (_seq[0] * 37, int(x[:6], 16), x[6:19]),  # Java mailers
                    'Apple-Mail=_%s-%s-%s' % (x[:8].upper(), x[8:12].upper(), x[12:24].upper()),
                    '===============%s==' % str(int(x[:12], 16))[:19]][style]    # Python / PHP
    b = boundary
    out = preamble.encode('ascii')
    if preamble and not preamble.endswith('\n'):
        out += b'\n'
    for hl, body in parts:
        if not body.endswith(b'\n'):
            body += b'\n'
        out += b'--' + b.encode() + b'\n' + '\n'.join(hl).encode('utf-8') + b'\n\n' + body
    out += b'--' + b.encode() + b'--\n'
    return (['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, b, extra)], out)


def raw_part(hl, body):
    """A part whose body is already in its final (possibly 8bit) form."""
    return (hl, body)


def build(headers, part, crlf=False, mime=True):
    hl = []
    for k, v in headers:
        if v is None:
            continue
        hl.append('%s: %s' % (k, v))
    if mime and not any(k.lower() == 'mime-version' for k, _ in headers):
        hl.append('MIME-Version: 1.0')
    hl += part[0]
    raw = '\n'.join(hl).encode('utf-8') + b'\n\n' + part[1]
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def emit(path, raw, label, **kw):
    assert label in LABELS and path.startswith(label + '/'), path
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(raw)
    row = dict.fromkeys(COLS, '')
    row.update(file=path, label=label, source_repo='synthetic', source_path='build.py',
               license='written for dunnerd', fidelity='synthetic', split=SPLIT)
    for k, v in kw.items():
        assert k in COLS, k
        row[k] = v
    ROWS.append(row)


def pdf(lines):
    """A tiny valid one-page PDF (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 10 Tf 50 790 Td 14 TL ' + ' '.join("(%s) '" % esc(l) for l in lines) + ' ET'
    cb = content.encode('cp1252')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
            b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'\nendstream']
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


def rid(inv, k=1):
    """Message-ID of the owner's k-th reminder for invoice F-2026-0NNN / INV-0NNN."""
    return '<dunnerd.%d.%d@delannoy-interpretation.fr>' % (int(inv[-4:]), k)


def q(text):
    return '\n'.join(('>' + l) if l.startswith('>') or not l else ('> ' + l) for l in text.rstrip('\n').split('\n')) + '\n'


def rem_fr(inv, amount, due, hello='Bonjour,'):
    return ('%s\n\nSauf erreur de ma part, la facture %s d\'un montant de %s (TVA non applicable, '
            'art. 293 B du CGI), échue le %s, reste impayée à ce jour.\n\n'
            'Je vous remercie de bien vouloir procéder à son règlement par virement '
            '(IBAN FR76 1695 8000 0100 4471 2236 518) ou de me tenir informée si un point bloque.\n\n'
            'Bien cordialement,\n\nMargaux Delannoy\nInterprète français / LSF\n'
            'delannoy-interpretation.fr - 06 71 48 22 09\n' % (hello, inv, amount, due))


def rem_en(inv, amount, due):
    return ('Hello,\n\nAccording to my records, invoice %s for %s, due on %s, is still unpaid.\n\n'
            'Could you please arrange payment by bank transfer (IBAN FR76 1695 8000 0100 4471 2236 518, '
            'BIC QNTOFRP1XXX), or let me know if anything is holding it up?\n\n'
            'Kind regards,\n\nMargaux Delannoy\nFrench Sign Language (LSF) interpreter\n'
            'delannoy-interpretation.fr\n' % (inv, amount, due))


def subj_fr(inv):
    return 'Rappel : facture %s échue' % inv


def subj_en(inv):
    return 'Reminder: invoice %s is overdue' % inv


def gmail_id(seed):
    return '<CA%s+%s@mail.gmail.com>' % (h(seed, 12).upper(), h(seed + 'x', 22))


def outlook_id(seed, host='PAXP193MB1742'):
    return '<%s%s@%s.EURP193.PROD.OUTLOOK.COM>' % (host, h(seed, 28).upper(), host)


def apple_id(seed, dom):
    s = h(seed, 32).upper()
    return '<%s-%s-%s-%s-%s@%s>' % (s[:8], s[8:12], s[12:16], s[16:20], s[20:32], dom)


HR = 'human_reply'
PN = 'payment_notification'
AR = 'auto_reply'
BO = 'bounce'
OT = 'other'


# ================================================================ human_reply
def human_part1():
    # 1. top-posted promise "vendredi", Gmail (Workspace) client, multipart/alternative
    inv = 'F-2026-0412'
    r = rem_fr(inv, '1 480,00 €', '15/11/2026')
    txt = ('Bonjour Margaux,\n\nToutes mes excuses, la facture était restée bloquée dans le circuit de '
           'validation pendant le départ en congés de notre directrice.\nJe fais le virement vendredi, '
           'vous devriez le voir apparaître en début de semaine prochaine.\n\nBelle journée,\nSolène\n\n'
           '--\nSolène Guillou\nChargée de production\nKerlenn Événements - 12 quai Duguay-Trouin, 35000 Rennes\n\n'
           'Le lun. 30 nov. 2026 à 09:02, Margaux Delannoy <%s> a écrit :\n' % OA + q(r))
    html = ('<div dir="ltr">Bonjour Margaux,<div><br></div><div>Toutes mes excuses, la facture était restée '
            'bloquée dans le circuit de validation pendant le départ en congés de notre directrice.</div>'
            '<div>Je fais le virement vendredi, vous devriez le voir apparaître en début de semaine prochaine.</div>'
            '<div><br></div><div>Belle journée,</div><div>Solène</div><div><br></div>-- <br><div dir="ltr">'
            '<b>Solène Guillou</b><br>Chargée de production<br>Kerlenn Événements - 12 quai Duguay-Trouin, 35000 Rennes'
            '</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le lun. 30 nov. 2026 à 09:02, '
            'Margaux Delannoy &lt;<a href="mailto:%s">%s</a>&gt; a écrit&nbsp;:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (OA, OA, r.replace('\n', '<br>\n')))
    raw = build([('From', A('Solène Guillou', 'solene.guillou@kerlenn-evenements.fr')), ('Date', D(1, 10, 47, 12)),
                 ('Message-ID', gmail_id('h1')), ('Subject', H('Re: ' + subj_fr(inv))), ('To', OWNER),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', html)]))
    emit('human_reply/kerlenn_fr_virement_vendredi.eml', raw, HR, lang='fr', source_group='Kerlenn Événements',
         pattern='Gmail top-posted reply, weekday promise', facts='promise_date=2026-12-04',
         notes='Sent Tue 1 Dec; "vendredi" = Fri 4 Dec')

    # 2. Outlook HTML-only, accounts payable, "paiement prévu le 15", long legal disclaimer
    inv = 'F-2026-0398'
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1" vlink="#954F72">'
            '<div class="WordSection1"><p class="MsoNormal">Bonjour Madame Delannoy,<o:p></o:p></p><p class="MsoNormal">'
            '<o:p>&nbsp;</o:p></p><p class="MsoNormal">Votre facture F-2026-0398 a bien été validée par le service '
            'Communication le 26/11.<o:p></o:p></p><p class="MsoNormal">Le paiement est prévu le 15 avec notre prochaine '
            'campagne de règlements fournisseurs.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Cordialement,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Nathalie Le Bihan</span></b><br>'
            '<span style="font-size:9.0pt;color:#7F7F7F">Comptabilité fournisseurs - Direction Administrative et Financière'
            '<br>ARMOR LOGISTIQUE SAS - ZI de la Janais - 35131 Chartres-de-Bretagne<br>Tél. : 02 99 00 41 17</span>'
            '<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
            'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De :</b> Margaux Delannoy &lt;%s&gt; <br><b>Envoyé :</b> '
            'lundi 30 novembre 2026 09:05<br><b>À :</b> Fournisseurs Armor &lt;fournisseurs@armor-logistique.fr&gt;<br>'
            '<b>Objet :</b> Rappel : facture F-2026-0398 échue<o:p></o:p></p></div><p class="MsoNormal">%s</p>'
            '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Ce message et toutes les pièces jointes sont '
            'confidentiels et établis à l\'intention exclusive de ses destinataires. Toute utilisation ou diffusion non '
            'autorisée est interdite. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement '
            'l\'expéditeur et de le détruire. ARMOR LOGISTIQUE SAS décline toute responsabilité au titre de ce message '
            's\'il a été altéré, déformé ou falsifié. This e-mail and any attachments are confidential and intended '
            'solely for the addressee. If you have received it in error, please notify the sender and delete it.'
            '<br>Pensez à l\'environnement avant d\'imprimer ce message.</span></p></div></body></html>'
            % (OA, rem_fr(inv, '920,00 €', '10/11/2026').replace('\n', '<br>\n')))
    raw = build([('From', A('LE BIHAN Nathalie', 'n.lebihan@armor-logistique.fr')),
                 ('To', OWNER), ('Subject', H('RE: ' + subj_fr(inv))), ('Thread-Topic', H(subj_fr(inv))),
                 ('Thread-Index', 'AQHbQ2Vn4mXq0k3rTUyqkB1bCw3Ftg=='), ('Date', D(30, 14, 21, 40)),
                 ('Message-ID', outlook_id('h2', 'PR3P193MB0884')), ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('Accept-Language', 'fr-FR, en-US'), ('Content-Language', 'fr-FR'),
                 ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
                leaf('text/html', html, cte='quoted-printable'), crlf=True)
    emit('human_reply/armor_logistique_fr_outlook_html_le15.eml', raw, HR, lang='fr',
         source_group='Armor Logistique', pattern='Outlook HTML-only, disclaimer, day-of-month promise',
         facts='promise_date=2026-12-15', notes='"le 15" said on 30 Nov = 15 Dec')

    # 3. informal tu, association, "d'ici la fin de la semaine prochaine", Apple Mail
    inv = 'F-2026-0431'
    txt = ('Coucou Margaux,\n\nAïe, désolée, c\'est moi qui ai la carte du compte de l\'asso et j\'étais sous '
           'l\'eau avec la préparation du festival. Je m\'en occupe d\'ici la fin de la semaine prochaine, promis !\n'
           'Encore merci pour la soirée contes, les retours étaient super.\n\nBises\nAnaïs\n\n'
           'Envoyé de mon iPhone\n\n> Le 2 déc. 2026 à 08:31, Margaux Delannoy <%s> a écrit :\n> \n' % OA
           + q(rem_fr(inv, '310,00 €', '20/11/2026', 'Bonjour Anaïs,')).replace('\n> ', '\n> ', 1))
    raw = build([('Content-Type', None), ('From', A('Anaïs Rouxel', 'anais.rouxel@mainsquiparlent.example')),
                 ('Mime-Version', '1.0 (1.0)'), ('Date', D(2, 12, 3, 55)),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Message-Id', apple_id('h3', 'mainsquiparlent.example')),
                 ('References', rid(inv)), ('In-Reply-To', rid(inv)), ('To', OWNER),
                 ('X-Mailer', 'iPhone Mail (22B91)')],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/mainsquiparlent_fr_tu_fin_semaine_prochaine.eml', raw, HR, lang='fr',
         source_group='Association Les Mains qui parlent', pattern='informal tu, iPhone, relative "fin de la semaine prochaine"',
         facts='promise_date=2026-12-11', notes='Sent Wed 2 Dec; end of next week = Fri 11 Dec')

    # 4. English, UK conference organiser, "we'll pay on the 10th"
    inv = 'INV-0427'
    txt = ('Hi Margaux,\n\nThanks for the nudge and apologies for the delay - our finance team moved to a new '
           'purchase ledger in November and a few supplier invoices slipped through.\n\n'
           'I\'ve checked with them this morning: your invoice is approved and we\'ll pay on the 10th '
           '(it\'s in the next BACS/SEPA batch).\n\nBest wishes,\n\nEleanor Whitcombe\nEvents Manager | '
           'Northgate Conferences Ltd\n+44 20 7946 0318\n\n'
           'From: Margaux Delannoy <%s>\nSent: Monday, November 30, 2026 9:10 AM\nTo: Eleanor Whitcombe '
           '<e.whitcombe@northgate-conferences.co.uk>\nSubject: %s\n\n' % (OA, subj_en(inv))
           + rem_en(inv, '€1,860.00', '13 November 2026'))
    raw = build([('From', A('Eleanor Whitcombe', 'e.whitcombe@northgate-conferences.co.uk')), ('To', OWNER),
                 ('Subject', 'RE: ' + subj_en(inv)), ('Date', D(3, 10, 12, 8, 0)),
                 ('Message-ID', outlook_id('h4', 'LO2P265MB5127').replace('EURP193', 'GBRP265')),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)), ('Content-Language', 'en-GB')],
                multi('alternative', [leaf('text/plain', txt, charset='us-ascii', cte='7bit'),
                                      leaf('text/html', '<html><body><p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>', charset='us-ascii', cte='7bit')]),
                crlf=True)
    emit('human_reply/northgate_en_pay_on_10th.eml', raw, HR, lang='en', source_group='Northgate Conferences Ltd',
         pattern='Outlook (UK) reply, ordinal day promise, header-block quote', facts='promise_date=2026-12-10',
         notes='Sent Thu 3 Dec; "on the 10th" = 10 Dec')

    # 5. English AP, "payment run is on Thursday"
    inv = 'INV-0419'
    txt = ('Dear Ms Delannoy,\n\nThank you for your email. Invoice INV-0419 (EUR 2,340.00) has been matched to PO '
           '4500188731 and released for payment.\n\nOur next payment run is on Thursday; funds usually reach '
           'the beneficiary\'s account within 1-2 business days.\n\nKind regards,\n\nRavi Subramanian\n'
           'Accounts Payable Analyst - EMEA Shared Services\nLumio Pharma France SAS\n\n'
           'CONFIDENTIALITY NOTICE: This message (including any attachments) may contain confidential, proprietary '
           'or legally privileged information and is intended only for the named recipient(s). If you are not the '
           'intended recipient, please notify the sender immediately and delete this message.\n')
    raw = build([('From', A('Subramanian, Ravi', 'ravi.subramanian@lumiopharma.example')), ('To', OWNER),
                 ('CC', 'AP EMEA <ap.emea@lumiopharma.example>'), ('Subject', 'RE: ' + subj_en(inv) + ' [EXTERNAL]'),
                 ('Date', D(30, 16, 2, 33)), ('Message-ID', outlook_id('h5', 'DB9PR07MB8831')),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('human_reply/lumio_en_payment_run_thursday.eml', raw, HR, lang='en', source_group='Lumio Pharma France',
         pattern='AP analyst, [EXTERNAL] tag, weekday promise', facts='promise_date=2026-12-03',
         notes='Sent Mon 30 Nov; "Thursday" = Thu 3 Dec (payment run date)')

    # 6. dispute on hours
    inv = 'F-2026-0405'
    txt = ('Bonjour Madame Delannoy,\n\nNous avons bien reçu votre relance. Nous contestons toutefois le montant de '
           'cette facture : l\'intervention du 12 novembre au Théâtre de l\'Arsenal a duré 2 heures (table ronde de '
           '18h à 20h) et non 3 heures comme facturé. Notre bon de commande mentionnait également un tarif horaire '
           'de 65 € et non 75 €.\n\nMerci de nous adresser une facture rectifiée ; nous la réglerons dès réception.\n\n'
           'Cordialement,\n\nBertrand Morvan\nAdministrateur\nFestival Les Embruns\n')
    raw = build([('From', A('Bertrand Morvan', 'administration@festival-lesembruns.fr')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(1, 11, 36, 2)),
                 ('Message-ID', '<000a01dc62f1$8b3c2e40$a1b48ac0$@festival-lesembruns.fr>'),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)), ('X-Mailer', 'Microsoft Outlook 16.0'),
                 ('Thread-Index', 'AQLy8m3H0f3kZ1hT6KpZJY2bR0nW3w==')],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('human_reply/embruns_fr_dispute_heures.eml', raw, HR, lang='fr', source_group='Festival Les Embruns',
         pattern='dispute on hours and rate, asks corrected invoice, ISO-8859-1 QP', facts='dispute=yes;request_invoice=yes',
         notes='"nous la réglerons dès réception" is conditional, no date')

    # 7. already paid with date, short
    inv = 'F-2026-0387'
    txt = ('Bonjour,\n\nLe virement a été effectué le 27 novembre depuis notre compte Crédit Mutuel, '
           'référence F-2026-0387. Il devrait être arrivé maintenant.\n\nCdlt\n\nPatrick Hamon\nGérant\n'
           'Hamon & Fils Menuiserie\n')
    raw = build([('From', A('Patrick Hamon', 'p.hamon@hamon-menuiserie.fr')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(30, 18, 44, 10)),
                 ('Message-ID', '<1764524650.%s@webmail.hamon-menuiserie.fr>' % h('h7', 8)),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('User-Agent', 'Roundcube Webmail/1.6.9')],
                leaf('text/plain', txt, cte='8bit', params='; format=flowed'))
    emit('human_reply/hamon_fr_deja_paye_27nov.eml', raw, HR, lang='fr', source_group='Hamon & Fils Menuiserie',
         pattern='Roundcube, already paid with date, 8bit UTF-8', facts='already_paid=2026-11-27')

    # 8. forwarded bank confirmation (Crédit Mutuel "avis d'opération") inline
    inv = 'F-2026-0402'
    fwd = ('---------- Forwarded message ---------\nDe : <noreply@e.creditmutuel.fr>\nDate: jeu. 26 nov. 2026 à 14:12\n'
           'Subject: Confirmation de votre virement\nTo: <compta@crechelespiaf.example>\n\n\n'
           'Bonjour,\n\nNous vous confirmons l\'enregistrement de votre virement SEPA :\n\n'
           'Compte débité : CCS CRECHE LES PIAFS - ****3310\nBénéficiaire : DELANNOY MARGAUX\n'
           'IBAN bénéficiaire : FR76 **** **** **** **** **** 518\nMontant : 450,00 EUR\n'
           'Motif : FACT F-2026-0402 ATELIER BEBES SIGNEURS\nDate d\'exécution : 26/11/2026\n\n'
           'Crédit Mutuel - Ce message est envoyé automatiquement, merci de ne pas y répondre.\n')
    txt = ('Bonjour Margaux,\n\nJe vous transfère la confirmation de notre banque : le virement est parti le 26. '
           'Peut-être un décalage de quelques jours ?\n\nBonne soirée,\nÉlodie Perrin\nDirectrice - Crèche Les Piafs\n\n' + fwd)
    raw = build([('From', A('Crèche Les Piafs', 'compta@crechelespiaf.example')), ('To', OWNER),
                 ('Subject', H('Fwd: Confirmation de votre virement')), ('Date', D(1, 17, 58, 21)),
                 ('Message-ID', gmail_id('h8'))],
                multi('alternative', [leaf('text/plain', txt, cte='base64'),
                                      leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div>', cte='base64')]))
    emit('human_reply/piafs_fr_fwd_confirmation_banque.eml', raw, HR, lang='fr', source_group='Crèche Les Piafs',
         pattern='fresh mail (no In-Reply-To) forwarding a bank confirmation inline, base64',
         facts='already_paid=2026-11-26', notes='Forward of a Crédit Mutuel notice sent by the client: not a bank notice to the owner')

    # 9. already paid, bank PDF attached
    inv = 'F-2026-0376'
    body = ('Bonjour,\n\nCette facture a été réglée le 24/11/2026 par virement. Vous trouverez ci-joint l\'avis '
            'de virement édité par notre banque.\n\nCordialement,\n\nSandrine Jégo\nAssistante de direction\n'
            'Cabinet Jégo & Associés - Avocats\n')
    pdfb = pdf(['BANQUE POPULAIRE GRAND OUEST', 'AVIS D\'EXECUTION DE VIREMENT SEPA', '',
                'Donneur d\'ordre : SELARL JEGO ET ASSOCIES', 'Beneficiaire : MME DELANNOY MARGAUX',
                'Montant : 780,00 EUR', 'Date d\'execution : 24/11/2026',
                'Reference : F-2026-0376 INTERPRETATION RDV CLIENT', 'Statut : EXECUTE'])
    raw = build([('From', A('Sandrine Jégo', 'secretariat@jego-avocats.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(2, 9, 15, 30)),
                 ('Message-ID', outlook_id('h9', 'PAZP264MB3125').replace('EURP193', 'FRAP264')),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('mixed', [leaf('text/plain', body), attach('application/pdf', pdfb, 'Avis_virement_24112026.pdf')]))
    emit('human_reply/jego_fr_deja_paye_pdf.eml', raw, HR, lang='fr', source_group='Cabinet Jégo & Associés',
         pattern='already paid, bank transfer advice as PDF attachment', facts='already_paid=2026-11-24')

    # 10. "il me semble que c'est déjà réglé"
    inv = 'F-2026-0366'
    txt = ('Bonjour Margaux,\n\nIl me semble que nous avons déjà réglé cette facture, je l\'ai vue passer '
           'dans le dernier lot de paiements. Pouvez-vous vérifier de votre côté ?\n\nMerci,\nJulien\n')
    raw = build([('From', A('Julien Carré', 'julien.carre@agence-ponant.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(3, 8, 51, 0)),
                 ('Message-ID', '<%s@agence-ponant.example>' % h('h10', 24)), ('In-Reply-To', rid(inv, 2)),
                 ('References', rid(inv, 1) + ' ' + rid(inv, 2)),
                 ('User-Agent', 'Mozilla Thunderbird')],
                leaf('text/plain', txt + '\nLe 03/12/2026 à 08:00, Margaux Delannoy a écrit :\n' +
                     q(rem_fr(inv, '540,00 €', '31/10/2026')), cte='8bit', params='; format=flowed'))
    emit('human_reply/ponant_fr_deja_regle_verifier.eml', raw, HR, lang='fr', source_group='Agence Ponant',
         pattern='Thunderbird, hedged already-paid claim without date, second reminder', facts='already_paid=claimed')

    # 11. request invoice again
    inv = 'F-2026-0409'
    txt = ('Bonjour,\n\nJe ne retrouve pas cette facture dans nos fichiers (changement de prestataire comptable '
           'en octobre). Pourriez-vous me la renvoyer en PDF, à cette adresse ?\n\nMerci d\'avance,\n\n'
           'Claire Lemoine\nRessources humaines - Handi\'Cap Emploi 35\n')
    raw = build([('From', A('Claire Lemoine', 'c.lemoine@handicapemploi35.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(30, 11, 5, 44)),
                 ('Message-ID', outlook_id('h11', 'PR1P264MB2202')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<p>' + txt.replace('\n', '<br>') + '</p>')]))
    emit('human_reply/handicapemploi_fr_renvoyer_facture.eml', raw, HR, lang='fr',
         source_group="Handi'Cap Emploi 35", pattern='asks invoice again', facts='request_invoice=yes')

    # 12. CHU asks RIB to create supplier
    inv = 'F-2026-0355'
    txt = ('Madame,\n\nVotre facture ne peut être mise en paiement car votre fiche tiers n\'est pas créée dans '
           'notre logiciel financier. Merci de nous transmettre un RIB au format PDF (à l\'en-tête de votre banque) '
           'ainsi que votre numéro SIRET.\nDès réception, la facture sera liquidée et mandatée.\n\n'
           'Cordialement,\n\nBureau des fournisseurs\nDirection des Finances\nCentre Hospitalier de Vilaine-Sud\n'
           'Tél. 02 99 00 12 40 (le matin)\n')
    raw = build([('From', A('Bureau Fournisseurs', 'fournisseurs.finances@ch-vilainesud.example')), ('To', OWNER),
                 ('Subject', H('TR: ' + subj_fr(inv))), ('Date', D(1, 9, 2, 11)),
                 ('Message-ID', '<%s.%s@ch-vilainesud.example>' % (h('h12', 12), h('h12b', 8))),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('X-Mailer', 'Zimbra 10.0.9_GA_4654 (ZimbraWebClient - FF132 (Win)/10.0.9_GA_4654)')],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/ch_vilainesud_fr_demande_rib.eml', raw, HR, lang='fr', source_group='CH Vilaine-Sud',
         pattern='public hospital, Zimbra, asks RIB + SIRET', facts='request_rib=yes')

    # 13. "Noté."
    inv = 'F-2026-0414'
    raw = build([('From', A('Yann Le Floc\'h', 'yann@atelier-floch.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(2, 19, 20, 3)),
                 ('Message-ID', gmail_id('h13')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', 'Noté.\n\nLe mer. 2 déc. 2026, 09:00, Margaux Delannoy <%s> a écrit :\n' % OA +
                     q(rem_fr(inv, '260,00 €', '25/11/2026')), cte='quoted-printable'))
    emit('human_reply/floch_fr_note.eml', raw, HR, lang='fr', source_group="Atelier Le Floc'h",
         pattern='one-word answer above quote')

    # 14. "ok merci" iPhone, no quote
    inv = 'F-2026-0421'
    raw = build([('From', A('Mathilde B.', 'mathilde.b@example.org')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(4, 7, 48, 19)),
                 ('Message-Id', apple_id('h14', 'example.org')), ('In-Reply-To', rid(inv)),
                 ('Mime-Version', '1.0 (1.0)'), ('X-Mailer', 'iPhone Mail (22B91)')],
                leaf('text/plain', 'ok merci\n\nEnvoyé de mon iPhone', charset='us-ascii', cte='7bit'))
    emit('human_reply/mathilde_fr_ok_merci_iphone.eml', raw, HR, lang='fr', source_group='private client (wedding)',
         pattern='two words, iPhone signature, no References')

    # 15. English "Thanks, noted. Will chase internally."
    inv = 'INV-0433'
    raw = build([('From', A('Tom Achterberg', 'tom.achterberg@brightwave-media.example')), ('To', OWNER),
                 ('Subject', 'Re: ' + subj_en(inv)), ('Date', D(1, 15, 3, 0, 1)),
                 ('Message-ID', gmail_id('h15')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', 'Thanks, noted. Will chase internally.\n\nTom\n\nOn Tue, 1 Dec 2026 at 09:00, '
                     'Margaux Delannoy <%s> wrote:\n' % OA + q(rem_en(inv, '€720.00', '20 November 2026')),
                     charset='UTF-8', cte='7bit'))
    emit('human_reply/brightwave_en_will_chase.eml', raw, HR, lang='en', source_group='Brightwave Media',
         pattern='short acknowledgement, no commitment')


def human_part2():
    # 16. negation: nous ne contestons pas + semaine du 14
    inv = 'F-2026-0391'
    txt = ('Bonjour Madame Delannoy,\n\nNous ne contestons pas votre facture, la prestation s\'est très bien passée. '
           'Nous attendons cependant le versement de la subvention de la Région pour régler nos fournisseurs ; '
           'il est annoncé pour la semaine du 14 décembre et nous vous paierons dans la foulée.\n\n'
           'Avec nos excuses pour ce délai,\n\nGwenaëlle Tanguy\nTrésorière - Compagnie Toile de Fond\n')
    raw = build([('From', A('Gwenaëlle Tanguy', 'tresorerie@cie-toiledefond.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(1, 21, 14, 52)),
                 ('Message-ID', '<%s@cie-toiledefond.example>' % h('h16', 20)),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')],
                leaf('text/plain', txt, cte='8bit', params='; format=flowed'))
    emit('human_reply/toiledefond_fr_ne_contestons_pas_semaine14.eml', raw, HR, lang='fr',
         source_group='Compagnie Toile de Fond', pattern='negated dispute, "semaine du 14 décembre"',
         facts='promise_date=week_of_2026-12-14', notes='"Nous ne contestons pas" is not a dispute')

    # 17. je n'ai pas encore pu payer, no date
    inv = 'F-2026-0417'
    txt = ('Bonjour Margaux,\n\nJe n\'ai pas encore pu payer, notre trésorerie est très tendue ce mois-ci '
           '(deux gros clients en retard eux aussi...). Je reviens vers vous dès que j\'y vois plus clair, '
           'je ne vous oublie pas.\n\nDésolé,\nFabrice\n\n-- \nFabrice Nédélec\nStudio Nédélec Vidéo\n')
    raw = build([('From', A('Fabrice Nédélec', 'fabrice@studio-nedelec.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(2, 18, 2, 40)),
                 ('Message-ID', gmail_id('h17')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/nedelec_fr_pas_encore_pu_payer.eml', raw, HR, lang='fr', source_group='Studio Nédélec Vidéo',
         pattern='negation "je n\'ai pas encore pu payer", no date')

    # 18. reply from a different (personal) address, "demain"
    inv = 'F-2026-0425'
    txt = ('Bonjour Margaux,\n\nJe vous écris de mon adresse perso, ma messagerie pro est en panne depuis hier. '
           'J\'ai bien eu votre relance (envoyée à pauline.r@lecrocodile-librairie.example). Je passe le virement '
           'demain matin depuis la banque en ligne.\n\nPauline Richard\nLibrairie Le Crocodile\n')
    raw = build([('From', A('Pauline Richard', 'pauline.richard35@example.com')), ('To', OWNER),
                 ('Subject', H('facture F-2026-0425 librairie')), ('Date', D(3, 20, 31, 9)),
                 ('Message-ID', '<%s@example.com>' % h('h18', 30))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/crocodile_fr_adresse_perso_demain.eml', raw, HR, lang='fr', source_group='Librairie Le Crocodile',
         pattern='fresh mail from personal address, "demain"', facts='promise_date=2026-12-04',
         notes='Sent Thu 3 Dec; "demain" = Fri 4 Dec')

    # 19. forward to colleague, owner in Cc
    inv = 'F-2026-0380'
    txt = ('Bonjour Karine,\n\nPeux-tu regarder cette facture de Mme Delannoy (interprétariat LSF pour le conseil '
           'd\'administration du 8 octobre) ? Le service l\'a bien validée, je ne comprends pas pourquoi elle n\'est '
           'toujours pas payée. Je mets Mme Delannoy en copie.\n\nMerci,\nLaurent\n\n'
           'Laurent Quéré\nDirecteur général adjoint - Mutuelle Bretagne Solidaire\n\n'
           '-----Message d\'origine-----\nDe : Margaux Delannoy <%s>\nEnvoyé : mardi 1 décembre 2026 09:00\n'
           'À : Laurent Quéré <l.quere@mbs-mutuelle.example>\nObjet : %s\n\n' % (OA, subj_fr(inv))
           + rem_fr(inv, '1 150,00 €', '08/11/2026'))
    raw = build([('From', A('Laurent Quéré', 'l.quere@mbs-mutuelle.example')),
                 ('To', A('Karine Besnard', 'k.besnard@mbs-mutuelle.example')), ('Cc', OWNER),
                 ('Subject', H('TR: ' + subj_fr(inv))), ('Date', D(1, 11, 40, 17)),
                 ('Message-ID', outlook_id('h19', 'PR0P264MB1966')), ('References', rid(inv))],
                leaf('text/plain', txt, charset='windows-1252', cte='quoted-printable'))
    emit('human_reply/mbs_fr_transfert_collegue_cc.eml', raw, HR, lang='fr', source_group='Mutuelle Bretagne Solidaire',
         pattern='internal forward to a colleague, owner in Cc, windows-1252',
         notes='Addressed to the colleague, not to the owner; no promise')

    # 20. English forward to AP with owner cc, PDF attached
    inv = 'INV-0429'
    txt = ('Hi AP team,\n\nPlease process the attached invoice from Margaux Delannoy (LSF interpretation, Rennes '
           'site open day, 6 Nov). Approved on my side, cost centre FR-HR-210.\n\nMargaux, copying you so you know '
           'it is with the right team now.\n\nThanks,\nSophie\n\nSophie Marchetti | HR Business Partner France\n')
    inv_pdf = pdf(['Margaux Delannoy - Interprete francais / LSF', 'EI - SIRET 912 345 678 00019', '',
                   'FACTURE INV-0429 du 06/11/2026', 'Client : Vantix Systems France SAS',
                   'Interpretation LSF - journee portes ouvertes - 1 journee', 'Total : 1 050,00 EUR',
                   'TVA non applicable, art. 293 B du CGI', 'Echeance : 21/11/2026'])
    raw = build([('From', A('Sophie Marchetti', 'sophie.marchetti@vantix.example')),
                 ('To', 'accounts.payable@vantix.example'), ('Cc', OWNER),
                 ('Subject', 'FW: ' + subj_en(inv)), ('Date', D(2, 14, 8, 26)),
                 ('Message-ID', outlook_id('h20', 'AM9PR02MB7420')), ('References', rid(inv))],
                multi('mixed', [leaf('text/plain', txt, charset='us-ascii', cte='7bit'),
                                attach('application/pdf', inv_pdf, 'INV-0429.pdf')]))
    emit('human_reply/vantix_en_fw_to_ap_cc.eml', raw, HR, lang='en', source_group='Vantix Systems France',
         pattern='forward to AP with owner in Cc, invoice PDF attached')

    # 21. complaint about reminders + "le 8"
    inv = 'F-2026-0393'
    txt = ('Bonjour,\n\nTrois relances en dix jours, franchement c\'est un peu excessif pour une facture de 380 €. '
           'Nous sommes une petite structure et tout ne se fait pas en un claquement de doigts.\n\n'
           'Le paiement partira le 8, comme je l\'avais indiqué par téléphone à votre collègue.\n\n'
           'Hervé Daniel\nLa Fabrique Solidaire\n')
    raw = build([('From', A('Hervé Daniel', 'contact@lafabriquesolidaire.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(3, 13, 26, 0)),
                 ('Message-ID', '<%s@lafabriquesolidaire.example>' % h('h21', 18)),
                 ('In-Reply-To', rid(inv, 3)), ('References', ' '.join(rid(inv, k) for k in (1, 2, 3)))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='8bit'))
    emit('human_reply/fabriquesolidaire_fr_plainte_relances_le8.eml', raw, HR, lang='fr',
         source_group='La Fabrique Solidaire', pattern='complaint about reminders + bare day promise, latin-1 8bit',
         facts='promise_date=2026-12-08', notes='Complaint about the reminders is not a dispute of the invoice')

    # 22. question on travel costs
    inv = 'F-2026-0411'
    txt = ('Bonjour Margaux,\n\nAvant de la transmettre à la compta : est-ce que la facture inclut les frais de '
           'déplacement à Saint-Malo (train + taxi), ou vont-ils faire l\'objet d\'une facture séparée ? '
           'Je préfère tout envoyer d\'un coup.\n\nMerci !\nChloé\nOffice de tourisme Côte d\'Émeraude\n')
    raw = build([('From', A('Chloé Gautier', 'c.gautier@tourisme-emeraude.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(30, 15, 17, 31)),
                 ('Message-ID', gmail_id('h22')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<div>' + txt.replace('\n', '<br>') + '</div>')]))
    emit('human_reply/emeraude_fr_question_frais.eml', raw, HR, lang='fr', source_group="Office de tourisme Côte d'Émeraude",
         pattern='question about content of invoice')

    # 23. English VAT question
    inv = 'INV-0436'
    txt = ('Hello Margaux,\n\nQuick one from our bookkeeper before we can pay: your invoice shows no VAT. '
           'Could you confirm you are VAT-exempt under the French franchise scheme (art. 293 B) and send us your '
           'SIRET? Our system needs it to register a new EU supplier.\n\nCheers,\nMaarten\n')
    raw = build([('From', A('Maarten de Vries', 'maarten@signbridge.example')), ('To', OWNER),
                 ('Subject', 'Re: ' + subj_en(inv)), ('Date', D(2, 10, 2, 44)),
                 ('Message-ID', '<%s@signbridge.example>' % h('h23', 26)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('human_reply/signbridge_en_vat_question.eml', raw, HR, lang='en', source_group='SignBridge (NL)',
         pattern='question on VAT exemption / SIRET before paying')

    # 24. tu, "ce soir"
    inv = 'F-2026-0426'
    txt = ('Salut Margaux !\n\nOups j\'avais complètement zappé, pardon 🙈 Je te fais ça ce soir en rentrant.\n\n'
           'Bises et à bientôt au club\nMalo\n')
    raw = build([('From', A('Malo Le Goff', 'malo.legoff@example.net')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(2, 12, 55, 2)),
                 ('Message-ID', gmail_id('h24')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt, cte='base64'),
                                      leaf('text/html', '<div dir="auto">' + txt.replace('\n', '<br>') + '</div>', cte='base64')]))
    emit('human_reply/malo_fr_tu_ce_soir.eml', raw, HR, lang='fr', source_group='private client (Malo Le Goff)',
         pattern='informal tu, emoji, "ce soir"', facts='promise_date=2026-12-02', notes='Sent Wed 2 Dec; "ce soir" = same day')

    # 25. iPhone, "lundi"
    inv = 'F-2026-0418'
    txt = ('Bonjour Madame, bien reçu. Je suis en déplacement, je m\'en occupe lundi à mon retour au bureau.\n'
           'Cordialement\nJ. Robin\n\nEnvoyé de mon iPhone\n')
    raw = build([('From', A('Jérôme Robin', 'j.robin@robin-btp.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(4, 16, 37, 51)),
                 ('Message-Id', apple_id('h25', 'robin-btp.example')), ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('Mime-Version', '1.0 (1.0)'), ('X-Mailer', 'iPhone Mail (21H221)')],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/robinbtp_fr_iphone_lundi.eml', raw, HR, lang='fr', source_group='Robin BTP',
         pattern='iPhone, weekday promise across weekend', facts='promise_date=2026-12-07',
         notes='Sent Fri 4 Dec; "lundi" = Mon 7 Dec')

    # 26. English Outlook HTML-only: remittance attached, already paid
    inv = 'INV-0401'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            'Hi Margaux,</div><div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;"><br></div>'
            '<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">This was paid on 25 November '
            '(EUR 1,320.00, reference INV-0401). Remittance advice attached - it may have crossed with your reminder.'
            '</div><div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;"><br></div>'
            '<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">Regards,<br>Priya Natarajan<br>'
            'Finance Operations | Keystone Learning Europe</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%%">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> '
            'Margaux Delannoy &lt;%s&gt;<br><b>Sent:</b> Wednesday, December 2, 2026 09:00<br><b>Subject:</b> %s</font>'
            '<div>&nbsp;</div></div><div>%s</div></body></html>' % (OA, subj_en(inv), rem_en(inv, '€1,320.00', '10 November 2026').replace('\n', '<br>')))
    rpdf = pdf(['KEYSTONE LEARNING EUROPE BV', 'REMITTANCE ADVICE', 'Payment date: 25/11/2026',
                'Supplier: DELANNOY MARGAUX', 'Invoice INV-0401   1,320.00 EUR', 'Total paid: 1,320.00 EUR',
                'Method: SEPA Credit Transfer'])
    raw = build([('From', A('Priya Natarajan', 'priya.natarajan@keystone-learning.example')), ('To', OWNER),
                 ('Subject', 'RE: ' + subj_en(inv)), ('Date', D(2, 11, 31, 6, 1)),
                 ('Message-ID', outlook_id('h26', 'AS8PR10MB6650')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('mixed', [leaf('text/html', html, cte='quoted-printable'),
                                attach('application/pdf', rpdf, 'Remittance_Advice_0001873.pdf')]), crlf=True)
    emit('human_reply/keystone_en_html_paid_remittance_pdf.eml', raw, HR, lang='en',
         source_group='Keystone Learning Europe', pattern='Outlook HTML-only + remittance PDF, already paid with date',
         facts='already_paid=2026-11-25')

    # 27. long legal signature, "45 jours fin de mois ... soit le 31 décembre"
    inv = 'F-2026-0407'
    txt = ('Madame,\n\nConformément à nos conditions générales d\'achat, nos factures sont réglées à 45 jours fin de '
           'mois à compter de leur date de réception. Votre facture ayant été réceptionnée le 16 octobre, son '
           'règlement interviendra le 31 décembre 2026.\n\nNous vous prions d\'agréer, Madame, l\'expression de nos '
           'salutations distinguées.\n\nService Comptabilité Fournisseurs\nGROUPE OCÉANE HABITAT\n'
           '3 rue du Bois-Rondel - 35700 Rennes\n\n'
           '____________________________________________________________\n'
           'AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations '
           'confidentielles et/ou couvertes par le secret professionnel. Ils sont destinés exclusivement à l\'usage '
           'du ou des destinataires mentionnés ci-dessus. Si vous n\'êtes pas le destinataire visé, vous êtes avisé '
           'que toute lecture, divulgation, copie, distribution ou utilisation de ces informations est strictement '
           'interdite. Si vous avez reçu ce courriel par erreur, merci d\'en informer immédiatement l\'expéditeur et '
           'de le supprimer de votre système. Groupe Océane Habitat, Société Anonyme d\'HLM au capital de 12 480 000 €, '
           'RCS Rennes 300 000 000. Les données personnelles vous concernant font l\'objet d\'un traitement conforme '
           'au RGPD ; pour exercer vos droits : dpo@oceane-habitat.example.\n'
           '____________________________________________________________\n')
    raw = build([('From', A('Comptabilité Fournisseurs', 'compta.fournisseurs@oceane-habitat.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(30, 10, 3, 13)),
                 ('Message-ID', outlook_id('h27', 'PR2P264MB0417')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/oceanehabitat_fr_45jfdm_31dec.eml', raw, HR, lang='fr', source_group='Groupe Océane Habitat',
         pattern='payment terms explained, explicit date, long legal footer', facts='promise_date=2026-12-31')

    # 28. partial dispute + promise vendredi
    inv = 'F-2026-0399'
    txt = ('Bonjour Margaux,\n\nNous réglerons vendredi la partie non contestée de la facture (les deux demi-journées '
           'du séminaire, soit 560 €). En revanche, la troisième demi-journée a été annulée de notre part plus de '
           '72 h à l\'avance, et vos conditions prévoient dans ce cas l\'absence de facturation : nous ne la paierons pas.\n\n'
           'Merci de nous envoyer un avoir pour ce montant.\n\nBien à vous,\nIsabelle Caradec\nRH - Terres de Rance SCOP\n')
    raw = build([('From', A('Isabelle Caradec', 'rh@terresderance.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(2, 16, 40, 0)),
                 ('Message-ID', '<%s@terresderance.example>' % h('h28', 22)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/terresderance_fr_litige_partiel_vendredi.eml', raw, HR, lang='fr', source_group='Terres de Rance SCOP',
         pattern='partial payment promise + partial dispute', facts='promise_date=2026-12-04;dispute=yes',
         notes='Promise only for the uncontested part (560 €)')

    # 29. paid twice
    inv = 'F-2026-0371'
    txt = ('Bonjour,\n\nVotre relance nous surprend : après vérification, cette facture a été réglée DEUX fois '
           '(virements du 2 et du 19 novembre). Merci de nous rembourser le doublon de 415,00 € ou de le déduire '
           'de votre prochaine facture.\n\nCordialement,\nMarc Ollivier\nSecrétaire général - École de musique du Pays de Fougères\n')
    raw = build([('From', A('Marc Ollivier', 'secretariat@emppf.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(3, 11, 6, 37)),
                 ('Message-ID', '<%s@emppf.example>' % h('h29', 16)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/emppf_fr_paye_deux_fois.eml', raw, HR, lang='fr', source_group='École de musique du Pays de Fougères',
         pattern='claims double payment, asks refund', facts='already_paid=2026-11-02',
         notes='Two dates given (2 and 19 Nov): first payment used')

    # 30. corrected invoice with PO number
    inv = 'F-2026-0422'
    txt = ('Bonjour,\n\nVotre facture nous a été retournée par notre plateforme de dématérialisation : elle doit '
           'obligatoirement mentionner notre numéro de bon de commande (BC-2026-11873) et l\'adresse de facturation '
           'de notre siège (et non celle de l\'agence de Rennes).\n\nPourriez-vous nous la réémettre avec ces '
           'mentions ? Elle sera alors payée à l\'échéance habituelle.\n\nMerci,\n\nAurélie Mahé\nAssistante '
           'achats - Transports Kerhervé\n')
    raw = build([('From', A('Aurélie Mahé', 'achats@transports-kerherve.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(1, 14, 12, 2)),
                 ('Message-ID', outlook_id('h30', 'MR1P264MB2743')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt, charset='iso-8859-1'),
                                      leaf('text/html', '<p>' + txt.replace('\n', '<br>') + '</p>', charset='iso-8859-1')]))
    emit('human_reply/kerherve_fr_refaire_facture_bc.eml', raw, HR, lang='fr', source_group='Transports Kerhervé',
         pattern='asks re-issued invoice with PO number, ISO-8859-1 alternative', facts='request_invoice=yes',
         notes='Not a dispute of the work; formal rejection of the invoice form')

    # 31. English: never received invoice
    inv = 'INV-0440'
    txt = ('Hi,\n\nWe have no record of this invoice in our system. Please resend it to invoices@parcel-and-co.example '
           '(that is the only mailbox our AP team processes) and quote our PO number.\n\nThanks\nDaniel Okafor\nOffice Manager\n')
    raw = build([('From', A('Daniel Okafor', 'daniel.okafor@parcel-and-co.example')), ('To', OWNER),
                 ('Subject', 'Re: ' + subj_en(inv)), ('Date', D(4, 9, 44, 12, 0)),
                 ('Message-ID', gmail_id('h31')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', txt, charset='UTF-8', cte='7bit'))
    emit('human_reply/parcelandco_en_resend_invoice.eml', raw, HR, lang='en', source_group='Parcel & Co',
         pattern='never received invoice, resend to AP mailbox', facts='request_invoice=yes')

    # 32. English dispute on cancellation fee
    inv = 'INV-0415'
    txt = ('Dear Margaux,\n\nWe are disputing this invoice. The session on 5 November was cancelled by us on '
           '29 October, i.e. 7 days in advance. Under your terms, cancellations more than 5 working days ahead are '
           'charged at 50%, not 100%. We are happy to pay EUR 425.00 on receipt of a corrected invoice.\n\n'
           'Best regards,\nHelen Marsh\nOperations Director, Accessible Screens Europe\n')
    raw = build([('From', A('Helen Marsh', 'h.marsh@accessiblescreens.example')), ('To', OWNER),
                 ('Subject', 'RE: ' + subj_en(inv)), ('Date', D(30, 17, 55, 3, 0)),
                 ('Message-ID', outlook_id('h32', 'CWLP265MB3201')), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('human_reply/accessiblescreens_en_dispute_cancellation.eml', raw, HR, lang='en',
         source_group='Accessible Screens Europe', pattern='dispute on cancellation fee',
         facts='dispute=yes;request_invoice=yes')

    # 33. budget exhausted, début janvier
    inv = 'F-2026-0428'
    txt = ('Bonjour Madame Delannoy,\n\nNos crédits de fonctionnement 2026 sont épuisés et la trésorerie est '
           'gelée jusqu\'au vote du budget. Votre facture sera payée début janvier, dès l\'ouverture de l\'exercice 2027.\n\n'
           'Je suis désolée de ce contretemps.\n\nCordialement,\n\nMarie-Hélène Roger\nSecrétaire de mairie\n'
           'Mairie de Saint-Ganton-sur-Vilaine\n')
    raw = build([('From', A('Mairie - Secrétariat', 'secretariat@mairie-stganton.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(1, 16, 5, 33)),
                 ('Message-ID', '<%s.%s@mairie-stganton.example>' % (h('h33', 10), h('h33b', 10))),
                 ('In-Reply-To', rid(inv)), ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev61')],
                leaf('text/plain', txt, charset='iso-8859-15', cte='quoted-printable'))
    emit('human_reply/mairie_stganton_fr_debut_janvier.eml', raw, HR, lang='fr', source_group='Mairie de Saint-Ganton-sur-Vilaine',
         pattern='small town hall, "début janvier", ISO-8859-15', facts='promise_date=early_2027-01')

    # 34. la semaine prochaine
    inv = 'F-2026-0434'
    txt = ('Bonjour,\nbien reçu merci, c\'est programmé pour la semaine prochaine.\nBonne journée\n'
           'Karim Benali - Le Tiers Lieu du Blosne\n')
    raw = build([('From', A('Karim Benali', 'karim@tierslieu-blosne.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(30, 12, 11, 45)),
                 ('Message-ID', gmail_id('h34')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                leaf('text/plain', txt + '\nLe lun. 30 nov. 2026 à 09:00, Margaux Delannoy <%s> a écrit :\n' % OA
                     + q(rem_fr(inv, '350,00 €', '22/11/2026')), cte='quoted-printable'))
    emit('human_reply/tierslieu_fr_semaine_prochaine.eml', raw, HR, lang='fr', source_group='Le Tiers Lieu du Blosne',
         pattern='"la semaine prochaine"', facts='promise_date=week_of_2026-12-07')


def human_part3():
    # 35. mailing-list post by a person (regional interpreters' network)
    txt = ('Bonjour à toutes et tous,\n\nJe cherche un·e binôme pour une intervention le samedi 12 décembre à Vannes '
           '(assemblée générale d\'une fédération sportive, 9h30-16h, pause déjeuner prévue). Tarif selon la grille '
           'du réseau, déplacement pris en charge.\n\nSi vous êtes dispo, répondez-moi directement (pas sur la liste '
           'svp).\n\nMerci !\nÉmilie Garnier\nInterprète F/LSF - Lorient\n\n'
           '_______________________________________________\nInterpretes-lsf-ouest mailing list\n'
           'Interpretes-lsf-ouest@listes.reseau-ilsf-ouest.example\n'
           'https://listes.reseau-ilsf-ouest.example/mailman/listinfo/interpretes-lsf-ouest\n')
    raw = build([('From', A('Émilie Garnier', 'emilie.garnier.lsf@example.org')),
                 ('To', 'interpretes-lsf-ouest@listes.reseau-ilsf-ouest.example'),
                 ('Subject', H('[Interpretes-lsf-ouest] Recherche binôme samedi 12/12 Vannes')),
                 ('Date', D(1, 22, 10, 4)), ('Message-ID', '<%s@example.org>' % h('h35', 24)),
                 ('List-Id', H('Réseau des interprètes LSF du Grand Ouest') + ' <interpretes-lsf-ouest.listes.reseau-ilsf-ouest.example>'),
                 ('List-Unsubscribe', '<https://listes.reseau-ilsf-ouest.example/mailman/options/interpretes-lsf-ouest>, <mailto:interpretes-lsf-ouest-request@listes.reseau-ilsf-ouest.example?subject=unsubscribe>'),
                 ('List-Post', '<mailto:interpretes-lsf-ouest@listes.reseau-ilsf-ouest.example>'),
                 ('Precedence', 'list'), ('Sender', '"Interpretes-lsf-ouest" <interpretes-lsf-ouest-bounces@listes.reseau-ilsf-ouest.example>'),
                 ('Errors-To', 'interpretes-lsf-ouest-bounces@listes.reseau-ilsf-ouest.example')],
                leaf('text/plain', txt, cte='8bit'))
    emit('human_reply/liste_ilsf_fr_recherche_binome.eml', raw, HR, lang='fr', source_group='Mailman list interpretes-lsf-ouest',
         pattern='mailing-list post written by a person, Precedence: list', notes='Not about an invoice')

    # 36. colleague asks for a binôme
    txt = ('Hello Margaux,\n\nTu serais dispo le vendredi 18 pour une conf à Nantes (Cité des Congrès, 14h-18h) ? '
           'C\'est pour un colloque sur l\'habitat inclusif, il leur faut deux interprètes. Je leur ai dit que je '
           'demandais à ma binôme préférée 😉\n\nDis-moi vite, ils veulent boucler le devis avant mardi.\n\nThibault\n')
    raw = build([('From', A('Thibault Renaud', 'thibault.renaud.interprete@example.com')), ('To', OWNER),
                 ('Subject', 'Conf Nantes 18/12 ?'), ('Date', D(3, 8, 2, 30)), ('Message-ID', gmail_id('h36'))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div>')]))
    emit('human_reply/thibault_fr_collegue_conf_nantes.eml', raw, HR, lang='fr', source_group='colleague interpreter',
         pattern='colleague, informal, not about payment')

    # 37. prospect asks a quote (university)
    txt = ('Madame,\n\nL\'Université Rennes-Vilaine organise le 21 janvier 2027 une journée d\'études « Surdité et '
           'citoyenneté » (amphithéâtre B, 9h-17h). Nous souhaiterions disposer d\'une interprétation LSF/français '
           'sur toute la journée.\n\nPourriez-vous nous adresser un devis, en précisant si une équipe de deux '
           'interprètes est nécessaire ? Le bon de commande sera émis via notre application de gestion financière '
           '(SIFAC) ; la facture devra ensuite être déposée sur Chorus Pro.\n\nBien cordialement,\n\n'
           'Dr Camille Hervé\nMaîtresse de conférences - Laboratoire LIDILE\nUniversité Rennes-Vilaine\n')
    raw = build([('From', A('Camille Hervé', 'camille.herve@univ-rennesvilaine.example')), ('To', OWNER),
                 ('Subject', H('Demande de devis - interprétation LSF journée d\'études 21/01/2027')),
                 ('Date', D(30, 10, 33, 17)),
                 ('Message-ID', '<%s@univ-rennesvilaine.example>' % h('h37', 32)),
                 ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'fr')],
                leaf('text/plain', txt, cte='8bit', params='; format=flowed'))
    emit('human_reply/univ_fr_demande_devis.eml', raw, HR, lang='fr', source_group='Université Rennes-Vilaine',
         pattern='prospect asking a quote, new thread')

    # 38. English "Paid yesterday", bank confirmation PDF
    inv = 'INV-0438'
    txt = ('Hi Margaux,\n\nPaid yesterday - confirmation from our bank attached. Sorry it took a while!\n\nBest,\nJonas\n\n'
           'Jonas Lindqvist\nCommunity Lead, Nordlys Games (Rennes studio)\n')
    cpdf = pdf(['Revolut Business', 'Transfer confirmation', 'From: NORDLYS GAMES SAS', 'To: Margaux Delannoy',
                'Amount: 890.00 EUR', 'Reference: INV-0438', 'Date: 1 Dec 2026', 'Status: Completed'])
    raw = build([('From', A('Jonas Lindqvist', 'jonas@nordlysgames.example')), ('To', OWNER),
                 ('Subject', 'Re: ' + subj_en(inv)), ('Date', D(2, 9, 3, 58)),
                 ('Message-ID', gmail_id('h38')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('mixed', [multi('alternative', [leaf('text/plain', txt, charset='UTF-8', cte='7bit'),
                                                      leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div>', charset='UTF-8', cte='7bit')]),
                                attach('application/pdf', cpdf, 'transfer-confirmation.pdf')]))
    emit('human_reply/nordlys_en_paid_yesterday_pdf.eml', raw, HR, lang='en', source_group='Nordlys Games',
         pattern='"paid yesterday", PDF confirmation attached', facts='already_paid=2026-12-01',
         notes='Sent Wed 2 Dec; yesterday = 1 Dec')

    # 39. public body: mandat émis, windows-1252 8bit
    inv = 'F-2026-0363'
    txt = ('Bonjour,\n\nVotre facture a été liquidée et le mandat n° 2026-004518 a été émis le 25/11/2026 vers '
           'le comptable public (Service de Gestion Comptable de Redon). Le paiement relève désormais de la DGFiP '
           'et intervient généralement sous 10 à 15 jours après émission du mandat.\n\n'
           'Pour tout suivi, vous pouvez consulter l\'état de votre facture sur Chorus Pro.\n\n'
           'Cordialement,\nService Finances\nCommunauté de communes Vilaine-et-Oust\n')
    raw = build([('From', A('Finances CC Vilaine et Oust', 'finances@cc-vilaineoust.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv), 'windows-1252')), ('Date', D(30, 15, 50, 9)),
                 ('Message-ID', '<%s@cc-vilaineoust.example>' % h('h39', 20)), ('In-Reply-To', rid(inv)),
                 ('X-Mailer', 'Microsoft Outlook 16.0')],
                leaf('text/plain', txt, charset='windows-1252', cte='8bit'))
    emit('human_reply/ccvilaineoust_fr_mandat_emis.eml', raw, HR, lang='fr', source_group='CC Vilaine-et-Oust',
         pattern='public accounting: mandat issued, payment by DGFiP later, cp1252 8bit',
         notes='Not paid yet and no firm date ("sous 10 à 15 jours"); no fact recorded')

    # 40. "je viens d'effectuer le virement"
    inv = 'F-2026-0430'
    txt = ('Bonjour Margaux,\n\nJe viens d\'effectuer le virement de 620 €, vous devriez le recevoir d\'ici 2-3 jours '
           '(virement classique, pas instantané).\n\nBonne fin de semaine,\nSarah Lucas\nCoordinatrice - MJC Bréquigny\n')
    raw = build([('From', A('Sarah Lucas', 'coordination@mjc-brequigny.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(3, 17, 22, 40)),
                 ('Message-ID', gmail_id('h40')), ('In-Reply-To', rid(inv)), ('References', rid(inv))],
                multi('alternative', [leaf('text/plain', txt + '\nLe jeu. 3 déc. 2026 à 09:00, Margaux Delannoy <%s> a écrit :\n' % OA + q(rem_fr(inv, '620,00 €', '27/11/2026'))),
                                      leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote">' + rem_fr(inv, '620,00 €', '27/11/2026').replace('\n', '<br>') + '</blockquote></div>')]))
    emit('human_reply/mjc_fr_viens_de_virer.eml', raw, HR, lang='fr', source_group='MJC Bréquigny',
         pattern='"je viens d\'effectuer le virement"', facts='already_paid=2026-12-03')

    # 41. cheque sent
    inv = 'F-2026-0379'
    txt = ('Bonjour,\n\nJe vous ai envoyé un chèque de 180 euros par la poste le 20/11, à l\'adresse de votre '
           'facture (Rennes). Vous ne l\'avez pas reçu ?\n\nMme Lefeuvre\n')
    raw = build([('From', 'lefeuvre.monique@example.fr'), ('To', OA),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(1, 14, 2, 0)),
                 ('Message-ID', '<%s@example.fr>' % h('h41', 20)), ('In-Reply-To', rid(inv)),
                 ('X-Mailer', 'Orange Messagerie')],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/lefeuvre_fr_cheque_envoye.eml', raw, HR, lang='fr', source_group='private client (Mme Lefeuvre)',
         pattern='says a cheque was posted, no display name', facts='already_paid=2026-11-20')

    # 42. English "set up the payment for 14 December"
    inv = 'INV-0424'
    txt = ('Hello Margaux,\n\nApologies - I was on leave. I\'ve now set up the payment for 14 December, which is our '
           'next scheduled supplier payment date.\n\nKind regards\n\nFiona Gallagher\nFinance Officer\n'
           'Deaf Arts Network Ireland\n\nThis email and any attachments are intended only for the addressee. '
           'Registered charity number 20000000.\n')
    raw = build([('From', A('Fiona Gallagher', 'finance@deafartsnetwork.example')), ('To', OWNER),
                 ('Subject', 'RE: ' + subj_en(inv)), ('Date', D(1, 12, 19, 20, 0)),
                 ('Message-ID', outlook_id('h42', 'DU0PR03MB9912')), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('human_reply/deafarts_en_payment_14dec.eml', raw, HR, lang='en', source_group='Deaf Arts Network Ireland',
         pattern='explicit date, charity footer', facts='promise_date=2026-12-14')

    # 43. asks to confirm IBAN by phone (fraud check)
    inv = 'F-2026-0420'
    txt = ('Bonjour Madame Delannoy,\n\nAvant de procéder au paiement, notre procédure anti-fraude nous impose de '
           'vérifier vos coordonnées bancaires. Pourriez-vous nous renvoyer votre RIB signé et nous indiquer un '
           'numéro auquel nous pouvons vous joindre pour confirmer l\'IBAN de vive voix ?\n\nCordialement,\n'
           'Service Trésorerie\nVéolys Énergies\n')
    raw = build([('From', A('Trésorerie Véolys', 'tresorerie@veolys-energies.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv) + ' - vérification coordonnées bancaires')), ('Date', D(4, 10, 51, 7)),
                 ('Message-ID', outlook_id('h43', 'PR3P264MB5511')), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, cte='base64'))
    emit('human_reply/veolys_fr_verif_rib_antifraude.eml', raw, HR, lang='fr', source_group='Véolys Énergies',
         pattern='fraud-check request for RIB, base64 body', facts='request_rib=yes')

    # 44. broken MIME: no charset, latin-1 8bit bytes
    inv = 'F-2026-0395'
    txt = ('Bonjour Mme Delannoy\n\nJe vous confirme que la facture sera réglée le 10 décembre par virement.\n'
           'Veuillez nous excuser pour le retard.\n\nCordialement\nA. Thébault\nGarage Thébault Père & Fils\n')
    raw = build([('From', A('Garage Thébault', 'garage.thebault@example.fr', 'iso-8859-1')), ('To', OWNER),
                 ('Subject', 'Re: Rappel : facture F-2026-0395 \xe9chue'), ('Date', D(2, 11, 8, 51)),
                 ('Message-ID', '<%s@example.fr>' % h('h44', 14)), ('In-Reply-To', rid(inv))],
                raw_part(['Content-Type: text/plain', 'Content-Transfer-Encoding: 8bit'], txt.encode('latin-1')))
    raw = raw.replace('Subject: Re: Rappel : facture F-2026-0395 \xe9chue'.encode('utf-8'),
                      'Subject: Re: Rappel : facture F-2026-0395 \xe9chue'.encode('latin-1'))
    emit('human_reply/thebault_fr_broken_charset_10dec.eml', raw, HR, lang='fr', source_group='Garage Thébault',
         pattern='broken MIME: raw latin-1 in Subject and body, no charset parameter', facts='promise_date=2026-12-10')

    # 45. en cours de validation
    inv = 'F-2026-0432'
    txt = ('Bonjour,\n\nNous avons bien reçu votre facture, elle est actuellement en cours de validation par '
           'le service ordonnateur. Je ne manquerai pas de vous tenir informée.\n\nBien cordialement,\n'
           'Nadia Ferreira\nConseil départemental - Direction de l\'Autonomie\n')
    raw = build([('From', A('FERREIRA Nadia', 'nadia.ferreira@departement-armorique.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(30, 16, 47, 21)),
                 ('Message-ID', outlook_id('h45', 'PAWP264MB8120')), ('In-Reply-To', rid(inv))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<html><body><p class="MsoNormal">' + txt.replace('\n', '<br>') + '</p></body></html>')]),
                crlf=True)
    emit('human_reply/departement_fr_en_validation.eml', raw, HR, lang='fr', source_group='Conseil départemental (Autonomie)',
         pattern='status update, no date, no promise')

    # 46. call me
    inv = 'F-2026-0413'
    raw = build([('From', A('Olivier Prigent', 'o.prigent@prigent-conseil.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(4, 12, 1, 29)),
                 ('Message-ID', gmail_id('h46')), ('In-Reply-To', rid(inv))],
                leaf('text/plain', 'Bonjour, pouvez-vous m\'appeler au 06 58 31 77 40 ? Il y a un souci que je préfère '
                     'voir de vive voix.\nO. Prigent\n', cte='quoted-printable'))
    emit('human_reply/prigent_fr_appelez_moi.eml', raw, HR, lang='fr', source_group='Prigent Conseil',
         pattern='asks for a phone call, vague "souci"', notes='"un souci" not specified: not labelled as dispute')

    # 47. invoice cancelled by credit note
    inv = 'F-2026-0384'
    txt = ('Bonjour Margaux,\n\nJe pense qu\'il y a une erreur : la facture F-2026-0384 a été annulée et remplacée '
           'par la F-2026-0392 après notre échange d\'octobre (vous nous aviez envoyé l\'avoir AV-2026-006). '
           'La F-2026-0392 a été payée le 6 novembre. Nous ne vous devons donc rien sur la 0384.\n\n'
           'Bien à vous,\nLéa Bouvier\nCoordinatrice - Réseau Parentalité 35\n')
    raw = build([('From', A('Léa Bouvier', 'lea.bouvier@parentalite35.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(1, 10, 15, 44)),
                 ('Message-ID', '<%s@parentalite35.example>' % h('h47', 20)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, cte='quoted-printable'))
    emit('human_reply/parentalite35_fr_facture_annulee_avoir.eml', raw, HR, lang='fr', source_group='Réseau Parentalité 35',
         pattern='contests the reminder: invoice cancelled by credit note, replacement paid',
         facts='dispute=yes', notes='Replacement invoice F-2026-0392 said paid on 6 Nov; the reminded invoice itself is contested, not paid')

    # 48. Will do.
    inv = 'INV-0437'
    raw = build([('From', A('Sam Ortega', 'sam@ortega-studio.example')), ('To', OWNER),
                 ('Subject', 'Re: ' + subj_en(inv)), ('Date', D(30, 20, 45, 11, -5)),
                 ('Message-ID', apple_id('h48', 'ortega-studio.example')), ('In-Reply-To', rid(inv)),
                 ('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')],
                leaf('text/plain', 'Will do.\n\nSam\n', charset='us-ascii', cte='7bit'))
    emit('human_reply/ortega_en_will_do.eml', raw, HR, lang='en', source_group='Ortega Studio',
         pattern='two words, no date, US timezone')

    # 49. Chorus Pro: please submit there
    inv = 'F-2026-0416'
    txt = ('Madame,\n\nEn application de l\'ordonnance n° 2014-697 relative à la facturation électronique, les '
           'factures adressées à notre établissement doivent obligatoirement être déposées sur le portail Chorus Pro '
           '(SIRET destinataire : 200 000 000 00017, code service : FIN-ACHATS). Les factures transmises par courriel '
           'ne peuvent pas être traitées.\n\nNous vous invitons donc à déposer votre facture sur Chorus Pro ; elle '
           'sera mise en paiement dans le délai légal de 30 jours à compter de sa réception.\n\nService des Achats\n'
           'Maison départementale des personnes handicapées\n')
    raw = build([('From', A('MDPH - Service Achats', 'achats@mdph-exemple.example')), ('To', OWNER),
                 ('Subject', H('RE: ' + subj_fr(inv))), ('Date', D(3, 14, 35, 0)),
                 ('Message-ID', '<%s@mdph-exemple.example>' % h('h49', 20)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('human_reply/mdph_fr_deposer_chorus_pro.eml', raw, HR, lang='fr', source_group='MDPH',
         pattern='public body: invoice must be filed on Chorus Pro, not by e-mail',
         notes='Asks the owner to re-submit through Chorus Pro; not a request to resend by mail, not a dispute')

    # 50. German client, "bis Ende nächster Woche"
    inv = 'INV-0441'
    txt = ('Sehr geehrte Frau Delannoy,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung wurde intern freigegeben; '
           'wir überweisen den Betrag bis Ende nächster Woche.\n\nMit freundlichen Grüßen\n\nKatrin Vogel\n'
           'Buchhaltung\nGebärdenwerk GmbH\n')
    raw = build([('From', A('Katrin Vogel', 'k.vogel@gebaerdenwerk.example')), ('To', OWNER),
                 ('Subject', 'AW: ' + subj_en(inv)), ('Date', D(2, 13, 14, 2)),
                 ('Message-ID', '<%s@gebaerdenwerk.example>' % h('h50', 22)), ('In-Reply-To', rid(inv))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('human_reply/gebaerdenwerk_de_ende_naechster_woche.eml', raw, HR, lang='de', source_group='Gebärdenwerk GmbH',
         pattern='German "bis Ende nächster Woche", AW: prefix', facts='promise_date=2026-12-11',
         notes='Sent Wed 2 Dec; end of next week = Fri 11 Dec')


# ======================================================= payment_notification
NB = '\u00a0'


def shell(inner, title, color='#222', footer='', lang='fr', width=600, font='Arial,Helvetica,sans-serif'):
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"><title>%s</title></head>'
            '<body style="margin:0;padding:0;background:#f2f3f5;font-family:%s">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;'
            'border-top:4px solid %s"><tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#1d1d1f">%s'
            '</td></tr><tr><td style="padding:18px 32px;font-size:11px;line-height:16px;color:#8a8a8e;background:#fafafa">%s'
            '</td></tr></table></td></tr></table></body></html>' % (lang, title, font, width, color, inner, footer))


def trow(*cells, bold=False):
    st = 'padding:6px 8px;border-bottom:1px solid #e6e6e6;' + ('font-weight:bold;' if bold else '')
    return '<tr>' + ''.join('<td style="%s">%s</td>' % (st, c) for c in cells) + '</tr>'


def pay_part1():
    # P1 Qonto: virement reçu
    txt = ('Bonjour Margaux,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Principal.\n\n'
           'Émetteur : ASSOCIATION ACCUEIL SOURDS 35\nRéférence : F-2026-0409 interpretation AG\n'
           'Date : 01/12/2026\n\nRetrouvez le détail de cette transaction dans votre application Qonto.\n\n'
           'L\'équipe Qonto\n\nQonto est un établissement de paiement agréé par l\'ACPR. '
           'Ceci est un e-mail automatique, merci de ne pas y répondre.\n')
    inner = ('<p>Bonjour Margaux,</p><p>Vous avez reçu un virement sur votre compte <b>Principal</b>.</p>'
             '<p style="font-size:28px;font-weight:bold;color:#1d1d1f">+1%s480,00%s€</p><table width="100%%" cellpadding="0" cellspacing="0">'
             % (NB, NB) + trow('Émetteur', 'ASSOCIATION ACCUEIL SOURDS 35') + trow('Référence', 'F-2026-0409 interpretation AG')
             + trow('Date', '01/12/2026') + '</table><p><a href="https://app.qonto.com/transactions" '
             'style="background:#1d1d1f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Voir la transaction</a></p>')
    foot = ('Qonto SA, établissement de paiement agréé par l\'ACPR (n° 17418) - 18 rue de Navarin, 75009 Paris.<br>'
            'Ceci est un e-mail automatique, merci de ne pas y répondre.')
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('Vous avez reçu un virement de 1 480,00 €')),
                 ('Date', D(1, 10, 3, 12, 0)), ('Message-ID', '<%s@qonto.com>' % h('p1', 32))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell(inner, 'Qonto', '#1d1d1f', foot))]))
    emit('payment_notification/qonto_virement_recu.eml', raw, PN, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='transfer received, amount in subject and body', direction='in', amount='1480.00', currency='EUR',
         payer='ASSOCIATION ACCUEIL SOURDS 35', reference='F-2026-0409 interpretation AG', value_date='2026-12-01',
         counts_as_payment='yes', notes='Wording modelled on Qonto transaction notifications (help-centre descriptions)')

    # P2 Qonto: 2 virements reçus
    inner = ('<p>Bonjour Margaux,</p><p>2 virements ont été crédités sur votre compte <b>Principal</b> aujourd\'hui.</p>'
             '<table width="100%" cellpadding="0" cellspacing="0">' + trow('Émetteur', 'Montant', 'Référence', bold=True)
             + trow('MJC BREQUIGNY', '+620,00%s€' % NB, 'FACTURE F-2026-0430')
             + trow('SCOP TERRES DE RANCE', '+560,00%s€' % NB, 'F-2026-0399 PARTIEL') + '</table>'
             '<p>Total crédité : <b>1%s180,00%s€</b></p>' % (NB, NB))
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('2 virements reçus')),
                 ('Date', D(4, 9, 40, 2, 0)), ('Message-ID', '<%s@qonto.com>' % h('p2', 32))],
                leaf('text/html', shell(inner, 'Qonto', '#1d1d1f', 'Ceci est un e-mail automatique, merci de ne pas y répondre.'), cte='quoted-printable'))
    emit('payment_notification/qonto_2_virements_recus.eml', raw, PN, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='plural notice, HTML table, HTML-only', direction='in|in', amount='620.00|560.00', currency='EUR',
         payer='MJC BREQUIGNY|SCOP TERRES DE RANCE', reference='FACTURE F-2026-0430|F-2026-0399 PARTIEL',
         value_date='2026-12-04|2026-12-04', counts_as_payment='yes')

    # P3 Qonto: card payment
    txt = ('Paiement par carte\n\n-23,90 € chez SNCF CONNECT\nCarte •••• 4417 (Margaux Delannoy)\n'
           'Le 02/12/2026 à 07:41\n\nPensez à ajouter votre justificatif depuis l\'application.\n\n'
           'Ceci est un e-mail automatique, merci de ne pas y répondre.\n')
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('Paiement par carte de 23,90 € chez SNCF CONNECT')),
                 ('Date', D(2, 6, 41, 30, 0)), ('Message-ID', '<%s@qonto.com>' % h('p3', 32))],
                leaf('text/plain', txt))
    emit('payment_notification/qonto_paiement_carte_sncf.eml', raw, PN, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='card payment, plain text, receipt reminder', direction='out', amount='23.90', currency='EUR',
         reference='SNCF CONNECT', value_date='2026-12-02', counts_as_payment='no')

    # P4 Qonto: outgoing transfer rejected
    txt = ('Bonjour Margaux,\n\nVotre virement de 95,00 € à destination de LOCAPRO MATERIEL SONO n\'a pas pu aboutir : '
           'la banque du bénéficiaire l\'a rejeté (motif : compte clôturé - AC04).\n\nLe montant a été recrédité sur '
           'votre compte Principal. Vérifiez les coordonnées bancaires du bénéficiaire avant de renouveler l\'opération.\n\n'
           'L\'équipe Qonto\n\nCeci est un e-mail automatique, merci de ne pas y répondre.\n')
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('Votre virement a été rejeté')),
                 ('Date', D(30, 15, 12, 44, 0)), ('Message-ID', '<%s@qonto.com>' % h('p4', 32))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>') + '</p>', 'Qonto', '#1d1d1f'))]))
    emit('payment_notification/qonto_virement_emis_rejete.eml', raw, PN, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='outgoing transfer returned (AC04), amount re-credited', direction='failed', amount='95.00', currency='EUR',
         reference='LOCAPRO MATERIEL SONO', value_date='2026-11-30', counts_as_payment='no',
         notes='Money re-credited is the owner\'s own returned transfer, not a client payment')

    # P5 Qonto: refund received (merchant refund on card)
    inner = ('<p>Bonjour Margaux,</p><p>Un remboursement a été crédité sur votre carte •••• 4417.</p>'
             '<p style="font-size:24px;font-weight:bold">+38,00%s€</p><p>Marchand : OUIGO<br>Date : 03/12/2026</p>' % NB)
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('Remboursement reçu de OUIGO')),
                 ('Date', D(3, 12, 22, 5, 0)), ('Message-ID', '<%s@qonto.com>' % h('p5', 32))],
                leaf('text/html', shell(inner, 'Qonto', '#1d1d1f', 'Ceci est un e-mail automatique, merci de ne pas y répondre.'), cte='base64'))
    emit('payment_notification/qonto_remboursement_ouigo.eml', raw, PN, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='merchant refund credited, HTML-only base64', direction='refund', amount='38.00', currency='EUR',
         reference='OUIGO', value_date='2026-12-03', counts_as_payment='no')

    # P6 Shine: virement reçu
    txt = ('Bonne nouvelle Margaux ! 💸\n\nVous avez reçu un virement de 640,00 € de la part de CIE TOILE DE FOND.\n'
           'Libellé : Fact F-2026-0391\n\nPensez à rapprocher ce paiement de votre facture dans l\'onglet Factures.\n\n'
           'À très vite,\nL\'équipe Shine\n\n---\nShine SAS, établissement de monnaie électronique agréé par l\'ACPR. '
           'Vous recevez cet e-mail car les notifications de transactions sont activées sur votre compte. '
           'Gérer mes notifications : https://app.shine.fr/settings/notifications\n')
    raw = build([('From', 'Shine <hello@shine.fr>'), ('To', A(ON, OA)), ('Subject', H('Vous avez reçu un virement 💸')),
                 ('Date', D(4, 14, 2, 19)), ('Message-ID', '<%s.%s@shine.fr>' % (h('p6', 20), h('p6b', 10))),
                 ('List-Unsubscribe', '<https://app.shine.fr/settings/notifications>')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.split('---')[0].replace('\n\n', '</p><p>') + '</p>', 'Shine', '#0d4ed8', 'Shine SAS, établissement de monnaie électronique agréé par l\'ACPR.'))]))
    emit('payment_notification/shine_virement_recu_emoji.eml', raw, PN, lang='fr', provider='Shine', source_group='Shine',
         pattern='friendly tone, emoji subject without amount', direction='in', amount='640.00', currency='EUR',
         payer='CIE TOILE DE FOND', reference='Fact F-2026-0391', value_date='2026-12-04', counts_as_payment='yes')

    # P7 Shine: prélèvement URSSAF
    txt = ('Bonjour Margaux,\n\nUn prélèvement de 612,00 € a été débité de votre compte Shine.\n\n'
           'Créancier : URSSAF BRETAGNE\nRéférence de mandat : URSSAF-35-PL-0082231\nDate : 01/12/2026\n\n'
           'Si vous ne reconnaissez pas cette opération, contactez-nous depuis l\'application.\n\nL\'équipe Shine\n')
    raw = build([('From', 'Shine <hello@shine.fr>'), ('To', OA), ('Subject', H('Prélèvement de 612,00 € effectué')),
                 ('Date', D(1, 8, 5, 0)), ('Message-ID', '<%s.%s@shine.fr>' % (h('p7', 20), h('p7b', 10)))],
                leaf('text/plain', txt))
    emit('payment_notification/shine_prelevement_urssaf.eml', raw, PN, lang='fr', provider='Shine', source_group='Shine',
         pattern='direct debit taken (social contributions)', direction='out', amount='612.00', currency='EUR',
         reference='URSSAF-35-PL-0082231', value_date='2026-12-01', counts_as_payment='no')

    # P8 Shine: relevé de novembre
    txt = ('Bonjour Margaux,\n\nVotre relevé de compte de novembre 2026 est disponible dans votre espace Shine '
           '(Compte > Relevés).\n\nSolde au 30/11/2026 : 4 318,52 €\n\nL\'équipe Shine\n\n'
           'Vous recevez cet e-mail car vous êtes titulaire d\'un compte Shine.\n')
    raw = build([('From', 'Shine <hello@shine.fr>'), ('To', OA), ('Subject', H('Votre relevé de novembre est disponible')),
                 ('Date', D(1, 6, 0, 4)), ('Message-ID', '<%s.%s@shine.fr>' % (h('p8', 20), h('p8b', 10)))],
                leaf('text/plain', txt))
    emit('payment_notification/shine_releve_novembre.eml', raw, PN, lang='fr', provider='Shine', source_group='Shine',
         pattern='monthly statement available with balance', direction='statement', amount='4318.52', currency='EUR',
         value_date='2026-11-30', counts_as_payment='no', notes='amount is the closing balance, not a movement')

    # P9 BNP Paribas: alerte virement reçu with libellé
    txt = ('Madame DELANNOY MARGAUX,\n\nDans le cadre du service d\'alertes que vous avez souscrit, nous vous '
           'informons de l\'opération suivante sur votre compte ****0417 :\n\n'
           '30/11/2026  VIR SEPA RECU /DE NORDLYS GAMES SAS /MOTIF INV-0438 /REF 2026113000184  +890,00 EUR\n\n'
           'Pour consulter vos comptes, connectez-vous sur mabanque.bnpparibas.\n\n'
           'Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n'
           'BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 bd des Italiens 75009 Paris - RCS Paris 662 042 449\n')
    raw = build([('From', 'BNP Paribas <alertes@alertes.bnpparibas>'), ('To', OA),
                 ('Subject', H('Alerte : opération créditrice sur votre compte')), ('Date', D(30, 19, 31, 2)),
                 ('Message-ID', '<%s@alertes.bnpparibas>' % h('p9', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('payment_notification/bnp_alerte_vir_sepa_recu.eml', raw, PN, lang='fr', provider='BNP Paribas',
         source_group='BNP Paribas', pattern='bank alert with raw statement line VIR SEPA RECU /DE /MOTIF',
         direction='in', amount='890.00', currency='EUR', payer='NORDLYS GAMES SAS', reference='INV-0438',
         value_date='2026-11-30', counts_as_payment='yes', notes='Sender domain assumed; statement-line format as on French bank statements')

    # P10 BNP: card payment alert
    txt = ('Madame DELANNOY MARGAUX,\n\nUn paiement par carte d\'un montant supérieur à votre seuil d\'alerte (100 EUR) '
           'a été enregistré :\n\n02/12/2026  CB FNAC RENNES  2511  -219,99 EUR\nCarte n° XXXX XXXX XXXX 2511\n\n'
           'Si vous n\'êtes pas à l\'origine de cette opération, faites opposition au 09 69 39 99 98.\n\n'
           'Ce message vous est adressé automatiquement, merci de ne pas y répondre.\n')
    raw = build([('From', 'BNP Paribas <alertes@alertes.bnpparibas>'), ('To', OA),
                 ('Subject', H('Alerte : paiement carte supérieur à 100 EUR')), ('Date', D(2, 18, 12, 40)),
                 ('Message-ID', '<%s@alertes.bnpparibas>' % h('p10', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('payment_notification/bnp_alerte_paiement_carte.eml', raw, PN, lang='fr', provider='BNP Paribas',
         source_group='BNP Paribas', pattern='card payment above threshold', direction='out', amount='219.99',
         currency='EUR', reference='CB FNAC RENNES 2511', value_date='2026-12-02', counts_as_payment='no')

    # P11 Crédit Agricole: virement reçu
    txt = ('Crédit Agricole Ille-et-Vilaine\n\nAlerte Compte\n\nBonjour,\n\nUne opération créditrice a été enregistrée '
           'sur votre compte n° ****82 14 :\n\nLibellé : VIREMENT EN VOTRE FAVEUR HAMON ET FILS MENUISERIE F-2026-0387\n'
           'Montant : 1 020,00 EUR\nDate de valeur : 27/11/2026\n\nCordialement,\nVotre Caisse Régionale\n\n'
           'Ce message a été envoyé automatiquement. Merci de ne pas y répondre. Pour nous contacter, utilisez la '
           'messagerie sécurisée de votre espace Crédit Agricole en ligne.\n')
    raw = build([('From', H('Crédit Agricole') + ' <noreply@ca-illeetvilaine.fr>'), ('To', OA),
                 ('Subject', H('Alerte Crédit Agricole : opération créditrice')), ('Date', D(30, 7, 2, 16)),
                 ('Message-ID', '<%s@ca-illeetvilaine.fr>' % h('p11', 20))],
                multi('alternative', [leaf('text/plain', txt, charset='iso-8859-1'),
                                      leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Crédit Agricole', '#006a4e'), charset='iso-8859-1')]))
    emit('payment_notification/creditagricole_alerte_credit.eml', raw, PN, lang='fr', provider='Crédit Agricole',
         source_group='Crédit Agricole', pattern='regional bank alert, VIREMENT EN VOTRE FAVEUR, ISO-8859-1',
         direction='in', amount='1020.00', currency='EUR', payer='HAMON ET FILS MENUISERIE',
         reference='F-2026-0387', value_date='2026-11-27', counts_as_payment='yes')

    # P12 Société Générale: solde bas
    txt = ('Bonjour,\n\nLe solde de votre compte ****4203 est passé sous le seuil de 200,00 EUR que vous avez défini.\n\n'
           'Solde au 03/12/2026 à 06h00 : 154,27 EUR\n\nCe message est généré automatiquement, merci de ne pas y '
           'répondre.\nSociété Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris\n')
    raw = build([('From', H('Société Générale') + ' <alertes@societegenerale.fr>'), ('To', OA),
                 ('Subject', 'Alerte solde : votre compte est sous le seuil'), ('Date', D(3, 6, 14, 0)),
                 ('Message-ID', '<%s@societegenerale.fr>' % h('p12', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('payment_notification/sg_alerte_solde_bas.eml', raw, PN, lang='fr', provider='Société Générale',
         source_group='Société Générale', pattern='low balance alert', direction='statement', amount='154.27',
         currency='EUR', value_date='2026-12-03', counts_as_payment='no', notes='amount = balance')

    # P13 LCL: relevé disponible
    inner = ('<p>Madame,</p><p>Votre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client '
             'LCL, rubrique <b>Mes e-Documents</b>.</p><p>Nous vous rappelons que vos relevés en ligne ont la même '
             'valeur que les relevés papier et sont conservés 10 ans.</p><p>Cordialement,<br>LCL</p>')
    raw = build([('From', 'LCL <noreply@e-documents.lcl.fr>'), ('To', OA),
                 ('Subject', H('Vos e-Documents : nouveau relevé disponible')), ('Date', D(2, 4, 31, 9)),
                 ('Message-ID', '<%s@e-documents.lcl.fr>' % h('p13', 24))],
                leaf('text/html', shell(inner, 'LCL', '#003d7a', 'Ce message est envoyé automatiquement. Merci de ne pas y répondre. '
                                        'LCL - Le Crédit Lyonnais SA au capital de 2 037 713 591 € - SIREN 954 509 741 RCS Lyon.'), cte='quoted-printable'))
    emit('payment_notification/lcl_releve_disponible.eml', raw, PN, lang='fr', provider='LCL', source_group='LCL',
         pattern='statement available, no amount', direction='statement', counts_as_payment='no')

    # P14 La Banque Postale: virement crédité
    txt = ('La Banque Postale\n\nMadame Margaux DELANNOY,\n\nNous vous informons qu\'un virement de 415,00 EUR a été '
           'crédité sur votre compte courant le 02/12/2026.\nÉmetteur : ECOLE DE MUSIQUE DU PAYS DE FOUGERES\n'
           'Motif : REMBT DOUBLON ? F-2026-0371\n\nConsultez le détail sur labanquepostale.fr ou l\'application.\n\n'
           'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n')
    raw = build([('From', 'La Banque Postale <alerte@alertes.labanquepostale.fr>'), ('To', OA),
                 ('Subject', 'Alerte : virement recu'), ('Date', D(2, 16, 8, 31)),
                 ('Message-ID', '<%s@alertes.labanquepostale.fr>' % h('p14', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('payment_notification/lbp_virement_credite.eml', raw, PN, lang='fr', provider='La Banque Postale',
         source_group='La Banque Postale', pattern='transfer credited, ASCII subject without accents',
         direction='in', amount='415.00', currency='EUR', payer='ECOLE DE MUSIQUE DU PAYS DE FOUGERES',
         reference='REMBT DOUBLON ? F-2026-0371', value_date='2026-12-02', counts_as_payment='yes',
         notes='Odd client reference; still money in from one payer')

    # P15 CIC: prélèvement
    txt = ('CIC - Alerte Filbanque\n\nOpération au débit de votre compte 00020 417 01 :\n'
           'PRLV SEPA ORANGE SA  - Ref. FAC 7784419263  -46,99 EUR  le 03/12/2026\n\n'
           'Ce message est envoyé automatiquement. Ne répondez pas à ce message.\n')
    raw = build([('From', 'CIC <alertes@cic.fr>'), ('To', OA), ('Subject', 'CIC - Alerte : prelevement sur votre compte'),
                 ('Date', D(3, 5, 47, 0)), ('Message-ID', '<%s@cic.fr>' % h('p15', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='8bit'))
    emit('payment_notification/cic_alerte_prelevement.eml', raw, PN, lang='fr', provider='CIC', source_group='CIC',
         pattern='direct debit alert, latin-1 8bit', direction='out', amount='46.99', currency='EUR',
         reference='PRLV SEPA ORANGE SA FAC 7784419263', value_date='2026-12-03', counts_as_payment='no')

    # P16 Crédit Mutuel: rejet de prélèvement
    txt = ('Crédit Mutuel de Bretagne\n\nMadame,\n\nNous vous informons que le prélèvement présenté le 01/12/2026 '
           'par HISCOX SA (mandat HX-FR-PRO-448213) d\'un montant de 37,50 EUR a été rejeté pour provision insuffisante.\n\n'
           'Des frais de rejet de 8,00 EUR seront prélevés sur votre compte conformément aux conditions tarifaires.\n'
           'Nous vous invitons à régulariser votre situation auprès de votre créancier.\n\n'
           'Ce message est généré automatiquement, merci de ne pas y répondre.\n')
    raw = build([('From', H('Crédit Mutuel de Bretagne') + ' <ne-pas-repondre@cmb.fr>'), ('To', OA),
                 ('Subject', H('Rejet d\'un prélèvement sur votre compte')), ('Date', D(2, 9, 12, 51)),
                 ('Message-ID', '<%s@cmb.fr>' % h('p16', 24))],
                leaf('text/plain', txt))
    emit('payment_notification/cmb_rejet_prelevement.eml', raw, PN, lang='fr', provider='Crédit Mutuel de Bretagne',
         source_group='Crédit Mutuel', pattern='direct debit rejected for insufficient funds, fee announced',
         direction='failed', amount='37.50', currency='EUR', reference='HX-FR-PRO-448213', value_date='2026-12-01',
         counts_as_payment='no')

    # P17 Boursorama: virement reçu
    inner = ('<h2 style="color:#d10073;font-size:20px">Vous avez reçu un virement</h2><p>Bonjour Margaux,</p>'
             '<p>Un virement de <b>1%s150,00%s€</b> a été crédité sur votre compte BoursoBank.</p><table>'
             % (NB, NB) + trow('De', 'MUTUELLE BRETAGNE SOLIDAIRE') + trow('Libellé', 'F-2026-0380 DELANNOY')
             + trow('Date', '03/12/2026') + '</table>')
    raw = build([('From', 'BoursoBank <ne-pas-repondre@boursobank.com>'), ('To', OA),
                 ('Subject', H('Vous avez reçu un virement')), ('Date', D(3, 16, 33, 20)),
                 ('Message-ID', '<%s@boursobank.com>' % h('p17', 24))],
                multi('alternative', [leaf('text/plain', 'Vous avez reçu un virement de 1 150,00 € de MUTUELLE BRETAGNE SOLIDAIRE '
                                           '(F-2026-0380 DELANNOY) le 03/12/2026.\n\nCe message est envoyé automatiquement.\n'),
                                      leaf('text/html', shell(inner, 'BoursoBank', '#d10073', 'BoursoBank (ex-Boursorama Banque) - Ce message est envoyé automatiquement, merci de ne pas y répondre.'))]))
    emit('payment_notification/boursobank_virement_recu.eml', raw, PN, lang='fr', provider='Boursorama / BoursoBank',
         source_group='Boursorama', pattern='rebranded bank (BoursoBank)', direction='in', amount='1150.00', currency='EUR',
         payer='MUTUELLE BRETAGNE SOLIDAIRE', reference='F-2026-0380 DELANNOY', value_date='2026-12-03', counts_as_payment='yes')

    # P18 Hello bank!: amount in subject only
    inner = ('<p>Bonjour,</p><p>Une nouvelle opération est disponible sur votre compte Hello bank!.</p>'
             '<p>Pour en voir le détail, connectez-vous à votre application.</p>')
    raw = build([('From', 'Hello bank! <notifications@hellobank.fr>'), ('To', OA),
                 ('Subject', H('+1 480,00 € sur votre compte')), ('Date', D(4, 11, 2, 3)),
                 ('Message-ID', '<%s@hellobank.fr>' % h('p18', 24))],
                leaf('text/html', shell(inner, 'Hello bank!', '#00a3e0', 'Ceci est un message automatique, merci de ne pas y répondre.'), cte='quoted-printable'))
    emit('payment_notification/hellobank_montant_objet_seul.eml', raw, PN, lang='fr', provider='Hello bank!',
         source_group='Hello bank!', pattern='amount in subject only, no payer, body says log in',
         direction='in', amount='1480.00', currency='EUR', value_date='2026-12-04', counts_as_payment='yes',
         notes='Payer and reference not given; value date assumed = notice date. Unsure: money in but payer unidentified')

    # P19 Fortuneo: virement instantané reçu
    txt = ('Bonjour Margaux,\n\nVous avez reçu un virement instantané de 310,00 EUR.\nDonneur d\'ordre : ROUXEL ANAIS\n'
           'Motif : Soiree contes asso F-2026-0431\nDate : 04/12/2026 21:18\n\nFortuneo\n'
           'Merci de ne pas répondre à cet e-mail, il est envoyé automatiquement.\n')
    raw = build([('From', 'Fortuneo <ne-pas-repondre@fortuneo.fr>'), ('To', OA),
                 ('Subject', H('Virement instantané reçu')), ('Date', D(4, 21, 18, 44)),
                 ('Message-ID', '<%s@fortuneo.fr>' % h('p19', 24))],
                leaf('text/plain', txt))
    emit('payment_notification/fortuneo_virement_instantane.eml', raw, PN, lang='fr', provider='Fortuneo',
         source_group='Fortuneo', pattern='instant transfer received from a person for an association invoice',
         direction='in', amount='310.00', currency='EUR', payer='ROUXEL ANAIS', reference='Soiree contes asso F-2026-0431',
         value_date='2026-12-04', counts_as_payment='yes')

    # P20 Caisse d'Épargne: virement DRFIP
    txt = ('Caisse d\'Epargne Bretagne Pays de Loire\n\nAlerte - Réception d\'un virement\n\n'
           'Compte : COMPTE COURANT PRO ****5521\nMontant : 2 860,00 EUR\n'
           'Emetteur : DRFIP BRETAGNE ET DEPT ILLE ET VILAINE\nLibellé : MANDAT 2026-004518 CC VILAINE OUST F-2026-0363\n'
           'Date d\'opération : 01/12/2026\n\nCeci est un message automatique, merci de ne pas y répondre.\n')
    raw = build([('From', H("Caisse d'Epargne") + ' <alertes@ce-bpl.caisse-epargne.fr>'), ('To', OA),
                 ('Subject', H('Alerte - Réception d\'un virement')), ('Date', D(1, 13, 4, 27)),
                 ('Message-ID', '<%s@caisse-epargne.fr>' % h('p20', 24))],
                leaf('text/plain', txt, charset='windows-1252', cte='quoted-printable'))
    emit('payment_notification/caisseepargne_virement_drfip.eml', raw, PN, lang='fr', provider="Caisse d'Épargne",
         source_group="Caisse d'Épargne", pattern='public-sector payment via DRFiP with mandate number',
         direction='in', amount='2860.00', currency='EUR', payer='DRFIP BRETAGNE ET DEPT ILLE ET VILAINE',
         reference='MANDAT 2026-004518 CC VILAINE OUST F-2026-0363', value_date='2026-12-01', counts_as_payment='yes',
         notes='Payer is the public treasury paying on behalf of the client (CC Vilaine-et-Oust)')

    # P21 Banque Populaire: synthèse quotidienne table in|out|out
    inner = ('<p>Bonjour,</p><p>Voici les opérations enregistrées hier sur votre compte ****7790 :</p>'
             '<table cellpadding="0" cellspacing="0" width="100%">' + trow('Date', 'Libellé', 'Débit', 'Crédit', bold=True)
             + trow('02/12', 'VIR SEPA RECU LIBRAIRIE LE CROCODILE F-2026-0425', '', '275,00')
             + trow('02/12', 'CB LA POSTE RENNES', '12,40', '')
             + trow('02/12', 'PRLV SEPA FREE PRO', '39,99', '') + '</table><p>Solde au 02/12 : 3 907,16 EUR</p>')
    raw = build([('From', 'Banque Populaire <alertes@cyberplus.banquepopulaire.fr>'), ('To', OA),
                 ('Subject', H('Cyberplus - Synthèse de vos opérations')), ('Date', D(3, 7, 30, 0)),
                 ('Message-ID', '<%s@banquepopulaire.fr>' % h('p21', 24))],
                leaf('text/html', shell(inner, 'Banque Populaire', '#0b3c7c', 'Message automatique. Merci de ne pas répondre.'), cte='quoted-printable'))
    emit('payment_notification/bpop_synthese_quotidienne.eml', raw, PN, lang='fr', provider='Banque Populaire',
         source_group='Banque Populaire', pattern='daily digest, HTML table, mixed credit and debits',
         direction='in|out|out', amount='275.00|12.40|39.99', currency='EUR', payer='LIBRAIRIE LE CROCODILE||',
         reference='F-2026-0425|CB LA POSTE RENNES|PRLV SEPA FREE PRO', value_date='2026-12-02|2026-12-02|2026-12-02',
         counts_as_payment='yes', notes='counts_as_payment refers to the one credit line')


def pay_part2():
    # P22 N26 (tutoiement)
    txt = ('Salut Margaux,\n\nTu as reçu 350,00 € de Karim Benali.\nRéférence : F-2026-0434 Tiers lieu\n\n'
           'Ton équipe N26\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. Tu reçois cet e-mail car tu as activé '
           'les notifications par e-mail dans l\'application N26.\n')
    raw = build([('From', 'N26 <no-reply@n26.com>'), ('To', OA), ('Subject', H('Tu as reçu de l\'argent')),
                 ('Date', D(3, 9, 12, 8, 0)), ('Message-ID', '<%s@n26.com>' % h('p22', 30))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'N26', '#36a18b'))]))
    emit('payment_notification/n26_tu_as_recu.eml', raw, PN, lang='fr', provider='N26', source_group='N26',
         pattern='informal tu, amount only in body', direction='in', amount='350.00', currency='EUR',
         payer='Karim Benali', reference='F-2026-0434 Tiers lieu', value_date='2026-12-03', counts_as_payment='yes',
         notes='Payer is a person paying for an association (Tiers Lieu du Blosne)')

    # P23 Revolut Business (EN)
    txt = ('You\'ve received €2,150.00\n\nHexagone Conférences SAS sent €2,150.00 to your EUR account.\n'
           'Reference: INV-0426\n\nView transaction: https://business.revolut.com/transactions\n\n'
           'Revolut Bank UAB - You\'re receiving this email because you have email notifications enabled for incoming '
           'payments. Manage notifications in Settings.\n')
    raw = build([('From', 'Revolut Business <no-reply@revolut.com>'), ('To', OA),
                 ('Subject', H('You\'ve received €2,150.00 from Hexagone Conférences SAS')),
                 ('Date', D(1, 16, 48, 0, 0)), ('Message-ID', '<%s@revolut.com>' % h('p23', 30))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Revolut Business', '#191c1f', lang='en'))]))
    emit('payment_notification/revolut_business_received_en.eml', raw, PN, lang='en', provider='Revolut Business',
         source_group='Revolut Business', pattern='English, amount and payer in subject', direction='in',
         amount='2150.00', currency='EUR', payer='Hexagone Conférences SAS', reference='INV-0426',
         value_date='2026-12-01', counts_as_payment='yes')

    # P24 Revolut: card payment declined
    txt = ('Card payment declined\n\nA payment of €59.00 at ZOOM.US 888-799-9666 was declined on your card ending 8832.\n'
           'Reason: Insufficient balance in the EUR account.\n\nTop up your account or choose another card in the merchant\'s '
           'settings.\n\nRevolut Bank UAB\n')
    raw = build([('From', 'Revolut Business <no-reply@revolut.com>'), ('To', OA), ('Subject', 'Card payment declined'),
                 ('Date', D(30, 3, 14, 51, 0)), ('Message-ID', '<%s@revolut.com>' % h('p24', 30))],
                leaf('text/plain', txt, charset='utf-8', cte='quoted-printable'))
    emit('payment_notification/revolut_card_declined.eml', raw, PN, lang='en', provider='Revolut Business',
         source_group='Revolut Business', pattern='owner card payment declined', direction='failed', amount='59.00',
         currency='EUR', reference='ZOOM.US 888-799-9666', value_date='2026-11-30', counts_as_payment='no')

    # P25 Wise: GBP received
    txt = ('Hi Margaux,\n\nYou\'ve received 765.00 GBP from NORTHGATE CONFERENCES LTD.\n\nIt\'s now in your GBP balance.\n'
           'Reference: INV-0427 LSF SUPPORT\n\nSee details: https://wise.com/balances\n\nThe Wise Team\n\n'
           'Wise Europe SA, Rue du Trône 100, 1050 Brussels. You\'re receiving this because you have a Wise account.\n')
    raw = build([('From', 'Wise <noreply@wise.com>'), ('To', OA), ('Subject', 'You\'ve received 765.00 GBP'),
                 ('Date', D(4, 15, 9, 2, 0)), ('Message-ID', '<%s@wise.com>' % h('p25', 30))],
                multi('alternative', [leaf('text/plain', txt, charset='us-ascii', cte='7bit'),
                                      leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Wise', '#9fe870', lang='en'), charset='us-ascii', cte='7bit')]))
    emit('payment_notification/wise_received_gbp.eml', raw, PN, lang='en', provider='Wise', source_group='Wise',
         pattern='foreign currency received into GBP balance', direction='in', amount='765.00', currency='GBP',
         payer='NORTHGATE CONFERENCES LTD', reference='INV-0427 LSF SUPPORT', value_date='2026-12-04', counts_as_payment='yes',
         notes='Invoice was in EUR; paid in GBP (partial/converted amount)')

    # P26 Wise: money on its way (not arrived)
    txt = ('Bonjour Margaux,\n\nKeystone Learning Europe BV vous envoie 1 320,00 EUR via Wise.\n'
           'L\'argent devrait arriver d\'ici le 7 décembre.\n\nNous vous préviendrons dès que les fonds seront disponibles.\n\n'
           'L\'équipe Wise\n')
    raw = build([('From', 'Wise <noreply@wise.com>'), ('To', OA),
                 ('Subject', H('Keystone Learning Europe BV vous envoie 1 320,00 EUR')),
                 ('Date', D(4, 10, 27, 33, 0)), ('Message-ID', '<%s@wise.com>' % h('p26', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/wise_argent_en_route.eml', raw, PN, lang='fr', provider='Wise', source_group='Wise',
         pattern='incoming transfer announced, not yet arrived', direction='none', amount='1320.00', currency='EUR',
         value_date='2026-12-07', counts_as_payment='no',
         notes='Announced arrival date used as value_date; payer Keystone, money not seen yet')

    # P27 Stripe payout (FR)
    txt = ('Un virement de 1 236,40 € est en route vers votre compte bancaire\n\n'
           'Bonjour Margaux,\n\nStripe a initié un virement de 1 236,40 € vers votre compte QONTO ••••6518. '
           'Il devrait arriver le 3 déc. 2026.\n\nID du virement : po_1QxR4mDelannoy8Zk2\n'
           'Ce virement regroupe 4 paiements (ateliers LSF en ligne).\n\nConsulter le virement : '
           'https://dashboard.stripe.com/payouts/po_1QxR4mDelannoy8Zk2\n\n'
           'Vous recevez cet e-mail parce que vous êtes inscrit aux notifications de virement pour Delannoy '
           'Interprétation. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080.\n')
    raw = build([('From', 'Stripe <notifications@stripe.com>'), ('To', OA),
                 ('Subject', H('Votre virement de 1 236,40 € est en route')), ('Date', D(1, 2, 12, 40, 0)),
                 ('Message-ID', '<%s@stripe.com>' % h('p27', 30))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Stripe', '#635bff'))]))
    emit('payment_notification/stripe_virement_en_route.eml', raw, PN, lang='fr', provider='Stripe', source_group='Stripe',
         pattern='payout bundling several payments', direction='in', amount='1236.40', currency='EUR',
         payer='Stripe', reference='po_1QxR4mDelannoy8Zk2', value_date='2026-12-03', counts_as_payment='no_aggregate')

    # P28 Stripe: successful payment (EN)
    txt = ('Payment of €450.00 from Pascale Jaouen\n\nAmount: €450.00\nDescription: Invoice F-2026-0427 - interprétation mariage\n'
           'Payment method: Visa •••• 0073\nDate: Dec 2, 2026, 8:14 PM\n\nView payment: https://dashboard.stripe.com/payments/pi_3Qy8x2\n\n'
           'You\'re receiving this email because you opted in to "Successful payments" notifications.\n')
    raw = build([('From', 'Stripe <notifications@stripe.com>'), ('To', OA),
                 ('Subject', H('Payment of €450.00 from Pascale Jaouen')),
                 ('Date', D(2, 19, 14, 52, 0)), ('Message-ID', '<%s@stripe.com>' % h('p28', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/stripe_successful_payment_en.eml', raw, PN, lang='en', provider='Stripe',
         source_group='Stripe', pattern='card payment captured by PSP for one invoice', direction='in', amount='450.00',
         currency='EUR', payer='Pascale Jaouen', reference='Invoice F-2026-0427 - interprétation mariage',
         value_date='2026-12-02', counts_as_payment='yes')

    # P29 Stripe dispute
    txt = ('A payment has been disputed\n\nA customer has disputed a €180.00 payment (ch_3QvT1e) made on Nov 9, 2026.\n'
           'Reason: product_not_received\nThe disputed amount and a €15.00 dispute fee have been withdrawn from your balance.\n\n'
           'Respond by Dec 15, 2026 to submit evidence: https://dashboard.stripe.com/disputes/dp_1QzA\n\n'
           'Stripe\n')
    raw = build([('From', 'Stripe <notifications@stripe.com>'), ('To', OA),
                 ('Subject', H('Action required: a €180.00 payment has been disputed')), ('Date', D(30, 22, 3, 1, 0)),
                 ('Message-ID', '<%s@stripe.com>' % h('p29', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/stripe_dispute.eml', raw, PN, lang='en', provider='Stripe', source_group='Stripe',
         pattern='chargeback with fee', direction='chargeback', amount='180.00', currency='EUR', reference='ch_3QvT1e',
         value_date='2026-11-30', counts_as_payment='no')

    # P30 Stripe payout failed
    txt = ('Bonjour,\n\nLe virement po_1QyB7vDelannoy de 512,00 € vers votre compte bancaire ••••6518 a échoué : '
           'la banque a indiqué que le compte n\'existe pas ou est fermé.\n\nLes fonds ont été reversés sur votre solde Stripe. '
           'Mettez à jour vos coordonnées bancaires pour recevoir vos prochains virements.\n\nL\'équipe Stripe\n')
    raw = build([('From', 'Stripe <notifications@stripe.com>'), ('To', OA),
                 ('Subject', H('Votre virement de 512,00 € a échoué')), ('Date', D(3, 4, 40, 0, 0)),
                 ('Message-ID', '<%s@stripe.com>' % h('p30', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/stripe_virement_echoue.eml', raw, PN, lang='fr', provider='Stripe', source_group='Stripe',
         pattern='payout failed, funds back to balance', direction='failed', amount='512.00', currency='EUR',
         reference='po_1QyB7vDelannoy', value_date='2026-12-03', counts_as_payment='no')

    # P31 PayPal: paiement reçu
    inner = ('<p style="font-size:22px">Vous avez reçu 200,00%s€ EUR de Gaëlle Marrec</p>'
             '<p>Bonjour Margaux Delannoy,</p><p>Gaëlle Marrec vous a envoyé 200,00%s€ EUR.</p>'
             '<table>' % (NB, NB) + trow('Note de Gaëlle Marrec', '« acompte interprétation soutenance 15/12 »')
             + trow('ID de transaction', '8UJ41873PL112540X') + trow('Date de la transaction', '3 décembre 2026') + '</table>'
             '<p>Il peut s\'écouler quelques minutes avant que cette transaction apparaisse dans votre compte.</p>')
    foot = ('Aide et contact | Sécurité<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.<br>'
            'Ne répondez pas à cet e-mail. Pour nous contacter, cliquez sur Aide et contact.')
    raw = build([('From', 'service@paypal.fr'), ('To', A(ON, OA)),
                 ('Subject', H('Vous avez reçu un paiement')), ('Date', D(3, 11, 47, 30, -8)),
                 ('Message-ID', '<%s.%s@paypal.com>' % (h('p31', 13), h('p31b', 8))),
                 ('X-Email-Type-Id', 'PPX000579')],
                leaf('text/html', shell(inner, 'PayPal', '#003087', foot), cte='quoted-printable'))
    emit('payment_notification/paypal_paiement_recu_acompte.eml', raw, PN, lang='fr', provider='PayPal', source_group='PayPal',
         pattern='PayPal received, deposit (acompte) from a person, PST timezone', direction='in', amount='200.00',
         currency='EUR', payer='Gaëlle Marrec', reference='8UJ41873PL112540X', value_date='2026-12-03',
         counts_as_payment='yes', notes='A deposit for a future job, not an overdue invoice')

    # P32 PayPal: remboursement envoyé
    inner = ('<p>Bonjour Margaux Delannoy,</p><p>Vous avez remboursé 60,00%s€ EUR à Thomas Le Gall.</p>'
             '<table>' % NB + trow('ID de transaction du remboursement', '2KM57910AC334871B')
             + trow('Paiement initial', '1 décembre 2026') + '</table><p>Les fonds seront crédités sur le compte du destinataire sous quelques jours.</p>')
    raw = build([('From', 'service@paypal.fr'), ('To', A(ON, OA)),
                 ('Subject', H('Vous avez envoyé un remboursement à Thomas Le Gall')), ('Date', D(2, 6, 3, 11, -8)),
                 ('Message-ID', '<%s.%s@paypal.com>' % (h('p32', 13), h('p32b', 8)))],
                leaf('text/html', shell(inner, 'PayPal', '#003087', 'Ne répondez pas à cet e-mail.'), cte='quoted-printable'))
    emit('payment_notification/paypal_remboursement_envoye.eml', raw, PN, lang='fr', provider='PayPal', source_group='PayPal',
         pattern='refund issued by owner', direction='refund', amount='60.00', currency='EUR',
         reference='2KM57910AC334871B', value_date='2026-12-02', counts_as_payment='no')

    # P33 PayPal: payment on hold
    txt = ('Bonjour Margaux Delannoy,\n\nVous avez reçu un paiement de 950,00 € EUR de SARL Les Ateliers Saint-Hélier. '
           'Pour protéger votre compte, les fonds sont en attente et seront disponibles dans un délai de 21 jours '
           'maximum, ou plus tôt si l\'acheteur confirme la réception.\n\nÉtat : En attente\n'
           'ID de transaction : 5TR99281HC450113K\n\nPayPal\n')
    raw = build([('From', 'PayPal <service@paypal.fr>'), ('To', OA),
                 ('Subject', H('Un paiement est en attente sur votre compte')), ('Date', D(4, 8, 22, 0, -8)),
                 ('Message-ID', '<%s.%s@paypal.com>' % (h('p33', 13), h('p33b', 8)))],
                leaf('text/plain', txt, charset='windows-1252', cte='quoted-printable'))
    emit('payment_notification/paypal_paiement_en_attente.eml', raw, PN, lang='fr', provider='PayPal', source_group='PayPal',
         pattern='payment on hold, funds not available', direction='none', amount='950.00', currency='EUR',
         reference='5TR99281HC450113K', value_date='2026-12-04', counts_as_payment='no',
         notes='Says "vous avez reçu" but funds are held: direction none. Unsure between none and in')

    # P34 SumUp payout
    txt = ('Bonjour Margaux,\n\nNous avons effectué un versement de 312,40 € sur votre compte bancaire se terminant par 6518.\n\n'
           'Période : 27/11/2026 - 01/12/2026\nNombre de transactions : 6\nFrais : 5,38 €\n\n'
           'Vous pouvez consulter le détail dans votre espace SumUp > Versements.\n\nL\'équipe SumUp\n')
    raw = build([('From', 'SumUp <no-reply@sumup.com>'), ('To', OA), ('Subject', H('Votre versement de 312,40 € est en route')),
                 ('Date', D(2, 5, 10, 0, 0)), ('Message-ID', '<%s@sumup.com>' % h('p34', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/sumup_versement.eml', raw, PN, lang='fr', provider='SumUp', source_group='SumUp',
         pattern='card-terminal payout, 6 transactions', direction='in', amount='312.40', currency='EUR', payer='SumUp',
         value_date='2026-12-02', counts_as_payment='no_aggregate', notes='Card terminal used for LSF initiation workshops')

    # P35 GoCardless: paiement encaissé
    txt = ('Bonjour,\n\nLe paiement de 600,00 € de Association Sourds Solidaires Bretagne a été encaissé avec succès.\n\n'
           'Référence : F-2026-0396 - abonnement permanence LSF\nDate d\'encaissement : 30 novembre 2026\n'
           'Il sera inclus dans votre prochain versement.\n\nGoCardless Ltd est un établissement de paiement '
           'agréé par la Financial Conduct Authority.\n')
    raw = build([('From', 'GoCardless <help@gocardless.com>'), ('To', OA),
                 ('Subject', H('Paiement encaissé : 600,00 € de Association Sourds Solidaires Bretagne')),
                 ('Date', D(30, 9, 31, 17, 0)), ('Message-ID', '<%s@gocardless.com>' % h('p35', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/gocardless_paiement_encaisse.eml', raw, PN, lang='fr', provider='GoCardless',
         source_group='GoCardless', pattern='direct debit collected from a client', direction='in', amount='600.00',
         currency='EUR', payer='Association Sourds Solidaires Bretagne', reference='F-2026-0396 - abonnement permanence LSF',
         value_date='2026-11-30', counts_as_payment='yes')

    # P36 GoCardless: échec
    txt = ('Bonjour,\n\nLe paiement de 240,00 € de Centre Social Les Longs Champs a échoué.\n'
           'Motif : le client a fait opposition au prélèvement (MD06).\n\nRéférence : F-2026-0410\n'
           'Nous ne tenterons pas de nouveau ce paiement automatiquement.\n\nL\'équipe GoCardless\n')
    raw = build([('From', 'GoCardless <help@gocardless.com>'), ('To', OA),
                 ('Subject', H('Échec du paiement de 240,00 € de Centre Social Les Longs Champs')),
                 ('Date', D(3, 10, 2, 44, 0)), ('Message-ID', '<%s@gocardless.com>' % h('p36', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/gocardless_echec_opposition.eml', raw, PN, lang='fr', provider='GoCardless',
         source_group='GoCardless', pattern='direct debit failed, customer refusal MD06', direction='failed',
         amount='240.00', currency='EUR', reference='F-2026-0410', value_date='2026-12-03', counts_as_payment='no')

    # P37 Mollie settlement
    txt = ('Bonjour,\n\nNous avons transféré 884,10 EUR sur votre compte bancaire (FR76 **** 6518).\n\n'
           'Référence du versement : STL-2026.12.01-DELANNOY\nPaiements inclus : 9\nFrais déduits : 8,55 EUR\n\n'
           'Téléchargez le relevé détaillé dans votre Dashboard Mollie.\n\nMollie B.V.\n')
    raw = build([('From', 'Mollie <noreply@mollie.com>'), ('To', OA), ('Subject', 'Votre versement Mollie est en route'),
                 ('Date', D(1, 8, 0, 3, 0)), ('Message-ID', '<%s@mollie.com>' % h('p37', 30))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('payment_notification/mollie_versement.eml', raw, PN, lang='fr', provider='Mollie', source_group='Mollie',
         pattern='settlement of 9 payments', direction='in', amount='884.10', currency='EUR', payer='Mollie',
         reference='STL-2026.12.01-DELANNOY', value_date='2026-12-01', counts_as_payment='no_aggregate')

    # P38 PayPlug
    inner = ('<p>Bonjour,</p><p>Vous avez reçu un nouveau paiement.</p><table>' + trow('Montant', '480,00 €')
             + trow('Client', 'Théâtre du Cercle') + trow('Référence', 'F-2026-0423') + trow('Date', '01/12/2026 14:37')
             + '</table><p>L\'équipe PayPlug</p>')
    raw = build([('From', 'PayPlug <notification@payplug.com>'), ('To', OA),
                 ('Subject', H('Nouveau paiement reçu : 480,00 €')), ('Date', D(1, 14, 37, 51)),
                 ('Message-ID', '<%s@payplug.com>' % h('p38', 30))],
                leaf('text/html', shell(inner, 'PayPlug', '#00b1a1', 'Cet e-mail a été envoyé automatiquement. PayPlug SAS, 110 avenue de France, 75013 Paris.'), cte='quoted-printable'))
    emit('payment_notification/payplug_paiement_recu.eml', raw, PN, lang='fr', provider='PayPlug', source_group='PayPlug',
         pattern='online payment link paid', direction='in', amount='480.00', currency='EUR', payer='Théâtre du Cercle',
         reference='F-2026-0423', value_date='2026-12-01', counts_as_payment='yes')

    # P39 Sumeria (ex-Lydia)
    txt = ('Margaux, tu as reçu 120,00 € de Thomas L. 💚\n\n« Cours LSF débutant décembre »\n\n'
           'L\'argent est disponible sur ton compte Sumeria.\n\nSumeria (ex-Lydia)\n'
           'Tu reçois cet e-mail car tu as un compte Sumeria. Se désabonner des e-mails de transaction : paramètres.\n')
    raw = build([('From', 'Sumeria <noreply@lydia-app.com>'), ('To', OA),
                 ('Subject', H('Tu as reçu 120,00 € de Thomas L.')), ('Date', D(30, 20, 55, 12)),
                 ('Message-ID', '<%s@lydia-app.com>' % h('p39', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/sumeria_recu_120.eml', raw, PN, lang='fr', provider='Lydia / Sumeria', source_group='Lydia',
         pattern='P2P payment, tu, emoji', direction='in', amount='120.00', currency='EUR', payer='Thomas L.',
         reference='Cours LSF débutant décembre', value_date='2026-11-30', counts_as_payment='yes')

    # P40 Pennylane bank feed
    inner = ('<p>Bonjour Margaux,</p><p>2 nouvelles transactions bancaires ont été synchronisées depuis votre compte Qonto '
             'et attendent un justificatif :</p><table width="100%">' + trow('Date', 'Libellé', 'Montant', bold=True)
             + trow('02/12/2026', 'VIR SEPA THEATRE NATIONAL BRETAGNE F-2026-0408', '+1%s760,00%s€' % (NB, NB))
             + trow('02/12/2026', 'CB OVH SAS', '-7,19%s€' % NB) + '</table><p><a href="https://app.pennylane.com">Justifier mes transactions</a></p>')
    raw = build([('From', 'Pennylane <notifications@pennylane.com>'), ('To', OA),
                 ('Subject', H('2 nouvelles transactions à justifier')), ('Date', D(3, 8, 0, 0)),
                 ('Message-ID', '<%s@pennylane.com>' % h('p40', 30))],
                leaf('text/html', shell(inner, 'Pennylane', '#00b37e', 'Vous recevez cet e-mail car vous êtes utilisateur de Pennylane. Gérer mes notifications.'), cte='quoted-printable'))
    emit('payment_notification/pennylane_transactions_synchro.eml', raw, PN, lang='fr', provider='Pennylane',
         source_group='Pennylane', pattern='accounting bank feed, credit + card debit', direction='in|out',
         amount='1760.00|7.19', currency='EUR', payer='THEATRE NATIONAL BRETAGNE|',
         reference='F-2026-0408|CB OVH SAS', value_date='2026-12-02|2026-12-02', counts_as_payment='yes',
         notes='Second-hand feed (bank -> accounting tool); counts_as_payment refers to the credit line')

    # P41 Indy: nouvelle recette
    txt = ('Bonjour Margaux,\n\nNous avons détecté une nouvelle recette sur votre compte bancaire :\n\n'
           '+850,00 € - VIR INST DE SIGNBRIDGE BV INV-0436 - 04/12/2026\n\nCatégorisez-la en un clic pour garder une '
           'comptabilité à jour.\n\nL\'équipe Indy\n')
    raw = build([('From', 'Indy <bonjour@indy.fr>'), ('To', OA), ('Subject', H('Nouvelle recette détectée : +850,00 €')),
                 ('Date', D(4, 18, 31, 2)), ('Message-ID', '<%s@indy.fr>' % h('p41', 30))],
                leaf('text/plain', txt))
    emit('payment_notification/indy_nouvelle_recette.eml', raw, PN, lang='fr', provider='Indy', source_group='Indy',
         pattern='accounting app detects income from a foreign client', direction='in', amount='850.00', currency='EUR',
         payer='SIGNBRIDGE BV', reference='INV-0436', value_date='2026-12-04', counts_as_payment='yes')

    # P42 Remittance advice FR (SAP-style, PDF + text)
    txt = ('AVIS DE PAIEMENT\n\nMadame, Monsieur,\n\nNous vous informons que nous avons procédé ce jour au règlement '
           'des pièces suivantes par virement SEPA sur votre compte FR76 1695 8000 0100 4471 2236 518 :\n\n'
           'N° facture     Date facture   Montant\nF-2026-0398    12/10/2026     920,00 EUR\n\n'
           'Total réglé : 920,00 EUR\nDate de règlement : 15/12/2026\nN° de règlement : 2000018841\n\n'
           'ARMOR LOGISTIQUE SAS - Service Comptabilité Fournisseurs\n'
           'Ce message a été généré automatiquement par notre système comptable. Merci de ne pas y répondre.\n')
    apdf = pdf(['ARMOR LOGISTIQUE SAS', 'AVIS DE PAIEMENT N. 2000018841', 'Beneficiaire : DELANNOY MARGAUX',
                'F-2026-0398  12/10/2026  920,00 EUR', 'Total : 920,00 EUR', 'Date de reglement : 15/12/2026'])
    raw = build([('From', 'SAP Finance Armor <noreply-sap@armor-logistique.fr>'), ('To', OA),
                 ('Subject', 'Avis de paiement 2000018841'), ('Date', D(4, 3, 12, 0)),
                 ('Message-ID', '<%s@armor-logistique.fr>' % h('p42', 30))],
                multi('mixed', [leaf('text/plain', txt, charset='iso-8859-1'),
                                attach('application/pdf', apdf, 'AVIS_PAIEMENT_2000018841.pdf')]))
    emit('payment_notification/armor_avis_de_paiement_sap.eml', raw, PN, lang='fr', provider='',
         source_group='Armor Logistique', pattern='remittance advice from client ERP, future payment date',
         direction='in', amount='920.00', currency='EUR', payer='ARMOR LOGISTIQUE SAS', reference='F-2026-0398',
         value_date='2026-12-15', counts_as_payment='no_claim',
         notes='Issued 4 Dec for a 15 Dec settlement; money not seen by a bank')

    # P43 Remittance advice EN (accounting SaaS)
    txt = ('Remittance Advice\n\nBrightwave Media Ltd has sent you a payment.\n\nPayment date: 3 Dec 2026\n'
           'Amount paid: EUR 720.00\n\nInvoice        Amount\nINV-0433       720.00\n\nIf you have any questions '
           'please contact accounts@brightwave-media.example\n\nSent using Xero - beautiful accounting software\n')
    raw = build([('From', 'Brightwave Media Ltd <messaging-service@post.xero.com>'), ('To', OA),
                 ('Reply-To', 'accounts@brightwave-media.example'), ('Subject', 'Remittance Advice from Brightwave Media Ltd'),
                 ('Date', D(3, 16, 0, 9, 0)), ('Message-ID', '<%s@post.xero.com>' % h('p43', 30))],
                multi('alternative', [leaf('text/plain', txt, charset='us-ascii', cte='7bit'),
                                      leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Remittance', '#13b5ea', lang='en'), charset='us-ascii', cte='7bit')]))
    emit('payment_notification/brightwave_remittance_xero.eml', raw, PN, lang='en', provider='Xero',
         source_group='Brightwave Media', pattern='remittance advice sent through accounting SaaS', direction='in',
         amount='720.00', currency='EUR', payer='Brightwave Media Ltd', reference='INV-0433', value_date='2026-12-03',
         counts_as_payment='no_claim')


# ================================================================ auto_reply
def orig(inv, to, date, k=1, en=False, headers_only=False):
    """The owner's reminder as it was sent (for bounces, MDNs, quoted returns)."""
    hdr = [('From', A(ON, OA)), ('To', to), ('Subject', H(subj_en(inv) if en else subj_fr(inv))),
           ('Date', date), ('Message-ID', rid(inv, k)), ('MIME-Version', '1.0'),
           ('X-Mailer', 'dunnerd')]
    if headers_only:
        return ('\n'.join('%s: %s' % kv for kv in hdr) + '\nContent-Type: text/plain; charset="utf-8"\n'
                'Content-Transfer-Encoding: quoted-printable\n').encode()
    body = rem_en(inv, '€980.00', '20 November 2026') if en else rem_fr(inv, '980,00 €', '20/11/2026')
    return build(hdr, leaf('text/plain', body))


def rfc822(raw, ctype='message/rfc822'):
    return (['Content-Type: ' + ctype, 'Content-Description: Undelivered Message' if ctype == 'message/rfc822'
             else 'Content-Description: Undelivered Message Headers'], raw)


def auto_part():
    # A1 Outlook OOO FR, Auto-Submitted, return date
    inv = 'F-2026-0403'
    txt = ('Bonjour,\n\nJe suis absente du bureau jusqu\'au vendredi 4 décembre inclus, sans accès à ma messagerie. '
           'Je serai de retour le lundi 7 décembre.\n\nPour toute question relative aux factures fournisseurs, merci de '
           'contacter comptabilite@breizhcom.example.\n\nCordialement,\nValérie Cadiou\n')
    raw = build([('From', A('Valérie Cadiou', 'v.cadiou@breizhcom.example')), ('To', OWNER),
                 ('Subject', H('Réponse automatique : ' + subj_fr(inv))), ('Date', D(30, 9, 0, 44)),
                 ('Message-ID', outlook_id('a1', 'PR1P264MB3011')), ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', 'v.cadiou@breizhcom.example'), ('Content-Language', 'fr-FR')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<html><body><p>' + txt.replace('\n', '<br>') + '</p></body></html>')]), crlf=True)
    emit('auto_reply/breizhcom_outlook_reponse_automatique.eml', raw, AR, lang='fr', source_group='Exchange Online (Breizhcom)',
         pattern='Outlook "Réponse automatique :", Auto-Submitted auto-generated', facts='ooo_until=2026-12-07')

    # A2 Gmail vacation responder FR
    inv = 'F-2026-0429'
    txt = ('Bonjour,\n\nMerci pour votre message. Je suis en congé jusqu\'au 9 décembre et je le traiterai à mon retour.\n'
           'En cas d\'urgence : 02 99 00 77 15 (accueil).\n\nGwendal\n')
    raw = build([('From', A('Gwendal Riou', 'gwendal.riou@filfilm-productions.example')), ('To', OWNER),
                 ('Subject', H('Re: ' + subj_fr(inv))), ('Date', D(1, 9, 1, 5)),
                 ('Message-ID', gmail_id('a2')), ('In-Reply-To', rid(inv)), ('References', rid(inv)),
                 ('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'), ('X-Autoreply', 'yes')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>') + '</div>')]))
    emit('auto_reply/filfilm_gmail_vacances.eml', raw, AR, lang='fr', source_group='Gmail / Workspace vacation',
         pattern='Gmail vacation responder, subject "Re:" like a human reply', facts='ooo_until=2026-12-09',
         notes='"en congé jusqu\'au 9 décembre": return date taken as 9 Dec')

    # A3 English OOO with return date
    inv = 'INV-0431'
    txt = ('Thank you for your email. I am out of the office with limited access to email and will be back on '
           'Wednesday 9 December.\n\nFor urgent matters please contact events@harbourline.example.\n\nBest regards,\nOwen Price\n')
    raw = build([('From', A('Owen Price', 'owen.price@harbourline.example')), ('To', OWNER),
                 ('Subject', 'Automatic reply: ' + subj_en(inv)), ('Date', D(2, 8, 0, 31, 0)),
                 ('Message-ID', outlook_id('a3', 'LO4P265MB6120')), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'), crlf=True)
    emit('auto_reply/harbourline_en_automatic_reply.eml', raw, AR, lang='en', source_group='Exchange Online (Harbourline)',
         pattern='English Outlook "Automatic reply:"', facts='ooo_until=2026-12-09')

    # A4 "Absence du bureau", maternity leave, no date, no auto headers
    inv = 'F-2026-0389'
    txt = ('Bonjour,\n\nJe suis actuellement en congé maternité. Vos messages ne sont pas transférés.\n'
           'Merci de vous adresser à Stéphane Moal (s.moal@lemoulinarts.example) pour toute question administrative '
           'ou comptable.\n\nBien à vous,\nAmandine Coquet\nLe Moulin des Arts\n')
    raw = build([('From', A('Amandine Coquet', 'a.coquet@lemoulinarts.example')), ('To', OWNER),
                 ('Subject', H('Absence du bureau')), ('Date', D(30, 9, 1, 2)),
                 ('Message-ID', '<%s@lemoulinarts.example>' % h('a4', 20))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('auto_reply/moulinarts_absence_conge_maternite.eml', raw, AR, lang='fr', source_group='small host, no auto headers',
         pattern='"Absence du bureau", no Auto-Submitted, no In-Reply-To, no return date')

    # A5 AP autoresponder FR with payment terms
    inv = 'F-2026-0435'
    txt = ('Ceci est un message automatique.\n\nLe Service Comptabilité Fournisseurs du Groupe Hôtelier Kerinec accuse '
           'réception de votre e-mail.\n\nRappel de nos conditions :\n- les factures doivent être adressées uniquement '
           'au format PDF à factures@kerinec-hotels.example, une facture par fichier ;\n- elles doivent mentionner le '
           'numéro de commande et le nom du demandeur ;\n- nos règlements sont effectués par virement à 45 jours fin de mois, '
           'le 10 et le 25 de chaque mois.\n\nLes relances de paiement sont traitées sous 5 jours ouvrés. Merci de ne pas '
           'renvoyer votre facture dans l\'intervalle.\n\nService Comptabilité Fournisseurs\n')
    raw = build([('From', A('Comptabilité Fournisseurs Kerinec', 'factures@kerinec-hotels.example')), ('To', OA),
                 ('Subject', H('[Accusé de réception] ' + subj_fr(inv))), ('Date', D(2, 9, 0, 9)),
                 ('Message-ID', '<%s@kerinec-hotels.example>' % h('a5', 24)), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
                leaf('text/plain', txt))
    emit('auto_reply/kerinec_ap_accuse_reception.eml', raw, AR, lang='fr', source_group='Groupe Hôtelier Kerinec',
         pattern='accounts-payable autoresponder mentioning invoices and payment terms',
         notes='Mentions payment days (10 and 25) but no promise: automatic')

    # A6 AP autoresponder EN with ticket
    inv = 'INV-0432'
    txt = ('Thank you for contacting Accounts Payable.\n\nYour request has been logged under reference AP-2026-118403. '
           'Please quote this reference in any further correspondence.\n\nStandard payment terms are 60 days from the '
           'invoice date. Payment status can be checked in our Supplier Portal: https://suppliers.orbis-group.example\n\n'
           'This mailbox is monitored Monday to Friday, 9am-5pm CET. Please do not reply to this message.\n\n'
           'Orbis Group Shared Services Centre - Accounts Payable\n')
    raw = build([('From', 'Orbis AP <accountspayable@orbis-group.example>'), ('To', OA),
                 ('Subject', 'Ticket AP-2026-118403 received - ' + subj_en(inv)), ('Date', D(3, 9, 0, 51, 0)),
                 ('Message-ID', '<%s@orbis-group.example>' % h('a6', 24)), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-generated'), ('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('auto_reply/orbis_ap_ticket_en.eml', raw, AR, lang='en', source_group='Orbis Group AP',
         pattern='AP ticket autoresponder with payment terms')

    # A7 Zendesk-style helpdesk FR
    inv = 'F-2026-0424'
    txt = ('##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nVotre demande (48213) a bien été reçue et '
           'sera examinée par notre équipe support.\n\nPour ajouter des commentaires, répondez simplement à cet e-mail.\n\n'
           'Ce message a été envoyé par Zendesk.\n')
    raw = build([('From', A('Support Kubik Coworking', 'support@kubik-coworking.zendesk.example')), ('To', A(ON, OA)),
                 ('Reply-To', 'Support Kubik Coworking <support+id48213@kubik-coworking.zendesk.example>'),
                 ('Subject', H('[Kubik Coworking] ' + subj_fr(inv))), ('Date', D(3, 9, 2, 0, 0)),
                 ('Message-ID', '<X7K2PQ4M9R_6752a1b3c4d5e_%s_sprut@zendesk.com>' % h('a7', 6)),
                 ('In-Reply-To', rid(inv)), ('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'),
                 ('X-Zendesk-From-Account-Id', '1a2b3c4')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', '<div style="color:#b5b5b5">##- Veuillez écrire votre réponse au-dessus de cette ligne -##</div><p>Votre demande (48213) a bien été reçue et sera examinée par notre équipe support.</p><p>Pour ajouter des commentaires, répondez simplement à cet e-mail.</p>')]))
    emit('auto_reply/kubik_zendesk_demande_recue.eml', raw, AR, lang='fr', source_group='Zendesk (Kubik Coworking)',
         pattern='helpdesk ticket acknowledgement')

    # A8 Freshdesk EN
    inv = 'INV-0439'
    txt = ('Dear Margaux Delannoy,\n\nWe would like to acknowledge that we have received your request and a ticket has '
           'been created.\nA support representative will be reviewing your request and will send you a personal response '
           '(usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit\n'
           'https://lumenfest.freshdesk.example/helpdesk/tickets/7731\n\nThank you for your patience.\n\n'
           'Sincerely,\nLumenFest Support Team\n')
    raw = build([('From', 'LumenFest Support <support@lumenfest.example>'), ('To', OA),
                 ('Subject', 'Ticket Received - ' + subj_en(inv)), ('Date', D(1, 9, 3, 2, 0)),
                 ('Message-ID', '<%s.%s@freshdesk.com>' % (h('a8', 20), '7731')), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, charset='UTF-8', cte='7bit'))
    emit('auto_reply/lumenfest_freshdesk_ticket_received.eml', raw, AR, lang='en', source_group='Freshdesk (LumenFest)',
         pattern='helpdesk autoresponder, standard Freshdesk wording')

    # A9 MDN read receipt from Outlook (FR)
    inv = 'F-2026-0412'
    hum = ('Votre message\n\n  À : Solène Guillou\n  Objet : %s\n  Envoyé : lundi 30 novembre 2026 09:02:11 (UTC+01:00) '
           'Bruxelles, Copenhague, Madrid, Paris\n\na été lu le lundi 30 novembre 2026 10:15:40 (UTC+01:00) Bruxelles, '
           'Copenhague, Madrid, Paris.\n' % subj_fr(inv))
    mdn = ('Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;solene.guillou@kerlenn-evenements.fr\n'
           'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % rid(inv))
    raw = build([('From', A('Solène Guillou', 'solene.guillou@kerlenn-evenements.fr')), ('To', OWNER),
                 ('Subject', H('Lu : ' + subj_fr(inv))), ('Date', D(30, 10, 15, 41)),
                 ('Message-ID', '<%s@kerlenn-evenements.fr>' % h('a9', 24)), ('References', rid(inv))],
                multi('report', [leaf('text/plain', hum), (['Content-Type: message/disposition-notification'], mdn.encode())],
                      extra=';\n\treport-type=disposition-notification'))
    emit('auto_reply/kerlenn_mdn_lu.eml', raw, AR, lang='fr', source_group='Outlook MDN',
         pattern='read receipt "Lu :", multipart/report disposition-notification')

    # A10 Thunderbird-style MDN EN
    inv = 'INV-0427'
    raw = build([('From', A('Eleanor Whitcombe', 'e.whitcombe@northgate-conferences.co.uk')), ('To', OWNER),
                 ('Subject', 'Return Receipt (displayed) - ' + subj_en(inv)), ('Date', D(30, 9, 44, 0, 0)),
                 ('Message-ID', '<%s@northgate-conferences.co.uk>' % h('a10', 24))],
                multi('report', [leaf('text/plain', 'This is a Return Receipt for the mail that you sent to '
                                      'e.whitcombe@northgate-conferences.co.uk.\n\nNote: This Return Receipt only acknowledges '
                                      'that the message was displayed on the recipient\'s computer. There is no guarantee that '
                                      'the recipient has read or understood the message contents.\n', charset='UTF-8', cte='7bit'),
                                 (['Content-Type: message/disposition-notification; name="MDNPart2.txt"',
                                   'Content-Disposition: inline'],
                                  ('Reporting-UA: northgate-conferences.co.uk; Thunderbird 128.5.0\n'
                                   'Final-Recipient: rfc822;e.whitcombe@northgate-conferences.co.uk\n'
                                   'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % rid(inv)).encode()),
                                 (['Content-Type: text/rfc822-headers; name="MDNPart3.txt"', 'Content-Disposition: inline'],
                                  orig(inv, 'e.whitcombe@northgate-conferences.co.uk', D(30, 9, 10), en=True, headers_only=True))],
                      extra=';\n\treport-type=disposition-notification'))
    emit('auto_reply/northgate_thunderbird_return_receipt.eml', raw, AR, lang='en', source_group='Thunderbird MDN',
         pattern='Thunderbird "Return Receipt (displayed)" with rfc822-headers part')

    # A11 Mailinblack challenge-response
    inv = 'F-2026-0437'
    txt = ('Bonjour,\n\nVous avez envoyé un message à compta@atelier-kerouac.example. Ce destinataire est protégé par '
           'Mailinblack.\n\nAfin que votre message lui soit remis, merci de confirmer que vous n\'êtes pas un robot en '
           'cliquant sur le lien ci-dessous et en recopiant le code affiché :\n\n'
           'https://protect.mailinblack.example/validation?id=%s\n\nCette opération n\'est à effectuer qu\'une seule fois. '
           'Sans validation sous 10 jours, votre message sera supprimé.\n\nObjet du message : %s\n\nMailinblack - '
           'Protection de la messagerie\n' % (h('a11', 20), subj_fr(inv)))
    raw = build([('From', 'Mailinblack <noreply@mailinblack.example>'), ('To', OA),
                 ('Subject', H('Votre message est en attente de validation')), ('Date', D(2, 9, 0, 21)),
                 ('Message-ID', '<%s@mailinblack.example>' % h('a11b', 24)), ('Auto-Submitted', 'auto-replied'),
                 ('In-Reply-To', rid(inv))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>') + '</p>', 'Mailinblack', '#1c2a6b'))]))
    emit('auto_reply/mailinblack_challenge.eml', raw, AR, lang='fr', source_group='Mailinblack-style challenge',
         pattern='challenge-response (prove you are not a robot)', notes='Sender domain kept as .example on purpose')

    # A12 public body closure
    inv = 'F-2026-0438'
    txt = ('Madame, Monsieur,\n\nEn raison du déménagement de ses bureaux, le service Culture de la Ville est fermé '
           'du lundi 30 novembre au vendredi 11 décembre. Les messages reçus pendant cette période seront traités à '
           'partir de la réouverture, le lundi 14 décembre.\n\nMerci de votre compréhension.\n\n'
           'Service Culture - Ville de Port-Kerlouan\n')
    raw = build([('From', A('Service Culture', 'culture@ville-portkerlouan.example')), ('To', OA),
                 ('Subject', H('Message automatique - Service Culture')), ('Date', D(4, 9, 0, 40)),
                 ('Message-ID', '<%s@ville-portkerlouan.example>' % h('a12', 24)),
                 ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('auto_reply/portkerlouan_fermeture_demenagement.eml', raw, AR, lang='fr', source_group='Ville de Port-Kerlouan',
         pattern='service closed (office move), reopening date', facts='ooo_until=2026-12-14')

    # A13 HTML-only OOO "jusqu'au 3 décembre inclus"
    inv = 'F-2026-0404'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            '<p>Bonjour,</p><p>Je suis actuellement en déplacement jusqu\'au 3 décembre inclus et consulterai mes messages '
            'à mon retour.</p><p>Cordialement,<br>Yannick Le Roux<br><i>Directeur technique - Scènes d\'Arvor</i></p></body></html>')
    raw = build([('From', A('Yannick Le Roux', 'y.leroux@scenes-arvor.example')), ('To', OWNER),
                 ('Subject', H('Réponse automatique : ' + subj_fr(inv), 'windows-1252')), ('Date', D(1, 9, 0, 13)),
                 ('Message-ID', outlook_id('a13', 'PR2P264MB4477')), ('In-Reply-To', rid(inv)),
                 ('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated')],
                leaf('text/html', html, charset='windows-1252', cte='quoted-printable'), crlf=True)
    emit('auto_reply/arvor_html_deplacement.eml', raw, AR, lang='fr', source_group='Exchange (Scènes d\'Arvor)',
         pattern='HTML-only windows-1252 OOO, "jusqu\'au ... inclus"', facts='ooo_until=2026-12-04',
         notes='Absent until 3 Dec inclusive, so back 4 Dec: unsure whether ooo_until should be 3 or 4')

    # A14 English annual leave, returning 14th
    inv = 'INV-0442'
    txt = ('Hi,\n\nI\'m on annual leave returning Monday 14th December. Your email will not be forwarded.\n'
           'For invoice queries please email finance@wavelength-live.example.\n\nThanks,\nLiam\n')
    raw = build([('From', A('Liam Doherty', 'liam@wavelength-live.example')), ('To', OWNER),
                 ('Subject', 'Automatic reply: ' + subj_en(inv)), ('Date', D(4, 8, 0, 2, 0)),
                 ('Message-ID', outlook_id('a14', 'DB7PR10MB2288')), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-generated'), ('X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent')],
                leaf('text/plain', txt, charset='us-ascii', cte='7bit'))
    emit('auto_reply/wavelength_en_annual_leave.eml', raw, AR, lang='en', source_group='Exchange Online (Wavelength Live)',
         pattern='annual leave, ordinal return date', facts='ooo_until=2026-12-14')

    # A15 University acknowledgement, no headers
    inv = 'F-2026-0439'
    txt = ('Bonjour,\n\nNous accusons réception de votre message adressé au service financier de l\'UFR Sciences Humaines. '
           'Il sera traité par un gestionnaire dans un délai de 72 heures ouvrées.\n\nPour le suivi de vos factures, '
           'nous vous rappelons que celles-ci doivent être déposées sur Chorus Pro.\n\n'
           'Ceci est une réponse automatique, merci de ne pas y répondre.\n')
    raw = build([('From', A('UFR SH - Service financier', 'sf-ufrsh@univ-rennesvilaine.example')), ('To', OA),
                 ('Subject', H('Accusé de réception : ' + subj_fr(inv))), ('Date', D(3, 9, 1, 0)),
                 ('Message-ID', '<%s@univ-rennesvilaine.example>' % h('a15', 24))],
                leaf('text/plain', txt))
    emit('auto_reply/univ_ufr_accuse_reception.eml', raw, AR, lang='fr', source_group='Université Rennes-Vilaine',
         pattern='acknowledgement without Auto-Submitted/In-Reply-To, mentions Chorus Pro')

    # A16 German Abwesenheitsnotiz
    inv = 'INV-0441'
    txt = ('Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 4. Dezember nicht im Büro. Ab dem 7. Dezember '
           'bin ich wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte '
           'an buchhaltung@gebaerdenwerk.example.\n\nMit freundlichen Grüßen\nJens Hartmann\n')
    raw = build([('From', A('Jens Hartmann', 'j.hartmann@gebaerdenwerk.example')), ('To', OWNER),
                 ('Subject', 'Abwesenheitsnotiz: ' + subj_en(inv)), ('Date', D(30, 9, 0, 3)),
                 ('Message-ID', '<%s@gebaerdenwerk.example>' % h('a16', 24)), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('auto_reply/gebaerdenwerk_de_abwesenheit.eml', raw, AR, lang='de', source_group='German OOO',
         pattern='German out-of-office', facts='ooo_until=2026-12-07')


# ==================================================================== bounce
def dsn(reporting, arrival, recips, extra_top=''):
    out = 'Reporting-MTA: dns; %s\n%sArrival-Date: %s\n' % (reporting, extra_top, arrival)
    for r in recips:
        out += '\n' + ''.join('%s: %s\n' % kv for kv in r)
    return (['Content-Type: message/delivery-status', 'Content-Description: Delivery report'], out.encode())


def bounce_part():
    # B1 Gmail (Workspace) FR: address not found
    inv, rc = 'F-2026-0381', 'compta@lesateliersdumarais35.example'
    o = orig(inv, rc, D(30, 9, 0, 5))
    txt = ('\n** Adresse introuvable **\n\nVotre message n\'a pas été transmis à %s, car l\'adresse est introuvable ou ne '
           'peut pas recevoir d\'e-mails.\n\nPour en savoir plus, consultez la page https://support.google.com/mail/?p=NoSuchUser\n\n'
           'La réponse du serveur distant était :\n550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n' % (rc, rc))
    raw = build([('Delivered-To', OA), ('Return-Path', '<>'),
                 ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OA),
                 ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
                 ('References', rid(inv)), ('In-Reply-To', rid(inv)), ('X-Failed-Recipients', rc),
                 ('Message-ID', '<6752b2c1.%s.bounce@mx.google.com>' % h('b1', 16)), ('Date', D(30, 8, 0, 7, 0))],
                multi('report', [multi('related', [leaf('text/plain', txt), ]),
                                 dsn('googlemail.com', 'Mon, 30 Nov 2026 00:00:05 -0800 (PST)',
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'failed'), ('Status', '5.1.1'),
                                       ('Remote-MTA', 'dns; mx1.lesateliersdumarais35.example. (192.0.2.41, the server for the domain.)'),
                                       ('Diagnostic-Code', 'smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table' % rc),
                                       ('Last-Attempt-Date', 'Mon, 30 Nov 2026 00:00:07 -0800 (PST)')]]),
                                 rfc822(o)], extra=';\n\treport-type=delivery-status'))
    emit('bounce/gmail_fr_adresse_introuvable.eml', raw, BO, lang='fr', source_group='Gmail', provider='Gmail',
         pattern='Google Workspace NDR, French text part, RFC 3464 report', facts='failed_recipient=' + rc,
         notes='Layout after public Gmail DSN samples (sisimai set-of-emails style)')

    # B2 Exchange Online NDR (EN)
    inv, rc = 'INV-0418', 'j.fairweather@tidewater-events.example'
    o = orig(inv, rc, D(1, 9, 0, 2), en=True)
    html = ('<html><body><div style="font-family:Segoe UI,Frutiger,Helvetica Neue,Arial,sans-serif">'
            '<p style="font-size:16px;color:#c00000"><b>Your message to %s couldn\'t be delivered.</b></p>'
            '<p><b>j.fairweather</b> wasn\'t found at <b>tidewater-events.example</b>.</p>'
            '<p>Margaux Delannoy - Office 365 - tidewater-events.example<br>Action Required: Recipient</p>'
            '<p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist. '
            'Try one or more of the following: retype the recipient\'s address, then resend the message...</p>'
            '<p style="font-size:11px;color:#555"><b>Diagnostic information for administrators:</b><br>Generating server: '
            'AM0PR10MB3491.EURPRD10.PROD.OUTLOOK.COM<br>%s<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
            'Recipient %s not found by SMTP address lookup\'</p></div></body></html>' % (rc, rc, rc))
    raw = build([('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tidewater-events.example>'),
                 ('To', OA), ('Date', D(1, 8, 0, 4, 0)), ('Subject', 'Undeliverable: ' + subj_en(inv)),
                 ('Message-ID', '<%s@AM0PR10MB3491.EURPRD10.PROD.OUTLOOK.COM>' % h('b2', 32)),
                 ('In-Reply-To', rid(inv)), ('References', rid(inv)), ('Auto-Submitted', 'auto-replied'),
                 ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-US')],
                multi('report', [multi('alternative', [leaf('text/plain', 'Your message to %s couldn\'t be delivered.\n\n'
                                                            'j.fairweather wasn\'t found at tidewater-events.example.\n\n'
                                                            'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n' % rc,
                                                            charset='us-ascii', cte='7bit'),
                                                       leaf('text/html', html, charset='us-ascii', cte='7bit')]),
                                 dsn('AM0PR10MB3491.EURPRD10.PROD.OUTLOOK.COM', D(1, 8, 0, 2, 0),
                                     [[('Original-Recipient', 'rfc822;' + rc), ('Final-Recipient', 'rfc822;' + rc),
                                       ('Action', 'failed'), ('Status', '5.1.10'),
                                       ('Diagnostic-Code', 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup' % rc)]],
                                     'X-Display-Name: %s\n' % rc),
                                 rfc822(o)], extra=';\n\treport-type=delivery-status'), crlf=True)
    emit('bounce/exchange_online_en_recipient_not_found.eml', raw, BO, lang='en', source_group='Exchange Online',
         provider='Microsoft 365', pattern='Exchange Online NDR, HTML + DSN, RESOLVER.ADR.RecipientNotFound',
         facts='failed_recipient=' + rc)

    # B3 Orange: invalid recipient (via owner's OVH relay, Postfix)
    inv, rc = 'F-2026-0362', 'famille.kerboriou.x47@orange.fr'
    o = orig(inv, rc, D(2, 9, 0, 1))
    txt = ('This is the mail system at host mo581.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your message '
           'could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send '
           'mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the '
           'attached returned message.\n\n                   The mail system\n\n<%s>: host smtp-in.orange.fr[193.252.22.84] said:\n'
           '    550 5.1.1 <%s>: Adresse d au moins un destinataire invalide.\n    Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)\n' % (rc, rc))
    raw = build([('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mo581.mail-out.ovh.net (Mail Delivery System)'),
                 ('Subject', 'Undelivered Mail Returned to Sender'), ('To', OA), ('Auto-Submitted', 'auto-replied'),
                 ('Date', 'Wed,  2 Dec 2026 09:00:03 +0100 (CET)'),
                 ('Message-Id', '<20261202080003.4G2kTq0Vb1z1Y@mo581.mail-out.ovh.net>')],
                multi('report', [leaf('text/plain', txt, charset='us-ascii', cte=None, extra=('Content-Description: Notification',)),
                                 dsn('mo581.mail-out.ovh.net', 'Wed,  2 Dec 2026 09:00:01 +0100 (CET)',
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Original-Recipient', 'rfc822;' + rc),
                                       ('Action', 'failed'), ('Status', '5.1.1'), ('Remote-MTA', 'dns; smtp-in.orange.fr'),
                                       ('Diagnostic-Code', 'smtp; 550 5.1.1 <%s>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]' % rc)]],
                                     'X-Postfix-Queue-ID: 4G2kTq0Vb1z1Y\nX-Postfix-Sender: rfc822; %s\n' % OA),
                                 rfc822(o)], boundary='4G2kTq0Vb1z1Y.1764662403/mo581.mail-out.ovh.net',
                      extra=';\n\treport-type=delivery-status', preamble='This is a MIME-encapsulated message.\n'))
    emit('bounce/orange_invalid_recipient_via_ovh.eml', raw, BO, lang='en', source_group='Orange (via OVH Postfix)',
         provider='Orange', pattern='Postfix NDR for an orange.fr recipient, OFR_416 code', facts='failed_recipient=' + rc,
         notes='Orange reply text after public Orange postmaster error-code lists')

    # B4 Wanadoo: mailbox full (Orange MTA itself, FR text)
    inv, rc = 'F-2026-0358', 'jp.le-merdy-x12@wanadoo.fr'
    o = orig(inv, rc, D(30, 9, 0, 3), k=2)
    txt = ('Votre message n\'a pas pu être délivré au(x) destinataire(s) suivant(s) :\n\n  %s\n'
           '    Boîte aux lettres pleine / Mailbox full\n    552 5.2.2 Quota exceeded (mailbox for user is full)\n\n'
           'Le serveur a tenté de délivrer votre message pendant 72 heures. Il ne sera plus réessayé.\n\n'
           '-- \nMessagerie Orange\n' % rc)
    raw = build([('Return-Path', '<>'), ('From', 'Mail Delivery System <MAILER-DAEMON@orange.fr>'), ('To', OA),
                 ('Subject', H('Echec de remise : boîte aux lettres pleine')), ('Date', D(3, 9, 4, 0)),
                 ('Message-ID', '<%s@opmta1mto11nd1.mail.orange.example>' % h('b4', 20)), ('Auto-Submitted', 'auto-replied')],
                multi('report', [leaf('text/plain', txt, charset='iso-8859-1'),
                                 dsn('opmta1mto11nd1', D(30, 9, 0, 4),
                                     [[('Final-Recipient', 'rfc822;' + rc), ('Action', 'failed'), ('Status', '5.2.2'),
                                       ('Diagnostic-Code', 'smtp; 552 5.2.2 Quota exceeded (mailbox for user is full)')]]),
                                 rfc822(orig(inv, rc, D(30, 9, 0, 3), k=2, headers_only=True), 'text/rfc822-headers')],
                      extra=';\n\treport-type=delivery-status'))
    emit('bounce/wanadoo_boite_pleine.eml', raw, BO, lang='fr', source_group='Orange/Wanadoo', provider='Orange',
         pattern='mailbox full after 72h retries, French notice, headers only', facts='failed_recipient=' + rc,
         notes='Wording written in the style of French ISP bounces; not verbatim Orange text')

    # B5 Free: user unknown (Postfix at Free)
    inv, rc = 'F-2026-0374', 'nolwenn.theatre.x9@free.fr'
    o = orig(inv, rc, D(1, 9, 0, 4))
    txt = ('This is the mail system at host smtp6-g21.free.fr.\n\nI\'m sorry to have to inform you that your message could not\n'
           'be delivered to one or more recipients. It\'s attached below.\n\n                   The mail system\n\n'
           '<%s>: host mx1.free.fr[212.27.48.6] said: 550 5.1.1\n    <%s>: Recipient address rejected: user unknown (in reply to RCPT TO command)\n' % (rc, rc))
    raw = build([('Return-Path', '<>'), ('From', 'MAILER-DAEMON@smtp6-g21.free.fr (Mail Delivery System)'), ('To', OA),
                 ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', 'Tue,  1 Dec 2026 09:00:06 +0100 (CET)'),
                 ('Message-Id', '<20261201080006.9A1C2B0012@smtp6-g21.free.fr>'), ('Auto-Submitted', 'auto-replied')],
                multi('report', [leaf('text/plain', txt, charset='us-ascii', cte=None, extra=('Content-Description: Notification',)),
                                 dsn('smtp6-g21.free.fr', 'Tue,  1 Dec 2026 09:00:04 +0100 (CET)',
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'failed'), ('Status', '5.1.1'),
                                       ('Remote-MTA', 'dns; mx1.free.fr'),
                                       ('Diagnostic-Code', 'smtp; 550 5.1.1 <%s>: Recipient address rejected: user unknown' % rc)]],
                                     'X-Postfix-Queue-ID: 9A1C2B0012\n'),
                                 rfc822(o)], boundary='9A1C2B0012.1764576006/smtp6-g21.free.fr',
                      extra=';\n\treport-type=delivery-status', preamble='This is a MIME-encapsulated message.\n'))
    emit('bounce/free_user_unknown.eml', raw, BO, lang='en', source_group='Free', provider='Free',
         pattern='Postfix NDR from Free relay', facts='failed_recipient=' + rc)

    # B6 OVH MX Plan bilingual-style notice, domain not found
    inv, rc = 'F-2026-0369', 'contact@ancienne-agence-lumen.example'
    o = orig(inv, rc, D(30, 9, 0, 8))
    txt = ('Ce message vous a été envoyé par le serveur de messagerie de mo553.mail-out.ovh.net.\n'
           '(This message was sent to you by the mailer daemon at mo553.mail-out.ovh.net.)\n\n'
           'J\'ai le regret de vous informer que votre courrier n\'a pas pu être transmis à tous ses destinataires.\n'
           '(Sorry, but your mail could not be delivered to all of its recipients.)\n\n<%s> :\n'
           '    Host or domain name not found. Name service error for name=ancienne-agence-lumen.example type=MX: '
           'Host not found\n' % rc)
    raw = build([('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mo553.mail-out.ovh.net'), ('To', OA),
                 ('Subject', H('Mail Delivery Failure Notice / Échec de remise')), ('Date', D(30, 9, 0, 9)),
                 ('Message-ID', '<20261130080009.3Z7hQk6Lr2z1Q@mo553.mail-out.ovh.net>'), ('Auto-Submitted', 'auto-replied')],
                multi('report', [leaf('text/plain', txt, extra=('Content-Description: Notification',)),
                                 dsn('mo553.mail-out.ovh.net', D(30, 9, 0, 8),
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'failed'), ('Status', '5.4.4'),
                                       ('Diagnostic-Code', 'X-Postfix; Host or domain name not found. Name service error for name=ancienne-agence-lumen.example type=MX: Host not found')]]),
                                 rfc822(o)], extra=';\n\treport-type=delivery-status',
                      preamble='Ce message est encapsule avec le format MIME.\nThis is a MIME-encapsulated message.\n'))
    emit('bounce/ovh_domaine_introuvable_bilingue.eml', raw, BO, lang='fr', source_group='OVH', provider='OVHcloud',
         pattern='bilingual FR/EN notice (French MTA template style), domain not found 5.4.4', facts='failed_recipient=' + rc,
         notes='Layout after a public bilingual French bounce template ("Ce message vous a été envoyé par le serveur de messagerie")')

    # B7 Postfix delay warning (not final)
    inv, rc = 'F-2026-0415', 'secretariat@asso-vivre-ensemble.example'
    o = orig(inv, rc, D(2, 9, 0, 2), headers_only=True)
    txt = ('This is the mail system at host mo512.mail-out.ovh.net.\n\n####################################################################\n'
           '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
           '####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n'
           'It will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n'
           '                   The mail system\n\n<%s>: connect to mail.asso-vivre-ensemble.example[198.51.100.23]:25:\n    Connection timed out\n' % rc)
    raw = build([('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mo512.mail-out.ovh.net (Mail Delivery System)'), ('To', OA),
                 ('Subject', 'Delayed Mail (still being retried)'), ('Date', 'Wed,  2 Dec 2026 13:05:41 +0100 (CET)'),
                 ('Message-Id', '<20261202120541.7B3FD2A0091@mo512.mail-out.ovh.net>'), ('Auto-Submitted', 'auto-replied')],
                multi('report', [leaf('text/plain', txt, charset='us-ascii', cte=None, extra=('Content-Description: Notification',)),
                                 dsn('mo512.mail-out.ovh.net', 'Wed,  2 Dec 2026 09:00:02 +0100 (CET)',
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'delayed'), ('Status', '4.4.1'),
                                       ('Diagnostic-Code', 'X-Postfix; connect to mail.asso-vivre-ensemble.example[198.51.100.23]:25: Connection timed out'),
                                       ('Will-Retry-Until', 'Mon, 7 Dec 2026 09:00:02 +0100 (CET)')]],
                                     'X-Postfix-Queue-ID: 7B3FD2A0091\n'),
                                 rfc822(o, 'text/rfc822-headers')], boundary='7B3FD2A0091.1764677141/mo512.mail-out.ovh.net',
                      extra=';\n\treport-type=delivery-status', preamble='This is a MIME-encapsulated message.\n'))
    emit('bounce/postfix_delay_warning.eml', raw, BO, lang='en', source_group='Postfix (OVH relay)', provider='OVHcloud',
         pattern='Postfix delayed-mail warning, Action: delayed', facts='failed_recipient=%s;bounce_final=no' % rc)

    # B8 Exim, no DSN part
    inv, rc = 'F-2026-0385', 'bureau@lacompagniedesrives.example'
    o = orig(inv, rc, D(3, 9, 0, 0))
    txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be '
           'delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'
           '  %s\n    host mx.lacompagniedesrives.example [203.0.113.17]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n'
           '    550 5.7.1 Mailbox disabled for this recipient\n\n------ This is a copy of the message, including all the headers. ------\n\n' % (rc, rc))
    raw = build([('Return-path', '<>'), ('X-Failed-Recipients', rc), ('Auto-Submitted', 'auto-replied'),
                 ('From', 'Mail Delivery System <Mailer-Daemon@relay.hebergeur-mutualise.example>'), ('To', OA),
                 ('Subject', 'Mail delivery failed: returning message to sender'),
                 ('Message-Id', '<E1vQz7k-0004Yt-2M@relay.hebergeur-mutualise.example>'), ('Date', D(3, 9, 0, 2))],
                raw_part([], txt.encode('ascii') + o), mime=False)
    emit('bounce/exim_no_dsn_part.eml', raw, BO, lang='en', source_group='Exim', provider='',
         pattern='Exim plain-text bounce, no MIME, no delivery-status part, X-Failed-Recipients',
         facts='failed_recipient=' + rc)

    # B9 Exchange on-prem French "Non remis"
    inv, rc = 'F-2026-0372', 'm.guegan@cd-armorique.example'
    o = orig(inv, rc, D(1, 9, 0, 1))
    txt = ('Échec de remise à ces destinataires ou groupes :\n\n%s\nL\'adresse e-mail que vous avez entrée est introuvable. '
           'Vérifiez l\'adresse e-mail du destinataire et essayez de renvoyer le message. Si le problème persiste, '
           'contactez votre support technique.\n\n\n\n\n\nInformations de diagnostic pour les administrateurs :\n\n'
           'Serveur de génération : EXCH02.cd-armorique.local\n\n%s\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n' % (rc, rc))
    raw = build([('From', 'Administrateur du systeme <postmaster@cd-armorique.example>'), ('To', OA),
                 ('Date', D(1, 9, 0, 3)), ('Subject', H('Non remis : ' + subj_fr(inv))),
                 ('Message-ID', '<%s@EXCH02.cd-armorique.local>' % h('b9', 32)), ('In-Reply-To', rid(inv)),
                 ('Auto-Submitted', 'auto-replied'), ('Content-Language', 'fr-FR')],
                multi('report', [leaf('text/plain', txt),
                                 dsn('EXCH02.cd-armorique.local', D(1, 9, 0, 2),
                                     [[('Final-Recipient', 'rfc822;' + rc), ('Action', 'failed'), ('Status', '5.1.1'),
                                       ('Diagnostic-Code', 'smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')]]),
                                 rfc822(o)], extra=';\n\treport-type=delivery-status'), crlf=True)
    emit('bounce/exchange_onprem_fr_non_remis.eml', raw, BO, lang='fr', source_group='Exchange on-premises',
         provider='Microsoft Exchange', pattern='French Exchange NDR "Non remis :" from a public body',
         facts='failed_recipient=' + rc)

    # B10 Gmail delay warning (EN)
    inv, rc = 'INV-0434', 'billing@stellarsign.example'
    txt = ('\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail will retry '
           'for 45 more hours. You\'ll be notified if the delivery fails permanently.\n\nThe response was:\n'
           '421 4.7.0 [TSS04] Messages from 209.85.128.41 temporarily deferred due to unexpected volume or user complaints\n' % rc)
    raw = build([('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OA),
                 ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Delay)'),
                 ('References', rid(inv)), ('In-Reply-To', rid(inv)),
                 ('Message-ID', '<6756ffa3.%s.bounce@mx.google.com>' % h('b10', 16)), ('Date', D(3, 12, 1, 9, 0))],
                multi('report', [leaf('text/plain', txt),
                                 dsn('googlemail.com', D(3, 9, 0, 44, 0),
                                     [[('Final-Recipient', 'rfc822; ' + rc), ('Action', 'delayed'), ('Status', '4.7.0'),
                                       ('Remote-MTA', 'dns; mta7.am0.yahoodns.example. (192.0.2.9, the server for the domain.)'),
                                       ('Diagnostic-Code', 'smtp; 421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints'),
                                       ('Last-Attempt-Date', D(3, 12, 1, 9, 0)), ('Will-Retry-Until', D(5, 9, 0, 44, 0))]]),
                                 rfc822(orig(inv, rc, D(3, 9, 0, 44), en=True, headers_only=True), 'text/rfc822-headers')],
                      extra=';\n\treport-type=delivery-status'))
    emit('bounce/gmail_delay_warning_en.eml', raw, BO, lang='en', source_group='Gmail', provider='Gmail',
         pattern='Gmail "(Delay)" DSN, will retry', facts='failed_recipient=%s;bounce_final=no' % rc)

    # B11 Postfix on a client's own server: quota / over size, plain French postmaster (Sendmail-like)
    inv, rc = 'F-2026-0419', 'gestion@camping-les-dunes.example'
    o = orig(inv, rc, D(4, 9, 0, 3), headers_only=True)
    txt = ('The original message was received at Fri, 4 Dec 2026 09:00:05 +0100\nfrom mo530.mail-out.ovh.net [46.105.0.1]\n\n'
           '   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: 552 5.2.2 Mailbox quota exceeded)\n\n'
           '   ----- Transcript of session follows -----\n... while talking to mail.camping-les-dunes.example.:\n'
           '>>> DATA\n<<< 552 5.2.2 <%s>... Mailbox quota exceeded\n554 5.0.0 Service unavailable\n' % (rc, rc))
    raw = build([('Return-Path', '<>'), ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@mx.camping-les-dunes.example>'),
                 ('To', OA), ('Date', D(4, 9, 0, 9)), ('Subject', 'Returned mail: see transcript for details'),
                 ('Message-Id', '<202612040800.3B480009abcd@mx.camping-les-dunes.example>'), ('Auto-Submitted', 'auto-generated (failure)')],
                multi('report', [leaf('text/plain', txt, charset='us-ascii', cte=None),
                                 dsn('mx.camping-les-dunes.example', D(4, 9, 0, 5),
                                     [[('Final-Recipient', 'RFC822; ' + rc), ('Action', 'failed'), ('Status', '5.2.2'),
                                       ('Remote-MTA', 'DNS; mail.camping-les-dunes.example'),
                                       ('Diagnostic-Code', 'SMTP; 552 5.2.2 <%s>... Mailbox quota exceeded' % rc),
                                       ('Last-Attempt-Date', D(4, 9, 0, 9))]], 'Received-From-MTA: DNS; mo530.mail-out.ovh.net\n'),
                                 rfc822(o, 'text/rfc822-headers')], boundary='3B480009abcd.1764835209/mx.camping-les-dunes.example',
                      extra=';\n\treport-type=delivery-status'))
    emit('bounce/sendmail_quota_exceeded.eml', raw, BO, lang='en', source_group='Sendmail', provider='',
         pattern='Sendmail "Returned mail: see transcript for details", quota', facts='failed_recipient=' + rc)


# ===================================================================== other
def other_part():
    # O1 OVHcloud invoice
    txt = ('Bonjour Margaux Delannoy,\n\nVotre facture FR61427793 d\'un montant de 7,19 € TTC est disponible dans votre '
           'espace client.\n\nRéférence : FR61427793\nDate : 01/12/2026\nMontant : 7,19 € TTC\nMoyen de paiement : '
           'prélèvement SEPA (compte FR76 **** 6518)\n\nLe montant sera prélevé dans les prochains jours.\n\n'
           'Consulter ma facture : https://www.ovh.com/manager/#/billing/history\n\nL\'équipe OVHcloud\n\n'
           'Ceci est un message automatique, merci de ne pas y répondre.\n')
    raw = build([('From', 'OVHcloud <noreply@ovh.net>'), ('To', OA), ('Subject', 'OVHcloud - Facture FR61427793'),
                 ('Date', D(1, 3, 22, 17)), ('Message-ID', '<%s@ovh.net>' % h('o1', 24))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'OVHcloud', '#000e9c'))]))
    emit('other/ovhcloud_facture.eml', raw, OT, lang='fr', provider='OVHcloud', source_group='OVHcloud',
         pattern='supplier invoice to the owner (web hosting), direct debit announced',
         notes='Mentions an upcoming debit but it is an invoice, not a bank notice')

    # O2 Free Pro invoice
    inner = ('<p>Bonjour,</p><p>Votre facture Free Pro du mois de décembre 2026 est disponible dans votre Espace Abonné.</p>'
             '<table>' + trow('Montant', '39,99 € TTC') + trow('Date de prélèvement', 'à partir du 07/12/2026')
             + trow('N° de ligne', '02 99 XX XX 41') + '</table><p>Free Pro</p>')
    raw = build([('From', 'Free Pro <facture@freepro.example>'), ('To', OA),
                 ('Subject', H('Votre facture Free Pro est disponible')), ('Date', D(2, 5, 40, 0)),
                 ('Message-ID', '<%s@freepro.example>' % h('o2', 24))],
                leaf('text/html', shell(inner, 'Free Pro', '#cd1e25', 'Free Pro - Ce message vous est envoyé automatiquement.'), cte='quoted-printable'))
    emit('other/freepro_facture.eml', raw, OT, lang='fr', provider='Free Pro', source_group='Free Pro',
         pattern='telecom supplier invoice, HTML-only', notes='Sender domain replaced by .example')

    # O3 accountant's fee invoice with PDF
    txt = ('Bonjour Madame Delannoy,\n\nVeuillez trouver ci-joint notre facture d\'honoraires n° H-2026-1187 relative à '
           'la tenue de votre comptabilité et à l\'établissement de votre déclaration 2035 (exercice 2026, 2e acompte).\n\n'
           'Montant : 360,00 € TTC - à régler par virement avant le 31/12/2026.\n\nNous restons à votre disposition.\n\n'
           'Cabinet Quéméner Expertise Comptable\n8 rue de Brest - 35000 Rennes\n')
    fpdf = pdf(['CABINET QUEMENER EXPERTISE COMPTABLE', 'FACTURE H-2026-1187 du 30/11/2026', 'Client : Mme Margaux Delannoy',
                'Honoraires tenue comptable 2026 - 2e acompte : 300,00 HT', 'TVA 20 % : 60,00', 'Total TTC : 360,00 EUR',
                'IBAN FR76 3000 4000 0000 0000 0000 000'])
    raw = build([('From', A('Cabinet Quéméner', 'facturation@quemener-expertise.example')), ('To', OA),
                 ('Subject', H('Facture d\'honoraires H-2026-1187')), ('Date', D(30, 17, 5, 0)),
                 ('Message-ID', '<%s@quemener-expertise.example>' % h('o3', 24))],
                multi('mixed', [leaf('text/plain', txt), attach('application/pdf', fpdf, 'Facture_H-2026-1187.pdf')]))
    emit('other/comptable_facture_honoraires.eml', raw, OT, lang='fr', source_group='Cabinet Quéméner',
         pattern='accountant fee invoice to the owner with PDF', notes='Invoice TO the owner: she is the payer')

    # O4 URSSAF auto-entrepreneur reminder
    txt = ('Madame DELANNOY MARGAUX,\n\nVous pouvez dès à présent déclarer votre chiffre d\'affaires du mois de novembre 2026 '
           'sur autoentrepreneur.urssaf.fr.\n\nDate limite de déclaration et de paiement : 31/12/2026.\n\n'
           'Pensez à déclarer même si votre chiffre d\'affaires est nul.\n\nVotre Urssaf\n\n'
           'Cet e-mail vous est envoyé automatiquement. Pour toute question, utilisez la messagerie de votre espace personnel.\n')
    raw = build([('From', 'Urssaf <ne-pas-repondre@urssaf.fr>'), ('To', OA),
                 ('Subject', H('Auto-entrepreneur : votre déclaration de chiffre d\'affaires')), ('Date', D(1, 7, 12, 33)),
                 ('Message-ID', '<%s@urssaf.fr>' % h('o4', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('other/urssaf_declaration_ca.eml', raw, OT, lang='fr', provider='URSSAF', source_group='URSSAF',
         pattern='social-contributions declaration reminder')

    # O5 impots.gouv CFE
    txt = ('Madame,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace '
           'professionnel sur impots.gouv.fr, rubrique « Consulter > Avis de CFE ».\n\nDate limite de paiement : 15/12/2026.\n'
           'Le paiement s\'effectue obligatoirement de manière dématérialisée (prélèvement ou paiement direct en ligne).\n\n'
           'La Direction générale des Finances publiques\n\nCeci est un message automatique. Merci de ne pas y répondre.\n')
    raw = build([('From', 'impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>'), ('To', OA),
                 ('Subject', H('Votre avis de CFE est disponible dans votre espace professionnel')), ('Date', D(30, 6, 2, 1)),
                 ('Message-ID', '<%s@dgfip.finances.gouv.fr>' % h('o5', 24))],
                leaf('text/plain', txt))
    emit('other/impots_avis_cfe.eml', raw, OT, lang='fr', provider='DGFiP', source_group='impots.gouv.fr',
         pattern='tax notice available (CFE), payment deadline')

    # O6 Malt mission opportunity
    txt = ('Bonjour Margaux,\n\nUne nouvelle mission correspond à votre profil :\n\nInterprète LSF pour 6 webinaires RH\n'
           'Client : grande entreprise du secteur bancaire - À distance\nDurée : 6 x 1h30, janvier-février 2027\n\n'
           'Voir la mission : https://www.malt.fr/messages\n\nL\'équipe Malt\n\nVous recevez cet e-mail car vos '
           'préférences de notification sont activées. Se désinscrire.\n')
    raw = build([('From', 'Malt <notifications@malt.fr>'), ('To', OA),
                 ('Subject', H('Nouvelle opportunité : Interprète LSF pour 6 webinaires RH')), ('Date', D(2, 11, 30, 0)),
                 ('Message-ID', '<%s@malt.fr>' % h('o6', 24)), ('List-Unsubscribe', '<https://www.malt.fr/unsubscribe>')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Malt', '#fc5757'))]))
    emit('other/malt_nouvelle_mission.eml', raw, OT, lang='fr', provider='Malt', source_group='Malt',
         pattern='freelance marketplace notification')

    # O7 LinkedIn
    txt = ('Margaux, vous êtes apparue dans 14 recherches cette semaine\n\nDes recruteurs et professionnels de '
           'Ressources humaines, Événementiel et Secteur public ont consulté votre profil.\n\nVoir qui vous recherche : '
           'https://www.linkedin.com/me/search-appearances\n\n----------------------------------------\n'
           'Cet e-mail était destiné à Margaux Delannoy (Interprète français / LSF).\nPourquoi cet e-mail ? '
           'https://www.linkedin.com/help/linkedin/answer/4788\nSe désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe\n'
           '© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n')
    raw = build([('From', 'LinkedIn <notifications-noreply@linkedin.com>'), ('To', A(ON, OA)),
                 ('Subject', H('Margaux, vous êtes apparue dans 14 recherches cette semaine')), ('Date', D(30, 14, 2, 55, 0)),
                 ('Message-ID', '<%s@ltx1-app1234.prod.linkedin.com>' % h('o7', 30)),
                 ('List-Unsubscribe', '<https://www.linkedin.com/comm/psettings/email-unsubscribe>'), ('Precedence', 'bulk')],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'LinkedIn', '#0a66c2'))]))
    emit('other/linkedin_recherches.eml', raw, OT, lang='fr', provider='LinkedIn', source_group='LinkedIn',
         pattern='social network notification')

    # O8 phishing imitating Crédit Agricole
    html = ('<html><body style="font-family:Arial"><img src="https://ca-secure-clients.example/logo.png" alt="Crédit Agricole">'
            '<p>Cher(e) client(e),</p><p>Suite à la mise en place de la nouvelle authentification forte (DSP2), votre accès '
            'à la banque en ligne sera <b>suspendu sous 48h</b> si vous ne mettez pas à jour votre dispositif Sécuripass.</p>'
            '<p><a href="https://ca-secure-clients.example/maj-securipass">Mettre à jour maintenant</a></p>'
            '<p>Un virement de 1 280,00 € en attente ne pourra pas être crédité tant que la vérification n\'est pas terminée.</p>'
            '<p>Cordialement,<br>Service Clients Crédit Agricole</p></body></html>')
    raw = build([('From', H('Crédit Agricole') + ' <securite@ca-secure-clients.example>'), ('To', OA),
                 ('Subject', H('Action requise : votre accès sera suspendu')), ('Date', D(2, 3, 14, 9, 0)),
                 ('Message-ID', '<%s@mail-srv17.example>' % h('o8', 24)), ('Reply-To', 'support-ca@mail-srv17.example')],
                leaf('text/html', html, cte='base64'))
    emit('other/phishing_credit_agricole.eml', raw, OT, lang='fr', provider='', source_group='phishing',
         pattern='phishing imitating a bank, mentions a pending transfer, lookalike domain',
         notes='Not from the bank: label other')

    # O9 phishing imitating PayPal payment received
    txt = ('Vous avez reçu un paiement de 1 250,00 € EUR\n\nBonjour,\n\nUn acheteur vous a envoyé 1 250,00 € EUR. Pour des '
           'raisons de sécurité, le paiement est retenu jusqu\'à la confirmation de votre compte.\n\nConfirmez votre compte '
           'ici : http://paypal-fr.confirmation-paiement.example/login\n\nSans confirmation sous 24 heures, le paiement sera '
           'retourné à l\'expéditeur.\n\nPayPal Service Client\n')
    raw = build([('From', 'PayPal <service@paypal-fr-notification.example>'), ('To', OA),
                 ('Subject', H('Vous avez reçu un paiement de 1 250,00 € EUR')), ('Date', D(4, 2, 51, 4, 0)),
                 ('Message-ID', '<%s@smtp-out43.example>' % h('o9', 24)), ('X-Mailer', 'PHPMailer 6.8.1')],
                leaf('text/plain', txt))
    emit('other/phishing_paypal_paiement.eml', raw, OT, lang='fr', provider='', source_group='phishing',
         pattern='phishing mimicking a PayPal payment-received notice', notes='Lookalike domain; label other')

    # O10 spam "vous avez gagné"
    txt = ('FÉLICITATIONS !!!\n\nVous avez été sélectionné(e) pour recevoir une CARTE CADEAU de 500€ !\n'
           'Il vous suffit de répondre à 3 questions et de payer les frais de livraison (1,95€).\n\n'
           '>>> Réclamer mon cadeau : http://cadeau-fidelite-2026.example/r/8812\n\nOffre valable 24h seulement.\n'
           'Pour ne plus recevoir nos offres, cliquez ici.\n')
    raw = build([('From', 'Service Fidelite <no-reply@promo-gagnant.example>'), ('To', 'undisclosed-recipients:;'),
                 ('Subject', H('🎁 Margaux, vous avez gagné une carte cadeau de 500€ !')), ('Date', D(3, 4, 12, 44, 0)),
                 ('Message-ID', '<%s@promo-gagnant.example>' % h('o10', 24))],
                leaf('text/plain', txt))
    emit('other/spam_vous_avez_gagne.eml', raw, OT, lang='fr', source_group='spam', pattern='prize spam, undisclosed recipients')

    # O11 Google Calendar invitation
    ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n'
           'METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261210T130000Z\nDTEND:20261210T170000Z\nDTSTAMP:20261201T101500Z\n'
           'ORGANIZER;CN=Camille Hervé:mailto:camille.herve@univ-rennesvilaine.example\n'
           'UID:%s@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s\n'
           'DESCRIPTION:Réunion de préparation de la journée d\'études du 21/01 (interprétation LSF).\n'
           'LOCATION:Visio - https://meet.google.com/abc-defg-hij\nSEQUENCE:0\nSTATUS:CONFIRMED\n'
           'SUMMARY:Préparation journée Surdité et citoyenneté\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n' % (h('o11', 26), OA, OA))
    txt = ('Vous avez été invité(e) à l\'événement suivant.\n\nPréparation journée Surdité et citoyenneté\n'
           'jeudi 10 déc. 2026 14:00 – 18:00 (heure normale d\'Europe centrale - Paris)\n\nParticiper avec Google Meet : '
           'https://meet.google.com/abc-defg-hij\n\nOrganisateur : camille.herve@univ-rennesvilaine.example\n\n'
           'Invitation de Google Agenda\n')
    raw = build([('From', A('Camille Hervé (Google Agenda)', 'calendar-notification@google.com')), ('To', OA),
                 ('Reply-To', 'camille.herve@univ-rennesvilaine.example'), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
                 ('Subject', H('Invitation: Préparation journée Surdité et citoyenneté @ jeu. 10 déc. 2026 14:00 - 18:00 (UTC+1) (%s)' % OA)),
                 ('Date', D(1, 10, 15, 1, 0)), ('Message-ID', '<calendar-%s@google.com>' % h('o11b', 36))],
                multi('mixed', [multi('alternative', [leaf('text/plain', txt),
                                                      leaf('text/calendar', ics, cte='quoted-printable', params='; method=REQUEST')]),
                                attach('application/ics', ics.encode('utf-8'), 'invite.ics')]))
    emit('other/google_agenda_invitation.eml', raw, OT, lang='fr', provider='Google Calendar', source_group='Google Calendar',
         pattern='calendar invitation with text/calendar METHOD:REQUEST')

    # O12 Doctolib-style reminder
    txt = ('Bonjour Margaux DELANNOY,\n\nNous vous rappelons votre rendez-vous :\n\nMardi 8 décembre 2026 à 18h15\n'
           'Mme Hélène Corre - Masseur-kinésithérapeute\n14 boulevard de la Liberté, 35000 Rennes\n\n'
           'En cas d\'empêchement, pensez à annuler votre rendez-vous au moins 24h à l\'avance : un autre patient pourra en profiter.\n\n'
           'Doctolib\n')
    raw = build([('From', 'Doctolib <no-reply@doctolib.fr>'), ('To', OA),
                 ('Subject', H('Rappel : votre rendez-vous du mardi 8 décembre avec Mme Hélène Corre')), ('Date', D(4, 18, 0, 3)),
                 ('Message-ID', '<%s@doctolib.fr>' % h('o12', 24))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Doctolib', '#107aca'))]))
    emit('other/doctolib_rappel_rdv.eml', raw, OT, lang='fr', provider='Doctolib', source_group='Doctolib',
         pattern='appointment reminder')

    # O13 Colissimo
    txt = ('Bonjour,\n\nVotre colis n° 6A21984473015 expédié par BOUTIQUE AUDIO-PRO arrive aujourd\'hui.\n'
           'Livraison prévue entre 13h30 et 15h30.\n\nSuivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A21984473015\n\n'
           'Colissimo\n')
    raw = build([('From', 'Colissimo <noreply@notif-colissimo-laposte.info>'), ('To', OA),
                 ('Subject', H('Votre colis arrive aujourd\'hui')), ('Date', D(3, 7, 4, 18)),
                 ('Message-ID', '<%s@notif-colissimo-laposte.info>' % h('o13', 24))],
                leaf('text/plain', txt))
    emit('other/colissimo_livraison.eml', raw, OT, lang='fr', provider='Colissimo', source_group='Colissimo',
         pattern='shipping notice (headset for remote interpreting)')

    # O14 Qonto newsletter (bank marketing)
    inner = ('<h1 style="font-size:22px">Les nouveautés de novembre</h1><p>Bonjour Margaux,</p>'
             '<p>🧾 <b>Facturation électronique 2026</b> : Qonto est désormais Plateforme Agréée. Recevez vos factures '
             'fournisseurs au format Factur-X directement dans votre compte.</p><p>💳 <b>Cartes virtuelles</b> : créez une carte '
             'par abonnement logiciel.</p><p>📊 <b>Rapprochement automatique</b> des virements reçus avec vos factures clients.</p>'
             '<p><a href="https://qonto.com/fr/blog">Lire le blog</a></p>')
    raw = build([('From', 'Qonto <newsletter@mail.qonto.com>'), ('To', OA),
                 ('Subject', H('Vos nouveautés Qonto de novembre ✨')), ('Date', D(1, 17, 0, 0, 0)),
                 ('Message-ID', '<%s@mail.qonto.com>' % h('o14', 30)), ('Precedence', 'bulk'),
                 ('List-Unsubscribe', '<https://mail.qonto.com/unsubscribe?u=%s>' % h('o14u', 12)),
                 ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
                multi('alternative', [leaf('text/plain', 'Les nouveautés de novembre\n\nFacturation électronique 2026, cartes virtuelles, '
                                           'rapprochement automatique des virements reçus avec vos factures clients.\n\nSe désinscrire : https://mail.qonto.com/unsubscribe\n'),
                                      leaf('text/html', shell(inner, 'Qonto', '#1d1d1f', 'Vous recevez cet e-mail car vous êtes client Qonto. Se désinscrire.'))]))
    emit('other/qonto_newsletter.eml', raw, OT, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='bank newsletter mentioning "virements reçus"', notes='Bank marketing: other')

    # O15 BoursoBank referral marketing
    raw = build([('From', 'BoursoBank <offres@news.boursobank.com>'), ('To', OA),
                 ('Subject', H('Margaux, jusqu\'à 150 € offerts pour chaque filleul')), ('Date', D(3, 12, 30, 0)),
                 ('Message-ID', '<%s@news.boursobank.com>' % h('o15', 30)), ('Precedence', 'bulk'),
                 ('List-Unsubscribe', '<mailto:unsubscribe@news.boursobank.com>')],
                leaf('text/html', shell('<p>Parrainez vos proches : <b>jusqu\'à 150 €</b> pour eux, et autant pour vous !</p>'
                                        '<p>Offre soumise à conditions, valable jusqu\'au 31/12/2026.</p>', 'BoursoBank', '#d10073',
                                        'Vous recevez cet e-mail car vous avez accepté de recevoir les offres BoursoBank. Se désabonner.'),
                     cte='quoted-printable'))
    emit('other/boursobank_parrainage.eml', raw, OT, lang='fr', provider='BoursoBank', source_group='Boursorama',
         pattern='bank marketing with euro amounts')

    # O16 professional association newsletter
    txt = ('LETTRE D\'INFORMATION - DÉCEMBRE 2026\nRéseau des interprètes LSF du Grand Ouest\n\n'
           '1. Assemblée générale : samedi 23 janvier 2027 à Rennes (Maison des associations).\n'
           '2. Formation continue : « Interpréter en milieu médical » - 2 jours en février, inscriptions ouvertes.\n'
           '3. Tarifs 2027 : la grille indicative du réseau est en ligne dans l\'espace adhérents.\n'
           '4. Rappel : cotisation 2027 à régler avant le 31 janvier (45 €).\n\n'
           'Vous recevez cette lettre en tant qu\'adhérente. Se désinscrire : https://reseau-ilsf-ouest.example/desinscription\n')
    raw = build([('From', A('Réseau ILSF Ouest', 'lettre@reseau-ilsf-ouest.example')), ('To', OA),
                 ('Subject', H('Lettre d\'info de décembre : AG, formation médicale, tarifs 2027')), ('Date', D(2, 19, 0, 0)),
                 ('Message-ID', '<%s@reseau-ilsf-ouest.example>' % h('o16', 24)), ('Precedence', 'bulk'),
                 ('List-Unsubscribe', '<https://reseau-ilsf-ouest.example/desinscription>')],
                leaf('text/plain', txt))
    emit('other/reseau_ilsf_newsletter.eml', raw, OT, lang='fr', source_group='Réseau ILSF Ouest',
         pattern='professional body newsletter, mentions a fee to pay')

    # O17 insurer RC Pro certificate
    txt = ('Bonjour Margaux Delannoy,\n\nVotre contrat Responsabilité Civile Professionnelle n° HX-FR-PRO-448213 est '
           'renouvelé au 01/01/2027.\nVotre attestation d\'assurance 2027 est disponible dans votre espace client.\n\n'
           'Important : votre dernier prélèvement n\'a pas pu être effectué. Merci de mettre à jour vos coordonnées '
           'bancaires afin d\'éviter toute suspension de garantie.\n\nHiscox France\n')
    raw = build([('From', 'Hiscox France <service.client@hiscox.example>'), ('To', OA),
                 ('Subject', H('Votre attestation RC Pro 2027 est disponible')), ('Date', D(2, 10, 45, 0)),
                 ('Message-ID', '<%s@hiscox.example>' % h('o17', 24))],
                leaf('text/plain', txt))
    emit('other/assureur_attestation_rcpro.eml', raw, OT, lang='fr', provider='Hiscox', source_group='insurer',
         pattern='insurer notice, mentions a failed debit but it is not a bank notice',
         notes='Related to the rejected direct debit notice (cmb_rejet_prelevement) but sent by the insurer')

    # O18 landlord / coworking rent notice
    txt = ('AVIS D\'ÉCHÉANCE\n\nLocataire : Mme DELANNOY Margaux - Bureau n° 12\nPériode : 01/12/2026 - 31/12/2026\n\n'
           'Loyer HT : 290,00 €\nProvisions sur charges : 35,00 €\nTVA 20 % : 65,00 €\nTotal à payer : 390,00 €\n\n'
           'Date d\'exigibilité : 05/12/2026. Merci d\'indiquer la référence LOC-0012 sur votre virement.\n\n'
           'Cabinet Rolland Immobilier - Gestion locative\n')
    raw = build([('From', A('Rolland Immobilier - Gestion', 'gestion@rolland-immobilier.example')), ('To', OA),
                 ('Subject', H('Avis d\'échéance décembre 2026 - Bureau 12')), ('Date', D(30, 11, 2, 0)),
                 ('Message-ID', '<%s@rolland-immobilier.example>' % h('o18', 24))],
                multi('mixed', [leaf('text/plain', txt, charset='windows-1252'),
                                attach('application/pdf', pdf(['AVIS D\'ECHEANCE - DECEMBRE 2026', 'Total a payer : 390,00 EUR']), 'avis_echeance_122026.pdf')]))
    emit('other/bailleur_avis_echeance.eml', raw, OT, lang='fr', source_group='landlord', pattern='rent due notice to the owner')

    # O19 EDF invoice
    txt = ('Bonjour Margaux,\n\nVotre facture d\'électricité est disponible.\nMontant : 68,42 € - prélevé le 15/12/2026.\n\n'
           'Retrouvez-la dans votre Espace Client ou sur l\'application EDF & MOI.\n\nEDF\n'
           'Ceci est un message automatique, merci de ne pas y répondre.\n')
    raw = build([('From', 'EDF <ne-pas-repondre@communication.edf.example>'), ('To', OA),
                 ('Subject', H('Votre facture d\'électricité est disponible')), ('Date', D(4, 8, 14, 0)),
                 ('Message-ID', '<%s@communication.edf.example>' % h('o19', 24))],
                leaf('text/plain', txt))
    emit('other/edf_facture.eml', raw, OT, lang='fr', provider='EDF', source_group='utility', pattern='utility invoice available')

    # O20 Zoom receipt (EN)
    txt = ('Thank you for your payment\n\nAccount: Delannoy Interpretation\nPlan: Zoom Workplace Pro (monthly)\n'
           'Amount charged: €15.99 to Visa ending 8832\nDate: December 1, 2026\nInvoice number: INV-284471903\n\n'
           'Download your invoice from the Zoom web portal: Account Management > Billing.\n\n'
           'Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113\n')
    raw = build([('From', 'Zoom <billing@zoom.us>'), ('To', OA), ('Subject', 'Your Zoom payment receipt'),
                 ('Date', D(1, 9, 30, 0, -8)), ('Message-ID', '<%s@zoom.us>' % h('o20', 24))],
                leaf('text/plain', txt))
    emit('other/zoom_receipt_en.eml', raw, OT, lang='en', provider='Zoom', source_group='software',
         pattern='SaaS subscription receipt, mentions "payment" and an INV- number',
         notes='Receipt for the owner\'s own purchase; not a bank notice')

    # O21 Google security alert
    txt = ('Nouvelle connexion sur Mac\n\nmargaux@delannoy-interpretation.fr\n\nNous avons détecté une nouvelle connexion '
           'à votre compte Google sur un appareil Mac. Si c\'était vous, vous n\'avez rien à faire. Sinon, nous vous aiderons '
           'à sécuriser votre compte.\n\nVérifier l\'activité : https://myaccount.google.com/notifications\n\n'
           'Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux '
           'services Google que vous utilisez.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n')
    raw = build([('From', 'Google <no-reply@accounts.google.com>'), ('To', OA), ('Subject', H('Alerte de sécurité')),
                 ('Date', D(30, 21, 5, 12, 0)), ('Message-ID', '<%s-0@google.com>' % h('o21', 22))],
                multi('alternative', [leaf('text/plain', txt), leaf('text/html', shell('<p>' + txt.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'Google', '#4285f4'))]))
    emit('other/google_alerte_securite.eml', raw, OT, lang='fr', provider='Google', source_group='Google',
         pattern='security alert')

    # O22 Chorus Pro: facture rejetée
    txt = ('Bonjour,\n\nLe statut de votre facture a changé.\n\nNuméro de facture : F-2026-0416\nDestinataire : MAISON '
           'DEPARTEMENTALE DES PERSONNES HANDICAPEES\nNouveau statut : REJETÉE\nMotif : Code service absent ou erroné\n\n'
           'Pour plus d\'informations, connectez-vous à Chorus Pro : https://chorus-pro.gouv.fr\n\n'
           'Ce message est envoyé automatiquement par la solution Chorus Pro. Merci de ne pas y répondre.\n')
    raw = build([('From', 'Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>'), ('To', OA),
                 ('Subject', H('[Chorus Pro] Changement de statut de votre facture F-2026-0416')), ('Date', D(4, 14, 20, 3)),
                 ('Message-ID', '<%s@chorus-pro.gouv.fr>' % h('o22', 24))],
                leaf('text/plain', txt, charset='iso-8859-1', cte='quoted-printable'))
    emit('other/chorus_pro_facture_rejetee.eml', raw, OT, lang='fr', provider='Chorus Pro', source_group='Chorus Pro',
         pattern='public e-invoicing portal status change (rejected)',
         notes='Service notification about an invoice, no money movement; a "mise en paiement" status would be closer to a remittance advice')

    # O23 Qonto fee invoice
    txt = ('Bonjour Margaux,\n\nVotre facture Qonto de novembre 2026 est disponible.\n\nAbonnement Solo Smart : 11,00 € HT\n'
           'Total TTC : 13,20 €\nCe montant a été débité de votre compte le 01/12/2026.\n\n'
           'Téléchargez votre facture dans Paramètres > Abonnement > Factures.\n\nL\'équipe Qonto\n')
    raw = build([('From', 'Qonto <no-reply@qonto.com>'), ('To', OA), ('Subject', H('Votre facture Qonto de novembre')),
                 ('Date', D(1, 9, 0, 0, 0)), ('Message-ID', '<%s@qonto.com>' % h('o23', 32))],
                leaf('text/plain', txt))
    emit('other/qonto_facture_abonnement.eml', raw, OT, lang='fr', provider='Qonto', source_group='Qonto',
         pattern='bank\'s own fee invoice', notes='Guide: a bank\'s fee invoice is other')

    # O24 DMARC aggregate report
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n'
           '    <email>noreply-dmarc-support@google.com</email>\n    <report_id>%s</report_id>\n'
           '    <date_range><begin>1764547200</begin><end>1764633599</end></date_range>\n  </report_metadata>\n'
           '  <policy_published><domain>delannoy-interpretation.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p></policy_published>\n'
           '  <record><row><source_ip>46.105.0.1</source_ip><count>7</count><policy_evaluated><disposition>none</disposition>'
           '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>delannoy-interpretation.fr</header_from>'
           '</identifiers></record>\n</feedback>\n' % h('o24', 19))
    raw = build([('From', 'noreply-dmarc-support@google.com'), ('To', 'dmarc@delannoy-interpretation.fr'),
                 ('Subject', 'Report domain: delannoy-interpretation.fr Submitter: google.com Report-ID: %s' % h('o24', 19)),
                 ('Date', D(2, 1, 59, 59, 0)), ('Message-ID', '<%s@google.com>' % h('o24b', 24))],
                multi('mixed', [leaf('text/plain', 'This is an aggregate report from google.com.\n', charset='UTF-8', cte='7bit'),
                                attach('application/xml', xml.encode(), 'google.com!delannoy-interpretation.fr!1764547200!1764633599.xml')]))
    emit('other/dmarc_aggregate_google.eml', raw, OT, lang='en', provider='Google', source_group='DMARC reports',
         pattern='DMARC aggregate report for the owner\'s domain', notes='Attachment left uncompressed (real ones are zip/gz)')


# ====================================================================== main
def main():
    for lab in LABELS:
        d = os.path.join(OUT, lab)
        if os.path.isdir(d):
            shutil.rmtree(d)
    human_part1()
    human_part2()
    human_part3()
    pay_part1()
    pay_part2()
    auto_part()
    bounce_part()
    other_part()
    files = [r['file'] for r in ROWS]
    assert len(files) == len(set(files)), 'duplicate file names'
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            vals = [str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS]
            f.write('\t'.join(vals) + '\n')
    counts = {}
    for r in ROWS:
        counts[r['label']] = counts.get(r['label'], 0) + 1
    for lab in LABELS:
        print('%-22s %d' % (lab, counts.get(lab, 0)))
    print('%-22s %d' % ('total', len(ROWS)))


if __name__ == '__main__':
    main()
