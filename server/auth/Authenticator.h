#pragma once

#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"

#include <optional>

namespace purser::server {

class Database;

// Resolves "Authorization: Bearer ps_..." to a live session.
class Authenticator
{
public:
    explicit Authenticator(const Database& db) : m_db(db) {}

    std::optional<SessionStore::Session> authenticate(const HttpRequest& request) const;
    static std::optional<QString> bearerToken(const HttpRequest& request);

private:
    const Database& m_db;
};

} // namespace purser::server
