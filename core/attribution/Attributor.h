// SPDX-License-Identifier: GPL-2.0-or-later
// Which list owner caused this? (design.md §2 "Attribution rule", issue 5.) Ordered rules read
// what an item offers (the log's customer field, configured headers of the original, the
// sending address at the time, DKIM/Return-Path/From domains, List-Id, the sender's address,
// domains and addresses named in a complaint's text) and look it up in the customers'
// identifiers. The first rule that names exactly one customer decides; every other rule that
// names someone else is kept as a disagreement for the analyst, never silently dropped, and a
// value several customers held at once (a shared pool) decides nothing.
#pragma once

#include "mail/MessageAnalyzer.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace abusedesk::attribution {

enum class RuleKind {
    LogCustomer, ///< the customer field of a log or send log: an external id or a header value
    Header, ///< a configured header of the original (name + regular expression with one capture)
    SourceIp, ///< the address the mail left from, held by the customer at that time
    DkimDomain,
    ReturnPathDomain,
    ListId,
    FromDomain,
    Contact, ///< the message was written from a customer's contact address
    NamedInText, ///< a complaint, request or notice names a customer's domain or address
};

enum class IdentifierKind { Ip, Domain, DkimDomain, ReturnPathDomain, FromDomain, ListId, Header, Contact };

[[nodiscard]] QString ruleKindName(RuleKind kind); ///< "source-ip" … as stored
[[nodiscard]] std::optional<RuleKind> ruleKindFromName(QStringView name);
[[nodiscard]] QString identifierKindName(IdentifierKind kind); ///< "ip", "dkim-domain" … as stored
[[nodiscard]] std::optional<IdentifierKind> identifierKindFromName(QStringView name);

struct Rule
{
    qint64 id = 0;
    int position = 0;
    RuleKind kind = RuleKind::SourceIp;
    QString header; ///< Header rules: the header's name
    QString
        pattern; ///< Header rules: a regular expression; its first capture (or the whole match) is the value
    bool enabled = true;

    /// "Source-IP", "Header X-Customer-ID" … for the analyst.
    [[nodiscard]] QString title() const;
    /// Empty when the rule can be used, else why not (a header rule without header, a bad pattern).
    [[nodiscard]] QString problem() const;
};

struct Identifier
{
    qint64 id = 0;
    qint64 customerId = 0;
    IdentifierKind kind = IdentifierKind::Ip;
    QString header; ///< Header identifiers: the header the value is read from
    QString value; ///< address or CIDR range, domain, List-Id, header value, contact address
    qint64 validFrom = 0; ///< Unix seconds, included; 0 = always
    qint64 validUntil = 0; ///< Unix seconds, excluded; 0 = still held
    bool shared = false; ///< a pool several customers use at once
    QString note;

    [[nodiscard]] bool validAt(qint64 when) const
    {
        return when == 0 || ((validFrom == 0 || when >= validFrom) && (validUntil == 0 || when < validUntil));
    }
};

struct CustomerEntry
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QStringList contacts; ///< e-mail addresses
};

/// Everything attribution reads, loaded once per import or run (storage::CustomerStore).
struct Directory
{
    QList<CustomerEntry> customers;
    QList<Identifier> identifiers;
    QList<Rule> rules; ///< in position order
    QStringList ownDomains; ///< the sender's own domains (policy own_domains): mentioned, never a customer
    QStringList ownNetworks; ///< the sender's own addresses and CIDR ranges (policy own_networks), likewise
};

/// What one item (a message's facts, a delivery, an opt-out, a listing) offers.
struct ItemFacts
{
    qint64 when = 0; ///< Unix seconds the mail was sent; 0 unknown (validity periods then ignored)
    QString logCustomer;
    QList<std::pair<QString, QString>> headers; ///< name, value
    QStringList sourceIps;
    QStringList dkimDomains;
    QStringList returnPaths; ///< addresses or domains
    QStringList fromAddresses; ///< addresses or domains
    QStringList listIds; ///< List-Id values as written ("News <news.example.com>")
    QString senderAddress; ///< who wrote the message itself
    QStringList namedDomains; ///< named in the text
    QStringList namedIps;
    bool textCounts = false; ///< the kind lets named-in-text attribute (complaints, requests, notices)

    /// From a message's classify facts (design.md §3) and its kind.
    [[nodiscard]] static ItemFacts fromMessageFacts(const QByteArray &factsJson);
    /// The same, from the analysis that wrote the facts, without parsing them (the import).
    [[nodiscard]] static ItemFacts fromAnalysis(const mail::MessageAnalysis &analysis);
    /// A delivery, opt-out or seed result as a log names it.
    [[nodiscard]] static ItemFacts forDelivery(
        const QString &customerRef, const QString &envelopeSender, const QString &sendingIp, qint64 when);
    /// A blocklist listing's target: an address, a CIDR range (its first address) or a domain.
    [[nodiscard]] static ItemFacts forTarget(const QString &target, qint64 listedAt);
};

/// One rule's finding: the value it read and the customer an identifier says it belongs to.
struct Match
{
    qint64 ruleId = 0;
    qint64 customerId = 0; ///< 0: the sender's own (mentions only)
    qint64 identifierId = 0; ///< 0 for log-customer matches of an external id and contacts
    QString value;

    friend bool operator==(const Match &, const Match &) = default;
};

/// The rule id of an attribution an analyst made by hand (triage): re-attribution keeps it.
constexpr qint64 ManualRule = -1;

struct Attribution
{
    qint64 customerId = 0; ///< 0: unattributed
    qint64 ruleId = 0;
    qint64 identifierId = 0;
    QString value;
    QList<Match> disagreements; ///< other rules naming other customers
    QList<Match> ambiguous; ///< values several customers held at once (when nothing decided)

    [[nodiscard]] bool isAttributed() const { return customerId != 0; }
    /// disagreements and ambiguous as stored (JSON array of {rule, customer, identifier, value,
    /// ambiguous}); empty when there are none.
    [[nodiscard]] QByteArray problemsJson() const;
    void setProblemsJson(const QByteArray &json);

    friend bool operator==(const Attribution &, const Attribution &) = default;
};

/// What a message's facts say: its attribution and the names its text mentions.
struct MessageAttribution
{
    Attribution attribution;
    bool named = false; ///< the text names domains or addresses (mentions were looked up)
    QList<Match> mentions;
};

class Attributor
{
public:
    explicit Attributor(Directory directory = {});

    /// A message, from its classify facts (the import, on the classifying threads, and the
    /// re-attribution runs). Safe to call from several threads at once.
    [[nodiscard]] MessageAttribution attributeMessage(const QByteArray &factsJson) const;
    [[nodiscard]] MessageAttribution attributeMessage(const ItemFacts &facts) const;

    [[nodiscard]] Attribution attribute(const ItemFacts &facts) const;
    /// The customers (and own domains) the item's text names: one match per value, customer 0
    /// for the sender's own domains.
    [[nodiscard]] QList<Match> mentions(const ItemFacts &facts) const;

    /// Why, in words ("Source-IP 192.0.2.7 was held by ACME from 1 March 2026 until 30 June 2026"),
    /// one line for the decision and one per disagreement.
    [[nodiscard]] QStringList explain(const Attribution &attribution, qint64 when) const;
    /// The facts an unattributed item offers, in words, for the queue.
    [[nodiscard]] QStringList clues(const ItemFacts &facts) const;

    [[nodiscard]] const Directory &directory() const { return m_directory; }
    [[nodiscard]] const CustomerEntry *customer(qint64 id) const;
    [[nodiscard]] const Identifier *identifier(qint64 id) const;
    [[nodiscard]] const Rule *rule(qint64 id) const;

private:
    struct Range
    {
        QHostAddress network;
        int prefix = 0;
        int identifier = 0; ///< index into m_directory.identifiers
    };
    struct Candidates
    {
        QList<Match> matches; ///< one per customer, first value found
        void add(const Match &m);
    };
    [[nodiscard]] Candidates evaluate(const Rule &rule, int ruleIndex, const ItemFacts &facts) const;
    void matchDomain(QStringView domain, const Rule &rule, IdentifierKind kind, Candidates &out) const;
    void matchIp(const QString &ip, const Rule &rule, qint64 when, Candidates &out) const;
    [[nodiscard]] QString describe(const Match &match, qint64 when) const;

    Directory m_directory;
    QList<QRegularExpression> m_patterns; ///< per rule index
    QList<bool> m_usable; ///< per rule index: enabled and without problem
    QHash<qint64, int> m_customerIndex;
    QHash<qint64, int> m_identifierIndex;
    QHash<qint64, int> m_ruleIndex;
    QHash<QString, qint64> m_byExternalId; ///< lower-case
    QHash<QString, QList<int>> m_domains; ///< lower-case domain → identifier indexes (domain kinds)
    QHash<QString, QList<int>> m_listIds; ///< lower-case
    QHash<QString, QList<int>> m_headerValues; ///< "header\nvalue", lower-case header
    QHash<QString, QList<int>> m_anyHeaderValue; ///< lower-case value → identifier indexes
    QHash<QString, qint64> m_contacts; ///< lower-case address → customer
    QHash<QString, QList<int>> m_exactIps; ///< canonical address text → identifier indexes
    QList<Range> m_ranges; ///< CIDR ranges other than single addresses
    QList<std::pair<QHostAddress, int>> m_ownNetworks;
};

/// An attributor for the millions of log records: one evaluation per customer field, sender
/// domain, sending address and UTC day (validity periods are whole days), remembered.
class DeliveryAttributor
{
public:
    explicit DeliveryAttributor(const Attributor &attributor)
        : m_attributor(attributor)
    { }
    [[nodiscard]] const Attribution &attribute(
        const QString &customerRef, const QString &envelopeSender, const QString &sendingIp, qint64 when);

private:
    const Attributor &m_attributor;
    QHash<QString, Attribution> m_cache;
};

/// The domain of an address ("bounce+x@Mail.Example.com" → "mail.example.com"), or the text
/// itself lower-cased when it has no '@'.
[[nodiscard]] QString domainOf(QStringView addressOrDomain);

} // namespace abusedesk::attribution
