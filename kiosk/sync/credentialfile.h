// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wire/credential.h"

#include <QString>
#include <optional>

namespace kiosksync {

/// @brief The station credential (token and certificate-cache key), kept in the configuration
/// directory, owner read/write only, never beside the store file.
///
/// Not in the store file, nor next to it: whoever copies the data folder must not get the key
/// that makes its hashed ID numbers checkable, nor the token that speaks for the station.
class CredentialFile
{
public:
    enum class Problem {
        None,
        Missing,   ///< no file yet, or an empty one (as the package makes it): the kiosk enrolls
        Unreadable,
        TooOpen,   ///< group or others may read or write it: refused
        Malformed,
    };

    /// `<config dir>/station.credential` (QStandardPaths::AppConfigLocation), used when the
    /// INI has no `[server] credential_path`.
    [[nodiscard]] static QString defaultPath();

    /// The credential, or nullopt with `problem` saying why. Logs nothing: the caller says it
    /// once (describe()).
    [[nodiscard]] static std::optional<core::wire::Credential> read(const QString &path, Problem *problem = nullptr);
    /// Written mode 0600 to a temporary file and renamed, so a power cut leaves the old or the new
    /// one; a missing folder is created owner-only, an existing one is never changed. Where
    /// no temporary file can be made (a read-only folder in which only this file is writable,
    /// as the package sets /etc/station-kiosk up), the existing file is written in place.
    static bool write(const QString &path, const core::wire::Credential &credential);
    /// One line for the log: the file and what is wrong with it, never its contents.
    [[nodiscard]] static QString describe(Problem problem, const QString &path);
    /// `credentialPath + ".nonce"`: the client nonce of the enrollment under way.
    [[nodiscard]] static QString noncePath(const QString &credentialPath);
    /// The client nonce to enroll with: the one kept from an earlier attempt, else a new random
    /// one, written (0600) before it is returned, i.e. before any request carries it. A kiosk
    /// whose answer was lost thus retries with the same nonce and gets the same credential,
    /// even after a restart. Kept in `noncePath()`, or, where no file can be made beside the
    /// credential, inside the credential file while it is not enrolled (read() still says
    /// Missing). Empty when it cannot be kept.
    [[nodiscard]] static QString enrollmentNonce(const QString &credentialPath);
    /// Deletes the nonce once the credential is kept: it is of no more use to anyone.
    static void forgetEnrollmentNonce(const QString &credentialPath);
    /// A kiosk that kept its credential beside the store (older versions): moves it to `path`,
    /// owner-only. False when there was nothing to move or it could not be moved.
    static bool moveLegacy(const QString &legacyPath, const QString &path);
};

} // namespace kiosksync
