"""doctor's `tasks` check reads the running serve's /readyz: dead background tasks fail, a degraded part warns."""

from __future__ import annotations

import httpx

from service.observability.doctor import Result, check_serve

BASE, WEBHOOK = "http://127.0.0.1:8080", "/webhooks/iopole/status"


def _serve(readyz: httpx.Response) -> httpx.AsyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(405) if request.url.path == WEBHOOK else readyz

    return httpx.AsyncClient(transport=httpx.MockTransport(answer))


async def _tasks(readyz: httpx.Response) -> tuple[Result, str]:
    async with _serve(readyz) as http:
        checks = {c.name: c for c in await check_serve(http, BASE, [WEBHOOK])}
    assert checks["webhook-route"].result is Result.OK
    return checks["tasks"].result, checks["tasks"].detail


async def test_everything_alive_is_ok() -> None:
    assert (await _tasks(httpx.Response(200, json={"status": "ready"})))[0] is Result.OK


async def test_a_grpc_worker_given_up_on_warns_and_names_it() -> None:
    why = "exited 6 times within a minute (last exit code 1); not restarted"
    body = {"status": "ready", "degraded": {"grpc-worker-0": why}}
    result, detail = await _tasks(httpx.Response(200, json=body))
    assert result is Result.WARN and f"grpc-worker-0 ({why})" in detail


async def test_a_background_task_down_fails_and_names_it() -> None:
    body = {"status": "background tasks down", "down": {"inbox-worker": "RuntimeError: boom"}}
    result, detail = await _tasks(httpx.Response(503, json=body))
    assert result is Result.FAIL and detail == "down: inbox-worker (RuntimeError: boom)"


async def test_a_background_task_dead_or_stalled_while_the_replica_stays_ready_fails_and_names_it() -> None:
    stalled = "stalled: its loop has not turned for 601 s, 0 item(s) in flight (bound 600 s)"
    body = {"status": "ready", "down": {"declaration-relay": stalled}}
    async with _serve(httpx.Response(200, json=body)) as http:
        checks = {c.name: c for c in await check_serve(http, BASE, [WEBHOOK])}
    assert checks["tasks"].result is Result.FAIL
    assert checks["tasks"].detail == f"down: declaration-relay ({stalled})"
    assert "liveness probe restarts serve" in checks["tasks"].advice
    body = {"status": "ready", "down": {"inbox-worker": "RuntimeError: boom"}}
    result, detail = await _tasks(httpx.Response(200, json=body))
    assert result is Result.FAIL and detail == "down: inbox-worker (RuntimeError: boom)"


async def test_a_platform_whose_calls_are_held_warns_naming_it_and_the_tasks_stay_ok() -> None:
    held = (
        "down since 2026-12-07T13:00:00+00:00: calls held, one probe every 5 s (120 held; last failure: 503)"
    )
    body = {"status": "ready", "platforms_down": {"iopole": held}}
    async with _serve(httpx.Response(200, json=body)) as http:
        checks = {c.name: c for c in await check_serve(http, BASE, [WEBHOOK])}
    assert checks["tasks"].result is Result.OK
    assert checks["platform-breaker"].result is Result.WARN
    assert checks["platform-breaker"].detail == f"iopole: {held}"


async def test_a_platform_this_process_could_not_call_for_want_of_files_warns_as_this_hosts_fault() -> None:
    why = "this process ran out of open files at this process's limit (EMFILE: RLIMIT_NOFILE 1024, ulimit -n)"
    body = {"status": "ready", "platforms_not_reached": {"iopole": why}}
    async with _serve(httpx.Response(200, json=body)) as http:
        checks = {c.name: c for c in await check_serve(http, BASE, [WEBHOOK])}
    assert checks["tasks"].result is Result.OK and "platform-breaker" not in checks
    assert checks["platform-calls"].result is Result.WARN
    assert checks["platform-calls"].detail == f"iopole: {why}"
    assert "ulimit -n" in checks["platform-calls"].advice
