// SPDX-License-Identifier: GPL-2.0-or-later
#include "cases/EvidenceBundle.h"

#include "cases/CaseStore.h"
#include "common/BuildInfo.h"
#include "common/IsoTime.h"
#include "mail/MessageAnalyzer.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/EvidenceQueries.h"

#include <KZip>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <algorithm>

namespace abusedesk::cases {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::cases::EvidenceBundle)
};

// A manifest cell: RFC 4180 quoting, and text a spreadsheet would run as a formula (=, +, -, @ at
// the start: a source path or role account is partly the sender's choice) led by an apostrophe.
// manifest.json keeps every value exactly.
QString csvCell(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsQuotes.contains(c); }))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QByteArray manifestCsv(const BundleSummary &s)
{
    QString csv = QStringLiteral("file,sha256,size,evidence_id,kind,role_account,source_path,source_offset,"
                                 "import_batch,imported_at\r\n");
    for (const BundledMessage &m : s.messages)
        csv += QStringList { csvCell(m.fileName), m.sha256, QString::number(m.size),
            QString::number(m.evidenceId), csvCell(m.kind), csvCell(m.roleAccount), csvCell(m.sourcePath),
            QString::number(m.sourceOffset), QString::number(m.batchId), m.importedAt }
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    return csv.toUtf8();
}

QByteArray manifestJson(const BundleSummary &s, const CaseRecord &c, const QString &customerExternalId,
    const QList<storage::ImportBatchRow> &batches)
{
    QJsonArray messages;
    for (const BundledMessage &m : s.messages)
        messages.append(QJsonObject { { QStringLiteral("file"), m.fileName },
            { QStringLiteral("sha256"), m.sha256 }, { QStringLiteral("size"), m.size },
            { QStringLiteral("evidence_id"), m.evidenceId }, { QStringLiteral("kind"), m.kind },
            { QStringLiteral("role_account"), m.roleAccount },
            { QStringLiteral("source_path"), m.sourcePath },
            { QStringLiteral("source_offset"), m.sourceOffset },
            { QStringLiteral("import_batch"), m.batchId }, { QStringLiteral("imported_at"), m.importedAt } });
    QJsonArray imports;
    for (const storage::ImportBatchRow &b : batches)
        imports.append(QJsonObject { { QStringLiteral("id"), b.id },
            { QStringLiteral("sources"),
                QJsonArray::fromStringList(b.origin.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) },
            { QStringLiteral("started_at"), b.startedAt }, { QStringLiteral("finished_at"), b.finishedAt } });
    const QJsonObject manifest {
        { QStringLiteral("case"),
            QJsonObject { { QStringLiteral("id"), s.caseId }, { QStringLiteral("title"), s.caseTitle },
                { QStringLiteral("category"), c.category }, { QStringLiteral("severity"), c.severity },
                { QStringLiteral("status"), c.status }, { QStringLiteral("outcome"), c.outcome },
                { QStringLiteral("opened_at"), c.openedAt.isValid() ? isoUtc(c.openedAt) : QString() },
                { QStringLiteral("customer"),
                    c.customerId == 0 ? QJsonValue()
                                      : QJsonObject { { QStringLiteral("id"), c.customerId },
                                            { QStringLiteral("external_id"), customerExternalId },
                                            { QStringLiteral("name"), s.customer } } } } },
        { QStringLiteral("bundle"),
            QJsonObject { { QStringLiteral("made_at"), isoUtc(s.madeAt) },
                { QStringLiteral("made_by"), s.madeBy },
                { QStringLiteral("program"),
                    QStringLiteral("AbuseDesk %1").arg(common::applicationVersion()) },
                { QStringLiteral("messages"), s.messages.size() }, { QStringLiteral("bytes"), s.bytes } } },
        { QStringLiteral("imports"), imports },
        { QStringLiteral("messages"), messages },
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

} // namespace

EvidenceBundle::EvidenceBundle(const storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

bool EvidenceBundle::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool EvidenceBundle::write(qint64 caseId, const QString &path, const QString &author)
{
    m_error.clear();
    m_summary = {};
    const CaseStore cases(m_database);
    const std::optional<CaseRecord> found = cases.find(caseId);
    if (!found)
        return fail(Tr::tr("There is no case %1 in %2.").arg(caseId).arg(m_database.path()));
    const QList<qint64> ids = cases.evidenceOf(caseId);

    BundleSummary s;
    s.path = path;
    s.caseId = caseId;
    s.caseTitle = found->title;
    s.customer = found->customerName;
    s.madeAt = m_clock.now().toUTC();
    s.madeBy = author;
    QString externalId;
    if (found->customerId != 0)
        if (const auto customer = storage::CustomerStore(m_database).customer(found->customerId))
            externalId = customer->externalId;

    // KZip writes through a QSaveFile of its own: the .zip appears under its name only when
    // close() commits it, and a cancelled save file leaves nothing behind.
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Cannot create %1: %2").arg(path, zip.errorString()));
    auto abandon = [&zip, &path, this](const QString &why) {
        auto *file = qobject_cast<QSaveFile *>(zip.device());
        if (file)
            file->cancelWriting();
        zip.close();
        if (!file)
            QFile::remove(path); // written in place: a partial .zip must not pass for a bundle
        return fail(Tr::tr("The evidence bundle %1 was not written: %2").arg(path, why));
    };

    const storage::EvidenceQueries evidence(m_database);
    const int digits = std::max(3, int(QString::number(ids.size()).size()));
    QMap<qint64, storage::ImportBatchRow> batches;
    for (qsizetype n = 0; n < ids.size(); ++n) {
        const storage::EvidenceItem item = evidence.item(ids.at(n));
        if (item.row.id == 0 || item.raw.isNull())
            return abandon(Tr::tr("the bytes of evidence %1 could not be read").arg(ids.at(n)));
        // The bytes must still be those that were hashed on import: a bundle for legal vouches for them.
        const QString hash = mail::MessageAnalyzer::sha256Hex(item.raw);
        if (hash != item.row.sha256)
            return abandon(Tr::tr("the stored bytes of evidence %1 no longer match its SHA-256 %2")
                    .arg(ids.at(n))
                    .arg(item.row.sha256));
        BundledMessage m;
        m.fileName = QStringLiteral("messages/%1-%2.eml")
                         .arg(n + 1, digits, 10, QLatin1Char('0'))
                         .arg(item.row.sha256.left(12));
        m.evidenceId = item.row.id;
        m.sha256 = hash;
        m.size = item.raw.size();
        m.kind = item.row.kind;
        m.roleAccount = item.row.roleAccount;
        m.sourcePath = item.row.sourcePath;
        m.sourceOffset = item.row.sourceOffset;
        m.batchId = item.row.batchId;
        m.importedAt = item.row.importedAt;
        const QDateTime imported = QDateTime::fromString(m.importedAt, Qt::ISODate);
        if (!zip.writeFile(m.fileName, item.raw, 0100644, {}, {}, imported, imported, imported))
            return abandon(zip.errorString());
        if (!batches.contains(m.batchId))
            batches.insert(m.batchId, evidence.batch(m.batchId));
        s.bytes += m.size;
        s.messages.append(m);
    }

    if (!zip.writeFile(
            QString::fromLatin1(ManifestCsv), manifestCsv(s), 0100644, {}, {}, s.madeAt, s.madeAt, s.madeAt)
        || !zip.writeFile(QString::fromLatin1(ManifestJson),
            manifestJson(s, *found, externalId, batches.values()), 0100644, {}, {}, s.madeAt, s.madeAt,
            s.madeAt))
        return abandon(zip.errorString());
    if (!zip.close())
        return fail(Tr::tr("The evidence bundle %1 was not written: %2").arg(path, zip.errorString()));
    m_summary = s;
    return true;
}

} // namespace abusedesk::cases
