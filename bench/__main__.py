"""`python -m bench` (`make bench`): run every `bench/*_bench.py` module's `run()`; figures are printed."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TextIO

_written = [0]


class _CountingStdout:
    """Counts what the bench modules print, so figures a module already printed are not printed twice."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        _written[0] += len(text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))
    wanted = set(sys.argv[1:] if argv is None else argv)
    # `--help` ran nothing and printed nothing, and a misspelt name the same: said here, with the names there are
    unknown = sorted(wanted - set(names))
    if unknown:
        asked = unknown[0] in ("-h", "--help")
        usage = f"usage: python -m bench [NAME ...] (every one when none is named): {', '.join(names)}"
        print(
            usage if asked else f"python -m bench: no bench {unknown[0]!r}; {usage}",
            file=sys.stdout if asked else sys.stderr,
        )
        return 0 if asked else 2
    sys.stdout = _CountingStdout(sys.stdout)  # type: ignore[assignment]
    for name in names:
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        before = _written[0]
        figures = importlib.import_module(f"bench.{name}").run()
        if (
            isinstance(figures, dict) and _written[0] == before
        ):  # a module that printed nothing: show its figures
            for key, value in figures.items():
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
