# mold links in seconds what GNU ld takes a quarter of a minute for: the ninety test
# executables each link the app's static libraries with their debug information, and CI links
# them twice (test and sanitize presets). Used whenever the compiler can link with it (Debian
# 12 ships it, scripts/debian-packages.txt lists it); without it, the default linker.
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
