"""A report whose place cannot be read (it never names its body or county) may be the one asked
about: a refusal for a place the corpus seems to lack says so (a blind page set: "there is no report
for 喀喇沁左翼蒙古族自治县" while its page was in the corpus, unplaced)."""

from __future__ import annotations

from evals.grade import numbers_in
from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder

PLACED = "盐池县教育体育局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我局主动公开信息80条。\n"
UNPLACED = ("根据条例规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n"
            "2025年,县政府网站共发布信息3000余条,“中国喀左”微信公众号发布信息750余条。\n")


def test_a_refusal_names_the_reports_it_could_not_place(tmp_path):
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "page-2025": UNPLACED})
    a = p.ask("喀喇沁左翼蒙古族自治县2025年发布了多少条信息？")
    assert a.refused and "page-2025" in a.text and "未能识别其所在地" in a.text
    # a year no unplaced report covers: nothing to add
    assert "未能识别" not in p.ask("喀喇沁左翼蒙古族自治县2019年发布了多少条信息？").text



def test_a_county_the_corpus_lacks_is_refused_though_its_province_is_there(tmp_path):
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "page-2025": UNPLACED})
    for question in ("宁夏回族自治区同心县教育体育局2025年主动公开了多少条信息？",
                     "How many items did the Tongxin County (同心县) education bureau of Ningxia disclose in 2025?"):
        a = p.ask(question)
        assert a.refused and "同心县" in a.text and "80" not in a.text.splitlines()[0]
    # the province alone still asks about the province's reports
    assert not p.ask("宁夏回族自治区2025年主动公开了多少条信息？").refused


def test_a_short_county_name_the_corpus_lacks_is_no_corpus_wide_question(tmp_path):
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "page-2025": UNPLACED})
    a = p.ask("喀左县政府门户网站2025年发布了几条信息？")  # 喀喇沁左翼蒙古族自治县, as locals write it
    assert a.refused and "喀左县" in a.text and "page-2025" in a.text


def test_a_place_whose_name_lies_inside_the_asked_ones_is_not_asked_about(tmp_path):
    p = pipeline_over(tmp_path, {
        "chengqu-2022": "晋城市城区教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局微信公众号发布信息500条。\n",
        "wucheng-2022": "金华市婺城区教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局微信公众号发布信息203条。\n"})
    q = p.understand("婺城区教育局2022年在微信公众号上发布了多少条信息？")
    assert q.places == ["婺城区"]
    assert "城区" in p.understand("晋城市城区2022年微信公众号发布了多少条信息？").places


def test_a_which_answer_keeps_the_unplaced_report_it_names_by_id(tmp_path):
    page = ("根据条例规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n"
            "2025年,教育局共受理政府信息公开申请3宗,均已按期答复。\n")
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "k38": page})
    a = p.ask("2025年哪些单位收到了政府信息公开申请？")
    assert not a.refused and "k38" in a.text.splitlines()[0] and "3" in a.text.splitlines()[0]



def test_a_subdistrict_asked_in_english_is_its_unplaced_report_said_so(tmp_path):
    # the page names its subdistrict, never its district; asked by the English of its name, with a
    # district the corpus lacks: that report answers, and the answer says how it was found (its id 12
    # is no figure the number check may drop)
    page = ("迎宾路街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我街道共受理政府信息公开申请6件，均按期答复。\n")
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "12": page})
    a = p.ask("How many disclosure applications did the Yingbin Road Subdistrict Office (Yuhong District) accept in 2021?")
    assert not a.refused and 6 in numbers_in(a.text.splitlines()[0])
    assert "without its county" in a.text and "12" in a.text.splitlines()[-1]


def test_a_subdistrict_named_with_a_province_the_corpus_has_is_its_unplaced_report(tmp_path):
    # Tianjin has a placed report (宝坻区's); the subdistrict asked is only the unplaced page's
    page = "海滨街2021年政府信息公开工作年度报告\n一、总体情况\n2021年我街主动公开文件26份，依申请公开3件。\n"
    baodi = "宝坻区人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息700条。\n"
    p = pipeline_over(tmp_path, {"baodi-2021": baodi, "05": page})
    a = p.ask("How many documents did Haibin Subdistrict in Tianjin's Binhai New Area proactively disclose in 2021?")
    assert not a.refused and 26 in numbers_in(a.text.splitlines()[0]) and 700 not in numbers_in(a.text.splitlines()[0])


def test_a_township_named_with_a_place_the_corpus_lacks_no_other_read(tmp_path):
    # "Dawuli Town (大五里镇), Qian'an": the town's report names no county; its account's name in brackets
    page = ("大五里镇2020年政府信息公开工作年度报告\n一、总体情况\n我镇公开政务信息的渠道主要包括政府门户网站和微信公众号"
            "（美丽大五里）等，其中门户网站公开101条。\n")
    p = pipeline_over(tmp_path, {"yanchi-2025": PLACED, "16": page})
    a = p.ask("What is the name of the WeChat public account of Dawuli Town (大五里镇), Qian'an, in its 2020 report?")
    assert not a.refused and "美丽大五里" in a.text.splitlines()[0]
