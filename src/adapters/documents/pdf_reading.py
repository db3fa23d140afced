"""Open a PDF within limits, and decode its streams with a hard cap on their decoded size.

Why not pikepdf's own `read_bytes()`: qpdf decodes a whole stream into memory before handing it over, so a 54 KB
Factur-X whose attachment is two nested Flate layers over 2 GB of zeros made a worker allocate gigabytes. Here a
stream is decoded by zlib `decompressobj` with `max_length`, one filter and 1 MiB at a time, and refused as soon as
its output passes the cap: memory stays within about the cap, whatever the stream claims.

`open_pdf` refuses, before anything is decompressed by qpdf:
- an encrypted PDF (a user password, or an owner password that only restricts it: PDF/A forbids both);
- a damaged one: qpdf's recovery is turned off (a truncated file or a corrupted xref fails to open), every object
  is parsed once (a wrong offset or stream length is a qpdf warning), and any warning is a refusal;
- a name tree that loops, nests deeper than `_MAX_TREE_DEPTH` or is no tree (`name_tree`);
- more objects than the limit, and object streams (whose objects qpdf would decode whole) whose decoded size
  passes the cap: each is first decoded here, capped.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from typing import NamedTuple, NoReturn

import pikepdf

from adapters.documents.limits import DEFAULT_LIMITS, DocumentTooLarge, ReadingLimits, TooManyObjects
from domain.document_formats import DocumentError, out_of_memory

_FLATE = ("/FlateDecode", "/Fl")
_CHUNK = 1 << 20  # decoded bytes per step
_XREF_COMPRESSED = 2  # an xref entry of an object stored inside an object stream
_SOURCE = re.compile(r"^stream <[^>]*>:?\s*")
_MAX_TREE_DEPTH = 32  # levels of /Kids in a name tree; a real one has one or two


class NameTree(NamedTuple):
    entries: dict[str, object]  # by key
    in_order: bool  # the keys ascend, as PDF 32000-1 §7.9.6 requires


class EncryptedPdf(DocumentError):
    rule_id = "PDP-PDF-ENCRYPTED"


class DamagedPdf(DocumentError):
    rule_id = "PDP-PDF-DAMAGED"


@contextmanager
def open_pdf(content: bytes, limits: ReadingLimits = DEFAULT_LIMITS) -> Iterator[pikepdf.Pdf]:
    """The PDF, checked as the module says; a refusal is a DocumentError naming its rule. Reading done inside
    the block is checked too: a qpdf error or warning raised while the caller reads is DamagedPdf."""
    try:
        pdf = pikepdf.open(BytesIO(content), attempt_recovery=False)
    except pikepdf.PasswordError as exc:
        raise EncryptedPdf(
            "the PDF is encrypted with a user password; a Factur-X is never encrypted"
        ) from exc
    except pikepdf.PdfError as exc:
        _refuse(exc)
    with pdf:
        try:
            if pdf.is_encrypted:
                raise EncryptedPdf("the PDF is encrypted (owner password); PDF/A forbids encryption")
            _check_structure(pdf, limits)
            yield pdf
            _check_no_warnings(pdf)
        except DocumentError:
            raise
        except (pikepdf.PdfError, AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
            # qpdf errors, and a hostile structure where a dictionary or a stream was expected
            _refuse(exc)


def name_tree(root: object) -> NameTree:
    """Every entry of a name tree, found by walking all its nodes. Not by qpdf's lookup, which bisects: in a tree
    whose keys are out of order (the ZUGFeRD corpus files such a Factur-X among its correct ones) it misses entries
    that are there, and its repair is silent; here the disorder is returned, for the caller to report. A key given
    twice is refused: which of the two is meant cannot be told."""
    entries: dict[str, object] = {}
    keys: list[bytes] = []
    seen: set[tuple[int, int]] = set()

    def walk(node: object, depth: int) -> None:
        if not isinstance(node, pikepdf.Dictionary):
            raise DamagedPdf("a name tree node is not a dictionary")
        if depth > _MAX_TREE_DEPTH or (node.is_indirect and node.objgen in seen):
            raise DamagedPdf(f"a name tree loops or nests deeper than {_MAX_TREE_DEPTH} levels")
        if node.is_indirect:
            seen.add(node.objgen)
        names = node.get("/Names", pikepdf.Array())
        kids = node.get("/Kids", pikepdf.Array())
        if not isinstance(names, pikepdf.Array) or not isinstance(kids, pikepdf.Array) or len(names) % 2:
            raise DamagedPdf("a name tree node's /Names or /Kids is not a list of keys and values")
        for key, value in zip(names[0::2], names[1::2], strict=True):
            if not isinstance(key, pikepdf.String):
                raise DamagedPdf("a name tree key is not a string")
            if str(key) in entries:
                raise DamagedPdf(f"the name tree holds the key {str(key)!r} twice")
            entries[str(key)] = value
            keys.append(bytes(key))
        for kid in kids:
            walk(kid, depth + 1)

    if root is not None:
        walk(root, 0)
    return NameTree(entries, keys == sorted(keys))


def decode_stream(stream: object, limits: ReadingLimits, what: str) -> bytes:
    """The decoded bytes of `stream`, never more than `limits.max_stream_bytes` of output per filter.

    Only Flate (without predictor) is decoded: a Factur-X XML and an XMP are written with it or unfiltered; any
    other filter is refused rather than handed to qpdf's unbounded decoder.
    """
    if not isinstance(stream, pikepdf.Stream):
        raise DamagedPdf(f"{what} is not a stream")
    params = stream.stream_dict.get("/Params")  # an embedded file's: its declared size
    declared = params.get("/Size") if isinstance(params, pikepdf.Dictionary) else None
    if isinstance(declared, int) and declared > limits.max_stream_bytes:
        raise _too_large(what, limits)  # what the file says of itself, before any decompression
    data = stream.read_raw_bytes()
    for _ in range(_flate_layers(stream, what)):
        data = _inflate(data, limits, what)
    return data


def _flate_layers(stream: pikepdf.Stream, what: str) -> int:
    filters = stream.stream_dict.get("/Filter")
    names = [] if filters is None else list(filters) if isinstance(filters, pikepdf.Array) else [filters]
    parms = stream.stream_dict.get("/DecodeParms")
    for parm in parms if isinstance(parms, pikepdf.Array) else [parms]:
        if isinstance(parm, pikepdf.Dictionary) and int(parm.get("/Predictor", 1)) > 1:
            raise DocumentError(f"{what}: a Flate predictor is not supported in an invoice document")
    unsupported = [str(n) for n in names if str(n) not in _FLATE]
    if unsupported:
        raise DocumentError(
            f"{what}: filter {', '.join(unsupported)} is not supported in an invoice document"
        )
    return len(names)


def _inflate(data: bytes, limits: ReadingLimits, what: str) -> bytes:
    """One Flate layer, decoded 1 MiB at a time: refused as soon as the output passes the cap, so a bomb costs
    the cap and one chunk, not the size it claims."""
    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    pending = data
    try:
        while True:
            chunk = inflater.decompress(pending, _CHUNK)
            size += len(chunk)
            if size > limits.max_stream_bytes:
                raise _too_large(what, limits)
            chunks.append(chunk)
            pending = inflater.unconsumed_tail
            if inflater.eof or not (pending or chunk):
                break
    except zlib.error as exc:
        raise DamagedPdf(f"{what}: corrupt compressed data ({exc})") from exc
    if not inflater.eof:
        raise DamagedPdf(f"{what}: the compressed data is truncated")
    return b"".join(chunks)


def _too_large(what: str, limits: ReadingLimits) -> DocumentTooLarge:
    return DocumentTooLarge(
        f"{what} decodes to more than {limits.max_stream_bytes:,} bytes, the limit of a document stream"
    )


def _check_structure(pdf: pikepdf.Pdf, limits: ReadingLimits) -> None:
    xref = pdf.get_xref_table()
    if len(xref) > limits.max_objects:
        raise TooManyObjects(
            f"the PDF has {len(xref):,} objects, more than the {limits.max_objects:,} allowed"
        )
    containers = sorted(
        {
            e.obj_stream_number
            for e in xref.values()
            if e.type == _XREF_COMPRESSED and e.obj_stream_number is not None
        }
    )
    for number in containers:
        decode_stream(pdf.get_object((number, 0)), limits, f"object stream {number}")
    for objgen in xref:
        pdf.get_object(objgen)  # parsed once: a wrong offset or stream length becomes a warning
    _check_no_warnings(pdf)


def _check_no_warnings(pdf: pikepdf.Pdf) -> None:
    warnings = pdf.get_warnings()
    if warnings:
        more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
        raise DamagedPdf(f"the PDF is damaged: {_without_source(warnings[0])}{more}")


def _refuse(exc: Exception) -> NoReturn:
    if out_of_memory(exc):  # the worker pool reports its memory limit
        raise exc
    raise DamagedPdf(f"the PDF is damaged or truncated: {_without_source(str(exc))}") from exc


def _without_source(message: str) -> str:
    """qpdf prefixes its messages with the input's repr (`stream <_io.BytesIO object at 0x…>`): noise for a client."""
    return _SOURCE.sub("", message)
