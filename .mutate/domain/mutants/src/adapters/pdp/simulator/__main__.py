"""`python -m adapters.pdp.simulator`: the IOPOLE simulator in a process of its own (bench: its CPU is not charged
to the process that talks to it). See adapters.pdp.simulator.process for the protocol and the client side."""

from adapters.pdp.simulator.process import serve

if __name__ == "__main__":
    raise SystemExit(serve())
