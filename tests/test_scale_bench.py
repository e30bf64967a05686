"""The scale benchmark end to end on a small generated corpus: every stage's figure, every question
shape answered in a fresh process, and the vectors one per passage."""

from __future__ import annotations

from evals.scale import scale_bench


def test_scale_bench_on_a_small_corpus(tmp_path):
    lines: list[str] = []
    ballast = b"\1" * (1100 * 2**20)  # this process holds 1.1 GiB when it starts the probe
    fig = scale_bench(40, tmp_path, per_shape=3, out=lines.append)
    del ballast
    assert fig["parsed"] == 40 and fig["vectors"] == fig["passages"] > 40 * 20
    assert fig["vector_store"] == "flat" and fig["disk_mib"]["vectors"] > 0 and fig["disk_mib"]["chroma"] == 0
    probe = fig["probe"]
    assert set(probe["shapes"]) == {"one value", "which", "total", "rank", "compare", "open", "English", "refusal"}
    assert all(s["n"] == 3 for s in probe["shapes"].values()) and probe["shapes"]["refusal"]["refused"] == 3
    # one report in scope where the corpus has places and years only one report covers
    assert probe["shapes"]["one value"]["reports_in_scope"] == 1.0
    # the probe's own memory, not the parent's that ran the build (ru_maxrss survives exec)
    assert 50 < probe["rss_start_mib"] <= probe["rss_peak_mib"] < 1024
    assert any(line.startswith("of which vector inserts") for line in lines)
