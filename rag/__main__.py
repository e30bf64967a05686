"""Command line: ``python -m rag <command>``.

Commands:
  config   print every setting with its RAG_ env var, value and description
  search   the top passages for a question (id, score, report, year, heading path, text, span)
  ask      answer questions with numbered sources (or one JSON object per question with --json)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence


def cmd_config(args: argparse.Namespace) -> int:
    from index.config import describe, get_settings

    print(describe(get_settings()))
    return 0


def _pipeline():
    from index.config import get_settings, unless_set
    from rag.pipeline import load

    # a question answers now, from BM25 where vectors are not in
    return load(unless_set(get_settings(), embed_at_start="off"), progress=lambda m: print(m, file=sys.stderr))


def cmd_search(args: argparse.Namespace) -> int:
    p = _pipeline()
    hits = p.search(args.question, k=args.k, mode=args.mode)
    if not hits:
        msg = "no results: the question has no searchable words, or names a place/year the corpus lacks"
        print(json.dumps({"question": args.question, "hits": [], "note": msg}, ensure_ascii=False)
              if args.json else msg)
        return 0
    for h in hits:
        ps = h.passage
        row = {"rank": h.rank, "id": ps.id, "score": round(h.score, 4), "report": ps.report, "agency": ps.agency,
               "year": ps.year, "heading_path": list(ps.heading_path), "text": ps.text, "span": list(ps.span)}
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{h.rank:>2}. {ps.id}  score {h.score:.4f}  {ps.agency} {ps.year}  "
                  f"{' > '.join(ps.heading_path)}  [{ps.span[0]}:{ps.span[1]}]\n    {ps.text[:200]}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    p = _pipeline()
    history: list[dict[str, str]] = []
    for question in args.questions:
        a = p.ask(question, history=history if args.conversation else None)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": a.text}]
        if args.json:
            print(json.dumps({
                "question": question, "answer": a.text, "refused": a.refused,
                "citations": [{"report_id": c.report_id, "agency": c.agency, "year": c.year, "section": c.section,
                               "quote": c.quote, "span": list(c.span), "cell": list(c.cell) if c.cell else None}
                              for c in a.citations],
                "facts": a.facts, "warnings": [w.as_json() for w in a.warnings], "timing_ms": a.timing_ms,
                "retrieval": a.retrieval},
                ensure_ascii=False))
            continue
        print(f"Q: {question}\n{a.text}")
        for i, c in enumerate(a.citations, 1):
            where = " | ".join(c.cell) if c.cell else c.section
            quote = " ".join(c.quote.split())  # the report's own line breaks would break the listing
            print(f"  [{i}] {c.agency} {c.year} {where}: “{quote[:120]}”")
        for w in a.warnings:
            print(f"  ! {w.report + ': ' if w.report else ''}{w.message}")
        if a.retrieval.get("bm25_only"):
            print(f"  (found by BM25 alone, their vectors not in yet: {', '.join(a.retrieval['bm25_only'])})")
        print()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rag", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("config", help="print settings (RAG_ env vars, values, descriptions)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("search", help="top passages for a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "bm25"])
    p.add_argument("--json", action="store_true", help="one JSON object per passage")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer one or more questions")
    p.add_argument("questions", nargs="+", metavar="QUESTION")
    p.add_argument("--json", action="store_true", help="one JSON object per question per line")
    p.add_argument("--conversation", action="store_true", help="treat the questions as one conversation")
    p.set_defaults(func=cmd_ask)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        return 0


if __name__ == "__main__":
    sys.exit(main())
