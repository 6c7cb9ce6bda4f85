"""Where a section, an item or a field comes from, as templates show it: the global `herkomst`
(Renderer.for_site), shown by templates/herkomst.html.

There are three kinds, each with its label, whose words exist once, in calculators/texts.py
(ORIGIN_LABELS, shared with the calculators' CSV): one of the five publications ('publication'),
a named outside source ('outside'), or an addition of this site with how it was derived
('assumption'). An origin is a `herkomst` from data/ (see schemas/_defs.schema.json) or a
calculator's `Source`.

>>> origins = Origins({"publication": "Bron", "outside": "Elders", "assumption": "Eigen"},
...                   {"p": {"id": "p", "titel": "Een lange titel - met uitleg", "kort": "Een lange titel"}})
>>> origins.regel({"publicatie": "p", "sectie": "hoofdstuk 2, Stappen"})["titel"]
'Een lange titel'
>>> origins.regel({"aanvulling": "afgeleid uit de vragen"})["label"]
'Eigen'
>>> origins.regel(Source("CBS", url="https://cbs.nl", year="2023"))["soort"]
'outside'
>>> origins.van_veld({"herkomst_velden": [{"velden": ["stappen.doel"], "herkomst": {"aanvulling": "x"}}]},
...                  "stappen.doel")
{'aanvulling': 'x'}
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from calculators.model import Source
from calculators.texts import ORIGIN_LABELS, origin_kind

POLICY_ANCHOR = "herkomst"  # the section of docs/over.md that explains the three labels


@dataclass(frozen=True)
class Origins:
    labels: Mapping[str, str]
    publications: Mapping[str, Mapping[str, Any]]

    @classmethod
    def for_site(cls, publications: Mapping[str, Mapping[str, Any]]) -> Origins:
        return cls(ORIGIN_LABELS, publications)

    def regel(self, origin: Mapping[str, Any] | Source) -> dict[str, str]:
        """What templates/herkomst.html shows: kind (`soort`), its label, the publication's short
        title (`titel`, for a publication in data/), the text, a web address and a year, and the
        anchor on the page "Over deze site" that the label links to."""
        if isinstance(origin, Source):
            kind = origin_kind(origin)
            return self._line(kind, origin.text, url=origin.url, year=origin.year,
                              anchor=origin.publication or POLICY_ANCHOR)
        if "publicatie" in origin:
            publication = self.publications[origin["publicatie"]]
            return self._line("publication", origin["sectie"], title=publication.get("kort") or publication["titel"],
                              anchor=publication["id"])
        if "buiten" in origin:
            return self._line("outside", origin["buiten"], url=origin.get("url", ""))
        return self._line("assumption", origin["aanvulling"])

    def _line(self, kind: str, text: str, title: str = "", url: str = "", year: str = "",
              anchor: str = POLICY_ANCHOR) -> dict[str, str]:
        return {"soort": kind, "label": self.labels[kind], "titel": title, "tekst": text, "url": url,
                "jaar": year, "anker": anchor}

    @staticmethod
    def van_veld(node: Mapping[str, Any], veld: str) -> Mapping[str, Any] | None:
        """The origin `herkomst_velden` of `node` gives field `veld`, or None (then the field's origin
        is that of the whole)."""
        for entry in node.get("herkomst_velden", []):
            if veld in entry["velden"]:
                return entry["herkomst"]
        return None
