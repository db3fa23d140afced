from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli.client import EXIT_USAGE
from service.cli.main import main

PAYMENT = {"key": "p-1", "day": "2026-09-03", "amounts": [{"vat_rate": "20", "amount": "120.00"}]}


@pytest.mark.parametrize(
    ("data", "named"),
    [
        # "invoiceID" for "invoice_id": the payment would have been reported as a B2C one (10.4), not the invoice's
        ({"payments": [{**PAYMENT, "invoiceID": "F-1", "invoice_date": "2026-09-01"}]}, "invoiceID"),
        ({"transactions": [{"key": "t-1", "day": "2026-09-03", "vat_rat": "20"}]}, "vat_rat"),
        ({"payments": [PAYMENT], "refunds": []}, "refunds"),
        ({"sales": [{"numbr": "F-1"}]}, "numbr"),  # an invoice's field misspelt: BT-1 would be empty
    ],
)
def test_a_record_file_with_a_field_the_gateway_does_not_know_is_refused_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict[str, object], named: str
) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(data))
    # no gateway listens there: a refusal before any call is the only way to exit 2
    code = main(
        ["report", "record", str(path), "--target", "127.0.0.1:1", "--api-key", "k", "--timeout", "5"]
    )
    assert code == EXIT_USAGE
    assert named in capsys.readouterr().err
