// A SoftHSM2 token made for one test: its own token folder and config (SOFTHSM2_CONF), a test CA
// and a signer certificate made with the openssl tool, the signer's key imported into the token and
// its certificate stored beside it. Parallel-safe: nothing is shared between tests.
#pragma once

#include "cli_runner.h"

#include <string>

namespace motcua::signtest {

inline constexpr const char* kSoftHsmModule = "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so";
inline constexpr const char* kPin = "123456";
inline constexpr const char* kTokenLabel = "motcua-test";
inline constexpr const char* kSignerName = "Nguyễn Thị Hường";

class TestToken {
public:
    TestToken();  ///< throws std::runtime_error with the failing tool's output
    [[nodiscard]] const clitest::TempDir& dir() const { return m_dir; }
    [[nodiscard]] const std::string& config() const { return m_config; }
    [[nodiscard]] clitest::Env env() const { return {{"SOFTHSM2_CONF", m_config}}; }

private:
    void run(const std::string& program, const std::vector<std::string>& args) const;
    clitest::TempDir m_dir;
    std::string m_config;
};

struct PdfsigReport {
    int exitCode = -1;
    std::string text;
    [[nodiscard]] bool valid() const;  ///< "Signature is Valid." and the whole file signed
};

/// poppler's pdfsig on `pdfPath` (no certificate trust check: the test CA is not installed).
[[nodiscard]] PdfsigReport pdfsig(const std::string& pdfPath);

/// A two-page PDF drawn with cairo (A4, Vietnamese text), as a slip would be.
[[nodiscard]] std::string twoPagePdf();

/// `pdf` encrypted by qpdf (user password "u", AES-256).
[[nodiscard]] std::string encryptedPdf(const std::string& pdf);

}  // namespace motcua::signtest
