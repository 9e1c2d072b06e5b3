#!/usr/bin/env python3
"""Builds the final9 evaluation set for dunnerd (owner: Romain Lefèvre, Lefèvre Traduction, Lille).
Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script."""
import os, hashlib, base64, datetime, shutil
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final9'
OWNER = 'Romain Lefèvre <romain@lefevre-traduction.fr>'
OADDR = 'romain@lefevre-traduction.fr'
ROWS = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity', 'lang',
        'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer', 'reference',
        'value_date', 'counts_as_payment', 'facts', 'split', 'notes']
CET = datetime.timezone(datetime.timedelta(hours=1))


def D(day, hh, mm, ss=0, tz=CET):
    """day 27..30 -> November 2026, 1..18 -> December 2026."""
    month = 11 if day >= 20 else 12
    return format_datetime(datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=tz))


def mid(name, domain):
    h = hashlib.sha1(name.encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)


def RMID(n):
    return '<dunnerd.%s.1@lefevre-traduction.fr>' % n


def mk(frm, subj, date, to=OWNER, msgid=None, irt=None, refs=None, extra=(), name='x'):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subj
    m['Date'] = date
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = msgid or mid(name + subj, dom)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def row(file, label, lang, group, pattern, provider='', direction='', amount='', currency='', payer='',
        reference='', value_date='', counts='', facts='', notes=''):
    ROWS.append(dict(file=file, label=label, source_repo='synthetic', source_path='build.py', source_commit='',
                     license='written for dunnerd', fidelity='synthetic', lang=lang, provider=provider,
                     source_group=group, pattern=pattern, direction=direction, amount=amount,
                     currency=currency, payer=payer, reference=reference, value_date=value_date,
                     counts_as_payment=counts, facts=facts, split=SPLIT, notes=notes))


def save(m, file, crlf=False, **kw):
    path = os.path.join(OUT, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(m, (bytes, str)):
        data = m.encode('utf-8') if isinstance(m, str) else m
        if crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    else:
        data = m.as_bytes(policy=policy.default.clone(linesep='\r\n' if crlf else '\n'))
    with open(path, 'wb') as f:
        f.write(data)
    row(file, file.split('/')[0], **kw)


def pdf(title, lines):
    """A small but valid one-page PDF."""
    text = 'BT /F1 11 Tf 50 780 Td 14 TL (%s) Tj ' % title + ' '.join('T* (%s) Tj' % l for l in lines) + ' ET'
    text = text.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(text) + text + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
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


# ---------------------------------------------------------------- reminders the owner sent
SIG_FR = """Romain Lefèvre
Lefèvre Traduction — traduction et localisation EN/DE > FR
12 rue de la Clef, 59800 Lille
+33 6 71 42 18 90 — www.lefevre-traduction.fr"""
SIG_EN = """Romain Lefèvre
Lefèvre Traduction — EN/DE > FR translation & localisation
Lille, France — +33 6 71 42 18 90"""


def rem_subject(n, lang):
    return ('Rappel : facture F-2026-0%s échue' % n) if lang == 'fr' else ('Reminder: invoice INV-0%s is overdue' % n)


def rem_body(n, lang, amount, due, hello=None):
    if lang == 'fr':
        return ("%s,\n\nSauf erreur de ma part, la facture F-2026-0%s d'un montant de %s €, arrivée à échéance "
                "le %s, reste impayée à ce jour.\n\nPourriez-vous me confirmer la date de règlement prévue ? "
                "Je vous remets la facture en pièce jointe.\n\nBien cordialement,\n\n%s") % (
                    hello or 'Bonjour', n, amount, due, SIG_FR)
    return ("%s,\n\nAccording to my records, invoice INV-0%s for €%s, due on %s, is still unpaid.\n\n"
            "Could you let me know when payment is scheduled? The invoice is attached again for convenience.\n\n"
            "Kind regards,\n\n%s") % (hello or 'Hello', n, amount, due, SIG_EN)


def quote(n, lang, amount, due, style, to_line='', when=None, hello=None):
    body = rem_body(n, lang, amount, due, hello)
    subj = rem_subject(n, lang)
    q = '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
    w = when or ('lun. 30 nov. 2026', '08:02', 'Mon, 30 Nov 2026', 'Monday, November 30, 2026 8:02 AM', 'lundi 30 novembre 2026 08:02')
    if style == 'gmail_fr':
        return '\n\nLe %s à %s, Romain Lefèvre <%s> a écrit :\n%s\n' % (w[0], w[1], OADDR, q)
    if style == 'gmail_en':
        return '\n\nOn %s at %s, Romain Lefèvre <%s> wrote:\n%s\n' % (w[2], w[1], OADDR, q)
    if style == 'apple_fr':
        return '\n\n> Le %s à %s, Romain Lefèvre <%s> a écrit :\n> \n%s\n' % (w[0].split(' ', 1)[1], w[1], OADDR, q)
    if style == 'tbird_fr':
        return '\n\nLe 30/11/2026 à %s, Romain Lefèvre a écrit :\n%s\n' % (w[1], q)
    if style == 'outlook_fr':
        return ('\n\n________________________________\nDe : Romain Lefèvre <%s>\nEnvoyé : %s\nÀ : %s\n'
                'Objet : %s\n\n%s\n') % (OADDR, w[4], to_line, subj, body)
    if style == 'outlook_en':
        return ('\n\n-----Original Message-----\nFrom: Romain Lefèvre <%s>\nSent: %s\nTo: %s\n'
                'Subject: %s\n\n%s\n') % (OADDR, w[3], to_line, subj, body)
    raise ValueError(style)


def outlook_html(paras, quoted_html='', charset_note=''):
    ps = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (p if p else '&nbsp;') for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}\n'
            '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (ps, quoted_html)


def outlook_quote_html(n, lang, amount, due, to_line, sent='lundi 30 novembre 2026 08:02'):
    body = rem_body(n, lang, amount, due).replace('\n', '<br>\n')
    if lang == 'fr':
        hdr = ('<b>De&nbsp;:</b> Romain Lef&egrave;vre &lt;%s&gt; <br>\n<b>Envoy&eacute;&nbsp;:</b> %s<br>\n'
               '<b>&Agrave;&nbsp;:</b> %s<br>\n<b>Objet&nbsp;:</b> %s') % (OADDR, sent, to_line, rem_subject(n, lang).replace('é', '&eacute;'))
    else:
        hdr = ('<b>From:</b> Romain Lef&egrave;vre &lt;%s&gt; <br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n'
               '<b>Subject:</b> %s') % (OADDR, sent, to_line, rem_subject(n, lang))
    return ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n') % (hdr, body)


W27 = ('ven. 27 nov. 2026', '09:15', 'Fri, 27 Nov 2026', 'Friday, November 27, 2026 9:15 AM', 'vendredi 27 novembre 2026 09:15')
W30 = ('lun. 30 nov. 2026', '08:02', 'Mon, 30 Nov 2026', 'Monday, November 30, 2026 8:02 AM', 'lundi 30 novembre 2026 08:02')
W01 = ('mar. 1 déc. 2026', '08:30', 'Tue, 1 Dec 2026', 'Tuesday, December 1, 2026 8:30 AM', 'mardi 1 décembre 2026 08:30')
W02 = ('mer. 2 déc. 2026', '08:05', 'Wed, 2 Dec 2026', 'Wednesday, December 2, 2026 8:05 AM', 'mercredi 2 décembre 2026 08:05')
W03 = ('jeu. 3 déc. 2026', '08:10', 'Thu, 3 Dec 2026', 'Thursday, December 3, 2026 8:10 AM', 'jeudi 3 décembre 2026 08:10')

HR = 'human_reply'


def reply(name, frm, n, lang, date, text, facts='', pattern='', group='', to=OWNER, style=None, amount='1 000,00',
          due='15/11/2026', when=W30, extra=(), irt=True, cc=None, subj=None, notes='', crlf=False, charset='utf-8',
          cte='quoted-printable', attach=None, hello=None):
    s = subj or (('RE: ' if style and style.startswith('outlook') else 'Re: ') + rem_subject(n, lang))
    ex = list(extra)
    if cc:
        ex.append(('Cc', cc))
    m = mk(frm, s, date, to=to, irt=RMID(n) if irt else None, extra=ex, name=name)
    body = text
    if style:
        to_line = frm.split('<')[-1].rstrip('>') if '<' in frm else frm
        body += quote(n, lang, amount, due, style, to_line=to_line, when=when, hello=hello)
    m.set_content(body, charset=charset, cte=cte)
    if attach:
        for data, mt, st, fn in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    save(m, HR + '/' + name + '.eml', crlf=crlf, lang=lang, group=group, pattern=pattern, facts=facts, notes=notes)


def human_replies():
    # 1 promise: vendredi
    reply('vauban_fr_virement_vendredi', 'Claire Dubreuil <claire.dubreuil@ateliervauban.fr>', 412, 'fr', D(30, 9, 12, 41),
          "Bonjour Romain,\n\nToutes mes excuses, la facture était restée dans la pile de notre gérant.\n"
          "Je fais le virement vendredi.\n\nBonne journée,\nClaire\n\n--\nClaire Dubreuil\nChargée de projets\n"
          "Atelier Vauban — agence de communication\n3 place du Théâtre, 59000 Lille",
          facts='promise_date=2026-12-04', group='Atelier Vauban', pattern='top-posted over Gmail-quoted reminder; weekday promise',
          style='gmail_fr', amount='1 480,00', due='15/11/2026')
    # 2 promise: le 15, long legal signature
    reply('kessler_fr_paiement_prevu_le_15', '"Koenig Béatrice - Maison Kessler" <b.koenig@maison-kessler.fr>', 415, 'fr', D(1, 14, 3, 9),
          "Bonjour Monsieur Lefèvre,\n\nNous accusons réception de votre relance.\nLe paiement de la facture F-2026-0415 est prévu le 15 "
          "avec notre prochaine échéance fournisseurs.\n\nCordialement,\n\nBéatrice Koenig\nService comptabilité\n"
          "MAISON KESSLER & FILS\nVins d'Alsace depuis 1887\n14 route du Vin — 68000 Colmar\nTél. 03 89 41 22 07\n\n"
          "SAS au capital de 450 000 € — RCS Colmar 378 412 905 — TVA intracommunautaire FR 27 378412905\n"
          "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.\n\n"
          "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
          "Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir "
          "immédiatement l'expéditeur et de le détruire. Maison Kessler & Fils décline toute responsabilité au titre de ce message "
          "s'il a été altéré, déformé ou falsifié.\n\nPensez à l'environnement avant d'imprimer ce message.",
          facts='promise_date=2026-12-15', group='Maison Kessler & Fils', pattern='day-of-month promise, long legal signature and disclaimer',
          style='outlook_fr', amount='2 160,00', due='20/11/2026', when=W01)
    # 3 en payment run Thursday
    reply('brightwell_en_payment_run_thursday', 'Hannah Pryce <accounts.payable@brightwell-learning.co.uk>', 418, 'en', D(30, 11, 47, 2, datetime.timezone.utc),
          "Hi Romain,\n\nThanks for the reminder. INV-0418 has been approved and is included in this week's payment run, "
          "which goes out on Thursday. Funds usually reach EUR accounts the next working day.\n\nBest wishes,\nHannah\n\n"
          "Hannah Pryce | Accounts Payable\nBrightwell Learning Ltd | 22 Whitworth Street, Manchester M1 3GS\n"
          "Registered in England and Wales No. 08812457",
          facts='promise_date=2026-12-03', group='Brightwell Learning Ltd', pattern='payment run weekday, UK sender in UTC',
          style='outlook_en', amount='1,250.00', due='20 November 2026',
          notes='promise is the payment run date (Thursday 3 Dec); arrival expected the next day')
    # 4 fin de la semaine prochaine + disclaimer, reply from secretary address
    reply('morand_fr_fin_semaine_prochaine', 'Secrétariat Morand & Associés <secretariat@morand-avocats.fr>', 420, 'fr', D(2, 16, 20, 55),
          "Monsieur,\n\nMaître Morand m'a chargée de vous indiquer que votre facture sera réglée d'ici la fin de la semaine prochaine, "
          "après validation par l'associé en charge du dossier.\n\nNous vous prions d'agréer, Monsieur, nos salutations distinguées.\n\n"
          "Nadia Benali\nAssistante juridique\nMORAND & ASSOCIÉS — Avocats au Barreau de Lyon\n27 quai Saint-Antoine, 69002 Lyon\n\n"
          "AVERTISSEMENT : Ce courriel et ses éventuelles pièces jointes sont couverts par le secret professionnel de l'avocat "
          "(article 66-5 de la loi du 31 décembre 1971). Ils sont destinés exclusivement à leur(s) destinataire(s). Si vous n'êtes pas "
          "le destinataire visé, toute lecture, copie ou diffusion est strictement interdite ; merci de nous en informer et de détruire ce message.",
          facts='promise_date=2026-12-11', group='Morand & Associés', pattern='"d\'ici la fin de la semaine prochaine", law-firm secrecy disclaimer',
          style='gmail_fr', amount='890,00', due='16/11/2026', when=W01, hello='Maître',
          notes='end of next week resolved to Friday 2026-12-11')
    # 5 en pay on the 10th
    reply('nordlys_en_pay_on_the_10th', 'Ingrid Solberg <ingrid@nordlysgames.no>', 421, 'en', D(2, 10, 5, 0, datetime.timezone(datetime.timedelta(hours=1))),
          "Hey Romain,\n\nsorry about this — our finance person left in October and things piled up. We'll pay on the 10th, "
          "together with the other localisation vendors.\n\nThe French build looks great btw, players are happy.\n\nIngrid\n\n"
          "Ingrid Solberg\nProducer, Nordlys Games AS\nMøllergata 12, 0179 Oslo",
          facts='promise_date=2026-12-10', group='Nordlys Games AS', pattern='"We\'ll pay on the 10th", friendly game studio',
          style='gmail_en', amount='3,420.00', due='25 November 2026')
    # 6 dispute quality
    reply('beffroi_fr_contestation_qualite', 'Jean-Marc Lheureux <jm.lheureux@editionsdubeffroi.fr>', 424, 'fr', D(3, 18, 42, 10),
          "Bonsoir Romain,\n\nJe me permets de vous répondre franchement : notre relectrice a relevé de nombreux contresens dans les "
          "chapitres 4 à 6 (notamment toutes les scènes de dialogue, où le registre familier a été aplati), et nous avons dû "
          "reprendre près de 40 pages en interne.\n\nDans ces conditions, nous ne réglerons pas la facture F-2026-0424 en l'état. "
          "Je vous propose un échange téléphonique la semaine prochaine pour convenir d'une réduction.\n\nCordialement,\n\n"
          "Jean-Marc Lheureux\nDirecteur éditorial\nÉditions du Beffroi — 8 rue de Bellain, 59500 Douai",
          facts='dispute=yes', group='Éditions du Beffroi', pattern='quality dispute (mistranslations), refuses to pay as is',
          style='tbird_fr', amount='4 200,00', due='20/11/2026')
    # 7 dispute word count, HTML-only Outlook
    m = mk('Olivier Carpentier <o.carpentier@hexalis-industrie.fr>', 'RE: ' + rem_subject(426, 'fr'), D(30, 15, 31, 18),
           irt=RMID(426), name='hexalis', extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', rem_subject(426, 'fr')),
                                                  ('Accept-Language', 'fr-FR, en-US'), ('Content-Language', 'fr-FR')])
    html = outlook_html(['Bonjour Monsieur Lef&egrave;vre,', '',
                         'Avant de lancer le paiement, je souhaite revenir sur le nombre de mots factur&eacute;.',
                         'Votre facture porte sur 12&nbsp;430 mots &agrave; 0,13&nbsp;&euro;, or l&rsquo;analyse Trados que nous avons refaite '
                         'sur les manuels de pompes PX-200 donne 9&nbsp;870 mots pond&eacute;r&eacute;s : les r&eacute;p&eacute;titions et les '
                         'correspondances 95-99&nbsp;% de la m&eacute;moire ne devraient pas &ecirc;tre factur&eacute;es au plein tarif, '
                         'conform&eacute;ment &agrave; notre grille.', '',
                         'Merci de nous adresser un avoir ou une facture rectifi&eacute;e. Le montant actuel (1&nbsp;616,00&nbsp;&euro; HT) '
                         'ne peut pas &ecirc;tre valid&eacute;.', '', 'Cordialement,', '',
                         '<b>Olivier Carpentier</b>', 'Responsable documentation technique', 'HEXALIS INDUSTRIE &#8211; Groupe Hexalis',
                         'ZI du Rouvignies &#8211; 59220 Rouvignies'],
                        outlook_quote_html(426, 'fr', '1 616,00', '13/11/2026', 'o.carpentier@hexalis-industrie.fr'))
    m.set_content(html, subtype='html', charset='utf-8', cte='quoted-printable')
    save(m, HR + '/hexalis_fr_outlook_html_word_count_dispute.eml', crlf=True, lang='fr', group='Groupe Hexalis',
         pattern='HTML-only Outlook, word-count dispute (Trados weighted count), asks for corrected invoice',
         facts='dispute=yes;request_invoice=yes',
         notes='asks for a credit note or corrected invoice; request_invoice set because a reissued invoice is wanted')
    # 8 en deadline dispute
    reply('tideway_en_late_delivery_dispute', 'Megan Ruiz <megan@tidewayapps.com>', 428, 'en', D(2, 17, 12, 0, datetime.timezone(datetime.timedelta(hours=-8))),
          "Hi Romain,\n\nBefore we process INV-0428 I need to flag that the French strings for release 4.2 came in two days after the "
          "agreed deadline (Nov 6 instead of Nov 4). We had to push the App Store submission by a week.\n\nGiven that, we'd like to discuss "
          "a 20% reduction on this invoice. Can you do a quick call Friday?\n\nThanks,\nMegan\n\n--\nMegan Ruiz | Head of Product\n"
          "Tideway Apps Inc. | Portland, OR",
          facts='dispute=yes', group='Tideway Apps Inc.', pattern='deadline dispute, asks for reduction, Pacific time zone',
          style='gmail_en', amount='2,340.00', due='20 November 2026', when=W02)
    # 9 already paid with date, different address than reminded
    reply('sorel_fr_deja_paye_24_nov_autre_adresse', 'Comptabilité Laboratoires Sorel <compta@labo-sorel.fr>', 430, 'fr', D(1, 9, 48, 30),
          "Bonjour,\n\nVotre relance a été adressée à Mme Vermeulen qui nous l'a transmise.\nLe virement correspondant à la facture "
          "F-2026-0430 a été effectué le 24 novembre dernier sur le compte indiqué sur votre facture (FR76 … 0417).\n\n"
          "Merci de vérifier de votre côté et de nous tenir informés si vous ne le retrouvez pas.\n\nCordialement,\n"
          "Service comptabilité\nLaboratoires Sorel — cosmétiques naturels\n112 rue de Lille, 59200 Tourcoing",
          facts='already_paid=2026-11-24', group='Laboratoires Sorel', pattern='already paid with date, reply from accounts address (not the reminded contact)',
          irt=False, subj='Facture F-2026-0430 - Laboratoires Sorel', notes='fresh message, no In-Reply-To')
    # 10 already paid, forwarded bank confirmation inline
    reply('remparts_fr_transfert_avis_credit_agricole', 'Émilie Caron <emilie@brasserie-remparts.fr>', 432, 'fr', D(3, 11, 6, 2),
          "Bonjour Romain,\n\nJe vous transfère la confirmation de notre banque : le virement est parti mardi.\n"
          "Il devrait apparaître sur votre compte d'ici demain.\n\nBelle journée,\nÉmilie Caron\nBrasserie des Remparts — Arras\n\n"
          "---------- Message transféré ---------\nDe : Crédit Agricole Nord de France <noreply@ca-norddefrance.fr>\n"
          "Date : mar. 1 déc. 2026 à 15:22\nObjet : Confirmation de votre virement\nÀ : <emilie@brasserie-remparts.fr>\n\n\n"
          "Madame, Monsieur,\n\nNous vous confirmons l'exécution du virement suivant :\n\nCompte débité : Compte courant professionnel n° ****4471\n"
          "Bénéficiaire : LEFEVRE TRADUCTION\nIBAN bénéficiaire : FR76 **** **** **** **** ***0 417\nMontant : 735,00 EUR\n"
          "Motif : FACT F-2026-0432\nDate d'exécution : 01/12/2026\n\nCordialement,\nVotre Caisse Régionale du Crédit Agricole Nord de France\n"
          "Ceci est un message automatique, merci de ne pas y répondre.",
          facts='already_paid=2026-12-01', group='Brasserie des Remparts', pattern='client forwards her bank\'s transfer confirmation (Gmail forward)',
          subj='Fwd: Confirmation de votre virement', irt=False,
          notes='contains a bank notice text but is a person forwarding it: human_reply; money not yet seen on the owner\'s account')
    # 11 en already paid, remittance PDF attached
    reply('kjellberg_en_remittance_pdf_attached', 'Accounts Payable <ap@kjellberg.se>', 433, 'en', D(4, 8, 55, 12),
          "Dear Supplier,\n\nPlease find attached the remittance advice for the payment of invoice INV-0433. The payment was released "
          "on 27/11/2026 by SEPA credit transfer.\n\nIf the amount has not reached your account within 3 banking days, please contact us "
          "with your bank statement.\n\nKind regards\n\nLinnea Ek\nAccounts Payable\nKjell & Berg AB | Hornsgatan 56 | 118 21 Stockholm",
          facts='already_paid=2026-11-27', group='Kjell & Berg AB', pattern='already paid, remittance PDF attached by an AP clerk',
          style='outlook_en', amount='980.00', due='25 November 2026', when=W03,
          attach=[(pdf('Kjell & Berg AB - Remittance advice', ['Payee: Lefevre Traduction', 'Invoice INV-0433  EUR 980.00',
                                                            'Payment date 2026-11-27', 'Payment ref 2000148833']),
                   'application', 'pdf', 'Remittance_2000148833.pdf')])
    # 12 already paid claimed, no date
    reply('opale_gites_fr_normalement_regle', 'Sophie Lemaire <sophie.lemaire@gites-cote-opale.fr>', 435, 'fr', D(30, 19, 40, 11),
          "Bonsoir,\n\nIl me semble que c'est réglé, je l'ai fait depuis l'appli de la banque il y a quelque temps. "
          "Pouvez-vous vérifier de votre côté ?\n\nSophie",
          facts='already_paid=claimed', group='Gîtes de la Côte d\'Opale', pattern='vague already-paid claim without date',
          style='apple_fr', amount='320,00', due='10/11/2026')
    # 13 RIB request from iPhone
    reply('dufresne_fr_rib_iphone', 'Patrick Dufresne <contact@menuiserie-dufresne.fr>', 437, 'fr', D(1, 7, 31, 50),
          "Bonjour\nVous pouvez me renvoyer votre RIB svp ma comptable ne le trouve pas\nMerci\n\nEnvoyé de mon iPhone",
          facts='request_rib=yes', group='Menuiserie Dufresne', pattern='short RIB request, "Envoyé de mon iPhone", Apple quote',
          style='apple_fr', amount='450,00', due='18/11/2026', extra=[('X-Mailer', 'iPhone Mail (22B91)')])
    # 14 request invoice PDF
    reply('hirondelle_fr_renvoyer_facture_pdf', 'Agence Hirondelle Voyages <contact@hirondelle-voyages.fr>', 438, 'fr', D(2, 10, 14, 0),
          "Bonjour Monsieur Lefèvre,\n\nJe ne retrouve pas la facture F-2026-0438 dans nos dossiers (la pièce jointe de votre relance ne "
          "s'ouvre pas chez nous). Pourriez-vous me la renvoyer en PDF ?\n\nMerci d'avance,\nCaroline Petit\nAgence Hirondelle — Voyages sur mesure\nBéthune",
          facts='request_invoice=yes', group='Agence Hirondelle Voyages', pattern='asks for the invoice PDF again',
          style='gmail_fr', amount='560,00', due='19/11/2026', when=W01)
    # 15 en invoice to Dublin entity + IBAN
    reply('corrigan_en_reissue_and_iban', 'Aoife Brennan <aoife.brennan@corriganshaw.ie>', 440, 'en', D(3, 12, 2, 0, datetime.timezone.utc),
          "Dear Romain,\n\nThank you for your email. Our finance team has pointed out that the invoice is addressed to Corrigan & Shaw "
          "LLP London, whereas the engagement was with our Dublin office (Corrigan & Shaw Solicitors, 40 Fitzwilliam Place, Dublin 2, "
          "VAT IE 9876543W).\n\nCould you please re-issue it to the Dublin entity and also confirm your IBAN and BIC in writing? "
          "We require this for all new suppliers.\n\nKind regards,\n\nAoife Brennan\nPractice Manager\nCorrigan & Shaw Solicitors\n\n"
          "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please "
          "notify the sender immediately and delete it. Corrigan & Shaw is regulated by the Law Society of Ireland.",
          facts='request_invoice=yes;request_rib=yes', group='Corrigan & Shaw Solicitors', pattern='asks for re-issued invoice and IBAN/BIC, legal disclaimer',
          style='outlook_en', amount='1,120.00', due='22 November 2026', when=W02)
    # 16 Noté.
    reply('arcadie_fr_note', 'François Delattre <f.delattre@fondation-arcadie.org>', 441, 'fr', D(30, 12, 1, 7),
          "Noté.\n\nF. Delattre", group='Fondation Arcadie', pattern='one-word answer', style='gmail_fr', amount='640,00', due='16/11/2026')
    # 17 ok merci
    reply('marelle_fr_ok_merci', 'Lucie <lucie@studiomarelle.fr>', 443, 'fr', D(4, 13, 58, 40), "ok merci\n",
          group='Studio Marelle', pattern='two-word answer, no signature', style='apple_fr', amount='720,00', due='27/11/2026', when=W03)
    # 18 en thanks noted
    reply('harbourfinch_en_thanks_noted', 'Tom Finch <tom@harbourandfinch.co.uk>', 444, 'en', D(1, 9, 2, 0, datetime.timezone.utc),
          "Thanks, noted.\n\nTom\n\nSent from Outlook for iOS", group='Harbour & Finch Ltd', pattern='short English acknowledgement, Outlook for iOS',
          style='outlook_en', amount='870.00', due='23 November 2026')
    # 19 negation: ne contestons pas, pas encore pu payer, date
    reply('verlinde_fr_ne_contestons_pas_paiement_le_9', 'Arnaud Verlinde <a.verlinde@verlinde-logistique.fr>', 446, 'fr', D(2, 11, 25, 3),
          "Bonjour,\n\nNous ne contestons pas la facture, la traduction des procédures de sécurité a été très bien reçue par nos équipes.\n"
          "Je n'ai simplement pas encore pu lancer le paiement : notre DAF est en congé jusqu'au 7 décembre et lui seul peut signer "
          "les virements au-delà de 1 500 €.\n\nLe règlement interviendra au plus tard le 9 décembre.\n\nBien à vous,\n"
          "Arnaud Verlinde\nResponsable QSE — Verlinde Logistique\nParc d'activités de la Haute Borne, Villeneuve-d'Ascq",
          facts='promise_date=2026-12-09', group='Verlinde Logistique', pattern='negations ("ne contestons pas", "pas encore pu") + dated promise',
          style='outlook_fr', amount='1 980,00', due='20/11/2026', when=W01, notes='not a dispute: the negation matters')
    # 20 negation without date
    reply('estran_fr_pas_encore_paye', 'Compagnie de l\'Estran <administration@cie-estran.fr>', 447, 'fr', D(2, 17, 9, 0),
          "Bonjour Romain,\n\nVous avez raison, je n'ai pas encore payé, désolée. Les subventions de la région ne sont pas encore tombées "
          "et la trésorerie est tendue. Je m'en occupe dès que possible, promis.\n\nAmicalement,\nMaud\nAdministratrice — Compagnie de l'Estran (Dunkerque)",
          group='Compagnie de l\'Estran', pattern='admits not paid yet, no date', style='gmail_fr', amount='380,00', due='13/11/2026', when=W02,
          notes='no promise date and no already-paid claim ("je n\'ai pas encore payé")')
    # 21 tu, demain
    reply('marchetti_fr_tutoiement_demain', 'Julien Marchetti <julien@marchetti-photo.fr>', 449, 'fr', D(1, 22, 17, 33),
          "Salut Romain,\n\nAïe, désolé, ça m'était complètement sorti de la tête avec le salon photo. Je te fais le virement demain sans faute.\n\n"
          "Encore merci pour les traductions du site, ça rend super bien.\n\nJu", facts='promise_date=2026-12-02',
          group='Marchetti Photo', pattern='informal "tu", "demain", late evening', style='gmail_fr', amount='380,00', due='25/11/2026', when=W01)
    # 22 forward to colleague, owner in Cc
    reply('vandamme_fr_transfert_collegue_cc', 'Marc Vandamme <marc.vandamme@groupe-vandamme.fr>', 450, 'fr', D(30, 10, 40, 0),
          "Sandrine,\n\nPeux-tu regarder pourquoi la facture de M. Lefèvre n'est pas partie ? Le bon de commande a bien été validé en octobre "
          "(traduction du catalogue printemps). Merci de me tenir au courant.\n\nRomain, je vous mets en copie pour suivi.\n\nMarc\n\n"
          "Marc Vandamme\nDirecteur marketing — Groupe Vandamme\nRoubaix",
          group='Groupe Vandamme', pattern='forward to a colleague with the owner in Cc', to='Sandrine Leroy <s.leroy@groupe-vandamme.fr>',
          cc=OWNER, subj='TR: ' + rem_subject(450, 'fr'), style='outlook_fr', amount='2 950,00', due='15/11/2026',
          notes='addressed to a colleague; no promise or claim towards the owner')
    # 23 en net 30 from receipt
    reply('lumen_en_net30_from_receipt', 'Priya Natarajan <priya.natarajan@lumenhealth.com>', 452, 'en', D(2, 14, 30, 0, datetime.timezone(datetime.timedelta(hours=-5))),
          "Hello Romain,\n\nOur standard terms are net 30 from receipt of invoice, not from invoice date. We logged INV-0452 on November 16, "
          "so it is scheduled for payment on December 16 via Payoneer as usual.\n\nRegards,\nPriya Natarajan\nVendor Management, Lumen Health Inc.\nBoston, MA",
          facts='promise_date=2026-12-16', group='Lumen Health Inc.', pattern='"net 30 from receipt" explained with the resulting date',
          style='gmail_en', amount='3,200.00', due='November 20, 2026', when=W02)
    # 24 facture corrigée
    reply('deleplanque_fr_reception_facture_corrigee', 'Service Fournisseurs Deleplanque <fournisseurs@transports-deleplanque.fr>', 453, 'fr', D(3, 9, 15, 45),
          "Bonjour,\n\nVotre facture F-2026-0453 mentionne le bon de commande BC-77812 alors que la commande correspondante porte le numéro "
          "BC-77182. Notre outil de rapprochement la rejette donc automatiquement.\n\nLe règlement interviendra à réception de la facture corrigée.\n\n"
          "Cordialement,\nService Comptabilité Fournisseurs\nTransports Deleplanque SAS — Arras",
          facts='request_invoice=yes', group='Transports Deleplanque', pattern='"à réception de facture corrigée", wrong PO number',
          style='outlook_fr', amount='1 245,00', due='24/11/2026', when=W02,
          notes='conditional promise without a date; the work itself is not contested (no dispute fact)')
    # 25 la semaine du 14
    reply('douaisis_fr_semaine_du_14', 'Nathalie Brunet <n.brunet@agglo-douaisis.example>', 455, 'fr', D(1, 15, 50, 20),
          "Bonjour Monsieur,\n\nVotre facture a bien été mandatée par nos services le 27 novembre. Compte tenu des délais de traitement du "
          "comptable public, le règlement devrait intervenir la semaine du 14.\n\nCordialement,\nN. Brunet\nDirection des finances\n"
          "Communauté d'agglomération du Douaisis",
          facts='promise_date=week_of_2026-12-14', group='Communauté d\'agglomération du Douaisis',
          pattern='public body, "la semaine du 14", mandatement', style='gmail_fr', amount='1 860,00', due='22/11/2026', when=W01)
    # 26 fin du mois
    reply('delcourt_fr_fin_du_mois', 'Agnès Vasseur <agnes@delcourt-vasseur-architectes.fr>', 456, 'fr', D(2, 12, 33, 8),
          "Bonjour Romain,\n\nOn règle nos fournisseurs en fin de mois, ce sera donc fait fin décembre avec les autres.\n\nBonne fin de semaine,\nAgnès",
          facts='promise_date=2026-12-31', group='Delcourt & Vasseur Architectes', pattern='"fin de mois" promise', style='tbird_fr',
          amount='530,00', due='25/11/2026')
    # 27 début janvier
    reply('lumieres_nord_fr_debut_janvier', 'Festival Lumières du Nord <tresorerie@lumieresdunord.org>', 458, 'fr', D(2, 20, 4, 0),
          "Bonsoir Romain,\n\nLe budget 2026 de l'association est bouclé et nous attendons le versement de la subvention départementale. "
          "Le paiement de ta facture se fera début janvier, dès réception des fonds.\n\nMerci pour ta patience et encore bravo pour "
          "les sous-titres du court-métrage !\n\nPhilippe, trésorier",
          facts='promise_date=early_2027-01', group='Festival Lumières du Nord', pattern='"début janvier", association, tutoiement',
          style='gmail_fr', amount='600,00', due='30/11/2026', when=W01)
    # 28 en next week
    reply('ostara_en_next_week', 'Jeroen de Wit <j.dewit@ostara-biotech.nl>', 459, 'en', D(4, 11, 20, 0),
          "Dear Mr Lefèvre,\n\nApologies for the delay. Our finance department confirmed that the payment will be transferred next week.\n\n"
          "Best regards,\nJeroen de Wit\nRegulatory Affairs | Ostara Biotech B.V. | Leiden",
          facts='promise_date=week_of_2026-12-07', group='Ostara Biotech B.V.', pattern='"next week" from a Friday', style='outlook_en',
          amount='2,760.00', due='20 November 2026', when=W03)
    # 29 lundi prochain
    reply('lenoir_fr_virement_lundi_prochain', 'Imprimerie Lenoir <compta@imprimerie-lenoir.fr>', 461, 'fr', D(3, 16, 45, 0),
          "Bonjour,\n\nVirement lancé lundi prochain.\n\nCordialement\nImprimerie Lenoir", facts='promise_date=2026-12-07',
          group='Imprimerie Lenoir', pattern='terse promise "lundi prochain"', style='outlook_fr', amount='275,00', due='27/11/2026', when=W02)
    # 30 après-demain
    reply('flandres_habitat_fr_apres_demain', 'Bruno Delannoy <bruno.delannoy@flandres-habitat.fr>', 462, 'fr', D(30, 14, 12, 0),
          "Bonjour Monsieur Lefèvre,\n\nJe suis en déplacement, je passe à l'agence après-demain et je vous fais le virement dans la foulée.\n\n"
          "Cordialement,\nBruno Delannoy\nFlandres Habitat — Hazebrouck",
          facts='promise_date=2026-12-02', group='Flandres Habitat', pattern='"après-demain"', style='gmail_fr', amount='410,00', due='16/11/2026')
    # 31 en VAT question
    reply('greywater_en_vat_question', 'Oliver Grant <oliver@greywater-analytics.co.uk>', 463, 'en', D(30, 16, 3, 0, datetime.timezone.utc),
          "Hi Romain,\n\nQuick question before I pay: your invoice charges French VAT at 20%. As we're a UK business, shouldn't this be "
          "outside the scope of VAT / reverse charge? Our accountant flagged it.\n\nCheers,\nOliver",
          group='Greywater Analytics Ltd', pattern='plain question about VAT, no commitment', style='gmail_en', amount='1,440.00',
          due='23 November 2026', notes='question only; not counted as a dispute')
    # 32 chèque question
    reply('bertin_fr_paiement_par_cheque', 'Cabinet Bertin <cabinet@bertin-kine.fr>', 464, 'fr', D(1, 12, 47, 0),
          "Bonjour,\nEst-ce que je peux vous régler par chèque ? Je n'ai pas encore mis en place les virements sur le nouveau compte du cabinet.\n"
          "Cordialement\nM. Bertin", group='Cabinet Bertin', pattern='question: can I pay by cheque', style='tbird_fr',
          amount='180,00', due='20/11/2026', cte='8bit')
    # 33 complaint about reminder tone
    reply('roubaix_creations_fr_relances_insistantes', 'Isabelle Roussel <i.roussel@textiles-roubaix-creations.fr>', 465, 'fr', D(2, 9, 3, 0),
          "Monsieur,\n\nJe trouve vos relances un peu insistantes. Nous travaillons avec des dizaines de prestataires et nous les payons tous ; "
          "votre facture sera traitée comme les autres, dans l'ordre d'arrivée.\n\nI. Roussel\nTextiles Roubaix Créations",
          group='Textiles Roubaix Créations', pattern='complaint about the reminders, no date', style='outlook_fr', amount='1 050,00',
          due='13/11/2026', when=W02, notes='annoyed tone but no dispute of the invoice and no promise date')
    # 34 mailing-list post by a person
    m = mk('Nathalie Verbeke <n.verbeke@traductions-verbeke.fr>', '[trad-hdf] Recherche relecteur·rice EN>FR dispositifs médicaux',
           D(1, 11, 28, 0), to='trad-hdf@listes.traducteurs-hdf.example', name='list',
           extra=[('List-Id', 'Traducteurs Hauts-de-France <trad-hdf.listes.traducteurs-hdf.example>'),
                  ('List-Unsubscribe', '<mailto:trad-hdf-unsubscribe@listes.traducteurs-hdf.example>'),
                  ('Precedence', 'list'), ('Sender', 'trad-hdf-bounces@listes.traducteurs-hdf.example')])
    m.set_content("Bonjour à toutes et à tous,\n\nJe cherche un·e collègue pour relire environ 6 000 mots EN>FR (notice d'utilisation "
                  "d'un dispositif médical de classe IIa, sous memoQ). Délai : mardi 8 décembre. Tarif à discuter, autour de 35 €/h.\n\n"
                  "Répondez-moi directement hors liste.\n\nMerci !\nNathalie Verbeke\nTraductrice EN/NL>FR — Lille\n\n"
                  "_______________________________________________\ntrad-hdf mailing list\nhttps://listes.traducteurs-hdf.example/mailman/listinfo/trad-hdf",
                  charset='utf-8', cte='8bit')
    save(m, HR + '/tradhdf_fr_mailing_list_post.eml', lang='fr', group='trad-hdf mailing list',
         pattern='mailing-list post written by a person (List-Id, Precedence: list)', notes='not about an invoice; a person\'s message')
    # 35 colleague translator, fresh mail
    m = mk('Aurélie Chen <aurelie@chen-traduction.fr>', 'Dispo pour un projet DE>FR en décembre ?', D(3, 8, 41, 0), name='chen')
    m.set_content("Coucou Romain,\n\nJ'ai un client (fabricant de vélos allemand) qui m'envoie 15 000 mots DE>FR pour le 18/12, je ne peux "
                  "pas tout absorber. Tu aurais de la place pour en prendre la moitié ? Tarif client 0,14 €/mot, je te reverse 0,12.\n\n"
                  "Dis-moi vite que je lui réponde avant ce soir.\n\nBises,\nAurélie", charset='utf-8', cte='quoted-printable')
    save(m, HR + '/chen_fr_collegue_sous_traitance.eml', lang='fr', group='Aurélie Chen (colleague)',
         pattern='colleague\'s fresh message offering work, amounts and dates that are not payments')
    # 36 partial payment + balance date
    reply('marechal_fr_acompte_et_solde', 'Comptabilité Maréchal Frères <compta@marechal-freres.fr>', 467, 'fr', D(4, 15, 5, 0),
          "Bonjour,\n\nSuite à votre relance, nous avons réglé ce jour 1 200,00 € (50 %) sur la facture F-2026-0467. Le solde, soit "
          "1 200,00 €, sera versé le 18 décembre.\n\nCordialement,\nG. Maréchal",
          facts='already_paid=2026-12-04;promise_date=2026-12-18', group='Maréchal Frères',
          pattern='partial payment made today + promise for the balance', style='outlook_fr', amount='2 400,00', due='20/11/2026', when=W03,
          notes='only half is claimed as paid')
    # 37 en Sent from my iPhone, tomorrow
    reply('okafor_en_iphone_tomorrow', 'Daniel Okafor <daniel@okaforconsulting.co.uk>', 468, 'en', D(1, 18, 2, 0, datetime.timezone.utc),
          "Apologies Romain, will sort it first thing tomorrow.\n\nD.\n\nSent from my iPhone",
          facts='promise_date=2026-12-02', group='Okafor Consulting', pattern='"tomorrow", Sent from my iPhone', style='gmail_en',
          amount='650.00', due='24 November 2026', when=W01)
    # 38 windows-1252 Outlook, 11/12
    reply('godin_fr_cp1252_programme_11_12', 'Etablissements Godin <s.fontaine@ets-godin.fr>', 469, 'fr', D(2, 10, 58, 14),
          "Bonjour,\n\nRéf. votre facture F-2026-0469 : le paiement est programmé pour le 11/12 (traitement des règlements fournisseurs "
          "deux fois par mois).\n\nCordialement,\n\nSéverine Fontaine\nAssistante comptable – Ets Godin\n« Qualité & service depuis 1962 »",
          facts='promise_date=2026-12-11', group='Etablissements Godin', pattern='windows-1252 charset, numeric date "11/12"',
          style='outlook_fr', amount='990,00', due='18/11/2026', when=W01, charset='windows-1252',
          extra=[('X-Mailer', 'Microsoft Outlook 14.0')], crlf=True)
    # 39 broken charset: declared us-ascii, latin-1 8bit bytes; jeudi prochain
    raw = ("From: Cuisines Lambersart <atelier@cuisines-lambersart.fr>\nTo: " + 'Romain =?utf-8?q?Lef=C3=A8vre?= <romain@lefevre-traduction.fr>' +
           "\nSubject: Re: Rappel : facture F-2026-0470 =?iso-8859-1?q?=E9chue?=\nDate: " + D(3, 14, 26, 0) +
           "\nMessage-ID: <20261203142600.3F1C2A@cuisines-lambersart.fr>\nIn-Reply-To: " + RMID(470) + "\nReferences: " + RMID(470) +
           "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\nX-Mailer: Mozilla 4.8 [fr] (Windows NT 5.1; U)\n\n")
    body = ("Bonjour,\n\nNous avons bien re\xe7u votre relance. Le r\xe8glement de 1 310,00 \x80 part jeudi prochain, "
            "nous attendions le paiement d'un chantier.\n\nSalutations\nD. Lambert\nCuisines Lambersart\n").encode('latin-1', 'replace')
    body = body.replace(b'\x80', b'\xa4')  # ISO-8859-15 euro sign, undeclared
    save(raw.encode('ascii') + body, HR + '/lambersart_fr_broken_charset_jeudi_prochain.eml', lang='fr', group='Cuisines Lambersart',
         pattern='broken MIME: declares us-ascii 7bit but body has ISO-8859-15 bytes; "jeudi prochain"', facts='promise_date=2026-12-10',
         notes='sent on Thursday 3 Dec, "jeudi prochain" resolved to Thursday 10 Dec')
    # 40 en dispute rush fee + reissue
    reply('veridian_en_rush_fee_dispute', 'Sam Whitaker <sam.whitaker@veridiansoftware.com>', 471, 'en', D(30, 13, 10, 0, datetime.timezone.utc),
          "Romain,\n\nINV-0471 includes a 25% rush surcharge that was never agreed. The deadline we gave you was the standard 5 working days "
          "and nobody on our side approved an express rate. Please reissue the invoice without the surcharge and we will pay it promptly.\n\n"
          "Sam Whitaker\nLocalization Manager, Veridian Software Ltd",
          facts='dispute=yes;request_invoice=yes', group='Veridian Software Ltd', pattern='disputes a surcharge, asks for a reissued invoice',
          style='outlook_en', amount='1,875.00', due='25 November 2026')
    # 41 assistant replies for the boss (human, not auto)
    reply('garnier_fr_assistante_transmet', 'Lydie Masson <l.masson@garnier-expertise.fr>', 472, 'fr', D(1, 10, 2, 0),
          "Bonjour Monsieur Lefèvre,\n\nM. Garnier est en déplacement toute la semaine. Je lui transmets votre message dès son retour "
          "et il reviendra vers vous.\n\nBien cordialement,\nLydie Masson\nAssistante de direction — Garnier Expertise Comptable",
          group='Garnier Expertise', pattern='assistant answers personally about an absent boss (not an autoresponder)', style='outlook_fr',
          amount='1 320,00', due='17/11/2026', notes='reads like an absence notice but is written by a person')
    # 42 en sent via Wise yesterday
    reply('bluefin_en_sent_via_wise_yesterday', 'Carlos Mendes <carlos@bluefinmedia.example>', 473, 'en', D(4, 9, 45, 0, datetime.timezone(datetime.timedelta(hours=-6))),
          "Hi Romain — payment was sent via Wise yesterday, you should see it Monday at the latest. Wise ref is #P-88213077.\n\n"
          "Have a good weekend,\nCarlos\n--\nBluefin Media LLC · Austin, TX",
          facts='already_paid=2026-12-03', group='Bluefin Media LLC', pattern='already sent "yesterday" with a transfer reference',
          style='gmail_en', amount='1,600.00', due='27 November 2026', when=W03)
    # 43 instalments proposal
    reply('esquermes_fr_paiement_en_trois_fois', 'SARL Le Comptoir d\'Esquermes <contact@comptoir-esquermes.fr>', 474, 'fr', D(30, 17, 55, 0),
          "Bonjour Romain,\n\nLa période est compliquée pour nous. Serait-il possible de régler la facture en trois fois : 500 € le "
          "15 décembre, 500 € le 15 janvier et le solde (500 €) le 15 février ?\n\nDites-moi si cela vous convient.\n\nMerci,\nKarim Haddad\n"
          "Le Comptoir d'Esquermes — Lille", facts='promise_date=2026-12-15', group='Le Comptoir d\'Esquermes',
          pattern='proposes an instalment plan (first instalment dated)', style='gmail_fr', amount='1 500,00', due='15/11/2026',
          notes='a proposal, not a firm promise; promise_date is the first instalment (unsure)')
    # 44 HTML-only Outlook, already paid 27/11 with reference
    m = mk('Hélène Bouchez <h.bouchez@polyclinique-du-parc.example>', 'RE: ' + rem_subject(476, 'fr'), D(2, 15, 2, 30),
           irt=RMID(476), name='poly', extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', rem_subject(476, 'fr'))])
    m.set_content(outlook_html(['Bonjour,', '', 'Cette facture a &eacute;t&eacute; pay&eacute;e le 27/11 par virement SEPA '
                                '(r&eacute;f. VIR-2611-00842, 1&nbsp;140,00&nbsp;&euro;).',
                                'Merci de v&eacute;rifier votre relev&eacute; avant toute nouvelle relance.', '', 'Cordialement,', '',
                                '<span style="color:#1F4E79"><b>H&eacute;l&egrave;ne Bouchez</b></span>',
                                '<span style="color:#1F4E79">Service Comptabilit&eacute; &#8211; Polyclinique du Parc</span>'],
                               outlook_quote_html(476, 'fr', '1 140,00', '20/11/2026', 'h.bouchez@polyclinique-du-parc.example',
                                                  sent='mercredi 2 d&eacute;cembre 2026 08:05')),
                  subtype='html', charset='utf-8', cte='base64')
    save(m, HR + '/polyclinique_fr_outlook_html_paye_27_11.eml', crlf=True, lang='fr', group='Polyclinique du Parc',
         pattern='HTML-only Outlook in base64, already paid 27/11 with reference', facts='already_paid=2026-11-27')
    # 45 en PO number
    reply('alderrowe_en_po_number_missing', 'Accounts Payable - Alder & Rowe <invoices@alderrowe.example>', 477, 'en', D(3, 10, 10, 0, datetime.timezone.utc),
          "Dear Romain,\n\nWe are unable to process INV-0477 because it does not quote a purchase order number. Please resubmit the invoice "
          "showing PO 4500012345 to invoices@alderrowe.example.\n\nThank you,\nMark Jennings\nAccounts Payable Team\nAlder & Rowe plc",
          facts='request_invoice=yes', group='Alder & Rowe plc', pattern='AP clerk asks to resubmit with PO number (written by a person)',
          style='outlook_en', amount='2,050.00', due='26 November 2026', when=W02,
          notes='from an AP mailbox but signed and specific: a person')
    # 46 bien reçu, transmis
    reply('opale_sante_fr_transmis_compta', 'Mutuelle Opale Santé <communication@opale-sante.example>', 478, 'fr', D(4, 16, 30, 0),
          "Bonjour,\nBien reçu, c'est transmis au service comptable.\nBonne fin de semaine\nJulie G.",
          group='Mutuelle Opale Santé', pattern='acknowledgement, forwarded internally', style='gmail_fr', amount='760,00', due='24/11/2026', when=W03)
    # 47 dispute on rate with negation
    reply('pixelsud_fr_tarif_devis_conteste', 'Thomas Giraud <thomas@pixelsud.example>', 479, 'fr', D(1, 16, 12, 0),
          "Bonjour Romain,\n\nNous ne contestons pas la qualité de la traduction, qui était impeccable. En revanche le montant ne correspond "
          "pas au devis : le devis D-2026-061 indiquait 0,11 €/mot et la facture applique 0,13 €/mot, soit 184 € d'écart.\n\n"
          "Peux-tu nous envoyer une facture rectifiée ? On la paiera dès réception.\n\nThomas\nPixelsud — agence digitale, Montpellier",
          facts='dispute=yes;request_invoice=yes', group='Pixelsud', pattern='contests the amount but explicitly not the quality',
          style='gmail_fr', amount='1 196,00', due='20/11/2026')
    # 48 en new quote request, fresh mail
    m = mk('Rachel Moss <rachel.moss@sundialpress.example>', 'Quote request - DE>FR garden guide, approx. 8,000 words', D(3, 15, 20, 0, datetime.timezone.utc), name='sundial')
    m.set_content("Dear Romain,\n\nYour name was passed on to us by Nordlys Games. We are publishing a French edition of a German gardening "
                  "guide (approx. 8,000 words plus captions) and would like a quote and an estimated delivery date. The source files are "
                  "InDesign IDML.\n\nOur usual terms are payment within 30 days of invoice.\n\nBest wishes,\nRachel Moss\nRights & Editions Manager\n"
                  "Sundial Press Ltd, Bath", charset='utf-8', cte='7bit')
    m.add_attachment(pdf('Sample pages', ['Gartenfreude im Winter', 'p. 12-14']), maintype='application', subtype='pdf', filename='sample_pages.pdf')
    save(m, HR + '/sundial_en_quote_request.eml', lang='en', group='Sundial Press Ltd',
         pattern='new prospect asks for a quote, mentions payment terms', notes='"payment within 30 days" is their terms, not a promise')


PN = 'payment_notification'


def notice(name, frm, subj, date, text=None, html=None, lang='fr', provider='', pattern='', direction='', amount='',
           currency='EUR', payer='', reference='', value_date='', counts='no', notes='', extra=(), to=OWNER,
           charset='utf-8', cte='quoted-printable', label=PN, group=None, facts='', attach=None, crlf=False):
    m = mk(frm, subj, date, to=to, extra=extra, name=name)
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    if attach:
        for data, mt, st, fn in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    kw = dict(lang=lang, group=group or provider, pattern=pattern, notes=notes, facts=facts)
    if label == PN:
        kw.update(provider=provider, direction=direction, amount=amount, currency=currency if (direction and amount) else '', payer=payer,
                  reference=reference, value_date=value_date, counts=counts)
    else:
        kw.update(provider=provider)
    save(m, label + '/' + name + '.eml', crlf=crlf, **kw)


def bank_html(brand, color, title, lines, footer, intro=''):
    trs = ''.join('<tr><td style="padding:6px 0;color:#6b6b6b;font-size:13px">%s</td>'
                  '<td style="padding:6px 0;text-align:right;font-size:14px;font-weight:600">%s</td></tr>\n' % (k, v) for k, v in lines)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>%s</title></head>\n<body style="margin:0;background:#f4f4f6;font-family:Arial,Helvetica,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="background:%s;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 12px">%s</h1>\n<p style="font-size:14px;color:#333">%s</p>\n'
            '<table role="presentation" width="100%%" style="border-top:1px solid #eee;border-bottom:1px solid #eee">\n%s</table>\n'
            '</td></tr>\n<tr><td style="padding:16px 24px;font-size:11px;color:#8a8a8a">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (title, color, brand, title, intro, trs, footer)


def payments_in():
    # Qonto: money in
    notice('qonto_fr_virement_recu_vauban', 'Qonto <noreply@qonto.com>', 'Vous avez reçu un virement de 1 480,00 €', D(4, 10, 2, 11),
           text="Bonjour Romain,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Lefèvre Traduction.\n\n"
                "Émetteur : ATELIER VAUBAN SARL\nRéférence : F-2026-0412 ATELIER VAUBAN\nDate : 04/12/2026\nCompte : Compte principal (•• 0417)\n\n"
                "Pensez à ajouter un justificatif à cette transaction depuis votre application.\n\nL'équipe Qonto\n\n"
                "Qonto — 18 rue de Navarin, 75009 Paris. Olinda SAS, établissement de paiement agréé par l'ACPR (CIB 16958).\n"
                "Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.",
           html=bank_html('Qonto', '#1d1d1b', 'Virement reçu', [('Montant', '+ 1 480,00 €'), ('De', 'ATELIER VAUBAN SARL'),
                                                                 ('Référence', 'F-2026-0412 ATELIER VAUBAN'), ('Date', '04/12/2026')],
                          'Olinda SAS, établissement de paiement agréé par l\'ACPR. Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.',
                          'Bonjour Romain, vous avez reçu un virement sur votre compte Lefèvre Traduction.'),
           provider='Qonto', pattern='"Vous avez reçu un virement de", amount in subject, text+HTML', direction='in', amount='1480.00',
           payer='ATELIER VAUBAN SARL', reference='F-2026-0412 ATELIER VAUBAN', value_date='2026-12-04', counts='yes',
           notes='layout based on Qonto transaction notifications as described in Qonto help-center FAQ (pages corpus)')
    # Shine, emoji, short
    notice('shine_fr_nouveau_virement_beffroi', 'Shine <notifications@shine.fr>', '💸 Nouveau virement reçu', D(30, 14, 22, 0),
           text="Bonne nouvelle Romain !\n\nTu viens de recevoir 960,00 € de EDITIONS DU BEFFROI.\nLibellé : ACOMPTE TRAD ROMAN LOT 2\n\n"
                "Retrouve le détail de l'opération dans l'app Shine.\n\nÀ très vite,\nL'équipe Shine\n\n"
                "Shine SAS, établissement de paiement agréé par l'ACPR sous le n° 16868. Ceci est un message automatique.",
           provider='Shine', pattern='tutoiement neobank, amount only in body, emoji subject', direction='in', amount='960.00',
           payer='EDITIONS DU BEFFROI', reference='ACOMPTE TRAD ROMAN LOT 2', value_date='2026-11-30', counts='yes',
           notes='a deposit from a client whose other invoice is disputed')
    # BNP: avis de crédit
    notice('bnp_fr_avis_credit_hexalis', 'BNP Paribas <ne-pas-repondre@mabanque.bnpparibas>', 'Avis d\'opération sur votre compte',
           D(2, 7, 5, 0),
           text="Madame, Monsieur,\n\nNous vous informons qu'un virement SEPA d'un montant de 2 315,40 EUR a été porté au crédit de votre "
                "compte n° ***** ****3358 le 01/12/2026.\n\nDonneur d'ordre : SAS HEXALIS INDUSTRIE\nLibellé : RGLT FACT F-2026-0398 F-2026-0401\n"
                "Date de valeur : 01/12/2026\n\nPour consulter le détail de vos opérations, connectez-vous à Mes Comptes sur mabanque.bnpparibas.\n\n"
                "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nBNP Paribas\n\n"
                "Ce message vous est adressé automatiquement. Merci de ne pas répondre à cet e-mail.\n"
                "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris — ORIAS n° 07 022 735",
           provider='BNP Paribas', pattern='formal "porté au crédit", one transfer paying two invoices', direction='in', amount='2315.40',
           payer='SAS HEXALIS INDUSTRIE', reference='RGLT FACT F-2026-0398 F-2026-0401', value_date='2026-12-01', counts='yes')
    # Crédit Agricole alert short
    notice('ca_fr_alerte_credit_kessler', 'Crédit Agricole <alertes@credit-agricole.fr>', 'Alerte opération créditrice',
           D(3, 6, 31, 0), charset='iso-8859-1',
           text="Bonjour,\n\nUne opération créditrice de 640,00 EUR a été enregistrée sur votre compte ****8812 :\n"
                "VIR SEPA MAISON KESSLER ET FILS / FACTURE 0409\n\nDate : 02/12/2026\n\nCrédit Agricole Nord de France\n"
                "Service Alertes Mail - Ce message est envoyé automatiquement, ne pas répondre.",
           provider='Crédit Agricole', pattern='short alert, ISO-8859-1, payer inside the operation label', direction='in', amount='640.00',
           payer='MAISON KESSLER ET FILS', reference='VIR SEPA MAISON KESSLER ET FILS / FACTURE 0409', value_date='2026-12-02', counts='yes',
           notes='payer is inside the label "VIR SEPA ..."')
    # Société Générale HTML-only table
    notice('sg_fr_virement_recu_html_table', 'Société Générale <alertes@societegenerale.fr>', 'Vous avez reçu un virement',
           D(1, 8, 12, 40),
           html=('<html><body style="font-family:Arial"><table width="600" align="center" cellpadding="8" style="border:1px solid #ccc">'
                 '<tr><td style="background:#e9041e;color:#fff;font-weight:bold">SOCIETE GENERALE</td></tr>'
                 '<tr><td>Bonjour,<br><br>Un virement a été crédité sur votre compte professionnel.</td></tr>'
                 '<tr><td><table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">'
                 '<tr style="background:#f2f2f2"><th>Date</th><th>Libellé</th><th>Émetteur</th><th>Montant</th></tr>'
                 '<tr><td>30/11/2026</td><td>VIR RECU 2611300184 F-2026-0409</td><td>AGENCE HIRONDELLE VOYAGES</td><td align="right">+560,00 EUR</td></tr>'
                 '</table></td></tr><tr><td style="font-size:11px;color:#777">Ceci est un message automatique, merci de ne pas y répondre. '
                 'Société Générale, SA au capital de 1 000 395 971,25 EUR, 552 120 222 RCS Paris.</td></tr></table></body></html>'),
           provider='Société Générale', pattern='HTML-only, transaction table with + sign', direction='in', amount='560.00',
           payer='AGENCE HIRONDELLE VOYAGES', reference='VIR RECU 2611300184 F-2026-0409', value_date='2026-11-30', counts='yes')
    # LCL: amount in subject only + payer short body
    notice('lcl_fr_montant_dans_objet', 'LCL <ne-pas-repondre@lcl.fr>', 'LCL Alerte : +1 200,00 EUR sur votre compte ****2291',
           D(4, 18, 3, 0),
           text="LCL vous informe\n\nVIREMENT DE MARECHAL FRERES SA\n\nConsultez vos comptes sur lcl.fr ou l'application LCL Mes Comptes.\n\n"
                "Vous recevez cet e-mail car vous avez souscrit au service d'alertes LCL. Pour modifier vos alertes, rendez-vous dans votre espace client.",
           provider='LCL', pattern='amount only in subject, payer in body', direction='in', amount='1200.00', payer='MARECHAL FRERES SA',
           reference='', value_date='2026-12-04', counts='yes', notes='value_date taken from the Date header (not stated)')
    # La Banque Postale
    notice('lbp_fr_virement_credite', 'La Banque Postale <noreply@labanquepostale.fr>', 'Information sur votre compte : virement reçu',
           D(2, 9, 40, 0),
           text="Bonjour Monsieur LEFEVRE,\n\nUn virement de 380,00 € émis par MARCHETTI JULIEN a été crédité le 02/12/2026 sur votre "
                "compte courant n° ****7104.\nMotif : facture traduction site\n\nA bientôt sur labanquepostale.fr\n\nLa Banque Postale\n"
                "Merci de ne pas répondre à ce message, cette adresse n'est pas consultée.",
           provider='La Banque Postale', pattern='"émis par ... a été crédité"', direction='in', amount='380.00', payer='MARCHETTI JULIEN',
           reference='facture traduction site', value_date='2026-12-02', counts='yes')
    # Crédit Mutuel
    notice('cm_fr_operation_creditrice_estran', 'Crédit Mutuel <alertes@creditmutuel.fr>', 'Crédit Mutuel - Votre alerte "Crédit supérieur à 100 €"',
           D(3, 12, 14, 0),
           text="Votre alerte \"Crédit supérieur à 100 €\" s'est déclenchée.\n\nCompte : C/C PROFESSIONNEL LEFEVRE ROMAIN\n"
                "Opération : VIR COMPAGNIE DE L ESTRAN\nMontant : +150,00 EUR\nDate de l'opération : 03/12/2026\n\n"
                "Crédit Mutuel Nord Europe\nMessage automatique - ne pas répondre",
           provider='Crédit Mutuel', pattern='threshold alert on a credit, partial payment', direction='in', amount='150.00',
           payer='COMPAGNIE DE L ESTRAN', reference='VIR COMPAGNIE DE L ESTRAN', value_date='2026-12-03', counts='yes',
           notes='partial payment (invoice was 380 €)')
    # BoursoBank
    notice('boursobank_fr_virement_credite', 'BoursoBank <noreply@boursobank.com>', 'Un virement de 850,00 € a été crédité sur votre compte',
           D(30, 11, 30, 0),
           text="Bonjour,\n\nUn virement de 850,00 € a été crédité sur votre compte Ultim Pro.\n\nDe : DELCOURT VASSEUR ARCHITECTES\n"
                "Libellé : Facture F-2026-0388\n\nBoursoBank (Boursorama SA) - 44 rue Traversière, 92100 Boulogne-Billancourt\n"
                "Ceci est un message automatique, merci de ne pas y répondre.",
           provider='BoursoBank', pattern='amount and "crédité" in subject', direction='in', amount='850.00',
           payer='DELCOURT VASSEUR ARCHITECTES', reference='Facture F-2026-0388', value_date='2026-11-30', counts='yes')
    # Hello bank!
    notice('hellobank_fr_virement_instantane', 'Hello bank! <noreply@hellobank.fr>', 'Virement instantané reçu ⚡', D(1, 21, 7, 0),
           text="Hello Romain,\n\nVous avez reçu un virement instantané de 410,00 EUR.\nÉmetteur : M BRUNO DELANNOY\nMotif : F-2026-0462\n\n"
                "Hello bank! est une marque de BNP Paribas. Vous recevez cet e-mail car les notifications de virement sont activées.",
           provider='Hello bank!', pattern='instant transfer received, evening', direction='in', amount='410.00', payer='M BRUNO DELANNOY',
           reference='F-2026-0462', value_date='2026-12-01', counts='yes', notes='payer is a person paying for his company')
    # Wise en GBP
    notice('wise_en_received_gbp_brightwell', 'Wise <noreply@wise.com>', 'You received 1,075.00 GBP from Brightwell Learning Ltd', D(4, 9, 14, 0, datetime.timezone.utc),
           lang='en', text="Hi Romain Lefevre,\n\nYou've received 1,075.00 GBP from Brightwell Learning Ltd.\n\nIt's now in your GBP balance. "
                "Reference: INV-0418\n\nSee the details in your account.\n\nThanks,\nThe Wise Team\n\n"
                "Wise Europe SA, Rue du Trône 100, 1050 Brussels. You're receiving this email because you have a Wise account.",
           provider='Wise', pattern='English, GBP into a Wise balance', direction='in', amount='1075.00', currency='GBP',
           payer='Brightwell Learning Ltd', reference='INV-0418', value_date='2026-12-04', counts='yes',
           notes='invoice is in EUR (1,250.00); paid in GBP equivalent')
    # PayPal fr
    notice('paypal_fr_paiement_recu', 'service@paypal.fr', 'Vous avez reçu un paiement', D(2, 19, 22, 0),
           text="Bonjour Romain Lefèvre,\n\nGreen Fjord Studio vous a envoyé 430,00 EUR.\n\nDétails de la transaction\n"
                "N° de transaction : 4KT03812XJ556290M\nDate de la transaction : 2 décembre 2026\nRemarque : Invoice INV-0439 subtitles\n\n"
                "Il peut s'écouler quelques instants avant que cette transaction n'apparaisse sur votre compte.\n\n"
                "Aide et Contact | Sécurité | Application\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg\n"
                "Ne répondez pas à cet e-mail. Pour nous contacter, cliquez sur Aide et Contact.",
           provider='PayPal', pattern='"vous a envoyé", transaction id', direction='in', amount='430.00', payer='Green Fjord Studio',
           reference='Invoice INV-0439 subtitles', value_date='2026-12-02', counts='yes')
    # Stripe payment succeeded en
    notice('stripe_en_payment_received_tideway', 'Stripe <notifications@stripe.com>', 'Payment of €780.00 from Tideway Apps Inc.',
           D(3, 2, 10, 0, datetime.timezone.utc), lang='en',
           text="Lefèvre Traduction\n\nYou received a payment of €780.00 from Tideway Apps Inc. (billing@tidewayapps.com).\n\n"
                "Amount: €780.00\nDescription: Invoice INV-0411\nPayment method: Visa •••• 4242\nPayment ID: pi_3QxT9kLfvR2a0001\n\n"
                "View payment in the Dashboard: https://dashboard.stripe.com/payments/pi_3QxT9kLfvR2a0001\n\n"
                "You're receiving this email because you enabled successful payment notifications for Lefèvre Traduction. "
                "Stripe, 510 Townsend Street, San Francisco, CA 94103",
           provider='Stripe', pattern='card payment captured for an invoice (not a payout)', direction='in', amount='780.00',
           payer='Tideway Apps Inc.', reference='Invoice INV-0411', value_date='2026-12-03', counts='yes')
    # Payoneer en USD
    notice('payoneer_en_payment_received_lumen', 'Payoneer <customersupport@payoneer.com>', 'You\'ve received a payment of USD 3,450.00',
           D(30, 16, 45, 0, datetime.timezone.utc), lang='en',
           text="Dear Romain Lefevre,\n\nGood news! You've received a payment of USD 3,450.00 from Lumen Health Inc.\n\n"
                "Payment description: INV-0402 medical device IFU translation\nDate: November 30, 2026\n\n"
                "The funds are now available in your USD balance.\n\nBest regards,\nThe Payoneer Team\n\n"
                "This email was sent to romain@lefevre-traduction.fr. Payoneer (EU) Ltd, Gibraltar. Please do not reply to this message.",
           provider='Payoneer', pattern='English, USD payment from a US client', direction='in', amount='3450.00', currency='USD',
           payer='Lumen Health Inc.', reference='INV-0402 medical device IFU translation', value_date='2026-11-30', counts='yes',
           notes='wording modelled on Payoneer payment e-mails quoted on the Payoneer community forum (pages corpus)')
    # Revolut Business en
    notice('revolut_en_received_kjellberg', 'Revolut Business <no-reply@revolut.com>', 'You received €980.00', D(30, 13, 2, 0), lang='en',
           text="Romain, you received €980.00 from KJELL & BERG AB\n\nReference: 2000148833 INV-0433\nAccount: EUR Main\n\n"
                "Open the app to see more details.\n\nRevolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.\n"
                "You are receiving this email because you have notifications turned on.",
           provider='Revolut Business', pattern='terse English neobank notice', direction='in', amount='980.00', payer='KJELL & BERG AB',
           reference='2000148833 INV-0433', value_date='2026-11-30', counts='yes',
           notes='matches the remittance advice the client sent on 4 Dec (human_reply/kjellberg)')
    # Qonto plural
    notice('qonto_fr_deux_virements_recus', 'Qonto <noreply@qonto.com>', '2 virements reçus sur votre compte', D(2, 17, 0, 0),
           text="Bonjour Romain,\n\nVous avez reçu 2 virements aujourd'hui :\n\n"
                "+ 540,00 €   STUDIO MARELLE           F-2026-0427\n+ 312,00 €   IMPRIMERIE LENOIR SARL   FACT 0403 LENOIR\n\n"
                "Total : 852,00 €\n\nL'équipe Qonto\nCet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.",
           provider='Qonto', pattern='daily digest with two incoming transfers', direction='in|in', amount='540.00|312.00',
           payer='STUDIO MARELLE|IMPRIMERIE LENOIR SARL', reference='F-2026-0427|FACT 0403 LENOIR', value_date='2026-12-02|2026-12-02',
           counts='yes', notes='two separate payers; each would settle one invoice')
    # GoCardless collected
    notice('gocardless_fr_prelevement_encaisse', 'GoCardless <noreply@gocardless.com>', 'Paiement encaissé : 300,00 € de Cabinet Médical des Weppes',
           D(1, 8, 0, 0),
           text="Bonjour Lefèvre Traduction,\n\nLe paiement suivant a été encaissé avec succès :\n\nClient : Cabinet Médical des Weppes\n"
                "Montant : 300,00 €\nRéférence : LEFEVRE-MANDAT-0031 / abonnement relecture décembre\nDate d'encaissement : 01/12/2026\n\n"
                "Les fonds seront inclus dans votre prochain virement GoCardless.\n\nL'équipe GoCardless\n"
                "GoCardless SAS, 7 rue de Madrid, 75008 Paris. Vous recevez cet e-mail car vous êtes un marchand GoCardless.",
           provider='GoCardless', pattern='direct debit collected from a client', direction='in', amount='300.00', payer='Cabinet Médical des Weppes',
           reference='LEFEVRE-MANDAT-0031 / abonnement relecture décembre', value_date='2026-12-01', counts='yes')
    # Stripe payout (aggregate)
    notice('stripe_en_payout_paid_aggregate', 'Stripe <notifications@stripe.com>', 'Your €2,340.18 payout for Lefèvre Traduction is on the way',
           D(1, 4, 12, 0, datetime.timezone.utc), lang='en',
           text="Lefèvre Traduction\n\nA payout of €2,340.18 is on the way to your bank account.\n\nAmount: €2,340.18\n"
                "Expected arrival: Dec 2, 2026\nBank account: QONTO •••• 0417\nPayout ID: po_1QyA7bLfvR2a9XkE\n\n"
                "This payout includes 4 payments and 1 refund.\n\nStripe, 510 Townsend Street, San Francisco, CA 94103",
           provider='Stripe', pattern='payout bundling several payments', direction='in', amount='2340.18', payer='',
           reference='po_1QyA7bLfvR2a9XkE', value_date='2026-12-02', counts='no_aggregate')
    # SumUp payout fr
    notice('sumup_fr_virement_versement', 'SumUp <no-reply@sumup.com>', 'Votre versement SumUp de 186,40 € est en route', D(3, 7, 20, 0),
           text="Bonjour Romain,\n\nNous avons transféré 186,40 € sur votre compte bancaire se terminant par 0417.\n\n"
                "Période : 30/11/2026 - 02/12/2026\nTransactions : 3\nFrais : 3,26 €\nMontant versé : 186,40 €\n\n"
                "Le virement peut prendre 1 à 2 jours ouvrés.\n\nSumUp Limited — Ceci est un e-mail automatique.",
           provider='SumUp', pattern='card-terminal payout, 3 transactions net of fees', direction='in', amount='186.40', payer='',
           reference='', value_date='2026-12-03', counts='no_aggregate', notes='card reader used at a translation fair stand')
    # Client remittance advice (SAP-like)
    notice('hexalis_fr_avis_de_paiement_sap', 'Groupe Hexalis - Comptabilité Fournisseurs <noreply.ap@hexalis-industrie.fr>',
           'Avis de paiement n° 2000391122 - LEFEVRE TRADUCTION', D(4, 5, 3, 0),
           text="AVIS DE PAIEMENT / PAYMENT ADVICE\n\nSociété : HEXALIS INDUSTRIE SAS (FR10)\nFournisseur : 0000418823 LEFEVRE TRADUCTION\n"
                "Date de paiement : 07/12/2026\nMode de paiement : Virement SEPA\n\n"
                "Votre référence    Date doc.    Montant brut    Escompte    Montant net\n"
                "F-2026-0426        13/10/2026       1 283,10          0,00       1 283,10\n\n"
                "Total réglé : 1 283,10 EUR\n\nCe document est généré automatiquement par notre système, merci de ne pas y répondre. "
                "Pour toute question : comptabilite.fournisseurs@hexalis-industrie.fr",
           provider='Groupe Hexalis', pattern='client remittance advice from an ERP, announced payment date', direction='in',
           amount='1283.10', payer='HEXALIS INDUSTRIE SAS', reference='F-2026-0426', value_date='2026-12-07', counts='no_claim',
           notes='amount matches the corrected word count; money not yet seen by the bank',
           attach=[(pdf('AVIS DE PAIEMENT 2000391122', ['LEFEVRE TRADUCTION', 'F-2026-0426  1 283,10 EUR', 'Date de paiement 07/12/2026']),
                    'application', 'pdf', 'AVIS_2000391122.pdf')])
    # Pennylane bank feed
    notice('pennylane_fr_transaction_rapprochee', 'Pennylane <notifications@pennylane.com>', 'Facture F-2026-0453 marquée comme payée',
           D(4, 12, 40, 0),
           text="Bonjour Romain,\n\nBonne nouvelle : une transaction bancaire a été rapprochée automatiquement de votre facture client.\n\n"
                "Facture : F-2026-0453 — Transports Deleplanque SAS\nTransaction : +1 245,00 € — VIR TRANSPORTS DELEPLANQUE SAS — 04/12/2026\n"
                "Compte : Qonto •• 0417\n\nLa facture est désormais marquée comme payée.\n\nL'équipe Pennylane\n"
                "Vous recevez cet e-mail car les notifications de rapprochement sont activées.",
           provider='Pennylane', pattern='accounting tool bank feed: transaction matched to an invoice', direction='in', amount='1245.00',
           payer='TRANSPORTS DELEPLANQUE SAS', reference='VIR TRANSPORTS DELEPLANQUE SAS', value_date='2026-12-04', counts='yes',
           notes='bank-feed notice from an accounting tool')
    # Caisse d'Epargne
    notice('caisse_epargne_fr_virement_sepa_recu', 'Caisse d\'Epargne <ne-pas-repondre@caisse-epargne.fr>', 'Nouvelle opération sur votre compte',
           D(2, 6, 45, 0), charset='iso-8859-1', cte='quoted-printable',
           text="Bonjour,\n\nNous vous informons de l'opération suivante sur votre compte professionnel n°*******5520 :\n\n"
                "01/12/2026   VIR SEPA RECU /DE GILLES TAVERNIER /MOTIF TRADUCTION ACTES NAISSANCE   +95,00 EUR\n\n"
                "Caisse d'Epargne Hauts de France\nCe courriel est envoyé automatiquement. Merci de ne pas y répondre.",
           provider='Caisse d\'Épargne', pattern='one statement-style line with /DE /MOTIF tags', direction='in', amount='95.00',
           payer='GILLES TAVERNIER', reference='TRADUCTION ACTES NAISSANCE', value_date='2026-12-01', counts='yes',
           notes='private customer paying for certified translation of civil documents')
    # Lydia
    notice('lydia_fr_paiement_recu', 'Lydia <noreply@lydia-app.com>', 'Camille Deschamps vous a envoyé 120,00 €', D(30, 20, 14, 0),
           text="Camille Deschamps vous a envoyé 120,00 € 🎉\n\n« Traduction lettre de motivation DE »\n\nL'argent est disponible sur votre compte.\n\n"
                "Lydia Solutions — Vous recevez cet e-mail car vous avez un compte Lydia.",
           provider='Lydia', pattern='peer-to-peer app payment with a note', direction='in', amount='120.00', payer='Camille Deschamps',
           reference='Traduction lettre de motivation DE', value_date='2026-11-30', counts='yes')


def payments_not_in():
    notice('qonto_fr_paiement_carte_rws', 'Qonto <noreply@qonto.com>', 'Paiement par carte de 49,99 € chez RWS TRADOS', D(1, 3, 12, 0),
           text="Bonjour Romain,\n\nUn paiement par carte a été effectué :\n\nMontant : -49,99 €\nCommerçant : RWS TRADOS STUDIO MAIDENHEAD\n"
                "Carte : Carte One •• 5521\nDate : 01/12/2026\n\nN'oubliez pas d'ajouter le reçu à cette transaction.\n\nL'équipe Qonto\n"
                "Cet e-mail vous a été envoyé automatiquement, merci de ne pas y répondre.",
           provider='Qonto', pattern='card payment (debit) with minus sign', direction='out', amount='49.99', reference='RWS TRADOS STUDIO MAIDENHEAD',
           value_date='2026-12-01', counts='no')
    notice('shine_fr_virement_emis_urssaf', 'Shine <notifications@shine.fr>', 'Ton virement a bien été envoyé ✅', D(30, 9, 5, 0),
           text="Hello Romain,\n\nTon virement de 1 186,00 € vers URSSAF NORD PAS DE CALAIS est parti.\nRéférence : COTIS T4 2026\n"
                "Il arrivera sous 1 jour ouvré.\n\nL'équipe Shine\nShine SAS — Ceci est un message automatique.",
           provider='Shine', pattern='outgoing transfer confirmation, "virement" wording', direction='out', amount='1186.00',
           reference='COTIS T4 2026', value_date='2026-11-30', counts='no', notes='word "virement" but the owner pays')
    notice('bnp_fr_avis_prelevement_orange', 'BNP Paribas <ne-pas-repondre@mabanque.bnpparibas>', 'Avis de prélèvement SEPA', D(2, 7, 6, 0),
           text="Madame, Monsieur,\n\nNous vous informons qu'un prélèvement SEPA sera débité de votre compte n° ***** ****3358 le 05/12/2026.\n\n"
                "Créancier : ORANGE SA\nRéférence unique de mandat : ++ORF0003829741\nMontant : 47,98 EUR\nLibellé : FACTURE ORANGE PRO 11/2026\n\n"
                "Ce message vous est adressé automatiquement. Merci de ne pas répondre à cet e-mail.\nBNP Paribas SA — 662 042 449 RCS Paris",
           provider='BNP Paribas', pattern='pre-notification of a direct debit taken from the owner', direction='out', amount='47.98',
           reference='FACTURE ORANGE PRO 11/2026', value_date='2026-12-05', counts='no')
    notice('wise_en_transfer_sent_freelancer', 'Wise <noreply@wise.com>', 'Your money\'s on its way to Aurélie Chen', D(3, 15, 2, 0, datetime.timezone.utc),
           lang='en', text="Hi Romain Lefevre,\n\nYour transfer #1284471930 is on its way.\n\nYou sent: 612.00 EUR\nAurélie Chen gets: 612.00 EUR\n"
                "Reference: sous-traitance relecture nov\nShould arrive: by Friday, December 4\n\nTrack your transfer in the Wise app.\n\n"
                "The Wise Team\nYou're receiving this email because you made a transfer with Wise.",
           provider='Wise', pattern='outgoing transfer to a subcontractor', direction='out', amount='612.00', reference='sous-traitance relecture nov',
           value_date='2026-12-03', counts='no')
    notice('paypal_fr_remboursement_envoye', 'service@paypal.fr', 'Vous avez envoyé un remboursement à Green Fjord Studio', D(4, 10, 33, 0),
           text="Bonjour Romain Lefèvre,\n\nVous avez remboursé 80,00 EUR à Green Fjord Studio.\n\nN° de transaction du remboursement : 9HJ27735AB118403C\n"
                "N° de transaction d'origine : 4KT03812XJ556290M\nMotif : ajustement sous-titres épisode 3\n\n"
                "PayPal (Europe) S.à r.l. et Cie, S.C.A. — Ne répondez pas à cet e-mail.",
           provider='PayPal', pattern='refund issued by the owner', direction='refund', amount='80.00', reference='9HJ27735AB118403C',
           value_date='2026-12-04', counts='no')
    notice('stripe_en_payout_failed', 'Stripe <notifications@stripe.com>', 'Action required: your payout of €1,095.40 failed',
           D(3, 6, 0, 0, datetime.timezone.utc), lang='en',
           text="Lefèvre Traduction\n\nYour payout of €1,095.40 to BNP PARIBAS •••• 3358 could not be completed. The bank returned it with the "
                "reason: account closed.\n\nThe funds have been returned to your Stripe balance. Update your bank account to resume payouts:\n"
                "https://dashboard.stripe.com/settings/payouts\n\nPayout ID: po_1QzF2sLfvR2a4UiN\n\n"
                "You're receiving this email because you're an administrator of Lefèvre Traduction on Stripe.",
           provider='Stripe', pattern='payout failed, account closed', direction='failed', amount='1095.40', reference='po_1QzF2sLfvR2a4UiN',
           value_date='2026-12-03', counts='no', notes='based on Stripe\'s "Action required ... payouts" e-mail as described in a public gist (docs corpus)')
    notice('stripe_en_dispute_opened', 'Stripe <notifications@stripe.com>', 'A payment of €390.00 has been disputed', D(1, 17, 44, 0, datetime.timezone.utc), lang='en',
           text="Lefèvre Traduction\n\nA customer has disputed a payment of €390.00 (Invoice INV-0396) with their card issuer.\n\n"
                "Reason: Product not received\nCustomer: accounts@halcyon-events.example\nRespond by: December 14, 2026\n\n"
                "€390.00 and a €15.00 dispute fee have been withdrawn from your balance while the dispute is open.\n\n"
                "Submit evidence: https://dashboard.stripe.com/disputes/dp_1QyZ0cLfvR2aHk71\n\nStripe, 510 Townsend Street, San Francisco, CA 94103",
           provider='Stripe', pattern='chargeback opened', direction='chargeback', amount='390.00', reference='dp_1QyZ0cLfvR2aHk71',
           value_date='2026-12-01', counts='no')
    notice('gocardless_fr_paiement_echoue', 'GoCardless <noreply@gocardless.com>', 'Échec du paiement de 300,00 € — Fondation Arcadie',
           D(3, 8, 0, 0),
           text="Bonjour Lefèvre Traduction,\n\nLe paiement de 300,00 € de Fondation Arcadie a échoué.\n\nMotif : provision insuffisante "
                "(code AM04)\nRéférence : LEFEVRE-MANDAT-0027\n\nNous ne réessaierons pas automatiquement ce paiement. Vous pouvez le "
                "soumettre à nouveau depuis votre tableau de bord.\n\nL'équipe GoCardless — Vous recevez cet e-mail car vous êtes un marchand GoCardless.",
           provider='GoCardless', pattern='client direct debit failed (insufficient funds)', direction='failed', amount='300.00',
           reference='LEFEVRE-MANDAT-0027', value_date='2026-12-03', counts='no', notes='names a client but no money arrived')
    notice('sg_fr_releve_disponible', 'Société Générale <noreply@societegenerale.fr>', 'Votre relevé de compte est disponible', D(2, 5, 30, 0),
           text="Bonjour,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre Espace Client, rubrique e-Documents.\n\n"
                "Compte : Compte professionnel ****0871\n\nSociété Générale\nCeci est un message automatique, merci de ne pas y répondre.",
           provider='Société Générale', pattern='monthly statement available', direction='statement', amount='', reference='',
           value_date='', counts='no')
    notice('ca_fr_alerte_solde_bas', 'Crédit Agricole <alertes@credit-agricole.fr>', 'Alerte solde : votre solde est inférieur à 500,00 EUR',
           D(30, 6, 15, 0),
           text="Bonjour,\n\nLe solde de votre compte ****8812 est de 312,46 EUR au 29/11/2026, inférieur au seuil de 500,00 EUR que vous avez défini.\n\n"
                "Crédit Agricole Nord de France — Service Alertes Mail. Message automatique, ne pas répondre.",
           provider='Crédit Agricole', pattern='low-balance alert with an amount', direction='statement', amount='312.46', reference='',
           value_date='2026-11-29', counts='no')
    notice('fortuneo_fr_virement_rejete', 'Fortuneo <noreply@fortuneo.fr>', 'Votre virement a été rejeté', D(1, 10, 10, 0),
           text="Bonjour,\n\nLe virement de 450,00 € que vous avez émis le 27/11/2026 vers DELMAS TRADUCTIONS a été rejeté par la banque du "
                "bénéficiaire (motif : IBAN incorrect). Le montant a été recrédité sur votre compte.\n\nFortuneo — Ceci est un e-mail automatique.",
           provider='Fortuneo', pattern='own outgoing transfer rejected and recredited', direction='failed', amount='450.00',
           reference='', value_date='2026-12-01', counts='no', notes='"recrédité" but it is the owner\'s own money coming back')
    notice('revolut_en_incoming_pending_review', 'Revolut Business <no-reply@revolut.com>', 'Incoming transfer under review', D(2, 13, 20, 0),
           lang='en', text="Hi Romain,\n\nWe're reviewing an incoming transfer of €2,600.00 from HALLBERG MASCHINENBAU GMBH. This usually takes up to 2 "
                "business days. We'll let you know once the money is in your account.\n\nNo action is needed right now.\n\n"
                "Revolut Business — You are receiving this email because you have notifications turned on.",
           provider='Revolut Business', pattern='incoming transfer pending review: not yet received', direction='none', amount='2600.00',
           currency='EUR', reference='', value_date='', counts='no')
    notice('payoneer_en_payment_on_its_way', 'Payoneer <customersupport@payoneer.com>', 'Lumen Health Inc. has sent you a payment', D(4, 17, 0, 0, datetime.timezone.utc),
           lang='en', text="Dear Romain Lefevre,\n\nLumen Health Inc. has initiated a payment of USD 1,980.00 to your Payoneer account.\n\n"
                "Payment description: INV-0457\nExpected arrival: 3-5 business days\n\nWe'll notify you when the funds are available in your balance.\n\n"
                "The Payoneer Team\nPlease do not reply to this message.",
           provider='Payoneer', pattern='payment announced, not yet credited', direction='none', amount='1980.00', currency='USD',
           reference='INV-0457', value_date='', counts='no')
    notice('mollie_fr_retrofacturation', 'Mollie <noreply@mollie.com>', 'Rétrofacturation reçue pour le paiement tr_WDqYK6vllg', D(30, 11, 11, 0),
           text="Bonjour,\n\nNous avons reçu une rétrofacturation pour le paiement suivant :\n\nID de paiement : tr_WDqYK6vllg\nMontant : 145,00 €\n"
                "Description : Traduction certificat de travail\nMotif : Fraude - transaction non autorisée\n\nLe montant et les frais de "
                "rétrofacturation ont été déduits de votre solde.\n\nMollie B.V. — Keizersgracht 126, Amsterdam",
           provider='Mollie', pattern='chargeback in French', direction='chargeback', amount='145.00', reference='tr_WDqYK6vllg',
           value_date='2026-11-30', counts='no')
    notice('payplug_fr_paiement_refuse', 'PayPlug <notifications@payplug.com>', 'Paiement refusé - Commande 2026-118', D(1, 14, 0, 0),
           text="Bonjour,\n\nUne tentative de paiement par carte a été refusée sur votre page de paiement.\n\nMontant : 260,00 €\n"
                "Client : Sophie Lemaire\nRéférence : 2026-118 / F-2026-0435\nMotif : refus de la banque émettrice (51 - provision insuffisante)\n\n"
                "Aucun montant n'a été débité.\n\nPayPlug — Ceci est un message automatique.",
           provider='PayPlug', pattern='client card payment declined', direction='failed', amount='260.00', reference='2026-118 / F-2026-0435',
           value_date='2026-12-01', counts='no')
    notice('n26_fr_paiement_carte', 'N26 <no-reply@n26.com>', 'Paiement de 23,40 € chez SNCF CONNECT', D(3, 7, 48, 0),
           text="Paiement de 23,40 € chez SNCF CONNECT.\nCompte : N26 Business ••1162\n\nTu reçois cet e-mail car les notifications par "
                "e-mail sont activées. N26 Bank SE, Berlin.",
           provider='N26', pattern='tiny card payment notice', direction='out', amount='23.40', reference='SNCF CONNECT', value_date='2026-12-03', counts='no')
    notice('banque_populaire_fr_operation_debitrice', 'Banque Populaire <alertes@banquepopulaire.fr>', 'Alerte opération débitrice',
           D(4, 6, 40, 0),
           text="Bonjour,\n\nOpération débitrice enregistrée sur votre compte ****6630 :\nPRLV SEPA MMA IARD - RC PRO 2027   -312,00 EUR\n"
                "Date : 03/12/2026\n\nBanque Populaire du Nord — Ceci est un message automatique, merci de ne pas y répondre.",
           provider='Banque Populaire', pattern='direct debit taken (insurance)', direction='out', amount='312.00',
           reference='PRLV SEPA MMA IARD - RC PRO 2027', value_date='2026-12-03', counts='no')
    notice('lcl_fr_releve_novembre', 'LCL <ne-pas-repondre@lcl.fr>', 'Votre e-relevé de novembre est disponible', D(3, 5, 10, 0),
           text="Bonjour,\n\nVotre e-relevé de compte du 01/11/2026 au 30/11/2026 est disponible.\nSolde au 30/11/2026 : 4 812,37 EUR\n\n"
                "Consultez-le dans votre espace LCL, rubrique Documents.\n\nLCL — Le Crédit Lyonnais. Message automatique.",
           provider='LCL', pattern='statement with closing balance', direction='statement', amount='4812.37', reference='',
           value_date='2026-11-30', counts='no')
    notice('boursobank_fr_paiement_carte_refuse', 'BoursoBank <noreply@boursobank.com>', 'Paiement refusé avec votre carte', D(2, 22, 3, 0),
           text="Bonjour,\n\nUn paiement de 129,00 € chez DEEPL SE a été refusé avec votre carte Visa Ultim se terminant par 7719.\n"
                "Motif : plafond de paiement atteint.\n\nVous pouvez modifier temporairement vos plafonds depuis l'application.\n\n"
                "BoursoBank — Ceci est un message automatique, merci de ne pas y répondre.",
           provider='BoursoBank', pattern='owner\'s card payment refused', direction='failed', amount='129.00', reference='DEEPL SE',
           value_date='2026-12-02', counts='no')
    notice('wise_en_payment_on_hold', 'Wise <noreply@wise.com>', 'We need a bit more information about a payment you received', D(1, 12, 0, 0, datetime.timezone.utc),
           lang='en', text="Hi Romain Lefevre,\n\nWe've received 2,000.00 EUR for you from MERIDIAN EVENTS LTD, but before we can add it to your "
                "balance we need a bit more information about this payment.\n\nPlease upload an invoice or contract related to this payment "
                "in the Wise app within 7 days. Until then the money will stay on hold.\n\nThe Wise Team",
           provider='Wise', pattern='incoming money on hold pending documents', direction='none', amount='2000.00',
           reference='', value_date='', counts='no', notes='money received by Wise but not credited; unsure between none and in')
    notice('sumup_fr_remboursement', 'SumUp <no-reply@sumup.com>', 'Remboursement effectué', D(30, 15, 0, 0),
           text="Bonjour Romain,\n\nVous avez remboursé 35,00 € à un client pour la transaction du 28/11/2026 (carte •••• 8810).\n"
                "Code de transaction : TDGVM8PZ4Q\n\nLe remboursement sera visible sur le relevé du client sous 5 à 10 jours.\n\nSumUp — e-mail automatique.",
           provider='SumUp', pattern='refund to a card customer', direction='refund', amount='35.00', reference='TDGVM8PZ4Q',
           value_date='2026-11-30', counts='no')


AR = 'auto_reply'


def auto(name, frm, subj, date, text, lang, group, pattern, facts='', n=None, extra=(), html=None, notes='', charset='utf-8',
         cte='quoted-printable', crlf=False):
    m = mk(frm, subj, date, irt=RMID(n) if n else None, extra=extra, name=name)
    if html and text is None:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
        if html:
            m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    save(m, AR + '/' + name + '.eml', crlf=crlf, lang=lang, group=group, pattern=pattern, facts=facts, notes=notes)


def auto_replies():
    auto('outlook_fr_reponse_automatique_retour_7', 'Claire Dubreuil <claire.dubreuil@ateliervauban.fr>',
         'Réponse automatique : ' + rem_subject(412, 'fr'), D(30, 8, 2, 30), None, 'fr', 'Atelier Vauban',
         'Outlook "Réponse automatique :", HTML-only, return date', facts='ooo_until=2026-12-07', n=412,
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'claire.dubreuil@ateliervauban.fr')],
         html=outlook_html(['Bonjour,', '', 'Je suis absente du bureau jusqu&rsquo;au vendredi 4 d&eacute;cembre inclus, avec un acc&egrave;s limit&eacute; '
                            '&agrave; mes e-mails. Je serai de retour le lundi 7 d&eacute;cembre.', '',
                            'Pour toute demande urgente, vous pouvez contacter Julien Roche : julien.roche@ateliervauban.fr.', '', 'Claire Dubreuil']),
         crlf=True, notes='sent 28 s after the reminder (same day, before the human reply of 09:12)')
    auto('gmail_fr_absence_sans_entetes', 'Patrick Dufresne <contact@menuiserie-dufresne.fr>', 'Absence du bureau : ' + rem_subject(437, 'fr'),
         D(30, 8, 3, 0), "Bonjour,\n\nL'entreprise est fermée pour congés du 30 novembre au 6 décembre. Réouverture le lundi 7 décembre à 8h.\n\n"
         "Menuiserie Dufresne", 'fr', 'Menuiserie Dufresne', 'absence without Auto-Submitted or X-Autoreply header',
         facts='ooo_until=2026-12-07', n=437, notes='no machine header at all; In-Reply-To is set')
    auto('exchange_en_automatic_reply_back_monday', 'Tom Finch <tom@harbourandfinch.co.uk>', 'Automatic reply: ' + rem_subject(444, 'en'),
         D(30, 7, 2, 20, datetime.timezone.utc),
         "Thank you for your email. I'm out of the office with limited access to email and will be back on Monday 7 December.\n\n"
         "For anything urgent please contact studio@harbourandfinch.co.uk.\n\nTom", 'en', 'Harbour & Finch Ltd',
         'Exchange "Automatic reply:", back on a weekday with date', facts='ooo_until=2026-12-07', n=444,
         extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Thread-Topic', rem_subject(444, 'en'))])
    auto('gmail_en_vacation_parental_leave', 'Jordan Lee <jordan@tidewayapps.com>', 'Re: ' + rem_subject(428, 'en'), D(30, 23, 2, 40),
         "Hi! I'm on parental leave until January 4, 2027 and not checking email.\n\nFor product questions: product@tidewayapps.com\n"
         "For invoices and payments: billing@tidewayapps.com\n\nThanks!\nJordan", 'en', 'Tideway Apps Inc.',
         'Gmail vacation responder with "Re:" subject, mentions invoices', facts='ooo_until=2027-01-04', n=428,
         extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')],
         notes='reminder was also copied to Jordan (product lead), who is on leave')
    auto('ap_fr_comptabilite_fournisseurs_accuse', 'Comptabilité Fournisseurs <factures@groupe-vandamme.fr>',
         'Accusé de réception - ' + rem_subject(450, 'fr'), D(30, 8, 2, 50),
         "Bonjour,\n\nNous accusons réception de votre message, qui sera traité par le service Comptabilité Fournisseurs.\n\n"
         "Rappel de nos conditions : les factures sont réglées à 45 jours fin de mois à compter de leur date d'émission, sous réserve "
         "de mentionner un numéro de bon de commande valide. Les factures non conformes sont retournées à l'émetteur.\n\n"
         "Merci de ne pas répondre à ce message automatique.\n\nGroupe Vandamme — Comptabilité Fournisseurs",
         'fr', 'Groupe Vandamme', 'accounts-payable autoresponder quoting payment terms', n=450,
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], notes='mentions "45 jours fin de mois": terms, not a promise')
    auto('ap_en_accounts_payable_ticket', 'Accounts Payable <ap@alderrowe.example>', '[AP-104882] We have received your email', D(2, 8, 6, 0, datetime.timezone.utc),
         "Thank you for contacting Alder & Rowe Accounts Payable.\n\nYour request has been logged under reference AP-104882.\n\n"
         "Please note:\n- Invoices are paid on our weekly payment run once approved and matched to a purchase order.\n"
         "- Standard payment terms are 60 days from invoice date.\n- Invoices without a valid PO number cannot be processed.\n\n"
         "We aim to respond to queries within 5 working days. Please do not reply to this email.\n\nAlder & Rowe plc — Shared Services Centre",
         'en', 'Alder & Rowe plc', 'AP shared-service ticket autoresponder with payment terms', n=477,
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    auto('zendesk_en_support_request_received', 'Nordlys Games Support <support@nordlysgames.no>', 'Request received: ' + rem_subject(421, 'en'),
         D(30, 8, 4, 0),
         "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\n"
         "To add additional comments, reply to this email.\n\n----------------------------------------------\n\nRomain Lefèvre, Nov 30, 2026, 08:02\n\n"
         + rem_body(421, 'en', '3,420.00', '25 November 2026') + "\n\nThis email is a service from Nordlys Games Support. Delivered by Zendesk",
         'en', 'Nordlys Games AS', 'helpdesk "Request received" with the reminder echoed', n=421,
         extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'), ('Precedence', 'bulk')],
         notes='reminder went to the support address; echoed text contains amounts and the invoice number')
    auto('helpdesk_fr_accuse_demande', 'Service Client Hirondelle <ne-pas-repondre@hirondelle-voyages.fr>',
         'Votre demande n°2026-118734 a bien été enregistrée', D(1, 8, 31, 0),
         "Bonjour,\n\nNous avons bien reçu votre demande et vous en remercions. Elle a été enregistrée sous le numéro 2026-118734.\n\n"
         "Un conseiller vous répondra dans un délai de 48 heures ouvrées.\n\nCet e-mail est généré automatiquement, merci de ne pas y répondre.\n\n"
         "Agence Hirondelle — Voyages sur mesure", 'fr', 'Agence Hirondelle Voyages', 'French helpdesk acknowledgement with ticket number', n=438,
         extra=[('Auto-Submitted', 'auto-replied')])
    # MDN en
    m = mk('Oliver Grant <oliver@greywater-analytics.co.uk>', 'Read: ' + rem_subject(463, 'en'), D(30, 9, 15, 0, datetime.timezone.utc), name='mdn1',
           irt=RMID(463))
    p1 = EmailMessage(); p1.set_content("Your message\n\n  To: oliver@greywater-analytics.co.uk\n  Subject: " + rem_subject(463, 'en') +
                                         "\n  Sent: Monday, November 30, 2026 7:02:00 AM (UTC+00:00)\n\nwas read on Monday, November 30, 2026 9:14:51 AM (UTC+00:00).\n")
    del p1['MIME-Version']
    p2 = EmailMessage()
    p2.set_content(b"Reporting-UA: greywater-analytics.co.uk; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;oliver@greywater-analytics.co.uk\r\n"
                   b"Original-Message-ID: " + RMID(463).encode() + b"\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n",
                   maintype='message', subtype='disposition-notification', cte='7bit')
    del p2['MIME-Version']
    del m['Content-Type']
    del m['MIME-Version']
    m['MIME-Version'] = '1.0'
    m['Content-Type'] = 'multipart/report; report-type=disposition-notification; boundary="----=_MDN_7f3a1c"'
    m.set_payload([p1, p2])
    save(m, AR + '/mdn_en_read_receipt_outlook.eml', lang='en', group='Greywater Analytics Ltd',
         pattern='read receipt, multipart/report disposition-notification')
    # MDN fr, plain Outlook style without report part
    auto('outlook_fr_lu_accuse_lecture', 'Arnaud Verlinde <a.verlinde@verlinde-logistique.fr>', 'Lu : ' + rem_subject(446, 'fr'), D(1, 9, 0, 0),
         "Votre message\n\n  À : Arnaud Verlinde\n  Objet : " + rem_subject(446, 'fr') + "\n  Envoyé : mardi 1 décembre 2026 08:30:12 (UTC+01:00) "
         "Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mardi 1 décembre 2026 08:59:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.",
         'fr', 'Verlinde Logistique', 'French Outlook read receipt "Lu :", text only', n=446,
         extra=[('X-MS-Has-Attach', ''), ('Thread-Topic', rem_subject(446, 'fr'))])
    auto('challenge_en_confirm_human', 'Boxguard Verification <verify@boxguard.example>', 'Please verify your email to reach Carlos Mendes',
         D(1, 16, 20, 0, datetime.timezone.utc),
         "Hello,\n\nYou recently sent an email to carlos@bluefinmedia.example. Carlos uses Boxguard to block unwanted email.\n\n"
         "To deliver your message, please confirm you're a real person by clicking the link below (one time only):\n"
         "https://verify.boxguard.example/c/Q2FybG9zLTg4MjE=\n\nYour message subject: " + rem_subject(473, 'en') + "\n\n"
         "If you did not send this email, you can ignore this message.", 'en', 'Boxguard (challenge-response)',
         'challenge-response asking the sender to confirm', n=473, extra=[('Auto-Submitted', 'auto-replied')])
    auto('challenge_fr_message_en_attente', 'Filtrage Messagerie <no-reply@mailfilter-secure.example>',
         'Votre message à contact@cie-estran.fr est en attente de validation', D(2, 8, 6, 0),
         "Bonjour,\n\nVotre message intitulé « " + rem_subject(447, 'fr') + " » adressé à contact@cie-estran.fr est en attente.\n\n"
         "Le destinataire utilise une solution anti-spam qui demande aux nouveaux expéditeurs de s'authentifier. Pour que votre message soit "
         "délivré, merci de cliquer sur le lien ci-dessous et de recopier le code affiché :\n\nhttps://auth.mailfilter-secure.example/valider?id=8c21fa04\n\n"
         "Cette démarche n'est à faire qu'une seule fois.\n\nCet e-mail est envoyé automatiquement.", 'fr', 'Filtrage anti-spam (challenge-response)',
         'French challenge-response (sender authentication)', n=447, extra=[('Auto-Submitted', 'auto-replied')])
    auto('gmail_fr_deplacement_sans_date', 'Jean-Marc Lheureux <jm.lheureux@editionsdubeffroi.fr>', 'Re: ' + rem_subject(424, 'fr'), D(30, 8, 3, 10),
         "Bonjour,\n\nJe suis actuellement au Salon du livre de Montreuil avec un accès limité à mes e-mails. Je vous répondrai dès que possible.\n\n"
         "Pour toute urgence : accueil@editionsdubeffroi.fr\n\nJean-Marc Lheureux", 'fr', 'Éditions du Beffroi',
         'absence without return date, "Re:" subject', n=424, extra=[('Auto-Submitted', 'auto-replied')],
         notes='plain "Re:" subject; only Auto-Submitted tells it apart')
    auto('de_abwesenheitsnotiz', 'Katrin Vogel <k.vogel@hallberg-maschinenbau.example>', 'Abwesenheitsnotiz: ' + rem_subject(481, 'en'),
         D(1, 8, 31, 0),
         "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Dezember 2026 nicht im Büro und ab dem "
         "08.12.2026 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an buchhaltung@hallberg-maschinenbau.example.\n\n"
         "Mit freundlichen Grüßen\nKatrin Vogel\nHallberg Maschinenbau GmbH", 'de', 'Hallberg Maschinenbau GmbH',
         'German out-of-office ("Abwesenheitsnotiz"), return date', facts='ooo_until=2026-12-08', n=481,
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    auto('fr_adresse_plus_utilisee', 'contact@gites-cote-opale.fr', 'Cette adresse n\'est plus consultée', D(30, 8, 2, 40),
         "Bonjour,\n\nCette adresse e-mail n'est plus consultée depuis le 1er octobre 2026.\nMerci d'écrire désormais à sophie.lemaire@gites-cote-opale.fr.\n\n"
         "Message automatique.", 'fr', 'Gîtes de la Côte d\'Opale', 'automatic address-change notice', n=435,
         extra=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], cte='8bit')
    auto('en_out_of_office_until_wednesday', 'Ingrid Solberg <ingrid@nordlysgames.no>', 'Out of Office: ' + rem_subject(421, 'en'), D(30, 8, 2, 35),
         "I am out of the office until Wednesday, December 2nd, attending a games conference in Helsinki. I will reply when I'm back.\n\nIngrid",
         'en', 'Nordlys Games AS', '"Out of Office:" prefix, weekday + ordinal date', facts='ooo_until=2026-12-02', n=421,
         extra=[('X-Autoreply', 'yes'), ('X-Autorespond', 'yes')], notes='ooo_until = the stated "until" day')


BO = 'bounce'


def orig_headers(n, lang, to, date='Mon, 30 Nov 2026 08:02:00 +0100'):
    subj = rem_subject(n, lang)
    return ("From: =?utf-8?q?Romain_Lef=C3=A8vre?= <romain@lefevre-traduction.fr>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n") % (
                to, str(Header(subj, 'utf-8').encode()), date, RMID(n))


def orig_full(n, lang, to, amount='1 000,00', due='15/11/2026', date='Mon, 30 Nov 2026 08:02:00 +0100'):
    return orig_headers(n, lang, to, date) + '\n' + rem_body(n, lang, amount, due) + '\n'


def bounces():
    # 1 Gmail user unknown
    b = 'B_gm_01aF3'
    raw = f"""Delivered-To: romain@lefevre-traduction.fr
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: romain@lefevre-traduction.fr
Subject: Delivery Status Notification (Failure)
Date: {D(30, 8, 2, 14)}
Message-ID: <67c1a2f3.050a0220.3b1e9.8f21.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to k.haddad@comptoir-esquermes.fr because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-53f1a2b3c4d5si1234567e87.312 - gsmtp

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; romain@lefevre-traduction.fr
Arrival-Date: Mon, 30 Nov 2026 00:02:10 -0800 (PST)
X-Original-Message-ID: {RMID(474)}

Final-Recipient: rfc822; k.haddad@comptoir-esquermes.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com. (142.250.102.27, the server for the domain comptoir-esquermes.fr.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp
Last-Attempt-Date: Mon, 30 Nov 2026 00:02:14 -0800 (PST)

--{b}
Content-Type: message/rfc822

{orig_full(474, 'fr', 'k.haddad@comptoir-esquermes.fr', '1 500,00')}
--{b}--
"""
    save(raw, BO + '/gmail_en_address_not_found.eml', lang='en', group='Gmail', pattern='Gmail DSN 5.1.1 with delivery-status and original',
         facts='failed_recipient=k.haddad@comptoir-esquermes.fr', notes='layout follows Gmail DSNs as handled by Sisimai (code corpus)')
    # 2 Exchange Online undeliverable
    b = '_000_PR3P195MB0712D4E1B9C2A7F0E3A9PR3P195MB0712EURP_'
    raw = f"""From: Microsoft Outlook <postmaster@hexalis-industrie.fr>
To: <romain@lefevre-traduction.fr>
Date: {D(1, 8, 30, 44)}
Subject: Undeliverable: {rem_subject(482, 'fr')}
Message-ID: <2a9d1c77-4f0b-4c3b-9a51-0c2e8b1f7d10@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: multipart/alternative; differences=Content-Type; boundary="{b}alt"

--{b}alt
Content-Type: text/plain; charset="us-ascii"

Your message to f.lemoine@hexalis-industrie.fr couldn't be delivered.
f.lemoine wasn't found at hexalis-industrie.fr.

romain        Office 365      f.lemoine
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means to verify the address.

More Info for Email Admins
Status code: 550 5.1.10
This error occurs because the recipient's email address was not found by the recipient's email system.

Original Message Details
Created Date: 12/1/2026 7:30:40 AM
Sender Address: romain@lefevre-traduction.fr
Recipient Address: f.lemoine@hexalis-industrie.fr
Subject: {rem_subject(482, 'fr')}

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: PR3P195MB0712.EURP195.PROD.OUTLOOK.COM

--{b}alt
Content-Type: text/html; charset="us-ascii"

<html><body><p style="font-family:Segoe UI;font-size:16px">Your message to <a href="mailto:f.lemoine@hexalis-industrie.fr">f.lemoine@hexalis-industrie.fr</a> couldn't be delivered.</p>
<p><b>f.lemoine</b> wasn't found at <b>hexalis-industrie.fr</b>.</p><p>Status code: 550 5.1.10</p></body></html>

--{b}alt--

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P195MB0712.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.lefevre-traduction.fr
Arrival-Date: Tue, 1 Dec 2026 07:30:41 +0000

Final-Recipient: rfc822;f.lemoine@hexalis-industrie.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: text/rfc822-headers

{orig_headers(482, 'fr', 'f.lemoine@hexalis-industrie.fr', 'Tue, 1 Dec 2026 08:30:40 +0100')}
--{b}--
"""
    save(raw, BO + '/exchange_online_en_undeliverable.eml', crlf=True, lang='en', group='Exchange Online',
         pattern='Office 365 NDR 5.1.10, text/rfc822-headers only', facts='failed_recipient=f.lemoine@hexalis-industrie.fr',
         notes='based on the Exchange Online NDR layout documented in MicrosoftDocs/SupportArticles-docs (code corpus)')
    # 3 Orange mailbox full, French
    b = '----=_Part_8812_1029384756.1764486123000'
    raw = f"""Return-Path: <>
From: MAILER-DAEMON@orange.fr (Mail Delivery System)
To: romain@lefevre-traduction.fr
Subject: Message non remis : {rem_subject(486, 'fr')}
Date: {D(1, 8, 31, 5)}
Message-ID: <20261201073105.8812@smtp-out.orange.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est un message automatique du serveur de messagerie Orange.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

    <contact@agence-flandria.fr> : la boîte aux lettres du destinataire est pleine.
    Réponse du serveur mx.agence-flandria.fr : 552 5.2.2 Mailbox full / Boite pleine

Le message a été définitivement refusé. Vous pouvez essayer de le renvoyer ultérieurement ou contacter votre correspondant par un autre moyen.

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; opmta1mto03nd1.mail.orange.fr

Final-Recipient: rfc822; contact@agence-flandria.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.agence-flandria.fr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--{b}
Content-Type: message/rfc822

{orig_full(486, 'fr', 'contact@agence-flandria.fr', '720,00', date='Tue, 1 Dec 2026 08:30:58 +0100')}
--{b}--
"""
    save(raw, BO + '/orange_fr_boite_pleine.eml', lang='fr', group='Orange/Wanadoo', pattern='French NDR from the Orange outgoing relay, remote 552 mailbox full',
         facts='failed_recipient=contact@agence-flandria.fr', notes='quota full: permanent refusal as stated')
    # 4 Free postfix-like
    b = 'A4F2E1C03B.1764571234/smtp.free.fr'
    raw = f"""Return-Path: <>
Date: {D(2, 9, 12, 3)}
From: MAILER-DAEMON@free.fr (Systeme de livraison du courrier)
Subject: =?utf-8?q?=C3=89chec_de_la_remise_du_message?=
To: romain@lefevre-traduction.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"
Message-Id: <20261202081203.A4F2E1C03B@smtp.free.fr>

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de livraison du courrier de smtp.free.fr.

Je suis désolé de vous informer que votre message n'a pas pu être
délivré à un ou plusieurs destinataires. Il est joint ci-dessous.

<contact@atelier-ravel.fr>: host mx.atelier-ravel.fr[195.154.92.31] said:
    550 5.1.1 <contact@atelier-ravel.fr> User doesn't exist:
    contact@atelier-ravel.fr (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.free.fr
X-Postfix-Queue-ID: A4F2E1C03B
X-Postfix-Sender: rfc822; romain@lefevre-traduction.fr
Arrival-Date: Wed,  2 Dec 2026 09:12:01 +0100 (CET)

Final-Recipient: rfc822; contact@atelier-ravel.fr
Original-Recipient: rfc822;contact@atelier-ravel.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <contact@atelier-ravel.fr> User doesn't exist

--{b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig_full(487, 'fr', 'contact@atelier-ravel.fr', '860,00', date='Wed, 2 Dec 2026 09:12:00 +0100')}
--{b}--
"""
    save(raw, BO + '/free_fr_echec_remise_utilisateur_inconnu.eml', lang='fr', group='Free', pattern='Free outgoing relay, Postfix-style DSN in French',
         facts='failed_recipient=contact@atelier-ravel.fr', notes='')
    # 5 OVH
    b = '7C1D240012.1764661500/mx3.mail.ovh.net'
    raw = f"""Return-Path: <>
Date: {D(3, 8, 45, 0)}
From: MAILER-DAEMON@mx3.mail.ovh.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: romain@lefevre-traduction.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"
Message-Id: <20261203074500.7C1D240012@mx3.mail.ovh.net>

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.mail.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<compta@imprimerie-lenoir.fr>: host imprimerie-lenoir-fr.mail.protection.outlook.com[52.101.73.4]
    said: 550 5.7.606 Access denied, banned sending IP [178.33.254.12]. To
    request removal from this list please visit https://sender.office.com/
    (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.mail.ovh.net
X-Postfix-Queue-ID: 7C1D240012
X-Postfix-Sender: rfc822; romain@lefevre-traduction.fr
Arrival-Date: Thu,  3 Dec 2026 08:44:58 +0100 (CET)

Final-Recipient: rfc822; compta@imprimerie-lenoir.fr
Original-Recipient: rfc822;compta@imprimerie-lenoir.fr
Action: failed
Status: 5.7.606
Remote-MTA: dns; imprimerie-lenoir-fr.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP [178.33.254.12]

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{orig_headers(461, 'fr', 'compta@imprimerie-lenoir.fr', 'Thu, 3 Dec 2026 08:44:57 +0100')}
--{b}--
"""
    save(raw, BO + '/ovh_en_postfix_rejected_banned_ip.eml', lang='en', group='OVH mail (Postfix)',
         pattern='OVH Postfix DSN, policy rejection by remote Exchange', facts='failed_recipient=compta@imprimerie-lenoir.fr')
    # 6 own server postfix, spam rejection
    b = '3F9A8C1E2D.1764750000/mail.lefevre-traduction.fr'
    raw = f"""Return-Path: <>
Date: {D(4, 9, 20, 0)}
From: MAILER-DAEMON@mail.lefevre-traduction.fr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: romain@lefevre-traduction.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"
Message-Id: <20261204082000.3F9A8C1E2D@mail.lefevre-traduction.fr>

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lefevre-traduction.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<b.koenig@maison-kessler.fr>: host mx.maison-kessler.fr[91.121.44.17] said:
    554 5.7.1 Message rejected: content considered as spam (score 7.2)
    (in reply to end of DATA command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lefevre-traduction.fr
X-Postfix-Queue-ID: 3F9A8C1E2D
X-Postfix-Sender: rfc822; romain@lefevre-traduction.fr
Arrival-Date: Fri,  4 Dec 2026 09:19:57 +0100 (CET)

Final-Recipient: rfc822; b.koenig@maison-kessler.fr
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.maison-kessler.fr
Diagnostic-Code: smtp; 554 5.7.1 Message rejected: content considered as spam (score 7.2)

--{b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig_full(483, 'fr', 'b.koenig@maison-kessler.fr', '2 480,00', date='Fri, 4 Dec 2026 09:19:56 +0100')}
--{b}--
"""
    save(raw, BO + '/postfix_own_server_spam_rejection.eml', lang='en', group='Postfix (owner\'s server)',
         pattern='own Postfix relay, remote content rejection 554 5.7.1', facts='failed_recipient=b.koenig@maison-kessler.fr')
    # 7 Postfix delay warning
    b = '9B22D1A0F7.1764590000/mail.lefevre-traduction.fr'
    raw = f"""Return-Path: <>
Date: {D(2, 12, 5, 0)}
From: MAILER-DAEMON@mail.lefevre-traduction.fr (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: romain@lefevre-traduction.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"
Message-Id: <20261202110500.9B22D1A0F7@mail.lefevre-traduction.fr>

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lefevre-traduction.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<contact@cuisines-lambersart.fr>: connect to
    mail.cuisines-lambersart.fr[62.210.16.91]:25: Connection timed out

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lefevre-traduction.fr
X-Postfix-Queue-ID: 9B22D1A0F7
X-Postfix-Sender: rfc822; romain@lefevre-traduction.fr
Arrival-Date: Wed,  2 Dec 2026 08:05:02 +0100 (CET)

Final-Recipient: rfc822; contact@cuisines-lambersart.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.cuisines-lambersart.fr[62.210.16.91]:25:
    Connection timed out
Will-Retry-Until: Mon, 7 Dec 2026 08:05:02 +0100 (CET)

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{orig_headers(470, 'fr', 'contact@cuisines-lambersart.fr', 'Wed, 2 Dec 2026 08:05:02 +0100')}
--{b}--
"""
    save(raw, BO + '/postfix_delayed_mail_warning.eml', lang='en', group='Postfix (owner\'s server)',
         pattern='delay warning, Action: delayed, 4.4.1', facts='failed_recipient=contact@cuisines-lambersart.fr;bounce_final=no')
    # 8 Exchange on-prem French "Non remis"
    b = '_002_VI1PR07MB4420A1B2C3D4E5F6A7B8VI1PR07MB4420eurp_'
    raw = f"""From: =?iso-8859-1?q?Administrateur_syst=E8me?= <postmaster@garnier-expertise.fr>
To: <romain@lefevre-traduction.fr>
Date: {D(1, 10, 5, 12)}
Subject: Non remis : {rem_subject(472, 'fr')}
Message-ID: <a4e0c2d1f7b84f1b9d6e3c5a2b1f0e9d@EXCH01.garnier-expertise.local>
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

La remise aux destinataires ou groupes suivants a =E9chou=E9 :

p.garnier@garnier-expertise.fr
Votre message est trop volumineux pour la bo=EEte aux lettres du destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de g=E9n=E9ration : EXCH01.garnier-expertise.local

p.garnier@garnier-expertise.fr
#552 5.3.4 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception ##

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.garnier-expertise.local
Received-From-MTA: dns;mail.lefevre-traduction.fr
Arrival-Date: Tue, 1 Dec 2026 09:05:10 +0000

Final-Recipient: rfc822;p.garnier@garnier-expertise.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.3.4 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--{b}
Content-Type: message/rfc822

{orig_full(472, 'fr', 'p.garnier@garnier-expertise.fr', '1 320,00', date='Tue, 1 Dec 2026 10:05:08 +0100')}
--{b}--
"""
    save(raw.encode('utf-8'), BO + '/exchange2016_fr_non_remis_quota.eml', crlf=True, lang='fr', group='Exchange Server (on-prem)',
         pattern='French Exchange "Non remis :", ISO-8859-1 QP, quota exceeded', facts='failed_recipient=p.garnier@garnier-expertise.fr')
    # 9 Exim without DSN part
    raw = f"""Return-path: <>
Envelope-to: romain@lefevre-traduction.fr
Delivery-date: {D(3, 13, 2, 0)}
X-Failed-Recipients: info@studio-ardoise.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv12.hebergeur-mutualise.example>
To: romain@lefevre-traduction.fr
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1kP9Qx-0003Lm-7A@srv12.hebergeur-mutualise.example>
Date: {D(3, 13, 2, 0)}

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@studio-ardoise.example
    No Such User Here

------ This is a copy of the message, including all the headers. ------

{orig_full(484, 'fr', 'info@studio-ardoise.example', '540,00', date='Thu, 3 Dec 2026 14:01:58 +0100')}"""
    save(raw, BO + '/exim_plain_no_dsn_part.eml', lang='en', group='Exim (shared hosting)',
         pattern='Exim bounce, single text/plain, no machine-readable DSN part', facts='failed_recipient=info@studio-ardoise.example',
         notes='only X-Failed-Recipients and the text give the address')
    # 10 Gmail delay
    b = 'B_gm_02dLy'
    raw = f"""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: romain@lefevre-traduction.fr
Subject: Delivery Status Notification (Delay)
Date: {D(4, 13, 7, 0)}
Message-ID: <67d0b8a4.170a0220.2f1c4.7a20.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status

--{b}
Content-Type: text/plain; charset="UTF-8"

** Message not delivered yet **

There was a temporary problem delivering your message to contact@flandres-habitat.fr. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.flandres-habitat.fr. 185.24.9.66: timed out]

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 04 Dec 2026 01:06:40 -0800 (PST)

Final-Recipient: rfc822; contact@flandres-habitat.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: Fri, 04 Dec 2026 04:07:00 -0800 (PST)
Will-Retry-Until: Sun, 06 Dec 2026 01:06:40 -0800 (PST)

--{b}
Content-Type: text/rfc822-headers

{orig_headers(485, 'fr', 'contact@flandres-habitat.fr', 'Fri, 4 Dec 2026 10:06:38 +0100')}
--{b}--
"""
    save(raw, BO + '/gmail_en_delay_warning.eml', lang='en', group='Gmail', pattern='Gmail delay DSN, Action: delayed',
         facts='failed_recipient=contact@flandres-habitat.fr;bounce_final=no',
         notes='owner assumed to send through Google Workspace relay for this one')


OT = 'other'


def oth(name, frm, subj, date, text=None, html=None, lang='fr', group='', pattern='', notes='', extra=(), to=OWNER, attach=None,
        charset='utf-8', cte='quoted-printable', provider=''):
    notice(name, frm, subj, date, text=text, html=html, lang=lang, provider=provider, pattern=pattern, notes=notes, extra=extra, to=to,
           attach=attach, charset=charset, cte=cte, label=OT, group=group or provider)


def simple_html(title, paras, color='#333', footer=''):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body style="font-family:Helvetica,Arial,sans-serif;'
            'background:#fafafa"><div style="max-width:600px;margin:auto;background:#fff;padding:24px">\n<h2 style="color:%s">%s</h2>\n%s\n'
            '<p style="font-size:11px;color:#999">%s</p></div></body></html>\n') % (
                title, color, title, '\n'.join('<p>%s</p>' % p for p in paras), footer)


def others():
    LU = [('List-Unsubscribe', '<https://links.example/unsub?u=8812>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
    oth('ovhcloud_fr_facture_fournisseur', 'OVHcloud <noreply@ovh.com>', 'Votre facture OVHcloud FR64519372 est disponible', D(1, 4, 3, 0),
        text="Bonjour Romain Lefèvre,\n\nVotre facture FR64519372 d'un montant de 71,88 € TTC est disponible dans votre espace client.\n\n"
             "Détail : Hébergement Web Perso (12 mois) + domaine lefevre-traduction.fr (12 mois)\nMoyen de paiement : prélèvement SEPA le 03/12/2026\n\n"
             "Consulter ma facture : https://www.ovh.com/manager/#/billing/history\n\nL'équipe OVHcloud\nOVH SAS — 2 rue Kellermann, 59100 Roubaix",
        provider='OVHcloud', pattern='supplier invoice to the owner (hosting), mentions a direct debit',
        notes='an invoice TO the owner; the debit itself would be a separate bank notice')
    oth('gandi_fr_domaine_expire_30_jours', 'Gandi <noreply@gandi.net>', '[Gandi] lefevre-traduction.eu expire dans 30 jours', D(30, 2, 0, 0),
        text="Bonjour,\n\nLe domaine lefevre-traduction.eu arrive à expiration le 30/12/2026.\n\nLe renouvellement automatique n'est pas activé. "
             "Pour conserver ce domaine, renouvelez-le dès maintenant (1 an : 9,60 € HT).\n\nhttps://admin.gandi.net/domain/renew\n\nL'équipe Gandi",
        provider='Gandi', pattern='domain renewal reminder with price')
    oth('urssaf_fr_nouveau_message', 'URSSAF <ne-pas-repondre@urssaf.fr>', 'Vous avez un nouveau message dans votre espace personnel', D(2, 10, 0, 0),
        text="Madame, Monsieur,\n\nUn nouveau document est disponible dans votre espace personnel sur urssaf.fr : « Échéancier de vos cotisations 2027 ».\n\n"
             "Pour le consulter, connectez-vous à votre espace sécurisé.\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.\n\n"
             "L'Urssaf Nord — Pas-de-Calais", provider='URSSAF', pattern='administrative notice, document available')
    oth('impots_fr_avis_cfe_disponible', 'DGFiP <ne-pas-repondre@dgfip.finances.gouv.fr>', 'Votre avis de CFE 2026 est disponible', D(30, 7, 30, 0),
        text="Bonjour,\n\nVotre avis d'impôt de cotisation foncière des entreprises (CFE) 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.\n\n"
             "Date limite de paiement : 15/12/2026. Montant : 418,00 €.\n\nLa Direction générale des Finances publiques\n"
             "Ce message vous est adressé automatiquement, merci de ne pas y répondre.",
        provider='impots.gouv.fr', pattern='tax notice with amount and due date', notes='a tax the owner owes, not a bank movement')
    oth('proz_en_job_notification', 'ProZ.com Jobs <jobs@proz.com>', 'New job: English to French, Medical (Instruments), 12,500 words', D(1, 15, 41, 0),
        lang='en', text="A new job matching your profile has been posted.\n\nLanguage pair: English to French\nField: Medical: Instruments\n"
             "Volume: 12,500 words\nSoftware: SDL TRADOS\nDeadline: Dec 11, 2026\nPayment method: PayPal / Bank transfer\nPayment terms: 45 days after invoice\n\n"
             "View and quote: https://www.proz.com/translation-jobs/2108874\n\nYou are receiving this email because job notifications are enabled in your ProZ.com profile.",
        extra=LU, provider='ProZ.com', pattern='translation marketplace job alert with payment terms')
    oth('smartcat_fr_nouvelle_mission', 'Smartcat <noreply@smartcat.com>', 'Nouvelle mission : relecture EN>FR, 3 400 mots', D(3, 11, 5, 0),
        html=simple_html('Une nouvelle mission vous attend', ['Bonjour Romain,', 'Le client <b>Vela Travel Group</b> vous propose une mission de '
                         'relecture anglais &gt; français (3 400 mots), échéance le 7 décembre à 18:00 CET.', 'Rémunération : 102,00 €, versée via Smartcat '
                         'à la fin du mois.', '<a href="https://smartcat.com/jobs/88123">Accepter ou refuser</a>'],
                         footer='Smartcat Platform Inc. — Vous recevez cet e-mail en tant que prestataire inscrit sur Smartcat.'),
        provider='Smartcat', pattern='CAT/marketplace job offer with a payout amount, HTML-only')
    oth('linkedin_fr_apparitions_recherches', 'LinkedIn <notifications-noreply@linkedin.com>', 'Romain, vous êtes apparu dans 14 recherches cette semaine',
        D(2, 18, 30, 0), text="Romain, vous êtes apparu dans 14 recherches cette semaine\n\nRecruteurs, responsables localisation, chefs de projet\n\n"
             "Voir qui vous a trouvé : https://www.linkedin.com/me/search-appearances/\n\n"
             "Cet e-mail était destiné à Romain Lefèvre (Traducteur EN/DE > FR). Se désabonner.\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
        html=simple_html('14 apparitions dans les recherches', ['Recruteurs, responsables localisation, chefs de projet…'], '#0a66c2',
                         'Cet e-mail était destiné à Romain Lefèvre. LinkedIn Ireland Unlimited Company.'), extra=LU,
        provider='LinkedIn', pattern='social network notification')
    oth('phishing_fr_qonto_compte_suspendu', 'Qonto Sécurité <securite@qonto-verification-client.example>',
        'Action requise : votre compte Qonto sera suspendu sous 24h', D(1, 3, 44, 0),
        html=simple_html('Vérification obligatoire de votre compte', ['Cher client,', 'Suite à la nouvelle directive DSP3, nous devons vérifier '
                         'votre identité. Sans action de votre part sous 24 heures, votre compte sera <b>suspendu</b> et vos virements entrants bloqués.',
                         '<a href="http://qonto-verification-client.example/login">Vérifier mon compte</a>', 'Service Sécurité Qonto'],
                         footer='© Qonto 2026'),
        provider='', group='phishing (imitates Qonto)', pattern='phishing imitating a neobank, lookalike domain, urgency',
        notes='label other: phishing, not a bank notice')
    oth('phishing_en_paypal_funds_on_hold', 'PayPal <service@paypal-resolution-center.example>', 'You\'ve received a payment of $1,950.00 USD',
        D(2, 4, 12, 0), lang='en',
        html=simple_html('You\'ve got money!', ['Hello,', 'Bluefin Media LLC sent you <b>$1,950.00 USD</b>.', 'Your funds are currently on hold. '
                         'To release the payment, confirm your account and pay the one-time verification fee of $45.00 within 12 hours.',
                         '<a href="http://paypal-resolution-center.example/release">Release funds</a>', 'Thanks, PayPal'],
                         '#003087', 'Copyright © 1999-2026 PayPal. All rights reserved.'),
        group='phishing (imitates PayPal)', pattern='phishing mimicking a PayPal payment-received notice (names a real client)',
        notes='looks like money in; lookalike domain and fee request: other')
    oth('spam_fr_vous_avez_gagne', '"Grand Jeu Fidélité" <gagnant@promo-cadeaux-fr.example>', 'Félicitations Romain, vous avez gagné un iPhone 17 Pro !',
        D(30, 5, 13, 0), html=simple_html('🎁 Vous êtes notre grand gagnant !', ['Votre adresse a été tirée au sort parmi 1 000 000 de participants.',
                         'Il ne vous reste qu\'à régler les frais de livraison de 1,95 € pour recevoir votre iPhone 17 Pro.',
                         '<a href="http://promo-cadeaux-fr.example/r">J\'en profite</a>'], '#d4145a', 'Pour ne plus recevoir nos offres, cliquez ici.'),
        group='spam', pattern='prize spam')
    # calendar invitation
    m = mk('Ingrid Solberg (Google Agenda) <calendar-notification@google.com>', 'Invitation: Kick-off FR localisation — Fjordlight DLC @ mar. 8 déc. 2026 10:00 - 10:30 (CET)',
           D(3, 14, 10, 0), name='cal', extra=[('Sender', 'Google Calendar <calendar-notification@google.com>'),
                                                 ('Reply-To', 'Ingrid Solberg <ingrid@nordlysgames.no>')])
    m.set_content("Ingrid Solberg vous a invité à un événement.\n\nKick-off FR localisation — Fjordlight DLC\nmardi 8 déc. 2026 10:00 – 10:30 (heure normale d'Europe centrale - Paris)\n"
                  "Participer avec Google Meet : https://meet.google.com/abc-defg-hij\n\nInvités :\nIngrid Solberg — organisateur\nromain@lefevre-traduction.fr\n\n"
                  "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car vous êtes invité à cet événement.")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20261208T090000Z\r\nDTEND:20261208T093000Z\r\nDTSTAMP:20261203T131000Z\r\n"
           "ORGANIZER;CN=Ingrid Solberg:mailto:ingrid@nordlysgames.no\r\nUID:7kq2v0b3d9c1m5e8a4@google.com\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=romain@lefevre-traduction.fr:mailto:romain@lefevre-traduction.fr\r\n"
           "SUMMARY:Kick-off FR localisation — Fjordlight DLC\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m.add_alternative(ics, subtype='calendar', params={'method': 'REQUEST'})
    m.add_attachment(ics.encode('utf-8'), maintype='application', subtype='ics', filename='invite.ics')
    save(m, OT + '/google_calendar_fr_invitation.eml', lang='fr', group='Google Calendar', pattern='calendar invitation with text/calendar METHOD:REQUEST',
         notes='from a client, but generated by the calendar system')
    oth('doctolib_fr_rappel_rdv', 'Doctolib <no-reply@doctolib.fr>', 'Rappel : votre rendez-vous demain à 17:45', D(3, 18, 0, 0),
        text="Bonjour Romain Lefèvre,\n\nNous vous rappelons votre rendez-vous :\n\nVendredi 4 décembre 2026 à 17:45\nDr Anne-Sophie Leclercq — Masseur-kinésithérapeute\n"
             "18 rue Nationale, 59000 Lille\n\nEn cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance.\n\nL'équipe Doctolib",
        provider='Doctolib', pattern='appointment reminder')
    oth('colissimo_fr_colis_en_route', 'Colissimo <noreply@notif-colissimo-laposte.info>', 'Votre colis 6A22198430571 est en cours d\'acheminement',
        D(1, 12, 30, 0), html=simple_html('Votre colis arrive !', ['Bonjour,', 'Votre colis n° <b>6A22198430571</b> expédié par <b>Librairie Le Furet du Nord</b> '
                                                                  'est en cours d\'acheminement.', 'Livraison prévue : jeudi 3 décembre 2026 avant 13h.'],
                                          '#ffb400', 'Colissimo — La Poste, SA au capital de 5 620 325 816 €.'),
        provider='Colissimo', pattern='shipping notice, HTML-only')
    oth('rws_en_trados_subscription_renewal', 'RWS <no-reply@rws.com>', 'Your Trados Studio Freelance subscription renews on 15 December 2026',
        D(30, 9, 0, 0), lang='en',
        text="Hello Romain,\n\nYour Trados Studio 2024 Freelance subscription (annual) will automatically renew on 15 December 2026.\n\n"
             "Amount: €595.00 (excl. VAT)\nPayment method: Visa ending 5521\n\nNo action is needed if you want to keep your subscription. To manage "
             "your subscription, visit your RWS Account.\n\nRWS Holdings plc, Europa House, Chiltern Park, Chalfont St Peter, SL9 9FG, UK",
        provider='RWS', pattern='CAT-tool vendor subscription renewal notice with amount and card')
    oth('google_fr_alerte_securite', 'Google <no-reply@accounts.google.com>', 'Alerte de sécurité', D(2, 23, 48, 0),
        text="Nouvelle connexion sur Windows\n\nromain@lefevre-traduction.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur "
             "un appareil Windows. S'il s'agit de vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.\n\n"
             "Vérifier l'activité : https://accounts.google.com/AccountChooser?Email=romain@lefevre-traduction.fr\n\n"
             "Vous avez reçu cet e-mail afin d'être informé des modifications importantes apportées à votre compte et aux services Google que vous utilisez.\n"
             "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", provider='Google', pattern='security alert (new sign-in)')
    oth('indy_fr_declaration_ca_rappel', 'Indy <bonjour@indy.fr>', '⏰ Ta déclaration URSSAF du T4 approche', D(1, 9, 30, 0),
        html=simple_html('Ta déclaration de chiffre d\'affaires approche', ['Hello Romain,', 'Ta déclaration trimestrielle de chiffre d\'affaires est à faire '
                         'avant le 31 janvier. D\'après tes transactions catégorisées, ton CA encaissé sur le trimestre est de <b>14 820,60 €</b>.',
                         'Pense à vérifier que toutes tes recettes sont bien catégorisées.'], '#1a5aff', 'Indy — tu reçois cet e-mail car tu as un compte Indy.'),
        provider='Indy', pattern='accounting tool reminder with a revenue figure', notes='mentions revenue "encaissé" but is not a movement notice')
    oth('yousign_fr_document_signe', 'Yousign <noreply@yousign.com>', 'Document signé : Contrat de prestation de localisation – Nordlys Games',
        D(4, 11, 2, 0), text="Bonjour Romain,\n\nTous les signataires ont signé le document « Contrat de prestation de localisation – Nordlys Games AS ».\n\n"
             "Signataires :\n- Ingrid Solberg (Nordlys Games AS) — signé le 04/12/2026 à 10:58\n- Romain Lefèvre — signé le 03/12/2026 à 17:20\n\n"
             "Le document signé et son dossier de preuve sont joints à cet e-mail.\n\nYousign SAS — 8 allée Henri Pigis, 14000 Caen",
        attach=[(pdf('Contrat de prestation de localisation', ['Nordlys Games AS / Lefevre Traduction', 'Signe electroniquement']),
                 'application', 'pdf', 'Contrat_Nordlys_signe.pdf')], provider='Yousign', pattern='e-signature completed, PDF attached')
    oth('sft_fr_lettre_adherents', 'SFT — Société française des traducteurs <lettre@sft.example>', 'La Lettre de la SFT – décembre 2026',
        D(1, 7, 0, 0), html=simple_html('La Lettre de la SFT — décembre 2026', ['Au sommaire : enquête tarifs 2026, webinaire « Facturer la post-édition », '
                                     'rappel des délais de paiement légaux (article L441-10 du Code de commerce : 60 jours maximum).',
                                     'Adhésion 2027 : renouvelez avant le 31 janvier.'], '#7b2d8e', 'Vous recevez cette lettre en tant qu\'adhérent.'),
        extra=LU, group='professional association', pattern='association newsletter that talks about payment terms and late payment')
    oth('qonto_fr_newsletter_nouveautes', 'Qonto <news@qonto.com>', 'Nouveau : relancez vos factures impayées automatiquement', D(3, 10, 0, 0),
        html=simple_html('Vos factures se font payer toutes seules', ['Bonjour Romain,', 'Avec les relances automatiques, Qonto envoie pour vous des rappels '
                         'à vos clients avant et après l\'échéance. Résultat : des paiements reçus en moyenne 8 jours plus tôt.',
                         '<a href="https://qonto.com/fr/invoicing">Découvrir</a>'], '#6b5ce7', 'Vous recevez cet e-mail car vous êtes client Qonto. Se désabonner.'),
        extra=LU, provider='Qonto', pattern='bank newsletter about invoices and payments (marketing)', notes='real bank domain but marketing: other')
    oth('shine_fr_facture_abonnement', 'Shine <factures@shine.fr>', 'Ta facture Shine de novembre 2026', D(1, 6, 0, 0),
        text="Hello Romain,\n\nTa facture d'abonnement Shine pour novembre 2026 est disponible.\n\nOffre : Basic\nMontant : 7,90 € HT (9,48 € TTC)\n"
             "Prélevée sur ton compte Shine le 01/12/2026.\n\nTu la retrouves dans l'app, rubrique Paramètres > Factures.\n\nL'équipe Shine",
        attach=[(pdf('Facture Shine 2026-11', ['Abonnement Basic', '9,48 EUR TTC']), 'application', 'pdf', 'facture-shine-2026-11.pdf')],
        provider='Shine', pattern='bank fee invoice to the owner', notes='bank\'s own fee invoice: other per guide')
    oth('fiducia_nord_fr_honoraires', 'Cabinet Fiducia Nord <facturation@fiducia-nord.example>', 'Facture d\'honoraires n° H-2026-1187',
        D(30, 16, 0, 0), text="Bonjour Monsieur Lefèvre,\n\nVeuillez trouver ci-joint notre facture d'honoraires n° H-2026-1187 relative à la tenue "
             "comptable du 2e semestre 2026, d'un montant de 540,00 € TTC, payable à réception.\n\nNos coordonnées bancaires figurent en bas de facture.\n\n"
             "Cordialement,\nService facturation\nCabinet Fiducia Nord — Expertise comptable, Lille",
        attach=[(pdf('Facture H-2026-1187', ['Tenue comptable S2 2026', '540,00 EUR TTC']), 'application', 'pdf', 'H-2026-1187.pdf')],
        group='Cabinet Fiducia Nord', pattern='accountant\'s invoice to the owner (owner owes money)')
    oth('dropbox_en_storage_almost_full', 'Dropbox <no-reply@dropbox.com>', 'Your Dropbox is almost full', D(4, 8, 0, 0), lang='en',
        html=simple_html('Your Dropbox is 92% full', ['Hi Romain,', 'You\'re using 1.84 TB of your 2 TB. When your Dropbox is full, files will stop syncing.',
                         '<a href="https://www.dropbox.com/plans">Upgrade</a>'], '#0061fe', 'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107'),
        provider='Dropbox', pattern='SaaS storage alert')
    oth('malt_fr_nouveau_message_client', 'Malt <notifications@malt.fr>', 'Vous avez un nouveau message de Julie Armand (Kerala Cosmetics)',
        D(2, 16, 44, 0), text="Bonjour Romain,\n\nJulie Armand (Kerala Cosmetics) vous a envoyé un message :\n\n« Bonjour Romain, seriez-vous disponible en "
             "janvier pour traduire notre site e-commerce (environ 20 000 mots EN>FR) ? »\n\nRépondre sur Malt : https://www.malt.fr/messages/4481209\n\n"
             "Pour des raisons de sécurité, ne communiquez pas vos coordonnées avant l'acceptation d'un devis.\n\nL'équipe Malt",
        provider='Malt', pattern='freelance platform notification quoting a prospect\'s message', notes='contains a person\'s words but is a platform notice')
    oth('deepl_fr_reinitialisation_mdp', 'DeepL <no-reply@deepl.com>', 'Réinitialisation de votre mot de passe DeepL', D(4, 14, 20, 0),
        text="Bonjour,\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte DeepL Pro.\n\nRéinitialiser le mot de passe : "
             "https://www.deepl.com/reset-password?token=a81f0c\n\nCe lien expire dans 24 heures. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n\n"
             "DeepL SE, Maarweg 165, 50825 Köln", provider='DeepL', pattern='password reset')
    # DMARC aggregate report
    import gzip
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n'
           '    <email>noreply-dmarc-support@google.com</email>\n    <report_id>1764460800123456789</report_id>\n'
           '    <date_range><begin>1764374400</begin><end>1764460799</end></date_range>\n  </report_metadata>\n'
           '  <policy_published><domain>lefevre-traduction.fr</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><pct>100</pct></policy_published>\n'
           '  <record><row><source_ip>178.33.254.12</source_ip><count>14</count><policy_evaluated><disposition>none</disposition>'
           '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>lefevre-traduction.fr</header_from></identifiers>'
           '<auth_results><dkim><domain>lefevre-traduction.fr</domain><result>pass</result></dkim><spf><domain>lefevre-traduction.fr</domain>'
           '<result>pass</result></spf></auth_results></record>\n</feedback>\n')
    gz = gzip.compress(xml.encode(), mtime=1764460800)
    m = mk('noreply-dmarc-support@google.com', 'Report domain: lefevre-traduction.fr Submitter: google.com Report-ID: 1764460800123456789',
           D(30, 1, 59, 0), to='dmarc@lefevre-traduction.fr', name='dmarc')
    m.set_content("This is an aggregate report from google.com.\n")
    m.add_attachment(gz, maintype='application', subtype='gzip', filename='google.com!lefevre-traduction.fr!1764374400!1764460799.xml.gz')
    save(m, OT + '/dmarc_en_aggregate_report_google.eml', lang='en', group='DMARC reports', pattern='DMARC aggregate report, gzip XML attachment',
         notes='automatic report, not a reply nor a bounce')


if __name__ == '__main__':
    import random
    random.seed(9)  # deterministic MIME boundaries
    for d in ('human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other'):
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
    human_replies()
    payments_in()
    payments_not_in()
    auto_replies()
    bounces()
    others()
    names = [r['file'] for r in ROWS]
    assert len(names) == len(set(names)), 'duplicate file names'
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
    from collections import Counter
    c = Counter(r['label'] for r in ROWS)
    print(len(ROWS), dict(c))
