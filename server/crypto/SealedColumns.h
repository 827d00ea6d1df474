#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Every sealed column (encryption at rest) and the one routine that (re)seals them in bulk:
// the start-up sweep of values still in the clear and rotate-data-key both use it.
class SealedColumns
{
public:
    struct Table
    {
        QString table;
        QList<QPair<QString, QString>> fields; // {field name in the associated data, column}
    };
    static const QList<Table>& tables();

    struct Result
    {
        qint64 sealed = 0;          // values written
        qint64 integrityErrors = 0; // values left as they were (logged)
    };

    // Re-seals with the organisation's key targetVersion (0: its current key, made when
    // missing) every value of its sealed columns that is in the clear or, when
    // targetVersion > 0, sealed with another version. Batches of batchSize rows, each in its
    // own org-scoped transaction, so a running server keeps serving. Throws StoreError.
    static Result reseal(QSqlDatabase db, const QString& orgId, int targetVersion,
                         int batchSize = 200);

    // How many values of the organisation are sealed with the given key version.
    static qint64 countSealedWith(QSqlDatabase db, const QString& orgId, int version);
};

} // namespace purser::server
