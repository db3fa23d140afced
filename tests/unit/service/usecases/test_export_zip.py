"""The export's zip: a document written in pieces is the file `add` writes whole, byte for byte, so an export's bytes
(and the digests an auditor kept of it) do not depend on how it was written; what the zip holds until its end does
not grow with its files."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from service.usecases import export_zip
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


def test_the_zip_s_central_directory_waits_in_a_spooled_file_not_in_memory(tmp_path: Path) -> None:
    # zipfile kept a ZipInfo of about 450 bytes per file until the end: 450 MB for a million archived documents.
    out = ZipStream(STAMP)
    names = [f"documents/2026/rendered_pdf/{n:064x}.pdf" for n in range(40_000)]
    held = {}
    with (tmp_path / "export.zip").open("wb") as written:  # the zip's bytes, out of the traced memory
        tracemalloc.start()
        try:
            for n, name in enumerate(names, 1):
                out.add(name, name.encode())
                for part in out.take():
                    written.write(part)
                if n in (30_000, 40_000):  # the spooled files (4 MiB in memory) are on disk by then
                    held[n] = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        out.finish("MANIFEST.sha256")
        for part in out.take():
            written.write(part)
        out.close()

    grown = held[40_000] - held[30_000]
    assert grown < 500_000, f"{grown / 10_000:.0f} bytes held per file"
    with zipfile.ZipFile(tmp_path / "export.zip") as zf:
        assert zf.namelist() == [*names, "MANIFEST.sha256"] and zf.testzip() is None
        assert zf.read(names[12_345]) == names[12_345].encode()


class _Reads(io.BytesIO):
    """A spooled file that counts what each read asks for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int | None] = []

    def read(self, size: int | None = -1, /) -> bytes:
        self.asked.append(size)
        return super().read(size)


def test_a_copied_file_is_read_whole_from_its_start_one_part_at_a_time_and_taken_in_parts() -> None:
    data = os.urandom(2 * PART_BYTES + 5)
    source = _Reads(data)
    source.seek(0, io.SEEK_END)  # as its writer left it
    out = ZipStream(STAMP)
    try:
        out.copy("index.csv", source)
        parts = out.take()
        out.finish("MANIFEST.sha256")
        parts += out.take()
    finally:
        out.close()
    assert source.asked == [PART_BYTES] * 4  # never the whole file in memory at once
    assert max(len(p) for p in parts) == PART_BYTES and len(parts) >= 4  # the copy's 3 parts, the end's
    whole = b"".join(parts)
    assert (out.size, out.sha256) == (len(whole), hashlib.sha256(whole).hexdigest())
    with zipfile.ZipFile(io.BytesIO(whole)) as zf:
        assert zf.read("index.csv") == data
        assert zf.infolist()[0].header_offset == 0  # each byte taken once: nothing before the first entry


def test_every_file_is_dated_by_the_export_s_stamp_compressed_and_unzipped_readable_by_all_writable_by_none_else() -> (
    None
):
    # An export's bytes depend on its stamp alone, not on the day it is written (an auditor compares digests), and
    # `unzip` gives each file rw-r--r--.
    out = ZipStream(STAMP)
    try:
        out.add("invoices/a.xml", b"<Invoice/>" * 100)
        with out.entry("documents/b.pdf") as write:
            write(b"%PDF" * 100)
        out.copy("index.csv", io.BytesIO(b"id;sha256\n" * 100))
        out.finish("MANIFEST.sha256")
        whole = b"".join(out.take())
    finally:
        out.close()
    with zipfile.ZipFile(io.BytesIO(whole)) as zf:
        assert [(i.filename, i.date_time, i.compress_type, i.external_attr) for i in zf.infolist()] == [
            (name, STAMP, zipfile.ZIP_DEFLATED, 0o644 << 16)
            for name in ("invoices/a.xml", "documents/b.pdf", "index.csv", "MANIFEST.sha256")
        ]


def test_the_manifest_lists_every_file_as_written_read_back_in_parts_its_header_making_room_for_any_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spooled: list[_Reads] = []  # the manifest's first, then the central directory's
    monkeypatch.setattr(export_zip, "spooled", lambda: spooled.append(_Reads(b"")) or spooled[-1])
    files = {"invoices/b.xml": b"<Invoice/>", "documents/a.pdf": b"%PDF-1.7", "index.csv": b"id;sha256\n"}
    out = ZipStream(STAMP)
    try:
        for path, data in files.items():
            out.add(path, data)
        spooled[0].asked.clear()
        said = out.finish("MANIFEST.sha256")
        whole = b"".join(out.take())
    finally:
        out.close()
    # A million documents' manifest is some 150 MB: read back one part at a time, to its end, from its start
    assert spooled[0].asked == [PART_BYTES, PART_BYTES]
    with zipfile.ZipFile(io.BytesIO(whole)) as zf:
        listed = zf.read("MANIFEST.sha256")
        header_offset = zf.getinfo("MANIFEST.sha256").header_offset
    assert listed.decode() == "".join(f"{hashlib.sha256(d).hexdigest()}  {p}\n" for p, d in files.items())
    assert said == hashlib.sha256(listed).hexdigest()
    # Its size unknown when its header is written: the header holds a zip64 field, so any size can follow
    name_length, extra_length = struct.unpack_from("<HH", whole, header_offset + 26)
    extra_at = header_offset + 30 + name_length
    assert extra_length > 0 and struct.unpack_from("<H", whole, extra_at)[0] == 0x0001
