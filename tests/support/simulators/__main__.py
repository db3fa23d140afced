"""`python -m tests.support.simulators [iopole|afnor]`: a platform simulator in a process of its own (bench: its CPU
is not charged to the process that talks to it). See tests.support.simulators.process for the protocol."""

import sys

from tests.support.simulators.process import KINDS, serve

if __name__ == "__main__":
    kind = sys.argv[1] if len(sys.argv) > 1 else "iopole"
    if kind not in KINDS:
        raise SystemExit(f"usage: python -m tests.support.simulators [{'|'.join(sorted(KINDS))}]")
    raise SystemExit(serve(kind))
