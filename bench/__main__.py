"""`python -m bench` (`make bench`): run every `bench/*_bench.py` module's `run()`; figures are printed."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("*_bench.py"))
    wanted = set(sys.argv[1:])
    for name in names:
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        figures = importlib.import_module(f"bench.{name}").run()
        if isinstance(figures, dict):  # modules that only print under their own __main__ return their figures
            for key, value in figures.items():
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
