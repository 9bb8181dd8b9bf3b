// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/TabularFormats.h"

namespace abusedesk::delivery {

// Placeholders until the CSV formats land.
QJsonObject CsvProfile::toJson() const
{
    return {};
}

std::optional<CsvProfile> CsvProfile::fromJson(const QJsonObject &, QString *)
{
    return std::nullopt;
}

QStringList CsvProfile::fieldsOf(TabularKind)
{
    return {};
}

QStringList CsvProfile::requiredFieldsOf(TabularKind)
{
    return {};
}

QString CsvProfile::kindName(TabularKind)
{
    return {};
}

std::optional<TabularKind> CsvProfile::kindFromName(const QString &)
{
    return std::nullopt;
}

std::optional<CsvProfile> TabularFormats::recognise(const QList<QByteArray> &, const QList<CsvProfile> &)
{
    return std::nullopt;
}

bool TabularFormats::isPowerMtaAccounting(const QList<QByteArray> &)
{
    return false;
}

bool TabularFormats::looksTabular(const QList<QByteArray> &)
{
    return false;
}

struct TabularParser::Private
{
};

TabularParser::TabularParser(ParserSinks, CsvProfile, QDateTime)
    : d(new Private)
{ }

TabularParser::~TabularParser() = default;

void TabularParser::addLine(QByteArrayView, qint64)
{ }

void TabularParser::finish()
{ }

struct PowerMtaParser::Private
{
};

PowerMtaParser::PowerMtaParser(ParserSinks, QDateTime)
    : d(new Private)
{ }

PowerMtaParser::~PowerMtaParser() = default;

void PowerMtaParser::addLine(QByteArrayView, qint64)
{ }

void PowerMtaParser::finish()
{ }

} // namespace abusedesk::delivery
