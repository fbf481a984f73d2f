// The official forms field by field (DOMAIN.md §3), read back with pdftotext from the real
// `motcua render` on the demo office: signatures on page 1, reprints identical to what was issued,
// the signer who acted, the wording that fits the case, and the control sheet's and ledger's columns.
#include "support.h"

#include "documents/slips.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace motcua;

namespace {

constexpr const char* kLate = "000.00.20.H56-261120-0001";        // Lê Hoàng Minh, Đăng ký kết hôn, late
constexpr const char* kSupplement = "000.00.20.H56-261117-0001";  // Bùi Thị Lan Anh, Chứng thực, supplement by chuyenvien
constexpr const char* kFourPapers = "000.00.20.H56-261123-0001";  // Nguyễn Văn An, Đăng ký khai sinh (4 papers)

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

struct Office {
    testing::TempDir dir;
    std::string db = testing::demoDatabase(dir);

    testing::RunResult at(const std::string& now, const std::vector<std::string>& args)
    {
        std::vector<std::string> all{"--db", db, "--now", now};
        all.insert(all.end(), args.begin(), args.end());
        return testing::motcua(all);
    }
    void ok(const std::string& now, const std::vector<std::string>& args)
    {
        const auto r = at(now, args);
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    std::string receive(const std::string& name, const std::string& procedure)
    {
        const auto r = testing::motcuaAt(db, {"--json", "case", "receive", "--procedure", procedure, "--applicant", name,
                                              "--address", "Thôn Đông, xã Hà Tân", "--phone", "0912000111"});
        INFO(r.err);
        REQUIRE(r.status == 0);
        return nlohmann::json::parse(r.out)["code"].get<std::string>();
    }
    /// The PDF's text at `now`; the render must succeed.
    std::string text(const std::vector<std::string>& args, const std::string& now = testing::kNow, const std::string& as = "admin")
    {
        const auto file = dir.file("f" + std::to_string(++m_n) + ".pdf");
        std::vector<std::string> all{"--as", as, "render"};
        all.insert(all.end(), args.begin(), args.end());
        all.push_back("--out");
        all.push_back(file);
        ok(now, all);
        m_last = file;
        return flat(testing::pdfText(file));
    }
    /// The last PDF's text in drawing order (pdftotext -raw): table cells row by row.
    [[nodiscard]] std::string raw() const
    {
        const auto r = testing::run({"pdftotext", "-raw", "-enc", "UTF-8", m_last, "-"});
        return flat(r.out);
    }
    [[nodiscard]] int lastPages() const { return testing::pdfPages(m_last); }

private:
    int m_n = 0;
    std::string m_last;
};

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("every form keeps its signatures on page 1 with the body, on A5 and on A4")
{
    Office o;
    const auto refused = o.receive("Đỗ Thị Hằng", "1.001193");
    o.ok(testing::kNow, {"case", "refuse", "--code", refused, "--reason", "Không thuộc thẩm quyền"});
    const auto stopped = o.receive("Trịnh Văn Ước", "1.000894");
    o.ok(testing::kNow, {"case", "stop", "--code", stopped, "--reason", "Công dân đề nghị dừng giải quyết"});
    struct Form {
        std::vector<std::string> args;
        std::vector<std::string> signatures;
    };
    const std::vector<Form> forms = {
        {{"receipt", "--code", kFourPapers}, {"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"}},
        {{"receipt", "--code", kLate}, {"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"}},
        {{"supplement", "--code", kSupplement}, {"NGƯỜI HƯỚNG DẪN"}},
        {{"refusal", "--procedure", "1.001193", "--applicant", "Đỗ Thị Hằng", "--reason", "Không thuộc thẩm quyền"},
         {"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"}},
        {{"refusal-notice", "--code", refused}, {"THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"}},
        {{"apology", "--id", "1"}, {"THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"}},
        {{"stop", "--code", stopped}, {"THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"}},
    };
    for (const auto& f : forms) {
        for (const char* paper : {"a5", "a4"}) {
            auto args = f.args;
            args.insert(args.end(), {"--paper", paper});
            INFO(f.args[0] << " " << paper);
            const auto text = o.text(args);
            CHECK(o.lastPages() == 1);
            for (const auto& s : f.signatures) CHECK(has(text, s));
        }
    }
}

TEST_CASE("a reprint is the slip as issued: its date, its appointment, its signer")
{
    Office o;
    const auto receipt = o.text({"receipt", "--code", kLate});
    const auto supplement = o.text({"supplement", "--code", kSupplement});
    CHECK(has(receipt, "Hà Tân, ngày 20 tháng 11 năm 2026"));  // the day it was received, not the day printed
    CHECK(has(receipt, "vào hồi 17 giờ 00 phút, ngày 20 tháng 11 năm 2026"));
    CHECK(has(supplement, "Hà Tân, ngày 17 tháng 11 năm 2026"));

    // Two days later a supervisor re-appoints through an apology; the dossier's appointment moves.
    const auto lateId = testing::apologyIdFor(o.db, kLate);
    o.ok("2026-11-24 08:00", {"apology", "sign", "--id", lateId, "--reason", "Chờ xác minh của cơ quan công an",
                              "--new-due", "2026-11-27 16:00"});
    const auto show = nlohmann::json::parse(o.at("2026-11-25 09:00", {"--json", "case", "show", "--code", kLate}).out);
    REQUIRE(show["due_at"] == "2026-11-27 16:00");
    const auto apology = o.text({"apology", "--id", lateId}, "2026-11-24 08:00");
    CHECK(has(apology, "Hà Tân, ngày 24 tháng 11 năm 2026"));

    // Reprinted later, by a clerk who did not receive it: the same text, the same signers.
    CHECK(has(receipt, "Trần Văn Bình"));  // who received it
    CHECK(o.text({"receipt", "--code", kLate}, "2026-11-25 09:00", "motcua2") == receipt);
    CHECK(o.text({"supplement", "--code", kSupplement}, "2026-11-25 09:00", "motcua2") == supplement);
    CHECK(o.text({"apology", "--id", lateId}, "2026-11-30 15:00", "motcua2") == apology);
    CHECK_FALSE(has(receipt, "27 tháng 11"));
    // The QR's time of issue is the act's too.
    CHECK(o.at("2026-11-25 09:00", {"qr", "--code", kLate}).out == o.at(testing::kNow, {"qr", "--code", kLate}).out);
}

TEST_CASE("form 02: applicant's contacts, items, Lý do, the requesting officer and the procedure's clock rule")
{
    Office o;
    const auto code = o.receive("Hoàng Thị Mai", "1.001193");
    o.ok(testing::kNow, {"--as", "chuyenvien", "case", "supplement", "--code", code, "--reason",
                         "Bản sao giấy chứng sinh; Tờ khai có chữ ký người đi khai. Lý do: giấy chứng sinh nộp là bản chụp không chứng thực"});
    const auto text = o.text({"supplement", "--code", code});  // printed by admin
    INFO(text);
    for (const char* s : {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Hồ sơ của: Hoàng Thị Mai", "Địa chỉ: Thôn Đông, xã Hà Tân",
                          "Số điện thoại: 0912000111", "Thư điện tử:", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                          "1. Bản sao giấy chứng sinh", "2. Tờ khai có chữ ký người đi khai",
                          "Lý do: giấy chứng sinh nộp là bản chụp không chứng thực",
                          "không tính vào thời hạn giải quyết", "NGƯỜI HƯỚNG DẪN", "Phạm Thị Hoa"})
        {
            INFO("expected: " << s);
            CHECK(has(text, s));
        }
    CHECK_FALSE(has(text, "Quản trị hệ thống"));  // whoever prints is not the guiding officer
    CHECK_FALSE(has(text, "tính lại từ đầu"));
}

TEST_CASE("form 02 under the restart rule says the time restarts, never that it pauses")
{
    testing::TempDir dir;
    documents::SlipContext ctx;
    ctx.office.name = "Trung tâm Phục vụ hành chính công xã Hà Tân";
    ctx.office.place = "Hà Tân";
    ctx.staffNames["cv"] = "Phạm Thị Hoa";
    domain::DossierDetail d;
    d.dossier.code = "000.00.20.H56-261120-0009";
    d.dossier.applicantName = "Ngô Văn Tư";
    d.dossier.receivedAt = *domain::parseLocalDateTime("2026-11-20 09:10");
    d.events.push_back({1, d.dossier.receivedAt + 3600, "cv", "supplement", "received", "waiting_supplement", "Bản sao CCCD", false, ""});
    domain::Procedure p;
    p.supplementRule = domain::SupplementRule::Restart;
    const auto file = dir.file("s.pdf");
    documents::writePdf(documents::renderSupplement(ctx, d, p), file);
    const auto text = flat(testing::pdfText(file));
    CHECK(has(text, "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ"));
    CHECK_FALSE(has(text, "không tính vào thời hạn"));
    CHECK(has(text, "Phạm Thị Hoa"));
}

TEST_CASE("form 03 is for a request not received, a received dossier refused gets the unit's notice")
{
    Office o;
    const auto text = o.text({"refusal", "--procedure", "1.001193", "--applicant", "Công ty TNHH Hà Tân Xanh", "--id-number",
                              "0109876543", "--address", "Thôn Bắc, xã Hà Tân", "--phone", "0243999888", "--email",
                              "lienhe@hatanxanh.vn", "--reason", "Không thuộc thẩm quyền của xã; Người yêu cầu không cư trú tại xã"});
    INFO(text);
    for (const char* s : {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Số: ……/PTC", "Mã hồ sơ (nếu có):",
                          "Ông/Bà/Tổ chức: Công ty TNHH Hà Tân Xanh", "0109876543", "Địa chỉ: Thôn Bắc, xã Hà Tân",
                          "Số điện thoại: 0243999888", "lienhe@hatanxanh.vn", "Đăng ký khai sinh",
                          "1. Không thuộc thẩm quyền của xã", "2. Người yêu cầu không cư trú tại xã",
                          "Hà Tân, ngày 23 tháng 11 năm 2026", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Quản trị hệ thống"})
        {
            INFO("expected: " << s);
            CHECK(has(text, s));
        }
    // A code from the portal prints as given; a dossier this office received is refused for form 03.
    CHECK(has(o.text({"refusal", "--code", "G22.99-261123-0005", "--procedure", "1.001193", "--applicant", "Lý Văn Sáu",
                      "--reason", "Sai thẩm quyền"}),
              "G22.99-261123-0005"));
    const auto r = o.at(testing::kNow, {"render", "refusal", "--code", kLate, "--procedure", "1.001193", "--applicant", "X",
                                        "--reason", "Y", "--out", o.dir.file("no.pdf")});
    CHECK(r.status == 5);
    CHECK(has(r.err, "refusal-notice"));
    CHECK(o.at(testing::kNow, {"render", "refusal", "--procedure", "1.001193", "--applicant", "X", "--out", o.dir.file("no.pdf")}).status == 2);
    CHECK_FALSE(testing::fileExists(o.dir.file("no.pdf")));

    const auto refused = o.receive("Đỗ Thị Hằng", "1.001193");
    o.ok("2026-11-23 11:00", {"--as", "chuyenvien", "case", "refuse", "--code", refused, "--reason", "Giấy chứng sinh không hợp lệ"});
    const auto notice = o.text({"refusal-notice", "--code", refused}, "2026-11-26 08:00");
    INFO(notice);
    for (const std::string& s : std::vector<std::string>{"THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Kính gửi: Ông/Bà/Tổ chức Đỗ Thị Hằng", refused,
                                "1. Giấy chứng sinh không hợp lệ", "CÔNG CHỨC TƯ PHÁP", "Hà Tân, ngày 23 tháng 11 năm 2026"})
        {
            INFO("expected: " << s);
            CHECK(has(notice, s));
        }
    CHECK_FALSE(has(notice, "PHIẾU TỪ CHỐI TIẾP NHẬN"));
    CHECK(o.at(testing::kNow, {"render", "refusal-notice", "--code", kLate, "--out", o.dir.file("n.pdf")}).status == 5);
}

TEST_CASE("form 04: the new title (old one by setting), 'đến nay', the late unit's name in the header")
{
    Office o;
    const auto lateId = testing::apologyIdFor(o.db, kLate);
    const auto text = o.text({"apology", "--id", lateId});
    INFO(text);
    for (const char* s : {"PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "PHÒNG VĂN HÓA - XÃ HỘI", "Số: ……/PXL",
                          "Kính gửi: Ông/Bà/Tổ chức Lê Hoàng Minh", "Ngày 20/11/2026", "Đăng ký kết hôn", "038090003456", kLate,
                          "vào hồi 17 giờ 00 phút, ngày 20 tháng 11 năm 2026", "đến nay Phòng Văn hóa - Xã hội chưa giải quyết xong",
                          "Lý do:", "có thể gây phiền hà, tốn kém về chi phí, công sức", "Mong nhận được sự thông cảm",
                          "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "DỰ THẢO"})
        {
            INFO("expected: " << s);
            CHECK(has(text, s));
        }
    CHECK_FALSE(has(text, "đến thời hạn trên"));
    CHECK_FALSE(has(text, "HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
    o.ok(testing::kNow, {"setting", "set", "--key", "forms.apology_title", "--value", "old"});
    CHECK(has(o.text({"apology", "--id", lateId}), "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
    CHECK(o.at(testing::kNow, {"setting", "set", "--key", "forms.apology_title", "--value", "cũ"}).status == 2);
}

TEST_CASE("form 05 says why it stopped and what to do next: the citizen asked, or the supplement time ran out")
{
    Office o;
    const auto asked = o.receive("Trịnh Văn Ước", "1.000894");
    o.ok(testing::kNow, {"case", "stop", "--code", asked, "--reason", "Công dân đề nghị dừng giải quyết"});
    o.ok("2026-12-15 09:00", {"case", "stop", "--code", kSupplement, "--reason", "Quá 15 ngày làm việc chưa bổ sung"});
    const auto a = o.text({"stop", "--code", asked});
    const auto l = o.text({"stop", "--code", kSupplement}, "2026-12-20 09:00");
    INFO(a << "\n" << l);
    for (const auto& t : {a, l})
        for (const char* s : {"THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "mã hồ sơ", "Kính gửi: Ông/Bà/Tổ chức", "Lý do:", "THỦ TRƯỞNG"})
            {
                INFO("expected: " << s);
                CHECK(has(t, s));
            }
    CHECK(has(a, "đã đề nghị dừng giải quyết hồ sơ"));
    CHECK(has(a, "Khi có nhu cầu, Ông/Bà/Tổ chức có thể nộp lại hồ sơ"));
    CHECK(has(l, "đã quá thời hạn bổ sung"));
    CHECK(has(l, "kèm những nội dung đã được yêu cầu bổ sung"));
    CHECK(has(l, "Hà Tân, ngày 15 tháng 12 năm 2026"));
    CHECK_FALSE(has(l, "đã đề nghị dừng giải quyết hồ sơ"));
}

TEST_CASE("form 06: number, dates, units and one row per handover with giver, receiver and result")
{
    Office o;
    (void)o.text({"control", "--code", kLate});
    const auto text = o.raw();
    INFO(text);
    for (const char* s : {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "/PKS", kLate, "Kèm theo hồ sơ của: Lê Hoàng Minh",
                          "Ngày nhận hồ sơ: 09 giờ 10 phút, ngày 20 tháng 11 năm 2026", "Hẹn trả kết quả:",
                          "chủ trì giải quyết:", "Cơ quan phối hợp giải quyết: Phòng Văn hóa - Xã hội", "NGƯỜI GIAO", "NGƯỜI NHẬN",
                          "1. Giao: Bộ phận tiếp nhận và trả kết quả Nhận: Phòng Văn hóa - Xã hội", "Trần Văn Bình", "Quá hạn",
                          "Nhận: Tổ chức, cá nhân", "Hà Tân, ngày 20 tháng 11 năm 2026"})
        {
            INFO("expected: " << s);
            CHECK(has(text, s));
        }
    // A returned dossier: its last row names who handed the result over and to whom.
    (void)o.text({"control", "--code", "000.00.20.H56-261118-0001"});
    const auto returned = o.raw();
    INFO(returned);
    CHECK(has(returned, "Đặng Quốc Bảo"));
}

TEST_CASE("form 07: address and phone column, closed dossiers marked, and a field's book")
{
    Office o;
    const auto refused = o.receive("Đỗ Thị Hằng", "1.001193");
    o.ok(testing::kNow, {"case", "refuse", "--code", refused, "--reason", "Không thuộc thẩm quyền"});
    const auto stopped = o.receive("Trịnh Văn Ước", "1.000894");
    o.ok(testing::kNow, {"case", "stop", "--code", stopped, "--reason", "Công dân đề nghị"});
    (void)o.text({"ledger", "--from", "2026-11-17", "--to", "2026-11-23"});
    const auto all = o.raw();
    INFO(all);
    for (const std::string& s : std::vector<std::string>{"SỔ THEO DÕI HỒ SƠ", "Mẫu số 07", "Tất cả các lĩnh vực", "Địa chỉ, số điện thoại", "Thôn Đông, xã Hà Tân",
                                "0912000111", "Cơ quan chủ trì giải quyết", "Nhận và trả kết quả", "Phương thức nhận kết quả",
                                "Ký nhận", "Từ chối 23/11/2026", "Dừng giải quyết 23/11/2026", kSupplement})
        {
            INFO("expected: " << s);
            CHECK(has(all, s));
        }
    (void)o.text({"ledger", "--from", "2026-11-17", "--to", "2026-11-23", "--field", "Hộ tịch"});
    const auto civil = o.raw();
    INFO(civil);
    CHECK(has(civil, "Lĩnh vực: Hộ tịch"));
    CHECK(has(civil, kLate));
    CHECK_FALSE(has(civil, kSupplement));  // Chứng thực
    CHECK(o.at(testing::kNow, {"render", "ledger", "--from", "2026-11-17", "--to", "2026-11-23", "--paper", "a5", "--out",
                               o.dir.file("l.pdf")}).status == 2);
}
