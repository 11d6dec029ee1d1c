"""Handover and sharing dialogs against the real backend."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ppt_desk.gui.dialogs.case_access import HandoverDialog, ShareDialog
from ppt_desk.gui.widgets.check_list import CodeRole

from casework_gui_helpers import START, add_caseworker, new_case, sign_in, use_clock
from gui_helpers import make_ctx


def _staff(backend):
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    yosef = add_caseworker(backend, "yosef.p", "Yosef Pendamping")
    dina = add_caseworker(backend, "dina.p", "Dina Pendamping")
    gone = add_caseworker(backend, "lama.p", "Pendamping Lama")
    backend.users.update(gone.id, gone.display_name, frozenset({"PENDAMPING"}), False)
    add_caseworker(backend, "budi.admin", "Budi Admin", roles=("ADMIN",))
    return maria, yosef, dina


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_handover_to_another_caseworker_needs_a_note(qtbot, backend, runner, prefs):
    use_clock(backend)
    maria, yosef, dina = _staff(backend)
    case_id, _ = new_case(backend, "Maria Seran", START, assigned=maria.id)
    ctx = make_ctx(backend, runner, prefs)
    dialog = HandoverDialog(ctx, case_id, backend.cases.open(case_id).work)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.text() == "Pendamping sekarang: Maria Pendamping"
    # Active caseworkers and supervisors, not the current one, not inactive, not admin-only.
    assert _items(dialog.user) == ["— pilih —", "Admin Satu", "Dina Pendamping",
                                   "Yosef Pendamping"]
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Pilih pendamping baru." and dialog.isVisible()
    dialog.user.set_code(yosef.id)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Tulis catatan serah terima." and dialog.isVisible()
    qtbot.keyClicks(dialog.note, "Korban di rumah aman A; sidang 12 Juni.")
    with qtbot.waitSignal(ctx.bus.data_changed) as changed:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert changed.args[0].touches_case(case_id)
    assert dialog.result() == dialog.DialogCode.Accepted
    work = backend.cases.open(case_id).work
    assert work.assigned_user_id == yosef.id
    note = [r for r in work.records if r.kind == "serah_terima"]
    assert note and note[0].payload["catatan"] == "Korban di rumah aman A; sidang 12 Juni."

    # A caseworker the case is only shared with may not hand it over: the error is shown.
    backend.casework.share(case_id, maria.id, True)
    sign_in(backend, "maria.p")
    ctx = make_ctx(backend, runner, prefs)
    refused = HandoverDialog(ctx, case_id, backend.cases.open(case_id).work)
    qtbot.addWidget(refused)
    refused.user.set_code(dina.id)
    qtbot.keyClicks(refused.note, "Catatan")
    qtbot.mouseClick(refused.ok, Qt.MouseButton.LeftButton)
    assert refused.message.text() == ("Hanya pendamping kasus atau supervisor yang dapat "
                                      "menyerahkan kasus.")


def test_share_applies_only_the_changed_ticks(qtbot, backend, runner, prefs):
    use_clock(backend)
    maria, yosef, dina = _staff(backend)
    case_id, _ = new_case(backend, "Nur Aini", START, assigned=maria.id)
    ctx = make_ctx(backend, runner, prefs)

    def dialog() -> ShareDialog:
        d = ShareDialog(ctx, case_id, backend.cases.open(case_id).work)
        qtbot.addWidget(d)
        d.show()
        return d

    first = dialog()
    names = [first.users.item(r).text() for r in range(first.users.count())]
    assert names == ["Dina Pendamping", "Yosef Pendamping"]  # not Maria (hers), nor inactive
    assert "Maria Pendamping" in first.hint.text() and first.users.codes() == []
    first.users.setFocus()
    first.users.setCurrentRow(1)
    qtbot.keyClick(first.users, Qt.Key.Key_Space)
    assert first.changes() == [(yosef.id, True)]
    with qtbot.waitSignal(ctx.bus.data_changed):
        qtbot.mouseClick(first.ok, Qt.MouseButton.LeftButton)
    assert [u.id for u in backend.cases.open(case_id).work.shared_with] == [yosef.id]

    second = dialog()
    assert second.users.codes() == [yosef.id]
    second.users.set_checked(yosef.id, False)
    second.users.set_checked(dina.id, True)
    assert sorted(second.changes()) == sorted([(dina.id, True), (yosef.id, False)])
    qtbot.mouseClick(second.ok, Qt.MouseButton.LeftButton)
    assert second.result() == second.DialogCode.Accepted
    assert [u.id for u in backend.cases.open(case_id).work.shared_with] == [dina.id]
    assert second.result_changes.touches_case(case_id)

    third = dialog()  # nothing changed: closes without calling the backend
    seen = []
    ctx.bus.data_changed.connect(seen.append)
    qtbot.mouseClick(third.ok, Qt.MouseButton.LeftButton)
    assert third.result() == third.DialogCode.Accepted and seen == []
    assert third.users.item(0).data(CodeRole) == dina.id
