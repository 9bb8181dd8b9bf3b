// SPDX-License-Identifier: GPL-2.0-or-later
// The SMTP reply a log line quotes, found in the text around it: "host mx[192.0.2.1] said: 550
// 5.1.1 <a@b>: …", "250 2.0.0 Ok: queued as …", "after RCPT TO:<a@b>: 451 4.7.1 try later".
#pragma once

#include <QByteArrayView>

namespace abusedesk::delivery {

struct SmtpReply
{
    QByteArrayView code; ///< "550", empty when the text quotes no reply
    QByteArrayView enhancedStatus; ///< "5.1.1" right after the code, else empty

    /// The first reply in text: three digits 2xx–5xx at its start or after ": ", followed by a
    /// space, a hyphen (a multi-line reply) or the end.
    [[nodiscard]] static SmtpReply find(QByteArrayView text);
    /// An RFC 3463 status "c.s.d" (class 2, 4 or 5; subject and detail up to three digits) at
    /// the start of text, followed by a space, ';', ',' or the end; else empty.
    [[nodiscard]] static QByteArrayView enhancedStatusAt(QByteArrayView text);
};

} // namespace abusedesk::delivery
