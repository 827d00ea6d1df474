#include "server/http/HttpSession.h"

#include "server/Logging.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <optional>

namespace purser::server {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

using Stream = beast::ssl_stream<beast::tcp_stream>;
constexpr auto kAwait = asio::as_tuple(asio::use_awaitable);
constexpr auto kHandshakeTimeout = std::chrono::seconds(15);
constexpr auto kIdleTimeout = std::chrono::seconds(60);

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

} // namespace

HttpSession::HttpSession(asio::ip::tcp::socket socket, asio::ssl::context& tls,
                         const HttpServer::Config& config, const HttpServer::Handler& handler)
    : m_socket(std::move(socket)), m_tls(tls), m_config(config), m_handler(handler)
{
}

asio::awaitable<void> HttpSession::run()
{
    beast::error_code ec;
    const auto endpoint = m_socket.remote_endpoint(ec);
    const QString peer = ec ? QString() : QString::fromStdString(endpoint.address().to_string());
    Stream stream(std::move(m_socket), m_tls);

    beast::get_lowest_layer(stream).expires_after(kHandshakeTimeout);
    auto [handshakeError] = co_await stream.async_handshake(asio::ssl::stream_base::server, kAwait);
    if (handshakeError) {
        // Plaintext HTTP, old TLS versions and scanners end here: no HTTP answer at all.
        qCDebug(lcHttp) << "TLS handshake failed from" << peer << ":"
                        << QString::fromStdString(handshakeError.message());
        co_return;
    }

    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(m_config.headerLimit));
        // No limit while reading the headers: the limit depends on the route, decided below.
        parser.body_limit(boost::none);
        beast::get_lowest_layer(stream).expires_after(kIdleTimeout);

        QElapsedTimer timer;
        const QString requestId = newRequestId();
        std::optional<HttpResponse> early;
        auto [headerError, headerBytes] =
            co_await http::async_read_header(stream, buffer, parser, kAwait);
        (void)headerBytes;
        if (headerError == http::error::end_of_stream || headerError == asio::error::eof ||
            headerError == asio::ssl::error::stream_truncated ||
            headerError == beast::error::timeout || headerError == asio::error::operation_aborted) {
            break;
        }
        timer.start();

        const auto& message = parser.get();
        HttpRequest request;
        request.requestId = requestId;
        request.peerAddress = peer;
        request.method = QString::fromLatin1(
            message.method_string().data(), static_cast<qsizetype>(message.method_string().size()));
        const auto target = message.target();
        const QByteArray rawTarget(target.data(), static_cast<qsizetype>(target.size()));
        bool targetOk = false;
        if (!headerError) {
            targetOk = request.setTarget(rawTarget);
            for (const auto& field : message) {
                const auto name = field.name_string();
                const auto value = field.value();
                request.headers.append(
                    {QByteArray(name.data(), static_cast<qsizetype>(name.size())).toLower(),
                     QByteArray(value.data(), static_cast<qsizetype>(value.size()))});
            }
        }
        std::size_t bodyLimit = m_config.bodyLimit;
        if (targetOk && m_config.bodyLimitFor) {
            try {
                bodyLimit = m_config.bodyLimitFor(request);
            } catch (const std::exception& e) {
                qCWarning(lcHttp) << "request" << requestId << "limit lookup failed:" << e.what();
            }
        }
        const auto tooLarge = [bodyLimit] {
            return errorResponse(413, "payload_too_large", "The request body is too large.",
                                 {{QStringLiteral("limit_bytes"), static_cast<qint64>(bodyLimit)}});
        };
        if (headerError) {
            early = errorResponse(400, "bad_request", "The request could not be parsed.");
        } else if (parser.content_length() && *parser.content_length() > bodyLimit) {
            // Decided from the headers: the body is never read.
            early = tooLarge();
        } else {
            parser.body_limit(bodyLimit); // also bounds a chunked body as it arrives
            auto [bodyError, bodyBytes] = co_await http::async_read(stream, buffer, parser, kAwait);
            (void)bodyBytes;
            if (bodyError == http::error::body_limit) {
                early = tooLarge();
            } else if (bodyError) {
                early = errorResponse(400, "bad_request", "The request could not be parsed.");
            }
        }

        HttpResponse response;
        if (early) {
            response = *early;
            request.route = QStringLiteral("(rejected)");
        } else if (!targetOk) {
            response = errorResponse(400, "bad_request", "The request target is malformed.");
            response.closeConnection = false;
            request.route = QStringLiteral("(rejected)");
        } else {
            request.body =
                QByteArray(message.body().data(), static_cast<qsizetype>(message.body().size()));
            try {
                response = m_handler(request);
            } catch (const std::exception& e) {
                qCWarning(lcHttp) << "request" << requestId << "failed:" << e.what();
                response = errorResponse(500, "internal", "Something went wrong on the server.");
                response.closeConnection = false;
            }
        }
        const bool keepAlive = !early && message.keep_alive();
        auto out = toBeast(response, requestId, message.version(), keepAlive);
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
        beast::get_lowest_layer(stream).expires_after(kIdleTimeout);
        auto [writeError, written] = co_await http::async_write(stream, out, kAwait);
        (void)written;
        if (writeError) {
            break;
        }
        if (early) {
            // Lingering close: the refused body is discarded unparsed (bounded in bytes and
            // time), so a client still sending it reads our answer instead of a reset.
            co_await discardIncoming(stream);
            break;
        }
        if (!out.keep_alive()) {
            break;
        }
    }
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(5));
    co_await stream.async_shutdown(kAwait);
}

} // namespace purser::server
