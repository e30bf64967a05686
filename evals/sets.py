"""Question sets: loading (JSONL or CSV, see evals/README.md), the set generated from the
person-checked table values in evals/gold/seed_tables.json, and suites with a corpus of their own
(a folder of sets beside a ``corpus.json`` naming generated reports: the held-out ruler)."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS_DIR = HERE / "sets"
GOLD_TABLES = HERE / "gold" / "seed_tables.json"


class SetError(ValueError):
    """A question set that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    language: str = "zh"
    expected: Any = None  # {"number": n} | {"names": [...]} | {"phrases": [...]} | "refuse" | None
    expected_reports: tuple[str, ...] = ()
    expected_passages: tuple[str, ...] = ()
    expected_cells: tuple[tuple[str, str, str, str], ...] = ()  # (report, table, row, column)
    evidence: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    set: str = ""


def _question(d: dict[str, Any], set_name: str, where: str) -> Question:
    if not d.get("id") or not d.get("question"):
        raise SetError(f"{where}: every question needs an 'id' and a 'question'")
    exp = d.get("expected")
    if exp is not None and exp != "refuse":
        if not isinstance(exp, dict) or len(set(exp) & {"number", "names", "phrases"}) != 1:
            raise SetError(f"{where}: 'expected' must be \"refuse\" or an object with one of number/names/phrases")
    return Question(
        id=str(d["id"]), question=str(d["question"]), language=d.get("language") or "zh", expected=exp,
        expected_reports=tuple(d.get("expected_reports") or ()),
        expected_passages=tuple(d.get("expected_passages") or ()),
        expected_cells=tuple(tuple(c) for c in d.get("expected_cells") or ()),
        evidence=tuple(d.get("evidence") or ()), tags=tuple(d.get("tags") or ()),
        history=tuple(d.get("history") or ()), set=set_name,
    )


def _split(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").replace("；", ";").split(";") if x.strip()]


def _csv_expected(cell: str) -> Any:
    cell = (cell or "").strip()
    if not cell:
        return None
    if cell.lower() in ("refuse", "拒答"):
        return "refuse"
    kind, sep, rest = cell.partition(":")
    if sep and kind.strip() in ("names", "phrases"):
        return {kind.strip(): _split(rest)}
    if sep and kind.strip() == "number":
        cell = rest.strip()
    try:
        return {"number": float(cell) if "." in cell else int(cell)}
    except ValueError as e:
        raise SetError(f"expected {cell!r} is not a number, 'refuse', 'names: …' or 'phrases: …'") from e


def load_set(path: Path | str) -> list[Question]:
    path = Path(path)
    name = path.stem
    out: list[Question] = []
    try:
        if path.suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as f:
                for i, row in enumerate(csv.DictReader(f), 2):
                    where = f"{path.name}:{i}"
                    d = {k: v for k, v in row.items() if k}
                    try:
                        d["expected"] = _csv_expected(d.get("expected", ""))
                    except SetError as e:
                        raise SetError(f"{where}: {e}") from None
                    for k in ("expected_reports", "expected_passages", "evidence", "tags", "history"):
                        d[k] = _split(d.get(k, ""))
                    out.append(_question(d, name, where))
        else:
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    d = json.loads(line)
                except ValueError as e:
                    raise SetError(f"{path.name}:{i}: not valid JSON ({e})") from None
                out.append(_question(d, name, f"{path.name}:{i}"))
    except OSError as e:
        raise SetError(f"cannot read {path}: {e}") from e
    ids = [q.id for q in out]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SetError(f"{path.name}: duplicate ids {sorted(dupes)}")
    return out


def default_sets() -> list[Path]:
    """The tuning sets: the files directly in evals/sets (suites in sub-folders are not among them)."""
    return sorted(p for p in SETS_DIR.glob("*") if p.suffix in (".jsonl", ".csv"))


# ---- suites with a corpus of their own ------------------------------------------------------

@dataclass(frozen=True)
class CorpusSpec:
    """Generated reports (``python -m evals synth``): the same bank, seed and n give the same files."""
    bank: str
    seed: int
    n: int

    @property
    def key(self) -> str:
        return f"{self.bank}-{self.seed}-{self.n}"


@dataclass(frozen=True)
class Suite:
    name: str
    folder: Path
    corpus: CorpusSpec
    questions: tuple[Question, ...]


def is_suite(path: Path | str) -> bool:
    return (Path(path) / "corpus.json").is_file()


def suite_dirs() -> list[Path]:
    """Every folder of evals/sets with a corpus.json (today: heldout/)."""
    return sorted(p for p in SETS_DIR.iterdir() if is_suite(p))


def load_suite(folder: Path | str) -> Suite:
    """A folder's sets (every .jsonl/.csv in it, named after the folder) and its corpus.json."""
    folder = Path(folder)
    try:
        spec = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
        corpus = CorpusSpec(str(spec["bank"]), int(spec["seed"]), int(spec["n"]))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise SetError(f"{folder}/corpus.json: needs {{\"bank\", \"seed\", \"n\"}} ({e})") from e
    questions = [dataclasses.replace(q, set=folder.name) for p in default_sets_in(folder) for q in load_set(p)]
    ids = [q.id for q in questions]
    if len(ids) != len(set(ids)):
        raise SetError(f"{folder}: duplicate ids across its sets")
    return Suite(folder.name, folder, corpus, tuple(questions))


def default_sets_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in (".jsonl", ".csv"))


def generate_corpus(spec: CorpusSpec, root: Path) -> tuple[Path, list[dict[str, Any]]]:
    """Write the suite's reports into ``root/<key>/corpus`` (gold beside it, not among the
    reports) and return that folder and the gold records. Rewritten on every run: generating
    40 reports takes about a second, the index build after it is incremental (by content hash),
    and a generator that changed its output is noticed rather than served from a stale copy."""
    from evals.synth import synth

    home = root / spec.key
    corpus = home / "corpus"
    fresh = home / "corpus.new"
    shutil.rmtree(fresh, ignore_errors=True)
    golds = synth(spec.n, fresh, seed=spec.seed, bank=spec.bank)
    (fresh / "gold.jsonl").replace(home / "gold.jsonl")
    corpus.mkdir(parents=True, exist_ok=True)
    names = {p.name for p in fresh.iterdir()}
    for old in corpus.iterdir():
        if old.name not in names:
            old.unlink()
    for new in fresh.iterdir():
        dest = corpus / new.name
        if not dest.is_file() or dest.read_bytes() != new.read_bytes():
            new.replace(dest)  # unchanged files keep their mtime: nothing to rebuild
    shutil.rmtree(fresh, ignore_errors=True)
    return corpus, golds


def report_id(gold: dict[str, Any]) -> str:
    return gold["file"].rsplit(".", 1)[0]


# the level word an English text puts after the romanised name (checked in this order)
_LEVEL_EN = (("自治区", ""), ("自治州", "Prefecture"), ("地区", "Prefecture"), ("省", "Province"), ("县", "County"),
             ("旗", "Banner"), ("区", "District"), ("市", "City"))


def gold_vocabulary(golds: Iterable[dict[str, Any]]) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """Canonical place names of generated reports → the ways an answer may write them, and each
    county → its city and province (an answer that says 重庆市忠县 names 忠县, not 重庆市 too).

    Built from the gold, not from what the bot parsed, so the ruler does not move with the code
    it measures: the name, its base (忠县 → 忠县, 巫山县 → 巫山), the forms the report prints
    (察右前旗), the agency, and the romanisation with and without its level word (Wushan, Wushan
    County, Zhongxian, Zhong County)."""
    from index.places import base_name, english

    vocab: dict[str, set[str]] = {}
    enclosing: dict[str, set[str]] = {}

    def add(name: str | None, *extra: str) -> None:
        if not name:
            return
        forms = {name, base_name(name), *extra}
        py = english(name)
        if py:
            forms.add(py)
            level = next((w for suffix, w in _LEVEL_EN if name.endswith(suffix)), "")
            if level:
                base = py.removesuffix("xian") if name.endswith("县") and len(name) == 2 else py
                forms.add(f"{base} {level}")
        vocab.setdefault(name, set()).update(f for f in forms if len(f) >= 2)

    for g in golds:
        kind, county = g["agency_kind"], g["county"]
        written = set()
        for a in g.get("agency_accept", ()):
            head = a.removesuffix(kind)
            for up in (g.get("city") or "", g.get("province") or ""):
                head = head.removeprefix(up)
            written.add(head)
        add(county, *written, *g.get("agency_accept", ()), g["agency"])
        add(g.get("city"))
        add(g.get("province"))
        enclosing.setdefault(county, set()).update(x for x in (g.get("city"), g.get("province")) if x)
        if g.get("city"):
            enclosing.setdefault(g["city"], set()).add(g["province"])
    return {k: sorted(v) for k, v in vocab.items()}, enclosing


# ---- the generated set -------------------------------------------------------------------

_PLACES = {  # report id → (agency, county, pinyin), as the reports name themselves
    "lanxi-2024": ("兰西县教育体育局", "兰西县", "Lanxi"),
    "haiyuan-2024": ("海原县教育体育局", "海原县", "Haiyuan"),
    "quxian-2024": ("渠县教育局", "渠县", "Qu County"),
    "yanchi-2020": ("盐池县教育体育局", "盐池县", "Yanchi"),
    "shenchi-2023": ("神池县教育科技局", "神池县", "Shenchi"),
}


def generated_questions(gold: Path = GOLD_TABLES) -> list[Question]:
    """Every person-checked table value as one Chinese and one English question."""
    from index import template as T

    data = json.loads(gold.read_text(encoding="utf-8"))
    out: list[Question] = []
    n = 0
    for rid, entry in data.items():
        if rid.startswith("_"):
            continue
        agency, county, pinyin = _PLACES[rid]
        year = int(rid.rsplit("-", 1)[1])
        for v in entry["values"]:
            n += 1
            table, row, col, value = v["table"], v["row"], v["column"], v["value"]
            cell = ((rid, table, row, col),)
            common = dict(expected={"number": value}, expected_reports=(rid,), expected_cells=cell,
                          evidence=(f"cell:{rid}|{table}|{row}|{col}",), set="generated-tables")
            out.append(Question(id=f"gen-{n:03d}-zh", language="zh", tags=("table-lookup", "generated"),
                                question=f"{agency}{year}年报告“{table}”表中，“{row}”的“{col}”是多少？", **common))
            en_row, en_col, en_table = T.english(row), T.english(col), T.english(table)
            out.append(Question(id=f"gen-{n:03d}-en", language="en",
                                tags=("table-lookup", "generated", "cross-lingual"),
                                question=f"In the {year} report of {pinyin} ({county}), what does the table of "
                                         f"{en_table} give for \"{en_row}\", column \"{en_col}\"?", **common))
    return out
