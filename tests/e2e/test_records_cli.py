"""`pdp-gateway report ...` and `archive ...` against the real gateway."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from google.protobuf import json_format

from domain.emission import OutboundInvoice
from domain.invoice import Invoice, ProcessingRule
from domain.reporting.b2c import B2cCategory
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from service.cli.client import EXIT_OK, EXIT_REFUSED
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from service.wiring.server import resolve
from tests.e2e.conftest import new_company
from tests.e2e.grpc_client import invoice_of
from tests.e2e.test_cli import cli
from tests.support.reporting_data import intra_eu_invoice, tx


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
    code, got = await cli(capsys, "report", "get", sent["declaration"]["id"], *target)
    assert code == EXIT_OK and got["declaration"] == listed["declarations"][0]
    code, unknown = await cli(capsys, "report", "get", "no-such-declaration", *target)
    assert code == EXIT_REFUSED and unknown["code"] == "NOT_FOUND"

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

    # Whoever closes the month later reads it in the period's preview, and once rectified, that nothing is left.
    decade = ("--regime", "REAL_MONTHLY", "--day", "2026-09-03", *target)
    code, preview = await cli(capsys, "report", "preview", *decade)
    [stale] = [f for f in preview["declaration"]["findings"] if f["rule_id"] == "ER-RECTIFY"]
    assert re.match(
        r"v1 \((SUBMITTED|ACCEPTED), the version in force\) does not hold what is recorded now \(B2C sales: 1"
        r" added\): send this rectification",
        stale["message"],
    ), stale
    # `report list` says it of the version in force as the preview does (one check), and nothing of a replaced one.
    code, listed = await cli(capsys, "report", "list", *target)
    [in_force] = listed["declarations"]
    assert code == EXIT_OK and in_force["in_force_check"] == stale
    code, rectified = await cli(capsys, "report", "rectify", *decade)
    assert code == EXIT_OK and rectified["declaration"]["version"] == 2
    code, listed = await cli(capsys, "report", "list", *target)
    new, old = listed["declarations"]
    assert (new["version"], new["in_force_check"]["rule_id"]) == (2, "ER-IN-FORCE")
    assert old["version"] == 1 and "in_force_check" not in old
    code, preview = await cli(capsys, "report", "preview", *decade)
    [current] = [
        f
        for f in preview["declaration"]["findings"]
        if f["rule_id"].startswith("ER-") and "force" in f["message"]
    ]
    assert current["rule_id"] == "ER-IN-FORCE" and "nothing to rectify" in current["message"], current


async def test_a_sale_an_older_release_recorded_is_named_by_the_refusal_and_voided_with_its_command(
    container,
    gateway_port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A sale recorded before today's checks (straight into the database) refuses its decade's declaration: the
    refusal's message names the sale's key and the command, `report void` voids it (audited under the API key, with
    the reason), the corrected sale records under the same key and the declaration goes."""
    company = await new_company(container)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = ("--target", f"localhost:{gateway_port}")
    wrong = tx("till-7", date(2026, 9, 3), B2cCategory.TLB1, "20", "10.00", "100.00")
    records = await resolve(container.records_uow_factory)
    async with records() as u:
        await u.reporting.record_b2c(company.siren, [wrong], datetime(2026, 9, 3, tzinfo=UTC))
        await u.commit()
    period = ("--regime", "REAL_MONTHLY", "--day", "2026-09-03")

    code, refused = await cli(capsys, "report", "submit", *period, *target)
    assert code == EXIT_REFUSED and refused["code"] == "INVALID_ARGUMENT"
    assert "records.b2c[till-7]" in refused["message"]
    assert "pdp-gateway report void b2c till-7 --reason" in refused["message"]

    code, voided = await cli(
        capsys, "report", "void", "b2c", "till-7", "--reason", "VAT typed as 100", *target
    )
    assert code == EXIT_OK and voided["day"] == "2026-09-03" and not voided.get("replayed")
    code, again = await cli(
        capsys, "report", "void", "b2c", "till-7", "--reason", "VAT typed as 100", *target
    )
    assert code == EXIT_OK and again["replayed"] is True
    code, unknown = await cli(capsys, "report", "void", "payment", "till-7", "--reason", "x", *target)
    assert code == EXIT_REFUSED and unknown["code"] == "NOT_FOUND"

    data = tmp_path / "corrected.json"
    corrected = {"key": "till-7", "day": "2026-09-03", "category": "B2C_CATEGORY_TLB1", "vat_rate": "20"}
    data.write_text(
        json.dumps({"transactions": [corrected | {"taxable_amount": "10.00", "vat_amount": "2.00"}]})
    )
    assert (await cli(capsys, "report", "record", str(data), *target))[0] == EXIT_OK
    code, sent = await cli(capsys, "report", "submit", *period, *target)
    assert code == EXIT_OK and sent["declaration"]["totals"]["b2c_vat"] == "2.00"
    async with records(read_only=True) as u:
        [entry] = [e async for e in u.audit.entries(company.siren) if e.action == "reporting.record_voided"]
    assert entry.actor.startswith("api_key:") and entry.details["reason"] == "VAT typed as 100"

    # Now part of a declaration sent: voided only for its rectification, which the answer names.
    again_void = ("report", "void", "b2c", "till-7", "--reason", "sold twice", *target)
    code, declared = await cli(capsys, *again_void)
    assert code == EXIT_REFUSED and declared["code"] == "FAILED_PRECONDITION"
    assert declared["message"].startswith("ER-VOID-DECLARED: b2c till-7 is part of the declaration")
    code, for_re = await cli(capsys, *again_void, "--rectify")
    assert code == EXIT_OK and for_re["declarations_to_rectify"] == ["2026-09-01/2026-09-10"]


async def test_record_sends_purchases_and_sales_from_the_file(
    container,
    gateway_port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """`report record` takes the purchases from abroad and the international sales a refusal asks for, as the
    invoices in proto JSON, each section its own call."""
    company = await new_company(container)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = ("--target", f"localhost:{gateway_port}")
    example = json_format.Parse(Path("examples/intra-eu-reverse-charge-K.json").read_text(), pb.Invoice())
    sold = replace(invoice_from_proto(example), seller=invoice_of(company).seller, number="ERP-9")
    data = tmp_path / "sales.json"
    data.write_text(json.dumps({"sales": [json_format.MessageToDict(invoice_to_proto(sold))]}))

    code, recorded = await cli(capsys, "report", "record", str(data), *target)

    assert code == EXIT_OK and recorded["sales"]["recorded"] == 1 and set(recorded) == {"sales"}


async def test_an_issued_sale_no_record_can_stand_for_is_named_with_its_void_and_the_month_closes(
    container,
    gateway_port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An intra-EU sale an older release issued under a number past the 10.1's 20 characters (stored straight into
    the database): its decade was refused for ever (no record can stand for it, an issued invoice is not voided).
    The refusal names `report void issued_sale NUMBER`; the void (audited under the API key) lets the decade go."""
    company = await new_company(container)
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    target = ("--target", f"localhost:{gateway_port}")
    long = replace(intra_eu_invoice(company.siren, date(2026, 9, 3)), number="F-2026-000000000000001")
    await _issued_by_an_older_release(container, company.siren, long)
    period = ("--regime", "REAL_MONTHLY", "--day", "2026-09-03")

    code, refused = await cli(capsys, "report", "submit", *period, *target)
    assert code == EXIT_REFUSED and refused["code"] == "INVALID_ARGUMENT"
    assert f"pdp-gateway report void issued_sale {long.number} --reason WHY" in refused["message"]

    void = ("report", "void", "issued_sale", long.number, "--reason", "declared on the portal", *target)
    code, voided = await cli(capsys, *void)
    assert code == EXIT_OK and voided["day"] == "2026-09-03" and not voided.get("replayed")
    code, sent = await cli(capsys, "report", "submit", *period, *target)
    assert code == EXIT_OK and sent["declaration"]["totals"].get("international_count", 0) == 0
    records = await resolve(container.records_uow_factory)
    async with records(read_only=True) as u:
        [entry] = [e async for e in u.audit.entries(company.siren) if e.action == "reporting.record_voided"]
    assert entry.actor.startswith("api_key:") and entry.subject_id == long.number

    # Voided again for another reason: not "not found" (the invoice is there), but what happened to it and when.
    again = ("report", "void", "issued_sale", long.number, "--reason", "sent by mail", *target)
    code, twice = await cli(capsys, *again)
    assert code == EXIT_REFUSED and twice["code"] == "FAILED_PRECONDITION"
    assert twice["message"].startswith(
        f"ER-VOID-VOIDED: issued_sale {long.number} was voided on {entry.at:%Y-%m-%d %H:%M} UTC for:"
        " declared on the portal (one void per issued invoice; the audit log's reporting.record_voided entry"
    ), twice["message"]

    # A sale its record declares is not voided so (a credit note corrects it); a number never issued is not found.
    fine = replace(intra_eu_invoice(company.siren, date(2026, 9, 4)), number="F-FINE-9")
    await _issued_by_an_older_release(container, company.siren, fine)
    code, kept = await cli(capsys, "report", "void", "issued_sale", "F-FINE-9", "--reason", "x", *target)
    assert code == EXIT_REFUSED and kept["code"] == "FAILED_PRECONDITION"
    assert kept["message"].startswith(
        "ER-VOID-ISSUED: issued invoice F-FINE-9's 10.1 record passes its checks"
    )
    code, unknown = await cli(capsys, "report", "void", "issued_sale", "F-NEVER", "--reason", "x", *target)
    assert code == EXIT_REFUSED and unknown["code"] == "NOT_FOUND"


async def _issued_by_an_older_release(container, company: str, invoice: Invoice) -> None:  # type: ignore[no-untyped-def]
    """Stored straight through the port, as a release before the 10.1 checks on submission stored it."""
    at = datetime.combine(invoice.issue_date, datetime.min.time(), UTC)
    totals = compute_totals(invoice)
    outbound = OutboundInvoice.submit(str(uuid.uuid4()), company, f"older-{invoice.number}", "fp", totals, at)
    uow = (await resolve(container.uow_factory))()
    async with uow:
        await uow.invoices.add(outbound)
        await uow.commit()
