"""The export's zip: a document written in pieces is the file `add` writes whole, byte for byte, so an export's bytes
(and the digests an auditor kept of it) do not depend on how it was written."""

from __future__ import annotations

import os

import pytest

from service.usecases.export_zip import PART_BYTES, ZipStream

STAMP = (2026, 12, 7, 16, 0, 0)


def _written(pieces: int | None, data: bytes) -> bytes:
    out = ZipStream(STAMP)
    try:
        if pieces is None:
            out.add("documents/a.pdf", data)
        else:
            with out.entry("documents/a.pdf", len(data)) as write:
                for offset in range(0, len(data), pieces):
                    write(data[offset : offset + pieces])
        out.finish("MANIFEST.sha256")
        return b"".join(out.take())
    finally:
        out.close()


@pytest.mark.parametrize(
    "data",
    [os.urandom(3 * PART_BYTES + 17), b"<Invoice>compressible</Invoice>" * 200_000, b"x"],
    ids=["random", "compressible", "one byte"],
)
def test_a_document_written_in_pieces_of_its_known_size_is_what_add_writes_whole(data: bytes) -> None:
    assert _written(PART_BYTES, data) == _written(None, data)
    assert _written(4096, data) == _written(None, data)
