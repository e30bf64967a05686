"""Sections, metadata, validation findings and spans of the five seed reports."""

from __future__ import annotations

import pytest

from conftest import SEEDS, seed
from index.normalize import normalize

STANDARD_TOP = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

TOP_LEVEL = {
    "lanxi-2024": STANDARD_TOP,
    "haiyuan-2024": STANDARD_TOP,
    "quxian-2024": STANDARD_TOP,
    "yanchi-2020": STANDARD_TOP,
    "shenchi-2023": ["一、总体情况", "二、工作概述", "三、政府信息公开情况", "四、存在的主要问题及改进情况",
                     "五、其他需要报告的事项"],
}

# (heading path) samples, read off the reports.
SUBSECTIONS = {
    "lanxi-2024": [
        ("一、总体情况", "（一）主动公开"),
        ("一、总体情况", "（四）政府信息公开平台建设"),
        ("一、总体情况", "（三）政府信息管理", "二是公开平台安全预警机制"),
        ("五、存在的主要问题及改进情况", "三是内容保障力度不足"),
        ("五、存在的主要问题及改进情况", "三是优化服务重实效"),
    ],
    "haiyuan-2024": [
        ("一、总体情况", "（二）依申请公开"),
        ("一、总体情况", "（三）政府信息管理", "一是严格信息质量把控"),
        ("五、存在的主要问题及改进情况", "一是强化信息整合工作"),
        ("六、其他需要报告的事项", "（一）收取信息处理费情况"),
        ("六、其他需要报告的事项", "（二）24年政务公开重点任务落实情况总结", "二、拓展信息发布渠道，强化信息公开服务效能"),
        ("六、其他需要报告的事项", "（二）24年政务公开重点任务落实情况总结", "二、拓展信息发布渠道，强化信息公开服务效能",
         "二是线下公开多点布局"),
    ],
    "quxian-2024": [
        ("一、总体情况", "（三）政府信息管理"),
        ("一、总体情况", "（四）政府信息公开平台建设", "二是运营好“渠县教育”微信公众号"),
        ("五、存在的主要问题及改进情况", "一是加强法规宣传和培训"),
    ],
    "yanchi-2020": [
        ("一、总体情况", "（二）政府信息管理"),
        ("一、总体情况", "（三） 平台建设"),
        ("一、总体情况", "（四） 监督保障", "三是办理12345平台工单17件"),
        ("五、存在的主要问题及改进情况", "（二）创新政策解读方式，提升政策解读实效"),
    ],
    "shenchi-2023": [
        ("二、工作概述", "（一）加强组织领导和工作机制"),
        ("二、工作概述", "（四）加强公开渠道建设"),
        ("三、政府信息公开情况", "（一）主动公开政府信息情况"),
        ("三、政府信息公开情况", "（二）收到和处理政府信息公开申请情况"),
        ("三、政府信息公开情况", "（三） 因政府信息公开申请行政复议、提起行政诉讼的情况"),
        ("四、存在的主要问题及改进情况", "三是提高政务公开的信息化水平"),
    ],
}

META = {
    "lanxi-2024": ("兰西县教育体育局", "兰西县", "绥化市", "黑龙江省", "Lanxi", 2024, "2021"),
    "haiyuan-2024": ("海原县教育体育局", "海原县", "中卫市", "宁夏回族自治区", "Haiyuan", 2024, "2021"),
    "quxian-2024": ("渠县教育局", "渠县", "达州市", "四川省", "Quxian", 2024, "2021"),
    "yanchi-2020": ("盐池县教育体育局", "盐池县", "吴忠市", "宁夏回族自治区", "Yanchi", 2020, "2019"),
    "shenchi-2023": ("神池县教育科技局", "神池县", "忻州市", "山西省", "Shenchi", 2023, "2021"),
}


@pytest.mark.parametrize("rid", SEEDS)
def test_top_level_sections(rid):
    report = seed(rid)
    assert [s.heading for s in report.sections if s.level == 1] == TOP_LEVEL[rid]
    assert report.sections[0].level == 0 and report.sections[0].heading == report.title


@pytest.mark.parametrize("rid", SEEDS)
def test_sample_subsections(rid):
    paths = {s.path for s in seed(rid).sections}
    for path in SUBSECTIONS[rid]:
        assert path in paths, path


def test_table_row_labels_are_not_headings():
    # 兰西 prints 四、结转下年度继续办理 right before 四、政府信息公开行政复议…, and 三、本 / （三）不 in its table.
    headings = [s.heading for s in seed("lanxi-2024").sections]
    assert not any(h.startswith(("四、结转", "三、本", "（三）不", "（六）其")) for h in headings)


@pytest.mark.parametrize("rid", SEEDS)
def test_metadata(rid):
    agency, county, city, province, pinyin, year, template = META[rid]
    r = seed(rid)
    assert r.agency.name == agency
    assert (r.place.county, r.place.city, r.place.province, r.place.english) == (county, city, province, pinyin)
    assert (r.year, r.template) == (year, template)
    assert r.agency.kind == "教育行政部门" and r.agency.kind_en == "education bureau"
    assert "县教育局" in r.agency.aliases


def test_aliases_name_the_usual_short_forms():
    assert {"县教体局", "海原县教育局", "海原教体局"} <= set(seed("haiyuan-2024").agency.aliases)
    assert {"县教科局", "神池县教育局"} <= set(seed("shenchi-2023").agency.aliases)


def test_year_is_the_year_covered_not_the_publication_date():
    r = seed("shenchi-2023")
    assert "2024年1月" in r.text and r.year == 2023


def _findings(rid, kind):
    return [f for f in seed(rid).findings if f.kind == kind]


def test_validation_reports_the_real_inconsistencies():
    # 渠县: the text says one application was received (受理…申请 1 件), the table says 0.
    qu = _findings("quxian-2024", "prose_table")
    assert len(qu) == 1
    quotes = [seed("quxian-2024").quote(s) for s in qu[0].spans]
    assert "受理政府信息公开申请 1 件" in quotes[0] and quotes[1] == "0"
    # 神池: the text says none were received, yet the table answers one as 本机关不掌握 while
    # its 总计 row stays 0 (results 1 ≠ total 0, in the 自然人 and 总计 columns).
    sc = _findings("shenchi-2023", "prose_table")
    assert len(sc) == 1 and "全年我局未收到政府信息公开申请" in seed("shenchi-2023").quote(sc[0].spans[0])
    arith = _findings("shenchi-2023", "arithmetic")
    assert len(arith) == 2
    assert {m.message.split("：")[0] for m in arith} == {"“自然人”列", "“总计”列"}


@pytest.mark.parametrize("rid", ["lanxi-2024", "yanchi-2020"])
def test_validation_says_nothing_false(rid):
    assert _findings(rid, "arithmetic") == [] and _findings(rid, "prose_table") == []


def test_short_rows_are_read_by_their_header_and_the_gap_is_a_warning():
    # 海原's table 3 prints no 总计 column: its rows are read by the header's positions, the absent
    # cells are one "missing" warning, and the sums that no longer hold are arithmetic findings.
    assert _findings("haiyuan-2024", "unreadable") == []
    [note] = _findings("haiyuan-2024", "missing")
    assert "25 行" in note.message and "“总计” 25 行，“自然人” 19 行" in note.message
    assert [f.message.split("：")[0] for f in _findings("haiyuan-2024", "arithmetic")] == [
        "“法律服务机构”列", "“法律服务机构”列", "“其他”列"]
    assert {f.kind for f in seed("lanxi-2024").findings} == set()


@pytest.mark.parametrize("rid", SEEDS)
def test_every_span_quotes_the_original_exactly(rid):
    r = seed(rid)
    n = len(r.text)
    for s in r.sections:
        assert 0 <= s.span[0] <= s.body_span[1] <= s.span[1] <= n
        assert s.body_span[0] == s.span[0]
        quoted = normalize(r.quote(s.span)).text.replace("\n", "")
        assert quoted.startswith(s.heading.replace("\n", "")), (s.id, quoted[:30])
    for v in r.tables:
        if v.status in ("ok", "na"):
            assert r.quote(v.span) == v.raw, (v.row, v.column)
        elif v.status == "unreadable":
            quote = r.quote(v.span)
            assert all(x in quote for x in v.raw.split()), (v.row, quote)
    for f in r.findings:
        for a, b in f.spans:
            assert 0 <= a < b <= n and r.text[a:b].strip()
