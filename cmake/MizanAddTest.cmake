# mizan_add_test(name SOURCES a.cpp ... [LIBS lib ...] [TIMEOUT seconds] [LABELS l ...])
# One function registers every test: offscreen platform, C.UTF-8, asserts forced on, data
# folders from compile definitions (never relative paths).
function(mizan_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} mizan_testutil Qt6::Test mizan_settings)
  target_compile_definitions(${name} PRIVATE
    QT_FORCE_ASSERTS
    MIZAN_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    MIZAN_SHARED_DIR="${MIZAN_SHARED_DIR}")
  # Tests may write string literals as QStrings (QT_RESTRICTED_CAST_FROM_ASCII allows literals
  # only); production code keeps QT_NO_CAST_FROM_ASCII.
  target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII -DQT_RESTRICTED_CAST_FROM_ASCII)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  # Sanitizer builds run several times slower (the sanitize preset sets 4).
  if(MIZAN_TEST_TIMEOUT_SCALE)
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${MIZAN_TEST_TIMEOUT_SCALE}")
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}")
endfunction()
