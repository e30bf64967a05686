"""The held-out ruler (issue 10): its questions against the generated reports they were written
on, its vocabulary, and `python -m evals run` grading it apart from the tuning sets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from conftest import REPO
from evals.grade import grade_answer, numbers_in
from evals.sets import SETS_DIR, CorpusSpec, Question, generate_corpus, gold_vocabulary, load_suite, report_id
from index.model import Answer

SUITE = load_suite(SETS_DIR / "heldout")
QUESTIONS = list(SUITE.questions)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The suite's reports as the runner makes them, parsed into a store (no vectors)."""
    from index.build import build
    from index.store import Store

    root = tmp_path_factory.mktemp("heldout")
    folder, golds = generate_corpus(SUITE.corpus, root)
    build(folder, root / "data")
    texts = {r.id: r.text for r in Store(root / "data").reports()}
    return {report_id(g): g for g in golds}, texts


def test_size_and_mix():
    assert SUITE.corpus == CorpusSpec("seventh", 8144, 40)
    tags = Counter(t for q in QUESTIONS for t in q.tags)
    assert len(QUESTIONS) >= 150
    assert sum(q.language == "en" for q in QUESTIONS) >= 30
    assert tags["aggregate"] >= 20 and tags["follow-up"] >= 10 and tags["table-lookup"] >= 20 and tags["prose"] >= 40
    assert sum(q.expected == "refuse" for q in QUESTIONS) == tags["unanswerable"] >= 15
    assert all(q.history for q in QUESTIONS if "follow-up" in q.tags)
    assert all(q.id.startswith("ho-") and q.set == "heldout" for q in QUESTIONS)  # never clash with tuning ids


def test_the_corpus_holds_what_the_questions_need(corpus):
    golds, texts = corpus
    assert len(golds) == 40 and set(texts) == set(golds)
    years = sorted(g["year"] for g in golds.values() if g["county"] == "忠县")
    assert years == [2020, 2021, 2024, 2025]  # one place over several years
    assert sum(g["template"] is None for g in golds.values()) == 11  # prose only
    assert Counter(g["county"] for g in golds.values())["察哈尔右翼前旗"] == 2


def test_every_quote_and_cell_is_in_the_reports(corpus):
    golds, texts = corpus
    for q in QUESTIONS:
        assert set(q.expected_reports) <= set(golds), q.id
        if q.expected == "refuse":
            assert not q.expected_reports and all(e.startswith("note:") for e in q.evidence), q.id
            continue
        assert q.evidence and q.expected_reports, q.id
        for ev in q.evidence:
            if ev.startswith("cell:"):
                rid, table, row, col = ev[5:].split("|")
                assert rid in q.expected_reports, (q.id, ev)
                assert any(tuple(c[:3]) == (table, row, col) for c in golds[rid]["table_values"]), (q.id, ev)
            else:
                assert any(ev in texts[r] for r in q.expected_reports), (q.id, ev)


def test_table_answers_are_the_gold_cells(corpus):
    golds, _ = corpus
    single = [q for q in QUESTIONS if len(q.expected_cells) == 1 and "aggregate" not in q.tags]
    assert len(single) >= 30
    for q in single:
        rid, table, row, col = q.expected_cells[0]
        value = next(c[3] for c in golds[rid]["table_values"] if tuple(c[:3]) == (table, row, col))
        assert value == q.expected["number"], q.id


def test_prose_answers_stand_in_their_quotes():
    """A one-report number comes from a quoted sentence that states it (0 = "received none")."""
    for q in QUESTIONS:
        if not isinstance(q.expected, dict) or "number" not in q.expected or q.expected_cells or "aggregate" in q.tags:
            continue
        want = q.expected["number"]
        if want == 0 or "metadata" in q.tags:
            continue
        quoted = [n for ev in q.evidence for n in numbers_in(ev.replace("?", " "))]
        assert want in quoted, (q.id, want, quoted)


def test_expected_names_are_places_of_the_corpus(corpus):
    golds, _ = corpus
    vocab, _ = gold_vocabulary(golds.values())
    names = {n for q in QUESTIONS if isinstance(q.expected, dict) for n in q.expected.get("names", ())}
    assert names and names <= set(vocab)


def test_gold_vocabulary_forms_and_homes(corpus):
    golds, _ = corpus
    vocab, enclosing = gold_vocabulary(golds.values())
    assert vocab["忠县"] == ["Zhong County", "Zhongxian", "忠县", "忠县教育委员会", "重庆市忠县教育委员会"]
    assert {"察右前旗", "察哈尔右翼前旗", "察右前旗教育局"} <= set(vocab["察哈尔右翼前旗"])
    assert {"Wushan", "Wushan County", "巫山"} <= set(vocab["巫山县"])
    assert vocab["内蒙古自治区"] == ["Neimenggu", "内蒙古", "内蒙古自治区"]
    assert enclosing["忠县"] == {"重庆市"} and enclosing["晋安区"] == {"福州市", "福建省"}


def test_a_place_named_with_its_home_is_not_an_extra_name(corpus):
    golds, _ = corpus
    vocab, enclosing = gold_vocabulary(golds.values())
    q = Question("q", "哪些？", expected={"names": ["忠县", "巫山县"]})
    answer = Answer("哪些？", "重庆市忠县、重庆市巫山县。")
    assert grade_answer(q, answer, {}, vocab, enclosing).passed
    assert not grade_answer(q, answer, {}, vocab).passed  # without the homes 重庆市 is an extra
    wrong = grade_answer(q, Answer("", "重庆市忠县、巫山县、福州市晋安区。"), {}, vocab, enclosing)
    assert wrong.reasons == ["names: missing [] extra ['晋安区', '福州市']"]  # only the homes of expected places are free
    city = Question("c", "晋安区属于哪个地级市？", expected={"names": ["福州市"]})
    assert grade_answer(city, Answer("", "福建省福州市。"), {}, vocab, enclosing).passed


def test_traditional_scale_words_are_read():
    assert numbers_in("累計吸引關注者2.8萬人") == [2.8, 28000.0]


def _cli(tmp_path, *args):
    env = {**os.environ, "RAG_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests"), str(REPO)])}
    return subprocess.run([sys.executable, "-m", "evals", "run", "--quiet", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_held_out_suite_is_graded_on_its_own_corpus_and_gated_apart(tmp_path):
    good = _cli(tmp_path, "--set", str(SETS_DIR / "heldout"), "--system", "fake_system:oracle",
                "--out", str(tmp_path / "good"), "--min-heldout-accuracy", "1.0")
    assert good.returncode == 0, good.stderr[-2000:]
    results = json.loads((tmp_path / "good" / "results.json").read_text(encoding="utf-8"))
    assert list(results["suites"]) == ["heldout"]
    entry = results["suites"]["heldout"]
    assert entry["corpus"] == {"bank": "seventh", "seed": 8144, "n": 40}
    s = entry["summary"]
    assert s["answers"] == {"n": len(QUESTIONS), "passed": len(QUESTIONS), "accuracy": 1.0}
    assert s["refusals"]["n"] == 20 and s["false_refusals"] == 0 and set(s["by_language"]) == {"zh", "en"}
    assert {r["set"] for r in results["questions"]} == {"heldout"}
    assert (tmp_path / "data" / "eval-suites" / "seventh-8144-40" / "corpus" / "seventh-8144-00000.txt").is_file()
    assert "[heldout] answers 204/204" in good.stdout and "## heldout" not in good.stdout

    bad = _cli(tmp_path, "--set", str(SETS_DIR / "heldout"), "--system", "fake_system:wrong",
               "--out", str(tmp_path / "bad"), "--min-accuracy", "0.0", "--min-heldout-accuracy", "0.5")
    assert bad.returncode == 1 and "GATE FAILED: heldout accuracy 0.0% < 50.0%" in bad.stderr


def test_set_files_grade_with_the_homes_of_the_corpus_places():
    # a set graded on the configured corpus: a district's body written with its city (the answers do so,
    # 区 names repeat) names the district only
    from evals.runner import enclosing_of, vocabulary
    from index.model import Agency, Place, Report

    def rep(rid, county, city, province):
        return Report(rid, "", "", "", Agency(county + "民政局", "政府部门", "civil affairs bureau"), Place(county, city, province), 2023, None)

    reports = [rep("a", "西湖区", "南昌市", "江西省"), rep("b", "泾县", "宣城市", "安徽省")]
    enclosing = enclosing_of(reports)
    assert enclosing["西湖区"] == {"南昌市", "江西省"} and enclosing["南昌市"] == {"江西省"}
    q = Question("q", "哪些？", expected={"names": ["泾县", "西湖区"]})
    answer = Answer("哪些？", "共 2 份报告：泾县民政局（0 件）、南昌市西湖区民政局（0 件）。")
    assert grade_answer(q, answer, {}, vocabulary(reports), enclosing).passed
    assert not grade_answer(q, answer, {}, vocabulary(reports)).passed
