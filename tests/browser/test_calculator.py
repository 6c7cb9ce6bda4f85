"""The collection calculator on the built site, in headless Debian Chromium, under /handboek/.
Tests that need no cold start share one warm Pyodide (the `warm` fixture: instant navigation)."""
import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.helpers import without_python

pytestmark = pytest.mark.browser

PAGE = "rekenhulpen/collectie/"
READY = 'form[data-calculator="collectie"][data-state="ready"]'
BOOT_MS = 90_000


def result(page, key):
    return page.text_content(f'[data-result-key="{key}"]').strip()


def open_ready(page, url):
    page.goto(url)
    page.wait_for_selector(READY, timeout=BOOT_MS)


def test_prerendered_result_without_javascript(chromium, base_url, site_dir):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    form = page.locator('form[data-calculator="collectie"]')
    assert form.get_attribute("data-state") == "prerendered"
    assert result(page, "doel_gekozen") == "1.125 boeken"
    assert result(page, "vervanging_kosten") == "€ 1.695,00"
    assert page.get_attribute("[data-calculator-result]", "aria-live") == "polite"
    status = page.inner_text("[data-status]")  # only what is shown: the other text is hidden by CSS
    assert "standaardwaarden" in status and "geladen" not in status
    context.close()


def test_with_javascript_the_status_starts_as_the_script_will_so_the_form_does_not_move(chromium, base_url,
                                                                                        site_dir):
    """Material's inline script marks the page as having JavaScript before the first paint; our scripts
    are held back here, so this is the line as the first paint shows it."""
    context = chromium.new_context(service_workers="block")
    page = context.new_page()
    page.route("**/assets/js/**", lambda route: route.abort())
    page.goto(base_url + PAGE)
    status = page.inner_text("[data-status]")
    assert "geladen" in status and "standaardwaarden" not in status
    context.close()


# Layout shifts of the form's own parts, as the browser reports them (the summary moving into the side
# column, and the contents below it, are not the form's).
SHIFTS_IN_FORM = """window.formShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    for (const source of entry.hadRecentInput ? [] : entry.sources) {
      if (source.node?.closest?.("form[data-calculator]")) {
        window.formShifts.push([source.node.className, source.previousRect.y, source.currentRect.y]);
      }
    }
  }
}).observe({ type: "layout-shift", buffered: true });"""


@pytest.mark.parametrize("width", [390, 1366])
def test_the_table_of_schools_takes_the_place_of_its_fields_without_moving_the_form(chromium, base_url, site_dir,
                                                                                   width):
    """The table is in the HTML (rekenhulp-veld.html) and shown in place of the text area and the number
    of schools from the first paint; scholen.js only takes it over."""
    context = chromium.new_context(service_workers="block", viewport={"width": width, "height": 900})
    without_python(context)
    context.add_init_script(SHIFTS_IN_FORM)
    page = context.new_page()
    page.goto(base_url + "rekenhulpen/exploitatie/")
    assert page.locator(".rekenhulp__scholen").is_visible()
    assert not page.locator('textarea[name="leerlingen_per_school"]').is_visible()
    assert not page.locator('input[name="scholen"]').is_visible()
    page.wait_for_selector("form[data-calculator][data-mounted]")
    page.wait_for_timeout(300)  # the frame after the script's changes drawn
    assert page.evaluate("window.formShifts") == []
    page.click("[data-action=add-school]")  # the script has taken the table over
    assert page.locator(".rekenhulp__scholen tbody tr").count() == 2
    assert page.get_attribute("tbody tr:nth-child(2) [data-school=count]", "aria-label") == "Leerlingen 2"
    page.fill("tbody tr:nth-child(2) [data-school=count]", "240")
    assert page.input_value('textarea[name="leerlingen_per_school"]') == "225; 240"
    assert page.input_value('input[name="scholen"]') == "2"
    context.close()


def test_what_is_typed_into_the_table_of_schools_before_the_script_takes_it_over_is_kept(chromium, base_url,
                                                                                         site_dir):
    context = chromium.new_context(service_workers="block")
    without_python(context)
    held = []
    context.route("**/assets/js/rekenhulp.*.js", lambda route: held.append(route))  # the calculator's script waits
    page = context.new_page()
    page.goto(base_url + "rekenhulpen/exploitatie/")
    page.wait_for_function("document.querySelector('link[rel=modulepreload]')")
    page.fill(".rekenhulp__scholen [data-school=name]", "De Linde")
    page.fill(".rekenhulp__scholen [data-school=count]", "180")
    for route in held:
        route.continue_()
    page.wait_for_selector("form[data-calculator][data-mounted]")
    page.wait_for_function("document.querySelector('textarea[name=leerlingen_per_school]').value === 'De Linde: 180'")
    assert page.input_value(".rekenhulp__scholen [data-school=count]") == "180"
    assert page.get_attribute(".rekenhulp__scholen [data-action=remove-school]", "aria-label") == \
        "School weghalen: De Linde"
    context.close()


def test_becomes_ready_and_typing_updates_result_and_query(watched_page, base_url):
    page = watched_page.page
    page.goto(base_url + PAGE)
    page.wait_for_selector('form[data-calculator]:not([data-state="prerendered"])')
    assert page.get_attribute("form[data-calculator]", "data-state") in {"loading", "ready", "busy"}
    page.wait_for_selector(READY, timeout=BOOT_MS)
    page.fill('input[name="leerlingen"]', "480")
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('2.400')")
    page.wait_for_selector(READY)
    assert result(page, "vervanging_kosten") == "€ 3.600,00"
    assert any("2.400 boeken × 10% = 240 boeken × € 15,00 = € 3.600,00" in line
               for line in page.locator("[data-calculator-explanation] li").all_text_contents())
    page.wait_for_function("location.search.includes('leerlingen=480')")  # written at a quiet moment
    query = parse_qs(urlparse(page.url).query)
    assert query["leerlingen"] == ["480"]
    assert urlparse(page.url).path.endswith("/handboek/" + PAGE)


def test_bad_input_shows_dutch_message_and_keeps_the_text(warm):
    page = warm.open(PAGE)
    field = page.locator('input[name="leerlingen"]')
    field.fill("12,5")
    page.wait_for_selector('[data-error-for="leerlingen"]:not(:empty)')
    message = "Vul een heel getal in, zonder cijfers achter de komma."
    assert page.text_content('[data-error-for="leerlingen"]') == message
    assert field.input_value() == "12,5"
    assert field.get_attribute("aria-invalid") == "true"
    summary = page.locator("[data-error-summary]")
    assert "Aantal leerlingen" in summary.inner_text()
    assert summary.locator("a").get_attribute("href") == "#rh-collectie-leerlingen"
    assert page.get_attribute("form[data-calculator]", "data-state") == "ready"  # bad input is not a runtime error
    assert "Nog niet alle velden" in page.text_content("[data-status]")
    field.fill("12")
    page.wait_for_selector('[data-error-for="leerlingen"]:empty', state="attached")
    assert field.get_attribute("aria-invalid") is None
    assert summary.inner_text().strip() == ""
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('60 ')")


def test_warning_below_norm(warm):
    page = warm.open(PAGE)
    page.fill('input[name="boeken_per_leerling"]', "3")
    page.wait_for_selector('[data-warning-for="boeken_per_leerling"]:not(:empty)')
    assert "minimaal 5" in page.text_content('[data-warning-for="boeken_per_leerling"]')
    assert page.text_content('[data-error-for="boeken_per_leerling"]') == ""


def test_link_with_values_reproduces_the_result(watched_page, base_url, browser_context):
    page = watched_page.page
    page.goto(base_url + PAGE + "?leerlingen=300&prijs_per_boek=14%2C50&h=x", wait_until="domcontentloaded")
    page.wait_for_function("document.querySelector('input[name=leerlingen]').value === '300'")
    assert page.get_attribute("[data-calculator-result]", "aria-busy") == "true"  # prerendered result is stale
    page.wait_for_selector(READY, timeout=BOOT_MS)
    assert page.get_attribute("[data-calculator-result]", "aria-busy") is None
    assert result(page, "doel_gekozen") == "1.500 boeken"
    assert result(page, "vervanging_kosten") == "€ 2.175,00"  # 150 × € 14,50
    assert "h=x" in page.url  # other parameters are left alone


# The messages the page sends to Python's worker from now on, as "type calculator" (a form left
# behind can still send one as the focus leaves it).
WATCH_MESSAGES = """window.sent = [];
if (!Worker.prototype.watched) {
  const send = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    window.sent.push(`${message.type} ${message.calculator}`);
    return send.call(this, message, ...rest);
  };
  Worker.prototype.watched = true;
}"""
EXPLOITATIE_READY = 'form[data-calculator="exploitatie"][data-state="ready"]'


def test_python_does_not_calculate_again_what_the_page_already_shows(warm):
    """The prerendered result answers for the values in the HTML: a page opened while Python runs is
    ready without a calculation; only the quote is asked again (today's date). A change is calculated."""
    warm.page.evaluate(WATCH_MESSAGES)
    page = warm.open("rekenhulpen/exploitatie/", ready=EXPLOITATIE_READY)
    page.wait_for_function("window.sent.includes('quote exploitatie')")
    assert [sent for sent in page.evaluate("window.sent") if sent.endswith(" exploitatie")] == ["quote exploitatie"]
    assert page.get_attribute("[data-calculator-result]", "aria-busy") is None
    page.locator("[data-school=count]").first.fill("310")
    page.wait_for_function("window.sent.includes('run exploitatie')")
    page.wait_for_selector(EXPLOITATIE_READY)


def test_values_the_browser_put_back_before_the_start_are_calculated(chromium, base_url, site_dir):
    """As a browser restores a form on going back: the prerendered result no longer answers for it."""
    context = chromium.new_context()
    context.add_init_script(WATCH_MESSAGES)
    context.add_init_script("""document.addEventListener("DOMContentLoaded", () => {
      window.before = document.querySelector("[data-result-key=boeken_doel]").textContent;
      document.querySelector('[name="leerlingen_per_school"]').value = "300"; });""")
    page = context.new_page()
    page.goto(base_url + "rekenhulpen/exploitatie/")
    page.wait_for_selector(EXPLOITATIE_READY, timeout=BOOT_MS)
    assert page.evaluate("window.sent.filter((sent) => sent === 'run exploitatie').length") == 1
    page.wait_for_function("document.querySelector('[data-result-key=boeken_doel]').textContent !== window.before")
    context.close()


def test_copy_link_then_open_gives_same_result(warm):
    """The copied link, opened on the warm page (test_link_with_values_reproduces_the_result opens such
    a link in a fresh page, with Python's cold start)."""
    page = warm.open(PAGE)
    page.fill('input[name="huidige_collectie"]', "1.701")
    page.wait_for_function("document.querySelector('[data-result-key=bruikbaar]').textContent.startsWith('850')")
    page.click("[data-action=copy-link]")
    # The confirmation appears next to the button, where the visitor is looking.
    status = page.locator("[data-action-status]")
    status.filter(has_text="gekopieerd").wait_for()
    button = page.locator("[data-action=copy-link]").bounding_box()
    assert abs(status.bounding_box()["y"] - button["y"]) < 60
    link = page.evaluate("navigator.clipboard.readText()")
    assert "huidige_collectie=1.701" in link and link.startswith(warm.base_url + PAGE)
    page.click("[data-action=reset]")
    page.click("[data-action=reset-yes]")  # back to the defaults: the result no longer shows 850
    page.wait_for_function("!document.querySelector('[data-result-key=bruikbaar]').textContent.startsWith('850')")
    warm.open(link.removeprefix(warm.base_url))
    assert result(page, "bruikbaar") == "850 boeken" and result(page, "tekort") == "275 boeken"


def test_reset_restores_defaults(warm):
    page = warm.open(PAGE + "?leerlingen=100")
    assert result(page, "doel_gekozen") == "500 boeken"
    page.click("[data-action=reset]")  # asks first
    assert "standaardwaarden?" in page.text_content("[data-action-status]")
    assert result(page, "doel_gekozen") == "500 boeken"
    page.click("[data-action=reset-yes]")
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('1.125')")
    assert page.input_value('input[name="leerlingen"]') == "225"
    page.wait_for_function("!location.search.includes('leerlingen=')")  # written at a quiet moment
    page.click("[data-action=undo]")  # and can be undone
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('500 ')")
    assert page.input_value('input[name="leerlingen"]') == "100"


def test_instant_navigation_keeps_one_pyodide(watched_page, base_url):
    page = watched_page.page
    open_ready(page, base_url + PAGE)
    page.evaluate("window.sameDocument = true")  # survives instant navigation, not a full page load
    page.click('.md-sidebar--primary a[href$="/rekenhulpen/"]:visible')  # a page without a calculator
    page.wait_for_url(re.compile(r"/handboek/rekenhulpen/$"))
    page.click('article a[href$="collectie/"]')
    page.wait_for_selector(READY, timeout=BOOT_MS)
    page.fill('input[name="leerlingen"]', "200")
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('1.000')")
    assert page.evaluate("window.sameDocument") is True
    wasm = [url for url in watched_page.requests if url.endswith("pyodide.asm.wasm")]
    assert len(wasm) == 1, wasm
    documents = [url for url in watched_page.requests if url.rstrip("/").endswith(("rekenhulpen", "collectie"))]
    assert documents, "navigation did not happen"


# When Python's worker starts, against the moment the calculator form is set up (main.js, lib/runtime.js).
WATCH_START = """window.cores = CORES;
Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => window.cores });
const Native = window.Worker;
window.Worker = class extends Native {
  constructor(url, options) {
    if (String(url).includes("rekenhulp-worker")) window.workerAt = performance.now();
    super(url, options);
  }
};
new MutationObserver((changes, watch) => {
  if (!document.querySelector("form[data-calculator][data-mounted]")) return;
  window.formAt = performance.now();
  watch.disconnect();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-mounted"] });"""


@pytest.mark.parametrize("cores", [2, 8])
def test_python_starts_after_the_first_paint_and_with_few_cores_after_the_page_is_set_up(chromium, base_url,
                                                                                       site_dir, cores):
    context = chromium.new_context()
    context.add_init_script(WATCH_START.replace("CORES", str(cores)))
    page = context.new_page()
    page.goto(base_url + PAGE)
    # Both moments are known once the worker exists; its boot is not what this test is about (the
    # context closes meanwhile: about 8 s of processor time less per core count).
    page.wait_for_function("window.workerAt !== undefined && window.formAt !== undefined", timeout=BOOT_MS)
    paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
    worker, form = page.evaluate("[window.workerAt, window.formAt]")
    assert worker > paint
    if cores >= 4:
        assert worker < form  # beside the stylesheets and the features: the worker has a core of its own
    else:
        assert worker > form  # the page first, then the worker on the one free core
    context.close()


def test_worker_failure_keeps_prerendered_result(chromium, base_url, site_dir):
    context = chromium.new_context()
    context.route("**/pyodide.asm.wasm", lambda route: route.abort())  # Python cannot be loaded
    context.add_init_script("globalThis.rekenhulpBootTimeoutMs = 5000")  # Pyodide then hangs: give up sooner
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.wait_for_selector('form[data-calculator="collectie"][data-state="error"]', timeout=BOOT_MS)
    assert "kon niet starten" in page.text_content("[data-status]")
    assert result(page, "doel_gekozen") == "1.125 boeken"
    page.fill('input[name="leerlingen"]', "300")
    assert page.input_value('input[name="leerlingen"]') == "300"  # what the visitor typed stays
    context.close()


def test_a_calculator_module_that_does_not_arrive_is_reported_and_the_rest_of_the_page_works(chromium, base_url,
                                                                                            site_dir):
    """The status line said the calculator was being loaded; without its module it says that it could not
    start (the prerendered result stays), and the features after it (the page's chrome) still mount."""
    context = chromium.new_context()
    without_python(context)
    page = context.new_page()
    page.route("**/assets/js/rekenhulp.*.js", lambda route: route.abort())
    page.goto(base_url + PAGE)
    page.wait_for_selector('form[data-calculator="collectie"][data-state="error"]')
    assert "kon niet starten" in page.text_content("[data-status]")
    assert "geladen" not in page.text_content("[data-status]")
    assert result(page, "doel_gekozen") == "1.125 boeken"
    page.wait_for_selector("[data-md-component=search][data-mounted]", state="attached")
    context.close()


def test_typing_in_a_warm_page_answers_at_once_and_other_calculators_keep_working(warm):
    page = warm.open("rekenhulpen/exploitatie/?looptijd=5")
    assert page.input_value('input[name="looptijd"]') == "5"
    assert result(page, "looptijd_excl").startswith("€ ")
    page = warm.open(PAGE)
    page.fill('input[name="leerlingen"]', "300")
    page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('1.500')")


# Each change of the page's address, with the form's state at that moment. Material's own changes of
# the fragment (while scrolling) leave the query as it is and are not counted.
WATCH_ADDRESS = """() => {
  const form = document.querySelector("form[data-calculator]");
  const replace = history.replaceState;
  window.addressWritten = [];
  window.putBackReplaceState = () => { history.replaceState = replace; };
  history.replaceState = function (state, unused, url) {
    if (new URL(url, location.href).search !== location.search) window.addressWritten.push(form.dataset.state);
    return replace.call(history, state, unused, url);
  };
  const controller = form.rekenhulp;
  const show = controller.show.bind(controller);
  controller.show = (id, answer) => setTimeout(() => show(id, answer), 700); // Python takes 0.7 s here
}"""


def test_the_address_follows_the_inputs_after_the_answer_not_while_python_works(warm):
    """Writing the address takes the page a few milliseconds on a long form: written while Python was
    working, it held up the answer whenever that arrived meanwhile. With an answer that takes 0.7 s,
    the address waits for it, and then follows what was typed."""
    page = warm.open(PAGE)
    page.evaluate(WATCH_ADDRESS)
    try:
        page.fill('input[name="leerlingen"]', "480")
        page.wait_for_function("location.search.includes('leerlingen=480')")
        written = page.evaluate("window.addressWritten")
    finally:
        page.evaluate("window.putBackReplaceState()")
    assert written == ["ready"]
    assert result(page, "doel_gekozen").startswith("2.400")

def test_a_failed_calculation_stays_on_its_form_and_later_ones_work(chromium, base_url, site_dir):
    context = chromium.new_context()
    context.add_init_script("globalThis.rekenhulpRunTimeoutMs = 1000")
    try:
        page = context.new_page()
        open_ready(page, base_url + PAGE)
        [worker] = [w for w in page.workers if "rekenhulp-worker" in w.url]
        # Python does not answer in time: the worker is busy for 3 s.
        worker.evaluate("() => setTimeout(() => { const end = Date.now() + 3000; while (Date.now() < end); }, 0)")
        page.fill('input[name="leerlingen"]', "300")
        page.wait_for_selector('form[data-calculator="collectie"][data-state="error"]', timeout=10_000)
        assert "lukte niet" in page.text_content("[data-status]")
        assert page.input_value('input[name="leerlingen"]') == "300"
        worker.evaluate("() => true")  # returns once the worker is free again
        page.fill('input[name="leerlingen"]', "400")  # the next calculation works again
        page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('2.000')")
        page.wait_for_selector(READY)
        page.click('.md-sidebar--primary a[href$="/exploitatie/"]:visible')  # another calculator, same visit
        page.wait_for_selector('form[data-calculator="exploitatie"][data-state="ready"]', timeout=BOOT_MS)
    finally:
        context.close()


def test_a_failed_start_offers_to_try_again(chromium, base_url, site_dir):
    context = chromium.new_context()
    context.add_init_script("globalThis.rekenhulpBootTimeoutMs = 5000")  # the aborted download hangs
    try:
        context.route("**/pyodide.asm.wasm", lambda route: route.abort())
        page = context.new_page()
        page.goto(base_url + PAGE)
        page.wait_for_selector('form[data-calculator="collectie"][data-state="error"]', timeout=BOOT_MS)
        retry = page.locator("[data-status] button[data-action=retry]")
        assert retry.inner_text() == "Opnieuw proberen"
        context.unroute("**/pyodide.asm.wasm")  # the network is back
        page.evaluate("globalThis.rekenhulpBootTimeoutMs = 90000")  # a busy machine may need over 5 s
        retry.click()
        page.wait_for_selector(READY, timeout=BOOT_MS)
        page.fill('input[name="leerlingen"]', "200")
        page.wait_for_function("document.querySelector('[data-result-key=doel_gekozen]').textContent.startsWith('1.000')")
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1366])
def test_a_link_to_a_heading_far_down_a_calculator_lands_on_it(chromium, base_url, site_dir, width):
    """The form folds its groups on a phone and shows fields by condition after the browser went to
    the #fragment; the page goes there again once its features are mounted (the table of contents, in
    [data-md-component=container], is the last), so the heading is right under the header. Python's
    start changes only the status line, whose height is kept from the start (test_with_javascript_the_
    status_starts_as_the_script_will_so_the_form_does_not_move), so it is left out here."""
    context = chromium.new_context(viewport={"width": width, "height": 800}, service_workers="block")
    without_python(context)
    page = context.new_page()
    page.goto(base_url + "rekenhulpen/exploitatie/#zo-werkt-de-berekening")
    page.wait_for_selector('form[data-calculator="exploitatie"][data-mounted]', state="attached")
    page.wait_for_selector("[data-md-component=container][data-mounted]", state="attached")
    page.wait_for_timeout(300)
    top = page.evaluate("document.getElementById('zo-werkt-de-berekening').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert header <= top <= header + 60, (top, header)
    context.close()
