// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/EximLogParser.h"

namespace abusedesk::delivery {

// Placeholder until the parser lands: recognises nothing.
struct EximLogParser::Private
{
    ParserSinks sinks;
};

EximLogParser::EximLogParser(ParserSinks sinks, QDateTime, QTimeZone)
    : d(new Private { std::move(sinks) })
{ }

EximLogParser::~EximLogParser() = default;

void EximLogParser::addLine(QByteArrayView, qint64)
{ }

void EximLogParser::finish()
{ }

bool EximLogParser::recognises(const QList<QByteArray> &)
{
    return false;
}

} // namespace abusedesk::delivery
