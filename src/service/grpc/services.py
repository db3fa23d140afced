"""What the server exposes: each gRPC service by its full name, its generated adder and its servicer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class GrpcService:
    """One service to expose: its full name (for health and reflection), its generated adder and servicer."""

    name: str
    add_to_server: Any  # the generated add_XxxServicer_to_server
    servicer: Any
