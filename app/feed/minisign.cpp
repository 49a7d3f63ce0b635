// SPDX-License-Identifier: EUPL-1.2
#include "minisign.h"

#include <QByteArrayView>
#include <QList>

#include <sodium.h>

namespace Flexwonen::Sync::Minisign {

namespace {

constexpr qsizetype KeyIdBytes = 8;
constexpr qsizetype SignatureBytes = 64;
constexpr qsizetype PublicKeyBytes = 32;
constexpr qsizetype SecretKeyBytes = 64;
constexpr qsizetype SaltBytes = 32;
constexpr qsizetype ChecksumBytes = 32;
// sig_alg ‖ kdf_alg ‖ chk_alg ‖ salt ‖ opslimit ‖ memlimit ‖ keyid ‖ sk ‖ chk
constexpr qsizetype SecretKeyBlobBytes = 2 + 2 + 2 + SaltBytes + 8 + 8 + 8 + 64 + 32;
constexpr qsizetype SecretKeyEncryptedOffset = 2 + 2 + 2 + SaltBytes + 8 + 8;

[[noreturn]] void fail(const QString &why)
{
    throw Failure(why);
}

void ensureSodium()
{
    if (sodium_init() < 0)
        fail(QStringLiteral("libsodium kan niet worden gestart"));
}

// Strict base64: canonical padding, no whitespace, exactly the expected decoded length.
QByteArray strictBase64(QByteArrayView text, qsizetype expectedBytes, const QString &what)
{
    auto result =
        QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != expectedBytes ||
        result.decoded.toBase64() != text.toByteArray())
        fail(QStringLiteral("%1: ongeldige base64 of verkeerde lengte").arg(what));
    return result.decoded;
}

quint64 le64(const char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

QList<QByteArray> textLines(const QByteArray &text, const QString &what)
{
    if (text.contains('\0'))
        fail(QStringLiteral("%1 bevat een NUL-byte").arg(what));
    if (text.contains('\r'))
        fail(QStringLiteral("%1 bevat een CR").arg(what));
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray checksum(const QByteArray &algorithm, const QByteArray &keyId, const QByteArray &sk)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, ChecksumBytes);
    for (const QByteArray *part : {&algorithm, &keyId, &sk})
        crypto_generichash_update(&state,
                                  reinterpret_cast<const unsigned char *>(part->constData()),
                                  size_t(part->size()));
    QByteArray out(ChecksumBytes, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), ChecksumBytes);
    return out;
}

QByteArray base64LineOf(const QByteArray &text, const QString &what)
{
    // A key file has a comment line and the base64 line; a bare base64 string is accepted too.
    const QList<QByteArray> lines = textLines(text.trimmed() + '\n', what);
    if (lines.size() == 1)
        return lines[0];
    if (lines.size() == 2 && lines[0].startsWith("untrusted comment: "))
        return lines[1];
    fail(QStringLiteral("%1: onverwachte opmaak").arg(what));
}

QString keyIdText(const QByteArray &keyId)
{
    // minisign prints the little-endian key id as a number.
    QByteArray reversed;
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        reversed.append(keyId[i]);
    return QString::fromLatin1(reversed.toHex().toUpper());
}

} // namespace

QString PublicKey::keyIdHex() const
{
    return keyIdText(keyId);
}

QString PublicKey::toBase64() const
{
    return QString::fromLatin1((QByteArray("Ed") + keyId + key).toBase64());
}

PublicKey SecretKey::publicKey() const
{
    return {keyId, secret.mid(SecretKeyBytes - PublicKeyBytes)};
}

PublicKey parsePublicKey(const QByteArray &textOrBase64)
{
    if (textOrBase64.size() > 4096)
        fail(QStringLiteral("publieke sleutel is te groot"));
    const QByteArray line = base64LineOf(textOrBase64, QStringLiteral("publieke sleutel"));
    const QByteArray raw =
        strictBase64(line, 2 + KeyIdBytes + PublicKeyBytes, QStringLiteral("publieke sleutel"));
    if (!raw.startsWith("Ed"))
        fail(QStringLiteral("publieke sleutel: onbekend algoritme"));
    return {raw.mid(2, KeyIdBytes), raw.mid(2 + KeyIdBytes)};
}

PublicKey parsePublicKeyFile(const QByteArray &text)
{
    QByteArray normal = text;
    if (normal.startsWith("\xEF\xBB\xBF"))
        normal.remove(0, 3);
    normal.replace("\r\n", "\n"); // a CR anywhere else is still refused
    return parsePublicKey(normal);
}

bool secretKeyIsEncrypted(const QByteArray &text)
{
    try {
        const QByteArray raw = strictBase64(base64LineOf(text, QStringLiteral("geheime sleutel")),
                                            SecretKeyBlobBytes, QStringLiteral("geheime sleutel"));
        return raw.mid(2, 2) == "Sc";
    } catch (const Failure &) {
        return false;
    }
}

SecretKey parseSecretKey(const QByteArray &text, const QByteArray &password)
{
    ensureSodium();
    const QString what = QStringLiteral("geheime sleutel");
    QByteArray raw = strictBase64(base64LineOf(text, what), SecretKeyBlobBytes, what);
    const QByteArray algorithm = raw.left(2);
    const QByteArray kdf = raw.mid(2, 2);
    if (algorithm != "Ed" || raw.mid(4, 2) != "B2")
        fail(QStringLiteral("%1: onbekend algoritme").arg(what));
    const bool encrypted = kdf == "Sc";
    if (!encrypted && kdf != QByteArray(2, '\0'))
        fail(QStringLiteral("%1: onbekende sleutelafleiding").arg(what));
    if (encrypted) {
        const QByteArray salt = raw.mid(6, SaltBytes);
        const quint64 ops = le64(raw.constData() + 6 + SaltBytes);
        const quint64 mem = le64(raw.constData() + 6 + SaltBytes + 8);
        const qsizetype streamBytes = SecretKeyBlobBytes - SecretKeyEncryptedOffset;
        QByteArray stream(streamBytes, '\0');
        if (crypto_pwhash_scryptsalsa208sha256(
                reinterpret_cast<unsigned char *>(stream.data()), size_t(streamBytes),
                password.constData(), quint64(password.size()),
                reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem)) != 0)
            fail(QStringLiteral("%1: sleutelafleiding mislukt (te weinig geheugen?)").arg(what));
        for (qsizetype i = 0; i < streamBytes; ++i)
            raw[SecretKeyEncryptedOffset + i] = char(raw[SecretKeyEncryptedOffset + i] ^ stream[i]);
        sodium_memzero(stream.data(), size_t(stream.size()));
    }
    SecretKey key;
    key.keyId = raw.mid(SecretKeyEncryptedOffset, KeyIdBytes);
    key.secret = raw.mid(SecretKeyEncryptedOffset + KeyIdBytes, SecretKeyBytes);
    const QByteArray storedChecksum =
        raw.mid(SecretKeyEncryptedOffset + KeyIdBytes + SecretKeyBytes, ChecksumBytes);
    // minisign 0.11 leaves the checksum of an unencrypted (-W) key zero.
    const bool checksumPresent = encrypted || storedChecksum != QByteArray(ChecksumBytes, '\0');
    if (checksumPresent && checksum(algorithm, key.keyId, key.secret) != storedChecksum)
        fail(encrypted ? QStringLiteral("%1: verkeerd wachtwoord").arg(what)
                       : QStringLiteral("%1: controlesom klopt niet").arg(what));
    sodium_memzero(raw.data(), size_t(raw.size()));
    return key;
}

QByteArray publicKeyFile(const PublicKey &key, const QString &untrustedComment)
{
    const QString comment = untrustedComment.isEmpty()
                                ? QStringLiteral("minisign public key %1").arg(key.keyIdHex())
                                : untrustedComment;
    return "untrusted comment: " + comment.toUtf8() + '\n' + key.toBase64().toLatin1() + '\n';
}

Signature parseSignature(const QByteArray &text)
{
    const QString what = QStringLiteral("handtekening");
    if (text.size() > MaxSignatureFileSize)
        fail(
            QStringLiteral("handtekeningbestand is groter dan %1 bytes").arg(MaxSignatureFileSize));
    if (!text.endsWith('\n'))
        fail(QStringLiteral("handtekeningbestand eindigt niet met een regeleinde"));
    const QList<QByteArray> lines = textLines(text, what);
    if (lines.size() != 4)
        fail(QStringLiteral("handtekeningbestand heeft %1 regels in plaats van 4")
                 .arg(lines.size()));
    static const QByteArray untrusted = "untrusted comment: ";
    static const QByteArray trusted = "trusted comment: ";
    if (!lines[0].startsWith(untrusted) || lines[0].size() > MaxUntrustedCommentSize)
        fail(QStringLiteral("regel 1 van de handtekening is geen geldig commentaar"));
    if (!lines[2].startsWith(trusted) || lines[2].size() > MaxTrustedCommentSize)
        fail(QStringLiteral("regel 3 van de handtekening is geen geldig vertrouwd commentaar"));
    const QByteArray sig = strictBase64(lines[1], 2 + KeyIdBytes + SignatureBytes, what);
    Signature s;
    s.algorithm = sig.left(2);
    if (s.algorithm == "Ed")
        fail(QStringLiteral("verouderde handtekening (Ed, niet voorgehasht) geweigerd"));
    if (s.algorithm != "ED")
        fail(QStringLiteral("onbekend handtekeningalgoritme"));
    s.keyId = sig.mid(2, KeyIdBytes);
    s.signature = sig.mid(2 + KeyIdBytes);
    const QByteArray comment = lines[2].mid(trusted.size());
    for (char c : comment) {
        if (quint8(c) < 0x20 || c == 0x7f)
            fail(QStringLiteral("vertrouwd commentaar bevat stuurtekens"));
    }
    s.trustedComment = QString::fromUtf8(comment);
    s.globalSignature = strictBase64(lines[3], SignatureBytes, what);
    return s;
}

QByteArray blake2b512(const QByteArray &data)
{
    ensureSodium();
    QByteArray out(crypto_generichash_BYTES_MAX, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()), nullptr, 0);
    return out;
}

QString verify(const QByteArray &data, const QByteArray &signatureFile,
               const QList<PublicKey> &trusted)
{
    ensureSodium();
    const Signature s = parseSignature(signatureFile);
    const PublicKey *key = nullptr;
    for (const PublicKey &candidate : trusted) {
        if (candidate.keyId == s.keyId)
            key = &candidate;
    }
    if (!key) {
        fail(QStringLiteral("handtekening van een onbekende sleutel (%1)").arg(keyIdText(s.keyId)));
    }
    const QByteArray hash = blake2b512(data);
    const auto *pk = reinterpret_cast<const unsigned char *>(key->key.constData());
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(s.signature.constData()),
            reinterpret_cast<const unsigned char *>(hash.constData()), quint64(hash.size()),
            pk) != 0)
        fail(QStringLiteral("handtekening klopt niet bij de inhoud"));
    const QByteArray global = s.signature + s.trustedComment.toUtf8();
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(s.globalSignature.constData()),
            reinterpret_cast<const unsigned char *>(global.constData()), quint64(global.size()),
            pk) != 0)
        fail(QStringLiteral("vertrouwd commentaar is gewijzigd (globale handtekening klopt niet)"));
    return s.trustedComment;
}

QByteArray sign(const QByteArray &data, const SecretKey &key, const QString &trustedComment,
                const QString &untrustedComment)
{
    ensureSodium();
    if (trustedComment.contains(QLatin1Char('\n')) || trustedComment.contains(QLatin1Char('\r')))
        fail(QStringLiteral("vertrouwd commentaar mag geen regeleinde bevatten"));
    const auto *sk = reinterpret_cast<const unsigned char *>(key.secret.constData());
    const QByteArray hash = blake2b512(data);
    QByteArray signature(SignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(hash.constData()),
                         quint64(hash.size()), sk);
    const QByteArray tc = trustedComment.toUtf8();
    const QByteArray global = signature + tc;
    QByteArray globalSignature(SignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(globalSignature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(global.constData()),
                         quint64(global.size()), sk);
    const QString uc = untrustedComment.isEmpty()
                           ? QStringLiteral("signature from minisign secret key")
                           : untrustedComment;
    return "untrusted comment: " + uc.toUtf8() + '\n' +
           (QByteArray("ED") + key.keyId + signature).toBase64() + '\n' + "trusted comment: " + tc +
           '\n' + globalSignature.toBase64() + '\n';
}

} // namespace Flexwonen::Sync::Minisign
