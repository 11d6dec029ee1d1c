"""Words for routing and the return trip (ADR 0018): what became of each routed file at the
secretariat, what a return trip put on the stick, and the files a PPT's one-step import left
alone. Used by the PPT's Impor tab, the secretariat's screens and the command line."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication as T  # T.translate("route", …): lupdate finds it

from ...services.secretariat.return_trip import ReturnTrip
from ...services.secretariat.routing import RoutedFile
from ...services.sync.dto import ImportResult
from .texts import import_text, outcome_label


def route_reason_text(code: str) -> str:
    """Why the secretariat did not take a routed file (it stays on the stick)."""
    text = {
        "route_unknown_device": T.translate(
            "route", "Perangkat tujuan tidak terdaftar di sekretariat ini; berkas tidak "
                     "dibawa. Daftarkan kartu perangkat PPT tujuan lebih dulu."),
        "route_revoked_device": T.translate(
            "route", "Perangkat tujuan sudah dicabut; berkas untuknya tidak dibawa lagi. "
                     "Hubungi PPT pengirim: kasus perlu dipindahkan ke perangkat pengganti."),
        "route_not_ppt": T.translate(
            "route", "Perangkat tujuan bukan perangkat PPT; hanya pemindahan kasus antar-PPT "
                     "yang dibawa sekretariat."),
        "route_not_device": T.translate(
            "route", "Nama folder rute bukan ID perangkat; berkas di dalamnya tidak dibawa."),
        "route_not_bundle": T.translate(
            "route", "Berkas ini bukan bundel ppt-desk; tidak dibawa."),
        "too_large": T.translate(
            "route", "Berkas terlalu besar untuk sebuah bundel ppt-desk; tidak dibawa."),
    }.get(code)
    if text is None:
        return T.translate("route", "Berkas tidak dibawa (kode: {code}).").format(code=code)
    return text


def routed_text(found: RoutedFile) -> str:
    office = found.office_name or found.device_id
    if found.outcome == "taken":
        return T.translate("route", "Pemindahan kasus untuk {office} diterima untuk "
                                    "diteruskan (tanpa dibuka).").format(office=office)
    if found.outcome == "already_here":
        return T.translate("route", "Berkas untuk {office} sudah ada di sekretariat; "
                                    "salinan di flashdisk dihapus.").format(office=office)
    return route_reason_text(found.reason) + " " + T.translate(
        "route", "Berkas tetap di flashdisk.")


def trip_text(trip: ReturnTrip) -> str:
    """What went onto the stick for one PPT, in a sentence or two."""
    parts = [T.translate("route", "Untuk {office}: tanda terima").format(
        office=trip.office_name)]
    if trip.reference_version:
        parts.append(T.translate("route", "data rujukan versi {v}").format(
            v=trip.reference_version))
    if trip.transfers:
        parts.append(T.translate("route", "{n} pemindahan kasus").format(n=len(trip.transfers)))
    return ", ".join(parts) + "."


def file_outcome_label(outcome: str) -> str:
    """The outcome of one file of a one-step import."""
    return {"not_for_us": T.translate("route", "Bukan untuk perangkat ini"),
            "own": T.translate("route", "Kiriman perangkat ini")}.get(
        outcome, outcome_label(outcome))


def file_text(result: ImportResult) -> str:
    """What a one-step import did with one file."""
    if result.outcome == "not_for_us":
        return T.translate("route", "Bundel untuk kantor lain (kunci perangkat ini tidak "
                                    "dapat membukanya); dibiarkan di flashdisk tanpa "
                                    "diubah.")
    if result.outcome == "own":
        return T.translate("route", "Bundel yang ditulis perangkat ini sendiri (untuk "
                                    "provinsi atau PPT lain); dibiarkan di flashdisk.")
    if result.kind != "events":
        # The secretariat's chain (and a sending PPT's) runs through bundles for other
        # devices too: a gap before a receipt, reference data or a transfer is normal here.
        result = replace(result, notes=tuple(n for n in result.notes if n != "bundle_gap"))
    return import_text(result)
