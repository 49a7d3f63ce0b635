// SPDX-License-Identifier: EUPL-1.2
#include "aboutdialog.h"

#include "common/languagechange.h"
#include "report/nlmap.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

constexpr auto NoticeResource = ":/flexwonen/legal/NOTICE";
constexpr auto EuplUrl =
    "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12";

// Every label here shows text we wrote or a version number: plain text all the same, and
// selectable so a user can copy it into a mail to IT.
QLabel *plainLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString AboutDialog::noticeText()
{
    QFile file(QString::fromLatin1(NoticeResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::licenceId()
{
    return QStringLiteral("EUPL-1.2");
}

QString AboutDialog::installedLicenceFile()
{
    // The program and the documentation folder keep their places relative to each other under
    // any install prefix (FLEXWONEN_DOCDIR_FROM_BIN: "../share/doc/flexwonen").
    const QString path =
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral(FLEXWONEN_DOCDIR_FROM_BIN "/LICENSE"));
    return QFileInfo::exists(path) ? QDir::toNativeSeparators(QDir::cleanPath(path)) : QString();
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(plainLabel(this, "aboutTitle"))
    , m_purpose(plainLabel(this, "aboutPurpose"))
    , m_licence(plainLabel(this, "aboutLicence"))
    , m_noticesLabel(plainLabel(this, "aboutNoticesLabel"))
    , m_notices(new QPlainTextEdit(this))
    , m_mapCredit(plainLabel(this, "aboutMapCredit"))
{
    setObjectName(QStringLiteral("aboutDialog"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);

    // Read-only but reachable by keyboard: Tab lands here, the arrows and Page keys scroll, and
    // Tab leaves again (no tab characters to type).
    m_notices->setObjectName(QStringLiteral("aboutNotices"));
    m_notices->setReadOnly(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_notices->setTabChangesFocus(true);
    m_notices->setFocusPolicy(Qt::StrongFocus);
    // NOTICE is laid out at 100 columns, wider than the dialog at 1024x600: wrapped at the
    // widget's width, every line is read without scrolling sideways.
    m_notices->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_notices->setPlainText(noticeText());
    m_notices->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_noticesLabel->setBuddy(m_notices);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutClose"));
    close->setDefault(true); // Enter closes, from the notices too (they are read-only)
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addWidget(m_licence);
    layout->addSpacing(6);
    layout->addWidget(m_noticesLabel);
    layout->addWidget(m_notices, 1);
    layout->addWidget(m_mapCredit);
    layout->addWidget(buttons);

    followLanguage(this, [this] { setTexts(); });
    // Fits a 1024 x 600 screen with the window's title bar and a panel.
    resize(720, 500);
    m_notices->setFocus();
}

void AboutDialog::setTexts()
{
    setWindowTitle(tr("Over Flexwonen Kennisbank"));
    m_title->setText(tr("Flexwonen Kennisbank %1").arg(QStringLiteral(FLEXWONEN_VERSION)));
    m_purpose->setText(tr("Kennis over goede tijdelijke huisvesting van EU-arbeidsmigranten, "
                          "offline op uw eigen computer."));
    const QString file = installedLicenceFile();
    const QString where = file.isEmpty()
                              ? tr("in het bestand LICENSE bij het programma en op %1")
                                    .arg(QString::fromLatin1(EuplUrl))
                              : tr("in %1 en op %2").arg(file, QString::fromLatin1(EuplUrl));
    m_licence->setText(tr("Vrije software onder de licentie %1 (Openbare Licentie van de Europese "
                          "Unie, versie 1.2). De volledige tekst staat %2.")
                           .arg(licenceId(), where));
    m_noticesLabel->setText(tr("&Licenties en bronnen: onderdelen van anderen die het programma "
                               "gebruikt, met hun licentie"));
    m_notices->setAccessibleName(tr("Licenties en bronnen"));
    m_notices->setAccessibleDescription(
        tr("De licenties en auteursrechten van de onderdelen van anderen, en van de kaart"));
    m_mapCredit->setText(Report::NlMap::credits());
    m_mapCredit->setAccessibleName(tr("Bronvermelding van de kaart"));
}

} // namespace Flexwonen::Ui
