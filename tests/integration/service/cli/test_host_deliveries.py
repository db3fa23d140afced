"""`pdp-gateway deliveries unowned|close` on real PostgreSQL: a delivery addressed to none of our companies (a status
about a platform id none of our uploads took) stayed PARKED for good, counted by doctor, listed by no company's
`received parked`, closed by no command."""

from __future__ import annotations

import asyncio
import getpass
import json
import uuid

import asyncpg
import pytest

from service.cli.main import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from tests.support.database import migrated_pool
from tests.support.pipeline import fresh_database_url

PARKED = (
    "INSERT INTO webhook_inbox (platform, source, kind, dedup_key, body, state, company_siren, last_error)"
    " VALUES ('iopole', 'webhook', 'status', $1, '{}'::bytea, 'PARKED', $2, $3) RETURNING id"
)
WHY = "no invoice of ours has platform id 9f1c…: parked until one does"


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = await asyncio.to_thread(main, list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


async def test_an_operator_lists_the_deliveries_no_company_owns_and_closes_one_saying_why(
    database_dsn: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with fresh_database_url(database_dsn) as dsn, migrated_pool(dsn):
        monkeypatch.setenv("DATABASE_URL", dsn)
        conn = await asyncpg.connect(dsn)
        await _scenario(conn, capsys)
        await conn.close()


async def _scenario(conn: asyncpg.Connection, capsys: pytest.CaptureFixture[str]) -> None:
    nobody = await conn.fetchval(PARKED, uuid.uuid4().hex, "", WHY)
    ours = await conn.fetchval(PARKED, uuid.uuid4().hex, "732829320", "a company's: its own to replay")

    code, listed = await cli(capsys, "deliveries", "unowned", "--page-size", "500")
    assert code == EXIT_OK
    # the last page names no next one, as every listing prints it (README): it printed "next_page_token": ""
    assert "next_page_token" not in listed  # type: ignore[operator]
    shown = {d["id"]: d for d in listed["deliveries"]}  # type: ignore[index]
    assert ours not in shown
    assert shown[nobody]["state"] == "PARKED" and shown[nobody]["last_error"] == WHY

    assert (await cli(capsys, "deliveries", "close", str(nobody), "--reason", " "))[0] == EXIT_USAGE
    code, closed = await cli(
        capsys, "deliveries", "close", str(nobody), "--reason", "IOPOLE ticket 4411: a test invoice"
    )
    assert code == EXIT_OK and closed == {"closed": nobody, "reason": "IOPOLE ticket 4411: a test invoice"}
    row = await conn.fetchrow("SELECT state, result, last_error FROM webhook_inbox WHERE id = $1", nobody)
    actor = f"cli:{getpass.getuser()}"
    assert (row["state"], row["result"]) == ("DONE", "closed")
    assert row["last_error"] == f"closed by {actor}: IOPOLE ticket 4411: a test invoice"
    kept = await conn.fetchrow(
        "SELECT actor, action, details FROM operator_actions WHERE subject_id = $1", str(nobody)
    )
    assert (kept["actor"], kept["action"]) == (actor, "delivery.closed")
    details = json.loads(kept["details"])  # a plain connection: jsonb as its text
    assert details["reason"] == "IOPOLE ticket 4411: a test invoice" and details["parked_because"] == WHY
    with pytest.raises(asyncpg.RaiseError, match="append-only"):
        await conn.execute("DELETE FROM operator_actions WHERE subject_id = $1", str(nobody))

    # closed already, or a company's own delivery (its `received replay`): refused, nothing changed
    assert (await cli(capsys, "deliveries", "close", str(nobody), "--reason", "again"))[0] == EXIT_REFUSED
    assert (await cli(capsys, "deliveries", "close", str(ours), "--reason", "not ours"))[0] == EXIT_REFUSED
    assert await conn.fetchval("SELECT state FROM webhook_inbox WHERE id = $1", ours) == "PARKED"
    code, listed = await cli(capsys, "deliveries", "unowned", "--page-size", "500")
    assert nobody not in {d["id"] for d in listed["deliveries"]}  # type: ignore[index]


async def test_an_operator_replays_a_delivery_no_company_owns(
    database_dsn: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A received invoice parked for no company (unreadable by webhook, or an IOPOLE invoiceId not confirmed) could
    only be closed: processed again once what parked it is settled."""
    async with fresh_database_url(database_dsn) as dsn, migrated_pool(dsn):
        monkeypatch.setenv("DATABASE_URL", dsn)
        conn = await asyncpg.connect(dsn)
        try:
            nobody = await conn.fetchval(PARKED, uuid.uuid4().hex, "", WHY)
            assert await cli(capsys, "deliveries", "replay", str(nobody)) == (EXIT_OK, {"replayed": nobody})
            row = await conn.fetchrow("SELECT state, attempts FROM webhook_inbox WHERE id = $1", nobody)
            assert (row["state"], row["attempts"]) == ("PENDING", 0)
            assert (await cli(capsys, "deliveries", "replay", str(nobody)))[
                0
            ] == EXIT_REFUSED  # pending already
        finally:
            await conn.close()
