"""A compression-bomb Factur-X against a real document worker: time to refusal and the worker's peak RSS growth.

Run from the repository root: `PYTHONPATH=src:. python -m bench document_limits_bench`. Target (issue 12): a PDF
whose attachment expands to >= 2 GB is refused in under 1 s while the worker's memory grows by less than 100 MB.

The bomb is 55 KB: factur-x.xml is two nested Flate layers over 2 GiB of zeros (tests/support/hostile_pdfs.py).
It goes through the same DocumentExecutor as ValidateDocument (a spawned worker under the default WorkerLimits),
after one valid Factur-X has warmed that worker. Peak RSS growth = the worker's VmHWM after the call minus its
VmRSS before it, the peak having been reset (/proc/PID/clear_refs). For comparison, the same worker pool then
reads the same stream the way the reader did before the cap (pikepdf's whole-stream decode): the worker's memory
limit is then the only bound.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from io import BytesIO
from pathlib import Path

import pikepdf

from adapters.documents.checking import check_document
from domain.document_formats import DocumentError
from service.workers.document_executor import DocumentExecutor
from service.workers.worker_pool import MiB
from tests.support.hostile_pdfs import compression_bomb, facturx_pdf

ROUNDS = 5
EXPANDED = 2 << 30
TARGET_S, TARGET_MB = 1.0, 100


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def _reset_peak(pid: int) -> bool:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")  # 5: reset the peak RSS (VmHWM) to the current RSS
        return True
    except OSError:
        return False


def unbounded_read(content: bytes) -> int:
    """The attachment read as before the cap: qpdf decodes the whole stream (module-level: runs in the worker)."""
    with pikepdf.open(BytesIO(content)) as pdf:
        return len(pdf.attachments["factur-x.xml"].get_file().read_bytes())


async def _refusal(
    executor: DocumentExecutor, pid: int, fn: object, content: bytes
) -> tuple[float, float, str]:
    """(seconds to the refusal, peak RSS growth in MB, rule id) of one call that must be refused."""
    before_kib = _kib(pid, "VmRSS")
    exact_peak = _reset_peak(pid)
    started = time.perf_counter()
    try:
        await executor.run(fn, content)
    except DocumentError as exc:
        elapsed, rule = time.perf_counter() - started, exc.rule_id
    else:
        raise AssertionError("the bomb was not refused")
    try:
        peak_kib = _kib(pid, "VmHWM")
    except (OSError, LookupError):  # the worker was replaced (memory limit): its peak is its limit at most
        peak_kib = -1
    growth = (peak_kib - before_kib) / 1024 if peak_kib >= 0 and exact_peak else float("nan")
    return elapsed, growth, rule


async def measure() -> None:
    bomb = compression_bomb(EXPANDED)
    executor = DocumentExecutor(workers=1)
    limits = executor.limits
    try:
        checked = await executor.run(check_document, facturx_pdf())  # warms the worker: compiled artifacts
        assert checked.report.valid
        pid = await executor.run(os.getpid)
        print(
            f"bomb: a {len(bomb):,}-byte Factur-X whose factur-x.xml expands to {EXPANDED:,} bytes (2 Flate layers); "
            f"worker pid {pid}, RSS {_kib(pid, 'VmRSS') / 1024:.0f} MB after warm-up, limits "
            f"{limits.memory_bytes // MiB} MiB / {limits.time_s:g} s"
        )
        rounds = [await _refusal(executor, pid, check_document, bomb) for _ in range(ROUNDS)]
        times = [r[0] for r in rounds]
        growths = [r[1] for r in rounds]
        rules = {r[2] for r in rounds}
        met = max(times) < TARGET_S and max(growths) < TARGET_MB
        print(
            f"ValidateDocument path (check_document in the worker): refused with {', '.join(sorted(rules))} in "
            f"{statistics.median(times) * 1000:.0f} ms median [{min(times) * 1000:.0f}–{max(times) * 1000:.0f}] over "
            f"{ROUNDS} rounds; worker peak RSS growth {statistics.median(growths):.0f} MB median "
            f"[{min(growths):.0f}–{max(growths):.0f}]  (target < {TARGET_S:g} s and < {TARGET_MB} MB: "
            f"{'met' if met else 'MISSED'})"
        )
        valid = time.perf_counter()
        assert (await executor.run(check_document, facturx_pdf())).report.valid
        print(
            f"same worker, next call: a valid Factur-X checked in {(time.perf_counter() - valid) * 1000:.0f} ms"
        )

        elapsed, _, rule = await _refusal(executor, pid, unbounded_read, bomb)
        new_pid = await executor.run(os.getpid)
        print(
            f"without the cap (pikepdf decodes the whole stream), same pool: refused with {rule} after "
            f"{elapsed:.1f} s, the worker at its {limits.memory_bytes // MiB} MiB limit, then replaced "
            f"(pid {pid} -> {new_pid})"
        )
    finally:
        executor.close()


def run() -> None:
    asyncio.run(measure())


if __name__ == "__main__":
    run()
