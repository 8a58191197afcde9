# Installation of everything besides the programs (desktop file, AppStream metainfo, icon,
# manual pages, copyright) and the Debian package made with CPack:
#   cmake --build BUILD && cd BUILD && cpack -G DEB     -> BUILD/mizan_<version>-1_<arch>.deb
# packaging/build-deb.sh does it from the release preset; packaging/test-deb-in-debootstrap.sh
# installs the package in a clean Debian 12 and starts it.
#
# Every destination is relative, so the package installs under CPACK_PACKAGING_INSTALL_PREFIX
# (/usr) whatever CMAKE_INSTALL_PREFIX the build has (cmake --install alone still honours it;
# build-deb.sh configures with /usr).

include(GNUInstallDirs)

# The application id (reverse DNS) names the desktop file, the metainfo and the icon, and must
# never change once released (desktops key launchers and settings on it). It is the reverse of
# the placeholder homepage domain mizan.invalid: replace both when the project has a domain.
set(MIZAN_APP_ID "invalid.mizan.mizan")
set(MIZAN_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# The manual pages, gzip-compressed at build time (Debian policy 12.1: -9n, no name or time, so
# the bytes are reproducible).
find_program(MIZAN_GZIP gzip REQUIRED)
set(_mizan_man_pages mizan-cli.1)
if(MIZAN_BUILD_UI)
  list(APPEND _mizan_man_pages mizan.1)
endif()
set(_mizan_man_dir "${PROJECT_BINARY_DIR}/man")
set(_mizan_man_outputs "")
foreach(_page IN LISTS _mizan_man_pages)
  add_custom_command(
    OUTPUT "${_mizan_man_dir}/${_page}.gz"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_mizan_man_dir}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${MIZAN_PACKAGING_DIR}/${_page}" "${_mizan_man_dir}/${_page}"
    COMMAND "${MIZAN_GZIP}" -9nf "${_mizan_man_dir}/${_page}"
    DEPENDS "${MIZAN_PACKAGING_DIR}/${_page}"
    COMMENT "Compressing the manual page ${_page}"
    VERBATIM)
  list(APPEND _mizan_man_outputs "${_mizan_man_dir}/${_page}.gz")
endforeach()
add_custom_target(mizan_man_pages ALL DEPENDS ${_mizan_man_outputs})
install(FILES ${_mizan_man_outputs} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

if(MIZAN_BUILD_UI)
  install(FILES "${MIZAN_PACKAGING_DIR}/${MIZAN_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
  install(FILES "${MIZAN_PACKAGING_DIR}/${MIZAN_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/mizan.svg"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
    RENAME "${MIZAN_APP_ID}.svg")

  # The metainfo lists every release; a version without its <release> entry is a slip.
  file(READ "${MIZAN_PACKAGING_DIR}/${MIZAN_APP_ID}.metainfo.xml" _mizan_metainfo)
  string(FIND "${_mizan_metainfo}" "<release version=\"${PROJECT_VERSION}\"" _mizan_release_at)
  if(_mizan_release_at EQUAL -1)
    message(WARNING "packaging/${MIZAN_APP_ID}.metainfo.xml has no <release> for version "
      "${PROJECT_VERSION}: add one (with its date) to <releases>.")
  endif()
endif()

# Debian policy 12.5: /usr/share/doc/<package>/copyright (not CMAKE_INSTALL_DOCDIR, which
# is named after the project, "Mizan").
install(FILES "${MIZAN_PACKAGING_DIR}/copyright" DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/mizan")

# --- CPack: the Debian package ---------------------------------------------------------------

set(MIZAN_PACKAGE_MAINTAINER "Mizan maintainers <maintainers@mizan.invalid>" CACHE STRING
  "The Maintainer field of the Debian package (Name <address>)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mizan)
set(CPACK_PACKAGE_VENDOR "Mizan")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${MIZAN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "model-governance workstation for lead-scoring models")
set(CPACK_PACKAGE_DESCRIPTION
  "Mizan is a desktop application for an authority that scores business leads with\n"
  "gradient-boosted trees (XGBoost): risk officers approve model versions (four eyes,\n"
  "signed decisions, risk assessments), analysts score leads and explain scores (exact\n"
  "TreeSHAP, LIME, counterfactuals), fairness is measured by group, auditors verify a\n"
  "tamper-evident signed audit log and privacy officers answer data-subject requests.\n"
  "It works offline on an encrypted workspace (SQLCipher, Argon2id), in English and\n"
  "Arabic.\n"
  "\n"
  "This package contains the Qt application mizan and its command-line twin mizan-cli.")
list(JOIN CPACK_PACKAGE_DESCRIPTION "" CPACK_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds carry ~100 MB of debug information
set(CPACK_THREADS 1)      # compression threads: the build machines are shared

set(CPACK_DEBIAN_PACKAGE_NAME mizan)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mizan_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MIZAN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the programs link come from dpkg-shlibdeps (package dpkg-dev); these are
# loaded at run time instead, so nothing can find them in the ELF files:
#   qt6-qpa-plugins       further Qt platform plugins (xcb and offscreen are in libqt6gui6)
#   libqt6svg6            the SVG image and icon plugins (imageformats/libqsvg.so,
#                         iconengines/libqsvgicon.so): the window icon and icons are SVG
#   qt6-translations-l10n Qt's own strings in Arabic (qtbase_ar.qm)
#   fonts-noto-core       Noto Sans and Noto Sans/Naskh Arabic, named by the reports
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(MIZAN_BUILD_UI)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-core")
  # Wayland sessions: without it Qt runs through XWayland.
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
endif()
# An exported evidence pack verifies itself with verify.py: python3 and the openssl command.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, openssl")

set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

include(CPack)
