"""The words of the sync screens for codes the services hand back: why a bundle was refused,
what an import did, and the kinds, statuses and roles of the bundle log and the device list.

Refusal reasons are sentences a caseworker can act on; each says that the file was kept in
quarantine and that nothing was changed. An unknown code is shown with the code itself, so a
user can report it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication as T  # T.translate("sync", …): lupdate finds it

from ...services.sync.dto import ExportResult, ImportResult
from ..sizes import size_text

NOT_QUARANTINED = {"too_large"}   # refused before it was copied in: nothing kept


def _reasons() -> dict[str, str]:
    return {
        "too_large": T.translate(
            "sync", "Berkas terlalu besar untuk sebuah bundel ppt-desk."),
        "not_age": T.translate(
            "sync", "Berkas ini bukan bundel ppt-desk (bukan berkas terenkripsi yang dikenal)."),
        "header": T.translate(
            "sync", "Bagian awal berkas rusak atau tidak sesuai format bundel."),
        "hmac": T.translate(
            "sync", "Bagian awal berkas telah diubah atau rusak."),
        "payload": T.translate(
            "sync", "Isi berkas rusak atau telah diubah (flashdisk mungkin bermasalah)."),
        "no_match": T.translate(
            "sync", "Bundel ini tidak ditujukan untuk perangkat ini: kunci perangkat ini tidak "
                    "dapat membukanya."),
        "truncated": T.translate(
            "sync", "Berkas tidak lengkap (terpotong); mungkin flashdisk dicabut saat "
                    "menyalin. Minta pengirim mengirim ulang."),
        "malformed": T.translate(
            "sync", "Isi bundel tidak sesuai format yang diharapkan."),
        "version_unsupported": T.translate(
            "sync", "Bundel dibuat oleh versi ppt-desk yang lebih baru. Perbarui aplikasi ini "
                    "lalu impor lagi."),
        "wrong_format": T.translate(
            "sync", "Berkas ini bukan bundel yang dapat dibaca versi ppt-desk ini."),
        "bad_signature": T.translate(
            "sync", "Tanda tangan digital bundel tidak cocok: isinya mungkin telah diubah."),
        "unknown_sender": T.translate(
            "sync", "Pengirim bundel belum terdaftar di perangkat ini. Daftarkan kartu "
                    "perangkatnya di tab Perangkat, lalu impor lagi."),
        "revoked_sender": T.translate(
            "sync", "Perangkat pengirim sudah dicabut; bundelnya tidak diterima lagi."),
        "wrong_recipient": T.translate(
            "sync", "Bundel ini ditujukan untuk perangkat lain, bukan perangkat ini."),
        "seal_mismatch": T.translate(
            "sync", "Segel isi bundel tidak cocok: sebagian isi hilang atau berubah."),
        "changed_during_import": T.translate(
            "sync", "Berkas berubah saat sedang diimpor. Salin ulang dari flashdisk lalu coba "
                    "lagi."),
        "fork": T.translate(
            "sync", "PERINGATAN: pengirim pernah mengirim bundel lain dengan nomor urut yang "
                    "sama. Laptop pengirim mungkin disalin atau dipulihkan dari cadangan lama. "
                    "Hubungi kantor pengirim."),
        "stale_checkpoint": T.translate(
            "sync", "PERINGATAN: data pengirim lebih lama dari yang pernah diterima di sini "
                    "(laptop mungkin dipulihkan dari salinan lama). Hubungi kantor pengirim."),
        "checkpoint_diverged": T.translate(
            "sync", "PERINGATAN: catatan audit pengirim tidak sama dengan yang pernah diterima "
                    "(mungkin diubah atau disalin). Hubungi kantor pengirim."),
        "bad_checkpoint": T.translate(
            "sync", "Titik periksa audit dalam bundel tidak sah."),
        "receipt_ahead": T.translate(
            "sync", "Tanda terima menyebut data yang belum pernah dibuat di perangkat ini "
                    "(perangkat ini mungkin dipulihkan dari cadangan lama). Hubungi admin."),
        "receipt_not_from_secretariat": T.translate(
            "sync", "Tanda terima ini bukan dari Sekretariat provinsi; hanya tanda terima "
                    "sekretariat yang menghentikan pengiriman ulang data."),
        "kind_unsupported": T.translate(
            "sync", "Jenis bundel ini belum dapat diimpor oleh versi aplikasi ini."),
        "transfer_not_for_us": T.translate(
            "sync", "Pemindahan kasus ini ditujukan untuk kantor lain, bukan kantor ini."),
        "transfer_stale_epoch": T.translate(
            "sync", "Pemindahan kasus ini sudah lama: kasus itu sudah dipindahkan lagi "
                    "sesudahnya. Hubungi kantor pengirim."),
        "transfer_sender_not_owner": T.translate(
            "sync", "Kantor pengirim bukan pengelola kasus ini saat memindahkannya; "
                    "pemindahan tidak dapat diterima. Hubungi kantor pengirim."),
        "reference_not_from_secretariat": T.translate(
            "sync", "Data rujukan ini bukan dari Sekretariat provinsi; hanya sekretariat yang "
                    "mengirim data rujukan."),
        "reference_stale": T.translate(
            "sync", "Data rujukan ini lebih lama dari yang sudah dipakai di sini (versinya "
                    "tidak lebih baru); daftar yang ada tetap dipakai."),
    }


def reason_text(code: str) -> str:
    """Why a bundle was refused, as one or two sentences (without the quarantine note)."""
    text = _reasons().get(code)
    if text is None:
        return T.translate("sync", "Bundel ditolak (kode: {code}).").format(code=code)
    return text


def refusal_text(code: str) -> str:
    """The reason and what became of the file."""
    if code in NOT_QUARANTINED:
        tail = T.translate("sync", "Berkas tidak diimpor dan tidak ada data yang diubah.")
    else:
        tail = T.translate("sync",
                           "Berkas disimpan di karantina dan tidak ada data yang diubah.")
    return f"{reason_text(code)} {tail}"


def outcome_label(outcome: str) -> str:
    return {"applied": T.translate("sync", "Diterapkan"),
            "replay": T.translate("sync", "Sudah pernah diimpor"),
            "rejected": T.translate("sync", "Ditolak")}.get(outcome, outcome)


def import_text(result: ImportResult, at_secretariat: bool = False) -> str:
    """What one import did, in a sentence or a few (at a secretariat its officers decide
    conflicts, not a supervisor)."""
    if result.outcome == "replay" and result.reason == "superseded":
        return T.translate("sync", "Bundel lama ini datang setelah bundel yang lebih baru dari "
                                   "perangkat yang sama, yang sudah membawa semua isinya; tidak "
                                   "ada yang berubah.")
    if result.outcome == "replay":
        return T.translate("sync", "Bundel ini sudah pernah diimpor; tidak ada yang berubah.")
    if result.outcome == "rejected":
        return refusal_text(result.reason)
    sender = result.sender_office or T.translate("sync", "pengirim")
    if result.kind == "transfer":
        parts = [T.translate(
            "sync", "Kasus yang dipindahkan dari {office} sudah diterima beserta riwayatnya; "
                    "kini kantor ini yang mengelolanya.").format(office=sender)]
    elif result.kind == "reference":
        parts = [T.translate("sync", "Data rujukan versi {version} dari {office}: {n} lembaga.")
                 .format(version=result.reference_version, office=sender,
                         n=result.events_applied)]
    elif result.kind == "receipt":
        parts = [T.translate(
            "sync", "Tanda terima dari {office}: {n} kejadian dikonfirmasi diterima.").format(
                office=sender, n=result.acknowledged)]
    else:
        parts = [T.translate("sync", "{n} kejadian dari {office} diterapkan.").format(
            n=result.events_applied, office=sender)]
        if result.events_held:
            parts.append(T.translate(
                "sync", "{n} kejadian ditahan sampai bundel sebelumnya diimpor.").format(
                    n=result.events_held))
        if result.conflicts and at_secretariat:
            parts.append(T.translate(
                "sync", "{n} konflik data menunggu keputusan petugas sekretariat.").format(
                    n=result.conflicts))
        elif result.conflicts:
            parts.append(T.translate(
                "sync", "{n} konflik data menunggu keputusan supervisor.").format(
                    n=result.conflicts))
    # A PPT's bundle numbers also run through its transfers to other PPTs, which a
    # secretariat never imports: there a gap with no event held back means nothing is missing.
    if "bundle_gap" in result.notes and (result.events_held or not at_secretariat):
        parts.append(T.translate(
            "sync", "Ada bundel sebelumnya dari pengirim ini yang belum pernah diimpor di "
                    "sini; minta pengirim mengirimkannya."))
    return " ".join(parts)


def kind_label(kind: str) -> str:
    return {"events": T.translate("sync", "Data kasus"),
            "receipt": T.translate("sync", "Tanda terima"),
            "transfer": T.translate("sync", "Pemindahan kasus"),
            "reference": T.translate("sync", "Data rujukan"),
            "": "—"}.get(kind, kind)


def status_label(status: str) -> str:
    return {"SENT": T.translate("sync", "Terkirim"),
            "APPLIED": T.translate("sync", "Diterapkan"),
            "HELD": T.translate("sync", "Sebagian ditahan"),
            "QUARANTINED": T.translate("sync", "Ditolak"),
            "REPLAY": T.translate("sync", "Sudah pernah diimpor")}.get(status, status)


def direction_label(direction: str) -> str:
    return {"OUT": T.translate("sync", "Keluar"),
            "IN": T.translate("sync", "Masuk")}.get(direction, direction)


def role_label(role: str) -> str:
    return {"PPT": T.translate("sync", "PPT"),
            "SEKRETARIAT": T.translate("sync", "Sekretariat")}.get(role, role)


def mode_label(mode: str) -> str:
    """How a case travelled in a bundle: with its identity or under a pseudonym."""
    return {"IDENTITAS": T.translate("sync", "IDENTITAS"),
            "PSEUDONIM": T.translate("sync", "PSEUDONIM")}.get(mode, mode)


def short_reason(code: str) -> str:
    """A refusal reason or a note, for a table cell: its first sentence."""
    if not code:
        return ""
    if code == "gap":
        return T.translate("sync", "Ada bundel sebelumnya yang belum diimpor")
    if code == "replay":
        return outcome_label("replay")
    return reason_text(code).split(". ")[0].split("; ")[0].rstrip(".")


def export_result_text(result: ExportResult) -> str:
    """What went onto the stick."""
    return T.translate(
        "sync", "Terkirim ke flashdisk: berkas {name} ({size}) dengan {events} kejadian; "
                "{identity} kasus dengan identitas, {pseudonym} kasus dengan pseudonim.").format(
        name=result.file_name, size=size_text(result.size, up=True), events=result.events,
        identity=result.cases_with_identity, pseudonym=result.cases_pseudonymised)
