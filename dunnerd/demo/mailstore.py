"""The demo IMAP server's mail: users with passwords, folders with UIDVALIDITY and UIDs, messages
with flags, and listeners told of every change (so IDLE sessions hear of new mail). Thread-safe;
no protocol here (imap_server.py speaks IMAP over it)."""

from __future__ import annotations

import datetime as dt
import hmac
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace


class UnknownMailbox(LookupError):
    """No such user, or no such folder for that user."""


@dataclass(frozen=True)
class StoredMessage:
    uid: int
    raw: bytes
    flags: frozenset[str]
    internal_date: dt.datetime


@dataclass(frozen=True)
class FolderView:
    """A consistent copy of one folder at one moment."""

    name: str
    special_use: str | None  # "\\Sent", ...
    uidvalidity: int
    uidnext: int
    messages: tuple[StoredMessage, ...]


class MailStore:
    """Every user's folders, in memory, each user starting with INBOX and Sent (\\Sent).

    Thread-safe: the SMTP server, the IMAP server and the caller each use it from their own
    thread. Listeners hear (user, folder) after each new message, on the thread that added it.
    """

    def __init__(self, passwords: Mapping[str, str]) -> None:
        self._passwords = dict(passwords)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[str, str], None]] = []
        self._next_uidvalidity = int(time.time())
        self._folders: dict[str, dict[str, FolderView]] = {user: {} for user in passwords}
        for user in passwords:
            self.create(user, "INBOX")
            self.create(user, "Sent", special_use="\\Sent")

    def check_password(self, user: str, password: str) -> bool:
        expected = self._passwords.get(user)
        return expected is not None and hmac.compare_digest(expected.encode(), password.encode())

    def add_listener(self, listener: Callable[[str, str], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[str, str], None]) -> None:
        with self._lock:
            self._listeners.remove(listener)

    def create(self, user: str, name: str, special_use: str | None = None) -> bool:
        """Add an empty folder; False if it exists."""
        with self._lock:
            folders = self._user_folders(user)
            if folder_key(name) in folders:
                return False
            self._next_uidvalidity += 1
            folders[folder_key(name)] = FolderView(folder_key(name), special_use,
                                                    self._next_uidvalidity, 1, ())
            return True

    def folders(self, user: str) -> list[FolderView]:
        with self._lock:
            return list(self._user_folders(user).values())

    def folder(self, user: str, name: str) -> FolderView:
        with self._lock:
            return self._folder(user, name)

    def count(self, user: str, name: str) -> int:
        return len(self.folder(user, name).messages)

    def append(self, user: str, name: str, raw: bytes, flags: frozenset[str] = frozenset(),
               when: dt.datetime | None = None) -> tuple[int, int]:
        """Store `raw` as the folder's newest message; its (UIDVALIDITY, UID)."""
        stamp = (when or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        with self._lock:
            view = self._folder(user, name)
            message = StoredMessage(view.uidnext, bytes(raw), flags, stamp)
            self._folders[user][view.name] = replace(
                view, uidnext=view.uidnext + 1, messages=(*view.messages, message))
            listeners = list(self._listeners)
        for listener in listeners:
            listener(user, view.name)
        return view.uidvalidity, message.uid

    def set_flags(self, user: str, name: str, uids: Collection[int], flags: Collection[str],
                  mode: str) -> list[StoredMessage]:
        """Add ("+"), remove ("-") or replace ("") the flags of `uids`; the changed messages."""
        with self._lock:
            view = self._folder(user, name)
            messages, changed = list(view.messages), []
            for index, message in enumerate(messages):
                if message.uid in uids:
                    new = {"+": message.flags | set(flags), "-": message.flags - set(flags)}
                    messages[index] = replace(message, flags=new.get(mode, frozenset(flags)))
                    changed.append(messages[index])
            self._folders[user][view.name] = replace(view, messages=tuple(messages))
            return changed

    def _user_folders(self, user: str) -> dict[str, FolderView]:
        try:
            return self._folders[user]
        except KeyError:
            raise UnknownMailbox(f"no user {user!r}") from None

    def _folder(self, user: str, name: str) -> FolderView:
        try:
            return self._user_folders(user)[folder_key(name)]
        except KeyError:
            raise UnknownMailbox(f"no folder {name!r} for {user!r}") from None


def folder_key(name: str) -> str:
    return "INBOX" if name.upper() == "INBOX" else name
