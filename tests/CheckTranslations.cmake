# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the current sources into copies of the .ts files and fails on any unfinished entry.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
# The same project file update_translations uses, so contexts (escut::MainWindow) resolve the same way.
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json -P ${GENERATE_PROJECT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot generate the lupdate project from ${PROJECT_IN}")
endif()
set(failed "")
foreach(lang ca es)
    file(COPY ${SOURCE_DIR}/translations/escut_${lang}.ts DESTINATION ${WORK_DIR})
    execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json -no-obsolete -locations none
                            -ts ${WORK_DIR}/escut_${lang}.ts
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(STRINGS ${WORK_DIR}/escut_${lang}.ts unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished n)
    if(n GREATER 0)
        list(APPEND failed "escut_${lang}.ts: ${n} unfinished entries (run: cmake --build <dir> --target update_translations, then translate)")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "translations complete")
