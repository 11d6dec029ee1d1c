"""The interface language: Indonesian is the source language, English comes from a .qm file."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import TRANSLATIONS

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
_state: dict[str, object] = {"lang": "id", "translator": None}


def current_language() -> str:
    return str(_state["lang"])


def install_translator(lang: str) -> str:
    """Switch the app's translator; returns the language actually in use."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None and app is not None:
        app.removeTranslator(old)
        _state["translator"] = None
    lang = lang if lang in LANGUAGES else "id"
    if lang == "en" and app is not None:
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / "ppt_desk_en.qm")):
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            log.warning("English translation file missing; staying in Indonesian")
            lang = "id"
    _state["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en"
                               else QLocale.Language.Indonesian))
    return lang
