#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated man pages from the English ones, po4a's way: the English roff page is the only source.

Usage:
  man_i18n.py generate PAGE CATALOGUE OUTPUT   write the translated page (a unit with no translation stays English
                                               and is reported on stderr; `check` is what fails on it)
  man_i18n.py check MAN_DIR [LANG...]          check every MAN_DIR/*.1 against MAN_DIR/i18n/PAGE.LANG.txt
                                               (LANG: ca es by default); exit 1 on any problem
  man_i18n.py update PAGE CATALOGUE            rewrite CATALOGUE in the page's order: keep every translation, add
                                               the new units with an empty translation, move stale entries to the
                                               end (check fails on both until a translator deals with them)

Units. The page is cut into translatable units the way po4a's man module does it: a paragraph is the run of text
lines and font macros (.B .I .BR .BI .IB .IR .RB .RI) between two other requests (.PP .TP .SH .br .RS ...); the tag
line after .TP is a unit of its own; each line between .nf and .fi is one; each .SH/.SS heading is one. A unit is
translated as a whole, as roff lines, so a translation may reorder its words and font macros freely. A unit with no
English words (only option names, commands, placeholders, punctuation) is not translatable and is copied as is:
most of SYNOPSIS, the .TP tags, the example commands. The .TH line keeps the English page's date and version; only
its manual title ("User Commands") is translated.

Catalogue (resources/man/i18n/PAGE.LANG.txt), plain roff with no escaping, so that it reads like the page:

  @# a comment
  @th                    the .TH manual title, one line, then @tr and its translation
  User Commands
  @tr
  Ordres de l'usuari
  @term                  a word in bold or italic that is translated where it appears (a section name the text
  ENDPOINT RESOLUTION    refers to is one automatically; @term is for the others, such as the SYNOPSIS placeholder
  @tr                    "audit options")
  RESOLUCIÓ DEL PUNT DE CONNEXIÓ
  @unit                  an English unit, exactly as in the page, then @tr and its translation
  .BI \\-\\-context " NAME"
  Docker context to use.
  @tr
  ...

Check, for every language:
  missing      a translatable unit of the English page has no entry (or an empty translation);
  stale        an entry (unit, @th or @term) matches nothing in the English page any more;
  untranslated a translation identical to its English unit;
  requests     a translation has a request other than the font macros (or a line starting with '), or a
               heading's translation changes .SH into .SS;
  literals     the literals differ between a unit and its translation: each bold or italic run (option names,
               commands, placeholders, paths, values), and in roman text every option (\\-\\-name), number, path,
               dotted name (daemon.json), name with "_" or "$", and word in capitals (FILE, DOCKER_HOST, JSON).
               A section name or @term in bold or italic must appear translated;
  name         the NAME line does not start with the command name and "\\-".
When groff is installed it also renders each generated page with `groff -man -ww -z` and reports its warnings.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

FONT_MACROS = {"B": "BB", "I": "II", "BR": "BR", "RB": "RB", "BI": "BI", "IB": "IB", "IR": "IR", "RI": "RI"}
LANGUAGES = ("ca", "es")
CODING_LINE = '.\\" -*- coding: UTF-8 -*-'


# ---------------------------------------------------------------------------------------------------- roff parsing

def request_name(line):
    """The request or macro name of a control line, None for a text line."""
    if not line or line[0] not in ".'":
        return None
    m = re.match(r"[.'][ \t]*([^ \t]*)", line)
    return m.group(1)


def is_comment(line):
    return re.match(r"[.'][ \t]*\\\"", line) is not None or line.startswith('\\"')


def split_args(text):
    """Macro arguments, roff's way: blanks separate, a double quote starts a quoted argument, "" in it is a quote."""
    args, i, n = [], 0, len(text)
    while i < n:
        while i < n and text[i] in " \t":
            i += 1
        if i >= n:
            break
        if text[i] == '"':
            i += 1
            arg = []
            while i < n:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        arg.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                arg.append(text[i])
                i += 1
            args.append("".join(arg))
        else:
            start = i
            while i < n and text[i] not in " \t":
                i += 1
            args.append(text[start:i])
    return args


def font_runs(text, font):
    """Split text at its \\fB \\fI \\fR \\fP escapes: [(font, text)], starting in font."""
    runs, previous = [], font
    pos = 0
    for m in re.finditer(r"\\f(\[[A-Z]*\]|\([A-Z]{2}|[A-Z])", text):
        if m.start() > pos:
            runs.append((font, text[pos:m.start()]))
        name = m.group(1).strip("[]( ")
        if name in ("P", ""):
            font, previous = previous, font
        else:
            previous, font = font, {"B": "B", "I": "I", "R": "R", "CW": "R"}.get(name, "R")
        pos = m.end()
    if pos < len(text):
        runs.append((font, text[pos:]))
    return runs


def line_runs(line):
    """[(font, text)] of one text line or font macro line, as groff would set it."""
    name = request_name(line)
    if name is None:
        return font_runs(line, "R")
    fonts = FONT_MACROS[name]
    rest = line[len(re.match(r"[.'][ \t]*[^ \t]*", line).group(0)):]
    args = split_args(rest)
    runs = []
    if name in ("B", "I"):
        return font_runs(" ".join(args), name)
    for i, arg in enumerate(args):
        runs.extend(font_runs(arg, fonts[i % 2]))
    return runs


def unit_runs(lines):
    """The runs of a unit, adjacent runs of one font merged (a line break is a space, as when set)."""
    merged = []
    for index, line in enumerate(lines):
        runs = line_runs(line)
        if index and runs:
            runs[0] = (runs[0][0], " " + runs[0][1])
        for font, text in runs:
            if merged and merged[-1][0] == font:
                merged[-1] = (font, merged[-1][1] + text)
            else:
                merged.append((font, text))
    return merged


def heading_text(line):
    return " ".join(split_args(line[len(re.match(r"[.'][ \t]*[^ \t]*", line).group(0)):]))


# ---------------------------------------------------------------------------------------------------- units

class Page:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.units = []  # (first line, last line + 1, kind): kind is "text", "heading" or "tag"
        self.th_index = None
        self._cut()
        self.vocabulary = set()  # every word set in bold or italic somewhere: commands, values, placeholders
        for a, b, kind in self.units:
            if kind == "heading":
                continue
            for font, text in unit_runs(self.lines[a:b]):
                if font != "R":
                    self.vocabulary.update(re.findall(r"[^\W\d_][\w'-]*", text.replace("\\-", "-")))
        # Section names the text can refer to (in bold): the headings that are words, not a command's name.
        self.headings = [heading_text(self.lines[a]) for a, b, kind in self.units
                         if kind == "heading" and self.translatable((a, b, kind))]
        self.name = None  # the command name of the NAME line
        self.name_unit = None
        for i, (a, b, kind) in enumerate(self.units):
            if kind == "heading" and heading_text(self.lines[a]) == "NAME" and i + 1 < len(self.units):
                self.name_unit = i + 1
                m = re.match(r"(\S+) \\- ", self.lines[self.units[i + 1][0]])
                self.name = m.group(1) if m else None

    def _cut(self):
        start = None
        nofill = False
        tag_pending = False

        def flush(end):
            nonlocal start
            if start is not None and end > start:
                self.units.append((start, end, "text"))
            start = None

        for i, line in enumerate(self.lines):
            if is_comment(line):
                flush(i)
                continue
            name = request_name(line)
            if name is not None and name not in FONT_MACROS:
                flush(i)
                if name in ("SH", "SS"):
                    self.units.append((i, i + 1, "heading"))
                elif name == "TH":
                    self.th_index = i
                elif name == "nf":
                    nofill = True
                elif name == "fi":
                    nofill = False
                tag_pending = name == "TP"
                continue
            if tag_pending:
                flush(i)
                self.units.append((i, i + 1, "tag"))
                tag_pending = False
                continue
            if nofill:
                flush(i)
                self.units.append((i, i + 1, "text"))
                continue
            if start is None:
                start = i
        flush(len(self.lines))

    def unit_lines(self, unit):
        a, b, kind = unit
        return self.lines[a:b]

    def wordy(self, font, text):
        """A bold or italic run that is words to translate: a section name, or an italic phrase in lower case."""
        text = text.strip()
        return (font == "B" and text in self.headings) or (font == "I" and " " in text and re.search(r"[a-z]{2}", text) is not None)

    def translatable(self, unit):
        lines = self.unit_lines(unit)
        if unit[2] == "heading":
            if request_name(lines[0]) == "SH":  # NAME, SYNOPSIS...: always words
                return True
            words = re.findall(r"[^\W\d_][\w'-]*", heading_text(lines[0]))
            return any(w not in self.vocabulary for w in words)
        for font, text in unit_runs(lines):
            if font == "R":
                plain = LITERAL.sub(" ", text)
                plain = re.sub(r"\\\(..|\\\[[^]]*\]|\\.", " ", plain)
                if any(w not in self.vocabulary for w in re.findall(r"[^\W\d_][\w'-]*[^\W\d_]", plain)):
                    return True
            elif self.wordy(font, text):
                return True
        return False

    def translatable_units(self):
        return [u for u in self.units if self.translatable(u)]

    def th_title(self):
        if self.th_index is None:
            return None
        args = split_args(self.lines[self.th_index][3:])
        return args[4] if len(args) > 4 else None


# A literal in roman text: an option, or a run without blanks that holds a digit, a path, a dotted or underscored
# name, a variable, an escaped hyphen, or a word in capitals.
LITERAL = re.compile(
    r"(?<![\w\\])\\-\\-?[A-Za-z][\w\\-]*"                    # \-\-option, \-o
    r"|(?<![\w\\-])--?[A-Za-z][\w-]*"                       # --option, -o written without backslashes
    r"|[^\s(]*(?:\d|/|\w\.\w|_|\$|\\-|=)[^\s]*"              # 30, ~/.config/escut, daemon.json, cap_drop, $X
    r"|\b[A-Z][A-Z0-9]+\b")                                  # FILE, JSON, ALL


def literals(lines, terms=None, headings=None):
    """The set of literals of a unit: terms maps bold or italic words to their translation, headings bold ones.

    Runs are taken line by line, so that a translation may split `.B a` `.B b` differently from the English only
    by keeping each literal whole."""
    found = set()
    runs = [run for line in lines for run in unit_runs([line])]
    for font, text in runs:
        if font == "R":
            for m in LITERAL.finditer(text):
                token = m.group(0).rstrip(".,;:)\"")
                # 'a)' or '),' leftovers of parentheses around a literal
                token = re.sub(r"^\(+", "", token)
                if re.search(r"\w", token):
                    found.add(token)
        else:
            token = text.strip()
            if token and terms and token in terms:
                token = terms[token]
            elif token and headings and font == "B" and token in headings:
                token = headings[token]
            if token:
                found.add(token)
    return found


# ---------------------------------------------------------------------------------------------------- catalogues

class Catalogue:
    def __init__(self, path):
        self.path = path
        self.entries = []  # (kind, english lines, translated lines, line number)
        self.errors = []
        with open(path, encoding="utf-8") as f:
            text = f.read().split("\n")
        kind, english, translated, where, target = None, [], [], 0, None
        for number, line in enumerate(text, 1):
            if line.startswith("@#"):
                continue
            if line in ("@unit", "@th", "@term"):
                if kind:
                    self._add(kind, english, translated, where)
                kind, english, translated, where, target = line[1:], [], [], number, "en"
                continue
            if line == "@tr":
                if kind is None or target != "en":
                    self.errors.append(f"{path}:{number}: @tr without an entry")
                target = "tr"
                continue
            if line.startswith("@"):
                self.errors.append(f"{path}:{number}: unknown marker {line}")
                continue
            if kind is None:
                if line.strip():
                    self.errors.append(f"{path}:{number}: text outside an entry")
                continue
            (english if target == "en" else translated).append(line)
        if kind:
            self._add(kind, english, translated, where)

    def _add(self, kind, english, translated, where):
        while english and not english[-1].strip():
            english.pop()
        while translated and not translated[-1].strip():
            translated.pop()
        self.entries.append((kind, english, translated, where))

    def table(self, kind):
        return {"\n".join(e): t for k, e, t, w in self.entries if k == kind}


def load(page_path, catalogue_path):
    page = Page(page_path)
    catalogue = Catalogue(catalogue_path)
    units = catalogue.table("unit")
    th = {k: v[0] if v else "" for k, v in catalogue.table("th").items()}
    terms = {k: v[0] if v else "" for k, v in catalogue.table("term").items()}
    headings = {}  # a section name in bold is the reader's cross-reference: it follows the heading's translation
    for a, b, kind in page.units:
        if kind == "heading":
            english = page.lines[a]
            if english in units and units[english]:
                headings[heading_text(english)] = heading_text(units[english][0])
    return page, catalogue, units, th, (terms, headings)


def translate(page, units, th, catalogue_name="", warn=None):
    """The translated page's lines."""
    out = [CODING_LINE,
           f'.\\" Generated by scripts/man_i18n.py from {os.path.basename(page.path)} and {catalogue_name}: '
           "edit those, not this file."]
    translatable = {(a, b) for a, b, kind in page.translatable_units()}
    i = 0
    starts = {a: (a, b, kind) for a, b, kind in page.units}
    while i < len(page.lines):
        line = page.lines[i]
        if i == page.th_index:
            title = page.th_title()
            if title is not None and th.get(title):
                head = re.match(r"\.TH\s+", line).group(0)
                args = split_args(line[len(head):])
                args[4] = th[title]
                line = head + " ".join(a if re.fullmatch(r"[^\s\"]+", a) else '"' + a + '"' for a in args)
            elif warn:
                warn(f"{page.path}: .TH title {title!r} has no translation")
            out.append(line)
            # groff (1.22) has no Catalan or Spanish hyphenation patterns: English ones break words wrongly
            # ("doc-umentació"), so a translated page is not hyphenated at all, and is set ragged right so that
            # long literals (com.docker.compose.project.config_files) leave no wide gaps ("cannot adjust line").
            out.append('.\\" No hyphenation (groff has no patterns for this language), so no justification.')
            out.append(".nh")
            out.append(".ad l")
            i += 1
            continue
        if request_name(line) in ("hy", "ad") and line.strip() in (".hy", ".ad", ".ad b", ".ad n"):
            out.append(".nh" if request_name(line) == "hy" else ".ad l")
            i += 1
            continue
        if i in starts and (starts[i][0], starts[i][1]) in translatable:
            a, b, kind = starts[i]
            english = "\n".join(page.lines[a:b])
            if units.get(english):
                out.extend(units[english])
            else:
                if warn:
                    warn(f"{page.path}:{a + 1}: no translation, left in English: {page.lines[a]}")
                out.extend(page.lines[a:b])
            i = b
            continue
        out.append(line)
        i += 1
    # The source's first line (the SPDX tag) stays first after the coding line: nothing else to move.
    return out


# ---------------------------------------------------------------------------------------------------- check

def check_pair(page_path, catalogue_path, rel):
    problems = []
    page, catalogue, units, th, (terms, headings) = load(page_path, catalogue_path)
    problems.extend(catalogue.errors)
    cat = rel(catalogue_path)
    translatable = page.translatable_units()
    english_units = {"\n".join(page.unit_lines(u)): u for u in translatable}

    seen = set()
    for kind, english, translated, where in catalogue.entries:
        key = "\n".join(english)
        if (kind, key) in seen:
            problems.append(f"{cat}:{where}: duplicate entry: {english[0] if english else ''}")
        seen.add((kind, key))
        if kind == "unit" and key not in english_units:
            problems.append(f"{cat}:{where}: stale: no unit of {rel(page_path)} is\n      " + "\n      ".join(english))
        if kind == "th" and key != page.th_title():
            problems.append(f"{cat}:{where}: stale: the .TH title of {rel(page_path)} is not {key!r}")

    used_terms = set()
    for key, unit in english_units.items():
        a = unit[0]
        translated = units.get(key)
        if not translated:
            problems.append(f"{cat}: missing: {rel(page_path)}:{a + 1}: no translation for\n      "
                            + "\n      ".join(page.unit_lines(unit)))
            continue
        where = f"{cat}: {rel(page_path)}:{a + 1}"
        if translated == page.unit_lines(unit) and unit[2] != "heading":
            problems.append(f"{where}: untranslated: the translation is the English text")
        for line in translated:
            name = request_name(line)
            if unit[2] == "heading":
                continue
            if name is not None and name not in FONT_MACROS:
                problems.append(f"{where}: requests: {line!r} is not a font macro or a text line")
            if not line.strip():
                problems.append(f"{where}: requests: an empty line sets a blank line")
        if unit[2] == "heading":
            if len(translated) != 1 or request_name(translated[0]) != request_name(page.lines[a]):
                problems.append(f"{where}: requests: a heading translates to one {page.lines[a].split()[0]} line")
            continue
        for font, text in unit_runs(page.unit_lines(unit)):
            if font != "R" and text.strip() in terms:
                used_terms.add(text.strip())
        expected = literals(page.unit_lines(unit), terms, headings)
        actual = literals(translated)
        if expected != actual:
            lost, added = sorted(expected - actual), sorted(actual - expected)
            detail = []
            if lost:
                detail.append("not in the translation: " + ", ".join(repr(t) for t in lost))
            if added:
                detail.append("not in the English: " + ", ".join(repr(t) for t in added))
            problems.append(f"{where}: literals: " + "; ".join(detail))
        if page.name_unit is not None and unit == page.units[page.name_unit] and page.name:
            if not translated[0].startswith(page.name + " \\- "):
                problems.append(f"{where}: name: the NAME line must start with '{page.name} \\- '")

    explicit_terms = catalogue.table("term")
    for key in explicit_terms:
        if key not in used_terms:
            problems.append(f"{cat}: stale: @term {key!r} is in no translatable unit's bold or italic text")
    if page.th_title() and not th.get(page.th_title()):
        problems.append(f"{cat}: missing: the .TH title {page.th_title()!r}")
    for kind, english, translated, where in catalogue.entries:
        if not translated and kind != "unit":
            problems.append(f"{cat}:{where}: missing: @{kind} {english[0] if english else ''!r} has no translation")
    return problems, page, units, th


# Terminal widths a reader may have; below 70 columns even the English page cannot set every line.
RENDER_WIDTHS = (None, 70, 80, 100, 120)


def render_warnings(lines):
    """groff's warnings for the page set at each of RENDER_WIDTHS, None without groff."""
    groff = shutil.which("groff")
    if not groff:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".1", encoding="utf-8", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        name = f.name
    warnings = []
    try:
        for width in RENDER_WIDTHS:
            argv = [groff, "-k", "-man", "-ww", "-z", "-Tutf8"] + ([f"-rLL={width}n"] if width else [])
            done = subprocess.run(argv + [name], capture_output=True, text=True)
            where = f"{width} columns" if width else "default width"
            warnings.extend(f"{where}: {line.replace(name, 'page')}" for line in done.stderr.splitlines()
                            if line.strip())
        return warnings
    finally:
        os.unlink(name)


def check(man_dir, languages):
    rel = lambda path: os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.abspath(man_dir))))
    pages = sorted(p for p in os.listdir(man_dir) if re.fullmatch(r"[\w-]+\.\d", p))
    if not pages:
        print(f"man_i18n: no man pages in {man_dir}", file=sys.stderr)
        return 2
    problems, counts = [], []
    for page_name in pages:
        page_path = os.path.join(man_dir, page_name)
        for lang in languages:
            catalogue_path = os.path.join(man_dir, "i18n", f"{page_name[:-2]}.{lang}.txt")
            if not os.path.exists(catalogue_path):
                problems.append(f"{rel(catalogue_path)}: missing: no catalogue for {page_name} in {lang}")
                continue
            found, page, units, th = check_pair(page_path, catalogue_path, rel)
            problems.extend(found)
            total = len(page.translatable_units())
            done = sum(1 for u in page.translatable_units() if units.get("\n".join(page.unit_lines(u))))
            counts.append(f"{page_name} {lang}: {done}/{total} units translated")
            warnings = render_warnings(translate(page, units, th))
            if warnings is None:
                counts.append("(groff not found: the pages were not rendered)")
            else:
                problems.extend(f"{rel(page_path)} ({lang}): groff: {w}" for w in warnings)
    for line in counts:
        print(line)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s). After editing an English page, run scripts/man_i18n.py update PAGE "
              "CATALOGUE for each language and translate the new units.")
        return 1
    return 0


# ---------------------------------------------------------------------------------------------------- update

def write_catalogue(path, header, entries):
    out = list(header)
    for kind, english, translated in entries:
        if kind == "#":
            out.extend(english)
            continue
        out.append(f"@{kind}")
        out.extend(english)
        out.append("@tr")
        out.extend(translated)
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def update(page_path, catalogue_path):
    page = Page(page_path)
    header = []
    if os.path.exists(catalogue_path):
        with open(catalogue_path, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if not line.startswith("@#"):
                    break
                header.append(line)
        catalogue = Catalogue(catalogue_path)
    else:
        catalogue = None
    old = {(k, "\n".join(e)): t for k, e, t, w in catalogue.entries} if catalogue else {}
    entries, used = [], set()
    title = page.th_title()
    if title:
        entries.append(("th", [title], old.get(("th", title), [])))
        used.add(("th", title))
    for kind, english, translated, where in (catalogue.entries if catalogue else []):
        if kind == "term":
            entries.append((kind, english, translated))
            used.add((kind, "\n".join(english)))
    added = 0
    for unit in page.translatable_units():
        key = "\n".join(page.unit_lines(unit))
        if ("unit", key) in used:
            continue
        used.add(("unit", key))
        translated = old.get(("unit", key), [])
        added += not translated
        entries.append(("unit", page.unit_lines(unit), translated))
    stale = [(k, e.split("\n"), t) for (k, e), t in old.items() if (k, e) not in used]
    if stale:
        entries.append(("#", ["@# Stale: these match nothing in the English page any more. Reuse their wording "
                              "above, then delete them."], []))
        entries.extend(stale)
    write_catalogue(catalogue_path, header, entries)
    print(f"{catalogue_path}: {added} unit(s) to translate, {len(stale)} stale entr(y/ies) at the end")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "generate" and len(argv) == 5:
        page, catalogue, units, th, terms = load(argv[2], argv[3])
        for error in catalogue.errors:
            print(f"man_i18n: {error}", file=sys.stderr)
        lines = translate(page, units, th, os.path.basename(argv[3]), warn=lambda m: print(f"man_i18n: warning: {m}", file=sys.stderr))
        os.makedirs(os.path.dirname(os.path.abspath(argv[4])), exist_ok=True)
        with open(argv[4], "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        return check(argv[2], argv[3:] or LANGUAGES)
    if len(argv) == 4 and argv[1] == "update":
        return update(argv[2], argv[3])
    print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
