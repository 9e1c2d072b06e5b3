"""The ledger's answers to the classifier's questions about one inbound message.

Each question is one targeted query on an indexed column (Message-IDs and invoice numbers looked
up with IN); only the client list is read whole, because address lists are JSON and clients are
few. Free-mail domains never identify a client: half the world writes from gmail.com.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.states import InvoiceStatus

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "ymail.com", "hotmail.com",
    "hotmail.fr", "outlook.com", "outlook.fr", "live.com", "live.fr", "msn.com", "aol.com",
    "icloud.com", "me.com", "mac.com", "gmx.com", "gmx.fr", "gmx.de", "gmx.net", "web.de",
    "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr",
    "numericable.fr", "protonmail.com", "proton.me", "pm.me", "tutanota.com", "zoho.com",
    "mail.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "fastmail.com",
    "hey.com", "skynet.be", "bluewin.ch", "libero.it", "t-online.de",
})
_OPEN = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED,
         InvoiceStatus.HANDED_OFF)  # a reply about a handed-off invoice is still theirs
_MAX_CANDIDATES = 500


class LedgerCorrelation:
    """A `dunnerd.inbox.classify.Correlation` over an open session; reads only."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._clients: list[tuple[int, set[str]]] | None = None

    def is_ours(self, message_id: str) -> bool:
        return self.session.exec(select(Reminder.id).where(
            Reminder.message_id == message_id)).first() is not None

    def invoices_for_thread(self, message_ids: Sequence[str]) -> tuple[int, ...]:
        ids = list(dict.fromkeys(message_ids))[:_MAX_CANDIDATES]
        if not ids:
            return ()
        found = list(self.session.exec(select(Reminder.invoice_id).where(
            col(Reminder.message_id).in_(ids))))
        found += [i for i in self.session.exec(select(Invoice.id).where(
            col(Invoice.message_id).in_(ids))) if i is not None]
        return tuple(dict.fromkeys(found))

    def _client_addresses(self) -> list[tuple[int, set[str]]]:
        if self._clients is None:
            self._clients = [
                (client.id, {e.strip().lower() for e in [*client.emails, *client.cc]})
                for client in self.session.exec(select(Client)) if client.id is not None]
        return self._clients

    def client_for_address(self, address: str) -> int | None:
        wanted = address.strip().lower()
        for client_id, addresses in self._client_addresses():
            if wanted in addresses:
                return client_id
        return None

    def client_for_domain(self, domain: str) -> int | None:
        wanted = domain.strip().lower()
        if not wanted or wanted in FREE_MAIL_DOMAINS:
            return None
        owners = {client_id for client_id, addresses in self._client_addresses()
                  if any(a.rsplit("@", 1)[-1] == wanted for a in addresses)}
        return owners.pop() if len(owners) == 1 else None  # a shared domain names no one

    def invoices_named(self, candidates: Sequence[str],
                       client_id: int | None) -> dict[str, int]:
        tokens = list(dict.fromkeys(candidates))[:_MAX_CANDIDATES]
        if not tokens:
            return {}
        query = select(Invoice.number, Invoice.id).where(
            col(Invoice.number).in_(tokens), col(Invoice.status).in_(_OPEN))
        if client_id is not None:
            query = query.where(Invoice.client_id == client_id)
        return {number: invoice_id for number, invoice_id in self.session.exec(query)
                if invoice_id is not None}
