"""In-process domain validation throughput: compute_totals + validate_invoice of a 10-line invoice, one core.

Run: `python bench/domain_bench.py` from the repository root (src on the path). Prints and returns the figures.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT / "src", ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from domain.rules import validate_invoice  # noqa: E402
from domain.totals import compute_totals  # noqa: E402
from tests.builders import a_document_allowance, an_invoice  # noqa: E402

TARGET_PER_SECOND = 10_000


def _one_pass(invoice) -> None:  # type: ignore[no-untyped-def]
    findings = validate_invoice(compute_totals(invoice))
    if any(f.is_fatal for f in findings):
        raise AssertionError(f"the bench invoice is not valid: {findings}")


def run(lines: int = 10, seconds: float = 3.0) -> dict[str, object]:
    """Validate the same invoice in a loop for about `seconds` (best of 3 rounds)."""
    invoice = an_invoice(lines=lines, allowances_charges=(a_document_allowance("5.00"),))
    _one_pass(invoice)
    best = best_cpu = 0.0
    for _ in range(3):
        count, started, cpu_started = 0, time.perf_counter(), time.process_time()
        deadline = started + seconds / 3
        while (now := time.perf_counter()) < deadline:
            for _ in range(200):
                _one_pass(invoice)
            count += 200
        best = max(best, count / (now - started))
        # CPU time of this process: the one-core figure even when other processes share the machine.
        best_cpu = max(best_cpu, count / (time.process_time() - cpu_started))
    result = {
        "bench": "domain validation (compute_totals + validate_invoice)",
        "lines": lines,
        "per_second": round(best),
        "per_cpu_second": round(best_cpu),
        "microseconds_each": round(1e6 / best, 1),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "target_per_second": TARGET_PER_SECOND,
        "meets_target": best_cpu >= TARGET_PER_SECOND,
        "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }
    for key, value in result.items():
        print(f"{key:>20}: {value}")
    return result


if __name__ == "__main__":
    run()
