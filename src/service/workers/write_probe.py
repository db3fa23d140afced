"""Whether the database takes writes: a database whose disk is full, or that is read-only (a standby reached after a
failover, a managed server that set itself read-only), still answers reads, so its readiness check and doctor's
connection passed while every write failed. A supervised task of the main process writes a probe every `interval_s`
(adapters.postgres.operations.write_probe: nothing of the gateway's is touched); `/readyz` says not ready while the
last probe was refused, naming why, and `/metrics` has `pdp_gateway_database_writable`.

Only a refusal to write changes what is known: a probe that fails otherwise (the database unreachable, no connection
in time) leaves it as it was, the readiness check says those itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from prometheus_client.core import GaugeMetricFamily

from service.observability.metrics import fixed_exposition
from service.workers.pause import pause
from service.workers.supervisor import Supervisor

_log = logging.getLogger(__name__)

Probe = Callable[[], Awaitable[str | None]]  # why the database refused the write, None when it wrote
WRITE_PROBE_S = 10.0
PROBE_TIMEOUT_S = 15.0  # the probe's own statement timeout (10 s) and a wait for a connection


class WriteProbe:
    def __init__(self, probe: Probe, interval_s: float = WRITE_PROBE_S) -> None:
        if not interval_s > 0:
            raise ValueError("the write probe's interval must be positive")
        self._probe = probe
        self._interval_s = interval_s
        self.wrote: bool | None = None  # None until a probe is answered
        self.refused: str | None = None  # why the last answered probe was refused

    async def once(self) -> None:
        try:
            async with asyncio.timeout(PROBE_TIMEOUT_S):
                refused = await self._probe()
        except Exception as exc:  # noqa: BLE001 - not answered: what is known stays, the readiness check says why
            _log.info("write probe not answered (%s)", type(exc).__name__)
            return
        if refused is not None and refused != self.refused:
            _log.error("the database refuses to write: %s (docs/on-call.md)", refused)
        elif refused is None and self.refused is not None:
            _log.warning("the database writes again (it refused: %s)", self.refused)
        self.wrote, self.refused = refused is None, refused

    async def run(self, stop: asyncio.Event) -> None:
        """A probe every interval until `stop` (a supervised task, never gated: it claims no row)."""
        while not stop.is_set():
            await self.once()
            await pause(stop, self._interval_s)

    def exposition(self) -> bytes:
        """`pdp_gateway_database_writable`: 1 when the last probe wrote, 0 when it was refused; absent before one
        was answered."""
        family = GaugeMetricFamily(
            "pdp_gateway_database_writable",
            "1 when the database took this replica's last write probe, 0 when it refused it (disk full, read-only)",
        )
        if self.wrote is not None:
            family.add_metric([], 1.0 if self.wrote else 0.0)
        return fixed_exposition([family])


async def init_write_probe(
    probe: Probe, supervisor: Supervisor, interval_s: float = WRITE_PROBE_S
) -> AsyncIterator[WriteProbe]:
    """Resource: the probe, supervised from now until shutdown; its first probe is written before serving starts."""
    writes = WriteProbe(probe, interval_s)
    await writes.once()
    task = supervisor.start("write-probe", writes.run, gated=False)
    try:
        yield writes
    finally:
        await supervisor.stop(task)
