// SPDX-License-Identifier: EUPL-1.2
#include "commandline.h"

#include "cliverbs.h"
#include "terminaltext.h"

#include <QTextStream>

namespace Flexwonen::Cli {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QStringList &valueOptions()
{
    static const QStringList names = {
        QStringLiteral("profile"),      QStringLiteral("kb"),
        QStringLiteral("limit"),        QStringLiteral("type"),
        QStringLiteral("region"),       QStringLiteral("dossier"),
        QStringLiteral("pilot"),        QStringLiteral("search"),
        QStringLiteral("items"),        QStringLiteral("output"),
        QStringLiteral("feed"),         QStringLiteral("trust"),
        QStringLiteral("source"),       QStringLiteral("out"),
        QStringLiteral("key"),          QStringLiteral("year"),
        QStringLiteral("lang"),         QStringLiteral("note"),
        QStringLiteral("expires-days"), QStringLiteral("seq"),
        QStringLiteral("root-key"),     QStringLiteral("new-root-key"),
        QStringLiteral("feed-pub"),     QStringLiteral("seq-floor"),
        QStringLiteral("title"),        QStringLiteral("author"),
        QStringLiteral("organisation"), QStringLiteral("department"),
        QStringLiteral("status"),       QStringLiteral("municipality"),
        QStringLiteral("event"),        QStringLiteral("review-against"),
        QStringLiteral("content"),      QStringLiteral("base-url")};
    return names;
}

// Options naming a file, folder, address or key: an empty value is a mistake (an unset variable
// in a script), never a quiet "use the default".
const QStringList &locationOptions()
{
    static const QStringList names = {QStringLiteral("profile"),  QStringLiteral("kb"),
                                      QStringLiteral("output"),   QStringLiteral("feed"),
                                      QStringLiteral("trust"),    QStringLiteral("source"),
                                      QStringLiteral("out"),      QStringLiteral("key"),
                                      QStringLiteral("root-key"), QStringLiteral("new-root-key"),
                                      QStringLiteral("feed-pub"), QStringLiteral("review-against"),
                                      QStringLiteral("content"),  QStringLiteral("base-url")};
    return names;
}

const QStringList &flagOptions()
{
    static const QStringList names = {QStringLiteral("json"), QStringLiteral("help"),
                                      QStringLiteral("version"), QStringLiteral("force"),
                                      QStringLiteral("snapshot")};
    return names;
}

// Qt's standard options, for launchers that pass them to every Qt program (QGuiApplication,
// QApplication and the xcb plugin read them). Qt takes each with one or two dashes, and -style,
// -stylesheet and -qmljsdebugger also as -style=VALUE.
struct QtOption
{
    QLatin1String name;
    bool takesValue;
};

constexpr QtOption qtOptions[] = {
    {QLatin1String("style"), true},
    {QLatin1String("stylesheet"), true},
    {QLatin1String("platform"), true},
    {QLatin1String("platformtheme"), true},
    {QLatin1String("platformpluginpath"), true},
    {QLatin1String("plugin"), true},
    {QLatin1String("qwindowgeometry"), true},
    {QLatin1String("qwindowtitle"), true},
    {QLatin1String("qwindowicon"), true},
    {QLatin1String("session"), true},
    {QLatin1String("reverse"), false},
    {QLatin1String("widgetcount"), false},
    {QLatin1String("display"), true},
    {QLatin1String("name"), true},
    {QLatin1String("title"), true},
    {QLatin1String("geometry"), true},
    {QLatin1String("icon"), true},
    {QLatin1String("qmljsdebugger"), true},
    {QLatin1String("testability"), false},
    // X11's, from QApplication's documentation; Qt 6 still takes -visual, -nograb and -dograb.
    {QLatin1String("visual"), true},
    {QLatin1String("ncols"), true},
    {QLatin1String("cmap"), false},
    {QLatin1String("nograb"), false},
    {QLatin1String("dograb"), false},
    {QLatin1String("sync"), false},
};

// Which of Qt's options arg is; nullptr when it is none. "--title" stays ours (the report's
// title): a name that is ours as well is Qt's only with one dash.
const QtOption *qtOption(const QString &arg)
{
    const bool twoDashes = arg.startsWith(QLatin1String("--"));
    QString name = arg.mid(twoDashes ? 2 : 1);
    const qsizetype eq = name.indexOf(QLatin1Char('='));
    if (eq >= 0) {
        const QString option = name.left(eq);
        if (option != QLatin1String("style") && option != QLatin1String("stylesheet") &&
            option != QLatin1String("qmljsdebugger"))
            return nullptr;
        name = option;
    }
    if (twoDashes && (valueOptions().contains(name) || flagOptions().contains(name)))
        return nullptr;
    for (const QtOption &option : qtOptions) {
        if (name == option.name)
            return &option;
    }
    return nullptr;
}

} // namespace

QStringList knownOptions()
{
    return valueOptions() + flagOptions();
}

Invocation parse(const QStringList &argv)
{
    Invocation inv;
    bool onlyPositionals = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        QString arg = argv[i];
        if (!onlyPositionals && arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (!onlyPositionals && arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            // In a search query "-woord" excludes a word: a query argument, not an option (not
            // Qt's either: "-platform" is a Dutch word too).
            const bool singleDash = !arg.startsWith(QLatin1String("--"));
            if (singleDash && inv.verb == QLatin1String("search") && arg.size() > 2 &&
                arg[1].isLetter()) {
                inv.arguments.append(arg);
                continue;
            }
            // Qt's options are for the window's QApplication, which reads them from argv itself;
            // a verb does without them.
            if (const QtOption *qt = qtOption(arg)) {
                if (qt->takesValue && !arg.contains(QLatin1Char('=')) && ++i >= argv.size()) {
                    inv.error = QStringLiteral("Optie %1 verwacht een waarde").arg(arg);
                    return inv;
                }
                continue;
            }
            if (arg == QLatin1String("-h"))
                arg = QStringLiteral("--help");
            else if (arg == QLatin1String("-v"))
                arg = QStringLiteral("--version");
            else if (arg == QLatin1String("-o"))
                arg = QStringLiteral("--output");
            if (!arg.startsWith(QLatin1String("--"))) {
                inv.error = QStringLiteral("Onbekende optie: %1").arg(argv[i]);
                return inv;
            }
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (valueOptions().contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= argv.size()) {
                        inv.error = QStringLiteral("Optie --%1 verwacht een waarde").arg(name);
                        return inv;
                    }
                    value = argv[++i];
                }
                if (value.isEmpty() && locationOptions().contains(name)) {
                    inv.error = QStringLiteral("Optie --%1 verwacht een waarde, niet een lege "
                                               "tekst")
                                    .arg(name);
                    return inv;
                }
            } else if (!flagOptions().contains(name)) {
                inv.error = QStringLiteral("Onbekende optie: --%1").arg(name);
                return inv;
            }
            inv.options.insert(name, value);
            continue;
        }
        if (inv.verb.isEmpty())
            inv.verb = arg;
        else
            inv.arguments.append(arg);
    }
    // A preview shows its own compiled base: another base or profile would be silently ignored.
    if (inv.has(QStringLiteral("content")) &&
        (inv.has(QStringLiteral("kb")) || inv.has(QStringLiteral("profile")))) {
        inv.error = QStringLiteral("Optie --content gaat niet samen met --kb of --profile");
        return inv;
    }
    // Without a verb the options are the window's: anything else would be silently ignored.
    if (inv.verb.isEmpty()) {
        const QStringList window = acceptedOptions({});
        for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
            if (!window.contains(it.key())) {
                inv.error = QStringLiteral("Optie --%1 hoort bij een werkwoord").arg(it.key());
                return inv;
            }
        }
    }
    inv.json = inv.options.contains(QStringLiteral("json"));
    inv.help = inv.options.contains(QStringLiteral("help"));
    inv.version = inv.options.contains(QStringLiteral("version"));
    return inv;
}

int run(const Invocation &inv)
{
    if (!inv.error.isEmpty())
        return fail(inv.error + QStringLiteral(" (zie flexwonen --help)"), usageCodeOf(inv.verb));
    // --version belongs to the program; a verb refuses it as any option it does not take.
    if (inv.version && inv.verb.isEmpty()) {
        QTextStream(stdout) << "flexwonen " << FLEXWONEN_VERSION << '\n';
        return Success;
    }
    if (inv.help) {
        const QString verbHelp = verbHelpText(inv.verb);
        QTextStream(stdout) << TerminalText::lines(verbHelp.isEmpty() ? usageText() : verbHelp);
        return Success;
    }
    return runVerb(inv);
}

} // namespace Flexwonen::Cli
