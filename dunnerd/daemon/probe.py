"""The daemon's state for `dunnerd status`: what a running daemon leaves behind (the state
directory's lock, the inbox cursors, the outbox and the quarantine), read without disturbing it."""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from dunnerd.ledger.models import Client, InboundMessage, Invoice, MailboxState, Reminder
from dunnerd.ledger.store import Store
from dunnerd.ledger.views import iso_utc
from dunnerd.states import ReminderState

LATEST = 5  # how many of the latest failures `status` lists


@dataclass(frozen=True)
class DaemonProbe:
    running: bool | None  # None: the lock file could not be opened (permissions)
    pid: int | None
    lock_file: Path
    problem: str = ""


def probe_daemon(state_dir: Path) -> DaemonProbe:
    """Is a daemon holding the state directory's lock (dunnerd.daemon.lock.StateLock)? Takes a
    shared lock without waiting and releases it at once: if that works, none runs. Never creates the
    file. A daemon starting in that very instant would be refused, as if a second one ran."""
    path = state_dir / "dunnerd.lock"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return DaemonProbe(False, None, path)
    except OSError as exc:
        return DaemonProbe(None, None, path, f"cannot open {path}: {exc.strerror}; run "
                                             "dunnerd status as the daemon's user")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            return DaemonProbe(True, int(holder) if holder.isdigit() else None, path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return DaemonProbe(False, None, path)
    finally:
        os.close(fd)


def daemon_state(store: Store, state_dir: Path) -> dict[str, Any]:
    """The `daemon`, `inbox`, `outbox` and `failures` keys of `status --json`."""
    probe = probe_daemon(state_dir)
    problems = (ReminderState.FAILED, ReminderState.UNKNOWN)
    with store.session() as s:
        folders = list(s.exec(select(MailboxState).order_by(col(MailboxState.folder))))
        outbox = {ReminderState(state).value: int(n) for state, n in s.exec(
            select(Reminder.state, func.count()).group_by(col(Reminder.state)))}
        latest = s.exec(
            select(Reminder, Invoice.number, Client.key)
            .join(Invoice, col(Invoice.id) == col(Reminder.invoice_id))
            .join(Client, col(Client.id) == col(Reminder.client_id))
            .where(col(Reminder.state).in_(problems))
            .order_by(col(Reminder.id).desc()).limit(LATEST)).all()
        quarantined = int(s.exec(select(func.count()).select_from(InboundMessage)
                                 .where(col(InboundMessage.quarantined))).one())
        held = s.exec(select(InboundMessage).where(col(InboundMessage.quarantined))
                      .order_by(col(InboundMessage.id).desc()).limit(LATEST)).all()
    return {
        "daemon": {"running": probe.running, "pid": probe.pid, "lock_file": str(probe.lock_file),
                   "problem": probe.problem or None},
        "inbox": [{"folder": m.folder, "uidvalidity": m.uidvalidity, "last_uid": m.last_uid,
                   "last_sync_at": iso_utc(m.last_sync_at)} for m in folders],
        "outbox": dict(sorted(outbox.items())),
        "failures": {
            "reminders": {
                "failed": outbox.get(ReminderState.FAILED.value, 0),
                "unknown": outbox.get(ReminderState.UNKNOWN.value, 0),
                "latest": [{"invoice": number, "client": key, "step": r.step,
                            "state": r.state.value, "planned_at": iso_utc(r.planned_at),
                            "sent_at": iso_utc(r.sent_at), "attempts": r.attempts,
                            "message_id": r.message_id, "last_error": r.last_error,
                            "smtp_reply": r.smtp_reply} for r, number, key in latest],
            },
            "quarantined": {
                "count": quarantined,
                "latest": [{"folder": m.folder, "uid": m.uid, "received_at": iso_utc(m.received_at),
                            "from": m.from_address, "subject": m.subject,
                            "error": m.evidence.get("error")} for m in held],
            },
        },
    }
