"""Offices that sync with each other: a PPT (the template folder), a province and other PPTs,
each a real data folder set up on its own (a copy of a folder would be a cloned laptop)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyrage

from ppt_desk.bootstrap import LocalBackend, make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
PROVINCE = OfficeProfile("Sekretariat Gugus Tugas PP-TPPO Provinsi NTT", "LAINNYA", "53", "53.71",
                         "GT")
SECOND_PPT = OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04", "BLU")


def new_office(folder: Path, office: OfficeProfile, store=None) -> LocalBackend:
    """``store``: the ``any_store`` fixture's choice (None: SQLCipher)."""
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.setup(office, ADMIN, "Admin", PASSWORD, PASSWORD,
                          **(store.setup_kwargs() if store is not None else {}))
    backend.session.unlock(ADMIN, PASSWORD)
    return backend


@dataclass
class Province:
    backend: LocalBackend
    backup: pyrage.x25519.Identity     # the offline backup key (kept off any computer)


def new_province(folder: Path, store=None) -> Province:
    return Province(new_office(folder, PROVINCE, store), pyrage.x25519.Identity.generate())


def card_of(backend: LocalBackend, folder: Path, backup: pyrage.x25519.Identity | None = None
            ) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    recipient = str(backup.to_public()) if backup is not None else ""
    return backend.sync.write_own_card(folder, recipient)


def enrol_both(a: LocalBackend, b: LocalBackend, cards: Path,
               b_backup: pyrage.x25519.Identity | None = None) -> None:
    """``a`` trusts ``b``'s card and the other way round (fingerprints compared by phone)."""
    b_card = card_of(b, cards / "b", b_backup)
    a_card = card_of(a, cards / "a")
    a.sync.enrol(b_card, a.sync.read_card(b_card).fingerprint)
    b.sync.enrol(a_card, b.sync.read_card(a_card).fingerprint)


def give_secretariat_consent(backend: LocalBackend, case_id: str) -> str:
    today = backend.deps.clock.today()
    return backend.consent.record(case_id, ConsentInput("SEKRETARIAT", "KORBAN", today,
                                                        "TERTULIS"))[1]


def device_id(backend: LocalBackend) -> str:
    return backend.office.profile().device_id


def only_bundle(stick: Path) -> Path:
    files = sorted(stick.glob("*.ppt-bundle"), key=lambda p: p.stat().st_mtime)
    assert files, "no bundle on the stick"
    return files[-1]


def new_bundle(ppt: LocalBackend, stick: Path) -> Path:
    """Export ``ppt``'s bundle for the province to ``stick``; the file it wrote."""
    before = set(stick.glob("*.ppt-bundle"))
    ppt.sync.export(stick)
    (new,) = set(stick.glob("*.ppt-bundle")) - before
    return new


def ownership(backend: LocalBackend, case_id: str) -> tuple | None:
    """(owner device, ownership epoch, transferred_to) of a case here, None when not here."""
    from integration_helpers import rows

    found = rows(backend, "SELECT owner_device_id, ownership_epoch, transferred_to "
                          "FROM case_file WHERE id = :c", c=case_id)
    return tuple(found[0]) if found else None


def table_names(backend: LocalBackend) -> list[str]:
    """The store's tables, on SQLCipher or PostgreSQL."""
    from ppt_desk.storage.dialect import list_tables

    with backend.session.db.engine.connect() as conn:
        return list_tables(conn)
