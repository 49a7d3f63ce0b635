// SPDX-License-Identifier: EUPL-1.2
#include "pdfexporter.h"

#include "kb/kberror.h"
#include "reportlog.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

void PdfExporter::checkTarget(const QString &path, Overwrite overwrite)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (path.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput, u"Geen uitvoerbestand opgegeven"_s);
    if (!dir.exists())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"De map %1 bestaat niet"_s.arg(QDir::toNativeSeparators(dir.filePath())));
    if (!dir.isDir())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"%1 is geen map"_s.arg(QDir::toNativeSeparators(dir.filePath())));
    if (file.isDir())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"%1 is een map, geen bestand"_s.arg(QDir::toNativeSeparators(path)));
    // A symbolic link counts as an existing file even when it points nowhere: writing through
    // it would put the report where the link's maker chose, not where the user asked.
    if ((file.exists() || file.isSymLink()) && overwrite == Overwrite::No)
        throw Kb::Error(
            Kb::Error::Kind::Io,
            u"Het bestand %1 bestaat al en is niet overschreven (gebruik --force)"_s.arg(
                QDir::toNativeSeparators(path)));
}

void PdfExporter::saveAtomically(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile would write to a link's target; the report replaces the link itself instead,
    // and whatever it pointed at stays untouched.
    if (QFileInfo(path).isSymLink() && !QFile::remove(path))
        throw Kb::Error(Kb::Error::Kind::Io, u"Kan de koppeling %1 niet vervangen"_s.arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Kan %1 niet schrijven: %2"_s.arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Kb::Error(
            Kb::Error::Kind::Io,
            u"Schrijven naar %1 mislukt (schijf vol?): %2; er is niets opgeslagen"_s.arg(shown,
                                                                                         reason));
    }
    if (!file.commit())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Opslaan van %1 mislukt (schijf vol?): %2; er is niets opgeslagen"_s.arg(
                            shown, file.errorString()));
    qCInfo(lcReport).noquote() << u"rapport opgeslagen: %1 (%2 bytes)"_s.arg(shown).arg(
        bytes.size());
}

QByteArray PdfExporter::render(const ReportContent &content, const Progress &progress,
                               int *pageCount)
{
    return PdfRenderer::render(content, progress, pageCount);
}

bool PdfExporter::write(const ReportContent &content, const QString &path, Overwrite overwrite,
                        const Progress &progress, int *pageCount)
{
    checkTarget(path, overwrite);
    const QByteArray pdf = render(content, progress, pageCount);
    if (pdf.isEmpty())
        return false;
    saveAtomically(path, pdf);
    return true;
}

} // namespace Flexwonen::Report
