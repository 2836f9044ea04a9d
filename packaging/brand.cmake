# The brand at configure time: the values of the content folder's brand.json that name files,
# the package and the desktop entry. Read with string(JSON), not checked: trustbook-gen checks
# the manifest at build time and fails the build with file:line: message, so a value that would
# not make a safe file name is left at Trustbook's here and the build stops there.
# Usable in script mode (tests/packaging/brand-files.cmake) as well as from the project.

set(TRUSTBOOK_BRAND_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# trustbook_read_brand(<content dir>): sets TRUSTBOOK_BRAND_{NAME,ID,BINARY,ICON,HOME,SUPPORT,
# ABOUT,MAINTAINER,MANIFEST} in the caller's scope; MANIFEST is the brand.json, or empty.
function(trustbook_read_brand dir)
    set(name Trustbook)
    set(id org.trustbook.Trustbook)
    set(binary trustbook)
    set(icon "${TRUSTBOOK_BRAND_CMAKE_DIR}/icons/org.trustbook.Trustbook.svg")
    set(home https://trustbook.org)
    set(support "")
    set(about "")
    set(maintainer "The Trustbook developers <security@trustbook.org>")
    set(manifest "")
    if(EXISTS "${dir}/brand.json")
        set(manifest "${dir}/brand.json")
        file(READ "${manifest}" json)
        string(JSON type ERROR_VARIABLE json_error TYPE "${json}")
        if(NOT json_error AND type STREQUAL "OBJECT")
            foreach(key IN ITEMS name id binary icon home support about)
                string(JSON value ERROR_VARIABLE json_error GET "${json}" ${key})
                if(json_error OR value STREQUAL "")
                    continue()
                endif()
                if(key STREQUAL "id" AND NOT value MATCHES "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)(\\.[A-Za-z_][A-Za-z0-9_]*)+$")
                    continue()
                endif()
                if(key STREQUAL "binary" AND NOT value MATCHES "^[a-z0-9][a-z0-9+.-]+$")
                    continue()
                endif()
                if(key STREQUAL "icon")
                    if(value MATCHES "/" OR NOT EXISTS "${dir}/${value}")
                        continue()
                    endif()
                    set(value "${dir}/${value}")
                endif()
                set(${key} "${value}")
            endforeach()
            # Debian wants a name and an e-mail address for the maintainer: the brand's with a
            # support address, else the package keeps Trustbook's.
            if(support MATCHES "^[^@ ]+@[^@ ]+$")
                set(maintainer "${name} <${support}>")
            endif()
        endif()
    endif()
    foreach(key IN ITEMS name id binary icon home support about maintainer manifest)
        string(TOUPPER ${key} upper)
        set(TRUSTBOOK_BRAND_${upper} "${${key}}" PARENT_SCOPE)
    endforeach()
endfunction()

function(trustbook_xml_escaped out text)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(trustbook_roff_escaped out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# trustbook_configure_brand_files(<output dir>): the .desktop entry, AppStream metadata, man page
# (not yet gzipped) and Debian changelog for the brand trustbook_read_brand() set, named as
# they are installed: <id>.desktop, <id>.metainfo.xml, <binary>.1, changelog. PROJECT_VERSION
# must be set. Without a brand.json the files are Trustbook's, byte for byte as before.
function(trustbook_configure_brand_files out)
    set(src "${TRUSTBOOK_BRAND_CMAKE_DIR}")
    # A .desktop value: backslashes escaped.
    string(REPLACE "\\" "\\\\" DESKTOP_NAME "${TRUSTBOOK_BRAND_NAME}")
    configure_file("${src}/app.desktop.in" "${out}/${TRUSTBOOK_BRAND_ID}.desktop" @ONLY)

    trustbook_xml_escaped(XML_NAME "${TRUSTBOOK_BRAND_NAME}")
    trustbook_xml_escaped(XML_HOME "${TRUSTBOOK_BRAND_HOME}")
    set(XML_ABOUT "")
    set(XML_SUPPORT "")
    if(TRUSTBOOK_BRAND_MANIFEST)
        set(XML_DEVELOPER "${XML_NAME}")
        if(TRUSTBOOK_BRAND_ABOUT)
            trustbook_xml_escaped(about "${TRUSTBOOK_BRAND_ABOUT}")
            set(XML_ABOUT "    <p>\n      ${about}\n    </p>\n")
        endif()
        if(TRUSTBOOK_BRAND_SUPPORT MATCHES "^https?://")
            trustbook_xml_escaped(support "${TRUSTBOOK_BRAND_SUPPORT}")
            set(XML_SUPPORT "\n  <url type=\"help\">${support}</url>")
        endif()
        # AppStream's URLs are web addresses: an e-mail support address goes only into the
        # package's Maintainer field and the app's About.
        # Trustbook's screenshot shows Trustbook's content, not the brand's.
        set(XML_SCREENSHOTS "")
    else()
        set(XML_DEVELOPER "The Trustbook developers")
        set(XML_SCREENSHOTS [=[  <screenshots>
    <screenshot type="default">
      <caption>The Security FAQ, with its sections in a tree beside the page</caption>
      <image>https://trustbook.org/screenshots/main-window.png</image>
    </screenshot>
  </screenshots>
]=])
    endif()
    configure_file("${src}/app.metainfo.xml.in" "${out}/${TRUSTBOOK_BRAND_ID}.metainfo.xml" @ONLY)

    trustbook_roff_escaped(MAN_NAME "${TRUSTBOOK_BRAND_NAME}")
    trustbook_roff_escaped(MAN_BINARY "${TRUSTBOOK_BRAND_BINARY}")
    string(TOUPPER "${MAN_BINARY}" MAN_TITLE)
    trustbook_roff_escaped(MAN_HOME "${TRUSTBOOK_BRAND_HOME}")
    configure_file("${src}/trustbook.1.in" "${out}/${TRUSTBOOK_BRAND_BINARY}.1" @ONLY)

    configure_file("${src}/debian/changelog.in" "${out}/changelog" @ONLY)
endfunction()
