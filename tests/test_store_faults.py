"""Data-dir faults at start-up and at build time: an unreadable store file is parsed again from its
source (and start-up names it), a stored value that disagrees with its report's text is refused,
a read-only data dir is served as built (or refused with what it needs), and every corpus file
left out is named with its reason at start-up and in the Reports tab.

Start-ups run ``rag.pipeline.load`` in a fresh interpreter (with the deterministic fake embedder),
the way ``python app.py`` starts, so what they print is what an operator sees.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, REPO
from index.build import build
from index.store import Store, StoreError

NAMES = ("yanchi-2020", "quxian-2024")
QUESTION = "盐池县2020年行政许可处理决定数量是多少？"
ANSWER = "盐池县教育体育局2020年“行政许可”（处理决定数量）：228 件。"

# A start-up as app.py does it, with the fake embedder registered under a model name.
START = """
import sys
from fakes import FakeEmbedder
from rag.embed import register_embedder
register_embedder("fake-hash-256", lambda s: FakeEmbedder())
from index.config import get_settings
from index.store import StoreError
from rag.pipeline import load
try:
    p = load(get_settings(), progress=lambda m: print("  " + m, flush=True))
except StoreError as e:
    sys.exit(f"error: {e}")
print("skipped:", len(getattr(p, "skipped", ())))
print("answer:", p.ask(sys.argv[1]).text.splitlines()[0])
"""


def load_with_fake(settings=None, progress=None):
    """``rag.pipeline.load`` with the fake embedder registered (for ``app.py --pipeline``)."""
    from fakes import FakeEmbedder
    from rag.embed import register_embedder
    from rag.pipeline import load

    register_embedder("fake-hash-256", lambda s: FakeEmbedder())
    return load(settings, progress=progress)


def start(data: Path, corpus: Path, *, read_only: bool = False, app: bool = False, cli: bool = False,
          **env: str) -> subprocess.CompletedProcess:
    """Start the answering system on ``data`` in a new interpreter (``app``: as ``python app.py``
    does; ``cli``: run ``python -m index build`` instead); ``read_only``: as a user that cannot
    write there (root keeps its permissions, so it runs without CAP_DAC_OVERRIDE)."""
    cmd = [sys.executable, "-c", START, QUESTION]
    if app:
        cmd = [sys.executable, "app.py", "--pipeline", "test_store_faults:load_with_fake", "--port", "1"]
    if cli:
        cmd = [sys.executable, "-m", "index", "build"]
    if read_only and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot take away write access")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *cmd]
    full_env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_CORPUS_DIR": str(corpus),
                "RAG_EMBED_MODEL": "fake-hash-256", "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")]),
                **env}
    return subprocess.run(cmd, cwd=REPO, env=full_env, capture_output=True, text=True, timeout=180)


def run_cli(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "RAG_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A corpus of two seeds and a data dir with their store and indexes (fake embedder)."""
    from fakes import FakeEmbedder
    from index.indexer import build_indexes

    root = tmp_path_factory.mktemp("built")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in NAMES:
        shutil.copy(CORPUS / f"{name}.txt", corpus)
    build(corpus, root / "data")
    build_indexes(root / "data", FakeEmbedder())
    return corpus, root / "data"


@pytest.fixture
def data(built, tmp_path):
    """A private copy of the built data dir, for one test to damage."""
    shutil.copytree(built[1], tmp_path / "data")
    return tmp_path / "data"


def _store_file(data: Path) -> Path:
    return data / "store" / "store.sqlite3"


def _body(data: Path, rid: str, change) -> None:
    """Rewrite one stored report's JSON body by hand, as a person with `sqlite3` could."""
    import sqlite3

    with sqlite3.connect(_store_file(data)) as db:
        (body,), = db.execute("SELECT body FROM reports WHERE id = ?", (rid,)).fetchall()
        db.execute("UPDATE reports SET body = ? WHERE id = ?", (change(body), rid))
    db.close()


def _truncate_body(data: Path, rid: str) -> None:
    _body(data, rid, lambda body: body[: len(body) // 3])


def _truncate(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 3])


# ---------------------------------------------------------------------- unreadable store files


def test_build_parses_a_truncated_report_again(built, data):
    corpus, _ = built
    path = _store_file(data)
    _truncate_body(data, "quxian-2024")
    out = run_cli("build", "--corpus", str(corpus), "--no-vectors", data=data)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert f"stored report quxian-2024 ({path}) cannot be read (JSONDecodeError" in out.stdout
    assert "parsing quxian-2024.txt again" in out.stdout
    assert "2 reports (1 parsed, 0 removed)" in out.stdout
    assert Store(data).get("quxian-2024").tables == Store(built[1]).get("quxian-2024").tables


def test_build_rewrites_an_unreadable_store_file(built, data):
    corpus, _ = built
    _truncate(_store_file(data))
    out = run_cli("build", "--corpus", str(corpus), "--no-vectors", data=data)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert f"cannot read {_store_file(data)} (DatabaseError" in out.stdout
    assert "parsing every corpus file again" in out.stdout
    assert Store(data).ids() == sorted(NAMES)


def test_start_up_names_a_truncated_report_and_parses_it_again(built, data):
    path = _store_file(data)
    _truncate_body(data, "yanchi-2020")
    out = start(data, built[0])
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert f"stored report yanchi-2020 ({path}) cannot be read (JSONDecodeError" in out.stdout
    assert "parsing yanchi-2020.txt again" in out.stdout
    assert f"answer: {ANSWER}" in out.stdout


# ---------------------------------------------------------------------- values checked against their text


def _edit_cell(data: Path, rid: str, row: str, column: str, **changes) -> None:
    def edit(body: str) -> str:
        d = json.loads(body)
        cells = [t for t in d["tables"] if t["row"] == row and t["column"] == column]
        assert len(cells) == 1 and cells[0]["value"] == 228 and cells[0]["raw"] == "228"
        cells[0].update(changes)
        return json.dumps(d, ensure_ascii=False)

    _body(data, rid, edit)


def test_a_stored_value_edited_by_hand_is_refused(built, data):
    _edit_cell(data, "yanchi-2020", "行政许可", "处理决定数量", value=999)
    with pytest.raises(StoreError, match=r"stored report yanchi-2020 .*行政许可 / 处理决定数量: "
                                         r"value 999 but the text says '228'.*python -m index build"):
        Store(data).get("yanchi-2020")
    # The same edit made to the raw text as well: the raw is no longer the report's text at its span.
    shutil.copy(_store_file(built[1]), _store_file(data))
    _edit_cell(data, "yanchi-2020", "行政许可", "处理决定数量", value=999, raw="999")
    with pytest.raises(StoreError, match=r"yanchi-2020 .*raw '999' is not the text at its span"):
        Store(data).get("yanchi-2020")


def test_start_up_answers_from_the_report_not_from_an_edited_store(built, data):
    _edit_cell(data, "yanchi-2020", "行政许可", "处理决定数量", value=999)
    out = start(data, built[0])
    assert out.returncode == 0, out.stderr
    assert "stored report yanchi-2020" in out.stdout and "value 999 but the text says '228'" in out.stdout
    assert "parsing yanchi-2020.txt again" in out.stdout
    assert f"answer: {ANSWER}" in out.stdout
    assert Store(data).get("yanchi-2020") == Store(built[1]).get("yanchi-2020")


def test_every_seed_agrees_with_its_own_text():
    from conftest import SEEDS, seed
    from index.verify import verify

    assert {rid: verify(seed(rid)) for rid in SEEDS} == {rid: [] for rid in SEEDS}


# ---------------------------------------------------------------------- a read-only data dir


def _files(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")}


def _read_only(root: Path) -> None:
    for p in [root, *root.rglob("*")]:
        p.chmod(p.stat().st_mode & ~0o222)


def _writable(root: Path) -> None:  # so that pytest can remove it
    for p in [root, *root.rglob("*")]:
        p.chmod(p.stat().st_mode | 0o200)


def test_a_read_only_data_dir_with_a_complete_index_is_served(built, data):
    _read_only(data)
    before = _files(data)
    try:
        out = start(data, built[0], read_only=True)
    finally:
        after = _files(data)
        _writable(data)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert f"data dir {data} is read-only: serving its index as built, writing nothing" in out.stdout
    assert f"answer: {ANSWER}" in out.stdout
    assert after == before  # not a byte written


def test_a_read_only_data_dir_with_a_report_not_embedded_serves_it_by_bm25(built, data):
    from fakes import FakeEmbedder
    from index.vectors import open_vectors

    open_vectors(FakeEmbedder(), data, create=True).delete_report("quxian-2024")  # as if its embedding never ran
    _read_only(data)
    try:
        out = start(data, built[0], read_only=True)
        cli = start(data, built[0], read_only=True, cli=True)
    finally:
        _writable(data)
    assert cli.returncode == 1 and cli.stderr.strip() == (
        f"error: the data dir {data} cannot be written; build where it can be (or set RAG_DATA_DIR to a writable "
        f"folder)")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert ("1 of 2 reports have no vectors yet (quxian-2024): search uses BM25 alone for them; "
            "`python -m index embed` adds them") in out.stdout
    assert f"answer: {ANSWER}" in out.stdout


# ---------------------------------------------------------------------- corpus files left out


def test_start_up_and_the_reports_tab_name_every_skipped_file(built, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(built[0], corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf \x00\x01")
    (corpus / "huge.txt").write_bytes(b" " * (3 * 2**20 // 2))
    data = tmp_path / "data"
    lines = {
        "  skipped corpus file empty.txt: file is empty (0 bytes): empty.txt",
        "  skipped corpus file huge.txt: file is 1.5 MB, over the 1 MB limit (RAG_MAX_FILE_MB): huge.txt",
    }
    for run in ("first start (builds)", "second start (from the store)"):
        out = start(data, corpus, RAG_MAX_FILE_MB="1")
        assert out.returncode == 0, (run, out.stderr)
        printed = out.stdout.splitlines()
        assert lines <= set(printed), (run, out.stdout)
        assert any(x.startswith("  skipped corpus file broken.pdf: cannot open PDF: broken.pdf") for x in printed)
        assert "skipped: 3" in printed and f"answer: {ANSWER}" in printed
    # The Reports tab lists them, escaped.
    import gradio as gr

    from web.service import Service
    from web.ui import build_ui

    class Loaded:  # what the Reports tab reads of a pipeline
        reports = Store(data).reports()
        skipped = tuple(Store(data).skipped())

    html = [b.value for b in build_ui(Service(Loaded())).blocks.values()
            if isinstance(b, gr.HTML) and b.elem_id == "skipped"]
    assert len(html) == 1 and "<li>empty.txt: file is empty (0 bytes): empty.txt</li>" in html[0]
    assert "<li>huge.txt: file is 1.5 MB, over the 1 MB limit" in html[0] and "broken.pdf: cannot open PDF" in html[0]


def test_a_mirror_page_with_glosses_agrees_with_its_own_text():
    """A traditional-script copy with pinyin glosses after some characters (開(kāi)封) is read as the
    parser read it: the check must not call the report damaged and drop it from the build."""
    from index.parse import parse_report
    from index.verify import verify

    text = ("開(kāi)封市鼓樓區教育局2020年政府信息公開工作年度報告\n一、總體情況\n本局全年主動公開信息52條。\n"
            "聯繫地址：河南省開(kāi)封市鼓樓區人民路396號，郵編475000。\n")
    r = parse_report(text, "gloss")
    assert any(f.kind == "contact.address" and f.value == "河南省开封市鼓楼区人民路396号" for f in r.facts)
    assert verify(r) == []


def test_an_address_over_a_line_break_agrees_with_its_text():
    """A mirror page breaks a glossed address over two lines (龍\n泉大廈): the parser joins it, and
    the check must not call the report damaged for the line break."""
    from index.parse import parse_report
    from index.verify import verify

    text = ("濟(jì)南市章丘區教育和體育局2023年政府信息公開工作年度報告\n一、總體情況\n本局全年主動公開信息52條。\n"
            "如有疑問，請與本局聯繫(地址:濟(jì)南市章丘區開(kāi)先大道 18 號(hào)龍\n泉大廈 3 樓;郵編:250200;電話:0531-12345678)。\n")
    r = parse_report(text, "wrapped")
    address = next(f for f in r.facts if f.kind == "contact.address")
    assert "\n" in r.text[address.spans[0][0]:address.spans[0][1]]  # the value runs over the line break
    assert verify(r) == []


def test_a_nought_stated_with_a_numeral_word_agrees_with_its_text():
    """"一起也没有发生" states nought though 一 is a numeral: the report must not be called damaged."""
    from index.parse import parse_report
    from index.verify import verify

    r = parse_report("某县教育局2023年政府信息公开工作年度报告\n一、总体情况\n"
                     "本年度涉及本局的政府信息公开行政复议、行政诉讼一起也没有发生。\n", "nought")
    assert {f.kind: f.value for f in r.facts}.get("review.reconsideration") == 0
    assert verify(r) == []


def test_a_decrease_printed_with_a_minus_agrees_with_its_text():
    """本年增/减 prints a decrease as -3 (a table flattened to a cell a line): read as -3, and the
    check must not call the report damaged for the sign."""
    from index.parse import parse_report
    from index.verify import verify

    text = ("彭阳县卫生健康局2020年度政府信息公开工作报告\n一、总体情况\n全年主动公开信息40条。\n"
            "二、主动公开政府信息情况\n第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
            "行政处罚\t72\t-3\t322\n行政强制\t8\t-1\t0\n")
    r = parse_report(text, "minus")
    values = {(v.row, v.column): v.value for v in r.tables}
    assert values[("行政处罚", "本年增/减")] == -3 and values[("行政强制", "本年增/减")] == -1
    assert verify(r) == []


@pytest.mark.parametrize("cell, value", [("－3", -3), ("−3", -3), ("﹣3", -3), ("３", 3), ("＋2", 2), ("１２", 12)])
def test_a_cell_printed_in_full_width_or_a_typeset_minus_is_read_and_quoted_as_printed(cell, value):
    """Word and PDF exports print figures full-width (３, －3) or with a typeset minus (−3): the value
    is read, its raw is the report's own characters (a citation quotes them), and the check keeps
    the report."""
    from index.parse import parse_report
    from index.verify import verify

    text = ("彭阳县卫生健康局2020年度政府信息公开工作报告\n一、总体情况\n全年主动公开信息40条。\n"
            "二、主动公开政府信息情况\n第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
            f"行政处罚\t72\t{cell}\t322\n行政强制\t8\t0\t0\n")
    r = parse_report(text, "wide")
    v = next(v for v in r.tables if (v.row, v.column) == ("行政处罚", "本年增/减"))
    assert (v.value, v.status, v.raw) == (value, "ok", cell)
    assert r.text[v.span[0]:v.span[1]] == cell
    assert verify(r) == []


def test_a_table_value_its_text_does_not_bear_out_is_left_unread_not_the_report():
    """A table value whose raw or value disagrees with the text (a parser slip) becomes unreadable
    with a finding; the report and its other values stay."""
    import dataclasses

    from index.parse import parse_report
    from index.verify import verify, without_disagreeing_facts

    text = ("彭阳县卫生健康局2020年度政府信息公开工作报告\n一、总体情况\n全年主动公开信息40条。\n"
            "二、主动公开政府信息情况\n第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
            "行政处罚\t72\t3\t322\n行政强制\t8\t0\t0\n")
    r = parse_report(text, "slip")
    slipped = tuple(dataclasses.replace(v, value=30) if (v.row, v.column) == ("行政处罚", "本年增/减") else v
                    for v in r.tables)
    kept = without_disagreeing_facts(dataclasses.replace(r, tables=slipped))
    assert verify(kept) == []
    v = next(v for v in kept.tables if (v.row, v.column) == ("行政处罚", "本年增/减"))
    assert (v.value, v.status) == (None, "unreadable")
    assert next(v for v in kept.tables if (v.row, v.column) == ("行政处罚", "处理决定数量")).value == 322
    assert any("行政处罚" in f.message for f in kept.findings if f.kind == "unreadable")


def test_a_misread_figure_is_left_out_not_the_report():
    """A text fact its own quote does not bear out (a parser misreading) is dropped with a finding;
    the report, its tables and its other facts are kept."""
    import dataclasses

    from conftest import seed
    from index.verify import verify, without_disagreeing_facts

    r = seed("haiyuan-2024")
    f = next(f for f in r.facts if isinstance(f.value, int) and f.value > 0)
    misread = dataclasses.replace(r, facts=tuple(dataclasses.replace(g, value=g.value + 1) if g is f else g
                                                 for g in r.facts))
    assert verify(misread)  # the check sees it…
    kept = without_disagreeing_facts(misread)
    assert verify(kept) == [] and kept.tables == r.tables and len(kept.facts) == len(r.facts) - 1
    assert any(x.kind == "unreadable" and f.kind in x.message for x in kept.findings)


def test_two_phone_numbers_joined_by_a_word_agree_with_their_text():
    """A contact line gives two numbers joined by 和: stored joined by 、, they are the text's own digits, and a
    detail in words the text does not bear out is dropped with a finding, never the whole report."""
    import dataclasses

    from index.parse import parse_report
    from index.verify import verify, without_disagreeing_facts

    text = ("海丰县教育局2020年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息96条。\n"
            "如有疑问，请拨打咨询电话8888351和8821560。\n")
    r = without_disagreeing_facts(parse_report(text, "phones"))
    assert [f.value for f in r.facts if f.kind == "contact.phone"] == ["8888351、8821560"] and verify(r) == []
    wrong = dataclasses.replace(r, facts=tuple(dataclasses.replace(f, value="0000000") if f.kind == "contact.phone" else f
                                               for f in r.facts))
    kept = without_disagreeing_facts(wrong)
    assert verify(kept) == [] and not any(f.kind == "contact.phone" for f in kept.facts)
    assert any("contact.phone" in x.message for x in kept.findings)
