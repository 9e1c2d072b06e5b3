"""Reading inbound mail: parse (guarded), signals, lexicon, extraction, classification,
correlation with the ledger, trust (DKIM, Authentication-Results), and the actions that follow
(pause, hold, pay, promise, dispute), driven by the inbound processor.

May import: dunnerd.mail, dunnerd.ledger, dunnerd.dunning and below. Not legal or intake
(beside it), nor the daemon or the CLI.
"""
