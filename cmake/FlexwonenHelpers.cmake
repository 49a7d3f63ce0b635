# SPDX-License-Identifier: EUPL-1.2
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

# A static library for one module (a folder of app/, or ui/); the folder's name is the module's
# name and the first part of its public include paths ("kb/knowledgebase.h"). It gets no include
# folder of its own: flexwonen_public_headers gives it the only one it exports, and its sources
# reach their private headers by relative path (docs/decisions.md, "Module boundaries").
function(flexwonen_add_module name)
    add_library(${name} STATIC ${ARGN})
    flexwonen_target_defaults(${name})
    get_filename_component(module ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set_target_properties(${name} PROPERTIES FLEXWONEN_MODULE ${module})
    set_property(GLOBAL APPEND PROPERTY FLEXWONEN_MODULE_TARGETS ${name})
endfunction()

# The public headers of a module, relative to its folder. They are staged at configure time as
# symbolic links in ${CMAKE_BINARY_DIR}/include/<module>/<module>/, which becomes the module's
# only PUBLIC include folder: what links the module finds "<module>/<header>" for these headers
# and nothing else of app/. A public header includes only public headers (found next to the link,
# its relative includes see the staged folder, not the source folder).
function(flexwonen_public_headers name)
    get_target_property(module ${name} FLEXWONEN_MODULE)
    set(root ${CMAKE_BINARY_DIR}/include/${module})
    file(REMOVE_RECURSE ${root}) # a header dropped from the list must not stay reachable
    foreach(header IN LISTS ARGN)
        set(source ${CMAKE_CURRENT_SOURCE_DIR}/${header})
        if(NOT EXISTS ${source})
            message(FATAL_ERROR "${name}: public header ${header} does not exist")
        endif()
        get_filename_component(folder ${root}/${module}/${header} DIRECTORY)
        file(MAKE_DIRECTORY ${folder})
        file(CREATE_LINK ${source} ${root}/${module}/${header} SYMBOLIC)
    endforeach()
    set_target_properties(${name} PROPERTIES FLEXWONEN_PUBLIC_HEADERS "${ARGN}")
    target_include_directories(${name} PUBLIC $<BUILD_INTERFACE:${root}>)
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
