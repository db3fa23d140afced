"""Cost of rendering, parsing and validating one 10-line invoice, on one core, against the usual Python stack.

Run from the repository root: `PYTHONPATH=src:. python -m bench.documents_bench`. Figures are medians in ms;
docs/s per core = 1000 / median. Targets (issue 4): Factur-X render + full validation ≥ 50/s, CII render + full
validation ≥ 80/s, parsing ≥ 1,000 docs/s.

"Plain stack" = what most Python users assemble: the `factur-x` package's CII generator (from its BT-keyed dict,
obtained here with its own parser), a ReportLab page in base-14 Helvetica, `generate_from_binary` (embedding,
XMP, XSD check), then the same official validation layers.
"""

from __future__ import annotations

import copy
import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from adapters.documents.api import parse
from adapters.documents.cii_writer import render_cii
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.facturx_writer import render_facturx
from adapters.documents.formats import Profile
from adapters.documents.ubl_writer import render_ubl
from domain.invoice import Delivery
from domain.totals import compute_totals
from tests.builders import an_invoice

ROUNDS = 40
WARMUP = 5


def _median_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    for _ in range(WARMUP):
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _plain_stack(invoice: Any, validator: Any) -> Callable[[], object] | None:
    try:
        import facturx
        from facturx.generate_xml import generate_cii_xml
        from facturx.parse_xml import parse_ubl_cii_xml
        from reportlab.pdfgen.canvas import Canvas
    except ImportError:
        return None
    data = parse_ubl_cii_xml(render_cii(invoice))

    def run() -> object:
        xml = generate_cii_xml(copy.deepcopy(data), level="en16931", check_xsd=False, check_schematron=False)
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        canvas.setFont("Helvetica", 10)
        y = 800
        for line in invoice.lines:
            canvas.drawString(
                40, y, f"{line.item.name} {line.quantity} x {line.net_price} = {line.net_amount}"
            )
            y -= 14
        canvas.drawString(40, y - 20, f"Total TTC {invoice.totals.tax_inclusive}")
        canvas.showPage()
        canvas.save()
        pdf = facturx.generate_from_binary(
            buffer.getvalue(), xml, flavor="factur-x", level="en16931", check_xsd=True
        )
        return validator.validate_facturx_xml(extract_xml(pdf)[0], profile="EN16931")

    return run


def run() -> dict[str, float]:
    invoice = compute_totals(an_invoice(lines=10, delivery=Delivery(date=date(2026, 10, 30))))
    cii, ubl, pdf = render_cii(invoice), render_ubl(invoice), render_facturx(invoice)
    figures: dict[str, float] = {
        "render CII": _median_ms(lambda: render_cii(invoice)),
        "render UBL": _median_ms(lambda: render_ubl(invoice)),
        "render Factur-X PDF/A-3b (EN16931)": _median_ms(lambda: render_facturx(invoice, Profile.EN16931)),
        "parse CII": _median_ms(lambda: parse(cii)),
        "parse UBL": _median_ms(lambda: parse(ubl)),
        "parse Factur-X": _median_ms(lambda: parse(pdf)),
    }
    try:
        from adapters.documents.validation import default_validator
    except ImportError:  # the validation layers are not merged: render and parse figures only
        validator = None
    else:
        validator = default_validator()
        validator.warm_up()
        figures["validate CII (XSD+CEN+BR-FR)"] = _median_ms(
            lambda: validator.validate(cii, syntax="CII", profile="EN16931")
        )
        figures["validate UBL (XSD+CEN+BR-FR)"] = _median_ms(
            lambda: validator.validate(ubl, syntax="UBL", profile="EN16931")
        )
        figures["validate Factur-X (extract+XSD+FX+BR-FR)"] = _median_ms(
            lambda: validator.validate_facturx_xml(extract_xml(pdf)[0], profile="EN16931")
        )
        figures["CII render + full validation"] = _median_ms(
            lambda: validator.validate(render_cii(invoice), syntax="CII", profile="EN16931")
        )
        figures["Factur-X render + full validation"] = _median_ms(
            lambda: validator.validate_facturx_xml(extract_xml(render_facturx(invoice))[0], profile="EN16931")
        )
        plain = _plain_stack(invoice, validator)
        if plain is not None:
            figures["plain stack: factur-x XML + base-14 page + generate_from_binary + validation"] = (
                _median_ms(plain)
            )
    return figures


def main() -> None:
    figures = run()
    width = max(len(k) for k in figures)
    print(f"{'one 10-line invoice, one core':<{width}}  median ms   docs/s")
    for name, ms in figures.items():
        print(f"{name:<{width}}  {ms:9.2f}  {1000 / ms:7.0f}")
    ours = figures.get("Factur-X render + full validation")
    plain = next((v for k, v in figures.items() if k.startswith("plain stack")), None)
    if ours and plain:
        print(f"plain stack / ours (Factur-X render + validation): {plain / ours:.2f}x")


if __name__ == "__main__":
    main()
