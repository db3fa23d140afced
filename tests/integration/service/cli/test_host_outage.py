"""`pdp-gateway outage retry PLATFORM` on real PostgreSQL: the invoices of every company that a platform's outage made
fail (past PIPELINE_OUTAGE_PATIENCE_S) queued again by the on-call, who has no company's API key; `invoice retry ID`
took each company's own."""

from __future__ import annotations

import getpass
from datetime import date

import pytest

from service.cli.main import EXIT_OK
from tests.builders import a_seller, an_invoice
from tests.integration.service.cli.test_host_deliveries import cli
from tests.random_refs import random_siren
from tests.support.database import migrated_pool
from tests.support.pipeline import fresh_database_url
from tests.support.reporting import emit

GAVE_UP = (
    "gave up waiting on platform {}, unavailable since 2026-12-07T19:16:17+00:00 (24.0 h): PDP-UNAVAILABLE: …"
)


async def test_the_on_call_queues_again_every_company_s_invoices_an_outage_made_fail_and_no_other(
    database_dsn: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with fresh_database_url(database_dsn) as dsn, migrated_pool(dsn) as pool:
        monkeypatch.setenv("DATABASE_URL", dsn)
        companies = [random_siren(), random_siren()]
        failed = {}
        for n, (company, why) in enumerate(
            [
                (companies[0], GAVE_UP.format("iopole")),
                (companies[1], GAVE_UP.format("iopole")),
                (companies[0], GAVE_UP.format("iopole-2")),  # another profile, whose name begins alike
                (companies[1], "gave up after 8 attempts: PDP-OUTCOME-UNKNOWN: …"),  # not an outage's
            ]
        ):
            number = f"OUT-{n}"
            await emit(
                pool,
                company,
                an_invoice(seller=a_seller(company), number=number, issue_date=date(2026, 12, 1)),
            )
            failed[number] = await pool.fetchval(
                "UPDATE invoices SET state = 'FAILED', last_error = $2 WHERE number = $1 RETURNING id::text",
                number,
                why,
            )

        await pool.execute("UPDATE outbox SET done_at = now()")  # their sends ended: given up on

        code, answer = await cli(capsys, "outage", "retry", "iopole")
        again, _ = await cli(capsys, "outage", "retry", "iopole")

        assert (code, again) == (EXIT_OK, EXIT_OK)
        assert answer["platform"] == "iopole" and answer["retried"] == 2  # type: ignore[index]
        assert sorted(answer["invoices"], key=lambda i: i["number"]) == [  # type: ignore[index]
            {"company": companies[0], "id": failed["OUT-0"], "number": "OUT-0"},
            {"company": companies[1], "id": failed["OUT-1"], "number": "OUT-1"},
        ]
        states = dict(await pool.fetch("SELECT number, state FROM invoices WHERE number LIKE 'OUT-%'"))
        assert states["OUT-2"] == states["OUT-3"] == "FAILED"
        assert states["OUT-0"] != "FAILED" and states["OUT-1"] != "FAILED"
        actors = await pool.fetch(
            "SELECT subject_id, actor FROM audit_log WHERE action = 'invoice.retry' ORDER BY subject_id"
        )
        assert sorted(tuple(a) for a in actors) == sorted(
            (failed[n], f"cli:{getpass.getuser()}") for n in ("OUT-0", "OUT-1")
        )
        assert (
            await pool.fetchval("SELECT count(*) FROM outbox WHERE done_at IS NULL") == 2
        )  # queued again, each
