"""The concept table (index/data/concepts.csv) and the English → Chinese mapping built on it
(rag/english.py): one vocabulary for the tokenizer, question topics, English questions and the
words that count as the same."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import CORPUS
from index import concepts as C
from index import lexical
from rag.english import chinese_terms, dictionary_terms, focus_words


def test_the_table_reads_and_every_concept_is_named_once():
    cs = C.concepts()
    assert len(cs) >= 50
    assert len({c.name for c in cs}) == len(cs)
    assert all(c.terms[0] == c.name for c in cs)
    assert {"微信公众号", "政府开放日", "存在的主要问题", "联系"} <= {c.name for c in cs if c.topic}


def test_a_malformed_row_names_its_line():
    head = "concept,kind,terms,en"
    with pytest.raises(C.ConceptTableError, match="row 3"):
        C.parse([head, "网站,channel,,website", "网站,channel,,portal"])  # twice
    with pytest.raises(C.ConceptTableError, match="no regular expression"):
        C.parse([head, "# a note", "网站,channel,,web(site"])
    assert [c.name for c in C.parse([head, "# a note", "网站,channel+topic,门户网站,website"])] == ["网站"]


def test_topics_from_chinese_words_and_english_cues():
    assert C.topics("海原县公众号发布了多少篇") == ["微信公众号"]
    assert C.topics("盐池县存在哪些不足？") == ["存在的主要问题"]
    assert "政府开放日" in C.topics("Did Haiyuan hold a government open day?")
    assert C.topics("海原县2024年收到多少申请") == []


def test_words_that_count_as_the_same():
    assert C.same_as("问题")[:1] == ("问题",) and "不足" in C.same_as("问题")
    assert "门户网站" in C.same_as("政府网站")
    assert C.same_as("收到") == ("收到",)  # not in the table: only itself


def test_english_questions_reach_the_concepts_words():
    assert chinese_terms("How many WeChat posts did Haiyuan publish?")[:2] == ["微信公众号", "公众号"]
    assert focus_words("How many WeChat posts did Haiyuan publish?") == ["微信公众号", "发布"]
    # "letters and visits" is a petition, not a page's visits
    assert "访问量" not in chinese_terms("How many letters and visits did Haiyuan handle?")
    assert "来信来访" in chinese_terms("How many letters and visits did Haiyuan handle?")


def test_english_cues_are_whole_words_an_ending_allowed():
    # "read" is no part of "readjust", "secret" none of "secretary", "on the web" none of "on the website"
    assert "阅读量" not in C.english_terms("Which leading group did the county readjust in 2015?")
    assert "保密审查" not in C.english_terms("How many secretary's mailbox items did it publish?")
    assert "网上" not in C.english_terms("How many items did it publish on the website in 2024?")
    # …while a plural or a verb's ending still names the concept
    assert "政策解读" in C.english_terms("How many policy interpretations did it publish?")
    assert "网上" in C.english_terms("What did it publish online?")


def test_a_verb_done_again_and_staff_changes():
    # readjust, which the dictionary lacks, is adjusting (调整); report, which it has, keeps its own senses
    assert "调整" in dictionary_terms("Which group did the county readjust?")
    assert "港口" not in dictionary_terms("Which rules did the county report?")
    # staff changes are personnel changes (人员变动), not full-time staff
    names = C.english_names("Which leading group did the county readjust in 2015 because of staff changes?")
    assert "人员变动" in names and "专职人员" not in names


def test_the_schools_websites_are_school_websites_and_the_portal_the_bodys_site():
    names = C.english_names("How many items were posted across the bureau's portal and its schools' websites?")
    assert "校园网站" in names and "政府网站" in names
    assert "政府网站" not in C.english_names("How many items did the schools post on their school websites?")


def test_shortcomings_in_everyday_words_are_the_reports_problems():
    for q in ("某局自己承认2024年信息公开有哪些毛病？", "某局2024年的短板是什么？"):
        assert "存在的主要问题" in C.topics(q), q


def test_words_the_table_leaves_out_come_from_the_dictionary():
    assert "幼儿园" in focus_words("What online system did Yanchi set up for kindergarten enrolment?")
    assert "原则" in focus_words("What principles must Shenchi's offices follow?")
    assert "数据库" in dictionary_terms("What does Shenchi plan for its website database?")
    # a gloss of a verb and its object ("to requisition land") names the act as English writes it
    assert "征地" in dictionary_terms("How many land requisition notices did it publish?")
    # a plural that is also a name (Windows: 视窗) keeps the word's own senses too
    assert "窗口" in dictionary_terms("How many government service windows did it set up?")
    # words that ask, count, or name the template's rows are not looked up; a body named after its
    # place is taken out with the place (rag.focus), its kind's words no content
    assert dictionary_terms("How many applications did the county receive in 2022?") == []
    from rag.focus import focus_terms

    assert not {"教育", "教学"} & set(focus_terms("How many applications did the Changting County Education Bureau "
                                                  "receive in 2022?", "en", ["Changting"]))
    assert dictionary_terms("By the end of 2023, how many items were there?") == []
    # a word the table claims is the table's: no dictionary readings of "account" beside 公众号
    assert dictionary_terms("And on its WeChat account?") == []


def test_the_tokenizer_keeps_concept_names_whole():
    assert {"微信公众号", "政府开放日", "家长代表"} <= set(lexical.DOMAIN_TERMS)
    assert "家长代表" in lexical.tokenize("主动邀请70余名家长代表走进校园")


def test_a_bm25_index_tokenized_with_other_words_is_rebuilt(tmp_path):
    from fakes import FakeEmbedder
    from index.build import build
    from index.indexer import build_indexes, lexical_paths, lexical_problem
    from index.store import Store

    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    shutil.copy(CORPUS / "haiyuan-2024.txt", corpus)
    build(corpus, data)
    summary = build_indexes(data, FakeEmbedder())
    reports = Store(data).reports()
    assert lexical_problem(data, summary.collection, reports) == ""
    done = lexical_paths(data, summary.collection)[2]
    marker = json.loads(done.read_text(encoding="utf-8"))
    assert marker["vocabulary"] == lexical.vocabulary_signature()
    done.write_text(json.dumps({**marker, "vocabulary": "an-older-table"}), encoding="utf-8")
    assert "another vocabulary" in lexical_problem(data, summary.collection, reports)
    said: list[str] = []
    build_indexes(data, FakeEmbedder(), progress=said.append)
    assert any("repairing the BM25 index" in m for m in said)
    assert lexical_problem(data, summary.collection, reports) == ""


def test_what_a_word_is_a_kind_of():
    assert "section" in C.kinds_of("政府信息公开")  # the report's subject: never a narrower ask
    assert "channel" in C.kinds_of("校园网站") and "channel" in C.kinds_of("门户网站")
    assert C.kinds_of("义务教育") == frozenset({"content"})
    assert C.kinds_of("收到") == frozenset()


def test_the_thing_asked_for_denied_is_a_nought():
    from rag.prose import number_in

    assert number_in("本局全年未收取任何信息处理费。", ["信息处理费"]) == (0, "本局全年未收取任何信息处理费")
    assert number_in("全年没有召开新闻发布会，发布政策解读3篇。", ["新闻发布会"]) == (0, "全年没有召开新闻发布会")
    assert number_in("本局按规定收取信息处理费。", ["信息处理费"]) == (None, "")  # stated, not denied, no figure


def test_a_thing_named_as_the_report_names_it_is_one_phrase():
    from rag.prose import figure_after, shared_phrases

    report = "全年公开信息52条。其中部门文件7条、政策解读2条、教育信息16条；发布生活必需品价格运行情况分析54期。"
    assert shared_phrases("某市教育局2021年公开的教育信息有几条？", report, ["某市教育局"]) == ["教育信息"]
    assert shared_phrases("发了多少期生活必需品价格运行情况分析？", report, []) == ["生活必需品价格运行情况分析"]
    assert figure_after(report, "教育信息") == (16, "教育信息16条")  # the item, not the list
    # a figure a list shares is no one item's
    assert figure_after("在首页公开规范性文件、价格分析、信件办理等信息共104条", "价格分析") is None


def test_a_hyphenated_english_cue_reads_as_its_words():
    # open-government is the concept's "open government"; a cue written with its hyphen still matches as written
    from index.concepts import english_names, english_terms

    assert "政府信息公开" in english_names("Which open-government event did the bureau take part in?")
    assert "政务公开" in english_terms("Which open-government event did the bureau take part in?")
    assert "电子邮箱" in english_names("What is the bureau's e-mail?")
