"""Quote view of the cost calculators in headless Chromium: CSV download and print layout."""
import re
from pathlib import Path

import pytest

import calculators
from tests.helpers import axe_violations, palette, print_media

pytestmark = pytest.mark.browser

PAGE = "rekenhulpen/exploitatie/"
READY = 'form[data-calculator="{}"][data-state="ready"]'
BOOT_MS = 90_000


def test_prerendered_answer_carries_the_quote(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    assert page.locator("[data-action=download]").is_disabled()  # the CSV needs Python
    quote = calculators.run("exploitatie", {})["quote"]
    assert page.locator("[data-offerte] table").count() == len(quote["tables"]) + len(quote["appendix"])
    for table in quote["tables"] + quote["appendix"]:
        shown = page.locator(f'[data-offerte] table[data-table="{table["id"]}"] tbody tr')
        assert shown.count() == len(table["rows"])
        assert [t.strip() for t in shown.first.locator("td").all_text_contents()] == table["rows"][0][1:]
    context.close()


def test_csv_download_matches_python_after_a_change(warm):
    page = warm.open(PAGE)
    page.click("[data-action=add-school]")  # the list of schools writes the field
    page.locator("[data-school=name]").nth(1).fill("Het Anker")
    page.locator("[data-school=count]").nth(1).fill("240")
    assert page.input_value('[name="leerlingen_per_school"]') == "225; Het Anker: 240"
    page.fill('input[name="naam_gemeente"]', "Zeewolde")
    assert page.input_value('[name="scholen"]') == "2"  # the number of schools follows the rows
    expected = calculators.run("exploitatie", {"leerlingen_per_school": "225; Het Anker: 240", "scholen": "2",
                                               "naam_gemeente": "Zeewolde"})
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
    # While the visitor is still in the group, a neutral running total instead of three red fields.
    page.wait_for_function("document.querySelector('[data-note-for=verdeling]').textContent.includes('106,66%')")
    page.wait_for_selector("[data-offerte][data-stale]")
    assert page.text_content('[data-error-for="aandeel_gemeente"]') == ""
    assert page.locator("[data-action=download]").is_disabled()
    page.focus('input[name="naam_gemeente"]')  # leaving the group shows the problem
    page.wait_for_selector('[data-error-for="aandeel_gemeente"]:not(:empty)')
    assert page.get_attribute('input[name="aandeel_school"]', "aria-invalid") == "true"
    page.fill('input[name="aandeel_gemeente"]', "33,34")
    page.wait_for_selector("[data-offerte]:not([data-stale])", timeout=BOOT_MS)
    assert page.locator("[data-action=download]").is_enabled()
    assert page.text_content('[data-error-for="aandeel_gemeente"]') == ""


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


BOARD = ("?leerlingen_per_school=De+Linde%3A+180%3B+Het+Anker%3A+240%3B+410&naam_bibliotheek=Bibliotheek+Zeeland"
         "&naam_school=Stichting+Archipel&offertedatum=1-3-2027&offertenummer=2027-014")


@pytest.mark.parametrize("query", ["", BOARD])
def test_printing_gives_the_quote_on_at_most_two_pages_without_the_internal_build_up(warm, query):
    page = warm.page
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    warm.open(PAGE + query)
    page.wait_for_selector("form[data-calculator]:not([data-drawing])", state="attached")  # the quote is drawn
    print_media(page)
    printed = page.evaluate("document.body.innerText")
    assert "Offerte de Bibliotheek op school" in printed and "Voor akkoord" in printed
    for internal in ("maandsalaris", "Vakantiegeld", "Werkgeverslasten", "Overhead", "Inzetbare uren",
                     "Zo is het berekend", "Uitkomst in het kort"):
        assert internal not in printed, internal
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".rekenhulp__stap", "[data-action=download]"):
        assert all(not node.is_visible() for node in page.locator(selector).all()), selector
    if query:
        assert "Het Anker" in printed and "Stichting Archipel" in printed
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sizes = page.evaluate("""[...document.querySelectorAll('.offerte__document td, .offerte__document th')]
        .filter((cell) => cell.offsetParent).map((cell) => parseFloat(getComputedStyle(cell).fontSize))""")
    assert sizes and min(sizes) >= 12  # 9 pt = 12 px: no table text under 9 pt
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and pdf_pages(pdf) <= 2


def test_the_explanation_is_printed_as_an_appendix_when_asked(warm):
    page = warm.open(PAGE)
    page.check("[data-print-appendix-toggle]")
    print_media(page)
    printed = page.evaluate("document.body.innerText")
    assert "Bijlage: uitgangspunten en berekening" in printed and "Bruto maandsalaris" in printed
    assert "Jaarsalaris leesconsulent" in printed  # the steps of the calculation
    page.emulate_media(media="screen")
    page.uncheck("[data-print-appendix-toggle]")
    print_media(page)
    assert "Bijlage" not in page.evaluate("document.body.innerText")


def test_programme_budget_quote_follows_the_choice(warm):
    page = warm.open("rekenhulpen/ouderprogramma/")
    page.check('input[data-choice-for="programmas"][value="opstapje"]')
    expected = calculators.run("ouderprogramma", {"programmas": "voorleesexpress,vve-thuis,opstapje"})
    page.wait_for_function(
        "(n) => document.querySelectorAll('[data-offerte] table[data-table=\"per-programma\"] tbody tr').length === n",
        arg=3, timeout=BOOT_MS)
    total = page.text_content('[data-offerte] table[data-table="per-post"] tfoot td:last-child')
    assert total == expected["quote"]["tables"][0]["total"][-1]


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize(("calculator_id", "field", "value"),
                         [("exploitatie", "looptijd", "4"), ("ouderprogramma", "gezinnen", "12")])
def test_redrawn_quote_passes_axe(warm, scheme, calculator_id, field, value):
    page = warm.open(f"rekenhulpen/{calculator_id}/")
    expected = calculators.run(calculator_id, {field: value})["quote"]["tables"][0]["total"][-1]
    page.fill(f'input[name="{field}"]', value)
    page.wait_for_function(
        "(text) => document.querySelector('[data-offerte] table tfoot td:last-child')?.textContent === text",
        arg=expected, timeout=BOOT_MS)
    # The redrawn quote section; the rest of the page is the site-wide audit's job.
    with palette(page, scheme):
        assert axe_violations(page, within="[data-offerte]") == []
