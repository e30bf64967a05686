"""Lists and counts over the reports of the provinces a question names, by kind of body and by
span of years: the bodies named in full, and the reports of those provinces left out said too
(invented pages, real places)."""

from __future__ import annotations

from test_embed_stage import pipeline_over

_BODY = "\n一、总体情况\n全年主动公开信息30条。\n"
PAGES = {
    "town": "隆德县沙塘镇人民政府2021年政府信息公开工作年度报告" + _BODY,
    "street": "兴庆区凤凰北街街道办事处2023年政府信息公开工作年度报告" + _BODY,
    "bureau": "兴庆区民政局2019年政府信息公开工作年度报告" + _BODY,
    "office": "西吉县人民政府办公室2017年政府信息公开工作年度报告" + _BODY,
    "sichuan": "平昌县白衣镇人民政府2021年政府信息公开工作年度报告" + _BODY,
}


def test_a_count_by_kind_of_body_within_a_province_says_what_it_left_out(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    a = p.ask("宁夏的这些报告里，共有几份是乡镇或街道发布的？")
    first, rest = a.text.splitlines()[0], "\n".join(a.text.splitlines()[1:])
    assert "2" in first and "平昌" not in a.text, a.text
    # the Ningxia reports of other kinds: named after the count, and cited as read
    assert "兴庆区民政局" in rest and "西吉县人民政府办公室" in rest, a.text
    assert {"town", "street", "bureau", "office"} <= {c.report_id for c in a.citations}


def test_which_bodies_are_named_in_full_with_a_districts_city(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    first = p.ask("在宁夏的报告中，哪些是县级政府部门发布的？").text.splitlines()[0]
    assert "银川市兴庆区民政局" in first and "沙塘镇" not in first and "西吉县" not in first, first
    first = p.ask("Among the reports from Ningxia, which one was issued by a county government office rather than a bureau?") \
        .text.splitlines()[0]
    assert "西吉县人民政府办公室" in first and "民政局" not in first, first
    first = p.ask("Which of the reports from Ningxia were issued by a township government?").text.splitlines()[0]
    assert "隆德县沙塘镇人民政府" in first and "街道" not in first and "平昌" not in first, first


def test_a_span_of_years_and_the_earliest_report_name_the_bodies(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    first = p.ask("Which of the reports from Ningxia cover 2019 or an earlier year?").text.splitlines()[0]
    assert "兴庆区民政局" in first and "西吉县人民政府办公室" in first and "沙塘镇" not in first, first
    a = p.ask("Among the reports from Ningxia, how many cover a year later than 2019?")
    assert not a.refused and "2" in a.text.splitlines()[0], a.text
    first = p.ask("宁夏的这些报告中，哪个单位的报告所涵盖的年份最早？").text.splitlines()[0]
    assert "西吉县人民政府办公室" in first and "2017" in first and "民政局" not in first, first


def test_which_body_ranks_first_is_named_by_its_body(tmp_path):
    p = pipeline_over(tmp_path, {
        "a": "兴庆区民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局共收到政府信息公开申请26件。\n",
        "b": "西吉县卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局共收到政府信息公开申请4件。\n"})
    first = p.ask("宁夏的这些报告中，哪个单位2023年收到的政府信息公开申请更多？").text.splitlines()[0]
    assert "银川市兴庆区民政局" in first and "26" in first, first
    first = p.ask("宁夏的这些报告中，哪个县2023年收到的政府信息公开申请更多？").text.splitlines()[0]
    assert first.startswith("兴庆区") and "民政局" not in first, first


def test_counts_and_lists_asked_other_ways(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    # "这几份报告里" points at the reports, it counts nothing: the earliest one is named by its body
    first = p.ask("宁夏的这几份报告里，哪一份覆盖的年份最早？").text.splitlines()[0]
    assert "西吉县人民政府办公室" in first and "共" not in first, first
    first = p.ask("宁夏的这些报告中，哪个单位的报告是2021年度的？").text.splitlines()[0]
    assert "隆德县沙塘镇人民政府" in first and "民政局" not in first, first
    first = p.ask("Among the reports from Ningxia, which ones cover a year before 2020?").text.splitlines()[0]
    assert "兴庆区民政局" in first and "西吉县人民政府办公室" in first, first
    first = p.ask("Of the reports from Ningxia, how many were issued by a township or subdistrict?").text.splitlines()[0]
    assert "2" in first and "Issued by" not in first, first
    # a count of the reports of a kind is never read apart as each report's figure
    first = p.ask("在宁夏的报告里，一共有几份是县级部门发布的？").text.splitlines()[0]
    assert first.startswith("共 1 份"), first


def test_a_body_is_named_as_its_report_prints_it(tmp_path):
    p = pipeline_over(tmp_path, {
        # the district's government before its sub-district, and the city before it all
        "street": "发布时间：2026-01-20 来源：金凤区人民政府满城北街街道办事处\n银川市金凤区人民政府满城北街街道办事处"
                  "2025年政府信息公开工作年度报告" + _BODY + "如有疑问，请联系满城北街街道办事处综合办。\n",
        # a short form only in the title, the full form further down
        "bureau": "永宁县科技局2025年政府信息公开工作年度报告" + _BODY + "本报告由永宁县科学技术局编制。\n",
        # Chongqing's district with its municipality
        "cq": "重庆市江北区观音桥街道办事处2025年政府信息公开工作年度报告" + _BODY,
    })
    first = p.ask("Which of the reports from Ningxia cover the year 2025?").text.splitlines()[0]
    assert "银川市金凤区人民政府满城北街街道办事处" in first, first
    assert "永宁县科学技术局" in first and "永宁县科技局" in first, first
    first = p.ask("Among the reports from Chongqing, which body issued the one covering 2025?").text.splitlines()[0]
    assert "重庆市江北区观音桥街道办事处" in first, first


def test_a_government_printed_without_renmin_is_named_once(tmp_path):
    p = pipeline_over(tmp_path, {"helan": "贺兰县政府2025年政府信息公开工作年度报告" + _BODY})
    first = p.ask("Which of the reports from Ningxia cover the year 2025?").text.splitlines()[0]
    assert "贺兰县人民政府" in first and "（" not in first, first


def test_which_township_is_answered_with_the_townships_named_in_full(tmp_path):
    p = pipeline_over(tmp_path, {
        "shibeiping": "柳州市柳北区石碑坪镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息52条。"
                      "本年度因政府信息公开申请行政复议2件。召开新闻发布会3场。\n",
        "liangjiang": "桂林市临桂区两江镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息47条。"
                      "本年度未发生政府信息公开行政复议。\n",
    })
    first = p.ask("在广西壮族自治区的报告里，哪个乡镇在2025年发生过政府信息公开行政复议？").text.splitlines()[0]
    # the township, as its report prints it — not its district alone
    assert "柳州市柳北区石碑坪镇人民政府" in first and "两江镇" not in first, first
    first = p.ask("在广西壮族自治区的报告里，哪个乡镇2025年召开过新闻发布会？").text.splitlines()[0]
    assert "柳州市柳北区石碑坪镇人民政府" in first, first


def test_which_ones_lists_them_and_news_reports_are_no_annual_reports(tmp_path):
    p = pipeline_over(tmp_path, {**PAGES, "news": "泾源县黄花乡人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"
                                                  "依托新媒体平台发布各类宣传报道17篇。\n"})
    # 哪几份 asks which ones, never how many: the bodies lead
    first = p.ask("在宁夏的这些报告里，哪几份是乡镇或街道发布的？").text.splitlines()[0]
    assert "隆德县沙塘镇人民政府" in first and "凤凰北街街道办事处" in first, first
    # news reports a township put out are its figure, not the corpus's annual reports counted
    first = p.ask("In 2025, how many news reports did Huanghua Township in Jingyuan County put out through new-media "
                  "platforms?").text.splitlines()[0]
    assert "17" in first, first


def test_reports_of_another_sort_are_a_figure_and_a_places_reports_are_counted(tmp_path):
    p = pipeline_over(tmp_path, {**PAGES, "media": "泾源县黄花乡人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"
                                                   "全年在各级新闻媒体刊发宣传报道信息16条。\n"})
    # reports named by what they are (publicity, inspection …) are the body's figure, not annual reports
    first = p.ask("How many publicity reports did Huanghua Township in Jingyuan County get carried in news media "
                  "in 2025?").text.splitlines()[0]
    assert "16" in first, first
    # …while a place or a number before "reports" still counts the corpus's annual reports
    ningxia = "5"  # 隆德, 兴庆 (two), 西吉 and 泾源 — 平昌 is Sichuan's
    for q in ("How many Ningxia reports does the collection hold?", "这些报告里有几份来自宁夏？"):
        first = p.ask(q).text.splitlines()[0]  # (what the collection holds is no figure a report holds)
        assert ningxia in first, (q, first)


def test_a_kind_counted_among_the_reports_of_named_counties(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    # the counties named make a set of reports; of a kind (township) or not, each counts as such
    first = p.ask("兴庆区、隆德县和西吉县的这几份报告中，一共有几份是乡镇或街道发布的？").text.splitlines()[0]
    assert "2" in first and "4" not in first, first


def test_county_level_departments_and_the_most_recent_year(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    # "county-level departments" asks for bodies, not counties
    first = p.ask("Which county-level departments in Ningxia have reports in this set?").text.splitlines()[0]
    assert "兴庆区民政局" in first, first
    # the most recent year: the one body's report of it
    first = p.ask("Among the reports from Ningxia, which body's report covers the most recent year?").text.splitlines()[0]
    assert "凤凰北街街道办事处" in first and "沙塘镇" not in first, first


def test_county_and_district_governments_and_lawsuits_of_requests_handled(tmp_path):
    p = pipeline_over(tmp_path, {
        "jianping": "建平县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息依申请公开89件次，已经答复88件。\n",
        "dawa": "盘锦市大洼区人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请15件。\n",
        "anding": "定西市安定区人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请22件。"
                  "因信息公开申请而产生的2件行政诉讼案件也已全部审结。\n"})
    # 县区政府: counties' and districts' governments both, not the districts' alone (区政府)
    first = p.ask("在辽宁省和甘肃省的这些报告里，哪些县区政府收到的政府信息公开申请超过20件？").text.splitlines()[0]
    assert "建平县人民政府" in first and "安定区人民政府" in first and "大洼区" not in first, first
    # "lawsuits arising from requests handled by …": lawsuits counted, not the requests handled
    first = p.ask("How many administrative lawsuits arose from information disclosure requests handled by the "
                  "Anding District government in 2025?").text.splitlines()[0]
    assert "2" in first and "22" not in first, first
    # a fee asked by its own name (信息处理费) is money: no count of applications answers it
    assert p.ask("安定区政府2025年办理信息公开申请收了多少信息处理费？").refused


def test_the_applications_handled_by_an_office_counted_by_applicant():
    from index import template as T
    from rag.query import _targets

    # "how many of the applications handled by the office came from individuals" counts applications
    targets = _targets("In 2022, how many of the disclosure applications handled by the Anning City government office "
                       "came from private individuals?")
    assert any(t.table == T.APPLICATIONS for t in targets), targets


def test_a_possessive_names_what_is_asked_of_the_corpus(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    # which issuing bodies' reports: the bodies whose reports cover the year, never a passage
    first = p.ask("Among the reports from Ningxia, which issuing bodies' reports cover 2023?").text.splitlines()[0]
    assert "凤凰北街街道办事处" in first and "沙塘镇" not in first, first
