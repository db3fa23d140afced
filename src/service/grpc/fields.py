"""One field table per message: the fields a domain value and its protobuf message share by name, copied either way.

A table names each shared field once, by its kind: plain (text, bytes, bool, int: the same value on both sides), or
a decimal, a day, an enum or an instant, which travel as their wire form (`decimal_text`, `day_text`,
`enum_to_proto`, `timestamp`), or a field written through a function of the table's own (`via`: a nested message,
a list of them, an absent value's wire form). `to_proto` writes every field of the table; `from_proto` copies back
only the plain ones: a request's decimal, date or enum can be malformed and is read through `RequestReader`, which
names the field and its business term in the finding, so the caller passes every other field of the table, and
`from_proto` refuses to build without one rather than let the domain's default stand in for it. A field the table
does not hold (renamed, computed, read with a default) is the caller's, as a keyword of either call; naming a field
the table holds there too is a TypeError.

A table is checked when it is built (at import): every name must be a field of the message and of the domain
dataclass, so a field renamed on one side fails at start-up, not as a silently empty value on the wire. Both copies
are generated then as plain Python (as `dataclasses` writes `__init__`): the whole invoice is mapped on the submit
path, and a loop over the table at each call cost a third more than the hand-written copies did.
"""

from __future__ import annotations

import dataclasses
import keyword
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp

from domain.money import format_decimal
from service.grpc.request_reader import enum_to_proto

D = TypeVar("D")
M = TypeVar("M", bound=Message)


def decimal_text(value: Decimal | None) -> str:
    """A decimal on the wire: its plain text, empty when absent."""
    return "" if value is None else format_decimal(value)


def day_text(value: date | None) -> str:
    """A day on the wire: ISO 8601, empty when absent."""
    return "" if value is None else value.isoformat()


def timestamp(value: datetime) -> Timestamp:
    """An instant on the wire; a naive datetime is taken as UTC."""
    ts = Timestamp()
    ts.FromDatetime(value if value.tzinfo else value.replace(tzinfo=UTC))
    return ts


def each(write: Callable[[Any], Any]) -> Callable[[Iterable[Any] | None], list[Any]]:
    """A repeated field's writer from its element's; None is an empty list."""
    return lambda values: [write(v) for v in values or ()]


def optional(write: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """An optional message field's writer: None stays unset."""
    return lambda value: None if value is None else write(value)


class Fields(Generic[D, M]):
    """The fields `domain` and `message` share, by kind; see the module's docstring."""

    to_proto: Callable[..., M]
    """`to_proto(value, **rest)`: the message of `value`; `rest`, the fields the table does not hold."""
    from_proto: Callable[..., D]
    """`from_proto(msg, **read)`: the domain value; `read`, every non-plain field of the table as the caller read
    it, and any field the table does not hold."""

    def __init__(
        self,
        domain: type[D],
        message: type[M],
        *plain: str,
        decimals: Iterable[str] = (),
        days: Iterable[str] = (),
        enums: Iterable[str] = (),
        instants: Iterable[str] = (),
        via: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        written: dict[str, Callable[[Any], Any]] = {}
        for names, write in (
            (decimals, decimal_text),
            (days, day_text),
            (enums, enum_to_proto),
            (instants, timestamp),
        ):
            written.update(dict.fromkeys(names, write))
        written.update(via or {})
        _check(domain, message, [*plain, *written])
        self.to_proto, self.from_proto = _compile(domain, message, plain, written)


def _compile(
    domain: type, message: type[Message], plain: tuple[str, ...], written: dict[str, Callable[[Any], Any]]
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """Both copies as source, compiled once; only checked field names and generated local names go in it."""
    scope: dict[str, Any] = {"_domain": domain, "_message": message}
    scope.update({f"_write_{name}": write for name, write in written.items()})
    out = [f"{name}=_value.{name}" for name in plain]
    out += [f"{name}=_write_{name}(_value.{name})" for name in written]
    back = [f"{name}=_msg.{name}" for name in plain] + [f"{name}={name}" for name in written]
    # keyword-only and without default: Python itself refuses a call that lacks one
    required = ", *" + "".join(f", {name}" for name in written) if written else ""
    source = (
        f"def to_proto(_value, /, **_rest):\n    return _message({', '.join([*out, '**_rest'])})\n"
        f"def from_proto(_msg, /{required}, **_read):\n    return _domain({', '.join([*back, '**_read'])})\n"
    )
    exec(compile(source, f"<fields of {message.__name__}>", "exec"), scope)  # names: identifiers (_check)
    return scope["to_proto"], scope["from_proto"]


def _check(domain: type, message: type[Message], names: list[str]) -> None:
    on_message = message.DESCRIPTOR.fields_by_name
    on_domain = {f.name for f in dataclasses.fields(domain)} if dataclasses.is_dataclass(domain) else None
    for name in names:
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise TypeError(f"{name!r} cannot name a field")
        if name not in on_message:
            raise TypeError(f"{message.__name__} has no field {name!r}")
        if on_domain is not None and name not in on_domain:
            raise TypeError(f"{domain.__name__} has no field {name!r}")
    if len(set(names)) != len(names):
        raise TypeError(f"{message.__name__}: a field is named twice in its table")
