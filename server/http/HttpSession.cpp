#include "server/http/HttpSession.h"

#include "server/Logging.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <iterator>
#include <openssl/ssl.h>
#include <optional>

namespace purser::server {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

using Stream = beast::ssl_stream<beast::tcp_stream>;
constexpr auto kAwait = asio::as_tuple(asio::use_awaitable);
// Room in the read buffer beyond the header limit (pipelined bytes, a chunk-size line).
constexpr std::size_t kBufferSlack = 8 * 1024;
constexpr std::size_t kIdleRead = 4 * 1024;

QString newRequestId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

HttpResponse errorResponse(int status, const char* code, const char* message,
                           const QJsonObject& extra = {})
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), QLatin1String(code));
    error.insert(QStringLiteral("message"), QLatin1String(message));
    HttpResponse response = HttpResponse::json(status, {{QStringLiteral("error"), error}});
    response.closeConnection = true;
    return response;
}

// The headers every answer carries (api.md, Transport), errors included.
http::response<http::string_body> toBeast(const HttpResponse& in, const QString& requestId,
                                          unsigned version, bool keepAlive)
{
    http::response<http::string_body> out{static_cast<http::status>(in.status), version};
    out.set(http::field::server, "purser-server");
    for (const auto& h : in.headers) {
        out.set(
            beast::string_view(h.first.constData(), static_cast<std::size_t>(h.first.size())),
            beast::string_view(h.second.constData(), static_cast<std::size_t>(h.second.size())));
    }
    out.set(http::field::cache_control, "no-store");
    out.set("X-Content-Type-Options", "nosniff");
    out.set(http::field::strict_transport_security, "max-age=31536000");
    out.set("X-Request-Id", requestId.toStdString());
    out.body().assign(in.body.constData(), static_cast<std::size_t>(in.body.size()));
    out.keep_alive(keepAlive && !in.closeConnection);
    out.prepare_payload();
    return out;
}

asio::awaitable<void> discardIncoming(Stream& stream)
{
    constexpr std::size_t kMaxDiscard = 4 * 1024 * 1024;
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(3));
    std::array<char, 16 * 1024> scratch;
    std::size_t total = 0;
    while (total < kMaxDiscard) {
        auto [error, n] = co_await stream.async_read_some(asio::buffer(scratch), kAwait);
        if (error) {
            break;
        }
        total += n;
    }
}

// The errors that end a connection without an answer: the peer went away or was too slow.
bool endsSilently(const beast::error_code& error)
{
    return error == http::error::end_of_stream || error == asio::error::eof ||
           error == asio::ssl::error::stream_truncated || error == beast::error::timeout ||
           error == asio::error::operation_aborted || error == asio::error::connection_reset;
}

// A large answer the response budget cannot hold now: the client comes back shortly.
HttpResponse busy()
{
    HttpResponse response = errorResponse(
        503, "unavailable", "The server is busy sending large answers; try again shortly.",
        {{QStringLiteral("retry_after"), 5}});
    response.setHeader("Retry-After", "5");
    response.closeConnection = false;
    return response;
}

// Every database worker is busy and the queue behind them is full: the client comes back.
HttpResponse databaseBusy()
{
    HttpResponse response =
        errorResponse(503, "unavailable", "The server is busy; try again shortly.",
                      {{QStringLiteral("retry_after"), 1}});
    response.setHeader("Retry-After", "1");
    response.closeConnection = false;
    return response;
}

// Runs work() on a database worker and resumes the calling coroutine on its own executor
// (this connection's strand) with the result; the IO thread serves other connections meanwhile.
// The caller has taken a place with DatabaseWorkers::take().
template <typename Result, typename Work>
asio::awaitable<Result> onDatabaseWorker(DatabaseWorkers& workers, Work& work)
{
    auto initiate = [&workers, &work](auto handler) {
        auto home = asio::get_associated_executor(handler);
        asio::post(workers.executor(), [&workers, &work, home,
                                        handler = std::move(handler)]() mutable {
            Result result = work();
            workers.release();
            asio::post(home, [handler = std::move(handler), result = std::move(result)]() mutable {
                std::move(handler)(std::move(result));
            });
        });
    };
    co_return co_await asio::async_initiate<const asio::use_awaitable_t<>, void(Result)>(
        initiate, asio::use_awaitable);
}

// RFC 9112 6.1: chunked is the only transfer coding a request may use here, once and last.
// Anything else leaves the body's end unknown (a request could be smuggled behind it): 501
// for a coding the server does not know, 400 for chunked repeated or an empty list; both close.
template <typename Message>
std::optional<HttpResponse> unsupportedTransferCoding(const Message& message)
{
    QList<QByteArray> codings;
    bool present = false;
    for (const auto& field : message) {
        if (field.name() != http::field::transfer_encoding) {
            continue;
        }
        present = true;
        const auto value = field.value();
        for (const QByteArray& coding :
             QByteArray(value.data(), static_cast<qsizetype>(value.size())).split(',')) {
            const QByteArray name = coding.trimmed().toLower();
            if (!name.isEmpty()) {
                codings.append(name);
            }
        }
    }
    if (!present || codings == QList<QByteArray>{QByteArrayLiteral("chunked")}) {
        return std::nullopt;
    }
    HttpResponse refused =
        codings.size() > codings.count(QByteArrayLiteral("chunked"))
            ? errorResponse(501, "not_implemented",
                            "Only the chunked transfer coding is accepted in a request.")
            : errorResponse(400, "bad_request", "The request's Transfer-Encoding is malformed.");
    refused.closeConnection = true;
    return refused;
}

HttpResponse headersTooLarge()
{
    return errorResponse(431, "headers_too_large",
                         "The request line and headers are too large or too many.");
}

} // namespace

HttpSession::HttpSession(asio::ip::tcp::socket socket, asio::ssl::context& tls,
                         const HttpServer::Config& config, const HttpServer::Handler& handler,
                         std::shared_ptr<ResponseBudget> budget,
                         std::shared_ptr<DatabaseWorkers> databaseWorkers)
    : m_socket(std::move(socket)), m_tls(tls), m_config(config), m_handler(handler),
      m_budget(std::move(budget)), m_databaseWorkers(std::move(databaseWorkers))
{
}

asio::awaitable<void> HttpSession::run()
{
    using std::chrono::seconds;
    const HttpServer::Limits& limits = m_config.limits;
    beast::error_code ec;
    const auto endpoint = m_socket.remote_endpoint(ec);
    const QString peer = ec ? QString() : QString::fromStdString(endpoint.address().to_string());
    Stream stream(std::move(m_socket), m_tls);
    auto& socket = beast::get_lowest_layer(stream);

    socket.expires_after(seconds(limits.headerTimeoutSeconds));
    auto [handshakeError] = co_await stream.async_handshake(asio::ssl::stream_base::server, kAwait);
    if (handshakeError) {
        // Plaintext HTTP, old TLS versions and scanners end here: no HTTP answer at all.
        qCDebug(lcHttp) << "TLS handshake failed from" << peer << ":"
                        << QString::fromStdString(handshakeError.message());
        co_return;
    }

    // Unparsed bytes of this connection: a request head, a chunk-size line or a trailer must
    // fit, so a peer that never ends a line meets this bound instead of growing the buffer.
    beast::flat_buffer buffer(limits.headerLimit + kBufferSlack);
    // Chunk extensions carry nothing this API uses: refused, not parsed and kept.
    auto refuseChunkExtensions = [](std::uint64_t, beast::string_view extensions,
                                    beast::error_code& error) {
        if (!extensions.empty()) {
            error = http::error::bad_chunk_extension;
        }
    };
    for (int served = 0;;) {
        if (served > 0 && buffer.size() == 0) {
            // Keep-alive: wait for the next request's first byte, then its head is timed.
            socket.expires_after(seconds(limits.idleTimeoutSeconds));
            auto [idleError, n] =
                co_await stream.async_read_some(buffer.prepare(kIdleRead), kAwait);
            if (idleError) {
                break;
            }
            buffer.commit(n);
        }
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(limits.headerLimit));
        // No limit while reading the headers: the limit depends on the route, decided below.
        parser.body_limit(boost::none);
        parser.on_chunk_header(refuseChunkExtensions);
        socket.expires_after(seconds(limits.headerTimeoutSeconds));

        QElapsedTimer timer;
        const QString requestId = newRequestId();
        auto [headerError, headerBytes] =
            co_await http::async_read_header(stream, buffer, parser, kAwait);
        (void)headerBytes;
        if (endsSilently(headerError)) {
            break; // closed, or the head did not arrive in time (slowloris): no answer
        }
        timer.start();
        ++served;

        const auto& message = parser.get();
        HttpRequest request;
        request.requestId = requestId;
        request.peerAddress = peer;
        request.method = QString::fromLatin1(
            message.method_string().data(), static_cast<qsizetype>(message.method_string().size()));
        // The body is not read yet; a request answered without reading it closes afterwards.
        const bool hasBody = !headerError && !parser.is_done();
        const std::size_t fieldCount =
            static_cast<std::size_t>(std::distance(message.begin(), message.end()));
        bool targetOk = false;
        std::optional<HttpResponse> answer; // decided before the handler runs
        if (headerError == http::error::header_limit ||
            headerError == http::error::buffer_overflow) {
            answer = headersTooLarge();
        } else if (headerError) {
            answer = errorResponse(400, "bad_request", "The request could not be parsed.");
        } else if (fieldCount > static_cast<std::size_t>(limits.maxHeaderFields)) {
            answer = headersTooLarge();
        } else {
            const auto target = message.target();
            targetOk =
                request.setTarget(QByteArray(target.data(), static_cast<qsizetype>(target.size())));
            for (const auto& field : message) {
                const auto name = field.name_string();
                const auto value = field.value();
                request.headers.append(
                    {QByteArray(name.data(), static_cast<qsizetype>(name.size())).toLower(),
                     QByteArray(value.data(), static_cast<qsizetype>(value.size()))});
            }
            if (!targetOk) {
                answer = errorResponse(400, "bad_request", "The request target is malformed.");
                answer->closeConnection = false;
            }
            if (auto refused = unsupportedTransferCoding(message)) {
                answer = std::move(refused); // and close: where the body ends is unknown
            }
        }
        std::size_t bodyLimit = m_config.bodyLimit;
        // Routes that need the database run their admission and handler on a database worker.
        const bool onIoThread = answer.has_value() || !m_config.answersWithoutDatabase ||
                                m_config.answersWithoutDatabase(request);
        if (!answer && m_config.admit) {
            auto admit = [&]() -> std::optional<HttpResponse> {
                try {
                    return m_config.admit(request, &bodyLimit);
                } catch (const std::exception& e) {
                    qCWarning(lcHttp) << "request" << requestId << "admission failed:" << e.what();
                    return errorResponse(500, "internal", "Something went wrong on the server.");
                }
            };
            if (onIoThread) {
                answer = admit();
            } else if (!m_databaseWorkers->take()) {
                answer = databaseBusy();
            } else {
                answer = co_await onDatabaseWorker<std::optional<HttpResponse>>(*m_databaseWorkers,
                                                                                admit);
            }
        }
        const auto tooLarge = [bodyLimit] {
            return errorResponse(413, "payload_too_large", "The request body is too large.",
                                 {{QStringLiteral("limit_bytes"), static_cast<qint64>(bodyLimit)}});
        };
        if (!answer && parser.content_length() && *parser.content_length() > bodyLimit) {
            answer = tooLarge(); // decided from the headers: the body is never read
        }
        // Answered from the headers while a body is on its way: the body stays unread.
        bool bodyUnread = answer.has_value() && hasBody;
        if (!answer && hasBody) {
            parser.body_limit(bodyLimit); // also bounds a chunked body as it arrives
            socket.expires_after(seconds(limits.bodyTimeoutSeconds));
            if (beast::iequals(message[http::field::expect], "100-continue")) {
                // The client waits for this before sending the body: admitted, send it now.
                http::response<http::empty_body> proceed{http::status::continue_,
                                                         message.version()};
                auto [continueError, continueBytes] =
                    co_await http::async_write(stream, proceed, kAwait);
                (void)continueBytes;
                if (continueError) {
                    break;
                }
            }
            auto [bodyError, bodyBytes] = co_await http::async_read(stream, buffer, parser, kAwait);
            (void)bodyBytes;
            if (endsSilently(bodyError)) {
                break; // gone, or the body did not arrive in time
            }
            bodyUnread = bool(bodyError);
            if (bodyError == http::error::body_limit) {
                answer = tooLarge();
            } else if (bodyError == http::error::bad_chunk_extension) {
                answer = errorResponse(400, "bad_request", "Chunk extensions are not accepted.");
            } else if (bodyError) {
                answer = errorResponse(400, "bad_request", "The request could not be parsed.");
            } else if (static_cast<std::size_t>(std::distance(message.begin(), message.end())) !=
                       fieldCount) {
                answer = errorResponse(400, "bad_request", "Trailer fields are not accepted.");
            }
        }

        HttpResponse response;
        if (answer) {
            response = *answer;
            if (request.route.isEmpty()) {
                request.route = QStringLiteral("(rejected)");
            }
        } else {
            request.body =
                QByteArray(message.body().data(), static_cast<qsizetype>(message.body().size()));
            auto handle = [&]() -> HttpResponse {
                try {
                    return m_handler(request);
                } catch (const std::exception& e) {
                    qCWarning(lcHttp) << "request" << requestId << "failed:" << e.what();
                    HttpResponse failed =
                        errorResponse(500, "internal", "Something went wrong on the server.");
                    failed.closeConnection = false;
                    return failed;
                }
            };
            if (onIoThread) {
                response = handle();
            } else if (!m_databaseWorkers->take()) {
                response = databaseBusy();
            } else {
                response = co_await onDatabaseWorker<HttpResponse>(*m_databaseWorkers, handle);
            }
        }
        // The body stays in memory until this peer has read it: large ones count against the
        // server-wide budget for as long as this answer is being written.
        ResponseBudget::Lease lease;
        if (!m_budget->reserve(static_cast<std::size_t>(response.body.size()), &lease)) {
            qCInfo(lcHttp) << "request" << requestId << "answered 503: response budget full ("
                           << m_budget->held() << "bytes held)";
            response = busy();
        }
        const bool keepAlive = !bodyUnread && !headerError && message.keep_alive() &&
                               served < limits.requestsPerConnection;
        auto out = toBeast(response, requestId, message.version(), keepAlive);
        response.body.clear(); // one copy, in `out`, while a slow reader takes it
        if (request.route.isEmpty()) {
            request.route = QStringLiteral("(unmatched)");
        }
        if (m_config.requestFinished) {
            m_config.requestFinished(request, response.status, timer.nsecsElapsed() / 1000);
        } else {
            qCInfo(lcHttp).noquote()
                << request.method << request.route << response.status << timer.elapsed() << "ms"
                << (QStringLiteral("request_id=") + requestId);
        }
        socket.expires_after(seconds(limits.bodyTimeoutSeconds));
        auto [writeError, written] = co_await http::async_write(stream, out, kAwait);
        (void)written;
        if (writeError) {
            break;
        }
        if (bodyUnread || headerError) {
            // Lingering close: the refused body is discarded unparsed and unkept (bounded in
            // bytes and time), so a client still sending it reads our answer, not a reset.
            co_await discardIncoming(stream);
            break;
        }
        if (!out.keep_alive()) {
            break;
        }
    }
    // Send close_notify and close without waiting for the peer's (TLS allows it): a peer that
    // never answers must not hold the connection, and clients see the end at once.
    SSL_set_shutdown(stream.native_handle(),
                     SSL_get_shutdown(stream.native_handle()) | SSL_RECEIVED_SHUTDOWN);
    socket.expires_after(seconds(5));
    co_await stream.async_shutdown(kAwait);
}

} // namespace purser::server
