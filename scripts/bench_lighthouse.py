"""Lighthouse figures for `make benchmark`: mobile and desktop, median of three runs per page, for the
site as built and for a baseline of the same site without our CSS, JS, build-step output and theme
overrides. Lighthouse 12 comes from the npm registry into .benchmark/ (only `make benchmark` installs
it) and drives Debian's Chromium."""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / ".benchmark" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking "
         "--disable-component-update --disable-sync")
CHECKS = ("accessibility", "best-practices", "seo")
CATEGORIES = ("performance", *CHECKS)


def baseline_config(target: Path) -> Path:
    """mkdocs.yml without our stylesheet, scripts, build hook and theme overrides (written next to it,
    because the macros are found from the config file's folder)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for block in ("hooks", "extra_css", "extra_javascript"):
        text = re.sub(rf"^{block}:\n(?:  .*\n)+", "", text, flags=re.M)
    text = re.sub(r"^  custom_dir: .*\n", "", text, flags=re.M)
    target.write_text(text, encoding="utf-8")
    return target


RUNNER = ROOT / "scripts" / "lighthouse_runs.mjs"


def figures(report: dict) -> dict[str, float]:
    """The figures the benchmark prints, from one run's report (categories and audits)."""
    audits = report["audits"]
    figures = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
    figures["FCP"] = audits["first-contentful-paint"]["numericValue"] / 1000
    figures["LCP"] = audits["largest-contentful-paint"]["numericValue"] / 1000
    figures["TBT"] = audits["total-blocking-time"]["numericValue"]
    figures["kB"] = audits["total-byte-weight"]["numericValue"] / 1000
    # Where the time goes (printed for a page below the goal): the HTML document's size, the main
    # thread's work by kind (Lighthouse's own 4x slower CPU) and its long tasks.
    document = next((item for item in audits["network-requests"]["details"]["items"]
                     if item.get("resourceType") == "Document"), {})
    figures["html kB"] = document.get("resourceSize", 0) / 1000
    for item in audits["mainthread-work-breakdown"]["details"]["items"]:
        figures["main " + item["groupLabel"]] = item["duration"]
    tasks = [item["duration"] for item in audits["long-tasks"]["details"]["items"]]
    figures["long tasks"] = len(tasks)
    figures["longest task"] = max(tasks, default=0)
    return figures


def run_all(jobs: list[dict]) -> list[dict[str, float]]:
    """Each job ({url, preset, categories}) run once, in order, by lighthouse_runs.mjs in one Node
    process (a fresh Chromium per run)."""
    result = subprocess.run(["node", str(RUNNER), str(LIGHTHOUSE.parent.parent), CHROMIUM, FLAGS],
                            input=json.dumps(jobs), capture_output=True, text=True, check=True,
                            timeout=300 * max(len(jobs), 1))
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == len(jobs), result.stderr[-2000:]
    return [figures(report) for report in reports]


def jobs_of_three(url: str, preset: str, checks: bool = True) -> list[dict]:
    """Three runs of a page. Accessibility, best practices and SEO (with `checks`) are judged in the
    first run only: they judge the page's HTML, which is the same in every run, and they run only
    after the page has loaded (their audits take about 5 of a run's 20 s)."""
    return [{"url": url, "preset": preset, "categories": list(CATEGORIES if checks and i == 0 else ("performance",))}
            for i in range(3)]


def median_of_three(runs: list[dict[str, float]]) -> dict[str, float]:
    """Performance and its figures as the median of three runs; the checks from the first run."""
    keys = dict.fromkeys(key for r in runs for key in r)  # a kind of work can be missing in one run
    medians = {key: statistics.median(r.get(key, 0) for r in runs) for key in keys}
    return medians | {name: runs[0][name] for name in CHECKS if name in runs[0]}


def pages(base_url: str, baseline_url: str, paths: list[str]) -> list[tuple[str, str, dict, dict | None]]:
    """For each page, mobile and desktop: the site's medians, and on mobile the baseline's (the
    baseline only on mobile and only for performance: on desktop it scores 98-100). Accessibility,
    best practices and SEO are judged on mobile, as the issue's goal for a phone asks (about 5 s a
    page less; on a laptop's width the browser tests run axe on every page)."""
    plan = [(path, preset) for path in paths for preset in ("mobile", "desktop")]
    jobs = []
    for path, preset in plan:
        jobs += jobs_of_three(base_url + path, preset, checks=preset == "mobile")
        if preset == "mobile":
            jobs += jobs_of_three(baseline_url + path, preset, checks=False)
    runs = iter(run_all(jobs))
    rows = []
    for path, preset in plan:
        ours = median_of_three([next(runs) for _ in range(3)])
        base = median_of_three([next(runs) for _ in range(3)]) if preset == "mobile" else None
        rows.append((path, preset, ours, base))
    return rows


GOAL = 95


def where_time_goes(rows: list[tuple[str, str, dict[str, float], dict[str, float] | None]]) -> None:
    """For each page below the goal on a phone: what its first paint waits for and what keeps the main
    thread busy (medians of the same three runs)."""
    below = [(page, ours) for page, preset, ours, _ in rows if preset == "mobile" and ours["performance"] < GOAL]
    if not below:
        return
    print(f"\nWaar de tijd heen gaat op een pagina onder {GOAL} (mobiel, mediaan van dezelfde drie runs):\n")
    for page, ours in below:
        work = sorted(((key.removeprefix("main "), value) for key, value in ours.items() if key.startswith("main ")),
                      key=lambda pair: -pair[1])
        print(f"- {page or 'start'}: eerste beeld {ours['FCP']:.2f} s, grootste beeld {ours['LCP']:.2f} s, "
              f"HTML {ours['html kB']:.0f} kB ongecomprimeerd; blokkeertijd {ours['TBT']:.0f} ms in "
              f"{ours['long tasks']:.0f} lange taken (langste {ours['longest task']:.0f} ms); hoofdthread: "
              + ", ".join(f"{label} {value:.0f} ms" for label, value in work))


def table(rows: list[tuple[str, str, dict[str, float], dict[str, float] | None]]) -> None:
    print("| pagina | preset | site: perf / a11y / bp / seo | LCP | TBT | kB | basis: perf | LCP | TBT | kB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for page, preset, ours, base in rows:
        checks = " / ".join(f"{ours[name]:.0f}" if name in ours else "—" for name in CHECKS)
        print(f"| {page or 'start'} | {preset} | {ours['performance']:.0f} / {checks} | {ours['LCP']:.1f} s | "
              f"{ours['TBT']:.0f} ms | "
              f"{ours['kB']:.0f} | " + (f"{base['performance']:.0f} | {base['LCP']:.1f} s | {base['TBT']:.0f} ms | "
                                        f"{base['kB']:.0f} |" if base else "— | — | — | — |"))
