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
