"""Hostile Factur-X PDFs, built small from a real one: compression bombs, encryption, truncation, damage.

Shared by the tests and `bench/document_limits_bench.py`. Every builder starts from `facturx_pdf()` (a valid
Factur-X EN 16931 rendered by the gateway) and changes one thing.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from io import BytesIO

import pikepdf

from adapters.documents.api import render
from domain.document_formats import DocumentFormat, Profile
from tests.builders import an_invoice

GiB = 1 << 30
_CHUNK = 1 << 20
_FLATE = pikepdf.Name.FlateDecode


@cache
def facturx_pdf() -> bytes:
    return render(an_invoice(), DocumentFormat.FACTURX, Profile.EN16931).content


def zeros_deflate(size: int) -> bytes:
    """A zlib stream of `size` zero bytes (a multiple of 1 MiB), built in a fraction of a second: after a full
    flush the compressor's output for the same chunk repeats, so one compressed chunk is repeated and only the
    final checksum is computed over the whole size."""
    assert size % _CHUNK == 0 and size >= 2 * _CHUNK
    zeros = bytes(_CHUNK)
    compressor = zlib.compressobj(9)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()  # the final empty block, then the Adler-32 of the two chunks seen
    adler = 1
    for _ in range(size // _CHUNK):
        adler = zlib.adler32(zeros, adler)
    return first + repeated * (size // _CHUNK - 1) + end[:-4] + adler.to_bytes(4, "big")


def _saved(pdf: pikepdf.Pdf) -> bytes:
    """Saved with its streams as they are (qpdf would otherwise decode and re-encode them)."""
    out = BytesIO()
    pdf.save(
        out,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
        recompress_flate=False,
        compress_streams=False,
    )
    return out.getvalue()


def with_attachment_data(raw: bytes, filters: list[pikepdf.Name], content: bytes | None = None) -> bytes:
    """The Factur-X with its factur-x.xml stream replaced by `raw`, declared as encoded by `filters`."""
    with pikepdf.open(BytesIO(content or facturx_pdf())) as pdf:
        stream = pdf.attachments["factur-x.xml"].get_file().obj
        stream.write(raw)  # stored as given: the filters below say how it decodes
        stream.Filter = pikepdf.Array(filters)
        return _saved(pdf)


@cache
def compression_bomb(expanded: int = 2 * GiB) -> bytes:
    """A Factur-X of about 55 KB whose factur-x.xml is two nested Flate layers expanding to `expanded` bytes."""
    return with_attachment_data(zlib.compress(zeros_deflate(expanded), 9), [_FLATE, _FLATE])


def object_stream_bomb(expanded: int = 64 * _CHUNK) -> bytes:
    """A minimal PDF (written by hand: qpdf rewrites object streams) whose catalog sits in an object stream
    padded with `expanded` spaces."""
    catalog_at = b"2 0 "  # the object stream's header: object 2 at offset 0
    packed = zlib.compress(catalog_at + b"<< /Type /Catalog /Pages 3 0 R >>" + b" " * expanded, 9)
    parts = [b"%PDF-1.7\n"]
    offsets: dict[int, int] = {}

    def add(number: int, body: bytes) -> None:
        offsets[number] = sum(map(len, parts))
        parts.append(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    add(
        1,
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (len(catalog_at), len(packed), packed),
    )
    add(3, b"<< /Type /Pages /Kids [] /Count 0 >>")
    xref_at = sum(map(len, parts))
    rows = [(0, 0, 65535), (1, offsets[1], 0), (2, 1, 0), (1, offsets[3], 0), (1, xref_at, 0)]
    table = b"".join(
        bytes([kind]) + field.to_bytes(4, "big") + gen.to_bytes(2, "big") for kind, field, gen in rows
    )
    add(
        4,
        b"<< /Type /XRef /Size 5 /W [1 4 2] /Root 2 0 R /Length %d >>\nstream\n%s\nendstream"
        % (len(table), table),
    )
    parts.append(b"startxref\n%d\n%%%%EOF\n" % xref_at)
    return b"".join(parts)


def encrypted(*, user_password: str) -> bytes:
    """The Factur-X encrypted (AES-256); an empty user password means only an owner password restricts it."""
    with pikepdf.open(BytesIO(facturx_pdf())) as pdf:
        out = BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner-secret", user=user_password, R=6))
        return out.getvalue()


def truncated(keep: float) -> bytes:
    content = facturx_pdf()
    return content[: int(len(content) * keep)]


def corrupted_startxref() -> bytes:
    """`startxref` points 7 bytes off the xref table."""
    content = facturx_pdf()
    match = re.search(rb"startxref\s+(\d+)", content)
    assert match is not None
    offset = str(int(match.group(1)) + 7).encode()
    return content[: match.start(1)] + offset + content[match.end(1) :]


def corrupted_xref_entry() -> bytes:
    """The xref entry of the factur-x.xml stream object points 5 bytes past the object."""
    content = facturx_pdf()
    number = _attachment_object_number(content)
    table = content.rindex(b"\nxref\n") + 1
    lines = content[table:].split(b"\n")
    entry = lines[2 + number]  # "xref", "0 N", then one line per object from 0
    lines[2 + number] = str(int(entry[:10]) + 5).zfill(10).encode() + entry[10:]
    return content[:table] + b"\n".join(lines)


def wrong_stream_length(content: bytes | None = None) -> bytes:
    """The factur-x.xml stream's /Length (of `content`, by default the Factur-X) is 100 bytes short."""
    content = content or facturx_pdf()
    number = _attachment_object_number(content)
    start = content.index(f"\n{number} 0 obj".encode())
    match = re.compile(rb"/Length (\d+)").search(content, start)
    assert match is not None
    shorter = str(int(match.group(1)) - 100).encode()
    return content[: match.start(1)] + shorter + content[match.end(1) :]


def garbled_attachment() -> bytes:
    """100 bytes of the compressed factur-x.xml overwritten with zeros (same length: the structure is intact)."""
    content = facturx_pdf()
    number = _attachment_object_number(content)
    at = content.index(b"stream\n", content.index(f"\n{number} 0 obj".encode())) + len(b"stream\n") + 40
    return content[:at] + bytes(100) + content[at + 100 :]


def _attachment_object_number(content: bytes) -> int:
    with pikepdf.open(BytesIO(content)) as pdf:
        return int(pdf.attachments["factur-x.xml"].get_file().obj.objgen[0])


def unsorted_attachments(*, split: bool = False) -> bytes:
    """The Factur-X with two more attachments, its EmbeddedFiles name tree's keys out of order (qpdf warns "keys
    are not sorted"), as in symtrax's `zugferd_2p1_EN16931_Reisekostenabrechnung.pdf` of the ZUGFeRD corpus.
    `split`: in two leaves whose /Limits lie, so a lookup by bisection goes to the leaf without factur-x.xml."""
    with pikepdf.open(BytesIO(facturx_pdf())) as pdf:
        names = pdf.Root.Names.EmbeddedFiles.Names
        invoice = names[1]
        specs = {
            name: pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=name, UF=name))
            for name in ("zz-receipt.pdf", "aa-receipt.pdf")
        }
        if split:
            first = pdf.make_indirect(
                pikepdf.Dictionary(
                    Names=["zz-receipt.pdf", specs["zz-receipt.pdf"], "factur-x.xml", invoice],
                    Limits=["zz-receipt.pdf", "zz-receipt.pdf"],
                )
            )
            second = pdf.make_indirect(
                pikepdf.Dictionary(
                    Names=["aa-receipt.pdf", specs["aa-receipt.pdf"]],
                    Limits=["aa-receipt.pdf", "factur-x.xml"],
                )
            )
            pdf.Root.Names.EmbeddedFiles = pdf.make_indirect(pikepdf.Dictionary(Kids=[second, first]))
        else:
            names = ["zz-receipt.pdf", specs["zz-receipt.pdf"], "factur-x.xml", invoice]
            pdf.Root.Names.EmbeddedFiles.Names = [*names, "aa-receipt.pdf", specs["aa-receipt.pdf"]]
        return _saved(pdf)
