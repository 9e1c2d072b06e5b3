"""Pure: the words of dunnerd's answer to a client who asked for the invoice or the owner's
bank details, in French or English. Facts in, a RenderedReminder out (subject, text, HTML).

Client text goes in as the subject only ("Re: <their subject>"), and compose.py cleans it;
the HTML escapes every value.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from dunnerd.config.schema import Owner
from dunnerd.dunning.render import RenderedReminder, format_iban

_WORDS = {
    "fr": {
        "hello": "Bonjour,",
        "invoice": "Suite à votre demande, vous trouverez ci-joint {what}.",
        "one": "la facture {numbers}", "many": "les factures {numbers}",
        "bank": "Voici nos coordonnées bancaires pour le règlement :",
        "holder": "Titulaire", "thanks": "Bien cordialement,",
        "bank_only": "Suite à votre demande, voici nos coordonnées bancaires pour le règlement"
                     " de {what} :",
    },
    "en": {
        "hello": "Hello,",
        "invoice": "As requested, please find attached {what}.",
        "one": "invoice {numbers}", "many": "invoices {numbers}",
        "bank": "Our bank details for the payment:",
        "holder": "Account holder", "thanks": "Kind regards,",
        "bank_only": "As requested, here are our bank details for the payment of {what}:",
    },
}


def answer_words(owner: Owner, language: str, subject: str, numbers: Sequence[str],
                 send_invoice: bool, send_bank: bool) -> RenderedReminder:
    words = _WORDS.get(language, _WORDS["en"])
    what = (words["one"] if len(numbers) == 1 else words["many"]).format(
        numbers=", ".join(numbers))
    lines = [words["hello"], ""]
    if send_invoice:
        lines.append(words["invoice"].format(what=what))
        if send_bank:
            lines += ["", words["bank"]]
    elif send_bank:
        lines.append(words["bank_only"].format(what=what))
    if send_bank:
        colon = " : " if language == "fr" else ": "
        lines += [f"  {words['holder']}{colon}{owner.company or owner.name}",
                  f"  IBAN{colon}{format_iban(owner.iban)}"]
        if owner.bic:
            lines.append(f"  BIC{colon}{owner.bic}")
    lines += ["", words["thanks"], owner.name]
    if owner.company:
        lines.append(owner.company)
    text = "\n".join(lines) + "\n"
    body = "".join(f"<p>{html.escape(line.strip())}</p>" if line.strip() else ""
                   for line in lines)
    topic = subject.strip() or what
    prefix = "" if topic.lower().startswith(("re:", "re :")) else "Re: "
    return RenderedReminder(subject=f"{prefix}{topic}"[:200], text=text,
                            html=f"<!doctype html><html><body>{body}</body></html>")
