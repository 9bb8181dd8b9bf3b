// SPDX-License-Identifier: GPL-2.0-or-later
#include "attribution/Attributor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace abusedesk::attribution {

namespace {

struct KindName
{
    RuleKind kind;
    const char *name;
};
constexpr KindName RuleNames[] = { { RuleKind::LogCustomer, "log-customer" }, { RuleKind::Header, "header" },
    { RuleKind::SourceIp, "source-ip" }, { RuleKind::DkimDomain, "dkim-domain" },
    { RuleKind::ReturnPathDomain, "return-path-domain" }, { RuleKind::ListId, "list-id" },
    { RuleKind::FromDomain, "from-domain" }, { RuleKind::Contact, "contact" },
    { RuleKind::NamedInText, "named-in-text" } };

struct IdentifierName
{
    IdentifierKind kind;
    const char *name;
};
constexpr IdentifierName IdentifierNames[] = { { IdentifierKind::Ip, "ip" },
    { IdentifierKind::Domain, "domain" }, { IdentifierKind::DkimDomain, "dkim-domain" },
    { IdentifierKind::ReturnPathDomain, "return-path-domain" }, { IdentifierKind::FromDomain, "from-domain" },
    { IdentifierKind::ListId, "list-id" }, { IdentifierKind::Header, "header" },
    { IdentifierKind::Contact, "contact" } };

// The translation context of this file's messages (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Attribution)
};

QString day(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).date(), u"d MMMM yyyy");
}

/// "news.example.com" from "News <news.example.com>" or "news.example.com".
QString listIdValue(const QString &text)
{
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('>'));
    const QString inner = open >= 0 && close > open ? text.mid(open + 1, close - open - 1) : text;
    return inner.trimmed().toLower();
}

QStringList strings(const QJsonValue &v)
{
    if (v.isString())
        return { v.toString() };
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}

// The kinds whose text may attribute a message (complaints, requests, notices).
bool kindLetsTextCount(const QString &kind)
{
    return kind == QLatin1String("complaint") || kind == QLatin1String("escalated-complaint")
        || kind == QLatin1String("unsubscribe-request") || kind == QLatin1String("blocklist-notice");
}

qint64 isoSeconds(const QJsonValue &v)
{
    if (!v.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

bool isDomainKind(IdentifierKind kind)
{
    return kind == IdentifierKind::Domain || kind == IdentifierKind::DkimDomain
        || kind == IdentifierKind::ReturnPathDomain || kind == IdentifierKind::FromDomain;
}

} // namespace

QString ruleKindName(RuleKind kind)
{
    for (const KindName &k : RuleNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<RuleKind> ruleKindFromName(QStringView name)
{
    for (const KindName &k : RuleNames)
        if (name.compare(QLatin1StringView(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

QString identifierKindName(IdentifierKind kind)
{
    for (const IdentifierName &k : IdentifierNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<IdentifierKind> identifierKindFromName(QStringView name)
{
    for (const IdentifierName &k : IdentifierNames)
        if (name.compare(QLatin1StringView(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

QString domainOf(QStringView addressOrDomain)
{
    QStringView s = addressOrDomain.trimmed();
    if (s.startsWith(QLatin1Char('<')) && s.endsWith(QLatin1Char('>')))
        s = s.sliced(1, s.size() - 2);
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        s = s.sliced(at + 1);
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.toString().toLower();
}

QString Rule::title() const
{
    switch (kind) {
    case RuleKind::LogCustomer:
        return Tr::tr("Customer named by the log");
    case RuleKind::Header:
        return Tr::tr("Header %1").arg(header);
    case RuleKind::SourceIp:
        return Tr::tr("Source-IP");
    case RuleKind::DkimDomain:
        return Tr::tr("DKIM d= domain");
    case RuleKind::ReturnPathDomain:
        return Tr::tr("Return-Path domain");
    case RuleKind::ListId:
        return Tr::tr("List-Id");
    case RuleKind::FromDomain:
        return Tr::tr("From domain");
    case RuleKind::Contact:
        return Tr::tr("Written by a customer's contact");
    case RuleKind::NamedInText:
        return Tr::tr("Named in the text");
    }
    return {};
}

QString Rule::problem() const
{
    if (kind != RuleKind::Header)
        return {};
    if (header.trimmed().isEmpty())
        return Tr::tr("a header rule needs the header's name");
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        if (!re.isValid())
            return Tr::tr("the pattern is not a valid regular expression: %1 (at character %2)")
                .arg(re.errorString())
                .arg(re.patternErrorOffset() + 1);
        if (re.captureCount() > 1)
            return Tr::tr("the pattern must have at most one capture, it has %1").arg(re.captureCount());
    }
    return {};
}

ItemFacts ItemFacts::fromMessageFacts(const QByteArray &factsJson)
{
    const QJsonObject facts = QJsonDocument::fromJson(factsJson).object();
    ItemFacts f;
    const QString kind = facts.value(QLatin1String("kind")).toString();
    const QJsonObject original = facts.value(QLatin1String("original")).toObject();
    const QJsonObject feedback = facts.value(QLatin1String("feedback")).toObject();
    f.when = isoSeconds(original.value(QLatin1String("date")));
    if (f.when == 0)
        f.when = isoSeconds(feedback.value(QLatin1String("arrival_date")));
    if (f.when == 0)
        f.when = isoSeconds(facts.value(QLatin1String("date")));
    const QJsonObject headers = original.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        for (const QString &value : strings(it.value()))
            f.headers.append({ it.key(), value });
    if (const QJsonValue id = original.value(QLatin1String("feedback_id")); id.isString())
        f.headers.append({ QStringLiteral("Feedback-ID"), id.toString() });
    f.sourceIps = strings(feedback.value(QLatin1String("source_ip")));
    f.dkimDomains = strings(original.value(QLatin1String("dkim_domains")));
    f.returnPaths = strings(original.value(QLatin1String("return_path")))
        + strings(feedback.value(QLatin1String("original_mail_from")));
    f.fromAddresses = strings(original.value(QLatin1String("from")))
        + strings(feedback.value(QLatin1String("reported_domain")));
    f.listIds = strings(original.value(QLatin1String("list_id")));
    f.senderAddress = facts.value(QLatin1String("from")).toString();
    const QJsonObject named = facts.value(QLatin1String("named")).toObject();
    f.namedDomains = strings(named.value(QLatin1String("domains")));
    f.namedIps = strings(named.value(QLatin1String("ips")));
    f.textCounts = kindLetsTextCount(kind);
    return f;
}

ItemFacts ItemFacts::fromAnalysis(const mail::MessageAnalysis &analysis)
{
    // The same reading as fromMessageFacts (tst_attributor compares the two on every message of
    // a demo case): a value absent from the facts is empty here.
    const mail::MessageAnalysis::Identifiers &ids = analysis.identifiers;
    const mail::OriginalMessage::Summary &original = ids.original;
    auto list = [](const QString &value) { return value.isEmpty() ? QStringList() : QStringList { value }; };
    ItemFacts f;
    f.when = original.date ? original.date : ids.arrivalDate ? ids.arrivalDate : ids.date;
    f.headers = original.headers;
    if (!original.feedbackId.isEmpty())
        f.headers.append({ QStringLiteral("Feedback-ID"), original.feedbackId });
    f.sourceIps = list(ids.sourceIp);
    f.dkimDomains = original.dkimDomains;
    f.returnPaths = list(original.returnPath) + list(ids.originalMailFrom);
    f.fromAddresses = list(original.from) + ids.reportedDomains;
    f.listIds = list(original.listId);
    f.senderAddress = analysis.fromAddress;
    f.namedDomains = ids.namedDomains;
    f.namedIps = ids.namedIps;
    f.textCounts = kindLetsTextCount(analysis.kind);
    return f;
}

ItemFacts ItemFacts::forDelivery(
    const QString &customerRef, const QString &envelopeSender, const QString &sendingIp, qint64 when)
{
    ItemFacts f;
    f.when = when;
    f.logCustomer = customerRef;
    if (!envelopeSender.isEmpty())
        f.returnPaths.append(envelopeSender);
    if (!sendingIp.isEmpty())
        f.sourceIps.append(sendingIp);
    return f;
}

const Attribution &DeliveryAttributor::attribute(
    const QString &customerRef, const QString &envelopeSender, const QString &sendingIp, qint64 when)
{
    const QString key = customerRef + QLatin1Char('\n') + domainOf(envelopeSender) + QLatin1Char('\n')
        + sendingIp + QLatin1Char('\n') + QString::number(when / 86400);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    if (m_cache.size() > 20000) // bounded: a few MB
        m_cache.clear();
    return *m_cache.insert(
        key, m_attributor.attribute(ItemFacts::forDelivery(customerRef, envelopeSender, sendingIp, when)));
}

ItemFacts ItemFacts::forTarget(const QString &target, qint64 listedAt)
{
    ItemFacts f;
    f.when = listedAt;
    const QString t = target.trimmed();
    if (t.contains(QLatin1Char('/'))) {
        const auto [network, prefix] = QHostAddress::parseSubnet(t);
        if (!network.isNull())
            f.sourceIps.append(network.toString());
    } else if (!QHostAddress(t).isNull()) {
        f.sourceIps.append(t);
    } else {
        f.dkimDomains.append(t);
        f.returnPaths.append(t);
        f.fromAddresses.append(t);
    }
    return f;
}

QByteArray Attribution::problemsJson() const
{
    if (disagreements.isEmpty() && ambiguous.isEmpty())
        return {};
    QJsonArray list;
    auto add = [&list](const Match &m, bool isAmbiguous) {
        QJsonObject o { { QStringLiteral("rule"), m.ruleId }, { QStringLiteral("customer"), m.customerId },
            { QStringLiteral("value"), m.value } };
        if (m.identifierId)
            o.insert(QStringLiteral("identifier"), m.identifierId);
        if (isAmbiguous)
            o.insert(QStringLiteral("ambiguous"), true);
        list.append(o);
    };
    for (const Match &m : disagreements)
        add(m, false);
    for (const Match &m : ambiguous)
        add(m, true);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

void Attribution::setProblemsJson(const QByteArray &json)
{
    disagreements.clear();
    ambiguous.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        const Match m { o.value(QLatin1String("rule")).toInteger(),
            o.value(QLatin1String("customer")).toInteger(), o.value(QLatin1String("identifier")).toInteger(),
            o.value(QLatin1String("value")).toString() };
        (o.value(QLatin1String("ambiguous")).toBool() ? ambiguous : disagreements).append(m);
    }
}

void Attributor::Candidates::add(const Match &m)
{
    for (const Match &existing : std::as_const(matches))
        if (existing.customerId == m.customerId)
            return;
    matches.append(m);
}

Attributor::Attributor(Directory directory)
    : m_directory(std::move(directory))
{
    std::stable_sort(m_directory.rules.begin(), m_directory.rules.end(),
        [](const Rule &a, const Rule &b) { return a.position < b.position; });
    for (int i = 0; i < m_directory.rules.size(); ++i) {
        const Rule &r = m_directory.rules.at(i);
        m_ruleIndex.insert(r.id, i);
        QRegularExpression re;
        if (r.kind == RuleKind::Header && !r.pattern.isEmpty()) {
            re = QRegularExpression(r.pattern, QRegularExpression::CaseInsensitiveOption);
            re.optimize();
        }
        m_patterns.append(re);
        m_usable.append(r.enabled && r.problem().isEmpty());
    }
    for (const QString &network : std::as_const(m_directory.ownNetworks)) {
        const QString n = network.trimmed();
        const auto subnet = QHostAddress::parseSubnet(n.contains(QLatin1Char('/'))
                ? n
                : n + (n.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (!subnet.first.isNull())
            m_ownNetworks.append(subnet);
    }
    for (int i = 0; i < m_directory.customers.size(); ++i) {
        const CustomerEntry &c = m_directory.customers.at(i);
        m_customerIndex.insert(c.id, i);
        if (!c.externalId.isEmpty())
            m_byExternalId.insert(c.externalId.trimmed().toLower(), c.id);
        for (const QString &contact : c.contacts)
            m_contacts.insert(contact.trimmed().toLower(), c.id);
    }
    for (int i = 0; i < m_directory.identifiers.size(); ++i) {
        const Identifier &id = m_directory.identifiers.at(i);
        m_identifierIndex.insert(id.id, i);
        const QString value = id.value.trimmed();
        if (id.kind == IdentifierKind::Ip) {
            const auto [network, prefix] = QHostAddress::parseSubnet(value.contains(QLatin1Char('/')) ? value
                                                                                                      : value
                        + (value.contains(QLatin1Char(':')) ? QStringLiteral("/128")
                                                            : QStringLiteral("/32")));
            if (network.isNull())
                continue;
            const bool single = (network.protocol() == QAbstractSocket::IPv4Protocol && prefix == 32)
                || (network.protocol() == QAbstractSocket::IPv6Protocol && prefix == 128);
            if (single)
                m_exactIps[network.toString()].append(i);
            else
                m_ranges.append({ network, prefix, i });
        } else if (isDomainKind(id.kind)) {
            m_domains[domainOf(value)].append(i);
        } else if (id.kind == IdentifierKind::ListId) {
            m_listIds[listIdValue(value)].append(i);
        } else if (id.kind == IdentifierKind::Header) {
            m_headerValues[id.header.trimmed().toLower() + QLatin1Char('\n') + value.toLower()].append(i);
            m_anyHeaderValue[value.toLower()].append(i);
        } else if (id.kind == IdentifierKind::Contact) {
            m_contacts.insert(value.toLower(), id.customerId);
        }
    }
}

const CustomerEntry *Attributor::customer(qint64 id) const
{
    const auto it = m_customerIndex.constFind(id);
    return it == m_customerIndex.cend() ? nullptr : &m_directory.customers.at(*it);
}

const Identifier *Attributor::identifier(qint64 id) const
{
    const auto it = m_identifierIndex.constFind(id);
    return it == m_identifierIndex.cend() ? nullptr : &m_directory.identifiers.at(*it);
}

const Rule *Attributor::rule(qint64 id) const
{
    const auto it = m_ruleIndex.constFind(id);
    return it == m_ruleIndex.cend() ? nullptr : &m_directory.rules.at(*it);
}

void Attributor::matchDomain(QStringView text, const Rule &rule, IdentifierKind kind, Candidates &out) const
{
    // The longest registered domain the value is, or is a subdomain of.
    QString domain = domainOf(text);
    while (!domain.isEmpty()) {
        if (const auto it = m_domains.constFind(domain); it != m_domains.cend()) {
            Candidates found;
            for (int index : *it) {
                const Identifier &id = m_directory.identifiers.at(index);
                if (id.kind == kind || id.kind == IdentifierKind::Domain || kind == IdentifierKind::Domain)
                    found.add({ rule.id, id.customerId, id.id, text.toString().trimmed() });
            }
            if (!found.matches.isEmpty()) {
                for (const Match &m : std::as_const(found.matches))
                    out.add(m);
                return;
            }
        }
        const qsizetype dot = domain.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        domain = domain.mid(dot + 1);
    }
}

void Attributor::matchIp(const QString &text, const Rule &rule, qint64 when, Candidates &out) const
{
    const QHostAddress address(text.trimmed());
    if (address.isNull())
        return;
    auto consider = [&](int index) {
        const Identifier &id = m_directory.identifiers.at(index);
        if (id.validAt(when))
            out.add({ rule.id, id.customerId, id.id, address.toString() });
    };
    if (const auto it = m_exactIps.constFind(address.toString()); it != m_exactIps.cend())
        for (int index : *it)
            consider(index);
    for (const Range &r : m_ranges)
        if (address.isInSubnet(r.network, r.prefix))
            consider(r.identifier);
}

Attributor::Candidates Attributor::evaluate(const Rule &rule, int ruleIndex, const ItemFacts &facts) const
{
    Candidates c;
    switch (rule.kind) {
    case RuleKind::LogCustomer: {
        const QString ref = facts.logCustomer.trimmed().toLower();
        if (ref.isEmpty())
            break;
        if (const auto it = m_byExternalId.constFind(ref); it != m_byExternalId.cend()) {
            c.add({ rule.id, *it, 0, facts.logCustomer });
            break;
        }
        if (const auto it = m_anyHeaderValue.constFind(ref); it != m_anyHeaderValue.cend())
            for (int index : *it) {
                const Identifier &id = m_directory.identifiers.at(index);
                c.add({ rule.id, id.customerId, id.id, facts.logCustomer });
            }
        break;
    }
    case RuleKind::Header: {
        const QString name = rule.header.trimmed().toLower();
        const QRegularExpression &re = m_patterns.at(ruleIndex);
        for (const auto &[header, value] : facts.headers) {
            if (header.compare(rule.header, Qt::CaseInsensitive) != 0)
                continue;
            QString captured = value.trimmed();
            if (re.pattern().size()) {
                const QRegularExpressionMatch m = re.match(value);
                if (!m.hasMatch())
                    continue;
                captured = re.captureCount() >= 1 ? m.captured(1) : m.captured(0);
            }
            if (const auto it = m_headerValues.constFind(name + QLatin1Char('\n') + captured.toLower());
                it != m_headerValues.cend())
                for (int index : *it) {
                    const Identifier &id = m_directory.identifiers.at(index);
                    c.add({ rule.id, id.customerId, id.id, captured });
                }
        }
        break;
    }
    case RuleKind::SourceIp:
        for (const QString &ip : facts.sourceIps)
            matchIp(ip, rule, facts.when, c);
        break;
    case RuleKind::DkimDomain:
        for (const QString &d : facts.dkimDomains)
            matchDomain(d, rule, IdentifierKind::DkimDomain, c);
        break;
    case RuleKind::ReturnPathDomain:
        for (const QString &d : facts.returnPaths)
            matchDomain(d, rule, IdentifierKind::ReturnPathDomain, c);
        break;
    case RuleKind::FromDomain:
        for (const QString &d : facts.fromAddresses)
            matchDomain(d, rule, IdentifierKind::FromDomain, c);
        break;
    case RuleKind::ListId:
        for (const QString &l : facts.listIds) {
            if (const auto it = m_listIds.constFind(listIdValue(l)); it != m_listIds.cend())
                for (int index : *it) {
                    const Identifier &id = m_directory.identifiers.at(index);
                    c.add({ rule.id, id.customerId, id.id, listIdValue(l) });
                }
        }
        break;
    case RuleKind::Contact:
        if (const auto it = m_contacts.constFind(facts.senderAddress.trimmed().toLower());
            it != m_contacts.cend())
            c.add({ rule.id, *it, 0, facts.senderAddress.trimmed() });
        break;
    case RuleKind::NamedInText:
        if (!facts.textCounts)
            break;
        for (const QString &d : facts.namedDomains)
            matchDomain(d, rule, IdentifierKind::Domain, c);
        for (const QString &ip : facts.namedIps)
            matchIp(ip, rule, facts.when, c);
        break;
    }
    return c;
}

Attribution Attributor::attribute(const ItemFacts &facts) const
{
    Attribution a;
    QList<Candidates> results;
    results.reserve(m_directory.rules.size());
    for (int i = 0; i < m_directory.rules.size(); ++i) {
        const Rule &rule = m_directory.rules.at(i);
        results.append(m_usable.at(i) ? evaluate(rule, i, facts) : Candidates());
        if (a.customerId == 0 && results.constLast().matches.size() == 1) {
            const Match &m = results.constLast().matches.constFirst();
            a.customerId = m.customerId;
            a.ruleId = m.ruleId;
            a.identifierId = m.identifierId;
            a.value = m.value;
        }
    }
    for (const Candidates &c : std::as_const(results)) {
        if (c.matches.isEmpty())
            continue;
        if (a.customerId == 0) {
            a.ambiguous += c.matches;
            continue;
        }
        const bool agrees = std::any_of(c.matches.cbegin(), c.matches.cend(),
            [&](const Match &m) { return m.customerId == a.customerId; });
        if (!agrees)
            a.disagreements += c.matches;
    }
    return a;
}

MessageAttribution Attributor::attributeMessage(const QByteArray &factsJson) const
{
    return attributeMessage(ItemFacts::fromMessageFacts(factsJson));
}

MessageAttribution Attributor::attributeMessage(const ItemFacts &facts) const
{
    MessageAttribution m;
    m.attribution = attribute(facts);
    m.named = !facts.namedDomains.isEmpty() || !facts.namedIps.isEmpty();
    if (m.named)
        m.mentions = mentions(facts);
    return m;
}

QList<Match> Attributor::mentions(const ItemFacts &facts) const
{
    static const Rule anyText { 0, 0, RuleKind::NamedInText, {}, {}, true };
    QList<Match> out;
    QSet<QString> seen; // value and customer
    const auto keep = [&](const Match &m) {
        const QString key = m.value + QLatin1Char('\n') + QString::number(m.customerId);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(m);
        }
    };
    for (const QString &d : facts.namedDomains) {
        Candidates customers;
        matchDomain(d, anyText, IdentifierKind::Domain, customers);
        for (const Match &m : std::as_const(customers.matches))
            keep(m);
        const QString domain = domainOf(d);
        for (const QString &own : m_directory.ownDomains) {
            const QString o = own.trimmed().toLower();
            if (!o.isEmpty() && (domain == o || domain.endsWith(QLatin1Char('.') + o)))
                keep({ 0, 0, 0, domain });
        }
    }
    for (const QString &ip : facts.namedIps) {
        const QHostAddress address(ip.trimmed());
        for (const auto &[network, prefix] : std::as_const(m_ownNetworks))
            if (!address.isNull() && address.isInSubnet(network, prefix))
                keep({ 0, 0, 0, address.toString() });
        Candidates customers;
        matchIp(ip, anyText, facts.when, customers);
        for (const Match &m : std::as_const(customers.matches))
            keep(m);
    }
    return out;
}

QString Attributor::describe(const Match &m, qint64 when) const
{
    const CustomerEntry *c = customer(m.customerId);
    const QString who = c ? c->name : Tr::tr("customer %1").arg(m.customerId);
    const Rule *r = rule(m.ruleId);
    const Identifier *id = identifier(m.identifierId);
    if (r
        && (r->kind == RuleKind::SourceIp
            || (r->kind == RuleKind::NamedInText && id && id->kind == IdentifierKind::Ip))) {
        QString held;
        const QString range = id && id->value != m.value ? Tr::tr(" (in %1)").arg(id->value) : QString();
        if (!id || (id->validFrom == 0 && id->validUntil == 0))
            held = Tr::tr("%1 %2%3 is held by %4").arg(r->title(), m.value, range, who);
        else if (id->validUntil == 0)
            held = Tr::tr("%1 %2%3 was held by %4 from %5")
                       .arg(r->title(), m.value, range, who, day(id->validFrom));
        else if (id->validFrom == 0)
            held = Tr::tr("%1 %2%3 was held by %4 until %5")
                       .arg(r->title(), m.value, range, who, day(id->validUntil));
        else
            held = Tr::tr("%1 %2%3 was held by %4 from %5 until %6")
                       .arg(r->title(), m.value, range, who, day(id->validFrom), day(id->validUntil));
        if (id && id->shared)
            held += Tr::tr(", shared with other customers");
        if (when)
            held += Tr::tr("; the mail was sent on %1").arg(day(when));
        return held;
    }
    if (!r)
        return Tr::tr("%1 names %2").arg(m.value, who);
    switch (r->kind) {
    case RuleKind::LogCustomer:
        return id ? Tr::tr("The log names customer %1, %2's value of %3").arg(m.value, who, id->header)
                  : Tr::tr("The log names customer %1, the id of %2").arg(m.value, who);
    case RuleKind::Header:
        return Tr::tr("%1 carries %2, which identifies %3").arg(r->title(), m.value, who);
    case RuleKind::Contact:
        return Tr::tr("Written by %1, a contact of %2").arg(m.value, who);
    case RuleKind::NamedInText:
        return Tr::tr("The text names %1, a domain of %2").arg(m.value, who);
    default:
        break;
    }
    const QString registered = id && domainOf(id->value) != domainOf(m.value)
        ? Tr::tr(" (registered: %1)").arg(id->value)
        : QString();
    return Tr::tr("%1 %2 belongs to %3%4").arg(r->title(), m.value, who, registered);
}

QStringList Attributor::explain(const Attribution &a, qint64 when) const
{
    QStringList lines;
    if (a.isAttributed()) {
        const Rule *r = rule(a.ruleId);
        lines.append(describe({ a.ruleId, a.customerId, a.identifierId, a.value }, when)
            + (r ? Tr::tr(" (rule %1)").arg(r->position) : QString()));
    } else {
        lines.append(Tr::tr("No rule names one customer."));
    }
    for (const Match &m : a.disagreements)
        lines.append(Tr::tr("Disagreement: %1").arg(describe(m, when)));
    for (const Match &m : a.ambiguous)
        lines.append(Tr::tr("Not decisive: %1").arg(describe(m, when)));
    return lines;
}

QStringList Attributor::clues(const ItemFacts &f) const
{
    QStringList out;
    auto add = [&out](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            out.append(label + QLatin1String(": ") + values.join(QLatin1String(", ")));
    };
    QStringList headers;
    for (const auto &[name, value] : f.headers)
        headers.append(name + QLatin1String(": ") + value);
    add(Tr::tr("Customer in the log"),
        f.logCustomer.isEmpty() ? QStringList() : QStringList { f.logCustomer });
    add(Tr::tr("Headers"), headers);
    add(Tr::tr("Source-IP"), f.sourceIps);
    add(Tr::tr("DKIM d="), f.dkimDomains);
    add(Tr::tr("Return-Path"), f.returnPaths);
    add(Tr::tr("From"), f.fromAddresses);
    add(Tr::tr("List-Id"), f.listIds);
    add(Tr::tr("Written by"), f.senderAddress.isEmpty() ? QStringList() : QStringList { f.senderAddress });
    add(Tr::tr("Domains named in the text"), f.namedDomains);
    add(Tr::tr("Addresses named in the text"), f.namedIps);
    if (f.when)
        out.append(Tr::tr("Sent: %1").arg(day(f.when)));
    return out;
}

} // namespace abusedesk::attribution
