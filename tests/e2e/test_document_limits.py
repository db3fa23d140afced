"""Hostile PDFs through the real gRPC server and its document workers: a compression bomb, an encrypted, truncated
or damaged Factur-X is INVALID_ARGUMENT naming its rule, never valid, never stored, never INTERNAL; the workers
keep serving afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import grpc
import pytest

from service.cli.client import EXIT_USAGE
from service.cli.main import main
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of
from tests.e2e.test_document_service import FORMATS, Documents, submit_document
from tests.support import hostile_pdfs as hostile

EXIT_INVALID = 1
HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "compression-bomb-2GB": (hostile.compression_bomb, "PDP-DOC-SIZE"),
    "owner-password": (lambda: hostile.encrypted(user_password=""), "PDP-PDF-ENCRYPTED"),
    "user-password": (lambda: hostile.encrypted(user_password="secret"), "PDP-PDF-ENCRYPTED"),
    "truncated": (lambda: hostile.truncated(0.9), "PDP-PDF-DAMAGED"),
    "corrupted-xref": (hostile.corrupted_xref_entry, "PDP-PDF-DAMAGED"),
    "corrupted-startxref": (hostile.corrupted_startxref, "PDP-PDF-DAMAGED"),
}


@pytest.fixture
def documents(channel: grpc.aio.Channel, company: Company) -> Documents:
    return Documents(channel, company)


@pytest.mark.parametrize("case", HOSTILE)
async def test_a_hostile_pdf_is_refused_by_validate_and_parse_naming_its_rule(
    documents: Documents, case: str
):
    make, rule = HOSTILE[case]
    content = make()
    error = await expect_error(documents.validate(content), grpc.StatusCode.INVALID_ARGUMENT)
    assert error.rule_ids == [rule] and rule in error.violations[0][1]
    error = await expect_error(documents.parse(content), grpc.StatusCode.INVALID_ARGUMENT)
    assert error.rule_ids == [rule]


@pytest.mark.parametrize("case", ["compression-bomb-2GB", "owner-password", "truncated", "corrupted-xref"])
async def test_a_hostile_pdf_submitted_as_a_ready_document_is_refused_and_nothing_is_stored(
    client: GatewayClient, company: Company, case: str
):
    make, rule = HOSTILE[case]
    as_company = client.as_(company)
    call = submit_document(as_company, make(), declared=FORMATS["FACTURX"])
    error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
    assert error.rule_ids == [rule]
    assert not (await as_company.list()).invoices


async def test_the_document_workers_serve_the_next_call_after_a_bomb(documents: Documents, company: Company):
    await expect_error(documents.validate(hostile.compression_bomb()), grpc.StatusCode.INVALID_ARGUMENT)
    rendered = (await documents.render(invoice_of(company), "FACTURX")).document
    checked = await documents.validate(rendered.content)
    assert checked.report.valid and checked.report.complete


@pytest.mark.parametrize("case", ["compression-bomb-2GB", "user-password", "truncated"])
def test_the_cli_reads_in_a_limited_worker_and_reports_a_hostile_pdf_not_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
):
    make, rule = HOSTILE[case]
    path = tmp_path / "hostile.pdf"
    path.write_bytes(make())
    assert main(["document", "validate", str(path)]) == EXIT_INVALID
    printed = capsys.readouterr().out
    assert f"{rule}: " in printed and f"{path}: NOT valid" in printed
    assert main(["document", "parse", str(path)]) == EXIT_USAGE
    assert rule in capsys.readouterr().err
