"""Mail out and the mailbox: composing the exact bytes (with header safety), SMTP sending, the
IMAP session, the inbox watcher and its resync, the outbox state machine that sends each
reminder exactly once, and the Sent copies that prove it.

May import: dunnerd.ledger, dunnerd.dunning and below. Never the inbox reader, the daemon or
the CLI.
"""
