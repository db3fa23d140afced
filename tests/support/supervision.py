"""Background tasks of a test under the production supervisor (service.workers.supervisor), with short restart delays."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from adapters.postgres.outage import is_outage
from service.workers.supervisor import RestartPolicy, Run, Supervisor

FAST_RESTARTS = RestartPolicy(base_s=0.05, cap_s=0.5, healthy_after_s=0.5, stop_timeout_s=30)


@contextlib.asynccontextmanager
async def supervised(**runs: Run) -> AsyncIterator[Supervisor]:
    """Each `name=run` supervised for the block (underscores in names become dashes), all stopped after it."""
    supervisor = Supervisor(FAST_RESTARTS, is_outage=is_outage)
    for name, run in runs.items():
        supervisor.start(name.replace("_", "-"), run)
    try:
        yield supervisor
    finally:
        await supervisor.close()
