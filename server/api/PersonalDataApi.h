#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;
class SigningKeys;

// A person's data on request (issue 18, access and portability; docs/api.md, Personal data):
//   POST /orgs/{org}/employees/{id}/personal-data-export   personal_data.export
// In one transaction it writes the audit entry of the export and gathers the document
// (PersonalDataDocument) from the same snapshot; then it has a checkpoint signed that covers
// that entry and answers the document, its signed note (core PersonalDataNote, by the key
// that signs checkpoints) and an inclusion proof for every audit entry the document holds.
class PersonalDataApi
{
public:
    static constexpr int kExportsPerHour = 30; // per acting user (an API key's creator)

    PersonalDataApi(const Database& db, const SigningKeys& keys) : m_db(db), m_keys(keys) {}
    void registerRoutes(Router& router);

private:
    HttpResponse exportPerson(HttpRequest& request);

    const Database& m_db;
    const SigningKeys& m_keys;
};

} // namespace purser::server
