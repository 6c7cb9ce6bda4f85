"""The same calculator cases in real Pyodide give the same JSON as in CPython. Node boots Pyodide with
the browser's own boot module (docs/assets/js/lib/boot.js) and calls the browser's entry point,
calculators.run_json, loading the wheel through the site's own lock file."""
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
    for calculator_id, calculator in sorted(calculators.REGISTRY.items()):
        names = [f.name for f in calculator.fields]
        out.append([calculator_id, {}])
        out.append([calculator_id, calculator.defaults])
        out.append([calculator_id, [1, 2]])  # not a JSON object
        for name in names:
            for sample in SAMPLES:
                out.append([calculator_id, {name: sample}])
        for _ in range(40):
            out.append([calculator_id, {name: rng.choice(SAMPLES) for name in rng.sample(names, k=min(3, len(names)))}])
    out.append(["bestaat-niet", {}])
    return out


# Comparisons of scenarios (calculators.compare_json), the browser's other entry point.
COMPARE_CASES = [
    ["collectie", [{"naam": "A", "waarden": {"leerlingen": "200"}}, {"naam": "B", "waarden": {"leerlingen": "220"}}],
     "compare"],
    ["exploitatie", [{"naam": "2 uur", "waarden": {"uren_per_school": "80", "looptijd": "1"}},
                     {"naam": "3 uur", "waarden": {"uren_per_school": "120"}},
                     {"naam": "Fout", "waarden": {"uren_per_school": "abc"}}], "compare"],
    ["ouderprogramma", [{"naam": "A", "waarden": {}}, {"naam": "B", "waarden": {"programmas": "voorleesexpress"}}],
     "compare"],
    ["collectie", [{"naam": "alleen"}], "compare"],
    ["collectie", {"niet": "een lijst"}, "compare"],
]
# The quote, which the browser asks for right after each answer (calculators.quote_json).
QUOTE_CASES = [
    ["exploitatie", {}, "quote"],
    ["exploitatie", {"leerlingen_per_school": "De Linde: 180; Het Anker: 240; 410", "offertenummer": "2027-014",
                     "indexatie_procent": "2,5"}, "quote"],
    ["exploitatie", {"looptijd": "abc"}, "quote"],
    ["ouderprogramma", {"gezinnen": "35"}, "quote"],
    ["collectie", {}, "quote"],
]
ENTRY_POINTS = {"compare": calculators.compare_json, "quote": calculators.quote_json}


def test_pyodide_gives_the_same_json_as_cpython(site_dir, tmp_path, request):
    all_cases = cases()
    case_file = tmp_path / "cases.json"
    case_file.write_text(json.dumps(all_cases + COMPARE_CASES + QUOTE_CASES), encoding="utf-8")
    result = subprocess.run(["node", "scripts/pyodide_run.mjs", str(site_dir), str(case_file)],
                            cwd=request.config.rootpath, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["python"].startswith("3.14")  # really Pyodide's Python, not this one
    expected = [json.loads(calculators.run_json(cid, json.dumps(payload))) for cid, payload in all_cases]
    expected += [json.loads(ENTRY_POINTS[kind](cid, json.dumps(payload)))
                 for cid, payload, kind in COMPARE_CASES + QUOTE_CASES]
    assert len(output["answers"]) == len(expected)
    assert expected[-4]["ok"] and expected[-4]["quote"]["tables"]  # a real quote is among the cases
    for case, got, want in zip(all_cases + COMPARE_CASES + QUOTE_CASES, output["answers"], expected, strict=True):
        assert got == want, case
    assert {"": "De invoer kon niet worden gelezen."} in [a.get("errors") for a in output["answers"]]


def test_a_wheel_that_does_not_match_its_sha256_is_refused(site_dir, tmp_path, request):
    """boot.js checks the wheel against the lock file's sha256 before it unpacks it (browser and Node)."""
    fake = tmp_path / "site"
    (fake / "assets").mkdir(parents=True)
    (fake / "assets" / "pyodide").symlink_to(site_dir / "assets" / "pyodide")
    [runtime] = list((site_dir / "assets" / "py").iterdir())
    copy = fake / "assets" / "py" / runtime.name
    copy.mkdir(parents=True)
    lock = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))
    wheel = lock["packages"]["calculators"]["file_name"]
    (copy / wheel).write_bytes((runtime / wheel).read_bytes() + b"\0")  # one byte more: another hash
    (copy / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    case_file = tmp_path / "cases.json"
    case_file.write_text('[["collectie", {}]]', encoding="utf-8")
    result = subprocess.run(["node", "scripts/pyodide_run.mjs", str(fake), str(case_file)],
                            cwd=request.config.rootpath, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert f"{wheel}: sha256" in result.stderr and lock["packages"]["calculators"]["sha256"] in result.stderr
