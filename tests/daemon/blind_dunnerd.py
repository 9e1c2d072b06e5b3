"""`dunnerd` without the look at the inbox before sending: a daemon that trusts the server's
notifications alone, as it did before issue 10. Run as `python -m tests.daemon.blind_dunnerd
--config FILE run` by the test that proves the look is what stops a reminder
(test_look_before_send.py): with the notifications dropped, this build sends the reminder."""

from dunnerd.cli.main import entrypoint
from dunnerd.daemon.service import Daemon


async def _trust_the_notifications(self: Daemon) -> bool:
    return True  # "the inbox was read": nothing is asked of the server


Daemon._look_at_inbox = _trust_the_notifications  # type: ignore[method-assign]

if __name__ == "__main__":
    entrypoint()
