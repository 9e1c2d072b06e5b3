#!/usr/bin/env python3
"""Builds the final10 evaluation set for dunnerd (owner: Clément Aubry, Aubry Photo, Marseille).

Standard library only. Every message is written by hand below (synthetic), following the
documented/public wording of each kind of sender (see `pattern`/`notes` columns and README.md).
Run:  python3 build.py   -> writes human_reply/ payment_notification/ auto_reply/ bounce/ other/
and labels.tsv next to this script.
"""
import base64, datetime, hashlib, os, quopri, shutil
from email.header import Header
from email.utils import parseaddr, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final10'
OWNER = 'Clément Aubry <clement@aubry-photo.fr>'
OWNER_ADDR = 'clement@aubry-photo.fr'
LABELS = ['human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other']
ROWS = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']

# ---------------------------------------------------------------- header helpers
def eh(s):
    """Encode a free-text header value (RFC 2047) when it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def ea(s):
    """Encode an address list 'Name <a@b>, Other <c@d>'."""
    out = []
    for one in split_addrs(s):
        name, addr = parseaddr(one)
        if name:
            try:
                name.encode('ascii')
                out.append(formataddr((name, addr)))
            except UnicodeEncodeError:
                out.append(formataddr((name, addr), charset='utf-8'))
        else:
            out.append(addr)
    return ', '.join(out)

def split_addrs(s):
    parts, cur, q = [], '', False
    for c in s:
        if c == '"':
            q = not q
        if c == ',' and not q:
            parts.append(cur.strip()); cur = ''
        else:
            cur += c
    if cur.strip():
        parts.append(cur.strip())
    return parts

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def D(s, tz='+0100'):
    """'2026-12-01 09:14[:33]' -> RFC 5322 date."""
    if len(s) == 16:
        s += ':%02d' % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60)
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (_DAYS[d.weekday()], d.day, _MON[d.month - 1],
                                                 d.year, d.hour, d.minute, d.second, tz)

def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)

def rmid(n):
    """Message-ID of the owner's (dunnerd's) first reminder for invoice number n."""
    return '<dunnerd.%d.1@aubry-photo.fr>' % n

# ---------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes for leaves
        self.parts = parts          # list of Part for multiparts
        self.boundary = boundary
        self.preamble = preamble

def T(body, sub='plain', cs='utf-8', cte='quoted-printable', extra=None, flowed=False, raw=None):
    """A text leaf. cte: quoted-printable | base64 | 8bit | 7bit."""
    if raw is not None:
        data = raw
    else:
        try:
            data = body.encode(cs)
        except UnicodeEncodeError:   # legacy charset: transliterate like the old mailer would
            for a, b in (('–', '-'), ('—', '-'), ('’', "'"), ('…', '...'), ('€', 'EUR'), ('·', '-'), ('👍', ':)')):
                try:
                    a.encode(cs)
                except UnicodeEncodeError:
                    body = body.replace(a, b)
            data = body.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs) if cs else 'text/%s' % sub
    if flowed:
        ct += '; format=flowed'
    if cte == 'quoted-printable':
        enc = quopri.encodestring(data)
    elif cte == 'base64':
        enc = base64.encodebytes(data)
    else:
        enc = data
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    return Part(h + (extra or []), enc)

def M(sub, parts, extra_ct='', boundary=None, preamble=None):
    b = boundary or ('----=_Part_' + hashlib.md5(repr([p.headers for p in parts]).encode()).hexdigest()[:20])
    ct = 'multipart/%s; boundary="%s"%s' % (sub, b, extra_ct)
    return Part([('Content-Type', ct)], parts=parts, boundary=b, preamble=preamble)

def A(filename, ctype, data, inline=False):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
         ('Content-Disposition', '%s; filename="%s"' % ('inline' if inline else 'attachment', filename)),
         ('Content-Transfer-Encoding', 'base64')]
    return Part(h, base64.encodebytes(data))

def R(ctype, text, cte='7bit'):
    """A raw leaf such as message/delivery-status or text/rfc822-headers."""
    return Part([('Content-Type', ctype)] + ([('Content-Transfer-Encoding', cte)] if cte else []),
                text.encode('utf-8'))

def EMB(raw_bytes, ctype='message/rfc822'):
    return Part([('Content-Type', ctype)], raw_bytes)

def ser(p):
    out = b''
    for k, v in p.headers:
        out += ('%s: %s\n' % (k, v)).encode('utf-8')
    out += b'\n'
    if p.parts is None:
        body = p.body
        if body and not body.endswith(b'\n'):
            body += b'\n'
        return out + body
    if p.preamble:
        out += p.preamble.encode() + b'\n'
    for sp in p.parts:
        out += ('--%s\n' % p.boundary).encode() + ser(sp)
    out += ('--%s--\n' % p.boundary).encode()
    return out

def msg(headers, root):
    """headers: list of (name, value); values with names/subjects are encoded here."""
    out = b''
    for k, v in headers:
        if k in ('From', 'To', 'Cc', 'Reply-To', 'Sender', 'Disposition-Notification-To', 'Return-Receipt-To'):
            v = ea(v)
        elif k in ('Subject', 'Thread-Topic', 'X-Mailer-Note'):
            v = eh(v)
        out += ('%s: %s\n' % (k, v)).encode('utf-8')
    if not any(k == 'MIME-Version' for k, _ in headers):
        out += b'MIME-Version: 1.0\n'
    return out + ser(root)

def fake_pdf(title):
    """A small but well-formed one-page PDF with a line of text."""
    txt = title.replace('(', '[').replace(')', ']')
    stream = ('BT /F1 12 Tf 72 760 Td (%s) Tj ET' % txt).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    pdf = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(pdf))
        pdf += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(pdf)
    pdf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        pdf += b'%010d 00000 n \n' % o
    pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return pdf

def fake_png():
    # 1x1 transparent PNG (tracking pixel / logo placeholder)
    return base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')

# ---------------------------------------------------------------- the owner's reminders (quoted by clients)
OWNER_SIG = 'Clément Aubry\nAubry Photo — photographie & vidéo\n12 rue Sainte, 13001 Marseille\n06 71 23 45 90 · aubry-photo.fr'

def reminder_fr(inv, amount, due, greet='Bonjour', sent='lundi 30 novembre 2026'):
    return ('%s,\n\nSauf erreur de ma part, la facture %s d\'un montant de %s €, arrivée à échéance le %s, '
            'n\'a pas encore été réglée.\n\nPourriez-vous me dire quand le règlement est prévu ? '
            'Je vous remets la facture en pièce jointe.\n\nBien cordialement,\n%s' % (greet, inv, amount, due, OWNER_SIG))

def reminder_en(inv, amount, due, greet='Hello'):
    return ('%s,\n\nAccording to my records, invoice %s for €%s, due on %s, is still outstanding.\n\n'
            'Could you let me know when payment is scheduled? The invoice is attached again for convenience.\n\n'
            'Kind regards,\nClément Aubry\nAubry Photo — photography & video, Marseille (France)\n+33 6 71 23 45 90' % (greet, inv, amount, due))

def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))

# ---------------------------------------------------------------- registration
def add(fname, label, data, lang, group, pattern, provider='', direction='', amount='', currency='',
        payer='', reference='', value_date='', cap='', facts='', notes='', fidelity='synthetic'):
    assert label in LABELS, label
    rel = '%s/%s' % (label, fname)
    assert not any(r['file'] == rel for r in ROWS), rel
    with open(os.path.join(OUT, rel), 'wb') as f:
        f.write(data)
    ROWS.append(dict(file=rel, label=label, source_repo='synthetic', source_path='build.py',
                     source_commit='', license='written for dunnerd', fidelity=fidelity, lang=lang,
                     provider=provider, source_group=group, pattern=pattern, direction=direction,
                     amount=amount, currency=currency, payer=payer, reference=reference,
                     value_date=value_date, counts_as_payment=cap, facts=facts, split=SPLIT, notes=notes))

def setup():
    for l in LABELS:
        d = os.path.join(OUT, l)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

def write_tsv():
    def clean(v):
        return str(v).replace('\t', ' ').replace('\n', ' ')
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(clean(r[c]) for c in COLS) + '\n')

setup()

# ================================================================ HUMAN REPLIES
import html as _html

def hdrs(frm, subj, date, dom, seed, to=OWNER, irt=None, cc=None, refs=None, extra=()):
    h = [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', subj), ('Date', date), ('Message-ID', mid(seed, dom))]
    if irt:
        h += [('In-Reply-To', irt), ('References', refs or irt)]
    return h + list(extra)

def esc_lines(t):
    return '<br>\n'.join(_html.escape(l) for l in t.split('\n'))

def gmail_alt(new, attr, quoted):
    txt = new + '\n\n' + attr + '\n\n' + q(quoted) + '\n'
    htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
           % (esc_lines(new), _html.escape(attr), esc_lines(quoted)))
    return M('alternative', [T(txt), T(htm, 'html')])

def outlook_hdr_fr(to, subj, sent='lundi 30 novembre 2026 08:01'):
    return ('________________________________\nDe : Clément Aubry <clement@aubry-photo.fr>\nEnvoyé : %s\nÀ : %s\nObjet : %s'
            % (sent, to, subj))

def outlook_hdr_en(to, subj, sent='Monday, November 30, 2026 8:01 AM'):
    return ('From: Clément Aubry <clement@aubry-photo.fr>\nSent: %s\nTo: %s\nSubject: %s' % (sent, to, subj))

GM_FR = 'Le lun. 30 nov. 2026 à 08:02, Clément Aubry <clement@aubry-photo.fr> a écrit :'
GM_EN = 'On Mon, Nov 30, 2026 at 8:02 AM Clément Aubry <clement@aubry-photo.fr> wrote:'
def SFR(n): return 'Rappel : facture F-2026-0%d échue' % n
def SEN(n): return 'Reminder: invoice INV-0%d is overdue' % n
HR = 'human_reply'

# --- 1 promise "vendredi", Gmail alternative, top-posted
n = 412
add('brasserie_levant_fr_virement_vendredi.eml', HR, msg(
    hdrs('Sophie Marchetti <sophie@brasseriedulevant.fr>', 'Re: ' + SFR(n), D('2026-12-01 10:42'),
         'mail.gmail.com', 'levant', irt=rmid(n)),
    gmail_alt('Bonjour Clément,\n\nDésolée pour le retard, on a eu un mois de novembre compliqué avec les travaux en cuisine.\n'
              'Je fais le virement vendredi, sans faute.\n\nEncore merci pour les photos de la nouvelle carte, elles ont beaucoup plu à l\'équipe.\n\nSophie',
              GM_FR, reminder_fr('F-2026-0412', '1 480,00', '15 novembre 2026', 'Bonjour Sophie'))),
    'fr', 'Brasserie du Levant', 'promise weekday "vendredi", Gmail top-post with quoted reminder',
    facts='promise_date=2026-12-04', notes='Date Tue 2026-12-01; vendredi = Fri 4 Dec')

# --- 2 promise "le 15 décembre", long legal signature, Outlook multipart
n = 398
body = ('Monsieur Aubry,\n\nNous accusons réception de votre relance concernant la facture F-2026-0398 d\'un montant de 2 640,00 € TTC.\n'
        'Celle-ci a été validée par la direction et son paiement est prévu le 15 décembre, conformément à notre calendrier de règlement des fournisseurs.\n\n'
        'Nous vous remercions de votre compréhension.\n\nCordialement,\n\nNathalie Ferrand\nComptable fournisseurs\n'
        'Hôtel Les Calanques Bleues ****\n210 route des Goudes – 13008 Marseille\nTél. : 04 91 00 27 40\n\n'
        'P Pensez à l\'environnement avant d\'imprimer ce message.\n\n'
        'AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l\'intention exclusive de ses destinataires. '
        'Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d\'en '
        'avertir immédiatement l\'expéditeur. SAS Calanques Bleues Hôtellerie au capital de 500 000 € – RCS Marseille 812 345 678 – '
        'TVA intracommunautaire FR 41 812345678. Les communications électroniques ne pouvant être garanties, la société décline toute '
        'responsabilité quant au contenu de ce message.\n\n'
        + outlook_hdr_fr('Comptabilité <comptabilite@hotel-calanquesbleues.fr>', SFR(n)) + '\n\n'
        + reminder_fr('F-2026-0398', '2 640,00', '31 octobre 2026', 'Madame, Monsieur'))
add('calanques_bleues_fr_paiement_le_15_mentions_legales.eml', HR, msg(
    hdrs('Service Comptabilité - Hôtel Les Calanques Bleues <comptabilite@hotel-calanquesbleues.fr>', 'RE: ' + SFR(n),
         D('2026-12-02 14:20'), 'hotel-calanquesbleues.fr', 'calanques', irt=rmid(n),
         extra=[('Thread-Topic', SFR(n)), ('Thread-Index', 'AdzJ1k2mB3pQwXyZRkC0r5T6uvw8Aw=='),
                ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'fr-FR')]),
    M('alternative', [T(body, cs='windows-1252'),
                      T('<html><body lang="FR"><div class="WordSection1"><p class="MsoNormal">' + esc_lines(body) + '</p></div></body></html>',
                        'html', cs='windows-1252')])),
    'fr', 'Hôtel Les Calanques Bleues', 'promise "prévu le 15 décembre", long legal disclaimer, windows-1252 QP',
    facts='promise_date=2026-12-15')

# --- 3 "d'ici la fin de la semaine prochaine", tutoiement
n = 407
add('sirocco_fr_tu_fin_semaine_prochaine.eml', HR, msg(
    hdrs('Julien Ortega <j.ortega@sirocco-evenements.fr>', 'Re: ' + SFR(n), D('2026-11-30 11:05'),
         'sirocco-evenements.fr', 'sirocco', irt=rmid(n), extra=[('User-Agent', 'Mozilla Thunderbird')]),
    T('Salut Clément,\n\nBien reçu. Notre comptable est en arrêt depuis trois semaines, tout a pris du retard, mais tu seras payé '
      'd\'ici la fin de la semaine prochaine, je m\'en occupe moi-même.\n\nAu passage : le client du séminaire de Cassis a adoré le '
      'teaser, il voudrait peut-être une version 30 s pour LinkedIn. Je te rappelle pour en parler.\n\nJulien\n\n'
      'Le 30/11/2026 à 08:02, Clément Aubry a écrit :\n' + q(reminder_fr('F-2026-0407', '3 250,00', '20 novembre 2026', 'Bonjour Julien')),
      cte='8bit', flowed=True)),
    'fr', 'Sirocco Événements', 'informal tu, "d\'ici la fin de la semaine prochaine", Thunderbird format=flowed',
    facts='promise_date=week_of_2026-12-07', notes='end of next week = Fri 2026-12-11; coded as week_of per guide')

# --- 4 English "we'll pay on the 10th"
n = 405
add('halemoreau_en_pay_on_the_10th.eml', HR, msg(
    hdrs('Olivia Hale <olivia@halemoreau-architects.co.uk>', 'RE: ' + SEN(n), D('2026-12-03 09:15', '+0000'),
         'halemoreau-architects.co.uk', 'halemoreau', irt=rmid(n)),
    M('alternative', [T('Hi Clément,\n\nApologies, this slipped through while our office manager was away. It has now been approved '
                        'and we\'ll pay on the 10th.\n\nThe photos of the Marseille residence are already on our website - thank you again.\n\n'
                        'Best,\nOlivia\n\nOlivia Hale RIBA\nPartner | Hale & Moreau Architects\n14 Cowcross Street, London EC1M 6DR\n\n'
                        + outlook_hdr_en('Olivia Hale <olivia@halemoreau-architects.co.uk>', SEN(n)) + '\n\n'
                        + reminder_en('INV-0405', '2,900.00', '16 November 2026', 'Hello Olivia')),
                      T('<html><body><p>Hi Clément,</p><p>Apologies, this slipped through while our office manager was away. It has now been '
                        'approved and we\'ll pay on the 10th.</p><p>The photos of the Marseille residence are already on our website - thank you again.</p>'
                        '<p>Best,<br>Olivia</p><p style="color:#666">Olivia Hale RIBA<br>Partner | Hale &amp; Moreau Architects<br>14 Cowcross Street, London EC1M 6DR</p>'
                        '<hr><p>' + esc_lines(outlook_hdr_en('Olivia Hale', SEN(n))) + '</p><p>' + esc_lines(reminder_en('INV-0405', '2,900.00', '16 November 2026', 'Hello Olivia'))
                        + '</p></body></html>', 'html')])),
    'en', 'Hale & Moreau Architects', 'English promise "we\'ll pay on the 10th", UK architect, Outlook',
    facts='promise_date=2026-12-10')

# --- 5 "our next payment run is on Thursday"
n = 417
add('vandijk_en_payment_run_thursday.eml', HR, msg(
    hdrs('Accounts Payable | Van Dijk Hospitality Group <ap@vandijkhospitality.nl>', 'RE: ' + SEN(n), D('2026-11-30 15:30'),
         'vandijkhospitality.nl', 'vandijk', irt=rmid(n)),
    T('Dear Mr Aubry,\n\nThank you for your reminder.\n\nInvoice INV-0417 (EUR 1,960.00) has been booked and approved for payment. '
      'Our next payment run is on Thursday, so the funds should reach your account early next week via SEPA.\n\n'
      'Kind regards,\n\nSanne de Vries\nAccounts Payable\nVan Dijk Hospitality Group B.V.\nKeizersgracht 212, 1016 DZ Amsterdam\n\n'
      '-----Original Message-----\n' + outlook_hdr_en('ap@vandijkhospitality.nl', SEN(n)) + '\n\n'
      + reminder_en('INV-0417', '1,960.00', '20 November 2026', 'Dear Accounts Payable team'))),
    'en', 'Van Dijk Hospitality Group', 'AP clerk: "payment run is on Thursday"',
    facts='promise_date=2026-12-03', notes='Date Mon 2026-11-30; Thursday = 3 Dec (payment run date)')

# --- 6 dispute: quality
n = 414
add('petit_cabanon_fr_conteste_qualite.eml', HR, msg(
    hdrs('Marc Lentini <marc@lepetitcabanon-marseille.fr>', 'Re: ' + SFR(n), D('2026-12-01 22:48'),
         'lepetitcabanon-marseille.fr', 'cabanon', irt=rmid(n)),
    T('Bonsoir,\n\nFranchement je suis surpris de recevoir une relance. Sur les 40 photos livrées, une bonne moitié sont floues ou mal '
      'cadrées, les plats sont ternes, rien à voir avec ce que vous nous aviez montré dans votre book. Je vous l\'ai dit au téléphone le 12.\n\n'
      'Je ne réglerai pas cette facture en l\'état. Soit vous refaites une séance à vos frais, soit on discute sérieusement d\'une réduction.\n\n'
      'Marc Lentini\nLe Petit Cabanon\n\n' + GM_FR + '\n' + q(reminder_fr('F-2026-0414', '960,00', '10 novembre 2026', 'Bonjour Monsieur Lentini')),
      cte='8bit')),
    'fr', 'Le Petit Cabanon', 'dispute on quality, refuses to pay as is', facts='dispute=yes')

# --- 7 dispute: usage rights line
n = 421
add('maisonfauve_fr_conteste_cession_droits.eml', HR, msg(
    hdrs('Camille Roux <camille.roux@maisonfauve-com.fr>', 'RE: ' + SFR(n), D('2026-12-02 09:30'),
         'maisonfauve-com.fr', 'fauve', irt=rmid(n), cc='Léo Bastien <leo@maisonfauve-com.fr>'),
    M('alternative', [T('Bonjour Clément,\n\nJe reviens vers vous au sujet de la facture F-2026-0421.\n\n'
                        'Nous ne comprenons pas la ligne « Extension de cession de droits – affichage 12 mois » à 900 € HT : lors du brief du '
                        '6 octobre, il avait été convenu que la cession couvrait tous supports (web, print et affichage) pour la campagne des Docks. '
                        'C\'est d\'ailleurs ce qu\'indique le devis signé.\n\nNous contestons donc cette ligne et vous remercions de nous adresser '
                        'un avoir du même montant. La partie prestation (1 650 € HT) sera réglée dès que ce point sera éclairci.\n\n'
                        'Bien à vous,\n\nCamille Roux\nDirectrice de clientèle – Maison Fauve\n\n' + outlook_hdr_fr('Camille Roux', SFR(n), 'mardi 1 décembre 2026 08:00') + '\n\n'
                        + reminder_fr('F-2026-0421', '3 060,00', '25 novembre 2026', 'Bonjour Camille')),
                      T('<div><p>Bonjour Clément,</p><p>Je reviens vers vous au sujet de la facture F-2026-0421.</p><p>Nous ne comprenons pas la ligne '
                        '« Extension de cession de droits – affichage 12 mois » à 900 € HT : lors du brief du 6 octobre, il avait été convenu que la cession '
                        'couvrait tous supports (web, print et affichage) pour la campagne des Docks. C\'est d\'ailleurs ce qu\'indique le devis signé.</p>'
                        '<p>Nous contestons donc cette ligne et vous remercions de nous adresser un avoir du même montant. La partie prestation (1 650 € HT) '
                        'sera réglée dès que ce point sera éclairci.</p><p>Bien à vous,</p><p><b>Camille Roux</b><br>Directrice de clientèle – Maison Fauve</p></div>', 'html')])),
    'fr', 'Maison Fauve', 'dispute on usage-rights extension line, asks for credit note, Cc colleague',
    facts='dispute=yes', notes='asks for an avoir (credit note), not the invoice again; conditional payment of the rest without a date')

# --- 8 dispute: delay
n = 401
add('domaine_oliviers_fr_retard_livraison_remise.eml', HR, msg(
    hdrs('Hélène Vasseur <direction@domainedesoliviers-cuges.fr>', 'Re: ' + SFR(n), D('2026-12-01 16:12'),
         'domainedesoliviers-cuges.fr', 'oliviers', irt=rmid(n)),
    T('Bonjour Monsieur Aubry,\n\nJe me permets de vous rappeler que le film de présentation du domaine devait être livré le 15 septembre, '
      'pour le lancement de nos offres séminaires d\'automne. Il nous est parvenu le 8 octobre, après la période où nous en avions besoin.\n\n'
      'Ce retard nous a causé un préjudice réel. Je ne peux pas accepter de régler le montant initial : je vous demande une remise de 30 % '
      'sur la facture F-2026-0401, faute de quoi nous ne la paierons pas.\n\nCordialement,\n\nHélène Vasseur\nDirectrice\nDomaine des Oliviers – Cuges-les-Pins\n\n'
      + GM_FR + '\n' + q(reminder_fr('F-2026-0401', '4 200,00', '8 novembre 2026', 'Bonjour Madame Vasseur')))),
    'fr', 'Domaine des Oliviers', 'dispute on late delivery, asks 30 % discount', facts='dispute=yes')

# --- 9 dispute: extra fees, with a negation about quality
n = 409
add('atelier_roustan_fr_frais_non_prevus.eml', HR, msg(
    hdrs('Pierre Roustan <p.roustan@atelier-roustan.fr>', 'RE: ' + SFR(n), D('2026-12-03 11:47'),
         'atelier-roustan.fr', 'roustan', irt=rmid(n)),
    T('Bonjour Clément,\n\nNous ne contestons pas la qualité des images, qui sont très réussies. En revanche, deux lignes de la facture '
      'ne figuraient pas au devis du 2 septembre : les frais de déplacement à Aix (280 € HT) et la location du drone (350 € HT). '
      'Personne chez nous n\'a validé ces suppléments.\n\nNous ne paierons pas ces deux lignes. Merci de revoir la facture.\n\n'
      'Pierre Roustan\nArchitecte DPLG – Atelier Roustan & Associés\n3 place aux Huiles, 13001 Marseille\n\n'
      '-----Message d\'origine-----\n' + outlook_hdr_fr('p.roustan@atelier-roustan.fr', SFR(n)).replace('________________________________\n', '') + '\n\n'
      + reminder_fr('F-2026-0409', '2 730,00', '20 novembre 2026', 'Bonjour Pierre'),
      cs='iso-8859-15')),
    'fr', 'Atelier Roustan & Associés', 'dispute on extra fees with "nous ne contestons pas la qualité" negation, ISO-8859-15',
    facts='dispute=yes', notes='negation concerns quality; the extra-fee lines are contested')

# --- 10 already paid with date
n = 389
add('santoni_fr_deja_paye_24_novembre.eml', HR, msg(
    hdrs('Laura Santoni <laura@traiteur-santoni.fr>', 'Re: ' + SFR(n), D('2026-11-30 09:12'),
         'traiteur-santoni.fr', 'santoni', irt=rmid(n)),
    gmail_alt('Bonjour Clément,\n\nIl doit y avoir une erreur : le virement est parti le 24 novembre depuis notre compte, avec le libellé '
              '« SANTONI F2026-0389 ». Pouvez-vous vérifier de votre côté ?\n\nBonne journée,\nLaura Santoni\nTraiteur Santoni – Aubagne',
              GM_FR, reminder_fr('F-2026-0389', '1 120,00', '5 novembre 2026', 'Bonjour Laura'))),
    'fr', 'Traiteur Santoni', 'already paid with a date and the transfer label', facts='already_paid=2026-11-24')

# --- 11 already paid, no date, informal
n = 416
add('bistrot_panier_fr_tu_deja_regle.eml', HR, msg(
    hdrs('Nico <nico@bistrotdupanier.fr>', 'Re: ' + SFR(n), D('2026-11-30 13:26'), 'bistrotdupanier.fr', 'panier', irt=rmid(n)),
    T('Hello Clément,\n\nC\'est réglé depuis un moment normalement ! J\'ai fait le virement juste après la séance. '
      'Regarde bien tes comptes et dis-moi si tu trouves pas, je demanderai à la banque.\n\nBises\nNico\n\n'
      + q(reminder_fr('F-2026-0416', '540,00', '18 novembre 2026', 'Bonjour Nicolas')), cte='8bit')),
    'fr', 'Bistrot du Panier', 'already paid claim without date, tu', facts='already_paid=claimed')

# --- 12 already paid: bank confirmation forwarded inline
n = 377
fwd = ('---------- Forwarded message ---------\nDe : BNP Paribas <ne-pas-repondre@bnpparibas.net>\nDate: ven. 27 nov. 2026 à 10:14\n'
       'Subject: Confirmation de votre virement\nTo: <k.benali@azur-riviera-hotels.fr>\n\n\nMadame, Monsieur,\n\n'
       'Nous vous confirmons l\'exécution du virement SEPA suivant :\n\nCompte débité : AZUR RIVIERA HOTELS SAS – FR76 3000 4xxx xxxx xxxx xxx 59\n'
       'Bénéficiaire : AUBRY CLEMENT\nIBAN bénéficiaire : FR76 1695 8000 0112 3456 7890 123\nMontant : 3 120,00 EUR\n'
       'Date d\'exécution : 27/11/2026\nRéférence : F-2026-0377\n\nBNP Paribas – Ceci est un message automatique.')
add('azur_riviera_fr_confirmation_banque_transferee.eml', HR, msg(
    hdrs('Karim Benali <k.benali@azur-riviera-hotels.fr>', 'Fwd: Confirmation de votre virement', D('2026-12-03 10:05'),
         'mail.gmail.com', 'azurfwd'),
    M('alternative', [T('Bonjour Monsieur Aubry,\n\nSuite à votre relance pour la facture F-2026-0377, ci-dessous la confirmation de notre banque : '
                        'le virement a été exécuté le 27/11. Il devrait apparaître sur votre compte.\n\nCordialement,\nKarim Benali\n'
                        'Responsable administratif – Azur Riviera Hotels\n\n' + fwd),
                      T('<div dir="ltr">Bonjour Monsieur Aubry,<br><br>Suite à votre relance pour la facture F-2026-0377, ci-dessous la confirmation de notre banque : '
                        'le virement a été exécuté le 27/11. Il devrait apparaître sur votre compte.<br><br>Cordialement,<br>Karim Benali<br>Responsable administratif – Azur Riviera Hotels<br><br>'
                        '<div class="gmail_quote">' + esc_lines(fwd) + '</div></div>', 'html')])),
    'fr', 'Azur Riviera Hotels', 'client forwards their bank\'s transfer confirmation (not a bank notice to the owner), no In-Reply-To',
    facts='already_paid=2026-11-27', notes='contains a BNP notice text, but sent by the client: human_reply')

# --- 13 already paid with PDF
n = 409
add('mistral_events_fr_avis_virement_pdf.eml', HR, msg(
    hdrs('Elsa Garnier <elsa.garnier@mistral-events.fr>', 'RE: Rappel : facture F-2026-0403 échue', D('2026-12-01 09:40'),
         'mistral-events.fr', 'mistral', irt=rmid(403)),
    M('mixed', [T('Bonjour Clément,\n\nLe paiement a été effectué hier, je vous joins l\'avis de virement.\n\nBonne journée,\n\nElsa Garnier\n'
                  'Chargée de production – Mistral Events\n06 58 12 44 07'),
                A('avis_virement_F-2026-0403.pdf', 'application/pdf', fake_pdf('Avis de virement - F-2026-0403 - 1 860,00 EUR - 30/11/2026'))])),
    'fr', 'Mistral Events', 'already paid "hier", PDF transfer advice attached', facts='already_paid=2026-11-30',
    notes='Date Tue 2026-12-01; hier = 30 Nov')

# --- 14 request invoice
n = 418
add('cafe_corniche_fr_jamais_recu_facture.eml', HR, msg(
    hdrs('Thomas Pujol <thomas@cafedelacorniche.fr>', 'Re: ' + SFR(n), D('2026-11-30 10:18'), 'cafedelacorniche.fr', 'corniche', irt=rmid(n)),
    gmail_alt('Bonjour,\n\nJe n\'ai jamais reçu cette facture, ni la première fois ni avec votre relance (aucune pièce jointe de mon côté). '
              'Pouvez-vous me la renvoyer ? Je la transmets à notre cabinet comptable dès réception.\n\nMerci,\nThomas Pujol\nCafé de la Corniche',
              GM_FR, reminder_fr('F-2026-0418', '720,00', '22 novembre 2026', 'Bonjour Thomas'))),
    'fr', 'Café de la Corniche', 'asks for the invoice again (attachment missing)', facts='request_invoice=yes')

# --- 15 request RIB
n = 411
add('terrasses_vieuxport_fr_demande_rib.eml', HR, msg(
    hdrs('Amandine Blanc <compta@terrasses-vieuxport.fr>', 'RE: ' + SFR(n), D('2026-12-02 11:03'), 'terrasses-vieuxport.fr', 'terrasses', irt=rmid(n)),
    T('Bonjour,\n\nAfin de procéder au règlement, pourriez-vous nous transmettre votre RIB ? Votre IBAN ne figure pas sur la facture.\n\n'
      'Merci d\'avance,\n\nAmandine Blanc\nComptabilité – Les Terrasses du Vieux-Port\n\n'
      + outlook_hdr_fr('compta@terrasses-vieuxport.fr', SFR(n)) + '\n\n' + reminder_fr('F-2026-0411', '1 320,00', '19 novembre 2026'))),
    'fr', 'Les Terrasses du Vieux-Port', 'asks for RIB', facts='request_rib=yes')

# --- 16 request invoice + RIB, tu
n = 402
add('studio_lumen_fr_tu_facture_et_rib.eml', HR, msg(
    hdrs('Baptiste Morel <baptiste@studiolumen-archi.fr>', 'Re: ' + SFR(n), D('2026-12-01 18:21'), 'studiolumen-archi.fr', 'lumen', irt=rmid(n)),
    T('Salut Clément,\n\nOn a changé de logiciel de compta en octobre et on a perdu pas mal de pièces dans la migration. '
      'Tu peux me renvoyer la facture F-2026-0402 et ton RIB ? Je lance le virement dès que je les ai.\n\nMerci et désolé !\nBaptiste\n\n'
      'Studio Lumen Architecture\n', cte='8bit')),
    'fr', 'Studio Lumen Architecture', 'asks invoice and RIB together, tu, no quote', facts='request_invoice=yes;request_rib=yes')

# --- 17 English vendor setup, IBAN/BIC
n = 438
add('kranich_en_vendor_setup_iban_bic.eml', HR, msg(
    hdrs('Jonas Weber <j.weber@kranich-events.de>', 'AW: ' + SEN(n), D('2026-12-02 13:37'), 'kranich-events.de', 'kranich', irt=rmid(n)),
    T('Dear Clément,\n\nthanks for the reminder, and sorry for the delay. You are not yet set up as a vendor in our system, which is why '
      'the invoice is stuck.\n\nCould you please send me your full bank details (IBAN, BIC, name and address of your bank) on company '
      'letterhead, together with your VAT ID? As soon as I have them, INV-0438 goes into the next payment run.\n\n'
      'Best regards\nJonas Weber\nFinance & Controlling\n\nKranich Events GmbH | Schanzenstraße 41 | 20357 Hamburg\n'
      'Geschäftsführer: Anke Kranich | Amtsgericht Hamburg HRB 123456\n\n'
      '-----Ursprüngliche Nachricht-----\nVon: Clément Aubry <clement@aubry-photo.fr>\nGesendet: Montag, 30. November 2026 08:01\n'
      'An: j.weber@kranich-events.de\nBetreff: ' + SEN(n) + '\n\n' + reminder_en('INV-0438', '2,150.00', '15 November 2026', 'Hello Jonas'))),
    'en', 'Kranich Events GmbH', 'German company writing English, asks IBAN/BIC for vendor setup, "AW:" prefix', facts='request_rib=yes')

# --- 18 question about VAT
n = 420
add('residence_goudes_fr_question_tva.eml', HR, msg(
    hdrs('Résidence Les Goudes - Réception <contact@residence-lesgoudes.fr>', 'Re: ' + SFR(n), D('2026-12-02 16:44'), 'residence-lesgoudes.fr', 'goudes', irt=rmid(n)),
    T('Bonjour,\n\nUne question avant de régler : votre facture ne mentionne pas de TVA, est-ce normal ? Notre comptable me demande sur '
      'quel article vous êtes exonéré, pour que ce soit en règle de notre côté.\n\nMerci,\nValérie\nRésidence Les Goudes\n\n'
      + GM_FR + '\n' + q(reminder_fr('F-2026-0420', '850,00', '24 novembre 2026')))),
    'fr', 'Résidence Les Goudes', 'plain question about VAT mention', notes='no promise, no request for the invoice itself')

# --- 19 "Noté."
n = 415
add('chez_nino_fr_note.eml', HR, msg(
    hdrs('Nino Esposito <nino@pizzeriacheznino.fr>', 'Re: ' + SFR(n), D('2026-11-30 18:40'), 'pizzeriacheznino.fr', 'nino', irt=rmid(n)),
    T('Noté.\n\n' + GM_FR + '\n' + q(reminder_fr('F-2026-0415', '380,00', '21 novembre 2026', 'Bonjour Nino')))),
    'fr', 'Pizzeria Chez Nino', 'one-word answer above quoted reminder')

# --- 20 "ok merci", mobile
n = 408
add('epicerie_panier_fr_ok_merci_mobile.eml', HR, msg(
    hdrs('Julie Carrel <julie@epicerie-dupanier.fr>', 'Re: ' + SFR(n), D('2026-12-01 12:09'), 'epicerie-dupanier.fr', 'epicerie', irt=rmid(n)),
    T('ok merci\n\nEnvoyé de mon Galaxy\n\n\n-------- Message d\'origine --------\nDe : Clément Aubry <clement@aubry-photo.fr>\n'
      'Date : 30/11/2026 08:02 (GMT+01:00)\nÀ : julie@epicerie-dupanier.fr\nObjet : ' + SFR(n) + '\n\n' + reminder_fr('F-2026-0408', '450,00', '12 novembre 2026', 'Bonjour Julie'),
      cs='utf-8', cte='base64')),
    'fr', "L'Épicerie du Panier", '"ok merci" from Samsung mobile, base64 body')

# --- 21 negations + "début janvier"
n = 396
add('criee_moderne_fr_ne_conteste_pas_debut_janvier.eml', HR, msg(
    hdrs('Stéphane Giraud <gerance@lacriee-moderne.fr>', 'Re: ' + SFR(n), D('2026-12-02 10:27'), 'lacriee-moderne.fr', 'criee', irt=rmid(n)),
    T('Bonjour Monsieur Aubry,\n\nJe vous réponds franchement : nous ne contestons pas la facture, le travail a été bien fait et les photos '
      'tournent sur nos réseaux. Mais je n\'ai pas encore pu payer, la trésorerie est très tendue depuis la fermeture de la terrasse.\n\n'
      'Je vous propose de tout régler début janvier, en une fois. Si cela vous pose problème, appelez-moi au restaurant.\n\n'
      'Stéphane Giraud\nGérant – La Criée Moderne\n\n' + GM_FR + '\n' + q(reminder_fr('F-2026-0396', '1 540,00', '30 octobre 2026')))),
    'fr', 'La Criée Moderne', 'negations "ne contestons pas" / "pas encore pu payer", promise "début janvier"',
    facts='promise_date=early_2027-01')

# --- 22 "pas encore pu", "demain"
n = 410
add('villa_massalia_fr_pas_encore_demain.eml', HR, msg(
    hdrs('Hugo Lemaire <hugo.lemaire@villamassalia-events.fr>', 'Re: ' + SFR(n), D('2026-12-02 17:55'), 'villamassalia-events.fr', 'massalia', irt=rmid(n)),
    gmail_alt('Bonjour Clément,\n\nEffectivement, je n\'ai pas encore pu faire le virement, j\'étais en déplacement toute la semaine dernière. '
              'Je m\'en occupe demain matin à la première heure.\n\nHugo', GM_FR, reminder_fr('F-2026-0410', '2 080,00', '18 novembre 2026', 'Bonjour Hugo'))),
    'fr', 'Villa Massalia Events', 'negated payment then "demain"', facts='promise_date=2026-12-03', notes='Date Wed 2 Dec; demain = 3 Dec')

# --- 23 different address, fresh message, "lundi"
add('galerie_arcane_fr_compta_autre_adresse_lundi.eml', HR, msg(
    hdrs('Comptabilité Galerie Arcane <compta@galerie-arcane.fr>', 'Facture F-2026-0413 - Aubry Photo', D('2026-12-03 15:02'), 'galerie-arcane.fr', 'arcane'),
    T('Bonjour,\n\nVotre relance adressée à Mme Duval nous a été transmise.\n\nLe règlement de la facture F-2026-0413 (1 150,00 €) sera '
      'effectué lundi prochain par virement.\n\nCordialement,\n\nLe service comptable\nGalerie Arcane – 27 rue Grignan, 13006 Marseille')),
    'fr', 'Galerie Arcane', 'reply from another address (compta@ instead of direction@), fresh thread without In-Reply-To',
    facts='promise_date=2026-12-07', notes='Date Thu 3 Dec; "lundi prochain" = Mon 7 Dec; reminder went to direction@galerie-arcane.fr')

# --- 24 Outlook HTML only, windows-1252, "mardi 8 décembre"
n = 404
htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
       '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
       '<body lang="FR" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">Bonjour Monsieur Aubry,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<p class="MsoNormal">Je vous confirme que le virement de 1&nbsp;740,00&nbsp;€ sera effectué le mardi 8 décembre.<o:p></o:p></p>'
       '<p class="MsoNormal">Veuillez nous excuser pour ce retard, lié au changement de notre expert-comptable.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<p class="MsoNormal">Bien cordialement,<o:p></o:p></p><p class="MsoNormal"><b>Isabelle Delorme</b><br>Cabinet Delorme Architectes<br>45 cours Pierre Puget, 13006 Marseille<o:p></o:p></p>'
       '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De&nbsp;:</b> Clément Aubry &lt;clement@aubry-photo.fr&gt;<br>'
       '<b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 08:01<br><b>À&nbsp;:</b> Isabelle Delorme &lt;i.delorme@delorme-architectes.fr&gt;<br><b>Objet&nbsp;:</b> ' + SFR(n) + '</p></div>'
       '<p class="MsoNormal">' + esc_lines(reminder_fr('F-2026-0404', '1 740,00', '16 novembre 2026', 'Bonjour Madame Delorme')) + '</p></div></body></html>')
add('delorme_fr_outlook_html_seul_mardi_8.eml', HR, msg(
    hdrs('Isabelle Delorme <i.delorme@delorme-architectes.fr>', 'RE: ' + SFR(n), D('2026-12-02 08:51'), 'delorme-architectes.fr', 'delorme', irt=rmid(n),
         extra=[('Thread-Topic', SFR(n)), ('Accept-Language', 'fr-FR, en-US'), ('Content-Language', 'fr-FR'),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
    T(htm, 'html', cs='windows-1252')),
    'fr', 'Cabinet Delorme Architectes', 'HTML-only Outlook, windows-1252 QP, explicit date', facts='promise_date=2026-12-08')

# --- 25 iPhone "virement fait ce matin"
n = 419
add('rooftop_joliette_fr_iphone_virement_fait.eml', HR, msg(
    hdrs('Anaïs Ferri <anais@rooftop-lajoliette.fr>', 'Re: ' + SFR(n), D('2026-12-01 07:58'), 'rooftop-lajoliette.fr', 'rooftop', irt=rmid(n),
         extra=[('X-Mailer', 'iPhone Mail (22B91)')]),
    T('Virement fait ce matin 👍\n\nEnvoyé de mon iPhone\n\n> Le 30 nov. 2026 à 08:03, Clément Aubry <clement@aubry-photo.fr> a écrit :\n>\n'
      + q(reminder_fr('F-2026-0419', '990,00', '23 novembre 2026', 'Bonjour Anaïs')), flowed=True)),
    'fr', 'Rooftop La Joliette', 'iPhone, very short, emoji, "ce matin"', facts='already_paid=2026-12-01')

# --- 26 forward to colleague, owner in Cc
n = 400
add('kaleido_fr_transfert_collegue_owner_cc.eml', HR, msg(
    hdrs('Romain Chabert <romain@kaleido-agence.fr>', 'TR: ' + SFR(n), D('2026-11-30 09:47'), 'kaleido-agence.fr', 'kaleido',
         to='Marion Petit <marion.petit@kaleido-agence.fr>', cc=OWNER, irt=rmid(n)),
    T('Marion,\n\nPeux-tu regarder pourquoi la facture de Clément n\'est pas passée ? Je crois qu\'elle est bloquée faute de bon de commande. '
      'Merci de lui répondre directement (il est en copie).\n\nRomain\n\n-----Message d\'origine-----\nDe : Clément Aubry <clement@aubry-photo.fr>\n'
      'Envoyé : lundi 30 novembre 2026 08:01\nÀ : Romain Chabert <romain@kaleido-agence.fr>\nObjet : ' + SFR(n) + '\n\n'
      + reminder_fr('F-2026-0400', '2 400,00', '13 novembre 2026', 'Bonjour Romain'))),
    'fr', 'Kaléido Agence', 'forward to a colleague, owner in Cc, no commitment', notes='addressed to colleague; no promise/dispute')

# --- 27 English, approved, scheduled 18 Dec, long disclaimer
n = 411
add('ashcombe_en_scheduled_18_december_disclaimer.eml', HR, msg(
    hdrs('Daniel Price <daniel.price@ashcombehotels.co.uk>', 'RE: Reminder: invoice INV-0431 is overdue', D('2026-12-01 14:02', '+0000'),
         'ashcombehotels.co.uk', 'ashcombe', irt=rmid(431)),
    M('alternative', [T('Dear Clément,\n\nThank you for your email.\n\nI can confirm invoice INV-0431 has been approved and is scheduled for payment '
                        'on 18 December 2026, in line with our standard terms.\n\nKind regards,\n\nDaniel Price\nPurchase Ledger Supervisor\n'
                        'Ashcombe Hotels plc\n\n*****************************************************************\n'
                        'This email and any files transmitted with it are confidential and intended solely for the use of the individual or '
                        'entity to whom they are addressed. If you have received this email in error please notify the sender immediately and '
                        'delete it. Any views or opinions presented are solely those of the author and do not necessarily represent those of '
                        'Ashcombe Hotels plc. Ashcombe Hotels plc is registered in England and Wales, company number 04512873, registered office '
                        '1 Waterside Place, Bristol BS1 4RA. WARNING: Computer viruses can be transmitted via email. The recipient should check this '
                        'email and any attachments for the presence of viruses.\n*****************************************************************\n'),
                      T('<p>Dear Clément,</p><p>Thank you for your email.</p><p>I can confirm invoice INV-0431 has been approved and is scheduled for '
                        'payment on 18 December 2026, in line with our standard terms.</p><p>Kind regards,</p><p>Daniel Price<br>Purchase Ledger Supervisor<br>'
                        'Ashcombe Hotels plc</p><p style="font-size:8pt;color:#888">This email and any files transmitted with it are confidential and intended solely '
                        'for the use of the individual or entity to whom they are addressed. [...] Ashcombe Hotels plc is registered in England and Wales, company '
                        'number 04512873.</p>', 'html')])),
    'en', 'Ashcombe Hotels plc', 'English AP, explicit scheduled date, long disclaimer', facts='promise_date=2026-12-18',
    )

# --- 28 English dispute, drone footage
n = 408
add('bluewave_en_dispute_drone_reedit.eml', HR, msg(
    hdrs('Matt Collins <matt@bluewave-charters.com>', 'Re: Reminder: invoice INV-0432 is overdue', D('2026-12-03 19:22', '+0100'),
         'bluewave-charters.com', 'bluewave', irt=rmid(432)),
    T('Clément,\n\nTo be honest I was expecting a call, not a reminder. The drone footage we got doesn\'t show the marina and the fleet the way '
      'we agreed in the shot list - half of it is the coastline, and the boats are barely visible.\n\nWe\'re not paying INV-0432 until the '
      're-edit we asked for on Nov 12 has been delivered.\n\nMatt Collins\nBluewave Yacht Charters, Port de Bandol\n\n' + GM_EN + '\n'
      + q(reminder_en('INV-0432', '3,400.00', '15 November 2026', 'Hello Matt')))),
    'en', 'Bluewave Yacht Charters', 'English dispute, payment withheld pending re-edit', facts='dispute=yes')

# --- 29 English, re-issue invoice with PO
add('lumenhotels_en_reissue_with_po.eml', HR, msg(
    hdrs('Priya Nair <priya.nair@lumenhotels-group.com>', 'RE: Reminder: invoice INV-0433 is overdue', D('2026-11-30 17:05', '+0000'),
         'lumenhotels-group.com', 'lumenhotels', irt=rmid(433)),
    T('Hi Clément,\n\nOur AP team rejected the invoice because it doesn\'t quote our purchase order number (PO-77812). Could you reissue '
      'INV-0433 with the PO number on it and send it to invoices@lumenhotels-group.com? It will then go straight through.\n\n'
      'Thanks,\nPriya\n\nPriya Nair | Brand & Content Manager | Lumen Hotels Group\n')),
    'en', 'Lumen Hotels Group', 'asks to reissue the invoice with PO number', facts='request_invoice=yes',
    notes='a reissued invoice = asking for the invoice again')

# --- 30 tu, "en fin de semaine"
add('gourmandises_fred_fr_tu_fin_de_semaine.eml', HR, msg(
    hdrs('Fred <fred@lesgourmandisesdefred.fr>', 'Re: ' + SFR(422), D('2026-11-30 12:10'), 'lesgourmandisesdefred.fr', 'fred', irt=rmid(422)),
    T('Salut Clément !\n\nOups, désolé, j\'avais complètement zappé. Je te fais ça en fin de semaine, promis.\n\nFred\n', cte='8bit')),
    'fr', 'Les Gourmandises de Fred', 'tu, "en fin de semaine" (this week)', facts='promise_date=2026-12-04',
    notes='Date Mon 30 Nov; fin de semaine = Fri 4 Dec (could be read as the weekend)')

# --- 31 English "tomorrow" on a Friday
add('nordhavn_en_transfer_tomorrow.eml', HR, msg(
    hdrs('Sarah Lindqvist <sarah@nordhavn-studio.se>', 'Re: Reminder: invoice INV-0434 is overdue', D('2026-12-04 16:20'),
         'nordhavn-studio.se', 'nordhavn', irt=rmid(434)),
    T('Hi Clément,\n\nSo sorry, I thought our bookkeeper had sent it. I\'ll transfer it tomorrow morning from our business account.\n\n'
      'Best,\nSarah\n\n' + GM_EN.replace('Mon, Nov 30', 'Fri, Dec 4').replace('8:02 AM', '8:00 AM') + '\n'
      + q(reminder_en('INV-0434', '1,100.00', '25 November 2026', 'Hi Sarah')))),
    'en', 'Nordhavn Studio', 'English "tomorrow" sent on a Friday', facts='promise_date=2026-12-05',
    notes='Date Fri 4 Dec; tomorrow = Sat 5 Dec')

# --- 32 payment terms 45 jours fin de mois -> 31 décembre
add('phocea_fr_45_jours_fin_de_mois.eml', HR, msg(
    hdrs('Service Fournisseurs - Groupe Phocéa Restauration <fournisseurs@phocea-restauration.fr>', 'RE: ' + SFR(393), D('2026-12-01 10:00'),
         'phocea-restauration.fr', 'phocea', irt=rmid(393)),
    T('Bonjour,\n\nNous accusons réception de votre relance.\n\nNos conditions de règlement, rappelées sur notre bon de commande, sont de '
      '45 jours fin de mois à compter de la date de facture. Votre facture F-2026-0393 étant datée du 28 octobre 2026, elle sera réglée '
      'le 31 décembre 2026 lors de notre campagne de paiement mensuelle.\n\nRestant à votre disposition,\n\nSylvie Marin\n'
      'Service Fournisseurs – Groupe Phocéa Restauration\n\nMerci d\'adresser vos factures exclusivement à fournisseurs@phocea-restauration.fr\n',
      cs='iso-8859-1')),
    'fr', 'Groupe Phocéa Restauration', 'AP explains 45 jours fin de mois, gives the payment date', facts='promise_date=2026-12-31',
    notes='implicitly disagrees with the due date but does not contest the invoice')

# --- 33 rude, conditional, no date
add('castel_productions_fr_arretez_relances.eml', HR, msg(
    hdrs('Yann Castel <yann@castel-productions.fr>', 'Re: ' + SFR(399), D('2026-12-03 08:12'), 'castel-productions.fr', 'castel', irt=rmid(399)),
    T('Arrêtez de m\'envoyer des relances automatiques, c\'est la troisième.\nJe paierai quand mon client m\'aura payé, comme on l\'avait dit au téléphone.\n\nY. Castel\n\nEnvoyé de mon iPhone')),
    'fr', 'Castel Productions', 'rude, payment conditional on their client, no date', notes='no date, no dispute of the work')

# --- 34 partial payment + balance on the 31st
add('lou_pescadou_fr_moitie_reglee_solde_31.eml', HR, msg(
    hdrs('Le Lou Pescadou <contact@loupescadou-restaurant.fr>', 'Re: ' + SFR(397), D('2026-12-02 15:33'), 'loupescadou-restaurant.fr', 'pescadou', irt=rmid(397)),
    T('Bonjour,\n\nNous avons réglé aujourd\'hui la moitié de la facture (780 €) par virement. Le solde suivra le 31 décembre, si cela vous convient.\n\n'
      'Bien cordialement,\nMartine Reboul\nLe Lou Pescadou – Sausset-les-Pins\n\n' + GM_FR + '\n' + q(reminder_fr('F-2026-0397', '1 560,00', '31 octobre 2026')))),
    'fr', 'Le Lou Pescadou', 'partial payment today and promise for the rest', facts='already_paid=2026-12-02;promise_date=2026-12-31',
    notes='already_paid covers only half (780 of 1 560 €)')

# --- 35 wrong company name, corrected invoice
add('cigale_fr_facture_corrigee_raison_sociale.eml', HR, msg(
    hdrs('Manon Vidal <m.vidal@lacigale-hotel.fr>', 'RE: ' + SFR(395), D('2026-11-30 14:48'), 'lacigale-hotel.fr', 'cigale', irt=rmid(395)),
    gmail_alt('Bonjour Monsieur Aubry,\n\nLa facture est libellée au nom de « Hôtel La Cigale », or notre raison sociale est SAS Cigale Hospitality, '
              '4 boulevard Notre-Dame, 13006 Marseille. Notre comptable ne peut pas l\'enregistrer en l\'état.\n\nPourriez-vous nous envoyer une facture '
              'corrigée ? Nous la réglerons à réception.\n\nCordialement,\nManon Vidal\nAssistante de direction',
              GM_FR, reminder_fr('F-2026-0395', '2 200,00', '30 octobre 2026'))),
    'fr', 'SAS Cigale Hospitality', 'asks for a corrected invoice (company name)', facts='request_invoice=yes')

# --- 36 ISO-8859-1 Outlook Express, "le 7"
raw = ('Bonjour,\n\nJe passerai le virement le 7, à réception de nos encaissements de fin de mois.\n'
       'Excusez le retard, c\'est une période difficile pour l\'auberge.\n\nG. Aillaud\nAuberge du Col de l\'Espigoulier\n\n'
       '----- Original Message -----\nFrom: "Clément Aubry" <clement@aubry-photo.fr>\nTo: <auberge@auberge-espigoulier.fr>\n'
       'Sent: Monday, November 30, 2026 8:02 AM\nSubject: ' + SFR(392) + '\n\n' + reminder_fr('F-2026-0392', '640,00', '28 octobre 2026'))
add('espigoulier_fr_iso8859_le_7.eml', HR, msg(
    hdrs('Auberge de l\'Espigoulier <auberge@auberge-espigoulier.fr>', 'Re: ' + SFR(392), D('2026-12-01 21:14'), 'auberge-espigoulier.fr', 'espig', irt=rmid(392),
         extra=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'), ('X-Priority', '3')]),
    T(raw, cs='iso-8859-1')),
    'fr', "Auberge de l'Espigoulier", 'old Outlook Express, ISO-8859-1, "le 7"', facts='promise_date=2026-12-07')

# --- 37 broken MIME: charset us-ascii but 8-bit UTF-8 bytes
add('brun_paysage_fr_mime_casse_transmis_comptable.eml', HR, msg(
    hdrs('Olivier Brun <olivier@brun-paysage.fr>', 'Re: ' + SFR(394), D('2026-12-02 12:31'), 'brun-paysage.fr', 'brun', irt=rmid(394)),
    T('', cs='us-ascii', cte='7bit', raw='Bonjour,\n\nJe transmets à notre comptable qui vous répondra rapidement.\n\nCordialement,\nOlivier Brun\nBrun Paysage – architecture du paysage\n'.encode('utf-8'))),
    'fr', 'Brun Paysage', 'broken MIME: declared us-ascii/7bit, body is 8-bit UTF-8', notes='no commitment')

# --- 38 English, paid on Nov 26, remittance PDF
add('harbourline_en_paid_remittance_attached.eml', HR, msg(
    hdrs('Emma Doyle <accounts@harbourline-creative.co.uk>', 'RE: Reminder: invoice INV-0435 is overdue', D('2026-11-30 12:44', '+0000'),
         'harbourline-creative.co.uk', 'harbour', irt=rmid(435)),
    M('mixed', [T('Hi Clément,\n\nThis was paid on Nov 26 - remittance attached. Please allow 2-3 working days for international transfers.\n\n'
                  'Thanks,\nEmma Doyle\nAccounts, Harbourline Creative Ltd\n'),
                A('Remittance_Advice_INV-0435.pdf', 'application/pdf', fake_pdf('Remittance advice - INV-0435 - EUR 1,750.00 - 26/11/2026'))])),
    'en', 'Harbourline Creative', 'English already paid with date, remittance PDF', facts='already_paid=2026-11-26')

# --- 39 German
add('berghotel_alpenblick_de_bis_11_dezember.eml', HR, msg(
    hdrs('Martina Keller <m.keller@berghotel-alpenblick.ch>', 'AW: Reminder: invoice INV-0436 is overdue', D('2026-12-02 08:30'),
         'berghotel-alpenblick.ch', 'alpenblick', irt=rmid(436)),
    T('Sehr geehrter Herr Aubry\n\nVielen Dank für Ihre Erinnerung. Wir entschuldigen uns für die Verzögerung.\n\n'
      'Wir überweisen den offenen Betrag von EUR 1\'850.00 bis spätestens 11. Dezember 2026.\n\nFreundliche Grüsse\n\nMartina Keller\n'
      'Buchhaltung\nBerghotel Alpenblick AG, Grindelwald\n')),
    'de', 'Berghotel Alpenblick', 'German (Swiss) promise "bis spätestens 11. Dezember"', facts='promise_date=2026-12-11')

# --- 40 fresh inquiry about rights extension
add('bastide_ensoleillee_fr_demande_tarif_affichage.eml', HR, msg(
    hdrs('Lucie Arnaud <lucie@bastide-ensoleillee.fr>', 'Photos de la bastide - campagne d\'affichage', D('2026-12-01 11:22'), 'bastide-ensoleillee.fr', 'bastide'),
    M('alternative', [T('Bonjour Clément,\n\nNous aimerions réutiliser trois photos de la bastide (la piscine au coucher du soleil et les deux vues de la terrasse) '
                        'pour une campagne d\'affichage en gare au printemps.\n\nQuel serait le tarif pour étendre les droits à l\'affichage, pour 3 mois ?\n\n'
                        'Merci et belle journée,\nLucie Arnaud\nLa Bastide Ensoleillée – chambres d\'hôtes'),
                      T('<div dir="ltr">Bonjour Clément,<br><br>Nous aimerions réutiliser trois photos de la bastide (la piscine au coucher du soleil et les deux '
                        'vues de la terrasse) pour une campagne d\'affichage en gare au printemps.<br><br>Quel serait le tarif pour étendre les droits à l\'affichage, '
                        'pour 3 mois ?<br><br>Merci et belle journée,<br>Lucie Arnaud<br>La Bastide Ensoleillée – chambres d\'hôtes</div>', 'html')])),
    'fr', 'La Bastide Ensoleillée', 'new inquiry from a client (not about an unpaid invoice)')

# --- 41 mailing-list post by a person
add('liste_photographes_sud_fr_post_membre.eml', HR, msg(
    [('From', 'Thierry Gaudin <thierry.gaudin@example.org>'), ('To', 'photographes-sud@lists.example.org'),
     ('Subject', '[photographes-sud] Cession de droits pour les hôtels : vous facturez comment ?'), ('Date', D('2026-12-02 20:15')),
     ('Message-ID', mid('liste', 'example.org')), ('List-Id', 'Photographes pros Sud-Est <photographes-sud.lists.example.org>'),
     ('List-Unsubscribe', '<mailto:photographes-sud-unsubscribe@lists.example.org>'), ('List-Post', '<mailto:photographes-sud@lists.example.org>'),
     ('Precedence', 'list'), ('Sender', 'photographes-sud-bounces@lists.example.org')],
    T('Bonsoir à tous,\n\nUn hôtel 4* d\'Aix me demande un devis pour un reportage complet (chambres, spa, restaurant) avec cession de droits '
      '« tous supports, monde, 5 ans ». Je n\'ai jamais cédé aussi large. Vous facturez comment, au forfait ou en pourcentage du shooting ?\n\n'
      'Et pour ceux qui travaillent avec des groupes hôteliers : vous arrivez à vous faire payer à 30 jours, ou c\'est 60 jours fin de mois partout ?\n\n'
      'Merci d\'avance pour vos retours,\nThierry\n\n-- \nThierry Gaudin – photographe, Aix-en-Provence\n\n_______________________________________________\n'
      'photographes-sud mailing list\nphotographes-sud@lists.example.org\n', cte='8bit')),
    'fr', 'photographes-sud list', 'mailing-list post written by a person (List-Id, Precedence: list)', notes='mentions payment terms but not about the owner\'s invoices')

# --- 42 person on leave writes by hand
add('atelier_mercadier_fr_en_conge_je_regarde_lundi.eml', HR, msg(
    hdrs('Claire Mercadier <claire@atelier-mercadier.fr>', 'Re: ' + SFR(423), D('2026-12-01 19:02'), 'atelier-mercadier.fr', 'mercadier', irt=rmid(423)),
    T('Bonsoir Clément,\n\nJe suis en congé cette semaine, je regarde ça lundi à mon retour et je reviens vers vous.\n\nBonne soirée,\nClaire\n\nEnvoyé de mon iPad')),
    'fr', 'Atelier Mercadier', 'person writes by hand that she is on leave; not an autoreply; no payment commitment',
    notes='"je regarde lundi" is not a payment promise')

# --- 43 payment rejected by their bank, asks RIB again
add('jardins_aubagne_fr_virement_rejete_rib.eml', HR, msg(
    hdrs('Comptabilité - Les Jardins d\'Aubagne <comptabilite@jardins-aubagne.fr>', 'RE: ' + SFR(390), D('2026-12-03 09:58'), 'jardins-aubagne.fr', 'jardins', irt=rmid(390)),
    T('Bonjour Monsieur Aubry,\n\nNous avions bien lancé le virement le 20 novembre, mais il a été rejeté par notre banque (« IBAN bénéficiaire invalide »). '
      'Il semble qu\'une erreur de saisie se soit glissée de notre côté.\n\nPouvez-vous nous renvoyer votre RIB au format PDF ? Nous relancerons le '
      'paiement dès réception.\n\nCordialement,\nFrédéric Aymard\nComptabilité – Les Jardins d\'Aubagne\n')),
    'fr', "Les Jardins d'Aubagne", 'their transfer was rejected, asks for RIB again', facts='request_rib=yes',
    notes='mentions a transfer attempt that failed: not already_paid')

# --- 44 dispute on amount vs quote
add('ventoux_congres_fr_montant_different_devis.eml', HR, msg(
    hdrs('Service achats - Ventoux Congrès <achats@ventoux-congres.fr>', 'RE: ' + SFR(406), D('2026-12-03 16:40'), 'ventoux-congres.fr', 'ventoux', irt=rmid(406)),
    M('alternative', [T('Bonjour,\n\nLe devis signé (D-2026-077) mentionnait 1 200,00 € HT pour la couverture photo du congrès ; votre facture s\'élève à '
                        '1 450,00 € HT. Nous n\'avons validé aucun supplément.\n\nNous contestons donc le montant facturé et vous demandons de le ramener à '
                        'celui du devis.\n\nCordialement,\nJérôme Blanchard\nResponsable achats – Ventoux Congrès\n'),
                      T('<p>Bonjour,</p><p>Le devis signé (D-2026-077) mentionnait <b>1 200,00 € HT</b> pour la couverture photo du congrès ; votre facture '
                        's\'élève à <b>1 450,00 € HT</b>. Nous n\'avons validé aucun supplément.</p><p>Nous contestons donc le montant facturé et vous demandons '
                        'de le ramener à celui du devis.</p><p>Cordialement,<br>Jérôme Blanchard<br>Responsable achats – Ventoux Congrès</p>', 'html')])),
    'fr', 'Ventoux Congrès', 'dispute on amount vs signed quote', facts='dispute=yes')

# --- 45 English: never received invoice
add('becker_interiors_en_no_record_send_copy.eml', HR, msg(
    hdrs('Tom Becker <tom@becker-interiors.ie>', 'Re: Reminder: invoice INV-0437 is overdue', D('2026-12-01 10:12', '+0000'),
         'becker-interiors.ie', 'becker', irt=rmid(437)),
    T('Hi Clément,\n\nWe have no record of INV-0437 in our system at all. Could you send a copy of the invoice to accounts@becker-interiors.ie '
      'and I\'ll make sure it\'s processed this week?\n\nCheers,\nTom\n\nBecker Interiors | Dublin 2\n')),
    'en', 'Becker Interiors', 'English request for a copy of the invoice', facts='request_invoice=yes',
    notes='"processed this week" is vague, not coded as a promise')

# --- 46 "programmé pour le 1er décembre"
add('fabre_immobilier_fr_programme_1er_decembre.eml', HR, msg(
    hdrs('Aurélie Fabre <aurelie.fabre@fabre-immobilier.fr>', 'RE: ' + SFR(402 + 22), D('2026-11-30 16:15'), 'fabre-immobilier.fr', 'fabre', irt=rmid(424)),
    T('Bonjour Clément,\n\nLe virement est programmé pour le 1er décembre, vous devriez le recevoir dans la foulée.\n\n'
      'Au passage, nous aurons trois nouveaux biens à photographier mi-décembre, je vous envoie les adresses.\n\nAurélie Fabre\n'
      'Fabre Immobilier – Marseille 7e\n\n' + outlook_hdr_fr('Aurélie Fabre <aurelie.fabre@fabre-immobilier.fr>', SFR(424)) + '\n\n'
      + reminder_fr('F-2026-0424', '690,00', '25 novembre 2026', 'Bonjour Aurélie'))),
    'fr', 'Fabre Immobilier', '"programmé pour le 1er décembre" (scheduled transfer)', facts='promise_date=2026-12-01')

# --- 47 "semaine prochaine sans faute"
add('pho_saigon_fr_semaine_prochaine_sans_faute.eml', HR, msg(
    hdrs('David Nguyen <david@pho-saigon-marseille.fr>', 'Re: ' + SFR(425), D('2026-12-03 22:31'), 'pho-saigon-marseille.fr', 'pho', irt=rmid(425)),
    T('Semaine prochaine sans faute, désolé pour le retard.\nDavid\n\nEnvoyé de mon iPhone\n')),
    'fr', 'Phở Saïgon', 'very short, "semaine prochaine"', facts='promise_date=week_of_2026-12-07')

# --- 48 negation of request_invoice, "jeudi"
add('haddad_design_fr_pas_besoin_facture_jeudi.eml', HR, msg(
    hdrs('Lina Haddad <lina@haddad-design.fr>', 'Re: ' + SFR(426), D('2026-11-30 10:40'), 'haddad-design.fr', 'haddad', irt=rmid(426)),
    gmail_alt('Bonjour Clément,\n\nPas besoin de me renvoyer la facture, on l\'a bien reçue. Le paiement part jeudi avec les autres fournisseurs.\n\nLina',
              GM_FR, reminder_fr('F-2026-0426', '1 280,00', '20 novembre 2026', 'Bonjour Lina'))),
    'fr', 'Haddad Design', 'negated invoice request ("pas besoin de me renvoyer la facture"), "jeudi"', facts='promise_date=2026-12-03')

# ================================================================ PAYMENT NOTIFICATIONS
PN = 'payment_notification'

def simple_hdrs(frm, to, subj, date, dom, seed, extra=()):
    return [('From', frm), ('To', to), ('Subject', subj), ('Date', date), ('Message-ID', mid(seed, dom))] + list(extra)

def table_html(brand, color, intro, rows, outro, footer, lang='fr'):
    tr = ''.join('<tr><td style="padding:6px 12px;color:#6b6b6b;font-size:13px">%s</td>'
                 '<td style="padding:6px 12px;font-size:14px;font-weight:600;text-align:right">%s</td></tr>' % (_html.escape(k), _html.escape(v)) for k, v in rows)
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">'
            '<tr><td style="background:%s;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>'
            '<tr><td style="padding:24px;font-size:15px;line-height:22px">%s</td></tr>'
            '<tr><td style="padding:0 12px"><table width="100%%" cellpadding="0" cellspacing="0" style="border-top:1px solid #eee;border-bottom:1px solid #eee">%s</table></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;line-height:22px">%s</td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#999;line-height:16px">%s</td></tr>'
            '</table></td></tr></table><img src="https://click.example.net/open/%s.gif" width="1" height="1" alt=""></body></html>'
            % (lang, color, _html.escape(brand), intro, tr, outro, footer, hashlib.md5(intro.encode()).hexdigest()[:12]))

def rows_text(rows):
    return '\n'.join('%s : %s' % (k, v) for k, v in rows)

def pn(fname, data, lang, provider, pattern, direction, amount='', currency='EUR', payer='', reference='', value_date='', cap='no', notes=''):
    add(fname, PN, data, lang, provider, pattern, provider=provider, direction=direction, amount=amount, currency=currency,
        payer=payer, reference=reference, value_date=value_date, cap=cap, notes=notes)

QONTO_FOOT = ('Qonto est une marque commerciale d\'Olinda SAS, établissement de paiement agréé par l\'Autorité de Contrôle Prudentiel et de '
              'Résolution (ACPR) sous le numéro 17408. 18 rue de Navarin, 75009 Paris. Ceci est un e-mail automatique, merci de ne pas y répondre.')

# --- P1 Qonto, money in
rows = [('Montant', '+ 1 480,00 €'), ('De', 'BRASSERIE DU LEVANT'), ('Référence', 'F-2026-0412'), ('Compte', 'Aubry Photo – Compte principal'), ('Date', '04/12/2026')]
pn('qonto_fr_virement_recu.eml', msg(
    simple_hdrs('Qonto <no-reply@qonto.com>', OWNER, 'Vous avez reçu un virement de 1 480,00 €', D('2026-12-04 09:31'), 'qonto.com', 'q1',
                [('X-Mailer', 'Customer.io'), ('List-Unsubscribe', '<https://qonto.com/notifications/settings>')]),
    M('alternative', [T('Bonjour Clément,\n\nVous avez reçu un virement sur votre compte Aubry Photo.\n\n' + rows_text(rows) +
                        '\n\nVoir la transaction : https://app.qonto.com/transactions\n\nL\'équipe Qonto\n\n' + QONTO_FOOT),
                      T(table_html('Qonto', '#1d1d1b', 'Bonjour Clément,<br><br>Vous avez reçu un virement sur votre compte <b>Aubry Photo</b>.', rows,
                                   '<a href="https://app.qonto.com/transactions" style="background:#6b5cff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Voir la transaction</a>',
                                   QONTO_FOOT), 'html')])),
    'fr', 'Qonto', 'transfer received, amount in subject and HTML table', 'in', '1480.00', payer='BRASSERIE DU LEVANT',
    reference='F-2026-0412', value_date='2026-12-04', cap='yes')

# --- P2 Qonto, two transfers in one notice
rows2 = [('+ 690,00 €', 'FABRE IMMOBILIER – « FACT F-2026-0424 » – 01/12'), ('+ 1 280,00 €', 'HADDAD DESIGN SARL – « F20260426 » – 03/12')]
pn('qonto_fr_deux_virements_recus.eml', msg(
    simple_hdrs('Qonto <no-reply@qonto.com>', OWNER, '2 virements reçus sur votre compte', D('2026-12-03 18:02'), 'qonto.com', 'q2'),
    M('alternative', [T('Bonjour Clément,\n\n2 nouveaux virements ont été crédités sur votre compte Aubry Photo :\n\n'
                        '+ 690,00 € de FABRE IMMOBILIER\n  Référence : FACT F-2026-0424\n  Date : 01/12/2026\n\n'
                        '+ 1 280,00 € de HADDAD DESIGN SARL\n  Référence : F20260426\n  Date : 03/12/2026\n\n'
                        'Pensez à ajouter vos justificatifs pour faciliter votre comptabilité.\n\nL\'équipe Qonto\n\n' + QONTO_FOOT),
                      T(table_html('Qonto', '#1d1d1b', 'Bonjour Clément,<br><br>2 nouveaux virements ont été crédités sur votre compte <b>Aubry Photo</b> :',
                                   rows2, 'Pensez à ajouter vos justificatifs pour faciliter votre comptabilité.', QONTO_FOOT), 'html')])),
    'fr', 'Qonto', 'plural digest "2 virements reçus"', 'in|in', '690.00|1280.00', payer='FABRE IMMOBILIER|HADDAD DESIGN SARL',
    reference='FACT F-2026-0424|F20260426', value_date='2026-12-01|2026-12-03', cap='yes')

# --- P3 Shine, tu, emoji subject
pn('shine_fr_tu_nouveau_virement_recu.eml', msg(
    simple_hdrs('Shine <notifications@shine.fr>', OWNER, '💸 Nouveau virement reçu !', D('2026-12-03 11:47'), 'shine.fr', 's1'),
    M('alternative', [T('Bonne nouvelle Clément !\n\nTon compte Shine vient d\'être crédité de 2 080,00 € par VILLA MASSALIA EVENTS.\n\n'
                        'Libellé : VIR FACTURE 0410\nDate : 3 décembre 2026\n\nTu peux dès maintenant rapprocher ce paiement de ta facture dans l\'app.\n\n'
                        'À très vite,\nL\'équipe Shine\n\nShine SAS – établissement de paiement agréé par l\'ACPR (n° 71758). Tu reçois cet e-mail car les '
                        'notifications de virements entrants sont activées sur ton compte.'),
                      T('<html><body style="font-family:Arial"><h2 style="color:#00b28f">Bonne nouvelle Clément !</h2><p>Ton compte Shine vient d\'être crédité de '
                        '<strong>2 080,00 €</strong> par <strong>VILLA MASSALIA EVENTS</strong>.</p><p>Libellé : VIR FACTURE 0410<br>Date : 3 décembre 2026</p>'
                        '<p>Tu peux dès maintenant rapprocher ce paiement de ta facture dans l\'app.</p><p>À très vite,<br>L\'équipe Shine</p>'
                        '<p style="font-size:11px;color:#888">Shine SAS – établissement de paiement agréé par l\'ACPR (n° 71758). Tu reçois cet e-mail car les '
                        'notifications de virements entrants sont activées sur ton compte.</p></body></html>', 'html')])),
    'fr', 'Shine', 'neobank "tu", emoji subject, no amount in subject', 'in', '2080.00', payer='VILLA MASSALIA EVENTS',
    reference='VIR FACTURE 0410', value_date='2026-12-03', cap='yes')

# --- P4 BNP Paribas, plain text alert with long SEPA label
pn('bnp_fr_alerte_operation_creditrice.eml', msg(
    simple_hdrs('BNP Paribas <ne-pas-repondre@alertes.bnpparibas.net>', 'clement@aubry-photo.fr', 'Alerte Mes Comptes : opération créditrice',
                D('2026-11-30 07:12'), 'alertes.bnpparibas.net', 'b1'),
    T('Madame, Monsieur,\n\nUne opération créditrice d\'un montant de 3 120,00 EUR a été enregistrée le 30/11/2026 sur votre compte '
      'COMPTE CHEQUES PRO n° ****8842.\n\nLibellé de l\'opération :\nVIR SEPA RECU /DE AZUR RIVIERA HOTELS SAS /MOTIF F-2026-0377 /REF 20261127000128\n\n'
      'Pour consulter le détail de vos opérations, connectez-vous à votre Espace Client sur mabanqueentreprise.bnpparibas.\n\n'
      'Cordialement,\nVotre Conseiller BNP Paribas\n\n---\nCe message vous est adressé automatiquement dans le cadre du service d\'alertes '
      'que vous avez souscrit. Merci de ne pas y répondre. BNP Paribas ne vous demandera jamais vos codes d\'accès par e-mail.\n'
      'BNP Paribas SA au capital de 2 261 621 342 € – 662 042 449 RCS Paris – ORIAS n° 07 022 735.', cs='iso-8859-1')),
    'fr', 'BNP Paribas', 'plain-text alert, ISO-8859-1, SEPA label carries payer and invoice', 'in', '3120.00',
    payer='AZUR RIVIERA HOTELS SAS', reference='F-2026-0377', value_date='2026-11-30', cap='yes')

# --- P5 Crédit Agricole, amount in subject only
pn('credit_agricole_fr_montant_dans_objet.eml', msg(
    simple_hdrs('Crédit Agricole Alpes Provence <alerte@ca-alpesprovence.fr>', 'clement@aubry-photo.fr', 'Crédit de 1 960,00 EUR sur votre compte',
                D('2026-12-04 06:45'), 'ca-alpesprovence.fr', 'ca1'),
    M('alternative', [T('Bonjour,\n\nUn mouvement créditeur a été enregistré sur votre compte courant professionnel n° ...4471 le 04/12/2026.\n\n'
                        'Libellé : VIR VAN DIJK HOSPITALITY GROUP BV INV-0417\n\nConnectez-vous à Ma Banque ou à votre espace en ligne pour consulter '
                        'le détail.\n\nVotre Caisse régionale Crédit Agricole Alpes Provence\n\nCeci est un message automatique, merci de ne pas y répondre.'),
                      T('<html><body><table width="600" style="font-family:Arial;font-size:13px"><tr><td style="border-bottom:3px solid #00775a;padding:10px">'
                        '<b style="color:#00775a">CRÉDIT AGRICOLE ALPES PROVENCE</b></td></tr><tr><td style="padding:12px">Bonjour,<br><br>Un mouvement créditeur a été '
                        'enregistré sur votre compte courant professionnel n° ...4471 le 04/12/2026.<br><br>Libellé : <b>VIR VAN DIJK HOSPITALITY GROUP BV INV-0417</b>'
                        '<br><br>Connectez-vous à Ma Banque ou à votre espace en ligne pour consulter le détail.</td></tr><tr><td style="font-size:10px;color:#777;padding:12px">'
                        'Ceci est un message automatique, merci de ne pas y répondre.</td></tr></table></body></html>', 'html')])),
    'fr', 'Crédit Agricole', 'amount only in the subject, body gives label', 'in', '1960.00', payer='VAN DIJK HOSPITALITY GROUP BV',
    reference='INV-0417', value_date='2026-12-04', cap='yes')

# --- P6 Société Générale, payer is a person not the company
pn('societe_generale_fr_virement_recu_particulier.eml', msg(
    simple_hdrs('Société Générale <ne-pas-repondre@societegenerale.fr>', 'clement@aubry-photo.fr', 'Alerte SG : virement reçu',
                D('2026-12-01 08:20'), 'societegenerale.fr', 'sg1'),
    T('Bonjour,\n\nVous avez reçu un virement de 540,00 EUR sur votre compte n° XXXXXXX2209.\n\nÉmetteur : M NICOLAS RAYNAUD\n'
      'Libellé : BISTROT DU PANIER FACT 416\nDate : 01/12/2026\n\nPour plus de détails, rendez-vous sur votre Appli SG ou sur particuliers.sg.fr.\n\n'
      'Société Générale\n\nCe message est envoyé automatiquement, merci de ne pas y répondre. Pour gérer vos alertes : Espace client > Mes alertes.')),
    'fr', 'Société Générale', 'transfer received from a private person paying for a business', 'in', '540.00', payer='M NICOLAS RAYNAUD',
    reference='BISTROT DU PANIER FACT 416', value_date='2026-12-01', cap='yes')

# --- P8 La Banque Postale
pn('banque_postale_fr_virement_credite.eml', msg(
    simple_hdrs('La Banque Postale <information@labanquepostale.fr>', 'clement@aubry-photo.fr', 'Un virement a été crédité sur votre compte',
                D('2026-12-04 12:03'), 'labanquepostale.fr', 'lbp1'),
    M('alternative', [T('Madame, Monsieur,\n\nNous vous informons qu\'un virement de 1 150,00 € émis par SARL GALERIE ARCANE a été crédité sur votre '
                        'compte se terminant par 63 L, le 04/12/2026.\n\nRéférence communiquée par l\'émetteur : REGLEMENT F-2026-0413\n\n'
                        'La Banque Postale\n\nCet e-mail vous est envoyé automatiquement. Pour modifier vos préférences, rendez-vous dans votre Espace client.'),
                      T('<html><body style="font-family:Arial"><div style="background:#004a99;color:#fff;padding:10px;font-weight:bold">La Banque Postale</div>'
                        '<p>Madame, Monsieur,</p><p>Nous vous informons qu\'un virement de <b>1 150,00 €</b> émis par <b>SARL GALERIE ARCANE</b> a été crédité sur votre '
                        'compte se terminant par 63 L, le 04/12/2026.</p><p>Référence communiquée par l\'émetteur : REGLEMENT F-2026-0413</p>'
                        '<p style="font-size:10px;color:#666">Cet e-mail vous est envoyé automatiquement.</p></body></html>', 'html')])),
    'fr', 'La Banque Postale', '"a été crédité", issuer named', 'in', '1150.00', payer='SARL GALERIE ARCANE',
    reference='REGLEMENT F-2026-0413', value_date='2026-12-04', cap='yes')

# --- P9 BoursoBank
pn('boursobank_fr_vous_avez_recu.eml', msg(
    simple_hdrs('BoursoBank <noreply@boursobank.com>', 'clement@aubry-photo.fr', 'Vous avez reçu un virement', D('2026-12-02 19:11'), 'boursobank.com', 'bb1'),
    T('Bonjour Clément,\n\nUn virement de 720,00 € en provenance de CAFE DE LA CORNICHE vient d\'arriver sur votre compte.\n\n'
      'Motif : FACTURE F-2026-0418\n\nÀ bientôt sur BoursoBank !\n\n--\nBoursoBank, 44 rue Traversière, CS 80134, 92772 Boulogne-Billancourt Cedex. '
      'Vous recevez cet e-mail car vous avez activé les notifications de virement.', cte='base64')),
    'fr', 'BoursoBank', 'base64 plain text, "vient d\'arriver"', 'in', '720.00', payer='CAFE DE LA CORNICHE',
    reference='FACTURE F-2026-0418', value_date='2026-12-02', cap='yes')

# --- P10 CIC threshold alert
pn('cic_fr_alerte_mouvement_crediteur_seuil.eml', msg(
    simple_hdrs('CIC <alertes@cic.fr>', 'clement@aubry-photo.fr', 'Alerte : mouvement créditeur supérieur à 500,00 EUR', D('2026-12-02 07:30'), 'cic.fr', 'cic1'),
    T('CIC - Service d\'alertes\n\nCompte : 30066 10947 00020xxxx01 - AUBRY CLEMENT EI\n\nDate         Libellé                                         Montant\n'
      '02/12/2026   VIR SAS CIGALE HOSPITALITY FACT F-2026-0395     +2 200,00 EUR\n\nSolde après opération : consultez votre espace Filbanque.\n\n'
      'Ce message est généré automatiquement. Merci de ne pas y répondre.', cs='iso-8859-15')),
    'fr', 'CIC', 'threshold alert in fixed-width table', 'in', '2200.00', payer='SAS CIGALE HOSPITALITY',
    reference='FACT F-2026-0395', value_date='2026-12-02', cap='yes')

# --- P11 Revolut Business EN
pn('revolut_business_en_you_received.eml', msg(
    simple_hdrs('Revolut Business <no-reply@revolut.com>', 'clement@aubry-photo.fr', 'You received €2,150.00 from Kranich Events GmbH',
                D('2026-12-04 14:55'), 'revolut.com', 'rv1'),
    M('alternative', [T('Hi Clément,\n\nYou received €2,150.00 from Kranich Events GmbH.\n\nReference: INV-0438\nTo: Aubry Photo · EUR main\nDate: 4 Dec 2026\n\n'
                        'View transaction in the app.\n\nRevolut Business\n\nRevolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. You are receiving '
                        'this email because you have transaction notifications enabled.'),
                      T(table_html('Revolut Business', '#191c1f', 'Hi Clément,<br><br>You received <b>€2,150.00</b> from <b>Kranich Events GmbH</b>.',
                                   [('Reference', 'INV-0438'), ('To', 'Aubry Photo · EUR main'), ('Date', '4 Dec 2026')], 'View transaction in the app.',
                                   'Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. You are receiving this email because you have transaction notifications enabled.', 'en'), 'html')])),
    'en', 'Revolut Business', 'English, payer in subject', 'in', '2150.00', payer='Kranich Events GmbH', reference='INV-0438',
    value_date='2026-12-04', cap='yes')

# --- P12 Wise GBP
pn('wise_en_received_gbp.eml', msg(
    simple_hdrs('Wise <noreply@wise.com>', 'clement@aubry-photo.fr', 'You\'ve received 1,200.00 GBP', D('2026-12-01 16:40', '+0000'), 'wise.com', 'w1'),
    M('alternative', [T('Hi Clément Aubry,\n\nWEXFORD STUDIO LTD sent you 1,200.00 GBP. It\'s now in your GBP balance.\n\nReference: INV 0439 AUBRY\n\n'
                        'Thanks,\nThe Wise team\n\nWise Europe SA, Rue du Trône 100, 1050 Brussels. You\'re receiving this because you have a Wise Business account.'),
                      T('<html><body style="font-family:Inter,Arial"><p style="font-size:22px;font-weight:600">1,200.00 GBP has arrived</p>'
                        '<p>Hi Clément Aubry,</p><p>WEXFORD STUDIO LTD sent you 1,200.00 GBP. It\'s now in your GBP balance.</p><p>Reference: INV 0439 AUBRY</p>'
                        '<p>Thanks,<br>The Wise team</p></body></html>', 'html')])),
    'en', 'Wise', 'GBP balance credited', 'in', '1200.00', 'GBP', payer='WEXFORD STUDIO LTD', reference='INV 0439 AUBRY',
    value_date='2026-12-01', cap='yes')

# --- P13 Stripe payment succeeded
pn('stripe_en_payment_succeeded.eml', msg(
    simple_hdrs('Stripe <notifications@stripe.com>', 'clement@aubry-photo.fr', 'Payment of €850.00 from La Bastide Ensoleillée', D('2026-12-02 10:05'),
                'stripe.com', 'st1'),
    M('alternative', [T('Aubry Photo\n\nYou received a payment of €850.00 from La Bastide Ensoleillée (lucie@bastide-ensoleillee.fr).\n\n'
                        'Amount: €850.00\nDescription: Invoice INV-0440\nPayment method: Visa •••• 4242\nDate: Dec 2, 2026\nID: pi_3QfX2mKq8LxZ0a1B0c9Dd7Ee\n\n'
                        'View payment in Dashboard: https://dashboard.stripe.com/payments/pi_3QfX2mKq8LxZ0a1B0c9Dd7Ee\n\n'
                        'You are receiving this email because you are subscribed to successful payment notifications for Aubry Photo. '
                        'Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080'),
                      T(table_html('stripe', '#635bff', 'You received a payment of <b>€850.00</b> from La Bastide Ensoleillée.',
                                   [('Amount', '€850.00'), ('Description', 'Invoice INV-0440'), ('Payment method', 'Visa •••• 4242'), ('Date', 'Dec 2, 2026')],
                                   '<a href="https://dashboard.stripe.com/payments">View payment</a>',
                                   'You are receiving this email because you are subscribed to successful payment notifications for Aubry Photo.', 'en'), 'html')])),
    'en', 'Stripe', 'card payment captured for an invoice', 'in', '850.00', payer='La Bastide Ensoleillée', reference='Invoice INV-0440',
    value_date='2026-12-02', cap='yes', notes='funds reach the bank later in a payout')

# --- P14 PayPal FR received
pn('paypal_fr_vous_avez_recu_un_paiement.eml', msg(
    simple_hdrs('service@paypal.fr', 'clement@aubry-photo.fr', 'Vous avez reçu un paiement', D('2026-11-30 20:18'), 'paypal.com', 'pp1'),
    M('alternative', [T('Bonjour Clément Aubry,\n\nSven Ekström vous a envoyé 300,00 EUR\n\nRemarque de Sven Ekström :\n« Tirages 40x60 x3 – merci ! »\n\n'
                        'Détails de la transaction\nN° de transaction : 7HX91234AB567890C\nDate de transaction : 30 novembre 2026\n\n'
                        'Aide et contact | Sécurité\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. '
                        'Copyright © 1999-2026 PayPal. Tous droits réservés.'),
                      T(table_html('PayPal', '#003087', 'Bonjour Clément Aubry,<br><br><span style="font-size:22px">Sven Ekström vous a envoyé 300,00 EUR</span>',
                                   [('N° de transaction', '7HX91234AB567890C'), ('Date de transaction', '30 novembre 2026'), ('Remarque', 'Tirages 40x60 x3 – merci !')],
                                   '', 'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.'), 'html')])),
    'fr', 'PayPal', 'PayPal "vous a envoyé", note from payer', 'in', '300.00', payer='Sven Ekström', reference='7HX91234AB567890C',
    value_date='2026-11-30', cap='yes')

# --- P15 SumUp invoice paid by card
pn('sumup_fr_facture_payee_carte.eml', msg(
    simple_hdrs('SumUp <no-reply@sumup.com>', 'clement@aubry-photo.fr', 'Paiement reçu : 380,00 € – Facture F-2026-0415', D('2026-12-01 13:02'), 'sumup.com', 'su1'),
    T('<html><body style="font-family:Arial"><p>Bonjour Clément,</p><p>Votre client <b>Nino Esposito</b> a réglé la facture <b>F-2026-0415</b> par carte '
      'via votre lien de paiement.</p><table style="border-collapse:collapse"><tr><td style="padding:4px 12px;border:1px solid #ddd">Montant</td><td style="padding:4px 12px;border:1px solid #ddd">380,00 €</td></tr>'
      '<tr><td style="padding:4px 12px;border:1px solid #ddd">Date</td><td style="padding:4px 12px;border:1px solid #ddd">01/12/2026 12:58</td></tr>'
      '<tr><td style="padding:4px 12px;border:1px solid #ddd">Code transaction</td><td style="padding:4px 12px;border:1px solid #ddd">TEQ4K7ZP2M</td></tr></table>'
      '<p>Le montant sera inclus dans votre prochain versement.</p><p>L\'équipe SumUp</p><p style="font-size:10px;color:#888">SumUp Payments Limited – '
      'Ceci est un e-mail automatique.</p></body></html>', 'html')),
    'fr', 'SumUp', 'HTML-only, invoice paid via payment link', 'in', '380.00', payer='Nino Esposito', reference='F-2026-0415',
    value_date='2026-12-01', cap='yes')

# --- P17 Pennylane-style bank feed match
pn('pennylane_fr_facture_rapprochee.eml', msg(
    simple_hdrs('Pennylane <notifications@pennylane.com>', 'clement@aubry-photo.fr', 'Facture F-2026-0403 payée ✔', D('2026-12-01 07:05'), 'pennylane.com', 'pl1'),
    M('alternative', [T('Bonjour Clément,\n\nBonne nouvelle : nous avons rapproché une transaction bancaire de votre facture client.\n\n'
                        'Facture : F-2026-0403 – Mistral Events\nTransaction : + 1 860,00 € – VIR MISTRAL EVENTS SAS F-2026-0403\n'
                        'Date de l\'opération : 30/11/2026\nStatut de la facture : Payée\n\nVoir la facture : https://app.pennylane.com/\n\n'
                        'Vous recevez cet e-mail car vous avez activé les notifications de paiement client. Pennylane SAS, 4 rue Jules Lefebvre, 75009 Paris.'),
                      T(table_html('Pennylane', '#00343f', 'Bonne nouvelle : nous avons rapproché une transaction bancaire de votre facture client.',
                                   [('Facture', 'F-2026-0403 – Mistral Events'), ('Transaction', '+ 1 860,00 € – VIR MISTRAL EVENTS SAS F-2026-0403'),
                                    ('Date de l\'opération', '30/11/2026'), ('Statut', 'Payée')], '',
                                   'Vous recevez cet e-mail car vous avez activé les notifications de paiement client.'), 'html')])),
    'fr', 'Pennylane', 'accounting tool bank-feed: invoice matched to incoming transfer', 'in', '1860.00', payer='MISTRAL EVENTS SAS',
    reference='F-2026-0403', value_date='2026-11-30', cap='yes', notes='notice from the accounting tool reading the bank feed')

# --- P18 Hello bank!
pn('hellobank_fr_virement_recu.eml', msg(
    simple_hdrs('Hello bank! <noreply@hellobank.fr>', 'clement@aubry-photo.fr', 'Hello ! Un virement vient d\'arriver', D('2026-12-01 08:04'), 'hellobank.fr', 'hb1'),
    M('alternative', [T('Hello Clément,\n\n+990,00 € viennent d\'arriver sur votre compte Hello Pro.\n\nDe : ROOFTOP LA JOLIETTE\nRéf. : F2026-0419\n'
                        'Le : 01/12/2026\n\nHello bank! est une marque de BNP Paribas. Ceci est un message automatique.'),
                      T('<html><body style="font-family:Arial;background:#fff"><p style="font-size:28px;color:#00a0df;font-weight:bold">+990,00 €</p>'
                        '<p>Hello Clément,<br>viennent d\'arriver sur votre compte Hello Pro.</p><p>De : ROOFTOP LA JOLIETTE<br>Réf. : F2026-0419<br>Le : 01/12/2026</p>'
                        '<p style="font-size:10px">Hello bank! est une marque de BNP Paribas. Ceci est un message automatique.</p></body></html>', 'html')])),
    'fr', 'Hello bank!', '"+990,00 €" headline, amount not in subject', 'in', '990.00', payer='ROOFTOP LA JOLIETTE', reference='F2026-0419',
    value_date='2026-12-01', cap='yes')

# --- P21 N26, tu
pn('n26_fr_tu_as_recu.eml', msg(
    simple_hdrs('N26 <no-reply@n26.com>', 'clement@aubry-photo.fr', 'Tu as reçu 780,00 €', D('2026-12-02 15:40'), 'n26.com', 'n1'),
    T('Salut Clément,\n\nMARTINE REBOUL t\'a envoyé 780,00 € sur ton compte N26 Business.\n\nRéférence : Acompte F-2026-0397\n\n'
      'Ton équipe N26\n\nN26 Bank SE, Voltairestraße 8, 10179 Berlin. Cet e-mail a été envoyé automatiquement.')),
    'fr', 'N26', '"Tu as reçu", partial payment from a person', 'in', '780.00', payer='MARTINE REBOUL', reference='Acompte F-2026-0397',
    value_date='2026-12-02', cap='yes', notes='half of the invoice (see lou_pescadou human_reply)')

# --- P28 Caisse d'Epargne
pn('caisse_epargne_fr_virement_recu.eml', msg(
    simple_hdrs("Caisse d'Epargne <alertes@caisse-epargne.fr>", 'clement@aubry-photo.fr', 'Votre alerte : virement reçu de 1 320,00 €', D('2026-12-03 09:15'),
                'caisse-epargne.fr', 'ce1'),
    T('Bonjour,\n\nVotre alerte Caisse d\'Epargne Provence Alpes Corse :\nVirement reçu le 03/12/2026 d\'un montant de 1 320,00 € sur le compte '
      'n° ***8815.\nÉmetteur : LES TERRASSES DU VIEUX PORT\nLibellé : FACTURE AUBRY 0411\n\nCordialement,\nVotre Caisse d\'Epargne\n\n'
      'Ceci est un message automatique, merci de ne pas y répondre.', cs='windows-1252')),
    'fr', "Caisse d'Épargne", 'plain windows-1252 alert', 'in', '1320.00', payer='LES TERRASSES DU VIEUX PORT', reference='FACTURE AUBRY 0411',
    value_date='2026-12-03', cap='yes')

# --- P24 client remittance advice (FR, SAP style)
pn('phocea_fr_avis_de_paiement_sap.eml', msg(
    simple_hdrs('GROUPE PHOCEA RESTAURATION <noreply-sap@phocea-restauration.fr>', 'clement@aubry-photo.fr', 'AVIS DE PAIEMENT N° 2026-004512',
                D('2026-12-04 05:02'), 'phocea-restauration.fr', 'sap1'),
    M('mixed', [T('Madame, Monsieur,\n\nNous vous informons que nous avons procédé au règlement des pièces suivantes :\n\n'
                  'N° pièce      Votre réf.     Date pièce   Montant\n5100045871    F-2026-0371    30/09/2026   1 300,00 EUR\n\n'
                  'Total réglé : 1 300,00 EUR\nMode de règlement : Virement SEPA\nDate de règlement : 04/12/2026\n\n'
                  'Fournisseur : 400318 AUBRY CLEMENT\n\nCe message est généré automatiquement par notre système comptable. Merci de ne pas y répondre.', cs='iso-8859-1'),
                A('AVIS_PAIEMENT_2026-004512.pdf', 'application/pdf', fake_pdf('AVIS DE PAIEMENT 2026-004512 - F-2026-0371 - 1300,00 EUR'))])),
    'fr', 'Groupe Phocéa Restauration (SAP)', 'client accounts-system remittance advice with PDF', 'in', '1300.00',
    payer='GROUPE PHOCEA RESTAURATION', reference='F-2026-0371', value_date='2026-12-04', cap='no_claim',
    notes='remittance advice: money not yet seen by the bank')

# --- P25 EN remittance advice
pn('ashcombe_en_remittance_advice.eml', msg(
    simple_hdrs('Ashcombe Hotels plc - Purchase Ledger <remittances@ashcombehotels.co.uk>', 'clement@aubry-photo.fr', 'Remittance Advice - Payment Ref 00098812',
                D('2026-12-03 06:30', '+0000'), 'ashcombehotels.co.uk', 'rem2'),
    T('REMITTANCE ADVICE\n\nSupplier: AUBRY PHOTO (Supplier No. S-20417)\nPayment reference: 00098812\nPayment date: 03/12/2026\nPayment method: BACS/SEPA\n\n'
      'Invoice No.     Invoice Date    Amount\nINV-0429        15/10/2026      EUR 980.00\n\nTotal paid: EUR 980.00\n\n'
      'Please allow 3-5 working days for funds to clear. This is an automated message; replies to this mailbox are not monitored.')),
    'en', 'Ashcombe Hotels (purchase ledger)', 'English automated remittance advice', 'in', '980.00', payer='Ashcombe Hotels plc',
    reference='00098812', value_date='2026-12-03', cap='no_claim')

# --- P26 Stripe payout (aggregate)
pn('stripe_en_payout_paid_aggregate.eml', msg(
    simple_hdrs('Stripe <notifications@stripe.com>', 'clement@aubry-photo.fr', 'Your €1,940.20 payout is on its way to your bank', D('2026-12-03 03:12', '+0000'), 'stripe.com', 'st2'),
    T('Aubry Photo\n\nA payout of €1,940.20 was sent to your bank account QONTO •••• 0123. It should arrive by Dec 4, 2026.\n\n'
      'Payout ID: po_1QgA7zKq8LxZ0a1BcD3eF4gH\nTransactions included: 5 charges, 1 refund, fees €42.80\n\n'
      'View payout: https://dashboard.stripe.com/payouts/po_1QgA7zKq8LxZ0a1BcD3eF4gH\n\nYou are receiving this email because you are subscribed to payout notifications.')),
    'en', 'Stripe', 'payout bundling several payments', 'in', '1940.20', payer='', reference='po_1QgA7zKq8LxZ0a1BcD3eF4gH', value_date='2026-12-04',
    cap='no_aggregate', notes='value_date = expected arrival date')

# --- P27 SumUp payout
pn('sumup_fr_versement_en_route.eml', msg(
    simple_hdrs('SumUp <no-reply@sumup.com>', 'clement@aubry-photo.fr', 'Votre versement de 612,45 € est en route', D('2026-12-02 06:00'), 'sumup.com', 'su2'),
    M('alternative', [T('Bonjour Clément,\n\nNous avons initié un versement de 612,45 € vers votre compte bancaire se terminant par 0123.\n\n'
                        'Période : 30/11/2026 – 01/12/2026\nNombre de transactions : 4\nFrais : 10,55 €\n\nLe délai de réception dépend de votre banque (1 à 2 jours ouvrés).\n\n'
                        'L\'équipe SumUp'),
                      T('<p>Bonjour Clément,</p><p>Nous avons initié un versement de <b>612,45 €</b> vers votre compte bancaire se terminant par 0123.</p>'
                        '<p>Période : 30/11/2026 – 01/12/2026<br>Nombre de transactions : 4<br>Frais : 10,55 €</p><p>L\'équipe SumUp</p>', 'html')])),
    'fr', 'SumUp', 'payout of several card payments', 'in', '612.45', reference='', value_date='2026-12-02', cap='no_aggregate')

# ---------------- payment notifications that are NOT money in
# --- N1 Qonto card payment
pn('qonto_fr_paiement_carte_adobe.eml', msg(
    simple_hdrs('Qonto <no-reply@qonto.com>', OWNER, 'Paiement par carte de 71,99 € chez ADOBE *CREATIVE CLOUD', D('2026-12-01 02:14'), 'qonto.com', 'q3'),
    M('alternative', [T('Bonjour Clément,\n\nUn paiement de 71,99 € a été effectué avec votre carte One •••• 8841.\n\nMarchand : ADOBE *CREATIVE CLOUD\n'
                        'Date : 01/12/2026\n\nN\'oubliez pas d\'ajouter le justificatif de cette transaction.\n\nL\'équipe Qonto\n\n' + QONTO_FOOT),
                      T(table_html('Qonto', '#1d1d1b', 'Bonjour Clément,<br><br>Un paiement a été effectué avec votre carte <b>One •••• 8841</b>.',
                                   [('Montant', '- 71,99 €'), ('Marchand', 'ADOBE *CREATIVE CLOUD'), ('Date', '01/12/2026')],
                                   'N\'oubliez pas d\'ajouter le justificatif de cette transaction.', QONTO_FOOT), 'html')])),
    'fr', 'Qonto', 'card payment (debit)', 'out', '71.99', reference='ADOBE *CREATIVE CLOUD', value_date='2026-12-01')

# --- N2 Shine outgoing transfer
pn('shine_fr_tu_virement_envoye.eml', msg(
    simple_hdrs('Shine <notifications@shine.fr>', OWNER, 'Ton virement de 320,00 € est parti', D('2026-12-02 10:12'), 'shine.fr', 's2'),
    T('Hello Clément,\n\nTon virement de 320,00 € à LOCA CINE MARSEILLE a bien été envoyé.\n\nMotif : Location Aputure 600d + pieds\n'
      'Date d\'exécution : 02/12/2026\n\nIl arrivera sur le compte du bénéficiaire en quelques secondes (virement instantané).\n\nL\'équipe Shine\n\n'
      'Tu reçois cet e-mail car tu as effectué un virement depuis ton compte Shine.')),
    'fr', 'Shine', 'outgoing instant transfer', 'out', '320.00', reference='Location Aputure 600d + pieds', value_date='2026-12-02')

# --- N3 BNP direct debit URSSAF
pn('bnp_fr_prelevement_urssaf.eml', msg(
    simple_hdrs('BNP Paribas <ne-pas-repondre@alertes.bnpparibas.net>', 'clement@aubry-photo.fr', 'Alerte Mes Comptes : opération débitrice',
                D('2026-12-04 07:10'), 'alertes.bnpparibas.net', 'b2'),
    T('Madame, Monsieur,\n\nUne opération débitrice d\'un montant de 1 284,00 EUR a été enregistrée le 04/12/2026 sur votre compte '
      'COMPTE CHEQUES PRO n° ****8842.\n\nLibellé de l\'opération :\nPRLV SEPA URSSAF PROVENCE-ALPES-COTE D AZUR /MOTIF COTISATIONS NOV 2026 /RUM 117U0012345678\n\n'
      'Cordialement,\nVotre Conseiller BNP Paribas\n\n---\nCe message vous est adressé automatiquement dans le cadre du service d\'alertes '
      'que vous avez souscrit. Merci de ne pas y répondre.', cs='iso-8859-1')),
    'fr', 'BNP Paribas', 'SEPA direct debit taken (URSSAF)', 'out', '1284.00', reference='COTISATIONS NOV 2026', value_date='2026-12-04')

# --- N4 Société Générale card refund
pn('societe_generale_fr_remboursement_carte.eml', msg(
    simple_hdrs('Société Générale <ne-pas-repondre@societegenerale.fr>', 'clement@aubry-photo.fr', 'Alerte SG : remboursement sur votre carte',
                D('2026-12-03 08:44'), 'societegenerale.fr', 'sg2'),
    T('Bonjour,\n\nUn remboursement de 129,00 EUR a été effectué sur votre carte Visa Business n° XXXX XXXX XXXX 5530.\n\n'
      'Commerçant : PHOTO ESSENTIEL MARSEILLE\nDate : 02/12/2026\n\nIl apparaîtra sur votre compte dans les prochains jours.\n\nSociété Générale\n\n'
      'Ce message est envoyé automatiquement, merci de ne pas y répondre.')),
    'fr', 'Société Générale', 'merchant refund on card', 'refund', '129.00', reference='PHOTO ESSENTIEL MARSEILLE', value_date='2026-12-02')

# --- N5 PayPal refund sent
pn('paypal_fr_remboursement_envoye.eml', msg(
    simple_hdrs('service@paypal.fr', 'clement@aubry-photo.fr', 'Vous avez remboursé 45,00 EUR à Sven Ekström', D('2026-12-02 18:30'), 'paypal.com', 'pp2'),
    T('Bonjour Clément Aubry,\n\nVous avez envoyé un remboursement de 45,00 EUR à Sven Ekström.\n\nN° de transaction du remboursement : 2LK55012CD3344871\n'
      'Transaction d\'origine : 7HX91234AB567890C\nMotif : Frais de port – tirage endommagé\n\nIl peut s\'écouler quelques jours avant que le '
      'remboursement apparaisse sur le compte de l\'acheteur.\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A. Ne répondez pas à cet e-mail.')),
    'fr', 'PayPal', 'refund issued by the owner', 'refund', '45.00', reference='2LK55012CD3344871', value_date='2026-12-02')

# --- N6 Stripe dispute
pn('stripe_en_payment_disputed.eml', msg(
    simple_hdrs('Stripe <notifications@stripe.com>', 'clement@aubry-photo.fr', 'A €420.00 payment has been disputed', D('2026-12-01 11:20', '+0000'), 'stripe.com', 'st3'),
    M('alternative', [T('Aubry Photo\n\nA customer has disputed a €420.00 payment from marc.dubreuil@example.com.\n\nReason: Fraudulent\n'
                        'Dispute amount: €420.00\nDispute fee: €20.00\nRespond by: Dec 10, 2026\n\nThe disputed amount and dispute fee have been '
                        'deducted from your balance. Submit evidence in the Dashboard to challenge the dispute.\n\n'
                        'https://dashboard.stripe.com/disputes/dp_1QfZ8aKq8LxZ0a1BxYz0Ab12\n\nStripe, 354 Oyster Point Blvd, South San Francisco, CA 94080'),
                      T(table_html('stripe', '#635bff', 'A customer has disputed a <b>€420.00</b> payment.',
                                   [('Reason', 'Fraudulent'), ('Dispute fee', '€20.00'), ('Respond by', 'Dec 10, 2026')],
                                   'The disputed amount and dispute fee have been deducted from your balance.', 'Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080', 'en'), 'html')])),
    'en', 'Stripe', 'chargeback / dispute opened', 'chargeback', '420.00', reference='dp_1QfZ8aKq8LxZ0a1BxYz0Ab12', value_date='2026-12-01')

# --- N7 PayPal dispute
pn('paypal_fr_litige_ouvert.eml', msg(
    simple_hdrs('PayPal <service@paypal.fr>', 'clement@aubry-photo.fr', 'Un litige a été ouvert (Réf. PP-D-58214477)', D('2026-12-04 09:02'), 'paypal.com', 'pp3'),
    T('Bonjour Clément Aubry,\n\nKestrel Media LLC a ouvert un litige pour un paiement de 300,00 USD (objet non conforme à la description).\n\n'
      'N° de transaction : 9RT22871EE5512300\nDate du paiement : 12 novembre 2026\nRéférence du litige : PP-D-58214477\n\n'
      'Nous avons placé une réserve temporaire sur le montant concerné. Répondez à l\'acheteur depuis le Centre de résolution avant le 24 décembre 2026.\n\n'
      'Cordialement,\nPayPal')),
    'fr', 'PayPal', 'dispute opened, funds on hold', 'chargeback', '300.00', 'USD', reference='PP-D-58214477', value_date='2026-11-12')

# --- N8 Stripe payout failed
pn('stripe_en_payout_failed.eml', msg(
    simple_hdrs('Stripe <notifications@stripe.com>', 'clement@aubry-photo.fr', 'Action required: your payout of €1,212.40 failed', D('2026-11-30 05:40', '+0000'), 'stripe.com', 'st4'),
    T('Aubry Photo\n\nYour payout of €1,212.40 to BNP PARIBAS •••• 8842 failed because the bank account is closed (account_closed).\n\n'
      'The funds have been returned to your Stripe balance. Update your bank account details to receive future payouts:\n'
      'https://dashboard.stripe.com/settings/payouts\n\nPayout ID: po_1QeB2cKq8LxZ0a1BaA9bB8cC\n\n'
      'You are receiving this email because you are subscribed to payout notifications.')),
    'en', 'Stripe', 'payout failed (account closed)', 'failed', '1212.40', reference='po_1QeB2cKq8LxZ0a1BaA9bB8cC', value_date='2026-11-30')

# --- N9 GoCardless failed direct debit
pn('gocardless_fr_prelevement_echoue.eml', msg(
    simple_hdrs('GoCardless <notifications@gocardless.com>', 'clement@aubry-photo.fr', 'Échec d\'un paiement : Les Gourmandises de Fred – 450,00 €',
                D('2026-12-03 16:20'), 'gocardless.com', 'gc1'),
    M('alternative', [T('Bonjour Clément,\n\nLe prélèvement de 450,00 € auprès de Les Gourmandises de Fred a échoué.\n\nMotif communiqué par la banque : '
                        'provision insuffisante (AM04)\nRéférence : ABONNEMENT CONTENU DEC 2026\nDate de prélèvement prévue : 02/12/2026\n\n'
                        'Nous ne retenterons pas ce paiement automatiquement. Vous pouvez le relancer depuis votre tableau de bord.\n\n'
                        'L\'équipe GoCardless\n\nGoCardless SAS, établissement de paiement. Vous recevez cet e-mail car vous êtes administrateur du compte Aubry Photo.'),
                      T(table_html('GoCardless', '#1c1b18', 'Le prélèvement auprès de <b>Les Gourmandises de Fred</b> a échoué.',
                                   [('Montant', '450,00 €'), ('Motif', 'provision insuffisante (AM04)'), ('Référence', 'ABONNEMENT CONTENU DEC 2026')],
                                   'Nous ne retenterons pas ce paiement automatiquement.', 'GoCardless SAS, établissement de paiement.'), 'html')])),
    'fr', 'GoCardless', 'direct debit from a client failed', 'failed', '450.00', reference='ABONNEMENT CONTENU DEC 2026', value_date='2026-12-02')

# --- N10 Wise outgoing returned
pn('wise_en_transfer_bounced_back.eml', msg(
    simple_hdrs('Wise <noreply@wise.com>', 'clement@aubry-photo.fr', 'Your transfer to Lumière Studio Rental bounced back', D('2026-12-02 12:10', '+0000'), 'wise.com', 'w2'),
    T('Hi Clément Aubry,\n\nThe 260.00 EUR you sent to Lumière Studio Rental on 30 November was returned by their bank: the account number is incorrect.\n\n'
      'We\'ve put 260.00 EUR back in your EUR balance. Transfer #1283344590\n\nCheck the recipient\'s details and try again.\n\nThe Wise team')),
    'en', 'Wise', 'outgoing transfer returned', 'failed', '260.00', reference='#1283344590', value_date='2026-12-02')

# --- N11 Qonto outgoing transfer rejected
pn('qonto_fr_virement_non_abouti.eml', msg(
    simple_hdrs('Qonto <no-reply@qonto.com>', OWNER, 'Votre virement n\'a pas pu aboutir', D('2026-12-01 15:22'), 'qonto.com', 'q4'),
    T('Bonjour Clément,\n\nVotre virement de 540,00 € vers OPTIQUE & PIXEL SARL n\'a pas pu aboutir : la banque du bénéficiaire l\'a rejeté '
      '(motif : compte clôturé).\n\nLe montant a été recrédité sur votre compte principal.\n\nRéférence : FACTURE FO-8812\n\nL\'équipe Qonto\n\n' + QONTO_FOOT)),
    'fr', 'Qonto', 'outgoing transfer rejected and re-credited', 'failed', '540.00', reference='FACTURE FO-8812', value_date='2026-12-01',
    notes='money comes back to the owner but it is his own returned transfer, not a client payment')

# --- N12 LCL statement
pn('lcl_fr_releve_disponible.eml', msg(
    simple_hdrs('LCL <noreply@information.lcl.fr>', 'clement@aubry-photo.fr', 'Votre relevé de compte de novembre est disponible', D('2026-12-02 05:31'), 'information.lcl.fr', 'lcl1'),
    M('alternative', [T('Bonjour Monsieur AUBRY,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client, rubrique '
                        'e-Documents.\n\nCompte : COMPTE PROFESSIONNEL n° ****3617\nPériode : du 01/11/2026 au 30/11/2026\n\nNous vous rappelons que LCL ne vous '
                        'demandera jamais vos identifiants par e-mail.\n\nLCL – Le Crédit Lyonnais SA au capital de 2 037 713 591 € – SIREN 954 509 741 RCS Lyon.'),
                      T('<html><body style="font-family:Arial"><div style="background:#11288b;color:#ffd100;padding:12px;font-size:22px;font-weight:bold">LCL</div>'
                        '<p>Bonjour Monsieur AUBRY,</p><p>Votre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client, rubrique e-Documents.</p>'
                        '<p>Compte : COMPTE PROFESSIONNEL n° ****3617<br>Période : du 01/11/2026 au 30/11/2026</p></body></html>', 'html')])),
    'fr', 'LCL', 'monthly statement available', 'statement', currency='')

# --- N13 Crédit Agricole low balance alert
pn('credit_agricole_fr_alerte_solde_bas.eml', msg(
    simple_hdrs('Crédit Agricole Alpes Provence <alerte@ca-alpesprovence.fr>', 'clement@aubry-photo.fr', 'Alerte solde : compte ...4471', D('2026-11-30 06:40'),
                'ca-alpesprovence.fr', 'ca2'),
    T('Bonjour,\n\nLe solde de votre compte courant professionnel n° ...4471 est passé sous le seuil de 500,00 EUR que vous avez défini.\n'
      'Solde au 30/11/2026 : 312,58 EUR\n\nVotre Caisse régionale Crédit Agricole Alpes Provence\n\nCeci est un message automatique, merci de ne pas y répondre.')),
    'fr', 'Crédit Agricole', 'low balance alert', 'statement', '312.58', value_date='2026-11-30', notes='amount = balance, not a movement')

# --- N14 Revolut incoming transfer on hold
pn('revolut_business_en_incoming_on_hold.eml', msg(
    simple_hdrs('Revolut Business <no-reply@revolut.com>', 'clement@aubry-photo.fr', 'Action needed: incoming transfer on hold', D('2026-12-03 17:48'), 'revolut.com', 'rv2'),
    T('Hi Clément,\n\nWe\'ve received a transfer of €4,200.00 from BLUEWAVE YACHT CHARTERS SARL to your Aubry Photo account. Before we can add '
      'it to your balance, we need a bit more information about this payment (for example an invoice or contract).\n\n'
      'Please upload the documents in the app within 5 days. Until then, the funds stay on hold and are not available.\n\n'
      'Revolut Business\n\nYou are receiving this email because it concerns your account security and compliance.')),
    'en', 'Revolut Business', 'incoming transfer held for review, not credited', 'none', '4200.00', payer='BLUEWAVE YACHT CHARTERS SARL',
    notes='money not available yet; payer filled for information')

# --- N15 PayPal pending eCheck
pn('paypal_en_pending_echeck.eml', msg(
    simple_hdrs('service@paypal.com', 'clement@aubry-photo.fr', 'You\'ve got a pending payment', D('2026-12-02 22:05'), 'paypal.com', 'pp4'),
    T('Hello Clément Aubry,\n\nKestrel Media LLC sent you $600.00 USD by eCheck. This payment is pending and will clear in 3-5 business days. '
      'We\'ll email you when the money is available in your account.\n\nTransaction ID: 4FG12399XY7781200\n\nDon\'t ship or deliver anything '
      'until the payment has cleared.\n\nPayPal')),
    'en', 'PayPal', 'eCheck pending, not cleared', 'none', '600.00', 'USD', payer='Kestrel Media LLC', reference='4FG12399XY7781200')

# --- N16 Wise "is on its way"
pn('wise_en_money_on_its_way.eml', msg(
    simple_hdrs('Wise <noreply@wise.com>', 'clement@aubry-photo.fr', 'Harbourline Creative Ltd is sending you 1,750.00 EUR', D('2026-11-30 14:20', '+0000'), 'wise.com', 'w3'),
    T('Hi Clément Aubry,\n\nHarbourline Creative Ltd is sending you 1,750.00 EUR. It should arrive in your account by 3 December.\n\n'
      'Reference: INV-0435\n\nWe\'ll let you know when it\'s arrived.\n\nThe Wise team')),
    'en', 'Wise', 'announced incoming transfer, not arrived yet', 'none', '1750.00', payer='Harbourline Creative Ltd', reference='INV-0435',
    value_date='2026-12-03', notes='value_date = expected arrival')

# --- N17 BoursoBank card payment
pn('boursobank_fr_paiement_carte.eml', msg(
    simple_hdrs('BoursoBank <noreply@boursobank.com>', 'clement@aubry-photo.fr', 'Paiement par carte de 1 349,00 €', D('2026-12-03 16:01'), 'boursobank.com', 'bb2'),
    T('Bonjour Clément,\n\nUn paiement par carte de 1 349,00 € a été autorisé chez PHOTO STORE MARSEILLE le 03/12/2026 à 15:58.\n\n'
      'Si vous n\'êtes pas à l\'origine de cette opération, faites opposition immédiatement depuis votre application.\n\nBoursoBank')),
    'fr', 'BoursoBank', 'card payment authorised', 'out', '1349.00', reference='PHOTO STORE MARSEILLE', value_date='2026-12-03')

# --- N18 CIC transfer sent (rent)
pn('cic_fr_virement_emis_loyer.eml', msg(
    simple_hdrs('CIC <alertes@cic.fr>', 'clement@aubry-photo.fr', 'Confirmation de virement', D('2026-12-01 08:00'), 'cic.fr', 'cic2'),
    T('CIC - Confirmation de virement\n\nVous avez ordonné le virement suivant :\n\nCompte débité : 30066 10947 00020xxxx01\nBénéficiaire : SCI LES DOCKS 13\n'
      'Montant : 850,00 EUR\nMotif : LOYER ATELIER DECEMBRE 2026\nDate d\'exécution : 01/12/2026\n\nCe message est généré automatiquement. Merci de ne pas y répondre.',
      cs='iso-8859-15')),
    'fr', 'CIC', 'outgoing transfer confirmation (rent)', 'out', '850.00', reference='LOYER ATELIER DECEMBRE 2026', value_date='2026-12-01')

# --- N19 Mollie refund
pn('mollie_en_refund_processed.eml', msg(
    simple_hdrs('Mollie <noreply@mollie.com>', 'clement@aubry-photo.fr', 'Refund of €250.00 processed', D('2026-12-01 10:44'), 'mollie.com', 'mo1'),
    T('Hi Aubry Photo,\n\nThe refund of €250.00 for payment tr_7UhSN1zuXS (iDEAL, J. van Leeuwen) has been processed.\n\nDescription: Workshop '
      'portrait 12/12 - annulation\nRefund ID: re_4qqhO89gsT\n\nThe amount has been deducted from your Mollie balance.\n\nMollie B.V., Keizersgracht 126, Amsterdam')),
    'en', 'Mollie', 'refund to a customer', 'refund', '250.00', reference='re_4qqhO89gsT', value_date='2026-12-01')

# --- N21 PayPlug card refused
pn('payplug_fr_paiement_refuse.eml', msg(
    simple_hdrs('PayPlug <notification@payplug.com>', 'clement@aubry-photo.fr', 'Paiement refusé – 850,00 € – Résidence Les Goudes', D('2026-12-03 12:30'), 'payplug.com', 'py1'),
    M('alternative', [T('Bonjour,\n\nUne tentative de paiement de 850,00 € par Résidence Les Goudes (contact@residence-lesgoudes.fr) a été refusée.\n\n'
                        'Motif : refus de la banque émettrice (fonds insuffisants)\nRéférence : F-2026-0420\n\nAucun montant n\'a été encaissé. Votre client peut '
                        'réessayer avec le même lien de paiement.\n\nL\'équipe PayPlug\n\nCeci est un message automatique, merci de ne pas y répondre.'),
                      T(table_html('PayPlug', '#00b99e', 'Une tentative de paiement a été <b>refusée</b>.',
                                   [('Montant', '850,00 €'), ('Client', 'Résidence Les Goudes'), ('Motif', 'refus de la banque émettrice'), ('Référence', 'F-2026-0420')],
                                   'Aucun montant n\'a été encaissé.', 'Ceci est un message automatique, merci de ne pas y répondre.'), 'html')])),
    'fr', 'PayPlug', 'client card payment refused', 'failed', '850.00', reference='F-2026-0420', value_date='2026-12-03')

# --- N22 Banque Populaire direct debit (insurance)
pn('banque_populaire_fr_prelevement_assurance.eml', msg(
    simple_hdrs('Banque Populaire Méditerranée <alertes@bpmed.fr>', 'clement@aubry-photo.fr', 'Cyberplus - Alerte opération', D('2026-12-04 06:15'), 'bpmed.fr', 'bp1'),
    T('Cyberplus - votre service d\'alertes\n\nLe 04/12/2026, l\'opération suivante a été enregistrée sur votre compte ****2290 :\n\n'
      'PRLV SEPA HISCOX RC PRO ECH 12/2026     -38,50 EUR\n\nBanque Populaire Méditerranée\nCe message est envoyé automatiquement.', cs='windows-1252')),
    'fr', 'Banque Populaire', 'direct debit (insurance premium), sign only in the line', 'out', '38.50', reference='HISCOX RC PRO ECH 12/2026', value_date='2026-12-04')

# --- N23 Fortuneo standing order executed
pn('fortuneo_fr_virement_permanent_execute.eml', msg(
    simple_hdrs('Fortuneo <noreply@fortuneo.fr>', 'clement@aubry-photo.fr', 'Votre virement permanent a été exécuté', D('2026-12-01 06:50'), 'fortuneo.fr', 'fo1'),
    T('Bonjour,\n\nVotre virement permanent de 400,00 € vers votre Livret + a été exécuté le 01/12/2026.\n\nFortuneo')),
    'fr', 'Fortuneo', 'standing order to savings', 'out', '400.00', reference='virement permanent', value_date='2026-12-01')

# ================================================================ AUTO REPLIES
AR = 'auto_reply'

def ar(fname, data, lang, group, pattern, facts='', notes=''):
    add(fname, AR, data, lang, group, pattern, facts=facts, notes=notes)

# --- A1 Outlook FR "Réponse automatique :" with return date
ar('lepanorama_fr_outlook_reponse_automatique.eml', msg(
    hdrs('Sandrine Morel <s.morel@hotel-lepanorama.fr>', 'Réponse automatique : ' + SFR(427), D('2026-11-30 08:03'), 'hotel-lepanorama.fr', 'a1',
         irt=rmid(427), extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 's.morel@hotel-lepanorama.fr'),
                               ('Thread-Topic', SFR(427)), ('Content-Language', 'fr-FR')]),
    M('alternative', [T('Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre.\nEn cas d\'urgence, vous pouvez joindre la réception au 04 91 00 18 22.\n\n'
                        'Cordialement,\nSandrine Morel\nResponsable communication – Hôtel Le Panorama'),
                      T('<html><body><p>Bonjour,</p><p>Je suis absente du bureau et serai de retour le lundi 7 décembre.<br>En cas d\'urgence, vous pouvez joindre '
                        'la réception au 04 91 00 18 22.</p><p>Cordialement,<br>Sandrine Morel<br>Responsable communication – Hôtel Le Panorama</p></body></html>', 'html')])),
    'fr', 'Hôtel Le Panorama (Exchange)', 'Outlook "Réponse automatique :", Auto-Submitted, return date', facts='ooo_until=2026-12-07')

# --- A2 Gmail vacation responder FR
ar('atelier_nomade_fr_gmail_vacances.eml', msg(
    hdrs('Chloé Barret <chloe@atelier-nomade.fr>', 'Absente jusqu\'au 14 décembre', D('2026-11-30 08:04'), 'mail.gmail.com', 'a2', irt=rmid(428),
         extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'), ('X-Autoreply', 'yes')]),
    M('alternative', [T('Bonjour,\n\nMerci pour votre message. Je suis en déplacement sur un salon à l\'étranger avec un accès très limité à mes e-mails, '
                        'jusqu\'au 14 décembre. Je vous répondrai dès mon retour.\n\nChloé'),
                      T('<div dir="ltr">Bonjour,<br><br>Merci pour votre message. Je suis en déplacement sur un salon à l\'étranger avec un accès très limité à mes '
                        'e-mails, jusqu\'au 14 décembre. Je vous répondrai dès mon retour.<br><br>Chloé</div>', 'html')])),
    'fr', 'Atelier Nomade (Gmail)', 'Gmail vacation responder with custom subject', facts='ooo_until=2026-12-14',
    notes='"jusqu\'au 14 décembre": coded as the return date')

# --- A3 absence without any auto headers
ar('cave_saint_victor_fr_absence_sans_entetes.eml', msg(
    [('From', 'La Cave Saint-Victor <contact@cave-saintvictor.fr>'), ('To', OWNER), ('Subject', 'Absence du bureau'), ('Date', D('2026-12-01 08:02')),
     ('Message-ID', mid('a3', 'cave-saintvictor.fr'))],
    T('Bonjour,\n\nNous sommes actuellement fermés pour inventaire. Votre message sera traité à notre réouverture.\n\nPour toute urgence : 06 44 21 87 03.\n\n'
      'La Cave Saint-Victor\n', cs='iso-8859-1')),
    'fr', 'La Cave Saint-Victor', 'absence notice with no Auto-Submitted/X-Autoreply headers, no In-Reply-To, no date')

# --- A4 Exchange EN with return date
ar('meridian_en_automatic_reply_until_wed.eml', msg(
    hdrs('James Whitfield <j.whitfield@meridian-events.co.uk>', 'Automatic reply: Reminder: invoice INV-0441 is overdue', D('2026-11-30 07:01', '+0000'),
         'meridian-events.co.uk', 'a4', irt=rmid(441), extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                                                              ('X-MS-Exchange-Inbox-Rules-Loop', 'j.whitfield@meridian-events.co.uk')]),
    T('Thank you for your email. I am out of the office until Wednesday 9 December with no access to email.\n\nFor invoice or payment queries please '
      'contact accounts@meridian-events.co.uk, who will be happy to help.\n\nKind regards,\nJames')),
    'en', 'Meridian Events (Exchange)', 'English OOO with redirect to accounts', facts='ooo_until=2026-12-09')

# --- A5 EN parental leave, no date
ar('solace_en_parental_leave_no_date.eml', msg(
    hdrs('Nina Okafor <nina@solace-interiors.com>', 'Re: Reminder: invoice INV-0442 is overdue', D('2026-11-30 07:02', '-0500'), 'solace-interiors.com', 'a5',
         irt=rmid(442), extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')]),
    T('Hello,\n\nThank you for reaching out. I am currently on parental leave and not checking this inbox. Your email will not be forwarded.\n\n'
      'For anything urgent, please contact my colleague Ben at ben@solace-interiors.com.\n\nWarmly,\nNina')),
    'en', 'Solace Interiors', 'EN leave notice, no return date, Re: subject')

# --- A6 FR accounts-payable acknowledgement with payment terms
ar('groupe_azurea_fr_accuse_service_fournisseurs.eml', msg(
    hdrs('Service Comptabilité Fournisseurs <factures@groupe-azurea.fr>', 'Accusé de réception : ' + SFR(429), D('2026-11-30 08:05'), 'groupe-azurea.fr', 'a6',
         irt=rmid(429), extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')]),
    T('Bonjour,\n\nNous accusons réception de votre message, qui sera traité par notre équipe dans les meilleurs délais.\n\n'
      'Pour rappel :\n- les factures sont réglées à 60 jours date de facture, par virement, lors de nos campagnes de paiement du 10 et du 25 de chaque mois ;\n'
      '- toute facture doit mentionner le numéro de bon de commande ;\n- les relances ne sont pas traitées avant l\'échéance.\n\n'
      'Ce message est envoyé automatiquement. Merci de ne pas y répondre.\n\nService Comptabilité Fournisseurs – Groupe Azuréa')),
    'fr', 'Groupe Azuréa (AP mailbox)', 'accounts-payable autoresponder stating payment terms and run dates',
    notes='mentions payment dates (10th/25th) generically: not a promise')

# --- A7 EN AP autoresponder
ar('northgate_en_accounts_payable_autoresponse.eml', msg(
    hdrs('Accounts Payable <ap@northgate-leisure.com>', 'RE: Reminder: invoice INV-0443 is overdue [Auto-Response]', D('2026-11-30 07:03', '+0000'),
         'northgate-leisure.com', 'a7', irt=rmid(443), extra=[('Auto-Submitted', 'auto-replied')]),
    T('Thank you for contacting Northgate Leisure Accounts Payable.\n\nThis mailbox receives a high volume of emails. Please note:\n'
      '* Invoices are paid in our weekly payment run (Thursdays), 45 days from receipt of a valid invoice.\n* Invoices must quote a valid PO number.\n'
      '* To check the status of an invoice, please use the Supplier Portal.\n\nWe aim to respond to queries within 5 working days.\n\n'
      'This is an automated response.')),
    'en', 'Northgate Leisure (AP mailbox)', 'EN AP autoresponder mentioning "payment run (Thursdays)"',
    notes='mentions a payment run weekday generically: not a promise')

# --- A8 Zendesk-style FR ticket
ar('stayhub_fr_zendesk_demande_recue.eml', msg(
    hdrs('Support StayHub <support@stayhub-hotels.fr>', '[Demande #48213] ' + SFR(430), D('2026-11-30 08:06'), 'stayhub-hotels.fr', 'a8', irt=rmid(430),
         extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'), ('Reply-To', 'Support StayHub <support+id48213@stayhub-hotels.fr>')]),
    M('alternative', [T('##- Veuillez écrire votre réponse au-dessus de cette ligne -##\n\nBonjour Clément Aubry,\n\nVotre demande (48213) a bien été reçue et est en cours '
                        'de traitement par notre équipe. Nous vous répondrons dans un délai de 48 h ouvrées.\n\nPour ajouter des commentaires, répondez simplement à cet e-mail.\n\n'
                        'L\'équipe StayHub'),
                      T('<p style="color:#b5b5b5">##- Veuillez écrire votre réponse au-dessus de cette ligne -##</p><p>Bonjour Clément Aubry,</p><p>Votre demande (48213) '
                        'a bien été reçue et est en cours de traitement par notre équipe. Nous vous répondrons dans un délai de 48 h ouvrées.</p><p>L\'équipe StayHub</p>', 'html')])),
    'fr', 'StayHub (Zendesk)', 'helpdesk ticket acknowledgement')

# --- A9 Freshdesk EN
ar('portside_en_freshdesk_ticket_received.eml', msg(
    hdrs('Portside Events Finance <finance@portside-events.com>', 'Ticket Received - Reminder: invoice INV-0444 is overdue', D('2026-11-30 07:05', '+0000'),
         'portside-events.com', 'a9', irt=rmid(444), extra=[('Auto-Submitted', 'auto-generated'), ('X-Freshdesk-Ticket', '7781')]),
    T('Dear Clément Aubry,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\nTicket ID: #7781\n\n'
      'A finance team member will review your request and respond shortly.\n\nPlease do not change the subject line when replying.\n\nPortside Events Finance')),
    'en', 'Portside Events (Freshdesk)', 'helpdesk ticket acknowledgement')

# --- A10 MDN FR (Outlook read receipt)
mdn_fields = ('Reporting-UA: lagrandebleue-hotel.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;a.martin@lagrandebleue-hotel.fr\n'
              'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % rmid(431 + 100))
ar('grande_bleue_fr_accuse_lecture_lu.eml', msg(
    [('From', 'Anne Martin <a.martin@lagrandebleue-hotel.fr>'), ('To', OWNER), ('Subject', 'Lu : ' + SFR(531)), ('Date', D('2026-12-01 09:12')),
     ('Message-ID', mid('a10', 'lagrandebleue-hotel.fr')), ('In-Reply-To', rmid(531)), ('References', rmid(531))],
    M('report', [T('Votre message\n\n  À : Anne Martin\n  Objet : ' + SFR(531) + '\n  Envoyé : lundi 30 novembre 2026 08:01:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n'
                   'a été lu le mardi 1 décembre 2026 09:12:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.'),
                 R('message/disposition-notification', mdn_fields)], extra_ct='; report-type=disposition-notification')),
    'fr', 'Hôtel La Grande Bleue (Outlook)', 'read receipt (MDN), French Outlook "Lu :"')

# --- A11 MDN EN Thunderbird
ar('kestrel_en_return_receipt_displayed.eml', msg(
    [('From', 'Rafael Ortiz <rafael@kestrel-media.example>'), ('To', OWNER), ('Subject', 'Return Receipt (displayed) - Reminder: invoice INV-0445 is overdue'),
     ('Date', D('2026-11-30 16:40', '-0500')), ('Message-ID', mid('a11', 'kestrel-media.example')), ('References', rmid(445))],
    M('report', [T('This is a Return Receipt for the mail that you sent to rafael@kestrel-media.example.\n\nNote: This Return Receipt only acknowledges that the '
                   'message was displayed on the recipient\'s computer. There is no guarantee that the recipient has read or understood the message contents.'),
                 R('message/disposition-notification', 'Reporting-UA: kestrel-media.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;rafael@kestrel-media.example\n'
                   'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % rmid(445)),
                 R('text/rfc822-headers', 'From: Clément Aubry <clement@aubry-photo.fr>\nTo: rafael@kestrel-media.example\nSubject: Reminder: invoice INV-0445 is overdue\n'
                   'Message-ID: %s\nDate: Mon, 30 Nov 2026 08:01:00 +0100\n' % rmid(445), cte='8bit')],
      extra_ct='; report-type=disposition-notification')),
    'en', 'Kestrel Media (Thunderbird)', 'Thunderbird MDN with rfc822-headers part')

# --- A12 challenge-response (anti-spam)
ar('mailinblack_fr_challenge_validation.eml', msg(
    [('From', 'Protection anti-spam <noreply@antispam-protect.example>'), ('To', OWNER), ('Subject', 'Votre message à compta@lebaou-restaurant.fr est en attente'),
     ('Date', D('2026-11-30 08:05')), ('Message-ID', mid('a12', 'antispam-protect.example')), ('Auto-Submitted', 'auto-replied'), ('In-Reply-To', rmid(446))],
    M('alternative', [T('Bonjour,\n\nVous avez envoyé un message à compta@lebaou-restaurant.fr, qui est protégé par un service anti-spam.\n\n'
                        'Objet : ' + SFR(446) + '\n\nPour que votre message soit délivré, merci de confirmer que vous n\'êtes pas un robot en cliquant sur le lien '
                        'ci-dessous (valable 5 jours) :\nhttps://validate.antispam-protect.example/c/7f3a9b21e0\n\nVous n\'aurez à le faire qu\'une seule fois.'),
                      T('<p>Bonjour,</p><p>Vous avez envoyé un message à <b>compta@lebaou-restaurant.fr</b>, qui est protégé par un service anti-spam.</p>'
                        '<p>Pour que votre message soit délivré, merci de confirmer que vous n\'êtes pas un robot :</p><p><a href="https://validate.antispam-protect.example/c/7f3a9b21e0" '
                        'style="background:#e4003a;color:#fff;padding:10px 16px;text-decoration:none">Je ne suis pas un robot</a></p>', 'html')])),
    'fr', 'anti-spam challenge (Mailinblack-style)', 'challenge-response "confirmez que vous n\'êtes pas un robot"')

# --- A13 German/English bilingual OOO
ar('seehotel_de_en_abwesenheitsnotiz.eml', msg(
    hdrs('Lukas Brenner <l.brenner@seehotel-konstanz.de>', 'Abwesenheitsnotiz: Reminder: invoice INV-0447 is overdue', D('2026-11-30 08:02'),
         'seehotel-konstanz.de', 'a13', irt=rmid(447), extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    T('Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Dezember 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\n'
      'Thank you for your message. I am out of the office until 8 December 2026 inclusive. Your email will not be forwarded.\n\nLukas Brenner\nMarketing, Seehotel Konstanz')),
    'de', 'Seehotel Konstanz', 'bilingual DE/EN OOO', facts='ooo_until=2026-12-08', notes='absent through the 8th inclusive; back 9th')

# --- A14 FR OOO end of year, billing contact
ar('rivage_fr_conges_contact_compta.eml', msg(
    hdrs('Émilie Roche <emilie@rivage-communication.fr>', 'Absence : ' + SFR(448), D('2026-12-04 08:01'), 'rivage-communication.fr', 'a14', irt=rmid(448),
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes'), ('X-Autorespond', 'yes')]),
    T('Bonjour,\n\nJe suis en congés et serai de retour le lundi 21 décembre.\n\nPour toute question relative à la facturation ou aux paiements, merci de '
      'contacter directement notre comptabilité : compta@rivage-communication.fr.\n\nBelle journée,\nÉmilie Roche\nRivage Communication')),
    'fr', 'Rivage Communication', 'OOO mentioning invoices/payments and redirect', facts='ooo_until=2026-12-21')

# --- A15 address no longer monitored
ar('maison_provencale_fr_adresse_plus_consultee.eml', msg(
    hdrs('info@maisonprovencale-traiteur.fr', 'Adresse non consultée', D('2026-11-30 08:03'), 'maisonprovencale-traiteur.fr', 'a15', irt=rmid(449),
         extra=[('Auto-Submitted', 'auto-replied')]),
    T('Cette adresse e-mail n\'est plus consultée depuis le 1er octobre 2026.\nMerci d\'adresser désormais vos messages à bonjour@maisonprovencale-traiteur.fr.\n\n'
      'Ceci est une réponse automatique.')),
    'fr', 'Maison Provençale Traiteur', 'address no longer read, redirect')

# --- A16 e-invoicing platform acknowledgement
ar('groupe_calypso_fr_plateforme_facture_recue.eml', msg(
    hdrs('Plateforme Factures Groupe Calypso <noreply-factures@groupe-calypso.fr>', 'Accusé de réception de votre document', D('2026-11-30 08:07'),
         'groupe-calypso.fr', 'a16', irt=rmid(450), extra=[('Auto-Submitted', 'auto-generated')]),
    T('Madame, Monsieur,\n\nVotre e-mail et ses pièces jointes ont été reçus par notre plateforme de dématérialisation des factures fournisseurs.\n\n'
      'Identifiant de dépôt : DEP-2026-11-30-004417\nNombre de pièces jointes traitées : 1 (F-2026-0450.pdf)\n\n'
      'Les messages sans pièce jointe PDF ne sont pas lus. Le suivi de vos factures est disponible sur le portail fournisseurs.\n\n'
      'Ne répondez pas à ce message.')),
    'fr', 'Groupe Calypso (e-invoicing mailbox)', 'automatic deposit acknowledgement from an invoice-capture mailbox')

# ================================================================ BOUNCES
BO = 'bounce'

def orig_headers(to, n, subj=None, lang='fr', date='Mon, 30 Nov 2026 08:01:12 +0100'):
    subj = subj or (SFR(n) if lang == 'fr' else SEN(n))
    return ('Return-Path: <clement@aubry-photo.fr>\nFrom: =?utf-8?q?Cl=C3=A9ment_Aubry?= <clement@aubry-photo.fr>\nTo: %s\nSubject: %s\n'
            'Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="dunnerd-%d"\n' % (to, eh(subj), date, rmid(n), n))

def orig_full(to, n, lang='fr'):
    hdr = orig_headers(to, n, lang=lang)
    body = ('\n--dunnerd-%d\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n%s\n--dunnerd-%d--\n'
            % (n, reminder_fr('F-2026-0%d' % n, '1 200,00', '20 novembre 2026') if lang == 'fr' else reminder_en('INV-0%d' % n, '1,200.00', '20 November 2026'), n))
    return (hdr + body).encode('utf-8')

def bo(fname, data, lang, group, pattern, rcpt, final=True, notes=''):
    facts = 'failed_recipient=%s' % rcpt if rcpt else ''
    if not final:
        facts += ';bounce_final=no'
    add(fname, BO, data, lang, group, pattern, facts=facts, notes=notes)

def dsn_fields(mta, rcpt, action, status, remote, diag, arrival='Mon, 30 Nov 2026 08:01:13 +0100', extra=''):
    return ('Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n%sDiagnostic-Code: smtp; %s\n%s'
            % (mta, arrival, rcpt, action, status, ('Remote-MTA: dns; %s\n' % remote) if remote else '', diag, extra))

# --- B1 Gmail / Google Workspace, address not found
r = 'compta@leclos-provence.fr'
bo('google_en_address_not_found_511.eml', msg(
    [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OWNER_ADDR), ('Subject', 'Delivery Status Notification (Failure)'),
     ('Date', D('2026-11-30 08:01', '-0800')), ('Message-ID', mid('b1', 'mx.google.com')), ('Auto-Submitted', 'auto-replied'), ('References', rmid(451)),
     ('In-Reply-To', rmid(451)), ('X-Failed-Recipients', r)],
    M('report', [M('related', [M('alternative', [
        T('\n** Address not found **\n\nYour message wasn\'t delivered to %s because the address couldn\'t be found, or is unable to receive mail.\n\n'
          'Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n'
          '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n' % (r, r)),
        T('<html><body><table cellpadding="0" cellspacing="0"><tr><td><h2 style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif">Address not found</h2>'
          '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>%s</b></a> because the address couldn\'t be found, or is unable to '
          'receive mail.</p><p style="font-size:12px;color:#616161">The response from the remote server was:</p><p style="font-family:monospace">550 5.1.1 &lt;%s&gt;: '
          'Recipient address rejected: User unknown in virtual mailbox table</p></td></tr></table></body></html>' % (r, r), 'html')]),
        A('icon.png', 'image/png', fake_png(), inline=True)]),
        R('message/delivery-status', dsn_fields('mx.google.com', r, 'failed', '5.1.1', 'mx1.leclos-provence.fr. (203.0.113.25, the server for the domain leclos-provence.fr.)',
                                                '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table' % r, extra='Last-Attempt-Date: Mon, 30 Nov 2026 08:01:14 -0800\n')
          .replace('Reporting-MTA: dns; mx.google.com', 'Reporting-MTA: dns; googlemail.com')),
        EMB(orig_full(r, 451))], extra_ct='; report-type=delivery-status')),
    'en', 'Gmail / Google Workspace', 'Google DSN "Address not found", multipart/report with HTML and rfc822', r)

# --- B2 Microsoft 365 NDR
r = 'factures@oceane-hotels.fr'
bo('microsoft365_en_undeliverable_recipient_not_found.eml', msg(
    [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aubryphoto.onmicrosoft.com>'), ('To', OWNER_ADDR),
     ('Subject', 'Undeliverable: ' + SFR(452)), ('Date', D('2026-11-30 07:01', '+0000')), ('Message-ID', mid('b2', 'EUR03.prod.outlook.com')),
     ('In-Reply-To', rmid(452)), ('References', rmid(452)), ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-US')],
    M('report', [M('alternative', [
        T('Your message to %s couldn\'t be delivered.\n\n%s wasn\'t found at oceane-hotels.fr.\n\nclement          Office 365          %s\nAction Required                     Recipient\n\n'
          'Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n'
          '- Retype the recipient\'s address, then resend the message.\n- Contact the recipient by some other means to verify the address.\n\n'
          'Diagnostic information for administrators:\n\nGenerating server: PAXPR03MB7924.eurprd03.prod.outlook.com\n\n%s\nRemote Server returned '
          '\'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n' % (r, r.split('@')[0], r.split('@')[0], r)),
        T('<html><body><p style="font-family:Segoe UI;font-size:17pt;color:#000">Your message to <a href="mailto:%s">%s</a> couldn\'t be delivered.</p>'
          '<p><b>%s</b> wasn\'t found at <b>oceane-hotels.fr</b>.</p><table><tr><td style="color:#c00000;font-weight:bold">Action Required</td></tr></table>'
          '<p><b>Unknown To address</b></p><p>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'</p></body></html>'
          % (r, r, r.split('@')[0]), 'html')]),
        R('message/delivery-status', 'Reporting-MTA: dns;PAXPR03MB7924.eurprd03.prod.outlook.com\nReceived-From-MTA: dns;PAXPR03MB7925.eurprd03.prod.outlook.com\n'
          'Arrival-Date: Mon, 30 Nov 2026 07:01:04 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n'
          'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n' % r),
        R('text/rfc822-headers', orig_headers(r, 452), cte='')], extra_ct='; report-type=delivery-status')),
    'en', 'Microsoft 365 / Exchange Online', 'M365 NDR 5.1.10 with rfc822-headers', r)

# --- B3 OVH relay reporting an Orange rejection
r = 'atelier.sainte-victoire.demo@orange.fr'
bo('ovh_orange_en_recipient_rejected_ofr.eml', msg(
    [('From', 'MAILER-DAEMON@mo552.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER_ADDR), ('Subject', 'Undelivered Mail Returned to Sender'),
     ('Date', D('2026-11-30 08:01')), ('Message-ID', mid('b3', 'mo552.mail-out.ovh.net')), ('Auto-Submitted', 'auto-replied')],
    M('report', [T('This is the mail system at host mo552.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more '
                   'recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n'
                   'delete your own text from the attached returned message.\n\n                   The mail system\n\n<%s>: host smtp-in.orange.fr[80.12.26.32] said:\n'
                   '    550 5.1.1 <%s> Adresse d au moins un destinataire invalide.\n    Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)\n' % (r, r),
                   cs='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
                 R('message/delivery-status', dsn_fields('mo552.mail-out.ovh.net', r, 'failed', '5.1.1', 'smtp-in.orange.fr',
                   '550 5.1.1 <%s> Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]' % r)
                   .replace('Arrival-Date', 'X-Postfix-Queue-ID: 4Ck2Zp1Qz5z1xnT\nX-Postfix-Sender: rfc822; clement@aubry-photo.fr\nArrival-Date', 1)),
                 EMB(orig_full(r, 453))], extra_ct='; report-type=delivery-status', boundary='4Ck2Zp1Qz5z1xnT.1764486073/mo552.mail-out.ovh.net')),
    'en', 'OVH / Orange', 'Postfix bounce from OVH relay, Orange "OFR_416" rejection', r)

# --- B4 Free mailbox disabled
r = 'contact.galerie-lumiere.demo@free.fr'
bo('free_en_mailbox_disabled.eml', msg(
    [('From', 'MAILER-DAEMON@mo552.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER_ADDR), ('Subject', 'Undelivered Mail Returned to Sender'),
     ('Date', D('2026-12-01 10:14')), ('Message-ID', mid('b4', 'mo552.mail-out.ovh.net')), ('Auto-Submitted', 'auto-replied')],
    M('report', [T('This is the mail system at host mo552.mail-out.ovh.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more '
                   'recipients. It\'s attached below.\n\n                   The mail system\n\n<%s>: host mx1.free.fr[212.27.48.7] said: 550 5.1.1\n'
                   '    <%s>: Recipient address rejected: Mailbox disabled for this\n    recipient (in reply to RCPT TO command)\n' % (r, r), cs='us-ascii', cte='7bit'),
                 R('message/delivery-status', dsn_fields('mo552.mail-out.ovh.net', r, 'failed', '5.1.1', 'mx1.free.fr',
                   '550 5.1.1 <%s>: Recipient address rejected: Mailbox disabled for this recipient' % r, arrival='Tue, 1 Dec 2026 10:14:02 +0100')),
                 R('text/rfc822-headers', orig_headers(r, 454, date='Tue, 01 Dec 2026 10:14:01 +0100'), cte='')], extra_ct='; report-type=delivery-status')),
    'en', 'Free (via OVH relay)', 'Free MX "Mailbox disabled", headers-only return', r)

# --- B5 OVH MX quota exceeded
r = 'direction@villa-camelias.fr'
bo('ovh_fr_boite_pleine_552.eml', msg(
    [('From', 'Mail Delivery System <MAILER-DAEMON@mx3.mail.ovh.net>'), ('To', OWNER_ADDR), ('Subject', 'Undelivered Mail Returned to Sender'),
     ('Date', D('2026-12-02 09:00')), ('Message-ID', mid('b5', 'mx3.mail.ovh.net')), ('Auto-Submitted', 'auto-replied')],
    M('report', [T('This is the mail system at host mx3.mail.ovh.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more '
                   'recipients. It\'s attached below.\n\n                   The mail system\n\n<%s>: delivery via local: mailbox full\n'
                   '    (552 5.2.2 Quota exceeded: the recipient mailbox is full)\n' % r, cs='us-ascii', cte='7bit'),
                 R('message/delivery-status', dsn_fields('mx3.mail.ovh.net', r, 'failed', '5.2.2', '', '552 5.2.2 Quota exceeded: the recipient mailbox is full',
                                                         arrival='Wed, 2 Dec 2026 09:00:11 +0100').replace('Diagnostic-Code: smtp;', 'Diagnostic-Code: x-unix;')),
                 EMB(orig_full(r, 455))], extra_ct='; report-type=delivery-status')),
    'en', 'OVH MX', 'mailbox full 5.2.2 (final)', r)

# --- B6 client's own Postfix: user unknown local
r = 'm.ricci@trattoria-ricci.fr'
bo('postfix_en_user_unknown_local.eml', msg(
    [('From', 'MAILER-DAEMON@mail.trattoria-ricci.fr (Mail Delivery System)'), ('To', OWNER_ADDR), ('Subject', 'Undelivered Mail Returned to Sender'),
     ('Date', D('2026-12-02 11:30')), ('Message-ID', mid('b6', 'mail.trattoria-ricci.fr'))],
    M('report', [T('This is the mail system at host mail.trattoria-ricci.fr.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more '
                   'recipients. It\'s attached below.\n\n                   The mail system\n\n<%s>: unknown user: "m.ricci"\n' % r, cs='us-ascii', cte='7bit'),
                 R('message/delivery-status', dsn_fields('mail.trattoria-ricci.fr', r, 'failed', '5.1.1', '', 'unknown user: "m.ricci"',
                                                         arrival='Wed, 2 Dec 2026 11:30:02 +0100').replace('Diagnostic-Code: smtp;', 'Diagnostic-Code: X-Postfix;')),
                 EMB(orig_full(r, 456))], extra_ct='; report-type=delivery-status')),
    'en', 'Postfix (client server)', 'standard Postfix bounce, local user unknown', r)

# --- B7 Postfix delay warning
r = 'comptabilite@mas-des-cigales.fr'
bo('postfix_en_delayed_mail_warning.eml', msg(
    [('From', 'MAILER-DAEMON@mo552.mail-out.ovh.net (Mail Delivery System)'), ('To', OWNER_ADDR), ('Subject', 'Delayed Mail (still being retried)'),
     ('Date', D('2026-12-01 12:02')), ('Message-ID', mid('b7', 'mo552.mail-out.ovh.net')), ('Auto-Submitted', 'auto-replied')],
    M('report', [T('This is the mail system at host mo552.mail-out.ovh.net.\n\n####################################################################\n'
                   '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n'
                   'Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n'
                   '<%s>: connect to mx.mas-des-cigales.fr[198.51.100.14]:25:\n    Connection timed out\n' % r, cs='us-ascii', cte='7bit'),
                 R('message/delivery-status', 'Reporting-MTA: dns; mo552.mail-out.ovh.net\nX-Postfix-Queue-ID: 4Ck8Hn3Lq7z1xpW\nArrival-Date: Tue,  1 Dec 2026 08:01:13 +0100\n\n'
                   'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n'
                   'Diagnostic-Code: X-Postfix; connect to mx.mas-des-cigales.fr[198.51.100.14]:25: Connection timed out\n'
                   'Will-Retry-Until: Sun,  6 Dec 2026 08:01:13 +0100\n' % (r, r)),
                 R('text/rfc822-headers', orig_headers(r, 457, date='Tue, 01 Dec 2026 08:01:12 +0100'), cte='')], extra_ct='; report-type=delivery-status')),
    'en', 'Postfix (OVH relay)', 'delay warning, Action: delayed, 4.4.1', r, final=False)

# --- B8 Exim, no machine-readable part
r = 'hello@atelier-bleu-marine.fr'
bo('exim_en_mail_delivery_failed_no_dsn.eml', msg(
    [('From', 'Mail Delivery System <Mailer-Daemon@srv12.hebergeur-exemple.net>'), ('To', OWNER_ADDR),
     ('Subject', 'Mail delivery failed: returning message to sender'), ('Date', D('2026-12-03 14:12')), ('Message-ID', mid('b8', 'srv12.hebergeur-exemple.net')),
     ('X-Failed-Recipients', r), ('Auto-Submitted', 'auto-replied')],
    T('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n'
      'recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n'
      % r + orig_full(r, 458).decode('utf-8'), cte='8bit')),
    'en', 'Exim (shared host)', 'Exim plain-text bounce without delivery-status part (X-Failed-Recipients only)', r)

# --- B9 Google Workspace: rejected as spam by the recipient
r = 'events@lumiere-provence.fr'
bo('google_en_message_blocked_571.eml', msg(
    [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', OWNER_ADDR), ('Subject', 'Delivery Status Notification (Failure)'),
     ('Date', D('2026-12-03 07:04', '-0800')), ('Message-ID', mid('b9', 'mx.google.com')), ('X-Failed-Recipients', r), ('Auto-Submitted', 'auto-replied')],
    M('report', [T('\n** Message blocked **\n\nYour message to %s has been blocked. See technical details below for more information.\n\n'
                   'The response from the remote server was:\n550 5.7.1 Service unavailable, Client host [209.85.128.44] blocked using Spamhaus. '
                   'To request removal from this list see https://www.spamhaus.org/query/ip/209.85.128.44 (AS3130)\n' % r),
                 R('message/delivery-status', dsn_fields('googlemail.com', r, 'failed', '5.7.1', 'mx.lumiere-provence.fr. (198.51.100.77, the server for the domain lumiere-provence.fr.)',
                   '550 5.7.1 Service unavailable, Client host [209.85.128.44] blocked using Spamhaus', arrival='Thu, 03 Dec 2026 07:04:10 -0800')),
                 EMB(orig_full(r, 459))], extra_ct='; report-type=delivery-status')),
    'en', 'Gmail / Google Workspace', 'policy rejection 5.7.1 (blocklist)', r)

# --- B10 Exchange on-premises, French NDR
r = 'c.fabiani@cabinet-fabiani.fr'
bo('exchange_fr_non_remis.eml', msg(
    [('From', 'Administrateur système <postmaster@cabinet-fabiani.fr>'), ('To', OWNER_ADDR), ('Subject', 'Non remis : ' + SFR(460)),
     ('Date', D('2026-12-02 16:41')), ('Message-ID', mid('b10', 'cabinet-fabiani.fr')), ('Auto-Submitted', 'auto-replied'), ('Content-Language', 'fr-FR')],
    M('report', [T('Impossible de remettre le message aux destinataires ou groupes suivants :\n\n%s\nLa boîte aux lettres du destinataire est désactivée ou '
                   'n\'existe plus. Contactez le destinataire par un autre moyen.\n\nInformations de diagnostic pour les administrateurs :\n\n'
                   'Serveur de génération : EXCH01.cabinet-fabiani.local\n\n%s\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n' % (r, r)),
                 R('message/delivery-status', 'Reporting-MTA: dns;EXCH01.cabinet-fabiani.local\nReceived-From-MTA: dns;mail.cabinet-fabiani.fr\n'
                   'Arrival-Date: Wed, 2 Dec 2026 15:41:30 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n'
                   'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n' % r),
                 R('text/rfc822-headers', orig_headers(r, 460, date='Wed, 02 Dec 2026 16:41:29 +0100'), cte='')], extra_ct='; report-type=delivery-status')),
    'fr', 'Exchange on-premises', 'French Exchange NDR "Non remis :"', r)

# ================================================================ OTHER
OT = 'other'
def ot(fname, data, lang, group, pattern, notes=''):
    add(fname, OT, data, lang, group, pattern, provider='', notes=notes)

def news_hdrs(frm, subj, date, dom, seed, extra=()):
    return [('From', frm), ('To', OWNER_ADDR), ('Subject', subj), ('Date', date), ('Message-ID', mid(seed, dom)),
            ('List-Unsubscribe', '<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>' % (dom, hashlib.md5(seed.encode()).hexdigest()[:10], dom)),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')] + list(extra)

# --- O1 Dropbox storage almost full
ot('dropbox_fr_espace_presque_plein.eml', msg(
    news_hdrs('Dropbox <no-reply@dropbox.com>', 'Votre Dropbox est presque plein', D('2026-12-01 03:22'), 'dropbox.com', 'o1'),
    M('alternative', [T('Bonjour Clément,\n\nVous utilisez 1,91 To sur les 2 To de votre forfait Dropbox Plus (96 %).\n\nLorsque votre espace sera plein, vos fichiers '
                        'cesseront de se synchroniser. Passez à Dropbox Essentials pour profiter de 3 To.\n\nPasser à un forfait supérieur : https://www.dropbox.com/plans\n\n'
                        'L\'équipe Dropbox\n\n© 2026 Dropbox, Inc.'),
                      T('<html><body style="font-family:Arial"><h2>Votre Dropbox est presque plein</h2><p>Vous utilisez <b>1,91 To</b> sur les 2 To de votre forfait Dropbox Plus (96 %).</p>'
                        '<div style="background:#eee;width:400px"><div style="background:#0061fe;width:384px;height:8px"></div></div><p><a href="https://www.dropbox.com/plans">Passer à un forfait supérieur</a></p></body></html>', 'html')])),
    'fr', 'Dropbox', 'cloud-storage quota warning with upsell')

# --- O2 WeTransfer downloaded
ot('wetransfer_en_files_downloaded.eml', msg(
    [('From', 'WeTransfer <noreply@wetransfer.com>'), ('To', OWNER_ADDR), ('Subject', 'Your files were downloaded'), ('Date', D('2026-12-02 14:03', '+0000')),
     ('Message-ID', mid('o2', 'wetransfer.com'))],
    T('<html><body style="font-family:Arial;text-align:center"><p style="font-size:20px">Your files were downloaded</p><p>lucie@bastide-ensoleillee.fr downloaded '
      '<b>Bastide_HD_selection_v2.zip</b> (2.4 GB)</p><p>Files will be deleted on 9 December 2026.</p><p style="font-size:11px;color:#999">WeTransfer BV, Oostelijke Handelskade 751, Amsterdam</p>'
      '</body></html>', 'html')),
    'en', 'WeTransfer', 'download notification (HTML only)')

# --- O3 Adobe Stock contributor sale
ot('adobe_stock_fr_contenu_vendu.eml', msg(
    news_hdrs('Adobe Stock Contributor <mail@mail.adobe.com>', 'Félicitations ! Vous avez réalisé 3 nouvelles ventes', D('2026-12-02 05:12'), 'mail.adobe.com', 'o3'),
    M('alternative', [T('Bonjour Clément,\n\nVos contenus ont été achetés 3 fois cette semaine sur Adobe Stock :\n\n- « Vieux-Port de Marseille au lever du soleil » – 1 licence standard\n'
                        '- « Table dressée, terrasse en Provence » – 2 licences standard\n\nRedevances estimées : 2,97 US$. Les redevances sont versées sur votre compte '
                        'PayPal ou Skrill une fois le seuil de paiement de 25 US$ atteint.\n\nConsultez vos statistiques sur contributor.stock.adobe.com.\n\nL\'équipe Adobe Stock'),
                      T('<html><body><h2>Félicitations !</h2><p>Vos contenus ont été achetés 3 fois cette semaine sur Adobe Stock.</p><p>Redevances estimées : <b>2,97 US$</b></p></body></html>', 'html')])),
    'fr', 'Adobe Stock', 'stock-photo marketplace sales summary (mentions royalties, not a bank movement)')

# --- O4 Google security alert
ot('google_fr_alerte_securite_connexion.eml', msg(
    [('From', 'Google <no-reply@accounts.google.com>'), ('To', OWNER_ADDR), ('Subject', 'Alerte de sécurité'), ('Date', D('2026-12-03 23:41')),
     ('Message-ID', mid('o4', 'accounts.google.com'))],
    M('alternative', [T('Nouvelle connexion sur Windows\n\nclement@aubry-photo.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. '
                        'Si c\'est vous, vous n\'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.\n\nVérifier l\'activité : https://myaccount.google.com/notifications\n\n'
                        'Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n'
                        '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'),
                      T('<html><body style="font-family:Roboto,Arial"><div style="border:1px solid #dadce0;padding:24px;width:480px;text-align:center"><div style="font-size:24px">Nouvelle connexion sur Windows</div>'
                        '<p>clement@aubry-photo.fr</p><p>Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows.</p>'
                        '<a href="https://myaccount.google.com/notifications" style="background:#4184f3;color:#fff;padding:8px 12px">Vérifier l\'activité</a></div></body></html>', 'html')])),
    'fr', 'Google', 'security alert (new sign-in)')

# --- O5 OVHcloud invoice to the owner (paid by direct debit)
ot('ovhcloud_fr_facture_disponible.eml', msg(
    [('From', 'OVHcloud <noreply@ovh.net>'), ('To', OWNER_ADDR), ('Subject', 'Votre facture FR58744123 est disponible'), ('Date', D('2026-12-01 04:10')),
     ('Message-ID', mid('o5', 'ovh.net'))],
    T('Bonjour,\n\nVotre facture FR58744123 d\'un montant de 14,39 € TTC est disponible dans votre espace client.\n\nServices concernés :\n- Hébergement Perso – aubry-photo.fr\n'
      '- E-mail Pro (3 comptes)\n\nCette facture sera prélevée automatiquement sur votre moyen de paiement par défaut (prélèvement SEPA) à partir du 04/12/2026.\n\n'
      'Télécharger la facture : https://www.ovh.com/manager/#/billing/history\n\nL\'équipe OVHcloud\n\nOVH SAS – 2 rue Kellermann, 59100 Roubaix – RCS Lille Métropole 424 761 419',
      cs='iso-8859-15')),
    'fr', 'OVHcloud', 'supplier invoice to the owner, to be debited', notes='owner pays: not a payment received; not a bank notice')

# --- O6 Equipment rental invoice (to pay)
ot('loca_cine_fr_facture_location_materiel.eml', msg(
    [('From', 'Loca Ciné Marseille <facturation@locacine-marseille.fr>'), ('To', OWNER), ('Subject', 'Facture LCM-2026-1187 – Location du 26/11 au 28/11'),
     ('Date', D('2026-11-30 17:22')), ('Message-ID', mid('o6', 'locacine-marseille.fr'))],
    M('mixed', [T('Bonjour Monsieur Aubry,\n\nVeuillez trouver ci-joint la facture LCM-2026-1187 pour la location de matériel du 26 au 28 novembre '
                  '(Aputure 600d Pro, 2 pieds C-stand, Sony FX3 + objectif 24-70).\n\nMontant TTC : 486,00 €\nÉchéance : à réception\n\nRèglement par virement '
                  'sur le RIB figurant sur la facture.\n\nMerci pour votre confiance,\nL\'équipe Loca Ciné'),
                A('LCM-2026-1187.pdf', 'application/pdf', fake_pdf('Loca Cine Marseille - Facture LCM-2026-1187 - 486,00 EUR TTC'))])),
    'fr', 'Loca Ciné Marseille', 'supplier invoice to the owner with PDF (equipment rental)', notes='the owner is the debtor here')

# --- O7 URSSAF
ot('urssaf_fr_nouveau_message_espace.eml', msg(
    [('From', 'Urssaf <ne-pas-repondre@urssaf.fr>'), ('To', OWNER_ADDR), ('Subject', 'Vous avez un nouveau message dans votre espace en ligne'),
     ('Date', D('2026-12-02 06:31')), ('Message-ID', mid('o7', 'urssaf.fr'))],
    T('Bonjour,\n\nUn nouveau document est disponible dans votre espace en ligne sur urssaf.fr : « Échéancier de cotisations provisionnelles 2027 ».\n\n'
      'Pour le consulter, connectez-vous à votre espace, rubrique Messagerie.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n\nVotre Urssaf')),
    'fr', 'URSSAF', 'administrative notice: new document in online space')

# --- O8 impots.gouv CFE
ot('impots_fr_avis_cfe_disponible.eml', msg(
    [('From', 'impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>'), ('To', OWNER_ADDR), ('Subject', 'Votre avis de CFE est disponible dans votre espace professionnel'),
     ('Date', D('2026-11-30 07:55')), ('Message-ID', mid('o8', 'dgfip.finances.gouv.fr'))],
    T('Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr, '
      'rubrique « Consulter > Avis CFE-IFER ».\n\nLa date limite de paiement est fixée au 15 décembre 2026. Le paiement s\'effectue exclusivement par un moyen '
      'dématérialisé (paiement direct en ligne ou prélèvement).\n\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.\n\nLa Direction générale des Finances publiques')),
    'fr', 'DGFiP (impots.gouv.fr)', 'CFE tax notice available, payment deadline', notes='a tax the owner must pay; not a payment notice')

# --- O9 Malt platform message
ot('malt_fr_nouveau_message_client.eml', msg(
    [('From', 'Malt <notifications@malt.fr>'), ('To', OWNER_ADDR), ('Subject', 'Nouveau message de Pauline (Groupe Hôtelier Sémaphore)'), ('Date', D('2026-12-03 10:30')),
     ('Message-ID', mid('o9', 'malt.fr')), ('Reply-To', 'Malt <no-reply@malt.fr>')],
    M('alternative', [T('Bonjour Clément,\n\nPauline du Groupe Hôtelier Sémaphore vous a envoyé un message au sujet du projet « Shooting photo 3 hôtels – printemps 2027 » :\n\n'
                        '« Bonjour Clément, seriez-vous disponible la semaine du 15 mars pour… »\n\nRépondez-lui depuis votre messagerie Malt : https://www.malt.fr/messages\n\n'
                        'Astuce : répondre en moins de 24 h augmente vos chances d\'être retenu.\n\nL\'équipe Malt'),
                      T('<p>Bonjour Clément,</p><p><b>Pauline</b> du Groupe Hôtelier Sémaphore vous a envoyé un message :</p><blockquote>« Bonjour Clément, seriez-vous disponible la semaine du 15 mars pour… »</blockquote>'
                        '<p><a href="https://www.malt.fr/messages">Répondre</a></p>', 'html')])),
    'fr', 'Malt', 'freelance platform message notification (quoted client text)')

# --- O10 Qonto newsletter (bank marketing)
ot('qonto_fr_newsletter_nouveautes.eml', msg(
    news_hdrs('Qonto <newsletter@qonto.com>', 'Décembre chez Qonto : factures électroniques, cartes virtuelles et plus ✨', D('2026-12-01 09:00'), 'qonto.com', 'o10'),
    M('alternative', [T('Bonjour Clément,\n\nVoici les nouveautés du mois :\n\n1. Facturation électronique : préparez-vous à la réforme de 2026 dès aujourd\'hui.\n'
                        '2. Relances automatiques : vos clients reçoivent un rappel avant et après l\'échéance.\n3. Cartes virtuelles illimitées sur le forfait Smart.\n\n'
                        'Et en bonus : 1 mois offert pour tout parrainage avant le 31 décembre.\n\nL\'équipe Qonto\n\nVous recevez cet e-mail car vous êtes client Qonto. '
                        'Se désinscrire : https://qonto.com/unsubscribe'),
                      T('<html><body><h1>Décembre chez Qonto ✨</h1><ul><li>Facturation électronique</li><li>Relances automatiques de vos factures</li><li>Cartes virtuelles illimitées</li></ul>'
                        '<p>1 mois offert pour tout parrainage avant le 31 décembre.</p><p style="font-size:10px"><a href="https://qonto.com/unsubscribe">Se désinscrire</a></p></body></html>', 'html')])),
    'fr', 'Qonto (marketing)', 'bank newsletter mentioning invoices and reminders', notes='from a bank domain but marketing')

# --- O11 photo magazine newsletter
ot('mag_image_fr_newsletter_photo.eml', msg(
    news_hdrs('Le Mag de l\'Image <lettre@lemagdelimage.example>', 'Test : le nouvel hybride plein format, et 5 conseils pour photographier la food', D('2026-12-03 07:00'),
              'lemagdelimage.example', 'o11'),
    T('<html><body style="font-family:Georgia"><h1>Le Mag de l\'Image – n° 412</h1><h2>Test terrain : le nouvel hybride plein format 45 Mpx</h2><p>Autofocus, vidéo 8K, autonomie…</p>'
      '<h2>Photo culinaire : 5 conseils de pros</h2><p>Lumière latérale, fonds neutres, et surtout : payer son styliste culinaire à l\'heure !</p>'
      '<p style="font-size:10px">Vous recevez cette lettre car vous êtes inscrit sur lemagdelimage.example. <a href="#">Se désinscrire</a></p></body></html>', 'html')),
    'fr', 'photo magazine', 'editorial newsletter (HTML only)')

# --- O12 PayPal phishing
ot('phishing_paypal_fr_compte_limite.eml', msg(
    [('From', 'PayPal Service <service@paypal-securite-verif.com>'), ('To', OWNER_ADDR), ('Subject', 'Votre compte a été limité – action requise sous 24h'),
     ('Date', D('2026-12-02 03:17')), ('Message-ID', mid('o12', 'paypal-securite-verif.com')), ('Reply-To', 'support@paypal-securite-verif.com')],
    T('<html><body style="font-family:Arial"><img src="https://paypal-securite-verif.com/logo.png" alt="PayPal"><p>Cher client,</p>'
      '<p>Nous avons remarqué une activité inhabituelle sur votre compte. Un paiement de <b>489,99 €</b> est en attente de validation.</p>'
      '<p>Pour éviter la suspension définitive de votre compte, veuillez confirmer vos informations dans les 24 heures :</p>'
      '<p><a href="http://paypal-securite-verif.com/fr/login.php?id=88123">Confirmer mes informations</a></p><p>Merci,<br>Le service client PayPal</p>'
      '<p style="font-size:9px">Copyright © 1999-2026 PayPal. Tous droits réservés.</p></body></html>', 'html')),
    'fr', 'phishing (fake PayPal)', 'phishing imitating PayPal, look-alike domain, mentions a pending payment')

# --- O13 bank phishing imitating a transfer notice
ot('phishing_credit_agricole_fr_virement_en_attente.eml', msg(
    [('From', 'Credit Agricole <alerte@ca-securite-client.info>'), ('To', OWNER_ADDR), ('Subject', 'Virement de 2 450,00 EUR en attente de validation'),
     ('Date', D('2026-12-01 05:44')), ('Message-ID', mid('o13', 'ca-securite-client.info'))],
    M('alternative', [T('Cher(e) client(e),\n\nUn virement entrant de 2 450,00 EUR en votre faveur est bloqué en attente de validation suite à la mise à jour de nos '
                        'systèmes de sécurité (DSP2).\n\nPour recevoir les fonds, validez votre identité via le lien ci-dessous avant le 03/12/2026 :\n'
                        'http://ca-securite-client.info/validation/?ref=VIR2450\n\nSans validation, le virement sera retourné à l\'émetteur.\n\nService Sécurité Crédit Agricole'),
                      T('<p>Cher(e) client(e),</p><p>Un virement entrant de <b>2 450,00 EUR</b> en votre faveur est bloqué en attente de validation.</p>'
                        '<p><a href="http://ca-securite-client.info/validation/?ref=VIR2450">Valider mon identité</a></p>', 'html')])),
    'fr', 'phishing (fake Crédit Agricole)', 'phishing mimicking an incoming-transfer notice, look-alike domain',
    notes='imitates a payment notice: labelled other per guide')

# --- O14 spam "vous avez gagné"
ot('spam_fr_vous_avez_gagne.eml', msg(
    [('From', '"Service Gagnants" <gagnant@promo-cadeaux-fr.example>'), ('To', OWNER_ADDR), ('Subject', 'Clément, vous avez gagné un iPhone 17 Pro ! (réf. 88412)'),
     ('Date', D('2026-11-30 13:13')), ('Message-ID', mid('o14', 'promo-cadeaux-fr.example'))],
    T('<html><body style="text-align:center;font-family:Arial"><h1 style="color:#d00">FÉLICITATIONS !!!</h1><p>Vous avez été sélectionné(e) parmi nos clients fidèles '
      'pour recevoir un <b>iPhone 17 Pro</b>.</p><p>Il ne vous reste qu\'à régler les frais de livraison de 1,95 €.</p><p><a href="http://promo-cadeaux-fr.example/claim">RÉCUPÉRER MON CADEAU</a></p>'
      '<p style="font-size:8px">Pour ne plus recevoir nos offres, cliquez ici.</p></body></html>', 'html', cs='iso-8859-1')),
    'fr', 'spam', 'prize spam')

# --- O15 Google Calendar invitation (text/calendar)
ics = ('BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n'
       'DTSTART:20261209T090000Z\nDTEND:20261209T110000Z\nDTSTAMP:20261202T101500Z\nORGANIZER;CN=Julien Ortega:mailto:j.ortega@sirocco-evenements.fr\n'
       'UID:6p3j1c9k0m2q4r8s@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement@aubry-photo.fr;X-NUM-GUESTS=0:mailto:clement@aubry-photo.fr\n'
       'SUMMARY:Repérage – Domaine de la Pointe Rouge (séminaire mars)\nLOCATION:Domaine de la Pointe Rouge\\, Marseille 8e\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n')
ot('google_calendar_fr_invitation_reperage.eml', msg(
    [('From', 'Julien Ortega (Google Agenda) <calendar-notification@google.com>'), ('To', OWNER_ADDR), ('Reply-To', 'Julien Ortega <j.ortega@sirocco-evenements.fr>'),
     ('Subject', 'Invitation: Repérage – Domaine de la Pointe Rouge @ mer. 9 déc. 2026 10:00 - 12:00 (CET) (clement@aubry-photo.fr)'),
     ('Date', D('2026-12-02 11:15')), ('Message-ID', mid('o15', 'google.com')), ('Sender', 'Google Agenda <calendar-notification@google.com>')],
    M('mixed', [M('alternative', [T('Vous avez été invité à l\'événement suivant.\n\nRepérage – Domaine de la Pointe Rouge (séminaire mars)\nQuand : mer. 9 déc. 2026 10:00 – 12:00 (CET)\n'
                                    'Où : Domaine de la Pointe Rouge, Marseille 8e\nOrganisateur : Julien Ortega\n\nParticiperez-vous ? Oui - Peut-être - Non\n\n'
                                    'Invitation de Google Agenda : https://calendar.google.com/calendar/'),
                                  T('<p>Vous avez été invité à l\'événement suivant.</p><h3>Repérage – Domaine de la Pointe Rouge (séminaire mars)</h3><p>mer. 9 déc. 2026 10:00 – 12:00 (CET)</p>', 'html'),
                                  Part([('Content-Type', 'text/calendar; charset="UTF-8"; method=REQUEST'), ('Content-Transfer-Encoding', '8bit')], ics.encode('utf-8'))]),
                A('invite.ics', 'application/ics', ics.encode('utf-8'))])),
    'fr', 'Google Calendar', 'calendar invitation with text/calendar METHOD:REQUEST')

# --- O16 Colissimo shipping
ot('colissimo_fr_colis_en_livraison.eml', msg(
    [('From', 'Colissimo <noreply@notif-colissimo-laposte.info>'), ('To', OWNER_ADDR), ('Subject', 'Votre colis 6A24815973301 sera livré aujourd\'hui'),
     ('Date', D('2026-12-03 07:42')), ('Message-ID', mid('o16', 'notif-colissimo-laposte.info'))],
    M('alternative', [T('Bonjour,\n\nVotre colis n° 6A24815973301 expédié par PHOTO ESSENTIEL sera livré aujourd\'hui entre 10h et 14h.\n\nSuivre mon colis : '
                        'https://www.laposte.fr/outils/suivre-vos-envois?code=6A24815973301\n\nEn cas d\'absence, il sera déposé dans votre bureau de poste.\n\nColissimo'),
                      T('<p>Bonjour,</p><p>Votre colis n° <b>6A24815973301</b> expédié par PHOTO ESSENTIEL sera livré <b>aujourd\'hui entre 10h et 14h</b>.</p>', 'html')])),
    'fr', 'Colissimo', 'shipping notice')

# --- O17 LinkedIn
ot('linkedin_fr_apparitions_recherches.eml', msg(
    news_hdrs('LinkedIn <notifications-noreply@linkedin.com>', 'Clément, vous êtes apparu dans 14 recherches cette semaine', D('2026-12-01 11:02'), 'linkedin.com', 'o17'),
    M('alternative', [T('Vous êtes apparu dans 14 recherches cette semaine\n\nLes personnes qui vous ont trouvé travaillent chez : Groupe Hôtelier Sémaphore, '
                        'Mistral Events, Kaléido Agence\n\nVoir toutes les recherches : https://www.linkedin.com/me/search-appearances\n\n'
                        'Cet e-mail était destiné à Clément Aubry (Photographe & vidéaste – hôtellerie, restauration, architecture). '
                        'LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.'),
                      T('<p style="font-size:20px">Vous êtes apparu dans <b>14 recherches</b> cette semaine</p><p>Groupe Hôtelier Sémaphore, Mistral Events, Kaléido Agence</p>', 'html')])),
    'fr', 'LinkedIn', 'social network notification naming client companies')

# --- O18 Instagram comment
ot('instagram_fr_nouveau_commentaire.eml', msg(
    [('From', 'Instagram <no-reply@mail.instagram.com>'), ('To', OWNER_ADDR), ('Subject', 'brasseriedulevant a commenté votre publication'),
     ('Date', D('2026-12-02 20:51')), ('Message-ID', mid('o18', 'mail.instagram.com'))],
    T('<html><body style="font-family:Helvetica"><p><b>brasseriedulevant</b> a commenté votre publication : « Merci Clément pour ces images 😍 on adore ! »</p>'
      '<p><a href="https://www.instagram.com/p/C0xYz12AbCd/">Voir le commentaire</a></p><p style="font-size:10px;color:#999">Cet e-mail a été envoyé à clement@aubry-photo.fr. '
      'Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p></body></html>', 'html')),
    'fr', 'Instagram', 'social notification from a client account')

# --- O19 accounting tool (Indy-style) reminder
ot('indy_fr_justificatifs_manquants.eml', msg(
    [('From', 'Indy <bonjour@indy.fr>'), ('To', OWNER_ADDR), ('Subject', '7 transactions attendent leur justificatif'), ('Date', D('2026-12-04 08:30')),
     ('Message-ID', mid('o19', 'indy.fr'))],
    M('alternative', [T('Bonjour Clément,\n\n7 transactions de novembre n\'ont pas encore de justificatif ou de catégorie, dont :\n- ADOBE *CREATIVE CLOUD  -71,99 €\n'
                        '- LOCA CINE MARSEILLE  -320,00 €\n- VIR BRASSERIE DU LEVANT  +1 480,00 €\n\nCatégorisez-les en quelques clics pour que votre comptabilité soit à jour '
                        'avant la clôture.\n\nL\'équipe Indy'),
                      T('<p>Bonjour Clément,</p><p><b>7 transactions</b> de novembre n\'ont pas encore de justificatif ou de catégorie.</p><table><tr><td>ADOBE *CREATIVE CLOUD</td><td>-71,99 €</td></tr>'
                        '<tr><td>LOCA CINE MARSEILLE</td><td>-320,00 €</td></tr><tr><td>VIR BRASSERIE DU LEVANT</td><td>+1 480,00 €</td></tr></table>', 'html')])),
    'fr', 'Indy', 'accounting tool reminder listing transactions (incl. a credit)', notes='lists past movements as a to-do, not a payment notice')

# --- O20 Yousign signed document
ot('yousign_fr_document_signe.eml', msg(
    [('From', 'Yousign <noreply@yousign.com>'), ('To', OWNER_ADDR), ('Subject', 'Contrat de cession de droits – Maison Fauve a été signé par tous les signataires'),
     ('Date', D('2026-12-01 17:05')), ('Message-ID', mid('o20', 'yousign.com'))],
    M('alternative', [T('Bonjour Clément Aubry,\n\nLe document « Contrat de cession de droits – Maison Fauve » a été signé par tous les signataires :\n'
                        '- Camille Roux (Maison Fauve) – signé le 01/12/2026\n- Clément Aubry – signé le 30/11/2026\n\nLe document signé et le dossier de preuve sont '
                        'disponibles en téléchargement pendant 30 jours.\n\nYousign SAS – Caen, France'),
                      T('<p>Le document <b>« Contrat de cession de droits – Maison Fauve »</b> a été signé par tous les signataires.</p>', 'html')])),
    'fr', 'Yousign', 'e-signature completed')

# --- O21 Gandi domain renewal
ot('gandi_fr_renouvellement_domaine.eml', msg(
    [('From', 'Gandi <noreply@gandi.net>'), ('To', OWNER_ADDR), ('Subject', '[Gandi] aubry-photo.fr expire dans 30 jours'), ('Date', D('2026-11-30 02:00')),
     ('Message-ID', mid('o21', 'gandi.net'))],
    T('Bonjour,\n\nLe nom de domaine suivant expire bientôt :\n\n  aubry-photo.fr  –  expiration le 30/12/2026\n\nLe renouvellement automatique n\'est pas activé. '
      'Pour renouveler (1 an : 17,40 € TTC), rendez-vous sur https://admin.gandi.net/domain/\n\nSans renouvellement, votre site et vos adresses e-mail '
      'cesseront de fonctionner.\n\nL\'équipe Gandi')),
    'fr', 'Gandi', 'domain renewal reminder with price')

# --- O22 insurance certificate
ot('hiscox_fr_attestation_rc_pro.eml', msg(
    [('From', 'Hiscox France <service-client@hiscox.fr>'), ('To', OWNER), ('Subject', 'Votre attestation d\'assurance RC Professionnelle 2027'), ('Date', D('2026-12-02 09:45')),
     ('Message-ID', mid('o22', 'hiscox.fr'))],
    M('mixed', [T('Bonjour Monsieur Aubry,\n\nVotre contrat RC Professionnelle n° HA-RCP-0248816 est renouvelé au 01/01/2027. Vous trouverez ci-joint votre attestation '
                  'd\'assurance, à transmettre à vos clients sur demande.\n\nLa cotisation mensuelle de 38,50 € TTC continuera d\'être prélevée le 4 de chaque mois.\n\n'
                  'Bien cordialement,\nLe service client Hiscox'),
                A('Attestation_RCP_2027_Aubry.pdf', 'application/pdf', fake_pdf('Attestation RC Pro 2027 - Clement Aubry'))])),
    'fr', 'Hiscox', 'insurance certificate with PDF, mentions monthly debit')

# --- O23 Doctolib reminder
ot('doctolib_fr_rappel_rendez_vous.eml', msg(
    [('From', 'Doctolib <no-reply@doctolib.fr>'), ('To', OWNER_ADDR), ('Subject', 'Rappel : votre rendez-vous demain à 18:15'), ('Date', D('2026-12-03 18:15')),
     ('Message-ID', mid('o23', 'doctolib.fr'))],
    T('Bonjour Clément,\n\nNous vous rappelons votre rendez-vous :\n\nVendredi 4 décembre 2026 à 18:15\nDr Sarah Benhamou – Kinésithérapeute\n14 rue Paradis, 13001 Marseille\n\n'
      'Si vous ne pouvez pas vous y rendre, pensez à annuler votre rendez-vous depuis votre compte.\n\nL\'équipe Doctolib')),
    'fr', 'Doctolib', 'appointment reminder')

# --- O24 Shine subscription fee invoice
ot('shine_fr_facture_abonnement.eml', msg(
    [('From', 'Shine <facturation@shine.fr>'), ('To', OWNER), ('Subject', 'Ta facture Shine de novembre est disponible'), ('Date', D('2026-12-01 06:00')),
     ('Message-ID', mid('o24', 'shine.fr'))],
    M('mixed', [T('Hello Clément,\n\nTa facture d\'abonnement Shine Plus de novembre 2026 est disponible.\n\nMontant : 14,40 € TTC\nIl sera débité de ton compte Shine le 05/12/2026.\n\n'
                  'L\'équipe Shine'),
                A('Facture_Shine_2026-11.pdf', 'application/pdf', fake_pdf('Shine - facture abonnement novembre 2026 - 14,40 EUR'))])),
    'fr', 'Shine (fee invoice)', 'bank fee/subscription invoice to the owner', notes='bank\'s own invoice: other per guide')


# ================================================================ finish
write_tsv()
if __name__ == '__main__':
    from collections import Counter
    c = Counter(r['label'] for r in ROWS)
    print(len(ROWS), dict(c))
