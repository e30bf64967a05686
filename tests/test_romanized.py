"""Chinese names an English question writes in pinyin, found in the report's text (invented pages,
real places)."""

from __future__ import annotations

from evals.grade import numbers_in
from rag.romanized import names_in
from test_embed_stage import pipeline_over

TEXT = "2022年，我局政务网站公开信息102条，“健康隆德”美篇推送136条。"


def test_a_quoted_pinyin_name_and_a_pinyin_word_are_found_by_their_syllables():
    q = 'How many posts did the Longde County Health Bureau push on its "Jiankang Longde" Meipian account in 2022?'
    assert names_in(q, TEXT, ("隆德县", "隆德县卫生健康局")) == ["健康隆德", "美篇"]
    # the report's own place is no name to look for; one syllable (He, Men) is too little to tell
    assert "隆德" not in names_in("How many items did Longde post?", TEXT, ("隆德县",))
    assert names_in("How many items did Men and He post?", "门户网站发布信息，和平。", ()) == []


def test_an_english_question_reaches_the_figure_of_a_name_written_in_pinyin(tmp_path):
    p = pipeline_over(tmp_path, {"longde-2022": "隆德县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n" + TEXT + "\n",
                                 "xiji-2022": "西吉县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息20条。\n"})
    a = p.ask('How many posts did the Longde County Health Bureau push on its "Jiankang Longde" Meipian account in 2022?')
    assert numbers_in(a.text.splitlines()[0])[-1:] == [136]

