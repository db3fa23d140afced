"""A gRPC worker process (GRPC_WORKERS > 1): `python -m service.wiring.grpc_worker`, started and supervised by
service.wiring.processes.GrpcWorkers. It serves gRPC calls only and stops when its parent goes away."""

from __future__ import annotations

import asyncio
import logging
import os

from aio.tasks import cancel_all
from service.observability.metrics import publish_gc
from service.wiring.container import Container
from service.wiring.event_loop import run
from service.wiring.processes import PARENT_CHECK_S, expected_parent, without_background_work
from service.wiring.server import serve

_log = logging.getLogger(__name__)


async def _stop_with_parent(parent: int, stop: asyncio.Event) -> None:
    """Stops this worker when the main process is gone; on each look, publishes the worker's garbage collector
    figures for the main process's /metrics (they can only be read in here: service.observability.metrics)."""
    while os.getppid() == parent:
        publish_gc("grpc_worker")
        await asyncio.sleep(PARENT_CHECK_S)
    _log.error("grpc worker: the main process is gone; stopping")
    stop.set()


async def _serve_worker() -> None:
    container = Container()
    without_background_work(container)
    watcher = asyncio.Event()
    task = asyncio.create_task(_stop_with_parent(expected_parent(), watcher))
    try:
        await serve(container, main=False, stop=watcher)
    finally:
        await cancel_all([task])


def main() -> None:
    run(_serve_worker())


if __name__ == "__main__":
    main()
