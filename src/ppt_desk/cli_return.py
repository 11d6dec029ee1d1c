"""``ppt-desk secretariat return``: the return trip from the command line (ADR 0018).

    ppt-desk secretariat return --device ID --out STICK   receipt, reference data and routed
                                                          transfers for one PPT
    ppt-desk secretariat return --all --out STICK         the same for every enrolled PPT,
                                                          one folder each

Registered by ``cli_secretariat`` (``add_parser(ssub, common)`` and ``"return": run``).
Messages in Bahasa Indonesia; output holds no name, NIK or address.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(ssub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = ssub.add_parser("return", parents=[common],
                             help="siapkan kiriman balik untuk PPT di flashdisk")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--device", help="ID perangkat PPT")
    which.add_argument("--all", action="store_true", help="semua PPT terdaftar")
    parser.add_argument("--out", type=Path, required=True, help="flashdisk atau folder")
    parser.add_argument("--username", default=None)
    return parser


def run(args: argparse.Namespace, backend: Any, _status: Any = None) -> int:
    from .gui.sync.return_texts import trip_text

    if args.all:
        _, trips = backend.return_trip.prepare_all(args.out)
    else:
        trips = [backend.return_trip.prepare(args.device, args.out)[1]]
    for trip in trips:
        print(f"{trip.folder.relative_to(args.out)}: {trip_text(trip)}")
    if not trips:
        print("Belum ada perangkat PPT yang terdaftar.")
        return 1
    print(f"Selesai: {len(trips)} PPT. Di PPT: Sinkronisasi > Impor dari flashdisk > "
          "Impor semua dari folder.")
    return 0
