#pragma once

#include "qpdftools.h"

#include <QString>

// Finds and loads the qpdf module (see QpdfTools) once per process, on first use, from any
// thread. Beside the program as installed (LIBEXECDIR/trustbook, where trustbook-gen is, and
// the same folder of the build tree around src/app); a program of the build tree that lies
// elsewhere (a test, a benchmark) finds it through its build RUNPATH.
class QpdfToolsLoader final
{
public:
    // The module's tools, or why it could not be loaded (each place tried, with the loader's
    // reason). Loading is tried once: a later call gives the same answer.
    static Result<const QpdfTools *> tools();
    // The module's file name.
    static constexpr char kFileName[] = "trustbook-qpdf.so";
};
