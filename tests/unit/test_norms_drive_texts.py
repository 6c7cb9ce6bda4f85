"""Norms drive every calculator text: with each norm set to a dummy value, every hint, default,
message, label, explanation and quote that states it shows the dummy value, and none the old one."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculators.norms import NORMS
from tests.norm_dummy import DUMMY, ROOT, calculator_texts, citations


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    out = tmp_path_factory.mktemp("norms") / "texts.json"
    subprocess.run([sys.executable, "-m", "tests.norm_dummy", "texts", str(out)], cwd=ROOT, check=True)
    dummy = json.loads(Path(out).read_text(encoding="utf-8"))
    return calculator_texts(), dummy["texts"]


def count(patterns, texts):
    return sum(len(p.findall(text)) for p in patterns for text in texts)


@pytest.mark.parametrize("key", sorted(DUMMY))
def test_calculator_texts_follow_the_norm(texts, key):
    normal, dummy = texts
    old, new = int(NORMS[key].value), DUMMY[key]
    cited = count(citations(key, old), normal)
    if key in ("afkoop_leenrecht_sinds",):  # no calculator states this norm
        assert cited == 0
        return
    assert cited > 0, f"no calculator text states {key}"
    assert count(citations(key, old), dummy) == 0, [t for t in dummy if any(p.search(t) for p in citations(key, old))]
    assert count(citations(key, new), dummy) >= cited
