"""The simulated phone: a real ADB daemon in miniature over TCP, for demo mode, training, tests, benchmarks.

Usage::

    from app.device.simulator import SimulatorServer, load_profile
    with SimulatorServer(load_profile("service_tiktok")) as server:
        ...  # connect any ADB client to 127.0.0.1:server.port

See docs/simulator.md for the profile schema, the faults and how it was checked against Google's adb.
"""

from __future__ import annotations

from .keys import AndroidPublicKey, decode_android_pubkey, encode_android_pubkey, fingerprint
from .phone import Phone
from .profiles import Faults, Profile, ProfileError, list_profiles, load_profile, profile_from_dict
from .server import SimulatorServer

__all__ = [
    "AndroidPublicKey",
    "Faults",
    "Phone",
    "Profile",
    "ProfileError",
    "SimulatorServer",
    "decode_android_pubkey",
    "encode_android_pubkey",
    "fingerprint",
    "list_profiles",
    "load_profile",
    "profile_from_dict",
]
