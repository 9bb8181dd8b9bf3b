// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/PostfixLogParser.h"

namespace abusedesk::delivery {

// Placeholder until the parser lands: recognises nothing.
struct PostfixLogParser::Private
{
    ParserSinks sinks;
};

PostfixLogParser::PostfixLogParser(ParserSinks sinks, QDateTime, QTimeZone)
    : d(new Private { std::move(sinks) })
{ }

PostfixLogParser::~PostfixLogParser() = default;

void PostfixLogParser::addLine(QByteArrayView, qint64)
{ }

void PostfixLogParser::finish()
{ }

bool PostfixLogParser::recognises(const QList<QByteArray> &)
{
    return false;
}

} // namespace abusedesk::delivery
