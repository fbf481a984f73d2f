#include "counter/intake/unsent_scans.h"

#include "store/durable_file.h"
#include "store/file_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::counter {

namespace {

namespace fs = std::filesystem;

std::string readWhole(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The JSON beside a kept PDF: "<base>.json" for "<base>.pdf".
std::string metaPath(const std::string& pdfPath) { return pdfPath.substr(0, pdfPath.size() - 4) + ".json"; }

}  // namespace

std::string unsentScansDir(const std::string& configDir)
{
    return configDir.empty() ? std::string() : (fs::path(configDir) / "unsent-scans").string();
}

void keepUnsentScan(const std::string& dir, UnsentScan& scan)
{
    // Named by content: the same scan kept twice is one file; two scans of one paper are two.
    const std::string sha = store::sha256Hex(scan.pdf);
    const std::string pdfPath = (fs::path(dir) / ("scan-" + sha.substr(0, 32) + ".pdf")).string();
    const nlohmann::json meta = {{"code", scan.code}, {"paper", scan.paper}, {"source", scan.source}, {"sha256", sha}};
    // The PDF first: a JSON is only ever beside a whole PDF, so loading never finds half a scan.
    store::writeFileDurably(pdfPath, scan.pdf, "bản quét chưa gửi");
    store::writeFileDurably(metaPath(pdfPath), meta.dump(), "bản quét chưa gửi");
    scan.file = pdfPath;
}

std::vector<UnsentScan> loadUnsentScans(const std::string& dir)
{
    std::vector<std::pair<fs::file_time_type, UnsentScan>> found;
    std::error_code ec;
    if (dir.empty() || !fs::is_directory(dir, ec)) return {};
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto& path = entry.path();
        if (path.extension() != ".json") continue;
        const fs::path pdfPath = fs::path(path).replace_extension(".pdf");
        try {
            const auto meta = nlohmann::json::parse(readWhole(path));
            UnsentScan scan{meta.at("code").get<std::string>(), meta.at("paper").get<int>(), readWhole(pdfPath),
                            meta.at("source").get<std::string>(), pdfPath.string()};
            if (store::sha256Hex(scan.pdf) != meta.at("sha256").get<std::string>()) continue;  // damaged: never sent
            found.emplace_back(fs::last_write_time(path, ec), std::move(scan));
        } catch (const std::exception&) {
            continue;  // not ours, or torn: left for a person to look at
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<UnsentScan> out;
    for (auto& [when, scan] : found) out.push_back(std::move(scan));
    return out;
}

void forgetUnsentScan(const UnsentScan& scan)
{
    if (scan.file.empty()) return;
    store::removeFileDurably(metaPath(scan.file));  // the JSON first: a PDF alone is never offered
    store::removeFileDurably(scan.file);
}

}  // namespace motcua::counter
