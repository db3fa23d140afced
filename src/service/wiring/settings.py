"""The typed settings of config.yml: for each, the environment variable it comes from and the rule its value keeps.

Every typed value the service reads goes through `typed(config, VARIABLE)`, so that a bad one stops the start-up
with one line naming the variable and its rule (`GRPC_PORT must be an integer 0-65535, not 'abc'`) instead of a
traceback about `int()`. `check(config)` reads them all at once, before anything starts: a wrong value is found
before the embedded PostgreSQL is up, not when the first provider that needs it is built. It also checks the chosen
platform's own settings (URLs, ids, keys) by the rules its package declares (adapters.pdp.registry.SETTING_RULES),
then the profiles of PLATFORM_PROFILES_FILE, each by its platform's rules; the other platforms' are not read. The rules themselves, and the one line a bad value gets, are adapters.setting_rules.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dependency_injector import providers

from adapters.pdp.calls import CALL_BUDGET_S, call_deadline
from adapters.pdp.exchange import exchange_budget
from adapters.pdp.profiles import load_profiles
from adapters.pdp.registry import PLATFORMS, SETTING_RULES
from adapters.pdp.registry import SETTINGS as PLATFORM_SETTINGS
from adapters.pdp.timeouts import Timeouts
from adapters.setting_rules import (
    DAY_S,
    BadSetting,
    Rule,
    integer,
    judged,
    judged_all,
    listen_host,
    one_of,
    seconds,
    share,
)
from domain.platform import DOCUMENT_FORMATS, PlatformConfigError
from domain.platform_profile import PlatformOptions


@dataclass(frozen=True, slots=True)
class Setting:
    path: str  # in config.yml: "grpc.port"
    variable: str  # the environment variable config.yml fills it from: "GRPC_PORT"
    rule: Rule

    def __call__(self, raw: object) -> Any:
        return judged(self.variable, self.rule, raw)


_PORT = integer(0, 65_535, " (0: a free port)")
_COUNT = integer(1, 100_000)
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")

SETTINGS: tuple[Setting, ...] = (
    Setting("grpc.host", "GRPC_HOST", listen_host()),
    Setting("grpc.port", "GRPC_PORT", _PORT),
    Setting("grpc.grace_s", "GRPC_GRACE_S", seconds(0, 3600)),
    Setting("grpc.max_message_mb", "GRPC_MAX_MESSAGE_MB", integer(1, 2047)),  # in bytes, a gRPC int32
    Setting("grpc.max_connections", "GRPC_MAX_CONNECTIONS", integer(8, 1_000_000)),
    Setting("grpc.workers", "GRPC_WORKERS", integer(0, 64, " (0: one per core)")),
    Setting("grpc.calls_per_company", "GRPC_CALLS_PER_COMPANY", integer(1, 100_000)),
    Setting("grpc.calls_per_second", "GRPC_CALLS_PER_SECOND", integer(1, 1_000_000)),
    Setting("grpc.calls_burst", "GRPC_CALLS_BURST", integer(1, 1_000_000)),
    # API keys (adapters.postgres.api_key_repository): what a process remembers, and the lookups it makes at once
    Setting("auth.max_lookups", "API_KEY_LOOKUPS", integer(1, 1000)),
    Setting("auth.cache_ttl", "API_KEY_CACHE_S", seconds(0, 3600)),
    Setting("auth.unknown_ttl", "API_KEY_UNKNOWN_S", seconds(0, 3600)),
    Setting("auth.stale_s", "API_KEY_STALE_S", seconds(0, DAY_S)),
    Setting("auth.cache_size", "API_KEY_MEMORY", integer(1, 10_000_000)),
    Setting("http.host", "HTTP_HOST", listen_host()),
    Setting("http.port", "HTTP_PORT", _PORT),
    # a few, at least, so that a probe and a platform's callback can share the room an attacker leaves
    Setting("http.max_connections", "HTTP_MAX_CONNECTIONS", integer(8, 1_000_000)),
    Setting("db.pool_min", "DB_POOL_MIN", integer(0, 1000)),
    Setting("db.pool_max", "DB_POOL_MAX", integer(1, 1000)),
    Setting("db.schema_check_s", "DB_SCHEMA_CHECK_S", seconds(0, 3600, above=True)),
    Setting("submit.batch_max", "SUBMIT_BATCH_MAX", _COUNT),
    Setting("submit.queue_max", "SUBMIT_QUEUE_MAX", _COUNT),
    Setting("submit.in_flight", "SUBMIT_IN_FLIGHT", integer(0, 64, " (0: off)")),
    Setting("submit.linger_ms", "SUBMIT_LINGER_MS", seconds(0, 10_000, unit="milliseconds")),
    Setting("pdp.provider", "PDP_PROVIDER", one_of(PLATFORMS)),
    Setting("pdp.connect_timeout_s", "PDP_CONNECT_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.timeout_s", "PDP_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.upload_timeout_s", "PDP_UPLOAD_TIMEOUT_S", seconds(0, above=True)),
    Setting("pdp.max_connections", "PDP_MAX_CONNECTIONS", integer(1, 10_000)),
    Setting("breaker.opens_after", "PDP_BREAKER_AFTER", integer(1, 1000)),
    Setting("breaker.probe_every_s", "PDP_BREAKER_PROBE_S", seconds(0, 3600, above=True)),
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
    # PostgreSQL keeps at most 1 GB in a field (the inbox's body): 1023 MiB stored, 1 GiB refused by the server
    Setting("reception.max_body_bytes", "WEBHOOK_MAX_BODY_BYTES", integer(1, 1023 << 20)),
    Setting("reception.spool_after_bytes", "WEBHOOK_SPOOL_AFTER_BYTES", integer(0, 1 << 31)),
    Setting("reception.spool_budget_bytes", "WEBHOOK_SPOOL_BUDGET_BYTES", integer(1, 1 << 50)),
    Setting("reception.tolerance_s", "WEBHOOK_TOLERANCE_S", integer(1, DAY_S)),
    Setting("reception.worker_concurrency", "RECEPTION_WORKERS", integer(1, 1000)),
    Setting("reception.claim_bytes", "RECEPTION_CLAIM_BYTES", integer(1, 1 << 40)),
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


def provider_settings(provider: str, section: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, str]:
    """The provider's own setting names (IOPOLE_*, AFNOR_*) from its config section: key `flow_url` of section
    `pdp.afnor` is AFNOR_FLOW_URL; `extra` holds names given as is (the webhook keys of the reception section)."""
    prefix = provider.upper() + "_"
    values = {prefix + str(k).upper(): v for k, v in (section or {}).items() if not isinstance(v, dict)}
    values.update(extra)
    wanted = PLATFORM_SETTINGS.get(provider, ())
    return {name: "" if values.get(name) is None else str(values[name]) for name in wanted}


def _check_spool(config: providers.Configuration) -> None:
    """A body past WEBHOOK_SPOOL_AFTER_BYTES is set aside whole, its room taken from the budget: a budget below the
    largest body taken would answer every such body 503, and the platform would send it again for ever."""
    body, after, budget = (
        read(v, config.get(_BY_VARIABLE[v].path))
        for v in ("WEBHOOK_MAX_BODY_BYTES", "WEBHOOK_SPOOL_AFTER_BYTES", "WEBHOOK_SPOOL_BUDGET_BYTES")
    )
    if body >= after and budget < body:
        raise BadSetting(
            f"WEBHOOK_SPOOL_BUDGET_BYTES must be at least WEBHOOK_MAX_BODY_BYTES ({body}), not {str(budget)!r}: "
            "a body that large could never be set aside"
        )


def check(config: providers.Configuration) -> None:
    """Every typed setting read now: the first bad one raises BadSetting; then the rules between settings, then the
    chosen platform's settings by its package's rules, then the profiles file and each profile's settings."""
    for setting in SETTINGS:
        setting(config.get(setting.path))
    pool_min, pool_max = (read(v, config.get(_BY_VARIABLE[v].path)) for v in ("DB_POOL_MIN", "DB_POOL_MAX"))
    if pool_min > pool_max:  # asyncpg would refuse it with a traceback once the database is up
        raise BadSetting(f"DB_POOL_MIN must be at most DB_POOL_MAX ({pool_max}), not {str(pool_min)!r}")
    _check_spool(config)
    provider = read("PDP_PROVIDER", config.get("pdp.provider"))
    section = (config.get("pdp") or {}).get(provider) or {}
    judged_all(
        SETTING_RULES[provider],
        provider_settings(provider, section, config.get("reception.webhook_keys") or {}),
    )
    try:  # the other profiles, as init_platforms will read them
        profiles = load_profiles(config.get("pdp.profiles_file") or "", os.environ, default_name=provider)
    except PlatformConfigError as exc:
        raise BadSetting(f"PLATFORM_PROFILES_FILE: {exc}") from None
    for profile in profiles.profiles:
        try:
            judged_all(SETTING_RULES[profile.provider], profile.settings)
        except BadSetting as exc:
            raise BadSetting(f"profile {profile.name} of PLATFORM_PROFILES_FILE: {exc}") from None


def cautions(config: providers.Configuration) -> list[str]:
    """Settings serve takes but the on-call should hear of at start (each a WARNING line): a pipeline lease shorter
    than a platform call may last lets another worker take a row over while its upload is still under way. The
    takeover searches the platform before sending again, but a platform that has not listed the upload yet is sent
    it twice. Taken, not refused: a short lease is how a test makes a takeover happen in seconds."""
    lease_s = read("PIPELINE_LEASE_S", config.get("pipeline.lease_s"))
    options = PlatformOptions(
        **{
            key: read(variable, config.get(f"pdp.{key}"))
            for key, variable in (
                ("connect_timeout_s", "PDP_CONNECT_TIMEOUT_S"),
                ("timeout_s", "PDP_TIMEOUT_S"),
                ("upload_timeout_s", "PDP_UPLOAD_TIMEOUT_S"),
            )
        }
    )
    timeouts = Timeouts(options)  # an upload, and the token asked before it on the default timeouts
    longest = call_deadline(CALL_BUDGET_S, timeouts.default(), exchange_budget(timeouts.upload()) or 0.0)
    if lease_s > longest:
        return []
    return [
        f"PIPELINE_LEASE_S {lease_s:g} s is no longer than a platform call may last ({longest:g} s: an upload with"
        " its retries, by PDP_CONNECT_TIMEOUT_S, PDP_TIMEOUT_S and PDP_UPLOAD_TIMEOUT_S): a row may be taken over"
        " while its upload is under way, and sent twice if the platform does not list it yet (docs/deploy.md)"
    ]
