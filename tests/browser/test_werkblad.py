"""The worksheet of the childcare step plan in headless Chromium: answers stay on the device
(localStorage), survive a reload, go into the downloaded text file, and are cleared on request; on a
phone each step's questions are right under the step, the fields grow with the answer, and the
status of a download or a clear shows next to the buttons where the visitor is.
Nothing leaves 127.0.0.1 (checked by the watched_page fixture)."""
import json
from pathlib import Path

import pytest

from tests.conftest import PageWatch, axe_violations
from tests.helpers import print_media

pytestmark = pytest.mark.browser

PAGE = "ouderbetrokkenheid/kinderopvang/"
PLAN = "kinderopvang-acht-stappen"
SECTION = f'section[data-worksheet="{PLAN}"]'
READY = f'{SECTION}[data-state="ready"]'
FIELD = f"#werkblad-{PLAN}-waarom-waarom-samenwerken"
OTHER_FIELD = f"#werkblad-{PLAN}-evalueren-momenten"
STORAGE_KEY = f"handboek:werkblad:{PLAN}"
ANSWER = "Omdat ouders de eerste opvoeders zijn <script>alert(1)</script>"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
LAPTOP = {"viewport": {"width": 1366, "height": 768}}


def stored(page):
    return page.evaluate(f"() => window.localStorage.getItem({json.dumps(STORAGE_KEY)})")


def open_ready(page, url):
    page.goto(url)
    page.wait_for_selector(READY)


def test_answer_survives_reload_and_stays_local(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    assert page.input_value(FIELD) == ""
    page.fill(FIELD, ANSWER)
    assert json.loads(stored(page)) == {"waarom.waarom-samenwerken": ANSWER}
    page.reload()
    page.wait_for_selector(READY)
    assert page.input_value(FIELD) == ANSWER
    assert page.input_value(OTHER_FIELD) == ""
    # The print copy carries the answer as text, not as markup.
    copy = page.locator(f'[data-print-copy-for="{FIELD[1:]}"]')
    assert copy.text_content() == ANSWER
    assert page.locator(f"{SECTION} script").count() == 0


def test_download_contains_the_answers(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    page.fill(FIELD, "Kinderen leren meer als ouders meedoen.")
    page.fill(OTHER_FIELD, "Twee keer per jaar,\nin januari en juni.")
    with page.expect_download() as info:
        page.click(f"{SECTION} [data-action=download]")
    download = info.value
    assert download.suggested_filename == f"werkblad-{PLAN}.txt"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert "Acht stappen voor samenwerking met ouders in de kinderopvang" in text
    assert "Waarom wil je (meer) samenwerken met ouders?" in text
    assert "Kinderen leren meer als ouders meedoen." in text
    assert "in januari en juni." in text
    assert "Stap 8: Evalueer" in text
    assert "(nog niet ingevuld)" in text  # the questions left open are listed too
    assert "niet het werkblad van de bron" in text


def test_clear_removes_answers_after_confirmation(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    page.fill(FIELD, "Te wissen antwoord")
    assert stored(page) is not None

    # Cancelling the confirmation keeps everything.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(f"{SECTION} [data-action=clear]")
    assert page.input_value(FIELD) == "Te wissen antwoord"
    assert stored(page) is not None

    messages = []

    def accept(dialog):
        messages.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.click(f"{SECTION} [data-action=clear]")
    assert messages and "wissen" in messages[0]
    assert page.input_value(FIELD) == ""
    assert stored(page) is None
    assert page.text_content(f"{SECTION} [data-status]").strip() == "Je antwoorden zijn gewist."
    page.reload()
    page.wait_for_selector(READY)
    assert page.input_value(FIELD) == ""


def test_without_javascript_the_fields_are_there_and_say_nothing_is_kept(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    assert page.get_attribute(SECTION, "data-state") == "prerendered"
    assert page.locator(f"{SECTION} textarea").count() >= 8
    assert page.locator(f"{SECTION} [data-actions]").is_hidden()
    assert "niet bewaard" in page.text_content(f"{SECTION} [data-status]")
    context.close()


def test_print_shows_the_answers(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    page.fill(FIELD, "Zichtbaar op papier")
    print_media(page)
    copy = page.locator(f'[data-print-copy-for="{FIELD[1:]}"]')
    assert copy.is_visible()
    assert copy.text_content() == "Zichtbaar op papier"
    assert page.locator(FIELD).is_hidden()
    assert page.locator(f"{SECTION} [data-actions]").is_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_the_worksheet_in_use(watched_page, base_url, scheme):
    """The worksheet's fields and buttons as the visitor sees them (script mounted, an answer typed).
    The other parent-involvement pages have no worksheet: the site-wide audit (test_accessibility)
    covers them as they are."""
    page = watched_page.page
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + PAGE)
    page.wait_for_selector(READY)
    page.fill(FIELD, "Een antwoord")
    assert axe_violations(page) == []


def test_instant_navigation_mounts_the_worksheet(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + "ouderbetrokkenheid/")
    page.click('article a[href$="kinderopvang/"]')
    page.wait_for_selector(READY)
    page.fill(FIELD, "Via navigatie")
    assert json.loads(stored(page)) == {"waarom.waarom-samenwerken": "Via navigatie"}


FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  const bar = document.querySelector(".werkblad__balk").getBoundingClientRect();
  const underBar = !el.closest(".werkblad__balk") && el.getBoundingClientRect().bottom > bar.top + 1;
  return {key: el.name || el.textContent.trim(), inSheet: !!el.closest("section[data-worksheet]"), visible, underBar};
}"""


@pytest.mark.parametrize("viewport", [None, {"width": 390, "height": 844}], ids=["laptop", "phone"])
def test_worksheet_fields_and_buttons_reachable_with_tab_and_visibly_focused(watched_page, base_url, viewport):
    page = watched_page.page
    if viewport:
        page.set_viewport_size(viewport)
    open_ready(page, base_url + PAGE)
    wanted = {a.get_attribute("name") for a in page.locator(f"{SECTION} textarea").all()}
    wanted |= {b.text_content().strip() for b in page.locator(f"{SECTION} [data-actions] button").all()}
    assert len(wanted) >= 11
    # From the heading "De acht stappen" through every step (its links, then its questions) to the bar.
    page.focus("#de-acht-stappen a.headerlink")
    reached, not_visible, hidden_by_bar = set(), [], []
    for _ in range(250):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if state["inSheet"] and state["key"] in wanted:
            reached.add(state["key"])
            if not state["visible"]:
                not_visible.append(state["key"])
        if state["inSheet"] and state["underBar"]:
            hidden_by_bar.append(state["key"])  # the sticky bar must not cover what has the focus
        if wanted <= reached:
            break
    assert wanted <= reached
    assert not_visible == []
    assert hidden_by_bar == []


def test_without_storage_the_visitor_is_told_and_can_still_download(watched_page, base_url):
    page = watched_page.page
    page.add_init_script("Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };")
    open_ready(page, base_url + PAGE)
    status = page.text_content(f"{SECTION} [data-status]")
    assert "niet toe" in status and "Download" in status
    page.fill(FIELD, "Alleen in het bestand")
    with page.expect_download() as info:
        page.click(f"{SECTION} [data-action=download]")
    assert "Alleen in het bestand" in Path(info.value.path()).read_text(encoding="utf-8")


@pytest.fixture(params=["phone", "laptop"])
def device_page(request, chromium, site_dir):
    context = chromium.new_context(locale="nl-NL", accept_downloads=True,
                                   **(PHONE if request.param == "phone" else LAPTOP))
    watch = PageWatch(context.new_page())
    yield watch.page
    context.close()
    assert watch.foreign_requests() == [], "requests left 127.0.0.1"
    assert watch.console_errors == [], "console errors"


STEP_DISTANCES = """() => [...document.querySelectorAll("li.stappenplan__stap")].map(li => {
    const heading = li.querySelector(".stappenplan__kop").getBoundingClientRect();
    const field = li.querySelector("textarea[data-worksheet-answer]");
    const sheet = field && field.closest("section[data-worksheet]");
    return {step: li.dataset.stap, inSheet: !!sheet,
            distance: field ? field.getBoundingClientRect().bottom - heading.top : null};
})"""


def test_on_a_phone_each_steps_questions_are_within_a_screen_of_the_step(chromium, site_dir, base_url):
    context = chromium.new_context(locale="nl-NL", **PHONE)
    page = context.new_page()
    open_ready(page, base_url + PAGE)
    steps = page.evaluate(STEP_DISTANCES)
    assert len(steps) == 8
    for step in steps:
        # The heading, the step's text and its first question with the answer field, on one screen.
        assert step["inSheet"], step
        assert 0 < step["distance"] <= 844, step
    context.close()


def in_view(page, selector):
    return page.evaluate("""selector => { const r = document.querySelector(selector).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""", selector)


def test_textarea_grows_with_a_long_answer(device_page, base_url):
    page = device_page
    open_ready(page, base_url + PAGE)
    height = page.evaluate(f"document.querySelector('{FIELD}').offsetHeight")
    long_answer = "\n".join(f"Regel {i}: ouders lezen thuis voor, de opvang leent boeken uit." for i in range(1, 9))
    page.fill(FIELD, long_answer)
    grown = page.evaluate(f"""(() => {{ const f = document.querySelector('{FIELD}');
        return {{height: f.offsetHeight, scroll: f.scrollHeight, client: f.clientHeight}}; }})()""")
    assert grown["height"] > 2 * height
    assert grown["scroll"] <= grown["client"] + 1  # the whole answer shows: nothing scrolls inside the field
    # Back to its own size when the answer is gone, and grown again after a reload.
    page.fill(FIELD, "")
    assert page.evaluate(f"document.querySelector('{FIELD}').offsetHeight") == height
    page.fill(FIELD, long_answer)
    page.reload()
    page.wait_for_selector(READY)
    assert page.evaluate(f"document.querySelector('{FIELD}').offsetHeight") > 2 * height


def click_where_it_is(page, selector):
    """Click as a visitor does: where the element is on the screen, without scrolling first (Playwright's
    click would scroll a sticky element to its place in the page)."""
    box = page.locator(selector).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_download_and_clear_status_shows_next_to_the_buttons_where_the_visitor_is(device_page, base_url):
    page = device_page
    open_ready(page, base_url + PAGE)
    # The visitor works on step 1, far from the end of the worksheet.
    page.fill(FIELD, "Een antwoord bij stap 1")
    page.locator(FIELD).scroll_into_view_if_needed()
    assert in_view(page, FIELD)
    for action in ("download", "clear"):
        assert in_view(page, f"{SECTION} [data-action={action}]"), action
    status = f"{SECTION} [data-status]"
    scrolled = page.evaluate("scrollY")
    with page.expect_download():
        click_where_it_is(page, f"{SECTION} [data-action=download]")
    assert page.text_content(status).strip() == "Het tekstbestand met je antwoorden wordt gedownload."
    assert page.evaluate("scrollY") == scrolled
    assert in_view(page, status) and in_view(page, FIELD)
    page.once("dialog", lambda dialog: dialog.accept())
    click_where_it_is(page, f"{SECTION} [data-action=clear]")
    assert page.text_content(status).strip() == "Je antwoorden zijn gewist."
    assert in_view(page, status) and in_view(page, FIELD)
    assert page.input_value(FIELD) == ""
    # The status sits in the bar with the buttons; the destructive button looks different.
    assert page.evaluate(f"document.querySelector('{status}').parentElement"
                         f" === document.querySelector('{SECTION} [data-actions]').parentElement")
    colours = page.evaluate(f"""() => ["download", "clear"].map(a => getComputedStyle(
        document.querySelector('{SECTION} [data-action=' + a + ']')).color)""")
    assert colours[0] != colours[1]


def test_without_javascript_the_bar_does_not_follow_and_the_top_says_nothing_is_kept(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(base_url + PAGE)
    assert page.locator(f"{SECTION} .werkblad__zonder-js").is_visible()
    assert page.evaluate(f"getComputedStyle(document.querySelector('{SECTION} .werkblad__balk')).position") == "static"
    steps = page.evaluate(STEP_DISTANCES)
    assert all(0 < step["distance"] <= 844 for step in steps)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_the_worksheet_on_a_phone(chromium, site_dir, base_url, scheme):
    context = chromium.new_context(locale="nl-NL", color_scheme=scheme, **PHONE)
    page = context.new_page()
    open_ready(page, base_url + PAGE)
    page.fill(FIELD, "Een antwoord")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(f"{SECTION} [data-action=clear]")
    assert axe_violations(page) == []
    context.close()
