"""BG-24 attachments: the EN 16931 rules, the French ones and the gateway's limits.

- BR-52 (EN 16931): each additional supporting document has a reference (BT-122).
- BR-CL-24 (EN 16931): the MIME code of an embedded object (BT-125-1) is one of the six the code list allows.
- BR-FR-17 (BR-FR Flux 2): the description (BT-123), when given, is one of the French attachment types.
- BR-FR-18 (BR-FR Flux 2): at most one attachment is the readable copy (BT-123 = LISIBLE), counting the one the
  gateway adds when the invoice asks for it (`Invoice.readable_copy`).
Our own (PDP-):
- PDP-ATTACHMENT: an embedded object (BT-125) has its filename. A document named by its reference alone (neither
  BT-124 nor BT-125) is an EN 16931 attachment like any other: BR-52 asks only for BT-122, and no official layer
  (CEN, BR-FR Flux 2) asks for more, so a ready document giving one (CEN's ubl-tc434-example5) is not refused;
- PDP-ATTACHMENT-LIMIT: at most 20 attachments, 7 MiB each (its base64 stays under the 10 MB text node libxml2 reads
  without `huge_tree`) and 20 MiB together, so that one invoice never holds
  more memory than a document worker allows for it.
"""

from __future__ import annotations

from domain.rules._context import Check, Context

MIME_CODES = frozenset(
    (
        "application/pdf",
        "image/png",
        "image/jpeg",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    )
)  # BR-CL-24
FRENCH_TYPES = frozenset(
    (
        "RIB",
        "LISIBLE",
        "FEUILLE_DE_STYLE",
        "PJA",
        "BORDEREAU_SUIVI",
        "DOCUMENT_ANNEXE",
        "BON_LIVRAISON",
        "BON_COMMANDE",
        "BORDEREAU_SUIVI_VALIDATION",
        "ETAT_ACOMPTE",
        "FACTURE_PAIEMENT_DIRECT",
        "RECAPITULATIF_COTRAITANCE",
    )
)  # BR-FR-17 (V1.4.0)
READABLE_COPY = "LISIBLE"
MAX_ATTACHMENTS = 20
MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024  # base64 under 10 MB: the largest text node libxml2 reads by default
MAX_TOTAL_BYTES = 20 * 1024 * 1024


def check_attachments(ctx: Context) -> None:
    attachments = ctx.invoice.attachments
    asked = ctx.invoice.readable_copy  # the gateway adds one more: its readable page, LISIBLE
    if not attachments:
        return
    if len(attachments) + asked > MAX_ATTACHMENTS:
        ctx.fail(
            "PDP-ATTACHMENT-LIMIT",
            "BG-24",
            f"An invoice carries at most {MAX_ATTACHMENTS} attachments (BG-24); found {len(attachments)}"
            + (" and the readable copy the gateway is asked to add." if asked else "."),
        )
    total = 0
    for i, attachment in enumerate(attachments, 1):
        path = f"BG-24[{i}]"
        size = len(attachment.content) if attachment.content is not None else 0
        total += size
        if not attachment.reference.strip():
            ctx.fail(
                "BR-52",
                f"{path}/BT-122",
                "Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).",
            )
        if attachment.content is not None:
            if attachment.mime_code not in MIME_CODES:
                ctx.fail(
                    "BR-CL-24",
                    f"{path}/BT-125-1",
                    f"The MIME code {attachment.mime_code!r} of an attached object (BT-125-1) is not one of {', '.join(sorted(MIME_CODES))}.",
                )
            if not attachment.filename.strip():
                ctx.fail(
                    "PDP-ATTACHMENT",
                    f"{path}/BT-125-2",
                    "An attached object (BT-125) needs its filename (BT-125-2).",
                )
        if size > MAX_ATTACHMENT_BYTES:
            ctx.fail(
                "PDP-ATTACHMENT-LIMIT",
                f"{path}/BT-125",
                f"An attachment is at most {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB; this one is {size} bytes.",
            )
        if attachment.description and attachment.description not in FRENCH_TYPES:
            ctx.fail(
                "BR-FR-17_BT-123",
                f"{path}/BT-123",
                f"The attachment type (BT-123) {attachment.description!r} is not one of the French types ({', '.join(sorted(FRENCH_TYPES))}).",
            )
    if total > MAX_TOTAL_BYTES:
        ctx.fail(
            "PDP-ATTACHMENT-LIMIT",
            "BG-24",
            f"The attachments of an invoice total at most {MAX_TOTAL_BYTES // (1024 * 1024)} MiB; these total {total} bytes.",
        )
    readable = sum(1 for a in attachments if a.description == READABLE_COPY)
    if readable + asked > 1:
        ctx.fail(
            "BR-FR-18_BT-123",
            "BG-24/BT-123",
            f"At most one attachment is the readable copy (BT-123 = LISIBLE); found {readable}"
            + (", and the gateway is asked to add its own (readable_copy)." if asked else "."),
        )


CHECKS: tuple[Check, ...] = (check_attachments,)
