// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <optional>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Flexwonen::Report {

// "Aanmelden" for an event (issue 16 point 5): a mailto: URL the app builds itself, addressed
// to the organiser's e-mail address from the content, with a subject and a short Dutch body.
// The address comes from content, so only one plain address is accepted: a mailto: URL from the
// content never reaches the mail program, and anything that could add a recipient or a header
// means no Aanmelden at all (docs/decisions.md, item 100).
namespace RegistrationMail {

// Whether address is one plain addr-spec we accept: ASCII, local part of letters, digits and
// . _ + - (no leading, trailing or double dot, at most 64), a domain of at least two labels of
// letters, digits and inner hyphens (at most 253). Nothing else: no %, ?, &, =, comma,
// whitespace, quotes, brackets or control characters.
bool isPlainAddress(QStringView address);

// The organiser's address: the first contact whose url is "mailto:" (any case) followed by a
// plain address and nothing else. Empty when there is none.
QString organiserAddress(const Kb::Item &event);

// The mail to the organiser; nullopt when event is no event or has no plain address.
std::optional<QUrl> mailto(const Kb::Item &event);

// The subject: "Aanmelding: <title> (<date>)", controls and line breaks made spaces.
QString subject(const Kb::Item &event);

} // namespace RegistrationMail
} // namespace Flexwonen::Report
