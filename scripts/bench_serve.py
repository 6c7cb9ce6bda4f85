"""How long a content editor waits under `make serve`, for `make benchmark`: from saving a Markdown page
or a YAML data file to the served page showing the change. It runs `mkdocs serve` as `make serve` does
on a copy of the project (the working tree is never edited) and polls the page, as a browser's reload
would fetch it. tests/unit/test_preview.py edits the same copy (served_copy)."""
from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("docs", "data", "templates", "schemas", "calculators", "macros", "hooks", "scripts", "overrides",
          "mkdocs.yml", "pyproject.toml", "pyodide-files.json")
LINKED = ("node_modules", "build")
SERVE_OPTIONS = ("--strict", "--dirty")  # as `make serve` runs it (Makefile)
# (label, file, text to find, text to put in its place, page, marker to wait for)
EDITS = (
    ("Markdown (docs/over.md)", "docs/over.md", "# ", "# BENCHMARKTEKST ", "over/", "BENCHMARKTEKST"),
    ("YAML (data/begrippen.yml)", "data/begrippen.yml", "betekenis: ", "betekenis: BENCHMARKTEKST ", "begrippen/",
     "BENCHMARKTEKST"),
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, present: bool, marker: str, limit: float = 60) -> float | None:
    """Seconds until the page is served with (or without) the marker; a page that is not there at all
    (the site folder is emptied at the start of a full rebuild) counts as neither."""
    started = time.perf_counter()
    while (marker in (text := fetch(url))) != present or "<h1" not in text:
        if time.perf_counter() - started > limit:
            return None
        time.sleep(0.05)
    return time.perf_counter() - started


@contextmanager
def served_copy() -> Iterator[tuple[Path, str]]:
    """`mkdocs serve` as `make serve` runs it, on a copy of the project: yields (the copy, its address)
    once the first build is served."""
    with tempfile.TemporaryDirectory(prefix="handboek-serve-") as tmp:
        project = Path(tmp)
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy(source, project / name)
        for name in LINKED:
            if (ROOT / name).exists():
                (project / name).symlink_to(ROOT / name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/handboek/"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": base}
        command = [sys.executable, "-m", "mkdocs", "serve", *SERVE_OPTIONS, "--dev-addr", f"127.0.0.1:{port}"]
        log = project / "serve.log"
        with log.open("w") as errors:
            server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=errors)
            try:
                if wait_for(base, True, "<h1", limit=120) is None:
                    raise RuntimeError("mkdocs serve kwam niet op: " + log.read_text(encoding="utf-8")[-2000:])
                time.sleep(2)  # let the watcher start
                yield project, base
            finally:
                server.terminate()
                server.wait(timeout=30)


def edit_times(repeat: int = 3) -> dict[str, list[float]]:
    """{label: seconds from save to the changed page, per try}."""
    times: dict[str, list[float]] = {label: [] for label, *_ in EDITS}
    with served_copy() as (project, base):
        for _ in range(repeat):
            for label, name, old, new, page, marker in EDITS:
                path = project / name
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace(old, new, 1), encoding="utf-8")
                took = wait_for(base + page, True, marker)
                path.write_text(text, encoding="utf-8")
                wait_for(base + page, False, marker)
                time.sleep(1)  # let the watcher settle before the next edit
                if took is not None:
                    times[label].append(took)
    return times


def report() -> None:
    print("| wijziging | zichtbaar na (mediaan) | min | max | n |")
    print("|---|---|---|---|---|")
    for label, seconds in edit_times().items():
        if not seconds:
            print(f"| {label} | niet gezien binnen 60 s | | | 0 |")
            continue
        print(f"| {label} | {statistics.median(seconds):.2f} s | {min(seconds):.2f} s | {max(seconds):.2f} s | "
              f"{len(seconds)} |")


if __name__ == "__main__":
    report()
