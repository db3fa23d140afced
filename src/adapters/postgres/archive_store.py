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
PAGE_ROWS = 64  # documents read at once by `iterate`
PAGE_BYTES = 8 * 1024 * 1024  # and their content, at most (a larger document comes alone, without it)
PIECE_BYTES = (
    1024 * 1024
)  # what `pieces` reads at once of a document stored as it is (PAGE_BYTES if compressed)

# The company's next documents after ($2, $3) up to the day $4, by date then hash (archive_items_by_date: keyset
# bounds, no NULL test, so the plan is the index's whatever the range): at most $5 of them, and of those the ones
# whose running size stays within $6 bytes, the first one always. Only their content is read, and only a content
# within $6 bytes: a larger document's is read a piece at a time (`pieces`).
PAGE = f"""SELECT {_META}, CASE WHEN size <= $6 THEN content END AS content
  FROM (SELECT company_siren, sha256, row_number() OVER w AS nth, sum(size) OVER w AS running
          FROM (SELECT company_siren, sha256, document_date, size FROM archive_items
                 WHERE company_siren = $1 AND (document_date, sha256) > ($2::date, $3::text)
                   AND document_date <= $4::date
                 ORDER BY document_date, sha256 LIMIT $5) AS next
        WINDOW w AS (ORDER BY document_date, sha256)) AS page
  JOIN archive_items USING (company_siren, sha256)
 WHERE page.nth = 1 OR page.running <= $6
 ORDER BY document_date, sha256"""


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
        self, company_siren: str, *, date_from: date | None = None, date_to: date | None = None
    ) -> AsyncIterator[ArchivedItem]:
        """The company's documents by date then hash, a page at a time (in the caller's transaction: one snapshot).
        A page holds at most PAGE_ROWS documents and PAGE_BYTES of content, or one larger document without its
        content (empty: read it with `pieces`): what is held does not grow with the archive nor its documents."""
        after: tuple[date, str] = (date_from or date.min, "")  # every hash sorts after ""
        last_day = date_to or date.max
        while rows := await self._conn.fetch(PAGE, company_siren, *after, last_day, PAGE_ROWS, PAGE_BYTES):
            for row in rows:
                yield item_from_row(row)
            after = (rows[-1]["document_date"], rows[-1]["sha256"])

    async def pieces(self, company_siren: str, sha256: str) -> AsyncIterator[bytes]:
        """The document's stored bytes, a slice of the stored value at a time: PIECE_BYTES of a document stored as it
        is (a PDF: TOAST reads only the chunks a slice needs), PAGE_BYTES of one stored compressed (XML), each slice
        of which PostgreSQL decompresses from the value's start (1 MiB slices of a 64 MiB UBL stored in 1.5 MB: 4.9 s
        of the database's CPU, the whole read 0.85 s; 8 MiB slices 1.3 s)."""
        compressed = await self._conn.fetchval(
            "SELECT pg_column_size(content) < size FROM archive_items WHERE company_siren = $1 AND sha256 = $2",
            company_siren,
            sha256,
        )
        step = PAGE_BYTES if compressed else PIECE_BYTES
        offset = 1
        while piece := await self._conn.fetchval(
            """SELECT substring(content FROM $3 FOR $4) FROM archive_items
                WHERE company_siren = $1 AND sha256 = $2""",
            company_siren,
            sha256,
            offset,
            step,
        ):
            yield bytes(piece)
            offset += len(piece)


def item_from_row(row: Row) -> ArchivedItem:
    return from_row(
        ArchivedItem,
        row,
        kind=ArchiveKind(row["kind"]),
        declaration_id=None if row["declaration_id"] is None else str(row["declaration_id"]),
        content=b"" if row.get("content") is None else bytes(row["content"]),
    )
