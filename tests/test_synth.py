"""The report generator (evals/synth.py): deterministic, covers every variant, and its gold file
says only what the generated text says."""

from __future__ import annotations

import html
import io
import json
import re

import docx
import opencc
import pytest

from evals.bench import _same, score_synth
from evals.synth import WRITTEN_AS, cn_numeral, generate, synth
from evals.synth_bank import banks
from index import template as T
from index.factkinds import KEYS

# every variant issue 9 names, as the generator tags it
REQUIRED = {
    *(f"title:{t}" for t in ("one_line", "two_lines", "level_only", "year_first", "prefixed", "spaced", "about",
                                         "none")),
    *(f"place:{p}" for p in ("county", "city", "district", "banner", "banner_short", "autonomous", "ambiguous")),
    *(f"body:{b}" for b in ("jiaoyuju", "jiaoyutiyuju", "jiaoyuhetiyuju", "jiaoyukejiju", "jiaoyuhekexuejishuju",
                            "jiaoyuweiyuanhui", "other")),
    *(f"tables:{t}" for t in ("tab", "pipe", "cell_per_line", "absent", "html")),
    "script:traditional", "script:debris", "damage:truncated", "damage:replacement_char", "clutter",
    "figures:prose_only", "figures:approx", "template:2019", "template:2021", "format:html", "format:txt",
    "format:docx", "tables:docx",
    *(f"year:{y}" for y in range(2019, 2026)),
}
_T2S = opencc.OpenCC("t2s")


def _plain(text: str | bytes) -> str:
    """The generated page as a reader sees it: tags gone, simplified, mirror debris removed."""
    if isinstance(text, bytes):  # a Word file: its paragraphs and table cells
        doc = docx.Document(io.BytesIO(text))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    text = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", _T2S.convert(text))
    return text.replace("?", "")


@pytest.fixture(scope="module")
def reports() -> dict[str, list[tuple[str, str, dict]]]:
    return {bank: [generate(i, 0, bank) for i in range(100)]
            for bank in ("dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh",
                         "twelfth", "thirteenth", "fourteenth", "fifteenth")}


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    synth(6, a, seed=7, bank="dev")
    synth(6, b, seed=7, bank="dev")
    synth(6, c, seed=8, bank="dev")
    files = sorted(p.name for p in a.iterdir())
    assert len(files) == 7 and "gold.jsonl" in files
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert (a / "gold.jsonl").read_bytes() != (c / "gold.jsonl").read_bytes()


def test_ninth_bank_same_seed_same_reports(reports):
    """The newest ruler is as deterministic as dev: a second generation gives the same bytes and gold."""
    again = [generate(i, 0, "ninth") for i in range(8)]
    assert again == reports["ninth"][:8]
    assert generate(0, 1, "ninth")[2]["facts"] != reports["ninth"][0][2]["facts"]


def test_tenth_bank_same_seed_same_reports(reports):
    """The tenth ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "tenth") for i in range(8)]
    assert again == reports["tenth"][:8]
    assert generate(0, 1, "tenth")[2]["facts"] != reports["tenth"][0][2]["facts"]


def test_eleventh_bank_same_seed_same_reports(reports):
    """The eleventh ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "eleventh") for i in range(8)]
    assert again == reports["eleventh"][:8]
    assert generate(0, 1, "eleventh")[2]["facts"] != reports["eleventh"][0][2]["facts"]


def test_twelfth_bank_same_seed_same_reports(reports):
    """The twelfth ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "twelfth") for i in range(8)]
    assert again == reports["twelfth"][:8]
    assert generate(0, 1, "twelfth")[2]["facts"] != reports["twelfth"][0][2]["facts"]


def test_thirteenth_bank_same_seed_same_reports(reports):
    """The thirteenth ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "thirteenth") for i in range(8)]
    assert again == reports["thirteenth"][:8]
    assert generate(0, 1, "thirteenth")[2]["facts"] != reports["thirteenth"][0][2]["facts"]


def test_fourteenth_bank_same_seed_same_reports(reports):
    """The fourteenth ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "fourteenth") for i in range(8)]
    assert again == reports["fourteenth"][:8]
    assert generate(0, 1, "fourteenth")[2]["facts"] != reports["fourteenth"][0][2]["facts"]


def test_fifteenth_bank_same_seed_same_reports(reports):
    """The fifteenth ruler too: the same seed gives the same bytes and gold, another seed other facts."""
    again = [generate(i, 0, "fifteenth") for i in range(8)]
    assert again == reports["fifteenth"][:8]
    assert generate(0, 1, "fifteenth")[2]["facts"] != reports["fifteenth"][0][2]["facts"]


@pytest.mark.parametrize("bank", ["dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"])
def test_every_variant_is_covered(reports, bank):
    seen = {v for _, _, g in reports[bank] for v in g["variants"]}
    assert REQUIRED - seen == set()


def _fact_sentences(reports, bank: str) -> set[str]:
    """Every sentence of a bank's reports that states a figure, its digits replaced by N."""
    out = set()
    for _, text, _ in reports[bank]:
        for s in re.split(r"[。\n]", _plain(text)):
            if re.search(r"\d+(条|篇|件|场|人|次)", s):
                out.add(re.sub(r"\d+", "N", s))
    return out


def test_banks_write_different_sentences(reports):
    """The held-out bank is a different ruler: its reports share no sentence of figures with dev."""
    assert _fact_sentences(reports, "dev") & _fact_sentences(reports, "heldout") == set()


def test_fresh_bank_shares_no_fact_sentence(reports):
    """The fresh bank is a clean ruler: no sentence of figures is dev's or heldout's, and it
    states every fact kind the other two state."""
    _assert_clean_ruler(reports, "fresh", ("dev", "heldout"))


def test_ruler_bank_shares_no_fact_sentence(reports):
    """The ruler bank, scored once at the end, shares no sentence of figures or fact template with
    the three banks tuned on, and states every fact kind they state."""
    _assert_clean_ruler(reports, "ruler", ("dev", "heldout", "fresh"))


@pytest.mark.parametrize("bank", ["final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"])
def test_later_rulers_share_no_fact_sentence_with_earlier_banks(reports, bank):
    """Each later ruler, written after every bank before it was tuned on, shares no sentence of
    figures or fact template with any of them, and states every fact kind they state."""
    order = ("dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth")
    _assert_clean_ruler(reports, bank, order[:order.index(bank)])


@pytest.mark.parametrize("bank", ["final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"])
def test_later_rulers_state_a_press_conference_not_held(reports, bank):
    """A phrasing the first banks lack: no press conference held (未召开新闻发布会) is a nought."""
    assert any({"kind": "press_conferences", "value": 0} in g["facts"] for _, _, g in reports[bank])


def _fact_templates(bank) -> set[str]:
    """A bank's fact sentence templates, their declarations dropped and every slot written N."""
    groups = ("disclosed", "newmedia", "interp", "applications", "applications_zero", "review", "review_zero",
              "distractors", "contact")
    return {re.sub(r"\{\w+\}", "N", re.sub(r"^\[[^\]]*\]", "", t)) for g in groups for t in getattr(bank, g)}


def _assert_clean_ruler(reports, ruler: str, others: tuple[str, ...]) -> None:
    mine = _fact_sentences(reports, ruler)
    assert len(mine) > 100
    assert mine & set().union(*(_fact_sentences(reports, b) for b in others)) == set()
    kinds = {b: {f["kind"] for _, _, g in reports[b] for f in g["facts"]} for b in (ruler, *others)}
    assert set().union(*(kinds[b] for b in others)) <= kinds[ruler]
    # and template by template, including those the 100 reports did not draw
    all_banks = banks()
    assert _fact_templates(all_banks[ruler]) & set().union(*(_fact_templates(all_banks[b]) for b in others)) == set()


@pytest.mark.parametrize("bank", ["dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"])
def test_gold_says_what_the_text_says(reports, bank):
    for fmt, text, gold in reports[bank]:
        plain = _plain(text)
        compact = re.sub(r"\s+", "", plain)
        assert str(gold["year"]) in plain
        assert gold["county"] in compact or any(a in compact for a in gold["agency_accept"]), gold["agency"]
        assert (gold["template"] is None) == (not gold["table_values"])
        assert gold["template"] in (None, "2019" if gold["year"] <= 2020 else "2021")
        for fact in gold["facts"]:
            kind, value = fact["kind"], fact["value"]
            assert kind in KEYS
            if isinstance(value, str):  # a phone or fax may set its area code off with an em dash
                assert value in compact or any(WRITTEN_AS[w](value) in compact for w in ("dash", "paren")), (
                    gold.get("file", ""), kind, value)
            elif value == 0 and kind == "applications.received" and not re.search(
                    r"收到\D{0,12}申请0件|申请0件|申请共0宗|办件：0件|办件量为0|依申请公开0件|申请0宗", compact):
                assert re.search(r"(未|没有)(收到|受理|接到|接收到|收悉|登记)|无依申请公开|无\S{0,20}提出政府信息公开申请"
                                 r"|申请数为0|受理数量为零|申请为零|没有政府信息公开申请|申请数量为零"
                                 r"|没有\S{0,20}申请公开政府信息|零申请|申请量为零|申请数为零|无政府信息公开申请"
                                 r"|依申请公开\S{0,8}数量：无|受理量为零|未产生政府信息公开申请|受理量和办结量均为零|申请均为零"
                                 r"|收件数为零|无\S{0,20}申请公开政府信息|申请数量为0", compact), kind
            elif value == 0 and kind.startswith("review.") and not re.search(
                    r"(复议|诉讼)(申请|案件|程序|的有|：)?共?0|分别为\d(件|例)和\d(件|例)|分别是\d件、\d件"
                    r"|(?<!\d)0(件|起|宗)行政(复议|诉讼)|行政诉讼各0(件|起)", compact):  # the figure may stand before its noun
                assert re.search(r"(未|没有|无)(发生|出现|因|引发)|数量均为0|均为零|不存在因|未有\S{0,40}行政复议"
                                 r"|件数均为0|零复议|未被申请\S{0,20}行政复议|案件的数量为零|均为0起|一起也没有"
                                 r"|都是零|行政诉讼：无|都为零|案件数：零|无一起|未涉及|没有被申请|零发生",
                                 compact) and "行政复议" in compact, kind
            elif value == 0 and kind == "press_conferences":
                assert re.search(r"(未|没有)(召开|举办|举行)\S{0,4}新闻发布会|新闻发布会0场", compact), kind
            else:
                forms = {str(value), f"{value / 10000:g}万", WRITTEN_AS["fw"](value), cn_numeral(value)}
                assert any(re.search(rf"(?<![\d.]){re.escape(f)}", compact) for f in forms), (kind, value)


def test_tables_agree_with_the_prose(reports):
    checked = 0
    for _, _, gold in (g for bank in reports.values() for g in bank):
        facts = {f["kind"]: f["value"] for f in gold["facts"]}
        cells = {(t, r, c): v for t, r, c, v in gold["table_values"]}
        if cells and "applications.received" in facts:
            assert cells[(T.APPLICATIONS, T.NEW, T.TOTAL_COLUMN)] == facts["applications.received"]
            checked += 1
        if cells and "review.reconsideration" in facts:
            assert cells[(T.REVIEW, "行政复议", "总计")] == facts["review.reconsideration"]
    assert checked > 75


def test_figures_written_in_chinese_or_full_width():
    assert [cn_numeral(v) for v in (0, 2, 10, 11, 20, 23, 99, 100)] == ["零", "两", "十", "十一", "二十", "二十三",
                                                                      "九十九", "100"]
    assert WRITTEN_AS["fw"](1407) == "１４０７"
    assert WRITTEN_AS["dash"]("0436-3225852") == "0436—3225852"
    assert WRITTEN_AS["paren"]("0436-3225852") == "（0436）3225852"
    assert WRITTEN_AS["paren"]("3225852") == "3225852"  # no area code, nothing to bracket


def test_fact_values_compare_like_with_like():
    assert _same("contact.phone", "0563-5022631", "0563—5022631")
    assert not _same("contact.phone", "0563-5022631", "0563-5022632")
    assert _same("contact.address", "安徽省宣城市泾县城关镇人民路10号", "泾县城关镇人民路10号")
    assert not _same("contact.address", "泾县城关镇人民路10号", "人民路")
    assert _same("followers.wechat", 15000, 15000.0)
    assert not _same("disclosed.total", 500, 50)


def test_bench_builds_and_scores_generated_reports(tmp_path):
    synth(5, tmp_path, seed=1, bank="dev")
    lines: list[str] = []
    result = score_synth(tmp_path, show=2, out=lines.append)
    assert result["reports"] == 5 and result["failed"] == 0
    gold_facts = sum(len(json.loads(line)["facts"]) for line in (tmp_path / "gold.jsonl").read_text().splitlines())
    assert sum(k["tp"] + k["fn"] for k in result["kinds"].values()) == gold_facts
    assert lines[0].startswith("5 generated reports (5 built, 0 failed)")
