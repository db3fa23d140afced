"""`pdp-gateway document render|parse|validate` offline on examples/, and `invoice submit --document` /
`invoice document` against the real gateway."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from adapters.documents.api import render
from domain.serialization import invoice_to_dict
from service.cli.documents import invoice_from_json
from service.cli.main import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from service.wiring.container import Container
from tests.e2e.grpc_client import Company, invoice_of
from tests.e2e.test_document_service import tampered_total

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = EXAMPLES / "b2b-goods-B1.json"
EXIT_INVALID = 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


# --- offline: no server, no database ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["cii", "ubl", "facturx"])
def test_render_an_example_then_validate_and_parse_it(tmp_path: Path, capsys, fmt: str):
    out = tmp_path / f"invoice.{fmt}"
    code, _ = run(capsys, "document", "render", str(EXAMPLE), "--format", fmt, "-o", str(out))
    assert code == EXIT_OK and out.read_bytes()[:5] in (b"%PDF-", b"<?xml")

    code, printed = run(capsys, "document", "validate", str(out))
    assert code == EXIT_OK and printed.strip().endswith(f"{out}: valid")

    code = main(["document", "parse", str(out)])
    printed = capsys.readouterr()
    parsed = json.loads(printed.out)
    assert code == EXIT_OK and printed.err.startswith(f"{out}: {fmt.upper()}, EN16931, specification ")
    assert parsed["number"] == json.loads(EXAMPLE.read_text())["number"]
    assert parsed["type_code"] == "DOCUMENT_TYPE_COMMERCIAL_INVOICE"  # the proto enum names, not codes


@pytest.mark.parametrize("fmt", ["cii", "ubl", "facturx"])
def test_what_parse_prints_renders_the_same_document_again(tmp_path: Path, capsys, fmt: str):
    first = tmp_path / f"first.{fmt}"
    assert run(capsys, "document", "render", str(EXAMPLE), "--format", fmt, "-o", str(first))[0] == EXIT_OK
    code, printed = run(capsys, "document", "parse", str(first))
    parsed = tmp_path / "parsed.json"
    parsed.write_text(printed)
    again = tmp_path / f"again.{fmt}"
    assert code == EXIT_OK
    assert run(capsys, "document", "render", str(parsed), "--format", fmt, "-o", str(again))[0] == EXIT_OK
    code, printed_again = run(capsys, "document", "parse", str(again))
    assert code == EXIT_OK and json.loads(printed_again) == json.loads(printed)


def test_validate_a_tampered_document_exits_1_with_the_rule_ids(tmp_path: Path, capsys):
    out = tmp_path / "invoice.xml"
    assert run(capsys, "document", "render", str(EXAMPLE), "--format", "cii", "-o", str(out))[0] == EXIT_OK
    out.write_bytes(tampered_total(out.read_bytes()))

    code, printed = run(capsys, "document", "validate", str(out))
    assert code == EXIT_INVALID and "BR-CO-15" in printed and "NOT valid" in printed
    code, printed = run(capsys, "document", "validate", str(out), "--json")
    report = json.loads(printed)
    assert code == EXIT_INVALID and report["valid"] is False and report["complete"] is True
    assert {f["rule_id"] for f in report["findings"] if f["severity"] == "fatal"} == {"BR-CO-15", "BR-CO-16"}
    assert all(a["version"] for a in report["artifacts"])


def test_render_reads_the_domain_serialisation_too(tmp_path: Path, capsys):
    source = tmp_path / "domain.json"
    source.write_text(json.dumps(invoice_to_dict(invoice_from_json(json.loads(EXAMPLE.read_text())))))
    out = tmp_path / "invoice.xml"
    assert run(capsys, "document", "render", str(source), "--format", "ubl", "-o", str(out))[0] == EXIT_OK
    proto_out = tmp_path / "from-proto.xml"
    assert (
        run(capsys, "document", "render", str(EXAMPLE), "--format", "ubl", "-o", str(proto_out))[0] == EXIT_OK
    )
    assert out.read_bytes() == proto_out.read_bytes()


def test_usage_errors_exit_2(tmp_path: Path, capsys):
    malformed = EXAMPLES / "invalid-malformed-values.json"
    out = str(tmp_path / "x.xml")
    assert main(["document", "render", str(malformed), "--format", "cii", "-o", out]) == EXIT_USAGE
    assert "PDP-DATE" in capsys.readouterr().err and not Path(out).exists()
    not_xml = tmp_path / "notes.txt"
    not_xml.write_text("hello")
    assert run(capsys, "document", "validate", str(not_xml))[0] == EXIT_USAGE
    assert run(capsys, "document", "parse", str(tmp_path / "missing.xml"))[0] == EXIT_USAGE
    code, _ = run(
        capsys,
        "document",
        "render",
        str(EXAMPLE),
        "--format",
        "facturx",
        "--profile",
        "extended-ctc-fr",
        "-o",
        out,
    )
    assert code == EXIT_USAGE


# --- against the gateway ------------------------------------------------------------------------------------


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    """The CLI in a thread: it is a blocking gRPC client and the server lives in this event loop."""
    code = await asyncio.to_thread(main, list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture
async def target(
    monkeypatch: pytest.MonkeyPatch, gateway_port: int, container: Container, company: Company
) -> str:
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    return f"localhost:{gateway_port}"


async def test_invoice_validate_reads_what_document_parse_prints(target: str, tmp_path: Path, capsys):
    rendered = tmp_path / "invoice.pdf"
    # In threads, as a shell would run them: the document commands run their own event loop.
    code = await asyncio.to_thread(
        main, ["document", "render", str(EXAMPLE), "--format", "facturx", "-o", str(rendered)]
    )
    assert code == EXIT_OK
    capsys.readouterr()
    code, invoice = await cli(capsys, "document", "parse", str(rendered))
    parsed = tmp_path / "parsed.json"
    parsed.write_text(json.dumps(invoice))
    code, validated = await cli(capsys, "invoice", "validate", str(parsed), "--target", target)
    assert code == EXIT_OK and validated["valid"] is True and validated["findings"] == []


async def test_submit_a_ready_document_then_fetch_it(target: str, company: Company, tmp_path: Path, capsys):
    ubl = tmp_path / "invoice.xml"
    ubl.write_bytes(render(invoice_of(company), "UBL").content)

    code, submitted = await cli(
        capsys, "invoice", "submit", "--document", str(ubl), "--document-format", "ubl", "--target", target
    )
    assert code == EXIT_OK and submitted["invoice"]["state"] == "PROCESSING_STATE_ACCEPTED"
    invoice_id = submitted["invoice"]["id"]
    code, again = await cli(capsys, "invoice", "submit", "--document", str(ubl), "--target", target)
    assert code == EXIT_OK and again["invoice"]["id"] == invoice_id  # same bytes, same derived request id

    out = tmp_path / "back.xml"
    code, fetched = await cli(
        capsys, "invoice", "document", invoice_id, "--format", "ubl", "-o", str(out), "--target", target
    )
    assert code == EXIT_OK and fetched["origin"] == "SUBMITTED"
    assert (
        out.read_bytes() == ubl.read_bytes()
        and fetched["sha256"] == hashlib.sha256(ubl.read_bytes()).hexdigest()
    )

    pdf = tmp_path / "rendered.pdf"
    code, rendered = await cli(
        capsys, "invoice", "document", invoice_id, "--format", "facturx", "-o", str(pdf), "--target", target
    )
    assert code == EXIT_OK and rendered["origin"] == "RENDERED" and pdf.read_bytes().startswith(b"%PDF-")
    assert rendered["warnings"] == []
    code, basic = await cli(
        capsys,
        "invoice",
        "document",
        invoice_id,
        "--format",
        "facturx",
        "--profile",
        "basicwl",
        "-o",
        str(pdf),
        "--target",
        target,
    )
    assert code == EXIT_OK and {"rule_id": "PDP-NOT-IN-PROFILE", "path": "BG-25"} in [
        {k: w[k] for k in ("rule_id", "path")} for w in basic["warnings"]
    ]


async def test_submit_a_tampered_document_exits_1_with_the_rule_ids(
    target: str, company: Company, tmp_path: Path, capsys
):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(tampered_total(render(invoice_of(company), "CII").content))
    code, refused = await cli(capsys, "invoice", "submit", "--document", str(bad), "--target", target)
    assert code == EXIT_REFUSED and refused["code"] == "INVALID_ARGUMENT"
    assert {"BR-CO-15", "BR-CO-16"} <= {f["rule_id"] for f in refused["findings"]}
    code, listed = await cli(capsys, "invoice", "list", "--target", target)
    assert code == EXIT_OK and listed.get("invoices", []) == []


async def test_submit_needs_exactly_one_of_file_and_document(target: str, tmp_path: Path, capsys):
    assert (await cli(capsys, "invoice", "submit", "--target", target))[0] == EXIT_USAGE
    both = ("invoice", "submit", str(EXAMPLE), "--document", str(EXAMPLE), "--target", target)
    assert (await cli(capsys, *both))[0] == EXIT_USAGE
