# SPDX-License-Identifier: EUPL-1.2
# gzip -9n every page in DIR, keeping the .1 for the tests: -n leaves out name and time, so the
# same page always gives the same bytes (a reproducible package).
cmake_minimum_required(VERSION 3.25)
file(GLOB pages ${DIR}/*.1)
foreach(page IN LISTS pages)
    execute_process(COMMAND ${GZIP} -9nkf ${page} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${page}: ${result}")
    endif()
endforeach()
