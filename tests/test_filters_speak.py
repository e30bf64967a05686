"""Filters that speak (issue 13, item 3): the place filter takes every name the question text would
(海原, 海原县, Haiyuan, Haiyuan County, the body's name, a city), a refusal under a filter names the
filter and the years the place has, and the API says which filters it applied. On the seeds, with
the real pipeline, over a real HTTP server."""

from __future__ import annotations

import httpx
import pytest

from web.render import filters_html

QUESTION = "微信公众号发布多少篇?"


@pytest.mark.parametrize("place", ["海原县", "海原", "Haiyuan", "haiyuan county", "海原县教育体育局", " 海原 "])
def test_every_name_of_a_place_filters_to_it(pipeline, place):
    a = pipeline.ask(QUESTION, place=place)
    assert not a.refused and a.text.splitlines()[0] == "海原县教育体育局（2024年）：微信公众号发布信息 547 篇（据正文）。"
    assert a.filters == {"place": "海原县"} and {c.report_id for c in a.citations} == {"haiyuan-2024"}


def test_a_city_filter_keeps_its_counties(pipeline):
    a = pipeline.ask(QUESTION, place="吴忠市")  # 盐池县's city: 海原县 is 中卫市's
    assert a.filters == {"place": "吴忠市"} and {c.report_id for c in a.citations} == {"yanchi-2020"}


def test_a_year_filter_left_selected_is_named_in_the_refusal(pipeline):
    a = pipeline.ask("海原县微信公众号发布多少篇?", year=2020)
    assert a.refused and a.filters == {"year": 2020}
    assert a.text.splitlines() == ["已筛选：2020 年。语料库中没有海原县2020年的年报。", "相近的报告：海原县（2024年）。"]
    en = pipeline.ask("How many WeChat posts?", place="Haiyuan", year=2020)
    assert en.refused and en.text.startswith("Filtered to Haiyuan (海原县), 2020. ") and "2024" in en.text


def test_a_place_filter_the_corpus_lacks_is_named(pipeline):
    a = pipeline.ask(QUESTION, place="不存在县")
    assert a.refused and a.text.splitlines()[0] == "已筛选：不存在县。语料库中没有“不存在县”这个地点的年报。"
    assert a.filters == {"place": "不存在县"}
    assert not pipeline.ask(QUESTION).filters  # no filter given, none shown


def test_filters_show_as_chips():
    assert filters_html({}) == ""
    html = filters_html({"place": "海原县", "year": 2024})
    assert "已筛选 / Filtered" in html and html.count("rag-chip") == 2 and "海原县" in html and "2024" in html
    assert "&lt;b&gt;" in filters_html({"place": "<b>"})  # escaped like everything else


@pytest.fixture(scope="module")
def real_url(pipeline):
    from app import make_app
    from web.serve import serving

    with serving(make_app(pipeline, concurrency=2)) as base:
        yield base


@pytest.mark.parametrize("place", ["海原", "Haiyuan", "海原县"])
def test_the_api_takes_every_name_of_a_place(real_url, place):
    r = httpx.post(f"{real_url}/api/ask", json={"question": QUESTION, "place": place}, timeout=60)
    assert r.status_code == 200, r.text
    p = r.json()
    assert not p["refused"] and "547" in p["answer"].splitlines()[0] and p["filters"] == {"place": "海原县"}
    assert "retrieval" in p and p["retrieval"]["bm25_only"] == []


def test_the_api_names_the_filters_of_a_refusal(real_url):
    p = httpx.post(f"{real_url}/api/ask", json={"question": "海原县微信公众号发布多少篇?", "place": "海原", "year": 2020},
                   timeout=60).json()
    assert p["refused"] and p["answer"].startswith("已筛选：海原县、2020 年。") and "2024" in p["answer"]
    assert p["filters"] == {"place": "海原县", "year": 2020}
