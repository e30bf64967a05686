"""Issue 9's bad input, through a real build: a page that is only navigation, a report of 50
characters, a title naming two bodies, mixed scripts, a 20 MB page. Each builds or fails alone
with a clear reason, and the seeds beside them build as usual. The pages are invented."""

from __future__ import annotations

import shutil
import time

import pytest

from conftest import CORPUS, SEEDS
from index.build import build
from index.store import Store

NAV_ONLY = ("首页 | 政务公开 | 政府信息公开 | 政府信息公开年报 | 互动交流\n"
            "您现在所在的位置：首页 > 政府信息公开 > 年报\n返回顶部 打印本页 关闭窗口\n主办单位：某某县人民政府办公室\n")
FIFTY = "海原县教育体育局2024年政府信息公开工作年度报告。一、总体情况：全年未收到申请。"
TWO_BODIES = ("海原县教育体育局 盐池县卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n"
              "2024年，本局共受理政府信息公开申请2件，均按时答复。\n")
MIXED = ("首页 > 政务公开 > 政府信息公开年报\n海原縣教育體育局2024年政府信息公開工作年度報告\n一、總體情況\n"
         "2024年，我局共受理政府信息公開申請3件，全部按期辦結。\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("bad") / "corpus"
    shutil.copytree(CORPUS, corpus)
    for name, text in {"nav.txt": NAV_ONLY, "fifty.txt": FIFTY, "two.txt": TWO_BODIES, "mixed.txt": MIXED}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    menu = "<div class='nav'>" + "<li><a href='/x'>首页</a></li>" * 200 + "</div>\n"
    (corpus / "huge.html").write_text("<html><body>" + menu * (20_000_000 // len(menu.encode())) + "</body></html>",
                                      encoding="utf-8")
    data = corpus.parent / "data"
    t0 = time.perf_counter()
    summary = build(corpus, data)
    return summary, Store(data), time.perf_counter() - t0


def test_seeds_build_beside_the_bad_pages(built):
    summary, store, _ = built
    assert set(SEEDS) <= set(store.ids())
    assert [f["source"] for f in summary.failed] == ["huge.html"]


def test_a_20_mb_page_fails_alone_with_its_reason(built):
    summary, _, seconds = built
    assert "MB of markup" in summary.failed[0]["reason"] and "huge.html" in summary.failed[0]["reason"]
    assert seconds < 120  # bounded: before, parsing such a page alone took minutes


def test_navigation_only_page_is_kept_and_says_what_it_lacks(built):
    _, store, _ = built
    r = store.get("nav")
    assert r.agency is None and r.place is None and r.year is None
    messages = " ".join(f.message for f in r.findings)
    assert "发布机关" in messages and "年度" in messages


def test_a_fifty_character_report_reads_its_metadata(built):
    _, store, _ = built
    r = store.get("fifty")
    assert (r.agency.name, r.place.county, r.year) == ("海原县教育体育局", "海原县", 2024)
    assert [(f.kind, f.value) for f in r.facts] == [("applications.received", 0)]


def test_a_title_naming_two_bodies_takes_the_first_and_says_so(built):
    _, store, _ = built
    r = store.get("two")
    assert r.agency.name == "海原县教育体育局"
    assert any("盐池县卫生健康局" in f.message and f.kind == "metadata" for f in r.findings)


def test_mixed_scripts_read_as_simplified_and_quote_as_printed(built):
    _, store, _ = built
    r = store.get("mixed")
    assert (r.agency.name, r.agency.original, r.place.county, r.year) == ("海原县教育体育局", "海原縣教育體育局", "海原县", 2024)
    fact = next(f for f in r.facts if f.kind == "applications.received")
    (a, b), = fact.spans
    assert fact.value == 3 and r.quote((a, b)) == "3件" and r.text[a - 2:a] == "申請"  # as printed
