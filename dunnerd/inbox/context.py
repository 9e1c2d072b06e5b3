"""Who a message is from, as the ledger and the config know it: asked before a word is read.

- In a thread of our reminder or invoice, or from a client's address or domain: a client.
- From a configured trusted payment sender (by its From address; whether the authentication
  holds is for trust.py to say before any money moves): a bank or a payment service.
- Anything else: unknown.

`read_context` does the asking through a `Correlation` (the ledger's answers); the decision
that follows (classify.decide) is pure and reads only the `LedgerContext` it returns. The
corpus bench builds contexts by hand to replay every message as if from a client or a bank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from dunnerd.config.schema import TrustedSender
from dunnerd.inbox import extract
from dunnerd.inbox.parse import ParsedMessage
from dunnerd.inbox.trust import trusted_sender_for

CLIENT, TRUSTED, UNKNOWN = "client", "trusted", "unknown"


class Correlation(Protocol):
    """The ledger's answers about one message; implementations do the I/O, not the classifier."""

    def is_ours(self, message_id: str) -> bool:
        """Whether the Message-ID is one of our reminders."""

    def invoices_for_thread(self, message_ids: Sequence[str]) -> tuple[int, ...]:
        """Invoices whose reminder or original invoice email has one of these Message-IDs."""

    def client_for_address(self, address: str) -> int | None:
        """The client with this exact address (case-blind), if any."""

    def client_for_domain(self, domain: str) -> int | None:
        """The one client using this domain; None for free-mail or shared domains."""

    def invoices_named(self, candidates: Sequence[str],
                       client_id: int | None) -> dict[str, int]:
        """{number: id} of open invoices whose number is among the candidates."""


class NoLedger:
    """A Correlation that knows nothing: kinds only (the corpus bench)."""

    def is_ours(self, message_id: str) -> bool:
        return False

    def invoices_for_thread(self, message_ids: Sequence[str]) -> tuple[int, ...]:
        return ()

    def client_for_address(self, address: str) -> int | None:
        return None

    def client_for_domain(self, domain: str) -> int | None:
        return None

    def invoices_named(self, candidates: Sequence[str],
                       client_id: int | None) -> dict[str, int]:
        return {}


@dataclass(frozen=True)
class LedgerContext:
    """What the ledger and the config say about one message's sender."""

    ours: bool = False  # its Message-ID is one of our reminders
    thread_invoice_ids: tuple[int, ...] = ()  # invoices of our mail it threads to
    client_id: int | None = None
    client_by: str | None = None  # "sender_address" or "sender_domain"
    named: Mapping[str, int] = field(default_factory=dict)  # open invoices it names
    trusted_sender: str | None = None  # the trusted-sender entry its From matches (unverified)

    @property
    def origin(self) -> str:
        if self.trusted_sender:
            return TRUSTED
        if self.thread_invoice_ids or self.client_id is not None:
            return CLIENT
        return UNKNOWN


def read_context(m: ParsedMessage, known: Correlation,
                 trusted: Sequence[TrustedSender] = ()) -> LedgerContext:
    """Ask the ledger who `m` is from and which of our open invoices it names."""
    if m.message_id and known.is_ours(m.message_id):
        return LedgerContext(ours=True)
    entry = trusted_sender_for(m.from_address, trusted) if m.from_address else None
    client_id: int | None = None
    client_by: str | None = None
    if m.from_address and entry is None:
        client_id = known.client_for_address(m.from_address)
        client_by = "sender_address"
        if client_id is None and "@" in m.from_address:
            client_id = known.client_for_domain(m.from_address.rsplit("@", 1)[1])
            client_by = "sender_domain"
        if client_id is None:
            client_by = None
    threaded = known.invoices_for_thread(m.thread_ids) if m.thread_ids and entry is None else ()
    named = known.invoices_named(extract.candidates(f"{m.subject}\n{m.text}"), client_id)
    return LedgerContext(False, tuple(threaded), client_id, client_by, dict(named),
                         entry.address if entry else None)
