#pragma once

#include "net/ApiError.h"

#include <QJsonValue>
#include <QString>

class QMessageBox;

namespace purser::OrgAdminText {

// The Organisation view's words for what the server answered. Every action there needs the
// server's immediate answer (nothing is queued), so "offline" means "not done, not queued".
QString problem(const ApiError& error);
QString offline();
// An RFC 3339 time from the server in the user's locale; "never" for null.
QString time(const QJsonValue& rfc3339, const QString& whenNull);
// A domain in both forms when they differ: "münchen.de (xn--mnchen-3ya.de)".
QString domainBothForms(const QString& domain);
// Asks a Yes/Cancel question (through TestHooks); true when the answer is Yes.
bool confirmed(QMessageBox* box);

} // namespace purser::OrgAdminText
