from __future__ import annotations

import pytest

from conftest import CORPUS
from index import normalize as N
from index.normalize import normalize, simplified


def _check_map(original: str, n) -> None:
    """Every clean character comes from its original one: the same, a repair, or its simplified form."""
    for i, c in enumerate(n.text):
        o = original[n.offsets[i]]
        assert c == o or c in "\n （）.0123456789" or o in "\n" or simplified(o) == c, (i, c, o)


def test_hard_line_breaks_are_joined_and_quotes_come_back_verbatim():
    original = (CORPUS / "lanxi-2024.txt").read_text(encoding="utf-8")
    n = normalize(original)
    sentence = "2024 年我局未受理依申请公开，也没有因依申请公开信息引起的行政复议和行政诉讼事件。"
    i = n.text.index(sentence)
    a, b = n.to_original(i, i + len(sentence))
    assert original[a:b] == "2024 年我局\n\n未受理依申请公开，也没有因依申请公开信息引起的行政复议和\n\n行政诉讼事件。"
    _check_map(original, n)


def test_headings_and_table_rows_are_not_glued_to_their_neighbours():
    n = normalize((CORPUS / "lanxi-2024.txt").read_text(encoding="utf-8"))
    lines = n.text.split("\n")
    assert "一、总体情况" in lines and "规章 0 0 0" in lines and "（七）总计 0 0 0 0 0 0 0" in lines
    assert "政府信息公开工作年度报告" in lines  # a title line without sentence punctuation stays alone


def test_debris_markdown_and_width_are_repaired():
    original = ("## **二、主动公开**\n\n- 3 -\n\n第 4 页\n   今年，我局共发布\n信息２４条，(二)见下。\n（一）提升比例，加强运维\n坚持公开。\n"
                "---\n规章\t０\t0\n")
    n = normalize(original)
    assert n.text.split("\n") == [
        "二、主动公开", "今年，我局共发布信息24条，（二）见下。", "（一）提升比例，加强运维", "坚持公开。", "规章\t0\t0"]
    i = n.text.index("信息24条")
    assert original[slice(*n.to_original(i, i + 5))] == "信息２４条"
    _check_map(original, n)


def test_empty_and_blank_text():
    assert normalize("").text == "" and normalize("\n \n\t\n").text == ""


def _quote(original: str, n, clean: str) -> str:
    i = n.text.index(clean)
    return original[slice(*n.to_original(i, i + len(clean)))]


def test_traditional_text_is_read_simplified_and_quoted_traditional():
    original = "某縣教育體育局2023年政府信息公開工作年度報告\n一、總體情況\n本年度我局共受理政府信息公開申請3件，\n均已按時辦結。\n"
    n = normalize(original)
    assert n.text.split("\n") == [
        "某县教育体育局2023年政府信息公开工作年度报告", "一、总体情况", "本年度我局共受理政府信息公开申请3件，均已按时办结。"]
    assert _quote(original, n, "受理政府信息公开申请3件，均已按时办结") == "受理政府信息公開申請3件，\n均已按時辦結"
    _check_map(original, n)


def test_phrases_convert_by_their_context():
    # 乾縣 is a county (乾县), 乾淨 is 干净: character-by-character conversion gets one of them wrong.
    n = normalize("乾縣教育局對學校環境是否乾淨進行了檢查。")
    assert n.text == "乾县教育局对学校环境是否干净进行了检查。"


def test_simplified_text_is_never_converted():
    # t2s would turn these into 干县, 于, 借 …: they are real simplified names and words.
    for text in ("乾县教育局2023年政府信息公开工作年度报告", "联系人：於丽，电话：0910-1234567",
                 "杯盘狼藉的现象得到了治理", "乾县", "於"):
        assert normalize(text).text == text and simplified(text) == text


def test_mixed_scripts_convert_only_the_traditional_lines():
    original = ("首页 > 政务公开 > 年度报告\n发布时间：2024-01-10 来源：县教育局\n"
                "某縣教育局2023年政府信息公開工作年度報告\n本年度主動公開政府信息120條，受理申請2件。\n")
    assert normalize(original).text.split("\n") == [
        "首页 > 政务公开 > 年度报告", "发布时间：2024-01-10 来源：县教育局",
        "某县教育局2023年政府信息公开工作年度报告", "本年度主动公开政府信息120条，受理申请2件。"]


def test_questions_are_simplified_alike():
    assert simplified("乾縣教育局2023年受理了多少件申請？") == "乾县教育局2023年受理了多少件申请？"
    assert simplified("How many requests did Quxian receive?") == "How many requests did Quxian receive?"
    assert simplified("") == ""


def test_a_converter_that_changed_length_falls_back_to_characters():
    class Expanding:  # a dictionary entry mapping one character to two would shift every offset
        def convert(self, text: str) -> str:
            return text.replace("國", "国国")

    assert N._convert(Expanding(), "中華民國\n國辦") == "中華民國\n國辦"

    class Mapping:
        def convert(self, text: str) -> str:
            return text.replace("國", "国国") if len(text) > 1 else text.replace("華", "华")

    assert N._convert(Mapping(), "中華民國\n辦") == "中华民國\n辦"


def test_pinyin_glosses_are_removed_and_real_brackets_kept():
    original = "本年報(bào)告根據（jù）《條例》編制，共和(he)(he)國(guo)。附件(a)說明(PDF)見（一）。"
    n = normalize(original)
    assert n.text == "本年报告根据《条例》编制，共和国。附件（a）说明（PDF）见（一）。"
    assert _quote(original, n, "年报告根据") == "年報(bào)告根據"
    _check_map(original, n)


def test_question_marks_for_lost_spaces_become_spaces_real_ones_stay():
    original = ("共收到申请?5?件，主动公开信息？12？条。\n规章?0?0?0\n"
                "群众最关心什么?2024年我局作了回应。有哪些问题？2024年起整改。网址 index.html?id=5\n")
    assert normalize(original).text.split("\n") == [
        "共收到申请 5 件，主动公开信息 12 条。", "规章 0 0 0",
        "群众最关心什么?2024年我局作了回应。有哪些问题？2024年起整改。网址 index.html?id=5"]


@pytest.mark.parametrize("cut", ["本年度共受理申请3件。本年度我\ufffd", "本年度共受理申请3件。本年度我局共", "\ufffd", "年"])
def test_a_page_cut_mid_character_or_mid_sentence(cut):
    n = normalize("一、总体情况\n" + cut)
    assert "\ufffd" not in n.text and len(n.text) == len(n.offsets)
    assert normalize("共发布信息1\ufffd2条").text == "共发布信息1 2条"  # never the number 12


def test_a_long_paragraph_of_broken_lines_is_joined_in_linear_time():
    import time

    # 40,000 lines of one paragraph (a PDF that never ends a sentence): joining each line used to
    # rescan the whole paragraph (1.2 MB took about 20 s); linear, it takes well under a second.
    text = "本年度我局持续推进政务公开，进一步规范信息发布流程，\n" * 40_000
    t0 = time.perf_counter()
    n = normalize(text)
    assert time.perf_counter() - t0 < 8
    assert n.text == text.replace("\n", "") and n.offsets[-1] == len(text) - 2
