"""The check's state and every phone operation, as slots and signals (no widgets here).

The window asks, the controller runs a Job and answers by signal. It owns the one phone session
of a check, so a removal and the scan that verifies it happen on the same connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.assessment import Assessment, assess
from app.core.inventory import Inventory
from app.core.policy import Policy
from app.core.remediation import ActionRecord, PlannedRemoval
from app.core.scope import Ownership, Signals, signals_from
from app.device.discovery import FoundDevice, list_devices
from app.device.errors import DeviceError
from app.gui.jobs import FunctionJob, Job, JobRunner

DETECT_INTERVAL_MS = 1000


@dataclass
class CheckState:
    """Everything one check has learnt; reset by "Check another phone" (except the helpdesk agent)."""

    device: FoundDevice | None = None
    inventory_probe: Inventory | None = None
    signals: Signals | None = None
    ownership: Ownership | None = None
    assessment: Assessment | None = None
    first_assessment: Assessment | None = None
    actions: list[ActionRecord] = field(default_factory=list)
    advisory_acknowledged_by: str | None = None
    advisory_acknowledged_at: datetime | None = None
    receipt: dict[str, Any] | None = None
    receipt_paths: tuple[str, str] | None = None


def demo_devices(profile: str) -> Callable[[], list[FoundDevice]]:
    """The device list of demo mode: one simulated phone, always present."""
    return lambda: [FoundDevice(f"demo:{profile}", "demo", None, "device", None)]


class CheckController(QObject):
    """Runs a check. Signals carry plain core objects; widgets decide how to show them."""

    devices_changed = Signal(list)
    auth_prompt = Signal()
    connected = Signal(object)  # FoundDevice
    connect_failed = Signal(object)
    probed = Signal(object)  # Signals
    probe_failed = Signal(object)
    scan_progress = Signal(str, float)
    scan_finished = Signal(object)  # Assessment
    scan_failed = Signal(object)
    removal_progress = Signal(object)  # ActionRecord
    removal_finished = Signal(list)
    removal_failed = Signal(object)
    settings_opened = Signal(object)  # ActionRecord
    settings_failed = Signal(object)
    log = Signal(str)

    def __init__(
        self,
        policy: Policy,
        *,
        device_source: Callable[[], list[FoundDevice]] = list_devices,
        auth_timeout_s: float = 45.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.device_source = device_source
        self.auth_timeout_s = auth_timeout_s
        self.state = CheckState()
        self.runner = JobRunner(self)
        self.runner.log.connect(self.log)
        self._session: Any = None
        # Bumped by every new connection and by "Next phone": a job started for an older check
        # has its result dropped, so nothing of the last phone lands in the next person's receipt.
        self._generation = 0
        self._session_lock = threading.Lock()
        self._detecting = False
        self._devices: list[FoundDevice] = []
        self._timer = QTimer(self)
        self._timer.setInterval(DETECT_INTERVAL_MS)
        self._timer.timeout.connect(self._detect_once)

    # --- detection -------------------------------------------------------------------------

    def start_detection(self) -> None:
        self._detect_once()
        self._timer.start()

    def stop_detection(self) -> None:
        self._timer.stop()

    @property
    def devices(self) -> list[FoundDevice]:
        return list(self._devices)

    def _detect_once(self) -> None:
        if self._detecting:
            return
        self._detecting = True
        job = FunctionJob("detect", lambda _job: self.device_source())
        job.succeeded.connect(self._on_devices)
        job.done.connect(self._on_detect_done)
        self.runner.start(job)

    def _on_detect_done(self) -> None:
        self._detecting = False

    def _on_devices(self, found: list[FoundDevice]) -> None:
        if found != self._devices:
            self._devices = list(found)
            self.devices_changed.emit(list(found))

    # --- connection ------------------------------------------------------------------------

    def _start(self, job: Job, on_success: Callable[[Any], None], on_failure: Callable[[Any], None]) -> Job:
        """Start ``job`` for the current check; its answer is dropped if the check has moved on."""
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation == self._generation and not job.cancel_event.is_set():
                on_success(result)

        def failed(exc: Any) -> None:
            if generation == self._generation and not job.cancel_event.is_set():
                on_failure(exc)

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        return self.runner.start(job)

    def connect_device(self, device: FoundDevice) -> Job:
        """Open the phone (the "Allow USB debugging?" prompt may show), then probe its signals."""
        self._generation += 1
        generation = self._generation
        self.runner.cancel_all()
        self.close_session()
        self.state.device = device

        def work(job: Job) -> Any:
            from app.device.transports import open_session

            session = open_session(
                device.device,
                log=self.log.emit,
                auth_timeout_s=self.auth_timeout_s,
                on_auth_prompt=lambda: job.report("auth_prompt", 0.5),
            )
            with self._session_lock:
                if job.cancel_event.is_set() or generation != self._generation:
                    session.close()  # another phone was chosen meanwhile: never keep two open
                    from app.device.reader import ScanCancelled

                    raise ScanCancelled()
                self._session = session
            return device

        job = FunctionJob("connect", work)
        job.progress.connect(self._on_connect_progress)
        return self._start(job, self._on_connected, self.connect_failed.emit)

    def _on_connect_progress(self, step: str, _fraction: float) -> None:
        if step == "auth_prompt":
            self.auth_prompt.emit()

    def _on_connected(self, device: FoundDevice) -> None:
        self.connected.emit(device)
        self.probe()

    def probe(self) -> Job:
        """Read identity, users and owners: what the ownership page shows beside the question."""

        def work(_job: Job) -> Any:
            from app.device.reader import probe

            identity, users, owners = probe(self._require_session())
            return Inventory(identity=identity, users=users, owners=owners)

        job = FunctionJob("probe", work)
        return self._start(job, self._on_probed, self._on_phone_failed(self.probe_failed))

    def _on_probed(self, inventory: Inventory) -> None:
        self.state.inventory_probe = inventory
        self.state.signals = signals_from(inventory)
        self.probed.emit(self.state.signals)

    def _require_session(self) -> Any:
        with self._session_lock:
            if self._session is None:
                from app.device.errors import DisconnectedError

                raise DisconnectedError()
            return self._session

    def _on_phone_failed(self, signal: Any) -> Callable[[object], None]:
        def handler(exc: object) -> None:
            # A lost connection cannot be reused: the next attempt reconnects from scratch.
            if isinstance(exc, DeviceError) and exc.code in ("disconnected", "timeout", "garbled_output"):
                self.close_session()
            signal.emit(exc)

        return handler

    def close_session(self) -> None:
        with self._session_lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()

    @property
    def has_session(self) -> bool:
        return self._session is not None

    # --- scan, removal ---------------------------------------------------------------------

    def scan(self, ownership: Ownership) -> Job:
        self.state.ownership = ownership
        wanted = [a.package for a in self.policy.apps]

        def work(job: Job) -> Any:
            from app.device.reader import read_inventory

            inventory = read_inventory(self._require_session(), wanted, progress=job.report, cancel=job.cancel_event)
            return assess(inventory, self.policy, ownership, checked_at=datetime.now(UTC))

        job = FunctionJob("scan", work)
        job.progress.connect(self.scan_progress)
        return self._start(job, self._on_scanned, self._on_phone_failed(self.scan_failed))

    def _on_scanned(self, assessment: Assessment) -> None:
        if self.state.first_assessment is None:
            self.state.first_assessment = assessment
        self.state.assessment = assessment
        self.scan_finished.emit(assessment)

    def remove(self, plan: list[PlannedRemoval], *, confirmed: bool) -> Job:
        """Remove exactly ``plan``; ``confirmed`` is the person's explicit yes from the dialog."""

        def work(job: Job) -> Any:
            from app.device.removal import remove

            return remove(self._require_session(), plan, confirmed=confirmed, on_action=self.removal_progress.emit)

        job = FunctionJob("remove", work)
        return self._start(job, self._on_removed, self._on_phone_failed(self.removal_failed))

    def _on_removed(self, records: list[ActionRecord]) -> None:
        self.state.actions.extend(records)
        self.removal_finished.emit(records)

    def open_settings(self, package: str) -> Job:
        def work(_job: Job) -> Any:
            from app.device.removal import open_settings

            return open_settings(self._require_session(), package)

        job = FunctionJob("open_settings", work)
        return self._start(job, self.settings_opened.emit, self._on_phone_failed(self.settings_failed))

    # --- advisory, reset, shutdown ---------------------------------------------------------

    def acknowledge_advisory(self, name: str) -> None:
        self.state.advisory_acknowledged_by = name
        self.state.advisory_acknowledged_at = datetime.now(UTC)

    def reset(self) -> None:
        """Forget the phone and the result (the helpdesk agent's name lives in the window)."""
        self._generation += 1
        self.runner.cancel_all()
        self._detecting = False
        self.close_session()
        self.state = CheckState()
        self._devices = []  # so the next detection reports the phones again, to a fresh page

    def shutdown(self) -> None:
        """Stop polling, cancel jobs, close the phone: the window is closing, maybe mid-scan."""
        self.stop_detection()
        self._generation += 1
        self.runner.cancel_all()
        self.close_session()  # breaks any read in progress, so the worker ends promptly
        self.runner.shutdown()
