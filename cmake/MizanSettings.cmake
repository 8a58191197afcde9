# One INTERFACE target carries the project's compiler settings; every Mizan target links it
# PRIVATE. Settings never leak through directory-wide add_definitions/include_directories.

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(MIZAN_CCACHE ccache)
if(MIZAN_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${MIZAN_CCACHE}")
endif()

set(CMAKE_CXX_STANDARD 23)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Position-independent executables (ASLR for the program itself), the CMake way: with policy
# CMP0083 NEW (cmake_minimum_required 3.14+), POSITION_INDEPENDENT_CODE compiles with -fPIE and,
# once check_pie_supported() has run, also links executables with -pie (without it CMake adds
# nothing at link time and PIE depends on the compiler's default). packaging/check-hardening.sh
# checks the result.
include(CheckPIESupported)
check_pie_supported(OUTPUT_VARIABLE _mizan_pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
  message(FATAL_ERROR "The linker cannot make position-independent executables (-pie); "
    "Mizan's release hardening needs them:\n${_mizan_pie_output}")
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(mizan_settings INTERFACE)
target_compile_features(mizan_settings INTERFACE cxx_std_23)
target_compile_definitions(mizan_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  MIZAN_VERSION="${PROJECT_VERSION}")
target_compile_options(mizan_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wcast-qual -Wold-style-cast -Wnon-virtual-dtor
  -Woverloaded-virtual -Wformat=2 -Werror=format-security
  $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
  -fstack-protector-strong)
if(MIZAN_WERROR)
  target_compile_options(mizan_settings INTERFACE -Werror)
endif()

# Hardening for optimised builds (the release issue adds core-dump suppression at runtime).
target_compile_definitions(mizan_settings INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=3>
  _GLIBCXX_ASSERTIONS)
target_link_options(mizan_settings INTERFACE -Wl,-z,relro,-z,now)

if(MIZAN_SANITIZE)
  list(JOIN MIZAN_SANITIZE "," _mizan_san)
  target_compile_options(mizan_settings INTERFACE -fsanitize=${_mizan_san} -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(mizan_settings INTERFACE -fsanitize=${_mizan_san})
endif()

# libFuzzer (tests/fuzz): the whole build gets the fuzzer's coverage counters, AddressSanitizer
# and UndefinedBehaviorSanitizer; only the Fuzz* targets link libFuzzer's main. Any UB report
# aborts, so the fuzzer keeps the input.
if(MIZAN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MIZAN_FUZZ needs clang with libFuzzer, e.g. "
      "CC=clang-19 CXX=clang++-19 (Debian: apt-get install clang-19 libclang-rt-19-dev)")
  endif()
  if(NOT MIZAN_BUILD_TESTS)
    message(FATAL_ERROR "MIZAN_FUZZ needs MIZAN_BUILD_TESTS (the targets live in tests/fuzz)")
  endif()
  target_compile_options(mizan_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(mizan_settings INTERFACE -fsanitize=address,undefined)
endif()
