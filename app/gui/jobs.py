"""One worker mechanism for all phone work: a Job runs in the thread pool and reports by signals.

Jobs are QObjects that live on the GUI thread; their ``run`` executes on a pool thread and their
signals are therefore delivered to GUI slots as queued calls. The window never waits on a phone.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    """A unit of phone work. Subclasses implement ``work``; it must not touch widgets.

    Signals:
        progress(str, float): a step code and how far along (0..1).
        succeeded(object): the result of ``work``.
        failed(object): the exception (a DeviceError for expected failures).
        done(): after succeeded or failed, always.
    """

    progress = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    name = "job"

    def __init__(self) -> None:
        super().__init__()
        self.cancel_event = threading.Event()

    def work(self) -> Any:  # runs on a pool thread
        raise NotImplementedError

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, step: str, fraction: float) -> None:
        self.progress.emit(step, fraction)


class FunctionJob(Job):
    """A job around a plain function; ``fn(job)`` may call ``job.report`` and check ``job.cancel_event``."""

    def __init__(self, name: str, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.name = name
        self._fn = fn

    def work(self) -> Any:
        return self._fn(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job, log: Callable[[str], None]) -> None:
        super().__init__()
        self.job = job
        self.log = log
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = job.work()
        except BaseException as exc:  # every failure must reach the window, never kill the thread silently
            from app.device.errors import DeviceError

            if not isinstance(exc, DeviceError):
                self.log(f"{job.name}: unexpected {type(exc).__name__}: {''.join(traceback.format_exception(exc))}")
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)
        finally:
            job.done.emit()


class JobRunner(QObject):
    """Starts jobs on a private thread pool and keeps them alive until they are done."""

    log = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # one for the phone, one for detection polling
        self._jobs: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._jobs.add(job)
        job.done.connect(lambda j=job: self._jobs.discard(j))
        self._pool.start(_Runnable(job, self.log.emit))
        return job

    def busy(self) -> bool:
        return any(j.name != "detect" for j in self._jobs)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the pool: used when the window closes mid-scan."""
        for job in list(self._jobs):
            job.cancel()
        return bool(self._pool.waitForDone(timeout_ms))
