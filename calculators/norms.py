"""The handbook's norms: every number a page cites or a calculator uses, once, with its source.

Pages cite them with the macro `{{ norm("key") }}`; calculators import them. A test checks that
every key a page or data file cites exists here.
"""
from __future__ import annotations

from decimal import Decimal

from .fields import Norm, Source

HANDBOEK = Source(
    text="Handboek de Bibliotheek op school po, hoofdstuk 3 (bouwstenen Leesomgeving & collectie en Netwerk & beleid)",
)
PROBIBLIO_2023 = Source(
    text="Probiblio, 'Collectioneren voor de Bibliotheek op school was nog nooit zo makkelijk'",
    url="https://www.probiblio.nl/collectioneren-voor-de-bibliotheek-op-school-was-nog-nooit-zo-makkelijk/",
    year="2023",
)

HANDBOEK_COLLECTIE = Source(
    text="Handboek de Bibliotheek op school po, hoofdstuk 3 (bouwsteen Leesomgeving & collectie)",
)

_ALL = (
    Norm("boeken_per_leerling_min", Decimal(5), "boeken per leerling",
         "minimale omvang van de vaste schoolcollectie", HANDBOEK),
    Norm("boeken_per_leerling_optimaal", Decimal(8), "boeken per leerling",
         "optimale omvang van de vaste schoolcollectie", HANDBOEK),
    Norm("looptijd_overeenkomst_min", Decimal(3), "jaar",
         "minimale looptijd van de samenwerkingsovereenkomst", HANDBOEK),
    Norm("sanering_maximale_leeftijd", Decimal(8), "jaar",
         "boeken die ouder zijn gaan er bij de eerste sanering uit", PROBIBLIO_2023),
    Norm("afkoop_leenrecht_sinds", Decimal(2023), "",
         "jaar sinds het ministerie van OCW het leenrecht bij schoolbibliotheken afkoopt", HANDBOEK_COLLECTIE),
)

NORMS: dict[str, Norm] = {norm.key: norm for norm in _ALL}
