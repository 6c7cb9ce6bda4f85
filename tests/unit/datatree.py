"""Helpers for the data tests: a throw-away copy of data files and schemas to break on purpose,
and the Dutch problems that load_data reports for it."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from macros.data import DataError, load_data

ROOT = Path(__file__).resolve().parents[2]


def copy_tree(tmp_path: Path, files: list[str], kinds: list[str]) -> tuple[Path, Path]:
    """Copy data files (paths relative to data/) and the schemas of `kinds`; return (data, schemas)."""
    data, schemas = tmp_path / "data", tmp_path / "schemas"
    schemas.mkdir(parents=True)
    data.mkdir(parents=True)
    for name in files:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "data" / name, data / name)
    for kind in kinds:
        shutil.copy(ROOT / "schemas" / f"{kind}.schema.json", schemas)
    return data, schemas


def problems(data: Path | tuple[Path, Path], schemas: Path = ROOT / "schemas") -> list[str]:
    """The problems load_data reports (it must report some)."""
    if isinstance(data, tuple):
        data, schemas = data
    with pytest.raises(DataError) as error:
        load_data(data, schemas)
    return error.value.problems


def edit_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    """Load a YAML file, let `change` modify it, write it back (keeping a leading comment line)."""
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    document = yaml.safe_load(text)
    change(document)
    head = first + "\n" if first.startswith("#") else ""
    path.write_text(head + yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
