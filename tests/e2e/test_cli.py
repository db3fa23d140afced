"""The `pdp-gateway` CLI against the real gateway: key administration, then the walk-through of the README."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from service.cli.main import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from tests.random_refs import random_siren

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    """Run the CLI in a thread (it is a blocking gRPC client; the server lives in this event loop)."""
    code = await asyncio.to_thread(main, list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, database_dsn: str, gateway_port: int) -> str:
    monkeypatch.setenv("DATABASE_URL", database_dsn)
    monkeypatch.delenv("PDP_GATEWAY_API_KEY", raising=False)
    return f"localhost:{gateway_port}"


async def test_walk_through_create_a_key_submit_see_a_rejection_list(env: str, capsys, monkeypatch):
    siren = random_siren()
    code, created = await cli(capsys, "keys", "create", "--company", siren, "--name", "billing")
    assert code == EXIT_OK and created["secret"].startswith("pdpg_")
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", created["secret"])

    code, listed = await cli(capsys, "keys", "list", "--company", siren)
    assert code == EXIT_OK and [k["name"] for k in listed] == ["billing"]
    assert "secret" not in listed[0]

    # The examples are issued by the builders' seller; submit as that company to follow the README.
    seller = json.loads((EXAMPLES / "b2b-goods-B1.json").read_text())["seller"]["legal_registration"]["value"]
    code, seller_key = await cli(capsys, "keys", "create", "--company", seller, "--name", "readme")
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", seller_key["secret"])

    code, validated = await cli(
        capsys, "invoice", "validate", str(EXAMPLES / "credit-note-381.json"), "--target", env
    )
    assert code == EXIT_OK and validated["valid"] is True

    code, refused = await cli(
        capsys,
        "invoice",
        "submit",
        str(EXAMPLES / "invalid-vat-rate.json"),
        "--target",
        env,
        "--request-id",
        f"readme-{siren}-rejected",
    )
    assert code == EXIT_REFUSED
    assert refused["code"] == "INVALID_ARGUMENT"
    assert sorted({f["rule_id"] for f in refused["findings"]}) == ["BR-FR-16_BT-119", "BR-FR-16_BT-152"]

    code, listed_invoices = await cli(capsys, "invoice", "list", "--target", env, "--page-size", "1")
    assert code == EXIT_OK
    assert len(listed_invoices.get("invoices", [])) <= 1

    # the README writes ids cut short (`9a2e…`): a newcomer typing the part shown is told what to give instead
    code = await asyncio.to_thread(main, ["keys", "revoke", created["id"][:4], "--company", siren])
    assert code == EXIT_REFUSED
    assert "its whole id, as `pdp-gateway keys list` prints it" in capsys.readouterr().err
    code, revoked = await cli(capsys, "keys", "revoke", created["id"], "--company", siren)
    assert code == EXIT_OK and revoked["revoked"] is True


async def test_submit_and_get_an_example(env: str, capsys, container, monkeypatch):
    from service.wiring.server import resolve

    keys = await resolve(container.api_keys)
    seller = json.loads((EXAMPLES / "b2b-goods-B1.json").read_text())["seller"]["legal_registration"]["value"]
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", (await keys.create(seller, "cli"))["secret"])
    example = str(EXAMPLES / "services-debits-S1.json")

    request_id = random_siren()
    code, first = await cli(capsys, "invoice", "submit", example, "--target", env, "--request-id", request_id)
    assert code == EXIT_OK
    invoice_id = first["invoice"]["id"]
    code, got = await cli(capsys, "invoice", "get", invoice_id, "--target", env)
    assert code == EXIT_OK and got["invoice"]["invoice"]["vat_point_date_code"] == "5"
    code, history = await cli(capsys, "invoice", "history", invoice_id, "--target", env)
    assert code == EXIT_OK and history["events"][0]["kind"] == "SUBMITTED"
    assert (
        "lines" not in first["invoice"]["invoice"] and first["invoice"]["invoice"]["totals"]["tax_inclusive"]
    )
    code, full = await cli(
        capsys, "invoice", "submit", example, "--target", env, "--request-id", request_id, "--full"
    )
    assert code == EXIT_OK and len(full["invoice"]["invoice"]["lines"]) == len(
        got["invoice"]["invoice"]["lines"]
    )


async def test_usage_and_connection_errors_exit_with_2(env: str, capsys, monkeypatch):
    example = str(EXAMPLES / "b2b-goods-B1.json")
    assert (await cli(capsys, "invoice", "submit", example, "--target", env))[0] == EXIT_USAGE  # no key
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", "pdpg_" + "y" * 43)
    assert (await cli(capsys, "invoice", "list", "--target", env))[0] == EXIT_USAGE  # unknown key
    assert (await cli(capsys, "invoice", "list", "--target", "localhost:1", "--timeout", "2"))[
        0
    ] == EXIT_USAGE
    assert (await cli(capsys, "invoice", "submit", "/no/such/file.json", "--target", env))[0] == EXIT_USAGE
