"""The return trip from the command line: ``secretariat return`` (``cli_return``, registered by
cli_secretariat) writes the PPT's folder, and ``ppt-desk bundle import STICK`` at the PPT takes
everything in it in one step, as an operator types it (a fresh process)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from ppt_desk import cli_return
from return_trip_helpers import make_offices, route
from sync_helpers import ADMIN, PASSWORD, device_id


@pytest.fixture
def offices(backend, tmp_path):
    o = make_offices(backend, tmp_path)
    yield o
    o.lock()


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli_return.add_parser(parser.add_subparsers(dest="cmd"), argparse.ArgumentParser(
        add_help=False))
    return parser.parse_args(["return", *argv])


def test_return_for_one_ppt_and_import_at_the_ppt(offices, tmp_path, capsys):
    p, b = offices.p, offices.b
    stick = tmp_path / "stick"
    stick.mkdir()
    route(offices, stick)
    p.return_trip.collect_routed(stick)
    assert cli_return.run(_args("--device", device_id(b), "--out", str(stick)), p) == 0
    out = capsys.readouterr().out
    assert f"ppt-desk-kembali/{device_id(b)}: Untuk {b.office.profile().name}: tanda terima, " \
           "1 pemindahan kasus." in out
    assert "Yuliana" not in out
    b.session.lock()
    done = subprocess.run(
        [sys.executable, "-m", "ppt_desk", "bundle", "import", str(stick),
         "--data-dir", str(tmp_path / "belu"), "--username", ADMIN],
        env={**os.environ, "PPT_DESK_PASSWORD": PASSWORD}, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, (done.stdout, done.stderr)
    lines = done.stdout.splitlines()
    assert [line.split(": ", 1)[1].split(" applied")[0] for line in lines] == [
        "applied receipt", "applied transfer"]
    assert "Yuliana" not in done.stdout + done.stderr
    b.session.unlock(ADMIN, PASSWORD)


def test_return_for_all_and_refusals(offices, tmp_path, capsys):
    p = offices.p
    stick = tmp_path / "stick"
    stick.mkdir()
    assert cli_return.run(_args("--all", "--out", str(stick)), p) == 0
    out = capsys.readouterr().out
    assert out.count("Untuk ") == 2 and "Selesai: 2 PPT." in out
    with pytest.raises(SystemExit):
        _args("--out", str(stick))            # --device or --all is required


def test_secretariat_import_of_a_stick_takes_the_routed_transfers_too(offices, tmp_path, capsys):
    """``ppt-desk secretariat import STICK``: the transfers carried for another PPT are taken
    into the routing folder (a line each) beside the bundles for the secretariat."""
    from ppt_desk import cli_secretariat

    p, b = offices.p, offices.b
    stick = tmp_path / "stick"
    stick.mkdir()
    route(offices, stick)
    args = argparse.Namespace(paths=[stick])
    code = cli_secretariat._import(args, p, p.secretariat.status())
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"Pemindahan kasus untuk {b.office.profile().name} diterima" in out
    assert [plan.transfers_waiting for plan in p.return_trip.plan()
            if plan.device_id == device_id(b)] == [1]
