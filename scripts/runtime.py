"""Ship the calculators to the browser from this site only: a build step that any site builder can run.

    python -m scripts.runtime describe          # where the runtime goes (JSON), for the calculator pages
    python -m scripts.runtime prepare           # build the calculators wheel (cached by its sources)
    python -m scripts.runtime install SITE_DIR  # copy Pyodide, the wheel and its lock file into a built site

- The calculators are a standard pure-Python wheel (`python -m build`, fixed SOURCE_DATE_EPOCH), kept in
  `build/runtime/<key>/`, where the key is a hash of the calculators' sources and the build tools: the
  wheel is rebuilt only when `calculators/` changes, and its folder name changes with it (GitHub Pages
  caches for 10 minutes, so a page, its lock file and its wheel always belong together).
- The pinned Pyodide files come from node_modules/pyodide, each checked against its sha256 in
  pyodide-files.json, and go to `assets/pyodide/<version>/`.
- The wheel and the site's own pyodide-lock.json (the `info` block of the npm package's lock, plus the
  wheel with its sha256) go to `assets/py/<key>/`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "pyodide-files.json"
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
CACHE = ROOT / "build" / "runtime"
# Fixed timestamp inside the wheel: the wheel (and its hash) only changes when the code changes.
SOURCE_DATE_EPOCH = "315532800"


class RuntimeFilesError(Exception):
    """A problem with the runtime files; the message says what to do."""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "calculators").rglob("*.py") if "__pycache__" not in p.parts) + [
        ROOT / "pyproject.toml"]


def runtime_key() -> str:
    """12 hex digits that change whenever the wheel could change: its sources and the build tools."""
    digest = hashlib.sha256()
    for path in sources():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in ("setuptools", "wheel", "build"):
        digest.update(f"{tool}={version(tool)}\0".encode())
    return digest.hexdigest()[:12]


def pyodide_version() -> str:
    return str(json.loads(MANIFEST.read_text(encoding="utf-8"))["version"])


def describe() -> dict[str, str]:
    """Where a built site has the runtime: the calculator pages point their forms here."""
    key = runtime_key()
    return {"key": key, "wheel_dir": f"assets/py/{key}/", "pyodide_dir": f"assets/pyodide/{pyodide_version()}/"}


def prepare() -> Path:
    """The calculators wheel for the current sources, built once and then taken from the cache. Safe
    when two builds start at once (`make build` beside `make serve`): each builds in a folder of its
    own, and the first to finish puts its folder in place."""
    folder = CACHE / runtime_key()
    if wheel := cached_wheel(folder):
        return wheel
    CACHE.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    with tempfile.TemporaryDirectory(prefix="handboek-wheel-") as tmp, \
            tempfile.TemporaryDirectory(prefix=f".{folder.name}-", dir=CACHE) as built:
        # A clean copy: setuptools' own build/ folder could otherwise carry deleted modules into the wheel.
        project = Path(tmp)
        shutil.copy(ROOT / "pyproject.toml", project)
        shutil.copytree(ROOT / "calculators", project / "calculators", ignore=shutil.ignore_patterns("__pycache__"))
        result = subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", built, str(project)],
            env=env, capture_output=True, text=True)
        if result.returncode != 0 or cached_wheel(Path(built)) is None:
            raise RuntimeFilesError(f"De rekenhulpen konden niet als wheel worden gebouwd:\n{result.stderr[-2000:]}")
        if cached_wheel(folder) is None:
            shutil.rmtree(folder, ignore_errors=True)  # a folder left half-built by an interrupted build
            try:
                os.chmod(built, 0o755)  # a temporary folder is private to its owner
                os.rename(built, folder)
            except OSError:  # another build was first
                pass
    wheel = cached_wheel(folder)
    if wheel is None:
        raise RuntimeFilesError(f"Het wheel staat niet in {folder}: bouw opnieuw.")
    return wheel


def cached_wheel(folder: Path) -> Path | None:
    wheels = sorted(folder.glob("calculators-*.whl"))
    return wheels[0] if len(wheels) == 1 else None


def lock_file(wheel: Path) -> dict[str, Any]:
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {
        "info": npm_lock["info"],
        "packages": {
            "calculators": {
                "name": "calculators",
                "version": wheel.name.split("-")[1],
                "file_name": wheel.name,
                "install_dir": "site",
                "sha256": sha256(wheel),
                "package_type": "package",
                "imports": ["calculators"],
                "depends": [],
                "unvendored_tests": False,
                "tool": {},
            }
        },
    }


def pyodide_files() -> dict[str, str]:
    """{file name: sha256} of the pinned Pyodide files, after checking node_modules has that version."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    if not NPM_PYODIDE.exists():
        raise RuntimeFilesError("node_modules/pyodide ontbreekt: voer eerst 'npm ci' uit (of 'make build').")
    installed = json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    if installed != manifest["version"]:
        raise RuntimeFilesError(f"Pyodide {installed} in node_modules, maar pyodide-files.json verwacht "
                            f"{manifest['version']}: voer 'npm ci' uit.")
    return dict(manifest["files"])


def install(site_dir: Path) -> dict[str, str]:
    """Copy the checked Pyodide files, the wheel and its lock file into a built site."""
    where = describe()
    target = site_dir / where["pyodide_dir"]
    target.mkdir(parents=True, exist_ok=True)
    for name, expected in pyodide_files().items():
        source = NPM_PYODIDE / name
        if sha256(source) != expected:
            raise RuntimeFilesError(f"{source} heeft niet de sha256 uit pyodide-files.json; het bestand is veranderd "
                                "of beschadigd. Voer 'npm ci' opnieuw uit.")
        shutil.copyfile(source, target / name)
    wheel = prepare()
    wheel_dir = site_dir / where["wheel_dir"]
    wheel_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(wheel, wheel_dir / wheel.name)
    (wheel_dir / "pyodide-lock.json").write_text(json.dumps(lock_file(wheel), indent=1), encoding="utf-8")
    return where


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["describe"]:
            print(json.dumps(describe()))
        elif argv[:1] == ["prepare"]:
            print(prepare())
        elif argv[:1] == ["install"] and len(argv) == 2:
            print(json.dumps(install(Path(argv[1]))))
        else:
            print(__doc__)
            return 2
    except RuntimeFilesError as problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
