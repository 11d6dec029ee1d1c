"""ppt_desk.atomic: a file is replaced whole or not at all, and a failed write leaves no temp
file behind.  Real files in real folders; the failures are real ones (an exception in the
caller's block, a folder that cannot be written, a rename onto a folder)."""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from ppt_desk.atomic import TEMP_PREFIX, atomic_file, atomic_write, fsync_dir

OLD = b"versi lama\n"
NEW = b"versi baru\n" * 1000


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "Catatan Melati.json"
    path.write_bytes(OLD)
    return path


def test_atomic_write_replaces_the_content(target):
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert names(target.parent) == [target.name]


def test_atomic_write_creates_a_new_file(tmp_path):
    path = tmp_path / "baru.bin"
    atomic_write(path, NEW)
    assert path.read_bytes() == NEW
    assert names(tmp_path) == ["baru.bin"]


def test_atomic_file_writes_beside_the_target_and_moves_into_place_at_the_end(target):
    with atomic_file(target) as handle:
        handle.write(NEW[:5])
        handle.write(NEW[5:])
        handle.flush()
        # until the block ends, the target is untouched and the data sits in a temp file
        assert target.read_bytes() == OLD
        temp, = (p for p in target.parent.iterdir() if p != target)
        assert temp.read_bytes() == NEW
    assert temp.name.startswith(TEMP_PREFIX) and temp.name.endswith(".json.tmp")
    assert "melati" not in temp.name.lower() and "catatan" not in temp.name.lower()
    assert target.read_bytes() == NEW
    assert names(target.parent) == [target.name]


def test_an_exception_in_the_block_keeps_the_old_file_and_leaves_no_temp_file(target):
    with pytest.raises(RuntimeError, match="printer jammed"):
        with atomic_file(target) as handle:
            handle.write(NEW)
            raise RuntimeError("printer jammed")
    assert target.read_bytes() == OLD
    assert names(target.parent) == [target.name]


def test_a_failed_rename_leaves_no_temp_file(tmp_path):
    """The target is a folder with files in it: the rename fails after the data is
    written, and the temp file must go."""
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "isi.txt").write_bytes(OLD)
    with pytest.raises(OSError):
        atomic_write(folder, NEW)
    assert names(tmp_path) == ["arsip"]
    assert (folder / "isi.txt").read_bytes() == OLD


@contextlib.contextmanager
def _unprivileged():
    """Root writes into any folder: check permissions as "nobody" while in the block."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.mark.skipif(os.name != "posix", reason="folder permissions are POSIX")
def test_a_read_only_folder_keeps_the_old_file():
    # In /tmp, not under pytest's 0700 base folder, so that "nobody" can reach it.
    folder = Path(tempfile.mkdtemp(prefix="ppt-desk-ro-"))
    path = folder / "keyslots.json"
    try:
        path.write_bytes(OLD)
        path.chmod(0o666)  # the file could be overwritten in place; the folder is read-only
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP
                     | stat.S_IROTH | stat.S_IXOTH)
        with _unprivileged():
            with pytest.raises(PermissionError):
                atomic_write(path, NEW)
            with pytest.raises(PermissionError):
                with atomic_file(path) as handle:
                    handle.write(NEW)
        assert path.read_bytes() == OLD
        assert names(folder) == ["keyslots.json"]
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def test_text_mode_writes_utf8(tmp_path):
    path = tmp_path / "catatan.txt"
    with atomic_file(path, "w") as handle:
        handle.write("Renée Ndun \u2014 catatan\n")
    assert path.read_bytes() == "Renée Ndun \u2014 catatan\n".encode()
    assert names(tmp_path) == ["catatan.txt"]


@pytest.mark.parametrize("mode", ["rb", "ab", "r+b", "xb"])
def test_only_whole_file_writes_are_accepted(target, mode):
    with pytest.raises(ValueError):
        with atomic_file(target, mode):
            pass
    assert target.read_bytes() == OLD
    assert names(target.parent) == [target.name]


def test_syncing_a_missing_folder_is_not_an_error(tmp_path):
    """The data is already in place when the folder is synced: a folder that cannot be
    synced (a USB stick's file system, a folder just removed) must not fail the write."""
    fsync_dir(tmp_path / "tidak-ada")
