"""Split an already bounded multipart/form-data body into its parts, in memory: for the IOPOLE decoder, which reads
the stored delivery; or read it as it comes (FormFacts), keeping nothing of it but its fields: for the webhook
routes, which check an IOPOLE delivery's signature on its `file` part's hash and name the delivery by its fields.

The webhook reads the body with a size limit (adapters.webhook.routes, which sets a large one aside in a temporary
file while it is read and stores it from there): IOPOLE signs the bytes of the `file` part, hashed while the body is
read, so a made-up signature is refused when its last byte comes, and a genuine body is never split nor read back.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_PARTS = 16


class MalformedMultipart(ValueError):
    pass


@dataclass(slots=True)
class Part:
    name: str = ""
    filename: str = ""
    content_type: str = ""
    data: bytes = b""  # at most parse_form's `keep_bytes`
    size: int = 0  # its data's bytes, kept or not


@dataclass(frozen=True, slots=True)
class Form:
    fields: dict[str, str]
    files: dict[str, Part]

    def file(self, name: str = "file") -> Part | None:
        return self.files.get(name)


def boundary_of(content_type: str) -> bytes:
    media, options = parse_options_header(content_type)
    if media != b"multipart/form-data" or not options.get(b"boundary"):
        raise MalformedMultipart(f"not multipart/form-data with a boundary: {content_type!r}")
    return options[b"boundary"]


class StreamedForm:
    """A multipart/form-data body read piece by piece (`write`, then `finish`): python_multipart's streaming parser
    with each part's headers read; each piece of a part's data goes to `on_data(part, piece)` as it comes (the piece
    a view into the written chunk, valid during the call only). MalformedMultipart when the body is not the multipart
    it claims to be."""

    def __init__(self, content_type: str, on_data: Callable[[Part, memoryview], None]) -> None:
        self.parts: list[Part] = []
        self._on_data = on_data
        self._ended = False
        header_name = bytearray()
        header_value = bytearray()
        headers: dict[bytes, bytes] = {}
        parts = self.parts

        def on_part_begin() -> None:
            if len(parts) >= MAX_PARTS:
                raise MalformedMultipart(f"more than {MAX_PARTS} parts")
            headers.clear()
            parts.append(Part())

        def on_part_data(data: bytes, start: int, end: int) -> None:
            on_data(parts[-1], memoryview(data)[start:end])

        def on_header_field(data: bytes, start: int, end: int) -> None:
            header_name.extend(data[start:end])

        def on_header_value(data: bytes, start: int, end: int) -> None:
            header_value.extend(data[start:end])

        def on_header_end() -> None:
            headers[bytes(header_name).lower()] = bytes(header_value)
            header_name.clear()
            header_value.clear()

        def on_headers_finished() -> None:
            part = parts[-1]
            _, disposition = parse_options_header(headers.get(b"content-disposition", b""))
            part.name = disposition.get(b"name", b"").decode("utf-8", "replace")
            part.filename = disposition.get(b"filename", b"").decode("utf-8", "replace")
            part.content_type = headers.get(b"content-type", b"").decode("latin-1")

        def on_end() -> None:
            self._ended = True

        self._parser = MultipartParser(
            boundary_of(content_type),
            {
                "on_part_begin": on_part_begin,
                "on_part_data": on_part_data,
                "on_header_field": on_header_field,
                "on_header_value": on_header_value,
                "on_header_end": on_header_end,
                "on_headers_finished": on_headers_finished,
                "on_end": on_end,
            },
        )

    def write(self, chunk: bytes) -> None:
        self._call(self._parser.write, chunk)

    def finish(self) -> list[Part]:
        """The parts, once the whole body was written."""
        self._call(self._parser.finalize)
        if not self._ended:
            raise MalformedMultipart("the multipart body has no closing boundary")
        return self.parts

    @staticmethod
    def _call(step: Callable[..., object], *args: bytes) -> None:
        try:
            step(*args)
        except MalformedMultipart:
            raise
        except Exception as exc:  # the parser's own errors: the body is not the multipart it claims to be
            raise MalformedMultipart(f"unreadable multipart body: {exc}") from exc


def is_file(part: Part) -> bool:
    """A part read as a file: it has a filename, or is named `file`."""
    return bool(part.filename) or part.name == "file"


def _count(part: Part, piece: memoryview) -> None:
    part.size += len(piece)


def parse_form(body: bytes, content_type: str, keep_bytes: int | None = None) -> Form:
    """`keep_bytes`: a part larger than this is not kept (its data empty, its `size` counted), so that a part too
    large to be read costs no copy of it (a first pass counts, for a body that large only)."""
    oversized: set[int] = set()
    if keep_bytes is not None and len(body) > keep_bytes:
        counting = StreamedForm(content_type, _count)
        counting.write(body)
        oversized = {i for i, part in enumerate(counting.finish()) if part.size > keep_bytes}

    # Each part's data in one buffer whose bytes it then is without a copy (BytesIO's getvalue shares its buffer): a
    # bytearray copied into bytes held a document twice beside its delivery's body.
    kept: dict[int, io.BytesIO] = {}

    def keep(part: Part, piece: memoryview) -> None:
        part.size += len(piece)
        index = len(form.parts) - 1
        if index not in oversized:
            kept.setdefault(index, io.BytesIO()).write(piece)

    form = StreamedForm(content_type, keep)
    form.write(body)
    fields: dict[str, str] = {}
    files: dict[str, Part] = {}
    for index, part in enumerate(form.finish()):
        if index in kept:
            part.data = kept.pop(index).getvalue()
        if is_file(part):
            files.setdefault(part.name, part)
        else:
            fields.setdefault(part.name, part.data.decode("utf-8", "replace"))
    return Form(fields, files)


# What a form's field (a part that is no file) is kept of while the body streams: ids and statuses are short, and a key
# this long is no storable key anyway (adapters.webhook.receiver.MAX_KEY_LENGTH).
FIELD_BYTES = 4096


class FormFacts:
    """What a form says without keeping it, gathered as its body is written in pieces: the SHA-256 of its `file` part
    (Form.file(): the first part of that name read as a file), its fields (the first part of each name that is no
    file, up to FIELD_BYTES, decoded as parse_form does), and why it is no such form. Known once the whole body was
    written (`finish`), then as parse_form would have split it."""

    def __init__(self, content_type: str, name: str = "file") -> None:
        self._name = name
        self._hashes: dict[int, hashlib._Hash] = {}  # by id of each part of that name (at most MAX_PARTS)
        self._held: dict[int, bytearray] = {}  # the fields' first bytes, by id of their part
        self.file_sha256: str | None = None
        self.fields: dict[str, str] = {}
        self.problem = ""  # why the body is no form with such a file part ("" once it is)
        self._form: StreamedForm | None = None
        try:
            self._form = StreamedForm(content_type, self._piece)
        except MalformedMultipart as exc:
            self.problem = str(exc)

    def _piece(self, part: Part, piece: memoryview) -> None:
        if is_file(part):
            if part.name == self._name:
                self._hashes.setdefault(id(part), hashlib.sha256()).update(piece)
            return
        held = self._held.setdefault(id(part), bytearray())
        held += piece[: max(0, FIELD_BYTES - len(held))]

    def write(self, chunk: bytes) -> None:
        if self._form is None:
            return
        try:
            self._form.write(chunk)
        except MalformedMultipart as exc:
            self._form, self.problem = None, str(exc)

    def finish(self) -> None:
        form, self._form = self._form, None
        if form is None:
            return
        try:
            parts = form.finish()
        except MalformedMultipart as exc:
            self.problem = str(exc)
            return
        for part in parts:
            if not is_file(part):
                self.fields.setdefault(
                    part.name, bytes(self._held.get(id(part), b"")).decode("utf-8", "replace")
                )
        chosen = next((p for p in parts if p.name == self._name and is_file(p)), None)
        if chosen is None:
            self.problem = f"multipart body without a '{self._name}' part"
        else:
            self.file_sha256 = self._hashes.get(id(chosen), hashlib.sha256()).hexdigest()
