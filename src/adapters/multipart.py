"""Split an already bounded multipart/form-data body into its parts, in memory: for the webhook routes, which check
an IOPOLE delivery's signature on its `file` part, and for the IOPOLE decoder, which reads the stored delivery.

The webhook reads the body with a size limit first (adapters.webhook.routes); parsing happens on those bytes, so a
part can never outgrow the limit and nothing spills to temporary files. IOPOLE signs the bytes of the `file` part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_PARTS = 16


class MalformedMultipart(ValueError):
    pass


@dataclass(slots=True)
class Part:
    name: str = ""
    filename: str = ""
    content_type: str = ""
    data: bytearray = field(default_factory=bytearray)


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


def parse_form(body: bytes, content_type: str) -> Form:
    boundary = boundary_of(content_type)
    parts: list[Part] = []
    header_name = bytearray()
    header_value = bytearray()
    headers: dict[bytes, bytes] = {}

    def on_part_begin() -> None:
        if len(parts) >= MAX_PARTS:
            raise MalformedMultipart(f"more than {MAX_PARTS} parts")
        headers.clear()
        parts.append(Part())

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data += data[start:end]

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

    ended = False

    def on_end() -> None:
        nonlocal ended
        ended = True

    parser = MultipartParser(
        boundary,
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
    try:
        parser.write(body)
        parser.finalize()
    except MalformedMultipart:
        raise
    except Exception as exc:  # the parser's own errors: the body is not the multipart it claims to be
        raise MalformedMultipart(f"unreadable multipart body: {exc}") from exc
    if not ended:
        raise MalformedMultipart("the multipart body has no closing boundary")
    fields: dict[str, str] = {}
    files: dict[str, Part] = {}
    for part in parts:
        if part.filename or part.name == "file":
            files.setdefault(part.name, part)
        else:
            fields.setdefault(part.name, part.data.decode("utf-8", "replace"))
    return Form(fields, files)
