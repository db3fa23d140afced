"""Run-wide guards: a test run leaves nothing in the checkout (no embedded database in its default data folder), and
no unit test starts while a task left by an earlier test runs on the run's one event loop."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

import service  # noqa: F401  (first: switches gRPC's fork handlers off before anything loads grpc)
from adapters.postgres.embedded import default_data_dir

_DEFAULT_DATA_DIR = default_data_dir()
_existed_before = _DEFAULT_DATA_DIR.exists()
_LOOP: list[asyncio.AbstractEventLoop] = []  # the session's loop (pytest.ini: one loop for the whole run)
_SETTLE_S = 0.05  # a task cancelled by a teardown ends within a few turns of the loop
_REPORTED: weakref.WeakSet[asyncio.Task[object]] = weakref.WeakSet()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _existed_before and _DEFAULT_DATA_DIR.exists():
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"a test started the embedded PostgreSQL in the default data folder {_DEFAULT_DATA_DIR}: "
                "give it DATABASE_URL or PGDATA_DIR (tests/support/database.py)",
                red=True,
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest_asyncio.fixture(scope="session", loop_scope="session", autouse=True)
async def _the_runs_loop() -> AsyncIterator[None]:
    _LOOP.append(asyncio.get_running_loop())
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    """A unit test starts on a quiet loop. The e2e tests' session-wide gateway kept its supervised tasks running
    through every later test: its schema check's "works again" WARNING landed in a unit test's log capture (s18)."""
    if _LOOP and item.nodeid.startswith("tests/unit/") and not _LOOP[0].is_closed():
        left = _running(_LOOP[0])
        if left:
            _LOOP[0].run_until_complete(asyncio.sleep(_SETTLE_S))
            left = [task for task in _running(_LOOP[0]) if task not in _REPORTED]
        if left:
            _REPORTED.update(
                left
            )  # one error per leak, on the first unit test it meets, not on every one after
            # the tasks given a name first (a supervisor's, a server's): they say whose they are
            by_name = sorted(left, key=lambda t: (t.get_name().startswith("Task-"), t.get_name()))
            named = ", ".join(
                f"{t.get_name()} ({getattr(t.get_coro(), '__qualname__', '?')})" for t in by_name[:5]
            )
            pytest.fail(
                f"{len(left)} task(s) an earlier test or a fixture of a wider scope left running on the run's event "
                f"loop: {named}; stop them in that fixture's or test's teardown",
                pytrace=False,
            )
    yield


def _running(loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[object]]:
    return [task for task in asyncio.all_tasks(loop) if not task.done()]
