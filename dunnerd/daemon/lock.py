"""One daemon per state directory: an exclusive, non-blocking lock held for the process's life."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType


class AlreadyRunning(Exception):
    def __init__(self, path: Path, holder: str) -> None:
        who = f" (pid {holder})" if holder else ""
        super().__init__(f"another dunnerd is already running on {path.parent}{who}; "
                         "stop it first (systemctl stop dunnerd)")


class StateDirError(Exception):
    """The state directory cannot hold the lock: the message says why, in one line."""


class StateLock:
    """`with StateLock(state_dir):` — the kernel releases it if the process dies, even by
    SIGKILL, so there is never a stale lock to clean up."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / "dunnerd.lock"
        self._fd: int | None = None

    def __enter__(self) -> StateLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # a read-only or full file system, a wrong owner
            raise StateDirError(f"the state directory cannot be written ({exc.strerror}): "
                                f"{self.path.parent}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            raise AlreadyRunning(self.path, holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
