"""Deterministic stand-ins for the answering system, registered by ``module:factory`` like the
real one (``python -m evals run --system fake_system:oracle`` with tests/ on the path)."""

from __future__ import annotations

from index.config import get_settings
from index.model import Answer, Citation, Hit, Passage
from index.store import Store


class Oracle:
    """Answers from the gold itself, citing its evidence: what a perfect bot would return."""

    search_modes = ("oracle",)

    def __init__(self, questions):
        # Follow-ups repeat ("那渠县呢？"), so a question is known by its conversation so far.
        self.by_turns = {(q.history, q.question): q for q in questions if q.expected is not None}
        self.by_text = {q.question: q for q in questions if q.expected_passages}
        self.store = Store(get_settings().data_dir)

    def ask(self, question, history=None):
        turns = tuple(h["content"] for h in history or () if h["role"] == "user")
        q = self.by_turns.get((turns, question))
        if q is None or q.expected == "refuse":
            return Answer(question, "报告中没有相关信息。", refused=True)
        exp = q.expected
        lead = (str(exp["number"]) if "number" in exp else "、".join(exp.get("names", []))
                or "；".join(exp.get("phrases", [])))
        cites = []
        for rid in q.expected_reports:
            text = self.store.get(rid).text
            for ev in q.evidence:
                if ev in text:
                    i = text.index(ev)
                    cites.append(Citation(rid, "", None, "", ev, (i, i + len(ev))))
        for rid, table, row, col in q.expected_cells:
            v = next(v for v in self.store.get(rid).tables if (v.table, v.row, v.column) == (table, row, col))
            cites.append(Citation(rid, "", None, table, self.store.get(rid).quote(v.span), v.span, cell=(table, row, col)))
        for rid in q.expected_reports:
            if not any(c.report_id == rid for c in cites):
                cites.append(Citation(rid, "", None, "", self.store.get(rid).text[:5], (0, 5)))
        return Answer(question, f"{lead}\n（依据见引用）", citations=cites)

    def search(self, query, k=10, mode=None):
        q = self.by_text.get(query)
        ids = list(q.expected_passages) if q else []
        return [Hit(Passage(i, i.split("#")[0], i, "prose", "", (0, 0)), 1.0 / r, r) for r, i in enumerate(ids, 1)]


class Wrong:
    """Always the same confident, uncited, wrong answer."""

    search_modes = ("wrong",)

    def ask(self, question, history=None):
        return Answer(question, "42 件，北京市。", citations=[Citation("nowhere", "", None, "", "不存在的引文", (0, 6))])

    def search(self, query, k=10, mode=None):
        return [Hit(Passage(f"nowhere#s{i}", "nowhere", "nowhere#s1", "prose", "", (0, 0)), 0.0, i) for i in range(1, k + 1)]


def oracle():
    from evals.sets import default_sets, generated_questions, load_set, load_suite, suite_dirs

    return Oracle([q for p in default_sets() for q in load_set(p)] + generated_questions()
                  + [q for d in suite_dirs() for q in load_suite(d).questions])


def wrong():
    return Wrong()
