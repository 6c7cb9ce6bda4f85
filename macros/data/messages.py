"""Dutch wording of schema errors and of where in a data file they are.

Schemas may point into another schema file (`"$ref": "_defs.schema.json#/$defs/link"`): the
path is described through such a reference as through a local one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

if TYPE_CHECKING:  # referencing does not export the class by its public name
    from referencing._core import Resolver

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


def _resolve(schema: Any, resolver: Resolver) -> tuple[dict[str, Any], Resolver]:
    """Follow `$ref`s, local or into another file; keywords next to a `$ref` (x-item, description) win."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        resolved = resolver.lookup(schema["$ref"])
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        schema, resolver = {**resolved.contents, **siblings}, resolved.resolver
    return (schema if isinstance(schema, dict) else {}), resolver


def own_resolver(schema: dict[str, Any]) -> Resolver:
    """A resolver for a schema on its own (local references only)."""
    uri = schema.get("$id", "")
    resource = Resource.from_contents(schema, default_specification=DRAFT202012)
    return Registry().with_resource(uri, resource).resolver(base_uri=uri)


def describe_path(document: Any, schema: dict[str, Any], path: list[Any], resolver: Resolver | None = None) -> str:
    """` › bouwsteen 3 (Leesplan) › good_practice`: items by their noun, number and name.

    >>> schema = {"properties": {"b": {"type": "array", "x-item": "bouwsteen", "items": {}}}}
    >>> describe_path({"b": [{"titel": "Leesplan"}]}, schema, ["b", 0, "kort"])
    ' › b › bouwsteen 1 (Leesplan) › kort'
    """
    parts: list[str] = []
    node = document
    sub, resolver = _resolve(schema, resolver or own_resolver(schema))
    for key in path:
        if isinstance(key, int):
            noun = sub.get("x-item", "item")
            node = node[key] if isinstance(node, list) and key < len(node) else None
            name = next((node[k] for k in NAME_KEYS if isinstance(node, dict) and isinstance(node.get(k), str)), "")
            parts.append(f"{noun} {key + 1}" + (f" ({name})" if name else ""))
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
        sub, resolver = _resolve(_subschema(sub, key), resolver)
    return "".join(f" › {p}" for p in parts)


@dataclass(frozen=True)
class Unit:
    """One loaded data file: its kind (schema name), how it is shown, its content and schema."""

    kind: str
    shown: str
    document: Any
    schema: dict[str, Any]
    resolver: Resolver | None = field(default=None, compare=False)

    def where(self, path: list[Any]) -> str:
        """`data/bouwstenen.yml › bouwstenen › bouwsteen 3 (Leesplan) › kort`"""
        return self.shown + describe_path(self.document, self.schema, path, self.resolver)


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
