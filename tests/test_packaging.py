"""What `pip install .` puts in the wheel: every package and data file of the source tree. The
package list in pyproject.toml is written by hand (the templates live outside dunnerd/), so a
new sub-package left out of it installs a dunnerd that fails on its first import, which no
other test sees: they run from the checkout."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def source_dir(package: str) -> Path:
    mapped = SETUPTOOLS.get("package-dir", {})
    for prefix in sorted(mapped, key=len, reverse=True):
        if package == prefix or package.startswith(prefix + "."):
            rest = package[len(prefix):].lstrip(".")
            return ROOT / mapped[prefix] / Path(*rest.split(".") if rest else ())
    return ROOT / Path(*package.split("."))


def test_every_package_of_the_tree_is_listed() -> None:
    listed = set(SETUPTOOLS["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT).parts)
               for init in (ROOT / "dunnerd").rglob("__init__.py")}
    assert in_tree - listed == set(), "add these to [tool.setuptools] packages"
    for package in listed:
        assert source_dir(package).is_dir(), f"{package}: no such folder"


def shipped(relative: PurePosixPath, pattern: str) -> bool:
    """setuptools' package-data glob: "**/" is any depth below the package, "*" one name."""
    if pattern.startswith("**/"):
        return len(relative.parts) > 1 and fnmatch(relative.name, pattern[3:])
    return len(relative.parts) == 1 and fnmatch(relative.name, pattern)


def test_every_data_file_is_shipped() -> None:
    data = SETUPTOOLS["package-data"]
    missing = []
    for package in SETUPTOOLS["packages"]:
        for path in source_dir(package).iterdir():
            if path.is_dir() or path.suffix in (".py", ".pyc"):
                continue
            owners = [p for p in data if package == p or package.startswith(p + ".")]
            if not any(shipped(PurePosixPath(path.relative_to(source_dir(owner)).as_posix()),
                               pattern) for owner in owners for pattern in data[owner]):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add these to [tool.setuptools.package-data]"
