#include "ui/Translations.h"

#include "ui/SettingsView.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace purser {

void installTranslations(QCoreApplication& app)
{
    const QString chosen = QSettings().value(SettingsView::languageKey()).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("purser"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator; // English: the source strings
    }
}

} // namespace purser
