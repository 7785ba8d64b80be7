# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the current sources into copies of the .ts files and fails on any unfinished entry.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed "")
foreach(lang ca es)
    file(COPY ${SOURCE_DIR}/translations/escut_${lang}.ts DESTINATION ${WORK_DIR})
    execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none
                            ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
                            -ts ${WORK_DIR}/escut_${lang}.ts
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(STRINGS ${WORK_DIR}/escut_${lang}.ts unfinished REGEX "type=\"unfinished\"")
    file(STRINGS ${WORK_DIR}/escut_${lang}.ts vanished REGEX "type=\"(vanished|obsolete)\"")
    list(LENGTH unfinished n)
    if(n GREATER 0)
        file(STRINGS ${WORK_DIR}/escut_${lang}.ts sources REGEX "<source>")
        list(APPEND failed "escut_${lang}.ts: ${n} unfinished entries (run: cmake --build <dir> --target update_translations, then translate)")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "translations complete")
