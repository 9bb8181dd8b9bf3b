// SPDX-License-Identifier: GPL-2.0-or-later
// The one classification engine, used by import and by `abusedesk-cli classify`: reads a message
// with KMime and says what it is (design.md §2 kinds), to whom it came, and its facts in the
// JSON shape of design.md §3.
#pragma once

#include "mail/MailUnit.h"
#include "mail/OriginalMessage.h"

#include <KMime/Message>
#include <QJsonObject>
#include <QStringList>

namespace abusedesk::mail {

struct AnalysisPolicy
{
    QStringList roleAccounts; ///< local parts ("abuse") or whole addresses that are role accounts
    QStringList trustedReporters; ///< addresses or domains whose complaints are escalated
    QStringList customerHeaders; ///< header names of the original that identify customers/campaigns

    [[nodiscard]] static AnalysisPolicy defaults();
};

struct MessageAnalysis
{
    QString sha256; ///< lower-case hex of the bytes as received
    QString kind; ///< "feedback-report", "bounce", "auto-reply", … "noise"
    bool legal = false;
    QString roleAccount; ///< the role address the message reached, or empty
    QString fromAddress;
    QString subject;
    QString messageId;
    QString sentAt; ///< the Date header in UTC ISO 8601, or empty
    QString searchText; ///< the human-readable text the classification read (capped), for the
                        ///< free-text search; empty for reports that were not read as text
    /// Values of the facts that the import reads again (the text index searches the original's
    /// subject and sender; attribution::ItemFacts::fromAnalysis reads the identifiers), handed
    /// over as written so that factsJson need not be parsed. Empty or 0: not in the facts.
    struct Identifiers
    {
        OriginalMessage::Summary original;
        QString sourceIp; ///< feedback.source_ip
        QString originalMailFrom; ///< feedback.original_mail_from
        QStringList reportedDomains; ///< feedback.reported_domain
        qint64 arrivalDate = 0; ///< feedback.arrival_date, Unix seconds
        qint64 date = 0; ///< date (the message's own), Unix seconds
        QStringList namedDomains; ///< named.domains
        QStringList namedIps; ///< named.ips
    } identifiers;
    QByteArray factsJson; ///< the classify object of design.md §3 (source, sha256, kind, …) as
                          ///< compact JSON on one line, made on the classifying thread

    /// The customer the import attributed the message to (filled by the import's enricher on the
    /// classifying thread; attribution::Attributor says what the fields mean).
    struct Customer
    {
        bool evaluated = false;
        qint64 customerId = 0;
        qint64 rule = 0;
        qint64 identifier = 0;
        QString value;
        QByteArray problems; ///< JSON, empty when none
        QList<std::pair<QString, qint64>> mentions; ///< value, customer (0: the sender's own)
    } customer;

    /// factsJson parsed (for tests and tools; the pipeline passes the text on as it is).
    [[nodiscard]] QJsonObject facts() const;
};

class MessageAnalyzer
{
public:
    explicit MessageAnalyzer(AnalysisPolicy policy = AnalysisPolicy::defaults());

    /// Never throws and never fails: what cannot be read is reported in facts["warnings"].
    [[nodiscard]] MessageAnalysis analyze(const MailUnit &unit) const;

    /// Parses hostile bytes with KMime without letting them crash it or exhaust the stack: line
    /// ends made LF, NUL bytes blanked, and the body of a message nested deeper than KMime can
    /// safely recurse left unparsed (tooDeep tells).
    [[nodiscard]] static KMime::Message::Ptr parseSafely(const QByteArray &raw, bool *tooDeep = nullptr);

    /// The bytes as KMime can take them: LF line ends, no NUL bytes.
    [[nodiscard]] static QByteArray forKMime(const QByteArray &raw);

    /// Lower-case hex SHA-256: the evidence's identity.
    [[nodiscard]] static QString sha256Hex(const QByteArray &bytes);

private:
    AnalysisPolicy m_policy;
};

} // namespace abusedesk::mail
