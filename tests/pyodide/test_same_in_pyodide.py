"""The same calculator cases in real Pyodide (Node, loading the wheel through the site's own lock
file, as the browser does) give the same JSON as in CPython."""
import json
import random
import subprocess

import pytest

import calculators

pytestmark = pytest.mark.pyodide

SAMPLES = ["", "0", "1", "12,5", "12.5", "1.234", "1.234,56", "€ 15", "10%", "-3", "abc", "1e5", "  7 ", "999999999"]


def cases():
    rng = random.Random(20261122)  # fixed seed: the same cases every run
    out = []
    for calculator_id, module in sorted(calculators.REGISTRY.items()):
        names = [f.name for f in module.FIELDS]
        out.append([calculator_id, {}])
        out.append([calculator_id, {f.name: f.default for f in module.FIELDS}])
        for name in names:
            for sample in SAMPLES:
                out.append([calculator_id, {name: sample}])
        for _ in range(40):
            out.append([calculator_id, {name: rng.choice(SAMPLES) for name in rng.sample(names, k=min(3, len(names)))}])
    out.append(["bestaat-niet", {}])
    return out


def test_pyodide_gives_the_same_json_as_cpython(site_dir, tmp_path, request):
    all_cases = cases()
    case_file = tmp_path / "cases.json"
    case_file.write_text(json.dumps(all_cases), encoding="utf-8")
    result = subprocess.run(["node", "scripts/pyodide_run.mjs", str(site_dir), str(case_file)],
                            cwd=request.config.rootpath, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["python"].startswith("3.14")  # really Pyodide's Python, not this one
    expected = [calculators.run(cid, payload) for cid, payload in all_cases]
    assert len(output["answers"]) == len(expected)
    for case, got, want in zip(all_cases, output["answers"], expected):
        assert got == json.loads(json.dumps(want)), case
