"""A deterministic stand-in for ``rag.pipeline.Pipeline`` over the real corpus, for the web
tests, the load benchmark and UI work while the answerer is being written.

It answers from the person-checked evaluation sets: the gold question closest to the asked one
(word and character-bigram overlap) gives the answer's first line, and its evidence gives the
citations, whose quotes are cut from the real report text at real spans. Same methods and
signatures as the real pipeline, so the app cannot tell the difference.

``python app.py --pipeline web.fake:load`` serves it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.model import Answer, Citation, Hit, Passage, Report

MIN_SCORE = 0.25  # below this overlap the fake says the reports do not hold the answer


def _grams(text: str) -> set[str]:
    text = text.lower()
    words = set(re.findall(r"[a-z0-9]+", text))
    han = re.sub(r"[^\u4e00-\u9fff0-9]", "", text)
    return words | {han[i:i + 2] for i in range(len(han) - 1)}


def _score(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _lang(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


class FakePipeline:
    search_modes = ("fake",)

    def __init__(self, reports: list[Report], questions: list[Any] | None = None,
                 canned: dict[str, Answer] | None = None, delay_s: float = 0.0, store: Any = None):
        self.reports = reports
        self.store = store  # the structured store, as the real pipeline has it (for exports)
        self.by_id = {r.id: r for r in reports}
        self.canned = canned or {}  # exact question → answer, for tests that need a given answer
        self.delay_s = delay_s  # per streamed chunk, to look like a model typing
        if questions is None:
            from evals.sets import default_sets, generated_questions, load_set

            questions = [q for p in default_sets() for q in load_set(p)] + generated_questions()
        self.gold = [(q, _grams(q.question)) for q in questions if q.expected is not None]

    # ---- the Pipeline interface ----------------------------------------------------------

    def ask(self, question: str, history: list[dict[str, str]] | None = None,
            place: str | None = None, year: int | None = None) -> Answer:
        t0 = time.perf_counter()
        if question in self.canned:
            return self.canned[question]
        a = self._answer(question, place, year)
        a.timing_ms["total"] = round((time.perf_counter() - t0) * 1000, 1)
        a.filters = {k: v for k, v in (("place", place), ("year", year)) if v}  # as the real one reports them
        return a

    def stream(self, question: str, history: list[dict[str, str]] | None = None,
               place: str | None = None, year: int | None = None) -> Iterator[str | Answer]:
        a = self.ask(question, history, place=place, year=year)
        for piece in re.findall(r".{1,12}", a.text, flags=re.S):
            if self.delay_s:
                time.sleep(self.delay_s)
            yield piece
        yield a

    def search(self, query: str, k: int = 10, mode: str = "fake") -> list[Hit]:
        g = _grams(query)
        scored = []
        for r in self.reports:
            for s in r.sections:
                text = r.text[s.body_span[0]:s.body_span[1]]
                scored.append((_score(g, _grams(text)), r, s, text))
        scored.sort(key=lambda x: -x[0])
        return [Hit(Passage(f"{r.id}#{s.id}~0", r.id, f"{r.id}#{s.id}", "prose", text, s.body_span, s.path,
                            r.agency.name if r.agency else "", r.place.county if r.place else "", r.year),
                    score, rank) for rank, (score, r, s, text) in enumerate(scored[:k], 1)]

    # ---- answering from the gold ---------------------------------------------------------

    def _fits(self, rid: str, place: str | None, year: int | None) -> bool:
        r = self.by_id.get(rid)
        if r is None:
            return False
        return (not place or (r.place is not None and r.place.county == place)) and (year is None or r.year == year)

    def _answer(self, question: str, place: str | None, year: int | None) -> Answer:
        lang = _lang(question)
        g = _grams(question)
        best = max(self.gold, key=lambda qg: _score(g, qg[1]), default=None)
        if best is None or _score(g, best[1]) < MIN_SCORE or best[0].expected == "refuse":
            return self._refuse(question, lang)
        q = best[0]
        rids = [rid for rid in q.expected_reports if self._fits(rid, place, year)]
        if not rids:
            return self._refuse(question, lang)
        cites, facts = [], []
        for rid in rids:
            r = self.by_id[rid]
            agency = r.agency.name if r.agency else ""
            for ev in q.evidence:
                i = r.text.find(ev) if not ev.startswith(("cell:", "note:")) else -1
                if i >= 0:
                    cites.append(Citation(rid, agency, r.year, self._section(r, i), ev, (i, i + len(ev)),
                                          passage_id=f"{rid}#fake"))
            # Cells come as expected_cells or as "cell:report|table|row|column" evidence.
            cells = list(q.expected_cells) + [tuple(ev[5:].split("|")) for ev in q.evidence
                                              if ev.startswith("cell:") and ev.count("|") == 3]
            for crid, table, row, col in dict.fromkeys(cells):
                v = next((t for t in r.tables if crid == rid and (t.table, t.row, t.column) == (table, row, col)), None)
                if v is not None and v.span is not None:
                    cites.append(Citation(rid, agency, r.year, table, r.quote(v.span), v.span,
                                          passage_id=f"{rid}#fake", cell=(table, row, col)))
                    facts.append({"report_id": rid, "table": table, "row": row, "column": col,
                                  "value": v.value, "unit": v.unit, "status": v.status})
        exp = q.expected
        names = [n for n in exp.get("names", []) if any(self.by_id[rid].place and self.by_id[rid].place.county == n
                                                         for rid in rids)] if "names" in exp else []
        lead = (str(exp["number"]) if "number" in exp else "、".join(names) if names else "；".join(exp.get("phrases", [])))
        tail = "（依据见下方来源）" if lang == "zh" else "(see the sources below)"
        warnings = [f for rid in rids for f in self.by_id[rid].findings if f.kind == "prose_table"][:3]
        return Answer(question, f"{lead}\n{tail}", citations=cites, facts=facts, warnings=warnings, language=lang)

    @staticmethod
    def _section(r: Report, pos: int) -> str:
        inside = [s for s in r.sections if s.span[0] <= pos < s.span[1]]
        return " > ".join(max(inside, key=lambda s: s.level).path) if inside else ""

    @staticmethod
    def _refuse(question: str, lang: str) -> Answer:
        text = "报告中没有相关信息。" if lang == "zh" else "The reports do not say."
        return Answer(question, text, refused=True, language=lang)


def load(settings: Any = None, progress: Any = None) -> FakePipeline:
    """Like ``rag.pipeline.load``: the structured store is built from the corpus when missing."""
    from index.build import build
    from index.config import get_settings
    from index.store import Store, StoreError

    settings = settings or get_settings()
    store = Store(settings.data_dir)
    try:
        reports = store.reports() if store.exists() and store.check_version() is None else []
    except StoreError:
        reports = []
    if not reports:
        build(Path(settings.corpus_dir), Path(settings.data_dir), settings.max_file_mb, progress=progress)
        store = Store(settings.data_dir)
        reports = store.reports()
    return FakePipeline(reports, store=store)
