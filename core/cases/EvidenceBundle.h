// SPDX-License-Identifier: GPL-2.0-or-later
// The evidence bundle of a case (issue 7, M3AAWG §III.A.6): a .zip for legal or a peer with each
// linked message exactly as it was received, and a manifest (manifest.csv, manifest.json) of their
// SHA-256s, sizes, sources and imports, the case, and who made the bundle when. Nothing is
// redacted: the bundle is the evidence itself.
//
// Layout of the .zip:
//   messages/NNN-HASHPREFIX.eml   the stored bytes, NNN in evidence order, HASHPREFIX the first 12
//                                 hex digits of the SHA-256
//   manifest.csv                  one row per message (RFC 4180, UTF-8, header line)
//   manifest.json                 the case, the bundle, the import batches and the messages
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::cases {

/// One message of a bundle, as the manifest lists it.
struct BundledMessage
{
    QString fileName; ///< inside the .zip ("messages/001-0a1b2c3d4e5f.eml")
    qint64 evidenceId = 0;
    QString sha256; ///< lower-case hex, checked against the bytes before they are written
    qint64 size = 0;
    QString kind;
    QString roleAccount;
    QString sourcePath; ///< the file it was imported from
    qint64 sourceOffset = 0; ///< its first byte in that file
    qint64 batchId = 0; ///< the import that stored it
    QString importedAt; ///< UTC, ISO 8601
};

struct BundleSummary
{
    QString path; ///< the .zip written
    qint64 caseId = 0;
    QString caseTitle;
    QString customer; ///< the customer's name; empty when the case has none
    QDateTime madeAt; ///< UTC
    QString madeBy;
    QList<BundledMessage> messages;
    qint64 bytes = 0; ///< the messages' sizes, summed
};

class EvidenceBundle
{
public:
    static constexpr auto ManifestCsv = "manifest.csv";
    static constexpr auto ManifestJson = "manifest.json";

    explicit EvidenceBundle(
        const storage::Database &database, const common::Clock &clock = common::Clock::system());

    /// Writes the bundle of a case to path (a temporary file renamed over path once complete, so
    /// that a failure leaves no partial .zip and an earlier file untouched). author: who made it.
    /// Returns false with error() naming the file or the case.
    [[nodiscard]] bool write(qint64 caseId, const QString &path, const QString &author);

    /// What the last successful write put into the bundle.
    [[nodiscard]] const BundleSummary &summary() const { return m_summary; }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool fail(const QString &error);

    const storage::Database &m_database;
    const common::Clock &m_clock;
    BundleSummary m_summary;
    QString m_error;
};

} // namespace abusedesk::cases
