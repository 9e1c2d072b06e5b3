#!/usr/bin/env python3
"""Build dunnerd evaluation set 'written_i' (split final7). Standard library only.
Owner: Noémie Castagné <noemie@castagne-ux.fr>, freelance UX designer (EI), reminders F-2026-04xx."""
import os, base64, quopri, hashlib, shutil
from email.utils import formataddr, parseaddr
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final7'
OWNER = 'Noémie Castagné <noemie@castagne-ux.fr>'
OWNER_ADDR = 'noemie@castagne-ux.fr'
ROWS = []
for _d in ('human_reply', 'payment_notification', 'auto_reply', 'bounce', 'other'):
    shutil.rmtree(os.path.join(OUT, _d), ignore_errors=True)
COLS = ['file','label','source_repo','source_path','source_commit','license','fidelity','lang','provider',
        'source_group','pattern','direction','amount','currency','payer','reference','value_date',
        'counts_as_payment','facts','split','notes']
DOW = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
import datetime as _dt

def D(day, hh=9, mm=0, month=12, tz='+0100', ss=0):
    d = _dt.date(2026, month, day)
    return f"{DOW[d.weekday()]}, {d.day:02d} {d.strftime('%b')} 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}"

def mid(seed, dom):
    return '<' + hashlib.sha1(seed.encode()).hexdigest()[:20] + '@' + dom + '>'

def A(s):
    """'Name <addr>' -> RFC 2047 encoded header value."""
    parts = []
    for one in s.split(',,'):
        n, a = parseaddr(one.strip())
        parts.append(formataddr((n, a), charset='utf-8') if n else a)
    return ', '.join(parts)

def H(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, 'utf-8').encode()

def leaf(body, ctype='text/plain', cs='utf-8', cte='quoted-printable', extra=(), nocharset=False):
    raw = body.encode(cs) if isinstance(body, str) else body
    if cte == 'quoted-printable':
        data = quopri.encodestring(raw)
    elif cte == 'base64':
        data = base64.encodebytes(raw)
    else:
        data = raw
    ct = ctype
    if ctype.startswith('text/') and not nocharset:
        ct += f'; charset="{cs}"'
    hdr = [f'Content-Type: {ct}']
    if cte:
        hdr.append(f'Content-Transfer-Encoding: {cte}')
    hdr += list(extra)
    return (hdr, data)

_bc = [0]
def multi(sub, parts, params=''):
    _bc[0] += 1
    b = f'----=_Part_{_bc[0]:04d}_{hashlib.md5(str(_bc[0]).encode()).hexdigest()[:12]}'
    out = b'This is a multi-part message in MIME format.\n\n'
    for h, d in parts:
        out += f'--{b}\n'.encode() + '\n'.join(h).encode() + b'\n\n' + d
        if not d.endswith(b'\n'):
            out += b'\n'
    out += f'--{b}--\n'.encode()
    return ([f'Content-Type: multipart/{sub}; boundary="{b}"{params}'], out)

def alt(text, html, cs='utf-8', cte='quoted-printable'):
    return multi('alternative', [leaf(text, 'text/plain', cs, cte), leaf(html, 'text/html', cs, cte)])

def attach(fname, data, ctype='application/pdf'):
    return leaf(data, f'{ctype}; name="{fname}"', cte='base64',
                extra=[f'Content-Disposition: attachment; filename="{fname}"'])

def pdf(lines):
    """Tiny one-page PDF with the given text lines (Helvetica, Latin-1)."""
    txt = 'BT /F1 11 Tf 50 780 Td 14 TL ' + ' '.join(
        '(' + l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ') Tj T*' for l in lines) + ' ET'
    stream = txt.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n'
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

def save(label, name, frm, to, subj, date, body, msgid=None, extra=(), cc=None, lang='fr', provider='',
         group='', pattern='', fidelity='synthetic', notes='', facts='', money=None, raw_subject=False):
    hdrs = [f'From: {A(frm)}', f'To: {A(to)}']
    if cc:
        hdrs.append(f'Cc: {A(cc)}')
    hdrs.append(f'Subject: {subj if raw_subject else H(subj)}')
    hdrs.append(f'Date: {date}')
    dom = parseaddr(frm)[1].split('@')[-1] or 'example.net'
    hdrs.append(f'Message-ID: {msgid or mid(name + date, dom)}')
    hdrs += list(extra)
    hdrs.append('MIME-Version: 1.0')
    bh, bd = body
    data = '\n'.join(hdrs + bh).encode('utf-8') + b'\n\n' + bd
    path = os.path.join(OUT, label, name + '.eml')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    m = money or {}
    ROWS.append({'file': f'{label}/{name}.eml', 'label': label, 'source_repo': 'synthetic',
                 'source_path': 'build.py', 'source_commit': '', 'license': 'written for dunnerd',
                 'fidelity': fidelity, 'lang': lang, 'provider': provider, 'source_group': group,
                 'pattern': pattern, 'direction': m.get('direction', ''), 'amount': m.get('amount', ''),
                 'currency': m.get('currency', ''), 'payer': m.get('payer', ''),
                 'reference': m.get('reference', ''), 'value_date': m.get('value_date', ''),
                 'counts_as_payment': m.get('counts', ''), 'facts': facts, 'split': SPLIT, 'notes': notes})

def M(direction, amount, currency='EUR', payer='', reference='', value_date='', counts='no'):
    return dict(direction=direction, amount=amount, currency=currency, payer=payer, reference=reference,
                value_date=value_date, counts=counts)

# ---------------------------------------------------------------- the owner's reminders
def rem_id(n, k=1):
    return f'<dunnerd.{n}.{k}@castagne-ux.fr>'

def rem_subj(n, lang='fr'):
    return f'Rappel : facture F-2026-0{n} échue' if lang == 'fr' else f'Reminder: invoice F-2026-0{n} is overdue'

def rem_text(n, amount, due, lang='fr', who='Madame, Monsieur'):
    if lang == 'fr':
        return (f"Bonjour,\n\nSauf erreur de ma part, la facture F-2026-0{n} d'un montant de {amount} €, "
                f"échue le {due}, reste impayée à ce jour.\n\nMerci de bien vouloir procéder au règlement "
                f"par virement (IBAN FR76 1695 8000 0112 3456 7890 123), ou de me dire si quelque chose bloque.\n\n"
                f"Bien cordialement,\nNoémie Castagné\nCastagné UX - design d'interfaces\n06 12 34 56 78\n")
    return (f"Hello,\n\nUnless I am mistaken, invoice F-2026-0{n} for EUR {amount}, due on {due}, is still unpaid.\n\n"
            f"Could you please arrange payment by bank transfer (IBAN FR76 1695 8000 0112 3456 7890 123), "
            f"or let me know if anything is holding it up?\n\nKind regards,\nNoémie Castagné\nCastagné UX\n")

def quote(text, intro):
    return intro + '\n' + ''.join('> ' + l + '\n' if l else '>\n' for l in text.rstrip('\n').split('\n'))

def reply_hdrs(n, k=1):
    return [f'In-Reply-To: {rem_id(n, k)}', f'References: {rem_id(n, k)}']

# ================================================================ human_reply
HR = 'human_reply'
def hr(name, frm, subj, date, text, n=None, lang='fr', group='', pattern='', facts='', notes='', cc=None,
       extra=(), body=None, to=OWNER, k=1):
    ex = list(extra) + (reply_hdrs(n, k) if n else [])
    save(HR, name, frm, to, subj, date, body or leaf(text), extra=ex, lang=lang, group=group,
         pattern=pattern, facts=facts, notes=notes, cc=cc)

t = ("Bonjour Noémie,\n\nDésolé pour le retard, c'est passé entre les mailles du filet avec la clôture du mois.\n"
     "Je fais le virement vendredi sans faute.\n\nBonne journée,\nPaul\n\n")
hr('verdier_fr_virement_vendredi', 'Paul Verdier <paul.verdier@atelier-verdier.fr>', 'Re: ' + rem_subj(431),
   D(1, 8, 47), t + quote(rem_text(431, '1 480,00', '15/11/2026'), 'Le lun. 30 nov. 2026 à 09:02, Noémie Castagné <noemie@castagne-ux.fr> a écrit :'),
   n=431, group='Atelier Verdier', pattern='top-posted above quoted reminder, weekday promise',
   facts='promise_date=2026-12-04')

hr('lemoine_fr_paiement_prevu_15', 'Sandrine Petit - Brasserie Lemoine <compta@brasserie-lemoine.fr>',
   'RE: ' + rem_subj(418), D(30, 14, 5),
   "Bonjour,\n\nVotre facture est bien enregistrée chez nous. Paiement prévu le 15 (nos règlements fournisseurs "
   "partent deux fois par mois, le 15 et le 30).\n\nCordialement,\n\nSandrine Petit\nComptabilité fournisseurs\n"
   "Brasserie Lemoine SAS - 12 quai des Brasseurs, 59000 Lille\n",
   n=418, group='Brasserie Lemoine', pattern='bare day-of-month, resolved to next occurrence',
   facts='promise_date=2026-12-15')

hr('oudin_fr_fin_semaine_prochaine', 'Marc Oudin <m.oudin@oudin-menuiserie.fr>', 'Re: ' + rem_subj(426),
   D(2, 18, 31),
   "Bonsoir,\nje n'ai pas oublié, promis. Je vous règle d'ici la fin de la semaine prochaine, le temps qu'un gros "
   "client me paie de son côté.\nMarc Oudin\n", n=426, group='Oudin Menuiserie',
   pattern='"d\'ici la fin de la semaine prochaine"', facts='promise_date=2026-12-11',
   notes='end of next week = Friday 11 Dec (week_of_2026-12-07 also acceptable)')

hr('halden_en_pay_on_10th', 'Rosie Blake <rosie.blake@halden-analytics.co.uk>', 'RE: ' + rem_subj(433, 'en'),
   D(3, 10, 12, tz='+0000'),
   "Hi Noémie,\n\nApologies, this one was waiting on a PO number internally. It's approved now and we'll pay on the 10th.\n\n"
   "Best,\nRosie\n\nRosie Blake | Operations Manager\nHalden Analytics Ltd | 4 Mercer Yard, Leeds LS1 4DL\n\n"
   + quote(rem_text(433, '2,400.00', '20/11/2026', 'en'), 'From: Noémie Castagné <noemie@castagne-ux.fr>\nSent: 03 December 2026 08:30\nSubject: ' + rem_subj(433, 'en')),
   n=433, lang='en', group='Halden Analytics', pattern='English, ordinal day, Outlook-style quote header',
   facts='promise_date=2026-12-10')

hr('brightwater_en_payment_run_thursday', 'Accounts Payable <ap@brightwater-events.example.com>',
   'RE: ' + rem_subj(420, 'en') + ' [BWE-AP]', D(30, 16, 44, tz='+0000'),
   "Dear Supplier,\n\nThank you for your email. Invoice F-2026-0420 has been matched and approved. "
   "Our next payment run is on Thursday and your invoice is included in it.\n\nPlease allow 1-2 working days for funds "
   "to reach your account.\n\nKind regards,\nDaniel Osei\nAccounts Payable Team\nBrightwater Events Ltd\n",
   n=420, lang='en', group='Brightwater Events', pattern='AP clerk, "payment run is on Thursday"',
   facts='promise_date=2026-12-03', notes='written by a named clerk, not an autoresponder')

html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
        '<body lang="FR" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">Bonjour Madame Castagné,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Je me permets de revenir vers vous concernant votre relance. Nous ne réglerons pas la facture F-2026-0409 en l\'état : '
        'les maquettes livrées ne couvrent que 4 des 7 écrans prévus au devis D-2026-061, et la version mobile n\'a jamais été livrée.<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Je vous propose un point téléphonique cette semaine pour en discuter.<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cordialement,<o:p></o:p></p><p class="MsoNormal"><b>Hélène Marquet</b><br>Directrice marketing<br>Groupe Solvane<o:p></o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De :</b> Noémie Castagné &lt;noemie@castagne-ux.fr&gt;<br><b>Envoyé :</b> lundi 30 novembre 2026 09:05<br><b>À :</b> Hélène Marquet<br><b>Objet :</b> Rappel : facture F-2026-0409 échue</p></div>'
        '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0409 d\'un montant de 3 600,00 € reste impayée...</p></div></body></html>')
hr('solvane_fr_outlook_html_dispute', 'Hélène Marquet <h.marquet@groupe-solvane.fr>', 'RE: ' + rem_subj(409), D(1, 11, 20),
   None, n=409, group='Groupe Solvane', pattern='Outlook HTML-only, dispute over deliverables',
   facts='dispute=yes', body=leaf(html, 'text/html'), extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdrEr3nB0kq1w2XyT0uX8pQ3Lm1z0A=='])

hr('pichon_fr_deja_paye_27nov', 'Claire Pichon <claire@pichon-paysage.fr>', 'Re: ' + rem_subj(415), D(30, 10, 2),
   "Bonjour Noémie,\n\nJe pense que nos messages se sont croisés : le virement a été fait le 27 novembre depuis notre compte "
   "Crédit Mutuel, libellé « F-2026-0415 Pichon ». Il devrait apparaître sur votre compte aujourd'hui ou demain.\n\n"
   "Belle journée,\nClaire\n", n=415, group='Pichon Paysage', pattern='already paid with explicit date',
   facts='already_paid=2026-11-27')

pdfdata = pdf(['Ordre de virement SEPA - avis d\'execution', 'Donneur d\'ordre : CABINET THOREL ASSOCIES',
               'Beneficiaire : CASTAGNE NOEMIE', 'IBAN : FR76 1695 8000 0112 3456 7890 123',
               'Montant : 960,00 EUR', 'Libelle : FACT F-2026-0422', 'Date d\'execution : 26/11/2026', 'Statut : execute'])
hr('thorel_fr_preuve_virement_pdf', 'Agnès Thorel <a.thorel@cabinet-thorel.fr>', 'Re: ' + rem_subj(422), D(1, 9, 33),
   None, n=422, group='Cabinet Thorel', pattern='already paid, proof attached as PDF, date only in the PDF',
   facts='already_paid=claimed', notes='the attached PDF shows execution on 2026-11-26',
   body=multi('mixed', [leaf("Bonjour,\n\nLa facture a été réglée la semaine dernière, vous trouverez ci-joint l'avis "
                             "d'exécution du virement.\n\nBien à vous,\nAgnès Thorel\nAssistante de direction\n"),
                        attach('avis_execution_virement.pdf', pdfdata)]))

fwd = ("Bonjour Noémie,\n\nCi-dessous la confirmation de la banque, le virement est parti lundi.\n\nFrédéric\n\n"
       "-------- Message transféré --------\nDe : BNP Paribas <noreply@mabanque.bnpparibas>\nDate : lun. 30 nov. 2026 à 17:12\n"
       "Objet : Confirmation de votre virement\nÀ : f.lagarde@lagarde-immo.fr\n\n"
       "Madame, Monsieur,\n\nNous vous confirmons l'enregistrement de votre virement SEPA :\n"
       "Bénéficiaire : CASTAGNE NOEMIE\nMontant : 1 250,00 EUR\nMotif : F-2026-0424\nDate d'exécution : 30/11/2026\n\n"
       "Ceci est un message automatique, merci de ne pas y répondre.\n")
hr('lagarde_fr_fwd_confirmation_bnp', 'Frédéric Lagarde <f.lagarde@lagarde-immo.fr>', 'Fwd: Confirmation de votre virement',
   D(1, 8, 15), fwd, group='Lagarde Immobilier', pattern='client forwards his bank confirmation, fresh thread',
   facts='already_paid=2026-11-30', notes='contains bank wording but is a human forward')

hr('mauduit_fr_renvoyer_facture', 'Julie Mauduit <julie.mauduit@editions-mauduit.fr>', 'Re: ' + rem_subj(429), D(2, 15, 48),
   "Bonjour,\n\nJe ne retrouve pas cette facture dans nos échanges (je crois qu'elle a été envoyée à mon ancienne collègue). "
   "Pourriez-vous me la renvoyer en PDF ? Je la transmets à la compta dès réception.\n\nMerci,\nJulie\n",
   n=429, group='Éditions Mauduit', pattern='asks for the invoice again', facts='request_invoice=yes')

hr('kerhoas_fr_demande_rib', 'Yann Kerhoas <y.kerhoas@kerhoas-nautisme.fr>', 'Re: ' + rem_subj(436), D(3, 9, 58),
   "Bonjour Madame,\n\nNotre service comptable ne peut pas créer le fournisseur sans RIB. Pouvez-vous nous faire parvenir "
   "un RIB au nom de votre entreprise (pas seulement l'IBAN dans le mail) ?\n\nCordialement\nYann Kerhoas\n",
   n=436, group='Kerhoas Nautisme', pattern='asks for RIB document', facts='request_rib=yes')

hr('vantveld_en_resend_invoice_iban', "Pieter van 't Veld <pieter@veldstudio.example.nl>", 'Re: ' + rem_subj(437, 'en'),
   D(4, 13, 2, tz='+0100'),
   "Hi Noémie,\n\nSorry about that. Could you resend the invoice with our VAT number on it (NL812345678B01)? "
   "Our bookkeeper rejected the first version. Also please confirm the IBAN, the one on the PDF looks cut off.\n\nThanks!\nPieter\n",
   n=437, lang='en', group='Veld Studio', pattern='English, two requests in one', facts='request_invoice=yes;request_rib=yes')

hr('garnier_fr_note_iphone', 'Bruno Garnier <bruno@garnier-traiteur.fr>', 'Re: ' + rem_subj(411), D(30, 12, 3),
   "Noté.\n\nEnvoyé de mon iPhone\n\n" + quote(rem_text(411, '780,00', '10/11/2026'),
   'Le 30 nov. 2026 à 09:01, Noémie Castagné <noemie@castagne-ux.fr> a écrit :'),
   n=411, group='Garnier Traiteur', pattern='one word, iPhone signature')

hr('rouxel_fr_ok_merci', 'Anne Rouxel <anne.rouxel@rouxel-kine.fr>', 'Re: ' + rem_subj(427), D(2, 19, 40),
   "ok merci\n", n=427, group='Cabinet Rouxel', pattern='two-word lowercase')

hr('bellec_fr_autre_adresse_lundi', 'Erwan Bellec <erwan.bellec@example.org>', 'facture F-2026-0430', D(3, 21, 10),
   "Bonsoir Noémie,\n\nJe vous écris depuis mon adresse perso, je n'ai pas accès à ma boîte pro ce soir. J'ai vu votre relance "
   "pour la facture 0430 : je lance le paiement lundi depuis le compte de l'asso.\n\nErwan (trésorier, Les Amis du Port)\n",
   group='Les Amis du Port', pattern='reply from a different (personal) address, no In-Reply-To',
   facts='promise_date=2026-12-07', notes='reminder went to tresorier@lesamisduport.fr')

legal = ("\n\n--\nMaître Laure Dantec\nAvocate associée\nDANTEC & BRUNEAU AVOCATS - SELARL au capital de 20 000 €\n"
         "38 cours de l'Intendance, 33000 Bordeaux | Tél. 05 56 00 00 00\nBarreau de Bordeaux - Toque 1234\n\n"
         "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
         "Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique est susceptible d'altération. "
         "Le cabinet DANTEC & BRUNEAU décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. "
         "Si vous n'êtes pas destinataire de ce message, merci de le détruire immédiatement et d'avertir l'expéditeur.\n\n"
         "This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use or "
         "dissemination is prohibited. If you are not the intended recipient, please delete it and notify the sender.\n\n"
         "P Pensez à l'environnement avant d'imprimer ce message.\n")
hr('dantec_fr_signature_juridique', 'Laure Dantec <l.dantec@dantec-bruneau-avocats.fr>', 'RE: ' + rem_subj(413), D(1, 17, 55),
   "Madame,\n\nJ'accuse réception de votre relance. La facture relative à la refonte de notre site est validée ; son règlement "
   "interviendra au plus tard le 18 décembre prochain, après signature de l'associé gérant.\n\nJe vous prie d'agréer, Madame, "
   "l'expression de mes salutations distinguées." + legal, n=413, group='Dantec & Bruneau Avocats',
   pattern='long bilingual legal disclaimer', facts='promise_date=2026-12-18')

hr('cordier_fr_transfert_collegue_cc', 'Sophie Cordier <s.cordier@cordier-optique.fr>', 'TR: ' + rem_subj(421), D(30, 11, 8),
   "Bonjour Karim,\n\nPeux-tu regarder ce rappel de Mme Castagné et me dire où on en est ? Je crois que la facture est "
   "restée dans la bannette « à valider ».\n\nMerci,\nSophie\n\n-----Message d'origine-----\nDe : Noémie Castagné <noemie@castagne-ux.fr>\n"
   "Envoyé : lundi 30 novembre 2026 09:03\nÀ : Sophie Cordier\nObjet : " + rem_subj(421) + "\n\n" + rem_text(421, '1 140,00', '05/11/2026'),
   n=421, to='Karim Benali <k.benali@cordier-optique.fr>', cc=OWNER, group='Cordier Optique',
   pattern='forward to a colleague, owner in Cc, no commitment')

hr('ferrat_fr_ne_contestons_pas', 'Gilles Ferrat <gilles.ferrat@ferrat-btp.fr>', 'Re: ' + rem_subj(405), D(2, 8, 20),
   "Bonjour,\n\nNous ne contestons pas la facture, le travail a été fait et bien fait. Mais je n'ai pas encore pu payer : "
   "deux chantiers ne nous ont pas réglés et la trésorerie est très tendue en ce moment. Je pense pouvoir vous régler "
   "début janvier.\n\nToutes mes excuses,\nGilles Ferrat\nFerrat BTP\n", n=405, group='Ferrat BTP',
   pattern='negated dispute + "je n\'ai pas encore pu payer" + début janvier', facts='promise_date=early_2027-01')

hr('thibaud_fr_tutoiement_ce_soir', 'Lucas Thibaud <lucas@thibaud-podcast.fr>', 'Re: ' + rem_subj(438), D(2, 13, 14),
   "Salut Noémie !\n\nAïe désolé, j'ai complètement zappé ta facture avec le lancement de la saison 3. Je te fais le virement "
   "ce soir en rentrant.\n\nEncore merci pour les visuels, tout le monde adore 🙌\n\nLucas\n", n=438,
   group='Thibaud Podcast', pattern='informal tu, emoji, "ce soir"', facts='promise_date=2026-12-02')

hr('moreau_fr_pas_encore_pu_payer', 'Isabelle Moreau <isabelle.moreau@moreau-fleurs.fr>', 'Re: ' + rem_subj(417), D(3, 16, 2),
   "Bonjour,\n\nJe n'ai pas encore pu payer, notre banque a bloqué les virements le temps de renouveler le token d'authentification. "
   "Je reviens vers vous dès que c'est réglé.\n\nCordialement,\nIsabelle Moreau\n", n=417, group='Moreau Fleurs',
   pattern='negation: not paid yet, no date')

hr('asso_reperes_fr_question_tva', 'Association Repères <contact@asso-reperes.fr>', 'Re: ' + rem_subj(428), D(1, 10, 41),
   "Bonjour,\n\nAvant de régler, une question : votre facture mentionne « TVA non applicable, art. 293 B du CGI ». Pouvez-vous "
   "nous confirmer que le montant de 650 € est bien le montant total à payer ? Notre trésorière préfère vérifier.\n\n"
   "Merci,\nMathilde, pour le bureau de l'association\n", n=428, group='Association Repères',
   pattern='question before paying, no commitment')

hr('delaunay_fr_plainte_relances', 'Olivier Delaunay <o.delaunay@delaunay-conseil.fr>', 'Re: ' + rem_subj(410, 'fr'), D(1, 18, 3),
   "Madame,\n\nC'est la troisième relance en dix jours. Je trouve le procédé un peu insistant : nos conditions de paiement sont "
   "à 45 jours fin de mois, comme indiqué sur notre bon de commande, et votre facture sera traitée dans ce cadre, ni avant ni après.\n\n"
   "Merci de ne plus relancer d'ici là.\n\nO. Delaunay\n", n=410, k=3, group='Delaunay Conseil',
   pattern='complaint about reminders, payment terms, not a dispute', notes='no concrete date; not contesting the invoice')

hr('northgate_en_dispute_deliverables', 'Aaron Mitchell <aaron@northgate-labs.example.com>', 'Re: ' + rem_subj(402, 'en'), D(30, 15, 27, tz='+0000'),
   "Noémie,\n\nWe're not paying this until we receive the final Figma source files and the design system documentation that were "
   "part of the agreed scope. What we got was exported PNGs only. Once the deliverables are in, we'll process the invoice.\n\nAaron\n",
   n=402, lang='en', group='Northgate Labs', pattern='English dispute, conditional payment', facts='dispute=yes')

hr('pemberton_en_paid_25_nov', 'Grace Pemberton <grace.p@pemberton-and-co.example.com>', 'Re: ' + rem_subj(414, 'en'), D(1, 9, 5, tz='+0000'),
   "Hi Noémie,\n\nOur records show this was paid on 25 November by BACS/SEPA, reference PMB-77120. Could you double-check on your side? "
   "If it hasn't arrived, let me know and I'll chase our bank.\n\nRegards,\nGrace Pemberton\nFinance Assistant\n",
   n=414, lang='en', group='Pemberton & Co', pattern='English, already paid with date and reference', facts='already_paid=2026-11-25')

t = ("Bonjour Madame Castagné,\n\nSuite à votre relance, nous vous informons que nous procéderons au règlement de la facture "
     "F-2026-0403 le mardi 8 décembre, par virement.\n\nNous vous prions de nous excuser pour ce délai.\n\nBien cordialement,\n"
     "Régine Faure\nService comptabilité - Établissements Faure & Fils\n")
hr('faure_fr_cp1252_qp_mardi8', 'Régine Faure <comptabilite@faure-fils.fr>', 'RE: ' + rem_subj(403), D(2, 10, 30),
   None, n=403, group='Établissements Faure & Fils', pattern='windows-1252 quoted-printable, explicit weekday+date',
   facts='promise_date=2026-12-08', body=leaf(t, cs='windows-1252'), extra=['X-Mailer: Microsoft Outlook 14.0'])

t = ("Bonjour,\n\nPaiement le 5/12, désolée pour le délai.\n\nCordialement\nÉloïse Hérault\nGîtes de l'Étang\n")
hr('herault_fr_latin1_paiement_5_12', 'Eloise Herault <gites.etang@example.fr>', 'Re: Rappel : facture F-2026-0425',
   D(1, 20, 16), None, n=425, group="Gîtes de l'Étang", pattern='ISO-8859-1 8bit, numeric date 5/12',
   facts='promise_date=2026-12-05', body=leaf(t, cs='iso-8859-1', cte='8bit'))

hr('blanchard_fr_semaine_prochaine', 'Thomas Blanchard <thomas@blanchard-archi.fr>', 'Re: ' + rem_subj(419), D(4, 9, 44),
   "Bonjour Noémie,\n\nC'est dans les tuyaux, vous serez payée la semaine prochaine.\n\nThomas\n", n=419,
   group='Blanchard Architecture', pattern='"la semaine prochaine"', facts='promise_date=week_of_2026-12-07')

hr('lacroix_fr_demain', 'Nadia Lacroix <nadia.lacroix@lacroix-evenements.fr>', 'Re: ' + rem_subj(434), D(3, 17, 22),
   "Bonjour,\nje m'en occupe demain matin à la première heure.\nNadia\n\nEnvoyé depuis mon mobile Orange\n", n=434,
   group='Lacroix Événements', pattern='"demain", mobile signature', facts='promise_date=2026-12-04')

hr('quayside_en_end_of_month', 'Finance <finance@quayside-coffee.example.com>', 'Re: ' + rem_subj(407, 'en'), D(30, 11, 50, tz='+0000'),
   "Hello,\n\nThanks for the nudge. Cash flow is tight this month, we'll settle it by the end of the month.\n\nCheers,\nMegan\nQuayside Coffee Roasters\n",
   n=407, lang='en', group='Quayside Coffee', pattern='"by the end of the month" sent on 30 Nov',
   facts='promise_date=2026-12-31', notes='sent on 30 Nov: "end of the month" read as end of December (ambiguous)')

hr('nguyen_fr_acompte_solde_20', 'Minh Nguyen <minh@nguyen-saveurs.fr>', 'Re: ' + rem_subj(423), D(2, 12, 7),
   "Bonjour Noémie,\n\nJe viens de vous virer 50 % (900 €). Pour le solde, je vous le règle le 20 décembre, après les fêtes de "
   "fin d'année on y verra plus clair... enfin avant, donc !\n\nBien à vous,\nMinh\n", n=423, group='Nguyen Saveurs',
   pattern='partial payment today + promise for balance', facts='promise_date=2026-12-20',
   notes='also says half (900 EUR) was transferred today; not the full invoice')

save(HR, 'liste_freelances_fr_post', 'Camille Ortega <camille.ortega@example.net>', 'Freelances UX Sud-Ouest <freelances-ux@lists.example.org>',
     '[freelances-ux] Outil de relance de factures, vos retours ?', D(1, 22, 4),
     leaf("Bonsoir à toutes et tous,\n\nJe me noie un peu dans mes relances de factures en ce moment. Vous utilisez quoi ? Un tableur, "
          "l'outil de votre banque, un logiciel dédié ? Et vous relancez au bout de combien de jours ?\n\nMerci d'avance,\nCamille\n\n"
          "_______________________________________________\nfreelances-ux mailing list\nfreelances-ux@lists.example.org\n"
          "https://lists.example.org/mailman/listinfo/freelances-ux\n"),
     extra=['List-Id: Freelances UX Sud-Ouest <freelances-ux.lists.example.org>', 'List-Unsubscribe: <mailto:freelances-ux-leave@lists.example.org>',
            'Precedence: list', 'Sender: freelances-ux-bounces@lists.example.org'],
     group='freelances-ux list', pattern='mailing-list post by a person, Mailman footer, Precedence: list',
     notes='person-written list message = human_reply per guide')

save(HR, 'roche_fr_sans_charset_paye_ce_matin', 'Jean-Luc Roche <jl.roche@roche-imprimerie.fr>', OWNER, 'Re: Rappel facture',
     D(1, 11, 3), leaf("Bonjour,\n\nLe paiement est parti ce matin, vous devriez le voir d'ici demain.\n\nCdlt\nJ-L Roche\n",
                       cs='iso-8859-1', cte='8bit', nocharset=True),
     extra=reply_hdrs(404), group='Roche Imprimerie', pattern='broken MIME: 8bit Latin-1 without charset parameter',
     facts='already_paid=2026-12-01')

html = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">Hi Noémie,<br><br>Please find attached our remittance advice. '
        'Payment for F-2026-0412 was released on 1 December and should reach you within two working days.<br><br>Kind regards,<br>'
        '<b>Oliver Grant</b><br>Purchase Ledger | Kestrel Logistics</div></body></html>')
rem_pdf = pdf(['KESTREL LOGISTICS LTD - REMITTANCE ADVICE', 'Payee: Castagne UX', 'Payment date: 01/12/2026',
               'Invoice F-2026-0412   EUR 1,980.00', 'Total paid: EUR 1,980.00'])
save(HR, 'kestrel_en_outlook_remittance_pdf', 'Oliver Grant <oliver.grant@kestrel-logistics.example.com>', OWNER,
     'RE: ' + rem_subj(412, 'en'), D(1, 15, 20, tz='+0000'),
     multi('mixed', [leaf(html, 'text/html'), attach('Remittance_Advice_KL-88213.pdf', rem_pdf)]),
     extra=reply_hdrs(412) + ['X-Mailer: Microsoft Outlook 16.0'], lang='en', group='Kestrel Logistics',
     pattern='Outlook HTML-only, person attaches remittance PDF', facts='already_paid=2026-12-01')

hr('perrin_fr_iphone_lundi', 'Cédric Perrin <cedric.perrin@perrin-auto.fr>', 'Re: ' + rem_subj(432), D(4, 18, 49),
   "Bonsoir je regarde ça lundi et je vous règle dans la foulée\n\nEnvoyé de mon iPhone", n=432, group='Perrin Automobiles',
   pattern='iPhone, no punctuation, "lundi" from a Friday', facts='promise_date=2026-12-07')

hr('vidal_fr_conteste_jours_factures', 'Romain Vidal <romain.vidal@vidal-sport.fr>', 'Re: ' + rem_subj(416), D(30, 17, 36),
   "Bonjour,\n\nNous contestons le montant de cette facture : 3 jours d'atelier y sont facturés alors que le devis en prévoyait 2 "
   "et qu'aucun avenant n'a été signé. Merci de nous envoyer une facture rectifiée sur la base du devis, que nous réglerons "
   "à réception.\n\nCordialement,\nRomain Vidal\nDirecteur - Vidal Sport\n", n=416, group='Vidal Sport',
   pattern='amount dispute + asks for corrected invoice', facts='dispute=yes;request_invoice=yes',
   notes='request_invoice = a corrected invoice')

hr('ashford_en_ok_thanks_gmail_quote', 'Ben Ashford <ben.ashford@example.com>', 'Re: ' + rem_subj(439, 'en'), D(3, 7, 58, tz='+0000'),
   "ok thanks\n\nOn Thu, 3 Dec 2026 at 08:30, Noémie Castagné <noemie@castagne-ux.fr> wrote:\n\n" +
   ''.join('> ' + l + '\n' for l in rem_text(439, '540.00', '25/11/2026', 'en').split('\n')),
   n=439, lang='en', group='Ben Ashford (individual client)', pattern='two words above Gmail-style quote')

hr('rivet_fr_question_cheque', 'Monique Rivet <m.rivet@rivet-notaires.fr>', 'Re: ' + rem_subj(406), D(2, 9, 12),
   "Bonjour,\n\nEst-il possible de vous régler par chèque ? Notre étude fonctionne encore beaucoup ainsi pour les petits montants. "
   "Si oui, à quelle adresse dois-je l'envoyer ?\n\nCordialement,\nMonique Rivet\nClerc - Office notarial Rivet\n", n=406,
   group='Office notarial Rivet', pattern='question about payment method')

hr('durand_fr_secretaire_absent', 'Accueil Durand Ingénierie <accueil@durand-ingenierie.fr>', 'Re: ' + rem_subj(401), D(30, 9, 40),
   "Bonjour Madame,\n\nM. Durand est en déplacement jusqu'au 7 décembre. Je lui ai transmis votre relance, il vous répondra à son retour.\n\n"
   "Bien cordialement,\nPatricia, accueil\nDurand Ingénierie\n", n=401, group='Durand Ingénierie',
   pattern='human secretary, looks like an absence notice but is typed by a person',
   notes='no ooo_until: not an auto-reply')

hr('lebrun_fr_sous_8_jours', 'Service Comptable Lebrun <compta@lebrun-transports.fr>', 'RE: ' + rem_subj(408), D(30, 10, 18),
   "Madame,\n\nLe règlement de votre facture sera effectué par notre service comptable sous 8 jours.\n\nSalutations,\n"
   "Service comptable\nLebrun Transports\n", n=408, group='Lebrun Transports', pattern='"sous 8 jours" relative deadline',
   facts='promise_date=2026-12-08', notes='30 Nov + 8 days')

hr('tidewell_en_other_address_no_record', 'Accounts <accounts@tidewell.example.com>', 'FW: ' + rem_subj(440, 'en'), D(2, 14, 55, tz='+0000'),
   "Hi Noémie,\n\nTom forwarded your reminder to us. We have no record of invoice F-2026-0440 in our system; could you send it "
   "over to this address (accounts@), with the PO number TW-3310 on it?\n\nThanks,\nPriya\nTidewell Accounts\n",
   lang='en', group='Tidewell', pattern='reply from accounts@ after forward from the reminded person',
   facts='request_invoice=yes', notes='reminder went to tom@tidewell.example.com')

pdf2 = pdf(['Credit Agricole - Justificatif de virement', 'Emetteur : SARL BOUVIER CREATION', 'Beneficiaire : CASTAGNE NOEMIE',
            'Montant : 2 040,00 EUR', 'Date : 24/11/2026', 'Reference : F-2026-0435'])
save(HR, 'bouvier_fr_justificatif_pdf', 'Léa Bouvier <lea@bouvier-creation.fr>', OWNER, 'Re: ' + rem_subj(435), D(3, 11, 27),
     multi('mixed', [leaf("Bonjour Noémie,\n\nNous avons bien payé ! Voici le justificatif.\n\nLéa\n"),
                     attach('justificatif_virement.pdf', pdf2)]), extra=reply_hdrs(435), group='Bouvier Création',
     pattern='"nous avons bien payé", bank proof attached', facts='already_paid=claimed',
     notes='PDF shows 2026-11-24')

hr('santos_fr_changement_iban', 'Paulo Santos <p.santos@santos-renov.fr>', 'Re: ' + rem_subj(442), D(4, 10, 3),
   "Bonjour,\n\nAvant de payer : l'IBAN de votre relance (Qonto) n'est pas celui que nous avons dans notre logiciel (Crédit Agricole). "
   "Vous comprendrez qu'avec les arnaques au faux RIB, je préfère vérifier. Pouvez-vous m'envoyer un RIB signé ou m'appeler ?\n\n"
   "Paulo Santos\n06 98 76 54 32\n", n=442, group='Santos Rénovation', pattern='IBAN mismatch, fraud caution',
   facts='request_rib=yes')

hr('guerin_fr_ne_refuse_pas_mais', 'Aurélie Guérin <aurelie.guerin@guerin-cosmetiques.fr>', 'Re: ' + rem_subj(441), D(1, 14, 36),
   "Bonjour Noémie,\n\nJe ne refuse pas de payer, mais la facture mentionne 12 jours alors que nous avions convenu d'un forfait de "
   "10 jours pour la refonte de la boutique. Je ne peux pas la faire valider en l'état.\n\nOn en parle ?\nAurélie\n", n=441,
   group='Guérin Cosmétiques', pattern='negation then dispute ("je ne refuse pas..., mais")', facts='dispute=yes')

hr('whitlock_en_not_dispute_payment_run_15', 'Hannah Whitlock <h.whitlock@whitlock-media.example.com>', 'Re: ' + rem_subj(443, 'en'),
   D(2, 16, 10, tz='+0000'),
   "Hi Noémie,\n\nTo be clear, we do not dispute the invoice. It's scheduled for our 15 December payment run, which is the first one "
   "after the approval came through.\n\nBest wishes,\nHannah\n", n=443, lang='en', group='Whitlock Media',
   pattern='English negation "do not dispute" + dated payment run', facts='promise_date=2026-12-15')

hr('morel_fr_paye_un_mot', 'Kevin Morel <kevin@morel-photo.fr>', 'Re: ' + rem_subj(444), D(30, 19, 2),
   "Payé.\n", n=444, group='Morel Photo', pattern='one word "Payé."', facts='already_paid=claimed')

hr('arnaud_fr_tu_deux_fois', 'Manon Arnaud <manon@arnaud-yoga.fr>', 'Re: ' + rem_subj(445), D(3, 12, 40),
   "Coucou Noémie,\n\nJe suis un peu juste ce mois-ci... je te fais 400 € vendredi et le reste (400 €) le 31, ça te va ?\n\n"
   "Bises\nManon\n", n=445, group='Arnaud Yoga', pattern='tu, split payment proposal',
   facts='promise_date=2026-12-04', notes='first instalment Friday 4 Dec, balance 31 Dec; proposal awaiting agreement')

hr('hsu_en_iphone_will_pay_today', 'Kevin Hsu <kevin.hsu@example.com>', 'Re: ' + rem_subj(446, 'en'), D(4, 8, 2, tz='+0100'),
   "So sorry!! Will pay today.\n\nSent from my iPhone", n=446, lang='en', group='Kevin Hsu (individual client)',
   pattern='English iPhone, "today"', facts='promise_date=2026-12-04')

# ================================================================ payment_notification
PN = 'payment_notification'
def pn(name, frm, subj, date, body, provider, money, lang='fr', pattern='', notes='', extra=(), to=OWNER, group=None):
    save(PN, name, frm, to, subj, date, body, lang=lang, provider=provider, group=group or provider,
         pattern=pattern, notes=notes, money=money, extra=extra)

def bank_html(title, rows, intro='', footer='', color='#1a1a2e'):
    tr = ''.join(f'<tr><td style="padding:6px 12px;color:#666">{k}</td><td style="padding:6px 12px;font-weight:600">{v}</td></tr>' for k, v in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f7">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">'
            f'<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:18px">{title}</td></tr>'
            f'<tr><td style="padding:20px 24px">{intro}<table>{tr}</table></td></tr>'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#999">{footer}</td></tr></table></td></tr></table></body></html>')

def plain(title, rows, intro='', footer=''):
    return (intro + '\n\n' if intro else '') + '\n'.join(f'{k} : {v}' for k, v in rows) + ('\n\n' + footer if footer else '') + '\n'

def both(title, rows, intro='', footer='', color='#1a1a2e', cs='utf-8'):
    return alt(plain(title, rows, intro, footer), bank_html(title, rows, intro, footer, color), cs=cs)

AUTO = 'Ceci est un message automatique, merci de ne pas y répondre.'

# --- money in
f = "Vous recevez cet e-mail car les notifications de virements entrants sont activées dans vos paramètres Qonto. " + AUTO
pn('qonto_fr_virement_recu', 'Qonto <no-reply@qonto.com>', 'Vous avez reçu un virement de 1 480,00 €', D(4, 10, 2),
   both('Virement reçu', [('Montant', '+ 1 480,00 €'), ('De', 'ATELIER VERDIER SARL'), ('Référence', 'F-2026-0431'),
                           ('Compte', 'Compte principal •• 7890'), ('Date', '04/12/2026')],
        'Bonne nouvelle Noémie, un virement vient d\'arriver sur votre compte.', f, '#6b5bd6'),
   'Qonto', M('in', '1480.00', payer='ATELIER VERDIER SARL', reference='F-2026-0431', value_date='2026-12-04', counts='yes'),
   pattern='multipart/alternative, "vous avez reçu un virement de"', notes='based on Qonto help-centre wording of incoming transfer notifications')

pn('shine_fr_nouveau_virement', 'Shine <notifications@shine.fr>', 'Nouveau virement reçu 💸', D(3, 14, 18),
   alt("Hello Noémie,\n\nTu as reçu un virement de 2 160,00 € de la part de BRASSERIE LEMOINE SAS.\nMotif : REGLEMENT FACT F-2026-0418\n"
       "Date : 03/12/2026\n\nRetrouve le détail dans ton appli Shine.\n\nL'équipe Shine\n\nTu reçois cet e-mail car tu as activé les "
       "notifications de transactions. Pour les désactiver, rends-toi dans Paramètres > Notifications.\n",
       bank_html('Nouveau virement reçu', [('Montant', '+2 160,00 €'), ('Émetteur', 'BRASSERIE LEMOINE SAS'),
                                           ('Motif', 'REGLEMENT FACT F-2026-0418'), ('Date', '03/12/2026')],
                 'Hello Noémie, tu as reçu un virement !', 'Tu reçois cet e-mail car tu as activé les notifications de transactions.', '#0b6e4f')),
   'Shine', M('in', '2160.00', payer='BRASSERIE LEMOINE SAS', reference='REGLEMENT FACT F-2026-0418', value_date='2026-12-03', counts='yes'),
   pattern='tutoiement, emoji subject', notes='Shine addresses customers with tu')

pn('bnp_fr_credit_sur_compte', 'BNP Paribas <alertes@mabanque.bnpparibas>', 'Alerte : opération au crédit de votre compte', D(2, 7, 31),
   leaf("Madame CASTAGNE,\n\nNous vous informons qu'une opération a été portée au crédit de votre compte professionnel n° ****4821 :\n\n"
        "VIR SEPA RECU /DE PICHON PAYSAGE /MOTIF F-2026-0415 PICHON /REF 2611270045\nMontant : 1 320,00 EUR\nDate de valeur : 01/12/2026\n\n"
        "Pour consulter le détail de vos opérations, connectez-vous à votre espace client.\n\nBNP Paribas\n\n" + AUTO + "\n",
        cs='iso-8859-1'),
   'BNP Paribas', M('in', '1320.00', payer='PICHON PAYSAGE', reference='F-2026-0415 PICHON', value_date='2026-12-01', counts='yes'),
   pattern='plain text Latin-1, bank statement label line "VIR SEPA RECU /DE"')

pn('ca_fr_alerte_operation_creditrice', 'Crédit Agricole <alertes@credit-agricole.fr>', 'Alerte opération créditrice', D(1, 6, 55),
   both('Alerte Crédit Agricole', [('Compte', 'Compte Courant Pro n°*****1034'), ('Opération', 'VIREMENT EN VOTRE FAVEUR M. OUDIN MARC'),
                                   ('Montant', '+ 640,00 EUR'), ('Date', '30/11/2026')],
        'Bonjour, une opération supérieure au seuil de 500,00 EUR que vous avez défini a été enregistrée sur votre compte.',
        'Alerte envoyée dans le cadre de votre service d\'alertes. ' + AUTO, '#007d8f'),
   'Crédit Agricole', M('in', '640.00', payer='M. OUDIN MARC', value_date='2026-11-30', counts='yes'),
   pattern='threshold alert, payer inside the operation label', notes='partial payment relative to invoice 0426')

pn('boursorama_fr_montant_sujet', 'Boursorama Banque <noreply@boursorama.com>', 'Virement reçu : +2 040,00 €', D(30, 8, 3),
   leaf("Bonjour,\n\nUn virement émis par SARL BOUVIER CREATION a été crédité sur votre compte.\n\nConnectez-vous à votre Espace Client pour "
        "consulter le détail de l'opération.\n\nL'équipe Boursorama Banque\n\nCet e-mail vous est envoyé automatiquement, merci de ne pas y répondre.\n"),
   'Boursorama', M('in', '2040.00', payer='SARL BOUVIER CREATION', value_date='2026-11-30', counts='yes'),
   pattern='amount only in the subject', notes='value date not stated; Date header used')

rows = [('30/11/2026', 'VIR SEPA INST DE CORDIER OPTIQUE', 'F2026-0421', '+1 140,00'), ('30/11/2026', 'VIR SEPA DE LEBRUN TRANSPORTS', 'FACTURE 0408', '+2 760,00')]
h = ('<html><body style="font-family:Arial;font-size:13px"><p>Bonjour Madame CASTAGNE,</p><p>2 virements ont été reçus sur votre compte LCL n° 0123 456789X :</p>'
     '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Date</th><th>Libellé</th><th>Référence</th><th>Montant (EUR)</th></tr>'
     + ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td align="right">{d}</td></tr>' for a, b, c, d in rows) +
     '</table><p>Votre conseiller LCL</p><p style="font-size:10px;color:#888">' + AUTO + ' LCL - Le Crédit Lyonnais, SA au capital de 2 037 713 591 euros.</p></body></html>')
pn('lcl_fr_deux_virements_html', 'LCL <alertes@info.lcl.fr>', '2 virements reçus sur votre compte', D(1, 7, 10), leaf(h, 'text/html'),
   'LCL', M('in|in', '1140.00|2760.00', payer='CORDIER OPTIQUE|LEBRUN TRANSPORTS', reference='F2026-0421|FACTURE 0408',
            value_date='2026-11-30|2026-11-30', counts='yes'),
   pattern='HTML-only table, plural "2 virements reçus"')

pn('wise_en_you_received', 'Wise <noreply@wise.com>', 'You received EUR 2,400.00 from Halden Analytics Ltd', D(4, 11, 40, tz='+0000'),
   alt("Hi Noémie,\n\nHalden Analytics Ltd sent you 2,400.00 EUR.\nIt's now in your EUR balance.\n\nReference: INV F-2026-0433\n"
       "Transfer #7719934510\n\nThe Wise team\n\nYou're receiving this email because you have a Wise account. Wise Europe SA, Rue du Trône 100, Brussels.\n",
       bank_html('You received 2,400.00 EUR', [('From', 'Halden Analytics Ltd'), ('Reference', 'INV F-2026-0433'), ('Transfer', '#7719934510')],
                 'Hi Noémie, money has landed in your EUR balance.', "You're receiving this email because you have a Wise account.", '#9fe870')),
   'Wise', M('in', '2400.00', payer='Halden Analytics Ltd', reference='INV F-2026-0433', value_date='2026-12-04', counts='yes'), lang='en',
   pattern='English, sender name in subject', notes='promise in halden_en_pay_on_10th was for the 10th; arrived early')

pn('revolut_en_received', 'Revolut Business <no-reply@revolut.com>', "You've received €1,980.00", D(3, 9, 12, tz='+0000'),
   alt("You've received €1,980.00 from KESTREL LOGISTICS LTD\nReference: F-2026-0412 REMIT KL-88213\n\nView in app: https://business.revolut.com\n\n"
       "Revolut Bank UAB. You are receiving this email because of your notification preferences.\n",
       bank_html("You've received €1,980.00", [('From', 'KESTREL LOGISTICS LTD'), ('Reference', 'F-2026-0412 REMIT KL-88213')], '',
                 'You are receiving this email because of your notification preferences.', '#191c1f')),
   'Revolut Business', M('in', '1980.00', payer='KESTREL LOGISTICS LTD', reference='F-2026-0412 REMIT KL-88213', value_date='2026-12-03', counts='yes'),
   lang='en', pattern='short English notice, amount with € prefix')

pn('n26_fr_tu_as_recu', 'N26 <no-reply@n26.com>', 'Tu as reçu 450,00 €', D(2, 21, 30),
   leaf("Salut Noémie,\n\nBonne nouvelle : Anne Rouxel t'a envoyé 450,00 €.\nRéférence : facture 0427\n\nL'équipe N26\n\nN26 Bank SE, "
        "Voltairestraße 8, 10179 Berlin. Tu reçois cet e-mail car les notifications de paiement sont activées.\n"),
   'N26', M('in', '450.00', payer='Anne Rouxel', reference='facture 0427', value_date='2026-12-02', counts='yes'),
   pattern='tutoiement, personal name as payer')

pn('stripe_en_payment_succeeded', 'Stripe <notifications@stripe.com>', 'Payment of €540.00 from ben.ashford@example.com', D(3, 12, 1, tz='+0000'),
   alt("Castagné UX received a payment\n\nAmount: €540.00\nCustomer: Ben Ashford (ben.ashford@example.com)\nDescription: Invoice F-2026-0439\n"
       "Payment method: Visa •••• 4242\nPayment ID: pi_3QxTq2Lk9Ab0fG1c0d8e7f6a\n\nView payment in Dashboard: https://dashboard.stripe.com/payments/pi_3QxTq2Lk9Ab0fG1c0d8e7f6a\n\n"
       "You're receiving this email because you enabled successful payment notifications for Castagné UX. Stripe, 354 Oyster Point Blvd, South San Francisco.\n",
       bank_html('Castagné UX received a payment', [('Amount', '€540.00'), ('Customer', 'Ben Ashford'), ('Description', 'Invoice F-2026-0439'),
                                                   ('Payment method', 'Visa •••• 4242')], '', "You're receiving this email because you enabled successful payment notifications.", '#635bff')),
   'Stripe', M('in', '540.00', payer='Ben Ashford', reference='Invoice F-2026-0439', value_date='2026-12-03', counts='yes'), lang='en',
   pattern='card payment captured by PSP (Stripe successful payment email)')

pn('paypal_fr_paiement_recu', 'service@paypal.fr', 'Vous avez reçu un paiement', D(1, 16, 47),
   alt("Bonjour Noémie Castagné,\n\nVous avez reçu un paiement de 680,00 EUR de Lucas Ferrand (lucas.ferrand@example.net).\n\n"
       "Note de Lucas Ferrand : Facture F-2026-0447 logo\n\nN° de transaction : 8KJ20417XW553914C\nDate de la transaction : 1 déc. 2026\n\n"
       "Il peut s'écouler quelques instants avant que cette transaction n'apparaisse sur votre compte.\n\nService clientèle PayPal\n"
       "Merci de ne pas répondre à cet e-mail. PayPal Europe S.à r.l. et Cie, S.C.A.\n",
       bank_html('Vous avez reçu un paiement', [('De', 'Lucas Ferrand'), ('Montant', '680,00 EUR'), ('N° de transaction', '8KJ20417XW553914C'),
                                                 ('Note', 'Facture F-2026-0447 logo')], '', 'Merci de ne pas répondre à cet e-mail.', '#003087')),
   'PayPal', M('in', '680.00', payer='Lucas Ferrand', reference='Facture F-2026-0447 logo', value_date='2026-12-01', counts='yes'),
   pattern='PayPal payment received, sender without display name')

pn('gocardless_en_payment_collected', 'GoCardless <help@gocardless.com>', 'Payment collected from Quayside Coffee Roasters', D(2, 9, 30, tz='+0000'),
   leaf("Hi Castagné UX,\n\nWe've collected a payment of €350.00 from Quayside Coffee Roasters.\n\nPayment reference: QCR-RETAINER-DEC\n"
        "Charge date: 2 December 2026\nIt will be included in your next payout.\n\nThanks,\nGoCardless\n\nYou are receiving this email because "
        "you have payment notifications turned on in your GoCardless dashboard.\n"),
   'GoCardless', M('in', '350.00', payer='Quayside Coffee Roasters', reference='QCR-RETAINER-DEC', value_date='2026-12-02', counts='yes'),
   lang='en', pattern='direct debit collected from a client')

pn('stripe_en_payout_on_the_way', 'Stripe <notifications@stripe.com>', 'Your €4,312.55 payout for Castagné UX is on the way', D(1, 3, 14, tz='+0000'),
   leaf("Your payout of €4,312.55 is on the way to your bank account FR76 **** 0123.\n\nEstimated arrival: 3 Dec 2026\nPayout ID: po_1QxA8bLk9Ab0fG1cR2d3\n"
        "This payout includes 9 payments and 1 refund.\n\nYou're receiving this email because you're an administrator of Castagné UX on Stripe.\n"),
   'Stripe', M('in', '4312.55', reference='po_1QxA8bLk9Ab0fG1cR2d3', value_date='2026-12-03', counts='no_aggregate'), lang='en',
   pattern='payout bundling many payments')

pn('sumup_fr_versement', 'SumUp <no-reply@sumup.com>', 'Votre versement de 287,40 € est en route', D(2, 6, 2),
   alt("Bonjour Noémie,\n\nNous avons envoyé un versement de 287,40 € sur votre compte bancaire se terminant par 0123.\n"
       "Période : transactions du 30/11/2026 au 01/12/2026 (6 transactions, frais déduits : 4,36 €)\n\nL'équipe SumUp\n\n"
       "Vous recevez cet e-mail car vous êtes titulaire d'un compte marchand SumUp.\n",
       bank_html('Versement en route', [('Montant', '287,40 €'), ('Transactions', '6'), ('Frais', '4,36 €')], '', "Vous recevez cet e-mail car vous êtes titulaire d'un compte marchand SumUp.", '#1a1a1a')),
   'SumUp', M('in', '287.40', value_date='2026-12-02', counts='no_aggregate'), pattern='card terminal payout, net of fees',
   notes='owner sells prints at a market with a SumUp reader')

pn('mollie_fr_versement', 'Mollie <noreply@mollie.com>', 'Versement de 1 126,90 € effectué', D(3, 8, 0),
   leaf("Bonjour,\n\nNous avons effectué un versement de 1 126,90 € vers votre compte FR76 1695 8000 0112 3456 7890 123.\n"
        "Référence du versement : MOL-STL-2026-12-03-4471\nNombre de paiements inclus : 14\n\nCordialement,\nMollie\n\n"
        "Vous recevez cet e-mail parce que vous avez un compte Mollie. Mollie B.V., Keizersgracht 126, Amsterdam.\n"),
   'Mollie', M('in', '1126.90', reference='MOL-STL-2026-12-03-4471', value_date='2026-12-03', counts='no_aggregate'),
   pattern='settlement bundling 14 payments')

pn('cic_fr_virement_instantane', 'CIC <alertes@cic.fr>', 'Virement instantané reçu', D(2, 22, 47),
   leaf("Bonjour,\n\nVous avez reçu un virement instantané de 1 250,00 EUR.\nÉmetteur : LAGARDE IMMOBILIER\nLibellé : F-2026-0424\n"
        "Compte crédité : CCPRO ****6602\nLe 02/12/2026 à 22:46\n\nCIC\nMessage automatique - ne pas répondre.\n"),
   'CIC', M('in', '1250.00', payer='LAGARDE IMMOBILIER', reference='F-2026-0424', value_date='2026-12-02', counts='yes'),
   pattern='instant transfer received late evening',
   notes='client claimed (lagarde_fr_fwd_confirmation_bnp) a SEPA transfer on 30/11; this is a separate notice')

pn('lydia_fr_sumeria_recu', 'Sumeria <no-reply@sumeria.eu>', 'Kevin Morel vous a envoyé 300,00 €', D(30, 20, 12),
   leaf("Kevin Morel vous a envoyé 300,00 €\nMessage : « facture photo 444 »\n\nL'argent est disponible sur votre compte Sumeria.\n\n"
        "Sumeria (anciennement Lydia) - Vous recevez cet e-mail suite à une opération sur votre compte.\n"),
   'Lydia/Sumeria', M('in', '300.00', payer='Kevin Morel', reference='facture photo 444', value_date='2026-11-30', counts='yes'),
   pattern='P2P app, payer name in subject')

pn('payplug_fr_paiement_accepte', 'PayPlug <notifications@payplug.com>', 'Paiement accepté - 1 800,00 €', D(4, 15, 33),
   both('Paiement accepté', [('Montant', '1 800,00 €'), ('Client', 'Guérin Cosmétiques'), ('Référence', 'F-2026-0441'),
                            ('Carte', 'CB **** 1187'), ('ID', 'pay_4Xq9ZtLmB8wR2')], 'Un paiement vient d\'être accepté sur votre compte PayPlug.',
        'Vous recevez cet e-mail car vous êtes administrateur du compte PayPlug Castagné UX. ' + AUTO, '#2e2f8f'),
   'PayPlug', M('in', '1800.00', payer='Guérin Cosmétiques', reference='F-2026-0441', value_date='2026-12-04', counts='yes'),
   pattern='card payment via payment link')

pn('pennylane_fr_flux_bancaire', 'Pennylane <notifications@pennylane.com>', 'Nouvelle transaction à justifier : +3 600,00 €', D(4, 7, 45),
   alt("Bonjour Noémie,\n\nUne nouvelle transaction a été synchronisée depuis votre compte Qonto :\n\n+3 600,00 € - VIR SEPA GROUPE SOLVANE - "
       "REF F2026-0409 - 03/12/2026\n\nRapprochez-la d'une facture client pour la justifier.\n\nL'équipe Pennylane\n"
       "Vous recevez cet e-mail car les notifications de transactions sont activées.\n",
       bank_html('Nouvelle transaction', [('Montant', '+3 600,00 €'), ('Libellé', 'VIR SEPA GROUPE SOLVANE'), ('Référence', 'F2026-0409'),
                                          ('Date', '03/12/2026')], 'Une transaction a été synchronisée depuis votre compte Qonto.', '', '#00b386')),
   'Pennylane', M('in', '3600.00', payer='GROUPE SOLVANE', reference='F2026-0409', value_date='2026-12-03', counts='yes'),
   pattern='accounting bank feed relaying a bank movement', notes='client had disputed 0409 (solvane_fr_outlook_html_dispute)')

pn('indy_fr_trois_transactions', 'Indy <bonjour@indy.fr>', '3 nouvelles transactions sur votre compte pro', D(2, 8, 0),
   alt("Bonjour Noémie,\n\n3 nouvelles transactions ont été importées :\n\n  01/12  + 1 140,00 €  VIR CORDIER OPTIQUE F2026-0421\n"
       "  01/12  -    29,99 €  PRLV SEPA FREE PRO\n  01/12  -    14,40 €  CB ADOBE *CREATIVE\n\nCatégorisez-les en un clic dans votre espace Indy.\n\n"
       "Vous recevez cet e-mail car vous avez activé le récapitulatif des transactions.\n",
       '<html><body><p>Bonjour Noémie,</p><p>3 nouvelles transactions ont été importées :</p><table><tr><td>01/12</td><td>+ 1 140,00 €</td><td>VIR CORDIER OPTIQUE F2026-0421</td></tr>'
       '<tr><td>01/12</td><td>- 29,99 €</td><td>PRLV SEPA FREE PRO</td></tr><tr><td>01/12</td><td>- 14,40 €</td><td>CB ADOBE *CREATIVE</td></tr></table></body></html>'),
   'Indy', M('in|out|out', '1140.00|29.99|14.40', payer='CORDIER OPTIQUE||', reference='F2026-0421|PRLV SEPA FREE PRO|CB ADOBE *CREATIVE',
             value_date='2026-12-01|2026-12-01|2026-12-01', counts='yes'),
   pattern='bank-feed digest, mixed in/out', notes='counts_as_payment refers to the incoming line')

pn('sap_avis_de_paiement_fr', 'Service Règlements Fournisseurs <reglements@groupe-hexalis.fr>', 'Avis de paiement n° 2026-118745', D(1, 5, 12),
   multi('mixed', [leaf("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'avis de paiement relatif aux factures listées ci-dessous, réglées par virement "
                        "à échéance du 03/12/2026.\n\nFacture        Date        Montant\nF-2026-0419    02/11/2026  2 880,00 EUR\n\nTotal : 2 880,00 EUR\n\n"
                        "Ce message est généré automatiquement par notre système comptable. Pour toute question : reglements@groupe-hexalis.fr\n"),
                   attach('AVIS_PAIEMENT_2026-118745.pdf', pdf(['GROUPE HEXALIS - AVIS DE PAIEMENT 2026-118745', 'Beneficiaire : CASTAGNE UX',
                                                               'F-2026-0419  2 880,00 EUR', 'Echeance : 03/12/2026']))]),
   'Groupe Hexalis (ERP)', M('in', '2880.00', payer='Groupe Hexalis', reference='2026-118745', value_date='2026-12-03', counts='no_claim'),
   pattern='client ERP remittance advice with PDF', notes='money not seen by a bank')

pn('qonto_en_incoming_received', 'Qonto <no-reply@qonto.com>', 'You received a transfer of €1,200.00', D(30, 13, 25, tz='+0100'),
   both('Transfer received', [('Amount', '+ €1,200.00'), ('From', 'WHITLOCK MEDIA LTD'), ('Reference', 'DEPOSIT PROJECT WM-12'),
                               ('Account', 'Main account •• 7890')], 'Good news Noémie, money just arrived on your account.',
        'You are receiving this email because incoming transfer notifications are enabled. This is an automated message, please do not reply.', '#6b5bd6'),
   'Qonto', M('in', '1200.00', payer='WHITLOCK MEDIA LTD', reference='DEPOSIT PROJECT WM-12', value_date='2026-11-30', counts='yes'),
   lang='en', pattern='Qonto in English (app language EN)')

# --- not money in
pn('sg_fr_paiement_carte', 'Société Générale <alertes@societegenerale.fr>', 'Alerte paiement carte', D(1, 13, 2),
   leaf("Bonjour,\n\nUn paiement par carte de 126,00 EUR a été effectué le 01/12/2026 chez SNCF CONNECT avec votre carte n° XXXX XXXX XXXX 5512.\n\n"
        "Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement le 09 69 39 77 77.\n\nSociété Générale\n" + AUTO + "\n",
        cs='iso-8859-1'),
   'Société Générale', M('out', '126.00', reference='SNCF CONNECT', value_date='2026-12-01'), pattern='card payment alert')

pn('hellobank_fr_prelevement', 'Hello bank! <noreply@hellobank.fr>', 'Un prélèvement a été débité de votre compte', D(2, 6, 40),
   both('Prélèvement débité', [('Créancier', 'URSSAF ILE DE FRANCE'), ('Montant', '- 612,00 €'), ('Référence', 'COTISATIONS T4 ECH 12/2026'),
                               ('Date', '02/12/2026')], 'Bonjour Noémie,', AUTO + ' Hello bank! est une marque de BNP Paribas.', '#00b7ec'),
   'Hello bank!', M('out', '612.00', reference='COTISATIONS T4 ECH 12/2026', value_date='2026-12-02'), pattern='SEPA direct debit taken')

pn('fortuneo_fr_virement_emis', 'Fortuneo <service.client@fortuneo.fr>', 'Confirmation de votre virement', D(3, 19, 5),
   leaf("Madame CASTAGNE,\n\nVotre virement de 450,00 EUR vers le compte de MAISON SAULNIER (FR76 **** **** **** 8812) a bien été enregistré.\n"
        "Motif : LOYER BUREAU DEC\nDate d'exécution prévue : 04/12/2026\n\nFortuneo\nCeci est un message automatique. Merci de ne pas y répondre.\n"),
   'Fortuneo', M('out', '450.00', reference='LOYER BUREAU DEC', value_date='2026-12-04'), pattern='outgoing transfer confirmation')

pn('bpop_fr_virement_rejete', 'Banque Populaire <alertes@banquepopulaire.fr>', 'Information : virement rejeté', D(1, 10, 14),
   leaf("Madame,\n\nLe virement de 850,00 EUR émis le 30/11/2026 au profit de STUDIO KOBALT n'a pas pu être exécuté : "
        "compte du bénéficiaire clôturé (code AC04).\nLe montant a été recrédité sur votre compte.\n\nBanque Populaire\n" + AUTO + "\n"),
   'Banque Populaire', M('failed', '850.00', reference='STUDIO KOBALT', value_date='2026-12-01'),
   pattern='outgoing transfer rejected, returned', notes='owner paying a subcontractor')

pn('qonto_fr_virement_en_attente', 'Qonto <no-reply@qonto.com>', 'Virement entrant en cours de vérification', D(3, 11, 50),
   both('Vérification en cours', [('Montant', '4 200,00 €'), ('Émetteur', 'NORTHGATE LABS INC'), ('Statut', 'En attente')],
        "Un virement entrant est en cours de vérification par nos équipes conformité. Les fonds seront disponibles dès la fin de la vérification "
        "(en général sous 48 h ouvrées). Aucune action n'est requise de votre part pour le moment.", AUTO, '#6b5bd6'),
   'Qonto', M('none', '4200.00', value_date=''), pattern='incoming transfer on hold (compliance review)',
   notes='money not yet credited; payer named but direction none, so payer left empty')

pn('stripe_en_dispute', 'Stripe <notifications@stripe.com>', 'Action required: A payment has been disputed', D(2, 17, 3, tz='+0000'),
   leaf("A customer has disputed a payment of €240.00 made to Castagné UX.\n\nReason: Product not received\nPayment ID: pi_3Qw1bXLk9Ab0fG1c1e9d2c3b\n"
        "Dispute amount: €240.00 + €15.00 dispute fee\nRespond by: 14 Dec 2026\n\nThe disputed amount and fee have been withdrawn from your balance.\n"
        "Submit evidence in your Dashboard.\n\nYou're receiving this email because you're an administrator of Castagné UX on Stripe.\n"),
   'Stripe', M('chargeback', '240.00', reference='pi_3Qw1bXLk9Ab0fG1c1e9d2c3b', value_date='2026-12-02'), lang='en',
   pattern='chargeback / dispute opened')

pn('paypal_fr_remboursement', 'service@paypal.fr', 'Vous avez effectué un remboursement', D(30, 15, 58),
   leaf("Bonjour Noémie Castagné,\n\nVous avez remboursé 80,00 EUR à Lucas Ferrand.\n\nN° de transaction du remboursement : 5HT93021AB0174417\n"
        "Date : 30 nov. 2026\n\nService clientèle PayPal\nMerci de ne pas répondre à cet e-mail.\n"),
   'PayPal', M('refund', '80.00', reference='5HT93021AB0174417', value_date='2026-11-30'), pattern='refund issued by the owner')

pn('stripe_en_payout_failed', 'Stripe <notifications@stripe.com>', 'Your payout to FR76 ****0123 failed', D(4, 6, 20, tz='+0000'),
   leaf("A payout of €1,075.00 to your bank account FR76 **** 0123 failed.\n\nReason: The bank account details on file are no longer valid (account_closed).\n"
        "The funds have been returned to your Stripe balance. Please update your bank account to receive future payouts.\n\nPayout ID: po_1QyC7nLk9Ab0fG1cZ8y7\n"),
   'Stripe', M('failed', '1075.00', reference='po_1QyC7nLk9Ab0fG1cZ8y7', value_date='2026-12-04'), lang='en', pattern='payout failed')

pn('gocardless_fr_paiement_echoue', 'GoCardless <help@gocardless.com>', 'Échec du paiement de Nguyen Saveurs', D(3, 10, 10),
   leaf("Bonjour Castagné UX,\n\nLe paiement de 150,00 € de Nguyen Saveurs a échoué.\nMotif indiqué par la banque : provision insuffisante.\n"
        "Référence : NGS-MAINT-DEC\n\nNous retenterons automatiquement le prélèvement dans 3 jours ouvrés, sauf si vous désactivez les nouvelles tentatives.\n\n"
        "GoCardless\n"),
   'GoCardless', M('failed', '150.00', reference='NGS-MAINT-DEC', value_date='2026-12-03'), pattern='direct debit failed (insufficient funds)')

pn('revolut_en_card_payment', 'Revolut Business <no-reply@revolut.com>', 'Card payment of €59.00 at Figma', D(1, 0, 12, tz='+0000'),
   leaf("You paid €59.00 at Figma with card •• 3301.\nDate: 1 Dec 2026\n\nNot you? Freeze your card in the app.\n\nRevolut Bank UAB\n"),
   'Revolut Business', M('out', '59.00', reference='Figma', value_date='2026-12-01'), lang='en', pattern='card payment, subscription')

pn('paypal_fr_paiement_en_attente', 'service@paypal.fr', 'Paiement en attente de Pemberton & Co', D(4, 14, 12),
   leaf("Bonjour Noémie Castagné,\n\nPemberton & Co vous a envoyé un paiement de 1 600,00 EUR. Ce paiement est actuellement en attente : "
        "il sera disponible sur votre compte une fois le virement bancaire de l'acheteur compensé, généralement sous 3 à 5 jours ouvrés.\n\n"
        "Statut : En attente\nN° de transaction : 2BG61844KL0093512\n\nService clientèle PayPal\n"),
   'PayPal', M('none', '1600.00', reference='2BG61844KL0093512'), pattern='payment pending (eCheck)', notes='money not yet arrived')

pn('bnp_fr_remboursement_recu', 'BNP Paribas <alertes@mabanque.bnpparibas>', 'Alerte : remboursement sur votre carte', D(3, 7, 3),
   leaf("Madame CASTAGNE,\n\nUn remboursement de 39,90 EUR a été crédité sur votre compte suite à une opération carte chez FNAC.COM.\n"
        "Date de l'opération : 02/12/2026\n\nBNP Paribas\n" + AUTO + "\n"),
   'BNP Paribas', M('refund', '39.90', reference='FNAC.COM', value_date='2026-12-02'), pattern='merchant refund credited (not a client payment)')

pn('wise_en_transfer_complete', 'Wise <noreply@wise.com>', 'Your transfer to Studio Kobalt is complete', D(2, 12, 30, tz='+0000'),
   leaf("Hi Noémie,\n\nYour 850.00 EUR transfer to Studio Kobalt has arrived.\nTransfer #7721180093\n\nThanks for using Wise.\n\n"
        "You're receiving this email because you made a transfer with Wise.\n"),
   'Wise', M('out', '850.00', reference='#7721180093', value_date='2026-12-02'), lang='en', pattern='outgoing transfer delivered')

pn('ca_fr_prelevement_impaye', 'Crédit Agricole <alertes@credit-agricole.fr>', 'Alerte : opération rejetée', D(4, 6, 45),
   leaf("Bonjour,\n\nL'opération suivante a été rejetée sur votre compte Compte Courant Pro n°*****1034 :\n"
        "REJET VIR SEPA EMIS - BENEF MME LEROY HELENE - MOTIF : IBAN INCORRECT (AC01)\nMontant : 320,00 EUR\nDate : 03/12/2026\n\n"
        "Le montant a été recrédité sur votre compte.\n\n" + AUTO + "\n"),
   'Crédit Agricole', M('failed', '320.00', reference='REJET VIR SEPA EMIS - BENEF MME LEROY HELENE', value_date='2026-12-03'),
   pattern='returned transfer recredited: looks like money in but is a failed payment')

pn('mollie_en_chargeback', 'Mollie <noreply@mollie.com>', 'Chargeback received for payment tr_7UhSN1zuXS', D(30, 9, 15, tz='+0100'),
   leaf("Hello,\n\nWe received a chargeback for payment tr_7UhSN1zuXS (€95.00, customer: a.lefort@example.net).\nReason: Fraudulent (AM04)\n"
        "The amount plus a €15.00 fee will be deducted from your next settlement.\n\nMollie\n"),
   'Mollie', M('chargeback', '95.00', reference='tr_7UhSN1zuXS', value_date='2026-11-30'), lang='en', pattern='chargeback on SEPA Direct Debit/card')

pn('cm_fr_alerte_solde', 'Crédit Mutuel <alertes@creditmutuel.fr>', 'Alerte solde de votre compte', D(3, 6, 5),
   leaf("Bonjour,\n\nLe solde de votre compte EUROCOMPTE PRO n° *****2217 est passé sous le seuil de 1 000,00 EUR.\n"
        "Solde au 03/12/2026 : 812,46 EUR\n\nCrédit Mutuel\n" + AUTO + "\n"),
   'Crédit Mutuel', M('statement', '812.46', value_date='2026-12-03'), pattern='low balance alert', notes='amount = balance')

pn('cepargne_fr_releve_disponible', "Caisse d'Epargne <noreply@caisse-epargne.fr>", 'Votre relevé de compte est disponible', D(2, 4, 30),
   both('Nouveau relevé', [('Compte', 'Compte Pro ****9051'), ('Période', 'novembre 2026')],
        "Bonjour, votre relevé de compte de novembre 2026 est disponible dans votre Espace de Banque à Distance, rubrique e-Documents.",
        AUTO, '#c8102e'),
   "Caisse d'Épargne", M('statement', '', currency=''), pattern='e-statement available, no amount')

pn('lbp_fr_e_releve', 'La Banque Postale <ne-pas-repondre@labanquepostale.fr>', 'Votre e-relevé est disponible', D(1, 5, 0),
   leaf("Madame,\n\nVotre e-relevé de compte du mois de novembre 2026 est disponible dans votre espace client.\n\nLa Banque Postale\n\n"
        "Merci de ne pas répondre à ce message, cette adresse n'étant pas consultée.\n", cs='iso-8859-1', cte='quoted-printable'),
   'La Banque Postale', M('statement', '', currency=''), pattern='e-statement, Latin-1 QP')

pn('shine_fr_paiement_carte_refuse', 'Shine <notifications@shine.fr>', 'Paiement refusé', D(4, 12, 48),
   leaf("Hello Noémie,\n\nTon paiement de 219,00 € chez ADOBE SYSTEMS a été refusé : plafond de paiement mensuel atteint.\n"
        "Tu peux augmenter ton plafond depuis l'appli (Carte > Plafonds).\n\nL'équipe Shine\n"),
   'Shine', M('failed', '219.00', reference='ADOBE SYSTEMS', value_date='2026-12-04'), pattern='card payment declined')

# ================================================================ auto_reply
AR = 'auto_reply'
def ar(name, frm, subj, date, body, lang='fr', group='', pattern='', facts='', notes='', extra=(), n=None):
    ex = list(extra) + (reply_hdrs(n) if n else [])
    save(AR, name, frm, OWNER, subj, date, body, extra=ex, lang=lang, group=group, pattern=pattern, facts=facts, notes=notes)

ar('outlook_fr_reponse_auto_retour_7', 'Claire Pichon <claire@pichon-paysage.fr>', 'Réponse automatique : ' + rem_subj(415), D(30, 9, 4),
   leaf("Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre. En cas d'urgence, vous pouvez contacter "
        "Julien au 05 49 00 00 00.\n\nCordialement,\nClaire Pichon\n"),
   n=415, group='Exchange/Outlook', pattern='Outlook "Réponse automatique :" with Auto-Submitted + X-Auto-Response-Suppress',
   facts='ooo_until=2026-12-07', extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: claire@pichon-paysage.fr'])

ar('gmail_en_vacation_until_14', 'Aaron Mitchell <aaron@northgate-labs.example.com>', 'Re: ' + rem_subj(402, 'en'), D(30, 9, 2, tz='+0000'),
   alt("Hi,\n\nI'm out of the office with limited access to email until Monday, December 14. For anything urgent, please reach out to ops@northgate-labs.example.com.\n\nThanks,\nAaron\n",
       '<div dir="ltr">Hi,<br><br>I\'m out of the office with limited access to email until Monday, December 14. For anything urgent, please reach out to ops@northgate-labs.example.com.<br><br>Thanks,<br>Aaron</div>'),
   lang='en', n=402, group='Gmail vacation responder', pattern='Gmail vacation reply, subject "Re:" only', facts='ooo_until=2026-12-14',
   extra=['Auto-Submitted: auto-replied', 'Precedence: bulk'])

ar('absence_fr_sans_entetes_conge', 'Julie Mauduit <julie.mauduit@editions-mauduit.fr>', 'Absence du bureau', D(30, 9, 6),
   leaf("Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question relative à la comptabilité ou aux factures, "
        "merci d'écrire à compta@editions-mauduit.fr.\n\nJulie Mauduit\n"),
   group='Éditions Mauduit', pattern='no Auto-Submitted / X-Autoreply header, no return date, no In-Reply-To',
   notes='her later human reply (mauduit_fr_renvoyer_facture) is from the same address')

ar('ooo_fr_retour_le_14', 'Thomas Blanchard <thomas@blanchard-archi.fr>', 'Réponse automatique : ' + rem_subj(419), D(1, 9, 1),
   leaf("Bonjour,\n\nJe serai absent du 1er au 11 décembre inclus. Retour prévu le lundi 14 décembre.\nVos messages ne seront pas transférés.\n\n"
        "Thomas Blanchard\n", cs='windows-1252'),
   n=419, group='Exchange/Outlook', pattern='range + explicit return date, windows-1252', facts='ooo_until=2026-12-14',
   extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply'],
   notes='his human reply blanchard_fr_semaine_prochaine arrives on 4 Dec, i.e. during the absence')

ar('ap_en_autoresponder_terms', 'Accounts Payable <ap@brightwater-events.example.com>', 'Auto: ' + rem_subj(420, 'en'), D(30, 9, 3, tz='+0000'),
   leaf("Thank you for contacting Brightwater Events Accounts Payable.\n\nThis is an automated response. Please note:\n"
        "- Invoices must quote a valid Brightwater PO number, otherwise they will be returned.\n- Our standard payment terms are 30 days end of month.\n"
        "- Payment runs take place every Thursday.\n- For remittance queries, allow 3 working days for a response.\n\nThis mailbox is monitored Monday-Friday, 9am-5pm.\n"),
   lang='en', n=420, group='Brightwater Events', pattern='AP autoresponder mentioning invoices and payment runs',
   extra=['X-Autoreply: yes', 'Auto-Submitted: auto-replied'])

ar('compta_fr_accuse_reception_45j', 'Comptabilité Fournisseurs <factures@groupe-hexalis.fr>', 'Accusé de réception - ' + rem_subj(419), D(30, 9, 2),
   leaf("Madame, Monsieur,\n\nNous accusons réception de votre message. Les factures fournisseurs sont traitées dans l'ordre d'arrivée et "
        "réglées à 45 jours fin de mois à compter de leur date d'émission, sous réserve de la validation du bon de commande.\n\n"
        "Merci de ne pas renvoyer plusieurs fois la même facture.\n\nService Comptabilité Fournisseurs - Groupe Hexalis\n"
        "Message automatique, merci de ne pas répondre.\n"),
   n=419, group='Groupe Hexalis', pattern='French AP autoresponder with payment terms', extra=['Auto-Submitted: auto-replied'])

ar('helpdesk_fr_ticket', 'Support Ferrat BTP <support@ferrat-btp.fr>', '[Ticket #48213] ' + rem_subj(405), D(30, 9, 5),
   alt("Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #48213. Un membre de notre équipe vous répondra dans les meilleurs délais.\n\n"
       "Pour compléter votre demande, répondez simplement à cet e-mail en conservant le numéro de ticket dans l'objet.\n\n"
       "Le support Ferrat BTP\n\n##- Merci de saisir votre réponse au-dessus de cette ligne -##\n",
       '<p>Bonjour,</p><p>Votre demande a bien été enregistrée sous le numéro <b>#48213</b>.</p><p>Le support Ferrat BTP</p><p style="color:#999">##- Merci de saisir votre réponse au-dessus de cette ligne -##</p>'),
   n=405, group='helpdesk (Zendesk-style)', pattern='ticket autoresponder', extra=['Auto-Submitted: auto-replied', 'X-Mailer: Zendesk Mailer'])

mdn_text = ("Votre message\n\n  À : Sophie Cordier\n  Objet : " + rem_subj(421) + "\n  Envoyé : lundi 30 novembre 2026 09:03:12 (UTC+01:00)\n\n"
            "a été lu le lundi 30 novembre 2026 10:47:55 (UTC+01:00).\n")
mdn = ("Reporting-UA: cordier-optique.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;s.cordier@cordier-optique.fr\n"
       f"Original-Message-ID: {rem_id(421)}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
ar('mdn_fr_outlook_lu', 'Sophie Cordier <s.cordier@cordier-optique.fr>', 'Lu : ' + rem_subj(421), D(30, 10, 48),
   multi('report', [leaf(mdn_text), leaf(mdn, 'message/disposition-notification', cte='7bit')], '; report-type=disposition-notification'),
   n=421, group='Exchange/Outlook', pattern='read receipt (MDN) "Lu :"')

mdn_text = ("This is a Return Receipt for the mail that you sent to ben.ashford@example.com.\n\nNote: This Return Receipt only acknowledges that "
            "the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n")
mdn = (f"Reporting-UA: example.com; Thunderbird 128.5.0\nFinal-Recipient: rfc822;ben.ashford@example.com\nOriginal-Message-ID: {rem_id(439)}\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
ar('mdn_en_thunderbird_return_receipt', 'Ben Ashford <ben.ashford@example.com>', 'Return Receipt (displayed) - ' + rem_subj(439, 'en'), D(3, 7, 40, tz='+0000'),
   multi('report', [leaf(mdn_text), leaf(mdn, 'message/disposition-notification', cte='7bit')], '; report-type=disposition-notification'),
   lang='en', n=439, group='Thunderbird', pattern='Thunderbird return receipt')

ar('challenge_fr_confirmez_humain', 'Protection anti-spam Vidal Sport <antispam@vidal-sport.fr>', 'Votre message est en attente : confirmez votre envoi', D(30, 9, 8),
   alt("Bonjour,\n\nVous avez envoyé un message à romain.vidal@vidal-sport.fr. Ce destinataire est protégé par un filtre anti-spam.\n"
       "Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :\n\n"
       "https://antispam.vidal-sport.fr/confirm?id=9f3a21c4e7\n\nCette confirmation n'est à faire qu'une seule fois.\n\nObjet du message : " + rem_subj(416) + "\n",
       '<p>Bonjour,</p><p>Vous avez envoyé un message à romain.vidal@vidal-sport.fr, protégé par un filtre anti-spam.</p><p><a href="https://antispam.vidal-sport.fr/confirm?id=9f3a21c4e7">Je confirme mon envoi</a></p>'),
   n=416, group='challenge-response', pattern='challenge-response anti-spam', extra=['Auto-Submitted: auto-replied'])

ar('ooo_en_parental_leave_xautoreply', 'Rosie Blake <rosie.blake@halden-analytics.co.uk>', 'Automatic reply: ' + rem_subj(433, 'en'), D(30, 9, 1, tz='+0000'),
   leaf("Thank you for your email. I am currently on parental leave. For invoices and payments please contact finance@halden-analytics.co.uk; "
        "for anything else, my colleague James Carter.\n"),
   lang='en', n=433, group='Exchange/Outlook', pattern='X-Autoreply only, no return date', extra=['X-Autoreply: yes'],
   notes='sent to a previous reminder; her later human reply came on 3 Dec')

ar('ooo_fr_deplacement_retour_3', 'Isabelle Moreau <isabelle.moreau@moreau-fleurs.fr>', 'Absence : ' + rem_subj(417), D(1, 8, 3),
   leaf("Bonjour,\nje suis actuellement en déplacement et consulterai mes mails à mon retour le 3 décembre.\nIsabelle Moreau\n"),
   n=417, group='OVH webmail responder', pattern='"à mon retour le 3 décembre"', facts='ooo_until=2026-12-03',
   extra=['Auto-Submitted: auto-replied (vacation)', 'X-Mailer: Roundcube Webmail'])

ar('jira_en_request_received', 'Tidewell Finance Desk <finance-desk@tidewell.example.com>', '[JIRA] (FIN-2291) ' + rem_subj(440, 'en'), D(30, 9, 11, tz='+0000'),
   leaf("Your request FIN-2291 has been received.\n\nReference: FIN-2291\nStatus: Waiting for support\n\nWe aim to respond within 5 business days. "
        "You can view and update your request at https://tidewell.example.com/servicedesk/customer/portal/3/FIN-2291\n\n"
        "This message was sent by Jira Service Management.\n"),
   lang='en', group='service desk', pattern='service-desk request acknowledgement', extra=['Auto-Submitted: auto-generated'])

ar('bal_fr_plus_consultee', 'contact@oudin-menuiserie.fr', 'Re: ' + rem_subj(426), D(30, 9, 2),
   leaf("Merci pour votre message.\n\nCette adresse n'est plus consultée. Pour toute demande, merci d'écrire à marc@oudin-menuiserie.fr "
        "ou de nous appeler au 02 40 00 00 00.\n\n-- Réponse automatique --\n"),
   n=426, group='Oudin Menuiserie', pattern='mailbox no longer read, redirect', extra=['X-Autoreply: yes'])

ar('ooo_fr_jusquau_2_janvier', 'Odile Carrel <compta@maisons-carrel.fr>', 'Réponse automatique : ' + rem_subj(448), D(30, 9, 3),
   leaf("Bonjour,\n\nLe service comptabilité est fermé pour inventaire puis congés. Je suis absente jusqu'au 2 janvier inclus.\n"
        "Les règlements fournisseurs seront traités à mon retour.\n\nOdile Carrel\nMaisons Carrel\n"),
   n=448, group='Exchange/Outlook', pattern='"jusqu\'au 2 janvier inclus", mentions payments', facts='ooo_until=2027-01-02',
   extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
   notes='last day of absence given, not the return date')

# ================================================================ bounce
BO = 'bounce'
def orig(n, to, lang='fr'):
    """The owner's original reminder, as text/rfc822-headers or message/rfc822 content."""
    return (f"From: {A(OWNER)}\nTo: {to}\nSubject: {H(rem_subj(n, lang))}\nDate: {D(30, 9, 0)}\nMessage-ID: {rem_id(n)}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n")
def dsn(reporting, rcpt, action, status, diag, remote='', arrival=D(30, 9, 0), extra_fields=''):
    s = f"Reporting-MTA: dns; {reporting}\nArrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
    if remote:
        s += f"Remote-MTA: dns; {remote}\n"
    s += f"Diagnostic-Code: smtp; {diag}\n" + extra_fields
    if action == 'delayed':
        s += "Will-Retry-Until: " + D(5, 9, 0) + "\n"
    return leaf(s, 'message/delivery-status', cte='7bit')
def bo(name, frm, subj, date, body, lang='en', group='', pattern='', facts='', notes='', extra=()):
    save(BO, name, frm, OWNER, subj, date, body, extra=['Auto-Submitted: auto-replied'] + list(extra), lang=lang, group=group,
         pattern=pattern, facts=facts, notes=notes)

r = 'compta@atelier-verdier.fr'
bo('gmail_address_not_found', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', D(30, 9, 1),
   multi('report', [alt("\n** Address not found **\n\nYour message wasn't delivered to " + r + " because the address couldn't be found, or is unable to receive mail.\n\n"
                        "The response from the remote server was:\n550 5.1.1 <" + r + ">: Recipient address rejected: User unknown in virtual mailbox table\n",
                        '<html><body><h2>Address not found</h2><p>Your message wasn\'t delivered to <b>' + r + '</b> because the address couldn\'t be found, or is unable to receive mail.</p></body></html>'),
                    dsn('googlemail.com', r, 'failed', '5.1.1', '550 5.1.1 <' + r + '>: Recipient address rejected: User unknown', 'mx1.atelier-verdier.fr'),
                    leaf(orig(431, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='Gmail', pattern='Gmail "Address not found" with DSN and headers', facts='failed_recipient=' + r,
   notes='wording after the public Gmail bounce layout')

r = 'h.marquet@groupe-solvane.fr'
bo('exchange_online_undeliverable', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@castagne-ux.fr>', 'Undeliverable: ' + rem_subj(409), D(30, 9, 2),
   multi('report', [alt("Your message to " + r + " couldn't be delivered.\n\nh.marquet wasn't found at groupe-solvane.fr.\n\nAction Required\nUnknown To address\n\n"
                        "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
                        '<html><body><p style="font-size:16px">Your message to <b>' + r + '</b> couldn\'t be delivered.</p><p>The address wasn\'t found at groupe-solvane.fr.</p>'
                        '<p><b>Action Required</b><br>Unknown To address</p></body></html>'),
                    dsn('AM0PR07MB4412.eurprd07.prod.outlook.com', r, 'failed', '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
                    leaf(orig(409, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='Exchange Online', pattern='NDR "Undeliverable:", RecipientNotFound', facts='failed_recipient=' + r,
   extra=['X-MS-Exchange-Message-Is-Ndr: '])

r = 'direction@garnier-traiteur.fr'
bo('exchange_fr_non_remis', 'postmaster@garnier-traiteur.fr', 'Non remis : ' + rem_subj(411), D(30, 9, 3),
   multi('report', [leaf("Impossible de remettre le message à ces destinataires ou groupes :\n\n" + r + "\nLa boîte aux lettres du destinataire est pleine "
                         "et ne peut pas accepter de messages pour le moment. Réessayez d'envoyer le message ultérieurement ou prenez contact directement avec le destinataire.\n\n"
                         "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : SRV-EXCH01.garnier.local\n" + r + "\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n"),
                    dsn('SRV-EXCH01.garnier.local', r, 'failed', '5.2.2', '554 5.2.2 mailbox full'),
                    leaf(orig(411, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   lang='fr', group='Exchange on-premises', pattern='French NDR "Non remis :", quota exceeded', facts='failed_recipient=' + r)

r = 'm.oudin@wanadoo.fr'
bo('orange_wanadoo_user_unknown', 'Mail Delivery System <MAILER-DAEMON@orange.fr>', 'Undelivered Mail Returned to Sender', D(1, 9, 4),
   multi('report', [leaf("Ce message a été généré automatiquement par le serveur de messagerie Orange.\n\nVotre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n"
                         "<" + r + ">: host smtp-in.orange.fr[193.252.22.65] said: 550 5.1.1 <" + r + ">: adresse d'expedition inconnue / unknown recipient (in reply to RCPT TO command)\n"),
                    dsn('opmta1mto04nd1.mail.orange.fr', r, 'failed', '5.1.1', '550 5.1.1 <' + r + '>: unknown recipient', 'smtp-in.orange.fr'),
                    leaf(orig(426, r), 'message/rfc822', cte='8bit', nocharset=True)], '; report-type=delivery-status'),
   lang='fr', group='Orange', pattern='Orange/Wanadoo MTA, bilingual text, original attached', facts='failed_recipient=' + r,
   notes='Orange texts are approximated; structure is the standard Postfix-like RFC 3464 report')

r = 'bellec.erwan@free.fr'
bo('free_quota_postfix', 'MAILER-DAEMON@free.fr (Mail Delivery System)', 'Undelivered Mail Returned to Sender', D(2, 11, 17),
   multi('report', [leaf("This is the mail system at host mx1.free.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                         "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                         "                   The mail system\n\n<" + r + ">: maildir delivery failed: Sorry, the user's maildir has\n    overdrawn his diskspace quota, please try again later.\n",
                         cs='us-ascii', cte='7bit'),
                    dsn('mx1.free.fr', r, 'failed', '5.2.2', '552 5.2.2 Mailbox full', extra_fields='X-Postfix-Queue-ID: 4RqT1k2Zb3z1x\n'),
                    leaf(orig(430, r), 'message/rfc822', cte='8bit', nocharset=True)], '; report-type=delivery-status'),
   group='Free', pattern='Postfix bounce template from Free, quota', facts='failed_recipient=' + r)

r = 'contact@santos-renov.fr'
bo('ovh_mx_rejected', 'Mail Delivery System <MAILER-DAEMON@mo4.mail-out.ovh.net>', 'Undelivered Mail Returned to Sender', D(4, 9, 2),
   multi('report', [leaf("This is the mail system at host mo4.mail-out.ovh.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                         "                   The mail system\n\n<" + r + ">: host mx2.mail.ovh.net[87.98.0.0] said: 550 5.7.1 <" + r + ">:\n    Recipient address rejected: Mailbox disabled (in reply to RCPT TO command)\n",
                         cs='us-ascii', cte='7bit'),
                    dsn('mo4.mail-out.ovh.net', r, 'failed', '5.7.1', '550 5.7.1 Recipient address rejected: Mailbox disabled', 'mx2.mail.ovh.net'),
                    leaf(orig(442, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='OVH', pattern='OVH outbound Postfix, mailbox disabled', facts='failed_recipient=' + r)

r = 'paul.verdier@atelier-verdier.fr'
bo('postfix_delay_warning', 'MAILER-DAEMON@smtp.castagne-ux.fr (Mail Delivery System)', 'Delayed Mail (still being retried)', D(30, 13, 5),
   multi('report', [leaf("This is the mail system at host smtp.castagne-ux.fr.\n\n####################################################################\n"
                         "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                         "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
                         "<" + r + ">: connect to mx1.atelier-verdier.fr[198.51.100.20]:25:\n    Connection timed out\n", cs='us-ascii', cte='7bit'),
                    dsn('smtp.castagne-ux.fr', r, 'delayed', '4.4.1', '421 4.4.1 Connection timed out'),
                    leaf(orig(431, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='Postfix', pattern='delay warning, not final', facts='failed_recipient=' + r + ';bounce_final=no')

r = 'rosie.blake@halden-analytics.co.uk'
bo('gmail_delay', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)', D(1, 2, 30),
   multi('report', [leaf("\n** Message not delivered yet **\n\nThere was a temporary problem delivering your message to " + r + ". Gmail will retry for 46 more hours. "
                         "You'll be notified if the delivery fails permanently.\n\nThe response from the remote server was:\n451 4.7.500 Server busy. Please try again later.\n"),
                    dsn('googlemail.com', r, 'delayed', '4.7.500', '451 4.7.500 Server busy. Please try again later.'),
                    leaf(orig(433, r, 'en'), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='Gmail', pattern='Gmail "Message not delivered yet"', facts='failed_recipient=' + r + ';bounce_final=no')

r = 'accueil@durand-ingenierie.fr'
bo('qmail_no_dsn_part', 'MAILER-DAEMON@mail.durand-ingenierie.fr', 'failure notice', D(30, 9, 3),
   leaf("Hi. This is the qmail-send program at mail.durand-ingenierie.fr.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<" + r + ">:\nThis mailbox is over quota (user is over quota)\n\n"
        "--- Below this line is a copy of the message.\n\n" + orig(401, r) + rem_text(401, '1 020,00', '31/10/2026'), cs='utf-8', cte='8bit', nocharset=True),
   group='qmail', pattern='qmail failure notice: text/plain only, no delivery-status part', facts='failed_recipient=' + r,
   notes='copy of the original (UTF-8) inside an unlabelled text/plain part')

r = 'y.kerhoas@kerhoas-nautisme.fr'
bo('exim_rejected_spam', 'Mail Delivery System <Mailer-Daemon@mail.kerhoas-nautisme.fr>', 'Mail delivery failed: returning message to sender', D(30, 9, 1),
   multi('report', [leaf("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                         "recipients. This is a permanent error. The following address(es) failed:\n\n  " + r + "\n    host mail.kerhoas-nautisme.fr [203.0.113.5]\n"
                         "    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected as spam by Content Filtering\n", cs='us-ascii', cte='7bit'),
                    dsn('mail.kerhoas-nautisme.fr', r, 'failed', '5.7.1', '550 5.7.1 Message rejected as spam by Content Filtering'),
                    leaf(orig(436, r), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=delivery-status'),
   group='Exim', pattern='Exim failure, content rejected as spam', facts='failed_recipient=' + r,
   notes='the same client later replied (kerhoas_fr_demande_rib) - the reminder was re-sent')

# ================================================================ other
OT = 'other'
def ot(name, frm, subj, date, body, lang='fr', group='', pattern='', notes='', extra=(), provider=''):
    save(OT, name, frm, OWNER, subj, date, body, extra=extra, lang=lang, group=group, pattern=pattern, notes=notes, provider=provider)
UNSUB = lambda dom: [f'List-Unsubscribe: <https://{dom}/unsubscribe?u=8f2a>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk']

ot('qonto_newsletter_nouveautes', 'Qonto <newsletter@qonto.com>', 'Nouveautés de novembre : facturation électronique, cartes virtuelles et plus', D(1, 10, 0),
   alt("Bonjour Noémie,\n\nCe mois-ci chez Qonto : préparez-vous à la facturation électronique obligatoire, créez des cartes virtuelles en un clic, "
       "et découvrez nos nouveaux rapports de trésorerie.\n\nLire la suite : https://qonto.com/fr/blog\n\nVous recevez cet e-mail car vous êtes inscrit à la newsletter Qonto. Se désinscrire.\n",
       '<html><body><h1>Nouveautés de novembre</h1><p>Préparez-vous à la facturation électronique obligatoire...</p><p><a href="https://qonto.com/fr/blog">Lire la suite</a></p><p style="font-size:10px">Se désinscrire</p></body></html>'),
   group='Qonto', pattern='bank newsletter (not a movement)', extra=UNSUB('qonto.com'), provider='Qonto')

ot('bnp_marketing_offre_pro', 'BNP Paribas <offres@info.bnpparibas>', 'Noémie, boostez votre activité avec notre offre Esprit Libre Pro', D(2, 11, 30),
   alt("Offre réservée aux entrepreneurs individuels : 6 mois de cotisation offerts sur votre carte Visa Business. Voir conditions en agence.\n\n"
       "Pour ne plus recevoir nos offres, cliquez ici.\n",
       '<html><body><h2>Esprit Libre Pro</h2><p>6 mois de cotisation offerts*</p><p style="font-size:9px">*Offre soumise à conditions. Pour ne plus recevoir nos offres, cliquez ici.</p></body></html>'),
   group='BNP Paribas', pattern='bank marketing', extra=UNSUB('info.bnpparibas'), provider='BNP Paribas')

ot('ovhcloud_facture', 'OVHcloud <noreply@ovh.com>', 'Votre facture OVHcloud FR58219933 est disponible', D(1, 4, 12),
   alt("Bonjour,\n\nVotre facture FR58219933 d'un montant de 11,99 € TTC est disponible dans votre espace client.\n"
       "Elle sera prélevée sur votre moyen de paiement par défaut.\n\nDétail : Hébergement Perso - castagne-ux.fr - 1 mois\n\nL'équipe OVHcloud\n",
       '<p>Bonjour,</p><p>Votre facture <b>FR58219933</b> d\'un montant de <b>11,99 € TTC</b> est disponible.</p>'),
   group='OVHcloud', pattern='supplier invoice TO the owner')

ot('freepro_facture', 'Free Pro <facture@freepro.fr>', 'Votre facture Free Pro de novembre 2026', D(2, 5, 45),
   leaf("Bonjour Madame Castagné,\n\nVotre facture Free Pro n° 2026-11-884410 d'un montant de 29,99 € TTC est disponible dans votre Espace Abonné.\n"
        "Le montant sera prélevé le 10/12/2026.\n\nL'équipe Free Pro\n", cs='iso-8859-15'),
   group='Free Pro', pattern='supplier invoice, direct debit announced', notes='mentions a future debit but is an invoice, not a bank notice')

ot('expert_comptable_facture_honoraires', 'Cabinet Delmas Expertise <factures@delmas-expertise.fr>', 'Facture FA-2026-1187 - Cabinet Delmas Expertise', D(3, 8, 10),
   multi('mixed', [leaf("Bonjour,\n\nVeuillez trouver ci-joint notre facture FA-2026-1187 relative à la tenue comptable du 4e trimestre 2026, "
                        "d'un montant de 420,00 € TTC, payable à réception.\n\nCordialement,\nCabinet Delmas Expertise\n\nMessage envoyé depuis notre logiciel de facturation.\n"),
                   attach('FA-2026-1187.pdf', pdf(['CABINET DELMAS EXPERTISE', 'Facture FA-2026-1187', 'Client : Castagne UX', 'Total TTC : 420,00 EUR']))]),
   group='Cabinet Delmas Expertise', pattern='accountant invoice to the owner, with PDF, mentions an invoice number')

ot('urssaf_nouveau_message', 'URSSAF <ne-pas-repondre@urssaf.fr>', 'Un nouveau message est disponible dans votre espace', D(30, 7, 20),
   leaf("Madame CASTAGNE NOEMIE,\n\nUn nouveau document est disponible dans votre espace en ligne : échéancier de vos cotisations 2027.\n\n"
        "Pour le consulter, connectez-vous sur urssaf.fr.\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n"),
   group='URSSAF', pattern='administration notification')

ot('impots_avis_cfe', 'impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>', 'Votre avis de CFE est disponible dans votre espace professionnel', D(1, 6, 0),
   leaf("Madame, Monsieur,\n\nVotre avis de cotisation foncière des entreprises 2026 est disponible dans votre espace professionnel sur impots.gouv.fr.\n"
        "Date limite de paiement : 15/12/2026.\n\nLa Direction générale des Finances publiques\n"),
   group='DGFiP', pattern='tax notice with amount due date, not a movement')

ot('marketplace_nouvelle_mission', 'Freelink <missions@freelink.example.fr>', 'Nouvelle proposition de mission : refonte UX application mobile', D(2, 9, 41),
   alt("Bonne nouvelle Noémie ! Une entreprise vous a envoyé une proposition de mission.\n\nMission : Refonte UX application mobile\nDurée : 20 jours\n"
       "TJM proposé : 550 €\n\nRépondre sur Freelink : https://freelink.example.fr/missions/88231\n\nVous recevez cet e-mail car vous avez un profil freelance sur Freelink.\n",
       '<html><body><p>Bonne nouvelle Noémie !</p><p><b>Refonte UX application mobile</b> - 20 jours - 550 €/j</p></body></html>'),
   group='Freelink (marketplace)', pattern='marketplace notification with money figures', extra=UNSUB('freelink.example.fr'))

ot('linkedin_recherches', 'LinkedIn <notifications-noreply@linkedin.com>', 'Noémie, vous êtes apparue dans 14 recherches cette semaine', D(3, 18, 0),
   alt("Vous êtes apparue dans 14 recherches cette semaine.\nVoir qui vous a recherché : https://www.linkedin.com/me/search-appearances/\n\n"
       "Vous recevez des e-mails de notification. Se désabonner.\nLinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n",
       '<html><body><p>Vous êtes apparue dans <b>14 recherches</b> cette semaine.</p></body></html>'),
   group='LinkedIn', pattern='social network notification', extra=UNSUB('linkedin.com'))

ot('phishing_credit_agricole', 'Crédit Agricole <securite@ca-clients-verif.com>', 'Action requise : votre compte sera suspendu sous 24h', D(1, 3, 47),
   leaf('<html><body><img src="https://ca-clients-verif.com/logo.png"><p>Cher(e) client(e),</p><p>Suite à une mise à jour de nos systèmes de sécurité, '
        'votre accès en ligne sera suspendu si vous ne validez pas votre identité avant 24h.</p><p><a href="https://ca-clients-verif.com/login">Valider mon compte</a></p>'
        '<p>Crédit Agricole - Service Sécurité</p></body></html>', 'text/html'),
   group='phishing', pattern='bank-brand phishing, look-alike domain', extra=['Reply-To: support@ca-clients-verif.com'])

ot('phishing_paypal_paiement', 'PayPal <service@paypal-notification-centre.net>', 'Vous avez reçu un paiement de 1 480,00 EUR - action requise', D(2, 4, 18),
   alt("Bonjour,\n\nVous avez reçu un paiement de 1 480,00 EUR de la part de ATELIER VERDIER.\nLe paiement est bloqué : pour le recevoir, vous devez confirmer "
       "vos informations de compte et régler des frais de déblocage de 25,00 EUR.\n\nConfirmer maintenant : http://paypal-notification-centre.net/confirm\n\nPayPal\n",
       '<html><body><p>Vous avez reçu un paiement de <b>1 480,00 EUR</b> de ATELIER VERDIER.</p><p>Le paiement est bloqué. <a href="http://paypal-notification-centre.net/confirm">Confirmer maintenant</a></p></body></html>'),
   group='phishing', pattern='fake PayPal payment-received notice with fee scam', notes='label other per guide, even though it mimics a payment notice')

ot('spam_vous_avez_gagne', '"Service Gagnants" <gagnant@promo-jeux-du-mois.example.biz>', 'FÉLICITATIONS Noémie !!! Vous avez gagné un iPhone 17', D(30, 2, 12),
   leaf("Félicitations !\n\nVotre adresse a été tirée au sort. Vous avez gagné un iPhone 17 Pro (valeur 1 329 €).\nPour recevoir votre lot, "
        "réglez simplement les frais de port de 1,95 € ici : http://promo-jeux-du-mois.example.biz/lot\n\nOffre valable 48h.\n"),
   group='spam', pattern='prize spam')

ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
       "DTSTART:20261208T090000Z\nDTEND:20261208T100000Z\nDTSTAMP:20261201T101500Z\nORGANIZER;CN=Hannah Whitlock:mailto:h.whitlock@whitlock-media.example.com\n"
       "UID:5s8k2l0v3c7q9r1m4n6p@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noemie@castagne-ux.fr:mailto:noemie@castagne-ux.fr\n"
       "SUMMARY:Kick-off refonte site Whitlock Media\nDESCRIPTION:Visio Google Meet\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
ot('calendar_invitation_google', 'Hannah Whitlock (Google Agenda) <calendar-notification@google.com>', 'Invitation: Kick-off refonte site Whitlock Media @ mar. 8 déc. 2026 10:00 - 11:00 (CET)', D(1, 10, 15),
   multi('mixed', [multi('alternative', [leaf("Vous avez reçu une invitation à l'événement suivant.\n\nKick-off refonte site Whitlock Media\nmardi 8 déc. 2026 10:00 - 11:00 (CET)\n"
                                               "Organisateur : h.whitlock@whitlock-media.example.com\n\nInvitation de Google Agenda\n"),
                                          leaf('<p>Kick-off refonte site Whitlock Media</p><p>mardi 8 déc. 2026 10:00 - 11:00</p>', 'text/html'),
                                          leaf(ics, 'text/calendar; method=REQUEST', cte='7bit')]),
                   leaf(ics, 'application/ics; name="invite.ics"', cte='base64', extra=['Content-Disposition: attachment; filename="invite.ics"'])]),
   extra=['Reply-To: h.whitlock@whitlock-media.example.com', 'Sender: Google Calendar <calendar-notification@google.com>'],
   group='Google Calendar', pattern='system-sent calendar invitation with text/calendar', notes='sent by the calendar system on behalf of a client')

ot('rdv_medical_rappel', 'Santéclic <no-reply@santeclic.example.fr>', 'Rappel : votre rendez-vous demain à 18h15', D(2, 18, 15),
   alt("Bonjour Noémie Castagné,\n\nNous vous rappelons votre rendez-vous :\nDr Marion Lefèvre - Masseur-kinésithérapeute\nJeudi 3 décembre 2026 à 18h15\n"
       "14 rue des Carmes, 31000 Toulouse\n\nEn cas d'empêchement, annulez votre rendez-vous pour libérer le créneau.\n",
       '<p>Rappel de votre rendez-vous : <b>jeudi 3 décembre 2026 à 18h15</b></p>'),
   group='Santéclic (Doctolib-style)', pattern='appointment reminder')

ot('colissimo_expedition', 'Colissimo <noreply@notification.colissimo.fr>', 'Votre colis 6A23918470213 est en cours de livraison', D(4, 7, 55),
   alt("Bonjour,\n\nVotre colis n° 6A23918470213 expédié par IMPRIMERIE ROCHE est en cours d'acheminement. Livraison prévue le 05/12/2026.\n\n"
       "Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A23918470213\n",
       '<p>Votre colis <b>6A23918470213</b> est en cours d\'acheminement.</p>'),
   group='Colissimo', pattern='shipping notice')

ot('google_alerte_securite', 'Google <no-reply@accounts.google.com>', 'Alerte de sécurité', D(30, 22, 41),
   alt("Nouvelle connexion sur Windows\nnoemie@castagne-ux.fr\n\nNous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. "
       "Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.\n\nVérifier l'activité\n",
       '<p>Nouvelle connexion sur Windows</p><p><a href="https://myaccount.google.com/notifications">Vérifier l\'activité</a></p>'),
   group='Google account', pattern='security alert')

ot('figma_commentaire', 'Figma <comments-noreply@figma.com>', 'Aurélie Guérin a commenté « Boutique v3 »', D(3, 15, 20),
   alt("Aurélie Guérin a commenté dans Boutique v3 :\n\n« Est-ce qu'on peut tester une version avec le bouton panier en haut à droite ? »\n\n"
       "Répondre : https://www.figma.com/file/xyz?comment=91234\n\nVous recevez cet e-mail parce que vous suivez ce fichier.\n",
       '<p><b>Aurélie Guérin</b> a commenté dans <b>Boutique v3</b></p>'),
   group='Figma', pattern='SaaS comment notification quoting a client', extra=UNSUB('figma.com'),
   notes='client words relayed by a system: other, not human_reply')

ot('shine_newsletter_guide', 'Shine <hello@shine.fr>', '📘 Le guide 2026 de la facture électronique pour les indépendants', D(4, 9, 0),
   alt("Hello Noémie,\n\nDès septembre 2026, la réception des factures électroniques devient obligatoire. On t'a préparé un guide pour t'y retrouver.\n\n"
       "Télécharger le guide : https://www.shine.fr/guides/facture-electronique\n\nTu reçois cet e-mail car tu es client Shine. Se désinscrire.\n",
       '<p>Hello Noémie,</p><p>Télécharge notre guide de la facture électronique.</p>'),
   group='Shine', pattern='neobank content marketing', extra=UNSUB('shine.fr'), provider='Shine')

ot('qonto_facture_abonnement', 'Qonto <no-reply@qonto.com>', 'Votre facture Qonto de novembre 2026', D(1, 6, 30),
   multi('mixed', [leaf("Bonjour Noémie,\n\nVotre facture d'abonnement Qonto (forfait Basic) pour novembre 2026 est disponible : 11,00 € HT.\n"
                        "Le montant a été débité de votre compte principal.\n\nL'équipe Qonto\n"),
                   attach('Qonto_facture_2026-11.pdf', pdf(['Qonto - Facture abonnement', 'Novembre 2026', 'Forfait Basic : 11,00 EUR HT']))]),
   group='Qonto', pattern="bank's own fee invoice", provider='Qonto', notes='fee invoice: other per guide, even though it says it was debited')

ot('facturation_reset_mdp', 'Facturo <support@facturo.example.fr>', 'Réinitialisation de votre mot de passe', D(2, 23, 2),
   leaf("Bonjour,\n\nVous avez demandé la réinitialisation du mot de passe de votre compte Facturo.\nCliquez sur le lien ci-dessous (valable 30 minutes) :\n"
        "https://app.facturo.example.fr/reset?token=b7c1e9\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.\n"),
   group='Facturo (invoicing SaaS)', pattern='password reset')

ot('arf_abuse_report', 'Abuse Reports <abuse-reports@mail-feedback.example.net>', 'Complaint about message from 203.0.113.44', D(3, 4, 5),
   multi('report', [leaf("This is an email abuse report for an email message received from IP 203.0.113.44 on Mon, 30 Nov 2026.\n"),
                    leaf("Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Mail-From: <noemie@castagne-ux.fr>\nArrival-Date: " + D(30, 9, 0) + "\nSource-IP: 203.0.113.44\n",
                         'message/feedback-report', cte='7bit', nocharset=True),
                    leaf(orig(407, 'finance@quayside-coffee.example.com', 'en'), 'text/rfc822-headers', cte='7bit', nocharset=True)], '; report-type=feedback-report'),
   lang='en', group='ARF feedback loop', pattern='abuse complaint (ARF) about a reminder', notes='multipart/report but not a delivery report')

# ================================================================ write index
if __name__ == '__main__':
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in ROWS:
            f.write('\t'.join(str(r[c]).replace('\t', ' ').replace('\n', ' ') for c in COLS) + '\n')
    from collections import Counter
    c = Counter(r['label'] for r in ROWS)
    print(len(ROWS), dict(c))
