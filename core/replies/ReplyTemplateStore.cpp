// SPDX-License-Identifier: GPL-2.0-or-later
#include "replies/ReplyTemplateStore.h"

#include "common/IsoTime.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace abusedesk::replies {

namespace {

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyTemplateStore)
};

constexpr auto Columns = "name, title, audience, categories, subject, body, shipped";

ReplyTemplate readRow(const QSqlQuery &q)
{
    ReplyTemplate t;
    t.name = q.value(0).toString();
    t.title = q.value(1).toString();
    t.audience = q.value(2).toString();
    t.categories = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.subject = q.value(4).toString();
    t.body = q.value(5).toString();
    t.shipped = q.value(6).toBool();
    return t;
}

int shippedRank(const QString &name)
{
    const QList<ReplyTemplate> &shipped = ReplyTemplate::shippedTemplates();
    for (qsizetype i = 0; i < shipped.size(); ++i)
        if (shipped.at(i).name == name)
            return int(i);
    return int(shipped.size());
}

QString insertSql(const QString &verb)
{
    return QStringLiteral("%1 INTO reply_templates (%2, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(verb, QLatin1String(Columns));
}

// In the order of Columns, then updated_at.
void bindTemplate(QSqlQuery &q, const ReplyTemplate &t)
{
    q.addBindValue(t.name);
    q.addBindValue(t.title);
    q.addBindValue(t.audience);
    q.addBindValue(t.categories.join(QLatin1Char(',')));
    q.addBindValue(t.subject);
    q.addBindValue(t.body);
    q.addBindValue(t.shipped ? 1 : 0);
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
}

const ReplyTemplate *shippedNamed(const QString &name)
{
    for (const ReplyTemplate &t : ReplyTemplate::shippedTemplates())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

ReplyTemplateStore::ReplyTemplateStore(const storage::Database &database)
    : m_database(database)
{
    seed();
}

bool ReplyTemplateStore::failed(const QString &error)
{
    m_lastError = error;
    return false;
}

void ReplyTemplateStore::seed()
{
    // Missing shipped templates are added, and the ones the analyst never changed (shipped = 1)
    // follow the program's current wording; a template the analyst edited stays as edited.
    QSqlQuery q(m_database.connection());
    q.prepare(insertSql(QStringLiteral("INSERT"))
        + QStringLiteral(
            " ON CONFLICT(name) DO UPDATE SET title = excluded.title, audience = "
            "excluded.audience, categories = excluded.categories, subject = excluded.subject, "
            "body = excluded.body, updated_at = excluded.updated_at WHERE reply_templates.shipped = 1 "
            "AND (reply_templates.title, reply_templates.audience, reply_templates.categories, "
            "reply_templates.subject, reply_templates.body) IS NOT (excluded.title, "
            "excluded.audience, excluded.categories, excluded.subject, excluded.body)"));
    for (const ReplyTemplate &t : ReplyTemplate::shippedTemplates()) {
        bindTemplate(q, t);
        if (!q.exec())
            m_lastError = q.lastError().text();
    }
}

QList<ReplyTemplate> ReplyTemplateStore::templates() const
{
    QList<ReplyTemplate> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM reply_templates ORDER BY name").arg(QLatin1String(Columns))))
        return list;
    while (q.next())
        list.append(readRow(q));
    std::stable_sort(list.begin(), list.end(), [](const ReplyTemplate &a, const ReplyTemplate &b) {
        return shippedRank(a.name) < shippedRank(b.name);
    });
    return list;
}

std::optional<ReplyTemplate> ReplyTemplateStore::find(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM reply_templates WHERE name = ?").arg(QLatin1String(Columns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return readRow(q);
    return std::nullopt;
}

bool ReplyTemplateStore::save(const ReplyTemplate &t)
{
    if (const QString why = t.problem(); !why.isEmpty())
        return failed(why);
    const ReplyTemplate *shipped = shippedNamed(t.name);
    ReplyTemplate stored = t;
    stored.shipped = false;
    if (shipped) {
        ReplyTemplate asShipped = *shipped;
        asShipped.shipped = false;
        stored.shipped = asShipped == stored;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(insertSql(QStringLiteral("INSERT OR REPLACE")));
    bindTemplate(q, stored);
    if (!q.exec())
        return failed(Tr::tr("the template could not be saved: %1").arg(q.lastError().text()));
    return true;
}

bool ReplyTemplateStore::remove(const QString &name)
{
    if (shippedNamed(name))
        return failed(Tr::tr("\"%1\" ships with the program: it can be reset, not removed").arg(name));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM reply_templates WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return failed(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return failed(Tr::tr("there is no template \"%1\"").arg(name));
    return true;
}

bool ReplyTemplateStore::reset(const QString &name)
{
    const ReplyTemplate *shipped = shippedNamed(name);
    if (!shipped)
        return failed(Tr::tr("\"%1\" is not a shipped template").arg(name));
    return save(*shipped);
}

bool ReplyTemplateStore::exportTo(const QString &name, const QString &path)
{
    const std::optional<ReplyTemplate> t = find(name);
    if (!t)
        return failed(Tr::tr("there is no template \"%1\"").arg(name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(t->toFile()) < 0 || !file.commit())
        return failed(Tr::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return true;
}

QString ReplyTemplateStore::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failed(Tr::tr("%1 could not be read: %2").arg(path, file.errorString()));
        return {};
    }
    QString error;
    const std::optional<ReplyTemplate> t = ReplyTemplate::fromFile(file.read(1 << 20), &error);
    if (!t) {
        failed(Tr::tr("%1 is not a reply template: %2").arg(path, error));
        return {};
    }
    return save(*t) ? t->name : QString();
}

} // namespace abusedesk::replies
