// The owner of a precompiled header (cmake/precompiledheaders.cmake) compiles only its header.
