"""The evaluation runner, graded against deterministic fake systems."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO
from evals.grade import Grade, grade_answer, grade_retrieval, lead, names_in, numbers_in
from evals.sets import Question, SetError, generated_questions, load_set
from index.model import Answer, Citation

VOCAB = {"海原县": ["海原县", "海原", "Haiyuan"], "渠县": ["渠县", "Quxian", "Qu County"], "兰西县": ["兰西县", "兰西"]}
TEXTS = {"haiyuan-2024": "“海原教育”微信公众号发布 547 篇，视频号发布 48 条"}


def test_a_name_inside_a_longer_name_is_not_named():
    vocab = {**VOCAB, "南昌县": ["南昌县"], "南昌市": ["南昌市", "南昌"]}
    assert names_in("南昌县（1400）、海原县（547）", vocab) == {"南昌县", "海原县"}
    assert names_in("南昌（1400）", vocab) == {"南昌市"}


def test_an_english_name_two_places_share_names_the_one_written_beside_it():
    vocab = {"临夏市": ["临夏市", "Linxia"], "临夏回族自治州": ["临夏回族自治州", "Linxia"]}
    assert names_in("Linxia (临夏市) has the most: 24.", vocab) == {"临夏市"}
    assert names_in("Linxia has the most: 24.", vocab) == {"临夏市", "临夏回族自治州"}  # truly either


def test_expected_values_that_are_no_places_stand_in_the_first_line():
    q = Question("q", "电话?", expected={"names": ["0954-1234567"]})
    assert grade_answer(q, Answer("", "海原县（2024年）：联系电话 0954-1234567。"), TEXTS, VOCAB).passed
    wrong = grade_answer(q, Answer("", "海原县（2024年）：地址 某路1号\n电话 0954-1234567"), TEXTS, VOCAB)
    assert not wrong.passed and "0954-1234567" in wrong.reasons[0]


def test_numbers_are_normalised():
    assert 45500.0 in numbers_in("收费 4.55万元")
    assert 45503.0 in numbers_in("关注人数达45,503人")
    assert numbers_in("共两件") == [2.0] and 12.0 in numbers_in("十二条")
    assert numbers_in("2024年共收到1件") == [1.0]  # the year is context, not an answer
    assert 2024.0 in numbers_in("编号 2024 的文件")
    assert numbers_in("５４７篇") == [547.0]


def test_names_are_matched_by_alias_and_as_a_set():
    assert names_in("Haiyuan and Qu County (渠县)", VOCAB) == {"海原县", "渠县"}
    q = Question("q", "which?", expected={"names": ["海原县", "渠县"]})
    ok = grade_answer(q, Answer("which?", "海原县、渠县。\n兰西县未收到。"), TEXTS, VOCAB)
    assert ok.passed  # 兰西 appears only as context after the first line
    extra = grade_answer(q, Answer("which?", "海原县、渠县、兰西县"), TEXTS, VOCAB)
    assert not extra.passed and "extra ['兰西县']" in extra.reasons[0]


def test_a_place_expected_by_a_short_form_of_its_name_is_that_place():
    vocab = {**VOCAB, "河口瑶族自治县": ["河口瑶族自治县", "河口县", "河口", "Hekou"]}
    q = Question("q", "哪些县?", expected={"names": ["海原县", "河口县"]})
    assert grade_answer(q, Answer("哪些县?", "海原县教育体育局（0 件）、河口县卫生健康局（0 件）。"), TEXTS, vocab).passed
    missing = grade_answer(q, Answer("哪些县?", "海原县教育体育局（0 件）。"), TEXTS, vocab)
    assert not missing.passed and "missing ['河口瑶族自治县']" in missing.reasons[0]


def test_number_refusal_phrases_and_citations():
    cite = Citation("haiyuan-2024", "海原县教育体育局", 2024, "一、总体情况", "微信公众号发布 547 篇", (7, 19))
    q = Question("q", "多少篇？", expected={"number": 547}, expected_reports=("haiyuan-2024",))
    assert grade_answer(q, Answer("", "发布547篇。", [cite]), TEXTS, VOCAB).passed
    assert not grade_answer(q, Answer("", "见下。\n发布547篇。", [cite]), TEXTS, VOCAB).passed
    assert "refused" in grade_answer(q, Answer("", "不知道", refused=True), TEXTS, VOCAB).reasons[0]
    uncited = grade_answer(q, Answer("", "547"), TEXTS, VOCAB)
    assert not uncited.passed and not uncited.reports_cited
    forged = Citation("haiyuan-2024", "", 2024, "", "微信公众号发布 548 篇", (0, 1))
    bad = grade_answer(q, Answer("", "547", [forged]), TEXTS, VOCAB)
    assert not bad.passed and not bad.citations_ok
    r = Question("r", "北京？", expected="refuse")
    assert grade_answer(r, Answer("", "报告中没有", refused=True), TEXTS, VOCAB) == Grade(True, [], True, True)
    assert not grade_answer(r, Answer("", "北京 3 件"), TEXTS, VOCAB).passed
    p = Question("p", "平台？", expected={"phrases": ["视频号", "微信公众号"]}, expected_reports=("haiyuan-2024",))
    assert grade_answer(p, Answer("", "有 视频 号和微信公众号", [cite]), TEXTS, VOCAB).passed
    assert lead("  第一行\n第二行") == "第一行"


def test_retrieval_metrics_use_prefix_matching():
    m = grade_retrieval(["haiyuan-2024#s1.1", "haiyuan-2024#t3"],
                        ["lanxi-2024#s1~1", "haiyuan-2024#s1.1~2", "haiyuan-2024#s1.10~1", "haiyuan-2024#t3.r1"])
    assert m["recall@1"] == 0 and m["recall@3"] == 0.5 and m["recall@5"] == 1.0 and m["rr"] == 0.5
    assert grade_retrieval(["x#s1"], ["x#s10~1"])["recall@10"] == 0.0


def test_csv_sets_and_bad_sets(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("id,question,language,expected,expected_reports,tags\n"
                 "c1,海原县2024年微信公众号发布多少篇？,zh,547,haiyuan-2024,prose;number\n"
                 "c2,Which counties?,en,names: 海原县; 渠县,haiyuan-2024;quxian-2024,aggregate\n"
                 "c3,北京呢？,zh,refuse,,unanswerable\n", encoding="utf-8")
    qs = load_set(p)
    assert [q.expected for q in qs] == [{"number": 547}, {"names": ["海原县", "渠县"]}, "refuse"]
    assert qs[1].expected_reports == ("haiyuan-2024", "quxian-2024") and qs[0].tags == ("prose", "number")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "x", "expected": {"number": 1}}\n{"id": "a", "question": "y"}\n')
    with pytest.raises(SetError, match="duplicate ids"):
        load_set(bad)
    bad.write_text('{"id": "a", "question": "x", "expected": 5}\n')
    with pytest.raises(SetError, match="bad.jsonl:1"):
        load_set(bad)


def test_generated_set_covers_every_person_checked_value():
    qs = generated_questions()
    gold = json.loads((REPO / "evals" / "gold" / "seed_tables.json").read_text(encoding="utf-8"))
    n = sum(len(v["values"]) for k, v in gold.items() if not k.startswith("_"))
    assert len(qs) == 2 * n and {q.language for q in qs} == {"zh", "en"}
    q = next(q for q in qs if q.expected == {"number": 228})
    assert q.expected_cells == (("yanchi-2020", "主动公开政府信息情况", "行政许可", "处理决定数量"),)


def _cli(tmp_path, *args):
    env = {**os.environ, "RAG_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests"), str(REPO)])}
    return subprocess.run([sys.executable, "-m", "evals", "run", "--quiet", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_oracle_passes_wrong_fails_the_gate_and_compare_shows_the_difference(tmp_path):
    good = _cli(tmp_path, "--system", "fake_system:oracle", "--out", str(tmp_path / "good"),
                "--min-accuracy", "0.99", "--min-recall", "0.99")
    assert good.returncode == 0, good.stderr[-2000:]
    results = json.loads((tmp_path / "good" / "results.json").read_text(encoding="utf-8"))
    assert results["summary"]["answers"]["accuracy"] == 1.0
    assert results["summary"]["retrieval"]["oracle"]["recall@5"] == 1.0
    # the default run grades the tuning sets and the held-out suite, each summarised on its own
    assert list(results["suites"]) == ["tuning", "heldout"]
    assert results["suites"]["tuning"]["summary"] == results["summary"]
    assert results["suites"]["heldout"]["summary"]["answers"]["accuracy"] == 1.0
    assert "[tuning] answers" in good.stdout and "[heldout] answers" in good.stdout
    assert {"zh", "en"} <= set(results["summary"]["by_language"])
    page = (tmp_path / "good" / "report.html").read_text(encoding="utf-8")
    assert "<table id='questions'>" in page and "gen-001-en" in page
    assert (tmp_path / "good" / "report.md").read_text(encoding="utf-8").startswith("# Evaluation report")

    bad = _cli(tmp_path, "--system", "fake_system:wrong", "--out", str(tmp_path / "bad"), "--min-accuracy", "0.5",
               "--compare", str(tmp_path / "good" / "results.json"))
    assert bad.returncode == 1 and "GATE FAILED" in bad.stderr
    worse = json.loads((tmp_path / "bad" / "results.json").read_text(encoding="utf-8"))
    assert worse["summary"]["answers"]["accuracy"] < 0.2
    assert worse["summary"]["retrieval"]["wrong"]["recall@5"] == 0
    assert len(worse["compare"]["broken"]) > 100 and worse["compare"]["fixed"] == []
    assert "broken: " in bad.stdout
    again = _cli(tmp_path, "--system", "fake_system:oracle", "--out", str(tmp_path / "again"),
                 "--compare", str(tmp_path / "bad" / "results.json"))
    assert again.returncode == 0, again.stderr
    fixed = json.loads((tmp_path / "again" / "results.json").read_text(encoding="utf-8"))["compare"]["fixed"]
    assert len(fixed) == len(worse["compare"]["broken"])
