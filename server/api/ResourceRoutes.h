#pragma once

#include "server/http/Router.h"

#include <initializer_list>

namespace purser::server {

// Route tables for the resources that share one shape (claims, payroll runs): a handler per
// method and path under the resource's base, and workflow actions, each
// `POST {base}/{id}/{path}` calling the resource's transition handler with the action.
// Handlers are member functions (private ones too: the resource names them itself).
template <class Api>
struct ResourceRoute
{
    const char* method;
    const char* path; // appended to the base: "", "/{id}", "/{id}/payslips"
    HttpResponse (Api::*handler)(HttpRequest&);
};

struct WorkflowRoute
{
    const char* path;   // in the URL: "mark-paid"
    const char* action; // as core/Workflow names it: "mark_paid"
};

template <class Api>
void addResourceRoutes(Router& router, Api* api, const QString& base,
                       std::initializer_list<ResourceRoute<Api>> routes,
                       HttpResponse (Api::*transition)(HttpRequest&, const QString& action),
                       std::initializer_list<WorkflowRoute> actions)
{
    for (const ResourceRoute<Api>& route : routes) {
        router.add(QString::fromLatin1(route.method), base + QString::fromLatin1(route.path),
                   [api, handler = route.handler](HttpRequest& r) { return (api->*handler)(r); });
    }
    for (const WorkflowRoute& route : actions) {
        router.add(QStringLiteral("POST"),
                   base + QStringLiteral("/{id}/") + QString::fromLatin1(route.path),
                   [api, transition, action = QString::fromLatin1(route.action)](HttpRequest& r) {
                       return (api->*transition)(r, action);
                   });
    }
}

} // namespace purser::server
