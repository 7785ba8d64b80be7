#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man pages and the shell completions name every command and option that --help shows, for the right command.

Usage: check_cli_docs.py ESCUT_CLI ESCUT_GUI SOURCE_DIR

The commands come from `escut-cli --help`, their options and subcommands (an argument described as
"list, preview ID, apply ID ... or journal") from `escut-cli COMMAND --help`, the GUI's options from `escut --help`.
For every command, subcommand and option it checks:

  man page    the command has a SYNOPSIS line and a `.SS` section under COMMANDS; each option is named in the
              command's SYNOPSIS lines, its section or the generic `escut-cli COMMAND` line, and described by a
              `.TP` entry (under OPTIONS or in the command's section); each subcommand is named in both. Options
              are written `\\-\\-name`, never `--name` (groff would print hyphens). ENVIRONMENT and FILES list each
              entry once, and ENVIRONMENT names every variable the sources read (apart from the test-only ones
              below). The GUI's options are in escut.1's SYNOPSIS and OPTIONS.
  bash, zsh   the command is in the `commands` list and has a case branch; each option is offered there (bash: in
              its opts="..."; zsh: an _arguments spec '--name[...]'), and each subcommand and fixed option value
              (--format, --lang, --fail-on, --only) is in the branch (or in a variable it uses). Comments do not
              count.

It prints every gap and exits 1 when there is one, 0 otherwise; 2 when a program or its --help fails.
"""

import json
import os
import re
import subprocess
import sys

# Qt's own, and nothing to document.
IGNORED_OPTIONS = {"--help-all"}
# Options whose values are a fixed set: the completions offer each value the help names.
VALUE_OPTIONS = {"--format", "--lang", "--fail-on", "--only"}
# Environment variables read only by tests, benchmarks or the privileged helper's caller check: not documented.
INTERNAL_VARIABLES = {
    "ESCUT_HISTORY_TIMING",  # history timing in the benchmark harness
    "ESCUT_SCREENSHOT_TEXTS",  # the documentation screenshots' fixed texts
    "ESCUT_LAB_INSTANCE",  # keeps concurrent test runs of one lab apart
    "QT_QPA_PLATFORM",  # Qt's
    "PKEXEC_UID",  # set by pkexec for the helper, not by the user
    "SUDO_UID",  # set by sudo
}

gaps = []


def gap(message):
    gaps.append(message)


def run_help(argv):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LANGUAGE", None)
    try:
        done = subprocess.run(argv + ["--help"], capture_output=True, text=True, env=env, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"check_cli_docs: cannot run {' '.join(argv)} --help: {e}", file=sys.stderr)
        sys.exit(2)
    if done.returncode != 0:
        print(f"check_cli_docs: {' '.join(argv)} --help exited with {done.returncode}:\n{done.stderr}", file=sys.stderr)
        sys.exit(2)
    return done.stdout


def parse_help(text):
    """Qt's help: {"options": [(names, value, description)], "arguments": [(name, description)]}."""
    sections = {"options": [], "arguments": []}
    current = None
    for line in text.splitlines():
        if line in ("Options:", "Arguments:"):
            current = sections[line[:-1].lower()]
            continue
        if current is None or not line.strip():
            continue
        m = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if m and (current is sections["arguments"] or m.group(1).startswith("-")):
            spec, description = m.group(1), m.group(2) or ""
            if current is sections["options"]:
                names = re.findall(r"(?<![\w<])(--?[A-Za-z][\w-]*)", spec.split("<")[0])
                value = re.search(r"<([^>]*)>", spec)
                current.append([names, value.group(1) if value else "", description])
            else:
                current.append([spec, description])
        elif current:
            current[-1][-1] = (current[-1][-1] + " " + line.strip()).strip()
    return sections


def subcommands(arguments):
    """Words like 'preview' from an argument described as "list, preview ID, apply ID, rollback TX or journal"."""
    found = []
    for _name, description in arguments:
        pieces = re.split(r", | or ", description.strip().rstrip("."))
        if pieces and all(re.fullmatch(r"[a-z][a-z-]*(?: \[?[A-Z]+\]?)*", p) for p in pieces):
            found += [p.split()[0] for p in pieces]
    return found


def option_values(option, description):
    """The fixed values an option's help names ("Output format: text, json or html.")."""
    if option not in VALUE_OPTIONS or ": " not in description:
        return []
    text = description.split(": ", 1)[1]
    text = re.sub(r"\(default [^)]*\)", "", text).replace("(export:", ",")
    return [w for w in re.findall(r"[a-z][a-z-]*", text) if w not in ("or", "and")]


def word_in(word, text):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


# --- man pages ----------------------------------------------------------------------------------------------------


def man_plain(source):
    """The page's requests with comments, font escapes and escaped hyphens removed."""
    lines = [line for line in source.splitlines() if not line.startswith('.\\"')]
    text = "\n".join(lines).replace("\\-", "-")
    text = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", text)
    return re.sub(r"\\[&|^]", "", text)


def man_sections(plain):
    """{name: text} of the .SH sections, and {name: text} of the .SS subsections of each."""
    sh, ss = {}, {}
    name, sub = None, None
    for line in plain.splitlines():
        m = re.match(r'^\.SH\s+"?([^"]*)"?\s*$', line)
        if m:
            name, sub = m.group(1).strip(), None
            sh.setdefault(name, "")
            continue
        m = re.match(r'^\.SS\s+"?([^"]*)"?\s*$', line)
        if m and name:
            sub = m.group(1).strip()
            ss.setdefault(name, {}).setdefault(sub, "")
        if name:
            sh[name] += line + "\n"
            if sub:
                ss[name][sub] += line + "\n"
    return sh, ss


def tp_tags(text):
    """The tag lines of the .TP entries of text."""
    lines = text.splitlines()
    return [lines[i + 1] for i, line in enumerate(lines[:-1]) if re.match(r"^\.TP\b", line)]


def tp_entries(text):
    """(tag, body) of each .TP entry."""
    entries, current = [], None
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^\.TP\b", line) and i + 1 < len(lines):
            current = [lines[i + 1], ""]
            entries.append(current)
            i += 2
            continue
        if re.match(r"^\.(SH|SS|PP|P|LP)\b", line):
            current = None
        elif current is not None:
            current[1] += line + "\n"
        i += 1
    return entries


def synopsis_blocks(synopsis, program):
    """{command: text} of the SYNOPSIS lines (separated by .br) that start with `.B program command`."""
    blocks = {}
    for block in re.split(r"^\.br\s*$", synopsis, flags=re.M):
        m = re.search(r"^\.B\s+" + re.escape(program) + r"(?:\s+([a-z][a-z-]*))?", block, re.M)
        if m:
            key = m.group(1) or ""
            blocks[key] = blocks.get(key, "") + block
    return blocks


def check_bare_hyphens(path, source):
    for number, line in enumerate(source.splitlines(), 1):
        if line.startswith('.\\"'):
            continue
        if re.search(r"(?<!\\)--[A-Za-z]", line) or re.search(r"(?<![\\\w-])-[A-Za-z](?![\w-])", line.split(" ", 1)[-1]
                                                                if line.startswith(".") else line):
            gap(f"{path}:{number}: an option written with '-' instead of '\\-' (groff prints a hyphen): {line.strip()}")


def source_variables(source_dir):
    """The environment variables app/ and core/ read by name."""
    found = set()
    pattern = re.compile(r'(?:qEnvironmentVariable\w*|qgetenv|getenv|uidFromEnvironment)\(\s*"([A-Z][A-Z0-9_]*)"')
    listed = re.compile(r'for \(const char\* name : \{([^}]*)\}')
    for top in ("app", "core"):
        for root, _dirs, files in os.walk(os.path.join(source_dir, top)):
            for f in files:
                if f.endswith((".cpp", ".h")):
                    with open(os.path.join(root, f), encoding="utf-8") as fh:
                        text = fh.read()
                    found.update(pattern.findall(text))
                    for block in listed.findall(text):
                        found.update(re.findall(r'"([A-Z][A-Z0-9_]*)"', block))
    return found - INTERNAL_VARIABLES


def check_man_lists(path, sections):
    for name in ("ENVIRONMENT", "FILES"):
        if name not in sections:
            gap(f"{path}: no {name} section")
            continue
        tags = [re.sub(r"^\.\w+\s*", "", t).strip() for t in tp_tags(sections[name])]
        for tag in sorted({t for t in tags if tags.count(t) > 1}):
            gap(f"{path}: {name} lists {tag} more than once")
        if not tags:
            gap(f"{path}: {name} is not a list of .TP entries")


# --- completions --------------------------------------------------------------------------------------------------


def indented_section(text, label):
    """The case branch `label)` (alone or in `a|label|b)`) with every line indented under it; all such branches."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    out = []
    pattern = re.compile(r"^(\s*)(?:[\w\"'-]+\s*\|\s*)*" + re.escape(label) + r"(?:\s*\|\s*[\w\"'-]+)*\)(.*)$")
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if not m:
            continue
        indent = len(m.group(1))
        out.append(m.group(2))
        for following in lines[i + 1:]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            out.append(following)
    return "\n".join(out)


def definition(text, name):
    """A shell variable's or array's definition: `name="..."` or `name=( ... )` (several lines)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(?:local\s+(?:-a\s+)?)?" + re.escape(name) + r"=(.*)$", line)
        if not m:
            continue
        if m.group(2).startswith("(") and not m.group(2).rstrip().endswith(")"):
            body = [line]
            for following in lines[i + 1:]:
                body.append(following)
                if following.strip() == ")":
                    break
            return "\n".join(body)
        return line
    return ""


def with_variables(text, whole):
    """text plus the definitions of the variables it uses, and of those their definitions use."""
    seen, result, todo = set(), text, [text]
    while todo:
        for name in re.findall(r"\$\{?(\w+)", todo.pop()):
            if name not in seen:
                seen.add(name)
                d = definition(whole, name)
                result += "\n" + d
                todo.append(d)
    return result


# --- main ---------------------------------------------------------------------------------------------------------


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    cli, gui, source = sys.argv[1:]
    paths = {
        "cli man": os.path.join(source, "resources/man/escut-cli.1"),
        "gui man": os.path.join(source, "resources/man/escut.1"),
        "bash": os.path.join(source, "resources/completion/escut-cli.bash"),
        "zsh": os.path.join(source, "resources/completion/_escut-cli"),
    }
    files = {}
    for key, path in paths.items():
        with open(path, encoding="utf-8") as f:
            files[key] = f.read()

    top = run_help([cli])
    commands = []
    in_commands = False
    for line in top.splitlines():
        if line == "Commands:":
            in_commands = True
        elif in_commands and not line.strip():
            break
        elif in_commands:
            m = re.match(r"^  ([a-z][a-z-]*)\s{2,}", line)
            if m:
                commands.append(m.group(1))
    if not commands:
        print(f"check_cli_docs: no commands in '{cli} --help'", file=sys.stderr)
        return 2

    man_source = files["cli man"]
    man = man_plain(man_source)
    sections, subsections = man_sections(man)
    synopsis = synopsis_blocks(sections.get("SYNOPSIS", ""), "escut-cli")
    options_section = sections.get("OPTIONS", "")
    commands_ss = subsections.get("COMMANDS", {})
    check_bare_hyphens(paths["cli man"], man_source)
    check_man_lists(paths["cli man"], sections)

    documented_vars = {re.sub(r"^\.\w+\s*", "", t).split()[0] for t in tp_tags(sections.get("ENVIRONMENT", ""))
                       if re.sub(r"^\.\w+\s*", "", t).split()}
    for var in sorted(source_variables(source) - documented_vars):
        gap(f"{paths['cli man']}: ENVIRONMENT does not list {var}, which the sources read")

    bash_commands = definition(files["bash"], "commands")
    zsh_commands = definition(files["zsh"], "commands")

    for command in commands:
        help_sections = parse_help(run_help([cli, command]))
        subs = subcommands(help_sections["arguments"])
        block = synopsis.get(command, "")
        own = commands_ss.get(command, "")
        if not block:
            gap(f"man: escut-cli {command}: no SYNOPSIS line")
        if not own:
            gap(f"man: escut-cli {command}: no '.SS {command}' section under COMMANDS")
        branches = {
            "bash": with_variables(indented_section(files["bash"], command), files["bash"]),
            "zsh": with_variables(indented_section(files["zsh"], command), files["zsh"]),
        }
        if not word_in(command, bash_commands):
            gap(f"bash: the command {command} is not in 'commands'")
        if f"'{command}:" not in zsh_commands:
            gap(f"zsh: the command {command} is not in 'commands' ('{command}:description')")
        for shell, branch in branches.items():
            if not branch.strip():
                gap(f"{shell}: no case branch '{command})'")

        for sub in subs:
            # Every subcommand takes the command's options (one parser): check that --help agrees.
            sub_options = parse_help(run_help([cli, command, sub]))["options"]
            if [o[0] for o in sub_options] != [o[0] for o in help_sections["options"]]:
                gap(f"escut-cli {command} {sub} --help lists other options than escut-cli {command} --help; "
                    "this checker assumes one option set per command")
            if not word_in(sub, block):
                gap(f"man: escut-cli {command} {sub}: not in the SYNOPSIS of {command}")
            if not word_in(sub, own):
                gap(f"man: escut-cli {command} {sub}: not in the '{command}' section of COMMANDS")
            for shell, branch in branches.items():
                if not word_in(sub, branch):
                    gap(f"{shell}: escut-cli {command} {sub}: not in the '{command}' branch")

        for names, _value, description in help_sections["options"]:
            for name in names:
                if name in IGNORED_OPTIONS:
                    continue
                label = f"escut-cli {command} {name}"
                if name.startswith("--"):
                    # The generic line (`escut-cli COMMAND --help`) names the options every command has.
                    if not (word_in(name, block) or word_in(name, own) or word_in(name, synopsis.get("", ""))):
                        gap(f"man: {label}: not in the SYNOPSIS or the '{command}' section")
                if not any(word_in(name, t) for t in tp_tags(options_section) + tp_tags(own)):
                    gap(f"man: {label}: no .TP entry describes it (OPTIONS or the '{command}' section)")
                if not word_in(name, " ".join(re.findall(r'\bopts="([^"]*)"', branches["bash"]))):
                    gap(f"bash: {label}: not in the opts=\"...\" of the '{command}' branch")
                if not re.search(r"(?<![\w-])" + re.escape(name) + r"(?=[\[}=+,])", branches["zsh"]):
                    gap(f"zsh: {label}: no _arguments spec ('{name}[description]') in the '{command}' branch")
                for value in option_values(name, description):
                    for shell, branch in branches.items():
                        if not word_in(value, branch):
                            gap(f"{shell}: {label} {value}: the value is not offered in the '{command}' branch")
                    entries = [body + tag for tag, body in tp_entries(options_section + own) if word_in(name, tag)]
                    if not (word_in(value, block) or any(word_in(value, e) for e in entries)):
                        gap(f"man: {label} {value}: the value is not in the SYNOPSIS nor the option's entry")

    # The layers --only offers are the catalogue's.
    try:
        catalogue = json.loads(subprocess.run([cli, "checks", "--format", "json"], capture_output=True, text=True,
                                              env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")).stdout)
        layers = sorted({c["layer"] for c in catalogue["checks"]} | {l["id"] for l in catalogue["layers"]})
    except (ValueError, KeyError, OSError) as e:
        print(f"check_cli_docs: cannot read '{cli} checks --format json': {e}", file=sys.stderr)
        return 2
    for layer in layers:
        for shell in ("bash", "zsh"):
            if not word_in(layer, with_variables(indented_section(files[shell], "audit"), files[shell])):
                gap(f"{shell}: escut-cli audit --only {layer}: the layer is not offered")

    # The GUI: every option of escut --help in escut.1.
    gui_source = files["gui man"]
    gui_man = man_plain(gui_source)
    gui_sections, _ = man_sections(gui_man)
    check_bare_hyphens(paths["gui man"], gui_source)
    gui_synopsis = gui_sections.get("SYNOPSIS", "")
    for names, _value, _description in parse_help(run_help([gui]))["options"]:
        for name in names:
            if name in IGNORED_OPTIONS:
                continue
            if name.startswith("--") and not word_in(name, gui_synopsis):
                gap(f"man: escut {name}: not in the SYNOPSIS of escut.1")
            if not any(word_in(name, t) for t in tp_tags(gui_sections.get("OPTIONS", ""))):
                gap(f"man: escut {name}: no .TP entry under OPTIONS in escut.1")

    for g in gaps:
        print(g)
    print(f"check_cli_docs: {len(gaps)} gap(s); {len(commands)} commands of {cli}", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
