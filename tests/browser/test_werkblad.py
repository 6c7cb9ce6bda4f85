"""The worksheet of the childcare step plan in headless Chromium: answers stay on the device
(localStorage), survive a reload, go into the downloaded text file, and are cleared on request.
Nothing leaves 127.0.0.1 (checked by the watched_page fixture)."""
import json
from pathlib import Path

import pytest

from tests.conftest import axe_violations

pytestmark = pytest.mark.browser

PAGE = "ouderbetrokkenheid/kinderopvang/"
PLAN = "kinderopvang-acht-stappen"
SECTION = f'section[data-worksheet="{PLAN}"]'
READY = f'{SECTION}[data-state="ready"]'
FIELD = f"#werkblad-{PLAN}-waarom-waarom-samenwerken"
OTHER_FIELD = f"#werkblad-{PLAN}-evalueren-momenten"
STORAGE_KEY = f"handboek:werkblad:{PLAN}"
ANSWER = "Omdat ouders de eerste opvoeders zijn <script>alert(1)</script>"


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
    assert page.text_content(f"{SECTION} [data-status]").strip() == "Uw antwoorden zijn gewist."
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
    page.emulate_media(media="print")
    copy = page.locator(f'[data-print-copy-for="{FIELD[1:]}"]')
    assert copy.is_visible()
    assert copy.text_content() == "Zichtbaar op papier"
    assert page.locator(FIELD).is_hidden()
    assert page.locator(f"{SECTION} [data-actions]").is_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["ouderbetrokkenheid/", "ouderbetrokkenheid/bibliotheken/",
                                  "ouderbetrokkenheid/kinderopvang/", "ouderbetrokkenheid/nieuwkomers/"])
def test_no_axe_violations_on_my_pages(watched_page, base_url, path, scheme):
    page = watched_page.page
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + path)
    # The worksheet's fields and buttons are audited as the visitor sees them (script mounted).
    if path.endswith("kinderopvang/"):
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
  return {key: el.name || el.textContent.trim(), inSheet: !!el.closest("section[data-worksheet]"), visible};
}"""


def test_worksheet_fields_and_buttons_reachable_with_tab_and_visibly_focused(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    wanted = {a.get_attribute("name") for a in page.locator(f"{SECTION} textarea").all()}
    wanted |= {b.text_content().strip() for b in page.locator(f"{SECTION} [data-actions] button").all()}
    assert len(wanted) >= 11
    page.focus(f"{SECTION} .werkblad__naar-stap a >> nth=0")
    reached, not_visible = set(), []
    for _ in range(80):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if state["inSheet"] and state["key"] in wanted:
            reached.add(state["key"])
            if not state["visible"]:
                not_visible.append(state["key"])
        if wanted <= reached:
            break
    assert wanted <= reached
    assert not_visible == []


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
