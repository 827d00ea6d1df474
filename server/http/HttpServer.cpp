#include "server/http/HttpServer.h"

#include "server/Logging.h"
#include "server/http/HttpSession.h"

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
            auto executor = socket.get_executor();
            auto session = std::make_shared<HttpSession>(std::move(socket), tls, config, handler);
            asio::co_spawn(
                executor, [session]() { return session->run(); },
                [](std::exception_ptr error) {
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
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::port() const
{
    return d->port;
}

bool HttpServer::listen(QString* error)
{
    boost::system::error_code ec;
    // TLS 1.2 is the floor (api.md): refuse SSLv2/3, TLS 1.0 and 1.1 outright.
    d->tls.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                           asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                           asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use,
                       ec);
    SSL_CTX_set_min_proto_version(d->tls.native_handle(), TLS1_2_VERSION);
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
}

} // namespace purser::server
