"""Pure: does the payer a bank names match a client? Names as banks print them differ from the
names in the ledger by case, accents, word order, legal forms, titles and punctuation:
"SARL DUPONT ET ASSOCIES" is "Dupont & Associés", "M. GAUTIER PAUL" is "Paul Gautier",
"NOVAK JOZEF, Ing." is "Jozef Novak".

The match is strict on purpose: after normalizing, the sets of words must be equal (a
payer "MARTIN" does not match "Martin Dupuis"), because a wrong match records money on the
wrong invoice. An e-mail address matches the client's address, or its domain unless the domain
is a free-mail one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Legal forms (France, Belgium, Switzerland, UK, US, Germany, Netherlands, Italy, Spain...).
LEGAL_FORMS = frozenset({
    "sa", "sarl", "sas", "sasu", "eurl", "snc", "sci", "scop", "scs", "sca", "selarl", "selas",
    "sel", "gie", "ei", "eirl", "ltd", "limited", "llc", "llp", "lp", "inc", "incorporated",
    "corp", "corporation", "co", "company", "cie", "gmbh", "ag", "kg", "ug", "bv", "nv", "srl",
    "sprl", "sl", "spa", "plc", "pte", "pty", "oy", "ab", "as", "aps", "sro", "spol", "kft",
})
# Titles and words that carry no identity ("M OU MME PERRIN ALAIN", "Ing.", "et", "&").
NOISE = frozenset({
    "m", "mr", "mrs", "ms", "mme", "mlle", "mm", "madame", "monsieur", "dr", "ing", "ou", "or",
    "et", "and", "the", "de", "du", "des", "la", "le", "les", "l", "d", "of", "societe", "ste",
    "ets", "etablissements", "entreprise", "mmes",
})
_EMAIL = re.compile(r"[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> frozenset[str]:
    """The words that identify a name: folded, without legal forms, titles, digits or
    punctuation, in no order."""
    words = re.findall(r"[a-z0-9]+", _fold(name).replace("&", " et "))
    # "S.A.R.L." and "S.A." are legal forms written with dots
    joined = re.sub(r"\b(?:[a-z] ){1,4}[a-z]\b", lambda m: m.group(0).replace(" ", ""),
                    " ".join(words))
    return frozenset(w for w in joined.split()
                     if w not in LEGAL_FORMS and w not in NOISE and not w.isdigit())


def names_match(payer: str, names: Iterable[str]) -> bool:
    """Whether the payer's name is one of `names` once normalized (see the module docstring)."""
    key = name_key(payer)
    if not key:
        return False
    return any(key == name_key(name) for name in names if name)


def address_matches(payer: str, emails: Iterable[str], free_mail: frozenset[str]) -> bool:
    """Whether the payer is given as an e-mail address of the client (or of its own domain)."""
    found = _EMAIL.search(payer.lower())
    if not found:
        return False
    address, domain = found.group(0), found.group(1)
    for email in emails:
        email = email.strip().lower()
        if email == address:
            return True
        if domain not in free_mail and email.rpartition("@")[2] == domain:
            return True
    return False
