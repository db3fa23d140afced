"""The rich error details of a gRPC status (google.rpc: BadRequest, ErrorInfo, RetryInfo...), as tests read them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def details_of(packed: Iterable[Any], kind: Any) -> list[Any]:
    """Each detail of type `kind` (a google.rpc message class) among the status's packed `Any` details."""
    found = []
    for any_ in packed:
        if any_.Is(kind.DESCRIPTOR):
            detail = kind()
            any_.Unpack(detail)
            found.append(detail)
    return found
