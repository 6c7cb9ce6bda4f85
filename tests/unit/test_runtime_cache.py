"""The calculators wheel is built once per version of its sources, also when two builds start at once
(`make build` beside `make serve`, or two test runs in a fresh clone, which has no wheel yet)."""
from __future__ import annotations

import threading
import zipfile

from scripts import runtime


def test_two_builds_at_once_leave_one_wheel_in_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime, "CACHE", tmp_path / "runtime")
    wheels, failures = [], []
    both_building = threading.Barrier(2, timeout=60)
    real_run = runtime.subprocess.run

    def run_together(*args, **kwargs):  # both builds have found no wheel before either one finishes
        both_building.wait()
        return real_run(*args, **kwargs)

    monkeypatch.setattr(runtime.subprocess, "run", run_together)

    def build() -> None:
        try:
            wheels.append(runtime.prepare())
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=build) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not failures
    folder = tmp_path / "runtime" / runtime.runtime_key()
    assert wheels == [wheels[0]] * 2 and wheels[0].parent == folder
    assert [p.name for p in (tmp_path / "runtime").iterdir()] == [folder.name]  # no half-built folder left
    assert [p.name for p in folder.iterdir()] == [wheels[0].name]
    assert "calculators/__init__.py" in zipfile.ZipFile(wheels[0]).namelist()
    assert runtime.prepare() == wheels[0]  # and then it is taken from the cache


def test_a_folder_left_by_an_interrupted_build_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime, "CACHE", tmp_path / "runtime")
    folder = tmp_path / "runtime" / runtime.runtime_key()
    folder.mkdir(parents=True)
    (folder / "half.tmp").write_text("", encoding="utf-8")
    wheel = runtime.prepare()
    assert [p.name for p in folder.iterdir()] == [wheel.name]
