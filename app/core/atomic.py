"""Write files so that a crash, a kill or a full disk never leaves a half-written one under its final name.

A receipt is evidence: a truncated PDF or an empty JSON file next to a register row would be worse
than none. So every file goes to a temporary name in the same folder, is flushed and fsynced, and
only then gets its final name, in one step the file system makes atomic. Receipts are also never
overwritten: the final name is created with a hard link, which fails when the name exists.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = ["TEMP_SUFFIX", "clean_stale_temporaries", "replace_file", "write_new_file"]

TEMP_SUFFIX = ".partial"
# A temporary file older than this is a crash's leftover, not another program's write in progress.
_STALE_AFTER_S = 3600.0


_OWN_TEMP = re.compile(r"\..+\.[0-9a-f]{12}" + re.escape(TEMP_SUFFIX))


def _temp_path(path: Path) -> Path:
    # A dot-name, so file browsers hide it, and the final name in it, so a person can tell what it was.
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def _write_temp(path: Path, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` to a fresh temporary file next to ``path``, fsynced; return its name."""
    temp = _temp_path(path)
    # O_EXCL: never write into a file someone else made; 0o666 lets the umask decide, as for any document.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes | bytearray | memoryview):
                handle.write(data)
            else:
                for chunk in data:
                    handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _fsync_dir(directory: Path) -> None:
    """Make the new name itself durable (POSIX); Windows has no directory handles to fsync."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems (e.g. some network mounts) refuse it
            os.fsync(fd)
    finally:
        os.close(fd)


def write_new_file(path: str | Path, data: bytes | Iterable[bytes]) -> Path:
    """Create ``path`` holding exactly ``data``, or nothing at all; never replace an existing file.

    ``data`` may be an iterable of chunks, so a large export can stream. The final name appears only
    once the content is complete and on disk. File systems without hard links (FAT sticks, some
    network shares) fall back to a check and a rename, which has a tiny window in which two writers
    racing for the same name could overwrite each other (on Windows the rename itself refuses).

    Raises:
        FileExistsError: ``path`` exists already; the temporary file is removed.
        OSError: the folder is missing or not writable, or the disk is full; nothing is left behind.
    """
    target = Path(path)
    temp = _write_temp(target, data)
    try:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(target):
                raise FileExistsError(f"{target} exists already") from None
            os.rename(temp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    return target


def replace_file(path: str | Path, data: bytes | Iterable[bytes]) -> Path:
    """Write ``path`` atomically, replacing it if it exists: for exports a person asked to overwrite.

    Readers see the old file or the new one, never a mix. Not for receipts (see write_new_file).
    """
    target = Path(path)
    temp = _write_temp(target, data)
    try:
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(target.parent)
    return target


def clean_stale_temporaries(directory: str | Path, *, older_than_s: float = _STALE_AFTER_S) -> list[Path]:
    """Remove temporary files a killed write left in ``directory``; return what was removed.

    Only this module's own ``.<name>.<12 hex>.partial`` files older than ``older_than_s`` (the folder
    may be the user's documents, holding other programs' files): a fresh one may belong to another
    copy of the program writing right now.
    """
    removed: list[Path] = []
    cutoff = time.time() - older_than_s
    try:
        candidates = list(Path(directory).glob(f".*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for leftover in candidates:
        if not _OWN_TEMP.fullmatch(leftover.name):
            continue
        try:
            if not leftover.is_file() or leftover.is_symlink() or leftover.stat().st_mtime > cutoff:
                continue
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            continue
    return removed
