// What the server decodes from a request before any handler logic: the request target
// (path + percent-encoded query), the JSON body, the sync query (since/limit) and its opaque
// cursor. Built from the server's own sources without Beast. The first input line is the
// target, the rest the body. Never crash; a refused input is always a 400 with a JSON body.
#include "server/api/JsonBody.h"
#include "server/api/SyncQuery.h"
#include "server/http/HttpRequest.h"
#include "server/store/ChangeCursor.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace purser::server;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    HttpRequest request;
    request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    if (!request.setTarget(newline < 0 ? input : input.left(newline))) {
        return 0;
    }
    FUZZ_CHECK(request.path.startsWith(u'/'));

    HttpResponse error;
    if (const auto object = parseJsonObject(request, &error)) {
        FUZZ_CHECK(QJsonDocument::fromJson(request.body).isObject());
    } else {
        FUZZ_CHECK(error.status == 400 && QJsonDocument::fromJson(error.body).isObject());
    }

    HttpResponse queryError;
    if (const auto query = SyncQuery::parse(request, &queryError)) {
        FUZZ_CHECK(query->limit >= 1 && query->limit <= SyncQuery::kMaxLimit);
        FUZZ_CHECK(query->since >= 0);
    } else {
        FUZZ_CHECK(queryError.status == 400);
    }
    for (const auto& item : request.query) {
        if (const auto seq = ChangeCursor::decode(item.second)) {
            FUZZ_CHECK(ChangeCursor::decode(ChangeCursor::encode(*seq)) == seq);
        }
    }
    return 0;
}
