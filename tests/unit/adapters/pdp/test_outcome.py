"""What a failed state-changing call tells: an unknown outcome always (reconciled before any resend), and whether the
platform answered as a platform that is down does (its outage: no attempt of the document spent)."""

from __future__ import annotations

import httpx
import pytest

from adapters.pdp.exchange import AnswerCut, AnswerTooLarge, AnswerUndecodable
from adapters.pdp.outcome import status_failure, transport_failure
from domain.platform import PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable


def _answer(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "https://pa.test/v1/invoice"))


@pytest.mark.parametrize(
    ("status", "down"), [(502, True), (503, True), (504, True), (500, False), (501, False)]
)
def test_an_upload_answered_5xx_is_unknown_and_only_502_503_504_say_the_platform_is_down(
    status: int, down: bool
) -> None:
    failure = status_failure("upload", _answer(status), idempotent=False, platform="iopole")
    assert isinstance(failure, PlatformOutcomeUnknown) and failure.unavailable is down


def test_an_upload_left_unanswered_is_unknown_and_the_platform_s_outage() -> None:
    failure = transport_failure("upload", httpx.ReadTimeout("slow"), idempotent=False, platform="iopole")
    assert isinstance(failure, PlatformOutcomeUnknown) and failure.unavailable


def test_an_upload_that_never_left_is_a_plain_unavailability() -> None:
    failure = transport_failure("upload", httpx.ConnectError("refused"), idempotent=False, platform="iopole")
    assert isinstance(failure, PlatformUnavailable)


def _unread() -> list[httpx.TransportError]:
    request = httpx.Request("GET", "https://pa.test/v1/flows/1")
    return [
        AnswerTooLarge("an answer larger than 8 bytes", request=request),
        AnswerUndecodable("br", request=request),
    ]


@pytest.mark.parametrize("exc", _unread(), ids=type)
def test_a_read_whose_answer_is_not_read_is_refused_not_an_outage(exc: httpx.TransportError) -> None:
    # the platform answered, and would answer the same: waiting it out as an outage would wait for nothing
    failure = transport_failure("download", exc, idempotent=True, platform="iopole")
    assert isinstance(failure, PlatformRejected) and type(exc).__name__ in str(failure)


@pytest.mark.parametrize("exc", _unread(), ids=type)
def test_an_upload_whose_answer_is_not_read_is_unknown_but_not_the_platform_s_outage(
    exc: httpx.TransportError,
) -> None:
    failure = transport_failure("upload", exc, idempotent=False, platform="iopole")
    assert isinstance(failure, PlatformOutcomeUnknown) and not failure.unavailable


def test_a_compressed_answer_cut_short_is_lost_in_transit_not_an_answer_refused() -> None:
    """Its stream stopped before its end: the connection was cut, as a read cut mid-answer (tried again), not an
    answer the platform would give again (a refusal)."""
    cut = AnswerCut(
        "a compressed answer cut short of its end", request=httpx.Request("GET", "https://pa.test/x")
    )
    read = transport_failure("download", cut, idempotent=True, platform="afnor")
    upload = transport_failure("upload", cut, idempotent=False, platform="afnor")
    assert isinstance(read, PlatformUnavailable)
    assert isinstance(upload, PlatformOutcomeUnknown) and upload.unavailable


@pytest.mark.parametrize("idempotent", [True, False], ids=["read", "upload"])
def test_a_request_timeout_is_a_request_not_taken_retried_never_a_refusal_of_the_document(
    idempotent: bool,
) -> None:
    """408: the server (or its proxy) did not receive the whole request in time, so it processed none of it. It fell
    to the adapters' "any other status" and an upload answered 408 was FAILED at once as PDP-REJECTED."""
    answer = httpx.Response(
        408, headers={"Retry-After": "7"}, request=httpx.Request("POST", "https://pa.test/v1/invoice")
    )
    failure = status_failure("upload", answer, idempotent=idempotent, platform="iopole")
    assert isinstance(failure, PlatformUnavailable) and failure.retry_after == 7


def _page(status: int) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"Content-Type": "text/html; charset=utf-8"},
        content=b"<html><body>Maintenance</body></html>",
        request=httpx.Request("POST", "https://pa.test/v1/invoice/p-1/status"),
    )


def test_a_success_answered_with_an_html_page_is_not_the_api_s_answer() -> None:
    """Every platform API answers JSON, a document or nothing: a 2xx HTML page is a proxy's or a portal's. A call
    that reads no body (IOPOLE's status, answered 204) took it for the platform's acceptance."""
    state_change = status_failure("POST status", _page(200), idempotent=False, platform="iopole")
    assert isinstance(state_change, PlatformOutcomeUnknown) and state_change.unavailable
    assert "HTML page" in str(state_change)
    assert isinstance(
        status_failure("GET x", _page(200), idempotent=True, platform="iopole"), PlatformUnavailable
    )
    assert status_failure("POST status", _answer(204), idempotent=False, platform="iopole") is None
    # A file downloaded as an attachment (XP Z12-013 sends files so) may be HTML: a readable view, say.
    attached = _page(200)
    attached.headers["Content-Disposition"] = 'attachment;filename="readable.html"'
    assert status_failure("GET flow", attached, idempotent=True, platform="afnor") is None
