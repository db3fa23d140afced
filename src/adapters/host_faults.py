"""What of this host ran out, read from a failure: the one classifier of a resource of the process or the machine
run out (open files, memory, processes, a local disk, local ports), whichever adapter's call it broke. The database's
(adapters.postgres.outage) and a platform's (adapters.pdp.calls) both ask it: each would otherwise have taken this
host's fault for the other side's outage (the database "unavailable", a platform "down" and its breaker opened).
"""

from __future__ import annotations

import errno
import resource
import ssl
from collections.abc import Iterator


def causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, then what it was raised from: the explicit cause, else the exception being handled when it was raised
    (unless `from None`). Bounded: a cause chain can be long, and never needs to be read whole."""
    current: BaseException | None = exc
    for _ in range(8):
        if current is None:
            return
        yield current
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)


def _open_files() -> str:
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return f"open files at this process's limit (EMFILE: RLIMIT_NOFILE {soft}, ulimit -n)"


# A resource of this host run out: the call did nothing and may pass later, or on another replica (a fixed text for
# the caller; the log has the error's own, with its path).
_RUN_OUT = {
    errno.EMFILE: _open_files,
    errno.ENFILE: lambda: "open files at the machine's limit (ENFILE: fs.file-max)",
    errno.ENOMEM: lambda: "memory (ENOMEM)",
    errno.EAGAIN: lambda: "processes or threads at their limit (EAGAIN: ulimit -u, the cgroup's pids.max)",
    errno.ENOSPC: lambda: "room on a local disk (ENOSPC)",
    errno.EDQUOT: lambda: "room in a disk quota (EDQUOT)",
    errno.EADDRNOTAVAIL: lambda: (
        "local ports for new connections (EADDRNOTAVAIL: net.ipv4.ip_local_port_range)"
    ),
}


def ran_out(exc: BaseException) -> OSError | None:
    """The OSError saying a resource of this host ran out, when `exc` is one or was raised from one, else None."""
    for e in causes(exc):
        if isinstance(e, OSError) and not isinstance(e, ssl.SSLError) and e.errno in _RUN_OUT:
            return e
    return None


def local_fault(exc: BaseException) -> str | None:
    """What of this host ran out, when `exc` or an exception it was raised from is an OSError saying so ("open files
    at this process's limit (EMFILE: …)"), else None: not the other side's outage, and the on-call's to act on."""
    found = ran_out(exc)
    return None if found is None or found.errno is None else _RUN_OUT[found.errno]()
