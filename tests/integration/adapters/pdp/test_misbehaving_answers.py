"""Both platform adapters against platforms that answer wrongly (real localhost HTTP, the simulators' fault injection).

- JSON nested 100,000 deep, on every call: the parser's recursion bound is the platform's failure like any body that
  is not JSON (a read retried then unavailable, a state-changing call's outcome unknown, a token not usable), named;
  never a RecursionError out of the adapter (the caller's INTERNAL, or a relay item failed as a bug of ours).
- A 200 whose body is an error (`{"error": ...}`, a gateway's or a framework's), on every read: the platform's
  failure, never read as "nothing there" (a directory that does not know the buyer FAILED the invoice at once, a
  search before a resend that finds nothing deposited it again, a flow of no id was read as a flow received).
- An answer about another invoice than the one asked (a platform's cache or routing mixing two): never read as this
  one's (its history would settle an uncertain status as sent, its acknowledgement reject or accept our deposit)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.calls import Pacing, call_deadline
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.timeouts import Timeouts
from domain.platform import (
    MAX_PLATFORM_FINDINGS,
    DocumentSyntax,
    OutboundDocument,
    OutgoingStatus,
    PlatformError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    SubmissionQuery,
)
from domain.platform_profile import PlatformOptions
from tests.support.afnor_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.iopole_simulator import Fault, IopoleSimulator
from tests.support.raw_http import raw_server
from tests.support.simulators.afnor_app import AfnorSimulator

DEEP = b"[" * 100_000 + b"]" * 100_000


def document(number: str = "F1") -> OutboundDocument:
    return OutboundDocument.of(
        b"<rsm:CrossIndustryInvoice/>",
        filename=f"{number}.xml",
        syntax=DocumentSyntax.CII,
        tracking_id=number,
    )


Call = Callable[[Any], Awaitable[object]]

SEARCH: Call = lambda g: g.find_submissions(SubmissionQuery(tracking_id="F1"))  # noqa: E731

# (platform, the simulator's endpoint, the call, the failure it must end with)
CALLS: dict[str, tuple[str, str, Call, type[PlatformError]]] = {
    "iopole upload": ("iopole", "upload", lambda g: g.submit(document()), PlatformOutcomeUnknown),
    "iopole history": ("iopole", "history", lambda g: g.status_history("P1"), PlatformUnavailable),
    "iopole search": ("iopole", "search", SEARCH, PlatformUnavailable),
    "iopole directory": (
        "iopole",
        "directory",
        lambda g: g.lookup_directory("552100554"),
        PlatformUnavailable,
    ),
    "iopole metadata": ("iopole", "get", lambda g: g.invoice_metadata("P1"), PlatformUnavailable),
    "iopole not seen": ("iopole", "not_seen", lambda g: g.not_seen_invoices(), PlatformUnavailable),
    "iopole webhooks": ("iopole", "webhook", lambda g: g.list_webhooks(), PlatformUnavailable),
    "iopole webhook created": (
        "iopole",
        "webhook",
        lambda g: g.create_webhook("https://gw.example"),
        PlatformOutcomeUnknown,
    ),
    "iopole token": ("iopole", "token", lambda g: g.tokens.get(), PlatformUnavailable),
    "afnor deposit": ("afnor", "flows", lambda g: g.submit(document()), PlatformOutcomeUnknown),
    "afnor search": ("afnor", "search", SEARCH, PlatformUnavailable),
    "afnor flow": ("afnor", "get", lambda g: g.get_flow("F1"), PlatformUnavailable),
    "afnor history": ("afnor", "get", lambda g: g.status_history("F1"), PlatformUnavailable),
    "afnor directory": ("afnor", "directory", lambda g: g.lookup_directory("552100554"), PlatformUnavailable),
    "afnor webhooks": ("afnor", "webhooks", lambda g: g.list_webhooks(), PlatformUnavailable),
    "afnor webhook created": (
        "afnor",
        "webhooks",
        lambda g: g.create_webhook("https://gw.example"),
        PlatformOutcomeUnknown,
    ),
    "afnor token": ("afnor", "token", lambda g: g.tokens.get(), PlatformUnavailable),
}
FIXTURES = {"iopole": ("sim", "gateway"), "afnor": ("afnor_sim", "afnor_gateway")}


@pytest.fixture
def platform(request: pytest.FixtureRequest) -> tuple[Any, Any]:
    """(its simulator, a gateway on it) for the platform named by the test's parameter."""
    return tuple(request.getfixturevalue(name) for name in FIXTURES[request.param])  # type: ignore[return-value]


@pytest.mark.parametrize(("platform", "case"), [(CALLS[c][0], c) for c in CALLS], indirect=["platform"])
async def test_an_answer_nested_past_the_parser_is_the_platform_s_failure_named(
    platform: tuple[Any, Any], case: str
) -> None:
    _, endpoint, call, failure = CALLS[case]
    simulator, gateway = platform
    simulator.faults.push(*[Fault.answer(DEEP, endpoint=endpoint)] * 4)
    with pytest.raises(failure):
        await call(gateway)


async def test_an_afnor_refusal_nested_past_the_parser_is_still_a_refusal(
    afnor_sim: AfnorSimulator, afnor_gateway: AfnorPdpGateway
) -> None:
    afnor_sim.faults.push(Fault.answer(DEEP, status=400, endpoint="get"))
    with pytest.raises(PlatformError) as raised:
        await afnor_gateway.get_flow("F1")
    assert "400" in str(raised.value)


async def test_an_iopole_status_history_of_another_invoice_is_not_this_one_s(
    sim: IopoleSimulator, gateway: IopolePdpGateway
) -> None:
    ours, other = [await gateway.submit(document(n)) for n in ("F1", "F2")]
    await sim.play_lifecycle(other.platform_id)
    theirs = (
        await gateway._call("GET", f"/v1/invoice/{other.platform_id}/status-history", idempotent=True)
    ).content
    sim.faults.push(*[Fault.answer(theirs, endpoint="history")] * 4)

    with pytest.raises(PlatformUnavailable, match="another invoice"):
        await gateway.status_history(ours.platform_id)


async def test_an_afnor_flow_answered_for_another_flow_is_not_this_one_s(
    afnor_sim: AfnorSimulator, afnor_gateway: AfnorPdpGateway
) -> None:
    ours, other = [await afnor_gateway.submit(document(n)) for n in ("F1", "F2")]
    theirs = json.dumps(afnor_sim.flows[other.platform_id].metadata()).encode()
    afnor_sim.faults.push(*[Fault.answer(theirs, endpoint="get")] * 8)

    with pytest.raises(PlatformUnavailable, match="another flow"):
        await afnor_gateway.status_history(ours.platform_id)
    with pytest.raises(PlatformUnavailable, match="another flow"):
        await afnor_gateway.get_flow(ours.platform_id)


UNUSABLE_TOKENS = {
    "expired": b'{"access_token": "tok-1", "expires_in": -1}',
    "lifetime not a number": b'{"access_token": "tok-1", "expires_in": "NaN"}',
    # float() of it raised OverflowError, out of the call as a bug of ours
    "lifetime of 400 digits": b'{"access_token": "tok-1", "expires_in": 1' + b"0" * 400 + b"}",
    "lifetime a boolean": b'{"access_token": "tok-1", "expires_in": true}',  # it was one second
    "no token": b'{"token_type": "Bearer", "expires_in": 300}',
    "header breaking": b'{"access_token": "tok\\r\\nX-Injected: 1", "expires_in": 300}',
    "not json": b"access_token=tok-1",
}


@pytest.mark.parametrize("platform", FIXTURES, indirect=True)
@pytest.mark.parametrize("answer", UNUSABLE_TOKENS.values(), ids=UNUSABLE_TOKENS)
async def test_a_token_endpoint_answering_200_with_no_usable_token_is_the_platform_s_outage_named(
    platform: tuple[Any, Any], answer: bytes
) -> None:
    """The credentials were taken (200): what it gave cannot be used. It was "credentials refused"
    (PlatformAuthError), which every queued invoice and status counts as an attempt of its own: 8 within ~15
    minutes, then FAILED, for a platform's broken token endpoint; the operator sent to credentials that were right.
    As any answer of the platform's that cannot be read, it is its outage: waited out, the breaker told."""
    simulator, gateway = platform
    simulator.faults.push(*[Fault.answer(answer, endpoint="token")] * 4)

    with pytest.raises(PlatformUnavailable, match="token endpoint answered 200"):
        await gateway.status_history("P1")
    assert gateway.session.breaker.failures >= 1


ERROR_BODY = b'{"error": "internal", "message": "database unavailable"}'

# (platform, the simulator's endpoint, the call): each read answered 200 with ERROR_BODY
ERROR_READS: dict[str, tuple[str, str, Call]] = {
    "iopole directory": ("iopole", "directory", lambda g: g.lookup_directory("552100554")),
    "iopole webhooks": ("iopole", "webhook", lambda g: g.list_webhooks()),
    "afnor directory": ("afnor", "directory", lambda g: g.lookup_directory("552100554")),
    "afnor search": ("afnor", "search", SEARCH),
    "afnor flow": ("afnor", "get", lambda g: g.get_flow("F1")),
    "afnor webhooks": ("afnor", "webhooks", lambda g: g.list_webhooks()),
}


@pytest.mark.parametrize(
    ("platform", "case"), [(ERROR_READS[c][0], c) for c in ERROR_READS], indirect=["platform"]
)
async def test_a_read_answered_200_with_an_error_body_is_the_platform_s_failure_not_nothing_there(
    platform: tuple[Any, Any], case: str
) -> None:
    _, endpoint, call = ERROR_READS[case]
    simulator, gateway = platform
    simulator.faults.push(*[Fault.answer(ERROR_BODY, endpoint=endpoint)] * 4)
    with pytest.raises(PlatformUnavailable, match="unexpected body"):
        await call(gateway)


async def test_iopole_s_health_read_answered_200_with_an_error_body_is_not_healthy(
    sim: IopoleSimulator, gateway: IopolePdpGateway
) -> None:
    # IOPOLE has no health endpoint: the check is a directory read (AFNOR's healthcheck answers no body of its own)
    sim.faults.push(*[Fault.answer(ERROR_BODY, endpoint="directory")] * 4)
    health = await gateway.health()
    assert not health.ok and "unexpected body" in health.detail


# Calls their API answers with nothing (IOPOLE documents a 204 to a status sent; a mark as seen and a webhook
# deleted answer nothing either): (platform, the simulator's endpoint, the call, the failure an error body ends with)
NO_CONTENT: dict[str, tuple[str, str, Call, type[PlatformError]]] = {
    "iopole status sent": (
        "iopole",
        "status",
        lambda g: g.send_status("P1", OutgoingStatus("205")),
        PlatformOutcomeUnknown,
    ),
    "iopole invoice seen": ("iopole", "mark_seen", lambda g: g.mark_invoice_seen("P1"), PlatformUnavailable),
    "iopole status seen": ("iopole", "mark_seen", lambda g: g.mark_status_seen("S1"), PlatformUnavailable),
    "iopole webhook deleted": ("iopole", "webhook", lambda g: g.delete_webhook("W1"), PlatformUnavailable),
    "afnor webhook deleted": ("afnor", "webhooks", lambda g: g.delete_webhook("W1"), PlatformUnavailable),
}
NOT_SUCCESSES = {
    "error object": ERROR_BODY,
    "afnor error": b'{"errorCode": "INTERNAL_ERROR", "errorMessage": null}',
    "iopole refusal rows": b'[{"path": ["code"], "code": "invalid_enum_value", "message": "unexpected code"}]',
    "text": b"Internal Server Error",
}


@pytest.mark.parametrize("body", NOT_SUCCESSES.values(), ids=NOT_SUCCESSES)
@pytest.mark.parametrize(
    ("platform", "case"), [(NO_CONTENT[c][0], c) for c in NO_CONTENT], indirect=["platform"]
)
async def test_a_call_answered_with_nothing_answered_200_with_an_error_body_is_not_done(
    platform: tuple[Any, Any], case: str, body: bytes
) -> None:
    """Taken as done on any 2xx: a status sent as the buyer never reached the seller, an invoice marked seen stayed
    unseen (offered again, unsaid). As any read answered an error body: the platform's failure, a state-changing
    call's outcome unknown (reconciled by the status history before anything is sent again)."""
    _, endpoint, call, failure = NO_CONTENT[case]
    simulator, gateway = platform
    simulator.faults.push(*[Fault.answer(body, endpoint=endpoint)] * 4)
    with pytest.raises(failure, match="where its API answers nothing"):
        await call(gateway)
    assert gateway.session.breaker.failures == 0  # it answered: not its outage


@pytest.mark.parametrize(
    ("platform", "case"), [(NO_CONTENT[c][0], c) for c in NO_CONTENT], indirect=["platform"]
)
@pytest.mark.parametrize("body", [b"", b"{}", b'{"status": "UP"}'], ids=["empty", "empty object", "up"])
async def test_a_call_answered_with_nothing_is_done_on_an_empty_or_harmless_body(
    platform: tuple[Any, Any], case: str, body: bytes
) -> None:
    _, endpoint, call, _ = NO_CONTENT[case]
    simulator, gateway = platform
    simulator.faults.push(Fault.answer(body, endpoint=endpoint))
    await call(gateway)


AFNOR_HEALTH = {
    "error body": (ERROR_BODY, False),
    "down": (b'{"status": "DOWN"}', False),
    "text": (b"KO", False),
    # the standard's own answer (Ok200EmptyResponse): read as JSON, it was unhealthy
    "empty, as the standard": (b"", True),
    "up": (b'{"status": "UP"}', True),
}


@pytest.mark.parametrize(("body", "healthy"), AFNOR_HEALTH.values(), ids=AFNOR_HEALTH)
async def test_afnor_s_healthcheck_is_healthy_on_its_empty_200_not_on_an_error_body(
    afnor_sim: AfnorSimulator, afnor_gateway: AfnorPdpGateway, body: bytes, healthy: bool
) -> None:
    afnor_sim.faults.push(*[Fault.answer(body, endpoint="health")] * 8)
    health = await afnor_gateway.health()
    assert health.ok is healthy, health.detail
    assert healthy or "where its API answers nothing" in health.detail


@pytest.mark.parametrize("date", ["Wed, 21 Oct 2026 07:28:00 -0000", "Wed, 21 Oct 2026 07:28:00"])
async def test_a_date_header_without_its_zone_is_the_platform_s_clock_in_utc(
    afnor_sim: AfnorSimulator, date: str
) -> None:
    """HTTP dates are GMT (RFC 9110 5.6.7); one written "-0000" or without a zone was read as a naive time, and
    `doctor`'s clock check crashed subtracting it from ours (a TypeError, a traceback for the on-call engineer)."""

    def answer(line: str) -> bytes:
        return (
            f"HTTP/1.1 200 OK\r\nDate: {date}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}".encode()
        )

    async with raw_server(answer) as platform, httpx.AsyncClient() as http:
        env = {**afnor_sim.env(), "AFNOR_FLOW_URL": platform.url + "/flow-service"}
        theirs = await AfnorPdpGateway(http, AfnorConfig.from_env(env)).server_time()
    assert theirs == datetime(2026, 10, 21, 7, 28, tzinfo=UTC)


@pytest.mark.parametrize("content_type", ["", "application/octet-stream", "text/plain"])
@pytest.mark.parametrize("platform", FIXTURES, indirect=True)
async def test_a_download_answered_with_a_json_error_body_and_no_document_type_is_no_document(
    platform: tuple[Any, Any], content_type: str
) -> None:
    """Without a JSON type, the error body was kept as the document: stored as the invoice received (unreadable),
    the real one acknowledged to the platform and lost from our side. A document a platform gives is XML or PDF."""
    simulator, gateway = platform
    endpoint = "download" if isinstance(gateway, IopolePdpGateway) else "get"
    simulator.faults.push(
        *[Fault.answer(b"  " + ERROR_BODY, content_type=content_type, endpoint=endpoint)] * 4
    )
    with pytest.raises(PlatformUnavailable, match="JSON, not a document"):
        await gateway.download("P1")


async def test_an_iopole_search_giving_the_same_rows_at_every_offset_is_asked_no_further_nor_downloaded_twice(
    sim: IopoleSimulator, gateway: IopolePdpGateway
) -> None:
    """A search that ignores its offset (or repeats its rows) said 200 deposits where there was one: each page asked
    again, and the same upload downloaded for its hash once per repeated row (10 candidates, up to 64 MiB each)."""
    ours = document("F-REPEAT-1")
    deposit = await gateway.submit(ours)
    row = {
        "metadata": {"invoiceId": deposit.platform_id, "direction": "OUTBOUND"},
        "businessData": {"invoiceId": "F-REPEAT-1"},
    }
    page = json.dumps({"data": [row] * 50, "meta": {"offset": 0, "limit": 50, "count": 200}}).encode()
    sim.faults.push(*[Fault.answer(page, endpoint="search")] * 4)
    searched, downloaded = sim.requests["search"], sim.requests["download"]

    found = await gateway.find_submissions(SubmissionQuery(tracking_id="F-REPEAT-1", sha256=ours.sha256))

    assert [r.platform_id for r in found] == [deposit.platform_id]
    assert sim.requests["search"] - searched == 2  # the second page gave nothing new: the last asked
    assert sim.requests["download"] - downloaded == 1


async def test_iopole_metadata_of_another_invoice_is_not_this_one_s(
    sim: IopoleSimulator, gateway: IopolePdpGateway
) -> None:
    """The catch-up takes a received invoice's target address from its metadata, trusted as IOPOLE's answer to our
    call: another invoice's would route it to the company that one names."""
    ours, other = [await gateway.submit(document(n)) for n in ("F1", "F2")]
    theirs = (await gateway._call("GET", f"/v1/invoice/{other.platform_id}", idempotent=True)).content
    nested = json.dumps({"metadata": {"invoiceId": other.platform_id}}).encode()
    sim.faults.push(Fault.answer(theirs, endpoint="get"), Fault.answer(nested, endpoint="get"))

    for _ in ("top-level invoiceId", "metadata.invoiceId"):
        with pytest.raises(PlatformUnavailable, match="another invoice"):
            await gateway.invoice_metadata(ours.platform_id)
    assert (await gateway.invoice_metadata(ours.platform_id))["invoiceId"] == ours.platform_id


HUGE = "x" * 2_000_000
REFUSALS = {
    # IOPOLE's 400: a list of {path, code, message}, here 2,000 of them, each 3 KB (6 MB: within an answer's bound)
    "iopole": (
        "upload",
        json.dumps([{"path": ["p" * 600], "code": "c" * 200, "message": "m" * 3_000}] * 2_000),
    ),
    # AFNOR's error body with a 2 MB code and message
    "afnor": ("flows", json.dumps({"errorCode": HUGE, "errorMessage": HUGE, "details": HUGE})),
}


@pytest.mark.parametrize("platform", FIXTURES, indirect=True)
async def test_a_refusal_of_megabytes_is_kept_bounded_in_its_message_and_findings(
    platform: tuple[Any, Any],
) -> None:
    """A refusal's findings go onto the invoice (its events, the audit log, GetInvoice) and its message into
    last_error and a WARNING: taken as the platform wrote them, 2,000 findings of 3 KB or a line of 2 MB."""
    simulator, gateway = platform
    endpoint, body = REFUSALS["iopole" if isinstance(gateway, IopolePdpGateway) else "afnor"]
    simulator.faults.push(Fault.answer(body.encode(), status=400, endpoint=endpoint))

    with pytest.raises(PlatformRejected) as refused:
        await gateway.submit(document())

    findings = refused.value.findings
    assert len(str(refused.value)) <= 1_000
    assert 1 <= len(findings) <= MAX_PLATFORM_FINDINGS
    assert all(len(f.rule_id) <= 100 and len(f.message) <= 2_000 and len(f.path) <= 500 for f in findings)


@contextlib.asynccontextmanager
async def slow_platform(answer: Callable[[str], bytes], *, pieces: int, every_s: float) -> AsyncIterator[str]:
    """A platform on localhost that writes each answer's status line at once, then `pieces` header lines one every
    `every_s` (each within a read timeout: only a bound on a whole exchange or call ends it), then `answer(line)`."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = (await reader.readline()).decode("latin-1")
            while (await reader.readline()).strip():
                pass
            head, _, rest = answer(line).partition(b"\r\n")
            writer.write(head + b"\r\n")
            for piece in range(pieces):
                await asyncio.sleep(every_s)
                writer.write(f"X-Slow-{piece}: 1\r\n".encode())
                await writer.drain()
            writer.write(rest)
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    async with server:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


def _answer(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode() + body


async def test_a_token_then_a_401_trickled_twice_are_cut_at_the_call_s_deadline(sim: IopoleSimulator) -> None:
    """Each exchange has its bound (4 s here), and retries stop at the call's budget; but a token trickled close to
    its bound, then an upload answered 401 as slowly, then both again after the refresh, took four exchanges: past
    the call's budget (110 s on the defaults, 10 s here), past a worker's lease, and another worker claimed the
    invoice and uploaded it too while the first still waited. The call is cut at its deadline, its outcome unknown
    (reconciled by search before anything is sent again)."""
    uploads: list[str] = []

    def answer(line: str) -> bytes:
        if "/token" in line:
            return _answer("200 OK", b'{"access_token": "tok", "expires_in": 300}')
        uploads.append(line)
        return _answer("401 Unauthorized", b'{"message": "Unauthorized"}')

    async with slow_platform(answer, pieces=5, every_s=0.5) as url, httpx.AsyncClient() as http:
        env = {**sim.env(), "IOPOLE_API_BASE": url, "IOPOLE_AUTH_URL": url + "/token"}
        options = PlatformOptions(connect_timeout_s=1, timeout_s=1, upload_timeout_s=1)
        config = IopoleConfig.from_env(env, timeouts=Timeouts(options))
        gateway = IopolePdpGateway(http, config, pacing=Pacing(budget_s=1.0))
        assert call_deadline(1.0, config.timeouts.default(), 4.0) == 8.0  # one token and one upload: 4 + 4 s

        with pytest.raises(PlatformOutcomeUnknown, match=r"\(PastCallDeadline\)"):
            await gateway.submit(
                document()
            )  # before: PlatformAuthError after 10 s, "401 again after a refresh"
    assert len(uploads) == 2  # the second cut while it was answered
