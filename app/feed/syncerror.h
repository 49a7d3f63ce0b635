// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/coreerror.h"

#include <optional>
#include <QObject>
#include <QString>

namespace Flexwonen::Sync {
Q_NAMESPACE

// Why an update was refused or failed. Refusals (exit 2) name a broken promise of the feed;
// Network (exit 3) is a transport problem that a later retry may fix; Error (exit 1) is local.
enum class Category {
    None,
    Signature, // head or signature missing, unknown key, bad signature, trusted comment mismatch
    Hash,      // sha256 of a file differs from the signed value
    Size,      // a file is larger than its cap or its signed size
    Rollback,  // older seq or epoch than already seen
    Frozen,    // head expired
    Mismatch,  // a file's own feed_id/epoch/seq differs from the signed head entry
    AppTooOld, // schema or min_client newer than this app
    Clock,     // head generated more than 24 h in the future
    Format,    // malformed JSON, unknown format, invalid field, gap in the batch list
    Redirect,  // redirect to another scheme or host
    Snapshot,  // snapshot database does not match its head entry
    Keys,      // keys chain: not signed by a root key, version skipped, expired, other feed
    Insecure,  // plain http to a non-loopback host, or an unsupported URL scheme
    Network,   // connection, timeout, HTTP error status
    Busy,      // another sync is running
    Local,     // disk or database problem on this machine
};
Q_ENUM_NS(Category)

// The name scripts, state.json and the window show: the enumerator's name from QMetaEnum in
// upper case with an underscore between words ("SIGNATURE", "APP_TOO_OLD"); empty for None.
QString categoryName(Category category);
// The category categoryName gives this name; None for an empty name; nullopt for any other.
std::optional<Category> categoryFromName(QStringView name);
// A broken promise of the feed (exit 2, "geweigerd"): every category but None, Network, Busy
// and Local.
bool isRefusal(Category category);
int exitCodeOf(Category category); // 0, 1, 2 (refusals) or 3

class SyncError : public Flexwonen::Error
{
public:
    SyncError(Category category, const QString &message)
        : Flexwonen::Error(message)
        , m_category(category)
    {}
    Category category() const { return m_category; }

private:
    Category m_category;
};

} // namespace Flexwonen::Sync
