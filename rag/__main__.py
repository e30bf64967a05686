"""Command line: ``python -m rag <command>``.

Commands:
  config   print every setting with its RAG_ env var, value and description
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence


def cmd_config(args: argparse.Namespace) -> int:
    from index.config import describe, get_settings

    print(describe(get_settings()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rag", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("config", help="print settings (RAG_ env vars, values, descriptions)")
    p.set_defaults(func=cmd_config)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
