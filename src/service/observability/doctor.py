"""`pdp-gateway doctor`: is this installation healthy? One check per line, ok / warn / fail, with what to do.

Run on a host of the service, with its environment: it reads the configured database (DATABASE_URL, or the
embedded one `serve` uses) without migrating it, asks the configured platform for a token, the customer id and
each company's directory entry, compares clocks with the platform's `Date` header, and asks the running `serve`
(its HTTP side) whether the webhook route answers and whether its background tasks are alive (`/readyz`, which
names the dead ones: service.workers.supervisor). Checks that need an unreachable dependency are not run; the failing
check says so.

Exit code: 0 when every check is ok, 1 when the worst is a warning, 2 when one fails.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, Protocol

import httpx

from domain.operations import (
    ConnectionsExhausted,
    DatabaseUnreachable,
    OpenOperations,
    OperationsReader,
    OperationsSnapshot,
    OutageFigures,
)
from domain.outage import duration_text
from domain.pipeline_ports import PARKED_STATUS_LIFETIME
from domain.platform import PlatformAuthError, PlatformConfigError, PlatformError, PlatformUnavailable
from domain.platform_profile import DoctorAdvice, NotReached, PlatformHints, profile_webhook_path

CALL_TIMEOUT_S = 10.0
SPOT_CHECK_ITEMS = 20
OUTBOX_WARN_S, OUTBOX_FAIL_S = 15 * 60, 60 * 60
INBOX_WARN_S, INBOX_FAIL_S = 5 * 60, 30 * 60
# A status parked this long is not waiting for a SENT commit behind a fast platform (PARKED_STATUS_LIFETIME).
PARKED_STATUS_WARN_S = 60 * 60
SKEW_WARN_S, SKEW_FAIL_S = 5.0, 60.0


class Result(IntEnum):
    OK = 0
    WARN = 1
    FAIL = 2


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    result: Result
    detail: str
    advice: str = ""

    def line(self) -> str:
        text = f"{self.result.name.lower():<4}  {self.name:<22} {self.detail}"
        return text + (f" -> {self.advice}" if self.advice else "")

    def to_dict(self) -> dict[str, str]:
        return asdict(self) | {"result": self.result.name.lower()}


def exit_code(checks: Sequence[Check]) -> int:
    return int(max((c.result for c in checks), default=Result.OK))


def render(checks: Sequence[Check], as_json: bool) -> str:
    if as_json:
        worst = Result(exit_code(checks)).name.lower()
        return json.dumps(
            {"result": worst, "checks": [c.to_dict() for c in checks]}, ensure_ascii=False, indent=2
        )
    return "\n".join(c.line() for c in checks)


@dataclass(frozen=True, slots=True)
class Settings:
    dsn: str | None  # None: the embedded server is not running (doctor never starts it)
    dsn_source: str  # "DATABASE_URL" or "embedded PostgreSQL in <folder>", for the advice
    http_base: str  # the running serve's HTTP side, e.g. http://127.0.0.1:8080
    open_database: OpenOperations  # the wiring's reader of the database at `dsn`
    # The route probed when no open profile receives callbacks: serve mounts every platform's default routes.
    any_webhook_path: str


class Callbacks(Protocol):
    """A platform's callbacks as doctor needs them (its package's adapters.webhook.receiver.WebhookSide)."""

    @property
    def paths(self) -> tuple[str, ...]: ...  # the first is the one doctor probes

    @property
    def key_setting(self) -> str: ...

    @property
    def key_source(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Platform:
    """One open platform profile as doctor sees it: the default (PDP_PROVIDER) or one of PLATFORM_PROFILES_FILE,
    with what its package says of it (the wiring looks it up in adapters.pdp.registry)."""

    name: str
    provider: str  # sandbox | iopole | afnor
    gateway: Any
    advice: DoctorAdvice  # its package's advice in its own setting names, or why doctor does not reach it
    default: bool = True
    companies: frozenset[str] | None = None  # the SIRENs mapped to it; None: every company mapped to no other
    # its webhook secret / signing key is set (in the reception settings, or the profile's)
    webhook_key_set: bool = False
    callbacks: Callbacks | None = None  # None: nothing arrives by callback (the sandbox)

    @property
    def webhook_path(self) -> str | None:
        """Where its callbacks arrive: the provider's route, or the profile's own (`/webhooks/<profile>/...`)."""
        if self.callbacks is None:
            return None
        path = self.callbacks.paths[0]
        return path if self.default else profile_webhook_path(path, self.name)


# --- database ------------------------------------------------------------------------------------------------


async def check_database(database: OperationsReader) -> Check:
    migrations = await database.migrations()
    known, applied = migrations.known, migrations.applied
    pending = sorted(set(known) - applied)
    if pending:
        return Check(
            "database",
            Result.FAIL,
            f"reachable, {len(pending)} migration(s) not applied ({known[pending[0]]}…)",
            "run `pdp-gateway migrate` once (serve also migrates at start)",
        )
    unknown = sorted(applied - set(known))
    if unknown:
        # Upgrades are not rolling (docs/deploy.md): a newer release's migration may change what this code writes
        # through (a SQL function it calls, a column it fills), so an old replica left running takes no traffic.
        shown = ", ".join(str(v) for v in unknown[:5]) + ("…" if len(unknown) > 5 else "")
        return Check(
            "database",
            Result.FAIL,
            f"migrated by a newer release: {len(unknown)} migration(s) this code does not know ({shown})",
            "this host runs an older release than the database: stop it, or upgrade it to the release that migrated",
        )
    return Check("database", Result.OK, f"reachable, {len(known)} migrations applied")


def _cannot_write(reachable: Check, refused: str) -> Check:
    """The database answers and is migrated, but refused a write (doctor's probe: a temporary table): every
    submission and delivery fails while reads work."""
    return Check(
        "database",
        Result.FAIL,
        f"{reachable.detail}, but it cannot write: {refused}",
        "disk full: free room on PostgreSQL's volume (its WAL and logs first), writes resume at once; read-only:"
        " DATABASE_URL must name the primary (after a failover, the new one) and serve restarted with it"
        " (docs/on-call.md)",
    )


def _graded(value: float, warn: float, fail: float) -> Result:
    """FAIL above `fail`, WARN above `warn`, else OK."""
    return Result.FAIL if value > fail else Result.WARN if value > warn else Result.OK


def check_queues(snapshot: OperationsSnapshot) -> list[Check]:
    checks = []
    oldest = max(snapshot.outbox, key=lambda q: q.oldest_age_s, default=None)
    if oldest is None:
        checks.append(Check("outbox", Result.OK, "empty"))
    else:
        result = _graded(oldest.oldest_age_s, OUTBOX_WARN_S, OUTBOX_FAIL_S)
        depth = sum(q.depth for q in snapshot.outbox)
        checks.append(
            Check(
                "outbox",
                result,
                f"{depth} item(s) waiting, oldest {oldest.kind} for {duration_text(oldest.oldest_age_s)}",
                ""
                if result is Result.OK
                else "is the pipeline alive (tasks check)? is the platform reachable? the invoices' last_error: "
                "`pdp-gateway invoice list --state FAILED`",
            )
        )
    pending = next((q for q in snapshot.inbox if q.kind == "PENDING"), None)
    if pending is None:
        checks.append(Check("inbox", Result.OK, "no webhook delivery waiting"))
    else:
        result = _graded(pending.oldest_age_s, INBOX_WARN_S, INBOX_FAIL_S)
        checks.append(
            Check(
                "inbox",
                result,
                f"{pending.depth} delivery(ies) waiting, oldest for {duration_text(pending.oldest_age_s)}",
                ""
                if result is Result.OK
                else "is the inbox worker alive (tasks check)? is the database slow?",
            )
        )
    parked = snapshot.parked_deliveries
    checks.append(
        Check(
            "parked",
            Result.WARN,
            f"{parked} delivery(ies) parked",
            # a delivery of no company of ours is listed by no company's `received parked` (docs/on-call.md)
            "a company's: `pdp-gateway received parked` with its API key, then `received replay ID`; those of no"
            " company: `pdp-gateway deliveries unowned`, then `deliveries close ID --reason WHY`",
        )
        if parked
        else Check("parked", Result.OK, "nothing parked")
    )
    if snapshot.parked_payments:
        checks.append(
            Check(
                "held payments",
                Result.WARN,
                f"{snapshot.parked_payments} payment(s) held until a deposit with nothing left to apply them"
                " (their held-payments row ran out of attempts), on the invoices (SIREN id; the first ten)"
                f" {', '.join(snapshot.parked_payment_invoices)}",
                "the held_payments outbox rows' last_error says why; once fixed, `pdp-gateway invoice retry ID`"
                " (RetryInvoice, with that company's API key) queues them again",
            )
        )
    if snapshot.parked_statuses and snapshot.parked_statuses_oldest_s > PARKED_STATUS_WARN_S:
        checks.append(
            Check(
                "parked statuses",
                Result.WARN,
                f"{snapshot.parked_statuses} platform status(es) parked about platform ids none of our submissions"
                f" has, the oldest for {duration_text(snapshot.parked_statuses_oldest_s)}; each is dropped"
                f" {PARKED_STATUS_LIFETIME.days} days after it came",
                "a status waits there for the SENT of its deposit, a second behind a fast platform: one older is"
                " about an upload still reconciled (the outbox), or not ours (a platform speaking of another"
                " client's invoices; the log names the ids when they are dropped);"
                ' pdp_gateway_parked_items{what="statuses"} counts them',
            )
        )
    checks.extend(_outage(o) for o in snapshot.outages)
    return checks


def _outage(outage: OutageFigures) -> Check:
    """Items waiting on a platform that does not answer: they spend no attempt (domain.outage), so only this says
    it. A warning: the gateway works (/readyz stays ready), the platform does not."""
    since = "" if outage.since is None else f" since {outage.since.isoformat(timespec='seconds')}"
    return Check(
        "platform outage",
        Result.WARN,
        f"{outage.platform}: {outage.items} item(s) waiting on it{since} ({duration_text(outage.waited_s)})",
        "the platform does not answer (its status page; the platform checks above): they go out by themselves"
        " once it is back, no attempt spent; past PIPELINE_OUTAGE_PATIENCE_S they end FAILED"
        " (`pdp-gateway invoice retry`), a webhook delivery UNPROCESSABLE (`pdp-gateway received replay`)",
    )


async def check_archive(database: OperationsReader) -> Check:
    rows = await database.archive_sample(SPOT_CHECK_ITEMS)
    if not rows:
        return Check("archive", Result.OK, "empty")
    altered = [
        f"{r.company_siren}/{r.sha256[:12]}"
        for r in rows
        if hashlib.sha256(r.content).hexdigest() != r.sha256
    ]
    if altered:
        return Check(
            "archive",
            Result.FAIL,
            f"{len(altered)} of {len(rows)} documents sampled do not match their hash: {', '.join(altered)}",
            "`pdp-gateway archive verify` for the company, and keep the database as it is for the investigation",
        )
    sampled = "1 document sampled, its hash matches" if len(rows) == 1 else None
    return Check("archive", Result.OK, sampled or f"{len(rows)} documents sampled, every hash matches")


ACTIVE_COMPANIES_MAX = 1000


# --- platform ----------------------------------------------------------------------------------------------------


def _hints(platform: Platform, hints: PlatformHints) -> PlatformHints:
    """The advice in the platform's own setting names (its package's PlatformHints); for a profile of
    PLATFORM_PROFILES_FILE, the settings are that profile's."""
    if platform.default:
        return hints
    where = f" (the settings of profile {platform.name} in PLATFORM_PROFILES_FILE)"
    return replace(
        hints,
        credentials=hints.credentials + where,
        token_endpoint=hints.token_endpoint + where,
        service_unreachable=hints.service_unreachable + where,
        account=hints.account + where,
    )


async def check_platform(platform: Platform, hints: PlatformHints, label: str = "") -> list[Check]:
    """Token, then the platform's cheapest authenticated read (IOPOLE: the customer id; AFNOR: both services'
    healthchecks); the advice names that platform's own settings. `label` names the profile when there are several."""
    gateway, hints = platform.gateway, _hints(platform, hints)
    service_check = hints.service_check + label
    tokens = getattr(gateway, "tokens", None)
    if tokens is not None:
        try:
            async with asyncio.timeout(CALL_TIMEOUT_S):
                await tokens.get()
        except PlatformAuthError as exc:
            return [
                Check(
                    "platform-credentials" + label,
                    Result.FAIL,
                    f"the token endpoint refused them: {exc}",
                    hints.credentials,
                )
            ]
        except (PlatformError, TimeoutError) as exc:
            return [
                Check(
                    "platform-credentials" + label,
                    Result.FAIL,
                    f"no token: {type(exc).__name__}: {exc}",
                    hints.token_endpoint,
                )
            ]
    checks = [Check("platform-credentials" + label, Result.OK, "a token was issued")]
    try:
        async with asyncio.timeout(CALL_TIMEOUT_S):
            health = await gateway.health()
    except TimeoutError:
        return [*checks, Check(service_check, Result.FAIL, "no answer", hints.service_unreachable)]
    if health.ok:
        return [*checks, Check(service_check, Result.OK, f"{hints.service_ok} {health.detail}")]
    advice = hints.account if PlatformConfigError.__name__ in health.detail else hints.service_unreachable
    return [*checks, Check(service_check, Result.FAIL, health.detail, advice)]


async def check_directory(gateway: Any, companies: Sequence[str], label: str = "") -> Check:
    name = "directory" + label
    if not companies:
        return Check(
            name,
            Result.WARN,
            "no company has an API key yet",
            "`pdp-gateway keys create --company SIREN`",
        )
    missing, unreachable = [], []
    for siren in companies:
        try:
            async with asyncio.timeout(CALL_TIMEOUT_S):
                entry = await gateway.lookup_directory(siren)
        except (PlatformError, TimeoutError) as exc:
            return Check(name, Result.FAIL, f"lookup of {siren} failed: {exc}", "see the platform checks")
        if not entry.registered:
            missing.append(siren)
        elif not entry.reachable:
            unreachable.append(siren)
    if missing:
        return Check(
            name,
            Result.FAIL,
            f"no directory entry for {', '.join(missing)}",
            "register these companies on the platform (annuaire) before they send",
        )
    if unreachable:
        return Check(
            name,
            Result.WARN,
            f"entry found but not enabled for {', '.join(unreachable)}",
            "enable their addressing line on the platform",
        )
    return Check(name, Result.OK, f"{len(companies)} company(ies) found and enabled")


async def check_clock(
    server_time: Callable[[], Awaitable[datetime | None]] | None, now: datetime, label: str = ""
) -> Check:
    if server_time is None:
        return Check("clock" + label, Result.WARN, "this platform's adapter cannot read its clock", "")
    try:
        async with asyncio.timeout(CALL_TIMEOUT_S):
            theirs = await server_time()
    except (httpx.HTTPError, TimeoutError, PlatformUnavailable) as exc:
        return Check("clock" + label, Result.WARN, f"could not read the platform's Date header: {exc}", "")
    if theirs is None:
        return Check("clock" + label, Result.OK, "no Date header to compare with")
    skew = (now - theirs).total_seconds()
    result = _graded(abs(skew), SKEW_WARN_S, SKEW_FAIL_S)
    return Check(
        "clock" + label,
        result,
        f"{skew:+.1f} s against the platform's Date header",
        ""
        if result is Result.OK
        else "synchronise this host's clock (chrony/NTP): signatures and tokens expire",
    )


# --- the running serve -----------------------------------------------------------------------------------------


def check_webhook_secret(platforms: Sequence[Platform]) -> Check:
    """The webhook key of each platform profile that receives callbacks: without it, every callback of theirs is
    refused. The default profile's key is a reception setting, another profile's is in its settings."""
    used = [p for p in platforms if p.callbacks is not None]
    if not used:
        return Check("webhook-secret", Result.OK, f"{', '.join(p.provider for p in platforms)}: none needed")
    missing = [p for p in used if not p.webhook_key_set]

    def key(p: Platform) -> str:
        assert p.callbacks is not None  # in `used`
        where = "" if p.default else f" of profile {p.name} in PLATFORM_PROFILES_FILE"
        return p.callbacks.key_setting + where

    def source(p: Platform) -> str:
        assert p.callbacks is not None  # in `used`
        return p.callbacks.key_source

    if missing:
        return Check(
            "webhook-secret",
            Result.FAIL,
            "; ".join(f"{key(p)} is empty: every {p.provider.upper()} callback is refused" for p in missing),
            "; ".join(f"set {key(p)} to {source(p)}" for p in missing),
        )
    return Check("webhook-secret", Result.OK, " and ".join(key(p) for p in used) + " configured")


# What /readyz says of the platforms while the replica stays ready: its key, the check that warns of it, what to do.
_PLATFORMS_SAID = (
    (
        "platforms_down",
        "platform-breaker",
        "the platform does not answer: nothing to restart, the items wait on it spending no attempt and go"
        " once a probe is answered (docs/on-call.md, the platform down)",
    ),
    (
        "platforms_not_reached",
        "platform-calls",
        "this host, not the platform: its calls could not open a connection (`ls /proc/PID/fd | wc -l`"
        " against `ulimit -n`; docs/on-call.md, out of open files); said until the platform answers again",
    ),
)


async def check_serve(http: httpx.AsyncClient, base: str, webhook_paths: Sequence[str]) -> list[Check]:
    shown = ", ".join(base + path for path in webhook_paths)
    try:
        routes = [await http.get(base + path) for path in webhook_paths]
        ready = await http.get(base + "/readyz")
    except httpx.HTTPError as exc:
        advice = f"is `pdp-gateway serve` running on this host with HTTP_PORT {base.rsplit(':', 1)[-1]}?"
        return [
            Check("webhook-route", Result.FAIL, f"{shown}: {type(exc).__name__}", advice),
            Check("tasks", Result.FAIL, "not checked: the HTTP side does not answer", advice),
        ]
    # The routes take POST only: 405 to a GET proves one is there without counting a refused delivery.
    wrong = [
        f"{base}{path} answered {route.status_code}"
        for path, route in zip(webhook_paths, routes, strict=True)
        if route.status_code != 405
    ]
    checks = [
        Check(
            "webhook-route",
            Result.FAIL,
            "; ".join(wrong),
            "a proxy in front of serve must pass /webhooks/* through unchanged",
        )
        if wrong
        else Check("webhook-route", Result.OK, f"{shown} answer{'s' if len(webhook_paths) == 1 else ''}")
    ]
    try:
        body: Mapping[str, Any] = ready.json()
    except ValueError:
        body = {}
    for key, name, advice in _PLATFORMS_SAID:
        said = body.get(key) or {}
        if isinstance(said, Mapping) and said:
            checks.append(
                Check(name, Result.WARN, "; ".join(f"{p}: {why}" for p, why in said.items()), advice)
            )
    down = body.get("down") or {}
    degraded = body.get("degraded") or {}
    if ready.status_code == 200 and degraded and not down:
        detail = "serving, but not running: " + ", ".join(f"{name} ({why})" for name, why in degraded.items())
        advice = "the logs of serve say why the process exits; restart serve once that is fixed"
        return [*checks, Check("tasks", Result.WARN, detail, advice)]
    if ready.status_code == 200 and not down:
        return [
            *checks,
            Check(
                "tasks", Result.OK, "pipeline, relays, inbox worker, pollers and gRPC workers alive (/readyz)"
            ),
        ]
    # A task down fails although the replica may still be ready (/readyz names it under `down`, 200).
    detail = (
        "down: " + ", ".join(f"{name} ({why})" for name, why in down.items())
        if down
        else f"/readyz: {body.get('status', ready.status_code)}"
    )
    stalled = any(str(why).startswith("stalled:") for why in down.values())
    # Not ready with every task up: the database (its check above says what to do) or a stop under way.
    advice = (
        "stalled: its /healthz is 503 and a liveness probe restarts serve; without one, restart serve (the logs"
        " say where it waits; docs/on-call.md, a relay stalled)"
        if stalled
        else "the logs of serve say why; it restarts them with backoff"
        if down
        else "the database check above says what to do; the logs of serve say why"
    )
    return [*checks, Check("tasks", Result.FAIL, detail, advice)]


# --- all of them ---------------------------------------------------------------------------------------------


async def database_checks(settings: Settings, now: Callable[[], datetime]) -> tuple[list[Check], list[str]]:
    """The database check, then (when it passed) the queues and the archive; and the companies with an active key."""
    if settings.dsn is None:
        return [
            Check(
                "database",
                Result.FAIL,
                f"the {settings.dsn_source} is not running (doctor never starts it); the database checks were "
                "not run",
                "`pdp-gateway serve` (or `make run`) starts that server: start serve, or restart it if it is running "
                "(its logs say why PostgreSQL stopped); if the database is elsewhere, set DATABASE_URL as serve has it",
            )
        ], []
    try:
        async with settings.open_database(settings.dsn) as database:
            checked = await check_database(database)
            if checked.result is Result.FAIL:
                return [checked], []
            refused = await database.refused_write()
            if refused is not None:
                checked = _cannot_write(checked, refused)
            companies = await database.active_companies(ACTIVE_COMPANIES_MAX)
            queues = check_queues(await database.operations(now()))
            return [checked, *queues, await check_archive(database)], companies
    except ConnectionsExhausted as exc:
        return [
            Check(
                "database",
                Result.FAIL,
                f"cannot connect ({settings.dsn_source}): {exc}; the database checks were not run",
                "its connections are all taken (serve keeps the ones its pools hold, and keeps serving with them):"
                " who holds them, `SELECT usename, application_name, client_addr, count(*) FROM pg_stat_activity"
                " GROUP BY 1, 2, 3 ORDER BY 4 DESC`; then end those, raise max_connections, or lower DB_POOL_MAX"
                " (docs/deploy.md, Connections)",
            )
        ], []
    except DatabaseUnreachable as exc:
        return [
            Check(
                "database",
                Result.FAIL,
                f"cannot connect ({settings.dsn_source}): {exc}; the database checks were not run",
                "is PostgreSQL running and reachable from this host? is DATABASE_URL right (host, port, "
                "user, password, database)?",
            )
        ], []


async def diagnose(
    settings: Settings,
    platforms: Callable[[], Awaitable[Sequence[Platform]]],
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Check]:
    checks, companies = await database_checks(settings, now)
    database_ok = checks[0].result is not Result.FAIL
    try:
        opened = await platforms()
    except (PlatformConfigError, ValueError) as exc:  # serve would not start either: said, not a traceback
        opened = []
        checks.append(
            Check(
                "platform",
                Result.FAIL,
                f"cannot be opened: {exc}",
                "fix PDP_PROVIDER and its settings, or PLATFORM_PROFILES_FILE: serve stops at start-up the same way",
            )
        )
    mapped = frozenset().union(*(p.companies or () for p in opened))
    for platform in opened:
        # One profile: the checks keep their plain names; several: each is named after its profile.
        label = f"[{platform.name}]" if len(opened) > 1 else ""
        if isinstance(platform.advice, NotReached):
            checks.append(Check("platform" + label, Result.OK, platform.advice.note))
            continue
        platform_checks = await check_platform(platform, platform.advice, label)
        checks.extend(platform_checks)
        if all(c.result is not Result.FAIL for c in platform_checks):
            if database_ok:
                own = [
                    c
                    for c in companies
                    if (c in platform.companies if platform.companies is not None else c not in mapped)
                ]
                checks.append(await check_directory(platform.gateway, own, label))
            server_time = getattr(platform.gateway, "server_time", None)
            checks.append(await check_clock(server_time, now(), label))
    if opened:  # unopened: which key is needed is not known, not guessed
        checks.append(check_webhook_secret(opened))
    # The sandbox receives nothing, but serve mounts every platform's default routes: the first one shows it answers.
    paths = sorted({p.webhook_path for p in opened if p.webhook_path}) or [settings.any_webhook_path]
    async with httpx.AsyncClient(timeout=CALL_TIMEOUT_S) as http:
        checks.extend(await check_serve(http, settings.http_base, paths))
    return checks
