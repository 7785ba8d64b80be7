#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Catalan and Spanish texts use the glossary's term for each idea, never a variant it says to avoid.

Usage: check_glossary.py SOURCE_DIR

It reads, for Catalan and for Spanish:

  translations   the <translation> and <numerusform> texts of translations/escut_ca.ts and escut_es.ts
                 (never <source>);
  labs           the "ca" and "es" values of every object in resources/labs/*.json;
  desktop        the Key[ca]= and Key[es]= entries of resources/**/*.desktop and the xml:lang="ca"/"es" elements
                 of resources/**/*.metainfo.xml (and *.appdata.xml);
  man pages      the translations (@tr) of resources/man/i18n/*.ca.txt and *.es.txt, the man page catalogues
                 (scripts/man_i18n.py), as the reader sees them: one text per unit, without roff requests, font
                 escapes or quotes.

A variant matches as a whole word or phrase, case-insensitively, with Unicode word boundaries (a letter with an
accent is a letter); the typographic apostrophe counts as "'" and any run of white space as one space. A match
inside a text that one of ALLOWED's context patterns covers is a legitimate use and is not reported; an ALLOWED
entry that covers nothing is reported, so that the list stays short.

It prints file, language, word and context for every hit (and every stale ALLOWED entry) and exits 1 when there
is one, 0 otherwise; 2 when a file cannot be read.
"""

import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# The "avoid (ca)" and "avoid (es)" columns of the project glossary (GLOSSARY.md, issue 23), with the inflections
# a translator would write (plural, feminine). Keep them in step with that file: the glossary lives outside the
# repository, so the lists are copied here.
AVOID = {
    "ca": [
        "dèmon", "dèmons",                                  # daemon: dimoni
        "resultat", "resultats",                            # a finding: troballa
        "falla", "falles",                                  # fail (status): fallada
        "errors",                                           # fail (status): fallades
        "enfortit", "enfortida", "enfortits", "enfortides", "enfortir", "bastionament",  # hardening: enduriment
        "encriptació", "encriptat", "encriptada", "encriptar",  # encryption: xifratge
        "xifrat",                                           # encryption (noun): xifratge
        "punt d'accés", "punts d'accés",                    # endpoint: punt de connexió
        "testimoni", "testimonis",                          # token: token
        "capacitat", "capacitats",                          # capability: capability
        "socket", "sockets",                                # socket: sòcol
        "entorn d'execució",                                # runtime: runtime
        "tallafocs",                                        # firewall: tallafoc
        "la shell", "el shell",                             # shell: intèrpret d'ordres
        "comanda", "comandes",                              # command: ordre
        "override",                                         # override file: fitxer de substitució
        "subjecte", "subjectes",                            # subject: element
        "fets",                                             # facts: dades
        "llavor",                                           # seed document: document 000/002
        "una URL",                                          # un URL
        "corre", "corren", "s'executa com a", "s'executen com a",  # runs as: s'executa amb l'usuari
        "vénen",                                            # IEC 2016 spelling: venen
    ],
    "es": [
        "anfitrión",                                        # host: host
        "núcleo",                                           # kernel: kernel
        "resultado", "resultados",                          # a finding: hallazgo
        "errores",                                          # fail (status): fallidas
        "advertencia", "advertencias",                      # warning: aviso
        "revertir",                                         # rollback: deshacer
        "reforzado", "reforzada", "reforzados", "reforzadas", "reforzar", "endurecimiento",  # hardening: bastionado
        "encriptación", "encriptado", "encriptada",         # encryption: cifrado
        "punto de acceso", "puntos de acceso",              # endpoint: punto de conexión
        "vista previa",                                     # preview: previsualización
        "capacidad", "capacidades",                         # capability: capability
        "entorno de ejecución",                             # runtime: runtime
        "archivo", "archivos",                              # file: fichero (a tar archive is an archivo)
        "la shell",                                         # shell: el shell
        "override",                                         # override file: fichero de sustitución
        "sujeto", "sujetos",                                # subject: elemento
        "hechos",                                           # facts: datos
        "semilla",                                          # seed document: documento 000/002
        "corre", "corren",                                  # runs as: se ejecuta como
        "castellano",                                       # the language: español
        "sólo",                                             # RAE 2010 spelling: solo
    ],
}

# Legitimate uses: (language, word, a pattern of the context where the word is right). A hit is allowed when a match
# of the pattern (case-insensitive, searched in the whole text) covers it. Keep the patterns narrow.
ALLOWED = [
    # Catalan "falla" is also the verb "fails" ("un contenidor que falla", "docker pull falla"): not the status.
    ("ca", "falla", r"\bque falla\b"),
    ("ca", "falla", r"\b(docker pull|cryptsetup open) falla\b"),
    # escut-cli(1), --active: container.exec-shell passes when docker exec fails (the verb again).
    ("ca", "falla", r"\bés correcta quan falla\b"),
    # "xifrat" as an adjective (encrypted storage, an encrypted directory) is right; only the noun is xifratge.
    ("ca", "xifrat", r"\b(emmagatzematge|sistema de fitxers|dispositiu|directori) xifrat\b"),
    ("ca", "xifrat", r"\bestà xifrat\b"),
    # The directory and image the data-encryption lab's commands create (${LAB_ROOT}/xifrat, imatges/xifrat.img).
    ("ca", "xifrat", r"\$\{LAB_ROOT\}/(imatges/)?xifrat\b"),
    # "resultat(s)" of a tool, a build or a probe, never a finding: the output of a build stage, the Compose file
    # that is validated, what a docker commit saved, the probes' results, JUnit test results, the status column
    # of the fix wizard's verification, the audit's scores and counts served as Prometheus metrics.
    ("ca", "resultat", r"\bnomés (el|del) resultat\b"),
    ("ca", "resultat", r"\bvalidar? el resultat\b|\bel resultat no s'ha validat\b"),
    ("ca", "resultat", r"\bdesar el resultat\b"),
    ("ca", "resultat", r"^Resultat$"),
    ("ca", "resultats", r"\bels resultats de les sondes\b|\bsondes actives i en desa els resultats\b"),
    ("ca", "resultats", r"^Resultats de proves\b"),
    ("ca", "resultats", r"\bserveix els resultats com a mètriques de Prometheus\b"),
    ("es", "resultado", r"\bsolo (el|del) resultado\b"),
    ("es", "resultado", r"\bvalidar? el resultado\b|\bel resultado no se ha validado\b"),
    ("es", "resultado", r"\bguardó el resultado\b"),
    ("es", "resultado", r"^Resultado$"),
    ("es", "resultados", r"\blos resultados de las sondas\b|\bsondas activas y guarda sus resultados\b"),
    ("es", "resultados", r"^Resultados de pruebas\b"),
    ("es", "resultados", r"\bsirve los resultados como métricas de Prometheus\b"),
    # The summary line counts the error status (the check could not run), whose plural is errors/errores.
    ("ca", "errors", r"\bomeses %\d+, errors %\d+"),
    ("es", "errores", r"\bomitidas %\d+, errores %\d+"),
    # The option --override of compose harden, typed as is.
    ("ca", "override", r"--override\b"),
    ("es", "override", r"--override\b"),
    # The systemd unit docker.socket, a name.
    ("ca", "socket", r"\bdocker\.socket\b"),
    # A tar archive is an "archivo" (ADD unpacks it; Docker's archive API, /containers/{id}/archive, speaks tar).
    ("es", "archivo", r"\bdesempaqueta el archivo\b|\barchivo tar\b|\bfin de archivo\b|\bAPI de archivo de Docker\b"),
    ("es", "archivos", r"\bdesempaqueta archivos\b|\bAPI de archivos de Docker\b"),
]
# Not a variant, so not listed: "llavors" ("then") is a word of its own, not the plural of "llavor", and the
# whole-word match never finds "llavor" in it.


def normalize(text):
    return re.sub(r"\s+", " ", text.replace("\u2019", "'"))


def word_pattern(word):
    return re.compile(r"(?<!\w)" + re.escape(word).replace(r"\ ", " ") + r"(?!\w)", re.IGNORECASE)


PATTERNS = {lang: [(word, word_pattern(word)) for word in words] for lang, words in AVOID.items()}
ALLOWED_PATTERNS = [(lang, word, re.compile(pattern, re.IGNORECASE)) for lang, word, pattern in ALLOWED]
USED_ALLOWED = set()  # indexes into ALLOWED that covered a hit: an entry that covers none is stale


def hits(lang, text):
    """(word, context) for every avoided variant in text that no allowed pattern covers."""
    text = normalize(text)
    found = []
    for word, pattern in PATTERNS[lang]:
        for match in pattern.finditer(text):
            allowed = False
            for index, (alang, aword, apattern) in enumerate(ALLOWED_PATTERNS):
                if alang == lang and aword == word and any(
                        m.start() <= match.start() and match.end() <= m.end() for m in apattern.finditer(text)):
                    USED_ALLOWED.add(index)
                    allowed = True
            if not allowed:
                start, end = max(0, match.start() - 40), min(len(text), match.end() + 40)
                context = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
                found.append((word, context))
    return found


def ts_texts(path):
    """The translated texts of a Qt Linguist file: (where, text)."""
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
        for text in texts:
            yield "source \"%s\"" % (source[:50] + ("…" if len(source) > 50 else "")), text


def json_texts(node, where, lang):
    """The lang values of every object in a parsed JSON document that has "ca"/"es" keys: (where, text)."""
    if isinstance(node, dict):
        if lang in node:
            value = node[lang]
            for i, text in enumerate(value if isinstance(value, list) else [value]):
                if isinstance(text, str):
                    yield where + (f"[{i}]" if isinstance(value, list) else ""), text
        for key, value in node.items():
            if key not in ("ca", "es"):
                yield from json_texts(value, f"{where}.{key}" if where else key, lang)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from json_texts(value, f"{where}[{i}]", lang)


def desktop_texts(path, lang):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = re.match(r"([A-Za-z0-9-]+)\[" + lang + r"\]=(.*)$", line.rstrip("\n"))
            if m:
                yield f"line {number} {m.group(1)}[{lang}]", m.group(2)


def metainfo_texts(path, lang):
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for element in ET.parse(path).getroot().iter():
        if element.get(xml_lang) == lang:
            yield f"<{element.tag} xml:lang=\"{lang}\">", "".join(element.itertext())


def roff_text(lines):
    """What a reader sees of a few roff lines: macro names, font escapes and argument quotes dropped."""
    words = []
    for line in lines:
        if line.startswith((".", "'")):
            line = re.sub(r"^[.'][ \t]*\S*", "", line).replace('"', "")
        line = re.sub(r"\\f(\[[A-Z]*\]|\([A-Z]{2}|[A-Z])", "", line)
        line = line.replace("\\-", "-").replace("\\(lq", "\u201c").replace("\\(rq", "\u201d")
        words.append(line)
    return " ".join(words)


def man_texts(path):
    """The translated texts of a man page catalogue: (where, text), one per @tr."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entry, english, translated, target = None, [], [], None
    for number, line in enumerate(lines + ["@end"], 1):
        if line.startswith("@") and not line.startswith("@#") and line != "@tr":
            if entry is not None and translated:
                yield f"line {entry} \"{roff_text(english)[:50]}\"", roff_text(translated)
            entry, english, translated, target = number, [], [], "en"
        elif line == "@tr":
            target = "tr"
        elif not line.startswith("@#") and line.strip():
            (english if target == "en" else translated).append(line)


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = sys.argv[1]
    sources = []  # (file, language, texts)
    try:
        for lang in ("ca", "es"):
            path = os.path.join(root, "translations", f"escut_{lang}.ts")
            sources.append((path, lang, list(ts_texts(path))))
        for path in sorted(glob.glob(os.path.join(root, "resources", "labs", "*.json"))):
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            for lang in ("ca", "es"):
                sources.append((path, lang, list(json_texts(document, "", lang))))
        resources = os.path.join(root, "resources")
        for path in sorted(glob.glob(os.path.join(resources, "**", "*.desktop"), recursive=True)):
            for lang in ("ca", "es"):
                sources.append((path, lang, list(desktop_texts(path, lang))))
        for pattern in ("*.metainfo.xml", "*.appdata.xml"):
            for path in sorted(glob.glob(os.path.join(resources, "**", pattern), recursive=True)):
                for lang in ("ca", "es"):
                    sources.append((path, lang, list(metainfo_texts(path, lang))))
        for lang in ("ca", "es"):
            for path in sorted(glob.glob(os.path.join(resources, "man", "i18n", f"*.{lang}.txt"))):
                sources.append((path, lang, list(man_texts(path))))
    except (OSError, ValueError, ET.ParseError) as e:
        print(f"check_glossary: {e}", file=sys.stderr)
        return 2

    count = 0
    for path, lang, texts in sources:
        if not texts:
            print(f"check_glossary: {os.path.relpath(path, root)}: no {lang} texts found", file=sys.stderr)
            return 2
        for where, text in texts:
            for word, context in hits(lang, text):
                count += 1
                print(f"{os.path.relpath(path, root)}: {lang}: \"{word}\" ({where}): {context}")
    for index, (lang, word, pattern) in enumerate(ALLOWED):
        if index not in USED_ALLOWED:
            count += 1
            print(f"{sys.argv[0]}: ALLOWED entry ({lang}, \"{word}\", r\"{pattern}\") covers no text any more: "
                  "remove it")
    if count:
        print(f"{count} glossary problem(s); see the AVOID and ALLOWED lists in {sys.argv[0]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
