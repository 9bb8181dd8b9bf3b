// SPDX-License-Identifier: GPL-2.0-or-later
// What the demo planted in one message: the truth expected.json records for tests and
// benchmarks to hold the classifier and the attribution against.
#pragma once

#include "demo/SentMail.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace abusedesk::demo {

struct PlantedMessage
{
    QString file; ///< "fbl.mbox", "bounces.mbox" or "role-accounts.mbox"
    int index = 0; ///< 0-based position in that file
    QString sha256; ///< of the bytes an mbox reader gives back
    QString kind; ///< design.md §2 kind
    bool legal = false;
    QString roleAccount; ///< empty: none
    QString customer; ///< customer id; empty: no identifier of any customer in the message
    /// The subset of the design.md §3 facts that was planted; a null value means the fact must
    /// be absent.
    QJsonObject facts;
    /// The ESP's mail the message is about (none for strangers' mail, backscatter and noise);
    /// not part of toJson(): the delivery logs are made to agree with it.
    QList<SentMail> sent;
    /// Mailing-list posts: the customers whose domain or (dedicated) address the text names.
    std::optional<QStringList> mentions;
    /// Who complained about the customer's mail, and when (the message's Date, UTC seconds): the
    /// recipient a feedback report of type abuse names, or the writer of a complaint. The ESP's
    /// suppression memory must keep the customer's mail from that address afterwards (the delivery
    /// plan reads it). Empty for other messages and for reports that hide the recipient. Not part
    /// of toJson().
    QString complainant;
    qint64 complainedAt = 0;
    /// Its text says the customer's mail reached spam traps (a trap operator's report, a listing
    /// notice that gives traps as the reason). Not part of toJson(); expected.json counts it.
    bool reportsSpamTrap = false;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject o { { QStringLiteral("file"), file }, { QStringLiteral("index"), index },
            { QStringLiteral("sha256"), sha256 }, { QStringLiteral("kind"), kind },
            { QStringLiteral("legal"), legal },
            { QStringLiteral("role_account"),
                roleAccount.isEmpty() ? QJsonValue() : QJsonValue(roleAccount) },
            { QStringLiteral("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer) },
            { QStringLiteral("facts"), facts } };
        if (mentions)
            o.insert(QStringLiteral("mentions"), QJsonArray::fromStringList(*mentions));
        return o;
    }
};

using PlantSink = std::function<void(const PlantedMessage &)>;

} // namespace abusedesk::demo
