"""README documents every command and option, and starts with the two newcomer commands."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def walk(group: click.Group, prefix: str = "kg") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found += walk(command, path)
    return found


def test_every_command_and_option_is_documented() -> None:
    missing = []
    for path, command in walk(cli):
        if f"`{path}" not in README and f"{path} " not in README:
            missing.append(path)
        for param in command.params:
            if isinstance(param, click.Option):
                longest = max(param.opts, key=len)
                if longest.startswith("--") and longest not in README:
                    missing.append(f"{path} {longest}")
    assert not missing, f"README does not mention: {missing}"


def test_readme_opens_with_the_two_commands() -> None:
    block = README.split("```", 2)[1]
    lines = [ln for ln in block.splitlines()[1:] if ln.strip()]
    assert lines[0].startswith("./quickstart.sh")
    test_command = lines[1].split("#")[0].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert (ROOT / "quickstart.sh").exists()
