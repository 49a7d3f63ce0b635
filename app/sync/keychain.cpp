// SPDX-License-Identifier: EUPL-1.2
#include "keychain.h"

#include "transport.h"

#include "feed/syncerror.h"

namespace Flexwonen::Sync {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw SyncError(Category::Keys, message);
}

// The signature over the raw bytes, before a single field of the file is read: until it verifies,
// the file is foreign bytes that no message may quote (issue 10). Returns the trusted comment.
QString verifyKeysSignature(const QByteArray &bytes, const QByteArray &signature,
                            const QList<Minisign::PublicKey> &signers, const QString &what)
{
    try {
        return Minisign::verify(bytes, signature, signers);
    } catch (const Minisign::Failure &f) {
        refuse(QStringLiteral("%1: %2").arg(what, f.message())); // the reason quotes no content
    }
}

// The trusted comment (signed) must describe the (now verified) file.
void checkKeysComment(const QString &comment, const Feed::Keys &keys, const QString &what)
{
    if (comment != Feed::keysTrustedComment(keys))
        refuse(QStringLiteral("%1: het vertrouwde commentaar past niet bij het bestand").arg(what));
}

} // namespace

TrustedKeys TrustedKeys::pinned(const QList<Minisign::PublicKey> &roots)
{
    TrustedKeys t;
    t.keys.rootKeys = roots;
    return t;
}

KeyChain::KeyChain(Transport &transport, TrustedKeys start, QString feedId)
    : m_transport(transport)
    , m_trusted(std::move(start))
    , m_feedId(std::move(feedId))
{}

int KeyChain::catchUp(qint64 target, int maxLinks)
{
    int links = 0;
    while (m_trusted.version < target && links < maxLinks) {
        const int next = m_trusted.version + 1;
        const QString path = QStringLiteral("keys/%1.json").arg(next);
        const Transport::Response file = m_transport.get(path, Feed::MaxKeysSize);
        if (file.status == 404)
            break; // not published (yet): the head must verify with what is trusted now
        const Transport::Response signature =
            m_transport.get(path + QStringLiteral(".minisig"), Minisign::MaxSignatureFileSize);
        if (signature.status == 404)
            refuse(QStringLiteral("%1 is niet ondertekend").arg(path));
        // Signature first, over the raw bytes, with the root keys trusted now; then the fields.
        const QString comment = verifyKeysSignature(
            file.body, signature.body, m_trusted.rootKeys(),
            QStringLiteral("%1 is niet ondertekend door een hoofdsleutel van versie %2")
                .arg(path)
                .arg(m_trusted.version));
        const Feed::Keys keys = Feed::parseKeys(file.body);
        if (keys.version != next)
            refuse(QStringLiteral("%1 heeft versie %2; na versie %3 mag alleen %4 komen")
                       .arg(path)
                       .arg(keys.version)
                       .arg(m_trusted.version)
                       .arg(next));
        if (m_feedId.isEmpty())
            m_feedId = keys.feedId; // verify-feed: the feed is whatever keys/1.json names
        if (keys.feedId != m_feedId)
            refuse(QStringLiteral("%1 hoort bij een andere feed dan '%2'").arg(path, m_feedId));
        checkKeysComment(comment, keys, path);
        if (!Feed::sameKeys(keys.rootKeys, m_trusted.rootKeys())) {
            // A new root must sign too: nobody can name a root key they do not hold.
            const QString rotationPath = path + QStringLiteral(".rotation.minisig");
            const Transport::Response rotation =
                m_transport.get(rotationPath, Minisign::MaxSignatureFileSize);
            if (rotation.status == 404)
                refuse(QStringLiteral("%1 wisselt de hoofdsleutel zonder handtekening van de "
                                      "nieuwe hoofdsleutel")
                           .arg(path));
            checkKeysComment(verifyKeysSignature(file.body, rotation.body, keys.rootKeys,
                                                 QStringLiteral("%1 is niet ondertekend door de "
                                                                "nieuwe hoofdsleutel")
                                                     .arg(rotationPath)),
                             keys, rotationPath);
        }
        if (m_trusted.version >= 1 && !Feed::sameKeys(keys.feedKeys, m_trusted.keys.feedKeys)) {
            m_feedKeysChanged = true;
            m_seqFloor = keys.seqFloor;
        }
        m_trusted.version = next;
        m_trusted.keys = keys;
        m_trusted.bytes = file.body;
        m_trusted.signature = signature.body;
        ++links;
    }
    return links;
}

void KeyChain::checkNotExpired(const QDateTime &t0) const
{
    if (m_trusted.version >= 1 && m_trusted.keys.expires <= t0)
        refuse(QStringLiteral("sleutelbestand versie %1 is verlopen op %2; de inhoud blijft "
                              "leesbaar, maar updates worden pas weer toegepast na een nieuw "
                              "sleutelbestand")
                   .arg(m_trusted.version)
                   .arg(Feed::isoUtc(m_trusted.keys.expires)));
}

} // namespace Flexwonen::Sync
