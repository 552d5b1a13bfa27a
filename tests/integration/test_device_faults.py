"""Bad phones get a clear sentence and a device-error exit, never a clean verdict."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.device import commands as cmd
from app.device import errors
from app.device.simulator import SimulatorServer, load_profile
from app.device.transports import open_session


def profile_file(tmp_path: Path, name: str, **overrides: Any) -> str:
    path = tmp_path / f"{name}.json"
    doc = {"schema": "phone-selfcheck/device-profile/1", "name": name, "extends": "service_tiktok", **overrides}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def scan_json(capsys: pytest.CaptureFixture[str], device: str) -> tuple[int, Any, str]:
    code = main(["scan", "--device", device, "--ownership", "service", "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        ({"drop_after_bytes": 4000}, "disconnected"),  # unplugged in the middle of the package list
        ({"drop_after_bytes": 0}, "disconnected"),  # unplugged right after connecting
        ({"garbage": True}, "garbled_output"),
        ({"bad_checksum": True}, "garbled_output"),
    ],
)
def test_faults_are_device_errors_with_a_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, faults: dict[str, Any], error: str
) -> None:
    device = "demo:" + profile_file(tmp_path, "faulty", faults=faults)
    code, doc, err = scan_json(capsys, device)
    assert code == 4
    assert doc == {"error": {"code": error, "message": doc["error"]["message"]}}
    assert "status" not in doc
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_slow_phone_still_gives_the_right_verdict(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    device = "demo:" + profile_file(tmp_path, "slow", faults={"slow_ms": 40})
    code, doc, _ = scan_json(capsys, device)
    assert (code, doc["status"]) == (1, "non_compliant")


def test_auth_refused_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    device = "demo:" + profile_file(tmp_path, "refuses", auth="prompt", prompt_answer="reject")
    code, doc, err = scan_json(capsys, device)
    assert (code, doc["error"]["code"]) == (4, "auth_refused")
    assert "Allow" in err


def test_auth_ignored_then_allowed() -> None:
    """The person does not answer the prompt, is told so, taps Allow, and the retry works."""
    server = SimulatorServer(load_profile("auth_prompt"), prompt_answer="ignore").start()
    try:
        prompts: list[float] = []
        started = time.monotonic()
        with pytest.raises(errors.AuthIgnoredError) as info:
            open_session(f"tcp:127.0.0.1:{server.port}", auth_timeout_s=0.5, on_auth_prompt=lambda: prompts.append(1))
        assert prompts == [1]
        assert time.monotonic() - started < 10
        assert "Allow" in info.value.sentence()
        server.prompt_answer = "accept"
        with open_session(f"tcp:127.0.0.1:{server.port}", auth_timeout_s=5) as session:
            assert session.run_one(cmd.getprop("ro.product.model")).output.strip() == "Pixel 7"
        # Once allowed, the key is trusted: the next connection asks nothing.
        server.prompt_answer = "ignore"
        with open_session(f"tcp:127.0.0.1:{server.port}", auth_timeout_s=0.5) as session:
            assert session.run_one(cmd.getprop("ro.product.model")).exit_code == 0
    finally:
        server.stop()


def test_nothing_listening_is_refused() -> None:
    server = SimulatorServer(load_profile("service_tiktok")).start()
    port = server.port
    server.stop()
    with pytest.raises(errors.ConnectionRefusedError_):
        open_session(f"tcp:127.0.0.1:{port}")


def test_a_flood_of_output_is_refused_not_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phone that answers with far more than any package list is stopped at the cap."""
    import app.device.session as session_mod

    monkeypatch.setattr(session_mod, "MAX_ANSWER_BYTES", 100_000)
    server = SimulatorServer(load_profile("hostile")).start()
    try:
        with open_session(f"tcp:127.0.0.1:{server.port}") as session, pytest.raises(errors.GarbledOutputError):
            session.run([cmd.list_packages(0)])
    finally:
        server.stop()


def test_a_package_list_cut_short_by_a_dying_pm_is_a_device_error() -> None:
    """pm killed part-way: the partial list for user 0 must not pass for a clean phone."""
    from app.core.inventory import DeviceIdentity, Inventory, OwnersInfo
    from app.core.parsers.packages import parse_package_list
    from app.device.reader import _Matcher

    inventory = Inventory(DeviceIdentity("x", "y", "14", 34, None), [], OwnersInfo(()))
    matcher = _Matcher(inventory, {"com.zhiliaoapp.musically"})
    with pytest.raises(errors.GarbledOutputError):
        matcher.add(0, parse_package_list("package:com.android.phone\n"), exit_code=137)
    matcher.add(10, parse_package_list("package:com.android.phone\n"), exit_code=137)
    assert inventory.users_unreadable == [10] and inventory.users_scanned == []
