"""Named crash points for the kill tests: `DUNNERD_FAILPOINT=after_data dunnerd run` dies by
SIGKILL the first time it reaches that point. Unset (always, in production) it does nothing."""

from __future__ import annotations

import os
import signal

ENV_VAR = "DUNNERD_FAILPOINT"
POINTS = ("after_prepare", "after_mark_sending", "after_data", "after_record_sent",
          "after_append")


def hit(name: str) -> None:
    if os.environ.get(ENV_VAR) == name:
        os.kill(os.getpid(), signal.SIGKILL)
