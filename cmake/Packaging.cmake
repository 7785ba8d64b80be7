# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` from a build configured with the "package" preset (prefix /usr).
set(CPACK_PACKAGE_NAME escut)
set(CPACK_PACKAGE_VENDOR "The Escut developers")
set(CPACK_PACKAGE_CONTACT "The Escut developers <dev@escut.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "security dashboard and auditor for Docker hosts")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # not a native package: changelog.Debian.gz
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://escut.org/")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines itself, "." is an empty line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Escut reads the Docker Engine API and the host, evaluates a catalogue of
security checks organised in layers (host, daemon, supply chain, minimal
images, runtime isolation, containers, secrets, encryption, monitoring,
Compose) and scores each layer. Every finding gives the evidence seen, the
reason it matters and how to fix it, in English, Catalan and Spanish.
.
The package contains the desktop dashboard (escut) and the command-line
auditor (escut-cli) for CI pipelines, with text and JSON reports.")
# Shared libraries found by dpkg-shlibdeps, plus what is loaded at run time and cannot be seen in the ELF files:
# the Qt platform plugins, libsecret (QtKeychain's Secret Service backend), QtKeychain, yaml-cpp and fonts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, libqt6keychain1, libsecret-1-0, libyaml-cpp0.7 | libyaml-cpp0.8, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "docker.io | docker-ce-cli, cryptsetup-bin, fscrypt, docker-compose, gnome-keyring, qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
