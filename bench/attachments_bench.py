"""A Factur-X carrying 20 MiB of attachments (the gateway's limit: 7 + 7 + 6 MiB of incompressible bytes):
render, full official validation and parse, and the peak memory of the process doing it (measured in a fresh
process, so that nothing else counts)."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time

MiB = 1024 * 1024


def measure() -> None:
    from adapters.documents.api import parse
    from adapters.documents.checking import check_document
    from adapters.documents.facturx_writer import render_facturx
    from adapters.documents.validation import default_validator
    from domain.invoice import Attachment
    from domain.totals import compute_totals
    from tests.builders import an_invoice

    default_validator().warm_up()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rng = random.Random(0)
    attachments = tuple(
        Attachment(
            f"PJ-{i}",
            kind,
            content=rng.randbytes(size * MiB),
            mime_code="application/pdf",
            filename=f"pj-{i}.pdf",
        )
        for i, (kind, size) in enumerate((("LISIBLE", 7), ("BON_LIVRAISON", 7), ("PJA", 6)), 1)
    )
    invoice = compute_totals(an_invoice(10, attachments=attachments))
    start = time.perf_counter()
    content = render_facturx(invoice)
    rendered = time.perf_counter()
    report = check_document(content, french=True).report
    checked = time.perf_counter()
    parsed = parse(content)
    done = time.perf_counter()
    assert report.valid, [f.rule_id for f in report.fatal] + list(report.errors)
    assert parsed.invoice.attachments == invoice.attachments
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  Factur-X of {len(content) / 1e6:.1f} MB (20 MiB of attachments, in the XML and as PDF attachments)"
    )
    print(
        f"  render {1000 * (rendered - start):.0f} ms, full validation {1000 * (checked - rendered):.0f} ms,"
        f" parse {1000 * (done - checked):.0f} ms"
    )
    print(f"  peak RSS {peak:.0f} MB (warmed validator alone: {base:.0f} MB)")


def run() -> None:
    subprocess.run(
        [sys.executable, "-c", "from bench.attachments_bench import measure; measure()"], check=True
    )


if __name__ == "__main__":
    run()
