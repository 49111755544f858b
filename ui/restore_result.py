"""What a finished restore tells the user: where the vault is and that its log verified."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets import heading, muted


def _value(text: str = "", mono: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
    return label


class RestoreResult(QWidget):
    """Filled from a ``RestoreReport``; holds no personal data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreResult")
        self.folder = _value()
        self.folder.setObjectName("restoredFolder")
        self.audit = _value()
        self.audit.setObjectName("restoredAudit")
        self.anchor = _value(mono=True)
        self.anchor.setObjectName("restoredAnchor")
        self.old_vault = _value()
        self.old_vault.setObjectName("replacedVault")
        self.erased = _value()
        self.erased.setObjectName("erasedSinceBackup")
        self.erased.setStyleSheet("color: #a4262c;")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Vault:"), self.folder)
        self.form.addRow(self.tr("Audit log:"), self.audit)
        self.form.addRow(self.tr("Check number (controlegetal):"), self.anchor)
        self.form.addRow(self.tr("Previous vault kept as:"), self.old_vault)
        self.form.addRow(self.tr("Erased since the backup:"), self.erased)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("The backup has been restored"), 2))
        layout.addWidget(
            muted(
                self.tr(
                    "Everything in the backup was checked before the vault was put in place: "
                    "the files, the encrypted database and the audit log."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(
            muted(
                self.tr(
                    "Compare the check number with the one noted when the backup was made. "
                    "Restoring is itself recorded in the vault's audit log."
                )
            )
        )
        layout.addStretch(1)

    def show_report(self, report) -> None:
        self.folder.setText(str(report.folder))
        self.audit.setText(
            QCoreApplication.translate(
                "RestoreResult",
                "Verified: %n entry(s), complete and unchanged.",
                None,
                report.audit_entries,
            )
        )
        self.anchor.setText(str(report.anchor))
        replaced = report.replaced_old_vault_at
        self.old_vault.setText(str(replaced) if replaced else "")
        self.form.setRowVisible(self.old_vault, replaced is not None)
        erased = len(getattr(report, "erased_since_backup", ()))
        self.erased.setText(
            QCoreApplication.translate(
                "RestoreResult",
                "%n dossier(s) that had been erased are back from the backup. Erase them "
                "again under Retention; the audit log names them.",
                None,
                erased,
            )
        )
        self.form.setRowVisible(self.erased, erased > 0)
