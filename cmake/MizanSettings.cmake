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
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

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
  -Woverloaded-virtual -Wformat=2 -Werror=format-security -Wshadow=local
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
