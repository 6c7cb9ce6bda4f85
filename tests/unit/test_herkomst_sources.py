"""Every heading an origin cites (`sectie` of a `herkomst`, in data/ and in the pages' herkomst() calls)
stands in the publication's text as it is printed. The texts are in ../shared/sources (not part of
this repository): without them the test is skipped."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.helpers import ROOT

SOURCES = ROOT.parent / "shared" / "sources"
FILES = {
    "handboek-po": "handboek-bibliotheek-op-school-po.txt",
    "ouderbetrokkenheid-bibliotheken": "ouderbetrokkenheid-lezen-bibliotheken.txt",
    "handreiking-vve": "handreiking-samenwerken-met-alle-ouders-vve.txt",
    "presentatie-nieuwkomers": "presentatie-ouderbetrokkenheid-nieuwkomers.txt",
    "stappenplan-kinderopvang": "stappenplan-samenwerken-ouders-kinderopvang.txt",
}
# Words that say where in a publication, not what its heading is.
LOCATOR = re.compile(r"^(hoofdstuk \d+|bijlage|dia's|dia|voetnoot \d+|de alinea boven)\b\s*")
MACRO = re.compile(r'\{\{ herkomst\("([a-z-]+)", "([^"]+)"\) \}\}')


def origins(node: Any, where: str) -> Iterator[tuple[str, str, str]]:
    """(where, publication, heading) for every herkomst in a loaded data file."""
    if isinstance(node, dict):
        origin = node.get("herkomst")
        if isinstance(origin, dict) and "publicatie" in origin:
            yield where, origin["publicatie"], origin["sectie"]
        for child in node.values():
            yield from origins(child, where)
    elif isinstance(node, list):
        for child in node:
            yield from origins(child, where)


def cited() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((ROOT / "data").rglob("*.yml")):
        found += origins(yaml.safe_load(path.read_text(encoding="utf-8")), path.relative_to(ROOT).as_posix())
    for path in sorted((ROOT / "docs").rglob("*.md")):
        found += [(path.relative_to(ROOT).as_posix(), *m.groups()) for m in MACRO.finditer(path.read_text("utf-8"))]
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def missing(heading: str, text: str) -> list[str]:
    """The parts of a cited heading that the publication's text does not print."""
    whole = LOCATOR.sub("", heading)
    if not whole or flat(whole) in text:
        return []
    gaps = []
    for part in (LOCATOR.sub("", piece) for piece in heading.split(", ")):
        if part and flat(part) not in text and not all(flat(p) in text for p in part.split(" en ")):
            gaps.append(part)
    return gaps


@pytest.mark.skipif(not SOURCES.is_dir(), reason="de brontekst staat niet naast deze repository")
def test_every_cited_heading_is_printed_in_its_publication():
    texts = {key: flat((SOURCES / name).read_text(encoding="utf-8")) for key, name in FILES.items()}
    found = cited()
    assert len(found) > 80
    problems = [f"{where}: {publication}, '{heading}': {gaps}" for where, publication, heading in found
                if (gaps := missing(heading, texts[publication]))]
    assert problems == []


def test_the_check_finds_an_invented_heading():
    text = flat("3.1 Omgaan met \ndiversiteit\nTot slot\nStap 5 \n")
    assert missing("3.1 Omgaan met diversiteit", text) == []
    assert missing("hoofdstuk 2, Tot slot, Stap 5", text) == []
    assert missing("hoofdstuk 2, Omgaan met ouders", text) == ["Omgaan met ouders"]
