"""The one window of the check: a stack of pages, the route between them, menus and helpdesk mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.gui.i18n import set_language
from app.gui.pages.base import Page
from app.gui.pages.welcome import LANGUAGES, WelcomePage
from app.gui.settings import load_settings, save_settings
from app.resources import resource_path

if TYPE_CHECKING:
    from app.core.assessment import Assessment
    from app.core.remediation import ActionRecord
    from app.device.discovery import FoundDevice
    from app.gui.controller import CheckController
    from app.gui.jobs import Job

# Everything but the Welcome page is built just after the first paint (or when first needed): the
# window shows in about the time a bare Qt window takes, and the rest is ready before anyone clicks.
_LAZY = frozenset(
    {
        "controller",
        "connect_page",
        "ownership",
        "scan_page",
        "result",
        "removal",
        "advisory",
        "receipt",
        "finish",
        "pages",
        "helpdesk_panel",
        "dock",
    }
)


class MainWindow(QMainWindow):
    """Routes the person through the pages; every phone operation goes through the controller.

    Signals:
        receipt_saved(object): (receipt dict, json path, pdf path) once a receipt is written.
    """

    receipt_saved = Signal(object)

    def __init__(
        self,
        controller: CheckController | Callable[[], CheckController],
        *,
        fingerprint: str = "",
        helpdesk: bool = False,
        lang: str = "en",
        receipt_dir: Path | None = None,
        load_fingerprint: bool = False,
    ) -> None:
        super().__init__()
        self._controller_source = controller
        self._fingerprint = fingerprint
        self._load_fingerprint = load_fingerprint
        self._built = False
        self.lang = lang
        self.receipt_dir = receipt_dir
        self.settings = load_settings()
        self.agent_name: str = str(self.settings.get("agent", ""))
        self.include_advisory_removal = False
        self.helpdesk = False
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.resize(980, 700)
        self.setMinimumSize(760, 560)

        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.steps = QListWidget()
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.steps.setFixedWidth(190)
        self.steps.setStyleSheet(
            "QListWidget { background: #F5F7FA; border: none; padding-top: 12px; }"
            "QListWidget::item { padding: 8px 10px; color: #546E7A; }"
        )
        self.steps.setAccessibleName("steps of the check")
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.steps)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.agent_label = QLabel()
        self.statusBar().addPermanentWidget(self.agent_label)
        self._build_menus()
        self.welcome.language_chosen.connect(self.change_language)
        self.welcome.primary_requested.connect(lambda: self.go(self.connect_page))
        self.welcome.set_language(lang)
        self._wants_helpdesk = helpdesk or bool(self.settings.get("helpdesk", False))
        if self._wants_helpdesk:
            self._build_rest()  # the helpdesk dock is on screen from the start
        self.retranslate()
        self.go(self.welcome)

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: a page not built yet is built on first use.
        if name in _LAZY and not self.__dict__.get("_building", False):
            self._build_rest()
            return object.__getattribute__(self, name)
        raise AttributeError(name)

    def _build_rest(self) -> None:
        """Build the other pages, the helpdesk panel and the controller, and wire them (once)."""
        if self.__dict__.get("_built") or self.__dict__.get("_building") or self.__dict__.get("_closing"):
            return
        self._building = True
        try:
            self._build_pages()
        finally:
            self._building = False
        self._built = True
        self.set_helpdesk(self._wants_helpdesk)
        self.retranslate()
        if self._load_fingerprint:
            self._start_key_job()

    def _build_pages(self) -> None:
        from app.gui.helpdesk import HelpdeskPanel
        from app.gui.pages.advisory import AdvisoryPage
        from app.gui.pages.connect import ConnectPage
        from app.gui.pages.finish import FinishPage
        from app.gui.pages.ownership import OwnershipPage
        from app.gui.pages.receipt import ReceiptPage
        from app.gui.pages.removal import RemovalPage
        from app.gui.pages.result import ResultPage
        from app.gui.pages.scan import ScanPage

        source = self._controller_source
        self.controller = source if isinstance(source, QObject) else source()
        self.connect_page = ConnectPage(self._fingerprint)
        self.ownership = OwnershipPage()
        self.scan_page = ScanPage()
        self.result = ResultPage()
        self.removal = RemovalPage()
        self.advisory = AdvisoryPage()
        self.receipt = ReceiptPage()
        self.finish = FinishPage()
        self.pages: list[Page] = [
            self.welcome,
            self.connect_page,
            self.ownership,
            self.scan_page,
            self.result,
            self.removal,
            self.advisory,
            self.receipt,
            self.finish,
        ]
        for page in self.pages[1:]:
            self.stack.addWidget(page)
        self.helpdesk_panel = HelpdeskPanel()
        self.dock = QDockWidget()
        self.dock.setObjectName("helpdesk")
        self.dock.setWidget(self.helpdesk_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self._wire()

    def _start_key_job(self) -> None:
        from app.gui.jobs import FunctionJob

        def load(_job: Any) -> str:
            from app.device.keys import load_or_create_key

            return load_or_create_key().fingerprint

        job = FunctionJob("key", load)
        job.succeeded.connect(self.connect_page.set_fingerprint)
        job.failed.connect(lambda exc: self.helpdesk_panel.append_log(f"key: {exc}"))
        self.controller.runner.start(job)

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu = self.menuBar().addMenu("")
        self.helpdesk_action = QAction(self, checkable=True)
        self.helpdesk_action.toggled.connect(self.set_helpdesk)
        self.view_menu.addAction(self.helpdesk_action)
        self.next_phone_action = QAction(self)
        self.next_phone_action.triggered.connect(self.next_phone)
        self.view_menu.addAction(self.next_phone_action)

    def set_helpdesk(self, on: bool) -> None:
        if on:
            self._build_rest()
        self._wants_helpdesk = on
        self.helpdesk = on
        if not self._built:
            self.next_phone_action.setVisible(False)
            return
        self.dock.setVisible(on)
        self.next_phone_action.setVisible(on)
        if self.helpdesk_action.isChecked() != on:
            self.helpdesk_action.setChecked(on)
        self.agent_label.setVisible(on and bool(self.agent_name))
        if on:
            self.helpdesk_panel.refresh()
        self.settings["helpdesk"] = on
        save_settings(self.settings)

    def change_language(self, code: str) -> None:
        self.lang = set_language(code)
        self.language_actions[code].setChecked(True)
        self.welcome.set_language(code)
        self.settings["lang"] = code
        save_settings(self.settings)
        if not self._built:
            return
        if self.result.assessment is not None:
            self.result.show_assessment(self.result.assessment, code, self.result.done_actions)
        if self.advisory.policy is not None:
            self.advisory.set_policy(self.advisory.policy, code)

    # --- wiring ----------------------------------------------------------------------------

    def _wire(self) -> None:
        from app.gui.texts import error_texts

        c = self.controller
        c.log.connect(self.helpdesk_panel.append_log)
        c.devices_changed.connect(self._on_devices)
        c.auth_prompt.connect(self.connect_page.show_prompt)
        c.connect_failed.connect(self.connect_page.show_error)
        c.probe_failed.connect(self._on_probe_failed)
        c.probed.connect(self._on_probed)
        c.scan_progress.connect(self.scan_page.set_step)
        c.scan_finished.connect(self._on_scanned)
        c.scan_failed.connect(self._on_scan_failed)
        c.removal_finished.connect(self._on_removed)
        c.removal_failed.connect(self._on_removal_failed)
        c.settings_failed.connect(lambda exc: self.removal.show_error(" ".join(error_texts(exc))))

        self.connect_page.back_requested.connect(lambda: self.go(self.welcome))
        self.connect_page.primary_requested.connect(self._connect)
        self.ownership.back_requested.connect(self._back_to_connect)
        self.ownership.primary_requested.connect(self._scan)
        self.scan_page.back_requested.connect(self._cancel_scan)
        self.result.back_requested.connect(lambda: self.go(self.ownership))
        self.result.primary_requested.connect(self._after_result)
        self.removal.back_requested.connect(lambda: self.go(self.result))
        self.removal.remove_confirmed.connect(lambda plan: self.controller.remove(plan, confirmed=True))
        self.removal.open_settings_requested.connect(self.controller.open_settings)
        self.removal.recheck_requested.connect(lambda: self._scan(rechecking=True))
        self.advisory.back_requested.connect(lambda: self.go(self.result))
        self.advisory.remove_anyway_requested.connect(self._remove_anyway)
        self.advisory.acknowledged.connect(self._on_acknowledged)
        self.receipt.back_requested.connect(self._back_from_receipt)
        self.receipt.save_requested.connect(self._save_receipt)
        self.receipt.finish_button.clicked.connect(lambda: self.go(self.finish))
        self.finish.primary_requested.connect(self.next_phone)

    def go(self, page: Page) -> None:
        self.stack.setCurrentWidget(page)
        page.on_enter()
        if self._built:
            if page is self.connect_page:
                self.controller.start_detection()
            else:
                self.controller.stop_detection()
        self._update_steps()
        page.first_focus().setFocus()

    def current_page(self) -> Page:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    # --- route ----------------------------------------------------------------------------

    def _on_devices(self, devices: list[FoundDevice]) -> None:
        self.connect_page.set_devices(devices)
        if self.current_page() is self.connect_page:
            self.connect_page.primary_button.setFocus()

    def _connect(self) -> None:
        device = self.connect_page.selected_device()
        if device is None:
            return
        self.connect_page.show_connecting()
        self.controller.connect_device(device)

    def _on_probed(self, signals: Any) -> None:
        self.ownership.set_signals(signals)
        if self.current_page() is self.connect_page:
            self.go(self.ownership)

    def _on_probe_failed(self, exc: object) -> None:
        self.connect_page.show_error(exc)
        self.go(self.connect_page)

    def _back_to_connect(self) -> None:
        self.controller.close_session()
        self.connect_page.set_devices(self.controller.devices)
        self.connect_page.state = "found" if self.connect_page.ready_devices() else "searching"
        self.connect_page.set_devices(self.controller.devices)
        self.go(self.connect_page)

    def _scan(self, rechecking: bool = False) -> None:
        own = self.ownership.ownership()
        if own is None:
            return
        self.scan_page.start(rechecking=rechecking)
        self.go(self.scan_page)
        self._scan_job: Job = self.controller.scan(own)

    def _cancel_scan(self) -> None:
        job = getattr(self, "_scan_job", None)
        if job is not None:
            job.cancel()
        self.go(self.ownership)

    def _on_scanned(self, assessment: Assessment) -> None:
        if self.current_page() is not self.scan_page:
            return  # cancelled meanwhile
        self.result.show_assessment(assessment, self.lang, self.controller.state.actions)
        self.go(self.result)

    def _on_scan_failed(self, exc: object) -> None:
        if getattr(exc, "code", "") == "cancelled":
            return
        # Nothing is lost: the answer to "who pays" stays, and the next attempt reconnects.
        self.helpdesk_panel.append_log(f"scan failed: {getattr(exc, 'code', type(exc).__name__)}")
        self.connect_page.show_error(exc)
        self.go(self.connect_page)

    def _after_result(self) -> None:
        from app.core.assessment import Status
        from app.core.remediation import plan_removal

        a = self.result.assessment
        if a is None:
            return
        if a.status is Status.NON_COMPLIANT:
            self.include_advisory_removal = False
            self.removal.set_plan(plan_removal(a))
            self.go(self.removal)
        elif a.status is Status.ADVISORY:
            self.advisory.set_policy(a.policy, self.lang)
            self.go(self.advisory)
        elif a.status is Status.UNDETERMINED:
            self.go(self.ownership)
        else:
            self._open_receipt()

    def _remove_anyway(self) -> None:
        from app.core.remediation import plan_removal

        a = self.result.assessment
        if a is None:
            return
        self.include_advisory_removal = True
        self.removal.set_plan(plan_removal(a, include_advisory=True))
        self.go(self.removal)

    def _on_removed(self, records: list[ActionRecord]) -> None:
        self.removal.show_actions(records)
        self._scan(rechecking=True)

    def _on_removal_failed(self, exc: object) -> None:
        from app.gui.texts import error_texts

        message, next_step = error_texts(exc)
        self.removal.show_error(f"{message} {next_step}")

    def _on_acknowledged(self, name: str) -> None:
        self.controller.acknowledge_advisory(name)
        self._open_receipt(name=name)

    def _open_receipt(self, name: str = "") -> None:
        self.receipt.reset(name=name, agent=self.agent_name if self.helpdesk else "", lang=self.lang)
        self.go(self.receipt)

    def _back_from_receipt(self) -> None:
        from app.core.assessment import Status

        a = self.result.assessment
        self.go(self.advisory if a is not None and a.status is Status.ADVISORY else self.result)

    def _save_receipt(self, values: dict[str, Any]) -> None:
        from app.core.scope import ScopeValue
        from app.gui.jobs import FunctionJob

        a = self.controller.state.assessment
        if a is None:
            return
        state = self.controller.state
        out_dir = self.receipt_dir
        if out_dir is None:
            from app.cli_receipts import default_out_dir

            out_dir = default_out_dir() / "Phone Self-Check"
        if values.get("agent") and self.helpdesk:
            self.agent_name = values["agent"]
            self.settings["agent"] = self.agent_name
            save_settings(self.settings)
        out_of_scope = a.scope.value is ScopeValue.OUT_OF_SCOPE and bool(a.findings)
        advisory_text = self.advisory.advisory_text() if out_of_scope else None

        def work(_job: Job) -> Any:
            from app.gui.receipt_export import export_receipt

            return export_receipt(
                a,
                out_dir,
                name=values["name"],
                employee_id=values["employee_id"],
                helpdesk_agent=values["agent"],
                actions=list(state.actions),
                advisory_text=advisory_text,
                advisory_lang=self.lang,
                acknowledged=state.advisory_acknowledged_by is not None,
                acknowledged_at=state.advisory_acknowledged_at,
                lang=values["lang"],
            )

        job = FunctionJob("receipt", work)
        job.succeeded.connect(self._on_receipt_saved)
        job.failed.connect(self._on_receipt_failed)
        self.controller.runner.start(job)

    def _on_receipt_saved(self, result: tuple[dict[str, Any], Path, Path]) -> None:
        from app.gui.texts import status_headline

        receipt, json_path, pdf_path = result
        a = self.controller.state.assessment
        headline = status_headline(a.status) if a else ""
        self.receipt.show_saved(str(json_path), str(pdf_path), receipt["integrity"]["sha256"], headline)
        self.helpdesk_panel.append_log(f"receipt written: {json_path.name}")
        if self.helpdesk:
            self.helpdesk_panel.refresh()
        self.receipt_saved.emit(result)

    def _on_receipt_failed(self, exc: object) -> None:
        self.helpdesk_panel.append_log(f"receipt failed: {type(exc).__name__}: {exc}")
        self.receipt.show_error(
            self.tr(
                "The receipt could not be saved: {0}. Nothing was lost: try again, or choose another folder."
            ).format(exc)
        )

    def next_phone(self) -> None:
        """Reset everything but the helpdesk agent and start again at the connection step."""
        self.controller.reset()
        self.ownership.clear()
        self.result.assessment = None
        self.include_advisory_removal = False
        self.connect_page.state = "searching"
        self.connect_page.set_devices([])
        self.go(self.connect_page if self.helpdesk else self.welcome)

    # --- texts, closing ---------------------------------------------------------------------

    def _update_steps(self) -> None:
        current = self.current_page()
        index = 0
        if self._built:
            index = {
                self.welcome: 0,
                self.connect_page: 1,
                self.ownership: 2,
                self.scan_page: 3,
                self.result: 4,
                self.removal: 4,
                self.advisory: 4,
                self.receipt: 5,
                self.finish: 6,
            }[current]
        names = [
            self.tr("Welcome"),
            self.tr("Connect"),
            self.tr("Who pays"),
            self.tr("Check"),
            self.tr("Result"),
            self.tr("Receipt"),
            self.tr("Finish"),
        ]
        self.steps.clear()
        for i, name in enumerate(names):
            mark = "✓ " if i < index else ("▶ " if i == index else "    ")
            self.steps.addItem(mark + name)
            item = self.steps.item(i)
            if i == index:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.black)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phone Self-Check"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.view_menu.setTitle(self.tr("&View"))
        self.helpdesk_action.setText(self.tr("&Helpdesk mode"))
        self.next_phone_action.setText(self.tr("&Next phone"))
        if self._built:
            self.dock.setWindowTitle(self.tr("Helpdesk"))
        self.agent_label.setText(self.tr("Agent: {0}").format(self.agent_name))
        if self.stack.currentWidget() is not None:
            self._update_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Focus set before the window existed on screen does not stick: give it to the page's button.
        self.current_page().first_focus().setFocus()
        if not self._built:
            # After the first paint (a second hop lets the expose and paint events go first).
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._build_rest))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.__dict__.get("_built"):
            self.controller.shutdown()
        self.__dict__["_closing"] = True
        super().closeEvent(event)
