"""An old release's replica on a database a newer release migrated: it touches no row until the schema is its own.

The whole process (Runner: gRPC, HTTP, the supervised tasks) runs this checkout's code on a database of its own.
"A newer release" is this checkout's migrations plus one more file, written to a package on disk and applied by
`migrate` as the newer release's start would apply it; the running process read its own migrations at start, so it
is the older release. A webhook delivery stored meanwhile stays unclaimed (its inbox row not leased, no attempt)
while /readyz names the paused relays; once the newer migration is gone (rolled back), the relays start again and
the delivery is processed.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from importlib import resources
from pathlib import Path

import asyncpg
import httpx
import pytest

from adapters.postgres.migrate import migrate
from service.wiring.server import Runner
from tests.e2e.conftest import new_company, whole_process
from tests.support.pipeline import fresh_database_url
from tests.support.reception import wait_until
from tests.support.webhooks import IOPOLE_SECRET, addressed_to, post_invoice

CII = (
    Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
).read_bytes()
NEWER = 9990
NEWER_SQL = "ALTER TABLE webhook_inbox ADD COLUMN newer_release_note text;\n"
HANG_GUARD = 60.0  # bounds each wait so that a broken gate fails the test; never a speed assertion
# The outbox's dispatcher is gated the same way (every supervised task is, but the LISTEN connections); it is left
# out here, as its document processes would only add load on a shared machine.
PAUSED = {"inbox-worker", "declaration-relay"}
CHECK_S = 0.2  # DB_SCHEMA_CHECK_S: the gate reads the schema this often


@pytest.fixture
def newer_release(tmp_path: Path) -> Iterator[str]:
    """The name of a migrations package on disk: this checkout's migrations and a newer release's one."""
    package = tmp_path / "newer_release_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for entry in resources.files("adapters.postgres.migrations").iterdir():
        if entry.name.endswith(".sql"):
            shutil.copyfile(str(entry), package / entry.name)
    (package / f"{NEWER}_newer_release_note.sql").write_text(NEWER_SQL)
    sys.path.insert(0, str(tmp_path))
    try:
        yield package.name
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(package.name, None)


@contextlib.asynccontextmanager
async def replica(dsn: str) -> AsyncIterator[tuple[Runner, httpx.AsyncClient]]:
    async with (
        whole_process(
            dsn,
            {"pool_min": "1", "pool_max": "8", "schema_check_s": str(CHECK_S)},
            pipeline=False,
            reception={"webhook_keys": {"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET}, "worker_concurrency": "2"},
        ) as runner,
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}", timeout=HANG_GUARD) as http,
    ):
        yield runner, http


async def _readyz(http: httpx.AsyncClient) -> tuple[int, dict[str, object]]:
    response = await http.get("/readyz")
    return response.status_code, response.json()


def _paused(body: dict[str, object]) -> set[str]:
    down = body.get("down") or {}
    assert isinstance(down, dict)
    return {name for name, why in down.items() if str(why).startswith("paused: database migrated by a newer")}


async def _delivery(conn: asyncpg.Connection, key: str) -> tuple[str, int, object]:
    row = await conn.fetchrow(
        "SELECT state, attempts, lease_owner FROM webhook_inbox WHERE dedup_key = $1", key
    )
    assert row is not None
    return row["state"], row["attempts"], row["lease_owner"]


async def _store_delivery(http: httpx.AsyncClient, siren: str) -> None:
    """A supplier's invoice to the company, in a file of its own (IOPOLE keys a callback by its file)."""
    document = addressed_to(CII.replace(b"F2026-00111", uuid.uuid4().hex[:12].encode(), 1), siren)
    response = await post_invoice(http, document, target=f"0225:{siren}")
    assert response.status_code == 200, response.text


async def _last_key(conn: asyncpg.Connection) -> str:
    key = await conn.fetchval("SELECT dedup_key FROM webhook_inbox ORDER BY received_at DESC LIMIT 1")
    assert key is not None
    return str(key)


async def _quiet_round(http: httpx.AsyncClient) -> None:
    """Several of the gate's reads and the relays' wake-ups go by (no row may move meanwhile), not ready."""
    for _ in range(10):
        assert (await _readyz(http))[0] == 503
        await asyncio.sleep(CHECK_S)


async def test_an_old_replica_stops_claiming_when_a_newer_release_migrates_and_resumes_after_a_rollback(
    database_dsn: str, newer_release: str
) -> None:
    async with fresh_database_url(database_dsn) as dsn, replica(dsn) as (runner, http):
        company = await new_company(runner.container)
        conn = await asyncpg.connect(dsn)
        try:
            assert (await _readyz(http))[0] == 200
            applied = await migrate(conn, package=newer_release)  # the newer release starts somewhere
            assert applied == [f"{NEWER}_newer_release_note.sql"]

            async def paused() -> bool:
                status, body = await _readyz(http)
                return status == 503 and PAUSED <= _paused(body)

            await wait_until(paused, HANG_GUARD, "/readyz naming the paused relays")
            await _store_delivery(http, company.siren)  # the route still stores (not ready: no traffic sent)
            key = await _last_key(conn)
            await _quiet_round(http)
            assert await _delivery(conn, key) == ("PENDING", 0, None)  # never claimed by the old code

            # Rolled back: the newer release's migration is undone; the old code's schema is the database's.
            async with conn.transaction():
                await conn.execute("ALTER TABLE webhook_inbox DROP COLUMN newer_release_note")
                await conn.execute("DELETE FROM schema_migrations WHERE version = $1", NEWER)

            async def done() -> bool:
                return (await _delivery(conn, key))[0] == "DONE"

            await wait_until(done, HANG_GUARD, "the delivery processed once the relays resumed")
            await wait_until(lambda: _ready(http), HANG_GUARD, "/readyz ready with every task running again")
        finally:
            await conn.close()


async def _ready(http: httpx.AsyncClient) -> bool:
    return (await _readyz(http))[0] == 200


async def test_an_old_replica_started_on_a_database_a_newer_release_migrated_never_claims(
    database_dsn: str, newer_release: str
) -> None:
    async with fresh_database_url(database_dsn) as dsn:
        conn = await asyncpg.connect(dsn)
        try:
            await migrate(conn, package=newer_release)  # the newer release ran first
            async with replica(dsn) as (runner, http):
                company = await new_company(runner.container)
                await _store_delivery(http, company.siren)
                key = await _last_key(conn)
                await _quiet_round(http)
                assert await _delivery(conn, key) == ("PENDING", 0, None)  # never claimed by the old code
                status, body = await _readyz(http)
                assert status == 503 and PAUSED <= _paused(body), body
        finally:
            await conn.close()
