"""Who acts: the actor of every audited action, captured once at the edge and carried as a domain value.

The edges set it (`acting_as`) for the code they run: the gRPC auth interceptor (the API key's id and name, the
call's request id), the CLI (the operating-system user), the webhook receiver and the pollers (the platform), the
workers (the gateway itself, the default). Whatever records an audit entry reads it from there (`current_acting`,
the default of `AuditEvent.acting`), so no use case and no servicer passes an actor by hand.

A ContextVar follows asyncio tasks: a task started while acting as someone keeps that actor, and a value set
inside a task never leaks to its parent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum


class ActorKind(StrEnum):
    API_KEY = "api_key"  # a client of the gRPC API: the key's id, its name
    CLI = "cli"  # an operator on a host of the gateway: the operating-system user
    PLATFORM = "platform"  # the platform (webhook, polling): its name
    GATEWAY = "gateway"  # the gateway on its own (dispatcher, relays, workers)


@dataclass(frozen=True, slots=True)
class Actor:
    kind: ActorKind
    id: str
    name: str = ""

    @property
    def label(self) -> str:
        """`kind:id`, as the audit log's `actor` column holds it (the name goes beside it)."""
        return f"{self.kind.value}:{self.id}"

    @classmethod
    def api_key(cls, key_id: str, name: str) -> Actor:
        return cls(ActorKind.API_KEY, key_id, name)

    @classmethod
    def cli(cls, user: str) -> Actor:
        return cls(ActorKind.CLI, user or "unknown", "pdp-gateway CLI")

    @classmethod
    def platform(cls, name: str) -> Actor:
        return cls(ActorKind.PLATFORM, name, name)


GATEWAY = Actor(ActorKind.GATEWAY, "pdp-gateway", "pdp-gateway")


@dataclass(frozen=True, slots=True)
class Acting:
    """An actor, and the request id its action came with ("" for work the gateway started itself)."""

    actor: Actor
    request_id: str = ""


_acting: ContextVar[Acting] = ContextVar("acting", default=Acting(GATEWAY))  # noqa: B039 - frozen value


def current_acting() -> Acting:
    """Who is acting here: the gateway itself unless an edge said otherwise."""
    return _acting.get()


def set_acting(acting: Acting) -> None:
    """For an edge whose context ends with the call it serves (a gRPC interceptor's call context)."""
    _acting.set(acting)


@contextmanager
def acting_as(actor: Actor, request_id: str = "") -> Iterator[Acting]:
    """Act as `actor` within the block (the CLI, a webhook delivery, a polled status)."""
    acting = Acting(actor, request_id)
    token = _acting.set(acting)
    try:
        yield acting
    finally:
        _acting.reset(token)
