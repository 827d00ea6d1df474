#include "server/http/HttpServer.h"

#include "server/Logging.h"
#include "server/http/DatabaseWorkers.h"
#include "server/http/HttpSession.h"

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <csignal>
#include <openssl/ssl.h>
#include <thread>
#include <vector>

namespace purser::server {
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

constexpr const char* kTls12Ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr const char* kTls13Suites =
    "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

} // namespace

struct HttpServer::Impl
{
    Config config;
    Handler handler;
    asio::io_context ioc;
    asio::ssl::context tls{asio::ssl::context::tls_server};
    tcp::acceptor acceptor{ioc};
    // Installed at listen(), before the address is announced, so a SIGTERM that arrives
    // right after "listening on" still stops the server gracefully.
    std::unique_ptr<asio::signal_set> signals;
    quint16 port = 0;
    // Connections open now; past Limits::maxConnections new ones are closed at once.
    std::shared_ptr<std::atomic<int>> openConnections = std::make_shared<std::atomic<int>>(0);
    // Large answers held for slow readers, all connections together.
    std::shared_ptr<ResponseBudget> responseBudget;
    // Where requests that need the database run (the IO threads never wait on it).
    std::shared_ptr<DatabaseWorkers> databaseWorkers;

    void accept()
    {
        acceptor.async_accept(asio::make_strand(ioc), [this](boost::system::error_code ec,
                                                             tcp::socket socket) {
            if (ec) {
                if (ec != asio::error::operation_aborted) {
                    qCWarning(lcHttp) << "accept failed:" << QString::fromStdString(ec.message());
                    accept();
                }
                return;
            }
            if (openConnections->fetch_add(1) >= config.limits.maxConnections) {
                // Refused before the TLS handshake costs anything: the peer sees the
                // connection closed, the connections already open are served as before.
                openConnections->fetch_sub(1);
                qCDebug(lcHttp) << "connection refused: the server has"
                                << config.limits.maxConnections << "open connections";
                boost::system::error_code ignored;
                socket.close(ignored);
                accept();
                return;
            }
            // Gives the slot back when the connection ends, however it ends.
            std::shared_ptr<void> slot(
                nullptr, [counter = openConnections](void*) { counter->fetch_sub(1); });
            auto executor = socket.get_executor();
            auto session = std::make_shared<HttpSession>(std::move(socket), tls, config, handler,
                                                         responseBudget, databaseWorkers);
            asio::co_spawn(
                executor, [session]() { return session->run(); },
                [slot](std::exception_ptr error) {
                    if (error) {
                        try {
                            std::rethrow_exception(error);
                        } catch (const std::exception& e) {
                            qCWarning(lcHttp) << "connection ended:" << e.what();
                        }
                    }
                });
            accept();
        });
    }
};

HttpServer::HttpServer(Config config, Handler handler) : d(std::make_unique<Impl>())
{
    d->config = std::move(config);
    d->handler = std::move(handler);
    d->responseBudget = std::make_shared<ResponseBudget>(d->config.limits.responseBudgetBytes);
    d->databaseWorkers = std::make_shared<DatabaseWorkers>(
        d->config.databaseWorkers, d->config.databaseQueue, d->config.threadFinished);
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::port() const
{
    return d->port;
}

int HttpServer::databaseRequestsInFlight() const
{
    return d->databaseWorkers->inFlight();
}

bool HttpServer::listen(QString* error)
{
    boost::system::error_code ec;
    // TLS 1.2 is the floor (api.md): refuse SSLv2/3, TLS 1.0 and 1.1 outright.
    d->tls.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                           asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                           asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use,
                       ec);
    SSL_CTX* native = d->tls.native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    // Mozilla's "intermediate" profile: TLS 1.2 offers only ECDHE key exchange with AEAD
    // ciphers (no CBC, so no LUCKY13; no static RSA, so forward secrecy), TLS 1.3 its three
    // AEAD suites. No renegotiation (a client could make the server redo handshakes).
    SSL_CTX_set_cipher_list(native, kTls12Ciphers);
    SSL_CTX_set_ciphersuites(native, kTls13Suites);
    SSL_CTX_set1_groups_list(native, "X25519:P-256:P-384");
    // Every suite offered is strong; choosing in the server's order keeps the best one (AES-GCM
    // before ChaCha20 on hardware with AES instructions) whatever the client lists first.
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION |
                                    SSL_OP_CIPHER_SERVER_PREFERENCE);
    d->tls.use_certificate_chain_file(d->config.certificateFile.toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("cannot load the TLS certificate %1: %2")
                     .arg(d->config.certificateFile, QString::fromStdString(ec.message()));
        return false;
    }
    d->tls.use_private_key_file(d->config.privateKeyFile.toStdString(), asio::ssl::context::pem,
                                ec);
    if (ec) {
        *error = QStringLiteral("cannot load the TLS private key %1: %2")
                     .arg(d->config.privateKeyFile, QString::fromStdString(ec.message()));
        return false;
    }

    const auto address = asio::ip::make_address(d->config.host.toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1: not an IP address").arg(d->config.host);
        return false;
    }
    const tcp::endpoint endpoint(address, d->config.port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        d->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    }
    if (!ec) {
        d->acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        d->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        const QString reason = ec == asio::error::address_in_use
                                   ? QStringLiteral("the port is already in use")
                                   : QString::fromStdString(ec.message());
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(d->config.host)
                     .arg(d->config.port)
                     .arg(reason);
        return false;
    }
    d->port = d->acceptor.local_endpoint().port();
    d->signals = std::make_unique<asio::signal_set>(d->ioc, SIGINT, SIGTERM);
    d->signals->async_wait([this](const boost::system::error_code& signalError, int signal) {
        if (signalError) {
            return;
        }
        qCInfo(lcHttp) << "signal" << signal << "received, stopping";
        boost::system::error_code ignored;
        d->acceptor.close(ignored);
        d->ioc.stop();
    });
    return true;
}

void HttpServer::run()
{
    d->accept();
    d->databaseWorkers->start();

    const int count = std::max(1, d->config.threads);
    std::vector<std::thread> workers;
    workers.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        workers.emplace_back([this] {
            d->ioc.run();
            if (d->config.threadFinished) {
                d->config.threadFinished();
            }
        });
    }
    for (auto& worker : workers) {
        worker.join();
    }
    // Requests a database worker still runs finish; their answers are no longer sent.
    d->databaseWorkers->stop();
}

} // namespace purser::server
