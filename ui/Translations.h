#pragma once

class QCoreApplication;

namespace purser {

// Installs the UI translation: the language chosen in Settings, else the system locale's
// (English when none matches). The .qm files are embedded under :/i18n.
void installTranslations(QCoreApplication& app);

} // namespace purser
