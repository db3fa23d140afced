"""A platform's readable copy as the tests' simulators hand it out: a tiny PDF, whole (its startxref points at its
cross-reference table), since every document downloaded is checked whole (adapters.pdp.document_end)."""

from __future__ import annotations


def platform_page(text: str) -> bytes:
    head = b"%PDF-1.7\n% " + text.encode() + b"\n"
    return head + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n%d\n%%%%EOF\n" % len(head)
