"""Quote view of the cost calculators in headless Chromium: CSV download and print layout."""
import json
from pathlib import Path

import pytest

import calculators
from tests.conftest import AXE

pytestmark = pytest.mark.browser

PAGE = "rekenhulpen/exploitatie/"
READY = 'form[data-calculator="{}"][data-state="ready"]'
BOOT_MS = 90_000


def open_ready(page, url, calculator_id="exploitatie"):
    page.goto(url)
    page.wait_for_selector(READY.format(calculator_id), timeout=BOOT_MS)


def test_prerendered_answer_carries_the_csv(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    answer = json.loads(page.get_attribute('form[data-calculator="exploitatie"]', "data-answer"))
    assert answer["csv"] == calculators.run("exploitatie", {})["csv"]
    assert page.locator("[data-offerte] table").count() == 4
    context.close()


def test_csv_download_matches_python_after_a_change(warm):
    page = warm.open(PAGE)
    page.fill('input[name="scholen"]', "2")
    page.fill('input[name="naam_gemeente"]', "Zeewolde")
    expected = calculators.run("exploitatie", {"scholen": "2", "naam_gemeente": "Zeewolde"})
    first_row = '[data-offerte] table[data-table="per-jaar"] tbody tr td'
    page.wait_for_function(
        "([selector, text]) => document.querySelector(selector)?.textContent === text",
        arg=[first_row, expected["quote"]["tables"][0]["rows"][0][1]], timeout=BOOT_MS)
    page.wait_for_selector(READY.format("exploitatie"))
    with page.expect_download() as info:
        page.click("[data-action=download]")
    download = info.value
    assert download.suggested_filename == "offerte-bibliotheek-op-school.csv"
    content = Path(download.path()).read_bytes()
    assert content[:3] == b"\xef\xbb\xbf"
    assert content == expected["csv"].encode("utf-8")
    text = content.decode("utf-8-sig")
    assert "Gemeente;Zeewolde\r\n" in text
    assert "\r\nJaar 1 (opbouw);" in text and ";" in text


def test_bad_input_marks_the_quote_stale_and_disables_the_download(warm):
    page = warm.open(PAGE)
    page.fill('input[name="aandeel_gemeente"]', "40")
    page.wait_for_selector('[data-error-for="aandeel_gemeente"]:not(:empty)', timeout=BOOT_MS)
    page.wait_for_selector("[data-offerte][data-stale]")
    assert page.locator("[data-action=download]").is_disabled()
    page.fill('input[name="aandeel_gemeente"]', "33,34")
    page.wait_for_selector("[data-offerte]:not([data-stale])", timeout=BOOT_MS)
    assert page.locator("[data-action=download]").is_enabled()


def test_print_view_has_no_navigation_and_fits_a4(warm):
    page = warm.page
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    warm.open(PAGE + "?looptijd=10&scholen=12")
    page.wait_for_function(
        "document.querySelectorAll('[data-offerte] table[data-table=\"per-post\"] thead th').length === 13",
        timeout=BOOT_MS)
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".rekenhulp__groep", "[data-action=download]"):
        assert all(not node.is_visible() for node in page.locator(selector).all()), selector
    assert page.locator("[data-offerte] table").first.is_visible()
    assert page.locator("[data-calculator-explanation]").is_visible()
    assert page.locator("[data-offerte-note]").is_visible()
    width = page.evaluate("document.documentElement.clientWidth")
    rights = page.evaluate(
        "[...document.querySelectorAll('[data-offerte] table, [data-calculator-result]')]"
        ".map(n => n.getBoundingClientRect().right)")
    assert rights and max(rights) <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF"


def test_programme_budget_quote_follows_the_choice(warm):
    page = warm.open("rekenhulpen/ouderprogramma/")
    page.check('input[data-choice-for="programmas"][value="opstapje"]')
    expected = calculators.run("ouderprogramma", {"programmas": "voorleesexpress,vve-thuis,opstapje"})
    page.wait_for_function(
        "(n) => document.querySelectorAll('[data-offerte] table[data-table=\"per-programma\"] tbody tr').length === n",
        arg=3, timeout=BOOT_MS)
    total = page.text_content('[data-offerte] table[data-table="per-post"] tfoot td:last-child')
    assert total == expected["quote"]["tables"][0]["total"][-1]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("calculator_id", "field", "value"),
                         [("exploitatie", "looptijd", "4"), ("ouderprogramma", "gezinnen", "12")])
def test_redrawn_quote_passes_axe(chromium, base_url, site_dir, scheme, calculator_id, field, value):
    context = chromium.new_context(color_scheme=scheme)
    page = context.new_page()
    open_ready(page, base_url + f"rekenhulpen/{calculator_id}/", calculator_id)
    expected = calculators.run(calculator_id, {field: value})["quote"]["tables"][0]["total"][-1]
    page.fill(f'input[name="{field}"]', value)
    page.wait_for_function(
        "(text) => document.querySelector('[data-offerte] table tfoot td:last-child')?.textContent === text",
        arg=expected, timeout=BOOT_MS)
    # The redrawn quote section; the rest of the page is the site-wide audit's job.
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run('[data-offerte]', {resultTypes: ['violations']})")
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []
    context.close()
