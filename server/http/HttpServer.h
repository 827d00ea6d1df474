#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QString>
#include <cstddef>
#include <functional>
#include <memory>

namespace purser::server {

// The HTTPS listener: TLS 1.2+, a thread pool running one io_context, strict request parsing
// and body limits. The public interface has no Beast or Asio types, so only this library
// pays for compiling them.
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;

    struct Config
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        QString certificateFile;
        QString privateKeyFile;
        int threads = 4;
        std::size_t bodyLimit = 64 * 1024; // when bodyLimitFor is not set
        // Decides a request's body limit from its method, target and headers alone (the body
        // is not read yet), e.g. the router's per-route limit. An oversized Content-Length is
        // refused with 413 before a byte of the body is read.
        std::function<std::size_t(HttpRequest&)> bodyLimitFor;
        std::size_t headerLimit = 16 * 1024;
        // Called on each worker thread just before it ends (to close per-thread resources).
        std::function<void()> threadFinished;
        // Called once per answered request (before the answer is written) with the matched
        // route, the status and the time taken; when set, it replaces the built-in text log
        // line (the server uses it for metrics and structured logs).
        std::function<void(const HttpRequest&, int status, qint64 microseconds)> requestFinished;
    };

    HttpServer(Config config, Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Loads the certificate and binds. On failure returns false with a one-line reason.
    bool listen(QString* error);
    quint16 port() const;

    // Serves until SIGINT or SIGTERM, then stops accepting, finishes and returns.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace purser::server
