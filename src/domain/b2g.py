"""Public buyers (B2G): how the gateway addresses, checks and routes an invoice to a public entity.

What is published, and what this module does with it (design note: docs/b2g.md):

- Public entities receive through Chorus Pro, which sits on the network as the platform with id `9999`
  (BR-FR-CDV-CL-09 accepts Chorus Pro's own refusal codes only from a buyer on `9999`).
- The B2G rule set BR-FR-CPRO-01…50 is NOT published (FNFE note V1.4.0 §2.1: "will be published in a later
  version"). The published BR-FR rules still apply to a French seller's invoice; none of them is B2G-specific.
- The BAR note (BR-FR-20) has no B2G value. Writing `B2B` would claim BR-FR-11/21 (buyer addressed as
  `0225:<SIREN…>`), which is not how a public buyer is addressed; so a B2G invoice carries NO BAR note, and the
  deposit tells the platform: XP Z12-013 `processingRule: B2G`.
- Addressing: the buyer's electronic address BT-49 is its SIRET with scheme 0009 (an EAS code BR-FR-12 accepts), the
  SIRET starting with the buyer's SIREN BT-47 (as BR-FR-09 wants of any SIRET); the service code ("code service",
  the routing code of a SIREN/SIRET/routing-code directory line) goes in BT-10 (buyer reference: `SERVEXEC` in
  XP Z12-012 Annex B); the engagement number ("numéro d'engagement", legal commitment) in BT-13 (purchase order).
- The directory (XP Z12-013 directory-service 1.3.0) says, per public SIRET or routing code, whether the entity
  requires an engagement number (`managesLegalCommitmentCode`), a service code (`serviceCodeStatus`) or one of the
  two (`managesLegalCommitmentOrServiceCode`); the send preflight refuses what lacks them before anything is sent.

Rule ids of our own, since CPRO's are unknown: PDP-B2G-ADDRESS, PDP-B2G-SIREN (static, on submit:
`domain.rules.b2g`) and PDP-B2G-ROUTING, PDP-B2G-ENGAGEMENT, PDP-B2G-SERVICE-CODE (against the directory, before
sending: `directory_refusal`).
"""

from __future__ import annotations

from domain.invoice import Invoice, ProcessingRule
from domain.platform import DirectoryEntry

PUBLIC_PLATFORM_ID = "9999"  # Chorus Pro in the directory


def directory_refusal(invoice: Invoice, entry: DirectoryEntry) -> tuple[str, str] | None:
    """(rule id, reason) when the directory entry of the recipient forbids sending this invoice as it is; None
    when it may go. Only reachable entries are judged (reachability is checked first)."""
    public = entry.public_entity or entry.platform_id == PUBLIC_PLATFORM_ID
    if invoice.processing_rule is ProcessingRule.B2G and not public:
        return (
            "PDP-B2G-ROUTING",
            f"the buyer {entry.identifier} is not a public entity in the directory (no Chorus Pro {PUBLIC_PLATFORM_ID} "
            "line): send it as B2B",
        )
    if invoice.processing_rule is not ProcessingRule.B2G:
        if public and not invoice.type_code.kind.self_billed:
            return (
                "PDP-B2G-ROUTING",
                f"the buyer {entry.identifier} is a public entity (Chorus Pro, {PUBLIC_PLATFORM_ID}): send it with "
                "processing rule B2G, addressed by its SIRET (scheme 0009)",
            )
        return None
    engagement = bool(invoice.purchase_order_reference.strip())
    service = bool(invoice.buyer_reference.strip())
    if entry.requires_engagement and not engagement:
        return (
            "PDP-B2G-ENGAGEMENT",
            f"the public buyer {entry.identifier} requires an engagement number (purchase order reference, BT-13)",
        )
    if entry.requires_service_code and not service:
        return (
            "PDP-B2G-SERVICE-CODE",
            f"the public buyer {entry.identifier} requires a service code (buyer reference, BT-10)",
        )
    if entry.requires_engagement_or_service_code and not (engagement or service):
        return (
            "PDP-B2G-ENGAGEMENT",
            f"the public buyer {entry.identifier} requires an engagement number (BT-13) or a service code (BT-10)",
        )
    return None
