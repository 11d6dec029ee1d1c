"""``ppt-desk secretariat …``: a Gugus Tugas PP-TPPO secretariat from the command line (ADR 0015).

    ppt-desk secretariat setup --province 53 --admin USER --backup-key-out FILE [--name N]
                               [--pg-host H --pg-database D --pg-user R [--pg-port P]
                                [--pg-sslmode verify-full|require|disable] [--pg-sslrootcert CA]]
                                             set up an empty data folder as the secretariat
                                             (with --pg-host its store is on that PostgreSQL
                                             server; the role's password from PPT_DESK_PG_PASSWORD
                                             or asked once)
    ppt-desk secretariat status              province, backup key fingerprint, enrolled PPTs
    ppt-desk secretariat enrol CARD --fingerprint XXXX-…   enrol a PPT device from its card
    ppt-desk secretariat revoke DEVICE --reason TEXT       revoke a lost or retired device
    ppt-desk secretariat import PATH…        every bundle of a stick or folder (or the files)
    ppt-desk secretariat receipt DEVICE --out DIR          a receipt for a PPT to carry back

Messages are in Bahasa Indonesia; output holds no name, NIK or address. Exit status: 0 done,
1 refused or a bundle quarantined (the reason is printed), 2 the data folder could not be opened.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, Callable

from . import cli_return
from .cli_common import fail, opened
from .domain.errors import DomainError
from .services.secretariat import key_file

NOT_SET_UP = "Folder ini belum berisi basis data ppt-desk."
PG_PASSWORD_ENV = "PPT_DESK_PG_PASSWORD"
CANNOT_OPEN = "Basis data tidak dapat dibuka: {code}"
Password = Callable[..., str]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("secretariat", help="Sekretariat Gugus Tugas PP-TPPO provinsi",
                         description="Sekretariat Gugus Tugas PP-TPPO provinsi: persiapan, "
                                     "perangkat PPT, impor bundel, tanda terima.")
    ssub = top.add_subparsers(dest="secretariat_command", required=True)
    setup = ssub.add_parser("setup", parents=[common],
                            help="siapkan folder data kosong sebagai sekretariat")
    setup.add_argument("--province", required=True, help="kode provinsi resmi, mis. 53")
    setup.add_argument("--admin", required=True, help="nama pengguna admin pertama")
    setup.add_argument("--display-name", default="", help="nama lengkap admin")
    setup.add_argument("--name", default="", help="nama kantor (bawaan: dari nama provinsi)")
    setup.add_argument("--backup-key-out", type=Path, required=True,
                       help="berkas baru untuk kunci cadangan offline (tidak ditimpa)")
    pg = setup.add_argument_group("PostgreSQL (beberapa petugas sekaligus; tanpa --pg-host: "
                                  "basis data terenkripsi di folder data)")
    pg.add_argument("--pg-host", default="", help="server PostgreSQL kantor")
    pg.add_argument("--pg-port", type=int, default=5432)
    pg.add_argument("--pg-database", default="", help="nama basis data (kosong)")
    pg.add_argument("--pg-user", default="", help="peran (role) PostgreSQL untuk ppt-desk")
    pg.add_argument("--pg-sslmode", default="verify-full",
                    choices=["verify-full", "require", "disable"])
    pg.add_argument("--pg-sslrootcert", default="",
                    help="berkas sertifikat CA untuk verify-full")
    status = ssub.add_parser("status", parents=[common], help="keadaan sekretariat")
    enrol = ssub.add_parser("enrol", parents=[common], help="daftarkan perangkat PPT")
    enrol.add_argument("card", type=Path)
    enrol.add_argument("--fingerprint", required=True,
                       help="sidik jari yang dibacakan PPT lewat telepon")
    revoke = ssub.add_parser("revoke", parents=[common], help="cabut perangkat")
    revoke.add_argument("device")
    revoke.add_argument("--reason", required=True)
    imp = ssub.add_parser("import", parents=[common],
                          help="impor semua bundel dari folder/flashdisk atau berkas")
    imp.add_argument("paths", type=Path, nargs="+")
    receipt = ssub.add_parser("receipt", parents=[common], help="tanda terima untuk PPT")
    receipt.add_argument("device")
    receipt.add_argument("--out", type=Path, required=True)
    for parser in (status, enrol, revoke, imp, receipt):
        parser.add_argument("--username", default=None)
    cli_return.add_parser(ssub, common)


def _refusal(exc: DomainError) -> str:
    from .gui.labels import error_text

    return f"Ditolak: {error_text(exc.code, **exc.params)} ({exc.code})"


def run(args: argparse.Namespace, data_dir: Path, password: Password) -> int:
    try:
        if args.secretariat_command == "setup":
            return _setup(args, data_dir, password)
        with opened(data_dir, args.username, password, NOT_SET_UP, CANNOT_OPEN) as backend:
            status = backend.secretariat.status()
            if not status.is_secretariat:
                return fail("Folder ini bukan folder sekretariat (ini folder PPT).", 1)
            return _COMMANDS[args.secretariat_command](args, backend, status)
    except DomainError as exc:
        return fail(_refusal(exc), 1)
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else ""
        return fail(f"Ditolak: berkas tidak dapat dibaca atau ditulis "
                    f"({exc.strerror or type(exc).__name__}) {name}".rstrip(), 1)


# -- setup ----------------------------------------------------------------------------------------
def _setup(args: argparse.Namespace, data_dir: Path, password: Password) -> int:
    from .bootstrap import make_backend

    backend = make_backend(data_dir)
    if backend.session.is_set_up():
        return fail("Folder ini sudah berisi basis data ppt-desk; tidak ada yang diubah.", 1)
    out = args.backup_key_out
    if out.exists():
        return fail(f"Ditolak: berkas {out} sudah ada; kunci cadangan tidak menimpa berkas. "
                    "Pilih nama berkas baru.", 1)
    first = password("Kata sandi admin (min. 10 karakter): ")
    repeat = password("Ulangi kata sandi: ")
    store, store_password = _store(args)
    # Reserved (empty, 0600) before setup: a folder is never set up with nowhere for its key.
    fd = key_file.reserve(out)
    backend.session.acquire_instance_lock()
    try:
        result = backend.secretariat.setup(args.province, args.admin,
                                           args.display_name or args.admin, first, repeat,
                                           args.name, store, store_password)
    except BaseException:
        os.close(fd)
        out.unlink(missing_ok=True)
        raise
    finally:
        backend.session.release_instance_lock()
    try:
        key_file.fill(fd, result)
    except OSError:   # the disk, not the folder: the key must still reach the user, once
        print("PERINGATAN: kunci cadangan tidak dapat ditulis ke berkas. Salin baris berikut "
              "sekarang dan simpan di tempat aman; kunci ini tidak ditampilkan lagi:")
        print(key_file.key_file_text(result))
    print(f"Sekretariat disiapkan: {result.office.name}")
    print(f"Admin: {result.admin.username}")
    if store is not None:
        print(f"Penyimpanan: PostgreSQL {store['user']}@{store['host']}:{store['port']}/"
              f"{store['dbname']} (TLS {store['sslmode']}); kata sandi peran disimpan "
              "terenkripsi di folder data")
    print(f"Kode pemulihan: {result.recovery_code}")
    print("  Catat atau cetak kode pemulihan sekarang; kode ini tidak ditampilkan lagi.")
    print(f"Kunci cadangan offline disimpan di: {out}")
    print(f"  Sidik jari kunci cadangan: {result.backup_fingerprint}")
    print("  Pindahkan berkas ini ke flashdisk khusus atau cetak, simpan di tempat aman di luar "
          "komputer ini, lalu hapus dari komputer ini. ppt-desk tidak menyimpannya.")
    return 0


def _store(args: argparse.Namespace) -> tuple[dict[str, Any] | None, str]:
    """The PostgreSQL settings given (None: the encrypted file) and the role's password."""
    if not args.pg_host:
        return None, ""
    store = {"host": args.pg_host, "port": args.pg_port, "dbname": args.pg_database,
             "user": args.pg_user, "sslmode": args.pg_sslmode,
             "sslrootcert": args.pg_sslrootcert}
    secret = os.environ.get(PG_PASSWORD_ENV)
    if secret is None:
        if not sys.stdin.isatty():
            raise SystemExit(fail(f"{PG_PASSWORD_ENV} tidak diisi dan tidak ada terminal untuk "
                                  "menanyakan kata sandi peran PostgreSQL.", 1))
        secret = getpass.getpass("Kata sandi peran PostgreSQL: ")
    return store, secret


# -- the other commands ---------------------------------------------------------------------------
def _status(_args: argparse.Namespace, _backend: Any, status: Any) -> int:
    print(f"Sekretariat: {status.office_name}")
    print(f"Provinsi: {status.province_code} {status.province_name}")
    if status.backup_fingerprint:
        print(f"Kunci cadangan: sidik jari {status.backup_fingerprint} "
              f"({status.backup_recipient})")
    else:
        print("Kunci cadangan: BELUM ADA")
    print(f"Perangkat PPT terdaftar: {status.ppt_devices} (dicabut: {status.revoked_devices})")
    return 0


def _enrol(args: argparse.Namespace, backend: Any, _status: Any) -> int:
    view = backend.sync.read_card(args.card)
    print(f"Kartu: {view.office_name} (peran {view.role}, kode {view.device_code})")
    _, peer = backend.sync.enrol(args.card, args.fingerprint)
    print(f"Terdaftar: {peer.office_name}, sidik jari {peer.fingerprint}")
    print(f"ID perangkat: {peer.device_id}  (untuk: secretariat receipt / revoke)")
    return 0


def _revoke(args: argparse.Namespace, backend: Any, _status: Any) -> int:
    backend.sync.revoke(args.device, args.reason)
    print(f"Perangkat {args.device} dicabut; bundelnya tidak diterima lagi.")
    return 0


def _import(args: argparse.Namespace, backend: Any, _status: Any) -> int:
    from .gui.labels import message_for
    from .gui.sync.return_texts import routed_text
    from .gui.sync.texts import import_text, outcome_label

    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"{path.name}: tidak ditemukan")
    routed = [r for folder in args.paths if folder.is_dir()   # transfers for other PPTs
              for r in backend.return_trip.collect_routed(folder)[1]]
    for found in routed:
        print(f"{found.name}: {routed_text(found)}")
    routed_refused = sum(found.outcome == "refused" for found in routed)
    plan = backend.secretariat.import_plan([p for p in args.paths if p.exists()])
    if not plan and not missing:
        print("Tidak ada berkas bundel (*.ppt-bundle) di sana.")
        return 1 if routed_refused or not routed else 0
    quarantined = routed_refused
    touched: set[str] = set()
    for number, path in enumerate(plan, 1):
        try:
            changes, result = backend.sync.import_bundle(path)
            touched |= changes.cases
        except DomainError as exc:    # not even read (stick pulled, unreadable): nothing changed
            print(f"[{number}/{len(plan)}] {path.name}: {outcome_label('rejected')}: "
                  f"{message_for(exc)} ({exc.code})")
            quarantined += 1
            continue
        if result.outcome == "rejected":
            quarantined += 1
        code = f" ({result.reason})" if result.outcome == "rejected" else ""
        print(f"[{number}/{len(plan)}] {path.name}: {outcome_label(result.outcome)}: "
              f"{import_text(result, at_secretariat=True)}{code}")
    print(f"Selesai: {len(plan)} berkas, {quarantined} ditolak.")
    if touched:   # the cases the bundles brought, compared with the register in one pass
        _, scan = backend.duplicates.find_for_cases(frozenset(touched))
        print(f"Kemungkinan duplikat baru: {scan.proposed} (dari {scan.cases} kasus).")
    return 1 if quarantined or missing else 0


def _receipt(args: argparse.Namespace, backend: Any, _status: Any) -> int:
    _, name = backend.sync.write_receipt(args.device, args.out)
    print(f"Tanda terima ditulis: {name} di {args.out}")
    return 0


_COMMANDS = {"status": _status, "enrol": _enrol, "revoke": _revoke, "import": _import,
             "receipt": _receipt, "return": cli_return.run}
