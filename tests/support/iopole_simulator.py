"""Re-export of the IOPOLE simulator for tests (the implementation lives in src so bench and `make run` can use it)."""

from tests.support.simulators.faults import Fault, FaultQueue
from tests.support.simulators.iopole_app import (
    TOKEN_PATH,
    CallbackDelivery,
    Company,
    IopoleSimulator,
    seed_directory,
)

__all__ = [
    "TOKEN_PATH",
    "CallbackDelivery",
    "Company",
    "Fault",
    "FaultQueue",
    "IopoleSimulator",
    "seed_directory",
]
