"""Who compiled a report, when it was signed, since when it has done a thing: answered from its own words
(invented pages, real places)."""

from __future__ import annotations

from test_embed_stage import pipeline_over


def test_who_compiled_the_report_is_answered_from_its_own_words(tmp_path):
    # the maker the report names (an office of the body) after the body itself, quoted
    p = pipeline_over(tmp_path, {
        "longde-2016": "隆德县人民政府2016年政府信息公开工作年度报告\n本报告根据条例要求，由隆德县人民政府信息公开办编制。\n"
                       "一、概述\n全年公开信息300条。\n",
        "xiji-2016": "西吉县人民政府2016年政府信息公开工作年度报告\n一、概述\n全年公开信息20条。\n"})
    for q in ("隆德县2016年的年度报告是由哪个机构编制的？", "Who compiled Longde County's 2016 annual report?"):
        a = p.ask(q)
        assert "隆德县人民政府信息公开办" in a.text and not a.refused
        assert any("信息公开办编制" in c.quote for c in a.citations)


def test_the_date_a_report_is_signed_with_is_its_closing_date_line(tmp_path):
    p = pipeline_over(tmp_path, {
        "longde-2013": "隆德县文化局2013年政府信息公开工作年度报告\n一、概述\n全年公开信息30条。\n隆德县文化局\n2014年3月20日\n",
        "xiji-2013": "西吉县文化局2013年政府信息公开工作年度报告\n发布日期：2014-02-11\n一、概述\n全年公开信息20条。\n"})
    a = p.ask("隆德县文化局2013年年报的落款日期是哪天？")
    assert "2014年3月20日" in a.text.splitlines()[0] and a.citations[0].quote == "2014年3月20日"
    assert "2014-02-11" in p.ask("When was Xiji County's 2013 report published?").text


def test_since_when_is_read_from_the_sentence_not_the_province_asked_with(tmp_path):
    # 北京 only says where 东城区 lies; 时候/是从 are the asking, not words to find
    p = pipeline_over(tmp_path, {
        "dongcheng-2017": "北京市东城区交道口街道办事处2017年政府信息公开工作年度报告\n一、概述\n根据条例要求，自2009年3月1日起"
                          "我街道开始开展政府信息公开工作。全年公开信息80条。\n",
        "xicheng-2017": "北京市西城区民政局2017年政府信息公开工作年度报告\n一、概述\n全年公开信息20条。\n"})
    a = p.ask("北京东城区交道口街道是从什么时候开始开展政府信息公开工作的？")
    assert "2009年3月1日" in a.text and not a.refused
