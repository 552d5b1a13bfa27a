"""Run a simulated phone from the command line: ``python -m app.device.simulator --profile NAME [--port N]``.

The product's own entry point is ``phone-selfcheck simulator``; this one exists so the simulator
can be poked with Google's adb (``adb connect 127.0.0.1:PORT``) without the rest of the app.
"""

from __future__ import annotations

import argparse
import logging
import sys

from .profiles import ProfileError, list_profiles, load_profile
from .server import SimulatorServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.device.simulator", description=__doc__)
    parser.add_argument("--profile", default="service_tiktok", help="profile name or JSON file")
    parser.add_argument("--port", type=int, default=0, help="TCP port (0 = any free port)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--prompt-answer", choices=("accept", "ignore", "reject"))
    parser.add_argument("--list", action="store_true", help="list the bundled profiles and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(list_profiles()))
        return 0
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        server = SimulatorServer(load_profile(args.profile), host=args.host, port=args.port)
    except ProfileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.prompt_answer:
        server.prompt_answer = args.prompt_answer
    server.start()
    print(f"Simulated phone {server.profile.name!r} on {server.serial} (Ctrl-C to stop)", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
