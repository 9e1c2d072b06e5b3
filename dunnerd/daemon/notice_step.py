"""What the daemon does when the formal-notice step comes: the outbox recorded the step for
each invoice (mail/outbox.py); here, after that pass, each client whose invoices reached it gets
one notice (legal/notices.py), stored in the ledger; the owner gets an alert with the PDF and
the next moves; with `legal.email_notice` the notice is queued in the outbox for the client,
sent by the next round of the same pass. A crash between the record and the notice is made up
at the next pass: what is owed is read from the ledger (`notices.pending`), not remembered.

Also here: the owner alert, once per missing half-year figure, when a rate a computation needs
is not in the table."""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from dunnerd.config.schema import Config
from dunnerd.daemon.alert_texts import subject_line, wrapped
from dunnerd.daemon.notice_texts import failure_alert, missing_rate_alert, notice_alert
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import OwnerAlert
from dunnerd.ledger.store import Store
from dunnerd.legal import notices
from dunnerd.legal.notice_email import queue_email
from dunnerd.legal.overview import missing_rates

log = logging.getLogger(__name__)


def add_alert(store: Store, key: str, kind: str, subject: str, body: str,
              attachment: tuple[str, bytes] | None = None) -> bool:
    """An owner alert, once per `key`; True if new."""
    try:
        with store.session() as s:
            if s.exec(select(OwnerAlert.id).where(OwnerAlert.key == key)).first():
                return False
            s.add(OwnerAlert(key=key, kind=kind, created_at=store.clock.now(),
                             subject=subject_line(subject), body=wrapped(body.splitlines()),
                             attachment_name=attachment[0] if attachment else None,
                             attachment=attachment[1] if attachment else None))
    except IntegrityError:
        return False
    return True


def make_pending_notices(store: Store, config: Config, renderer: Renderer) -> int:
    """Generate the notices the recorded steps call for; how many were made. One client's
    failure (a broken template, a glyph the font lacks) is an alert, never a stop."""
    made = 0
    for client_id, numbers in notices.pending(store).items():
        try:
            generated = notices.generate(store, config, client_id, numbers, actor="daemon")
        except Exception as exc:
            log.exception("cannot generate the formal notice client_id=%d invoices=%s",
                          client_id, ",".join(numbers))
            subject, body = failure_alert(numbers, exc)
            add_alert(store, f"notice-failed:{client_id}:{','.join(numbers)}",
                      "notice_failed", subject, body)
            continue
        made += 1
        message_id = None
        if config.legal.email_notice:
            try:
                message_id = queue_email(store, config, renderer, generated.notice.id or 0)
            except Exception:
                log.exception("cannot queue the formal notice's email notice_id=%s",
                              generated.notice.id)
        subject, body = notice_alert(generated, config, message_id)
        add_alert(store, f"notice:{generated.notice.id}", "formal_notice", subject, body,
                  (generated.notice.file_name, generated.notice.pdf))
    return made


def alert_missing_rates(store: Store, config: Config, now: dt.datetime) -> int:
    """One alert per half-year figure that a computation needs and the table lacks."""
    today = now.astimezone(ZoneInfo(config.owner.timezone)).date()
    created = 0
    for (period, figure), numbers in missing_rates(store, config, today).items():
        subject, body = missing_rate_alert(period, figure, numbers)
        created += add_alert(store, f"rate-missing:{period.key}:{figure}", "rate_missing",
                             subject, body)
    return created
