"""Prints the project's size and speed figures side by side in one run; asserts nothing (tests never
assert on time). `make benchmark` installs Lighthouse 12 for it and runs it:

- build time of `mkdocs build --strict` (one build: the site the rest of the benchmark uses);
- bytes of the Pyodide files and of our wheel, and bytes per kind of page (Pyodide apart), raw and gzip
  (GitHub Pages compresses);
- Lighthouse mobile and desktop (median of three) for the home page, a content page and each calculator
  page, next to a baseline: the same site without our CSS, JS, build-step output and theme overrides;
  for a page below 95 on a phone, where its time goes (HTML size, main-thread work by kind, long tasks);
- time from navigation start to a ready calculator (cold, median of five) against a bare Pyodide boot
  in a module worker in the same run;
- the round trip of one calculation per calculator, and each calculator page's height on a phone and a
  laptop;
- how long an editor waits under `make serve`: from saving a Markdown or YAML file to the changed page;
- the time of `make test` in a fresh clone (leave it out with --zonder-testtijd).

Usage: .venv/bin/python -m scripts.benchmark [--zonder-testtijd] [--zonder-lighthouse]
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

from scripts import bench_browser, bench_lighthouse, bench_serve
from tests.helpers import QuietHandler

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"start": "", "inhoud": "bouwstenen/netwerk-en-beleid/", **bench_browser.CALCULATORS}
PAGE_KINDS = {"start": "", "inhoudspagina": "bouwstenen/netwerk-en-beleid/",
              "rekenhulp (exploitatie)": "rekenhulpen/exploitatie/"}


def build(target: Path, base_url: str, config: Path = ROOT / "mkdocs.yml") -> float:
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(target)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def runtime_sizes(site: Path) -> None:
    version = json.loads((ROOT / "pyodide-files.json").read_text())["version"]
    files = sorted((site / "assets" / "pyodide" / version).iterdir()) + sorted((site / "assets" / "py").glob("*/*"))
    print("| bestand | bytes ruw | bytes gzip |")
    print("|---|---|---|")
    for path in files:
        raw = path.read_bytes()
        print(f"| {path.relative_to(site)} | {len(raw):,} | {len(gzip.compress(raw, 6)):,} |")


def fresh_clone_test_time() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "main"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        shared = ROOT.parent / "shared"
        if shared.exists():
            os.symlink(shared, Path(tmp) / "shared")
        started = time.perf_counter()
        result = subprocess.run(["make", "test"], cwd=clone, capture_output=True, text=True)
        if result.returncode != 0:  # say which test failed, not only that make did
            print(result.stdout[-3000:] + result.stderr[-2000:], file=sys.stderr)
            result.check_returncode()
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zonder-testtijd", action="store_true", help="do not time make test in a fresh clone")
    parser.add_argument("--zonder-lighthouse", action="store_true", help="leave out the Lighthouse runs")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    parts: dict[str, float] = {}  # minutes per part of the benchmark, printed at the end

    def lap(part: str) -> None:
        parts[part] = (time.perf_counter() - started) / 60 - sum(parts.values())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        address = f"http://127.0.0.1:{server.server_address[1]}"
        base_url, baseline_url = f"{address}/handboek/", f"{address}/basis/handboek/"
        site, baseline = root / "handboek", root / "basis" / "handboek"
        print(f"## Bouwen\n\nmkdocs build --strict: {build(site, base_url):.2f} s\n")
        lap("bouwen")
        print("## make serve: van opslaan tot de gewijzigde pagina\n")
        bench_serve.report()
        lap("make serve")
        print("\n## Pyodide en de rekenhulpen\n")
        runtime_sizes(site)
        with bench_browser.browser() as chromium:
            print("\n## Bytes per soort pagina (eerste bezoek, zonder Pyodide en wheel)\n")
            bench_browser.page_bytes(chromium, base_url, PAGE_KINDS)
            print("\n## Tijd tot klaar, koud (mediaan van 5) naast een kale Pyodide-start\n")
            bench_browser.boot(chromium, base_url, site)
            print("\n## Rondgang van één berekening en paginahoogte\n")
            bench_browser.round_trips_and_heights(chromium, base_url)
        lap("bytes, opstart, rondgang en hoogte")
        if not args.zonder_lighthouse:
            config = bench_lighthouse.baseline_config(ROOT / "mkdocs-basis.yml")
            try:
                build(baseline, baseline_url, config)
            finally:
                config.unlink()
            print("\n## Lighthouse 12 (prestaties: mediaan van 3; toegankelijkheid, best practices en SEO uit "
                  "de eerste mobiele run; basis = dezelfde site zonder onze CSS, JS, bouwstappen en "
                  "thema-aanpassingen, alleen mobiel en alleen prestaties: op desktop haalt die 98-100, en zo "
                  "blijft de benchmark korter)\n")
            rows = bench_lighthouse.pages(base_url, baseline_url, list(PAGES.values()))
            bench_lighthouse.table(rows)
            bench_lighthouse.where_time_goes(rows)
            lap("Lighthouse")
        server.shutdown()
        shutil.rmtree(root, ignore_errors=True)
    if not args.zonder_testtijd:
        print(f"\n## make test in een verse clone: {fresh_clone_test_time() / 60:.1f} min")
        lap("make test")
    print(f"\nDe benchmark zelf duurde {(time.perf_counter() - started) / 60:.1f} min: "
          + ", ".join(f"{part} {minutes:.1f}" for part, minutes in parts.items()) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
