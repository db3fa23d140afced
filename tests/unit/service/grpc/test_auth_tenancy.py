"""Which company a call acts for: the bearer key, refused exactly when missing, unknown or revoked; public services
need none; a servicer reached without a company fails closed."""

from __future__ import annotations

import asyncio
import contextvars
from collections import namedtuple
from datetime import UTC, datetime
from typing import Any

import grpc
import pytest

from adapters.postgres.outage import is_outage
from domain.audit import Acting, Actor, ActorKind, current_acting
from domain.errors import Unauthenticated
from domain.ports import ApiKey
from service.grpc.auth import AuthInterceptor, bearer_token, company_var, current_company, is_public
from service.grpc.errors import ErrorTable
from service.observability.logging import request_id_var

ERRORS = ErrorTable(is_outage)  # as the wiring makes it

Details = namedtuple("Details", "method invocation_metadata")
METHOD = "/pdpgateway.v1.InvoiceService/GetInvoice"


class Aborted(Exception):
    pass


class Context:
    code: Any = None
    message: str = ""

    async def abort(self, code: Any, message: str) -> None:
        self.code, self.message = code, message
        raise Aborted()


async def _answer(request: Any, context: Any) -> str:
    return "served"


async def _stream(request: Any, context: Any) -> Any:
    yield "served"


@pytest.mark.parametrize(
    ("metadata", "token"),
    [
        ((("authorization", "Bearer pdpg_abc"),), "pdpg_abc"),
        ((("authorization", "bearer  pdpg_abc "),), "pdpg_abc"),
        ((("x-other", "1"), ("authorization", "BEARER pdpg_abc")), "pdpg_abc"),
        ((("authorization", "Basic dXNlcg=="),), ""),
        ((("authorization", "pdpg_abc"),), ""),
        ((("authorization", b"Bearer pdpg_abc"),), ""),
        ((("Authorization-x", "Bearer pdpg_abc"),), ""),
        ((), ""),
        (None, ""),
        ((("authorization", "Basic x"), ("authorization", "Bearer pdpg_abc")), ""),  # the first one decides
    ],
)
def test_the_bearer_token_is_read_from_the_first_authorization_header(metadata: Any, token: str) -> None:
    assert bearer_token(metadata) == token


@pytest.mark.parametrize(
    ("method", "public"),
    [
        ("/grpc.health.v1.Health/Check", True),
        ("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", True),
        ("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", True),
        (METHOD, False),
        ("/grpc.health.v1.HealthX/Check", False),
        ("grpc.health.v1.Health/Check", True),
    ],
)
def test_only_health_and_reflection_are_public(method: str, public: bool) -> None:
    assert is_public(method) is public


def test_a_servicer_reached_without_a_company_fails_closed() -> None:
    def read() -> str:
        return current_company()

    with pytest.raises(Unauthenticated) as refused:
        contextvars.Context().run(read)
    assert str(refused.value) == "no authenticated company for this call"

    def read_set() -> str:
        company_var.set("732829320")
        return current_company()

    assert contextvars.Context().run(read_set) == "732829320"


async def _call(metadata: Any, authenticate: Any, streaming: bool = False) -> tuple[Any, str, str]:
    """(status code or None when served, its message, the company the call acts for)."""
    handler = (
        grpc.unary_stream_rpc_method_handler(_stream)
        if streaming
        else grpc.unary_unary_rpc_method_handler(_answer)
    )

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    company_var.set("")
    wrapped = await AuthInterceptor(authenticate, ERRORS).intercept_service(
        continuation, Details(METHOD, metadata)
    )
    context = Context()
    try:
        if streaming:
            async for _ in wrapped.unary_stream(object(), context):
                pass
        else:
            await wrapped.unary_unary(object(), context)
    except Aborted:
        return context.code, context.message, company_var.get()
    assert wrapped is handler
    return None, "", company_var.get()


GOOD = ApiKey("6f1c0000-0000-4000-8000-000000000001", "732829320", "billing", "pdpg_good", datetime.now(UTC))


async def _known(secret: str) -> ApiKey | None:
    return {"pdpg_good": GOOD}.get(secret)


async def _revoked(secret: str) -> ApiKey | None:
    raise Unauthenticated("revoked")


@pytest.mark.parametrize("streaming", [False, True], ids=["unary", "stream"])
async def test_a_call_without_a_key_is_refused_and_acts_for_nobody(streaming: bool) -> None:
    assert await _call((), _known, streaming) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "missing API key: send 'authorization: Bearer <key>'",
        "",
    )


@pytest.mark.parametrize("authenticate", [_known, _revoked])
@pytest.mark.parametrize("streaming", [False, True], ids=["unary", "stream"])
async def test_an_unknown_or_revoked_key_is_refused_and_acts_for_nobody(
    authenticate: Any, streaming: bool
) -> None:
    metadata = (("authorization", "Bearer pdpg_bad"),)
    assert await _call(metadata, authenticate, streaming) == (
        grpc.StatusCode.UNAUTHENTICATED,
        "invalid or revoked API key",
        "",
    )


async def test_a_known_key_acts_for_its_company() -> None:
    assert await _call((("authorization", "Bearer pdpg_good"),), _known) == (None, "", "732829320")


async def test_a_known_key_is_the_actor_of_the_call_with_its_request_id() -> None:
    async def in_call() -> Acting:
        request_id_var.set("req-42")  # the telemetry interceptor's, which runs first
        await _call((("authorization", "Bearer pdpg_good"),), _known)
        return current_acting()

    acting = await asyncio.create_task(in_call())  # a context of its own, as a call has
    assert acting == Acting(Actor(ActorKind.API_KEY, GOOD.id, "billing"), "req-42")
    assert acting.actor.label == f"api_key:{GOOD.id}"
    assert current_acting().actor.kind is ActorKind.GATEWAY  # nothing leaked out of the call


async def test_a_public_method_is_served_without_asking_for_a_key() -> None:
    asked: list[str] = []

    async def authenticate(secret: str) -> ApiKey | None:
        asked.append(secret)
        return None

    handler = grpc.unary_unary_rpc_method_handler(_answer)

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    details = Details("/grpc.health.v1.Health/Check", ())
    assert await AuthInterceptor(authenticate, ERRORS).intercept_service(continuation, details) is handler
    assert asked == []

    async def unknown_method(details: Any) -> None:
        return None

    assert (
        await AuthInterceptor(authenticate, ERRORS).intercept_service(unknown_method, Details(METHOD, ()))
        is None
    )


@pytest.mark.parametrize(
    ("method", "public"),
    [
        ("/grpc.health.v1.Health/Check/extra", True),
        ("/Xgrpc.health.v1.Health/Check", False),
        ("//x/y", False),
    ],
)
def test_the_service_is_the_first_path_segment_exactly(method: str, public: bool) -> None:
    assert is_public(method) is public


async def test_the_interceptor_asks_for_the_handler_of_this_call_and_writes_no_line_of_its_own(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    asked: list[Any] = []
    handler = grpc.unary_unary_rpc_method_handler(_answer)

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        asked.append(details)
        return handler

    details = Details(METHOD, (("authorization", "Bearer pdpg_bad"),))
    with caplog.at_level(logging.INFO, logger="service.grpc.auth"):
        await AuthInterceptor(_known, ERRORS).intercept_service(continuation, details)

    assert asked == [details]
    # its one line is the access line, within the log's budget (service.grpc.failed_call_log): a second line of
    # its own made 2,000 calls with a wrong key 4,000 lines
    assert [r for r in caplog.records if r.name == "service.grpc.auth"] == []


# --- a server stream outlives the check made when it opened --------------------------------------------------


class StreamContext(Context):
    async def abort_with_status(self, status: Any) -> None:  # how the error table ends a call
        self.code, self.message = status.code, status.details
        raise Aborted()


def _endless_feed(closed: list[bool]) -> Any:
    """A stream that gives one item, then waits for events that never come (an idle WatchInvoiceEvents)."""

    async def feed(request: Any, context: Any) -> Any:
        try:
            yield "event-1"
            await asyncio.Event().wait()
            yield "never"  # pragma: no cover
        finally:
            closed.append(True)

    return feed


async def _open_stream(
    authenticate: Any,
    closed: list[bool],
    feed: Any = None,
    recheck_s: float = 0.01,
    request: object = None,
    **timing: Any,
) -> tuple[Any, StreamContext]:
    handler = grpc.unary_stream_rpc_method_handler(feed or _endless_feed(closed))

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    interceptor = AuthInterceptor(authenticate, ERRORS, key_recheck_s=recheck_s, **timing)
    wrapped = await interceptor.intercept_service(
        continuation, Details(METHOD, (("authorization", "Bearer pdpg_good"),))
    )
    context = StreamContext()
    return wrapped.unary_stream(object() if request is None else request, context), context


async def _ended_by_its_watch(stream: Any) -> None:
    """The stream's next read, which its key watch ends (Aborted). The guard fails the test rather than cancel the
    read: a read cancelled once the key is revoked ends Aborted too, so that a `wait_for` guard passed the test
    with the watch never interrupting the stream (10 s later)."""
    read = asyncio.ensure_future(anext(stream))
    done, _ = await asyncio.wait({read}, timeout=30)  # a guard: the watch never ended the stream
    if not done:
        read.cancel()
        await asyncio.gather(read, return_exceptions=True)
    assert done, "the stream waits on: its key watch did not end it"
    with pytest.raises(Aborted):
        read.result()


def _keys(keys: dict[str, ApiKey]) -> Any:
    async def authenticate(secret: str) -> ApiKey | None:
        return keys.get(secret)

    return authenticate


async def test_a_stream_ends_unauthenticated_once_its_key_is_revoked_and_releases_its_feed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("INFO", logger="service.grpc.auth")
    keys: dict[str, ApiKey] = {"pdpg_good": GOOD}
    closed: list[bool] = []
    stream, context = await _open_stream(_keys(keys), closed)
    assert await anext(stream) == "event-1"
    del keys["pdpg_good"]  # revoked while the stream waits for its next event

    await _ended_by_its_watch(stream)
    assert (context.code, context.message) == (grpc.StatusCode.UNAUTHENTICATED, "invalid or revoked API key")
    assert closed == [True]
    assert "API key revoked during a stream: ending it" in [r.getMessage() for r in caplog.records]


async def test_a_stream_whose_key_stays_active_goes_on_waiting_until_the_client_leaves() -> None:
    time, checks, closed = WatchTime(), [], []

    async def authenticate(secret: str) -> ApiKey | None:
        checks.append(secret)
        return GOOD

    stream, context = await _open_stream(authenticate, closed, recheck_s=60, sleep=time.sleep)
    assert await anext(stream) == "event-1"
    waiting = asyncio.ensure_future(anext(stream))
    for _ in range(3):  # three periods, three checks passed (a wait of 0.2 s asserted it before: timed)
        time.tick()
    for _ in range(10_000):  # a guard: the watch never checked three times
        if len(checks) == 4 and len(time.waits) == 4:
            break
        await asyncio.sleep(0)
    assert len(checks) == 4 and not waiting.done() and context.code is None
    assert checks == ["pdpg_good"] * 4  # each check asks about the stream's own key
    waiting.cancel()  # the client goes away
    await asyncio.wait({waiting})
    assert closed == [True]


async def test_a_stream_whose_key_store_fails_during_a_check_ends_unavailable() -> None:
    answers: list[ApiKey | None] = [GOOD]  # the check at opening passes, then the store is unreachable

    async def authenticate(secret: str) -> ApiKey | None:
        if not answers:
            raise ConnectionRefusedError(111, "Connect call failed")
        return answers.pop()

    closed: list[bool] = []
    stream, context = await _open_stream(authenticate, closed)
    assert await anext(stream) == "event-1"
    await _ended_by_its_watch(stream)
    assert context.code == grpc.StatusCode.UNAVAILABLE
    assert closed == [True]


async def test_a_checked_stream_is_the_stream_of_its_own_request_and_context() -> None:
    async def echo(request: Any, context: Any) -> Any:
        yield request
        yield context

    request = object()
    stream, context = await _open_stream(_keys({"pdpg_good": GOOD}), [], echo, request=request)
    assert [item async for item in stream] == [request, context]


async def test_a_stream_whose_items_keep_coming_is_not_checked_again_before_its_recheck_time() -> None:
    checks: list[str] = []

    async def authenticate(secret: str) -> ApiKey | None:
        checks.append(secret)
        return GOOD

    async def three(request: Any, context: Any) -> Any:
        for item in ("a", "b", "c"):
            for _ in range(
                5
            ):  # each item takes a few turns of the loop: a wait with no time left would check
                await asyncio.sleep(0)
            yield item

    stream, _ = await _open_stream(authenticate, [], three, recheck_s=3600)
    assert [item async for item in stream] == ["a", "b", "c"]
    assert checks == ["pdpg_good"]  # the check at opening only: the next is an hour away


async def test_a_client_leaving_between_items_releases_the_feed_at_once() -> None:
    closed: list[bool] = []
    stream, _ = await _open_stream(_keys({"pdpg_good": GOOD}), closed)
    assert await anext(stream) == "event-1"
    await (
        stream.aclose()
    )  # the feed waits at its yield, no read pending: closed by the wrapper, not the collector
    assert closed == [True]


async def test_a_stream_that_is_no_generator_ends_without_being_closed() -> None:
    class TwoItems:  # an async iterator without aclose(), as a servicer may return
        def __init__(self) -> None:
            self.left = ["a", "b"]

        def __aiter__(self) -> TwoItems:
            return self

        async def __anext__(self) -> str:
            if not self.left:
                raise StopAsyncIteration
            return self.left.pop(0)

    stream, context = await _open_stream(_keys({"pdpg_good": GOOD}), [], lambda request, context: TwoItems())
    assert [item async for item in stream] == ["a", "b"] and context.code is None


class WatchTime:
    """The key watch's waits between checks, in virtual time: each is kept, and lasts until the test lets it end
    (`tick`), or not at all (`instant`)."""

    def __init__(self, instant: bool = False) -> None:
        self.waits: list[float] = []
        self._instant = instant
        self._ticks = asyncio.Queue[None]()

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self._instant:
            await asyncio.sleep(0)
        else:
            await self._ticks.get()

    def tick(self) -> None:
        self._ticks.put_nowait(None)


async def test_an_idle_stream_is_checked_again_once_every_recheck_period_not_in_a_loop() -> None:
    """Between two checks the watch waits a whole period (never a key lookup per loop turn)."""
    time = WatchTime(instant=True)
    checks: list[int] = []
    closed: list[bool] = []

    async def authenticate(secret: str) -> ApiKey | None:
        checks.append(len(time.waits))
        return GOOD if len(checks) < 4 else None  # the opening check, two re-checks, then revoked

    stream, context = await _open_stream(authenticate, closed, recheck_s=60, sleep=time.sleep)
    assert await anext(stream) == "event-1"
    await _ended_by_its_watch(stream)
    assert context.code == grpc.StatusCode.UNAUTHENTICATED
    assert checks == [0, 1, 2, 3] and time.waits == [60.0, 60.0, 60.0]  # each check after a period's wait
    assert closed == [True]


async def test_a_key_revoked_while_the_client_holds_an_item_ends_the_stream_before_its_next_item() -> None:
    """The watch runs beside the stream: the check falls due while the client reads an item, and the next read ends
    UNAUTHENTICATED though the stream has its next item ready."""
    time = WatchTime()
    keys: dict[str, ApiKey] = {"pdpg_good": GOOD}
    closed: list[bool] = []

    async def ready(request: Any, context: Any) -> Any:
        try:
            yield "a"
            yield "b"
        finally:
            closed.append(True)

    stream, context = await _open_stream(_keys(keys), closed, ready, recheck_s=60, sleep=time.sleep)
    assert await anext(stream) == "a"
    del keys["pdpg_good"]
    time.tick()  # the period ends while the client holds "a"
    for _ in range(5):
        await asyncio.sleep(0)
    with pytest.raises(Aborted):
        await anext(stream)
    assert context.code == grpc.StatusCode.UNAUTHENTICATED and closed == [True]


async def test_a_key_store_failing_while_the_client_holds_an_item_ends_the_stream_unavailable_before_its_next() -> (
    None
):
    time = WatchTime()
    answers: list[ApiKey | None] = [GOOD]  # the check at opening passes, then the store is unreachable

    async def authenticate(secret: str) -> ApiKey | None:
        if not answers:
            raise ConnectionRefusedError("connection refused")
        return answers.pop()

    async def ready(request: Any, context: Any) -> Any:
        yield "a"
        yield "b"

    stream, context = await _open_stream(authenticate, [], ready, recheck_s=60, sleep=time.sleep)
    assert await anext(stream) == "a"
    time.tick()  # the period ends while the client holds "a": the store fails
    for _ in range(5):
        await asyncio.sleep(0)
    with pytest.raises(Aborted):
        await anext(stream)
    assert context.code == grpc.StatusCode.UNAVAILABLE
