"""``ppt-desk bundle …`` and ``ppt-desk card …``: sync from the command line.

    ppt-desk bundle export --to DIR            a bundle for the secretariat onto a stick
    ppt-desk bundle import FILE…               receipts, reference data, transfers (or, at the
                                               secretariat, the PPTs' bundles)
    ppt-desk bundle import STICK               everything on a stick for this device in one
                                               step (its return folder too; others' files stay)
    ppt-desk bundle inspect FILE               check a bundle and show its manifest (applies nothing)
    ppt-desk bundle receipt --device ID --to DIR   a receipt for an enrolled device
    ppt-desk bundle reference --device ID --from FILE.json --version N --to DIR
                                               the province's directory entries for a PPT
    ppt-desk bundle log                        the bundle log
    ppt-desk bundle cases BUNDLE_ID            the cases a bundle carried (identity or pseudonym)
    ppt-desk card export --to DIR [--backup-recipient age1…]   this device's card
    ppt-desk card import FILE [--fingerprint F]                enrol a device (F read by phone)

Output never holds a name, NIK or address: case numbers and codes only. Exit status: 0 done,
1 refused (the reason is printed), 2 the data folder could not be opened.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

from .cli_common import fail as _fail, opened as _opened
from .domain.errors import DomainError


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", help="sync bundles over a USB stick")
    bsub = bundle.add_subparsers(dest="bundle_command", required=True)
    export = bsub.add_parser("export", parents=[common], help="write a bundle for the province")
    export.add_argument("--to", type=Path, required=True, dest="to")
    imp = bsub.add_parser("import", parents=[common], help="import bundles")
    imp.add_argument("files", type=Path, nargs="+")
    inspect = bsub.add_parser("inspect", parents=[common], help="check a bundle, show its manifest")
    inspect.add_argument("file", type=Path)
    receipt = bsub.add_parser("receipt", parents=[common], help="write a receipt for a device")
    receipt.add_argument("--device", required=True)
    receipt.add_argument("--to", type=Path, required=True, dest="to")
    reference = bsub.add_parser("reference", parents=[common],
                                help="write reference data (directory entries) for a PPT")
    reference.add_argument("--device", required=True)
    reference.add_argument("--from", type=Path, required=True, dest="source",
                           help="a JSON list of institution entries (ids prov-…)")
    reference.add_argument("--version", type=int, required=True)
    reference.add_argument("--to", type=Path, required=True, dest="to")
    log = bsub.add_parser("log", parents=[common], help="the bundle log")
    cases = bsub.add_parser("cases", parents=[common], help="the cases a bundle carried")
    cases.add_argument("bundle_id")
    card = sub.add_parser("card", help="device cards (enrolment)")
    csub = card.add_subparsers(dest="card_command", required=True)
    cexport = csub.add_parser("export", parents=[common], help="write this device's card")
    cexport.add_argument("--to", type=Path, required=True, dest="to")
    cexport.add_argument("--backup-recipient", default="",
                         help="the secretariat's offline backup key (age1…): a secretariat card")
    cimport = csub.add_parser("import", parents=[common], help="enrol a device from its card")
    cimport.add_argument("file", type=Path)
    cimport.add_argument("--fingerprint", default=None,
                         help="the fingerprint the other side read out by phone")
    for parser in (export, imp, inspect, receipt, reference, log, cases, cexport, cimport):
        parser.add_argument("--username", default=None)


def run(args: argparse.Namespace, data_dir: Path, password: Callable[[], str]) -> int:
    try:
        with _opened(data_dir, args.username, password) as backend:
            if args.command == "card":
                return _card(args, backend)
            return _bundle(args, backend)
    except DomainError as exc:
        params = " ".join(f"{k}={v}" for k, v in sorted(exc.params.items()))
        return _fail(f"refused: {exc.code} {params}".rstrip(), 1)
    except OSError as exc:   # a folder given that does not exist, a file that cannot be read
        return _fail(f"refused: file_error {exc.strerror or type(exc).__name__}: "
                     f"{Path(exc.filename).name if exc.filename else ''}".rstrip(": "), 1)


def _card(args: argparse.Namespace, backend: Any) -> int:
    if args.card_command == "export":
        path = backend.sync.write_own_card(args.to, args.backup_recipient)
        view = backend.sync.read_card(path)
        print(f"card written: {path.name}")
        print(f"fingerprint: {view.fingerprint}  (read it out to the other side by phone)")
        return 0
    view = backend.sync.read_card(args.file)
    print(f"office: {view.office_name}  role: {view.role}  device: {view.device_code}")
    typed = args.fingerprint
    if typed is None:
        if not sys.stdin.isatty():
            return _fail("give --fingerprint as read out by the other side", 1)
        typed = input("Type the fingerprint the other side reads out: ")
    backend.sync.enrol(args.file, typed)
    print(f"enrolled: {view.office_name} ({view.role}), fingerprint {view.fingerprint}")
    print(f"device id: {view.device_id}  (for bundle receipt --device)")
    return 0


def _bundle(args: argparse.Namespace, backend: Any) -> int:
    command = args.bundle_command
    if command == "export":
        _, result = backend.sync.export(args.to)
        print(f"bundle written: {result.file_name} ({result.size} bytes, {result.events} events; "
              f"cases with identity {result.cases_with_identity}, "
              f"pseudonymised {result.cases_pseudonymised})")
        return 0
    if command == "import":
        if any(path.is_dir() for path in args.files):
            return _import_folders(args.files, backend)
        status = 0
        for path in args.files:
            if not path.is_file():
                print(f"{path.name}: not found")
                status = 1
                continue
            _, result = backend.sync.import_bundle(path)
            if result.outcome == "rejected":
                print(f"{path.name}: rejected: {result.reason}")
                status = 1
                continue
            notes = f" notes={','.join(result.notes)}" if result.notes else ""
            print(f"{path.name}: {result.outcome} {result.kind} applied={result.events_applied} "
                  f"held={result.events_held} conflicts={result.conflicts} "
                  f"acknowledged={result.acknowledged}{notes}")
        return status
    if command == "inspect":
        s = backend.sync.inspect(args.file)
        for key, value in vars(s).items():
            print(f"{key}: {', '.join(value) if isinstance(value, tuple) else value}")
        return 0
    if command == "receipt":
        _, name = backend.sync.write_receipt(args.device, args.to)
        print(f"receipt written: {name}")
        return 0
    if command == "reference":
        _, name = backend.sync.write_reference(args.device, args.source, args.version, args.to)
        print(f"reference data version {args.version} written: {name}")
        return 0
    if command == "log":
        for b in backend.sync.bundles():
            print(f"{b.at:%Y-%m-%d %H:%M} {b.direction:3} {b.kind:9} #{b.bundle_seq:<4} "
                  f"{b.status:11} {b.reason or '-':20} events={b.events} "
                  f"identities={b.identities} {b.peer_office} {b.bundle_id}")
        return 0
    for c in backend.sync.bundle_cases(args.bundle_id):
        print(f"{c.case_number}\t{c.mode}")
    return 0


def _import_folders(paths: list[Path], backend: Any) -> int:
    """A stick or folder in one step (``SyncApi.import_many``); others' files are left."""
    _, results = backend.sync.import_many(paths)
    if not results:
        print("no bundle for this device there")
        return 1
    status = 0
    for item in results:
        r = item.result
        if r.outcome in ("not_for_us", "own"):
            print(f"{item.path.name}: left: {r.outcome}")
        elif r.outcome == "rejected":
            print(f"{item.path.name}: rejected: {r.reason}")
            status = 1
        else:
            print(f"{item.path.name}: {r.outcome} {r.kind} applied={r.events_applied} "
                  f"acknowledged={r.acknowledged}")
    return status
