// SPDX-License-Identifier: EUPL-1.2
// Issue 16 point 5 in the core: the iCalendar writer's escaping and folding (RFC 5545 3.1,
// 3.3.11), its all-day dates, and the Aanmelden mail built only for one plain address.
#include "report/icalendar.h"
#include "report/registrationmail.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Flexwonen;
using Report::ICalendar;
using Test::str;

namespace {

Kb::Item datedEvent(const QString &id, const QString &title)
{
    Kb::Item item = Test::sampleItem(id, Kb::ItemType::Event, title);
    item.date = QDate(2026, 5, 12);
    return item;
}

// The content lines of a calendar, unfolded (RFC 5545 3.1).
QStringList contentLines(QByteArray bytes)
{
    bytes.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(bytes).split(str("\r\n"));
    lines.removeAll(QString());
    return lines;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << str("Conferentie Den Haag") << str("Conferentie Den Haag");
        QTest::newRow("specials") << str("a,b;c\\d") << str("a\\,b\\;c\\\\d");
        QTest::newRow("backslash before specials")
            << str("\\n \\; \\,") << str("\\\\n \\\\\\; \\\\\\,");
        QTest::newRow("line breaks") << str("a\r\nb\rc\nd") << str("a\\nb\\nc\\nd");
        QTest::newRow("colon stays") << str("Tijd: 10:00") << str("Tijd: 10:00");
        QTest::newRow("controls") << (str("a\x01\x07\x1b[0m\tb") + QChar(0x7F) + QChar(0x85) +
                                      QChar(0x9B) + QChar(0x202E) + QChar(0x2066) + QChar(0x2028) +
                                      str("c"))
                                  << str("a[0mbc");
        QTest::newRow("multibyte") << str("Één 🏠 €") << str("Één 🏠 €");
    }

    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendar::escapeText(text), escaped);
    }

    // Every length and every shift of 1- to 4-octet characters: lines of at most 75 octets,
    // CRLF, continuation lines start with one space, no line splits a character, and unfolding
    // gives the line back.
    void foldKeepsCharactersWhole()
    {
        const QStringList pieces = {str("a"), str("é"), str("€"), str("🏠")};
        for (int shift = 0; shift < 4; ++shift) {
            QString text = str("SUMMARY:") + QString(shift, u'x');
            for (int n = 0; n < 120; ++n) {
                text += pieces[(n * 7 + shift) % 4];
                const QByteArray line = text.toUtf8();
                const QByteArray folded = ICalendar::fold(line);
                QVERIFY(folded.endsWith("\r\n"));
                const QList<QByteArray> physical = folded.chopped(2).split('\n');
                for (qsizetype i = 0; i < physical.size(); ++i) {
                    QByteArray p = physical[i];
                    if (i + 1 < physical.size()) {
                        QVERIFY(p.endsWith('\r'));
                        p.chop(1);
                    }
                    QVERIFY2(p.size() <= 75, p.constData());
                    QCOMPARE(i > 0, p.startsWith(' '));
                    QStringDecoder utf8(QStringDecoder::Utf8);
                    (void)utf8.decode(p);
                    QVERIFY2(!utf8.hasError(), p.constData());
                }
                QByteArray unfolded = folded.chopped(2);
                unfolded.replace("\r\n ", "");
                QCOMPARE(unfolded, line);
            }
        }
    }

    void allDayDatesAndUid()
    {
        Kb::Item one = datedEvent(str("evt-een"), str("Eén dag"));
        Kb::Item three = datedEvent(str("evt-drie"), str("Drie dagen"));
        three.endDate = QDate(2026, 5, 14);
        three.rev = 4;
        Kb::Item backwards = datedEvent(str("evt-terug"), str("Einde voor begin"));
        backwards.endDate = QDate(2026, 5, 1);
        Kb::Item undated = Test::sampleItem(str("evt-zonder"), Kb::ItemType::Event, str("X"));
        const QDateTime stamp(QDate(2026, 11, 29), QTime(10, 0), QTimeZone(3600));
        const QStringList lines = contentLines(
            ICalendar::write({str("Agenda"), {one, three, backwards, undated}}, stamp));
        QCOMPARE(lines.first(), str("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), str("END:VCALENDAR"));
        QVERIFY(lines.contains(str("VERSION:2.0")));
        QVERIFY(lines.contains(str("METHOD:PUBLISH")));
        QVERIFY(lines.contains(str("CALSCALE:GREGORIAN")));
        QCOMPARE(lines.count(str("BEGIN:VEVENT")), 3); // the undated one is left out
        QCOMPARE(lines.count(str("DTSTAMP:20261129T090000Z")), 3);
        QCOMPARE(lines.count(str("DTSTART;VALUE=DATE:20260512")), 3);
        QCOMPARE(lines.count(str("DTEND;VALUE=DATE:20260513")), 2); // one day, and backwards
        QCOMPARE(lines.count(str("DTEND;VALUE=DATE:20260515")), 1); // exclusive end
        QVERIFY(lines.contains(str("UID:evt-drie@kennisbank.flexwonen.nl")));
        QVERIFY(lines.contains(str("SEQUENCE:3")));
        QVERIFY(!lines.join(u'\n').contains(str("evt-zonder")));
        QCOMPARE(ICalendar::uid(str("evt-een")), ICalendar::uid(str("evt-een")));
    }

    // A source address that is no http(s) URL, or holds what a URI value may not, is neither
    // URL nor part of the description.
    void onlyWebSourcesAreLinked()
    {
        Kb::Item e = datedEvent(str("evt-bron"), str("Bron"));
        e.sources = {{str("x"), str("javascript:alert(1)"), {}},
                     {str("y"), str("https://voorbeeld.nl/a b\r\nX-EVIL:1"), {}},
                     {str("z"), str("https://flexwonen.nl/agenda?a=1,2;3"), {}}};
        const QStringList lines = contentLines(ICalendar::write({{}, {e}}));
        QVERIFY(!lines.join(u'\n').contains(str("javascript")));
        // The address with spaces and a line break is no valid URL: skipped, not mended.
        QVERIFY(lines.filter(QRegularExpression(str("^X-EVIL"))).isEmpty());
        QVERIFY(lines.filter(str("voorbeeld.nl")).isEmpty());
        QVERIFY(lines.contains(str("URL:https://flexwonen.nl/agenda?a=1,2;3")));
        QCOMPARE(lines.filter(QRegularExpression(str("^URL:"))).size(), 1);
    }

    void suggestedFileName()
    {
        QCOMPARE(ICalendar::suggestedFileName(str("evt-2012-06-15-conferentie")),
                 str("evt-2012-06-15-conferentie.ics"));
        QCOMPARE(ICalendar::suggestedFileName(str("../../etc/passwd")),
                 str("agenda------etc-passwd.ics"));
    }

    void hostileAddressesGiveNoMail_data()
    {
        QTest::addColumn<QString>("url");
        const QStringList hostile = {
            str("mailto:"),
            str("mailto:organisator"),
            str("mailto:@flexwonen.nl"),
            str("mailto:info@"),
            str("mailto:info@flexwonen"),
            str("mailto:info@flexwonen.nl?cc=iedereen@voorbeeld.nl"),
            str("mailto:info@flexwonen.nl&bcc=x@voorbeeld.nl"),
            str("mailto:info@flexwonen.nl%0D%0ABcc:x@voorbeeld.nl"),
            str("mailto:info@flexwonen.nl,x@voorbeeld.nl"),
            str("mailto:info@flexwonen.nl;x@voorbeeld.nl"),
            str("mailto:a@b.nl@voorbeeld.nl"),
            str("mailto:info @flexwonen.nl"),
            str("mailto:info@flexwonen.nl "),
            str("mailto: info@flexwonen.nl"),
            str("mailto:info@flexwonen.nl\r\nBcc: x@voorbeeld.nl"),
            str("mailto:info@flexwonen.nl\n"),
            str("mailto:info\x1b@flexwonen.nl"),
            str("mailto:\"info\"@flexwonen.nl"),
            str("mailto:<info@flexwonen.nl>"),
            str("mailto:Info <info@flexwonen.nl>"),
            str("mailto:info@flexwonen.nl#x"),
            str("mailto:.info@flexwonen.nl"),
            str("mailto:info.@flexwonen.nl"),
            str("mailto:in..fo@flexwonen.nl"),
            str("mailto:info@-flexwonen.nl"),
            str("mailto:info@flexwonen-.nl"),
            str("mailto:info@flexwonen..nl"),
            str("mailto:info@[127.0.0.1]"),
            str("mailto:info@127.0.0.1"),
            str("mailto:info@flëxwonen.nl"),
            str("mailto:ínfo@flexwonen.nl"),
            str("mailto:info@flexwonen.nl") + QChar(0x202E),
            str("mailto:info=x@flexwonen.nl"),
            str("mailto:") + QString(65, u'a') + str("@flexwonen.nl"),
            str("https://flexwonen.nl/aanmelden"),
            str("javascript:alert(1)//@flexwonen.nl"),
            str("info@flexwonen.nl"),
        };
        for (const QString &url : hostile)
            QTest::newRow(qPrintable(QString::fromLatin1(url.toUtf8().toPercentEncoding()))) << url;
    }

    void hostileAddressesGiveNoMail()
    {
        QFETCH(QString, url);
        Kb::Item e = datedEvent(str("evt-mail"), str("Bijeenkomst"));
        e.contacts = {{str("Organisator"), str("organisator"), url}};
        QCOMPARE(Report::RegistrationMail::organiserAddress(e), QString());
        QVERIFY(!Report::RegistrationMail::mailto(e));
    }

    // A plain address gets the mail; a hostile title cannot add a recipient or a header: the
    // URL has exactly the address and the keys subject and body, with the texts intact.
    void plainAddressGetsAPrefilledMail()
    {
        Kb::Item e =
            datedEvent(str("evt-mail"),
                       str("Conferentie & overleg?cc=x@voorbeeld.nl#=%0A+ \"A\"\r\nBcc: y@z.nl"));
        e.endDate = QDate(2026, 5, 13);
        e.place = str("Den Haag");
        e.contacts = {
            {str("Website"), str("role"), str("https://flexwonen.nl/")},
            {str("Slecht"), str("role"), str("mailto:x@y.nl?cc=z@w.nl")},
            {str("Organisator"), str("role"), str("MAILTO:Aan.Melden+2026@flex-wonen.nl")}};
        QCOMPARE(Report::RegistrationMail::organiserAddress(e),
                 str("Aan.Melden+2026@flex-wonen.nl"));
        const std::optional<QUrl> url = Report::RegistrationMail::mailto(e);
        QVERIFY(url);
        QCOMPARE(url->scheme(), str("mailto"));
        QCOMPARE(url->path(), str("Aan.Melden+2026@flex-wonen.nl"));
        QVERIFY(!url->hasFragment());
        // Read back from the encoded form, as a mail program would.
        const QUrl reread = QUrl::fromEncoded(url->toEncoded(), QUrl::StrictMode);
        QVERIFY(reread.isValid());
        QCOMPARE(reread.path(), str("Aan.Melden+2026@flex-wonen.nl"));
        const QUrlQuery query(reread);
        QStringList keys;
        for (const auto &item : query.queryItems())
            keys.append(item.first);
        QCOMPARE(keys, (QStringList{str("subject"), str("body")}));
        const QString subject = query.queryItemValue(str("subject"), QUrl::FullyDecoded);
        QCOMPARE(subject, str("Aanmelding: Conferentie & overleg?cc=x@voorbeeld.nl#=%0A+ \"A\" "
                              "Bcc: y@z.nl (12 mei 2026 t/m 13 mei 2026)"));
        QVERIFY(!subject.contains(u'\r') && !subject.contains(u'\n'));
        const QString body = query.queryItemValue(str("body"), QUrl::FullyDecoded);
        QVERIFY2(body.startsWith(str("Geachte organisator,\r\n")), qPrintable(body));
        QVERIFY2(body.contains(str("12 mei 2026 t/m 13 mei 2026 in Den Haag")), qPrintable(body));

        // Only events register.
        e.type = Kb::ItemType::Region;
        QVERIFY(!Report::RegistrationMail::mailto(e));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
