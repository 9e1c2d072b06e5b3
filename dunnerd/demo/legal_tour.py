"""The legal end of `dunnerd demo`: the history of the invoice that reaches the formal notice
(its three reminders, composed as the daemon would have sent them, in the ledger, in the
client's inbox and in the owner's Sent folder), and at the end the hand-off dossier of the most
overdue client, built by the real `dunnerd dossier` command (checked against the demo's Sent
folder), its files listed and its manifest verified."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from dunnerd.config.schema import Config
from dunnerd.demo.servers import DemoMailServers
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal import dossiers
from dunnerd.mail.compose import compose_reminder, make_message_id
from dunnerd.mail.reminder_context import reminder_context
from dunnerd.states import InvoiceStatus, ReminderState

Say = Callable[[str], None]
Cli = Callable[..., int]


def write_history(store: Store, config: Config, servers: DemoMailServers, owner: str,
                  client_user: str, number: str, history: Sequence[tuple[str, int]],
                  now: dt.datetime) -> None:
    """The reminders `number` got before the demo, with their exact bytes: in the ledger, the
    client's inbox and the owner's Sent folder, as if dunnerd had sent them."""
    invoice = store.get_invoice(number)
    client = store.get_client_by_id(invoice.client_id)
    renderer = Renderer(config.templates_dir)
    domain = config.owner.email.rpartition("@")[2]
    earlier: list[str] = []
    with store.session() as s:
        for step, days in history:
            at = now - dt.timedelta(days=days)
            context = reminder_context(config, client, [invoice], step, at.date(), len(earlier))
            message_id = make_message_id(domain, now=at)
            raw = compose_reminder(
                owner=config.owner, to=client.emails, cc=client.cc, client_name=client.name,
                rendered=renderer.render(context), message_id=message_id, date=at,
                invoice_numbers=[number], in_reply_to=earlier[-1] if earlier else None,
                references=earlier)
            s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id, step=step,
                           planned_at=at, sent_at=at, state=ReminderState.FILED,
                           group_key=message_id, message_id=message_id, raw_message=raw,
                           sha256=hashlib.sha256(raw).hexdigest(),
                           smtp_reply="250 sample history"))
            servers.deliver(client_user, raw)
            servers.file_sent(owner, raw, at)
            earlier.append(message_id)


def most_overdue_client(store: Store) -> str | None:
    """The key of the client whose oldest unpaid invoice is the most overdue."""
    unpaid = store.list_invoices([InvoiceStatus.OPEN, InvoiceStatus.PROMISED,
                                  InvoiceStatus.PAUSED, InvoiceStatus.DISPUTED])
    if not unpaid:
        return None
    oldest = min(unpaid, key=lambda i: (i.due, i.number))
    return store.get_client_by_id(oldest.client_id).key


def show_dossier(store: Store, cli: Cli, say: Say, number: str) -> bool:
    """The notice of `number` posted, then the dossier of the most overdue client, kept in the
    system's temporary folder: its files and its verification."""
    key = most_overdue_client(store)
    if key is None:
        say("no unpaid invoice left: no dossier to make")
        return False
    today = store.clock.now().date().isoformat()
    if cli("The formal notice goes by registered letter", "notice", "sent", number,
           "--lrar", "1A00000000000", "--date", today) != 0:
        return False
    folder = Path(tempfile.mkdtemp(prefix="dunnerd-demo-dossier-"))
    if cli(f"The hand-off dossier of the most overdue client ({key})", "dossier", "--client",
           key, "--out", str(folder)) != 0:
        return False
    made = dossiers.latest_for_client(store, store.get_client(key).id or 0)
    if made is None:
        say("the dossier was not recorded")
        return False
    data = Path(made.path).read_bytes()
    say(f"\nIts files ({made.path}, kept for you to open; delete the folder when done):")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            say(f"  {info.file_size:>8}  {info.filename}")
    return cli("Every file against the manifest", "dossier", "verify", made.path) == 0
