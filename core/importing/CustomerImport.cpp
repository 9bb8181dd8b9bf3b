// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/CustomerImport.h"

#include "cases/EscalationLadder.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace abusedesk::importing {

CustomerImportReport importCustomers(const storage::Database &database, const QString &path)
{
    CustomerImportReport report;
    report.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("CustomerImport", "cannot read %1: %2")
                           .arg(path, file.errorString());
        return report;
    }
    attribution::CustomerCsvResult parsed = attribution::CustomerCsv::parse(file.readAll());
    report.problems = parsed.problems;
    if (!parsed.error.isEmpty()) {
        report.error = parsed.error;
        return report;
    }
    storage::CustomerStore store(database);
    QHash<QString, attribution::CustomerRecord> known;
    for (const attribution::CustomerRecord &c : store.customers())
        if (!c.externalId.isEmpty())
            known.insert(c.externalId, c);
    auto has = [&parsed](const char *column) { return parsed.columns.contains(QLatin1StringView(column)); };
    // Status and ladder step change by decisions only (design: the escalation ladder keeps its
    // history per customer): a file that changes them is recorded as a decision naming the file.
    cases::EscalationLadder ladder(database);
    const QString reason = QCoreApplication::translate("CustomerImport", "Set by the customers file %1")
                               .arg(QFileInfo(path).fileName());
    storage::Transaction transaction(database.connection());
    for (attribution::CustomerRecord &c : parsed.customers) {
        QString oldStatus = QStringLiteral("active");
        int oldStep = 0;
        // A row replaces what its columns say of a stored customer; what the file has no column
        // for (a ladder step, notes, identifiers of other kinds) stays as it was.
        if (const auto it = known.constFind(c.externalId); it != known.cend() && !c.externalId.isEmpty()) {
            const attribution::CustomerRecord &old = *it;
            c.id = old.id;
            oldStatus = old.status;
            oldStep = old.ladderStep;
            if (!has("status"))
                c.status = old.status;
            if (!has("ladder_step"))
                c.ladderStep = old.ladderStep;
            if (!has("monthly_revenue"))
                c.revenueCents = old.revenueCents;
            if (!has("currency"))
                c.currency = old.currency;
            if (!has("contact_email") && !has("contacts"))
                c.contacts = old.contacts;
            if (!has("notes"))
                c.notes = old.notes;
            for (const attribution::Identifier &id : old.identifiers)
                if (!parsed.covers(id))
                    c.identifiers.append(id);
            ++report.updated;
        } else {
            ++report.added;
        }
        const QString newStatus = c.status;
        const int newStep = c.ladderStep;
        c.status = oldStatus;
        c.ladderStep = oldStep;
        QString failure;
        if (!store.save(c))
            failure = store.lastError();
        else if ((newStatus != oldStatus || newStep != oldStep)
            && !ladder.decide(c.id, newStep, newStatus, reason, QString()))
            failure = ladder.lastError();
        if (!failure.isEmpty()) {
            report.error = QCoreApplication::translate("CustomerImport", "cannot save customer %1: %2")
                               .arg(c.name, failure);
            transaction.rollback();
            report.added = report.updated = 0;
            return report;
        }
    }
    if (!transaction.commit()) {
        report.error = transaction.lastError();
        report.added = report.updated = 0;
    }
    return report;
}

} // namespace abusedesk::importing
