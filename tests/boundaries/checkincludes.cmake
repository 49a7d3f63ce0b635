# SPDX-License-Identifier: EUPL-1.2
# Module boundaries (issue 11, docs/decisions.md "Module boundaries"), run by CTest:
#   cmake -DDATA=<build>/tests/boundaries/modules.cmake -DMODE=sources|roots -P checkincludes.cmake
# MODE=sources: every quoted #include of a checked target (the modules, the app, the knowledge-
#   base compiler, the test support libraries) is its own file (relative to the including file,
#   or under one of the target's own source-tree include folders), or "<module>/<header>" where
#   <module> is a module the target links directly and <header> one of its public headers.
# MODE=roots: the compiler agrees: with each module's include folders (its own and those of what
#   it links), a public header of a module outside its link closure, and a private header of any
#   module, cannot be found; its own public header can.
cmake_minimum_required(VERSION 3.25)
include(${DATA})

set(problems "")
macro(problem text)
    list(APPEND problems "${text}")
endmacro()

# The modules a target links, following the PUBLIC (interface) links of each.
function(link_closure target out)
    set(seen "")
    set(todo ${${target}_LINKS})
    while(todo)
        list(POP_FRONT todo next)
        if(next IN_LIST seen OR NOT next IN_LIST MODULE_TARGETS)
            continue()
        endif()
        list(APPEND seen ${next})
        list(APPEND todo ${${next}_INTERFACE_LINKS})
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "sources")
    foreach(target IN LISTS CHECKED_TARGETS)
        set(own_module "${${target}_MODULE}")
        foreach(file IN LISTS ${target}_SOURCES)
            if(NOT file MATCHES "\\.(h|cpp)$")
                continue()
            endif()
            file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
            get_filename_component(here ${file} DIRECTORY)
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
            foreach(line IN LISTS lines)
                string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" include "${line}")
                # Its own file: next to the including file, or under its own include folders.
                set(found "")
                foreach(root IN ITEMS ${here} ${${target}_OWN_ROOTS})
                    if(EXISTS ${root}/${include} AND NOT IS_DIRECTORY ${root}/${include})
                        get_filename_component(found ${root}/${include} REALPATH)
                        break()
                    endif()
                endforeach()
                if(found)
                    if(own_module)
                        file(RELATIVE_PATH inside ${${target}_DIR} ${found})
                        if(inside MATCHES "^\\.\\./")
                            problem("${shown}: \"${include}\" reaches outside module ${own_module}")
                        endif()
                    endif()
                    continue()
                endif()
                if(NOT include MATCHES "^([^/]+)/(.+)$" OR NOT CMAKE_MATCH_1 IN_LIST MODULES)
                    problem("${shown}: \"${include}\" is not its own file nor <module>/<header>")
                    continue()
                endif()
                set(root_name ${CMAKE_MATCH_1})
                set(header ${CMAKE_MATCH_2})
                set(module_target ${MODULE_${root_name}})
                if(NOT root_name STREQUAL own_module AND
                   NOT module_target IN_LIST ${target}_LINKS)
                    problem("${shown}: includes \"${include}\" "
                            "but ${target} does not link ${module_target}")
                elseif(NOT header IN_LIST ${module_target}_PUBLIC)
                    problem("${shown}: \"${include}\" is not a public header of ${module_target}")
                endif()
            endforeach()
        endforeach()
    endforeach()
elseif(MODE STREQUAL "roots")
    # One preprocessor run per module: __has_include searches exactly as #include would.
    get_filename_component(probe_dir ${DATA} DIRECTORY)
    set(probe_dir ${probe_dir}/probes)
    file(MAKE_DIRECTORY ${probe_dir})
    foreach(target IN LISTS MODULE_TARGETS)
        set(module ${${target}_MODULE})
        link_closure(${target} closure)
        set(probe "")
        foreach(header IN LISTS ${target}_PUBLIC)
            string(APPEND probe "#if !__has_include(\"${module}/${header}\")\n"
                "#warning BOUNDARY: its own public header ${module}/${header} is not found\n"
                "#endif\n")
        endforeach()
        foreach(other IN LISTS MODULE_TARGETS)
            set(other_module ${${other}_MODULE})
            foreach(header IN LISTS ${other}_PRIVATE)
                string(APPEND probe "#if __has_include(\"${other_module}/${header}\")\n"
                    "#warning BOUNDARY: finds the private header ${other_module}/${header}\n"
                    "#endif\n")
            endforeach()
            if(NOT other STREQUAL target AND NOT other IN_LIST closure)
                foreach(header IN LISTS ${other}_PUBLIC)
                    string(APPEND probe "#if __has_include(\"${other_module}/${header}\")\n"
                        "#warning BOUNDARY: finds ${other_module}/${header} "
                        "without linking ${other}\n"
                        "#endif\n")
                endforeach()
            endif()
        endforeach()
        file(WRITE ${probe_dir}/${target}.cpp "${probe}")
        set(flags "")
        foreach(dir IN LISTS ${target}_INCLUDE_DIRS)
            list(APPEND flags -I${dir})
        endforeach()
        execute_process(COMMAND ${CXX} -std=c++20 -E ${flags} ${probe_dir}/${target}.cpp
                        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE diagnostics)
        if(NOT result EQUAL 0)
            problem("${target}: the preprocessor failed: ${diagnostics}")
        endif()
        # "warning: #warning BOUNDARY: …" (gcc) or "warning: BOUNDARY: …" (clang); not the echo
        # of the source line.
        string(REGEX MATCHALL "warning: (#warning )?BOUNDARY: [^\n]*" found "${diagnostics}")
        foreach(line IN LISTS found)
            string(REGEX REPLACE "^.*BOUNDARY: (.*[^ ]) *\\[-W[^]]*\\]$" "${target}: \\1" line
                   "${line}")
            problem("${line}")
        endforeach()
    endforeach()
else()
    message(FATAL_ERROR "MODE must be sources or roots")
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Module boundary broken:\n  ${text}")
endif()
message(STATUS "Module boundaries hold (${MODE})")
