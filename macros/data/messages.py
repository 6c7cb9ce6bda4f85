"""Dutch wording of schema errors and of where in a data file they are."""
from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError

TYPE_NAMES = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "array": "een lijst",
    "object": "een blok met velden",
    "boolean": "ja of nee (true/false)",
}
NAME_KEYS = ("titel", "naam", "term", "vraag", "id")


def _subschema(schema: dict[str, Any], key: Any) -> dict[str, Any]:
    if isinstance(key, int):
        items = schema.get("items", {})
        return items if isinstance(items, dict) else {}
    props = schema.get("properties", {})
    return props.get(key, {}) if isinstance(props, dict) else {}


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return root.get("$defs", {}).get(ref.split("/")[-1], {})
    return schema


def describe_path(document: Any, schema: dict[str, Any], path: list[Any]) -> str:
    """` › bouwsteen 3 (Leesplan) › good_practice`: items by their noun, number and name."""
    parts: list[str] = []
    node, sub = document, _resolve(schema, schema)
    for key in path:
        if isinstance(key, int):
            noun = sub.get("x-item", "item")
            node = node[key] if isinstance(node, list) and key < len(node) else None
            name = next((node[k] for k in NAME_KEYS if isinstance(node, dict) and isinstance(node.get(k), str)), "")
            parts.append(f"{noun} {key + 1}" + (f" ({name})" if name else ""))
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
        sub = _resolve(_subschema(sub, key), schema)
    return "".join(f" › {p}" for p in parts)


def schema_message(error: ValidationError) -> tuple[str | None, str]:
    """(extra field name or None, Dutch reason) for one JSON Schema error."""
    custom = error.schema.get("x-message") if isinstance(error.schema, dict) else None
    kind, value, instance = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = [p for p in value if not (isinstance(instance, dict) and p in instance)]
        return (missing[0] if missing else None), "ontbreekt."
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {}))) if isinstance(instance, dict) else []
        return (extra[0] if extra else None), "dit veld is onbekend; controleer de spelling of haal het weg."
    if custom:
        return None, custom
    if kind == "type":
        expected = value if isinstance(value, str) else value[0]
        return None, f"moet {TYPE_NAMES.get(expected, expected)} zijn."
    if kind == "enum":
        return None, "moet een van deze waarden zijn: " + ", ".join(str(v) for v in value) + "."
    if kind == "minLength":
        return None, "mag niet leeg zijn."
    if kind == "maxLength":
        return None, f"is te lang (hoogstens {value} tekens)."
    if kind == "minItems":
        return None, f"moet minstens {value} item(s) bevatten."
    if kind == "maxItems":
        return None, f"mag hoogstens {value} item(s) bevatten."
    if kind == "pattern":
        return None, f"heeft niet de juiste vorm (patroon {value})."
    if kind in ("minimum", "exclusiveMinimum"):
        return None, f"moet minstens {value} zijn."
    if kind in ("maximum", "exclusiveMaximum"):
        return None, f"mag hoogstens {value} zijn."
    if kind == "format":
        return None, f"heeft niet de juiste vorm ({value})."
    if kind == "const":
        return None, f"moet {value} zijn."
    return None, "is niet geldig."
