"""getprop parsing, on captured output (MVT artifacts, a HUAWEI phone) and on fuzzed text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.inventory import DeviceIdentity
from app.core.parsers.getprop import identity_from_props, parse_getprop, parse_getprop_value
from tests.samples import read


def test_mvt_android_data_with_blank_line_inside() -> None:
    props = parse_getprop(read("getprop__mvt_android_data.txt"))
    assert len(props) == 13
    assert props["af.fast_track_multiplier"] == "1"
    assert props["dalvik.vm.dex2oat-Xmx"] == "512m"
    # The line after the blank line is read too.
    assert props["dalvik.vm.dex2oat-max-image-block-size"] == "524288"
    assert props["dalvik.vm.heapgrowthlimit"] == "192m"


def test_mvt_androidqf() -> None:
    props = parse_getprop(read("getprop__mvt_androidqf.txt"))
    assert len(props) == 10
    assert props["dalvik.vm.heapminfree"] == "512k"
    assert props["dalvik.vm.heapgrowthlimit"] == "128m"


def test_real_huawei_identity_and_empty_value() -> None:
    props = parse_getprop(read("getprop__real_huawei_dco_al00.txt"))
    # The comment and the "> adb ..." prompt are junk lines; the 8 properties are read.
    assert len(props) == 8
    assert props["ro.hwui.use_vulkan"] == ""
    assert props["persist.sys.timezone"] == "Asia/Shanghai"
    assert identity_from_props(props) == DeviceIdentity(
        manufacturer="HUAWEI", model="DCO-AL00", android_release="12", sdk=32, serial=None
    )


def test_values_with_brackets_colons_crlf_and_multiline() -> None:
    text = (
        "[a.list]: [[1, 2]: [3]]\r\n"
        "[a.url]: [http://x:80/]\r\n"
        "\r\n"
        "[a.multi]: [first line\r\n"
        "second line]\r\n"
        "[a.after]: [ spaced ]\r\n"
        "junk without brackets\r\n"
        "[a.list]: [duplicate]\r\n"
    )
    props = parse_getprop(text)
    assert props == {"a.list": "[1, 2]: [3]", "a.url": "http://x:80/", "a.after": " spaced "}


def test_empty_and_junk() -> None:
    assert parse_getprop("") == {}
    assert parse_getprop("/system/bin/sh: getprop: not found\n") == {}
    assert parse_getprop("[]: [x]\n[k] [v]\n[k]:[v]\n") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14\n", "14"),
        ("14\r\n", "14"),
        ("\n", ""),
        ("", ""),
        ("Pixel 8 Pro\n", "Pixel 8 Pro"),
        (" x \n", " x "),
    ],
)
def test_getprop_value(text: str, value: str) -> None:
    assert parse_getprop_value(text) == value


def test_identity_fallbacks() -> None:
    assert identity_from_props({}) == DeviceIdentity("", "", "", 0, None)
    ident = identity_from_props(
        {
            "ro.product.manufacturer": "Google",
            "ro.product.model": "Pixel 8",
            "ro.build.version.release": "14",
            "ro.build.version.sdk": "34",
            "ro.serialno": "",
            "ro.boot.serialno": "38011FDJH00ABC",
        }
    )
    assert ident == DeviceIdentity("Google", "Pixel 8", "14", 34, "38011FDJH00ABC")
    assert identity_from_props({"ro.serialno": "  "}).serial is None
    assert identity_from_props({"ro.serialno": "R58N\n"}).serial == "R58N"


@pytest.mark.parametrize("sdk", ["", "abc", "3 4", "-1", "٣٤", "3_4", "9" * 5000, "34.0"])
def test_identity_bad_sdk_is_zero(sdk: str) -> None:
    assert identity_from_props({"ro.build.version.sdk": sdk}).sdk == 0


# --- fuzzing ---------------------------------------------------------------------------------

_key = st.text(st.characters(exclude_characters="]\n\r", exclude_categories=["Cs"]), min_size=1)
_value = st.text(st.characters(exclude_characters="\n\r", exclude_categories=["Cs"]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_key, _value, max_size=20))
def test_roundtrip(props: dict[str, str]) -> None:
    """Whatever toybox can print on one line per property reads back exactly."""
    text = "".join(f"[{k}]: [{v}]\n" for k, v in props.items())
    assert parse_getprop(text) == props


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    props = parse_getprop(text)
    assert all(isinstance(k, str) and k and "]" not in k for k in props)
    assert isinstance(parse_getprop_value(text), str)
    ident = identity_from_props(props)
    assert isinstance(ident.sdk, int)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(["ro.build.version.sdk", "ro.serialno", "x"])), st.text()))
def test_identity_never_raises(props: dict[str, str]) -> None:
    ident = identity_from_props(props)
    assert ident.serial is None or ident.serial.strip() == ident.serial != ""
