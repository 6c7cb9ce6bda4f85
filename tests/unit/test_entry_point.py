"""macros/__init__.py, the entry point mkdocs-macros loads, works on its own: loaded by file path in a
fresh interpreter without the project on sys.path (as another builder would load it), with an `env`
that offers only what define_env may use."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.helpers import ROOT

SCRIPT = textwrap.dedent("""
    import importlib.util, json, sys
    from pathlib import Path
    from types import SimpleNamespace

    root = Path(sys.argv[1])
    assert all(Path(p or ".").resolve() != root for p in sys.path), "the project is on sys.path"
    assert importlib.util.find_spec("macros") is None

    class Env:
        '''Only what the module's functions may use; anything else is an AttributeError.'''
        __slots__ = ("conf", "variables", "page", "markdown", "registered")

        def macro(self, function, name=""):
            self.registered[name or function.__name__] = function

    spec = importlib.util.spec_from_file_location("handboek_macros", root / "macros" / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    env = Env()
    env.conf = {"docs_dir": str(root / "docs"), "site_dir": str(root / "site"),
                "site_url": "https://voorbeeld.github.io/handboek/", "nav": []}
    env.variables, env.registered = {}, {}
    module.define_env(env)
    env.page = SimpleNamespace(url="bouwstenen/leesplan/", file=SimpleNamespace(src_uri="bouwstenen/leesplan.md"))
    module.on_pre_page_macros(env)
    bouwsteen = str(env.registered["bouwsteen"]("leesplan"))
    env.page = SimpleNamespace(url="rekenhulpen/collectie/", file=SimpleNamespace(src_uri="rekenhulpen/collectie.md"))
    rekenhulp = str(env.registered["rekenhulp"]("collectie"))
    env.markdown = "De POI helpt."
    module.on_post_page_macros(env)
    module.on_post_build(env)  # notes for `make serve` only when the hook asks for them: nothing here
    from scripts import runtime  # the build step the calculator pages point to
    print(json.dumps({"macros": sorted(env.registered), "bouwsteen": bouwsteen, "rekenhulp": rekenhulp,
                      "markdown": env.markdown, "runtime": runtime.describe()["key"]}))
""")


def test_entry_point_loads_by_file_path_with_a_minimal_env(tmp_path):
    result = subprocess.run([sys.executable, "-I", "-c", SCRIPT, str(ROOT)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"bouwsteen", "stappenplan", "programma", "rekenhulp", "werkblad", "norm", "begrippen_lijst"} <= set(
        out["macros"])
    assert 'data-bouwsteen="leesplan"' in out["bouwsteen"]
    assert 'href="../monitor/"' in out["bouwsteen"]  # links relative to the page being rendered
    assert f'data-runtime="../../assets/py/{out["runtime"]}/"' in out["rekenhulp"]
    assert "*[POI]: " in out["markdown"]


def test_the_macros_need_no_mkdocs(tmp_path):
    """With MkDocs unimportable, the package still loads, the data layer works, and a data problem is
    the plain DataError (only the MkDocs glue turns it into a PluginError)."""
    script = textwrap.dedent("""
        import sys
        sys.modules["mkdocs"] = None  # any import of mkdocs now fails
        sys.path.insert(0, sys.argv[1])
        from pathlib import Path
        import macros
        from macros.data import DataError, Site
        assert macros.BuildError is DataError
        print(len(Site.load(Path(sys.argv[1])).items("bouwstenen")))
    """)
    result = subprocess.run([sys.executable, "-I", "-c", script, str(ROOT)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "10"
