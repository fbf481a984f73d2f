// `motcua render|print|qr` end to end, on a demo database at a fixed time: every kind's QR
// decodes to what `motcua qr` says, PDFs read back with the right Vietnamese text, every page
// renders, printers get what render writes, and bad requests fail with the documented exit codes.
#include "escpos_reader.h"
#include "support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sys/stat.h>

using namespace motcua;
using testing::motcuaAt;

namespace {

constexpr const char* kLate = "000.00.20.H56-261120-0001";        // Lê Hoàng Minh, Đăng ký kết hôn, late
constexpr const char* kSupplement = "000.00.20.H56-261117-0001";  // Bùi Thị Lan Anh, waiting for a supplement

/// The demo database plus one refused and one stopped dossier.
struct Office {
    testing::TempDir dir;
    std::string db = testing::demoDatabase(dir);
    std::string refused;
    std::string stopped;

    Office()
    {
        refused = receive("Đỗ Thị Hằng", "1.001193");
        REQUIRE(motcuaAt(db, {"case", "refuse", "--code", refused, "--reason",
                              "Người yêu cầu không thuộc diện đăng ký tại xã; Giấy chứng sinh không hợp lệ"}).status == 0);
        stopped = receive("Trịnh Văn Ước", "1.000894");
        REQUIRE(motcuaAt(db, {"case", "stop", "--code", stopped, "--reason", "Công dân đề nghị dừng giải quyết"}).status == 0);
    }

    std::string receive(const std::string& name, const std::string& procedure)
    {
        const auto r = motcuaAt(db, {"--json", "case", "receive", "--procedure", procedure, "--applicant", name});
        INFO(r.err);
        REQUIRE(r.status == 0);
        return nlohmann::json::parse(r.out)["code"].get<std::string>();
    }

    /// Renders and returns the file path; the command must succeed.
    std::string render(const std::vector<std::string>& args, const std::string& file)
    {
        std::vector<std::string> all{"render"};
        all.insert(all.end(), args.begin(), args.end());
        all.push_back("--out");
        all.push_back(dir.file(file));
        const auto r = motcuaAt(db, all);
        INFO(r.err);
        REQUIRE(r.status == 0);
        return dir.file(file);
    }

    std::string qr(const std::vector<std::string>& args)
    {
        std::vector<std::string> all{"qr"};
        all.insert(all.end(), args.begin(), args.end());
        const auto r = motcuaAt(db, all);
        INFO(r.err);
        REQUIRE(r.status == 0);
        return r.out.substr(0, r.out.size() - 1);  // the trailing newline
    }
};

/// Runs of white space (line breaks included) as one space: pdftotext breaks lines where the
/// layout did.
std::string flat(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// pdftoppm must draw every page pdfinfo counts.
void requireAllPagesRender(const std::string& pdf, const testing::TempDir& dir)
{
    const int pages = testing::pdfPages(pdf);
    REQUIRE(pages >= 1);
    const auto prefix = dir.file("page");
    const auto r = testing::run({"pdftoppm", "-r", "40", "-png", pdf, prefix});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("page-", 0) == 0) {
            ++files;
            std::filesystem::remove(e.path());
        }
    CHECK(files == pages);
}

}  // namespace

TEST_CASE("every kind's QR decodes to what motcua qr prints")
{
    Office o;
    CHECK(testing::decodeQr(o.render({"ticket", "--ticket", "A002"}, "t80.png")) == o.qr({"--ticket", "A002"}));
    CHECK(testing::decodeQr(o.render({"ticket", "--ticket", "A002", "--paper", "58"}, "t58.png")) == o.qr({"--ticket", "A002"}));
    const auto receipt = o.qr({"--code", kLate});
    CHECK(testing::decodeQr(o.render({"receipt", "--code", kLate}, "receipt.png")) == receipt);
    CHECK(testing::decodeQr(o.render({"receipt", "--code", kLate, "--paper", "80"}, "receipt80.png")) == receipt);
    CHECK(testing::decodeQr(o.render({"receipt", "--code", kLate, "--paper", "a4"}, "receipt-a4.png")) == receipt);
    CHECK(testing::decodeQr(o.render({"supplement", "--code", kSupplement}, "supplement.png")) ==
          o.qr({"--code", kSupplement, "--kind", "supplement"}));
    CHECK(testing::decodeQr(o.render({"refusal-notice", "--code", o.refused}, "refusal.png")) ==
          o.qr({"--code", o.refused, "--kind", "refusal-notice"}));
    CHECK(testing::decodeQr(o.render({"stop", "--code", o.stopped}, "stop.png")) == o.qr({"--code", o.stopped, "--kind", "stop"}));
    CHECK(testing::decodeQr(o.render({"control", "--code", kLate}, "control.png")) == o.qr({"--code", kLate, "--kind", "control"}));
    CHECK(testing::decodeQr(o.render({"apology", "--id", "1"}, "apology.png")) == o.qr({"--apology", "1"}));
}

TEST_CASE("QR payloads: the applicant's slips carry their ID number, a setting masks it, never a ticket")
{
    Office o;
    // DOMAIN.md §4: the receipt is the applicant's own paper and already prints the number.
    const auto receipt = o.qr({"--code", kLate});
    CHECK(receipt == "MHS:000.00.20.H56-261120-0001\nTTHC:1.000894\nMDD:038090003456\n"
                     "VB:Giấy tiếp nhận hồ sơ và hẹn trả kết quả\nHEN:2026-11-20 17:00\n"
                     "HT:motcua 000.00.20.H56\nTG:2026-11-20 09:10");  // issued at receipt, whenever reprinted
    CHECK(o.qr({"--code", kSupplement, "--kind", "supplement"}).find("\nMDD:") != std::string::npos);
    // The control sheet travels between units: a masked name only.
    const auto control = o.qr({"--code", kLate, "--kind", "control"});
    CHECK(control.find("038090003456") == std::string::npos);
    CHECK(control.find("\nTEN:Lê H. M.\n") != std::string::npos);
    // A queue ticket names nobody.
    CHECK(o.qr({"--ticket", "A002"}) == "VE:A002\nNHOM:HT\nCQ:000.00.20.H56\nTG:2026-11-23 07:34");
    // The office may choose the masked name instead.
    REQUIRE(motcuaAt(o.db, {"setting", "set", "--key", "qr.applicant_id", "--value", "masked_name"}).status == 0);
    const auto masked = o.qr({"--code", kLate});
    CHECK(masked.find("038090003456") == std::string::npos);
    CHECK(masked.find("\nTEN:Lê H. M.\n") != std::string::npos);
    CHECK(motcuaAt(o.db, {"setting", "set", "--key", "qr.applicant_id", "--value", "cccd"}).status == 2);
    REQUIRE(motcuaAt(o.db, {"setting", "set", "--key", "qr.lookup_url", "--value", "https://dvc.example.vn/tra-cuu?ma={code}"}).status == 0);
    CHECK(o.qr({"--code", kLate}).rfind("https://dvc.example.vn/tra-cuu?ma=000.00.20.H56-261120-0001\nMHS:", 0) == 0);
}

TEST_CASE("receipt PDF: national header, title, code, names and dates with their diacritics")
{
    Office o;
    const auto pdf = o.render({"receipt", "--code", kLate}, "receipt.pdf");
    const auto text = flat(testing::pdfText(pdf));
    INFO(text);
    for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN",
                          "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 000.00.20.H56-261120-0001",
                          "Hà Tân, ngày 20 tháng 11 năm 2026", "Ông/Bà/Tổ chức: Lê Hoàng Minh", "Đăng ký kết hôn",
                          "09 giờ 10 phút, ngày 20 tháng 11 năm 2026", "vào hồi 17 giờ 00 phút, ngày 20 tháng 11 năm 2026",
                          "Tờ khai đăng ký kết hôn", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Quyển số: 2026"})
        CHECK(text.find(s) != std::string::npos);
    CHECK(testing::pdfPages(pdf) == 1);  // an A5 receipt keeps to one sheet
    requireAllPagesRender(pdf, o.dir);
}

TEST_CASE("receipt: the check code is printed, with the status page's address and a QR carrying both when public.url is set")
{
    Office o;
    const auto shown = motcuaAt(o.db, {"--json", "case", "show", "--code", kLate});
    REQUIRE(shown.status == 0);
    const std::string check = nlohmann::json::parse(shown.out)["check_code"];
    REQUIRE(check.size() == 6);
    std::string text = flat(testing::pdfText(o.render({"receipt", "--code", kLate}, "plain.pdf")));
    CHECK(text.find("Mã kiểm tra: " + check) != std::string::npos);
    CHECK(text.find("/tra-cuu") == std::string::npos);
    CHECK(motcuaAt(o.db, {"setting", "set", "--key", "public.url", "--value", "http://x y"}).status == 2);
    REQUIRE(motcuaAt(o.db, {"setting", "set", "--key", "public.url", "--value", "http://192.168.1.10:8080/"}).status == 0);
    text = flat(testing::pdfText(o.render({"receipt", "--code", kLate}, "public.pdf")));
    INFO(text);
    CHECK(text.find("Mã kiểm tra: " + check) != std::string::npos);
    // pdftotext joins a URL wrapped at its hyphen ("tra-" / "cuu" → "tracuu"): compare without breaks.
    std::string joined;
    for (char c : text)
        if (c != ' ' && c != '-') joined += c;
    CHECK(joined.find("http://192.168.1.10:8080/tracuu(nhậpmãhồsơ") != std::string::npos);
    CHECK(o.qr({"--code", kLate}).rfind("http://192.168.1.10:8080/tra-cuu?ma=" + std::string(kLate) + "&kiem=" + check + "\nMHS:", 0) == 0);
}

TEST_CASE("slip PDFs: supplement, refusal, stop, apology and control sheet read back right")
{
    Office o;
    struct Expect {
        std::vector<std::string> args;
        std::vector<std::string> texts;
        std::string date;  ///< the act's date line
    };
    const std::vector<Expect> cases = {
        {{"supplement", "--code", kSupplement},
         {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bùi Thị Lan Anh", kSupplement, "Bổ sung bản sao giấy khai sinh",
          "NGƯỜI HƯỚNG DẪN"},
         "ngày 17 tháng 11 năm 2026"},
        {{"refusal-notice", "--code", o.refused},
         {"THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Đỗ Thị Hằng", o.refused, "1. Người yêu cầu không thuộc diện đăng ký tại xã",
          "2. Giấy chứng sinh không hợp lệ"},
         "ngày 23 tháng 11 năm 2026"},
        {{"stop", "--code", o.stopped},
         {"THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Trịnh Văn Ước", o.stopped, "Công dân đề nghị dừng giải quyết", "THỦ TRƯỞNG"},
         "ngày 23 tháng 11 năm 2026"},
        {{"apology", "--id", testing::apologyIdFor(o.db, kLate)},
         {"PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "DỰ THẢO", "Kính gửi: Ông/Bà/Tổ chức Lê Hoàng Minh", kLate,
          "có thể gây phiền hà, tốn kém về chi phí, công sức", "vào hồi 17 giờ 00 phút, ngày 20 tháng 11 năm 2026",
          "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"},
         "ngày 23 tháng 11 năm 2026"},  // a draft is dated when printed
        {{"control", "--code", kLate},
         {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Lê Hoàng Minh", "Phòng Văn hóa - Xã hội", "Quá hạn",
          "Nhận: Tổ chức, cá nhân"},
         "ngày 20 tháng 11 năm 2026"},
    };
    for (const auto& c : cases) {
        INFO(c.args[0]);
        const auto pdf = o.render(c.args, c.args[0] + ".pdf");
        const auto text = flat(testing::pdfText(pdf));
        INFO(text);
        CHECK(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
        CHECK(text.find("Hà Tân, " + c.date) != std::string::npos);
        for (const auto& s : c.texts) CHECK(text.find(s) != std::string::npos);
        requireAllPagesRender(pdf, o.dir);
    }
}

TEST_CASE("a signed apology prints its number and loses the draft mark, and a void one is refused")
{
    Office o;
    REQUIRE(motcuaAt(o.db, {"apology", "sign", "--id", "2", "--reason", "Chờ xác minh của cơ quan công an"}).status == 0);
    const auto text = flat(testing::pdfText(o.render({"apology", "--id", "2"}, "signed.pdf")));
    INFO(text);
    CHECK(text.find("DỰ THẢO") == std::string::npos);
    CHECK(text.find("/PXL") != std::string::npos);
    CHECK(text.find("Chờ xác minh của cơ quan công an") != std::string::npos);
    // The at-risk draft of a dossier then resolved in time is voided by the sweep, never printed.
    // Phạm Thị Thu Hà's dossier (due 25/11 14:20) is the one inside the draft horizon, not late.
    const std::string atRisk = "000.00.20.H56-261119-0001";
    const auto atRiskId = testing::apologyIdFor(o.db, atRisk);
    REQUIRE(motcuaAt(o.db, {"case", "result", "--code", atRisk}).status == 0);
    REQUIRE(motcuaAt(o.db, {"sweep"}).status == 0);
    const auto list = nlohmann::json::parse(motcuaAt(o.db, {"--json", "apology", "list", "--status", "void"}).out);
    REQUIRE(list.size() == 1);
    const auto voidId = std::to_string(list[0]["id"].get<int>());
    CHECK(voidId == atRiskId);
    const auto r = motcuaAt(o.db, {"render", "apology", "--id", voidId, "--out", o.dir.file("v.pdf")});
    CHECK(r.status == 5);
    CHECK(r.err.find("đã huỷ") != std::string::npos);
    CHECK_FALSE(testing::fileExists(o.dir.file("v.pdf")));
}

TEST_CASE("ledger PDF: the dossiers received in the range, numbered as in the year's book")
{
    Office o;
    const auto pdf = o.render({"ledger", "--from", "2026-11-18", "--to", "2026-11-20"}, "ledger.pdf");
    const auto text = flat(testing::run({"pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"}).out);  // row by row
    INFO(text);
    for (const char* s : {"SỔ THEO DÕI HỒ SƠ", "Từ ngày 18/11/2026 đến ngày 20/11/2026", "000.00.20.H56-261118-0001",
                          "000.00.20.H56-261119-0001", kLate, "Lê Hoàng Minh", "Đặng Quốc Bảo", "Nhận và trả kết quả", "Trang 1/1"})
        CHECK(text.find(s) != std::string::npos);
    CHECK(text.find("000.00.20.H56-261117-0001") == std::string::npos);
    CHECK(text.find("000.00.20.H56-261123-0001") == std::string::npos);
    requireAllPagesRender(pdf, o.dir);
    // The receipt's ledger line is the line the ledger prints for it.
    const auto receipt = flat(testing::pdfText(o.render({"receipt", "--code", kLate}, "r.pdf")));
    const std::string label = "Số thứ tự: ";
    const auto at = receipt.find(label);
    REQUIRE(at != std::string::npos);
    const auto digits = receipt.substr(at + label.size(), receipt.find_first_not_of("0123456789", at + label.size()) - at - label.size());
    REQUIRE_FALSE(digits.empty());
    CHECK(text.find(" " + digits + " " + kLate) != std::string::npos);
}

TEST_CASE("render --json reports the file and escpos render equals what an escpos printer gets")
{
    Office o;
    const auto r = motcuaAt(o.db, {"--json", "render", "ticket", "--ticket", "A002", "--out", o.dir.file("t.escpos")});
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["kind"] == "ticket");
    CHECK(j["format"] == "escpos");
    CHECK(j["pages"] == 1);
    const auto bytes = testing::readFile(o.dir.file("t.escpos"));
    CHECK(j["bytes"] == bytes.size());
    const auto job = testing::readEscPos(bytes);
    CHECK(job.error.empty());
    CHECK(job.image.width == 576);
    CHECK(job.cutIsLast);

    const auto p = motcuaAt(o.db, {"--json", "print", "ticket", "--ticket", "A002", "--printer", "escpos:" + o.dir.file("spool")});
    INFO(p.err);
    REQUIRE(p.status == 0);
    CHECK(testing::readFile(o.dir.file("spool")) == bytes);
    CHECK(nlohmann::json::parse(p.out)["sent_to"] == o.dir.file("spool"));

    // The 80 mm receipt goes to the ticket printer too.
    REQUIRE(motcuaAt(o.db, {"print", "receipt", "--code", kLate, "--paper", "80", "--printer", "escpos:" + o.dir.file("r")}).status == 0);
    CHECK(testing::readEscPos(testing::readFile(o.dir.file("r"))).image.width == 576);
}

TEST_CASE("print to pdf:, png:, cups: and none, and a failed print exits non-zero with the reason")
{
    Office o;
    auto r = motcuaAt(o.db, {"print", "receipt", "--code", kLate, "--printer", "pdf:" + o.dir.path()});
    REQUIRE(r.status == 0);
    CHECK(testing::readFile(o.dir.file(std::string("receipt-") + kLate + ".pdf")).rfind("%PDF-", 0) == 0);
    REQUIRE(motcuaAt(o.db, {"print", "ticket", "--ticket", "A002", "--printer", "png:" + o.dir.path()}).status == 0);
    CHECK(testing::fileExists(o.dir.file("ticket-A002.png")));
    CHECK(motcuaAt(o.db, {"print", "ticket", "--ticket", "A002", "--printer", "none"}).status == 0);
    // MOTCUA_PRINTER is the default printer.
    REQUIRE(motcuaAt(o.db, {"print", "control", "--code", kLate}, {"MOTCUA_PRINTER=pdf:" + o.dir.path()}).status == 0);
    CHECK(testing::fileExists(o.dir.file(std::string("control-") + kLate + ".pdf")));

    // cups: through whatever `lp` is first in PATH; its exit status decides.
    const auto bin = o.dir.file("bin");
    ::mkdir(bin.c_str(), 0755);
    testing::writeFile(bin + "/lp", "#!/bin/sh\n[ \"$2\" = office ] && { echo 'request id is office-1'; exit 0; }\n"
                                    "echo \"lp: $2: printer not found\" >&2; exit 1\n");
    ::chmod((bin + "/lp").c_str(), 0755);
    const std::string path = "PATH=" + bin + ":/usr/bin:/bin";
    r = motcuaAt(o.db, {"print", "receipt", "--code", kLate, "--printer", "cups:office"}, {path});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("request id is office-1") != std::string::npos);
    r = motcuaAt(o.db, {"print", "receipt", "--code", kLate, "--printer", "cups:lobby"}, {path});
    CHECK(r.status == 1);
    CHECK(r.err.find("lobby: printer not found") != std::string::npos);

    r = motcuaAt(o.db, {"print", "ticket", "--ticket", "A002", "--printer", "escpos:/dev/motcua-no-such-printer"});
    CHECK(r.status == 1);
    CHECK(r.err.find("/dev/motcua-no-such-printer") != std::string::npos);
    r = motcuaAt(o.db, {"print", "ticket", "--ticket", "A002", "--printer", "lpt1"});
    CHECK(r.status == 2);
}

TEST_CASE("bad render requests fail with the documented exit codes and write nothing")
{
    Office o;
    const auto out = o.dir.file("x.pdf");
    const auto code = [&](const std::vector<std::string>& args) {
        const auto r = motcuaAt(o.db, args);
        CHECK_FALSE(r.err.empty());
        return r.status;
    };
    CHECK(code({"render", "receipt", "--code", "000.00.20.H56-261123-9999", "--out", out}) == 4);
    CHECK(code({"render", "ticket", "--ticket", "Z999", "--out", out}) == 4);
    CHECK(code({"render", "apology", "--id", "999", "--out", out}) == 4);
    CHECK(code({"render", "refusal-notice", "--code", kLate, "--out", out}) == 5);  // not refused
    CHECK(code({"render", "refusal", "--code", kLate, "--out", out}) == 2);       // form 03 needs the request
    CHECK(code({"render", "supplement", "--code", kLate, "--out", out}) == 5);   // no supplement asked
    CHECK(code({"render", "receipt", "--code", kLate, "--out", o.dir.file("x.docx")}) == 2);
    CHECK(code({"render", "receipt", "--code", kLate, "--out", o.dir.file("x.escpos")}) == 2);  // A5 on a thermal printer
    CHECK(code({"render", "ticket", "--ticket", "A002", "--paper", "a5", "--out", out}) == 2);
    CHECK(code({"render", "control", "--code", kLate, "--paper", "80", "--out", out}) == 2);
    CHECK(code({"render", "receipt", "--code", kLate, "--paper", "a3", "--out", out}) == 2);
    CHECK(code({"render", "ledger", "--from", "2026-11-30", "--to", "2026-11-01", "--out", out}) == 2);
    CHECK(code({"render", "ledger", "--from", "2026-11-01", "--out", out}) == 2);
    CHECK(code({"render", "receipt", "--code", kLate, "--out", o.dir.file("no/such/dir/x.pdf")}) == 2);
    CHECK(code({"qr", "--ticket", "A002", "--code", kLate}) == 2);
    CHECK_FALSE(testing::fileExists(out));
}

TEST_CASE("an office's template file changes the printed words")
{
    Office o;
    testing::writeFile(o.dir.file("forms.json"),
                       R"({"forms": {"apology": {"title": "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"}}})");
    const auto pdf = o.dir.file("a.pdf");
    REQUIRE(motcuaAt(o.db, {"render", "apology", "--id", "1", "--templates", o.dir.file("forms.json"), "--out", pdf}).status == 0);
    CHECK(flat(testing::pdfText(pdf)).find("PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT") != std::string::npos);
    testing::writeFile(o.dir.file("bad.json"), R"({"forms": {"receipt": {"body": ["{no_such_field}"]}}})");
    const auto r = motcuaAt(o.db, {"render", "receipt", "--code", kLate, "--templates", o.dir.file("bad.json"), "--out", pdf});
    CHECK(r.status == 2);
    CHECK(r.err.find("{no_such_field}") != std::string::npos);
}
