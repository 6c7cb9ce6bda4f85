"""`make serve` (mkdocs serve --dirty, scripts/preview.py and the hook): a saved Markdown page is built
again on its own; a data file's change builds the pages that show it again, a change in another file
that many pages draw on builds every page again; a page saved while a build is running is not missed.
The last test runs the real `mkdocs serve` on a copy."""
from __future__ import annotations

import doctest
import os
import re
from pathlib import Path
from types import SimpleNamespace

import yaml

from hooks import build_steps
from scripts import bench_serve, preview

ROOT = Path(__file__).resolve().parents[2]


def test_the_doctests():
    assert doctest.testmod(preview).failed == 0


def test_make_serve_and_the_benchmark_run_the_same_command():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    serve = re.search(r"^serve:.*\n\t(.*)$", makefile, re.M).group(1)
    assert "mkdocs serve" in serve
    assert all(option in serve.split() for option in bench_serve.SERVE_OPTIONS)
    assert "--dirty" in bench_serve.SERVE_OPTIONS


def write(path: Path, text: str, seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (seconds, seconds))


def test_what_a_snapshot_sees_and_what_it_takes_to_build_every_page(tmp_path):
    write(tmp_path / "docs" / "over.md", "# Over", 100)
    write(tmp_path / "docs" / "assets" / "css" / "site.css", "a{}", 100)
    write(tmp_path / "data" / "begrippen.yml", "begrippen: []", 100)
    write(tmp_path / "calculators" / "__pycache__" / "x.pyc", "", 100)
    write(tmp_path / "mkdocs.yml", "site_name: x", 100)
    first = preview.snapshot(tmp_path, tmp_path / "docs")
    assert first.pages == {"over.md": 100}
    assert set(first.shared) == {"docs/assets/css/site.css", "data/begrippen.yml", "mkdocs.yml"}
    assert preview.plan(None, first, None, tmp_path) == preview.Rebuild()  # the first build builds all

    write(tmp_path / "docs" / "over.md", "# Over deze site", 200)
    text_only = preview.snapshot(tmp_path, tmp_path / "docs")
    assert preview.plan(first, text_only, None, tmp_path) == preview.Rebuild()
    assert preview.changed_pages(first, text_only) == {"over.md"}

    for changed in ("data/begrippen.yml", "docs/assets/css/site.css", "mkdocs.yml"):
        write(tmp_path / changed, "anders", 300)
        # without notes of the previous build (or for a file that is not data): every page
        assert preview.plan(text_only, preview.snapshot(tmp_path, tmp_path / "docs"), None, tmp_path).everything
    write(tmp_path / "docs" / "nieuw.md", "# Nieuw", 100)  # a new page: every page's navigation changes
    notes = {"pages": {"over.md": []}, "glossary": []}
    assert preview.plan(text_only, preview.snapshot(tmp_path, tmp_path / "docs"), notes, tmp_path).everything


def test_emptying_keeps_the_folder(tmp_path):
    write(tmp_path / "site" / "over" / "index.html", "x", 100)
    write(tmp_path / "site" / "index.html", "x", 100)
    preview.empty(tmp_path / "site")
    assert (tmp_path / "site").is_dir() and not list((tmp_path / "site").iterdir())


def test_a_page_saved_while_its_html_was_being_written_is_built_again(tmp_path, monkeypatch):
    """MkDocs' --dirty compares the HTML's time with the Markdown's: HTML written after the save (by a
    build that had read the page before it) looks up to date. The hook goes by what was saved."""
    docs, site = tmp_path / "docs", tmp_path / "site"
    write(docs / "over.md", "# Over", 100)
    write(docs / "privacy.md", "# Privacy", 100)
    write(site / "over" / "index.html", "oud", 500)  # newer than any save
    write(site / "privacy" / "index.html", "oud", 500)
    monkeypatch.setattr(build_steps, "ROOT", tmp_path)
    monkeypatch.setattr(build_steps, "sources", None)
    build_steps.on_startup(command="serve", dirty=True)
    try:
        config = SimpleNamespace(docs_dir=str(docs), site_dir=str(site), extra={})
        files = SimpleNamespace(documentation_pages=lambda: [
            SimpleNamespace(src_uri=name, abs_dest_path=str(site / name.removesuffix(".md") / "index.html"))
            for name in ("over.md", "privacy.md")])
        build_steps.on_pre_build(config)  # the first build
        write(docs / "over.md", "# Over deze site", 200)  # saved while that build ran
        build_steps.on_pre_build(config)  # the next build
        build_steps.on_files(files, config)
        assert not (site / "over" / "index.html").exists()  # MkDocs builds a page without HTML
        assert (site / "privacy" / "index.html").exists()  # not saved: left alone

        write(tmp_path / "data" / "begrippen.yml", "begrippen: []", 300)
        build_steps.on_pre_build(config)
        assert not list(site.iterdir())  # a data file changed, no notes of the build before: every page
    finally:
        build_steps.on_startup(command="build", dirty=False)


def test_after_a_data_change_only_the_pages_that_show_it_are_built_again(tmp_path, monkeypatch):
    """The notes of the previous build say which page read which data; for the glossary, the pages
    whose HTML has a spelling of a term that changed (or was added) are built again."""
    docs, site = tmp_path / "docs", tmp_path / "site"
    pages = {"rollen.md": "rollen", "over.md": "de POI helpt", "leeg.md": "niets", "begrippen.md": "alle termen"}
    for name, text in pages.items():
        write(docs / name, f"# {name}", 100)
        write(site / name.removesuffix(".md") / "index.html", f"<p>{text}</p>", 500)
    glossary = [{"id": "poi", "term": "POI", "betekenis": "provinciale ondersteuningsinstelling"}]
    write(tmp_path / "data" / "begrippen.yml", yaml.safe_dump({"begrippen": glossary}), 100)
    write(tmp_path / "data" / "rollen.yml", "rollen: []", 100)
    write(tmp_path / "data" / "teksten.yml", "{}", 100)
    monkeypatch.setattr(build_steps, "ROOT", tmp_path)
    monkeypatch.setattr(build_steps, "sources", None)
    monkeypatch.setattr(preview, "NOTES", tmp_path / "notities")
    build_steps.on_startup(command="serve", dirty=True)
    try:
        config = SimpleNamespace(docs_dir=str(docs), site_dir=str(site), extra={})
        files = SimpleNamespace(documentation_pages=lambda: [
            SimpleNamespace(src_uri=name, abs_dest_path=str(site / name.removesuffix(".md") / "index.html"))
            for name in pages])
        built = lambda: sorted(p.parent.name for p in site.glob("*/index.html"))  # noqa: E731
        build_steps.on_pre_build(config)  # the first build, then its notes:
        preview.note_uses(site, {"rollen.md": ["rollen"], "over.md": [], "leeg.md": [],
                                 "begrippen.md": ["begrippen"]}, glossary)

        write(tmp_path / "data" / "rollen.yml", "rollen: [x]", 200)
        build_steps.on_pre_build(config)
        build_steps.on_files(files, config)
        assert built() == ["begrippen", "leeg", "over"]  # only the page with the roles is built again

        write(site / "rollen" / "index.html", "<p>rollen</p>", 500)
        changed = [{**glossary[0], "betekenis": "anders"}, {"id": "ib", "term": "IB'er", "betekenis": "intern"}]
        write(tmp_path / "data" / "begrippen.yml", yaml.safe_dump({"begrippen": changed}), 300)
        build_steps.on_pre_build(config)
        build_steps.on_files(files, config)
        assert built() == ["leeg", "rollen"]  # the page with the POI and the glossary page itself

        write(tmp_path / "data" / "teksten.yml", "{a: b}", 400)  # a kind no page was seen to read
        build_steps.on_pre_build(config)
        assert not list(site.iterdir())  # every page again
    finally:
        build_steps.on_startup(command="build", dirty=False)


def test_notes_are_written_only_under_make_serve(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "NOTES", tmp_path / "notities")
    monkeypatch.delenv(preview.WANTED, raising=False)
    preview.note_uses(tmp_path / "site", {"over.md": []}, [])
    assert preview.read_notes(tmp_path / "site") is None
    monkeypatch.setenv(preview.WANTED, "1")
    preview.note_uses(tmp_path / "site", {"over.md": []}, [])
    preview.note_uses(tmp_path / "site", {"rollen.md": ["rollen"]}, [{"id": "x"}])  # a dirty build: merged
    assert preview.read_notes(tmp_path / "site") == {"pages": {"over.md": [], "rollen.md": ["rollen"]},
                                                      "glossary": [{"id": "x"}]}


def test_mkdocs_serve_shows_each_kind_of_change(tmp_path):
    """Markdown: that page; YAML: a term's meaning on the glossary and on another page that uses the
    abbreviation, and the earlier Markdown edit still there after that; a data file's change on the
    page that shows it."""
    with bench_serve.served_copy() as (project, base):
        def edit(name: str, old: str, new: str) -> None:
            path = project / name
            path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")

        edit("docs/over.md", "# ", "# TESTKOP ")
        assert bench_serve.wait_for(base + "over/", True, "TESTKOP") is not None

        edit("data/begrippen.yml", "betekenis: Algemene verordening", "betekenis: TESTBETEKENIS Algemene verordening")
        assert bench_serve.wait_for(base + "begrippen/", True, "TESTBETEKENIS") is not None
        assert "TESTBETEKENIS" in bench_serve.fetch(base + "bouwstenen/digitale-diensten/")  # the AVG tooltip
        assert "TESTKOP" in bench_serve.fetch(base + "over/")  # the earlier edit survived that build

        edit("data/rollen.yml", "titel: Insteek", "titel: TESTINSTEEK")  # only the page with the roles
        assert bench_serve.wait_for(base + "handboek/doorontwikkeling/", True, "TESTINSTEEK") is not None
