"""Run-wide guard: a test run leaves nothing in the checkout (no embedded database in its default data folder)."""

from __future__ import annotations

import pytest

import service  # noqa: F401  (first: switches gRPC's fork handlers off before anything loads grpc)
from adapters.postgres.embedded import default_data_dir

_DEFAULT_DATA_DIR = default_data_dir()
_existed_before = _DEFAULT_DATA_DIR.exists()


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
