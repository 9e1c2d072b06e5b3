"""The proof behind the dossier: each email dunnerd sent, compared with its copy in the owner's
Sent folder (found by Message-ID, compared by SHA-256 with the bytes the outbox stored before the
first attempt), and each message received, looked up in the inbox.

The dossier always carries the bytes that can be vouched for: the stored ones when they still
match their recorded SHA-256 (whether the Sent copy is identical, missing, changed, or could not
be looked at), else a Sent copy that matches the recorded SHA-256. What was found is said per
email, so a copy missing from Sent or changed there is reported, never hidden.

The comparison is pure (`judge`); `check_mailbox` does the IMAP part through the public
methods of mail.imap.ImapSession and turns an unreachable server into "not checked"."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from dunnerd.config.schema import Config
from dunnerd.legal.dossier_sources import Received, SentEmail
from dunnerd.mail.imap import MailboxError

log = logging.getLogger(__name__)


class CopyStatus(StrEnum):
    IDENTICAL = "identical"  # a Sent copy has the recorded SHA-256
    EXTRA = "extra"  # one has, but another copy under that Message-ID differs
    MISSING = "missing"  # no message with that Message-ID in Sent
    ALTERED = "altered"  # copies in Sent under that Message-ID, none with the recorded SHA-256
    UNCHECKED = "unchecked"  # Sent could not be looked at


@dataclass(frozen=True)
class Problem:
    """Something the owner must know about the dossier, in English (the alert) and French (the
    dossier itself)."""

    en: str
    fr: str


class MailboxReader(Protocol):
    """What the check needs of an IMAP session (mail.imap.ImapSession has it)."""

    def find_sent_folder(self) -> str: ...

    def find_by_message_ids(self, folder: str,
                            message_ids: Sequence[str]) -> dict[str, list[int]]: ...

    def fetch_raw(self, folder: str, uid: int) -> bytes | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class CheckedEmail:
    email: SentEmail
    status: CopyStatus
    data: bytes | None  # the bytes that go in the dossier; None: no copy at all
    source: str  # "stored" (the outbox's bytes) or "sent" (the Sent folder's copy)
    stored_intact: bool  # the stored bytes still have their recorded SHA-256
    found: tuple[str, ...]  # SHA-256 of each copy found in Sent

    @property
    def problem(self) -> Problem | None:
        """What the owner and the dossier say of it, or None when the Sent copy is identical
        to what was sent (or Sent was not looked at: said once for the whole dossier)."""
        e = self.email
        en, fr = f"the {e.step} email {e.message_id}", f"email « {e.step} » {e.message_id}"
        if self.data is None:
            return Problem(f"{en}: no stored copy and none in Sent; in the timeline only",
                           f"{fr} : aucune copie conservée ni dans Envoyés ; seulement dans "
                           "la chronologie")
        if not self.stored_intact and e.raw is not None:
            if self.source == "sent":
                return Problem(f"{en}: the ledger's copy no longer matches its recorded "
                               "SHA-256; the Sent copy that does is used",
                               f"{fr} : la copie du registre ne correspond plus à son "
                               "empreinte ; la copie d'Envoyés, qui y correspond, est jointe")
            return Problem(f"{en}: the ledger's copy no longer matches its recorded SHA-256; "
                           "included as it is, marked",
                           f"{fr} : la copie du registre ne correspond plus à son empreinte "
                           "enregistrée ; jointe telle quelle, signalée")
        if e.raw is None:
            return Problem(f"{en}: no stored copy (recorded before dunnerd kept the bytes); "
                           "the Sent copy is included, unverified",
                           f"{fr} : pas de copie conservée ; la copie d'Envoyés est jointe, "
                           "sans comparaison possible")
        if self.status is CopyStatus.MISSING:
            return Problem(f"{en}: missing from Sent; the stored bytes are used",
                           f"{fr} : absent du dossier Envoyés ; la copie conservée par dunnerd "
                           "avant l'envoi est jointe")
        if self.status is CopyStatus.EXTRA:
            others = ", ".join(d[:16] + "..." for d in self.found if d != e.sha256)
            return Problem(f"{en}: its identical copy is in Sent, but so is another message "
                           f"under the same Message-ID with other bytes (SHA-256 {others})",
                           f"{fr} : la copie identique est dans Envoyés, mais un autre message "
                           f"y porte le même Message-ID avec un autre contenu (SHA-256 "
                           f"{others})")
        if self.status is CopyStatus.ALTERED:
            found = ", ".join(d[:16] + "..." for d in self.found)
            return Problem(f"{en}: the copy in Sent differs from what was sent (SHA-256 "
                           f"{found} instead of {(e.sha256 or '')[:16]}...); the stored bytes "
                           "are used",
                           f"{fr} : la copie du dossier Envoyés diffère de ce qui a été envoyé "
                           f"(SHA-256 {found} au lieu de {(e.sha256 or '')[:16]}...) ; la "
                           "copie conservée par dunnerd est jointe")
        return None


@dataclass(frozen=True)
class MailboxCheck:
    checked: bool
    reason: str  # why the mailbox was not looked at ("" when it was)
    sent_folder: str
    emails: tuple[CheckedEmail, ...]
    in_inbox: frozenset[str]  # Message-IDs of received messages still in the inbox


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def judge(email: SentEmail, copies: Sequence[bytes] | None) -> CheckedEmail:
    """What the dossier carries for `email`, given its copies in Sent (None: not looked at)."""
    recorded = email.sha256 or (_digest(email.raw) if email.raw is not None else None)
    stored_intact = email.raw is not None and _digest(email.raw) == recorded
    found = tuple(_digest(c) for c in copies or ())
    if copies is None:
        status = CopyStatus.UNCHECKED
    elif not copies:
        status = CopyStatus.MISSING
    elif recorded in found:
        status = CopyStatus.IDENTICAL if set(found) == {recorded} else CopyStatus.EXTRA
    else:
        status = CopyStatus.ALTERED
    if stored_intact:
        data, source = email.raw, "stored"
    elif status in (CopyStatus.IDENTICAL, CopyStatus.EXTRA):  # Sent kept the original
        data, source = next(c for c in copies or () if _digest(c) == recorded), "sent"
    elif email.raw is None and copies:
        data, source = copies[0], "sent"
    else:
        data, source = email.raw, "stored"
    return CheckedEmail(email, status, data, source, stored_intact, found)


def check_mailbox(emails: Sequence[SentEmail], received: Sequence[Received],
                  open_reader: Callable[[], MailboxReader] | None, inbox_folder: str,
                  why_not: str = "") -> MailboxCheck:
    """Look up every email in Sent and every received message in the inbox. A server that
    cannot be reached (or none configured) gives an unchecked result with the reason."""
    if open_reader is None:
        return _unchecked(emails, why_not or "no [imap] section in the config")
    reader: MailboxReader | None = None
    try:
        reader = open_reader()
        folder = reader.find_sent_folder()
        ids = [e.message_id for e in emails]
        hits = reader.find_by_message_ids(folder, ids) if ids else {}
        checked = []
        for email in emails:
            copies = [c for uid in hits.get(email.message_id, [])
                      if (c := reader.fetch_raw(folder, uid)) is not None]
            checked.append(judge(email, copies))
        wanted = [r.message_id for r in received if r.message_id]
        found = reader.find_by_message_ids(inbox_folder, wanted) if wanted else {}
        in_inbox = frozenset(mid for mid, uids in found.items() if uids)
        return MailboxCheck(True, "", folder, tuple(checked), in_inbox)
    except (MailboxError, ValueError, OSError) as exc:
        log.warning("dossier: the mailbox cannot be checked: %s", exc)
        return _unchecked(emails, f"the IMAP server could not be reached: {exc}")
    finally:
        if reader is not None:
            reader.close()


def _unchecked(emails: Sequence[SentEmail], reason: str) -> MailboxCheck:
    return MailboxCheck(False, reason, "", tuple(judge(e, None) for e in emails), frozenset())


def mailbox_opener(config: Config) -> Callable[[], MailboxReader] | None:
    """A function that opens a logged-in IMAP session on the owner's mailbox, or None without
    an [imap] section. The password is loaded when it is called."""
    account = config.imap
    if account is None:
        return None

    def open_session() -> MailboxReader:
        from dunnerd.config.secrets import SecretError, load_secret
        from dunnerd.mail.imap import ImapSession

        try:
            session = ImapSession(account, load_secret(account.password))
        except SecretError as exc:
            raise MailboxError(str(exc)) from None
        session.connect()
        return session

    return open_session
