// SPDX-License-Identifier: GPL-2.0-or-later
// The delivery side of a demo case (DemoCase.h documents the files): plans what the ESP
// delivered, renders it as Postfix, Exim, PowerMTA and send logs plus opt-outs, seed results and
// listings, writes them under logs/ and says in expected.json what they hold.
#pragma once

#include "demo/CustomerRoster.h"
#include "demo/DeliveryPlan.h"
#include "demo/LogFile.h"

#include <QMap>

namespace abusedesk::demo {

class DeliveryLogs
{
public:
    /// complaints: feedback reports of type abuse per customer id; feedbackReports: all of them;
    /// complainants: who complained about which customer's mail, and when; trapReports: notices
    /// and reports tied to a customer that say its mail reached spam traps, per customer id.
    DeliveryLogs(const CustomerRoster &roster, qint64 periodStart, qint64 periodEnd, int scale,
        DemoRandom random, const QList<SentMail> &sent, const QMap<QString, int> &complaints,
        const QMap<QString, int> &feedbackReports, const QList<PlannedComplaint> &complainants,
        const QMap<QString, int> &trapReports);

    /// Writes the files under folder/logs; false with *error set when one cannot be written.
    [[nodiscard]] bool writeTo(const QString &folder, QString *error);
    /// The files in writing order (their text is dropped once written).
    [[nodiscard]] const QList<LogFile> &files() const { return m_files; }
    /// The value of expected.json's "deliveries": {"log_files", "by_platform", "totals",
    /// "findings", "days"}, one object per line.
    [[nodiscard]] QByteArray expectedJson() const;

private:
    const CustomerRoster &m_roster;
    DeliveryPlan m_plan;
    QMap<QString, int> m_complaints;
    QMap<QString, int> m_feedbackReports;
    QMap<QString, int> m_trapReports;
    QList<LogFile> m_files;
};

} // namespace abusedesk::demo
