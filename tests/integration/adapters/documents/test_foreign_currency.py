"""The USD and CHF examples: the gateway's BT-6/BT-111 pass every official layer (BR-FR-CO-12 included) in every
format, read back, and show on the page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from google.protobuf import json_format

from adapters.documents.api import parse, render
from adapters.documents.cli import validate_bytes
from adapters.documents.pdf_page import layout_invoice_page
from domain.document_formats import DocumentFormat
from domain.invoice import Invoice
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.mapping import invoice_from_proto

EXAMPLES = Path(__file__).resolve().parents[4] / "examples"
FILES = {"USD": "services-in-usd-exchange-rate.json", "CHF": "goods-in-chf-exchange-rate.json"}


def _example(currency: str) -> Invoice:
    message = json_format.Parse((EXAMPLES / FILES[currency]).read_text(encoding="utf-8"), pb.Invoice())
    return compute_totals(invoice_from_proto(message))


@pytest.mark.parametrize("currency", sorted(FILES))
@pytest.mark.parametrize("fmt", list(DocumentFormat))
def test_a_foreign_currency_invoice_passes_every_official_layer_and_reads_back(
    currency: str, fmt: DocumentFormat
) -> None:
    invoice = _example(currency)
    assert invoice.totals is not None and invoice.exchange_rate is not None
    in_eur = (invoice.totals.tax_total * invoice.exchange_rate).quantize(Decimal("0.01"))

    document = render(invoice, fmt)
    report = validate_bytes(document.content)
    parsed = parse(document.content).invoice

    assert report.valid, [f"{f.layer}/{f.rule_id}" for f in report.fatal]
    assert (parsed.currency, parsed.accounting_currency) == (currency, "EUR")
    assert parsed.totals is not None and parsed.totals.tax_total_accounting_currency == in_eur


def test_the_page_gives_the_rate_and_the_vat_total_in_eur() -> None:
    texts = [p.text for p in layout_invoice_page(_example("USD"))]

    assert "1 USD = 0,92153 EUR" in texts
    assert "Total TVA en EUR" in texts
