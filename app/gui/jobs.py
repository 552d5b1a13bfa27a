"""One worker mechanism for all phone work: a Job runs on a worker thread and reports by signals.

Jobs are QObjects that live on the GUI thread; their ``work`` executes on a worker thread and their
signals are therefore delivered to GUI slots as queued calls. The window never waits on a phone.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


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


def _run(job: Job, log: Callable[[str], None]) -> None:
    try:
        result = job.work()
    except BaseException as exc:  # every failure must reach the window, never kill the thread silently
        from app.device.errors import DeviceError

        if not isinstance(exc, DeviceError):
            log(f"{job.name}: unexpected {type(exc).__name__}: {''.join(traceback.format_exception(exc))}")
        job.failed.emit(exc)
    else:
        job.succeeded.emit(result)
    finally:
        job.done.emit()


class JobRunner(QObject):
    """Runs each job on its own daemon thread and keeps it alive until it is done.

    Daemon threads, not a QThreadPool: a connection waiting for "Allow USB debugging?" can block
    for its whole timeout, and the window must still close at once (a pool's destructor would
    wait for it). Phone commands and receipt writes are safe to abandon: the phone finishes what
    it started, and receipts are written atomically.
    """

    log = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[Job, threading.Thread] = {}
        self._lock = threading.Lock()

    def start(self, job: Job) -> Job:
        thread = threading.Thread(target=_run, args=(job, self.log.emit), name=f"job-{job.name}", daemon=True)
        with self._lock:
            self._jobs[job] = thread
        job.done.connect(lambda j=job: self._forget(j))
        thread.start()
        return job

    def _forget(self, job: Job) -> None:
        with self._lock:
            self._jobs.pop(job, None)

    def running(self) -> list[Job]:
        with self._lock:
            return [j for j, t in self._jobs.items() if t.is_alive()]

    def busy(self) -> bool:
        return any(j.name != "detect" for j in self.running())

    def cancel_all(self) -> None:
        for job in self.running():
            job.cancel()

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Cancel everything and give the jobs a moment to end: used when the window closes."""
        self.cancel_all()
        with self._lock:
            threads = list(self._jobs.values())
        deadline = time.monotonic() + timeout_s
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in threads)
