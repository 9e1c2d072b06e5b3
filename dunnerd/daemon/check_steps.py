"""How `dunnerd check` runs blocking checks: one line per check (`CheckResult`), and a chain of
steps run in one thread, each bounded by a timeout, stopping at the first failure."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# A call the socket timeout does not cover (a DNS lookup, a chain of reads) still ends here.
HARD_STOP_EXTRA = 2.0


@dataclass(frozen=True)
class CheckResult:
    """One line of `dunnerd check`: `detail` says what was found (or what is wrong), `fix` what
    to do about it ("" when ok)."""

    name: str
    ok: bool
    detail: str
    fix: str = ""

    def view(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "fix": self.fix}


Step = tuple[str, Callable[[], CheckResult]]


async def steps_in_thread(steps: Sequence[Step], limit: float, on_timeout: str,
                           cleanup: Callable[[], None] = lambda: None) -> list[CheckResult]:
    """Run blocking `steps` in order in one daemon thread, each given `limit` seconds; stop at
    the first failure. Steps after a failure or a timeout are reported as not tried. A step that
    overruns is abandoned, not killed: its own socket timeout ends it, then `cleanup` runs in
    the thread. A daemon thread, so a stuck call never keeps the process from exiting."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[CheckResult | BaseException] = asyncio.Queue()
    abandoned = threading.Event()

    def post(item: CheckResult | BaseException) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
            loop.call_soon_threadsafe(queue.put_nowait, item)

    def work() -> None:
        try:
            for _name, step in steps:
                if abandoned.is_set():
                    return
                result = step()
                post(result)
                if not result.ok:
                    return
        except BaseException as exc:  # a bug in a step: re-raised on the loop's side
            post(exc)
        finally:
            cleanup()

    threading.Thread(target=work, name="dunnerd-check", daemon=True).start()
    results: list[CheckResult] = []
    for name, _step in steps:
        try:
            async with asyncio.timeout(limit + HARD_STOP_EXTRA):
                item = await queue.get()
        except TimeoutError:
            abandoned.set()
            results.append(CheckResult(name, False, f"no result within {limit:g} s",
                                       on_timeout))
            break
        if isinstance(item, BaseException):
            raise item
        results.append(item)
        if not item.ok:
            break
    return results + not_tried(steps[len(results):], results)


def not_tried(steps: Sequence[Step], done: Sequence[CheckResult]) -> list[CheckResult]:
    because = done[-1].name if done else "a previous check"
    return [CheckResult(name, False, f"not tried, as {because} failed") for name, _ in steps]
