"""The search index the site ships: Material's search splits its text into words with the separator from
mkdocs.yml (in the browser, as a JavaScript regular expression, which reads the same in Python). Words
in brackets or quotes must come out bare, or a search for them misses that place; numbers stay whole."""
import json
import re

import pytest


@pytest.fixture(scope="module")
def words(site_dir):
    separator = re.compile(json.loads((site_dir / "search" / "search_index.json").read_text())["config"]["separator"])

    def split(text: str) -> list[str]:
        """The words Material's tokenizer makes of a text (it keeps the non-empty parts between matches)."""
        return [part for part in separator.split(text) if part]
    return split


@pytest.mark.parametrize(("text", "expected"), [
    ("gemeentelijk onderwijsachterstandenbeleid (GOAB)", ["gemeentelijk", "onderwijsachterstandenbeleid", "GOAB"]),
    ("de provinciale ondersteuningsinstelling (POI).", ["de", "provinciale", "ondersteuningsinstelling", "POI"]),
    ("wat er ‘op de markt’ is", ["wat", "er", "op", "de", "markt", "is"]),
    ("Netwerk &amp; Beleid", ["Netwerk", "Beleid"]),
    ("POI’s en PSO’s", ["POI", "s", "en", "PSO", "s"]),
    ("www.lezen.nl/onderzoek", ["www", "lezen", "nl", "onderzoek"]),
    ("programma's voor ouders", ["programma's", "voor", "ouders"]),
    ("tekort: 1.900 boeken, € 12,50 per boek; 50%", ["tekort", "1.900", "boeken", "12,50", "per", "boek", "50"]),
    ("lees- en mediaplan", ["lees", "en", "mediaplan"]),
])
def test_the_separator_makes_bare_words(words, text, expected):
    assert words(text) == expected
