// SPDX-License-Identifier: GPL-2.0-or-later
// The small clean-ups every delivery parser applies to a field's text, in one place so that the
// same address or code reads the same whichever log it came from.
#pragma once

#include <QString>
#include <QStringView>

namespace abusedesk::delivery {

class FieldText
{
public:
    /// "<Jane.Doe@Example.COM>" → "jane.doe@example.com": trimmed, angle brackets dropped,
    /// lower-cased (the local part too: no receiver that matters treats case as distinct).
    [[nodiscard]] static QString address(QStringView text);
    /// The RFC 3463 enhanced status at the start of a text ("5.1.1 (bad destination mailbox
    /// address)" → "5.1.1"), or empty when the text does not start with one.
    [[nodiscard]] static QString enhancedStatus(QStringView text);
    /// The SMTP reply code at the start of a text ("550 5.1.1 User unknown", "421-…" → "550",
    /// "421"), or empty.
    [[nodiscard]] static QString replyCode(QStringView text);
    /// The enhanced status right after a leading reply code ("550 5.1.1 User unknown" → "5.1.1").
    [[nodiscard]] static QString statusAfterReplyCode(QStringView text);
};

} // namespace abusedesk::delivery
