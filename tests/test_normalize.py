from __future__ import annotations

from conftest import CORPUS
from index.normalize import normalize


def _check_map(original: str, n) -> None:
    for i, c in enumerate(n.text):
        o = original[n.offsets[i]]
        assert c == o or c in "\n （）.0123456789" or o in "\n", (i, c, o)


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
