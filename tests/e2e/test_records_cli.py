"""`pdp-gateway report ...` and `archive ...` against the real gateway."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from google.protobuf import json_format

from domain.invoice import ProcessingRule
from service.cli.client import EXIT_OK, EXIT_REFUSED
from service.grpc.mapping import invoice_to_proto
from tests.e2e.conftest import new_company
from tests.e2e.grpc_client import invoice_of
from tests.e2e.test_cli import cli


async def test_record_preview_submit_list_then_verify_and_export(
    container,
    gateway_port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    company = await new_company(container)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = ("--target", f"localhost:{gateway_port}")
    data = tmp_path / "september.json"
    data.write_text(
        json.dumps(
            {
                "transactions": [
                    {
                        "key": "z-1",
                        "day": "2026-09-03",
                        "category": "B2C_CATEGORY_TPS1",
                        "vat_rate": "20",
                        "taxable_amount": "250.00",
                        "vat_amount": "50.00",
                    }
                ],
                "payments": [
                    {"key": "p-1", "day": "2026-09-03", "amounts": [{"vat_rate": "20", "amount": "300.00"}]}
                ],
            }
        )
    )
    period = ("--regime", "REAL_QUARTERLY", "--day", "2026-09-03")

    code, recorded = await cli(capsys, "report", "record", str(data), *target)
    assert (
        code == EXIT_OK
        and recorded["transactions"]["recorded"] == 1
        and recorded["payments"]["recorded"] == 1
    )
    code, preview = await cli(capsys, "report", "preview", *period, *target)
    assert code == EXIT_OK and preview["declaration"]["totals"]["b2c_taxable"] == "250.00"
    code, sent = await cli(capsys, "report", "submit", *period, "--kind", "PAYMENTS", *target)
    assert code == EXIT_OK and sent["declaration"]["totals"]["collected"] == "300.00"
    code, again = await cli(capsys, "report", "submit", *period, "--kind", "PAYMENTS", *target)
    assert code == EXIT_REFUSED and again["code"] == "FAILED_PRECONDITION"
    code, listed = await cli(capsys, "report", "list", *target)
    assert code == EXIT_OK and [d["id"] for d in listed["declarations"]] == [sent["declaration"]["id"]]

    code, verified = await cli(capsys, "archive", "verify", *target)
    assert code == EXIT_OK and verified["ok"] is True
    sha = sent["declaration"]["archive_sha256"]
    code, got = await cli(capsys, "archive", "get", sha, "--output", str(tmp_path / "d.json"), *target)
    assert code == EXIT_OK and got["kind"] == "declaration"
    code, exported = await cli(capsys, "archive", "export", "--output", str(tmp_path / "a.zip"), *target)
    assert code == EXIT_OK and exported["documents"] == "1"  # int64 in proto JSON is a string
    zipfile.ZipFile(tmp_path / "a.zip").extractall(tmp_path / "x")
    subprocess.run(
        ["sha256sum", "-c", "--quiet", "MANIFEST.sha256"], cwd=tmp_path / "x", check=True, timeout=60
    )


async def test_invoice_submit_prints_the_declaration_a_late_sale_to_a_consumer_needs_rectified(
    container,
    gateway_port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """`invoice submit` prints `declarations_to_rectify` as `report record` does: the period already declared that
    a B2C invoice dated in it lands in."""
    company = await new_company(container)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = ("--target", f"localhost:{gateway_port}")
    sale = {"key": "s-1", "day": "2026-09-03", "category": "B2C_CATEGORY_TPS1", "vat_rate": "20"}
    data = tmp_path / "sale.json"
    data.write_text(json.dumps({"transactions": [sale | {"taxable_amount": "10.00", "vat_amount": "2.00"}]}))
    assert (await cli(capsys, "report", "record", str(data), *target))[0] == EXIT_OK
    code, sent = await cli(
        capsys, "report", "submit", "--regime", "REAL_MONTHLY", "--day", "2026-09-03", *target
    )
    assert code == EXIT_OK
    invoice = invoice_of(company, processing_rule=ProcessingRule.B2C, issue_date=date(2026, 9, 5))
    path = tmp_path / "b2c.json"
    path.write_text(json_format.MessageToJson(invoice_to_proto(invoice)))

    code, submitted = await cli(capsys, "invoice", "submit", str(path), *target)

    declared = sent["declaration"]
    assert code == EXIT_OK and declared["period_start"] == "2026-09-01"
    assert submitted["declarations_to_rectify"] == [f"{declared['period_start']}/{declared['period_end']}"]
