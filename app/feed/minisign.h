// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/coreerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Flexwonen::Sync {

// minisign keys and prehashed ("ED") signatures, with libsodium. Compatible both ways with the
// stock minisign tool; the parser is deliberately stricter than minisign 0.11 (exactly four lines).
namespace Minisign {

constexpr qsizetype MaxSignatureFileSize = 12 * 1024;
constexpr qsizetype MaxUntrustedCommentSize = 1024;
constexpr qsizetype MaxTrustedCommentSize = 8192;

struct PublicKey
{
    QByteArray keyId; // 8 bytes, as stored (little-endian)
    QByteArray key;   // 32 bytes Ed25519
    QString keyIdHex() const;
    QString toBase64() const; // the "RW…" line
    bool operator==(const PublicKey &) const = default;
};

struct SecretKey
{
    QByteArray keyId;
    QByteArray secret; // 64 bytes Ed25519 (seed ‖ public key)
    PublicKey publicKey() const;
};

struct Signature
{
    QByteArray algorithm; // "ED"
    QByteArray keyId;
    QByteArray signature;       // 64 bytes over BLAKE2b-512(file)
    QString trustedComment;     // text after "trusted comment: "
    QByteArray globalSignature; // 64 bytes over signature ‖ trusted comment
};

// Thrown for any malformed key or signature, and for a signature that does not verify.
class Failure : public Flexwonen::Error
{
public:
    explicit Failure(const QString &message)
        : Flexwonen::Error(message)
    {}
};

// A public key from a minisign .pub file's text or from its base64 line alone.
PublicKey parsePublicKey(const QByteArray &textOrBase64);
// The same from a key file a person saved: a UTF-8 byte-order mark and CRLF line ends (Windows
// Notepad) are accepted. Signature files and keys inside feed files stay strict.
PublicKey parsePublicKeyFile(const QByteArray &text);
// A secret key file; password-encrypted keys (scrypt) need the password.
SecretKey parseSecretKey(const QByteArray &text, const QByteArray &password);
bool secretKeyIsEncrypted(const QByteArray &text);
QByteArray publicKeyFile(const PublicKey &key, const QString &untrustedComment);

// Strict four-line parse: prefixes, caps, strict base64 of exact length, no NUL or CR, ED only.
Signature parseSignature(const QByteArray &text);

// Verifies data against a signature file made by one of the trusted keys. Returns the trusted
// comment. Throws Failure with a Dutch reason (unknown key, bad signature, …).
QString verify(const QByteArray &data, const QByteArray &signatureFile,
               const QList<PublicKey> &trusted);

// A signature file in minisign's format (prehashed ED), as `minisign -S -t` writes it.
QByteArray sign(const QByteArray &data, const SecretKey &key, const QString &trustedComment,
                const QString &untrustedComment = QString());

QByteArray blake2b512(const QByteArray &data);

} // namespace Minisign
} // namespace Flexwonen::Sync
