// What a client PC keeps about its store host (DESIGN.md §9): the server's URL, the pinned
// certificate fingerprint and the device token from enrolment, in one JSON file (mode 0600) in
// the config directory (0700). Also the --server URL's one accepted form, https://HOST:PORT.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace motcua::net {

struct ServerUrl {
    std::string host;
    int port = 0;
};

/// "https://HOST:PORT" (a trailing "/" allowed); anything else: Error(InvalidInput) in Vietnamese.
[[nodiscard]] ServerUrl parseServerUrl(const std::string& url);

struct DeviceFile {
    std::string server;       ///< "https://HOST:PORT"
    std::string fingerprint;  ///< "SHA256:…"
    std::string token;
    std::string kind;  ///< counter, kiosk, wall, cli
    std::string name;
    std::int64_t device = 0;
};

/// `explicitDir`, else $MOTCUA_CONFIG_DIR, else $XDG_CONFIG_HOME/motcua, else ~/.config/motcua.
[[nodiscard]] std::string configDirectory(const std::string& explicitDir);

/// nullopt when there is no file; Error(InvalidInput) when it cannot be read or is not ours.
[[nodiscard]] std::optional<DeviceFile> readDeviceFile(const std::string& path);
/// Creates the directory (0700) if needed and replaces the file atomically (written 0600, synced,
/// renamed), so a crash leaves the old file or the new one, never half of one.
void writeDeviceFile(const std::string& path, const DeviceFile& file);

}  // namespace motcua::net
