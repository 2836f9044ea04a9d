# The Debian package (cpack -G DEB in the build folder): the install rules of
# packaging/CMakeLists.txt under /usr, stripped, with dependencies computed from the binary.
# Included from the top level after every install rule, so CPack sees them all.

# Named after the brand (brand.cmake): Trustbook's own without a brand.json.
set(CPACK_PACKAGE_NAME ${TRUSTBOOK_BRAND_BINARY})
if(TRUSTBOOK_BRAND_MANIFEST)
    set(CPACK_PACKAGE_VENDOR "${TRUSTBOOK_BRAND_NAME}")
else()
    set(CPACK_PACKAGE_VENDOR "The Trustbook developers")
endif()
set(CPACK_PACKAGE_CONTACT "${TRUSTBOOK_BRAND_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline viewer for security and compliance documentation")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION doc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${TRUSTBOOK_BRAND_HOME})
# CPack makes the summary the synopsis line and this the extended description.
# Wrapped to 79 columns (Debian policy wants under 80), whatever the length of the brand's name.
set(description_words "${TRUSTBOOK_BRAND_NAME} is a desktop app that carries an organisation's \
security FAQ and compliance documentation. Customers, sales engineers and auditors read it, \
search it and copy answers from it without a network connection, and always know which \
version of the content they saw. Sections export to PDF with the content version and the \
SHA-256 of their sources, for the record.")
string(REPLACE " " ";" description_words "${description_words}")
set(CPACK_PACKAGE_DESCRIPTION "")
set(description_line "")
foreach(word IN LISTS description_words)
    string(LENGTH "${description_line} ${word}" length)
    if(description_line STREQUAL "")
        set(description_line "${word}")
    elseif(length GREATER 79)
        string(APPEND CPACK_PACKAGE_DESCRIPTION "${description_line}\n")
        set(description_line "${word}")
    else()
        string(APPEND description_line " ${word}")
    endif()
endforeach()
string(APPEND CPACK_PACKAGE_DESCRIPTION "${description_line}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins at run time, so dpkg-shlibdeps cannot see them: the platform
# plugins (xcb) for the window, the SVG image and icon engine plugins for the toolbar icons
# (libqt6svg6 ships them on Debian 12) and the SQLite driver for search. libxlsxwriter is
# opened when a questionnaire is first written as xlsx (src/questionnaire/xlsxwriterapi.h).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, libxlsxwriter4")
# Qt's own German and French (standard buttons such as Cancel, the command line's help):
# without them those few texts stay English, the rest of the app is still translated.
# A Chinese and Japanese font: content in those scripts is printed with empty boxes on a
# system without one, the PDF then holds none of those letters, and --verify-pdf reports the
# sections changed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")

include(CPack)
