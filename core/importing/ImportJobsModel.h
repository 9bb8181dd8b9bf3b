// SPDX-License-Identifier: GPL-2.0-or-later
// The running and finished imports as a model: what the progress panel shows (bytes, messages,
// rate, time left) and where the report of a finished import is kept.
#pragma once

#include "importing/MailImport.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

namespace abusedesk::importing {

class ImportJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnImport,
        ColumnProgress,
        ColumnMessages,
        ColumnRate,
        ColumnTimeLeft,
        ColumnResult,
        ColumnCount
    };
    enum Role { ProgressRole = Qt::UserRole + 1, StateRole, JobIdRole };
    enum class State { Running, Finished, Cancelled, Failed };
    Q_ENUM(State)

    explicit ImportJobsModel(QObject *parent = nullptr);

    [[nodiscard]] int addJob(const QStringList &paths, qint64 bytesTotal);
    void setTotalBytes(int jobId, qint64 bytesTotal);
    void updateProgress(int jobId, qint64 bytesDone, qint64 messages);
    void finishJob(int jobId, const ImportReport &report);

    [[nodiscard]] const ImportReport *report(int jobId) const;
    [[nodiscard]] State state(int jobId) const;
    [[nodiscard]] int runningCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1.2 MB", "830 KB": sizes as the panel shows them.
    [[nodiscard]] static QString formatBytes(qint64 bytes);

private:
    struct Job
    {
        int id = 0;
        QStringList paths;
        qint64 bytesTotal = 0;
        qint64 bytesDone = 0;
        qint64 messages = 0;
        QElapsedTimer clock;
        qint64 elapsedMs = 0;
        State state = State::Running;
        ImportReport report;
    };
    [[nodiscard]] int rowOf(int jobId) const;

    QList<Job> m_jobs;
    int m_nextId = 1;
};

} // namespace abusedesk::importing
