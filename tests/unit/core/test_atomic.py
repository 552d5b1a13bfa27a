"""Atomic writes: a final name appears only with its whole content, is never overwritten, survives a kill."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import atomic
from app.core.atomic import TEMP_SUFFIX, clean_stale_temporaries, replace_file, write_new_file

ROOT = Path(__file__).resolve().parents[3]
posix_only = pytest.mark.skipif(os.name == "nt" or not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def test_write_new_file_writes_exactly_the_data_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    assert write_new_file(target, b"{}") == target
    assert target.read_bytes() == b"{}"
    assert leftovers(tmp_path) == []


def test_chunks_are_written_in_order(tmp_path: Path) -> None:
    write_new_file(tmp_path / "r.bin", (bytes([i]) * 1000 for i in range(5)))
    assert (tmp_path / "r.bin").read_bytes() == b"".join(bytes([i]) * 1000 for i in range(5))


def test_an_existing_receipt_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_bytes(b"original")
    with pytest.raises(FileExistsError):
        write_new_file(target, b"forgery")
    assert target.read_bytes() == b"original"
    assert leftovers(tmp_path) == []


def test_an_existing_symlink_counts_as_existing(tmp_path: Path) -> None:
    if not hasattr(os, "symlink"):
        pytest.skip("no symlinks")
    (tmp_path / "r.json").symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_new_file(tmp_path / "r.json", b"x")


def test_a_failing_producer_leaves_neither_final_name_nor_temporary(tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"half"
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        write_new_file(tmp_path / "r.pdf", chunks())
    assert list(tmp_path.iterdir()) == []


def test_without_hard_links_it_falls_back_to_a_rename_and_still_refuses_to_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT sticks and some network shares have no hard links (EPERM); the receipt must still be written."""

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    write_new_file(tmp_path / "r.json", b"one")
    assert (tmp_path / "r.json").read_bytes() == b"one"
    with pytest.raises(FileExistsError):
        write_new_file(tmp_path / "r.json", b"two")
    assert (tmp_path / "r.json").read_bytes() == b"one"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_an_oserror_not_a_half_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_new_file(tmp_path / "missing" / "r.json", b"x")


def test_replace_file_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    target.write_bytes(b"old")
    replace_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_only_stale_temporaries_of_this_module_are_cleaned(tmp_path: Path) -> None:
    stale = tmp_path / f".r.json.0123456789ab{TEMP_SUFFIX}"
    fresh = tmp_path / f".r.pdf.ba9876543210{TEMP_SUFFIX}"
    others = [tmp_path / ".hidden", tmp_path / f".someone-elses{TEMP_SUFFIX}"]  # e.g. in the documents folder
    for path in (stale, fresh, *others):
        path.write_bytes(b"x")
    old = time.time() - 7200
    for path in (stale, *others):
        os.utime(path, (old, old))
    assert clean_stale_temporaries(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, *(p.name for p in others)])


_SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from app.core.atomic import write_new_file

    def chunks():
        for _ in range(10_000):
            yield b"x" * 65536
            time.sleep(0.002)

    write_new_file(sys.argv[1], chunks())
    """
)


def _child(code: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT)


@posix_only
def test_sigkill_in_the_middle_of_an_export_leaves_no_partial_or_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "2026-11-29_pixel-7_abcdef12.pdf"
    child = _child(_SLOW_WRITER, str(target))
    try:
        deadline = time.monotonic() + 30
        # Kill only once the write is really under way: a temporary file with data in it.
        while time.monotonic() < deadline:
            temps = leftovers(tmp_path)
            if temps and temps[0].stat().st_size > 1_000_000:
                break
            assert child.poll() is None, "the writer ended before it could be killed"
            time.sleep(0.01)
        else:
            pytest.fail("the writer never started writing")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    assert not target.exists(), "a partial receipt appeared under its final name"
    [temp] = leftovers(tmp_path)  # the only trace is a hidden temporary, which the next export cleans
    assert clean_stale_temporaries(tmp_path, older_than_s=0) == [temp]
    assert list(tmp_path.iterdir()) == []


_LOOP_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.core.atomic import write_new_file

    folder = Path(sys.argv[1])
    for n in range(100_000):
        data = bytes([n % 251]) * (200_000 + n)
        write_new_file(folder / f"r{n:06d}.pdf", data)
        print(n, flush=True)
    """
)


@posix_only
def test_sigkill_at_a_random_moment_of_many_exports_leaves_only_whole_files(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _LOOP_WRITER, str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        for _ in range(20):  # let a few whole files land first
            child.stdout.readline()
        time.sleep(0.0137)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    finals = sorted(tmp_path.glob("r*.pdf"))
    assert len(finals) >= 20
    for path in finals:
        n = int(path.stem[1:])
        assert path.read_bytes() == bytes([n % 251]) * (200_000 + n), f"{path.name} is not whole"
