"""Scenarios of the calculators in headless Chromium (templates/rekenhulp-scenarios.html,
docs/assets/js/scenarios.js): saved on the device only (localStorage), listed after a reload, compared
side by side by Python (calculators.compare_json), exported to a file and imported on another computer
(a fresh browser context), opened in the form and as a link. A bad or foreign file changes nothing.
Tests that need no cold start share the session's warm Pyodide (the `warm` fixture)."""
import json
from pathlib import Path

import pytest

import calculators
from tests.conftest import AXE, PageWatch
from tests.helpers import print_media

pytestmark = pytest.mark.browser

KEY = "handboek:scenario's"
SECTION = "section[data-scenarios]"
BOOT_MS = 90_000
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  return {text: (el.getAttribute("aria-label") || el.textContent || el.id).trim(), tag: el.tagName,
          type: el.type || "", inSection: !!el.closest("section[data-scenarios]"), visible};
}"""


def ready(calculator_id):
    return f'form[data-calculator="{calculator_id}"][data-state="ready"]'


def stored(page):
    return page.evaluate("key => window.localStorage.getItem(key)", KEY)


def names(page):
    return [text.strip() for text in page.locator(f"{SECTION} [data-scenarios-list] label").all_text_contents()]


def status(page):
    return page.text_content(f"{SECTION} [data-status]").strip()


def open_panel(page):
    page.wait_for_selector(f"{SECTION}:not([hidden])")
    if page.get_attribute(f"{SECTION} .scenarios__paneel", "open") is None:
        page.click(f"{SECTION} .scenarios__paneel > summary")


def open_carry(page):
    if page.get_attribute(f"{SECTION} .scenarios__meenemen", "open") is None:
        page.click(f"{SECTION} .scenarios__meenemen > summary")


def save(page, name):
    page.fill("[data-scenario-name]", name)
    page.click(f"{SECTION} [data-action=save]")
    page.wait_for_function("name => [...document.querySelectorAll('[data-scenarios-list] li')]"
                           ".some((li) => li.dataset.naam === name || li.dataset.naam.startsWith(name + ' ('))",
                           arg=name)


def item(page, name):
    return page.locator(f'{SECTION} [data-scenarios-list] li[data-naam="{name}"]')


def fresh(warm, path):
    """The warm page on `path`, with no scenarios stored."""
    warm.page.evaluate("key => window.localStorage.removeItem(key)", KEY)
    page = warm.open(path)
    open_panel(page)
    assert names(page) == []
    return page


def import_file(page, content, name="scenarios.json"):
    open_carry(page)
    data = content if isinstance(content, bytes) else json.dumps(content).encode("utf-8")
    page.set_input_files(f"{SECTION} [data-scenarios-import]",
                         files=[{"name": name, "mimeType": "application/json", "buffer": data}])
    page.wait_for_selector(f"{SECTION} [data-import-message]:not(:empty)")
    return page.text_content(f"{SECTION} [data-import-message]").strip()


def scenario_file(*scenarios):
    return {"formaat": "handboek-scenario's", "versie": 1, "scenario's": list(scenarios)}


def one(naam, rekenhulp="collectie", **waarden):
    return {"naam": naam, "rekenhulp": rekenhulp, "waarden": waarden or {"leerlingen": "300"},
            "bewaard": "2026-11-30T10:00:00.000Z"}


@pytest.fixture
def clean(warm):
    yield warm
    warm.page.evaluate("key => window.localStorage.removeItem(key)", KEY)


# ---- The whole journey, on two computers ----

def test_save_reload_compare_export_and_import_on_another_computer(watched_page, base_url, chromium, tmp_path):
    page = watched_page.page
    page.goto(base_url + "rekenhulpen/exploitatie/")
    page.wait_for_selector(ready("exploitatie"), timeout=BOOT_MS)
    open_panel(page)
    page.fill('input[name="uren_per_school"]', "80")
    save(page, "2 uur per week")
    assert status(page) == "Scenario ‘2 uur per week’ is bewaard."
    page.fill('input[name="uren_per_school"]', "120")
    page.fill('input[name="naam_school"]', "De Linde")
    save(page, "3 uur per week")

    page.reload()
    page.wait_for_selector(ready("exploitatie"), timeout=BOOT_MS)
    page.wait_for_selector(f"{SECTION}:not([hidden])")
    assert page.get_attribute(f"{SECTION} .scenarios__paneel", "open") is not None  # opens when there are some
    assert names(page) == ["2 uur per week", "3 uur per week"]
    kept = json.loads(stored(page))
    assert kept["formaat"] == "handboek-scenario's" and kept["versie"] == 1
    assert [s["waarden"]["uren_per_school"] for s in kept["scenario's"]] == ["80", "120"]

    for name in names(page):
        item(page, name).locator("[data-select]").check()
    page.click(f"{SECTION} [data-action=compare]")
    table = page.wait_for_selector(f"{SECTION} table[data-table=uitkomsten]")
    assert [th.text_content().strip() for th in table.query_selector_all("thead th")] == [
        "Uitkomst", "2 uur per week", "3 uur per week"]
    # 40 more hours × € 49,36 = € 1.974,40 a year (hand-computed in tests/unit/test_compare.py)
    row = table.query_selector("tr[data-key=jaar1_excl]")
    assert row.query_selector("td:nth-of-type(2) .scenarios__verschil").text_content() == "+ € 1.974,40"
    expected = json.loads(calculators.compare_json("exploitatie", json.dumps(
        [{"naam": s["naam"], "waarden": s["waarden"]} for s in kept["scenario's"]])))
    shown = [[td.query_selector(".scenarios__waarde").text_content() for td in tr.query_selector_all("td")]
             for tr in table.query_selector_all("tbody tr")]
    assert shown == [r["values"] for r in expected["rows"]]
    changed = page.locator(f"{SECTION} table[data-table=invoer] tbody tr")
    assert changed.evaluate_all("rows => rows.map((tr) => tr.dataset.field)") == ["uren_per_school", "naam_school"]
    assert changed.first.locator("td").all_text_contents() == ["80 uur", "120 uur (anders dan het eerste scenario)"]
    assert page.evaluate("document.activeElement.textContent") == "Scenario's naast elkaar"

    open_carry(page)
    with page.expect_download() as info:
        page.click(f"{SECTION} [data-action=export]")
    assert info.value.suggested_filename == "handboek-scenarios.json"
    exported = tmp_path / "scenarios.json"
    info.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data == kept
    assert all(set(s) == {"naam", "rekenhulp", "waarden", "bewaard"} for s in data["scenario's"])

    # Another laptop: a fresh browser context, with nothing stored.
    context = chromium.new_context(locale="nl-NL")
    try:
        other = PageWatch(context.new_page())
        other.page.goto(base_url + "rekenhulpen/exploitatie/")
        open_panel(other.page)
        assert names(other.page) == []
        open_carry(other.page)
        other.page.set_input_files(f"{SECTION} [data-scenarios-import]", str(exported))
        other.page.wait_for_selector(f"{SECTION} [data-import-message]:not(:empty)")
        assert other.page.text_content(f"{SECTION} [data-import-message]") == (
            "Toegevoegd: 2 uur per week, 3 uur per week.")
        assert names(other.page) == ["2 uur per week", "3 uur per week"]
        assert json.loads(stored(other.page)) == kept

        # Each scenario is a link: opened on its own, it reproduces its result.
        link = item(other.page, "3 uur per week").locator("[data-action=open]").get_attribute("href")
        assert "uren_per_school=120" in link and "naam_school=De+Linde" in link
        other.page.goto(link)
        other.page.wait_for_selector(ready("exploitatie"), timeout=BOOT_MS)
        want = calculators.run("exploitatie", kept["scenario's"][1]["waarden"])["result"]
        assert other.page.text_content('[data-result-key="jaar1_excl"]').strip() == want["jaar1_excl"]["value"]
        assert other.page.input_value('input[name="naam_school"]') == "De Linde"
        assert other.foreign_requests() == [] and other.console_errors == []
    finally:
        context.close()


# ---- Import: checked before anything is kept ----

BAD_FILES = {
    "not JSON": (b"{dit is geen json", "Dit bestand kon niet worden gelezen"),
    "foreign JSON": ({"name": "iets anders", "items": [1, 2]}, "Dit is geen bestand met scenario's"),
    "another version": ({**scenario_file(one("A")), "versie": 2}, "andere versie van het handboek"),
    "unknown calculator": (scenario_file(one("Goed"), one("Vreemd", rekenhulp="bestaat-niet")),
                           "Scenario ‘Vreemd’ in het bestand hoort niet bij een rekenhulp van deze site"),
    "values not text": (scenario_file(one("Getal", leerlingen=300)),
                        "van scenario ‘Getal’ in het bestand zijn geen tekst"),
    "no name": (scenario_file({**one("x"), "naam": "  "}), "Een scenario in het bestand heeft geen naam"),
    "no scenarios": (scenario_file(), "Dit bestand bevat geen scenario's"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_or_foreign_file_changes_nothing_and_says_why(clean, case):
    content, message = BAD_FILES[case]
    page = fresh(clean, "rekenhulpen/collectie/")
    save(page, "Al bewaard")
    before = stored(page)
    text = import_file(page, content)
    assert message in text and text.endswith("Er is niets veranderd.")
    assert stored(page) == before
    assert names(page) == ["Al bewaard"]
    assert page.get_attribute(f"{SECTION} [data-scenarios-import]", "aria-invalid") == "true"
    assert page.get_attribute(f"{SECTION} [data-import-message]", "data-kind") == "fout"


def test_a_name_that_exists_gets_a_number(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    save(page, "Offerte")
    save(page, "Offerte")
    assert names(page) == ["Offerte", "Offerte (2)"]
    text = import_file(page, scenario_file(one("Offerte"), one("Offerte"), one("Nieuw"),
                                           one("Offerte", rekenhulp="ouderprogramma", programmas="vve-thuis")))
    assert text == ("Toegevoegd: Offerte (3), Offerte (4), Nieuw. "
                    "Toegevoegd bij een andere rekenhulp: Offerte.")
    assert names(page) == ["Offerte", "Offerte (2)", "Offerte (3)", "Offerte (4)", "Nieuw"]
    assert page.get_attribute(f"{SECTION} [data-scenarios-import]", "aria-invalid") is None
    page = clean.open("rekenhulpen/ouderprogramma/")
    open_panel(page)
    assert names(page) == ["Offerte"]  # the list is per calculator


# ---- Open, rename, delete, clear ----

def test_open_puts_the_values_in_the_form_the_address_and_the_result(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    page.fill('input[name="leerlingen"]', "300")
    save(page, "Groot")
    page.fill('input[name="leerlingen"]', "100")
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('500 ')")
    link = item(page, "Groot").locator("[data-action=open]")
    assert "leerlingen=300" in link.get_attribute("href")
    link.click()
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('1.500 ')")
    page.wait_for_selector(ready("collectie"))
    assert page.input_value('input[name="leerlingen"]') == "300"
    page.wait_for_function("location.search.includes('leerlingen=300')")
    assert status(page) == "Scenario ‘Groot’ staat nu in het formulier; de uitkomst is bijgewerkt."
    assert page.evaluate("document.activeElement.name") == "leerlingen"
    assert clean.page.evaluate("window.warmDocument") is True  # in place, not a navigation


def test_rename_delete_and_clear_all(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    save(page, "Eerste")
    save(page, "Tweede")
    item(page, "Eerste").locator("[data-action=rename]").click()
    editor = item(page, "Eerste").locator(".scenarios__hernoem input")
    assert page.evaluate("document.activeElement.value") == "Eerste"
    editor.fill("Tweede")
    editor.press("Enter")
    assert page.text_content(f"{SECTION} .scenarios__hernoem [data-slot=fout]") == (
        "Er is al een scenario met de naam ‘Tweede’. Kies een andere naam.")
    assert editor.get_attribute("aria-invalid") == "true"
    editor.press("Escape")
    assert names(page) == ["Eerste", "Tweede"]
    assert page.evaluate("document.activeElement.dataset.action") == "rename"

    item(page, "Eerste").locator("[data-action=rename]").click()
    item(page, "Eerste").locator(".scenarios__hernoem input").fill("Basis")
    item(page, "Eerste").locator("[data-action=rename-save]").click()
    assert names(page) == ["Basis", "Tweede"]
    assert status(page) == "Het scenario heet nu ‘Basis’."

    item(page, "Tweede").locator("[data-action=delete]").click()
    assert names(page) == ["Basis"]
    assert status(page) == "Scenario ‘Tweede’ is verwijderd."
    assert [s["naam"] for s in json.loads(stored(page))["scenario's"]] == ["Basis"]

    open_carry(page)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(f"{SECTION} [data-action=clear]")
    assert status(page) == "Er is niets gewist." and names(page) == ["Basis"]
    page.once("dialog", lambda dialog: dialog.accept())
    page.click(f"{SECTION} [data-action=clear]")
    assert status(page) == "Alle scenario's zijn gewist, van alle rekenhulpen."
    assert names(page) == [] and stored(page) is None
    assert page.is_visible(f"{SECTION} [data-scenarios-empty]")


def test_a_scenario_that_cannot_be_calculated_gets_its_message_in_the_comparison(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    page.fill('input[name="leerlingen"]', "200")
    save(page, "Goed")
    page.fill('input[name="leerlingen"]', "12,5")
    save(page, "Half")
    item(page, "Goed").locator("[data-select]").check()
    item(page, "Half").locator("[data-select]").check()
    page.click(f"{SECTION} [data-action=compare]")
    page.wait_for_selector(f"{SECTION} table[data-table=uitkomsten]")
    assert page.locator(f"{SECTION} .scenarios__problemen li").all_text_contents() == [
        "Scenario ‘Half’ kan niet worden berekend. Aantal leerlingen: "
        "Vul een heel getal in, zonder cijfers achter de komma."]
    cells = page.locator(f"{SECTION} tr[data-key=doel_gekozen] .scenarios__waarde").all_text_contents()
    assert cells == ["1.000 boeken", "—"]


def test_one_scenario_is_not_enough_to_compare(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    save(page, "A")
    save(page, "B")
    item(page, "A").locator("[data-select]").check()
    page.click(f"{SECTION} [data-action=compare]")
    page.wait_for_function("document.querySelector('section[data-scenarios] [data-status]')"
                           ".textContent.includes('twee')")
    assert status(page) == "Kies twee of drie scenario's om te vergelijken."
    assert page.locator(f"{SECTION} table").count() == 0


# ---- Keyboard, accessibility, print, storage that fails ----

def test_everything_works_with_the_keyboard_and_shows_focus(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    page.focus("[data-scenario-name]")
    page.keyboard.press("Control+A")
    page.keyboard.type("Met toetsen")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('[data-scenarios-list] li').length === 1")
    page.fill('input[name="leerlingen"]', "400")
    page.focus("[data-scenario-name]")
    page.keyboard.press("Enter")  # the suggested name
    page.wait_for_function("document.querySelectorAll('[data-scenarios-list] li').length === 2")
    assert names(page) == ["Met toetsen", "Scenario 2"]

    page.focus("[data-scenario-name]")
    seen, not_visible = [], []
    for _ in range(20):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if not state["inSection"]:
            break
        seen.append((state["tag"], state["type"], state["text"]))
        if not state["visible"]:
            not_visible.append(state)
        if state["type"] == "checkbox":
            page.keyboard.press("Space")
        if state["text"] == "Vergelijk de gekozen scenario's":
            page.keyboard.press("Enter")
            break
    assert not_visible == []
    assert any(kind == "checkbox" for _, kind, _ in seen)
    assert any(text.startswith("Openen") for _, _, text in seen)
    assert any(text.startswith("Naam wijzigen") for _, _, text in seen)
    page.wait_for_selector(f"{SECTION} table[data-table=uitkomsten]")
    assert page.evaluate("document.activeElement.textContent") == "Scenario's naast elkaar"
    assert page.locator(f"{SECTION} tr[data-key=doel_gekozen] .scenarios__verschil").last.text_content() == (
        "+ 875 boeken")  # 400 × 5 = 2.000 against 225 × 5 = 1.125


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_filled_in_section_passes_axe(clean, scheme):
    page = fresh(clean, "rekenhulpen/exploitatie/")
    # The palette as Material's own toggle sets it (on the warm page, which keeps its first palette).
    palette = "slate" if scheme == "dark" else "default"
    try:
        page.evaluate("s => { document.body.dataset.mdColorScheme = s; }", palette)
        save(page, "Eerste")
        page.fill('input[name="looptijd"]', "1")
        page.evaluate("document.querySelector('details[data-group=uurkosten]').open = true")  # a folded step
        page.fill('input[name="salaris_maand"]', "abc")  # a scenario that cannot be calculated
        save(page, "Tweede")
        for name in ("Eerste", "Tweede"):
            item(page, name).locator("[data-select]").check()
        page.click(f"{SECTION} [data-action=compare]")
        page.wait_for_selector(f"{SECTION} table[data-table=uitkomsten]")
        item(page, "Eerste").locator("[data-action=rename]").click()
        import_file(page, b"kapot")
        if not page.evaluate("typeof axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run('section[data-scenarios]', {resultTypes: ['violations']})")
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert violations == []
    finally:
        page.evaluate("() => { document.body.dataset.mdColorScheme = 'default'; }")
        page.fill('input[name="salaris_maand"]', "3.500,00")
        page.wait_for_selector(ready("exploitatie"))


def test_the_scenarios_are_not_printed(clean):
    page = fresh(clean, "rekenhulpen/collectie/")
    save(page, "Niet op papier")
    print_media(page)
    assert not page.is_visible(SECTION)
    assert page.is_visible("[data-calculator-result]")


def test_without_storage_the_visitor_is_told_and_can_still_export(watched_page, base_url):
    page = watched_page.page
    page.add_init_script("Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };")
    page.goto(base_url + "rekenhulpen/collectie/")
    open_panel(page)
    assert "niet toe" in status(page) and "exporteer" in status(page)
    save(page, "Alleen hier")
    assert names(page) == ["Alleen hier"]
    assert status(page).startswith("Scenario ‘Alleen hier’ is bewaard. Deze browser staat bewaren")
    open_carry(page)
    with page.expect_download() as info:
        page.click(f"{SECTION} [data-action=export]")
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert [s["naam"] for s in data["scenario's"]] == ["Alleen hier"]
    page.wait_for_selector(ready("collectie"), timeout=BOOT_MS)  # let the boot finish before the page closes
