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


def test_the_checks_come_from_the_first_mobile_run_and_performance_is_the_median_of_three(monkeypatch, capsys):
    planned = []

    def run_all(jobs):
        planned.extend(jobs)
        scores = iter([90, 97, 95, 80, 85, 90, 99, 98, 100])
        return [{"performance": next(scores), "TBT": 100 * (i % 3 + 1)} | {
            name: 100 for name in job["categories"] if name != "performance"} for i, job in enumerate(jobs)]

    monkeypatch.setattr(bench_lighthouse, "run_all", run_all)
    [(page, preset, ours, base), (_, desktop, mine, none)] = bench_lighthouse.pages("http://x/", "http://b/", [""])
    assert [(job["url"], job["preset"], tuple(job["categories"])) for job in planned] == [
        ("http://x/", "mobile", bench_lighthouse.CATEGORIES), ("http://x/", "mobile", ("performance",)),
        ("http://x/", "mobile", ("performance",))] + [("http://b/", "mobile", ("performance",))] * 3 + [
        ("http://x/", "desktop", ("performance",))] * 3
    assert ours["performance"] == 95 and ours["TBT"] == 200 and ours["accessibility"] == 100
    assert base["performance"] == 85 and "accessibility" not in base
    assert desktop == "desktop" and mine["performance"] == 99 and none is None and "accessibility" not in mine
    capsys.readouterr()
    bench_lighthouse.table([(page, preset, ours | {"LCP": 2.0, "kB": 500}, base | {"LCP": 4.0, "kB": 600}),
                            (page, desktop, mine | {"LCP": 0.5, "kB": 500}, none)])
    rows = capsys.readouterr().out.splitlines()[2:]
    assert rows[0].startswith("| start | mobile | 95 / 100 / 100 / 100 |")
    assert rows[1].startswith("| start | desktop | 99 / — / — / — |")


def test_figures_come_from_the_report():
    audit = {"numericValue": 2500}
    requests = [{"resourceType": "Script", "resourceSize": 9}, {"resourceType": "Document", "resourceSize": 4000}]
    report = {"categories": {"performance": {"score": 0.934}, "seo": {"score": 1}},
              "audits": {"first-contentful-paint": audit, "largest-contentful-paint": audit,
                         "total-blocking-time": {"numericValue": 120}, "total-byte-weight": {"numericValue": 512_000},
                         "network-requests": {"details": {"items": requests}},
                         "mainthread-work-breakdown": {"details": {"items": [{"groupLabel": "Other", "duration": 7}]}},
                         "long-tasks": {"details": {"items": [{"duration": 60}, {"duration": 90}]}}}}
    result = bench_lighthouse.figures(report)
    assert result["performance"] == 93 and result["seo"] == 100 and result["LCP"] == 2.5 and result["kB"] == 512
    assert result["html kB"] == 4 and result["main Other"] == 7 and result["long tasks"] == 2
    assert result["longest task"] == 90
