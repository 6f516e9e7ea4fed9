// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSEngine>

class QQmlEngine;

/// @brief One instance per process, shared by the kiosk's C++ and every QML engine.
///
/// The kiosk serves one visitor at a time, so session, settings, theme and the like are
/// process-wide. A QML_SINGLETON class derives from this (and befriends it, for its private
/// constructor): QML calls create(), C++ calls instance(), and both get the same object.
/// Engines come and go (the tests make many), so QML must never own it.
template <typename T>
class ProcessSingleton
{
public:
    static T *instance()
    {
        static T *const object = new T;
        return object;
    }

    static T *create(QQmlEngine *, QJSEngine *)
    {
        T *object = instance();
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }
};
