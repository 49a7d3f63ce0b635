# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings for every target of the project.

function(flexwonen_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
        QT_NO_CAST_TO_ASCII QT_DISABLE_DEPRECATED_BEFORE=0x060400
        FLEXWONEN_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(FLEXWONEN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# A static library for one app/ module.
function(flexwonen_add_module name)
    add_library(${name} STATIC ${ARGN})
    flexwonen_target_defaults(${name})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
endfunction()

# A QtTest executable registered with CTest; runs offscreen in a throw-away profile.
function(flexwonen_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENV" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    flexwonen_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;FLEXWONEN_BASE=${FLEXWONEN_DATA_OUTPUT_DIR}/kb.sqlite;FLEXWONEN_SOURCE_DIR=${PROJECT_SOURCE_DIR};FLEXWONEN_BIN=$<TARGET_FILE:flexwonen>;${ARG_ENV}")
endfunction()
