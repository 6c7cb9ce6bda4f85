"""The data layer: every YAML file in data/ loaded, validated against its schema in schemas/ and
cross-checked, with every problem reported at once in Dutch. Nothing here depends on MkDocs."""
from __future__ import annotations

from .load import DataError, load_data

__all__ = ["DataError", "load_data"]
