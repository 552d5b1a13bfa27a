"""The command-line front door: ``phone-selfcheck`` and ``python -m app`` (DESIGN.md section 4).

It parses arguments, composes policy, device and assessment, prints one JSON object or plain
sentences, and maps every expected failure to the contract's exit code without a traceback.
Importing this module must not import Qt: the scan path stays light.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from app import __version__
from app.i18n import language_from_environment, set_language, translate

EXIT_DEVICE = 4
EXIT_POLICY = 5
EXIT_USAGE = 64
EXIT_SOFTWARE = 70

OWNERSHIPS = ("service", "shared", "personal", "auto")


class UsageError(Exception):
    """A command line the contract does not allow (exit 64)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One sentence on stderr, as the contract says; `--help` shows the usage.
        raise UsageError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="phone-selfcheck", description="Check an Android phone against an app-ban policy.")
    p.add_argument("--version", action="version", version=f"phone-selfcheck {__version__}")
    p.add_argument("--debug", action="store_true", help="show technical detail and tracebacks")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    d = sub.add_parser("devices", help="list connected phones and their state")
    d.add_argument("--json", action="store_true")

    def device_args(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--device", required=True, metavar="DEV", help="usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL, demo[:PROFILE]"
        )
        sp.add_argument(
            "--ownership", required=True, choices=OWNERSHIPS, metavar="OWN", help="service, shared, personal or auto"
        )
        sp.add_argument("--policy", metavar="FILE", help="policy file (default: the Belgian federal TikTok ban)")
        sp.add_argument("--json", action="store_true", help="print one JSON object on stdout")

    s = sub.add_parser("scan", help="scan a phone and print the verdict")
    device_args(s)
    f = sub.add_parser("fix", help="remove the banned apps the policy requires, then scan again")
    device_args(f)
    f.add_argument("--yes", action="store_true", help="confirm the removal (required)")

    sim = sub.add_parser("simulator", help="run a simulated phone that adb clients can connect to")
    sim.add_argument("--profile", required=True, metavar="NAME_OR_FILE")
    sim.add_argument("--port", type=int, default=5555, metavar="N")

    g = sub.add_parser("gui", help="open the window (the default without a command)")
    g.add_argument("--demo", nargs="?", const="service_tiktok", metavar="PROFILE", help="use a simulated phone")
    g.add_argument("--helpdesk", action="store_true", help="helpdesk mode: log, history, next phone")
    g.add_argument("--lang", choices=("nl", "fr", "de", "en"), help="the window's language")
    g.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)  # smoke tests

    from app.cli_receipts import add_commands

    add_commands(sub, COMMANDS)
    return p


# --- output helpers ---------------------------------------------------------------------------


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def _fail(code: int, error_code: str, message: str, *, as_json: bool) -> int:
    sys.stderr.write(message.rstrip() + "\n")
    if as_json:
        _print_json({"error": {"code": error_code, "message": message}})
    return code


def _log_to_stderr(debug: bool) -> Any:
    if not debug:
        return None
    return lambda msg: sys.stderr.write(f"[adb] {msg}\n")


# --- commands ---------------------------------------------------------------------------------


def _load_policy(path: str | None) -> Any:
    from app.core.policy import default_policy, load_policy

    return load_policy(path) if path else default_policy()


def _scan(session: Any, policy: Any, ownership: str, cancel: threading.Event | None = None) -> Any:
    from app.core.assessment import assess
    from app.core.scope import Ownership
    from app.device.reader import read_inventory

    inventory = read_inventory(session, [a.package for a in policy.apps], cancel=cancel)
    return assess(inventory, policy, Ownership(ownership))


def _summary(assessment: Any) -> str:
    from app.core.summary import describe

    text: str = describe(assessment)
    return text


def cmd_scan(args: argparse.Namespace) -> int:
    from app.device.transports import open_session

    policy = _load_policy(args.policy)
    with open_session(args.device, log=_log_to_stderr(args.debug)) as session:
        assessment = _scan(session, policy, args.ownership)
    if args.json:
        _print_json(assessment.to_json())
    else:
        sys.stdout.write(_summary(assessment) + "\n")
    code: int = assessment.status.exit_code
    return code


def cmd_fix(args: argparse.Namespace) -> int:
    from app.core.remediation import plan_removal
    from app.device.removal import remove
    from app.device.transports import open_session

    if not args.yes:
        raise UsageError(
            translate("Cli", "nothing is removed without --yes: run 'scan' first to see what would be removed")
        )
    policy = _load_policy(args.policy)
    with open_session(args.device, log=_log_to_stderr(args.debug)) as session:
        before = _scan(session, policy, args.ownership)
        plan = plan_removal(before)
        actions = remove(session, plan, confirmed=True)
        after = _scan(session, policy, args.ownership) if actions else before
    if args.json:
        doc = after.to_json()
        doc["actions"] = [
            {k: v for k, v in a.to_json().items() if k in ("package", "user", "command", "output", "ok")}
            for a in actions
        ]
        _print_json(doc)
    else:
        if not plan:
            sys.stdout.write(translate("Cli", "Nothing had to be removed.") + "\n")
        for a in actions:
            mark = translate("Cli", "done") if a.ok else translate("Cli", "failed")
            sys.stdout.write(f"{a.command}: {a.output} ({mark})\n")
        sys.stdout.write(_summary(after) + "\n")
    code: int = after.status.exit_code
    return code


def cmd_devices(args: argparse.Namespace) -> int:
    from app.device.discovery import list_devices

    found = list_devices()
    none_found = translate(
        "Cli",
        "No phone was found. Plug the phone in with a data cable, unlock it and turn on USB debugging; "
        "or try the simulated phone with --device demo.",
    )
    if args.json:
        doc: dict[str, Any] = {"devices": [d.to_json() for d in found]}
        if not found:  # a device error (exit 4): the contract's error object, beside the empty list
            doc["error"] = {"code": "no_device", "message": none_found}
        _print_json(doc)
    else:
        for d in found:
            extra = f"  {d.model}" if d.model else ""
            sys.stdout.write(f"{d.device}\t{d.state}{extra}\n")
    if not found:
        sys.stderr.write(none_found + "\n")
        return EXIT_DEVICE
    return 0


def cmd_simulator(args: argparse.Namespace) -> int:
    from app.device.simulator import SimulatorServer, load_profile

    server = SimulatorServer(load_profile(args.profile), host="127.0.0.1", port=args.port)
    server.start()
    sys.stdout.write(
        translate("Cli", "Simulated phone '{0}' is listening on 127.0.0.1:{1}.").format(args.profile, server.port)
        + "\n"
        + translate("Cli", "Connect with: adb connect 127.0.0.1:{0}   (Ctrl-C stops it)").format(server.port)
        + "\n"
    )
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from app.gui.application import run_gui

    return run_gui(demo=args.demo, helpdesk=args.helpdesk, lang=args.lang, quit_after_shown=args.quit_after_shown)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "scan": cmd_scan,
    "fix": cmd_fix,
    "devices": cmd_devices,
    "simulator": cmd_simulator,
    "gui": cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code (the console script passes it to sys.exit)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(language_from_environment())
    wants_json = "--json" in argv
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            args = build_parser().parse_args([*argv, "gui"])
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, "usage", f"phone-selfcheck: {exc}", as_json=wants_json)
    except Exception as exc:
        from app.core.policy import PolicyError
        from app.device.errors import BadDeviceSpecError, DeviceError

        if debug:
            import traceback

            traceback.print_exc()
        from app.device.simulator.profiles import ProfileError

        if isinstance(exc, ProfileError):
            message = translate("Cli", "The simulated phone could not be started: {0}").format(exc)
            return _fail(EXIT_USAGE, "bad_profile", message, as_json=wants_json)
        if isinstance(exc, BadDeviceSpecError):
            return _fail(EXIT_USAGE, exc.code, exc.sentence(), as_json=wants_json)
        if isinstance(exc, DeviceError):
            if debug and exc.detail:
                sys.stderr.write(f"detail: {exc.detail}\n")
            return _fail(EXIT_DEVICE, exc.code, exc.sentence(), as_json=wants_json)
        if isinstance(exc, OSError) and not isinstance(exc, ConnectionError):
            # A file that could not be written (disk full, folder gone, permissions): say which.
            message = translate("Cli", "A file could not be written: {0}").format(exc)
            return _fail(EXIT_USAGE, "write_failed", message, as_json=wants_json)
        if isinstance(exc, PolicyError):
            message = translate("Cli", "The policy file could not be used: {0}").format(exc)
            return _fail(EXIT_POLICY, "policy", message, as_json=wants_json)
        return _fail(
            EXIT_SOFTWARE,
            "internal",
            translate(
                "Cli", "Something unexpected went wrong ({0}). Run again with --debug and tell your helpdesk."
            ).format(type(exc).__name__),
            as_json=wants_json,
        )
    except KeyboardInterrupt:
        return 130
