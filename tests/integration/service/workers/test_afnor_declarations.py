"""E-reporting on an AFNOR XP Z12-013 platform, end to end below gRPC: declarations submitted on real PostgreSQL, sent
by the declaration relay as FRR flows (flux 10, validated by the official artifacts) to the AFNOR simulator over real
HTTP. Each part of each declaration is deposited exactly once, whatever fault the platform throws."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import date

import asyncpg
import httpx
import pytest
from lxml import etree

from adapters.documents.validation import OfficialValidator
from adapters.pdp.afnor.flux10 import Flux10Sender
from adapters.pdp.afnor.reporting import AfnorReportingGateway
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.reception_ports import ArchiveHook
from domain.records_ports import ArchiveRecords
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationStatus
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend
from service.usecases.reporting import list_declarations, submit_declaration
from tests.integration.service.usecases.test_reporting import a_company_with_september, deps
from tests.support.pipeline import afnor_gateway
from tests.support.records import records_uow
from tests.support.reporting import relay_for
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.faults import Fault

VALIDATOR = OfficialValidator()


@pytest.fixture
def afnor() -> Iterator[AfnorSimulator]:
    with AfnorSimulator() as simulator:
        yield simulator


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


def reporting(afnor: AfnorSimulator, http: httpx.AsyncClient) -> AfnorReportingGateway:
    return AfnorReportingGateway(
        afnor_gateway(afnor, http, upload_timeout=0.5),
        sender=Flux10Sender("SIM1", "PA simulée"),
        validate=VALIDATOR.validate_flux10,
    )


async def relay_until_done(pool: asyncpg.Pool, company: str, gateway: object, rounds: int = 6) -> None:
    """Runs the relay, making each rescheduled row due again at once (the backoff is the relay's own test)."""
    for n in range(rounds):
        await relay_for(pool, company, gateway).run_once(f"worker-{n % 2}")
        await pool.execute(
            "UPDATE outbox SET next_attempt_at = now() WHERE company_siren = $1 AND done_at IS NULL", company
        )


async def submitted_september(pool: asyncpg.Pool) -> str:
    company = await a_company_with_september(pool)
    for kind in (ReportKind.TRANSACTIONS, ReportKind.PAYMENTS):
        await submit_declaration(company, VatRegime.REAL_QUARTERLY, kind, date(2026, 9, 1), **deps(pool))
    return company


async def test_each_report_kind_reaches_the_platform_once_as_a_typed_frr_flow(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    company = await submitted_september(pg_pool)

    await relay_until_done(pg_pool, company, reporting(afnor, http), rounds=2)

    declarations = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert {(d.kind, d.status) for d in declarations} == {
        (ReportKind.TRANSACTIONS, DeclarationStatus.ACCEPTED),
        (ReportKind.PAYMENTS, DeclarationStatus.ACCEPTED),
    }
    flows = afnor.out_flows("FRR")
    # September: B2C sales (10.3), the intra-EU sale (10.1), a payment per invoice (10.2) and B2C payments (10.4)
    assert sorted(f.flow_type for f in flows) == [
        "AggregatedCustomerPaymentReport",
        "AggregatedCustomerTransactionReport",
        "UnitaryCustomerPaymentReport",
        "UnitaryCustomerTransactionReport",
    ]
    assert set(afnor.frr_deposits_per_tracking().values()) == {1}
    for flow in flows:
        root = etree.fromstring(flow.content)
        assert root.findtext("ReportDocument/Id") == flow.tracking_id
        assert root.findtext("ReportDocument/Issuer/Id") == company
        assert valid_flux10(flow.content)
    refs = {d.kind: d.platform_ref.split(",") for d in declarations}
    assert sorted(ref for kind in refs.values() for ref in kind) == sorted(f.flow_id for f in flows)


async def test_each_flux10_document_sent_is_in_the_legal_archive_byte_for_byte(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    """What was filed with the administration is kept as sent (not only the declaration it was built from), under
    its declaration, and a relay round after a crash archives nothing twice."""
    company = await submitted_september(pg_pool)
    afnor.faults.push(
        Fault.processed_then_reset(endpoint="flows")
    )  # one part's answer lost: found again, once

    await relay_until_done(pg_pool, company, reporting(afnor, http), rounds=3)

    flows = {f.tracking_id: f.content for f in afnor.out_flows("FRR")}
    rows = await pg_pool.fetch(
        """SELECT a.filename, a.media_type, a.declaration_id::text AS declaration_id, a.sha256
             FROM archive_items a WHERE a.company_siren = $1 AND a.kind = 'declaration'
              AND a.media_type = 'application/xml'""",
        company,
    )
    archived = {r["filename"].removesuffix(".xml"): r for r in rows}
    assert len(rows) == len(flows) == 4 and set(archived) == set(flows)
    for tracking, content in flows.items():
        assert archived[tracking]["sha256"] == hashlib.sha256(content).hexdigest()
        assert tracking.startswith(archived[tracking]["declaration_id"])


async def test_an_archive_that_fails_after_a_send_is_retried_alone_never_sending_again(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    """The send's outcome is kept as soon as it is known: an archive store that fails once after a part was sent
    costs the next round an archiving, never a second call to the platform."""
    company = await submitted_september(pg_pool)
    gateway = reporting(afnor, http)
    sends: Counter[str] = Counter()

    class CountingSends:
        def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
            return gateway.transmissions(declaration)

        async def send(self, company_siren: str, request: ReportingRequest) -> str:
            sends[str(request.body["trackingId"])] += 1
            return await gateway.send(company_siren, request)

    class ArchiveFailingOnce:
        def __init__(self, archive: ArchiveHook) -> None:
            self.archive, self.failed = archive, False

        async def __call__(
            self, records: ArchiveRecords, company: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
        ) -> object:
            if not self.failed:
                self.failed = True
                raise RuntimeError("archive store: disk full")
            return await self.archive(records, company, kind, data, meta)

    archive: ArchiveFailingOnce | None = None
    for n in range(3):
        relay = relay_for(pg_pool, company, CountingSends())
        archive = archive or ArchiveFailingOnce(relay.archive)  # type: ignore[arg-type]  # relay_for sets one
        await dataclasses.replace(relay, archive=archive).run_once(f"worker-{n % 2}")
        await pg_pool.execute(
            "UPDATE outbox SET next_attempt_at = now() WHERE company_siren = $1 AND done_at IS NULL", company
        )

    assert archive is not None and archive.failed
    assert len(sends) == 4 and set(sends.values()) == {1}, sends
    # each part: one look-up by its tracking id, one deposit
    assert afnor.requests["search"] == afnor.requests["flows"] == 4, afnor.requests
    archived = await pg_pool.fetchval(
        "SELECT count(*) FROM archive_items WHERE company_siren = $1 AND kind = 'declaration'"
        " AND media_type = 'application/xml'",
        company,
    )
    assert archived == 4
    declarations = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert {d.status for d in declarations} == {DeclarationStatus.ACCEPTED}


def valid_flux10(content: bytes) -> bool:
    return VALIDATOR.validate_flux10(content).valid


FAULTS = {
    "429 with Retry-After": [Fault.rate_limited(1, endpoint="flows")],
    "503 before processing": [Fault.error(503, endpoint="flows")] * 2,
    "processed then 503": [Fault.processed_then(503, endpoint="flows")] * 2,
    "processed then 500": [Fault.processed_then(500, endpoint="flows")],
    "slow past the timeout": [Fault.slow(1.5, endpoint="flows")],
    "processed then reset": [Fault.processed_then_reset(endpoint="flows")] * 2,
    "reset before processing": [Fault.reset(endpoint="flows", after_processing=False)],
    "AlreadyExistingFlow at once": [Fault.conflict(endpoint="flows")],
    "expired token": [Fault.expire_token(endpoint="flows")],
    "search down": [Fault.error(503, endpoint="search"), Fault.error(502, endpoint="search")],
    "processed then 503, search down": [
        Fault.processed_then(503, endpoint="flows"),
        Fault.error(503, endpoint="search"),
    ],
}


@pytest.mark.parametrize("faults", FAULTS.values(), ids=FAULTS.keys())
async def test_under_each_fault_every_part_is_deposited_exactly_once(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient, faults: list[Fault]
) -> None:
    company = await submitted_september(pg_pool)
    afnor.faults.push(*faults)

    await relay_until_done(pg_pool, company, reporting(afnor, http))

    declarations = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert {d.status for d in declarations} == {DeclarationStatus.ACCEPTED}, [
        (d.kind, d.status, d.rejection_reason) for d in declarations
    ]
    assert len(afnor.faults) == 0  # every fault was met
    deposits = afnor.frr_deposits_per_tracking()
    assert len(deposits) == 4 and set(deposits.values()) == {1}, deposits
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'"
            " AND done_at IS NULL",
            company,
        )
        == 0
    )


async def test_without_the_platform_matricule_declarations_stay_queued_and_say_why(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    company = await submitted_september(pg_pool)
    gateway = AfnorReportingGateway(
        afnor_gateway(afnor, http), sender=None, validate=VALIDATOR.validate_flux10
    )

    await relay_for(pg_pool, company, gateway).run_once("worker-1")

    errors = await pg_pool.fetch(
        "SELECT last_error FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration' AND done_at IS NULL",
        company,
    )
    assert len(errors) == 2 and all("AFNOR_PLATFORM_ID" in e["last_error"] for e in errors)
    assert afnor.out_flows("FRR") == []
    declarations = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert {d.status for d in declarations} == {DeclarationStatus.SUBMITTED}


async def test_a_declaration_refused_while_its_parts_are_sent_sends_no_further_part(
    pg_pool: asyncpg.Pool, afnor: AfnorSimulator, http: httpx.AsyncClient
) -> None:
    company = await submitted_september(pg_pool)
    gateway = reporting(afnor, http)

    class RefusedAfterTheFirstPart:
        """The platform's Error acknowledgement of the first part lands (reception) before the second is sent."""

        def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
            return gateway.transmissions(declaration)

        async def send(self, company_siren: str, request: ReportingRequest) -> str:
            ref = await gateway.send(company_siren, request)
            await pg_pool.execute(
                "UPDATE declarations SET status = 'REJECTED' WHERE company_siren = $1 AND kind = 'TRANSACTIONS'",
                company_siren,
            )
            return ref

    await relay_until_done(pg_pool, company, RefusedAfterTheFirstPart(), rounds=2)

    sent = sorted(afnor.frr_deposits_per_tracking())
    assert sorted(t.rsplit("-", 1)[1] for t in sent) == ["P102", "P104", "T103"]  # T101S never left
    open_rows = await pg_pool.fetchval(
        "SELECT count(*) FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration' AND done_at IS NULL",
        company,
    )
    assert open_rows == 0
