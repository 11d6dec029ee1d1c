"""What the statistics count: one dimension per breakdown.

A *fact* says "this case has code C in dimension D on day T" (model.Fact). A dimension is dated
by the case's intake ("INTAKE": who came in during the period) or by the event itself ("EVENT":
what happened during the period: a service given, a repatriation, a verdict), whatever the intake
day. ``labels`` names where the codes' labels come from: a code list in resources/codelists, or
one of the special sources below (sex and age group are not dimensions: every fact carries
the case's sex, age group and SIMFONI age band, see model.Fact); ``codes`` lists fixed codes with their labels when no list
does. ``multi``: a case can have several codes in one period (modus, services), so rows of its
table overlap and do not add up to the total of cases.

The Statistik page, the report, the RAD formulas and the SIMFONI/HTCDS views all read these
dimensions; a new breakdown is a new entry here, a rule in ``facts.py`` and a table in
``tables.py``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

INTAKE = "INTAKE"
EVENT = "EVENT"

# Label sources that are not code lists.
STAGES = "@stages"            # resources/casework/stages.json
TRACKS = "@tracks"            # resources/casework/tracks.json
FORMS = "@forms"              # form kinds (service_forms.json / forms.json) and their labels
REGIONS = "@regions"          # official region codes (province / regency names)
INSTITUTIONS = "@institutions"  # directory entries by id (local and national)
FIXED = "@fixed"              # the dimension's own ``codes``

UNKNOWN = ""                  # a fact with no known value (no sex, no age): "Tidak diketahui"


@dataclass(frozen=True)
class Dimension:
    code: str
    label_id: str
    label_en: str
    dated: str                     # INTAKE | EVENT
    labels: str                    # a code list name, or one of the @ sources
    multi: bool = False
    valued: bool = False           # facts carry a number (days, rupiah) besides the count
    codes: tuple[tuple[str, str, str], ...] = field(default=())  # (code, label_id, label_en)
    cite: str = ""


def _d(*args, **kwargs) -> Dimension:
    return Dimension(*args, **kwargs)


DIMENSIONS: tuple[Dimension, ...] = (
    # -- who came in (dated by intake) -------------------------------------------------------
    _d("kasus", "Kasus dan korban", "Cases and victims", INTAKE, FIXED,
       codes=(("BARU", "Kasus baru", "New cases"),), cite="001:288-302"),
    _d("kewarganegaraan", "Kewarganegaraan", "Citizenship", INTAKE, "country"),
    _d("modus", "Modus", "Modus", INTAKE, "modus", multi=True, cite="002:111-117"),
    _d("eksploitasi", "Bentuk eksploitasi", "Type of exploitation", INTAKE, "tppo_purpose",
       multi=True),
    _d("cara", "Cara (unsur TPPO)", "Means (TPPO element)", INTAKE, "tppo_means", multi=True),
    _d("jalur_masuk", "Jalur pengaduan", "Intake channel", INTAKE, "intake_channel"),
    _d("status_korban", "Status korban", "Victim status", INTAKE, "victim_status"),
    _d("asal_provinsi", "Provinsi asal", "Province of origin", INTAKE, REGIONS),
    _d("asal_kabupaten", "Kabupaten/kota asal", "Regency of origin", INTAKE, REGIONS),
    _d("tujuan_negara", "Negara tujuan", "Country of destination", INTAKE, "country",
       multi=True),
    _d("tujuan_provinsi", "Provinsi tujuan", "Province of destination", INTAKE, REGIONS,
       multi=True),
    _d("lingkup", "Lingkup", "Scope", INTAKE, FIXED,
       codes=(("DALAM_NEGERI", "Dalam negeri", "Domestic"),
              ("ANTAR_NEGARA", "Antarnegara", "Transnational"))),
    _d("tempat_kejadian", "Tempat kejadian", "Place of incident", INTAKE, "incident_place",
       multi=True),
    _d("hubungan_pelaku", "Hubungan pelaku dengan korban", "Perpetrator's relation to victim",
       INTAKE, "perpetrator_relation", multi=True),
    _d("umur_eksploitasi", "Umur saat dieksploitasi", "Age at exploitation", INTAKE, FIXED,
       valued=True, codes=(("UMUR", "Umur (tahun)", "Age (years)"),)),
    _d("perekrutan", "Cara perekrutan", "Recruitment tactic and channel", INTAKE,
       "recruitment_tactic", multi=True, cite="004:51-57"),
    # SIMFONI-PPA's form of violence (simfoni.SimfoniMap.violence over modus and purposes): a
    # dimension of its own, as distinct cases per form cannot be summed from the modus rows.
    _d("simfoni_bentuk", "Bentuk kekerasan (SIMFONI-PPA)", "Form of violence (SIMFONI-PPA)",
       INTAKE, "simfoni_violence", multi=True),
    _d("tahap", "Tahap saat ini", "Current stage", INTAKE, STAGES),
    _d("status_kasus", "Status kasus", "Case status", INTAKE, FIXED,
       codes=(("AKTIF", "Aktif", "Active"), ("DITUTUP", "Ditutup", "Closed"),
              ("DIPINDAHKAN", "Dipindahkan", "Transferred"))),
    _d("berulang", "Korban berulang (diperdagangkan kembali)", "Re-trafficked victims", INTAKE,
       FIXED, codes=(("ULANG", "Pernah tercatat sebagai korban", "Registered before"),)),
    # -- what happened (dated by the event) ---------------------------------------------------
    _d("layanan", "Layanan per jalur", "Services by track", EVENT, TRACKS, multi=True,
       cite="001:3392-3399"),
    _d("layanan_jenis", "Jenis layanan", "Kind of service", EVENT, FORMS, multi=True),
    _d("rehsos_tempat", "Rehabilitasi sosial: tempat", "Social rehabilitation: setting", EVENT,
       FIXED, multi=True,
       codes=(("DI_DALAM_PANTI", "Di dalam panti", "Inside a panti"),
              ("DI_LUAR_PANTI", "Di luar panti", "Outside a panti")), cite="000:385"),
    _d("visum", "Visum et repertum", "Medico-legal examination (visum)", EVENT, FIXED,
       multi=True, codes=(("DIMINTA", "Diminta", "Requested"), ("TERBIT", "Terbit", "Issued")),
       cite="000:362"),
    _d("rujukan_lembaga", "Rujukan per lembaga", "Referrals by institution", EVENT,
       INSTITUTIONS, multi=True),
    _d("rujukan_tingkat", "Rujukan per tingkat", "Referrals by level", EVENT,
       "institution_level", multi=True, cite="000:354-355"),
    _d("pemulangan", "Pemulangan", "Repatriation", EVENT, FIXED, multi=True,
       codes=(("TIBA", "Dipulangkan (tiba)", "Repatriated (arrived)"),
              ("JENAZAH", "Pemulangan jenazah", "Repatriation of remains"),
              ("DIBATALKAN", "Dibatalkan", "Cancelled")), cite="003:191"),
    _d("reintegrasi", "Reintegrasi", "Reintegration", EVENT, FIXED, multi=True,
       codes=(("RENCANA", "Rencana reintegrasi", "Reintegration plan"),
              ("PAKET_EKONOMI", "Pemberdayaan ekonomi", "Economic empowerment"),
              ("PENDIDIKAN", "Pendidikan anak", "Children's education"),
              ("SELESAI", "Reintegrasi selesai", "Reintegration completed"))),
    _d("hukum", "Proses hukum", "Legal process", EVENT, FIXED, multi=True,
       codes=(("LAPORAN_POLISI", "Laporan polisi", "Police report"),
              ("PENYIDIKAN", "Penyidikan", "Investigation"),
              ("PENUNTUTAN", "Penuntutan", "Prosecution"),
              ("PUTUSAN", "Putusan pengadilan", "Court verdict"),
              ("PUTUSAN_DIHUKUM", "Putusan: terdakwa dihukum", "Verdict: convicted"),
              ("INKRACHT", "Berkekuatan hukum tetap", "Final and binding"),
              ("RESTITUSI_DIAJUKAN", "Restitusi diajukan", "Restitution claimed"),
              ("RESTITUSI_DIKABULKAN", "Restitusi dikabulkan", "Restitution granted"),
              ("RESTITUSI_DIBAYAR", "Restitusi dibayar", "Restitution paid")),
       cite="000:468"),
    _d("hambatan", "Hambatan", "Obstacles", EVENT, "obstacle_category", multi=True),
    _d("tahap_dicapai", "Waktu sejak pengaduan sampai tahap", "Days from intake to stage",
       EVENT, STAGES, multi=True, valued=True),
    # SIMFONI-PPA's services (simfoni.SimfoniMap.services per record, Pengaduan on the intake
    # day): distinct cases per SIMFONI service, which the per-track counts cannot give.
    _d("simfoni_layanan", "Layanan (SIMFONI-PPA)", "Services (SIMFONI-PPA)", EVENT,
       "simfoni_service", multi=True),
)

BY_CODE: dict[str, Dimension] = {d.code: d for d in DIMENSIONS}


def dimension(code: str) -> Dimension:
    return BY_CODE[code]
