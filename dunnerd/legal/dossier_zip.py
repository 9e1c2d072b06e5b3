"""The dossier as a ZIP that says what it holds: a manifest (manifest.json) lists every other
file with its size and SHA-256, and SHA256SUMS repeats the digests in the format of
`sha256sum -c`, for a recipient without dunnerd. Pure: files in, bytes out, and back.

The archive is deterministic: entries sorted by name, one fixed timestamp (the dossier's day),
fixed permissions and compression, so the same files always give the same bytes and the
dossier's own SHA-256 in the ledger identifies it."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
FORMAT = "dunnerd-dossier/1"
_MODE = 0o644 << 16
_LEVEL = 9


@dataclass(frozen=True)
class DossierFile:
    name: str  # the path inside the ZIP, "/"-separated
    data: bytes
    # What the manifest says of it: "title", "piece" (its number in the list of documents),
    # "source" (where the bytes come from), "note". Not part of the bytes.
    about: Mapping[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def manifest_bytes(files: Sequence[DossierFile], header: Mapping[str, Any]) -> bytes:
    """The manifest: `header` (who, when, what is missing...), then every file in name order."""
    entries = [{"name": f.name, "bytes": len(f.data), "sha256": f.sha256, **f.about}
               for f in sorted(files, key=lambda f: f.name)]
    document = {"format": FORMAT, **header, "files": entries}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sums_bytes(files: Sequence[DossierFile]) -> bytes:
    return "".join(f"{f.sha256}  {f.name}\n"
                   for f in sorted(files, key=lambda f: f.name)).encode("utf-8")


def build_zip(files: Sequence[DossierFile], header: Mapping[str, Any], day: dt.date) -> bytes:
    """The ZIP of `files` plus its manifest and SHA256SUMS. Names must be unique and must not
    be the manifest's or the sums' own."""
    names = [f.name for f in files]
    if len(set(names)) != len(names) or {MANIFEST, SUMS} & set(names):
        raise ValueError(f"duplicate or reserved file names in the dossier: {sorted(names)}")
    everything = {f.name: f.data for f in files}
    everything[MANIFEST] = manifest_bytes(files, header)
    everything[SUMS] = sums_bytes(files)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=_LEVEL) as archive:
        for name in sorted(everything):
            info = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 0, 0, 0))
            info.external_attr = _MODE
            info.create_system = 3  # Unix: the same bytes whatever builds it
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, everything[name], compresslevel=_LEVEL)
    return out.getvalue()


@dataclass(frozen=True)
class Verification:
    manifest: dict[str, Any]
    problems: tuple[str, ...]  # one line each; none: every file is as the manifest says
    checked: int  # files checked against the manifest


def verify_zip(data: bytes) -> Verification:
    """Check every file of the ZIP against its manifest: present, same size, same SHA-256, and
    no file the manifest does not list. One line per mismatch."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        return Verification({}, (f"not a ZIP file: {exc}",), 0)
    with archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if MANIFEST not in names:
            return Verification({}, (f"{MANIFEST}: missing: not a dunnerd dossier",), 0)
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            listed = {str(e["name"]): e for e in manifest["files"]}
        except (ValueError, KeyError, TypeError) as exc:
            return Verification({}, (f"{MANIFEST}: unreadable: {exc}",), 0)
        problems: list[str] = []
        for name, entry in listed.items():
            if name not in names:
                problems.append(f"{name}: listed in the manifest but missing from the ZIP")
                continue
            try:
                content = archive.read(name)
            except (zipfile.BadZipFile, OSError, ValueError) as exc:
                problems.append(f"{name}: cannot be read from the ZIP: {exc}")
                continue
            digest = hashlib.sha256(content).hexdigest()
            if digest != entry.get("sha256"):
                problems.append(f"{name}: SHA-256 {digest} differs from the manifest's "
                                f"{entry.get('sha256')}")
            elif len(content) != entry.get("bytes"):
                problems.append(f"{name}: {len(content)} bytes, the manifest says "
                                f"{entry.get('bytes')}")
        for name in names:
            if name not in listed and name not in (MANIFEST, SUMS):
                problems.append(f"{name}: in the ZIP but not in the manifest")
        if SUMS in names:
            problems += _check_sums(archive.read(SUMS).decode("utf-8", "replace"), listed)
    return Verification(manifest, tuple(problems), len(listed))


def _check_sums(text: str, listed: Mapping[str, Any]) -> list[str]:
    """SHA256SUMS must agree with the manifest (both could be edited; neither alone)."""
    problems = []
    for line in text.splitlines():
        digest, _, name = line.partition("  ")
        if name in listed and listed[name].get("sha256") != digest:
            problems.append(f"{SUMS}: {name} has another SHA-256 than in the manifest")
    return problems
