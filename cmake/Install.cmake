# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where (FHS under CMAKE_INSTALL_PREFIX; the .deb uses /usr).
set(ESCUT_RES ${PROJECT_SOURCE_DIR}/resources)
set(ESCUT_APP_ID org.escut.Escut)

install(TARGETS escut escut-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${ESCUT_RES}/${ESCUT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ESCUT_RES}/${ESCUT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ESCUT_RES}/icons/${ESCUT_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${ESCUT_RES}/icons/hicolor/${size}x${size}/${ESCUT_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# polkit: pkexec runs exactly the installed escut-fix-helper, nothing else, with an administrator's password each time.
install(TARGETS escut-fix-helper RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR})
set(ESCUT_HELPER_PATH ${CMAKE_INSTALL_FULL_LIBEXECDIR}/escut-fix-helper)
configure_file(${ESCUT_RES}/polkit/org.escut.fix.policy.in ${CMAKE_BINARY_DIR}/org.escut.fix.policy @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/org.escut.fix.policy DESTINATION ${CMAKE_INSTALL_DATADIR}/polkit-1/actions)

# Man pages and the Debian changelog, gzipped reproducibly (-n: no name or timestamp).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(ESCUT_GZ_FILES "")
function(escut_gzip source output)
    get_filename_component(output_dir ${output} DIRECTORY)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${output_dir}
        COMMAND ${GZIP_PROGRAM} -9n -c ${source} > ${output}
        DEPENDS ${source} VERBATIM)
    set(ESCUT_GZ_FILES ${ESCUT_GZ_FILES} ${output} PARENT_SCOPE)
endfunction()
# The Catalan and Spanish pages are generated from the English ones and resources/man/i18n (scripts/man_i18n.py;
# the man_translations test fails when a catalogue falls behind the English page).
find_program(PYTHON3_PROGRAM python3 REQUIRED)
foreach(page escut escut-cli)
    escut_gzip(${ESCUT_RES}/man/${page}.1 ${CMAKE_BINARY_DIR}/gz/${page}.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/gz/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    foreach(lang ca es)
        set(translated ${CMAKE_BINARY_DIR}/man/${lang}/${page}.1)
        add_custom_command(OUTPUT ${translated}
            COMMAND ${PYTHON3_PROGRAM} ${PROJECT_SOURCE_DIR}/scripts/man_i18n.py generate
                ${ESCUT_RES}/man/${page}.1 ${ESCUT_RES}/man/i18n/${page}.${lang}.txt ${translated}
            DEPENDS ${ESCUT_RES}/man/${page}.1 ${ESCUT_RES}/man/i18n/${page}.${lang}.txt
                ${PROJECT_SOURCE_DIR}/scripts/man_i18n.py
            COMMENT "Generating the ${lang} man page ${page}(1)" VERBATIM)
        escut_gzip(${translated} ${CMAKE_BINARY_DIR}/gz/${lang}/${page}.1.gz)
        install(FILES ${CMAKE_BINARY_DIR}/gz/${lang}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${lang}/man1)
    endforeach()
endforeach()
escut_gzip(${ESCUT_RES}/debian/changelog ${CMAKE_BINARY_DIR}/gz/changelog.Debian.gz)
add_custom_target(escut_compressed_docs ALL DEPENDS ${ESCUT_GZ_FILES})
install(FILES ${CMAKE_BINARY_DIR}/gz/changelog.Debian.gz ${ESCUT_RES}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/escut)

install(FILES ${ESCUT_RES}/completion/escut-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME escut-cli)
install(FILES ${ESCUT_RES}/completion/_escut-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
# Alerting rules for the exporter's and the textfile collector's metrics (and their promtool tests).
install(FILES ${ESCUT_RES}/prometheus/escut-alerts.yml ${ESCUT_RES}/prometheus/escut-alerts.test.yml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/escut/prometheus)
