"""Command line: the GUI by default, and headless subcommands.

``ppt-desk [--data-dir DIR] [--lang id|en]``            start the app
``ppt-desk demo --data-dir DIR --cases N``               build a synthetic training database
``ppt-desk verify [--data-dir DIR] [--username U]``      check integrity, audit chain, outbox
``ppt-desk bundle …`` / ``ppt-desk card …``              sync over a USB stick (``cli_sync``)
``ppt-desk secretariat …``                               a Gugus Tugas secretariat (``cli_secretariat``)

For automation only, a password can come from ``PPT_DESK_PASSWORD``.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from . import cli_secretariat, cli_sync
from .logsetup import configure_logging

PASSWORD_ENV = "PPT_DESK_PASSWORD"


def default_data_dir() -> Path:
    return Path(user_data_dir("ppt-desk", appauthor=False))


def _password(prompt: str = "Kata sandi: ") -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"{PASSWORD_ENV} is not set and there is no terminal to ask for a password")
    return getpass.getpass(prompt)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ppt-desk", description="ppt-desk case management")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data folder (default: the user's data directory)")
    # Subcommands accept --data-dir after their name too; SUPPRESS keeps the top-level value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="data folder (default: the user's data directory)")
    parser.add_argument("--lang", choices=["id", "en"], default=None, help="interface language")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="build a database of synthetic cases for training")
    demo.add_argument("--data-dir", type=Path, required=True, dest="demo_dir")
    demo.add_argument("--cases", type=int, default=200)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--username", default="demo")
    verify = sub.add_parser("verify", parents=[common],
                            help="check the database, audit chain and outbox")
    verify.add_argument("--username", default=None)
    cli_sync.add_parsers(sub, common)
    cli_secretariat.add_parsers(sub, common)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    log_dir = (args.demo_dir if args.command == "demo" else data_dir) / "logs"
    configure_logging(log_dir)
    if args.command == "demo":
        from .demo import build_demo

        password = _password()
        result = build_demo(args.demo_dir, args.cases, password, seed=args.seed,
                            username=args.username)
        print(f"{args.cases} synthetic cases written; username: {args.username}")
        print(f"recovery code: {result.recovery_code}")
        return 0
    if args.command == "verify":
        return run_verify(data_dir, args.username)
    if args.command in ("bundle", "card"):
        return cli_sync.run(args, data_dir, _password)
    if args.command == "secretariat":
        return cli_secretariat.run(args, data_dir, _password)
    from .platform_check import EXIT_STATUS, check_gui_platform

    problem = check_gui_platform()
    if problem:  # said before Qt starts: its own abort names no package
        print(problem, file=sys.stderr)
        return EXIT_STATUS
    from .bootstrap import make_backend
    from .gui.app import run_gui

    return run_gui(make_backend(data_dir), args.lang)


def run_verify(data_dir: Path, username: str | None) -> int:
    from .bootstrap import make_backend
    from .domain.errors import DomainError

    backend = make_backend(data_dir)
    if not backend.session.is_set_up():
        print("no ppt-desk database in this folder", file=sys.stderr)
        return 2
    try:
        # Not while the app has the folder open: its writes would wait on our read.
        backend.session.acquire_instance_lock()
        name = username or (backend.session.usernames() or [""])[0]
        report = backend.session.verify_files(name, _password())
    except DomainError as exc:
        print(f"cannot open the database: {exc.code}", file=sys.stderr)
        return 2
    finally:
        backend.session.release_instance_lock()
    print(f"audit entries: {report.audit_entries}; outbox events: {report.outbox_events}")
    kept = "none" if report.checkpoint_seq is None else f"seq {report.checkpoint_seq}"
    print(f"rows checked: {report.rows_checked} (written before row digests: "
          f"{report.rows_unbound}); checkpoint kept outside the database: {kept}")
    if report.ok:
        print("OK: integrity_check, cipher_integrity_check, audit chain, outbox sequence,"
              " row digests and checkpoint pass")
        return 0
    first = report.first
    assert first is not None
    print(f"FIRST PROBLEM: {first.check}: {first.code} at {first.where} {first.detail}".rstrip())
    print(f"problems: {len(report.problems)}")
    return 1
