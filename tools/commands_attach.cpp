// `motcua case attach|files|file` (issue 15): a dossier's papers and result digitised from files
// on disk (made into one PDF by scan::paperPdf, checked and stored by Desk::attach), listed, and
// read back with their hash checked.
#include "cli.h"
#include "cli_files.h"
#include "cli_output.h"

#include "domain/settings.h"
#include "documents/sample_pdf.h"
#include "scan/paper_pdf.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

namespace motcua::cli {

namespace {

const OptionSpec kCode{"--code", true, "mã hồ sơ"};

scan::PaperLimits paperLimits(service::Desk& desk)
{
    const auto s = desk.settings();
    scan::PaperLimits limits;
    if (const auto it = s.find("scan.max_bytes"); it != s.end())
        limits.maxBytes = static_cast<std::int64_t>(domain::settingNumber(it->second));
    if (const auto it = s.find("scan.max_pages"); it != s.end())
        limits.maxPages = static_cast<int>(domain::settingNumber(it->second));
    return limits;
}

/// One input file, refused before it is read when it is bigger than a paper may be.
std::string readPaperFile(const std::string& path, std::int64_t maxBytes)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error(ErrorCode::NotFound, "Không tìm thấy tệp " + path);
    if (!S_ISREG(st.st_mode)) throw Error(ErrorCode::InvalidInput, path + " không phải là tệp thường");
    if (st.st_size > maxBytes)
        throw Error(ErrorCode::InvalidInput, "Tệp " + path + " lớn hơn giới hạn " + std::to_string(maxBytes) +
                                                 " byte (thiết lập scan.max_bytes)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::NotFound, "Không đọc được tệp " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Json attachmentJson(const domain::Attachment& a)
{
    return {{"id", a.id},          {"paper", a.paper}, {"kind", domain::attachmentKindName(a.kind)},
            {"sha256", a.sha256},  {"pages", a.pages}, {"bytes", a.bytes},
            {"added_by", a.addedBy}, {"added_at", domain::formatLocal(a.addedAt)}, {"reused_from", a.reusedFrom}};
}

void printAttachmentText(std::ostream& os, const domain::Attachment& a)
{
    os << "#" << a.id << "  " << (a.kind == domain::AttachmentKind::Result ? "Kết quả" : "Thành phần " + std::to_string(a.paper))
       << "  " << a.pages << " trang, " << a.bytes << " byte  " << a.addedBy << " " << domain::formatLocal(a.addedAt)
       << "  sha256 " << a.sha256.substr(0, 16) << "…";
    if (a.reusedFrom != 0) os << "  (dùng lại tệp #" << a.reusedFrom << ")";
    os << "\n";
}

int cmdAttach(Context& c)
{
    c.args.requireOneOf({"--paper", "--result"});
    const auto& files = c.args.positional();
    if (files.empty()) throw UsageError("Thiếu tệp: motcua case attach --code C --paper N TỆP… (PDF, JPEG, PNG, TIFF)");
    service::AttachRequest r;
    r.code = c.args.require("--code");
    r.result = c.args.has("--result");
    if (!r.result) r.paper = static_cast<int>(c.args.getInt("--paper", 1, 999).value());
    auto& desk = c.desk();
    const auto limits = paperLimits(desk);
    std::vector<std::string> contents;
    for (const auto& f : files) {
        contents.push_back(readPaperFile(f, limits.maxBytes));
        r.sourceName += (r.sourceName.empty() ? "" : ", ") + baseName(f);
    }
    r.pdf = scan::paperPdf(contents, limits).pdf;
    const auto a = desk.attach(r);
    if (c.json) {
        printJson(c.out, Json{{"attachments", Json::array({Json{{"id", a.id}, {"paper", a.paper}, {"sha256", a.sha256},
                                                                 {"pages", a.pages}, {"bytes", a.bytes}}})}});
        return kOk;
    }
    c.out << "Đã lưu bản số hoá cho hồ sơ " << a.dossierCode << ":\n";
    printAttachmentText(c.out, a);
    return kOk;
}

int cmdFiles(Context& c)
{
    const auto code = c.args.require("--code");
    const auto list = c.desk().attachments(code);
    if (c.json) {
        Json arr = Json::array();
        for (const auto& a : list) arr.push_back(attachmentJson(a));
        printJson(c.out, Json{{"code", code}, {"attachments", arr}});
        return kOk;
    }
    if (list.empty()) c.out << "Hồ sơ " << code << " chưa có giấy tờ, kết quả nào được số hoá\n";
    for (const auto& a : list) printAttachmentText(c.out, a);
    return kOk;
}

int cmdFile(Context& c)
{
    const auto id = c.args.getInt("--id", 1, 1'000'000'000'000);
    if (!id) throw UsageError("Thiếu tuỳ chọn bắt buộc --id (số tệp, theo motcua case files)");
    const auto out = c.args.require("--out");
    // Never overwrite: a scan written over another file would lose that file silently.
    struct stat st {};
    if (::stat(out.c_str(), &st) == 0)
        throw UsageError("Tệp " + out + " đã tồn tại; chọn tên khác (motcua không ghi đè)");
    const auto pdf = c.desk().attachmentContent(*id);
    writeOutputFile(out, pdf);
    if (c.json) printJson(c.out, Json{{"id", *id}, {"out", out}, {"bytes", pdf.size()}});
    else c.out << "Đã ghi tệp số hoá #" << *id << " (" << pdf.size() << " byte, mã băm đã kiểm tra) vào " << out << "\n";
    return kOk;
}

}  // namespace

void addAttachCommands(std::vector<Command>& c)
{
    c.push_back({"case attach", "số hoá một thành phần hồ sơ (hoặc kết quả) từ tệp PDF/ảnh: các tệp gộp thành một PDF",
                 {kCode, {"--paper", true, "số thứ tự thành phần trong danh sách giấy tờ (theo case show)"},
                  {"--result", false, "số hoá kết quả (sau khi đã ghi nhận có kết quả) thay cho --paper"},
                  {"TỆP…", false, "các tệp PDF, JPEG, PNG, TIFF (nhận biết theo nội dung, không theo tên)", true}},
                 cmdAttach});
    c.push_back({"case files", "các giấy tờ, kết quả đã số hoá của hồ sơ", {kCode}, cmdFiles});
    c.push_back({"case file", "ghi một tệp số hoá ra đĩa (kiểm tra mã băm; không ghi đè tệp có sẵn)",
                 {{"--id", true, "số tệp (theo case files)"}, {"--out", true, "tệp PDF sẽ ghi"}}, cmdFile});
}

}  // namespace motcua::cli

namespace motcua::cli {

int digitiseDemo(const std::string& dbPath, service::Instant now)
{
    // Every third dossier with an itemised checklist gets its papers scanned (made-up PDFs from
    // documents::samplePaperPdf), and its result once recorded; the next dossier of the same
    // citizen reuses the first paper.
    service::DeskOptions options;
    options.clock = service::fixedClock(now);
    auto desk = service::openSqliteDesk(dbPath, options);
    desk->actAs("admin");
    int done = 0;
    int n = 0;
    for (const auto& s : desk->dossiers({})) {
        const auto& d = s.dossier;
        if (!d.papersRecorded || n++ % 3 != 0) continue;
        const auto detail = desk->dossier(d.code);
        for (const auto& p : detail.papers)
            (void)desk->attach({d.code, p.index + 1, false, documents::samplePaperPdf(p.name, 1 + p.index % 2), "mau.pdf"});
        if (d.status == domain::DossierStatus::ResultReady || d.status == domain::DossierStatus::Returned)
            (void)desk->attach({d.code, 0, true, documents::samplePaperPdf("Kết quả: " + d.procedureName, 1), "ket-qua.pdf"});
        ++done;
    }
    return done;
}

}  // namespace motcua::cli
