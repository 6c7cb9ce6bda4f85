"""The screen needs no more than each page's own inline CSS (scripts/critical.mjs): main.js loads the full
stylesheets for print only, so whatever our scripts add to a page later must find its rules inline.
After each change a visitor can make (a search with results, the phone's menu, an abbreviation's
meaning, a wrong value next to a field, saved and compared scenarios, a worksheet in use, a filter, the
dark palette), every element's computed style is compared with and without the full stylesheets on
screen: they must be the same. Pages are visited by instant navigation, as a visitor would, so each one
also brings its own rules in place of the previous page's."""
import pytest

from tests.helpers import PageWatch, WarmPage

pytestmark = pytest.mark.browser

# Every element's computed style (and its ::before and ::after), with the full stylesheets for print
# only and then on screen too; the differences, per element. Left out: custom properties (a page
# keeps only those its rules read) and values that are the layout's result rather than a rule's
# (a size follows from the other properties, which are compared).
DIFFERENCES = """() => {
  const links = [...document.querySelectorAll('link[rel=stylesheet][media=print]')];
  if (links.length === 0) return {links: 0};
  const layout = new RegExp('^(width|height|inline-size|block-size|transform-origin|perspective-origin'
    + '|grid-template-(rows|columns)|top|left|right|bottom|inset-.*)$');
  const names = [...getComputedStyle(document.documentElement)]
    .filter(p => !p.startsWith('--') && !layout.test(p));
  const elements = [document.documentElement, ...document.body.querySelectorAll('*')];
  const snapshot = () => elements.map(el => [null, '::before', '::after'].map(pseudo => {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && ['none', 'normal'].includes(style.content)) return ['(none)'];  // not drawn
    return names.map(name => style.getPropertyValue(name));
  }));
  const media = (value) => { for (const link of links) link.media = value; };
  const alone = snapshot();
  media('all');
  const full = snapshot();
  media('print');
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && parts.length < 3; e = e.parentElement) {
      parts.unshift(e.localName + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join(''));
    }
    return parts.join(' > ');
  };
  const found = {};
  elements.forEach((el, i) => [0, 1, 2].forEach(k => names.forEach((name, j) => {
    if (alone[i][k][j] === full[i][k][j] || (j > 0 && alone[i][k].length === 1 && full[i][k].length === 1)) return;
    const key = describe(el) + ['', '::before', '::after'][k];
    (found[key] ||= []).push(`${name}: ${alone[i][k][j]} (inline) / ${full[i][k][j]} (full)`);
  })));
  return {links: links.length, elements: elements.length, found};
}"""

READY = 'form[data-calculator][data-state="ready"]'


def same_as_with_the_full_stylesheets(page) -> dict:
    page.wait_for_timeout(300)  # the last change drawn
    result = page.evaluate(DIFFERENCES)
    assert result["links"] == 3, "main.js loads Material's two stylesheets and ours, for print"
    return {key: values[:4] for key, values in list(result["found"].items())[:10]}


def search(page, words="ouders leesplan"):
    page.locator('label[for="__search"]:visible, input.md-search__input:visible').first.click()
    page.keyboard.type(words)
    page.wait_for_selector(".md-search-result__item")


def save_and_compare_two_scenarios(page):
    scenarios = "section[data-scenarios]"
    for _ in range(2):
        page.evaluate(f"document.querySelector('{scenarios} button[data-action=save]').click()")
    page.wait_for_function(f"document.querySelectorAll('{scenarios} .scenarios__item').length >= 2")
    page.evaluate(f"""document.querySelectorAll('{scenarios} .scenarios__item input[type=checkbox]')
                      .forEach(box => box.checked || box.click())""")
    page.evaluate(f"document.querySelector('{scenarios} button[data-action=compare]').click()")
    page.wait_for_selector(f"{scenarios} table.scenarios__tabel", state="attached")


def a_wrong_value(page):
    field = page.locator("form[data-calculator] input[inputmode]:visible").first
    field.fill("twaalf")
    field.press("Tab")
    page.wait_for_selector("form[data-calculator] [data-error-for]:not(:empty)")


@pytest.fixture
def phone(chromium, site_dir, base_url):
    context = chromium.new_context(locale="nl-NL", viewport={"width": 390, "height": 844},
                                   is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url)
    page.wait_for_selector("[data-md-component=search][data-mounted]", state="attached")
    watch = WarmPage(page, base_url)
    yield watch
    assert watch.console_errors == []
    context.close()


def test_a_phone_looks_the_same_without_the_full_stylesheets(phone):
    page = phone.page
    page.locator('.md-header label[for="__drawer"]').click()
    page.wait_for_timeout(300)
    assert same_as_with_the_full_stylesheets(page) == {}, "home page, the phone's menu open"
    page.keyboard.press("Escape")

    phone.open("bouwstenen/leesplan/", ready="article p abbr[title][data-mounted]")
    page.locator("article p abbr[title]").first.tap()
    page.wait_for_selector(".abbr-tooltip")
    page.mouse.wheel(0, 1500)
    assert same_as_with_the_full_stylesheets(page) == {}, "a content page, an abbreviation's meaning shown"

    phone.open("ouderbetrokkenheid/programmas/?leeftijd_van=2&leeftijd_tot=4", ready="[data-filter][data-mounted]")
    page.wait_for_selector("tr[data-programma][hidden]", state="attached")
    assert same_as_with_the_full_stylesheets(page) == {}, "the programmes, filtered (as cards)"

    phone.open("ouderbetrokkenheid/kinderopvang/", ready="section[data-worksheet][data-state=ready]")
    page.locator("section[data-worksheet] textarea").first.fill("Een eerste afspraak")
    assert same_as_with_the_full_stylesheets(page) == {}, "a worksheet in use"

    phone.open("rekenhulpen/exploitatie/", ready=READY)  # the calculator with the most parts
    a_wrong_value(page)
    save_and_compare_two_scenarios(page)
    page.evaluate("document.querySelectorAll('form[data-calculator] details').forEach(d => d.open = true)")
    assert same_as_with_the_full_stylesheets(page) == {}, "exploitatie: an error, scenarios, every step open"

    # Last: the results stay in the search dialog, which stays across pages (and holds <article>s).
    phone.open("", ready=None)
    search(page)
    assert same_as_with_the_full_stylesheets(page) == {}, "home page, search results"


def test_a_laptop_in_the_dark_palette_looks_the_same_without_the_full_stylesheets(chromium, site_dir,
                                                                                 base_url):
    context = chromium.new_context(locale="nl-NL", viewport={"width": 1366, "height": 900},
                                   color_scheme="dark")
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(base_url + "rekenhulpen/collectie/")
    page.wait_for_selector(READY, timeout=90_000)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    a_wrong_value(page)
    page.mouse.wheel(0, 2500)
    assert same_as_with_the_full_stylesheets(page) == {}, "collectie, dark, an error, scrolled"
    search(page, "collectie")
    assert same_as_with_the_full_stylesheets(page) == {}, "collectie, dark, search results"
    assert watch.console_errors == []
    context.close()
