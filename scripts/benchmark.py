"""Prints the project's size and speed figures; asserts nothing (tests never assert on time).

- bytes (raw and gzip) of the Pyodide files the site ships and of our wheel and lock file;
- the time of a full `mkdocs build --strict`;
- cold and warm time-to-ready of the collection calculator in headless Chromium, next to a bare
  Pyodide boot measured in the same run (the ratio is the figure that matters);
- the median round trip of one calculation, for every calculator page.

Usage: .venv/bin/python scripts/benchmark.py   (or `make benchmark`)
"""
from __future__ import annotations

import functools
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import calculators  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, QuietHandler  # noqa: E402

# A bare Pyodide boot in a module worker, as the calculators do, without our wheel or page.
BARE_WORKER = """self.onmessage = async (e) => {
  const { loadPyodide } = await import(e.data.pyodide + "pyodide.mjs");
  await loadPyodide({ indexURL: e.data.pyodide, lockFileURL: e.data.lock });
  self.postMessage("ready");
};"""
BARE_BOOT = """<!doctype html><html lang="nl"><title>kale Pyodide</title><script type="module">
const started = performance.now();
const worker = new Worker(new URL("bare-pyodide-worker.js", location.href), { type: "module" });
worker.onmessage = () => { document.title = String(performance.now() - started); };
worker.postMessage({
  pyodide: new URL("assets/pyodide/VERSION/", location.href).href,
  lock: new URL("LOCK", location.href).href,
});
</script></html>"""


def sizes(site: Path) -> None:
    version = json.loads((ROOT / "pyodide-files.json").read_text())["version"]
    files = sorted((site / "assets" / "pyodide" / version).iterdir()) + sorted((site / "assets" / "py").glob("*/*"))
    print("Bestanden (bytes ruw / gzip):")
    total_raw = total_gz = 0
    for path in files:
        raw = path.read_bytes()
        gz = len(gzip.compress(raw, 6))
        total_raw += len(raw)
        total_gz += gz
        print(f"  {path.relative_to(site)}: {len(raw):,} / {gz:,}")
    print(f"  totaal: {total_raw:,} / {total_gz:,}")


def build(target: Path, base_url: str) -> float:
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(target)],
                   cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def browser_figures(base_url: str, site: Path) -> None:
    from playwright.sync_api import sync_playwright

    version = json.loads((ROOT / "pyodide-files.json").read_text())["version"]
    lock = next((site / "assets" / "py").glob("*/pyodide-lock.json")).relative_to(site).as_posix()
    bare = BARE_BOOT.replace("VERSION", version).replace("LOCK", lock)
    (site / "bare-pyodide.html").write_text(bare, encoding="utf-8")
    (site / "bare-pyodide-worker.js").write_text(BARE_WORKER, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def time_to_ready(page, url: str) -> float:
            page.goto(url)
            page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=120_000)
            return page.evaluate("performance.now()") / 1000

        def bare(page) -> float:
            page.goto(base_url + "bare-pyodide.html")
            page.wait_for_function("!isNaN(parseFloat(document.title))", timeout=120_000)
            return float(page.title()) / 1000

        for label in ("koud", "warm"):
            context = browser.new_context()
            page = context.new_page()
            if label == "warm":  # same context, second visit: files come from the browser cache if allowed
                time_to_ready(page, base_url + "rekenhulpen/collectie/")
                bare(page)
            ready = time_to_ready(page, base_url + "rekenhulpen/collectie/")
            bare_boot = bare(page)
            print(f"Tijd tot klaar ({label}): rekenhulp {ready:.2f} s, kale Pyodide {bare_boot:.2f} s, "
                  f"verhouding {ready / bare_boot:.2f}")
            context.close()

        context = browser.new_context()
        page = context.new_page()
        for calculator_id, calculator in sorted(calculators.REGISTRY.items()):
            pages = [p for p in (ROOT / "docs").rglob("*.md") if f'rekenhulp("{calculator_id}")' in p.read_text()]
            if not pages:
                continue
            url = base_url + pages[0].relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
            page.goto(url)
            page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=120_000)
            first = next(f for f in calculator.fields if f.numeric)
            times = page.evaluate(
                """async ([name, value]) => {
                  const form = document.querySelector("form[data-calculator]");
                  const input = form.querySelector(`[name="${name}"]`);
                  const out = [];
                  for (let i = 0; i < 25; i++) {
                    // Answered when the form is "ready" again (it is "busy" from the change on).
                    const done = new Promise((resolve) => {
                      const watch = new MutationObserver(() => {
                        if (form.dataset.state === "ready") { watch.disconnect(); resolve(); }
                      });
                      watch.observe(form, { attributes: true, attributeFilter: ["data-state"] });
                    });
                    const started = performance.now();
                    input.value = i % 2 ? value : input.defaultValue;
                    input.dispatchEvent(new Event("change", { bubbles: true }));
                    await done;
                    out.push(performance.now() - started);
                  }
                  return out;
                }""",
                [first.name, first.default.replace("1", "2") if "1" in first.default else first.default + "0"],
            )
            print(f"Rondgang van één berekening ({calculator_id}): mediaan {statistics.median(times):.1f} ms "
                  f"(min {min(times):.1f}, max {max(times):.1f}, n={len(times)})")
        browser.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base_url = f"http://127.0.0.1:{server.server_address[1]}/handboek/"
        site = root / "handboek"
        seconds = [build(site, base_url) for _ in range(3)]
        print(f"Volledige build (mkdocs build --strict): mediaan {statistics.median(seconds):.2f} s "
              f"(min {min(seconds):.2f}, max {max(seconds):.2f}, n=3)")
        sizes(site)
        browser_figures(base_url, site)
        server.shutdown()


if __name__ == "__main__":
    main()
