# Precompiled headers: every file of the project parses the same Qt headers, and a clean build
# (CI builds twice, once with the sanitizers) spends a quarter of its time doing that. Three headers
# are compiled once each and reused by every target of their kind: Qt Core's, Qt Widgets' and
# WebEngine's, and those with Qt Test's added for the widget tests. A target gets the kind its
# link libraries say. Qt Test's header depends on which of Qt's GUI modules the target links,
# so only the widget tests, which link them all, get it precompiled.
# GCC rejects a precompiled header built with other macros or flags, and CMake adds
# -Winvalid-pch, so with warnings as errors a mismatch stops the build instead of silently
# parsing everything again. -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON builds without them (which
# also shows a file that forgot an include the header gave it).

set(TRUSTBOOK_PCH_DIR "${CMAKE_CURRENT_LIST_DIR}/pch")
# The kinds: the owner target's name suffix, its header, and what it links.
set(_trustbook_pch_core_header core.h)
set(_trustbook_pch_core_libs Qt6::Core)
set(_trustbook_pch_gui_header gui.h)
set(_trustbook_pch_gui_libs Qt6::Widgets Qt6::WebEngineWidgets)
set(_trustbook_pch_test_gui_header gui.h)
set(_trustbook_pch_test_gui_libs Qt6::Widgets Qt6::WebEngineWidgets Qt6::Test)

# trustbook_add_precompiled_headers(<kind>...): the owners, an object library per kind whose
# only job is to compile its header with the project's own flags (trustbook_target_defaults),
# so that every user's flags match. The test kind is added by tests/, where Qt Test is found.
function(trustbook_add_precompiled_headers)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return() # clang (scripts/fuzz.sh) rejects the macro differences GCC checks and allows
    endif()
    foreach(kind IN LISTS ARGN)
        set(owner trustbook_pch_${kind})
        add_library(${owner} OBJECT "${TRUSTBOOK_PCH_DIR}/owner.cpp")
        target_link_libraries(${owner} PRIVATE ${_trustbook_pch_${kind}_libs})
        set(header "${TRUSTBOOK_PCH_DIR}/${_trustbook_pch_${kind}_header}")
        if(kind MATCHES "^test_")
            target_precompile_headers(${owner} PRIVATE "${header}" <QTest> <QSignalSpy>)
        else()
            target_precompile_headers(${owner} PRIVATE "${header}")
        endif()
        set_target_properties(${owner} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        trustbook_target_defaults(${owner})
        trustbook_pch_cache_options(${owner})
    endforeach()
endfunction()

# Called (deferred to the end of the target's directory, when its links are known) for every
# target trustbook_target_defaults sees.
function(trustbook_use_precompiled_headers target)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR CMAKE_DISABLE_PRECOMPILE_HEADERS)
        return()
    endif()
    get_target_property(links ${target} LINK_LIBRARIES)
    set(gui OFF)
    set(test OFF)
    foreach(link IN LISTS links)
        if(link MATCHES "^(Qt6::Widgets|Qt6::WebEngineWidgets|trustbook_viewer|trustbook_app)$")
            set(gui ON)
        elseif(link STREQUAL "Qt6::Test")
            set(test ON)
        endif()
    endforeach()
    # Qt Test's header also reads QT_TESTCASE_BUILDDIR, the target's own build folder: only
    # the tests beside the owner share it (tests/benchmarks does not).
    get_target_property(folder ${target} BINARY_DIR)
    set(kind core)
    if(gui AND test AND TARGET trustbook_pch_test_gui)
        get_target_property(ownerFolder trustbook_pch_test_gui BINARY_DIR)
        if(folder STREQUAL ownerFolder)
            set(kind test_gui)
        else()
            set(kind gui)
        endif()
    elseif(gui)
        set(kind gui)
    endif()
    target_precompile_headers(${target} REUSE_FROM trustbook_pch_${kind})
    trustbook_pch_cache_options(${target})
    trustbook_skip_pch_for_empty_moc_file(${target})
endfunction()

# AUTOMOC adds mocs_compilation.cpp to every target and puts the moc output of the target's
# headers there; a test includes its own .moc, so for ninety targets the file holds nothing.
# Compiled with the precompiled header it still loads it (up to 200 MB) and emits its debug
# information: two seconds of processor time and a 1.6 MB object to link, for an empty file.
# Only a target with a header AUTOMOC reads (one in SOURCES, or beside a source, as
# foo.h beside foo.cpp) that holds one of its macros gets something to compile in it.
function(trustbook_skip_pch_for_empty_moc_file target)
    get_target_property(automoc ${target} AUTOMOC)
    if(NOT automoc)
        return()
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(sourceDir ${target} SOURCE_DIR)
    get_target_property(macros ${target} AUTOMOC_MACRO_NAMES)
    if(NOT macros)
        set(macros Q_OBJECT Q_GADGET Q_NAMESPACE Q_NAMESPACE_EXPORT)
    endif()
    list(JOIN macros "|" macroPattern)
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${sourceDir}")
        cmake_path(GET source EXTENSION LAST_ONLY extension)
        set(headers)
        if(extension MATCHES "^\\.(h|hh|hpp|hxx)$")
            set(headers "${source}")
        elseif(extension MATCHES "^\\.(cpp|cc|cxx)$")
            cmake_path(REMOVE_EXTENSION source LAST_ONLY OUTPUT_VARIABLE base)
            set(headers "${base}.h" "${base}_p.h" "${base}.hpp")
        endif()
        foreach(header IN LISTS headers)
            if(EXISTS "${header}")
                file(STRINGS "${header}" uses REGEX "(^|[^A-Za-z0-9_])(${macroPattern})([^A-Za-z0-9_]|$)"
                     LIMIT_COUNT 1)
                if(uses)
                    return()
                endif()
            endif()
        endforeach()
    endforeach()
    get_target_property(autogenDir ${target} AUTOGEN_BUILD_DIR)
    if(NOT autogenDir)
        get_target_property(binaryDir ${target} BINARY_DIR)
        set(autogenDir "${binaryDir}/${target}_autogen")
    endif()
    set_source_files_properties("${autogenDir}/mocs_compilation.cpp" TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# ccache caches a file built with a precompiled header only when GCC names the header in its
# preprocessed output (-fpch-preprocess) and ccache is told to accept it (CCACHE_SLOPPINESS, see
# README, "Working on it"); without a launcher the flag changes nothing, so it is left out.
function(trustbook_pch_cache_options target)
    if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
        target_compile_options(${target} PRIVATE -fpch-preprocess)
    endif()
endfunction()
