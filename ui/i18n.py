"""Load the translations: Dutch by default, English second (a setting).

Qt's own Dutch (qtbase_nl.qm, shipped with PySide6) lacks a few words of its
file dialog; ``ui/qt_texts.py`` lists those and our translation files carry
them. A file dialog of the system itself speaks the system's language: where
that is not the app's, Qt's own dialog is used instead (see
:func:`file_dialog_options`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog

from ui import settings
from ui.resources import i18n_dir

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the app's and Qt's own translations; returns the language used."""
    language = language or settings.get(settings.LANGUAGE)
    if language not in settings.LANGUAGES:
        language = settings.LANGUAGE.default
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"skot_dossier_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    locale = (
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if language == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    return language


def file_dialog_options() -> QFileDialog.Option:
    """The system's own file dialog only where it speaks the app's language."""
    if QLocale.system().language() == QLocale().language():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog
