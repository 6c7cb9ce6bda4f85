"""data/teksten.yml, the site's interface texts, and the templates that show them (`t.<group>.<key>`):
every key a template uses exists, and every key exists because a template uses it.

The templates are read as Jinja syntax trees. A group may be given a short name
(`{% set v = t.programmas %}`), also for the templates it includes; a key may be built from a
prefix or suffix (`v["erkenning_" ~ p.erkenning]`), which counts every key of that shape as used
(the build itself fails on one that is missing: StrictUndefined).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from jinja2 import Environment, nodes

from tests.helpers import ROOT

TEMPLATES = ROOT / "templates"


@dataclass
class Scan:
    """What one template does with `t`: short names for groups, included templates, and keys used
    through `t.<group>` (owner = group) or through a name (owner = that name, maybe a short name)."""

    aliases: dict[str, str] = field(default_factory=dict)   # short name -> group
    includes: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    keys: set[tuple[str, str, bool]] = field(default_factory=set)  # (owner, key, owner is a name)
    shaped: set[tuple[str, str, str, bool]] = field(default_factory=set)  # (owner, prefix, suffix, is a name)


def _group_of(node: nodes.Node) -> str | None:
    """'programmas' for the expression t.programmas."""
    if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "t":
        return node.attr
    return None


def _shape(arg: nodes.Node) -> tuple[str, str] | None:
    """(prefix, suffix) of a key built with ~ or + from constants and a variable."""
    if isinstance(arg, nodes.Concat):
        parts = arg.nodes
    elif isinstance(arg, nodes.Add):
        parts = [arg.left, arg.right]
    else:
        return None
    prefix = parts[0].value if isinstance(parts[0], nodes.Const) else ""
    suffix = parts[-1].value if isinstance(parts[-1], nodes.Const) else ""
    return prefix, suffix


def scan(source: str, env: Environment) -> Scan:
    tree = env.parse(source)
    found = Scan()
    for assign in tree.find_all(nodes.Assign):
        group = _group_of(assign.node)
        if group and isinstance(assign.target, nodes.Name):
            found.aliases[assign.target.name] = group
    for include in tree.find_all(nodes.Include):
        if isinstance(include.template, nodes.Const):
            found.includes.add(include.template.value)
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        if (group := _group_of(node)) is not None:
            found.groups.add(group)
        if (group := _group_of(node.node)) is not None:
            owner, is_name = group, False
        elif isinstance(node.node, nodes.Name) and node.node.name != "t":
            owner, is_name = node.node.name, True
        else:
            continue
        if isinstance(node, nodes.Getattr):
            found.keys.add((owner, node.attr, is_name))
        elif isinstance(node.arg, nodes.Const):
            found.keys.add((owner, node.arg.value, is_name))
        elif (shape := _shape(node.arg)) is not None:
            found.shaped.add((owner, *shape, is_name))
    return found


def vocabulary_use(sources: dict[str, str]) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]], set[str]]:
    """(group, key) used, (group, prefix, suffix) used, and the groups used, over a set of templates."""
    env = Environment()
    scans = {name: scan(source, env) for name, source in sources.items()}
    inherited: dict[str, dict[str, str]] = {name: {} for name in scans}
    for _ in scans:  # short names flow into included templates, and on into theirs
        for name, found in scans.items():
            for included in found.includes & set(scans):
                inherited[included] = {**inherited[included], **inherited[name], **found.aliases}
    used: set[tuple[str, str]] = set()
    shaped: set[tuple[str, str, str]] = set()
    groups: set[str] = set()
    for name, found in scans.items():
        aliases = {**inherited[name], **found.aliases}
        groups |= found.groups
        used |= {(aliases[owner] if is_name else owner, key) for owner, key, is_name in found.keys
                 if not is_name or owner in aliases}
        shaped |= {(aliases[owner] if is_name else owner, prefix, suffix)
                   for owner, prefix, suffix, is_name in found.shaped if not is_name or owner in aliases}
    return used, shaped, groups


def real_use():
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(TEMPLATES.glob("*.html"))}
    return vocabulary_use(sources)


def test_every_key_a_template_uses_exists(site):
    used, shaped, groups = real_use()
    vocabulary = site.vocabulary
    assert groups <= set(vocabulary), groups - set(vocabulary)
    missing = sorted(f"t.{group}.{key}" for group, key in used if key not in vocabulary.get(group, {}))
    assert missing == []
    for group, prefix, suffix in shaped:
        assert any(k.startswith(prefix) and k.endswith(suffix) for k in vocabulary[group]), (group, prefix, suffix)


def test_every_key_is_used(site):
    used, shaped, _ = real_use()
    unused = sorted(f"{group}.{key}" for group, keys in site.vocabulary.items() for key in keys
                    if (group, key) not in used
                    and not any(g == group and key.startswith(p) and key.endswith(s) for g, p, s in shaped))
    assert unused == []


def test_the_scan_follows_short_names_includes_and_built_keys():
    sources = {
        "a.html": '{% set v = t.groep %}{{ v.een }} {{ t.ander.twee }} {{ v["kleur_" ~ x] }}{% include "b.html" %}',
        "b.html": "{{ v.drie }} {{ t.derde['vier'] }}",
    }
    used, shaped, groups = vocabulary_use(sources)
    assert used == {("groep", "een"), ("ander", "twee"), ("groep", "drie"), ("derde", "vier")}
    assert shaped == {("groep", "kleur_", "")}
    assert groups == {"groep", "ander", "derde"}


@pytest.mark.parametrize("source", ["{{ t.groep.een }}", "{% set g = t.groep %}{{ g['een'] }}"])
def test_the_scan_sees_each_way_of_writing_a_key(source):
    assert vocabulary_use({"x.html": source})[0] == {("groep", "een")}
