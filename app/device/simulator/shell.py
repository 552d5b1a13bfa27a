"""A small mksh-like interpreter that runs what ADB clients send (``cmd 2>&1; echo ":X:$?"``) on the phone.

It is not a full shell. It does what the checker and a helpdesk agent actually type: lists
separated by ``;``, newlines, ``&&`` and ``||``; pipes into a few filters (grep, head, tail, wc,
cat); single and double quotes and backslashes; ``$?``, ``$NAME`` and ``$(...)``/backticks;
redirections ``2>&1``, ``>/dev/null``, ``2>/dev/null``. Anything it cannot run answers the way
Android's mksh does (``/system/bin/sh: NAME: inaccessible or not found``, exit 127), so a client
sending something unexpected is noticed, never silently "succeeds".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .phone import Phone

SH = "/system/bin/sh"
MAX_SUBSTITUTION_DEPTH = 8
_BIN_DIRS = (
    "/system/bin",
    "/system/xbin",
    "/bin",
    "/vendor/bin",
    "/product/bin",
    "/apex/com.android.runtime/bin",
)


def encode(text: str) -> bytes:
    """Encode shell text; lone surrogates from non-UTF-8 input go back to their original bytes."""
    return text.encode("utf-8", "surrogateescape")


def decode(data: bytes) -> str:
    """Decode bytes from the wire without losing non-UTF-8 bytes (they become lone surrogates)."""
    return data.decode("utf-8", "surrogateescape")


class ShellSyntaxError(Exception):
    """The script cannot be parsed; mksh prints a syntax error and runs nothing."""


@dataclass
class Invocation:
    """What a command gets: its argv, stdin (from a pipe), the phone, and somewhere to write."""

    argv: list[str]
    phone: Phone
    stdin: bytes = b""
    chunks: list[tuple[int, bytes]] = field(default_factory=list)
    hooks: ShellHooks | None = None

    def out(self, text: str | bytes) -> None:
        """Write to stdout."""
        self.chunks.append((1, text if isinstance(text, bytes) else encode(text)))

    def err(self, text: str | bytes) -> None:
        """Write to stderr (merged into the same ADB stream unless redirected away)."""
        self.chunks.append((2, text if isinstance(text, bytes) else encode(text)))


@dataclass
class ShellHooks:
    """Side effects that reach beyond the phone state (the server decides what they mean)."""

    reboot: Callable[[], None] | None = None


Handler = Callable[[Invocation], int]


# ------------------------------------------------------------------------------------------ parsing


@dataclass(frozen=True)
class Part:
    """A piece of a word: literal text, a variable, or a command substitution; quoted parts never split."""

    kind: str  # "lit" | "var" | "sub"
    text: str
    quoted: bool


@dataclass
class Word:
    parts: list[Part] = field(default_factory=list)


@dataclass(frozen=True)
class Redirect:
    fd: int
    op: str  # ">", ">>", "<", ">&"
    target: str


@dataclass
class SimpleCommand:
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


Pipeline = list[SimpleCommand]


@dataclass
class ListItem:
    """A pipeline and the operator that joins it to the previous one (``;``, ``&&`` or ``||``)."""

    connector: str
    pipeline: Pipeline


def _find_closing_paren(s: str, start: int) -> int:
    """Index of the ``)`` closing the ``$(`` whose body starts at ``start`` (quotes respected)."""
    depth = 1
    i = start
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ShellSyntaxError("unterminated quoted string")
            i = end + 1
            continue
        if c == '"':
            i += 1
            while i < len(s) and s[i] != '"':
                i += 2 if s[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ShellSyntaxError("')' missing")


_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _parse_dollar(s: str, i: int, quoted: bool) -> tuple[Part, int]:
    """Parse an expansion starting at ``s[i] == '$'``; return the part and the next index."""
    nxt = s[i + 1] if i + 1 < len(s) else ""
    if nxt == "(":
        end = _find_closing_paren(s, i + 2)
        return Part("sub", s[i + 2 : end], quoted), end + 1
    if nxt == "{":
        end = s.find("}", i + 2)
        if end < 0:
            raise ShellSyntaxError("missing '}'")
        return Part("var", s[i + 2 : end], quoted), end + 1
    if nxt and nxt in "?$#!@*-0123456789":
        return Part("var", nxt, quoted), i + 2
    match = _NAME_RE.match(s, i + 1)
    if match:
        return Part("var", match.group(0), quoted), match.end()
    return Part("lit", "$", quoted), i + 1


def _parse_backtick(s: str, i: int, quoted: bool) -> tuple[Part, int]:
    body: list[str] = []
    j = i + 1
    while j < len(s) and s[j] != "`":
        if s[j] == "\\" and j + 1 < len(s) and s[j + 1] in "`\\$":
            body.append(s[j + 1])
            j += 2
            continue
        body.append(s[j])
        j += 1
    if j >= len(s):
        raise ShellSyntaxError("unterminated `")
    return Part("sub", "".join(body), quoted), j + 1


def parse(script: str) -> list[ListItem]:
    """Parse a script into a list of pipelines; raise ShellSyntaxError like mksh would refuse it."""
    items: list[ListItem] = []
    pipeline: Pipeline = []
    command = SimpleCommand()
    word: Word | None = None
    connector = ";"
    i = 0
    n = len(script)

    def flush_word() -> None:
        nonlocal word
        if word is not None:
            command.words.append(word)
            word = None

    def end_command() -> None:
        nonlocal command
        flush_word()
        if command.words or command.redirects:
            pipeline.append(command)
        command = SimpleCommand()

    def end_pipeline(next_connector: str) -> None:
        nonlocal pipeline, connector
        end_command()
        if pipeline:
            items.append(ListItem(connector, pipeline))
        elif next_connector in ("&&", "||", "|"):
            raise ShellSyntaxError(f"'{next_connector}' unexpected")
        pipeline = []
        connector = next_connector

    def read_word_at(j: int) -> tuple[Word, int]:
        """Read one word starting at j (used for redirection targets)."""
        nonlocal word
        saved = word
        word = Word()
        j = read_parts(j)
        result = word
        word = saved
        return result, j

    def read_parts(j: int) -> int:
        """Append parts to the current word until an unquoted separator; return the new index."""
        nonlocal word
        assert word is not None
        while j < n:
            c = script[j]
            if c in " \t\n;&|<>()":
                return j
            if c == "\\":
                if j + 1 < n and script[j + 1] == "\n":
                    j += 2
                    continue
                word.parts.append(Part("lit", script[j + 1 : j + 2], True))
                j += 2
            elif c == "'":
                end = script.find("'", j + 1)
                if end < 0:
                    raise ShellSyntaxError("unterminated quoted string")
                word.parts.append(Part("lit", script[j + 1 : end], True))
                j = end + 1
            elif c == '"':
                j += 1
                buf: list[str] = []
                word.parts.append(Part("lit", "", True))  # "" is still a word
                while True:
                    if j >= n:
                        raise ShellSyntaxError("unterminated quoted string")
                    c = script[j]
                    if c == '"':
                        j += 1
                        break
                    if c == "\\" and j + 1 < n and script[j + 1] in '"\\$`\n':
                        if script[j + 1] != "\n":
                            buf.append(script[j + 1])
                        j += 2
                    elif c == "$":
                        if buf:
                            word.parts.append(Part("lit", "".join(buf), True))
                            buf = []
                        part, j = _parse_dollar(script, j, True)
                        word.parts.append(part)
                    elif c == "`":
                        if buf:
                            word.parts.append(Part("lit", "".join(buf), True))
                            buf = []
                        part, j = _parse_backtick(script, j, True)
                        word.parts.append(part)
                    else:
                        buf.append(c)
                        j += 1
                if buf:
                    word.parts.append(Part("lit", "".join(buf), True))
            elif c == "$":
                part, j = _parse_dollar(script, j, False)
                word.parts.append(part)
            elif c == "`":
                part, j = _parse_backtick(script, j, False)
                word.parts.append(part)
            else:
                start = j
                while j < n and script[j] not in " \t\n;&|<>()\\'\"$`":
                    j += 1
                word.parts.append(Part("lit", script[start:j], False))
        return j

    while i < n:
        c = script[i]
        if c in " \t":
            flush_word()
            i += 1
        elif c == "#" and word is None:
            end = script.find("\n", i)
            i = n if end < 0 else end
        elif c in "\n;":
            if c == ";" and i + 1 < n and script[i + 1] == ";":
                raise ShellSyntaxError("';;' unexpected")
            end_pipeline(";")
            i += 1
        elif c == "&":
            if i + 1 < n and script[i + 1] == "&":
                end_pipeline("&&")
                i += 2
            else:
                end_pipeline(";")  # background jobs run in the foreground here
                i += 1
        elif c == "|":
            if i + 1 < n and script[i + 1] == "|":
                end_pipeline("||")
                i += 2
            else:
                end_command()
                if not pipeline:
                    raise ShellSyntaxError("'|' unexpected")
                i += 1
        elif c in "<>":
            fd = 1 if c == ">" else 0
            if word is not None and len(word.parts) == 1:
                only = word.parts[0]
                if only.kind == "lit" and not only.quoted and only.text.isdigit():
                    fd = int(only.text)
                    word = None
            flush_word()
            op = c
            i += 1
            if c == ">" and i < n and script[i] == ">":
                op = ">>"
                i += 1
            if i < n and script[i] == "&":
                i += 1
                start = i
                while i < n and (script[i].isdigit() or script[i] == "-"):
                    i += 1
                command.redirects.append(Redirect(fd, op + "&", script[start:i]))
                continue
            while i < n and script[i] in " \t":
                i += 1
            target, i = read_word_at(i)
            if not target.parts:
                raise ShellSyntaxError("missing redirection target")
            command.redirects.append(Redirect(fd, op, "".join(p.text for p in target.parts)))
        elif c in "()":
            raise ShellSyntaxError(f"'{c}' unexpected")
        else:
            if word is None:
                word = Word()
            i = read_parts(i)
    if connector in ("&&", "||") and not (command.words or pipeline or word):
        raise ShellSyntaxError("unexpected end of file")
    end_pipeline(";")
    return items


# ---------------------------------------------------------------------------------------- executing


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


class Shell:
    """Runs scripts against one phone with a table of commands; keeps ``$?`` between commands."""

    def __init__(self, phone: Phone, commands: Mapping[str, Handler], hooks: ShellHooks | None = None) -> None:
        self.phone = phone
        self.commands = commands
        self.hooks = hooks
        self.status = 0
        self.env: dict[str, str] = {
            "PATH": ":".join(("/product/bin", "/apex/com.android.runtime/bin", "/system/bin", "/system/xbin")),
            "HOME": "/",
            "SHELL": SH,
            "USER": "shell",
            "HOSTNAME": phone.device.device,
            "ANDROID_DATA": "/data",
            "ANDROID_ROOT": "/system",
            "EXTERNAL_STORAGE": "/sdcard",
        }

    def run(self, script: str | bytes) -> tuple[bytes, int]:
        """Run a whole script; return everything written (stdout and stderr merged) and the last status."""
        text = decode(script) if isinstance(script, bytes) else script
        out = bytearray()
        try:
            self._run_text(text, out, out, depth=0)
        except _Exit as done:
            self.status = done.status
        return bytes(out), self.status

    def _run_text(self, text: str, stdout: bytearray, stderr: bytearray, depth: int) -> None:
        try:
            items = parse(text)
        except ShellSyntaxError as exc:
            stderr += encode(f"{SH}: syntax error: {exc}\n")
            self.status = 1
            return
        for item in items:
            if item.connector == "&&" and self.status != 0:
                continue
            if item.connector == "||" and self.status == 0:
                continue
            stdin = b""
            status = 0
            for index, command in enumerate(item.pipeline):
                last = index == len(item.pipeline) - 1
                pipe = bytearray()
                status = self._run_simple(command, stdin, stdout if last else pipe, stderr, depth)
                stdin = bytes(pipe)
            self.status = status

    def _expand_var(self, name: str) -> str:
        if name == "?":
            return str(self.status)
        if name == "$":
            return "4242"
        if name == "#":
            return "0"
        if name == "0":
            return SH
        return self.env.get(name, "")

    def _substitute(self, script: str, stderr: bytearray, depth: int) -> str:
        """Run ``$(script)``: its stdout becomes text, its stderr still reaches the stream."""
        if depth >= MAX_SUBSTITUTION_DEPTH:
            stderr += encode(f"{SH}: too many nested substitutions\n")
            return ""
        captured = bytearray()
        self._run_text(script, captured, stderr, depth + 1)
        return decode(bytes(captured)).rstrip("\n")

    def expand_word(self, word: Word, out: bytearray, depth: int) -> list[str]:
        """Expand one word into fields (unquoted expansions split on whitespace, like sh)."""
        fields: list[str] = []
        current: list[str] = []
        has_field = False
        for part in word.parts:
            if part.kind == "lit":
                current.append(part.text)
                has_field = has_field or part.quoted or bool(part.text)
                continue
            value = self._expand_var(part.text) if part.kind == "var" else self._substitute(part.text, out, depth)
            if part.quoted:
                current.append(value)
                has_field = True
                continue
            pieces = value.split()
            if not pieces:
                continue
            if value[:1].isspace() and (current or has_field):
                fields.append("".join(current))
                current = []
            for j, piece in enumerate(pieces):
                if j > 0:
                    fields.append("".join(current))
                    current = []
                current.append(piece)
            has_field = True
            if value[-1:].isspace():
                fields.append("".join(current))
                current = []
                has_field = False
        if current or has_field:
            fields.append("".join(current))
        return fields

    def _run_simple(
        self, command: SimpleCommand, stdin: bytes, stdout: bytearray, stderr: bytearray, depth: int
    ) -> int:
        argv: list[str] = []
        for word in command.words:
            argv.extend(self.expand_word(word, stderr, depth))
        # Where fd 1 and 2 end up: "out" (the stream or pipe), "err" (the stream), or "null".
        fds: dict[int, str] = {1: "out", 2: "err"}
        for redirect in command.redirects:
            if redirect.op == ">&" or redirect.op == ">>&":
                if redirect.target == "-":
                    fds[redirect.fd] = "null"
                elif redirect.target.isdigit() and int(redirect.target) in fds:
                    fds[redirect.fd] = fds[int(redirect.target)]
                else:
                    stderr += encode(f"{SH}: {redirect.target}: bad file descriptor\n")
                    return 1
            elif redirect.op in (">", ">>"):
                if redirect.target == "/dev/null":
                    fds[redirect.fd] = "null"
                else:
                    stderr += encode(f"{SH}: can't create {redirect.target}: Read-only file system\n")
                    return 1
            elif redirect.op == "<":
                if redirect.target != "/dev/null":
                    stderr += encode(f"{SH}: can't open {redirect.target}: No such file or directory\n")
                    return 1
                stdin = b""
        if not argv:
            return self.status
        invocation = Invocation(argv=argv, phone=self.phone, stdin=stdin, hooks=self.hooks)
        status = self._dispatch(invocation, depth)
        for fd, data in invocation.chunks:
            sink = fds.get(fd, "null")
            if sink == "out":
                stdout += data
            elif sink == "err":
                stderr += data
        return status

    def _dispatch(self, inv: Invocation, depth: int) -> int:
        name = inv.argv[0]
        with self.phone.lock:
            self.phone.command_log.append(" ".join(inv.argv))
        builtin = _BUILTINS.get(name)
        if builtin is not None:
            return builtin(self, inv)
        lookup = name
        if "/" in name:
            folder, _, base = name.rpartition("/")
            lookup = base if folder in _BIN_DIRS else ""
        handler = self.commands.get(lookup) if lookup else None
        if handler is None:
            inv.err(f"{SH}: {name}: inaccessible or not found\n")
            return 127
        with self.phone.lock:
            return handler(inv)


# ----------------------------------------------------------------------------------------- builtins


def _echo(shell: Shell, inv: Invocation) -> int:
    args = inv.argv[1:]
    newline = True
    escapes = True
    while args and args[0] in ("-n", "-e", "-E", "-ne", "-en"):
        flag = args.pop(0)
        newline = newline and "n" not in flag
        if "E" in flag:
            escapes = False
    text = " ".join(args)
    if escapes and "\\" in text:
        out: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\\" and i + 1 < len(text):
                nxt = text[i + 1]
                simple = {
                    "n": "\n",
                    "t": "\t",
                    "\\": "\\",
                    "r": "\r",
                    "a": "\a",
                    "b": "\b",
                    "f": "\f",
                    "v": "\v",
                }
                if nxt in simple:
                    out.append(simple[nxt])
                    i += 2
                    continue
                if nxt == "c":
                    newline = False
                    break
                if nxt == "0":
                    digits = re.match(r"[0-7]{0,3}", text[i + 2 : i + 5])
                    value = digits.group(0) if digits else ""
                    out.append(chr(int(value or "0", 8)))
                    i += 2 + len(value)
                    continue
            out.append(c)
            i += 1
        text = "".join(out)
    inv.out(text + ("\n" if newline else ""))
    return 0


def _exit(shell: Shell, inv: Invocation) -> int:
    status = shell.status
    if len(inv.argv) > 1:
        try:
            status = int(inv.argv[1]) & 0xFF
        except ValueError:
            inv.err(f"{SH}: exit: {inv.argv[1]}: bad number\n")
            status = 1
    raise _Exit(status)


def _true(shell: Shell, inv: Invocation) -> int:
    return 0


def _false(shell: Shell, inv: Invocation) -> int:
    return 1


def _export(shell: Shell, inv: Invocation) -> int:
    for arg in inv.argv[1:]:
        key, sep, value = arg.partition("=")
        if sep:
            shell.env[key] = value
    return 0


def _grep(shell: Shell, inv: Invocation) -> int:
    """A small grep for pipelines (-i -v -c -q -F -E -e -w), reading stdin only."""
    args = inv.argv[1:]
    ignore_case = invert = count = quiet = fixed = whole = False
    pattern: str | None = None
    while args and args[0].startswith("-") and len(args[0]) > 1:
        flag = args.pop(0)
        if flag == "--":
            break
        if flag == "-e":
            if not args:
                inv.err("grep: option requires an argument -- e\n")
                return 2
            pattern = args.pop(0)
            continue
        for letter in flag[1:]:
            if letter == "i":
                ignore_case = True
            elif letter == "v":
                invert = True
            elif letter == "c":
                count = True
            elif letter == "q":
                quiet = True
            elif letter == "F":
                fixed = True
            elif letter == "w":
                whole = True
            elif letter == "E":
                pass
            else:
                inv.err(f"grep: Unknown option '{letter}'\n")
                return 2
    if pattern is None:
        if not args:
            inv.err("grep: No regex\n")
            return 2
        pattern = args.pop(0)
    if args:
        for path in args:
            inv.err(f"grep: {path}: No such file or directory\n")
        return 2
    regex_text = re.escape(pattern) if fixed else pattern
    if whole:
        regex_text = rf"\b(?:{regex_text})\b"
    try:
        regex = re.compile(regex_text, re.IGNORECASE if ignore_case else 0)
    except re.error:
        regex = re.compile(re.escape(pattern), re.IGNORECASE if ignore_case else 0)
    lines = decode(inv.stdin).splitlines(keepends=True)
    matched = [line for line in lines if bool(regex.search(line.rstrip("\n"))) != invert]
    if count:
        inv.out(f"{len(matched)}\n")
    elif not quiet:
        inv.out("".join(line if line.endswith("\n") else line + "\n" for line in matched))
    return 0 if matched else 1


def _head_tail(shell: Shell, inv: Invocation) -> int:
    args = inv.argv[1:]
    count = 10
    if len(args) >= 2 and args[0] == "-n" and args[1].lstrip("-+").isdigit():
        count = abs(int(args[1]))
    elif args and args[0][:1] == "-" and args[0][1:].isdigit():
        count = int(args[0][1:])
    lines = decode(inv.stdin).splitlines(keepends=True)
    tail = lines[-count:] if count else []
    chosen = lines[:count] if inv.argv[0] == "head" else tail
    inv.out("".join(chosen))
    return 0


def _wc(shell: Shell, inv: Invocation) -> int:
    text = decode(inv.stdin)
    if "-l" in inv.argv[1:]:
        inv.out(f"{text.count(chr(10))}\n")
    else:
        inv.out(f"{text.count(chr(10)):7d} {len(text.split()):7d} {len(inv.stdin):7d}\n")
    return 0


def _cat(shell: Shell, inv: Invocation) -> int:
    if len(inv.argv) > 1:
        for path in inv.argv[1:]:
            inv.err(f"cat: {path}: Permission denied\n")
        return 1
    inv.out(inv.stdin)
    return 0


_BUILTINS: dict[str, Callable[[Shell, Invocation], int]] = {
    "echo": _echo,
    "exit": _exit,
    "true": _true,
    ":": _true,
    "false": _false,
    "export": _export,
    "cd": _true,
    "grep": _grep,
    "head": _head_tail,
    "tail": _head_tail,
    "wc": _wc,
    "cat": _cat,
}
