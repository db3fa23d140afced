"""Invoice documents in PostgreSQL: the client's submitted originals (`submitted_documents`, written here) and,
read only, the platform documents the pipeline renders (`documents`, written by adapters.postgres.transmissions).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from adapters.postgres.connection import Connection
from adapters.postgres.keys import fetch_keyed, uuid_or_none
from adapters.postgres.uow import PgUnitOfWork
from domain.document_formats import DocumentFormat, Profile
from domain.document_ports import InvoiceDocument

# The pipeline's `documents.format` / `documents.profile` are XP Z12-013 flowSyntax / flowProfile values.
_FLOW_SYNTAX = {"CII": DocumentFormat.CII, "UBL": DocumentFormat.UBL, "Factur-X": DocumentFormat.FACTURX}
_FLOW_PROFILE = {"CIUS": Profile.EN16931, "Extended-CTC-FR": Profile.EXTENDED_CTC_FR}


class PgDocumentStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def add_submitted(self, invoice_id: str, document: InvoiceDocument) -> None:
        await self._conn.execute(
            """INSERT INTO submitted_documents
                   (invoice_id, format, profile, specification, media_type, filename, sha256, bytes)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
            uuid.UUID(invoice_id),
            document.format.value,
            document.profile.value if document.profile else "",
            document.specification,
            document.media_type,
            document.filename,
            document.sha256,
            document.content,
        )

    async def submitted(self, invoice_id: str) -> InvoiceDocument | None:
        row = await fetch_keyed(
            self._conn,
            """SELECT format, profile, specification, media_type, filename, sha256, bytes
                 FROM submitted_documents WHERE invoice_id = $1""",
            invoice_id,
        )
        if row is None:
            return None
        return InvoiceDocument(
            format=DocumentFormat(row["format"]),
            profile=Profile(row["profile"]) if row["profile"] else None,
            media_type=row["media_type"],
            filename=row["filename"],
            sha256=row["sha256"],
            content=bytes(row["bytes"]),
            specification=row["specification"],
        )

    async def platform_documents(self, invoice_id: str) -> Sequence[InvoiceDocument]:
        key = uuid_or_none(invoice_id)
        rows = (
            []
            if key is None
            else await self._conn.fetch(
                """SELECT format, profile, media_type, filename, sha256, bytes FROM documents
                WHERE invoice_id = $1 ORDER BY created_at DESC""",
                key,
            )
        )
        return [
            InvoiceDocument(
                format=_FLOW_SYNTAX[row["format"]],
                profile=_FLOW_PROFILE.get(row["profile"]),
                media_type=row["media_type"],
                filename=row["filename"],
                sha256=row["sha256"],
                content=bytes(row["bytes"]),
            )
            for row in rows
            if row["format"] in _FLOW_SYNTAX
        ]


class PgDocumentUnitOfWork(PgUnitOfWork):
    """The invoice unit of work plus the document store, on the same connection and transaction."""

    documents: PgDocumentStore

    def _attach(self, conn: Connection) -> None:
        self.documents = PgDocumentStore(conn)
