from __future__ import annotations

import logging
from datetime import UTC, datetime

import asyncpg
import httpx
import pytest
from prometheus_client import CollectorRegistry
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from adapters.postgres.outage import is_outage
from domain.platform_breaker import Breakers
from service.grpc.errors import ErrorTable
from service.wiring.http import Lifecycle, build_http_app

ERRORS = ErrorTable(is_outage)  # as the wiring makes it


async def _down(request):  # type: ignore[no-untyped-def]
    raise FileNotFoundError(2, "No such file or directory")  # as asyncpg raises it: connect() names no file


async def _closed(request):  # type: ignore[no-untyped-def]
    raise asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle of operation")


async def _bug(request):  # type: ignore[no-untyped-def]
    raise KeyError("bug")


def _client(not_ready: str | None = None) -> httpx.AsyncClient:
    async def check() -> str | None:
        return not_ready

    routes = [Route("/down", _down, methods=["POST"]), Route("/closed", _closed), Route("/bug", _bug)]
    app = build_http_app(Lifecycle(), check, CollectorRegistry(), routes, errors=ERRORS)
    transport = httpx.ASGITransport(app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://gateway")


async def test_a_webhook_failing_on_a_database_outage_is_503_with_retry_after() -> None:
    client = _client()
    for response in (await client.post("/down", content=b"{}"), await client.get("/closed")):
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert "PGSQL" not in response.text


async def test_webhooks_answered_503_through_an_outage_are_logged_as_a_count_not_a_line_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: one WARNING a request, a platform retrying its callbacks through an outage writing one each time.
    caplog.set_level(logging.WARNING, logger="service.wiring.http")
    client = _client()
    for _ in range(50):
        assert (await client.post("/down", content=b"{}")).status_code == 503
    said = [r.getMessage() for r in caplog.records if r.name == "service.wiring.http"]
    assert said == [
        "1 HTTP request(s) answered 503, the last: /down: FileNotFoundError: [Errno 2] No such file or directory"
    ]


async def test_a_bug_stays_a_500() -> None:
    assert (await _client().get("/bug")).status_code == 500


async def test_readyz_not_ready_is_503_with_retry_after_and_says_what_is_down() -> None:
    response = await _client("database busy: no free connection within 2 s (10 of 10 in use)").get("/readyz")
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert response.json() == {"status": "database busy: no free connection within 2 s (10 of 10 in use)"}


def _probes(
    not_ready: str | None, down: dict[str, str], stalled: dict[str, str] | None = None
) -> httpx.AsyncClient:
    """A client of the probes of a process whose readiness check says `not_ready`, with those tasks down and
    stalled."""

    async def check() -> str | None:
        return not_ready

    app = build_http_app(
        Lifecycle(),
        check,
        CollectorRegistry(),
        (),
        tasks_down=lambda: down,
        tasks_stalled=lambda: stalled or {},
        errors=ERRORS,
    )
    return httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")


async def test_a_dead_task_is_named_by_readyz_still_ready_and_by_metrics_and_fails_no_probe() -> None:
    # Before: /readyz 503 "background tasks down": the replica left its balancer while gRPC served, for a task the
    # supervisor restarts by itself and whose work the other replicas' relays carry.
    client = _probes(None, {"inbox-worker": "RuntimeError: boom"})
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "down": {"inbox-worker": "RuntimeError: boom"}}
    assert (await client.get("/healthz")).status_code == 200
    assert 'pdp_gateway_background_task_down{task="inbox-worker"} 1.0' in (await client.get("/metrics")).text


async def test_a_stalled_task_fails_healthz_naming_it_and_readyz_stays_ready_naming_it() -> None:
    stalled = {"pipeline-dispatcher": "stalled: 16 item(s) in flight, one of them silent … (bound 360 s)"}
    client = _probes(None, stalled, stalled)
    health = await client.get("/healthz")
    assert health.status_code == 503 and health.json() == {"status": "stalled", "stalled": stalled}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready", "down": stalled}


async def test_a_replica_that_cannot_serve_is_not_ready_naming_its_tasks_down_too() -> None:
    client = _probes("database unreachable", {"inbox-worker": "ConnectionRefusedError: db down"})
    response = await client.get("/readyz")
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert response.json() == {
        "status": "database unreachable",
        "down": {"inbox-worker": "ConnectionRefusedError: db down"},
    }
    assert 'pdp_gateway_background_task_down{task="inbox-worker"} 1.0' in (await client.get("/metrics")).text


async def test_readyz_names_a_degraded_part_and_stays_ready() -> None:
    async def check() -> str | None:
        return None

    lifecycle = Lifecycle()
    lifecycle.degraded["grpc-worker-0"] = "exited 6 times within a minute (last exit code 1); not restarted"
    app = build_http_app(lifecycle, check, CollectorRegistry(), (), errors=ERRORS)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "degraded": dict(lifecycle.degraded)}


async def test_metrics_name_each_part_not_running_and_none_once_it_runs() -> None:
    async def check() -> str | None:
        return None

    lifecycle = Lifecycle()
    app = build_http_app(lifecycle, check, CollectorRegistry(), (), errors=ERRORS)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    lifecycle.degraded["grpc-worker-1"] = "exited (code -9); restarting"
    assert 'pdp_gateway_parts_not_running{part="grpc-worker-1"} 1.0' in (await client.get("/metrics")).text
    del lifecycle.degraded["grpc-worker-1"]
    text = (await client.get("/metrics")).text
    assert (
        "# TYPE pdp_gateway_parts_not_running gauge" in text and "pdp_gateway_parts_not_running{" not in text
    )


async def test_a_platform_whose_calls_are_held_is_named_by_readyz_which_stays_ready_and_on_metrics() -> None:
    async def check() -> str | None:
        return None

    breakers = Breakers(lambda: 0.0, lambda: datetime(2026, 12, 7, 13, 0, tzinfo=UTC), opens_after=1)
    app = build_http_app(Lifecycle(), check, CollectorRegistry(), (), errors=ERRORS, breakers=breakers)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    breakers.of("iopole").failed("POST /v1/invoice: IOPOLE answered 503")
    breakers.of("afnor-pa")  # called, answering
    response = await client.get("/readyz")
    assert response.status_code == 200  # SubmitInvoice keeps storing: not a reason to take this replica out
    assert response.json() == {"status": "ready", "platforms_down": breakers.open()}
    assert list(breakers.open()) == ["iopole"]
    text = (await client.get("/metrics")).text
    assert 'pdp_gateway_platform_breaker_open{platform="iopole"} 1.0' in text
    assert 'pdp_gateway_platform_breaker_open{platform="afnor-pa"} 0.0' in text

    breakers.of("iopole").answered()
    assert (await client.get("/readyz")).json() == {"status": "ready"}
    assert 'pdp_gateway_platform_breaker_open{platform="iopole"} 0.0' in (await client.get("/metrics")).text


async def _forged(request):  # type: ignore[no-untyped-def]
    return PlainTextResponse("bad signature", status_code=401)


async def test_callbacks_refused_for_their_signature_are_said_as_a_count_naming_the_setting(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # IOPOLE_WEBHOOK_SECRET changed on the gateway, not at the platform: on a real serve, 120 callbacks refused in a
    # minute and not a log line (only pdp_gateway_webhook_deliveries_total; doctor all ok); the statuses came by
    # the notSeen polling. A forger's are counted the same: a count, not a line each.
    routes = [Route("/webhooks/iopole/status", _forged, methods=["POST"])]
    app = build_http_app(Lifecycle(), _ready, CollectorRegistry(), routes, errors=ERRORS)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    with caplog.at_level(logging.INFO, logger="service.wiring.http"):
        for _ in range(5):
            assert (await client.post("/webhooks/iopole/status", content=b"{}")).status_code == 401
    said = [r for r in caplog.records if "signature" in r.getMessage()]
    assert [(r.levelno, r.getMessage()) for r in said] == [
        (
            logging.WARNING,
            "1 webhook(s) on /webhooks/iopole/status refused for their signature (since the last such line, said"
            " once a minute at most): the webhook secret of that platform profile (doctor's webhook-secret check names"
            " its setting) must be the platform's; a forger's are counted too",
        )
    ]


async def _ready() -> str | None:
    return None


async def test_a_platform_this_process_could_not_call_for_want_of_files_is_named_by_readyz_not_as_down() -> (
    None
):
    async def check() -> str | None:
        return None

    breakers = Breakers(lambda: 0.0, lambda: datetime(2026, 12, 8, 3, 0, tzinfo=UTC), opens_after=1)
    app = build_http_app(Lifecycle(), check, CollectorRegistry(), (), errors=ERRORS, breakers=breakers)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://gateway")
    breakers.of("iopole").host_ran_out(
        "open files at this process's limit (EMFILE: RLIMIT_NOFILE 1024, ulimit -n)"
    )
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "platforms_not_reached": {
            "iopole": "this process ran out of open files at this process's limit (EMFILE: RLIMIT_NOFILE 1024,"
            " ulimit -n) (since 2026-12-08T03:00:00+00:00)"
        },
    }
    assert breakers.open() == {}  # the platform is not taken for down

    breakers.of("iopole").answered()
    assert (await client.get("/readyz")).json() == {"status": "ready"}
