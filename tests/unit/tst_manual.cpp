// SPDX-License-Identifier: EUPL-1.2
// Issue 18 point 4: every verb has a complete manual, and what it documents is what the parser
// accepts. The oracles are the code's own tables (the verb table, the parser's option lists)
// and the real parser: an option a verb does not document must be refused.
#include "cli/cliverbs.h"
#include "cli/commandline.h"
#include "cli/verbhelp.h"

#include <QSet>
#include <QTest>

using namespace Flexwonen::Cli;
using namespace Qt::Literals::StringLiterals;

namespace {

QSet<QString> documented(const VerbHelp &help)
{
    QSet<QString> names;
    for (const OptionHelp &option : helpOptions(help))
        names.insert(option.name);
    return names;
}

QSet<QString> toSet(const QStringList &list)
{
    return {list.cbegin(), list.cend()};
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT

private slots:
    void everyVerbHasAManualAndNoManualIsStray()
    {
        QStringList table;
        for (const Verb &verb : verbs())
            table.append(verb.name);
        QStringList manuals;
        for (const VerbHelp &help : verbManuals())
            manuals.append(help.name);
        QCOMPARE(manuals, table);
        QVERIFY(table.size() >= 14);
    }

    void documentedOptionsAreTheAcceptedOnes_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("(venster)") << QString();
        for (const Verb &verb : verbs())
            QTest::newRow(qPrintable(verb.name)) << verb.name;
    }

    void documentedOptionsAreTheAcceptedOnes()
    {
        QFETCH(QString, verb);
        const VerbHelp &help = verb.isEmpty() ? programManual() : *verbManual(verb);
        const QSet<QString> accepted = toSet(acceptedOptions(verb));
        QCOMPARE(documented(help), accepted);
        // Each documented option is one the parser knows, with a meaning.
        const QSet<QString> known = toSet(knownOptions());
        for (const OptionHelp &option : helpOptions(help)) {
            QVERIFY2(known.contains(option.name), qPrintable(option.name));
            QVERIFY2(!option.text.trimmed().isEmpty(), qPrintable(option.name));
        }
    }

    void aManualHasEverySection_data() { documentedOptionsAreTheAcceptedOnes_data(); }

    void aManualHasEverySection()
    {
        QFETCH(QString, verb);
        const VerbHelp &help = verb.isEmpty() ? programManual() : *verbManual(verb);
        QVERIFY(!help.summary.isEmpty());
        // The summary is the whatis line apropos shows raw: ASCII only.
        for (const QChar c : help.summary)
            QVERIFY2(c.unicode() < 0x80, qPrintable(help.summary));
        QVERIFY(!help.description.isEmpty());
        QVERIFY(!help.exitCodes.isEmpty());
        QVERIFY(!help.environment.isEmpty());
        QVERIFY(!help.examples.isEmpty());
        // An exit code documented is one the verb has: 0, and its usage code.
        QStringList codes;
        for (const HelpRow &row : help.exitCodes)
            codes.append(row.term);
        QVERIFY2(codes.contains(u"0"_s), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QString::number(usageCodeOf(verb))) || verb.isEmpty(),
                 qPrintable(codes.join(u' ')));
        const QString text = verb.isEmpty() ? usageText() : verbHelpText(verb);
        QVERIFY(text.startsWith(u"Gebruik: flexwonen "_s + verb));
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.size() <= 79 || line.startsWith(u"  flexwonen "_s), qPrintable(line));
    }

    // The real parser and verb runner: an option the verb does not document is refused with the
    // verb's usage code, before anything is opened.
    void anUndocumentedOptionIsRefused_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        for (const Verb &verb : verbs()) {
            const QSet<QString> accepted = documented(*verbManual(verb.name));
            for (const QString &option : knownOptions()) {
                if (!accepted.contains(option) && option != u"version"_s)
                    QTest::newRow(qPrintable(verb.name + u" --"_s + option)) << verb.name << option;
            }
        }
    }

    void anUndocumentedOptionIsRefused()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const Invocation inv =
            parse({u"flexwonen"_s, verb, u"--"_s + option + u"=x"_s, u"a"_s, u"b"_s});
        QVERIFY2(inv.error.isEmpty(), qPrintable(inv.error));
        QCOMPARE(run(inv), usageCodeOf(verb));
    }

    void versionBelongsToTheProgram()
    {
        QCOMPARE(run(parse({u"flexwonen"_s, u"info"_s, u"--version"_s})), usageCodeOf(u"info"_s));
        QVERIFY(!parse({u"flexwonen"_s, u"--json"_s}).error.isEmpty());
        QVERIFY(!parse({u"flexwonen"_s, u"--region"_s, u"x"_s}).error.isEmpty());
        QVERIFY(
            parse({u"flexwonen"_s, u"--lang"_s, u"en"_s, u"--profile"_s, u"p"_s}).error.isEmpty());
    }

    void roffEscapesWhatWouldBeMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("roff");
        QTest::newRow("request") << u".TH x"_s << u"\\&.TH x"_s;
        QTest::newRow("quote request") << u"'br"_s << u"\\&'br"_s;
        QTest::newRow("backslash") << u"a\\fBb"_s << u"a\\efBb"_s;
        QTest::newRow("option") << u"--region"_s << u"\\-\\-region"_s;
        QTest::newRow("accent") << u"één…"_s << u"\\[u00E9]\\[u00E9]n\\[u2026]"_s;
        QTest::newRow("newline request") << u"a\n.so /etc/passwd"_s << u"a .so /etc/passwd"_s;
        QTest::newRow("control") << u"a\u0001b"_s << u"ab"_s;
    }

    void roffEscapesWhatWouldBeMarkup()
    {
        QFETCH(QString, text);
        QFETCH(QString, roff);
        QCOMPARE(roffEscape(text), roff);
    }

    void aPageIsPlainAsciiWithItsSections()
    {
        for (const VerbHelp &help : verbManuals() + QList<VerbHelp>{programManual()}) {
            const QString page = manPage(help, u"1.2.3"_s, u"2026-11-30"_s);
            for (const QChar c : page)
                QVERIFY2(c.unicode() < 0x80 && (c.unicode() >= 0x20 || c == u'\n'),
                         qPrintable(help.name));
            for (const QString &section :
                 {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s, u"EXIT STATUS"_s,
                  u"ENVIRONMENT"_s, u"EXAMPLES"_s, u"SEE ALSO"_s})
                QVERIFY2(page.contains(u"\n.SH "_s + section + u'\n'),
                         qPrintable(help.name + u": "_s + section));
            QVERIFY(page.contains(u"\"2026-11-30\" \"flexwonen 1.2.3\""_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestManual)
#include "tst_manual.moc"
