"""MkDocs hook: ship the calculators to the browser, from this site only.

on_config:     build the calculators as a standard pure-Python wheel (python -m build) and name
               the folder it goes to after the wheel's sha256, so a page, its lock file and its
               wheel always belong together (GitHub Pages caches for 10 minutes).
on_post_build: copy the pinned Pyodide files from node_modules (sha256 checked against
               pyodide-files.json) to assets/pyodide/<version>/, and write the wheel plus the
               site's own pyodide-lock.json (the `info` block of the npm package's lock) to
               assets/py/<hash>/.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "pyodide-files.json"
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
# Fixed timestamp inside the wheel: the wheel (and its hash) only changes when the code changes.
SOURCE_DATE_EPOCH = "315532800"

_state: dict[str, Path | str] = {}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_wheel(out_dir: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out_dir), str(ROOT)],
        check=True, env=env, capture_output=True)
    # setuptools leaves build/ and *.egg-info behind; they are ignored by git.
    wheels = sorted(out_dir.glob("calculators-*.whl"))
    if len(wheels) != 1:
        raise PluginError(f"Expected one calculators wheel in {out_dir}, found {wheels}")
    return wheels[0]


def lock_file(wheel: Path, wheel_sha: str) -> dict:
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    version = wheel.name.split("-")[1]
    return {
        "info": npm_lock["info"],
        "packages": {
            "calculators": {
                "name": "calculators",
                "version": version,
                "file_name": wheel.name,
                "install_dir": "site",
                "sha256": wheel_sha,
                "package_type": "package",
                "imports": ["calculators"],
                "depends": [],
                "unvendored_tests": False,
                "tool": {},
            }
        },
    }


def pyodide_files() -> tuple[str, dict[str, str]]:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    if not NPM_PYODIDE.exists():
        raise PluginError("node_modules/pyodide ontbreekt: voer eerst 'npm ci' uit (of 'make build').")
    installed = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    if installed != manifest["version"]:
        raise PluginError(f"Pyodide {installed} in node_modules, maar pyodide-files.json verwacht "
                          f"{manifest['version']}: voer 'npm ci' uit.")
    return manifest["version"], manifest["files"]


def on_config(config, **kwargs):
    version, _ = pyodide_files()
    tmp = Path(tempfile.mkdtemp(prefix="handboek-wheel-"))
    wheel = build_wheel(tmp)
    wheel_sha = sha256(wheel)
    _state.update(wheel=wheel, wheel_sha=wheel_sha)
    config.extra["runtime"] = {
        "hash": wheel_sha[:12],
        "wheel_dir": f"assets/py/{wheel_sha[:12]}/",
        "pyodide_dir": f"assets/pyodide/{version}/",
    }
    return config


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    version, files = pyodide_files()
    target = site / "assets" / "pyodide" / version
    target.mkdir(parents=True, exist_ok=True)
    for name, expected in files.items():
        source = NPM_PYODIDE / name
        if sha256(source) != expected:
            raise PluginError(f"{source} heeft niet de sha256 uit pyodide-files.json; het bestand is "
                              "veranderd of beschadigd. Voer 'npm ci' opnieuw uit.")
        shutil.copyfile(source, target / name)
    runtime = config.extra["runtime"]
    wheel_dir = site / runtime["wheel_dir"]
    wheel_dir.mkdir(parents=True, exist_ok=True)
    wheel = Path(_state["wheel"])
    shutil.copyfile(wheel, wheel_dir / wheel.name)
    lock = lock_file(wheel, str(_state["wheel_sha"]))
    (wheel_dir / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    shutil.rmtree(wheel.parent, ignore_errors=True)  # the temporary build folder of on_config
