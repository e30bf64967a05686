"""Conditions a question sets besides place and year (rag/filters.py): a bound on the figure, a
span of years, a kind of body."""

from __future__ import annotations

import pytest

from index.model import Agency, Report
from rag.filters import Threshold, body_kind_reports, division_kind_reports, threshold, year_span


@pytest.mark.parametrize("text, want", [
    ("哪些年报写明主动公开的政府信息超过1万条？", Threshold(">", 10000)),
    ("哪些乡镇主动公开的信息不到100条？", Threshold("<", 100)),
    ("收到申请50件以上的有哪些？", Threshold(">=", 50)),
    ("哪些单位发布信息二十条以下？", Threshold("<=", 20)),
    ("Which bureaus received more than 5 applications?", Threshold(">", 5)),
    ("Which reports posted fewer than 1,000 items?", Threshold("<", 1000)),
    ("Which reports have at least 3 press conferences?", Threshold(">=", 3)),
    ("Which bureaus got no more than 2 applications?", Threshold("<=", 2)),
    ("Which commissions received at least one application?", Threshold(">=", 1)),
])
def test_a_bound_on_the_figure(text, want):
    assert threshold(text) == want


@pytest.mark.parametrize("text", ["2020年以上的报告有哪些？", "哪些县收到了申请？", "哪个县发布最多？",
                                  "Which county published the most in 2023?"])
def test_no_bound_where_none_is_set(text):
    assert threshold(text) is None  # a year is no bound; "最多" asks a rank


def test_a_bound_holds_or_not():
    assert Threshold(">", 100).holds(101) and not Threshold(">", 100).holds(100)
    assert Threshold(">=", 100).holds(100) and not Threshold("<", 5).holds(None)


YEARS = [2018, 2019, 2020, 2021, 2023]


@pytest.mark.parametrize("text, year, want", [
    ("2020年及以后的报告", 2020, [2020, 2021, 2023]),
    ("2020年以来哪些县", 2020, [2020, 2021, 2023]),
    ("2020年以后", 2020, [2020, 2021, 2023]),
    ("2020年之后", 2020, [2021, 2023]),
    ("2020年以前的报告", 2020, [2018, 2019]),
    ("2020年及以前", 2020, [2018, 2019, 2020]),
    ("reports since 2020", 2020, [2020, 2021, 2023]),
    ("reports after 2020", 2020, [2021, 2023]),
    ("reports before 2020", 2020, [2018, 2019]),
    ("2020年海原县收到多少申请", 2020, None),
])
def test_a_span_of_years(text, year, want):
    s = text.index(str(year))
    assert year_span(text, year, s, s + 4, YEARS) == want


def _report(rid: str, name: str, kind: str, kind_en: str) -> Report:
    return Report(rid, rid, "", "", Agency(name, kind, kind_en), None, 2023, None)


POOL = [_report("a", "甲县卫生健康局", "卫生健康部门", "health commission"),
        _report("b", "乙县民政局", "民政部门", "civil affairs bureau"),
        _report("c", "丙县人民政府", "人民政府", "people's government"),
        _report("d", "丙县丁镇人民政府", "乡镇人民政府", "township government"),
        _report("e", "戊区己街道办事处", "街道办事处", "subdistrict office")]


@pytest.mark.parametrize("text, want", [
    ("这些卫生健康部门的年报里，哪些收到了申请？", {"a"}),
    ("哪些民政局的年报写明了主动公开条数？", {"b"}),  # 民政 is no part of 人民政府
    ("哪些乡镇收到了申请？", {"d"}),
    ("Which township reports mention a hotline?", {"d", "e"}),
    ("Which civil affairs bureaus received applications?", {"b"}),
    ("卫健部门的年报里，哪些县区一件申请都没收到？", {"a"}),  # the stem of 卫健局 / 卫健委
    ("县级政府部门中哪些收到了申请？", {"a", "b"}),  # a government's departments, of any field
    ("哪些是县政府发布的？", {"c"}),
    ("县政府办公室和乡镇的年报里哪些收到了申请？", {"d"}),  # an office, not the government: none here
    ("共有几份是乡镇或街道发布的？", {"d", "e"}),
    ("Which was issued by a township government?", {"d"}),
    ("Which was issued by a county government rather than a bureau?", {"c"}),
    ("Which were issued by bureaus?", {"a", "b"}),
    ("哪些单位收到了申请？", None),
    ("哪些县区的部门或街道没有收到申请？", {"a", "b", "e"}),  # departments in general beside a kind
])
def test_a_kind_of_body(text, want):
    assert body_kind_reports(text, POOL, None) == want


def test_the_level_before_a_kind_names_no_kind():
    pool = [_report("x", "甲县教育局", "教育部门", "education bureau"), _report("y", "乙区教育局", "教育部门", "education bureau"),
            _report("z", "丙县民政局", "民政部门", "civil affairs bureau")]
    assert body_kind_reports("没有收到申请的区县教育部门有哪些？", pool, None) == {"x", "y"}


def test_a_kind_of_body_narrows_what_else_allows():
    assert body_kind_reports("哪些乡镇收到了申请？", POOL, {"a", "b", "c"}) == {"a", "b", "c"}  # none of them
    assert body_kind_reports("哪些乡镇收到了申请？", POOL, {"c", "d"}) == {"d"}


@pytest.mark.parametrize("text, fewest", [
    ("2019年密云区和武侯区哪个受理的依申请公开更多？", False),
    ("海原县与盐池县相比，哪一方的公众号发得更少？", True),
    ("Which of Haiyuan and Yanchi received more applications?", False),
    ("哪个县收到的申请最少？", True),
])
def test_which_of_them_has_more_is_a_rank(text, fewest):
    from rag.query import understand

    q = understand(text, [])
    assert q.shape == "rank" and q.fewest is fewest


def test_more_than_a_number_stays_a_bound():
    from rag.query import understand

    q = understand("哪些县收到的申请多于10件？", [])
    assert q.shape == "which" and q.threshold == Threshold(">", 10)


def _placed(rid: str, county: str) -> Report:
    from index.model import Place

    return Report(id=rid, source=f"{rid}.txt", sha256="", text="", agency=None, place=Place(county), year=2023,
                  template=None)


PLACED = [_placed("a", "甲县"), _placed("b", "乙市"), _placed("c", "丙旗"), _placed("d", "丁区"),
          _placed("e", "戊族自治县"), _placed("f", "己族自治旗")]


@pytest.mark.parametrize("text, want", [
    ("哪些县级市的年报收到了申请？", {"b"}),
    ("Which reports come from county-level cities?", {"b"}),
    ("Which report was issued by a body located in a banner of Inner Mongolia?", {"c", "f"}),
    ("内蒙古哪些旗的教育局有年报？", {"c", "f"}),
    ("哪些自治县收到了申请？", {"e"}),
    ("Which urban districts received applications?", {"d"}),
    ("哪些旗县收到了申请？", None),  # banners and counties: every kind
    ("The Ejin Banner education bureau received how many applications?", None),  # a place's own name
    ("哪些区县收到了申请？", None),
])
def test_a_kind_of_division(text, want):
    assert division_kind_reports(text, PLACED, None) == want


def test_a_kind_of_division_narrows_what_else_allows():
    assert division_kind_reports("哪些县级市收到了申请？", PLACED, {"a", "c"}) == set()


@pytest.mark.parametrize("text, ending, named", [
    ("Which counties' medical insurance (医保) bureaus are in the set?", "医疗保障局", True),
    ("两家医保局里，哪一家收到了申请？", "医疗保障局", True),
    ("Which healthcare security bureaus received applications?", "医疗保障局", True),
    ("Which natural resources bureaus published the most?", "自然资源和规划局", True),
    ("哪些县政府收到了申请？", "人民政府", False),  # 政府 alone is too short a form to name a kind
])
def test_a_kind_of_body_by_its_short_or_other_english_name(text, ending, named):
    from index.bodies import kind_rows

    assert next(k for k in kind_rows() if k.ending == ending).named_in(text) is named


def test_a_kind_named_by_its_short_form_narrows_the_reports():
    pool = POOL + [_report("f", "甲县医疗保障局", "政府部门", "healthcare security bureau")]
    assert body_kind_reports("两家医保局里，哪一家收到了申请？", pool, None) == {"f"}


def test_a_township_is_asked_for_in_english_by_its_pinyin_and_level(tmp_path):
    """"Fenghuangbeijie Subdistrict", "Zhangzheng Town": the township's own report, not the other
    township of its district (the body written with its city first: 银川市兴庆区人民政府…街道办事处)."""
    from index.townships import township_name
    from test_embed_stage import pipeline_over

    assert township_name("银川市兴庆区人民政府凤凰北街街道办事处", "兴庆区") == "凤凰北街街道"
    p = pipeline_over(tmp_path, {
        "a-2021": "银川市兴庆区人民政府凤凰北街街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息31条。\n",
        "b-2021": "银川市兴庆区掌政镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息57条。\n"})
    for q, n in (("How many items did Fenghuangbeijie Subdistrict publish in 2021?", "31"),
                 ("How many items did Zhangzheng Town publish in 2021?", "57")):
        a = p.ask(q)
        assert n in a.text.splitlines()[0] and ("57" if n == "31" else "31") not in a.text, (q, a.text)
