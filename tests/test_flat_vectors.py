"""The flat vector files (index.flatvectors): exact search against a brute force, filters, a crash
between the append and the commit, a reader beside a writer, two writing processes, read-only."""

from __future__ import annotations

import multiprocessing as mp

import numpy as np
import pytest

from index.flatvectors import FlatVectors
from index.model import Passage
from index.vectors import IndexMismatch

DIM = 16


class Emb:
    name = "test-flat"
    dim = DIM


def _report(rid: str, n: int, rng) -> tuple[list[Passage], np.ndarray]:
    ps = [Passage(id=f"{rid}~{i}", report=rid, section=f"{rid}#s", kind="prose", text=f"{rid} {i}", span=(0, 1))
          for i in range(n)]
    return ps, rng.normal(size=(n, DIM)).astype(np.float32)


def _add(vi: FlatVectors, reports: dict[str, tuple[list[Passage], np.ndarray]]) -> None:
    shas = {rid: f"sha-{rid}" for rid in reports}
    vi.mark(shas, "started")
    ps = [p for rid in sorted(reports) for p in reports[rid][0]]
    vectors = np.concatenate([reports[rid][1] for rid in sorted(reports)])
    vi.add(ps, vectors, shas, {rid: len(reports[rid][0]) for rid in reports})
    vi.mark(shas, "done")


def _brute(reports, q, k, within=None):
    rows = [(p.id, v) for rid, (ps, vs) in sorted(reports.items()) if within is None or rid in within
            for p, v in zip(ps, vs)]
    sims = [(float(v @ q / np.linalg.norm(v) / np.linalg.norm(q)), pid) for pid, v in rows]
    return [pid for _s, pid in sorted(sims, key=lambda t: -t[0])[:k]]


@pytest.fixture
def rng():
    return np.random.default_rng(7)


def test_exact_search_filters_and_removal(tmp_path, rng, monkeypatch):
    monkeypatch.setattr("index.flatvectors.CHUNK", 50)  # several chunks per search
    reports = {f"r{i:02d}": _report(f"r{i:02d}", 30 + i, rng) for i in range(12)}
    vi = FlatVectors(Emb(), tmp_path, create=True)
    _add(vi, dict(list(reports.items())[:5]))
    _add(vi, dict(list(reports.items())[5:]))
    assert vi.count() == sum(len(ps) for ps, _ in reports.values())
    reader = FlatVectors(Emb(), tmp_path)  # serving: opened read-only
    for _ in range(5):
        q = rng.normal(size=DIM).astype(np.float32)
        got = reader.query(q.tolist(), 7)
        assert [pid for pid, _ in got] == _brute(reports, q, 7)
        assert got[0][1] == pytest.approx(max(float(np.dot(v, q) / np.linalg.norm(v) / np.linalg.norm(q))
                                              for _ps, vs in reports.values() for v in vs), abs=1e-5)
        within = {"r03", "r09", "r04"}
        assert [pid for pid, _ in reader.query(q.tolist(), 5, sorted(within))] == _brute(reports, q, 5, within)
    assert reader.query(q.tolist(), 5, []) == [] and reader.query(q.tolist(), 5, ["unknown"]) == []
    vi.delete_report("r04")
    assert all(not pid.startswith("r04~") for pid, _ in reader.query(q.tolist(), 500))
    assert reader.count() == vi.count() == sum(len(ps) for rid, (ps, _) in reports.items() if rid != "r04")
    assert "r04" not in reader.done() and reader.done()["r05"] == "sha-r05"


def test_rows_a_crash_left_are_overwritten_and_never_read(tmp_path, rng, monkeypatch):
    a, b = _report("a", 20, rng), _report("b", 25, rng)
    vi = FlatVectors(Emb(), tmp_path, create=True)
    _add(vi, {"a": a})

    def die(*_a):
        raise KeyboardInterrupt("killed between the append and the commit")

    monkeypatch.setattr(FlatVectors, "_commit", die)
    with pytest.raises(KeyboardInterrupt):
        _add(FlatVectors(Emb(), tmp_path, create=True), {"b": b})
    monkeypatch.undo()
    again = FlatVectors(Emb(), tmp_path, create=True)
    assert again.entries() == {"a": ("sha-a", "done"), "b": ("sha-b", "started")}  # the embed stage redoes b
    assert (tmp_path / "vectors" / again.name / "vectors.f32").stat().st_size == 45 * 4 * DIM
    assert [p for p, _ in again.query(b[1][0].tolist(), 1)] == ["a~" + str(np.argmax(a[1] @ b[1][0] / np.linalg.norm(
        a[1], axis=1)))]  # b's appended rows are not searched
    again.delete_report("b")
    _add(again, {"b": b})
    assert (tmp_path / "vectors" / again.name / "vectors.f32").stat().st_size == 45 * 4 * DIM  # overwritten
    assert [p for p, _ in again.query(b[1][3].tolist(), 1)] == ["b~3"] and again.count() == 45


def test_a_reader_sees_what_a_writer_adds_later(tmp_path, rng):
    writer = FlatVectors(Emb(), tmp_path, create=True)
    _add(writer, {"a": _report("a", 10, rng)})
    reader = FlatVectors(Emb(), tmp_path)
    assert reader.query(rng.normal(size=DIM).tolist(), 3)
    b = _report("b", 10, rng)
    _add(writer, {"b": b})  # past the reader's mapping of the file
    assert [p for p, _ in reader.query(b[1][4].tolist(), 1, ["b"])] == ["b~4"]


def _write(folder, rid, seed):
    rng = np.random.default_rng(seed)
    vi = FlatVectors(Emb(), folder, create=True)
    for k in range(6):
        _add(vi, {f"{rid}{k}": _report(f"{rid}{k}", 40, rng)})


def test_two_processes_write_one_folder(tmp_path):
    ctx = mp.get_context("fork")
    FlatVectors(Emb(), tmp_path, create=True)
    procs = [ctx.Process(target=_write, args=(tmp_path, rid, s)) for rid, s in (("x", 1), ("y", 2))]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    vi = FlatVectors(Emb(), tmp_path)
    assert vi.count() == 480 and len(vi.done()) == 12
    for rid, seed in (("x", 1), ("y", 2)):
        rng = np.random.default_rng(seed)
        for k in range(6):
            _ps, vs = _report(f"{rid}{k}", 40, rng)
            assert [p for p, _ in vi.query(vs[17].tolist(), 1)] == [f"{rid}{k}~17"]


def test_read_only_folder_and_model_guard(tmp_path, rng):
    a = _report("a", 12, rng)
    _add(FlatVectors(Emb(), tmp_path, create=True), {"a": a})
    paths = [tmp_path, *tmp_path.rglob("*")]
    for p in paths:
        p.chmod(p.stat().st_mode & ~0o222)
    try:
        assert [p for p, _ in FlatVectors(Emb(), tmp_path).query(a[1][5].tolist(), 1)] == ["a~5"]
    finally:
        for p in paths:
            p.chmod(p.stat().st_mode | 0o200)

    class Other(Emb):
        name = "another"

    with pytest.raises(IndexMismatch, match="another.*test-flat"):
        FlatVectors(Other(), tmp_path)


def test_a_reader_opened_before_the_first_write_sees_it(tmp_path, rng):
    FlatVectors(Emb(), tmp_path, create=True)
    (tmp_path / "vectors" / FlatVectors(Emb(), tmp_path).name / "ledger.sqlite3").unlink()  # as if killed before it
    reader = FlatVectors(Emb(), tmp_path)
    assert reader.query(rng.normal(size=DIM).tolist(), 3) == [] and reader.count() == 0
    a = _report("a", 10, rng)
    _add(FlatVectors(Emb(), tmp_path, create=True), {"a": a})
    assert [p for p, _ in reader.query(a[1][2].tolist(), 1)] == ["a~2"]
