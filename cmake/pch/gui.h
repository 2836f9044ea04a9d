// Precompiled for every target that uses Qt Widgets or Qt WebEngine
// (cmake/precompiledheaders.cmake): core.h and the widget and web engine headers most of
// src/viewer, src/app and their tests include.
#pragma once

#include "core.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QWidget>
