// SPDX-License-Identifier: GPL-2.0-or-later
#include "importing/DeliveryImport.h"

#include "attribution/CustomerCsv.h"
#include "delivery/EximLogParser.h"
#include "delivery/PostfixLogParser.h"
#include "delivery/ReceiverDirectory.h"
#include "mail/BounceClassifier.h"
#include "mail/MailSourceReader.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/EvidenceStore.h"
#include "storage/Transaction.h"

#include <KCompressionDevice>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <deque>

namespace abusedesk::importing {

using namespace delivery;

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(abusedesk::importing)
};

constexpr qsizetype RecordsPerChunk = 4096;
constexpr qsizetype RecordsPerTransaction = 65536; // or a second's work, whichever comes first
constexpr qint64 ReadBlock = 1024 * 1024;

// What the reading thread hands to the writing thread: the records of one file, in order.
struct Chunk
{
    int file = 0; // index into the report's files
    std::vector<storage::StoredDelivery> deliveries;
    std::vector<std::pair<OptOutRecord, QString>> optOuts; // with the receiver
    std::vector<SeedResult> seeds;
    std::vector<BlocklistListing> listings;
    std::vector<LineRejection> rejections;
    qint64 lines = 0; // lines read since the previous chunk of this file
    qint64 position = 0; // bytes of the file read so far (of a compressed file: compressed bytes)
    bool fileProblem = false; // rejections[0] is about the file as a whole
    [[nodiscard]] qsizetype size() const
    {
        return qsizetype(
            deliveries.size() + optOuts.size() + seeds.size() + listings.size() + rejections.size());
    }
};

// A small bounded queue between the two threads: memory stays flat whatever the input size.
class ChunkQueue
{
public:
    void push(Chunk &&chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.size() >= 3 && !m_stopped)
            m_notFull.wait(&m_mutex);
        if (m_stopped)
            return;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.wakeOne();
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_chunks.clear();
        m_notFull.wakeAll();
    }
    [[nodiscard]] bool stopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }
    /// False when closed and empty.
    bool pop(Chunk &chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_chunks.empty())
            return false;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.wakeOne();
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

QString tabularFormatName(const std::optional<CsvProfile> &profile)
{
    return profile ? CsvProfile::kindName(profile->kind) : QStringLiteral("table");
}

// Reads the log groups on its own thread and fills the queue.
class Reader
{
public:
    Reader(const QList<QList<LogSource>> &groups, const QList<int> &fileIndexes, QTimeZone zone,
        const ReceiverDirectory &receivers, const attribution::Directory &customers, ChunkQueue &queue)
        : m_groups(groups)
        , m_fileIndexes(fileIndexes)
        , m_zone(std::move(zone))
        , m_receivers(receivers)
        , m_attributor(customers)
        , m_queue(queue)
    { }

    void run()
    {
        int index = 0;
        for (const QList<LogSource> &group : m_groups) {
            std::unique_ptr<LogParser> parser;
            // One parser reads the rotated files of a log in turn; it is told when the newest of
            // them was written (the years of classic syslog lines and the future-time check
            // follow from it), not when the oldest was.
            m_reference = QDateTime();
            for (const LogSource &source : group) {
                const QDateTime modified = QFileInfo(source.path).lastModified().toUTC();
                if (!m_reference.isValid() || modified > m_reference)
                    m_reference = modified;
            }
            for (const LogSource &source : group) {
                const int file = m_fileIndexes.at(index++);
                if (m_queue.stopped())
                    return;
                readFile(source, file, parser);
            }
            // Pending state of the group's last file (Postfix queue ids …) belongs to it.
            if (parser) {
                parser->finish();
                flush(true);
            }
        }
        m_queue.close();
    }

private:
    std::unique_ptr<LogParser> makeParser(const LogSource &source, const QDateTime &reference)
    {
        ParserSinks sinks;
        sinks.delivery = [this](DeliveryRecord &&r) { addDelivery(std::move(r)); };
        sinks.rejection = [this](const LineRejection &r) { m_chunk.rejections.push_back(r); };
        sinks.optOut = [this](OptOutRecord &&r) {
            const QString receiver = m_receivers.receiverOf(ReceiverDirectory::domainOf(r.recipient)).name;
            m_chunk.optOuts.emplace_back(std::move(r), receiver);
        };
        sinks.seed = [this](SeedResult &&r) { m_chunk.seeds.push_back(std::move(r)); };
        sinks.listing = [this](BlocklistListing &&r) { m_chunk.listings.push_back(std::move(r)); };
        switch (source.format) {
        case LogFormat::Postfix:
            return std::make_unique<PostfixLogParser>(std::move(sinks), reference, m_zone);
        case LogFormat::Exim:
            return std::make_unique<EximLogParser>(std::move(sinks), reference, m_zone);
        case LogFormat::PowerMta:
            return std::make_unique<PowerMtaParser>(std::move(sinks), reference);
        case LogFormat::Tabular:
            break;
        }
        return std::make_unique<TabularParser>(
            std::move(sinks), source.profile.value_or(CsvProfile()), reference);
    }

    void addDelivery(DeliveryRecord &&r)
    {
        const QString domain = ReceiverDirectory::domainOf(r.recipient);
        QString receiver;
        if (const auto it = m_receiverCache.constFind(domain); it != m_receiverCache.constEnd()) {
            receiver = *it;
        } else {
            receiver = m_receivers.receiverOf(domain).name;
            if (m_receiverCache.size() > 100000)
                m_receiverCache.clear();
            m_receiverCache.insert(domain, receiver);
        }
        // Failures and deferrals get class and reason from the one classifier mail bounces use.
        QString bounceClass;
        QString reason;
        if (r.result == DeliveryResult::Expired) {
            bounceClass = QStringLiteral("soft");
            reason = QStringLiteral("expired");
        } else if (r.result != DeliveryResult::Delivered) {
            const mail::BounceVerdict verdict = mail::BounceClassifier::classify(
                r.status, r.diagnostic, r.result == DeliveryResult::Deferred);
            bounceClass = mail::BounceClassifier::className(verdict.bounceClass);
            reason = verdict.reason;
            if (r.status.isEmpty())
                r.status = verdict.status;
            if (r.replyCode.isEmpty())
                r.replyCode = verdict.replyCode;
        }
        storage::StoredDelivery stored
            = storage::StoredDelivery::encode(r, m_sourcePathUtf8, domain, receiver, bounceClass, reason);
        stored.attribute(
            m_attributions.attribute(r.customer, r.envelopeSender, r.sendingIp, r.time.toSecsSinceEpoch()));
        m_chunk.deliveries.push_back(std::move(stored));
    }

    void flush(bool force)
    {
        if (!force && m_chunk.size() < RecordsPerChunk)
            return;
        m_chunk.file = m_currentFile;
        if (m_file)
            m_lastPosition = m_file->pos();
        m_chunk.position = m_lastPosition;
        m_queue.push(std::move(m_chunk));
        m_chunk = Chunk();
    }

    void fileProblem(int file, const QString &reason)
    {
        flush(true);
        m_chunk.file = file;
        m_chunk.fileProblem = true;
        m_chunk.rejections.push_back({ 0, reason });
        m_queue.push(std::move(m_chunk));
        m_chunk = Chunk();
    }

    void readFile(const LogSource &source, int file, std::unique_ptr<LogParser> &parser)
    {
        m_currentFile = file;
        m_sourcePathUtf8 = source.path.toUtf8();
        QFile f(source.path);
        QString error;
        const auto device = LogSniffer::open(f, &error);
        m_file = &f;
        m_lastPosition = 0;
        const auto forget = qScopeGuard([this] { m_file = nullptr; });
        if (!device) {
            fileProblem(file, error);
            return;
        }
        if (!parser)
            parser = makeParser(source, m_reference);

        QByteArray buffer;
        qsizetype start = 0;
        qint64 number = 0;
        auto feed = [&](QByteArrayView line) {
            if (line.endsWith('\r'))
                line.chop(1);
            parser->addLine(line, ++number);
            ++m_chunk.lines;
            if ((number & 0xfff) == 0)
                flush(false);
        };
        for (;;) {
            if (m_queue.stopped())
                return;
            buffer.remove(0, start);
            start = 0;
            const qsizetype kept = buffer.size();
            buffer.resize(kept + ReadBlock);
            const qint64 got = device->read(buffer.data() + kept, ReadBlock);
            buffer.resize(kept + qMax<qint64>(0, got));
            if (got <= 0)
                break;
            for (qsizetype end = buffer.indexOf('\n', kept); end >= 0; end = buffer.indexOf('\n', start)) {
                feed(QByteArrayView(buffer).sliced(start, end - start));
                start = end + 1;
            }
        }
        if (start < buffer.size())
            feed(QByteArrayView(buffer).sliced(start)); // a last line without its line end
        // A damaged archive still yields the lines before the damage, and says where it broke.
        // KArchive reports a cut-off stream only by ending before its end.
        if (auto *compressed = qobject_cast<KCompressionDevice *>(device.get());
            compressed && (compressed->error() != QFileDevice::NoError || !compressed->atEnd()))
            m_chunk.rejections.push_back({ number + 1,
                compressed->error() != QFileDevice::NoError
                    ? Tr::tr("the compressed data is damaged after %1 lines: %2")
                          .arg(number)
                          .arg(device->errorString())
                    : Tr::tr("the compressed data is damaged after %1 lines: it ends early (the file is cut "
                             "off)")
                          .arg(number) });
        flush(true);
    }

    const QList<QList<LogSource>> &m_groups;
    const QList<int> &m_fileIndexes;
    QTimeZone m_zone;
    const ReceiverDirectory &m_receivers;
    const attribution::Attributor m_attributor;
    attribution::DeliveryAttributor m_attributions { m_attributor };
    ChunkQueue &m_queue;
    Chunk m_chunk;
    int m_currentFile = 0;
    const QFile *m_file = nullptr; // being read: its position (compressed bytes) is the progress
    qint64 m_lastPosition = 0;
    QHash<QString, QString> m_receiverCache;
    QByteArray m_sourcePathUtf8; // of the file being read, shared by its records
    QDateTime m_reference; // when the newest file of the group being read was written
};

} // namespace

DeliveryImport::DeliveryImport(const storage::Database &database, QTimeZone logTimeZone)
    : m_database(database)
    , m_logTimeZone(std::move(logTimeZone))
{ }

QList<CsvProfile> DeliveryImport::savedProfiles(const storage::Database &database)
{
    QList<CsvProfile> profiles;
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT definition FROM csv_profiles ORDER BY name")))
        return profiles;
    while (q.next()) {
        if (auto profile = CsvProfile::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            profiles.append(*profile);
    }
    return profiles;
}

bool DeliveryImport::saveProfile(const storage::Database &database, const CsvProfile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("a column mapping needs a name");
        return false;
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO csv_profiles (name, definition) VALUES (?, ?)"));
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

namespace {

bool isCustomersFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray line = f.readLine(64 * 1024);
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3);
    return attribution::CustomerCsv::looksLikeHeader(QByteArrayView(line).trimmed());
}

} // namespace

RoutedSources DeliveryImport::route(
    const storage::Database &database, const QStringList &paths, const QList<CsvProfile> &extraProfiles)
{
    RoutedSources routed;
    const QList<CsvProfile> profiles = extraProfiles + savedProfiles(database);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            routed.mail.append(path); // the mail reader says "does not exist" for both
            continue;
        }
        const QStringList files = mail::MailSourceReader::expand(path);
        if (info.isDir() && files.isEmpty()) {
            routed.mail.append(path);
            continue;
        }
        for (const QString &file : files) {
            const SniffResult sniffed = LogSniffer::sniff(file, profiles);
            switch (sniffed.verdict) {
            case SniffResult::Verdict::Log:
                routed.logs.append({ QFileInfo(file).absoluteFilePath(), sniffed.format, sniffed.profile });
                break;
            case SniffResult::Verdict::UnmappedTable:
                if (isCustomersFile(file)) {
                    routed.customers.append(QFileInfo(file).absoluteFilePath());
                    break;
                }
                routed.unreadable.append({ QFileInfo(file).absoluteFilePath(), 0,
                    Tr::tr("a table whose columns no saved profile maps: choose or create a column mapping "
                           "(abusedesk-cli import --profile FILE.json)") });
                break;
            case SniffResult::Verdict::NotALog:
                routed.mail.append(file);
                break;
            }
        }
    }
    return routed;
}

QList<QList<LogSource>> DeliveryImport::rotationGroups(const QList<LogSource> &sources)
{
    struct Keyed
    {
        QString group;
        qint64 order;
        LogSource source;
    };
    static const QRegularExpression compression(QStringLiteral("\\.(gz|bz2|xz)$"));
    static const QRegularExpression numbered(QStringLiteral("^(.*)\\.(\\d{1,4})$"));
    static const QRegularExpression dated(QStringLiteral("^(.*)[-._](\\d{8})$"));
    QList<Keyed> keyed;
    for (const LogSource &source : sources) {
        const QFileInfo info(source.path);
        QString name = info.fileName();
        name.remove(compression);
        qint64 order = std::numeric_limits<qint64>::max(); // the live file is the newest
        if (const auto m = numbered.match(name); m.hasMatch()) {
            name = m.captured(1);
            order = -m.captured(2).toLongLong(); // .2 is older than .1
        } else if (const auto d = dated.match(name); d.hasMatch()) {
            name = d.captured(1);
            order = d.captured(2).toLongLong();
        }
        const QString kind = source.format == LogFormat::Tabular ? tabularFormatName(source.profile)
                                                                 : formatName(source.format);
        keyed.append(
            { info.absolutePath() + QLatin1Char('/') + name + QLatin1Char('\t') + kind, order, source });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.group != b.group ? a.group < b.group : a.order < b.order;
    });
    QList<QList<LogSource>> groups;
    QString current;
    for (const Keyed &k : keyed) {
        // Tables are read on their own: only logs carry state from one file into the next.
        if (groups.isEmpty() || k.group != current || k.source.format == LogFormat::Tabular)
            groups.append(QList<LogSource>());
        current = k.group;
        groups.last().append(k.source);
    }
    return groups;
}

LogImportReport DeliveryImport::run(const QList<LogSource> &sources, const MailImport::ProgressSink &progress,
    const MailImport::CancelCheck &cancelled)
{
    LogImportReport report;
    storage::EvidenceStore batches(m_database);
    // Every record is attributed as it is read (deliveries on the reading thread, the rest as
    // stored), each thread with its own attributor.
    const attribution::Directory customers = storage::CustomerStore(m_database).directory();
    const attribution::Attributor attributor(customers);
    storage::DeliveryStore store(m_database, &attributor);
    QStringList origin;
    for (const LogSource &s : sources)
        origin.append(s.path);
    report.batchId = batches.beginBatch(origin.join(QLatin1Char('\n')));
    if (report.batchId < 0) {
        report.error = Tr::tr("cannot start the import: %1").arg(batches.lastError());
        return report;
    }

    // Memory stays flat however large the log: without memory-mapped reads, the database pages
    // an import touches count against SQLite's page cache only, not against the process.
    // A larger page cache keeps the indexes' hot pages (the recipient index takes inserts all
    // over) in memory: bounded, and the import's one big consumer.
    QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA mmap_size = 0"));
    QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -131072"));
    const auto restoreMapping = qScopeGuard([this] {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
        QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    });

    const QList<QList<LogSource>> groups = rotationGroups(sources);
    QList<int> fileIndexes;
    for (const QList<LogSource> &group : groups) {
        for (const LogSource &s : group) {
            fileIndexes.append(int(report.files.size()));
            report.files.append({ s.path,
                s.format == LogFormat::Tabular ? tabularFormatName(s.profile) : formatName(s.format) });
        }
    }

    const ReceiverDirectory receivers(m_database);
    ChunkQueue queue;
    Reader reader(groups, fileIndexes, m_logTimeZone, receivers, customers, queue);
    QThread *thread = QThread::create([&reader] { reader.run(); });
    thread->start();

    ImportProgress state;
    Chunk chunk;
    bool failed = false;
    // Several chunks share a transaction (commits cost the writer, the import's bottleneck);
    // what a transaction holds counts in the report only once it is committed.
    struct Pending
    {
        int file;
        qint64 lines, stored, duplicates;
        std::vector<LineRejection> rejections;
        qint64 position;
    };
    std::vector<Pending> pending;
    std::unique_ptr<storage::Transaction> tx;
    qsizetype inTransaction = 0;
    QElapsedTimer sinceCommit;
    auto commit = [&]() -> bool {
        if (!tx)
            return true;
        if (!store.flushAggregates() || !tx->commit()) {
            store.discardAggregates();
            report.error = Tr::tr("the database refused the import: %1")
                               .arg(store.lastError().isEmpty() ? tx->lastError() : store.lastError());
            tx.reset();
            pending.clear();
            return false;
        }
        tx.reset();
        inTransaction = 0;
        for (Pending &p : pending) {
            LogFileReport &file = report.files[p.file];
            file.lines += p.lines;
            file.stored += p.stored;
            file.duplicates += p.duplicates;
            file.rejected += qint64(p.rejections.size());
            report.linesRead += p.lines;
            report.stored += p.stored;
            report.duplicates += p.duplicates;
            report.rejectedLines += qint64(p.rejections.size());
            for (const LineRejection &r : p.rejections) {
                if (report.rejected.size() < MaxListedRejections)
                    report.rejected.append({ file.path, r.line, r.reason });
            }
            state.currentFile = file.path;
            state.bytesInFile = p.position;
        }
        pending.clear();
        if (progress) {
            state.messages = report.stored + report.duplicates;
            progress(state);
        }
        return true;
    };
    while (queue.pop(chunk)) {
        const QString &path = report.files[chunk.file].path;
        if (cancelled && cancelled()) {
            report.cancelled = true;
            break;
        }
        if (!tx) {
            tx = std::make_unique<storage::Transaction>(m_database.connection());
            sinceCommit.start();
        }
        Pending done { chunk.file, chunk.lines, 0, 0, std::move(chunk.rejections), chunk.position };
        auto count = [&](storage::DeliveryStore::Outcome outcome) {
            if (outcome == storage::DeliveryStore::Outcome::Stored)
                ++done.stored;
            else if (outcome == storage::DeliveryStore::Outcome::Duplicate)
                ++done.duplicates;
            else
                failed = true;
        };
        for (const auto &d : chunk.deliveries)
            count(store.store(report.batchId, d));
        for (const auto &[optOut, receiver] : chunk.optOuts)
            count(store.store(report.batchId, path, optOut, receiver));
        for (const auto &seed : chunk.seeds)
            count(store.store(report.batchId, path, seed));
        for (const auto &listing : chunk.listings)
            count(store.store(report.batchId, path, listing));
        for (const LineRejection &r : done.rejections)
            store.recordRejection(report.batchId, path, r.line, r.reason);
        if (failed) {
            store.discardAggregates();
            report.error = Tr::tr("the database refused the import: %1").arg(store.lastError());
            tx.reset(); // rolled back
            pending.clear();
            break;
        }
        inTransaction += chunk.size();
        pending.push_back(std::move(done));
        if ((inTransaction >= RecordsPerTransaction || sinceCommit.elapsed() >= 1000) && !commit()) {
            failed = true;
            break;
        }
    }
    if (!failed && !commit())
        failed = true;
    queue.stop();
    thread->wait();
    delete thread;

    {
        storage::Transaction tx(m_database.connection());
        for (const LogFileReport &f : std::as_const(report.files))
            store.recordFile(report.batchId, f.path, f.format, f.lines, f.stored, f.duplicates, f.rejected);
        (void)tx.commit();
    }
    batches.finishBatch(report.batchId,
        failed                 ? QStringLiteral("failed")
            : report.cancelled ? QStringLiteral("cancelled")
                               : QStringLiteral("finished"),
        { report.linesRead, report.stored, report.duplicates, report.rejectedLines });
    return report;
}

} // namespace abusedesk::importing
