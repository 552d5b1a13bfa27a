"""Device profiles: every bundled one loads and says what it should; the schema refuses mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.device.simulator import Phone, ProfileError, list_profiles, load_profile, profile_from_dict
from app.device.simulator.profiles import FLAG_MANAGED_PROFILE

TIKTOK = "com.zhiliaoapp.musically"
BUNDLED = {
    "android8",
    "auth_prompt",
    "clean_personal",
    "hostile",
    "preloaded_locked",
    "preloaded_stub",
    "secure_folder",
    "secure_folder_a14",
    "service_tiktok",
    "work_profile_lite",
}


def test_bundled_profiles_are_listed() -> None:
    assert set(list_profiles()) == BUNDLED


@pytest.mark.parametrize("name", sorted(BUNDLED - {"hostile"}))
def test_every_bundled_profile_loads_with_realistic_filler(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name and profile.description
    assert 200 <= len(profile.packages) <= 300
    names = [p.name for p in profile.packages]
    assert len(set(names)) == len(names)
    assert all(p.app_id >= 1000 for p in profile.packages)
    assert sum(p.name.startswith(("com.android.", "com.google.android.")) for p in profile.packages) > 80
    assert profile.props["ro.product.model"] == profile.device.model


def test_what_each_profile_holds() -> None:
    def tiktok_users(name: str) -> list[int]:
        return Phone(load_profile(name)).installed_users(TIKTOK)

    assert tiktok_users("clean_personal") == [] and tiktok_users("secure_folder") == []
    assert tiktok_users("service_tiktok") == [0] and tiktok_users("android8") == [0]
    assert tiktok_users("hostile") == [0]
    stub = load_profile("preloaded_stub").package(TIKTOK)
    assert stub is not None and stub.system and stub.installer is None and stub.path.startswith("/product/app/")
    locked = load_profile("preloaded_locked")
    assert locked.package(TIKTOK) is not None
    assert dict(locked.package(TIKTOK).uninstall_failures) == {"0": "DELETE_FAILED_USER_RESTRICTED"}  # type: ignore[union-attr]
    assert locked.device == load_profile("preloaded_stub").device
    work = load_profile("work_profile_lite")
    assert Phone(work).installed_users("com.tiktok.lite.go") == [10]
    assert [(u.id, bool(u.flags & FLAG_MANAGED_PROFILE)) for u in work.users] == [(0, False), (10, True)]
    assert [(o.user, o.type, o.organization_owned) for o in work.owners] == [(10, "profile_owner", False)]
    service = load_profile("service_tiktok")
    assert [(o.user, o.type, o.organization_owned) for o in service.owners] == [(0, "device_owner", True)]
    assert load_profile("clean_personal").users[0].name == "An Peeters"
    secure = load_profile("secure_folder")
    assert [(u.id, u.readable) for u in secure.users] == [(0, True), (150, False)]
    assert load_profile("android8").formats.pm == "legacy" and load_profile("android8").formats.dpm == "absent"
    assert load_profile("auth_prompt").prompt_answer == "ignore"
    assert load_profile("hostile").props["ro.product.model"].encode("utf-8", "surrogateescape").startswith(b"Ph\xffne")


def test_profiles_are_deterministic() -> None:
    first = load_profile("clean_personal")
    again = profile_from_dict({"extends": "clean_personal"}, name="clean_personal")
    assert [(p.name, p.path, p.version_code) for p in first.packages] == [
        (p.name, p.path, p.version_code) for p in again.packages
    ]


def test_hostile_profile_is_large() -> None:
    profile = load_profile("hostile")
    assert len(profile.packages) == 20_000
    names = {p.name for p in profile.packages}
    assert {"", "com.evil;reboot", "com.x$(id)", "xcom.zhiliaoapp.musically", TIKTOK} <= names
    assert any(len(n) > 4000 for n in names)


def test_extends_merges_packages_and_users_by_key(tmp_path: Path) -> None:
    child = tmp_path / "child.json"
    child.write_text(
        json.dumps(
            {
                "extends": "work_profile_lite",
                "name": "child",
                "device": {"model": "SM-X000"},
                "users": [{"id": 10, "remove": True}],
                "owners": [],
                "packages": [
                    {"name": "com.tiktok.lite.go", "remove": True},
                    {"name": "com.microsoft.teams", "remove": True},
                    {"name": "com.google.android.apps.work.clouddpc", "users": [0]},
                ],
                "faults": {"slow_ms": 5},
            }
        ),
        encoding="utf-8",
    )
    profile = load_profile(child)
    assert profile.name == "child" and profile.device.model == "SM-X000" and profile.device.sdk == 34
    assert [u.id for u in profile.users] == [0]
    assert profile.package("com.tiktok.lite.go") is None
    dpc = profile.package("com.google.android.apps.work.clouddpc")
    assert dpc is not None and dpc.users == (0,) and dpc.version_name == "114.00.38"
    assert profile.faults.slow_ms == 5
    assert load_profile(str(child)) is profile  # cached until the file changes


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"extends": "clean_personal", "colour": "red"}, "unknown key"),
        ({"extends": "clean_personal", "auth": "maybe"}, "auth must be one of"),
        ({"extends": "clean_personal", "faults": {"slow": 1}}, "unknown key"),
        ({"extends": "clean_personal", "faults": {"drop_after_bytes": -1}}, "drop_after_bytes"),
        ({"extends": "clean_personal", "users": [{"id": 0, "readable": False}]}, "user 0 must be readable"),
        ({"extends": "clean_personal", "packages": [{"name": "x", "users": [5]}]}, "unknown user 5"),
        ({"extends": "clean_personal", "packages": [{"name": "x", "enabled": {"0": "off"}}]}, "enabled"),
        ({"extends": "clean_personal", "owners": [{"user": 0, "component": "no.slash"}]}, "pkg/.Receiver"),
        ({"extends": "clean_personal", "owners": [{"user": 0, "component": "a.b/.C"}]}, "must be listed"),
        ({"extends": "clean_personal", "device": {"sdk": 3}}, "sdk"),
        ({"extends": "clean_personal", "formats": {"pm": "newest"}}, "formats.pm"),
        ({"extends": "clean_personal", "schema": "other/1"}, "schema"),
        ({"device": {"manufacturer": "x", "sdk": 30, "device": "d"}}, "device.model"),
    ],
)
def test_schema_mistakes_are_refused_with_the_field_named(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        profile_from_dict(raw)


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no profile called"):
        load_profile("nope")
    with pytest.raises(ProfileError, match="does not exist"):
        load_profile(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(broken)
    loop = tmp_path / "loop.json"
    loop.write_text(json.dumps({"extends": str(loop)}), encoding="utf-8")
    with pytest.raises(ProfileError, match="loops"):
        load_profile(loop)
