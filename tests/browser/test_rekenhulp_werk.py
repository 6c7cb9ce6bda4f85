"""The calculator pages fit real work: the summary stays in view while typing (beside the form on a
laptop, a bar at the bottom on a phone) and marks what changed, a school board's schools are added and
removed as rows, steps fold, and the new views pass axe in both palettes."""
import pytest

from tests.helpers import axe_violations, without_python

pytestmark = pytest.mark.browser

PAGE = "rekenhulpen/exploitatie/"


def in_view(page, selector):
    return page.evaluate("""(selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }""", selector)


def test_on_a_laptop_the_summary_stays_beside_the_form_and_marks_what_changed(warm):
    page = warm.page
    page.set_viewport_size({"width": 1366, "height": 768})
    warm.open(PAGE)
    summary = ".md-sidebar--secondary [data-summary]"
    page.wait_for_selector(summary)  # moved above the table of contents
    assert page.locator(".md-sidebar--secondary [data-summary]").bounding_box()["x"] > 1000
    before = page.text_content('[data-summary-key="looptijd_excl"]')
    page.locator('input[name="looptijd"]').scroll_into_view_if_needed()
    page.fill('input[name="looptijd"]', "5")
    page.wait_for_function(
        "(before) => document.querySelector('[data-summary-key=looptijd_excl]').textContent !== before", arg=before)
    assert in_view(page, summary)
    assert page.get_attribute('[data-summary-key="looptijd_excl"]', "data-changed") == "true"
    assert page.text_content('[data-summary-key="looptijd_excl"]') == page.text_content(
        '[data-calculator-result] [data-result-key="looptijd_excl"]')


def test_the_summary_follows_the_table_of_contents_when_the_window_changes_width(warm):
    """Beside the form wherever Material shows the table of contents (from 60em, 960 px), else a bar."""
    page = warm.page
    page.set_viewport_size({"width": 1366, "height": 768})
    warm.open(PAGE)
    page.wait_for_selector(".md-sidebar--secondary [data-summary][data-place=zijkant]")
    page.set_viewport_size({"width": 800, "height": 768})
    page.wait_for_selector("form [data-summary][data-place=balk]")
    page.set_viewport_size({"width": 1000, "height": 768})
    page.wait_for_selector(".md-sidebar--secondary [data-summary][data-place=zijkant]")
    assert page.locator(".md-sidebar--secondary [data-summary]").is_visible()


def test_on_a_phone_the_summary_is_a_bar_at_the_bottom_that_leads_to_the_result(chromium, base_url, site_dir):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.wait_for_selector('form[data-calculator][data-state="ready"]', timeout=90_000)
    bar = "form [data-summary][data-place=balk]"
    page.wait_for_selector(bar)
    page.click('details[data-group="leesconsulent"] > summary')  # a folded step opens with a tap
    page.locator('input[name="uren_per_school"]').scroll_into_view_if_needed()
    page.fill('input[name="uren_per_school"]', "120")
    page.wait_for_function("document.querySelector('[data-summary-key=jaar1_excl]').dataset.changed === 'true'")
    assert in_view(page, bar)
    box = page.locator(bar).bounding_box()
    assert box["y"] + box["height"] >= 844 - 2  # at the bottom of the screen
    page.click(f"{bar} a")
    page.wait_for_function("document.querySelector('form [data-summary]').hasAttribute('data-result-in-view')")
    assert not page.locator(bar).is_visible()  # the result itself is in view now
    # On a phone the form starts with only its first step open (and the one the visitor opened).
    opened = page.evaluate(
        "[...document.querySelectorAll('details[data-group]')].filter(d => d.open).map(d => d.dataset.group)")
    assert opened == ["scholen", "leesconsulent"]
    context.close()


def test_a_closed_step_is_not_drawn_until_it_is_opened(chromium, base_url, site_dir):
    """display: none rather than the browser's content-visibility: hidden, which had the browser's form
    filling lay out the whole page once per closed step as the page finished loading."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    without_python(context)
    page = context.new_page()
    page.goto(base_url + PAGE)
    shown = """() => Object.fromEntries([...document.querySelectorAll('details[data-group]')].map(
        d => [d.dataset.group, getComputedStyle(d, '::details-content').display]))"""
    steps = page.evaluate(shown)
    assert steps["scholen"] == "block" and steps["leesconsulent"] == "none" and len(steps) == 10
    assert list(steps.values()).count("none") == 9
    page.wait_for_selector("form[data-calculator][data-mounted]")
    page.click('details[data-group="leesconsulent"] > summary')
    assert page.evaluate(shown)["leesconsulent"] == "block"
    assert page.locator('input[name="uren_per_school"]').is_visible()
    context.close()


def test_schools_are_added_and_removed_as_rows(warm):
    page = warm.open(PAGE)
    field = '[name="leerlingen_per_school"]'
    rows = page.locator("[data-school=name]")
    assert rows.count() == 1 and not page.locator(field).is_visible()  # the list replaces the text area
    for name, pupils in (("De Linde", "180"), ("Het Anker", "240"), ("", "410")):
        if rows.nth(0).input_value() or page.locator("[data-school=count]").nth(0).input_value() != "225":
            page.click("[data-action=add-school]")
        index = rows.count() - 1
        rows.nth(index).fill(name)
        page.locator("[data-school=count]").nth(index).fill(pupils)
    assert page.input_value(field) == "De Linde: 180; Het Anker: 240; 410"
    page.wait_for_function("document.querySelector('[data-result-key=boeken_doel]').textContent.startsWith('4.150')")
    page.click("[data-action=remove-school] >> nth=1")  # Het Anker
    assert page.input_value(field) == "De Linde: 180; 410"
    page.wait_for_function("document.querySelector('[data-result-key=boeken_doel]').textContent.startsWith('2.950')")
    assert page.locator("[data-school=name]").nth(1).evaluate("el => el === document.activeElement")


def test_a_board_list_from_a_link_shows_as_rows(warm):
    page = warm.open(PAGE + "?leerlingen_per_school=De+Linde%3A+180%3B+Het+Anker%3A+240%3B+410")
    names = [page.locator("[data-school=name]").nth(i).input_value() for i in range(3)]
    assert names == ["De Linde", "Het Anker", ""]
    assert page.text_content('[data-result-key="boeken_doel"]') == "4.150 boeken"


def test_a_field_in_a_folded_step_opens_when_it_has_an_error(warm):
    page = warm.open(PAGE + "?overhead_procent=abc")
    page.wait_for_selector('[data-error-for="overhead_procent"]:not(:empty)')
    assert page.evaluate("document.querySelector('details[data-group=uurkosten]').open")
    assert page.locator('input[name="overhead_procent"]').is_visible()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_the_new_views_pass_axe(warm, scheme):
    page = warm.page
    page.set_viewport_size({"width": 390, "height": 844})
    page = warm.open(PAGE)
    page.evaluate("s => { document.body.dataset.mdColorScheme = s; }", scheme)
    try:
        page.evaluate("document.querySelectorAll('details[data-group]').forEach((d) => { d.open = true; })")
        page.click("[data-action=add-school]")
        page.locator('input[name="aandeel_gemeente"]').scroll_into_view_if_needed()
        page.fill('input[name="aandeel_gemeente"]', "40")  # the running total
        bar = "form [data-summary][data-place=balk]"
        assert page.locator(bar).is_visible()
        assert axe_violations(page, within=bar) == []  # the bar at the bottom, over the form
        page.click("[data-action=reset]")  # the question next to the button
        page.locator("[data-calculator-result]").scroll_into_view_if_needed()  # the bar steps aside
        page.wait_for_function("document.querySelector('form [data-summary]').hasAttribute('data-result-in-view')")
        assert axe_violations(page) == []
        page.click("[data-action=reset-yes]")  # undo offered
        page.wait_for_selector("[data-action=undo]")
        page.locator("[data-calculator-result]").scroll_into_view_if_needed()
        assert axe_violations(page) == []
    finally:
        page.evaluate("() => { document.body.dataset.mdColorScheme = 'default'; }")
