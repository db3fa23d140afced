"""The typed settings of config.yml: for each, the environment variable it comes from and the rule its value keeps.

Every typed value the service reads goes through `typed(config, VARIABLE)`, so that a bad one stops the start-up
with one line naming the variable and its rule (`GRPC_PORT must be an integer 0-65535, not 'abc'`) instead of a
traceback about `int()`. `check(config)` reads them all at once, before anything starts: a wrong value is found
before the embedded PostgreSQL is up, not when the first provider that needs it is built. The strings (hosts, URLs,
keys, files) are the platforms' and profiles' to check; they are not here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from dependency_injector import providers

from adapters.pdp.registry import PLATFORMS
from domain.platform import DOCUMENT_FORMATS

DAY_S = 86_400  # no wait, timeout or interval of the service is meant to be longer than a day
SHOWN_CHARACTERS = 40  # of a bad value in the message: enough to recognise it, not a log flood


class BadSetting(ValueError):
    """A setting's value breaks its rule; the message names the variable and the rule."""


@dataclass(frozen=True, slots=True)
class Rule:
    says: str  # what a good value is, in the message: "an integer 1-65535"
    read: Callable[[str], Any]  # the value, or ValueError


@dataclass(frozen=True, slots=True)
class Setting:
    path: str  # in config.yml: "grpc.port"
    variable: str  # the environment variable config.yml fills it from: "GRPC_PORT"
    rule: Rule

    def __call__(self, raw: object) -> Any:
        text = "" if raw is None else str(raw).strip()
        try:
            return self.rule.read(text)
        except (ValueError, ArithmeticError) as exc:
            shown = text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "..."
            raise BadSetting(f"{self.variable} must be {self.rule.says}, not {shown!r}") from exc


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


def one_of(choices: Iterable[str], *, fold: Callable[[str], str] = str) -> Rule:
    allowed = tuple(sorted(choices))

    def read(text: str) -> str:
        if fold(text) not in allowed:
            raise ValueError(text)
        return text

    return Rule("one of " + ", ".join(allowed), read)


_PORT = integer(0, 65_535, " (0: a free port)")
_COUNT = integer(1, 100_000)
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")

SETTINGS: tuple[Setting, ...] = (
    Setting("grpc.port", "GRPC_PORT", _PORT),
    Setting("grpc.grace_s", "GRPC_GRACE_S", seconds(0, 3600)),
    Setting("grpc.max_message_mb", "GRPC_MAX_MESSAGE_MB", integer(1, 2047)),  # in bytes, a gRPC int32
    Setting("grpc.workers", "GRPC_WORKERS", integer(0, 64, " (0: one per core)")),
    Setting("http.port", "HTTP_PORT", _PORT),
    Setting("db.pool_min", "DB_POOL_MIN", integer(0, 1000)),
    Setting("db.pool_max", "DB_POOL_MAX", integer(1, 1000)),
    Setting("submit.batch_max", "SUBMIT_BATCH_MAX", _COUNT),
    Setting("submit.queue_max", "SUBMIT_QUEUE_MAX", _COUNT),
    Setting("submit.in_flight", "SUBMIT_IN_FLIGHT", integer(0, 64, " (0: off)")),
    Setting("submit.linger_ms", "SUBMIT_LINGER_MS", seconds(0, 10_000, unit="milliseconds")),
    Setting("pdp.provider", "PDP_PROVIDER", one_of(PLATFORMS)),
    Setting("pdp.connect_timeout_s", "PDP_CONNECT_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.timeout_s", "PDP_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.upload_timeout_s", "PDP_UPLOAD_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.max_connections", "PDP_MAX_CONNECTIONS", integer(1, 10_000)),
    Setting("pdp.sandbox_step_delay_s", "SANDBOX_STEP_DELAY_S", seconds(0)),
    Setting("pdp.sandbox_rejection_share", "SANDBOX_REJECTION_SHARE", share()),
    Setting("pdp.sandbox_routing_error_share", "SANDBOX_ROUTING_ERROR_SHARE", share()),
    Setting("documents.worker_memory_mb", "DOCUMENT_WORKER_MEMORY_MB", integer(64, 1_048_576)),
    Setting("documents.worker_time_s", "DOCUMENT_WORKER_TIME_S", seconds(0, 3600, above=True)),
    Setting("pipeline.document_format", "DOCUMENT_FORMAT", one_of(DOCUMENT_FORMATS)),
    Setting("pipeline.workers", "PIPELINE_WORKERS", integer(0, 64, " (0: one per core)")),
    Setting("pipeline.concurrency", "PIPELINE_CONCURRENCY", integer(1, 10_000)),
    Setting("pipeline.batch_size", "PIPELINE_BATCH_SIZE", integer(1, 10_000)),
    Setting("pipeline.lease_s", "PIPELINE_LEASE_S", seconds(0, above=True)),
    Setting("pipeline.poll_interval_s", "PIPELINE_POLL_S", seconds(0, above=True)),
    Setting("pipeline.max_attempts", "PIPELINE_MAX_ATTEMPTS", integer(1, 1000)),
    # a platform outage may outlast a long weekend, not a fortnight: past a week an operator must look
    Setting("pipeline.outage_patience_s", "PIPELINE_OUTAGE_PATIENCE_S", seconds(60, 7 * DAY_S)),
    Setting("pipeline.stop_grace_s", "PIPELINE_STOP_GRACE_S", seconds(0, 3600)),
    Setting("reception.max_body_bytes", "WEBHOOK_MAX_BODY_BYTES", integer(1, 1 << 31)),
    Setting("reception.tolerance_s", "WEBHOOK_TOLERANCE_S", integer(1, DAY_S)),
    Setting("reception.worker_concurrency", "RECEPTION_WORKERS", integer(1, 1000)),
    Setting("reception.poll_interval_s", "RECEPTION_POLL_INTERVAL_S", seconds(0, above=True)),
    Setting("reception.readable_timeout_s", "READABLE_VIEW_TIMEOUT_S", seconds(0, 600, above=True)),
    Setting("log.level", "LOG_LEVEL", one_of(_LOG_LEVELS, fold=str.upper)),
)
_BY_VARIABLE = {s.variable: s for s in SETTINGS}


def read(variable: str, raw: object) -> Any:
    """`raw`, the value config.yml holds for `variable`, checked and typed."""
    return _BY_VARIABLE[variable](raw)


def typed(config: providers.Configuration, variable: str) -> providers.Provider[Any]:
    """The setting of `variable` as a provider of its checked value (what `config.x.as_int()` was)."""
    setting = _BY_VARIABLE[variable]
    section, key = setting.path.split(".")
    # the key by item: as an attribute, `provider` would be the option's own provider
    option: Any = getattr(config, section)[key]
    return option.as_(setting)


def typed_section(
    config: providers.Configuration,
    section: str,
    *,
    renamed: Mapping[str, str] | None = None,
    without: tuple[str, ...] = (),
) -> dict[str, providers.Provider[Any]]:
    """The typed settings of a section, by key (or the name `renamed` gives it), but those `without`: the keywords
    of the options object the section configures (PipelineConfig, PlatformOptions)."""
    names = renamed or {}
    return {
        names.get(key, key): typed(config, s.variable)
        for s in SETTINGS
        for part, key in [s.path.split(".")]
        if part == section and key not in without
    }


def check(config: providers.Configuration) -> None:
    """Every typed setting read now: the first bad one raises BadSetting; then the rules between settings."""
    for setting in SETTINGS:
        setting(config.get(setting.path))
    pool_min, pool_max = (read(v, config.get(_BY_VARIABLE[v].path)) for v in ("DB_POOL_MIN", "DB_POOL_MAX"))
    if pool_min > pool_max:  # asyncpg would refuse it with a traceback once the database is up
        raise BadSetting(f"DB_POOL_MIN must be at most DB_POOL_MAX ({pool_max}), not {str(pool_min)!r}")
