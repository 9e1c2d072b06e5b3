"""Neobanks and account providers that notify every incoming transfer: Qonto, Shine, Revolut
Business, Wise, N26, Memo Bank, Swan, Lydia/Sumeria.

Sources. No public sample of these e-mails was found in any test suite (searched November 2026).
What is public: Wise's business API event `transfers#state-change` and the balance event
`balances#credit` ("incoming-transfer credited", docs.wise.com) carry the amount, currency,
sender name and reference; Revolut Business tells of incoming transfers and failed scheduled
transfers by notification and e-mail (help.revolut.com/business); Qonto exposes the same fields
by API (`transaction.created`: amount, side credit/debit, label, reference, settled_at); Shine
writes to its users with "tu" (help.shine.fr); Sumeria (Lydia) alerts on "réception d'un
virement" with the amount and the new balance (support.sumeria.eu). The phrasings below follow
those fields: "Vous avez reçu un virement de <amount> de <payer>", "<payer> vous a envoyé",
"You've received <amount> from <payer>", "<payer> sent you <amount>".
"""

from __future__ import annotations

import re

from dunnerd.inbox.notices.fields import Family

FAMILY = Family(
    name="neobank",
    domains=("qonto.com", "qonto.eu", "shine.fr", "revolut.com", "wise.com", "transferwise.com",
             "n26.com", "memo.bank", "swan.io", "lydia-app.com", "lydia.me", "sumeria.eu",
             "nickel.eu", "anytime.fr", "manager.one"),
    source="docs.wise.com (balances#credit, transfers#state-change); help.revolut.com/business;"
           " Qonto API transaction fields; help.shine.fr; support.sumeria.eu (no e-mail sample)",
    fields=(
        # "+ 1 020,00 € reçus de NORD & FILS" (Qonto subject)
        re.compile(r"\brecus? de (?![\d+-])(?P<p>[^\n.;:()]{2,60}?)(?= \(|[.,;]|$)"),
        # "Lucas Martin t'a envoyé 80,00 € pour « cours »"
        re.compile(r"^(?P<p>[^\n.;:()]{2,60}?) (?:t'a|vous a) envoye [^\n]{1,30}? pour "
                   r"\" ?(?P<r>[^\"]{1,60}?) ?\""),
        # "You've received €1,500.00 from Greenleaf Ltd into your EUR account"
        # a name may hold dots ("Lumen Retail S.r.l."): only a dot that ends the sentence ends it
        re.compile(r"\breceived [^\n]{1,30}? from (?P<p>[^\n;()]{2,60}?)"
                   r"(?= into| to | for (?:invoice|your|the)\b|[,;]|\.(?:\s|$)|$)"),
    ),
)
