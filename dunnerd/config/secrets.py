"""Secrets for the mail accounts, loaded on demand from where the config says they are.

Apart from load.py because it does I/O (reads files, runs a command) that loading the
config must not do: a command such as `dunnerd plan` needs no password and runs no command.
No error raised here shows the secret or anything the command printed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

from dunnerd.config.errors import ConfigError
from dunnerd.config.schema import Secret, SecretRef, SecretSource

COMMAND_TIMEOUT = 15.0  # seconds: long enough to unlock a GPG key, short enough to notice a hang


class SecretError(ConfigError):
    """A secret that cannot be loaded. The message names the key path and the problem only."""

    def __init__(self, key_path: str, problem: str) -> None:
        self.key_path = key_path
        super().__init__(f"{key_path}: {problem}")


def load_secret(ref: SecretRef, environ: Mapping[str, str] | None = None) -> Secret:
    """Load the secret `ref` points to: inline; a file's content without its trailing newline;
    the first line a command prints (run without a shell, at most 15 s, exit status 0); or a
    systemd credential, `$CREDENTIALS_DIRECTORY/<name>`. Raises SecretError."""
    env = os.environ if environ is None else environ
    if ref.source is SecretSource.INLINE:
        if ref.inline is None:
            raise SecretError(ref.key_path, "no password; expected a non-empty password")
        return ref.inline
    if ref.source is SecretSource.FILE:
        return _read_file(ref.key_path, Path(ref.locator), private=True)
    if ref.source is SecretSource.COMMAND:
        return _run_command(ref.key_path, ref.locator)
    directory = env.get("CREDENTIALS_DIRECTORY", "")
    if not directory:
        raise SecretError(ref.key_path, "$CREDENTIALS_DIRECTORY is not set; expected dunnerd "
                                        f"to run under systemd with LoadCredential={ref.locator}:…")
    return _read_file(ref.key_path, Path(directory) / ref.locator)


def _read_file(key_path: str, path: Path, *, private: bool = False) -> Secret:
    """`private`: refuse a file that group or others can read (a password_file the owner
    keeps; systemd credentials are the system's to protect)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SecretError(key_path, f"{path} does not exist; expected a file holding the "
                                    "password") from None
    except PermissionError:
        raise SecretError(key_path, f"{path} cannot be read (permission denied); expected a "
                                    "file this user can read") from None
    except OSError as exc:
        raise SecretError(key_path, f"{path} cannot be read ({exc.strerror}); expected a "
                                    "readable file") from None
    except UnicodeDecodeError:
        raise SecretError(key_path, f"{path} is not UTF-8 text; expected the password as "
                                    "UTF-8 text") from None
    value = text.removesuffix("\n").removesuffix("\r")
    if not value:
        raise SecretError(key_path, f"{path} is empty; expected the password")
    if private:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise SecretError(key_path, f"{path} can be read by group or others (mode "
                                        f"{mode:o}); expected mode 600: chmod 600 {path}")
    return Secret(value)


def _run_command(key_path: str, command: str) -> Secret:
    # Errors name the program at most: the rest of the command line may hold a secret, and what
    # it printed (on stdout or stderr) surely may.
    argv = shlex.split(command)
    program = argv[0] if argv else ""
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=COMMAND_TIMEOUT, check=False)
    except FileNotFoundError:
        raise SecretError(key_path, f"{program}: command not found; expected a program on "
                                    "PATH or an absolute path") from None
    except subprocess.TimeoutExpired:
        raise SecretError(key_path, f"{program} did not finish within {COMMAND_TIMEOUT:g} s; "
                                    "expected a command that needs no input") from None
    except OSError as exc:  # not executable, argv empty, ...
        raise SecretError(key_path, f"{program} cannot be run ({exc.strerror}); expected an "
                                    "executable command") from None
    if done.returncode != 0:
        raise SecretError(key_path, f"{program} failed with exit status {done.returncode} "
                                    "(its output is not shown, as it may hold the secret; run it "
                                    "by hand to see why); expected exit status 0")
    try:
        lines = done.stdout.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise SecretError(key_path, f"{program} printed something that is not UTF-8 text; "
                                    "expected the password on its first line") from None
    if not lines or not lines[0]:
        raise SecretError(key_path, f"{program} printed nothing; expected the password on its "
                                    "first line")
    return Secret(lines[0])
