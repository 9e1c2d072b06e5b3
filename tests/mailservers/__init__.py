"""Real mail servers on loopback for tests: Dovecot (IMAP, LMTP) and aiosmtpd (SMTP)."""
