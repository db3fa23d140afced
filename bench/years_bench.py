"""Years of data: the API's read and write figures on a database holding BENCH_INVOICES invoices (default 1,000,000)
over 24 months and BENCH_COMPANIES companies (default 100, Zipf-sized: the largest holds about a fifth), beside the
same figures on the nearly empty database they are seeded from (one invoice per company, and 100 a month for 24
months for the largest, so that every page measured is full on both).

Through the real gRPC server (production container, in this process, dispatcher off) on a throwaway database
(DATABASE_URL's server when set, else an embedded one). Each company's first invoice is submitted through the API;
the bulk is copied from it inside PostgreSQL (invoices with their lines and four events each: SUBMITTED, VALIDATED,
SENDING, SENT), issue dates and creation times spread over 24 months, numbers and request ids unique.

Figures (ms, median and p95 over BENCH_REPEAT calls; submit: calls/s and p99 at c=32 for BENCH_SECONDS):
ListInvoices first page, a deep page (BENCH_DEEP pages of 50 in), filtered by state + one month, by counterparty;
GetInvoice; GetInvoiceHistory; PreviewDeclaration of one month for the largest company; VerifyArchive for it;
SubmitInvoice at c=32. Then the database's size per million invoices (tables and indexes).

Run: `PYTHONPATH=src:. python -m bench.years_bench` (BENCH_INVOICES=200000 for a quicker run).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

INVOICES = int(os.environ.get("BENCH_INVOICES", "1000000"))
COMPANIES = int(os.environ.get("BENCH_COMPANIES", "100"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "60"))
DEEP = int(os.environ.get("BENCH_DEEP", "40"))  # pages of 50 in: within the baseline's 2,500 too
SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
MONTHS = 24
SEED_TIMEOUT_S = 3600.0  # one statement copies up to a fifth of the invoices


def _weights(count: int) -> list[float]:
    raw = [1 / (k + 1) for k in range(count)]
    total = sum(raw)
    return [w / total for w in raw]


async def _timed(call: Callable[[], Awaitable[Any]], repeat: int) -> tuple[float, float]:
    await call()  # warm
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


async def _seed(conn: Any, template_ids: list[str], counts: list[int], prefix: str) -> None:
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
    await conn.execute("VACUUM ANALYZE", timeout=SEED_TIMEOUT_S)


async def _measure(api: Any, company: Any, invoice_id: str, month: str, label: str) -> dict[str, Any]:
    from pdpgateway.v1 import archive_service_pb2 as apb
    from pdpgateway.v1 import invoice_pb2 as pb
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from pdpgateway.v1 import reporting_service_pb2 as rpb

    md = (("authorization", f"Bearer {company['key']}"),)
    invoices, reporting, archive = api
    token = ""
    for _ in range(DEEP):
        page = await invoices.ListInvoices(
            svc.ListInvoicesRequest(page_size=50, page_token=token), metadata=md
        )
        if not page.next_page_token:
            break
        token = page.next_page_token
    last_day = f"{month}-28"
    figures = {
        "list first page": svc.ListInvoicesRequest(page_size=50),
        f"list page {DEEP} (deep)": svc.ListInvoicesRequest(page_size=50, page_token=token),
        "list SENT in one month": svc.ListInvoicesRequest(
            page_size=50,
            states=[pb.PROCESSING_STATE_SENT],
            issued_from=f"{month}-01",
            issued_to=last_day,
        ),
        "list by counterparty": svc.ListInvoicesRequest(page_size=50, counterparty=company["buyer"]),
    }
    out: dict[str, Any] = {}
    for name, request in figures.items():
        out[name] = await _timed(lambda r=request: invoices.ListInvoices(r, metadata=md), REPEAT)
    out["GetInvoice"] = await _timed(
        lambda: invoices.GetInvoice(svc.GetInvoiceRequest(invoice_id=invoice_id), metadata=md), REPEAT
    )
    out["GetInvoiceHistory"] = await _timed(
        lambda: invoices.GetInvoiceHistory(svc.GetInvoiceHistoryRequest(invoice_id=invoice_id), metadata=md),
        REPEAT,
    )
    period = rpb.PeriodSelector(
        regime=rpb.VAT_REGIME_REAL_MONTHLY, kind=rpb.REPORT_KIND_TRANSACTIONS, day=f"{month}-15"
    )
    out["PreviewDeclaration (one month)"] = await _timed(
        lambda: reporting.PreviewDeclaration(rpb.PreviewDeclarationRequest(period=period), metadata=md),
        max(REPEAT // 6, 5),
    )
    out["VerifyArchive"] = await _timed(
        lambda: archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=md), max(REPEAT // 6, 5)
    )
    print(f"{label}:", flush=True)
    for name, (median, p95) in out.items():
        print(f"  {name:34} median {median:8.2f} ms   p95 {p95:8.2f} ms", flush=True)
    return out


async def _submit_rate(invoices: Any, keys: list[str], label: str) -> tuple[float, float]:
    from bench.grpc_bench import _invoices
    from pdpgateway.v1 import invoice_service_pb2 as svc

    sirens = [k.split(":", 1)[0] for k in keys]
    requests = [svc.SubmitInvoiceRequest.FromString(r) for r in _invoices(sirens, 40000)]
    for r in requests:
        r.request_id = f"{label}-{r.request_id}"
        r.invoice.number = f"{label}-{r.invoice.number}"
    key_of = {k.split(":", 1)[0]: k.split(":", 1)[1] for k in keys}
    latencies: list[float] = []
    next_request = iter(requests)
    deadline = time.perf_counter() + SECONDS

    async def worker() -> None:
        for request in next_request:
            if time.perf_counter() > deadline:
                return
            md = (("authorization", f"Bearer {key_of[request.invoice.seller.legal_registration.value]}"),)
            started = time.perf_counter()
            await invoices.SubmitInvoice(request, metadata=md)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(32)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    rate, p99 = len(latencies) / elapsed, latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(f"  SubmitInvoice c=32                 {rate:8.0f} calls/s   p99 {p99:8.2f} ms", flush=True)
    return rate, p99


async def _run() -> None:
    import grpc
    from dependency_injector import providers

    from bench.submit_path_bench import _database
    from domain.identifiers import french_vat_number
    from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
    from pdpgateway.v1 import invoice_pb2 as pb
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
    from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
    from service.grpc.mapping import invoice_to_proto
    from service.wiring.container import Container
    from service.wiring.server import build_server, resolve
    from tests.builders import a_seller, an_invoice
    from tests.random_refs import random_siren

    async with _database(4, 40) as pool:
        container = Container()
        container.db_pool.override(providers.Object(pool))
        container.database_url.override(providers.Object(""))
        container.dispatcher.override(providers.Object(None))
        server, port = await build_server(container, "127.0.0.1:0")
        await server.start()
        keys = await resolve(container.api_keys)
        companies = []
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            invoices = svc_grpc.InvoiceServiceStub(channel)
            api = (invoices, rpb_grpc.ReportingServiceStub(channel), apb_grpc.ArchiveServiceStub(channel))
            for _ in range(COMPANIES):
                from dataclasses import replace

                from domain.invoice import Identifier

                siren = random_siren()
                key = (await keys.create(siren, "years"))["secret"]
                seller = replace(
                    a_seller(siren),
                    vat_id=french_vat_number(siren),
                    electronic_address=Identifier(siren, "0225"),
                )
                invoice = invoice_to_proto(an_invoice(lines=2, seller=seller))
                invoice.number = f"TEMPLATE-{siren}"
                reply = await invoices.SubmitInvoice(
                    svc.SubmitInvoiceRequest(request_id=f"template-{siren}", invoice=invoice),
                    metadata=(("authorization", f"Bearer {key}"),),
                )
                companies.append(
                    {"siren": siren, "key": key, "id": reply.invoice.id, "buyer": invoice.buyer.name}
                )
            largest = companies[0]
            month = "2026-06"
            # The baseline: the largest company's pages are full (100 invoices a month), nothing else.
            async with pool.acquire() as conn:
                await _seed(conn, [largest["id"]], [MONTHS * 100], "base")
            empty = await _measure(
                api,
                largest,
                largest["id"],
                month,
                f"nearly empty database ({MONTHS * 100 + COMPANIES} invoices)",
            )
            empty_rate = await _submit_rate(
                invoices, [f"{c['siren']}:{c['key']}" for c in companies], "empty"
            )

            counts = [max(1, round(INVOICES * w)) for w in _weights(COMPANIES)]
            started = time.perf_counter()
            async with pool.acquire() as conn:
                await _seed(conn, [c["id"] for c in companies], counts, "seed")
                total = await conn.fetchval("SELECT count(*) FROM invoices")
                sizes = await conn.fetch(
                    "SELECT relname, pg_total_relation_size(oid) AS bytes FROM pg_class"
                    " WHERE relname IN ('invoices', 'invoice_lines', 'invoice_events') ORDER BY 1"
                )
                database = await conn.fetchval("SELECT pg_database_size(current_database())")
            print(
                f"seeded {total:,} invoices ({counts[0]:,} for the largest company) in "
                f"{time.perf_counter() - started:.0f} s",
                flush=True,
            )
            full = await _measure(
                api, largest, largest["id"], month, f"{total:,} invoices over {MONTHS} months"
            )
            full_rate = await _submit_rate(invoices, [f"{c['siren']}:{c['key']}" for c in companies], "full")
        await server.stop(None)
        await container.shutdown_resources()

    print("ratios (full / empty, median):", flush=True)
    for name in empty:
        ratio = full[name][0] / empty[name][0]
        print(f"  {name:34} {ratio:5.2f}x {'ok' if ratio <= 2 else 'WORSE THAN 2x'}", flush=True)
    print(
        f"  SubmitInvoice c=32 calls/s        {full_rate[0] / empty_rate[0]:5.2f}x the empty rate", flush=True
    )
    per_million = 1_000_000 / max(total, 1)
    print("database size per million invoices:", flush=True)
    for row in sizes:
        print(f"  {row['relname']:16} {row['bytes'] * per_million / 2**30:6.2f} GiB", flush=True)
    print(f"  whole database   {database * per_million / 2**30:6.2f} GiB", flush=True)
    del pb


def main() -> None:
    from service.wiring.event_loop import run

    run(_run())


if __name__ == "__main__":
    main()
