"""The limits a document is read within, and the errors that name them (each a DocumentError with a rule id).

Reading limits are checked by the reader itself before anything is decompressed (pdf_reading.py); the worker
limits (memory, time) are enforced around the reader by the document worker pool (service.workers.worker_pool) as a
backstop for what the reader cannot foresee, and named by domain.document_formats (WorkerLimitExceeded,
out_of_memory), which the pool and the readers both use. Every error pickles (one message argument), so it crosses
from a worker process to the caller unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.document_formats import DocumentError

MiB = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadingLimits:
    # Decoded size of any one PDF stream the reader decodes (the XML attachment, the XMP, each object stream).
    # A Factur-X XML of 10,000 lines is about 20 MiB; a compression bomb is refused at this size, not at 2 GB.
    max_stream_bytes: int = 32 * MiB
    # Objects in the cross-reference table; a generated Factur-X has about 20, a scanned one a few thousand.
    max_objects: int = 50_000


DEFAULT_LIMITS = ReadingLimits()


class DocumentTooLarge(DocumentError):
    rule_id = "PDP-DOC-SIZE"


class TooManyObjects(DocumentError):
    rule_id = "PDP-DOC-OBJECTS"
