"""The benchmark says where a page's time goes when it misses the phone goal (and only then)."""
from scripts import bench_lighthouse


def figures(performance: float) -> dict[str, float]:
    return {"performance": performance, "accessibility": 100, "best-practices": 100, "seo": 100, "FCP": 1.9,
            "LCP": 2.0, "TBT": 259, "kB": 500, "html kB": 199, "long tasks": 11, "longest task": 154,
            "main Style & Layout": 822, "main Other": 1389}


def test_only_a_phone_page_below_the_goal_is_explained(capsys):
    bench_lighthouse.where_time_goes([
        ("rekenhulpen/exploitatie/", "mobile", figures(93), figures(83)),
        ("rekenhulpen/exploitatie/", "desktop", figures(90), None),
        ("", "mobile", figures(99), figures(92)),
    ])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("- ")]
    assert len(lines) == 1 and lines[0].startswith("- rekenhulpen/exploitatie/")
    assert "HTML 199 kB" in lines[0] and "11 lange taken (langste 154 ms)" in lines[0]
    assert lines[0].index("Other 1389 ms") < lines[0].index("Style & Layout 822 ms")  # largest first


def test_nothing_is_printed_when_every_page_meets_the_goal(capsys):
    bench_lighthouse.where_time_goes([("", "mobile", figures(99), None)])
    assert capsys.readouterr().out == ""


def test_the_checks_come_from_the_first_run_and_performance_is_the_median_of_three(monkeypatch):
    calls, scores = [], iter([90, 97, 95])

    def run(url, preset, categories):
        calls.append(categories)
        return {"performance": next(scores), "TBT": 100 * len(calls)} | {
            name: 100 for name in categories if name != "performance"}

    monkeypatch.setattr(bench_lighthouse, "run", run)
    figures = bench_lighthouse.median_of_three("http://x/", "mobile")
    assert calls == [bench_lighthouse.CATEGORIES, ("performance",), ("performance",)]
    assert figures["performance"] == 95 and figures["TBT"] == 200 and figures["accessibility"] == 100

    calls.clear()
    scores = iter([80, 85, 90])
    assert bench_lighthouse.median_of_three("http://x/", "mobile", checks=False)["performance"] == 85
    assert calls == [("performance",)] * 3
