"""The AFNOR XP Z12-013 adapter against the AFNOR simulator over real localhost HTTP."""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from adapters.documents.cii_writer import render_cii
from adapters.pdp.afnor.client import AfnorPdpGateway, status_tracking_id
from adapters.pdp.afnor.payloads import wire_datetime
from adapters.pdp.calls import Pacing
from adapters.pdp.timeouts import Timeouts
from domain.platform import (
    DocumentSyntax,
    OutboundDocument,
    OutgoingStatus,
    PlatformAuthError,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    SubmissionNotFound,
    SubmissionQuery,
)
from domain.platform_profile import PlatformOptions
from domain.totals import compute_totals
from tests.builders import an_invoice, random_number
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.faults import Fault

CDAR_XSD = (
    Path(__file__).resolve().parents[5]
    / "src/adapters/documents/validation/artifacts/fnfe-cdar/xsd/CrossDomainAcknowledgementAndResponse_100pD22B.xsd"
)


def cii(number: str | None = None) -> OutboundDocument:
    invoice = compute_totals(an_invoice(number=number or random_number()))
    return OutboundDocument.of(
        render_cii(invoice),
        filename=f"{invoice.number}.xml",
        syntax=DocumentSyntax.CII,
        tracking_id=invoice.number,
    )


async def until(condition, timeout_s: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for the simulator's background acknowledgement (bounded; never a timing assertion)."""
    for _ in range(int(timeout_s / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met")


# --- token and headers ------------------------------------------------------------------------------------------


async def test_the_token_is_requested_form_encoded_once_and_reused(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    for _ in range(3):
        await afnor_gateway.lookup_directory("732829320")

    assert afnor_sim.token_requests == [{"content_type": "application/x-www-form-urlencoded"}]


async def test_every_call_carries_a_request_id_and_the_organization_when_set(http, sleep) -> None:
    with AfnorSimulator(organization_id="ORG-42") as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(http, AfnorConfig.from_env(sim.env()), pacing=Pacing(sleep=sleep))
        await gateway.lookup_directory("732829320")
        await gateway.health()

        assert {h["Organization-Id"] for h in sim.request_headers} == {"ORG-42"}
        assert all(uuid.UUID(h["Request-Id"]) for h in sim.request_headers)


async def test_a_missing_organization_is_a_configuration_error(http, sleep) -> None:
    with AfnorSimulator(organization_id="ORG-42") as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(
            http, AfnorConfig.from_env({**sim.env(), "AFNOR_ORGANIZATION_ID": ""}), pacing=Pacing(sleep=sleep)
        )
        with pytest.raises(PlatformConfigError):
            await gateway.lookup_directory("732829320")


async def test_an_expired_token_is_refreshed_once(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    await afnor_gateway.lookup_directory("732829320")
    afnor_sim.faults.push(Fault.expire_token(endpoint="directory"))

    assert (await afnor_gateway.lookup_directory("732829320")).reachable
    assert len(afnor_sim.token_requests) == 2


async def test_wrong_credentials_are_an_auth_error(make_afnor_gateway) -> None:
    gateway = make_afnor_gateway(env={"AFNOR_CLIENT_SECRET": "wrong"})

    with pytest.raises(PlatformAuthError):
        await gateway.lookup_directory("732829320")


async def test_secrets_and_tokens_never_reach_the_logs(
    afnor_sim: AfnorSimulator, afnor_gateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    afnor_sim.faults.push(Fault.expire_token(endpoint="flows"))
    await afnor_gateway.submit(cii())

    text = caplog.text + repr(afnor_gateway) + repr(afnor_gateway.tokens)
    assert afnor_sim.client_secret not in text
    assert not any(token in text for token in afnor_sim._tokens)


# --- deposit ----------------------------------------------------------------------------------------------------


async def test_a_deposit_is_a_202_flow_with_our_tracking_id_and_sha256(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    document = cii()

    submission = await afnor_gateway.submit(document)

    flow = afnor_sim.flows[submission.platform_id]
    assert (flow.tracking_id, flow.sha256, flow.syntax, flow.processing_rule) == (
        document.tracking_id,
        document.sha256,
        "CII",
        "B2B",
    )
    assert not submission.duplicate
    await until(lambda: flow.ack_status == "Ok")
    assert [s.code for s in await afnor_gateway.status_history(submission.platform_id)] == ["200"]


async def test_a_pending_acknowledgement_is_no_status_yet(afnor_gateway) -> None:
    with AfnorSimulator(ack_pending=True) as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(afnor_gateway.session.http, AfnorConfig.from_env(sim.env()))
        submission = await gateway.submit(cii())

        assert await gateway.status_history(submission.platform_id) == []
        await sim.acknowledge(
            submission.platform_id,
            "Error",
            [{"level": "Error", "item": "BT-1", "reasonCode": "InvalidSchema", "reasonMessage": "bad"}],
        )
        [status] = await gateway.status_history(submission.platform_id)
        assert (status.code, status.reason, status.findings[0].rule_id) == (
            "213",
            "InvalidSchema",
            "InvalidSchema",
        )


async def test_a_copy_is_acknowledged_already_existing_and_reconciles_to_the_first(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    document = cii()
    first = await afnor_gateway.submit(document)
    copy = await afnor_gateway.submit(document)
    await until(lambda: afnor_sim.flows[copy.platform_id].ack_status == "Error")

    records = await afnor_gateway.find_submissions(SubmissionQuery(tracking_id=document.tracking_id))

    assert [r.platform_id for r in records] == [first.platform_id]
    assert await afnor_gateway.status_history(copy.platform_id) == []  # a rejected copy is no status of ours


async def test_already_existing_flow_answered_at_once_is_a_duplicate_success(http, sleep) -> None:
    with AfnorSimulator(duplicate_at_once=True) as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(http, AfnorConfig.from_env(sim.env()), pacing=Pacing(sleep=sleep))
        document = cii()
        first = await gateway.submit(document)

        again = await gateway.submit(document)

        assert (again.platform_id, again.duplicate) == (first.platform_id, True)
        assert sim.deposits_per_number() == {document.tracking_id: 1}


async def test_a_search_that_ignores_its_tracking_id_answers_no_deposit_of_another_number(
    http, sleep
) -> None:
    """A platform answering every flow to a trackingId search (a filter it ignores): its first row was taken for our
    deposit. An invoice's copy answered AlreadyExistingFlow was tied to another invoice's flow (its statuses then
    applied to ours), and an e-reporting flow found "already deposited" was never deposited at all."""
    with AfnorSimulator(duplicate_at_once=True) as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(http, AfnorConfig.from_env(sim.env()), pacing=Pacing(sleep=sleep))
        other = await gateway.submit(cii())
        document = cii()
        first = await gateway.submit(document)
        sim.ignores_tracking_filter = True

        again = await gateway.submit(document)

        assert (again.platform_id, again.duplicate) == (first.platform_id, True)
        assert other.platform_id != first.platform_id
        assert await gateway.find_submissions(SubmissionQuery(tracking_id="NEVER-SENT-1")) == []


async def test_a_search_whose_cursor_gives_the_same_page_again_is_asked_no_further(
    afnor_sim: AfnorSimulator, afnor_gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing that never ends (every cursor answered with the first page): each reconciliation asked its 20 pages
    and read the same deposit 20 times. A page giving nothing the listing did not give ends it."""
    document = cii()
    deposited = await afnor_gateway.submit(document)
    real = afnor_gateway.search_flows
    asked: list[str] = []

    async def first_page_again(where: Any, *, cursor: str = "", limit: int = 100) -> Any:
        asked.append(cursor)
        page = await real(where, limit=limit)
        return replace(page, next_cursor="again")

    monkeypatch.setattr(afnor_gateway, "search_flows", first_page_again)

    records = await afnor_gateway.find_submissions(SubmissionQuery(tracking_id=document.tracking_id))

    assert [r.platform_id for r in records] == [deposited.platform_id]
    assert asked == ["", "again"]


async def test_a_search_whose_rows_carry_no_tracking_id_still_finds_the_deposit(http, sleep) -> None:
    """The Flow schema does not require trackingId: a platform honouring the search filter but leaving it out of its
    rows answered our own deposit, and keeping only the rows naming our trackingId made it "not found", so an
    unknown outcome was sent again. A row with no trackingId is ours unless the answer shows the filter ignored
    (a row naming another trackingId); then only the rows naming ours are."""
    with AfnorSimulator(duplicate_at_once=True) as sim:
        from adapters.pdp.afnor.config import AfnorConfig

        gateway = AfnorPdpGateway(http, AfnorConfig.from_env(sim.env()), pacing=Pacing(sleep=sleep))
        await gateway.submit(cii())
        document = cii()
        first = await gateway.submit(document)
        sim.search_omits_tracking_id = True

        found = await gateway.find_submissions(SubmissionQuery(tracking_id=document.tracking_id))
        again = await gateway.submit(document)

        assert [r.platform_id for r in found] == [first.platform_id]
        assert (again.platform_id, again.duplicate) == (first.platform_id, True)
        assert sim.deposits_per_number()[document.tracking_id] == 1


async def test_a_429_is_retried_after_its_retry_after(
    afnor_sim: AfnorSimulator, afnor_gateway, sleep
) -> None:
    document = cii()
    afnor_sim.faults.push(Fault.rate_limited(3, endpoint="flows"))

    await afnor_gateway.submit(document)

    assert sleep.delays == [3.0]
    assert afnor_sim.deposits_per_number() == {document.tracking_id: 1}


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_a_5xx_on_a_deposit_is_an_unknown_outcome_never_retried(
    afnor_sim: AfnorSimulator, afnor_gateway, status: int
) -> None:
    afnor_sim.faults.push(Fault.error(status, endpoint="flows"))

    with pytest.raises(PlatformOutcomeUnknown):
        await afnor_gateway.submit(cii())

    assert afnor_sim.requests["flows"] == 1


@pytest.mark.parametrize(
    "fault",
    [
        Fault.error(503, endpoint="flows", after_processing=True),
        Fault.reset(endpoint="flows", after_processing=True),
        Fault.slow(2.0, endpoint="flows"),
    ],
    ids=["processed-then-503", "processed-then-reset", "timeout"],
)
async def test_a_deposit_whose_answer_is_lost_is_found_by_tracking_id(
    afnor_sim: AfnorSimulator, make_afnor_gateway, fault: Fault
) -> None:
    gateway = make_afnor_gateway(timeouts=Timeouts(PlatformOptions(timeout_s=0.5, upload_timeout_s=0.5)))
    document = cii()
    afnor_sim.faults.push(fault)

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway.submit(document)

    [record] = await gateway.find_submissions(
        SubmissionQuery(sha256=document.sha256, invoice_number=document.tracking_id)
    )
    assert record.invoice_number == document.tracking_id
    assert afnor_sim.deposits_per_number() == {document.tracking_id: 1}


async def test_a_5xx_on_a_read_is_retried(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    afnor_sim.faults.push(Fault.error(502, endpoint="search"), Fault.error(503, endpoint="search"))

    assert await afnor_gateway.find_submissions(SubmissionQuery(tracking_id="nothing-here")) == []
    assert afnor_sim.requests["search"] == 3


async def test_a_read_that_stays_unavailable_gives_up_unavailable(
    afnor_sim: AfnorSimulator, make_afnor_gateway
) -> None:
    gateway = make_afnor_gateway(attempts=2)
    afnor_sim.faults.push(*(Fault.error(503, endpoint="directory") for _ in range(2)))

    with pytest.raises(PlatformUnavailable):
        await gateway.lookup_directory("732829320")


async def test_a_refused_flow_info_is_a_rejection_with_the_error_code(afnor_gateway) -> None:
    bad = OutboundDocument.of(b"<x/>", filename="x.xml", syntax=DocumentSyntax.CII, tracking_id="T" * 64)
    object.__setattr__(bad, "tracking_id", "T" * 65)  # past the port's own check: the platform refuses it too

    with pytest.raises(PlatformRejected) as refused:
        await afnor_gateway.submit(bad)

    assert refused.value.findings[0].rule_id == "INVALID_FLOW_INFO"


# --- search, download -------------------------------------------------------------------------------------------


async def test_search_pages_with_the_cursor_and_updated_after_is_strict(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    for _ in range(7):
        await afnor_gateway.submit(cii())
    await until(lambda: all(f.ack_status == "Ok" for f in afnor_sim.flows.values()))
    ordered = sorted(afnor_sim.flows.values(), key=lambda f: (f.updated_at, f.flow_id))

    seen, cursor = [], ""
    while True:
        page = await afnor_gateway.search_flows({"flowDirection": ["Out"]}, cursor=cursor, limit=3)
        seen += [f["flowId"] for f in page.flows]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    after = await afnor_gateway.search_flows({"updatedAfter": wire_datetime(ordered[2].updated_at)})

    assert seen == [f.flow_id for f in ordered]
    assert [f["flowId"] for f in after.flows] == [f.flow_id for f in ordered[3:]]


async def test_a_flow_is_read_and_downloaded(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    document = cii()
    submission = await afnor_gateway.submit(document)

    assert (await afnor_gateway.get_flow(submission.platform_id))["trackingId"] == document.tracking_id
    assert await afnor_gateway.download(submission.platform_id) == document.content
    with pytest.raises(SubmissionNotFound):
        await afnor_gateway.download(str(uuid.uuid4()))


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body>Service maintenance</body></html>", "text/html"),
        (b'{"errorCode": "INTERNAL"}', "application/json"),
        (b"", "application/octet-stream"),
    ],
    ids=["html-page", "json-error", "empty"],
)
async def test_a_download_answered_200_with_no_document_is_the_platform_s_failure(
    afnor_sim: AfnorSimulator, afnor_gateway, body: bytes, content_type: str
) -> None:
    submission = await afnor_gateway.submit(cii())
    # every try of the call (an HTML page is retried within it, as a glitch that may pass)
    afnor_sim.faults.push(*[Fault.answer(body, content_type=content_type, endpoint="get")] * 10)

    with pytest.raises(PlatformUnavailable, match="not a document|an HTML page"):
        await afnor_gateway.download(submission.platform_id)
    afnor_sim.faults.clear()


# --- statuses we send -------------------------------------------------------------------------------------------


async def test_a_status_travels_as_a_schema_valid_cdar_flow_deposited_once(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    invoice = compute_totals(an_invoice(number=random_number()))
    flow_id = await afnor_sim.deliver_inbound(render_cii(invoice), f"{invoice.number}.xml", notify=False)
    status = OutgoingStatus(code="210", reason="TX_TVA_ERR", message="wrong VAT rate")

    await afnor_gateway.send_status(flow_id, status)
    await afnor_gateway.send_status(flow_id, status)  # an unknown outcome retried: found, not deposited again

    [cdar] = afnor_sim.out_flows("CDAR")
    assert cdar.tracking_id == status_tracking_id(flow_id, status)
    assert afnor_sim.sent_statuses() == [(invoice.number, "210")]
    schema = etree.XMLSchema(etree.parse(str(CDAR_XSD)))
    assert schema.validate(etree.fromstring(cdar.content)), schema.error_log


async def test_a_paid_status_carries_its_amount(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    document = cii()
    submission = await afnor_gateway.submit(document)

    await afnor_gateway.send_status(
        submission.platform_id, OutgoingStatus(code="212", amount=Decimal("1200.00"), vat_rate=Decimal("20"))
    )

    [cdar] = afnor_sim.out_flows("CDAR")
    assert b'<ram:ValueAmount currencyID="EUR">1200.00</ram:ValueAmount>' in cdar.content
    assert afnor_sim.sent_statuses() == [(document.tracking_id, "212")]


# --- directory, health, webhooks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("siren", "address", "reachable", "registered"),
    [
        ("732829320", "", True, True),
        ("732829320", "0225:732829320", True, True),
        ("552081317", "", False, True),  # Upcoming
        ("542107651", "", False, False),  # Disabled
        ("443061841", "", False, False),  # registration ended
        ("999999999", "0225:999999999", False, False),  # unknown
    ],
)
async def test_reachability_comes_from_the_directory_line(
    afnor_gateway, siren: str, address: str, reachable: bool, registered: bool
) -> None:
    entry = await afnor_gateway.lookup_directory(siren, address)

    assert (entry.reachable, entry.registered) == (reachable, registered)


async def test_health_checks_both_services_and_the_credentials(
    afnor_sim: AfnorSimulator, afnor_gateway
) -> None:
    assert (await afnor_gateway.health()).ok
    afnor_sim.faults.push(*(Fault.error(503, endpoint="health") for _ in range(4)))
    assert not (await afnor_gateway.health()).ok


async def test_webhooks_are_created_listed_and_deleted(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    created = await afnor_gateway.create_webhook(
        "https://gw.example/", flow_types=["SupplierInvoice"], flow_direction="In"
    )

    assert created.signing_key == afnor_sim.webhooks[created.webhook_id].signing_key
    [listed] = await afnor_gateway.list_webhooks()
    assert (listed.webhook_id, listed.callback_urls, listed.filters, listed.signing_key) == (
        created.webhook_id,
        ("https://gw.example/webhooks/afnor/flow",),
        ("SupplierInvoice", "In"),
        "",
    )
    await afnor_gateway.delete_webhook(created.webhook_id)
    assert await afnor_gateway.list_webhooks() == []
    with pytest.raises(SubmissionNotFound):
        await afnor_gateway.delete_webhook(created.webhook_id)


def test_wire_datetimes_keep_microseconds() -> None:
    at = datetime(2026, 12, 6, 1, 2, 3, 456789, tzinfo=UTC) + timedelta(0)
    assert wire_datetime(at) == "2026-12-06T01:02:03.456789Z"


@pytest.mark.parametrize(
    "body",
    [b'{"flowId": {"id": "x"}}', b'{"flowId": ["a"]}', b'{"flowId": "a\\u0000b"}', b'{"flowId": true}'],
    ids=["object", "array", "nul", "bool"],
)
async def test_a_deposit_accepted_without_a_usable_flow_id_is_an_unknown_outcome(
    afnor_sim: AfnorSimulator, afnor_gateway, body: bytes
) -> None:
    # Kept as given, "{'id': 'x'}" or "True" would become the invoice's platform id (a NUL would make PostgreSQL
    # refuse the row). The deposit was processed: reconcile by search, never resend.
    afnor_sim.faults.push(Fault.answer(body, endpoint="flows"))

    with pytest.raises(PlatformOutcomeUnknown, match="without a flowId"):
        await afnor_gateway.submit(cii())


@pytest.mark.parametrize(
    ("endpoint", "body"),
    [
        ("search", b'[{"flowId": "x"}]'),
        ("search", b'{"results": "many"}'),
        (
            "search",
            b'{"results": [{"flowId": {"id": "x"}, "trackingId": "F-ODD-1"}]}',
        ),  # kept by reconciliation
        ("search", b'{"results": [{"flowId": "a\\u0000b", "trackingId": "F-ODD-1"}]}'),
        ("directory", b'{"results": [1, 2]}'),
        ("directory", b'"732829320"'),
    ],
)
async def test_a_read_the_gateway_cannot_understand_is_unavailable(
    afnor_sim: AfnorSimulator, afnor_gateway, endpoint: str, body: bytes
) -> None:
    # A read answered in a shape the XP Z12-013 API never gives: a platform's failure, retried later. Read as "no
    # flow", a search before a resend would deposit the invoice twice; read as "no line", the buyer unreachable.
    afnor_sim.faults.push(Fault.answer(body, endpoint=endpoint))

    with pytest.raises(PlatformUnavailable, match="unexpected body"):
        if endpoint == "search":
            await afnor_gateway.find_submissions(SubmissionQuery(tracking_id="F-ODD-1"))
        else:
            await afnor_gateway.lookup_directory("732829320")


@pytest.mark.parametrize(
    "body",
    [
        b'{"flowId": "F1", "acknowledgement": "Ok"}',
        b'{"flowId": "F1", "acknowledgement": {"status": "Error", "details": 5}}',
        b'{"flowId": "F1", "acknowledgement": {"status": "Error", "details": {"reasonCode": "X"}}}',
    ],
)
async def test_a_flow_s_acknowledgement_of_another_shape_is_unavailable(
    afnor_sim: AfnorSimulator, afnor_gateway, body: bytes
) -> None:
    # Read as "no acknowledgement yet" the deposit would wait for one that came; raised as it was (a TypeError),
    # the statuses step took the platform's answer for a bug of the gateway's.
    afnor_sim.faults.push(Fault.answer(body, endpoint="get"))

    with pytest.raises(PlatformUnavailable, match="unexpected body"):
        await afnor_gateway.status_history("F1")
