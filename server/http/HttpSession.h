#pragma once

#include "server/http/DatabaseWorkers.h"
#include "server/http/HttpServer.h"
#include "server/http/ResponseBudget.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

namespace purser::server {

// One TLS connection: handshake, then requests one after another (keep-alive) until the
// peer closes, an error occurs or a response asks to close.
class HttpSession
{
public:
    HttpSession(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context& tls,
                const HttpServer::Config& config, const HttpServer::Handler& handler,
                std::shared_ptr<ResponseBudget> budget,
                std::shared_ptr<DatabaseWorkers> databaseWorkers);

    boost::asio::awaitable<void> run();

private:
    boost::asio::ip::tcp::socket m_socket;
    boost::asio::ssl::context& m_tls;
    const HttpServer::Config& m_config;
    const HttpServer::Handler& m_handler;
    std::shared_ptr<ResponseBudget> m_budget;
    std::shared_ptr<DatabaseWorkers> m_databaseWorkers;
};

} // namespace purser::server
