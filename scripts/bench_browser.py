"""Browser figures for `make benchmark`, in headless Debian Chromium (Playwright): time to a ready
calculator against a bare Pyodide boot in the same run, the round trip of one calculation, page
heights on a phone and a laptop, and the bytes each kind of page loads (Pyodide apart)."""
from __future__ import annotations

import gzip
import json
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.helpers import CHROMIUM, CHROMIUM_ARGS, WarmPage

ROOT = Path(__file__).resolve().parent.parent
CALCULATORS = {"collectie": "rekenhulpen/collectie/", "exploitatie": "rekenhulpen/exploitatie/",
               "ouderprogramma": "rekenhulpen/ouderprogramma/"}
# Per calculator: (label, field, text with {n}); each of the 35 calculations (the first 5 not counted)
# gets a new number, so no answer (or parse) can be reused from an earlier one.
# A third element True: with the charts in view (measured until they are redrawn too).
ROUND_TRIPS = {
    "collectie": [("standaard", "leerlingen", "{n}", False)],
    "exploitatie": [("standaard", "leerlingen_per_school", "{n}", False),
                    ("drie scholen", "leerlingen_per_school", "De Linde: 180; Het Anker: 240; {n}", False),
                    ("drie scholen, grafieken in beeld", "leerlingen_per_school", "De Linde: 180; Het Anker: 240; {n}",
                     True)],
    "ouderprogramma": [("standaard", "gezinnen", "{n}", False), ("grafiek in beeld", "gezinnen", "{n}", True)],
}
# Records when a calculator first reports "ready", from navigation start.
READY_WATCH = """new MutationObserver((changes, watch) => {
  const form = document.querySelector("form[data-calculator]");
  if (form?.dataset.state === "ready") { window.readyAt = performance.now(); watch.disconnect(); }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });"""
BARE_WORKER = """self.onmessage = async (e) => {
  const { loadPyodide } = await import(e.data.pyodide + "pyodide.mjs");
  await loadPyodide({ indexURL: e.data.pyodide, lockFileURL: e.data.lock });
  self.postMessage("ready");
};"""
BARE_PAGE = """<!doctype html><html lang="nl"><title>kale Pyodide</title><script type="module">
const worker = new Worker(new URL("bare-pyodide-worker.js", location.href), { type: "module" });
worker.onmessage = () => { window.readyAt = performance.now(); };
worker.postMessage({ pyodide: new URL("assets/pyodide/VERSION/", location.href).href,
                     lock: new URL("LOCK", location.href).href });
</script></html>"""
# One calculation, from putting values into the form to the answer shown ("ready"; with `charts`,
# also the charts redrawn, which Python computes only when they are in view). 250 ms between two
# calculations, as when a visitor types (the form waits for a pause of 250 ms), so that one
# calculation does not also pay for the end of the one before.
ROUND_TRIP = """async ([field, text, charts]) => {
  const form = document.querySelector("form[data-calculator]");
  const section = form.querySelector("[data-charts]");
  const done = () => form.dataset.state === "ready" && !(charts && section.hasAttribute("data-stale"));
  const answered = () => new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (done()) { watch.disconnect(); resolve(); }
    });
    watch.observe(form, { subtree: true, attributes: true, attributeFilter: ["data-state", "data-stale"] });
  });
  if (charts) section.scrollIntoView();
  const times = [];
  for (let i = 0; i < 35; i++) {
    const finished = answered();
    const started = performance.now();
    form.rekenhulp.apply({ [field]: text.replace("{n}", String(30 + i)) });
    await finished;
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return times.slice(5);
}"""


@contextmanager
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def add_bare_page(site: Path) -> None:
    version = json.loads((ROOT / "pyodide-files.json").read_text())["version"]
    lock = next((site / "assets" / "py").glob("*/pyodide-lock.json")).relative_to(site).as_posix()
    (site / "bare-pyodide.html").write_text(BARE_PAGE.replace("VERSION", version).replace("LOCK", lock), "utf-8")
    (site / "bare-pyodide-worker.js").write_text(BARE_WORKER, encoding="utf-8")


# After a cold run the browser still tears down its page, worker and 13 MB of WebAssembly for a
# while; the next run waits, so that it does not share the processor with that (a boot right after
# a calculator page was up to 0.4 s slower than one after a bare boot).
SETTLE_S = 1.5


def cold_ready(chromium: Any, url: str) -> float:
    """Seconds from navigation start to ready, in a fresh profile (no cache, no service worker)."""
    context = chromium.new_context(service_workers="block")
    context.add_init_script(READY_WATCH)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.readyAt !== undefined", timeout=180_000)
    seconds = page.evaluate("window.readyAt") / 1000
    context.close()
    time.sleep(SETTLE_S)
    return float(seconds)


def boot(chromium: Any, base_url: str, site: Path, runs: int = 5) -> None:
    """`runs` rounds, each with a bare boot and each calculator, so that all of them see the same
    machine; the order turns by one place each round, so that none of them is always first. The ratio
    is a calculator's median against the bare boots' median."""
    add_bare_page(site)
    paths = {"bare": "bare-pyodide.html", **CALCULATORS}
    seconds: dict[str, list[float]] = {name: [] for name in paths}
    for round_ in range(runs):
        names = list(paths)
        for name in names[round_ % len(names):] + names[:round_ % len(names)]:
            seconds[name].append(cold_ready(chromium, base_url + paths[name]))
    bare = statistics.median(seconds.pop("bare"))
    print("| rekenhulp | klaar (koud, mediaan) | kale Pyodide (mediaan) | verhouding |")
    print("|---|---|---|---|")
    for calculator, times in seconds.items():
        ours = statistics.median(times)
        print(f"| {calculator} | {ours:.2f} s | {bare:.2f} s | {ours / bare:.2f} |")


def round_trips_and_heights(chromium: Any, base_url: str) -> None:
    """The round trips (each calculator loaded in full), then each calculator page's height on a phone
    and a laptop in the same browser page: the calculators are reached by instant navigation, as a
    visitor would (each page mounts its form again, folded on a phone, as the window has that size
    before it is mounted), so the heights need no Pyodide start of their own."""
    context = chromium.new_context(service_workers="block")
    page = WarmPage(context.new_page(), base_url)
    print("| rekenhulp | invoer | rondgang (mediaan) | min | max |")
    print("|---|---|---|---|---|")
    for calculator, path in CALCULATORS.items():
        page.page.goto(base_url + path)
        page.page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=180_000)
        for label, field, text, charts in ROUND_TRIPS[calculator]:
            times = page.page.evaluate(ROUND_TRIP, [field, text, charts])
            print(f"| {calculator} | {label} | {statistics.median(times):.1f} ms | {min(times):.1f} | "
                  f"{max(times):.1f} |")
    print()
    print("| rekenhulp | hoogte telefoon (390 px) | hoogte laptop (1366 px) |")
    print("|---|---|---|")
    heights: dict[str, list[int]] = {calculator: [] for calculator in CALCULATORS}
    for viewport in ({"width": 390, "height": 844}, {"width": 1366, "height": 768}):
        page.page.set_viewport_size(viewport)
        for calculator, path in CALCULATORS.items():
            page.open(path)
            heights[calculator].append(page.page.evaluate("document.documentElement.scrollHeight"))
    context.close()
    for calculator, (phone, laptop) in heights.items():
        print(f"| {calculator} | {phone:,} px | {laptop:,} px |")


# Resolves with the number of files the page has loaded once it stays the same for 0.75 s. (Playwright's
# "networkidle" sometimes came after the HTML and main.js alone, before main.js had asked for anything.)
SETTLED = """async () => {
  let count = -1;
  for (;;) {
    const now = performance.getEntriesByType("resource").length;
    if (now === count) return now;
    count = now;
    await new Promise((resolve) => setTimeout(resolve, 750));
  }
}"""


def pyodide_or_wheel(url: str) -> bool:
    return "/assets/pyodide/" in url or "/assets/py/" in url


def page_bytes(chromium: Any, base_url: str, pages: dict[str, str]) -> None:
    """Bytes a first visit to each kind of page loads, Pyodide and the wheel apart (raw / gzip). Their
    requests are refused, so that no Pyodide boots meanwhile (the page's other files are the same)."""
    print("| soort pagina | bestanden | bytes ruw | bytes gzip |")
    print("|---|---|---|---|")
    for label, path in pages.items():
        context = chromium.new_context(service_workers="block")
        context.route(pyodide_or_wheel, lambda route: route.abort())
        page = context.new_page()
        responses: list[Any] = []
        page.on("response", lambda response, seen=responses: seen.append(response))
        page.goto(base_url + path, wait_until="load")
        page.evaluate(SETTLED)
        raw = packed = count = 0
        for response in responses:
            if pyodide_or_wheel(response.url) or response.status != 200:
                continue
            body = response.body()
            raw, packed, count = raw + len(body), packed + len(gzip.compress(body, 6)), count + 1
        context.close()
        print(f"| {label} | {count} | {raw:,} | {packed:,} |")
