#include "net/RequiredWitnesses.h"

#include <QRegularExpression>
#include <QSettings>

namespace purser {
namespace {

const QString kSetting = QStringLiteral("audit/requiredWitnesses");

} // namespace

QStringList RequiredWitnesses::fingerprints()
{
    QString bad;
    return parse(QSettings().value(kSetting).toStringList().join(u' '), &bad)
        .value_or(QStringList());
}

void RequiredWitnesses::setFingerprints(const QStringList& fingerprints)
{
    QSettings settings;
    if (fingerprints.isEmpty()) {
        settings.remove(kSetting);
    } else {
        settings.setValue(kSetting, fingerprints);
    }
}

std::optional<QStringList> RequiredWitnesses::parse(const QString& text, QString* bad)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList result;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        if (!fingerprint.match(lower).hasMatch()) {
            *bad = word;
            return std::nullopt;
        }
        if (!result.contains(lower)) {
            result.append(lower);
        }
    }
    return result;
}

} // namespace purser
