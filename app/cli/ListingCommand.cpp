// SPDX-License-Identifier: GPL-2.0-or-later
#include "ListingCommand.h"

#include "CommandLine.h"
#include "delivery/BlocklistEntry.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace abusedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "2026-11-02" (midnight UTC) or "2026-11-02T10:00:00Z" / with an offset.
QDateTime parseWhen(const QString &text)
{
    const QString t = text.trimmed();
    const QDate day = t.size() == 10 ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), QTimeZone::UTC);
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime && !t.endsWith(u'Z') && !t.contains(u'+'))
        when.setTimeZone(QTimeZone::UTC); // no zone written: UTC, like everything stored
    return when;
}

QString isoOrEmpty(const QVariant &seconds)
{
    return seconds.isNull()
        ? QString()
        : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC).toString(Qt::ISODate);
}
} // namespace

int runListing(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cl(QStringLiteral("listing"), arguments, out, err);
    cl.addDatabaseOption(Tr::tr("The case database file."));
    cl.parser().addOption(
        { QStringLiteral("list"), Tr::tr("The blocklist (e.g. \"Spamhaus SBL\")."), QStringLiteral("NAME") });
    cl.parser().addOption({ QStringLiteral("target"), Tr::tr("The listed IP address, CIDR range or domain."),
        QStringLiteral("TARGET") });
    cl.parser().addOption({ QStringLiteral("listed"),
        Tr::tr("When the listing began (YYYY-MM-DD or ISO 8601, UTC)."), QStringLiteral("WHEN") });
    cl.parser().addOption(
        { QStringLiteral("delisted"), Tr::tr("When it ended, if it did."), QStringLiteral("WHEN") });
    cl.parser().addOption(
        { QStringLiteral("note"), Tr::tr("A note for the case history."), QStringLiteral("TEXT") });
    cl.parser().addOption({ QStringLiteral("json"), Tr::tr("Print the listings as JSON.") });
    if (const int code = cl.parse(Tr::tr("Enter a blocklist listing by hand, or show the listings."));
        code >= 0)
        return code;

    int exitCode = ExitOk;
    const auto db = cl.openExistingDatabase(exitCode);
    if (!db)
        return exitCode;

    const bool entering = cl.parser().isSet(QStringLiteral("list"))
        || cl.parser().isSet(QStringLiteral("target")) || cl.parser().isSet(QStringLiteral("listed"));
    if (entering) {
        const QString listedText = cl.parser().value(QStringLiteral("listed"));
        const QDateTime listed = parseWhen(listedText);
        if (!listed.isValid())
            return cl.fail(
                Tr::tr("--listed: “%1” is not a date (YYYY-MM-DD or ISO 8601).").arg(listedText), ExitUsage);
        QDateTime delisted;
        if (cl.parser().isSet(QStringLiteral("delisted"))) {
            delisted = parseWhen(cl.parser().value(QStringLiteral("delisted")));
            if (!delisted.isValid())
                return cl.fail(Tr::tr("--delisted: “%1” is not a date (YYYY-MM-DD or ISO 8601).")
                                   .arg(cl.parser().value(QStringLiteral("delisted"))),
                    ExitUsage);
        }
        QString problem;
        const auto listing = delivery::BlocklistEntry::make(cl.parser().value(QStringLiteral("list")),
            cl.parser().value(QStringLiteral("target")), listed, delisted,
            cl.parser().value(QStringLiteral("note")), &problem);
        if (!listing)
            return cl.fail(problem + u'.', ExitUsage);
        const attribution::Attributor attributor(storage::CustomerStore(*db).directory());
        storage::DeliveryStore store(*db, &attributor);
        if (!store.storeByHand(*listing))
            return cl.fail(Tr::tr("the database refused the listing: %1").arg(store.lastError()));
    }

    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT list, target, listed, delisted, note, source_path FROM blocklist_listings "
                          "ORDER BY listed, list, target"));
    QJsonArray listings;
    while (q.next())
        listings.append(QJsonObject { { QStringLiteral("list"), q.value(0).toString() },
            { QStringLiteral("target"), q.value(1).toString() },
            { QStringLiteral("listed"), isoOrEmpty(q.value(2)) },
            { QStringLiteral("delisted"),
                q.value(3).isNull() ? QJsonValue() : QJsonValue(isoOrEmpty(q.value(3))) },
            { QStringLiteral("note"), q.value(4).toString() },
            { QStringLiteral("source"),
                q.value(5).isNull() ? QStringLiteral("by hand") : q.value(5).toString() } });
    if (cl.parser().isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("listings"), listings } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return ExitOk;
    }
    if (listings.isEmpty())
        out << Tr::tr("No blocklist listings yet.") << '\n';
    for (const QJsonValue &v : std::as_const(listings)) {
        const QJsonObject o = v.toObject();
        out << Tr::tr("%1 on %2 from %3 to %4%5")
                   .arg(o.value(QStringLiteral("target")).toString(),
                       o.value(QStringLiteral("list")).toString(),
                       o.value(QStringLiteral("listed")).toString(),
                       o.value(QStringLiteral("delisted")).isNull()
                           ? Tr::tr("now")
                           : o.value(QStringLiteral("delisted")).toString(),
                       o.value(QStringLiteral("note")).toString().isEmpty()
                           ? QString()
                           : QStringLiteral(" — ") + o.value(QStringLiteral("note")).toString())
            << '\n';
    }
    return ExitOk;
}

} // namespace abusedesk::cli
