"""`pdp-gateway doctor` as an operator runs it (the CLI, configured by the environment): against a serving gateway on
the sandbox, against the IOPOLE and AFNOR simulators with right and wrong credentials (advice worded per platform),
with platform settings that cannot be opened, and with the database stopped or not migrated (doctor never migrates)."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import grpc
import httpx
import pytest
from dependency_injector import providers

from adapters.postgres.embedded import DEFAULT_DATABASE
from service.cli.main import main
from service.wiring.container import Container
from service.wiring.server import Runner, resolve
from tests.e2e.grpc_client import GatewayClient, expect_error, invoice_of
from tests.support.database import migrated_pool, stoppable_server
from tests.support.iopole_simulator import IopoleSimulator
from tests.support.pipeline import fresh_database_url
from tests.support.simulators.afnor_app import AfnorSimulator


async def doctor(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, dict[str, str]]]:
    code = await asyncio.to_thread(main, ["doctor", "--json", *argv])
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == {0: "ok", 1: "warn", 2: "fail"}[code]
    return code, {c["name"]: c for c in report["checks"]}


def environment(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name in ("PDP_PROVIDER", "IOPOLE_WEBHOOK_SECRET", "AFNOR_WEBHOOK_SIGNING_KEY", "PGDATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
async def serving(database_dsn: str) -> AsyncIterator[tuple[Runner, str]]:
    """A gateway on the sandbox, on a database of its own (nothing left over by other tests in its queues)."""
    async with fresh_database_url(database_dsn) as dsn, migrated_pool(dsn, min_size=2, max_size=20) as pool:
        container = Container()
        container.database_url.override(providers.Object(dsn))
        container.db_pool.override(providers.Object(pool))
        container.config.from_dict(
            {
                "grpc": {"host": "127.0.0.1", "port": 0, "grace_s": 2},
                "http": {"host": "127.0.0.1", "port": 0},
                "pdp": {
                    "provider": "sandbox",
                    "sandbox_rejection_share": 0,
                    "sandbox_routing_error_share": 0,
                },
                "pipeline": {"workers": 1},
            }
        )
        runner = Runner(container)
        await runner.start()
        try:
            await (await resolve(container.api_keys)).create("732829320", "doctor")
            yield runner, dsn
        finally:
            await runner.stop()
            container.reset_override()


async def test_a_healthy_installation_on_the_sandbox_is_ok_everywhere(
    serving: tuple[Runner, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, dsn = serving
    environment(monkeypatch, DATABASE_URL=dsn, PDP_PROVIDER="sandbox")
    code, checks = await doctor(capsys, "--http", f"http://127.0.0.1:{runner.http_port}")
    assert {name: c["result"] for name, c in checks.items() if c["result"] != "ok"} == {}
    assert code == 0
    assert {"database", "outbox", "inbox", "parked", "archive", "platform", "webhook-route", "tasks"} <= set(
        checks
    )


async def test_the_lines_say_ok_warn_or_fail_then_what_to_do(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    environment(monkeypatch, DATABASE_URL="postgresql://postgres@127.0.0.1:1/stopped", PDP_PROVIDER="sandbox")
    code = await asyncio.to_thread(main, ["doctor", "--http", "http://127.0.0.1:1"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 2
    database = next(line for line in lines if line.split()[1] == "database")
    assert database.startswith("fail  database") and "-> is PostgreSQL running" in database


async def test_with_the_database_stopped_the_database_check_fails_with_what_to_do(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    environment(monkeypatch, DATABASE_URL="postgresql://postgres@127.0.0.1:1/stopped", PDP_PROVIDER="sandbox")
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert code == 2
    assert checks["database"]["result"] == "fail"
    assert "DATABASE_URL" in checks["database"]["detail"] and "DATABASE_URL" in checks["database"]["advice"]
    assert "outbox" not in checks and "archive" not in checks  # not run without a database
    assert checks["tasks"]["result"] == "fail" and "pdp-gateway serve" in checks["tasks"]["advice"]


async def test_with_the_embedded_database_stopped_doctor_says_so_and_does_not_start_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without DATABASE_URL the database is the embedded server that serve started. Doctor reads it while it runs and
    never starts it: a server doctor started under a running serve was left running after serve stopped."""
    async with stoppable_server(DEFAULT_DATABASE) as pg:
        environment(monkeypatch, PDP_PROVIDER="sandbox", PGDATA_DIR=str(pg.data_dir))
        monkeypatch.delenv("DATABASE_URL", raising=False)
        code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
        assert checks["database"]["detail"].startswith("reachable"), checks["database"]  # running: read
        await pg.stop()
        code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
        assert code == 2
        database = checks["database"]
        assert database["result"] == "fail"
        assert database["detail"].startswith(f"the embedded PostgreSQL in {pg.data_dir} is not running"), (
            database
        )
        assert "pdp-gateway serve" in database["advice"] and "DATABASE_URL" in database["advice"]
        assert "outbox" not in checks and "archive" not in checks  # not run without a database
        assert not (pg.data_dir / "postmaster.pid").exists()  # doctor started nothing


def iopole_env(sim: IopoleSimulator, **overrides: str) -> dict[str, str]:
    return {**sim.env(), "PDP_PROVIDER": "iopole", "IOPOLE_WEBHOOK_SECRET": "whsec-test", **overrides}


@pytest.fixture
def simulator() -> Any:
    with IopoleSimulator() as sim:
        yield sim


async def test_against_iopole_with_its_credentials_the_platform_checks_pass(
    simulator: IopoleSimulator,
    pg_pool: object,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment(monkeypatch, DATABASE_URL=database_dsn, **iopole_env(simulator))
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert checks["platform-credentials"]["result"] == "ok"
    assert checks["platform-customer"]["result"] == "ok"
    assert checks["clock"]["result"] == "ok", checks["clock"]
    assert checks["webhook-secret"]["result"] == "ok"
    assert checks["webhook-route"]["result"] == "fail"  # no serve on this host: said, with what to do


async def test_against_iopole_with_a_wrong_secret_the_credentials_check_fails_naming_them(
    simulator: IopoleSimulator,
    pg_pool: object,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment(
        monkeypatch,
        DATABASE_URL=database_dsn,
        **iopole_env(simulator, IOPOLE_CLIENT_SECRET="not-the-secret", IOPOLE_WEBHOOK_SECRET=""),
    )
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert code == 2
    credentials = checks["platform-credentials"]
    assert credentials["result"] == "fail" and "IOPOLE_CLIENT_SECRET" in credentials["advice"]
    assert "not-the-secret" not in json.dumps(checks)  # a secret never printed
    assert "directory" not in checks  # not asked with credentials refused
    assert (
        checks["webhook-secret"]["result"] == "fail"
        and "IOPOLE_WEBHOOK_SECRET" in checks["webhook-secret"]["advice"]
    )


async def test_against_iopole_with_a_wrong_customer_id_the_customer_check_fails(
    simulator: IopoleSimulator,
    pg_pool: object,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment(
        monkeypatch,
        DATABASE_URL=database_dsn,
        **iopole_env(simulator, IOPOLE_CUSTOMER_ID="00000000-0000-4000-8000-000000000000"),
    )
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert checks["platform-credentials"]["result"] == "ok"
    customer = checks["platform-customer"]
    assert customer["result"] == "fail" and "IOPOLE_CUSTOMER_ID" in customer["advice"]


def afnor_env(sim: AfnorSimulator, **overrides: str) -> dict[str, str]:
    return {**sim.env(signing_key="afnor-signing-key-test"), "PDP_PROVIDER": "afnor", **overrides}


@pytest.fixture
def afnor_simulator() -> Any:
    with AfnorSimulator() as sim:
        yield sim


async def test_against_afnor_the_platform_checks_pass_and_are_worded_for_afnor(
    afnor_simulator: AfnorSimulator,
    pg_pool: object,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment(monkeypatch, DATABASE_URL=database_dsn, **afnor_env(afnor_simulator))
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert checks["platform-credentials"]["result"] == "ok"
    services = checks["platform-services"]
    assert services["result"] == "ok" and "flow and directory services answer" in services["detail"]
    assert checks["clock"]["result"] == "ok", checks["clock"]
    assert checks["webhook-secret"]["result"] == "ok"
    assert "AFNOR_WEBHOOK_SIGNING_KEY" in checks["webhook-secret"]["detail"]


async def test_against_afnor_with_a_wrong_secret_the_advice_names_the_afnor_settings(
    afnor_simulator: AfnorSimulator,
    pg_pool: object,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environment(
        monkeypatch,
        DATABASE_URL=database_dsn,
        **afnor_env(afnor_simulator, AFNOR_CLIENT_SECRET="not-the-secret", AFNOR_WEBHOOK_SIGNING_KEY=""),
    )
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert code == 2
    credentials = checks["platform-credentials"]
    assert credentials["result"] == "fail" and "AFNOR_CLIENT_SECRET" in credentials["advice"]
    assert "IOPOLE" not in json.dumps(checks)  # every hint names the AFNOR settings
    assert "not-the-secret" not in json.dumps(checks)
    secret = checks["webhook-secret"]
    assert secret["result"] == "fail" and "AFNOR_WEBHOOK_SIGNING_KEY" in secret["advice"]
    assert "webhooks create" in secret["advice"]


async def test_opening_the_platform_does_not_migrate_a_database_that_is_not(
    afnor_simulator: AfnorSimulator,
    database_dsn: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with fresh_database_url(database_dsn) as dsn:  # empty: never migrated
        environment(monkeypatch, DATABASE_URL=dsn, **afnor_env(afnor_simulator))
        code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
        assert checks["database"]["result"] == "fail" and "migrate" in checks["database"]["advice"]
        assert checks["platform-services"]["result"] == "ok"  # the platform was opened and asked
        conn = await asyncpg.connect(dsn)
        try:
            assert await conn.fetchval("SELECT to_regclass('schema_migrations')") is None
        finally:
            await conn.close()


async def test_a_profiles_file_that_cannot_be_read_is_the_one_failed_settings_check(
    pg_pool: object, database_dsn: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked with every setting before anything starts, as serve checks it (it was a `platform` failure once the
    # platforms were opened; serve stopped with a traceback after starting its database).
    environment(monkeypatch, DATABASE_URL=database_dsn, PLATFORM_PROFILES_FILE="/nonexistent/profiles.yml")
    code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    assert code == 2
    assert list(checks) == ["settings"]
    assert checks["settings"]["result"] == "fail"
    assert checks["settings"]["detail"].startswith("PLATFORM_PROFILES_FILE: ")
    assert "/nonexistent/profiles.yml" in checks["settings"]["detail"]


async def test_a_database_that_answers_but_cannot_write_is_named_by_readyz_metrics_doctor_and_the_caller(
    serving: tuple[Runner, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failover to a standby, or a managed server that set itself read-only when its storage filled: every write
    fails while reads pass. Before, /readyz and doctor said all was well and every submit was INTERNAL; the same blind
    spot as a full disk (docs/on-call.md), whose refusal (53100) cannot be made here without a small filesystem."""
    runner, dsn = serving
    pool = await resolve(runner.container.db_pool)
    probe = await resolve(runner.container.write_probe)
    key = await (await resolve(runner.container.api_keys)).create("732829320", "writes")
    base = f"http://127.0.0.1:{runner.http_port}"
    name = await pool.fetchval("SELECT current_database()")
    environment(monkeypatch, DATABASE_URL=dsn, PDP_PROVIDER="sandbox")
    async with (
        httpx.AsyncClient(base_url=base, timeout=30) as http,
        grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel,
    ):
        client = GatewayClient(channel, key["secret"])
        await client.submit(invoice_of("732829320"))
        assert "pdp_gateway_database_writable 1.0" in (await http.get("/metrics")).text

        await pool.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        await pool.expire_connections()  # every connection anew, as after a failover
        await probe.once()  # the supervised probe's next round, without waiting for it

        ready = await http.get("/readyz")
        assert ready.status_code == 503
        why = "read-only: a standby, or default_transaction_read_only set (SQLSTATE 25006)"
        assert ready.json()["status"] == f"database cannot write: {why}"
        assert "pdp_gateway_database_writable 0.0" in (await http.get("/metrics")).text
        refused = await expect_error(client.submit(invoice_of("732829320")), grpc.StatusCode.UNAVAILABLE)
        assert refused.message == f"the service's database cannot write: {why}; retry later"
        assert (await client.list()).invoices  # reads still work
        code, checks = await doctor(capsys, "--http", base)
        assert code == 2 and checks["database"]["result"] == "fail"
        assert checks["database"]["detail"].endswith(f"but it cannot write: {why}")
        assert "DATABASE_URL must name the primary" in checks["database"]["advice"]
        assert checks["tasks"]["advice"].startswith("the database check above says what to do")

        async with pool.acquire() as conn:
            await conn.execute("SET default_transaction_read_only = off")
            await conn.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
        await pool.expire_connections()
        await probe.once()
        assert (await http.get("/readyz")).status_code == 200
        await client.submit(invoice_of("732829320"))


async def test_with_the_database_s_connections_all_taken_doctor_says_so_not_is_it_running(
    database_dsn: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seen with max_connections reached by another program: serve kept serving on its pooled connections, while
    # doctor asked whether PostgreSQL was running and DATABASE_URL right. A role at its own connection limit is
    # refused the same way (SQLSTATE 53300).
    role = f"doctor_full_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(database_dsn)
    try:
        await admin.execute(f"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0")
        parts = urlsplit(database_dsn)
        netloc = f"{role}@{parts.netloc.rpartition('@')[2]}"
        environment(
            monkeypatch, DATABASE_URL=urlunsplit(parts._replace(netloc=netloc)), PDP_PROVIDER="sandbox"
        )
        code, checks = await doctor(capsys, "--http", "http://127.0.0.1:1")
    finally:
        await admin.execute(f"DROP ROLE {role}")
        await admin.close()
    assert code == 2 and checks["database"]["result"] == "fail"
    assert "TooManyConnectionsError" in checks["database"]["detail"]
    assert checks["database"]["advice"].startswith("its connections are all taken")
    assert "pg_stat_activity" in checks["database"]["advice"]
