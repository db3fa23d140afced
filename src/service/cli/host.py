"""`pdp-gateway serve|migrate|doctor|keys|settings`: the commands run on a host of the service, with its
configuration and its database (DATABASE_URL, else the embedded server of the data folder `serve` uses).

This module loads the service's whole wiring (service.wiring.container). service.cli.main imports it only when one
of these commands runs (`run`), so that the client commands never pay for it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

from dependency_injector import providers

from adapters.pdp.profiles import load_profiles
from adapters.pdp.registry import DOCTOR_ADVICE, WEBHOOKS
from adapters.postgres.embedded import data_dir_from_env, resolve_data_dir, running_server_dsn
from adapters.postgres.operations import PgOperationsReader, open_operations
from adapters.postgres.outage import CONNECT_ERRORS
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from domain.audit import current_acting
from domain.bounds import printable
from domain.money import parse_decimal
from domain.operations import DatabaseUnreachable
from domain.platform_profile import PlatformServices
from service.cli.client import EXIT_OK, EXIT_REFUSED, UsageError, print_json
from service.grpc.paging import DEFAULT_PAGE_SIZE
from service.observability.doctor import Check, Platform, Result, Settings, diagnose, exit_code, render
from service.usecases.company_settings import (
    clear_supplier_tolerance,
    set_books_tolerance,
    set_payment_sent_status,
)
from service.usecases.emission.retry import retry_given_up
from service.wiring.configuration import read_configuration
from service.wiring.container import Container
from service.wiring.event_loop import run as run_loop
from service.wiring.server import resolve, serve
from service.wiring.settings import BadSetting, check, typed

SETTINGS_ADVICE = "fix it: serve, migrate, keys and settings refuse to start the same way"


def run(args: argparse.Namespace) -> int:
    """The command `args` names, once every setting has been checked as `serve` checks it (one line naming the
    first bad one, exit 2, before a database is reached); `doctor` reports a bad one as its own failed check."""
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "serve": cmd_serve,
        "migrate": cmd_migrate,
        "doctor": cmd_doctor,
        "keys": cmd_keys,
        "settings": cmd_settings,
        "deliveries": cmd_deliveries,
        "outage": cmd_outage,
    }
    if args.command != "doctor":  # a bad setting (BadSetting): one line naming it, exit 2 (service.cli.main)
        check(read_configuration())
    return commands[args.command](args)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        run_loop(serve(Container()))
    except DatabaseUnreachable as exc:  # at start: one line, as migrate and keys give it
        raise _unavailable(exc.__cause__ or exc) from exc
    return EXIT_OK


async def _in_container(work: Callable[[Any], Any]) -> Any:
    """`work` on a container of its own, whose resources are shut down after. Resources start on first use (the
    pool applies pending migrations): a one-shot command must not start the pipeline, the inbox worker or the
    relays of a server."""
    container = Container()
    try:
        return await work(container)
    finally:
        await resolve(container.shutdown_resources)


def _with_container(work: Callable[[Any], Any]) -> Any:
    """Run `work` on the configured database: DATABASE_URL, else the embedded server of the data folder that
    `serve` uses (PGDATA_DIR, else adapters.postgres.embedded.default_data_dir), whatever the current directory.
    A database that cannot be reached is a usage error (exit 2) naming where it was looked for."""
    try:
        return asyncio.run(_in_container(work))
    except CONNECT_ERRORS as exc:
        raise _unavailable(exc) from exc


def _unavailable(exc: BaseException) -> UsageError:
    return UsageError(f"database unavailable ({_database_hint()}): {exc}")


def cmd_doctor(args: argparse.Namespace) -> int:
    # Doctor's purpose is to say what is wrong in its own format (--json, for monitoring): a setting serve would
    # refuse is its failed check, and the only one, since the other checks read the settings it found wrong.
    try:
        check(read_configuration())
    except BadSetting as exc:
        refused = [Check("settings", Result.FAIL, str(exc), SETTINGS_ADVICE)]
        print(render(refused, args.json))
        return exit_code(refused)

    async def work(container: Any) -> Any:
        # Opening the platforms must not open the pool (which migrates): the sandbox's status callback is the only
        # thing that needs the pipeline, and doctor submits nothing.
        container.pipeline_context.override(providers.Object(None))
        cfg = container.config
        dsn_source = _database_hint()
        # The embedded server is read only while serve runs it: starting it here would hide that it is down, and
        # one started under a running serve outlived that serve.
        dsn = cfg.db.url() or running_server_dsn(resolve_data_dir(cfg.db.data_dir()))
        container.database_url.override(providers.Object(dsn))
        settings = Settings(
            dsn=dsn,
            dsn_source=dsn_source,
            http_base=args.http or local_http_base(typed(cfg, "HTTP_HOST")(), typed(cfg, "HTTP_PORT")()),
            open_database=open_operations,
            any_webhook_path=next(iter(WEBHOOKS.values())).paths[0],
        )

        async def platforms() -> list[Platform]:
            """Every profile serve opens: the default (PDP_PROVIDER) and those of PLATFORM_PROFILES_FILE, each with
            whether its webhook key is set (the reception settings for the default, the profile's own else)."""
            opened = await resolve(container.platforms)
            mapping = opened.companies()
            default_keys = await resolve(container.webhook_keys)
            profiles = load_profiles(
                cfg.pdp.profiles_file() or "", os.environ, default_name=opened.default.name
            )
            own_settings = {p.name: p.settings for p in profiles.profiles}

            def key_set(p: PlatformServices) -> bool:
                """Its webhook key (the setting its package names) in the reception settings or its profile's."""
                side = WEBHOOKS.get(p.provider)
                settings = default_keys if p is opened.default else own_settings.get(p.name, {})
                return side is not None and bool(settings.get(side.key_setting))

            return [
                Platform(
                    p.name,
                    p.provider,
                    p.gateway,
                    DOCTOR_ADVICE[p.provider],
                    default=p is opened.default,
                    companies=None
                    if p is opened.default
                    else frozenset(s for s, name in mapping.items() if name == p.name),
                    webhook_key_set=key_set(p),
                    callbacks=WEBHOOKS.get(p.provider),
                )
                for p in opened.all()
            ]

        return await diagnose(settings, platforms)

    checks = [Check("settings", Result.OK, "every setting keeps its rule"), *asyncio.run(_in_container(work))]
    print(render(checks, args.json))
    return exit_code(checks)


def local_http_base(host: str, port: int) -> str:
    """Where this host reaches the HTTP side `serve` listens on at `host` (bare, as HTTP_HOST is read): a wildcard
    address by the loopback, an IPv6 address in brackets (`http://::1:8080` was httpx's traceback)."""
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _database_hint() -> str:
    if os.environ.get("DATABASE_URL"):
        return "DATABASE_URL"
    return f"embedded PostgreSQL in {data_dir_from_env()}"


def cmd_migrate(args: argparse.Namespace) -> int:
    async def work(container: Any) -> None:
        await resolve(container.db_pool)

    _with_container(work)
    print_json({"migrated": True})
    return EXIT_OK


def cmd_keys(args: argparse.Namespace) -> int:
    async def work(container: Any) -> Any:
        keys = await resolve(container.api_keys)
        if args.keys_command == "create":
            return await keys.create(args.company, args.name)
        if args.keys_command == "list":
            return await keys.list(args.company)
        return await keys.revoke(args.company, args.id)

    try:
        result = _with_container(work)
    except ValueError as exc:  # the use case's checks (name length, SIREN)
        raise UsageError(str(exc)) from exc
    print_json(result)
    if args.keys_command == "revoke" and not result["revoked"]:
        print(
            f"pdp-gateway: no active key {args.id} of company {args.company}"
            " (give its whole id, as `pdp-gateway keys list` prints it)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    tolerance = percent = None
    clear = args.settings_command == "books-tolerance" and args.clear
    if clear and (not args.supplier or args.amount or args.percent):
        raise UsageError(
            "--clear removes a supplier's tolerance: give --supplier and no amount nor --percent"
        )
    if args.settings_command == "books-tolerance" and not clear:
        if not args.amount:
            raise UsageError("the tolerance's amount is required, e.g. 0.05 (0 with --percent: no cap)")
        try:
            tolerance = parse_decimal(args.amount, field="amount")
            percent = parse_decimal(args.percent, field="percent") if args.percent else None
        except ValueError as exc:
            raise UsageError(str(exc)) from exc

    async def work(container: Any) -> Any:
        uow = partial(PgReceptionUnitOfWork, await resolve(container.db_pool))
        if clear:
            return await clear_supplier_tolerance(uow, args.company, args.supplier, clock=container.clock())
        if tolerance is None:
            on = args.state == "on"
            return await set_payment_sent_status(uow, args.company, on, clock=container.clock())
        return await set_books_tolerance(
            uow,
            args.company,
            tolerance,
            clock=container.clock(),
            percent=percent,
            supplier=args.supplier or "",
        )

    try:
        result = _with_container(work)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    print_json(result)
    return EXIT_OK


REASON_CHARS = 500  # why an operator closed a delivery, kept with it and in operator_actions


def cmd_outage(args: argparse.Namespace) -> int:
    """`outage retry PLATFORM`: every invoice FAILED for having waited on that platform's outage past the patience,
    of every company, queued again as `invoice retry` does (its audit entries name this operating-system user)."""

    async def retry(container: Any) -> Any:
        pool = await resolve(container.db_pool)
        cases = await resolve(container.pipeline_use_cases)

        async def given_up(platform: str, limit: int) -> Any:
            async with pool.acquire() as conn:
                return await PgOperationsReader(conn).given_up_on_outage(platform, limit)

        return await retry_given_up(args.platform, given_up=given_up, retry=cases.retry)

    retried = _with_container(retry)
    print_json(
        {
            "platform": args.platform,
            "retried": len(retried),
            "invoices": [
                {"company": g.company_siren, "id": g.invoice_id, "number": g.number} for g in retried
            ],
        }
    )
    return EXIT_OK


def cmd_deliveries(args: argparse.Namespace) -> int:
    """The deliveries addressed to none of our companies (a status about a platform id none of our uploads took):
    parked for good, counted by doctor, listed by no company's `received parked`. `unowned` lists them, `close`
    ends one, why kept with it and in operator_actions, as this operating-system user; `replay` processes one again
    (a received invoice whose company has joined since, an IOPOLE invoiceId the platform now confirms)."""
    if args.deliveries_command == "close":
        reason = args.reason.strip()
        if not reason or len(reason) > REASON_CHARS or printable(reason) != reason:
            raise UsageError(f"--reason must say why, in 1 to {REASON_CHARS} printable characters")

        async def close(container: Any) -> bool:
            inbox = await resolve(container.inbox)
            closed: bool = await inbox.close_unowned(args.id, reason, current_acting().actor.label)
            return closed

        if not _with_container(close):
            print(
                f"pdp-gateway: no parked delivery {args.id} addressed to no company (`deliveries unowned` lists them)",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        print_json({"closed": args.id, "reason": reason})
        return EXIT_OK
    if args.deliveries_command == "replay":

        async def replay(container: Any) -> bool:
            inbox = await resolve(container.inbox)
            queued: bool = await inbox.replay(args.id, None)
            return queued

        if not _with_container(replay):
            print(f"pdp-gateway: no parked or unprocessable delivery {args.id}", file=sys.stderr)
            return EXIT_REFUSED
        print_json({"replayed": args.id})
        return EXIT_OK
    size = args.page_size or DEFAULT_PAGE_SIZE  # its bound checked by argparse (client.add_paging)

    async def listing(container: Any) -> Any:
        inbox = await resolve(container.inbox)
        try:
            page = await inbox.unowned(size, args.page_token)
        except ValueError as exc:  # a page token not ours, or another listing's
            raise UsageError(f"--page-token: {exc}") from exc
        return {
            "deliveries": [
                {
                    "id": d.id,
                    "platform": d.platform,
                    "kind": str(d.kind),
                    "source": d.source,
                    "state": str(d.state),
                    "received_at": d.received_at.isoformat(),
                    "attempts": d.attempts,
                    "last_error": d.last_error,
                }
                for d in page.items
            ],
            # as every listing prints it: beside the list when there is a next page
            **({"next_page_token": page.next_token} if page.next_token else {}),
        }

    print_json(_with_container(listing))
    return EXIT_OK
