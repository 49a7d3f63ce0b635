// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "personaltypes.h"

#include <QByteArray>

namespace Flexwonen::Personal {

// All personal data as one JSON file, to move to a new PC (Bestand ▸ Persoonlijke gegevens,
// `flexwonen personal-export` / `personal-import`). The file is the user's but may come from
// anywhere: reading checks its kind, version, size, every id and the length of every text, and
// throws Kb::Error (BadInput) with a Dutch line on anything else.
QByteArray personalDataToJson(const PersonalData &data);
PersonalData personalDataFromJson(const QByteArray &json);

// Reads and writes whole files (atomically); Kb::Error with a Dutch line on failure.
PersonalData readPersonalFile(const QString &path);
void writePersonalFile(const QString &path, const PersonalData &data);

} // namespace Flexwonen::Personal
