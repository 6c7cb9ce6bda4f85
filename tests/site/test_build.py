"""One real `mkdocs build --strict` (session fixture) and assertions on what it produced."""
import hashlib
import json
import re
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from scripts import runtime

ROOT = Path(__file__).resolve().parents[2]


def soup(site_dir, page):
    return BeautifulSoup((site_dir / page).read_text(encoding="utf-8"), "html.parser")


def test_config_is_strict_dutch_and_self_hosted():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    theme = config["theme"]
    assert theme["language"] == "nl" and theme["font"] == "false"
    assert "navigation.instant" in theme["features"]
    assert "repo_url" not in config
    macros = next(p["macros"] for p in config["plugins"] if isinstance(p, dict) and "macros" in p)
    assert macros["on_error_fail"] == "true" and macros["on_undefined"] == "strict"
    assert len(theme["palette"]) == 2  # light/dark toggle
    # Material's tooltips mount a component for every title at start (assets/js/tooltips.js instead).
    assert "content.tooltips" not in theme["features"]


def test_calculator_page_is_prerendered(site_dir):
    page = soup(site_dir, "rekenhulpen/collectie/index.html")
    form = page.select_one('form[data-calculator="collectie"][data-state="prerendered"]')
    assert form.select_one('[data-result-key="doel_gekozen"]').get_text(strip=True) == "1.125 boeken"
    assert len(form.select("[data-calculator-explanation] li")) >= 5


def test_every_page_loads_only_from_this_site(site_dir, built_pages):
    """No CDN, no fonts, no analytics: every src and stylesheet is relative."""
    for page in built_pages:
        html = soup(site_dir, page)
        for tag in html.find_all(["script", "img", "iframe", "source", "audio", "video"]):
            assert not re.match(r"^(https?:)?//", tag.get("src", "")), (page, tag)
        loading = {"stylesheet", "preload", "modulepreload", "icon", "preconnect", "dns-prefetch"}
        for tag in html.find_all("link"):
            if tag.get("rel") and set(tag["rel"]) & loading:
                assert not re.match(r"^(https?:)?//", tag.get("href", "")), (page, tag)
        assert "fonts.googleapis" not in str(html) and "cdn.jsdelivr" not in str(html), page


def test_runtime_files_are_versioned_and_hashes_match(site_dir):
    manifest = json.loads((ROOT / "pyodide-files.json").read_text(encoding="utf-8"))
    pyodide_dir = site_dir / "assets" / "pyodide" / manifest["version"]
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((pyodide_dir / name).read_bytes()).hexdigest() == digest
    [wheel_dir] = list((site_dir / "assets" / "py").iterdir())
    assert wheel_dir.name == runtime.runtime_key()  # changes whenever the calculators' sources change
    lock = json.loads((wheel_dir / "pyodide-lock.json").read_text(encoding="utf-8"))
    entry = lock["packages"]["calculators"]
    wheel = wheel_dir / entry["file_name"]
    assert entry["sha256"] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    npm_lock = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert lock["info"] == npm_lock["info"]
    form = soup(site_dir, "rekenhulpen/collectie/index.html").select_one("form[data-calculator]")
    assert form["data-runtime"] == f"../../assets/py/{wheel_dir.name}/"


def test_every_page_loads_one_stylesheet_and_one_module_of_ours_with_content_hashes(site_dir, built_pages):
    for page in built_pages:
        html = soup(site_dir, page)
        listed = json.loads(html.select_one("script#na-eerste-beeld").get_text())["stylesheets"]
        styles = [href for href in listed if "assets/css/" in href]
        scripts = [s["src"] for s in html.select("script[src]") if "assets/js/" in s["src"]]
        assert len(styles) == 1 and re.search(r"assets/css/site\.[0-9a-f]{10}\.css$", styles[0]), (page, styles)
        assert len(scripts) == 1 and re.search(r"assets/js/main\.[0-9a-f]{10}\.js$", scripts[0]), (page, scripts)
        assert html.select_one(f'script[src="{scripts[0]}"]')["type"] == "module"


def test_own_assets_are_named_after_their_content_and_their_references_resolve(site_dir):
    own = [p for folder in ("js", "css") for p in (site_dir / "assets" / folder).rglob("*.*s")]
    assert len(own) >= 10
    for path in own:
        digest = re.search(r"\.([0-9a-f]{10})\.(?:js|css)$", path.name).group(1)
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:10] == digest, path
        for ref in re.findall(r"""["'](\.{1,2}/[\w./-]+\.(?:js|css))["']""", path.read_text(encoding="utf-8")):
            assert (path.parent / ref).resolve().exists(), (path, ref)
    main = next((site_dir / "assets" / "js").glob("main.*.js")).read_text(encoding="utf-8")
    # Features are imported only on pages that have their element; offline.js (the privacy page's switch,
    # and the service worker's page side after `load`) too; palette.js, the header's light/dark toggle;
    # tooltips.js, the meaning of an abbreviation; in place of Material's script: the search dialog,
    # the header, table of contents and back-to-top button, and instant navigation.
    assert re.findall(r'import\("\./(\w+(?:-\w+)?)\.[0-9a-f]{10}\.js"\)', main) == [
        "rekenhulp", "scenarios", "werkblad", "programmafilter", "offline", "palette", "tooltips", "search",
        "page-chrome", "offline", "navigation"]
    # Material's palette component is not mounted: it restyled the whole page at start (palette.js).
    assert 'data-md-component="palette"' not in (site_dir / "index.html").read_text(encoding="utf-8")
    assert '<form class="md-header__option" data-palette>' in (site_dir / "index.html").read_text(encoding="utf-8")



def test_main_asks_for_every_module_of_a_calculator_at_once(site_dir):
    """main.js's list of a calculator's modules (asked for with modulepreload after the first paint) is
    rekenhulp.js and everything it imports, no more and no less."""
    js = site_dir / "assets" / "js"
    main = next(js.glob("main.*.js"))
    listed = re.search(r"CALCULATOR_MODULES = \[([^\]]*)\]", main.read_text(encoding="utf-8")).group(1)
    preloaded = {(js / ref).resolve() for ref in re.findall(r'"(\./[\w./-]+\.js)"', listed)}
    needed, todo = set(), [next(js.glob("rekenhulp.*.js")).resolve()]
    while todo:
        module = todo.pop()
        if module in needed:
            continue
        needed.add(module)
        text = module.read_text(encoding="utf-8")
        todo += [(module.parent / ref).resolve() for ref in re.findall(r'^import [^;]*?from "(\.{1,2}/[^"]+)";', text, re.M)]
    assert preloaded == needed, sorted(p.name for p in preloaded ^ needed)

def test_wheel_holds_only_the_calculators(site_dir):
    import zipfile

    [wheel] = list((site_dir / "assets" / "py").glob("*/*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert all(n.startswith(("calculators/", "calculators-")) for n in names), names
    assert "calculators/engine.py" in names


def test_norm_shown_on_page_is_the_calculator_value(site_dir):
    text = " ".join(soup(site_dir, "rekenhulpen/collectie/index.html").select_one("article").get_text(" ").split())
    assert "minimaal 5 boeken per leerling" in text and "optimaal 8 boeken per leerling" in text


def test_search_index_is_dutch_and_has_the_bouwstenen(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "Leesomgeving" in text and "Monitor" in text


def test_the_inline_rules_cover_what_scripts_add_to_a_page_later(site_dir):
    """scripts/critical.mjs: a page's inline CSS also holds the rules for what its scripts add later
    (copies of its <template>s, names given in assets/js, search results), and only for its own
    parts; the templates themselves come out unchanged. (tests/browser/test_critical_css.py compares
    the result on screen.)"""
    def selectors(page) -> set[str]:
        css = soup(site_dir, page).head.style.get_text()
        found = set()
        for group in re.findall(r"(?:^|[{}])([^{}@]+)\{", css):
            found.update(re.sub(r"\s*([>+~])\s*", r"\1", part.strip()) for part in group.split(","))
        return found

    calculator = selectors("rekenhulpen/exploitatie/index.html")
    assert ".md-typeset .scenarios__lijst>.scenarios__item" in calculator  # a copy of a template
    assert ".grafieken[data-stale] .grafiek" in calculator  # data-stale: set by grafieken.js
    assert ".md-search-result__item" in calculator  # the search dialog's results, on every page
    text = (site_dir / "rekenhulpen/exploitatie/index.html").read_text("utf-8")
    assert re.search(r'<template data-template="scenario-item">\s*<li class="scenarios__item">', text)
    assert "x-beasties-template" not in text
    home = selectors("index.html")
    assert ".md-search-result__item" in home and "[dir=ltr] .md-typeset ol li" in home  # a result's text
    assert not [rule for rule in home if ".scenarios__" in rule or ".grafiek" in rule]


def test_pages_paint_before_any_stylesheet_or_script_arrives(site_dir, built_pages):
    """scripts/first_paint.py: the rules a page uses inline in <head>; the three stylesheets (Material's
    main and palette, and ours) not in the markup but listed for main.js, which loads them after the
    first paint; a <noscript> copy of the links for a browser without JavaScript. Material's own script
    is nowhere (overrides/main.html): our modules do what the site used of it."""
    for page in built_pages:
        html = soup(site_dir, page)
        inline = html.head.select("style")
        assert inline and ".md-header" in inline[0].get_text(), page
        fallback = html.body.find_all(recursive=False)[-1]
        assert fallback.name == "noscript", page
        copies = BeautifulSoup(fallback.decode_contents(), "html.parser").find_all("link")
        assert len(html.select('link[rel="stylesheet"]')) == len(copies), page  # only the <noscript> copies
        assert not [s for s in html.select("script[src]") if "assets/javascripts/bundle." in s["src"]], page
        listed = json.loads(html.select_one("script#na-eerste-beeld[type='application/json']").get_text())
        assert listed.keys() == {"stylesheets"} and len(listed["stylesheets"]) == 3, page
        assert all((site_dir / page).parent.joinpath(href).resolve().is_file() for href in listed["stylesheets"]), page
        assert [link["href"] for link in copies] == listed["stylesheets"], page
