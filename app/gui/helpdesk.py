"""Helpdesk mode: a technical log (commands, timings, errors; never the package list) and the register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.register import Register, Row
from app.gui.pages.base import set_text

_Index = QModelIndex | QPersistentModelIndex
LOG_LINES = 2000


class HistoryModel(QAbstractTableModel):
    """The register's rows, newest first."""

    FIELDS = ("checked_at", "person", "employee_id", "helpdesk_agent", "model", "ownership", "status", "receipt_path")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.checked_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.FIELDS):
            return None
        names = (
            QCoreApplication.translate("HistoryModel", "Date"),
            QCoreApplication.translate("HistoryModel", "Person"),
            QCoreApplication.translate("HistoryModel", "Employee no."),
            QCoreApplication.translate("HistoryModel", "Agent"),
            QCoreApplication.translate("HistoryModel", "Phone"),
            QCoreApplication.translate("HistoryModel", "Ownership"),
            QCoreApplication.translate("HistoryModel", "Result"),
            QCoreApplication.translate("HistoryModel", "Receipt"),
        )
        return names[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.FIELDS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(self._rows[index.row()], self.FIELDS[index.column()])
            return "" if value is None else str(value)
        return None


class HelpdeskPanel(QTabWidget):
    """The helpdesk dock: a Log tab and a History tab with filter and CSV export."""

    def __init__(self, register_factory: Any = Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register_factory = register_factory
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(LOG_LINES)
        self.log_view.setAccessibleName("technical log")
        history = QWidget()
        layout = QVBoxLayout(history)
        row = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter = QLineEdit()
        self.filter_label.setBuddy(self.filter)
        self.export_button = QPushButton()
        self.refresh_button = QPushButton()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.addTab(self.log_view, "")
        self.addTab(history, "")
        self.export_button.clicked.connect(self._export)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()

    def append_log(self, line: str) -> None:
        self.log_view.appendPlainText(line)

    def refresh(self) -> None:
        try:
            rows = self._register_factory().history()
        except Exception as exc:  # a broken register must not break the check
            self.append_log(f"register: {type(exc).__name__}: {exc}")
            rows = []
        self.model.set_rows(rows)

    def export_csv(self, path: str) -> int:
        count: int = self._register_factory().export_csv(path)
        self.append_log(f"register: {count} rows exported to {path}")
        return count

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"), "register.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Log"))
        self.setTabText(1, self.tr("History"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setAccessibleName(self.tr("Filter the history"))
        set_text(self.export_button, self.tr("E&xport CSV…"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the history"))

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
