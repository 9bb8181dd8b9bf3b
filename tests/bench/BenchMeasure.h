// SPDX-License-Identifier: GPL-2.0-or-later
// What the benchmarks report besides wall time: CPU time of all threads (steadier than wall time
// on a shared machine) and the peak resident memory.
#pragma once

#include <QFile>
#include <sys/resource.h>

/// CPU time of the whole process (all threads), in microseconds.
inline qint64 cpuMicroseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

/// Bytes the process has handed to write calls so far (wchar of /proc/self/io), or -1.
inline qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

/// The peak resident set size (VmHWM) in MB, or -1 where /proc is missing.
inline qint64 peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    return -1;
}
