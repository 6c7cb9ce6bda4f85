"""Templates of handbook chapters 1, 2, 4 and 5 and the generic step-plan templates, rendered with
sample data: structure, relative links to bouwstenen, and YAML text that always stays escaped."""
import pytest
from bs4 import BeautifulSoup

from macros.cycle_geometry import BOX_H, BOX_W, HEIGHT, WIDTH, cycle_layout
from macros.stappenplannen import plan_context
from macros.text import number_word

SCRIPT = "<script>alert('x')</script>"
PAGE = "handboek/starten/"
BOUWSTENEN = [{"id": "leesplan", "titel": "Leesplan " + SCRIPT}, {"id": "monitor", "titel": "Monitor"}]
BY_ID = {b["id"]: b for b in BOUWSTENEN}


def soup(html) -> BeautifulSoup:
    return BeautifulSoup(str(html), "html.parser")


def assert_escaped(html) -> None:
    """No <script> element; the text of the YAML shows as text."""
    page = soup(html)
    assert page.find("script") is None
    assert SCRIPT in page.get_text()


PLAN = {
    "id": "proef", "titel": "Proefroute " + SCRIPT, "intro": "Intro.",
    "herkomst": {"publicatie": "handboek-po", "sectie": "hoofdstuk 2, Stappen " + SCRIPT},
    "herkomst_velden": [{"velden": ["stappen.doel"], "herkomst": {"aanvulling": "doel afgeleid " + SCRIPT}},
                        {"velden": ["stappen.beslissingen"], "herkomst": {"aanvulling": "plek afgeleid"}}],
    "stapnaam": "Fase", "opmerking": "Uit een platte tabel " + SCRIPT,
    "partijen": [{"id": "bieb", "naam": "Bibliotheek"}, {"id": "school", "naam": "school"}],
    "stappen": [
        {"id": "een", "titel": "Begin " + SCRIPT, "doel": "Starten.",
         "voor_wie": {"partijen": ["bieb"], "samen": False},
         "vragen": ["Losse vraag " + SCRIPT,
                    {"vraag": "Vraag met hulp?", "hulpmiddelen": [
                        {"titel": "Werkboek", "toolkit": "leesplan"},
                        {"titel": "Hoofdstuk 4", "pagina": "handboek/doorontwikkeling.md"},
                        {"titel": "POI", "pagina": "handboek/netwerk.md", "anker": "poi"},
                        {"titel": "Website", "url": "https://example.org/", "toelichting": "extern " + SCRIPT}]}],
         "beslissingen": [{"vraag": "Doorgaan " + SCRIPT + "?", "uitkomsten": [
             {"antwoord": "ja", "gevolg": "Verder.", "naar_stap": "twee"},
             {"antwoord": "nee", "gevolg": "Eigen weg " + SCRIPT, "einde": True}]}]},
        {"id": "twee", "titel": "Vervolg", "doel": "Samen doen.",
         "voor_wie": {"partijen": ["bieb", "school"], "samen": True},
         "hulpmiddelen": [{"titel": "Monitor-tool", "toolkit": "monitor"}],
         "werkblad": {"titel": "Blad", "doel": "Invullen."}},
    ],
}


def test_step_plan_lists_steps_with_anchors_questions_tools_and_decisions(renderer):
    html = renderer.render("stappenplan.html", page_url=PAGE, niveau=3, **plan_context(PLAN, BY_ID))
    page = soup(html)
    steps = page.select("li.stappenplan__stap")
    assert [s["id"] for s in steps] == ["proef-een", "proef-twee"]
    assert [s.find("h3").get_text() for s in steps] == ["Fase 1: Begin " + SCRIPT, "Fase 2: Vervolg"]
    assert "(samen)" in steps[1].select_one(".stappenplan__voor-wie").get_text()
    assert "(" not in steps[0].select_one(".stappenplan__voor-wie").get_text()  # one party: no together/apart
    links = {a.get_text(): a["href"] for a in steps[0].find_all("a")}
    assert links["Leesplan " + SCRIPT] == "../../bouwstenen/leesplan/"
    assert links["Hoofdstuk 4"] == "../doorontwikkeling/"
    assert links["POI"] == "../netwerk/#poi"
    assert links["Website"] == "https://example.org/"
    assert links["Vervolg"] == "#proef-twee"
    decision = steps[0].select_one(".stappenplan__beslissing").get_text()
    assert "einde van dit stappenplan" in decision
    assert "Werkblad van de bron: Blad." in steps[1].get_text()
    assert_escaped(html)


def test_step_plan_says_where_it_and_the_sites_additions_come_from(renderer):
    page = soup(renderer.render("stappenplan.html", page_url=PAGE, **plan_context(PLAN, BY_ID)))
    own = page.select("[data-bron]:not([data-bron-deel])")
    assert len(own) == 1 and own[0] is page.select_one(".stappenplan > *")  # first, above the intro
    assert " ".join(own[0].get_text().split()) == (
        "Bron: Handboek de Bibliotheek op school po, hoofdstuk 2, Stappen " + SCRIPT)
    goals = page.select("li.stappenplan__stap [data-bron-deel=doel]")
    assert len(goals) == 2 and all(g["data-bron"] == "assumption" for g in goals)
    assert " ".join(goals[0].get_text().split()) == "Aanvulling van deze site: doel afgeleid " + SCRIPT
    assert goals[0].find_previous_sibling("p")["class"] == ["stappenplan__voor-wie"]
    decisions = page.select(".stappenplan__beslissing [data-bron-deel=keuze]")
    assert len(decisions) == 1 and decisions[0].select_one("a")["href"] == "../../over/#herkomst"
    # Without a goal (the source gives none) a step shows neither the goal nor its origin line.
    plan = {**PLAN, "stappen": [{"id": "kaal", "titel": "Alleen een naam"}]}
    bare = soup(renderer.render("stappenplan.html", page_url=PAGE, **plan_context(plan, BY_ID)))
    assert bare.select(".stappenplan__doel, [data-bron-deel]") == []


def test_step_plan_shows_intro_and_optionally_the_flow_figure(renderer):
    without = soup(renderer.render("stappenplan.html", page_url=PAGE, **plan_context(PLAN, BY_ID)))
    assert without.select_one(".stappenplan__intro").get_text() == "Intro."
    assert without.find("figure") is None
    with_figure = soup(renderer.render("stappenplan.html", page_url=PAGE, stroom=True,
                                       **plan_context(PLAN, BY_ID)))
    figure = with_figure.find("figure", attrs={"data-stroom": "proef"})
    assert figure is not None
    assert figure.find_previous("p")["class"] == ["stappenplan__intro"]
    assert figure.find_next("li")["class"] == ["stroom__stap"]


def test_step_plan_heading_level_and_default_step_word(renderer):
    plan = {**PLAN, "stappen": [PLAN["stappen"][1]]}
    plan.pop("stapnaam")
    page = soup(renderer.render("stappenplan.html", page_url=PAGE, niveau=4, **plan_context(plan, BY_ID)))
    assert page.find("h4").get_text() == "Stap 1: Vervolg"
    assert page.find("h3") is None


def test_flow_figure_shows_steps_in_order_and_each_branch(renderer):
    html = renderer.render("stappenplan-stroom.html", page_url=PAGE, links=True, **plan_context(PLAN, BY_ID))
    page = soup(html)
    figure = page.find("figure", attrs={"data-stroom": "proef"})
    assert figure.find("figcaption")
    boxes = figure.select(".stroom__vak")
    assert [b["href"] for b in boxes] == ["#proef-een", "#proef-twee"]
    branches = figure.select(".stroom__tak")
    assert [b["data-antwoord"] for b in branches] == ["ja", "nee"]
    assert "verder bij Vervolg" in branches[0].get_text()
    assert "stroom__tak--einde" in branches[1]["class"]
    assert_escaped(html)


def test_flow_figure_without_links(renderer):
    page = soup(renderer.render("stappenplan-stroom.html", page_url=PAGE, links=False,
                                **plan_context(PLAN, BY_ID)))
    assert page.find("a") is None
    assert len(page.select(".stroom__vak")) == 2


ROLLEN = {
    "aspecten": [{"id": "focus", "titel": "Focus", "uitleg": "x"},
                 {"id": "activiteiten", "titel": "Activiteiten", "uitleg": "x"},
                 {"id": "profiel", "titel": "Profiel", "uitleg": "x"},
                 {"id": "scholing", "titel": "Scholing", "uitleg": "x"}],
    "rollen": [
        {"id": "a", "naam": "Eerste " + SCRIPT, "focus": "Leerlingen", "insteek": "x",
         "activiteiten": ["doen " + SCRIPT, "meer"],
         "profiel": {"niveau": "Mbo+", "bekwaamheid": "start"}, "scholing": [{"titel": "Training", "url": "https://example.org/t"}],
         "bouwstenen": ["leesplan"]},
        {"id": "b", "naam": "Tweede", "focus": "School", "insteek": "y", "activiteiten": ["adviseren"],
         "profiel": {"niveau": "Hbo", "bekwaamheid": "expert"}, "scholing": [{"titel": "Cursus"}], "bouwstenen": []},
    ],
}


def test_roles_table_has_scoped_headers_and_cards_with_the_same_content(renderer):
    document = {**ROLLEN, "herkomst_velden": [{"velden": ["rollen.bouwstenen"],
                                                "herkomst": {"aanvulling": "rij van de site " + SCRIPT}}]}
    html = renderer.render("rollen-vergelijking.html", page_url="handboek/doorontwikkeling/",
                           rollen=ROLLEN["rollen"], aspecten=ROLLEN["aspecten"], bouwstenen=BY_ID, document=document)
    page = soup(html)
    table = page.find("table")
    assert table.find("caption").get_text().strip()
    assert [th.get_text() for th in table.select("thead th[scope=col]")][1:] == ["Eerste " + SCRIPT, "Tweede"]
    assert [th.get_text() for th in table.select("tbody th[scope=row]")][:4] == [
        "Focus", "Activiteiten", "Profiel", "Scholing"]
    rows = table.select("tbody tr")
    assert len(rows) == 5 and all(len(r.find_all("td")) == 2 for r in rows)
    assert rows[2].find_all("td")[0].get_text().strip() == "Mbo+: start"
    cards = page.select(".rollen__kaart")
    assert [c["data-rol"] for c in cards] == ["a", "b"]
    assert [dt.get_text() for dt in cards[0].find_all("dt")][:4] == ["Focus", "Activiteiten", "Profiel", "Scholing"]
    assert cards[0].find("a", string="Training")["href"] == "https://example.org/t"
    assert table.find("a", class_="bouwsteen-link")["href"] == "../../bouwstenen/leesplan/"
    row = page.select_one(".rollen > [data-bron-deel=bouwstenen]")  # one line for the row, table and cards alike
    assert " ".join(row.get_text().split()) == "Aanvulling van deze site: rij van de site " + SCRIPT
    assert_escaped(html)


def test_other_role_model_footnote(renderer):
    html = renderer.render("rollen-ander-model.html", page_url="", aantal=3,
                           model={"organisatie_naam": "Proefstad " + SCRIPT, "rollen": ["een", "twee"]})
    page = soup(html)
    text = page.find("p").get_text()
    assert "Proefstad" in text and "model met drie rollen" in text and "model met twee rollen" in text
    assert [li.get_text() for li in page.find_all("li")] == ["een", "twee"]
    assert_escaped(html)


@pytest.mark.parametrize("count, word", [(0, "nul"), (4, "vier"), (12, "twaalf"), (13, "13"), (-1, "-1")])
def test_small_counts_are_written_as_words(count, word):
    assert number_word(count) == word


CYCLUS = {"titel": "Cyclus " + SCRIPT, "model": "PDCA",
          "herkomst_velden": [{"velden": ["fases.bouwsteen"], "herkomst": {"aanvulling": "afgeleid"}}], "fases": [
    {"id": "plan", "letter": "P", "naam": "Plan", "bouwsteen": "leesplan", "uitleg": "Plannen " + SCRIPT,
     "hulpmiddelen": [{"titel": "Jaarplan", "toolkit": "leesplan"}, {"titel": "Site", "url": "https://example.org/"}]},
    {"id": "check", "letter": "C", "naam": "Check", "bouwsteen": "monitor", "uitleg": "Meten.",
     "hulpmiddelen": [{"titel": "Monitor"}]},
    {"id": "act", "letter": "A", "naam": "Act", "bouwsteen": "monitor", "uitleg": "Bijstellen.",
     "hulpmiddelen": [{"titel": "Gesprek"}]},
]}


def test_quality_cycle_svg_and_list_come_from_the_same_data(renderer):
    boxes, arrows = cycle_layout(3)
    html = renderer.render("kwaliteitscyclus.html", page_url="handboek/inleiding/", cyclus=CYCLUS, boxes=boxes,
                           arrows=arrows, width=WIDTH, height=HEIGHT, box_w=BOX_W, box_h=BOX_H, bouwstenen=BY_ID)
    page = soup(html)
    svg = page.find("svg")
    assert svg["aria-hidden"] == "true"
    assert [g["data-fase"] for g in svg.find_all("g")] == ["plan", "check", "act"]
    assert len(svg.select("path.kwaliteitscyclus__pijl")) == 3
    assert svg.find("text", class_="kwaliteitscyclus__midden").get_text() == "PCA"
    items = page.select("ol.kwaliteitscyclus__lijst > li")
    assert [li["id"] for li in items] == ["kwaliteitscyclus-plan", "kwaliteitscyclus-check", "kwaliteitscyclus-act"]
    assert items[0].find("a", class_="bouwsteen-link")["href"] == "../../bouwstenen/leesplan/"
    assert [" ".join(li.select_one("[data-bron-deel=fase]").get_text().split()) for li in items] == [
        "Aanvulling van deze site: afgeleid"] * 3
    assert page.find("figcaption")
    assert_escaped(html)


def test_cycle_layout_places_boxes_inside_the_drawing():
    for count in (2, 4, 6):
        boxes, arrows = cycle_layout(count)
        assert len(boxes) == len(arrows) == count
        for box in boxes:
            assert box["x"] >= 0 and box["x"] + BOX_W <= WIDTH
            assert box["y"] >= 0 and box["y"] + BOX_H <= HEIGHT


def test_list_of_points_and_tools(renderer):
    items = [{"id": "een", "tekst": "Punt " + SCRIPT},
             {"id": "twee", "titel": "Folder", "toolkit": "leesplan", "toelichting": "handig"},
             {"id": "drie", "titel": "Site", "url": "https://example.org/"}]
    html = renderer.render("handboek-lijst.html", page_url=PAGE, items=items, naam="proef", genummerd=True,
                           bouwstenen=BY_ID)
    page = soup(html)
    assert page.find("ol")["data-lijst"] == "proef"
    assert [li["id"] for li in page.find_all("li")] == ["proef-een", "proef-twee", "proef-drie"]
    assert page.find("cite").get_text() == "Folder"
    assert "(uit de toolkit, zie bouwsteen " in page.find(id="proef-twee").get_text()
    assert page.find("a", string="Site")["href"] == "https://example.org/"
    assert_escaped(html)


def test_network_level_renders_each_party_with_its_anchor(renderer):
    partijen = [{"id": "poi", "naam": "POI-proef " + SCRIPT, "afkorting": "POI", "niveau": "provinciaal",
                 "taken": ["adviseert"], "let_op": "verschillen", "subsidiebronnen": ["OAB"],
                 "links": [{"titel": "Site", "url": "mailto:info@example.org"}], "bouwstenen": ["monitor"]}]
    html = renderer.render("netwerk-partijen.html", page_url="handboek/netwerk/", niveau="provinciaal",
                           partijen=partijen, bouwstenen=BY_ID)
    page = soup(html)
    section = page.find("section", id="poi")
    assert section.find("h3").get_text() == "POI-proef " + SCRIPT + " (POI)"
    assert section.select_one(".netwerk__subsidiebronnen li").get_text() == "OAB"
    assert section.find("a", string="Site")["href"] == "mailto:info@example.org"
    assert section.find("a", class_="bouwsteen-link")["href"] == "../../bouwstenen/monitor/"
    assert_escaped(html)


def test_continuous_line_and_figures(renderer):
    lijn = {"leeftijd": "0 tot 20 jaar", "onderwerp": "lezen",
            "onderdelen": [{"id": "a", "aanpak_naam": "Start " + SCRIPT, "waar": "de opvang"},
                           {"id": "b", "aanpak_naam": "School", "waar": "het onderwijs"}]}
    html = renderer.render("doorgaande-lijn.html", page_url="", lijn=lijn)
    page = soup(html)
    assert "0 tot 20 jaar" in page.find("figcaption").get_text()
    assert [li["id"] for li in page.find_all("li")] == ["lijn-a", "lijn-b"]
    assert_escaped(html)
    cijfers = {"stand": "Stand 2023.",
               "items": [{"id": "x", "waarde": "25%", "eenheid": "van de", "wat": "groep " + SCRIPT}]}
    html = renderer.render("leescijfers.html", page_url="", cijfers=cijfers)
    page = soup(html)
    assert page.find("dt").get_text() == "25%"
    assert "Stand 2023." in page.get_text()
    assert_escaped(html)


def test_abbreviations_in_data_texts_get_their_tooltip(renderer, site):
    poi = next(b for b in site.glossary if b["term"] == "POI")
    partijen = [{"id": "poi", "naam": "POI", "niveau": "provinciaal", "taken": ["vraag de POI " + SCRIPT]}]
    html = renderer.render("netwerk-partijen.html", page_url="", niveau="provinciaal", partijen=partijen,
                           bouwstenen=BY_ID)
    abbr = soup(html).select_one(".netwerk__taken abbr")
    assert abbr.get_text() == "POI" and abbr["title"] == poi["betekenis"]
    assert_escaped(html)
    plan = {**PLAN, "intro": "Met de POI."}
    page = soup(renderer.render("stappenplan.html", page_url=PAGE, **plan_context(plan, BY_ID)))
    assert page.select_one(".stappenplan__intro abbr").get_text() == "POI"
