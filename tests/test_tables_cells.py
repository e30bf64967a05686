"""Zero, blank, not-applicable and unreadable cells stay different (synthetic tables)."""

from __future__ import annotations

from index import template as T
from index.parse import parse_report

REPORT = """泾县财政局2022年政府信息公开工作年度报告
一、总体情况
本年度共收到政府信息公开申请 3 件。
二、主动公开政府信息情况
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t/\t/\t/
行政规范性文件\t2\t\t5
行政许可\t—
行政处罚\t12
行政强制\t0
行政事业性收费\t4.55
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t1\t2\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
"""


def _cells():
    r = parse_report(REPORT, "caizheng-2022")
    return r, {(v.table, v.row, v.column): v for v in r.tables}


def test_na_blank_zero_and_numbers_are_kept_apart():
    r, c = _cells()
    assert r.template == "2021" and r.year == 2022
    assert (c[(T.ACTIVE, "规章", "本年制发件数")].status, c[(T.ACTIVE, "规章", "本年制发件数")].value) == ("na", None)
    blank = c[(T.ACTIVE, "行政规范性文件", "本年废止件数")]
    assert (blank.status, blank.value, blank.raw) == ("blank", None, "")
    assert c[(T.ACTIVE, "行政规范性文件", "现行有效件数")].value == 5
    assert c[(T.ACTIVE, "行政许可", "本年处理决定数量")].status == "na"
    assert (c[(T.ACTIVE, "行政强制", "本年处理决定数量")].status, c[(T.ACTIVE, "行政强制", "本年处理决定数量")].value) == ("ok", 0)
    fee = c[(T.ACTIVE, "行政事业性收费", "本年收费金额")]
    assert (fee.value, fee.unit) == (4.55, "万元")
    assert c[(T.APPLICATIONS, T.NEW, "总计")].value == 3 and c[(T.APPLICATIONS, T.NEW, "商业企业")].value == 2


def test_rows_that_are_absent_are_missing_not_zero():
    r, c = _cells()
    assert c[(T.APPLICATIONS, "（一）予以公开", "总计")].status == "missing"
    assert c[(T.APPLICATIONS, "（一）予以公开", "总计")].value is None
    assert not any(v.table == T.REVIEW for v in r.tables)  # no table 4 at all: nothing invented
    assert any(T.REVIEW in f.message and f.kind == "missing" for f in r.findings)
    kinds = {f.kind for f in r.findings}
    assert "missing" in kinds and "arithmetic" not in kinds


def test_agency_and_kind_for_a_non_education_body():
    r, _ = _cells()
    assert r.agency.name == "泾县财政局" and r.agency.kind == "政府部门" and r.place.province == "安徽省"
