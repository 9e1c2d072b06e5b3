"""Payment services that collect from the owner's clients and pay the balance out: Stripe,
PayPal, SumUp, GoCardless, Mollie, PayPlug, Stancer.

Sources:
- PayPal: a real "You've got money" notice quoted in the test
  bracesproul/lots-o-slots api/src/__tests__/parsePayPalPayment.test.ts ("<payer> sent you
  $20.00 USD", "Transaction ID", "Please don't reply to this email"), and the parsing guide
  AlellaGreenTech/GUIDAL database/PAYPAL-PARSING-GUIDE.md ("Notification of payment received",
  "You received a payment of €86.00 EUR from <payer> (<e-mail>)", 17-character transaction id).
- Stripe: the structure of a real notice from notifications@stripe.com (a "===" footer, "This
  email relates to your <account> Stripe account", "You are subscribed to <type> emails");
  the notice types (successful payments, refunds, disputes, payouts paid and failed) are the
  ones Stripe's dashboard lets a user subscribe to (stripe.com/docs/account/notifications).
- SumUp: help.sumup.com, "payouts": an e-mail with the breakdown of the sales in each payout;
  the bank line reads "SumUp Payments Limited - PID<n>-SUMUP".
- GoCardless: the events payment confirmed, failed, charged back and payout paid
  (developer.gocardless.com, events), as Zapier templates name them.
- Mollie, PayPlug, Stancer: no public sample; their dashboards' notice types (payment paid,
  refunded, charged back, settlement) are read with the generic phrasings.

A payout ("payout", "settlement", "versement") is the service paying its balance to the owner's
bank: an aggregate of many sales less fees, never the payment of one invoice.
"""

from __future__ import annotations

import re

from dunnerd.inbox.notices.fields import Family

FAMILY = Family(
    name="payment_service",
    domains=("stripe.com", "paypal.com", "paypal.fr", "paypal.de", "paypal.co.uk",
             "intl.paypal.com", "sumup.com", "sumup.fr", "gocardless.com", "mollie.com",
             "payplug.com", "stancer.com", "sumup.net"),
    source="lots-o-slots parsePayPalPayment.test.ts; GUIDAL PAYPAL-PARSING-GUIDE.md; a real"
           " notifications@stripe.com notice; help.sumup.com payouts; developer.gocardless.com",
    fields=(
        # "Le paiement de 450,00 EUR de Shah Consulting (référence F-2026-053) a échoué"
        re.compile(r"\bpaiement de [+]?\d[\d  .,]*\s?(?:€|eur|usd|gbp|chf|\$|£)? de "
                   r"(?P<p>[^\n.;:()]{2,60}?)(?= \(| a ete| a "
                   r"echoue|[.,;]|$)"),
        # "A payment of €780.00 from daniel@okafor-media.example succeeded"
        re.compile(r"\bpayment of [^\n]{1,25}? from (?P<p>[^\n;()]{2,80}?)(?= \(| succeeded|"
                   r" has| for (?:invoice|your|the)\b|[,;]|\.(?:\s|$)|$)"),
        # PayPal: "Message de Léa Dubois facture F-2026-044 merci !", "Note: Invoice F-2026-045"
        re.compile(r"^(?:message de [^\n]{1,40}?|note ?:?) (?P<r>(?:facture|invoice|fact|inv)"
                   r"\b[^\n]{1,60})$"),
        # GoCardless: "Le prélèvement de 300,00 € auprès de Bertin Coaching (mandat MD-00041X)"
        re.compile(r"\baupres de (?P<p>[^\n.;:()]{2,60}?)(?= \(| a ete|[,;]|\.(?:\s|$)|$)"),
        # "(référence F-2026-053)", "Payout ID: po_..."
        re.compile(r"\((?:reference|ref\.?) (?P<r>[^)]{1,60})\)"),
    ),
)
