"""One term per concept: no built page uses a variant that data/termen.yml lists as avoided."""
import re
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]


def avoided_variants() -> dict[str, str]:
    terms = yaml.safe_load((ROOT / "data" / "termen.yml").read_text(encoding="utf-8"))["termen"]
    return {variant.lower(): item["term"] for item in terms for variant in item["niet"]}


def test_no_page_uses_an_avoided_variant(site_dir, built_pages):
    variants = avoided_variants()
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for v in variants) + r")(?!\w)", re.IGNORECASE)
    found = []
    for page in built_pages:
        article = BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser").select_one("article")
        text = " ".join(article.get_text(" ").split()) if article else ""
        found += [f"{page}: '{m.group(1)}' (gebruik '{variants[m.group(1).lower()]}')" for m in pattern.finditer(text)
                  if m.group(1).lower() in variants]
    assert found == []
