"""What the daemon does when the hand-off step comes: the outbox recorded the step for each
invoice (after the formal notice's deadline, which the policy enforces); here, after that pass,
each client whose invoices reached it gets one dossier (legal/dossier.py), checked against the
Sent folder, written under the state directory (dossiers/<client>/<date>-<client>.zip) and
recorded with its SHA-256; the owner gets an alert naming the file and what is missing or
altered; with `[handoff] to` the dossier is queued in the outbox for the agency and the invoices
are handed off, sent by the next round of the same pass. What is owed is read from the ledger
(`dossiers.pending`), so a crash in between is made up at the next pass.

Also here, once a day: the court orders' deadlines."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from dunnerd.config.schema import Config
from dunnerd.daemon.handoff_texts import court_alert, dossier_alert, failure_alert
from dunnerd.daemon.notice_step import add_alert
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.store import Store
from dunnerd.legal import court_orders, dossiers
from dunnerd.legal.dossier import assemble, dossier_directory, save
from dunnerd.legal.dossier_email import queue_dossier_email
from dunnerd.legal.evidence import MailboxReader
from dunnerd.legal.procedure import procedure

log = logging.getLogger(__name__)
ATTACH_UP_TO = 10 * 2**20  # a dossier up to this size goes with the owner's alert


def make_pending_dossiers(store: Store, config: Config, renderer: Renderer,
                          open_reader: Callable[[], MailboxReader] | None) -> int:
    """Build the dossiers the recorded steps call for; how many were made. One client's
    failure (a full disk, a glyph the font lacks) is an alert, never a stop."""
    made = 0
    for client_id, numbers in dossiers.pending(store).items():
        try:
            client = store.get_client_by_id(client_id)
            built = assemble(store, config, client, numbers, open_reader)
            row = save(store, built, dossier_directory(config, client), actor="daemon")
        except Exception as exc:
            log.exception("cannot make the hand-off dossier client_id=%d invoices=%s",
                          client_id, ",".join(numbers))
            subject, body = failure_alert(numbers, exc)
            add_alert(store, f"dossier-failed:{client_id}:{','.join(numbers)}",
                      "dossier_failed", subject, body)
            continue
        made += 1
        message_id, send_error = None, None
        if config.handoff.to:
            try:
                message_id = queue_dossier_email(store, config, renderer, row.id or 0)
            except Exception as exc:
                log.exception("cannot queue the dossier's email dossier_id=%s", row.id)
                send_error = f"{type(exc).__name__}: {exc}"
        attach = len(built.data) <= ATTACH_UP_TO
        subject, body = dossier_alert(built, row, config, message_id, send_error, attach)
        add_alert(store, f"dossier:{row.id}", "dossier", subject, body,
                  (row.file_name, built.data) if attach else None)
    return made


def alert_court_deadlines(store: Store, config: Config, now: dt.datetime) -> int:
    """One alert per order and deadline that today calls for."""
    today = now.astimezone(ZoneInfo(config.owner.timezone)).date()
    rules = procedure()
    created = 0
    for due in court_orders.due_alerts(court_orders.all_orders(store), today, rules):
        subject, body = court_alert(due, rules)
        created += add_alert(store, due.key, f"court_{due.kind}", subject, body)
    return created
