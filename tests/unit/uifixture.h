// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/appcontext.h"

#include <memory>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace Flexwonen::Test {

// A small knowledge base for the window tests, independent of the bundled content: two regions
// (with municipalities and figures), two dossiers, documents with links between them, a pilot,
// events before and after today, and news.
void buildUiKb(const QString &path, QDate today = QDate::currentDate());

// What every window test needs: a temporary folder, test-mode standard paths, settings kept in
// that folder, and the fixture knowledge base opened as a --kb file in a fresh context.
class UiWorld
{
public:
    UiWorld();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString kb() const { return m_kb; }
    std::unique_ptr<AppContext> context() const
    {
        return std::make_unique<AppContext>(
            StartOptions{path(QStringLiteral("profiel")), m_kb, {}});
    }

private:
    QTemporaryDir m_dir;
    QString m_kb;
};

} // namespace Flexwonen::Test
