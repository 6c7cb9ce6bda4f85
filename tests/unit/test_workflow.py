"""The deploy workflow tests before it builds and publishes: a failing fast test stops the deploy."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_deploy_runs_the_fast_tests_before_the_build():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    tests = next(i for i, run in enumerate(runs) if "make test-fast" in run)
    build = next(i for i, run in enumerate(runs) if "make build" in run)
    assert tests < build
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_make_build_installs_no_test_packages():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    build_rule = next(block for block in makefile.split("\n\n") if block.startswith("build:"))
    assert "deps-test" not in build_rule and "requirements-test" not in build_rule
    test_only = {"pytest", "hypothesis", "playwright", "ruff", "mypy", "beautifulsoup4"}
    requirements = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower()
    assert not [name for name in test_only if f"\n{name}==" in "\n" + requirements]
