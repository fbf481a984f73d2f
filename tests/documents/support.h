// Test support for the documents layer: temporary directories, running programs (motcua,
// zbarimg, pdftotext, pdftoppm) without a shell, and a demo database at a fixed time.
#pragma once

#include <string>
#include <vector>

namespace motcua::testing {

/// A fresh directory under $TMPDIR, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

struct RunResult {
    int status = -1;  ///< exit status (128 + signal when killed)
    std::string out;
    std::string err;
};

/// Runs argv[0] (looked up in PATH) with fork/execvp; `env` entries ("NAME=value") are added.
RunResult run(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});
/// Runs the motcua binary under test.
RunResult motcua(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

/// The clock every test uses: Monday 23/11/2026 10:15, as in the demo data.
inline constexpr const char* kNow = "2026-11-23 10:15";

/// A demo database (motcua init --demo) in `dir`; returns its path.
std::string demoDatabase(const TempDir& dir);
/// `motcua --db DB --now kNow ARGS…`
RunResult motcuaAt(const std::string& db, const std::vector<std::string>& args, const std::vector<std::string>& env = {});

/// The id of the apology drafted for dossier `code` (the demo's draft ids follow the sweep's
/// order, so tests name the dossier, not a number); fails the test when there is none.
std::string apologyIdFor(const std::string& db, const std::string& code);

/// What zbarimg reads from an image (--raw, one symbol), or "" when it finds none.
std::string decodeQr(const std::string& imagePath);
[[nodiscard]] std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);
[[nodiscard]] bool fileExists(const std::string& path);
/// Number of pages pdfinfo reports, or -1.
int pdfPages(const std::string& pdfPath);
/// pdftotext of the whole file (UTF-8).
std::string pdfText(const std::string& pdfPath);

}  // namespace motcua::testing
