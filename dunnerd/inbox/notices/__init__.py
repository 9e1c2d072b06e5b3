"""Reading a bank's or a payment service's notice as transactions: which way the money went,
how much, from whom, with which reference and on which date.

Pure: a ParsedMessage in, a `Notice` out (reader.py). The words that say which way money went
are in cues.py; the field labels and inline phrasings of each provider family, each with the
public source of its format, in sepa_fr.py (French banks), neobanks.py and psp.py (payment
services); text.py finds clauses, amounts and dates without losing the original spelling.
"""
