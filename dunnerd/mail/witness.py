"""The witness: every reminder also goes, envelope-only, to a sub-address of the owner's own
mailbox. That copy exists only if the server accepted the message, so it settles a send whose
outcome is unknown (RELIABILITY.md, "Sending exactly once"). Pure."""

from __future__ import annotations


def witness_address(owner_email: str, tag: str = "dunnerd-witness") -> str:
    """owner@example.com -> owner+dunnerd-witness@example.com: a copy that exists only if the
    server accepted the message."""
    local, _, domain = owner_email.partition("@")
    return f"{local.split('+', 1)[0]}+{tag}@{domain}"


def is_witness_of(received: bytes, sent: bytes) -> bool:
    """Is `received` a copy of what we sent? It must end with our exact bytes (line endings
    aside), behind whatever trace headers the servers added: a Message-ID alone is known to
    every recipient and proves nothing."""
    return received.replace(b"\r\n", b"\n").rstrip(b"\n").endswith(
        sent.replace(b"\r\n", b"\n").rstrip(b"\n"))
