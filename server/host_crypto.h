// The store host's secrets (issue 14): its TLS key and self-signed certificate, the certificate's
// fingerprint clients pin, one-time enrolment codes, tokens, and the hashes and HMACs the wire
// contract uses (docs/network-protocol.md). OpenSSL.
#pragma once

#include <string>
#include <string_view>

namespace motcua::server {

struct TlsIdentity {
    std::string certPath;
    std::string keyPath;
    std::string fingerprint;  ///< "SHA256:" + 64 lower-case hex digits of the DER certificate's digest
};

/// The identity kept in `dir` (created 0700 with an EC P-256 key, 0600, and a self-signed
/// certificate on first use; reused after). Throws Error(Storage) when it cannot be made or read.
[[nodiscard]] TlsIdentity loadOrCreateIdentity(const std::string& dir);
/// The data directory beside a store: "<db>.tls".
[[nodiscard]] std::string defaultDataDir(const std::string& dbPath);

[[nodiscard]] std::string sha256Hex(std::string_view data);
[[nodiscard]] std::string hmacSha256Hex(std::string_view key, std::string_view message);
/// `bytes` random bytes, lower-case hex (tokens: 32 bytes).
[[nodiscard]] std::string randomHex(int bytes);
/// A fresh enrolment code: 12 base32 letters and digits (60 bits) in groups, "ABCD-EFGH-JKLM".
[[nodiscard]] std::string newEnrolmentCode();
/// Upper-cased without separators (spaces, dashes), so "abcd efgh-jklm" matches.
[[nodiscard]] std::string normaliseCode(std::string_view code);
/// Constant-time comparison of two equal-length strings.
[[nodiscard]] bool sameSecret(std::string_view a, std::string_view b);

}  // namespace motcua::server
