// SPDX-License-Identifier: GPL-2.0-or-later
// Attribution over arbitrary bytes: read as a customers.csv (whatever it yields becomes the
// attributor's customers), as a message's facts JSON, and as text whose domains and addresses
// are looked up. Nothing may crash or hang; a decision must name a known customer.
#include "attribution/Attributor.h"
#include "attribution/CustomerCsv.h"
#include "mail/NamedInText.h"

#include <QByteArray>

using namespace abusedesk::attribution;
using namespace Qt::StringLiterals;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CustomerCsvResult csv = CustomerCsv::parse(bytes);
    for (const CsvProblem &p : csv.problems)
        check(p.line >= 0 && !p.message.isEmpty());

    Directory directory;
    qint64 nextId = 1;
    for (const CustomerRecord &c : csv.customers) {
        const qint64 id = nextId++;
        directory.customers.append({ id, c.externalId, c.name, c.contacts });
        for (Identifier identifier : c.identifiers) {
            identifier.id = nextId++;
            identifier.customerId = id;
            directory.identifiers.append(identifier);
        }
    }
    directory.rules = { { 1, 1, RuleKind::LogCustomer, {}, {}, true },
        { 2, 2, RuleKind::Header, u"X-Customer-ID"_s, uR"(^\s*(\S+)\s*$)"_s, true },
        { 3, 3, RuleKind::Header, u"Feedback-ID"_s, u"^[^:]*:([^:]+):"_s, true },
        { 4, 4, RuleKind::SourceIp, {}, {}, true }, { 5, 5, RuleKind::DkimDomain, {}, {}, true },
        { 6, 6, RuleKind::ReturnPathDomain, {}, {}, true }, { 7, 7, RuleKind::ListId, {}, {}, true },
        { 8, 8, RuleKind::FromDomain, {}, {}, true }, { 9, 9, RuleKind::Contact, {}, {}, true },
        { 10, 10, RuleKind::NamedInText, {}, {}, true } };
    directory.ownDomains = { u"esp.example"_s };
    directory.ownNetworks = { u"192.0.2.0/24"_s };
    (void)CustomerCsv::write(csv.customers);
    const Attributor attributor(directory);

    const MessageAttribution m = attributor.attributeMessage(bytes);
    check(m.attribution.customerId == 0 || attributor.customer(m.attribution.customerId) != nullptr);
    (void)attributor.explain(m.attribution, 0);

    ItemFacts text;
    const abusedesk::mail::NamedInText named = abusedesk::mail::NamedInText::scan(QString::fromUtf8(bytes));
    text.namedDomains = named.domains;
    text.namedIps = named.ips;
    text.textCounts = true;
    text.logCustomer = QString::fromUtf8(bytes.left(64));
    text.returnPaths = named.domains;
    text.sourceIps = named.ips;
    const Attribution a = attributor.attribute(text);
    check(a.customerId == 0 || attributor.customer(a.customerId) != nullptr);
    (void)attributor.explain(a, 1767225600);
    (void)attributor.clues(text);
    (void)attributor.mentions(text);
    Attribution back;
    back.setProblemsJson(a.problemsJson());
    check(back.disagreements.size() == a.disagreements.size());
    return 0;
}
