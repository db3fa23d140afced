"""Public buyers (B2G), the checks that need no directory (the rest and the why: `domain.b2g`).

Our own (PDP-), since the B2G rule set BR-FR-CPRO is not published:
- PDP-B2G-SIREN: a public buyer has a SIREN (BT-47);
- PDP-B2G-ADDRESS: it is addressed by its SIRET: BT-49 with scheme 0009, 14 digits with a valid key, starting with
  BT-47.
"""

from __future__ import annotations

from domain.identifiers import SIRET_SCHEME, is_valid_siret
from domain.invoice import ProcessingRule
from domain.rules._context import Check, Context


def check_b2g(ctx: Context) -> None:
    """PDP-B2G-SIREN: a public buyer has a SIREN (BT-47). PDP-B2G-ADDRESS: it is addressed by its SIRET (BT-49,
    scheme 0009, 14 digits with a valid key, starting with BT-47)."""
    inv = ctx.invoice
    if inv.processing_rule is not ProcessingRule.B2G:
        return
    siren = inv.buyer.siren
    if not siren:
        ctx.fail(
            "PDP-B2G-SIREN",
            "BG-7/BT-47",
            "A public buyer (B2G) is identified by its SIREN (BT-47, scheme 0002).",
        )
    address = inv.buyer.electronic_address
    value = address.value if address is not None else ""
    if address is None or address.scheme != SIRET_SCHEME or not is_valid_siret(value):
        ctx.fail(
            "PDP-B2G-ADDRESS",
            "BG-7/BT-49",
            "A public buyer (B2G) is addressed by its SIRET: the Buyer electronic address (BT-49) uses scheme "
            f"0009 and holds 14 digits with a valid key; found {address.scheme + ':' if address else ''}{value!r}.",
        )
    elif siren and not value.startswith(siren):
        ctx.fail(
            "PDP-B2G-ADDRESS",
            "BG-7/BT-49",
            f"The buyer's SIRET (BT-49) {value!r} does not start with its SIREN (BT-47) {siren!r}.",
        )


CHECKS: tuple[Check, ...] = (check_b2g,)
