"""What the server exposes: each gRPC service by its full name, its generated adder and its servicer; and the base
of the servicers that are the face of one use-case API."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from service.grpc.errors import ErrorTable

Api = TypeVar("Api")


@dataclass(frozen=True, slots=True)
class GrpcService:
    """One service to expose: its full name (for health and reflection), its generated adder and servicer."""

    name: str
    add_to_server: Any  # the generated add_XxxServicer_to_server
    servicer: Any


def exposing(messages: ModuleType, stubs: ModuleType) -> Callable[[object], GrpcService]:
    """How to expose a servicer of the one service declared by a generated `*_service_pb2` module (`messages`; each
    of our service protos declares one): under its full name, with the `add_<Service>Servicer_to_server` of its
    `*_pb2_grpc` (`stubs`). Read from the generated modules so that a service is exposed by one line naming its
    proto and its servicer; read at import time, as the container cannot copy modules into its providers."""
    (service,) = messages.DESCRIPTOR.services_by_name.values()
    add_to_server = getattr(stubs, f"add_{service.name}Servicer_to_server")
    return functools.partial(GrpcService, service.full_name, add_to_server)


class ApiServicer(Generic[Api]):
    """A servicer is the gRPC face of one use-case API: its methods read a request, call the API and map the
    answer back, with no logic of their own. Subclasses also inherit their generated `XxxServiceServicer`."""

    def __init__(self, api: Api, *, errors: ErrorTable) -> None:
        """`errors`: the table its methods answer failures through (service.grpc.errors.maps_errors)."""
        self._api = api
        self.errors = errors
