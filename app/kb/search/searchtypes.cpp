// SPDX-License-Identifier: EUPL-1.2
#include "searchtypes.h"

namespace Flexwonen::Kb {

QString markMatches(const QString &text, const QList<TextSpan> &spans, QStringView open,
                    QStringView close, MarkedText mode)
{
    const auto piece = [&](qsizetype from, qsizetype to) {
        const QString part = text.sliced(from, to - from);
        return mode == MarkedText::HtmlEscaped ? part.toHtmlEscaped() : part;
    };
    QString out;
    qsizetype pos = 0;
    for (const TextSpan &span : spans) {
        if (span.start < pos || span.length <= 0 || span.start >= text.size())
            continue;
        const qsizetype end = span.start + qMin(span.length, text.size() - span.start);
        out += piece(pos, span.start);
        out += open;
        out += piece(span.start, end);
        out += close;
        pos = end;
    }
    out += piece(pos, text.size());
    return out;
}

QString foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !folded.isEmpty())
                folded += QLatin1Char(' ');
            space = false;
            folded += c.toCaseFolded();
        } else {
            space = true;
        }
    }
    return folded;
}

} // namespace Flexwonen::Kb
