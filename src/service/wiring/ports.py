"""Refuses a port another process already listens on, before anything of the service starts.

With GRPC_WORKERS > 1 (the default on a machine of several cores) the gRPC port is bound with SO_REUSEPORT, so that
the processes of one replica share it; the kernel then lets any other process of the same user that sets it too bind
the same port and take a share of the connections, silently: a second `serve` started by mistake, from another
checkout and on another database, answered every other call of a client (UNAUTHENTICATED: its keys are not there).
A bind without SO_REUSEPORT fails on a port any socket listens on, whatever that socket set: the main process tries
one on each of its ports first, and stops with one line naming the setting, before its database is started. A port
taken by a program that does not use SO_REUSEPORT is found the same way (it was a gRPC traceback, or uvicorn's
errno line once the database and the relays had started).

A port in use is tried again for a few seconds first: the gRPC workers of a predecessor killed with SIGKILL (a
restart by hand, or by systemd) notice their main process is gone and close the port within about two seconds
(service.wiring.processes.PARENT_CHECK_S, then server.DRAIN_S); a restart must not be refused for them.
"""

from __future__ import annotations

import asyncio
import errno
import socket
from typing import Any

from adapters.setting_rules import BadSetting

# beyond a predecessor's workers' ~2 s (PARENT_CHECK_S + DRAIN_S; 4 s at most while calls arrive: DRAIN_MOST_S)
IN_USE_PATIENCE_S = 5.0
IN_USE_RETRY_S = 0.25

# What a failed trial bind means to the one who set the port; other errors are left to the server's own bind.
_WHY = {
    errno.EADDRINUSE: "is already in use on {host} (another pdp-gateway serve, or another program, listens on it):"
    " stop that one or choose another {variable}",
    errno.EACCES: "cannot be bound on {host}: this user may not use ports below 1024; choose another {variable}",
    errno.EADDRNOTAVAIL: "cannot be bound: {host} is not an address of this host; check {host_variable}",
}


async def refuse_taken_port(
    variable: str, host_variable: str, host: str, port: int, *, patience_s: float = IN_USE_PATIENCE_S
) -> None:
    """BadSetting naming `variable` when `host`:`port` cannot be bound (in use: still so after `patience_s`; port 0
    picks a free one: not tried)."""
    if port == 0:
        return
    bare = host.strip("[]") or None
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            bare, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror:
        return  # a host that does not resolve: the settings' check refused it first (setting_rules.listen_host)
    deadline = asyncio.get_running_loop().time() + patience_s
    while True:
        failed = _trial_bind(family, kind, proto, address)
        if failed is None:
            return
        if failed.errno == errno.EADDRINUSE and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(IN_USE_RETRY_S)
            continue
        why = _WHY.get(failed.errno or 0)
        if why is None:
            return  # left to the server's own bind
        shown = why.format(host=host, variable=variable, host_variable=host_variable)
        raise BadSetting(f"{variable} {port} {shown}") from failed


def _trial_bind(family: int, kind: int, proto: int, address: Any) -> OSError | None:
    try:
        with socket.socket(family, kind, proto) as trial:
            # as the servers do: a closed connection of an earlier run (TIME_WAIT) does not hold the port
            trial.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            trial.bind(address)
    except OSError as exc:
        return exc
    return None


def grpc_address(host: str, port: int) -> str:
    """`host` (bare, as GRPC_HOST is read) and `port` as gRPC's bind takes them: an IPv6 address in brackets (`::1`
    alone was "Misformatted domain name", a traceback)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
