"""The norms: every number a publication states that a page cites or a calculator uses, once, each
with its own precise source.

Pages cite them with `{{ norm("key") }}` (or `{norm:key}` in a data text); calculators build every
hint, default, message and label that states a norm from these values, so that a norm changed here
changes every text that states it.
"""
from __future__ import annotations

from decimal import Decimal

from .model import Norm, Source

HANDBOOK = "handboek-po"  # id in data/publicaties.yml


def handbook(section: str) -> Source:
    return Source(f"Handboek de Bibliotheek op school po, hoofdstuk 3, {section}", publication=HANDBOOK)


COLLECTION = handbook("bouwsteen Leesomgeving & Collectie (good practice)")
NETWORK = handbook("bouwsteen Netwerk & Beleid (good practice)")
LENDING_RIGHTS = handbook("bouwsteen Leesomgeving & Collectie (regeling voor het leenrecht)")
PROBIBLIO_2023 = Source(
    "Probiblio, 'Collectioneren voor de Bibliotheek op school was nog nooit zo makkelijk'",
    "https://www.probiblio.nl/collectioneren-voor-de-bibliotheek-op-school-was-nog-nooit-zo-makkelijk/",
    "2023",
)

_ALL = (
    Norm("boeken_per_leerling_min", Decimal(5), "boeken per leerling",
         "minimale omvang van de vaste schoolcollectie", COLLECTION),
    Norm("boeken_per_leerling_optimaal", Decimal(8), "boeken per leerling",
         "optimale omvang van de vaste schoolcollectie", COLLECTION),
    Norm("looptijd_overeenkomst_min", Decimal(3), "jaar",
         "minimale looptijd van de samenwerkingsovereenkomst", NETWORK),
    Norm("sanering_maximale_leeftijd", Decimal(8), "jaar",
         "boeken die ouder zijn gaan er bij de eerste sanering uit", PROBIBLIO_2023),
    Norm("afkoop_leenrecht_sinds", Decimal(2023), "",
         "jaar sinds het ministerie van OCW het leenrecht bij schoolbibliotheken afkoopt", LENDING_RIGHTS),
)

NORMS: dict[str, Norm] = {norm.key: norm for norm in _ALL}
