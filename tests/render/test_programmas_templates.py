"""The programme templates rendered with sample data: a complete table whose rows carry the filter
attributes, a filter form with labelled fields, a programme page with its facts, and text from YAML
always escaped."""
from bs4 import BeautifulSoup

from macros.programmas import SECTION, SOURCE_PAGES, VVE_PAGES, enums, table_context
from macros.stappenplannen import plan_context

SCRIPT = "<script>alert('x')</script>"

SAMPLE = [
    {"id": "thuisprogramma", "naam": "Thuis " + SCRIPT, "soort": "programma", "doel": "Voorlezen " + SCRIPT,
     "leeftijd_van": 2, "leeftijd_tot": 8, "erkenning": "effectief-eerste-aanwijzingen", "setting": "thuis",
     "doelgroep": "Gezinnen", "duur": "twintig weken", "intensiteit": "wekelijks",
     "beschrijving": ["Een vrijwilliger " + SCRIPT],
     "onderzoek": [{"tekst": "Effect op verhaalbegrip " + SCRIPT, "bron": "Auteur (2019)"}, {"tekst": "Zonder bron."}],
     "citaat": "Praktisch " + SCRIPT, "citaat_bron": "Een commissie",
     "links": [{"titel": "Site " + SCRIPT, "url": "https://example.org/p"}, {"titel": "Alleen titel"}],
     "genoemd_in": ["handreiking-vve", "bibliotheken"],
     "herkomst": {"publicatie": "handreiking-vve", "sectie": "bijlage, Thuis " + SCRIPT},
     "herkomst_velden": [{"velden": ["leeftijd_van", "leeftijd_tot"], "herkomst": {"aanvulling": "afgeleid"}}]},
    {"id": "groepsaanpak", "naam": "Groep", "soort": "aanpak", "leeftijd_van": 2.5, "leeftijd_tot": 4,
     "erkenning": "goed-onderbouwd", "setting": "beide", "genoemd_in": ["handreiking-vve"],
     "herkomst": {"publicatie": "handreiking-vve", "sectie": "bijlage, Groep"}},
    {"id": "onbekend", "naam": "Onbekend", "soort": "project", "erkenning": "niet-vermeld",
     "setting": "niet-vermeld", "genoemd_in": ["bibliotheken"],
     "herkomst": {"publicatie": "ouderbetrokkenheid-bibliotheken", "sectie": "Stap 5"}},
]


ACTIVITEITEN = {"id": "activiteiten", "titel": "Activiteiten"}
PLAN = {"id": "thuisplan", "titel": "Thuisplan", "intro": "Zo werkt het thuis.",
        "herkomst": {"publicatie": "handreiking-vve", "sectie": "bijlage, Thuisplan"},
        "stappen": [{"id": "een", "titel": "Begin", "doel": "Starten."},
                    {"id": "twee", "titel": "Verder", "doel": "Doen."}]}


def table(renderer, programmes=SAMPLE):
    html = renderer.render("programmas-tabel.html", page_url=SECTION, **table_context(programmes))
    return html, BeautifulSoup(html, "html.parser")


def page(renderer, p=SAMPLE[0], **extra):
    context = {"stappenplan": None, "section": SECTION, "vve_pages": VVE_PAGES, "source_pages": SOURCE_PAGES,
               "activiteiten": ACTIVITEITEN}
    context.update(extra)
    html = renderer.render("programma.html", page_url=SECTION + p["id"] + "/", p=p, **context)
    return html, BeautifulSoup(html, "html.parser")


def test_table_has_one_row_per_programme_with_filter_attributes(renderer):
    _, soup = table(renderer)
    rows = soup.select("table.programmas-tabel tbody tr")
    assert [r["data-programma"] for r in rows] == ["thuisprogramma", "groepsaanpak", "onbekend"]
    first, second, third = rows
    assert (first["data-leeftijd-van"], first["data-leeftijd-tot"]) == ("2", "8")
    assert (second["data-leeftijd-van"], second["data-leeftijd-tot"]) == ("2.5", "4")
    assert "data-leeftijd-van" not in third.attrs and "data-leeftijd-tot" not in third.attrs
    assert [r["data-setting"] for r in rows] == ["thuis", "beide", "niet-vermeld"]
    assert [r["data-erkenning"] for r in rows] == ["effectief-eerste-aanwijzingen", "goed-onderbouwd", "niet-vermeld"]
    # What each row matches is worked out at build time: the script knows no value of the data.
    assert [r["data-setting-matches"].split() for r in rows] == [["thuis"], ["beide", "thuis", "groep"],
                                                                 ["niet-vermeld"]]
    assert [r.has_attr("data-nji-erkend") for r in rows] == [True, True, False]


def test_all_content_is_in_the_cell_text(renderer):
    _, soup = table(renderer)
    headers = [" ".join(th.get_text().split()) for th in soup.select("thead th")]
    assert headers == ["Programma", "Leeftijd", "Erkenning NJi", "Waar", "Doel, doelgroep en duur"]
    assert all(th["scope"] == "col" for th in soup.select("thead th"))
    first, second, third = soup.select("tbody tr")
    cells = [c.get_text(" ", strip=True) for c in first.find_all(["th", "td"], recursive=False)]
    assert cells[1] == "2 tot en met 8 jaar"
    assert cells[2] == "effectief volgens eerste aanwijzingen"
    assert cells[3] == "thuis"
    about = {p["data-over"]: p.get_text(" ", strip=True) for p in first.select("td [data-over]")}
    assert about["doel"].startswith("Doel: Voorlezen")
    assert about["doelgroep"] == "Doelgroep: Gezinnen"
    assert about["duur"] == "Duur en intensiteit: wekelijks, twintig weken"
    assert second.find_all("td")[0].get_text(strip=True) == "2,5 tot en met 4 jaar"
    assert second.find_all("td")[2].get_text(strip=True) == "thuis en op de groep of school"
    assert [td.get_text(strip=True) for td in third.find_all("td")[:3]] == ["niet vermeld"] * 3
    assert [p.get_text(" ", strip=True).split(": ", 1)[1] for p in third.select("td [data-over]")] == [
        "niet vermeld"] * 3
    assert first.th["scope"] == "row"
    assert soup.caption is not None and soup.caption.get_text(strip=True)
    # On a phone each fact cell shows its column's name (a card); the names are the column headers.
    assert [td["data-label"] for td in first.select("td[data-label]")] == headers[1:4]


def test_names_link_to_the_programme_pages_relative_to_the_overview(renderer):
    _, soup = table(renderer)
    assert [a["href"] for a in soup.select("tbody th a")] == ["thuisprogramma/", "groepsaanpak/", "onbekend/"]


def test_filter_form_is_hidden_until_the_script_enables_it_and_every_field_has_a_label(renderer):
    _, soup = table(renderer)
    form = soup.select_one("form[data-filter-form]")
    assert form.has_attr("hidden")
    fields = form.select("select, input")
    assert [f["name"] for f in fields] == ["leeftijd_van", "leeftijd_tot", "nji", "setting"]
    for field in fields:
        assert soup.find("label", attrs={"for": field["id"]}).get_text(strip=True)
        # The address is the filter's one source: the browser must not restore values of its own.
        assert field["autocomplete"] == "off"
    for bound in ("leeftijd_van", "leeftijd_tot"):
        ages = [o["value"] for o in soup.select(f"select[name={bound}] option")]
        assert ages == ["", "2", "3", "4", "5", "6", "7", "8"]
    assert form.select_one("fieldset.programmafilter__leeftijd legend").get_text(strip=True) == "Leeftijd van het kind"
    nji = form.select_one("input[name=nji]")
    assert nji["type"] == "checkbox" and nji["value"] == "erkend"
    # The setting choices are the schema's list, in its order; the recognised levels are named from it.
    assert [o["value"] for o in soup.select("select[name=setting] option")] == ["", *enums()["setting"]]
    hint = soup.select_one(f"#{nji['aria-describedby']}").get_text(" ", strip=True)
    assert "goed onderbouwd, effectief volgens eerste aanwijzingen" in hint and "niet vermeld" not in hint
    status = soup.select_one("[data-status]")
    assert status["aria-live"] == "polite"
    container = soup.select_one("[data-filter]")
    assert container["data-state"] == "prerendered"
    assert "{getoond}" in container["data-msg-count"] and "{totaal}" in container["data-msg-count"]
    assert "{aantal}" in container["data-msg-no-age"] and container["data-msg-no-age-one"]
    assert container["data-msg-none"]


def test_yaml_text_is_escaped_in_the_table(renderer):
    html, soup = table(renderer)
    assert soup.find("script") is None
    assert "&lt;script&gt;" in html
    assert SCRIPT in soup.select_one("tbody tr").get_text()


def test_programme_page_shows_facts_research_quote_and_links(renderer):
    _, soup = page(renderer)
    facts = dict(zip([dt.get_text(strip=True) for dt in soup.select("dl.programma__kenmerken dt")],
                     [dd.get_text(" ", strip=True) for dd in soup.select("dl.programma__kenmerken dd")], strict=False))
    assert facts["Leeftijd"].startswith("2 tot en met 8 jaar")
    age = soup.select_one("dl.programma__kenmerken dd [data-bron-deel=leeftijd]")  # the site derived the age
    assert " ".join(age.get_text().split()) == "Aanvulling van deze site: afgeleid"
    assert facts["Duur"] == "twintig weken" and facts["Hoe vaak"] == "wekelijks"
    assert facts["Waar"] == "thuis"
    assert "vve" in facts["Genoemd in"] and "bibliotheken" in facts["Genoemd in"]
    sources = soup.select("dl.programma__kenmerken dd > a")
    assert [a["href"] for a in sources] == ["../../vve/", "../../bibliotheken/"]
    research = soup.select("ul.programma__onderzoek li")
    assert research[0].cite.get_text() == "Auteur (2019)" and research[1].cite is None
    assert research[0].select_one(".programma__bron").get_text() == "Bron: Auteur (2019)"
    assert soup.select_one("blockquote q").get_text() == "Praktisch " + SCRIPT
    links = soup.select("ul.programma__links li")
    assert links[0].a["href"] == "https://example.org/p"
    assert links[1].a is None and links[1].get_text() == "Alleen titel"
    assert "zonder webadres" in soup.select_one("p.programma__zonder-adres").get_text()


def test_each_section_of_a_programme_page_says_where_it_comes_from(renderer):
    _, soup = page(renderer)
    lines = {h["id"]: h.find_next_sibling() for h in soup.find_all("h2")}
    assert list(lines) == ["in-het-kort", "hoe-het-werkt", "onderzoek", "meer-informatie", "verder"]
    for heading in ("in-het-kort", "hoe-het-werkt", "onderzoek", "meer-informatie"):
        assert " ".join(lines[heading].get_text().split()) == (
            "Bron: Samenwerken met alle ouders, bijlage, Thuis " + SCRIPT)
    assert lines["verder"]["data-bron"] == "assumption"
    assert " ".join(lines["verder"].get_text().split()).startswith("Aanvulling van deze site: verwijzingen")


def test_programme_page_links_back_to_the_overview_the_guide_the_calculator_and_the_bouwsteen(renderer):
    _, soup = page(renderer)
    hrefs = [a["href"] for a in soup.select("ul.programma__verder a")]
    assert hrefs == ["../#programma-thuisprogramma", "../../vve/wat-werkt/", "../../vve/afstemmen-op-ouders/",
                     "../../../rekenhulpen/ouderprogramma/", "../../../bouwstenen/activiteiten/"]


def test_programme_page_without_optional_fields_says_not_mentioned(renderer):
    _, soup = page(renderer, p=SAMPLE[2])
    facts = {dt.get_text(strip=True): dd.get_text(strip=True)
             for dt, dd in zip(soup.select("dl dt"), soup.select("dl dd"), strict=False)}
    assert facts["Leeftijd"] == "niet vermeld" and facts["Doelgroep"] == "niet vermeld"
    assert "Duur" not in facts
    assert soup.select_one("#onderzoek") is None and soup.select_one("#meer-informatie") is None


def test_step_plan_with_its_flow_figure_is_placed_under_its_heading(renderer):
    _, soup = page(renderer, stappenplan=plan_context(PLAN, {"activiteiten": ACTIVITEITEN}))
    heading = soup.select_one("h2#stappen")
    plan = heading.find_next_sibling()
    assert plan["data-stappenplan"] == "thuisplan"
    assert plan.select_one(":scope > [data-bron]").get_text().endswith("bijlage, Thuisplan")  # the plan's origin
    assert plan.select_one(".stappenplan__intro + figure[data-stroom=thuisplan]") is not None
    assert [h.get_text() for h in plan.select("h3.stappenplan__kop")] == ["Stap 1: Begin", "Stap 2: Verder"]
    assert [a["href"] for a in plan.select(".stroom__vak")] == ["#thuisplan-een", "#thuisplan-twee"]
    _, soup = page(renderer)
    assert soup.select_one("h2#stappen") is None


def test_yaml_text_is_escaped_on_the_programme_page(renderer):
    html, soup = page(renderer)
    assert soup.find("script") is None
    assert html.count("&lt;script&gt;") >= 5
