// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/MailImport.h"

#include "mail/MailClassifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace abusedesk::importing {

namespace {
// Each commit writes every index page its messages touched: the content hashes are random, so at
// half a million messages 2,000 messages a commit touched most pages of that index each time
// (bench_mail_import --gigabytes 2: 14,100 messages/s; 17,200 with 20,000 a commit).
constexpr int UnitsPerTransaction = 20000;
} // namespace

MailImport::MailImport(const storage::Database &database, mail::AnalysisPolicy policy)
    : m_database(database)
    , m_policy(std::move(policy))
{ }

mail::AnalysisPolicy MailImport::policyFrom(const storage::Database &database)
{
    mail::AnalysisPolicy policy = mail::AnalysisPolicy::defaults();
    const QMap<QString, QByteArray> values = database.policy();
    auto list = [&values](const QString &key, QStringList *target) {
        const auto it = values.constFind(key);
        if (it == values.constEnd())
            return;
        target->clear();
        for (const QJsonValue &v : QJsonDocument::fromJson(*it).array())
            target->append(v.toString());
    };
    list(QStringLiteral("role_accounts"), &policy.roleAccounts);
    list(QStringLiteral("trusted_reporters"), &policy.trustedReporters);
    list(QStringLiteral("customer_headers"), &policy.customerHeaders);
    // The headers attribution rules read are kept from every original too.
    for (const attribution::Rule &rule : storage::CustomerStore(database).rules())
        if (rule.kind == attribution::RuleKind::Header
            && rule.header.compare(QLatin1String("Feedback-ID"), Qt::CaseInsensitive) != 0
            && !policy.customerHeaders.contains(rule.header, Qt::CaseInsensitive))
            policy.customerHeaders.append(rule.header);
    return policy;
}

ImportReport MailImport::run(
    const QStringList &paths, const ProgressSink &progress, const CancelCheck &cancelled)
{
    ImportReport report;
    storage::EvidenceStore store(m_database);
    QStringList absolute;
    for (const QString &p : paths)
        absolute.append(QFileInfo(p).absoluteFilePath());
    report.batchId = store.beginBatch(absolute.join(QLatin1Char('\n')));
    if (report.batchId < 0) {
        report.error = QCoreApplication::translate("abusedesk::importing", "cannot start the import: %1")
                           .arg(store.lastError());
        return report;
    }

    std::unique_ptr<storage::Transaction> tx;
    int inTransaction = 0;
    ImportProgress state;
    // What the open transaction holds counts only once it is committed: a refused chunk is rolled
    // back whole, and importing the same files again stores it.
    qint64 chunkStored = 0;
    qint64 chunkDuplicates = 0;
    QMap<QString, qint64> chunkByKind;
    auto commitChunk = [&]() -> bool {
        if (tx && !tx->commit()) {
            report.error
                = QCoreApplication::translate("abusedesk::importing", "the database refused the import: %1")
                      .arg(tx->lastError());
            tx.reset();
            return false;
        }
        tx.reset();
        inTransaction = 0;
        report.stored += chunkStored;
        report.duplicates += chunkDuplicates;
        for (auto it = chunkByKind.cbegin(); it != chunkByKind.cend(); ++it)
            report.storedByKind[it.key()] += it.value();
        chunkStored = chunkDuplicates = 0;
        chunkByKind.clear();
        return true;
    };
    auto ensureTransaction = [&] {
        if (!tx)
            tx = std::make_unique<storage::Transaction>(m_database.connection());
    };

    auto onResult = [&](const mail::MailUnit &unit, const mail::MessageAnalysis &analysis) -> bool {
        if (cancelled && cancelled()) {
            report.cancelled = true;
            return false;
        }
        ++report.unitsRead;
        storage::NewEvidence evidence;
        evidence.sha256 = analysis.sha256;
        evidence.bytes = unit.bytes;
        evidence.sourcePath = unit.sourcePath;
        evidence.offset = unit.offset;
        evidence.roleAccount = analysis.roleAccount;
        evidence.kind = analysis.kind;
        evidence.legal = analysis.legal;
        evidence.messageId = analysis.messageId;
        evidence.subject = analysis.subject;
        evidence.fromAddress = analysis.fromAddress;
        evidence.sentAt = analysis.sentAt;
        evidence.factsJson = analysis.factsJson;
        evidence.searchText = analysis.searchText;
        evidence.originalSubject = analysis.identifiers.original.subject;
        evidence.originalFrom = analysis.identifiers.original.from;
        evidence.customer = analysis.customer;
        ensureTransaction();
        switch (store.store(report.batchId, evidence)) {
        case storage::EvidenceStore::Outcome::Stored:
            ++chunkStored;
            ++chunkByKind[analysis.kind];
            break;
        case storage::EvidenceStore::Outcome::Duplicate:
            ++chunkDuplicates;
            break;
        case storage::EvidenceStore::Outcome::Failed:
            report.error = QCoreApplication::translate("abusedesk::importing", "the database refused %1: %2")
                               .arg(unit.source(), store.lastError());
            return false;
        }
        state.messages = report.unitsRead;
        if (++inTransaction >= UnitsPerTransaction) {
            if (!commitChunk())
                return false;
            if (progress)
                progress(state);
        }
        return true;
    };
    auto onRejection = [&](const mail::MailRejection &rejection) {
        report.rejected.append(rejection);
        ensureTransaction();
        store.recordRejection(report.batchId, rejection.sourcePath, rejection.position, rejection.reason);
    };
    auto onProgress = [&](const QString &file, qint64 bytes) {
        state.currentFile = file;
        state.bytesInFile = bytes;
        if (progress)
            progress(state);
    };

    // Attributed as classified, on the classifying threads: the customers and rules as they are
    // when the import starts. Made before the classifier, whose
    // threads use it until the classifier is gone.
    const attribution::Attributor attributor(storage::CustomerStore(m_database).directory());
    mail::MailClassifier classifier(m_policy, onResult, onRejection, onProgress);
    classifier.setEnricher([&attributor](mail::MessageAnalysis &analysis) {
        const attribution::MessageAttribution m
            = attributor.attributeMessage(attribution::ItemFacts::fromAnalysis(analysis));
        mail::MessageAnalysis::Customer &c = analysis.customer;
        c.evaluated = true;
        c.customerId = m.attribution.customerId;
        c.rule = m.attribution.ruleId;
        c.identifier = m.attribution.identifierId;
        c.value = m.attribution.value;
        c.problems = m.attribution.problemsJson();
        for (const attribution::Match &mention : m.mentions)
            c.mentions.append({ mention.value, mention.customerId });
    });
    bool goOn = true;
    for (const QString &path : absolute) {
        if (!(goOn = classifier.read(path)))
            break;
    }
    if (goOn)
        classifier.finish();
    if (report.error.isEmpty())
        commitChunk();
    else
        tx.reset(); // rolls the refused chunk back
    storage::BatchTotals totals { report.unitsRead, report.stored, report.duplicates,
        qint64(report.rejected.size()) };
    store.finishBatch(report.batchId,
        !report.error.isEmpty() ? QStringLiteral("failed")
            : report.cancelled  ? QStringLiteral("cancelled")
                                : QStringLiteral("finished"),
        totals);
    return report;
}

} // namespace abusedesk::importing
