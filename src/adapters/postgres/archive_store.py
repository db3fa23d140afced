"""The legal archive in PostgreSQL: content-addressed rows of `archive_items`, bound to one transaction.

Rows are never rewritten: the table's trigger refuses UPDATE (except a retention extension) and refuses DELETE
before the retention date, whoever asks (migration 0004).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

from adapters.postgres.connection import Connection, Row, from_row
from domain.archive import content_address, retention_end
from domain.archive_ports import ArchivedItem, ArchiveKind, ArchiveMetadata, InvalidArchiveRequest

_META = """company_siren, sha256, kind, media_type, filename, size, document_date, retention_until, created_at,
           invoice_id, declaration_id"""
CURSOR_PREFETCH = 32  # rows held in memory while streaming (each up to a document's size)


class PgArchiveStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def put(
        self, company_siren: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> tuple[str, bool]:
        if not data:
            raise InvalidArchiveRequest("an empty document cannot be archived")
        if not meta.media_type:
            raise InvalidArchiveRequest("the media type of an archived document is required")
        sha256 = content_address(data)
        inserted = await self._conn.fetchval(
            """INSERT INTO archive_items (company_siren, sha256, kind, media_type, filename, content, size,
                                          invoice_id, declaration_id, document_date, retention_until)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
               ON CONFLICT (company_siren, sha256) DO NOTHING
               RETURNING true""",
            company_siren,
            sha256,
            ArchiveKind(kind).value,
            meta.media_type,
            meta.filename,
            data,
            len(data),
            meta.invoice_id,
            meta.declaration_id,
            meta.document_date,
            retention_end(meta.document_date),
        )
        return sha256, bool(inserted)

    async def get(self, company_siren: str, sha256: str) -> ArchivedItem | None:
        row = await self._conn.fetchrow(
            f"SELECT {_META}, content FROM archive_items WHERE company_siren = $1 AND sha256 = $2",
            company_siren,
            sha256.lower(),
        )
        return None if row is None else item_from_row(row)

    async def stored_size(self, company_siren: str, sha256: str) -> int:
        # the TOAST pointer's size: no byte of the document is read
        size: int | None = await self._conn.fetchval(
            "SELECT pg_column_size(content) FROM archive_items WHERE sha256 = $2 AND company_siren = $1",
            company_siren,
            sha256.lower(),
        )
        return size or 0

    async def iterate(
        self,
        company_siren: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        with_content: bool = True,
    ) -> AsyncIterator[ArchivedItem]:
        """The company's documents by date then hash, streamed through a cursor (needs an open transaction)."""
        columns = f"{_META}, content" if with_content else _META
        query = f"""SELECT {columns} FROM archive_items
                     WHERE company_siren = $1
                       AND ($2::date IS NULL OR document_date >= $2)
                       AND ($3::date IS NULL OR document_date <= $3)
                     ORDER BY document_date, sha256"""
        async for row in self._conn.cursor(
            query, company_siren, date_from, date_to, prefetch=CURSOR_PREFETCH
        ):
            yield item_from_row(row)


def item_from_row(row: Row) -> ArchivedItem:
    return from_row(
        ArchivedItem,
        row,
        kind=ArchiveKind(row["kind"]),
        declaration_id=None if row["declaration_id"] is None else str(row["declaration_id"]),
        content=bytes(row["content"]) if "content" in row.keys() else b"",
    )
