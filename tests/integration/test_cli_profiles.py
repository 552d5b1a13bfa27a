"""Every simulated phone through the CLI, over real TCP with adb-shell's client: status, findings, exit codes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.cli import main

TIKTOK = "com.zhiliaoapp.musically"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    doc = json.loads(out) if out.strip().startswith("{") else None
    return code, doc, err


def scan(capsys: pytest.CaptureFixture[str], profile: str, ownership: str) -> tuple[int, Any]:
    code, doc, err = run(capsys, "scan", "--device", f"demo:{profile}", "--ownership", ownership, "--json")
    assert doc is not None, err
    return code, doc


def test_service_phone_with_tiktok_is_non_compliant(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "service_tiktok", "service")
    assert code == 1
    assert doc["schema"] == "phone-selfcheck/scan/1"
    assert doc["status"] == "non_compliant"
    assert doc["scope"]["value"] == "in_scope"
    assert doc["signals"]["management"] == "fully_managed"
    assert doc["signals"]["device_owner"] == "com.google.android.apps.work.clouddpc"
    assert doc["device"]["manufacturer"] == "Google"
    assert doc["device"]["model"] == "Pixel 7"
    assert doc["device"]["sdk"] == 34
    assert len(doc["device"]["serial_sha256"]) == 64
    assert doc["users_scanned"] == [0]
    assert doc["users_unreadable"] == []
    assert doc["packages_scanned"] >= 250
    [f] = doc["findings"]
    assert f["package"] == TIKTOK
    assert f["app"] == "TikTok"
    assert f["user"] == 0 and f["work_profile"] is False and f["system"] is False
    assert f["enabled"] is True and f["required"] is True
    assert f["action"] == "uninstall_for_user"
    assert f["version_code"] == 2023405030
    assert f["version_name"] == "34.0.5"
    assert f["installer"] == "com.android.vending"
    assert doc["policy"]["id"] == "be-federal-tiktok"
    assert doc["policy"]["review_overdue"] is False
    assert set(doc) == {
        "schema",
        "tool",
        "checked_at",
        "device",
        "policy",
        "ownership",
        "signals",
        "scope",
        "users_scanned",
        "users_unreadable",
        "packages_scanned",
        "findings",
        "status",
    }


def test_auto_on_a_device_owner_phone_is_in_scope(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "service_tiktok", "auto")
    assert (code, doc["status"], doc["scope"]["value"], doc["ownership"]) == (1, "non_compliant", "in_scope", "auto")


def test_declared_personal_on_a_managed_phone_is_advisory_with_a_mismatch(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "service_tiktok", "personal")
    assert (code, doc["status"]) == (2, "advisory")
    assert any("managed by an organisation" in r for r in doc["scope"]["reasons"])


def test_clean_personal_phone_is_compliant_despite_bytedance_decoys(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "clean_personal", "personal")
    assert (code, doc["status"], doc["findings"]) == (0, "compliant", [])
    assert doc["scope"]["value"] == "out_of_scope"
    code, doc = scan(capsys, "clean_personal", "auto")
    assert doc["scope"]["value"] == "undetermined" and doc["status"] == "compliant" and code == 0


def test_tiktok_lite_in_a_personal_work_profile_is_advisory(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "work_profile_lite", "auto")
    assert (code, doc["status"]) == (2, "advisory")
    assert doc["signals"]["management"] == "work_profile"
    assert doc["signals"]["work_profile_users"] == [10]
    assert doc["users_scanned"] == [0, 10]
    [f] = doc["findings"]
    assert (f["package"], f["user"], f["work_profile"], f["required"]) == ("com.tiktok.lite.go", 10, True, False)


def test_preinstalled_tiktok_on_a_service_phone(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "preloaded_stub", "service")
    assert (code, doc["status"]) == (1, "non_compliant")
    [f] = doc["findings"]
    assert f["system"] is True and f["installer"] is None and f["action"] == "uninstall_for_user"


def test_unreadable_secure_folder_makes_the_check_incomplete(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "secure_folder", "service")
    assert (code, doc["status"]) == (6, "incomplete")
    assert doc["users_unreadable"] == [150]
    assert doc["users_scanned"] == [0]
    assert doc["signals"]["work_profile_users"] == []


def test_android8_without_newer_pm_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "android8", "service")
    assert (code, doc["status"]) == (1, "non_compliant")
    assert doc["device"]["sdk"] == 26
    [f] = doc["findings"]
    assert f["package"] == TIKTOK


def test_hostile_phone_still_finds_tiktok_and_sends_nothing_odd(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = scan(capsys, "hostile", "service")
    assert (code, doc["status"]) == (1, "non_compliant")
    assert [f["package"] for f in doc["findings"]] == [TIKTOK]
    assert doc["packages_scanned"] >= 19_900  # a few hostile lines are not packages at all


@pytest.mark.parametrize(
    ("profile", "ownership", "removed_by"),
    [
        ("service_tiktok", "service", "pm uninstall --user 0 com.zhiliaoapp.musically"),
        ("preloaded_stub", "service", "pm uninstall --user 0 com.zhiliaoapp.musically"),
        ("android8", "service", "pm uninstall --user 0 com.zhiliaoapp.musically"),
        ("hostile", "service", "pm uninstall --user 0 com.zhiliaoapp.musically"),
    ],
)
def test_fix_reaches_compliant(
    capsys: pytest.CaptureFixture[str], profile: str, ownership: str, removed_by: str
) -> None:
    code, doc, err = run(capsys, "fix", "--device", f"demo:{profile}", "--ownership", ownership, "--yes", "--json")
    assert doc is not None, err
    assert (code, doc["status"], doc["findings"]) == (0, "compliant", [])
    assert doc["actions"] == [{"package": TIKTOK, "user": 0, "command": removed_by, "output": "Success", "ok": True}]


def test_fix_falls_back_to_disable_for_a_locked_preinstalled_app(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, err = run(
        capsys, "fix", "--device", "demo:preloaded_locked", "--ownership", "service", "--yes", "--json"
    )
    assert doc is not None, err
    assert [a["command"].split()[1] for a in doc["actions"]] == ["uninstall", "disable-user"]
    assert [a["ok"] for a in doc["actions"]] == [False, True]
    assert (code, doc["status"]) == (0, "compliant")
    [f] = doc["findings"]
    assert (f["enabled"], f["required"], f["system"], f["action"]) == (False, False, True, "none")


def test_fix_on_a_personal_phone_removes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, _ = run(
        capsys, "fix", "--device", "demo:work_profile_lite", "--ownership", "personal", "--yes", "--json"
    )
    assert (code, doc["status"], doc["actions"]) == (2, "advisory", [])


def test_fix_without_yes_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, err = run(capsys, "fix", "--device", "demo:service_tiktok", "--ownership", "service", "--json")
    assert code == 64
    assert doc["error"]["code"] == "usage"
    assert "--yes" in err


def test_fix_on_incomplete_phone_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, _ = run(capsys, "fix", "--device", "demo:secure_folder", "--ownership", "service", "--yes", "--json")
    assert (code, doc["status"], doc["actions"]) == (6, "incomplete", [])


def test_us_policy_flags_capcut_as_bytedance(capsys: pytest.CaptureFixture[str]) -> None:
    from app.resources import resource_path

    policy = str(resource_path("policies", "us-federal-bytedance.toml"))
    code, doc, err = run(
        capsys, "scan", "--device", "demo:clean_personal", "--ownership", "service", "--policy", policy, "--json"
    )
    assert doc is not None, err
    assert doc["policy"]["id"] != "be-federal-tiktok"
    assert "com.lemon.lvoverseas" in {f["package"] for f in doc["findings"]}
    assert (code, doc["status"]) == (1, "non_compliant")


@pytest.mark.parametrize(
    ("argv", "code", "error"),
    [
        (["scan", "--device", "bogus", "--ownership", "service", "--json"], 64, "bad_device"),
        (["scan", "--device", "demo:x", "--ownership", "whose", "--json"], 64, "usage"),
        (["scan", "--device", "tcp:127.0.0.1:1", "--ownership", "service", "--json"], 4, "refused"),
        (["frobnicate", "--json"], 64, "usage"),
    ],
)
def test_errors_are_one_sentence_and_a_json_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: int, error: str
) -> None:
    got, doc, err = run(capsys, *argv)
    assert got == code
    assert doc["error"]["code"] == error
    assert "Traceback" not in err and err.strip()


def test_a_broken_policy_file_exits_5(capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nversion = [\n', encoding="utf-8")
    code, doc, err = run(
        capsys, "scan", "--device", "demo:service_tiktok", "--ownership", "service", "--policy", str(bad), "--json"
    )
    assert code == 5
    assert doc["error"]["code"] == "policy"
    assert "bad.toml" in err


def test_an_unknown_simulated_profile_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, err = run(capsys, "scan", "--device", "demo:nope", "--ownership", "service", "--json")
    assert (code, doc["error"]["code"]) == (64, "bad_profile")
    assert "service_tiktok" in err  # the sentence names the profiles that exist


def test_devices_with_nothing_connected(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", "1")  # no adb server there; no USB phone on a CI machine
    code, doc, err = run(capsys, "devices", "--json")
    assert (code, doc["devices"], doc["error"]["code"]) == (4, [], "no_device")
    assert "No phone was found" in err


def test_debug_shows_the_traceback_and_plain_mode_does_not(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "scan", "--device", "tcp:127.0.0.1:1", "--ownership", "service")
    assert code == 4 and "Traceback" not in err
    code, _, err = run(capsys, "--debug", "scan", "--device", "tcp:127.0.0.1:1", "--ownership", "service")
    assert code == 4 and "Traceback" in err


def test_human_output_speaks_the_locale(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, _, _ = run(capsys, "scan", "--device", "demo:service_tiktok", "--ownership", "service")
    english = capsys.readouterr()
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    main(["scan", "--device", "demo:service_tiktok", "--ownership", "service"])
    dutch, _ = capsys.readouterr()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    main(["scan", "--device", "demo:service_tiktok", "--ownership", "service"])
    english, _ = capsys.readouterr()
    assert code == 1
    assert (
        english.splitlines()[0] == "A banned app is on this phone, and the ban covers this phone: it must be removed."
    )
    assert dutch.splitlines()[0] != english.splitlines()[0]
    assert "TikTok" in dutch


def test_nothing_hostile_ever_reaches_the_phone() -> None:
    """Scan and fix the hostile phone, then read the phone's own log of what it was asked to run."""
    import re

    from app.core.assessment import assess
    from app.core.policy import default_policy
    from app.core.remediation import plan_removal
    from app.core.scope import Ownership
    from app.device.commands import PACKAGE_NAME
    from app.device.reader import read_inventory
    from app.device.removal import remove
    from app.device.simulator import SimulatorServer, load_profile
    from app.device.transports import open_session

    policy = default_policy()
    server = SimulatorServer(load_profile("hostile")).start()
    try:
        with open_session(f"tcp:127.0.0.1:{server.port}") as session:
            a = assess(read_inventory(session, [p.package for p in policy.apps]), policy, Ownership.SERVICE)
            remove(session, plan_removal(a), confirmed=True)
        log = list(server.phone.command_log)
    finally:
        server.stop()
    assert log, "the phone's log is empty: the test would prove nothing"
    words = {w for line in log for w in str(line).split()}
    package_like = {
        w.removeprefix("package:") for w in words if "." in w and not w.startswith(("-", "ro.", "android."))
    }
    assert package_like <= set(policy.packages) | {"device_policy"}
    assert all(PACKAGE_NAME.fullmatch(p) for p in package_like if p in policy.packages)
    assert not any(
        re.search(r"[;$`|&<>]", str(line).replace("2>&1", "").replace("&&", ""))
        for line in log
        if "echo" not in str(line)
    )


def test_debug_without_a_command_still_opens_the_window_path(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["--debug", "gui"])
    assert args.command == "gui" and args.debug
    code, _doc, err = run(capsys, "scan", "--device", "demo:x", "--ownership", "whose", "--json")
    assert code == 64 and err.count("\n") == 1  # one sentence, no usage block
