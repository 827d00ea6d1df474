#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QJsonObject>
#include <optional>

namespace purser::server {

// Parses a request body that must be one JSON object. On failure returns nullopt and sets
// *error to a 400 `bad_request` answer.
std::optional<QJsonObject> parseJsonObject(const HttpRequest& request, HttpResponse* error);

} // namespace purser::server
