"""Run the calculators, or build the site, with every norm set to a dummy value.

Used by the tests that prove that norms drive every text: a norm changed in calculators/norms.py
must change every hint, default, message, label and page text that states it. Runs in its own
process (the patched norms must be in place before the calculators are imported):

    python -m tests.norm_dummy texts OUT.json    # every text of every calculator, as JSON
    python -m tests.norm_dummy build SITE_DIR    # a strict build of the site

`citations()` gives, per norm, the phrases that state it, to look for the old and the new value.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DUMMY = {
    "boeken_per_leerling_min": 7,
    "boeken_per_leerling_optimaal": 11,
    "looptijd_overeenkomst_min": 4,
    "sanering_maximale_leeftijd": 9,
    "afkoop_leenrecht_sinds": 2031,
}
WORDS = {3: "drie", 4: "vier", 5: "vijf", 7: "zeven", 8: "acht", 9: "negen", 11: "elf"}
# How pages and calculators state each norm; {v} is the value, in digits or as a Dutch word.
PHRASES = {
    "boeken_per_leerling_min": [r"minima(?:al|le|um)\w*\s+(?:van\s+)?{v}\b", r"\b{v}\s+boeken per leerling als minimum",
                                r"minimumnorm: [\d.]+ leerlingen × {v} boeken", r"\({v} per leerling\)",
                                r"Boeken per leerling {v} boeken per leerling"],
    "boeken_per_leerling_optimaal": [r"optima(?:al|le)\s+{v}\b", r"optimale norm: [\d.]+ leerlingen × {v} boeken"],
    "looptijd_overeenkomst_min": [r"(?:minstens|minimaal|ten minste) {v} jaar", r"pas na {v} jaar",
                                  r"overeenkomst {v} jaar"],
    "sanering_maximale_leeftijd": [r"ouder dan {v} jaar"],
    "afkoop_leenrecht_sinds": [r"[Ss]inds {v}\b"],
}


def citations(key: str, value: int) -> list[re.Pattern[str]]:
    forms = "|".join(re.escape(f) for f in (str(value), WORDS.get(value)) if f)
    return [re.compile(p.replace("{v}", f"(?:{forms})")) for p in PHRASES[key]]


def patch_norms() -> dict[str, int]:
    """Set every norm to its dummy value and import the calculators afresh; returns the old values."""
    import calculators.norms as norms

    old = {key: int(norm.value) for key, norm in norms.NORMS.items()}
    for key, value in DUMMY.items():
        norms.NORMS[key] = replace(norms.NORMS[key], value=Decimal(value))
    keep = {"calculators.norms", "calculators.model", "calculators.kinds", "calculators.numbers_nl"}
    for name in [n for n in sys.modules if n == "calculators" or n.startswith("calculators.")]:
        if name not in keep:
            del sys.modules[name]
    return old


def calculator_texts() -> list[str]:
    """Every text a visitor can read from the calculators: fields, messages, results, quotes."""
    import calculators

    texts: list[str] = []
    for calculator in calculators.REGISTRY.values():
        for f in calculator.fields:
            texts += [f.label, f.hint, f.source.text, f"{f.label} {f.default} {f.unit}"]
        texts += [g.legend + " " + g.hint for g in calculator.groups]
        names = {f.name for f in calculator.fields}
        low = {name: "1" for name in ("boeken_per_leerling", "looptijd") if name in names}
        for payload in ({}, low):
            answer = calculators.run(calculator.id, payload)
            texts += list(answer["warnings"].values())
            texts += [item["label"] + " " + item["value"] for item in answer["result"].values()]
            texts += answer["explanation"]
            texts.append(answer.get("csv", ""))
    return texts


def main(argv: list[str]) -> int:
    command, target = argv
    old = patch_norms()
    if command == "texts":
        Path(target).write_text(json.dumps({"old": old, "texts": calculator_texts()}, ensure_ascii=False), "utf-8")
        return 0
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config: Any = load_config(str(ROOT / "mkdocs.yml"), site_dir=target, strict=True)
    # Built as `mkdocs serve` builds (hooks/build_steps.py): the page texts are the same, without the
    # first-paint step and the service worker's list, which these tests do not read.
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
