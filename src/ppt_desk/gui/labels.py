"""Turns error codes and code-list codes into text in the interface language.

Lower layers raise ``DomainError(code, **params)``; only this module knows the words.
Parameters are numbers or field names, never personal data, and an unknown code is
shown as its code so that a user can report it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.codelists import CodeLists
from ..domain.errors import DomainError
from ..services import reference_data
from .i18n import current_language
from .sizes import size_text

_CODELISTS = reference_data.codelists()


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
        # PostgreSQL store (secretariat mode; storage/postgres.py, store_config.py)
        "database_unreachable": t.translate(
            "labels",
            "Server basis data tidak dapat dihubungi. Periksa jaringan kantor dan server, lalu "
            "coba lagi. Perubahan terakhir tidak tersimpan."),
        "database_login_failed": t.translate(
            "labels",
            "Server basis data menolak masuk: kata sandi atau hak akses peran basis data salah. "
            "Hubungi admin server."),
        "database_tls_failed": t.translate(
            "labels",
            "Sertifikat server basis data tidak dapat diperiksa (TLS). Periksa berkas sertifikat "
            "CA kantor dan alamat server, atau hubungi admin server."),
        "store_not_empty": t.translate(
            "labels",
            "Basis data di server itu sudah berisi data lain. Gunakan basis data baru yang "
            "kosong."),
        "store_database_empty": t.translate(
            "labels",
            "Basis data di server kosong atau bukan milik folder data ini. Hubungi admin "
            "server; pulihkan dari cadangan."),
        "store_database_other": t.translate(
            "labels",
            "Basis data di server bukan basis data folder data ini (store.json menunjuk basis "
            "data lain, atau basis data dipulihkan dari cadangan kantor lain). ppt-desk tidak "
            "membukanya. Periksa store.json dan server bersama admin server."),
        "store_password_required": t.translate(
            "labels", "Kata sandi peran basis data belum diisi."),
        "store_password_missing": t.translate(
            "labels",
            "Kata sandi server basis data tidak ada di berkas kunci. Hubungi admin."),
        "store_settings_invalid": t.translate(
            "labels",
            "Pengaturan server basis data tidak lengkap atau tidak valid (alamat, port, nama "
            "basis data, peran, mode TLS)."),
        "store_config_damaged": t.translate(
            "labels", "Berkas store.json rusak. Pulihkan dari cadangan atau hubungi admin."),
        "store_config_newer": t.translate(
            "labels", "Berkas store.json dibuat oleh versi ppt-desk yang lebih baru."),
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
        # casework
        "invalid": t.translate("labels", "Isian tidak valid."),
        "invalid_date": t.translate("labels", "Tanggal tidak valid."),
        "invalid_time": t.translate("labels", "Jam harus berformat JJ:MM, misalnya 21:30."),
        "invalid_number": t.translate("labels", "Isi dengan angka bulat."),
        "negative": t.translate("labels", "Angka tidak boleh negatif."),
        "too_long": t.translate("labels", "Isian terlalu panjang."),
        "required": t.translate("labels", "Wajib diisi."),
        "unknown_field": t.translate("labels", "Isian tidak dikenal."),
        "date_before": t.translate("labels", "Tanggal ini lebih awal dari tanggal sebelumnya."),
        "one_of_required": t.translate("labels", "Isi jumlah atau nilai."),
        "unknown_form": t.translate("labels", "Formulir tidak dikenal."),
        "record_not_found": t.translate("labels", "Catatan tidak ditemukan."),
        "record_exists": t.translate(
            "labels", "Formulir ini sudah diisi untuk kasus ini; ubah yang sudah ada."),
        "case_closed": t.translate(
            "labels", "Kasus sudah diterminasi. Buka kembali kasus untuk menambah catatan."),
        "case_not_visible": t.translate(
            "labels",
            "Kasus ini bukan kasus Anda dan tidak dibagikan kepada Anda. Minta supervisor atau "
            "pendamping kasus untuk membagikannya."),
        "allowance_over_limit": t.translate(
            "labels",
            "Jaminan hidup melewati batas {limit} hari (hari terakhir {last_day}). Tulis alasan "
            "bila tetap diberikan."),
        "allowance_limits_order": t.translate(
            "labels", "Batas tahap pertama harus lebih kecil dari batas tahap kedua."),
        "stage_same": t.translate("labels", "Kasus sudah berada pada tahap itu."),
        "unknown_stage": t.translate("labels", "Tahap tidak dikenal."),
        "stage_not_allowed": t.translate(
            "labels",
            "Dari tahap {current} kasus tidak dapat langsung ke {target}. Tahap yang boleh: "
            "{allowed}."),
        "stage_requirements_missing": t.translate(
            "labels", "Belum dapat pindah ke {target}. Yang belum ada: {missing}."),
        "stage_missing_record": t.translate("labels", "formulir {form}"),
        "stage_missing_fields": t.translate("labels", "{form}: {fields}"),
        "stage_change_pending": t.translate(
            "labels", "Masih ada perubahan tahap yang menunggu persetujuan supervisor."),
        "stage_change_not_pending": t.translate(
            "labels", "Perubahan tahap ini sudah diputuskan."),
        "stage_changed_meanwhile": t.translate(
            "labels", "Tahap kasus sudah berubah sejak permintaan ini dibuat."),
        "reopen_needs_reason": t.translate("labels", "Tulis alasan membuka kembali kasus."),
        "return_needs_comment": t.translate(
            "labels", "Tulis catatan untuk pendamping bila permintaan dikembalikan."),
        "needs_supervisor_role": t.translate("labels", "Hanya supervisor yang boleh melakukan ini."),
        "needs_secretariat_role": t.translate(
            "labels", "Hanya petugas sekretariat atau admin yang dapat melihat halaman ini."),
        "consent_needs_legal_basis_child": t.translate(
            "labels",
            "Korban anak: persetujuan diberikan oleh wali, atau tuliskan dasar hukumnya."),
        "consent_needs_legal_basis_adult": t.translate(
            "labels",
            "Korban dewasa memberi persetujuan sendiri; bila diberikan pihak lain, tuliskan "
            "dasar hukumnya."),
        "consent_not_found": t.translate("labels", "Persetujuan tidak ditemukan."),
        "consent_already_withdrawn": t.translate("labels", "Persetujuan ini sudah dicabut."),
        "consent_withdrawn_before_given": t.translate(
            "labels", "Tanggal pencabutan lebih awal dari tanggal persetujuan."),
        "consent_missing": t.translate(
            "labels", "Belum ada persetujuan korban yang berlaku untuk: {purpose}.{why} Catat "
                      "persetujuan korban di tab Persetujuan lebih dulu."),
        "consent_why_withdrawn": t.translate("labels", " Persetujuan sudah dicabut."),
        "consent_why_expired": t.translate("labels", " Masa berlaku persetujuan sudah habis."),
        "consent_why_not_yet_given": t.translate(
            "labels", " Persetujuan baru diberikan setelah tanggal ini."),
        "consent_why_agency_not_covered": t.translate(
            "labels", " Persetujuan yang ada untuk lembaga lain."),
        "consent_why_needs_guardian": t.translate(
            "labels", " Korban anak: perlu persetujuan wali atau dasar hukum."),
        "consent_why_needs_legal_basis": t.translate(
            "labels", " Persetujuan oleh pihak lain perlu dasar hukum."),
        "needs_grant": t.translate(
            "labels", "Data ini terbatas. Hanya pengguna dengan {grant} yang dapat melihat atau "
                      "mengubahnya."),
        "grant_KESEHATAN": t.translate("labels", "akses data kesehatan"),
        "grant_PELAKU": t.translate("labels", "akses data pelaku"),
        "escort_required": t.translate(
            "labels", "Pendamping pemulangan wajib untuk korban anak, korban yang sakit, atau "
                      "bila ada risiko keamanan."),
        "unknown_institution": t.translate(
            "labels", "Lembaga tidak ada di direktori. Pilih dari daftar atau tambahkan di "
                      "halaman Lembaga."),
        "invalid_region": t.translate("labels", "Pilih wilayah dari daftar."),
        "group_needs_two": t.translate(
            "labels", "Sesi kelompok perlu paling sedikit dua peserta."),
        "group_needs_victim": t.translate(
            "labels", "Sesi kelompok perlu paling sedikit satu korban sebagai peserta."),
        "duplicate": t.translate("labels", "Peserta ini sudah ada."),
        "group_session_not_found": t.translate("labels", "Sesi kelompok tidak ditemukan."),
        "institution_read_only": t.translate(
            "labels", "Lembaga nasional dari data bawaan tidak dapat diubah."),
        "institution_not_found": t.translate("labels", "Lembaga tidak ditemukan."),
        "invalid_email": t.translate("labels", "Alamat email tidak valid."),
        "region_mismatch": t.translate(
            "labels", "Kabupaten/kota tidak berada di provinsi yang dipilih."),
        "document_not_written": t.translate(
            "labels", "Dokumen tidak dapat disimpan (penyimpanan penuh atau tercabut?). Tidak "
                      "ada data yang hilang; pilih tempat lain lalu coba lagi."),
        "too_many_lines": t.translate("labels", "Paling banyak 4 baris di atas nama kantor."),
        "letter_outgoing_only": t.translate(
            "labels", "Surat rujukan hanya untuk rujukan keluar."),
        "handover_needs_note": t.translate("labels", "Tulis catatan serah terima."),
        "handover_not_yours": t.translate(
            "labels", "Hanya pendamping kasus atau supervisor yang dapat menyerahkan kasus."),
        "handover_same_user": t.translate("labels", "Kasus sudah dipegang pendamping itu."),
        "user_not_caseworker": t.translate(
            "labels", "Pengguna itu tidak memiliki peran pendamping atau supervisor."),
        "share_with_assigned": t.translate(
            "labels", "Pendamping kasus sudah dapat membuka kasus ini."),
        # sync: device cards, the stick
        "stick_full": t.translate(
            "labels", "Flashdisk perlu {needed}, tersedia {free}. Kosongkan ruang di flashdisk "
                      "atau pakai flashdisk lain."),
        "stick_missing": t.translate(
            "labels", "Flashdisk atau folder tujuan tidak ditemukan. Colokkan flashdisk lalu "
                      "pilih lagi."),
        "stick_removed": t.translate(
            "labels", "Flashdisk tercabut atau gagal ditulis saat menyalin. Tidak ada bundel "
                      "setengah jadi yang tertinggal; colokkan lagi lalu kirim ulang."),
        "stick_read_only": t.translate(
            "labels", "Flashdisk tidak dapat ditulis (terkunci atau hanya-baca)."),
        "stick_verify_failed": t.translate(
            "labels", "Salinan di flashdisk gagal diperiksa ulang (flashdisk mungkin rusak) "
                      "dan sudah dihapus. Coba flashdisk lain."),
        "no_secretariat": t.translate(
            "labels", "Belum ada Sekretariat Gugus Tugas provinsi yang terdaftar. Daftarkan "
                      "kartu perangkat Sekretariat di tab Perangkat lebih dulu."),
        "nothing_to_send": t.translate(
            "labels", "Tidak ada data baru untuk dikirim: provinsi sudah mengonfirmasi "
                      "menerima semuanya."),
        "fingerprint_mismatch": t.translate(
            "labels", "Sidik jari yang diketik tidak sama dengan sidik jari kartu ini. "
                      "Perangkat TIDAK didaftarkan. Telepon lagi kantor pemilik kartu dan "
                      "periksa setiap huruf; bila tetap berbeda, kartu ini mungkin bukan "
                      "kartu mereka."),
        "card_is_own_device": t.translate(
            "labels", "Ini kartu perangkat ini sendiri; yang didaftarkan adalah kartu "
                      "perangkat kantor lain."),
        "peer_exists": t.translate(
            "labels", "Perangkat ini sudah pernah didaftarkan dengan kunci lain atau sudah "
                      "dicabut. Kartu tidak didaftarkan ulang; hubungi admin."),
        "peer_unknown": t.translate("labels", "Perangkat tidak ditemukan di daftar."),
        "reason_required": t.translate("labels", "Tulis alasannya."),
        # the secretariat (ADR 0015)
        "province_unknown": t.translate(
            "labels", "Kode provinsi {province} tidak dikenal. Pakai kode wilayah resmi, "
                      "mis. 53 untuk Nusa Tenggara Timur."),
        "office_name_required": t.translate("labels", "Tulis nama kantor (min. 3 karakter)."),
        "backup_key_exists": t.translate(
            "labels", "Kunci cadangan sekretariat ini sudah ada dan tidak diganti."),
        "key_file_exists": t.translate(
            "labels", "Berkas dengan nama itu sudah ada. Kunci cadangan tidak menimpa berkas; "
                      "pilih nama lain."),
        "role_not_for_office": t.translate(
            "labels", "Peran itu tidak dipakai di kantor ini (sekretariat: admin dan petugas "
                      "sekretariat; PPT: pendamping, supervisor dan admin)."),
        "backup_key_missing": t.translate(
            "labels", "Sekretariat ini belum punya kunci cadangan, jadi kartu perangkatnya "
                      "belum dapat dibuat. Hubungi admin."),
        # case ownership and transfer between PPTs
        "case_transferred": t.translate(
            "labels", "Kasus ini dipegang oleh {to}; salinan di perangkat ini hanya dapat "
                      "dibaca."),
        "case_not_transferred": t.translate(
            "labels", "Kasus ini dipegang perangkat ini; tidak ada pemindahan yang dapat ditarik "
                      "kembali."),
        "case_transferred_elsewhere": t.translate(
            "labels", "Kasus ini dipegang oleh perangkat kantor lain; salinan di perangkat ini "
                      "hanya dapat dibaca."),
        "transfer_needs_consent": t.translate(
            "labels", "Kasus belum dapat dipindahkan ke {agency}: catat dulu persetujuan korban "
                      "untuk rujukan (RUJUKAN) ke kantor itu."),
        "peer_revoked": t.translate(
            "labels", "Perangkat tujuan sudah dicabut; kasus tidak dapat dikirim ke sana."),
        "peer_not_ppt": t.translate(
            "labels", "Kasus hanya dapat dipindahkan ke perangkat PPT lain."),
        "case_changed_meanwhile": t.translate(
            "labels", "Kasus berubah saat bundel ditulis. Periksa kasus lalu coba lagi."),
        "card_malformed": t.translate(
            "labels", "Berkas ini bukan kartu perangkat yang utuh (rusak atau diubah)."),
        "card_wrong_format": t.translate("labels", "Berkas ini bukan kartu perangkat ppt-desk."),
        "card_version_unsupported": t.translate(
            "labels", "Kartu perangkat dibuat oleh versi ppt-desk yang lebih baru. Perbarui "
                      "aplikasi ini."),
        "card_signature_bad": t.translate(
            "labels", "Tanda tangan kartu perangkat tidak cocok: kartu ini telah diubah."),
        "file_unreadable": t.translate("labels", "Berkas tidak dapat dibaca."),
        "too_large": t.translate("labels", "Berkas terlalu besar."),
        "unexpected": t.translate(
            "labels",
            "Terjadi kesalahan yang tidak terduga. Kejadian ini sudah dicatat di log (tanpa data "
            "pribadi)."),
        "rad_plan_unknown": t.translate("labels", "Rencana aksi (RAD) ini tidak ditemukan."),
        "rad_year_outside_plan": t.translate(
            "labels", "Tahun {year} di luar masa rencana aksi ini ({years})."),
        "rad_indicator_unknown": t.translate("labels", "Indikator {indicator} tidak ada."),
        "rad_indicator_computed": t.translate(
            "labels", "Indikator {indicator} dihitung dari data kasus; angkanya tidak diisi "
                      "manual."),
        "rad_semester_invalid": t.translate("labels", "Pilih Semester I atau Semester II."),
        "rad_value_invalid": t.translate("labels", "Nilai harus bilangan bulat 0 atau lebih."),
        "rad_note_too_long": t.translate(
            "labels", "Catatan terlalu panjang (paling banyak {max} huruf)."),
        "rad_file_unreadable": t.translate("labels", "Berkas RAD tidak dapat dibaca."),
        "rad_plan_invalid": t.translate(
            "labels", "Berkas RAD tidak dapat dimuat karena: {problems}"),
        "stats_scope_unknown": t.translate(
            "labels", "Cakupan ini tidak dikenal. Pilih cakupan dari daftar."),
        "summary_purpose_unknown": t.translate(
            "labels", "Keperluan ringkasan kasus ini tidak dikenal."),
        "unknown": t.translate("labels", "Terjadi kesalahan (kode: {code})."),
    }


def _casework_params(code: str, params: dict[str, object], messages: dict[str, str]) -> dict:
    """Stage codes and gate lists in the parameters of casework errors, as words."""
    lang = current_language()
    out = dict(params)
    for key in ("current", "target"):
        if isinstance(out.get(key), str):
            out[key] = stage_label(str(out[key]))
    if code == "stage_not_allowed":
        out["allowed"] = ", ".join(stage_label(s) for s in params.get("allowed") or ()) or "—"
    if code == "stage_requirements_missing":
        parts = []
        index = 1 if lang == "en" else 0
        for form, fields, no_record in params.get("missing") or ():
            if no_record or not fields:
                parts.append(messages["stage_missing_record"].format(form=form[index]))
            else:
                parts.append(messages["stage_missing_fields"].format(
                    form=form[index], fields=", ".join(f[index] for f in fields)))
        out["missing"] = "; ".join(parts)
    if code == "consent_missing" and isinstance(params.get("purpose"), str):
        purpose = code_label("consent_purpose", str(params["purpose"]))
        agency = params.get("agency")
        out["purpose"] = f"{purpose} — {agency}" if agency else purpose
        out["why"] = messages.get(f"consent_why_{params.get('reason')}", "")
    return out


def stage_label(code: str, lang: str | None = None) -> str:
    """Name of a casework stage (resources/casework/stages.json) in the interface language."""
    try:
        return casework_config().stage(code).label(lang or current_language())
    except KeyError:
        return code


def casework_config():
    """The stages and forms the labels name (the same files the backend reads)."""
    return reference_data.casework_config()


def error_text(code: str, **params: object) -> str:
    """Translated message for an error code; unknown codes show only the code."""
    messages = _messages()
    if code.startswith(("stage_", "consent_")):
        params = _casework_params(code, params, messages)
    if code == "needs_grant":
        params = {**params, "grant": messages.get(f"grant_{params.get('grant')}", "")}
    if code == "stick_full":
        params = {**params, "needed": size_text(int(params.get("needed") or 0), up=True),
                  "free": size_text(int(params.get("free") or 0))}
    if code == "rad_plan_invalid":
        problems = [str(p) for p in params.get("problems") or ()]
        shown = "; ".join(problems[:5]) + (f" (+{len(problems) - 5})" if len(problems) > 5 else "")
        params = {**params, "problems": shown}
    if code == "rad_year_outside_plan":
        years = [int(y) for y in params.get("years") or ()]
        params = {**params, "years": f"{min(years)}–{max(years)}" if years else "-"}
    if code == "case_transferred" and not params.get("to"):
        code = "case_transferred_elsewhere"
    if code == "wrong_password" and int(params.get("seconds") or 0) > 0:
        code = "wrong_password_delay"
    template = messages.get(code)
    if template is None:
        return messages["unknown"].format(code=code)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def place_problems(errors: dict, problems: dict[str, str]) -> list[str]:
    """Show each field problem in its field's error label (a ``QLabel`` by field key) and hide
    the others; return the texts of problems that have no label of their own."""
    for label in errors.values():
        label.clear()
        label.hide()
    unplaced = []
    for key, code in problems.items():
        label = errors.get(key)
        if label is None:
            unplaced.append(error_text(code))
            continue
        label.setText(error_text(code))
        label.show()
    return unplaced


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
