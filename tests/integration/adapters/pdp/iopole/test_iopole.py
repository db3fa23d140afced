"""The IOPOLE adapter against the IOPOLE simulator over real localhost HTTP."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import socket
from decimal import Decimal

import pytest

from adapters.pdp.exchange import MAX_ANSWER_BYTES
from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.timeouts import Timeouts
from adapters.pdp.unreadable_items import GIVE_UP_ROUNDS
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
from domain.platform_inbound import CatchUpTally
from domain.platform_profile import PlatformOptions
from service.workers.reception.polling import CatchUpPoller
from tests.fakes import InMemoryDeliveryStore
from tests.support.iopole_simulator import Fault, IopoleSimulator
from tests.support.simulators.iopole_app import status_entry_json


def cii(number: str, extra: str = "") -> OutboundDocument:
    content = (
        '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">'
        f"<rsm:ExchangedDocument><ram:ID>{number}</ram:ID></rsm:ExchangedDocument>{extra}"
        "</rsm:CrossIndustryInvoice>"
    ).encode()
    return OutboundDocument.of(
        content, filename=f"{number}.xml", syntax=DocumentSyntax.CII, tracking_id=number
    )


# --- token ------------------------------------------------------------------------------------------------------


async def test_token_is_requested_form_encoded_with_client_credentials(sim: IopoleSimulator, gateway) -> None:
    await gateway.lookup_directory("732829320")

    assert sim.token_requests == [
        {"content_type": "application/x-www-form-urlencoded", "grant_type": "client_credentials"}
    ]


async def test_token_is_reused_across_calls(sim: IopoleSimulator, gateway) -> None:
    for _ in range(3):
        await gateway.lookup_directory("732829320")

    assert len(sim.token_requests) == 1


async def test_concurrent_calls_make_a_single_token_request(sim: IopoleSimulator, gateway) -> None:
    entries = await asyncio.gather(*(gateway.lookup_directory("732829320") for _ in range(20)))

    assert all(e.reachable for e in entries)
    assert len(sim.token_requests) == 1


async def test_an_expired_token_is_dropped_and_refreshed_once_on_401(sim: IopoleSimulator, gateway) -> None:
    await gateway.lookup_directory("732829320")
    sim.faults.push(Fault.expire_token(endpoint="directory"))

    entry = await gateway.lookup_directory("732829320")

    assert entry.reachable
    assert len(sim.token_requests) == 2
    assert sim.requests["directory"] == 3


async def test_a_401_that_survives_a_refresh_is_an_auth_error(sim: IopoleSimulator, gateway) -> None:
    sim.faults.push(Fault.expire_token(endpoint="directory"), Fault.expire_token(endpoint="directory"))

    with pytest.raises(PlatformAuthError):
        await gateway.lookup_directory("732829320")
    assert len(sim.token_requests) == 2


async def test_wrong_client_secret_is_an_auth_error(make_gateway) -> None:
    gateway = make_gateway(env={"IOPOLE_CLIENT_SECRET": "not-the-secret"})

    with pytest.raises(PlatformAuthError):
        await gateway.lookup_directory("732829320")


async def test_a_foreign_customer_id_is_a_configuration_error(make_gateway) -> None:
    gateway = make_gateway(env={"IOPOLE_CUSTOMER_ID": "00000000-0000-4000-8000-00000000dead"})

    with pytest.raises(PlatformConfigError):
        await gateway.lookup_directory("732829320")


async def test_every_api_call_carries_the_customer_id(sim: IopoleSimulator, gateway) -> None:
    # The simulator answers 400 to any call without customer-id: a full flow only passes if every call sends it.
    submission = await gateway.submit(cii("F-CID-1"))
    await sim.play_lifecycle(submission.platform_id)
    await gateway.status_history(submission.platform_id)
    await gateway.find_submissions(SubmissionQuery(tracking_id="F-CID-1"))
    await gateway.invoice_metadata(submission.platform_id)
    assert (await gateway.health()).ok


# --- retries ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "retry_after", ["3600", "Fri, 31 Dec 9999 23:59:59 GMT"], ids=["an-hour", "year-9999"]
)
async def test_a_429_asking_longer_than_a_call_may_wait_is_asked_once_and_left_to_the_queue(
    sim: IopoleSimulator, gateway, sleep, retry_after: str
) -> None:
    """It was asked again after 20 s (the policy's max_delay), three times: 4 requests where it asked for none."""
    sim.faults.push(*[Fault.rate_limited(retry_after=retry_after, endpoint="directory")] * 4)

    with pytest.raises(PlatformUnavailable) as raised:
        await gateway.lookup_directory("732829320")

    assert (sim.requests["directory"], sleep.delays, raised.value.retry_after) == (1, [], 3600.0)


async def test_429_waits_for_retry_after_then_succeeds(sim: IopoleSimulator, gateway, sleep) -> None:
    sim.faults.push(Fault.rate_limited(retry_after=1, endpoint="directory"))

    entry = await gateway.lookup_directory("732829320")

    assert entry.reachable
    assert sleep.delays == [1.0]
    assert sim.requests["directory"] == 2


async def test_500_and_503_on_a_read_are_retried_then_succeed(sim: IopoleSimulator, gateway, sleep) -> None:
    submission = await gateway.submit(cii("F-RETRY-1"))
    sim.faults.push(Fault.error(500, endpoint="get"), Fault.error(503, endpoint="get"))

    metadata = await gateway.invoice_metadata(submission.platform_id)

    assert metadata["invoiceId"] == submission.platform_id
    assert len(sleep.delays) == 2
    assert sim.requests["get"] == 3


async def test_attempts_are_bounded_then_the_platform_is_unavailable(
    sim: IopoleSimulator, make_gateway, sleep
) -> None:
    gateway = make_gateway(attempts=3)
    sim.faults.push(*(Fault.error(503, endpoint="directory") for _ in range(5)))

    with pytest.raises(PlatformUnavailable):
        await gateway.lookup_directory("732829320")
    assert sim.requests["directory"] == 3
    assert len(sleep.delays) == 2


async def test_an_upload_answered_408_by_a_proxy_is_retried_once_recorded_not_rejected(
    sim: IopoleSimulator, gateway
) -> None:
    """A proxy that did not get the whole upload in time answers 408: nothing was processed. It was PlatformRejected
    ("IOPOLE answered 408"), the invoice FAILED at once as refused by the platform."""
    document = cii("F-408-1")
    sim.faults.push(Fault.error(408, endpoint="upload"))

    submission = await gateway.submit(document)

    assert submission.platform_id in sim.invoices
    assert sim.upload_count(document.sha256) == 1 and sim.requests["upload"] == 2


async def test_a_status_answered_200_with_an_html_page_is_an_unknown_outcome_not_a_success(
    sim: IopoleSimulator, gateway
) -> None:
    """IOPOLE answers a status 204; a portal's or a proxy's page with 200 was taken for its acceptance (the body is not
    read), so a status the platform may not have was recorded as sent. Now reconciled by its history."""
    submission = await gateway.submit(cii("F-STATUS-PAGE"))
    sim.faults.push(
        Fault.answer(b"<html><body>Maintenance</body></html>", content_type="text/html", endpoint="status")
    )

    with pytest.raises(PlatformOutcomeUnknown, match="HTML page"):
        await gateway.send_status(submission.platform_id, OutgoingStatus("212", amount=Decimal("10.00")))


async def test_an_upload_refused_with_429_is_retried_once_recorded(sim: IopoleSimulator, gateway) -> None:
    document = cii("F-429-1")
    sim.faults.push(*[Fault.rate_limited(retry_after=0, endpoint="upload")] * 2)

    submission = await gateway.submit(document)

    assert submission.platform_id in sim.invoices
    assert sim.upload_count(document.sha256) == 1
    assert sim.requests["upload"] == 3


@pytest.mark.parametrize("status", [503, 502, 500])
async def test_an_upload_answered_5xx_is_an_unknown_outcome_never_resent_at_once(
    sim: IopoleSimulator, gateway, status: int
) -> None:
    document = cii(f"F-{status}-0")
    sim.faults.push(Fault.error(status, endpoint="upload"))  # not processed, but the client cannot know

    with pytest.raises(PlatformOutcomeUnknown, match=str(status)):
        await gateway.submit(document)

    assert sim.requests["upload"] == 1
    assert sim.upload_count(document.sha256) == 0


@pytest.mark.parametrize("status", [503, 502])
async def test_an_upload_processed_then_answered_5xx_is_unknown_and_found_by_search(
    sim: IopoleSimulator, gateway, status: int
) -> None:
    document = cii(f"F-{status}-1")
    sim.faults.push(Fault.processed_then(status, endpoint="upload"))

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway.submit(document)

    assert sim.requests["upload"] == 1 and sim.deposits_by_number() == {f"F-{status}-1": 1}
    found = await gateway.find_submissions(
        SubmissionQuery(tracking_id=f"F-{status}-1", sha256=document.sha256)
    )
    assert len(found) == 1


async def test_a_slow_upload_is_an_unknown_outcome_recorded_once_and_found_by_search(
    sim: IopoleSimulator, make_gateway
) -> None:
    gateway = make_gateway(timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=0.3)))
    document = cii("F-SLOW-1")
    sim.faults.push(Fault.slow(1.5, endpoint="upload"))

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway.submit(document)

    assert sim.upload_count(document.sha256) == 1
    found = await gateway.find_submissions(SubmissionQuery(tracking_id="F-SLOW-1", sha256=document.sha256))
    assert [r.platform_id for r in found] == [
        i.id for i in sim.invoices.values() if i.sha256 == document.sha256
    ]


async def test_an_answer_that_never_ends_is_cut_at_the_calls_budget(
    sim: IopoleSimulator, make_gateway
) -> None:
    # A byte every 0.1 s never trips a 1 s read timeout (httpx times each read): only a bound on the whole
    # exchange ends the call, else it holds a relay slot and a connection for ever. (0.3 s timeouts, a 1.2 s budget,
    # once cut the retried read's connect on a loaded machine.)
    bounds = PlatformOptions(connect_timeout_s=1.0, timeout_s=1.0, upload_timeout_s=1.0)  # a 4 s budget
    gateway = make_gateway(timeouts=Timeouts(bounds))
    sim.faults.push(Fault.trickle(0.1, endpoint="upload"), Fault.trickle(0.1, endpoint="directory"))

    with pytest.raises(PlatformOutcomeUnknown, match="AnswerTooSlow"):  # processed: reconcile, never resend
        await asyncio.wait_for(gateway.submit(cii("F-DRIP-1")), 30)
    entry = await asyncio.wait_for(gateway.lookup_directory("732829320"), 30)  # a read: cut, then retried
    assert entry.reachable and sim.requests["directory"] == 2


async def test_an_answer_larger_than_any_the_platform_owes_is_not_held(sim: IopoleSimulator, gateway) -> None:
    # Valid JSON padded to 65 MiB: read whole, it would be accepted (and a bigger one would fill the memory).
    sim.faults.push(Fault.huge(65, endpoint="upload"), Fault.huge(65, endpoint="directory"))

    with pytest.raises(PlatformOutcomeUnknown, match="AnswerTooLarge"):  # processed: reconcile, never resend
        await gateway.submit(cii("F-HUGE-1"))
    entry = await gateway.lookup_directory("732829320")  # a read: refused, then retried
    assert entry.reachable and sim.requests["directory"] == 2


async def test_a_document_downloaded_may_be_larger_than_a_json_answer(sim: IopoleSimulator, gateway) -> None:
    # A JSON answer is bounded at 8 MiB; a document at 64 MiB (adapters.pdp.exchange): 9 MiB is one, not the other.
    submission = await gateway.submit(cii("F-BIG-1"))
    sim.faults.push(Fault.huge(9, endpoint="download"), Fault.huge(9, endpoint="directory"))

    downloaded = await gateway.download(submission.platform_id)
    assert len(downloaded) > MAX_ANSWER_BYTES
    entry = await gateway.lookup_directory("732829320")  # a read: refused once, then retried
    assert entry.reachable and sim.requests["directory"] == 2


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_is_a_wrong_url_said_at_once_and_never_followed(
    sim: IopoleSimulator, gateway, status: int
) -> None:
    # Followed, the call would carry the token elsewhere; retried, it would be redirected again.
    sim.faults.push(Fault.redirect(status, endpoint="upload"), Fault.redirect(status, endpoint="directory"))

    with pytest.raises(PlatformConfigError, match="login.example.test") as upload:
        await gateway.submit(cii("F-MOVED-1"))
    with pytest.raises(PlatformConfigError, match="address in the settings"):
        await gateway.lookup_directory("732829320")
    assert f"answered {status}" in str(upload.value)
    assert (sim.requests["upload"], sim.requests["directory"]) == (1, 1)


async def test_a_see_other_after_an_upload_is_an_unknown_outcome_to_reconcile(
    sim: IopoleSimulator, gateway
) -> None:
    # 303 is how an API answers a POST it processed ("see the result there"): the deposit may exist, so it is
    # found by search before anything is resent, never failed as a wrong address (a read's 303 still is one).
    sim.faults.push(Fault.redirect(303, endpoint="upload"), Fault.redirect(303, endpoint="directory"))

    with pytest.raises(PlatformOutcomeUnknown, match="answered 303"):
        await gateway.submit(cii("F-SEE-1"))
    with pytest.raises(PlatformConfigError, match="address in the settings"):
        await gateway.lookup_directory("732829320")
    assert (sim.requests["upload"], sim.requests["directory"]) == (1, 1)


async def test_a_reset_upload_is_an_unknown_outcome_not_resent(sim: IopoleSimulator, gateway) -> None:
    document = cii("F-RST-1")
    sim.faults.push(Fault.processed_then_reset(endpoint="upload"))

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway.submit(document)

    assert sim.upload_count(document.sha256) == 1
    assert (
        len(await gateway.find_submissions(SubmissionQuery(tracking_id="F-RST-1", sha256=document.sha256)))
        == 1
    )


async def test_a_500_after_the_upload_was_processed_is_an_unknown_outcome(
    sim: IopoleSimulator, gateway
) -> None:
    document = cii("F-500-1")
    sim.faults.push(Fault.error(500, endpoint="upload", after_processing=True))

    with pytest.raises(PlatformOutcomeUnknown):
        await gateway.submit(document)
    assert sim.upload_count(document.sha256) == 1


async def test_a_reset_read_is_retried(sim: IopoleSimulator, gateway, sleep) -> None:
    sim.faults.push(Fault.reset(endpoint="directory"))

    assert (await gateway.lookup_directory("732829320")).reachable
    assert sim.requests["directory"] == 2


async def test_an_upload_that_cannot_connect_is_retried_then_unavailable(
    sim: IopoleSimulator, make_gateway
) -> None:
    # Bound but not listening: connections are refused, and no other process can take the port meanwhile
    # (a port closed here could be handed to the next server that binds port 0).
    with socket.socket() as dead:
        dead.bind(("127.0.0.1", 0))
        gateway = make_gateway(
            env={"IOPOLE_API_BASE": f"http://127.0.0.1:{dead.getsockname()[1]}"}, attempts=2
        )

        with pytest.raises(PlatformUnavailable):
            await gateway.submit(cii("F-DEAD-1"))


async def test_409_duplicate_resource_is_a_success_resolved_by_search(sim: IopoleSimulator, gateway) -> None:
    document = cii("F-DUP-1")
    first = await gateway.submit(document)
    sim.faults.push(Fault.conflict(endpoint="upload"))

    again = await gateway.submit(document)

    assert again.duplicate
    assert again.platform_id == first.platform_id
    assert sim.upload_count(document.sha256) == 1


async def test_a_400_maps_to_findings(sim: IopoleSimulator, gateway) -> None:
    sim.faults.push(
        Fault.bad_request(
            [
                {
                    "path": ["file", "filename"],
                    "code": "invalid_string",
                    "message": "must end with .pdf or .xml",
                }
            ],
            endpoint="upload",
        )
    )

    with pytest.raises(PlatformRejected) as raised:
        await gateway.submit(cii("F-400-1"))

    [finding] = raised.value.findings
    assert (finding.rule_id, finding.path, finding.layer) == ("invalid_string", "file.filename", "platform")
    assert finding.is_fatal


async def test_an_unknown_submission_is_not_found(gateway) -> None:
    with pytest.raises(SubmissionNotFound):
        await gateway.status_history("5a0a4e1e-0000-4000-8000-000000000000")


# --- lifecycle, statuses, polling ------------------------------------------------------------------------------


async def test_status_history_maps_labels_to_cdar_codes(sim: IopoleSimulator, gateway) -> None:
    submission = await gateway.submit(cii("F-LC-1"))
    await sim.play_lifecycle(submission.platform_id)

    history = await gateway.status_history(submission.platform_id)

    assert [(s.code, s.raw_code) for s in history] == [
        ("200", "SUBMITTED"),
        ("201", "ISSUED"),
        ("202", "RECEIVED"),
        ("203", "MADE_AVAILABLE"),
    ]


async def test_a_rejection_carries_its_rule_ids_as_findings(sim: IopoleSimulator, gateway) -> None:
    submission = await gateway.submit(cii("F-REJ-1"))
    await sim.play_lifecycle(
        submission.platform_id,
        reject_with=[
            {"reason": "BUSINESS", "rule": "BR-FR-10", "message": "seller SIREN invalid", "location": "/x"}
        ],
    )

    rejected = (await gateway.status_history(submission.platform_id))[-1]

    assert rejected.code == "213"
    assert [(f.rule_id, f.message, f.location) for f in rejected.findings] == [
        ("BR-FR-10", "seller SIREN invalid", "/x")
    ]


async def test_search_reports_the_last_status(sim: IopoleSimulator, gateway) -> None:
    submission = await gateway.submit(cii("F-LAST-1"))
    await sim.play_lifecycle(submission.platform_id)

    [record] = await gateway.find_submissions(SubmissionQuery(invoice_number="F-LAST-1"))

    assert record.platform_id == submission.platform_id
    assert record.last_status is not None and record.last_status.code == "203"


async def test_search_by_hash_keeps_only_the_matching_upload(gateway) -> None:
    first, second = cii("F-HASH-1"), cii("F-HASH-1", extra="<!-- corrected -->")
    await gateway.submit(first)
    kept = await gateway.submit(second)

    found = await gateway.find_submissions(SubmissionQuery(tracking_id="F-HASH-1", sha256=second.sha256))

    assert [r.platform_id for r in found] == [kept.platform_id]


async def test_sending_a_payment_received_status_sends_the_amount_as_a_decimal_string(
    sim: IopoleSimulator, gateway
) -> None:
    submission = await gateway.submit(cii("F-PAY-1"))

    await gateway.send_status(submission.platform_id, OutgoingStatus("212", amount=Decimal("1200.50")))
    await gateway.send_status(
        submission.platform_id, OutgoingStatus("210", reason="TX_TVA_ERR", message="taux")
    )

    bodies = [body for invoice_id, body in sim.sent_statuses if invoice_id == submission.platform_id]
    assert bodies == [
        {"code": "PAYMENT_RECEIVED", "payment": {"currency": "EUR", "amount": "1200.50"}},
        {"code": "REFUSED", "message": "taux", "rejectionDetail": {"reason": "VAT_RATE_INCORRECT"}},
    ]


async def test_not_seen_invoices_and_statuses_until_marked_seen(sim: IopoleSimulator, gateway) -> None:
    inbound_id = await sim.deliver_inbound(b"<Invoice/>", "IN-1.xml")
    outbound = await gateway.submit(cii("F-NS-1"))
    await sim.play_lifecycle(outbound.platform_id)

    assert (await gateway.not_seen_invoices()).items == [inbound_id]
    pending = (await gateway.not_seen_statuses()).items
    assert [(p.invoice_id, p.status.code) for p in pending] == [
        (outbound.platform_id, code) for code in ("200", "201", "202", "203")
    ]

    await gateway.mark_invoice_seen(inbound_id)
    for item in pending:
        await gateway.mark_status_seen(item.status.status_id)
    assert (await gateway.not_seen_invoices()).items == []
    assert (await gateway.not_seen_statuses()).items == []


async def test_download_returns_the_original_bytes(gateway) -> None:
    document = cii("F-DL-1")
    submission = await gateway.submit(document)

    assert hashlib.sha256(await gateway.download(submission.platform_id)).hexdigest() == document.sha256


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body>Service maintenance</body></html>", "text/html; charset=utf-8"),
        (b'{"message": "internal error"}', "application/json"),
        (b"", "application/xml"),
    ],
    ids=["html-page", "json-error", "empty"],
)
async def test_a_download_answered_200_with_no_document_is_the_platform_s_failure(
    sim: IopoleSimulator, gateway, body: bytes, content_type: str
) -> None:
    """A proxy's page or an error body with a 200 was returned as the invoice's bytes: the catch-up stored it as the
    received invoice and marked the real one seen on IOPOLE (lost from the gateway's side)."""
    submission = await gateway.submit(cii("F-DL-PAGE"))
    # every try of the call (an HTML page is retried within it, as a glitch that may pass)
    sim.faults.push(*[Fault.answer(body, content_type=content_type, endpoint="download")] * 10)

    with pytest.raises(PlatformUnavailable, match="not a document|an HTML page"):
        await gateway.download(submission.platform_id)
    sim.faults.clear()


# --- directory --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("siren", "address", "registered", "reachable"),
    [
        ("732829320", "", True, True),
        ("732829320", "0225:732829320", True, True),
        ("552081317", "", True, False),  # validFrom in the future
        ("443061841", "", True, False),  # validTo in the past
        ("542107651", "", False, False),  # declared, never registered
        ("100000009", "", False, False),  # unknown to the directory
    ],
)
async def test_directory_reachability_follows_registration_and_dates(
    gateway: IopolePdpGateway, siren: str, address: str, registered: bool, reachable: bool
) -> None:
    entry = await gateway.lookup_directory(siren, address)

    assert (entry.registered, entry.reachable) == (registered, reachable)


# --- secrets ----------------------------------------------------------------------------------------------------


async def test_no_secret_or_token_reaches_the_logs(sim: IopoleSimulator, gateway, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    submission = await gateway.submit(cii("F-LOG-1"))
    sim.faults.push(Fault.expire_token(endpoint="history"), Fault.error(503, endpoint="history"))
    await sim.play_lifecycle(submission.platform_id)
    await gateway.status_history(submission.platform_id)
    await gateway.send_status(submission.platform_id, OutgoingStatus("204"))
    logged = caplog.text + repr(gateway) + repr(gateway.tokens) + repr(gateway._config)

    tokens = sim.issued_tokens()
    assert len(tokens) == 2
    for secret in [sim.client_secret, *tokens]:
        assert secret not in logged
    assert caplog.records  # the flow did log (retries, refresh)


# --- webhook subscriptions --------------------------------------------------------------------------------------


async def test_webhooks_are_created_with_a_secret_we_choose_listed_and_deleted(
    sim: IopoleSimulator, gateway
) -> None:
    created = await gateway.create_webhook("https://gw.example")

    assert created.callback_urls == (
        "https://gw.example/webhooks/iopole/invoice",
        "https://gw.example/webhooks/iopole/status",
    )
    stored = sim.webhooks[created.webhook_id]["interopData"]["authentication"]["hmac"]["secretKey"]
    assert stored == created.signing_key and len(created.signing_key) >= 32
    [listed] = await gateway.list_webhooks()
    assert (listed.webhook_id, set(listed.callback_urls), listed.signing_key) == (
        created.webhook_id,
        set(created.callback_urls),
        "",
    )
    await gateway.delete_webhook(created.webhook_id)
    assert await gateway.list_webhooks() == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"id": null}',
        b'{"id": ""}',
        b'{"id": {"uuid": "x"}}',
        b'{"id": ["a"]}',
        b'{"id": "a\\u0000b"}',
        b'{"id": "../config/webhook"}',  # its statuses would be asked of another endpoint
        b'{"id": "x?q=1"}',
    ],
    ids=["null", "empty", "object", "array", "nul", "dot-segments", "query"],
)
async def test_an_upload_accepted_without_a_usable_id_is_an_unknown_outcome(
    sim: IopoleSimulator, gateway, body: bytes
) -> None:
    # Kept as given, "None" or "" would become the invoice's platform id: its statuses would be asked of
    # /v1/invoice/None and never found. The upload was processed: reconcile by search, never resend.
    sim.faults.push(Fault.answer(body, endpoint="upload"))

    with pytest.raises(PlatformOutcomeUnknown, match="without an id"):
        await gateway.submit(cii("F-NOID-1"))


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'[{"status": "REJECTED", "date": "2026-11-02T10:00:00Z"}]', "application/json"),
        (b'[{"status": {"code": "DEPOSITED"}, "json": ["x"]}]', "application/json"),
        (
            b'[{"status": {"code": "REJECTED"}, "json": {"responses": [{"rejectionDetail": "bad"}]}}]',
            "application/json",
        ),
        (
            b'[{"status": {"code": "REJECTED"}, "json": {"responses": [{"rejectionDetail": {"errors": 5}}]}}]',
            "application/json",
        ),
        (b'{"data": []}', "application/json"),
        (b'[{"status": {"code": "DEPO', "application/json"),
        (b"<html><body>Service maintenance</body></html>", "text/html"),
    ],
    ids=["status-text", "json-array", "detail-text", "errors-number", "object", "truncated", "html"],
)
async def test_a_status_history_the_gateway_cannot_read_is_unavailable_and_retried(
    sim: IopoleSimulator, gateway, body: bytes, content_type: str
) -> None:
    # A read answered in a shape IOPOLE never gives (a proxy, a new API version): a platform's failure, retried
    # later, never a crash of the caller (an AttributeError or TypeError burnt attempts as a bug of ours).
    submission = await gateway.submit(cii("F-ODD-HISTORY"))
    # every try of the call (an HTML page is retried within it, as a glitch that may pass)
    sim.faults.push(*[Fault.answer(body, content_type=content_type, endpoint="history")] * 10)

    with pytest.raises(PlatformUnavailable, match="IOPOLE answered"):
        await gateway.status_history(submission.platform_id)


@pytest.mark.parametrize(
    ("endpoint_call", "body"),
    [
        ("not_seen_invoices", b'{"data": ["5a0a4e1e-0000-4000-8000-000000000000"]}'),
        ("not_seen_invoices", b"5"),
        ("not_seen_statuses", b'{"data": []}'),
        ("not_seen_statuses", b'"x"'),
    ],
)
async def test_a_not_seen_list_that_is_not_a_list_is_unavailable(
    sim: IopoleSimulator, gateway, endpoint_call: str, body: bytes
) -> None:
    # A dict's keys were taken as invoice ids ("data"), a number crashed the poll round.
    sim.faults.push(Fault.answer(body, endpoint="not_seen"))

    with pytest.raises(PlatformUnavailable, match="unexpected"):
        await getattr(gateway, endpoint_call)()


async def test_a_not_seen_item_the_gateway_cannot_read_is_skipped_and_counted_the_rest_delivered(
    sim: IopoleSimulator, gateway, caplog
) -> None:
    # One unreadable item made the whole list PlatformUnavailable: the round's downloaded invoices were dropped
    # and, IOPOLE offering that item again every round, the profile's catch-up stalled until someone acted.
    first = await sim.deliver_inbound(b"<Invoice>1</Invoice>", "IN-1.xml")
    second = await sim.deliver_inbound(b"<Invoice>2</Invoice>", "IN-2.xml")
    outbound = await gateway.submit(cii("F-NS-BAD"))
    await sim.play_lifecycle(outbound.platform_id)
    record = sim.invoices[outbound.platform_id]
    group = {"invoiceId": record.id, "newStatus": [status_entry_json(record, s) for s in record.statuses]}
    bad_invoices = [first, "../config/webhook", {"uuid": "x"}, second]
    bad_groups = [
        group,
        {"newStatus": [{"statusId": "s-x"}]},
        7,
        {"invoiceId": "x", "newStatus": {"code": "1"}},
    ]
    sim.faults.push(
        Fault.answer(json.dumps(bad_invoices).encode(), endpoint="not_seen"),
        Fault.answer(json.dumps(bad_groups).encode(), endpoint="not_seen"),
    )
    catch_up = IopoleCatchUp(gateway)
    caplog.set_level(logging.WARNING)

    found = await catch_up.fetch(20)

    assert [c.delivery.dedup_key for c in found] == [
        f"iopole:invoice:{first}",
        f"iopole:invoice:{second}",
        *(f"iopole:status:{s.status_id}" for s in record.statuses),
    ]
    assert found[1].delivery.body == b"<Invoice>2</Invoice>"
    assert catch_up.tally() == CatchUpTally(skipped=5)
    skipped = [r.getMessage() for r in caplog.records if "cannot read" in r.getMessage()]
    assert [m.split("(")[1].split(":")[0] for m in skipped] == [
        "item 1",
        "item 2",
        "item 1, status 0",  # a group is read status by status: its status without an invoice id
        "item 2",
        "item 3",
    ]
    assert not any(
        "config/webhook" in m or "uuid" in m for m in skipped
    )  # the position and the rule, no content


async def test_a_not_seen_item_that_keeps_failing_is_given_up_after_its_rounds_logged_once(
    sim: IopoleSimulator, gateway, caplog
) -> None:
    # It came back every round, counted and warned again, for as long as IOPOLE kept it not seen. A status without
    # statusId was delivered under the key `iopole:status:` (every such status one key: the second never stored)
    # and could never be marked as seen.
    outbound = await gateway.submit(cii("F-NS-GIVE-UP"))
    await sim.play_lifecycle(outbound.platform_id)
    record = sim.invoices[outbound.platform_id]
    no_status_id = {k: v for k, v in status_entry_json(record, record.statuses[0]).items() if k != "statusId"}
    group = {
        "invoiceId": record.id,
        "newStatus": [*(status_entry_json(record, s) for s in record.statuses), no_status_id],
    }
    rounds = GIVE_UP_ROUNDS + 2
    for _ in range(rounds):
        sim.faults.push(
            Fault.answer(json.dumps(["../config/webhook"]).encode(), endpoint="not_seen"),
            Fault.answer(json.dumps([group]).encode(), endpoint="not_seen"),
        )
    catch_up = IopoleCatchUp(gateway)
    caplog.set_level(logging.WARNING)

    for _ in range(rounds):
        found = await catch_up.fetch(20)
        # the group's readable statuses are delivered every round, whatever its unreadable one does
        assert [c.delivery.dedup_key for c in found] == [
            f"iopole:status:{s.status_id}" for s in record.statuses
        ]

    # each unreadable item: skipped and warned GIVE_UP_ROUNDS - 1 rounds, then given up once, then left alone
    assert catch_up.tally() == CatchUpTally(skipped=2 * (GIVE_UP_ROUNDS - 1), given_up=2)
    warned = [r for r in caplog.records if r.levelno == logging.WARNING and "cannot read" in r.getMessage()]
    assert len(warned) == 2 * (GIVE_UP_ROUNDS - 1)
    given_up = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(given_up) == 2
    invoice_line, status_line = given_up
    assert (
        "invoice" in invoice_line and "item 0" in invoice_line and f"{GIVE_UP_ROUNDS} rounds" in invoice_line
    )
    assert f"item 0, status {len(record.statuses)}" in status_line and "statusId" in status_line
    assert not any("config/webhook" in m for m in given_up)  # the position and the rule, no content


@pytest.mark.parametrize(
    "row",
    [
        b'{"metadata": "x"}',
        b'{"metadata": {"invoiceId": "p-1"}, "businessData": ["F-ROW-1"]}',
        b'{"metadata": {"invoiceId": {"uuid": "x"}, "direction": "OUTBOUND"}}',
        b'{"metadata": {"invoiceId": "a\\u0000b", "direction": "OUTBOUND"}}',
    ],
    ids=["metadata-text", "business-array", "id-object", "id-nul"],
)
async def test_a_search_row_the_gateway_cannot_read_is_unavailable_never_a_crash_nor_a_kept_id(
    sim: IopoleSimulator, gateway, row: bytes
) -> None:
    # Reconciliation keeps a found row's id as the invoice's platform id, as an upload's: read as one
    # (adapters.pdp.answers.platform_id), never str() of whatever came; a row of another shape is the platform's
    # failure, retried (an AttributeError crashed the reconciling step as a bug of ours).
    sim.faults.push(Fault.answer(b'{"data": [' + row + b'], "meta": {"count": 1}}', endpoint="search"))

    with pytest.raises(PlatformUnavailable, match="IOPOLE answered an unexpected body"):
        await gateway.find_submissions(SubmissionQuery(invoice_number="F-ROW-1"))


@pytest.mark.parametrize(
    "body", [b"{}", b'{"meta": {"offset": 0, "limit": 50, "count": 0}}'], ids=["empty", "meta-alone"]
)
async def test_a_search_answer_without_its_rows_is_unavailable_not_nothing_found(
    sim: IopoleSimulator, gateway, body: bytes
) -> None:
    # IOPOLE pages its lists as {data, meta}: an answer without `data` is not "no deposit", which would let the
    # pipeline upload the invoice a second time after the grace; reconciliation asks again later.
    sim.faults.push(Fault.answer(body, endpoint="search"))

    with pytest.raises(PlatformUnavailable, match="IOPOLE answered an unexpected body"):
        await gateway.find_submissions(SubmissionQuery(invoice_number="F-NOROWS-1"))


async def test_an_invoice_stored_whose_mark_fails_is_marked_again_not_downloaded_again(
    sim: IopoleSimulator, gateway
) -> None:
    """markAsSeen failing (or not taking: IOPOLE lists the invoice again): every round downloaded its document
    again (up to 64 MiB) and sent it to the inbox, a repeat, before trying the mark again. Stored once, it is only
    marked again, until the mark holds."""
    await sim.deliver_inbound(b"<Invoice>1</Invoice>", "IN-1.xml", notify=False)
    sim.faults.push(*[Fault.error(500, endpoint="mark_seen")] * 40)
    inbox = InMemoryDeliveryStore()
    poller = CatchUpPoller(IopoleCatchUp(gateway), inbox, is_outage=lambda exc: False, name="iopole-marks")

    rounds = [await poller.poll_once() for _ in range(3)]
    sim.faults.clear()
    await poller.poll_once()

    assert [r.stored for r in rounds] == [1, 0, 0] and len(inbox.deliveries) == 1
    assert sim.requests["download"] == 1
    assert (await gateway.not_seen_invoices()).items == []  # marked at last
