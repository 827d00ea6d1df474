#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QString>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

namespace purser::server {

// The HTTPS listener: TLS 1.2+ with AEAD forward-secret suites only, a thread pool running one
// io_context, strict request parsing, and bounds on everything a peer controls (Limits). The public
// interface has no Beast or Asio types, so only this library pays for compiling them.
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;

    // What one peer may make the server hold or wait for (api.md, Transport). Every number
    // a client controls is bounded; the defaults suit a server behind nothing.
    struct Limits
    {
        std::size_t headerLimit = 16 * 1024; // request line and headers, bytes (431 above)
        int maxHeaderFields = 100;           // header fields (431 above)
        int maxConnections = 512;            // open connections; more are closed at once
        int headerTimeoutSeconds = 10;       // TLS handshake, and a request's head once begun
        int bodyTimeoutSeconds = 60;         // to receive a body or send an answer
        int idleTimeoutSeconds = 30;         // keep-alive wait for the next request
        int requestsPerConnection = 1000;    // then the connection closes after its answer
        // Large response bodies held for readers, all connections together (503 above).
        std::size_t responseBudgetBytes = 64 * 1024 * 1024;
    };

    struct Config
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        QString certificateFile;
        QString privateKeyFile;
        int threads = 4; // IO threads: TLS and HTTP, never waiting on the database
        // Threads that run what needs the database (admission and handler), one connection
        // each, and how many such requests may wait for one; more answer 503 with Retry-After.
        int databaseWorkers = 4;
        int databaseQueue = 256;
        // True for a request its route answers without the database (/healthz, /metrics): it
        // runs on the IO thread, so it stays fast while every database connection is busy.
        std::function<bool(HttpRequest&)> answersWithoutDatabase;
        Limits limits;
        std::size_t bodyLimit = 64 * 1024; // when admit does not set one
        // Decides from the request line and headers alone, before any byte of the body is
        // read: returns the answer to send at once (unknown route, 401, 403, 404, ...), or
        // nothing and sets *bodyLimit (the route's limit). A refused request's body is never
        // read; an oversized Content-Length is refused with 413 the same way.
        std::function<std::optional<HttpResponse>(HttpRequest&, std::size_t* bodyLimit)> admit;
        // Called on each thread just before it ends (to close per-thread resources).
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
    // Requests running on or waiting for a database worker now (GET /metrics).
    int databaseRequestsInFlight() const;

    // Serves until SIGINT or SIGTERM, then stops accepting, finishes and returns.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace purser::server
