"""Geometry of the quality-cycle figure: boxes on an ellipse and arrows between them.

Only numbers: the SVG itself is in templates/kwaliteitscyclus.html.

>>> boxes, arrows = cycle_layout(4)
>>> [(b["x"], b["y"]) for b in boxes]
[(230.0, 40.0), (460.0, 190.0), (230.0, 340.0), (0.0, 190.0)]
>>> arrows[0].startswith("M 451.9 107.1 A 230 150 0 0 1")
True
"""
from __future__ import annotations

import math

WIDTH, HEIGHT = 640, 460
CX, CY, RX, RY = 320, 230, 230, 150
BOX_W, BOX_H = 180, 80
GAP_DEGREES = 35


def _point(degrees: float) -> tuple[float, float]:
    rad = math.radians(degrees)
    return round(CX + RX * math.cos(rad), 1), round(CY + RY * math.sin(rad), 1)


def cycle_layout(count: int) -> tuple[list[dict[str, float]], list[str]]:
    """Top-left corners of `count` boxes clockwise from the top, and one arc path per step."""
    step = 360 / count
    angles = [-90 + i * step for i in range(count)]
    boxes = []
    for angle in angles:
        x, y = _point(angle)
        boxes.append({"x": round(x - BOX_W / 2, 1), "y": round(y - BOX_H / 2, 1), "cx": x, "cy": y})
    gap = min(GAP_DEGREES, step / 2 - 5)
    arrows = []
    for angle in angles:
        x1, y1 = _point(angle + gap)
        x2, y2 = _point(angle + step - gap)
        arrows.append(f"M {x1} {y1} A {RX} {RY} 0 0 1 {x2} {y2}")
    return boxes, arrows
