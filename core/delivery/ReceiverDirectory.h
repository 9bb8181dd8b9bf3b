// SPDX-License-Identifier: GPL-2.0-or-later
// Which receiver a recipient domain belongs to: the mailbox providers' many domains count as one
// receiver (gmail.com and googlemail.com are Google; hotmail.de, outlook.com and live.com are
// Microsoft), and each domain is a consumer mailbox provider or a corporate domain (for the B2B
// view). A list ships with the program; the analyst's changes live in the case database
// (table receiver_domains) and win over it.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace abusedesk::storage {
class Database;
}

namespace abusedesk::delivery {

struct Receiver
{
    QString name; ///< the provider ("Google"), or the domain itself for a domain nobody lists
    bool consumer = false; ///< a consumer mailbox provider (else corporate or unknown)
};

struct ReceiverDomain
{
    QString domain; ///< "gmail.com", or a pattern "yahoo.*" (any top-level or country domain)
    QString provider;
    bool consumer = true;
};

class ReceiverDirectory
{
public:
    /// The shipped list alone.
    ReceiverDirectory();
    /// The shipped list with the case database's changes applied.
    explicit ReceiverDirectory(const storage::Database &database);

    [[nodiscard]] static const QList<ReceiverDomain> &shipped();

    /// The receiver of a recipient domain (lower-case); subdomains of a listed domain belong to it.
    [[nodiscard]] Receiver receiverOf(const QString &domain) const;
    /// The domain part of an address, lower-case ("" without an "@").
    [[nodiscard]] static QString domainOf(QStringView address);

    /// Adds or replaces one entry (the analyst's change, already stored by the caller).
    void set(const ReceiverDomain &entry);

private:
    QHash<QString, Receiver> m_exact; // domain → receiver
    QHash<QString, Receiver> m_anySuffix; // "yahoo" of "yahoo.*" → receiver
};

} // namespace abusedesk::delivery
