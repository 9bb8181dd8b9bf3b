// SPDX-License-Identifier: GPL-2.0-or-later
#include "delivery/DeliveryRecord.h"

#include <openssl/evp.h>

namespace abusedesk::delivery {

QString resultName(DeliveryResult result)
{
    switch (result) {
    case DeliveryResult::Delivered:
        return QStringLiteral("delivered");
    case DeliveryResult::Deferred:
        return QStringLiteral("deferred");
    case DeliveryResult::Bounced:
        return QStringLiteral("bounced");
    case DeliveryResult::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("delivered");
}

QByteArray recordKey(QByteArrayView bytes)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, sha256, nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
    return QByteArray(reinterpret_cast<const char *>(digest), 16);
}

} // namespace abusedesk::delivery
