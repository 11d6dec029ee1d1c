"""A real PostgreSQL server started by the tests (one per test session / xdist worker).

The server binaries come from the distribution's ``postgresql`` package (``.ci/run`` installs
it); they are found by ``pg_config --bindir`` or under ``/usr/lib/postgresql/<version>/bin``.
Missing binaries FAIL the tests that need them with a clear message: PostgreSQL tests are
never skipped. ``initdb`` and ``postgres`` refuse to run as root, so when the tests run as
root the server runs as the ``postgres`` OS user (``runuser``) in a temporary folder it owns.

The server listens on a free TCP port of 127.0.0.1 (password authentication, as an office
server would) and on a unix socket in its own folder; fsync is off (test data only). One
migrated template database is made once; each test gets ``CREATE DATABASE … TEMPLATE`` of it.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import secrets
import shlex
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from ppt_desk.storage.store_config import PgSettings

SUPERUSER = "postgres"
OWNER = "ppt_desk_test"        # the role ppt-desk signs in as (not a superuser)
TEMPLATE = "ppt_template"
_names = itertools.count(1)


class PgUnavailable(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def find_bindir() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    # Highest version first ("/usr/lib/postgresql/15/bin" sorts by the version number).
    found = glob.glob("/usr/lib/postgresql/*/bin")
    found.sort(key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.name.split(".")],
               reverse=True)
    candidates += [Path(p) for p in found]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PgUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package "
        "'postgresql' (.ci/run does) - the PostgreSQL tests do not skip")


def _icu_default(bindir: Path) -> list[str]:
    """A locale-aware default collation (ICU, PostgreSQL 15+), as an office server has, so that
    the store's code-point collation is tested rather than given by a C locale."""
    out = subprocess.run([str(bindir / "pg_ctl"), "--version"], capture_output=True, text=True)
    digits = "".join(ch if ch.isdigit() else " " for ch in out.stdout).split()
    return ["--locale-provider=icu", "--icu-locale=und"] if digits and int(digits[0]) >= 15 else []


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    base: Path
    port: int
    superuser_password: str
    owner_password: str
    _as_postgres: bool

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        out = subprocess.run(cmd, capture_output=True, text=True)
        if check and out.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {out.stdout}\n{out.stderr}")
        return out

    @classmethod
    def start(cls) -> "PgServer":
        bindir = find_bindir()
        as_postgres = os.geteuid() == 0
        base = Path(tempfile.mkdtemp(prefix="ppt-pg-"))
        server = cls(bindir, base, 0, secrets.token_hex(16), secrets.token_hex(16), as_postgres)
        server.socket_dir.mkdir()
        pwfile = base / "pw"
        pwfile.write_text(server.superuser_password + "\n")
        if as_postgres:
            shutil.chown(base, "postgres", "postgres")
            shutil.chown(server.socket_dir, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        os.chmod(base, 0o700)
        os.chmod(pwfile, 0o600)
        server._run(str(bindir / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                    "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
                    "-E", "UTF8", "--locale=C.UTF-8", *_icu_default(bindir), "--no-sync")
        pwfile.unlink()
        server._make_certificates()
        last = ""
        for _ in range(5):  # another worker may take the port between choosing and binding it
            server.port = _free_port()
            opts = (f"-c listen_addresses=127.0.0.1 -c port={server.port}"
                    f" -c unix_socket_directories={server.socket_dir}"
                    " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                    " -c max_connections=60 -c shared_buffers=32MB"
                    f" -c ssl=on -c ssl_cert_file={base / 'server.crt'}"
                    f" -c ssl_key_file={base / 'server.key'}")
            out = server._run(str(bindir / "pg_ctl"), "-D", str(server.data), "-l",
                              str(base / "server.log"), "-w", "-t", "30", "-o", opts, "start",
                              check=False)
            if out.returncode == 0:
                atexit.register(server.stop)
                server._watch()
                try:
                    server._prepare()
                except BaseException:
                    server.stop()
                    raise
                return server
            last = out.stdout + out.stderr
        raise RuntimeError(f"PostgreSQL did not start: {last}")

    @property
    def ca_file(self) -> Path:
        """The test CA's certificate (public): what an officer's computer is given."""
        return self.base.parent / f"{self.base.name}-ca.crt"

    def _make_certificates(self) -> None:
        """A CA and a server certificate for 127.0.0.1, so TLS is tested as on an office LAN
        (connections with sslmode=disable still work: pg_hba allows both)."""
        from datetime import datetime, timedelta, timezone
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        now = datetime.now(timezone.utc)

        def cert(subject, issuer, key, sign_key, ca: bool, san=None):
            builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
                       .public_key(key.public_key()).serial_number(x509.random_serial_number())
                       .not_valid_before(now - timedelta(minutes=5))
                       .not_valid_after(now + timedelta(days=1))
                       .add_extension(x509.BasicConstraints(ca=ca, path_length=None), True))
            if san is not None:
                builder = builder.add_extension(san, False)
            return builder.sign(sign_key, hashes.SHA256())

        ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ppt-desk test CA")])
        ca = cert(ca_name, ca_name, ca_key, ca_key, True)
        server = cert(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]), ca_name,
                      key, ca_key, False, x509.SubjectAlternativeName(
                          [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]))
        pem = serialization.Encoding.PEM
        self.ca_file.write_bytes(ca.public_bytes(pem))
        (self.base / "server.crt").write_bytes(server.public_bytes(pem))
        key_path = self.base / "server.key"
        key_path.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        os.chmod(key_path, 0o600)
        if self._as_postgres:
            for name in ("server.crt", "server.key"):
                shutil.chown(self.base / name, "postgres", "postgres")

    def _watch(self) -> None:
        """Stop the server also when the test process dies without running atexit (killed by
        a timeout or SIGKILL): a small shell waits for this process to end."""
        stop = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        if self._as_postgres:
            stop = ["runuser", "-u", "postgres", "--", *stop]
        script = (f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
                  f"{shlex.join(stop)} >/dev/null 2>&1; "
                  f"rm -rf {shlex.quote(str(self.base))} {shlex.quote(str(self.ca_file))}")
        subprocess.Popen(["sh", "-c", script], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.data.exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop", check=False)
            shutil.rmtree(self.base, ignore_errors=True)
            self.ca_file.unlink(missing_ok=True)

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               password=self.superuser_password, dbname=dbname,
                               autocommit=True)

    def _prepare(self) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(OWNER), sql.Literal(self.owner_password)))
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(TEMPLATE), sql.Identifier(OWNER)))
        from ppt_desk.storage.migrator import migrate
        from ppt_desk.storage.postgres import open_pg_engine

        engine = open_pg_engine(self.settings(TEMPLATE), self.owner_password)
        try:
            migrate(engine, None, b"", self.base)
        finally:
            engine.dispose()

    def settings(self, dbname: str) -> PgSettings:
        return PgSettings(host="127.0.0.1", port=self.port, dbname=dbname, user=OWNER,
                          sslmode="disable")

    def new_database(self, migrated: bool = True) -> PgSettings:
        """A fresh database owned by the test role: a copy of the migrated template, or empty."""
        name = f"t{os.getpid()}_{next(_names)}"
        with self.admin() as conn:
            if migrated:
                conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(TEMPLATE), sql.Identifier(OWNER)))
            else:
                conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(OWNER)))
        return self.settings(name)

    def drop_database(self, settings: PgSettings) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(settings.dbname)))

    def terminate_connections(self, dbname: str) -> int:
        """Cut every client connection to ``dbname`` (the server "going away" for them)."""
        with self.admin() as conn:
            return len(conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()", (dbname,)).fetchall())


@dataclass(frozen=True)
class PgDatabase:
    settings: PgSettings
    password: str

    def setup_kwargs(self) -> dict[str, object]:
        return {"store": self.settings, "store_password": self.password}


@dataclass(frozen=True)
class Store:
    """Which store tests set their offices up on (``any_store``): SQLCipher when ``server``
    is None, else a new PostgreSQL database of ``server`` for each office."""

    server: PgServer | None

    @property
    def name(self) -> str:
        return "sqlcipher" if self.server is None else "postgresql"

    def new(self, migrated: bool = True) -> PgDatabase:
        assert self.server is not None, "a PostgreSQL database of the SQLCipher store"
        return PgDatabase(self.server.new_database(migrated), self.server.owner_password)

    def setup_kwargs(self) -> dict[str, object]:
        return {} if self.server is None else self.new().setup_kwargs()


def new_role_database(server: PgServer) -> PgDatabase:
    """An empty database owned by a role of its own (a test may change that role's password)."""
    n = next(_names)
    role, password = f"r{os.getpid()}_{n}", secrets.token_hex(12)
    with server.admin() as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(role), sql.Identifier(role)))
    return PgDatabase(PgSettings(host="127.0.0.1", port=server.port, dbname=role, user=role,
                                 sslmode="disable"), password)


# -- the whole suite on PostgreSQL (opt-in: PPT_DESK_TEST_STORE=postgresql) ----------------------
STORE_ENV = "PPT_DESK_TEST_STORE"


def suite_on_postgres() -> bool:
    """True when the shared ``template_folder``/``data_dir`` fixtures put their office on
    PostgreSQL (a run to find what differs; the default run is SQLCipher)."""
    return os.environ.get(STORE_ENV, "sqlcipher") == "postgresql"


def copy_office_database(server: PgServer, folder: Path) -> None:
    """A copied data folder gets its own copy of the database its store.json names."""
    from ppt_desk.storage.store_config import read_store_config, write_store_config

    source = read_store_config(folder)
    assert source is not None
    name = f"t{os.getpid()}_{next(_names)}"
    with server.admin() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(source.dbname), sql.Identifier(OWNER)))
    write_store_config(folder, server.settings(name))
