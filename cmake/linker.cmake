# mold links a test in about a second where GNU ld took up to fifteen: the ninety test
# executables each link the app's static libraries, and CI links them twice (test and sanitize
# presets); linking fell from 12% to 2% of a clean build. Used whenever the compiler can link
# with it (Debian 12 ships it, scripts/debian-packages.txt lists it); else the default linker.
# -DTRUSTBOOK_MOLD=OFF links with the default linker anyway.
option(TRUSTBOOK_MOLD "Link with mold when the compiler accepts -fuse-ld=mold" ON)
if(TRUSTBOOK_MOLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=mold TRUSTBOOK_LINKER_MOLD_WORKS)
    if(TRUSTBOOK_LINKER_MOLD_WORKS)
        add_link_options(-fuse-ld=mold)
    else()
        message(STATUS "mold not found: linking with the default linker (install the mold package)")
    endif()
endif()
