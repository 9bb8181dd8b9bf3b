// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/ImportJobsModel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace abusedesk::importing {

ImportJobsModel::ImportJobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportJobsModel::addJob(const QStringList &paths, qint64 bytesTotal)
{
    Job job;
    job.id = m_nextId++;
    job.paths = paths;
    job.bytesTotal = bytesTotal;
    job.clock.start();
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job); // newest first
    endInsertRows();
    return job.id;
}

int ImportJobsModel::rowOf(int jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).id == jobId)
            return row;
    return -1;
}

void ImportJobsModel::setTotalBytes(int jobId, qint64 bytesTotal)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_jobs[row].bytesTotal = bytesTotal;
    Q_EMIT dataChanged(index(row, ColumnProgress), index(row, ColumnTimeLeft));
}

void ImportJobsModel::updateProgress(int jobId, qint64 bytesDone, qint64 messages)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    Job &job = m_jobs[row];
    job.bytesDone = std::min(bytesDone, std::max(job.bytesTotal, bytesDone));
    job.messages = messages;
    job.elapsedMs = job.clock.elapsed();
    Q_EMIT dataChanged(index(row, ColumnProgress), index(row, ColumnResult));
}

void ImportJobsModel::finishJob(int jobId, const ImportReport &report)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    Job &job = m_jobs[row];
    job.report = report;
    job.messages = report.unitsRead + report.logStored + report.logDuplicates;
    job.elapsedMs = job.clock.elapsed();
    job.bytesDone = job.bytesTotal;
    job.state = !report.error.isEmpty() ? State::Failed
        : report.cancelled              ? State::Cancelled
                                        : State::Finished;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const ImportReport *ImportJobsModel::report(int jobId) const
{
    const int row = rowOf(jobId);
    return row >= 0 && m_jobs.at(row).state != State::Running ? &m_jobs.at(row).report : nullptr;
}

ImportJobsModel::State ImportJobsModel::state(int jobId) const
{
    const int row = rowOf(jobId);
    return row >= 0 ? m_jobs.at(row).state : State::Failed;
}

int ImportJobsModel::runningCount() const
{
    return int(std::count_if(
        m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return j.state == State::Running; }));
}

int ImportJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int ImportJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportJobsModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant ImportJobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const Job &job = m_jobs.at(index.row());
    const double seconds = std::max<qint64>(job.elapsedMs, 1) / 1000.0;
    const double fraction
        = job.bytesTotal > 0 ? std::min(1.0, double(job.bytesDone) / double(job.bytesTotal)) : 0.0;
    if (role == JobIdRole)
        return job.id;
    if (role == StateRole)
        return int(job.state);
    if (role == ProgressRole)
        return job.state == State::Running ? int(fraction * 1000) : 1000;
    if (role == Qt::ToolTipRole && index.column() == ColumnImport)
        return job.paths.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() >= ColumnMessages && index.column() <= ColumnTimeLeft)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ColumnImport: {
        // "mail/" names the folder, not an empty file name.
        const QString first = QFileInfo(QDir::cleanPath(job.paths.first())).fileName();
        return job.paths.size() == 1 ? first
                                     : tr("%1 and %n more", nullptr, int(job.paths.size() - 1)).arg(first);
    }
    case ColumnProgress:
        if (job.bytesTotal == 0 && job.state == State::Running)
            return tr("counting…");
        return tr("%1 of %2").arg(formatBytes(job.bytesDone), formatBytes(job.bytesTotal));
    case ColumnMessages:
        return locale.toString(job.messages);
    case ColumnRate:
        return tr("%1/s").arg(locale.toString(qRound64(double(job.messages) / seconds)));
    case ColumnTimeLeft: {
        if (job.state != State::Running)
            return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
        if (fraction <= 0.01)
            return tr("estimating…");
        const qint64 left = qRound64(seconds * (1.0 - fraction) / fraction);
        return left >= 60 ? tr("%1 min %2 s left").arg(left / 60).arg(left % 60) : tr("%1 s left").arg(left);
    }
    case ColumnResult:
        switch (job.state) {
        case State::Running:
            return tr("Importing…");
        case State::Cancelled:
            return tr("Cancelled: %1 stored").arg(job.report.stored + job.report.logStored);
        case State::Failed:
            return tr("Failed: %1").arg(job.report.error);
        case State::Finished: {
            // Mail and delivery records together; rejected mail units and rejected log lines.
            const qint64 mailRejected = std::count_if(job.report.rejected.cbegin(),
                job.report.rejected.cend(), [](const mail::MailRejection &r) { return r.line == 0; });
            QString text = tr("%1 stored, %2 duplicates, %3 rejected")
                               .arg(job.report.stored + job.report.logStored)
                               .arg(job.report.duplicates + job.report.logDuplicates)
                               .arg(mailRejected + job.report.logRejectedLines);
            if (!job.report.unmappedTables.isEmpty())
                text += tr(", tables to map: %1").arg(job.report.unmappedTables.size());
            return text;
        }
        }
    }
    return {};
}

QVariant ImportJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnImport:
        return tr("Import");
    case ColumnProgress:
        return tr("Progress");
    case ColumnMessages:
        return tr("Items"); // messages and log records
    case ColumnRate:
        return tr("Rate");
    case ColumnTimeLeft:
        return tr("Time");
    case ColumnResult:
        return tr("Result");
    }
    return {};
}

} // namespace abusedesk::importing
