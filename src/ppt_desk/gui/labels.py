"""Turns error codes and code-list codes into text in the interface language.

Lower layers raise ``DomainError(code, **params)``; only this module knows the words.
Parameters are numbers or field names, never personal data, and an unknown code is
shown as its code so that a user can report it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.codelists import CodeLists
from ..domain.errors import DomainError
from ..paths import CODELISTS
from .i18n import current_language

_CODELISTS = CodeLists(CODELISTS)


def _messages() -> dict[str, str]:
    # Literal translate calls so that lupdate finds every message (context "labels").
    t = QCoreApplication
    return {
        "wrong_password": t.translate("labels", "Nama pengguna atau kata sandi salah."),
        "wrong_password_delay": t.translate(
            "labels",
            "Nama pengguna atau kata sandi salah. Coba lagi dalam {seconds} detik."),
        "unlock_wait": t.translate(
            "labels",
            "Terlalu banyak percobaan. Tunggu {seconds} detik lalu coba lagi."),
        "password_empty": t.translate("labels", "Kata sandi belum diisi."),
        "password_too_short": t.translate("labels", "Kata sandi minimal {minimum} karakter."),
        "passwords_differ": t.translate("labels", "Kedua kata sandi tidak sama."),
        "username_format": t.translate(
            "labels",
            "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
            "hubung, diawali huruf atau angka."),
        "username_taken": t.translate("labels", "Nama pengguna ini sudah dipakai."),
        "display_name_required": t.translate("labels", "Nama lengkap pengguna belum diisi."),
        "roles_required": t.translate("labels", "Pilih paling sedikit satu peran."),
        "cannot_demote_self": t.translate(
            "labels",
            "Anda tidak dapat mencabut peran Admin atau menonaktifkan akun Anda sendiri."),
        "unknown_user": t.translate("labels", "Pengguna tidak ditemukan atau tidak aktif."),
        "user_inactive": t.translate("labels", "Akun ini tidak aktif. Hubungi admin."),
        "recovery_code_length": t.translate(
            "labels",
            "Kode pemulihan terdiri dari {expected} kelompok berisi {size} karakter."),
        "recovery_code_group": t.translate(
            "labels",
            "Kelompok ke-{group} dari kode pemulihan salah ketik. Periksa kembali kelompok itu."),
        "recovery_code_checksum": t.translate(
            "labels",
            "Kode pemulihan tidak valid. Periksa seluruh kode."),
        "wrong_recovery_code": t.translate(
            "labels",
            "Kode pemulihan ini bukan milik basis data ini."),
        "database_unreadable": t.translate(
            "labels",
            "Basis data tidak dapat dibaca. Mungkin rusak; gunakan cadangan terakhir dan hubungi "
            "admin."),
        "database_newer": t.translate(
            "labels",
            "Basis data dibuat oleh versi ppt-desk yang lebih baru. Perbarui aplikasi ini."),
        "database_missing": t.translate(
            "labels",
            "Berkas basis data tidak ditemukan di folder data."),
        "keyslots_damaged": t.translate(
            "labels",
            "Berkas kunci rusak. Pulihkan dari cadangan atau hubungi admin."),
        "keyslots_newer": t.translate(
            "labels",
            "Berkas kunci dibuat oleh versi ppt-desk yang lebih baru."),
        "already_running": t.translate(
            "labels",
            "ppt-desk sudah terbuka di komputer ini. Gunakan jendela yang sudah terbuka, atau "
            "tutup dulu sebelum membuka lagi."),
        "already_set_up": t.translate("labels", "Aplikasi ini sudah disiapkan sebelumnya."),
        "data_folder_incomplete": t.translate(
            "labels",
            "Folder data tidak lengkap: basis data atau berkas kunci hilang. Jangan menyiapkan "
            "ulang; pulihkan kedua berkas dari cadangan atau hubungi admin."),
        "database_busy": t.translate(
            "labels", "Basis data sedang dipakai program lain. Tunggu sebentar lalu coba lagi."),
        "office_missing": t.translate("labels", "Profil kantor belum ada."),
        "needs_casework_role": t.translate(
            "labels",
            "Anda tidak memiliki peran pendamping atau supervisor untuk melihat data kasus."),
        "needs_admin_role": t.translate("labels", "Hanya admin yang boleh melakukan ini."),
        "case_not_found": t.translate("labels", "Kasus tidak ditemukan."),
        "disk_full": t.translate(
            "labels",
            "Penyimpanan penuh. Kosongkan ruang disk lalu coba lagi."),
        "locked": t.translate("labels", "Aplikasi terkunci. Masuk kembali untuk melanjutkan."),
        "backup_failed_verification": t.translate(
            "labels",
            "Cadangan gagal diperiksa; pembaruan dibatalkan."),
        "validation_failed": t.translate(
            "labels",
            "Beberapa isian belum benar. Periksa pesan berwarna merah."),
        # intake field codes
        "name_required": t.translate("labels", "Nama lengkap wajib diisi (minimal 2 huruf)."),
        "sex_required": t.translate("labels", "Pilih jenis kelamin."),
        "date_in_future": t.translate("labels", "Tanggal tidak boleh di masa depan."),
        "channel_required": t.translate("labels", "Pilih jalur pengaduan."),
        "status_required": t.translate("labels", "Pilih status korban."),
        "role_required": t.translate("labels", "Pilih peran dalam kasus."),
        "birth_after_intake": t.translate("labels", "Tanggal lahir setelah tanggal pengaduan."),
        "age_required": t.translate("labels", "Isi tanggal lahir atau perkiraan umur."),
        "age_out_of_range": t.translate("labels", "Perkiraan umur harus antara 0 dan 120 tahun."),
        "nik_format": t.translate("labels", "NIK harus 16 angka."),
        "unknown_code": t.translate("labels", "Pilihan tidak dikenal."),
        "document_incomplete": t.translate("labels", "Setiap dokumen perlu jenis dan nomor."),
        "guardian_required_for_child": t.translate(
            "labels",
            "Korban anak: isi nama atau hubungan wali."),
        "unexpected": t.translate(
            "labels",
            "Terjadi kesalahan yang tidak terduga. Kejadian ini sudah dicatat di log (tanpa data "
            "pribadi)."),
        "unknown": t.translate("labels", "Terjadi kesalahan (kode: {code})."),
    }


def error_text(code: str, **params: object) -> str:
    """Translated message for an error code; unknown codes show only the code."""
    messages = _messages()
    if code == "wrong_password" and int(params.get("seconds") or 0) > 0:
        code = "wrong_password_delay"
    template = messages.get(code)
    if template is None:
        return messages["unknown"].format(code=code)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def message_for(exc: BaseException) -> str:
    """Text for anything a task raised; non-domain errors get the generic message."""
    if isinstance(exc, DomainError):
        return error_text(exc.code, **exc.params)
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return error_text("disk_full")
    return error_text("unexpected")


def codelists() -> CodeLists:
    return _CODELISTS


def code_label(list_name: str, code: str | None, lang: str | None = None) -> str:
    """Label of ``code`` in a code list, in ``lang`` (default: the interface language)."""
    if not code:
        return ""
    item = _CODELISTS[list_name].get(code)
    if item is None:
        return code
    return item.label(lang or current_language())


def code_items(list_name: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs in the list's order."""
    lang = lang or current_language()
    return [(item.code, item.label(lang)) for item in _CODELISTS[list_name].items]
