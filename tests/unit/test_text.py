"""The text pipeline (macros/text.py) and the one lookup by id (macros/data/site.py)."""
from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from calculators.norms import NORMS
from macros.data import UnknownItem
from macros.text import glossary_marker, pipeline

FORMS = {"POI": "provinciale ondersteuningsinstelling", "IB'er": "intern begeleider", "vve": "voorschoolse educatie"}
tekst = pipeline(glossary_marker(FORMS, lambda form, meaning: f'<abbr title="{escape(meaning)}">{escape(form)}</abbr>'))


def test_escape_then_placeholders_then_glossary():
    html = str(tekst("<b>De POI</b> sinds {jaar:afkoop_leenrecht_sinds}, minstens {norm:looptijd_overeenkomst_min}"))
    assert html == (f'&lt;b&gt;De <abbr title="provinciale ondersteuningsinstelling">POI</abbr>&lt;/b&gt; sinds '
                    f'{int(NORMS["afkoop_leenrecht_sinds"].value)}, minstens 3 jaar')


def test_named_values_are_escaped_and_marked_like_the_text():
    html = str(tekst("Van {leeftijd} in de {plaats}", leeftijd="0 tot 20 jaar", plaats="vve <i>"))
    assert html == 'Van 0 tot 20 jaar in de <abbr title="voorschoolse educatie">vve</abbr> &lt;i&gt;'


def test_whole_words_only_also_after_escaping():
    assert str(tekst("De IB'er, niet POIS of vveleiders")) == (
        'De <abbr title="intern begeleider">IB&#39;er</abbr>, niet POIS of vveleiders')


@pytest.mark.parametrize("text,values,message", [
    ("Van {leeftijd}", {}, "noemt {leeftijd}, maar die waarde wordt niet meegegeven"),
    ("Van {leeftijd}", {"leeftijd": "2", "plaats": "x"}, "heeft geen plaats voor plaats"),
])
def test_a_placeholder_and_its_value_belong_together(text, values, message):
    with pytest.raises(ValueError, match=message):
        tekst(text, **values)


def test_unknown_norm_names_the_known_ones():
    with pytest.raises(UnknownItem, match="Onbekende norm 'boeken'. Bekend: "):
        tekst("{norm:boeken}")


def test_markup_is_refused():
    with pytest.raises(TypeError):
        tekst(Markup("<a>POI</a>"))


@pytest.mark.parametrize("kind,item_id,message", [
    ("bouwstenen", "leesclub", "Onbekende bouwsteen 'leesclub'. Bekend: netwerk-en-beleid, "),
    ("stappenplannen", "oud", "Onbekend stappenplan 'oud'. Bekend: "),
    ("programmas", "boekstart", "Onbekend programma 'boekstart'. Bekend: "),
    ("literatuur", "x-1999", "Onbekende bron 'x-1999'. Bekend: "),
])
def test_one_lookup_by_id_with_one_dutch_message(site, kind, item_id, message):
    with pytest.raises(UnknownItem) as error:
        site.item(kind, item_id)
    assert str(error.value).startswith(message)


def test_lookup_finds_items_of_every_kind(site):
    assert site.item("bouwstenen", "leesplan")["titel"]
    assert site.item("stappenplannen", "startroute")["id"] == "startroute"
    assert site.item("oudergroepen", "vaders")["id"] == "vaders"
    with pytest.raises(UnknownItem, match="Onbekend databestand 'bouwsteen'"):
        site.document("bouwsteen")
