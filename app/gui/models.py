"""Item models for the window's tables: the findings of a check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.core.assessment import ACTION_NONE, Finding
from app.gui.texts import where_text

_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """One row per banned app per user: app, where, version, what must happen."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                QCoreApplication.translate("FindingsModel", "App"),
                QCoreApplication.translate("FindingsModel", "Where"),
                QCoreApplication.translate("FindingsModel", "Version"),
                QCoreApplication.translate("FindingsModel", "What to do"),
            )[section]
            if 0 <= section < self.COLUMNS
            else None
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f.package
        return None

    @staticmethod
    def _text(f: Finding, column: int) -> str:
        if column == 0:
            return f.app
        if column == 1:
            return where_text(f.user, f.work_profile, f.system)
        if column == 2:
            return f.version_name or (str(f.version_code) if f.version_code is not None else "")
        if f.action == ACTION_NONE:
            return QCoreApplication.translate("FindingsModel", "Disabled: counts as removed")
        if f.required:
            return QCoreApplication.translate("FindingsModel", "Must be removed")
        if f.action == "confirm_ownership":
            return QCoreApplication.translate("FindingsModel", "Depends on who pays")
        return QCoreApplication.translate("FindingsModel", "Removal advised")
