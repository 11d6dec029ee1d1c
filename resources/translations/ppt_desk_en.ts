<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>ActionItemsBox</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="28"/>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="100"/>
        <source>Tindak lanjut sidang kasus</source>
        <translation>Case conference action items</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="32"/>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="32"/>
        <source>No. kasus</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="33"/>
        <source>Tindak lanjut</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="33"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="34"/>
        <source>Tidak ada tindak lanjut sidang kasus yang terbuka.</source>
        <translation>No open case conference action items.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="42"/>
        <source>Enter membuka kasusnya.</source>
        <translation>Enter opens the case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="44"/>
        <source>Buka kasus</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="47"/>
        <source>Tandai &amp;selesai</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="49"/>
        <source>Tindak lanjut yang dipilih selesai hari ini</source>
        <translation>Marks the selected action item as done today</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="64"/>
        <source>{date} terlambat</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/action_items.py" line="68"/>
        <source>Tindak lanjut sidang kasus ({count})</source>
        <translation>Case conference action items ({count})</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="175"/>
        <source>Admin pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="176"/>
        <source>Akun ini menambah petugas sekretariat dan mendaftarkan perangkat PPT.</source>
        <translation>This account adds Secretariat officers and enrols PPT devices.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="178"/>
        <source>Akun ini dapat menambah pengguna lain.</source>
        <translation>This account can add other users.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="180"/>
        <source>Buat basis data</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="183"/>
        <source>huruf kecil, mis. rina.admin</source>
        <translation>lower case, e.g. rina.admin</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="189"/>
        <source>Juga supervisor (boleh melihat semua kasus)</source>
        <translation>Also supervisor (may see all cases)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="194"/>
        <source>Menyiapkan basis data terenkripsi…</source>
        <translation>Preparing the encrypted database…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="197"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="198"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="199"/>
        <source>Kata sandi (min. 10 karakter)</source>
        <translation>Password (min. 10 characters)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="200"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="21"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="22"/>
        <source>Nama lain / alias</source>
        <translation>Other names / aliases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="23"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="24"/>
        <source>Perkiraan umur</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="25"/>
        <source>Bahasa yang dikuasai</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="38"/>
        <source>[hanya di laptop] </source>
        <translation>[laptop only] </translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="47"/>
        <source>Agenda (dari berkas kasus)</source>
        <translation>Agenda (from the case file)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="53"/>
        <source>Yang bertanda [hanya di laptop] tidak tampil di layar proyektor.</source>
        <translation>Items marked [laptop only] are not shown on the projector screen.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="59"/>
        <source>— pilih isian —</source>
        <translation>— choose a field —</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="62"/>
        <source>Tampilkan di layar…</source>
        <translation>Show on screen…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="65"/>
        <source>Menampilkan satu isian lagi di layar proyektor setelah Anda memastikannya; tercatat di jejak audit</source>
        <translation>Shows one more field on the projector screen once you confirm it; recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="69"/>
        <source>&amp;Isian:</source>
        <translation>Fi&amp;eld:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="87"/>
        <source>Belum ada temuan tahap 2 atau hal terbuka pada kasus ini.</source>
        <translation>No stage 2 findings or open items for this case yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="95"/>
        <source>Ditampilkan di layar: {fields}</source>
        <translation>Shown on screen: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="112"/>
        <source>Tampilkan di layar</source>
        <translation>Show on screen</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="113"/>
        <source>Tampilkan &quot;{field}&quot; di layar proyektor?</source>
        <translation>Show &quot;{field}&quot; on the projector screen?</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="114"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/agenda_panel.py" line="115"/>
        <source>Semua orang di ruangan akan melihatnya. Pastikan isian ini boleh diketahui peserta. Penampilan ini dicatat di jejak audit.</source>
        <translation>Everyone in the room will see it. Make sure the participants may know this field. Showing it is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="30"/>
        <source>Layar peserta sidang kasus</source>
        <translation>Case conference audience screen</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="55"/>
        <source>Persetujuan untuk sidang kasus belum ada. Data kasus ini tidak ditampilkan.</source>
        <translation>There is no consent for the case conference yet. This case&apos;s data is not shown.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="115"/>
        <source>Menunggu kasus…</source>
        <translation>Waiting for a case…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="129"/>
        <source>Perjalanan</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="131"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="132"/>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="134"/>
        <source>Belum ada keputusan.</source>
        <translation>No decisions yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="135"/>
        <source>Ditampilkan oleh penyaji</source>
        <translation>Shown by the presenter</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="200"/>
        <source>Temuan penelusuran masalah</source>
        <translation>Problem exploration findings</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/audience_window.py" line="265"/>
        <source>Halaman {shown} dari {pages}</source>
        <translation>Page {shown} of {pages}</translation>
    </message>
</context>
<context>
    <name>BackupKeyPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="189"/>
        <source>Kode pemulihan dan kunci cadangan</source>
        <translation>Recovery code and backup key</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="190"/>
        <source>Keduanya hanya ditampilkan sekali dan tidak disimpan di komputer ini.</source>
        <translation>Both are shown only once and are not stored on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="193"/>
        <source>Kode pemulihan (membuka data bila semua kata sandi lupa)</source>
        <translation>Recovery code (opens the data if every password is forgotten)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="203"/>
        <source>Kunci cadangan offline</source>
        <translation>Offline backup key</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="206"/>
        <source>Dengan kunci ini bundel dari PPT tetap dapat dibuka bila komputer sekretariat hilang atau rusak. Simpan ke flashdisk khusus atau cetak, lalu simpan di lemari terkunci — jangan di komputer ini.</source>
        <translation>With this key, bundles from the PPTs can still be opened if the secretariat computer is lost or damaged. Save it to a dedicated USB stick or print it, then keep it in a locked cabinet — not on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="223"/>
        <source>Simpan ke berkas…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="239"/>
        <source>Saya sudah mencatat kode pemulihan</source>
        <translation>I have written down the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="242"/>
        <source>Saya sudah menyimpan kunci cadangan di tempat aman</source>
        <translation>I have stored the backup key in a safe place</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="252"/>
        <source>Sidik jari: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="264"/>
        <source>Simpan kunci cadangan</source>
        <translation>Save backup key</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="265"/>
        <source>Berkas teks (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="279"/>
        <source>Kunci cadangan disimpan di {path}. Pindahkan berkas ini ke flashdisk khusus, lalu hapus dari komputer ini.</source>
        <translation>Backup key saved to {path}. Move this file to a dedicated USB stick, then delete it from this computer.</translation>
    </message>
</context>
<context>
    <name>CaseConferences</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="84"/>
        <source>Pertemuan pembahasan kasus</source>
        <translation>Case discussion meetings</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="85"/>
        <source>Sidang kasus (case conference)</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="87"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="87"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="88"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="88"/>
        <source>Tindak lanjut terbuka</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="89"/>
        <source>Belum ada pertemuan yang direncanakan untuk kasus ini.</source>
        <translation>No meeting has been planned for this case yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="98"/>
        <source>Rencanakan pembahasan kasus…</source>
        <translation>Plan a case discussion…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="99"/>
        <source>Rencanakan sidang kasus…</source>
        <translation>Plan a case conference…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="102"/>
        <source>Buka ruang sidang…</source>
        <translation>Open the conference room…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_conferences.py" line="104"/>
        <source>Agenda, keputusan dan layar proyektor (Enter)</source>
        <translation>Agenda, decisions and projector screen (Enter)</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="38"/>
        <source>Simpan dokumen</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="50"/>
        <source>Dokumen disimpan: {path}</source>
        <translation>Document saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="58"/>
        <source>Untuk arsip PPT (internal)</source>
        <translation>For the PPT&apos;s own file (internal)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="59"/>
        <source>Untuk aparat penegak hukum…</source>
        <translation>For law enforcement…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="60"/>
        <source>Untuk LPSK…</source>
        <translation>For LPSK…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="61"/>
        <source>Untuk pemulangan…</source>
        <translation>For repatriation…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="62"/>
        <source>Untuk perwakilan RI di luar negeri…</source>
        <translation>For an Indonesian mission abroad…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="68"/>
        <source>Simpan ringkasan kasus</source>
        <translation>Save case summary</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_documents.py" line="74"/>
        <source>Ringkasan kasus disimpan: {path}</source>
        <translation>Case summary saved: {path}</translation>
    </message>
</context>
<context>
    <name>CaseGroupSessions</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_group_sessions.py" line="43"/>
        <source>Hapus sesi kelompok</source>
        <translation>Delete group session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_group_sessions.py" line="44"/>
        <source>Hapus sesi kelompok ini dari semua kasus pesertanya? Riwayat setiap kasus tetap mencatat bahwa sesi itu dihapus.</source>
        <translation>Delete this group session from every participating case? Each case&apos;s history keeps a record that it was deleted.</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="168"/>
        <source>Daftar Kasus</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="174"/>
        <source>Cari nama, alias, NIK, nomor dokumen atau nomor kasus…</source>
        <translation>Search name, alias, NIK, document number or case number…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="179"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="188"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="189"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="190"/>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="191"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="314"/>
        <source>Menampilkan {shown} dari {total} kasus</source>
        <translation>Showing {shown} of {total} cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="298"/>
        <source>Tidak ada kasus yang cocok dengan pencarian ini.</source>
        <translation>No case matches this search.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="300"/>
        <source>Tidak ada kasus yang cocok dengan pencarian ini (lebih dari {n} kasus terdaftar).</source>
        <translation>No case matches this search (more than {n} cases registered).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="303"/>
        <source>Tidak ada kasus yang cocok dengan pencarian ini ({n} kasus terdaftar).</source>
        <translation>No case matches this search ({n} cases registered).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="309"/>
        <source>Belum ada kasus terdaftar.</source>
        <translation>No cases registered yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_list.py" line="312"/>
        <source>Lebih dari {total} kasus cocok; {shown} yang pertama ditampilkan</source>
        <translation>More than {total} cases match; showing the first {shown}</translation>
    </message>
</context>
<context>
    <name>CaseOwnership</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/read_only.py" line="85"/>
        <source>Kasus ini telah dipindahkan ke {office} pada {date}; salinan ini hanya dapat dibaca.</source>
        <translation>This case was transferred to {office} on {date}; this copy is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/read_only.py" line="88"/>
        <source>Kasus ini dipegang oleh perangkat kantor lain; salinan ini hanya dapat dibaca.</source>
        <translation>This case is held by another office&apos;s device; this copy is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/read_only.py" line="91"/>
        <source>Pindahkan ke PPT lain…</source>
        <translation>Transfer to another PPT…</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="51"/>
        <source>← Daftar Kasus</source>
        <translation>← Case list</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="85"/>
        <source>Perlindungan</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="86"/>
        <source>Pemberdayaan</source>
        <translation>Empowerment</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="87"/>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="88"/>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="89"/>
        <source>Kelengkapan &amp;&amp; Hambatan</source>
        <translation>Completeness &amp;&amp; obstacles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="90"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="130"/>
        <source>Serah terima…</source>
        <translation>Handover…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="133"/>
        <source>Bagikan…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="84"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="136"/>
        <source>Ringkasan kasus…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="139"/>
        <source>Cetak seluruh berkas kasus sebagai PDF: untuk arsip PPT, atau untuk pihak lain sebatas persetujuan korban</source>
        <translation>Print the whole case file as a PDF: for the PPT&apos;s own file, or for others within the victim&apos;s consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="172"/>
        <source>Kasus sudah diserahkan kepada pendamping lain dan tidak lagi terbuka untuk Anda.</source>
        <translation>The case was handed over to another caseworker and is no longer open to you.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="210"/>
        <source>Tahap: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation>Stage: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="213"/>
        <source>{days} hari di tahap ini (sejak {date})</source>
        <translation>{days} days in this stage (since {date})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="215"/>
        <source>Pendamping: {name}</source>
        <translation>Caseworker: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="217"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="217"/>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/case_page.py" line="221"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="33"/>
        <source>Di layar</source>
        <translation>On screen</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="33"/>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="34"/>
        <source>Belum ada kasus.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="41"/>
        <source>Cari kasus lain (nama atau nomor kasus)…</source>
        <translation>Find another case (name or case number)…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="44"/>
        <source>+ Tambah kasus</source>
        <translation>+ Add case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="48"/>
        <source>− Keluarkan kasus</source>
        <translation>− Remove case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/case_picker.py" line="62"/>
        <source>Di layar proyektor kasus hanya disebut menurut urutannya (Korban A, Korban B, …), tidak pernah dengan nama.</source>
        <translation>On the projector screen, cases are referred to only by their order (Victim A, Victim B, …), never by name.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="44"/>
        <source>No. Kasus</source>
        <extracomment>CaseQuery.sort key per column (None: not sortable)</extracomment>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="44"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="44"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="44"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="46"/>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="52"/>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="46"/>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="52"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="45"/>
        <source>Kel. Umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="45"/>
        <source>Tanggal</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="45"/>
        <source>Jalur</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="49"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="49"/>
        <source>Nama korban</source>
        <translation>Victim&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="49"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="50"/>
        <source>Umur saat pengaduan</source>
        <translation>Age at intake</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="50"/>
        <source>Kelompok umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="51"/>
        <source>Tanggal pengaduan</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="51"/>
        <source>Jalur pengaduan</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/models/case_table_model.py" line="52"/>
        <source>Status korban</source>
        <translation>Victim status</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="25"/>
        <source>Kasus di balik angka</source>
        <translation>Cases behind the figure</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="37"/>
        <source>No. kasus</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="37"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="38"/>
        <source>Tanggal pengaduan</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="39"/>
        <source>Tidak ada kasus yang dapat Anda lihat di balik angka ini.</source>
        <translation>There are no cases behind this figure that you may see.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="52"/>
        <source>{count} kasus lain tidak dapat Anda lihat.</source>
        <translation>{count} other cases you may not see.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="61"/>
        <source>Ditampilkan {shown} kasus pertama dari {total}.</source>
        <translation>Showing the first {shown} of {total} cases.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="64"/>
        <source>Enter atau klik ganda pada baris membuka kasusnya.</source>
        <translation>Enter or a double-click on a row opens its case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="68"/>
        <source>&amp;Buka kasus</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/cases_dialog.py" line="74"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CaseworkRulesBox</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="31"/>
        <source>Aturan kasus</source>
        <translation>Casework rules</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="39"/>
        <source>Berlaku untuk semua kasus kantor ini. Batas waktu memicu peringatan di halaman Hari ini.</source>
        <translation>Apply to every case of this office. Time limits raise alerts on the Today page.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="54"/>
        <source>Jaminan hidup</source>
        <translation>Living allowance</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="59"/>
        <source>Batas tahap 1</source>
        <translation>Phase 1 limit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="60"/>
        <source>Batas tahap 2</source>
        <translation>Phase 2 limit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="62"/>
        <source>Peringatan sebelum batas</source>
        <translation>Alert before the limit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="66"/>
        <source>Kunjungan rumah</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="69"/>
        <source>Berapa hari sebelum jadwal kunjungan rumah muncul di halaman Hari ini</source>
        <translation>How many days before a scheduled home visit it appears on the Today page</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="71"/>
        <source>Peringatan sebelum jadwal</source>
        <translation>Alert before the date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="74"/>
        <source>Batas hari tanpa kemajuan per tahap</source>
        <translation>Days without progress per stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="80"/>
        <source>Batas waktu</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="84"/>
        <source>Perubahan tahap yang dicentang menunggu persetujuan supervisor bila diminta pendamping. Spasi mencentang atau menghapus centang.</source>
        <translation>Ticked stage changes wait for a supervisor&apos;s approval when a caseworker asks for them. Space ticks or unticks.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="96"/>
        <source>Persetujuan supervisor</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="100"/>
        <source>Simpan aturan kasus</source>
        <translation>Save casework rules</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="103"/>
        <source>Batalkan perubahan</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="120"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="139"/>
        <source>Buka kembali kasus</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="140"/>
        <source>Tahap mana pun</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="141"/>
        <source>tahap mana pun</source>
        <translation>any stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_rules_box.py" line="212"/>
        <source>Aturan kasus tersimpan.</source>
        <translation>Casework rules saved.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="269"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="270"/>
        <source>Jika semua kata sandi lupa, hanya kode ini yang dapat membuka data. Catat atau cetak sekarang — kode ini tidak ditampilkan lagi.</source>
        <translation>If every password is forgotten, only this code can open the data. Write it down or print it now — it will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="275"/>
        <source>Saya sudah mencatat kode pemulihan</source>
        <translation>I have written down the recovery code</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/comment_dialog.py" line="31"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConferenceTexts</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="15"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="16"/>
        <source>Berlangsung</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="17"/>
        <source>Selesai</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="18"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="24"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="27"/>
        <source>diadakan {date}</source>
        <translation>held {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="30"/>
        <source>direncanakan {date}</source>
        <translation>planned for {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="33"/>
        <source>{count} peserta, {signed} sudah menandatangani pernyataan kerahasiaan</source>
        <translation>{count} participant(s), {signed} signed the confidentiality statement</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/texts.py" line="37"/>
        <source>{count} kasus</source>
        <translation>{count} case(s)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/confirm.py" line="18"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="58"/>
        <source>Konflik data</source>
        <translation>Data conflicts</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="63"/>
        <source>Data yang diubah di dua kantor menjadi nilai yang berbeda. Nilai di sini tetap berlaku sampai petugas sekretariat memilih salah satu; aplikasi tidak pernah memilih berdasarkan waktu perubahan.</source>
        <translation>Data changed at two offices to different values. The value here stays in force until a Secretariat officer chooses one of them; the application never chooses by the time of the change.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="66"/>
        <source>Data yang diubah di perangkat ini dan di kantor lain menjadi nilai yang berbeda. Nilai di sini tetap berlaku sampai supervisor memilih salah satu; aplikasi tidak pernah memilih berdasarkan waktu perubahan.</source>
        <translation>Data changed on this device and at another office to different values. The value here stays in force until a supervisor chooses one of them; the application never chooses by the time of the change.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="75"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="75"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="75"/>
        <source>Nilai di sini</source>
        <translation>Value here</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="76"/>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="108"/>
        <source>Nilai yang masuk</source>
        <translation>Incoming value</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="76"/>
        <source>Dari kantor</source>
        <translation>From office</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="76"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="77"/>
        <source>Tidak ada konflik data yang menunggu keputusan.</source>
        <translation>No data conflicts are waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="90"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="105"/>
        <source>Nilai di sini (berlaku sekarang)</source>
        <translation>Value here (in force now)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="116"/>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="244"/>
        <source>Pakai nilai di sini</source>
        <translation>Use the value here</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="119"/>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="245"/>
        <source>Pakai nilai yang masuk</source>
        <translation>Use the incoming value</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="191"/>
        <source>Perangkat tidak terdaftar ({device})</source>
        <translation>Device not enrolled ({device})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="201"/>
        <source>Pilih konflik di daftar untuk melihat kedua nilainya.</source>
        <translation>Choose a conflict in the list to see both values.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="207"/>
        <source>Kasus {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="208"/>
        <source>Data kantor (bukan data kasus)</source>
        <translation>Office data (not case data)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="209"/>
        <source>{case} · dari {office} · menunggu sejak {since}</source>
        <translation>{case} · from {office} · waiting since {since}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="221"/>
        <source>Hanya supervisor atau admin yang dapat memutuskan konflik data.</source>
        <translation>Only a supervisor or an administrator can decide data conflicts.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="223"/>
        <source>Kasus ini dipegang {office}; hanya perangkat pemilik kasus yang dapat memutuskan konflik ini.</source>
        <translation>This case is held by {office}; only the device that owns the case can decide this conflict.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="226"/>
        <source>Nilai ini termasuk data terbatas (kesehatan atau pelaku). Hanya pengguna dengan akses itu yang dapat melihat dan memutuskannya.</source>
        <translation>These values are restricted data (health or perpetrators). Only users with that access can see and decide them.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="229"/>
        <source>Nilai yang dipilih menjadi isi register provinsi (tercatat di jejak audit). PPT pemilik kasus tetap memegang datanya; perubahannya berikutnya akan menggantikan nilai ini.</source>
        <translation>The chosen value goes into the provincial register (recorded in the audit trail). The PPT that owns the case still holds its data; the PPT&apos;s next change will replace this value.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="233"/>
        <source>Nilai yang dipilih disimpan sebagai perubahan baru dan ikut terkirim ke kantor lain pada sinkronisasi berikutnya.</source>
        <translation>The chosen value is saved as a new change and goes to the other offices with the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="246"/>
        <source> pada kasus {number}</source>
        <translation> in case {number}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="248"/>
        <source>Putuskan konflik data</source>
        <translation>Decide a data conflict</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="249"/>
        <source>{action} untuk {what}{case}?</source>
        <translation>{action} for {what}{case}?</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="253"/>
        <source>Nilai di sini:
{local}

Nilai yang masuk ({office}):
{incoming}

Nilai yang dipilih disimpan sebagai perubahan baru; yang lain tidak berlaku lagi.</source>
        <translation>Value here:
{local}

Incoming value ({office}):
{incoming}

The chosen value is saved as a new change; the other one no longer applies.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="258"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="275"/>
        <source>Konflik ini sudah diputuskan oleh pengguna lain.</source>
        <translation>This conflict has already been decided by another user.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/conflicts_page.py" line="277"/>
        <source>Konflik ini tidak ditemukan lagi.</source>
        <translation>This conflict can no longer be found.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="63"/>
        <source>Catat persetujuan</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="67"/>
        <source>Korban anak: persetujuan diberikan oleh wali.</source>
        <translation>Child victim: the guardian gives consent.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="68"/>
        <source>Korban dewasa memberi persetujuan sendiri.</source>
        <translation>An adult victim gives their own consent.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="84"/>
        <source>pilih dari direktori atau ketik nama lembaga</source>
        <translation>choose from the directory or type the institution name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="85"/>
        <source>Nama lembaga seperti di direktori (halaman Lembaga) agar rujukan ke lembaga itu dikenali.</source>
        <translation>The institution name as in the directory (Institutions page), so that referrals to it are recognised.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="93"/>
        <source>Bila tidak ada yang dipilih: identitas dan ringkasan kasus.</source>
        <translation>If nothing is ticked: identity and case summary.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="105"/>
        <source>mis. penetapan pengadilan</source>
        <translation>e.g. a court order</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="117"/>
        <source>Kosongkan bila berlaku sampai dicabut.</source>
        <translation>Leave empty when valid until withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="123"/>
        <source>Tujuan *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="124"/>
        <source>Lembaga *</source>
        <translation>Agency *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="125"/>
        <source>Data yang boleh dibagikan</source>
        <translation>Data that may be shared</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="127"/>
        <source>Diberikan oleh *</source>
        <translation>Given by *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="128"/>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="174"/>
        <source>Nama pemberi</source>
        <translation>Name of giver</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="129"/>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="177"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="131"/>
        <source>Tanggal persetujuan *</source>
        <translation>Date of consent *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="132"/>
        <source>Cara *</source>
        <translation>Method *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="133"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="134"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="139"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="142"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="173"/>
        <source>Nama pemberi *</source>
        <translation>Name of giver *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="176"/>
        <source>Dasar hukum *</source>
        <translation>Legal basis *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="179"/>
        <source>Korban anak: bila bukan wali yang memberi persetujuan (mis. wali tidak ada atau terlibat), tuliskan dasar hukumnya.</source>
        <translation>Child victim: when the consent is not given by the guardian (e.g. absent or involved), write down the legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/consent_dialog.py" line="182"/>
        <source>Korban dewasa memberi persetujuan sendiri. Bila diberikan oleh pihak lain (mis. korban tidak mampu), tuliskan dasar hukumnya.</source>
        <translation>An adult victim gives their own consent. When another party gives it (e.g. the victim is incapable), write down the legal basis.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="41"/>
        <source>Persetujuan mengikuti kehendak korban. Korban dewasa memberi persetujuan sendiri; untuk korban anak, wali yang memberi.</source>
        <translation>Consent follows the victim&apos;s wish. An adult victim gives their own consent; for a child victim the guardian gives it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="48"/>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="76"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="48"/>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="82"/>
        <source>Lembaga</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="48"/>
        <source>Diberikan oleh</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="49"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="49"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="49"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="50"/>
        <source>Belum ada persetujuan yang dicatat untuk kasus ini.</source>
        <translation>No consent recorded for this case yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="61"/>
        <source>Catat persetujuan…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="64"/>
        <source>Cabut…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="66"/>
        <source>Cabut persetujuan yang dipilih</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="73"/>
        <source>Periksa izin</source>
        <translation>Check permission</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="85"/>
        <source>nama lembaga</source>
        <translation>agency name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="87"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="127"/>
        <source>Dicatat oleh {name}</source>
        <translation>Recorded by {name}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="130"/>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="189"/>
        <source>Dasar hukum: {text}</source>
        <translation>Legal basis: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="132"/>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="191"/>
        <source>Catatan: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="145"/>
        <source>Dicabut mulai {date}</source>
        <translation>Withdrawn from {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="148"/>
        <source>Dicabut</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="150"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="152"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="153"/>
        <source>Berlaku sampai {date}</source>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="156"/>
        <source>Belum berlaku</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="157"/>
        <source>Tidak berlaku</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="158"/>
        <source>Pemberi persetujuan tidak sesuai umur korban saat ini dan tidak ada dasar hukum.</source>
        <translation>The giver does not match the victim&apos;s present age and there is no legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="166"/>
        <source>identitas dan ringkasan kasus (bawaan)</source>
        <translation>identity and case summary (default)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="167"/>
        <source>Data yang boleh dibagikan: {data}</source>
        <translation>Data that may be shared: {data}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="183"/>
        <source>Pilih persetujuan untuk melihat data yang boleh dibagikan.</source>
        <translation>Select a consent to see what data may be shared.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="244"/>
        <source>✔ Diizinkan: {purpose}. Persetujuan diberikan {date} oleh {giver}.</source>
        <translation>✔ Allowed: {purpose}. Consent given on {date} by {giver}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="248"/>
        <source>✔ Diizinkan: {purpose}.</source>
        <translation>✔ Allowed: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="250"/>
        <source>belum ada persetujuan untuk tujuan ini.</source>
        <translation>no consent for this purpose yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="251"/>
        <source>persetujuan sudah dicabut.</source>
        <translation>the consent was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="252"/>
        <source>masa berlaku persetujuan sudah habis.</source>
        <translation>the consent has expired.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="253"/>
        <source>persetujuan baru berlaku mulai tanggal pemberiannya.</source>
        <translation>the consent is valid only from the day it was given.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="254"/>
        <source>persetujuan yang ada tidak mencakup lembaga ini.</source>
        <translation>the consent on record does not cover this agency.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="255"/>
        <source>korban anak: persetujuan harus dari wali, atau disertai dasar hukum.</source>
        <translation>child victim: the consent must come from the guardian, or have a legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="257"/>
        <source>korban dewasa: persetujuan dari pihak lain perlu dasar hukum.</source>
        <translation>adult victim: a consent by another party needs a legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/consent_tab.py" line="261"/>
        <source>✖ Tidak diizinkan: {purpose} — {why}</source>
        <translation>✖ Not allowed: {purpose} — {why}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="42"/>
        <source>Dasbor perangkat</source>
        <translation>Device dashboard</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="50"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="57"/>
        <source>PPT (perangkat)</source>
        <translation>PPT (device)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="57"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="57"/>
        <source>Bundel terakhir</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="58"/>
        <source>Data diterima</source>
        <translation>Data received</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="58"/>
        <source>Identitas /
pseudonim</source>
        <translation>Identity /
pseudonym</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="58"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="59"/>
        <source>Pindahan</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="59"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="59"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="60"/>
        <source>Belum ada perangkat PPT yang terdaftar. Daftarkan kartu perangkat setiap PPT di halaman Perangkat agar bundelnya dapat diimpor.</source>
        <translation>No PPT device is enrolled yet. Enrol each PPT&apos;s device card on the Devices page so that its bundles can be imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="69"/>
        <source>Rincian perangkat</source>
        <translation>Device details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="109"/>
        <source>Berkas ditolak yang pengirimnya tidak dikenal ({n}):</source>
        <translation>Refused files from unknown senders ({n}):</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="120"/>
        <source>{devices} perangkat PPT · {due} perlu tanda terima · {alerts} perlu perhatian · {conflicts} konflik data terbuka</source>
        <translation>PPT devices: {devices} · receipt due: {due} · need attention: {alerts} · open data conflicts: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="128"/>
        <source> — dicabut</source>
        <translation> — revoked</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="132"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="133"/>
        <source>no. {seq} · {at}</source>
        <translation>no. {seq} · {at}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="138"/>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="139"/>
        <source>s.d. no. {upto}</source>
        <translation>up to no. {upto}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="141"/>
        <source>; {held} tertahan, kurang no. {first}–{last}</source>
        <translation>; {held} held back, missing no. {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="147"/>
        <source>perlu dikirim ({n} data baru)</source>
        <translation>due ({n} new item(s))</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="149"/>
        <source>terkirim {at}</source>
        <translation>sent {at}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="155"/>
        <source>{n}× percabangan</source>
        <translation>forked {n}×</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="157"/>
        <source>{n} berkas dikarantina</source>
        <translation>{n} file(s) quarantined</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="185"/>
        <source>• {at}: {reason}</source>
        <translation>• {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="190"/>
        <source>Pilih perangkat di daftar untuk melihat rinciannya.</source>
        <translation>Choose a device in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="194"/>
        <source>Belum ada bundel yang diterima dari perangkat ini.</source>
        <translation>No bundle has been received from this device yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="196"/>
        <source>{n} bundel diterima; terakhir no. {seq} pada {at}.</source>
        <translation>Bundles received: {n}; the last was no. {seq} on {at}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="200"/>
        <source>Data diterima sampai no. {upto}; {n} di antaranya menunggu data PPT lain (kasus yang dipindahkan kepadanya) dan diterapkan sendiri begitu bundel PPT itu diimpor.</source>
        <translation>Data received up to no. {upto}; {n} item(s) of it wait for another PPT&apos;s data (cases transferred to that PPT) and are applied automatically as soon as that PPT&apos;s bundle is imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="204"/>
        <source>Data diterapkan sampai no. {upto}.</source>
        <translation>Data applied up to no. {upto}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="208"/>
        <source>{held} data tertahan karena no. {first}–{last} belum diterima: minta PPT mengirim ulang bundelnya.</source>
        <translation>{held} item(s) held back because no. {first}–{last} have not been received: ask the PPT to send its bundles again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="212"/>
        <source>{cases} kasus dipegang perangkat ini: {identities} dengan identitas, {pseudonyms} dengan pseudonim (tanpa persetujuan berbagi identitas).</source>
        <translation>Cases held by this device: {cases}. With identity: {identities}; under a pseudonym: {pseudonyms} (no consent to share the identity).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="216"/>
        <source>{n} konflik data menunggu keputusan (halaman Konflik data).</source>
        <translation>Data conflicts waiting for a decision: {n} (Data conflicts page).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="219"/>
        <source>{n} kasus dipindahkan ke PPT ini belum dilaporkan kembali olehnya.</source>
        <translation>Cases transferred to this PPT that it has not yet reported back: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="222"/>
        <source>Tanda terima berikutnya: {n} data dari {b} bundel sejak tanda terima terakhir ({last}).</source>
        <translation>Next receipt: {n} item(s) from {b} bundle(s) since the last receipt ({last}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="226"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="228"/>
        <source>Tanda terima terakhir {at} sudah mencakup semua data yang diterima.</source>
        <translation>The last receipt ({at}) already covers all data received.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="232"/>
        <source>PERINGATAN: {n} bundel menunjukkan laptop ini disalin atau dipulihkan dari salinan lama. Hubungi kantor PPT.</source>
        <translation>WARNING: {n} bundle(s) show that this laptop was cloned or restored from an old copy. Contact the PPT office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/dashboard_page.py" line="235"/>
        <source>Berkas yang ditolak dan disimpan di karantina ({n}):</source>
        <translation>Files refused and kept in quarantine ({n}):</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="46"/>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="66"/>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="153"/>
        <source>Tulis keputusan; tampil di layar saat diketik</source>
        <translation>Write the decision; it appears on screen as you type</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="68"/>
        <source>&amp;Keputusan</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="75"/>
        <source>kosong bila bukan tindak lanjut</source>
        <translation>leave empty if it is not an action item</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="84"/>
        <source>&amp;Tindak lanjut</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="85"/>
        <source>&amp;Batas waktu</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="86"/>
        <source>&amp;Lembaga</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="87"/>
        <source>&amp;Orang</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="96"/>
        <source>Keputusan &amp;baru (Ctrl+N)</source>
        <translation>&amp;New decision (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="100"/>
        <source>Hapus keputusan…</source>
        <translation>Delete decision…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="154"/>
        <source>Keputusan dicatat selama pertemuan berlangsung (Mulai mode sidang)</source>
        <translation>Decisions are recorded while the meeting is in progress (Start conference mode)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="181"/>
        <source>belum tersimpan…</source>
        <translation>not saved yet…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="218"/>
        <source>tersimpan</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="227"/>
        <source>belum tersimpan</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="252"/>
        <source>Hapus keputusan</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="253"/>
        <source>Hapus keputusan ini dari notulen? Layar proyektor ikut menghapusnya.</source>
        <translation>Delete this decision from the minutes? It disappears from the projector screen too.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/decisions_panel.py" line="254"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="48"/>
        <source>Perangkat ini</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="58"/>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="59"/>
        <source>Kode perangkat:</source>
        <translation>Device code:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="60"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="63"/>
        <source>Sidik jari (bacakan lewat telepon):</source>
        <translation>Fingerprint (read it out by phone):</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="71"/>
        <source>Simpan kartu perangkat ini…</source>
        <translation>Save this device&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="85"/>
        <source>Perangkat terdaftar</source>
        <translation>Enrolled devices</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="88"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="88"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="88"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="88"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="89"/>
        <source>Didaftarkan</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="90"/>
        <source>Belum ada perangkat lain yang terdaftar. Daftarkan kartu perangkat Sekretariat provinsi untuk dapat mengirim data.</source>
        <translation>No other device is enrolled yet. Enrol the provincial Secretariat&apos;s device card to be able to send data.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="98"/>
        <source>Daftarkan kartu perangkat…</source>
        <translation>Enrol a device card…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="101"/>
        <source>Cabut…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="111"/>
        <source>Hanya admin atau supervisor yang dapat mendaftarkan atau mencabut perangkat dan menyimpan kartu perangkat ini.</source>
        <translation>Only an administrator or a supervisor can enrol or revoke devices and save this device&apos;s card.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="148"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="151"/>
        <source>Dicabut: {reason}</source>
        <translation>Revoked: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="153"/>
        <source>Dicabut {at}: {reason}</source>
        <translation>Revoked {at}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="167"/>
        <source>Pilih folder atau flashdisk untuk kartu perangkat</source>
        <translation>Choose a folder or USB stick for the device card</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="180"/>
        <source>Kartu perangkat disimpan: {name} di {folder}. Serahkan berkas ini ke kantor yang akan mendaftarkannya, lalu bacakan sidik jari di atas lewat telepon.</source>
        <translation>Device card saved: {name} in {folder}. Give this file to the office that will enrol it, then read the fingerprint above out to them by phone.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="195"/>
        <source>Pilih kartu perangkat</source>
        <translation>Choose a device card</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/devices_panel.py" line="196"/>
        <source>Kartu perangkat ppt-desk (*.ppt-card)</source>
        <translation>ppt-desk device cards (*.ppt-card)</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/documents_editor.py" line="40"/>
        <source>+ Tambah dokumen</source>
        <translation>+ Add document</translation>
    </message>
</context>
<context>
    <name>DuplicateTexts</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="10"/>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="11"/>
        <source>NIK beda satu angka</source>
        <translation>NIK differs by one digit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="12"/>
        <source>NIK berbeda</source>
        <translation>different NIK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="13"/>
        <source>nama sama</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="14"/>
        <source>nama mirip</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="15"/>
        <source>nama jarang</source>
        <translation>rare name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="16"/>
        <source>tanggal lahir sama</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="17"/>
        <source>tanggal dan bulan lahir tertukar</source>
        <translation>day and month of birth swapped</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="19"/>
        <source>tahun lahir sama</source>
        <translation>same year of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="20"/>
        <source>tanggal lahir jauh berbeda</source>
        <translation>dates of birth far apart</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="21"/>
        <source>jenis kelamin berbeda</source>
        <translation>different sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="24"/>
        <source>Menunggu keputusan</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="25"/>
        <source>Orang yang sama</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="26"/>
        <source>Bukan orang yang sama</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="28"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="29"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="57"/>
        <source>umur sekitar {age} tahun (perkiraan)</source>
        <translation>about {age} years old (estimated)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="65"/>
        <source>Orang yang sama dengan kasus {number} di {office} (dikonfirmasi petugas)</source>
        <translation>Same person as case {number} at {office} (confirmed by an officer)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicate_texts.py" line="69"/>
        <source>Kemungkinan orang yang sama dengan kasus {number} di {office}</source>
        <translation>Possibly the same person as case {number} at {office}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="46"/>
        <source>Kemungkinan Duplikat</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="50"/>
        <source>Kasus dari dua PPT yang mungkin korban yang sama, dicari setelah setiap impor menurut nama (ejaan yang berbeda pun), tanggal lahir dan NIK. Petugas memutuskan; data tidak pernah digabung otomatis. Kasus yang dikirim dengan pseudonim (tanpa persetujuan berbagi identitas) tidak dibandingkan.</source>
        <translation>Cases from two PPTs that may be the same victim, looked for after every import by name (even when spelt differently), date of birth and NIK. An officer decides; records are never merged automatically. Cases sent under a pseudonym (no consent to share the identity) are not compared.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="60"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="63"/>
        <source>Menunggu keputusan</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="63"/>
        <source>Sudah diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="64"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="67"/>
        <source>&amp;Periksa ulang semua kasus</source>
        <translation>&amp;Recheck all cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="77"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="77"/>
        <source>Alasan</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="77"/>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="78"/>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="77"/>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="78"/>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="106"/>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="79"/>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="179"/>
        <source>Tidak ada kemungkinan duplikat yang menunggu keputusan.</source>
        <translation>No possible duplicates are waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="96"/>
        <source>Perbandingan</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="106"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="107"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="107"/>
        <source>Nama lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="108"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="108"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="109"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="109"/>
        <source>Tanggal registrasi</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="110"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="134"/>
        <source>&amp;Catatan:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="138"/>
        <source>mis. sudah dicek lewat telepon ke kedua PPT</source>
        <translation>e.g. checked by phone with both PPTs</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="140"/>
        <source>&amp;Orang yang sama</source>
        <translation>Same &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="143"/>
        <source>&amp;Bukan orang yang sama</source>
        <translation>&amp;Not the same person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="181"/>
        <source>Belum ada pasangan yang diputuskan.</source>
        <translation>No pair has been decided yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="183"/>
        <source>Belum ada kemungkinan duplikat.</source>
        <translation>No possible duplicates yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="196"/>
        <source>(pseudonim: identitas tidak dikirim)</source>
        <translation>(pseudonym: identity not sent)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="197"/>
        <source>(tidak ditampilkan untuk peran Anda)</source>
        <translation>(not shown for your role)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="213"/>
        <source>Pilih pasangan di daftar untuk membandingkan kedua data.</source>
        <translation>Choose a pair in the list to compare the two records.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="219"/>
        <source>Skor {score} dari 100 · {reasons}</source>
        <translation>Score {score} of 100 · {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="239"/>
        <source>Data kedua kasus tidak diubah dan tidak digabung, apa pun keputusannya.</source>
        <translation>Whatever the decision, the data of both cases is neither changed nor merged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="241"/>
        <source>{status} · diputuskan oleh {who} pada {at}</source>
        <translation>{status} · decided by {who} on {at}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="243"/>
        <source> · catatan: {note}</source>
        <translation> · note: {note}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="252"/>
        <source>Orang yang sama</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="253"/>
        <source>Bukan orang yang sama</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="254"/>
        <source>Putuskan kemungkinan duplikat</source>
        <translation>Decide a possible duplicate</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="255"/>
        <source>{action}: kasus {a} ({ppt_a}) dan kasus {b} ({ppt_b})?</source>
        <translation>{action}: case {a} ({ppt_a}) and case {b} ({ppt_b})?</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="260"/>
        <source>Keduanya akan ditandai sebagai orang yang sama di kedua kasus. Data tidak digabung.</source>
        <translation>Both cases will record that they are the same person. The data is not merged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="262"/>
        <source>Pasangan ini tidak akan diusulkan lagi.</source>
        <translation>This pair will not be proposed again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="264"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="296"/>
        <source>Pasangan ini sudah diputuskan oleh petugas lain.</source>
        <translation>This pair has already been decided by another officer.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/duplicates_page.py" line="299"/>
        <source>Hanya petugas sekretariat atau admin yang dapat melihat dan memutuskan kemungkinan duplikat.</source>
        <translation>Only a Secretariat officer or an administrator can see and decide possible duplicates.</translation>
    </message>
</context>
<context>
    <name>EmpowermentTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="151"/>
        <source>{stage}: syarat lengkap</source>
        <translation>{stage}: requirements met</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="154"/>
        <source>{stage}: belum lengkap — {missing}</source>
        <translation>{stage}: incomplete — {missing}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="159"/>
        <source>Syarat pindah tahap</source>
        <translation>Requirements to change stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="175"/>
        <source>Berikutnya: &lt;b&gt;{stage}&lt;/b&gt; — {description}</source>
        <translation>Next: &lt;b&gt;{stage}&lt;/b&gt; — {description}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="201"/>
        <source>Pindah tahap…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="248"/>
        <source>Catatan untuk pendamping (wajib bila dikembalikan)</source>
        <translation>Comment for the caseworker (required when returning)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="250"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="252"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="273"/>
        <source>Tahap sekarang: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation>Current stage: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="275"/>
        <source>sejak {date} ({days} hari)</source>
        <translation>since {date} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="291"/>
        <source>Masih ada perubahan tahap yang menunggu persetujuan.</source>
        <translation>A stage change is still waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="294"/>
        <source>Menunggu persetujuan supervisor: {source} → {target}. Diajukan oleh {who} pada {date}.</source>
        <translation>Waiting for supervisor approval: {source} → {target}. Requested by {who} on {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="299"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="302"/>
        <source>Permintaan pindah ke {target} dikembalikan oleh {who} pada {date}: {comment}</source>
        <translation>Request to move to {target} returned by {who} on {date}: {comment}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="309"/>
        <source>Disetujui oleh {who}: {comment}</source>
        <translation>Approved by {who}: {comment}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="350"/>
        <source>Permintaan pindah ke {target} dikirim; menunggu persetujuan supervisor.</source>
        <translation>Request to move to {target} sent; waiting for supervisor approval.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="353"/>
        <source>Tahap berubah: {source} → {target}.</source>
        <translation>Stage changed: {source} → {target}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="44"/>
        <source>Daftarkan kartu perangkat</source>
        <translation>Enrol a device card</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="52"/>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="55"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="56"/>
        <source>Kode perangkat:</source>
        <translation>Device code:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="58"/>
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="61"/>
        <source>1. Telepon kantor ini dengan nomor yang Anda kenal (bukan nomor yang datang bersama kartu).
2. Minta mereka membuka Sinkronisasi → Perangkat dan membacakan sidik jari perangkat mereka.
3. Ketik sidik jari yang Anda dengar. Bila tidak sama dengan kartu, perangkat tidak didaftarkan.</source>
        <translation>1. Call this office on a number you know (not one that came with the card).
2. Ask them to open Synchronisation → Devices and read out their device&apos;s fingerprint.
3. Type the fingerprint you hear. If it does not match the card, the device is not enrolled.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="80"/>
        <source>&amp;Sidik jari yang dibacakan:</source>
        <translation>&amp;Fingerprint read out:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="87"/>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="91"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="68"/>
        <source>Kirim ke Provinsi</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="72"/>
        <source>{events} kejadian untuk {office}: {identity} kasus dengan identitas, {pseudonym} kasus dengan pseudonim.</source>
        <translation>{events} event(s) for {office}. Cases with identity: {identity}; under a pseudonym: {pseudonym}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="80"/>
        <source>Flashdisk tujuan</source>
        <translation>Destination stick</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="88"/>
        <source>&amp;Flashdisk:</source>
        <translation>&amp;USB stick:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="90"/>
        <source>Muat &amp;ulang</source>
        <translation>&amp;Rescan</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="92"/>
        <source>Cari lagi flashdisk yang tercolok</source>
        <translation>Look again for plugged-in USB sticks</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="99"/>
        <source>Pilih &amp;folder lain…</source>
        <translation>Choose another &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="106"/>
        <source>Tidak ada flashdisk yang terdeteksi. Colokkan flashdisk lalu klik Muat ulang, atau pilih folder lain.</source>
        <translation>No USB stick found. Plug one in and click Rescan, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="115"/>
        <source>Bundel disimpan terenkripsi dengan nama acak: tanpa kunci provinsi, nama berkas maupun isinya tidak mengungkap kantor atau korban.</source>
        <translation>The bundle is saved encrypted under a random name: without the province&apos;s key, neither its name nor its content reveals the office or any victim.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="135"/>
        <source>&amp;Kirim</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="139"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="156"/>
        <source>Pilih folder tujuan bundel</source>
        <translation>Choose the folder for the bundle</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="179"/>
        <source>Pilih flashdisk atau folder tujuan lebih dulu.</source>
        <translation>Choose a USB stick or a destination folder first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="188"/>
        <source>Menulis bundel terenkripsi…</source>
        <translation>Writing the encrypted bundle…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="200"/>
        <source>Menyalin ke flashdisk dan memeriksa salinannya…</source>
        <translation>Copying to the stick and checking the copy…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="202"/>
        <source>{done} dari {total} kejadian ditulis…</source>
        <translation>{done} of {total} events written…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="209"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="220"/>
        <source>Keluarkan flashdisk dengan aman (Eject) sebelum mencabutnya.</source>
        <translation>Eject the stick safely before pulling it out.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="223"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_dialog.py" line="236"/>
        <source>Pengiriman dibatalkan. Tidak ada berkas yang ditulis ke flashdisk dan tidak ada data yang ditandai terkirim.</source>
        <translation>Sending cancelled. No file was written to the stick and nothing was marked as sent.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="30"/>
        <source>Mengirim ke Sekretariat Gugus Tugas provinsi semua perubahan yang belum dikonfirmasi diterima. Identitas korban hanya ikut bila korban menyetujui berbagi data dengan Sekretariat (atau ada dasar hukum yang dicatat); selain itu nama, NIK, alamat rinci, telepon dan identitas wali diganti pseudonim yang tidak dapat dibuka provinsi. Penanganan, layanan dan hasilnya tetap dikirim.</source>
        <translation>Sends the provincial Task Force Secretariat every change it has not yet confirmed. A victim&apos;s identity goes only if she agreed to share with the Secretariat (or a legal basis is recorded); otherwise name, NIK, detailed address, phone and guardian&apos;s identity are replaced by a pseudonym the province cannot reverse. Casework, services and outcomes are sent either way.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="51"/>
        <source>Tujuan:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="52"/>
        <source>Kejadian yang dikirim:</source>
        <translation>Events to send:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="53"/>
        <source>Kasus dengan identitas:</source>
        <translation>Cases with identity:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="54"/>
        <source>Kasus dengan pseudonim:</source>
        <translation>Cases under a pseudonym:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="65"/>
        <source>Kirim ke Provinsi…</source>
        <translation>Send to the province…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/export_panel.py" line="72"/>
        <source>Hanya pendamping atau supervisor yang dapat mengirim data kasus.</source>
        <translation>Only a caseworker or a supervisor can send case data.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/field_editors.py" line="59"/>
        <source>JJ:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/field_values.py" line="31"/>
        <source>Rujukan pedoman: {cite}</source>
        <translation>Guideline reference: {cite}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/finish_dialog.py" line="16"/>
        <source>Selesaikan pertemuan</source>
        <translation>Finish the meeting</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/finish_dialog.py" line="19"/>
        <source>{kind} dicatat sudah diadakan. Setelah itu notulen tidak dapat diubah lagi, dan pertemuan ini memenuhi syarat tahap kasus-kasusnya.</source>
        <translation>{kind} will be recorded as held. After that the minutes can no longer be changed, and this meeting meets the stage requirements of its cases.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/finish_dialog.py" line="27"/>
        <source>&amp;Diadakan pada</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/finish_dialog.py" line="30"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/finish_dialog.py" line="33"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="37"/>
        <source>Sesi kelompok baru</source>
        <translation>New group session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="62"/>
        <source>Di dalam panti / lembaga</source>
        <translation>Inside the institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="63"/>
        <source>Di luar panti / lembaga</source>
        <translation>Outside the institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="70"/>
        <source>Tanggal *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="71"/>
        <source>Jenis sesi *</source>
        <translation>Kind of session *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="72"/>
        <source>Topik *</source>
        <translation>Topic *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="73"/>
        <source>Fasilitator / konselor</source>
        <translation>Facilitator / counsellor</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="74"/>
        <source>Durasi (menit)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="75"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="76"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="81"/>
        <source>&lt;b&gt;Peserta&lt;/b&gt; (paling sedikit dua; anggota keluarga dicatat menurut hubungannya, tanpa nama)</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt; (at least two; family members are recorded by relation, without names)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="85"/>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="85"/>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="98"/>
        <source>Cari korban lain (nama atau nomor kasus)…</source>
        <translation>Find another victim (name or case number)…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="108"/>
        <source>+ Korban terpilih</source>
        <translation>+ Selected victim</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="114"/>
        <source>+ Anggota keluarga dari kasus terpilih</source>
        <translation>+ Family member of the selected case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="118"/>
        <source>− Hapus peserta</source>
        <translation>− Remove participant</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="122"/>
        <source>Hubungan:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="129"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="133"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="150"/>
        <source>Ubah sesi kelompok</source>
        <translation>Change group session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="170"/>
        <source>Korban</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="170"/>
        <source>Keluarga: {relation}</source>
        <translation>Family: {relation}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/group_session_dialog.py" line="212"/>
        <source>Pilih kasus (di hasil pencarian atau di daftar peserta) dan hubungan keluarga.</source>
        <translation>Choose a case (in the search results or the participant list) and the family relation.</translation>
    </message>
</context>
<context>
    <name>GroupSessionsBox</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="138"/>
        <source>Sesi kelompok</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="149"/>
        <source>Sesi kelompok baru…</source>
        <translation>New group session…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="146"/>
        <source>Belum ada sesi kelompok.</source>
        <translation>No group sessions yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="152"/>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="155"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="176"/>
        <source>korban</source>
        <translation>victim</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="177"/>
        <source>{victims} korban lain, {family} anggota keluarga lain</source>
        <translation>{victims} other victims, {family} other family members</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="179"/>
        <source>, {n} menit</source>
        <translation>, {n} minutes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="180"/>
        <source>{date} — {kind}: {topic}{minutes}
   Peserta dari kasus ini: {own}; {others}</source>
        <translation>{date} — {kind}: {topic}{minutes}
   Participants from this case: {own}; {others}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="35"/>
        <source>Serahkan kasus</source>
        <translation>Hand over the case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="44"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="50"/>
        <source>Keadaan korban, tugas yang belum selesai, janji dan kontak penting…</source>
        <translation>The victim&apos;s situation, open tasks, appointments and important contacts…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="53"/>
        <source>Pendamping baru *</source>
        <translation>New caseworker *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="54"/>
        <source>Catatan serah terima *</source>
        <translation>Handover note *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="56"/>
        <source>Catatan serah terima disimpan pada kasus. Pendamping lama tidak lagi dapat membuka kasus kecuali kasus dibagikan kepadanya.</source>
        <translation>The handover note is kept on the case. The previous caseworker can no longer open the case unless it is shared with them.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="64"/>
        <source>Serahkan</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="66"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="76"/>
        <source>Pendamping sekarang: {name}</source>
        <translation>Current caseworker: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="77"/>
        <source>Kasus ini belum mempunyai pendamping.</source>
        <translation>This case has no caseworker yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="84"/>
        <source>Pilih pendamping baru.</source>
        <translation>Choose the new caseworker.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="43"/>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="43"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="43"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="43"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="44"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="44"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="44"/>
        <source>Kejadian</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="45"/>
        <source>Identitas</source>
        <translation>Identities</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="46"/>
        <source>Belum ada bundel yang dikirim atau diimpor.</source>
        <translation>No bundle has been sent or imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="51"/>
        <source>Jumlah kasus yang identitas korbannya ikut dalam bundel</source>
        <translation>Number of cases whose victim&apos;s identity the bundle carried</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="55"/>
        <source>Kasus dalam bundel ini</source>
        <translation>Cases in this bundle</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="61"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="61"/>
        <source>Data korban</source>
        <translation>Victim data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="62"/>
        <source>Bundel ini tidak membawa data kasus.</source>
        <translation>This bundle carried no case data.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="67"/>
        <source>Salin daftar</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="70"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="100"/>
        <source>Berkas disimpan di karantina; tidak ada yang diubah.</source>
        <translation>The file was kept in quarantine; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="149"/>
        <source>Pilih bundel keluar di atas untuk melihat kasus mana yang ikut di dalamnya.</source>
        <translation>Select an outgoing bundle above to see which cases it carried.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="152"/>
        <source>Daftar kasus tersedia untuk bundel keluar (yang dikirim dari perangkat ini).</source>
        <translation>The list of cases is available for outgoing bundles (sent from this device).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="155"/>
        <source>Hanya pendamping atau supervisor yang dapat melihat daftar kasus.</source>
        <translation>Only a caseworker or a supervisor can see the list of cases.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="175"/>
        <source>Bundel keluar no. {seq} ke {office}, {at}: {n} kasus — {identity} dengan identitas, {pseudonym} dengan pseudonim.</source>
        <translation>Outgoing bundle no. {seq} to {office}, {at}: {n} case(s) — with identity: {identity}, under a pseudonym: {pseudonym}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/history_panel.py" line="185"/>
        <source>ID bundel: {id}</source>
        <translation>Bundle ID: {id}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="25"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="25"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="26"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="26"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="41"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="41"/>
        <source>Berkas kasus</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="42"/>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="42"/>
        <source>Akses kasus</source>
        <translation>Case access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="43"/>
        <source>Catatan</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="43"/>
        <source>Perubahan tahap</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="44"/>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="45"/>
        <source>Sesi kelompok</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="46"/>
        <source>Sidang kasus</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="47"/>
        <source>Keputusan sidang kasus</source>
        <translation>Conference decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="56"/>
        <source>Tahap: {source} → {target}</source>
        <translation>Stage: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="59"/>
        <source>Persetujuan: {purpose}</source>
        <translation>Consent: {purpose}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="62"/>
        <source>Sidang kasus: {kind}</source>
        <translation>Conference: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="68"/>
        <source>Keputusan sidang kasus: {text}</source>
        <translation>Conference decision: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="73"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="73"/>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="74"/>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="74"/>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="101"/>
        <source>dipindahkan</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="75"/>
        <source>ditarik kembali (perangkat penerima dicabut)</source>
        <translation>taken back (receiving device revoked)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="80"/>
        <source>direncanakan</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="81"/>
        <source>dikeluarkan dari sidang</source>
        <translation>removed from the conference</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="83"/>
        <source>dimulai</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="83"/>
        <source>selesai diadakan</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="84"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="87"/>
        <source>tanggal diadakan</source>
        <translation>date held</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="88"/>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="88"/>
        <source>tempat</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="89"/>
        <source>fokus masalah</source>
        <translation>problem focus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="90"/>
        <source>alternatif</source>
        <translation>alternatives</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="90"/>
        <source>catatan</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="91"/>
        <source>keputusan</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="91"/>
        <source>tindak lanjut</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="92"/>
        <source>batas waktu</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="92"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="97"/>
        <source>tahap</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="87"/>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="97"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="98"/>
        <source>status korban</source>
        <translation>victim status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="99"/>
        <source>pendamping</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/history_tab.py" line="100"/>
        <source>perangkat pemegang</source>
        <translation>owning device</translation>
    </message>
</context>
<context>
    <name>ImportBundlesPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="44"/>
        <source>Impor bundel</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="48"/>
        <source>Pilih flashdisk atau folder berisi bundel dari PPT (atau beberapa berkas). Semua bundel diimpor berurutan per perangkat. Setiap berkas diperiksa lengkap lebih dulu (enkripsi, tanda tangan, perangkat terdaftar, urutan); berkas yang ditolak disimpan di karantina beserta alasannya dan tidak mengubah apa pun.</source>
        <translation>Choose a USB stick or folder with bundles from the PPTs (or several files). All bundles are imported in order, device by device. Each file is checked completely first (encryption, signature, enrolled device, order); a refused file is kept in quarantine with its reason and changes nothing.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="56"/>
        <source>Pilih &amp;flashdisk/folder…</source>
        <translation>Choose &amp;USB stick/folder…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="59"/>
        <source>Pilih &amp;berkas bundel…</source>
        <translation>Choose &amp;bundle files…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="76"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="76"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="76"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="77"/>
        <source>Belum ada bundel yang diimpor sejak aplikasi dibuka.</source>
        <translation>No bundles have been imported since the application was opened.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="89"/>
        <source>Pilih flashdisk atau folder berisi bundel</source>
        <translation>Choose a USB stick or folder with bundles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="96"/>
        <source>Pilih berkas bundel</source>
        <translation>Choose bundle files</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="96"/>
        <source>Bundel ppt-desk (*.ppt-bundle)</source>
        <translation>ppt-desk bundles (*.ppt-bundle)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="140"/>
        <source>Tidak ada berkas bundel (*.ppt-bundle) di sana.</source>
        <translation>There are no bundle files (*.ppt-bundle) there.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="166"/>
        <source>Tidak ada data yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="178"/>
        <source>Selesai: {n} berkas, {refused} ditolak.</source>
        <translation>Done: {n} file(s), {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="181"/>
        <source>{n} konflik data baru: lihat halaman Konflik data.</source>
        <translation>New data conflicts: {n} (see the Data conflicts page).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="192"/>
        <source>Mencari kemungkinan duplikat…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="200"/>
        <source>%v dari %m berkas</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="206"/>
        <source>{n} kemungkinan duplikat baru: lihat halaman Kemungkinan duplikat.</source>
        <translation>New possible duplicates: {n}; see the Possible duplicates page.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/import_page.py" line="212"/>
        <source>Pencarian duplikat gagal: {reason}</source>
        <translation>The search for duplicates failed: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="50"/>
        <source>Impor tanda terima dan data dari provinsi atau kantor lain. Setiap berkas diperiksa lengkap lebih dulu (enkripsi, tanda tangan, pengirim terdaftar, urutan); baru setelah semua pemeriksaan lolos datanya diterapkan sekaligus. Berkas yang ditolak disimpan di karantina dan tidak mengubah apa pun.</source>
        <translation>Import receipts and data from the province or another office. Each file is checked completely first (encryption, signature, enrolled sender, order); only when every check passes is its data applied, all at once. A refused file is kept in quarantine and changes nothing.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="58"/>
        <source>Impor semua dari flashdisk/folder…</source>
        <translation>Import all from USB stick/folder…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="61"/>
        <source>Semua bundel untuk perangkat ini sekaligus, termasuk kiriman balik dari Sekretariat (folder ppt-desk-kembali). Bundel untuk kantor lain dibiarkan.</source>
        <translation>All bundles for this device at once, including what the Secretariat sent back (folder ppt-desk-kembali). Bundles for other offices are left alone.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="65"/>
        <source>Pilih berkas bundel…</source>
        <translation>Choose bundle files…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="68"/>
        <source>Kosongkan daftar</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="77"/>
        <source>%v dari %m berkas</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="81"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="81"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="81"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="82"/>
        <source>Belum ada berkas yang diimpor sejak aplikasi dibuka.</source>
        <translation>No file imported since the application was opened.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="91"/>
        <source>Pilih berkas bundel dari flashdisk</source>
        <translation>Choose bundle files on the stick</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="92"/>
        <source>Bundel ppt-desk (*.ppt-bundle)</source>
        <translation>ppt-desk bundles (*.ppt-bundle)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="97"/>
        <source>Pilih flashdisk atau folder berisi bundel</source>
        <translation>Choose a USB stick or folder with bundles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="122"/>
        <source>Tidak ada bundel untuk perangkat ini di folder itu.</source>
        <translation>There are no bundles for this device in that folder.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/import_panel.py" line="155"/>
        <source>Tidak ada data yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="46"/>
        <source>Tambah lembaga</source>
        <translation>Add institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="48"/>
        <source>Lembaga provinsi (data rujukan)</source>
        <translation>Provincial institution (reference data)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="50"/>
        <source>Lembaga nasional (data bawaan)</source>
        <translation>National institution (built-in data)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="52"/>
        <source>Ubah lembaga</source>
        <translation>Change institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="55"/>
        <source>Lembaga ini dikirim Sekretariat provinsi sebagai data rujukan dan tidak dapat diubah di sini.</source>
        <translation>This institution was sent by the provincial secretariat as reference data and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="58"/>
        <source>Lembaga ini bagian dari direktori nasional yang dibawa aplikasi dan tidak dapat diubah di sini.</source>
        <translation>This institution belongs to the national directory shipped with the app and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="70"/>
        <source>mis. Dinas Sosial Kota Kupang</source>
        <translation>e.g. Dinas Sosial Kota Kupang</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="71"/>
        <source>mis. Dinsos</source>
        <translation>e.g. Dinsos</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="80"/>
        <source>Nama *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="81"/>
        <source>Singkatan</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="82"/>
        <source>Kategori *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="83"/>
        <source>Tingkat *</source>
        <translation>Level *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="93"/>
        <source>mis. 0380 123456</source>
        <translation>e.g. 0380 123456</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="95"/>
        <source>nama dan jabatan</source>
        <translation>name and position</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="96"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="97"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="98"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="99"/>
        <source>Narahubung</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="104"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="105"/>
        <source>Aktif (ditawarkan saat memilih lembaga)</source>
        <translation>Active (offered when choosing an institution)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="116"/>
        <source>Layanan yang diberikan</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="119"/>
        <source>Centang layanan yang dapat diberikan lembaga ini (Spasi mencentang).</source>
        <translation>Tick the services this institution can provide (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="132"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="151"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="155"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="158"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/institution_dialog.py" line="227"/>
        <source>(tidak dicatat)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="51"/>
        <source>Lembaga</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="54"/>
        <source>Direktori lembaga tujuan rujukan dan mitra koordinasi. Lembaga nasional dibawa aplikasi dan tidak dapat diubah; tambahkan mitra daerah Anda sendiri.</source>
        <translation>Directory of referral destinations and coordination partners. National institutions come with the app and cannot be changed; add your own local partners.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="64"/>
        <source>Cari nama, singkatan atau catatan…</source>
        <translation>Search name, acronym or notes…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="66"/>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="83"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="67"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="72"/>
        <source>Tampilkan yang nonaktif</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="83"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="83"/>
        <source>Singkatan</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="83"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="84"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="84"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="84"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="85"/>
        <source>Tidak ada lembaga yang cocok.</source>
        <translation>No matching institution.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="95"/>
        <source>Tambah lembaga…</source>
        <translation>Add institution…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="98"/>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="154"/>
        <source>Nasional (bawaan)</source>
        <translation>National (built-in)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="155"/>
        <source>Lokal</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="156"/>
        <source>Provinsi (data rujukan)</source>
        <translation>Provincial (reference data)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="157"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="180"/>
        <source>{n} lembaga</source>
        <translation>{n} institutions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="200"/>
        <source>Klik dua kali untuk melihat isinya.</source>
        <translation>Double-click to see its details.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="202"/>
        <source>Pilih lembaga lokal di daftar lebih dulu.</source>
        <translation>Select a local institution in the list first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/institutions_page.py" line="204"/>
        <source>Ubah lembaga yang dipilih</source>
        <translation>Change the selected institution</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="79"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="82"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="84"/>
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="85"/>
        <source>Nama lain / alias</source>
        <translation>Other names / aliases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="98"/>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="103"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="107"/>
        <source>Perkiraan umur</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="112"/>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="118"/>
        <source>Umur *</source>
        <translation>Age *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="124"/>
        <source>Umur saat pengaduan</source>
        <translation>Age at intake</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="128"/>
        <source>16 angka, jika ada</source>
        <translation>16 digits, if known</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="129"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="131"/>
        <source>Dokumen identitas</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="134"/>
        <source>Asal dan Bahasa</source>
        <translation>Origin and language</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="139"/>
        <source>Kewarganegaraan</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="142"/>
        <source>dusun, RT/RW, jalan, atau keterangan lain</source>
        <translation>hamlet, RT/RW, street or other details</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="143"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="148"/>
        <source>Bahasa</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="149"/>
        <source>Perlu penerjemah</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="153"/>
        <source>Wali (korban anak)</source>
        <translation>Guardian (child victim)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="157"/>
        <source>Nama wali</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="160"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="162"/>
        <source>Kontak wali</source>
        <translation>Guardian&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="165"/>
        <source>Pengaduan</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="168"/>
        <source>Tanggal pengaduan *</source>
        <translation>Intake date *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="172"/>
        <source>Jalur pengaduan *</source>
        <translation>Intake channel *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="175"/>
        <source>Perujuk</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="177"/>
        <source>nama lembaga atau orang yang merujuk</source>
        <translation>name of the referring organisation or person</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="178"/>
        <source>Nama perujuk</source>
        <translation>Referrer name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="182"/>
        <source>Status korban *</source>
        <translation>Victim status *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="186"/>
        <source>Peran dalam kasus *</source>
        <translation>Role in the case *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="189"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="193"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="196"/>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="201"/>
        <source>Sering ditemukan</source>
        <translation>Frequently found</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="203"/>
        <source>Modus (★ = paling sering)</source>
        <translation>Modus (★ = most frequent)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="248"/>
        <source>— (isi tanggal lahir atau perkiraan umur)</source>
        <translation>— (enter a date of birth or an estimated age)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="251"/>
        <source>{age} tahun · kelompok umur {band}</source>
        <translation>{age} years · age group {band}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_fields.py" line="254"/>
        <source>KORBAN ANAK</source>
        <translation>CHILD VICTIM</translation>
    </message>
</context>
<context>
    <name>IntakeFormPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="48"/>
        <source>Kasus Baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="55"/>
        <source>Draf dipulihkan: isian yang belum disimpan ditampilkan kembali.</source>
        <translation>Draft restored: unsaved entries are shown again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="57"/>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="158"/>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="161"/>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="81"/>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="152"/>
        <source>Kosongkan formulir</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="144"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="153"/>
        <source>Kosongkan semua isian formulir ini? Isian yang belum disimpan akan hilang dan tidak dapat dikembalikan.</source>
        <translation>Clear every field of this form? What has not been saved will be lost and cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="155"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="159"/>
        <source>Buang draf yang dipulihkan? Isian yang belum disimpan akan hilang dan tidak dapat dikembalikan.</source>
        <translation>Discard the restored draft? What has not been saved will be lost and cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/intake_form.py" line="78"/>
        <source>Simpan kasus (Ctrl+S)</source>
        <translation>Save case (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="33"/>
        <source>Delapan butir pencatatan</source>
        <translation>Eight recording items</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="41"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="62"/>
        <source>Hambatan</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="75"/>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="75"/>
        <source>Belum</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/items_tab.py" line="79"/>
        <source>{done} dari {total} butir lengkap.</source>
        <translation>{done} of {total} items complete.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="58"/>
        <source>Jenis instalasi</source>
        <translation>Type of installation</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="59"/>
        <source>Siapa yang memakai komputer ini? Pilihan ini tidak dapat diubah setelah basis data dibuat.</source>
        <translation>Who uses this computer? This choice cannot be changed once the database has been created.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="62"/>
        <source>PPT / UPTD PPA (layanan korban)</source>
        <translation>PPT / UPTD PPA (victim services)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="64"/>
        <source>Mencatat dan menangani kasus korban, lalu mengirim data ke Sekretariat Gugus Tugas provinsi lewat flashdisk.</source>
        <translation>Records and handles victims&apos; cases, and sends the data to the provincial Task Force Secretariat by USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="66"/>
        <source>Sekretariat Gugus Tugas Provinsi</source>
        <translation>Provincial Task Force Secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="69"/>
        <source>Menerima bundel dari PPT se-provinsi, mendaftarkan perangkat PPT, mengirim tanda terima, dan memutuskan konflik data.</source>
        <translation>Receives bundles from the province&apos;s PPTs, enrols PPT devices, sends receipts and decides data conflicts.</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="29"/>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="36"/>
        <source>Dicetak pada surat rujukan dan berita acara serah terima. Nama kantor diambil dari profil kantor.</source>
        <translation>Printed on referral letters and handover minutes. The office name comes from the office profile.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="52"/>
        <source>PEMERINTAH KOTA KUPANG
DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK</source>
        <translation>PEMERINTAH KOTA KUPANG
DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="54"/>
        <source>Satu baris per baris kop, paling banyak {n} baris, dicetak di atas nama kantor.</source>
        <translation>One line per letterhead line, at most {n} lines, printed above the office name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="61"/>
        <source>Di atas nama kantor
(maks. {n} baris)</source>
        <translation>Above the office name
(max. {n} lines)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="65"/>
        <source>mis. Jl. Soekarno No. 1, Kupang</source>
        <translation>e.g. Jl. Soekarno No. 1, Kupang</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="70"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="74"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="75"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="78"/>
        <source>mis. Kupang</source>
        <translation>e.g. Kupang</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="79"/>
        <source>Tempat surat, mis. &quot;Kupang, 12 Mei 2026&quot;</source>
        <translation>Place of the letter, e.g. &quot;Kupang, 12 Mei 2026&quot;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="82"/>
        <source>mis. Kepala UPTD PPA Kota Kupang</source>
        <translation>e.g. Kepala UPTD PPA Kota Kupang</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="85"/>
        <source>Tempat surat</source>
        <translation>Place of letters</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="86"/>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="87"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="88"/>
        <source>NIP</source>
        <translation>NIP (civil servant no.)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="95"/>
        <source>Simpan kop surat</source>
        <translation>Save letterhead</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="161"/>
        <source>Paling banyak {n} baris di atas nama kantor.</source>
        <translation>At most {n} lines above the office name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/letterhead_box.py" line="172"/>
        <source>Kop surat tersimpan.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="26"/>
        <source>ppt-desk — Pengelolaan Kasus TPPO</source>
        <translation>ppt-desk — Trafficking case management</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="32"/>
        <source>Daftar Kasus</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="33"/>
        <source>Kasus Baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="34"/>
        <source>Lembaga</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="40"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="44"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="45"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="46"/>
        <source>Konflik data</source>
        <translation>Data conflicts</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="48"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="55"/>
        <source>&amp;Kasus</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="56"/>
        <source>Kasus baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="59"/>
        <source>Cari kasus</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="84"/>
        <source>Kasus tersimpan dengan nomor {number}.</source>
        <translation>Case saved as number {number}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/main_window.py" line="30"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/minutes.py" line="36"/>
        <source>Simpan notulen</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/minutes.py" line="41"/>
        <source>Notulen disimpan: {path}</source>
        <translation>Minutes saved: {path}</translation>
    </message>
</context>
<context>
    <name>OfficeDueTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="39"/>
        <source>Kelo&amp;mpokkan:</source>
        <translation>Gro&amp;up by:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="42"/>
        <source>per jenis</source>
        <translation>by kind</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="43"/>
        <source>per pendamping</source>
        <translation>by caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="45"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="60"/>
        <source>No. kasus</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="60"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="60"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="61"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="61"/>
        <source>Yang perlu dilakukan</source>
        <translation>What needs doing</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="80"/>
        <source>Tahap tanpa kemajuan</source>
        <translation>Stage without progress</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="81"/>
        <source>Jaminan hidup tahap 1 berakhir</source>
        <translation>Living allowance phase 1 ending</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="82"/>
        <source>Jaminan hidup tahap 2 berakhir</source>
        <translation>Living allowance phase 2 ending</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="83"/>
        <source>Jaminan hidup melewati batas</source>
        <translation>Living allowance past its limit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="84"/>
        <source>Kunjungan dijadwalkan</source>
        <translation>Visit scheduled</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="85"/>
        <source>Kunjungan terlambat</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="86"/>
        <source>Perubahan tahap dikembalikan</source>
        <translation>Stage change returned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="91"/>
        <source>Belum ditugaskan</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="95"/>
        <source>{label} — {count} hal, {overdue} terlambat</source>
        <translation>{label} — {count} items, {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="97"/>
        <source>{label} — {count} hal</source>
        <translation>{label} — {count} items</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="127"/>
        <source>Memuat daftar kantor…</source>
        <translation>Loading the office list…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="154"/>
        <source>Semua ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="156"/>
        <source>Pendamping: {name} ({count})</source>
        <translation>Caseworker: {name} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="159"/>
        <source>Jenis: {kind} ({count})</source>
        <translation>Kind: {kind} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="181"/>
        <source>Tidak ada yang jatuh tempo di kantor.</source>
        <translation>Nothing is due in the office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="184"/>
        <source>Ditampilkan {shown} yang paling mendesak dari {total}. Enter pada baris membuka kasusnya; pada judul kelompok membuka atau menutup kelompok.</source>
        <translation>Showing the {shown} most urgent of {total}. Enter on a row opens its case; on a group title it opens or closes the group.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_office.py" line="189"/>
        <source>Enter atau klik ganda pada baris membuka kasusnya; pada judul kelompok membuka atau menutup kelompok.</source>
        <translation>Enter or a double-click on a row opens its case; on a group title it opens or closes the group.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="90"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="91"/>
        <source>Data kantor layanan ini. Bisa diubah admin nanti.</source>
        <translation>This service office&apos;s details. An admin can change them later.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="94"/>
        <source>mis. UPTD PPA Kota Contoh</source>
        <translation>e.g. UPTD PPA Kota Contoh</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="101"/>
        <source>Awal nomor kasus, mis. KPG/2026/0001</source>
        <translation>Start of case numbers, e.g. KPG/2026/0001</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="103"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="104"/>
        <source>Jenis kantor</source>
        <translation>Office type</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="106"/>
        <source>Awalan nomor kasus</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="107"/>
        <source>ID perangkat untuk komputer ini dibuat otomatis.</source>
        <translation>The device ID for this computer is created automatically.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="134"/>
        <source>nama kantor (min. 3 huruf)</source>
        <translation>office name (at least 3 letters)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="135"/>
        <source>jenis kantor</source>
        <translation>office type</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="136"/>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="137"/>
        <source>kabupaten/kota (pilih dari daftar)</source>
        <translation>regency/city (pick from the list)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="138"/>
        <source>awalan nomor kasus (2–8 huruf besar/angka)</source>
        <translation>case number prefix (2–8 capital letters/digits)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="145"/>
        <source>Untuk melanjutkan, lengkapi: %s.</source>
        <translation>To continue, fill in: %s.</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="31"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="31"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="31"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="32"/>
        <source>Pernyataan kerahasiaan</source>
        <translation>Confidentiality statement</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="33"/>
        <source>Belum ada peserta.</source>
        <translation>No participants yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="42"/>
        <source>Nama peserta</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="49"/>
        <source>Sudah menandatangani pernyataan kerahasiaan</source>
        <translation>Has signed the confidentiality statement</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="56"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="56"/>
        <source>&amp;Lembaga</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="57"/>
        <source>Pe&amp;ran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="68"/>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="71"/>
        <source>+ Tambah peserta</source>
        <translation>+ Add participant</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="73"/>
        <source>Ubah peserta terpilih</source>
        <translation>Update selected participant</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="75"/>
        <source>− Hapus peserta</source>
        <translation>− Remove participant</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="109"/>
        <source>Tulis nama peserta.</source>
        <translation>Enter the participant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="178"/>
        <source>Sudah, {date}</source>
        <translation>Signed, {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/participants_editor.py" line="179"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="134"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="136"/>
        <source>Kata sandi baru untuk {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="143"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="144"/>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="151"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="152"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="36"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="39"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="39"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="40"/>
        <source>Semester</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="40"/>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="49"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="41"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="46"/>
        <source>Bulan, triwulan atau semester</source>
        <translation>Month, quarter or half-year</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="54"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="60"/>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="61"/>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="90"/>
        <source>Triwulan {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/period_picker.py" line="93"/>
        <source>Semester {n}</source>
        <translation>Half-year {n}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="57"/>
        <source>mis. Ruang rapat UPTD PPA</source>
        <translation>e.g. UPTD PPA meeting room</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="60"/>
        <source>&amp;Jenis *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="61"/>
        <source>&amp;Tanggal *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="62"/>
        <source>Tem&amp;pat *</source>
        <translation>&amp;Place *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="71"/>
        <source>Kasus yang dibahas</source>
        <translation>Cases discussed</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="80"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="87"/>
        <source>Ca&amp;tatan</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="98"/>
        <source>Simpan rencana</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="102"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="118"/>
        <source>Ubah rencana pertemuan</source>
        <translation>Edit meeting plan</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="119"/>
        <source>Rencanakan pembahasan kasus</source>
        <translation>Plan a case discussion</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="120"/>
        <source>Rencanakan sidang kasus</source>
        <translation>Plan a case conference</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="121"/>
        <source>Rencanakan gelar kasus</source>
        <translation>Plan a case presentation</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/plan_dialog.py" line="122"/>
        <source>Rencanakan pertemuan kasus</source>
        <translation>Plan a case meeting</translation>
    </message>
</context>
<context>
    <name>PptCode</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/ppt_code.py" line="24"/>
        <source>perangkat {code}</source>
        <translation>device {code}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="52"/>
        <source>Ruang sidang kasus</source>
        <translation>Case conference room</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="111"/>
        <source>&amp;Kasus di layar:</source>
        <translation>&amp;Case on screen:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="121"/>
        <source>Peserta &amp;&amp; rencana…</source>
        <translation>Participants &amp;&amp; plan…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="127"/>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="326"/>
        <source>Mulai mode sidang</source>
        <translation>Start conference mode</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="130"/>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="323"/>
        <source>Kosongkan layar ({key})</source>
        <translation>Blank screen ({key})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="134"/>
        <source>Layar proyektor langsung gelap; tekan {key} lagi untuk menampilkan kembali</source>
        <translation>The projector screen goes dark at once; press {key} again to show it again</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="137"/>
        <source>Layar penuh proyektor</source>
        <translation>Projector full screen</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="140"/>
        <source>Cetak notulen…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="143"/>
        <source>Selesai…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="146"/>
        <source>Batalkan…</source>
        <translation>Cancel meeting…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="149"/>
        <source>Susun rencana tahap 3 dari keputusan</source>
        <translation>Draft the stage 3 plan from the decisions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="173"/>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="179"/>
        <source>&amp;Fokus masalah</source>
        <translation>Problem &amp;focus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="180"/>
        <source>&amp;Alternatif pemecahan</source>
        <translation>&amp;Alternative solutions</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="209"/>
        <source>Ruang sidang — {kind}</source>
        <translation>Conference room — {kind}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="322"/>
        <source>Tampilkan layar lagi ({key})</source>
        <translation>Show screen again ({key})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="325"/>
        <source>Hentikan mode sidang</source>
        <translation>Stop conference mode</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="395"/>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="399"/>
        <source>Batalkan pertemuan</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="396"/>
        <source>Batalkan {kind} ini? Pertemuan yang dibatalkan tidak memenuhi syarat tahap; keputusannya tetap tercatat.</source>
        <translation>Cancel this {kind}? A cancelled meeting does not meet the stage requirements; its decisions stay on record.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/presenter_window.py" line="425"/>
        <source>Pertemuan dicatat selesai. Syarat tahap kasus yang dibahas terpenuhi; tindak lanjut tampil di Hari ini.</source>
        <translation>The meeting is recorded as held. The stage requirements of the cases discussed are met; the action items appear on Today.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/projector.py" line="99"/>
        <source>Layar proyektor: tidak aktif.</source>
        <translation>Projector screen: off.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/projector.py" line="101"/>
        <source>Layar proyektor: layar kedua ({screen}), layar penuh.</source>
        <translation>Projector screen: second screen ({screen}), full screen.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/projector.py" line="104"/>
        <source>Layar proyektor: jendela terpisah (tidak ada layar kedua). Geser jendela itu ke proyektor, lalu tekan Layar penuh proyektor.</source>
        <translation>Projector screen: separate window (no second screen). Drag that window to the projector, then press Projector full screen.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/projector.py" line="106"/>
        <source>Ctrl+PgDn / Ctrl+PgUp menggulir layar proyektor.</source>
        <translation>Ctrl+PgDn / Ctrl+PgUp scroll the projector screen.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/projector.py" line="108"/>
        <source>Sedang dikosongkan.</source>
        <translation>Currently blanked.</translation>
    </message>
</context>
<context>
    <name>ProtectionTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="38"/>
        <source>Status perlindungan</source>
        <translation>Protection status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="55"/>
        <source>Jaminan hidup</source>
        <translation>Living allowance</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="57"/>
        <source>Pendampingan khusus</source>
        <translation>Special accompaniment</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="58"/>
        <source>Bebas kondisi kritis</source>
        <translation>Past the critical condition</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="90"/>
        <source>Belum diberikan. Batas: tahap 1 sampai hari ke-{p1}, tahap 2 sampai hari ke-{p2}.</source>
        <translation>Not given yet. Limits: phase 1 up to day {p1}, phase 2 up to day {p2}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="95"/>
        <source>Dihentikan {end} (mulai {start}).</source>
        <translation>Stopped on {end} (started {start}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="98"/>
        <source>Berakhir karena kasus sudah meninggalkan tahap perlindungan (mulai {start}).</source>
        <translation>Ended because the case has left the protection stage (started {start}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="102"/>
        <source>Hari ke-{day} — tahap {phase} (batas hari ke-{limit}, sampai {end}). Mulai {start}.</source>
        <translation>Day {day} — phase {phase} (limit: day {limit}, until {end}). Started {start}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="107"/>
        <source>Hari ke-{day} — melewati batas {limit} hari (berakhir {end}). Mulai {start}.</source>
        <translation>Day {day} — past the {limit}-day limit (ended {end}). Started {start}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="114"/>
        <source>Tahap 1 jaminan hidup segera berakhir ({end}). Nilai apakah perlu dilanjutkan ke tahap 2.</source>
        <translation>Living allowance phase 1 ends soon ({end}). Assess whether it should continue into phase 2.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="117"/>
        <source>Jaminan hidup segera mencapai batas akhir ({end}).</source>
        <translation>The living allowance soon reaches its final limit ({end}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="119"/>
        <source>Jaminan hidup sudah melewati batas {limit} hari. Hentikan, atau tulis alasan pada entri berikutnya.</source>
        <translation>The living allowance is past its {limit}-day limit. Stop it, or write a reason in the next entry.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="130"/>
        <source>Belum dinilai.</source>
        <translation>Not assessed yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="135"/>
        <source>Perlu pendampingan khusus (dinilai {date}); konselor: {who}.</source>
        <translation>Special accompaniment needed (assessed {date}); counsellor: {who}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="139"/>
        <source>Tidak perlu pendampingan khusus (dinilai {date}).</source>
        <translation>No special accompaniment needed (assessed {date}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="147"/>
        <source>Belum dinyatakan.</source>
        <translation>Not declared yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/protection_tab.py" line="151"/>
        <source>Dinyatakan {date} oleh {who}.</source>
        <translation>Declared on {date} by {who}.</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="40"/>
        <source>Provinsi sekretariat</source>
        <translation>Secretariat&apos;s province</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="41"/>
        <source>Sekretariat Gugus Tugas PP-TPPO melayani satu provinsi; kabupaten/kota tidak diisi.</source>
        <translation>A PP-TPPO Task Force Secretariat serves one province; no regency/city is entered.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="48"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="49"/>
        <source>Nama diusulkan dari provinsi dan dapat diubah. ID perangkat untuk komputer ini dibuat otomatis.</source>
        <translation>The name is suggested from the province and can be changed. The device ID for this computer is created automatically.</translation>
    </message>
</context>
<context>
    <name>ProvincialRegisterPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="197"/>
        <source>← Register provinsi</source>
        <translation>← Provincial register</translation>
    </message>
</context>
<context>
    <name>RadTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="77"/>
        <source>Rencana &amp;aksi:</source>
        <translation>Action &amp;plan:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="84"/>
        <source>Ta&amp;hun:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="88"/>
        <source>&amp;Muat RAD provinsi…</source>
        <translation>&amp;Load provincial RAD…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="90"/>
        <source>Tambahkan berkas RAD provinsi sendiri (.json)</source>
        <translation>Add the province&apos;s own RAD file (.json)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="107"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="107"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="107"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="107"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="108"/>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="134"/>
        <source>Semester I</source>
        <translation>Half-year 1</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="108"/>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="135"/>
        <source>Semester II</source>
        <translation>Half-year 2</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="108"/>
        <source>Tercapai</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="109"/>
        <source>Selisih</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="109"/>
        <source>Asal angka</source>
        <translation>Source of figure</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="110"/>
        <source>Pilih rencana aksi dan tahun.</source>
        <translation>Choose an action plan and a year.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="125"/>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="249"/>
        <source>Isian manual</source>
        <translation>Typed-in figure</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="131"/>
        <source>S&amp;emester:</source>
        <translation>H&amp;alf-year:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="138"/>
        <source>&amp;Nilai:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="144"/>
        <source>Ca&amp;tatan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="147"/>
        <source>mis. nomor surat, nama kegiatan</source>
        <translation>e.g. letter number, name of the activity</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="149"/>
        <source>Simpan &amp;isian</source>
        <translation>Save &amp;figure</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="209"/>
        <source>Sumber matriks: {source}</source>
        <translation>Source of the matrix: {source}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="239"/>
        <source>✎ manual</source>
        <translation>✎ typed in</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="240"/>
        <source>otomatis</source>
        <translation>computed</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="245"/>
        <source>Dihitung dari data kasus; tidak dapat diubah.</source>
        <translation>Computed from case data; cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="249"/>
        <source>Dihitung dari data kasus</source>
        <translation>Computed from case data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="278"/>
        <source>Isian manual hanya dapat diubah oleh supervisor, admin atau petugas sekretariat.</source>
        <translation>Typed-in figures can only be changed by a supervisor, an admin or a secretariat officer.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="281"/>
        <source>Pilih indikator dengan isian manual pada tabel.</source>
        <translation>Choose an indicator with a typed-in figure in the table.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="283"/>
        <source>{number} {text}: dihitung dari data kasus, tidak diisi manual.</source>
        <translation>{number} {text}: computed from case data, not typed in.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="308"/>
        <source>Isian RAD disimpan: {number}, semester {semester} {year} = {value}.</source>
        <translation>RAD figure saved: {number}, half-year {semester} {year} = {value}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="324"/>
        <source>Muat RAD provinsi</source>
        <translation>Load provincial RAD</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="327"/>
        <source>Berkas RAD (*.json)</source>
        <translation>RAD files (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="334"/>
        <source>&amp;Muat</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="348"/>
        <source>RAD dimuat: {title}</source>
        <translation>RAD loaded: {title}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="57"/>
        <source>Ubah: {form}</source>
        <translation>Edit: {form}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="58"/>
        <source>Tambah: {form}</source>
        <translation>Add: {form}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="67"/>
        <source>Isian bertanda * wajib diisi.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="99"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="102"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="139"/>
        <source>diperlukan untuk tahap berikutnya ({stages})</source>
        <translation>needed for the next stage ({stages})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="154"/>
        <source>Untuk pindah ke tahap berikutnya ({stages}) diperlukan: {fields}.</source>
        <translation>To move to the next stage ({stages}) these are needed: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="176"/>
        <source>Catat persetujuan…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="209"/>
        <source>&lt;b&gt;Persetujuan korban belum tercatat&lt;/b&gt; untuk: {purpose}.{why} Formulir ini baru dapat disimpan setelah persetujuan dicatat. Catat di sini; isian formulir ini tetap ada.</source>
        <translation>&lt;b&gt;The victim&apos;s consent is not recorded&lt;/b&gt; for: {purpose}.{why} This form can be saved only once the consent is recorded. Record it here; what you typed in this form stays.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="290"/>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="294"/>
        <source>Buang isian</source>
        <translation>Discard entries</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="291"/>
        <source>Tutup formulir tanpa menyimpan? Isian yang sudah diketik akan hilang.</source>
        <translation>Close the form without saving? What you typed will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/record_dialog.py" line="295"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/record_form.py" line="73"/>
        <source>Beberapa isian terbatas tidak ditampilkan karena Anda tidak memiliki akses khusus; isinya tetap tersimpan.</source>
        <translation>Some restricted fields are not shown because you do not have special access; their contents are kept.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/record_form.py" line="108"/>
        <source>Data rahasia: tidak ditampilkan di ringkasan dan cetakan.</source>
        <translation>Confidential data: not shown in summaries and printouts.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/record_form.py" line="125"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/record_form.py" line="217"/>
        <source>Baris {row}, {column}: {text}</source>
        <translation>Row {row}, {column}: {text}</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="145"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="145"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="146"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="161"/>
        <source>Belum ada catatan.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="164"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="166"/>
        <source>Tambah {form}</source>
        <translation>Add {form}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="169"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="171"/>
        <source>Ubah {form}</source>
        <translation>Edit {form}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="174"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/casework_common.py" line="176"/>
        <source>Simpan dokumen catatan yang dipilih sebagai PDF</source>
        <translation>Save the document of the selected record as a PDF</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="41"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="44"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="62"/>
        <source>Kode pemulihan ppt-desk</source>
        <translation>ppt-desk recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="63"/>
        <source>Simpan kertas ini di tempat terkunci. Dengan kode ini kata sandi pengguna dapat diganti.</source>
        <translation>Keep this sheet locked away. With this code any user&apos;s password can be changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="77"/>
        <source>Pilih folder untuk PDF</source>
        <translation>Choose a folder for the PDF</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="85"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/recovery_code_view.py" line="88"/>
        <source>Disimpan sebagai {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="23"/>
        <source>Pemulihan kata sandi</source>
        <translation>Password recovery</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="31"/>
        <source>Ketik kode pemulihan (8 kelompok, huruf besar atau kecil, dengan atau tanpa tanda hubung).</source>
        <translation>Type the recovery code (8 groups, upper or lower case, with or without dashes).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="52"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="53"/>
        <source>Kata sandi baru (min. 10 karakter)</source>
        <translation>New password (min. 10 characters)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="54"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="63"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="65"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/recovery_dialog.py" line="93"/>
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/region_picker.py" line="27"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/region_picker.py" line="27"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/region_picker.py" line="27"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/region_picker.py" line="28"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="50"/>
        <source>Register provinsi</source>
        <translation>Provincial register</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="54"/>
        <source>Kasus dari semua PPT, hanya untuk dibaca. Kasus yang dikirim tanpa persetujuan berbagi identitas tampil dengan pseudonim (PSN-…); identitasnya tetap di PPT.</source>
        <translation>Cases from every PPT, read-only. Cases sent without consent to share the identity appear under a pseudonym (PSN-…); the identity stays at the PPT.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="64"/>
        <source>Cari nama, alias, NIK, nomor dokumen atau nomor kasus…</source>
        <translation>Search name, alias, NIK, document number or case number…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="67"/>
        <source>&amp;PPT:</source>
        <translation>&amp;PPT:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="80"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="80"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="80"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="80"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="81"/>
        <source>Tgl registrasi</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="81"/>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="82"/>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="147"/>
        <source>Belum ada kasus di register provinsi. Kasus masuk saat bundel PPT diimpor.</source>
        <translation>The provincial register has no cases yet. Cases arrive when PPT bundles are imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="90"/>
        <source>Tampilkan &amp;berikutnya</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="115"/>
        <source>Semua PPT</source>
        <translation>All PPTs</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="145"/>
        <source>Tidak ada kasus yang cocok.</source>
        <translation>No matching cases.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="149"/>
        <source>lebih dari {n}</source>
        <translation>more than {n}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="150"/>
        <source>{shown} dari {total} kasus</source>
        <translation>{shown} of {total} cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="158"/>
        <source>{pseudonym} (pseudonim)</source>
        <translation>{pseudonym} (pseudonym)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/register_page.py" line="168"/>
        <source>Register provinsi hanya untuk petugas sekretariat.</source>
        <translation>The provincial register is only for Secretariat officers.</translation>
    </message>
</context>
<context>
    <name>ReturnTripPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="43"/>
        <source>Kirim balik ke PPT</source>
        <translation>Send back to the PPTs</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="47"/>
        <source>Untuk setiap PPT, satu folder di flashdisk: tanda terima, data rujukan provinsi bila ada yang berubah, dan pemindahan kasus dari PPT lain yang dititipkan ke sekretariat (tetap terenkripsi untuk PPT tujuan; sekretariat tidak dapat membukanya). Di PPT cukup satu langkah: Impor semua dari flashdisk.</source>
        <translation>For each PPT, one folder on the USB stick: the receipt, the provincial reference data if any of it changed, and case transfers from other PPTs left with the secretariat to forward (still encrypted for the receiving PPT; the secretariat cannot open them). At the PPT a single step is enough: Import all from USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="55"/>
        <source>Flashdisk:</source>
        <translation>USB stick:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="59"/>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="62"/>
        <source>Ambil &amp;titipan pemindahan</source>
        <translation>Collect case &amp;transfers to forward</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="68"/>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="68"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="68"/>
        <source>Pemindahan menunggu</source>
        <translation>Transfers waiting</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="69"/>
        <source>Data rujukan</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="70"/>
        <source>Belum ada perangkat PPT yang terdaftar.</source>
        <translation>No PPT device is enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="75"/>
        <source>&amp;Kirim balik ke PPT terpilih</source>
        <translation>&amp;Send back to the selected PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="78"/>
        <source>Kirim balik ke semu&amp;a PPT</source>
        <translation>Send back to &amp;all PPTs</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="105"/>
        <source>perlu dikirim</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="105"/>
        <source>terbaru</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="128"/>
        <source>Pilih flashdisk atau folder</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="139"/>
        <source>Pilih flashdisk atau folder tujuan lebih dulu.</source>
        <translation>Choose the destination USB stick or folder first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="153"/>
        <source>Tidak ada titipan pemindahan di flashdisk itu.</source>
        <translation>There are no case transfers to forward on that USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/return_page.py" line="176"/>
        <source>Di PPT: Sinkronisasi &gt; Impor dari flashdisk &gt; Impor semua dari flashdisk/folder.</source>
        <translation>At the PPT: Synchronisation &gt; Import from a stick &gt; Import all from USB stick/folder.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="131"/>
        <source>Cabut perangkat</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="134"/>
        <source>{office} ({role}, perangkat {code})</source>
        <translation>{office} ({role}, device {code})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="140"/>
        <source>Bundel dari perangkat yang dicabut tidak diterima lagi, dan tidak ada lagi yang dikirim kepadanya. Pencabutan tidak dapat dibatalkan; perangkat itu perlu kartu dengan kunci baru untuk didaftarkan lagi.</source>
        <translation>Bundles from a revoked device are no longer accepted, and nothing more is sent to it. Revoking cannot be undone; the device needs a card with new keys to be enrolled again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="146"/>
        <source>&amp;Alasan pencabutan (wajib):</source>
        <translation>&amp;Reason for revoking (required):</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="157"/>
        <source>&amp;Cabut perangkat</source>
        <translation>Re&amp;voke device</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/enrol_dialog.py" line="160"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SavePdfDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="31"/>
        <source>{caption} — Berkas PDF tidak terenkripsi</source>
        <translation>{caption} — the PDF file is not encrypted</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="35"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="328"/>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="37"/>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="330"/>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="39"/>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="332"/>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="41"/>
        <source>Jenis berkas:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="43"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/rad_tab.py" line="335"/>
        <location filename="../../src/ppt_desk/gui/widgets/save_pdf.py" line="45"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>SecretariatDevicesPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="23"/>
        <source>Perangkat</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="27"/>
        <source>Perangkat PPT yang boleh mengirim bundel ke sekretariat ini. Daftarkan kartu perangkat PPT setelah sidik jarinya dibacakan lewat telepon; cabut laptop yang hilang atau tidak dipakai lagi.</source>
        <translation>PPT devices allowed to send bundles to this secretariat. Enrol a PPT&apos;s device card after its fingerprint has been read out by phone; revoke laptops that are lost or no longer used.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="33"/>
        <source>Sekretariat ini</source>
        <translation>This secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="42"/>
        <source>Provinsi:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="43"/>
        <source>Kunci cadangan offline:</source>
        <translation>Offline backup key:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="44"/>
        <source>Perangkat PPT:</source>
        <translation>PPT devices:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="49"/>
        <source>Belum ada perangkat PPT yang terdaftar. Daftarkan kartu perangkat setiap PPT di provinsi ini agar bundelnya dapat diimpor.</source>
        <translation>No PPT device is enrolled yet. Enrol the device card of every PPT in this province so that its bundles can be imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="70"/>
        <source>sidik jari {fingerprint} (kunci disimpan di luar komputer ini)</source>
        <translation>fingerprint {fingerprint} (the key is kept off this computer)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="74"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/devices_page.py" line="75"/>
        <source>{active} terdaftar, {revoked} dicabut</source>
        <translation>{active} enrolled, {revoked} revoked</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="37"/>
        <source>Impor bundel</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="38"/>
        <source>Dasbor perangkat</source>
        <translation>Device dashboard</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="39"/>
        <source>Register provinsi</source>
        <translation>Provincial register</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="40"/>
        <source>Konflik data</source>
        <translation>Data conflicts</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="41"/>
        <source>Kemungkinan duplikat</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="42"/>
        <source>Pindahan kasus</source>
        <translation>Case transfers</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="43"/>
        <source>Kirim balik</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="44"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="45"/>
        <source>Perangkat</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="46"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/main_window.py" line="53"/>
        <source>ppt-desk — Sekretariat Gugus Tugas PP-TPPO</source>
        <translation>ppt-desk — PP-TPPO Task Force Secretariat</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="291"/>
        <source>Episode HIV/IMS dan kesehatan reproduksi hanya terlihat oleh pengguna dengan akses data kesehatan; pengguna lain hanya melihat bahwa episode itu ada.</source>
        <translation>HIV/STI and reproductive-health episodes are visible only to users with health data access; other users see only that the episode exists.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="294"/>
        <source>Pemulangan hanya atas keinginan dan persetujuan korban: catat persetujuan (tujuan Pemulangan) di tab Persetujuan lebih dulu. Pendamping wajib untuk korban anak, sakit, atau berisiko keamanan.</source>
        <translation>Repatriation only at the victim&apos;s wish and with their consent: record the consent (purpose Repatriation) in the Consent tab first. An escort is mandatory for a child, a sick victim or a security risk.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="298"/>
        <source>Korban boleh memilih tidak menempuh jalur hukum; layanan lain tidak bergantung pada keputusan itu. Mediasi dengan pelaku hanya bila disetujui korban.</source>
        <translation>The victim may choose not to take the legal path; no other service depends on that decision. Mediation with a perpetrator only with the victim&apos;s consent.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="301"/>
        <source>Rujukan keluar memerlukan persetujuan korban untuk berbagi data dengan lembaga tujuan. Surat rujukan hanya memuat data yang dicakup persetujuan itu.</source>
        <translation>An outgoing referral needs the victim&apos;s consent to share data with the receiving institution. The referral letter holds only the data that consent covers.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="304"/>
        <source>Nama dan rincian pelaku berada di bagian terbatas (akses data pelaku).</source>
        <translation>Perpetrators&apos; names and details are in a restricted section (perpetrator data access).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="36"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="50"/>
        <source>Tampilan dan keamanan</source>
        <translation>Display and security</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="58"/>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="59"/>
        <source>Berlaku setelah aplikasi dibuka ulang.</source>
        <translation>Takes effect after the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="65"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="68"/>
        <source>Kunci otomatis setelah tidak aktif</source>
        <translation>Lock automatically when idle for</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="73"/>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="116"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="75"/>
        <source>Membuat kode baru membatalkan kode lama. Kode baru hanya ditampilkan sekali.</source>
        <translation>A new code cancels the old one. The new code is shown only once.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="78"/>
        <source>Buat kode pemulihan baru…</source>
        <translation>Create a new recovery code…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="111"/>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="120"/>
        <source>Kode pemulihan baru</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="112"/>
        <source>Kode pemulihan lama tidak berlaku lagi. Lanjutkan?</source>
        <translation>The old recovery code will stop working. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/settings_page.py" line="125"/>
        <source>Saya sudah mencatat kode pemulihan</source>
        <translation>I have written down the recovery code</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="296"/>
        <source>Persiapan ppt-desk</source>
        <translation>ppt-desk setup</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="300"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="301"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="302"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/setup_wizard.py" line="303"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="117"/>
        <source>Bagikan kasus</source>
        <translation>Share the case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="128"/>
        <source>Spasi mencentang atau menghapus centang.</source>
        <translation>Space ticks or unticks.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="134"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="136"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="147"/>
        <source>Pendamping yang dicentang dapat membuka kasus ini. Supervisor selalu dapat membukanya.</source>
        <translation>Ticked caseworkers can open this case. Supervisors can always open it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="150"/>
        <source>Pendamping kasus: {name}.</source>
        <translation>Caseworker of the case: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/case_access.py" line="159"/>
        <source>{name} (tidak aktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="65"/>
        <source>&amp;Sesi</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="66"/>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="68"/>
        <source>Kunci aplikasi (Ctrl+L)</source>
        <translation>Lock the application (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="70"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="72"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="79"/>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/shell_window.py" line="88"/>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
</context>
<context>
    <name>Stage3Plan</name>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/stage3_plan.py" line="38"/>
        <source>Rencana tahap 3 untuk {case} disimpan dari keputusan sidang.</source>
        <translation>Stage 3 plan for {case} saved from the conference decisions.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/stage3_plan.py" line="56"/>
        <source>Rencana tahap 3 untuk {case} disimpan.</source>
        <translation>Stage 3 plan for {case} saved.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/conference/stage3_plan.py" line="58"/>
        <source>Rencana tahap 3 untuk {case} diisi dari keputusan sidang; lengkapi isian yang masih kosong lalu simpan.</source>
        <translation>Stage 3 plan for {case} filled in from the conference decisions; complete the empty fields, then save.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="44"/>
        <source>Pindah tahap</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="47"/>
        <source>Tahap sekarang: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation>Current stage: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="51"/>
        <source>Pindah ke</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="70"/>
        <source>Tidak ada tahap yang dapat dituju dari tahap ini.</source>
        <translation>No stage can be reached from this stage.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="78"/>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="142"/>
        <source>Alasan / catatan</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="93"/>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="146"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="96"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="115"/>
        <source>Syarat lengkap</source>
        <translation>Requirements met</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="117"/>
        <source>Belum lengkap — {missing}</source>
        <translation>Incomplete — {missing}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="122"/>
        <source>Perlu persetujuan supervisor; sebagai supervisor, perubahan Anda langsung berlaku.</source>
        <translation>Needs supervisor approval; as a supervisor, your change takes effect at once.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="125"/>
        <source>Perlu persetujuan supervisor.</source>
        <translation>Needs supervisor approval.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="127"/>
        <source>Membuka kembali kasus yang sudah diterminasi; alasan wajib ditulis.</source>
        <translation>Reopens a terminated case; a reason is required.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="141"/>
        <source>Alasan membuka kembali *</source>
        <translation>Reason for reopening *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_dialog.py" line="144"/>
        <source>Ajukan ke supervisor</source>
        <translation>Submit to supervisor</translation>
    </message>
</context>
<context>
    <name>StageStrip</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/stage_strip.py" line="102"/>
        <source>tahap sekarang</source>
        <translation>current stage</translation>
    </message>
</context>
<context>
    <name>StatTableModel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="68"/>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="73"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="90"/>
        <source>{cell}: disamarkan (angka 1–10, atau sel pelengkap yang melindunginya)</source>
        <translation>{cell}: suppressed (a figure from 1 to 10, or a complementary cell protecting one)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="114"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="115"/>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="116"/>
        <source>Median (hari)</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_model.py" line="117"/>
        <source>Persentil ke-90 (hari)</source>
        <translation>90th percentile (days)</translation>
    </message>
</context>
<context>
    <name>StatsExport</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/export_files.py" line="41"/>
        <source>Berkas belum tersimpan: {folder} penuh. Kosongkan ruang atau pakai flashdisk lain, lalu simpan lagi. Data di aplikasi tidak berubah.</source>
        <translation>The file was not saved: {folder} is full. Free some space or use another USB stick, then save again. The data in the app is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/export_files.py" line="46"/>
        <source>Berkas belum tersimpan: {folder} tidak dapat ditulis (terkunci, hanya-baca, atau tanpa izin). Data di aplikasi tidak berubah.</source>
        <translation>The file was not saved: {folder} cannot be written (locked, read-only, or no permission). The data in the app is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/export_files.py" line="50"/>
        <source>Berkas belum tersimpan: {folder} tidak dapat dijangkau — flashdisk mungkin tercabut. Colokkan lagi lalu simpan ulang. Data di aplikasi tidak berubah.</source>
        <translation>The file was not saved: {folder} cannot be reached — the USB stick may have been pulled out. Plug it in again and save again. The data in the app is unchanged.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="77"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="102"/>
        <source>&amp;Tabel dan grafik</source>
        <translation>&amp;Tables and charts</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="106"/>
        <source>&amp;RAD</source>
        <translation>&amp;RAD</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="122"/>
        <source>&amp;Cakupan:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="132"/>
        <source>Tampi&amp;lkan</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="134"/>
        <source>Hitung angka untuk periode dan cakupan ini (Enter)</source>
        <translation>Count the figures for this period and scope (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="171"/>
        <source>C&amp;etak laporan (PDF)…</source>
        <translation>Print r&amp;eport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="174"/>
        <source>Simpan sprea&amp;dsheet…</source>
        <translation>Save sprea&amp;dsheet…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="177"/>
        <source>Ekspor SI&amp;MFONI-PPA…</source>
        <translation>Export SI&amp;MFONI-PPA…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="180"/>
        <source>Ekspor &amp;HTCDS (CSV)…</source>
        <translation>Export &amp;HTCDS (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="187"/>
        <source>Berkas ekspor selalu menyamarkan sel kecil (1–10).</source>
        <translation>Exported files always suppress small cells (1–10).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="251"/>
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="266"/>
        <source>Angka pasti — hanya untuk penggunaan di dalam aplikasi</source>
        <translation>Exact figures — for use inside the app only</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="267"/>
        <source>berkas ekspor selalu menyamarkan sel kecil</source>
        <translation>exported files always suppress small cells</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="269"/>
        <source>Sel kecil (1–10) disamarkan</source>
        <translation>Small cells (1–10) suppressed</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="271"/>
        <source>{period} · {scope} · {office} · dihitung {day}</source>
        <translation>{period} · {scope} · {office} · counted {day}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="318"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="335"/>
        <source>Cetak laporan statistik</source>
        <translation>Print the statistics report</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="337"/>
        <source>Laporan PDF disimpan: {path}</source>
        <translation>PDF report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="342"/>
        <source>Simpan spreadsheet statistik</source>
        <translation>Save the statistics spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="344"/>
        <source>Spreadsheet disimpan: {path}</source>
        <translation>Spreadsheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="351"/>
        <source>Ekspor SIMFONI-PPA</source>
        <translation>Export SIMFONI-PPA</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="353"/>
        <source>Agregat SIMFONI-PPA disimpan: {path}</source>
        <translation>SIMFONI-PPA aggregate saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="361"/>
        <source>Ekspor HTCDS</source>
        <translation>Export HTCDS</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="363"/>
        <source>HTCDS disimpan: {path} ({rows} baris; {withheld} nilai ditahan agar tiap kombinasi mencakup sedikitnya 11 kasus)</source>
        <translation>HTCDS saved: {path} ({rows} rows; {withheld} values withheld so that every combination covers at least 11 cases)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="386"/>
        <source>Menyiapkan data kasus… {done}/{total}</source>
        <translation>Preparing case data… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/stats_page.py" line="423"/>
        <source>Data kasus berubah sejak angka ini dihitung. Tekan Tampilkan untuk menghitung ulang.</source>
        <translation>Case data changed since these figures were counted. Press Show to count again.</translation>
    </message>
</context>
<context>
    <name>StatsSaveDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/save_file.py" line="20"/>
        <source>{caption} — Berkas tidak terenkripsi</source>
        <translation>{caption} — Unencrypted file</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/save_file.py" line="22"/>
        <source>Lembar kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/save_file.py" line="24"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>StickChoice</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/stick_choice.py" line="26"/>
        <source>{label} — {free} bebas</source>
        <translation>{label} — {free} free</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="88"/>
        <source>Tempat penyimpanan data</source>
        <translation>Data storage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="89"/>
        <source>Satu komputer: basis data terenkripsi di komputer ini. Beberapa petugas bekerja bersamaan: server PostgreSQL kantor.</source>
        <translation>One computer: an encrypted database on this computer. Several officers working at the same time: the office&apos;s PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="92"/>
        <source>Di komputer ini (basis data terenkripsi)</source>
        <translation>On this computer (encrypted database)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="94"/>
        <source>Server PostgreSQL kantor (beberapa petugas sekaligus)</source>
        <translation>The office&apos;s PostgreSQL server (several officers at once)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="102"/>
        <source>Server PostgreSQL</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="106"/>
        <source>mis. db.sekretariat.lan</source>
        <translation>e.g. db.sekretariat.lan</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="121"/>
        <source>TLS, sertifikat server diperiksa (disarankan)</source>
        <translation>TLS, server certificate verified (recommended)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="123"/>
        <source>TLS tanpa memeriksa sertifikat (uji coba)</source>
        <translation>TLS without verifying the certificate (testing)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="124"/>
        <source>Tanpa TLS (server di komputer ini saja)</source>
        <translation>No TLS (server on this computer only)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="129"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="133"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="134"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="135"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="136"/>
        <source>Peran (role)</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="137"/>
        <source>Kata sandi peran</source>
        <translation>Role password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="138"/>
        <source>Keamanan koneksi</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="139"/>
        <source>Sertifikat CA</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="140"/>
        <source>Kata sandi peran disimpan terenkripsi di folder data, tidak pernah dalam berkas biasa. Basis datanya harus kosong.</source>
        <translation>The role password is stored encrypted in the data folder, never in a plain file. The database must be empty.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="157"/>
        <source>Pilih sertifikat CA</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/setup_pages.py" line="158"/>
        <source>Sertifikat (*.crt *.pem);;Semua (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="71"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="72"/>
        <source>Asal dan Bahasa</source>
        <translation>Origin and language</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="73"/>
        <source>Wali</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="75"/>
        <source>Pengaduan</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="81"/>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="118"/>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="163"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="105"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="106"/>
        <source>Nama lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="107"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="108"/>
        <source>Kewarganegaraan</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="110"/>
        <source>{age} tahun</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="112"/>
        <source>korban anak</source>
        <translation>child victim</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="113"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="115"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="125"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="130"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="134"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="135"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="138"/>
        <source>perlu penerjemah</source>
        <translation>needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="139"/>
        <source>Bahasa</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="142"/>
        <source>Nama wali</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="143"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="144"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="146"/>
        <source>No. kasus</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="147"/>
        <source>Tanggal pengaduan</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="148"/>
        <source>Jalur pengaduan</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="151"/>
        <source>Perujuk</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="152"/>
        <source>Status korban</source>
        <translation>Victim status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="153"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="154"/>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="155"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="156"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/summary_tab.py" line="163"/>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="24"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="28"/>
        <source>Pertukaran data dengan Sekretariat Gugus Tugas provinsi lewat flashdisk. Semua bundel terenkripsi dan ditandatangani; hanya perangkat yang terdaftar yang dapat membukanya.</source>
        <translation>Data exchange with the provincial Task Force Secretariat by USB stick. Every bundle is encrypted and signed; only enrolled devices can open it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="40"/>
        <source>&amp;Perangkat</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="41"/>
        <source>&amp;Kirim ke Provinsi</source>
        <translation>&amp;Send to the province</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="42"/>
        <source>&amp;Impor dari flashdisk</source>
        <translation>&amp;Import from a stick</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/sync_page.py" line="43"/>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/table_editor.py" line="105"/>
        <source>+ Tambah baris</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/table_editor.py" line="108"/>
        <source>− Hapus baris</source>
        <translation>− Remove row</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="48"/>
        <source>Daftar tabel</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="83"/>
        <source>Tidak ada grafik: tabel ini tidak memiliki angka yang dapat digambar (nol atau disamarkan).</source>
        <translation>No chart: this table has no figure to draw (zero or suppressed).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="90"/>
        <source>Enter atau klik ganda pada angka menampilkan kasus di baliknya.</source>
        <translation>Enter or a double-click on a figure shows the cases behind it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="115"/>
        <source>Kasus: umur dan jenis kelamin</source>
        <translation>Cases: age and sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="116"/>
        <source>Korban (orang): umur dan jenis kelamin</source>
        <translation>Victims (persons): age and sex</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="129"/>
        <source>Lama penanganan</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="130"/>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="195"/>
        <source>Waktu sejak pengaduan sampai tahap</source>
        <translation>Days from intake to stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="206"/>
        <source>Tidak ada kasus untuk tabel ini dalam periode dan cakupan ini.</source>
        <translation>No cases for this table in this period and scope.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="209"/>
        <source>Sumber: {cite}</source>
        <translation>Source: {cite}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/stats/table_panel.py" line="256"/>
        <source>{row} — {column}: {value} ({period}, {scope})</source>
        <translation>{row} — {column}: {value} ({period}, {scope})</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="62"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="66"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="68"/>
        <source>Muat ulang daftar (F5)</source>
        <translation>Reload the lists (F5)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="95"/>
        <source>Kasus saya</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="99"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="162"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="208"/>
        <source>No. kasus</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="99"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="208"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="94"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="195"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="303"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="94"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="305"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="94"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="306"/>
        <source>Segera</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="99"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="100"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="106"/>
        <source>Hari di tahap</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="100"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="109"/>
        <source>Belum ada kasus aktif yang ditugaskan kepada Anda.</source>
        <translation>No active case is assigned to you yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="116"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="297"/>
        <source>Enter atau klik ganda pada baris membuka kasusnya.</source>
        <translation>Enter or a double click on a row opens its case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="162"/>
        <source>Diminta oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="163"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="163"/>
        <source>Perubahan tahap</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="164"/>
        <source>Tidak ada perubahan tahap yang menunggu persetujuan.</source>
        <translation>No stage change is waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="172"/>
        <source>Se&amp;tujui</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="174"/>
        <source>Setujui perubahan tahap yang dipilih</source>
        <translation>Approve the selected stage change</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="175"/>
        <source>&amp;Kembalikan…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="178"/>
        <source>Kembalikan kepada pendamping dengan catatan (wajib)</source>
        <translation>Return to the caseworker with a comment (required)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="179"/>
        <source>B&amp;uka kasus</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="194"/>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="208"/>
        <source>Pendamping</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="194"/>
        <source>Kasus aktif</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="196"/>
        <source>Belum ada kasus aktif yang ditugaskan.</source>
        <translation>No active cases are assigned yet.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="209"/>
        <source>Belum lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="210"/>
        <source>Semua kasus aktif sudah lengkap pencatatannya.</source>
        <translation>The recording of every active case is complete.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="232"/>
        <source>Kasus saya ({count})</source>
        <translation>My cases ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="233"/>
        <source>Jatuh tempo kantor ({count})</source>
        <translation>Due in the office ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="234"/>
        <source>Jatuh tempo kantor</source>
        <translation>Due in the office</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="235"/>
        <source>Menunggu persetujuan ({count})</source>
        <translation>Waiting for approval ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="236"/>
        <source>Beban kasus</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="237"/>
        <source>Kelengkapan pencatatan ({count})</source>
        <translation>Recording completeness ({count})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="266"/>
        <source>{count} kasus aktif</source>
        <translation>{count} active cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="267"/>
        <source>{count} hal perlu ditindaklanjuti pada kasus Anda</source>
        <translation>{count} things to act on in your cases</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="270"/>
        <source>, {count} terlambat</source>
        <translation>, {count} overdue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="272"/>
        <source>{count} tindak lanjut sidang kasus terbuka</source>
        <translation>{count} open case conference action items</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="279"/>
        <source>{count} perubahan tahap menunggu persetujuan</source>
        <translation>{count} stage changes waiting for approval</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="281"/>
        <source>{count} kasus belum lengkap pencatatannya</source>
        <translation>{count} cases with incomplete recording</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="292"/>
        <source>Ditampilkan {shown} dari {total} kasus aktif, yang paling mendesak dahulu. Enter atau klik ganda pada baris membuka kasusnya.</source>
        <translation>Showing {shown} of {total} active cases, the most urgent first. Enter or a double-click on a row opens its case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="321"/>
        <source>Tidak ada yang jatuh tempo</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="323"/>
        <source>{days} hari tanpa kemajuan</source>
        <translation>{days} days without progress</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="328"/>
        <source> (+{count} lainnya)</source>
        <translation> (+{count} more)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="341"/>
        <source>Tahap {stage} {days} hari tanpa kemajuan</source>
        <translation>Stage {stage}: {days} days without progress</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="344"/>
        <source>Jaminan hidup tahap 1 berakhir {date}</source>
        <translation>Living allowance phase 1 ends {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="346"/>
        <source>Jaminan hidup tahap 2 berakhir {date}</source>
        <translation>Living allowance phase 2 ends {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="348"/>
        <source>Jaminan hidup melewati batas: hari ke-{day}, hari terakhir {date}</source>
        <translation>Living allowance past its limit: day {day}, last day {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="355"/>
        <source>{visit} dijadwalkan {date}</source>
        <translation>{visit} scheduled {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="356"/>
        <source>{visit} terlambat sejak {date}</source>
        <translation>{visit} overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="359"/>
        <source>Perubahan tahap ke {stage} dikembalikan</source>
        <translation>Stage change to {stage} returned</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="371"/>
        <source>{change}
Alasan: {reason}</source>
        <translation>{change}
Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="400"/>
        <source>{total} kasus aktif belum lengkap pencatatannya; ditampilkan {shown} dengan kekurangan terbanyak.</source>
        <translation>{total} active cases with incomplete recording; showing the {shown} with most items missing.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="403"/>
        <source>{total} kasus aktif belum lengkap pencatatannya.</source>
        <translation>{total} active cases with incomplete recording.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="436"/>
        <source>Perubahan tahap kasus {number} disetujui: {change}.</source>
        <translation>Stage change of case {number} approved: {change}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="447"/>
        <source>Kembalikan perubahan tahap</source>
        <translation>Return the stage change</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="448"/>
        <source>Kasus {number}: {change}.
Tulis catatan untuk pendamping (wajib): apa yang perlu dilengkapi atau diperbaiki.</source>
        <translation>Case {number}: {change}.
Write a comment for the caseworker (required): what needs to be completed or corrected.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="451"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/today_page.py" line="458"/>
        <source>Perubahan tahap kasus {number} dikembalikan kepada pendamping.</source>
        <translation>Stage change of case {number} returned to the caseworker.</translation>
    </message>
</context>
<context>
    <name>TrackPanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="91"/>
        <source>Status: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="93"/>
        <source> (catatan terakhir {date})</source>
        <translation> (last record {date})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="104"/>
        <source>Hanya pengguna dengan akses khusus yang dapat mencatat bagian ini.</source>
        <translation>Only users with special access can record this section.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/services_tab.py" line="121"/>
        <source>Perjalanan: {legs}</source>
        <translation>Journey: {legs}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="35"/>
        <source>Persetujuan korban untuk rujukan ke {office} tercatat.</source>
        <translation>The victim&apos;s consent to referral to {office} is recorded.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="38"/>
        <source>persetujuannya sudah dicabut</source>
        <translation>the consent was withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="39"/>
        <source>masa berlakunya sudah habis</source>
        <translation>the consent has expired</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="40"/>
        <source>korban anak: perlu persetujuan wali atau dasar hukum</source>
        <translation>child victim: needs the guardian&apos;s consent or a legal basis</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="42"/>
        <source>persetujuan oleh pihak lain perlu dasar hukum</source>
        <translation>consent by another party needs a legal basis</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="44"/>
        <source>persetujuan baru berlaku kemudian</source>
        <translation>the consent takes effect later</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="45"/>
        <source>belum tercatat</source>
        <translation>is not recorded</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="46"/>
        <source>Kasus belum dapat dipindahkan: persetujuan korban untuk rujukan (RUJUKAN) ke {office} {why}. Catat persetujuannya di tab Persetujuan lebih dulu.</source>
        <translation>The case cannot be transferred yet: the victim&apos;s consent to referral (RUJUKAN) to {office}: {why}. Record the consent on the Consent tab first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="62"/>
        <source>Pindahkan ke PPT lain</source>
        <translation>Transfer to another PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="78"/>
        <source>Mis. korban dipulangkan ke daerah asal dan didampingi PPT di sana.</source>
        <translation>E.g. the victim was repatriated to her home district and is supported by the PPT there.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="84"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="89"/>
        <source>PPT &amp;tujuan *</source>
        <translation>Receiving &amp;PPT *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="90"/>
        <source>&amp;Alasan *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="92"/>
        <source>&amp;Flashdisk *</source>
        <translation>USB &amp;stick *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="96"/>
        <source>Kirim &amp;lewat Sekretariat provinsi</source>
        <translation>Send &amp;via the provincial Secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="99"/>
        <source>Flashdisk dibawa ke provinsi; Sekretariat meneruskan bundel tanpa membukanya dalam kiriman balik untuk PPT tujuan.</source>
        <translation>The USB stick is taken to the province; the Secretariat forwards the bundle unopened in what it sends back to the receiving PPT.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="108"/>
        <source>Seluruh kasus beserta riwayatnya dikirim terenkripsi untuk PPT tujuan. Setelah bundel tersimpan di flashdisk, kasus dipegang PPT tujuan dan salinan di perangkat ini hanya dapat dibaca.</source>
        <translation>The whole case with its history is sent encrypted for the receiving PPT. Once the bundle is on the stick, the receiving PPT holds the case and the copy on this device is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="117"/>
        <source>&amp;Pindahkan</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="120"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="136"/>
        <source>Belum ada PPT lain yang terdaftar. Daftarkan kartu perangkat PPT tujuan di halaman Sinkronisasi lebih dulu.</source>
        <translation>No other PPT is enrolled yet. Enrol the receiving PPT&apos;s device card on the Synchronisation page first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="155"/>
        <source>Pilih folder tujuan bundel</source>
        <translation>Choose the folder for the bundle</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="174"/>
        <source>Tulis alasan pemindahan.</source>
        <translation>Write the reason for the transfer.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/transfer_dialog.py" line="178"/>
        <source>Pilih flashdisk atau folder tujuan lebih dulu.</source>
        <translation>Choose a USB stick or a destination folder first.</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="36"/>
        <source>Pindahan kasus</source>
        <translation>Case transfers</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="41"/>
        <source>Kasus yang dipindahkan dari satu PPT ke PPT lain dan belum dilaporkan kembali oleh PPT penerima (belum ada datanya tentang kasus itu sejak pemindahan). Jika lama menunggu, tanyakan ke PPT penerima apakah bundel pemindahan sudah diimpor.</source>
        <translation>Cases transferred from one PPT to another that the receiving PPT has not yet reported back (none of its data about the case has arrived since the transfer). If this takes long, ask the receiving PPT whether the transfer bundle has been imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="48"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="59"/>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="59"/>
        <source>Dari PPT</source>
        <translation>From PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="59"/>
        <source>Ke PPT</source>
        <translation>To PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="60"/>
        <source>Diketahui sekretariat</source>
        <translation>Known to secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="60"/>
        <source>Hari menunggu</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="61"/>
        <source>Tidak ada kasus yang sedang dipindahkan: setiap PPT penerima sudah melaporkan kasus yang diterimanya.</source>
        <translation>No case is being transferred: every receiving PPT has reported the cases it received.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="66"/>
        <source>Bundel pemindahan yang menunggu dibawa ke PPT penerima</source>
        <translation>Transfer bundles waiting to be taken to the receiving PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="70"/>
        <source>Untuk PPT</source>
        <translation>For PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="70"/>
        <source>Diterima di sekretariat</source>
        <translation>Received at secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="70"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="71"/>
        <source>Tidak ada bundel pemindahan yang menunggu di sekretariat.</source>
        <translation>No transfer bundles are waiting at the secretariat.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/secretariat/transfers_page.py" line="89"/>
        <source>{n} kasus sedang dipindahkan</source>
        <translation>Cases being transferred: {n}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="37"/>
        <source>ppt-desk — Terkunci</source>
        <translation>ppt-desk — Locked</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="38"/>
        <source>Sesi terkunci — masuk lagi untuk melanjutkan</source>
        <translation>Session locked — sign in again to continue</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="39"/>
        <source>Yang sedang masuk: {name} ({username})</source>
        <translation>Signed in: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="45"/>
        <source>ppt-desk — Masuk</source>
        <translation>ppt-desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="46"/>
        <source>Buka data kasus</source>
        <translation>Open case data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="55"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="56"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="68"/>
        <source>Lupa kata sandi? Gunakan kode pemulihan</source>
        <translation>Forgot the password? Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="72"/>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="119"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="109"/>
        <source>Membuka…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="135"/>
        <source>Tombol Buka aktif lagi dalam {n} detik.</source>
        <translation>The Open button is available again in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/unlock_dialog.py" line="161"/>
        <source>Kata sandi sudah diganti. Silakan masuk dengan kata sandi baru.</source>
        <translation>The password was changed. Please sign in with the new password.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="26"/>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="26"/>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="34"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="35"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="44"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="46"/>
        <source>Akses data kesehatan (HIV/IMS, kesehatan reproduksi)</source>
        <translation>Health data access (HIV/STI, reproductive health)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="48"/>
        <source>Akses data pelaku</source>
        <translation>Perpetrator data access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="52"/>
        <source>Akses khusus</source>
        <translation>Special access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="53"/>
        <source>Tanpa akses ini, pengguna hanya melihat bahwa catatan semacam itu ada dan tanggalnya. Perubahan akses berlaku saat pengguna itu masuk berikutnya.</source>
        <translation>Without this access a user sees only that such a record exists, and its date. A change of access applies from that user&apos;s next sign-in.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="66"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="68"/>
        <source>Kata sandi (min. 10 karakter)</source>
        <translation>Password (min. 10 characters)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="69"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="91"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/user_dialog.py" line="92"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="26"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="31"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="31"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="32"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="32"/>
        <source>Akses khusus</source>
        <translation>Special access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="33"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="44"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="45"/>
        <source>Ubah peran/status…</source>
        <translation>Edit roles/status…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="46"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="71"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="71"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="77"/>
        <source>Kesehatan</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/users_page.py" line="77"/>
        <source>Pelaku</source>
        <translation>Perpetrators</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="24"/>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="47"/>
        <source>Cabut persetujuan</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="27"/>
        <source>{purpose}, diberikan {date} oleh {giver}.</source>
        <translation>{purpose}, given on {date} by {giver}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="40"/>
        <source>mis. korban menyampaikan secara lisan</source>
        <translation>e.g. the victim said so orally</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="41"/>
        <source>Dicabut mulai *</source>
        <translation>Withdrawn from *</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="42"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/dialogs/withdraw_consent_dialog.py" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_Checklist</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="31"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>_DocumentRow</name>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/documents_editor.py" line="20"/>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/widgets/documents_editor.py" line="23"/>
        <source>Hapus dokumen ini</source>
        <translation>Remove this document</translation>
    </message>
</context>
<context>
    <name>_StagePanel</name>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="78"/>
        <source>Formulir perlindungan diisi di tab Perlindungan.</source>
        <translation>Protection forms are filled in on the Protection tab.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="81"/>
        <source>Buka tab Perlindungan</source>
        <translation>Open the Protection tab</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/pages/empowerment_tab.py" line="105"/>
        <source>Pindah ke tahap ini…</source>
        <translation>Move to this stage…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="24"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="25"/>
        <source>Nama pengguna atau kata sandi salah. Coba lagi dalam {seconds} detik.</source>
        <translation>Wrong username or password. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="28"/>
        <source>Terlalu banyak percobaan. Tunggu {seconds} detik lalu coba lagi.</source>
        <translation>Too many attempts. Wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="31"/>
        <source>Kata sandi belum diisi.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="32"/>
        <source>Kata sandi minimal {minimum} karakter.</source>
        <translation>The password needs at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="33"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="34"/>
        <source>Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>Usernames have 3–32 characters: lower-case letters, digits, dot, underscore or hyphen, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="38"/>
        <source>Nama pengguna ini sudah dipakai.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="39"/>
        <source>Nama lengkap pengguna belum diisi.</source>
        <translation>Please enter the user&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="40"/>
        <source>Pilih paling sedikit satu peran.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="41"/>
        <source>Anda tidak dapat mencabut peran Admin atau menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot remove your own Admin role or deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="44"/>
        <source>Pengguna tidak ditemukan atau tidak aktif.</source>
        <translation>User not found or inactive.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="45"/>
        <source>Akun ini tidak aktif. Hubungi admin.</source>
        <translation>This account is inactive. Contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="46"/>
        <source>Kode pemulihan terdiri dari {expected} kelompok berisi {size} karakter.</source>
        <translation>The recovery code has {expected} groups of {size} characters.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="49"/>
        <source>Kelompok ke-{group} dari kode pemulihan salah ketik. Periksa kembali kelompok itu.</source>
        <translation>Group {group} of the recovery code has a typo. Check that group again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="52"/>
        <source>Kode pemulihan tidak valid. Periksa seluruh kode.</source>
        <translation>The recovery code is not valid. Check the whole code.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="55"/>
        <source>Kode pemulihan ini bukan milik basis data ini.</source>
        <translation>This recovery code does not belong to this database.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="58"/>
        <source>Basis data tidak dapat dibaca. Mungkin rusak; gunakan cadangan terakhir dan hubungi admin.</source>
        <translation>The database cannot be read. It may be damaged; use the latest backup and contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="62"/>
        <source>Basis data dibuat oleh versi ppt-desk yang lebih baru. Perbarui aplikasi ini.</source>
        <translation>The database was made by a newer version of ppt-desk. Update this application.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="65"/>
        <source>Berkas basis data tidak ditemukan di folder data.</source>
        <translation>The database file is missing from the data folder.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="68"/>
        <source>Berkas kunci rusak. Pulihkan dari cadangan atau hubungi admin.</source>
        <translation>The key file is damaged. Restore it from a backup or contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="71"/>
        <source>Berkas kunci dibuat oleh versi ppt-desk yang lebih baru.</source>
        <translation>The key file was made by a newer version of ppt-desk.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="74"/>
        <source>ppt-desk sudah terbuka di komputer ini. Gunakan jendela yang sudah terbuka, atau tutup dulu sebelum membuka lagi.</source>
        <translation>ppt-desk is already open on this computer. Use the open window, or close it before starting again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="78"/>
        <source>Aplikasi ini sudah disiapkan sebelumnya.</source>
        <translation>This application has already been set up.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="79"/>
        <source>Folder data tidak lengkap: basis data atau berkas kunci hilang. Jangan menyiapkan ulang; pulihkan kedua berkas dari cadangan atau hubungi admin.</source>
        <translation>The data folder is incomplete: the database or the key file is missing. Do not set up again; restore both files from a backup or contact the admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="83"/>
        <source>Basis data sedang dipakai program lain. Tunggu sebentar lalu coba lagi.</source>
        <translation>The database is in use by another program. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="86"/>
        <source>Server basis data tidak dapat dihubungi. Periksa jaringan kantor dan server, lalu coba lagi. Perubahan terakhir tidak tersimpan.</source>
        <translation>The database server cannot be reached. Check the office network and the server, then try again. The latest change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="90"/>
        <source>Server basis data menolak masuk: kata sandi atau hak akses peran basis data salah. Hubungi admin server.</source>
        <translation>The database server refused the login: the password or the access rights of the database role are wrong. Contact the server administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="94"/>
        <source>Sertifikat server basis data tidak dapat diperiksa (TLS). Periksa berkas sertifikat CA kantor dan alamat server, atau hubungi admin server.</source>
        <translation>The database server&apos;s certificate could not be verified (TLS). Check the office&apos;s CA certificate file and the server address, or contact the server administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="98"/>
        <source>Basis data di server itu sudah berisi data lain. Gunakan basis data baru yang kosong.</source>
        <translation>The database on that server already holds other data. Use a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="102"/>
        <source>Basis data di server kosong atau bukan milik folder data ini. Hubungi admin server; pulihkan dari cadangan.</source>
        <translation>The database on the server is empty or does not belong to this data folder. Contact the server administrator; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="106"/>
        <source>Basis data di server bukan basis data folder data ini (store.json menunjuk basis data lain, atau basis data dipulihkan dari cadangan kantor lain). ppt-desk tidak membukanya. Periksa store.json dan server bersama admin server.</source>
        <translation>The database on the server is not this data folder&apos;s database (store.json points to another database, or the database was restored from another office&apos;s backup). ppt-desk does not open it. Check store.json and the server together with the server administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="111"/>
        <source>Kata sandi peran basis data belum diisi.</source>
        <translation>The database role password has not been entered.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="113"/>
        <source>Kata sandi server basis data tidak ada di berkas kunci. Hubungi admin.</source>
        <translation>The database server password is missing from the key file. Contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="116"/>
        <source>Pengaturan server basis data tidak lengkap atau tidak valid (alamat, port, nama basis data, peran, mode TLS).</source>
        <translation>The database server settings are incomplete or invalid (address, port, database name, role, TLS mode).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="120"/>
        <source>Berkas store.json rusak. Pulihkan dari cadangan atau hubungi admin.</source>
        <translation>The store.json file is damaged. Restore it from a backup or contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="122"/>
        <source>Berkas store.json dibuat oleh versi ppt-desk yang lebih baru.</source>
        <translation>The store.json file was made by a newer version of ppt-desk.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="124"/>
        <source>Profil kantor belum ada.</source>
        <translation>The office profile is missing.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="125"/>
        <source>Anda tidak memiliki peran pendamping atau supervisor untuk melihat data kasus.</source>
        <translation>You need the caseworker or supervisor role to see case data.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="128"/>
        <source>Hanya admin yang boleh melakukan ini.</source>
        <translation>Only an admin may do this.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="129"/>
        <source>Kasus tidak ditemukan.</source>
        <translation>Case not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="130"/>
        <source>Penyimpanan penuh. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>The disk is full. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="133"/>
        <source>Aplikasi terkunci. Masuk kembali untuk melanjutkan.</source>
        <translation>The application is locked. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="134"/>
        <source>Cadangan gagal diperiksa; pembaruan dibatalkan.</source>
        <translation>The backup failed its check; the upgrade was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="137"/>
        <source>Beberapa isian belum benar. Periksa pesan berwarna merah.</source>
        <translation>Some entries are not right yet. See the messages in red.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="141"/>
        <source>Nama lengkap wajib diisi (minimal 2 huruf).</source>
        <translation>The full name is required (at least 2 letters).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="142"/>
        <source>Pilih jenis kelamin.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="143"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="144"/>
        <source>Pilih jalur pengaduan.</source>
        <translation>Choose the intake channel.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="145"/>
        <source>Pilih status korban.</source>
        <translation>Choose the victim status.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="146"/>
        <source>Pilih peran dalam kasus.</source>
        <translation>Choose the role in the case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="147"/>
        <source>Tanggal lahir setelah tanggal pengaduan.</source>
        <translation>The date of birth is after the intake date.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="148"/>
        <source>Isi tanggal lahir atau perkiraan umur.</source>
        <translation>Enter a date of birth or an estimated age.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="149"/>
        <source>Perkiraan umur harus antara 0 dan 120 tahun.</source>
        <translation>The estimated age must be between 0 and 120 years.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="150"/>
        <source>NIK harus 16 angka.</source>
        <translation>The NIK must have 16 digits.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="151"/>
        <source>Pilihan tidak dikenal.</source>
        <translation>Unknown choice.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="152"/>
        <source>Setiap dokumen perlu jenis dan nomor.</source>
        <translation>Every document needs a type and a number.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="153"/>
        <source>Korban anak: isi nama atau hubungan wali.</source>
        <translation>Child victim: enter the guardian&apos;s name or relationship.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="157"/>
        <source>Isian tidak valid.</source>
        <translation>Invalid entry.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="158"/>
        <source>Tanggal tidak valid.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="159"/>
        <source>Jam harus berformat JJ:MM, misalnya 21:30.</source>
        <translation>The time must be in HH:MM format, e.g. 21:30.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="160"/>
        <source>Isi dengan angka bulat.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="161"/>
        <source>Angka tidak boleh negatif.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="162"/>
        <source>Isian terlalu panjang.</source>
        <translation>The entry is too long.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="163"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="164"/>
        <source>Isian tidak dikenal.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="165"/>
        <source>Tanggal ini lebih awal dari tanggal sebelumnya.</source>
        <translation>This date is earlier than the previous date.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="166"/>
        <source>Isi jumlah atau nilai.</source>
        <translation>Enter an amount or a value.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="167"/>
        <source>Formulir tidak dikenal.</source>
        <translation>Unknown form.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="168"/>
        <source>Catatan tidak ditemukan.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="169"/>
        <source>Formulir ini sudah diisi untuk kasus ini; ubah yang sudah ada.</source>
        <translation>This form has already been filled in for this case; edit the existing one.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="171"/>
        <source>Kasus sudah diterminasi. Buka kembali kasus untuk menambah catatan.</source>
        <translation>The case has been terminated. Reopen the case to add records.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="173"/>
        <source>Kasus ini bukan kasus Anda dan tidak dibagikan kepada Anda. Minta supervisor atau pendamping kasus untuk membagikannya.</source>
        <translation>This case is not yours and has not been shared with you. Ask a supervisor or the case&apos;s caseworker to share it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="177"/>
        <source>Jaminan hidup melewati batas {limit} hari (hari terakhir {last_day}). Tulis alasan bila tetap diberikan.</source>
        <translation>The living allowance is past its {limit}-day limit (last day {last_day}). Write a reason if it is still given.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="181"/>
        <source>Batas tahap pertama harus lebih kecil dari batas tahap kedua.</source>
        <translation>The phase 1 limit must be less than the phase 2 limit.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="183"/>
        <source>Kasus sudah berada pada tahap itu.</source>
        <translation>The case is already at that stage.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="184"/>
        <source>Tahap tidak dikenal.</source>
        <translation>Unknown stage.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="185"/>
        <source>Dari tahap {current} kasus tidak dapat langsung ke {target}. Tahap yang boleh: {allowed}.</source>
        <translation>From stage {current} the case cannot go directly to {target}. Allowed stages: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="189"/>
        <source>Belum dapat pindah ke {target}. Yang belum ada: {missing}.</source>
        <translation>Cannot move to {target} yet. Still missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="191"/>
        <source>formulir {form}</source>
        <translation>form {form}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="192"/>
        <source>{form}: {fields}</source>
        <translation>{form}: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="193"/>
        <source>Masih ada perubahan tahap yang menunggu persetujuan supervisor.</source>
        <translation>A stage change is still waiting for supervisor approval.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="195"/>
        <source>Perubahan tahap ini sudah diputuskan.</source>
        <translation>This stage change has already been decided.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="197"/>
        <source>Tahap kasus sudah berubah sejak permintaan ini dibuat.</source>
        <translation>The case&apos;s stage has changed since this request was made.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="199"/>
        <source>Tulis alasan membuka kembali kasus.</source>
        <translation>Write the reason for reopening the case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="200"/>
        <source>Tulis catatan untuk pendamping bila permintaan dikembalikan.</source>
        <translation>Write a comment for the caseworker when returning a request.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="202"/>
        <source>Hanya supervisor yang boleh melakukan ini.</source>
        <translation>Only a supervisor may do this.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="203"/>
        <source>Hanya petugas sekretariat atau admin yang dapat melihat halaman ini.</source>
        <translation>Only a Secretariat officer or an administrator can see this page.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="205"/>
        <source>Korban anak: persetujuan diberikan oleh wali, atau tuliskan dasar hukumnya.</source>
        <translation>Child victim: the guardian gives consent, or write down the legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="208"/>
        <source>Korban dewasa memberi persetujuan sendiri; bila diberikan pihak lain, tuliskan dasar hukumnya.</source>
        <translation>An adult victim gives their own consent; when another party gives it, write down the legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="212"/>
        <source>Persetujuan tidak ditemukan.</source>
        <translation>Consent not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="213"/>
        <source>Persetujuan ini sudah dicabut.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="214"/>
        <source>Tanggal pencabutan lebih awal dari tanggal persetujuan.</source>
        <translation>The withdrawal date is earlier than the date of consent.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="216"/>
        <source>Belum ada persetujuan korban yang berlaku untuk: {purpose}.{why} Catat persetujuan korban di tab Persetujuan lebih dulu.</source>
        <translation>There is no valid consent of the victim for: {purpose}.{why} Record the victim&apos;s consent in the Consent tab first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="219"/>
        <source> Persetujuan sudah dicabut.</source>
        <translation> The consent was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="220"/>
        <source> Masa berlaku persetujuan sudah habis.</source>
        <translation> The consent has expired.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="221"/>
        <source> Persetujuan baru diberikan setelah tanggal ini.</source>
        <translation> The consent was given after this date.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="223"/>
        <source> Persetujuan yang ada untuk lembaga lain.</source>
        <translation> The existing consent is for another institution.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="225"/>
        <source> Korban anak: perlu persetujuan wali atau dasar hukum.</source>
        <translation> Child victim: the guardian&apos;s consent or a legal basis is needed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="227"/>
        <source> Persetujuan oleh pihak lain perlu dasar hukum.</source>
        <translation> A consent given by someone else needs a legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="229"/>
        <source>Data ini terbatas. Hanya pengguna dengan {grant} yang dapat melihat atau mengubahnya.</source>
        <translation>This data is restricted. Only users with {grant} can see or change it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="232"/>
        <source>akses data kesehatan</source>
        <translation>health data access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="233"/>
        <source>akses data pelaku</source>
        <translation>perpetrator data access</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="234"/>
        <source>Pendamping pemulangan wajib untuk korban anak, korban yang sakit, atau bila ada risiko keamanan.</source>
        <translation>A repatriation escort is mandatory for a child victim, a sick victim, or when there is a security risk.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="237"/>
        <source>Lembaga tidak ada di direktori. Pilih dari daftar atau tambahkan di halaman Lembaga.</source>
        <translation>The institution is not in the directory. Choose from the list or add it on the Institutions page.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="240"/>
        <source>Pilih wilayah dari daftar.</source>
        <translation>Choose a region from the list.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="241"/>
        <source>Sesi kelompok perlu paling sedikit dua peserta.</source>
        <translation>A group session needs at least two participants.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="243"/>
        <source>Sesi kelompok perlu paling sedikit satu korban sebagai peserta.</source>
        <translation>A group session needs at least one victim among the participants.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="245"/>
        <source>Peserta ini sudah ada.</source>
        <translation>This participant is already listed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="246"/>
        <source>Sesi kelompok tidak ditemukan.</source>
        <translation>Group session not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="247"/>
        <source>Lembaga nasional dari data bawaan tidak dapat diubah.</source>
        <translation>A national institution from the built-in data cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="249"/>
        <source>Lembaga tidak ditemukan.</source>
        <translation>Institution not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="250"/>
        <source>Alamat email tidak valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="251"/>
        <source>Kabupaten/kota tidak berada di provinsi yang dipilih.</source>
        <translation>The regency/city is not in the chosen province.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="253"/>
        <source>Dokumen tidak dapat disimpan (penyimpanan penuh atau tercabut?). Tidak ada data yang hilang; pilih tempat lain lalu coba lagi.</source>
        <translation>The document could not be saved (storage full or removed?). No data was lost; choose another place and try again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="256"/>
        <source>Paling banyak 4 baris di atas nama kantor.</source>
        <translation>At most 4 lines above the office name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="257"/>
        <source>Surat rujukan hanya untuk rujukan keluar.</source>
        <translation>A referral letter is only for outgoing referrals.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="259"/>
        <source>Tulis catatan serah terima.</source>
        <translation>Write a handover note.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="260"/>
        <source>Hanya pendamping kasus atau supervisor yang dapat menyerahkan kasus.</source>
        <translation>Only the case&apos;s caseworker or a supervisor can hand over the case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="262"/>
        <source>Kasus sudah dipegang pendamping itu.</source>
        <translation>The case is already assigned to that caseworker.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="263"/>
        <source>Pengguna itu tidak memiliki peran pendamping atau supervisor.</source>
        <translation>That user does not have the caseworker or supervisor role.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="265"/>
        <source>Pendamping kasus sudah dapat membuka kasus ini.</source>
        <translation>The case&apos;s caseworker can already open this case.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="268"/>
        <source>Flashdisk perlu {needed}, tersedia {free}. Kosongkan ruang di flashdisk atau pakai flashdisk lain.</source>
        <translation>The stick needs {needed}, {free} free. Make room on the stick or use another one.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="271"/>
        <source>Flashdisk atau folder tujuan tidak ditemukan. Colokkan flashdisk lalu pilih lagi.</source>
        <translation>The stick or destination folder was not found. Plug the stick in and choose it again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="274"/>
        <source>Flashdisk tercabut atau gagal ditulis saat menyalin. Tidak ada bundel setengah jadi yang tertinggal; colokkan lagi lalu kirim ulang.</source>
        <translation>The stick was pulled out or could not be written while copying. No half-written bundle was left behind; plug it in again and send again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="277"/>
        <source>Flashdisk tidak dapat ditulis (terkunci atau hanya-baca).</source>
        <translation>The stick cannot be written (locked or read-only).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="279"/>
        <source>Salinan di flashdisk gagal diperiksa ulang (flashdisk mungkin rusak) dan sudah dihapus. Coba flashdisk lain.</source>
        <translation>The copy on the stick failed its check (the stick may be faulty) and was deleted. Try another stick.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="282"/>
        <source>Belum ada Sekretariat Gugus Tugas provinsi yang terdaftar. Daftarkan kartu perangkat Sekretariat di tab Perangkat lebih dulu.</source>
        <translation>No provincial Task Force Secretariat is enrolled yet. Enrol the Secretariat&apos;s device card on the Devices tab first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="285"/>
        <source>Tidak ada data baru untuk dikirim: provinsi sudah mengonfirmasi menerima semuanya.</source>
        <translation>Nothing new to send: the province has confirmed receiving everything.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="288"/>
        <source>Sidik jari yang diketik tidak sama dengan sidik jari kartu ini. Perangkat TIDAK didaftarkan. Telepon lagi kantor pemilik kartu dan periksa setiap huruf; bila tetap berbeda, kartu ini mungkin bukan kartu mereka.</source>
        <translation>The fingerprint typed does not match this card&apos;s fingerprint. The device was NOT enrolled. Call the card&apos;s office again and check every character; if it still differs, this card may not be theirs.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="293"/>
        <source>Ini kartu perangkat ini sendiri; yang didaftarkan adalah kartu perangkat kantor lain.</source>
        <translation>This is this device&apos;s own card; enrol the card of another office&apos;s device.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="296"/>
        <source>Perangkat ini sudah pernah didaftarkan dengan kunci lain atau sudah dicabut. Kartu tidak didaftarkan ulang; hubungi admin.</source>
        <translation>This device was enrolled before with other keys, or it was revoked. The card was not enrolled again; contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="299"/>
        <source>Perangkat tidak ditemukan di daftar.</source>
        <translation>Device not found in the list.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="300"/>
        <source>Tulis alasannya.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="302"/>
        <source>Kode provinsi {province} tidak dikenal. Pakai kode wilayah resmi, mis. 53 untuk Nusa Tenggara Timur.</source>
        <translation>Unknown province code {province}. Use the official region code, e.g. 53 for Nusa Tenggara Timur.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="305"/>
        <source>Tulis nama kantor (min. 3 karakter).</source>
        <translation>Enter the office name (min. 3 characters).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="306"/>
        <source>Kunci cadangan sekretariat ini sudah ada dan tidak diganti.</source>
        <translation>This secretariat&apos;s backup key already exists and was not replaced.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="308"/>
        <source>Berkas dengan nama itu sudah ada. Kunci cadangan tidak menimpa berkas; pilih nama lain.</source>
        <translation>A file with that name already exists. The backup key never overwrites a file; choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="311"/>
        <source>Peran itu tidak dipakai di kantor ini (sekretariat: admin dan petugas sekretariat; PPT: pendamping, supervisor dan admin).</source>
        <translation>That role is not used at this office (secretariat: administrator and Secretariat officer; PPT: caseworker, supervisor and administrator).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="314"/>
        <source>Sekretariat ini belum punya kunci cadangan, jadi kartu perangkatnya belum dapat dibuat. Hubungi admin.</source>
        <translation>This secretariat has no backup key yet, so its device card cannot be created. Contact an admin.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="318"/>
        <source>Kasus ini dipegang oleh {to}; salinan di perangkat ini hanya dapat dibaca.</source>
        <translation>This case is held by {to}; the copy on this device is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="321"/>
        <source>Kasus ini dipegang perangkat ini; tidak ada pemindahan yang dapat ditarik kembali.</source>
        <translation>This case is held by this device; there is no transfer to take back.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="324"/>
        <source>Kasus ini dipegang oleh perangkat kantor lain; salinan di perangkat ini hanya dapat dibaca.</source>
        <translation>This case is held by another office&apos;s device; the copy on this device is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="327"/>
        <source>Kasus belum dapat dipindahkan ke {agency}: catat dulu persetujuan korban untuk rujukan (RUJUKAN) ke kantor itu.</source>
        <translation>The case cannot be transferred to {agency} yet: first record the victim&apos;s consent to referral (RUJUKAN) to that office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="330"/>
        <source>Perangkat tujuan sudah dicabut; kasus tidak dapat dikirim ke sana.</source>
        <translation>The receiving device was revoked; the case cannot be sent there.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="332"/>
        <source>Kasus hanya dapat dipindahkan ke perangkat PPT lain.</source>
        <translation>A case can only be transferred to another PPT&apos;s device.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="334"/>
        <source>Kasus berubah saat bundel ditulis. Periksa kasus lalu coba lagi.</source>
        <translation>The case changed while the bundle was being written. Check the case and try again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="336"/>
        <source>Berkas ini bukan kartu perangkat yang utuh (rusak atau diubah).</source>
        <translation>This file is not an intact device card (damaged or altered).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="338"/>
        <source>Berkas ini bukan kartu perangkat ppt-desk.</source>
        <translation>This file is not a ppt-desk device card.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="339"/>
        <source>Kartu perangkat dibuat oleh versi ppt-desk yang lebih baru. Perbarui aplikasi ini.</source>
        <translation>The device card was made by a newer version of ppt-desk. Update this application.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="342"/>
        <source>Tanda tangan kartu perangkat tidak cocok: kartu ini telah diubah.</source>
        <translation>The device card&apos;s signature does not match: the card has been altered.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="344"/>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="345"/>
        <source>Berkas terlalu besar.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="346"/>
        <source>Terjadi kesalahan yang tidak terduga. Kejadian ini sudah dicatat di log (tanpa data pribadi).</source>
        <translation>An unexpected error occurred. It was written to the log (without personal data).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="350"/>
        <source>Rencana aksi (RAD) ini tidak ditemukan.</source>
        <translation>This action plan (RAD) was not found.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="351"/>
        <source>Tahun {year} di luar masa rencana aksi ini ({years}).</source>
        <translation>The year {year} is outside this action plan ({years}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="353"/>
        <source>Indikator {indicator} tidak ada.</source>
        <translation>There is no indicator {indicator}.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="354"/>
        <source>Indikator {indicator} dihitung dari data kasus; angkanya tidak diisi manual.</source>
        <translation>Indicator {indicator} is computed from case data; its figure is not typed in.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="357"/>
        <source>Pilih Semester I atau Semester II.</source>
        <translation>Choose half-year 1 or half-year 2.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="358"/>
        <source>Nilai harus bilangan bulat 0 atau lebih.</source>
        <translation>The value must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="359"/>
        <source>Catatan terlalu panjang (paling banyak {max} huruf).</source>
        <translation>The note is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="361"/>
        <source>Berkas RAD tidak dapat dibaca.</source>
        <translation>The RAD file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="362"/>
        <source>Berkas RAD tidak dapat dimuat karena: {problems}</source>
        <translation>The RAD file cannot be loaded because: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="364"/>
        <source>Cakupan ini tidak dikenal. Pilih cakupan dari daftar.</source>
        <translation>This scope is not known. Choose a scope from the list.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="366"/>
        <source>Keperluan ringkasan kasus ini tidak dikenal.</source>
        <translation>This purpose of a case summary is not known.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/labels.py" line="368"/>
        <source>Terjadi kesalahan (kode: {code}).</source>
        <translation>An error occurred (code: {code}).</translation>
    </message>
</context>
<context>
    <name>route</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="19"/>
        <source>Perangkat tujuan tidak terdaftar di sekretariat ini; berkas tidak dibawa. Daftarkan kartu perangkat PPT tujuan lebih dulu.</source>
        <translation>The destination device is not enrolled at this secretariat; the file was not taken. Enrol the receiving PPT&apos;s device card first.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="22"/>
        <source>Perangkat tujuan sudah dicabut; berkas untuknya tidak dibawa lagi. Hubungi PPT pengirim: kasus perlu dipindahkan ke perangkat pengganti.</source>
        <translation>The destination device has been revoked; files for it are no longer taken. Contact the sending PPT: the case needs to be transferred to the replacement device.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="25"/>
        <source>Perangkat tujuan bukan perangkat PPT; hanya pemindahan kasus antar-PPT yang dibawa sekretariat.</source>
        <translation>The destination device is not a PPT device; the secretariat only forwards case transfers between PPTs.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="28"/>
        <source>Nama folder rute bukan ID perangkat; berkas di dalamnya tidak dibawa.</source>
        <translation>The route folder name is not a device ID; the files in it were not taken.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="30"/>
        <source>Berkas ini bukan bundel ppt-desk; tidak dibawa.</source>
        <translation>This file is not a ppt-desk bundle; not taken.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="32"/>
        <source>Berkas terlalu besar untuk sebuah bundel ppt-desk; tidak dibawa.</source>
        <translation>The file is too large for a ppt-desk bundle; not taken.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="36"/>
        <source>Berkas tidak dibawa (kode: {code}).</source>
        <translation>File not taken (code: {code}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="43"/>
        <source>Pemindahan kasus untuk {office} diterima untuk diteruskan (tanpa dibuka).</source>
        <translation>Case transfer for {office} accepted for forwarding (unopened).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="46"/>
        <source>Berkas untuk {office} sudah ada di sekretariat; salinan di flashdisk dihapus.</source>
        <translation>The file for {office} is already at the secretariat; the copy on the USB stick was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="48"/>
        <source>Berkas tetap di flashdisk.</source>
        <translation>The file stays on the USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="54"/>
        <source>Untuk {office}: tanda terima</source>
        <translation>For {office}: receipt</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="57"/>
        <source>data rujukan versi {v}</source>
        <translation>reference data version {v}</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="60"/>
        <source>{n} pemindahan kasus</source>
        <translation>{n} case transfer(s)</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="66"/>
        <source>Bukan untuk perangkat ini</source>
        <translation>Not for this device</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="67"/>
        <source>Kiriman perangkat ini</source>
        <translation>Sent by this device</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="74"/>
        <source>Bundel untuk kantor lain (kunci perangkat ini tidak dapat membukanya); dibiarkan di flashdisk tanpa diubah.</source>
        <translation>A bundle for another office (this device&apos;s key cannot open it); left on the USB stick unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/return_texts.py" line="78"/>
        <source>Bundel yang ditulis perangkat ini sendiri (untuk provinsi atau PPT lain); dibiarkan di flashdisk.</source>
        <translation>A bundle written by this device itself (for the province or another PPT); left on the USB stick.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="20"/>
        <source>Berkas terlalu besar untuk sebuah bundel ppt-desk.</source>
        <translation>The file is too large for a ppt-desk bundle.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="22"/>
        <source>Berkas ini bukan bundel ppt-desk (bukan berkas terenkripsi yang dikenal).</source>
        <translation>This file is not a ppt-desk bundle (not a known encrypted file).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="24"/>
        <source>Bagian awal berkas rusak atau tidak sesuai format bundel.</source>
        <translation>The start of the file is damaged or not in the bundle format.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="26"/>
        <source>Bagian awal berkas telah diubah atau rusak.</source>
        <translation>The start of the file has been altered or damaged.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="28"/>
        <source>Isi berkas rusak atau telah diubah (flashdisk mungkin bermasalah).</source>
        <translation>The file&apos;s content is damaged or altered (the stick may be faulty).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="30"/>
        <source>Bundel ini tidak ditujukan untuk perangkat ini: kunci perangkat ini tidak dapat membukanya.</source>
        <translation>This bundle is not addressed to this device: this device&apos;s key cannot open it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="33"/>
        <source>Berkas tidak lengkap (terpotong); mungkin flashdisk dicabut saat menyalin. Minta pengirim mengirim ulang.</source>
        <translation>The file is incomplete (cut short); the stick may have been pulled out while copying. Ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="36"/>
        <source>Isi bundel tidak sesuai format yang diharapkan.</source>
        <translation>The bundle&apos;s content is not in the expected format.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="38"/>
        <source>Bundel dibuat oleh versi ppt-desk yang lebih baru. Perbarui aplikasi ini lalu impor lagi.</source>
        <translation>The bundle was made by a newer version of ppt-desk. Update this application and import again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="41"/>
        <source>Berkas ini bukan bundel yang dapat dibaca versi ppt-desk ini.</source>
        <translation>This file is not a bundle this version of ppt-desk can read.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="43"/>
        <source>Tanda tangan digital bundel tidak cocok: isinya mungkin telah diubah.</source>
        <translation>The bundle&apos;s digital signature does not match: its content may have been altered.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="45"/>
        <source>Pengirim bundel belum terdaftar di perangkat ini. Daftarkan kartu perangkatnya di tab Perangkat, lalu impor lagi.</source>
        <translation>The bundle&apos;s sender is not enrolled on this device. Enrol its device card on the Devices tab, then import again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="48"/>
        <source>Perangkat pengirim sudah dicabut; bundelnya tidak diterima lagi.</source>
        <translation>The sending device was revoked; its bundles are no longer accepted.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="50"/>
        <source>Bundel ini ditujukan untuk perangkat lain, bukan perangkat ini.</source>
        <translation>This bundle is addressed to another device, not this one.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="52"/>
        <source>Segel isi bundel tidak cocok: sebagian isi hilang atau berubah.</source>
        <translation>The bundle&apos;s seal does not match: part of the content is missing or changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="54"/>
        <source>Berkas berubah saat sedang diimpor. Salin ulang dari flashdisk lalu coba lagi.</source>
        <translation>The file changed while it was being imported. Copy it from the stick again and retry.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="57"/>
        <source>PERINGATAN: pengirim pernah mengirim bundel lain dengan nomor urut yang sama. Laptop pengirim mungkin disalin atau dipulihkan dari cadangan lama. Hubungi kantor pengirim.</source>
        <translation>WARNING: the sender has sent another bundle with the same sequence number. The sender&apos;s laptop may have been cloned or restored from an old backup. Contact the sending office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="61"/>
        <source>PERINGATAN: data pengirim lebih lama dari yang pernah diterima di sini (laptop mungkin dipulihkan dari salinan lama). Hubungi kantor pengirim.</source>
        <translation>WARNING: the sender&apos;s data is older than what was received here before (the laptop may have been restored from an old copy). Contact the sending office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="64"/>
        <source>PERINGATAN: catatan audit pengirim tidak sama dengan yang pernah diterima (mungkin diubah atau disalin). Hubungi kantor pengirim.</source>
        <translation>WARNING: the sender&apos;s audit trail differs from the one received before (it may have been altered or copied). Contact the sending office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="67"/>
        <source>Titik periksa audit dalam bundel tidak sah.</source>
        <translation>The audit checkpoint in the bundle is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="69"/>
        <source>Tanda terima menyebut data yang belum pernah dibuat di perangkat ini (perangkat ini mungkin dipulihkan dari cadangan lama). Hubungi admin.</source>
        <translation>The receipt names data this device never made (this device may have been restored from an old backup). Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="72"/>
        <source>Tanda terima ini bukan dari Sekretariat provinsi; hanya tanda terima sekretariat yang menghentikan pengiriman ulang data.</source>
        <translation>This receipt is not from the provincial secretariat; only the secretariat&apos;s receipt stops the data being sent again.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="75"/>
        <source>Jenis bundel ini belum dapat diimpor oleh versi aplikasi ini.</source>
        <translation>This kind of bundle cannot be imported by this version of the application.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="77"/>
        <source>Pemindahan kasus ini ditujukan untuk kantor lain, bukan kantor ini.</source>
        <translation>This case transfer is addressed to another office, not this one.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="79"/>
        <source>Pemindahan kasus ini sudah lama: kasus itu sudah dipindahkan lagi sesudahnya. Hubungi kantor pengirim.</source>
        <translation>This case transfer is out of date: the case has been transferred again since. Contact the sending office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="82"/>
        <source>Kantor pengirim bukan pengelola kasus ini saat memindahkannya; pemindahan tidak dapat diterima. Hubungi kantor pengirim.</source>
        <translation>The sending office did not hold this case when it transferred it; the transfer cannot be accepted. Contact the sending office.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="85"/>
        <source>Data rujukan ini bukan dari Sekretariat provinsi; hanya sekretariat yang mengirim data rujukan.</source>
        <translation>This reference data is not from the provincial secretariat; only the secretariat sends reference data.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="88"/>
        <source>Data rujukan ini lebih lama dari yang sudah dipakai di sini (versinya tidak lebih baru); daftar yang ada tetap dipakai.</source>
        <translation>This reference data is older than the one in use here (its version is not newer); the current list stays in use.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="98"/>
        <source>Bundel ditolak (kode: {code}).</source>
        <translation>Bundle refused (code: {code}).</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="105"/>
        <source>Berkas tidak diimpor dan tidak ada data yang diubah.</source>
        <translation>The file was not imported and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="107"/>
        <source>Berkas disimpan di karantina dan tidak ada data yang diubah.</source>
        <translation>The file was kept in quarantine and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="113"/>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="176"/>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="114"/>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="179"/>
        <source>Sudah pernah diimpor</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="115"/>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="178"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="122"/>
        <source>Bundel lama ini datang setelah bundel yang lebih baru dari perangkat yang sama, yang sudah membawa semua isinya; tidak ada yang berubah.</source>
        <translation>This old bundle arrived after a newer bundle from the same device, which already carried all of its content; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="126"/>
        <source>Bundel ini sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>This bundle was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="129"/>
        <source>pengirim</source>
        <translation>the sender</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="131"/>
        <source>Kasus yang dipindahkan dari {office} sudah diterima beserta riwayatnya; kini kantor ini yang mengelolanya.</source>
        <translation>The case transferred from {office} has been received with its history; this office now manages it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="135"/>
        <source>Data rujukan versi {version} dari {office}: {n} lembaga.</source>
        <translation>Reference data version {version} from {office}: {n} institutions.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="139"/>
        <source>Tanda terima dari {office}: {n} kejadian dikonfirmasi diterima.</source>
        <translation>Receipt from {office}: {n} event(s) confirmed as received.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="143"/>
        <source>{n} kejadian dari {office} diterapkan.</source>
        <translation>{n} event(s) from {office} applied.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="146"/>
        <source>{n} kejadian ditahan sampai bundel sebelumnya diimpor.</source>
        <translation>{n} event(s) held back until the earlier bundle is imported.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="150"/>
        <source>{n} konflik data menunggu keputusan petugas sekretariat.</source>
        <translation>{n} data conflict(s) await a Secretariat officer&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="154"/>
        <source>{n} konflik data menunggu keputusan supervisor.</source>
        <translation>{n} data conflict(s) await a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="160"/>
        <source>Ada bundel sebelumnya dari pengirim ini yang belum pernah diimpor di sini; minta pengirim mengirimkannya.</source>
        <translation>An earlier bundle from this sender was never imported here; ask the sender for it.</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="167"/>
        <source>Data kasus</source>
        <translation>Case data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="168"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="169"/>
        <source>Pemindahan kasus</source>
        <translation>Case transfer</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="170"/>
        <source>Data rujukan</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="175"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="177"/>
        <source>Sebagian ditahan</source>
        <translation>Partly held</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="183"/>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="184"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="188"/>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="189"/>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="194"/>
        <source>IDENTITAS</source>
        <translation>IDENTITY</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="195"/>
        <source>PSEUDONIM</source>
        <translation>PSEUDONYM</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="203"/>
        <source>Ada bundel sebelumnya yang belum diimpor</source>
        <translation>An earlier bundle was not imported</translation>
    </message>
    <message>
        <location filename="../../src/ppt_desk/gui/sync/texts.py" line="211"/>
        <source>Terkirim ke flashdisk: berkas {name} ({size}) dengan {events} kejadian; {identity} kasus dengan identitas, {pseudonym} kasus dengan pseudonim.</source>
        <translation>Sent to the stick: file {name} ({size}) with {events} event(s). Cases with identity: {identity}; under a pseudonym: {pseudonym}.</translation>
    </message>
</context>
</TS>
