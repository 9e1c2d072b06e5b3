"""`dunnerd demo`: the whole product on embedded defaults, with an IMAP and an SMTP server
started inside the process on loopback; nothing to install, nothing left behind.

May import: dunnerd.daemon and everything below it. Not the CLI (it is handed `main`).
"""
