// SPDX-License-Identifier: EUPL-1.2
#include "syncerror.h"

#include <QMetaEnum>

namespace Flexwonen::Sync {

namespace {

// "AppTooOld" -> "APP_TOO_OLD"
QString upperSnake(const char *key)
{
    const QString name = QString::fromLatin1(key);
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            out += QLatin1Char('_');
        out += name.at(i).toUpper();
    }
    return out;
}

} // namespace

QString categoryName(Category category)
{
    if (category == Category::None)
        return {};
    const char *key = QMetaEnum::fromType<Category>().valueToKey(int(category));
    return key ? upperSnake(key) : QStringLiteral("UNKNOWN");
}

std::optional<Category> categoryFromName(QStringView name)
{
    if (name.isEmpty())
        return Category::None;
    const QMetaEnum meta = QMetaEnum::fromType<Category>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto category = Category(meta.value(i));
        if (category != Category::None && upperSnake(meta.key(i)) == name)
            return category;
    }
    return std::nullopt;
}

bool isRefusal(Category category)
{
    switch (category) {
    case Category::None:
    case Category::Network:
    case Category::Busy:
    case Category::Local:
        return false;
    default:
        return true;
    }
}

int exitCodeOf(Category category)
{
    if (isRefusal(category))
        return 2;
    switch (category) {
    case Category::Network:
    case Category::Busy:
        return 3;
    case Category::Local:
        return 1;
    default:
        return 0;
    }
}

} // namespace Flexwonen::Sync
