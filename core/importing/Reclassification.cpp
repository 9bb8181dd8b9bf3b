// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/Reclassification.h"

#include "attribution/AttributionRun.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"
#include "storage/EvidenceStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace abusedesk::importing {

namespace {
constexpr int PageSize = 256;
}

Reclassification::Reclassification(const storage::Database &database, mail::AnalysisPolicy policy)
    : m_database(database)
    , m_analyzer(std::move(policy))
{ }

ReclassificationReport Reclassification::run(const ProgressSink &progress, const CancelCheck &cancelled)
{
    ReclassificationReport report;
    const storage::EvidenceQueries queries(m_database);
    storage::EvidenceStore store(m_database);
    const qint64 total = queries.count();
    qint64 lastId = 0;
    for (;;) {
        if (cancelled && cancelled()) {
            report.cancelled = true;
            break;
        }
        const QList<storage::EvidenceItem> page = queries.itemsAfter(lastId, PageSize);
        if (page.isEmpty())
            break;
        lastId = page.constLast().row.id;
        const QList<mail::MessageAnalysis> analyses = QtConcurrent::blockingMapped(
            QThreadPool::globalInstance(), page, [this](const storage::EvidenceItem &item) {
                return m_analyzer.analyze({ item.row.sourcePath, item.row.sourceOffset, item.raw });
            });
        storage::Transaction tx(m_database.connection());
        for (qsizetype i = 0; i < page.size(); ++i) {
            const mail::MessageAnalysis &a = analyses.at(i);
            storage::NewEvidence update;
            update.kind = a.kind;
            update.legal = a.legal;
            update.roleAccount = a.roleAccount;
            update.factsJson = a.factsJson;
            if (!store.updateAnalysis(page.at(i).row.id, update)) {
                report.error = QCoreApplication::translate(
                    "abusedesk::importing", "the database refused an update: %1")
                                   .arg(store.lastError());
                return report;
            }
            ++report.examined;
            if (store.lastUpdateChanged()) {
                ++report.changed;
                ++report.changedToKind[a.kind];
            }
        }
        if (!tx.commit()) {
            report.error
                = QCoreApplication::translate("abusedesk::importing", "the database refused the changes: %1")
                      .arg(tx.lastError());
            return report;
        }
        if (progress)
            progress(report.examined, total);
    }
    // Kinds and facts changed: so may the customers (named-in-text counts for some kinds only).
    if (report.changed > 0 && !report.cancelled) {
        const attribution::RunReport run
            = attribution::AttributionRun(m_database)
                  .run({ QStringLiteral("policy changed"), true }, {}, cancelled);
        report.error = run.error;
        report.attributionMoved = run.moved;
    }
    return report;
}

} // namespace abusedesk::importing
