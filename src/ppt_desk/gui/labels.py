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


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _messages() -> dict[str, str]:
    # Every string literal here is picked up by lupdate (context "labels").
    return {
        "wrong_password": _t("Nama pengguna atau kata sandi salah."),
        "wrong_password_delay": _t(
            "Nama pengguna atau kata sandi salah. Coba lagi dalam {seconds} detik."),
        "unlock_wait": _t("Terlalu banyak percobaan. Tunggu {seconds} detik lalu coba lagi."),
        "password_empty": _t("Kata sandi belum diisi."),
        "password_too_short": _t("Kata sandi minimal {minimum} karakter."),
        "passwords_differ": _t("Kedua kata sandi tidak sama."),
        "username_format": _t(
            "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
            "hubung, diawali huruf atau angka."),
        "username_taken": _t("Nama pengguna ini sudah dipakai."),
        "display_name_required": _t("Nama lengkap pengguna belum diisi."),
        "roles_required": _t("Pilih paling sedikit satu peran."),
        "cannot_demote_self": _t("Anda tidak dapat mencabut peran Admin atau menonaktifkan "
                                 "akun Anda sendiri."),
        "unknown_user": _t("Pengguna tidak ditemukan atau tidak aktif."),
        "user_inactive": _t("Akun ini tidak aktif. Hubungi admin."),
        "recovery_code_length": _t(
            "Kode pemulihan terdiri dari {expected} kelompok berisi {size} karakter."),
        "recovery_code_group": _t("Kelompok ke-{group} dari kode pemulihan salah ketik. "
                                  "Periksa kembali kelompok itu."),
        "recovery_code_checksum": _t("Kode pemulihan tidak valid. Periksa seluruh kode."),
        "wrong_recovery_code": _t("Kode pemulihan ini bukan milik basis data ini."),
        "database_unreadable": _t("Basis data tidak dapat dibaca. Mungkin rusak; gunakan "
                                  "cadangan terakhir dan hubungi admin."),
        "database_newer": _t("Basis data dibuat oleh versi ppt-desk yang lebih baru. "
                             "Perbarui aplikasi ini."),
        "database_missing": _t("Berkas basis data tidak ditemukan di folder data."),
        "keyslots_damaged": _t("Berkas kunci rusak. Pulihkan dari cadangan atau hubungi admin."),
        "keyslots_newer": _t("Berkas kunci dibuat oleh versi ppt-desk yang lebih baru."),
        "already_running": _t("ppt-desk sudah terbuka di komputer ini. Gunakan jendela yang "
                              "sudah terbuka, atau tutup dulu sebelum membuka lagi."),
        "already_set_up": _t("Aplikasi ini sudah disiapkan sebelumnya."),
        "office_missing": _t("Profil kantor belum ada."),
        "needs_casework_role": _t("Anda tidak memiliki peran pendamping atau supervisor "
                                  "untuk melihat data kasus."),
        "needs_admin_role": _t("Hanya admin yang boleh melakukan ini."),
        "case_not_found": _t("Kasus tidak ditemukan."),
        "disk_full": _t("Penyimpanan penuh. Kosongkan ruang disk lalu coba lagi."),
        "locked": _t("Aplikasi terkunci. Masuk kembali untuk melanjutkan."),
        "backup_failed_verification": _t("Cadangan gagal diperiksa; pembaruan dibatalkan."),
        "validation_failed": _t("Beberapa isian belum benar. Periksa pesan berwarna merah."),
        # intake field codes
        "name_required": _t("Nama lengkap wajib diisi (minimal 2 huruf)."),
        "sex_required": _t("Pilih jenis kelamin."),
        "date_in_future": _t("Tanggal tidak boleh di masa depan."),
        "channel_required": _t("Pilih jalur pengaduan."),
        "status_required": _t("Pilih status korban."),
        "role_required": _t("Pilih peran dalam kasus."),
        "birth_after_intake": _t("Tanggal lahir setelah tanggal pengaduan."),
        "age_required": _t("Isi tanggal lahir atau perkiraan umur."),
        "age_out_of_range": _t("Perkiraan umur harus antara 0 dan 120 tahun."),
        "nik_format": _t("NIK harus 16 angka."),
        "unknown_code": _t("Pilihan tidak dikenal."),
        "document_incomplete": _t("Setiap dokumen perlu jenis dan nomor."),
        "guardian_required_for_child": _t("Korban anak: isi nama atau hubungan wali."),
        "unexpected": _t("Terjadi kesalahan yang tidak terduga. Kejadian ini sudah dicatat "
                         "di log (tanpa data pribadi)."),
        "unknown": _t("Terjadi kesalahan (kode: {code})."),
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
