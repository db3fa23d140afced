"""What a good setting value is: the rules that the service's settings table (service.wiring.settings) and each
platform package (the SETTINGS of adapters/pdp/<provider>/config.py) declare their settings with, and the one line
a bad value gets: `GRPC_PORT must be an integer 0-65535 (0: a free port), not 'abc'`.

A rule that guards a secret (a client secret, a webhook key) or a URL (which may carry credentials, `user:pw@` or
`?client_secret=`) never shows the value: the line says so instead. The rules are here, under adapters, because the
platform packages declare their own settings with them and adapters import nothing of the service.
"""

from __future__ import annotations

import ipaddress
import math
import socket
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

DAY_S = 86_400  # no wait, timeout or interval of the service is meant to be longer than a day
SHOWN_CHARACTERS = 40  # of a bad value in the message: enough to recognise it, not a log flood
URL_CHARACTERS = 2048  # what browsers and proxies reliably carry; a base URL is far shorter


class BadSetting(ValueError):
    """A setting's value breaks its rule; the message names the variable and the rule."""


@dataclass(frozen=True, slots=True)
class Rule:
    says: str  # what a good value is, in the message: "an integer 1-65535"
    read: Callable[[str], Any]  # the value, or ValueError
    shown: bool = True  # False: a secret, or may hold one; a bad value is never quoted


def judged(variable: str, rule: Rule, raw: object) -> Any:
    """`raw` (None: unset) read by `rule`, or BadSetting naming `variable` and the rule."""
    text = "" if raw is None else str(raw).strip()
    try:
        return rule.read(text)
    except (ValueError, ArithmeticError) as exc:
        if not rule.shown:
            raise BadSetting(f"{variable} must be {rule.says} (value not shown)") from None
        shown = text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "..."
        raise BadSetting(f"{variable} must be {rule.says}, not {shown!r}") from exc


def judged_all(rules: Mapping[str, Rule], values: Mapping[str, object]) -> dict[str, Any]:
    """Each of `rules`' settings read from `values` (a missing one as unset), in the rules' order: the first bad
    one raises BadSetting."""
    return {variable: judged(variable, rule, values.get(variable)) for variable, rule in rules.items()}


def integer(low: int, high: int, note: str = "") -> Rule:
    def read(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise ValueError(text)
        return value

    return Rule(f"an integer {low}-{high}{note}", read)


def seconds(low: float, high: float = DAY_S, *, above: bool = False, unit: str = "seconds") -> Rule:
    """A duration; `above`: `low` itself excluded (a timeout of 0 would fail every call)."""

    def read(text: str) -> float:
        value = float(text)
        if not math.isfinite(value) or value < low or (above and value == low) or value > high:
            raise ValueError(text)
        return value

    bound = f"above {low:g}" if above else f"{low:g}"
    return Rule(f"a duration in {unit}, {bound} to {high:g}", read)


def share() -> Rule:
    def read(text: str) -> Decimal:
        value = Decimal(text)
        if not value.is_finite() or not 0 <= value <= 1:
            raise InvalidOperation(text)
        return value

    return Rule("a decimal share 0-1", read)


def one_of(choices: Iterable[str], *, fold: Callable[[str], str] = str, empty: str = "") -> Rule:
    """One of `choices` (compared after `fold`); `empty`: what an empty value means, if it is allowed."""
    allowed = tuple(sorted(choices))

    def read(text: str) -> str:
        if empty and not text:
            return text
        if fold(text) not in allowed:
            raise ValueError(text)
        return text

    return Rule("one of " + ", ".join(allowed) + (f" (empty: {empty})" if empty else ""), read)


def listen_host() -> Rule:
    """An address of this host, or a name resolving to one, for a server to listen on; an IPv6 address with or
    without its brackets (`[::]`, `::1`). The value read is bare: each server writes it as it needs (gRPC wants the
    brackets back, uvicorn none). Looked up now, so that a typo stops the start-up before the database is started,
    where the servers' own binds failed with a traceback once it ran."""

    def read(text: str) -> str:
        bare = text.removeprefix("[").removesuffix("]")
        if not bare:  # set but empty (a compose file's `${GRPC_HOST}` unset): gRPC's bind failed, a traceback
            raise ValueError(text)
        try:
            socket.getaddrinfo(bare, 0, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        except (OSError, UnicodeError) as exc:  # socket.gaierror; a label the IDNA codec refuses ("a..b")
            raise ValueError(text) from exc
        return bare

    return Rule(
        "an address of this host or a name that resolves to one (an IPv6 address with or without [])", read
    )


def url(*, required: bool = False) -> Rule:
    """A base URL the gateway calls: absolute https, a host, no credentials (they go in their own settings, which
    are never logged), no query or fragment (paths are appended to it). Plain http only to this machine (a
    simulator, a sidecar that holds the TLS): to another, the client secret, the tokens and every invoice would
    cross the network in clear, and anyone on the way could answer as the platform."""

    def read(text: str) -> str:
        if not text and not required:
            return text
        parts = urlsplit(text)
        if (
            len(text) > URL_CHARACTERS
            or parts.scheme not in ("http", "https")
            or not parts.hostname
            or (parts.scheme == "http" and not _this_machine(parts.hostname))
            or "@" in parts.netloc
            or parts.query
            or parts.fragment
            or not text.isprintable()
            or " " in text
        ):
            raise ValueError("not a base URL")
        return text

    optional = "" if required else " (or empty)"
    return Rule(
        "an absolute https URL (http to this machine only) with a host, without credentials, query or fragment,"
        f" at most {URL_CHARACTERS} characters{optional}",
        read,
        shown=False,
    )


def _this_machine(host: str) -> bool:
    """A loopback host: `localhost`, 127.0.0.0/8 or ::1 (by address; no name is resolved)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def text(most: int, *, required: bool = False, secret: bool = False, visible_ascii: bool = False) -> Rule:
    """Free text of at most `most` characters: printable (no control character, which would break a header or a log
    line), or visible ASCII only (`visible_ascii`: no space, for what goes into a header as is)."""

    def read(value: str) -> str:
        if required and not value:
            raise ValueError("empty")
        if len(value) > most:
            raise ValueError("too long")
        if visible_ascii and not all(0x21 <= ord(c) <= 0x7E for c in value):
            raise ValueError("not visible ASCII")
        if not value.isprintable():
            raise ValueError("not printable")
        return value

    kind = "visible ASCII characters" if visible_ascii else "printable characters"
    size = f"1 to {most}" if required else f"at most {most}"
    return Rule(f"{size} {kind}", read, shown=not secret)
