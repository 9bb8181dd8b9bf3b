// SPDX-License-Identifier: GPL-2.0-or-later
// The CSV delivery readers over arbitrary bytes: format recognition, a profile of each kind with
// automatic times and with a format in a zone, and the PowerMTA parser. Nothing may crash, hang
// or hand on a record without the fields its kind requires.
#include "delivery/TabularFormats.h"

#include <QByteArray>
#include <QList>

using namespace abusedesk::delivery;
using namespace Qt::StringLiterals;

namespace {

QList<CsvProfile> profiles()
{
    QList<CsvProfile> list;
    for (const TabularKind kind :
        { TabularKind::SendLog, TabularKind::OptOut, TabularKind::Seed, TabularKind::Blocklist }) {
        CsvProfile profile;
        profile.kind = kind;
        for (const QString &field : CsvProfile::fieldsOf(kind))
            profile.columns.insert(field, field);
        list.append(profile);
        profile.separator = ';';
        profile.timeFormat = u"dd.MM.yyyy hh:mm AP t"_s;
        profile.timeZone = QTimeZone("Europe/Berlin");
        profile.resultWords.insert(u"queued"_s, u"deferred"_s);
        list.append(profile);
    }
    return list;
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<CsvProfile> all = profiles();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = bytes.split('\n');

    const QList<QByteArray> first = lines.mid(0, 5);
    (void)TabularFormats::recognise(first, all);
    (void)TabularFormats::looksTabular(first);
    (void)TabularFormats::isPowerMtaAccounting(first);

    const QDateTime reference(QDate(2026, 11, 7), QTime(0, 0), QTimeZone::UTC);
    ParserSinks sinks;
    sinks.delivery = [](DeliveryRecord &&r) {
        check(r.time.isValid() && r.recipient.size() > 0 && r.key.size() == 16 && r.line > 0);
    };
    sinks.optOut = [](OptOutRecord &&r) { check(r.time.isValid() && r.recipient.contains(u'@')); };
    sinks.seed = [](SeedResult &&r) { check(!r.campaign.isEmpty() && !r.receiver.isEmpty()); };
    sinks.listing
        = [](BlocklistListing &&r) { check(!r.list.isEmpty() && !r.target.isEmpty() && r.listed.isValid()); };
    sinks.rejection = [](const LineRejection &r) { check(r.line > 0 && !r.reason.isEmpty()); };

    auto feed = [&lines](LogParser &parser) {
        qint64 number = 0;
        for (const QByteArray &line : lines)
            parser.addLine(line, ++number);
        parser.finish();
    };
    for (const CsvProfile &profile : all) {
        TabularParser parser(sinks, profile, reference);
        feed(parser);
    }
    PowerMtaParser powerMta(sinks, reference);
    feed(powerMta);
    return 0;
}
