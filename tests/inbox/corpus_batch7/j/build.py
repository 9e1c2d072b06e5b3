#!/usr/bin/env python3
"""Builds dunnerd evaluation set 'written_j' (split final7).

Standard library only. Writes <label>/<name>.eml and labels.tsv next to this script.
Owner of the inbox (fictional): Anaïs Delorme, freelance UX/UI designer,
<anais@delorme-studio.fr>, trading as "Delorme Studio" (EI).
Dates: Mon 30 Nov 2026 .. Fri 4 Dec 2026 (Europe/Paris, +0100).
"""
import os, csv, datetime, hashlib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email.charset import Charset, QP, BASE64
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'final7'
ONAME, OADDR = 'Anaïs Delorme', 'anais@delorme-studio.fr'
OIBAN = 'FR76 1695 8000 0127 4409 3318 652'
ROWS = []
COLS = ['file', 'label', 'source_repo', 'source_path', 'source_commit', 'license', 'fidelity',
        'lang', 'provider', 'source_group', 'pattern', 'direction', 'amount', 'currency', 'payer',
        'reference', 'value_date', 'counts_as_payment', 'facts', 'split', 'notes']


def D(m, d, hh, mm, ss=0, off=60, y=2026):
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return format_datetime(datetime.datetime(y, m, d, hh, mm, ss, tzinfo=tz))


def A(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


OWNER = A(ONAME, OADDR)


def S(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def TP(body, sub='plain', cs='utf-8', enc='qp'):
    c = Charset(cs)
    c.body_encoding = {'qp': QP, 'b64': BASE64}.get(enc)
    p = MIMEText(body, sub, c)
    del p['MIME-Version']
    return p


def ATT(fn, ctype, data):
    mt, st = ctype.split('/')
    p = MIMEBase(mt, st, name=fn)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=fn)
    del p['MIME-Version']
    return p


def mk(frm, to, subj, date, text=None, html=None, cs='utf-8', enc='qp', cc=None, mid=None,
       irt=None, refs=None, extra=(), atts=(), reply_to=None, rp=None, rcv=None, scs=None):
    if text is not None and html is not None:
        body = MIMEMultipart('alternative')
        del body['MIME-Version']
        body.attach(TP(text, 'plain', cs, enc))
        body.attach(TP(html, 'html', cs, enc))
    elif html is not None:
        body = TP(html, 'html', cs, enc)
    else:
        body = TP(text, 'plain', cs, enc)
    if atts:
        m = MIMEMultipart('mixed')
        del m['MIME-Version']
        m.attach(body)
        for a in atts:
            m.attach(a)
    else:
        m = body
    dom = frm.rsplit('@', 1)[-1].strip('>')
    top = []
    top.append(('Return-Path', '<%s>' % (rp or frm.rsplit('<', 1)[-1].strip('>'))))
    top.append(('Received', rcv or 'from %s (%s [198.51.100.%d])\n\tby mx2.mail.ovh.net (Postfix) with ESMTPS id 4Q%dXz\n\tfor <%s>; %s' % (
        'mail.' + dom, 'mail.' + dom, (len(subj) * 7) % 250 + 2, len(subj) * 913 % 99999, OADDR, date)))
    top += [('From', frm), ('To', to)]
    if cc:
        top.append(('Cc', cc))
    if reply_to:
        top.append(('Reply-To', reply_to))
    try:
        subj.encode('ascii')
        top.append(('Subject', subj))
    except UnicodeEncodeError:
        top.append(('Subject', Header(subj, scs or 'utf-8', header_name='Subject')))
    top.append(('Date', date))
    top.append(('Message-ID', mid or '<%s.%s@%s>' % (hashlib.md5((subj + date + frm).encode()).hexdigest()[:20], date[17:19] + date[20:22], dom)))
    if irt:
        top.append(('In-Reply-To', irt))
        top.append(('References', refs or irt))
    top += list(extra)
    top.append(('MIME-Version', '1.0'))
    m._headers = top + [h for h in m._headers if h[0] != 'MIME-Version']
    return m


def save(label, name, msg, lang, group, pattern, provider='', facts='', notes='',
         direction='', amount='', currency='', payer='', reference='', value_date='', cap='',
         fidelity='synthetic'):
    rel = '%s/%s.eml' % (label, name)
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(msg, str):
        data = msg.replace('\r\n', '\n').encode('utf-8')
    elif isinstance(msg, bytes):
        data = msg
    else:
        data = msg.as_bytes()
    with open(path, 'wb') as f:
        f.write(data)
    assert rel not in [r['file'] for r in ROWS], rel
    ROWS.append(dict(file=rel, label=label, source_repo='synthetic', source_path='build.py',
                     source_commit='', license='written for dunnerd', fidelity=fidelity,
                     lang=lang, provider=provider, source_group=group, pattern=pattern,
                     direction=direction, amount=amount, currency=currency, payer=payer,
                     reference=reference, value_date=value_date, counts_as_payment=cap,
                     facts=facts, split=SPLIT, notes=notes))


def mini_pdf(lines):
    """A small valid one-page PDF with the given text lines (Helvetica)."""
    y = 780
    ops = ['BT /F1 11 Tf']
    for ln in lines:
        ln = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        ops.append('1 0 0 1 60 %d Tm (%s) Tj' % (y, ln))
        y -= 18
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
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


# ---------------------------------------------------------------- owner's reminders (quoted)
def rem_fr(inv, amt, due):
    return ("Bonjour,\n\n"
            "Sauf erreur de ma part, la facture %s d'un montant de %s TTC, arrivée à échéance le %s, "
            "n'a pas encore été réglée.\n\n"
            "Pourriez-vous m'indiquer la date de paiement prévue ? La facture est de nouveau jointe "
            "à ce message ; mes coordonnées bancaires figurent ci-dessous.\n\n"
            "Bien cordialement,\n\nAnaïs Delorme\nDelorme Studio - design d'interfaces\n"
            "IBAN %s - BIC QNTOFRP1XXX\n" % (inv, amt, due, OIBAN))


def rem_en(inv, amt, due):
    return ("Hello,\n\n"
            "This is a friendly reminder that invoice %s for %s, due on %s, is still outstanding.\n\n"
            "Could you let me know when payment is scheduled? The invoice is attached again and my "
            "bank details are below.\n\n"
            "Kind regards,\n\nAnaïs Delorme\nDelorme Studio - UX/UI design\n"
            "IBAN %s - BIC QNTOFRP1XXX\n" % (inv, amt, due, OIBAN))


def subj_fr(inv):
    return 'Rappel : facture %s échue' % inv


def subj_en(inv):
    return 'Reminder: invoice %s is overdue' % inv


def rid(n, k=1):
    return '<dunnerd.%d.%d@delorme-studio.fr>' % (n, k)


def q(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'


# ====================================================================== human_reply
def humans():
    L = 'human_reply'

    # h01 - promise "vendredi", Gmail-style quote below
    r = rem_fr('F-2026-0418', '1 480,00 €', '15/11/2026')
    m = mk(A('Gilles Lebrun', 'gilles@ferronnerie-lebrun.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0418'), D(12, 1, 8, 47),
           text="Bonjour Madame Delorme,\n\nToutes mes excuses pour le retard. Je fais le virement vendredi.\n\n"
                "Cordialement,\nGilles Lebrun\nFerronnerie Lebrun - 02 41 xx xx xx\n\n"
                "Le lun. 30 nov. 2026 à 09:05, Anaïs Delorme <anais@delorme-studio.fr> a écrit :\n" + q(r),
           irt=rid(418), mid='<CAF3kq8uWm1pLr0xX=Hq@mail.gmail.com>')
    save(L, 'lebrun_fr_promise_vendredi', m, 'fr', 'Ferronnerie Lebrun', 'promise weekday name, gmail quote below',
         facts='promise_date=2026-12-04', notes='Tue 1 Dec: "vendredi" = Fri 4 Dec')

    # h02 - "paiement prévu le 15"
    r = rem_fr('F-2026-0422', '2 760,00 €', '20/11/2026')
    m = mk(A('Sandrine Quéré', 's.quere@optique-marivaux.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0422'), D(12, 2, 10, 12),
           text="Bonjour,\n\nVotre facture a bien été validée. Paiement prévu le 15, notre cabinet comptable passe les "
                "règlements fournisseurs en milieu de mois.\n\nBonne journée\nSandrine Quéré\nAssistante de direction\n"
                "Optique Marivaux\n\n-----Message d'origine-----\nDe : Anaïs Delorme <anais@delorme-studio.fr>\n"
                "Envoyé : lundi 30 novembre 2026 09:06\nÀ : s.quere@optique-marivaux.fr\nObjet : " + subj_fr('F-2026-0422') + "\n\n" + r,
           irt=rid(422), cs='windows-1252')
    save(L, 'marivaux_fr_promise_le15', m, 'fr', 'Optique Marivaux', 'day-of-month only, outlook quote, cp1252 QP',
         facts='promise_date=2026-12-15')

    # h03 - "d'ici la fin de la semaine prochaine"
    m = mk(A('Thomas Guénolé', 'thomas@cabinet-guenole-avocats.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0407'), D(12, 3, 18, 31),
           text="Madame,\n\nJe vous prie de nous excuser pour ce retard, imputable à un changement de logiciel de "
                "comptabilité. Le règlement interviendra d'ici la fin de la semaine prochaine.\n\n"
                "Bien à vous,\n\nThomas Guénolé\nAvocat associé\n\nCABINET GUÉNOLÉ AVOCATS\n12, rue des Carmes - 35000 Rennes\n"
                "Tél. : 02 99 xx xx xx\n\n"
                "---------------------------------------------------------------------\n"
                "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
                "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
                "par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Le secret professionnel de "
                "l'avocat s'applique à cette correspondance (article 66-5 de la loi du 31 décembre 1971).\n"
                "Pensez à l'environnement avant d'imprimer ce message.\n",
           irt=rid(407, 2))
    save(L, 'guenole_fr_promise_fin_semaine_prochaine', m, 'fr', 'Cabinet Guénolé Avocats',
         'relative "fin de la semaine prochaine", long legal disclaimer', facts='promise_date=2026-12-11',
         notes='Thu 3 Dec: end of next week = Fri 11 Dec (a week_of_2026-12-07 reading is also defensible)')

    # h04 - EN "we'll pay on the 10th"
    r = rem_en('INV-0431', '€1,950.00', '20 November 2026')
    m = mk(A('Priya Natarajan', 'priya@hollowbrook-studio.co.uk'), OWNER, 'Re: ' + subj_en('INV-0431'), D(11, 30, 11, 2, off=0),
           text="Hi Anaïs,\n\nSorry, this one slipped through. We'll pay on the 10th when our December run goes out.\n\n"
                "Best,\nPriya\n\nOn Mon, 30 Nov 2026 at 09:10, Anaïs Delorme <anais@delorme-studio.fr> wrote:\n" + q(r),
           irt=rid(431))
    save(L, 'hollowbrook_en_promise_10th', m, 'en', 'Hollowbrook Studio', 'ordinal day only, UK client, +0000',
         facts='promise_date=2026-12-10')

    # h05 - EN payment run Thursday
    m = mk(A('Accounts - Vandermeer Logistics', 'accounts@vandermeer-logistics.nl'), OWNER, 'RE: ' + subj_en('INV-0426'), D(12, 1, 14, 20),
           text="Dear Ms Delorme,\n\nThank you for your reminder. Invoice INV-0426 has been approved and is included "
                "in our payment run on Thursday.\n\nKind regards,\n\nMarloes de Wit\nAccounts Payable\n"
                "Vandermeer Logistics B.V.\n\n"
                "________________________________\nFrom: Anaïs Delorme <anais@delorme-studio.fr>\nSent: Monday, November 30, 2026 9:12 AM\n"
                "To: accounts@vandermeer-logistics.nl\nSubject: " + subj_en('INV-0426') + "\n\n" + rem_en('INV-0426', '€3,200.00', '16 November 2026'),
           irt=rid(426))
    save(L, 'vandermeer_en_payment_run_thursday', m, 'en', 'Vandermeer Logistics', 'payment run weekday, AP team',
         facts='promise_date=2026-12-03', notes='Tue 1 Dec: Thursday = 3 Dec')

    # h06 - negation "je n'ai pas encore pu payer"
    m = mk(A('Hélène Marchetti', 'helene.marchetti@lafabriqueaprojets.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0399'), D(12, 2, 21, 48),
           text="Bonjour Anaïs,\n\nJe n'ai pas encore pu payer, la trésorerie est très tendue ce mois-ci (un gros client "
                "nous paie en retard lui aussi...). Je ne vous oublie pas et je reviens vers vous dès que possible.\n\n"
                "Hélène\n", irt=rid(399, 3))
    save(L, 'fabrique_fr_not_yet_no_date', m, 'fr', 'La Fabrique à Projets', 'negation, no date given',
         notes='no promise date, no claim of payment')

    # h07 - "nous ne contestons pas" + PO, request invoice
    m = mk(A('Karim Benali', 'k.benali@groupe-sorelec.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0411'), D(11, 30, 15, 33),
           text="Bonjour,\n\nNous ne contestons pas la facture F-2026-0411, mais elle a été rejetée par notre outil de "
                "dématérialisation car elle ne porte pas de numéro de bon de commande.\n\nPourriez-vous nous la renvoyer "
                "en mentionnant le PO 4500281733 ? Elle partira ensuite au prochain paiement.\n\nCordialement,\n\n"
                "Karim Benali\nComptabilité fournisseurs - Groupe Sorelec\n", irt=rid(411), cs='iso-8859-1')
    save(L, 'sorelec_fr_no_dispute_resend_po', m, 'fr', 'Groupe Sorelec', 'negated contest + resend invoice with PO, latin-1',
         facts='request_invoice=yes', notes='"nous ne contestons pas" is not a dispute; no date for payment')

    # h08 - dispute amount, long signature
    m = mk(A('Laurence Pichon-Ferrand', 'l.pichon@editions-cormoran.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0403'), D(12, 1, 11, 5),
           text="Bonjour,\n\nNous contestons le montant de cette facture : le devis D-2026-088 prévoyait 2 jours d'atelier, "
                "vous en facturez 3. Le troisième jour n'a jamais été validé de notre côté.\n\nMerci de nous adresser un avoir "
                "ou une facture rectifiée ; nous réglerons alors sans délai.\n\nCordialement,\n\n"
                "Laurence Pichon-Ferrand\nDirectrice administrative et financière\nÉditions du Cormoran\n"
                "SAS au capital de 150 000 € - RCS Nantes 812 000 000 - TVA FR00 812000000\n"
                "8 quai de la Fosse, 44000 Nantes\n\n"
                "AVERTISSEMENT : ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. "
                "Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur. "
                "Les Éditions du Cormoran déclinent toute responsabilité quant au contenu de ce message s'il a été altéré.\n",
           irt=rid(403, 2))
    save(L, 'cormoran_fr_dispute_days', m, 'fr', 'Éditions du Cormoran', 'dispute of quantity, corporate legal footer',
         facts='dispute=yes;request_invoice=yes', notes='asks for a corrected invoice / credit note')

    # h09 - already paid with date
    m = mk(A('Nicolas Ferrandi', 'nicolas@ferrandi-immobilier.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0415'), D(11, 30, 10, 40),
           text="Bonjour,\n\nLe virement est parti le 27 novembre, vous devriez l'avoir reçu aujourd'hui ou demain.\n\n"
                "Bonne semaine,\nNicolas Ferrandi\n\nEnvoyé de mon iPhone\n", irt=rid(415))
    save(L, 'ferrandi_fr_already_paid_27nov', m, 'fr', 'Ferrandi Immobilier', 'already paid with explicit date, iPhone',
         facts='already_paid=2026-11-27')

    # h10 - already paid, no date, annoyed
    m = mk(A('Jean-Marc Rouvière', 'jm.rouviere@example.net'), OWNER, 'Re: ' + subj_fr('F-2026-0388'), D(12, 3, 7, 58),
           text="C'est réglé depuis un moment, vérifiez de votre côté avant d'envoyer des relances automatiques svp.\n\nJMR\n",
           irt=rid(388, 2))
    save(L, 'rouviere_fr_already_paid_claimed', m, 'fr', 'Rouvière (particulier)', 'curt, already paid without date',
         facts='already_paid=claimed')

    # h11 - forwarded bank confirmation inline
    m = mk(A('Comptabilité Atelier Solène', 'compta@atelier-solene.fr'), OWNER, 'TR: Avis d\'opération - virement SEPA émis', D(12, 2, 9, 14),
           text="Bonjour Madame Delorme,\n\nSuite à votre relance, voici la confirmation de notre banque pour le règlement "
                "de la facture F-2026-0420.\n\nCordialement,\nFlorence\nAtelier Solène\n\n"
                "-----Message transféré-----\nDe : CIC <no-reply@cic.fr>\nDate : 1 déc. 2026 à 16:02\n"
                "Objet : Avis d'opération - virement SEPA émis\n\n"
                "Madame, Monsieur,\n\nNous vous informons de l'exécution de l'ordre de virement suivant :\n\n"
                "Date d'exécution : 01/12/2026\nMontant : 1 260,00 EUR\nBénéficiaire : DELORME ANAIS\n"
                "IBAN bénéficiaire : FR76 1695 **** **** **** **** 652\nLibellé : FACT F-2026-0420 ATELIER SOLENE\n\n"
                "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n",
           irt=rid(420))
    save(L, 'solene_fr_fwd_bank_confirmation', m, 'fr', 'Atelier Solène', 'client forwards its own bank advice inline',
         facts='already_paid=2026-12-01', notes='human_reply, not a payment_notification: the bank notice is the client\'s, forwarded')

    # h12 - PDF proof attached
    pdf = mini_pdf(['BANQUE POPULAIRE GRAND OUEST', 'Avis d\'execution de virement', '',
                    'Donneur d\'ordre : SARL LES TOITS DE KERGOAT', 'Beneficiaire : DELORME ANAIS',
                    'Montant : 2 040,00 EUR', 'Date d\'execution : 02/12/2026', 'Reference : F-2026-0427'])
    m = mk(A('Yannick Le Goff', 'yannick@toits-kergoat.bzh'), OWNER, 'Re: ' + subj_fr('F-2026-0427'), D(12, 3, 12, 26),
           text="Bonjour,\n\nCi-joint la preuve de virement, exécuté hier. Bonne réception.\n\nYannick Le Goff\n"
                "Les Toits de Kergoat\n", irt=rid(427),
           atts=[ATT('avis_virement_F-2026-0427.pdf', 'application/pdf', pdf)])
    save(L, 'kergoat_fr_proof_pdf_hier', m, 'fr', 'Les Toits de Kergoat', 'PDF proof of transfer attached, "hier"',
         facts='already_paid=2026-12-02')

    # h13 - request RIB
    m = mk(A('Service achats - Domaine de Cassagnes', 'achats@domaine-cassagnes.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0430'), D(12, 1, 16, 4),
           text="Bonjour,\n\nPour pouvoir créer votre fiche fournisseur, notre procédure impose un RIB au format PDF "
                "(l'IBAN dans le corps du mail ne suffit pas). Pouvez-vous nous le transmettre ?\n\nMerci,\n"
                "Odile Cassagnes\n", irt=rid(430))
    save(L, 'cassagnes_fr_request_rib_pdf', m, 'fr', 'Domaine de Cassagnes', 'asks for RIB as PDF', facts='request_rib=yes')

    # h14 - EN request invoice + IBAN
    m = mk(A('Finance Team | Northlight Apps', 'finance@northlight-apps.io'), OWNER, 'RE: ' + subj_en('INV-0436'), D(12, 2, 15, 51, off=60),
           text="Hello Anaïs,\n\nWe can't locate INV-0436 in our AP inbox - could you resend the invoice as a PDF and "
                "confirm your IBAN and BIC on company letterhead? Our controls require both before a new supplier can be paid.\n\n"
                "Thanks,\nTomás Herrera\nFinance Operations, Northlight Apps S.L.\n", irt=rid(436))
    save(L, 'northlight_en_request_invoice_iban', m, 'en', 'Northlight Apps', 'resend invoice + bank details',
         facts='request_invoice=yes;request_rib=yes')

    # h15 - "Noté."
    m = mk(A('Bruno Castaing', 'bruno.castaing@lesvignesducausse.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0409'), D(12, 1, 19, 3),
           text="Noté.\n\n" + "Le 30/11/2026 à 09:07, Anaïs Delorme a écrit :\n" + q(rem_fr('F-2026-0409', '640,00 €', '10/11/2026')),
           irt=rid(409, 2))
    save(L, 'causse_fr_one_word_note', m, 'fr', 'Les Vignes du Causse', 'one-word answer above quote')

    # h16 - "ok merci" from iPhone
    m = mk(A('Mathilde', 'mathilde.arnoult@example.org'), OWNER, 'Re: ' + subj_fr('F-2026-0434'), D(12, 4, 13, 17),
           text="ok merci\n\nEnvoyé de mon iPhone\n\n> Le 4 déc. 2026 à 09:00, Anaïs Delorme <anais@delorme-studio.fr> a écrit :\n>\n" +
                q(rem_fr('F-2026-0434', '350,00 €', '27/11/2026')), irt=rid(434))
    save(L, 'arnoult_fr_ok_merci_iphone', m, 'fr', 'Mathilde Arnoult (particulier)', 'two words, iPhone, apple quote')

    # h17 - different address, "début janvier"
    m = mk(A('Philippe Darrigade', 'p.darrigade@example.com'), OWNER, 'Facture F-2026-0402 / Brasserie du Vieux Port', D(12, 4, 8, 22),
           text="Bonjour Anaïs,\n\nVotre relance est arrivée sur la boîte contact@ de la brasserie, que je ne consulte plus "
                "guère ; je vous écris de mon adresse perso.\n\nNous sommes en pleine saison des fêtes, je vous propose un "
                "règlement début janvier, une fois la caisse de décembre encaissée. J'espère que cela vous convient.\n\n"
                "Philippe Darrigade\nBrasserie du Vieux Port\n")
    save(L, 'vieuxport_fr_other_address_debut_janvier', m, 'fr', 'Brasserie du Vieux Port',
         'fresh mail from personal address, no In-Reply-To, "début janvier"', facts='promise_date=early_2027-01',
         notes='reminder went to contact@ of the client; reply comes from another address and has no threading headers')

    # h18 - Outlook HTML only, "lundi 7 décembre"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1252"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            '<p class="MsoNormal">Bonjour Anaïs,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Le règlement de la facture F-2026-0424 sera effectué le lundi 7 décembre par virement.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Bien cordialement,<o:p></o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Céline Vautrin</span></b><br>Office manager<br>'
            'Vautrin &amp; Associés Géomètres-Experts<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            '<b>De&nbsp;:</b> Anaïs Delorme &lt;anais@delorme-studio.fr&gt;<br><b>Envoyé&nbsp;:</b> lundi 30 novembre 2026 09:08<br>'
            '<b>À&nbsp;:</b> Céline Vautrin<br><b>Objet&nbsp;:</b> Rappel : facture F-2026-0424 échue</p></div>'
            '<p class="MsoNormal">Bonjour,<br>Sauf erreur de ma part, la facture F-2026-0424 d\'un montant de 980,00 € TTC...</p>'
            '</div></body></html>')
    m = mk(A('Céline Vautrin', 'c.vautrin@vautrin-geometres.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0424'), D(12, 2, 11, 39),
           html=html, cs='windows-1252', irt=rid(424),
           extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdrHcT0b5xJq2m8fQk6wYt3pZc1uAA=='), ('Content-Language', 'fr')])
    save(L, 'vautrin_fr_outlook_html_only_lundi7', m, 'fr', 'Vautrin & Associés', 'Outlook HTML-only, cp1252, weekday + date',
         facts='promise_date=2026-12-07')

    # h19 - forward to colleague, owner in Cc, "virement groupé du 18"
    m = mk(A('Aurélie Desroches', 'aurelie.desroches@maison-brevard.fr'), A('Marc Brevard', 'marc.brevard@maison-brevard.fr'),
           'TR: ' + subj_fr('F-2026-0416'), D(12, 1, 9, 51), cc=OWNER,
           text="Marc,\n\nPeux-tu ajouter cette facture au virement groupé du 18 ? Le travail a bien été livré, rien à redire.\n"
                "Je mets Anaïs en copie pour qu'elle ait l'info.\n\nMerci !\nAurélie\n\n"
                "---------- Forwarded message ---------\nDe : Anaïs Delorme <anais@delorme-studio.fr>\n"
                "Date: lun. 30 nov. 2026 à 09:03\nSubject: " + subj_fr('F-2026-0416') + "\nTo: <aurelie.desroches@maison-brevard.fr>\n\n" +
                rem_fr('F-2026-0416', '1 125,00 €', '13/11/2026'), refs=rid(416))
    save(L, 'brevard_fr_fwd_colleague_cc_owner', m, 'fr', 'Maison Brevard', 'forward to colleague, owner in Cc, batch date',
         facts='promise_date=2026-12-18', notes='addressed to a colleague; owner only in Cc; References set but no In-Reply-To')

    # h20 - tu, "ce soir"
    m = mk(A('Seb Aubertin', 'seb@aubertin-photo.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0433'), D(12, 2, 17, 26),
           text="Salut Anaïs,\n\nDésolé j'ai complètement zappé avec le déménagement du studio. Je te fais le virement ce soir, promis.\n\n"
                "Bises\nSeb\n", irt=rid(433))
    save(L, 'aubertin_fr_tu_ce_soir', m, 'fr', 'Aubertin Photo', 'informal tu, "ce soir"', facts='promise_date=2026-12-02')

    # h21 - tu, "demain sans faute"
    m = mk(A('Lucie Fontanel', 'lucie@fontanel-ceramique.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0414'), D(12, 3, 22, 10),
           text="coucou, oui je sais, je suis à la bourre... je te règle demain sans faute !\n\nLucie\n-- \nFontanel Céramique\n"
                "Atelier & boutique - ouvert du mercredi au samedi\n", irt=rid(414, 2))
    save(L, 'fontanel_fr_tu_demain', m, 'fr', 'Fontanel Céramique', 'lowercase tu, "demain" late evening', facts='promise_date=2026-12-04')

    # h22 - question TVA
    m = mk(A('Olivier Brunel', 'o.brunel@brunel-menuiserie.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0425'), D(12, 1, 12, 44),
           text="Bonjour,\n\nAvant de payer, une question : votre facture ne fait pas apparaître de TVA. Vous êtes bien en "
                "franchise en base (art. 293 B du CGI) ? Mon comptable me demande de vérifier la mention.\n\n"
                "Merci\nOlivier Brunel\n", irt=rid(425))
    save(L, 'brunel_fr_question_vat', m, 'fr', 'Brunel Menuiserie', 'question about VAT mention, no commitment')

    # h23 - dispute work quality
    m = mk(A('Stéphanie Goujon', 'stephanie.goujon@solvia-conseil.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0401'), D(11, 30, 17, 2),
           text="Anaïs,\n\nJe suis surprise de recevoir une relance. Comme je vous l'ai écrit le 12 novembre, les maquettes "
                "livrées ne correspondent pas au brief (pas de version mobile, charte non respectée). Tant que les corrections "
                "ne sont pas faites, nous ne réglerons pas cette facture.\n\nStéphanie Goujon\nSolvia Conseil\n",
           irt=rid(401, 3))
    save(L, 'solvia_fr_dispute_quality', m, 'fr', 'Solvia Conseil', 'contests the work, refuses to pay', facts='dispute=yes',
         notes='"12 novembre" is the date of an earlier email, not a payment date')

    # h24 - EN "sometime next week"
    m = mk(A('Dan Whitcombe', 'dan@pebble-and-rye.com'), OWNER, 'Re: ' + subj_en('INV-0428'), D(11, 30, 16, 18, off=0),
           text="Hey Anaïs - apologies for the delay, our bookkeeper has been off sick. Payment should go out sometime next week.\n\n"
                "Cheers,\nDan\n\nSent from my iPhone", irt=rid(428))
    save(L, 'pebble_en_next_week', m, 'en', 'Pebble & Rye', 'vague "sometime next week", Sent from my iPhone',
         facts='promise_date=week_of_2026-12-07')

    # h25 - paiement à 45 jours fin de mois, 31 janvier
    m = mk(A('Direction financière - Transports Mazerolle', 'dafcomptable@transports-mazerolle.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0429'),
           D(12, 2, 8, 15), cs='iso-8859-1',
           text="Madame,\n\nConformément à nos conditions générales d'achat (paiement à 45 jours fin de mois), votre facture "
                "du 16 novembre sera réglée le 31 janvier prochain. Elle n'est donc pas échue de notre point de vue.\n\n"
                "Salutations distinguées,\n\nService comptabilité fournisseurs\nTransports Mazerolle SAS\n",
           irt=rid(429))
    save(L, 'mazerolle_fr_terms_31jan', m, 'fr', 'Transports Mazerolle', 'invokes 45 days EOM terms, explicit date',
         facts='promise_date=2027-01-31', notes='disagrees on due date but does not contest the invoice itself')

    # h26 - half paid today, rest on 20 Dec
    m = mk(A('Farida Haddad', 'farida@haddad-traiteur.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0419'), D(12, 2, 14, 2),
           text="Bonjour Anaïs,\n\nJ'ai fait ce matin un virement de 900 €, soit la moitié. Le solde suivra le 20 décembre, "
                "après nos prestations de fin d'année. J'espère que ça vous va.\n\nFarida Haddad\nHaddad Traiteur\n",
           irt=rid(419))
    save(L, 'haddad_fr_partial_now_rest_20dec', m, 'fr', 'Haddad Traiteur', 'partial payment today + promised balance',
         facts='already_paid=2026-12-02;promise_date=2026-12-20', notes='already_paid covers only half of the invoice')

    # h27 - EN dispute deliverables
    m = mk(A('Rebecca Osei', 'rebecca.osei@brightwater-ngo.org'), OWNER, 'Re: ' + subj_en('INV-0410'), D(12, 1, 10, 29, off=0),
           text="Dear Anaïs,\n\nWe have not received the final deliverables for phase 2 (the accessibility audit report). "
                "Until they are delivered we are disputing INV-0410 and have put it on hold in our system.\n\n"
                "Happy to discuss on a call.\n\nRebecca Osei\nProgrammes Manager, Brightwater\n\n"
                "Brightwater is a registered charity in England and Wales (no. 1190000). This email is confidential.\n",
           irt=rid(410, 2))
    save(L, 'brightwater_en_dispute_deliverables', m, 'en', 'Brightwater', 'dispute, on hold in AP', facts='dispute=yes')

    # h28 - "mardi prochain"
    m = mk(A('Vincent Lhermitte', 'vincent@lhermitte-audio.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0438'), D(12, 3, 9, 37),
           text="Bonjour,\nJe passe le virement mardi prochain, dès que l'acompte de notre client est arrivé.\nVincent\n",
           irt=rid(438))
    save(L, 'lhermitte_fr_mardi_prochain', m, 'fr', 'Lhermitte Audio', '"mardi prochain" said on Thursday', facts='promise_date=2026-12-08')

    # h29 - "en fin de mois"
    m = mk(A('Agnès Pellerin', 'agnes.pellerin@pellerin-fleurs.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0417'), D(12, 1, 18, 44),
           text="Bonjour,\n\nLe virement partira en fin de mois, comme toutes nos factures fournisseurs.\n\nCordialement\nAgnès Pellerin\n",
           irt=rid(417))
    save(L, 'pellerin_fr_fin_de_mois', m, 'fr', 'Pellerin Fleurs', '"en fin de mois"', facts='promise_date=2026-12-31',
         notes='end of the current month (December), read as 31 Dec')

    # h30 - "après-demain"
    m = mk(A('Régis Tournier', 'regis.tournier@tournier-btp.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0405'), D(11, 30, 18, 5),
           text="Bonsoir Madame,\n\nLa comptable est absente aujourd'hui et demain, elle fera le paiement après-demain.\n\n"
                "R. Tournier\nTournier BTP\n", irt=rid(405, 2))
    save(L, 'tournier_fr_apres_demain', m, 'fr', 'Tournier BTP', '"après-demain"', facts='promise_date=2026-12-02')

    # h31 - "sous huitaine"
    m = mk(A('Maître Isabelle Caradec', 'i.caradec@notaires-caradec.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0412'), D(12, 1, 15, 15),
           text="Madame,\n\nVotre facture a été transmise à notre service comptable, qui procédera au règlement sous huitaine.\n\n"
                "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nIsabelle Caradec\nNotaire\n\n"
                "Office notarial Caradec - Ce message et ses annexes sont confidentiels et destinés exclusivement à leurs "
                "destinataires. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification auprès de "
                "dpo@notaires-caradec.fr.\n", irt=rid(412))
    save(L, 'caradec_fr_sous_huitaine', m, 'fr', 'Office notarial Caradec', '"sous huitaine", formal', facts='promise_date=2026-12-09',
         notes='"sous huitaine" = within 8 days of Tue 1 Dec; 2026-12-09 chosen')

    # h32 - numeric date "le 9/12"
    m = mk(A('Adrien Saulnier', 'adrien@saulnier-escalade.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0437'), D(12, 2, 12, 1),
           text="Yes c'est prévu, virement programmé le 9/12.\nAdrien\n\nEnvoyé depuis Outlook pour Android\n", irt=rid(437))
    save(L, 'saulnier_fr_numeric_date', m, 'fr', 'Saulnier Escalade', 'numeric d/m date, Outlook Android', facts='promise_date=2026-12-09')

    # h33 - EN, "December 14th", long disclaimer, HTML+text
    txt = ("Hi Anaïs,\n\nI checked with our finance team and INV-0421 is scheduled to be paid on December 14th.\n\n"
           "Best regards,\nJonas Lindqvist\nHead of Product | Fjordline Software AB\n\n"
           "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
           "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure "
           "or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
           "and destroy all copies of the original message.\n")
    html = '<div dir="ltr">' + txt.replace('\n\n', '<br><br>').replace('\n', '<br>') + '</div>'
    m = mk(A('Jonas Lindqvist', 'jonas.lindqvist@fjordline-software.se'), OWNER, 'Re: ' + subj_en('INV-0421'), D(12, 3, 13, 48),
           text=txt, html=html, irt=rid(421))
    save(L, 'fjordline_en_dec14_disclaimer', m, 'en', 'Fjordline Software', 'month name + ordinal, confidentiality notice',
         facts='promise_date=2026-12-14')

    # h34 - "mi-décembre"
    m = mk(A('Guillaume Peyrot', 'gpeyrot@agence-lanterne.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0404'), D(12, 4, 10, 22),
           text="Bonjour Anaïs,\n\nOn attend nous-mêmes le paiement de notre client final (c'est pour lui que tu as travaillé). "
                "Normalement ça tombe mi-décembre et on te règle dans la foulée.\n\nGuillaume\nAgence Lanterne\n",
           irt=rid(404, 3))
    save(L, 'lanterne_fr_mi_decembre', m, 'fr', 'Agence Lanterne', 'conditional, "mi-décembre", tu',
         facts='promise_date=week_of_2026-12-14', notes='"mi-décembre" read as the week of 14 Dec; conditional on their client paying')

    # h35 - broken MIME: 8-bit cp1252 body, no charset declared
    raw = ("Return-Path: <compta@garage-pujol.fr>\n"
           "From: Garage Pujol <compta@garage-pujol.fr>\nTo: anais@delorme-studio.fr\n"
           "Subject: Re: Rappel : facture F-2026-0408 =?ISO-8859-1?Q?=E9chue?=\n"
           "Date: " + D(12, 1, 11, 18) + "\nMessage-ID: <000a01dbc3a1$5f2e1c40$1d8a54c0@PCCOMPTA>\n"
           "In-Reply-To: " + rid(408) + "\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n"
           "X-Mailer: Microsoft Office Outlook 12.0\n\n")
    body = ("Bonjour,\n\nRéglement effectué ce jour par chèque n° 0004127 envoyé à votre adresse postale.\n\n"
            "Salutations\nM. Pujol\nGarage Pujol - Mécanique générale\n")
    save(L, 'pujol_fr_cheque_undeclared_cp1252', raw.encode('ascii') + body.encode('cp1252'), 'fr', 'Garage Pujol',
         'no charset param, raw cp1252 8-bit body, cheque sent', facts='already_paid=2026-12-01',
         notes='cheque posted on Tue 1 Dec: claimed paid, money not yet seen')

    # h36 - request invoice + new billing address
    m = mk(A('Émilie Rocher', 'emilie.rocher@les-ateliers-bovary.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0432'), D(11, 30, 14, 9),
           text="Bonjour Anaïs,\n\nJe ne retrouve pas la facture dans nos mails (la pièce jointe n'est pas passée chez nous, je crois). "
                "Pouvez-vous me la renvoyer en PDF ? Au passage, notre adresse de facturation a changé : 4 allée des Tanneurs, "
                "76000 Rouen.\n\nMerci beaucoup,\nÉmilie\n", irt=rid(432))
    save(L, 'bovary_fr_resend_pdf_new_address', m, 'fr', 'Les Ateliers Bovary', 'resend invoice, address change', facts='request_invoice=yes')

    # h37 - never ordered
    m = mk(A('Direction Hôtel Les Salines', 'direction@hotel-lessalines.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0435'), D(12, 2, 19, 30),
           text="Bonjour,\n\nNous n'avons jamais commandé cette prestation et personne ici ne connaît votre société. "
                "Merci d'annuler cette facture et de cesser vos relances.\n\nLa direction\n", irt=rid(435))
    save(L, 'salines_fr_never_ordered', m, 'fr', 'Hôtel Les Salines', 'denies ordering, asks to cancel', facts='dispute=yes')

    # h38 - EN noted, chase internally
    m = mk(A('Olivia Grant', 'olivia.grant@tidewater-events.co.uk'), OWNER, 'Re: ' + subj_en('INV-0423'), D(12, 3, 8, 4, off=0),
           text="Thanks, noted - will chase internally.\n\nSent from my iPhone\n\n> On 30 Nov 2026, at 08:14, Anaïs Delorme "
                "<anais@delorme-studio.fr> wrote:\n>\n" + q(rem_en('INV-0423', '€860.00', '13 November 2026')), irt=rid(423))
    save(L, 'tidewater_en_noted_iphone', m, 'en', 'Tidewater Events', 'short ack, no date')

    # h39 - fresh mail: new quote request (not about the invoice)
    m = mk(A('Camille Ortega', 'camille@ortega-paysage.fr'), OWNER, 'Nouveau projet : site vitrine', D(12, 2, 10, 58),
           text="Bonjour Anaïs,\n\nJe vous contacte de la part de Lucie Fontanel, qui m'a dit le plus grand bien de votre travail. "
                "Nous souhaitons refaire notre site vitrine (une dizaine de pages, prise de rendez-vous en ligne). "
                "Seriez-vous disponible pour un appel la semaine prochaine afin d'en discuter et d'établir un devis ?\n\n"
                "Belle journée,\nCamille Ortega\nOrtega Paysage - 06 xx xx xx xx\n")
    save(L, 'ortega_fr_new_project_request', m, 'fr', 'Ortega Paysage', 'unrelated prospect email, mentions next week',
         notes='"la semaine prochaine" is about a call, not a payment: no promise_date')

    # h40 - "pas avant le 8 janvier"
    m = mk(A('Hugues Montferrand', 'h.montferrand@montferrand-industrie.fr'), OWNER, 'RE: ' + subj_fr('F-2026-0396'), D(12, 4, 16, 40),
           text="Madame Delorme,\n\nNous ne pourrons pas régler avant le 8 janvier, date de notre prochain comité de paiement. "
                "Votre facture y sera présentée et réglée ce jour-là.\n\nCordialement,\nH. Montferrand\nResponsable administratif\n"
                "Montferrand Industrie\n", irt=rid(396, 3))
    save(L, 'montferrand_fr_pas_avant_8_janvier', m, 'fr', 'Montferrand Industrie', 'negated "pas avant" then firm date',
         facts='promise_date=2027-01-08')

    # h41 - "on ne la conteste pas, on attend la validation"
    m = mk(A('Pauline Verdier', 'pauline.verdier@coop-lespaniers.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0413'), D(12, 1, 13, 20),
           text="Bonjour Anaïs,\n\nOn a bien reçu ta facture, on ne la conteste pas du tout ! Elle attend juste la signature du "
                "trésorier de la coopérative, qui n'est là qu'une fois par mois. Je te tiens au courant.\n\nPauline\n",
           irt=rid(413))
    save(L, 'lespaniers_fr_not_contested_waiting', m, 'fr', 'Coopérative Les Paniers', 'negated dispute, no date',
         notes='no dispute, no promise date')

    # h42 - EN already paid 25 Nov, top-posted with long thread
    t = ("Hi Anaïs,\n\nPayment was made on 25 November by wire (our ref. PAY-88213). It may take a few days as it was an "
         "international transfer from our HSBC account. Remittance details below.\n\nBeneficiary: Delorme Anais\n"
         "Amount: EUR 2,400.00\nReference: INV-0397\n\nRegards,\nMichael Tan\nOperations, Kiteline Pte Ltd (Singapore)\n\n"
         "-----Original Message-----\nFrom: Anaïs Delorme <anais@delorme-studio.fr>\nSent: Monday, 30 November 2026 4:01 PM\n"
         "To: Michael Tan\nSubject: " + subj_en('INV-0397') + "\n\n" + rem_en('INV-0397', '€2,400.00', '6 November 2026') +
         "\n-----Original Message-----\nFrom: Michael Tan\nSent: Friday, 6 November 2026 10:12 AM\nTo: Anaïs Delorme\n"
         "Subject: RE: INV-0397\n\nThanks, received. Will process with our next batch.\n")
    m = mk(A('Michael Tan', 'michael.tan@kiteline.sg'), OWNER, 'RE: ' + subj_en('INV-0397'), D(12, 1, 3, 12, off=0),
           text=t, irt=rid(397, 2))
    save(L, 'kiteline_en_paid_25nov_wire', m, 'en', 'Kiteline', 'top-posted, multi-level thread, wire ref',
         facts='already_paid=2026-11-25')

    # h43 - tu asks RIB
    m = mk(A('Jérémy', 'jeremy.lacaze@example.com'), OWNER, 'Re: ' + subj_fr('F-2026-0439'), D(12, 4, 19, 12),
           text="hello, tu peux me renvoyer ton RIB ? j'ai changé de banque et j'ai perdu tous mes bénéficiaires. je fais le virement dès que je l'ai\n",
           irt=rid(439))
    save(L, 'lacaze_fr_tu_rib', m, 'fr', 'Jérémy Lacaze (particulier)', 'tu, lowercase, asks RIB, conditional pay', facts='request_rib=yes')

    # h44 - paid to old IBAN
    m = mk(A('Corinne Abadie', 'c.abadie@abadie-sellerie.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0400'), D(12, 3, 11, 11),
           text="Bonjour,\n\nNous avons réglé cette facture le 20 novembre, mais je m'aperçois que c'était sur l'IBAN qui figurait "
                "sur votre ancienne facture (Banque Populaire). Pouvez-vous vérifier sur cet ancien compte ? S'il est clôturé "
                "le virement devrait nous revenir.\n\nCordialement,\nCorinne Abadie\n", irt=rid(400, 2))
    save(L, 'abadie_fr_paid_old_iban', m, 'fr', 'Abadie Sellerie', 'paid to a former account', facts='already_paid=2026-11-20')

    # h45 - EN outsourced accountant, run on 11 December
    m = mk(A('Payables - Harbour & Finch Accountants', 'payables@harbourfinch.ie'), OWNER, 'RE: ' + subj_en('INV-0440'), D(12, 4, 11, 30, off=0),
           text="Dear Anaïs,\n\nWe act as outsourced accountants for Corrib Digital Ltd. Your invoice INV-0440 has been "
                "approved by our client and is scheduled for payment in our next supplier run on 11 December.\n\n"
                "Please direct any further correspondence to this mailbox.\n\nKind regards,\nSiobhán Keane\n"
                "Harbour & Finch Accountants\n", irt=rid(440))
    save(L, 'harbourfinch_en_third_party_11dec', m, 'en', 'Harbour & Finch (for Corrib Digital)', 'third-party accountant answers',
         facts='promise_date=2026-12-11')

    # h46 - "je regarde demain et je reviens vers vous" (date is not a payment date)
    m = mk(A('Damien Roussillon', 'd.roussillon@roussillon-archi.fr'), OWNER, 'Re: ' + subj_fr('F-2026-0441'), D(11, 30, 20, 3),
           text="Bonsoir,\n\nJe regarde ça demain avec mon associée et je reviens vers vous.\n\nDamien\n\n"
                "Le lun. 30 nov. 2026 à 09:11, Anaïs Delorme <anais@delorme-studio.fr> a écrit :\n" +
                q(rem_fr('F-2026-0441', '1 890,00 €', '23/11/2026')), irt=rid(441))
    save(L, 'roussillon_fr_will_check_tomorrow', m, 'fr', 'Roussillon Architecture', '"demain" refers to checking, not paying',
         notes='no promise_date: only promises to look into it')


# ====================================================================== payment_notification
def tbl(rows, style='border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px'):
    return ('<table role="presentation" cellpadding="6" cellspacing="0" style="%s">' % style +
            ''.join('<tr><td style="color:#6b6b6b">%s</td><td style="font-weight:bold">%s</td></tr>' % r for r in rows) + '</table>')


def payments():
    L = 'payment_notification'
    NOREP_FR = "Ceci est un message automatique, merci de ne pas y répondre."

    # p01 Qonto - transfer received
    txt = ("Bonjour Anaïs,\n\nVous avez reçu un virement de 1 480,00 € sur votre compte Delorme Studio.\n\n"
           "Émetteur : FERRONNERIE LEBRUN\nMontant : +1 480,00 €\nRéférence : F-2026-0418\nDate : 04/12/2026\n\n"
           "Pensez à ajouter un justificatif à cette transaction depuis votre application Qonto.\n\n"
           "L'équipe Qonto\n\nQonto - Olinda SAS, 18 rue de Navarin, 75009 Paris. Établissement de paiement agréé par l'ACPR.\n")
    html = ('<html><body style="background:#f5f5f5"><div style="max-width:560px;margin:auto;background:#fff;padding:32px;font-family:Inter,Arial">'
            '<h1 style="font-size:22px">Vous avez reçu un virement</h1><p style="font-size:32px;color:#1d1d1b">+1 480,00 €</p>' +
            tbl([('Émetteur', 'FERRONNERIE LEBRUN'), ('Référence', 'F-2026-0418'), ('Compte', 'Delorme Studio - Compte principal'),
                 ('Date', '04/12/2026')]) +
            '<p><a href="https://app.qonto.com/transactions">Voir la transaction</a></p><p style="font-size:11px;color:#999">'
            'Qonto - Olinda SAS, établissement de paiement agréé par l\'ACPR.</p></div></body></html>')
    m = mk(A('Qonto', 'no-reply@qonto.com'), OWNER, 'Vous avez reçu un virement de 1 480,00 €', D(12, 4, 9, 31), text=txt, html=html)
    save(L, 'qonto_fr_transfer_received', m, 'fr', 'Qonto', 'transfer received, html card + text', provider='Qonto',
         direction='in', amount='1480.00', currency='EUR', payer='FERRONNERIE LEBRUN', reference='F-2026-0418',
         value_date='2026-12-04', cap='yes', notes='based on Qonto transaction notification wording (help.qonto.com)')

    # p02 Shine - "Virement reçu : 2 350,00 €" (subject carries amount)
    txt = ("Bonne nouvelle ! 🎉\n\nUn virement de OPTIQUE MARIVAUX vient d'arriver sur ton compte Shine.\n\n"
           "Montant : 2 760,00 €\nLibellé : VIR SEPA OPTIQUE MARIVAUX FACT F-2026-0422\nDate de valeur : 02/12/2026\n\n"
           "Tu peux le retrouver dans l'onglet Transactions de l'app.\n\nL'équipe Shine\n\n"
           "Tu reçois cet e-mail car les notifications de virements entrants sont activées dans ton espace Shine.\n")
    m = mk(A('Shine', 'notifications@shine.fr'), OWNER, 'Virement reçu : 2 760,00 €', D(12, 2, 16, 2), text=txt)
    save(L, 'shine_fr_virement_recu_tu', m, 'fr', 'Shine', 'tutoiement, emoji, amount in subject', provider='Shine',
         direction='in', amount='2760.00', currency='EUR', payer='OPTIQUE MARIVAUX', reference='VIR SEPA OPTIQUE MARIVAUX FACT F-2026-0422',
         value_date='2026-12-02', cap='yes')

    # p03 BNP Paribas - avis de crédit, HTML table only, latin-1
    html = ('<html><head><meta charset="iso-8859-1"></head><body style="font-family:Arial;font-size:13px">'
            '<img src="https://mabanque.bnpparibas/logo.png" alt="BNP PARIBAS"><p>Madame DELORME ANAIS,</p>'
            '<p>Nous vous informons qu\'une opération créditrice a été enregistrée sur votre compte professionnel n° ****4471.</p>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr style="background:#00965e;color:#fff">'
            '<th>Date</th><th>Libellé</th><th>Montant</th></tr><tr><td>01/12/2026</td>'
            '<td>VIR SEPA RECU /DE EDITIONS DU CORMORAN /MOTIF F2026 0403 AVOIR DEDUIT /REF 26335000187</td>'
            '<td align="right">+ 1 820,00 EUR</td></tr></table>'
            '<p>Ce message vous est adressé automatiquement dans le cadre du service Alertes. Merci de ne pas y répondre.</p>'
            '<p style="font-size:10px">BNP Paribas SA au capital de 2 261 621 342 euros - 662 042 449 RCS Paris</p></body></html>')
    m = mk(A('BNP Paribas', 'alertes@bnpparibas.com'), OWNER, 'Alerte : opération créditrice sur votre compte', D(12, 1, 22, 15),
           html=html, cs='iso-8859-1')
    save(L, 'bnp_fr_alerte_credit_table', m, 'fr', 'BNP Paribas', 'HTML-only table, latin-1, bank-style label', provider='BNP Paribas',
         direction='in', amount='1820.00', currency='EUR', payer='EDITIONS DU CORMORAN',
         reference='F2026 0403 AVOIR DEDUIT', value_date='2026-12-01', cap='yes')

    # p04 Crédit Agricole - alerte "mouvement créditeur supérieur à"
    txt = ("CREDIT AGRICOLE - ALERTE COMPTE\n\nBonjour,\n\nUn mouvement créditeur supérieur au seuil de 500,00 EUR "
           "a été enregistré sur votre compte ****8823 :\n\n30/11 VIR FERRANDI IMMOBILIER F-2026-0415    + 1 150,00 EUR\n\n"
           "Solde au 30/11/2026 : 6 412,58 EUR\n\nPour modifier vos alertes, rendez-vous sur votre espace Crédit Agricole en ligne.\n"
           "Cet e-mail est généré automatiquement, merci de ne pas y répondre.\n")
    m = mk(A('Credit Agricole', 'alertes@ca-mail.fr'), OWNER, 'Alerte : mouvement créditeur', D(11, 30, 23, 51), text=txt, cs='iso-8859-1')
    save(L, 'creditagricole_fr_mouvement_crediteur', m, 'fr', 'Crédit Agricole', 'threshold alert with balance', provider='Crédit Agricole',
         direction='in', amount='1150.00', currency='EUR', payer='FERRANDI IMMOBILIER', reference='F-2026-0415',
         value_date='2026-11-30', cap='yes')

    # p05 Boursorama - 2 virements reçus
    html = ('<html><body style="font-family:Helvetica"><p>Bonjour,</p><p><b>2 virements</b> ont été reçus sur votre compte '
            'Boursorama Pro.</p>' +
            tbl([('03/12/2026 · VIR INST TOURNIER BTP', '+ 2 300,00 €'),
                 ('03/12/2026 · VIR SEPA LHERMITTE AUDIO F-2026-0438', '+ 540,00 €')]) +
            '<p>Retrouvez le détail dans votre Espace Client.</p><p style="color:#888;font-size:11px">Ce message est envoyé '
            'automatiquement. Merci de ne pas y répondre. Boursorama, SA au capital de 53 371 100 €.</p></body></html>')
    m = mk(A('Boursorama Banque', 'notification@boursorama.fr'), OWNER, '2 virements reçus', D(12, 3, 18, 44), html=html)
    save(L, 'boursorama_fr_two_transfers', m, 'fr', 'Boursorama', 'plural, two credits in one notice', provider='Boursorama',
         direction='in|in', amount='2300.00|540.00', currency='EUR', payer='TOURNIER BTP|LHERMITTE AUDIO',
         reference='VIR INST TOURNIER BTP|F-2026-0438', value_date='2026-12-03|2026-12-03', cap='yes',
         notes='two identified payers; first one has no reference')

    # p06 Stripe - invoice paid by card (EN, Stripe Invoicing)
    txt = ("Payment received\n\nNorthlight Apps S.L. paid €1,240.00 for invoice INV-0436.\n\n"
           "Amount paid: €1,240.00\nPayment method: Visa •••• 4242\nDate paid: December 3, 2026\nInvoice number: INV-0436\n\n"
           "View invoice: https://dashboard.stripe.com/invoices/in_1QzD\n\n"
           "You're receiving this email because you're an administrator of Delorme Studio on Stripe.\n"
           "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080\n")
    m = mk(A('Stripe', 'notifications@stripe.com'), OWNER, 'Payment of €1,240.00 received for invoice INV-0436', D(12, 3, 14, 22, off=0), text=txt)
    save(L, 'stripe_en_invoice_paid_card', m, 'en', 'Stripe', 'Stripe Invoicing paid by card', provider='Stripe',
         direction='in', amount='1240.00', currency='EUR', payer='Northlight Apps S.L.', reference='INV-0436',
         value_date='2026-12-03', cap='yes', notes='card payment captured by PSP: money in for the owner')

    # p07 PayPal - Vous avez reçu un paiement
    html = ('<html><body style="font-family:PayPalOpen,Helvetica,Arial"><p>Bonjour Anaïs Delorme,</p>'
            '<h2>Vous avez reçu 350,00 € EUR de Mathilde Arnoult</h2><p>Le paiement figure désormais dans votre compte PayPal.</p>' +
            tbl([('Numéro de transaction', '7XK41922BD3381450'), ('Date de la transaction', '4 déc. 2026'),
                 ('Note de Mathilde Arnoult', 'facture F-2026-0434, merci !')]) +
            '<p>Aide et contact | Sécurité | Application</p><p style="font-size:11px;color:#666">Veuillez ne pas répondre à cet '
            'email. Les messages reçus à cette adresse ne sont pas lus. PayPal (Europe) S.à r.l. et Cie, S.C.A.</p></body></html>')
    m = mk(A('service@paypal.fr', 'service@paypal.fr'), OWNER, 'Vous avez reçu un paiement', D(12, 4, 14, 40), html=html)
    save(L, 'paypal_fr_paiement_recu', m, 'fr', 'PayPal', 'payer note carries invoice number', provider='PayPal',
         direction='in', amount='350.00', currency='EUR', payer='Mathilde Arnoult', reference='facture F-2026-0434, merci !',
         value_date='2026-12-04', cap='yes')

    # p08 Wise - GBP received
    txt = ("You've received 1,640.00 GBP\n\nHOLLOWBROOK STUDIO LTD sent you 1,640.00 GBP.\n\nIt's now in your GBP balance.\n"
           "Reference: INV-0431\n\nTransfer #1184572290\n\nThe Wise team\n\n"
           "Wise Europe SA, Rue du Trône 100, 1050 Brussels. You're receiving this email because you have a Wise Business account.\n")
    m = mk(A('Wise', 'noreply@wise.com'), OWNER, "You've received 1,640.00 GBP from HOLLOWBROOK STUDIO LTD", D(12, 4, 11, 5, off=0), text=txt)
    save(L, 'wise_en_gbp_received', m, 'en', 'Wise', 'foreign currency credit', provider='Wise',
         direction='in', amount='1640.00', currency='GBP', payer='HOLLOWBROOK STUDIO LTD', reference='INV-0431',
         value_date='2026-12-04', cap='yes', notes='invoice was in EUR (€1,950.00); paid in GBP')

    # p09 GoCardless - payment collected (direct debit from a client)
    txt = ("Bonjour Anaïs,\n\nLe paiement suivant a été prélevé avec succès :\n\nClient : Coopérative Les Paniers\n"
           "Montant : 95,00 €\nRéférence : ABO-DESIGN-DEC26\nDate de prélèvement : 01/12/2026\n\n"
           "Il sera inclus dans votre prochain virement GoCardless.\n\nL'équipe GoCardless\n\n"
           "GoCardless SAS, établissement de paiement agréé. Vous recevez cet e-mail car vous avez activé les notifications de paiement.\n")
    m = mk(A('GoCardless', 'notifications@gocardless.com'), OWNER, 'Paiement encaissé : Coopérative Les Paniers', D(12, 1, 7, 30), text=txt)
    save(L, 'gocardless_fr_payment_confirmed', m, 'fr', 'GoCardless', 'SEPA direct debit collected from client', provider='GoCardless',
         direction='in', amount='95.00', currency='EUR', payer='Coopérative Les Paniers', reference='ABO-DESIGN-DEC26',
         value_date='2026-12-01', cap='yes', notes='subscription maintenance fee, not one of the chased invoices')

    # p10 Revolut Business - EN received
    txt = ("You've received €2,040.00\n\nFrom: Les Toits de Kergoat\nTo: Delorme Studio · EUR account\nReference: F-2026-0427\n\n"
           "Open the Revolut Business app to see details.\n\nRevolut Bank UAB. Please don't reply to this automated message.\n")
    m = mk(A('Revolut Business', 'no-reply@revolut.com'), OWNER, "You've received €2,040.00 from Les Toits de Kergoat", D(12, 3, 8, 55), text=txt)
    save(L, 'revolut_en_received', m, 'en', 'Revolut Business', 'terse EN notice', provider='Revolut Business',
         direction='in', amount='2040.00', currency='EUR', payer='Les Toits de Kergoat', reference='F-2026-0427',
         value_date='2026-12-03', cap='yes')

    # p11 LCL - amount in subject only
    txt = ("Bonjour,\n\nUne opération a été créditée sur votre compte.\n\nPour en consulter le détail, connectez-vous à votre "
           "espace client LCL ou à l'application LCL Mes Comptes.\n\nLCL - Le Crédit Lyonnais\n" + NOREP_FR + "\n")
    m = mk(A('LCL', 'alertes@lcl.fr'), OWNER, 'Crédit de 960,00 EUR sur votre compte ****2290', D(12, 2, 6, 10), text=txt)
    save(L, 'lcl_fr_amount_subject_only', m, 'fr', 'LCL', 'amount only in subject, body says log in', provider='LCL',
         direction='in', amount='960.00', currency='EUR', payer='', reference='', value_date='2026-12-02', cap='yes',
         notes='payer not named in the notice; value date = notice date (assumed)')

    # p12 Pennylane bank feed
    txt = ("Nouvelle transaction synchronisée\n\nCompte : Qonto - Delorme Studio\n+3 120,00 €  VIR SEPA VAUTRIN ET ASSOCIES "
           "FACTURE F-2026-0424 ET F-2026-0426B\nDate : 07/12/2026 (valeur)\n\nStatut : rapprochée automatiquement avec 2 factures clients.\n\n"
           "Pennylane - vous recevez cet e-mail car vous suivez les encaissements de ce compte.\n")
    m = mk(A('Pennylane', 'notifications@pennylane.com'), OWNER, 'Encaissement de 3 120,00 € rapproché', D(12, 4, 7, 2), text=txt)
    save(L, 'pennylane_fr_feed_reconciled', m, 'fr', 'Pennylane', 'accounting bank feed, value date after notice date', provider='Pennylane',
         direction='in', amount='3120.00', currency='EUR', payer='VAUTRIN ET ASSOCIES',
         reference='FACTURE F-2026-0424 ET F-2026-0426B', value_date='2026-12-07', cap='yes',
         notes='one transfer covering two invoices; Pennylane-style feed')

    # p13 Mollie
    txt = ("Nieuwe betaling / Nouveau paiement\n\nVous avez reçu un nouveau paiement de 75,00 € via Carte bancaire.\n\n"
           "Description : Atelier UX - 12 déc. - Billet\nClient : Inès Carvalho\nID : tr_WDqYK6vllg\nDate : 1 déc. 2026\n\n"
           "Mollie B.V. - Vous recevez cet e-mail car les notifications de paiement sont activées.\n")
    m = mk(A('Mollie', 'noreply@mollie.com'), OWNER, 'Nouveau paiement reçu : 75,00 €', D(12, 1, 20, 18), text=txt)
    save(L, 'mollie_fr_new_payment', m, 'fr', 'Mollie', 'small card payment for a workshop ticket', provider='Mollie',
         direction='in', amount='75.00', currency='EUR', payer='Inès Carvalho', reference='Atelier UX - 12 déc. - Billet',
         value_date='2026-12-01', cap='yes')

    # p14 Lydia / Sumeria
    txt = ("Seb Aubertin t'a envoyé 420,00 €\n\n« facture 433 + pardon pour le retard »\n\nL'argent est disponible sur ton compte Sumeria.\n\n"
           "Sumeria (anciennement Lydia). Tu reçois cet e-mail car tu as activé les notifications par e-mail.\n")
    m = mk(A('Sumeria', 'noreply@sumeria.eu'), OWNER, "Seb Aubertin t'a envoyé 420,00 €", D(12, 2, 23, 4), text=txt)
    save(L, 'sumeria_fr_p2p_received', m, 'fr', 'Lydia/Sumeria', 'P2P app, informal note', provider='Lydia/Sumeria',
         direction='in', amount='420.00', currency='EUR', payer='Seb Aubertin', reference='facture 433 + pardon pour le retard',
         value_date='2026-12-02', cap='yes')

    # p15 SumUp payout (aggregate)
    txt = ("Bonjour,\n\nNous avons effectué un versement de 412,30 € sur votre compte bancaire se terminant par 652.\n\n"
           "Période : 26/11/2026 - 29/11/2026\nNombre de transactions : 9\nFrais : 7,70 €\nDate du versement : 30/11/2026\n\n"
           "Consultez le détail dans la rubrique Versements de votre compte SumUp.\n\nSumUp Limited - " + NOREP_FR + "\n")
    m = mk(A('SumUp', 'no-reply@sumup.com'), OWNER, 'Votre versement de 412,30 € est en route', D(11, 30, 10, 0), text=txt)
    save(L, 'sumup_fr_payout', m, 'fr', 'SumUp', 'payout bundling 9 card sales, fees deducted', provider='SumUp',
         direction='in', amount='412.30', currency='EUR', payer='SumUp', reference='', value_date='2026-11-30', cap='no_aggregate')

    # p16 Stripe payout paid (FR)
    txt = ("Un virement de 2 918,44 € a été envoyé sur votre compte bancaire\n\nMontant : 2 918,44 €\nArrivée estimée : 2 déc. 2026\n"
           "Compte bancaire : QONTO •••• 8652\nID du virement : po_1QyGd2L7vT8s\n\n"
           "Ce virement regroupe 6 paiements et 1 remboursement.\n\n"
           "Vous recevez cet e-mail parce que vous êtes administrateur de Delorme Studio sur Stripe.\n")
    m = mk(A('Stripe', 'notifications@stripe.com'), OWNER, 'Votre virement Stripe de 2 918,44 € est en route', D(12, 1, 4, 12, off=0), text=txt)
    save(L, 'stripe_fr_payout_sent', m, 'fr', 'Stripe', 'payout, aggregate, estimated arrival', provider='Stripe',
         direction='in', amount='2918.44', currency='EUR', payer='Stripe', reference='po_1QyGd2L7vT8s', value_date='2026-12-02',
         cap='no_aggregate')

    # p17 Crédit Mutuel - virement instantané reçu
    txt = ("Crédit Mutuel - Information\n\nVous avez reçu un virement instantané.\n\nMontant : 1 890,00 EUR\n"
           "Donneur d'ordre : ROUSSILLON ARCHITECTURE SARL\nMotif : REGLEMENT F 2026 0441\nDate : 04/12/2026 à 15:27\n\n"
           "Ce courriel est envoyé automatiquement ; merci de ne pas y répondre.\n")
    m = mk(A('Credit Mutuel', 'noreply@creditmutuel.fr'), OWNER, 'Virement instantané reçu', D(12, 4, 15, 28), text=txt, cs='iso-8859-1')
    save(L, 'creditmutuel_fr_instant_received', m, 'fr', 'Crédit Mutuel/CIC', 'instant transfer, time given', provider='Crédit Mutuel',
         direction='in', amount='1890.00', currency='EUR', payer='ROUSSILLON ARCHITECTURE SARL', reference='REGLEMENT F 2026 0441',
         value_date='2026-12-04', cap='yes')

    # p18 Remittance advice from client AP system
    txt = ("AVIS DE PAIEMENT / PAYMENT ADVICE\n\nFournisseur : DELORME STUDIO (n° 0000418872)\nÉmetteur : GROUPE SORELEC SA\n"
           "Date de paiement : 07/12/2026\nMode : Virement SEPA\n\n"
           "N° facture        Date facture   Montant TTC\nF-2026-0411       02/11/2026     2 280,00\n"
           "-------------------------------------------\nTOTAL                            2 280,00 EUR\n\n"
           "Ce message est généré automatiquement par notre système comptable. Pour toute question : "
           "comptabilite.fournisseurs@groupe-sorelec.fr\n")
    m = mk(A('SAP Notification', 'sap-noreply@groupe-sorelec.fr'), OWNER, 'Avis de paiement 2000184523 - DELORME STUDIO', D(12, 4, 5, 40),
           text=txt, cs='iso-8859-1')
    save(L, 'sorelec_fr_remittance_advice', m, 'fr', 'Groupe Sorelec (AP system)', 'SAP-style remittance advice, future pay date',
         provider='', direction='in', amount='2280.00', currency='EUR', payer='GROUPE SORELEC SA', reference='F-2026-0411',
         value_date='2026-12-07', cap='no_claim', notes='announced by the payer, not seen by a bank')

    # ---- not money in ----
    # p19 Qonto card payment
    txt = ("Paiement par carte\n\n-47,90 € chez SNCF CONNECT\nCarte : Anaïs D. •••• 3318 (physique)\nDate : 01/12/2026 07:42\n\n"
           "Ajoutez le justificatif maintenant : répondez à cet e-mail avec la facture en pièce jointe ou utilisez l'app.\n\n"
           "Qonto - Olinda SAS. Vous recevez cet e-mail car les notifications de paiement par carte sont activées.\n")
    m = mk(A('Qonto', 'no-reply@qonto.com'), OWNER, 'Paiement de 47,90 € chez SNCF CONNECT', D(12, 1, 7, 43), text=txt)
    save(L, 'qonto_fr_card_spend', m, 'fr', 'Qonto', 'card spend, asks for receipt', provider='Qonto',
         direction='out', amount='47.90', currency='EUR', value_date='2026-12-01', cap='no', reference='SNCF CONNECT')

    # p20 Shine outgoing transfer
    txt = ("Ton virement est parti ✈️\n\nBénéficiaire : LA RUCHE COWORKING BORDEAUX\nMontant : 280,00 €\n"
           "Libellé : Loyer bureau décembre\nExécution : 01/12/2026\n\nL'équipe Shine\n")
    m = mk(A('Shine', 'notifications@shine.fr'), OWNER, 'Virement de 280,00 € envoyé', D(12, 1, 9, 2), text=txt)
    save(L, 'shine_fr_outgoing_transfer', m, 'fr', 'Shine', 'outgoing transfer executed', provider='Shine',
         direction='out', amount='280.00', currency='EUR', reference='Loyer bureau décembre', value_date='2026-12-01', cap='no')

    # p21 Société Générale - prélèvement à venir
    txt = ("SOCIETE GENERALE\n\nMadame,\n\nNous vous informons qu'un prélèvement SEPA sera présenté sur votre compte ****0917 :\n\n"
           "Créancier : OVH SAS\nMontant : 23,99 EUR\nDate d'échéance : 05/12/2026\nRéférence unique de mandat : OVH-FR-3348871\n\n"
           "Si vous contestez ce prélèvement, vous pouvez le révoquer depuis votre Espace Client avant la date d'échéance.\n\n"
           "Ce message est envoyé automatiquement. Merci de ne pas y répondre.\n")
    m = mk(A('Société Générale', 'noreply@societegenerale.fr'), OWNER, 'Information : prélèvement à venir', D(12, 2, 8, 1),
           text=txt, cs='iso-8859-1')
    save(L, 'sg_fr_upcoming_direct_debit', m, 'fr', 'Société Générale', 'announced outgoing direct debit', provider='Société Générale',
         direction='out', amount='23.99', currency='EUR', reference='OVH-FR-3348871', value_date='2026-12-05', cap='no',
         notes='pre-notification of a debit not yet taken')

    # p22 La Banque Postale - frais / commission d'intervention
    txt = ("La Banque Postale\n\nMadame DELORME,\n\nUne commission d'intervention de 8,00 EUR a été prélevée le 02/12/2026 sur votre "
           "compte professionnel suite à la présentation d'une opération en dépassement d'autorisation.\n\n"
           "Le détail de vos frais figure dans votre relevé mensuel.\n\nCe message est un e-mail automatique, merci de ne pas y répondre.\n")
    m = mk(A('La Banque Postale', 'ne-pas-repondre@labanquepostale.fr'), OWNER, 'Frais bancaires prélevés sur votre compte', D(12, 3, 6, 30), text=txt)
    save(L, 'lbp_fr_fee_charged', m, 'fr', 'La Banque Postale', 'bank fee debited', provider='La Banque Postale',
         direction='out', amount='8.00', currency='EUR', reference="commission d'intervention", value_date='2026-12-02', cap='no')

    # p23 N26 card declined
    txt = ("Paiement refusé\n\nTa transaction de 129,00 € chez ADOBE *CREATIVE CLD a été refusée : solde insuffisant sur ton "
           "Espace principal.\n\nAlimente ton compte puis réessaie.\n\nN26 Bank AG. Tu reçois cet e-mail car il concerne la sécurité de ton compte.\n")
    m = mk(A('N26', 'no-reply@n26.com'), OWNER, 'Ton paiement par carte a été refusé', D(12, 2, 2, 14), text=txt)
    save(L, 'n26_fr_card_declined', m, 'fr', 'N26', 'card payment declined', provider='N26',
         direction='failed', amount='129.00', currency='EUR', reference='ADOBE *CREATIVE CLD', value_date='2026-12-02', cap='no')

    # p24 Revolut transfer returned
    txt = ("Your transfer was returned\n\nThe €600.00 you sent to Marco Bellini (IT60 X054 **** 0123) was returned by the "
           "recipient's bank. Reason: account closed.\n\nThe money is back in your EUR account.\n\nRevolut Business\n")
    m = mk(A('Revolut Business', 'no-reply@revolut.com'), OWNER, 'Transfer to Marco Bellini returned', D(12, 3, 10, 3), text=txt)
    save(L, 'revolut_en_outgoing_returned', m, 'en', 'Revolut Business', 'outgoing transfer returned, money back (not a client payment)',
         provider='Revolut Business', direction='failed', amount='600.00', currency='EUR', reference='Marco Bellini',
         value_date='2026-12-03', cap='no', notes='money comes back but it is the owner\'s own money: not a payment')

    # p25 Stripe dispute
    txt = ("Un client a contesté un paiement\n\nOuverture d'un litige de 420,00 € (paiement py_3Qx8 du 12 nov. 2026 de "
           "client@exemple-boutique.fr).\nMotif : produit non reçu\nRéponse attendue avant le : 14 déc. 2026\n\n"
           "Les fonds contestés et des frais de litige de 15,00 € ont été retirés de votre solde.\n\n"
           "Répondre au litige : https://dashboard.stripe.com/disputes/du_1QzE\n\n"
           "Vous recevez cet e-mail parce que vous êtes administrateur de Delorme Studio sur Stripe.\n")
    m = mk(A('Stripe', 'notifications@stripe.com'), OWNER, 'Litige ouvert : 420,00 € - action requise', D(12, 2, 13, 9, off=0), text=txt)
    save(L, 'stripe_fr_dispute_opened', m, 'fr', 'Stripe', 'chargeback with fee and deadline', provider='Stripe',
         direction='chargeback', amount='420.00', currency='EUR', reference='py_3Qx8', value_date='2026-12-02', cap='no')

    # p26 PayPal refund sent
    html = ('<html><body style="font-family:Arial"><p>Bonjour Anaïs Delorme,</p><p>Vous avez envoyé un remboursement de '
            '<b>60,00 € EUR</b> à Inès Carvalho.</p>' + tbl([('Numéro de transaction', '2FD81993LM5521722'),
                                                               ('Date', '30 nov. 2026'), ('Motif', 'Annulation atelier')]) +
            '<p style="font-size:11px">Veuillez ne pas répondre à cet email. PayPal (Europe) S.à r.l. et Cie, S.C.A.</p></body></html>')
    m = mk(A('service@paypal.fr', 'service@paypal.fr'), OWNER, 'Vous avez envoyé un remboursement', D(11, 30, 17, 26), html=html)
    save(L, 'paypal_fr_refund_sent', m, 'fr', 'PayPal', 'refund issued to buyer', provider='PayPal',
         direction='refund', amount='60.00', currency='EUR', reference='2FD81993LM5521722', value_date='2026-11-30', cap='no')

    # p27 Fortuneo statement
    txt = ("Fortuneo\n\nBonjour,\n\nVotre relevé de compte du mois de novembre 2026 est disponible dans votre espace client, "
           "rubrique e-Documents.\n\nÀ bientôt,\nFortuneo\n\nCet e-mail vous est adressé automatiquement, merci de ne pas y répondre.\n")
    m = mk(A('Fortuneo', 'noreply@fortuneo.fr'), OWNER, 'Votre relevé de compte est disponible', D(12, 3, 5, 12), text=txt)
    save(L, 'fortuneo_fr_statement_ready', m, 'fr', 'Fortuneo', 'monthly statement available', provider='Fortuneo',
         direction='statement', currency='EUR', cap='no')

    # p28 Caisse d'Épargne low balance
    txt = ("Caisse d'Epargne - Alerte solde\n\nLe solde de votre compte ****5521 est passé sous le seuil de 500,00 EUR.\n"
           "Solde au 01/12/2026 : 312,44 EUR\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n")
    m = mk(A("Caisse d'Epargne", 'alertes@caisse-epargne.fr'), OWNER, 'Alerte solde faible', D(12, 1, 6, 2), text=txt, cs='iso-8859-1')
    save(L, 'caisseepargne_fr_low_balance', m, 'fr', "Caisse d'Épargne",
         'balance below threshold', provider="Caisse d'Épargne", direction='statement', amount='312.44', currency='EUR',
         value_date='2026-12-01', cap='no', notes='amount is the balance, not a movement')

    # p29 Wise - incoming payment on hold, needs verification
    txt = ("We need more information about a payment you received\n\nHi Anaïs,\n\nWe've received 4,800.00 EUR from KITELINE PTE LTD "
           "for your account, but we need to check a few details before we can add it to your balance.\n\n"
           "Please tell us what this payment is for and upload an invoice by December 9.\n\nUntil then, the money stays on hold.\n\n"
           "The Wise team\n")
    m = mk(A('Wise', 'noreply@wise.com'), OWNER, 'Action needed: a payment to you is on hold', D(12, 2, 9, 48, off=0), text=txt)
    save(L, 'wise_en_incoming_on_hold', m, 'en', 'Wise', 'incoming payment held for verification', provider='Wise',
         direction='none', amount='4800.00', currency='EUR', payer='KITELINE PTE LTD', value_date='', cap='no',
         notes='money announced but not credited yet')

    # p30 Stripe payout failed
    txt = ("Your payout of €1,506.20 failed\n\nWe attempted to send €1,506.20 to your bank account ending in 4471, but the bank "
           "returned it: the account holder name does not match.\n\nThe funds have been returned to your Stripe balance. "
           "Update your bank details to resume payouts.\n\nYou're receiving this email because you're an administrator of Delorme Studio on Stripe.\n")
    m = mk(A('Stripe', 'notifications@stripe.com'), OWNER, 'Action required: your payout failed', D(12, 4, 3, 20, off=0), text=txt)
    save(L, 'stripe_en_payout_failed', m, 'en', 'Stripe', 'payout returned by bank', provider='Stripe',
         direction='failed', amount='1506.20', currency='EUR', value_date='2026-12-04', cap='no')

    # p31 GoCardless - payment failed (client's direct debit)
    txt = ("Bonjour Anaïs,\n\n1 paiement a échoué\n\nClient : Agence Lanterne\nMontant : 1 350,00 €\nRéférence : F-2026-0404\n"
           "Motif : provision insuffisante\n\nNous retenterons automatiquement le prélèvement le 09/12/2026.\n\n"
           "L'équipe GoCardless\n")
    m = mk(A('GoCardless', 'notifications@gocardless.com'), OWNER, '1 paiement a échoué', D(12, 3, 7, 10), text=txt)
    save(L, 'gocardless_fr_payment_failed', m, 'fr', 'GoCardless', 'client direct debit bounced, auto retry', provider='GoCardless',
         direction='failed', amount='1350.00', currency='EUR', payer='Agence Lanterne', reference='F-2026-0404', value_date='2026-12-03',
         cap='no')

    # p32 Qonto - incoming transfer returned / rejected
    txt = ("Bonjour Anaïs,\n\nUn virement de 1 200,00 € émis par ABADIE SELLERIE vers votre ancien compte a été rejeté puis "
           "retourné à l'émetteur (motif : compte clôturé).\n\nAucun montant n'a été crédité sur votre compte Qonto.\n\nL'équipe Qonto\n")
    m = mk(A('Qonto', 'no-reply@qonto.com'), OWNER, 'Virement entrant rejeté', D(12, 4, 12, 31), text=txt)
    save(L, 'qonto_fr_incoming_rejected', m, 'fr', 'Qonto', 'incoming transfer rejected, nothing credited', provider='Qonto',
         direction='failed', amount='1200.00', currency='EUR', payer='ABADIE SELLERIE', value_date='2026-12-04', cap='no',
         notes='payer named but money never arrived')

    # p33 PayPal - payment pending (held)
    txt = ("Bonjour Anaïs Delorme,\n\nDan Whitcombe vous a envoyé un paiement de 1 100,00 € EUR. Ce paiement est actuellement en "
           "attente et sera disponible sur votre solde sous 21 jours, sauf litige.\n\nPourquoi ? Vous recevez peu de paiements "
           "pour des biens et services : nous conservons temporairement les fonds.\n\nVeuillez ne pas répondre à cet email.\nPayPal\n")
    m = mk(A('service@paypal.fr', 'service@paypal.fr'), OWNER, 'Paiement reçu en attente', D(12, 1, 21, 9), text=txt)
    save(L, 'paypal_fr_payment_on_hold', m, 'fr', 'PayPal', 'payment pending / held 21 days', provider='PayPal',
         direction='none', amount='1100.00', currency='EUR', payer='Dan Whitcombe', cap='no',
         notes='based on PayPal "solde en attente" wording')

    # p34 Boursorama refund received
    txt = ("Bonjour,\n\nUn remboursement de 34,99 € a été crédité sur votre carte Visa Business ****7710.\n"
           "Commerçant : AMAZON EU SARL\nDate : 03/12/2026\n\nBoursorama - Ce message est envoyé automatiquement.\n")
    m = mk(A('Boursorama Banque', 'notification@boursorama.fr'), OWNER, 'Remboursement sur votre carte', D(12, 3, 19, 47), text=txt)
    save(L, 'boursorama_fr_card_refund', m, 'fr', 'Boursorama', 'merchant refund on card', provider='Boursorama',
         direction='refund', amount='34.99', currency='EUR', reference='AMAZON EU SARL', value_date='2026-12-03', cap='no')

    # p35 LCL weekly card recap
    txt = ("Vos dépenses carte de la semaine\n\nDu 23/11 au 29/11/2026 - Carte ****0044\n\n"
           "24/11  MONOPRIX BORDEAUX       18,42\n25/11  FIGMA INC. SAN FRANCI    45,00\n27/11  TOTALENERGIES 33        61,30\n"
           "28/11  FNAC.COM                89,99\n\nTotal : 214,71 EUR\n\nLCL - " + NOREP_FR + "\n")
    m = mk(A('LCL', 'alertes@lcl.fr'), OWNER, 'Récapitulatif hebdomadaire de vos dépenses carte', D(11, 30, 7, 15), text=txt)
    save(L, 'lcl_fr_weekly_card_recap', m, 'fr', 'LCL', 'weekly card spending summary', provider='LCL',
         direction='statement', amount='214.71', currency='EUR', cap='no', notes='summary of several card payments')

    # p36 BNP - own direct debit rejected
    txt = ("Madame,\n\nLe prélèvement de 311,00 EUR présenté le 01/12/2026 par URSSAF AQUITAINE (cotisations) n'a pu être "
           "honoré faute de provision suffisante et a été rejeté.\n\nDes frais de rejet de 20,00 EUR ont été appliqués.\n\n"
           "BNP Paribas - Ce message est envoyé automatiquement.\n")
    m = mk(A('BNP Paribas', 'alertes@bnpparibas.com'), OWNER, 'Rejet de prélèvement sur votre compte', D(12, 2, 7, 45), text=txt, cs='iso-8859-1')
    save(L, 'bnp_fr_direct_debit_rejected', m, 'fr', 'BNP Paribas', 'owner\'s debit rejected + fee', provider='BNP Paribas',
         direction='failed', amount='311.00', currency='EUR', reference='URSSAF AQUITAINE', value_date='2026-12-01', cap='no')

    # p37 Shine - cheque deposit pending
    txt = ("Remise de chèque en cours de traitement\n\nOn a bien reçu ta remise de chèque : 1 320,00 € (chèque n° 0004127, "
           "GARAGE PUJOL).\n\nLe montant sera crédité sur ton compte sous 3 à 5 jours ouvrés après vérification.\n\nL'équipe Shine\n")
    m = mk(A('Shine', 'notifications@shine.fr'), OWNER, 'Ta remise de chèque est en cours', D(12, 4, 17, 15), text=txt)
    save(L, 'shine_fr_cheque_pending', m, 'fr', 'Shine', 'cheque deposit pending', provider='Shine',
         direction='none', amount='1320.00', currency='EUR', payer='GARAGE PUJOL', reference='chèque n° 0004127', cap='no')

    # p38 Mollie chargeback EN
    txt = ("Chargeback received\n\nA chargeback of €75.00 has been received for payment tr_Hh2kQ9pLzq (Inès Carvalho).\n"
           "Reason: Cancelled recurring transaction\nThe amount plus a €15.00 fee will be deducted from your next settlement.\n\n"
           "Mollie B.V., Keizersgracht 126, Amsterdam\n")
    m = mk(A('Mollie', 'noreply@mollie.com'), OWNER, 'Chargeback received for tr_Hh2kQ9pLzq', D(12, 4, 8, 8), text=txt)
    save(L, 'mollie_en_chargeback', m, 'en', 'Mollie', 'chargeback deducted from settlement', provider='Mollie',
         direction='chargeback', amount='75.00', currency='EUR', reference='tr_Hh2kQ9pLzq', value_date='2026-12-04', cap='no')

    # p39 SumUp refund issued
    txt = ("Remboursement effectué\n\nVous avez remboursé 25,00 € au titulaire de la carte Mastercard •••• 9012.\n"
           "Transaction d'origine : 28/11/2026 - Code : TDR3KQ8W\n\nSumUp - " + NOREP_FR + "\n")
    m = mk(A('SumUp', 'no-reply@sumup.com'), OWNER, 'Remboursement de 25,00 € effectué', D(11, 30, 16, 50), text=txt)
    save(L, 'sumup_fr_refund_issued', m, 'fr', 'SumUp', 'refund to card holder', provider='SumUp',
         direction='refund', amount='25.00', currency='EUR', reference='TDR3KQ8W', value_date='2026-11-30', cap='no')

    # p40 Revolut card payment EN
    txt = ("Card payment: €23.40 at Notion Labs\n\nCard •••• 5120 (virtual)\nDec 1, 2026, 09:14\n\n"
           "Add a receipt in the app to keep your expenses tidy.\n\nRevolut Business\n")
    m = mk(A('Revolut Business', 'no-reply@revolut.com'), OWNER, '€23.40 at Notion Labs', D(12, 1, 9, 15), text=txt)
    save(L, 'revolut_en_card_payment', m, 'en', 'Revolut Business', 'card spend, subject is merchant + amount', provider='Revolut Business',
         direction='out', amount='23.40', currency='EUR', reference='Notion Labs', value_date='2026-12-01', cap='no')

    # p41 Hello bank! virement instantané reçu
    html = ('<html><body style="font-family:Arial;color:#222"><p>Bonjour,</p><p>Vous avez reçu un virement instantané de '
            '<b>630,00 €</b>.</p>' + tbl([('De', 'M OU MME PELLERIN AGNES'), ('Motif', 'fact 0417 acompte'), ('Date', '04/12/2026')]) +
            '<p>Hello bank! - Hello bank! est une marque de BNP Paribas.</p><p style="font-size:10px">' + NOREP_FR + '</p></body></html>')
    m = mk(A('Hello bank!', 'noreply@hellobank.fr'), OWNER, 'Virement instantané reçu', D(12, 4, 18, 2), html=html)
    save(L, 'hellobank_fr_instant_partial', m, 'fr', 'Hello bank!', 'instant transfer, partial payment ("acompte")', provider='Hello bank!',
         direction='in', amount='630.00', currency='EUR', payer='M OU MME PELLERIN AGNES', reference='fact 0417 acompte',
         value_date='2026-12-04', cap='yes', notes='payer is the client\'s personal account; partial payment')

    # p42 Indy-style daily digest, mixed transactions
    txt = ("Vos transactions du 02/12/2026\n\nCompte pro ****8652\n\n"
           "+ 900,00 €   VIR HADDAD TRAITEUR ACOMPTE F-2026-0419\n"
           "- 11,00 €    PRLV QONTO ABONNEMENT SOLO\n"
           "- 64,80 €    CB AMAZON WEB SERVICES\n\n"
           "Pensez à catégoriser ces transactions dans Indy.\n\nVous recevez cet e-mail car vous avez activé le résumé quotidien.\n")
    m = mk(A('Indy', 'notifications@indy.fr'), OWNER, '3 nouvelles transactions', D(12, 3, 7, 0), text=txt)
    save(L, 'indy_fr_daily_digest_mixed', m, 'fr', 'Indy', 'daily feed digest, one credit + two debits', provider='Indy',
         direction='in|out|out', amount='900.00|11.00|64.80', currency='EUR', payer='HADDAD TRAITEUR||',
         reference='ACOMPTE F-2026-0419|QONTO ABONNEMENT SOLO|AMAZON WEB SERVICES',
         value_date='2026-12-02|2026-12-02|2026-12-02', cap='yes', notes='counts_as_payment refers to the single credit')

    # p43 Banque Populaire - outgoing transfer pending strong authentication
    txt = ("Banque Populaire\n\nVotre virement de 1 050,00 EUR vers DUPRAT ILLUSTRATION est en attente de validation.\n\n"
           "Pour des raisons de sécurité, confirmez cette opération dans votre application Banque Populaire (Sécur'Pass) "
           "avant le 02/12/2026 23:59. Passé ce délai, il sera annulé.\n\nMessage automatique, merci de ne pas répondre.\n")
    m = mk(A('Banque Populaire', 'ne-pas-repondre@banquepopulaire.fr'), OWNER, 'Virement en attente de validation', D(12, 2, 11, 30), text=txt)
    save(L, 'bp_fr_outgoing_pending_sca', m, 'fr', 'Banque Populaire', 'outgoing transfer awaiting strong authentication',
         provider='Banque Populaire', direction='out', amount='1050.00', currency='EUR', reference='DUPRAT ILLUSTRATION',
         value_date='', cap='no', notes='subcontractor payment, not yet executed')

    # p44 Société Générale - virement permanent exécuté
    txt = ("Madame,\n\nVotre virement permanent a été exécuté :\nBénéficiaire : DELORME ANAIS - LIVRET A\nMontant : 300,00 EUR\n"
           "Date : 30/11/2026\n\nSociété Générale - message automatique.\n")
    m = mk(A('Société Générale', 'noreply@societegenerale.fr'), OWNER, 'Exécution de votre virement permanent', D(11, 30, 8, 20), text=txt)
    save(L, 'sg_fr_standing_order', m, 'fr', 'Société Générale', 'standing order to own savings', provider='Société Générale',
         direction='out', amount='300.00', currency='EUR', reference='LIVRET A', value_date='2026-11-30', cap='no')


# ====================================================================== auto_reply
def autos():
    L = 'auto_reply'

    # a01 Outlook "Réponse automatique :" with headers
    m = mk(A('Nathalie Ruffier', 'n.ruffier@groupe-sorelec.fr'), OWNER, 'Réponse automatique : ' + subj_fr('F-2026-0411'), D(11, 30, 9, 6),
           text="Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 7 décembre. Pour toute urgence comptable, "
                "merci de contacter comptabilite.fournisseurs@groupe-sorelec.fr.\n\nCordialement,\nNathalie Ruffier\n",
           irt=rid(411), cs='windows-1252',
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                  ('X-MS-Exchange-Inbox-Rules-Loop', 'n.ruffier@groupe-sorelec.fr'), ('Thread-Topic', subj_fr('F-2026-0411'))])
    save(L, 'sorelec_fr_outlook_ooo_return7', m, 'fr', 'Exchange Online (Groupe Sorelec)', 'Outlook OOF, Auto-Submitted, return date',
         facts='ooo_until=2026-12-07')

    # a02 Gmail vacation EN
    m = mk(A('Priya Natarajan', 'priya@hollowbrook-studio.co.uk'), OWNER, 'Out of office: ' + subj_en('INV-0431'), D(11, 30, 9, 11, off=0),
           text="Hi there,\n\nThanks for your email. I'm on annual leave with limited access to email and will be back on "
                "Monday 14 December. For anything urgent please contact hello@hollowbrook-studio.co.uk.\n\nPriya\n",
           irt=rid(431), extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'), ('X-Autoreply', 'yes')])
    save(L, 'hollowbrook_en_gmail_vacation', m, 'en', 'Gmail vacation responder', 'Gmail vacation, X-Autoreply',
         facts='ooo_until=2026-12-14', notes='same client later answered in person (h04)')

    # a03 "Absence du bureau" no auto headers, back 4 Jan
    m = mk(A('Thierry Vasquez', 't.vasquez@atelier-vasquez.fr'), OWNER, 'Absence du bureau', D(12, 3, 9, 2),
           text="Bonjour,\n\nL'atelier est fermé pour congés annuels. Je traiterai votre message à mon retour, le lundi 4 janvier 2027.\n\n"
                "Bonnes fêtes de fin d'année !\nThierry Vasquez\n")
    save(L, 'vasquez_fr_absence_no_headers', m, 'fr', 'Atelier Vasquez', 'no Auto-Submitted, no In-Reply-To, generic subject',
         facts='ooo_until=2027-01-04')

    # a04 AP autoresponder FR
    m = mk(A('Comptabilité Fournisseurs', 'factures@transports-mazerolle.fr'), OWNER, 'Accusé de réception - ' + subj_fr('F-2026-0429'),
           D(11, 30, 9, 13), irt=rid(429),
           text="Ceci est un message automatique.\n\nNous accusons réception de votre courriel. Les factures sont traitées dans un "
                "délai de 10 jours ouvrés à compter de leur réception. Nos conditions de paiement sont de 45 jours fin de mois "
                "à date de facture.\n\nToute facture ne mentionnant pas de numéro de commande sera rejetée.\n\n"
                "Pour le suivi de vos règlements, merci de ne pas relancer avant l'échéance.\n\nService Comptabilité Fournisseurs\n"
                "Transports Mazerolle SAS\n", extra=[('Auto-Submitted', 'auto-generated')])
    save(L, 'mazerolle_fr_ap_autoresponder', m, 'fr', 'Transports Mazerolle AP', 'AP autoresponder quoting payment terms')

    # a05 AP autoresponder EN
    m = mk(A('Accounts Payable', 'ap@fjordline-software.se'), OWNER, 'Automatic reply: ' + subj_en('INV-0421'), D(11, 30, 9, 14),
           irt=rid(421),
           text="Thank you for contacting Fjordline Accounts Payable.\n\nInvoices are paid according to our standard terms of "
                "30 days net, in our weekly payment run. Please make sure your invoice quotes a valid PO number and is sent as "
                "a PDF to invoices@fjordline-software.se.\n\nWe aim to respond to payment status queries within 5 business days.\n\n"
                "This mailbox is not monitored for replies.\n", extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    save(L, 'fjordline_en_ap_autoresponder', m, 'en', 'Fjordline AP', 'EN AP autoresponder, terms + PO requirement')

    # a06 helpdesk ticket FR
    m = mk(A('Support Northlight', 'support@northlight-apps.io'), OWNER, '[Demande #48213] ' + subj_en('INV-0436'), D(11, 30, 9, 15),
           irt=rid(436), reply_to='support+id48213@northlight-apps.io',
           text="##- Merci de répondre au-dessus de cette ligne -##\n\nBonjour,\n\nNous avons bien reçu votre demande (#48213). "
                "Notre équipe vous répondra dans les meilleurs délais, généralement sous 2 jours ouvrés.\n\n"
                "Vous pouvez ajouter des informations en répondant à cet e-mail.\n\nL'équipe Support Northlight\n\n"
                "Ce message a été envoyé à anais@delorme-studio.fr par Zendesk.\n",
           extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer')])
    save(L, 'northlight_fr_zendesk_ticket', m, 'fr', 'Zendesk (Northlight)', 'helpdesk ticket acknowledgement')

    # a07 MDN read receipt (Outlook FR)
    raw = ("Return-Path: <c.vautrin@vautrin-geometres.fr>\nFrom: =?utf-8?q?C=C3=A9line_Vautrin?= <c.vautrin@vautrin-geometres.fr>\n"
           "To: anais@delorme-studio.fr\nSubject: Lu : " + S(subj_fr('F-2026-0424')) + "\nDate: " + D(11, 30, 10, 2) + "\n"
           "Message-ID: <AM9PR02MB7321A0D6E3@AM9PR02MB7321.eurprd02.prod.outlook.com>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"_mdn_b1_\"\n\n"
           "--_mdn_b1_\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
           "Votre message\n\n  À : Céline Vautrin\n  Objet : " + subj_fr('F-2026-0424') + "\n  Envoyé : lundi 30 novembre 2026 09:08:12 (UTC+01:00)\n\n"
           "a été lu le lundi 30 novembre 2026 10:02:40 (UTC+01:00).\n\n"
           "--_mdn_b1_\nContent-Type: message/disposition-notification\n\n"
           "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;c.vautrin@vautrin-geometres.fr\n"
           "Original-Message-ID: " + rid(424) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--_mdn_b1_--\n")
    save(L, 'vautrin_fr_mdn_read_receipt', raw, 'fr', 'Outlook MDN', 'multipart/report disposition-notification "Lu :"')

    # a08 Thunderbird-style receipt EN
    raw = ("Return-Path: <jonas.lindqvist@fjordline-software.se>\nFrom: Jonas Lindqvist <jonas.lindqvist@fjordline-software.se>\n"
           "To: anais@delorme-studio.fr\nSubject: Return Receipt (displayed) - " + subj_en('INV-0421') + "\nDate: " + D(11, 30, 13, 1) + "\n"
           "Message-ID: <c1f0a9e3-77b2-4d1b@fjordline-software.se>\nUser-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"------------mdnRR22\"\n\n"
           "--------------mdnRR22\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
           "This is a Return Receipt for the mail that you sent to jonas.lindqvist@fjordline-software.se.\n\n"
           "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
           "There is no guarantee that the recipient has read or understood the message contents.\n\n"
           "--------------mdnRR22\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n\n"
           "Reporting-UA: fjordline-software.se; Thunderbird 128.5.0\nFinal-Recipient: rfc822;jonas.lindqvist@fjordline-software.se\n"
           "Original-Message-ID: " + rid(421) + "\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
           "--------------mdnRR22--\n")
    save(L, 'fjordline_en_thunderbird_receipt', raw, 'en', 'Thunderbird MDN', 'Return Receipt (displayed)')

    # a09 challenge-response
    m = mk(A('MailVigile', 'verify@mailvigile.example'), OWNER, 'Vérification requise : votre message à r.tournier@tournier-btp.fr',
           D(11, 30, 9, 16), irt=rid(405),
           text="Bonjour,\n\nVotre message « " + subj_fr('F-2026-0405') + " » adressé à r.tournier@tournier-btp.fr est en attente.\n\n"
                "Ce destinataire utilise MailVigile pour se protéger du spam. Pour que votre message soit remis, merci de confirmer "
                "que vous êtes un humain en cliquant sur le lien ci-dessous (une seule fois) :\n\n"
                "https://confirm.mailvigile.example/c/7Hk2pQ9x\n\nSans confirmation sous 7 jours, votre message sera supprimé.\n\n"
                "Confirm you are human - this is an automated challenge/response message.\n",
           extra=[('Auto-Submitted', 'auto-replied')])
    save(L, 'mailvigile_fr_challenge_response', m, 'fr', 'MailVigile (fictional C/R service)', 'challenge-response, confirm human')

    # a10 maternity leave, no return date
    m = mk(A('Émilie Rocher', 'emilie.rocher@les-ateliers-bovary.fr'), OWNER, 'Réponse automatique : ' + subj_fr('F-2026-0432'), D(12, 4, 9, 1),
           irt=rid(432, 2),
           text="Bonjour,\n\nJe suis actuellement en congé maternité. Pendant mon absence, merci d'adresser vos demandes à "
                "Paul Giraud (paul.giraud@les-ateliers-bovary.fr) pour la comptabilité et les factures.\n\nÉmilie Rocher\n",
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    save(L, 'bovary_fr_ooo_no_return_date', m, 'fr', 'Exchange Online (Ateliers Bovary)', 'OOO without a return date, redirects',
         notes='no ooo_until: no date given')

    # a11 EN "back on Monday", X-Autoreply only
    m = mk(A('Rebecca Osei', 'rebecca.osei@brightwater-ngo.org'), OWNER, 'Auto: ' + subj_en('INV-0410'), D(12, 2, 15, 40, off=0),
           irt=rid(410, 3),
           text="Thank you for your message. I'm out of the office at a field visit and will be back on Monday. "
                "I'll reply as soon as I can.\n\nRebecca\n", extra=[('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')])
    save(L, 'brightwater_en_back_monday', m, 'en', 'Brightwater mail server', 'relative return day, X-Autoreply header only',
         facts='ooo_until=2026-12-07', notes='Wed 2 Dec: "Monday" = 7 Dec')

    # a12 bilingual Outlook "Automatic reply:" return 21/12
    m = mk(A('Karim Benali', 'k.benali@groupe-sorelec.fr'), OWNER, 'Automatic reply: Re: ' + subj_fr('F-2026-0411'), D(12, 3, 16, 2),
           irt=rid(411, 2), cs='windows-1252',
           text="[FR] Je suis en déplacement jusqu'au 18/12 sans accès à mes e-mails. Je serai de retour le 21/12.\n"
                "[EN] I am travelling until 18/12 with no access to e-mail. I will be back on 21/12.\n\nKarim Benali\n",
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    save(L, 'sorelec_fr_en_bilingual_return21', m, 'fr', 'Exchange Online (Groupe Sorelec)', 'bilingual FR/EN, numeric dates',
         facts='ooo_until=2026-12-21')

    # a13 obsolete mailbox, use Chorus Pro
    m = mk(A('Ne pas répondre - Mairie de Saint-Aubin-des-Landes', 'factures@mairie-staubin-landes.fr'), OWNER,
           'Message automatique - adresse non surveillée', D(12, 1, 9, 30), irt=rid(444),
           text="Ce message est une réponse automatique.\n\nCette adresse n'est plus consultée. Depuis le 1er janvier 2020, les "
                "factures à destination des collectivités publiques doivent obligatoirement être déposées sur Chorus Pro "
                "(https://chorus-pro.gouv.fr), SIRET destinataire 210000000 00018.\n\nAucune suite ne sera donnée aux factures envoyées par e-mail.\n",
           extra=[('Auto-Submitted', 'auto-replied')])
    save(L, 'mairie_fr_unmonitored_chorus', m, 'fr', 'Mairie de Saint-Aubin-des-Landes', 'unmonitored mailbox, redirects to Chorus Pro')

    # a14 "absent jusqu'au 2 janvier inclus"
    m = mk(A('Isabelle Caradec', 'i.caradec@notaires-caradec.fr'), OWNER, 'Absent(e) : ' + subj_fr('F-2026-0412'), D(12, 4, 9, 4),
           irt=rid(412, 2),
           text="L'office notarial sera fermé du 19 décembre au 2 janvier inclus. Je suis par ailleurs absente jusqu'au 2 janvier inclus.\n"
                "En cas d'urgence : accueil@notaires-caradec.fr - 02 98 xx xx xx.\n",
           extra=[('Auto-Submitted', 'auto-replied')])
    save(L, 'caradec_fr_absent_until_2jan', m, 'fr', 'Office notarial Caradec', '"absente jusqu\'au ... inclus"', facts='ooo_until=2027-01-02',
         notes='last day of absence given (inclusive), not the return day')

    # a15 accountant firm shared inbox ack
    m = mk(A('Cabinet Lemaire Expertise', 'contact@lemaire-expertise.fr'), OWNER, 'Nous avons bien reçu votre message', D(12, 2, 9, 5),
           irt=rid(446),
           text="Bonjour,\n\nMerci pour votre message, qui a bien été transmis au collaborateur en charge de votre dossier. "
                "Nous nous efforçons de répondre sous 48 heures ouvrées.\n\nEn période d'établissement des bilans, ce délai peut être allongé.\n\n"
                "Cabinet Lemaire Expertise - Expert-comptable inscrit à l'Ordre\n",
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Autorespond', 'yes')])
    save(L, 'lemaire_fr_shared_inbox_ack', m, 'fr', 'Cabinet Lemaire Expertise', 'shared inbox 48h acknowledgement')


# ====================================================================== bounce
def orig_headers(to, inv, n, date, en=False):
    return ("Return-Path: <anais@delorme-studio.fr>\nFrom: =?utf-8?q?Ana=C3=AFs_Delorme?= <anais@delorme-studio.fr>\n"
            "To: " + to + "\nSubject: " + S(subj_en(inv) if en else subj_fr(inv)) + "\nDate: " + date + "\n"
            "Message-ID: " + rid(n) + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


def dsn(frm, subj, date, mid, human, reporting_mta, rcpt, action, status, diag, orig, boundary, extra='',
        arrival=None, rest=None, human_ct='text/plain; charset=us-ascii', third='text/rfc822-headers'):
    s = ("Return-Path: <>\nReceived: from " + reporting_mta + " by mx2.mail.ovh.net with ESMTPS; " + date + "\n"
         "From: " + frm + "\nTo: anais@delorme-studio.fr\nSubject: " + subj + "\nDate: " + date + "\nMessage-ID: " + mid + "\n"
         + extra + "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
         "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + boundary + "\"\n\n"
         "This is a MIME-encapsulated message.\n\n--" + boundary + "\nContent-Type: " + human_ct + "\n"
         "Content-Transfer-Encoding: 8bit\n\n" + human + "\n--" + boundary + "\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; " + reporting_mta + "\n" + ("Arrival-Date: " + arrival + "\n" if arrival else "") +
         "\nFinal-Recipient: rfc822; " + rcpt + "\nAction: " + action + "\nStatus: " + status + "\n" +
         ("Remote-MTA: dns; " + rest + "\n" if rest else "") + "Diagnostic-Code: smtp; " + diag + "\n\n"
         "--" + boundary + "\nContent-Type: " + third + "\n\n" + orig + "\n--" + boundary + "--\n")
    return s


def bounces():
    L = 'bounce'

    # b01 Gmail 550 5.1.1
    rc = 'studio.perrin.design@gmail.com'
    d = D(11, 30, 9, 20, off=-480)
    human = ("** Address not found **\n\nYour message wasn't delivered to " + rc + " because the address couldn't be found, "
             "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
             "the recipient's email address for typos or unnecessary spaces. For more information, go to "
             "https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7f1a si1234567pfb.88 - gsmtp\n")
    s = dsn('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', d,
            '<67a1b2c3.050a0220.1f2e3d.BAAB@mx.google.com>', human, 'mx.google.com', rc, 'failed', '5.1.1',
            "550-5.1.1 The email account that you tried to reach does not exist. si1234567pfb.88 - gsmtp",
            orig_headers(rc, 'F-2026-0442', 442, D(11, 30, 9, 19)), '000000000000a1b2c3d4e5f60718',
            extra='X-Failed-Recipients: ' + rc + '\n', rest='gmail-smtp-in.l.google.com', human_ct='text/plain; charset="UTF-8"',
            third='message/rfc822')
    save(L, 'gmail_en_nosuchuser', s, 'en', 'Gmail', '550 5.1.1 NoSuchUser, X-Failed-Recipients', facts='failed_recipient=' + rc,
         notes='recipient address is fictional')

    # b02 Exchange Online NDR, HTML human part
    rc = 'compta@agence-nacre.fr'
    human = ('<html><body><p style="font-family:Segoe UI;font-size:16px;color:#c00000"><b>Votre message à ' + rc +
             ' n\'a pas pu être remis.</b></p><p>' + rc + ' n\'a pas été trouvé dans le domaine agence-nacre.fr.</p>'
             '<p><b>anais</b> (Expéditeur) &rarr; Office 365 &rarr; <b>compta</b> (Action requise : Destinataire)</p>'
             '<p><b>Comment résoudre le problème</b><br>Vérifiez l\'adresse du destinataire et renvoyez le message.</p>'
             '<p style="font-size:11px">Serveur à l\'origine : PR3P191MB0987.EURP191.PROD.OUTLOOK.COM<br>'
             'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'</p></body></html>')
    s = dsn('postmaster@outlook.com', 'Non remis : ' + S(subj_fr('F-2026-0443')), D(12, 1, 9, 3),
            '<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@PR3P191MB0987.EURP191.PROD.OUTLOOK.COM>', human,
            'PR3P191MB0987.EURP191.PROD.OUTLOOK.COM', rc, 'failed', '5.1.10',
            '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
            orig_headers(rc, 'F-2026-0443', 443, D(12, 1, 9, 2)), 'B_3a9f_NDR', human_ct='text/html; charset="utf-8"',
            extra='X-MS-Exchange-Message-Is-Ndr: \nContent-Language: fr-FR\n')
    save(L, 'exchange_fr_recipient_not_found', s, 'fr', 'Exchange Online', 'Outlook NDR, HTML human part, 5.1.10',
         facts='failed_recipient=' + rc)

    # b03 Orange quota
    rc = 'menuiserie.perrigaud.c@orange.fr'
    human = ("Ce message a été généré automatiquement par le serveur de messagerie.\n\nVotre message n'a pas pu être remis à un "
             "ou plusieurs destinataires :\n\n  " + rc + "\n    552 5.2.2 Boîte aux lettres pleine / mailbox full\n\n"
             "La boîte du destinataire a dépassé son quota. Vous pouvez réessayer plus tard.\n")
    s = dsn('MAILER-DAEMON@orange.fr (Mail Delivery System)', 'Mail delivery failed: returning message to sender', D(12, 2, 10, 14),
            '<E1tRq2a-0004Xy-9K@smtp-out.orange.fr>', human, 'smtp-out.orange.fr', rc, 'failed', '5.2.2',
            '552 5.2.2 Mailbox full', orig_headers(rc, 'F-2026-0445', 445, D(12, 2, 10, 13)), '----=_Part_8814_ora',
            human_ct='text/plain; charset="utf-8"')
    save(L, 'orange_fr_mailbox_full', s, 'fr', 'Orange/Wanadoo', 'quota exceeded 552 5.2.2', facts='failed_recipient=' + rc)

    # b04 Free postfix
    rc = 'g.marechal-batiment@free.fr'
    human = ("This is the mail system at host smtp2-g21.free.fr.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<" + rc + ">: host mx1.free.fr[212.27.48.6] said: 550 5.1.1\n"
             "    <" + rc + ">: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n")
    s = dsn('MAILER-DAEMON@smtp2-g21.free.fr (Mail Delivery System)', 'Undelivered Mail Returned to Sender', D(12, 3, 11, 47),
            '<20261203104701.7A3C04E2@smtp2-g21.free.fr>', human, 'smtp2-g21.free.fr', rc, 'failed', '5.1.1',
            '550 5.1.1 <' + rc + '>: Recipient address rejected: User unknown in virtual mailbox table',
            orig_headers(rc, 'F-2026-0447', 447, D(12, 3, 11, 46)), '7A3C04E2.1764758821/smtp2-g21.free.fr', rest='mx1.free.fr')
    save(L, 'free_fr_postfix_user_unknown', s, 'en', 'Free', 'Postfix bounce from free.fr', facts='failed_recipient=' + rc)

    # b05 OVH delay warning
    rc = 'direction@hotel-lessalines.fr'
    human = ("This is the mail system at host mo201.mail-out.ovh.net.\n\n####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
             "It will be retried until it is 5 day(s) old.\n\n                   The mail system\n\n<" + rc + ">: connect to\n"
             "    mx.hotel-lessalines.fr[203.0.113.45]:25: Connection timed out\n")
    s = dsn('MAILER-DAEMON@mo201.mail-out.ovh.net (Mail Delivery System)', 'Delayed Mail (still being retried)', D(12, 2, 23, 33),
            '<20261202223300.1B2F@mo201.mail-out.ovh.net>', human, 'mo201.mail-out.ovh.net', rc, 'delayed', '4.4.1',
            'connect to mx.hotel-lessalines.fr[203.0.113.45]:25: Connection timed out',
            orig_headers(rc, 'F-2026-0435', 435, D(12, 2, 19, 31)), '1B2F.1764714780/mo201.mail-out.ovh.net',
            arrival=D(12, 2, 19, 31))
    save(L, 'ovh_en_delay_warning', s, 'en', 'OVH', 'delay warning, Action: delayed, 4.4.1',
         facts='failed_recipient=' + rc + ';bounce_final=no', notes='the same client replied in person earlier (h37)')

    # b06 Postfix spam reject 554
    rc = 'contact@imprimerie-daubigny.fr'
    human = ("This is the mail system at host mail.delorme-studio.fr.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n                   The mail system\n\n<" + rc + ">: host\n"
             "    mx.imprimerie-daubigny.fr[192.0.2.17] said: 554 5.7.1 Service unavailable;\n"
             "    Client host [198.51.100.24] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n")
    s = dsn('MAILER-DAEMON@mail.delorme-studio.fr (Mail Delivery System)', 'Undelivered Mail Returned to Sender', D(12, 4, 9, 9),
            '<20261204080901.AA11@mail.delorme-studio.fr>', human, 'mail.delorme-studio.fr', rc, 'failed', '5.7.1',
            '554 5.7.1 Service unavailable; Client host [198.51.100.24] blocked using zen.spamhaus.org',
            orig_headers(rc, 'F-2026-0448', 448, D(12, 4, 9, 8)), 'AA11.1764835741/mail.delorme-studio.fr', rest='mx.imprimerie-daubigny.fr')
    save(L, 'postfix_en_blocklist_reject', s, 'en', 'Postfix (owner relay)', '554 5.7.1 blocklist rejection', facts='failed_recipient=' + rc)

    # b07 Exim plain text, no delivery-status part
    rc = 'factures@cave-du-pressoir.fr'
    raw = ("Return-Path: <>\nFrom: Mail Delivery System <Mailer-Daemon@srv12.hebergeur-mutualise.example>\n"
           "To: anais@delorme-studio.fr\nSubject: Mail delivery failed: returning message to sender\nDate: " + D(12, 1, 14, 12) + "\n"
           "Message-Id: <E1tS0aQ-0007pB-2Z@srv12.hebergeur-mutualise.example>\nX-Failed-Recipients: " + rc + "\nAuto-Submitted: auto-replied\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
           "  " + rc + "\n    mailbox is inactive or has been disabled\n\n------ This is a copy of the message, including all the headers. ------\n\n" +
           orig_headers(rc, 'F-2026-0449', 449, D(12, 1, 14, 11)) + "\n" + rem_fr('F-2026-0449', '720,00 EUR', '20/11/2026').replace('é', 'e').replace('à', 'a').replace('ï', 'i'))
    save(L, 'exim_en_plain_no_dsn', raw, 'en', 'Exim (shared hosting)', 'plain-text bounce, no message/delivery-status part',
         facts='failed_recipient=' + rc)

    # b08 Exchange on-prem FR, legacy text
    rc = 'j.berthelot@sarl-berthelot-elec.fr'
    human = ("Votre message n'a pas pu être remis à certains destinataires.\n\nObjet : " + subj_fr('F-2026-0450') + "\n"
             "Envoyé le : 30/11/2026 09:24\n\nLe destinataire suivant n'a pas pu être atteint :\n\n"
             "      Berthelot Jérôme le 30/11/2026 09:25\n            L'adresse de messagerie que vous avez entrée est introuvable.\n"
             "            <SRV-EXCH01.berthelot.local #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>\n")
    s = dsn('System Administrator <postmaster@sarl-berthelot-elec.fr>', 'Non remis : ' + S(subj_fr('F-2026-0450')), D(11, 30, 9, 25),
            '<8D7A31E2B4C5F3@SRV-EXCH01.berthelot.local>', human, 'SRV-EXCH01.berthelot.local', rc, 'failed', '5.1.1',
            '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', orig_headers(rc, 'F-2026-0450', 450, D(11, 30, 9, 24)),
            '----_=_NextPart_001_01DBC3A2.7F1E', human_ct='text/plain; charset="iso-8859-1"')
    save(L, 'exchange_onprem_fr_non_remis', s, 'fr',
         'Exchange on-premises', 'legacy French NDR "Non remis"', facts='failed_recipient=' + rc,
         notes='human part declared iso-8859-1 but written as UTF-8 (mislabelled charset, as some gateways do)')

    # b09 Gmail domain not found
    rc = 'paiements@studio-orfeu.example'
    human = ("** Address not found **\n\nYour message wasn't delivered to " + rc + " because the domain studio-orfeu.example "
             "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of studio-orfeu.example responded with code NXDOMAIN\n"
             "Domain name not found: studio-orfeu.example\n")
    s = dsn('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', D(12, 3, 10, 40, off=-480),
            '<6750c0a1.170a0220.3b1c2d.8E21@mx.google.com>', human, 'mx.google.com', rc, 'failed', '5.1.2',
            "DNS Error: DNS type 'mx' lookup of studio-orfeu.example responded with code NXDOMAIN",
            orig_headers(rc, 'INV-0451', 451, D(12, 3, 10, 39), en=True), '000000000000f0e1d2c3b4a59687',
            extra='X-Failed-Recipients: ' + rc + '\n', human_ct='text/plain; charset="UTF-8"')
    save(L, 'gmail_en_domain_not_found', s, 'en', 'Gmail', 'NXDOMAIN, 5.1.2', facts='failed_recipient=' + rc,
         notes='owner relays through Google Workspace in this case')

    # b10 Sendmail "Returned mail: see transcript"
    rc = 'admin@legacy.cabinet-herault.fr'
    human = ("The original message was received at Thu, 3 Dec 2026 15:02:11 +0100\nfrom mail.delorme-studio.fr [198.51.100.24]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n<" + rc + ">\n"
             "    (reason: 550 5.1.1 <" + rc + ">... User unknown)\n\n   ----- Transcript of session follows -----\n"
             "... while talking to legacy.cabinet-herault.fr.:\n>>> DATA\n<<< 550 5.1.1 <" + rc + ">... User unknown\n"
             "550 5.1.1 <" + rc + ">... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n")
    s = dsn('Mail Delivery Subsystem <MAILER-DAEMON@legacy.cabinet-herault.fr>', 'Returned mail: see transcript for details',
            D(12, 3, 15, 2), '<202612031402.4B3E2Bq9012345@legacy.cabinet-herault.fr>', human, 'legacy.cabinet-herault.fr', rc,
            'failed', '5.1.1', '550 5.1.1 <' + rc + '>... User unknown', orig_headers(rc, 'F-2026-0452', 452, D(12, 3, 15, 1)),
            '4B3E2Bq9012345.1764770531/legacy.cabinet-herault.fr', arrival='Thu, 3 Dec 2026 15:02:11 +0100')
    save(L, 'sendmail_en_user_unknown', s, 'en', 'Sendmail', 'classic sendmail transcript', facts='failed_recipient=' + rc)


# ====================================================================== other
def others():
    L = 'other'
    U = "\n\nVous recevez cet e-mail car vous êtes inscrit(e) à notre newsletter. Se désinscrire : https://%s/unsubscribe\n"

    # o01 Qonto newsletter
    html = ('<html><body style="font-family:Inter,Arial"><h1>Les nouveautés de décembre ✨</h1><p>Bonjour Anaïs,</p>'
            '<p>Facturation électronique 2026 : tout ce qui change pour les indépendants, et comment Qonto vous accompagne.</p>'
            '<ul><li>Recevez vos factures fournisseurs au format Factur-X</li><li>Nouveau : les virements programmés par lots</li>'
            '<li>Webinar le 10 décembre : préparer sa clôture</li></ul><p><a href="https://qonto.com/fr/blog">Lire l\'article</a></p>'
            '<p style="font-size:11px">Vous recevez cet e-mail car vous êtes client Qonto. <a href="https://qonto.com/unsubscribe">Se désinscrire</a></p></body></html>')
    m = mk(A('Qonto', 'newsletter@qonto.com'), OWNER, 'Facturation électronique : ce qui change pour vous en 2026', D(12, 1, 10, 0), html=html,
           extra=[('List-Unsubscribe', '<https://qonto.com/unsubscribe?u=8f2a>'), ('Precedence', 'bulk')])
    save(L, 'qonto_fr_newsletter', m, 'fr', 'Qonto', 'bank newsletter, bulk, mentions virements', provider='Qonto')

    # o02 Hello bank! tariff change
    txt = ("Madame,\n\nNous vous informons de l'évolution de nos conditions tarifaires applicables à compter du 1er mars 2027 : "
           "la cotisation mensuelle de l'offre Hello Business passera de 6,00 € à 7,50 € HT.\n\nSi vous n'acceptez pas ces "
           "modifications, vous pouvez résilier sans frais avant leur date d'entrée en vigueur. À défaut, vous serez réputée "
           "les avoir acceptées.\n\nLe détail figure dans la brochure tarifaire jointe à votre espace client.\n\nHello bank!\n")
    m = mk(A('Hello bank!', 'information@hellobank.fr'), OWNER, 'Information importante : évolution de nos conditions tarifaires', D(12, 2, 9, 0), text=txt)
    save(L, 'hellobank_fr_tariff_change', m, 'fr', 'Hello bank!', 'price change notice, no movement', provider='Hello bank!',
         notes='bank notice about future fees: no money movement, so not a payment_notification (unsure)')

    # o03 OVHcloud invoice to owner
    txt = ("Bonjour Anaïs,\n\nVotre facture FR61234567 d'un montant de 23,99 € TTC est disponible dans votre Espace Client.\n\n"
           "Elle sera réglée par prélèvement SEPA le 05/12/2026 sur le moyen de paiement par défaut.\n\n"
           "Produits : Hébergement Perso - delorme-studio.fr (12 mois)\n\nL'équipe OVHcloud\n")
    m = mk(A('OVHcloud', 'noreply@ovh.net'), OWNER, 'Votre facture OVHcloud FR61234567', D(12, 1, 3, 40), text=txt)
    save(L, 'ovh_fr_supplier_invoice', m, 'fr', 'OVHcloud', 'supplier invoice to owner, future debit', provider='OVHcloud')

    # o04 Accountant invoice with PDF
    pdf = mini_pdf(['CABINET LEMAIRE EXPERTISE', 'Facture H-2026-1187', 'Client : Delorme Studio - Anais Delorme',
                    'Honoraires forfait micro-entreprise - decembre 2026', 'Montant HT : 90,00 EUR', 'TVA 20% : 18,00 EUR',
                    'Total TTC : 108,00 EUR', 'Echeance : 31/12/2026'])
    m = mk(A('Cabinet Lemaire Expertise', 'facturation@lemaire-expertise.fr'), OWNER, 'Facture honoraires H-2026-1187', D(12, 1, 11, 20),
           text="Bonjour Madame Delorme,\n\nVeuillez trouver ci-joint notre facture d'honoraires pour le mois de décembre, "
                "payable à réception par virement (IBAN en pied de facture).\n\nBien cordialement,\nSophie Lemaire\n",
           atts=[ATT('Facture_H-2026-1187.pdf', 'application/pdf', pdf)])
    save(L, 'lemaire_fr_accountant_invoice_pdf', m, 'fr', 'Cabinet Lemaire Expertise', 'invoice TO the owner, PDF',
         notes='written by a person but is a supplier invoice; labelled other per guide')

    # o05 URSSAF
    txt = ("Madame,\n\nUn nouveau message est disponible dans votre espace personnel autoentrepreneur.urssaf.fr.\n\n"
           "Objet : Rappel - déclaration de chiffre d'affaires de novembre 2026 à effectuer avant le 31/12/2026.\n\n"
           "Pour le consulter, connectez-vous à votre espace.\n\nL'Urssaf\nCe message est envoyé automatiquement, merci de ne pas y répondre.\n")
    m = mk(A('Urssaf', 'ne-pas-repondre@urssaf.fr'), OWNER, 'Un nouveau message est disponible dans votre espace', D(12, 2, 6, 45), text=txt)
    save(L, 'urssaf_fr_new_message', m, 'fr', 'URSSAF', 'administration notice, declaration reminder')

    # o06 impots.gouv
    txt = ("Madame DELORME ANAIS,\n\nUn nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr : "
           "Avis d'imposition de cotisation foncière des entreprises (CFE) 2026.\n\nDate limite de paiement : 15/12/2026.\n\n"
           "Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.\nLa Direction générale des Finances publiques\n")
    m = mk(A('impots.gouv.fr', 'ne-pas-repondre@dgfip.finances.gouv.fr'), OWNER, 'Votre avis de CFE est disponible', D(11, 30, 7, 5), text=txt)
    save(L, 'dgfip_fr_cfe_notice', m, 'fr', 'DGFiP', 'tax notice with payment deadline')

    # o07 Malt marketplace
    txt = ("Bonjour Anaïs,\n\nBonne nouvelle : Clémence de SEVERAC MOBILITÉ vous a proposé une mission.\n\n"
           "« Refonte UX de l'application de covoiturage » - 15 jours - démarrage en janvier\n\n"
           "Répondez sous 48 h pour maximiser vos chances : https://www.malt.fr/messages\n\nL'équipe Malt\n")
    m = mk(A('Malt', 'notifications@malt.com'), OWNER, 'Nouvelle proposition de mission', D(12, 3, 14, 31), text=txt)
    save(L, 'malt_fr_mission_proposal', m, 'fr', 'Malt', 'marketplace notification')

    # o08 LinkedIn
    html = ('<html><body style="font-family:-apple-system,Arial"><p>Anaïs, vous êtes apparue dans 14 recherches cette semaine</p>'
            '<p>Des recruteurs de Decathlon Digital et de 3 autres entreprises ont consulté votre profil.</p>'
            '<p><a href="https://www.linkedin.com/me/search-appearances/">Voir qui vous recherche</a></p>'
            '<p style="font-size:11px;color:#666">Cet e-mail était destiné à Anaïs Delorme (Designer UX/UI freelance). '
            'Se désabonner · Aide</p><p style="font-size:11px;color:#666">© 2026 LinkedIn Ireland Unlimited Company</p></body></html>')
    m = mk(A('LinkedIn', 'notifications-noreply@linkedin.com'), OWNER, 'Vous êtes apparue dans 14 recherches', D(12, 4, 6, 5), html=html)
    save(L, 'linkedin_fr_search_appearances', m, 'fr', 'LinkedIn', 'social network notification')

    # o09 phishing imitating Qonto
    html = ('<html><body style="font-family:Arial"><p>Cher(e) client(e),</p><p>Suite à une mise à jour de sécurité DSP2, votre '
            'compte professionnel a été <b>temporairement suspendu</b>. Un virement entrant de 2 480,00 € est bloqué.</p>'
            '<p>Pour le débloquer, veuillez confirmer vos informations sous 24h :</p><p><a href="http://qonto-securite-verif.com/login">'
            'Réactiver mon compte</a></p><p>Service Client Qonto</p></body></html>')
    m = mk(A('Qonto Service Client', 'alerte@qonto-securite-verif.com'), OWNER, 'Action requise : votre compte est suspendu', D(12, 2, 3, 17),
           html=html, rp='bounce-77@mailer-bulk-01.example')
    save(L, 'phish_fr_fake_qonto_suspended', m, 'fr', 'phishing', 'lookalike domain, blocked transfer lure',
         notes='phishing imitating a bank: other, even though it quotes an incoming transfer')

    # o10 phishing imitating PayPal payment received
    txt = ("PayPal\n\nVous avez reçu un paiement de 1 480,00 EUR\n\nCe paiement est en attente. Pour l'accepter, le destinataire "
           "doit d'abord confirmer son compte et régler des frais de réception de 49,00 EUR.\n\n"
           "Confirmer maintenant : https://paypal.com.verification-paiement.example/accept\n\nService Paiements PayPal\n")
    m = mk(A('PayPal', 'service@paypal-notification-fr.example'), OWNER, 'Vous avez reçu un paiement de 1 480,00 EUR', D(12, 3, 4, 2),
           text=txt, reply_to='paiements.service.fr@example.com')
    save(L, 'phish_fr_fake_paypal_payment', m, 'fr', 'phishing', 'fake PayPal "payment received", advance-fee lure',
         notes='mimics a payment notice from a non-PayPal domain: other')

    # o11 spam "vous avez gagné"
    m = mk(A('Service Gagnants', 'gagnant@loterie-jeux-fr.example'), OWNER, 'FÉLICITATIONS Anaïs !!! Vous avez gagné un iPhone 17 Pro',
           D(12, 1, 2, 33), cs='windows-1252', scs='windows-1252',
           text="Félicitations !\n\nVotre adresse e-mail a été tirée au sort parmi nos 500 000 participants. Vous avez gagné un "
                "iPhone 17 Pro (valeur 1 329 €).\n\nIl vous suffit de régler les frais de port de 1,95 € pour le recevoir.\n\n"
                "RÉCLAMER MON CADEAU >>> http://jeux-cadeaux.example/claim?id=88213\n\nOffre valable 24h.\n")
    save(L, 'spam_fr_gagne_iphone', m, 'fr', 'spam', 'lottery spam, cp1252 body and subject')

    # o12 calendar invitation (Google Calendar)
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\nDTSTAMP:20261201T154000Z\r\n"
           "ORGANIZER;CN=Guillaume Peyrot:mailto:gpeyrot@agence-lanterne.fr\r\nUID:4k2p8q1r9s@google.com\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anais@delorme-studio.fr:mailto:anais@delorme-studio.fr\r\n"
           "SUMMARY:Point projet refonte Lanterne\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    body = MIMEMultipart('alternative')
    del body['MIME-Version']
    body.attach(TP("Vous avez été invité(e) à l'événement suivant.\n\nPoint projet refonte Lanterne\nQuand : mar. 8 déc. 2026 10:00 - 11:00 "
                   "(heure normale d'Europe centrale - Paris)\nParticiper avec Google Meet : https://meet.google.com/abc-defg-hij\n\n"
                   "Invitation de Google Agenda\n"))
    cal = MIMEText(ics, 'calendar', 'utf-8')
    del cal['MIME-Version']
    cal.set_param('method', 'REQUEST')
    body.attach(cal)
    m = mk(A('Guillaume Peyrot (Google Agenda)', 'calendar-notification@google.com'), OWNER,
           'Invitation: Point projet refonte Lanterne @ mar. 8 déc. 2026 10:00 - 11:00 (CET) (anais@delorme-studio.fr)', D(12, 1, 16, 40),
           text='x', reply_to='gpeyrot@agence-lanterne.fr')
    hdrs = [h for h in m._headers if h[0] not in ('Content-Type', 'Content-Transfer-Encoding')]
    body._headers = hdrs + body._headers
    save(L, 'gcal_fr_invitation', body, 'fr', 'Google Calendar', 'text/calendar METHOD:REQUEST, sent by a system',
         notes='organiser is a client (Agence Lanterne) but the message is a system-generated invitation')

    # o13 Doctolib-style reminder
    txt = ("Rappel de votre rendez-vous\n\nBonjour Anaïs DELORME,\n\nNous vous rappelons votre rendez-vous :\n"
           "Jeudi 10 décembre 2026 à 18h15\nDr Martine Olivier - Kinésithérapeute\n14 cours de l'Intendance, 33000 Bordeaux\n\n"
           "En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance.\n\nDoctolib\n")
    m = mk(A('Doctolib', 'no-reply@doctolib.fr'), OWNER, 'Rappel : votre RDV du jeudi 10 décembre 2026', D(12, 3, 18, 15), text=txt)
    save(L, 'doctolib_fr_appointment_reminder', m, 'fr', 'Doctolib', 'appointment reminder with future date')

    # o14 Colissimo shipping
    html = ('<html><body style="font-family:Arial"><h2>Votre colis est en route !</h2><p>Bonjour,</p><p>Votre colis '
            '<b>6A21784459301</b> expédié par WACOM EUROPE est en cours d\'acheminement.</p><p>Livraison prévue : '
            '<b>vendredi 4 décembre</b>, entre 9h et 13h.</p><p><a href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A21784459301">'
            'Suivre mon colis</a></p><p style="font-size:11px">Ceci est un message automatique, merci de ne pas y répondre. '
            'La Poste - Colissimo</p></body></html>')
    m = mk(A('Colissimo', 'noreply@notif-colissimo-laposte.info'), OWNER, 'Votre colis 6A21784459301 est en route', D(12, 2, 19, 3), html=html)
    save(L, 'colissimo_fr_shipping', m, 'fr', 'Colissimo', 'shipping notice with delivery date')

    # o15 Free Pro invoice
    txt = ("Bonjour,\n\nVotre facture Free Pro de décembre 2026 est disponible.\n\nMontant : 39,99 € TTC\n"
           "Elle sera prélevée le 07/12/2026 sur votre compte se terminant par 652.\n\n"
           "Consultez-la depuis votre Espace Abonné Free Pro.\n\nFree Pro\n")
    m = mk(A('Free Pro', 'facture@freepro.fr'), OWNER, 'Votre facture Free Pro est disponible', D(12, 1, 5, 55), text=txt)
    save(L, 'freepro_fr_invoice_available', m, 'fr', 'Free Pro', 'telecom invoice to owner')

    # o16 Pennylane security alert
    txt = ("Nouvelle connexion à votre compte Pennylane\n\nUne connexion a été détectée le 03/12/2026 à 22:41 depuis :\n"
           "Navigateur : Firefox sur Windows\nLocalisation approximative : Lyon, France\n\nSi c'est vous, ignorez ce message. "
           "Sinon, changez immédiatement votre mot de passe.\n\nL'équipe Pennylane\n")
    m = mk(A('Pennylane', 'security@pennylane.com'), OWNER, 'Nouvelle connexion détectée', D(12, 3, 22, 42), text=txt)
    save(L, 'pennylane_fr_security_alert', m, 'fr', 'Pennylane', 'SaaS security alert', provider='Pennylane')

    # o17 Boursorama referral marketing
    html = ('<html><body style="font-family:Arial"><h1 style="color:#d6006e">Jusqu\'à 150 € offerts 🎁</h1><p>Parrainez vos proches '
            'avant le 31 décembre et recevez 150 € sur votre compte pour chaque filleul.</p><p><a href="https://www.boursorama-banque.com/parrainage">'
            'Je parraine</a></p><p style="font-size:10px">Offre soumise à conditions. Pour ne plus recevoir nos offres, '
            '<a href="https://www.boursorama-banque.com/desabonnement">cliquez ici</a>.</p></body></html>')
    m = mk(A('Boursorama Banque', 'offres@boursorama.fr'), OWNER, 'Anaïs, 150 € offerts pour chaque filleul', D(12, 4, 11, 0), html=html,
           extra=[('List-Unsubscribe', '<https://www.boursorama-banque.com/desabonnement>'), ('Precedence', 'bulk')])
    save(L, 'boursorama_fr_referral_marketing', m, 'fr', 'Boursorama', 'bank marketing with money amount', provider='Boursorama')

    # o18 Stripe terms update EN
    txt = ("We're updating the Stripe Services Agreement\n\nHi Delorme Studio,\n\nWe're writing to let you know about updates to "
           "the Stripe Services Agreement, effective January 15, 2027. Key changes include clarifications to dispute handling and "
           "payout timing for accounts in the EEA.\n\nNo action is required. By continuing to use Stripe after that date you agree "
           "to the updated terms.\n\nYou're receiving this email because of a change to your Stripe account's legal terms.\n")
    m = mk(A('Stripe', 'notifications@stripe.com'), OWNER, 'Updates to the Stripe Services Agreement', D(11, 30, 18, 0, off=0), text=txt)
    save(L, 'stripe_en_terms_update', m, 'en', 'Stripe', 'PSP legal notice, no movement', provider='Stripe')

    # o19 DMARC aggregate report
    import gzip, io
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback><report_metadata><org_name>google.com</org_name>'
           '<email>noreply-dmarc-support@google.com</email><report_id>1432998812345678901</report_id>'
           '<date_range><begin>1764460800</begin><end>1764547199</end></date_range></report_metadata>'
           '<policy_published><domain>delorme-studio.fr</domain><p>none</p><pct>100</pct></policy_published>'
           '<record><row><source_ip>198.51.100.24</source_ip><count>7</count><policy_evaluated><disposition>none</disposition>'
           '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>delorme-studio.fr</header_from>'
           '</identifiers></record></feedback>\n')
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
        g.write(xml.encode())
    m = mk(A('', 'noreply-dmarc-support@google.com'), 'dmarc@delorme-studio.fr',
           'Report domain: delorme-studio.fr Submitter: google.com Report-ID: 1432998812345678901', D(12, 1, 1, 59, off=-480),
           text="", atts=[ATT('google.com!delorme-studio.fr!1764460800!1764547199.xml.gz', 'application/gzip', buf.getvalue())])
    save(L, 'google_en_dmarc_aggregate', m, 'en', 'Google DMARC reports', 'DMARC rua report with gz attachment')

    # o20 Indy newsletter/webinar
    txt = ("Clôture 2026 : les 5 erreurs à éviter\n\nBonjour Anaïs,\n\nLa fin d'année approche : relances de factures impayées, "
           "TVA, amortissements... On fait le point en 30 minutes lors de notre webinar du mardi 8 décembre à 12h30.\n\n"
           "Je m'inscris : https://www.indy.fr/webinar-cloture\n\nL'équipe Indy" + U % 'www.indy.fr')
    m = mk(A('Indy', 'newsletter@indy.fr'), OWNER, 'Clôture 2026 : les 5 erreurs à éviter', D(12, 2, 12, 0), text=txt,
           extra=[('List-Unsubscribe', '<https://www.indy.fr/unsubscribe>'), ('Precedence', 'bulk')])
    save(L, 'indy_fr_newsletter_webinar', m, 'fr', 'Indy', 'newsletter mentioning unpaid invoices and a date', provider='Indy')


# ====================================================================== main
def main():
    humans()
    payments()
    autos()
    bounces()
    others()
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=COLS, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in ROWS:
            w.writerow(r)
    from collections import Counter
    c = Counter(r['label'] for r in ROWS)
    print(dict(c), 'total', len(ROWS))


if __name__ == '__main__':
    main()
