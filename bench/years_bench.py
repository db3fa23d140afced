"""Years of data: the API's read and write figures on a database holding BENCH_INVOICES invoices (default 1,000,000)
over 24 months and BENCH_COMPANIES companies (default 100, Zipf-sized: the largest holds about a fifth), beside the
same figures on a nearly empty database (the same companies, and 100 invoices a month for 24 months for the largest,
so that every page measured is full on both).

Both databases live on one embedded PostgreSQL server in BENCH_DATA_DIR (default `var/years-bench` of the checkout),
which is kept: the seed (minutes) is done once and reused by later runs with the same settings (delete the folder to
seed again). The server runs with BENCH_SHARED_BUFFERS (default 1GB, as deploy/postgres/postgresql.conf) and
pg_stat_statements. Each database is served by the real gRPC server (production container, in this process,
dispatcher off). Each company's first invoice is submitted through the API; the bulk is copied from it inside
PostgreSQL (invoices with their lines and four events each: SUBMITTED, VALIDATED, SENDING, SENT), issue dates and
creation times spread over 24 months, numbers and request ids unique. The archive of the largest company holds
BENCH_ARCHIVE documents (4 KiB each) on the nearly empty database and ten times as many on the full one, each with
its audit entry (through the audit log adapter, so the hash chain is real); the other companies hold 200 each.

Rounds (BENCH_ROUNDS, default 3) alternate the two databases, so that the neighbours' load on a shared machine falls
on both alike; figures are medians and p95 over every round's calls. The ratio full / empty is what to read.
Figures (ms; submit: calls/s and p99 at c=32 for BENCH_SECONDS per round): ListInvoices first page, a deep page
(BENCH_DEEP pages of 50 in), filtered by state + one month, by counterparty; GetInvoice; GetInvoiceHistory;
PreviewDeclaration of one month for the largest company (its period holds the same BENCH_PERIOD_SALES sales to
consumers on both databases, submitted through the API: the seeded invoices are domestic B2B, which the preview never
reads, so without them it would measure an empty declaration); VerifyArchive for it (also per document: it recomputes
every hash, so it grows with the company's archive by design); SubmitInvoice at c=32. Then the statements of the
submit rounds by PostgreSQL time on each database (pg_stat_statements), and the database's size per million invoices.

Run: `PYTHONPATH=src:. python -m bench.years_bench` (BENCH_INVOICES=200000 for a quicker run).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

INVOICES = int(os.environ.get("BENCH_INVOICES", "1000000"))
COMPANIES = int(os.environ.get("BENCH_COMPANIES", "100"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))  # calls per figure per round
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DEEP = int(os.environ.get("BENCH_DEEP", "40"))  # pages of 50 in: within the baseline's 2,400 too
SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
ARCHIVE = int(os.environ.get("BENCH_ARCHIVE", "2400"))
PERIOD_SALES = int(os.environ.get("BENCH_PERIOD_SALES", "200"))  # B2C sales in the period previewed, on both
SHARED_BUFFERS = os.environ.get("BENCH_SHARED_BUFFERS", "1GB")
DATA_DIR = Path(
    os.environ.get("BENCH_DATA_DIR") or Path(__file__).resolve().parents[1] / "var" / "years-bench"
)
MONTHS = 24
MONTH = "2026-06"
ARCHIVE_OTHERS = 200
SEED_TIMEOUT_S = 3600.0  # one statement copies up to a fifth of the invoices
CONFIG = f"invoices={INVOICES} companies={COMPANIES} months={MONTHS} archive={ARCHIVE}"


def _weights(count: int) -> list[float]:
    raw = [1 / (k + 1) for k in range(count)]
    total = sum(raw)
    return [w / total for w in raw]


@dataclass
class Database:
    """One of the two databases, its gRPC stubs and the calls measured on it."""

    label: str
    name: str
    api: Any = None
    companies: list[dict[str, Any]] = field(default_factory=list)
    samples: dict[str, list[float]] = field(default_factory=dict)
    rates: list[tuple[float, float]] = field(default_factory=list)
    pool: Any = None

    @property
    def largest(self) -> dict[str, Any]:
        return self.companies[0]


async def _timed(call: Callable[[], Awaitable[Any]], repeat: int, into: list[float]) -> None:
    await call()  # warm
    for _ in range(repeat):
        started = time.perf_counter()
        await call()
        into.append((time.perf_counter() - started) * 1000)


# --- the server and the two databases ------------------------------------------------------------------------------
async def _tuned_server() -> Any:
    """The embedded server of DATA_DIR with BENCH_SHARED_BUFFERS and pg_stat_statements (restarted once if needed)."""
    from bench.tuned_server import tuned_server

    return await tuned_server(
        DATA_DIR, {"shared_buffers": SHARED_BUFFERS, "shared_preload_libraries": "pg_stat_statements"}
    )


async def _seed_invoices(conn: Any, template_ids: list[str], counts: list[int], prefix: str) -> None:
    """Copies of each company's template invoice, its lines and four events, inside PostgreSQL."""
    columns = [
        r[0]
        for r in await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'invoices' ORDER BY ordinal_position"
        )
    ]
    overrides = {
        "id": "gen_random_uuid()",
        "request_id": f"'{prefix}-' || g",
        "number": f"'{prefix.upper()}-' || g",
        "content": f"jsonb_set(t.content, '{{number}}', to_jsonb('{prefix.upper()}-' || g))",
        "issue_date": f"(date '2025-01-01' + (g * {MONTHS * 30} / n))::date",
        "state": "CASE WHEN g % 50 = 0 THEN 'FAILED' WHEN g % 40 = 0 THEN 'INVALID' ELSE 'SENT' END",
        "lifecycle_code": "CASE WHEN g % 20 = 0 THEN '213' ELSE '204' END",
        "platform_id": f"'{prefix}-' || t.company_siren || '-' || g",
        "created_at": f"timestamptz '2025-01-01' + (g * interval '{MONTHS * 30} days' / n)",
        "updated_at": f"timestamptz '2025-01-01' + (g * interval '{MONTHS * 30} days' / n)",
    }
    select = ", ".join(overrides.get(c, f"t.{c}") for c in columns)
    line_columns = [
        r[0]
        for r in await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'invoice_lines'"
            " ORDER BY ordinal_position"
        )
    ]
    line_select = ", ".join("i.id" if c == "invoice_id" else f"l.{c}" for c in line_columns)
    for template_id, n in zip(template_ids, counts, strict=True):
        if n == 0:
            continue
        await conn.execute(
            f"INSERT INTO invoices ({', '.join(columns)}) SELECT {select}"
            f" FROM invoices t, generate_series(1, $2::int) g, (SELECT $2::int AS n) k WHERE t.id = $1::uuid",
            template_id,
            n,
            timeout=SEED_TIMEOUT_S,
        )
    await conn.execute(
        f"INSERT INTO invoice_lines ({', '.join(line_columns)}) SELECT {line_select}"
        " FROM invoices i JOIN invoices t ON t.company_siren = i.company_siren AND t.request_id LIKE 'template-%'"
        " JOIN invoice_lines l ON l.invoice_id = t.id WHERE i.request_id LIKE $1",
        f"{prefix}-%",
        timeout=SEED_TIMEOUT_S,
    )
    await conn.execute(
        "INSERT INTO invoice_events (invoice_id, company_siren, kind, state, at)"
        " SELECT i.id, i.company_siren, k.kind, k.state, i.created_at + k.after FROM invoices i"
        " CROSS JOIN (VALUES ('SUBMITTED', 'ACCEPTED', interval '0 s'), ('VALIDATED', 'READY', interval '1 s'),"
        " ('SENDING', 'SENDING', interval '2 s'), ('SENT', 'SENT', interval '3 s')) k(kind, state, after)"
        " WHERE i.request_id LIKE $1 ORDER BY i.created_at",
        f"{prefix}-%",
        timeout=SEED_TIMEOUT_S,
    )


async def _seed_archive(conn: Any, siren: str, count: int, *, with_audit: bool) -> None:
    """`count` archived documents of 4 KiB over 24 months (hashes computed by PostgreSQL, so they verify), and one
    audit entry each through the audit log adapter (the chain is the real one)."""
    from adapters.postgres.audit_log import PgAuditLog
    from domain.archive_ports import AuditEvent

    await conn.execute(
        "INSERT INTO archive_items (company_siren, sha256, kind, media_type, filename, content, size,"
        " document_date, retention_until)"
        " SELECT $1, encode(sha256(c), 'hex'), 'emitted_invoice', 'application/xml', 'bench-' || g || '.xml', c,"
        f" length(c), date '2025-01-01' + (g * {MONTHS * 30} / $2), date '2025-01-01' + (g * {MONTHS * 30} / $2)"
        " + 3650 FROM generate_series(1, $2::int) g,"
        " LATERAL (SELECT convert_to(repeat(md5($1 || '-' || g), 128), 'UTF8') AS c) d",
        siren,
        count,
        timeout=SEED_TIMEOUT_S,
    )
    if not with_audit:
        return
    now = datetime.now(UTC)
    for start in range(0, count, 1000):
        async with conn.transaction():
            log = PgAuditLog(conn)
            for k in range(start, min(count, start + 1000)):
                event = AuditEvent("archive.stored", "archive_item", f"bench-{k}")
                await log.append(siren, event, now)


async def _prepare(db: Database, keys: Any, counts: list[int], archive: int) -> None:
    """Create the companies through the API and seed, or find them from a previous run's seed."""
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_to_proto
    from tests.builders import an_invoice
    from tests.random_refs import random_siren

    async with db.pool.acquire() as conn:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_years (idx int PRIMARY KEY, config text, ready boolean,"
            " siren text, key text, template_id text, buyer text)"
        )
        rows = await conn.fetch("SELECT * FROM bench_years ORDER BY idx")
    if rows:
        if rows[0]["config"] != CONFIG or not all(r["ready"] for r in rows):
            raise SystemExit(
                f"{DATA_DIR} holds another or an unfinished seed ({rows[0]['config']}): delete it"
            )
        db.companies = [
            {"siren": r["siren"], "key": r["key"], "id": r["template_id"], "buyer": r["buyer"]} for r in rows
        ]
        print(f"{db.label}: reusing the seed in {DATA_DIR} ({CONFIG})", flush=True)
        return
    invoices = db.api[0]
    for idx in range(COMPANIES):
        siren = random_siren()
        key = (await keys.create(siren, "years"))["secret"]
        invoice = invoice_to_proto(an_invoice(lines=2, seller=_seller(siren)))
        invoice.number = f"TEMPLATE-{siren}"
        reply = await invoices.SubmitInvoice(
            svc.SubmitInvoiceRequest(request_id=f"template-{siren}", invoice=invoice),
            metadata=(("authorization", f"Bearer {key}"),),
        )
        company = {"siren": siren, "key": key, "id": reply.invoice.id, "buyer": invoice.buyer.name}
        db.companies.append(company)
        async with db.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO bench_years VALUES ($1, $2, false, $3, $4, $5, $6)",
                idx,
                CONFIG,
                *company.values(),
            )
    started = time.perf_counter()
    async with db.pool.acquire() as conn:
        await _seed_invoices(conn, [c["id"] for c in db.companies], counts, "seed")
        await _seed_archive(conn, db.largest["siren"], archive, with_audit=True)
        for company in db.companies[1:]:
            await _seed_archive(conn, company["siren"], ARCHIVE_OTHERS, with_audit=False)
        await conn.execute("VACUUM ANALYZE", timeout=SEED_TIMEOUT_S)
        await conn.execute("UPDATE bench_years SET ready = true")
        total = await conn.fetchval("SELECT count(*) FROM invoices")
    print(
        f"{db.label}: seeded {total:,} invoices ({counts[0]:,} for the largest company), {archive:,} archived"
        f" documents for the largest, in {time.perf_counter() - started:.0f} s",
        flush=True,
    )


def _seller(siren: str) -> Any:
    from dataclasses import replace

    from domain.identifiers import french_vat_number
    from domain.invoice import Identifier
    from tests.builders import a_seller

    return replace(
        a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
    )


async def _period_sales(db: Database) -> None:
    """PERIOD_SALES sales to consumers of the largest company in the decade previewed (day 15 of MONTH), the same on
    both databases. Request ids and numbers are fixed, so a reused seed replays them instead of adding more."""
    from datetime import date, timedelta

    from domain.invoice import ProcessingRule
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_to_proto
    from tests.builders import an_invoice

    company = db.largest
    md = (("authorization", f"Bearer {company['key']}"),)
    first = date.fromisoformat(f"{MONTH}-11")
    for n in range(PERIOD_SALES):
        sale = an_invoice(
            lines=2,
            seller=_seller(company["siren"]),
            number=f"PERIOD-B2C-{n:05d}",
            issue_date=first + timedelta(days=n % 10),
            processing_rule=ProcessingRule.B2C,
        )
        await db.api[0].SubmitInvoice(
            svc.SubmitInvoiceRequest(request_id=f"period-b2c-{n}", invoice=invoice_to_proto(sale)),
            metadata=md,
        )


# --- the figures ---------------------------------------------------------------------------------------------------
async def _measure(db: Database) -> None:
    from pdpgateway.v1 import archive_service_pb2 as apb
    from pdpgateway.v1 import invoice_pb2 as pb
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from pdpgateway.v1 import reporting_service_pb2 as rpb

    company = db.largest
    md = (("authorization", f"Bearer {company['key']}"),)
    invoices, reporting, archive = db.api
    token = ""
    for _ in range(DEEP):
        page = await invoices.ListInvoices(
            svc.ListInvoicesRequest(page_size=50, page_token=token), metadata=md
        )
        if not page.next_page_token:
            break
        token = page.next_page_token
    figures = {
        "list first page": svc.ListInvoicesRequest(page_size=50),
        f"list page {DEEP} (deep)": svc.ListInvoicesRequest(page_size=50, page_token=token),
        "list SENT in one month": svc.ListInvoicesRequest(
            page_size=50,
            states=[pb.PROCESSING_STATE_SENT],
            issued_from=f"{MONTH}-01",
            issued_to=f"{MONTH}-28",
        ),
        "list by counterparty": svc.ListInvoicesRequest(page_size=50, counterparty=company["buyer"]),
    }
    for name, request in figures.items():
        await _timed(
            lambda r=request: invoices.ListInvoices(r, metadata=md), REPEAT, db.samples.setdefault(name, [])
        )
    await _timed(
        lambda: invoices.GetInvoice(svc.GetInvoiceRequest(invoice_id=company["id"]), metadata=md),
        REPEAT,
        db.samples.setdefault("GetInvoice", []),
    )
    await _timed(
        lambda: invoices.GetInvoiceHistory(
            svc.GetInvoiceHistoryRequest(invoice_id=company["id"]), metadata=md
        ),
        REPEAT,
        db.samples.setdefault("GetInvoiceHistory", []),
    )
    period = rpb.PeriodSelector(
        regime=rpb.VAT_REGIME_REAL_MONTHLY, kind=rpb.REPORT_KIND_TRANSACTIONS, day=f"{MONTH}-15"
    )
    await _timed(
        lambda: reporting.PreviewDeclaration(rpb.PreviewDeclarationRequest(period=period), metadata=md),
        max(REPEAT // 2, 3),
        db.samples.setdefault("PreviewDeclaration (one month)", []),
    )
    await _timed(
        lambda: archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=md),
        max(REPEAT // 6, 2),
        db.samples.setdefault("VerifyArchive", []),
    )


async def _submit_rate(db: Database, label: str) -> None:
    from bench.grpc_bench import _invoices
    from pdpgateway.v1 import invoice_service_pb2 as svc

    key_of = {c["siren"]: c["key"] for c in db.companies}
    requests = [svc.SubmitInvoiceRequest.FromString(r) for r in _invoices(list(key_of), 20000)]
    for r in requests:
        r.request_id = f"{label}-{r.request_id}"
        r.invoice.number = f"{label}-{r.invoice.number}"
    latencies: list[float] = []
    next_request = iter(requests)
    deadline = time.perf_counter() + SECONDS

    async def worker() -> None:
        for request in next_request:
            if time.perf_counter() > deadline:
                return
            md = (("authorization", f"Bearer {key_of[request.invoice.seller.legal_registration.value]}"),)
            started = time.perf_counter()
            await db.api[0].SubmitInvoice(request, metadata=md)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(32)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    db.rates.append((len(latencies) / elapsed, latencies[int(len(latencies) * 0.99) - 1] * 1000))


async def _statements(db: Database) -> None:
    """The submit rounds' statements on this database by PostgreSQL time (pg_stat_statements, reset before them)."""
    async with db.pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT calls, total_exec_time, mean_exec_time, shared_blks_hit, shared_blks_read, rows,"
            " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query FROM pg_stat_statements"
            " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " ORDER BY total_exec_time DESC LIMIT 8"
        )
    print(
        f"  {db.label}: calls, total ms, mean ms, blocks read from disk/cache per call, statement", flush=True
    )
    for r in rows:
        per_call_read = r["shared_blks_read"] / max(r["calls"], 1)
        print(
            f"    {r['calls']:7} {r['total_exec_time']:9.0f} {r['mean_exec_time']:8.3f} {per_call_read:7.2f}"
            f"  {r['query']}",
            flush=True,
        )


async def _serve(db: Database, dsn: str, stack: Any) -> Any:
    """The production container and gRPC server on `dsn`; returns the API keys port."""
    import grpc
    from dependency_injector import providers

    from adapters.postgres.pool import init_pool
    from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
    from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
    from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
    from service.wiring.container import Container
    from service.wiring.server import build_server, resolve

    pool_gen = init_pool(dsn, min_size=4, max_size=40, command_timeout=SEED_TIMEOUT_S)
    db.pool = await anext(pool_gen)
    stack.push_async_callback(pool_gen.aclose)
    container = Container()
    container.db_pool.override(providers.Object(db.pool))
    container.database_url.override(providers.Object(dsn))
    container.dispatcher.override(providers.Object(None))
    server, port = await build_server(container, "127.0.0.1:0")
    await server.start()
    stack.push_async_callback(container.shutdown_resources)
    stack.push_async_callback(server.stop, None)
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    stack.push_async_callback(channel.close)
    db.api = (
        svc_grpc.InvoiceServiceStub(channel),
        rpb_grpc.ReportingServiceStub(channel),
        apb_grpc.ArchiveServiceStub(channel),
    )
    return await resolve(container.api_keys)


def _report(empty: Database, full: Database) -> None:
    print(f"figures over {ROUNDS} interleaved rounds (median / p95 ms):", flush=True)
    for name in empty.samples:
        e, f = sorted(empty.samples[name]), sorted(full.samples[name])
        em, fm = statistics.median(e), statistics.median(f)
        verdict = "ok" if fm / em <= 2 else "WORSE THAN 2x"
        print(
            f"  {name:32} empty {em:8.2f} / {e[int(len(e) * 0.95) - 1]:8.2f}   full {fm:8.2f} /"
            f" {f[int(len(f) * 0.95) - 1]:8.2f}   {fm / em:5.2f}x {verdict}",
            flush=True,
        )
    e_docs, f_docs = ARCHIVE, ARCHIVE * 10
    e_per, f_per = (
        statistics.median(empty.samples["VerifyArchive"]) / e_docs * 1000,
        statistics.median(full.samples["VerifyArchive"]) / f_docs * 1000,
    )
    print(
        f"  VerifyArchive per document        empty {e_per:6.1f} µs ({e_docs:,} docs)   full {f_per:6.1f} µs"
        f" ({f_docs:,} docs)   {f_per / e_per:5.2f}x",
        flush=True,
    )
    for db in (empty, full):
        rounds = ", ".join(f"{rate:.0f}/s p99 {p99:.0f} ms" for rate, p99 in db.rates)
        print(f"  SubmitInvoice c=32 {db.label:>5}: {rounds}", flush=True)
    e_rate = statistics.median(r for r, _ in empty.rates)
    f_rate = statistics.median(r for r, _ in full.rates)
    print(f"  SubmitInvoice c=32 median rate: full {f_rate / e_rate:5.2f}x the empty rate", flush=True)


async def _run() -> None:
    import contextlib

    from adapters.postgres.embedded import ensure_database

    empty, full = Database("empty", "years_empty"), Database("full", "years_full")
    counts = [max(1, round(INVOICES * w)) for w in _weights(COMPANIES)]
    server = await _tuned_server()
    try:
        async with contextlib.AsyncExitStack() as stack:
            for db, seed_counts, archive in (
                (empty, [MONTHS * 100] + [0] * (COMPANIES - 1), ARCHIVE),
                (full, counts, ARCHIVE * 10),
            ):
                await ensure_database(server.get_uri("postgres"), db.name)
                keys = await _serve(db, server.get_uri(db.name), stack)
                await _prepare(db, keys, seed_counts, archive)
                await _period_sales(db)
            stamp = int(time.time())
            for r in range(ROUNDS):
                for db in (empty, full) if r % 2 == 0 else (full, empty):
                    await _measure(db)
                print(f"round {r + 1}/{ROUNDS} of reads done ({time.strftime('%H:%M:%S')})", flush=True)
            async with full.pool.acquire() as conn:
                await conn.execute("SELECT pg_stat_statements_reset()")
            for r in range(ROUNDS):
                for db in (empty, full) if r % 2 == 0 else (full, empty):
                    await _submit_rate(db, f"S{stamp % 100000}R{r}")  # BT-1: 35 characters at most
            _report(empty, full)
            print("statements of the submit rounds:", flush=True)
            for db in (empty, full):
                await _statements(db)
            async with full.pool.acquire() as conn:
                total = await conn.fetchval("SELECT count(*) FROM invoices")
                sizes = await conn.fetch(
                    "SELECT relname, pg_total_relation_size(oid) AS bytes FROM pg_class"
                    " WHERE relname IN ('invoices', 'invoice_lines', 'invoice_events', 'archive_items') ORDER BY 1"
                )
                database = await conn.fetchval("SELECT pg_database_size(current_database())")
    finally:
        await asyncio.to_thread(server.cleanup)
    per_million = 1_000_000 / max(total, 1)
    print(f"database size per million invoices ({total:,} in the full database):", flush=True)
    for row in sizes:
        print(f"  {row['relname']:16} {row['bytes'] * per_million / 2**30:6.2f} GiB", flush=True)
    print(f"  whole database   {database * per_million / 2**30:6.2f} GiB (archive included)", flush=True)


def main() -> None:
    from service.wiring.event_loop import run

    run(_run())


if __name__ == "__main__":
    main()
