// SPDX-License-Identifier: EUPL-1.2
// Issue 16 points 5 and 8: `flexwonen export-ics` run for real, its file read by Debian's
// python3-icalendar. The oracle is the knowledge base itself: every event of the region (or the
// one event) exactly once, with its title, dates and place, nothing else; every physical line at
// most 75 octets and ended by CRLF; the same UIDs on a second export.
#include "feedworld.h"
#include "kb/item.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Test::Run;
using Test::str;

namespace {

Run flexwonen(const QStringList &args)
{
    return Test::runProgram(qEnvironmentVariable("FLEXWONEN_BIN"), args);
}

// What a calendar shows of a text from content: line breaks as one LF, every other control
// character (C0, DEL, C1, bidi controls, U+2028/9) gone. Written from RFC 5545 and the brief,
// not from the writer.
QString shownText(const QString &text)
{
    QString t = text;
    t.replace(str("\r\n"), str("\n")).replace(u'\r', u'\n');
    QString out;
    for (const char32_t c : t.toUcs4()) {
        const bool control = (c < 0x20 && c != U'\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
                             c == 0x061C || c == 0x200E || c == 0x200F ||
                             (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
                             c == 0x2028 || c == 0x2029;
        if (!control)
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// Why the file's physical lines break RFC 5545 3.1, or empty.
QString lineProblem(const QByteArray &bytes)
{
    if (!bytes.endsWith("\r\n"))
        return str("the file does not end with CRLF");
    const QList<QByteArray> lines = bytes.left(bytes.size() - 2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return str("line %1 ends with a bare LF").arg(i + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return str("line %1 holds a bare CR").arg(i + 1);
        if (line.size() > 75)
            return str("line %1 has %2 octets").arg(i + 1).arg(line.size());
        QStringDecoder utf8(QStringDecoder::Utf8);
        (void)utf8.decode(line);
        if (utf8.hasError())
            return str("line %1 splits a UTF-8 sequence").arg(i + 1);
    }
    return {};
}

// The TEXT properties of each VEVENT read strictly by RFC 5545 (3.1 unfolding, 3.3.11 escapes):
// uid -> property -> value. A bare ; or , in a value, or any other backslash sequence, is an
// error (python-icalendar lets those pass). Empty map and a warning on an error.
QMap<QString, QMap<QString, QString>> strictTexts(QByteArray bytes)
{
    bytes.replace("\r\n ", "");
    QMap<QString, QMap<QString, QString>> events;
    QMap<QString, QString> current;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString text = QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
        const qsizetype colon = text.indexOf(u':');
        const QString name = text.left(colon);
        if (text == str("END:VEVENT")) {
            events.insert(current.value(str("UID")), current);
            current.clear();
        }
        if (name != str("UID") && name != str("SUMMARY") && name != str("LOCATION") &&
            name != str("DESCRIPTION"))
            continue;
        QString value;
        const QString raw = text.mid(colon + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw[i];
            if (c == u';' || c == u',') {
                qWarning("bare %c in %s", char(c.unicode()), qPrintable(text));
                return {};
            }
            if (c != u'\\') {
                value += c;
                continue;
            }
            const QChar next = i + 1 < raw.size() ? raw[i + 1] : QChar();
            if (next == u'\\' || next == u';' || next == u',')
                value += next;
            else if (next == u'n' || next == u'N')
                value += u'\n';
            else {
                qWarning("bad escape in %s", qPrintable(text));
                return {};
            }
            ++i;
        }
        current.insert(name, value);
    }
    return events;
}

struct Expected
{
    QString summary;
    QString location;
    QString start;
    QString end;
};

Expected expectedOf(const Kb::Item &event)
{
    const QDate last =
        event.endDate.isValid() && event.endDate >= event.date ? event.endDate : event.date;
    return {shownText(event.title), shownText(event.place.trimmed()),
            event.date.toString(Qt::ISODate), last.addDays(1).toString(Qt::ISODate)};
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixture;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(str("agenda-%1.ics").arg(++m_files)); }

    // Exports, parses with python3-icalendar, checks the lines; the parsed calendar.
    QJsonObject exportAndRead(const QString &kb, const QString &selector, const QString &id)
    {
        const QString path = newPath();
        const Run r =
            flexwonen({str("--kb"), kb, str("export-ics"), selector, id, str("-o"), path});
        if (r.exitCode != 0) {
            qWarning("export-ics %s %s: %s", qPrintable(selector), qPrintable(id), r.err.data());
            return {};
        }
        const QByteArray bytes = Test::readFile(path);
        const QString problem = lineProblem(bytes);
        if (!problem.isEmpty()) {
            qWarning("%s: %s", qPrintable(id), qPrintable(problem));
            return {};
        }
        const Run py = Test::runProgram(str("/usr/bin/python3"), {str(FLEXWONEN_ICS_READER), path});
        if (py.exitCode != 0) {
            qWarning("python3-icalendar refuses %s: %s", qPrintable(path), py.err.data());
            return {};
        }
        QJsonObject calendar = QJsonDocument::fromJson(py.out).object();
        // The same values read strictly, beside the parser's.
        QJsonObject strict;
        const auto texts = strictTexts(bytes);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            strict.insert(it.key(), QJsonObject{{str("summary"), it->value(str("SUMMARY"))},
                                                {str("location"), it->value(str("LOCATION"))}});
        calendar.insert(str("strict"), strict);
        if (!calendar.value(str("errors")).toArray().isEmpty()) {
            qWarning("python3-icalendar: %s", py.out.data());
            return {};
        }
        return calendar;
    }

    // The parsed calendar holds exactly events, each once with its values.
    static bool holdsExactly(const QJsonObject &calendar, const QList<Kb::Item> &events)
    {
        if (calendar.value(str("version")).toString() != str("2.0") ||
            calendar.value(str("method")).toString() != str("PUBLISH") ||
            calendar.value(str("calscale")).toString() != str("GREGORIAN") ||
            calendar.value(str("prodid")).toString().isEmpty()) {
            qWarning("calendar properties: %s", QJsonDocument(calendar).toJson().data());
            return false;
        }
        const QJsonArray parsed = calendar.value(str("events")).toArray();
        if (parsed.size() != events.size()) {
            qWarning("%d events in the file, %d in the knowledge base", int(parsed.size()),
                     int(events.size()));
            return false;
        }
        QSet<QString> uids;
        for (const Kb::Item &event : events) {
            const Expected want = expectedOf(event);
            int found = 0;
            for (const QJsonValue &v : parsed) {
                const QJsonObject e = v.toObject();
                if (!e.value(str("uid")).toString().startsWith(event.id + u'@'))
                    continue;
                ++found;
                uids.insert(e.value(str("uid")).toString());
                const QJsonObject start = e.value(str("dtstart")).toObject();
                const QJsonObject end = e.value(str("dtend")).toObject();
                const QString location = e.value(str("location")).toString();
                const QJsonObject strict = calendar.value(str("strict"))
                                               .toObject()
                                               .value(e.value(str("uid")).toString())
                                               .toObject();
                if (strict.value(str("summary")).toString() != want.summary ||
                    strict.value(str("location")).toString() != want.location) {
                    qWarning("%s read strictly: %s", qPrintable(event.id),
                             QJsonDocument(strict).toJson().data());
                    return false;
                }
                if (e.value(str("summary")).toString() != want.summary ||
                    location != want.location || start.value(str("type")) != str("date") ||
                    start.value(str("iso")).toString() != want.start ||
                    end.value(str("type")) != str("date") ||
                    end.value(str("iso")).toString() != want.end) {
                    qWarning("%s differs: %s\nwanted summary %s, location %s, %s – %s",
                             qPrintable(event.id), QJsonDocument(e).toJson().data(),
                             qPrintable(want.summary), qPrintable(want.location),
                             qPrintable(want.start), qPrintable(want.end));
                    return false;
                }
            }
            if (found != 1) {
                qWarning("%s is in the file %d times", qPrintable(event.id), found);
                return false;
            }
        }
        return uids.size() == events.size();
    }

    static QList<Kb::Item> eventsOfRegion(Kb::KnowledgeBase &kb, const QString &region)
    {
        QList<Kb::Item> events;
        for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Event, region, {}}))
            events.append(*kb.item(s.id));
        return events;
    }

    static QStringList uidsOf(const QJsonObject &calendar)
    {
        QStringList uids;
        for (const QJsonValue &v : calendar.value(str("events")).toArray())
            uids.append(v.toObject().value(str("uid")).toString());
        uids.sort();
        return uids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(str("/usr/bin/python3")), "python3-icalendar is needed");
        const Run check =
            Test::runProgram(str("/usr/bin/python3"), {str("-c"), str("import icalendar")});
        QVERIFY2(check.exitCode == 0, "python3-icalendar is not installed (install-deps.sh)");

        // Hostile text: the TEXT specials, line breaks of every kind, terminal and bidi
        // controls, and titles long and multibyte enough to be folded inside characters.
        const QString &controls = m_controls = str("\x01\x07\x1b[31m") + QChar(0x7F) + QChar(0x85) +
                                               QChar(0x9B) + QChar(0x202E) + QChar(0x2028);
        Kb::Item region = Test::sampleItem(str("regio-x"), Kb::ItemType::Region, str("Regio; X"));
        Kb::Item empty =
            Test::sampleItem(str("regio-leeg"), Kb::ItemType::Region, str("Regio zonder agenda"));
        // (No backslash right before n, ; or , here: python-icalendar 4.0.3 unescapes by string
        // replacement and misreads those correct escapes; strictTexts and tst_calendar check
        // them.)
        Kb::Item specials = Test::sampleItem(str("evt-specials"), Kb::ItemType::Event,
                                             str("Komma, puntkomma; backslash \\ en \\t, "
                                                 "\"quotes\"\r\nnieuwe regel\rCR\nLF"));
        specials.place = str("Zaal 1, gebouw \\A; Den Haag");
        specials.summary = str("Regel één\r\ntwee, drie; vier \\ vijf") + controls;
        specials.date = QDate(2026, 3, 5);
        specials.region = region.id;
        QString multibyte;
        for (int i = 0; i < 14; ++i)
            multibyte += str("Één woning € ë ï 🏠 — ");
        for (int shift = 0; shift < 4; ++shift) {
            Kb::Item long_ = Test::sampleItem(str("evt-lang-%1").arg(shift), Kb::ItemType::Event,
                                              QString(shift, u'x') + multibyte + controls);
            long_.place = multibyte.left(40 + shift);
            long_.date = QDate(2026, 4, 1 + shift);
            long_.endDate = QDate(2026, 4, 3 + shift); // three days
            long_.region = region.id;
            specials.links.append(long_.id);
            m_fixtureItems.append(long_);
        }
        Kb::Item backwards = Test::sampleItem(str("evt-terug"), Kb::ItemType::Event,
                                              str("Einde vóór begin") + controls);
        backwards.date = QDate(2026, 6, 10);
        backwards.endDate = QDate(2026, 6, 1);
        backwards.region = region.id;
        Kb::Item elsewhere =
            Test::sampleItem(str("evt-elders"), Kb::ItemType::Event, str("Andere regio"));
        elsewhere.date = QDate(2026, 6, 11);
        m_fixtureItems += {region, empty, specials, backwards, elsewhere};
        m_fixture = m_dir.filePath(str("fixture.sqlite"));
        Test::buildKb(m_fixture, m_fixtureItems);
    }

    // Every region of the bundled base that has events, and every event on its own.
    void bundledBaseRegionsAndEvents()
    {
        const QString base = Test::bundledBase();
        Kb::KnowledgeBase kb(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
        int regionsWithEvents = 0;
        for (const Kb::ItemSummary &region : kb.list({Kb::ItemType::Region, {}, {}})) {
            const QList<Kb::Item> events = eventsOfRegion(kb, region.id);
            if (events.isEmpty())
                continue;
            ++regionsWithEvents;
            const QJsonObject calendar = exportAndRead(base, str("--region"), region.id);
            QVERIFY2(holdsExactly(calendar, events), qPrintable(region.id));
            // A second export names the same events with the same UIDs: a calendar updates
            // them instead of adding them again.
            QCOMPARE(uidsOf(exportAndRead(base, str("--region"), region.id)), uidsOf(calendar));
        }
        QVERIFY(regionsWithEvents >= 3);
        const QList<Kb::ItemSummary> all = kb.list({Kb::ItemType::Event, {}, {}});
        QVERIFY(all.size() >= 10);
        for (const Kb::ItemSummary &event : all) {
            const QJsonObject calendar = exportAndRead(base, str("--event"), event.id);
            QVERIFY2(holdsExactly(calendar, {*kb.item(event.id)}), qPrintable(event.id));
        }
    }

    void hostileTextSurvivesExactly()
    {
        Kb::KnowledgeBase kb(m_fixture, Kb::KnowledgeBase::Access::ReadOnlyFile);
        const QList<Kb::Item> events = eventsOfRegion(kb, str("regio-x"));
        QCOMPARE(events.size(), 6);
        const QJsonObject calendar = exportAndRead(m_fixture, str("--region"), str("regio-x"));
        QVERIFY(holdsExactly(calendar, events));
        QCOMPARE(calendar.value(str("calname")).toString(), str("Agenda Regio; X"));
        for (const Kb::Item &event : events) {
            QVERIFY(holdsExactly(exportAndRead(m_fixture, str("--event"), event.id), {event}));
        }
        // The description: the summary, then the source.
        for (const QJsonValue &v : calendar.value(str("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(str("uid")).toString().startsWith(str("evt-specials@")))
                continue;
            QCOMPARE(e.value(str("description")).toString(),
                     shownText(str("Regel één\r\ntwee, drie; vier \\ vijf") + m_controls) +
                         str("\n\nBron: https://flexwonen.nl/"));
            QCOMPARE(e.value(str("url")).toString(), str("https://flexwonen.nl/"));
        }
        QCOMPARE(uidsOf(exportAndRead(m_fixture, str("--region"), str("regio-x"))),
                 uidsOf(calendar));
    }

    // Each refusal: one Dutch line on stderr, exit code 1 (64 for a wrong command line), no file.
    void refusalsSayWhyAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown event")
            << QStringList{str("--event"), str("bestaat-niet")} << 1 << str("Onbekend item");
        QTest::newRow("unknown region")
            << QStringList{str("--region"), str("bestaat-niet")} << 1 << str("Onbekende regio");
        QTest::newRow("region is no event")
            << QStringList{str("--event"), str("regio-x")} << 1 << str("geen activiteit");
        QTest::newRow("event is no region")
            << QStringList{str("--region"), str("evt-specials")} << 1 << str("geen regio");
        QTest::newRow("region without events") << QStringList{str("--region"), str("regio-leeg")}
                                               << 1 << str("heeft geen activiteiten");
        QTest::newRow("both") << QStringList{str("--region"), str("regio-x"), str("--event"),
                                             str("evt-specials")}
                              << 64 << str("Gebruik: flexwonen export-ics");
        QTest::newRow("neither") << QStringList{} << 64 << str("Gebruik: flexwonen export-ics");
        QTest::newRow("hostile id")
            << QStringList{str("--event"), str("x\x1b]52;c;ZXZpbA==\x07\r") + QChar(0x202E)} << 1
            << str("\\x1b]52");
    }

    void refusalsSayWhyAndWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString path = newPath();
        const Run r = flexwonen(QStringList{str("--kb"), m_fixture, str("export-ics")} + args +
                                QStringList{str("-o"), path});
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY2(Test::terminalProblem(r.err, false).isEmpty(), r.err.constData());
        QVERIFY(!QFileInfo::exists(path));
    }

    void unwritableTargetIsRefused()
    {
        const QString missing = m_dir.filePath(str("geen-map/agenda.ics"));
        Run r = flexwonen({str("--kb"), m_fixture, str("export-ics"), str("--event"),
                           str("evt-specials"), str("-o"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bestaat niet"), r.err.constData());
        // An existing file stays as it was without --force, and is replaced with it.
        const QString existing = newPath();
        Test::writeFile(existing, "oud");
        r = flexwonen({str("--kb"), m_fixture, str("export-ics"), str("--event"),
                       str("evt-specials"), str("-o"), existing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--force"), r.err.constData());
        QCOMPARE(Test::readFile(existing), QByteArray("oud"));
        r = flexwonen({str("--kb"), m_fixture, str("export-ics"), str("--event"),
                       str("evt-specials"), str("-o"), existing, str("--force")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(Test::readFile(existing).startsWith("BEGIN:VCALENDAR\r\n"));
    }

private:
    QList<Kb::Item> m_fixtureItems;
    QString m_controls;
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
