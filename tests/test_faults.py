"""Fault injection: the build is killed (``os._exit``, no clean-up runs) at every stage — parsing,
each store write, each embedding batch, each BM25 write — then started again, and the index it
ends with must equal a clean build's: the same reports and passages, every report's vectors, the
same answer to a known question. Nobody deletes a file by hand between the two runs.

Each run is a child process forked from a "zygote" started once for this module (a fresh
interpreter that has imported everything and loaded jieba's dictionary but never opened Chroma),
so a run costs a fork, not an interpreter start. The kill points are set inside the child by
wrapping the real functions (see ``_arm``); production code has no test hooks.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, REPO

KILLED = 86  # the exit status of a run we killed on purpose
NAMES = ("yanchi-2020", "quxian-2024")
QUESTION = "盐池县2020年行政许可处理决定数量是多少？"
BATCH = 20  # small batches, so every report is embedded in several (batches of 64 would be one each)
FAKE = "fake-hash-256"


# ---------------------------------------------------------------------- inside the children


def _settings(data: str, corpus: str, **env: str):
    os.environ.update(RAG_DATA_DIR=data, RAG_CORPUS_DIR=corpus, RAG_EMBED_MODEL=FAKE, **env)
    from index.config import get_settings

    get_settings.cache_clear()
    return get_settings()


def _die(*_a, **_k):
    sys.stdout.flush()
    os._exit(KILLED)


def _arm(point: str, n: int) -> None:
    """Make the ``n``-th (1-based) event of kind ``point`` kill the process."""
    import index.build
    import index.indexer
    import index.lexical
    import index.passagestore
    import index.store
    import index.vectors

    calls = Counter()

    def counted(key):  # True when this is the call to die at
        calls[key] += 1
        return calls[key] == n

    if point == "parse":  # dies instead of parsing the n-th file
        real_parse = index.build.parse_report
        index.build.parse_report = lambda *a, **k: _die() if counted(point) else real_parse(*a, **k)
    elif point == "store-write":  # dies inside the n-th report's transaction, its rows half written
        real_put = index.store.Store.put

        def put(self, report, file_sha256=""):
            if counted(point):
                db = self._writer()
                db.execute("BEGIN IMMEDIATE")
                db.execute("DELETE FROM reports WHERE id = ?", (report.id,))
                db.execute("INSERT INTO reports (id, source, file_sha256, sha256, parser_version, sections, head, "
                           "body) VALUES (?, ?, '', '', ?, 0, '{', '{')", (report.id, report.source, report.parser_version))
                _die()
            real_put(self, report, file_sha256)

        index.store.Store.put = put
    elif point == "embed-batch":  # dies just before the n-th batch of vectors is written
        import index.flatvectors

        real_append = index.flatvectors.FlatVectors._append
        index.flatvectors.FlatVectors._append = lambda *a: _die() if counted(point) else real_append(*a)
        index.vectors.INSERT_BATCH = BATCH
    elif point == "bm25-write":  # 1: mid-way through the passages, 2: after the BM25 arrays, 3: after the passages
        real_add, real_save, real_exit = index.passagestore.Writer.add, index.indexer.save_postings, \
            index.passagestore.Writer.__exit__

        def add(self, p):
            if n == 1 and self.n == 40:
                _die()
            real_add(self, p)

        def save(*a, **k):
            got = real_save(*a, **k)
            if n == 2:
                _die()
            return got

        def exit_(self, *a):
            real_exit(self, *a)
            if n == 3:
                _die()

        index.passagestore.Writer.add, index.indexer.save_postings, index.passagestore.Writer.__exit__ = \
            add, save, exit_
    else:
        raise ValueError(point)


def _snapshot(pipeline, data: Path) -> dict:
    """What a build produced, in comparable form (sorted lists, counts, the answer)."""
    from index.indexer import lexical_dir
    from index.passagestore import Passages
    from index.store import Store

    reports = Store(data).reports()
    vi = pipeline.retriever.vectors
    vectors = {rid: sorted(rv.ids) for rid, rv in vi.scan().items()}
    passages = list(pipeline.retriever.passages)
    folder = lexical_dir(data) / vi.name
    return {
        "reports": {r.id: [r.sha256, len(r.tables), len(r.facts)] for r in reports},
        "passages": dict(sorted(Counter(p.report for p in passages).items())),
        "bm25_is_passages": pipeline.retriever.bm25.n == len(passages) == len(Passages(folder / "passages.sqlite3")),
        "passage_texts": hashlib.sha256("\n".join(p.text for p in passages).encode()).hexdigest(),
        "bm25_docs": hashlib.sha256(b"".join((folder / f).read_bytes() for f in
                                             ("vocab.json", "indptr.npy", "docs.npy", "weights.npy"))).hexdigest(),
        "vectors": {rid: sorted(ids) for rid, ids in sorted(vectors.items())},
        "vector_count": vi.count(),
        "answer": pipeline.ask(QUESTION).text,
        "leftovers": sorted(p.name for p in data.rglob("*.tmp")),
    }


def _job(job: dict) -> None:
    """One run: a killed build (``kill``) or a start-up that must repair and serve (``restart``)."""
    settings = _settings(job["data"], job["corpus"], **job.get("env", {}))
    if job.get("kill"):
        _arm(*job["kill"])
    from index.__main__ import main
    from rag.pipeline import load

    if job.get("cli"):
        assert main(["build"]) == 0
    if job.get("embed_cli"):  # lexical first, then the dense stage on its own
        assert main(["build", "--no-embed"]) == 0
        assert main(["embed"]) == 0
    pipeline = load(settings, progress=print)
    if job.get("snapshot"):
        Path(job["snapshot"]).write_text(json.dumps(_snapshot(pipeline, Path(job["data"])), ensure_ascii=False),
                                         encoding="utf-8")


def _zygote() -> None:
    """Import and warm everything once, then fork one child per job read from stdin."""
    import traceback

    import chromadb.api.rust  # noqa: F401 - imported here so the children do not pay for it
    import jieba

    import index.__main__  # noqa: F401
    import rag.pipeline  # noqa: F401
    import rag.retrieve  # noqa: F401
    from fakes import FakeEmbedder
    from index.lexical import tokenize
    from rag.embed import register_embedder

    from index.parse import parse_report
    from index.passages import passages

    register_embedder(FAKE, lambda s: FakeEmbedder())
    jieba.setLogLevel(60)
    tokenize("政府信息公开")  # loads the dictionary once for every child
    passages(parse_report((CORPUS / "haiyuan-2024.txt").read_text(encoding="utf-8"), "warm"))  # lazy tables, pinyin
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        with open(job["log"], "w") as log:
            pid = os.fork()
            if pid == 0:
                os.dup2(log.fileno(), 1)
                os.dup2(log.fileno(), 2)
                try:
                    _job(job)
                    code = 0
                except BaseException:
                    traceback.print_exc()
                    code = 1
                sys.stdout.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"exit": os.waitstatus_to_exitcode(status)}), flush=True)


# ---------------------------------------------------------------------- the tests


class Zygote:
    def __init__(self, workdir: Path):
        self.workdir, self.n = workdir, 0
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import test_faults; test_faults._zygote()"], cwd=workdir, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def run(self, data: Path, corpus: Path, **job) -> tuple[int, str]:
        """(exit status, everything the run printed)."""
        self.n += 1
        log = self.workdir / f"run-{self.n}.log"
        self.proc.stdin.write(json.dumps({"data": str(data), "corpus": str(corpus), "log": str(log), **job}) + "\n")
        self.proc.stdin.flush()
        code = json.loads(self.proc.stdout.readline())["exit"]
        return code, log.read_text(encoding="utf-8")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def zygote(tmp_path_factory):
    z = Zygote(tmp_path_factory.mktemp("zygote"))
    yield z
    z.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    for name in NAMES:
        shutil.copy(CORPUS / f"{name}.txt", d)
    return d


@pytest.fixture(scope="module")
def clean(zygote, corpus, tmp_path_factory):
    """A clean build's snapshot, and the number of embedding batches it took."""
    data = tmp_path_factory.mktemp("clean")
    code, out = zygote.run(data, corpus, snapshot=str(data / "snapshot.json"))
    assert code == 0, out
    snap = json.loads((data / "snapshot.json").read_text(encoding="utf-8"))
    assert snap["answer"].splitlines()[0].endswith("228 件。") and snap["leftovers"] == []
    assert set(snap["passages"]) == set(NAMES) and snap["vector_count"] == sum(snap["passages"].values())
    assert all(len(snap["vectors"][r]) == snap["passages"][r] for r in NAMES)
    return snap


def _batches(snap: dict) -> int:
    return sum(-(-n // BATCH) for n in snap["passages"].values())


def kill_points() -> list[tuple[str, int]]:
    # Two files to parse, two reports to write; the embedding batches are counted
    # from the clean build (test_every_batch_is_a_kill_point checks the list covers them all).
    return ([("parse", 1), ("parse", 2), ("store-write", 1), ("store-write", 2)]
            + [("embed-batch", k) for k in range(1, 7)] + [("bm25-write", k) for k in (1, 2, 3)])


def test_every_batch_is_a_kill_point(clean):
    assert _batches(clean) == 6 == sum(1 for p, _ in kill_points() if p == "embed-batch")


@pytest.mark.parametrize("point", kill_points(), ids=lambda p: f"{p[0]}-{p[1]}")
def test_killed_build_restarts_into_a_clean_one(point, zygote, corpus, clean, tmp_path):
    data = tmp_path / "data"
    code, out = zygote.run(data, corpus, kill=point, cli=True)
    assert code == KILLED, out
    # Restart: start-up alone (odd kill points) or `python -m index build` first (even ones).
    code, out = zygote.run(data, corpus, cli=point[1] % 2 == 0, snapshot=str(tmp_path / "snap.json"))
    assert code == 0, out
    assert json.loads((tmp_path / "snap.json").read_text(encoding="utf-8")) == clean
    first = sorted(NAMES)[0]  # reports are embedded in id order
    if point[0] == "embed-batch" and point[1] not in (1, 1 + -(-clean["passages"][first] // BATCH)):
        # Cut inside a report (not before its first batch): the restart says what it repairs.
        assert "repairing" in out and "stopped part-way through its passages' vectors; embedding it again" in out
    if point[0] == "bm25-write":
        assert "repairing the BM25 index" in out


@pytest.mark.parametrize("point", [("embed-batch", 2), ("bm25-write", 1), ("bm25-write", 2)],
                         ids=lambda p: f"{p[0]}-{p[1]}")
def test_killed_incremental_update_restarts_clean(point, zygote, clean, tmp_path):
    """A changed report cut short after its old vectors were deleted, or its BM25 files half rewritten."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in NAMES:
        shutil.copy(CORPUS / f"{name}.txt", corpus)
    data = tmp_path / "data"
    p = corpus / "quxian-2024.txt"
    original = p.read_text(encoding="utf-8")
    p.write_text(original.replace("400 余条", "500 余条"), encoding="utf-8")
    assert zygote.run(data, corpus)[0] == 0
    p.write_text(original, encoding="utf-8")  # back to the seed: one report changed, re-embedded
    code, out = zygote.run(data, corpus, kill=point, cli=True)
    assert code == KILLED, out
    code, out = zygote.run(data, corpus, snapshot=str(tmp_path / "snap.json"))
    assert code == 0, out
    assert json.loads((tmp_path / "snap.json").read_text(encoding="utf-8")) == clean
    assert ("repairing quxian-2024" if point[0] == "embed-batch" else "repairing the BM25 index") in out


@pytest.mark.parametrize("k", [1, 3, 6], ids=lambda k: f"embed-batch-{k}")
def test_killed_embed_stage_finishes_on_rerun(k, zygote, corpus, clean, tmp_path):
    """`python -m index embed` killed at a batch, then run again (start-up embeds nothing itself):
    it finishes the rest, and the vectors are exactly a clean build's."""
    data = tmp_path / "data"
    code, out = zygote.run(data, corpus, kill=("embed-batch", k), embed_cli=True)
    assert code == KILLED, out
    code, out = zygote.run(data, corpus, embed_cli=True, env={"RAG_EMBED_AT_START": "off"},
                           snapshot=str(tmp_path / "snap.json"))
    assert code == 0, out
    assert "no vectors yet" not in out  # the rerun of the stage, not the start-up, finished them
    assert json.loads((tmp_path / "snap.json").read_text(encoding="utf-8")) == clean
