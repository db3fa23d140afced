"""The archive export's zip, written as it goes and handed out in parts as soon as they are written.

No seeking back: each entry's sizes and CRC follow it in a data descriptor (zipfile does so on a stream it cannot
seek), so a part once handed out is final, and an export of any size holds only what is being written. What must
wait for the end is kept out of memory: the manifest's lines (one per file, in the order written) go to a spooled
temporary file, and so does anything the caller spools (the documents' index), and so do the files' entries of the
central directory, written at the end (zipfile keeps a ZipInfo of about 450 bytes per file until then: 450 MB for
an archive of a million documents).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import pickle
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from domain.archive import content_address, manifest

_log = logging.getLogger(__name__)
PART_BYTES = 1024 * 1024  # the parts handed out: well under gRPC's default 4 MiB message limit
SPOOL_BYTES = 4 * 1024 * 1024  # a spooled file beyond this goes to a temporary file on disk

Stamp = tuple[int, int, int, int, int, int]


RETRY_AFTER_S = 60.0  # for the temporary disk to have room again


class TemporarySpaceLacking(Exception):
    """The temporary files' disk (TMPDIR) is full: an export cannot go on now (RESOURCE_EXHAUSTED, retry later)."""

    retry_after = RETRY_AFTER_S


@contextlib.contextmanager
def _room() -> Iterator[None]:
    """A full disk (or quota) met inside the block is TemporarySpaceLacking."""
    try:
        yield
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        _log.warning("the disk of the temporary files (TMPDIR) is full: an archive export is refused")
        raise TemporarySpaceLacking(
            "no room left on the server's disk for the export's temporary files (TMPDIR): retry later, or"
            " export a shorter date range"
        ) from exc


class _Spooled(tempfile.SpooledTemporaryFile):
    # A buffered file on disk meets a full disk when its buffer goes out: at a write, a flush, or the seek back to
    # its start (seen on serve, a 43 MB export on a 40 MB TMPDIR: the seek's ENOSPC was not TEMPORARY_SPACE).
    def write(self, data: Any) -> int:
        with _room():
            return int(super().write(data))

    def flush(self) -> None:
        with _room():
            super().flush()

    def seek(self, *args: Any) -> int:
        with _room():
            return int(super().seek(*args))


def spooled() -> IO[bytes]:
    """A temporary file kept in memory up to SPOOL_BYTES, then on disk; a write, flush or seek finding the disk
    full is TemporarySpaceLacking."""
    return _Spooled(max_size=SPOOL_BYTES)


class ZipStream:
    """A zip being written: `add` a file, or write one in pieces (`entry`), then `take` the bytes written so far;
    `finish` writes the manifest (MANIFEST.sha256 style: `<sha256>  <path>`, one line per file) and the central
    directory. `sha256` and `size` are those of every byte taken."""

    def __init__(self, stamp: Stamp) -> None:
        self._stamp = stamp
        self._out = bytearray()
        self._manifest = spooled()
        self._directory = _Directory()
        self._zip = zipfile.ZipFile(self, "w", compression=zipfile.ZIP_DEFLATED)
        self._digest = hashlib.sha256()
        self.size = 0

    # the file object zipfile writes to: no tell, no seek (zipfile then writes data descriptors)
    def write(self, data: bytes) -> int:
        self._out += data
        return len(data)

    def flush(self) -> None:
        pass

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    @property
    def pending(self) -> int:
        """Bytes written and not yet taken."""
        return len(self._out)

    def _info(self, path: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(path, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return info

    def _listed(self, path: str, sha256: str) -> None:
        self._manifest.write(manifest({path: sha256}).encode("ascii"))
        self._directory.keep(self._zip)

    def add(self, path: str, data: bytes) -> None:
        self._zip.writestr(self._info(path), data)
        self._listed(path, content_address(data))

    @contextlib.contextmanager
    def entry(self, path: str, size: int | None = None) -> Iterator[Callable[[bytes | memoryview], None]]:
        """A file written in pieces: the block gets the function that writes the next one. Of a known `size`, its
        bytes are those `add` writes (zipfile's `writestr`: no zip64 field below 4 GiB), whatever the pieces;
        else its header makes room for any size (zip64)."""
        digest = hashlib.sha256()
        info = self._info(path)
        if size is not None:
            info.file_size = size
        with self._zip.open(info, "w", force_zip64=size is None) as dest:

            def write(data: bytes | memoryview) -> None:
                digest.update(data)
                dest.write(data)

            yield write
        self._listed(path, digest.hexdigest())

    def copy(self, path: str, source: IO[bytes]) -> None:
        """A file of the whole content of `source` (read from its start)."""
        source.seek(0)
        with self.entry(path) as write:
            for block in iter(lambda: source.read(PART_BYTES), b""):
                write(block)

    def take(self) -> list[bytes]:
        """The bytes written since the last take, in parts of at most PART_BYTES."""
        data = bytes(self._out)
        self._out.clear()
        self._digest.update(data)
        self.size += len(data)
        return [data[offset : offset + PART_BYTES] for offset in range(0, len(data), PART_BYTES)]

    def finish(self, manifest_name: str) -> str:
        """Writes the manifest of every file added, then the central directory; the manifest's SHA-256."""
        digest = hashlib.sha256()
        self._manifest.seek(0)
        with self._zip.open(self._info(manifest_name), "w", force_zip64=True) as dest:
            for block in iter(lambda: self._manifest.read(PART_BYTES), b""):
                digest.update(block)
                dest.write(block)
        self._directory.keep(self._zip)
        self._zip.filelist = self._directory  # type: ignore[assignment]  # what zipfile's end reads: len, iter
        self._zip.close()
        return digest.hexdigest()

    def close(self) -> None:
        """Gives back the spooled files (the zip itself is closed by `finish`, or dropped unfinished)."""
        self._manifest.close()
        self._directory.close()


class _Directory:
    """The files' ZipInfos as zipfile will write them in its central directory, spooled as each file ends rather than
    held by the ZipFile (its `filelist` and `NameToInfo`): its end reads them back one at a time, in order. Names are
    never repeated (content addresses and fixed names), which `NameToInfo` checked."""

    def __init__(self) -> None:
        self._file = spooled()
        self._count = 0

    def keep(self, zip_file: zipfile.ZipFile) -> None:
        for info in zip_file.filelist:
            pickle.dump(info, self._file)
            zip_file.NameToInfo.pop(info.filename, None)
        self._count += len(zip_file.filelist)
        zip_file.filelist.clear()

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[zipfile.ZipInfo]:
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)  # noqa: S301 - our own file, written just above

    def close(self) -> None:
        self._file.close()
