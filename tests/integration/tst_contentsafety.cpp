// SPDX-License-Identifier: EUPL-1.2
// Threats 19 and 20 end to end (design §3 test 21): a signed batch whose item body carries raw
// HTML, <script>, a javascript: link and file:, http: and https: images is applied by the real
// sync; the window's reader then shows it. The local HTTP server of the test counts requests:
// none arrive, the raw HTML is shown as text and no image resolves to anything (no file read).
#include "feedworld.h"
#include "testservers.h"
#include "testsupport.h"

#include "kb/knowledgebase.h"
#include "report/nlmap.h"
#include "ui/common/errorreporter.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace Flexwonen;

namespace {

using Test::str;

// Every image the document asks for (Markdown images become QTextImageFormat names).
QStringList imageNames(const QTextDocument *document)
{
    QStringList names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names.append(format.toImageFormat().name());
        }
    }
    return names;
}

} // namespace

class TestContentSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void hostileBodyIsInertInTheReader()
    {
        Test::BadServer server(Test::BadServer::Mode::CaptivePortal); // counts every request
        const QString secret = m_dir.filePath(str("geheim.png"));
        Test::writeFile(secret, "GEHEIME-INHOUD-VAN-EEN-LOKAAL-BESTAND");
        // Real images, named by a plain path and relative to the working folder: Qt's image
        // handler loads a name by itself when the answer to loadResource is an empty image.
        const QSize secretSize(37, 23);
        QImage real(secretSize, QImage::Format_RGB32);
        real.fill(Qt::red);
        const QString realPng = m_dir.filePath(str("echt.png"));
        QVERIFY(real.save(realPng));
        QVERIFY(real.save(m_dir.filePath(str("relatief-echt.png"))));
        const QString http = server.url(); // http://127.0.0.1:<port>/
        const QString https = QString(http).replace(str("http:"), str("https:"));

        Test::FeedWorld world(m_dir.filePath(str("world")), 5);
        QCOMPARE(world.publish().exitCode, 0);
        Kb::Item item = world.makeItem(6, str("Vijandige inhoud"));
        item.body = str("Gewone tekst.\n\n"
                        "<script>alert('x')</script>\n\n"
                        "<b>vet</b> <img src=\"%1html-img.png\" onerror=\"alert(1)\">\n\n"
                        "[klik hier](javascript:alert(1))\n\n"
                        "![pixel](%1pixel.png)\n\n"
                        "![tls](%2tls.png)\n\n"
                        "![bestand](%3)\n\n"
                        "![relatief](../../../../etc/hostname)\n\n"
                        "![pad](%4)\n\n"
                        "![relatief-echt](relatief-echt.png)\n")
                        .arg(http, https, QUrl::fromLocalFile(secret).toString(), realPng);
        world.writeItem(item);
        Test::Run r = world.publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString profile = world.profile(str("reader"));
        QCOMPARE(world.flexwonen({str("--profile"), profile, str("info")}).exitCode, 0);
        r = world.sync(profile, world.feed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(world.contentSeq(profile), 2);
        QCOMPARE(server.requests(), 0);

        Kb::KnowledgeBase kb(world.contentPath(profile));
        const QString oldCwd = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        const auto restoreCwd = qScopeGuard([&oldCwd] { QDir::setCurrent(oldCwd); });
        const Report::NlMap map;
        Ui::ErrorReporter errors;
        Ui::ReaderTab tab(kb, map, errors);
        tab.resize(800, 600);
        tab.show();
        tab.open(Ui::Location::item(item.id));
        QTest::qWait(300); // any request the view started would reach the server now
        Ui::ReaderView *view = tab.itemView();
        QCOMPARE(tab.currentTextView(), view);

        const QString shown = view->toPlainText();
        QVERIFY2(shown.contains(str("<script>alert('x')</script>")), qPrintable(shown));
        QVERIFY2(shown.contains(str("<img src=")), qPrintable(shown));
        QVERIFY(!shown.contains(str("GEHEIME-INHOUD")));

        const QStringList images = imageNames(view->document());
        // pixel, tls, the local file, relative, a plain path, a relative real image
        QCOMPARE(images.size(), 6);
        view->grab(); // lay out and paint: Qt's image handler asks for every image now
        for (const QString &name : images) {
            // The reader answers with an image of its own, never a null QVariant (QTextDocument
            // would read a file: URL itself) and never an empty image (Qt's image handler would
            // then load the name as a path).
            const QVariant answer = view->loadResource(QTextDocument::ImageResource, QUrl(name));
            QVERIFY2(!answer.value<QImage>().isNull(), qPrintable(name));
            const QImage used = view->document()
                                    ->resource(QTextDocument::ImageResource, QUrl(name))
                                    .value<QImage>();
            QVERIFY2(used.isNull() || used.size() != secretSize, qPrintable(name));
            QVERIFY2(used.isNull() ||
                         used.pixelColor(used.width() / 2, used.height() / 2) != QColor(Qt::red),
                     qPrintable(name));
        }
        QVERIFY(view->document()->toHtml().contains(str("javascript:")));

        // Following the javascript: link does nothing: no dialog, no browser.
        bool dialog = false;
        QTimer::singleShot(100, this, [&dialog] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialog = true;
                modal->close();
            }
        });
        emit view->anchorClicked(QUrl(str("javascript:alert(1)")));
        QTest::qWait(200);
        QVERIFY(!dialog);
        QCOMPARE(server.requests(), 0);
    }
};

QTEST_MAIN(TestContentSafety)
#include "tst_contentsafety.moc"
